"""Holdout part "rias": eight communes seen just after the 2026 municipal elections. A new mandate launches or
renames its participation (assises, a charter drafted with residents, citizens' councils drawn by lot, a
priorities questionnaire, a first participatory budget announced, a new idea box, a right of petition) next to the
previous mandate's schemes closed, renamed or archived; with their lookalikes (election results, delegations,
council agendas, budget primitif, census, tenders and grant calls, the gendarmerie's scheme, forums that are events)."""
from ..site import City, Site, page, social
from . import rias_markup as m

A = m  # short alias in page bodies

DECIDIM, CONSUL, CAPCO, GOVOCAL, CUSTOM = "decidim", "consul", "capcollectif", "govocal", "custom"
PLATFORM = frozenset({"participatory_platform"})
NETWORK = frozenset({"territorial_social_network"})
FORUM = frozenset({"forum"})


# ================================================================================================
# 99271 Pors-Menhir (Finistère): WordPress, and a Decidim instance for the new mandate's assises
# ================================================================================================

def pors_menhir() -> City:
    host = "www.pors-menhir.bzh"
    dec = "participer.pors-menhir.bzh"
    teasers = [
        ("/actualites/nouveau-mandat-premiers-chantiers/", "Nouveau mandat : les premiers chantiers", "2 avril 2026",
         "Voirie du port, école de Kerlaz, vie des quartiers : la nouvelle équipe présente ses cent premiers jours."),
        ("/participer/assises-de-la-participation/", "Assises de la participation : à vous la parole", "28 avril 2026",
         "Trois soirées d'ateliers pour redéfinir ensemble la place des habitants dans les décisions."),
        ("/actualites/recensement-2026/", "Recensement : merci aux agents recenseurs", "3 mars 2026",
         "La collecte de l'INSEE s'est achevée le 21 février."),
        ("/actualites/sondage-marche-resultats/", "Marché du dimanche : les résultats du sondage", "12 janvier 2026",
         "Vous avez été 640 à répondre. Le marché restera sur le quai."),
    ]
    events = [("/ma-mairie/conseil-municipal/", "Conseil municipal", "Jeudi 28 mai, 18 h 30", "Salle du conseil"),
              ("/participer/assises-de-la-participation/", "Atelier des assises n° 2", "Mardi 2 juin, 19 h", "Salle Ti Ar Vro"),
              ("/vivre/associations/forum-des-associations/", "Forum des associations", "Samedi 5 septembre", "Complexe de Kerlaz")]
    news_side = m.news(teasers[:2], "À la une", "side-news")
    P = []
    P.append(page("/", "Accueil", m.home(
        "Bienvenue à Pors-Menhir, commune littorale du Pays bigouden. Retrouvez vos démarches, l'actualité du nouveau "
        "conseil municipal et les rendez-vous de la participation.",
        [("/participer/", "Pors-Menhir en partage"), ("/contact/", "Contacter la mairie"), ("/vivre/sport/piscine-reservation/", "Réserver à la piscine"),
         ("/ma-mairie/elections-municipales-2026/", "Élections 2026"), ("/ma-mairie/budget/", "Budget"), ("/vivre/marche/", "Le marché"),
         ("/marches-publics/", "Marchés publics"), ("/newsletter/", "Lettre d'information"),
         ("/vivre/securite/participation-citoyenne/", "Sécurité et tranquillité")], teasers, events)))
    P.append(page("/ma-mairie/elections-municipales-2026/", "Élections municipales des 15 et 22 mars 2026", m.prose(
        "La liste « Pors-Menhir, cap commun » conduite par Maïwenn Le Goff l'a emporté au second tour.",
        "Participation : 61,4 % au premier tour, 63,2 % au second tour.")
        + m.results_table("Second tour — suffrages exprimés", [("Pors-Menhir, cap commun", 54.8), ("Ensemble pour Pors-Menhir", 45.2)],
                          "Résultats proclamés le 22 mars 2026 à 21 h 40.") + m.share(f"http://{host}/ma-mairie/elections-municipales-2026/"),
        decoys={"poll"}, parent=("Ma mairie", "/ma-mairie/conseil-municipal/")))
    P.append(page("/ma-mairie/installation-du-conseil-municipal/", "Installation du conseil municipal et délégations", m.prose(
        "Le conseil municipal s'est réuni le 28 mars pour élire la maire et ses huit adjoints.",
        "Délégations : finances et budget ; écoles ; urbanisme et littoral ; vie associative et sport ; "
        "participation citoyenne et vie des quartiers ; culture et langue bretonne ; solidarités ; travaux.")
        + m.bullets("Maïwenn Le Goff, maire", "Yann Cariou, 1er adjoint, finances", "Soizic Tanguy, adjointe à la participation citoyenne et à la vie des quartiers",
                    "Erwan Le Berre, conseiller délégué au port"),
        decoys={"participation_displayed"}, parent=("Ma mairie", "/ma-mairie/conseil-municipal/")))
    # the council's agenda lists a deliberation on participation: the council's own agenda, not the approach
    P.append(page("/ma-mairie/conseil-municipal/", "Conseil municipal : séances et comptes rendus", m.prose(
        "Les séances sont publiques. L'ordre du jour est affiché en mairie cinq jours francs avant la séance.")
        + m.section("Séance du 28 mai 2026 — ordre du jour", "1. Budget primitif 2026 ; 2. Tarifs du port de plaisance ; "
                    "3. Création des assises de la participation et d'un comité de suivi ; 4. Subventions aux associations.")
        + m.docs(("Procès-verbal de la séance du 28 mars 2026", "412 Ko"), ("Procès-verbal de la séance du 9 avril 2026", "380 Ko"))
        + m.links([("/ma-mairie/installation-du-conseil-municipal/", "Installation du conseil et délégations"),
                   ("/ma-mairie/tribunes/", "Tribunes des groupes"), ("/ma-mairie/budget/", "Budget de la commune")]),
        decoys={"participation_displayed"}))
    P.append(page("/ma-mairie/tribunes/", "Expression des groupes du conseil municipal", m.section(
        "Pors-Menhir, cap commun (majorité)", "Nous avons promis d'associer les habitants : les assises commencent ce printemps.")
        + m.section("Ensemble pour Pors-Menhir (opposition)",
                    "Le budget citoyen que nous avions créé est mis en sommeil. Nous demandons qu'une nouvelle édition soit "
                    "inscrite au budget dès 2027 plutôt que des réunions sans fin."),
        decoys={"participatory_budget"}, parent=("Ma mairie", "/ma-mairie/conseil-municipal/")))
    P.append(page("/ma-mairie/budget/", "Budget primitif 2026 et débat d'orientation budgétaire", m.prose(
        "Le budget primitif 2026 a été voté le 28 mai : 21,7 M€ en fonctionnement, 6,3 M€ en investissement.",
        "Le débat d'orientation budgétaire du 9 avril a fixé trois priorités : écoles, voirie du port, rénovation énergétique.")
        + m.docs(("Rapport d'orientation budgétaire 2026", "1,2 Mo"), ("Budget primitif 2026 — présentation brève et synthétique", "640 Ko"),
                 ("Compte administratif 2025", "980 Ko")), decoys={"participatory_budget"}))
    P.append(page("/participer/", "Pors-Menhir en partage", m.prose(
        "Pors-Menhir en partage, c'est la démarche de démocratie locale du nouveau mandat : donner aux habitants un rôle "
        "dans les projets qui les concernent, de la rue au littoral.",
        "Elle remplace le « Budget citoyen » et les réunions publiques du mandat précédent, dont vous trouverez les archives ci-dessous.")
        + m.section("Ce qui commence", "Les assises de la participation (mai-juin 2026), la rédaction d'une charte avec les habitants, "
                    "le renouvellement des conseils de quartier et une boîte à idées.")
        + m.links([("/participer/assises-de-la-participation/", "Les assises de la participation"),
                   ("/participer/charte-de-la-participation/", "La charte, écrite avec vous"),
                   ("/participer/conseils-de-quartier/", "Les conseils de quartier"),
                   ("/participer/boite-a-idees/", "La boîte à idées"),
                   ("/participer/budget-citoyen-archives/", "Archives : le Budget citoyen 2022-2025"),
                   (f"http://{dec}/", "La plateforme participer.pors-menhir.bzh")]),
        {"participation_displayed"}, decoys={"participatory_platform"}))
    # a registration form for the workshops: a booking of a seat, no message to write
    P.append(page("/participer/assises-de-la-participation/", "Les assises de la participation", m.prose(
        "Trois ateliers ouverts à tous pour dire comment vous souhaitez être associés aux décisions municipales : "
        "consultations, réunions de quartier, budget participatif, instances citoyennes.",
        f"Les contributions en ligne se font sur <a href=\"http://{dec}/processes/assises-2026\">la plateforme des assises</a>.")
        + m.steps([("Ateliers de quartier", "19 mai - 9 juin"), ("Contributions en ligne", "jusqu'au 30 juin"), ("Restitution publique", "septembre 2026")], "Ateliers de quartier")
        + m.booking("/participer/assises-de-la-participation/#inscription", ["Atelier 1 — 19 mai, Kerlaz", "Atelier 2 — 2 juin, centre", "Atelier 3 — 9 juin, le port"], "atelier"),
        {"participation_displayed"}, decoys={"contact_form"}, parent=("Participer", "/participer/")))
    P.append(page("/participer/charte-de-la-participation/", "Une charte de la participation écrite avec vous", m.prose(
        "La charte fixera les règles du jeu : quand la commune consulte, comment elle rend compte, quels moyens elle donne aux instances.",
        "Un groupe de vingt habitants volontaires et d'élus en rédige le texte cet été ; chacun pourra l'amender en ligne en septembre.")
        + m.steps([("Groupe de rédaction", "juin - août"), ("Amendements en ligne", "septembre"), ("Adoption en conseil", "novembre 2026")]),
        {"participation_displayed"}, parent=("Participer", "/participer/")))
    # the call is for volunteers to sit on the councils: an appel à candidatures, not a call for ideas
    P.append(page("/participer/conseils-de-quartier/", "Les conseils de quartier", m.prose(
        "Cinq conseils de quartier (Kerlaz, Centre, Le Port, Pen ar Prat, Saint-Tudy) réunissent habitants, associations et élus référents.",
        "Après les élections, les conseils sont renouvelés : les candidatures d'habitants volontaires sont reçues jusqu'au 15 juin, "
        "un tirage au sort complète chaque collège.")
        + m.links([("/participer/conseils-de-quartier/kerlaz/", "Conseil de quartier de Kerlaz")]),
        {"participation_displayed"}, decoys={"suggestion_call"}, parent=("Participer", "/participer/")))
    P.append(page("/participer/conseils-de-quartier/kerlaz/", "Conseil de quartier de Kerlaz", m.prose(
        "Élue référente : Soizic Tanguy. Prochaine réunion publique : mardi 16 juin, 18 h 30, école de Kerlaz.")
        + m.section("Compte rendu de la réunion du 14 avril", "Sécurisation de la sortie d'école, entretien du chemin côtier, "
                    "projet de jardin partagé : les habitants présents ont classé ces sujets par priorité."),
        {"participation_displayed"}, parent=("Conseils de quartier", "/participer/conseils-de-quartier/")))
    # past editions of the city's participatory budget: residents proposed and voted; the codebook excludes
    # only the ordinary budget, so the archive still presents a participatory budget
    P.append(page("/participer/budget-citoyen-archives/", "Archives : le Budget citoyen 2022-2025", m.prose(
        "De 2022 à 2025, le Budget citoyen a consacré 80 000 € par an à des projets proposés puis votés par les habitants.",
        "Le dispositif est suspendu pendant les assises ; ses suites seront décidées à l'automne.")
        + m.section("Lauréats de l'édition 2024", "Trois projets ont été retenus après le vote de 1 130 habitants.")
        + m.project_cards([("Abri à vélos à la gare routière", "Centre", "18 000", 402), ("Boîte à livres du quai", "Le Port", "3 500", 377),
                           ("Verger partagé de Pen ar Prat", "Pen ar Prat", "24 000", 351)])
        + m.links([(f"http://{dec}/processes/budget-citoyen-2024", "Consulter l'édition 2024 sur la plateforme (lecture seule)")]),
        {"participatory_budget"}, parent=("Participer", "/participer/")))
    # an idea box: a form to send the city an idea, a free-text message as well
    P.append(page("/participer/boite-a-idees/", "La boîte à idées", m.prose(
        "Une idée pour votre rue, votre quartier, la commune ? Déposez-la ici : chaque idée reçoit une réponse d'un élu sous un mois.")
        + m.cf7("/participer/boite-a-idees/", 207, ("Cadre de vie", "Mobilités", "Enfance et jeunesse", "Culture", "Autre idée")),
        {"suggestion_call", "contact_form"}, parent=("Participer", "/participer/")))
    P.append(page("/actualites/nouveau-mandat-premiers-chantiers/", "Nouveau mandat : les premiers chantiers", m.prose(
        "Voirie du port, école de Kerlaz, vie des quartiers : la nouvelle équipe présente ses cent premiers jours.",
        "Le budget participatif du mandat précédent est suspendu le temps des assises ; une boîte à idées est ouverte en attendant.")
        + m.wp_comments([("Gwen", "3 avril 2026", "Et le parking de la plage, il est dans les cent jours ?"),
                         ("Mairie de Pors-Menhir", "4 avril 2026", "Une réunion est prévue avec les riverains en mai.")], 311)
        + m.share(f"http://{host}/actualites/nouveau-mandat-premiers-chantiers/"),
        {"comments"}, decoys={"participatory_budget", "suggestion_call"}))
    P.append(page("/actualites/sondage-marche-resultats/", "Marché du dimanche : les résultats du sondage", m.prose(
        "Le sondage mis en ligne cet hiver est terminé : merci aux 640 participants.")
        + m.wp_polls_results(4, "Où préférez-vous le marché du dimanche ?", [("Sur le quai", 58, 371), ("Place de l'église", 35, 224), ("Sans avis", 7, 45)], 640),
        decoys={"poll"}))
    P.append(page("/actualites/recensement-2026/", "Recensement de la population 2026", m.prose(
        "L'enquête annuelle de recensement de l'INSEE s'est déroulée du 15 janvier au 21 février. "
        "Un habitant sur huit a reçu un questionnaire ; la réponse en ligne a dépassé 70 %.",
        "Les chiffres de population légale seront publiés par l'INSEE en décembre."), decoys={"poll"}))
    # the gendarmerie's watch scheme, called "participation citoyenne": neither the city's participatory approach nor a network
    P.append(page("/vivre/securite/participation-citoyenne/", "Dispositif « participation citoyenne »", m.prose(
        "La commune a signé avec la gendarmerie et la préfecture un protocole « participation citoyenne » : des habitants référents "
        "signalent aux gendarmes les faits inhabituels dans leur quartier.",
        "Pour devenir référent, adressez-vous à la brigade de gendarmerie de Pont-l'Abbé."),
        decoys={"participation_displayed", "territorial_social_network"}))
    P.append(page("/vivre/associations/forum-des-associations/", "Forum des associations", m.prose(
        "Le forum des associations aura lieu le samedi 5 septembre au complexe de Kerlaz, de 10 h à 17 h.",
        "Soixante associations sportives, culturelles et solidaires y présenteront leurs activités."), decoys={"forum"}))
    P.append(page("/vivre/sport/piscine-reservation/", "Piscine Aqua'Menhir : réserver un créneau", m.prose(
        "Les créneaux d'aquagym et de nage libre se réservent en ligne, sept jours à l'avance.")
        + m.booking("/vivre/sport/piscine-reservation/", ["Lundi 12 h - 13 h 30", "Mercredi 18 h - 19 h", "Samedi 10 h - 12 h"]),
        decoys={"contact_form"}))
    P.append(page("/vivre/marche/", "Les marchés", m.with_aside(m.prose(
        "Marché du dimanche sur le quai, de 8 h à 13 h ; marché bio le mercredi après-midi place de l'église.",
        "La commune réfléchit à un marché nocturne en juillet et août et demande l'avis des habitants."),
        m.wp_polls(9, "Souhaitez-vous un marché nocturne l'été ?", ["Oui, chaque semaine", "Oui, deux fois par été", "Non"]) + news_side),
        {"poll"}))
    P.append(page("/marches-publics/", "Marchés publics et appels à candidatures", m.prose(
        "Les consultations en cours sont publiées sur la plateforme régionale des marchés publics.")
        + m.bullets("Appel d'offres : réfection de la cale du port — remise des offres le 19 juin",
                    "Appel à candidatures : occupation du kiosque de plage, saison 2026",
                    "Recrutement : animateur ou animatrice des conseils de quartier (catégorie B)"),
        decoys={"suggestion_call"}))
    P.append(page("/newsletter/", "Lettre d'information", m.prose("Chaque mois, l'actualité de la commune dans votre boîte aux lettres électronique.")
                  + m.newsletter("/newsletter/"), decoys={"contact_form"}))
    P.append(page("/contact/", "Contacter la mairie", m.prose(
        "Mairie de Pors-Menhir, 1 place de la Mairie. Ouverte du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.")
        + m.cf7("/contact/", 118), {"contact_form"}, decoys={"suggestion_call"}))
    www = Site(host, "wordpress", "Ville de Pors-Menhir", P,
               menu=[("Ma mairie", "/ma-mairie/conseil-municipal/"), ("Participer", "/participer/"), ("Vivre à Pors-Menhir", "/vivre/marche/"),
                     ("Actualités", "/actualites/nouveau-mandat-premiers-chantiers/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDePorsMenhir"), social("instagram", "porsmenhir"),
                         social("mastodon", "porsmenhir@mastodon.bzh", "https://mastodon.bzh/@porsmenhir")],
               address="Mairie, 1 place de la Mairie, 29760 Pors-Menhir")

    D = []
    D.append(page("/", "Participer à Pors-Menhir", m.prose(
        "Bienvenue sur l'espace de participation de la commune. Inscrivez-vous pour proposer, commenter et répondre aux questionnaires.")
        + '<section class="content-block"><h2 class="h2">Processus en cours</h2>'
        + m.decidim_process_card("/processes/assises-2026", "Assises de la participation 2026", "Contributions", "19 mai - 30 juin 2026")
        + m.decidim_process_card("/processes/charte-participation", "Écrire la charte de la participation", "Groupe de rédaction", "juin - novembre 2026")
        + "</section><section class=\"content-block\"><h2 class=\"h2\">Processus terminés</h2>"
        + m.decidim_process_card("/processes/budget-citoyen-2024", "Budget citoyen 2024", "Résultats", "2024", "Processus terminé")
        + "</section>" + m.links([(f"http://{host}/participer/", "Retour au site de la ville")]),
        {"participation_displayed"}))
    D.append(page("/processes/assises-2026", "Assises de la participation 2026", m.prose(
        "Comment voulez-vous participer aux décisions de la commune ? Répondez au questionnaire et proposez vos idées de dispositifs.")
        + m.steps([("Ateliers de quartier", "19 mai - 9 juin"), ("Contributions", "19 mai - 30 juin"), ("Restitution", "septembre")], "Contributions")
        + m.links([("/processes/assises-2026/f/31/surveys", "Questionnaire : vos priorités"),
                   ("/processes/assises-2026/f/32/proposals", "Propositions des habitants")], "component-nav"),
        {"participation_displayed"}, parent=("Processus", "/")))
    D.append(page("/processes/assises-2026/f/31/surveys", "Questionnaire : vos priorités pour le mandat", m.questionnaire(
        "/processes/assises-2026/f/31/surveys/answer",
        "Ce questionnaire est ouvert jusqu'au 30 juin. Il faut être connecté pour y répondre ; vos réponses sont anonymes.",
        [("Quelles décisions devraient associer les habitants ?", "checkbox", ["Aménagement des rues", "Écoles et jeunesse", "Littoral", "Budget", "Culture"]),
         ("Sous quelle forme préférez-vous participer ?", "radio", ["Réunions de quartier", "En ligne", "Tirage au sort", "Budget participatif"]),
         ("Votre quartier", "select", ["Kerlaz", "Centre", "Le Port", "Pen ar Prat", "Saint-Tudy"])],
        cls="answer-questionnaire", button="Envoyer",
        hidden='<input type="hidden" name="authenticity_token" value="dGVzdA" />'),
        {"poll"}, parent=("Assises de la participation 2026", "/processes/assises-2026")))
    D.append(page("/processes/assises-2026/f/32/proposals", "Propositions", m.prose(
        "Proposez un dispositif de participation que la commune pourrait adopter. Les propositions sont ouvertes jusqu'au 30 juin.")
        + m.decidim_proposals([("/processes/assises-2026/f/32/proposals/412", 412, "Un conseil des jeunes dans chaque collège", "Enora L.", 6, "En évaluation"),
                               ("/processes/assises-2026/f/32/proposals/415", 415, "Des permanences d'élus au marché", "Jean-Paul R.", 2, "En évaluation")],
                              "/users/sign_in"),
        {"suggestion_call"}, parent=("Assises de la participation 2026", "/processes/assises-2026")))
    D.append(page("/processes/assises-2026/f/32/proposals/412", "Un conseil des jeunes dans chaque collège", m.prose(
        "Les collégiens n'ont pas d'endroit où donner leur avis. Un conseil par collège, avec un budget, leur donnerait une voix.")
        + m.decidim_comments(412, [("Morgane K.", "21/05/2026", "Bonne idée, à condition que les élèves choisissent eux-mêmes leurs sujets."),
                                   ("Loïc", "22/05/2026", "Il existait un conseil municipal des jeunes jusqu'en 2019.")]),
        {"comments"}, parent=("Propositions", "/processes/assises-2026/f/32/proposals")))
    D.append(page("/processes/assises-2026/f/32/proposals/415", "Des permanences d'élus au marché", m.prose(
        "Une fois par mois, un élu tiendrait un stand au marché du dimanche pour recueillir les questions des habitants.")
        + m.decidim_comments(415, [("Annick", "25/05/2026", "Le stand pourrait aussi présenter les projets en cours.")]),
        {"comments"}, parent=("Propositions", "/processes/assises-2026/f/32/proposals")))
    D.append(page("/processes/charte-participation", "Écrire la charte de la participation", m.prose(
        "Le groupe de rédaction, composé de vingt habitants volontaires et de quatre élus, se réunit de juin à août.",
        "En septembre, le projet de charte sera publié ici : chacun pourra proposer des amendements article par article.")
        + m.steps([("Groupe de rédaction", "juin - août"), ("Amendements", "septembre"), ("Adoption", "novembre")], "Groupe de rédaction"),
        {"participation_displayed"}, parent=("Processus", "/")))
    # a finished process kept read-only: a past edition of the participatory budget, still on a live platform
    D.append(page("/processes/budget-citoyen-2024", "Budget citoyen 2024", m.prose(
        "Ce processus est terminé. Les propositions et les résultats restent consultables ; il n'est plus possible de voter.")
        + m.steps([("Dépôt des projets", "mars - avril 2024"), ("Analyse", "mai - juin 2024"), ("Vote", "septembre 2024"), ("Résultats", "octobre 2024")], "Résultats")
        + m.links([("/processes/budget-citoyen-2024/f/12/budgets", "Résultats du vote")], "component-nav"),
        {"participatory_budget"}, parent=("Processus", "/")))
    D.append(page("/processes/budget-citoyen-2024/f/12/budgets", "Résultats du vote du Budget citoyen 2024", m.prose(
        "1 130 habitants ont voté. Enveloppe : 80 000 €. Projets retenus :")
        + m.project_cards([("Verger partagé de Pen ar Prat", "Pen ar Prat", "24 000", 351), ("Abri à vélos à la gare routière", "Centre", "18 000", 402),
                           ("Boîte à livres du quai", "Le Port", "3 500", 377), ("Table d'orientation de la pointe", "Saint-Tudy", "12 000", 298)], "budget-list__item"),
        {"participatory_budget"}, parent=("Budget citoyen 2024", "/processes/budget-citoyen-2024")))
    dsite = Site(dec, "decidim", "Participer à Pors-Menhir", D,
                 menu=[("Accueil", "/"), ("Processus", "/processes/assises-2026"), ("Aide", "/pages/terms-of-service")],
                 features=PLATFORM, platforms=frozenset({DECIDIM}))
    return City("99271", "Pors-Menhir", 18_400, "29", "53", "Bretagne", f"http://{host}/", [www, dsite])


