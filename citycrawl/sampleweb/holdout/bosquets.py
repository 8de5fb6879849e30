"""Holdout part "bosquets": eight small towns (8,000 to 40,000 inhabitants) of rural and peri-urban France,
seen through their vie municipale, jeunesse, vie associative and news pages. WordPress, Joomla, SPIP, Drupal,
TYPO3 and a vendor CMS for small communes; a Decidim and a Cap Collectif space of intercommunalities, a Fluicity
and an id-city space, a Publik portal, a phpBB board and the town's own neighbours' network; and the lookalikes
such sites carry (budget primitif, council minutes, calls for tenders and grants, contests, census, enquête
publique, the gendarmerie's participation citoyenne, closed polls, forums of associations and jobs)."""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import bosquets_markup as m

FLUICITY = "lussac-les-tilleuls.flui.city"
IDCITY = "brevillers-sur-meuse.id-city.com"


def _plan(pages, path="/plan-du-site/"):
    """A site map page listing every page written so far (small-town sites all have one in the footer)."""
    items = [(p.path, p.title) for p in pages if p.path != "/"]
    return page(path, "Plan du site", m.prose("Retrouvez ici l'ensemble des rubriques du site.") + m.links(items, "plan-du-site"))


# ---- 99131 Kervallan (Morbihan), WordPress ---------------------------------------------------------------

def kervallan() -> City:
    host = "www.kervallan.bzh"
    sidebar_poll = m.wp_polls_sidebar(12, "Faut-il déplacer le marché du jeudi sur le quai ?",
                                      ["Oui, sur le quai", "Non, rester place de la Mairie", "Sans avis"])
    newsletter_widget = ('<section class="widget widget_mailpoet"><h2 class="widget-title">Lettre d\'information</h2>'
                         + m.mailpoet(2) + '</section>')
    news = [("/actualites/travaux-rue-du-port/", "Rue du Port : les travaux commencent", "3 mars", "Circulation alternée pendant six semaines."),
            ("/jeunesse/cme-projets/", "Le CME lance sa boîte à livres", "27 février", "Les jeunes élus inaugurent leur premier projet."),
            ("/actualites/recensement-2026/", "Recensement de la population", "15 janvier", "Un agent recenseur passera chez vous."),
            ("/actualites/maisons-fleuries/", "Concours des maisons fleuries", "2 mai", "Inscriptions ouvertes jusqu'au 15 juin.")]
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue à Kervallan, commune du Morbihan entre landes et ria. Toute l'actualité de la mairie et de la vie locale.",
            [("/vie-municipale/", "Vie municipale"), ("/participer/boite-a-idees/", "Boîte à idées"),
             ("/participer/sondage-marche/", "Le marché du jeudi"), ("/contact/", "Contacter la mairie"),
             ("/vie-associative/", "Associations"), ("/jeunesse/conseil-municipal-des-enfants/", "Conseil municipal des enfants")],
            news, [("/vie-associative/forum-des-associations/", "Forum des associations", "6 septembre"),
                   ("/vie-municipale/conseil-municipal/", "Conseil municipal", "18 mars")], "cookie-notice",
            m.links([("/actualites/", "Toutes les actualités"), ("/plan-du-site/", "Plan du site")]))),
        page("/vie-municipale/", "Vie municipale", m.prose(
            "Le conseil municipal compte 29 élus. Retrouvez ses séances, le budget de la commune et les instances ouvertes aux habitants.")
             + m.links([("/vie-municipale/conseil-municipal/", "Le conseil municipal"),
                        ("/vie-municipale/budget-2025/", "Budget 2025"),
                        ("/vie-municipale/commissions-extra-municipales/", "Les commissions extra-municipales")])),
        # the municipal council's own agenda and minutes: not the participation approach
        page("/vie-municipale/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit environ une fois par mois, salle du conseil. Les séances sont publiques.",
            "Ordre du jour de la séance du 18 mars : vote du budget primitif, tarifs de la cantine, convention avec le SDEM.",
            "<a href='/vie-municipale/budget-2025/'>Consulter le budget</a> – Procès-verbal de la séance du 5 février (PDF, 320 Ko)."),
             decoys={"participation_displayed"}),
        page("/vie-municipale/budget-2025/", "Budget 2025", m.prose(
            "Le budget primitif 2025 a été adopté le 18 mars. Section de fonctionnement : 8,9 M€ ; investissement : 3,4 M€.",
            "Principaux investissements : rénovation de l'école Jules-Verne, voirie du Penher, réseau d'eaux pluviales.",
            "Le compte administratif 2024 fait apparaître un excédent reporté de 612 000 €.") + m.results_table(
            "Répartition des dépenses de fonctionnement", [("Personnel", 54), ("Charges générales", 27), ("Subventions", 8), ("Autres", 11)], "—"),
             decoys={"participatory_budget"}),
        page("/vie-municipale/commissions-extra-municipales/", "Les commissions extra-municipales", m.prose(
            "Pour associer les Kervallanais aux décisions, le conseil municipal a créé quatre commissions extra-municipales : "
            "environnement et littoral, mobilités, animation et patrimoine, solidarités.",
            "Chacune réunit des élus et des habitants volontaires, qui donnent un avis avant les délibérations. "
            "Les comptes rendus sont publiés sur ce site.",
            "Vous souhaitez y siéger ? Faites-vous connaître auprès de l'accueil de la mairie ou via la "
            "<a href='/contact/'>page contact</a>. Renouvellement des membres chaque année en septembre."),
             {"participation_displayed"}),
        # a consultative youth council of the commune presents itself as a participation body (comité consultatif)
        page("/jeunesse/conseil-municipal-des-enfants/", "Conseil municipal des enfants", m.prose(
            "Le conseil municipal des enfants (CME) réunit 15 élèves de CM1 et CM2 élus dans les deux écoles pour deux ans.",
            "Il est consulté sur les projets qui concernent les jeunes et mène ses propres actions, avec un budget annuel "
            "de 3 000 € voté par le conseil municipal : boîte à livres, fresque du city-stade, nettoyage de la grève.",
            "Les enfants se réunissent en commission un mercredi sur deux et en séance plénière trois fois par an.",
            "<a href='/jeunesse/cme-projets/'>Les projets du CME</a>"), {"participation_displayed"}),
        page("/jeunesse/cme-projets/", "Le CME lance sa boîte à livres", m.prose(
            "Installée devant la médiathèque, la boîte à livres construite par les services techniques a été décorée par les "
            "jeunes élus. Chacun peut y déposer ou emprunter un livre librement.",
            "Prochain projet : une fresque sur le thème de la ria, réalisée avec un artiste de Lorient.")
             + m.wp_comments(214, [("Soazig", "28 février", "Superbe initiative, bravo aux enfants !"),
                                   ("Marc L.", "1er mars", "Pourrait-on en installer une à Kerlann aussi ?")])
             + m.share_buttons(f"http://{host}/jeunesse/cme-projets/", "Boîte à livres"), {"comments"}),
        page("/participer/boite-a-idees/", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Kervallan ? Un aménagement, une animation, un service qui manque ?",
            "Déposez-la ici : chaque proposition est lue par les élus et une réponse est publiée dans le bulletin municipal "
            "« Kervallan Infos ».") + m.wpforms(388, "Boîte à idées", [("Nom", "text"), ("E-mail", "email"), ("Quartier ou village", "text")],
                                                  "Votre idée") + m.rgpd(),
             {"suggestion_call", "contact_form"}),
        page("/participer/sondage-marche/", "Le marché du jeudi", m.with_sidebar(m.prose(
            "Le marché du jeudi matin accueille une quinzaine d'exposants place de la Mairie.",
            "Avec les travaux du quai, la municipalité étudie son déplacement et vous demande votre avis dans le sondage ci-contre."),
            sidebar_poll + newsletter_widget), {"poll"}, decoys={"contact_form"}),
        page("/actualites/resultats-sondage-eclairage/", "Éclairage public : les résultats du sondage", m.prose(
            "Le sondage sur l'extinction nocturne de l'éclairage public est terminé. 534 habitants y ont répondu.",
            "Le conseil municipal a décidé l'extinction de 23 h à 6 h à partir du 1er octobre.")
             + m.wp_polls_closed(9, "Êtes-vous favorable à l'extinction de l'éclairage la nuit ?",
                                 [("Oui", 61, 326), ("Non", 31, 166), ("Sans avis", 8, 42)], 534), decoys={"poll"}),
        page("/actualites/", "Actualités", m.teasers(news + [
            ("/actualites/resultats-sondage-eclairage/", "Éclairage public : les résultats", "10 février", "Le sondage est clos."),
            ("/actualites/participation-citoyenne/", "Participation citoyenne avec la gendarmerie", "4 février", "Signature du protocole."),
            ("/actualites/budget-participatif-departement/", "Budget participatif du Morbihan", "20 janvier", "Deux projets kervallanais."),
            ("/actualites/lettre-information/", "Recevez Kervallan Infos", "8 janvier", "Inscription à la lettre."),
            ("/actualites/conseil-communautaire/", "Conseil communautaire du 12 décembre", "14 décembre", "Les décisions.")])),
        # a council report naming participation platforms in passing: the commune runs none
        page("/actualites/conseil-communautaire/", "Conseil communautaire du 12 décembre", m.prose(
            "Réunis à Baud, les délégués communautaires ont adopté le programme local de l'habitat et les tarifs de la collecte.",
            "Le président a indiqué que l'agglomération comparait des outils de concertation en ligne, comme Decidim ou "
            "Cap Collectif, sans calendrier arrêté à ce stade.",
            "Prochain conseil communautaire : le 6 février.") + m.share_buttons("http://www.kervallan.bzh/actualites/conseil-communautaire/"),
             decoys={"participatory_platform"}),
        page("/actualites/travaux-rue-du-port/", "Rue du Port : les travaux commencent", m.prose(
            "Les travaux d'effacement des réseaux et de réfection de la chaussée de la rue du Port débutent le 10 mars.",
            "La circulation sera alternée par feux ; l'accès aux commerces reste possible.")
             + m.wp_comments(219, [("Yann", "4 mars", "Et le stationnement des riverains pendant ce temps ?"),
                                   ("Mairie de Kervallan", "4 mars", "Le parking du Vieux Port leur est réservé.")]),
             {"comments"}),
        # the gendarmerie's watch scheme, not a residents' network nor the city's participation approach
        page("/actualites/participation-citoyenne/", "Participation citoyenne : la commune signe le protocole", m.prose(
            "Le maire et le commandant de la compagnie de gendarmerie ont signé le protocole « Participation citoyenne ».",
            "Des référents de quartier volontaires signaleront aux gendarmes les faits inhabituels pour prévenir les cambriolages.",
            "Ce dispositif de vigilance est encadré par la préfecture ; il ne remplace pas l'appel au 17.")
             + m.share_buttons(f"http://{host}/actualites/participation-citoyenne/"),
             decoys={"participation_displayed", "territorial_social_network"}),
        # a news item naming the département's participatory budget in passing
        page("/actualites/budget-participatif-departement/", "Deux projets kervallanais retenus par le Département", m.prose(
            "Le club de kayak et l'association des parents d'élèves ont vu leurs projets retenus dans le budget participatif "
            "du Département ; les travaux du ponton commenceront au printemps.",
            "La commune félicite les porteurs de projet.")
             + m.share_buttons(f"http://{host}/actualites/budget-participatif-departement/"), decoys={"participatory_budget"}),
        page("/actualites/maisons-fleuries/", "Concours des maisons fleuries", m.prose(
            "Le concours des maisons et jardins fleuris est ouvert à tous les habitants. Inscription gratuite avant le 15 juin.",
            "Le jury passera dans la deuxième quinzaine de juillet ; remise des prix en octobre.")
             + m.cf7("/actualites/maisons-fleuries/", 402, [("your-name", "Nom et prénom", "text", True),
                                                            ("your-address", "Adresse", "text", True),
                                                            ("your-tel", "Téléphone", "tel", False)], "S'inscrire", None),
             decoys={"suggestion_call", "contact_form"}),
        page("/actualites/recensement-2026/", "Recensement de la population 2026", m.prose(
            "Du 15 janvier au 14 février, un agent recenseur muni d'une carte officielle se présentera à votre domicile.",
            "Vous pourrez répondre au questionnaire de l'Insee en ligne avec les codes qu'il vous remettra. Votre participation est obligatoire."),
             decoys={"poll"}),
        page("/actualites/lettre-information/", "Recevez Kervallan Infos", m.prose(
            "Inscrivez-vous pour recevoir chaque mois l'actualité de la commune par courriel.") + m.mailpoet(2),
             decoys={"contact_form"}),
        page("/vie-associative/", "Vie associative", m.prose("Plus de 80 associations animent la commune.")
             + m.links([("/vie-associative/forum-des-associations/", "Forum des associations"),
                        ("/vie-associative/subventions/", "Demandes de subvention")])),
        page("/vie-associative/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations aura lieu le samedi 6 septembre à la salle Avel Vor, de 10 h à 17 h.",
            "Venez découvrir les activités sportives, culturelles et solidaires proposées à Kervallan."), decoys={"forum"}),
        page("/vie-associative/subventions/", "Demandes de subvention 2026", m.prose(
            "Les associations peuvent déposer leur dossier de demande de subvention jusqu'au 31 octobre.",
            "Le dossier type (bilan, budget prévisionnel, projet) est à télécharger et à retourner en mairie."),
             decoys={"suggestion_call"}),
        page("/contact/", "Contacter la mairie", m.prose("Mairie de Kervallan, 1 place de la Mairie. Tél. 02 97 00 00 00.")
             + m.cf7("/contact/", 5, [("your-name", "Votre nom", "text", True), ("your-email", "Votre e-mail", "email", True),
                                      ("your-subject", "Objet", "text", False)]) + m.rgpd(),
             {"contact_form"}, decoys={"suggestion_call"}),
    ]
    pages.append(_plan(pages))
    www = Site(host, "wordpress", "Kervallan", pages,
               menu=[("Accueil", "/"), ("Vie municipale", "/vie-municipale/"), ("Jeunesse", "/jeunesse/conseil-municipal-des-enfants/"),
                     ("Associations", "/vie-associative/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDeKervallan"), social("instagram", "kervallan_officiel")],
               address="Mairie, 1 place de la Mairie, 56000 Kervallan")
    return City("99131", "Kervallan", 12_400, "56", "53", "Bretagne", f"http://{host}/", [www])


