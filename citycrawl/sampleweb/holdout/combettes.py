"""Holdout part "combettes": eight recent sites of cities of 40,000 to 150,000 inhabitants.

Headless and modern CMSs with card layouts, accordions and tabs; participation platforms that the
server renders (Decidim, CONSUL Democracy, Go Vocal's crawler view) beside spaces that a script
draws in the browser (Cap Collectif, a white-label React platform); conseils de quartier, budgets
participatifs under local brands at every stage, calls for ideas, questionnaires, petitions,
neighbours' networks, boards and comments; and the lookalikes such sites carry (consent managers,
chat bubbles, newsletters, accounts, bookings, tenders, grant calls, enquête publique, census,
closed polls, the gendarmerie's watch scheme, forums that are events, share buttons)."""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from . import combettes_markup as m

_APPS = {}  # host -> ScriptApp, for the spaces drawn by a script


def _site(host, theme, title, pages, menu, **kw):
    return Site(host, theme, title, pages, menu=menu, **kw)


# =================================================================================================
# 99471 Verlanges (Hauts-de-France): Drupal 10, a Publik e-services portal, Decidim "Verlanges en commun"
# =================================================================================================

def verlanges() -> City:
    www, demarches, dec = "www.verlanges.fr", "demarches.verlanges.fr", "participez.verlanges.fr"
    D = f"http://{dec}"
    bp = "/processes/projets-d-ici-2026"
    news = [("/actualites/les-projets-d-ici-saison-3", "Les Projets d'ici : la saison 3 est lancée", "Déposez vos projets jusqu'au 15 mars.", "Démocratie locale"),
            ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : une convention signée avec la gendarmerie", "Des référents dans chaque quartier pavillonnaire.", "Sécurité"),
            ("/actualites/marche-de-noel", "Le marché de Noël s'installe sur la Grand-Place", "Soixante chalets du 28 novembre au 24 décembre.", "Animations"),
            ("/actualites/piscine-reouverture", "La piscine Marcel-Cerdan rouvre ses bassins", "Après dix mois de travaux, horaires élargis.", "Sport")]
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue à Verlanges, ville de 118 000 habitants au cœur de la métropole.",
            [("/demarches", "Mes démarches"), ("/ma-ville/democratie-locale", "Verlanges en commun"), ("/ma-ville/conseil-municipal", "Conseil municipal"),
             ("/emploi", "La ville recrute"), ("/marches-publics", "Marchés publics"), ("/contact", "Contact")],
            news, [("12 déc.", "/agenda/forum-emploi", "Forum de l'emploi et de l'alternance"),
                   ("16 déc.", "/ma-ville/conseil-municipal", "Séance du conseil municipal"),
                   ("20 déc.", "/agenda/concert-de-noel", "Concert de Noël de l'harmonie")],
            m.newsletter_local("/newsletter/inscription") + m.cookies_tarteaucitron()), decoys={"contact_form"}),
        page("/ma-ville/democratie-locale", "Verlanges en commun", m.chapo(
            "Verlanges en commun, c'est la démarche de participation de la ville : des instances de quartier, un budget participatif et des concertations sur les grands projets.")
             + m.cards([("/ma-ville/democratie-locale/conseils-de-quartier", "Les 9 conseils de quartier", "Habitants volontaires et tirés au sort, ils se réunissent tous les deux mois.", "Instances"),
                        (f"{D}{bp}", "Les Projets d'ici", "500 000 € pour des projets imaginés par les habitants.", "Budget participatif"),
                        ("/ma-ville/democratie-locale/charte-de-la-participation", "La charte de la participation", "Les engagements réciproques de la ville et des habitants.", "Charte"),
                        (f"{D}/", "La plateforme participez.verlanges.fr", "Propositions, réunions publiques, questionnaires : tout est en ligne.", "En ligne")])
             + m.key_figures([("9", "conseils de quartier"), ("1 850", "participants en 2025"), ("62", "projets réalisés")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chaque conseil de quartier réunit une vingtaine d'habitants volontaires, des représentants des associations et des habitants tirés au sort sur les listes électorales.",
            "Les conseils donnent leur avis sur les projets de la ville dans leur quartier et portent leurs propres initiatives ; leurs réunions sont publiques.")
             + m.accordion([(q, m.prose(f"Prochaine séance : {d}, {lieu}. Co-présidence : un élu de quartier et un habitant élu par ses pairs."))
                            for q, d, lieu in (("Centre-Grand-Place", "mardi 13 janvier à 19 h", "salle des fêtes"),
                                               ("Saint-Roch", "jeudi 15 janvier à 18 h 30", "maison de quartier Saint-Roch"),
                                               ("Les Hautes-Bornes", "lundi 19 janvier à 19 h", "école Jules-Ferry"),
                                               ("Le Blanc-Riez", "mercredi 21 janvier à 19 h", "centre social du Riez"))], "cq")
             + m.links_block("Pour aller plus loin", [(f"{D}/assemblies/conseils-de-quartier", "Les conseils sur la plateforme"),
                                                      ("/ma-ville/democratie-locale/charte-de-la-participation", "La charte")]),
             {"participation_displayed"}, parent=("Verlanges en commun", "/ma-ville/democratie-locale")),
        page("/ma-ville/democratie-locale/charte-de-la-participation", "La charte de la participation", m.prose(
            "Adoptée en conseil municipal après six mois de travail avec les conseils de quartier, la charte fixe les règles du jeu de la concertation à Verlanges.",
            "La ville s'engage à informer en amont, à rendre compte des avis reçus et à expliquer ses choix ; les habitants s'engagent au respect et à l'écoute.")
             + m.accordion([("Les niveaux de participation", m.prose("Information, consultation, concertation, co-construction : chaque projet annonce son niveau.")),
                            ("Le comité de suivi", m.prose("Douze habitants tirés au sort veillent au respect de la charte et publient un bilan annuel."))], "charte"),
             {"participation_displayed"}, parent=("Verlanges en commun", "/ma-ville/democratie-locale")),
        # the municipal council's own agenda: not the participatory approach (codebook)
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 55 élus. Il se réunit environ six fois par an en séance publique à l'hôtel de ville ; les séances sont retransmises en direct.")
             + m.tabs([("Prochaine séance", m.prose("Mardi 16 décembre à 18 h : budget primitif 2027, tarifs municipaux, convention avec la métropole.")),
                       ("Délibérations", m.prose("Les délibérations sont publiées dans la semaine qui suit la séance.")),
                       ("Les élus", m.prose("Le maire, 16 adjoints, 22 conseillers délégués et les élus de l'opposition."))], "cm")
             + m.links_block("Voir aussi", [("/ma-ville/budget-de-la-ville", "Le budget de la ville")]),
             decoys={"participation_displayed"}),
        page("/ma-ville/budget-de-la-ville", "Le budget de la ville", m.prose(
            "Le budget primitif 2026 s'élève à 168 millions d'euros, dont 41 millions d'investissement. Le compte administratif 2025 a été voté en juin.",
            "Les taux de la fiscalité locale restent inchangés pour la sixième année consécutive.")
             + m.key_figures([("168 M€", "budget total"), ("41 M€", "investissements"), ("0 %", "de hausse des taux")]),
             decoys={"participatory_budget"}),
        # news naming the budget participatif in passing, with a link to the platform
        page("/actualites/les-projets-d-ici-saison-3", "Les Projets d'ici : la saison 3 est lancée", m.prose(
            "Retour en images sur la soirée de lancement à la halle Saint-Roch, qui a réuni plus de 200 personnes.",
            f"Les dossiers se déposent sur <a href=\"{D}{bp}\">la plateforme participative</a> ; la ville publiera le calendrier détaillé en janvier.")
             + m.share("http://www.verlanges.fr/actualites/les-projets-d-ici-saison-3", "Les Projets d'ici"),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : une convention signée avec la gendarmerie", m.prose(
            "Le maire, le préfet et le commandant de la brigade ont signé le protocole « participation citoyenne ».",
            "Des habitants référents, volontaires, signalent à la gendarmerie les faits inhabituels dans leur rue. Le dispositif concerne d'abord les Hautes-Bornes et le Blanc-Riez.")
             + m.share("http://www.verlanges.fr/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne"),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/actualites/marche-de-noel", "Le marché de Noël s'installe sur la Grand-Place", m.prose(
            "Soixante chalets d'artisans et de producteurs, une patinoire et la grande roue : le marché est ouvert tous les jours de 11 h à 20 h.")
             + m.share("http://www.verlanges.fr/actualites/marche-de-noel", "Marché de Noël"), parent=("Actualités", "/actualites")),
        page("/actualites/piscine-reouverture", "La piscine Marcel-Cerdan rouvre ses bassins", m.prose(
            "Les bassins rénovés accueillent le public dès le 3 janvier. Les créneaux des clubs et des écoles sont reconduits.",
            "Les entrées se réservent en ligne pour les séances du dimanche matin.")
             + m.booking_form("/billetterie/piscine", "séance du dimanche", ["Dimanche 9 h", "Dimanche 10 h 30"]),
             decoys={"contact_form"}, parent=("Actualités", "/actualites")),
        page("/actualites", "Actualités", m.cards(news + [("/agenda/concert-de-noel", "Concert de Noël", "L'harmonie municipale à l'église Saint-Martin.", "Culture")])),
        page("/agenda/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Plus de 80 entreprises et centres de formation présents à l'Espace Mendès-France le 12 décembre de 9 h à 17 h.",
            "Apportez plusieurs CV : des entretiens sont possibles sur place.") + m.links_block("Voir aussi", [("/emploi", "Les offres de la ville")]),
             decoys={"forum"}),
        page("/agenda/concert-de-noel", "Concert de Noël", m.prose(
            "L'harmonie municipale et la chorale des écoles donnent leur concert le 20 décembre à 16 h, église Saint-Martin. Entrée libre.")),
        page("/emploi", "La ville recrute", m.prose("Consultez nos offres et adressez votre candidature (CV et lettre de motivation) via le formulaire de chaque annonce.")
             + m.cards([("/emploi/agent-espaces-verts", "Agent des espaces verts (H/F)", "Catégorie C, direction du cadre de vie.", "Offre d'emploi")]),
             decoys={"suggestion_call"}),
        page("/emploi/agent-espaces-verts", "Agent des espaces verts (H/F)", m.prose(
            "Appel à candidatures : poste permanent à temps complet. Date limite : 10 janvier.")
             + '<form class="job-apply" action="/emploi/postuler" method="post" enctype="multipart/form-data"><label for="ja-name">Nom</label><input id="ja-name" name="nom">'
               '<label for="ja-mail">Courriel</label><input type="email" id="ja-mail" name="email"><label for="ja-cv">CV</label><input type="file" id="ja-cv" name="cv">'
               '<label for="ja-lm">Lettre de motivation</label><input type="file" id="ja-lm" name="lettre"><button type="submit">Postuler</button></form>',
             decoys={"suggestion_call", "contact_form"}, parent=("La ville recrute", "/emploi")),
        page("/marches-publics", "Marchés publics", m.prose(
            "Les consultations en cours sont publiées sur le profil d'acheteur de la ville. Appel d'offres ouvert : entretien des toitures des écoles (lot 1 et lot 2), remise des offres avant le 20 janvier.",
            "Avis d'appel public à la concurrence : fourniture de mobilier urbain."), decoys={"suggestion_call"}),
        page("/demarches", "Mes démarches", m.cards([
            (f"http://{demarches}/", "Le portail des démarches", "État civil, enfance, signalements, contact.", "En ligne"),
            (f"http://{demarches}/contacter-la-mairie/", "Contacter la mairie", "Une question ? Écrivez-nous.", "Contact"),
            (f"http://{demarches}/inscription-periscolaire/", "Inscription périscolaire", "Accueil du matin, cantine, mercredis.", "Enfance")])),
        # a contact page with only a postal address, phone and a mailto link: no form
        page("/contact", "Contact", m.prose(
            "Hôtel de ville, 1 Grand-Place, 59000 Verlanges. Du lundi au vendredi de 8 h 30 à 17 h 30, le samedi de 9 h à 12 h.",
            "Téléphone : 03 20 00 00 00. Courriel : <a href=\"mailto:contact@verlanges.fr\">contact@verlanges.fr</a>.",
            f"Pour toute demande écrite, utilisez <a href=\"http://{demarches}/contacter-la-mairie/\">le formulaire en ligne</a>.")
             + m.chat_crisp(), decoys={"contact_form"}),
        page("/newsletter/inscription", "La lettre de Verlanges", m.prose("Chaque vendredi, l'actualité de la semaine dans votre boîte aux lettres électronique.") + m.newsletter_brevo(),
             decoys={"contact_form"}),
    ]
    site = _site(www, "drupal", "Ville de Verlanges", pages,
                 [("Ma ville", "/ma-ville/conseil-municipal"), ("Verlanges en commun", "/ma-ville/democratie-locale"), ("Actualités", "/actualites"),
                  ("Démarches", "/demarches"), ("Lettre d'information", "/newsletter/inscription"), ("Contact", "/contact")],
                 accounts=[social("facebook", "VilleDeVerlanges"), social("instagram", "verlanges_officiel"), social("linkedin", "ville-de-verlanges")],
                 address="Hôtel de ville, 1 Grand-Place, 59000 Verlanges")
    portal = _site(demarches, "publik", "Verlanges - Mes démarches", [
        page("/", "Mes démarches en ligne", m.cards([
            ("/contacter-la-mairie/", "Contacter la mairie", "Poser une question à un service.", "Contact"),
            ("/questionnaire-mobilites/", "Questionnaire : vos déplacements", "Dix minutes pour préparer le plan vélo.", "Enquête"),
            ("/inscription-periscolaire/", "Inscription périscolaire", "Rentrée 2027.", "Enfance"),
            ("/signaler-un-probleme/", "Signaler un problème sur l'espace public", "Nid-de-poule, éclairage, dépôt sauvage.", "Cadre de vie")])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", "Votre demande", [
            ("text", "Nom"), ("email", "Courriel"), ("radio:État civil|Urbanisme|Enfance|Autre", "Service"), ("textarea", "Votre message")], "Envoyer"),
             {"contact_form"}),
        page("/questionnaire-mobilites/", "Questionnaire : vos déplacements", m.prose("La ville prépare son plan vélo 2027-2032. Ce questionnaire est ouvert jusqu'au 31 janvier.")
             + m.wcs_form("/questionnaire-mobilites/", "Vos déplacements au quotidien", [
                 ("radio:Voiture|Transports en commun|Vélo|Marche", "Comment vous rendez-vous au travail ?"),
                 ("radio:Oui|Non|Parfois", "Utiliseriez-vous le vélo si les pistes étaient continues ?"),
                 ("textarea", "Quels aménagements souhaitez-vous ?")], "Envoyer mes réponses"), {"poll"}),
        # a signalement form: a free-text message to the city's services
        page("/signaler-un-probleme/", "Signaler un problème", m.wcs_form("/signaler-un-probleme/", "Signalement", [
            ("radio:Voirie|Éclairage|Propreté|Espaces verts", "Type de problème"), ("text", "Adresse"), ("textarea", "Description"), ("email", "Courriel")], "Envoyer"),
             {"contact_form"}),
        page("/inscription-periscolaire/", "Inscription périscolaire", m.school_registration("/inscription-periscolaire/"), decoys={"contact_form"}),
    ], [("Accueil", "/"), ("Contact", "/contacter-la-mairie/")], address="Hôtel de ville de Verlanges")
    bp_desc = m.prose("Les Projets d'ici, c'est le budget participatif de Verlanges : 500 000 € pour réaliser des projets proposés puis votés par les habitants de plus de 11 ans.",
                      "Dépôt des projets jusqu'au 15 mars, étude de faisabilité au printemps, vote en septembre.")
    dp = [
        page("/", "Verlanges en commun", m.prose("Bienvenue sur la plateforme de participation de Verlanges. Proposez, débattez, votez.")
             + m.cards([(f"{bp}", "Les Projets d'ici — saison 3", "Phase en cours : dépôt des projets.", "Budget participatif"),
                        ("/processes/plan-velo", "Plan vélo 2027-2032", "Questionnaire et réunions publiques.", "Concertation"),
                        ("/assemblies/conseils-de-quartier", "Conseils de quartier", "Les 9 conseils et leurs réunions.", "Instance"),
                        ("/processes/projets-d-ici-2024", "Les Projets d'ici — saison 2", "Les 14 lauréats.", "Terminé")]),
             {"participation_displayed"}),
        page(bp, "Les Projets d'ici — saison 3", m.decidim_process_header("Les Projets d'ici", "Dépôt des projets", "du 5 janvier au 15 mars 2026", bp_desc)
             + m.decidim_components(bp, [(31, "proposals", "Déposer un projet"), (32, "budgets/7/projects", "Voter")])
             + m.steps([("janv.-mars", "Dépôt", "Chacun peut déposer un ou plusieurs projets.", "current"),
                        ("avril-juin", "Étude", "Les services étudient la faisabilité.", "next"),
                        ("septembre", "Vote", "Chaque votant répartit 500 000 €.", "next")]),
             {"participatory_budget", "suggestion_call"}, parent=("Processus", "/")),
        page(f"{bp}/f/31/proposals", "Déposer un projet", m.prose("Votre idée doit relever de l'intérêt général, concerner un équipement de la ville et coûter moins de 80 000 €.")
             + m.decidim_proposals(bp, 31, [(412, "Un verger partagé au parc du Riez", "Collectif Riez Vert", "Évaluation", 6),
                                            (415, "Des bancs le long du canal", "Mireille D.", "Publiée", 2),
                                            (419, "Une boîte à livres à Saint-Roch", "Karim B.", "Publiée", 0)]),
             {"participatory_budget", "suggestion_call"}, parent=("Les Projets d'ici", bp)),
        page(f"{bp}/f/31/proposals/412", "Un verger partagé au parc du Riez", m.decidim_proposal(
            m.prose("Planter une trentaine d'arbres fruitiers et installer un abri à outils géré par les habitants."), 128,
            [("Lucie M.", "8 février", "Bonne idée, il faudra prévoir l'arrosage l'été."), ("Collectif Riez Vert", "9 février", "Un puits existe près de l'aire de jeux.")]),
             {"participatory_budget", "comments"}, parent=("Déposer un projet", f"{bp}/f/31/proposals")),
        page(f"{bp}/f/31/proposals/415", "Des bancs le long du canal", m.decidim_proposal(
            m.prose("Installer une dizaine de bancs entre l'écluse et le pont de la Gare, pour les promeneurs et les personnes âgées."), 54, []),
             {"participatory_budget", "comments"}, parent=("Déposer un projet", f"{bp}/f/31/proposals")),
        page(f"{bp}/f/31/proposals/419", "Une boîte à livres à Saint-Roch", m.decidim_proposal(
            m.prose("Une boîte à livres fabriquée par le lycée professionnel, devant la maison de quartier."), 17, []),
             {"participatory_budget", "comments"}, parent=("Déposer un projet", f"{bp}/f/31/proposals")),
        page(f"{bp}/f/31/proposals/new", "Nouvelle proposition", '<form class="new_proposal proposal_form_admin" action="/processes/projets-d-ici-2026/f/31/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="150">'
             '<label for="proposal_body">Description de votre projet</label><textarea name="proposal[body]" id="proposal_body" rows="10"></textarea>'
             '<label for="proposal_address">Adresse</label><input type="text" name="proposal[address]" id="proposal_address">'
             '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}, parent=("Déposer un projet", f"{bp}/f/31/proposals")),
        page(f"{bp}/f/32/budgets/7/projects", "Voter", m.decidim_budget_projects(
            [("Verger partagé du Riez", "42 000 €"), ("Éclairage du city-stade", "65 000 €"), ("Fresque du tunnel Saint-Roch", "18 000 €")], "500 000 €"),
             {"participatory_budget"}, parent=("Les Projets d'ici", bp)),
        # a past edition: the winners of a participatory budget residents voted
        page("/processes/projets-d-ici-2024", "Les Projets d'ici — saison 2", m.decidim_process_header("Les Projets d'ici — saison 2", "Terminé", "2024",
             m.prose("3 412 votants ont retenu 14 projets lauréats, dont 9 sont déjà réalisés."))
             + m.decidim_proposals("/processes/projets-d-ici-2024", 21, [(201, "Une aire de jeux inclusive aux Hautes-Bornes", "Parents d'élèves", "Réalisé", 11),
                                                                          (207, "Des ruches sur le toit de la médiathèque", "Rucher école", "Réalisé", 4)], new=False),
             {"participatory_budget"}),
        page("/processes/projets-d-ici-2024/f/21/proposals/201", "Une aire de jeux inclusive aux Hautes-Bornes", m.prose(
            "Projet lauréat de la saison 2 avec 1 204 voix. Réalisé : l'aire a été inaugurée en juin 2025.")
             + '<div class="proposal__aside-vote"><span class="button__text">1 204 votes</span></div><p class="comments__closed">Les commentaires sont fermés.</p>',
             {"participatory_budget"}, decoys={"comments"}, parent=("Les Projets d'ici — saison 2", "/processes/projets-d-ici-2024")),
        page("/processes/projets-d-ici-2024/f/21/proposals/207", "Des ruches sur le toit de la médiathèque", m.prose(
            "Projet lauréat de la saison 2 avec 688 voix. Réalisé au printemps 2025 avec le rucher école.")
             + '<p class="comments__closed">Les commentaires sont fermés.</p>',
             {"participatory_budget"}, decoys={"comments"}, parent=("Les Projets d'ici — saison 2", "/processes/projets-d-ici-2024")),
        page("/processes/plan-velo", "Plan vélo 2027-2032", m.decidim_process_header("Plan vélo", "Concertation", "novembre 2025 - février 2026",
             m.prose("La ville construit son plan vélo avec les habitants : questionnaire, balades urbaines et ateliers."))
             + m.decidim_components("/processes/plan-velo", [(51, "surveys", "Questionnaire"), (52, "meetings", "Réunions")]),
             {"participation_displayed"}),
        page("/processes/plan-velo/f/51/surveys", "Questionnaire", m.decidim_survey("/processes/plan-velo/f/51/survey/answer", [
            ("À quelle fréquence faites-vous du vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
            ("Quel itinéraire vous semble le plus dangereux ?", None)]), {"poll"}, parent=("Plan vélo", "/processes/plan-velo")),
        page("/processes/plan-velo/f/52/meetings", "Réunions", m.decidim_meetings([("14", "janv.", "Balade urbaine du centre", "Départ de la Grand-Place"),
                                                                                  ("28", "janv.", "Atelier cartographie", "Maison de quartier Saint-Roch")]),
             {"participation_displayed"}, parent=("Plan vélo", "/processes/plan-velo")),
        page("/assemblies/conseils-de-quartier", "Conseils de quartier", m.prose("Les neuf conseils de quartier de Verlanges publient ici leurs comptes rendus et leurs réunions.")
             + m.decidim_components("/assemblies/conseils-de-quartier", [(40, "meetings", "Réunions")]), {"participation_displayed"}),
        page("/assemblies/conseils-de-quartier/f/40/meetings", "Réunions des conseils de quartier", m.decidim_meetings(
            [("13", "janv.", "Conseil de quartier Centre-Grand-Place", "Salle des fêtes"), ("15", "janv.", "Conseil de quartier Saint-Roch", "Maison de quartier")]),
             {"participation_displayed"}, parent=("Conseils de quartier", "/assemblies/conseils-de-quartier")),
    ]
    platform = _site(dec, "decidim", "Verlanges en commun", dp,
                     [("Processus", "/"), ("Les Projets d'ici", bp), ("Conseils de quartier", "/assemblies/conseils-de-quartier")],
                     features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99471", "Verlanges", 118_400, "59", "32", "Hauts-de-France", f"http://{www}/", [site, portal, platform])


# =================================================================================================
# 99472 Saint-Orvenac (Occitanie): a headless CMS with a Next.js front, Cap Collectif drawn by a script
# =================================================================================================

CAPCO = "saint-orvenac.cap-collectif.com"
_BP = "/project/mon-projet-ma-ville-2026"


def _orvenac_app():
    proposal_form = ('<form class="proposal-form" data-testid="proposal-form" method="post" action="/graphql">'
                     '<label for="proposal_title">Titre du projet</label><input id="proposal_title" name="title" maxlength="140">'
                     '<label for="proposal_summary">Résumé</label><input id="proposal_summary" name="summary" maxlength="140">'
                     '<label for="proposal_body">Description</label><textarea id="proposal_body" name="body" rows="8"></textarea>'
                     '<label for="proposal_category">Catégorie</label><select id="proposal_category" name="category"><option>Nature en ville</option><option>Sport et loisirs</option><option>Solidarité</option></select>'
                     '<label for="proposal_address">Localisation</label><input id="proposal_address" name="address">'
                     '<label for="proposal_estimation">Estimation (€)</label><input id="proposal_estimation" name="estimation" inputmode="numeric">'
                     '<button type="submit" class="btn btn-primary">Publier</button></form>')
    comments = ('<section class="CommentSection"><h3>3 commentaires</h3><div class="Opinion">Très utile l\'été sur la promenade. — Nadia</div>'
                '<div class="Opinion">Et une près du skatepark ? — Léo</div>'
                '<form class="CommentForm" method="post" action="/graphql"><label for="comment-body">Votre commentaire</label><textarea id="comment-body" name="body"></textarea>'
                '<button type="submit" class="btn btn-primary">Commenter</button></form></section>')
    pages = {
        "/projects": ("Tous les projets", "Les démarches de participation de Saint-Orvenac.",
                      m.cards([(f"{_BP}/presentation/presentation-1", "Mon projet, ma ville 2026", "Budget participatif.", "Budget participatif"),
                               ("/project/front-de-mer/questionnaire/questionnaire", "Réaménagement du front de mer", "Questionnaire ouvert.", "Consultation"),
                               ("/project/droit-de-petition/collect/petitions", "Pétitions citoyennes", "Déposez ou signez une pétition.", "Pétition"),
                               ("/project/rythmes-scolaires-2024/questionnaire/resultats", "Rythmes scolaires", "Terminé.", "Résultats")]),
                      {"participation_displayed"}),
        f"{_BP}/presentation/presentation-1": ("Mon projet, ma ville 2026", "600 000 € pour les projets des Orvenacois.",
            m.prose("Mon projet, ma ville est le budget participatif de Saint-Orvenac. Tout habitant de plus de 12 ans peut proposer un projet d'investissement, puis voter.")
            + m.steps([("1er fév. - 31 mars", "Dépôt des projets", "En ligne ou en mairie.", "current"), ("avril - juin", "Analyse", "Par les services.", "next"),
                       ("octobre", "Vote", "Trois projets par votant.", "next")]), {"participatory_budget"}),
        f"{_BP}/collect/depot-des-projets": ("Dépôt des projets", "Proposez votre projet pour la ville jusqu'au 31 mars.",
            m.prose("Un projet doit servir l'intérêt général, relever des compétences de la commune et coûter moins de 100 000 €.") + proposal_form
            + '<ul class="proposal-preview-list"><li><a href="' + _BP + '/collect/depot-des-projets/proposals/des-fontaines-a-eau">Des fontaines à eau sur la promenade</a></li></ul>',
            {"participatory_budget", "suggestion_call"}),
        f"{_BP}/collect/depot-des-projets/proposals/des-fontaines-a-eau": ("Des fontaines à eau sur la promenade", "Projet déposé par Amandine R.",
            m.prose("Installer quatre fontaines d'eau potable le long de la promenade des Pins.") + comments, {"participatory_budget", "comments"}),
        f"{_BP}/selection/vote": ("Vote", "Le vote ouvrira le 1er octobre.",
            m.prose("Chaque votant pourra choisir trois projets parmi ceux retenus après l'analyse de faisabilité."), {"participatory_budget"}),
        "/project/front-de-mer/questionnaire/questionnaire": ("Réaménagement du front de mer", "Votre avis avant l'esquisse des architectes.",
            m.questionnaire("/graphql", "Questionnaire ouvert jusqu'au 15 février.", [
                ("Comment venez-vous au front de mer ?", ["À pied", "À vélo", "En voiture", "En bus"]),
                ("Faut-il piétonniser le quai des Tartanes l'été ?", ["Oui", "Non", "Le week-end seulement"]),
                ("Une remarque ?", None)], "QuestionnaireReplyForm"), {"poll"}),
        "/project/droit-de-petition/collect/petitions": ("Pétitions citoyennes", "Le droit de pétition des Orvenacois.",
            m.prose("Une pétition qui recueille 1 500 signatures d'habitants est inscrite à l'ordre du jour du conseil municipal.")
            + m.petition_card_list([("/project/droit-de-petition/collect/petitions/proposals/piscine-le-dimanche", "Ouvrir la piscine le dimanche après-midi", 912, 1500, "open")])
            + '<a class="btn btn-primary" href="/project/droit-de-petition/collect/petitions">Déposer une pétition</a>', {"petition"}),
        "/project/droit-de-petition/collect/petitions/proposals/piscine-le-dimanche": ("Ouvrir la piscine le dimanche après-midi", "Pétition déposée par l'association des parents d'élèves.",
            m.petition_sign("/graphql", "Ouvrir la piscine le dimanche après-midi", 912, 1500), {"petition"}),
        "/project/rythmes-scolaires-2024/questionnaire/resultats": ("Rythmes scolaires : les résultats", "La consultation est terminée.",
            m.poll_results("Semaine de quatre jours ou de quatre jours et demi ?", [("Quatre jours", 71, 1632), ("Quatre jours et demi", 29, 667)], "Consultation close le 30 mars 2024."),
            set()),
    }
    return m.ScriptApp("Saint-Orvenac participe", "/js/capco-front.2024.3.1.js", "/api/step", "path", "capco_main", pages)


def saint_orvenac() -> City:
    www = "www.saint-orvenac.fr"
    C = f"http://{CAPCO}"
    app = _orvenac_app()
    _APPS[CAPCO] = app
    news = [("/actualites/resultats-consultation-rythmes-scolaires", "Rythmes scolaires : la semaine de quatre jours plébiscitée", "71 % des familles ont choisi quatre jours.", "Éducation"),
            ("/actualites/station-velos-gare", "Une nouvelle station de vélos en libre-service à la gare", "Vingt vélos électriques.", "Mobilité"),
            ("/participer/budget-participatif", "Mon projet, ma ville : à vous de proposer", "Dépôt jusqu'au 31 mars.", "Participation"),
            ("/office-de-tourisme/enquete-satisfaction", "Office de tourisme : bilan de la saison", "Les résultats de l'enquête auprès des visiteurs.", "Tourisme")]
    pages = [
        page("/", "Accueil", m.home("Saint-Orvenac, 74 000 habitants entre étang et Méditerranée.",
             [("/participer", "Orvenac Ensemble"), ("/participer/boite-a-idees", "Boîte à idées"), ("/mon-compte", "Mon compte"),
              ("/subventions/appel-a-projets-associations", "Subventions"), ("/recrutement/saisonniers", "Emplois saisonniers"), ("/contact", "Contact")],
             news, [("10 janv.", "/agenda/voeux-du-maire", "Vœux du maire à la population"),
                    ("31 janv.", "/enquete-publique-port", "Fin de l'enquête publique sur le port"),
                    ("7 fév.", "/concours/concours-photo", "Remise des prix du concours photo")], m.cookies_axeptio())),
        page("/participer", "Orvenac Ensemble", m.chapo("Orvenac Ensemble rassemble tous les moyens de donner votre avis et d'agir pour la ville.")
             + m.cards([("/participer/assemblees-de-quartier", "Assemblées de quartier", "Quatre assemblées ouvertes à tous, deux fois par an.", "Quartiers"),
                        ("/participer/budget-participatif", "Mon projet, ma ville", "Le budget participatif.", "Budget participatif"),
                        ("/participer/boite-a-idees", "La boîte à idées", "Une idée pour la ville ? Écrivez-nous.", "Idées"),
                        ("/participer/droit-de-petition", "Le droit de pétition", "Saisir le conseil municipal.", "Pétition"),
                        (f"{C}/projects", "La plateforme de participation", "Toutes les démarches en ligne.", "En ligne"),
                        ("/participer/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", "Candidatures ouvertes.", "Jeunesse")]),
             {"participation_displayed"}),
        page("/participer/assemblees-de-quartier", "Assemblées de quartier", m.prose(
            "Les assemblées de quartier sont ouvertes à tous les habitants. Elles se tiennent au printemps et à l'automne, en présence du maire et des élus référents.",
            "Chaque assemblée désigne un bureau de six habitants qui prépare l'ordre du jour et suit les demandes.")
             + m.tabs([(q, m.prose(t)) for q, t in (("Centre ancien", "Prochaine assemblée le 12 mars, salle Molière."),
                                                    ("Les Plages", "Prochaine assemblée le 14 mars, école des Goélands."),
                                                    ("La Garrigue", "Prochaine assemblée le 19 mars, maison pour tous."),
                                                    ("Port-Vieux", "Prochaine assemblée le 21 mars, capitainerie."))], "aq"),
             {"participation_displayed"}, parent=("Orvenac Ensemble", "/participer")),
        page("/participer/budget-participatif", "Mon projet, ma ville", m.chapo("Deuxième édition du budget participatif : 600 000 € pour vos projets.")
             + m.steps([("1er fév. - 31 mars", "Je dépose", "Sur la plateforme ou sur papier en mairie.", "current"),
                        ("avril - juin", "La ville étudie", "Faisabilité technique et coût.", "next"),
                        ("octobre", "Je vote", "Trois projets par personne.", "next"), ("2027", "La ville réalise", "Suivi en ligne.", "next")])
             + m.accordion([("Qui peut déposer ?", m.prose("Tout habitant de 12 ans et plus, seul ou en collectif.")),
                            ("Quels projets ?", m.prose("Des dépenses d'investissement, sur le domaine public, de moins de 100 000 €."))], "bpfaq")
             + m.links_block("Participer", [(f"{C}{_BP}/collect/depot-des-projets", "Déposer mon projet"),
                                            (f"{C}{_BP}/presentation/presentation-1", "Le règlement")]),
             {"participatory_budget", "suggestion_call"}, parent=("Orvenac Ensemble", "/participer")),
        # a private idea box answered by an elected official: a call for suggestions and a free-text message to the city
        page("/participer/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Saint-Orvenac ? Proposez-la : chaque idée reçoit une réponse d'un élu sous un mois.")
             + m.idea_form("/api/forms/idees", "Proposer une idée", "Décrivez votre idée", "IdeaBox_form__a81Kd"),
             {"suggestion_call", "contact_form"}, parent=("Orvenac Ensemble", "/participer")),
        # a page explaining the right of petition; the signing happens on the platform it links to
        page("/participer/droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2023, les habitants peuvent demander l'inscription d'une question à l'ordre du jour du conseil municipal par une pétition signée par 1 500 habitants.",
            f"Les pétitions se déposent et se signent sur <a href=\"{C}/project/droit-de-petition/collect/petitions\">l'espace pétitions de la plateforme</a>."),
             {"participation_displayed"}, parent=("Orvenac Ensemble", "/participer")),
        # a call for candidates to the youth council: shows the participatory approach, is no call for ideas
        page("/participer/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Appel à candidatures : les collégiens de 11 à 15 ans peuvent se présenter à l'élection du conseil municipal des jeunes jusqu'au 20 janvier.",
            "Le conseil des jeunes se réunit une fois par mois et mène ses propres projets, avec un budget de 15 000 €."),
             {"participation_displayed"}, decoys={"suggestion_call"}, parent=("Orvenac Ensemble", "/participer")),
        page("/actualites/resultats-consultation-rythmes-scolaires", "Rythmes scolaires : la semaine de quatre jours plébiscitée", m.prose(
            "La consultation des familles s'est achevée le 30 mars 2024 : 2 299 réponses, 71 % pour la semaine de quatre jours.",
            f"Les résultats détaillés restent consultables <a href=\"{C}/project/rythmes-scolaires-2024/questionnaire/resultats\">sur la plateforme</a>.")
             + m.poll_results("Semaine de quatre jours ou de quatre jours et demi ?", [("Quatre jours", 71, 1632), ("Quatre jours et demi", 29, 667)]),
             decoys={"poll"}),
        page("/actualites/station-velos-gare", "Une nouvelle station de vélos à la gare", m.prose(
            "Vingt vélos à assistance électrique sont disponibles 24 h sur 24 devant la gare, avec un abonnement à 5 € par mois.")
             + m.share("http://www.saint-orvenac.fr/actualites/station-velos-gare", "Station vélos")),
        page("/agenda/voeux-du-maire", "Vœux du maire", m.prose("Le maire présente ses vœux à la population le vendredi 10 janvier à 19 h au palais des congrès.")),
        # a tourist office's visitor survey, closed, with its results
        page("/office-de-tourisme/enquete-satisfaction", "Office de tourisme : l'enquête de satisfaction", m.prose(
            "Cet été, 1 140 visiteurs ont répondu au questionnaire de l'office de tourisme à l'accueil du port. L'enquête est terminée ; merci à tous.")
             + m.poll_results("Recommanderiez-vous Saint-Orvenac ?", [("Oui", 88, 1003), ("Non", 12, 137)], "Enquête close le 30 septembre."),
             decoys={"poll"}),
        page("/subventions/appel-a-projets-associations", "Appel à projets associatif 2027", m.prose(
            "La ville lance son appel à projets annuel à destination des associations : subventions de fonctionnement et aides aux projets.",
            "Dossiers à déposer avant le 28 février sur le portail des subventions, avec le budget prévisionnel et les statuts."),
             decoys={"suggestion_call"}),
        page("/concours/concours-photo", "Concours photo « Lumières d'étang »", m.prose(
            "Le concours photo amateur est ouvert aux plus de 15 ans. Trois photos par participant ; envoi avant le 15 janvier.",
            "Remise des prix le 7 février à la médiathèque."), decoys={"suggestion_call"}),
        page("/recrutement/saisonniers", "Emplois saisonniers 2027", m.prose(
            "La ville recrute des sauveteurs, des agents d'accueil et des animateurs pour l'été. Candidatures avant le 31 mars."),
             decoys={"suggestion_call"}),
        # an enquête publique: a legal procedure with a commissioner's register, not a poll of residents
        page("/enquete-publique-port", "Enquête publique : extension du port de plaisance", m.prose(
            "Par arrêté préfectoral, une enquête publique est ouverte du 2 au 31 janvier. Le dossier est consultable en mairie.",
            "Le commissaire enquêteur reçoit le public en mairie les 2, 15 et 31 janvier ; les observations sont portées au registre."),
             decoys={"poll", "participation_displayed"}),
        page("/contact", "Nous contacter", m.prose("Mairie de Saint-Orvenac, place de la République. Ouverte du lundi au vendredi, 8 h 30 - 17 h.")
             + m.headless_contact("/api/forms/contact"), {"contact_form"}),
        page("/mon-compte", "Mon compte", m.login_form("/api/auth/login") + m.registration_form("/api/auth/register"), decoys={"contact_form"}),
    ]
    site = _site(www, "vendor", "Ville de Saint-Orvenac", pages,
                 [("Accueil", "/"), ("Orvenac Ensemble", "/participer"), ("Actualités", "/actualites/station-velos-gare"), ("Contact", "/contact")],
                 accounts=[social("facebook", "SaintOrvenac"), social("instagram", "saintorvenac"), social("youtube", "VilleSaintOrvenac")],
                 address="Place de la République, 34000 Saint-Orvenac")
    cc_pages = [page(path, title, "", features) for path, (title, _c, _b, features) in app.pages.items()]
    # the results page of a closed consultation, drawn like the others: no way to answer
    cc_pages = [p if p.path != "/project/rythmes-scolaires-2024/questionnaire/resultats" else page(p.path, p.title, "", decoys={"poll"}) for p in cc_pages]
    cc_pages.append(page("/", "Saint-Orvenac participe", m.prose("La plateforme de participation citoyenne de la ville de Saint-Orvenac.")
                         + m.cards([("/projects", "Tous les projets", "Budget participatif, consultations, pétitions.", "Projets"),
                                    (f"{_BP}/presentation/presentation-1", "Mon projet, ma ville 2026", "Dépôt des projets en cours.", "Budget participatif"),
                                    ("/project/front-de-mer/questionnaire/questionnaire", "Front de mer", "Répondez au questionnaire.", "Consultation")]),
                         {"participation_displayed"}))
    cc = _site(CAPCO, "capcollectif", "Saint-Orvenac participe", cc_pages, [("Accueil", "/"), ("Projets", "/projects")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    return City("99472", "Saint-Orvenac", 74_300, "34", "76", "Occitanie", f"http://{www}/", [site, cc])


# =================================================================================================
# 99473 Sainte-Mélisse (Pays de la Loire): TYPO3, Go Vocal's crawler view, a neighbours' network
# =================================================================================================

def sainte_melisse() -> City:
    www, gv, nb = "www.sainte-melisse.fr", "sainte-melisse.govocal.com", "voisins.sainte-melisse.fr"
    G, N = f"http://{gv}", f"http://{nb}"
    bp = "/fr-FR/projects/les-graines-de-melisse-2026"
    news = [("/actualites/les-graines-de-melisse", "Les Graines de Mélisse : 31 idées déjà déposées", "Il reste trois semaines pour proposer.", "Participation"),
            ("/actualites/pont-de-loire-travaux", "Pont de Loire : circulation alternée jusqu'en mars", "Travaux d'étanchéité du tablier.", "Travaux"),
            ("/recensement-2026", "Recensement 2026 : les agents recenseurs passent chez vous", "Du 15 janvier au 21 février.", "Vie pratique"),
            ("/culture/billetterie-theatre", "Saison culturelle : les billets de janvier sont en vente", "Théâtre, danse et jeune public.", "Culture")]
    pages = [
        page("/", "Accueil", m.home("Sainte-Mélisse, ville ligérienne de 52 000 habitants.",
             [("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/voisins-de-melisse", "Voisins de Mélisse"), ("/finances/budget-primitif-2026", "Budget de la ville"),
              ("/urbanisme/enquete-publique-plu", "Enquête publique PLU"), ("/newsletter", "Lettre d'information"), ("/contact", "Contact")],
             news, [("17 janv.", "/agenda/forum-des-associations", "Forum des associations d'hiver"),
                    ("24 janv.", "/vie-citoyenne/comites-de-quartier", "Comité de quartier de la Doutre"),
                    ("30 janv.", "/culture/billetterie-theatre", "Théâtre : « Les Fourberies »")], m.cookies_didomi() + m.chatbot_note())),
        page("/vie-citoyenne", "Vie citoyenne", m.chapo("Donner son avis, proposer, s'engager : la démocratie de proximité à Sainte-Mélisse.")
             + m.cards([("/vie-citoyenne/comites-de-quartier", "Les comités de quartier", "Six comités ouverts à tous les habitants.", "Quartiers"),
                        ("/vie-citoyenne/les-graines-de-melisse", "Les Graines de Mélisse", "Le budget participatif de la ville.", "Budget participatif"),
                        ("/vie-citoyenne/voisins-de-melisse", "Voisins de Mélisse", "Le réseau d'entraide entre voisins.", "Entraide"),
                        (f"{G}/", "jeparticipe en ligne", "La plateforme de consultation.", "En ligne")])
             + m.prose("La ville réunit aussi chaque année une convention citoyenne de 40 habitants tirés au sort."),
             {"participation_displayed"}),
        page("/vie-citoyenne/comites-de-quartier", "Les comités de quartier", m.prose(
            "Les six comités de quartier sont des lieux d'échange entre habitants, associations et élus. Chacun peut y participer, sans inscription.",
            "Les comités se réunissent trois fois par an ; ils disposent chacun d'une enveloppe de 10 000 € pour de petits aménagements.")
             + m.accordion([(q, m.prose(t)) for q, t in (("La Doutre", "Prochaine réunion le 24 janvier à 18 h 30, salle Saint-Nicolas."),
                                                         ("Les Justices", "Prochaine réunion le 29 janvier, centre Marcelle-Menet."),
                                                         ("Belle-Beille", "Prochaine réunion le 5 février, école Pierre-Louis."))], "cdq"),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/les-graines-de-melisse", "Les Graines de Mélisse", m.chapo("Le budget participatif de Sainte-Mélisse : 300 000 € pour les idées des habitants.")
             + m.tabs([("Le principe", m.prose("Vous proposez une idée, la ville étudie sa faisabilité, les habitants votent, la ville réalise.")),
                       ("Le calendrier", m.steps([("jusqu'au 28 fév.", "Dépôt des idées", "Sur la plateforme en ligne.", "current"),
                                                  ("mai", "Vote", "En ligne et dans les mairies de quartier.", "next")])),
                       ("Le règlement", m.prose("Les idées relèvent de l'intérêt général et de l'investissement ; 60 000 € maximum par projet."))], "gm")
             + m.links_block("Participer", [(f"{G}{bp}", "Déposer mon idée sur la plateforme")]),
             {"participatory_budget", "suggestion_call"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        # the city's page presenting the neighbours' network it runs, with the way in
        page("/vie-citoyenne/voisins-de-melisse", "Voisins de Mélisse", m.prose(
            "Voisins de Mélisse est le réseau social de proximité de la ville : prêter une perceuse, trouver un covoiturage, organiser une fête de rue.",
            f"L'inscription est gratuite et réservée aux habitants. <a href=\"{N}/\">Rejoindre Voisins de Mélisse</a>.")
             + m.key_figures([("4 200", "voisins inscrits"), ("6", "quartiers")]),
             {"territorial_social_network"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/securite/participation-citoyenne", "Dispositif de participation citoyenne", m.prose(
            "En lien avec la police nationale, des habitants volontaires jouent le rôle de référents de quartier pour signaler les comportements suspects.",
            "Ce dispositif de vigilance n'est pas un réseau d'échange entre voisins : il passe par le référent et le commissariat."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/finances/budget-primitif-2026", "Budget primitif 2026", m.prose(
            "Voté le 15 décembre, le budget primitif 2026 s'élève à 82 millions d'euros. Les orientations budgétaires ont été débattues en novembre.")
             + m.key_figures([("82 M€", "budget total"), ("19 M€", "investissement")]), decoys={"participatory_budget"}),
        page("/urbanisme/enquete-publique-plu", "Enquête publique : modification du PLU", m.prose(
            "Une enquête publique sur la modification n° 4 du plan local d'urbanisme se déroule du 6 janvier au 7 février.",
            "Le dossier est consultable au service urbanisme ; le commissaire enquêteur tient quatre permanences."),
             decoys={"poll"}),
        page("/recensement-2026", "Recensement de la population 2026", m.prose(
            "L'Insee et la ville recensent une partie des logements du 15 janvier au 21 février. Si votre logement est concerné, un agent recenseur vous remet vos codes pour répondre en ligne.",
            "Le questionnaire est confidentiel et obligatoire."), decoys={"poll"}),
        # a news item naming the budget participatif in passing; the city's page and the platform hold it
        page("/actualites/les-graines-de-melisse", "Les Graines de Mélisse : 31 idées déjà déposées", m.prose(
            "Composteurs collectifs, aires de pique-nique, skate-park : les premières idées sont en ligne.",
            "<a href=\"/vie-citoyenne/les-graines-de-melisse\">Tout savoir sur le budget participatif</a>.")
             + m.share("http://www.sainte-melisse.fr/actualites/les-graines-de-melisse", "Les Graines de Mélisse"),
             decoys={"participatory_budget"}),
        page("/actualites/pont-de-loire-travaux", "Pont de Loire : circulation alternée", m.prose(
            "Les travaux d'étanchéité du pont imposent une circulation alternée jusqu'au 20 mars. Les bus de la ligne 3 sont déviés.")),
        page("/agenda/forum-des-associations", "Forum des associations d'hiver", m.prose(
            "Le forum des associations d'hiver présente les activités du second semestre : samedi 17 janvier au parc des expositions."),
             decoys={"forum"}),
        page("/culture/billetterie-theatre", "Billetterie du théâtre", m.booking_form("/culture/billetterie-theatre/reserver", "Les Fourberies",
                                                                                     ["Vendredi 30 janvier 20 h 30", "Samedi 31 janvier 17 h"]), decoys={"contact_form"}),
        page("/newsletter", "Lettre d'information", m.newsletter_brevo("https://f9e8d7.sibforms.com/serve/MUIFAPq2"), decoys={"contact_form"}),
        page("/contact", "Contactez-nous", m.prose("Hôtel de ville, boulevard de la Résistance. Accueil du lundi au vendredi.") + m.powermail_contact("/contact"),
             {"contact_form"}),
    ]
    site = _site(www, "typo3", "Sainte-Mélisse", pages,
                 [("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Sécurité", "/securite/participation-citoyenne"), ("Contact", "/contact")],
                 accounts=[social("facebook", "SainteMelisse"), social("mastodon", "saintemelisse@social.ville-exemple.fr"),
                           social("bluesky", "sainte-melisse.fr")],
                 address="Boulevard de la Résistance, 49000 Sainte-Mélisse")
    idea_cards = m.cards([("/fr-FR/ideas/un-kiosque-a-musique", "Un kiosque à musique au jardin des Plantes", "48 votes · 5 commentaires", "Idée"),
                          ("/fr-FR/ideas/composteurs-collectifs", "Des composteurs collectifs dans chaque quartier", "31 votes · 2 commentaires", "Idée")], "e2e-idea-cards")
    gvp = [
        page("/", "jeparticipe Sainte-Mélisse", m.prose("Bienvenue sur jeparticipe, l'espace de consultation en ligne de Sainte-Mélisse.")
             + m.cards([(bp, "Les Graines de Mélisse 2026", "Proposez vos idées", "Budget participatif"),
                        ("/fr-FR/projects/berges-de-loire", "Les berges de Loire", "Enquête en ligne", "Consultation"),
                        ("/fr-FR/projects/boite-a-idees", "Boîte à idées permanente", "Ouvert", "Idées"),
                        ("/fr-FR/projects/comites-de-quartier", "Les comités de quartier", "Information", "Quartiers"),
                        ("/fr-FR/projects/stationnement-centre-2024", "Stationnement en centre-ville", "Terminé", "Terminé")], "e2e-project-cards"),
             {"participation_displayed"}),
        page(bp, "Les Graines de Mélisse 2026", m.prose("300 000 € pour des idées d'habitants. Phase actuelle : proposer des idées (jusqu'au 28 février).")
             + '<a class="e2e-idea-button" href="' + bp + '/ideas/new">Soumettre votre idée</a>' + idea_cards,
             {"participatory_budget", "suggestion_call"}),
        page(f"{bp}/ideas/new", "Soumettre votre idée", '<form id="e2e-idea-form" class="idea-form" method="post" action="/web_api/v1/ideas">'
             '<label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" name="title_multiloc[fr-FR]">'
             '<label for="e2e-idea-description">Description</label><textarea id="e2e-idea-description" name="body_multiloc[fr-FR]"></textarea>'
             '<label for="e2e-idea-location">Adresse</label><input id="e2e-idea-location" name="location_description">'
             '<button id="e2e-idea-submit" type="submit">Publier</button></form>',
             {"participatory_budget", "suggestion_call"}, parent=("Les Graines de Mélisse 2026", bp)),
        page("/fr-FR/ideas/un-kiosque-a-musique", "Un kiosque à musique au jardin des Plantes", m.prose("Un kiosque pour les concerts d'été de l'école de musique et des fanfares.")
             + '<div id="e2e-comments-container"><div class="e2e-comment">Les fanfares seraient ravies ! — Gilles</div>'
               '<form id="e2e-comment-form" method="post" action="/web_api/v1/ideas/kiosque/comments"><label for="e2e-comment-body">Écrire un commentaire</label>'
               '<textarea id="e2e-comment-body" name="comment[body_multiloc][fr-FR]"></textarea><button type="submit">Publier</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Les Graines de Mélisse 2026", bp)),
        page("/fr-FR/ideas/composteurs-collectifs", "Des composteurs collectifs dans chaque quartier", m.prose("Un composteur collectif géré par des habitants référents dans chaque quartier.")
             + '<div id="e2e-comments-container"><form id="e2e-comment-form" method="post" action="/web_api/v1/ideas/composteurs/comments"><label for="e2e-comment-body2">Écrire un commentaire</label>'
               '<textarea id="e2e-comment-body2" name="comment[body_multiloc][fr-FR]"></textarea><button type="submit">Publier</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Les Graines de Mélisse 2026", bp)),
        page("/fr-FR/projects/berges-de-loire", "Les berges de Loire", m.prose("Enquête en ligne sur l'aménagement des berges, ouverte jusqu'au 15 mars.")
             + m.questionnaire("/web_api/v1/phases/berges/survey_responses", "Environ cinq minutes.", [
                 ("Fréquentez-vous les berges ?", ["Chaque semaine", "Parfois", "Jamais"]),
                 ("Qu'aimeriez-vous y trouver ?", ["Des jeux", "Une guinguette", "Des bancs à l'ombre", "Rien de plus"]),
                 ("Vos remarques", None)], "e2e-native-survey"), {"poll"}),
        page("/fr-FR/projects/boite-a-idees", "Boîte à idées permanente", m.prose("Une idée pour la ville ? Déposez-la ici ; les services répondent à chaque idée qui réunit 50 soutiens.")
             + '<a class="e2e-idea-button" href="' + bp + '/ideas/new">Soumettre votre idée</a>', {"suggestion_call"}),
        page("/fr-FR/projects/comites-de-quartier", "Les comités de quartier", m.prose("Comptes rendus et dates des prochaines réunions des six comités de quartier."),
             {"participation_displayed"}),
        page("/fr-FR/projects/stationnement-centre-2024", "Stationnement en centre-ville", m.prose("Cette enquête est terminée. Merci aux 1 870 participants.")
             + m.poll_results("Faut-il étendre la zone bleue ?", [("Oui", 54, 1010), ("Non", 46, 860)]), decoys={"poll"}),
    ]
    platform = _site(gv, "govocal", "jeparticipe Sainte-Mélisse", gvp, [("Accueil", "/"), ("Budget participatif", bp)],
                     features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    net = [
        page("/", "Voisins de Mélisse", m.prose("Le réseau d'entraide des habitants de Sainte-Mélisse.") + m.community_composer()
             + m.community_feed([("Hélène", "La Doutre", "il y a 2 h", "Je prête volontiers mon escabeau, rue Beaurepaire.", 3),
                                 ("Samir", "Les Justices", "hier", "Quelqu'un pour un covoiturage vers la gare tous les matins à 7 h ?", 5)])
             + m.links_block("Explorer", [("/quartiers/la-doutre", "Quartier La Doutre"), ("/entraide", "Entraide"), ("/evenements", "Événements")]),
             {"territorial_social_network"}),
        page("/quartiers/la-doutre", "Quartier La Doutre", m.community_feed([("Odile", "La Doutre", "lundi", "Fête de la rue des Tanneurs le 14 juin : qui apporte des tables ?", 8)]),
             {"territorial_social_network"}),
        page("/entraide", "Entraide", m.community_composer() + m.community_feed([("Marc", "Belle-Beille", "mardi", "Cours de soutien en maths pour collégiens, gratuit.", 2)]),
             {"territorial_social_network"}),
        page("/evenements", "Événements entre voisins", m.community_feed([("Comité La Doutre", "La Doutre", "jeudi", "Troc de plantes dimanche matin place de la Paix.", 4)]),
             {"territorial_social_network"}),
    ]
    network = _site(nb, "community", "Voisins de Mélisse", net, [("Fil", "/"), ("Entraide", "/entraide"), ("Événements", "/evenements")],
                    platforms=frozenset())
    return City("99473", "Sainte-Mélisse", 52_600, "49", "52", "Pays de la Loire", f"http://{www}/", [site, platform, network])


# =================================================================================================
# 99474 Brasquelin (Grand Est): WordPress block theme, petitions on the city's site, a Discourse board
# =================================================================================================

def brasquelin() -> City:
    www, fo = "www.brasquelin.fr", "forum.brasquelin.fr"
    F = f"http://{fo}"
    poll = m.forminator_poll(2231, "Faut-il installer des poubelles de tri sur les places ?", ["Oui, partout", "Seulement au centre", "Non"])
    news = [("/actualites/nouvelle-piste-cyclable/", "Une piste cyclable rue de Metz", "Ouverture au printemps ; donnez votre avis.", "Mobilité"),
            ("/actualites/eclairage-nocturne-resultats/", "Éclairage nocturne : les résultats du sondage", "Extinction de 1 h à 5 h validée.", "Environnement"),
            ("/actualites/maternite-mobilisation/", "Maternité : le conseil municipal vote une motion", "La ville soutient le maintien du service.", "Santé"),
            ("/actualites/travaux-gare/", "Pôle gare : les travaux commencent", "Dix-huit mois de chantier.", "Travaux"),
            ("/actualites/conseil-municipal-du-27-novembre/", "Conseil municipal du 27 novembre", "L'essentiel des décisions.", "Vie municipale")]
    pages = [
        page("/", "Accueil", m.home("Brasquelin, 96 000 habitants, ville d'eau et de fer.",
             [("/participation-citoyenne/", "Participation citoyenne"), ("/parlons-brasquelin/", "Parlons Brasquelin"), ("/vie-pratique/proprete/", "Propreté"),
              ("/billetterie/", "Billetterie"), ("/mon-compte/", "Mon compte"), ("/contact/", "Contact")],
             news, [("13 déc.", "/agenda/forum-des-associations/", "Forum des associations"),
                    ("18 déc.", "/participation-citoyenne/conseils-citoyens/", "Conseil citoyen du Bas-Fourneau"),
                    ("20 déc.", "/billetterie/", "Spectacle de fin d'année")], m.cookies_tarteaucitron())),
        page("/participation-citoyenne/", "Participation citoyenne", m.prose(
            "La ville associe les habitants à ses décisions : conseils citoyens, concertations sur les projets d'aménagement, droit de pétition et appels à idées.")
             + m.cards([("/participation-citoyenne/conseils-citoyens/", "Conseils citoyens", "Dans les quartiers prioritaires.", "Quartiers"),
                        ("/participation-citoyenne/droit-de-petition/", "Le droit de pétition", "Saisir le conseil municipal.", "Pétition"),
                        ("/participation-citoyenne/petitions/", "Les pétitions en cours", "Signez en ligne.", "Pétition"),
                        ("/participation-citoyenne/appel-a-idees-parc-des-forges/", "Appel à idées : le parc des Forges", "Jusqu'au 31 janvier.", "Idées"),
                        ("/participation-citoyenne/appel-a-idees-place-du-marche/", "Appel à idées : la place du Marché", "Clos.", "Terminé"),
                        ("/parlons-brasquelin/", "Parlons Brasquelin", "Le forum des habitants.", "Forum")]),
             {"participation_displayed"}),
        page("/participation-citoyenne/conseils-citoyens/", "Les conseils citoyens", m.prose(
            "Créés par la loi de 2014, les trois conseils citoyens de Brasquelin réunissent habitants tirés au sort et acteurs locaux des quartiers prioritaires.",
            "Ils participent au contrat de ville et se réunissent une fois par mois, en accès libre.")
             + m.accordion([("Bas-Fourneau", m.prose("Réunion le 18 décembre à 18 h, centre social.")),
                            ("Saint-Éloi", m.prose("Réunion le 8 janvier à 18 h, médiathèque."))], "cc"),
             {"participation_displayed"}, parent=("Participation citoyenne", "/participation-citoyenne/")),
        # filing a petition goes through a private form (name, e-mail, free text) to the city: a petition and a contact form
        page("/participation-citoyenne/droit-de-petition/", "Le droit de pétition", m.prose(
            "Toute personne de 16 ans et plus habitant Brasquelin peut déposer une pétition. Si elle réunit 1 000 signatures en six mois, elle est débattue en conseil municipal.")
             + m.gravity_contact("/participation-citoyenne/droit-de-petition/", 5, "Déposer une pétition", "Texte de la pétition"),
             {"petition", "contact_form"}, parent=("Participation citoyenne", "/participation-citoyenne/")),
        page("/participation-citoyenne/petitions/", "Les pétitions en cours", m.petition_card_list([
            ("/participation-citoyenne/petitions/piste-cyclable-rue-de-metz/", "Prolonger la piste cyclable jusqu'au lycée", 644, 1000, "open"),
            ("/participation-citoyenne/petitions/horaires-mediatheque/", "Ouvrir la médiathèque le dimanche", 1000, 1000, "answered")]),
             {"petition"}, parent=("Participation citoyenne", "/participation-citoyenne/")),
        page("/participation-citoyenne/petitions/piste-cyclable-rue-de-metz/", "Prolonger la piste cyclable jusqu'au lycée",
             m.petition_sign("/wp-admin/admin-post.php?action=signer_petition", "Prolonger la piste cyclable jusqu'au lycée", 644, 1000),
             {"petition"}, parent=("Les pétitions en cours", "/participation-citoyenne/petitions/")),
        # a petition that reached its threshold: signing is closed, the council's answer is published
        page("/participation-citoyenne/petitions/horaires-mediatheque/", "Ouvrir la médiathèque le dimanche", m.prose(
            "Cette pétition a atteint 1 000 signatures le 2 octobre. Elle a été débattue en conseil municipal le 14 novembre.",
            "Réponse de la ville : ouverture le dimanche de 14 h à 18 h d'octobre à mars, à titre d'essai."),
             decoys={"petition"}, parent=("Les pétitions en cours", "/participation-citoyenne/petitions/")),
        page("/participation-citoyenne/appel-a-idees-parc-des-forges/", "Appel à idées : le parc des Forges", m.prose(
            "La friche des anciennes forges deviendra un parc de quatre hectares. Avant le concours de paysagistes, la ville recueille vos idées jusqu'au 31 janvier.")
             + m.gravity_contact("/participation-citoyenne/appel-a-idees-parc-des-forges/", 7, "Proposez vos idées", "Votre idée pour le parc"),
             {"suggestion_call", "contact_form"}, parent=("Participation citoyenne", "/participation-citoyenne/")),
        page("/participation-citoyenne/appel-a-idees-place-du-marche/", "Appel à idées : la place du Marché", m.prose(
            "L'appel à idées sur la place du Marché est clos depuis le 30 juin 2025. 214 contributions ont été reçues ; la synthèse sera présentée en réunion publique."),
             {"participation_displayed"}, decoys={"suggestion_call"}, parent=("Participation citoyenne", "/participation-citoyenne/")),
        # presents the city's board and links to it; the posting happens on the board's own host
        page("/parlons-brasquelin/", "Parlons Brasquelin", m.prose(
            "Parlons Brasquelin est le forum de discussion des habitants, modéré par la ville. Quartiers, mobilité, vie locale : ouvrez un sujet ou répondez.",
            f"<a href=\"{F}/\">Accéder au forum</a> · <a href=\"{F}/c/quartiers/5\">Les quartiers</a>"),
             {"participation_displayed"}),
        page("/vie-pratique/proprete/", "Propreté", m.aside(m.prose(
            "Les agents de la propreté urbaine passent chaque jour dans le centre et deux fois par semaine dans les quartiers.",
            "Les dépôts sauvages sont passibles d'une amende de 135 €."), poll), {"poll"}),
        page("/actualites/nouvelle-piste-cyclable/", "Une piste cyclable rue de Metz", m.prose(
            "Une piste bidirectionnelle de 1,2 km reliera la gare au quartier Saint-Éloi. Les travaux commencent en février.")
             + m.wp_comments([("Julien", "3 décembre", "Enfin ! Et le carrefour de l'Europe ?"), ("Brigitte", "4 décembre", "Attention aux livraisons des commerces.")], post_id=311),
             {"comments"}, parent=("Actualités", "/")),
        page("/actualites/eclairage-nocturne-resultats/", "Éclairage nocturne : les résultats du sondage", m.prose(
            "Le sondage en ligne de l'été est clos. La majorité des répondants approuve l'extinction de 1 h à 5 h.")
             + m.poll_results("Êtes-vous favorable à l'extinction de l'éclairage public la nuit ?", [("Oui", 63, 1512), ("Non", 37, 888)])
             + m.wp_comments_closed(), decoys={"poll", "comments"}, parent=("Actualités", "/")),
        page("/actualites/maternite-mobilisation/", "Maternité : le conseil municipal vote une motion", m.prose(
            "Le conseil municipal a voté à l'unanimité une motion pour le maintien de la maternité. Une pétition nationale sur les maternités de proximité circule aussi sur un site de pétitions privé, sans lien avec la ville.")
             + m.share("http://www.brasquelin.fr/actualites/maternite-mobilisation/", "Maternité"), decoys={"petition"}, parent=("Actualités", "/")),
        page("/actualites/travaux-gare/", "Pôle gare : les travaux commencent", m.prose(
            "Le chantier du pôle d'échanges durera dix-huit mois. Le parking courte durée est déplacé rue Foch.") + m.wp_comments_closed(),
             decoys={"comments"}, parent=("Actualités", "/")),
        # a council report naming participation software it has not adopted: no platform on the site
        page("/actualites/conseil-municipal-du-27-novembre/", "Ce qu'il faut retenir du conseil municipal du 27 novembre", m.prose(
            "Le conseil a adopté la convention avec l'office de tourisme et les tarifs de l'eau.",
            "En réponse à une question de l'opposition, l'adjoint au numérique a indiqué que la ville étudie plusieurs outils de consultation en ligne, dont Decidim et Cap Collectif, sans calendrier arrêté."),
             decoys={"participatory_platform"}, parent=("Actualités", "/")),
        page("/agenda/forum-des-associations/", "Forum des associations", m.prose(
            "Samedi 13 décembre, 120 associations vous attendent à l'Arsenal de 10 h à 18 h."), decoys={"forum"}),
        page("/billetterie/", "Billetterie", m.booking_form("/billetterie/reserver/", "Spectacle de fin d'année", ["Samedi 20 décembre 15 h", "Samedi 20 décembre 18 h"])
             + m.payment_form("/billetterie/paiement/"), decoys={"contact_form"}),
        page("/mon-compte/", "Mon compte", m.login_form("/wp-login.php", "log") + m.registration_form("/wp-login.php?action=register"), decoys={"contact_form"}),
        page("/contact/", "Contact", m.prose("Mairie de Brasquelin, 1 place de l'Hôtel-de-Ville. Du lundi au vendredi, 8 h - 17 h 30.") + m.gravity_contact("/contact/", 2),
             {"contact_form"}, decoys={"suggestion_call"}),
    ]
    site = _site(www, "wordpress", "Brasquelin", pages,
                 [("Accueil", "/"), ("Participation citoyenne", "/participation-citoyenne/"), ("Propreté", "/vie-pratique/proprete/"), ("Contact", "/contact/")],
                 accounts=[social("facebook", "Brasquelin"), social("x", "VilleBrasquelin", "https://twitter.com/VilleBrasquelin"), social("tiktok", "brasquelin")],
                 address="1 place de l'Hôtel-de-Ville, 57000 Brasquelin")
    topics = [("/t/eclairage-rue-des-tanneurs/128", "Éclairage rue des Tanneurs en panne", "/c/quartiers/5", "Quartiers", 7, 212),
              ("/t/jardins-partages-quartier-gare/131", "Des jardins partagés près de la gare ?", "/c/quartiers/5", "Quartiers", 12, 340),
              ("/t/bus-du-dimanche/140", "Les bus du dimanche", "/c/mobilite/6", "Mobilité", 4, 96)]
    fpages = [
        page("/", "Derniers sujets", m.discourse_list(topics)),
        page("/c/quartiers/5", "Quartiers", m.discourse_list([t for t in topics if t[3] == "Quartiers"])),
        page("/c/mobilite/6", "Mobilité", m.discourse_list([t for t in topics if t[3] == "Mobilité"])),
        page("/t/eclairage-rue-des-tanneurs/128", "Éclairage rue des Tanneurs en panne", m.discourse_topic(
            [("paulette57", "2 déc.", "Trois lampadaires éteints depuis une semaine entre le n° 10 et le n° 30."),
             ("Mairie_Brasquelin", "3 déc.", "Merci, l'intervention est programmée jeudi."),
             ("voisin_tanneurs", "5 déc.", "C'est réparé, merci !")], "/c/quartiers/5", "Quartiers")),
        page("/t/jardins-partages-quartier-gare/131", "Des jardins partagés près de la gare ?", m.discourse_topic(
            [("marc_b", "28 nov.", "Le terrain derrière l'ancienne poste est inutilisé. Qui serait partant ?"),
             ("lea.h", "29 nov.", "Partante, j'ai de l'expérience avec le jardin du Bas-Fourneau.")], "/c/quartiers/5", "Quartiers")),
        page("/t/bus-du-dimanche/140", "Les bus du dimanche", m.discourse_topic(
            [("gerard", "1 déc.", "Un bus par heure le dimanche, c'est trop peu pour aller à l'hôpital."),
             ("anais", "2 déc.", "D'accord, surtout l'hiver.")], "/c/mobilite/6", "Mobilité")),
    ]
    forum = _site(fo, "discourse", "Parlons Brasquelin", fpages, [("Sujets", "/"), ("Quartiers", "/c/quartiers/5"), ("Mobilité", "/c/mobilite/6")],
                  features=frozenset({"forum"}))
    return City("99474", "Brasquelin", 96_200, "57", "44", "Grand Est", f"http://{www}/", [site, forum])


# =================================================================================================
# 99475 Pontaudière (Nouvelle-Aquitaine): a proprietary municipal CMS, CONSUL "Pontaudière Décide"
# =================================================================================================

def pontaudiere() -> City:
    www, cs = "www.pontaudiere.fr", "decidons.pontaudiere.fr"
    C = f"http://{cs}"
    news = [("/actualites/pontaudiere-decide-laureats", "Pontaudière Décide : 23 projets lauréats", "Les résultats de l'édition 2025.", "Participation"),
            ("/actualites/enquete-insee-emploi", "Enquête de l'Insee sur l'emploi", "Un enquêteur peut vous contacter.", "Vie pratique"),
            ("/actualites/tramway-ligne-b", "Tramway : la ligne B en service", "Douze nouvelles stations.", "Mobilité"),
            ("/culture/concours-de-nouvelles", "Concours de nouvelles 2027", "Écrivez sur le thème « frontières ».", "Culture")]
    vendor_contact = ('<form class="form form--contact" action="/contact/envoyer" method="post" data-validate>'
                      '<div class="form__field"><label for="c-civ">Civilité</label><select id="c-civ" name="civilite"><option>Madame</option><option>Monsieur</option></select></div>'
                      '<div class="form__field"><label for="c-nom">Nom *</label><input id="c-nom" name="nom" required></div>'
                      '<div class="form__field"><label for="c-mail">Adresse électronique *</label><input type="email" id="c-mail" name="courriel" required></div>'
                      '<div class="form__field"><label for="c-objet">Objet *</label><input id="c-objet" name="objet" required></div>'
                      '<div class="form__field"><label for="c-msg">Votre message *</label><textarea id="c-msg" name="message" rows="8" required></textarea></div>'
                      '<div class="form__field form__field--captcha"><label for="c-cap">Recopiez le code</label><input id="c-cap" name="captcha"></div>'
                      '<button class="btn btn--primary" type="submit">Envoyer</button></form>')
    pages = [
        page("/", "Accueil", m.home("Pontaudière, 138 000 habitants, capitale du Haut-Poitou.",
             [("/citoyennete/participer", "Participer"), ("/citoyennete/pontaudiere-decide", "Pontaudière Décide"), ("/finances/compte-administratif", "Finances"),
              ("/emploi/offres", "Emploi"), ("/mon-espace", "Mon espace"), ("/contact", "Contact")],
             news, [("9 janv.", "/citoyennete/assemblees-d-habitants", "Assemblée d'habitants des Couronneries"),
                    ("15 janv.", "/citoyennete/conseil-municipal", "Conseil municipal"),
                    ("20 janv.", "/economie/appel-a-projets-commerces", "Clôture de l'appel à projets commerces")], m.cookies_tarteaucitron() + m.chat_crisp())),
        page("/citoyennete/participer", "Participer à la vie de la cité", m.chapo("Assemblées d'habitants, budget participatif, concertations : la ville construit ses projets avec vous.")
             + m.cards([("/citoyennete/assemblees-d-habitants", "Les assemblées d'habitants", "Huit assemblées de quartier.", "Quartiers"),
                        ("/citoyennete/pontaudiere-decide", "Pontaudière Décide", "Le budget participatif.", "Budget participatif"),
                        (f"{C}/", "decidons.pontaudiere.fr", "Proposer, soutenir, débattre en ligne.", "Plateforme"),
                        (f"{C}/legislation/processes/2", "Concertation : plan local d'urbanisme", "Contribuez au projet.", "Concertation")]),
             {"participation_displayed"}),
        page("/citoyennete/assemblees-d-habitants", "Les assemblées d'habitants", m.prose(
            "Chaque quartier dispose d'une assemblée d'habitants ouverte à tous et d'un comité d'animation de douze membres.",
            "Les assemblées se réunissent deux fois par an en séance plénière ; les commissions thématiques travaillent entre les séances.")
             + m.accordion([(q, m.prose(t)) for q, t in (("Les Couronneries", "Assemblée le 9 janvier, 18 h 30, gymnase Jean-Moulin."),
                                                         ("Trois-Cités", "Assemblée le 13 janvier, centre socioculturel."),
                                                         ("Centre-ville", "Assemblée le 22 janvier, salle du Palais."))], "ah"),
             {"participation_displayed"}, parent=("Participer", "/citoyennete/participer")),
        page("/citoyennete/pontaudiere-decide", "Pontaudière Décide", m.chapo("Le budget participatif de Pontaudière : 1 million d'euros par an pour les projets des habitants.")
             + m.steps([("sept. - oct.", "Dépôt des projets", "Sur decidons.pontaudiere.fr.", "done"),
                        ("nov. - déc.", "Soutiens", "Les projets les plus soutenus passent à l'étude.", "current"),
                        ("mars", "Vote final", "Chaque habitant dispose de 1 million d'euros virtuel.", "next")])
             + m.links_block("En savoir plus", [("/citoyennete/pontaudiere-decide/reglement", "Le règlement"), (f"{C}/budgets/4", "Soutenir des projets"),
                                                (f"{C}/budgets/3/results", "Les lauréats 2025")]),
             {"participatory_budget"}, parent=("Participer", "/citoyennete/participer")),
        page("/citoyennete/pontaudiere-decide/reglement", "Règlement de Pontaudière Décide", m.accordion([
            ("Article 1 - Objet", m.prose("Le budget participatif permet aux habitants de proposer et de choisir des projets d'investissement d'intérêt général.")),
            ("Article 2 - Qui peut participer", m.prose("Toute personne habitant Pontaudière, dès 11 ans, peut déposer un projet et voter.")),
            ("Article 3 - Recevabilité", m.prose("Un projet relève des compétences de la ville et ne dépasse pas 150 000 €.")),
            ("Article 4 - Vote", m.prose("Le vote a lieu en ligne et dans les mairies annexes."))], "reg"),
             {"participatory_budget"}, parent=("Pontaudière Décide", "/citoyennete/pontaudiere-decide")),
        page("/citoyennete/conseil-municipal", "Le conseil municipal", m.prose(
            "Prochaine séance le 15 janvier à 18 h. Ordre du jour : tarifs 2027, subventions aux associations, convention de gestion du parc des expositions.",
            "Les séances sont publiques et diffusées en direct."), decoys={"participation_displayed"}),
        page("/finances/compte-administratif", "Compte administratif et budget", m.prose(
            "Le compte administratif 2025 retrace l'exécution du budget : 221 M€ de dépenses réelles. Le budget primitif 2026 sera voté en mars.")
             + m.key_figures([("221 M€", "dépenses"), ("58 M€", "investissement")]), decoys={"participatory_budget"}),
        page("/economie/appel-a-projets-commerces", "Appel à projets : commerces du centre", m.prose(
            "La ville et la chambre de commerce lancent un appel à projets pour l'installation de commerces dans les cellules vacantes : loyers aidés la première année.",
            "Dossiers avant le 20 janvier."), decoys={"suggestion_call"}),
        page("/emploi/offres", "Offres d'emploi", m.prose("Appel à candidatures : chargé de mission mobilités (catégorie A), animateur périscolaire, agent de médiathèque."),
             decoys={"suggestion_call"}),
        page("/culture/concours-de-nouvelles", "Concours de nouvelles 2027", m.prose(
            "Les bibliothèques organisent leur concours de nouvelles : textes de 5 pages au plus, à envoyer avant le 15 mars."), decoys={"suggestion_call"}),
        # news naming the budget participatif's results in passing
        page("/actualites/pontaudiere-decide-laureats", "Pontaudière Décide : 23 projets lauréats", m.prose(
            "Avec 9 800 votants, l'édition 2025 a battu un record. Parmi les lauréats : un skate-park aux Trois-Cités et des fontaines à eau.",
            "<a href=\"/citoyennete/pontaudiere-decide\">Découvrir Pontaudière Décide</a>")
             + m.share("http://www.pontaudiere.fr/actualites/pontaudiere-decide-laureats", "Lauréats"), decoys={"participatory_budget"}),
        page("/actualites/enquete-insee-emploi", "Enquête de l'Insee sur l'emploi", m.prose(
            "L'Insee réalise jusqu'en juin son enquête sur l'emploi. Quelques ménages de la ville seront interrogés par un enquêteur muni d'une carte officielle."),
             decoys={"poll"}),
        page("/actualites/tramway-ligne-b", "Tramway : la ligne B en service", m.prose("Douze stations relient la gare au technopôle en 18 minutes.")),
        page("/mon-espace", "Mon espace citoyen", m.login_form("/mon-espace/connexion"), decoys={"contact_form"}),
        page("/paiement", "Paiement en ligne", m.payment_form("/paiement/facture"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, place du Maréchal-Leclerc.") + vendor_contact, {"contact_form"}),
    ]
    site = _site(www, "vendor", "Ville de Pontaudière", pages,
                 [("Accueil", "/"), ("Participer", "/citoyennete/participer"), ("Paiement", "/paiement"), ("Contact", "/contact")],
                 accounts=[social("facebook", "pontaudiere"), social("instagram", "villedepontaudiere"), social("linkedin", "ville-de-pontaudiere"),
                           social("youtube", "pontaudiere")],
                 address="Place du Maréchal-Leclerc, 86000 Pontaudière")
    inv = "/budgets/4/investments"
    cp = [
        page("/", "Pontaudière Décide", m.prose("Proposez, soutenez, votez : la plateforme de participation de la ville de Pontaudière.")
             + m.cards([("/budgets/4", "Budget participatif 2026", "Phase de soutiens.", "Budget"), ("/debates", "Débats", "Discutez des sujets de la ville.", "Débats"),
                        ("/proposals", "Propositions citoyennes", "Proposez une idée.", "Propositions"), ("/polls", "Votations", "Votez.", "Votes"),
                        ("/legislation/processes/2", "Concertation PLU", "Contribuez.", "Concertation")]),
             {"participation_displayed"}),
        page("/budgets/4", "Budget participatif 2026", m.prose("Phase actuelle : soutiens (jusqu'au 20 décembre). Soutenez les projets que vous souhaitez voir étudiés.")
             + f'<p><a class="button" href="{inv}">Voir les projets</a></p>', {"participatory_budget"}),
        page(inv, "Projets d'investissement", m.consul_investments(inv, [
            (57, "Un skate-park couvert aux Trois-Cités", "Un espace de glisse accessible toute l'année.", "140 000 €", 612, 2),
            (61, "Des fontaines à eau dans les parcs", "Six fontaines dans les parcs de la ville.", "48 000 €", 388, 1)]),
             {"participatory_budget"}, parent=("Budget participatif 2026", "/budgets/4")),
        page(f"{inv}/57", "Un skate-park couvert aux Trois-Cités", m.prose("Un espace de glisse couvert, avec des modules pour débutants.")
             + m.consul_comments("Budget::Investment", [("Yanis", "2 déc.", "On en rêve depuis des années !"), ("Claire", "3 déc.", "Et l'éclairage le soir ?")]),
             {"participatory_budget", "comments"}, parent=("Projets", inv)),
        page(f"{inv}/61", "Des fontaines à eau dans les parcs", m.prose("Six fontaines d'eau potable dans les parcs de Blossac, des Prés et du Triangle.")
             + m.consul_comments("Budget::Investment", [("Josiane", "4 déc.", "Très bien pour les joggeurs.")]),
             {"participatory_budget", "comments"}, parent=("Projets", inv)),
        # a past edition's results: the participatory budget residents voted, documented on its platform
        page("/budgets/3/results", "Résultats du budget participatif 2025", m.prose("9 800 votants. Projets retenus :")
             + '<table class="table-for-mobile"><thead><tr><th>Projet</th><th>Votes</th><th>Coût</th></tr></thead><tbody>'
               '<tr><td>Skate-park des Trois-Cités</td><td>2 104</td><td>120 000 €</td></tr><tr><td>Forêt urbaine de la Gibauderie</td><td>1 877</td><td>95 000 €</td></tr></tbody></table>',
             {"participatory_budget"}),
        page("/debates", "Débats", '<div id="debates" class="debates-list">'
             '<div class="debate"><h3><a href="/debates/12">Faut-il fermer la rue Carnot aux voitures le samedi ?</a></h3><p>48 commentaires</p></div>'
             '<div class="debate"><h3><a href="/debates/15">Quelle place pour les trottinettes ?</a></h3><p>21 commentaires</p></div></div>'
             '<a class="button" href="/debates">Lancer un débat</a>', {"forum"}),
        page("/debates/12", "Faut-il fermer la rue Carnot aux voitures le samedi ?", m.prose("Lancé par Henri P. : le samedi, la rue Carnot est saturée ; la fermer profiterait aux commerces.")
             + m.consul_comments("Debate", [("Sophie", "1 déc.", "Oui, comme à Tours."), ("Patrick", "1 déc.", "Non, les commerçants ont besoin des clients en voiture.")]),
             {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/debates/15", "Quelle place pour les trottinettes ?", m.prose("Lancé par Inès : les trottinettes encombrent les trottoirs, faut-il des emplacements ?")
             + m.consul_comments("Debate", [("Lou", "30 nov.", "Des emplacements marqués au sol près des arrêts.")]),
             {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/proposals", "Propositions citoyennes", m.prose("Une proposition qui réunit le soutien de 2 % des habitants est étudiée par le conseil municipal.")
             + '<a class="button" href="/proposals">Créer une proposition</a>'
             + '<form class="new_proposal" action="/proposals" method="post"><label for="proposal_title">Titre de la proposition</label><input id="proposal_title" name="proposal[title]">'
               '<label for="proposal_description">Description</label><textarea id="proposal_description" name="proposal[description]"></textarea><input type="submit" class="button" value="Créer une proposition"></form>',
             {"suggestion_call"}),
        page("/polls", "Votations", m.cards([("/polls/5", "Le nom de la future médiathèque", "En cours jusqu'au 31 janvier.", "En cours"),
                                             ("/polls/3", "Horaires des piscines", "Terminé.", "Terminé")]), {"poll"}),
        page("/polls/5", "Le nom de la future médiathèque", m.consul_poll(5, "Quel nom pour la médiathèque des Couronneries ?", ["Simone-Veil", "Gisèle-Halimi", "Les Couronnes"]),
             {"poll"}, parent=("Votations", "/polls")),
        page("/polls/3", "Horaires des piscines", m.prose("Cette votation est terminée.") + m.poll_results("Quels horaires préférez-vous ?", [("7 h - 20 h", 58, 932), ("9 h - 22 h", 42, 675)]),
             decoys={"poll"}, parent=("Votations", "/polls")),
        page("/legislation/processes/2", "Concertation : plan local d'urbanisme", m.prose(
            "La ville révise son PLU. Lisez le projet d'aménagement et de développement durables et commentez-le, paragraphe par paragraphe, jusqu'au 28 février."),
             {"participation_displayed"}),
    ]
    consul = _site(cs, "consul", "Pontaudière Décide", cp, [("Accueil", "/"), ("Budget participatif", "/budgets/4"), ("Débats", "/debates"), ("Votations", "/polls")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return City("99475", "Pontaudière", 138_500, "86", "75", "Nouvelle-Aquitaine", f"http://{www}/", [site, consul])


# =================================================================================================
# 99476 Lanvorec (Bretagne): SPIP 4 with its forums, its petitions and Formidable questionnaires
# =================================================================================================

def lanvorec() -> City:
    www = "www.lanvorec.bzh"
    news = [("/Nouveau-plan-de-circulation", "Nouveau plan de circulation du centre", "Réagissez à l'article.", "Déplacements"),
            ("/Resultats-de-la-consultation-sur-les-marches", "Marchés : les résultats de la consultation", "Le marché du jeudi soir est adopté.", "Commerce"),
            ("/Fest-noz-de-la-Saint-Jean", "Fest-noz de la Saint-Jean", "Sur le port, le 21 juin.", "Culture"),
            ("/Enquete-Insee-cadre-de-vie", "Enquête Insee « Cadre de vie et sécurité »", "Un enquêteur peut vous solliciter.", "Vie pratique"),
            ("/Le-plan-climat-de-l-agglomeration", "Le plan climat de l'agglomération", "Réunion d'information le 5 février.", "Environnement")]
    pages = [
        page("/", "Accueil", m.home("Lanvorec / Lannvorig : 45 800 habitants face à la rade.",
             [("/Democratie-participative", "Démocratie participative"), ("/Forum-des-quartiers", "Forum des quartiers"),
              ("/Petition-pour-une-halle-couverte", "Pétition en cours"), ("/Questionnaire-rythmes-de-la-ville", "Questionnaire"),
              ("/Lettre-d-information", "Lettre d'information"), ("/Contact", "Contact")],
             news, [("14 janv.", "/Conseils-de-quartier", "Conseil de quartier de Kerlouan"),
                    ("18 janv.", "/Forum-emploi-saisonnier", "Forum de l'emploi saisonnier"),
                    ("21 juin", "/Fest-noz-de-la-Saint-Jean", "Fest-noz de la Saint-Jean")]) + m.cookies_tarteaucitron()),
        page("/Democratie-participative", "Démocratie participative", m.prose(
            "Lanvorec s'est dotée en 2021 d'une délégation à la démocratie participative. Conseils de quartier, forum en ligne, questionnaires, pétitions et appels à idées : à vous la parole.")
             + m.links_block("Les outils", [("/Conseils-de-quartier", "Les conseils de quartier"), ("/Forum-des-quartiers", "Le forum des quartiers"),
                                            ("/Petition-pour-une-halle-couverte", "Les pétitions"), ("/Appel-a-idees-pour-le-jardin-de-l-Abbaye", "Appel à idées"),
                                            ("/Questionnaire-rythmes-de-la-ville", "Questionnaire")]),
             {"participation_displayed"}),
        page("/Conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Les cinq conseils de quartier sont composés d'habitants volontaires, renouvelés tous les trois ans. Leurs séances sont ouvertes au public.",
            "Prochaine séance : Kerlouan, mardi 14 janvier à 18 h, maison de quartier.")
             + m.tabs([("Kerlouan", m.prose("Priorités : sécurité routière, aire de jeux.")), ("Le Port", m.prose("Priorités : stationnement, animations estivales.")),
                       ("Saint-Mathieu", m.prose("Priorités : liaison douce vers le collège."))], "cq"),
             {"participation_displayed"}),
        page("/Forum-des-quartiers", "Forum des quartiers", '<div class="forum-liste"><p>Le forum de discussion des habitants, modéré a priori par la mairie. Ouvrez un sujet ou répondez aux messages.</p>'
             '<ul class="liste-items forums"><li class="item"><a href="/Forum-des-quartiers/Stationnement-place-du-Martray">Stationnement place du Martray</a> <small>14 messages</small></li>'
             '<li class="item"><a href="/Forum-des-quartiers/Chemin-cotier-a-Kerlouan">Le chemin côtier à Kerlouan</a> <small>6 messages</small></li></ul></div>'
             + m.spip_forum(88, [("Nouveau sujet : bruit des terrasses", "3 janvier", "Gwenaëlle", "Les terrasses du quai ferment à 2 h l'été, c'est difficile pour les riverains.")]),
             {"forum"}),
        page("/Forum-des-quartiers/Stationnement-place-du-Martray", "Stationnement place du Martray", m.spip_forum(91, [
            ("Stationnement place du Martray", "12 décembre", "Yann", "Les voitures ventouses bloquent la place les jours de marché."),
            ("Re : stationnement", "13 décembre", "Morgane", "Une zone bleue réglerait le problème."),
            ("Re : stationnement", "14 décembre", "La mairie", "Le sujet sera examiné au conseil de quartier du Port.")]),
             {"forum"}, parent=("Forum des quartiers", "/Forum-des-quartiers")),
        page("/Forum-des-quartiers/Chemin-cotier-a-Kerlouan", "Le chemin côtier à Kerlouan", m.spip_forum(92, [
            ("Le chemin côtier", "2 janvier", "Erwan", "Le sentier est effondré après la tempête, attention aux enfants."),
            ("Re : le chemin côtier", "3 janvier", "Annaïg", "Une barrière a été posée ce matin.")]),
             {"forum"}, parent=("Forum des quartiers", "/Forum-des-quartiers")),
        page("/Petition-pour-une-halle-couverte", "Pétition pour une halle couverte", m.prose(
            "Droit de pétition : les habitants peuvent demander qu'une question soit débattue en conseil municipal. Cette pétition, déposée par l'association des commerçants, demande une halle couverte place du Martray.")
             + m.spip_petition(104, 533, [("Loïc K.", "6 janvier"), ("Maryvonne", "6 janvier"), ("Anonyme", "5 janvier")]),
             {"petition"}),
        page("/Appel-a-idees-pour-le-jardin-de-l-Abbaye", "Appel à idées pour le jardin de l'Abbaye", m.prose(
            "Le jardin de l'Abbaye va être réaménagé. Jusqu'au 28 février, faites-nous part de vos idées : plantations, jeux, lieu de spectacle ?")
             + m.formidable_contact("spip.php?page=formidable&id=idees-abbaye", 6),
             {"suggestion_call", "contact_form"}),
        page("/Boite-a-idees-2024", "Boîte à idées 2024 : bilan", m.prose(
            "La boîte à idées 2024 est close. 142 idées ont été reçues ; 18 ont été réalisées, dont les bancs du quai et le composteur de Saint-Mathieu."),
             decoys={"suggestion_call"}),
        page("/Questionnaire-rythmes-de-la-ville", "Questionnaire : les rythmes de la ville", m.prose(
            "Horaires de la mairie, de la médiathèque, des piscines : sont-ils adaptés à vos journées ? Répondez avant le 31 janvier.")
             + m.formidable_questionnaire(7, [("Les horaires d'ouverture de la mairie vous conviennent-ils ?", ["Oui", "Non", "Sans avis"]),
                                              ("Souhaitez-vous une ouverture le samedi après-midi ?", ["Oui", "Non"]),
                                              ("Vos suggestions", None)], "spip.php?page=formidable&id=rythmes"),
             {"poll"}),
        page("/Resultats-de-la-consultation-sur-les-marches", "Marchés : les résultats de la consultation", m.prose(
            "La consultation sur les marchés est terminée ; 1 108 réponses.")
             + m.poll_results("Faut-il créer un marché le jeudi soir ?", [("Oui", 74, 820), ("Non", 26, 288)]), decoys={"poll"}),
        page("/Nouveau-plan-de-circulation", "Nouveau plan de circulation du centre", m.prose(
            "À partir du 1er mars, la rue de Siam passe en sens unique et une zone de rencontre est créée autour des halles.")
             + m.spip_forum(77, [("Enfin !", "9 janvier", "Tanguy", "Les piétons seront mieux protégés."),
                                 ("Et les livraisons ?", "10 janvier", "Commerçant du quai", "Quels horaires pour les livraisons ?")]),
             {"comments"}),
        # names a platform a neighbouring intercommunality uses; Lanvorec itself runs none
        page("/Le-plan-climat-de-l-agglomeration", "Le plan climat de l'agglomération", m.prose(
            "L'agglomération prépare son plan climat-air-énergie. Elle a ouvert une consultation sur sa propre plateforme, hébergée par Fluicity ; la ville de Lanvorec relaie l'information.",
            "Une réunion d'information se tiendra à la salle Glenmor le 5 février."),
             decoys={"participatory_platform"}),
        page("/Fest-noz-de-la-Saint-Jean", "Fest-noz de la Saint-Jean", m.prose("Fest-noz sur le port le 21 juin à partir de 20 h, avec trois groupes et un feu de la Saint-Jean.")
             + m.share("http://www.lanvorec.bzh/Fest-noz-de-la-Saint-Jean", "Fest-noz")),
        page("/Enquete-Insee-cadre-de-vie", "Enquête Insee « Cadre de vie et sécurité »", m.prose(
            "L'Insee mène jusqu'en avril une enquête statistique auprès de ménages tirés au sort. Les réponses sont confidentielles."), decoys={"poll"}),
        page("/Forum-emploi-saisonnier", "Forum de l'emploi saisonnier", m.prose(
            "Restaurants, campings, centres nautiques : le forum de l'emploi saisonnier se tient le 18 janvier à la salle Glenmor."), decoys={"forum"}),
        page("/Lettre-d-information", "Lettre d'information", m.newsletter_local("spip.php?page=newsletter_subscribe"), decoys={"contact_form"}),
        page("/Contact", "Contact", m.prose("Mairie de Lanvorec, 2 place de la Liberté. Du lundi au samedi matin.") + m.formidable_contact("spip.php?page=contact", 1),
             {"contact_form"}),
    ]
    site = _site(www, "spip", "Lanvorec - Lannvorig", pages,
                 [("Accueil", "/"), ("Démocratie participative", "/Democratie-participative"), ("Forum", "/Forum-des-quartiers"), ("Boîte à idées 2024", "/Boite-a-idees-2024"), ("Contact", "/Contact")],
                 accounts=[social("facebook", "lanvorec"), social("instagram", "ville_lanvorec"), social("mastodon", "lanvorec@mastodon.bzh")],
                 address="2 place de la Liberté, 29000 Lanvorec")
    return City("99476", "Lanvorec", 45_800, "29", "53", "Bretagne", f"http://{www}/", [site])


# =================================================================================================
# 99477 Quimerville (Normandie): Joomla 4, a white-label React platform drawn by a script
# =================================================================================================

JEP = "jeparticipe.quimerville.fr"


def _quimerville_app():
    vote = ('<form class="BudgetVote_form__k3Pq" method="post" action="/api/v1/vote"><fieldset><legend>Choisissez jusqu\'à 3 projets</legend>'
            '<label><input type="checkbox" name="projets[]" value="21"> Un parcours sportif au bois de la Garenne (85 000 €)</label>'
            '<label><input type="checkbox" name="projets[]" value="24"> Des nichoirs et un hôtel à insectes dans les écoles (12 000 €)</label>'
            '<label><input type="checkbox" name="projets[]" value="27"> Une boîte à dons au marché couvert (6 000 €)</label></fieldset>'
            '<button type="submit" class="Button_primary__z7">Valider mon vote</button></form>')
    # ideas filed here are published for others to support: a call for ideas, not a message to the city
    pages = {
        "/": ("Quimerville Demain", "La plateforme de participation citoyenne de Quimerville.",
              m.cards([("/consultations", "Les consultations", "Donnez votre avis.", "Consulter"),
                       ("/budget-participatif", "Budget participatif", "Votez pour vos projets préférés.", "Voter"),
                       ("/idees", "Boîte à idées", "Proposez.", "Proposer"), ("/petitions", "Pétitions", "Signez.", "Signer")]),
              {"participation_displayed"}),
        "/consultations": ("Les consultations", "Les concertations en cours et passées.",
                           m.cards([("/sondages/eclairage-public", "Éclairage public", "Sondage ouvert.", "En cours"),
                                    ("/budget-participatif/laureats-2025", "Budget participatif 2025", "Résultats.", "Terminé")]),
                           {"participation_displayed"}),
        "/budget-participatif": ("Budget participatif 2026", "Vote ouvert du 5 au 25 janvier : 400 000 € pour vos projets.",
                                 m.prose("Les 19 projets ci-dessous ont été déposés par des habitants puis jugés réalisables par les services.") + vote,
                                 {"participatory_budget"}),
        "/budget-participatif/laureats-2025": ("Les lauréats 2025", "6 210 votants, 11 projets retenus.",
                                               '<ol class="Winners_list__p2"><li>Skate-park du Mont-Riboudet (1 402 voix)</li><li>Jardin pédagogique de l\'école Pasteur (1 155 voix)</li></ol>',
                                               {"participatory_budget"}),
        "/idees": ("Boîte à idées", "Vos idées pour Quimerville : les plus soutenues reçoivent une réponse du maire.",
                   m.idea_form("/api/v1/idees", "Proposer une idée", "Votre idée", "IdeaForm_form__u1")
                   + '<ul class="IdeaList"><li><a href="/idees/34">Un marché de producteurs le soir</a> — 87 soutiens</li></ul>',
                   {"suggestion_call"}),
        "/idees/34": ("Un marché de producteurs le soir", "Idée proposée par Clémence, 87 soutiens.",
                      m.prose("Un marché de 17 h à 20 h le mercredi pour ceux qui travaillent en journée.")
                      + '<section class="Comments"><p class="Comment">Oui, place Saint-Marc ! — Thierry</p>'
                        '<form class="CommentForm_form__c4" method="post" action="/api/v1/idees/34/commentaires"><label for="c-body">Commenter</label>'
                        '<textarea id="c-body" name="contenu"></textarea><button type="submit">Publier</button></form></section>',
                      {"comments", "suggestion_call"}),
        "/sondages/eclairage-public": ("Sondage : éclairage public", "Ouvert jusqu'au 31 janvier.",
                                       m.questionnaire("/api/v1/sondages/eclairage/reponses", "Une seule question.",
                                                       [("Faut-il éteindre l'éclairage public de minuit à 5 h ?", ["Oui", "Non", "Seulement dans les zones résidentielles"])],
                                                       "PollForm_form__e9"), {"poll"}),
        "/petitions": ("Pétitions", "Une pétition qui atteint 2 000 signatures est débattue en conseil municipal.",
                       m.petition_card_list([("/petitions/piscine-du-val", "Sauver le bassin extérieur de la piscine du Val", 1_480, 2_000, "open")])
                       + m.petition_sign("/api/v1/petitions/9/signatures", "Sauver le bassin extérieur de la piscine du Val", 1_480, 2_000), {"petition"}),
        "/petitions/piscine-du-val": ("Sauver le bassin extérieur de la piscine du Val", "1 480 signatures sur 2 000.",
                                      m.petition_sign("/api/v1/petitions/9/signatures", "Sauver le bassin extérieur", 1_480, 2_000), {"petition"}),
    }
    return m.ScriptApp("Quimerville Demain", "/static/js/main.7f3a2c1e.js", "/api/v1/page", "route", "root", pages, "")


def quimerville() -> City:
    www = "www.quimerville.fr"
    J = f"http://{JEP}"
    app = _quimerville_app()
    _APPS[JEP] = app
    news = [("/actualites/budget-participatif-au-vote", "Budget participatif : à vous de voter !", "19 projets en lice jusqu'au 25 janvier.", "Participation"),
            ("/actualites/sondage-stationnement-resultats", "Stationnement : les résultats du sondage", "La gratuité le samedi matin est maintenue.", "Mobilité"),
            ("/actualites/nouvelle-mediatheque", "La médiathèque Aimé-Césaire ouvre ses portes", "Trois étages et un fab lab.", "Culture"),
            ("/actualites/seniors-repas", "Repas des aînés : inscriptions ouvertes", "Le 8 février au parc des expositions.", "Solidarité")]
    pages = [
        page("/", "Accueil", m.home("Bienvenue à Quimerville, 67 000 habitants sur les bords de Seine.",
             [("/ma-mairie/participation-citoyenne", "Quimerville Demain"), ("/ma-mairie/conseils-de-quartier", "Conseils de quartier"),
              ("/ma-mairie/budget", "Le budget"), ("/services/inscriptions-scolaires", "Inscriptions scolaires"), ("/services/paiement-en-ligne", "Paiement en ligne"),
              ("/contact", "Contact")],
             news, [("8 fév.", "/actualites/seniors-repas", "Repas des aînés"), ("15 janv.", "/ma-mairie/conseils-de-quartier", "Conseil de quartier Saint-Marc"),
                    ("25 janv.", "/actualites/budget-participatif-au-vote", "Clôture du vote du budget participatif")], m.cookies_axeptio())),
        page("/ma-mairie/participation-citoyenne", "Quimerville Demain", m.chapo("Quimerville Demain est la démarche de démocratie participative de la ville.")
             + m.prose("Conseils de quartier, budget participatif, boîte à idées, pétitions et consultations en ligne : chaque habitant peut agir sur les choix de la ville.",
                       f"Tout se passe sur <a href=\"{J}/\">jeparticipe.quimerville.fr</a>.")
             + m.links_block("En ligne", [(f"{J}/budget-participatif", "Voter au budget participatif"), (f"{J}/idees", "Proposer une idée"),
                                          (f"{J}/petitions", "Signer une pétition"), (f"{J}/sondages/eclairage-public", "Répondre au sondage"),
                                          (f"{J}/consultations", "Les consultations"), (f"{J}/budget-participatif/laureats-2025", "Lauréats 2025")]),
             {"participation_displayed"}),
        page("/ma-mairie/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Sept conseils de quartier, composés de 24 habitants dont la moitié tirés au sort, donnent leur avis sur les projets et portent des initiatives.",
            "Les réunions sont publiques ; l'ordre du jour est affiché dans les mairies annexes.")
             + m.accordion([("Saint-Marc", m.prose("Réunion le 15 janvier, école Pasteur.")), ("Mont-Riboudet", m.prose("Réunion le 22 janvier, gymnase."))], "cdq"),
             {"participation_displayed"}, parent=("Quimerville Demain", "/ma-mairie/participation-citoyenne")),
        # a call for candidates to sit on a council, not a call for residents' ideas
        page("/ma-mairie/conseils-de-quartier/candidater", "Devenir conseiller de quartier", m.prose(
            "Appel à candidatures : les conseils de quartier se renouvellent en mars. Les habitants volontaires peuvent se porter candidats jusqu'au 15 février.")
             + '<form class="rsform candidature" action="/ma-mairie/conseils-de-quartier/candidater" method="post"><label for="cand-nom">Nom</label><input id="cand-nom" name="form[Nom]">'
               '<label for="cand-q">Quartier</label><select id="cand-q" name="form[Quartier]"><option>Saint-Marc</option><option>Mont-Riboudet</option></select>'
               '<label for="cand-mail">Courriel</label><input type="email" id="cand-mail" name="form[Email]"><button type="submit">Je me porte candidat</button></form>',
             {"participation_displayed"}, decoys={"suggestion_call", "contact_form"}, parent=("Les conseils de quartier", "/ma-mairie/conseils-de-quartier")),
        page("/ma-mairie/budget", "Le budget de la ville", m.prose(
            "Le budget primitif 2026 (104 M€) a été adopté le 12 décembre. Les documents budgétaires et le rapport d'orientation sont en téléchargement."),
             decoys={"participatory_budget"}),
        # a news item announcing the vote, which happens on the platform it links to
        page("/actualites/budget-participatif-au-vote", "Budget participatif : à vous de voter !", m.prose(
            "Du 5 au 25 janvier, les Quimervillais choisissent leurs projets préférés parmi 19 propositions.",
            f"<a href=\"{J}/budget-participatif\">Je vote</a>"), decoys={"participatory_budget"}),
        page("/actualites/sondage-stationnement-resultats", "Stationnement : les résultats du sondage", m.prose("Le sondage de l'automne est clos.")
             + m.poll_results("Faut-il garder la gratuité le samedi matin ?", [("Oui", 81, 2011), ("Non", 19, 472)]), decoys={"poll"}),
        page("/actualites/nouvelle-mediatheque", "La médiathèque Aimé-Césaire ouvre ses portes", m.prose(
            "Trois étages, 60 000 documents, un fab lab et un auditorium : la médiathèque ouvre le 10 janvier.")
             + m.share("http://www.quimerville.fr/actualites/nouvelle-mediatheque", "Médiathèque")),
        page("/actualites/seniors-repas", "Repas des aînés : inscriptions ouvertes", m.prose("Le repas des aînés a lieu le 8 février. Inscription obligatoire auprès du CCAS.")
             + m.booking_form("/actualites/seniors-repas", "Repas des aînés", ["Samedi 8 février, midi"]), decoys={"contact_form"}),
        page("/services/inscriptions-scolaires", "Inscriptions scolaires", m.school_registration("/services/inscriptions-scolaires"), decoys={"contact_form"}),
        page("/services/paiement-en-ligne", "Paiement en ligne", m.payment_form("/services/paiement-en-ligne"), decoys={"contact_form"}),
        page("/services/marches-publics", "Marchés publics", m.prose("Appel d'offres en cours : rénovation énergétique du gymnase Coubertin. Date limite de réception des offres : 3 février."),
             decoys={"suggestion_call"}),
        page("/contact", "Contact", m.prose("Mairie de Quimerville, place de l'Hôtel-de-Ville.") + m.rsform_contact("/contact"), {"contact_form"}),
    ]
    site = _site(www, "joomla", "Ville de Quimerville", pages,
                 [("Accueil", "/"), ("Quimerville Demain", "/ma-mairie/participation-citoyenne"), ("Candidater", "/ma-mairie/conseils-de-quartier/candidater"),
                  ("Marchés publics", "/services/marches-publics"), ("Contact", "/contact")],
                 accounts=[social("facebook", "Quimerville"), social("instagram", "quimerville"), social("x", "Quimerville")],
                 address="Place de l'Hôtel-de-Ville, 76000 Quimerville")
    app_pages = [page(path, title, "", features) for path, (title, _c, _b, features) in app.pages.items()]
    platform = _site(JEP, "vendor", "Quimerville Demain", app_pages, [("Accueil", "/")],
                     features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))
    return City("99477", "Quimerville", 67_100, "76", "28", "Normandie", f"http://{www}/", [site, platform])


# =================================================================================================
# 99478 Auzelac (Provence-Alpes-Côte d'Azur): Drupal 10 with Disqus, a Flarum board, a neighbours' network
# =================================================================================================

def auzelac() -> City:
    www, ag, ev = "www.auzelac.fr", "agora.auzelac.fr", "entre-voisins.auzelac.fr"
    A, E = f"http://{ag}", f"http://{ev}"
    news = [("/actualites/travaux-avenue-des-platanes", "Avenue des Platanes : les travaux démarrent", "Réagissez à l'article.", "Travaux"),
            ("/actualites/resultats-sondage-marche", "Sondage sur le marché : les résultats", "Le marché du dimanche restera place de l'Horloge.", "Commerce"),
            ("/actualites/feria-2026", "La feria revient en août", "Programme et navettes.", "Festivités"),
            ("/participer/sondage-du-mois", "Le sondage du mois", "Votre avis sur les horaires de la déchetterie.", "Participer")]
    pages = [
        page("/", "Accueil", m.home("Auzelac, 41 000 habitants entre Rhône et Luberon.",
             [("/participer", "Participer"), ("/participer/entre-voisins", "Entre voisins"), ("/participer/agora", "L'Agora"),
              ("/mon-espace", "Mon espace"), ("/newsletter", "Newsletter"), ("/contact", "Contact")],
             news, [("16 janv.", "/participer/conseil-des-sages", "Conseil des sages"),
                    ("24 janv.", "/agenda/forum-des-metiers", "Forum des métiers"),
                    ("31 janv.", "/budget-2026", "Débat d'orientation budgétaire")], m.cookies_didomi())),
        page("/participer", "Participer", m.tabs([
            ("La démarche", m.prose("La ville d'Auzelac associe les habitants aux décisions par des comités de quartier, un conseil des sages, des sondages et des espaces de discussion en ligne.")),
            ("Les instances", m.links_block("Instances", [("/participer/conseil-des-sages", "Le conseil des sages"), ("/participer/comites-de-quartier", "Les comités de quartier")])),
            ("En ligne", m.links_block("En ligne", [("/participer/agora", "L'Agora, forum des habitants"), ("/participer/entre-voisins", "Le réseau Entre voisins"),
                                                    ("/participer/sondage-du-mois", "Le sondage du mois")]))], "part"),
             {"participation_displayed"}),
        page("/participer/comites-de-quartier", "Les comités de quartier", m.prose(
            "Les quatre comités de quartier réunissent habitants, commerçants et associations autour des élus de secteur. Ils sont consultés sur les travaux et l'animation du quartier."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/conseil-des-sages", "Le conseil des sages", m.prose(
            "Trente habitants de plus de 62 ans, volontaires, forment le conseil des sages. Ils rendent des avis au maire sur les projets de la ville ; prochaine séance plénière le 16 janvier."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/entre-voisins", "Entre voisins, le réseau des Auzelacois", m.prose(
            "Entre voisins est le réseau social de quartier lancé par la ville : petites annonces, entraide, événements de rue.",
            f"<a href=\"{E}/\">Rejoindre le réseau</a> — inscription réservée aux habitants."),
             {"territorial_social_network"}, parent=("Participer", "/participer")),
        # presents the board and links to it; nobody posts on this page
        page("/participer/agora", "L'Agora", m.prose(
            "L'Agora est le forum de discussion des habitants d'Auzelac, ouvert en 2024. Charte de modération et inscription gratuite.",
            f"<a href=\"{A}/\">Entrer dans l'Agora</a>"), {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/sondage-du-mois", "Le sondage du mois", m.prose("Chaque mois, la ville pose une question aux habitants.")
             + m.drupal_poll(14, "Faut-il ouvrir la déchetterie le dimanche matin ?", ["Oui", "Non", "Sans avis"]),
             {"poll"}, parent=("Participer", "/participer")),
        page("/securite/voisins-vigilants", "Voisins vigilants et solidaires", m.prose(
            "La ville a adhéré au protocole de participation citoyenne de la gendarmerie. Les référents de quartier relaient les alertes de la brigade par SMS.",
            "Pour devenir référent, adressez-vous à la police municipale."), decoys={"territorial_social_network", "participation_displayed"}),
        page("/actualites/travaux-avenue-des-platanes", "Avenue des Platanes : les travaux démarrent", m.prose(
            "Réseaux, trottoirs élargis et plantations : le chantier dure jusqu'en juin. Stationnement interdit côté pair.") + m.disqus("auzelac-fr", "node/482"),
             {"comments"}),
        page("/actualites/resultats-sondage-marche", "Sondage sur le marché : les résultats", m.prose("Le sondage de novembre est clos.")
             + m.poll_results("Où installer le marché du dimanche ?", [("Place de l'Horloge", 67, 803), ("Cours Jean-Jaurès", 33, 396)]), decoys={"poll"}),
        page("/actualites/feria-2026", "La feria revient en août", m.prose("Trois jours de fête du 14 au 16 août, navettes gratuites depuis les parkings relais.")
             + m.share("http://www.auzelac.fr/actualites/feria-2026", "Feria") + m.drupal_comments([], 512).replace("<h2 class=\"title comment-section-title\">Commentaires</h2>", ""),
             {"comments"}),
        page("/agenda/forum-des-metiers", "Forum des métiers", m.prose("Collégiens et lycéens rencontrent 60 professionnels le 24 janvier à la salle des fêtes."), decoys={"forum"}),
        page("/budget-2026", "Budget 2026", m.prose("Le débat d'orientation budgétaire a lieu le 31 janvier ; le budget primitif sera voté en mars."), decoys={"participatory_budget"}),
        page("/mon-espace", "Mon espace", m.login_form("/user/login", "name"), decoys={"contact_form"}),
        page("/newsletter", "Newsletter", m.newsletter_brevo("https://c7d6e5.sibforms.com/serve/MUIFAQz1"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville d'Auzelac, cours de la République.") + m.webform_contact("/contact"), {"contact_form"}),
    ]
    site = _site(www, "drupal", "Ville d'Auzelac", pages,
                 [("Accueil", "/"), ("Participer", "/participer"), ("Sécurité", "/securite/voisins-vigilants"), ("Contact", "/contact")],
                 accounts=[social("facebook", "villeauzelac"), social("instagram", "auzelac"), social("youtube", "auzelac")],
                 address="Cours de la République, 84000 Auzelac")
    discussions = [("/d/12-jardins-partages-au-clos", "Des jardins partagés au Clos ?", 9), ("/d/15-horaires-de-la-piscine", "Horaires de la piscine l'été", 4)]
    fp = [
        page("/", "L'Agora d'Auzelac", m.flarum_list(discussions)),
        page("/d/12-jardins-partages-au-clos", "Des jardins partagés au Clos ?", m.flarum_posts(
            [("sylvie", "2 déc.", "Le terrain en friche du Clos pourrait accueillir une vingtaine de parcelles."),
             ("jb84", "3 déc.", "Il faudra un point d'eau ; la mairie peut-elle le prévoir ?")])),
        page("/d/15-horaires-de-la-piscine", "Horaires de la piscine l'été", m.flarum_posts(
            [("karima", "28 nov.", "Ouvrir jusqu'à 20 h en juillet serait bien pour les familles."), ("thomas", "29 nov.", "Plus d'accord.")])),
    ]
    forum = _site(ag, "flarum", "L'Agora d'Auzelac", fp, [("Discussions", "/")], features=frozenset({"forum"}))
    nb = [
        page("/", "Entre voisins", m.prose("Le réseau social des habitants d'Auzelac.") + m.community_composer()
             + m.community_feed([("Nadine", "Le Clos", "il y a 1 h", "Qui aurait une remorque à prêter samedi ?", 2),
                                 ("Comité des Aires", "Les Aires", "hier", "Vide-grenier du quartier le 3 mai, inscriptions ouvertes.", 6)])
             + m.links_block("Quartiers", [("/quartiers/les-aires", "Les Aires"), ("/quartiers/le-clos", "Le Clos")]),
             {"territorial_social_network"}),
        page("/quartiers/les-aires", "Les Aires", m.community_feed([("Paul", "Les Aires", "lundi", "Chat tigré perdu près de l'école.", 3)]), {"territorial_social_network"}),
        page("/quartiers/le-clos", "Le Clos", m.community_feed([("Maëlle", "Le Clos", "mardi", "Atelier réparation de vélos dimanche sous le préau.", 4)]), {"territorial_social_network"}),
    ]
    network = _site(ev, "community", "Entre voisins - Auzelac", nb, [("Fil", "/"), ("Les Aires", "/quartiers/les-aires")])
    return City("99478", "Auzelac", 41_300, "84", "93", "Provence-Alpes-Côte d'Azur", f"http://{www}/", [site, forum, network])


def cities():
    return [verlanges(), saint_orvenac(), sainte_melisse(), brasquelin(), pontaudiere(), lanvorec(), quimerville(), auzelac()]


def hosts():
    if not _APPS:
        cities()
    served = {}
    for city in cities():
        for site in city.sites:
            if site.host in _APPS:
                served[site.host] = CustomHost(site, _APPS[site.host].special)
    return served