# ================================================================================================
# 99272 Saint-Jorand-le-Haut (Hérault): Drupal, and a CONSUL Democracy instance "Saint-Jorand décide"
# ================================================================================================

def saint_jorand() -> City:
    host = "www.saint-jorand.fr"
    cons = "decidons.saint-jorand.fr"
    teasers = [
        ("/democratie-participative/budget-participatif", "Un premier budget participatif en 2027", "12 juin 2026",
         "300 000 € pour des projets imaginés par les habitants : le dépôt ouvrira le 1er octobre."),
        ("/democratie-participative/droit-de-petition", "Le droit de pétition, c'est voté", "5 juin 2026",
         "Le conseil municipal a créé un droit de pétition local."),
        ("/actualites/enquete-publique-plu", "Modification du PLU : enquête publique", "20 mai 2026",
         "Le commissaire enquêteur tiendra quatre permanences."),
        ("/actualites/nouveau-mandat", "Le mot du maire", "30 mars 2026", "Merci pour votre confiance."),
    ]
    events = [("/la-mairie/conseil-municipal/seance-du-4-juin-2026", "Séance du conseil municipal", "4 juin, 18 h", "Hôtel de ville"),
              ("/democratie-participative/comites-de-quartier", "Comité de quartier des Garrigues", "11 juin, 18 h 30", "Maison de quartier"),
              ("/actualites/subventions-associations-appel-a-projets", "Date limite des demandes de subvention", "30 septembre", "Service vie associative")]
    P = []
    P.append(page("/", "Accueil", m.home(
        "Saint-Jorand-le-Haut, ville de l'arrière-pays héraultais : services en ligne, actualités et projets de la commune.",
        [("/vie-pratique/inscriptions-scolaires", "Inscriptions scolaires"), ("/vie-pratique/paiement-en-ligne", "Payer une facture"),
         ("/democratie-participative", "Démocratie participative"), ("/la-mairie/vos-elus", "Vos élus"), ("/la-mairie/budget-2026", "Budget 2026"),
         ("/contact", "Nous contacter"), ("/actualites/reseaux-sociaux", "Nos réseaux")], teasers, events)))
    P.append(page("/la-mairie/vos-elus", "Vos élus", m.prose(
        "Le conseil municipal issu des élections de mars 2026 compte 35 membres.")
        + m.bullets("Le maire : Laurent Fabrègues", "1re adjointe, finances : Claire Bousquet",
                    "2e adjoint, démocratie participative et vie des quartiers : Samir Hadjadj",
                    "3e adjointe, éducation : Nadia Rouquette", "Conseillère départementale du canton : Hélène Vidal"),
        decoys={"participation_displayed"}))
    P.append(page("/la-mairie/conseil-municipal/seance-du-4-juin-2026", "Conseil municipal du 4 juin 2026", m.prose(
        "Ordre du jour de la séance publique du jeudi 4 juin 2026 à 18 h.")
        + m.bullets("Approbation du procès-verbal de la séance du 9 avril", "Délibération n° 2026-41 : création d'un droit de pétition local",
                    "Délibération n° 2026-42 : règlement du budget participatif", "Délibération n° 2026-43 : décision modificative n° 1",
                    "Délibération n° 2026-44 : tarifs des séjours d'été")
        + m.docs(("Note de synthèse", "1,8 Mo")),
        decoys={"participation_displayed", "petition", "participatory_budget"}))
    P.append(page("/la-mairie/budget-2026", "Budget 2026", m.prose(
        "Le budget primitif 2026, adopté le 9 avril, s'élève à 58,4 M€. Le débat d'orientation budgétaire a eu lieu le 12 mars.",
        "Principales dépenses d'investissement : groupe scolaire des Oliviers, voirie, vidéoprotection.")
        + m.docs(("Budget primitif 2026", "2,1 Mo"), ("Rapport d'orientation budgétaire", "1,4 Mo")), decoys={"participatory_budget"}))
    P.append(page("/democratie-participative", "Démocratie participative", m.prose(
        "Avec « Saint-Jorand décide », la municipalité élue en 2026 veut associer les habitants aux choix de la ville : "
        "comités de quartier, consultations, budget participatif et droit de pétition.",
        f"Les consultations en ligne, les pétitions et le budget participatif se trouvent sur <a href=\"http://{cons}/\">decidons.saint-jorand.fr</a>, "
        "une plateforme construite avec le logiciel libre CONSUL Democracy.")
        + m.links([("/democratie-participative/budget-participatif", "Le budget participatif"), ("/democratie-participative/droit-de-petition", "Le droit de pétition"),
                   ("/democratie-participative/comites-de-quartier", "Les comités de quartier"), ("/democratie-participative/consultations-passees", "Consultations passées")]),
        {"participation_displayed"}, decoys={"participatory_platform"}))
    # announced, not yet open: the page presents the city's participatory budget, its steps and envelope
    P.append(page("/democratie-participative/budget-participatif", "Budget participatif : première édition en 2027", m.prose(
        "300 000 € du budget d'investissement 2027 seront consacrés à des projets proposés et choisis par les habitants de plus de 12 ans.",
        "Le dépôt des projets n'est pas encore ouvert : il commencera le 1er octobre sur la plateforme.")
        + m.steps([("Dépôt des projets", "1er octobre - 15 novembre 2026"), ("Étude de faisabilité", "décembre 2026 - février 2027"),
                   ("Vote", "mars 2027"), ("Réalisation", "à partir de mai 2027")])
        + m.links([("/democratie-participative/budget-participatif/reglement", "Lire le règlement"), (f"http://{cons}/budgets", "La page du budget sur la plateforme")]),
        {"participatory_budget"}, parent=("Démocratie participative", "/democratie-participative")))
    P.append(page("/democratie-participative/budget-participatif/reglement", "Règlement du budget participatif", m.section(
        "Article 1 — Qui peut proposer ?", "Toute personne habitant ou étudiant à Saint-Jorand, à partir de 12 ans, seule ou en collectif.")
        + m.section("Article 2 — Quels projets ?", "Des dépenses d'investissement d'intérêt général, relevant des compétences de la commune, de 150 000 € au plus.")
        + m.section("Article 3 — Le vote", "Chaque votant choisit trois projets. Les projets les mieux classés sont retenus dans la limite de l'enveloppe."),
        {"participatory_budget"}, parent=("Budget participatif", "/democratie-participative/budget-participatif")))
    # the city's own right of petition, with the place where petitions are filed and signed
    P.append(page("/democratie-participative/droit-de-petition", "Le droit de pétition", m.prose(
        "Par délibération du 4 juin 2026, le conseil municipal a créé un droit de pétition local : toute pétition qui réunit 800 signatures "
        "d'habitants de plus de 16 ans est inscrite à l'ordre du jour d'une séance du conseil.",
        f"Les pétitions se déposent et se signent en ligne sur <a href=\"http://{cons}/proposals\">l'espace « Initiatives et pétitions »</a>, "
        "ou sur papier à l'accueil de la mairie."),
        {"petition"}, parent=("Démocratie participative", "/democratie-participative")))
    P.append(page("/democratie-participative/comites-de-quartier", "Les comités de quartier", m.prose(
        "Six comités de quartier rassemblent des habitants volontaires. Ils donnent leur avis sur les projets d'aménagement et "
        "proposent des actions pour leur quartier.", "Le comité des Garrigues se réunit le 11 juin à la maison de quartier.")
        + m.bullets("Centre ancien", "Les Garrigues", "La Gare", "Les Oliviers", "Mas de Bouisson", "Hameaux"),
        {"participation_displayed"}, parent=("Démocratie participative", "/democratie-participative")))
    # the results of the previous mandate's consultation: participation presented, but nothing left to answer
    P.append(page("/democratie-participative/consultations-passees", "Consultations passées", m.prose(
        "En 2021, la consultation « Dites-le nous » a recueilli l'avis de 2 300 habitants sur le réaménagement des Allées.")
        + m.results_table("Quel usage prioritaire pour les Allées ?", [("Promenade piétonne", 47), ("Marché et terrasses", 31), ("Stationnement", 22)],
                          "Consultation close le 30 septembre 2021.")
        + m.links([(f"http://{cons}/polls/3", "Voir le détail sur la plateforme")]),
        {"participation_displayed"}, decoys={"poll"}, parent=("Démocratie participative", "/democratie-participative")))
    P.append(page("/actualites/enquete-publique-plu", "Modification du PLU : enquête publique", m.prose(
        "Par arrêté du maire, une enquête publique sur la modification n° 3 du plan local d'urbanisme se déroule du 8 juin au 10 juillet.",
        "Le dossier est consultable en mairie ; les observations peuvent être consignées dans le registre ou adressées au commissaire enquêteur."),
        decoys={"participation_displayed", "suggestion_call"}))
    P.append(page("/actualites/satisfaction-restauration-scolaire", "Restauration scolaire : résultats de l'enquête de satisfaction", m.prose(
        "L'enquête menée auprès des familles en février est close ; 612 familles ont répondu.")
        + m.results_table("Êtes-vous satisfait des repas servis ?", [("Très satisfait", 21), ("Satisfait", 49), ("Peu satisfait", 22), ("Pas satisfait", 8)],
                          "Un nouveau marché de restauration commencera en septembre."), decoys={"poll"}))
    P.append(page("/actualites/subventions-associations-appel-a-projets", "Subventions 2027 : appel à projets associatifs", m.prose(
        "Les associations saint-joranaises peuvent déposer leur demande de subvention de fonctionnement ou de projet jusqu'au 30 septembre.",
        "Le dossier est à télécharger puis à déposer au service vie associative.") + m.docs(("Dossier de demande de subvention 2027", "320 Ko")),
        decoys={"suggestion_call"}))
    P.append(page("/actualites/ligne-ter", "Ligne TER : la ville soutient les usagers", m.prose(
        "Le conseil municipal a adopté un vœu pour le maintien des dessertes du soir.",
        "Une association d'usagers fait aussi circuler une pétition nationale pour les lignes régionales, sur un site de pétitions privé."),
        decoys={"petition"}))
    P.append(page("/actualites/nouveau-mandat", "Le mot du maire", m.prose(
        "Merci pour votre confiance. Ce mandat sera celui de la proximité : comités de quartier relancés, budget participatif, droit de pétition.")
        + m.drupal_comments([], 88, open_form=False) + '<p class="comments-closed">Les commentaires sont fermés pour ce contenu.</p>',
        decoys={"comments", "participatory_budget"}))
    P.append(page("/actualites/reseaux-sociaux", "Suivez la ville sur les réseaux sociaux", m.prose(
        "Les comptes officiels de la ville sont listés en bas de chaque page.",
        "L'office de tourisme intercommunal a ses propres comptes : "
        "<a href=\"https://www.facebook.com/OTGarriguesEtCausses\">Facebook de l'office de tourisme</a>, "
        "<a href=\"https://www.instagram.com/otgarriguescausses\">Instagram de l'office de tourisme</a>."),
        decoys={"territorial_social_network"}))
    P.append(page("/vie-pratique/inscriptions-scolaires", "Inscriptions scolaires 2026-2027", m.prose(
        "Les inscriptions en petite section et pour les nouveaux arrivants se font en ligne.")
        + m.registration("/vie-pratique/inscriptions-scolaires"), decoys={"contact_form"}))
    P.append(page("/vie-pratique/paiement-en-ligne", "Paiement en ligne", m.prose("Cantine, périscolaire, centre de loisirs : réglez vos factures par carte.")
                  + m.payment("/vie-pratique/paiement-en-ligne"), decoys={"contact_form"}))
    P.append(page("/contact", "Nous contacter", m.prose("Hôtel de ville, place de la République. Accueil du lundi au vendredi, 8 h 30 - 17 h.")
                  + m.webform("/contact", "contact", 12), {"contact_form"}))
    # the actualites pages are linked from the home page's teasers and from here
    P.append(page("/actualites", "Toutes les actualités", m.links([
("/actualites/satisfaction-restauration-scolaire", "Restauration scolaire"),
        ("/actualites/subventions-associations-appel-a-projets", "Subventions 2027"), ("/actualites/ligne-ter", "Ligne TER"), ("/actualites/nouveau-mandat", "Le mot du maire"), ("/actualites/enquete-publique-plu", "Enquête publique PLU")])))
    www = Site(host, "drupal", "Ville de Saint-Jorand-le-Haut", P,
               menu=[("La mairie", "/la-mairie/vos-elus"), ("Conseil municipal", "/la-mairie/conseil-municipal/seance-du-4-juin-2026"),
                     ("Démocratie participative", "/democratie-participative"), ("Actualités", "/actualites"), ("Contact", "/contact")],
               accounts=[social("facebook", "SaintJorandLeHaut"), social("x", "SaintJorand34", "https://twitter.com/SaintJorand34"),
                         social("youtube", "VilleSaintJorand")],
               address="Hôtel de ville, place de la République, 34390 Saint-Jorand-le-Haut")

    C = []
    C.append(page("/", "Saint-Jorand décide", m.prose(
        "La plateforme de participation de la ville : répondez aux consultations, déposez ou signez une pétition, et bientôt proposez "
        "vos projets pour le budget participatif.")
        + m.links([("/polls", "Votations et questionnaires"), ("/proposals", "Initiatives et pétitions"), ("/budgets", "Budget participatif"),
                   (f"http://{host}/democratie-participative", "Le site de la ville")]),
        {"participation_displayed"}))
    C.append(page("/polls", "Votations", m.section("En cours", '<a href="/polls/7">Les priorités du mandat 2026-2032</a> — jusqu\'au 15 juillet')
                  + m.section("Terminées", '<a href="/polls/3">Aménagement des Allées (2021)</a> — résultats'),
                  ))
    C.append(page("/polls/7", "Les priorités du mandat 2026-2032", m.questionnaire(
        "/polls/7/answer", "Classez vos priorités : les résultats guideront le plan pluriannuel d'investissement.",
        [("Quelle priorité pour les écoles ?", "radio", ["Rénovation énergétique", "Cours végétalisées", "Nouveau groupe scolaire"]),
         ("Quelle priorité pour les déplacements ?", "radio", ["Pistes cyclables", "Navette vers la gare", "Stationnement"]),
         ("Notez la propreté de votre quartier", "scale", [])], cls="poll-question-form", button="Voter"),
        {"poll"}, parent=("Votations", "/polls")))
    C.append(page("/polls/3", "Aménagement des Allées (2021) — résultats", m.prose("Cette votation est terminée.")
                  + m.results_table("Quel usage prioritaire pour les Allées ?", [("Promenade piétonne", 47), ("Marché et terrasses", 31), ("Stationnement", 22)],
                                    "2 300 participants. Votation close le 30 septembre 2021."),
                  decoys={"poll"}, parent=("Votations", "/polls")))
    C.append(page("/proposals", "Initiatives et pétitions", m.prose(
        "Déposez une pétition ou soutenez celles des autres habitants. À 800 soutiens, la pétition est inscrite à l'ordre du jour du conseil municipal.")
        + '<a class="button" href="/users/sign_in">Créer une pétition</a>'
        + m.consul_proposals([("/proposals/58-ombre-cour-ecole", "De l'ombre dans la cour de l'école des Oliviers", "Parents d'élèves des Oliviers", "Éducation", 312),
                                ("/proposals/61-navette-marche", "Une navette pour le marché du samedi", "Josette M.", "Mobilités", 97)]),
        {"petition"}))
    C.append(page("/proposals/58-ombre-cour-ecole", "De l'ombre dans la cour de l'école des Oliviers", m.prose(
        "La cour est en plein soleil de mai à septembre. Nous demandons la plantation d'arbres et la pose de voiles d'ombrage.")
        + '<div class="supports"><span class="total-supports">312 soutiens</span> sur 800 nécessaires · '
        '<a class="button button-support" href="/users/sign_in">Soutenir</a></div>'
        + '<section class="comments" id="comments"><h2>Commentaires (2)</h2><div class="comment" id="comment_901"><div class="comment-body">'
        '<p class="comment-info"><span class="user-name">Karim B.</span> · 2026-06-14</p><p>Les enfants de CP ont eu des malaises en juin dernier.</p></div></div>'
        '<div class="comment" id="comment_902"><div class="comment-body"><p class="comment-info"><span class="user-name">Élodie</span> · 2026-06-15</p>'
        '<p>Signé. Il faudrait aussi des fontaines.</p></div></div><form class="new_comment" id="new_comment" action="/comments" method="post">'
        '<input type="hidden" name="comment[commentable_type]" value="Proposal"><input type="hidden" name="comment[commentable_id]" value="58">'
        '<label for="comment-body-proposal_58">Laisser un commentaire</label><textarea id="comment-body-proposal_58" name="comment[body]" maxlength="1000"></textarea>'
        '<input type="submit" name="commit" value="Publier le commentaire" class="button"></form></section>',
        {"petition", "comments"}, parent=("Initiatives et pétitions", "/proposals")))
    C.append(page("/proposals/61-navette-marche", "Une navette pour le marché du samedi", m.prose(
        "Les hameaux n'ont pas de bus le samedi matin. Une navette communale permettrait aux personnes âgées d'aller au marché.")
        + '<div class="supports"><span class="total-supports">97 soutiens</span> sur 800 nécessaires · '
        '<a class="button button-support" href="/users/sign_in">Soutenir</a></div>',
        {"petition"}, parent=("Initiatives et pétitions", "/proposals")))
    # the budget's page on the platform before its opening: it presents the participatory budget, with no form yet
    C.append(page("/budgets", "Budget participatif 2027", m.prose(
        "Phase actuelle : information. Le dépôt des projets ouvrira le 1er octobre 2026.",
        "Enveloppe : 300 000 €. Les projets seront étudiés par les services puis soumis au vote en mars 2027.")
        + m.steps([("Information", "juin - septembre"), ("Dépôt des projets", "1er octobre - 15 novembre"), ("Vote", "mars 2027")], "Information"),
        {"participatory_budget"}))
    csite = Site(cons, "consul", "Saint-Jorand décide", C,
                 menu=[("Votations", "/polls"), ("Pétitions", "/proposals"), ("Budget participatif", "/budgets")],
                 features=PLATFORM, platforms=frozenset({CONSUL}))
    return City("99272", "Saint-Jorand-le-Haut", 42_300, "34", "76", "Occitanie", f"http://{host}/", [www, csite],
                decoy_accounts=("https://www.facebook.com/otgarriguesetcausses", "https://www.instagram.com/otgarriguescausses"))


