"""Holdout part ``gaves``: eight towns of the South-West (Pyrenees, Landes, Gers, Lauragais) of 8,000 to 45,000
inhabitants whose participation is told mostly through news items, agenda entries and short section pages: comités and
conseils de quartier, a conseil des sages and a youth council, concertations on a square or a school, participatory
budgets under local brands (Occitan and Basque words), consultations, questionnaires, idea boxes, a right of petition and
of interpellation, a neighbours' network, forums and comments, contact forms; on WordPress, Drupal, SPIP, Joomla, TYPO3
and agency CMSs, some with Decidim, Cap Collectif, Go Vocal, a home-made space, a Discourse board and Publik e-services.
Their lookalikes: council agendas and minutes, tribunes, the gendarmerie's participation citoyenne, budget primitif and
DOB, enquête publique, census and INSEE surveys, closed polls, tenders and grant calls, contests, fairs called forums,
news naming features in passing, share buttons, newsletters, logins, bookings, payments and school registrations."""
from ..site import City, Site, page, social
from . import gaves_markup as m

CITY = "participation_displayed"
BP = "participatory_budget"
IDEAS = "suggestion_call"
CONTACT = "contact_form"
TSN = "territorial_social_network"
PLATFORM = "participatory_platform"


def _home(intro, quick, news, events, extra=""):
    return (m.chapo(intro) + m.quick_links(quick) + m.teasers(news, "À la une") + m.agenda(events, "Agenda") + extra)


# ==== Lescoun (Pyrénées-Atlantiques), WordPress ================================================================

LESCOUN = "www.lescoun.fr"
_LES_NEWS = [
    ("/actualites/conseil-de-quartier-saligues-compte-rendu/", "Conseil de quartier des Saligues : ce qui a été dit", "12 mars 2025",
     "Éclairage du chemin de halage, vitesse rue du Moulin : retour sur la séance du 4 mars."),
    ("/actualites/concertation-place-du-foirail/", "Place du Foirail : donnez votre avis", "3 mars 2025",
     "Avant les travaux de 2026, la Ville ouvre une concertation sur le réaménagement de la place."),
    ("/actualites/sondage-marche/", "Marché du samedi : un nouvel emplacement ?", "24 février 2025",
     "Les commerçants non sédentaires et la Ville étudient un déplacement du marché."),
    ("/actualites/forum-des-associations/", "Forum des associations le 6 septembre", "18 février 2025",
     "Près de 90 associations réunies à la salle Gaston-Fébus."),
]


def lescoun() -> City:
    bastissem = "<em>Bastissèm Lescoun</em>"
    side = m.wp_sidebar(
        m.widget("Sondage", m.yop_poll(4, "Où préférez-vous le marché du samedi ?", ["Place du Foirail (comme aujourd'hui)", "Allées de Tourny",
                                                                                    "Parking du Gave"]), "widget widget_yop_poll"),
        m.widget("Agenda", m.agenda([("/actualites/prochaine-reunion-quartier-bourg/", "Réunion du conseil de quartier du Bourg", "27", "mars", "Salle du Temple")], ""),
                 "widget widget_agenda"))
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Lescoun, porte de la vallée du Gave.",
            [("/demarches/", "Démarches"), ("/vie-citoyenne/", "Vie citoyenne"), ("/vie-citoyenne/bastissem/", "Bastissèm Lescoun"),
             ("/mairie/conseil-municipal/", "Conseil municipal"), ("/contact/", "Contact"), ("/tourisme/", "Tourisme")],
            _LES_NEWS, [("/actualites/prochaine-reunion-quartier-bourg/", "Conseil de quartier du Bourg", "27", "mars", "Salle du Temple"),
                        ("/actualites/reunion-publique-travaux-avenue/", "Réunion publique : travaux avenue des Pyrénées", "2", "avril", "Salle Gaston-Fébus"),
                        ("/vie-citoyenne/bastissem/votez/", "Bastissèm : le vote est ouvert", "15", "avril", "En ligne et en mairie")],
            m.newsletter("/newsletter/") + m.cookie_banner("wordpress")),
             decoys={PLATFORM}),
        page("/demarches/", "Démarches", m.prose(
            "État civil, urbanisme, inscriptions scolaires, cantine : retrouvez les démarches en ligne et en mairie.",
            m.link("/demarches/cantine-paiement/", "Payer la cantine en ligne") + " · " + m.link("/contact/", "Nous écrire")
            + " · " + m.link("/newsletter/", "S'abonner à la lettre d'information"))),
        page("/demarches/cantine-paiement/", "Payer la cantine", m.prose("Les factures de restauration scolaire sont payables en ligne jusqu'au 15 du mois suivant.")
             + m.payment_form("/demarches/cantine-paiement/", "restauration scolaire"), decoys={CONTACT}),
        page("/vie-citoyenne/", "Vie citoyenne", m.chapo("À Lescoun, la municipalité associe les habitants aux décisions qui les concernent.") + m.prose(
            "Quatre conseils de quartier, un conseil des sages, un conseil municipal des jeunes et un budget participatif, " + bastissem
            + ", font vivre la démocratie de proximité. Chacun peut y prendre part, quel que soit son âge.",
            "L'adjointe à la démocratie participative tient une permanence le premier mercredi du mois.")
             + m.ul(m.link("/vie-citoyenne/conseils-de-quartier/", "Les conseils de quartier"), m.link("/vie-citoyenne/bastissem/", "Bastissèm Lescoun, le budget participatif"),
                    m.link("/vie-citoyenne/conseil-des-sages/", "Le conseil des sages"), m.link("/vie-citoyenne/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes"),
                    m.link("/securite/participation-citoyenne/", "Participation citoyenne (sécurité)")), {CITY}),
        page("/vie-citoyenne/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "La commune compte quatre conseils de quartier : le Bourg, les Saligues, Peyret et la Hourquette. Chacun réunit une vingtaine d'habitants "
            "volontaires, tirés au sort ou candidats, et deux élus référents.",
            "Ils se réunissent trois fois par an en séance ouverte au public. Pour rejoindre le conseil de votre quartier, écrivez-nous via le "
            + m.link("/contact/", "formulaire de contact") + " en précisant votre adresse.")
             + m.h2("Dernières séances") + m.ul(m.link("/actualites/conseil-de-quartier-saligues-compte-rendu/", "Saligues, 4 mars 2025"),
                                             m.link("/actualites/prochaine-reunion-quartier-bourg/", "Bourg, prochaine séance le 27 mars")),
             {CITY}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        # borderline: a report of one neighbourhood council's meeting, the approach at work rather than a passing mention
        page("/actualites/conseil-de-quartier-saligues-compte-rendu/", "Conseil de quartier des Saligues : ce qui a été dit", m.prose(
            "Une trentaine d'habitants ont assisté mardi 4 mars à la séance du conseil de quartier des Saligues, à l'école du Gave.",
            "Les conseillers ont demandé un éclairage à détection le long du chemin de halage ; les services chiffreront la demande d'ici juin. "
            "La limitation à 30 km/h rue du Moulin sera testée six mois.",
            "Prochaine séance à l'automne. Le relevé de décisions complet est disponible en mairie.")
             + m.share_bar("http://www.lescoun.fr/actualites/conseil-de-quartier-saligues-compte-rendu/")
             + m.wp_comments(212, [("Maïté L.", "13 mars 2025 à 9 h 12", "Merci pour le 30 km/h, c'était attendu depuis longtemps."),
                                   ("Jean-Pierre", "14 mars 2025 à 18 h 40", "Et le stationnement devant l'école le matin ?")]),
             {CITY, "comments"}),
        # borderline: an agenda-like news item announcing the next meeting of a conseil de quartier and how to come
        page("/actualites/prochaine-reunion-quartier-bourg/", "Conseil de quartier du Bourg : prochaine séance le 27 mars", m.prose(
            "Le conseil de quartier du Bourg se réunira jeudi 27 mars à 18 h 30, salle du Temple. Ordre du jour : plan de circulation, "
            "fleurissement des rues, bilan des travaux de la halle.",
            "La séance est publique : les habitants du quartier peuvent poser leurs questions en fin de réunion."), {CITY}),
        page("/actualites/reunion-publique-travaux-avenue/", "Réunion publique : travaux de l'avenue des Pyrénées", m.prose(
            "Les travaux de renouvellement des réseaux d'eau commencent le 14 avril avenue des Pyrénées et dureront dix semaines.",
            "Une réunion d'information des riverains se tiendra le 2 avril à 19 h salle Gaston-Fébus : déviations, accès aux commerces, collecte des déchets.")
             + m.share_bar("http://www.lescoun.fr/actualites/reunion-publique-travaux-avenue/"),
             decoys={CITY}),
        page("/actualites/concertation-place-du-foirail/", "Place du Foirail : donnez votre avis", m.chapo(
            "Avant de lancer le réaménagement de la place du Foirail en 2026, la Ville ouvre une concertation jusqu'au 30 avril.") + m.prose(
            "Trois esquisses sont exposées en mairie. Répondez au questionnaire ci-dessous ; une balade urbaine aura lieu le samedi 12 avril à 10 h.")
             + m.gravity("/actualites/concertation-place-du-foirail/", 7, "Questionnaire : la place du Foirail", "Cinq questions, trois minutes.", [
                 ("Quel usage de la place vous importe le plus ?", "radio:Marché|Stationnement|Jeux pour enfants|Terrasses et ombre"),
                 ("Quelle esquisse préférez-vous ?", "radio:Esquisse A (parvis planté)|Esquisse B (halle ouverte)|Esquisse C (parking paysager)"),
                 ("Vous habitez", "select:Le Bourg|Les Saligues|Peyret|La Hourquette|Hors commune")], "Valider mes réponses"),
             {CITY, "poll"}),
        page("/vie-citoyenne/bastissem/", "Bastissèm Lescoun, le budget participatif", m.chapo(
            "« Bastissèm », c'est « construisons » en gascon : 80 000 € pour des projets imaginés et choisis par les habitants.") + m.prose(
            "Chaque habitant de plus de 11 ans peut proposer un projet d'investissement d'intérêt général, puis voter pour ses favoris.")
             + m.steps([("Dépôt des projets", "du 6 janvier au 28 février", "Proposez votre projet en ligne ou en mairie.", "done"),
                        ("Étude de faisabilité", "mars", "Les services vérifient la recevabilité.", "done"),
                        ("Vote", "du 15 avril au 15 mai", "Choisissez trois projets.", "current"),
                        ("Réalisation", "à partir de l'été", "Les lauréats sont réalisés dans les deux ans.", "next")])
             + m.ul(m.link("/vie-citoyenne/bastissem/reglement/", "Le règlement"), m.link("/vie-citoyenne/bastissem/deposer-un-projet/", "Déposer un projet"),
                    m.link("/vie-citoyenne/bastissem/votez/", "Voter"), m.link("/vie-citoyenne/bastissem/laureats-2024/", "Les lauréats 2024"),
                    m.link("/vie-citoyenne/bastissem/edition-2022/", "La première édition (2022)")),
             {BP}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/vie-citoyenne/bastissem/reglement/", "Règlement de Bastissèm Lescoun", m.prose(
            "Article 1 - Objet. La commune consacre chaque année 80 000 € de son budget d'investissement à des projets proposés par les habitants.",
            "Article 2 - Qui peut participer ? Toute personne habitant Lescoun âgée d'au moins 11 ans, à titre individuel ou au nom d'un collectif.",
            "Article 3 - Recevabilité. Le projet relève des compétences communales, coûte moins de 25 000 € et ne génère pas de frais de fonctionnement importants.",
            "Article 4 - Vote. Chaque votant choisit trois projets ; les plus soutenus sont retenus dans la limite de l'enveloppe.")
             + m.download("/vie-citoyenne/bastissem/reglement/version-imprimable/", "Télécharger le règlement"), {BP}, parent=("Bastissèm", "/vie-citoyenne/bastissem/")),
        page("/vie-citoyenne/bastissem/reglement/version-imprimable/", "Règlement Bastissèm (version imprimable)", m.prose(
            "Version imprimable du règlement du budget participatif Bastissèm Lescoun, adoptée par délibération du conseil municipal du 12 décembre 2024.",
            "Enveloppe : 80 000 €. Dépôt, instruction, vote, réalisation."), {BP}),
        # the budget's filing step: a call for residents' projects through a form with a free description
        page("/vie-citoyenne/bastissem/deposer-un-projet/", "Déposer un projet Bastissèm", m.prose(
            "Vous avez une idée pour votre quartier ? Décrivez-la ci-dessous. Le dépôt de la prochaine édition ouvrira le 6 janvier ; "
            "les propositions reçues avant seront versées à l'édition suivante.")
             + m.gravity("/vie-citoyenne/bastissem/deposer-un-projet/", 3, "Mon projet pour Lescoun", "Tous les champs sont obligatoires.", [
                 ("Nom et prénom", "text"), ("Adresse électronique", "email"), ("Titre du projet", "text"),
                 ("Quartier concerné", "select:Le Bourg|Les Saligues|Peyret|La Hourquette|Toute la commune"),
                 ("Description du projet", "textarea"), ("Photo ou plan (facultatif)", "file")], "Déposer mon projet"),
             {BP, IDEAS, CONTACT}, parent=("Bastissèm", "/vie-citoyenne/bastissem/")),
        page("/vie-citoyenne/bastissem/votez/", "Bastissèm : votez pour vos projets", m.prose(
            "Quatorze projets ont été jugés réalisables. Choisissez-en trois, en ligne ou dans l'urne de l'accueil de la mairie, jusqu'au 15 mai.")
             + m.project_cards([("Boîtes à livres dans les quatre quartiers", "Toute la commune", "4 200 €", ""),
                                ("Ombrières de l'aire de jeux des Saligues", "Les Saligues", "18 000 €", ""),
                                ("Verger partagé de Peyret", "Peyret", "7 500 €", ""),
                                ("Abri vélos sécurisé à la gare", "Le Bourg", "12 000 €", "")])
             + m.agency_form("/vie-citoyenne/bastissem/votez/", [("projets", "Mes trois projets", "select:Boîtes à livres|Ombrières des Saligues|Verger de Peyret|Abri vélos"),
                                                                 ("email", "Adresse électronique (un vote par personne)", "email")], "Voter", "bp-vote"),
             {BP}, decoys={"poll"}, parent=("Bastissèm", "/vie-citoyenne/bastissem/")),
        page("/vie-citoyenne/bastissem/laureats-2024/", "Bastissèm 2024 : les projets lauréats", m.prose(
            "1 214 habitants ont voté en 2024. Six projets seront réalisés pour 79 300 €.")
             + m.project_cards([("Table de pique-nique et fontaine au bord du Gave", "Les Saligues", "9 800 €", "412"),
                                ("Skate-park : extension", "La Hourquette", "24 000 €", "388"),
                                ("Nichoirs et hôtels à insectes", "Toute la commune", "3 500 €", "301")]), {BP}, parent=("Bastissèm", "/vie-citoyenne/bastissem/")),
        page("/vie-citoyenne/bastissem/edition-2022/", "Bastissèm 2022, la première édition", m.prose(
            "Lors de la première édition, 61 projets avaient été déposés par les habitants et 842 personnes avaient voté.",
            "Tous les lauréats sont aujourd'hui réalisés, dont le jardin partagé de Peyret et la passerelle piétonne du moulin."), {BP}, parent=("Bastissèm", "/vie-citoyenne/bastissem/")),
        page("/vie-citoyenne/conseil-des-sages/", "Le conseil des sages", m.prose(
            "Créé en 2015, le conseil des sages réunit 18 Lescounais de plus de 62 ans qui rendent des avis au maire sur les projets de la ville.",
            "Ses commissions travaillent cette année sur l'accessibilité des trottoirs et le lien entre générations. Candidatures ouvertes en septembre."), {CITY}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/vie-citoyenne/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans dans les classes de CM2 et de 6e, les 22 jeunes conseillers portent leurs propres projets : une journée "
            "« rivière propre » au bord du Gave, une boîte à lire au collège, une rencontre avec les résidents de l'EHPAD.",
            "Ils présentent leurs projets au conseil municipal chaque printemps."), {CITY}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/mairie/conseil-municipal/", "Conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique à l'hôtel de ville, environ tous les deux mois.",
            "Prochaine séance : lundi 24 mars à 19 h. Ordre du jour : compte administratif 2024, budget primitif 2025, tarifs de la cantine.")
             + m.download("/mairie/conseil-municipal/pv-2025-01/", "Procès-verbal de la séance du 27 janvier 2025")
             + m.ul(m.link("/mairie/tribunes/", "Tribunes des groupes politiques"), m.link("/finances/budget-primitif-2025/", "Budget primitif 2025")),
             decoys={CITY}),
        page("/mairie/conseil-municipal/pv-2025-01/", "Procès-verbal du 27 janvier 2025", m.prose(
            "Présents : 27. Pouvoirs : 2. Secrétaire de séance : Mme Lartigue.",
            "Délibération 2025-01 : débat d'orientation budgétaire. Délibération 2025-02 : convention avec le SDIS. Délibération 2025-03 : "
            "création de la commission du budget participatif (adoptée à l'unanimité)."), decoys={CITY, BP}),
        page("/mairie/tribunes/", "Tribunes des groupes politiques", m.prose(
            "<strong>Lescoun Ensemble (majorité).</strong> Le budget participatif entre dans sa troisième édition : merci aux habitants qui s'engagent.",
            "<strong>Lescoun Autrement (opposition).</strong> Une vraie démocratie participative supposerait de consulter les habitants avant, pas après, le projet de la place du Foirail."),
             decoys={CITY, BP}),
        page("/finances/budget-primitif-2025/", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'élève à 24,6 millions d'euros, dont 7,1 millions d'investissement. Les taux de fiscalité restent inchangés.",
            "Principaux investissements : rénovation de l'école du Gave, voirie, réseau de chaleur.")
             + m.download("/finances/budget-primitif-2025/", "Rapport de présentation du budget (PDF)"), decoys={BP}),
        page("/actualites/sondage-marche/", "Marché du samedi : un nouvel emplacement ?", m.two_columns(m.prose(
            "Le marché du samedi a doublé en cinq ans et la place du Foirail est saturée. La Ville et les commerçants étudient trois emplacements.",
            "Donnez votre préférence dans le sondage ci-contre : les résultats seront présentés à la commission des marchés en mai.",
            "À lire aussi : " + m.link("/actualites/resultats-sondage-cantine/", "les résultats du sondage sur les menus de la cantine") + "."), side), {"poll"}),
        page("/actualites/resultats-sondage-cantine/", "Menus de la cantine : les résultats du sondage", m.prose(
            "Le sondage sur les menus végétariens est clos depuis le 31 janvier. Merci aux 356 familles qui ont répondu.")
             + m.yop_poll(2, "Un second repas végétarien par semaine ?", [], closed=True,
                          results=[("Oui", 58, 206), ("Non", 31, 110), ("Sans avis", 11, 40)]), decoys={"poll"}),
        page("/actualites/forum-des-associations/", "Forum des associations le 6 septembre", m.prose(
            "Le forum des associations se tient samedi 6 septembre de 10 h à 18 h à la salle Gaston-Fébus : sport, culture, solidarité, "
            "démonstrations de pelote basque et inscriptions sur place.") + m.wp_comments(230, [], open_form=False), decoys={"forum", "comments"}),
        page("/securite/participation-citoyenne/", "Dispositif de participation citoyenne", m.prose(
            "La commune a signé avec la gendarmerie et la préfecture un protocole de participation citoyenne : des habitants référents, "
            "volontaires, signalent aux gendarmes les faits inhabituels dans leur quartier.",
            "Ce dispositif de vigilance n'est pas un réseau social : les référents sont en lien direct avec la brigade de Lescoun."),
             decoys={CITY, TSN}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, place de la République. Ouvert du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.")
             + m.cf7("/contact/", 58, [("your-name", "Votre nom (obligatoire)", "text"), ("your-email", "Votre e-mail (obligatoire)", "email"),
                                       ("your-subject", "Objet", "text")]), {CONTACT}),
        page("/newsletter/", "Recevoir la lettre d'information", m.prose("Chaque mois, l'essentiel de l'actualité lescounaise dans votre boîte aux lettres électronique.")
             + m.newsletter("/newsletter/"), decoys={CONTACT}),
        page("/tourisme/", "Tourisme", m.prose(
            "L'office de tourisme Cœur de Gave vous accueille rue des Pénitents : randonnées, rafting, patrimoine.",
            "Suivez ses bons plans sur <a href=\"https://www.facebook.com/OfficeTourismeCoeurDeGave\">sa page Facebook</a> et "
            "<a href=\"https://www.instagram.com/coeurdegave_tourisme/\">Instagram</a>.")),
    ]
    www = Site(LESCOUN, "wordpress", "Ville de Lescoun", pages,
               menu=[("Accueil", "/"), ("Démarches", "/demarches/"), ("Vie citoyenne", "/vie-citoyenne/"), ("Conseil municipal", "/mairie/conseil-municipal/"),
                     ("Actualités", "/actualites/concertation-place-du-foirail/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDeLescoun"), social("instagram", "lescoun64")], address="Hôtel de ville, place de la République, 64 Lescoun")
    return City("99231", "Lescoun", 18_400, "64", "75", "Nouvelle-Aquitaine", f"http://{LESCOUN}/", [www],
                decoy_accounts=("https://www.facebook.com/officetourismecoeurdegave", "https://www.instagram.com/coeurdegave_tourisme"))


