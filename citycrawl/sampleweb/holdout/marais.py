"""Holdout part ``marais`` (HOLDOUT.md): eight communes, 99851-99858, written apart from the detection rules
from the codebook and from how real French city sites, CMS plugins and participation platforms write these
features. Vendor CMSs (Stratis-, Ametys-, K-Sup- and Inovagora-like layouts), WordPress, SPIP, Drupal, Joomla;
Publik and a vendor e-démarches portal; Decidim, Fluicity, Jenparle, Cap Collectif, id-city, Consultvox;
a Flarum and a phpBB board; a hosted neighbours' network and one the city built itself.

Labelling conventions of this part (from the codebook):
- a form that sends a private free-text message to the city (contact, idea box, report, a petition filed with
  the mayor) is a ``contact_form``; a form that publishes a proposal or a comment is not (it is a decoy);
- a closed poll, a closed petition or a closed call that shows only results is a decoy of its feature;
- the filing step of a participatory budget is also a call for projects (``suggestion_call``);
- a city page presenting a neighbours' network and leading to it counts as ``territorial_social_network``.
"""
from ..site import City, Site, page, social
from . import marais_markup as m


def _home(intro, quick, news, agenda=(), aside=""):
    body = m.prose(*intro) + m.quick_links(quick) + m.news(news)
    if agenda:
        body += m.agenda(agenda)
    return m.with_aside(body, aside) if aside else body


# =====================================================================================================
# 99851 Brévalon (Nord): a Stratis-like vendor CMS, and a Decidim instance for its participation.
# =====================================================================================================

BREVALON = "www.brevalon.fr"
BREVALON_DECIDIM = "jeparticipe.brevalon.fr"
_JP = f"http://{BREVALON_DECIDIM}"
_DEMO = "/ma-ville/democratie-participative"


def _brevalon_www():
    news = [("/actualites/skatepark-inaugure", "Le skatepark du Marais inauguré", "12 avril 2025",
             "Les jeunes riders ont pris possession des lieux samedi."),
            ("/actualites/recensement-2025", "Recensement : un agent peut frapper à votre porte", "6 janvier 2025",
             "Jusqu'au 22 février, 8 % des logements sont recensés."),
            ("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", "3 mars 2025",
             "Cinquante entreprises recrutent à la salle Vauban."),
            ("/actualites/appel-a-projets-associatifs", "Appel à projets associatifs 2025", "10 février 2025",
             "Les associations peuvent solliciter une aide pour leurs actions."),
            ("/actualites/lettre-d-information", "Recevez la lettre de Brévalon", "1er février 2025",
             "Chaque mois, l'essentiel de l'actualité dans votre boîte aux lettres électronique.")]
    pages = [
        page("/", "Accueil", _home(
            ["Bienvenue sur le site officiel de la ville de Brévalon, au bord de la Deûle et du marais des Éclusiers."],
            [("/demarches/reservation-salles", "Réserver une salle"), ("/contact", "Contacter la mairie"),
             (_DEMO, "Brévalon ensemble"), (f"{_DEMO}/budget-participatif", "Les Projets d'ici"),
             ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/vivre/tourisme", "Tourisme"),
             ("/ma-ville/marches-publics", "Marchés publics"), ("/vivre/securite/participation-citoyenne", "Tranquillité")],
            news, [("18", "avr.", "Conseil de quartier Bourg-Centre", "École Jean-Macé"),
                   ("24", "avr.", "Conseil municipal", "Hôtel de ville")])),
        # the city's approach under its own brand: participation_displayed
        page(_DEMO, "Brévalon ensemble : la démocratie participative", m.prose(
            "Depuis 2021, la Ville s'est dotée d'une démarche de participation baptisée « Brévalon ensemble ». "
            "Elle repose sur six conseils de quartier, une charte de la participation votée en conseil municipal, "
            "des réunions publiques avant chaque grand projet et un budget participatif annuel.",
            "Chaque habitant, dès 14 ans, peut s'impliquer : assister aux séances, rejoindre un groupe de travail, "
            "déposer un projet ou donner son avis en ligne sur la plateforme jeparticipe.brevalon.fr.")
             + m.related([(f"{_DEMO}/conseils-de-quartier", "Les conseils de quartier"),
                          (f"{_DEMO}/charte-de-la-participation", "La charte de la participation"),
                          (f"{_DEMO}/budget-participatif", "Le budget participatif"),
                          (f"{_JP}/", "La plateforme jeparticipe.brevalon.fr")]),
             {"participation_displayed"}),
        page(f"{_DEMO}/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Les six conseils de quartier réunissent des habitants volontaires, des représentants d'associations et deux "
            "élus référents. Ils se réunissent en séance plénière trois fois par an et sont consultés sur les projets "
            "d'aménagement de leur secteur.",
            "Les séances sont publiques : chacun peut y assister et prendre la parole en fin de réunion.")
             + m.bullets("<a href='/ma-ville/democratie-participative/conseils-de-quartier/bourg-centre'>Bourg-Centre</a>",
                         "Les Éclusiers", "Haute-Deûle", "Saint-Druon", "La Briqueterie", "Le Marais")
             + m.doc_list([("Règlement intérieur des conseils de quartier", "180 Ko")]),
             {"participation_displayed"}, parent=("Brévalon ensemble", _DEMO)),
        page(f"{_DEMO}/conseils-de-quartier/bourg-centre", "Conseil de quartier Bourg-Centre", m.prose(
            "Prochaine séance plénière le 18 avril à 19 h, préau de l'école Jean-Macé. À l'ordre du jour : le plan de "
            "circulation autour du marché, la végétalisation de la place Carnot et les questions des habitants.",
            "Le conseil a rendu en février son avis sur le réaménagement de la rue des Tisserands.")
             + m.doc_list([("Compte rendu de la séance du 14 novembre", "220 Ko"),
                           ("Avis sur la rue des Tisserands", "95 Ko")]),
             {"participation_displayed"}, parent=("Les conseils de quartier", f"{_DEMO}/conseils-de-quartier")),
        page(f"{_DEMO}/charte-de-la-participation", "La charte de la participation", m.prose(
            "Votée à l'unanimité en juin 2021, la charte fixe les engagements réciproques de la municipalité et des "
            "habitants : information en amont des projets, retour systématique sur les avis rendus, accessibilité des "
            "réunions.") + m.bullets("Informer avant de décider", "Écouter toutes les voix", "Rendre compte des suites données"),
             {"participation_displayed"}, parent=("Brévalon ensemble", _DEMO)),
        # the city's page of its budget: presentation and steps, the platform takes the projects
        page(f"{_DEMO}/budget-participatif", "Les Projets d'ici, le budget participatif", m.prose(
            "Avec « Les Projets d'ici », 300 000 € du budget d'investissement sont confiés chaque année aux habitants : "
            "vous proposez des projets, les services en étudient la faisabilité, puis tous les Brévalonnais de plus de "
            "11 ans votent pour leurs préférés.",
            f"Le dépôt des projets de l'édition 2025 est ouvert jusqu'au 31 mai sur <a href='{_JP}/processes/projets-d-ici-2025'>"
            "jeparticipe.brevalon.fr</a>.")
             + m.steps([("Dépôt des projets", "1er mars – 31 mai"), ("Étude de faisabilité", "juin – septembre"),
                        ("Vote", "octobre"), ("Réalisation", "2026")], current=0),
             {"participatory_budget", "participation_displayed"}, parent=("Brévalon ensemble", _DEMO)),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 39 élus. Il se réunit environ six fois par an, en séance publique, dans la salle "
            "des mariages de l'hôtel de ville. Les séances sont retransmises en direct sur YouTube.")
             + m.agenda([("24", "avr.", "Séance du conseil municipal", "Hôtel de ville"),
                         ("26", "juin", "Séance du conseil municipal", "Hôtel de ville")], "Prochaines séances")
             + m.doc_list([("Ordre du jour du 24 avril", "60 Ko"), ("Procès-verbal du 13 février", "410 Ko")])
             + m.related([("/ma-ville/budget", "Le budget de la ville")]),
             decoys={"participation_displayed"}),
        page("/ma-ville/budget", "Le budget de la ville", m.prose(
            "Le budget primitif 2025 a été adopté le 13 février : 78,4 M€ dont 21 M€ d'investissement. Le compte "
            "administratif 2024 retrace l'exécution de l'exercice précédent.")
             + m.doc_list([("Budget primitif 2025 – présentation synthétique", "1,2 Mo"),
                           ("Compte administratif 2024", "2,4 Mo"), ("Rapport d'orientation budgétaire", "900 Ko")]),
             decoys={"participatory_budget"}),
        page("/ma-ville/marches-publics", "Marchés publics", m.prose(
            "Les consultations en cours sont publiées sur notre profil d'acheteur. Appel d'offres ouvert : entretien des "
            "espaces verts du cimetière (lots 1 et 2), remise des offres avant le 30 avril à 12 h.")
             + m.bullets("Avis d'appel public à la concurrence", "Dossier de consultation des entreprises", "Avis d'attribution"),
             decoys={"suggestion_call"}),
        # the gendarmerie's watch scheme shares the words "participation citoyenne"
        page("/vivre/securite/participation-citoyenne", "Dispositif participation citoyenne", m.prose(
            "La Ville, la préfecture et la gendarmerie ont signé un protocole de participation citoyenne. Des habitants "
            "référents, volontaires, relaient auprès de la brigade tout fait inhabituel dans leur rue et diffusent les "
            "conseils de prévention.",
            "Ce dispositif ne remplace pas l'appel au 17 en cas d'urgence.") + m.share(f"http://{BREVALON}/vivre/securite"),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/recensement-2025", "Recensement de la population 2025", m.prose(
            "L'Insee réalise chaque année le recensement d'une partie des logements. Si vous êtes concerné, un agent "
            "recenseur muni d'une carte officielle vous remettra vos codes pour répondre en ligne sur le site "
            "le-recensement-et-moi.fr.", "Répondre est obligatoire ; vos réponses restent confidentielles."),
             decoys={"poll"}),
        # a news item naming the budget in passing
        page("/actualites/skatepark-inaugure", "Le skatepark du Marais inauguré", m.prose(
            "Proposé par un collectif de jeunes lors de l'édition 2023 du budget participatif, le skatepark a été inauguré "
            "samedi en présence du maire. Bowl, curb et rampe : 450 m² de glisse ouverts tous les jours jusqu'à 21 h.")
             + m.share(f"http://{BREVALON}/actualites/skatepark-inaugure"), decoys={"participatory_budget"}),
        page("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Le forum de l'emploi revient le 3 avril à la salle Vauban : 50 entreprises, des ateliers CV et des "
            "simulations d'entretien. Entrée libre de 9 h à 17 h."), decoys={"forum"}),
        page("/actualites/appel-a-projets-associatifs", "Appel à projets associatifs 2025", m.prose(
            "La Ville lance son appel à projets en direction des associations brévalonnaises : actions de solidarité, "
            "d'animation ou de prévention. Les dossiers de demande de subvention sont à déposer avant le 15 mars.")
             + m.doc_list([("Cahier des charges de l'appel à projets", "300 Ko")]), decoys={"suggestion_call"}),
        page("/actualites/lettre-d-information", "La lettre d'information", m.prose(
            "Inscrivez-vous pour recevoir chaque mois la lettre d'information de la ville.")
             + m.form("/actualites/lettre-d-information", m.field("email", "newsletter_email", "Votre adresse e-mail", required=True)
                      + m.rgpd(), "Je m'inscris", cls="form form--newsletter"),
             decoys={"contact_form"}),
        page("/contact", "Contacter la mairie", m.prose(
            "Une question, une remarque ? Écrivez-nous : le service concerné vous répond sous dix jours ouvrés.")
             + m.form("/contact", m.field("text", "contact[nom]", "Nom", required=True)
                      + m.field("email", "contact[email]", "Courriel", required=True)
                      + m.field("select", "contact[objet]", "Objet", options=["État civil", "Urbanisme", "Voirie", "Autre"])
                      + m.field("textarea", "contact[message]", "Votre message", required=True) + m.rgpd(),
                      cls="form form--contact"),
             {"contact_form"}),
        page("/demarches/reservation-salles", "Réserver une salle municipale", m.prose(
            "Les associations et les particuliers peuvent réserver la salle Vauban ou la salle des Éclusiers.")
             + m.form("/demarches/reservation-salles", m.field("select", "resa[salle]", "Salle", options=["Salle Vauban", "Salle des Éclusiers"])
                      + m.field("date", "resa[date]", "Date souhaitée", required=True)
                      + m.field("number", "resa[personnes]", "Nombre de personnes")
                      + m.field("email", "resa[email]", "Courriel", required=True), "Vérifier la disponibilité"),
             decoys={"contact_form"}),
        # the tourist office's account is a third party's, not the city's
        page("/vivre/tourisme", "Tourisme et loisirs", m.prose(
            "L'office de tourisme du Pays des Éclusiers vous accueille quai de la Deûle et vous propose balades en barque "
            "dans le marais et visites guidées. Suivez ses bons plans sur "
            "<a href='https://www.facebook.com/EclusiersTourisme'>sa page Facebook</a>.")),
    ]
    return Site(BREVALON, "vendor", "Ville de Brévalon", pages,
                menu=[("Ma ville", _DEMO), ("Démarches", "/demarches/reservation-salles"), ("Vivre à Brévalon", "/vivre/tourisme"),
                      ("Participer", _DEMO), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeBrevalon"), social("instagram", "villedebrevalon"),
                          social("youtube", "VilleBrevalon"), social("linkedin", "ville-de-brevalon")],
                address="Hôtel de ville, place Carnot, 59000 Brévalon")


_PB25 = "/processes/projets-d-ici-2025"
_PB24 = "/processes/projets-d-ici-2024"
_VELO = "/processes/plan-velo"
_PARC = "/processes/concertation-parc-des-eclusiers"