# ================================================================================================
# 99273 Montcalvet (Isère): SPIP with its forums, and the city's new neighbours' network
# ================================================================================================

def montcalvet() -> City:
    host = "www.montcalvet.fr"
    net = "voisins.montcalvet.fr"
    teasers = [
        ("/Conseil-citoyen-tire-au-sort-appel-a-volontaires", "Conseil citoyen : devenez volontaire", "6 mai 2026",
         "Trente habitants siégeront au nouveau conseil citoyen, dont vingt tirés au sort."),
        ("/Voisins-solidaires", "Un nouveau réseau d'entraide entre voisins", "15 avril 2026", "Le réseau Voisins solidaires de Montcalvet est en ligne."),
        ("/Sondage-horaires-piscine-resultats", "Piscine : les nouveaux horaires", "2 février 2026", "Les résultats du sondage de l'automne."),
        ("/Forum-emploi-2026", "Forum de l'emploi et de l'alternance", "20 mars 2026", "Cinquante entreprises du Grésivaudan recrutent."),
    ]
    events = [("/Le-conseil-municipal", "Conseil municipal", "lundi 22 juin, 19 h", "Mairie"),
              ("/spip.php?article88", "Réunion publique aux Eaux-Claires", "mardi 9 juin, 18 h 30", "Gymnase des Eaux-Claires"),
              ("/Forum-emploi-2026", "Forum de l'emploi", "jeudi 8 octobre", "Salle des fêtes")]
    P = []
    P.append(page("/", "Accueil", m.home(
        "Montcalvet, au pied de la Chartreuse : toute l'information municipale, les démarches et la vie des quartiers.",
        [("/Ecrire-a-la-mairie", "Écrire à la mairie"), ("/Reserver-une-salle", "Réserver une salle"), ("/Vivre-ensemble", "Vivre ensemble"),
         ("/Forum-des-habitants", "Forum des habitants"), ("/Budget-primitif-2026", "Budget 2026"), ("/Questionnaire-rythmes-scolaires", "Rythmes scolaires"),
         ("/Resultats-des-elections-municipales-2026", "Élections 2026"), ("/Voisins-vigilants-et-participation-citoyenne", "Tranquillité publique"),
         ("/Appel-a-candidatures-marche-de-Noel", "Marché de Noël"), ("/Eau-potable-la-ville-interpelle-l-Etat", "Eau potable")],
        teasers, events, banner=False)))
    P.append(page("/Le-conseil-municipal", "Le conseil municipal", m.prose(
        "Le conseil municipal se réunit environ une fois par mois, en séance publique. Prochaine séance : lundi 22 juin à 19 h.",
        "À l'ordre du jour : composition du conseil citoyen, tarifs périscolaires, convention avec la communauté de communes.")
        + m.docs(("Compte rendu du conseil du 18 mai 2026", "290 Ko"), ("Règlement intérieur du conseil municipal", "150 Ko")),
        decoys={"participation_displayed"}))
    P.append(page("/Resultats-des-elections-municipales-2026", "Résultats des élections municipales 2026", m.prose(
        "Une seule liste s'est présentée au premier tour ; elle a été élue avec 100 % des suffrages exprimés. Participation : 38,9 %.",
        "Le nouveau maire, Bertrand Jaillet, a été élu par le conseil municipal le 27 mars.")
        + m.results_table("Premier tour, 15 mars 2026", [("Montcalvet pour tous", 100)], "Blancs et nuls : 12,4 % des votants."),
        decoys={"poll"}))
    P.append(page("/Budget-primitif-2026", "Budget primitif 2026", m.prose(
        "Voté le 13 avril, le budget 2026 s'équilibre à 31,2 M€. Aucune hausse des taux d'imposition.",
        "Investissements : rénovation de l'école des Eaux-Claires, pistes cyclables vers la gare, toiture de l'église.")
        + m.docs(("Budget primitif 2026", "1,6 Mo"), ("Débat d'orientation budgétaire 2026", "900 Ko")), decoys={"participatory_budget"}))
    P.append(page("/Vivre-ensemble", "Vivre ensemble : Montcalvet à l'écoute", m.prose(
        "La nouvelle municipalité a fait de la concertation une méthode : chaque grand projet fera l'objet de réunions publiques, "
        "les conseils de quartier sont maintenus et un conseil citoyen tiré au sort est créé.")
        + m.links([("/Les-conseils-de-quartier", "Les conseils de quartier"), ("/Conseil-citoyen-tire-au-sort-appel-a-volontaires", "Le conseil citoyen"),
                   ("/spip.php?article88", "Réunion publique aux Eaux-Claires"), ("/Forum-des-habitants", "Le forum des habitants"),
                   ("/Voisins-solidaires", "Voisins solidaires"), ("/Reseau-Entre-voisins-ferme", "Le réseau Entre voisins (2019-2025)"),
                   ("/Questionnaire-rythmes-scolaires", "Questionnaire sur les rythmes scolaires")]),
        {"participation_displayed"}))
    P.append(page("/Les-conseils-de-quartier", "Les conseils de quartier", m.prose(
        "Quatre conseils de quartier (Bourg, Eaux-Claires, Le Replat, Les Granges) se réunissent trois fois par an avec leurs élus référents.",
        "Ils émettent des avis sur les aménagements et disposent d'un petit budget d'animation.")
        + m.docs(("Charte des conseils de quartier (2021)", "120 Ko")), {"participation_displayed"}, parent=("Vivre ensemble", "/Vivre-ensemble")))
    # volunteers apply to be drawn by lot: an application form (no message), not a call for ideas
    P.append(page("/Conseil-citoyen-tire-au-sort-appel-a-volontaires", "Conseil citoyen : appel à volontaires", m.prose(
        "Le conseil citoyen réunira trente habitants pour trois ans : dix volontaires et vingt personnes tirées au sort sur les listes électorales. "
        "Il rendra des avis sur les projets structurants du mandat.",
        "Vous avez plus de 16 ans et habitez Montcalvet ? Portez-vous volontaire avant le 20 juin : le tirage au sort aura lieu en public le 26 juin.")
        + m.registration("/Conseil-citoyen-tire-au-sort-appel-a-volontaires", ("Nom", "Prénom", "Année de naissance", "Quartier")),
        {"participation_displayed"}, decoys={"contact_form", "suggestion_call"}, parent=("Vivre ensemble", "/Vivre-ensemble")))
    P.append(page("/spip.php?article88", "Réunion publique aux Eaux-Claires : le projet de la place", m.prose(
        "Le 9 juin, la municipalité présentera aux habitants trois esquisses pour la place des Eaux-Claires. Les remarques seront "
        "prises en compte avant le choix définitif. Vous pouvez aussi réagir sous cet article.")
        + m.spip_forum_article([("Mireille", "10 mai 2026", "Des arbres", "Pensez à l'ombre, la place est brûlante l'été."),
                                ("Thomas G.", "11 mai 2026", "Et le parking ?", "Les commerçants ont besoin d'un arrêt minute.")], 88),
        {"participation_displayed", "comments"}, parent=("Vivre ensemble", "/Vivre-ensemble")))
    P.append(page("/Forum-des-habitants", "Forum des habitants", m.prose(
        "Un espace de discussion entre Montcalvetins : ouvrez un sujet, répondez aux autres. Les messages sont modérés a posteriori.")
        + '<div class="liste-forums"><ul class="liste-items forums">'
        '<li class="item forum"><a href="/spip.php?page=forum&amp;id_thread=41" class="titre">Déneigement des Granges cet hiver</a> <small>12 réponses</small></li>'
        '<li class="item forum"><a href="/spip.php?page=forum&amp;id_thread=44" class="titre">Covoiturage vers Grenoble</a> <small>5 réponses</small></li></ul></div>'
        + '<div class="formulaire_spip formulaire_forum" id="formulaire_forum"><form action="spip.php?page=forum&amp;id_rubrique=7" method="post">'
        '<input name="formulaire_action" type="hidden" value="forum" /><fieldset><legend>Nouveau sujet</legend>'
        '<label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" />'
        '<label for="texte">Texte</label><textarea name="texte" id="texte" rows="8"></textarea>'
        '<label for="session_nom">Pseudonyme</label><input type="text" class="text" name="session_nom" id="session_nom" /></fieldset>'
        '<p class="boutons"><input type="submit" class="submit" value="Prévisualiser" /></p></form></div>',
        {"forum"}, parent=("Vivre ensemble", "/Vivre-ensemble")))
    P.append(page("/spip.php?page=forum&id_thread=41", "Déneigement des Granges cet hiver", m.spip_forum_article(
        [("Gaston R.", "3 janvier 2026", "Déneigement des Granges cet hiver", "Le chasse-neige passe après 9 h, trop tard pour les bus scolaires."),
         ("Services techniques", "4 janvier 2026", "Réponse", "Le circuit sera modifié : les Granges passeront en premier."),
         ("Lucie", "5 janvier 2026", "Merci", "Ça a changé dès ce matin.")], 410),
        {"forum"}, parent=("Forum des habitants", "/Forum-des-habitants")))
    P.append(page("/spip.php?page=forum&id_thread=44", "Covoiturage vers Grenoble", m.spip_forum_article(
        [("Hugo", "12 février 2026", "Covoiturage vers Grenoble", "Je cherche des covoitureurs pour la presqu'île scientifique, départ 7 h 30."),
         ("Sandrine", "13 février 2026", "Moi aussi", "Je travaille à côté, écrivez-moi sur le forum.")], 440),
        {"forum"}, parent=("Forum des habitants", "/Forum-des-habitants")))
    P.append(page("/Voisins-solidaires", "Voisins solidaires : le réseau d'entraide de Montcalvet", m.prose(
        "Prêter une échelle, proposer un covoiturage, signaler un chat perdu, organiser la fête des voisins : le réseau Voisins solidaires "
        "met en relation les habitants d'un même quartier.",
        f"Inscription gratuite, réservée aux habitants, sur <a href=\"http://{net}/\">voisins.montcalvet.fr</a>. Il remplace le réseau Entre voisins, fermé en mars."),
        {"territorial_social_network"}, parent=("Vivre ensemble", "/Vivre-ensemble")))
    # the former network is closed: the page only says so
    P.append(page("/Reseau-Entre-voisins-ferme", "Le réseau Entre voisins a fermé", m.prose(
        "Ouvert en 2019, le réseau Entre voisins a fermé le 31 mars 2026 ; son prestataire a cessé son activité. Les comptes et messages ont été supprimés.",
        "Merci aux 1 400 inscrits. Un nouveau réseau, Voisins solidaires, a pris le relais.") + m.links([("/Voisins-solidaires", "Découvrir Voisins solidaires")]),
        decoys={"territorial_social_network"}, parent=("Vivre ensemble", "/Vivre-ensemble")))
    P.append(page("/Voisins-vigilants-et-participation-citoyenne", "Tranquillité : le dispositif participation citoyenne", m.prose(
        "Montcalvet adhère au dispositif « participation citoyenne » de la gendarmerie nationale. Des citoyens référents, un par quartier, "
        "sont le relais des gendarmes pour prévenir les cambriolages.", "Ce dispositif ne remplace pas l'appel au 17."),
        decoys={"participation_displayed", "territorial_social_network"}))
    P.append(page("/Forum-emploi-2026", "Forum de l'emploi et de l'alternance", m.prose(
        "Jeudi 8 octobre, salle des fêtes : cinquante entreprises, des ateliers CV et des offres d'alternance. Entrée libre."), decoys={"forum"}))
    P.append(page("/Appel-a-candidatures-marche-de-Noel", "Marché de Noël : appel à candidatures exposants", m.prose(
        "Artisans et producteurs peuvent candidater pour un chalet au marché de Noël du 12 au 14 décembre. Dossier à rendre avant le 30 septembre.")
        + m.docs(("Dossier de candidature exposant", "210 Ko")), decoys={"suggestion_call"}))
    P.append(page("/Reserver-une-salle", "Réserver une salle municipale", m.prose("Salles des fêtes, salle du Replat, maison des associations.")
                  + m.booking("/Reserver-une-salle", ["Salle des fêtes — samedi", "Salle du Replat — dimanche", "Maison des associations — soirée"], "salle"),
                  decoys={"contact_form"}))
    P.append(page("/Ecrire-a-la-mairie", "Écrire à la mairie", m.prose("Mairie de Montcalvet, 2 rue de la Chartreuse. Du lundi au samedi matin.")
                  + m.spip_contact("spip.php?page=contact"), {"contact_form"}))
    P.append(page("/Sondage-horaires-piscine-resultats", "Piscine : résultats du sondage sur les horaires", m.prose(
        "Le sondage de l'automne est clos. La majorité des 812 répondants souhaitaient une ouverture le midi : c'est fait depuis janvier.")
        + m.results_table("Quel créneau supplémentaire ?", [("Le midi", 54), ("Le soir après 20 h", 33), ("Le dimanche après-midi", 13)], "Sondage clos le 30 novembre 2025."),
        decoys={"poll"}))
    P.append(page("/Questionnaire-rythmes-scolaires", "Questionnaire : les rythmes scolaires", m.prose(
        "Semaine de quatre jours ou de quatre jours et demi ? Parents, enseignants, animateurs : donnez votre avis avant le 30 juin.")
        + '<div class="formulaire_spip formulaire_formidable formulaire_formidable_rythmes" id="formulaire_formidable_rythmes">'
        + m.questionnaire("spip.php?page=questionnaire-rythmes", "Questionnaire anonyme, trois minutes.",
                          [("Vous êtes", "radio", ["Parent", "Enseignant", "Animateur", "Autre"]),
                           ("Quelle organisation préférez-vous ?", "radio", ["4 jours", "4 jours et demi"]),
                           ("Le mercredi matin, votre enfant irait", "radio", ["À l'école", "Au centre de loisirs", "À la maison"])],
                          cls="formidable") + "</div>",
        {"poll"}, parent=("Vivre ensemble", "/Vivre-ensemble")))
    P.append(page("/Eau-potable-la-ville-interpelle-l-Etat", "Eau potable : la ville interpelle l'État", m.prose(
        "Le conseil municipal a adopté une motion sur le financement des réseaux d'eau en montagne.",
        "Les maires de la vallée relaient aussi une pétition nationale sur ce sujet, déposée sur le site du Sénat."), decoys={"petition"}))
    www = Site(host, "spip", "Mairie de Montcalvet", P,
               menu=[("La mairie", "/Le-conseil-municipal"), ("Vivre ensemble", "/Vivre-ensemble"), ("Forum", "/Forum-des-habitants"),
                     ("Démarches", "/Reserver-une-salle"), ("Contact", "/Ecrire-a-la-mairie")],
               accounts=[social("facebook", "montcalvet38"), social("instagram", "villedemontcalvet")],
               address="Mairie, 2 rue de la Chartreuse, 38660 Montcalvet")
    N = []
    N.append(page("/", "Voisins solidaires de Montcalvet", m.prose(
        "Le réseau social des habitants de Montcalvet, proposé par la commune : entraide, prêts, annonces et événements de quartier.")
        + m.network_feed([("Claire D.", "Le Replat", "il y a 2 h", "pret", "Je prête une remorque ce week-end, qui en a besoin ?", 3),
                          ("Yves", "Bourg", "hier", "alerte", "Chat roux trouvé rue des Tanneurs.", 5),
                          ("Amandine", "Eaux-Claires", "3 juin", "evenement", "Fête des voisins le 12 juin dans la cour du bâtiment C.", 9)])
        + m.links([("/quartiers/eaux-claires", "Le groupe des Eaux-Claires"), ("/entraide", "Demander un coup de main"),
                   (f"http://{host}/Voisins-solidaires", "Le réseau sur le site de la mairie")])))
    N.append(page("/quartiers/eaux-claires", "Groupe de quartier : Eaux-Claires", m.network_feed([
        ("Amandine", "Eaux-Claires", "3 juin", "evenement", "Fête des voisins le 12 juin : apportez un plat à partager.", 9),
        ("Mohamed", "Eaux-Claires", "28 mai", "question", "Quelqu'un sait quand rouvre la piste de skate ?", 4)]), parent=("Accueil", "/")))
    N.append(page("/entraide", "Demander un coup de main", m.prose(
        "Publiez une demande d'aide : courses, petit bricolage, accompagnement. Les voisins inscrits de votre quartier sont prévenus.")
        + '<a class="btn" href="/connexion">Se connecter pour publier</a>', parent=("Accueil", "/")))
    nsite = Site(net, "community", "Voisins solidaires de Montcalvet", N, menu=[("Fil", "/"), ("Entraide", "/entraide")], features=NETWORK)
    return City("99273", "Montcalvet", 27_600, "38", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [www, nsite])