# ==== Bazerque (Hautes-Pyrénées), Drupal + Decidim ===============================================================

BAZERQUE = "www.bazerque.fr"
BAZ_DECIDIM = "participer.bazerque.fr"


def bazerque() -> City:
    D = f"http://{BAZ_DECIDIM}"
    pages = [
        page("/", "Accueil", m.cookie_banner("drupal") + _home(
            "Ville de Bazerque, au pied du pic du Midi.",
            [("/democratie-locale", "Démocratie locale"), (D + "/", "Participer en ligne"), ("/mairie/conseil-municipal/seances", "Séances du conseil"),
             ("/mairie/marches-publics", "Marchés publics"), ("/contact", "Contacter la mairie"), ("/user/login", "Mon compte")],
            [("/actualites/comite-quartier-sud-bilan-2024", "Comité de quartier Sud : le bilan 2024", "10 février 2025", "Un an de travail des habitants du quartier Sud."),
             ("/actualites/budget-participatif-vote-ouvert", "Budget participatif : à vous de voter", "1er avril 2025", "22 projets soumis au vote jusqu'au 30 avril."),
             ("/actualites/sondage-piscine", "Piscine d'été : quels horaires ?", "20 mars 2025", "Répondez au sondage."),
             ("/actualites/recensement-2025", "Recensement de la population", "15 janvier 2025", "Les agents recenseurs passent chez vous."),
             ("/actualites/agents-formes-decidim", "La mairie se forme au numérique", "5 décembre 2024", "Formation des agents aux outils en ligne.")],
            [("/democratie-locale/comites-de-quartier/comite-nord", "Comité de quartier Nord", "8", "avril", "Maison de quartier"),
             ("/urbanisme/enquete-publique-plu", "Enquête publique PLU : permanence", "14", "avril", "Hôtel de ville")])),
        page("/democratie-locale", "Démocratie locale", m.prose(
            "Habitants, associations, commerçants : la Ville de Bazerque vous associe à la préparation des décisions. Cinq comités de quartier, "
            "un conseil des sages, des concertations sur les grands projets et un budget participatif annuel structurent la démarche.",
            "Depuis 2023, la plateforme " + m.link(D + "/", "participer.bazerque.fr") + " permet de proposer, commenter et voter en ligne.")
             + m.ul(m.link("/democratie-locale/comites-de-quartier", "Les comités de quartier"),
                    m.link("/democratie-locale/consultation-ecole-jean-jaures", "Concertation : école Jean-Jaurès"),
                    m.link(D + "/processes/budget-participatif-2025", "Budget participatif 2025"),
                    m.link(D + "/assemblies/conseil-des-sages", "Le conseil des sages")), {CITY}),
        page("/democratie-locale/comites-de-quartier", "Les comités de quartier", m.prose(
            "Cinq comités de quartier (Nord, Sud, Centre, Adour, Lannes) sont ouverts à tous les habitants majeurs. Ils se réunissent "
            "chaque trimestre avec l'élu de quartier et disposent d'un petit budget de fonctionnement.",
            "Pour vous inscrire, remplissez le formulaire de " + m.link("/contact", "contact") + " en choisissant « Comités de quartier ».")
             + m.ul(m.link("/democratie-locale/comites-de-quartier/comite-nord", "Comité Nord"), m.link("/actualites/comite-quartier-sud-bilan-2024", "Comité Sud : bilan 2024")),
             {CITY}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/comites-de-quartier/comite-nord", "Comité de quartier Nord", m.prose(
            "Prochaine réunion : mardi 8 avril à 18 h 30, maison de quartier du Vignaou. Ordre du jour : sécurisation du carrefour de la route de Tarbes, fête de quartier.",
            "Comptes rendus : " + m.link("/democratie-locale/comites-de-quartier/comite-nord/cr-2025-01", "séance du 14 janvier 2025") + "."),
             {CITY}, parent=("Comités de quartier", "/democratie-locale/comites-de-quartier")),
        page("/democratie-locale/comites-de-quartier/comite-nord/cr-2025-01", "Comité Nord : compte rendu du 14 janvier 2025", m.prose(
            "Présents : 23 habitants, M. Soulé, élu de quartier. Sujets : dépôts sauvages rue des Tilleuls (une caméra mobile sera posée), "
            "demande de bancs au parc du Vignaou (transmise au budget participatif), horaires de la ligne de bus 3."),
             {CITY}, parent=("Comité Nord", "/democratie-locale/comites-de-quartier/comite-nord")),
        page("/actualites/comite-quartier-sud-bilan-2024", "Comité de quartier Sud : le bilan 2024", m.prose(
            "Le comité de quartier Sud a tenu quatre réunions publiques en 2024 et obtenu la création d'un passage piéton surélevé avenue de l'Adour.",
            "Il recherche de nouveaux membres : les réunions sont ouvertes à tous.") + m.drupal_comments(418, [
                ("Colette", "11/02/2025 - 08:31", "Bravo pour le passage piéton ! Reste la vitesse rue Pasteur."),
                ("Anonyme", "12/02/2025 - 21:04", "Quand aura lieu la prochaine réunion ?")]), {CITY, "comments"}),
        # a news item whose purpose is the vote of the participatory budget, with links to vote
        page("/actualites/budget-participatif-vote-ouvert", "Budget participatif : à vous de voter", m.prose(
            "Du 1er au 30 avril, votez pour vos projets préférés parmi les 22 retenus pour le budget participatif 2025 (100 000 €).",
            "Le vote se fait sur " + m.link(D + "/processes/budget-participatif-2025/f/13/budgets", "la plateforme de participation")
            + " ou sur papier à l'accueil de la mairie.") + m.share_bar("http://www.bazerque.fr/actualites/budget-participatif-vote-ouvert"), {BP}),
        page("/democratie-locale/consultation-ecole-jean-jaures", "Concertation : l'avenir de l'école Jean-Jaurès", m.chapo(
            "Rénover ou reconstruire ? La Ville consulte les familles, les enseignants et les riverains jusqu'au 15 mai.") + m.prose(
            "Deux ateliers ont eu lieu en mars. Un questionnaire est ouvert à tous.") + m.webform("/democratie-locale/consultation-ecole-jean-jaures", "consultation_ecole", [
                ("lien", "Vous êtes", "radios:Parent d'élève|Enseignant ou personnel|Riverain|Autre"),
                ("option", "Quelle option préférez-vous ?", "radios:Rénovation du bâtiment actuel|Reconstruction sur le site du stade"),
                ("priorites", "Vos priorités", "checkboxes:Cour végétalisée|Restauration sur place|Accès vélo|Salle polyvalente")], "Envoyer mes réponses", "Ec0le1")
             + m.link("/democratie-locale/consultation-ecole-jean-jaures/resultats", "Résultats de la première phase"),
             {CITY, "poll"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/consultation-ecole-jean-jaures/resultats", "Concertation école Jean-Jaurès : résultats de la première phase", m.prose(
            "Le premier questionnaire, clos le 28 février, a recueilli 431 réponses : 62 % pour la reconstruction, 38 % pour la rénovation.",
            "Ces résultats seront présentés en réunion publique le 20 mai, avant le choix du conseil municipal."),
             {CITY}, decoys={"poll"}, parent=("Concertation école", "/democratie-locale/consultation-ecole-jean-jaures")),
        page("/actualites/sondage-piscine", "Piscine d'été : quels horaires ?", m.two_columns(m.prose(
            "La piscine municipale ouvre le 21 juin. Cette année, la Ville envisage une ouverture en soirée deux jours par semaine.",
            "Dites-nous quels horaires vous conviennent.", "Le précédent sondage portait sur la médiathèque : "
            + m.link("/actualites/resultats-sondage-horaires-mediatheque", "voir ses résultats") + "."), m.drupal_poll(6, "Quels horaires préférez-vous pour la piscine d'été ?",
                                                                            ["10 h - 19 h tous les jours", "12 h - 20 h", "10 h - 19 h et nocturnes jusqu'à 21 h le mardi et le jeudi"])),
             {"poll"}),
        page("/actualites/resultats-sondage-horaires-mediatheque", "Médiathèque : résultats du sondage sur les horaires", m.prose(
            "Le sondage en ligne sur les horaires de la médiathèque est terminé. L'ouverture le samedi après-midi sera testée dès septembre.")
             + m.drupal_poll_results("Faut-il ouvrir la médiathèque le samedi après-midi ?", [("Oui", 71, 254), ("Non", 18, 64), ("Sans opinion", 11, 39)], 357),
             decoys={"poll"}),
        page("/mairie/budget/debat-orientation-budgetaire", "Débat d'orientation budgétaire 2025", m.prose(
            "Le débat d'orientation budgétaire s'est tenu le 3 février. Les dépenses d'équipement atteindront 9 millions d'euros.",
            "Le rapport d'orientation budgétaire présente la dette, les effectifs et la stratégie financière jusqu'en 2027.")
             + m.link("/mairie/budget/budget-primitif-2025", "Budget primitif 2025"), decoys={BP}),
        page("/mairie/budget/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Voté le 24 mars, le budget primitif 2025 s'équilibre à 31 millions d'euros. Une ligne de 100 000 € est réservée aux projets du budget participatif.",
            "Section de fonctionnement : 22 millions d'euros. Section d'investissement : 9 millions d'euros."), decoys={BP}),
        page("/mairie/conseil-municipal/seances", "Séances du conseil municipal", m.prose(
            "Les séances sont publiques et retransmises en direct. Ordres du jour, délibérations et procès-verbaux sont publiés ici.")
             + m.ul("Séance du 24 mars 2025 : budget primitif, tarifs municipaux", "Séance du 3 février 2025 : débat d'orientation budgétaire",
                    m.link("/mairie/budget/debat-orientation-budgetaire", "Rapport d'orientation budgétaire")), decoys={CITY}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Consultations en cours : travaux de couverture du gymnase Lannes (date limite le 30 avril), fourniture de repas pour la cuisine centrale.",
            "Les dossiers de consultation sont téléchargeables sur le profil d'acheteur de la Ville.",
            "Associations : consultez plutôt l'" + m.link("/associations/appel-a-projets-associatifs", "appel à projets associatifs") + "."), decoys={IDEAS}),
        page("/associations/appel-a-projets-associatifs", "Appel à projets associatifs 2025", m.prose(
            "La Ville soutient les projets d'animation des associations bazerquoises. Dossier de demande de subvention à déposer avant le 31 mars.",
            "Critères : intérêt local, ouverture au public, cofinancements.")
             + m.download("/associations/appel-a-projets-associatifs", "Dossier de demande de subvention"), decoys={IDEAS}),
        page("/urbanisme/enquete-publique-plu", "Enquête publique sur la révision du PLU", m.prose(
            "Par arrêté du maire, une enquête publique sur la révision du plan local d'urbanisme se tient du 7 avril au 9 mai.",
            "Le commissaire enquêteur reçoit le public en mairie les 14 avril, 24 avril et 9 mai. Les observations peuvent être consignées sur le registre."),
             decoys={CITY, "poll"}),
        page("/actualites/recensement-2025", "Recensement de la population", m.prose(
            "Du 16 janvier au 22 février, des agents recenseurs munis d'une carte officielle passent dans les foyers tirés au sort par l'INSEE.",
            "Vous pouvez répondre au questionnaire du recensement sur le site officiel avec les codes qui vous seront remis."), decoys={"poll"}),
        page("/actualites/agents-formes-decidim", "La mairie se forme au numérique", m.prose(
            "Douze agents ont suivi une formation aux outils numériques : gestion du site internet, réseaux sociaux et administration du logiciel Decidim "
            "utilisé pour le budget participatif.", "Une seconde session aura lieu au printemps."), decoys={PLATFORM}),
        page("/contact", "Contacter la mairie", m.prose("Hôtel de ville, 1 place de la Mairie. Standard : 05 62 00 00 00.")
             + m.webform("/contact", "contact", [("name", "Votre nom", "textfield"), ("email", "Votre adresse électronique", "email"),
                                                 ("service", "Service concerné", "select:Accueil|Comités de quartier|Urbanisme|Services techniques|Enfance"),
                                                 ("subject", "Objet", "textfield"), ("message", "Message", "textarea")], "Envoyer le message", "Ct4ct0"), {CONTACT}),
        page("/user/login", "Se connecter", m.prose("Espace réservé aux élus et aux agents.") + (
            '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Nom d\'utilisateur</label><input autocorrect="none" autocapitalize="none" type="text" id="edit-name" name="name" class="form-text required" /></div>'
            '<div class="js-form-item form-item js-form-type-password form-item-pass"><label for="edit-pass">Mot de passe</label><input type="password" id="edit-pass" name="pass" class="form-text required" /></div>'
            '<input type="hidden" name="form_id" value="user_login_form" /><input type="submit" id="edit-submit" name="op" value="Se connecter" class="button js-form-submit form-submit" /></form>'),
             decoys={CONTACT}),
    ]
    www = Site(BAZERQUE, "drupal", "Ville de Bazerque", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/democratie-locale"), ("Budget", "/mairie/budget/debat-orientation-budgetaire"),
                     ("Conseil municipal", "/mairie/conseil-municipal/seances"), ("Contact", "/contact")],
               accounts=[social("facebook", "villedebazerque"), social("x", "Bazerque65", "https://twitter.com/Bazerque65"), social("youtube", "VilleDeBazerque")],
               address="Hôtel de ville, 1 place de la Mairie, 65 Bazerque")
    bp = "/processes/budget-participatif-2025"
    dpages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de Bazerque : proposez, débattez, votez.")
             + '<section class="home__section"><h2 class="h2">Processus en cours</h2><div class="card__grid-home">'
             + m.decidim_process_card(bp, "Budget participatif 2025", "Vote", 64)
             + m.decidim_process_card("/processes/idees-centre-ville", "Cœur de ville : vos idées", "Propositions", 38)
             + "</div></section>" + m.link("/assemblies/conseil-des-sages", "Assemblée : conseil des sages"),
             {CITY}),
        page(bp, "Budget participatif 2025", m.prose(
            "100 000 € pour des projets imaginés par les Bazerquois. Phase actuelle : vote (1er - 30 avril).")
             + '<div class="process__steps"><ol><li class="is-past">Dépôt des propositions</li><li class="is-past">Analyse</li><li class="is-active">Vote</li><li>Résultats</li></ol></div>'
             + m.ul(m.link(bp + "/f/12/proposals", "Propositions (64)"), m.link(bp + "/f/13/budgets", "Voter")), {BP}),
        page(bp + "/f/12/proposals", "Propositions", m.decidim_proposal(bp + "/f/12/proposals/341", "Des bancs au parc du Vignaou", "Comité Nord", 88, 2)
             + m.decidim_proposal(bp + "/f/12/proposals/352", "Un terrain de basket 3x3 aux Lannes", "Yanis", 141, 0), {BP}),
        page(bp + "/f/12/proposals/341", "Des bancs au parc du Vignaou", m.prose(
            "Installer six bancs et deux tables à l'ombre des platanes du parc du Vignaou, pour les familles et les personnes âgées. Coût estimé : 6 000 €.")
             + m.decidim_comments([("Marthe B.", "02/03/2025", "Très bonne idée, il n'y a aucun endroit pour s'asseoir."),
                                   ("Comité Nord", "04/03/2025", "Proposition issue de notre réunion du 14 janvier.")], 341), {BP, "comments"}),
        page(bp + "/f/12/proposals/352", "Un terrain de basket 3x3 aux Lannes", m.prose(
            "Transformer le plateau sportif des Lannes en terrain de basket 3x3 avec un revêtement neuf. Coût estimé : 38 000 €.")
             + m.decidim_comments([], 352), {BP, "comments"}),
        page(bp + "/f/13/budgets", "Voter", m.prose("Répartissez 100 000 € entre les projets retenus, puis confirmez votre vote.")
             + '<div class="budget-summary"><p>Budget attribué : <strong>0 €</strong> / 100 000 €</p></div><ul class="budget-list">'
             + '<li class="budget-list__item"><a href="' + bp + '/f/12/proposals/341">Bancs au parc du Vignaou</a> 6 000 € <button class="button button__sm button__transparent-secondary" disabled>Ajouter</button></li>'
             + '<li class="budget-list__item"><a href="' + bp + '/f/12/proposals/352">Basket 3x3 aux Lannes</a> 38 000 € <button class="button button__sm button__transparent-secondary" disabled>Ajouter</button></li></ul>'
             + '<p>Pour voter, <a href="/users/sign_in">connectez-vous</a>.</p>', {BP}),
        page("/processes/idees-centre-ville", "Cœur de ville : vos idées", m.prose(
            "Comment rendre le centre-ville plus vivant ? Commerces, stationnement, animations, végétalisation : proposez vos idées jusqu'au 31 mai "
            "et soutenez celles des autres.")
             + m.decidim_proposal("/processes/idees-centre-ville/f/20/proposals/77", "Une rue piétonne le samedi", "Pauline", 52, 1)
             + m.link("/processes/idees-centre-ville/f/21/surveys", "Répondre au questionnaire sur le centre-ville"), {IDEAS}),
        page("/processes/idees-centre-ville/f/20/proposals/77", "Une rue piétonne le samedi", m.prose(
            "Fermer la rue Maréchal-Foch à la circulation le samedi de 9 h à 13 h, pendant le marché.")
             + m.decidim_comments([("Henri", "18/03/2025", "Les commerçants doivent être consultés.")], 77), {IDEAS, "comments"}),
        page("/processes/idees-centre-ville/f/21/surveys", "Questionnaire : votre centre-ville", m.prose("Six questions sur vos habitudes au centre-ville.")
             + '<form class="form answer-questionnaire" id="edit_questionnaire_21" action="/processes/idees-centre-ville/f/21/surveys/answer" method="post">'
             '<div class="questionnaire-question"><label>À quelle fréquence venez-vous au centre-ville ?</label>'
             '<div class="radio-button-collection"><label><input type="radio" value="1" name="questionnaire[responses][0][choices][][body]">Chaque jour</label>'
             '<label><input type="radio" value="2" name="questionnaire[responses][0][choices][][body]">Chaque semaine</label>'
             '<label><input type="radio" value="3" name="questionnaire[responses][0][choices][][body]">Rarement</label></div></div>'
             '<div class="questionnaire-question"><label for="q1">Qu\'est-ce qui vous manque ?</label><textarea id="q1" name="questionnaire[responses][1][body]" rows="3"></textarea></div>'
             '<input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions<button type="submit" class="button button__lg button__secondary">Envoyer</button></form>',
             {"poll"}),
        page("/assemblies/conseil-des-sages", "Conseil des sages", m.prose(
            "Le conseil des sages de Bazerque rassemble 20 membres de plus de 60 ans. Il rend des avis sur les projets municipaux et publie ici ses travaux.",
            "Réunions plénières : février, juin, novembre."), {CITY}),
    ]
    dec = Site(BAZ_DECIDIM, "decidim", "Participer à Bazerque", dpages,
               menu=[("Accueil", "/"), ("Processus", bp), ("Assemblées", "/assemblies/conseil-des-sages")],
               features=frozenset({PLATFORM}), platforms=frozenset({"decidim"}))
    return City("99232", "Bazerque", 23_100, "65", "76", "Occitanie", f"http://{BAZERQUE}/", [www, dec])