def _brevalon_decidim():
    pb = {"participatory_budget"}
    proposals = [(f"{_PB25}/f/41/proposals/1287", "Des bancs et de l'ombre le long du halage", "Haute-Deûle · 14 commentaires"),
                 (f"{_PB25}/f/41/proposals/1302", "Une boîte à livres à la Briqueterie", "La Briqueterie · 6 commentaires"),
                 (f"{_PB25}/f/41/proposals", "Voir les 48 projets déposés", "")]
    pages = [
        page("/", "Accueil", m.prose(
            "Bienvenue sur jeparticipe.brevalon.fr, la plateforme de participation de la ville de Brévalon. Proposez, "
            "débattez, votez : les projets de la ville se construisent aussi avec vous.")
             + m.decidim_cards([(_PB25, "Les Projets d'ici 2025", "Budget participatif · Dépôt des projets"),
                                (_VELO, "Plan vélo 2030", "Concertation · Questionnaire ouvert"),
                                (_PARC, "Parc des Éclusiers", "Concertation terminée"),
                                (_PB24, "Les Projets d'ici 2024", "Budget participatif · Terminé")]),
             {"participation_displayed"}),
        page("/processes", "Processus participatifs", m.decidim_cards(
            [(_PB25, "Les Projets d'ici 2025", "Étape en cours : dépôt des projets"),
             (_VELO, "Plan vélo 2030", "Étape en cours : questionnaire"),
             (_PARC, "Parc des Éclusiers", "Processus terminé"), (_PB24, "Les Projets d'ici 2024", "Processus terminé")])),
        page(_PB25, "Les Projets d'ici 2025", m.prose(
            "300 000 € pour des projets imaginés par les habitants. Jusqu'au 31 mai, déposez vos projets d'investissement "
            "pour votre quartier ou pour toute la ville ; en octobre, votez pour vos préférés.")
             + m.steps([("Dépôt des projets", "01/03/2025 – 31/05/2025"), ("Analyse", "01/06/2025 – 30/09/2025"),
                        ("Vote", "01/10/2025 – 31/10/2025"), ("Résultats", "novembre 2025")], current=0, cls="process-steps")
             + m.decidim_cards(proposals)
             + f'<a class="button button__sm button__secondary" href="{_PB25}/f/42/pages/reglement">Lire le règlement</a>',
             pb | {"suggestion_call"}, parent=("Processus", "/processes")),
        page(f"{_PB25}/f/41/proposals", "Projets déposés", m.prose(
            "48 projets déposés. Vous avez une idée pour votre quartier ? Déposez-la avant le 31 mai.")
             + f'<a href="{_PB25}/f/41/proposals/new" class="button button__lg button__secondary" id="new-proposal">Déposer un projet</a>'
             + m.decidim_cards(proposals[:2]), pb | {"suggestion_call"}, parent=("Les Projets d'ici 2025", _PB25)),
        # publishing a proposal is not writing to the city privately
        page(f"{_PB25}/f/41/proposals/new", "Déposer un projet", m.form(
            f"{_PB25}/f/41/proposals", m.field("text", "proposal[title]", "Titre du projet", required=True)
            + m.field("textarea", "proposal[body]", "Description", required=True, rows=10)
            + m.field("select", "proposal[scope_id]", "Quartier", options=["Toute la ville", "Bourg-Centre", "Haute-Deûle", "Le Marais"])
            + m.field("text", "proposal[address]", "Adresse (facultatif)"), "Continuer", cls="new_proposal form"),
             pb | {"suggestion_call"}, decoys={"contact_form"}, parent=("Projets déposés", f"{_PB25}/f/41/proposals")),
        page(f"{_PB25}/f/41/proposals/1287", "Des bancs et de l'ombre le long du halage", m.prose(
            "Le chemin de halage est très fréquenté mais il n'y a ni banc ni arbre entre l'écluse et le pont de Saint-Druon. "
            "Je propose d'installer dix bancs et de planter des saules.") + m.decidim_comments("Proposal", 1287, [
                ("Martine D.", "12/03/2025", "Très bonne idée, pour les personnes âgées c'est indispensable.", 9),
                ("Yanis", "14/03/2025", "Et des poubelles aussi, s'il vous plaît.", 4)]),
             pb | {"comments"}, decoys={"contact_form"}, parent=("Projets déposés", f"{_PB25}/f/41/proposals")),
        page(f"{_PB25}/f/41/proposals/1302", "Une boîte à livres à la Briqueterie", m.prose(
            "Une boîte à livres près de l'arrêt de bus de la Briqueterie, fabriquée par l'atelier bois du centre social.")
             + m.decidim_comments("Proposal", 1302, [("Léa M.", "20/03/2025", "Le centre social est partant pour la fabriquer !", 3)]),
             pb | {"comments"}, decoys={"contact_form"}, parent=("Projets déposés", f"{_PB25}/f/41/proposals")),
        page(f"{_PB25}/f/42/pages/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 – Toute personne habitant Brévalon, âgée d'au moins 11 ans, peut déposer un projet et voter.",
            "Article 2 – Les projets relèvent de l'investissement, de la compétence de la ville et ne dépassent pas 60 000 €.",
            "Article 3 – Chaque votant choisit de un à cinq projets ; les projets les mieux classés sont retenus dans la "
            "limite de l'enveloppe."), pb, parent=("Les Projets d'ici 2025", _PB25)),
        # a past edition: the budget exists, its vote is over
        page(_PB24, "Les Projets d'ici 2024", m.prose(
            "3 412 votants ont désigné 9 projets lauréats pour un montant de 296 500 €. Suivez leur réalisation.")
             + m.steps([("Dépôt", "terminé"), ("Analyse", "terminé"), ("Vote", "terminé"), ("Réalisation", "en cours")], 3)
             + f'<a href="{_PB24}/f/33/budgets/5/projects">Voir les projets lauréats</a>', pb, parent=("Processus", "/processes")),
        page(f"{_PB24}/f/33/budgets/5/projects", "Projets lauréats 2024", m.prose("Le vote est terminé.")
             + '<div class="budget-summary"><p>Budget : 300 000 € · Attribué : 296 500 €</p></div>'
             + m.decidim_cards([(f"{_PB24}", "Skatepark du Marais – 120 000 €", "1 204 votes · Sélectionné"),
                                (f"{_PB24}", "Vergers partagés aux Éclusiers – 35 000 €", "987 votes · Sélectionné")]),
             pb, parent=("Les Projets d'ici 2024", _PB24)),
        page(_VELO, "Plan vélo 2030", m.prose(
            "La ville prépare son plan vélo. Répondez au questionnaire jusqu'au 30 avril et participez au débat en ligne ; "
            "deux ateliers publics suivront en mai.")
             + m.decidim_cards([(f"{_VELO}/f/45/surveys/12", "Questionnaire : vos trajets à vélo", "Ouvert jusqu'au 30/04"),
                                (f"{_VELO}/f/46/debates/8", "Débat : faut-il une zone 30 dans tout le centre ?", "27 commentaires")]),
             {"participation_displayed"}, parent=("Processus", "/processes")),
        page(f"{_VELO}/f/45/surveys/12", "Questionnaire : vos trajets à vélo", m.form(
            f"{_VELO}/f/45/surveys/12/answer",
            m.field("radio", "questionnaire[responses][0][choices][]", "À quelle fréquence circulez-vous à vélo ?",
                    options=["Tous les jours", "Chaque semaine", "Rarement", "Jamais"])
            + m.field("checkbox", "questionnaire[responses][1][choices][]", "Qu'est-ce qui vous freine ?",
                      options=["Le manque de pistes", "La sécurité", "Le stationnement", "La distance"])
            + m.field("radio", "questionnaire[responses][2][choices][]", "Seriez-vous favorable à un double sens cyclable rue Carnot ?",
                      options=["Oui", "Non", "Sans avis"]), "Envoyer mes réponses", cls="form answer-questionnaire"),
             {"poll"}, parent=("Plan vélo 2030", _VELO)),
        page(f"{_VELO}/f/46/debates/8", "Débat : faut-il une zone 30 dans tout le centre ?", m.prose(
            "Ouvert par la ville. Donnez vos arguments, pour ou contre, et réagissez à ceux des autres.")
             + m.decidim_comments("Debate", 8, [("Bruno", "02/04/2025", "Pour : les enfants vont à l'école à pied.", 12),
                                                ("Sylvie R.", "03/04/2025", "Contre sur les grands axes, ça va bouchonner.", 5)]),
             {"comments"}, decoys={"contact_form"}, parent=("Plan vélo 2030", _VELO)),
        page(_PARC, "Parc des Éclusiers", m.prose(
            "La concertation sur le réaménagement du parc des Éclusiers s'est tenue de septembre à décembre 2024 : "
            "questionnaire en ligne, deux balades urbaines et un atelier. Le bilan de la concertation est publié.")
             + f'<a href="{_PARC}/f/50/surveys/9">Résultats du questionnaire</a>',
             {"participation_displayed"}, parent=("Processus", "/processes")),
        # a closed survey: results only
        page(f"{_PARC}/f/50/surveys/9", "Questionnaire sur le parc : résultats", m.prose(
            "Le questionnaire est fermé. 812 personnes y ont répondu.")
             + '<div class="callout announcement"><p>Ce formulaire est fermé et ne peut plus recevoir de réponses.</p></div>'
             + m.bullets("Plus d'ombre : 71 %", "Une aire de jeux agrandie : 58 %", "Un point d'eau : 44 %"),
             decoys={"poll"}, parent=("Parc des Éclusiers", _PARC)),
        page("/pages/faq", "Aide", m.prose(
            "Pour déposer un projet ou voter, créez un compte avec votre adresse e-mail. Les commentaires sont modérés "
            "selon les conditions d'utilisation.")),
    ]
    return Site(BREVALON_DECIDIM, "decidim", "Je participe – Brévalon", pages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Aide", "/pages/faq"),
                      ("Site de la ville", f"http://{BREVALON}/")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"Decidim"}))


def brevalon():
    return City("99851", "Brévalon", 61_240, "59", "32", "Hauts-de-France", f"http://{BREVALON}/",
                [_brevalon_www(), _brevalon_decidim()],
                decoy_accounts=("https://www.facebook.com/eclusierstourisme",))


# =====================================================================================================
# 99852 Vaurèges (Hérault): WordPress with French-market plugins, and a Flarum board run by the mairie.
# =====================================================================================================

VAUREGES = "www.vaureges.fr"
VAUREGES_FORUM = "forum.vaureges.fr"
_PC = "/mairie/participation-citoyenne"


def _vaureges_poll():
    return ('<section class="widget widget_forminator_poll"><h2 class="widget-title">Sondage</h2>'
            + m.forminator_poll(318, "Faut-il piétonniser la Grand'Rue le dimanche matin ?", ["Oui", "Non", "L'été seulement"])
            + "</section>")