# ================================================================================================
# 99274 Belleroche-en-Brie (Seine-et-Marne): Joomla, and a Cap Collectif space for the mandate
# ================================================================================================

def belleroche() -> City:
    host = "www.belleroche-en-brie.fr"
    cap = "belleroche.cap-collectif.com"
    teasers = [
        ("/index.php/actualites/belleroche-2032", "Belleroche 2032 : on construit le programme avec vous", "18 mai 2026",
         "Questionnaire et appel à idées sont ouverts jusqu'au 10 juillet."),
        ("/index.php/actualites/conseil-des-sages", "Le conseil des sages renouvelé", "2 mai 2026", "Dix-huit seniors s'engagent pour trois ans."),
        ("/index.php/actualites/appel-a-projets-politique-de-la-ville", "Politique de la ville : appel à projets 2027", "28 avril 2026",
         "Les associations des quartiers prioritaires peuvent déposer un dossier."),
        ("/index.php/actualites/jeu-concours-fete-de-la-brie", "Jeu-concours de la fête de la Brie", "10 avril 2026", "Gagnez un panier de produits locaux."),
    ]
    events = [("/index.php/la-mairie/conseil-municipal", "Conseil municipal", "mercredi 24 juin, 20 h", "Salle du conseil"),
              ("/index.php/participer/conseils-de-quartier", "Assemblée du quartier des Tilleuls", "jeudi 18 juin, 19 h", "Centre social"),
              ("/index.php/actualites/jeu-concours-fete-de-la-brie", "Fête de la Brie", "dimanche 27 septembre", "Parc du château")]
    P = []
    P.append(page("/", "Accueil", m.home(
        "Ville de Belleroche-en-Brie : vos services, vos démarches, la vie des quartiers et les projets du mandat 2026-2032.",
        [("/index.php/participer", "Belleroche participe"), ("/index.php/nous-contacter", "Nous contacter"), ("/index.php/la-mairie/elus-et-delegations", "Les élus"),
         ("/index.php/la-mairie/budget", "Le budget"), ("/index.php/newsletter", "Newsletter"), ("/index.php/familles/portail-famille", "Portail famille"),
         ("/index.php/actualites", "Actualités")], teasers, events)))
    P.append(page("/index.php/la-mairie/elus-et-delegations", "Les élus et leurs délégations", m.prose(
        "Maire : Corinne Massé. Elle a délégué à ses adjoints les finances, l'éducation, la sécurité, l'urbanisme, la démocratie de proximité et "
        "la politique de la ville.") + m.bullets("Frédéric Noury, 1er adjoint aux finances", "Aïcha Diallo, adjointe à la démocratie de proximité et aux conseils de quartier",
                                                 "Député de la circonscription : Pierre Lavaud"),
        decoys={"participation_displayed"}))
    P.append(page("/index.php/la-mairie/conseil-municipal", "Le conseil municipal", m.prose(
        "Les séances du conseil municipal sont publiques et retransmises en direct.")
        + m.section("Séance du 24 juin 2026", "Compte administratif 2025 ; création du conseil des sages ; rapport annuel sur la démocratie de proximité ; tarifs.")
        + m.docs(("Procès-verbal du 8 avril 2026", "540 Ko")), decoys={"participation_displayed"}))
    P.append(page("/index.php/la-mairie/budget", "Le budget de la ville", m.prose(
        "Budget primitif 2026 : 88 M€. La section d'investissement finance la rénovation du groupe scolaire Jean-Moulin et la nouvelle médiathèque.",
        "Le débat d'orientation budgétaire a eu lieu le 11 mars.") + m.docs(("Budget primitif 2026", "3,2 Mo")), decoys={"participatory_budget"}))
    P.append(page("/index.php/participer", "Belleroche participe", m.prose(
        "Conseils de quartier, conseil des sages, consultations : la ville associe les Bellerochois à ses décisions.",
        f"Pour le nouveau mandat, la démarche « Belleroche 2032 » se déroule sur <a href=\"http://{cap}/\">notre plateforme participative</a> : "
        "questionnaire sur les priorités et appel à idées.",
        "Le budget participatif de 2023 reste consultable sur la même plateforme.")
        + m.links([("/index.php/participer/conseils-de-quartier", "Les conseils de quartier"), ("/index.php/actualites/conseil-des-sages", "Le conseil des sages"),
                   (f"http://{cap}/project/budget-participatif-2023/presentation", "Le budget participatif 2023")]),
        {"participation_displayed"}))
    P.append(page("/index.php/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
        "Six conseils de quartier, présidés par un habitant et un élu, se réunissent en assemblée ouverte deux fois par an.",
        "Prochaine assemblée : quartier des Tilleuls, le 18 juin au centre social.")
        + m.bullets("Centre-ville", "Les Tilleuls", "La Garenne", "Le Château", "Les Prés-Saint-Martin", "Bois-Fleuri"),
        {"participation_displayed"}, parent=("Belleroche participe", "/index.php/participer")))
    P.append(page("/index.php/actualites/conseil-des-sages", "Le conseil des sages renouvelé", m.prose(
        "Instance consultative, le conseil des sages rassemble des habitants de plus de 60 ans qui étudient des sujets confiés par le maire : "
        "accessibilité, transports, lien entre générations."), {"participation_displayed"}))
    # a news item: it names the questionnaire, the call for ideas and the platform and links to them, the features are there
    P.append(page("/index.php/actualites/belleroche-2032", "Belleroche 2032 : on construit le programme avec vous", m.prose(
        "Le conseil municipal a lancé la démarche Belleroche 2032 le 18 mai. Elle comprend un questionnaire et un appel à idées, "
        "ouverts sur la plateforme Cap Collectif de la ville ; cet article en présente le calendrier.")
        + m.links([(f"http://{cap}/project/belleroche-2032/questionnaire/vos-priorites", "Répondre au questionnaire"),
                   (f"http://{cap}/project/belleroche-2032/collect/vos-idees", "Déposer une idée")])
        + '<div id="jc"><h4>Commentaires (1)</h4><div class="comment-box"><span class="comment-author">Régine</span> '
        '<span class="comment-date">19.05.2026</span><div class="comment-body">Enfin une consultation avant les décisions !</div></div>'
        '<form name="comments-form" id="comments-form" action="/index.php/component/jcomments/" method="post"><p><label for="comments-form-name">Nom</label>'
        '<input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" /></p>'
        '<p><label for="comments-form-comment">Commentaire</label><textarea id="comments-form-comment" name="comment" cols="65" rows="8"></textarea></p>'
        '<input type="hidden" name="object_id" value="214" /><input type="hidden" name="object_group" value="com_content" />'
        '<p><button type="submit" id="comments-form-send">Envoyer</button></p></form></div>',
        {"comments"}, decoys={"participatory_platform", "poll", "suggestion_call"}))
    P.append(page("/index.php/actualites/appel-a-projets-politique-de-la-ville", "Politique de la ville : appel à projets 2027", m.prose(
        "Dans le cadre du contrat de ville, l'État et la commune financent des actions associatives dans les quartiers des Tilleuls et de la Garenne.",
        "Dépôt des dossiers sur la plateforme Dauphin jusqu'au 15 octobre.") + m.share(f"http://{host}/index.php/actualites/appel-a-projets-politique-de-la-ville"),
        decoys={"suggestion_call"}))
    P.append(page("/index.php/actualites/jeu-concours-fete-de-la-brie", "Jeu-concours de la fête de la Brie", m.prose(
        "Répondez à trois questions sur le patrimoine briard et tentez de gagner un panier garni. Tirage au sort le 27 septembre.")
        + m.vendor_form("/index.php/actualites/jeu-concours-fete-de-la-brie", "Participer au jeu",
                        [("nom", "Nom", "text", True), ("email", "Courriel", "email", True), ("reponse1", "Réponse 1", "text", True), ("reponse2", "Réponse 2", "text", True)],
                        button="Je participe", cls="form-jeu"),
        decoys={"contact_form", "poll", "suggestion_call"}))
    P.append(page("/index.php/actualites/recensement-insee", "Recensement 2026 : les résultats", m.prose(
        "Selon l'INSEE, Belleroche-en-Brie compte 63 912 habitants au 1er janvier 2023. La collecte 2026 s'est achevée le 28 février."), decoys={"poll"}))
    P.append(page("/index.php/actualites", "Actualités", m.links([(h, t) for h, t, _d, _c in teasers] + [
        ("/index.php/actualites/recensement-insee", "Recensement 2026"), ("/index.php/actualites/groupes-facebook", "Groupes Facebook de quartier : une mise au point")])))
    # residents' groups on a global social platform, not run by or for the city: neither the city's account nor its network
    P.append(page("/index.php/actualites/groupes-facebook", "Groupes Facebook de quartier : une mise au point", m.prose(
        "Plusieurs groupes Facebook « Tu es de Belleroche si… » circulent. Ils ne sont pas gérés par la ville, qui n'y répond pas.",
        "Pour joindre la mairie, utilisez le formulaire de contact ou les comptes officiels de la ville."),
        decoys={"territorial_social_network"}))
    P.append(page("/index.php/familles/portail-famille", "Portail famille", m.prose(
        "Inscriptions à la cantine et au centre de loisirs, paiement des factures.") + m.login("/index.php/familles/portail-famille", "username", "passwd"),
        decoys={"contact_form"}))
    P.append(page("/index.php/newsletter", "Newsletter", m.newsletter("/index.php/newsletter", "Abonnez-vous à Belleroche Infos"), decoys={"contact_form"}))
    P.append(page("/index.php/nous-contacter", "Nous contacter", m.prose("Hôtel de ville, 12 avenue du Général-de-Gaulle, 77340 Belleroche-en-Brie.")
                  + m.joomla_contact("/index.php/nous-contacter"), {"contact_form"}))
    www = Site(host, "joomla", "Belleroche-en-Brie", P,
               menu=[("La mairie", "/index.php/la-mairie/conseil-municipal"), ("Participer", "/index.php/participer"), ("Actualités", "/index.php/actualites"),
                     ("Contact", "/index.php/nous-contacter")],
               accounts=[social("facebook", "BellerocheEnBrie"), social("instagram", "belleroche_en_brie"), social("linkedin", "ville-de-belleroche-en-brie")],
               address="Hôtel de ville, 12 avenue du Général-de-Gaulle, 77340 Belleroche-en-Brie")
    K = []
    K.append(page("/", "Belleroche participe", m.prose("La plateforme de participation citoyenne de Belleroche-en-Brie.")
                  + m.capco_project_card("/project/belleroche-2032/questionnaire/vos-priorites", "Belleroche 2032", "Consultation", "En cours", "1 214 participants · 342 idées")
                  + m.capco_project_card("/project/budget-participatif-2023/presentation", "Budget participatif 2023", "Budget participatif", "Terminé", "27 projets · 3 860 votes")
                  + m.links([(f"http://{host}/index.php/participer", "Site de la ville")]),
                  {"participation_displayed"}))
    K.append(page("/project/belleroche-2032/questionnaire/vos-priorites", "Belleroche 2032 — Vos priorités", m.steps(
        [("Questionnaire", "18 mai - 10 juillet"), ("Appel à idées", "18 mai - 10 juillet"), ("Restitution", "octobre")], "Questionnaire")
        + '<div id="questionnaire-app" class="questionnaire">' + m.questionnaire(
            "/graphql", "Dix questions, cinq minutes. Vos réponses nous aideront à fixer le programme pluriannuel.",
            [("Ce qui compte le plus pour vous", "checkbox", ["Sécurité", "Écoles", "Propreté", "Transports", "Commerces", "Espaces verts"]),
             ("Votre satisfaction à l'égard des services municipaux", "scale", []),
             ("Votre quartier", "select", ["Centre-ville", "Les Tilleuls", "La Garenne", "Le Château", "Les Prés-Saint-Martin", "Bois-Fleuri"])],
            cls="reply-form", button="Envoyer") + "</div>",
        {"poll"}, parent=("Belleroche 2032", "/")))
    K.append(page("/project/belleroche-2032/collect/vos-idees", "Belleroche 2032 — Appel à idées", m.prose(
        "Une idée pour Belleroche ? Déposez-la : elle sera étudiée par les services et les élus, et vous recevrez une réponse.")
        + '<a class="btn btn-primary" href="/login">Proposer une idée</a>'
        + '<ul class="proposal-list">'
        '<li class="proposal-preview"><a href="/project/belleroche-2032/collect/vos-idees/proposals/une-navette-vers-la-gare-rer">Une navette vers la gare RER</a> · 48 votes · 6 commentaires</li>'
        '<li class="proposal-preview">Un skatepark au Bois-Fleuri · 31 votes</li></ul>',
        {"suggestion_call"}, parent=("Belleroche 2032", "/")))
    K.append(page("/project/belleroche-2032/collect/vos-idees/proposals/une-navette-vers-la-gare-rer", "Une navette vers la gare RER", m.prose(
        "Les bus s'arrêtent à 20 h. Une navette le soir éviterait de prendre la voiture pour aller au RER.")
        + '<div class="opinion__comments"><h3>6 commentaires</h3><div class="comment"><strong>Nadia</strong> <p>Oui, surtout le week-end.</p></div>'
        '<div class="comment"><strong>Paul-Henri</strong> <p>La communauté d\'agglomération est compétente, pas la ville.</p></div>'
        '<form class="comment-form" action="/graphql" method="post"><label for="comment-body">Votre commentaire</label><textarea id="comment-body" name="body"></textarea>'
        '<input type="text" name="authorName" placeholder="Nom"><input type="email" name="authorEmail" placeholder="Courriel"><button type="submit">Commenter</button></form></div>',
        {"comments"}, parent=("Appel à idées", "/project/belleroche-2032/collect/vos-idees")))
    # a finished participatory budget kept on the platform: its projects and the vote's results
    K.append(page("/project/budget-participatif-2023/presentation", "Budget participatif 2023", m.prose(
        "Ce projet est terminé. 500 000 € ont financé neuf projets votés par 3 860 habitants.")
        + m.project_cards([("Jardin pédagogique des Tilleuls", "Les Tilleuls", "60 000", 612), ("Éclairage du chemin de la Garenne", "La Garenne", "85 000", 540)]),
        {"participatory_budget"}))
    ksite = Site(cap, "capcollectif", "Belleroche participe", K, menu=[("Accueil", "/"), ("Projets", "/project/belleroche-2032/questionnaire/vos-priorites")],
                 features=PLATFORM, platforms=frozenset({CAPCO}))
    return City("99274", "Belleroche-en-Brie", 63_900, "77", "11", "Île-de-France", f"http://{host}/", [www, ksite])