# ==== Arrigaux (Landes), SPIP ====================================================================================

ARRIGAUX = "www.arrigaux.fr"


def _a(n):
    return f"/spip.php?article{n}"


def _r(n):
    return f"/spip.php?rubrique{n}"


def arrigaux() -> City:
    pages = [
        page("/", "Accueil", m.cookie_banner() + _home(
            "Arrigaux, entre forêt des Landes et Adour.",
            [(_r(5), "Participer"), (_r(9), "Forum des habitants"), (_a(75), "Boîte à idées"), (_a(62), "Droit de pétition"),
             (_a(120), "Écrire à la mairie"), (_a(121), "Inscriptions scolaires")],
            [(_a(58), "Conseil de quartier du Marensin : relevé de décisions", "20 mars 2025", "Circulation, jardins familiaux, propreté."),
             (_a(80), "Questionnaire : les mobilités douces", "12 mars 2025", "Vélo, marche, covoiturage : comment vous déplacez-vous ?"),
             (_a(96), "Forum des associations", "4 septembre 2024", "Rendez-vous aux arènes."),
             (_a(130), "Budget 2025 : les grandes orientations", "28 février 2025", "Le conseil municipal a voté le budget."),
             (_a(70), "Maternité : le conseil municipal adopte un vœu", "14 février 2025", "Soutien unanime aux soignants.")],
            [(_a(140), "Concertation place de la Halle : atelier", "5", "avril", "Halle"),
             (_a(95), "Forum de l'emploi saisonnier", "12", "avril", "Salle des fêtes")])),
        page(_r(5), "Participer à la vie locale", m.prose(
            "La municipalité d'Arrigaux a fait de la participation des habitants un principe : conseils de quartier, conseil municipal des jeunes, "
            "concertations sur les projets d'aménagement, boîte à idées, droit de pétition et forum en ligne.")
             + m.ul(m.link(_a(41), "Les conseils de quartier"), m.link(_a(110), "Conseil municipal des jeunes"), m.link(_a(140), "Concertation place de la Halle"),
                    m.link(_a(75), "Boîte à idées"), m.link(_a(62), "Droit de pétition"), m.link(_r(9), "Forum des habitants"), m.link(_a(80), "Questionnaire mobilités")), {CITY}),
        page(_a(41), "Les conseils de quartier", m.prose(
            "Trois conseils de quartier (Bourg, Marensin, Les Pins) réunissent habitants volontaires et élus. Ils font remonter les besoins du quartier "
            "et donnent leur avis sur les travaux.", "Inscription auprès de l'accueil de la mairie ou par le " + m.link(_a(120), "formulaire de contact") + ".")
             + m.link(_a(58), "Dernier relevé de décisions (Marensin)"), {CITY}, parent=("Participer", _r(5))),
        # a SPIP article with its forum open: comments under content
        page(_a(58), "Conseil de quartier du Marensin : relevé de décisions", m.prose(
            "Séance du 11 mars 2025, 26 participants. Décisions : sens unique rue des Résiniers à l'essai, extension des jardins familiaux, "
            "opération de nettoyage le 12 avril avec l'école.")
             + m.spip_forum_thread([("Jardins", "Gisèle", "21 mars 2025", "Combien de parcelles en plus ?"),
                                    ("Re : Jardins", "Mairie", "22 mars 2025", "Huit parcelles supplémentaires à l'automne.")])
             + m.spip_forum_form(58, _a(58)), {CITY, "comments"}, parent=("Participer", _r(5))),
        page(_a(62), "Le droit de pétition", m.prose(
            "Depuis 2022, toute pétition signée par au moins 300 habitants d'Arrigaux de plus de 16 ans est inscrite à l'ordre du jour d'un conseil municipal.",
            "Pour lancer une pétition, adressez le texte à la mairie : il est publié sur ce site où chacun peut le signer.")
             + m.ul(m.link(_a(63), "Pétition en cours : traversée sécurisée rue des Pins")), {"petition"}, parent=("Participer", _r(5))),
        page(_a(63), "Pétition : pour une traversée sécurisée rue des Pins", m.prose(
            "Déposée par des parents d'élèves de l'école des Pins, cette pétition demande un plateau ralentisseur et un passage piéton éclairé devant l'école.")
             + m.spip_petition(63, _a(63), 187, [("Marie D.", "24 mars 2025"), ("Thierry L.", "24 mars 2025"), ("Famille Lartigau", "23 mars 2025")]),
             {"petition"}, parent=("Droit de pétition", _a(62))),
        page(_a(70), "Maternité de Mont-de-Marsan : le conseil municipal adopte un vœu", m.prose(
            "Le conseil municipal a adopté à l'unanimité un vœu pour le maintien des services de la maternité. Une pétition nationale circule "
            "sur le site de l'Assemblée nationale (petitions.assemblee-nationale.fr) ; la commune n'en est pas l'auteur."), decoys={"petition"}),
        # an idea box: an explicit call for suggestions through a form with a free-text field
        page(_a(75), "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Arrigaux ? Déposez-la ici. Chaque trimestre, les élus répondent aux idées reçues dans le bulletin municipal.")
             + m.formidable(_a(75), 2, "Votre idée", [("input_1", "Nom", "input"), ("email_1", "Courriel", "email"),
                                                      ("radio_1", "Thème", "radio:Cadre de vie|Jeunesse|Solidarité|Environnement|Autre"),
                                                      ("textarea_1", "Votre idée", "textarea")], "Envoyer mon idée"),
             {IDEAS, CONTACT}, parent=("Participer", _r(5))),
        page(_a(80), "Questionnaire : les mobilités douces", m.prose(
            "La commune prépare un schéma des mobilités douces. Répondez à ce questionnaire avant le 30 avril.")
             + m.formidable(_a(80), 4, "Questionnaire mobilités", [
                 ("radio_1", "Comment vous rendez-vous le plus souvent au bourg ?", "radio:Voiture|Vélo|À pied|Bus"),
                 ("radio_2", "Utiliseriez-vous une piste cyclable vers la gare ?", "radio:Oui, souvent|De temps en temps|Non"),
                 ("checkbox_1", "Qu'est-ce qui vous freine ?", "checkbox:Sécurité|Distance|Absence de stationnement vélo")], "Valider"),
             {"poll"}, parent=("Participer", _r(5))),
        page(_a(81), "Rythmes scolaires : résultats du questionnaire", m.prose(
            "Le questionnaire aux familles, clos le 15 janvier, a recueilli 212 réponses : 68 % souhaitent conserver la semaine de quatre jours.",
            "Le conseil d'école a validé ce choix."), decoys={"poll"}),
        page(_r(9), "Forum des habitants", m.prose(
            "Le forum permet aux habitants d'échanger sur la vie de la commune. Les messages sont modérés a posteriori ; respectez la charte.")
             + '<table class="forum-sujets spip"><thead><tr><th>Sujet</th><th>Messages</th><th>Dernier message</th></tr></thead><tbody>'
             + f'<tr><td><a href="{_a(90)}">Stationnement place de la Halle</a></td><td>7</td><td>22 mars 2025</td></tr>'
             + f'<tr><td><a href="{_a(91)}">Le marché du dimanche</a></td><td>4</td><td>18 mars 2025</td></tr></tbody></table>'
             + f'<p><a href="{_a(92)}" class="bouton">Ouvrir un nouveau sujet</a></p>', {"forum"}, parent=("Participer", _r(5))),
        # a board's thread (SPIP forum used as a discussion board): forum
        page(_a(90), "Forum : stationnement place de la Halle", m.spip_forum_thread([
            ("Stationnement place de la Halle", "Rémi", "14 mars 2025", "Le samedi, impossible de se garer. Une zone bleue ?"),
            ("Re : Stationnement", "Annie", "15 mars 2025", "Il y a le parking des arènes à 200 m, il est souvent vide."),
            ("Re : Stationnement", "Rémi", "22 mars 2025", "Oui mais il n'est pas éclairé le soir.")]) + m.spip_forum_form(90, _a(90)),
             {"forum"}, parent=("Forum des habitants", _r(9))),
        page(_a(91), "Forum : le marché du dimanche", m.spip_forum_thread([
            ("Le marché du dimanche", "Louise", "10 mars 2025", "Pourquoi ne pas ajouter un producteur de fromage ?"),
            ("Re : marché", "Paco", "18 mars 2025", "Il y en avait un l'été dernier, il reviendra en juin.")]) + m.spip_forum_form(91, _a(91)),
             {"forum"}, parent=("Forum des habitants", _r(9))),
        page(_a(92), "Forum : ouvrir un nouveau sujet", m.prose("Donnez un titre clair à votre sujet et restez courtois.") + m.spip_forum_form(92, _a(92)),
             {"forum"}, parent=("Forum des habitants", _r(9))),
        page(_a(95), "Forum de l'emploi saisonnier", m.prose(
            "Le 12 avril, le forum de l'emploi saisonnier réunit campings, restaurants et exploitations agricoles de la côte landaise.",
            "Apportez votre CV. Entrée libre."), decoys={"forum"}),
        page(_a(96), "Forum des associations", m.prose("Le forum des associations se tient aux arènes le premier samedi de septembre."), decoys={"forum"}),
        page(_a(100), "Participation citoyenne : devenez référent", m.prose(
            "En lien avec la gendarmerie, la commune met en place le dispositif « participation citoyenne » : des habitants référents relaient "
            "les informations de prévention et signalent les comportements suspects.", "Ce dispositif ne remplace pas l'appel au 17."),
             decoys={CITY, TSN}),
        page(_a(110), "Conseil municipal des jeunes", m.prose(
            "Les 15 jeunes élus du CMJ ont choisi cette année deux projets : une piste de pumptrack et une collecte de jouets pour le Secours populaire.",
            "Ils siègent en séance plénière trois fois par an, en présence du maire."), {CITY}, parent=("Participer", _r(5))),
        page(_a(120), "Écrire à la mairie", m.prose("Mairie d'Arrigaux, 2 place de l'Église. Ouverte du lundi au samedi matin.")
             + m.spip_ecrire_auteur(_a(120)), {CONTACT}),
        page(_a(121), "Inscriptions scolaires", m.prose("Inscriptions pour la rentrée de septembre jusqu'au 30 mai.")
             + m.registration_form(_a(121), "école maternelle et élémentaire"), decoys={CONTACT}),
        page(_a(130), "Budget 2025 : les grandes orientations", m.prose(
            "Le budget primitif 2025, voté le 25 février, prévoit 2,4 millions d'euros d'investissement : réfection de la halle, voirie, éclairage LED.",
            "Les taux communaux restent stables."), decoys={BP}),
        page(_a(131), "Appel à candidatures : marché de Noël", m.prose(
            "Artisans et producteurs : la commune lance un appel à candidatures pour le marché de Noël du 14 décembre. Dossier à renvoyer avant le 15 octobre."),
             decoys={IDEAS}),
        page(_a(140), "Concertation : réaménagement de la place de la Halle", m.prose(
            "La place de la Halle sera réaménagée en 2026. Avant d'arrêter le projet, la commune organise une concertation : atelier le 5 avril, "
            "exposition des esquisses en mairie, registre d'observations.", "Les conclusions seront présentées en réunion publique en juin."),
             {CITY}, parent=("Participer", _r(5))),
    ]
    www = Site(ARRIGAUX, "spip", "Commune d'Arrigaux", pages,
               menu=[("Accueil", "/"), ("Participer", _r(5)), ("Forum", _r(9)), ("Vie municipale", _a(130)), ("Sécurité", _a(100)),
                     ("Marchés", _a(131)), ("Écoles", _a(81)), ("Contact", _a(120))],
               accounts=[social("facebook", "CommuneArrigaux")], address="Mairie, 2 place de l'Église, 40 Arrigaux")
    return City("99233", "Arrigaux", 11_200, "40", "75", "Nouvelle-Aquitaine", f"http://{ARRIGAUX}/", [www])


