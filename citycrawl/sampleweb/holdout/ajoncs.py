"""Holdout part "ajoncs": eight communes of 25,000 to 80,000 inhabitants whose participation is about the
ecological transition (a citizens' climate convention drawn by lot, climate budgets under local brands, calls
for ideas to green schoolyards and streets, a biodiversity atlas, questionnaires on cycling and heat waves,
neighbourhood councils, a right of petition, a neighbours' network), on WordPress, Drupal, SPIP, Joomla, TYPO3,
vendor CMSs and Publik, with Decidim, Cap Collectif, Go Vocal and CONSUL spaces, a Discourse and a Flarum board;
and the lookalikes such sites hold."""
from html import escape

from ..site import City, Site, page, social
from . import ajoncs_markup as m

CODES = range(99491, 99499)


def _sitemap(pages, path="/plan-du-site"):
    """A "plan du site" page listing every page of the site (real city sites have one)."""
    items = [(p.path, p.title) for p in pages if p.path not in ("/", path)]
    return page(path, "Plan du site", m.prose("Retrouvez ici l'ensemble des rubriques et des pages du site.") + m.links(items, "sitemap"))


def _news_index(path, items):
    body = "".join(f'<article class="news-teaser"><p class="news-teaser__date">{escape(d)}</p><h2><a href="{escape(h)}">{escape(t)}</a></h2>'
                   f'<p>{escape(s)}</p></article>' for h, t, d, s in items)
    return page(path, "Actualités", f'<div class="news-list">{body}</div>')


def _site(host, theme, title, pages, menu, address, accounts=(), sitemap=True, **kw):
    if sitemap:
        pages = pages + [_sitemap(pages)]
        menu = menu + [("Plan du site", "/plan-du-site")]
    return Site(host, theme, title, pages, menu=menu, accounts=list(accounts), address=address, **kw)


# ==== Vernouillac: WordPress, "Vernouillac Demain", a climate budget called "Bourgeons" ====================

def vernouillac() -> City:
    host = "www.vernouillac.fr"
    poll = m.wp_poll_widget(14, "Comment venez-vous au centre-ville ?", ["À pied", "À vélo", "En bus", "En voiture"])
    news = [("/actualites/fete-des-jardins/", "La fête des jardins revient au parc de la Tude", "12 mai 2026",
             "Ateliers semis, troc de plants et balade botanique."),
            ("/actualites/resultats-sondage-canicule/", "Canicule : ce que vous nous avez répondu", "28 avril 2026",
             "Les résultats du sondage de l'été dernier."),
            ("/actualites/plan-climat-regional/", "La Région consulte sur son schéma climat", "15 avril 2026",
             "Une participation du public par voie électronique est ouverte."),
            ("/vernouillac-demain/bourgeons/deposer/", "Bourgeons : déposez votre projet avant le 30 juin", "2 avril 2026",
             "Le budget climat des habitants ouvre sa troisième saison.")]
    sidebar = poll + m.newsletter("/lettre-information/#inscription")
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue à Vernouillac, ville en transition au bord de la Tude.",
            [("/vernouillac-demain/", "Vernouillac Demain"), ("/vernouillac-demain/bourgeons/", "Budget Bourgeons"),
             ("/mobilites/velo/", "Se déplacer à vélo"), ("/environnement/renovation-energetique/", "Aides à la rénovation"),
             ("/mairie/conseil-municipal/", "Conseil municipal"), ("/contact/", "Contact")],
            [(h, t, d) for h, t, d, _ in news],
            [("17 mai", "Troc de plants", "Parc de la Tude"), ("24 mai", "Conseil de quartier Bel-Air", "Maison de quartier"),
             ("5 juin", "Conseil municipal", "Hôtel de ville")], banner="complianz", more="/actualites/")),
        _news_index("/actualites/", news),
        page("/vernouillac-demain/", "Vernouillac Demain : construire ensemble la ville de 2040", m.prose(
            "Vernouillac Demain, c'est la démarche de démocratie participative de la ville. Elle réunit les habitants, les "
            "associations et les élus autour d'une question : comment adapter notre ville au climat qui change ?",
            "Elle s'appuie sur quatre conseils de quartier, des ateliers de concertation sur chaque grand projet et un budget "
            "climat dont les habitants décident.")
             + m.links([("/vernouillac-demain/conseils-de-quartier/", "Les conseils de quartier"),
                        ("/vernouillac-demain/bourgeons/", "Bourgeons, le budget climat des habitants"),
                        ("/vernouillac-demain/cours-oasis/", "Appel à idées : des cours d'école plus vertes")])
             + m.section("La charte de la participation", "Adoptée en 2024, elle fixe les engagements de la ville : répondre à "
                         "chaque contribution, publier les comptes rendus, expliquer les choix."),
             {"participation_displayed"}),
        page("/vernouillac-demain/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier (Centre, Bel-Air, Les Chaumes, La Tude) se réunissent trois fois par an. Ils sont "
            "ouverts à tous les habitants de plus de 16 ans.",
            "Chaque conseil dispose d'une enveloppe de 8 000 € pour de petits aménagements : bancs, nichoirs, plantations.")
             + m.bullets(["Centre : jeudi 12 juin, salle des fêtes", "Bel-Air : samedi 24 mai, maison de quartier",
                          "Les Chaumes : mardi 17 juin, école Jean-Moulin", "La Tude : mercredi 25 juin, gymnase"]),
             {"participation_displayed"}, parent=("Vernouillac Demain", "/vernouillac-demain/")),
        page("/vernouillac-demain/bourgeons/", "Bourgeons, le budget climat des habitants", m.prose(
            "Avec Bourgeons, la ville consacre 150 000 € par an à des projets imaginés et choisis par les habitants pour le "
            "climat : plantations, récupération d'eau, abris vélos, jardins partagés.",
            "Calendrier 2026 : dépôt des projets jusqu'au 30 juin, étude de faisabilité en septembre, vote en octobre.")
             + m.links([("/vernouillac-demain/bourgeons/reglement/", "Lire le règlement"),
                        ("/vernouillac-demain/bourgeons/deposer/", "Déposer un projet"),
                        ("/vernouillac-demain/bourgeons/laureats-2025/", "Les projets lauréats 2025")]),
             {"participatory_budget"}, parent=("Vernouillac Demain", "/vernouillac-demain/")),
        # the rules of a running participatory budget: who may propose and vote
        page("/vernouillac-demain/bourgeons/reglement/", "Règlement de Bourgeons", m.section(
            "Qui peut proposer ?", "Toute personne habitant, travaillant ou étudiant à Vernouillac, dès 11 ans, seule ou en collectif.")
             + m.section("Quels projets ?", "Des dépenses d'investissement d'intérêt général, sur l'espace public, d'un montant "
                         "inférieur à 40 000 €, qui réduisent les émissions ou adaptent la ville à la chaleur.")
             + m.section("Comment voter ?", "Chaque habitant choisit jusqu'à trois projets, en ligne ou dans les urnes des mairies annexes."),
             {"participatory_budget"}, parent=("Bourgeons", "/vernouillac-demain/bourgeons/")),
        page("/vernouillac-demain/bourgeons/deposer/", "Bourgeons : déposer un projet", m.prose(
            "Vous avez une idée pour rendre votre rue plus fraîche ou votre quartier plus sobre ? Décrivez-la ci-dessous : le "
            "service Transition vous recontacte sous quinze jours pour l'étude de faisabilité.")
             + m.cf7("/vernouillac-demain/bourgeons/deposer/", ["Végétalisation", "Eau", "Mobilités douces", "Énergie"], 588, idea=True),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Bourgeons", "/vernouillac-demain/bourgeons/")),
        # winners of last year's edition of a participatory budget that is still running
        page("/vernouillac-demain/bourgeons/laureats-2025/", "Bourgeons 2025 : les projets lauréats", m.prose(
            "2 318 habitants ont voté en octobre 2025. Sept projets seront réalisés d'ici l'été :")
             + m.bullets(["Une forêt urbaine de 600 arbres aux Chaumes (38 000 €)", "Des récupérateurs d'eau dans les jardins "
                          "familiaux (12 000 €)", "Un abri vélos sécurisé à la gare (25 000 €)", "Des fontaines à boire au parc de "
                          "la Tude (18 000 €)"]),
             {"participatory_budget"}, parent=("Bourgeons", "/vernouillac-demain/bourgeons/")),
        page("/vernouillac-demain/cours-oasis/", "Appel à idées : des cours d'école plus vertes", m.prose(
            "Cet été, trois cours d'école seront désimperméabilisées. Parents, enfants, enseignants, riverains : proposez vos "
            "idées pour ces nouvelles cours (ombre, jeux, potager, mare) avant le 15 juin.")
             + m.cf7("/vernouillac-demain/cours-oasis/", ["École Jean-Moulin", "École des Chaumes", "École du Centre"], 601, idea=True),
             {"suggestion_call", "contact_form"}, parent=("Vernouillac Demain", "/vernouillac-demain/")),
        page("/mobilites/velo/", "Se déplacer à vélo", m.with_sidebar(
            m.prose("La ville compte 34 km d'aménagements cyclables. Le schéma vélo 2026-2030 prévoit de relier chaque "
                    "quartier au centre par un itinéraire continu.", "Dites-nous comment vous vous déplacez : le sondage ci-contre "
                    "est ouvert jusqu'au 30 juin."), sidebar), {"poll"}),
        page("/actualites/resultats-sondage-canicule/", "Canicule : ce que vous nous avez répondu", m.prose(
            "Le sondage de l'été dernier est clos. Merci aux 964 participants ; leurs réponses ont guidé le plan fraîcheur.")
             + m.wp_poll_results(11, "Avez-vous un lieu frais près de chez vous ?", [("Oui", 41, 395), ("Non", 47, 453),
                                                                                     ("Je ne sais pas", 12, 116)], 964),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/fete-des-jardins/", "La fête des jardins revient au parc de la Tude", m.prose(
            "Samedi 17 mai, le parc accueille la fête des jardins : troc de plants, ateliers de semis et balade botanique.")
             + m.share(f"http://{host}/actualites/fete-des-jardins/", "Fête des jardins")
             + m.wp_comments(812, [("Odile", "12 mai", "Y aura-t-il des graines de tomates anciennes ?"),
                                   ("Service Espaces verts", "13 mai", "Oui, la grainothèque sera présente.")]),
             {"comments"}, decoys={"contact_form"}, parent=("Actualités", "/actualites/")),
        # a regional legal consultation, described: not the city's participatory approach
        page("/actualites/plan-climat-regional/", "La Région consulte sur son schéma climat", m.prose(
            "La Région organise une participation du public par voie électronique sur son schéma régional climat, air, énergie, "
            "du 15 avril au 15 mai, sur le site de la préfecture de région.",
            "Le dossier peut aussi être consulté en mairie aux heures d'ouverture.") + m.wp_comments(815, [], open_=False),
             decoys={"participation_displayed", "comments"}, parent=("Actualités", "/actualites/")),
        page("/environnement/renovation-energetique/", "Aides à la rénovation énergétique", m.prose(
            "La ville complète les aides nationales de 1 500 € pour l'isolation des logements construits avant 1990. "
            "Demandez l'aide avec le formulaire ci-dessous : pièces justificatives et devis signés requis.")
             + m.registration_form("/environnement/renovation-energetique/", "Demande d'aide", [
                 ("text", "nom", "Nom"), ("text", "adresse", "Adresse du logement"), ("number", "annee", "Année de construction"),
                 ("number", "montant", "Montant des travaux (€)"), ("file", "devis", "Devis signé")], "Envoyer ma demande"),
             decoys={"contact_form", "suggestion_call"}),
        # a contest with a registration: not a call for residents' ideas
        page("/environnement/concours-jardins/", "Concours des jardins au naturel", m.prose(
            "Jardins sans pesticides, balcons nourriciers, potagers de façade : inscrivez-vous au concours avant le 1er juin. "
            "Le jury passe en juillet.")
             + m.registration_form("/environnement/concours-jardins/", "Inscription au concours", [
                 ("text", "nom", "Nom"), ("text", "adresse", "Adresse"), ("text", "categorie", "Catégorie")]),
             decoys={"suggestion_call", "contact_form"}),
        page("/mairie/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique environ six fois par an. Prochaine séance : jeudi 5 juin à 19 h.")
             + m.section("Ordre du jour", "Budget supplémentaire ; tarifs de la restauration scolaire ; convention avec le "
                         "syndicat des eaux ; rapport d'activité de la régie de transport."),
             decoys={"participation_displayed"}),
        page("/mairie/budget/", "Le budget de la ville", m.prose(
            "Le budget primitif 2026 s'élève à 48,2 M€ dont 11,4 M€ d'investissement. Le compte administratif 2025 a été "
            "approuvé en juin.") + m.bullets(["Budget primitif 2026 (PDF, 2 Mo)", "Rapport d'orientation budgétaire 2026 (PDF)"]),
             decoys={"participatory_budget"}),
        page("/contact/", "Contacter la mairie", m.prose("Hôtel de ville, ouvert du lundi au vendredi de 8 h 30 à 17 h 30.")
             + m.cf7("/contact/", ["Demande d'information", "État civil", "Urbanisme", "Autre"], 12),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/lettre-information/", "Lettre d'information", m.prose("Chaque mois, l'essentiel de l'actualité de Vernouillac dans votre boîte.")
             + m.newsletter("/lettre-information/"), decoys={"contact_form"}),
    ]
    www = _site(host, "wordpress", "Ville de Vernouillac", pages,
                [("Accueil", "/"), ("Vernouillac Demain", "/vernouillac-demain/"), ("Environnement", "/environnement/renovation-energetique/"),
                 ("Actualités", "/actualites/"), ("Contact", "/contact/")],
                "Hôtel de ville, 1 place de la Liberté, 16210 Vernouillac",
                [social("facebook", "VilleDeVernouillac"), social("instagram", "vernouillac_officiel")])
    return City("99491", "Vernouillac", 31_400, "16", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www])