# ================================================================================================
# 99275 Ottenhoffen (Bas-Rhin): TYPO3 with powermail and comments, and a Flarum citizens' forum
# ================================================================================================

def ottenhoffen() -> City:
    host = "www.ottenhoffen.fr"
    fl = "forum.ottenhoffen.fr"
    teasers = [
        ("/actualites/conseil-citoyen-tirage-au-sort", "Le conseil citoyen tiré au sort", "9 juin 2026", "Vingt-quatre habitants ont été tirés au sort le 5 juin."),
        ("/actualites/piste-cyclable-rue-du-moulin", "Piste cyclable rue du Moulin : votre avis", "27 mai 2026", "Le projet est présenté, commentez-le."),
        ("/actualites/appel-offres-gymnase", "Rénovation du gymnase : appel d'offres", "14 mars 2026", "Six lots, remise des offres le 10 juillet."),
        ("/actualites/enquete-emploi-insee", "Enquête Emploi de l'INSEE", "2 février 2026", "Des ménages d'Ottenhoffen seront interrogés."),
    ]
    events = [("/mairie/conseil-municipal", "Conseil municipal", "1er juillet, 19 h", "Mairie"),
              ("/participation/conseil-citoyen", "Première séance du conseil citoyen", "24 juin, 18 h", "Salle des fêtes"),
              ("/actualites/piste-cyclable-rue-du-moulin", "Réunion publique rue du Moulin", "25 juin", "Salle des fêtes")]
    P = []
    P.append(page("/", "Accueil", m.home(
        "Bienvenue à Ottenhoffen / Willkommen : commune de l'Eurométropole, entre Ill et vignoble.",
        [("/participation", "Participation citoyenne"), ("/mairie/kontakt", "Contact"), ("/participation/boite-a-idees", "Boîte à idées"),
         ("/mairie/conseil-municipal", "Conseil municipal"), ("/mairie/finances", "Finances"), ("/services/location-salles", "Location de salles"),
         (f"http://{fl}/", "Forum citoyen"), ("/actualites", "Actualités")], teasers, events)))
    P.append(page("/actualites", "Actualités", m.links([(h, t) for h, t, _d, _c in teasers] + [
        ("/actualites/sondage-sapin-resultats", "Sapin de Noël : résultats du vote en ligne"), ("/actualites/appel-offres-gymnase", "Marché public : gymnase"),
        ("/actualites/ancien-forum-ferme", "L'ancien forum Ottenhoffen-Débats est archivé")])))
    P.append(page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
        "Le conseil municipal compte 29 membres. Les séances sont publiques ; les procès-verbaux sont publiés sous huit jours.",
        "Séance du 1er juillet : règlement du conseil citoyen, subventions aux associations, tarifs du périscolaire.")
        + m.docs(("Procès-verbal du 10 juin 2026", "330 Ko"), ("Délibération créant le conseil citoyen", "95 Ko")),
        decoys={"participation_displayed"}))
    P.append(page("/mairie/finances", "Finances communales", m.prose(
        "Budget primitif 2026 : 24,6 M€. Le rapport d'orientation budgétaire a été débattu le 25 février. Taux d'imposition inchangés.")
        + m.docs(("Budget primitif 2026", "1,1 Mo"), ("Compte administratif 2025", "1,3 Mo")), decoys={"participatory_budget"}))
    P.append(page("/participation", "Participation citoyenne", m.prose(
        "Ottenhoffen associe ses habitants à la vie communale : un conseil citoyen tiré au sort créé en 2026, des réunions publiques "
        "avant chaque grand projet, une boîte à idées et un forum citoyen en ligne.",
        "La commission extramunicipale du mandat précédent est remplacée par le conseil citoyen.")
        + m.links([("/participation/conseil-citoyen", "Le conseil citoyen"), ("/participation/boite-a-idees", "La boîte à idées"),
                   ("/participation/questionnaire-periscolaire", "Questionnaire périscolaire"), (f"http://{fl}/", "Le forum citoyen")]),
        {"participation_displayed"}))
    P.append(page("/participation/conseil-citoyen", "Le conseil citoyen", m.prose(
        "Vingt-quatre habitants tirés au sort sur la liste électorale et parmi des volontaires, à parité, siègent pour deux ans.",
        "Le conseil étudie les sujets que lui confie le maire ou qu'il choisit lui-même, et présente ses avis en conseil municipal.")
        + m.steps([("Appel à volontaires", "avril - mai 2026"), ("Tirage au sort public", "5 juin 2026"), ("Première séance", "24 juin 2026")], "Première séance"),
        {"participation_displayed"}, parent=("Participation citoyenne", "/participation")))
    P.append(page("/participation/boite-a-idees", "Boîte à idées", m.prose(
        "Une idée pour améliorer la vie à Ottenhoffen ? Écrivez-nous : le conseil citoyen examine les idées reçues chaque trimestre.")
        + m.powermail("/participation/boite-a-idees", 7, "Votre idée",
                      '<div class="powermail_fieldwrap powermail_fieldwrap_type_select powermail_fieldwrap_thema"><label for="powermail_field_thema" class="powermail_label">Thème</label>'
                      '<select class="powermail_select" id="powermail_field_thema" name="tx_powermail_pi1[field][thema]"><option>Cadre de vie</option><option>Mobilité</option><option>Jeunesse</option></select></div>'),
        {"suggestion_call", "contact_form"}, parent=("Participation citoyenne", "/participation")))
    P.append(page("/participation/questionnaire-periscolaire", "Questionnaire : l'accueil périscolaire", m.prose(
        "Horaires, repas, activités du mercredi : les familles sont invitées à répondre d'ici le 3 juillet.")
        + m.powermail("/participation/questionnaire-periscolaire", 9, "Remarques éventuelles",
                      '<div class="powermail_fieldwrap powermail_fieldwrap_type_radio"><fieldset><legend class="powermail_label">Horaire du soir souhaité</legend>'
                      '<input type="radio" name="tx_powermail_pi1[field][horaire]" value="18h"> 18 h <input type="radio" name="tx_powermail_pi1[field][horaire]" value="18h30"> 18 h 30 '
                      '<input type="radio" name="tx_powermail_pi1[field][horaire]" value="19h"> 19 h</fieldset></div>'
                      '<div class="powermail_fieldwrap powermail_fieldwrap_type_radio"><fieldset><legend class="powermail_label">Satisfaction (1 à 5)</legend>'
                      + "".join(f'<input type="radio" name="tx_powermail_pi1[field][note]" value="{i}"> {i} ' for i in range(1, 6)) + '</fieldset></div>',
                      textarea=False),
        {"poll"}, parent=("Participation citoyenne", "/participation")))
    P.append(page("/actualites/conseil-citoyen-tirage-au-sort", "Le conseil citoyen tiré au sort", m.prose(
        "Le tirage au sort a eu lieu en public le 5 juin, sous le contrôle d'un huissier. Les habitants désignés ont reçu un courrier.")
        + m.pw_comments([], 51).split("<form")[0] + "<p>Les commentaires sont désactivés pour cet article.</p></div>",
        {"participation_displayed"}, decoys={"comments"}))
    P.append(page("/actualites/piste-cyclable-rue-du-moulin", "Piste cyclable rue du Moulin : votre avis", m.prose(
        "La rue du Moulin sera réaménagée en 2027 avec une piste cyclable bidirectionnelle. Les plans sont présentés ci-dessous ; "
        "réagissez dans les commentaires avant le 30 juin.")
        + m.pw_comments([("Markus", "28.05.2026", "Très bien, mais que devient le stationnement des riverains ?"),
                         ("Isabelle", "29.05.2026", "Enfin un itinéraire sûr vers le collège.")], 52),
        {"comments"}))
    P.append(page("/actualites/sondage-sapin-resultats", "Sapin de Noël : résultats du vote en ligne", m.prose("Le vote est clos.")
                  + m.results_table("Où installer le grand sapin ?", [("Place de la Mairie", 61), ("Parvis de l'église", 39)], "1 204 votes, clos le 20 novembre 2025."),
                  decoys={"poll"}))
    P.append(page("/actualites/enquete-emploi-insee", "Enquête Emploi de l'INSEE", m.prose(
        "L'INSEE réalise une enquête sur l'emploi auprès de logements tirés au sort. Les ménages concernés sont prévenus par courrier."),
        decoys={"poll"}))
    P.append(page("/actualites/appel-offres-gymnase", "Marché public : rénovation du gymnase", m.prose(
        "Avis d'appel public à la concurrence : rénovation énergétique du gymnase municipal, six lots. Date limite : 10 juillet, 12 h."),
        decoys={"suggestion_call"}))
    # the previous mandate's board is kept as a read-only archive: nobody can post any more
    P.append(page("/actualites/ancien-forum-ferme", "L'ancien forum Ottenhoffen-Débats est archivé", m.prose(
        "Ouvert en 2017, le forum Ottenhoffen-Débats a fermé aux nouvelles contributions le 31 mars. Ses discussions restent lisibles en archive.",
        f"Les échanges continuent sur le nouveau <a href=\"http://{fl}/\">forum citoyen</a>."),
        decoys={"forum"}))
    P.append(page("/services/location-salles", "Location de salles", m.prose("Salle des fêtes, foyer Saint-Ulrich : tarifs et réservation.")
                  + m.booking("/services/location-salles", ["Salle des fêtes", "Foyer Saint-Ulrich"], "salle"), decoys={"contact_form"}))
    P.append(page("/mairie/kontakt", "Contact", m.prose("Mairie d'Ottenhoffen, 1 place de la Mairie, 67640 Ottenhoffen.")
                  + m.powermail("/mairie/kontakt", 1), {"contact_form"}))
    www = Site(host, "typo3", "Commune d'Ottenhoffen", P,
               menu=[("Mairie", "/mairie/conseil-municipal"), ("Participation", "/participation"), ("Actualités", "/actualites"), ("Contact", "/mairie/kontakt")],
               accounts=[social("facebook", "Ottenhoffen"), social("bluesky", "ottenhoffen.fr")],
               address="Mairie, 1 place de la Mairie, 67640 Ottenhoffen")
    F = []
    F.append(page("/", "Forum citoyen d'Ottenhoffen", m.prose("Le forum de discussion des habitants, ouvert par la commune et modéré par le service communication.")
                  + m.flarum_list([("/d/12-piste-cyclable-rue-du-moulin", "Piste cyclable rue du Moulin", "Markus", 14),
                                   ("/d/15-bruit-la-nuit-place-de-la-mairie", "Bruit la nuit place de la Mairie", "Odile", 7)])
                  + m.links([(f"http://{host}/participation", "Retour au site de la commune")])))
    F.append(page("/d/12-piste-cyclable-rue-du-moulin", "Piste cyclable rue du Moulin", m.flarum_posts([
        ("Markus", "28 mai", "Quelqu'un a vu les plans ? Le double sens me paraît étroit."),
        ("Jean-Luc", "29 mai", "Les plans sont sur le site de la mairie, la chaussée passe à 5,5 m."),
        ("Odile", "30 mai", "Il faudra un plateau devant l'école.")]), parent=("Discussions", "/")))
    F.append(page("/d/15-bruit-la-nuit-place-de-la-mairie", "Bruit la nuit place de la Mairie", m.flarum_posts([
        ("Odile", "2 juin", "Depuis l'ouverture du bar, c'est bruyant jusqu'à 2 h."),
        ("Mairie d'Ottenhoffen", "3 juin", "Une médiation est prévue avec l'exploitant la semaine prochaine.")]), parent=("Discussions", "/")))
    F.append(page("/login", "Se connecter", m.login("/login", "identification", "password"), decoys={"forum", "contact_form"}))
    F.append(page("/signup", "S'inscrire", m.registration("/register", ("Pseudonyme", "Adresse e-mail", "Mot de passe")),
                  decoys={"forum", "contact_form"}))
    fsite = Site(fl, "flarum", "Forum citoyen d'Ottenhoffen", F, menu=[("Toutes les discussions", "/")], features=FORUM)
    return City("99275", "Ottenhoffen", 21_200, "67", "44", "Grand Est", f"http://{host}/", [www, fsite])