# ---- 99132 Saint-Ormel-en-Bocage (Manche), Joomla --------------------------------------------------------

def saint_ormel() -> City:
    host = "www.saint-ormel-en-bocage.fr"
    news = [("/actualites/effacement-des-reseaux-la-croix-verte", "Effacement des réseaux à la Croix-Verte", "12 avril", "Réunion publique le 24."),
            ("/actualites/nouveau-terrain-multisport", "Un terrain multisport au Clos-Hamel", "2 avril", "Ouverture cet été."),
            ("/actualites/forum-emploi", "Forum de l'emploi saisonnier", "20 mars", "Rencontrez les employeurs."),
            ("/actualites/alerte-sms", "Alertes SMS : inscrivez-vous", "1er mars", "Coupures, intempéries, travaux.")]
    pages = [
        page("/", "Accueil", m.home(
            "Saint-Ormel-en-Bocage, commune nouvelle de la Manche regroupant six communes déléguées et 47 hameaux.",
            [("/mairie/comites-consultatifs", "Comités consultatifs"), ("/mairie/comites-de-hameau", "Comités de hameau"),
             ("/vivre/questionnaire-rythmes-scolaires", "Questionnaire rythmes scolaires"), ("/vivre/vos-idees", "Vos idées"),
             ("/contact", "Contact"), ("/vivre/reservation-salle", "Réserver une salle")],
            news + [("/actualites/voeux-du-maire", "Les vœux du maire", "11 janvier", "Retour sur la cérémonie.")],
            [("/mairie/conseil-municipal", "Séance du conseil municipal", "29 avril"),
                   ("/actualites/effacement-des-reseaux-la-croix-verte", "Réunion publique à la Croix-Verte", "24 avril")],
            extra=m.links([("/mairie/budget-primitif", "Budget"), ("/mairie/marches-publics", "Marchés publics"),
                           ("/lettre-information", "Lettre d'information"), ("/tourisme", "Tourisme"),
                           ("/plan-du-site", "Plan du site")]))),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Prochaine séance le 29 avril à 20 h 30 à la mairie déléguée de Saint-Ormel.",
            "Ordre du jour : compte de gestion 2024, affectation du résultat, subventions aux associations, plan de désherbage.",
            "Les délibérations sont affichées en mairie et publiées ici dans les huit jours."), decoys={"participation_displayed"}),
        page("/mairie/comites-consultatifs", "Les comités consultatifs", m.prose(
            "La commune s'est dotée de comités consultatifs ouverts aux habitants : cadre de vie et voirie, "
            "vie scolaire et enfance, culture et patrimoine bocager.",
            "Ils sont présidés par un adjoint et composés pour moitié d'habitants tirés au sort parmi les volontaires. "
            "Ils rendent des avis au conseil municipal et peuvent proposer des projets.",
            "Pour vous porter volontaire, remplissez le coupon du bulletin municipal ou adressez un message via la "
            "<a href='/contact'>page contact</a>."), {"participation_displayed"}),
        page("/mairie/comites-de-hameau", "Les comités de hameau", m.prose(
            "Dans chacune des six communes déléguées, un comité de hameau réunit deux fois par an les habitants autour "
            "du maire délégué : entretien des chemins, fossés, éclairage, fleurissement, sécurité routière.",
            "Ces rencontres sont ouvertes à tous, sans inscription. Les demandes formulées sont suivies dans un tableau "
            "présenté à la réunion suivante.",
            "<a href='/actualites/effacement-des-reseaux-la-croix-verte'>Prochaine réunion : la Croix-Verte</a>"),
             {"participation_displayed"}),
        page("/actualites/effacement-des-reseaux-la-croix-verte", "Effacement des réseaux à la Croix-Verte", m.prose(
            "Le SDEM 50 engage l'effacement des réseaux électriques et téléphoniques du hameau de la Croix-Verte.",
            "Une réunion publique d'information aura lieu le jeudi 24 avril à 18 h 30 à la salle communale.")
             + m.jcomments(41, [("Gérard", "13 avril", "Les poteaux de la route de Percy seront-ils aussi enlevés ?"),
                                ("Anne-Marie", "14 avril", "Merci pour l'information, nous serons présents.")]),
             {"comments"}),
        page("/actualites/nouveau-terrain-multisport", "Un terrain multisport au Clos-Hamel", m.prose(
            "Demandé par les jeunes lors des comités de hameau, le terrain multisport du Clos-Hamel ouvrira en juillet.",
            "Coût : 68 000 € HT, financés à 40 % par l'État (DETR).")
             + m.jcomments(42, [("Léo", "3 avril", "Trop bien, enfin un terrain de basket !")]), {"comments"}),
        # an article whose comments are switched off, with none posted
        page("/actualites/voeux-du-maire", "Les vœux du maire", m.prose(
            "Le maire a présenté ses vœux aux habitants le 10 janvier à la salle des fêtes, en présence des maires délégués.",
            "Les projets 2025 : terrain multisport, effacement des réseaux, rénovation de la salle polyvalente.")
             + '<div id="jc"><p class="jcomments-closed">Les commentaires sont désactivés pour cet article.</p></div>',
             decoys={"comments"}),
        page("/mairie/budget-primitif", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'équilibre à 5,2 M€ en fonctionnement et 2,1 M€ en investissement.",
            "Les taux de fiscalité restent inchangés. Documents budgétaires disponibles en mairie."),
             decoys={"participatory_budget"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : réhabilitation de la salle polyvalente (5 lots). "
            "Date limite de réception des offres : 16 mai à 12 h.",
            "Le dossier de consultation des entreprises est disponible sur la plateforme de dématérialisation du département."),
             decoys={"suggestion_call"}),
        page("/vivre/questionnaire-rythmes-scolaires", "Questionnaire : les rythmes scolaires", m.prose(
            "Le conseil d'école et la commune s'interrogent sur l'organisation de la semaine scolaire à la rentrée prochaine.",
            "Parents, merci de répondre avant le 30 mai : un questionnaire par famille.")
             + m.rsform(7, "Questionnaire aux familles", [("NbEnfants", "Nombre d'enfants scolarisés")], None,
                        [("Semaine", "Quelle organisation préférez-vous ?", ["4 jours", "4 jours et demi avec mercredi matin"]),
                         ("Garderie", "Utilisez-vous la garderie du mercredi ?", ["Oui", "Non", "Parfois"])], "Envoyer mes réponses"),
             {"poll"}),
        page("/vivre/questionnaire-cantine-resultats", "Restaurant scolaire : résultats de l'enquête", m.prose(
            "L'enquête de satisfaction sur le restaurant scolaire est close. 212 familles ont répondu.",
            "Principales attentes : plus de produits locaux, moins de bruit dans la salle.")
             + m.results_table("Êtes-vous satisfait des repas ?", [("Très satisfait", 22), ("Satisfait", 51), ("Peu satisfait", 20), ("Pas satisfait", 7)], 212),
             decoys={"poll"}),
        page("/vivre/vos-idees", "Vos idées pour Saint-Ormel", m.prose(
            "Vous avez une idée pour votre hameau ou pour la commune ? Partagez-la avec l'équipe municipale.",
            "Les propositions sont étudiées par le comité consultatif concerné.")
             + m.rsform(9, "Proposer une idée", [("Nom", "Votre nom"), ("Email", "Votre e-mail"), ("Hameau", "Hameau")],
                        ("Idee", "Décrivez votre idée"), None, "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/vivre/reservation-salle", "Réserver une salle communale", m.prose(
            "Les salles communales peuvent être louées par les habitants et les associations. Tarifs votés en conseil.")
             + m.rsform(11, "Demande de réservation", [("Nom", "Nom"), ("Tel", "Téléphone"), ("Date", "Date souhaitée")], None,
                        [("Salle", "Salle", ["Salle des fêtes", "Salle du Clos-Hamel", "Foyer rural"])], "Réserver"),
             decoys={"contact_form"}),
        # the legal enquête publique of the intercommunal plan: a register of observations, not an online questionnaire
        page("/vivre/enquete-publique-plui", "Enquête publique du PLUi", m.prose(
            "L'enquête publique sur le projet de plan local d'urbanisme intercommunal se déroule du 2 au 31 mai.",
            "Le commissaire enquêteur tiendra une permanence en mairie le 14 mai. Les observations peuvent être consignées "
            "sur le registre papier ou le registre dématérialisé de la communauté de communes."),
             decoys={"poll", "suggestion_call"}),
        page("/actualites/forum-emploi", "Forum de l'emploi saisonnier", m.prose(
            "Le forum de l'emploi saisonnier se tient le 5 avril à la salle des fêtes : agriculture, tourisme, services à la personne.",
            "Apportez votre CV !"), decoys={"forum"}),
        page("/actualites/alerte-sms", "Alertes SMS : inscrivez-vous", m.prose(
            "Recevez gratuitement par SMS les alertes de la commune : coupures d'eau, intempéries, fermetures de routes.")
             + m.rsform(13, "Inscription aux alertes", [("Nom", "Nom"), ("Mobile", "Numéro de portable"), ("Hameau", "Hameau")],
                        None, None, "M'inscrire"), decoys={"contact_form"}),
        # a national petition relayed by the mayor: not a city-run petition space
        page("/actualites/services-publics-ruraux", "Services publics en milieu rural", m.prose(
            "Le conseil municipal a adopté une motion pour le maintien des services publics dans les communes rurales.",
            "L'association des maires ruraux relaie une pétition nationale : "
            "<a href='https://www.mesopinions.com/petition/politique/services-publics-ruralite/12345'>mesopinions.com</a>."),
             decoys={"petition"}),
        page("/lettre-information", "Lettre d'information", m.prose("Abonnez-vous à la lettre de Saint-Ormel.") + m.acymailing(),
             decoys={"contact_form"}),
        page("/tourisme", "Tourisme et loisirs", m.prose(
            "L'office de tourisme intercommunal vous accueille à Villedieu et sur ses réseaux : "
            "<a href='https://www.facebook.com/OTBocageNormand'>Facebook de l'office de tourisme</a>, "
            "<a href='https://www.instagram.com/bocage_normand_tourisme'>Instagram de l'office</a>.",
            "Voies vertes, randonnées, fermes ouvertes : demandez le guide.")),
        page("/contact", "Contact", m.prose("Mairie de Saint-Ormel-en-Bocage, 3 rue de l'Église. Ouverte du lundi au samedi matin.")
             + m.joomla_contact("/contact"), {"contact_form"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(host, "joomla", "Saint-Ormel-en-Bocage", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie/conseil-municipal"), ("Vivre à Saint-Ormel", "/vivre/vos-idees"),
                     ("Actualités", "/actualites/nouveau-terrain-multisport"), ("Contact", "/contact")],
               accounts=[social("facebook", "SaintOrmelEnBocage"), social("youtube", "SaintOrmelEnBocage")],
               address="Mairie, 3 rue de l'Église, 50000 Saint-Ormel-en-Bocage")
    return City("99132", "Saint-Ormel-en-Bocage", 9_800, "50", "28", "Normandie", f"http://{host}/", [www],
                decoy_accounts=("https://www.facebook.com/otbocagenormand", "https://www.instagram.com/bocage_normand_tourisme"))


# ---- 99133 Vernou-la-Chaussée (Indre-et-Loire), SPIP -----------------------------------------------------

def vernou() -> City:
    host = "www.vernou-la-chaussee.fr"
    news = [("/Travaux-de-la-place-de-l-Eglise", "Place de l'Église : le projet", "8 mars", "Donnez votre avis."),
            ("/Questionnaire-piste-cyclable", "Liaison cyclable vers la gare", "1er mars", "Questionnaire en ligne."),
            ("/Petition-passage-pieton-rue-des-Ecoles", "Pétition : passage piéton rue des Écoles", "20 février", "158 signatures."),
            ("/Recensement-2026", "Recensement 2026", "10 janvier", "Réservez bon accueil aux agents.")]
    pages = [
        page("/", "Accueil", m.home(
            "Vernou-la-Chaussée, ville des bords du Cher au sud de Tours : services, démarches et vie locale.",
            [("/Democratie-locale", "Démocratie locale"), ("/Les-conseils-de-quartier", "Conseils de quartier"),
             ("/Petitions-citoyennes", "Pétitions citoyennes"), ("/Contact", "Contact"),
             ("/Le-conseil-municipal-des-enfants", "Conseil municipal des enfants"), ("/Lettre-d-information", "Lettre d'information")],
            news, [("/Forum-des-associations", "Forum des associations", "7 septembre"),
                   ("/Seance-du-conseil-municipal-du-12-mars", "Conseil municipal", "12 mars")],
            extra=m.links([("/Resultats-de-la-consultation-sur-le-marche", "Consultation sur le marché : résultats"),
                           ("/Appel-a-candidatures-maitre-nageur", "Offres d'emploi"),
                           ("/Subventions-aux-associations-2026", "Subventions"), ("/plan-du-site", "Plan du site")]))),
        page("/Democratie-locale", "Démocratie locale : Vernou en commun", m.prose(
            "« Vernou en commun », c'est la démarche de démocratie participative de la ville, fixée par une charte "
            "adoptée en conseil municipal : informer, consulter, concerter et coconstruire avec les habitants.",
            "Elle s'appuie sur quatre conseils de quartier, des ateliers de concertation sur les grands projets, "
            "des questionnaires en ligne et un droit de pétition.")
             + m.links([("/Les-conseils-de-quartier", "Les conseils de quartier"), ("/Petitions-citoyennes", "Le droit de pétition"),
                        ("/Questionnaire-piste-cyclable", "Questionnaire en cours")]), {"participation_displayed"}),
        page("/Les-conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier (Bourg, Varennes, Gare, Coteaux) réunissent chacun une vingtaine d'habitants "
            "volontaires et tirés au sort, pour trois ans.",
            "Ils se réunissent en séance publique au moins trois fois par an et disposent d'une enveloppe de 5 000 € "
            "pour de petits aménagements.",
            "<a href='/Conseil-de-quartier-des-Varennes-compte-rendu'>Dernier compte rendu : les Varennes</a>"),
             {"participation_displayed"}),
        page("/Conseil-de-quartier-des-Varennes-compte-rendu", "Conseil de quartier des Varennes : compte rendu du 4 février", m.prose(
            "Présents : 17 membres, deux élus référents, une dizaine d'habitants venus en public.",
            "Points abordés : vitesse rue des Varennes, plantations le long de la levée, emplacement du futur abri de bus.",
            "Le conseil de quartier propose une zone 30 ; la proposition sera étudiée par les services techniques."),
             {"participation_displayed"}),
        page("/Petitions-citoyennes", "Le droit de pétition", m.prose(
            "Depuis 2023, toute pétition déposée par des habitants de Vernou et signée par au moins 300 d'entre eux est "
            "inscrite à l'ordre du jour du conseil municipal.",
            "Pour lancer une pétition, adressez son texte à la mairie ; elle est publiée sur ce site et chacun peut la signer en ligne.",
            "Pétitions en cours : <a href='/Petition-passage-pieton-rue-des-Ecoles'>Un passage piéton sécurisé rue des Écoles</a>."),
             {"petition", "participation_displayed"}),
        page("/Petition-passage-pieton-rue-des-Ecoles", "Pétition : un passage piéton sécurisé rue des Écoles", m.spip_petition(
            48, 158, "Les parents d'élèves de l'école des Tilleuls demandent un passage piéton surélevé et éclairé devant l'école."),
             {"petition"}),
        page("/Questionnaire-piste-cyclable", "Questionnaire : une liaison cyclable vers la gare", m.prose(
            "La ville étudie une liaison cyclable entre le bourg et la gare. Dites-nous comment vous vous déplacez, avant le 15 avril.")
             + m.formidable(3, "liaison_cyclable", "Vos déplacements",
                            [("Utilisez-vous le vélo pour aller à la gare ?", ["Oui, souvent", "Parfois", "Jamais"]),
                             ("Quel itinéraire vous semble le plus adapté ?", ["Par la levée", "Par la rue de Tours", "Sans avis"])]),
             {"poll"}),
        page("/Resultats-de-la-consultation-sur-le-marche", "Consultation sur le marché : les résultats", m.prose(
            "La consultation sur le jour du marché s'est achevée le 31 janvier. Merci aux 389 participants.",
            "Le marché aura désormais lieu le samedi matin.")
             + m.results_table("Quel jour pour le marché ?", [("Samedi", 58), ("Mercredi", 27), ("Dimanche", 15)], 389),
             decoys={"poll"}),
        # a consultative youth council of the commune presents itself as a participation body
        page("/Le-conseil-municipal-des-enfants", "Le conseil municipal des enfants", m.prose(
            "Élus pour deux ans par leurs camarades, les 18 conseillers du CME portent les idées des enfants de Vernou.",
            "Projets en cours : un composteur à l'école, une journée « rues aux enfants », la rénovation de l'aire de jeux du parc."),
             {"participation_displayed"}),
        page("/Travaux-de-la-place-de-l-Eglise", "Place de l'Église : le projet d'aménagement", m.prose(
            "Le projet prévoit de rendre la place aux piétons, de planter douze arbres et de réorganiser le stationnement.",
            "Les plans sont exposés en mairie. Vous pouvez réagir ci-dessous.")
             + m.spip_forum(52, [("Stationnement", "Mireille", "9 mars", "Où se gareront les clients de la boulangerie ?"),
                                 ("Bravo", "Thomas", "10 mars", "Enfin une place agréable, vivement les arbres.")]),
             {"comments"}),
        page("/spip.php?page=forum&id_forum=521", "Répondre au message : Stationnement", m.prose(
            "Message d'origine : « Où se gareront les clients de la boulangerie ? »") + m.spip_forum(52, []), {"comments"}),
        page("/spip.php?page=forum&id_forum=522", "Répondre au message : Bravo", m.prose(
            "Message d'origine : « Enfin une place agréable, vivement les arbres. »") + m.spip_forum(52, []), {"comments"}),
        # the list of signatures of the city's petition: no way to sign from this page
        page("/spip.php?page=signatures&id_article=48", "Signatures de la pétition", m.prose(
            "158 signatures : Claire M., Jean-Pierre D., Sabrina L., Famille Renaud, Olivier T., et 153 autres.",
            "<a href='/Petition-passage-pieton-rue-des-Ecoles'>Retour à la pétition</a>")),
        page("/Forum-des-associations", "Forum des associations", m.prose(
            "Rendez-vous au gymnase du Cher le samedi 7 septembre pour le forum des associations vernoliennes.",
            "Inscriptions aux activités, démonstrations, buvette."), decoys={"forum"}),
        page("/Seance-du-conseil-municipal-du-12-mars", "Séance du conseil municipal du 12 mars", m.prose(
            "Ordre du jour : débat d'orientation budgétaire, création d'un poste d'ATSEM, rapport annuel sur l'eau.",
            "La séance est publique et retransmise en direct."), decoys={"participation_displayed"}),
        page("/Appel-a-candidatures-maitre-nageur", "Offre d'emploi : maître-nageur sauveteur", m.prose(
            "La ville recrute un maître-nageur sauveteur pour la piscine d'été (juin à août).",
            "Candidatures (CV et lettre de motivation) à adresser avant le 30 avril au service des ressources humaines."),
             decoys={"suggestion_call"}),
        page("/Subventions-aux-associations-2026", "Subventions aux associations 2026", m.prose(
            "Campagne de subventions : les dossiers sont à déposer avant le 15 novembre.",
            "Un appel à projets spécifique soutient les actions en direction des jeunes (enveloppe de 8 000 €)."),
             decoys={"suggestion_call", "participatory_budget"}),
        page("/Recensement-2026", "Recensement 2026", m.prose(
            "Vernou fait partie des communes recensées en 2026. Répondez en ligne sur le site de l'Insee avec vos codes d'accès."),
             decoys={"poll"}),
        page("/Lettre-d-information", "Lettre d'information", m.prose(
            "Recevez la lettre d'information de la ville.")
             + '<div class="formulaire_spip formulaire_newsletter_subscribe"><form method="post" action="spip.php?page=newsletter">'
               '<input type="hidden" name="formulaire_action" value="newsletter_subscribe" /><label for="session_email">Votre email</label>'
               '<input type="email" name="session_email" id="session_email" class="text email" /><input type="submit" class="submit" '
               'value="S\'inscrire" /></form></div>', decoys={"contact_form"}),
        page("/Contact", "Contact", m.prose("Hôtel de ville, 2 place du Général-de-Gaulle.") + m.spip_contact(1),
             {"contact_form"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(host, "spip", "Vernou-la-Chaussée", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/Democratie-locale"), ("Actualités", "/Travaux-de-la-place-de-l-Eglise"),
                     ("Contact", "/Contact")],
               accounts=[social("facebook", "VernouLaChaussee"), social("mastodon", "vernou@piaille.fr")],
               address="Hôtel de ville, 2 place du Général-de-Gaulle, 37000 Vernou-la-Chaussée")
    return City("99133", "Vernou-la-Chaussée", 14_200, "37", "24", "Centre-Val de Loire", f"http://{host}/", [www])


# ---- 99134 Montbéraud (Saône-et-Loire), Drupal, and the intercommunality's Decidim ---------------------------

def montberaud() -> City:
    host = "www.montberaud.fr"
    cc = "participer.cc-seille-grosne.fr"
    news = [("/actualites/renovation-du-lavoir", "Rénovation du lavoir des Combes", "14 mars", "Les travaux s'achèvent."),
            ("/actualites/stationnement-centre-ville", "Stationnement en centre-ville", "2 mars", "Votre avis compte."),
            ("/actualites/concours-photo", "Concours photo « Montbéraud au fil des saisons »", "20 février", "Envoyez vos clichés."),
            ("/actualites/forum-emploi", "Forum emploi-formation", "5 février", "Salle des fêtes, le 13 mars.")]
    pages = [
        page("/", "Accueil", m.home(
            "Montbéraud, ville de la Bresse bourguignonne. Retrouvez vos démarches, l'agenda et les projets de la ville.",
            [("/participation-citoyenne", "Montbéraud Ensemble"), ("/participation-citoyenne/budget-participatif", "Budget participatif"),
             ("/participation-citoyenne/boite-a-idees", "Boîte à idées"), ("/contact", "Contact"),
             ("/mairie/conseil-municipal", "Conseil municipal"), ("/mairie/budget", "Budget de la ville")],
            news, [("/actualites/forum-emploi", "Forum emploi-formation", "13 mars"),
                   ("/participation-citoyenne/conseils-de-quartier", "Conseil de quartier Saint-Laurent", "20 mars")],
            extra=m.links([("/mairie/marches-publics", "Marchés publics"), ("/actualites/participation-citoyenne-gendarmerie", "Sécurité"),
                           (f"http://{cc}/", "Participer en Seille-et-Grosne"),
                           ("/actualites/resultats-consultation-zone-bleue", "Résultats de consultation"), ("/plan-du-site", "Plan du site")]))),
        page("/participation-citoyenne", "Montbéraud Ensemble", m.prose(
            "Montbéraud Ensemble regroupe les outils de participation citoyenne de la ville : conseils de quartier, "
            "consultations, boîte à idées, et le budget participatif porté avec la communauté de communes.",
            "Élu référent : l'adjoint à la démocratie locale et à la vie des quartiers.")
             + m.links([("/participation-citoyenne/conseils-de-quartier", "Conseils de quartier"),
                        ("/participation-citoyenne/consultation-horaires-ecoles", "Consultation : horaires des écoles"),
                        ("/participation-citoyenne/boite-a-idees", "Boîte à idées"),
                        ("/participation-citoyenne/budget-participatif", "Budget participatif intercommunal")]),
             {"participation_displayed"}),
        page("/participation-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier couvrent la ville. Chacun est ouvert à tout habitant de plus de 16 ans, sans inscription préalable.",
            "Prochaine réunion : conseil de quartier Saint-Laurent, jeudi 20 mars à 19 h, école Saint-Laurent.",
            "Les comptes rendus sont publiés dans la rubrique et dans le bulletin « Montbéraud Mag »."),
             {"participation_displayed"}),
        # the town's page presenting the intercommunality's budget, where its residents propose and vote
        page("/participation-citoyenne/budget-participatif", "Budget participatif de la communauté de communes", m.prose(
            "La communauté de communes Seille-et-Grosne consacre 150 000 € à des projets proposés et choisis par les habitants "
            "de ses 24 communes.",
            "Dépôt des projets jusqu'au 30 avril, étude de faisabilité en mai et juin, vote en septembre.",
            f"<a href='http://{cc}/processes/budget-participatif-2025'>Déposer un projet sur la plateforme Participer en Seille-et-Grosne</a>"),
             {"participatory_budget"}),
        page("/participation-citoyenne/boite-a-idees", "Boîte à idées", m.prose(
            "Suggestion, idée d'animation, projet de quartier : la boîte à idées numérique est ouverte toute l'année.")
             + m.webform("boite_a_idees", [("nom", "Nom", "text"), ("courriel", "Courriel", "email")],
                         ("idee", "Votre idée ou suggestion"), [("theme", "Thème", ["Cadre de vie", "Mobilités", "Animations", "Autre"])]),
             {"suggestion_call", "contact_form"}),
        page("/participation-citoyenne/consultation-horaires-ecoles", "Consultation : les horaires des écoles", m.prose(
            "À la demande des conseils d'école, la ville consulte les familles sur les horaires d'entrée du matin.")
             + m.webform("consultation_horaires", [("ecole", "École fréquentée", "text")], None,
                         [("horaire", "Horaire d'entrée souhaité", ["8 h 20", "8 h 30", "8 h 45"]),
                          ("periscolaire", "Utilisez-vous l'accueil périscolaire du matin ?", ["Oui", "Non"])], "Valider mes réponses"),
             {"poll"}),
        page("/actualites/stationnement-centre-ville", "Stationnement en centre-ville", m.with_sidebar(m.prose(
            "La ville souhaite réorganiser le stationnement autour des halles. Plusieurs scénarios sont à l'étude.",
            "Répondez au sondage et réagissez à l'article."), m.drupal_poll(6, "Êtes-vous favorable à une zone bleue autour des halles ?",
                                                                            ["Oui", "Non", "Seulement le samedi"]))
             + m.drupal_comments(318, [("Nadine", "3 mars", "Il manque surtout des places pour les personnes âgées.")]),
             {"poll", "comments"}),
        page("/actualites/resultats-consultation-zone-bleue", "Zone bleue : ce que vous avez répondu", m.prose(
            "Le sondage sur la zone bleue est clos. 611 réponses ont été recueillies ; 54 % sont favorables.",
            "La zone bleue sera expérimentée six mois."), decoys={"poll"}),
        page("/actualites/renovation-du-lavoir", "Rénovation du lavoir des Combes", m.prose(
            "Le lavoir des Combes retrouve sa toiture de tuiles plates et ses bassins restaurés.",
            "Une visite commentée est proposée le 5 avril.")
             + m.drupal_comments(322, [("Pierre", "15 mars", "Très beau travail des artisans."),
                                       ("Lucie", "16 mars", "Serait-il possible d'y installer un panneau historique ?")]),
             {"comments"}),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit à l'hôtel de ville. Consultez les ordres du jour, délibérations et procès-verbaux.",
            "Prochaine séance : lundi 31 mars, 19 h."), decoys={"participation_displayed"}),
        page("/mairie/budget", "Le budget de la ville", m.prose(
            "Budget primitif 2025 : 18,4 M€. Le débat d'orientation budgétaire a eu lieu le 3 février.",
            "Documents : rapport d'orientation budgétaire, budget primitif, compte administratif 2024."),
             decoys={"participatory_budget"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Consultation en cours : maîtrise d'œuvre pour la réhabilitation du groupe scolaire Pasteur.",
            "Les candidatures sont à déposer sur le profil acheteur avant le 25 avril."), decoys={"suggestion_call"}),
        page("/actualites/participation-citoyenne-gendarmerie", "Le dispositif Participation citoyenne étendu", m.prose(
            "Trois nouveaux quartiers rejoignent le dispositif « Participation citoyenne » de la gendarmerie.",
            "Les référents sécurité relaient les informations de la brigade et alertent en cas de comportement suspect."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/concours-photo", "Concours photo « Montbéraud au fil des saisons »", m.prose(
            "Participez au concours photo ouvert aux amateurs : trois photos maximum, avant le 31 mai.",
            "Les lauréats seront exposés à la médiathèque."), decoys={"suggestion_call"}),
        page("/actualites/forum-emploi", "Forum emploi-formation", m.prose(
            "Le forum emploi-formation réunit le 13 mars une trentaine d'entreprises et d'organismes de formation du bassin."),
             decoys={"forum"}),
        page("/contact", "Nous contacter", m.prose("Hôtel de ville, place de la République.")
             + m.webform("contact", [("nom", "Nom", "text"), ("email", "Adresse e-mail", "email"), ("objet", "Objet", "text")],
                         ("message", "Message")), {"contact_form"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(host, "drupal", "Ville de Montbéraud", pages,
               menu=[("Accueil", "/"), ("Participer", "/participation-citoyenne"), ("Mairie", "/mairie/conseil-municipal"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "VilleMontberaud"), social("x", "montberaud"), social("youtube", "villedemontberaud")],
               address="Hôtel de ville, place de la République, 71000 Montbéraud")

    bp = "/processes/budget-participatif-2025"
    dpages = [
        page("/", "Accueil", m.prose(
            "Participer en Seille-et-Grosne est la plateforme de participation de la communauté de communes et de ses 24 communes.")
             + '<section class="home__section"><h2 class="h2">Processus en cours</h2><div class="card__grid">'
               f'<a href="{bp}" class="card__grid-home"><div class="card__grid-text"><h3 class="h4">Budget participatif 2025</h3>'
               '<span class="label">Dépôt des projets</span></div></a>'
               '<a href="/processes/plan-mobilite" class="card__grid-home"><div class="card__grid-text"><h3 class="h4">Plan de mobilité simplifié'
               '</h3><span class="label">Questionnaire</span></div></a>'
               '<a href="/processes/budget-participatif-2023" class="card__grid-home"><div class="card__grid-text"><h3 class="h4">'
               'Budget participatif 2023</h3><span class="label">Terminé</span></div></a></div></section>'),
        page(bp, "Budget participatif 2025", m.prose(
            "150 000 € pour des projets d'intérêt général proposés par les habitants de plus de 12 ans.",
            "Étapes : dépôt des projets (1er mars - 30 avril), analyse (mai - juin), vote (septembre), réalisation (2026).")
             + '<div class="process__phase"><span>Phase actuelle : Dépôt des projets</span></div>'
             + m.links([(f"{bp}/f/41/proposals", "Projets déposés"), (f"{bp}/f/42/budgets", "Vote")], "tab-x-container"),
             {"participatory_budget"}),
        page(f"{bp}/f/41/proposals", "Projets", m.prose("Proposez votre projet pour votre commune ou pour le territoire.")
             + f'<a href="{bp}/f/41/proposals/new" class="button button__sm button__secondary">Nouveau projet</a>'
             + '<div id="proposals" class="card__list-list"><a class="card__list" href="' + bp + '/f/41/proposals/317">'
               '<div class="card__list-content"><h3 class="card__list-title">Un abri vélos sécurisé à la gare de Montbéraud</h3>'
               '<div class="card__list-metadata">12 soutiens · 4 commentaires</div></div></a></div>',
             {"participatory_budget", "suggestion_call"}),
        # a proposal form publishes a project on the platform: a filing step, not a message to the city
        page(f"{bp}/f/41/proposals/new", "Nouveau projet", '<p>Vous devez vous identifier pour déposer un projet.</p>'
             '<form class="new_proposal" id="new_proposal" action="' + bp + '/f/41/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" />'
             '<label for="proposal_body">Description</label><textarea name="proposal[body]" id="proposal_body" rows="8"></textarea>'
             '<button type="submit" class="button button__lg button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}),
        page(f"{bp}/f/41/proposals/317", "Un abri vélos sécurisé à la gare de Montbéraud", m.prose(
            "Installer un abri fermé de 20 places près de la gare pour les habitants qui prennent le TER.",
            "Coût estimé : 18 000 €.")
             + '<div id="comments"><div class="comments-count">4 commentaires</div><div class="comment" id="comment_902">'
               '<div class="comment__content"><p>Très utile, je laisse mon vélo tous les jours au grillage.</p></div></div>'
               '<div class="add-comment"><p>Connectez-vous avec votre compte ou inscrivez-vous pour ajouter votre commentaire.</p>'
               '<form class="new_comment" action="/comments" method="post"><textarea name="comment[body]" id="add-comment-Proposal-317" '
               'rows="4" maxlength="1000" disabled></textarea><button type="submit" class="button" disabled>Publier un commentaire</button>'
               '</form></div></div>', {"participatory_budget", "comments"}),
        page(f"{bp}/f/42/budgets", "Vote", m.prose("Le vote ouvrira le 1er septembre : chaque habitant répartira 150 000 € entre les projets retenus.",
                                                   "Les projets jugés réalisables seront publiés ici début juillet."),
             {"participatory_budget"}),
        # a past edition with its results still presents a participatory budget where residents proposed and voted
        page("/processes/budget-participatif-2023", "Budget participatif 2023", m.prose(
            "Première édition : 86 projets déposés, 2 140 votants, 9 projets lauréats réalisés en 2024.",
            "Parmi eux : la halle de producteurs de Saint-Étienne, le parcours santé de Montbéraud, des boîtes à livres.")
             + m.links([("/processes/budget-participatif-2023/f/22/results", "Résultats")]), {"participatory_budget"}),
        page("/processes/budget-participatif-2023/f/22/results", "Résultats", m.results_table(
            "Projets lauréats", [("Halle de producteurs", 19), ("Parcours santé", 15), ("Boîtes à livres", 9)], 2140)
             + m.prose("Le suivi des réalisations est mis à jour chaque trimestre."), {"participatory_budget"}, decoys={"poll"}),
        page("/processes/plan-mobilite", "Plan de mobilité simplifié", m.prose(
            "La communauté de communes élabore son plan de mobilité simplifié et consulte les habitants jusqu'au 15 mai.")
             + m.links([("/processes/plan-mobilite/f/50/", "Répondre au questionnaire")]), {"participation_displayed"}),
        page("/processes/plan-mobilite/f/50/", "Questionnaire mobilité", '<div class="survey"><form class="answer-questionnaire" '
             'action="/processes/plan-mobilite/f/50/survey/answer" method="post"><div class="question"><label>Comment vous rendez-vous au travail ?</label>'
             '<div><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Voiture"> Voiture</div>'
             '<div><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Car"> Car</div>'
             '<div><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Vélo"> Vélo</div></div>'
             '<div class="question"><label>Seriez-vous prêt à covoiturer ?</label><div><input type="radio" '
             'name="questionnaire[responses][1][choices][][body]" value="Oui"> Oui</div><div><input type="radio" '
             'name="questionnaire[responses][1][choices][][body]" value="Non"> Non</div></div>'
             '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form></div>', {"poll"}),
    ]
    decidim = Site(cc, "decidim", "Participer en Seille-et-Grosne", dpages,
                   menu=[("Accueil", "/"), ("Processus", bp), ("Aide", "/pages/terms-of-service")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"Decidim"}))
    return City("99134", "Montbéraud", 21_500, "71", "27", "Bourgogne-Franche-Comté", f"http://{host}/", [www, decidim])


# ---- 99135 Lussac-les-Tilleuls (Vienne), vendor CMS for small communes, and a Fluicity space -------------------

def lussac() -> City:
    host = "www.lussac-les-tilleuls.fr"
    fl = f"http://{FLUICITY}"
    news = [("/actualites/enquete-publique-plui", "Enquête publique du PLUi", "10 avril", "Permanences en mairie."),
            ("/actualites/concours-maisons-fleuries", "Maisons fleuries 2025", "1er avril", "Inscriptions ouvertes."),
            ("/actualites/appel-a-projets-associations", "Appel à projets associatif", "15 mars", "Communauté de communes."),
            ("/participez/reunions-de-quartier", "Réunions de quartier", "5 mars", "Le calendrier du printemps.")]
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue sur le site de Lussac-les-Tilleuls, entre Vienne et Gartempe.",
            [("/participez", "Lussac & vous"), ("/jeunesse/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
             ("/contact", "Contact"), ("/vie-pratique/reservation-salle", "Réserver une salle"),
             ("/vie-pratique/paiement-cantine", "Payer la cantine"), (fl + "/", "Application Fluicity")],
            news, [("/participez/reunions-de-quartier", "Réunion de quartier des Coteaux", "22 avril"),
                   ("/ma-mairie/conseil-municipal", "Conseil municipal", "28 avril")],
            extra=m.links([("/ma-mairie/budget", "Budget communal"), ("/jeunesse/cmj-boite-a-idees", "Les idées du CMJ"),
                           ("/plan-du-site", "Plan du site")]))),
        page("/ma-mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Les 27 conseillers municipaux se réunissent chaque mois. Ordres du jour et comptes rendus téléchargeables.",
            "Séance du 28 avril : vote des subventions, travaux de l'église, tarifs du centre de loisirs."),
             decoys={"participation_displayed"}),
        page("/ma-mairie/budget", "Budget communal", m.prose(
            "Budget primitif 2025 : 7,1 M€. Les investissements portent sur l'école maternelle et la voirie rurale.",
            "Présentation synthétique du compte administratif 2024 disponible en mairie."), decoys={"participatory_budget"}),
        page("/participez", "Lussac & vous", m.prose(
            "La municipalité a fait de la participation des habitants un axe de son mandat : réunions de quartier deux fois par an, "
            "conseil municipal des jeunes, et une application de participation citoyenne.",
            f"Sur <a href='{fl}/'>l'espace Lussac & vous de Fluicity</a>, donnez votre avis sur les projets, "
            "proposez vos idées et suivez les réponses de la mairie.")
             + m.links([("/participez/reunions-de-quartier", "Réunions de quartier")]), {"participation_displayed"}),
        page("/participez/reunions-de-quartier", "Réunions de quartier", m.prose(
            "Le maire et les élus viennent à votre rencontre dans chaque quartier et village.",
            "Printemps : les Coteaux le 22 avril, le Bourg le 29 avril, Chantegrelle et les villages le 6 mai, à 18 h 30.",
            "Vous pouvez transmettre vos questions à l'avance via l'application."), {"participation_displayed"}),
        # a consultative youth council of the commune presents itself as a participation body
        page("/jeunesse/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Les 14 jeunes élus du CMJ (11-15 ans) se réunissent une fois par mois avec l'animatrice jeunesse.",
            "Ils ont obtenu l'installation d'un abri au skatepark et préparent une fête de la jeunesse.",
            "<a href='/jeunesse/cmj-boite-a-idees'>La boîte à idées du CMJ</a>"), {"participation_displayed"}),
        # a page inviting ideas without an online form: the call itself counts
        page("/jeunesse/cmj-boite-a-idees", "La boîte à idées du CMJ", m.prose(
            "Tu as entre 8 et 18 ans et une idée pour Lussac ? Le conseil municipal des jeunes veut l'entendre !",
            "Dépose tes propositions dans la boîte à idées installée à l'accueil de la mairie et à la médiathèque, "
            "ou envoie-les par courriel à <a href='mailto:cmj@lussac-les-tilleuls.fr'>cmj@lussac-les-tilleuls.fr</a>.",
            "Les idées sont étudiées à chaque séance du CMJ."), {"suggestion_call"}, decoys={"contact_form"}),
        page("/vie-pratique/reservation-salle", "Réserver une salle", m.prose("Salle des fêtes, salle Jean-Moulin : vérifiez les disponibilités.")
             + m.vendor_form("/vie-pratique/reservation-salle", [("nom", "Nom *", "text"), ("tel", "Téléphone *", "tel"),
                                                                 ("date", "Date *", "date")],
                             None, [("salle", "Salle", ["Salle des fêtes", "Salle Jean-Moulin"])], "Demander la réservation", "form-reservation"),
             decoys={"contact_form"}),
        page("/vie-pratique/paiement-cantine", "Payer la cantine en ligne", m.prose("Réglez vos factures de restauration scolaire par carte bancaire.")
             + m.vendor_form("/vie-pratique/paiement-cantine", [("facture", "Référence de la facture *", "text"),
                                                                ("montant", "Montant *", "text")], None, (), "Payer", "form-paiement"),
             decoys={"contact_form"}),
        # the legal enquête publique of the intercommunal plan: a register of observations, not an online questionnaire
        page("/actualites/enquete-publique-plui", "Enquête publique du PLUi", m.prose(
            "Le projet de PLUi de la communauté de communes est soumis à enquête publique du 14 avril au 16 mai.",
            "Le dossier est consultable en mairie ; le commissaire enquêteur reçoit le public le 25 avril."),
             decoys={"poll"}),
        page("/actualites/concours-maisons-fleuries", "Maisons fleuries 2025", m.prose(
            "Le concours communal des maisons fleuries revient. Inscription en mairie avant le 31 mai."), decoys={"suggestion_call"}),
        page("/actualites/appel-a-projets-associations", "Appel à projets associatif", m.prose(
            "La communauté de communes lance son appel à projets en faveur des associations culturelles et sportives.",
            "Dossiers de candidature à déposer avant le 30 avril ; aide plafonnée à 3 000 €."), decoys={"suggestion_call"}),
        page("/contact", "Contact", m.prose("Mairie de Lussac-les-Tilleuls, 1 place de la Mairie. 05 49 00 00 00.")
             + m.vendor_form("/contact", [("nom", "Nom *", "text"), ("email", "Courriel *", "email"), ("objet", "Objet", "text")],
                             ("message", "Votre message *")), {"contact_form"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(host, "vendor", "Lussac-les-Tilleuls", pages,
               menu=[("Accueil", "/"), ("Ma mairie", "/ma-mairie/conseil-municipal"), ("Participez", "/participez"),
                     ("Jeunesse", "/jeunesse/conseil-municipal-des-jeunes"), ("Contact", "/contact")],
               accounts=[social("facebook", "LussacLesTilleuls")], address="1 place de la Mairie, 86000 Lussac-les-Tilleuls")

    fpages = [
        page("/", "Lussac & vous", m.prose("L'espace de participation citoyenne de Lussac-les-Tilleuls.")
             + '<section class="fl-feed"><article class="fl-card fl-card--consultation"><a href="/projects/amenagement-du-bourg">'
               '<h2>Aménagement du bourg : votre avis</h2></a><p class="fl-card__status">En cours</p></article>'
               '<article class="fl-card fl-card--idea"><a href="/ideas"><h2>Boîte à idées</h2></a></article>'
               '<article class="fl-card fl-card--poll"><a href="/polls/horaires-marche"><h2>Horaires du marché : résultats</h2></a>'
               '<p class="fl-card__status">Terminé</p></article></section>'),
        page("/projects/amenagement-du-bourg", "Aménagement du bourg : votre avis", m.prose(
            "La mairie prépare le réaménagement de la place du Champ-de-Foire. Répondez aux trois questions avant le 20 mai.")
             + '<form class="fl-survey" method="post" action="/api/surveys/418/answers"><fieldset class="fl-question">'
               '<legend>Quelle priorité pour la place ?</legend><label><input type="radio" name="q1" value="a"> Plus d\'arbres</label>'
               '<label><input type="radio" name="q1" value="b"> Plus de stationnement</label><label><input type="radio" name="q1" value="c">'
               ' Un espace de jeux</label></fieldset><fieldset class="fl-question"><legend>Fréquentez-vous le marché ?</legend>'
               '<label><input type="radio" name="q2" value="oui"> Oui</label><label><input type="radio" name="q2" value="non"> Non</label>'
               '</fieldset><button type="submit" class="fl-btn fl-btn--primary">Je réponds</button></form>', {"poll"}),
        page("/ideas", "Boîte à idées", m.prose("Proposez vos idées pour Lussac : les plus soutenues reçoivent une réponse officielle de la mairie.")
             + '<a class="fl-btn fl-btn--primary" href="/ideas/new">Proposer une idée</a><ul class="fl-ideas">'
               '<li><a href="/ideas/jardin-partage-des-coteaux">Un jardin partagé aux Coteaux</a> · 37 soutiens</li></ul>',
             {"suggestion_call"}),
        page("/ideas/new", "Proposer une idée", '<form class="fl-idea-form" method="post" action="/api/ideas">'
             '<label for="idea-title">Titre de votre idée</label><input id="idea-title" name="title" type="text">'
             '<label for="idea-body">Décrivez votre idée</label><textarea id="idea-body" name="description" rows="6"></textarea>'
             '<button type="submit" class="fl-btn fl-btn--primary">Publier</button></form>', {"suggestion_call"}),
        page("/ideas/jardin-partage-des-coteaux", "Un jardin partagé aux Coteaux", m.prose(
            "Transformer la parcelle en friche derrière la salle des Coteaux en jardin partagé géré par les habitants.")
             + '<section class="fl-comments"><h2>Commentaires (2)</h2><div class="fl-comment"><p>Je suis partante pour m\'en occuper !</p></div>'
               '<div class="fl-comment fl-comment--official"><p>Réponse de la mairie : le terrain est disponible, une réunion est prévue.</p></div>'
               '<form class="fl-comment-form" method="post" action="/api/ideas/77/comments"><textarea name="content" '
               'placeholder="Écrire un commentaire"></textarea><button type="submit">Commenter</button></form></section>',
             {"suggestion_call", "comments"}),
        page("/polls/horaires-marche", "Horaires du marché : résultats", m.prose("Ce sondage est terminé. 246 participants.")
             + m.results_table("Quel horaire pour le marché du vendredi ?", [("8 h - 13 h", 64), ("15 h - 19 h", 36)], 246),
             decoys={"poll"}),
        page("/login", "Se connecter", m.prose("Connectez-vous pour participer.") + '<form method="post" action="/login" class="fl-login">'
             '<label>E-mail<input type="email" name="email"></label><label>Mot de passe<input type="password" name="password"></label>'
             '<button type="submit">Connexion</button></form>', decoys={"contact_form"}),
        page("/cgu", "Conditions générales d'utilisation", m.prose(
            "Les présentes conditions encadrent l'utilisation de l'espace de participation. Les contributions sont modérées.")),
    ]
    fsite = Site(FLUICITY, "vendor", "Lussac & vous", fpages,
                 menu=[("Accueil", "/"), ("Idées", "/ideas"), ("Consultations", "/projects/amenagement-du-bourg")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"Fluicity"}))
    return City("99135", "Lussac-les-Tilleuls", 8_600, "86", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, fsite])