def _vaureges_www():
    news = [("/actualites/nouveau-forum-des-vaureges", "Un forum en ligne pour les Vaurégeois", "2 mars 2025",
             "Échangez entre voisins sur le nouveau forum de la commune."),
            ("/actualites/travaux-avenue-des-platanes", "Travaux avenue des Platanes", "17 février 2025",
             "Réfection des trottoirs jusqu'à fin avril."),
            ("/actualites/forum-des-associations", "Forum des associations", "30 août 2024", "Rendez-vous au boulodrome."),
            ("/actualites/concours-photo", "Concours photo « Vaurèges au fil des saisons »", "5 janvier 2025",
             "Envoyez vos plus beaux clichés avant le 31 mars."),
            ("/actualites/bureau-de-poste", "Bureau de poste : la mobilisation continue", "20 janvier 2025",
             "Le maire appelle à soutenir le maintien des horaires.")]
    comments_travaux = [("Gérard V.", "18 février 2025", "Le passage piéton devant la boulangerie sera-t-il refait ?"),
                        ("Mairie de Vaurèges", "19 février 2025", "Oui, il est prévu dans la seconde tranche, en avril.")]
    pages = [
        page("/", "Accueil", _home(
            ["Bienvenue à Vaurèges, village de la garrigue héraultaise, entre vignes et rivière."],
            [("/contact", "Nous écrire"), (_PC, "Participation citoyenne"), (f"{_PC}/boite-a-idees", "Boîte à idées"),
             ("/services/inscriptions-periscolaire", "Périscolaire"), ("/mairie/conseil-municipal", "Conseil municipal"),
             ("/environnement/dechets", "Déchets"), ("/vie-locale/animations", "Animations"), (f"http://{VAUREGES_FORUM}/", "Le forum")],
            news, aside=_vaureges_poll()), {"poll"}),
        page(_PC, "Participation citoyenne", m.prose(
            "« Vaurèges, c'est vous ! » : la municipalité associe les habitants aux décisions qui les concernent. "
            "Trois comités consultatifs (cadre de vie, jeunesse, fêtes et traditions) sont ouverts à tous, et des "
            "réunions de hameau ont lieu deux fois par an.",
            "Vous pouvez aussi nous transmettre vos idées à tout moment grâce à la boîte à idées.")
             + m.related([(f"{_PC}/reunions-de-hameau", "Les réunions de hameau"), (f"{_PC}/boite-a-idees", "La boîte à idées"),
                          (f"{_PC}/appel-a-idees-jeu-de-ballon", "Appel à idées : la place du Jeu de ballon"),
                          (f"{_PC}/sondage-cantine-resultats", "Résultats du sondage sur la cantine")]),
             {"participation_displayed"}),
        page(f"{_PC}/reunions-de-hameau", "Les réunions de hameau", m.prose(
            "Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants de chaque hameau : "
            "Les Mazes, Font-Vieille, Le Moulinas. On y parle voirie, éclairage, ramassage des ordures et projets.")
             + m.agenda([("12", "avr.", "Réunion de hameau – Les Mazes", "Foyer rural"),
                         ("19", "avr.", "Réunion de hameau – Font-Vieille", "Salle de la cave coopérative")]),
             {"participation_displayed"}, parent=("Participation citoyenne", _PC)),
        page(f"{_PC}/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie du village ? Déposez-la ici : chaque proposition est lue et étudiée par le "
            "comité consultatif concerné, qui vous répond.")
             + m.wpforms(212, f"{_PC}/boite-a-idees/", [
                 ("text", "Nom et prénom", ()), ("email", "Adresse e-mail", ()),
                 ("select", "Thème", ["Cadre de vie", "Jeunesse", "Fêtes", "Autre"]),
                 ("textarea", "Votre idée", ())], "Déposer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Participation citoyenne", _PC)),
        # a call for ideas whose replies are posted as comments under it
        page(f"{_PC}/appel-a-idees-jeu-de-ballon", "Appel à idées : la place du Jeu de ballon", m.prose(
            "La place du Jeu de ballon va être réaménagée en 2026. Avant de lancer les études, la municipalité veut "
            "connaître vos envies : ombrage, jeux, terrain de pétanque, marché ? Proposez vos idées en commentaire "
            "jusqu'au 30 juin ; elles seront présentées en réunion publique.")
             + m.wp_comments([("Sandrine", "3 mars 2025", "Des platanes et des bancs, comme avant !"),
                              ("Lucas B.", "5 mars 2025", "Un city-stade pour les ados.")], 311),
             {"suggestion_call", "comments", "participation_displayed"}, decoys={"contact_form"},
             parent=("Participation citoyenne", _PC)),
        # a closed poll's results, comments closed
        page(f"{_PC}/sondage-cantine-resultats", "Sondage cantine : les résultats", m.prose(
            "Merci aux 286 familles qui ont répondu au sondage sur la restauration scolaire.")
             + m.forminator_results(301, "Souhaitez-vous un repas végétarien deux fois par semaine ?",
                                    [("Oui", 58, 166), ("Non", 35, 100), ("Sans avis", 7, 20)], "15 décembre 2024")
             + m.wp_comments_closed(302), decoys={"poll", "comments"}, parent=("Participation citoyenne", _PC)),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit une fois par trimestre en salle du conseil. Prochaine séance : jeudi 10 avril à 18 h 30.")
             + m.doc_list([("Compte rendu du 16 janvier 2025", "140 Ko"), ("Délibérations 2024", "1,1 Mo")])
             + m.related([("/mairie/budget-communal", "Le budget communal"),
                          ("/environnement/enquete-publique-plu", "Enquête publique sur le PLU")]),
             decoys={"participation_displayed"}),
        page("/mairie/budget-communal", "Le budget communal", m.prose(
            "Budget primitif 2025 : 3,9 M€ en fonctionnement, 1,6 M€ en investissement, sans hausse des taux.")
             + m.doc_list([("Budget primitif 2025", "520 Ko"), ("Compte administratif 2024", "610 Ko")]),
             decoys={"participatory_budget"}),
        # a news item about the board: it leads to the board but is not the board
        page("/actualites/nouveau-forum-des-vaureges", "Un forum en ligne pour les Vaurégeois", m.prose(
            f"La commune ouvre un <a href='http://{VAUREGES_FORUM}/'>forum en ligne</a> où les habitants peuvent échanger "
            "entre eux : vie des quartiers, entraide, objets perdus. Une charte de bonne conduite s'applique.")
             + m.wp_comments([("Odile", "2 mars 2025", "Bravo pour cette initiative.")], 320),
             {"comments"}, decoys={"forum", "contact_form"}),
        page("/actualites/travaux-avenue-des-platanes", "Travaux avenue des Platanes", m.prose(
            "Les trottoirs de l'avenue des Platanes sont refaits par tranches jusqu'à fin avril. La circulation est "
            "alternée de 8 h à 17 h.") + m.wp_comments(comments_travaux, 322), {"comments"}, decoys={"contact_form"}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations se tient samedi 7 septembre au boulodrome : inscriptions aux activités, "
            "démonstrations et buvette.") + m.wp_comments_closed(324), decoys={"forum", "comments"}),
        page("/actualites/concours-photo", "Concours photo « Vaurèges au fil des saisons »", m.prose(
            "Le concours est ouvert aux photographes amateurs. Trois photos maximum, à envoyer avant le 31 mars ; "
            "les lauréats seront exposés à la médiathèque.") + m.doc_list([("Règlement du concours", "120 Ko")]),
             decoys={"suggestion_call"}),
        # a petition on a national site about a local matter: not a space the city runs
        page("/actualites/bureau-de-poste", "Bureau de poste : la mobilisation continue", m.prose(
            "La Poste envisage de réduire les horaires d'ouverture du bureau de Vaurèges. Le conseil municipal a voté "
            "une motion ; un collectif d'habitants a lancé une pétition sur "
            "<a href='https://www.mesopinions.com/petition/politique/maintien-bureau-poste-vaureges/231455'>mesopinions.com</a>."),
             decoys={"petition"}),
        page("/vie-locale/animations", "Animations et festivités", m.with_aside(m.prose(
            "Fête votive en juillet, marché nocturne chaque jeudi d'été, vendanges à l'ancienne en septembre.")
            + m.agenda([("14", "juil.", "Fête votive", "Place de la Mairie"), ("21", "sept.", "Vendanges à l'ancienne", "Domaine des Mazes")]),
            _vaureges_poll()), {"poll"}),
        page("/environnement/dechets", "Collecte des déchets", m.with_aside(m.prose(
            "Ordures ménagères le lundi et le jeudi, tri sélectif le mercredi. La déchèterie intercommunale est ouverte "
            "du mardi au samedi."), _vaureges_poll() + m.mailpoet()), {"poll"}, decoys={"contact_form"}),
        # a legal public inquiry: neither a poll nor the city's participatory approach
        page("/environnement/enquete-publique-plu", "Enquête publique : modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique sur la modification n° 2 du plan local d'urbanisme se déroule du "
            "3 au 28 mars. Le commissaire enquêteur tiendra trois permanences en mairie ; le dossier est consultable "
            "aux heures d'ouverture."), decoys={"poll", "participation_displayed"}),
        page("/services/inscriptions-periscolaire", "Inscriptions périscolaires", m.prose(
            "Inscrivez vos enfants à la garderie et au centre de loisirs du mercredi.")
            + m.wpforms(230, "/services/inscriptions-periscolaire/", [
                ("text", "Nom de l'enfant", ()), ("date", "Date de naissance", ()),
                ("checkbox", "Accueil souhaité", ["Matin", "Soir", "Mercredi"]), ("email", "E-mail du responsable légal", ())],
                "Valider l'inscription"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Mairie de Vaurèges, ouverte du lundi au vendredi de 9 h à 12 h.")
             + m.wpforms(45, "/contact/", [("text", "Nom", ()), ("email", "E-mail", ()), ("text", "Objet", ()),
                                           ("textarea", "Message", ())]), {"contact_form"}),
    ]
    return Site(VAUREGES, "wordpress", "Vaurèges", pages,
                menu=[("Accueil", "/"), ("Mairie", "/mairie/conseil-municipal"), ("Participer", _PC),
                      ("Vie locale", "/vie-locale/animations"), ("Forum", f"http://{VAUREGES_FORUM}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "Vaureges34"), social("instagram", "mairie_vaureges")],
                address="Mairie, 1 place de la Mairie, 34000 Vaurèges")


def _vaureges_forum():
    board = {"forum"}
    discussions = [("/d/14-stationnement-rue-des-ecoles", "Stationnement rue des Écoles aux heures de sortie"),
                   ("/d/17-un-bon-plombier", "Quelqu'un connaît un bon plombier ?"),
                   ("/d/21-idees-pour-la-fete-votive", "Des idées pour la fête votive"),
                   ("/t/vie-des-quartiers", "Vie des quartiers"), ("/t/entraide", "Entraide")]
    pages = [
        page("/", "Toutes les discussions", m.prose("Le forum des habitants de Vaurèges.") + m.flarum_list(discussions), board),
        page("/t/vie-des-quartiers", "Vie des quartiers", m.flarum_list(discussions[:1] + discussions[2:3]), board),
        page("/t/entraide", "Entraide", m.flarum_list(discussions[1:2]), board),
        page("/d/14-stationnement-rue-des-ecoles", "Stationnement rue des Écoles aux heures de sortie", m.flarum_posts([
            ("claire34", "<p>Tous les soirs c'est la pagaille devant l'école, des voitures sur le trottoir.</p>"),
            ("jp_vaureges", "<p>Il faudrait un dépose-minute, j'en ai parlé à la réunion de hameau.</p>"),
            ("Mairie", "<p>La police municipale sera présente aux sorties la semaine prochaine.</p>")]), board),
        page("/d/17-un-bon-plombier", "Quelqu'un connaît un bon plombier ?", m.flarum_posts([
            ("maryse", "<p>Fuite sous l'évier, qui aurait une adresse ?</p>"),
            ("tonio", "<p>Essaie l'artisan de la route de Font-Vieille, il est rapide.</p>")]), board),
        page("/d/21-idees-pour-la-fete-votive", "Des idées pour la fête votive", m.flarum_posts([
            ("comite_fetes", "<p>Le comité prépare juillet, vos envies pour le programme ?</p>"),
            ("nadia_r", "<p>Un bal pour les enfants l'après-midi !</p>")]), board),
    ]
    return Site(VAUREGES_FORUM, "flarum", "Le forum des Vaurégeois", pages,
                menu=[("Toutes les discussions", "/"), ("Vie des quartiers", "/t/vie-des-quartiers"), ("Entraide", "/t/entraide"),
                      ("Site de la mairie", f"http://{VAUREGES}/")],
                features=frozenset({"forum"}))


def vaureges():
    return City("99852", "Vaurèges", 9_830, "34", "76", "Occitanie", f"http://{VAUREGES}/",
                [_vaureges_www(), _vaureges_forum()])


# =====================================================================================================
# 99853 Ardelanche (Ardèche): SPIP, article forums, the city's right of petition with SPIP's petition form.
# =====================================================================================================

ARDELANCHE = "www.ardelanche.fr"


def _art(n):
    return f"/spip.php?article{n}"


def _ardelanche():
    demo = "/spip.php?rubrique4"
    news = [(_art(40), "Chantier du pont de la Vialle : où en est-on ?", "3 mars 2025", "Les travaux reprennent après l'hiver."),
            (_art(44), "Questionnaire : l'avenir de notre école", "10 mars 2025", "Donnez votre avis avant le 15 avril."),
            (_art(46), "Recensement 2025", "5 janvier 2025", "Réservez bon accueil à l'agent recenseur."),
            (_art(48), "Forum des associations et des jobs d'été", "1er juin 2025", "Au gymnase le 14 juin."),
            (_art(33), "Pétition : un abri au point d'arrêt du car", "20 février 2025", "Déjà 64 signatures.")]
    pages = [
        page("/", "Accueil", _home(
            ["La commune d'Ardelanche, 4 300 habitants, au pied des plateaux ardéchois, vous souhaite la bienvenue."],
            [(demo, "Démocratie locale"), ("/spip.php?rubrique2", "Vie municipale"), ("/spip.php?page=contact", "Contact"),
             (_art(50), "Lettre d'information"), (_art(52), "Budget 2025"), (_art(41), "Le marché")],
            news, [("12", "avr.", "Réunion publique carte communale", "Salle des fêtes")])),
        page(demo, "Démocratie locale", m.prose(
            "À Ardelanche, la démocratie ne s'arrête pas au conseil municipal : commissions extra-municipales ouvertes aux "
            "habitants, réunions publiques, conseil municipal des jeunes, droit de pétition et questionnaires en ligne.")
             + m.related([(_art(31), "Les commissions extra-municipales"), (_art(55), "Le conseil municipal des jeunes"),
                          (_art(32), "Le droit de pétition des habitants"), (_art(42), "Réunion publique carte communale"),
                          (_art(51), "Appel à idées : l'ancienne cure"), (_art(34), "Pétition close : chemin de la Vialle"),
                          (_art(45), "Résultats : déchets verts")], "Dans cette rubrique"),
             {"participation_displayed"}),
        page(_art(31), "Les commissions extra-municipales", m.prose(
            "Quatre commissions extra-municipales associent élus et habitants volontaires : environnement et sentiers, "
            "vie associative, patrimoine, solidarités. Elles préparent les dossiers soumis au conseil municipal.",
            "Pour rejoindre une commission, inscrivez-vous en mairie ; les réunions ont lieu le soir, une fois par mois."),
             {"participation_displayed"}, parent=("Démocratie locale", demo)),
        # the council of young residents is a participatory body, not the municipal council itself
        page(_art(55), "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM1 à la 5e, les quinze jeunes conseillers portent des projets "
            "pour la commune : piste de BMX, journée propreté, rencontre avec les anciens."),
             {"participation_displayed"}, parent=("Démocratie locale", demo)),
        page(_art(32), "Le droit de pétition des habitants", m.prose(
            "Par délibération du 2 octobre 2023, le conseil municipal a instauré un droit de pétition local : toute "
            "pétition signée par au moins 5 % des électeurs de la commune est inscrite à l'ordre du jour du conseil "
            "municipal suivant.",
            "Pour lancer une pétition, déposez son texte en mairie ou envoyez-le par le formulaire de contact : elle est "
            "publiée sur ce site et chacun peut la signer en ligne.")
             + m.related([(_art(33), "Pétition en cours : un abri au point d'arrêt du car"),
                          (_art(34), "Pétition close : éclairage du chemin de la Vialle")], "Les pétitions"),
             {"petition", "participation_displayed"}, parent=("Démocratie locale", demo)),
        page(_art(33), "Pétition : pour un abri au point d'arrêt du car scolaire", m.prose(
            "Les collégiens attendent le car sous la pluie au carrefour des Issarts. Nous demandons au conseil municipal "
            "d'installer un abri avant la rentrée.") + m.spip_petition(33, 64),
             {"petition"}, parent=("Le droit de pétition", _art(32))),
        # a closed petition: no way to sign any more
        page(_art(34), "Pétition close : éclairage du chemin de la Vialle", m.prose(
            "Cette pétition est close. Avec 231 signatures, elle a été examinée par le conseil municipal du 4 novembre "
            "2024, qui a voté l'installation de six lampadaires solaires."),
             decoys={"petition"}, parent=("Le droit de pétition", _art(32))),
        page(_art(40), "Chantier du pont de la Vialle : où en est-on ?", m.prose(
            "Le renforcement du pont reprend le 17 mars pour six semaines ; la déviation par la route des Issarts est "
            "maintenue.") + m.spip_forum(40, [("Et les cyclistes ?", "Hélène", "4 mars 2025", "La déviation est dangereuse à vélo."),
                                              ("Re : Et les cyclistes ?", "La mairie", "5 mars 2025", "Un passage piétons-vélos restera ouvert.")]),
             {"comments"}, decoys={"contact_form"}),
        page(_art(41), "Le marché des producteurs", m.prose(
            "Chaque vendredi de 16 h à 19 h, place de l'Église : fromages, châtaignes, légumes et miel des producteurs du canton.")
             + m.spip_forum(41, [("Merci !", "Paul", "12 juin 2024", "Enfin un marché le soir pour ceux qui travaillent.")]),
             {"comments"}, decoys={"contact_form"}),
        page(_art(42), "Réunion publique : révision de la carte communale", m.prose(
            "La commune révise sa carte communale. Une réunion publique de concertation est organisée le 12 avril à 18 h à "
            "la salle des fêtes ; un registre est ouvert en mairie pour recueillir vos observations pendant toute la durée "
            "des études.") + m.related([(_art(43), "L'enquête publique qui suivra")]),
             {"participation_displayed"}, parent=("Démocratie locale", demo)),
        # a legal public inquiry: neither a poll nor the city's participatory approach
        page(_art(43), "Enquête publique sur la carte communale", m.prose(
            "Par arrêté préfectoral, l'enquête publique se tiendra du 2 au 31 octobre. Le commissaire enquêteur recevra "
            "le public en mairie les 2, 15 et 31 octobre. Le dossier d'enquête est consultable en mairie."),
             decoys={"poll", "participation_displayed"}),
        page(_art(44), "Questionnaire : l'avenir de notre école", m.prose(
            "Les effectifs de l'école baissent. Avant toute décision, le conseil municipal souhaite connaître l'avis des "
            "familles et des habitants. Questionnaire ouvert jusqu'au 15 avril.")
             + m.formidable(7, _art(44), m.saisie("radio", "radio_1", "Êtes-vous parent d'un enfant scolarisé ?", ["Oui", "Non"])
                            + m.saisie("radio", "radio_2", "Seriez-vous favorable à un regroupement avec l'école de Saint-Jal ?",
                                       ["Oui", "Non", "Je ne sais pas"])
                            + m.saisie("radio", "radio_3", "Utiliseriez-vous une garderie dès 7 h 30 ?", ["Oui", "Non"]),
                            "Envoyer mes réponses"), {"poll"}),
        # a closed questionnaire: results only
        page(_art(45), "Résultats du questionnaire sur les déchets verts", m.prose(
            "Le questionnaire de l'automne est clos : 312 réponses. 64 % des répondants souhaitent une collecte des "
            "déchets verts au printemps ; 22 % préfèrent des bons pour la déchèterie.") + m.doc_list([("Synthèse", "90 Ko")]),
             decoys={"poll"}, parent=("Démocratie locale", demo)),
        page(_art(46), "Recensement de la population 2025", m.prose(
            "Du 16 janvier au 15 février, Mme Roux, agente recenseuse, passera dans tous les foyers. Vous pouvez répondre "
            "en ligne avec les codes qu'elle vous remettra."), decoys={"poll"}),
        page(_art(47), "Participation citoyenne : signature du protocole", m.prose(
            "Le maire a signé avec le sous-préfet et le commandant de la compagnie de gendarmerie le protocole "
            "« participation citoyenne ». Cinq référents de hameau seront l'interface entre les habitants et la brigade."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page(_art(48), "Forum des associations et des jobs d'été", m.prose(
            "Samedi 14 juin au gymnase : les associations présentent leurs activités et les employeurs saisonniers "
            "recrutent.", "<em>Les forums sont fermés pour cet article.</em>"), decoys={"forum", "comments"}),
        page(_art(50), "La lettre d'information", m.prose("Recevez les nouvelles de la commune une fois par mois.")
             + m.spip_newsletter(), decoys={"contact_form"}),
        page(_art(51), "Appel à idées : que faire de l'ancienne cure ?", m.prose(
            "La commune a racheté l'ancienne cure. Tiers-lieu, logements, maison des associations ? Avant d'engager les "
            "études, nous lançons un appel à idées ouvert à tous jusqu'au 30 mai.")
             + m.formidable(9, _art(51), m.saisie("text", "input_1", "Votre nom")
                            + m.saisie("email", "email_1", "Votre courriel")
                            + m.saisie("textarea", "textarea_1", "Votre idée pour la cure"), "Proposer"),
             {"suggestion_call", "contact_form", "participation_displayed"}, parent=("Démocratie locale", demo)),
        page(_art(52), "Budget 2025 : les grandes orientations", m.prose(
            "Le budget primitif voté le 8 avril prévoit 1,2 M€ d'investissement : pont de la Vialle, toiture de l'école, "
            "voirie des hameaux."), decoys={"participatory_budget"}),
        page("/spip.php?rubrique2", "Vie municipale", m.prose(
            "Le conseil municipal compte 19 membres. Retrouvez les convocations et comptes rendus des séances.")
             + m.doc_list([("Compte rendu du conseil du 3 février", "210 Ko"), ("Convocation du 8 avril", "40 Ko")]),
             decoys={"participation_displayed"}),
        page("/spip.php?page=contact", "Contact", m.prose("Mairie d'Ardelanche – ouverte lundi, mercredi et vendredi matin.")
             + m.spip_contact(), {"contact_form"}),
    ]
    return Site(ARDELANCHE, "spip", "Ardelanche", pages,
                menu=[("Accueil", "/"), ("Vie municipale", "/spip.php?rubrique2"), ("Démocratie locale", demo),
                      ("Participation citoyenne", _art(47)), ("Contact", "/spip.php?page=contact")],
                accounts=[social("facebook", "ardelanche07"), social("mastodon", "ardelanche@piaille.fr")],
                address="Mairie, le Village, 07000 Ardelanche")


def ardelanche():
    return City("99853", "Ardelanche", 4_310, "07", "84", "Auvergne-Rhône-Alpes", f"http://{ARDELANCHE}/", [_ardelanche()])


# =====================================================================================================
# 99854 Plouzévan (Finistère): Drupal with Webform, a Fluicity space, a hosted neighbours' network.
# =====================================================================================================

PLOUZEVAN = "www.plouzevan.bzh"
PLOUZEVAN_FLUI = "plouzevan.flui.city"
PLOUZEVAN_VOISINS = "voisins.plouzevan.bzh"
_FL = f"http://{PLOUZEVAN_FLUI}"
_PZ = "/participation-citoyenne"


def _plouzevan_www():
    news = [("/actualites/nouveau-skatepark", "Le skatepark de Kerlann ouvre ses portes", "8 mars 2025", "Un projet lauréat."),
            ("/actualites/conseil-municipal-du-12-mars", "Conseil municipal du 12 mars", "5 mars 2025", "L'ordre du jour."),
            ("/actualites/semaine-bretonne", "Sizhun ar brezhoneg : la semaine de la langue bretonne", "1er mars 2025",
             "Contes, chants et cours d'initiation."),
            ("/actualites/sondage-plage-resultats", "Plage de Porz Kerlann : les résultats du sondage", "20 février 2025",
             "Vous avez choisi les horaires de surveillance."),
            ("/actualites/appel-a-projets-culturels", "Appel à projets culturels 2025", "10 janvier 2025",
             "Associations et artistes, déposez vos dossiers."),
            ("/actualites/grand-debat-make-org", "Consultation nationale sur l'avenir du littoral", "3 février 2025",
             "Une consultation en ligne ouverte par une association nationale.")]
    pages = [
        page("/", "Degemer mat – Bienvenue", _home(
            ["Bienvenue sur le site de la ville de Plouzévan, entre abers et monts d'Arrée."],
            [(_PZ, "Kenlabour – participer"), (f"{_PZ}/conseils-de-quartier", "Conseils de quartier"),
             (f"{_PZ}/reseau-de-voisins", "Le réseau des voisins"), ("/contact", "Contact"),
             ("/demarches/paiement-en-ligne", "Payer en ligne"), ("/vie-pratique/voisins-vigilants", "Voisins vigilants"),
             ("/actualites/forum-des-metiers", "Forum des métiers"), (f"{_FL}/", "Plouzévan participe")],
            news, [("26", "mars", "Conseil de quartier de Kerlann", "Maison de quartier")])),
        page(_PZ, "Kenlabour : participer à la vie de Plouzévan", m.prose(
            "Kenlabour, « travailler ensemble » en breton, rassemble toutes les façons de participer aux décisions "
            "municipales : les conseils de quartier, le budget participatif, les questionnaires et la plateforme "
            "Plouzévan participe, où chacun peut proposer une idée et voter.",
            "Un adjoint à la démocratie locale et une chargée de participation citoyenne animent la démarche.")
             + m.related([(f"{_PZ}/conseils-de-quartier", "Les conseils de quartier"), (f"{_PZ}/budget-participatif", "Le budget participatif"),
                          (f"{_PZ}/questionnaire-mobilites", "Questionnaire : vos déplacements"),
                          (f"{_PZ}/reseau-de-voisins", "Le réseau des voisins"), (f"{_FL}/", "La plateforme Plouzévan participe")]),
             {"participation_displayed"}),
        page(f"{_PZ}/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier – Bourg, Kerlann, Penhoat, Lannuzel – composés d'habitants tirés au sort et de "
            "volontaires. Ils disposent chacun d'une enveloppe de 8 000 € par an pour de petits aménagements.")
             + m.related([(f"{_PZ}/conseils-de-quartier/compte-rendu-kerlann", "Dernier compte rendu : Kerlann")]),
             {"participation_displayed"}, parent=("Kenlabour", _PZ)),
        page(f"{_PZ}/conseils-de-quartier/compte-rendu-kerlann", "Conseil de quartier de Kerlann : compte rendu", m.prose(
            "Présents : 23 habitants, deux élus. Points abordés : vitesse rue de Brest, jardin partagé, éclairage du "
            "terrain de foot. Le conseil propose un plateau ralentisseur, étude demandée aux services techniques.",
            "Prochaine réunion : mercredi 26 mars, 18 h 30, maison de quartier."),
             {"participation_displayed"}, parent=("Les conseils de quartier", f"{_PZ}/conseils-de-quartier")),
        # the city's page leading residents to their neighbours' network
        page(f"{_PZ}/reseau-de-voisins", "Le réseau des voisins de Plouzévan", m.prose(
            "La ville met à disposition des habitants un réseau social de proximité : prêt d'outils, covoiturage, "
            "garde d'animaux, fête des voisins. L'inscription est gratuite et réservée aux habitants, quartier par quartier.",
            f"<a href='http://{PLOUZEVAN_VOISINS}/' class='button'>Rejoindre le réseau des voisins</a>"),
             {"territorial_social_network"}, parent=("Kenlabour", _PZ)),
        page(f"{_PZ}/questionnaire-mobilites", "Questionnaire : vos déplacements au quotidien", m.prose(
            "La ville prépare son schéma des mobilités. Dix questions, cinq minutes : dites-nous comment vous vous déplacez.")
             + m.webform("questionnaire_mobilites", f"{_PZ}/questionnaire-mobilites", [
                 ("radios", "mode_principal", "Votre mode de déplacement principal", ["Voiture", "Vélo", "Car", "À pied"]),
                 ("radios", "navette", "Utiliseriez-vous une navette vers la gare de Landerneau ?", ["Oui", "Non", "Peut-être"]),
                 ("select", "quartier", "Votre quartier", ["Bourg", "Kerlann", "Penhoat", "Lannuzel"])],
                 "Envoyer mes réponses"), {"poll"}, parent=("Kenlabour", _PZ)),
        # the city's page of its budget: presentation, the vote is on the platform
        page(f"{_PZ}/budget-participatif", "Le budget participatif", m.prose(
            "Chaque année, 100 000 € sont réservés à des projets proposés et choisis par les habitants. Les idées se déposent "
            f"et se votent sur <a href='{_FL}/projets/budget-participatif-2025'>Plouzévan participe</a> ; le vote 2025 est "
            "ouvert jusqu'au 30 avril.") + m.steps([("Idées", "janvier"), ("Analyse", "février – mars"), ("Vote", "avril"),
                                                    ("Travaux", "à partir de juin")], 2),
             {"participatory_budget", "participation_displayed"}, parent=("Kenlabour", _PZ)),
        page("/actualites/conseil-municipal-du-12-mars", "Conseil municipal du 12 mars", m.prose(
            "Ordre du jour : vote du budget primitif, tarifs de la cantine, convention avec le syndicat des eaux. Séance "
            "publique à 20 h, salle du conseil."), decoys={"participation_displayed", "participatory_budget"}),
        page("/actualites/nouveau-skatepark", "Le skatepark de Kerlann ouvre ses portes", m.prose(
            "Lauréat du budget participatif 2024, le skatepark de Kerlann a ouvert samedi. Les jeunes qui ont porté le "
            "projet ont coupé le ruban.") + m.drupal_comments(1204, [("Gwen", "9 mars 2025", "Super réalisation, bravo aux jeunes !")]),
             {"comments"}, decoys={"participatory_budget", "contact_form"}),
        # comments closed on this node: no form, no comment
        page("/actualites/semaine-bretonne", "Sizhun ar brezhoneg", m.prose(
            "Du 15 au 22 mars : contes à la médiathèque, fest-noz et cours d'initiation au breton.")
             + m.drupal_comments(1206, [], open_=False), decoys={"comments"}),
        # a closed poll: results only
        page("/actualites/sondage-plage-resultats", "Plage de Porz Kerlann : les résultats du sondage", m.prose(
            "Le sondage est terminé. 61 % des votants ont choisi une surveillance de 11 h à 19 h en juillet et août ; elle "
            "sera mise en place cet été."), decoys={"poll"}),
        page("/actualites/appel-a-projets-culturels", "Appel à projets culturels 2025", m.prose(
            "La ville soutient la création : associations et artistes peuvent candidater avant le 28 février pour une "
            "aide de 500 à 3 000 €. Le dossier de candidature est téléchargeable ci-dessous.")
             + m.doc_list([("Dossier de candidature", "250 Ko")]), decoys={"suggestion_call"}),
        # a national consultation on a platform's site, named in a news item
        page("/actualites/grand-debat-make-org", "Consultation nationale sur l'avenir du littoral", m.prose(
            "Une grande consultation citoyenne nationale sur l'avenir du littoral est ouverte sur la plateforme Make.org "
            "jusqu'au 31 mars. La ville relaie l'information : chacun peut y participer à titre individuel."),
             decoys={"participatory_platform"}),
        page("/actualites/forum-des-metiers", "Forum des métiers de la mer", m.prose(
            "Le forum des métiers de la mer réunit le 5 avril au port les entreprises de pêche, d'ostréiculture et de "
            "construction navale qui recrutent."), decoys={"forum"}),
        page("/vie-pratique/voisins-vigilants", "Voisins vigilants et solidaires", m.prose(
            "En lien avec la gendarmerie de Landerneau, la commune a adhéré au dispositif de participation citoyenne : "
            "des référents de quartier signalent les comportements suspects. Ce dispositif de vigilance n'a rien à voir "
            "avec le réseau des voisins."), decoys={"territorial_social_network", "participation_displayed"}),
        page("/demarches/paiement-en-ligne", "Payer en ligne", m.prose(
            "Réglez vos factures de cantine et de garderie par carte bancaire grâce au service PayFiP.")
             + m.form("https://www.tipi.budget.gouv.fr/tpa/paiement.web", m.field("text", "numcli", "Identifiant collectivité")
                      + m.field("text", "refdet", "Référence de la facture", required=True)
                      + m.field("text", "montant", "Montant (€)", required=True)
                      + m.field("email", "mel", "Courriel", required=True), "Payer"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Mairie de Plouzévan, 2 straed an Iliz. Accueil du lundi au samedi matin.")
             + m.webform("contact", "/contact", [("textfield", "name", "Votre nom", ()), ("email", "email", "Votre adresse e-mail", ()),
                                                 ("textfield", "subject", "Sujet", ()), ("textarea", "message", "Message", ())],
                         "Envoyer le message"), {"contact_form"}),
    ]
    return Site(PLOUZEVAN, "drupal", "Ville de Plouzévan", pages,
                menu=[("Accueil", "/"), ("Participer", _PZ), ("Actualités", "/actualites/conseil-municipal-du-12-mars"),
                      ("Contact", "/contact")],
                accounts=[social("facebook", "plouzevan"), social("x", "Plouzevan29", "https://twitter.com/Plouzevan29"),
                          social("instagram", "plouzevan.bzh"), social("bluesky", "plouzevan.bzh")],
                address="Hôtel de ville, 2 straed an Iliz, 29000 Plouzévan")


_BP25 = "/projets/budget-participatif-2025"


def _plouzevan_fluicity():
    pb = {"participatory_budget"}
    ideas = [(f"{_BP25}/idees/renovation-lavoir-de-kerlann", "Rénover le lavoir de Kerlann", "42 votes"),
             (f"{_BP25}/idees/abri-velos-college", "Un abri vélos couvert au collège", "57 votes"),
             (f"{_BP25}/idees/jeux-square-penhoat", "Des jeux pour les petits au square de Penhoat", "38 votes")]

    def cards(items):
        return '<div class="flui-cards">' + "".join(
            f'<article class="flui-card"><h3 class="flui-card__title"><a href="{h}">{t}</a></h3>'
            f'<p class="flui-card__meta">{meta}</p></article>' for h, t, meta in items) + "</div>"

    pages = [
        page("/", "Plouzévan participe", m.prose("Proposez vos idées, votez, suivez les projets de votre ville.")
             + cards([(_BP25, "Budget participatif 2025", "Vote en cours"), ("/idees", "Boîte à idées", "Ouverte toute l'année"),
                      ("/sondages/horaires-mediatheque", "Horaires de la médiathèque", "Sondage ouvert"),
                      ("/sondages/nom-de-la-passerelle", "Le nom de la passerelle", "Sondage terminé"),
                      ("/projets/budget-participatif-2024/laureats", "Budget participatif 2024", "Lauréats")]),
             {"participation_displayed"}),
        page(_BP25, "Budget participatif 2025", m.prose(
            "100 000 € pour vos projets. 24 idées ont été jugées réalisables : votez pour trois d'entre elles avant le 30 avril.")
             + m.steps([("Dépôt des idées", "terminé"), ("Analyse", "terminé"), ("Vote", "jusqu'au 30 avril"), ("Résultats", "mai")], 2,
                       cls="flui-steps")
             + m.related([(f"{_BP25}/idees", "Voir les idées et voter"), (f"{_BP25}/reglement", "Le règlement")]), pb),
        page(f"{_BP25}/idees", "Les idées soumises au vote", cards(ideas)
             + '<p class="flui-vote-counter">Il vous reste <strong>3</strong> votes.</p>', pb, parent=("Budget participatif 2025", _BP25)),
        page(f"{_BP25}/idees/renovation-lavoir-de-kerlann", "Rénover le lavoir de Kerlann", m.prose(
            "Le lavoir est envahi par la végétation. Nous proposons de restaurer le bassin et de poser un panneau sur son histoire.")
             + '<button class="flui-btn flui-btn--vote" data-idea="8812">Voter pour cette idée</button>'
             + '<section class="flui-comments"><h2>Commentaires (2)</h2><ul><li class="flui-comment"><strong>Annaïg</strong>'
               '<p>Mon grand-père y lavait encore le linge !</p></li><li class="flui-comment"><strong>Yves L.</strong>'
               '<p>Oui, et un banc à côté.</p></li></ul><form class="flui-comment-form" action="/api/ideas/8812/comments" '
               'method="post"><label for="comment-body">Votre commentaire</label><textarea id="comment-body" name="body" '
               'rows="3"></textarea><button type="submit" class="flui-btn">Commenter</button></form></section>',
             pb | {"comments"}, decoys={"contact_form"}, parent=("Les idées soumises au vote", f"{_BP25}/idees")),
        page(f"{_BP25}/idees/abri-velos-college", "Un abri vélos couvert au collège", m.prose(
            "Les vélos des collégiens restent sous la pluie toute la journée : un abri couvert de 40 places.")
             + '<button class="flui-btn flui-btn--vote" data-idea="8820">Voter pour cette idée</button>',
             pb, parent=("Les idées soumises au vote", f"{_BP25}/idees")),
        page(f"{_BP25}/idees/jeux-square-penhoat", "Des jeux pour les petits au square de Penhoat", m.prose(
            "Un toboggan et des jeux à ressort pour les 2-6 ans, le square n'a rien pour eux.")
             + '<button class="flui-btn flui-btn--vote" data-idea="8826">Voter pour cette idée</button>',
             pb, parent=("Les idées soumises au vote", f"{_BP25}/idees")),
        page(f"{_BP25}/reglement", "Règlement du budget participatif", m.prose(
            "Peuvent proposer et voter toutes les personnes de plus de 12 ans résidant à Plouzévan. Les idées doivent "
            "relever de l'investissement et ne pas dépasser 30 000 €. Chaque participant dispose de trois votes."),
             pb, parent=("Budget participatif 2025", _BP25)),
        # a past edition's winners
        page("/projets/budget-participatif-2024/laureats", "Budget participatif 2024 : les lauréats", m.prose(
            "1 187 votants. Lauréats : le skatepark de Kerlann (41 000 €), des composteurs partagés (12 000 €), une boîte "
            "à livres au bourg (3 000 €). Les travaux sont terminés."), pb),
        page("/idees", "Boîte à idées", m.prose(
            "Une idée pour Plouzévan ? Proposez-la : les plus soutenues sont étudiées par les élus, qui répondent publiquement.")
             + '<a href="/idees/proposer" class="flui-btn flui-btn--primary">Proposer une idée</a>'
             + cards([("/idees", "Un marché bio le mercredi", "18 soutiens · Réponse de la ville"),
                      ("/idees", "Des toilettes publiques à la plage", "31 soutiens · À l'étude")]), {"suggestion_call"}),
        page("/idees/proposer", "Proposer une idée", m.form("/api/ideas", m.field("text", "title", "Titre de votre idée", required=True)
                                                          + m.field("textarea", "description", "Décrivez votre idée", required=True)
                                                          + m.field("select", "category", "Thème", options=["Cadre de vie", "Mobilité", "Culture", "Sport"]),
                                                          "Publier mon idée", cls="flui-form"),
             {"suggestion_call"}, decoys={"contact_form"}, parent=("Boîte à idées", "/idees")),
        page("/sondages/horaires-mediatheque", "Sondage : les horaires de la médiathèque", m.prose(
            "Quelle ouverture supplémentaire vous conviendrait le mieux ?")
             + m.form("/api/polls/231/answers", m.field("radio", "choice", "Votre choix",
                                                        options=["Le mardi soir jusqu'à 20 h", "Le dimanche matin", "Le lundi après-midi"]),
                      "Voter", cls="flui-poll"), {"poll"}),
        # a closed poll: results only, no way to answer
        page("/sondages/nom-de-la-passerelle", "Sondage terminé : le nom de la passerelle", m.prose(
            "Ce sondage est terminé. Résultat : « Pont an Dour » (46 %), « Passerelle des Abers » (33 %), "
            "« Passerelle Anjela Duval » (21 %)."), decoys={"poll"}),
        page("/connexion", "Se connecter", m.form("/api/auth/login", m.field("email", "email", "E-mail")
                                                  + m.field("password", "password", "Mot de passe"), "Se connecter"),
             decoys={"contact_form"}),
    ]
    return Site(PLOUZEVAN_FLUI, "vendor", "Plouzévan participe", pages,
                menu=[("Accueil", "/"), ("Budget participatif", _BP25), ("Boîte à idées", "/idees"),
                      ("Site de la ville", f"http://{PLOUZEVAN}/")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"Fluicity"}))


def _plouzevan_voisins():
    net = set()  # the site-level feature covers every page

    def feed(posts):
        return '<ul class="feed">' + "".join(
            f'<li class="feed-post"><p class="feed-post__author">{who} · <span>{where}</span></p><p>{text}</p>'
            f'<p class="feed-post__meta">{n} réponses</p></li>' for who, where, text, n in posts) + "</ul>"

    pages = [
        page("/", "Le réseau des voisins de Plouzévan", m.prose(
            "Entraide, prêts, dons, sorties : le réseau social de proximité des habitants de Plouzévan. 1 340 voisins inscrits.")
             + m.related([("/quartiers/kerlann", "Kerlann"), ("/quartiers/centre-bourg", "Centre-bourg"),
                          ("/annonces", "Petites annonces entre voisins"), ("/evenements/fete-des-voisins", "Fête des voisins")],
                         "Quartiers et rubriques"), net),
        page("/quartiers/kerlann", "Kerlann", feed([
            ("Soizic", "Kerlann", "Je prête une remorque ce week-end, qui en a besoin ?", 3),
            ("Mathieu", "Kerlann", "Chat roux perdu vers la rue de Brest.", 5)]), net),
        page("/quartiers/centre-bourg", "Centre-bourg", feed([
            ("Hervé", "Centre-bourg", "Covoiturage vers Brest le mardi matin, deux places.", 2)]), net),
        page("/annonces", "Petites annonces entre voisins", feed([
            ("Jeanne", "Penhoat", "Donne plants de tomates.", 1), ("Loïc", "Lannuzel", "Cherche quelqu'un pour arroser mon jardin en août.", 4)]), net),
        page("/evenements/fete-des-voisins", "Fête des voisins", m.prose(
            "Le 30 mai, organisez la fête des voisins dans votre rue : la mairie prête tables et bancs.") + feed([
                ("Nolwenn", "Kerlann", "On organise rue des Tilleuls, apportez un dessert !", 6)]), net),
    ]
    return Site(PLOUZEVAN_VOISINS, "community", "Voisins de Plouzévan", pages,
                menu=[("Accueil", "/"), ("Annonces", "/annonces"), ("Événements", "/evenements/fete-des-voisins")],
                features=frozenset({"territorial_social_network"}))


def plouzevan():
    return City("99854", "Plouzévan", 16_740, "29", "53", "Bretagne", f"http://{PLOUZEVAN}/",
                [_plouzevan_www(), _plouzevan_fluicity(), _plouzevan_voisins()])


# =====================================================================================================
# 99855 Sarcenay-sur-Loir (Sarthe): Ametys, a Publik e-services portal, a Jenparle space.
# =====================================================================================================

SARCENAY = "www.sarcenay.fr"
SARCENAY_PUBLIK = "demarches.sarcenay.fr"
SARCENAY_JP = "sarcenay.jenparle.net"
_SP = "/fr/ma-ville/participer"
_DM = f"http://{SARCENAY_PUBLIK}"
_JN = f"http://{SARCENAY_JP}"


def _sarcenay_www():
    news = [("/fr/actualites/nouvelle-plateforme-jenparle.html", "Une plateforme pour donner votre avis", "14 janvier 2025",
             "La ville ouvre son espace de participation en ligne."),
            ("/fr/actualites/appel-a-candidatures-conseil-des-sages.html", "Le conseil des sages recrute", "3 février 2025",
             "Appel à candidatures jusqu'au 15 mars."),
            ("/fr/actualites/marche-de-noel-exposants.html", "Marché de Noël : appel aux exposants", "2 septembre 2024",
             "Artisans et créateurs, candidatez."),
            ("/fr/actualites/berges-du-loir.html", "Berges du Loir : la concertation est lancée", "10 mars 2025",
             "Questionnaire en ligne et balades commentées.")]
    pages = [
        page("/", "Accueil", _home(
            ["Bienvenue à Sarcenay-sur-Loir, ville d'eau et de patrimoine au cœur de la vallée du Loir."],
            [(f"{_DM}/", "E-démarches"), (_SP + ".html", "Sarcenay participe"), ("/fr/contact.html", "Contact"),
             ("/fr/ma-ville/conseil-municipal.html", "Conseil municipal"), ("/fr/ma-ville/budget-et-finances.html", "Budget"),
             ("/fr/ma-ville/securite/participation-citoyenne.html", "Sécurité"), (f"{_JN}/", "Je donne mon avis"),
             (f"{_DM}/signaler-un-probleme/", "Signaler un problème")],
            news, [("22", "mars", "Comité de quartier Saint-Aubin", "Salle Saint-Aubin"),
                   ("3", "avr.", "Assises de la jeunesse", "Espace Loir")])),
        page(_SP + ".html", "Sarcenay participe", m.prose(
            "La ville a fait de la participation des habitants une priorité du mandat : comités de quartier, assises de la "
            "jeunesse, consultations en ligne, droit de pétition local. Une délégation « démocratie de proximité » est "
            "confiée à une adjointe.")
             + m.related([(f"{_SP}/comites-de-quartier.html", "Les comités de quartier"),
                          (f"{_SP}/assises-de-la-jeunesse.html", "Les assises de la jeunesse"),
                          (f"{_SP}/petition-locale.html", "Le droit de pétition local"), (f"{_JN}/", "Sarcenay.jenparle.net")]),
             {"participation_displayed"}),
        page(f"{_SP}/comites-de-quartier.html", "Les comités de quartier", m.prose(
            "Cinq comités de quartier, ouverts à tous les habitants, se réunissent chaque trimestre avec l'élu de secteur. "
            "Ils font remonter les besoins du quotidien et sont consultés sur les aménagements.")
             + m.bullets("Saint-Aubin", "Les Ponts", "La Gare", "Bel-Air", "Les Prés-Hauts"),
             {"participation_displayed"}, parent=("Sarcenay participe", _SP + ".html")),
        page(f"{_SP}/assises-de-la-jeunesse.html", "Les assises de la jeunesse", m.prose(
            "Pendant trois mois, les 15-25 ans sont invités à débattre de leurs attentes : logement, mobilité, loisirs. Ateliers "
            "dans les lycées, soirée de restitution le 3 avril à l'Espace Loir."),
             {"participation_displayed"}, parent=("Sarcenay participe", _SP + ".html")),
        # the city's right of petition and the way to file one (on its e-services portal)
        page(f"{_SP}/petition-locale.html", "Le droit de pétition local", m.prose(
            "Depuis janvier 2024, toute pétition réunissant 500 signatures d'habitants de plus de 16 ans sur une question "
            "relevant de la compétence de la ville est inscrite à l'ordre du jour du conseil municipal.",
            f"Déposez votre pétition en ligne sur le <a href='{_DM}/deposer-une-petition/'>portail des démarches</a> ; "
            "après vérification de sa recevabilité, elle est ouverte aux signatures pendant trois mois."),
             {"petition", "participation_displayed"}, parent=("Sarcenay participe", _SP + ".html")),
        page("/fr/ma-ville/conseil-municipal.html", "Le conseil municipal", m.prose(
            "33 conseillers municipaux. Les séances sont publiques ; l'ordre du jour est affiché en mairie cinq jours avant.")
             + m.agenda([("27", "mars", "Conseil municipal – vote du budget", "Hôtel de ville")], "Prochaine séance"),
             decoys={"participation_displayed"}),
        page("/fr/ma-ville/budget-et-finances.html", "Budget et finances", m.prose(
            "Budget primitif 2025 : 34,2 M€. Découvrez la répartition des dépenses par politique publique et la dette de la ville.")
             + m.doc_list([("Budget primitif 2025", "1,8 Mo"), ("Rapport sur les orientations budgétaires", "1,1 Mo")]),
             decoys={"participatory_budget"}),
        # a news item about the new platform: the approach is its subject, the platform is only named
        page("/fr/actualites/nouvelle-plateforme-jenparle.html", "Une plateforme pour donner votre avis", m.prose(
            "La ville ouvre sarcenay.jenparle.net, son espace de participation en ligne : consultations, questionnaires et "
            "boîte à idées. Première consultation : l'avenir des berges du Loir.", f"<a href='{_JN}/'>Découvrir la plateforme</a>"),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        # a call for candidates to a participatory body: the body is presented, the call is not for ideas
        page("/fr/actualites/appel-a-candidatures-conseil-des-sages.html", "Le conseil des sages recrute", m.prose(
            "Vous avez plus de 62 ans et souhaitez mettre votre expérience au service de la ville ? Le conseil des sages, "
            "instance consultative, renouvelle la moitié de ses membres. Candidatures jusqu'au 15 mars."),
             {"participation_displayed"}, decoys={"suggestion_call"}),
        page("/fr/actualites/marche-de-noel-exposants.html", "Marché de Noël : appel aux exposants", m.prose(
            "Appel à candidatures pour le marché de Noël des 13 et 14 décembre : 40 chalets, priorité aux artisans. Dossier "
            "à retourner avant le 15 octobre."), decoys={"suggestion_call"}),
        page("/fr/actualites/berges-du-loir.html", "Berges du Loir : la concertation est lancée", m.prose(
            "Jusqu'au 30 avril, donnez votre avis sur l'aménagement des berges : un questionnaire en ligne, deux balades "
            f"commentées et un atelier. <a href='{_JN}/consultations/avenir-des-berges-du-loir'>Répondre au questionnaire</a>."),
             {"participation_displayed"}),
        page("/fr/ma-ville/securite/participation-citoyenne.html", "Participation citoyenne", m.prose(
            "Le dispositif de participation citoyenne, piloté par la police nationale, associe des habitants référents à la "
            "sécurité de leur quartier. Contact : commissariat de Sarcenay."),
             decoys={"participation_displayed", "territorial_social_network"}),
        # no form on this page: an address and a link to the portal's form
        page("/fr/contact.html", "Contact", m.prose(
            "Hôtel de ville, 1 place du Loir. Du lundi au vendredi, 8 h 30 – 17 h 30. Courriel : "
            "<a href='mailto:contact@sarcenay.fr'>contact@sarcenay.fr</a>.",
            f"Pour écrire aux services, utilisez le <a href='{_DM}/contacter-la-mairie/'>formulaire de contact</a>."),
             decoys={"contact_form"}),
    ]
    return Site(SARCENAY, "vendor", "Ville de Sarcenay-sur-Loir", pages,
                menu=[("Ma ville", "/fr/ma-ville/conseil-municipal.html"), ("Participer", _SP + ".html"),
                      ("Démarches", f"{_DM}/"), ("Contact", "/fr/contact.html")],
                accounts=[social("facebook", "VilledeSarcenay"), social("youtube", "villedesarcenay"),
                          social("linkedin", "ville-de-sarcenay")],
                address="Hôtel de ville, 1 place du Loir, 72000 Sarcenay-sur-Loir")


def _wcs(action, fields, submit="Valider"):
    """A w.c.s. form page of Publik."""
    widgets = []
    for i, (kind, label, req) in enumerate(fields, 1):
        star = ' <span title="Ce champ est obligatoire.">*</span>' if req else ""
        if kind == "text":
            ctl = f'<textarea id="form_f{i}" name="f{i}" rows="8" cols="72"></textarea>'
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" id="form_f{i}" name="f{i}" value="">'
        widgets.append(f'<div class="widget {kind}-widget{" widget-required" if req else ""}" data-field-id="{i}">'
                       f'<div class="title"><label for="form_f{i}">{label}{star}</label></div><div class="content">{ctl}</div></div>')
    return (f'<form action="{action}" method="post" enctype="multipart/form-data" class="quixote">'
            f'<input type="hidden" name="_form_id" value="f1"><div id="steps"><ol><li class="current"><span>Saisie</span></li>'
            f'<li><span>Validation</span></li></ol></div><div class="page">{"".join(widgets)}</div><div class="buttons submit">'
            f'<button class="submit-button" name="submit" value="{submit}">{submit}</button></div></form>')


def _sarcenay_publik():
    pages = [
        page("/", "Portail des démarches", m.prose("Effectuez vos démarches auprès de la ville, 24 h/24.")
             + '<div class="cell list-of-forms"><h2>Démarches en ligne</h2>' + m.bullets(
                 "<a href='/contacter-la-mairie/'>Contacter la mairie</a>", "<a href='/signaler-un-probleme/'>Signaler un problème sur la voie publique</a>",
                 "<a href='/deposer-une-petition/'>Déposer une pétition locale</a>", "<a href='/reservation-salle-municipale/'>Réserver une salle</a>",
                 "<a href='/paiement-cantine/'>Payer la cantine</a>", "<a href='/inscription-ecole/'>Inscrire mon enfant à l'école</a>",
                 "<a href='/suggestions/'>Vos suggestions pour le portail</a>") + "</div>"),
        page("/contacter-la-mairie/", "Contacter la mairie", _wcs("/contacter-la-mairie/", [
            ("string", "Nom", True), ("email", "Courriel", True), ("string", "Objet", True), ("text", "Votre message", True)]),
             {"contact_form"}),
        # a report to the services: a free-text message to the city, with a location
        page("/signaler-un-probleme/", "Signaler un problème sur la voie publique", _wcs("/signaler-un-probleme/", [
            ("string", "Adresse ou lieu", True), ("string", "Nature du problème", True), ("text", "Description", True),
            ("email", "Votre courriel", False)]), {"contact_form"}),
        # a petition filed with the mayor: the right of petition, and a free-text message to the city
        page("/deposer-une-petition/", "Déposer une pétition locale", m.prose(
            "Votre pétition sera examinée par le service des assemblées puis publiée pour recueillir les signatures.")
             + _wcs("/deposer-une-petition/", [("string", "Nom et prénom du premier signataire", True), ("email", "Courriel", True),
                                               ("string", "Titre de la pétition", True), ("text", "Texte de la pétition", True)],
                    "Déposer ma pétition"), {"petition", "contact_form"}),
        page("/reservation-salle-municipale/", "Réserver une salle municipale", _wcs("/reservation-salle-municipale/", [
            ("string", "Salle", True), ("string", "Date", True), ("string", "Nombre de participants", True), ("email", "Courriel", True)],
            "Réserver"), decoys={"contact_form"}),
        page("/paiement-cantine/", "Payer la cantine", m.prose("Saisissez la référence de votre facture pour la régler en ligne.")
             + _wcs("/paiement-cantine/", [("string", "Référence de la facture", True), ("string", "Montant", True)], "Payer"),
             decoys={"contact_form"}),
        page("/inscription-ecole/", "Inscrire mon enfant à l'école", _wcs("/inscription-ecole/", [
            ("string", "Nom de l'enfant", True), ("string", "Date de naissance", True), ("string", "École souhaitée", True),
            ("email", "Courriel du responsable", True)], "Envoyer la demande"), decoys={"contact_form"}),
        # "vos suggestions" form: the codebook's suggestion call, written to the city
        page("/suggestions/", "Vos suggestions pour le portail", m.prose(
            "Une démarche manque ? Un formulaire est compliqué ? Proposez vos améliorations, nous les étudions toutes.")
             + _wcs("/suggestions/", [("text", "Votre suggestion", True), ("email", "Courriel (facultatif)", False)]),
             {"suggestion_call", "contact_form"}),
    ]
    return Site(SARCENAY_PUBLIK, "publik", "Sarcenay – e-démarches", pages,
                menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/"), ("Site de la ville", f"http://{SARCENAY}/")],
                address="Hôtel de ville, 1 place du Loir, 72000 Sarcenay-sur-Loir")


_BERGES = "/consultations/avenir-des-berges-du-loir"


def _sarcenay_jenparle():
    pages = [
        page("/", "Sarcenay participe", m.prose(
            "Bienvenue sur l'espace de participation de Sarcenay-sur-Loir : consultations, questionnaires, boîte à idées. "
            "Vos contributions sont lues par les élus et les services.")
             + m.related([(_BERGES, "Consultation : l'avenir des berges du Loir (en cours)"), ("/consultations", "Toutes les consultations"),
                          ("/boite-a-idees", "La boîte à idées")], "À la une"), {"participation_displayed"}),
        page("/consultations", "Consultations", m.related([
            (_BERGES, "L'avenir des berges du Loir – jusqu'au 30 avril"),
            ("/consultations/stationnement-centre-ville", "Stationnement en centre-ville – terminée")], "Consultations")),
        page(_BERGES, "L'avenir des berges du Loir", m.prose(
            "Promenade, guinguette, zone naturelle, pontons : aidez-nous à imaginer les berges de demain.")
             + m.form(f"{_BERGES}/repondre", m.field("radio", "q1", "Fréquentez-vous les berges ?", options=["Souvent", "Parfois", "Jamais"])
                      + m.field("checkbox", "q2", "Ce que vous aimeriez y trouver", options=["Des bancs", "Une guinguette", "Un ponton de pêche", "Une zone naturelle"])
                      + m.field("radio", "q3", "Faut-il interdire les voitures sur le quai ?", options=["Oui", "Non", "Le week-end"]),
                      "Envoyer mes réponses", cls="jp-questionnaire")
             + f'<a href="{_BERGES}/contributions">Lire les contributions</a>',
             {"poll", "participation_displayed"}, parent=("Consultations", "/consultations")),
        page(f"{_BERGES}/contributions", "Contributions : l'avenir des berges", '<div class="jp-contributions">' + "".join(
            f'<article class="jp-contribution"><h3>{t}</h3><p class="jp-contribution__author">{a}</p><p>{x}</p></article>'
            for t, a, x in [("Garder le côté sauvage", "Élodie", "Pas trop de béton, des chemins en terre."),
                            ("Un ponton pour les canoës", "Club nautique", "Le club pourrait animer des sorties.")])
             + '</div><form class="jp-comment-form" action="/consultations/12/commentaires" method="post"><label for="jp-comment">'
               'Réagir</label><textarea id="jp-comment" name="commentaire[texte]" rows="4"></textarea><button type="submit">Publier'
               '</button></form>', {"comments"}, decoys={"contact_form"}, parent=("L'avenir des berges du Loir", _BERGES)),
        # a closed consultation: its synthesis only
        page("/consultations/stationnement-centre-ville", "Stationnement en centre-ville : la synthèse", m.prose(
            "La consultation est terminée : 1 054 participants. 62 % souhaitent une zone bleue place du Marché. Le conseil "
            "municipal a retenu cette option."), decoys={"poll"}, parent=("Consultations", "/consultations")),
        page("/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour votre ville ? Publiez-la : les autres habitants peuvent la soutenir et la commenter, la ville répond "
            "à toutes celles qui dépassent 50 soutiens.")
             + m.form("/boite-a-idees/deposer", m.field("text", "idee[titre]", "Titre", required=True)
                      + m.field("textarea", "idee[description]", "Votre idée", required=True), "Publier mon idée", cls="jp-idea-form")
             + m.related([("/boite-a-idees/idee/312", "Un composteur collectif aux Prés-Hauts – 64 soutiens")], "Idées récentes"),
             {"suggestion_call"}, decoys={"contact_form"}),
        page("/boite-a-idees/idee/312", "Un composteur collectif aux Prés-Hauts", m.prose(
            "Proposée par Bernard. Réponse de la ville : « Accord de principe, installation prévue en juin. »")
             + '<section class="jp-comments"><h2>3 commentaires</h2><ul><li><strong>Nadia</strong> Je veux bien être référente.</li>'
               '<li><strong>Paul</strong> Attention aux odeurs près de l\'école.</li><li><strong>Ville de Sarcenay</strong> '
               'Il sera placé derrière le gymnase.</li></ul><form action="/boite-a-idees/idee/312/commenter" method="post" '
               'class="jp-comment-form"><label for="c312">Votre commentaire</label><textarea id="c312" name="commentaire[texte]">'
               '</textarea><button type="submit">Commenter</button></form></section>',
             {"comments"}, decoys={"contact_form"}, parent=("La boîte à idées", "/boite-a-idees")),
        page("/connexion", "Connexion", m.form("/connexion", m.field("email", "_username", "Adresse e-mail")
                                               + m.field("password", "_password", "Mot de passe"), "Se connecter"),
             decoys={"contact_form"}),
    ]
    return Site(SARCENAY_JP, "vendor", "Sarcenay participe", pages,
                menu=[("Accueil", "/"), ("Consultations", "/consultations"), ("Boîte à idées", "/boite-a-idees")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"Jenparle"}))


def sarcenay():
    return City("99855", "Sarcenay-sur-Loir", 27_380, "72", "52", "Pays de la Loire", f"http://{SARCENAY}/",
                [_sarcenay_www(), _sarcenay_publik(), _sarcenay_jenparle()])


# =====================================================================================================
# 99856 Auzonne-les-Forges (Vosges): a K-Sup-like portal, a Cap Collectif space, the city's own neighbours' network.
# =====================================================================================================

AUZONNE = "www.auzonne-les-forges.fr"
AUZONNE_CAPCO = "auzonne.cap-collectif.com"
AUZONNE_VOISINS = "voisins.auzonne-les-forges.fr"
_CC = f"http://{AUZONNE_CAPCO}"
_FAP = "/project/les-forges-a-projets-2025"


def _auzonne_www():
    news = [("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", "1er avril 2025", "Inscriptions ouvertes."),
            ("/actualites/forum-emploi-saisonnier", "Forum de l'emploi saisonnier", "15 mars 2025", "Stations et campings recrutent."),
            ("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'Insee sur le cadre de vie", "2 février 2025",
             "Certains foyers seront sollicités."),
            ("/participer/budget-participatif", "Les Forges à projets : déposez vos idées", "1er mars 2025", "Jusqu'au 15 mai.")]
    pages = [
        page("/", "Accueil", _home(
            ["Auzonne-les-Forges, ville industrielle et verte au pied des Vosges."],
            [("/participer", "Auzonne en commun"), ("/participer/boite-a-idees", "Boîte à idées"), ("/contact", "Contact"),
             ("/mairie/conseil-municipal", "Conseil municipal"), ("/mairie/finances", "Finances"),
             ("/mairie/appels-d-offres", "Appels d'offres"), (f"http://{AUZONNE_VOISINS}/", "Voisins d'Auzonne"),
             (f"{_CC}/", "Participer en ligne")],
            news, [("9", "avr.", "Assemblée de quartier des Hauts-de-Montfaucon", "École Pergaud")])),
        page("/participer", "Auzonne en commun", m.prose(
            "« Auzonne en commun » est la démarche de démocratie participative de la ville : assemblées de quartier, "
            "conseils citoyens des quartiers prioritaires, budget participatif « Les Forges à projets », questionnaires "
            "et boîte à idées. Une charte de la participation citoyenne en fixe les règles.")
             + m.related([("/participer/assemblees-de-quartier", "Les assemblées de quartier"),
                          ("/participer/conseils-citoyens", "Les conseils citoyens"),
                          ("/participer/budget-participatif", "Les Forges à projets"),
                          ("/participer/questionnaire-jeunesse", "Questionnaire jeunesse"),
                          ("/participer/boite-a-idees", "La boîte à idées"), ("/participer/reseau-voisins", "Voisins d'Auzonne")]),
             {"participation_displayed"}),
        page("/participer/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
            "Une fois par an dans chacun des sept quartiers, le maire et les élus rendent compte des projets et répondent "
            "aux questions des habitants. Les sujets soulevés font l'objet d'un suivi publié en ligne.")
             + m.agenda([("9", "avr.", "Hauts-de-Montfaucon", "École Pergaud"), ("16", "avr.", "La Forge-Basse", "Salle des Fêtes")]),
             {"participation_displayed"}, parent=("Auzonne en commun", "/participer")),
        page("/participer/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers prioritaires de la Forge-Basse et des Hauts-de-Montfaucon, les conseils citoyens réunissent "
            "habitants tirés au sort et acteurs locaux. Ils siègent au comité de pilotage du contrat de ville."),
             {"participation_displayed"}, parent=("Auzonne en commun", "/participer")),
        # the city's page leading residents to the network it runs
        page("/participer/reseau-voisins", "Voisins d'Auzonne, le réseau d'entraide", m.prose(
            "La ville a créé Voisins d'Auzonne, un réseau d'entraide en ligne entre habitants d'un même quartier : "
            "coups de main, prêt de matériel, visites aux personnes isolées. Il est gratuit, sans publicité, et modéré par "
            f"le service Vie des quartiers. <a href='http://{AUZONNE_VOISINS}/inscription'>S'inscrire</a>"),
             {"territorial_social_network"}, parent=("Auzonne en commun", "/participer")),
        # the city's page of its budget under a local brand: presentation and filing link
        page("/participer/budget-participatif", "Les Forges à projets", m.prose(
            "200 000 € pour les projets des habitants. Déposez vos projets jusqu'au 15 mai sur la plateforme de participation ; "
            "le vote aura lieu en septembre.",
            f"<a href='{_CC}{_FAP}/collect/depot-des-projets'>Déposer un projet</a>"),
             {"participatory_budget", "participation_displayed"}, parent=("Auzonne en commun", "/participer")),
        # an open questionnaire embedded from a form service
        page("/participer/questionnaire-jeunesse", "Questionnaire : les 11-25 ans ont la parole", m.prose(
            "Loisirs, transports, emploi : les jeunes Auzonnais sont invités à répondre à ce questionnaire avant le 30 avril.")
             + m.iframe("https://framaforms.org/questionnaire-jeunesse-auzonne-2025-1712345678", "Questionnaire jeunesse"),
             {"poll"}, parent=("Auzonne en commun", "/participer")),
        page("/participer/boite-a-idees", "La boîte à idées", m.prose(
            "Vos idées et suggestions pour la ville : elles sont transmises à l'élu concerné, qui vous répond sous un mois.")
             + m.form("/participer/boite-a-idees", m.field("text", "NOM", "Nom", required=True)
                      + m.field("email", "EMAIL", "Courriel", required=True)
                      + m.field("select", "QUARTIER", "Quartier", options=["Centre", "La Forge-Basse", "Hauts-de-Montfaucon", "Autre"])
                      + m.field("textarea", "IDEE", "Votre idée ou suggestion", required=True), "Envoyer mon idée",
                      cls="formulaire ksup-form"),
             {"suggestion_call", "contact_form"}, parent=("Auzonne en commun", "/participer")),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Les 35 élus se réunissent au moins une fois par trimestre. Prochaine séance le 10 avril à 19 h.")
             + m.doc_list([("Ordre du jour", "40 Ko"), ("Compte rendu de la séance du 6 février", "300 Ko")]),
             decoys={"participation_displayed"}),
        page("/mairie/finances", "Les finances de la ville", m.prose(
            "Budget primitif 2025 : 46 M€. Le budget participatif représente 1,5 % des dépenses d'investissement.")
             + m.doc_list([("Budget primitif 2025", "2 Mo"), ("Compte administratif 2024", "2,3 Mo")]),
             decoys={"participatory_budget"}),
        page("/mairie/appels-d-offres", "Appels d'offres", m.prose(
            "Marché de travaux : réfection de la toiture du gymnase Pergaud. Date limite de remise des offres : 22 avril. "
            "Dossier sur la plateforme des marchés publics."), decoys={"suggestion_call"}),
        page("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", m.prose(
            "Jardins, balcons, façades : inscrivez-vous au concours avant le 30 juin. Le jury passera en juillet."),
             decoys={"suggestion_call"}),
        page("/actualites/forum-emploi-saisonnier", "Forum de l'emploi saisonnier", m.prose(
            "Mercredi 2 avril à la salle des fêtes : stations de ski, campings et restaurants recrutent pour l'été."),
             decoys={"forum"}),
        page("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'Insee sur le cadre de vie et la sécurité", m.prose(
            "L'Insee réalise jusqu'au 30 avril une enquête sur le cadre de vie. Quelques ménages tirés au sort seront "
            "contactés par un enquêteur muni d'une carte officielle."), decoys={"poll"}),
        page("/contact", "Contact", m.prose("Mairie d'Auzonne-les-Forges, 3 rue des Forges.")
             + m.form("/contact", m.field("text", "NOM", "Nom et prénom", required=True) + m.field("email", "EMAIL", "Courriel", required=True)
                      + m.field("textarea", "MESSAGE", "Message", required=True) + m.rgpd(), cls="formulaire ksup-form"),
             {"contact_form"}),
    ]
    return Site(AUZONNE, "vendor", "Ville d'Auzonne-les-Forges", pages,
                menu=[("Mairie", "/mairie/conseil-municipal"), ("Participer", "/participer"), ("Contact", "/contact")],
                accounts=[social("facebook", "auzonnelesforges"), social("instagram", "auzonne_les_forges"),
                          social("tiktok", "auzonnelesforges")],
                address="Hôtel de ville, 3 rue des Forges, 88000 Auzonne-les-Forges")