# ================================================================================================
# 99276 Port-Vérignan (Bouches-du-Rhône): an agency CMS, Go Vocal for "Vérignan à vous" and a Discourse agora
# ================================================================================================

def port_verignan() -> City:
    host = "www.port-verignan.fr"
    gv = "portverignan.govocal.com"
    ag = "agora.port-verignan.fr"
    teasers = [
        ("/participer/verignan-a-vous", "Vérignan à vous : votez pour vos projets", "1er juin 2026", "Le vote du budget participatif est ouvert jusqu'au 28 juin."),
        ("/participer/conseils-de-quartier", "Conseils de quartier : les nouveaux bureaux", "20 mai 2026", "Les neuf conseils ont élu leurs coprésidents."),
        ("/actualites/installation-du-conseil", "Installation du conseil municipal", "29 mars 2026", "Le maire et ses quinze adjoints élus."),
        ("/actualites/appel-candidatures-plages", "Concessions de plage : appel à candidatures", "2 mars 2026", "Lots de plage pour 2027-2031."),
    ]
    events = [("/actualites/installation-du-conseil", "Conseil municipal", "25 juin, 18 h", "Hôtel de ville"),
              ("/participer/conseils-de-quartier", "Conseil de quartier Les Salins", "16 juin, 18 h 30", "Maison de quartier"),
              ("/participer/verignan-a-vous", "Fin du vote Vérignan à vous", "28 juin", "En ligne")]
    P = []
    P.append(page("/", "Accueil", m.home(
        "Port-Vérignan, ville portuaire de l'étang de Berre : services, démarches en ligne et participation des habitants.",
        [("/participer", "Je participe"), ("/contact", "Contacter la ville"), ("/demarches/stationnement", "Payer le stationnement"),
         ("/la-ville/budget", "Budget"), ("/actualites", "Actualités"), ("/la-ville/reseaux-sociaux", "Réseaux sociaux")], teasers, events)))
    P.append(page("/actualites", "Actualités", m.links([(h, t) for h, t, _d, _c in teasers] + [
        ("/actualites/enquete-satisfaction-proprete", "Propreté : enquête de satisfaction"),
        ("/actualites/plateformes-numeriques", "Services numériques : ce qui change")])))
    P.append(page("/actualites/installation-du-conseil", "Installation du conseil municipal", m.prose(
        "Le 29 mars, le conseil municipal a élu le maire, Richard Aubanel, et quinze adjoints. Parmi les délégations : "
        "démocratie locale et budget participatif, mer et littoral, sécurité, écoles.",
        "Prochaine séance publique : 25 juin, ordre du jour publié le 19 juin.") + m.share(f"http://{host}/actualites/installation-du-conseil"),
        decoys={"participation_displayed", "participatory_budget"}))
    P.append(page("/la-ville/budget", "Le budget de la ville", m.prose(
        "Budget primitif 2026 : 164 M€, dont 41 M€ d'investissement. Le débat d'orientation budgétaire s'est tenu le 16 février.",
        "Le budget participatif Vérignan à vous est doté de 1 M€ sur cette section d'investissement.")
        + m.docs(("Budget primitif 2026", "4,5 Mo"), ("Rapport d'orientation budgétaire 2026", "2,2 Mo")), decoys={"participatory_budget"}))
    P.append(page("/participer", "Je participe", m.prose(
        "Neuf conseils de quartier, un budget participatif, des concertations sur les grands projets et un espace de discussion en ligne : "
        "à Port-Vérignan, la démocratie locale se vit toute l'année.",
        "Le nouveau mandat ajoute une charte de la participation, en préparation avec les conseils de quartier.")
        + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/verignan-a-vous", "Vérignan à vous, le budget participatif"),
                   (f"http://{gv}/", "La plateforme participative"), (f"http://{ag}/", "L'Agora, espace de discussion"),
                   ("/participer/droit-de-petition", "Droit de pétition")]),
        {"participation_displayed"}))
    P.append(page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
        "Obligatoires dans les villes de plus de 80 000 habitants, les neuf conseils de quartier de Port-Vérignan réunissent des habitants "
        "volontaires, des représentants d'associations et un élu. Ils disposent chacun d'une enveloppe de 20 000 €.")
        + m.bullets("Centre-Port", "Les Salins", "La Pinède", "Saint-Esprit", "Les Aubes", "Bouquet", "La Crau", "Vallon-Bleu", "Les Cabanes"),
        {"participation_displayed"}, parent=("Je participe", "/participer")))
    P.append(page("/participer/verignan-a-vous", "Vérignan à vous, le budget participatif", m.prose(
        "Troisième édition : 1 M€ pour des projets proposés par les habitants. Après l'étude de 214 idées, 38 projets sont soumis au vote "
        f"jusqu'au 28 juin sur <a href=\"http://{gv}/fr-FR/projects/verignan-a-vous-2026\">la plateforme</a>.")
        + m.steps([("Dépôt des idées", "janvier - février"), ("Étude", "mars - mai"), ("Vote", "1er - 28 juin"), ("Résultats", "juillet")], "Vote")
        + m.section("Les lauréats de 2025", "Aire de fitness des Salins, ombrières de l'école Jean-Jaurès, jardin partagé de la Crau."),
        {"participatory_budget"}, parent=("Je participe", "/participer")))
    # the right of petition as the city describes it, with the space where petitions are signed
    P.append(page("/participer/droit-de-petition", "Droit de pétition", m.prose(
        "Depuis la délibération du 21 mai 2026, une pétition signée par 1 500 habitants permet de demander l'inscription d'un sujet à l'ordre du jour "
        f"du conseil municipal. Les pétitions sont déposées et signées sur <a href=\"http://{gv}/fr-FR/projects/petitions\">la plateforme participative</a>."),
        {"petition"}, parent=("Je participe", "/participer")))
    P.append(page("/actualites/plateformes-numeriques", "Services numériques : ce qui change", m.prose(
        "La ville modernise ses outils : nouveau portail des démarches, application de signalement, et une plateforme Go Vocal pour la participation, "
        "qui remplace l'ancien site du budget participatif."), decoys={"participatory_platform"}))
    P.append(page("/actualites/appel-candidatures-plages", "Concessions de plage : appel à candidatures", m.prose(
        "La ville lance une procédure de délégation pour six lots de plage. Les candidatures sont reçues jusqu'au 30 avril."), decoys={"suggestion_call"}))
    P.append(page("/actualites/enquete-satisfaction-proprete", "Propreté : les résultats de l'enquête de satisfaction", m.prose(
        "Réalisée par un institut auprès de 1 000 habitants par téléphone, l'enquête est terminée.")
        + m.results_table("Êtes-vous satisfait de la propreté de votre rue ?", [("Oui", 58), ("Non", 42)], "Enquête téléphonique, mars 2026."),
        decoys={"poll"}))
    P.append(page("/la-ville/reseaux-sociaux", "Les réseaux sociaux de la ville", m.prose(
        "Suivez l'actualité de Port-Vérignan sur Facebook, Instagram, X et LinkedIn : les liens sont en bas de page.",
        "Pour échanger entre habitants, rendez-vous sur l'Agora, l'espace de discussion de la ville."),
        decoys={"territorial_social_network"}))
    P.append(page("/demarches/stationnement", "Payer son stationnement", m.prose("Forfait post-stationnement et abonnements résidents.")
                  + m.payment("/demarches/stationnement", "Numéro d'avis de paiement"), decoys={"contact_form"}))
    P.append(page("/contact", "Contacter la ville", m.prose("Hôtel de ville, quai de la Marine. Réponse sous 10 jours ouvrés.")
                  + m.vendor_form("/contact", "Formulaire de contact", [("nom", "Nom", "text", True), ("prenom", "Prénom", "text", False),
                                                                        ("email", "Courriel", "email", True), ("objet", "Objet", "text", True)],
                                  ("message", "Votre message")), {"contact_form"}))
    www = Site(host, "vendor", "Ville de Port-Vérignan", P,
               menu=[("La ville", "/la-ville/budget"), ("Je participe", "/participer"), ("Actualités", "/actualites"), ("Contact", "/contact")],
               accounts=[social("facebook", "PortVerignan"), social("instagram", "portverignan"), social("x", "PortVerignan"),
                         social("linkedin", "ville-de-port-verignan")],
               address="Hôtel de ville, quai de la Marine, 13130 Port-Vérignan")
    G = []
    G.append(page("/", "Port-Vérignan participe", m.prose("Bienvenue sur la plateforme participative de Port-Vérignan.")
                  + m.govocal_card("/fr-FR/projects/verignan-a-vous-2026", "Vérignan à vous 2026 — Vote", "38 projets · vote jusqu'au 28 juin")
                  + m.govocal_card("/fr-FR/projects/boite-a-idees", "La boîte à idées", "Ouvert en continu")
                  + m.govocal_card("/fr-FR/projects/enquete-mobilites", "Enquête : vos déplacements", "Jusqu'au 15 juillet")
                  + m.govocal_card("/fr-FR/projects/petitions", "Pétitions", "Seuil : 1 500 signatures")
                  + m.links([(f"http://{host}/participer", "Site de la ville")])))
    G.append(page("/fr-FR/projects/verignan-a-vous-2026", "Vérignan à vous 2026 — Vote", m.prose(
        "Vous disposez de 1 000 000 € à répartir : ajoutez des projets à votre panier puis validez.")
        + '<div class="e2e-voting-form">' + "".join(
            f'<div class="e2e-idea-card"><h3>{t}</h3><p>{c} €</p><button class="e2e-add-to-basket">Ajouter</button></div>'
            for t, c in [("Ombrières au stade des Aubes", "180 000"), ("Piste cyclable Saint-Esprit - gare", "320 000"), ("Boîtes à dons dans chaque quartier", "25 000")])
        + '<a class="e2e-submit-basket" href="/fr-FR/sign-in">Valider mon vote</a></div>',
        {"participatory_budget"}))
    G.append(page("/fr-FR/projects/boite-a-idees", "La boîte à idées", m.prose(
        "Partagez vos idées pour la ville. Les plus soutenues sont étudiées par les services chaque trimestre.")
        + '<a class="e2e-idea-button" href="/fr-FR/ideas/new">Proposer une idée</a>'
        + m.govocal_card("/fr-FR/ideas/bancs-quai-marine", "Des bancs à l'ombre quai de la Marine", "42 votes · 5 commentaires", "idea"),
        {"suggestion_call"}))
    G.append(page("/fr-FR/ideas/new", "Proposer une idée", m.idea_form("/web_api/v1/ideas", "Décrivez votre idée en quelques lignes.",
                                                                       ["Espace public", "Mobilité", "Environnement", "Jeunesse"]),
                  # an idea form: a call for ideas, and a free-text message sent to the city
                  {"suggestion_call", "contact_form"}, parent=("La boîte à idées", "/fr-FR/projects/boite-a-idees")))
    G.append(page("/fr-FR/ideas/bancs-quai-marine", "Des bancs à l'ombre quai de la Marine", m.prose("L'été, impossible de s'asseoir le long du quai.")
                  + '<div id="e2e-comments-container"><div class="e2e-comment"><strong>Fanny</strong><p>Et des fontaines à eau !</p></div>'
                  '<form class="e2e-comment-form" action="/web_api/v1/ideas/bancs-quai-marine/comments" method="post"><textarea name="comment[body_multiloc][fr-FR]" '
                  'placeholder="Écrivez votre commentaire"></textarea><button type="submit">Publier</button></form></div>',
                  {"comments"}, parent=("La boîte à idées", "/fr-FR/projects/boite-a-idees")))
    G.append(page("/fr-FR/projects/enquete-mobilites", "Enquête : vos déplacements", m.questionnaire(
        "/web_api/v1/survey_responses", "Enquête en ligne ouverte à tous, jusqu'au 15 juillet.",
        [("Comment vous rendez-vous au travail ?", "radio", ["Voiture", "Bus", "Vélo", "À pied", "Train"]),
         ("Utiliseriez-vous une navette maritime ?", "radio", ["Oui", "Non", "Peut-être"])], cls="e2e-survey"),
        {"poll"}))
    G.append(page("/fr-FR/projects/petitions", "Pétitions", m.prose(
        "Lancez une pétition ou signez celles des autres. À 1 500 signatures, le sujet est inscrit à l'ordre du jour du conseil municipal.")
        + '<a class="e2e-initiative-button" href="/fr-FR/initiatives/new">Lancer une pétition</a>'
        + m.petition_card("/fr-FR/initiatives/sauver-le-cinema-le-rio", "Rouvrir le cinéma Le Rio", 1_126, 1_500, "reste 52 jours"),
        {"petition"}))
    G.append(page("/fr-FR/initiatives/new", "Lancer une pétition", m.vendor_form(
        "/web_api/v1/initiatives", "Votre pétition", [("title", "Titre", "text", True)], ("body", "Texte de la pétition"), "Publier", "e2e-initiative-form"),
        {"petition"}, parent=("Pétitions", "/fr-FR/projects/petitions")))
    G.append(page("/fr-FR/initiatives/sauver-le-cinema-le-rio", "Rouvrir le cinéma Le Rio", m.prose(
        "Le cinéma du centre est fermé depuis 2024. Nous demandons à la ville d'étudier son rachat.")
        + m.petition_sign("/web_api/v1/initiatives/rio/votes", "Rouvrir le cinéma Le Rio", 1_126, 1_500),
        {"petition"}, parent=("Pétitions", "/fr-FR/projects/petitions")))
    G.append(page("/fr-FR/sign-in", "Connexion", m.login("/web_api/v1/user_token", "email", "password"), decoys={"contact_form"}))
    gsite = Site(gv, "govocal", "Port-Vérignan participe", G, menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/verignan-a-vous-2026")],
                 features=PLATFORM, platforms=frozenset({GOVOCAL}))
    A_ = []
    A_.append(page("/", "L'Agora de Port-Vérignan", m.prose("Dernières discussions")
                   + m.discourse_topic_list([("/t/navette-maritime-vers-marseille/88", "Navette maritime vers Marseille ?", "/c/mobilites/4", "Mobilités", 23),
                                             ("/t/moustiques-aux-salins/91", "Moustiques aux Salins", "/c/quartiers/6", "Quartiers", 11)])))
    A_.append(page("/t/navette-maritime-vers-marseille/88", "Navette maritime vers Marseille ?", m.discourse_posts([
        ("capitaine_b", "12 mai", "La métropole étudie une ligne, quelqu'un a des nouvelles ?"),
        ("lea_pv", "13 mai", "Il y a une enquête sur la plateforme de la ville, répondez-y !"),
        ("moderation", "13 mai", "Le sujet sera abordé au conseil de quartier Centre-Port le 9 juin.")]), parent=("Mobilités", "/c/mobilites/4")))
    A_.append(page("/t/moustiques-aux-salins/91", "Moustiques aux Salins", m.discourse_posts([
        ("riverain13", "2 juin", "Les démoustications ont-elles commencé ?"), ("mairie_pv", "3 juin", "Oui, l'EID passe depuis le 1er juin.")]),
        parent=("Quartiers", "/c/quartiers/6")))
    A_.append(page("/c/mobilites/4", "Mobilités", m.discourse_topic_list([("/t/navette-maritime-vers-marseille/88", "Navette maritime vers Marseille ?", "/c/mobilites/4", "Mobilités", 23)])))
    A_.append(page("/c/quartiers/6", "Quartiers", m.discourse_topic_list([("/t/moustiques-aux-salins/91", "Moustiques aux Salins", "/c/quartiers/6", "Quartiers", 11)])))
    asite = Site(ag, "discourse", "L'Agora de Port-Vérignan", A_, menu=[("Dernières", "/"), ("Catégories", "/c/mobilites/4")], features=FORUM)
    return City("99276", "Port-Vérignan", 107_500, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{host}/", [www, gsite, asite])


# ================================================================================================
# 99277 Chaumeil-sur-Vienne (Haute-Vienne): WordPress with Forminator and comments, and a phpBB board
# ================================================================================================

def chaumeil() -> City:
    host = "www.chaumeil-sur-vienne.fr"
    bb = "forum.chaumeil-sur-vienne.fr"
    teasers = [
        ("/actualites/guinguette-bord-de-vienne/", "Une guinguette au bord de la Vienne", "4 juin 2026", "Elle ouvrira le 1er juillet : aidez-nous à lui trouver un nom."),
        ("/democratie-locale/appel-a-idees-guinguette-resultats/", "Appel à idées : ce que vous avez proposé", "20 mai 2026", "Les 86 idées reçues pour les bords de Vienne."),
        ("/actualites/maternite-saint-aulaire/", "Maternité : la ville mobilisée", "12 mai 2026", "Le conseil municipal a voté une motion."),
        ("/actualites/marche-de-producteurs/", "Le marché de producteurs revient", "2 mai 2026", "Tous les vendredis soir de l'été."),
    ]
    events = [("/la-mairie/le-conseil-municipal/", "Conseil municipal", "30 juin, 20 h", "Mairie"),
              ("/democratie-locale/reunions-de-quartier/", "Réunion de quartier La Gare - Les Vignes", "17 juin, 18 h 30", "École des Vignes"),
              ("/actualites/marche-de-producteurs/", "Marché de producteurs", "vendredis, 17 h", "Place du Champ-de-Foire")]
    P = []
    P.append(page("/", "Accueil", m.home(
        "Chaumeil-sur-Vienne, porte du Limousin : la mairie en ligne, les actualités et le forum des habitants.",
        [("/democratie-locale/", "Chaumeil ensemble"), ("/nous-contacter/", "Nous contacter"), ("/services/inscription-centre-de-loisirs/", "Centre de loisirs"),
         ("/la-mairie/budget/", "Budget"), (f"http://{bb}/", "Le forum"), ("/democratie-locale/vos-suggestions/", "Vos suggestions")], teasers, events)))
    P.append(page("/la-mairie/le-conseil-municipal/", "Le conseil municipal", m.prose(
        "Élu en mars 2026, le conseil municipal compte 29 élus. Délégations des adjoints : finances, écoles, travaux, démocratie locale et associations, "
        "environnement, solidarités.", "Séance du 30 juin : approbation du compte de gestion, règlement des réunions de quartier, tarifs de la guinguette.")
        + m.docs(("Procès-verbal du 26 mai 2026", "240 Ko")), decoys={"participation_displayed"}))
    P.append(page("/la-mairie/budget/", "Budget communal", m.prose(
        "Budget primitif 2026 : 17,9 M€. Le débat d'orientation budgétaire du 5 mars a retenu la réfection de la passerelle et l'extension de l'école des Vignes.")
        + m.docs(("Budget primitif 2026", "900 Ko")), decoys={"participatory_budget"}))
    P.append(page("/democratie-locale/", "Chaumeil ensemble", m.prose(
        "Chaumeil ensemble regroupe les outils de démocratie locale de la commune : réunions de quartier deux fois par an, suggestions en ligne, "
        "forum des habitants, et des consultations sur les projets.",
        "Le budget participatif des jeunes, lancé en 2024, sera repensé avec les collégiens à la rentrée.")
        + m.links([("/democratie-locale/reunions-de-quartier/", "Réunions de quartier"), ("/democratie-locale/vos-suggestions/", "Vos suggestions"),
                   ("/democratie-locale/budget-participatif-jeunes-2024/", "Budget participatif des jeunes 2024"),
                   ("/democratie-locale/appel-a-idees-guinguette-resultats/", "Appel à idées des bords de Vienne : résultats"), (f"http://{bb}/", "Forum des habitants")]),
        {"participation_displayed"}))
    P.append(page("/democratie-locale/reunions-de-quartier/", "Réunions de quartier", m.prose(
        "Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants de chaque quartier pour parler des travaux, "
        "de la sécurité routière et des projets.")
        + m.bullets("Centre-bourg : 10 juin", "La Gare - Les Vignes : 17 juin", "Les Chaumettes et hameaux : 24 juin"),
        {"participation_displayed"}, parent=("Chaumeil ensemble", "/democratie-locale/")))
    P.append(page("/democratie-locale/vos-suggestions/", "Vos suggestions", m.prose(
        "Une suggestion pour améliorer la vie à Chaumeil ? Proposez-la : elle sera transmise à l'élu concerné, et les plus fréquentes "
        "seront discutées en réunion de quartier.")
        + m.cf7("/democratie-locale/vos-suggestions/", 344, ("Voirie", "Environnement", "Écoles", "Animations", "Autre")),
        {"suggestion_call", "contact_form"}, parent=("Chaumeil ensemble", "/democratie-locale/")))
    # a past edition (2024) of the city's youth participatory budget, with its winners
    P.append(page("/democratie-locale/budget-participatif-jeunes-2024/", "Budget participatif des jeunes 2024", m.prose(
        "En 2024, les 11-18 ans ont proposé 23 projets et en ont choisi trois par un vote au collège et en mairie. Enveloppe : 15 000 €.")
        + m.project_cards([("Table de ping-pong au parc", "Parc de la Mairie", "4 200", 188), ("Abri de bus aux Chaumettes", "Les Chaumettes", "7 500", 161)]),
        {"participatory_budget"}, parent=("Chaumeil ensemble", "/democratie-locale/")))
    # the call for ideas is over: the page reports what was proposed, nothing can be sent any more
    P.append(page("/democratie-locale/appel-a-idees-guinguette-resultats/", "Appel à idées des bords de Vienne : résultats", m.prose(
        "L'appel à idées lancé en mars est clos. Vous avez envoyé 86 idées : guinguette, ponton de pêche, parcours sportif, boîte à livres.",
        "La guinguette ouvrira cet été ; le ponton est inscrit au budget 2027.")
        + m.results_table("Thèmes des idées reçues", [("Restauration et animations", 38), ("Loisirs nautiques", 27), ("Sport", 21), ("Autres", 14)], "86 idées reçues du 1er au 31 mars."),
        decoys={"suggestion_call", "poll"}, parent=("Chaumeil ensemble", "/democratie-locale/")))
    P.append(page("/actualites/guinguette-bord-de-vienne/", "Une guinguette au bord de la Vienne", m.with_aside(m.prose(
        "Issue de l'appel à idées du printemps, la guinguette municipale ouvrira le 1er juillet au pied de la passerelle. Elle sera gérée par une association locale.")
        + m.wp_comments([("Lucette", "5 juin 2026", "Bravo ! Pensez aux toilettes publiques à côté."),
                         ("Fred", "5 juin 2026", "Il faudra un parking vélo.")], 512) + m.share(f"http://{host}/actualites/guinguette-bord-de-vienne/"),
        m.forminator_poll(733, "Quel nom pour la guinguette ?", ["La Passerelle", "Chez Vienne", "Le Ponton"])),
        {"comments", "poll"}))
    P.append(page("/actualites/maternite-saint-aulaire/", "Maternité : la ville mobilisée", m.prose(
        "Le conseil municipal a voté une motion pour le maintien de la maternité de Saint-Aulaire. Le collectif des soignants a lancé sa propre pétition "
        "sur un site national de pétitions ; la mairie n'en est pas l'organisatrice."), decoys={"petition"}))
    P.append(page("/actualites/marche-de-producteurs/", "Le marché de producteurs revient", m.prose(
        "Tous les vendredis de juin à septembre, de 17 h à 21 h, place du Champ-de-Foire.") + m.wp_comments([], 498, open_form=False),
        decoys={"comments"}))
    P.append(page("/services/inscription-centre-de-loisirs/", "Centre de loisirs : inscriptions de l'été", m.prose(
        "Inscriptions à la semaine, du 6 juillet au 28 août.") + m.registration("/services/inscription-centre-de-loisirs/"), decoys={"contact_form"}))
    P.append(page("/nous-contacter/", "Nous contacter", m.prose("Mairie, 3 place de la République, 87200 Chaumeil-sur-Vienne.") + m.cf7("/nous-contacter/", 12),
                  {"contact_form"}))
    www = Site(host, "wordpress", "Chaumeil-sur-Vienne", P,
               menu=[("La mairie", "/la-mairie/le-conseil-municipal/"), ("Chaumeil ensemble", "/democratie-locale/"),
                     ("Actualités", "/actualites/guinguette-bord-de-vienne/"), ("Contact", "/nous-contacter/")],
               accounts=[social("facebook", "ChaumeilSurVienne"), social("youtube", "chaumeilsurvienne")],
               address="Mairie, 3 place de la République, 87200 Chaumeil-sur-Vienne")
    B = []
    B.append(page("/", "Index du forum", '<div class="forabg"><div class="inner"><ul class="topiclist forums">'
                  '<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="/viewforum.php?f=2" class="forumtitle">Vie des quartiers</a>'
                  '<br />Travaux, voirie, voisinage</div></dt><dd class="topics">31 <dfn>Sujets</dfn></dd><dd class="posts">214 <dfn>Messages</dfn></dd></dl></li>'
                  '<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="/viewforum.php?f=3" class="forumtitle">Petites annonces et entraide</a>'
                  '</div></dt><dd class="topics">12 <dfn>Sujets</dfn></dd></dl></li></ul></div></div>'
                  f'<p><a href="http://{host}/democratie-locale/">Retour au site de la mairie</a></p>'))
    B.append(page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, [
        ("/viewtopic.php?f=2&t=17", "Passerelle fermée : quelles déviations ?", "Bernard87", "2 juin 2026", 9),
        ("/viewtopic.php?f=2&t=19", "Vitesse rue des Vignes", "maman_de_leo", "28 mai 2026", 4)]), parent=("Index du forum", "/")))
    B.append(page("/viewforum.php?f=3", "Petites annonces et entraide", m.phpbb_topics(3, [
        ("/viewtopic.php?f=3&t=22", "Donne bois de chauffage", "Gégé", "1er juin 2026", 2)]), parent=("Index du forum", "/")))
    B.append(page("/viewtopic.php?f=2&t=17", "Passerelle fermée : quelles déviations ?", m.phpbb_posts(17, 2, [
        ("Bernard87", "2 juin 2026", "La passerelle est fermée jusqu'en octobre, par où passent les piétons ?"),
        ("Mairie-Chaumeil", "2 juin 2026", "Une navette gratuite relie les deux rives en semaine, horaires en mairie."),
        ("Josiane", "3 juin 2026", "La navette ne passe pas le samedi, dommage pour le marché.")]), parent=("Vie des quartiers", "/viewforum.php?f=2")))
    B.append(page("/viewtopic.php?f=2&t=19", "Vitesse rue des Vignes", m.phpbb_posts(19, 2, [
        ("maman_de_leo", "28 mai 2026", "Les voitures roulent trop vite devant l'école."),
        ("Alain", "29 mai 2026", "Le sujet sera à l'ordre du jour de la réunion de quartier du 17 juin.")]), parent=("Vie des quartiers", "/viewforum.php?f=2")))
    B.append(page("/viewtopic.php?f=3&t=22", "Donne bois de chauffage", m.phpbb_posts(22, 3, [
        ("Gégé", "1er juin 2026", "Deux stères de chêne à donner, à venir chercher aux Chaumettes.")]), parent=("Petites annonces et entraide", "/viewforum.php?f=3")))
    bsite = Site(bb, "phpbb", "Forum des habitants de Chaumeil", B, features=FORUM)
    return City("99277", "Chaumeil-sur-Vienne", 16_300, "87", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, bsite])