# ==== Errotaberri (Pyrénées-Atlantiques), agency CMS + Cap Collectif ============================================

ERROTABERRI = "www.errotaberri.fr"
ERR_CAPCO = "errotaberri.cap-collectif.com"


def errotaberri() -> City:
    C = f"http://{ERR_CAPCO}"
    bp = "/project/zure-ideiak-2025"
    pages = [
        page("/", "Accueil", m.cookie_banner() + _home(
            "Ongi etorri ! Bienvenue à Errotaberri.",
            [("/ma-ville/participation-citoyenne", "Herritarrak / Participation"), ("/ma-ville/participation-citoyenne/zure-ideiak", "Zure ideiak"),
             ("/demarches/reservation-salles", "Réserver une salle"), ("/demarches/paiement-en-ligne", "Paiement en ligne"), ("/contact", "Contact"), ("/tourisme", "Tourisme")],
            [("/actualites/zure-ideiak-les-resultats", "Zure ideiak : les résultats", "5 juin 2024", "Sept projets lauréats."),
             ("/actualites/reunion-publique-ecole-haitz-alde", "École Haitz Alde : la concertation commence", "14 mars 2025", "Réunion publique le 27 mars."),
             ("/actualites/fetes-de-la-ville", "Fêtes de la ville : le programme", "2 juillet 2025", "Cinq jours de fête."),
             ("/actualites/enquete-insee", "Enquête de l'INSEE", "10 février 2025", "Un enquêteur pourrait vous contacter.")],
            [("/actualites/reunion-publique-ecole-haitz-alde", "Réunion publique : école Haitz Alde", "27", "mars", "Gymnase"),
             ("/culture/concours-photo", "Concours photo « Mon quartier »", "30", "avril", "Médiathèque")])),
        page("/ma-ville/participation-citoyenne", "Participation citoyenne - Herritarren parte-hartzea", m.chapo(
            "Errotaberri associe ses habitants aux choix de la ville, en français et en basque.") + m.prose(
            "Conseils de quartier, conseil des jeunes, concertations sur les équipements publics, consultations en ligne et budget participatif "
            "<em>Zure ideiak</em> (« vos idées ») : toutes les façons de participer sont réunies ici.",
            "Les consultations en ligne se déroulent sur la plateforme " + m.link(C + "/", "errotaberri.cap-collectif.com") + ".")
             + m.ul(m.link("/ma-ville/participation-citoyenne/conseils-de-quartier", "Conseils de quartier"), m.link("/ma-ville/participation-citoyenne/zure-ideiak", "Zure ideiak"),
                    m.link("/ma-ville/participation-citoyenne/conseil-des-jeunes", "Conseil des jeunes"), m.link(C + "/project/consultation-mobilites/questionnaire/mobilites", "Consultation mobilités")),
             {CITY}),
        page("/ma-ville/participation-citoyenne/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Quatre conseils de quartier - Herri Erdia (centre), Errota, Larrun et Itsasbide - se réunissent deux fois par an en plénière publique.",
            "Chaque conseil élit un bureau de cinq habitants. Les comptes rendus sont affichés en mairie annexe et publiés ici.",
            "Prochaine plénière : conseil Larrun, le 10 avril à 19 h, salle Ur Alde."), {CITY}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne")),
        page("/ma-ville/participation-citoyenne/zure-ideiak", "Zure ideiak, le budget participatif", m.prose(
            "<em>Zure ideiak</em> consacre 150 000 € par an à des projets proposés puis votés par les habitants de plus de 12 ans.",
            "Édition 2025 : dépôt des projets jusqu'au 31 mars sur " + m.link(C + bp + "/collect/depot-des-projets", "la plateforme en ligne")
            + ", vote en septembre.") + m.link("/actualites/zure-ideiak-les-resultats", "Les lauréats 2024"),
             {BP}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne")),
        page("/ma-ville/participation-citoyenne/conseil-des-jeunes", "Gazte kontseilua - Conseil des jeunes", m.prose(
            "Trente jeunes de 11 à 17 ans siègent au conseil des jeunes. Leurs projets 2025 : un festival de musique au fronton, une fresque au skatepark.",
            "Le conseil se réunit un mercredi par mois à la maison des jeunes."), {CITY}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne")),
        page("/actualites/zure-ideiak-les-resultats", "Zure ideiak 2024 : les résultats", m.prose(
            "2 087 votants ont départagé les 31 projets soumis au vote. Sept projets seront réalisés en 2025.")
             + m.project_cards([("Fronton éclairé à Larrun", "Larrun", "42 000 €", "611"), ("Composteurs collectifs", "Toute la ville", "12 000 €", "544"),
                                ("Aire de jeux inclusive", "Herri Erdia", "55 000 €", "498")]), {BP}),
        page("/actualites/reunion-publique-ecole-haitz-alde", "École Haitz Alde : la concertation commence", m.prose(
            "L'école Haitz Alde sera agrandie. Avant le concours d'architecte, la Ville associe parents, enseignants et riverains : réunion publique "
            "le 27 mars au gymnase, puis deux ateliers en avril.",
            "Vous pouvez aussi donner votre avis sur la " + m.link(C + "/project/consultation-mobilites/questionnaire/mobilites", "plateforme de consultation") + "."),
             {CITY}),
        page("/actualites/fetes-de-la-ville", "Fêtes de la ville : le programme", m.prose(
            "Du 30 juillet au 3 août : bandas, force basque, concerts et bal. Le budget participatif a financé cette année le nouveau podium, "
            "et les jeunes du conseil ont préparé le concours de pelote.") + m.share_bar("http://www.errotaberri.fr/actualites/fetes-de-la-ville"),
             decoys={CITY, BP}),
        page("/ma-ville/budget", "Le budget de la ville", m.prose(
            "Budget primitif 2025 : 28,4 millions d'euros. Compte administratif 2024 : excédent de 1,2 million d'euros.",
            "Le débat d'orientation budgétaire a eu lieu le 30 janvier."), decoys={BP}),
        page("/ma-ville/marches-publics", "Marchés publics et appels d'offres", m.prose(
            "Appel d'offres ouvert : maîtrise d'œuvre pour l'extension de l'école Haitz Alde. Remise des offres avant le 12 mai, 12 h.",
            "Avis d'appel public à la concurrence publié au BOAMP."), decoys={IDEAS}),
        page("/culture/concours-photo", "Concours photo « Mon quartier »", m.prose(
            "La médiathèque organise un concours photo ouvert à tous jusqu'au 30 avril. Règlement et bulletin de participation à l'accueil."),
             decoys={IDEAS}),
        page("/actualites/enquete-insee", "Enquête de l'INSEE sur le cadre de vie", m.prose(
            "L'INSEE réalise une enquête statistique sur le cadre de vie et la sécurité. Quelques ménages d'Errotaberri seront sollicités par un "
            "enquêteur muni d'une carte officielle."), decoys={"poll"}),
        page("/actualites/enquete-satisfaction-creche", "Crèche municipale : les résultats de l'enquête de satisfaction", m.prose(
            "Le questionnaire papier remis aux familles de la crèche Txoriak en décembre a recueilli 64 réponses : 92 % des familles sont satisfaites.",
            "Les horaires d'accueil du vendredi seront élargis."), decoys={"poll"}),
        page("/contact", "Contact - Harremanetan jarri", m.prose("Hôtel de ville, 1 plaza Nagusia. Ouvert du lundi au vendredi.")
             + m.agency_form("/contact", [("nom", "Nom *", "text"), ("email", "Courriel *", "email"), ("objet", "Objet *", "select:Demande d'information|État civil|Voirie|Autre"),
                                          ("message", "Message *", "textarea"), ("rgpd", "J'accepte que mes données soient traitées pour répondre à ma demande", "checkbox")]),
             {CONTACT}),
        page("/demarches/reservation-salles", "Réserver une salle municipale", m.booking_form("/demarches/reservation-salles", "salle Ur Alde",
                                                                                             ["Samedi 12 avril, journée", "Dimanche 13 avril, journée", "Samedi 26 avril, soirée"]),
             decoys={CONTACT}),
        page("/demarches/paiement-en-ligne", "Paiement en ligne", m.payment_form("/demarches/paiement-en-ligne", "cantine, garderie, crèche"), decoys={CONTACT}),
        page("/tourisme", "Tourisme", m.prose(
            "L'office de tourisme Pays Basque Intérieur vous renseigne. Suivez-le sur <a href=\"https://www.instagram.com/paysbasqueinterieur_tourisme/\">Instagram</a>.")),
    ]
    www = Site(ERROTABERRI, "vendor", "Ville d'Errotaberri", pages,
               menu=[("Ma ville", "/ma-ville/budget"), ("Participation", "/ma-ville/participation-citoyenne"), ("Marchés publics", "/ma-ville/marches-publics"),
                     ("Démarches", "/demarches/paiement-en-ligne"), ("Actualités", "/actualites/enquete-satisfaction-creche"), ("Contact", "/contact")],
               accounts=[social("facebook", "Errotaberri"), social("instagram", "errotaberri_hiria")], address="Hôtel de ville, 1 plaza Nagusia, 64 Errotaberri")
    depot = bp + "/collect/depot-des-projets"
    prop = "/projects/zure-ideiak-2025/collect/depot-des-projets/proposals/aire-de-jeux-inclusive"
    cpages = [
        page("/", "Accueil", m.prose("Participez à la vie d'Errotaberri : budget participatif, consultations, questionnaires.")
             + '<div class="project-list"><div class="project-preview"><h2 class="project-preview__title"><a href="' + bp + '/presentation/presentation">Zure ideiak 2025</a></h2><p>Dépôt des projets</p></div>'
             + '<div class="project-preview"><h2 class="project-preview__title"><a href="/project/consultation-mobilites/questionnaire/mobilites">Consultation : se déplacer à Errotaberri</a></h2><p>Questionnaire</p></div></div>',
             {CITY}),
        page(bp + "/presentation/presentation", "Zure ideiak 2025 - Présentation", m.prose(
            "150 000 € pour vos projets. Étapes : dépôt (jusqu'au 31 mars), analyse, vote (septembre), réalisation.")
             + m.link(depot, "Déposer ou consulter les projets") + " · " + m.link(bp + "/selection/vote", "Le vote"), {BP}),
        page(depot, "Zure ideiak 2025 - Dépôt des projets", m.prose("Proposez un projet d'intérêt général pour Errotaberri. 46 projets déposés.")
             + '<a class="btn btn-primary" href="/login">Déposer un projet</a>'
             + m.capco_proposals([(prop, "Aire de jeux inclusive au parc Lapurdi", "Ainhoa", 0, 2),
                                  ("/projects/zure-ideiak-2025/collect/depot-des-projets/proposals/abris-velos-gare", "Abris vélos à la gare", "Collectif Bizikleta", 0, 0)]),
             {BP, IDEAS}),
        page(prop, "Aire de jeux inclusive au parc Lapurdi", m.prose(
            "Une aire de jeux accessible aux enfants en situation de handicap : balançoire nid, sol souple, jeux sonores. Estimation : 55 000 €.")
             + m.capco_comments([("Mikel", "il y a 3 jours", "Enfin un projet pour tous les enfants !"), ("Sophie", "il y a 2 jours", "Pensez aussi à l'ombre.")], 88),
             {BP, "comments"}),
        page("/projects/zure-ideiak-2025/collect/depot-des-projets/proposals/abris-velos-gare", "Abris vélos à la gare", m.prose(
            "Deux abris vélos sécurisés de 20 places sur le parvis de la gare. Estimation : 24 000 €.") + m.capco_comments([], 91), {BP, "comments"}),
        page(bp + "/selection/vote", "Zure ideiak 2025 - Vote", m.prose(
            "Le vote ouvrira le 1er septembre : chaque habitant de plus de 12 ans disposera de trois voix. Les projets retenus après analyse seront publiés fin juin."),
             {BP}),
        page("/project/consultation-mobilites/questionnaire/mobilites", "Consultation : se déplacer à Errotaberri", m.prose(
            "La Ville prépare son plan de mobilité. Répondez au questionnaire (5 minutes) avant le 30 avril.")
             + '<form id="reply-form" class="questionnaire" action="/graphql" method="post"><div class="form-group"><label>Quel mode de transport utilisez-vous le plus ?</label>'
             '<div class="radio"><label><input type="radio" name="responses[0]" value="voiture"> Voiture</label></div><div class="radio"><label><input type="radio" name="responses[0]" value="velo"> Vélo</label></div>'
             '<div class="radio"><label><input type="radio" name="responses[0]" value="bus"> Bus Hegobus</label></div></div>'
             '<div class="form-group"><label for="r1">Que faudrait-il améliorer en priorité ?</label><textarea id="r1" name="responses[1]" class="form-control"></textarea></div>'
             '<button type="submit" class="btn btn-primary">Envoyer mes réponses</button></form>', {"poll", CITY}),
    ]
    capco = Site(ERR_CAPCO, "capcollectif", "Errotaberri participe", cpages,
                 menu=[("Accueil", "/"), ("Zure ideiak", bp + "/presentation/presentation"), ("Consultations", "/project/consultation-mobilites/questionnaire/mobilites")],
                 features=frozenset({PLATFORM}), platforms=frozenset({"cap_collectif"}))
    return City("99234", "Errotaberri", 14_700, "64", "75", "Nouvelle-Aquitaine", f"http://{ERROTABERRI}/", [www, capco],
                decoy_accounts=("https://www.instagram.com/paysbasqueinterieur_tourisme",))


# ==== Puylauzet (Tarn-et-Garonne), Joomla + neighbours' network =================================================

PUYLAUZET = "www.puylauzet.fr"
PUY_VOISINS = "voisins.puylauzet.fr"


def puylauzet() -> City:
    V = f"http://{PUY_VOISINS}"
    j = "/index.php"
    pages = [
        page("/", "Accueil", m.cookie_banner() + _home(
            "Puylauzet, bastide du Quercy blanc.",
            [(j + "/mairie/democratie-participative", "Démocratie participative"), (j + "/vie-locale/voisins", "Puylauzet Vesins"),
             (j + "/mairie/boite-a-idees", "Boîte à idées"), (j + "/mairie/conseil-municipal", "Conseil municipal"), (j + "/contact", "Contact"), (j + "/connexion", "Espace élus")],
            [(j + "/actualites/120-reunion-de-quartier-saint-roch", "Réunion de quartier Saint-Roch : le compte rendu", "18 mars 2025", "Voirie et fibre au menu."),
             (j + "/actualites/125-sondage-eclairage", "Éclairage nocturne : votre avis", "2 mars 2025", "Extinction de 23 h à 5 h ?"),
             (j + "/actualites/130-forum-des-associations", "Forum des associations", "1er septembre 2024", "Sous la halle."),
             (j + "/actualites/132-fete-votive", "Fête votive : retour en images", "20 août 2024", "Trois jours de fête.")],
            [(j + "/mairie/democratie-participative/reunions-de-quartier", "Réunion de quartier : Les Bories", "15", "avril", "Salle des Bories"),
             (j + "/actualites/131-appel-a-projets-associations", "Date limite : appel à projets associatifs", "30", "avril", "Mairie")])),
        page(j + "/mairie/democratie-participative", "Démocratie participative", m.prose(
            "La municipalité réunit chaque quartier deux fois par an, ouvre une boîte à idées et soutient le réseau d'entraide entre voisins "
            "« Puylauzet Vesins ». Les habitants sont aussi consultés par des sondages en ligne sur les projets du quotidien.")
             + m.ul(m.link(j + "/mairie/democratie-participative/reunions-de-quartier", "Réunions de quartier"), m.link(j + "/mairie/boite-a-idees", "Boîte à idées"),
                    m.link(j + "/vie-locale/voisins", "Le réseau Puylauzet Vesins")), {CITY}),
        page(j + "/mairie/democratie-participative/reunions-de-quartier", "Réunions de quartier", m.prose(
            "Le maire et les adjoints viennent à la rencontre des habitants dans les six quartiers de la commune, au printemps et à l'automne.",
            "Calendrier du printemps 2025 : Saint-Roch (11 mars, fait), Les Bories (15 avril), Le Barry (22 avril), Lalande (6 mai), Coustou (13 mai), Bourg (20 mai).",
            "Vos questions peuvent être envoyées à l'avance par la " + m.link(j + "/mairie/boite-a-idees", "boîte à idées") + "."),
             {CITY}, parent=("Démocratie participative", j + "/mairie/democratie-participative")),
        page(j + "/actualites/120-reunion-de-quartier-saint-roch", "Réunion de quartier Saint-Roch : le compte rendu", m.prose(
            "Une quarantaine d'habitants étaient présents le 11 mars. Travaux de voirie chemin de Lalbenque programmés à l'automne, fibre disponible en juin, "
            "nouvel abri bus demandé près du lotissement.") + m.jcomments(120, [("Roger", "19.03.2025 08:15", "Merci pour la réunion, très utile."),
                                                                               ("Nadia", "20.03.2025 17:42", "L'abri bus est vraiment nécessaire pour les collégiens.")]),
             {CITY, "comments"}),
        page(j + "/vie-locale/voisins", "Puylauzet Vesins, le réseau des voisins", m.prose(
            "« Vesins », c'est « voisins » en occitan. La commune a ouvert un réseau social de proximité réservé aux habitants : prêt d'objets, "
            "covoiturage, entraide pour les courses, informations de quartier.",
            "Inscription gratuite sur " + m.link(V + "/", "voisins.puylauzet.fr") + " avec votre adresse à Puylauzet. Chaque quartier a son groupe : "
            + m.link(V + "/quartiers/saint-roch", "Saint-Roch") + ", " + m.link(V + "/quartiers/les-bories", "Les Bories") + "."), {TSN}),
        page(j + "/vie-locale/participation-citoyenne", "Participation citoyenne avec la gendarmerie", m.prose(
            "Le protocole « participation citoyenne » signé avec la gendarmerie de Caussade associe des habitants référents à la prévention des cambriolages.",
            "Les référents ne disposent d'aucun pouvoir de police. Contact : brigade de gendarmerie."), decoys={CITY, TSN}),
        page(j + "/actualites/125-sondage-eclairage", "Éclairage nocturne : votre avis", m.two_columns(m.prose(
            "Pour réduire la facture d'électricité et protéger la faune, la commune envisage d'éteindre l'éclairage public de 23 h à 5 h.",
            "Votez dans le module ci-contre avant le 15 avril."), m.joomla_poll(7, "Êtes-vous favorable à l'extinction de 23 h à 5 h ?", ["Oui", "Oui, sauf le week-end", "Non"]),
            "sidebar-right"), {"poll"}),
        page(j + "/sondages/7-resultats", "Résultats du sondage : éclairage nocturne", m.prose("Résultats provisoires, mis à jour chaque jour.")
             + '<dl class="poll-results"><dt>Oui</dt><dd>54 %</dd><dt>Oui, sauf le week-end</dt><dd>29 %</dd><dt>Non</dt><dd>17 %</dd></dl>',
             decoys={"poll"}),
        page(j + "/mairie/boite-a-idees", "Boîte à idées", m.prose(
            "Vos idées et suggestions pour Puylauzet sont les bienvenues. Elles sont lues par les élus et présentées lors des réunions de quartier.")
             + m.rsform(j + "/mairie/boite-a-idees", 4, "Déposer une idée", [("Nom", "Nom et prénom", "text"), ("Email", "Courriel", "email"),
                                                                              ("Quartier", "Quartier", "select:Bourg|Saint-Roch|Les Bories|Le Barry|Lalande|Coustou"),
                                                                              ("Idee", "Votre idée ou suggestion", "textarea")], "Envoyer mon idée"),
             {IDEAS, CONTACT}),
        page(j + "/mairie/budget-communal", "Budget communal", m.prose(
            "Le budget primitif 2025 (6,8 millions d'euros) a été adopté le 10 avril. Le compte administratif 2024 fait apparaître un excédent de fonctionnement."),
             decoys={BP}),
        page(j + "/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Le conseil municipal compte 27 élus. Prochaine séance : jeudi 10 avril à 20 h 30. Les comptes rendus sont affichés en mairie.")
             + m.link(j + "/mairie/budget-communal", "Budget communal"), decoys={CITY}),
        page(j + "/actualites/130-forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations aura lieu le samedi 6 septembre sous la halle, de 9 h à 13 h."), decoys={"forum"}),
        page(j + "/actualites/131-appel-a-projets-associations", "Appel à projets associatifs", m.prose(
            "Les associations peuvent solliciter une subvention de projet avant le 30 avril. Le dossier Cerfa 12156 est disponible en mairie."),
             decoys={IDEAS}),
        page(j + "/actualites/132-fete-votive", "Fête votive : retour en images", m.prose(
            "Trois jours de fête, un feu d'artifice et 2 000 visiteurs. Merci au comité des fêtes !")
             + m.jcomments(132, [], open_form=False) + '<p class="jcomments-closed">Les commentaires sont désactivés pour cet article.</p>'
             + m.share_bar("http://www.puylauzet.fr/index.php/actualites/132-fete-votive"), decoys={"comments"}),
        page(j + "/contact", "Contact", m.prose("Mairie de Puylauzet, place de la Halle.") + m.joomla_contact(j + "/contact"), {CONTACT}),
        page(j + "/connexion", "Connexion", '<form action="/index.php/connexion?task=user.login" method="post" id="com-users-login__form" class="com-users-login__form form-validate form-horizontal well">'
             '<label for="username">Identifiant</label><input type="text" name="username" id="username" class="form-control" autocomplete="username">'
             '<label for="password">Mot de passe</label><input type="password" name="password" id="password" class="form-control">'
             '<button type="submit" class="btn btn-primary">Connexion</button><input type="hidden" name="return" value=""></form>', decoys={CONTACT}),
    ]
    www = Site(PUYLAUZET, "joomla", "Mairie de Puylauzet", pages,
               menu=[("Accueil", "/"), ("Mairie", j + "/mairie/conseil-municipal"), ("Démocratie participative", j + "/mairie/democratie-participative"),
                     ("Vie locale", j + "/vie-locale/participation-citoyenne"), ("Contact", j + "/contact")],
               accounts=[social("facebook", "MairiePuylauzet"), social("youtube", "puylauzet82")], address="Mairie, place de la Halle, 82 Puylauzet")
    posts = [("Josiane (Saint-Roch)", "il y a 2 h", "Entraide", "Quelqu'un peut-il m'emmener au marché de Caussade jeudi ?"),
             ("Karim (Les Bories)", "hier", "Prêt d'objet", "Je prête une remorque, contactez-moi."),
             ("Élodie (Bourg)", "il y a 3 jours", "Info du quartier", "Coupure d'eau prévue lundi matin rue des Arcades.")]
    vpages = [
        page("/", "Puylauzet Vesins", m.prose("Le réseau des voisins de Puylauzet : 612 membres.") + m.ul(
            m.link("/quartiers/saint-roch", "Saint-Roch"), m.link("/quartiers/les-bories", "Les Bories"), m.link("/annonces", "Annonces d'entraide"),
            m.link("/evenements", "Événements"), m.link("/a-propos", "À propos")) + m.community_posts(posts[:2])),
        page("/quartiers/saint-roch", "Quartier Saint-Roch", m.prose("Groupe du quartier Saint-Roch - 94 membres.") + m.community_posts(posts[:1])),
        page("/quartiers/les-bories", "Quartier Les Bories", m.prose("Groupe du quartier Les Bories - 71 membres.") + m.community_posts(posts[1:2])),
        page("/annonces", "Annonces d'entraide", m.community_posts(posts)),
        page("/evenements", "Événements entre voisins", m.prose("Vide-grenier des Bories le 18 mai ; repas de quartier Saint-Roch le 21 juin.") + m.community_posts(posts[2:])),
        page("/a-propos", "À propos", m.prose(
            "Puylauzet Vesins est le réseau social de proximité de la commune de Puylauzet, réservé aux habitants. Modération par la mairie.")),
    ]
    voisins = Site(PUY_VOISINS, "community", "Puylauzet Vesins", vpages, menu=[("Fil", "/"), ("Annonces", "/annonces"), ("Événements", "/evenements")],
                   features=frozenset({TSN}))
    return City("99235", "Puylauzet", 9_800, "82", "76", "Occitanie", f"http://{PUYLAUZET}/", [www, voisins])