def _auzonne_capco():
    pb = {"participatory_budget"}
    collect = f"{_FAP}/collect/depot-des-projets"
    proposal = "/projects/les-forges-a-projets-2025/collect/depot-des-projets/proposals/jardin-partage-rue-haute"
    steps = m.related([(f"{_FAP}/presentation/presentation-1", "Présentation"), (collect, "Dépôt des projets (en cours)"),
                       (f"{_FAP}/selection/vote", "Vote (à venir)")], "Étapes")
    pages = [
        page("/", "Participer à Auzonne", m.prose("La plateforme de participation citoyenne de la ville d'Auzonne-les-Forges.")
             + m.related([(f"{_FAP}/presentation/presentation-1", "Les Forges à projets 2025"),
                          ("/project/plan-climat/questionnaire/questionnaire-climat", "Plan climat : questionnaire"),
                          ("/project/plan-climat/consultation/consultation", "Plan climat : consultation"),
                          ("/project/les-forges-a-projets-2023/selection/laureats", "Les Forges à projets 2023 : lauréats"),
                          ("/projects", "Tous les projets"), ("/pages/charte", "Charte de la plateforme")], "Projets"),
             {"participation_displayed"}),
        page("/projects", "Projets participatifs", m.related([
            (f"{_FAP}/presentation/presentation-1", "Les Forges à projets 2025 – budget participatif"),
            ("/project/plan-climat/consultation/consultation", "Plan climat"),
            ("/project/les-forges-a-projets-2023/selection/laureats", "Les Forges à projets 2023")], "Tous les projets")),
        page(f"{_FAP}/presentation/presentation-1", "Les Forges à projets 2025", m.prose(
            "Le budget participatif d'Auzonne : 200 000 € pour des projets d'intérêt général imaginés par les habitants.")
             + steps, pb),
        page(collect, "Dépôt des projets", m.prose("Déposez votre projet jusqu'au 15 mai. Il sera étudié par les services avant le vote.")
             + '<a class="btn btn-primary" href="/login">Déposer une proposition</a>'
             + m.capco_proposals([(proposal, "Un jardin partagé rue Haute", "La Forge-Basse", 34, 5)]) + steps,
             pb | {"suggestion_call"}, parent=("Les Forges à projets 2025", f"{_FAP}/presentation/presentation-1")),
        page(proposal, "Un jardin partagé rue Haute", m.prose(
            "Transformer la friche de la rue Haute en jardin partagé avec bacs surélevés et récupérateur d'eau.")
             + '<div id="proposal-page-comments" class="comments"><h3>5 commentaires</h3><div class="opinion opinion--comment">'
               '<p class="opinion__user">Fatima K.</p><p>Les enfants de l\'école pourraient y venir.</p></div>'
               '<form class="comment-form" action="/graphql" method="post"><label for="commentBody">Votre commentaire</label>'
               '<textarea id="commentBody" name="body"></textarea><input type="text" name="authorName" placeholder="Nom">'
               '<input type="email" name="authorEmail" placeholder="Courriel"><button type="submit" class="btn btn-primary">Commenter'
               '</button></form></div>' + m.share(f"{_CC}{proposal}"),
             pb | {"comments"}, decoys={"contact_form", "social_account"}, parent=("Dépôt des projets", collect)),
        # the vote step, not open yet: still the budget's page
        page(f"{_FAP}/selection/vote", "Vote", m.prose(
            "Le vote ouvrira le 1er septembre. Chaque habitant de plus de 12 ans pourra soutenir jusqu'à cinq projets.") + steps,
             pb, parent=("Les Forges à projets 2025", f"{_FAP}/presentation/presentation-1")),
        # a past edition's winners
        page("/project/les-forges-a-projets-2023/selection/laureats", "Les Forges à projets 2023 : lauréats", m.prose(
            "2 160 votants ont choisi 7 projets : un parcours de santé, des nichoirs, une fresque au skatepark…")
             + m.capco_proposals([("/project/les-forges-a-projets-2023/selection/laureats", "Parcours de santé du bois des Forges",
                                   "Réalisé", 612, 14)]), pb),
        page("/project/plan-climat/questionnaire/questionnaire-climat", "Plan climat : questionnaire", m.prose(
            "Quinze questions pour préparer le plan climat de la ville. Réponses jusqu'au 31 mai.")
             + m.form("/project/plan-climat/questionnaire/questionnaire-climat", m.field("radio", "responses[0]",
                      "Comment chauffez-vous votre logement ?", options=["Bois", "Gaz", "Fioul", "Électricité", "Réseau de chaleur"])
                      + m.field("radio", "responses[1]", "Seriez-vous prêt à rejoindre une coopérative solaire ?", options=["Oui", "Non", "Je veux en savoir plus"]),
                      "Envoyer", cls="form-questionnaire"), {"poll"}),
        page("/project/plan-climat/consultation/consultation", "Plan climat : consultation", m.prose(
            "Donnez votre avis sur les 12 mesures proposées : votez et argumentez pour ou contre.")
             + '<div class="opinion-list"><div class="opinion"><h3>Mesure 4 : isoler les écoles d\'ici 2030</h3>'
               '<p class="opinion__votes">218 d\'accord · 12 pas d\'accord</p><div class="arguments"><h4>Arguments pour</h4>'
               '<p>Les classes sont glaciales l\'hiver.</p><form class="argument-form" action="/graphql" method="post">'
               '<label for="arg-body">Ajouter un argument</label><textarea id="arg-body" name="body"></textarea>'
               '<button class="btn">Publier</button></form></div></div></div>', {"comments", "participation_displayed"}),
        page("/pages/charte", "Charte de la plateforme", m.prose(
            "Respect, bienveillance, pas de propos injurieux : les contributions contraires à la charte sont modérées.")),
    ]
    return Site(AUZONNE_CAPCO, "capcollectif", "Participer à Auzonne", pages,
                menu=[("Accueil", "/"), ("Projets", "/projects"), ("Charte", "/pages/charte")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"Cap Collectif"}))


