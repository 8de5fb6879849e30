"""Holdout part "pinedes" (99531-99538): large suburban communes of the Île-de-France and of the Lyon and
Marseille metropolitan areas, with big modern municipal sites (Drupal, WordPress with Elementor or Divi,
TYPO3, Joomla, SPIP, a vendor CMS with Publik e-services) and participation under local brands
("Villemareuil en commun", "La Fabrique des quartiers", "Parlons-en !", "Ensemble à Saint-Genis",
"À vous la parole", "Vaulmont participe"): assises, conventions citoyennes and jurys citoyens, climate and
mobility consultations, participatory budgets of the young, maisons du projet of urban renewal, registres
of petitions, sidebar polls, questionnaires, platforms (Decidim, CONSUL Democracy, Cap Collectif, Go Vocal,
Fluicity, id-city, Jenparle), a Discourse board and a neighbours' network.

Lookalikes: enquêtes publiques and concertations préalables run by the State, a transport authority or a
developer, the metropole's or the city's ordinary budget, satisfaction surveys and page ratings,
recruitment, event and contest sign-ups, job forums, newsletter forms, national petitions.

Labels come from docs/CODEBOOK.md alone; a borderline one carries a comment with its reason.
"""
import json

from .. import themes
from ..site import City, Site, page, social
from ..web import Reply, SiteHost
from . import pinedes_markup as m

# The three layouts no theme draws (Fluicity, id-city, Jenparle), with the pages their chrome links to.
for _name, (_layout, _chrome) in m.LAYOUTS.items():
    themes.THEMES.setdefault(_name, _layout)
    themes.CHROME.setdefault(_name, _chrome)

PLATFORM = frozenset({"participatory_platform"})
IDF, IDF_NAME = "11", "Île-de-France"
ARA, ARA_NAME = "84", "Auvergne-Rhône-Alpes"
PACA, PACA_NAME = "93", "Provence-Alpes-Côte d'Azur"


# ==================================================================== 99531 Villemareuil-la-Garenne (92)

def villemareuil() -> City:
    """Drupal 10 site with Webform, core comments and a Poll block; "Villemareuil en commun" on Decidim."""
    www, dec = "http://www.villemareuil.fr", "http://participer.villemareuil.fr"
    news = [
        ("/actualites/assises-de-la-ville-premiere-etape", "Assises de la ville : une première étape réussie", ("2025-03-18", "18/03/2025"),
         "Plus de 600 habitants ont participé aux premières rencontres. La suite se joue en ligne jusqu'au 30 avril."),
        ("/actualites/groupe-scolaire-jean-zay", "Groupe scolaire Jean-Zay : le chantier démarre", ("2025-03-04", "04/03/2025"),
         "Extension de six classes, nouvelle cantine et cour oasis : le calendrier des travaux."),
        ("/actualites/ligne-18-enquete-publique", "Prolongement du métro : l'enquête publique est ouverte", ("2025-02-20", "20/02/2025"),
         "La préfecture ouvre l'enquête publique sur le prolongement de la ligne jusqu'au pont de la Garenne."),
        ("/actualites/budget-territoire-2025", "Le territoire vote son budget 2025", ("2025-02-11", "11/02/2025"),
         "L'établissement public territorial a adopté un budget de 412 M€. Ce qui change pour Villemareuil."),
        ("/actualites/forum-emploi-alternance", "Forum emploi et alternance le 9 avril", ("2025-03-25", "25/03/2025"),
         "Quarante entreprises du territoire recrutent : préparez votre CV !"),
    ]
    sidebar_poll = m.drupal_poll(14, "Faut-il rendre la rue du Marché piétonne le dimanche matin ?",
                                 ["Oui, toute l'année", "Oui, seulement d'avril à octobre", "Non, je préfère qu'elle reste ouverte aux voitures"],
                                 "/actualites")
    pages = [
        page("/", "Accueil", m.paragraphs(
            ("hero", '<div class="hero"><h2>Bienvenue à Villemareuil-la-Garenne</h2><p>88 000 habitants, sept quartiers, une ville qui se construit '
                     'avec celles et ceux qui y vivent.</p></div>'),
            ("acces_rapides", '<h2>Accès rapides</h2>' + m.ul(
                m.a("/demarches", "Démarches en ligne"), m.a("/contact", "Écrire à la mairie"), m.a("/ma-ville", "Ma ville"),
                m.a("/villemareuil-en-commun", "Villemareuil en commun"), m.a("/recrutement/offres", "La ville recrute"),
                m.a("/newsletter", "Lettre d'information"), cls="quick-links")),
            ("actualites", "<h2>À la une</h2>" + m.drupal_teasers(news[:3]) + m.p(m.a("/actualites", "Toutes les actualités"))),
            ("encart", "<h2>Villemareuil en commun</h2>" + m.p(
                "Budget participatif, assises de la ville, convention citoyenne pour le climat : retrouvez tous les rendez-vous sur "
                + m.a(dec + "/", "participer.villemareuil.fr") + ".")))),
        page("/ma-ville", "Ma ville", m.paragraphs(("texte", m.p(
            "Toutes les informations sur le fonctionnement de la mairie, ses instances et ses finances.")
            + m.ul(m.a("/ma-ville/conseil-municipal", "Le conseil municipal"), m.a("/budget", "Le budget de la ville"),
                   m.a("/recrutement/offres", "Offres d'emploi"), m.a("/demarches", "Démarches"))))),
        page("/villemareuil-en-commun", "Villemareuil en commun", m.paragraphs(
            ("texte", m.p(
                "Depuis 2021, la municipalité a fait le choix d'associer les habitantes et les habitants aux décisions qui transforment la ville. "
                "« Villemareuil en commun » rassemble l'ensemble des dispositifs de démocratie participative : conseils de quartier, "
                "budget participatif, convention citoyenne pour le climat, jury citoyen et, cette année, les assises de la ville.",
                "Chaque démarche suit les mêmes engagements, inscrits dans notre charte de la participation : dire clairement ce qui est "
                "soumis au débat, rendre compte de ce qui a été retenu, et expliquer ce qui ne l'a pas été.")),
            ("liens", m.h2("Les dispositifs") + m.ul(
                m.a("/villemareuil-en-commun/conseils-de-quartier", "Les sept conseils de quartier"),
                m.a("/villemareuil-en-commun/budget-participatif", "Le budget participatif"),
                m.a("/villemareuil-en-commun/convention-citoyenne-climat", "La convention citoyenne pour le climat"),
                m.a("/villemareuil-en-commun/jury-citoyen", "Le jury citoyen"),
                m.a("/villemareuil-en-commun/charte-de-la-participation", "La charte de la participation"))),
            ("plateforme", m.h2("La plateforme en ligne") + m.p(
                "Les projets, les votes et les questionnaires se retrouvent sur " + m.a(dec + "/", "participer.villemareuil.fr")
                + ", ouverte à toute personne qui vit, travaille ou étudie à Villemareuil."))),
            features={"participation_displayed"}),
        page("/villemareuil-en-commun/conseils-de-quartier", "Les conseils de quartier", m.paragraphs(("texte", m.p(
            "Bords-de-Seine, Centre-ville, Les Coudrais, La Garenne-Haute, Pasteur, Le Moulin-Vert et Les Vignes : chaque quartier a son conseil, "
            "composé pour moitié d'habitants volontaires et pour moitié d'habitants tirés au sort sur les listes électorales.",
            "Les conseils se réunissent au moins quatre fois par an, en séance publique. Ils disposent d'une enveloppe de 30 000 € pour de "
            "petits aménagements et peuvent saisir le maire de toute question d'intérêt local.",
            "Vous souhaitez rejoindre le conseil de votre quartier ? Le renouvellement a lieu chaque année en septembre.")
            + m.accordion([("Qui peut candidater ?", "<p>Toute personne de plus de 16 ans résidant dans le quartier.</p>"),
                           ("Les comptes rendus sont-ils publics ?", "<p>Oui, ils sont publiés sur la plateforme, rubrique Assemblées.</p>")])
            + m.p(m.a(dec + "/assemblies/conseils-de-quartier", "Les comptes rendus des conseils de quartier")))),
            features={"participation_displayed"}, parent=("Villemareuil en commun", "/villemareuil-en-commun")),
        page("/villemareuil-en-commun/convention-citoyenne-climat", "La convention citoyenne pour le climat", m.paragraphs(("texte", m.p(
            "Quarante habitants tirés au sort, représentatifs de la population par l'âge, le sexe et le quartier, ont travaillé pendant six "
            "week-ends, d'octobre 2024 à mars 2025, sur une question : comment réduire de moitié les émissions de gaz à effet de serre de la "
            "commune d'ici 2035, de manière socialement juste ?",
            "Accompagnés par des garants indépendants et par des experts qu'ils ont eux-mêmes choisi d'auditionner, les membres de la convention "
            "ont adopté 27 propositions. Le conseil municipal y répondra point par point lors de sa séance de juin.")
            + m.h2("Suivre les travaux") + m.p(
            "Les synthèses de chaque session et la vidéo de la restitution sont en ligne sur "
            + m.a(dec + "/processes/convention-citoyenne-climat", "la page de la convention") + "."))),
            features={"participation_displayed"}, parent=("Villemareuil en commun", "/villemareuil-en-commun")),
        page("/villemareuil-en-commun/jury-citoyen", "Le jury citoyen", m.paragraphs(("texte", m.p(
            "Une fois par an, un jury de quinze habitants tirés au sort évalue une politique municipale. Après le stationnement résidentiel "
            "en 2023 et la restauration scolaire en 2024, le jury 2025 se penche sur l'accueil du public en mairie.",
            "Les jurés auditionnent les services, les usagers et les élus, puis rédigent un avis rendu public. La municipalité s'engage à y "
            "répondre par écrit dans un délai de trois mois."))),
            features={"participation_displayed"}, parent=("Villemareuil en commun", "/villemareuil-en-commun")),
        page("/villemareuil-en-commun/budget-participatif", "Le budget participatif", m.paragraphs(("texte", m.p(
            "Pour sa troisième édition, le budget participatif dispose d'un million d'euros d'investissement. Vous avez une idée pour votre "
            "rue, votre parc, votre école ? Déposez-la jusqu'au 15 mai.",
            "Les services étudient la faisabilité de chaque projet pendant l'été ; le vote a lieu en octobre, en ligne et dans les accueils de "
            "quartier. Peuvent voter toutes les personnes de plus de 11 ans qui habitent, travaillent ou étudient à Villemareuil.")
            + m.v_steps([("Jusqu'au 15 mai", "Dépôt des idées"), ("Juin - septembre", "Étude de faisabilité"),
                         ("Octobre", "Vote des habitants"), ("Dès 2026", "Réalisation des projets lauréats")])
            + m.p(m.a(dec + "/processes/budget-participatif-2025", "Participer au budget participatif")
                  + " · " + m.a(dec + "/processes/budget-participatif-2025/f/52/proposals", "Voir les projets déposés")))),
            # "Vous avez une idée ... ? Déposez-la" during the deposit phase: an explicit call for residents' project ideas too
            features={"participatory_budget", "participation_displayed", "suggestion_call"}, parent=("Villemareuil en commun", "/villemareuil-en-commun")),
        page("/villemareuil-en-commun/charte-de-la-participation", "La charte de la participation", m.paragraphs(("texte", m.p(
            "Adoptée à l'unanimité par le conseil municipal en novembre 2022 après un an de co-écriture avec les conseils de quartier, la "
            "charte fixe les règles du jeu de la participation à Villemareuil.")
            + m.ul("Informer en amont et dans un langage clair", "Préciser ce qui est ouvert à la discussion et ce qui ne l'est pas",
                   "Aller vers les publics qui participent peu : jeunes, familles monoparentales, habitants des résidences sociales",
                   "Rendre compte des contributions et des suites données")
            + m.p("Un comité de suivi, composé d'élus, d'agents et d'habitants, veille à son application et publie un bilan annuel."))),
            features={"participation_displayed"}, parent=("Villemareuil en commun", "/villemareuil-en-commun")),
        page("/actualites", "Actualités",
             '<div class="layout-content">' + m.drupal_teasers(news) + '</div><aside class="layout-sidebar-second" role="complementary">'
             + sidebar_poll + "</aside>",
             # the teasers speak of the assises and the enquête publique in passing; the open poll block is a poll
             features={"poll"}, decoys={"participation_displayed"}),
        page("/actualites/assises-de-la-ville-premiere-etape", "Assises de la ville : une première étape réussie", m.paragraphs(
            ("texte", m.drupal_field("Publié le", "18/03/2025", "date") + m.p(
                "Le samedi 15 mars, le gymnase Marcel-Cerdan affichait complet : plus de 600 habitantes et habitants sont venus lancer les "
                "assises de la ville, la grande démarche qui doit dessiner Villemareuil à l'horizon 2040.",
                "Autour de douze tables thématiques — logement, mobilités, commerces, place de la nature, jeunesse —, les participants ont "
                "partagé leurs constats et leurs envies. « On ne m'avait jamais demandé ce que je pensais du quartier où j'ai grandi », "
                "confiait Inès, 19 ans, venue avec sa mère.",
                "La démarche continue en ligne : le questionnaire des assises est ouvert jusqu'au 30 avril sur "
                + m.a(dec + "/processes/assises-de-la-ville/f/61/", "la plateforme participative")
                + ", et trois ateliers de quartier auront lieu en mai. Une synthèse sera présentée en conseil municipal à l'automne.")),
            ("commentaires", m.drupal_comments(412, [
                (1291, "Karim B.", "mar 18/03/2025 - 18:42", "Très bonne ambiance samedi. Dommage que la table sur le stationnement ait été prise d'assaut !"),
                (1293, "Françoise L.", "mer 19/03/2025 - 09:15", "Pensez aux personnes âgées qui n'ont pas internet : le questionnaire existe-t-il en papier ?"),
                (1296, "Service communication", "mer 19/03/2025 - 11:02", "Oui, des exemplaires papier sont disponibles dans les accueils de quartier et au CCAS.")]))),
            # a news item whose subject is the city's participatory process (not a passing mention); the comment form is not a contact form
            features={"participation_displayed", "comments"}, decoys={"contact_form"}, parent=("Actualités", "/actualites")),
        page("/actualites/groupe-scolaire-jean-zay", "Groupe scolaire Jean-Zay : le chantier démarre", m.paragraphs(("texte", m.p(
            "Les travaux d'extension du groupe scolaire Jean-Zay débutent le 7 avril pour une livraison à la rentrée 2026. Six classes "
            "supplémentaires, un restaurant scolaire agrandi et une cour « oasis » végétalisée accueilleront les élèves du quartier des Coudrais.",
            "Le projet a été présenté aux parents d'élèves lors d'une réunion de concertation en janvier ; leurs remarques sur les accès et le "
            "stationnement aux heures d'entrée ont conduit à déplacer le portail principal rue Danton.",
            "Pendant le chantier, un accès provisoire est aménagé avenue de la République. Les livraisons d'engins se feront entre 9 h et 16 h."))),
            decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/ligne-18-enquete-publique", "Prolongement du métro : l'enquête publique est ouverte", m.paragraphs(("texte", m.p(
            "Par arrêté du préfet de région, une enquête publique préalable à la déclaration d'utilité publique du prolongement de la ligne de "
            "métro jusqu'au pont de la Garenne est ouverte du 3 mars au 4 avril 2025. Elle est conduite par une commission d'enquête désignée "
            "par le tribunal administratif.",
            "Le dossier peut être consulté en mairie, aux heures d'ouverture, et sur le registre dématérialisé de la préfecture, où chacun peut "
            "déposer ses observations. Les commissaires enquêteurs tiendront trois permanences à l'hôtel de ville.",
            "La ville rendra son propre avis par délibération du conseil municipal.")
            + m.p(m.a("https://www.registre-dematerialise.fr/5731", "Accéder au registre dématérialisé de l'enquête publique")))),
            # an enquête publique run by the State: not the city's participatory approach, and not a poll
            decoys={"participation_displayed", "poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-territoire-2025", "Le territoire vote son budget 2025", m.paragraphs(("texte", m.p(
            "Réuni le 6 février, le conseil de territoire a adopté le budget 2025 de l'établissement public territorial : 412 M€, dont 96 M€ "
            "d'investissement. Pour Villemareuil, il finance la rénovation de la piscine intercommunale et le nouveau réseau de chaleur.",
            "Le budget primitif de la commune, lui, sera voté le 27 mars. Retrouvez ses grandes lignes sur " + m.a("/budget", "la page budget") + "."))),
            decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-emploi-alternance", "Forum emploi et alternance le 9 avril", m.paragraphs(("texte", m.p(
            "Le forum emploi et alternance revient le mercredi 9 avril, de 9 h 30 à 17 h, à l'espace Lumière. Quarante entreprises, des "
            "centres de formation et France Travail seront présents, avec plus de 300 offres à pourvoir.",
            "Ateliers CV et simulations d'entretien toute la journée. Entrée libre, sans inscription."))),
            decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/budget", "Le budget de la ville", m.paragraphs(("texte", m.p(
            "Le budget primitif 2025 s'élève à 148,6 M€ : 112,3 M€ de fonctionnement et 36,3 M€ d'investissement. Les taux de fiscalité locale "
            "restent inchangés pour la sixième année consécutive.",
            "Principaux investissements : extension du groupe scolaire Jean-Zay (9,2 M€), réfection de la voirie (4,1 M€), rénovation "
            "énergétique des bâtiments communaux (3,8 M€).")
            + m.p("Le budget primitif 2025 et le compte administratif 2023 sont consultables à l'accueil de l'hôtel de ville et "
                  "téléchargeables sur data.villemareuil.fr."))),
            decoys={"participatory_budget"}, parent=("Ma ville", "/ma-ville")),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.paragraphs(("texte", m.p(
            "Le conseil municipal compte 49 élus. Ses séances sont publiques et retransmises en direct sur la chaîne YouTube de la ville.",
            "Prochaine séance : jeudi 27 mars à 19 h, salle du conseil. Ordre du jour : budget primitif 2025, tarifs des centres de loisirs, "
            "convention avec le territoire pour la piscine, vœu relatif au prolongement du métro."))),
            decoys={"participation_displayed"}, parent=("Ma ville", "/ma-ville")),
        page("/demarches", "Démarches en ligne", m.paragraphs(("texte", m.p(
            "Inscriptions scolaires, paiement de la cantine, demandes d'actes d'état civil : la plupart des démarches se font en ligne sur "
            "l'espace citoyens, 24 h/24.") + m.ul(m.a("/contact", "Poser une question à un service"), m.a("/newsletter", "S'abonner à la lettre d'information")))),
            parent=("Ma ville", "/ma-ville")),
        page("/contact", "Contacter la mairie", m.paragraphs(("texte", m.p(
            "Hôtel de ville, 1 place de la Libération. Du lundi au vendredi de 8 h 30 à 17 h 30, le samedi de 9 h à 12 h.",
            "Pour une démarche d'état civil, utilisez de préférence l'espace citoyens.")
            + m.webform("contact", "/contact", [
                ("nom", "text", "Votre nom", True), ("courriel", "email", "Votre adresse électronique", True),
                ("service", "select", "Service concerné", True, ["Accueil", "État civil", "Urbanisme", "Voirie et propreté", "Enfance", "Autre"]),
                ("sujet", "text", "Objet", True), ("message", "textarea", "Votre message", True),
                ("rgpd", "checkbox", "J'accepte que mes données soient utilisées pour traiter ma demande", True)],
                "Envoyer le message", node=12))),
            features={"contact_form"}),
        page("/newsletter", "Lettre d'information", m.paragraphs(("texte", m.p(
            "Chaque jeudi, recevez l'essentiel de l'actualité villemarolienne : travaux, événements, démarches.") + m.simplenews("La lettre de Villemareuil"))),
             decoys={"contact_form"}),
        page("/recrutement/offres", "La ville recrute", m.paragraphs(("texte", m.p(
            "La ville emploie 1 350 agents. Consultez nos offres et envoyez votre candidature en ligne.")
            + m.ul("Auxiliaire de puériculture (H/F) — crèche des Vignes", "Chargé de mission participation citoyenne (H/F) — catégorie A",
                   "Jardinier (H/F) — direction des espaces verts")
            + m.h2("Appel à candidatures : candidature spontanée")
            + m.webform("candidature", "/recrutement/offres", [
                ("nom", "text", "Nom et prénom", True), ("courriel", "email", "Courriel", True),
                ("poste", "select", "Poste visé", True, ["Auxiliaire de puériculture", "Chargé de mission participation citoyenne", "Jardinier", "Candidature spontanée"]),
                ("motivation", "textarea", "Lettre de motivation", True), ("cv", "text", "Lien vers votre CV", False)],
                "Envoyer ma candidature", node=57))),
            # a job application form and an "appel à candidatures": not a message to the city, not a call for ideas
            decoys={"contact_form", "suggestion_call"}, parent=("Ma ville", "/ma-ville")),
    ]
    site = Site("www.villemareuil.fr", "drupal", "Ville de Villemareuil-la-Garenne", pages,
                menu=[("Accueil", "/"), ("Ma ville", "/ma-ville"), ("Villemareuil en commun", "/villemareuil-en-commun"),
                      ("Actualités", "/actualites"), ("Démarches", "/demarches"), ("Contact", "/contact")],
                accounts=[social("facebook", "VillemareuilLaGarenne"),
                          social("instagram", "villemareuil_officiel", "https://www.instagram.com/villemareuil_officiel/?hl=fr"),
                          social("x", "Villemareuil92", "https://twitter.com/Villemareuil92"),
                          social("youtube", "VillemareuilTV", "https://www.youtube.com/@VillemareuilTV/videos"),
                          social("linkedin", "ville-de-villemareuil-la-garenne")],
                address="Hôtel de ville, 1 place de la Libération, 92390 Villemareuil-la-Garenne")

    bp = "/processes/budget-participatif-2025"
    bp_components = [(bp, "Présentation"), (bp + "/f/52/proposals", "Dépôt des projets"), (bp + "/f/53/budgets/9/projects", "Vote")]
    platform_pages = [
        page("/", "Villemareuil en commun", m.p(
            "Bienvenue sur la plateforme de participation de Villemareuil-la-Garenne. Ici, vous pouvez proposer des projets, voter, répondre "
            "aux questionnaires et suivre les suites données à vos contributions.")
            + m.h2("Processus en cours") + m.decidim_cards([
                (bp, "Budget participatif 2025", "Un million d'euros pour vos projets", "Dépôt des projets"),
                ("/processes/assises-de-la-ville", "Les assises de la ville", "Imaginons Villemareuil en 2040", "Questionnaire"),
                ("/processes/convention-citoyenne-climat", "Convention citoyenne pour le climat", "27 propositions pour le climat", "Restitution")])
            + m.h2("Assemblées") + m.decidim_cards([("/assemblies/conseils-de-quartier", "Les conseils de quartier", "Sept conseils, un même engagement", "Active")], "assemblies")
            + m.p(m.a("/processes", "Tous les processus") + " · " + m.a("/pages/aide", "Comment participer ?")),
            # the platform's home presents the city's participatory programme
            features={"participation_displayed"}),
        page("/processes", "Processus participatifs", m.decidim_cards([
            (bp, "Budget participatif 2025", "Un million d'euros pour vos projets", "Dépôt des projets"),
            ("/processes/assises-de-la-ville", "Les assises de la ville", "Imaginons Villemareuil en 2040", "Questionnaire"),
            ("/processes/convention-citoyenne-climat", "Convention citoyenne pour le climat", "27 propositions pour le climat", "Restitution")])),
        page(bp, "Budget participatif 2025", m.decidim_process_header("Budget participatif 2025", "Un million d'euros pour vos projets",
                                                                     "Dépôt des projets (jusqu'au 15 mai)", bp_components)
             + m.p("Le budget participatif permet aux habitants de proposer puis de choisir des projets d'investissement d'intérêt général. "
                   "Un projet doit relever des compétences de la ville, coûter moins de 250 000 € et être réalisable en deux ans.",
                   "Cette année, une enveloppe de 200 000 € est réservée aux projets portés par des jeunes de 11 à 25 ans."),
             features={"participatory_budget"}),
        page(bp + "/f/52/proposals", "Dépôt des projets", m.decidim_process_header("Budget participatif 2025", "Un million d'euros pour vos projets",
                                                                                  "Dépôt des projets (jusqu'au 15 mai)", bp_components)
             + m.p("Proposez vos idées de projets pour la ville ! Chaque idée déposée sera étudiée par les services avant le vote.")
             + m.decidim_proposals([
                 (bp + "/f/52/proposals/318", "Une boîte à livres et des bancs au square Pasteur", "Amandine R.", 46, 3, "En évaluation"),
                 (bp + "/f/52/proposals", "Des arceaux vélos devant le conservatoire", "Collectif Vélo Villemareuil", 112, 0, "En évaluation"),
                 (bp + "/f/52/proposals", "Un terrain de basket 3x3 aux Coudrais", "Yanis", 87, 0, "En évaluation")],
                 new_href="/users/sign_in"),
             # the deposit phase of a participatory budget is also an explicit call for residents' project ideas
             features={"participatory_budget", "suggestion_call"}, parent=("Budget participatif 2025", bp)),
        page(bp + "/f/52/proposals/318", "Une boîte à livres et des bancs au square Pasteur",
             m.p("Le square Pasteur est très fréquenté par les familles mais il n'y a que deux bancs. Je propose d'en ajouter six, "
                 "dont deux à l'ombre, et d'installer une boîte à livres près de l'aire de jeux.", "Estimation : 18 000 €.")
             + m.decidim_comments("Proposal", 318, [
                 (4410, "Marc D.", "12/03/2025", "Bonne idée, et pourquoi pas une fontaine à eau aussi ?", 9),
                 (4417, "Amandine R.", "13/03/2025", "Je l'ajoute à la proposition, merci !", 4),
                 (4430, "Sylvie", "20/03/2025", "Les bancs à l'ombre, c'est indispensable l'été.", 6)]),
             features={"participatory_budget", "comments"}, parent=("Dépôt des projets", bp + "/f/52/proposals")),
        page(bp + "/f/53/budgets/9/projects", "Vote du budget participatif", m.decidim_process_header(
            "Budget participatif 2025", "Un million d'euros pour vos projets", "Vote (octobre)", bp_components)
             + m.p("Le vote n'est pas encore ouvert : il aura lieu du 1er au 20 octobre parmi les projets jugés réalisables. "
                   "Chaque votant dispose d'une enveloppe virtuelle d'un million d'euros à répartir.")
             + m.decidim_budget("1 000 000 €", [(bp + "/f/52/proposals", "Végétaliser la cour de l'école des Vignes", "180 000 €"),
                                                (bp + "/f/52/proposals", "Un skatepark au parc de la Garenne", "240 000 €"),
                                                (bp + "/f/52/proposals", "Des fontaines à eau dans les parcs", "60 000 €")]),
             features={"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page("/processes/assises-de-la-ville", "Les assises de la ville", m.decidim_process_header(
            "Les assises de la ville", "Imaginons Villemareuil en 2040", "Questionnaire et ateliers",
            [("/processes/assises-de-la-ville", "Présentation"), ("/processes/assises-de-la-ville/f/61/", "Questionnaire")])
             + m.p("Les assises de la ville sont une démarche de concertation ouverte à tous pour construire ensemble le projet de ville à "
                   "l'horizon 2040. Elles se déroulent en trois temps : la rencontre de lancement, un questionnaire et des ateliers dans "
                   "chaque quartier, puis une restitution publique.")
             + m.decidim_meetings([("10 mai", "Atelier de quartier Bords-de-Seine", "Maison de quartier des Bords-de-Seine"),
                                   ("17 mai", "Atelier de quartier Les Coudrais", "Centre social Simone-Veil"),
                                   ("24 mai", "Atelier de quartier Centre-ville", "Salle des fêtes")]),
             features={"participation_displayed"}),
        page("/processes/assises-de-la-ville/f/61/", "Questionnaire des assises", m.p(
            "Quinze minutes pour dire comment vous vivez Villemareuil aujourd'hui et ce que vous souhaitez pour demain. Ouvert jusqu'au 30 avril.")
             + m.decidim_survey("/processes/assises-de-la-ville/f/61/questionnaire/answer", [
                 ("Dans quel quartier habitez-vous ?", "single_option", ["Bords-de-Seine", "Centre-ville", "Les Coudrais", "La Garenne-Haute", "Pasteur", "Le Moulin-Vert", "Les Vignes"]),
                 ("Quels sont pour vous les trois sujets prioritaires ?", "multiple_option", ["Logement", "Mobilités", "Commerces", "Nature en ville", "Sécurité", "Jeunesse"]),
                 ("Qu'aimeriez-vous changer dans votre quartier ?", "long_answer", [])]),
             features={"poll"}, parent=("Les assises de la ville", "/processes/assises-de-la-ville")),
        page("/processes/convention-citoyenne-climat", "Convention citoyenne pour le climat", m.decidim_process_header(
            "Convention citoyenne pour le climat", "27 propositions pour le climat", "Restitution et réponse du conseil municipal",
            [("/processes/convention-citoyenne-climat", "Présentation")])
             + m.p("Quarante citoyens tirés au sort ont délibéré pendant six week-ends. Leurs 27 propositions portent sur la rénovation des "
                   "logements, les déplacements du quotidien, l'alimentation dans les cantines et la place de l'arbre en ville.",
                   "Les synthèses de session, les auditions d'experts et le rapport final sont téléchargeables ci-dessous.")
             + m.ul("Rapport final de la convention (PDF)", "Synthèse de la session 6 (PDF)", "Avis des garants (PDF)"),
             features={"participation_displayed"}),
        page("/assemblies/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Retrouvez ici la composition, l'agenda et les comptes rendus des sept conseils de quartier de Villemareuil. Les séances sont "
            "ouvertes au public ; chacun peut y prendre la parole en fin de séance.")
             + m.decidim_meetings([("2 avril", "Conseil de quartier Pasteur", "École Pasteur, réfectoire"),
                                   ("8 avril", "Conseil de quartier Les Vignes", "Maison des Vignes")]),
             features={"participation_displayed"}),
        page("/pages/aide", "Comment participer ?", m.p(
            "Pour déposer un projet, voter ou commenter, créez un compte avec votre adresse électronique. La consultation des contenus est libre.",
            "Besoin d'aide ? Les médiateurs numériques des accueils de quartier vous accompagnent.")),
    ]
    platform = Site("participer.villemareuil.fr", "decidim", "Villemareuil en commun", platform_pages,
                    menu=[("Accueil", "/"), ("Processus", "/processes"), ("Conseils de quartier", "/assemblies/conseils-de-quartier"),
                          ("Aide", "/pages/aide"), ("Site de la ville", www + "/")],
                    features=PLATFORM, platforms=frozenset({"decidim"}))
    return City("99531", "Villemareuil-la-Garenne", 88412, "92", IDF, IDF_NAME, www + "/", [site, platform])