# ==== Gimonès (Gers), TYPO3 + Go Vocal + LimeSurvey ==============================================================

GIMONES = "www.gimones.fr"
GIM_GOVOCAL = "gimones.govocal.com"
GIM_ENQUETES = "enquetes.gimones.fr"


def gimones() -> City:
    G = f"http://{GIM_GOVOCAL}"
    survey = f"http://{GIM_ENQUETES}/index.php/248315?lang=fr"
    pages = [
        page("/", "Accueil", m.cookie_banner() + _home(
            "Gimonès, au cœur de la Gascogne.",
            [("/parlem-ne", "Parlem-ne !"), ("/parlem-ne/budget-participatif", "Budget participatif"), ("/mairie/seances-du-conseil", "Conseil municipal"),
             ("/services/inscriptions-periscolaire", "Périscolaire"), ("/contact", "Contact"), ("/mairie/budget-primitif", "Budget")],
            [("/actualites/questionnaire-cantine", "Cantine : répondez au questionnaire", "10 mars 2025", "Donnez votre avis sur la restauration scolaire."),
             ("/actualites/appel-a-candidatures-conseil-des-jeunes", "Conseil municipal des jeunes : candidatez !", "1er mars 2025", "Élections en mai."),
             ("/actualites/resultats-questionnaire-mobilite", "Mobilité : les résultats", "20 janvier 2025", "Synthèse de l'enquête de l'automne."),
             ("/actualites/forum-jeunesse-metiers", "Forum jeunesse et métiers", "5 février 2025", "Au gymnase le 15 mars.")],
            [("/mairie/enquete-publique-zac", "Enquête publique ZAC du Pountet", "3", "avril", "Mairie"),
             ("/actualites/forum-jeunesse-metiers", "Forum jeunesse et métiers", "15", "mars", "Gymnase")])),
        page("/parlem-ne", "Parlem-ne ! La participation à Gimonès", m.chapo(
            "« Parlem-ne », « parlons-en » en occitan : c'est le nom de la démarche de participation de la commune.") + m.prose(
            "Conseil des sages, conseil municipal des jeunes, budget participatif, consultations en ligne : la commune propose plusieurs façons "
            "de donner son avis et d'agir. Les projets en ligne sont sur " + m.link(G + "/", "gimones.govocal.com") + ".")
             + m.ul(m.link("/parlem-ne/conseil-des-sages", "Conseil des sages"), m.link("/parlem-ne/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                    m.link("/parlem-ne/budget-participatif", "Budget participatif « Los projèctes »"), m.link(G + "/fr-FR/projects/boite-a-idees", "Boîte à idées en ligne")),
             {CITY}),
        page("/parlem-ne/conseil-des-sages", "Conseil des sages", m.prose(
            "Seize habitants de plus de 60 ans, nommés pour trois ans, étudient les questions que leur confie le conseil municipal : cette année, "
            "la signalétique du centre ancien et l'accueil des nouveaux arrivants."), {CITY}, parent=("Parlem-ne", "/parlem-ne")),
        page("/parlem-ne/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Le conseil municipal des jeunes réunit 19 collégiens. Projets en cours : un parcours sportif le long de la Gimone et une fête de la jeunesse.",
            "Les prochaines élections ont lieu en mai : " + m.link("/actualites/appel-a-candidatures-conseil-des-jeunes", "comment candidater") + "."),
             {CITY}, parent=("Parlem-ne", "/parlem-ne")),
        page("/parlem-ne/budget-participatif", "Budget participatif « Los projèctes de Gimonès »", m.prose(
            "Chaque année, 40 000 € sont réservés à des projets proposés et choisis par les habitants. Édition 2025 : dépôt des idées jusqu'au 15 avril, "
            "vote en juin, sur " + m.link(G + "/fr-FR/projects/los-projectes-2025", "la plateforme Parlem-ne") + " ou en mairie.")
             + m.link("/parlem-ne/budget-participatif/edition-2023", "Retour sur l'édition 2023"), {BP}, parent=("Parlem-ne", "/parlem-ne")),
        page("/parlem-ne/budget-participatif/edition-2023", "Los projèctes : l'édition 2023", m.prose(
            "Première édition : 27 idées déposées, 514 votants. Lauréats : un verger conservatoire, des tables de pique-nique au lac, une boîte à livres."),
             {BP}, parent=("Budget participatif", "/parlem-ne/budget-participatif")),
        page("/actualites/questionnaire-cantine", "Cantine : répondez au questionnaire", m.prose(
            "La commune renouvelle son marché de restauration scolaire. Parents et enfants, répondez au questionnaire ci-dessous avant le 4 avril.")
             + m.iframe(survey, "Questionnaire restauration scolaire") + m.prose("Le questionnaire ne s'affiche pas ? " + m.link(survey, "Ouvrir le questionnaire")),
             {"poll"}),
        page("/actualites/resultats-questionnaire-mobilite", "Mobilité : les résultats du questionnaire", m.prose(
            "L'enquête de l'automne dernier, close le 30 novembre, a recueilli 388 réponses. 41 % des actifs travaillent à Auch ; 23 % seraient prêts à covoiturer.",
            "Une aire de covoiturage sera créée près du rond-point de la RN 124."), decoys={"poll"}),
        # a call for candidates to the youth council: participation shown, not a call for ideas
        page("/actualites/appel-a-candidatures-conseil-des-jeunes", "Conseil municipal des jeunes : candidatez !", m.prose(
            "Tu es au collège et tu habites Gimonès ? Présente ta candidature au conseil municipal des jeunes avant le 30 avril : "
            "une profession de foi d'une page suffit. Élections au collège le 20 mai."), {CITY}, decoys={IDEAS}),
        page("/mairie/budget-primitif", "Budget primitif 2025", m.prose(
            "Le conseil municipal a voté le 31 mars un budget de 9,2 millions d'euros. L'enveloppe du budget participatif (40 000 €) y est inscrite en investissement."),
             decoys={BP}),
        page("/mairie/seances-du-conseil", "Séances du conseil municipal", m.prose(
            "Ordres du jour et procès-verbaux des séances. Prochaine séance : 31 mars, 18 h 30, salle du conseil.")
             + m.ul("Procès-verbal du 27 janvier 2025", "Procès-verbal du 9 décembre 2024", m.link("/mairie/budget-primitif", "Budget primitif 2025")), decoys={CITY}),
        page("/mairie/enquete-publique-zac", "Enquête publique : ZAC du Pountet", m.prose(
            "Une enquête publique préalable à la création de la ZAC du Pountet se déroule du 3 avril au 5 mai. Le dossier est consultable en mairie ; "
            "le commissaire enquêteur tient trois permanences."), decoys={CITY, "poll"}),
        page("/actualites/forum-jeunesse-metiers", "Forum jeunesse et métiers", m.prose(
            "Stages, apprentissage, jobs d'été : le forum jeunesse et métiers réunit entreprises et centres de formation le 15 mars au gymnase."),
             decoys={"forum"}),
        page("/contact", "Contact", m.prose("Mairie de Gimonès, 4 rue de la République.") + m.powermail("/contact", 3, [
            ("nom", "Nom", "input"), ("email", "Courriel", "email"), ("objet", "Objet", "select:Information|État civil|Urbanisme|Autre"), ("message", "Message", "textarea")]),
             {CONTACT}),
        page("/services/inscriptions-periscolaire", "Inscriptions au périscolaire", m.registration_form("/services/inscriptions-periscolaire", "accueil périscolaire 2025-2026"),
             decoys={CONTACT}),
    ]
    www = Site(GIMONES, "typo3", "Gimonès", pages,
               menu=[("Mairie", "/mairie/seances-du-conseil"), ("Parlem-ne", "/parlem-ne"), ("Services", "/services/inscriptions-periscolaire"), ("Contact", "/contact")],
               accounts=[social("facebook", "GimonesGers"), social("mastodon", "gimones@piaille.fr")], address="Mairie, 4 rue de la République, 32 Gimonès")
    enq = Site(GIM_ENQUETES, "vendor", "Enquêtes - Gimonès", [
        page("/", "Enquêtes en ligne", m.prose("Enquêtes en ligne de la commune de Gimonès.") + m.ul(m.link("/index.php/248315?lang=fr", "Restauration scolaire (en cours)"))),
        page("/index.php/248315?lang=fr", "Questionnaire restauration scolaire", m.limesurvey(248315, "Restauration scolaire", "Merci de prendre trois minutes pour nous répondre.", [
            ("Q1", "Votre enfant mange-t-il à la cantine ?", ["Tous les jours", "Parfois", "Jamais"]),
            ("Q2", "Êtes-vous satisfait de la qualité des repas ?", ["Très satisfait", "Satisfait", "Peu satisfait", "Pas satisfait"]),
            ("Q3", "Souhaitez-vous davantage de produits locaux ?", ["Oui", "Non", "Sans avis"])]), {"poll"}),
    ], menu=[("Enquêtes", "/")], address="Mairie de Gimonès")
    proj = "/fr-FR/projects/los-projectes-2025"
    gpages = [
        page("/", "Parlem-ne !", m.prose("La plateforme de participation de Gimonès.") + m.ul(
            m.link(proj, "Los projèctes 2025 (budget participatif)"), m.link("/fr-FR/projects/boite-a-idees", "Boîte à idées"),
            m.link("/fr-FR/projects/coeur-de-bastide", "Consultation : cœur de bastide")), {CITY}),
        page(proj, "Los projèctes 2025", m.prose("Phase 1 : déposez vos idées jusqu'au 15 avril. Phase 2 : vote en juin. Enveloppe : 40 000 €.")
             + '<a class="e2e-idea-button" href="/fr-FR/projects/los-projectes-2025/ideas/new">Proposer une idée</a>'
             + m.govocal_idea_cards([("/fr-FR/ideas/un-verger-partage", "Un verger partagé au Pountet", "Lucie", 34, 2),
                                     ("/fr-FR/ideas/bancs-lavoir", "Des bancs près du lavoir", "Henri", 12, 0)]), {BP, IDEAS}),
        # the idea is published on the platform for all to read, not a message to the city
        page("/fr-FR/projects/los-projectes-2025/ideas/new", "Proposer une idée", '<form id="idea-form" class="e2e-idea-form" action="/web_api/v1/ideas" method="post">'
             '<label for="title">Titre</label><input id="title" name="idea[title_multiloc][fr-FR]" type="text"><label for="body">Description</label>'
             '<textarea id="body" name="idea[body_multiloc][fr-FR]" rows="8"></textarea><label for="loc">Lieu</label><input id="loc" name="idea[location_description]" type="text">'
             '<button type="submit" class="e2e-submit-idea-form">Publier</button></form><p>Vous devez être inscrit pour publier.</p>', {BP, IDEAS}, decoys={CONTACT}),
        page("/fr-FR/ideas/un-verger-partage", "Un verger partagé au Pountet", m.prose(
            "Planter une vingtaine d'arbres fruitiers de variétés anciennes sur le terrain communal du Pountet, entretenus par les habitants.")
             + m.govocal_comments([("Bernard", "il y a 5 jours", "Le club des jardiniers peut aider."), ("Lucie", "il y a 4 jours", "Merci Bernard !")], 501),
             {BP, "comments"}),
        page("/fr-FR/ideas/bancs-lavoir", "Des bancs près du lavoir", m.prose("Trois bancs en bois le long du sentier du lavoir.") + m.govocal_comments([], 502),
             {BP, "comments"}),
        page("/fr-FR/projects/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour Gimonès, à tout moment de l'année ? Publiez-la ici ; les élus y répondent chaque mois.")
             + '<a class="e2e-idea-button" href="/fr-FR/projects/los-projectes-2025/ideas/new">Proposer une idée</a>'
             + m.govocal_idea_cards([("/fr-FR/ideas/bancs-lavoir", "Des bancs près du lavoir", "Henri", 12, 0)]), {IDEAS}),
        page("/fr-FR/projects/coeur-de-bastide", "Consultation : cœur de bastide", m.prose(
            "Comment aménager la place de la bastide ? Répondez à l'enquête jusqu'au 31 mai.")
             + '<form class="e2e-survey-form" action="/web_api/v1/phases/77/survey_responses" method="post"><fieldset><legend>La place doit accueillir en priorité</legend>'
             '<label><input type="radio" name="q1" value="marche">Le marché</label><label><input type="radio" name="q1" value="terrasses">Des terrasses</label>'
             '<label><input type="radio" name="q1" value="parking">Du stationnement</label></fieldset><button type="submit" class="e2e-submit-form">Envoyer</button></form>',
             {"poll", CITY}),
    ]
    gv = Site(GIM_GOVOCAL, "govocal", "Parlem-ne Gimonès", gpages, menu=[("Accueil", "/"), ("Projets", proj)],
              features=frozenset({PLATFORM}), platforms=frozenset({"go_vocal"}))
    return City("99236", "Gimonès", 8_600, "32", "76", "Occitanie", f"http://{GIMONES}/", [www, enq, gv])