def _auzonne_voisins():
    def posts(items):
        return '<ul class="vz-posts">' + "".join(
            f'<li class="vz-post vz-post--{kind}"><span class="vz-post__kind">{label}</span><p>{text}</p>'
            f'<p class="vz-post__who">{who}</p></li>' for kind, label, text, who in items) + "</ul>"

    pages = [
        page("/", "Voisins d'Auzonne", m.prose("Le réseau d'entraide des habitants d'Auzonne-les-Forges. 612 membres.")
             + m.related([("/quartiers/la-forge-basse", "La Forge-Basse"), ("/quartiers/hauts-de-montfaucon", "Les Hauts-de-Montfaucon"),
                          ("/entraide", "Toutes les demandes d'entraide")], "Les quartiers")),
        page("/quartiers/la-forge-basse", "La Forge-Basse", posts([
            ("offre", "Je propose", "Je peux faire les courses de personnes âgées le samedi.", "Karim, rue des Tanneurs"),
            ("demande", "Je cherche", "Quelqu'un pour m'aider à monter une armoire.", "Josiane, cité Bel-Air")])),
        page("/quartiers/hauts-de-montfaucon", "Les Hauts-de-Montfaucon", posts([
            ("pret", "Je prête", "Scarificateur à prêter.", "Daniel, rue Pergaud")])),
        page("/entraide", "Entraide", posts([
            ("demande", "Je cherche", "Covoiturage pour l'hôpital d'Épinal le jeudi.", "Mireille"),
            ("offre", "Je propose", "Soutien scolaire en maths, niveau collège.", "Thomas")])),
        # a registration form, not a message to the city
        page("/inscription", "Je m'inscris", m.prose("L'inscription est réservée aux habitants d'Auzonne-les-Forges.")
             + m.form("/inscription", m.field("text", "prenom", "Prénom", required=True) + m.field("email", "email", "Courriel", required=True)
                      + m.field("text", "adresse", "Adresse (vérifiée, jamais publiée)", required=True)
                      + m.field("password", "motdepasse", "Mot de passe", required=True), "Créer mon compte"),
             decoys={"contact_form"}),
        page("/charte", "Charte du réseau", m.prose(
            "Voisins d'Auzonne est un espace d'entraide gratuit : pas de vente, pas de propos politiques ou commerciaux.")),
    ]
    return Site(AUZONNE_VOISINS, "vendor", "Voisins d'Auzonne", pages,
                menu=[("Accueil", "/"), ("Entraide", "/entraide")], features=frozenset({"territorial_social_network"}))