# ==== Kerbrenoc: Drupal, a citizens' climate convention drawn by lot, a Decidim platform ==================

def kerbrenoc() -> City:
    host, plat = "www.kerbrenoc.bzh", "participer.kerbrenoc.bzh"
    P = f"http://{plat}"
    news = [("/actualites/convention-climat-tirage", "Convention climat : 40 habitants tirés au sort", "3 mars 2026",
             "Le tirage a eu lieu en séance publique."),
            ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : un protocole signé avec la gendarmerie",
             "20 février 2026", "Des référents de quartier pour la vigilance."),
            ("/actualites/forum-transition", "Le forum de la transition s'installe aux Halles", "2 février 2026",
             "Stands, conférences et réparation de vélos."),
            ("/actualites/ateliers-numeriques", "Des ateliers numériques à la médiathèque", "15 janvier 2026",
             "Apprendre à utiliser les services en ligne.")]
    pages = [
        page("/", "Accueil", m.home(
            "Kerbrenoc, ville littorale engagée pour le climat.",
            [("/participation", "Participation citoyenne"), ("/participation/convention-climat", "Convention citoyenne pour le climat"),
             (P + "/", "Plateforme participative"), ("/environnement/qualite-de-l-air", "Qualité de l'air"),
             ("/environnement/enquete-publique-plu", "Enquête publique PLU"), ("/contact", "Contact")],
            [(h, t, d) for h, t, d, _ in news],
            [("14 mars", "Convention climat : session 2", "Salle An Arvor"), ("22 mars", "Nettoyage de la grève", "Plage du Porzh"),
             ("27 mars", "Conseil municipal", "Hôtel de ville")])),
        _news_index("/actualites", news),
        page("/participation", "Participation citoyenne", m.prose(
            "À Kerbrenoc, les habitants sont associés aux décisions qui les concernent : conseils de quartier, concertations sur "
            "les projets d'aménagement, convention citoyenne pour le climat et plateforme de participation en ligne.")
             + m.links([("/participation/conseils-de-quartier", "Conseils de quartier"),
                        ("/participation/convention-climat", "Convention citoyenne pour le climat"),
                        (P + "/", "participer.kerbrenoc.bzh : consultations et budget participatif")]),
             {"participation_displayed"}),
        page("/participation/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les cinq conseils de quartier rassemblent habitants volontaires et habitants tirés au sort. Ils donnent leur avis sur "
            "les projets de la ville et portent leurs propres initiatives.", "Les comptes rendus sont publiés sur la plateforme.")
             + m.bullets(["Kerhallet - Le Porzh", "Centre - Les Halles", "Penker", "Kervéler", "Lann Vraz"]),
             {"participation_displayed"}, parent=("Participation citoyenne", "/participation")),
        page("/participation/convention-climat", "Convention citoyenne pour le climat", m.prose(
            "Quarante habitants tirés au sort sur les listes électorales et parmi les volontaires se réunissent pendant six "
            "week-ends pour proposer un plan d'adaptation de la ville à la montée des eaux et aux fortes chaleurs.",
            "Leurs propositions seront soumises au conseil municipal, qui s'engage à répondre à chacune publiquement.")
             + m.links([("/participation/convention-climat/candidature", "Se porter volontaire pour le tirage au sort"),
                        (P + "/processes/convention-climat", "Suivre les travaux de la convention")]),
             {"participation_displayed"}, parent=("Participation citoyenne", "/participation")),
        # an application to be drawn by lot: a structured registration, no message to the city
        page("/participation/convention-climat/candidature", "Convention climat : se porter volontaire", m.prose(
            "Les volontaires s'ajoutent aux personnes tirées au sort sur les listes électorales. Conditions : avoir 16 ans et "
            "habiter Kerbrenoc.") + m.webform("candidature_convention", "/participation/convention-climat/candidature", [
                ("text", "nom", "Nom"), ("text", "prenom", "Prénom"), ("number", "age", "Âge"),
                ("select:Kerhallet|Centre|Penker|Kervéler|Lann Vraz", "quartier", "Quartier"), ("email", "courriel", "Courriel")],
                "Je me porte volontaire"),
             decoys={"contact_form"}, parent=("Convention citoyenne pour le climat", "/participation/convention-climat")),
        page("/actualites/convention-climat-tirage", "Convention climat : 40 habitants tirés au sort", m.prose(
            "Le tirage au sort s'est tenu le 2 mars en séance publique. Vingt femmes et vingt hommes, de 16 à 81 ans, "
            "composent la convention.", "La première session aura lieu le 14 mars.")
             + m.share(f"http://{host}/actualites/convention-climat-tirage", "Convention climat"),
             {"participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : un protocole signé avec la gendarmerie", m.prose(
            "Le maire et le commandant de la brigade ont signé le protocole « Participation citoyenne ». Des habitants référents "
            "relaieront auprès de la gendarmerie les faits inhabituels constatés dans leur quartier.",
            "Ce dispositif de vigilance ne remplace pas l'appel au 17 en cas d'urgence."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-transition", "Le forum de la transition s'installe aux Halles", m.prose(
            "Samedi 7 février, le forum de la transition écologique réunit associations, artisans et services de la ville : "
            "conférences sur l'isolation, atelier de réparation de vélos, bourse aux plants."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        # names the platform software in passing, in a training announcement
        page("/actualites/ateliers-numeriques", "Des ateliers numériques à la médiathèque", m.prose(
            "Chaque mercredi, les médiateurs numériques aident à créer un compte sur les services en ligne : démarches, "
            "médiathèque, et la plateforme Decidim de la ville.", "Inscription à l'accueil de la médiathèque."),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/environnement/qualite-de-l-air", "Qualité de l'air", m.prose(
            "L'indice de la qualité de l'air est publié chaque jour par l'observatoire régional. En 2025, il a été bon ou moyen "
            "332 jours sur 365.", "Les épisodes de pollution à l'ozone sont signalés sur la page d'accueil.")),
        page("/environnement/enquete-publique-plu", "Enquête publique : modification du PLU", m.prose(
            "Une enquête publique sur la modification n° 3 du plan local d'urbanisme se tient du 2 au 31 mars. Le commissaire "
            "enquêteur tient des permanences en mairie.", "Les observations peuvent être consignées sur le registre papier ou "
            "adressées par courrier au commissaire enquêteur."),
             decoys={"participation_displayed", "suggestion_call"}),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Séance du 27 mars à 18 h 30 : vote du budget primitif, subventions aux associations, tarifs du port de plaisance."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/contact", "Contact", m.prose("Mairie de Kerbrenoc, du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.")
             + m.webform("contact", "/contact", [("text", "name", "Votre nom"), ("email", "email", "Votre adresse de courriel"),
                                                 ("text", "subject", "Sujet"), ("textarea", "message", "Message")], "Envoyer le message"),
             {"contact_form"}),
    ]
    www = _site(host, "drupal", "Kerbrenoc", pages,
                [("Accueil", "/"), ("Participer", "/participation"), ("Actualités", "/actualites"),
                 ("Environnement", "/environnement/qualite-de-l-air"), ("Contact", "/contact")],
                "Hôtel de ville, 3 rue de la Mairie, 29170 Kerbrenoc",
                [social("facebook", "kerbrenoc"), social("youtube", "VilleKerbrenoc"), social("mastodon", "kerbrenoc@piaille.fr")])

    proposals = [("/processes/cours-vertes/f/12/proposals/31", 31, "Un verger dans la cour de l'école du Porzh", "Gwen L.", 4),
                 ("/processes/cours-vertes/f/12/proposals/34", 34, "Remplacer le bitume par des copeaux sous les arbres", "Parents de Penker", 2)]
    dpages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de Kerbrenoc : suivez les concertations, "
                                     "proposez vos idées, votez pour le budget participatif.")
             + m.decidim_process_cards([("/processes/convention-climat", "Convention citoyenne pour le climat", "Session 2 sur 6"),
                                        ("/processes/cours-vertes/f/12/proposals", "Des cours d'école plus vertes", "Dépôt des propositions"),
                                        ("/processes/budget-climat", "Kerbrenoc Glas, le budget participatif climat", "Vote"),
                                        ("/processes/questionnaire-velo", "Questionnaire vélo", "Questionnaire ouvert")]),
             {"participation_displayed"}),
        page("/processes/convention-climat", "Convention citoyenne pour le climat", m.prose(
            "Retrouvez ici les comptes rendus des sessions, les auditions d'experts et, à l'automne, les propositions de la "
            "convention.") + m.bullets(["Session 1 : comprendre le risque de submersion", "Session 2 : îlots de chaleur et arbres"]),
             {"participation_displayed"}),
        page("/processes/cours-vertes/f/12/proposals", "Propositions : des cours d'école plus vertes", m.prose(
            "Jusqu'au 30 avril, proposez vos idées pour végétaliser les cours des écoles publiques. Les propositions recevables "
            "seront étudiées avec les conseils d'école.") + m.decidim_proposals(proposals, "/processes/cours-vertes/f/12/proposals/new"),
             {"suggestion_call"}),
        # publishing a proposal on the platform: a call for ideas, not a private message to the city's services
        page("/processes/cours-vertes/f/12/proposals/new", "Nouvelle proposition", m.decidim_new_proposal("/processes/cours-vertes/f/12/proposals"),
             {"suggestion_call"}, parent=("Propositions", "/processes/cours-vertes/f/12/proposals")),
        page("/processes/cours-vertes/f/12/proposals/31", "Un verger dans la cour de l'école du Porzh", m.prose(
            "Planter six pommiers et un cassissier le long du mur nord, avec un atelier de taille chaque hiver.")
             + m.decidim_comments([(101, "Yann", "Très bonne idée, l'ombre manque dans cette cour."),
                                   (102, "Annaïg", "Attention aux guêpes à la rentrée, prévoir des variétés précoces.")]),
             {"comments"}, parent=("Propositions", "/processes/cours-vertes/f/12/proposals")),
        page("/processes/cours-vertes/f/12/proposals/34", "Remplacer le bitume par des copeaux sous les arbres", m.prose(
            "Autour des deux tilleuls de l'école de Penker, retirer l'enrobé pour laisser respirer les racines.")
             + m.decidim_comments([(110, "Loïc", "Et prévoir des bancs autour !")]),
             {"comments"}, parent=("Propositions", "/processes/cours-vertes/f/12/proposals")),
        page("/processes/budget-climat", "Kerbrenoc Glas, le budget participatif climat", m.prose(
            "200 000 € pour des projets d'habitants qui rendent la ville plus sobre et plus fraîche. Le vote est ouvert jusqu'au "
            "15 mai : choisissez vos projets préférés dans la limite de l'enveloppe.")
             + m.links([("/processes/budget-climat/f/20/budgets/1/projects", "Voir les projets et voter")]),
             {"participatory_budget"}),
        page("/processes/budget-climat/f/20/budgets/1/projects", "Kerbrenoc Glas : projets soumis au vote",
             '<div class="budget-summary"><p>Vous avez attribué <strong>0 €</strong> sur 200 000 €.</p></div>'
             + "".join(f'<div class="card__list budget-list__item" id="project-{i}"><div class="card__list-title">{t}</div>'
                       f'<span class="budget-list__number">{c}</span><form class="button_to" method="post" '
                       f'action="/processes/budget-climat/f/20/budgets/1/order/line_item"><input type="hidden" name="project_id" '
                       f'value="{i}"><button type="submit" class="button button__sm button__transparent-secondary">Ajouter</button></form></div>'
                       for i, t, c in [(7, "Des ombrières végétales sur le parking des Halles", "48 000 €"),
                                       (8, "Une ressourcerie de quartier à Kervéler", "60 000 €"),
                                       (9, "Cinquante arbres le long de la rue de Brest", "35 000 €")]),
             {"participatory_budget"}, parent=("Kerbrenoc Glas", "/processes/budget-climat")),
        page("/processes/questionnaire-velo", "Questionnaire vélo", m.prose("Dix questions pour préparer le plan vélo 2027.")
             + '<form class="answer-questionnaire" action="/processes/questionnaire-velo/f/15/questionnaire/answer" method="post">'
             + "".join(f'<div class="questionnaire-question"><h3 class="questionnaire-question__title">{q}</h3>'
                       + "".join(f'<label><input type="radio" name="questionnaire[responses][{n}][choices][]" value="{o}">{o}</label>' for o in opts)
                       + '</div>' for n, (q, opts) in enumerate([
                           ("À quelle fréquence utilisez-vous un vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
                           ("Qu'est-ce qui vous freine ?", ["Le manque de pistes", "La peur du vol", "Le relief", "Rien"])]))
             + '<button type="submit" class="button button__sm button__secondary">Envoyer</button></form>',
             {"poll"}),
    ]
    dec = Site(plat, "decidim", "Participer à Kerbrenoc", dpages,
               menu=[("Accueil", "/"), ("Processus", "/processes/convention-climat"), ("Budget climat", "/processes/budget-climat"),
                     ("Propositions", "/processes/cours-vertes/f/12/proposals"), ("Questionnaire vélo", "/processes/questionnaire-velo")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99492", "Kerbrenoc", 47_800, "29", "53", "Bretagne", f"http://{host}/", [www, dec])


# ==== Montsauzy: SPIP, the right of petition, article forums, a Discourse board ===========================

def montsauzy() -> City:
    host, board = "www.montsauzy.fr", "forum.montsauzy.fr"
    news = [("/spip.php?article60", "Canicule : où trouver de la fraîcheur ?", "10 juin 2026", "Parcs, médiathèque, piscine."),
            ("/spip.php?article61", "Questionnaire : se rafraîchir en été", "4 juin 2026", "Votre avis sur les îlots de fraîcheur."),
            ("/spip.php?article80", "Forum des associations et de l'environnement", "28 mai 2026", "Le 6 septembre au parc du Castel."),
            ("/spip.php?article52", "Pétition : des fontaines dans les parcs", "20 mai 2026", "Déjà 312 signatures.")]
    formidable = ('<div class="formulaire_spip formulaire_formidable formulaire_formidable_12" id="formulaire_formidable_12">'
                  + m.questionnaire("/spip.php?article61", "Six questions, trois minutes. Réponses jusqu'au 15 juillet.", [
                      ("Pendant la dernière canicule, avez-vous eu trop chaud chez vous ?", "radio", ["Souvent", "Parfois", "Jamais"]),
                      ("Quels lieux frais fréquentez-vous ?", "checkbox", ["Parcs", "Médiathèque", "Piscine", "Églises", "Aucun"]),
                      ("Faut-il ouvrir les parcs la nuit en été ?", "radio", ["Oui", "Non", "Sans avis"])], "formidable") + '</div>')
    pages = [
        page("/", "Accueil", m.home(
            "Montsauzy, au cœur du Tarn : bienvenue sur le site officiel de la ville.",
            [("/Democratie-locale", "Démocratie locale"), ("/spip.php?article51", "Droit de pétition"),
             ("/spip.php?article70", "Atlas de la biodiversité"), (f"http://{board}/", "Forum des habitants"),
             ("/Agenda-du-conseil-municipal", "Conseil municipal"), ("/Nous-contacter", "Nous contacter")],
            [(h, t, d) for h, t, d, _ in news],
            [("21 juin", "Fête de la musique", "Place du Foirail"), ("26 juin", "Conseil de quartier du Castel", "École du Castel"),
             ("3 juillet", "Conseil municipal", "Mairie")], more="/Actualites")),
        _news_index("/Actualites", news),
        page("/Democratie-locale", "Démocratie locale", m.prose(
            "La ville a fait de la démocratie locale un pilier de son action : conseils de quartier, droit de pétition citoyenne, "
            "réunions publiques avant chaque grand chantier et forum des habitants en ligne.")
             + m.links([("/Conseils-de-quartier-43", "Les conseils de quartier"), ("/spip.php?article51", "Le droit de pétition"),
                        ("/spip.php?article90", "Le forum des habitants")]),
             {"participation_displayed"}),
        page("/Conseils-de-quartier-43", "Les conseils de quartier", m.prose(
            "Trois conseils de quartier (Castel, Bourg, Plaine) réunissent chacun une vingtaine d'habitants, renouvelés tous les "
            "trois ans. Ils sont consultés sur les plans de circulation et les aménagements de proximité.",
            "Réunion du Castel : jeudi 26 juin à 18 h 30, école du Castel. Ouverte au public."),
             {"participation_displayed"}, parent=("Démocratie locale", "/Democratie-locale")),
        page("/spip.php?article51", "Le droit de pétition citoyenne", m.prose(
            "Toute pétition signée par 500 habitants de plus de 16 ans peut demander l'inscription d'une question à l'ordre du "
            "jour du conseil municipal. Le dépôt se fait auprès du service Démocratie locale ; la pétition est alors mise en "
            "ligne sur ce site et ouverte aux signatures pendant trois mois.")
             + m.links([("/spip.php?article52", "Pétition en cours : des fontaines dans les parcs"),
                        ("/spip.php?article53", "Pétition close : la piscine ouverte le dimanche")]),
             {"petition"}, parent=("Démocratie locale", "/Democratie-locale")),
        page("/spip.php?article52", "Pétition : des fontaines à eau dans les parcs", m.prose(
            "Déposée par un collectif de parents du quartier de la Plaine, cette pétition demande l'installation de fontaines "
            "d'eau potable dans les trois parcs de la ville avant l'été prochain.")
             + m.spip_petition(52, 312, [("Claire B.", "19 mai"), ("Malik", "18 mai"), ("J. Roux", "18 mai")]),
             {"petition"}, parent=("Le droit de pétition", "/spip.php?article51")),
        # a closed petition and its outcome: nobody can sign any more
        page("/spip.php?article53", "Pétition close : la piscine ouverte le dimanche", m.prose(
            "Cette pétition a réuni 640 signatures. Elle a été débattue au conseil municipal du 12 février : la piscine ouvrira le "
            "dimanche matin de juin à septembre.", "Les signatures sont closes."),
             decoys={"petition"}, parent=("Le droit de pétition", "/spip.php?article51")),
        # the forum under a SPIP article: residents publish messages under the content
        page("/spip.php?article60", "Canicule : où trouver de la fraîcheur ?", m.prose(
            "Pendant les épisodes de canicule, la médiathèque et la salle du Foirail restent ouvertes jusqu'à 20 h. Les parcs "
            "ferment à 23 h.") + m.spip_forum(60, [
                ("Et le parc du Castel ?", "11 juin 2026", "Hervé", "Les brumisateurs ne marchent plus depuis l'an dernier."),
                ("Réponse de la mairie", "12 juin 2026", "Service cadre de vie", "Ils seront remis en service d'ici la fin de la semaine.")]),
             {"comments"}, parent=("Actualités", "/Actualites")),
        page("/spip.php?article61", "Questionnaire : se rafraîchir en été", m.prose(
            "La ville prépare son plan fraîcheur. Aidez-nous à repérer les lieux où l'on a trop chaud et ceux où l'on se sent bien.")
             + formidable, {"poll"}, parent=("Actualités", "/Actualites")),
        page("/spip.php?article62", "Résultats du questionnaire mobilités", m.prose(
            "Le questionnaire sur les mobilités, clos le 31 janvier, a reçu 1 120 réponses. 58 % des répondants souhaitent "
            "davantage de pistes cyclables protégées ; 31 % utilisent le bus au moins une fois par semaine.",
            "La synthèse complète est disponible à l'accueil de la mairie."),
             decoys={"poll"}, parent=("Actualités", "/Actualites")),
        # a participatory biodiversity inventory: the residents' observations feed a scientific atlas, no participation feature
        page("/spip.php?article70", "Atlas de la biodiversité communale", m.prose(
            "Pendant deux ans, naturalistes et habitants recensent la faune et la flore de Montsauzy. Hérissons, martinets, "
            "orchidées sauvages : chaque observation compte pour l'inventaire participatif.")
             + m.links([("/spip.php?article71", "Transmettre une observation")]),
             decoys={"participation_displayed"}),
        # a structured observation sheet (species, date, place): neither a message to the city nor an idea
        page("/spip.php?article71", "Transmettre une observation", m.prose(
            "Remplissez la fiche ; un naturaliste de l'association partenaire valide chaque donnée.") + m.observation_form("/spip.php?article71"),
             decoys={"contact_form", "suggestion_call"}, parent=("Atlas de la biodiversité communale", "/spip.php?article70")),
        page("/spip.php?article80", "Forum des associations et de l'environnement", m.prose(
            "Le 6 septembre, le parc du Castel accueille le forum des associations, avec cette année un village de l'environnement : "
            "jardins partagés, apiculteurs, ateliers vélo."),
             decoys={"forum"}, parent=("Actualités", "/Actualites")),
        page("/spip.php?article81", "Consultation du public : plan de prévention du bruit", m.prose(
            "La préfecture met à disposition du public le projet de plan de prévention du bruit dans l'environnement des routes "
            "nationales. Les remarques sont reçues sur le registre de la préfecture jusqu'au 30 juin."),
             decoys={"participation_displayed", "poll"}),
        # presents the board and links to it; nobody posts on this page
        page("/spip.php?article90", "Le forum des habitants", m.prose(
            "Le forum en ligne permet aux habitants d'échanger sur la vie des quartiers. Il est modéré par le service Démocratie "
            "locale selon une charte de bonne conduite.")
             + m.links([(f"http://{board}/", "Accéder au forum des habitants")]),
             parent=("Démocratie locale", "/Democratie-locale")),
        page("/Agenda-du-conseil-municipal", "Agenda du conseil municipal", m.prose(
            "Jeudi 3 juillet, 18 h : compte administratif 2025, budget supplémentaire, dénomination de voies, rapport sur l'eau."),
             decoys={"participation_displayed"}),
        page("/Nous-contacter", "Nous contacter",
             '<div class="formulaire_spip formulaire_contact" id="formulaire_contact"><form method="post" action="/Nous-contacter">'
             '<fieldset><legend>Écrire à la mairie</legend><ul><li class="editer saisie_email_contact obligatoire">'
             '<label for="email_contact">Votre adresse email</label><input type="email" class="text" name="email_contact" id="email_contact" /></li>'
             '<li class="editer saisie_sujet_contact"><label for="sujet_contact">Sujet</label><input type="text" class="text" name="sujet_contact" id="sujet_contact" /></li>'
             '<li class="editer saisie_texte_contact obligatoire"><label for="texte_contact">Texte de votre message</label>'
             '<textarea name="texte_contact" id="texte_contact" rows="8" cols="60"></textarea></li></ul></fieldset>'
             '<p class="boutons"><input type="submit" class="submit" value="Envoyer" /></p></form></div>',
             {"contact_form"}),
    ]
    www = _site(host, "spip", "Ville de Montsauzy", pages,
                [("Accueil", "/"), ("Démocratie locale", "/Democratie-locale"), ("Actualités", "/Actualites"),
                 ("Nous contacter", "/Nous-contacter")],
                "Mairie de Montsauzy, place du Foirail, 81120 Montsauzy",
                [social("facebook", "montsauzy"), social("instagram", "villedemontsauzy")])
    topics = [("arbres-rue-des-tanneurs", 14, "Des arbres rue des Tanneurs ?", "Cadre de vie", 9),
              ("jardins-partages-liste-d-attente", 22, "Jardins partagés : la liste d'attente", "Jardins", 6),
              ("pistes-cyclables-plaine", 27, "Piste cyclable de la Plaine : vos retours", "Déplacements", 12)]
    posts = {14: [("Mireille", "2 juin", "Les trottoirs sont brûlants l'été, pourrait-on planter des arbres ?"),
                  ("Thomas_81", "3 juin", "Il y a des réseaux sous la chaussée, mais des bacs seraient possibles."),
                  ("Modération", "4 juin", "Sujet transmis au conseil de quartier du Bourg.")],
             22: [("Jeanne", "30 mai", "Combien de temps d'attente pour une parcelle ?"), ("Sami", "31 mai", "Deux ans pour moi.")],
             27: [("Pierre", "12 mai", "La piste s'arrête net au rond-point."), ("Lina", "13 mai", "Pareil, c'est dangereux le soir."),
                  ("Marc", "14 mai", "Il faudrait un marquage au sol provisoire.")]}
    bpages = [page("/", "Dernières discussions", m.prose("Bienvenue sur le forum des habitants de Montsauzy.") + m.discourse_list(topics))]
    bpages += [page(f"/t/{slug}/{tid}", t, m.discourse_topic(posts[tid]), parent=("Dernières discussions", "/")) for slug, tid, t, _c, _n in topics]
    forum = Site(board, "discourse", "Forum des habitants de Montsauzy", bpages,
                 menu=[("Dernières", "/")] + [(t, f"/t/{s}/{i}") for s, i, t, _c, _n in topics],
                 features=frozenset({"forum"}))
    return City("99493", "Montsauzy", 28_900, "81", "76", "Occitanie", f"http://{host}/", [www, forum])


# ==== Chaudreville: Joomla, an idea box, a poll module, a neighbours' network ==============================

def chaudreville() -> City:
    host, net = "www.chaudreville.fr", "voisins.chaudreville.fr"
    N = f"http://{net}"
    news = [("/actualites/canicule", "Plan canicule : la ville se prépare", "2 juin 2026", "Donnez votre avis sur les lieux frais."),
            ("/actualites/petition-gare", "Ligne TER : le conseil municipal vote un vœu", "21 mai 2026", "Pour le maintien des arrêts."),
            ("/environnement/composteurs", "Des composteurs gratuits pour les foyers", "12 mai 2026", "Inscriptions ouvertes."),
            ("/vie-citoyenne/voisins-solidaires", "Le réseau de voisins fête ses 1 000 membres", "3 mai 2026", "Prêt d'outils et jardins.")]
    pages = [
        page("/", "Accueil", m.home(
            "Chaudreville, ville verte de Moselle.",
            [("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/boite-a-idees", "Boîte à idées"),
             ("/vie-citoyenne/voisins-solidaires", "Réseau de voisins"), ("/environnement/adopter-un-arbre", "Adopter un arbre"),
             ("/mairie/paiement-cantine", "Payer la cantine"), ("/mairie/contact", "Contact")],
            [(h, t, d) for h, t, d, _ in news],
            [("8 juin", "Troc d'outils", "Place de la République"), ("14 juin", "Comité de quartier Saint-Pierre", "Salle Saint-Pierre"),
             ("19 juin", "Conseil municipal", "Hôtel de ville")])),
        _news_index("/actualites", news),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "La ville associe ses habitants à ses projets : six comités de quartier, un conseil municipal des jeunes, des "
            "réunions publiques et des concertations sur l'aménagement des rues.")
             + m.links([("/vie-citoyenne/boite-a-idees", "La boîte à idées"), ("/vie-citoyenne/voisins-solidaires", "Le réseau Chaudr'Voisins"),
                        ("/vie-citoyenne/participation-citoyenne", "Le dispositif de vigilance « Participation citoyenne »")]),
             {"participation_displayed"}),
        page("/vie-citoyenne/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour votre quartier, pour le climat, pour la vie de la ville ? Écrivez-nous : chaque idée reçoit une "
            "réponse et les plus fréquentes sont présentées en comité de quartier.") + m.joomla_contact("/vie-citoyenne/boite-a-idees"),
             {"suggestion_call", "contact_form"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        # the city's page presenting its neighbours' network, with the way in
        page("/vie-citoyenne/voisins-solidaires", "Chaudr'Voisins, le réseau social des voisins", m.prose(
            "Chaudr'Voisins est le réseau de proximité des habitants, lancé par la ville avec les centres sociaux. On y prête une "
            "perceuse, on y partage un bout de jardin, on y trouve un coup de main pour porter un meuble.",
            "L'inscription est gratuite et réservée aux habitants de Chaudreville.")
             + m.links([(N + "/", "Rejoindre Chaudr'Voisins"), (N + "/groupes/jardins-partages", "Le groupe Jardins partagés")]),
             {"territorial_social_network"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/participation-citoyenne", "Le dispositif « Participation citoyenne »", m.prose(
            "Mis en place avec la gendarmerie, ce dispositif s'appuie sur des habitants référents qui signalent les démarchages "
            "suspects et les faits inhabituels. Il est complémentaire de l'opération tranquillité vacances."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/actualites/canicule", "Plan canicule : la ville se prépare", '<div class="row"><div class="col-md-8">' + m.prose(
            "Des salles rafraîchies seront ouvertes en cas d'alerte. Les personnes âgées ou isolées peuvent s'inscrire au "
            "registre communal auprès du CCAS.", "Où trouvez-vous de la fraîcheur en été ? Répondez au sondage ci-contre.")
             + '</div><div class="col-md-4 sidebar-right">' + m.joomla_poll_module(
                 "Où vous rafraîchissez-vous en été ?", ["Au parc", "À la piscine", "À la médiathèque", "Je reste chez moi"]) + '</div></div>',
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/sondage-eclairage-resultats", "Éclairage nocturne : les résultats du sondage", m.prose(
            "Le sondage est terminé : 1 482 votes. 61 % des votants approuvent l'extinction de l'éclairage public de 1 h à 5 h ; "
            "elle sera étendue à tous les quartiers le 1er septembre."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        # a national petition named in passing, with no way to sign on the city's hosts
        page("/actualites/petition-gare", "Ligne TER : le conseil municipal vote un vœu", m.prose(
            "Le conseil municipal a voté à l'unanimité un vœu pour le maintien des arrêts en gare de Chaudreville. Une pétition "
            "nationale pour les lignes du quotidien a par ailleurs été déposée sur le site de l'Assemblée nationale."),
             decoys={"petition"}, parent=("Actualités", "/actualites")),
        page("/environnement/composteurs", "Des composteurs gratuits", m.prose(
            "La communauté d'agglomération fournit un composteur de 400 litres aux foyers qui suivent une formation d'une heure.")
             + m.registration_form("/environnement/composteurs", "Réserver mon composteur", [
                 ("text", "nom", "Nom"), ("text", "adresse", "Adresse"), ("email", "email", "E-mail"), ("date", "formation", "Date de formation")]),
             decoys={"contact_form"}),
        # tree sponsorship: a registration with fixed fields
        page("/environnement/adopter-un-arbre", "Adopter un arbre de rue", m.prose(
            "Arrosez un jeune arbre devant chez vous pendant ses trois premiers étés : la ville vous remet un arrosoir et une "
            "plaque à votre nom. Choisissez votre arbre sur la liste.")
             + m.registration_form("/environnement/adopter-un-arbre", "Je parraine un arbre", [
                 ("text", "nom", "Nom"), ("text", "arbre", "Numéro de l'arbre"), ("email", "email", "E-mail")], "Adopter"),
             decoys={"contact_form", "suggestion_call"}),
        page("/environnement/eau-rapport", "Rapport annuel sur l'eau", m.prose(
            "Le rapport sur le prix et la qualité du service public de l'eau potable 2025 est disponible. L'eau distribuée a été "
            "conforme aux normes dans 99,6 % des analyses.")),
        page("/mairie/budget-primitif-2026", "Budget primitif 2026", m.prose(
            "Voté le 26 mars, le budget primitif 2026 s'équilibre à 52 M€. Priorités : rénovation thermique des écoles, plan "
            "vélo, végétalisation des cours.") + m.bullets(["Note de présentation brève et synthétique (PDF)", "Budget primitif (PDF)"]),
             decoys={"participatory_budget"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Consultations en cours : appel d'offres pour la rénovation thermique du groupe scolaire Pasteur (date limite : 30 juin) ; "
            "marché de fourniture de plants pour les espaces verts."),
             decoys={"suggestion_call"}),
        page("/mairie/paiement-cantine", "Payer la cantine en ligne", m.payment_form("/mairie/paiement-cantine", "Réglez vos factures de restauration scolaire."),
             decoys={"contact_form"}),
        page("/mairie/contact", "Contact", m.prose("Hôtel de ville : 1 rue de Metz. Accueil du lundi au vendredi de 8 h à 17 h 30.")
             + m.joomla_contact("/mairie/contact"), {"contact_form"}),
    ]
    www = _site(host, "joomla", "Chaudreville", pages,
                [("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Environnement", "/environnement/composteurs"),
                 ("Actualités", "/actualites"), ("Contact", "/mairie/contact")],
                "Hôtel de ville, 1 rue de Metz, 57290 Chaudreville",
                [social("facebook", "chaudreville"), social("linkedin", "ville-de-chaudreville")])
    feed = [("Nadia", "Prêt d'outils", "Je prête une tondeuse électrique ce week-end, rue des Lilas.", "/publications/412", 3),
            ("Gérard", "Jardins partagés", "Qui veut des plants de courgettes ? J'en ai trop.", "/publications/418", 5),
            ("Amélie", "Entraide", "Besoin de deux bras samedi pour un déménagement, je paie les croissants !", "/publications/420", 2)]
    npages = [
        page("/", "Le fil du quartier", m.prose("Bienvenue sur Chaudr'Voisins, le réseau des voisins de Chaudreville.") + m.community_feed(feed)
             + m.links([("/groupes/jardins-partages", "Groupe Jardins partagés"), ("/groupes/pret-outils", "Groupe Prêt d'outils")])),
        page("/groupes/jardins-partages", "Groupe Jardins partagés", m.prose("238 membres. Partage de parcelles, graines et récoltes.")
             + m.community_feed(feed[1:2]), parent=("Le fil du quartier", "/")),
        page("/groupes/pret-outils", "Groupe Prêt d'outils", m.prose("412 membres. Perceuses, échelles, remorques : empruntez plutôt qu'acheter.")
             + m.community_feed(feed[:1]), parent=("Le fil du quartier", "/")),
    ] + [  # a neighbour's post with the replies other residents publish under it
        page(h, f"Publication de {a}", f'<article class="post-detail"><p>{t}</p></article>'
              + "".join(f'<div class="reply"><span class="reply__author">Voisin {i}</span><p>Merci, je suis intéressé.</p></div>' for i in range(n))
              + '<form class="reply-form" method="post" action="/publications/reponses"><textarea name="reponse[contenu]"></textarea>'
                '<button type="submit">Répondre</button></form>', {"comments"}, parent=("Le fil du quartier", "/")) for a, _g, t, h, n in feed]
    network = Site(net, "community", "Chaudr'Voisins", npages, menu=[("Le fil", "/"), ("Groupes", "/groupes/jardins-partages")],
                   features=frozenset({"territorial_social_network"}))
    return City("99494", "Chaudreville", 36_200, "57", "44", "Grand Est", f"http://{host}/", [www, network])


# ==== Orvallon: TYPO3, a climate budget "Graines d'Orvallon", the metropolis's Cap Collectif platform =======

def orvallon() -> City:
    host, plat = "www.orvallon.fr", "orvallon-metropole.cap-collectif.com"
    P = f"http://{plat}"
    news = [("/actualites/appel-a-projets-associations", "Appel à projets associatifs : transition écologique", "5 mai 2026",
             "Subventions de 500 à 5 000 €."),
            ("/actualites/salon-eco-habitat", "Forum de l'éco-habitat au parc des expositions", "28 avril 2026", "Rénover, isoler, chauffer."),
            ("/actualites/plateforme-metropole", "La métropole ouvre sa plateforme de participation", "14 avril 2026",
             "Questionnaire vélo et îlots de fraîcheur."),
            ("/ma-ville/participer/graines-d-orvallon/vote", "Graines d'Orvallon : à vous de voter !", "1er avril 2026", "Jusqu'au 30 avril.")]
    vote = ('<form class="vote-bp" method="post" action="/ma-ville/participer/graines-d-orvallon/vote"><fieldset><legend>Choisissez '
            'jusqu\'à trois projets</legend>' + "".join(
                f'<div class="form-check"><input class="form-check-input" type="checkbox" name="tx_bp[projets][]" value="{i}" id="p{i}">'
                f'<label class="form-check-label" for="p{i}">{t}</label></div>' for i, t in enumerate([
                    "Une rue-jardin rue Berlioz (45 000 €)", "Des nichoirs et hôtels à insectes dans les écoles (8 000 €)",
                    "Un atelier vélo solidaire aux Granges (30 000 €)", "Ombrager l'aire de jeux du parc Mistral (40 000 €)"], 1))
            + '</fieldset><label for="carte">Numéro de carte d\'électeur ou de résident</label><input id="carte" name="tx_bp[carte]" type="text">'
              '<button type="submit" class="btn btn-primary">Valider mon vote</button></form>')
    pages = [
        page("/", "Accueil", m.home(
            "Orvallon, au pied du Vercors : toutes les informations de votre ville.",
            [("/ma-ville/participer", "Participer"), ("/ma-ville/participer/graines-d-orvallon", "Graines d'Orvallon"),
             ("/cadre-de-vie/renovation-energetique", "Rénover son logement"), ("/cadre-de-vie/qualite-air", "Qualité de l'air"),
             ("/mairie/recensement", "Recensement"), ("/contact", "Nous écrire")],
            [(h, t, d) for h, t, d, _ in news],
            [("25 avril", "Atelier îlots de fraîcheur", "Maison des habitants"), ("30 avril", "Clôture du vote Graines d'Orvallon", "En ligne"),
             ("6 mai", "Conseil municipal", "Hôtel de ville")])),
        _news_index("/actualites", news),
        page("/ma-ville/participer", "Participer", m.prose(
            "Habitants, vous avez votre mot à dire : la ville vous consulte sur ses projets, vous invite aux ateliers de quartier "
            "et vous confie une part de son budget d'investissement. La métropole organise aussi ses propres concertations.")
             + m.links([("/ma-ville/participer/graines-d-orvallon", "Graines d'Orvallon, le budget participatif"),
                        ("/ma-ville/participer/rues-fraiches", "Appel à idées Rues fraîches (clos)"),
                        (P + "/", "La plateforme de participation de la métropole")]),
             {"participation_displayed"}),
        page("/ma-ville/participer/graines-d-orvallon", "Graines d'Orvallon", m.prose(
            "Graines d'Orvallon est le budget participatif de la ville, consacré cette année à la nature en ville et au climat. "
            "250 000 € financent les projets proposés par les habitants puis choisis par leur vote.")
             + m.links([("/ma-ville/participer/graines-d-orvallon/vote", "Voter pour les projets 2026"),
                        ("/ma-ville/participer/graines-d-orvallon/edition-2024", "Les réalisations de l'édition 2024")]),
             {"participatory_budget"}, parent=("Participer", "/ma-ville/participer")),
        # the vote of a participatory budget: residents choose projects (not an opinion poll)
        page("/ma-ville/participer/graines-d-orvallon/vote", "Graines d'Orvallon : votez pour vos projets", m.prose(
            "Douze projets ont été jugés réalisables. Votez jusqu'au 30 avril ; les lauréats seront annoncés au conseil municipal de mai.")
             + vote, {"participatory_budget"}, parent=("Graines d'Orvallon", "/ma-ville/participer/graines-d-orvallon")),
        # a past edition of the participatory budget, still running under the same name
        page("/ma-ville/participer/graines-d-orvallon/edition-2024", "Graines d'Orvallon 2024 : les réalisations", m.prose(
            "L'édition 2024 a retenu neuf projets votés par 3 050 habitants. Sept sont réalisés : le verger des Granges, la mare "
            "pédagogique du collège, les récupérateurs d'eau des jardins familiaux…"),
             {"participatory_budget"}, parent=("Graines d'Orvallon", "/ma-ville/participer/graines-d-orvallon")),
        # a call for ideas that closed months ago: only its outcome is shown, nobody can propose
        page("/ma-ville/participer/rues-fraiches", "Rues fraîches : les idées retenues", m.prose(
            "L'appel à idées Rues fraîches s'est clos le 15 décembre. 214 idées ont été reçues ; 18 seront réalisées en 2026, "
            "dont la végétalisation de la rue Voltaire et des brumisateurs place Grenette.", "Merci à tous les participants."),
             decoys={"suggestion_call"}, parent=("Participer", "/ma-ville/participer")),
        page("/actualites/appel-a-projets-associations", "Appel à projets associatifs : transition écologique", m.prose(
            "Les associations orvallonnaises peuvent solliciter une subvention de 500 à 5 000 € pour un projet de sensibilisation "
            "à la transition écologique. Dossier à déposer avant le 15 juin."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/salon-eco-habitat", "Forum de l'éco-habitat", m.prose(
            "Les 16 et 17 mai, le forum de l'éco-habitat réunit artisans RGE, conseillers France Rénov' et fournisseurs d'énergie."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/plateforme-metropole", "La métropole ouvre sa plateforme de participation", m.prose(
            "La métropole d'Orvallon lance sa plateforme en ligne, construite avec Cap Collectif. Premiers sujets : le plan vélo "
            "métropolitain et les îlots de fraîcheur.") + m.links([(P + "/", "Découvrir la plateforme")]),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/cadre-de-vie/renovation-energetique", "Rénover son logement", m.prose(
            "Le guichet France Rénov' de la métropole accompagne gratuitement les propriétaires. Prenez rendez-vous avec un "
            "conseiller.") + m.booking_form("/cadre-de-vie/renovation-energetique", ["Mardi 14 h", "Mardi 16 h", "Jeudi 10 h"]),
             decoys={"contact_form"}),
        page("/cadre-de-vie/qualite-air", "Qualité de l'air", m.prose(
            "La vallée est exposée aux particules fines en hiver. Le plan de protection de l'atmosphère prévoit la prime air-bois "
            "pour remplacer les foyers ouverts.")),
        # the council's agenda names the participatory budget's winners in passing
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Prochaine séance le 6 mai à 18 h : attribution des subventions, lauréats du budget participatif, rapport développement durable."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/mairie/recensement", "Recensement de la population", m.prose(
            "Le recensement se déroule du 15 janvier au 21 février. Un agent recenseur vous remet vos codes pour répondre en ligne "
            "au questionnaire de l'Insee."), decoys={"poll"}),
        page("/contact", "Nous écrire",
             '<form action="/contact?tx_form_formframework%5Baction%5D=perform" method="post" id="contactForm-412" '
             'enctype="multipart/form-data"><div class="form-group"><label class="form-label" for="contactForm-412-text-1">Nom</label>'
             '<input class="form-control" id="contactForm-412-text-1" type="text" name="tx_form_formframework[contactForm-412][text-1]"></div>'
             '<div class="form-group"><label class="form-label" for="contactForm-412-email-1">E-mail</label><input class="form-control" '
             'id="contactForm-412-email-1" type="email" name="tx_form_formframework[contactForm-412][email-1]"></div>'
             '<div class="form-group"><label class="form-label" for="contactForm-412-textarea-1">Message</label><textarea class="xxlarge form-control" '
             'id="contactForm-412-textarea-1" name="tx_form_formframework[contactForm-412][textarea-1]"></textarea></div>'
             '<nav class="form-navigation"><button class="btn btn-primary" type="submit" name="tx_form_formframework[contactForm-412][__currentPage]" '
             'value="1">Envoyer</button></nav></form>', {"contact_form"}),
    ]
    www = _site(host, "typo3", "Ville d'Orvallon", pages,
                [("Accueil", "/"), ("Participer", "/ma-ville/participer"), ("Cadre de vie", "/cadre-de-vie/qualite-air"),
                 ("Mairie", "/mairie/conseil-municipal"), ("Actualités", "/actualites"), ("Contact", "/contact")],
                "Hôtel de ville, 2 avenue du Vercors, 38450 Orvallon",
                [social("facebook", "villeorvallon"), social("x", "Orvallon"), social("linkedin", "ville-d-orvallon")])
    velo = "/project/plan-velo-metropolitain/questionnaire/questionnaire-velo"
    idees = "/project/ilots-de-fraicheur/collect/depot-des-idees"
    cpages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de la métropole d'Orvallon : concertations, "
                                     "consultations et appels à idées sur les projets des 21 communes.")
             + m.links([(velo, "Plan vélo métropolitain : questionnaire"), (idees, "Îlots de fraîcheur : déposez vos idées"),
                        ("/project/plan-velo-metropolitain/questionnaire/questionnaire-2023", "Résultats du questionnaire 2023")]),
             {"participation_displayed"}),
        page(velo, "Questionnaire : vos trajets à vélo", m.capco_steps([
            ("/project/plan-velo-metropolitain/questionnaire/questionnaire-2023", "Questionnaire 2023", "clos", False),
            (velo, "Questionnaire 2026", "du 1er avril au 15 juin", True)]) + m.capco_questionnaire(58, [
                ("Combien de kilomètres faites-vous par jour ?", "radio", ["Moins de 3", "3 à 10", "Plus de 10"]),
                ("Quels aménagements souhaitez-vous ?", "checkbox", ["Pistes séparées", "Stationnement sécurisé", "Zones 30"]),
                ("Votre commune", "select", ["Orvallon", "Saint-Martin", "Autre commune de la métropole"])]),
             {"poll"}, parent=("Accueil", "/")),
        page("/project/plan-velo-metropolitain/questionnaire/questionnaire-2023", "Questionnaire 2023 : résultats", m.prose(
            "Ce questionnaire est terminé. 4 210 personnes ont répondu ; 72 % demandent des pistes séparées de la circulation.")
             + '<div class="results-chart"><p>Pistes séparées : 72 %</p><p>Stationnement sécurisé : 54 %</p><p>Zones 30 : 38 %</p></div>',
             decoys={"poll"}, parent=("Accueil", "/")),
        page(idees, "Îlots de fraîcheur : déposez vos idées", m.prose(
            "Où manque-t-il d'ombre, d'eau, d'arbres ? Proposez un lieu et une idée pour le rafraîchir, jusqu'au 30 juin.")
             + m.links([(idees + "/proposals/ombre-place-du-marche", "Des voiles d'ombrage place du Marché")])
             + '<form class="proposal-form" method="post" action="' + idees + '/proposals"><label for="proposal_title">Titre</label>'
               '<input id="proposal_title" name="proposal[title]" type="text"><label for="proposal_body">Description</label>'
               '<textarea id="proposal_body" name="proposal[body]"></textarea><label for="proposal_address">Adresse</label>'
               '<input id="proposal_address" name="proposal[address]" type="text"><button type="submit" class="btn btn-primary">Déposer</button></form>',
             {"suggestion_call"}, parent=("Accueil", "/")),
        page(idees + "/proposals/ombre-place-du-marche", "Des voiles d'ombrage place du Marché", m.prose(
            "Tendre des voiles entre les platanes les jours de marché, de juin à septembre.")
             + '<section class="opinion__comments"><h2>3 commentaires</h2><div class="comment"><p class="comment__author">Fanny</p>'
               '<p>Et des fontaines pour les enfants !</p></div><div class="comment"><p class="comment__author">Rachid</p><p>Les '
               'commerçants seraient ravis.</p></div><form class="comment-form" method="post" action="/comments"><label for="comment-body">'
               'Votre commentaire</label><textarea id="comment-body" name="body"></textarea><button type="submit">Commenter</button></form></section>',
             {"comments"}, parent=("Îlots de fraîcheur", idees)),
    ]
    capco = Site(plat, "capcollectif", "Participer dans la métropole d'Orvallon", cpages,
                 menu=[("Accueil", "/"), ("Plan vélo", velo), ("Îlots de fraîcheur", idees)],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    return City("99495", "Orvallon", 52_600, "38", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [www, capco])


# ==== Saint-Évrance: a vendor CMS, a biodiversity atlas, a Go Vocal space ==================================

def saint_evrance() -> City:
    host, plat = "www.saint-evrance.fr", "saint-evrance.govocal.com"
    P = f"http://{plat}"
    news = [("/actualites/canicule-registre", "Canicule : inscrivez-vous au registre", "3 juin 2026", "Pour les personnes fragiles."),
            ("/actualites/enquete-insee", "Enquête de l'Insee sur le cadre de vie", "22 mai 2026", "Des enquêteurs passent chez vous."),
            ("/actualites/concours-maisons-fleuries", "Concours des balcons fleuris et nourriciers", "15 mai 2026", "Inscriptions avant le 10 juin."),
            ("/actualites/budget-departement", "Le Département finance le pôle nature", "6 mai 2026", "Un projet lauréat pour la ville.")]
    pages = [
        page("/", "Accueil", m.home(
            "Saint-Évrance, ville nature de l'Oise.",
            [("/vivre/democratie-participative", "Démocratie participative"), (P + "/", "Je participe"),
             ("/vivre/atlas-biodiversite", "Atlas de la biodiversité"), ("/vivre/vos-suggestions", "Vos suggestions"),
             ("/reservation-salles", "Réserver une salle"), ("/contact", "Contact")],
            [(h, t, d) for h, t, d, _ in news],
            [("7 juin", "Inventaire des papillons", "Marais de la Brèche"), ("12 juin", "Assemblée citoyenne", "Salle Jean-Jaurès"),
             ("18 juin", "Conseil municipal", "Hôtel de ville")])
             + '<section class="home-tourisme"><h2>Office de tourisme</h2><p>Suivez les balades de l\'office de tourisme : '
               '<a href="https://www.facebook.com/tourisme.pays.evrancien">Facebook de l\'office de tourisme</a>.</p></section>'),
        _news_index("/actualites", news),
        page("/vivre/democratie-participative", "Démocratie participative", m.prose(
            "Assemblée citoyenne de 60 membres dont la moitié tirés au sort, conseils citoyens des quartiers prioritaires, "
            "ateliers de concertation : la ville associe les Évranciens à la transition écologique.",
            "La plateforme « Je participe » rassemble les projets ouverts à la participation en ligne.")
             + m.links([(P + "/", "Je participe : la plateforme"), ("/vivre/vos-suggestions", "Envoyer une suggestion")]),
             {"participation_displayed"}),
        # a participatory inventory of species: a scientific programme, not the city's participatory approach
        page("/vivre/atlas-biodiversite", "Atlas de la biodiversité communale", m.prose(
            "Depuis 2025, la ville dresse l'inventaire de sa faune et de sa flore avec le conservatoire des espaces naturels. "
            "Les habitants y contribuent en signalant leurs observations : l'atlas final sera publié en 2027.")
             + m.links([("/vivre/atlas-biodiversite/observer", "Signaler une observation")]),
             decoys={"participation_displayed"}),
        # a structured observation sheet for the atlas: no free message, no idea asked for
        page("/vivre/atlas-biodiversite/observer", "Signaler une observation", m.observation_form("/vivre/atlas-biodiversite/observer"),
             decoys={"contact_form", "suggestion_call"}, parent=("Atlas de la biodiversité", "/vivre/atlas-biodiversite")),
        page("/vivre/vos-suggestions", "Vos suggestions", m.prose(
            "Une suggestion pour améliorer votre quotidien, votre quartier, l'environnement ? Proposez-la : elle est transmise "
            "au service concerné et à l'élu de quartier.") + m.generic_contact("/vivre/vos-suggestions", idea=True),
             {"suggestion_call", "contact_form"}, parent=("Démocratie participative", "/vivre/democratie-participative")),
        page("/vivre/jardins-partages", "Jardins partagés", m.prose(
            "Quatre jardins partagés comptent 120 parcelles. Inscrivez-vous sur la liste d'attente.")
             + m.registration_form("/vivre/jardins-partages", "Liste d'attente", [("text", "nom", "Nom"), ("email", "email", "E-mail"),
                                                                                  ("text", "jardin", "Jardin souhaité")]),
             decoys={"contact_form"}),
        # the heat-wave register of vulnerable persons: a registration, not a survey
        page("/actualites/canicule-registre", "Canicule : inscrivez-vous au registre", m.prose(
            "Les personnes âgées, handicapées ou isolées peuvent s'inscrire au registre nominatif du CCAS pour être appelées en "
            "cas d'alerte.") + m.registration_form("/actualites/canicule-registre", "Inscription au registre", [
                ("text", "nom", "Nom"), ("text", "adresse", "Adresse"), ("tel", "tel", "Téléphone"), ("text", "proche", "Personne à prévenir")]),
             decoys={"contact_form", "poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-insee", "Enquête de l'Insee sur le cadre de vie", m.prose(
            "L'Insee réalise jusqu'au 30 juin une enquête sur le cadre de vie et la sécurité. Quelques ménages seront interrogés "
            "par un enquêteur muni d'une carte officielle."), decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/concours-maisons-fleuries", "Concours des balcons fleuris et nourriciers", m.prose(
            "Le concours récompense les balcons, jardins et façades fleuris ou potagers. Bulletin d'inscription à l'accueil de la mairie."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-departement", "Le Département finance le pôle nature", m.prose(
            "Le projet de pôle nature du marais de la Brèche figure parmi les lauréats du budget participatif départemental. "
            "Les travaux débuteront à l'automne."), decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/mairie/budget", "Budget et finances", m.prose(
            "Budget primitif 2026 : 39 M€. Compte administratif 2025 et rapport d'orientation budgétaire à télécharger."),
             decoys={"participatory_budget"}),
        page("/mairie/deliberations", "Délibérations du conseil municipal", m.bullets([
            "Séance du 18 juin : ordre du jour", "Séance du 9 avril : procès-verbal", "Séance du 27 mars : budget primitif"]),
             decoys={"participation_displayed"}),
        page("/reservation-salles", "Réserver une salle", m.booking_form("/reservation-salles", ["Salle Jean-Jaurès", "Salle des Tilleuls"]),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Mairie de Saint-Évrance, 5 place de l'Église.") + m.generic_contact("/contact"),
             {"contact_form"}),
    ]
    www = _site(host, "vendor", "Ville de Saint-Évrance", pages,
                [("Accueil", "/"), ("Vivre à Saint-Évrance", "/vivre/democratie-participative"), ("Mairie", "/mairie/budget"),
                 ("Actualités", "/actualites"), ("Contact", "/contact")],
                "5 place de l'Église, 60340 Saint-Évrance",
                [social("facebook", "SaintEvrance"), social("instagram", "saint_evrance"), social("tiktok", "saintevrance")])
    ideas = [("une-mare-pedagogique", "Une mare pédagogique à l'école Curie", 42, 3), ("des-arbres-fruitiers", "Des arbres fruitiers dans la cour", 27, 1)]
    gpages = [
        page("/", "Je participe", m.prose("La plateforme de participation de Saint-Évrance : donnez vos idées et votre avis sur "
                                          "les projets de la ville.")
             + m.links([("/fr-FR/projects/cours-oasis", "Cours oasis : vos idées"), ("/fr-FR/projects/chaleur-en-ville", "Enquête : la chaleur en ville"),
                        ("/fr-FR/projects/budget-climat", "Budget climat citoyen")]), {"participation_displayed"}),
        page("/fr-FR/projects/cours-oasis", "Cours oasis : vos idées", m.prose("Proposez vos idées pour transformer les cours "
                                                                              "d'école en îlots de fraîcheur. Phase d'idéation jusqu'au 30 juin.")
             + m.govocal_ideas(ideas) + m.links([("/fr-FR/projects/cours-oasis/ideas/new", "Ajouter une idée")]), {"suggestion_call"}),
        page("/fr-FR/projects/cours-oasis/ideas/new", "Ajouter une idée", m.govocal_idea_form("cours-oasis"), {"suggestion_call"},
             parent=("Cours oasis", "/fr-FR/projects/cours-oasis")),
    ] + [page(f"/fr-FR/ideas/{slug}", t, m.prose("Idée déposée dans le projet Cours oasis.")
              + m.govocal_comments([("Sophie", "Mes enfants adoreraient !"), ("Karim", "Attention à la sécurité autour de l'eau.")][:c + 1]),
              {"comments"}, parent=("Cours oasis", "/fr-FR/projects/cours-oasis")) for slug, t, _u, c in ideas] + [
        page("/fr-FR/projects/chaleur-en-ville", "Enquête : la chaleur en ville", m.govocal_survey([
            ("Avez-vous souffert de la chaleur l'été dernier ?", ["Beaucoup", "Un peu", "Pas du tout"]),
            ("Quelle mesure est prioritaire ?", ["Planter des arbres", "Ouvrir des salles fraîches", "Installer des fontaines"])]),
             {"poll"}),
        page("/fr-FR/projects/budget-climat", "Budget climat citoyen", m.prose(
            "100 000 € pour les projets des habitants en faveur du climat. Répartissez votre budget entre les projets retenus.")
             + '<div class="e2e-participatory-budget"><p class="e2e-budget-total">Votre budget : 0 € / 100 000 €</p>'
             + "".join(f'<div class="e2e-idea-card"><span>{t}</span> <span>{c}</span><button class="e2e-assign-budget-button">Ajouter</button></div>'
                       for t, c in [("Composteurs de quartier", "12 000 €"), ("Piste cyclable du stade", "60 000 €"), ("Haie champêtre", "9 000 €")])
             + '</div>', {"participatory_budget"}),
    ]
    gov = Site(plat, "govocal", "Je participe - Saint-Évrance", gpages,
               menu=[("Accueil", "/"), ("Cours oasis", "/fr-FR/projects/cours-oasis"), ("Enquête chaleur", "/fr-FR/projects/chaleur-en-ville"),
                     ("Budget climat", "/fr-FR/projects/budget-climat")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return City("99496", "Saint-Évrance", 41_300, "60", "32", "Hauts-de-France", f"http://{host}/", [www, gov],
                decoy_accounts=("https://www.facebook.com/tourisme.pays.evrancien",))


# ==== Pontbriac: a vendor CMS, a right of petition served by Publik e-services ===============================

def pontbriac() -> City:
    host, gru = "www.pontbriac.fr", "demarches.pontbriac.fr"
    G = f"http://{gru}"
    news = [("/actualites/voisins-vigilants", "Participation citoyenne : de nouveaux référents", "2 juin 2026", "Avec la gendarmerie."),
            ("/actualites/forum-emploi", "Forum de l'emploi vert", "20 mai 2026", "Métiers de la rénovation et du paysage."),
            ("/citoyennete/petition-ombrieres", "Pétition : des ombrières sur les parkings", "12 mai 2026", "Signez en ligne."),
            ("/citoyennete/assemblee-climat", "L'assemblée citoyenne du climat rend ses propositions", "2 mai 2026", "27 mesures.")]
    pages = [
        page("/", "Accueil", m.home(
            "Pontbriac, ville de Touraine au bord de l'Indre.",
            [("/citoyennete/conseils-de-quartier", "Conseils de quartier"), ("/citoyennete/droit-de-petition", "Droit de pétition"),
             ("/citoyennete/assemblee-climat", "Assemblée citoyenne du climat"), (G + "/", "Démarches en ligne"),
             ("/mairie/conseil-municipal", "Conseil municipal"), ("/contact", "Contact")],
            [(h, t, d) for h, t, d, _ in news],
            [("10 juin", "Conseil de quartier Nord", "Salle des Varennes"), ("14 juin", "Balade des arbres remarquables", "Parc de la Douve"),
             ("26 juin", "Conseil municipal", "Hôtel de ville")])),
        _news_index("/actualites", news),
        page("/citoyennete/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les conseils de quartier Nord, Centre et Rive gauche sont des lieux de dialogue entre habitants et élus. Ils "
            "émettent des avis sur les projets et disposent d'un budget de fonctionnement.")
             + m.links([("/citoyennete/conseils-de-quartier/compte-rendu-nord", "Compte rendu du conseil Nord (mars 2026)")]),
             {"participation_displayed"}),
        # minutes of a neighbourhood council meeting: they show the council at work
        page("/citoyennete/conseils-de-quartier/compte-rendu-nord", "Conseil de quartier Nord : compte rendu du 12 mars", m.prose(
            "Présents : 24 habitants, 2 élus. Points abordés : sécurisation du chemin de l'école, plantation de haies rue des "
            "Varennes, ramassage des encombrants.", "Le conseil a voté un avis favorable au projet de haies."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/citoyennete/conseils-de-quartier")),
        page("/citoyennete/assemblee-climat", "Assemblée citoyenne du climat", m.prose(
            "Trente-cinq habitants tirés au sort ont travaillé six mois sur l'adaptation de Pontbriac au changement climatique. "
            "Leurs 27 propositions seront débattues en conseil municipal en juin ; la ville répondra à chacune."),
             {"participation_displayed"}),
        page("/citoyennete/droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2024, les habitants de Pontbriac peuvent saisir le conseil municipal par pétition : au-delà de 300 signatures, "
            "le sujet est inscrit à l'ordre du jour. Déposez votre pétition en ligne ; elle est publiée après vérification de sa "
            "recevabilité.") + m.links([(G + "/deposer-une-petition/", "Déposer une pétition"),
                                       ("/citoyennete/petition-ombrieres", "Pétition en cours : des ombrières sur les parkings"),
                                       ("/citoyennete/petition-piscine-resultat", "Pétition close : bassin nordique")]),
             {"petition"}),
        page("/citoyennete/petition-ombrieres", "Pétition : des ombrières photovoltaïques sur les parkings", m.prose(
            "Portée par l'association Pontbriac Soleil, cette pétition demande des ombrières solaires sur les parkings du marché "
            "et de la gare. 214 signatures sur 300.") + m.links([(G + "/signer-la-petition-ombrieres/", "Signer la pétition")]),
             {"petition"}, parent=("Le droit de pétition", "/citoyennete/droit-de-petition")),
        # a closed petition and its outcome: nobody can sign any more
        page("/citoyennete/petition-piscine-resultat", "Pétition close : un bassin nordique", m.prose(
            "La pétition pour un bassin nordique a recueilli 388 signatures. Débattue le 15 janvier, elle a conduit à une étude "
            "de faisabilité. Les signatures sont closes."),
             decoys={"petition"}, parent=("Le droit de pétition", "/citoyennete/droit-de-petition")),
        page("/actualites/voisins-vigilants", "Participation citoyenne : de nouveaux référents", m.prose(
            "Le dispositif « Participation citoyenne », piloté par la gendarmerie, compte douze nouveaux habitants référents. "
            "Ils font remonter les faits suspects et diffusent les conseils de prévention des cambriolages."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-emploi", "Forum de l'emploi vert", m.prose(
            "Le forum de l'emploi vert réunit le 4 juin employeurs de la rénovation énergétique, du paysage et du recyclage."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/environnement/compost-et-arbres", "Compost et arbres", m.prose(
            "Composteurs individuels, parrainage d'arbres de rue : toutes les demandes se font sur le portail des démarches.")
             + m.links([(G + "/demande-de-composteur/", "Demander un composteur"), (G + "/adopter-un-arbre/", "Adopter un arbre")])),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Séance du 26 juin : réponse aux propositions de l'assemblée citoyenne du climat, budget supplémentaire, tarifs."),
             decoys={"participation_displayed"}),
        # the contact page only links to the e-services form; its own form is a newsletter sign-up
        page("/contact", "Contact", m.prose("Mairie de Pontbriac, 4 quai de l'Indre. Pour écrire aux services, utilisez le "
                                            "formulaire en ligne.") + m.links([(G + "/contacter-la-mairie/", "Écrire à la mairie")])
             + m.newsletter("/contact"), decoys={"contact_form"}),
    ]
    www = _site(host, "vendor", "Ville de Pontbriac", pages,
                [("Accueil", "/"), ("Citoyenneté", "/citoyennete/conseils-de-quartier"), ("Environnement", "/environnement/compost-et-arbres"),
                 ("Actualités", "/actualites"), ("Contact", "/contact")],
                "4 quai de l'Indre, 37250 Pontbriac",
                [social("facebook", "pontbriac"), social("instagram", "pontbriac37"), social("bluesky", "pontbriac.fr")])
    ppages = [
        page("/", "Démarches en ligne", m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/deposer-une-petition/", "Déposer une pétition"),
                                                 ("/signer-la-petition-ombrieres/", "Signer la pétition « Ombrières »"),
                                                 ("/demande-de-composteur/", "Demande de composteur"), ("/adopter-un-arbre/", "Adopter un arbre"),
                                                 ("/paiement-cantine/", "Payer la cantine")], "list-of-forms")),
        page("/contacter-la-mairie/", "Contacter la mairie", m.publik_form("contacter-la-mairie", [
            ("text", 1, "Nom"), ("email", 2, "Courriel"), ("text", 3, "Objet"), ("textarea", 4, "Votre message")]), {"contact_form"}),
        # filing a petition for the council: a petition space, not a message to the services
        page("/deposer-une-petition/", "Déposer une pétition", m.publik_form("deposer-une-petition", [
            ("text", 1, "Titre de la pétition"), ("textarea", 2, "Texte de la pétition"), ("text", 3, "Nom du premier signataire"),
            ("email", 4, "Courriel")]), {"petition"}),
        page("/signer-la-petition-ombrieres/", "Signer la pétition « Ombrières »", m.prose(
            "Pétition : des ombrières photovoltaïques sur les parkings du marché et de la gare.") + m.publik_form("signer-la-petition-ombrieres", [
                ("text", 1, "Nom"), ("text", 2, "Prénom"), ("text", 3, "Adresse à Pontbriac"), ("email", 4, "Courriel")], "Signer"),
             {"petition"}),
        page("/demande-de-composteur/", "Demande de composteur", m.publik_form("demande-de-composteur", [
            ("text", 1, "Nom"), ("text", 2, "Adresse"), ("radio:300 litres|600 litres", 3, "Volume")]), decoys={"contact_form"}),
        page("/adopter-un-arbre/", "Adopter un arbre", m.publik_form("adopter-un-arbre", [
            ("text", 1, "Nom"), ("text", 2, "Numéro de l'arbre"), ("email", 3, "Courriel")]), decoys={"contact_form"}),
        page("/paiement-cantine/", "Payer la cantine", m.payment_form("/paiement-cantine/", "Paiement des factures de restauration scolaire."),
             decoys={"contact_form"}),
    ]
    publik = Site(gru, "publik", "Démarches - Pontbriac", ppages, menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/")],
                  address="4 quai de l'Indre, 37250 Pontbriac")
    return City("99497", "Pontbriac", 26_700, "37", "24", "Centre-Val de Loire", f"http://{host}/", [www, publik])