# ---- 99136 Brévillers-sur-Meuse (Meuse), TYPO3 agency site, and an id-city space ------------------------------

def brevillers() -> City:
    host = "www.brevillers-sur-meuse.fr"
    ic = f"http://{IDCITY}"
    news = [("/actualites/signaler-un-probleme", "Signaler un problème sur la voie publique", "18 mars", "Un formulaire en ligne."),
            ("/participer/a-vos-projets", "À vos projets ! 3e édition", "1er mars", "Déposez vos idées."),
            ("/actualites/participation-citoyenne", "Participation citoyenne", "12 février", "Le protocole renouvelé."),
            ("/actualites/forum-des-associations", "Forum des associations", "2 septembre", "Au complexe sportif.")]
    pages = [
        page("/", "Accueil", m.home(
            "Ville de Brévillers-sur-Meuse : actualités, démarches, vie municipale et participation.",
            [("/participer/a-vos-projets", "À vos projets !"), ("/participer/interpellation", "Droit d'interpellation"),
             ("/vie-municipale/commissions-extra-municipales", "Commissions extra-municipales"), ("/contact", "Contact"),
             ("/actualites/questionnaire-eclairage", "Questionnaire éclairage"), (ic + "/", "Plateforme participative")],
            news, [("/vie-municipale/conseil-municipal", "Conseil municipal", "24 mars")],
            extra=m.links([("/vie-municipale/budget-primitif", "Budget primitif"), ("/actualites/petition-ruralite", "Motion ruralité"),
                           ("/plan-du-site", "Plan du site")]))),
        page("/vie-municipale/conseil-municipal", "Conseil municipal", m.prose(
            "Le conseil municipal de 29 membres. Calendrier des séances, délibérations et procès-verbaux.",
            "Séance du 24 mars : budget primitif, subventions, convention de déneigement."), decoys={"participation_displayed"}),
        page("/vie-municipale/budget-primitif", "Budget primitif 2025", m.prose(
            "Adopté le 24 mars, le budget primitif s'élève à 9,8 M€. Une enveloppe de 40 000 € est réservée à « À vos projets ! ».",
            "Dépenses d'équipement : rénovation thermique de la mairie, city-stade, voirie."), decoys={"participatory_budget"}),
        page("/vie-municipale/commissions-extra-municipales", "Commissions extra-municipales", m.prose(
            "Trois commissions extra-municipales associent les habitants à la préparation des décisions : cadre de vie, "
            "animations et fêtes, transition écologique.",
            "Elles comptent chacune jusqu'à dix habitants volontaires. Candidatures auprès du secrétariat général."),
             {"participation_displayed"}),
        page("/participer/a-vos-projets", "À vos projets ! le budget participatif de Brévillers", m.prose(
            "« À vos projets ! » permet aux Brévillois de plus de 11 ans de proposer et de choisir des projets pour la ville, "
            "dans la limite de 40 000 €.",
            "Dépôt des idées du 1er mars au 30 avril, vote du 15 septembre au 15 octobre.",
            f"<a href='{ic}/dialog/a-vos-projets-2025'>Déposer une idée sur la plateforme</a>")
             + m.links([("/participer/a-vos-projets/reglement", "Le règlement"), ("/participer/laureats-2024", "Les lauréats 2024")]),
             {"participatory_budget"}),
        page("/participer/a-vos-projets/reglement", "Règlement de « À vos projets ! »", m.prose(
            "Article 1 : la ville consacre une part de son budget d'investissement à des projets proposés par les habitants.",
            "Article 4 : les projets doivent relever des compétences communales et ne pas dépasser 15 000 €.",
            "Article 7 : chaque votant choisit trois projets ; les plus soutenus sont réalisés dans la limite de l'enveloppe."),
             {"participatory_budget"}),
        page("/participer/laureats-2024", "Les lauréats de l'édition 2024", m.prose(
            "Vous avez été 1 312 à voter. Projets réalisés : des bancs le long du halage, une boîte à dons, un verger partagé.",
            "Merci aux porteurs de projets et aux votants !"), {"participatory_budget"}),
        # an interpellation filed through a free-text form: a city-run petition space, and a message to the city
        page("/participer/interpellation", "Le droit d'interpellation", m.prose(
            "Toute question d'intérêt communal soutenue par 150 habitants de plus de 16 ans est débattue en conseil municipal.",
            "Déposez votre interpellation ci-dessous ; elle est publiée sur la plateforme participative où chacun peut la soutenir.")
             + m.powermail(21, [("nom", "Nom et prénom", "text"), ("email", "Courriel", "email")], ("texte", "Texte de l'interpellation"),
                           "Déposer", "Déposer une interpellation"), {"petition", "contact_form"}),
        page("/actualites/questionnaire-eclairage", "Questionnaire : l'éclairage public", m.prose(
            "Faut-il étendre l'extinction nocturne à tous les quartiers ? Votre avis avant le 30 avril.")
             + m.powermail(23, [("quartier", "Quartier", "text")], None, "Répondre", "Questionnaire",
                           [("extinction", "Êtes-vous favorable à l'extinction de 23 h à 5 h ?", ["Oui", "Non", "Sans avis"])]),
             {"poll"}),
        page("/actualites/signaler-un-probleme", "Signaler un problème", m.prose(
            "Nid-de-poule, lampadaire en panne, dépôt sauvage : signalez-le aux services techniques.")
             + m.powermail(25, [("nom", "Nom", "text"), ("email", "Courriel", "email"), ("lieu", "Lieu", "text")],
                           ("description", "Description du problème"), "Envoyer", "Signalement"),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/actualites/participation-citoyenne", "Participation citoyenne : le protocole renouvelé", m.prose(
            "La préfecture, la gendarmerie et la ville renouvellent le protocole « Participation citoyenne ».",
            "Onze référents de quartier font le lien avec la brigade de gendarmerie."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/petition-ruralite", "Motion pour la ruralité", m.prose(
            "Le conseil a voté une motion sur la désertification médicale. Une pétition nationale est en ligne sur "
            "<a href='https://www.change.org/p/acces-aux-soins-dans-les-territoires-ruraux'>change.org</a>."),
             decoys={"petition"}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations se tiendra le 6 septembre au complexe sportif."), decoys={"forum"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, 12 rue de la Meuse.")
             + m.powermail(3, [("nom", "Nom", "text"), ("email", "Courriel", "email"), ("objet", "Objet", "text")],
                           ("message", "Message"), "Envoyer", "Écrire à la mairie"), {"contact_form"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(host, "typo3", "Brévillers-sur-Meuse", pages,
               menu=[("Accueil", "/"), ("Vie municipale", "/vie-municipale/conseil-municipal"), ("Participer", "/participer/a-vos-projets"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "BrevillersSurMeuse"), social("instagram", "brevillers_sur_meuse")],
               address="Hôtel de ville, 12 rue de la Meuse, 55000 Brévillers-sur-Meuse")

    d = "/dialog/a-vos-projets-2025"
    ipages = [
        page("/", "Brévillers participe", m.prose("La plateforme de participation citoyenne de Brévillers-sur-Meuse.")
             + m.links([(d, "À vos projets ! 2025"), ("/dialog/questionnaire-mobilites", "Questionnaire mobilités"),
                        ("/dialog/interpellations", "Interpellations citoyennes")], "idc-dialogs")),
        page(d, "À vos projets ! 2025", m.prose("Budget participatif : 40 000 € pour vos projets.",
                                                "Les phases : Dépôt des idées (01/03 -> 30/04), Étude de recevabilité (01/05 -> 30/06), "
                                                "Vote (15/09 -> 15/10), Annonce des lauréats.")
             + m.links([(d + "/idees", "Les idées déposées"), (d + "/vote", "Voter")]), {"participatory_budget"}),
        page(d + "/idees", "Les idées déposées", m.prose("Déposez votre idée jusqu'au 30 avril.")
             + f'<a class="btn btn-primary" href="{d}/idees/deposer">Déposer une idée</a>'
             + m.links([(d + "/idees/aire-de-jeux-du-parc", "Une aire de jeux inclusive au parc")], "idc-ideas"),
             {"participatory_budget", "suggestion_call"}),
        page(d + "/idees/deposer", "Déposer une idée", '<form class="idc-form" method="post" action="' + d + '/idees/deposer">'
             '<label>Titre<input type="text" name="idea[title]"></label><label>Description<textarea name="idea[description]" rows="6">'
             '</textarea></label><label>Coût estimé<input type="text" name="idea[cost]"></label>'
             '<button type="submit" class="btn btn-primary">Déposer</button></form>', {"participatory_budget", "suggestion_call"}),
        page(d + "/idees/aire-de-jeux-du-parc", "Une aire de jeux inclusive au parc", m.prose(
            "Des jeux accessibles aux enfants en situation de handicap au parc Raymond-Poincaré.")
             + '<div class="idc-comments"><h3>3 commentaires</h3><div class="idc-comment"><p>Excellente idée, il n\'y a rien de tel dans le secteur.</p></div>'
               '<form method="post" action="/comment/add" class="idc-comment-form"><textarea name="comment[content]"></textarea>'
               '<button type="submit">Commenter</button></form></div>', {"participatory_budget", "comments"}),
        page(d + "/vote", "Voter", m.prose("Le vote ouvrira le 15 septembre. Chaque participant choisit trois projets."),
             {"participatory_budget"}),
        page("/dialog/questionnaire-mobilites", "Questionnaire mobilités", m.prose("Comment vous déplacez-vous dans Brévillers ?")
             + '<form class="idc-survey" method="post" action="/dialog/questionnaire-mobilites/repondre"><p>Mode principal :</p>'
               '<label><input type="radio" name="q[1]" value="voiture"> Voiture</label><label><input type="radio" name="q[1]" value="velo">'
               ' Vélo</label><label><input type="radio" name="q[1]" value="pied"> À pied</label>'
               '<button type="submit" class="btn btn-primary">Valider</button></form>', {"poll"}),
        page("/dialog/interpellations", "Interpellations citoyennes", m.prose(
            "Soutenez les interpellations déposées par les habitants : à 150 soutiens, elles sont débattues en conseil municipal.")
             + '<div class="idc-petition"><h3>Pour un ramassage des encombrants trimestriel</h3><p>87 soutiens sur 150</p>'
               '<form method="post" action="/dialog/interpellations/12/soutenir"><button type="submit" class="btn btn-primary">Je soutiens'
               '</button></form></div>', {"petition"}),
        page("/login", "Mon compte", '<form method="post" action="/login" class="idc-login"><label>E-mail<input type="email" name="_username">'
             '</label><label>Mot de passe<input type="password" name="_password"></label><button type="submit">Se connecter</button></form>',
             decoys={"contact_form"}),
        page("/cgu", "CGU", m.prose("Conditions générales d'utilisation de la plateforme.")),
        page("/charte", "Charte de participation", m.prose("Respect, bienveillance, intérêt général : la charte des contributeurs.")),
    ]
    isite = Site(IDCITY, "vendor", "Brévillers participe", ipages,
                 menu=[("Accueil", "/"), ("À vos projets !", d), ("Questionnaire", "/dialog/questionnaire-mobilites")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"id-city"}))
    return City("99136", "Brévillers-sur-Meuse", 11_200, "55", "44", "Grand Est", f"http://{host}/", [www, isite])