def auzonne():
    return City("99856", "Auzonne-les-Forges", 38_920, "88", "44", "Grand Est", f"http://{AUZONNE}/",
                [_auzonne_www(), _auzonne_capco(), _auzonne_voisins()])


# =====================================================================================================
# 99857 Sainte-Lucie-des-Hauts (La Réunion): Joomla with Disqus and ChronoForms, an id-city space.
# =====================================================================================================

SAINTE_LUCIE = "www.saintelucie-des-hauts.re"
SAINTE_LUCIE_IDC = "sainteluciedeshauts.id-city.com"
_IDC = f"http://{SAINTE_LUCIE_IDC}"
_DP = "/index.php/ma-commune/democratie-de-proximite"
_ACT = "/index.php/actualites"


def _sainte_lucie_www():
    url = f"http://{SAINTE_LUCIE}"
    news = [(f"{_ACT}/route-des-tamarins-travaux", "Chemin des Tamarins : les travaux commencent", "3 mars 2025", "Circulation alternée."),
            (f"{_ACT}/fete-du-chouchou", "La fête du chouchou revient", "10 mars 2025", "Trois jours de fête au Bras-Long."),
            (f"{_ACT}/cyclone-bilan", "Après le cyclone : le point sur les réparations", "20 février 2025", "Écoles et routes."),
            (f"{_ACT}/forum-des-associations", "Forum des associations", "28 août 2024", "Au gymnase des Hauts."),
            (f"{_ACT}/desserte-aerienne", "Prix des billets d'avion : une pétition nationale", "5 février 2025", "Le point."),
            (f"{_ACT}/lettre-d-information", "Abonnez-vous à la lettre de la commune", "1er janvier 2025", "Chaque mois.")]
    pages = [
        page("/", "Accueil", _home(
            ["Bienvenue à Sainte-Lucie-des-Hauts, commune des Hauts de l'île, entre forêt de tamarins et champs de géranium."],
            [(_DP, "Démocratie de proximité"), (f"{_DP}/comites-de-quartier", "Comités de quartier"), ("/index.php/contact", "Contact"),
             ("/index.php/ma-commune/conseil-municipal", "Conseil municipal"), ("/index.php/ma-commune/budget", "Budget"),
             ("/index.php/vivre/tourisme", "Tourisme"), (f"{_IDC}/", "Écoute citoyenne"), (f"{_DP}/sondage-marche-forain", "Sondage")],
            news, [("15", "mars", "Comité de quartier du Bras-Long", "Case de quartier")])),
        page(_DP, "Démocratie de proximité", m.prose(
            "La commune s'appuie sur douze comités de quartier, des « kozé kartié » (réunions publiques mensuelles du maire "
            "dans les écarts) et l'application Écoute citoyenne pour associer la population aux décisions.")
             + m.related([(f"{_DP}/comites-de-quartier", "Les comités de quartier"), (f"{_DP}/ecoute-citoyenne", "L'application Écoute citoyenne"),
                          (f"{_DP}/sondage-marche-forain", "Sondage : le marché forain")]), {"participation_displayed"}),
        page(f"{_DP}/comites-de-quartier", "Les comités de quartier", m.prose(
            "Chaque comité de quartier élit son bureau parmi les habitants. Il relaie les demandes du quartier (radiers, "
            "éclairage, cases de quartier) et donne son avis sur les projets communaux. Le maire réunit les présidents "
            "chaque trimestre."), {"participation_displayed"}, parent=("Démocratie de proximité", _DP)),
        # the city's page about the platform: it presents the approach and only names the platform
        page(f"{_DP}/ecoute-citoyenne", "L'application Écoute citoyenne", m.prose(
            "Avec l'application Écoute citoyenne, proposez vos idées, répondez aux sondages de la commune et signalez un "
            "problème (éclairage, dépôt sauvage, nid-de-poule) en quelques clics.",
            f"<a href='{_IDC}/'>Accéder à Écoute citoyenne</a>"), {"participation_displayed"}, parent=("Démocratie de proximité", _DP)),
        # the platform's open poll embedded in a city page
        page(f"{_DP}/sondage-marche-forain", "Sondage : le marché forain", m.prose(
            "Le marché forain doit-il passer au samedi matin ? Répondez en ligne jusqu'au 31 mars.")
             + m.iframe(f"{_IDC}/sondages/57-marche-forain", "Sondage sur le marché forain", 520),
             {"poll"}, parent=("Démocratie de proximité", _DP)),
        page(f"{_ACT}/route-des-tamarins-travaux", "Chemin des Tamarins : les travaux commencent", m.prose(
            "Le radier du chemin des Tamarins est reconstruit du 10 mars au 30 mai ; circulation alternée par feux.")
             + m.share(f"{url}{_ACT}/route-des-tamarins-travaux") + m.disqus("saintelucie974", "article-412", f"{url}{_ACT}/route-des-tamarins-travaux"),
             {"comments"}),
        page(f"{_ACT}/fete-du-chouchou", "La fête du chouchou revient", m.prose(
            "Concerts de maloya, concours de gratin de chouchou et marché de producteurs au Bras-Long du 21 au 23 mars.")
             + m.disqus("saintelucie974", "article-415", f"{url}{_ACT}/fete-du-chouchou"), {"comments"}),
        # comments switched off, none published
        page(f"{_ACT}/cyclone-bilan", "Après le cyclone : le point sur les réparations", m.prose(
            "Toutes les écoles ont rouvert ; trois radiers restent fermés. Les services techniques interviennent en priorité "
            "sur les écarts isolés.") + '<p class="comments-disabled">Les commentaires sont désactivés pour cet article.</p>',
             decoys={"comments"}),
        page(f"{_ACT}/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations réunit le 7 septembre au gymnase des Hauts plus de soixante associations sportives et "
            "culturelles."), decoys={"forum"}),
        page(f"{_ACT}/desserte-aerienne", "Prix des billets d'avion : une pétition nationale", m.prose(
            "Une pétition nationale sur la continuité territoriale et le prix des billets entre La Réunion et la métropole "
            "circule sur <a href='https://www.change.org/p/continuite-territoriale-billets-abordables'>change.org</a>."),
             decoys={"petition"}),
        page(f"{_ACT}/lettre-d-information", "La lettre d'information", m.prose("Recevez chaque mois les nouvelles de la commune.")
             + m.acym_newsletter("/index.php?option=com_acym&ctrl=frontusers"), decoys={"contact_form"}),
        page("/index.php/ma-commune/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 33 élus. Les séances sont publiques et diffusées en direct.")
             + m.doc_list([("Délibérations du 28 février", "800 Ko")]), decoys={"participation_displayed"}),
        page("/index.php/ma-commune/budget", "Le budget communal", m.prose(
            "Le budget primitif 2025 s'élève à 38 M€, dont 9 M€ d'investissement pour les routes et les écoles."),
             decoys={"participatory_budget"}),
        # the intercommunal tourist office's accounts are not the city's
        page("/index.php/vivre/tourisme", "Tourisme", m.prose(
            "L'office de tourisme intercommunal vous renseigne sur les randonnées et les gîtes. Retrouvez-le sur "
            "<a href='https://www.facebook.com/HautsDeLileTourisme'>Facebook</a> et "
            "<a href='https://www.instagram.com/hautsdeliletourisme'>Instagram</a>.")),
        page("/index.php/contact", "Contact", m.prose("Mairie de Sainte-Lucie-des-Hauts, rue du Géranium.")
             + m.chronoforms_contact("/index.php/contact?chronoform=contact-mairie"), {"contact_form"}),
    ]
    return Site(SAINTE_LUCIE, "joomla", "Sainte-Lucie-des-Hauts", pages,
                menu=[("Accueil", "/"), ("Ma commune", _DP), ("Actualités", f"{_ACT}/fete-du-chouchou"), ("Contact", "/index.php/contact")],
                accounts=[social("facebook", "SainteLucieDesHauts974"), social("instagram", "saintelucie974"),
                          social("youtube", "saintelucie974")],
                address="Hôtel de ville, rue du Géranium, 97400 Sainte-Lucie-des-Hauts")