# ================================================================================================
# 99278 Audrevielle (Nord): Drupal, a Publik e-services portal, a home-made participation space,
# and the previous mandate's platform, closed
# ================================================================================================

def audrevielle() -> City:
    host = "www.audrevielle.fr"
    pub = "demarches.audrevielle.fr"
    jp = "jeparticipe.audrevielle.fr"
    old = "audrevielle.flui.city"
    teasers = [
        ("/participation-citoyenne", "Audrevielle en commun : l'espace de participation est ouvert", "25 mai 2026", "Pétitions, idées, questionnaire : tout au même endroit."),
        ("/actualites/concertation-place-de-la-gare", "Place de la Gare : la concertation commence", "18 mai 2026", "Trois scénarios soumis aux habitants."),
        ("/actualites/grande-consultation-2019-resultats", "Ce que disait la grande consultation de 2019", "3 avril 2026", "Un rappel avant le nouveau mandat."),
        ("/actualites/ducasse-appel-a-benevoles", "Ducasse : appel à bénévoles", "28 mars 2026", "La fête de la Saint-Jean cherche des bras."),
    ]
    events = [("/mairie/deliberations", "Conseil municipal", "29 juin, 18 h 30", "Hôtel de ville"),
              ("/participation-citoyenne/assemblees-de-quartier", "Assemblée de quartier du Faubourg", "15 juin, 18 h", "Salle Jean-Bart"),
              ("/actualites/ducasse-appel-a-benevoles", "Ducasse de la Saint-Jean", "27 et 28 juin", "Grand-Place")]
    P = []
    P.append(page("/", "Accueil", m.home(
        "Bienvenue sur le site de la ville d'Audrevielle, au cœur du bassin minier.",
        [(f"http://{pub}/", "Mes démarches"), ("/participation-citoyenne", "Audrevielle en commun"), (f"http://{jp}/", "Je participe"),
         ("/mairie/deliberations", "Délibérations"), ("/mairie/budget", "Budget"), ("/contact", "Contact")], teasers, events)))
    P.append(page("/mairie/deliberations", "Conseil municipal : délibérations", m.prose(
        "Séance du 29 juin 2026 : création de l'espace numérique de participation ; règlement des pétitions citoyennes ; budget supplémentaire.")
        + m.docs(("Délibérations du 18 mai 2026", "1,1 Mo"), ("Procès-verbal d'installation du 28 mars 2026", "620 Ko")),
        decoys={"participation_displayed", "petition"}))
    P.append(page("/mairie/budget", "Le budget", m.prose(
        "Budget primitif 2026 : 49,3 M€ ; l'épargne brute se redresse. Le débat d'orientation budgétaire s'est tenu le 9 mars.")
        + m.docs(("Budget primitif 2026", "2,4 Mo")), decoys={"participatory_budget"}))
    P.append(page("/participation-citoyenne", "Audrevielle en commun", m.prose(
        "Audrevielle en commun est la démarche de participation du mandat 2026-2032 : assemblées de quartier, concertations sur les projets, "
        f"et un espace en ligne, <a href=\"http://{jp}/\">jeparticipe.audrevielle.fr</a>, pour signer des pétitions, proposer des idées et répondre aux questionnaires.",
        "Elle succède à l'application de participation du mandat précédent, fermée en mars.")
        + m.links([("/participation-citoyenne/assemblees-de-quartier", "Les assemblées de quartier"), ("/participation-citoyenne/ancienne-application", "L'ancienne application")]),
        {"participation_displayed"}))
    P.append(page("/participation-citoyenne/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
        "Cinq assemblées de quartier, ouvertes à tous les habitants, se tiennent chaque trimestre. Un comité d'animation de six habitants prépare l'ordre du jour.")
        + m.bullets("Centre", "Faubourg", "Cité des Aulnes", "Fosse 4", "Le Marais"),
        {"participation_displayed"}, parent=("Audrevielle en commun", "/participation-citoyenne")))
    P.append(page("/participation-citoyenne/ancienne-application", "L'ancienne application de participation", m.prose(
        "De 2021 à 2026, la ville proposait une application Fluicity. Le contrat a pris fin le 31 mars 2026 : l'application n'est plus disponible.",
        f"Un message d'information reste affiché à l'adresse <a href=\"http://{old}/\">audrevielle.flui.city</a>."),
        decoys={"participatory_platform"}))
    P.append(page("/actualites/concertation-place-de-la-gare", "Place de la Gare : la concertation commence", m.prose(
        "La ville soumet aux habitants trois scénarios d'aménagement de la place de la Gare. Réunion publique le 11 juin ; vos remarques sont bienvenues ci-dessous.")
        + m.drupal_comments([("Hervé", "19/05/2026", "Le scénario B garde les arbres, c'est le meilleur."),
                             ("Sabrina", "20/05/2026", "Il manque une station de vélos dans les trois.")], 301),
        {"participation_displayed", "comments"}))
    P.append(page("/actualites/grande-consultation-2019-resultats", "Ce que disait la grande consultation de 2019", m.prose(
        "En 2019, 3 100 habitants avaient répondu au questionnaire « Audrevielle demain ». Rappel des principaux résultats.")
        + m.results_table("Votre priorité pour la ville", [("Sécurité", 34), ("Propreté", 27), ("Emploi", 22), ("Transports", 17)], "Questionnaire clos en décembre 2019."),
        decoys={"poll"}))
    P.append(page("/actualites/ducasse-appel-a-benevoles", "Ducasse : appel à bénévoles", m.prose(
        "Montage des stands, buvette, sécurité : inscrivez-vous auprès du comité des fêtes avant le 20 juin."), decoys={"suggestion_call"}))
    P.append(page("/contact", "Contact", m.prose(
        "Hôtel de ville, Grand-Place, 59730 Audrevielle. Tél. 03 27 00 00 00.",
        f"Pour écrire aux services, utilisez <a href=\"http://{pub}/contact/\">le formulaire en ligne</a> du portail des démarches.")))
    www = Site(host, "drupal", "Ville d'Audrevielle", P,
               menu=[("Mairie", "/mairie/deliberations"), ("Participation", "/participation-citoyenne"), ("Démarches", f"http://{pub}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleAudrevielle"), social("instagram", "audrevielle"), social("tiktok", "villeaudrevielle")],
               address="Hôtel de ville, Grand-Place, 59730 Audrevielle")
    U = []
    U.append(page("/", "Mes démarches", m.links([("/contact/", "Écrire à la mairie"), ("/signalement/", "Signaler un problème sur l'espace public"),
                                                 ("/reservation-salle/", "Réserver une salle"), (f"http://{host}/", "Site de la ville")], "cell list-of-links")))
    U.append(page("/contact/", "Écrire à la mairie", m.publik_form("/contact/", "Votre demande", [("1", "Nom", "text"), ("2", "Courriel", "email")],
                                                                   ("3", "Votre message")), {"contact_form"}))
    # a report about the public space is a free-text message sent to the city's services
    U.append(page("/signalement/", "Signaler un problème sur l'espace public", m.publik_form(
        "/signalement/", "Votre signalement", [("1", "Adresse ou lieu", "text"), ("2", "Courriel", "email")], ("3", "Description du problème"),
        ("Signalement", "Localisation", "Validation")), {"contact_form"}, decoys={"suggestion_call"}))
    U.append(page("/reservation-salle/", "Réserver une salle", m.booking("/reservation-salle/", ["Salle Jean-Bart", "Salle des fêtes du Marais"], "salle"),
                  decoys={"contact_form"}))
    usite = Site(pub, "publik", "Démarches en ligne — Audrevielle", U, menu=[("Accueil", "/"), ("Contact", "/contact/")],
                 accounts=[social("facebook", "VilleAudrevielle")], address="Hôtel de ville, Grand-Place, 59730 Audrevielle")
    J = []
    J.append(page("/", "Je participe — Audrevielle en commun", m.prose(
        "L'espace en ligne de la participation à Audrevielle : signez ou lancez une pétition, proposez une idée, répondez au questionnaire du moment.")
        + m.links([("/petitions", "Pétitions citoyennes"), ("/idees", "Proposer une idée"), ("/questionnaire-priorites", "Questionnaire : vos priorités"),
                   ("/budget-participatif/edition-2025", "Budget participatif : l'édition 2025"), (f"http://{host}/participation-citoyenne", "Audrevielle en commun")]),
        {"participation_displayed"}))
    J.append(page("/petitions", "Pétitions citoyennes", m.prose(
        "Toute pétition qui recueille 600 signatures d'Audreviellois en trois mois reçoit une réponse écrite du maire ; à 1 500, elle est débattue en conseil.")
        + m.petition_card("/petitions/eclairage-parc-du-tilleul", "Éclairer le parc du Tilleul le soir", 418, 600, "reste 61 jours")
        + m.petition_card("/petitions/eclairage-parc-du-tilleul", "Un passage piéton rue Jean-Jaurès", 600, 600, "réponse du maire publiée", "Aboutie"),
        {"petition"}))
    J.append(page("/petitions/eclairage-parc-du-tilleul", "Éclairer le parc du Tilleul le soir", m.prose(
        "Le parc ferme à 22 h mais il fait nuit dès 17 h en hiver. Nous demandons un éclairage basse consommation sur l'allée centrale.")
        + m.petition_sign("/petitions/eclairage-parc-du-tilleul/signer", "Éclairer le parc du Tilleul le soir", 418, 600),
        {"petition"}, parent=("Pétitions citoyennes", "/petitions")))
    J.append(page("/idees", "Proposer une idée", m.idea_form("/idees", "Une idée pour votre quartier ou pour la ville ? Les idées sont publiées après modération.",
                                                             ["Cadre de vie", "Propreté", "Sport", "Culture", "Mobilités"]),
                  {"suggestion_call", "contact_form"}))
    J.append(page("/questionnaire-priorites", "Questionnaire : vos priorités pour 2026-2032", m.questionnaire(
        "/questionnaire-priorites", "Ouvert jusqu'au 14 juillet ; les résultats seront publiés en septembre.",
        [("Classez votre première priorité", "radio", ["Sécurité", "Propreté", "Emploi", "Transports", "Écoles"]),
         ("Participeriez-vous à une assemblée de quartier ?", "radio", ["Oui", "Peut-être", "Non"]),
         ("Votre tranche d'âge", "select", ["Moins de 25 ans", "25-44 ans", "45-64 ans", "65 ans et plus"])]),
        {"poll"}))
    # a past edition of the participatory budget: the projects residents proposed and voted
    J.append(page("/budget-participatif/edition-2025", "Budget participatif : l'édition 2025", m.prose(
        "La dernière édition du budget participatif (200 000 €) a financé cinq projets votés par 2 240 habitants. La prochaine édition sera décidée par le nouveau conseil.")
        + m.project_cards([("Terrain multisport de la Fosse 4", "Fosse 4", "78 000", 703), ("Fresque du pont du Marais", "Le Marais", "12 000", 455)]),
        {"participatory_budget"}))
    jsite = Site(jp, "vendor", "Je participe — Audrevielle", J, menu=[("Accueil", "/"), ("Pétitions", "/petitions"), ("Idées", "/idees")],
                 address="Ville d'Audrevielle — service démocratie locale", features=PLATFORM, platforms=frozenset({CUSTOM}))
    # the former platform answers with a closing notice only: no space to take part in any more
    O = [page("/", "Audrevielle — application fermée", m.prose(
        "Cette application de participation citoyenne n'est plus en service depuis le 31 mars 2026.",
        f"La ville d'Audrevielle vous donne rendez-vous sur <a href=\"http://{jp}/\">jeparticipe.audrevielle.fr</a>."),
        decoys={"participatory_platform"})]
    osite = Site(old, "vendor", "Audrevielle", O, address="Ville d'Audrevielle")
    return City("99278", "Audrevielle", 35_400, "59", "32", "Hauts-de-France", f"http://{host}/", [www, usite, jsite, osite])


def cities():
    return [pors_menhir(), saint_jorand(), montcalvet(), belleroche(), ottenhoffen(), port_verignan(), chaumeil(), audrevielle()]


def hosts():
    return {}