# ---- 99137 Sainte-Aure-en-Brenne (Indre), WordPress, a phpBB board and the town's neighbours' network ------------

def sainte_aure() -> City:
    host = "www.sainte-aure-en-brenne.fr"
    forum = "forum.sainte-aure-en-brenne.fr"
    voisins = "voisins.sainte-aure-en-brenne.fr"
    poll = m.wp_polls_sidebar(4, "Quelle animation pour le marché de l'été ?", ["Concert", "Marché nocturne", "Jeux pour enfants"])
    news = [("/actualites/cmj-skatepark/", "Le CMJ présente son projet de skatepark", "10 mars", "Réagissez !"),
            ("/actualites/fermeture-pont-de-la-creuse/", "Fermeture du pont de la Creuse", "3 mars", "Déviation par Ruffec."),
            ("/actualites/bilan-des-voeux/", "Cérémonie des vœux : le bilan", "20 janvier", "Retour en images."),
            ("/actualites/forum-emploi/", "Forum emploi", "15 janvier", "Le 12 février au centre culturel.")]
    pages = [
        page("/", "Accueil", m.home(
            "Sainte-Aure-en-Brenne, au cœur du Parc naturel régional de la Brenne.",
            [("/mairie/conseils-de-quartier/", "Conseils de quartier"), ("/vivre-ensemble/reseau-de-voisins/", "Réseau de voisins"),
             ("/vivre-ensemble/forum-citoyen/", "Forum citoyen"), ("/participer/vos-suggestions/", "Vos suggestions"),
             ("/contact/", "Contact"), ("/vivre-ensemble/marche/", "Le marché")],
            news, [("/mairie/conseil-municipal/", "Conseil municipal", "27 mars")], "cookie-notice",
            m.links([("/mairie/budget/", "Budget"), ("/actualites/alerte-sms/", "Alertes SMS"), (f"http://{forum}/", "Le forum"),
                     ("/plan-du-site/", "Plan du site")]))),
        page("/mairie/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Trois conseils de quartier (Centre-bourg, Les Étangs, La Gare) réunissent habitants, commerçants et associations.",
            "Ils donnent leur avis sur les projets de la ville, font remonter les besoins du quartier et organisent des "
            "animations. Toute personne habitant le quartier peut y participer.",
            "Réunions trimestrielles ouvertes au public ; comptes rendus disponibles en mairie."), {"participation_displayed"}),
        page("/mairie/conseil-municipal/", "Le conseil municipal", m.prose(
            "Ordre du jour de la séance du 27 mars : vote des taux, budget primitif, convention avec le Parc de la Brenne."),
             decoys={"participation_displayed"}),
        page("/mairie/budget/", "Budget 2025", m.prose(
            "Le budget primitif 2025 s'établit à 14,2 M€. Le compte administratif 2024 a été approuvé."),
             decoys={"participatory_budget"}),
        page("/vivre-ensemble/reseau-de-voisins/", "Le réseau des voisins de Sainte-Aure", m.prose(
            "Prêter une échelle, proposer un covoiturage, trouver un chat perdu, organiser la fête des voisins : "
            "la ville met à disposition des habitants un réseau social de proximité gratuit et sans publicité.",
            f"Inscrivez-vous sur <a href='http://{voisins}/'>voisins.sainte-aure-en-brenne.fr</a> avec votre adresse : "
            "vous rejoignez automatiquement le groupe de votre quartier."), {"territorial_social_network"}),
        # a page presenting the board, not the board itself
        page("/vivre-ensemble/forum-citoyen/", "Le forum citoyen", m.prose(
            "Le forum citoyen de Sainte-Aure permet aux habitants d'échanger sur la vie locale. Il est modéré par le service communication.",
            f"<a href='http://{forum}/'>Accéder au forum</a>")
             + m.links([(f"http://{forum}/viewtopic.php?t=14", "Dernier sujet : vitesse route de Mézières"),
                        (f"http://{forum}/viewtopic.php?t=21", "Composteurs collectifs aux Étangs")]), decoys={"forum"}),
        page("/vivre-ensemble/marche/", "Le marché du samedi", m.with_sidebar(m.prose(
            "Le marché du samedi matin réunit producteurs de la Brenne et commerçants place du Champ-de-Foire.",
            "Cet été, la ville prévoit une animation : votez dans le sondage !"), poll), {"poll"}),
        page("/actualites/cmj-skatepark/", "Le CMJ présente son projet de skatepark", m.prose(
            "Les jeunes conseillers ont présenté au conseil municipal leur projet de skatepark près du stade.",
            "Réagissez à leur projet ci-dessous avec votre compte Facebook.")
             + '<div id="fb-root"></div><script async defer crossorigin="anonymous" '
               'src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
               f'<div class="fb-comments" data-href="http://{host}/actualites/cmj-skatepark/" data-width="100%" data-numposts="10"></div>',
             {"comments"}),
        page("/actualites/fermeture-pont-de-la-creuse/", "Fermeture du pont de la Creuse", m.prose(
            "Le pont de la Creuse sera fermé du 17 mars au 4 avril pour réparation des garde-corps.")
             + m.wp_comments(77, [("Brigitte", "4 mars", "Les bus scolaires passeront-ils par Ruffec ?"),
                                  ("Mairie de Sainte-Aure", "4 mars", "Oui, le transporteur a adapté ses horaires.")]),
             {"comments"}),
        # comments closed, none posted: no way to comment
        page("/actualites/bilan-des-voeux/", "Cérémonie des vœux : le bilan", m.prose(
            "Plus de 300 personnes ont assisté à la cérémonie des vœux au centre culturel.")
             + m.wp_comments(71, [], open_form=False) + m.share_buttons(f"http://{host}/actualites/bilan-des-voeux/"),
             decoys={"comments"}),
        page("/actualites/forum-emploi/", "Forum emploi", m.prose(
            "Le forum de l'emploi et de l'alternance se tiendra le 12 février au centre culturel."), decoys={"forum"}),
        page("/actualites/alerte-sms/", "Alertes SMS", m.prose("Inscrivez-vous au service d'alerte de la ville.")
             + m.cf7("/actualites/alerte-sms/", 88, [("your-name", "Nom", "text", True), ("your-tel", "Téléphone portable", "tel", True)],
                     "S'inscrire", None), decoys={"contact_form"}),
        page("/participer/vos-suggestions/", "Vos suggestions", m.prose(
            "Vos suggestions nous intéressent : propreté, voirie, animations, services. Proposez vos idées à l'équipe municipale.")
             + m.cf7("/participer/vos-suggestions/", 91, [("your-name", "Nom", "text", True), ("your-email", "E-mail", "email", True)],
                     "Envoyer ma suggestion", ("your-suggestion", "Votre suggestion")), {"suggestion_call", "contact_form"}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, 1 place de la Mairie, 36000 Sainte-Aure-en-Brenne.")
             + m.cf7("/contact/", 6, [("your-name", "Nom", "text", True), ("your-email", "E-mail", "email", True),
                                      ("your-subject", "Sujet", "text", True)]), {"contact_form"}),
    ]
    pages.append(_plan(pages))
    www = Site(host, "wordpress", "Sainte-Aure-en-Brenne", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie/conseils-de-quartier/"), ("Vivre ensemble", "/vivre-ensemble/reseau-de-voisins/"),
                     ("Contact", "/contact/")],
               accounts=[social("facebook", "SainteAureEnBrenne"), social("youtube", "SainteAureTV")],
               address="1 place de la Mairie, 36000 Sainte-Aure-en-Brenne")

    def topic(t, title, posts):
        rows = "".join(f'<div id="p{t * 10 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile">'
                       f'<dt><a href="/memberlist.php?mode=viewprofile&amp;u={i + 2}" class="username">{who}</a></dt></dl>'
                       f'<div class="postbody"><h3>Re: {title}</h3><p class="author">{when}</p><div class="content">{text}</div></div>'
                       f'</div></div>' for i, (who, when, text) in enumerate(posts))
        return (f'<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;t={t}" class="button" title="Répondre">'
                f'<span>Répondre</span></a></div>{rows}')
    fpages = [
        page("/", "Index du forum", '<div class="forabg"><ul class="topiclist"><li class="header"><dl><dt>Vie locale</dt></dl></li></ul>'
             '<ul class="topiclist forums"><li class="row"><dl class="row-item forum_read"><dt><a href="/viewforum.php?f=2" '
             'class="forumtitle">Vie des quartiers</a><br />Travaux, propreté, circulation</dt><dd class="topics">14</dd>'
             '<dd class="posts">96</dd></dl></li><li class="row"><dl class="row-item forum_read"><dt><a href="/viewforum.php?f=3" '
             'class="forumtitle">Idées et projets</a></dt><dd class="topics">6</dd><dd class="posts">31</dd></dl></li></ul></div>',
             {"forum"}),
        page("/viewforum.php?f=2", "Vie des quartiers", '<ul class="topiclist topics"><li class="row bg1"><dl class="row-item topic_read">'
             '<dt><a href="/viewtopic.php?t=14" class="topictitle">Vitesse excessive route de Mézières</a></dt><dd class="posts">7</dd></dl></li>'
             '<li class="row bg2"><dl class="row-item topic_read"><dt><a href="/viewtopic.php?t=21" class="topictitle">'
             'Composteurs collectifs aux Étangs</a></dt><dd class="posts">4</dd></dl></li></ul>'
             '<a href="/posting.php?mode=post&amp;f=2" class="button">Nouveau sujet</a>', {"forum"}),
        page("/viewforum.php?f=3", "Idées et projets", '<ul class="topiclist topics"><li class="row bg1"><dl class="row-item topic_read">'
             '<dt><a href="/viewtopic.php?t=21" class="topictitle">Composteurs collectifs aux Étangs</a></dt></dl></li></ul>', {"forum"}),
        page("/viewtopic.php?t=14", "Vitesse excessive route de Mézières", topic(14, "Vitesse excessive route de Mézières", [
            ("Jacky36", "12 mars", "Les voitures passent à 80 devant l'école, il faudrait un radar pédagogique."),
            ("Martine B.", "12 mars", "D'accord, j'en ai parlé au conseil de quartier.")]), {"forum"}),
        page("/viewtopic.php?t=21", "Composteurs collectifs aux Étangs", topic(21, "Composteurs collectifs aux Étangs", [
            ("Eco_Aure", "2 mars", "Qui serait intéressé par un composteur partagé rue des Étangs ?"),
            ("Paul", "3 mars", "Moi ! Le SMICTOM en fournit gratuitement.")]), {"forum"}),
        page("/posting.php?mode=reply&t=14", "Poster une réponse", _login_note(), decoys={"forum", "contact_form"}),
        page("/posting.php?mode=reply&t=21", "Poster une réponse", _login_note(), decoys={"forum", "contact_form"}),
        page("/posting.php?mode=post&f=2", "Poster un nouveau sujet", _login_note(), decoys={"forum", "contact_form"}),
        page("/memberlist.php?mode=viewprofile&u=2", "Profil de Jacky36", "<p>Inscrit le 4 janvier 2023. Messages : 41.</p>",
             decoys={"forum"}),
        page("/memberlist.php?mode=viewprofile&u=3", "Profil de membre", "<p>Inscrit le 12 mars 2022. Messages : 18.</p>",
             decoys={"forum"}),
    ]
    fsite = Site(forum, "phpbb", "Forum citoyen de Sainte-Aure", fpages)

    vpages = [
        page("/", "Voisins de Sainte-Aure", m.prose("Le réseau social de proximité des habitants de Sainte-Aure-en-Brenne.")
             + '<section class="feed"><article class="post post--pret"><a href="/annonces/pret-de-materiel">Prêt de matériel : '
               'une tondeuse disponible aux Étangs</a></article><article class="post post--groupe"><a href="/groupes/centre-bourg">'
               'Groupe Centre-bourg : fête des voisins le 30 mai</a></article></section>', {"territorial_social_network"}),
        page("/groupes/centre-bourg", "Groupe Centre-bourg", m.prose("412 voisins membres.")
             + '<div class="group-feed"><article class="post"><p>Fête des voisins le 30 mai, cour de l\'ancienne école : chacun apporte un plat !</p>'
               '<form class="reply" method="post" action="/groupes/centre-bourg/posts/88/replies"><textarea name="reply"></textarea>'
               '<button type="submit">Répondre</button></form></article></div>', {"territorial_social_network"}),
        page("/annonces/pret-de-materiel", "Prêt de matériel", m.prose("Annonces d'entraide entre voisins : prêts, dons, services.")
             + '<ul class="annonces"><li>Tondeuse disponible le week-end — Les Étangs</li><li>Cherche covoiturage vers Châteauroux le matin</li></ul>',
             {"territorial_social_network"}),
    ]
    vsite = Site(voisins, "community", "Voisins de Sainte-Aure", vpages,
                 menu=[("Fil d'actualité", "/"), ("Mon quartier", "/groupes/centre-bourg"), ("Entraide", "/annonces/pret-de-materiel")])
    return City("99137", "Sainte-Aure-en-Brenne", 16_300, "36", "24", "Centre-Val de Loire", f"http://{host}/", [www, fsite, vsite])