def _sainte_lucie_idcity():
    pages = [
        page("/", "Écoute citoyenne", m.prose(
            "L'espace citoyen de Sainte-Lucie-des-Hauts : idées, sondages et signalements.")
             + m.related([("/idees", "Les idées des habitants"), ("/sondages", "Les sondages"), ("/signalements", "Signaler un problème")],
                         "Participer"), {"participation_displayed"}),
        page("/idees", "Idées", m.prose("Partagez vos idées pour la commune ; les plus soutenues reçoivent une réponse du maire.")
             + '<a class="idc-btn" href="/idees/nouvelle">Proposer une idée</a>'
             + m.related([("/idees/448-ombrieres-au-plateau-sportif", "Des ombrières au plateau sportif – 57 soutiens")], "Idées récentes"),
             {"suggestion_call"}),
        page("/idees/nouvelle", "Proposer une idée", m.form("/idees/nouvelle", m.field("text", "idea[title]", "Titre", required=True)
                                                           + m.field("textarea", "idea[content]", "Votre idée", required=True)
                                                           + m.field("select", "idea[district]", "Quartier", options=["Bras-Long", "Centre", "Piton-Bleu"]),
                                                           "Publier", cls="idc-form"),
             {"suggestion_call"}, decoys={"contact_form"}, parent=("Idées", "/idees")),
        page("/idees/448-ombrieres-au-plateau-sportif", "Des ombrières au plateau sportif", m.prose(
            "Au plateau sportif du Bras-Long, impossible de jouer l'après-midi : il faut de l'ombre.")
             + '<div class="idc-comments"><h2>Commentaires</h2><div class="idc-comment"><b>Ludovic</b><p>Et un point d\'eau.</p></div>'
               '<form action="/idees/448/commentaires" method="post" class="idc-comment-form"><textarea name="comment[body]" '
               'aria-label="Votre commentaire"></textarea><button type="submit">Commenter</button></form></div>',
             {"comments"}, decoys={"contact_form"}, parent=("Idées", "/idees")),
        page("/sondages", "Sondages", m.related([("/sondages/57-marche-forain", "Le marché forain – en cours"),
                                                 ("/sondages/49-sens-de-circulation", "Sens de circulation rue Leconte-Delisle – terminé")],
                                                "Sondages")),
        page("/sondages/57-marche-forain", "Le marché forain : quel jour ?", m.form(
            "/sondages/57/vote", m.field("radio", "answer", "Quel jour préférez-vous pour le marché forain ?",
                                         options=["Mercredi matin (actuel)", "Samedi matin", "Dimanche matin"]), "Voter", cls="idc-poll"),
             {"poll"}, parent=("Sondages", "/sondages")),
        # a closed poll: results only
        page("/sondages/49-sens-de-circulation", "Sens de circulation rue Leconte-Delisle", m.prose(
            "Sondage terminé le 15 janvier. Résultats : sens unique montant 54 %, double sens 46 %."),
             decoys={"poll"}, parent=("Sondages", "/sondages")),
        page("/signalements", "Signaler un problème", m.prose("Éclairage, voirie, propreté : signalez-le aux services de la commune.")
             + m.form("/signalements", m.field("select", "report[category]", "Catégorie", options=["Éclairage", "Voirie", "Déchets", "Autre"])
                      + m.field("text", "report[address]", "Lieu", required=True)
                      + m.field("textarea", "report[description]", "Description", required=True)
                      + m.field("email", "report[email]", "Votre courriel"), "Envoyer le signalement", cls="idc-form"),
             {"contact_form"}),
        page("/connexion", "Connexion", m.form("/connexion", m.field("email", "email", "Adresse e-mail")
                                               + m.field("password", "password", "Mot de passe"), "Se connecter"),
             decoys={"contact_form"}),
    ]
    return Site(SAINTE_LUCIE_IDC, "vendor", "Sainte-Lucie-des-Hauts", pages,
                menu=[("Accueil", "/"), ("Idées", "/idees"), ("Sondages", "/sondages"), ("Signalements", "/signalements")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"id-city"}))


def sainte_lucie():
    return City("99857", "Sainte-Lucie-des-Hauts", 22_610, "974", "04", "La Réunion", f"http://{SAINTE_LUCIE}/",
                [_sainte_lucie_www(), _sainte_lucie_idcity()],
                decoy_accounts=("https://www.facebook.com/hautsdeliletourisme", "https://www.instagram.com/hautsdeliletourisme"))


# =====================================================================================================
# 99858 Roubiac-Mirmande (Vaucluse): an Inovagora-like CMS, a vendor e-démarches portal, a Consultvox space
# with the participatory budget under a local brand, and a phpBB board of the residents.
# =====================================================================================================

ROUBIAC = "www.roubiac-mirmande.fr"
ROUBIAC_DEM = "demarches.roubiac-mirmande.fr"
ROUBIAC_CV = "roubiacmirmande.consultvox.co"
ROUBIAC_FORUM = "forum.roubiac-mirmande.fr"
_RD = f"http://{ROUBIAC_DEM}"
_RC = f"http://{ROUBIAC_CV}"
_REP = "/dialog/roubiac-en-projets-2025"