# ==== Cazalères-d'Adour (Landes), agency CMS + Publik + Discourse ===============================================

CAZALERES = "www.cazaleres-adour.fr"
CAZ_DEMARCHES = "demarches.cazaleres-adour.fr"
CAZ_FORUM = "forum.cazaleres-adour.fr"


def cazaleres() -> City:
    P = f"http://{CAZ_DEMARCHES}"
    F = f"http://{CAZ_FORUM}"
    pages = [
        page("/", "Accueil", m.cookie_banner() + _home(
            "Cazalères-d'Adour, ville des bords de l'Adour.",
            [("/participer", "Participer"), (P + "/", "Démarches en ligne"), (F + "/", "Forum citoyen"), ("/ville/conseil-municipal/ordres-du-jour", "Conseil municipal"),
             ("/ville/appels-d-offres", "Appels d'offres"), ("/contact", "Contact")],
            [("/participer/consultations/parc-des-arenes", "Parc des Arènes : la concertation est ouverte", "17 mars 2025", "Questionnaire et ateliers."),
             ("/actualites/forum-emploi", "Forum pour l'emploi", "3 mars 2025", "80 recruteurs attendus."),
             ("/actualites/voisins-vigilants", "Voisins vigilants : la ville adhère", "12 février 2025", "Un dispositif de prévention."),
             ("/actualites/sondage-fermeture-pont-resultats", "Pont de l'Adour : résultats du sondage", "20 janvier 2025", "Les résultats.")],
            [("/participer/assemblees-de-quartier/calendrier-2025", "Assemblée de quartier Rive gauche", "9", "avril", "Salle Lamothe"),
             ("/actualites/forum-emploi", "Forum pour l'emploi", "27", "mars", "Halle des sports")])),
        page("/participer", "Participer", m.prose(
            "Assemblées de quartier, consultations sur les projets, droit d'interpellation, forum citoyen : la Ville de Cazalères-d'Adour "
            "s'est dotée en 2021 d'une charte de la participation qui fixe les règles du dialogue entre habitants et élus.")
             + m.ul(m.link("/participer/assemblees-de-quartier", "Assemblées de quartier"), m.link("/participer/consultations", "Consultations"),
                    m.link("/participer/droit-d-interpellation", "Droit d'interpellation"), m.link("/participer/forum-citoyen", "Le forum citoyen")), {CITY}),
        page("/participer/assemblees-de-quartier", "Assemblées de quartier", m.prose(
            "Six assemblées de quartier, ouvertes à tous les habitants, se réunissent deux fois par an. Chacune est animée par un binôme habitant-élu "
            "et peut saisir le conseil municipal d'une question d'intérêt local.") + m.link("/participer/assemblees-de-quartier/calendrier-2025", "Le calendrier 2025"),
             {CITY}, parent=("Participer", "/participer")),
        page("/participer/assemblees-de-quartier/calendrier-2025", "Assemblées de quartier : calendrier 2025", m.prose(
            "Rive gauche : 9 avril, salle Lamothe. Centre : 16 avril, hôtel de ville. Les Barthes : 23 avril, école des Barthes. Saint-Vincent : 14 mai. "
            "Les Arènes : 21 mai. Peyrouat : 28 mai. Toutes les assemblées commencent à 18 h 30."), {CITY}, parent=("Assemblées de quartier", "/participer/assemblees-de-quartier")),
        page("/participer/droit-d-interpellation", "Le droit d'interpellation citoyenne", m.prose(
            "Toute question signée par 500 habitants de plus de 16 ans est inscrite à l'ordre du jour du conseil municipal, qui doit y répondre.",
            "Déposez votre interpellation ou signez une interpellation en cours sur " + m.link(P + "/interpellation-citoyenne/", "le portail des démarches") + "."),
             {"petition"}, parent=("Participer", "/participer")),
        page("/participer/consultations", "Consultations", m.prose("Consultations en cours et passées.")
             + m.ul(m.link("/participer/consultations/parc-des-arenes", "Parc des Arènes (en cours)"),
                    m.link("/participer/consultations/rythmes-scolaires-bilan", "Rythmes scolaires (close)")), {CITY}, parent=("Participer", "/participer")),
        page("/participer/consultations/parc-des-arenes", "Parc des Arènes : la concertation est ouverte", m.prose(
            "Le parc des Arènes sera réaménagé en 2026. Deux ateliers auront lieu en avril ; en attendant, répondez au questionnaire.")
             + m.agency_form("/participer/consultations/parc-des-arenes", [
                 ("usage", "Vous venez au parc pour", "radio:Vous promener|Les jeux d'enfants|Le sport|Les fêtes"),
                 ("priorite", "Votre priorité", "select:Plus d'ombre|Des toilettes|Un éclairage|Des jeux"),
                 ("quartier", "Votre quartier", "select:Centre|Rive gauche|Les Barthes|Saint-Vincent|Les Arènes|Peyrouat")], "Envoyer mes réponses", "questionnaire"),
             {CITY, "poll"}, parent=("Consultations", "/participer/consultations")),
        page("/participer/consultations/rythmes-scolaires-bilan", "Rythmes scolaires : le bilan de la consultation", m.prose(
            "La consultation de l'automne est close. 1 048 familles ont répondu ; 71 % ont choisi la semaine de quatre jours, appliquée à la rentrée."),
             {CITY}, decoys={"poll"}, parent=("Consultations", "/participer/consultations")),
        # a city page presenting its board and linking to it; the board itself is elsewhere
        page("/participer/forum-citoyen", "Le forum citoyen", m.prose(
            "Le forum citoyen est un espace de discussion entre habitants, modéré par la Ville selon une charte. Pour y écrire, créez un compte sur "
            + m.link(F + "/", "forum.cazaleres-adour.fr") + ".", "Catégories : quartiers, mobilités, environnement, vie associative."),
             {CITY}, decoys={"forum"}, parent=("Participer", "/participer")),
        page("/actualites/forum-emploi", "Forum pour l'emploi", m.prose(
            "Le forum pour l'emploi se tient le 27 mars à la halle des sports : 80 entreprises, des ateliers CV et des offres de saisonniers."), decoys={"forum"}),
        page("/actualites/voisins-vigilants", "Voisins vigilants et solidaires : la ville adhère", m.prose(
            "La Ville adhère au dispositif Voisins Vigilants et Solidaires, en lien avec la police municipale : alertes de prévention par SMS pour les habitants inscrits.",
            "Le dispositif complète la participation citoyenne de la gendarmerie."), decoys={TSN, CITY}),
        page("/ville/budget", "Budget de la ville", m.prose(
            "Budget primitif 2025 : 48 millions d'euros. Rapport d'orientation budgétaire, compte administratif et annexes sont téléchargeables."), decoys={BP}),
        page("/ville/conseil-municipal/ordres-du-jour", "Conseil municipal : ordres du jour", m.prose(
            "Séance du 7 avril : vote des subventions, interpellation citoyenne sur la piscine (réponse du maire), désignation des représentants.")
             + m.link("/ville/tribunes-politiques", "Expression des groupes") + " · " + m.link("/ville/budget", "Budget"), decoys={CITY, "petition"}),
        page("/ville/tribunes-politiques", "Expression des groupes politiques", m.prose(
            "<strong>Cazalères en mouvement</strong> - Nos assemblées de quartier ont réuni 900 habitants l'an passé.",
            "<strong>Agir pour Cazalères</strong> - La concertation sur le parc des Arènes arrive trop tard."), decoys={CITY}),
        page("/ville/appels-d-offres", "Appels d'offres", m.prose(
            "Avis d'appel public à la concurrence : aménagement du parc des Arènes, lot 1 VRD, lot 2 espaces verts. Date limite : 6 juin."), decoys={IDEAS}),
        page("/actualites/sondage-fermeture-pont-resultats", "Pont de l'Adour : les résultats du sondage", m.prose(
            "Le sondage en ligne sur les horaires de fermeture du pont pendant les travaux est clos. 2 310 réponses : la fermeture de nuit a été retenue.")
             + '<table class="resultats"><tr><th>Fermeture de nuit</th><td>64 %</td></tr><tr><th>Fermeture le week-end</th><td>36 %</td></tr></table>',
             decoys={"poll"}),
        page("/actualites/hopital-petition", "Hôpital : le conseil municipal soutient les soignants", m.prose(
            "Le conseil municipal a voté une motion de soutien au service des urgences. Une pétition nationale sur l'hôpital public circule par ailleurs "
            "sur des sites de pétition en ligne ; la Ville n'en est pas à l'origine."), decoys={"petition"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, place de la Mairie. Pour écrire à la mairie, utilisez le formulaire.")
             + m.agency_form("/contact", [("nom", "Nom *", "text"), ("courriel", "Courriel *", "email"), ("sujet", "Sujet *", "text"), ("message", "Votre message *", "textarea")],
                             "Envoyer", "contact-form") + m.prose("Autres démarches : " + m.link(P + "/", "portail des démarches en ligne") + "."), {CONTACT}),
    ]
    www = Site(CAZALERES, "vendor", "Ville de Cazalères-d'Adour", pages,
               menu=[("Participer", "/participer"), ("Ville", "/ville/conseil-municipal/ordres-du-jour"), ("Actualités", "/actualites/hopital-petition"),
                     ("Démarches", P + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "cazaleresdadour"), social("x", "CazaleresAdour"), social("instagram", "cazaleres_adour"), social("youtube", "CazaleresAdourTV")],
               address="Hôtel de ville, place de la Mairie, 40 Cazalères-d'Adour")
    ppages = [
        page("/", "Démarches en ligne", m.prose("Toutes vos démarches auprès de la Ville.") + m.ul(
            m.link("/contacter-la-mairie/", "Contacter la mairie"), m.link("/interpellation-citoyenne/", "Interpellation citoyenne"),
            m.link("/signaler-un-probleme/", "Signaler un problème sur l'espace public"), m.link("/paiement-cantine/", "Payer la cantine"))),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", "Votre demande", [
            ("Nom", "string"), ("Courriel", "email"), ("Service", "item:Accueil|État civil|Urbanisme|Participation citoyenne"), ("Votre message", "text")]), {CONTACT}),
        # the form files or signs an interpellation for the council (the city's right of petition), not a message to the services
        page("/interpellation-citoyenne/", "Interpellation citoyenne", m.prose(
            "Déposez une interpellation (une question adressée au conseil municipal) ou soutenez une interpellation en cours. 500 soutiens sont nécessaires.")
             + m.ul("Couvrir la piscine municipale : 512 soutiens - inscrite au conseil du 7 avril",
                    "Une navette vers la gare le dimanche : 143 soutiens")
             + m.wcs_form("/interpellation-citoyenne/", "Soutenir ou déposer une interpellation", [
                 ("Nom et prénom", "string"), ("Courriel", "email"), ("Interpellation", "item:Déposer une nouvelle interpellation|Soutenir : navette vers la gare"),
                 ("Texte de l'interpellation (si nouvelle)", "text")], "Signer"), {"petition"}),
        # reporting a problem: a free-text message to the city's services
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.wcs_form("/signaler-un-probleme/", "Signalement", [
            ("Type de problème", "item:Éclairage|Voirie|Propreté|Espaces verts"), ("Adresse", "string"), ("Description", "text"), ("Courriel", "email")]), {CONTACT}),
        page("/paiement-cantine/", "Payer la cantine", m.payment_form("/paiement-cantine/", "restauration scolaire"), decoys={CONTACT}),
    ]
    publik = Site(CAZ_DEMARCHES, "publik", "Démarches - Cazalères-d'Adour", ppages, menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")],
                  address="Hôtel de ville de Cazalères-d'Adour")
    topics = [("/t/stationnement-rue-gambetta/112", "Stationnement rue Gambetta", "Quartiers", 14, 402),
              ("/t/pistes-cyclables-le-long-de-l-adour/118", "Pistes cyclables le long de l'Adour", "Mobilités", 23, 788)]
    fpages = [
        page("/", "Derniers sujets", m.discourse_topic_list(topics) + m.link("/c/quartiers/5", "Catégorie Quartiers"), {"forum"}),
        page("/c/quartiers/5", "Quartiers", m.discourse_topic_list(topics[:1]), {"forum"}),
        page("/c/mobilites/6", "Mobilités", m.discourse_topic_list(topics[1:]), {"forum"}),
        page("/t/stationnement-rue-gambetta/112", "Stationnement rue Gambetta", m.discourse_posts([
            ("Hugo_D", "3 mars 2025", "Depuis la zone bleue, plus moyen de se garer pour les riverains. Un macaron résident ?"),
            ("Martine", "4 mars 2025", "Le macaron existe à Dax, ça fonctionne bien."),
            ("Moderation_Ville", "5 mars 2025", "La question sera abordée à l'assemblée de quartier Centre du 16 avril.")]), {"forum"}),
        page("/t/pistes-cyclables-le-long-de-l-adour/118", "Pistes cyclables le long de l'Adour", m.discourse_posts([
            ("velotaf40", "10 février 2025", "Le chemin de halage est impraticable après la pluie."),
            ("Jean", "11 février 2025", "Un revêtement stabilisé serait une bonne idée pour le budget 2026.")]) + m.link("/c/mobilites/6", "Mobilités"), {"forum"}),
    ]
    forum = Site(CAZ_FORUM, "discourse", "Forum citoyen de Cazalères-d'Adour", fpages, menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5"), ("Mobilités", "/c/mobilites/6")])
    return City("99237", "Cazalères-d'Adour", 31_500, "40", "75", "Nouvelle-Aquitaine", f"http://{CAZALERES}/", [www, publik, forum])


# ==== Montbrugnac (Haute-Garonne), WordPress + home-made space ==================================================

MONTBRUGNAC = "www.montbrugnac.fr"
MON_SPACE = "jeparticipe.montbrugnac.fr"


def montbrugnac() -> City:
    J = f"http://{MON_SPACE}"
    bp = "/budget-participatif/ma-vila-decidis-2025"
    pages = [
        page("/", "Accueil", _home(
            "Montbrugnac, ville du Lauragais.",
            [("/democratie-participative/", "Démocratie participative"), (J + "/", "Je participe"), ("/ville/conseil-municipal/", "Conseil municipal"),
             ("/ville/budget-2025/", "Budget 2025"), ("/contact/", "Contact"), ("/newsletter/", "Newsletter")],
            [("/actualites/ma-vila-decidis-depot-ouvert/", "Ma vila decidís : déposez vos projets", "6 janvier 2025", "Le budget participatif est de retour."),
             ("/actualites/appel-a-idees-mediatheque/", "Appel à idées : nommez la médiathèque", "20 février 2025", "Proposez un nom."),
             ("/actualites/stationnement-velo-gare/", "Vélos à la gare : votre avis", "3 mars 2025", "Un questionnaire en ligne."),
             ("/actualites/forum-des-associations-2025/", "Forum des associations", "28 août 2025", "Au parc des expositions.")],
            [("/democratie-participative/conseils-citoyens-de-quartier/borde-haute/", "Conseil citoyen Borde-Haute", "10", "avril", "Maison de quartier"),
             ("/actualites/concours-illuminations/", "Concours des illuminations", "15", "décembre", "Toute la ville")],
            m.cookie_banner("wordpress"))),
        page("/democratie-participative/", "Démocratie participative", m.chapo(
            "Montbrugnac fait vivre la démocratie participative avec ses conseils citoyens de quartier, son budget participatif « Ma vila decidís » "
            "et son espace en ligne Je participe.") + m.ul(
            m.link("/democratie-participative/conseils-citoyens-de-quartier/", "Conseils citoyens de quartier"),
            m.link("/democratie-participative/charte-de-la-participation/", "La charte de la participation"),
            m.link(J + bp, "Ma vila decidís 2025"), m.link(J + "/petitions", "Pétitions citoyennes"), m.link("/actualites/appel-a-idees-clos-berges/", "Berges de l'Hers : la synthèse")), {CITY}),
        page("/democratie-participative/conseils-citoyens-de-quartier/", "Conseils citoyens de quartier", m.prose(
            "Sept conseils citoyens de quartier réunissent des habitants tirés au sort et des volontaires, pour un mandat de trois ans. Ils se réunissent "
            "au moins quatre fois par an et disposent chacun d'une enveloppe de 10 000 € pour de petits aménagements.")
             + m.link("/democratie-participative/conseils-citoyens-de-quartier/borde-haute/", "Conseil citoyen de Borde-Haute"),
             {CITY}, parent=("Démocratie participative", "/democratie-participative/")),
        page("/democratie-participative/conseils-citoyens-de-quartier/borde-haute/", "Conseil citoyen de Borde-Haute", m.prose(
            "Prochaine séance publique : jeudi 10 avril, 18 h 30, maison de quartier. À l'ordre du jour : aménagement du square Riquet, bilan de la fête de quartier.",
            "Les habitants qui souhaitent rejoindre le conseil peuvent se signaler à la maison de quartier.")
             + m.wp_comments(804, [("Sandrine", "2 avril 2025", "Pourra-t-on parler des trottoirs avenue de Revel ?")]),
             {CITY, "comments"}, parent=("Conseils citoyens", "/democratie-participative/conseils-citoyens-de-quartier/")),
        page("/democratie-participative/charte-de-la-participation/", "La charte de la participation", m.prose(
            "Adoptée en 2021, la charte engage la Ville à informer en amont, à rendre compte des avis recueillis et à expliquer ses décisions.",
            "Elle s'applique aux conseils citoyens, aux concertations, au budget participatif et aux pétitions citoyennes.")
             + m.download("/democratie-participative/charte-de-la-participation/", "La charte en PDF"), {CITY}, parent=("Démocratie participative", "/democratie-participative/")),
        # a news item launching the budget's filing step: a call for projects
        page("/actualites/ma-vila-decidis-depot-ouvert/", "Ma vila decidís : déposez vos projets", m.prose(
            "« Ma vila decidís », « ma ville décide » en occitan : la troisième édition du budget participatif est lancée avec 300 000 €.",
            "Déposez vos projets jusqu'au 15 mars sur " + m.link(J + bp + "/deposer", "jeparticipe.montbrugnac.fr") + " ou dans les maisons de quartier.")
             + m.share_bar("http://www.montbrugnac.fr/actualites/ma-vila-decidis-depot-ouvert/"), {BP, IDEAS}),
        page("/actualites/ma-vila-decidis-laureats-2024/", "Ma vila decidís 2024 : les lauréats", m.prose(
            "4 912 votants ; douze projets lauréats dont une forêt urbaine à Borde-Haute, des fontaines à eau et une piste de bicross.")
             + m.wp_comments(777, [("Thomas", "5 juin 2024", "Bravo à tous les porteurs de projets."), ("Awa", "6 juin 2024", "Quand commencent les travaux de la forêt urbaine ?")]),
             {BP, "comments"}),
        page("/actualites/appel-a-idees-mediatheque/", "Appel à idées : nommez la nouvelle médiathèque", m.prose(
            "La nouvelle médiathèque ouvrira en septembre. Quel nom lui donner ? Proposez vos idées avant le 31 mars ; un jury en retiendra trois, soumis au vote.")
             + m.cf7("/actualites/appel-a-idees-mediatheque/", 91, [("your-name", "Votre nom", "text"), ("your-email", "Votre courriel", "email"), ("nom-propose", "Nom proposé", "text")],
                     "Pourquoi ce nom ?", "Proposer"), {IDEAS, CONTACT}),
        # a closed call for ideas and its synthesis: participation shown, no call open any more
        page("/actualites/appel-a-idees-clos-berges/", "Berges de l'Hers : la synthèse de l'appel à idées", m.prose(
            "L'appel à idées sur l'aménagement des berges de l'Hers est clos depuis le 30 novembre. 214 contributions ont été reçues.",
            "Principales attentes : un cheminement continu, des bancs, une guinguette l'été. Le projet sera présenté aux conseils citoyens en mai."),
             {CITY}, decoys={IDEAS}),
        page("/actualites/stationnement-velo-gare/", "Vélos à la gare : votre avis", m.prose(
            "Faut-il un parking vélo sécurisé à la gare ? Répondez au questionnaire intégré ci-dessous.")
             + m.iframe(J + "/questionnaires/stationnement-velo", "Questionnaire stationnement vélo", 700), {"poll"}),
        page("/ville/budget-2025/", "Budget 2025", m.prose(
            "Budget primitif 2025 : 61 millions d'euros, dont 300 000 € pour le budget participatif et 14 millions d'investissements."), decoys={BP}),
        page("/ville/conseil-municipal/", "Conseil municipal", m.prose(
            "Le conseil municipal compte 39 élus. Les séances sont publiques et diffusées en direct. Prochaine séance le 14 avril : bilan des conseils citoyens.")
             + m.link("/ville/budget-2025/", "Budget 2025"), decoys={CITY}),
        page("/actualites/appel-a-candidatures-marche-de-noel/", "Marché de Noël : appel à candidatures exposants", m.prose(
            "Artisans d'art et producteurs, candidatez pour le marché de Noël avant le 30 septembre. Dossier et règlement à télécharger."), decoys={IDEAS}),
        page("/actualites/concours-illuminations/", "Concours des illuminations", m.prose(
            "Inscrivez votre maison ou votre balcon au concours des illuminations avant le 10 décembre. Prix remis en janvier."), decoys={IDEAS}),
        page("/actualites/forum-des-associations-2025/", "Forum des associations", m.prose(
            "Plus de 150 associations au parc des expositions le samedi 6 septembre."), decoys={"forum"}),
        page("/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne : signature du protocole", m.prose(
            "Le maire, le préfet et le commandant de la compagnie de gendarmerie ont signé le protocole de participation citoyenne pour les quartiers pavillonnaires."),
             decoys={CITY, TSN}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, 1 place du Capitoul.") + m.cf7("/contact/", 12, [
            ("your-name", "Nom", "text"), ("your-email", "Courriel", "email"), ("your-subject", "Objet", "text")]), {CONTACT}),
        page("/newsletter/", "Newsletter", m.newsletter("/newsletter/"), decoys={CONTACT}),
    ]
    www = Site(MONTBRUGNAC, "wordpress", "Ville de Montbrugnac", pages,
               menu=[("Accueil", "/"), ("Démocratie participative", "/democratie-participative/"), ("Ville", "/ville/conseil-municipal/"),
                     ("Actualités", "/actualites/ma-vila-decidis-laureats-2024/"), ("Marchés", "/actualites/appel-a-candidatures-marche-de-noel/"),
                     ("Sécurité", "/actualites/participation-citoyenne-gendarmerie/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleMontbrugnac"), social("bluesky", "montbrugnac.fr"), social("youtube", "montbrugnac")],
               address="Hôtel de ville, 1 place du Capitoul, 31 Montbrugnac")
    proj = bp + "/projets/jardin-partage-borde-haute"
    jpages = [
        page("/", "Je participe à Montbrugnac", m.prose("L'espace de participation en ligne de la Ville de Montbrugnac.") + m.ul(
            m.link(bp, "Budget participatif Ma vila decidís 2025"), m.link("/petitions", "Pétitions citoyennes"), m.link("/questionnaires/stationnement-velo", "Questionnaire : vélos à la gare"))
             , {CITY}),
        page(bp, "Ma vila decidís 2025", m.steps([("Dépôt", "6 janvier - 15 mars", "Déposez vos projets.", "done"), ("Étude", "mars - juin", "Analyse des services.", "current"),
                                                  ("Vote", "septembre", "Votez pour 5 projets.", "next")], "jp-steps")
             + m.ul(m.link(bp + "/deposer", "Déposer un projet"), m.link(bp + "/projets", "Voir les projets")), {BP}),
        page(bp + "/deposer", "Déposer un projet", m.agency_form(bp + "/deposer", [("titre", "Titre du projet", "text"), ("quartier", "Quartier", "select:Centre|Borde-Haute|Les Violettes|Ramelet|Gleyzes"),
                                                                                  ("description", "Description du projet", "textarea"), ("cout", "Coût estimé (€)", "number"), ("email", "Votre courriel", "email")],
                                                      "Déposer", "jp-form"), {BP, IDEAS, CONTACT}),
        page(bp + "/projets", "Les projets déposés", m.project_cards([("Jardin partagé à Borde-Haute", "Borde-Haute", "18 000 €", ""), ("Fontaine au square Riquet", "Centre", "9 000 €", "")], "jp-card")
             + m.link(proj, "Jardin partagé à Borde-Haute : détails"), {BP}),
        page(proj, "Jardin partagé à Borde-Haute", m.prose("Un jardin de 30 parcelles sur la friche de la rue des Tisserands.")
             + '<section class="jp-comments"><h2>Commentaires (1)</h2><div class="jp-comment"><strong>Nadège</strong> <time>12/03/2025</time><p>Les écoles pourraient avoir une parcelle.</p></div>'
             '<form class="jp-comment-form" action="' + proj + '/commentaires" method="post"><label for="jpc">Votre commentaire</label><textarea id="jpc" name="commentaire" rows="4"></textarea>'
             '<input type="text" name="pseudo" placeholder="Pseudo"><button type="submit">Publier</button></form></section>', {BP, "comments"}),
        page("/petitions", "Pétitions citoyennes", m.prose(
            "Une pétition qui recueille 1 000 signatures de Montbrugnacais est examinée par le conseil municipal. Lancez la vôtre ou signez les pétitions en cours.")
             + m.ul(m.link("/petitions/sauvegarde-du-lavoir", "Sauvegarde du lavoir de Gleyzes - 642 signatures")), {"petition"}),
        page("/petitions/sauvegarde-du-lavoir", "Sauvegarde du lavoir de Gleyzes", m.prose("Nous demandons la restauration du lavoir de Gleyzes, fermé depuis 2019.")
             + m.agency_form("/petitions/sauvegarde-du-lavoir", [("nom", "Nom", "text"), ("email", "Courriel", "email"), ("residence", "J'habite Montbrugnac", "checkbox")],
                             "Signer la pétition", "jp-petition"), {"petition"}),
        page("/questionnaires/stationnement-velo", "Questionnaire : vélos à la gare", m.agency_form("/questionnaires/stationnement-velo", [
            ("frequence", "Venez-vous à la gare à vélo ?", "radio:Souvent|Parfois|Jamais"), ("abri", "Utiliseriez-vous un abri sécurisé payant (2 € par mois) ?", "radio:Oui|Non|Peut-être")],
            "Valider", "jp-survey"), {"poll"}),
    ]
    space = Site(MON_SPACE, "vendor", "Je participe - Montbrugnac", jpages, menu=[("Accueil", "/"), ("Budget participatif", bp), ("Pétitions", "/petitions")],
                 features=frozenset({PLATFORM}), platforms=frozenset({"jeparticipe.montbrugnac.fr"}))
    return City("99238", "Montbrugnac", 42_000, "31", "76", "Occitanie", f"http://{MONTBRUGNAC}/", [www, space])


def cities():
    return [lescoun(), bazerque(), arrigaux(), errotaberri(), puylauzet(), gimones(), cazaleres(), montbrugnac()]


def hosts():
    return {}