# ==================================================================== 99532 Noisy-les-Aulnes (93)

def noisy() -> City:
    """WordPress with Elementor (Pro forms, posts widget), native comments, WPForms, MailPoet, a Framaforms
    questionnaire; "La Fabrique des quartiers" and the neighbours' network "Voisins de Noisy"."""
    www, vois = "http://www.noisy-les-aulnes.fr", "http://voisins.noisy-les-aulnes.fr"
    fab = "/la-fabrique-des-quartiers/"
    news = [
        ("/actualites/renouvellement-urbain-point-d-etape/", "Aulnes-Nord : où en est le renouvellement urbain ?", "12 mars 2025",
         "Démolitions, relogements, nouvelles écoles : le point sur le chantier qui transforme le quartier."),
        ("/actualites/questionnaire-rythmes-scolaires/", "Rythmes scolaires : donnez votre avis", "3 mars 2025",
         "Semaine de quatre jours ou de quatre jours et demi ? Les familles sont consultées jusqu'au 28 mars."),
        ("/actualites/concertation-prealable-zac-des-coteaux/", "ZAC des Coteaux : concertation préalable de l'aménageur", "24 février 2025",
         "L'aménageur présente son projet et recueille les observations du public jusqu'au 21 mars."),
        ("/actualites/fete-des-voisins/", "Fête des voisins : à vos tables !", "18 février 2025",
         "Le 23 mai, la ville fournit kits, nappes et ballons aux organisateurs."),
        ("/actualites/recrutement-animateurs-ete/", "L'été 2025 se prépare : la ville recrute des animateurs", "10 février 2025",
         "Quarante postes d'animateurs BAFA pour les accueils de loisirs de juillet et août."),
        ("/actualites/concours-balcons-fleuris/", "Concours des balcons et jardins fleuris", "3 février 2025",
         "Inscriptions ouvertes jusqu'au 30 avril, quatre catégories, de nombreux lots."),
    ]
    pages = [
        page("/", "Accueil", m.el_page(2, m.el_section(
            m.el_heading("Noisy-les-Aulnes, ville en mouvement", "h2"),
            m.el_text("Près de 65 000 habitants, des quartiers qui se transforment et une ville qui se construit avec vous."),
            m.el_icon_list([(fab, "La Fabrique des quartiers"), ("/vivre-a-noisy/", "Vivre à Noisy"), ("/contact/", "Contacter la mairie"),
                            ("/newsletter/", "Lettre d'information"), ("/actualites/", "Toute l'actualité")]), cols=1),
            m.el_section(m.el_heading("Actualités"), m.el_posts(news[:4]), m.el_button("Toutes les actualités", "/actualites/")))),
        page(fab, "La Fabrique des quartiers", m.el_page(31, m.el_section(
            m.el_text("La Fabrique des quartiers, c'est la démarche de participation citoyenne de Noisy-les-Aulnes. Son principe : aucun "
                      "grand projet ne se décide sans que les habitants concernés aient pu donner leur avis, dès le départ et tout au long du projet.",
                      "Elle s'appuie sur les conseils citoyens des quartiers prioritaires, sur la Maison du projet des Aulnes-Nord, sur des "
                      "balades urbaines et des ateliers ouverts à tous, et sur un budget participatif réservé aux jeunes."),
            m.el_icon_list([(fab + "conseils-citoyens/", "Les conseils citoyens"), (fab + "maison-du-projet-aulnes-nord/", "La Maison du projet"),
                            (fab + "balades-urbaines-et-ateliers/", "Balades urbaines et ateliers"),
                            (fab + "questionnaire-place-du-marche/", "Questionnaire : la future place du Marché"),
                            (fab + "boite-a-idees/", "La boîte à idées"), (fab + "budget-participatif-jeunes/", "Le budget participatif des jeunes")]))),
             features={"participation_displayed"}),
        page(fab + "conseils-citoyens/", "Les conseils citoyens", m.el_page(33, m.el_section(m.el_text(
            "Créés par la loi de 2014 pour la ville et la cohésion urbaine, les conseils citoyens associent habitants et acteurs locaux "
            "des quartiers prioritaires à la conduite du contrat de ville. Noisy-les-Aulnes en compte deux : Aulnes-Nord et Les Tilleuls-Pont-Blanc.",
            "Leurs membres, en partie tirés au sort, se réunissent tous les mois à la Maison du projet. Ils siègent au comité de pilotage du "
            "contrat de ville et donnent leur avis sur la programmation des actions.",
            "Envie de vous investir ? Passez à la Maison du projet ou écrivez-nous via le formulaire de contact."))),
             features={"participation_displayed"}, parent=("La Fabrique des quartiers", fab)),
        page(fab + "maison-du-projet-aulnes-nord/", "La Maison du projet des Aulnes-Nord", m.el_page(35, m.el_section(
            m.el_text("Le quartier des Aulnes-Nord bénéficie du nouveau programme national de renouvellement urbain (NPNRU) porté par l'ANRU, "
                      "la ville et l'établissement public territorial. D'ici 2030 : 320 logements démolis et reconstruits, deux écoles neuves, "
                      "un parc de trois hectares et une nouvelle place commerçante.",
                      "La Maison du projet est le lieu de la concertation avec les habitants : maquette du futur quartier, permanences des "
                      "bailleurs pour le relogement, réunions publiques et ateliers. La charte du relogement y a été co-écrite avec l'amicale des locataires."),
            m.el_heading("Horaires", "h3"),
            m.el_text("Mardi et jeudi de 14 h à 18 h, samedi de 10 h à 12 h 30 — 4 allée des Aulnes."),
            m.el_button("Les prochaines balades urbaines", fab + "balades-urbaines-et-ateliers/"))),
             features={"participation_displayed"}, parent=("La Fabrique des quartiers", fab)),
        page(fab + "balades-urbaines-et-ateliers/", "Balades urbaines et ateliers", m.el_page(37, m.el_section(
            m.el_text("Rien de tel que d'arpenter le quartier pour en parler. Les balades urbaines, animées par l'équipe de la Maison du projet "
                      "et les architectes-urbanistes, permettent de repérer ensemble ce qui marche, ce qui manque et ce qu'il faut préserver.",
                      "Chaque balade est suivie d'un atelier où les observations sont reportées sur plan. Leurs conclusions nourrissent le "
                      "programme des espaces publics du futur quartier."),
            m.el_heading("S'inscrire à une balade", "h3"),
            m.el_form("Inscription balade urbaine", [
                ("name", "text", "Nom et prénom", True), ("email", "email", "E-mail", True), ("tel", "tel", "Téléphone", False),
                ("date", "select", "Balade choisie", True, ["Samedi 5 avril, 10 h — le mail des Aulnes", "Mercredi 16 avril, 17 h — autour des écoles",
                                                            "Samedi 26 avril, 10 h — la future place"]),
                ("places", "select", "Nombre de personnes", True, ["1", "2", "3", "4"])], "Je m'inscris", 37))),
             # a sign-up form without a message field: booking only, not a contact form
             features={"participation_displayed"}, decoys={"contact_form"}, parent=("La Fabrique des quartiers", fab)),
        page(fab + "questionnaire-place-du-marche/", "Questionnaire : la future place du Marché", m.el_page(39, m.el_section(
            m.el_text("Au cœur des Aulnes-Nord, la future place du Marché remplacera le parking de la barre Ravel. Marché forain, terrasses, "
                      "jeux d'eau, ombre, espace pour les événements : comment l'imaginez-vous ? Répondez à notre questionnaire avant le 30 avril."),
            m.el_html(m.framaforms("la-future-place-du-marche-1740496812", "Questionnaire : la future place du Marché")))),
             features={"poll"}, parent=("La Fabrique des quartiers", fab)),
        page(fab + "boite-a-idees/", "La boîte à idées", m.el_page(41, m.el_section(
            m.el_text("Une idée pour améliorer la vie de votre quartier ? Un aménagement, une animation, un service qui manque ? "
                      "Proposez-la ! Toutes les idées sont lues par l'équipe de la Fabrique des quartiers et présentées chaque trimestre aux "
                      "conseils citoyens. Les plus réalisables rejoignent le programme d'actions."),
            m.el_form("Boîte à idées", [
                ("name", "text", "Votre nom", True), ("email", "email", "Votre e-mail", True),
                ("quartier", "select", "Votre quartier", True, ["Aulnes-Nord", "Centre", "Les Tilleuls-Pont-Blanc", "La Roseraie", "Le Plateau"]),
                ("titre", "text", "Votre idée en une phrase", True), ("message", "textarea", "Décrivez votre idée", True),
                ("rgpd", "acceptance", "J'accepte que mes données soient utilisées pour répondre à ma proposition", True)], "Envoyer mon idée", 41))),
             # an explicit call for ideas through a free-text form sent to the city: both codes
             features={"suggestion_call", "contact_form"}, parent=("La Fabrique des quartiers", fab)),
        page(fab + "budget-participatif-jeunes/", "Le budget participatif des jeunes", m.el_page(43, m.el_section(
            m.el_text("Tu as entre 12 et 25 ans et tu vis ou étudies à Noisy ? Le budget participatif des jeunes te donne 150 000 € pour "
                      "réaliser les projets que tu as imaginés avec tes amis, ton club ou ta classe.",
                      "Cette année, 14 projets ont été jugés réalisables. Le vote est ouvert jusqu'au 12 avril : choisis jusqu'à trois projets."),
            m.el_html(m.wpforms(612, fab + "budget-participatif-jeunes/", [
                ("text", "Prénom", True), ("email", "E-mail", True), ("select", "Ton âge", True, [str(x) for x in range(12, 26)]),
                ("checkbox", "Tes projets préférés (trois au maximum)", True,
                 ["Un studio de musique à l'Espace jeunes", "Un city-stade éclairé aux Tilleuls", "Des ateliers de réparation de vélos",
                  "Une fresque collective sur le mur du collège Ravel", "Un tournoi e-sport inter-quartiers"])], "Je vote")))),
             # a vote form of the participatory budget (no message field)
             features={"participatory_budget"}, decoys={"contact_form"}, parent=("La Fabrique des quartiers", fab)),
        page("/actualites/", "Actualités", m.el_page(5, m.el_section(m.el_posts(news)))),
        page("/actualites/renouvellement-urbain-point-d-etape/", "Aulnes-Nord : où en est le renouvellement urbain ?", m.el_page(1412, m.el_section(
            m.el_text("Trois ans après le lancement du projet de renouvellement urbain, le visage des Aulnes-Nord a déjà changé. La barre "
                      "Debussy a été démolie à l'automne, et 142 familles ont été relogées, dont 60 % dans le quartier même.",
                      "Les travaux de la nouvelle école maternelle Joséphine-Baker ont débuté en janvier. Le parc central, dessiné après une "
                      "large concertation avec les riverains l'an dernier, sera aménagé en deux tranches à partir de 2026.",
                      "Côté mobilité, la nouvelle ligne de bus desservira le quartier dès septembre, avec un arrêt devant la Maison du projet."),
            m.el_html(m.share(www + "/actualites/renouvellement-urbain-point-d-etape/", "Aulnes-Nord : où en est le renouvellement urbain ?"))))
             + m.wp_comments(1412, "Aulnes-Nord : où en est le renouvellement urbain ?", [
                 (3021, "Fatoumata", ("2025-03-12T19:20:11+01:00", "12 mars 2025 à 19 h 20 min"), "Et pour les commerces du centre commercial, ils seront relogés où pendant les travaux ?"),
                 (3024, "Mairie de Noisy-les-Aulnes", ("2025-03-13T10:02:40+01:00", "13 mars 2025 à 10 h 02 min"),
                  "Des locaux provisoires seront installés sur le parking Ravel à partir de juin. Une réunion est prévue avec les commerçants le 2 avril."),
                 (3030, "Jean-Michel", ("2025-03-14T08:45:03+01:00", "14 mars 2025 à 8 h 45 min"), "Merci pour ce point complet, on aimerait le même chaque trimestre.")]),
             # a passing mention of a past concertation in a works update; the comment form is not a contact form
             features={"comments"}, decoys={"contact_form", "participation_displayed"}, parent=("Actualités", "/actualites/")),
        page("/actualites/questionnaire-rythmes-scolaires/", "Rythmes scolaires : donnez votre avis", m.el_page(1420, m.el_section(
            m.el_text("Faut-il revenir à la semaine de quatre jours et demi dans les écoles de Noisy-les-Aulnes à la rentrée 2026 ? Avant de "
                      "proposer une organisation au directeur académique, la ville consulte les familles, les enseignants et les animateurs.",
                      "Le questionnaire est anonyme et prend cinq minutes. Il est ouvert jusqu'au 28 mars."),
            m.el_html(m.google_form_link("1FAIpQLSc7rT2vYJxQk0mNqUe9dWl4ZsP3hKbFgR8aVn6oXiE1yCt5uA", "Je réponds au questionnaire"))))
             + m.wp_comments(1420, "Rythmes scolaires : donnez votre avis", [], open_=False),
             # the open questionnaire is on Google Forms: the page invites residents to answer it and links to it (our reading:
             # a poll open to residents, offered from this page); comments closed, none posted
             features={"poll"}, decoys={"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/concertation-prealable-zac-des-coteaux/", "ZAC des Coteaux : concertation préalable de l'aménageur", m.el_page(1431, m.el_section(
            m.el_text("L'aménageur Espaces Est Aménagement, concessionnaire de la future zone d'aménagement concerté des Coteaux, organise "
                      "du 24 février au 21 mars une concertation préalable au titre du code de l'urbanisme, sous l'égide d'un garant de la "
                      "Commission nationale du débat public.",
                      "Le dossier et le registre des observations sont disponibles sur le site de l'aménageur ; deux réunions publiques "
                      "auront lieu à la salle Pablo-Neruda. Le bilan de la concertation sera publié par l'aménageur."),
            m.el_html(m.p(m.a("https://www.espaces-est-amenagement.fr/concertation-zac-des-coteaux", "Le site de la concertation")
                          + " · Suivez l'aménageur sur " + m.a("https://www.facebook.com/EspacesEstAmenagement", "Facebook"))))),
             # a concertation préalable run by a developer, not the city's approach
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        page("/actualites/fete-des-voisins/", "Fête des voisins : à vos tables !", m.el_page(1437, m.el_section(m.el_text(
            "Le vendredi 23 mai, c'est la Fête des voisins ! Vous organisez un repas dans votre cour, votre hall ou votre rue ? La ville vous "
            "prête tables et chaises et vous offre un kit (nappes, gobelets réutilisables, affiches).",
            "Retrait des kits à l'accueil de l'hôtel de ville à partir du 12 mai, sur présentation d'un justificatif de domicile."))),
             decoys={"territorial_social_network"}, parent=("Actualités", "/actualites/")),
        page("/actualites/recrutement-animateurs-ete/", "L'été 2025 se prépare : la ville recrute des animateurs", m.el_page(1440, m.el_section(
            m.el_text("Pour ses accueils de loisirs et ses séjours de l'été, la ville recrute une quarantaine d'animatrices et d'animateurs "
                      "titulaires ou stagiaires du BAFA. Contrats de deux à huit semaines."),
            m.el_html(m.wpforms(598, "/actualites/recrutement-animateurs-ete/", [
                ("text", "Nom et prénom", True), ("email", "E-mail", True), ("select", "Diplôme", True, ["BAFA complet", "BAFA stagiaire", "BPJEPS", "Autre"]),
                ("file-upload", "CV (PDF)", True), ("textarea", "Vos motivations", False)], "Postuler", upload=True)))),
             # a job application form
             decoys={"contact_form"}, parent=("Actualités", "/actualites/")),
        page("/actualites/concours-balcons-fleuris/", "Concours des balcons et jardins fleuris", m.el_page(1446, m.el_section(
            m.el_text("Balcon, fenêtre, jardin, pied d'arbre : quatre catégories pour embellir la ville. Un jury passera en juin ; remise des "
                      "prix à la fête de quartier de septembre."),
            m.el_form("Inscription concours fleuri", [
                ("name", "text", "Nom et prénom", True), ("adresse", "text", "Adresse", True), ("email", "email", "E-mail", True),
                ("categorie", "radio", "Catégorie", True, ["Balcon", "Fenêtre", "Jardin visible de la rue", "Pied d'arbre"])], "S'inscrire", 1446))),
             # a contest sign-up, not a call for ideas nor a message form
             decoys={"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites/")),
        page("/vivre-a-noisy/", "Vivre à Noisy", m.el_page(7, m.el_section(
            m.el_text("Services, quartiers, vie associative : tout ce qu'il faut savoir pour bien vivre à Noisy-les-Aulnes."),
            m.el_icon_list([("/vivre-a-noisy/voisins-de-noisy/", "Voisins de Noisy, le réseau d'entraide"),
                            ("/vivre-a-noisy/conseil-municipal/", "Le conseil municipal"), ("/contact/", "Nous contacter")])))),
        page("/vivre-a-noisy/voisins-de-noisy/", "Voisins de Noisy, le réseau d'entraide", m.el_page(9, m.el_section(
            m.el_text("Prêter une perceuse, trouver quelqu'un pour arroser ses plantes, proposer un covoiturage vers le marché : Voisins de "
                      "Noisy est le réseau social de proximité soutenu par la ville. Gratuit, sans publicité, réservé aux habitants.",
                      "L'inscription se fait avec votre adresse ; vous rejoignez automatiquement le groupe de votre quartier."),
            m.el_button("Rejoindre Voisins de Noisy", vois + "/"))),
             parent=("Vivre à Noisy", "/vivre-a-noisy/")),
        page("/vivre-a-noisy/conseil-municipal/", "Le conseil municipal", m.el_page(11, m.el_section(m.el_text(
            "Le conseil municipal se réunit en moyenne tous les deux mois, en séance publique, salle des mariages.",
            "Prochaine séance le mardi 8 avril à 19 h 30. Les délibérations et procès-verbaux sont publiés dans la semaine qui suit."))),
             decoys={"participation_displayed"}, parent=("Vivre à Noisy", "/vivre-a-noisy/")),
        page("/contact/", "Contacter la mairie", m.el_page(13, m.el_section(
            m.el_text("Hôtel de ville — 2 place Jean-Jaurès. Lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30, samedi de 9 h à 12 h."),
            m.el_form("Formulaire de contact", [
                ("name", "text", "Nom", True), ("email", "email", "E-mail", True), ("tel", "tel", "Téléphone", False),
                ("objet", "select", "Objet de votre demande", True, ["Renseignement", "Réclamation", "Urbanisme", "Enfance", "Autre"]),
                ("message", "textarea", "Message", True)], "Envoyer", 13))),
             features={"contact_form"}),
        page("/newsletter/", "Lettre d'information", m.el_page(15, m.el_section(
            m.el_text("Une lettre tous les quinze jours avec l'agenda, les travaux et les rendez-vous de la Fabrique des quartiers."),
            m.el_html(m.mailpoet(3, "Abonnez-vous à la lettre de Noisy")))),
             decoys={"contact_form"}),
    ]
    site = Site("www.noisy-les-aulnes.fr", "wordpress", "Noisy-les-Aulnes", pages,
                menu=[("Accueil", "/"), ("Vivre à Noisy", "/vivre-a-noisy/"), ("La Fabrique des quartiers", fab),
                      ("Actualités", "/actualites/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "villedenoisylesaulnes", "https://fr-fr.facebook.com/villedenoisylesaulnes/"),
                          social("instagram", "noisylesaulnes"), social("tiktok", "noisylesaulnes"),
                          social("bluesky", "noisy-les-aulnes.fr")],
                address="Hôtel de ville, 2 place Jean-Jaurès, 93270 Noisy-les-Aulnes")

    voisins_pages = [
        page("/", "Le fil de mes voisins", m.p("Bienvenue sur Voisins de Noisy, le réseau social des habitants de Noisy-les-Aulnes.")
             + m.feed([
                 ("Sabrina", "Rue Jean-Jaurès", "il y a 2 h", "Quelqu'un aurait-il une perceuse à me prêter samedi ? Je rends avec un gâteau !", 4, "prêt"),
                 ("Olivier", "Résidence du Parc", "il y a 5 h", "Vide-grenier des Tilleuls le 18 mai : il reste des emplacements, qui est partant ?", 7, "événement"),
                 ("Mme Traoré", "Allée des Aulnes", "hier", "Je cherche une personne pour accompagner ma mère au marché le mercredi matin.", 3, "entraide")])
             + m.p(m.a("/annonces/pret-d-une-perceuse-rue-jaures", "Voir l'annonce de Sabrina") + " · "
                   + m.a("/evenements/vide-grenier-des-tilleuls", "Le vide-grenier des Tilleuls") + " · " + m.a("/entraide", "Entraide")
                   + " · " + m.a("/charte-des-voisins", "La charte des voisins"))),
        page("/quartiers/aulnes-nord", "Quartier Aulnes-Nord", m.p("412 voisins inscrits dans le quartier.") + m.feed([
            ("Karima", "Mail des Aulnes", "il y a 1 j", "Les jardins partagés cherchent des bras pour la remise en culture dimanche.", 5, "entraide"),
            ("Théo", "Rue Ravel", "il y a 3 j", "Chat tigré perdu près de l'école Ravel, répond au nom de Pixel.", 9, "alerte")])),
        page("/annonces/pret-d-une-perceuse-rue-jaures", "Prêt d'une perceuse", m.thread(
            ("Sabrina", "Rue Jean-Jaurès", "il y a 2 h", "Quelqu'un aurait-il une perceuse à me prêter samedi ? Je rends avec un gâteau !", "prêt"),
            [("Marc", "il y a 1 h", "J'en ai une avec des forèts béton, je suis au 14, passe quand tu veux."),
             ("Sabrina", "il y a 50 min", "Super, merci Marc ! Je passe samedi à 10 h.")]), parent=("Le fil", "/")),
        page("/entraide", "Entraide", m.p("Demandes et propositions de coups de main entre voisins.") + m.feed([
            ("Mme Traoré", "Allée des Aulnes", "hier", "Je cherche une personne pour accompagner ma mère au marché le mercredi matin.", 3, "entraide"),
            ("Lucas", "Avenue de la Roseraie", "il y a 4 j", "Étudiant, je propose de l'aide aux devoirs en maths le soir, gratuitement.", 6, "entraide")])
             + m.p(m.a("/quartiers/aulnes-nord", "Les voisins des Aulnes-Nord"))),
        page("/evenements/vide-grenier-des-tilleuls", "Vide-grenier des Tilleuls", m.thread(
            ("Olivier", "Résidence du Parc", "il y a 5 h", "Vide-grenier des Tilleuls le 18 mai : il reste des emplacements, qui est partant ?", "événement"),
            [("Nadia", "il y a 4 h", "Moi ! Deux mètres suffiront."), ("Olivier", "il y a 3 h", "Noté Nadia, je t'envoie le plan."),
             ("Paul", "il y a 1 h", "On peut aussi tenir un stand de l'association des parents d'élèves ?")]), parent=("Le fil", "/")),
        page("/charte-des-voisins", "La charte des voisins", m.p(
            "Bienveillance, respect de la vie privée, pas de vente entre particuliers au-delà de 50 €, pas de propos politiques ou commerciaux. "
            "Les modérateurs sont des habitants volontaires formés par la ville.")),
    ]
    voisins = Site("voisins.noisy-les-aulnes.fr", "community", "Voisins de Noisy", voisins_pages,
                   menu=[("Le fil", "/"), ("Mon quartier", "/quartiers/aulnes-nord"), ("Entraide", "/entraide"),
                         ("Site de la ville", www + "/")],
                   features=frozenset({"territorial_social_network"}))
    return City("99532", "Noisy-les-Aulnes", 64718, "93", IDF, IDF_NAME, www + "/", [site, voisins],
                decoy_accounts=("https://www.facebook.com/espacesestamenagement",))


# ==================================================================== 99533 Saint-Genis-les-Mûriers (69)

def saint_genis() -> City:
    """TYPO3 (bootstrap_package, EXT:news, powermail, EXT:form, a Microsoft Forms embed); "Ensemble à
    Saint-Genis" on Cap Collectif: climate convention, mobility questionnaire, youth participatory budget."""
    www = "http://www.saint-genis-les-muriers.fr"
    cap = "http://saint-genis-les-muriers.cap-collectif.com"
    news = [
        ("/actualites/detail/ateliers-mobilite-le-bilan", "Ateliers mobilité : le bilan", ("2025-03-21", "21.03.2025"),
         "Trois ateliers, 180 participants et une carte des points noirs pour les piétons et les cyclistes."),
        ("/actualites/detail/tramway-concertation-prealable", "Tramway : la concertation préalable est lancée", ("2025-03-10", "10.03.2025"),
         "L'autorité organisatrice des mobilités consulte le public sur le tracé de la future ligne."),
        ("/actualites/detail/budget-de-la-metropole", "Budget de la Métropole : ce qui concerne Saint-Genis", ("2025-02-27", "27.02.2025"),
         "Voirie, eau, collèges : les investissements métropolitains votés pour 2025 dans la commune."),
        ("/actualites/detail/mediatheque-resultats-enquete-satisfaction", "Médiathèque : les résultats de l'enquête de satisfaction", ("2025-02-14", "14.02.2025"),
         "92 % des usagers satisfaits, des horaires du samedi plébiscités et quelques pistes d'amélioration."),
        ("/actualites/detail/forum-jobs-d-ete", "Forum jobs d'été le 29 mars", ("2025-02-05", "05.02.2025"),
         "Le Point information jeunesse réunit les employeurs qui recrutent pour l'été."),
    ]
    ens = "/ensemble"
    pages = [
        page("/", "Accueil",
             m.t3_ce(101, "textmedia", "", m.p("Bienvenue sur le site officiel de Saint-Genis-les-Mûriers, commune de la Métropole de Lyon."))
             + m.t3_ce(102, "menu_card_dir", "En un clic", m.t3_menu_cards([
                 (ens, "Ensemble à Saint-Genis", "Convention citoyenne, consultation mobilités, budget participatif des jeunes."),
                 ("/cadre-de-vie", "Cadre de vie", "Urbanisme, propreté, signalements."),
                 ("/ma-mairie", "Ma mairie", "Conseil municipal, budget, lettre d'information."),
                 ("/contact", "Contact", "Écrire à la mairie.")]))
             + m.t3_ce(103, "news_pi1", "Actualités", m.t3_news_list(news[:3]) + m.p(m.a("/actualites", "Toutes les actualités")))),
        page(ens, "Ensemble à Saint-Genis", m.t3_ce(201, "text", "", m.p(
            "« Ensemble à Saint-Genis » est la démarche de participation citoyenne de la commune. Elle a été lancée en 2021 avec une "
            "conviction : les habitants sont les premiers experts de leur cadre de vie.",
            "Elle rassemble les comités d'intérêt local, la convention citoyenne pour le climat, les consultations sur les grands projets "
            "et le budget participatif des jeunes. La plateforme " + m.a(cap + "/", "saint-genis-les-muriers.cap-collectif.com")
            + " permet de participer en ligne."))
             + m.t3_ce(202, "menu_subpages", "Les démarches", m.t3_menu_cards([
                 (ens + "/convention-citoyenne-pour-le-climat", "La convention citoyenne pour le climat", "36 habitants tirés au sort."),
                 (ens + "/consultation-mobilites", "Consultation mobilités", "Le questionnaire est ouvert."),
                 (ens + "/budget-participatif-des-jeunes", "Budget participatif des jeunes", "Les 11-17 ans ont la parole."),
                 (ens + "/comites-d-interet-local", "Comités d'intérêt local", "Un comité par secteur."),
                 (ens + "/vos-idees", "Vos idées", "Proposez une idée à la municipalité.")])),
             features={"participation_displayed"}),
        page(ens + "/convention-citoyenne-pour-le-climat", "La convention citoyenne pour le climat", m.t3_ce(211, "text", "", m.p(
            "Trente-six habitantes et habitants de 16 à 84 ans, tirés au sort puis volontaires, ont été réunis de novembre 2024 à février 2025 "
            "pour répondre à une question : « Comment Saint-Genis peut-elle s'adapter au changement climatique tout en réduisant ses émissions ? »",
            "Les membres de la convention ont entendu une vingtaine d'intervenants — climatologue, bailleurs, agriculteurs, pompiers — avant "
            "de rédiger 19 propositions. Elles sont désormais soumises à l'avis de tous sur la plateforme participative, avant la réponse du "
            "conseil municipal en juin.",
            m.a(cap + "/project/convention-citoyenne-climat/presentation/presentation", "La convention sur la plateforme"))),
             features={"participation_displayed"}, parent=("Ensemble à Saint-Genis", ens)),
        page(ens + "/consultation-mobilites", "Consultation mobilités : comment vous déplacez-vous ?", m.t3_ce(221, "text", "", m.p(
            "La commune prépare son plan de mobilité : zones apaisées autour des écoles, nouvelles pistes cyclables, stationnement, desserte "
            "des hameaux. Avant d'arrêter les choix, elle organise une consultation ouverte à toutes et à tous, jusqu'au 15 avril.",
            "Vous pouvez répondre au questionnaire ci-dessous ou sur " + m.a(cap + "/project/plan-de-mobilite/questionnaire/questionnaire-mobilite", "la plateforme participative")
            + ". Des exemplaires papier sont disponibles à l'accueil de la mairie."))
             + m.t3_ce(222, "html", "Le questionnaire", m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__hk2WlJURFE4RVhVTjBXRkpWMTdPQ0pQMlg4Ti4u",
                                                                 "Questionnaire mobilités Saint-Genis-les-Mûriers")),
             features={"participation_displayed", "poll"}, parent=("Ensemble à Saint-Genis", ens)),
        page(ens + "/budget-participatif-des-jeunes", "Le budget participatif des jeunes", m.t3_ce(231, "text", "", m.p(
            "Le budget participatif des jeunes confie 60 000 € aux 11-17 ans de la commune. En petits groupes, avec l'appui des animateurs de "
            "l'Espace jeunes et du collège Jean-Rostand, ils imaginent des projets, les déposent, puis votent pour leurs préférés.",
            "Dépôt des projets jusqu'au 31 mars, vote du 5 au 20 mai au collège, à l'Espace jeunes et en ligne.",
            m.a(cap + "/project/budget-participatif-jeunes-2025/collect/depot-des-projets", "Consulter les projets déposés"))),
             features={"participatory_budget"}, parent=("Ensemble à Saint-Genis", ens)),
        page(ens + "/comites-d-interet-local", "Les comités d'intérêt local", m.t3_ce(241, "text", "", m.p(
            "Héritiers d'une longue tradition lyonnaise, les cinq comités d'intérêt local (CIL) de Saint-Genis sont des associations "
            "d'habitants reconnues par la commune. Ils sont consultés sur les projets d'aménagement de leur secteur et rencontrent le maire "
            "deux fois par an.",
            "Chaque CIL tient une assemblée générale ouverte à tous les habitants du secteur. Coordonnées et dates sur simple demande en mairie.")),
             features={"participation_displayed"}, parent=("Ensemble à Saint-Genis", ens)),
        page(ens + "/vos-idees", "Vos idées pour Saint-Genis", m.t3_ce(251, "text", "", m.p(
            "Une idée pour votre quartier, pour la vie associative, pour l'environnement ? La municipalité vous invite à la proposer. Chaque "
            "idée reçoit une réponse, et les plus partagées sont présentées en réunion publique."))
             + m.t3_ce(252, "form_formframework", "Proposer une idée", m.t3_form("proposerUneIdee-252", ens + "/vos-idees", [
                 ("text-1", "text", "Nom", True), ("email-1", "email", "Courriel", True),
                 ("singleselect-1", "select", "Thème", True, ["Cadre de vie", "Mobilités", "Environnement", "Jeunesse", "Solidarités", "Autre"]),
                 ("textarea-1", "textarea", "Votre idée", True)], "Envoyer mon idée")),
             # an explicit call for ideas through a free-text form sent to the city: both codes
             features={"suggestion_call", "contact_form"}, parent=("Ensemble à Saint-Genis", ens)),
        page("/actualites", "Actualités", m.t3_ce(301, "news_pi1", "", m.t3_news_list(news))),
        page(news[0][0], news[0][1], m.t3_news_detail(news[0][2], m.p(
            "Pendant trois soirées de février, près de 180 habitants ont planché sur les déplacements du quotidien dans le cadre de la "
            "consultation mobilités. Cartes en main, ils ont repéré les carrefours dangereux, les trottoirs trop étroits et les itinéraires "
            "vélo qui manquent.",
            "Principaux enseignements : une forte demande de sécurisation des abords des écoles, une attente d'itinéraire cyclable continu "
            "vers la gare de Francheville et des inquiétudes sur le stationnement en centre-bourg.",
            "La consultation se poursuit en ligne jusqu'au 15 avril. Le plan de mobilité sera présenté en conseil municipal à l'automne, "
            "avec un document expliquant ce qui a été retenu des contributions."), "Ensemble à Saint-Genis"),
             # a news item entirely about the city's own consultation
             features={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page(news[1][0], news[1][1], m.t3_news_detail(news[1][2], m.p(
            "L'autorité organisatrice des mobilités du territoire lyonnais ouvre, du 10 mars au 25 avril, la concertation préalable sur le "
            "projet de ligne de tramway reliant Oullins à Saint-Genis. Elle est menée sous l'égide de garants désignés par la Commission "
            "nationale du débat public.",
            "Trois tracés sont soumis au public. Une réunion publique se tiendra le 2 avril à la salle des fêtes ; la contribution en ligne "
            "se fait sur le site dédié du maître d'ouvrage.",
            m.a("https://www.tram-ouest-lyonnais.fr/concertation", "Le site de la concertation") + " · Le projet sur X : "
            + m.a("https://x.com/TramOuestLyon", "@TramOuestLyon")), "Grands projets"),
             # a concertation préalable run by the transport authority, not the city's approach
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page(news[2][0], news[2][1], m.t3_news_detail(news[2][2], m.p(
            "Le conseil de la Métropole a voté fin janvier un budget de 4,1 milliards d'euros. À Saint-Genis, il finance la reprise de la "
            "route de Brignais, le renouvellement des canalisations d'eau potable du chemin des Mûriers et la rénovation thermique du collège.",
            "Le budget communal, distinct, a été adopté le 18 mars ; il est présenté sur " + m.a("/ma-mairie/budget", "la page budget") + "."), "Finances"),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page(news[3][0], news[3][1], m.t3_news_detail(news[3][2], m.p(
            "L'automne dernier, 612 usagers ont répondu à l'enquête de satisfaction de la médiathèque Louise-Labé. Merci à eux !",
            "92 % se disent satisfaits ou très satisfaits ; l'ouverture du samedi après-midi et le portage à domicile sont les services les "
            "plus appréciés. Les attentes portent sur l'élargissement des horaires en semaine et sur davantage de places de travail.",
            "L'enquête est close ; la synthèse complète est affichée à la médiathèque."), "Culture"),
             # results of a closed survey, no way to answer
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page(news[4][0], news[4][1], m.t3_news_detail(news[4][2], m.p(
            "Le Point information jeunesse organise son forum jobs d'été le samedi 29 mars, de 10 h à 16 h, à l'Espace jeunes. Animation, "
            "restauration, agriculture, grande distribution : une vingtaine d'employeurs seront présents.",
            "Pensez à apporter plusieurs exemplaires de votre CV."), "Jeunesse"),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/cadre-de-vie", "Cadre de vie", m.t3_ce(401, "menu_subpages", "", m.t3_menu_cards([
            ("/cadre-de-vie/enquete-publique-plu-h", "Enquête publique : modification du PLU-H", "Jusqu'au 18 avril."),
            ("/cadre-de-vie/signaler-un-probleme", "Signaler un problème", "Voirie, éclairage, propreté.")]))),
        page("/cadre-de-vie/enquete-publique-plu-h", "Enquête publique : modification du PLU-H", m.t3_ce(411, "text", "", m.p(
            "La Métropole de Lyon, compétente en matière de plan local d'urbanisme et de l'habitat, soumet à enquête publique la modification "
            "n° 4 du PLU-H du 17 mars au 18 avril 2025. La commission d'enquête a été désignée par le président du tribunal administratif.",
            "Le dossier est consultable en mairie et sur le registre dématérialisé de la Métropole. Un commissaire enquêteur tiendra une "
            "permanence à l'hôtel de ville le 3 avril de 14 h à 17 h.",
            m.a("https://www.registre-numerique.fr/modification-4-pluh", "Consulter le dossier et déposer une observation"))),
             # an enquête publique run by the Métropole and its commission: not the city's approach, not a poll
             decoys={"participation_displayed", "poll"}, parent=("Cadre de vie", "/cadre-de-vie")),
        page("/cadre-de-vie/signaler-un-probleme", "Signaler un problème", m.t3_ce(421, "text", "", m.p(
            "Nid-de-poule, lampadaire éteint, dépôt sauvage : signalez-le aux services techniques, qui vous répondront sous cinq jours ouvrés."))
             + m.t3_ce(422, "list", "Votre signalement", m.powermail(4, "/cadre-de-vie/signaler-un-probleme", "Votre signalement", [
                 ("nom", "text", "Nom", True), ("courriel", "email", "Courriel", True),
                 ("categorie", "select", "Catégorie", True, ["Voirie", "Éclairage public", "Propreté", "Espaces verts", "Autre"]),
                 ("lieu", "text", "Adresse ou lieu précis", True), ("description", "textarea", "Description", True),
                 ("photo", "file", "Photo", False)])),
             # a free-text report sent to the city's services
             features={"contact_form"}, parent=("Cadre de vie", "/cadre-de-vie")),
        page("/ma-mairie", "Ma mairie", m.t3_ce(501, "menu_subpages", "", m.t3_menu_cards([
            ("/ma-mairie/conseil-municipal", "Le conseil municipal", "Séances, délibérations."),
            ("/ma-mairie/budget", "Le budget", "Budget primitif et compte administratif."),
            ("/ma-mairie/lettre-d-information", "La lettre d'information", "Chaque mois dans votre boîte.")]))),
        page("/ma-mairie/conseil-municipal", "Le conseil municipal", m.t3_ce(511, "text", "", m.p(
            "Le conseil municipal de 35 membres se réunit environ huit fois par an. Les séances sont publiques.",
            "Ordre du jour de la séance du 15 avril : approbation du compte de gestion, subventions aux associations, tarifs de la "
            "restauration scolaire, dénomination de l'allée des Canuts.")),
             decoys={"participation_displayed"}, parent=("Ma mairie", "/ma-mairie")),
        page("/ma-mairie/budget", "Le budget communal", m.t3_ce(521, "text", "", m.p(
            "Budget primitif 2025 : 38,4 M€, dont 9,7 M€ d'investissement. Priorités : rénovation de l'école du Bourg, extension du gymnase, "
            "plan de végétalisation des cours d'école.",
            "Le compte administratif 2024 sera présenté au conseil municipal de juin.")),
             decoys={"participatory_budget"}, parent=("Ma mairie", "/ma-mairie")),
        page("/ma-mairie/lettre-d-information", "La lettre d'information", m.t3_ce(531, "text", "", m.p(
            "Recevez chaque mois la lettre d'information de la commune."))
             + m.t3_ce(532, "form_formframework", "", m.t3_form("newsletter-532", "/ma-mairie/lettre-d-information", [
                 ("email-1", "email", "Adresse électronique", True), ("checkbox-1", "radio", "Fréquence", True, ["Mensuelle", "Hebdomadaire"])],
                 "S'abonner")),
             decoys={"contact_form"}, parent=("Ma mairie", "/ma-mairie")),
        page("/contact", "Contact", m.t3_ce(601, "text", "", m.p(
            "Mairie de Saint-Genis-les-Mûriers, place de la République. Lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h."))
             + m.t3_ce(602, "list", "", m.powermail(1, "/contact", "Écrire à la mairie", [
                 ("nom", "text", "Nom", True), ("prenom", "text", "Prénom", False), ("courriel", "email", "Courriel", True),
                 ("objet", "text", "Objet", True), ("message", "textarea", "Message", True),
                 ("rgpd", "check", "J'accepte le traitement de mes données pour répondre à ma demande", True)])),
             features={"contact_form"}),
    ]
    site = Site("www.saint-genis-les-muriers.fr", "typo3", "Saint-Genis-les-Mûriers", pages,
                menu=[("Accueil", "/"), ("Ma mairie", "/ma-mairie"), ("Ensemble à Saint-Genis", ens), ("Cadre de vie", "/cadre-de-vie"),
                      ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=[social("facebook", "SaintGenisLesMuriers"), social("instagram", "saintgenislesmuriers"),
                          social("linkedin", "ville-de-saint-genis-les-muriers"),
                          social("mastodon", "villesaintgenis@piaille.fr", "https://piaille.fr/@villesaintgenis")],
                address="Hôtel de ville, place de la République, 69230 Saint-Genis-les-Mûriers")

    ccc = "/project/convention-citoyenne-climat"
    bpj = "/project/budget-participatif-jeunes-2025"
    mob = "/project/plan-de-mobilite"
    ccc_steps = [(ccc + "/presentation/presentation", "Présentation", "nov. 2024 - fév. 2025"),
                 (ccc + "/consultation/propositions-de-la-convention", "Avis sur les propositions", "1er mars - 30 avril 2025")]
    bpj_steps = [(bpj + "/collect/depot-des-projets", "Dépôt des projets", "15 janv. - 31 mars 2025"),
                 (bpj + "/selection/vote", "Vote", "5 - 20 mai 2025")]
    cap_pages = [
        page("/", "Ensemble à Saint-Genis", m.p(
            "La plateforme de participation citoyenne de Saint-Genis-les-Mûriers : consultations, questionnaires, budget participatif des "
            "jeunes. Inscrivez-vous pour contribuer.")
             + m.capco_proposals([], deposit=False).replace('<ul class="media-list proposal-preview-list"></ul>', "")
             + m.ul(m.a(ccc + "/presentation/presentation", "Convention citoyenne pour le climat"),
                    m.a(mob + "/questionnaire/questionnaire-mobilite", "Plan de mobilité : le questionnaire"),
                    m.a(bpj + "/collect/depot-des-projets", "Budget participatif des jeunes 2025"), m.a("/projects", "Tous les projets"), cls="project-list"),
             # the platform's home presents the city's participation programme
             features={"participation_displayed"}),
        page("/projects", "Tous les projets", m.ul(
            m.a(ccc + "/presentation/presentation", "Convention citoyenne pour le climat") + " — Consultation en cours",
            m.a(mob + "/questionnaire/questionnaire-mobilite", "Plan de mobilité") + " — Questionnaire ouvert",
            m.a(bpj + "/collect/depot-des-projets", "Budget participatif des jeunes 2025") + " — Dépôt des projets", cls="project-list")),
        page(ccc + "/presentation/presentation", "Convention citoyenne pour le climat", m.capco_project_header(
            "Convention citoyenne pour le climat", ccc_steps, "Présentation", [("participants", 412), ("contributions", 1088)])
             + m.p("Trente-six habitants tirés au sort ont formulé 19 propositions pour adapter Saint-Genis au changement climatique. "
                   "Donnez votre avis sur chacune d'entre elles : la municipalité s'engage à publier une réponse argumentée."),
             features={"participation_displayed"}),
        page(ccc + "/consultation/propositions-de-la-convention", "Avis sur les propositions", m.capco_project_header(
            "Convention citoyenne pour le climat", ccc_steps, "Avis sur les propositions", [("participants", 412), ("contributions", 1088)])
             + m.capco_opinions([
                 ("Planter 2 000 arbres d'ici 2030, en priorité dans les cours d'école et les parkings", "Convention citoyenne", 214, 31, 12, [
                     ("pour", "Élodie M.", "Les cours d'école sont des fournaises en juin, c'est urgent."),
                     ("contre", "Bernard", "Et l'entretien ? Il faudra des jardiniers en plus.")]),
                 ("Créer une régie agricole pour fournir la restauration scolaire", "Convention citoyenne", 158, 44, 29, [
                     ("pour", "Rachid", "Il reste des terres agricoles sur la commune, utilisons-les."),
                     ("mitige", "Claire V.", "Bonne idée mais le coût doit être précisé.")])]),
             # residents post arguments (comments) under each proposal
             features={"comments"}, parent=("Convention citoyenne pour le climat", ccc + "/presentation/presentation")),
        page(mob + "/questionnaire/questionnaire-mobilite", "Plan de mobilité : le questionnaire", m.p(
            "Comment vous déplacez-vous au quotidien ? Qu'est-ce qui vous ferait changer d'habitudes ? Ce questionnaire nourrit le futur "
            "plan de mobilité de la commune. Ouvert jusqu'au 15 avril.")
             + m.capco_questionnaire("q-mobilite-2025", [
                 ("Quel est votre principal mode de déplacement pour aller travailler ou étudier ?", "radio",
                  ["Voiture", "Transports en commun", "Vélo", "Marche", "Autre"]),
                 ("Quels aménagements vous inciteraient à utiliser davantage le vélo ?", "checkbox",
                  ["Pistes cyclables séparées", "Stationnement sécurisé", "Aide à l'achat", "Zones 30"]),
                 ("Un commentaire, une suggestion ?", "text", [])]),
             features={"poll"}),
        page(bpj + "/collect/depot-des-projets", "Budget participatif des jeunes : dépôt des projets", m.capco_project_header(
            "Budget participatif des jeunes 2025", bpj_steps, "Dépôt des projets", [("projets", 23), ("participants", 146)])
             + m.p("Tu as entre 11 et 17 ans ? Dépose ton idée de projet pour la commune avant le 31 mars !")
             + m.capco_proposals([
                 (bpj + "/collect/depot-des-projets/proposals/un-skatepark-au-parc-des-muriers", "Un skatepark au parc des Mûriers", "Lina et Noah", "Secteur Bourg", 64, 3),
                 (bpj + "/collect/depot-des-projets", "Des tables de ping-pong au parc de Beaunant", "Classe de 4e B", "Secteur Beaunant", 41, 0)]),
             # the deposit step is both the participatory budget and an explicit call for project ideas
             features={"participatory_budget", "suggestion_call"}),
        page(bpj + "/collect/depot-des-projets/proposals/un-skatepark-au-parc-des-muriers", "Un skatepark au parc des Mûriers", m.p(
            "Il n'y a aucun endroit pour faire du skate ou de la trottinette à Saint-Genis. Nous proposons un petit skatepark en béton à côté "
            "du terrain de basket du parc des Mûriers. Coût estimé : 55 000 €.")
             + m.capco_comments([("Maxime", "il y a 3 jours", "Trop bien, je vote direct !"),
                                 ("Mme Ferrand", "il y a 2 jours", "Attention au bruit pour les maisons de la rue des Lilas."),
                                 ("Lina", "il y a 1 jour", "On a prévu de le placer côté route, loin des maisons.")]),
             features={"participatory_budget", "comments"}, parent=("Dépôt des projets", bpj + "/collect/depot-des-projets")),
        page(bpj + "/selection/vote", "Budget participatif des jeunes : vote", m.capco_project_header(
            "Budget participatif des jeunes 2025", bpj_steps, "Vote", [("projets", 23), ("participants", 146)])
             + m.p("Le vote ouvrira le 5 mai. Chaque jeune de 11 à 17 ans pourra soutenir trois projets parmi ceux jugés réalisables.")
             + m.capco_proposals([(bpj + "/collect/depot-des-projets/proposals/un-skatepark-au-parc-des-muriers", "Un skatepark au parc des Mûriers",
                                   "Lina et Noah", "Secteur Bourg", 64, 3)], deposit=False),
             features={"participatory_budget"}),
    ]
    capsite = Site("saint-genis-les-muriers.cap-collectif.com", "capcollectif", "Ensemble à Saint-Genis", cap_pages,
                   menu=[("Accueil", "/"), ("Projets", "/projects"), ("Site de la commune", www + "/")],
                   features=PLATFORM, platforms=frozenset({"cap_collectif"}))
    return City("99533", "Saint-Genis-les-Mûriers", 41236, "69", ARA, ARA_NAME, www + "/", [site, capsite],
                decoy_accounts=("https://x.com/tramouestlyon",))


# ==================================================================== 99534 Fontvalès-les-Pins (13)

def fontvales() -> City:
    """Joomla 4 (com_content blog, com_contact, RSForm!Pro, AcyMailing, a Tally embed): comités d'intérêt
    de quartier, assises, a registre of petitions on the city's site; "Parlons-en" on Fluicity."""
    www, flu = "http://www.fontvales-les-pins.fr", "http://fontvales.flui.city"
    part = "/participer"
    reg = part + "/registre-des-petitions"
    news = [
        ("/actualites/assises-la-restitution", "Assises de Fontvalès : la restitution", ("2025-03-19", "19 mars 2025"),
         "Les douze chantiers issus des assises présentés aux habitants. Et vous, qu'en pensez-vous ?"),
        ("/actualites/enquete-publique-carriere-des-baumes", "Carrière des Baumes : enquête publique", ("2025-03-05", "05 mars 2025"),
         "Le préfet soumet à enquête publique la demande d'extension de la carrière."),
        ("/actualites/budget-metropole-aix-marseille", "La Métropole vote son budget", ("2025-02-25", "25 février 2025"),
         "Transports, eau, déchets : les grandes lignes du budget métropolitain 2025."),
        ("/actualites/concours-photo-fontvales-en-images", "Concours photo « Fontvalès en images »", ("2025-02-12", "12 février 2025"),
         "Amateurs de photographie, à vos objectifs ! Thème 2025 : la pinède."),
        ("/actualites/ligne-ter-mobilisation", "Ligne TER : la mobilisation continue", ("2025-01-30", "30 janvier 2025"),
         "Le conseil municipal soutient le maintien des arrêts en gare de Fontvalès."),
    ]
    reg_pages = [
        (reg + "/ombrieres-ecole-jean-moulin", "Des ombrières dans la cour de l'école Jean-Moulin", 1187, "En cours"),
    ]
    pages = [
        page("/", "Accueil",
             '<div class="moduletable"><h2>Bienvenue à Fontvalès-les-Pins</h2>' + m.p(
                 "Entre Étoile et Huveaune, 46 000 habitants et une ville qui se construit avec ses quartiers.") + "</div>"
             + '<div class="moduletable acces-directs"><h3>Accès directs</h3>' + m.ul(
                 m.a(part, "Participer"), m.a("/mairie", "Votre mairie"), m.a("/mairie/nous-contacter", "Nous contacter"),
                 m.a("/mairie/lettre-d-information", "Lettre d'information"), m.a("/mairie/offres-d-emploi", "Offres d'emploi")) + "</div>"
             + m.joomla_blog(news[:3]) + m.p(m.a("/actualites", "Toutes les actualités"))),
        page(part, "Participer", m.p(
            "À Fontvalès-les-Pins, la démocratie locale ne s'arrête pas aux élections. La ville a construit, avec les comités d'intérêt de "
            "quartier, un ensemble de rendez-vous pour que chacun puisse s'informer, donner son avis et agir.",
            "Quatre outils : les comités d'intérêt de quartier, interlocuteurs historiques de la mairie ; les assises de la ville, grand "
            "débat organisé tous les trois ans ; le registre des pétitions, qui permet d'inscrire une question à l'ordre du jour du conseil "
            "municipal ; et l'application « Parlons-en », pour participer depuis son téléphone.")
             + m.ul(m.a(part + "/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier"), m.a(part + "/assises-de-fontvales", "Les assises de Fontvalès"),
                    m.a(reg, "Le registre des pétitions"), m.a(part + "/parlons-en", "L'application Parlons-en")),
             features={"participation_displayed"}),
        page(part + "/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier", m.p(
            "Comme à Marseille, les comités d'intérêt de quartier (CIQ) sont des associations d'habitants bénévoles. Fontvalès en compte neuf, "
            "du Vieux-Village aux Pins-Hauts. La ville les réunit chaque trimestre en « conférence des CIQ » avec le maire et les adjoints.",
            "Les CIQ relaient les demandes des habitants, participent aux commissions de circulation et sont associés à chaque projet "
            "d'aménagement de leur quartier. Vous voulez vous investir ? Rapprochez-vous du CIQ de votre secteur.")
             + m.ul("CIQ du Vieux-Village", "CIQ des Pins-Hauts", "CIQ de la Gare", "CIQ des Baumes", "CIQ de Saint-Roch"),
             features={"participation_displayed"}, parent=("Participer", part)),
        page(part + "/assises-de-fontvales", "Les assises de Fontvalès", m.p(
            "Tous les trois ans, les assises de Fontvalès invitent chacun à débattre de l'avenir de la commune. L'édition 2024-2025 a réuni "
            "plus de 1 300 participants autour de cinq thèmes : se déplacer, se loger, vivre avec la chaleur, grandir à Fontvalès, vieillir à Fontvalès.",
            "Réunions de quartier, ateliers dans les écoles, stands au marché, contributions en ligne sur l'application Parlons-en : toutes "
            "les contributions ont été analysées par un cabinet indépendant. La restitution a eu lieu le 15 mars.",
            m.a("/actualites/assises-la-restitution", "Lire la restitution") + " · " + m.a(flu + "/projects/assises-de-fontvales", "Les assises sur Parlons-en")),
             features={"participation_displayed"}, parent=("Participer", part)),
        page(part + "/parlons-en", "Parlons-en, l'application citoyenne", m.p(
            "Avec Parlons-en, la ville vous consulte directement : sondages, boîte à idées, suivi des projets. L'application est gratuite, "
            "sur iPhone et Android, et accessible depuis un ordinateur.",
            "Depuis son lancement, 6 800 habitants s'y sont inscrits et plus de 900 idées ont été proposées. Chaque idée qui recueille 150 "
            "soutiens reçoit une réponse écrite de l'élu concerné.",
            m.a(flu + "/", "Accéder à Parlons-en sur le web")),
             features={"participation_displayed"}, parent=("Participer", part)),
        page(reg, "Le registre des pétitions", m.p(
            "Depuis janvier 2024, le règlement intérieur du conseil municipal reconnaît un droit d'interpellation citoyen. Toute personne de "
            "plus de 16 ans habitant la commune peut déposer une pétition sur une question relevant des compétences de la ville.",
            "Une pétition qui recueille 1 000 signatures en six mois est inscrite à l'ordre du jour du conseil municipal suivant, où ses "
            "auteurs peuvent la présenter.")
             + '<table class="table table-striped"><thead><tr><th>Pétition</th><th>Signatures</th><th>Statut</th></tr></thead><tbody>'
             + "".join(f'<tr><td>{m.a(href, title)}</td><td>{n}</td><td>{status}</td></tr>' for href, title, n, status in reg_pages)
             + '<tr><td>Rétablir la navette du marché le samedi</td><td>1 042</td><td>Examinée en conseil le 12 décembre 2024</td></tr></tbody></table>'
             + m.p(m.a(reg + "/deposer-une-petition", "Déposer une pétition", class_="btn btn-primary")),
             features={"petition", "participation_displayed"}, parent=("Participer", part)),
        page(reg + "/deposer-une-petition", "Déposer une pétition", m.p(
            "Votre pétition sera publiée après vérification de sa recevabilité (compétence communale, respect de la loi, absence de propos "
            "injurieux), sous dix jours ouvrés.")
             + m.rsform(7, reg + "/deposer-une-petition", [
                 ("Titre", "text", "Titre de la pétition", True), ("Texte", "textarea", "Texte de la pétition", True),
                 ("Nom", "text", "Nom et prénom", True), ("Email", "email", "Adresse e-mail", True),
                 ("Quartier", "select", "Quartier", True, ["Vieux-Village", "Pins-Hauts", "Gare", "Baumes", "Saint-Roch", "Autre"]),
                 ("Engagement", "checkbox", "Engagement", True, ["Je certifie habiter Fontvalès-les-Pins et avoir plus de 16 ans"])], "Déposer"),
             # the form starts a petition for publication on the registre: not a message to the city
             features={"petition"}, decoys={"contact_form"}, parent=("Le registre des pétitions", reg)),
        page(reg_pages[0][0], reg_pages[0][1], m.p(
            "<em>Déposée le 8 janvier 2025 par l'association des parents d'élèves Jean-Moulin — 1 187 signatures, clôture le 8 juillet 2025.</em>",
            "En juin et septembre, la cour de l'école Jean-Moulin dépasse régulièrement 40 °C. Nous demandons l'installation d'ombrières et "
            "la plantation d'arbres avant l'été 2026.")
             + m.rsform(8, reg_pages[0][0], [
                 ("Nom", "text", "Nom", True), ("Prenom", "text", "Prénom", True), ("Email", "email", "Adresse e-mail", True),
                 ("Signature", "checkbox", "Signature", True, ["Je signe cette pétition et certifie habiter Fontvalès-les-Pins"])], "Signer la pétition"),
             # signing form without a message field
             features={"petition"}, decoys={"contact_form"}, parent=("Le registre des pétitions", reg)),
        page("/actualites", "Actualités", m.joomla_blog(news)),
        page(news[0][0], news[0][1], m.p(
            "Le 15 mars, plus de 400 personnes ont assisté à la salle Frédéric-Mistral à la restitution des assises de Fontvalès. Le cabinet "
            "chargé de l'analyse a présenté les grandes tendances des 4 200 contributions recueillies.",
            "Douze chantiers en sont issus, parmi lesquels un plan « fraîcheur » pour les écoles, une navette vers la gare, un guichet unique "
            "pour les seniors et un conseil de la jeunesse. Chacun sera piloté par un élu et suivi par un comité d'habitants.",
            "Avant de les hiérarchiser, la municipalité vous demande votre avis : quels chantiers engager en premier ?")
             + m.tally("wMe8Zq", "Assises : vos priorités"),
             # a news item about the city's own assises, with an open questionnaire
             features={"participation_displayed", "poll"}, parent=("Actualités", "/actualites")),
        page(news[1][0], news[1][1], m.p(
            "Par arrêté préfectoral, une enquête publique est ouverte du 10 mars au 11 avril 2025 sur la demande d'autorisation "
            "environnementale présentée par la société exploitant la carrière des Baumes, qui souhaite étendre son périmètre de 12 hectares.",
            "Le commissaire enquêteur recevra le public en mairie les 14 et 28 mars et le 11 avril. Les observations peuvent aussi être "
            "déposées sur le registre dématérialisé de la préfecture des Bouches-du-Rhône.",
            "Le conseil municipal, appelé à donner son avis, s'est prononcé contre le projet."),
             # an enquête publique held by the State: neither the city's approach nor a poll
             decoys={"participation_displayed", "poll"}, parent=("Actualités", "/actualites")),
        page(news[2][0], news[2][1], m.p(
            "Le conseil de la Métropole Aix-Marseille-Provence a adopté son budget 2025. Pour Fontvalès, il prévoit la poursuite du "
            "renouvellement du réseau d'eau, deux nouveaux bus à haut niveau de service et la modernisation de la déchèterie.",
            "Le budget de la commune est présenté sur " + m.a("/mairie/budget", "la page dédiée") + "."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page(news[3][0], news[3][1], m.p(
            "La ville lance la 7e édition de son concours photo « Fontvalès en images », ouvert à tous les photographes amateurs. Thème 2025 : "
            "« La pinède ». Trois photos maximum par participant, à envoyer avant le 30 avril.",
            "Les vingt meilleures images seront exposées cet été sur les grilles du parc de la Mairie. Le club photo partenaire publie les "
            "coulisses du concours sur " + m.a("https://www.instagram.com/photoclub_fontvales/", "son compte Instagram") + ".",
            "Règlement et bulletin de participation à l'accueil de la mairie."),
             # a contest: an "appel à participation" that is not a call for ideas
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page(news[4][0], news[4][1], m.p(
            "Le conseil municipal a adopté à l'unanimité un vœu pour le maintien des arrêts en gare de Fontvalès dans la future grille "
            "horaire régionale.",
            "Un collectif d'usagers a lancé une pétition sur une plateforme nationale : "
            + m.a("https://www.mesopinions.com/petition/politique/maintien-arrets-ter-vallee-huveaune/231877", "mesopinions.com") + "."),
             # a petition on a national site, not on a city-run space
             decoys={"petition"}, parent=("Actualités", "/actualites")),
        page("/mairie", "Votre mairie", m.p("Horaires, élus, budget, emploi : tout sur votre mairie.") + m.ul(
            m.a("/mairie/conseil-municipal", "Le conseil municipal"), m.a("/mairie/budget", "Le budget"),
            m.a("/mairie/offres-d-emploi", "Offres d'emploi"), m.a("/mairie/nous-contacter", "Nous contacter"),
            m.a("/mairie/lettre-d-information", "Lettre d'information"))),
        page("/mairie/nous-contacter", "Nous contacter", m.p(
            "Hôtel de ville — cours Frédéric-Mistral. Accueil du lundi au vendredi, 8 h 30 - 16 h 30.") + m.joomla_contact("1:mairie", "/mairie/nous-contacter"),
             features={"contact_form"}, parent=("Votre mairie", "/mairie")),
        page("/mairie/lettre-d-information", "Lettre d'information", m.acymailing(94),
             decoys={"contact_form"}, parent=("Votre mairie", "/mairie")),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.p(
            "39 conseillers municipaux, élus en 2020. Séances publiques à l'hôtel de ville, retransmises en direct.",
            "Conseil du 10 avril : compte administratif 2024, subventions aux CIQ, avis sur l'extension de la carrière des Baumes."),
             decoys={"participation_displayed"}, parent=("Votre mairie", "/mairie")),
        page("/mairie/budget", "Le budget", m.p(
            "Budget primitif 2025 : 61,2 M€. Investissements prioritaires : la rénovation de l'école Jean-Moulin, la nouvelle médiathèque "
            "et la voirie du chemin des Baumes."),
             decoys={"participatory_budget"}, parent=("Votre mairie", "/mairie")),
        page("/mairie/offres-d-emploi", "Offres d'emploi", m.p(
            "Appel à candidatures : la ville recrute un(e) responsable de la démocratie de proximité, deux agents de propreté urbaine et un(e) "
            "éducateur(trice) de jeunes enfants. Candidatures (CV et lettre) à adresser à la direction des ressources humaines avant le 15 avril."),
             decoys={"suggestion_call"}, parent=("Votre mairie", "/mairie")),
    ]
    site = Site("www.fontvales-les-pins.fr", "joomla", "Ville de Fontvalès-les-Pins", pages,
                menu=[("Accueil", "/"), ("Votre mairie", "/mairie"), ("Participer", part), ("Actualités", "/actualites"),
                      ("Contact", "/mairie/nous-contacter")],
                accounts=[social("facebook", "fontvaleslespins"), social("instagram", "fontvales_les_pins"),
                          social("x", "FontvalesPins", "https://x.com/FontvalesPins"),
                          social("youtube", "VilleDeFontvales", "https://www.youtube.com/@VilleDeFontvales")],
                address="Hôtel de ville, cours Frédéric-Mistral, 13320 Fontvalès-les-Pins")

    flu_pages = [
        page("/", "Parlons-en", m.p("Bienvenue sur Parlons-en, l'espace de participation de Fontvalès-les-Pins.")
             + '<section class="Feed">'
             + '<article class="Card Card--project">' + m.a("/projects/assises-de-fontvales", "Les assises de Fontvalès") + "<p>Projet · 1 312 participants</p></article>"
             + '<article class="Card Card--survey">' + m.a("/surveys/mobilites-douces", "Sondage : les mobilités douces") + "<p>Sondage · se termine dans 12 jours</p></article>"
             + '<article class="Card Card--idea">' + m.a("/ideas/plus-d-ombre-dans-les-cours-d-ecole", "Plus d'ombre dans les cours d'école") + "<p>Idée · 214 soutiens</p></article>"
             + "</section>" + m.p(m.a("/ideas", "Toutes les idées"))),
        page("/projects/assises-de-fontvales", "Les assises de Fontvalès", '<div class="Project">' + m.p(
            "Les assises de Fontvalès sont la grande concertation de la ville : cinq thèmes, des réunions dans tous les quartiers et vos "
            "contributions en ligne. Suivez ici chaque étape, de la collecte des avis à la mise en œuvre des douze chantiers.")
             + '<ol class="Project-steps"><li class="is-done">Collecte des contributions</li><li class="is-done">Analyse</li>'
               '<li class="is-current">Restitution et priorisation</li><li>Mise en œuvre</li></ol></div>',
             features={"participation_displayed"}),
        page("/surveys/mobilites-douces", "Sondage : les mobilités douces", '<div class="Survey">' + m.p(
            "Marcher, pédaler, prendre la navette : comment rendre ces trajets plus faciles à Fontvalès ?")
             + '<form class="Survey-form" method="post" action="/api/surveys/mobilites-douces/answers">'
               '<fieldset class="Survey-question"><legend>Combien de fois par semaine vous déplacez-vous à pied ou à vélo dans la commune ?</legend>'
               '<label><input type="radio" name="q1" value="0"> Jamais</label><label><input type="radio" name="q1" value="1-2"> Une à deux fois</label>'
               '<label><input type="radio" name="q1" value="3+"> Trois fois ou plus</label></fieldset>'
               '<fieldset class="Survey-question"><legend>Qu\'est-ce qui vous en empêche le plus ?</legend>'
               '<label><input type="checkbox" name="q2" value="chaleur"> La chaleur</label><label><input type="checkbox" name="q2" value="pentes"> Les pentes</label>'
               '<label><input type="checkbox" name="q2" value="securite"> Le manque de sécurité</label></fieldset>'
               '<button type="submit" class="Button Button--primary">Envoyer mes réponses</button></form></div>',
             features={"poll"}),
        page("/ideas", "La boîte à idées", m.p(
            "Proposez vos idées pour Fontvalès ! Chaque idée qui réunit 150 soutiens reçoit une réponse de la municipalité.")
             + '<a class="Button Button--primary" href="/login">Proposer une idée</a>'
             + '<ul class="IdeaList"><li class="IdeaCard">' + m.a("/ideas/plus-d-ombre-dans-les-cours-d-ecole", "Plus d'ombre dans les cours d'école")
             + ' <span class="IdeaCard-supports">214 soutiens</span></li><li class="IdeaCard">Un marché nocturne l\'été <span class="IdeaCard-supports">87 soutiens</span></li></ul>',
             features={"suggestion_call"}),
        page("/ideas/plus-d-ombre-dans-les-cours-d-ecole", "Plus d'ombre dans les cours d'école", '<div class="Idea">' + m.p(
            "Proposée par Sandrine G. — Il fait trop chaud dans les cours dès le mois de mai. Des voiles d'ombrage et des arbres, vite !")
             + '<p class="Idea-status">Réponse de la mairie : à l\'étude dans le cadre du plan fraîcheur</p>'
             + '<section class="Comments"><h2>Commentaires (3)</h2><ul>'
               '<li class="Comment"><span class="Comment-author">Patrick</span><p>Entièrement d\'accord, ma fille rentre épuisée.</p></li>'
               '<li class="Comment"><span class="Comment-author">Nadège</span><p>Il y a aussi une pétition sur le registre de la mairie pour Jean-Moulin.</p></li>'
               '<li class="Comment"><span class="Comment-author">Élu référent</span><p>Merci, un premier chiffrage sera présenté en juin.</p></li></ul>'
               '<form class="Comment-form" action="/login" method="get"><textarea name="comment" placeholder="Ajouter un commentaire"></textarea>'
               '<button type="submit" class="Button">Commenter</button></form></section></div>',
             features={"comments"}, parent=("La boîte à idées", "/ideas")),
    ]
    flusite = Site("fontvales.flui.city", "pinedes_fluicity", "Parlons-en · Fontvalès-les-Pins", flu_pages,
                   menu=[("Fil", "/"), ("Idées", "/ideas"), ("Projets", "/projects/assises-de-fontvales"), ("Site de la ville", www + "/")],
                   features=PLATFORM, platforms=frozenset({"fluicity"}))
    return City("99534", "Fontvalès-les-Pins", 46318, "13", PACA, PACA_NAME, www + "/", [site, flusite],
                decoy_accounts=("https://www.instagram.com/photoclub_fontvales",))



# ==================================================================== 99535 Villebrenne-sur-Orge (91)

def villebrenne() -> City:
    """A vendor CMS (page rating at the foot of pages, Brevo newsletter) with Publik e-services (contact,
    idea box, reports, bookings); "Parlons-en !" on Go Vocal: climate plan survey, ideas, a budget of the collégiens."""
    www, dem, gv = "http://www.villebrenne-sur-orge.fr", "http://demarches.villebrenne-sur-orge.fr", "http://villebrenne.govocal.com"
    pe = "/parlons-en"
    news = [
        ("/actualites/concertation-coeur-de-ville-le-bilan", "Cœur de ville : le bilan de la concertation", "Concertation", ("2025-03-20", "20 mars 2025"),
         "Ce que vous avez dit, ce que la ville retient, ce qui reste à trancher."),
        ("/actualites/forum-de-l-emploi", "Forum de l'emploi : 50 employeurs au rendez-vous", "Emploi", ("2025-03-11", "11 mars 2025"),
         "Le 3 avril au gymnase Colette-Besson, de 9 h à 17 h."),
        ("/actualites/budget-2025-adopte", "Le budget 2025 est adopté", "Finances", ("2025-02-28", "28 février 2025"),
         "Sans hausse des taux d'imposition, un budget tourné vers les écoles et la rénovation énergétique."),
        ("/actualites/enquete-publique-deviation", "Déviation de la RD 446 : enquête publique", "Travaux", ("2025-02-17", "17 février 2025"),
         "Le Département soumet le projet de déviation à enquête publique du 3 au 31 mars."),
        ("/actualites/demarches-en-ligne-un-compte-unique", "Démarches en ligne : un seul compte pour toutes vos démarches", "Services en ligne",
         ("2025-02-05", "5 février 2025"), "Rendez-vous, inscriptions, signalements : l'espace citoyen fait peau neuve et s'ouvre à FranceConnect."),
    ]
    pages = [
        page("/", "Accueil", m.v_tiles([(dem + "/", "Démarches en ligne"), (pe, "Parlons-en !"), ("/actualites", "Actualités"),
                                        ("/au-quotidien", "Au quotidien"), ("/mairie", "La mairie"), ("/mairie/contact", "Contact")])
             + m.v_section("À la une", m.v_cards(news[:3]), "news")
             + m.v_section("Parlons-en !", m.p("Budget participatif des collégiens, plan climat, cœur de ville : la ville vous consulte. "
                                                + m.a(gv + "/", "Rejoignez la plateforme Parlons-en !")), "participation")),
        page(pe, "Parlons-en !", m.p(
            "« Parlons-en ! » est le nom de la démarche de participation citoyenne de Villebrenne-sur-Orge. Elle repose sur une idée simple : "
            "les décisions sont meilleures quand celles et ceux qui vont les vivre ont pu s'exprimer avant.",
            "Elle comprend des instances permanentes — conseils de quartier, conseil municipal des jeunes — et des concertations sur les "
            "projets : cœur de ville, plan climat, budget participatif des collégiens. En ligne, tout se passe sur la plateforme "
            + m.a(gv + "/", "villebrenne.govocal.com") + ".")
             + m.v_section("Les dispositifs", m.ul(
                 m.a(pe + "/conseils-de-quartier", "Les conseils de quartier"), m.a(pe + "/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"),
                 m.a(pe + "/budget-participatif-des-collegiens", "Le budget participatif des collégiens"), m.a(pe + "/plan-climat", "Le plan climat"))),
             features={"participation_displayed"}),
        page(pe + "/budget-participatif-des-collegiens", "Le budget participatif des collégiens", m.p(
            "Chaque année, la ville confie 40 000 € aux élèves des collèges Paul-Éluard et Les Prés-Saint-Martin. Pendant le premier "
            "trimestre, les délégués recueillent les idées de leurs camarades ; les services vérifient leur faisabilité ; tous les élèves "
            "votent en mai, dans l'isoloir du collège ou sur la plateforme.",
            "En 2024, les collégiens ont choisi des bancs connectés à énergie solaire et un mur d'escalade au gymnase.")
             + m.v_steps([("Janvier - mars", "Les élèves proposent"), ("Avril", "Étude par les services"), ("Mai", "Vote des collégiens"), ("Année scolaire suivante", "Réalisation")])
             + m.p(m.a(gv + "/fr-FR/projects/budget-participatif-des-collegiens-2025", "Voir les projets 2025")) + m.v_useful(3105),
             # the page rating at the foot is not a survey
             features={"participatory_budget"}, decoys={"poll"}, parent=("Parlons-en !", pe)),
        page(pe + "/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Cinq conseils de quartier, composés d'habitants volontaires et d'habitants tirés au sort, se réunissent trois fois par an avec "
            "l'élu de quartier. Ils sont consultés sur les aménagements de proximité et disposent d'un budget d'initiative de 15 000 €.",
            "Les réunions sont publiques : consultez l'agenda pour connaître la prochaine date dans votre quartier.")
             + m.v_infos(("Contact", "Service démocratie locale — 01 69 00 00 00"), ("Lieu", "Maison des associations, 12 rue de l'Orge")),
             features={"participation_displayed"}, parent=("Parlons-en !", pe)),
        page(pe + "/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.p(
            "Élus pour deux ans par leurs camarades de CM2 et de 6e, les 33 conseillers municipaux jeunes travaillent en commissions sur "
            "l'environnement, la solidarité et les loisirs. Ils présentent leurs projets au conseil municipal une fois par an.",
            "Cette année, le CMJ a lancé une collecte de jouets au profit des Restos du cœur et prépare une journée « ville propre »."),
             features={"participation_displayed"}, parent=("Parlons-en !", pe)),
        page(pe + "/plan-climat", "Plan climat : la ville vous consulte", m.p(
            "Villebrenne-sur-Orge élabore son premier plan climat communal. Îlots de fraîcheur, rénovation des écoles, éclairage public, "
            "mobilités : la municipalité veut construire ce plan avec les habitants.",
            "Jusqu'au 30 avril, répondez au questionnaire en ligne et déposez vos propositions sur la plateforme. Deux ateliers publics se "
            "tiendront à la médiathèque les 9 et 16 avril.",
            m.a(gv + "/fr-FR/projects/plan-climat-local", "Participer sur la plateforme")),
             features={"participation_displayed"}, parent=("Parlons-en !", pe)),
        page("/actualites", "Actualités", m.v_cards(news)),
        page(news[0][0], news[0][1], m.p(
            "D'octobre à février, plus de 1 100 Villebrennois ont pris part à la concertation sur le réaménagement du cœur de ville : "
            "réunions publiques, balades commentées, stand au marché et contributions en ligne.",
            "Trois attentes dominent : davantage d'ombre et de végétation sur la place de l'Église, un partage plus équilibré de la rue de "
            "Paris entre voitures, vélos et piétons, et le maintien d'un stationnement de courte durée pour les commerces.",
            "La ville a publié un document de synthèse qui indique, pour chaque proposition, si elle est retenue, à l'étude ou écartée, et "
            "pourquoi. Le projet définitif sera présenté en réunion publique le 22 mai.") + m.v_useful(4207),
             # a news item entirely about the city's concertation; the page rating is not a survey
             features={"participation_displayed"}, decoys={"poll"}, parent=("Actualités", "/actualites")),
        page(news[1][0], news[1][1], m.p(
            "En partenariat avec France Travail et la mission locale, la ville organise son forum de l'emploi le jeudi 3 avril. Cinquante "
            "employeurs du nord-Essonne, plus de 400 offres, un espace alternance et des conseils pour les candidatures.",
            "Accès libre. Navette gratuite depuis la gare toutes les 20 minutes.") + m.v_useful(4198),
             decoys={"forum", "poll"}, parent=("Actualités", "/actualites")),
        page(news[2][0], news[2][1], m.p(
            "Le conseil municipal du 25 février a adopté le budget primitif 2025 : 71,4 M€, dont 18,2 M€ d'investissement. Les taux "
            "d'imposition ne changent pas.",
            "Parmi les investissements : la rénovation du groupe scolaire Jules-Ferry, la modernisation de l'éclairage public en LED et "
            "l'aménagement de la coulée verte de l'Orge.") + m.v_useful(4180),
             decoys={"participatory_budget", "poll"}, parent=("Actualités", "/actualites")),
        page(news[3][0], news[3][1], m.p(
            "Le conseil départemental soumet à enquête publique le projet de déviation de la RD 446, du 3 au 31 mars. Le dossier est "
            "consultable en mairie et sur le site de la préfecture ; le commissaire enquêteur tiendra trois permanences en mairie.",
            "Chacun peut consigner ses observations sur le registre papier ou les adresser par courriel au commissaire enquêteur.")
             + m.p(m.a("https://www.essonne.gouv.fr/Publications/Enquetes-publiques", "Les enquêtes publiques en Essonne")) + m.v_useful(4166),
             decoys={"participation_displayed", "poll"}, parent=("Actualités", "/actualites")),
        page(news[4][0], news[4][1], m.p(
            "Depuis le 3 février, le portail des démarches en ligne de la ville fait peau neuve. Un compte unique, l'espace citoyen, "
            "donne désormais accès à l'ensemble des démarches : rendez-vous pour un passeport ou une carte d'identité, inscriptions "
            "aux balades urbaines, signalements sur l'espace public, questions aux services.",
            "Vous pouvez créer votre compte avec une simple adresse électronique ou vous connecter avec FranceConnect. Un tableau de "
            "bord indique où en sont vos demandes et vous êtes averti par courriel à chaque étape de leur traitement. Les anciens "
            "identifiants restent valables jusqu'au 31 mars.",
            "À noter : ce compte est distinct de celui de Parlons-en !, la plateforme de participation de la ville, hébergée par "
            "Go Vocal. Si vous participez aux consultations sur " + m.a(gv + "/", "villebrenne.govocal.com") + ", rien ne change pour vous.",
            "Besoin d'un coup de main ? Les agents de l'accueil de l'hôtel de ville et la conseillère numérique de la médiathèque vous "
            "accompagnent, sans rendez-vous, le mercredi après-midi et le samedi matin.")
             + m.p(m.a(dem + "/", "Accéder au portail des démarches en ligne")) + m.v_useful(4152),
             # a news item on the e-services portal that names the city's platform (and its software) in passing: not the
             # platform, nor a presentation of the participatory approach; the page rating is not a survey
             decoys={"participatory_platform", "participation_displayed", "poll"}, parent=("Actualités", "/actualites")),
        page("/au-quotidien", "Au quotidien", m.ul(m.a("/au-quotidien/proprete", "Propreté"), m.a("/au-quotidien/lettre-d-information", "Lettre d'information"),
                                                    m.a(dem + "/signalement/", "Signaler un problème"))),
        page("/au-quotidien/proprete", "Propreté urbaine", m.p(
            "Les agents de la propreté interviennent sept jours sur sept. Collecte des encombrants sur rendez-vous, le deuxième mardi du mois.",
            "Un dépôt sauvage, un tag ? " + m.a(dem + "/signalement/", "Signalez-le en ligne") + ".") + m.v_useful(2210),
             decoys={"poll"}, parent=("Au quotidien", "/au-quotidien")),
        page("/au-quotidien/lettre-d-information", "Lettre d'information", m.p("Recevez chaque semaine l'actualité de Villebrenne.") + m.brevo(
            "MUIFAHk3xQ2vN8cT1pR7sLg9bWqZ0yE5aKdJfH6uOiY4mC"), decoys={"contact_form"}, parent=("Au quotidien", "/au-quotidien")),
        page("/mairie", "La mairie", m.ul(m.a("/mairie/conseil-municipal", "Le conseil municipal"), m.a("/mairie/contact", "Contacter la mairie"))),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal compte 39 élus. Prochaine séance le 10 avril à 20 h, salle du conseil : compte administratif, tarifs "
            "périscolaires, convention avec la caisse d'allocations familiales."),
             decoys={"participation_displayed"}, parent=("La mairie", "/mairie")),
        page("/mairie/contact", "Contacter la mairie", m.p(
            "Hôtel de ville, 1 place du Général-de-Gaulle. Lundi au vendredi 8 h 30 - 12 h / 13 h 30 - 17 h 30, samedi 9 h - 12 h.",
            "Par courriel : " + m.a("mailto:contact@villebrenne-sur-orge.fr", "contact@villebrenne-sur-orge.fr"),
            "Pour une question précise, utilisez de préférence " + m.a(dem + "/contact/", "le formulaire de contact en ligne") + "."),
             # a bare mailto link and a link to the form: no form on this page
             decoys={"contact_form"}, parent=("La mairie", "/mairie")),
    ]
    site = Site("www.villebrenne-sur-orge.fr", "vendor", "Ville de Villebrenne-sur-Orge", pages,
                menu=[("Accueil", "/"), ("La mairie", "/mairie"), ("Parlons-en !", pe), ("Au quotidien", "/au-quotidien"),
                      ("Actualités", "/actualites"), ("Démarches", dem + "/")],
                accounts=[social("facebook", "villebrenne"), social("instagram", "villebrenne91"),
                          social("linkedin", "ville-de-villebrenne-sur-orge"),
                          social("youtube", "VillebrenneSurOrge", "https://www.youtube.com/@villebrennesurorge")],
                address="1 place du Général-de-Gaulle, 91170 Villebrenne-sur-Orge")

    dem_pages = [
        page("/", "Mes démarches", m.combo_text(m.p("Bienvenue sur le portail des démarches en ligne de Villebrenne-sur-Orge."))
             + m.combo_links("Contacter la ville", [("/contact/", "Écrire à la mairie", "Une question, une réclamation"),
                                                    ("/signalement/", "Signaler un problème sur l'espace public", "Voirie, éclairage, propreté"),
                                                    ("/boite-a-idees/", "Boîte à idées", "Proposer une idée pour la ville")])
             + m.combo_links("Rendez-vous et inscriptions", [("/rendez-vous-etat-civil/", "Prendre rendez-vous : passeport, carte d'identité", ""),
                                                             ("/inscription-balade-urbaine/", "S'inscrire à une balade urbaine", "Cœur de ville")])
             + m.combo_links("Retour au site", [(www + "/", "Site de la ville", "")])),
        page("/contact/", "Écrire à la mairie", m.wcs_form("contact", "Écrire à la mairie", [
            (1, "StringWidget", "Nom", True), (2, "StringWidget", "Prénom", True), (3, "EmailWidget", "Courriel", True),
            (4, "SingleSelectWidget", "Service", True, ["Accueil", "État civil", "Scolaire", "Urbanisme", "Services techniques", "Autre"]),
            (5, "TextWidget", "Votre message", True)], intro="<p>Votre message sera transmis au service compétent.</p>"),
             features={"contact_form"}),
        page("/boite-a-idees/", "Boîte à idées", m.wcs_form("boite-a-idees", "Proposer une idée", [
            (1, "StringWidget", "Nom", True), (2, "EmailWidget", "Courriel", True),
            (3, "SingleSelectWidget", "Thème", True, ["Cadre de vie", "Environnement", "Culture et sport", "Solidarité", "Jeunesse"]),
            (4, "StringWidget", "Titre de votre idée", True), (5, "TextWidget", "Décrivez votre idée", True)],
            intro="<p>Vous avez une idée pour améliorer la vie à Villebrenne ? Proposez-la : chaque idée reçoit une réponse sous un mois.</p>"),
             # an explicit call for ideas through a free-text form sent to the city: both codes
             features={"suggestion_call", "contact_form"}),
        page("/signalement/", "Signaler un problème sur l'espace public", m.wcs_form("signalement", "Signalement", [
            (1, "SingleSelectWidget", "Type de problème", True, ["Nid-de-poule", "Éclairage", "Dépôt sauvage", "Tag", "Autre"]),
            (2, "StringWidget", "Adresse", True), (3, "FileWithPreviewWidget", "Photo", False), (4, "TextWidget", "Description", True),
            (5, "EmailWidget", "Courriel pour le suivi", True)]),
             # a free-text report sent to the city's services (Publik form on the city's host)
             features={"contact_form"}),
        page("/inscription-balade-urbaine/", "S'inscrire à une balade urbaine", m.wcs_form("inscription-balade-urbaine", "Balade urbaine du cœur de ville", [
            (1, "StringWidget", "Nom", True), (2, "EmailWidget", "Courriel", True),
            (3, "SingleSelectWidget", "Date", True, ["Samedi 12 avril, 10 h", "Mercredi 23 avril, 18 h"]),
            (4, "SingleSelectWidget", "Nombre de participants", True, ["1", "2", "3", "4"])]),
             # booking only, no message field
             decoys={"contact_form"}),
        page("/rendez-vous-etat-civil/", "Rendez-vous passeport et carte d'identité", m.wcs_form("rendez-vous-etat-civil", "Prendre rendez-vous", [
            (1, "StringWidget", "Nom", True), (2, "EmailWidget", "Courriel", True), (3, "DateWidget", "Date souhaitée", True),
            (4, "SingleSelectWidget", "Créneau", True, ["9 h", "10 h", "11 h", "14 h", "15 h", "16 h"])]),
             decoys={"contact_form"}),
    ]
    demsite = Site("demarches.villebrenne-sur-orge.fr", "publik", "Démarches en ligne - Villebrenne-sur-Orge", dem_pages,
                   menu=[("Accueil", "/"), ("Contact", "/contact/"), ("Site de la ville", www + "/")],
                   address="1 place du Général-de-Gaulle, 91170 Villebrenne-sur-Orge")

    gp = "/fr-FR/projects"
    gv_pages = [
        page("/", "Parlons-en !", m.p("Bienvenue sur Parlons-en !, la plateforme de participation de Villebrenne-sur-Orge.")
             + m.gv_project_cards([(gp + "/plan-climat-local", "Plan climat local", "Questionnaire ouvert", 486),
                                   (gp + "/budget-participatif-des-collegiens-2025", "Budget participatif des collégiens 2025", "Vote en mai", 731),
                                   (gp + "/idees-pour-le-coeur-de-ville", "Vos idées pour le cœur de ville", "Idées", 322)])
             + m.p(m.a(gp, "Tous les projets"))),
        page(gp, "Projets", m.gv_project_cards([(gp + "/plan-climat-local", "Plan climat local", "Questionnaire ouvert", 486),
                                                (gp + "/budget-participatif-des-collegiens-2025", "Budget participatif des collégiens 2025", "Vote en mai", 731),
                                                (gp + "/idees-pour-le-coeur-de-ville", "Vos idées pour le cœur de ville", "Idées", 322)])),
        page(gp + "/plan-climat-local", "Plan climat local", '<div id="e2e-project-page">' + m.p(
            "La ville élabore son plan climat avec vous. Phase 1 : un questionnaire sur vos pratiques et vos priorités. Phase 2 : des "
            "ateliers pour construire les actions. Phase 3 : restitution publique et adoption en conseil municipal.")
             + '<ol id="e2e-project-timeline"><li class="e2e-phase current">Questionnaire (jusqu\'au 30 avril)</li><li class="e2e-phase">Ateliers</li>'
               '<li class="e2e-phase">Restitution</li></ol>' + m.p(m.a(gp + "/plan-climat-local/surveys/new", "Répondre au questionnaire")) + "</div>",
             features={"participation_displayed"}),
        page(gp + "/plan-climat-local/surveys/new", "Questionnaire du plan climat", m.gv_survey([
            ("Qu'est-ce qui vous gêne le plus pendant les épisodes de chaleur ?", ["Le logement", "Les trajets", "Les espaces publics sans ombre", "Rien de particulier"]),
            ("Quelle action la ville devrait-elle engager en priorité ?", ["Planter des arbres", "Rénover les écoles", "Développer les pistes cyclables", "Réduire l'éclairage la nuit"]),
            ("Vos suggestions", None)]),
             features={"poll"}, parent=("Plan climat local", gp + "/plan-climat-local")),
        page(gp + "/budget-participatif-des-collegiens-2025", "Budget participatif des collégiens 2025", m.p(
            "Les élèves des deux collèges votent en mai pour les projets de leur choix, dans la limite de 40 000 €.")
             + m.gv_voting([("Un espace de révision en plein air au collège Paul-Éluard", "12 000 €"),
                            ("Des casiers pour les élèves demi-pensionnaires", "9 500 €"),
                            ("Une table de ping-pong en béton aux Prés-Saint-Martin", "6 000 €")], "40 000 €"),
             features={"participatory_budget"}),
        page(gp + "/idees-pour-le-coeur-de-ville", "Vos idées pour le cœur de ville", m.p(
            "Comment rendre le cœur de ville plus agréable ? Proposez vos idées, soutenez celles des autres : elles seront examinées par le "
            "comité de suivi de la concertation.")
             + '<a id="e2e-idea-button" class="e2e-idea-button" href="/fr-FR/projects/idees-pour-le-coeur-de-ville">Proposer une idée</a>'
             + m.gv_idea_cards([("/fr-FR/ideas/des-bancs-a-l-ombre-place-de-la-gare", "Des bancs à l'ombre place de la Gare", "Monique T.", 58, 4)]),
             features={"suggestion_call"}),
        page("/fr-FR/ideas/des-bancs-a-l-ombre-place-de-la-gare", "Des bancs à l'ombre place de la Gare", '<div id="e2e-idea-show">' + m.p(
            "Les personnes âgées qui attendent le bus n'ont nulle part où s'asseoir à l'ombre. Des bancs sous les platanes, ce serait simple.")
             + "</div>" + m.gv_comments([("Gérard", "il y a 6 jours", "Et un abri-bus digne de ce nom !"),
                                         ("Leïla", "il y a 4 jours", "Je soutiens, j'y attends tous les matins avec ma fille."),
                                         ("Ville de Villebrenne", "il y a 2 jours", "Merci, l'idée est transmise au bureau d'études du cœur de ville.")]),
             features={"comments"}, parent=("Vos idées pour le cœur de ville", gp + "/idees-pour-le-coeur-de-ville")),
    ]
    gvsite = Site("villebrenne.govocal.com", "govocal", "Parlons-en ! Villebrenne-sur-Orge", gv_pages,
                  menu=[("Accueil", "/"), ("Projets", gp), ("Site de la ville", www + "/")],
                  features=PLATFORM, platforms=frozenset({"go_vocal"}))
    return City("99535", "Villebrenne-sur-Orge", 52847, "91", IDF, IDF_NAME, www + "/", [site, demsite, gvsite])


# ==================================================================== 99536 Montvallon-en-Parisis (95)

def montvallon() -> City:
    """SPIP 4 (article forums, Formidable, Newsletters), the city's Discourse board "L'Agora" and
    "Décidons Montvallon" on CONSUL Democracy (debates, proposals, participatory budget, polls)."""
    www, ago, dec = "http://www.montvallon-en-parisis.fr", "http://agora.montvallon-en-parisis.fr", "http://decidons.montvallon-en-parisis.fr"
    news = [
        ("/Parc-des-Sablons-on-vous-ecoute", "Parc des Sablons : on vous écoute", ("2025-03-17", "17 mars 2025"),
         "Avant de lancer la rénovation du parc, la ville recueille vos avis."),
        ("/Piscine-Jean-Bouin-nouveaux-horaires", "Piscine Jean-Bouin : nouveaux horaires", ("2025-03-06", "6 mars 2025"),
         "Ouverture le dimanche après-midi et nocturne le jeudi."),
        ("/Enquete-publique-entrepot-logistique", "Enquête publique : entrepôt logistique de la ZI des Marcots", ("2025-02-26", "26 février 2025"),
         "Le préfet du Val-d'Oise soumet la demande d'autorisation à enquête publique."),
        ("/Forum-des-metiers-et-de-l-orientation", "Forum des métiers et de l'orientation", ("2025-02-13", "13 février 2025"),
         "Collégiens et lycéens rencontrent des professionnels le 15 mars."),
        ("/Reseau-de-bus-la-concertation-d-Ile-de-France-Mobilites", "Réseau de bus : la concertation d'Île-de-France Mobilités", ("2025-02-04", "4 février 2025"),
         "L'autorité des transports consulte les usagers sur le futur réseau du Parisis."),
        ("/Budget-2025-les-grandes-orientations", "Budget 2025 : les grandes orientations", ("2025-01-28", "28 janvier 2025"),
         "Le débat d'orientation budgétaire a fixé les priorités de l'année."),
    ]
    pages = [
        page("/", "Accueil", '<div class="bloc-une">' + m.h2("À la une") + m.spip_list(news[:3]) + m.p(m.a("/-Actualites-", "Toutes les actualités")) + "</div>"
             + '<div class="bloc-acces">' + m.h2("Accès directs") + m.ul(
                 m.a("/-Participer-", "Participer"), m.a("/-La-ville-", "La ville"), m.a("/Nous-contacter", "Nous contacter"),
                 m.a("/Lettre-d-information", "La lettre d'information"), m.a(ago + "/", "L'Agora, le forum des Montvallonnais"),
                 m.a(dec + "/", "Décidons Montvallon")) + "</div>"),
        page("/-Participer-", "Participer", m.p(
            "La démocratie locale à Montvallon-en-Parisis, ce sont des instances où les habitants siègent, des consultations sur les projets "
            "et des espaces de dialogue en ligne. Depuis 2020, un adjoint au maire est chargé de la participation citoyenne et un service "
            "dédié accompagne les habitants.")
             + m.spip_list([
                 ("/Les-conseils-de-quartier", "Les conseils de quartier", ("2024-09-02", "2 septembre 2024"), "<p>Six conseils, renouvelés tous les deux ans.</p>"),
                 ("/Le-jury-citoyen", "Le jury citoyen", ("2024-11-20", "20 novembre 2024"), "<p>Vingt habitants tirés au sort pour évaluer une politique publique.</p>"),
                 ("/Budget-participatif-2025", "Budget participatif 2025", ("2025-01-15", "15 janvier 2025"), "<p>800 000 € pour vos projets.</p>"),
                 ("/Les-espaces-de-dialogue-en-ligne", "Les espaces de dialogue en ligne", ("2024-06-10", "10 juin 2024"), "<p>L'Agora et Décidons Montvallon.</p>"),
                 ("/Questionnaire-les-rythmes-de-la-ville", "Questionnaire : les rythmes de la ville", ("2025-03-03", "3 mars 2025"), "<p>Horaires des services : votre avis.</p>")]),
             features={"participation_displayed"}),
        page("/Les-conseils-de-quartier", "Les conseils de quartier", m.p(
            "Montvallon compte six conseils de quartier : Centre, Les Sablons, La Côte-Saint-Jean, Les Marcots, Le Val-Fleuri et La Chaussée. "
            "Chaque conseil réunit une vingtaine d'habitants — volontaires, tirés au sort et représentants d'associations — et un élu référent.",
            "Les conseils donnent leur avis sur les projets du quartier, proposent des actions et organisent chaque année une fête ou une "
            "réunion publique. Leurs comptes rendus sont publiés sur Décidons Montvallon."),
             features={"participation_displayed"}, parent=("Participer", "/-Participer-")),
        page("/Le-jury-citoyen", "Le jury citoyen", m.p(
            "Créé en 2023, le jury citoyen réunit vingt habitants tirés au sort, indemnisés, qui évaluent pendant quatre mois une politique "
            "municipale. Après la propreté en 2023, le jury 2024-2025 a travaillé sur l'offre périscolaire.",
            "Son avis, rendu public en février, comprend quatorze recommandations. Le maire y répondra lors du conseil municipal de mai."),
             features={"participation_displayed"}, parent=("Participer", "/-Participer-")),
        page("/Budget-participatif-2025", "Budget participatif 2025", m.p(
            "Pour sa quatrième édition, le budget participatif de Montvallon-en-Parisis est doté de 800 000 €. Les habitants de plus de 12 ans "
            "peuvent déposer des projets jusqu'au 31 mars, puis voter en juin pour leurs préférés.",
            "Dépôt et vote se font sur " + m.a(dec + "/budgets", "Décidons Montvallon") + " ou sur papier dans les maisons de quartier."),
             features={"participatory_budget"}, parent=("Participer", "/-Participer-")),
        page("/Les-espaces-de-dialogue-en-ligne", "Les espaces de dialogue en ligne", m.p(
            "Deux espaces en ligne complètent les instances de quartier. " + m.a(ago + "/", "L'Agora") + " est le forum de discussion des "
            "Montvallonnais, modéré par le service participation : chacun peut y ouvrir un sujet sur la vie de la commune.",
            m.a(dec + "/", "Décidons Montvallon") + " est la plateforme de participation de la ville : débats, propositions citoyennes, "
            "budget participatif et votations. Une proposition qui recueille 2 % de soutiens parmi les habitants est étudiée en conseil municipal."),
             features={"participation_displayed"}, parent=("Participer", "/-Participer-")),
        page("/Questionnaire-les-rythmes-de-la-ville", "Questionnaire : les rythmes de la ville", m.p(
            "Les horaires de la mairie, des médiathèques, de la piscine et des accueils de loisirs sont-ils adaptés à vos journées ? Pour "
            "préparer la réorganisation de la rentrée, la ville vous consulte jusqu'au 15 avril.")
             + m.formidable("rythmes", 412, [
                 ("radio_1", "radio", "Vous êtes", True, ["Actif", "Étudiant", "Retraité", "Parent d'enfant de moins de 12 ans", "Autre"]),
                 ("checkbox_1", "checkbox", "Quels services utilisez-vous ?", False, ["Mairie", "Médiathèques", "Piscine", "Accueils de loisirs"]),
                 ("radio_2", "radio", "Seriez-vous favorable à une ouverture de la mairie le samedi après-midi ?", True, ["Oui", "Non", "Sans avis"]),
                 ("textarea_1", "textarea", "Vos remarques", False)], "Envoyer mes réponses"),
             features={"poll"}, parent=("Participer", "/-Participer-")),
        page("/-Actualites-", "Actualités", m.spip_list(news)),
        page(news[0][0], news[0][1], m.p(
            "Le parc des Sablons va être rénové en 2026. Avant de confier le projet aux paysagistes, la ville ouvre une phase de concertation "
            "avec les habitants : quels usages garder, lesquels développer, que faut-il absolument préserver ?",
            "Trois rendez-vous : une balade commentée le 29 mars, un atelier pour les enfants le 2 avril et une réunion publique le 10 avril. "
            "Vous pouvez aussi laisser votre avis ci-dessous : tous les messages seront lus et pris en compte dans le cahier des charges.")
             + m.spip_forum(489, [
                 (3312, "Les arbres", "Hélène", "18 mars 2025 15:02", "Surtout ne touchez pas aux grands chênes près de l'entrée Victor-Hugo."),
                 (3315, "Jeux pour les grands", "Samir", "19 mars 2025 09:41", "Il manque des jeux pour les 8-12 ans, tout est pour les petits."),
                 (3320, "Toilettes", "Jacqueline", "20 mars 2025 11:17", "Des toilettes publiques ouvertes toute l'année, s'il vous plaît.")]),
             # the article's subject is the city's concertation, and its public forum takes comments (not a contact form)
             features={"participation_displayed", "comments"}, decoys={"contact_form"}, parent=("Actualités", "/-Actualites-")),
        page(news[1][0], news[1][1], m.p(
            "À partir du 1er avril, la piscine Jean-Bouin ouvre le dimanche de 14 h à 18 h et propose une nocturne le jeudi jusqu'à 21 h 30.",
            "Les créneaux scolaires et associatifs sont maintenus. Les tarifs restent inchangés.")
             + m.spip_forum(476, [(3290, "Enfin !", "Marc-Antoine", "7 mars 2025 18:12", "La nocturne du jeudi, on l'attendait depuis longtemps."),
                                  (3294, "Et le samedi ?", "Sophie", "8 mars 2025 10:05", "Quid du samedi matin pour les familles ?")]),
             features={"comments"}, decoys={"contact_form"}, parent=("Actualités", "/-Actualites-")),
        page(news[2][0], news[2][1], m.p(
            "Par arrêté du 20 février, le préfet du Val-d'Oise a ouvert une enquête publique sur la demande d'autorisation environnementale "
            "d'un entrepôt logistique de 62 000 m² dans la zone industrielle des Marcots, du 10 mars au 11 avril.",
            "Le dossier peut être consulté en mairie et sur le site des services de l'État. Le commissaire enquêteur reçoit le public les "
            "12 et 26 mars et le 11 avril. Le conseil municipal émettra un avis lors de sa séance d'avril.")
             + m.p(m.a("https://www.val-doise.gouv.fr/Publications/Consultations-du-public", "Consultations du public en Val-d'Oise")),
             decoys={"participation_displayed", "poll"}, parent=("Actualités", "/-Actualites-")),
        page(news[3][0], news[3][1], m.p(
            "Le samedi 15 mars, de 9 h à 13 h, le gymnase Pierre-de-Coubertin accueille le forum des métiers et de l'orientation. Plus de "
            "soixante professionnels, des lycées et des centres d'apprentissage répondront aux questions des jeunes et de leurs parents."),
             decoys={"forum"}, parent=("Actualités", "/-Actualites-")),
        page(news[4][0], news[4][1], m.p(
            "Île-de-France Mobilités prépare la restructuration du réseau de bus du Parisis pour 2026. Du 3 février au 16 mars, l'autorité "
            "organisatrice des transports mène une concertation auprès des usagers : questionnaire en ligne sur son site et réunions publiques.",
            "La ville a transmis ses propres demandes, notamment la desserte du quartier des Marcots le dimanche."),
             # a concertation run by the transport authority, not the city's approach
             decoys={"participation_displayed"}, parent=("Actualités", "/-Actualites-")),
        page(news[5][0], news[5][1], m.p(
            "Le débat d'orientation budgétaire du 23 janvier a fixé les priorités du budget 2025 : rénovation énergétique des écoles, "
            "poursuite du plan vélo et maintien des taux d'imposition. Le budget primitif sera voté le 27 mars.",
            "Le budget participatif, doté de 800 000 €, est inscrit dans la section d'investissement."),
             # the city's ordinary budget; the participatory budget is only mentioned
             decoys={"participatory_budget"}, parent=("Actualités", "/-Actualites-")),
        page("/-La-ville-", "La ville", m.spip_list([
            ("/Le-conseil-municipal", "Le conseil municipal", ("2024-05-01", "1er mai 2024"), "<p>Composition et séances.</p>"),
            ("/Nous-contacter", "Nous contacter", ("2024-01-10", "10 janvier 2024"), "<p>Adresse, horaires, formulaire.</p>"),
            ("/Lettre-d-information", "La lettre d'information", ("2024-01-10", "10 janvier 2024"), "<p>Abonnez-vous.</p>")])),
        page("/Le-conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal de Montvallon-en-Parisis compte 43 membres. Ses séances sont publiques et filmées.",
            "Séance du 27 mars à 20 h : budget primitif 2025, subventions aux associations, avis sur l'entrepôt logistique des Marcots."),
             decoys={"participation_displayed"}, parent=("La ville", "/-La-ville-")),
        page("/Nous-contacter", "Nous contacter", m.p(
            "Hôtel de ville, 2 avenue de la Libération, 95150 Montvallon-en-Parisis. Ouvert du lundi au samedi.")
             + m.formidable("contact", 12, [
                 ("input_1", "text", "Nom", True), ("email_1", "email", "Courriel", True), ("input_2", "text", "Objet", True),
                 ("textarea_1", "textarea", "Votre message", True)]),
             features={"contact_form"}, parent=("La ville", "/-La-ville-")),
        page("/Lettre-d-information", "La lettre d'information", m.p("Chaque vendredi, l'essentiel de l'actualité montvallonnaise.") + m.spip_newsletter(15),
             decoys={"contact_form"}, parent=("La ville", "/-La-ville-")),
    ]
    site = Site("www.montvallon-en-parisis.fr", "spip", "Montvallon-en-Parisis", pages,
                menu=[("Accueil", "/"), ("La ville", "/-La-ville-"), ("Participer", "/-Participer-"), ("Actualités", "/-Actualites-"),
                      ("Nous contacter", "/Nous-contacter")],
                accounts=[social("facebook", "montvallonenparisis"), social("x", "MontvallonVille", "https://twitter.com/MontvallonVille"),
                          social("instagram", "montvallon95"), social("youtube", "montvallontv")],
                address="Hôtel de ville, 2 avenue de la Libération, 95150 Montvallon-en-Parisis")

    topics = [("/t/stationnement-avenue-des-tilleuls/134", "Stationnement avenue des Tilleuls", "Quartiers", 23, 612, "2 j"),
              ("/t/le-marche-du-dimanche-vos-avis/151", "Le marché du dimanche : vos avis ?", "Propositions", 41, 958, "5 h")]
    agora_pages = [
        page("/", "Derniers sujets", m.discourse_topic_list(topics + [("/c/quartiers/5", "À propos de la catégorie Quartiers", "Quartiers", 0, 88, "3 mois")])
             + m.p(m.a("/c/quartiers/5", "Quartiers") + " · " + m.a("/c/propositions/7", "Propositions") + " · " + m.a(www + "/", "Site de la ville"))),
        page("/c/quartiers/5", "Quartiers", m.p("Discussions sur la vie de chaque quartier.") + m.discourse_topic_list(topics[:1])),
        page("/c/propositions/7", "Propositions", m.p("Les idées des habitants, discutées entre voisins avant d'être portées sur Décidons Montvallon.")
             + m.discourse_topic_list(topics[1:])),
        page(topics[0][0], topics[0][1], m.discourse_posts([
            ("christophe_m", "12 mars 2025", "Depuis la zone bleue, impossible de se garer le soir pour les résidents de l'avenue. Qui d'autre est concerné ?"),
            ("nadia.b", "12 mars 2025", "Pareil au 40. Il faudrait une vignette résident comme à côté de la gare."),
            ("moderation_agora", "13 mars 2025", "Le sujet sera abordé au conseil de quartier de la Chaussée le 3 avril, venez nombreux.")]),
             parent=("Quartiers", "/c/quartiers/5")),
        page(topics[1][0], topics[1][1], m.discourse_posts([
            ("pauline95", "2 mars 2025", "Et si le marché du dimanche s'installait place de la Mairie plutôt que sur le parking ?"),
            ("jl_durand", "2 mars 2025", "Bonne idée pour les commerçants du centre, mais où se garer ?"),
            ("amina", "3 mars 2025", "On pourrait tester l'été, avec des animations pour les enfants.")]),
             parent=("Propositions", "/c/propositions/7")),
    ]
    agora = Site("agora.montvallon-en-parisis.fr", "discourse", "L'Agora de Montvallon", agora_pages,
                 menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5"), ("Propositions", "/c/propositions/7")],
                 features=frozenset({"forum"}))

    consul_pages = [
        page("/", "Décidons Montvallon", m.p(
            "Débattez, proposez, votez : Décidons Montvallon est la plateforme de participation de Montvallon-en-Parisis.")
             + m.ul(m.a("/debates", "Débats"), m.a("/proposals", "Propositions citoyennes"), m.a("/budgets", "Budget participatif 2025"),
                    m.a("/polls", "Votations"), m.a(www + "/", "Site de la ville"))),
        page("/debates", "Débats", m.consul_debates([
            ("/debates/12-faut-il-pietonniser-le-centre-ancien", "Faut-il piétonniser le centre ancien ?", "Association des commerçants", "3 mars 2025", 5,
             "La question revient à chaque conseil de quartier. Débattons-en sereinement.")])),
        page("/debates/12-faut-il-pietonniser-le-centre-ancien", "Faut-il piétonniser le centre ancien ?", m.p(
            "La rue de la République et la place du Marché sont saturées le samedi. Une piétonnisation le week-end est-elle souhaitable ?")
             + m.consul_comments("debate", 12, [
                 (881, "Benoît L.", "4 mars 2025", "Oui le samedi, non en semaine : les livraisons doivent pouvoir se faire."),
                 (884, "Association des commerçants", "4 mars 2025", "Nous demandons un test de trois mois avant toute décision."),
                 (890, "Yasmine", "6 mars 2025", "Pensez aux personnes à mobilité réduite : une navette serait nécessaire.")]),
             features={"comments"}, parent=("Débats", "/debates")),
        page("/proposals", "Propositions citoyennes", m.p(
            "Vous avez une idée pour Montvallon ? Créez une proposition ! Si elle recueille 1 200 soutiens en douze mois, elle est étudiée "
            "par le conseil municipal.")
             + m.consul_proposals([("/proposals/48-des-composteurs-collectifs-dans-chaque-quartier", "Des composteurs collectifs dans chaque quartier",
                                    "Collectif Zéro Déchet Montvallon", 734, 1200, "Un composteur géré par des habitants volontaires dans chacun des six quartiers.")]),
             features={"suggestion_call"}),
        page("/proposals/48-des-composteurs-collectifs-dans-chaque-quartier", "Des composteurs collectifs dans chaque quartier", m.p(
            "Nous proposons qu'un composteur collectif soit installé dans chaque quartier, géré par des habitants formés, avec l'appui du "
            "syndicat de collecte. 734 soutiens à ce jour.")
             + m.consul_comments("proposal", 48, [(902, "Thierry", "10 mars 2025", "Il y en a déjà un aux Sablons, ça marche très bien."),
                                                  (907, "Camille R.", "12 mars 2025", "Attention aux nuisibles, il faut un suivi sérieux.")]),
             features={"comments"}, parent=("Propositions citoyennes", "/proposals")),
        page("/budgets", "Budget participatif 2025", m.p(
            "800 000 € pour des projets proposés et choisis par les habitants. Dépôt des projets jusqu'au 31 mars, vote en juin.")
             + m.ul(m.a("/budgets/3/investments", "Voir les projets et voter")),
             features={"participatory_budget"}),
        page("/budgets/3/investments", "Projets du budget participatif", m.consul_investments([
            ("Une piste de pump-track au Val-Fleuri", "95 000 €", "Quartier Val-Fleuri"),
            ("Des récupérateurs d'eau pour les jardins partagés", "18 000 €", "Toute la ville"),
            ("Éclairer le chemin des écoliers des Marcots", "140 000 €", "Quartier des Marcots")]),
             features={"participatory_budget"}, parent=("Budget participatif 2025", "/budgets")),
        page("/polls", "Votations", m.p("Votations en cours et à venir.") + m.ul(
            m.a("/polls/4-le-nom-de-la-future-mediatheque", "Le nom de la future médiathèque") + " — ouverte jusqu'au 30 avril")),
        page("/polls/4-le-nom-de-la-future-mediatheque", "Le nom de la future médiathèque", m.p(
            "La future médiathèque ouvrira en 2026 dans l'ancienne usine Lemoine. Le conseil des jeunes a retenu trois noms : à vous de choisir !")
             + m.consul_poll(4, [("Quel nom pour la future médiathèque ?", ["Médiathèque Gisèle-Halimi", "La Fabrique des mots", "Médiathèque de l'Usine"])]),
             features={"poll"}, parent=("Votations", "/polls")),
    ]
    consul = Site("decidons.montvallon-en-parisis.fr", "consul", "Décidons Montvallon", consul_pages,
                  menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budget participatif", "/budgets"), ("Votations", "/polls")],
                  features=PLATFORM, platforms=frozenset({"consul"}))
    return City("99536", "Montvallon-en-Parisis", 71349, "95", IDF, IDF_NAME, www + "/", [site, agora, consul])



# ==================================================================== 99537 Magny-Vilvert (78)

def magny() -> City:
    """WordPress with Divi (contact module, blog module), WP-Polls in the news sidebar, Disqus, a Typeform
    embed, Mailchimp; "À vous la parole" and the participation app on id-city."""
    www, idc = "http://www.magny-vilvert.fr", "http://magnyvilvert.id-city.com"
    avp = "/a-vous-la-parole/"
    news = [
        ("/actualites/nouveau-plan-de-circulation/", "Un nouveau plan de circulation pour le Bourg", "14 mars 2025",
         "Sens uniques, zone 30 et double-sens cyclable : ce qui change au 1er mai."),
        ("/actualites/budget-participatif-saison-2/", "Budget participatif : la saison 2 est lancée", "6 mars 2025",
         "150 000 € pour vos projets, dépôt jusqu'au 20 avril sur l'application."),
        ("/actualites/resultats-du-sondage-sur-le-marche/", "Les résultats du sondage sur le marché", "27 février 2025",
         "Vous avez été 1 024 à répondre : le marché passera au samedi matin."),
        ("/actualites/concertation-prealable-zac-de-la-gare/", "ZAC de la Gare : concertation préalable", "19 février 2025",
         "L'aménageur présente le projet de nouveau quartier autour de la gare."),
        ("/actualites/concours-de-dessin-dessine-ta-ville/", "Concours de dessin « Dessine ta ville »", "10 février 2025",
         "Pour les 6-12 ans, jusqu'au 31 mars."),
        ("/actualites/forum-jobs-d-ete/", "Forum jobs d'été : inscrivez-vous", "3 février 2025",
         "Le 22 mars à l'Espace Vilvert, pour les 16-25 ans."),
    ]
    market_poll = m.wp_polls(9, "Souhaitez-vous une guinguette estivale au parc du Château ?",
                             ["Oui, tous les week-ends", "Oui, une fois par mois", "Non"])
    pages = [
        page("/", "Accueil", m.divi_section(m.divi_text(
            "Bienvenue à Magny-Vilvert, 29 000 habitants entre plaine de Versailles et forêt de Rambouillet."),
            m.divi_blurbs([(avp, "À vous la parole", "Conseils de quartier, assises de la jeunesse, budget participatif."),
                           ("/actualites/", "Actualités", "Toute l'information municipale."),
                           ("/mairie/", "Votre mairie", "Élus, budget, démarches."),
                           ("/mairie/contact/", "Nous écrire", "Une question ? Écrivez-nous.")]))
             + m.divi_section(m.divi_blog(news[:3]), m.divi_button("Toutes les actualités", "/actualites/"))),
        page(avp, "À vous la parole", m.divi_section(m.divi_text(
            "Parce que la ville appartient à celles et ceux qui y vivent, la municipalité a fait de la participation des habitants un fil "
            "conducteur du mandat. « À vous la parole » regroupe tous les dispositifs qui permettent de s'informer, de débattre et de décider.",
            "Conseils de quartier, conseil des sages, assises de la jeunesse, budget participatif, réunions publiques sur chaque grand projet "
            "et, depuis 2024, l'application « Magny-Vilvert participe » pour donner son avis depuis son téléphone.",
            heading="Une démarche pour tout le mandat"),
            m.divi_blurbs([(avp + "conseils-de-quartier/", "Les conseils de quartier", "Quatre conseils ouverts à tous."),
                           (avp + "assises-de-la-jeunesse/", "Les assises de la jeunesse", "Les 15-25 ans donnent le cap."),
                           (avp + "conseil-des-sages/", "Le conseil des sages", "L'expérience au service de la ville."),
                           (avp + "l-application-magny-vilvert-participe/", "L'application", "Sondages, idées, budget participatif.")])),
             features={"participation_displayed"}),
        page(avp + "conseils-de-quartier/", "Les conseils de quartier", m.divi_section(m.divi_text(
            "Le Bourg, Vilvert, Les Pâtis et La Remise : chacun des quatre quartiers a son conseil. Ouverts à tous les habitants, sans "
            "inscription, ils se réunissent quatre fois par an en présence de l'élu référent et des services.",
            "Ils ont obtenu ces dernières années la création d'un jardin partagé aux Pâtis, de nouveaux passages piétons rue de la Remise et "
            "l'installation de bancs le long de la Mauldre.")),
             features={"participation_displayed"}, parent=("À vous la parole", avp)),
        page(avp + "assises-de-la-jeunesse/", "Les assises de la jeunesse", m.divi_section(m.divi_text(
            "Comment les jeunes vivent-ils Magny-Vilvert ? Que leur manque-t-il pour étudier, se loger, sortir, s'engager ? Les assises de la "
            "jeunesse, lancées en janvier, réunissent lycéens, étudiants, jeunes actifs et associations jusqu'en juin.",
            "Première étape : un questionnaire pour les 15-25 ans. Ensuite, trois ateliers au Pôle jeunesse et une restitution publique "
            "avec le maire à la rentrée.", heading="Les 15-25 ans donnent le cap"),
            m.divi_html(m.typeform("Xq7PzT2w", "Questionnaire des assises de la jeunesse"))),
             features={"participation_displayed", "poll"}, parent=("À vous la parole", avp)),
        page(avp + "conseil-des-sages/", "Le conseil des sages", m.divi_section(m.divi_text(
            "Vingt habitants de plus de 62 ans, désignés pour trois ans après appel à candidatures, forment le conseil des sages. Instance "
            "consultative, il rend des avis sur les projets municipaux et mène ses propres études : accessibilité des commerces, "
            "isolement des aînés, mémoire de la ville.")),
             features={"participation_displayed"}, parent=("À vous la parole", avp)),
        page(avp + "l-application-magny-vilvert-participe/", "L'application Magny-Vilvert participe", m.divi_section(m.divi_text(
            "Sondages, boîte à idées, budget participatif, signalements : l'application Magny-Vilvert participe vous permet de participer "
            "où que vous soyez. Elle est disponible sur les magasins d'applications et dans votre navigateur."),
            m.divi_button("Ouvrir la version web", idc + "/")),
             parent=("À vous la parole", avp)),
        page("/actualites/", "Actualités", '<div id="left-area">' + m.divi_blog(news) + '</div><div id="sidebar">' + market_poll + "</div>",
             features={"poll"}),
        page(news[0][0], news[0][1], m.divi_section(m.divi_text(
            "À partir du 1er mai, le centre du Bourg passe en zone 30. La rue de Paris et la rue de l'Église deviennent à sens unique, avec "
            "un double-sens cyclable ; le stationnement est réorganisé pour créer 24 places supplémentaires près des commerces.",
            "Le plan a été présenté en réunion publique en janvier ; il sera évalué après six mois de fonctionnement.",
            "Des agents de la police municipale seront présents aux carrefours pendant les deux premières semaines."))
             + m.disqus("magny-vilvert", www + news[0][0], "post-2231"),
             # a passing mention of a public meeting; Disqus comments under the article
             features={"comments"}, decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        page(news[1][0], news[1][1], m.divi_section(m.divi_text(
            "Après le succès de la première édition (47 projets déposés, 2 300 votants), le budget participatif revient avec 150 000 €. "
            "Vous avez jusqu'au 20 avril pour déposer un projet d'intérêt général sur l'application Magny-Vilvert participe.",
            "Les projets recevables seront soumis au vote des habitants de plus de 11 ans en juin."),
            m.divi_button("Déposer un projet", idc + "/budget-participatif")),
             # "déposer un projet" with a button during the deposit phase: an explicit call for residents' projects too
             features={"participatory_budget", "suggestion_call"}, parent=("Actualités", "/actualites/")),
        page(news[2][0], news[2][1], m.divi_section(m.divi_text(
            "Merci aux 1 024 habitants qui ont répondu au sondage sur le jour du marché. Résultat : 58 % pour le samedi matin, 31 % pour le "
            "mercredi, 11 % sans avis. Le marché s'installera donc le samedi de 8 h à 13 h à partir du 5 avril."),
            m.divi_html(m.wp_polls_results(8, "Quel jour pour le marché du Bourg ?", [("Samedi matin", 58, 594), ("Mercredi matin", 31, 317), ("Sans avis", 11, 113)], 1024))),
             # results of a closed poll
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page(news[3][0], news[3][1], m.divi_section(m.divi_text(
            "La société d'aménagement concessionnaire de la ZAC de la Gare organise une concertation préalable du 24 février au 28 mars. "
            "Elle porte sur la programmation du futur quartier : 650 logements, commerces, groupe scolaire.",
            "Exposition en mairie, réunion publique le 12 mars à l'Espace Vilvert, registre et contributions en ligne sur le site de "
            "l'aménageur, qui établira le bilan de la concertation.")),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        page(news[4][0], news[4][1], m.divi_section(m.divi_text(
            "Dessine ta ville idéale ! Le concours est ouvert aux enfants de 6 à 12 ans. Les dessins seront exposés à la médiathèque en mai."),
            m.divi_contact(1, "Inscription au concours", news[4][0], [
                ("nom", "Nom de l'enfant", "input", True, True), ("age", "Âge", "input", True, True),
                ("parent", "Courriel d'un parent", "email", True, False), ("titre", "Titre du dessin", "input", True, False)], "Inscrire mon enfant")),
             # a contest sign-up
             decoys={"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites/")),
        page(news[5][0], news[5][1], m.divi_section(m.divi_text(
            "Le Point information jeunesse organise son forum jobs d'été le samedi 22 mars. Inscrivez-vous pour participer aux "
            "simulations d'entretien avec les recruteurs."),
            m.divi_contact(2, "Inscription aux simulations d'entretien", news[5][0], [
                ("nom", "Nom et prénom", "input", True, True), ("email", "Courriel", "email", True, True),
                ("creneau", "Créneau souhaité (matin ou après-midi)", "input", True, False)], "Je m'inscris")),
             # a job forum and an event sign-up
             decoys={"forum", "contact_form"}, parent=("Actualités", "/actualites/")),
        page("/mairie/", "Votre mairie", m.divi_section(m.divi_blurbs([
            ("/mairie/conseil-municipal/", "Le conseil municipal", "Séances et délibérations."),
            ("/mairie/budget/", "Le budget", "Les finances de la ville."),
            ("/mairie/contact/", "Contact", "Nous écrire."), ("/mairie/newsletter/", "Newsletter", "Restez informé.")]))),
        page("/mairie/contact/", "Nous écrire", m.divi_section(m.divi_text(
            "Mairie de Magny-Vilvert, 1 rue de la Mairie. Lundi, mercredi, vendredi 8 h 30 - 17 h ; mardi et jeudi 13 h 30 - 19 h."),
            m.divi_contact(0, "Formulaire de contact", "/mairie/contact/", [
                ("name", "Nom", "input", True, True), ("email", "Adresse e-mail", "email", True, True),
                ("sujet", "Sujet", "input", True, False), ("message", "Message", "text", True, False)])),
             features={"contact_form"}, parent=("Votre mairie", "/mairie/")),
        page("/mairie/newsletter/", "Newsletter", m.divi_section(m.divi_html(m.mailchimp("4b7c1e9a2d3f5b6c8e0a1f2d3", "7e2b9c4d1a"))),
             decoys={"contact_form"}, parent=("Votre mairie", "/mairie/")),
        page("/mairie/conseil-municipal/", "Le conseil municipal", m.divi_section(m.divi_text(
            "33 élus. Prochaine séance publique le 3 avril à 20 h 30 : vote du budget, attribution des subventions, convention de la ZAC de la Gare.")),
             decoys={"participation_displayed"}, parent=("Votre mairie", "/mairie/")),
        page("/mairie/budget/", "Le budget", m.divi_section(m.divi_text(
            "Budget primitif 2025 : 39,8 M€. Section d'investissement : 9,1 M€, dont la réhabilitation de l'école des Pâtis et la réfection "
            "de la rue de la Remise. Le compte administratif 2024 sera présenté en juin.")),
             decoys={"participatory_budget"}, parent=("Votre mairie", "/mairie/")),
    ]
    site = Site("www.magny-vilvert.fr", "wordpress", "Magny-Vilvert", pages,
                menu=[("Accueil", "/"), ("À vous la parole", avp), ("Actualités", "/actualites/"), ("Votre mairie", "/mairie/")],
                accounts=[social("facebook", "MagnyVilvert"), social("instagram", "magnyvilvert"), social("linkedin", "ville-de-magny-vilvert")],
                address="Mairie, 1 rue de la Mairie, 78190 Magny-Vilvert")

    idc_pages = [
        page("/", "Magny-Vilvert participe", '<div class="idc-tiles">' + m.ul(
            m.a("/sondages", "Sondages") + " <span>1 sondage en cours</span>", m.a("/idees", "Boîte à idées") + " <span>38 idées</span>",
            m.a("/budget-participatif", "Budget participatif") + " <span>Dépôt jusqu'au 20 avril</span>",
            m.a("/signalements", "Signalements") + " <span>Suivi en temps réel</span>", m.a(www + "/", "Site de la ville"), cls="idc-tiles__list") + "</div>"),
        page("/sondages", "Sondages", '<ul class="idc-list">' + "<li>" + m.a("/sondages/eclairage-nocturne", "Éclairage public : faut-il éteindre la nuit ?")
             + ' <span class="idc-badge idc-badge--open">En cours</span></li><li>Jour du marché <span class="idc-badge">Terminé</span></li></ul>'),
        page("/sondages/eclairage-nocturne", "Éclairage public : faut-il éteindre la nuit ?", m.p(
            "Pour réduire la facture énergétique et protéger la biodiversité, la ville envisage d'éteindre l'éclairage public de 1 h à 5 h "
            "dans les quartiers résidentiels. Qu'en pensez-vous ?")
             + '<form class="idc-poll" method="post" action="/sondages/eclairage-nocturne/vote"><fieldset><legend>Votre avis</legend>'
               '<label class="idc-poll__choice"><input type="radio" name="choix" value="1"> Oui, partout</label>'
               '<label class="idc-poll__choice"><input type="radio" name="choix" value="2"> Oui, sauf autour de la gare</label>'
               '<label class="idc-poll__choice"><input type="radio" name="choix" value="3"> Non</label></fieldset>'
               '<button type="submit" class="idc-btn">Voter</button></form><p class="idc-meta">Clôture le 15 avril · 612 votes</p>',
             features={"poll"}, parent=("Sondages", "/sondages")),
        page("/idees", "Boîte à idées", m.p("Partagez vos idées pour Magny-Vilvert et soutenez celles des autres habitants.")
             + '<a class="idc-btn" href="/connexion">Proposer une idée</a><ul class="idc-list">'
               '<li class="idc-idea"><strong>Une boîte à livres à la gare</strong> <span>42 soutiens</span></li>'
               '<li class="idc-idea"><strong>Un jardin pédagogique à l\'école des Pâtis</strong> <span>31 soutiens</span></li></ul>',
             features={"suggestion_call"}),
        page("/budget-participatif", "Budget participatif saison 2", m.p(
            "150 000 € pour des projets proposés par les habitants. Déposez votre projet jusqu'au 20 avril ; le vote aura lieu en juin.")
             + '<a class="idc-btn" href="/connexion">Déposer un projet</a><ul class="idc-list"><li>Un parcours sportif le long de la Mauldre — 35 000 €</li>'
               '<li>Des nichoirs et hôtels à insectes dans les écoles — 8 000 €</li></ul>',
             # the deposit phase calls explicitly for residents' projects
             features={"participatory_budget", "suggestion_call"}),
        page("/signalements", "Signalements", m.p(
            "Les signalements se font depuis l'application mobile, photo et géolocalisation à l'appui. Suivez ici leur traitement.")
             + '<ul class="idc-list"><li>Lampadaire éteint rue des Pâtis <span class="idc-badge">Résolu</span></li>'
               '<li>Dépôt sauvage chemin de la Remise <span class="idc-badge">En cours</span></li></ul>'),
    ]
    idcsite = Site("magnyvilvert.id-city.com", "pinedes_idcity", "Magny-Vilvert participe", idc_pages,
                   menu=[("Accueil", "/"), ("Sondages", "/sondages"), ("Idées", "/idees"), ("Budget participatif", "/budget-participatif")],
                   address="Mairie de Magny-Vilvert", features=PLATFORM, platforms=frozenset({"id_city"}))
    return City("99537", "Magny-Vilvert", 29416, "78", IDF, IDF_NAME, www + "/", [site, idcsite])


# ==================================================================== 99538 Vaulmont-sur-Saône (69)

POLL_API = {
    "/api/sondages/actif": {"id": 27, "question": "Quel aménagement souhaitez-vous en priorité sur les quais de Saône ?",
                            "choix": [{"id": 1, "libelle": "Une piste cyclable continue"}, {"id": 2, "libelle": "Des bancs et de l'ombre"},
                                      {"id": 3, "libelle": "Une guinguette l'été"}, {"id": 4, "libelle": "Des jeux pour enfants"}],
                            "fin": "30 juin 2025", "ouvert": True},
    "/api/sondages/27/vote": {"ok": True, "message": "Merci pour votre participation !"},
}


def vaulmont() -> City:
    """Drupal 9 site with a sidebar poll drawn by a script from a JSON API, a Maison du projet (ANRU),
    ideas collected in comments, Webform sign-ups; consultations on Jenparle."""
    www, jp = "http://www.vaulmont-sur-saone.fr", "http://vaulmont.jenparle.net"
    vp = "/vaulmont-participe"
    news = [
        ("/actualites/requalification-avenue-jean-jaures", "Avenue Jean-Jaurès : les travaux de requalification commencent", ("2025-03-18", "18/03/2025"),
         "Trottoirs élargis, pistes cyclables et 60 arbres plantés d'ici l'été 2026."),
        ("/actualites/port-de-plaisance-concertation-prealable", "Port de plaisance : concertation préalable", ("2025-03-07", "07/03/2025"),
         "Le gestionnaire du domaine fluvial consulte le public sur l'extension du port."),
        ("/actualites/budget-de-la-metropole", "Métropole : un budget 2025 tourné vers les mobilités", ("2025-02-26", "26/02/2025"),
         "Les investissements métropolitains prévus à Vaulmont."),
        ("/actualites/piscine-questionnaire-de-satisfaction", "Piscine des Sources : votre avis nous intéresse", ("2025-02-18", "18/02/2025"),
         "Un questionnaire de satisfaction est à remplir à l'accueil de la piscine."),
        ("/actualites/forum-des-associations", "Forum des associations : save the date", ("2025-02-10", "10/02/2025"),
         "Rendez-vous le 6 septembre au complexe sportif."),
    ]
    scripted_poll = (
        '<aside class="layout-sidebar-second" role="complementary"><div id="block-vaulmont-sondage" class="block block-vaulmont-sondage">'
        '<h2>Votre avis compte</h2><div id="sondage-widget" class="sondage-widget" data-endpoint="/api/sondages/actif" aria-live="polite">'
        '<p class="sondage-widget__loading">Chargement du sondage…</p></div>'
        '<noscript><p>Ce sondage nécessite JavaScript. Vous pouvez aussi répondre à l\'accueil de la mairie.</p></noscript>'
        "<script>(function(){var el=document.getElementById('sondage-widget');"
        "fetch(el.dataset.endpoint,{headers:{'Accept':'application/json'}}).then(function(r){return r.json();}).then(function(s){"
        "if(!s.ouvert){el.innerHTML='';return;}"
        "var h='<form class=\"sondage-form\" method=\"post\" action=\"/api/sondages/'+s.id+'/vote\"><fieldset><legend>'+s.question+'</legend>';"
        "s.choix.forEach(function(c){h+='<div class=\"form-item form-type-radio\"><input type=\"radio\" name=\"choix\" id=\"choix-'+c.id+'\" value=\"'+c.id+'\">"
        "<label for=\"choix-'+c.id+'\" class=\"option\">'+c.libelle+'</label></div>';});"
        "h+='</fieldset><button type=\"submit\" class=\"button\">Je vote</button></form><p class=\"sondage-widget__fin\">Sondage ouvert jusqu\\'au '+s.fin+'</p>';"
        "el.innerHTML=h;});})();</script></div></aside>")
    pages = [
        page("/", "Accueil", '<div class="layout-content">' + m.paragraphs(
            ("hero", '<div class="hero"><h2>Vaulmont-sur-Saône</h2><p>Une ville entre Saône et monts d\'Or, 28 000 habitants.</p></div>'),
            ("acces", m.h2("En un clic") + m.ul(m.a(vp, "Vaulmont participe"), m.a("/mairie", "La mairie"), m.a("/contact", "Contact"),
                                                 m.a("/actualites", "Actualités"), cls="quick-links")),
            ("actualites", m.h2("Actualités") + m.drupal_teasers(news[:3]))) + "</div>" + scripted_poll,
             # the sidebar poll is drawn by a script from the city's JSON API: an open poll on the page
             features={"poll"}),
        page(vp, "Vaulmont participe", m.paragraphs(("texte", m.p(
            "Vaulmont participe, c'est la démarche de démocratie participative de la ville. Elle s'adresse à toutes et à tous, quel que soit "
            "l'âge ou la nationalité, et prend des formes variées : conseils de quartier, concertation sur le renouvellement urbain du "
            "Plateau des Sources, balades et ateliers, consultations en ligne.",
            "Un principe guide chaque démarche : annoncer dès le départ ce qui est négociable, et rendre compte à la fin de ce qui a été fait "
            "des contributions.")
            + m.ul(m.a(vp + "/conseils-de-quartier", "Les conseils de quartier"), m.a(vp + "/maison-du-projet-plateau-des-sources", "La Maison du projet"),
                   m.a(vp + "/balades-urbaines-et-ateliers", "Balades urbaines et ateliers"), m.a(vp + "/consultations-en-ligne", "Les consultations en ligne"),
                   m.a(vp + "/vos-idees-pour-le-parc-des-berges", "Vos idées pour le parc des Berges")))),
             features={"participation_displayed"}),
        page(vp + "/maison-du-projet-plateau-des-sources", "La Maison du projet du Plateau des Sources", m.paragraphs(("texte", m.p(
            "Le Plateau des Sources est l'un des quartiers retenus par l'Agence nationale pour la rénovation urbaine. Le projet, conduit par "
            "la Métropole, la ville et les bailleurs, prévoit la réhabilitation de 540 logements, la démolition de la tour Rameau, un nouveau "
            "groupe scolaire et l'ouverture du quartier sur la Saône.",
            "La Maison du projet, installée au pied de la tour Berlioz, accueille les habitants trois jours par semaine. On peut y consulter "
            "les plans, rencontrer les chefs de projet, poser ses questions sur le relogement et participer aux ateliers de concertation. "
            "Un comité d'habitants suit le projet et rend un avis à chaque étape.")
            + m.drupal_field("Horaires", "Mardi et jeudi 14 h - 18 h, samedi 9 h 30 - 12 h 30", "horaires")
            + m.drupal_field("Adresse", "2 place Berlioz", "adresse"))),
             features={"participation_displayed"}, parent=("Vaulmont participe", vp)),
        page(vp + "/balades-urbaines-et-ateliers", "Balades urbaines et ateliers", m.paragraphs(("texte", m.p(
            "Une balade urbaine, c'est une visite à pied du quartier avec les urbanistes, pour observer ensemble et noter ce qui va et ce "
            "qui ne va pas. Elle est suivie d'un atelier autour des plans. Les prochaines balades portent sur les futurs espaces publics du "
            "Plateau des Sources.")
            + m.webform("inscription_balade", vp + "/balades-urbaines-et-ateliers", [
                ("nom", "text", "Nom", True), ("courriel", "email", "Courriel", True),
                ("balade", "radios", "Balade", True, ["Samedi 5 avril, 10 h — les cheminements vers la Saône", "Mercredi 16 avril, 17 h 30 — autour de la future école"]),
                ("accompagnants", "select", "Nombre d'accompagnants", False, ["0", "1", "2", "3"])], "Je m'inscris", node=188))),
             # the sign-up form has no message field: booking only
             features={"participation_displayed"}, decoys={"contact_form"}, parent=("Vaulmont participe", vp)),
        page(vp + "/consultations-en-ligne", "Les consultations en ligne", m.paragraphs(("texte", m.p(
            "Pour les projets qui concernent toute la ville, Vaulmont consulte aussi en ligne, sur la plateforme " + m.a(jp + "/", "vaulmont.jenparle.net")
            + ". Chacun peut y répondre aux questionnaires, débattre et déposer des propositions.",
            "En cours : l'avenir du parc des Berges (jusqu'au 30 avril) et les mobilités au Plateau des Sources. Terminée : le plan lumière, "
            "dont le bilan est en ligne."))),
             features={"participation_displayed"}, parent=("Vaulmont participe", vp)),
        page(vp + "/conseils-de-quartier", "Les conseils de quartier", m.paragraphs(("texte", m.p(
            "Quatre conseils de quartier — Bourg, Plateau des Sources, Les Quais et Montchatel — réunissent les habitants volontaires deux "
            "fois par trimestre. Ils sont consultés sur tous les projets d'aménagement de leur secteur et disposent d'un budget de "
            "fonctionnement pour organiser des animations.",
            "Les réunions plénières sont publiques ; les dates sont annoncées dans l'agenda et par affichage dans le quartier."))),
             features={"participation_displayed"}, parent=("Vaulmont participe", vp)),
        page(vp + "/vos-idees-pour-le-parc-des-berges", "Vos idées pour le parc des Berges", m.paragraphs(
            ("texte", m.p(
                "Le parc des Berges va être réaménagé en 2026. Avant de rédiger le programme, la ville lance un appel à idées : que "
                "souhaitez-vous y trouver ? Proposez vos idées en commentaire ci-dessous, jusqu'au 30 avril. Le questionnaire détaillé "
                "est sur " + m.a(jp + "/consultations/avenir-du-parc-des-berges", "la plateforme de consultation") + ".")),
            ("commentaires", m.drupal_comments(233, [
                (5120, "Bastien", "lun 10/03/2025 - 20:14", "Un ponton pour pêcher et observer les oiseaux."),
                (5127, "Mireille D.", "mar 11/03/2025 - 08:51", "Des toilettes et un point d'eau, indispensable pour les familles."),
                (5133, "Collectif Saône Vivante", "mer 12/03/2025 - 17:30", "Laissez une partie en prairie naturelle, fauchée une fois par an.")]))),
             # an explicit call for ideas, collected through the comment form (a comment form is not a contact form)
             features={"suggestion_call", "comments"}, decoys={"contact_form"}, parent=("Vaulmont participe", vp)),
        page("/actualites", "Actualités", m.drupal_teasers(news)),
        page(news[0][0], news[0][1], m.paragraphs(("texte", m.p(
            "Les travaux de requalification de l'avenue Jean-Jaurès débutent le 24 mars. Sous maîtrise d'ouvrage de la Métropole, ils "
            "dureront quinze mois : trottoirs élargis, pistes cyclables séparées, 60 arbres plantés et un nouveau revêtement.",
            "Le projet a fait l'objet d'une réunion d'information avec les riverains et les commerçants l'an dernier. La circulation sera "
            "maintenue à double sens pendant toute la durée du chantier, avec des restrictions ponctuelles."))),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page(news[1][0], news[1][1], m.paragraphs(("texte", m.p(
            "Le gestionnaire du domaine public fluvial organise du 10 mars au 11 avril une concertation préalable sur l'extension du port de "
            "plaisance de Vaulmont, sous l'égide d'un garant. Dossier, registre et réunion publique : toutes les informations sont sur le "
            "site du maître d'ouvrage.",
            "La ville participera à la réunion publique du 27 mars et fera connaître sa position."))),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page(news[2][0], news[2][1], m.paragraphs(("texte", m.p(
            "La Métropole de Lyon a adopté un budget de 4,1 milliards d'euros. À Vaulmont, elle financera la requalification de l'avenue "
            "Jean-Jaurès et une partie du projet de renouvellement urbain du Plateau des Sources."))),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page(news[3][0], news[3][1], m.paragraphs(("texte", m.p(
            "Jusqu'au 31 mars, les usagers de la piscine des Sources sont invités à remplir un questionnaire de satisfaction, disponible "
            "sur papier à l'accueil : horaires, propreté, accueil, activités.",
            "Les résultats seront publiés au printemps."))),
             # a paper satisfaction questionnaire at the counter: nothing to answer online
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page(news[4][0], news[4][1], m.paragraphs(("texte", m.p(
            "Le forum des associations aura lieu le samedi 6 septembre au complexe sportif Henri-Barbusse. Associations, réservez votre "
            "stand avant le 30 juin auprès du service vie associative."))),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/mairie", "La mairie", m.paragraphs(("texte", m.ul(
            m.a("/mairie/conseil-municipal", "Le conseil municipal"), m.a("/mairie/lettre-d-information", "La lettre d'information"),
            m.a("/mairie/offres-d-emploi", "Offres d'emploi"), m.a("/contact", "Contact"))))),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.paragraphs(("texte", m.p(
            "33 élus siègent au conseil municipal. Les séances sont publiques. Prochaine séance le 7 avril à 19 h : compte administratif "
            "2024, subventions, convention ANRU."))),
             decoys={"participation_displayed"}, parent=("La mairie", "/mairie")),
        page("/mairie/lettre-d-information", "La lettre d'information", m.simplenews("Vaulmont infos"),
             decoys={"contact_form"}, parent=("La mairie", "/mairie")),
        page("/mairie/offres-d-emploi", "Offres d'emploi", m.paragraphs(("texte", m.p(
            "Appel à candidatures : agent d'accueil de la Maison du projet (H/F), animateur périscolaire (H/F), policier municipal (H/F). "
            "Candidatures à adresser au maire avant le 20 avril."))),
             decoys={"suggestion_call"}, parent=("La mairie", "/mairie")),
        page("/contact", "Contact", m.paragraphs(("texte", m.p("Mairie de Vaulmont-sur-Saône, 1 place de l'Hôtel-de-Ville.")
            + m.webform("contact", "/contact", [
                ("nom", "text", "Nom", True), ("courriel", "email", "Courriel", True), ("objet", "text", "Objet", True),
                ("message", "textarea", "Message", True)], "Envoyer", node=9))),
             features={"contact_form"}),
    ]
    site = Site("www.vaulmont-sur-saone.fr", "drupal", "Ville de Vaulmont-sur-Saône", pages,
                menu=[("Accueil", "/"), ("Vaulmont participe", vp), ("Actualités", "/actualites"), ("La mairie", "/mairie"), ("Contact", "/contact")],
                accounts=[social("facebook", "VaulmontSurSaone"), social("instagram", "vaulmontsursaone"),
                          social("x", "VaulmontSaone", "https://twitter.com/VaulmontSaone"), social("bluesky", "vaulmont.bsky.social")],
                address="Hôtel de ville, 1 place de l'Hôtel-de-Ville, 69270 Vaulmont-sur-Saône")

    jp_pages = [
        page("/", "Vaulmont, j'en parle", m.p("Bienvenue sur la plateforme de consultation de la ville de Vaulmont-sur-Saône.")
             + '<div class="jp-cards">' + "".join(
                 f'<div class="jp-card"><h2 class="jp-card__title">{m.a(h, t)}</h2><p class="jp-card__status">{st}</p></div>' for h, t, st in [
                     ("/consultations/avenir-du-parc-des-berges", "L'avenir du parc des Berges", "Ouverte jusqu'au 30 avril"),
                     ("/debats/mobilites-quartier-des-sources", "Mobilités au Plateau des Sources", "Débat ouvert"),
                     ("/propositions", "Vos propositions", "Déposez une proposition"),
                     ("/consultations/plan-lumiere", "Plan lumière", "Terminée")]) + "</div>"
             + m.p(m.a("/consultations", "Toutes les consultations") + " · " + m.a(www + "/", "Site de la ville"))),
        page("/consultations", "Consultations", m.ul(
            m.a("/consultations/avenir-du-parc-des-berges", "L'avenir du parc des Berges") + " — en cours",
            m.a("/consultations/plan-lumiere", "Plan lumière") + " — terminée", cls="jp-list")),
        page("/consultations/avenir-du-parc-des-berges", "L'avenir du parc des Berges", m.p(
            "Dites-nous comment vous utilisez le parc des Berges aujourd'hui et ce que vous aimeriez y trouver demain.")
             + '<form class="jp-questionnaire" method="post" action="/consultations/avenir-du-parc-des-berges/repondre">'
               '<div class="jp-question"><p class="jp-question__label">À quelle fréquence venez-vous au parc ?</p>'
               '<label><input type="radio" name="q[1]" value="jamais"> Jamais</label><label><input type="radio" name="q[1]" value="mois"> Quelques fois par mois</label>'
               '<label><input type="radio" name="q[1]" value="semaine"> Chaque semaine</label></div>'
               '<div class="jp-question"><p class="jp-question__label">Que souhaitez-vous y trouver ? (plusieurs réponses)</p>'
               '<label><input type="checkbox" name="q[2][]" value="jeux"> Des jeux</label><label><input type="checkbox" name="q[2][]" value="nature"> Une prairie naturelle</label>'
               '<label><input type="checkbox" name="q[2][]" value="sport"> Des agrès sportifs</label><label><input type="checkbox" name="q[2][]" value="guinguette"> Une guinguette</label></div>'
               '<div class="jp-question"><label class="jp-question__label" for="q3">Autre chose ?</label><textarea id="q3" name="q[3]"></textarea></div>'
               '<button type="submit" class="jp-btn">Envoyer mes réponses</button></form>',
             features={"poll"}, parent=("Consultations", "/consultations")),
        page("/consultations/plan-lumiere", "Plan lumière : le bilan", m.p(
            "La consultation sur le plan lumière s'est achevée le 15 décembre. 743 participants ; 61 % favorables à l'extinction de 1 h à 5 h "
            "dans les rues résidentielles. Le conseil municipal a adopté le plan le 3 février.")
             + '<div class="jp-results"><p>Extinction de 1 h à 5 h : <strong>61 %</strong> pour, <strong>32 %</strong> contre, <strong>7 %</strong> sans avis</p>'
               '<p class="jp-closed">Cette consultation est terminée.</p></div>',
             # the results of a closed consultation, no way to answer
             decoys={"poll"}, parent=("Consultations", "/consultations")),
        page("/debats/mobilites-quartier-des-sources", "Mobilités au Plateau des Sources", m.p(
            "Comment mieux relier le Plateau des Sources au centre et à la Saône ? Le débat est ouvert : partagez votre expérience et "
            "réagissez aux contributions.")
             + '<section class="jp-contributions"><h2>12 contributions</h2><ul>'
               '<li class="jp-contribution"><span class="jp-contribution__author">Yasmina</span><p>Le bus 40 s\'arrête à 21 h, c\'est trop tôt.</p></li>'
               '<li class="jp-contribution"><span class="jp-contribution__author">Gilles</span><p>Il faudrait un escalier éclairé vers les quais.</p></li></ul>'
               '<form class="jp-contribute" method="get" action="/connexion"><label for="contrib">Votre contribution</label>'
               '<textarea id="contrib" name="contribution"></textarea><button type="submit" class="jp-btn">Publier</button></form></section>',
             # residents publish contributions (comments) under the debate
             features={"comments"}),
        page("/propositions", "Vos propositions", m.p(
            "Vous avez une idée pour Vaulmont ? Déposez une proposition : elle sera publiée après modération et les autres habitants "
            "pourront la soutenir.")
             + '<a class="jp-btn" href="/connexion">Déposer une proposition</a><ul class="jp-list"><li>Un marché de producteurs le mercredi soir — 54 soutiens</li>'
               '<li>Des bornes de réparation de vélos — 37 soutiens</li></ul>',
             features={"suggestion_call"}),
    ]
    jpsite = Site("vaulmont.jenparle.net", "pinedes_jenparle", "Vaulmont, j'en parle", jp_pages,
                  menu=[("Accueil", "/"), ("Consultations", "/consultations"), ("Propositions", "/propositions")],
                  address="Ville de Vaulmont-sur-Saône", features=PLATFORM, platforms=frozenset({"jenparle"}))
    return City("99538", "Vaulmont-sur-Saône", 27935, "69", ARA, ARA_NAME, www + "/", [site, jpsite])


class _ApiHost(SiteHost):
    """The city's site, plus the JSON API its sidebar poll script reads."""

    def __init__(self, site, api):
        super().__init__(site)
        self.api = api

    def respond(self, request):
        found = self.api.get(request.target.split("?")[0])
        if found is not None:
            return Reply(200, [("Content-Type", "application/json; charset=utf-8"), ("Cache-Control", "no-store")],
                         json.dumps(found, ensure_ascii=False).encode())
        return super().respond(request)


def cities():
    return [villemareuil(), noisy(), saint_genis(), fontvales(), villebrenne(), montvallon(), magny(), vaulmont()]


def hosts():
    """The Vaulmont site answers its poll API as well as its pages."""
    site = vaulmont().sites[0]
    return {site.host: _ApiHost(site, POLL_API)}