def _roubiac_www():
    news = [("/fr/actualites/1500/forum-emploi", "Forum de l'emploi", "4 mars 2025", "Le 20 mars à la salle Mistral."),
            ("/fr/actualites/1501/concertation-ligne-de-bus", "Ligne de bus n° 3 : concertation", "12 mars 2025", "Donnez votre avis."),
            ("/fr/actualites/1502/recensement", "Recensement 2025", "6 janvier 2025", "Jusqu'au 22 février."),
            ("/fr/rb/1204/budget-participatif", "Roubiac en projets : votez !", "1er mars 2025", "Le vote est ouvert.")]
    pages = [
        page("/", "Accueil", _home(
            ["Roubiac-Mirmande, entre Ventoux et Luberon : le site officiel de la ville."],
            [(f"{_RD}/", "E-démarches"), ("/fr/rb/1201/democratie-participative", "Démocratie participative"),
             ("/fr/rb/1500/contact", "Contact"), ("/fr/rb/1300/conseil-municipal", "Conseil municipal"),
             ("/fr/rb/1301/budget-primitif-2025", "Budget 2025"), ("/fr/rb/1302/appels-a-projets-associations", "Associations"),
             ("/fr/rb/1400/participation-citoyenne-gendarmerie", "Sécurité"), (f"{_RC}/", "Roubiac participe"),
             (f"http://{ROUBIAC_FORUM}/", "Forum des habitants")],
            news, [("27", "mars", "CIQ du Plan – assemblée générale", "Salle Mistral")])),
        page("/fr/rb/1201/democratie-participative", "Démocratie participative", m.prose(
            "La ville associe les Roubiacois aux décisions : conseils de quartier, comités d'intérêt de quartier (CIQ), "
            "budget participatif « Roubiac en projets », droit de pétition, concertations en ligne sur Roubiac participe.")
             + m.related([("/fr/rb/1202/conseils-de-quartier", "Les conseils de quartier"), ("/fr/rb/1203/comites-d-interet-de-quartier", "Les CIQ"),
                          ("/fr/rb/1204/budget-participatif", "Roubiac en projets"), ("/fr/rb/1205/droit-de-petition", "Le droit de pétition"),
                          ("/fr/rb/1206/forum-des-habitants", "Le forum des habitants")]), {"participation_displayed"}),
        page("/fr/rb/1202/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Six conseils de quartier, présidés par un habitant, sont consultés sur les projets d'aménagement et proposent "
            "des actions. Leurs réunions sont ouvertes au public."),
             {"participation_displayed"}, parent=("Démocratie participative", "/fr/rb/1201/democratie-participative")),
        page("/fr/rb/1203/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier", m.prose(
            "Associations d'habitants, les CIQ sont des interlocuteurs reconnus de la ville : une rencontre avec le maire a "
            "lieu chaque semestre dans chaque quartier."),
             {"participation_displayed"}, parent=("Démocratie participative", "/fr/rb/1201/democratie-participative")),
        # the city's page of its budget under a local brand, vote open on the platform
        page("/fr/rb/1204/budget-participatif", "Roubiac en projets, le budget participatif", m.prose(
            "250 000 € pour les idées des habitants. Cette année, 31 projets ont été retenus après étude : le vote est "
            f"ouvert jusqu'au 31 mars sur <a href='{_RC}{_REP}'>Roubiac participe</a>."),
             {"participatory_budget", "participation_displayed"},
             parent=("Démocratie participative", "/fr/rb/1201/democratie-participative")),
        # the city's right of petition and the way to file one (on its e-services portal)
        page("/fr/rb/1205/droit-de-petition", "Le droit de pétition", m.prose(
            "Une pétition signée par 1 000 habitants de plus de 16 ans peut demander l'inscription d'une question à l'ordre "
            f"du jour du conseil municipal. Déposez votre pétition grâce au <a href='{_RD}/demarche/petition-citoyenne'>"
            "formulaire en ligne</a> ; elle sera ouverte aux signatures après examen de sa recevabilité."),
             {"petition", "participation_displayed"}, parent=("Démocratie participative", "/fr/rb/1201/democratie-participative")),
        # the city's page about the residents' board: it leads there, it is not the board
        page("/fr/rb/1206/forum-des-habitants", "Le forum des habitants", m.prose(
            "Le forum des habitants est un espace de discussion libre entre Roubiacois, modéré par la ville. "
            f"<a href='http://{ROUBIAC_FORUM}/'>Accéder au forum</a>"),
             decoys={"forum"}, parent=("Démocratie participative", "/fr/rb/1201/democratie-participative")),
        page("/fr/rb/1300/conseil-municipal", "Le conseil municipal", m.prose(
            "Prochaine séance publique : jeudi 27 mars à 18 h. Ordre du jour : budget primitif, subventions aux associations.")
             + m.doc_list([("Ordre du jour", "30 Ko"), ("Procès-verbal du 19 décembre", "350 Ko")]),
             decoys={"participation_displayed"}),
        page("/fr/rb/1301/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 (58 M€) a été voté le 27 mars ; il prévoit 14 M€ d'investissements.")
             + m.doc_list([("Note de présentation brève et synthétique", "600 Ko")]), decoys={"participatory_budget"}),
        page("/fr/rb/1302/appels-a-projets-associations", "Appels à projets pour les associations", m.prose(
            "Politique de la ville, sport, culture : les appels à projets 2025 sont ouverts aux associations jusqu'au "
            "31 janvier. Les dossiers de subvention se déposent sur le portail des démarches."), decoys={"suggestion_call"}),
        page("/fr/rb/1400/participation-citoyenne-gendarmerie", "Participation citoyenne", m.prose(
            "Le protocole « participation citoyenne » signé avec la gendarmerie permet à des habitants référents de "
            "signaler les faits suspects. Vingt référents sont en place."), decoys={"participation_displayed", "territorial_social_network"}),
        page("/fr/actualites/1500/forum-emploi", "Forum de l'emploi", m.prose(
            "Le forum de l'emploi se tient le 20 mars à la salle Mistral : 40 employeurs du bassin, ateliers CV."), decoys={"forum"}),
        # a news item whose subject is a concertation: it presents how residents are consulted
        page("/fr/actualites/1501/concertation-ligne-de-bus", "Ligne de bus n° 3 : concertation", m.prose(
            "Le nouveau tracé de la ligne 3 est soumis à concertation jusqu'au 15 avril : réunion publique le 2 avril et "
            f"questionnaire en ligne sur <a href='{_RC}/dialog/questionnaire-eclairage-public'>Roubiac participe</a>."),
             {"participation_displayed"}),
        page("/fr/actualites/1502/recensement", "Recensement 2025", m.prose(
            "Le recensement se déroule jusqu'au 22 février. Répondez en ligne avec les codes remis par l'agent recenseur."),
             decoys={"poll"}),
        page("/fr/rb/1500/contact", "Contact", m.prose(
            "Hôtel de ville, cours Mirabeau. Téléphone : 04 90 00 00 00. "
            f"Pour écrire à la mairie, utilisez le <a href='{_RD}/demarche/contacter-la-mairie'>formulaire en ligne</a> "
            "ou <a href='mailto:mairie@roubiac-mirmande.fr'>mairie@roubiac-mirmande.fr</a>."), decoys={"contact_form"}),
    ]
    return Site(ROUBIAC, "vendor", "Ville de Roubiac-Mirmande", pages,
                menu=[("Ma ville", "/fr/rb/1300/conseil-municipal"), ("Participer", "/fr/rb/1201/democratie-participative"),
                      ("E-démarches", f"{_RD}/"), ("Contact", "/fr/rb/1500/contact")],
                accounts=[social("facebook", "RoubiacMirmande"), social("x", "roubiacmirmande", "https://x.com/RoubiacMirmande"),
                          social("instagram", "roubiacmirmande"), social("youtube", "roubiacmirmande")],
                address="Hôtel de ville, cours Mirabeau, 84000 Roubiac-Mirmande")


def _roubiac_demarches():
    def teleservice(action, fields, submit="Envoyer"):
        return m.form(action, "".join(m.field(k, n, label, cls="ts-field", required=True) for k, n, label in fields)
                      + m.rgpd(), submit, cls="ts-form teleservice")

    pages = [
        page("/", "Mes démarches en ligne", m.prose("Toutes les démarches de la ville, accessibles avec ou sans compte.")
             + m.related([("/demarche/contacter-la-mairie", "Contacter la mairie"), ("/demarche/petition-citoyenne", "Déposer une pétition"),
                          ("/demarche/reservation-salle", "Réserver une salle"), ("/demarche/paiement-factures", "Payer une facture"),
                          ("/demarche/inscription-restauration-scolaire", "Restauration scolaire")], "Catalogue")),
        page("/demarche/contacter-la-mairie", "Contacter la mairie", teleservice("/demarche/contacter-la-mairie", [
            ("text", "ts[nom]", "Nom"), ("email", "ts[courriel]", "Courriel"), ("text", "ts[objet]", "Objet"),
            ("textarea", "ts[message]", "Message")]), {"contact_form"}),
        page("/demarche/petition-citoyenne", "Déposer une pétition citoyenne", m.prose(
            "Après dépôt, la pétition est examinée puis ouverte aux signatures pendant quatre mois.")
             + teleservice("/demarche/petition-citoyenne", [("text", "ts[nom]", "Nom du porteur"), ("email", "ts[courriel]", "Courriel"),
                                                           ("text", "ts[titre]", "Titre de la pétition"),
                                                           ("textarea", "ts[texte]", "Texte et demande adressée au conseil municipal")],
                           "Déposer la pétition"), {"petition", "contact_form"}),
        page("/demarche/reservation-salle", "Réserver une salle", teleservice("/demarche/reservation-salle", [
            ("date", "ts[date]", "Date"), ("text", "ts[salle]", "Salle"), ("email", "ts[courriel]", "Courriel")], "Réserver"),
             decoys={"contact_form"}),
        page("/demarche/paiement-factures", "Payer une facture", teleservice("/demarche/paiement-factures", [
            ("text", "ts[reference]", "Référence"), ("text", "ts[montant]", "Montant")], "Payer en ligne"), decoys={"contact_form"}),
        page("/demarche/inscription-restauration-scolaire", "Inscription à la restauration scolaire", teleservice(
            "/demarche/inscription-restauration-scolaire", [("text", "ts[enfant]", "Nom de l'enfant"), ("text", "ts[ecole]", "École"),
                                                            ("email", "ts[courriel]", "Courriel")], "Inscrire"),
             decoys={"contact_form"}),
        page("/mon-compte/connexion", "Connexion", m.form("/mon-compte/connexion", m.field("email", "login", "Identifiant")
                                                          + m.field("password", "password", "Mot de passe"), "Se connecter"),
             decoys={"contact_form"}),
    ]
    return Site(ROUBIAC_DEM, "vendor", "Roubiac-Mirmande – e-démarches", pages,
                menu=[("Accueil", "/"), ("Contact", "/demarche/contacter-la-mairie"), ("Site de la ville", f"http://{ROUBIAC}/")],
                accounts=[social("facebook", "RoubiacMirmande")],
                address="Hôtel de ville, cours Mirabeau, 84000 Roubiac-Mirmande")


def _roubiac_consultvox():
    pb = {"participatory_budget"}
    idea = f"{_REP}/idee/87-aire-de-jeux-inclusive"

    def ideas(items):
        return '<div class="cv-ideas">' + "".join(
            f'<article class="cv-idea"><h3><a href="{h}">{t}</a></h3><p class="cv-idea__meta">{meta}</p>'
            f'<button class="cv-btn cv-btn--vote">Voter</button></article>' for h, t, meta in items) + "</div>"

    pages = [
        page("/", "Roubiac participe", m.prose("La plateforme de participation citoyenne de Roubiac-Mirmande.")
             + m.related([(_REP, "Roubiac en projets 2025 – vote en cours"), ("/dialog/questionnaire-eclairage-public", "Questionnaire"),
                          ("/dialog/boite-a-idees", "Boîte à idées"), ("/dialog/roubiac-en-projets-2024", "Édition 2024"),
                          ("/blog/2211/compte-rendu-atelier-centre-ancien", "Atelier centre ancien : le compte rendu")], "Les dialogues"),
             {"participation_displayed"}),
        page(_REP, "Roubiac en projets 2025", m.prose(
            "Merci pour vos 112 idées ! 31 projets ont été jugés recevables : à vous de voter, jusqu'à trois projets par personne.")
             + m.steps([("Dépôt des idées", "01/10/2024 → 30/11/2024"), ("Étude de recevabilité", "01/12/2024 → 28/02/2025"),
                        ("Vote", "01/03/2025 → 31/03/2025"), ("Annonce des lauréats", "avril 2025")], 2, cls="cv-phases")
             + ideas([(idea, "Une aire de jeux inclusive au parc Mistral", "Quartier du Plan · 35 000 €")])
             + f'<p><a href="{_REP}?page=2">Page suivante</a> · <a href="/page/reglement-du-budget-participatif">Règlement</a></p>', pb),
        page(f"{_REP}?page=2", "Roubiac en projets 2025 – page 2", ideas([
            (idea, "Une aire de jeux inclusive au parc Mistral", "Quartier du Plan · 35 000 €"),
            (_REP, "Des fontaines à eau sur le cours", "Centre · 18 000 €")]), pb, parent=("Roubiac en projets 2025", _REP)),
        page(idea, "Une aire de jeux inclusive au parc Mistral", m.prose(
            "Des jeux accessibles aux enfants en fauteuil : balançoire nid, tourniquet au sol, panneaux sensoriels.")
             + '<button class="cv-btn cv-btn--vote">Voter pour ce projet</button>'
             + '<section class="cv-comments"><h2>Commentaires (2)</h2><div class="cv-comment"><strong>Sabine</strong><p>Enfin !</p></div>'
               '<div class="cv-comment"><strong>Rémi</strong><p>Pensez aux parents aussi, des bancs à l\'ombre.</p></div>'
               '<form class="cv-comment-form" action="/comment/add" method="post"><textarea name="comment" aria-label="Commentaire">'
               '</textarea><button type="submit">Envoyer</button></form></section>' + m.share(f"{_RC}{idea}"),
             pb | {"comments"}, decoys={"contact_form", "social_account"}, parent=("Roubiac en projets 2025", _REP)),
        page("/page/reglement-du-budget-participatif", "Règlement du budget participatif", m.prose(
            "Article 1 – Tout habitant de plus de 11 ans peut déposer une idée et voter.",
            "Article 2 – Les projets relèvent de l'investissement et ne dépassent pas 50 000 €.",
            "Article 3 – Le comité de suivi, composé d'habitants tirés au sort, vérifie la recevabilité."), pb),
        # a past edition: the budget exists, its vote is over
        page("/dialog/roubiac-en-projets-2024", "Roubiac en projets 2024", m.prose(
            "Édition terminée. 2 870 votes, 8 projets lauréats dont le jardin de la Calade et l'ombrage de la cour de "
            "l'école Daudet."), pb),
        page("/dialog/questionnaire-eclairage-public", "Questionnaire : l'éclairage public et la ligne 3", m.prose(
            "Extinction nocturne, nouveau tracé de bus : donnez votre avis.")
             + m.form("/dialog/questionnaire-eclairage-public/answer",
                      m.field("radio", "answers[1]", "Êtes-vous favorable à l'extinction de l'éclairage de 1 h à 5 h ?", options=["Oui", "Non", "Sans avis"])
                      + m.field("radio", "answers[2]", "Le nouveau tracé de la ligne 3 vous convient-il ?", options=["Oui", "Non"]),
                      "Valider mes réponses", cls="cv-survey"), {"poll"}),
        page("/dialog/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour la ville en dehors du budget participatif ? Publiez-la ici ; la ville répond chaque mois.")
             + m.form("/dialog/boite-a-idees/new", m.field("text", "title", "Titre") + m.field("textarea", "body", "Votre idée"),
                      "Publier", cls="cv-idea-form"), {"suggestion_call"}, decoys={"contact_form"}),
        page("/blog/2211/compte-rendu-atelier-centre-ancien", "Atelier centre ancien : le compte rendu", m.prose(
            "Quarante habitants ont participé le 8 février à l'atelier sur la rénovation du centre ancien : priorités, "
            "circulation, végétalisation. Leurs propositions seront intégrées au projet présenté en juin."),
             {"participation_displayed"}),
        page("/login", "Se connecter", m.form("/login", m.field("email", "email", "Courriel") + m.field("password", "password", "Mot de passe"),
                                              "Connexion"), decoys={"contact_form"}),
    ]
    return Site(ROUBIAC_CV, "vendor", "Roubiac participe", pages,
                menu=[("Accueil", "/"), ("Budget participatif", _REP), ("Boîte à idées", "/dialog/boite-a-idees")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"Consultvox"}))


def _roubiac_forum():
    board = {"forum"}
    topics2 = [("/viewtopic.php?t=41", "Travaux du cours : combien de temps encore ?", "mistral84", "10 mars 2025", 12, 340),
               ("/viewtopic.php?t=38", "Les CIQ, ça sert à quoi ?", "lou_cigalou", "2 février 2025", 7, 188)]
    topics3 = [("/viewtopic.php?t=44", "Donne bois de chauffage", "papet", "14 mars 2025", 2, 61)]
    pages = [
        page("/", "Index du forum", m.phpbb_forums([
            ("/viewforum.php?f=2", "Vie des quartiers", "Travaux, circulation, propreté : parlons-en.", 48, 415, "mistral84"),
            ("/viewforum.php?f=3", "Entraide et petites annonces", "Dons, prêts, coups de main.", 22, 97, "papet")]), board),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, topics2), board),
        page("/viewforum.php?f=3", "Entraide et petites annonces", m.phpbb_topics(3, topics3), board),
        page("/viewtopic.php?t=41", "Travaux du cours : combien de temps encore ?", m.phpbb_posts(41, 2, [
            ("Travaux du cours : combien de temps encore ?", "mistral84", "10 mars 2025", "<p>Ça fait trois mois que les commerçants souffrent.</p>", 211),
            ("Re: Travaux du cours", "annie.r", "10 mars 2025", "<p>D'après la réunion du CIQ, fin prévue en mai.</p>", 34)]), board, decoys={"contact_form"}),
        page("/viewtopic.php?t=38", "Les CIQ, ça sert à quoi ?", m.phpbb_posts(38, 2, [
            ("Les CIQ, ça sert à quoi ?", "lou_cigalou", "2 février 2025", "<p>Nouveau dans la ville, je me demande si ça vaut le coup d'adhérer.</p>", 5),
            ("Re: Les CIQ", "mistral84", "3 février 2025", "<p>Oui, ils rencontrent le maire deux fois par an.</p>", 211)]), board, decoys={"contact_form"}),
        page("/viewtopic.php?t=44", "Donne bois de chauffage", m.phpbb_posts(44, 3, [
            ("Donne bois de chauffage", "papet", "14 mars 2025", "<p>Deux stères de chêne à venir chercher au Plan.</p>", 19)]), board, decoys={"contact_form"}),
    ]
    return Site(ROUBIAC_FORUM, "phpbb", "Forum des Roubiacois", pages, features=frozenset({"forum"}))


def roubiac():
    return City("99858", "Roubiac-Mirmande", 51_320, "84", "93", "Provence-Alpes-Côte d'Azur", f"http://{ROUBIAC}/",
                [_roubiac_www(), _roubiac_demarches(), _roubiac_consultvox(), _roubiac_forum()])


# =====================================================================================================

_LAYOUTS = {BREVALON: m.stratis, SARCENAY: m.ametys, AUZONNE: m.kosmos, ROUBIAC: m.inovagora, ROUBIAC_DEM: m.edemarches,
            PLOUZEVAN_FLUI: m.fluicity, SARCENAY_JP: m.jenparle, SAINTE_LUCIE_IDC: m.idcity, ROUBIAC_CV: m.consultvox,
            AUZONNE_VOISINS: m.voisins_maison}
_CITIES = None


def cities():
    global _CITIES
    if _CITIES is None:
        _CITIES = [brevalon(), vaureges(), ardelanche(), plouzevan(), sarcenay(), auzonne(), sainte_lucie(), roubiac()]
    return list(_CITIES)


def hosts():
    """The hosts rendered by this part's own layouts (vendor CMSs and platforms the built-in themes do not cover)."""
    sites = {site.host: site for city in cities() for site in city.sites}
    return {host: m.layout_host(sites[host], layout) for host, layout in _LAYOUTS.items()}