# ==== Aurignes: Drupal, "Aurignes Respire", a CONSUL budget, a Flarum board ===============================

def aurignes() -> City:
    host, bud, board = "www.aurignes.fr", "budget.aurignes.fr", "forum.aurignes.fr"
    B, F = f"http://{bud}", f"http://{board}"
    news = [("/actualites/jardins-familiaux", "Jardins familiaux : 40 nouvelles parcelles", "9 juin 2026", "Quartier des Oliviers."),
            ("/actualites/plan-eau", "Sécheresse : le plan eau de la ville", "1er juin 2026", "Restrictions et économies."),
            ("/actualites/consultation-prefecture-feux", "Risque incendie : enquête publique", "25 mai 2026", "Plan de prévention."),
            ("/actualites/forum-environnement", "Le forum de l'environnement revient", "15 mai 2026", "Village associatif et conférences.")]
    questionnaire = m.webform("questionnaire_canicule", "/aurignes-respire/questionnaire-canicule", [
        ("radios:Oui, souvent|Parfois|Non", "chaleur_logement", "Votre logement est-il trop chaud l'été ?"),
        ("radios:Moins de 5 minutes|5 à 15 minutes|Plus de 15 minutes", "distance_ombre", "À quelle distance se trouve le lieu ombragé le plus proche ?"),
        ("radios:Arbres|Fontaines|Salles climatisées|Horaires décalés", "priorite", "Quelle mesure vous semble prioritaire ?")],
        "Envoyer mes réponses")
    pages = [
        page("/", "Accueil", m.home(
            "Aurignes, entre Maures et Méditerranée.",
            [("/aurignes-respire", "Aurignes Respire"), (B + "/", "Budget des Restanques"), ("/aurignes-respire/questionnaire-canicule", "Questionnaire canicule"),
             (F + "/", "Forum citoyen"), ("/mairie/budget-primitif", "Budget de la ville"), ("/contact", "Contact")],
            [(h, t, d) for h, t, d, _ in news],
            [("13 juin", "Comité de quartier des Oliviers", "Maison des associations"), ("20 juin", "Fête de la Saint-Jean", "Plage"),
             ("2 juillet", "Conseil municipal", "Hôtel de ville")])),
        _news_index("/actualites", news),
        page("/aurignes-respire", "Aurignes Respire", m.prose(
            "Aurignes Respire réunit toutes les façons de participer à la transition de la ville : comités de quartier, budget "
            "participatif, questionnaires, ateliers de concertation et forum citoyen en ligne. Chaque avis est étudié ; la ville "
            "publie ses réponses chaque trimestre.")
             + m.links([("/aurignes-respire/comites-de-quartier", "Comités de quartier"), ("/aurignes-respire/budget-des-restanques", "Budget des Restanques"),
                        ("/aurignes-respire/questionnaire-canicule", "Questionnaire canicule"), ("/aurignes-respire/forum-citoyen", "Forum citoyen")]),
             {"participation_displayed"}),
        page("/aurignes-respire/comites-de-quartier", "Comités de quartier", m.prose(
            "Sept comités de quartier réunissent habitants, commerçants et associations. Ils sont consultés sur les projets "
            "d'aménagement et proposent des actions pour leur quartier."),
             {"participation_displayed"}, parent=("Aurignes Respire", "/aurignes-respire")),
        page("/aurignes-respire/budget-des-restanques", "Le Budget des Restanques", m.prose(
            "Le Budget des Restanques, c'est 300 000 € par an pour des projets d'habitants qui rafraîchissent la ville et économisent "
            "l'eau. Dépôt des projets du 1er mars au 30 avril sur budget.aurignes.fr, vote en octobre.")
             + m.links([("/aurignes-respire/budget-des-restanques/reglement", "Règlement"), (B + "/budgets/3", "Déposer ou consulter les projets")]),
             {"participatory_budget"}, parent=("Aurignes Respire", "/aurignes-respire")),
        page("/aurignes-respire/budget-des-restanques/reglement", "Règlement du Budget des Restanques", m.section(
            "Article 1 : objet", "Les habitants de plus de 12 ans proposent des projets d'investissement d'intérêt général.")
             + m.section("Article 4 : vote", "Chaque votant dispose de 300 000 € virtuels à répartir entre les projets."),
             {"participatory_budget"}, parent=("Le Budget des Restanques", "/aurignes-respire/budget-des-restanques")),
        page("/aurignes-respire/questionnaire-canicule", "Questionnaire : vivre la canicule à Aurignes", m.prose(
            "Trois questions pour préparer le plan fraîcheur. Réponses anonymes, jusqu'au 31 juillet.") + questionnaire,
             {"poll"}, parent=("Aurignes Respire", "/aurignes-respire")),
        # presents the board and links to it; nobody posts on this page
        page("/aurignes-respire/forum-citoyen", "Le forum citoyen", m.prose(
            "Le forum citoyen est un espace d'échange entre habitants, modéré par la ville. Inscription gratuite.")
             + m.links([(F + "/", "Aller sur le forum citoyen")]), parent=("Aurignes Respire", "/aurignes-respire")),
        page("/actualites/consultation-prefecture-feux", "Risque incendie : enquête publique", m.prose(
            "Le préfet soumet à enquête publique le plan de prévention des risques d'incendie de forêt. Le dossier est consultable "
            "en mairie ; le commissaire enquêteur reçoit le public les 3, 10 et 17 juin."),
             decoys={"participation_displayed", "suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-environnement", "Le forum de l'environnement revient", m.prose(
            "Samedi 14 juin, esplanade du port : le forum de l'environnement accueille 40 associations, des conférences sur l'eau "
            "et une bourse aux graines."), decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/jardins-familiaux", "Jardins familiaux : 40 nouvelles parcelles", m.prose(
            "Quarante parcelles équipées de récupérateurs d'eau ouvrent aux Oliviers. Attribution par tirage au sort en septembre.")
             + m.drupal_comments(731, [("Lucienne", "10 juin", "Faut-il habiter le quartier pour postuler ?"),
                                      ("Ville d'Aurignes", "10 juin", "Non, toute la commune peut postuler.")]),
             {"comments"}, decoys={"contact_form"}, parent=("Actualités", "/actualites")),
        page("/actualites/plan-eau", "Sécheresse : le plan eau de la ville", m.prose(
            "Arrosage des espaces verts réduit de moitié, fontaines en circuit fermé, détection des fuites : la ville a baissé sa "
            "consommation de 22 % en deux ans.") + m.drupal_comments(744, [], open_=False) + m.share(f"http://{host}/actualites/plan-eau", "Plan eau"),
             decoys={"comments"}, parent=("Actualités", "/actualites")),
        page("/mairie/budget-primitif", "Budget primitif 2026", m.prose(
            "Le budget primitif 2026 atteint 71 M€. Section d'investissement : 19 M€ dont 2,4 M€ pour le plan eau."),
             decoys={"participatory_budget"}),
        page("/mairie/appels-a-candidatures", "Appels à candidatures", m.prose(
            "Appel à candidatures pour l'occupation des paillotes de plage 2027 ; appel à manifestation d'intérêt pour le "
            "tiers-lieu de l'ancienne poste."), decoys={"suggestion_call"}),
        page("/contact", "Contact", m.webform("contact", "/contact", [("text", "name", "Nom"), ("email", "email", "Courriel"),
                                                                     ("select:Accueil|Urbanisme|Environnement|Culture", "service", "Service"),
                                                                     ("textarea", "message", "Message")]), {"contact_form"}),
    ]
    www = _site(host, "drupal", "Aurignes", pages,
                [("Accueil", "/"), ("Aurignes Respire", "/aurignes-respire"), ("Actualités", "/actualites"),
                 ("Mairie", "/mairie/budget-primitif"), ("Contact", "/contact")],
                "Hôtel de ville, cours de la République, 83150 Aurignes",
                [social("facebook", "villeaurignes"), social("x", "VilleAurignes"), social("instagram", "aurignes"),
                 social("youtube", "aurignestv")])
    items3 = [(41, "Des fontaines à brumisation sur le cours", "35 000 €", "Centre"), (44, "Un verger méditerranéen aux Oliviers", "18 000 €", "Oliviers"),
              (47, "Récupérer l'eau de pluie des écoles", "52 000 €", "Toute la ville")]
    cpages = [
        page("/", "Budget des Restanques", m.prose("Proposez, débattez et votez les projets du Budget des Restanques.")
             + m.links([("/budgets/3", "Budget des Restanques 2026"), ("/budgets/2/results", "Résultats 2025")]), {"participatory_budget"}),
        page("/budgets/3", "Budget des Restanques 2026", m.prose("Phase en cours : dépôt des projets, jusqu'au 30 avril.")
             + m.links([("/budgets/3/investments", "Voir les projets déposés"), ("/budgets/3/investments/new", "Déposer un projet")]),
             {"participatory_budget"}),
        page("/budgets/3/investments", "Projets déposés", m.consul_investments(items3, 3, "accepting"), {"participatory_budget"},
             parent=("Budget des Restanques 2026", "/budgets/3")),
        page("/budgets/3/investments/new", "Déposer un projet", m.prose("Décrivez votre projet ; il sera étudié par les services "
                                                                        "avant d'être soumis au vote.") + m.consul_new_investment(3),
             {"participatory_budget", "suggestion_call"}, parent=("Budget des Restanques 2026", "/budgets/3")),
    ] + [page(f"/budgets/3/investments/{iid}", t, m.prose(f"Montant estimé : {price}. Secteur : {area}.")
              + '<section class="comments" id="comments"><h2>Commentaires (2)</h2><div class="comment"><span class="author">Nathalie</span>'
                '<p>Indispensable en août.</p></div><form class="new_comment" action="/comments" method="post"><label for="comment-body-'
              + str(iid) + '">Laisser un commentaire</label><textarea name="comment[body]" id="comment-body-' + str(iid)
              + '"></textarea><input type="submit" value="Publier le commentaire" class="button"></form></section>',
              {"participatory_budget", "comments"}, parent=("Projets déposés", "/budgets/3/investments")) for iid, t, price, area in items3] + [
        # results of last year's edition of the running participatory budget
        page("/budgets/2/results", "Budget des Restanques 2025 : résultats", m.prose("4 870 votants. Projets retenus :")
             + m.consul_investments([(21, "Ombrager la cour de l'école Pagnol", "60 000 €", "Centre"),
                                     (24, "Une ressourcerie", "90 000 €", "Toute la ville")], 2, "finished", linked=False),
             {"participatory_budget"}),
    ]
    consul = Site(bud, "consul", "Budget des Restanques - Aurignes", cpages, menu=[("Accueil", "/"), ("Budget 2026", "/budgets/3")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    discussions = [(12, "pistes-cyclables-avenue-des-pins", "Pistes cyclables avenue des Pins", 8),
                   (15, "ombre-dans-les-cours-d-ecole", "De l'ombre dans les cours d'école", 5),
                   (18, "troc-de-graines", "Troc de graines au printemps", 3)]
    fposts = [("Élodie", "mai 2026", "Qu'en pensez-vous ?"), ("Bruno", "mai 2026", "Tout à fait d'accord."), ("Ana", "juin 2026", "Je propose d'en parler au comité de quartier.")]
    fpages = [page("/", "Forum citoyen d'Aurignes", m.flarum_list(discussions))] + [
        page(f"/d/{did}-{slug}", t, m.flarum_discussion(fposts[:2 + did % 2])) for did, slug, t, _n in discussions]
    forum = Site(board, "flarum", "Forum citoyen d'Aurignes", fpages,
                 menu=[("Toutes les discussions", "/")] + [(t, f"/d/{d}-{s}") for d, s, t, _n in discussions],
                 features=frozenset({"forum"}))
    return City("99498", "Aurignes", 63_900, "83", "93", "Provence-Alpes-Côte d'Azur", f"http://{host}/", [www, consul, forum])


def cities():
    return [vernouillac(), kerbrenoc(), montsauzy(), chaudreville(), orvallon(), saint_evrance(), pontbriac(), aurignes()]


def hosts():
    return {}