def _login_note():
    return ('<p>Vous devez être inscrit et connecté pour publier un message.</p><form method="post" action="/ucp.php?mode=login" '
            'class="login-form"><label for="username">Nom d\'utilisateur</label><input type="text" name="username" id="username">'
            '<label for="password">Mot de passe</label><input type="password" name="password" id="password">'
            '<input type="submit" name="login" value="Connexion" class="button1"></form>')


# ---- 99138 Plouvénan (Côtes-d'Armor), agency CMS, Publik e-services and the agglomeration's Cap Collectif ---------

def plouvenan() -> City:
    host = "www.plouvenan.bzh"
    publik = "demarches.plouvenan.bzh"
    capco = "arguenon-rance.cap-collectif.com"
    pk, cp = f"http://{publik}", f"http://{capco}"
    dp = "/ma-ville/democratie-participative"
    news = [("/actualites/questionnaire-rythmes-scolaires", "Rythmes scolaires : votre avis", "20 mars", "Questionnaire en ligne."),
            ("/ma-ville/appel-a-idees-place-du-martray", "Appel à idées : la place du Martray", "5 mars", "Jusqu'au 30 avril."),
            ("/actualites/recensement", "Recensement 2026", "12 janvier", "Les agents recenseurs."),
            ("/actualites/tourisme", "Saison touristique", "2 avril", "L'office de tourisme communautaire.")]
    pages = [
        page("/", "Accueil", m.home(
            "Plouvénan, ville du littoral costarmoricain : vos démarches en ligne, l'actualité, la participation.",
            [(dp, "Démocratie participative"), ("/ma-ville/budget-participatif-agglo", "Budget participatif"),
             (dp + "/droit-de-petition", "Droit de pétition"), ("/contact", "Contact"), (pk + "/", "Démarches en ligne"),
             ("/ma-ville/conseil-municipal", "Conseil municipal")],
            news, [("/ma-ville/conseil-municipal", "Conseil municipal", "2 avril"),
                   (dp + "/conseils-citoyens-de-quartier", "Assemblée des conseils citoyens", "9 avril")],
            extra=m.links([("/ma-ville/budget-2025", "Budget 2025"), ("/ma-ville/marches-publics", "Marchés publics"),
                           ("/ma-ville/appel-a-idees-halles-2023", "Appel à idées 2023"), ("/plan-du-site", "Plan du site")]))),
        page(dp, "Démocratie participative", m.prose(
            "La charte plouvénanaise de la participation, adoptée en 2022, organise le dialogue entre les élus et les habitants : "
            "conseils citoyens de quartier, appels à idées, consultations, droit de pétition.",
            "Un service Démocratie locale accompagne les habitants dans leurs démarches.")
             + m.links([(dp + "/conseils-citoyens-de-quartier", "Conseils citoyens de quartier"),
                        (dp + "/droit-de-petition", "Le droit de pétition"), (dp + "/petitions-en-cours", "Les pétitions en cours"),
                        ("/ma-ville/appel-a-idees-place-du-martray", "Appel à idées")]), {"participation_displayed"}),
        page(dp + "/conseils-citoyens-de-quartier", "Conseils citoyens de quartier", m.prose(
            "Six conseils citoyens de quartier, composés d'habitants volontaires et tirés au sort, se réunissent chaque trimestre.",
            "Ils sont consultés sur les projets d'aménagement et peuvent saisir le conseil municipal.",
            "Assemblée plénière le 9 avril à l'Espace Armor."), {"participation_displayed"}),
        page(dp + "/droit-de-petition", "Le droit de pétition", m.prose(
            "Les habitants de Plouvénan âgés de 16 ans et plus peuvent déposer une pétition auprès du maire.",
            "Si elle recueille 500 signatures en trois mois, elle est examinée en conseil municipal.",
            f"<a href='{pk}/deposer-une-petition/'>Déposer une pétition en ligne</a> — "
            f"<a href='{dp}/petitions-en-cours'>Signer une pétition en cours</a>"), {"petition"}),
        page(dp + "/petitions-en-cours", "Les pétitions en cours", m.prose("Pétitions ouvertes à la signature :")
             + f'<ul class="petitions"><li><a href="{pk}/signer-la-petition-eclairage-stade/">Éclairage du stade de Kerdanet</a> — 312 signatures</li></ul>'
             + m.prose("Pétition close : « Un arrêt de car à Saint-Jouan » (540 signatures, examinée le 5 février)."),
             {"petition"}),
        # the town's page presenting the agglomeration's budget, where its residents propose and vote
        page("/ma-ville/budget-participatif-agglo", "Le budget participatif d'Arguenon-Rance Agglomération", m.prose(
            "L'agglomération consacre 500 000 € à des projets d'habitants. Plouvénan a déjà vu naître trois projets lauréats.",
            "Déposez votre projet jusqu'au 15 mai, votez en octobre.",
            f"<a href='{cp}/project/budget-participatif-2025/presentation/presentation'>Participer sur la plateforme de l'agglomération</a>"),
             {"participatory_budget"}),
        page("/ma-ville/appel-a-idees-place-du-martray", "Appel à idées : réinventons la place du Martray", m.prose(
            "La place du Martray va être réaménagée. Avant de dessiner le projet, la ville lance un appel à idées ouvert à tous.",
            "Marché, jeux, ombre, terrasses : partagez vos envies jusqu'au 30 avril.",
            f"<a href='{pk}/proposer-une-idee-place-du-martray/'>Proposer mon idée</a>"), {"suggestion_call"}),
        # a closed call for ideas with its outcome: nobody can send an idea any more
        page("/ma-ville/appel-a-idees-halles-2023", "Appel à idées 2023 : le devenir des halles", m.prose(
            "L'appel à idées sur les halles s'est clos le 30 juin 2023 : 142 contributions ont été reçues.",
            "Synthèse : une halle gourmande le week-end, un espace associatif en semaine. Le projet sera livré en 2026."),
             decoys={"suggestion_call"}),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 33 élus. Séances retransmises en direct.", "Prochaine séance : 2 avril, 18 h 30."),
             decoys={"participation_displayed"}),
        page("/ma-ville/budget-2025", "Budget 2025", m.prose(
            "Budget primitif 2025 : 34,6 M€ dont 9,2 M€ d'investissement.", "Rapport d'orientation budgétaire en téléchargement."),
             decoys={"participatory_budget"}),
        page("/ma-ville/marches-publics", "Marchés publics", m.prose(
            "Appel d'offres ouvert : fourniture de repas pour la restauration scolaire. Remise des offres avant le 22 avril."),
             decoys={"suggestion_call"}),
        page("/actualites/questionnaire-rythmes-scolaires", "Rythmes scolaires : votre avis", m.prose(
            "Parents d'élèves des écoles publiques, répondez au questionnaire sur l'organisation de la semaine avant le 18 avril.")
             + m.vendor_form("/actualites/questionnaire-rythmes-scolaires", [("ecole", "École", "text")], None,
                             [("semaine", "Organisation préférée", ["4 jours", "4,5 jours (mercredi matin)"]),
                              ("accueil", "Utilisez-vous l'accueil du mercredi ?", ["Oui", "Non"])], "Envoyer mes réponses",
                             "form-questionnaire"), {"poll"}),
        page("/actualites/recensement", "Recensement 2026", m.prose(
            "L'enquête annuelle de recensement de l'Insee concerne 8 % des logements. Répondez en ligne."), decoys={"poll"}),
        page("/actualites/tourisme", "Saison touristique", m.prose(
            "L'office de tourisme communautaire ouvre son bureau du port le 5 avril. Suivez-le sur "
            "<a href='https://www.facebook.com/ArguenonRanceTourisme'>Facebook</a> et "
            "<a href='https://www.instagram.com/arguenonrance_tourisme'>Instagram</a>.")),
        page("/contact", "Contact", m.prose(
            f"Hôtel de ville, place de l'Église. Vous pouvez aussi <a href='{pk}/contacter-la-mairie/'>écrire à la mairie</a> "
            "depuis le portail des démarches.")
             + m.vendor_form("/contact", [("nom", "Nom *", "text"), ("email", "Courriel *", "email")], ("message", "Message *"),
                             [("service", "Service concerné", ["Accueil", "État civil", "Urbanisme", "Services techniques"])]),
             {"contact_form"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(host, "vendor", "Ville de Plouvénan", pages,
               menu=[("Accueil", "/"), ("Ma ville", dp), ("Démarches", pk + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDePlouvenan"), social("instagram", "plouvenan"), social("linkedin", "ville-de-plouvenan")],
               address="Hôtel de ville, place de l'Église, 22000 Plouvénan")

    def wcs(slug, fields):
        return (f'<form method="post" enctype="multipart/form-data" action="/{slug}/" class="quixote"><div class="page">'
                + "".join(f'<div class="widget {cls}" data-field-id="{i}"><div class="title"><label for="form_f{i}">{label}</label></div>'
                          f'<div class="content">{ctrl.format(i=i)}</div></div>' for i, (cls, label, ctrl) in enumerate(fields, 1))
                + '<div class="buttons submit"><button name="submit" class="submit-button">Valider</button></div></div>'
                  '<input type="hidden" name="magictoken" value="8d0e6c2a"/></form>')
    text = ("StringWidget", "Nom", '<input id="form_f{i}" name="f{i}" type="text">')
    mail = ("EmailWidget", "Courriel", '<input id="form_f{i}" name="f{i}" type="email">')
    pkpages = [
        page("/", "Démarches en ligne", m.prose("Portail des démarches de la ville de Plouvénan.")
             + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/deposer-une-petition/", "Déposer une pétition"),
                        ("/signer-la-petition-eclairage-stade/", "Signer une pétition"),
                        ("/proposer-une-idee-place-du-martray/", "Proposer une idée pour la place du Martray"),
                        ("/inscription-restauration-scolaire/", "Inscription à la restauration scolaire")], "list-of-forms")),
        page("/contacter-la-mairie/", "Contacter la mairie", wcs("contacter-la-mairie", [
            text, mail, ("TextWidget", "Votre message", '<textarea id="form_f{i}" name="f{i}" rows="6"></textarea>')]),
             {"contact_form"}),
        # filing a petition is a free-text form sent to the city, on the city's petition procedure
        page("/deposer-une-petition/", "Déposer une pétition", m.prose("Les pétitions sont publiées après vérification de leur recevabilité.")
             + wcs("deposer-une-petition", [text, mail, ("StringWidget", "Titre de la pétition", '<input id="form_f{i}" name="f{i}" type="text">'),
                                            ("TextWidget", "Texte de la pétition", '<textarea id="form_f{i}" name="f{i}"></textarea>')]),
             {"petition", "contact_form"}),
        page("/signer-la-petition-eclairage-stade/", "Signer : éclairage du stade de Kerdanet", m.prose(
            "Nous demandons l'éclairage du terrain synthétique de Kerdanet pour les entraînements d'hiver. 312 signatures.")
             + wcs("signer-la-petition-eclairage-stade", [text, mail, ("CheckboxWidget", "Je certifie habiter Plouvénan",
                                                                         '<input id="form_f{i}" name="f{i}" type="checkbox">')]),
             {"petition"}),
        page("/proposer-une-idee-place-du-martray/", "Proposer une idée pour la place du Martray", wcs(
            "proposer-une-idee-place-du-martray", [text, mail, ("TextWidget", "Votre idée", '<textarea id="form_f{i}" name="f{i}"></textarea>')]),
             {"suggestion_call", "contact_form"}),
        page("/inscription-restauration-scolaire/", "Inscription à la restauration scolaire", wcs(
            "inscription-restauration-scolaire", [text, ("StringWidget", "Nom de l'enfant", '<input id="form_f{i}" name="f{i}" type="text">'),
                                                  ("ItemWidget", "École", '<select id="form_f{i}" name="f{i}"><option>Jean-Macé</option>'
                                                                          '<option>Kerdanet</option></select>')]),
             decoys={"contact_form"}),
    ]
    psite = Site(publik, "publik", "Démarches - Plouvénan", pkpages, menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")],
                 address="Hôtel de ville, place de l'Église, 22000 Plouvénan")

    b = "/project/budget-participatif-2025"
    cpages = [
        page("/", "Arguenon-Rance participe", m.prose("La plateforme de participation d'Arguenon-Rance Agglomération.")
             + f'<div class="project-preview"><a href="{b}/presentation/presentation"><h3>Budget participatif 2025</h3></a>'
               '<span class="label">Dépôt en cours</span></div>'),
        page(f"{b}/presentation/presentation", "Budget participatif 2025", m.prose(
            "500 000 € pour des projets d'intérêt général portés par les habitants des 19 communes.",
            "Étapes : présentation, dépôt des projets, analyse, vote, résultats.")
             + m.links([(f"{b}/collect/depot-des-projets", "Dépôt des projets"), (f"{b}/selection/vote", "Vote")], "step-tabs"),
             {"participatory_budget"}),
        page(f"{b}/collect/depot-des-projets", "Dépôt des projets", m.prose("Déposez votre projet jusqu'au 15 mai.")
             + '<button class="btn btn-primary" id="add-proposal">Déposer un projet</button><div class="proposal-preview-list">'
               f'<a href="/projects/budget-participatif-2025/proposals/voie-verte-de-plouvenan">Prolonger la voie verte de Plouvénan</a></div>',
             {"participatory_budget", "suggestion_call"}),
        page("/projects/budget-participatif-2025/proposals/voie-verte-de-plouvenan", "Prolonger la voie verte de Plouvénan", m.prose(
            "Relier la voie verte au bourg de Saint-Jouan par un chemin stabilisé de 2 km.")
             + '<section class="comments"><h2>Commentaires</h2><div class="opinion"><p>Indispensable pour les collégiens à vélo.</p></div>'
               '<form id="CommentForm" method="post"><textarea name="body" placeholder="Commenter"></textarea>'
               '<button type="submit" class="btn">Commenter</button></form></section>', {"participatory_budget", "comments"}),
        page(f"{b}/selection/vote", "Vote", m.prose("Le vote ouvrira le 1er octobre. Chaque participant dispose de 3 voix."),
             {"participatory_budget"}),
    ]
    csite = Site(capco, "capcollectif", "Arguenon-Rance participe", cpages, menu=[("Accueil", "/"), ("Projets", f"{b}/presentation/presentation")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"Cap Collectif"}))
    return City("99138", "Plouvénan", 27_000, "22", "53", "Bretagne", f"http://{host}/", [www, psite, csite],
                decoy_accounts=("https://www.facebook.com/arguenonrancetourisme", "https://www.instagram.com/arguenonrance_tourisme"))


_CITIES = None


def cities():
    global _CITIES
    if _CITIES is None:
        _CITIES = [kervallan(), saint_ormel(), vernou(), montberaud(), lussac(), brevillers(), sainte_aure(), plouvenan()]
    return list(_CITIES)


def _drawn(site, layout):
    """A platform host whose pages are laid out by the platform's own front end, not by a municipal CMS theme."""
    def special(request):
        found = site.by_path.get(request.target)
        return Reply.html(layout(site, found)) if found is not None else None
    return CustomHost(site, special)


def hosts():
    by_host = {s.host: s for c in cities() for s in c.sites}
    return {FLUICITY: _drawn(by_host[FLUICITY], m.fluicity_layout), IDCITY: _drawn(by_host[IDCITY], m.idcity_layout)}
