"""Holdout part "vasieres": coastal and port towns of Normandie, Bretagne, Hauts-de-France and
Charente-Maritime, whose participation tells of the seafront and the harbour.

Eight communes (99441-99448) on WordPress, Drupal, Joomla and vendor CMSs, with a Decidim space, an
agglomeration's Cap Collectif and Go Vocal platforms, a Fluicity space, a Publik e-services portal, a
city-run Discourse forum and a neighbours' network; and the lookalikes such towns hold: the State's
débat public on an offshore wind farm, enquêtes publiques, regatta registrations, the tourist office's
surveys and accounts, events called forum, grant calls and contests, closed polls, the gendarmerie's
participation citoyenne, budget primitif and council agendas.
"""
from ..site import City, Site, page, social
from . import vasieres_markup as m

PB = "participatory_budget"
SC = "suggestion_call"
PD = "participation_displayed"
CF = "contact_form"
PF = "participatory_platform"
TSN = "territorial_social_network"


def _with_sitemap(pages, home_index=0):
    """Adds the site map page every city site has, listing all its pages."""
    links = [(p.path, p.title) for p in pages if p.path != "/"]
    return pages + [page("/plan-du-site", "Plan du site", m.sitemap([("Toutes les pages", links)]))]


# ---- 99441 Port-Kervénec (Finistère): WordPress + a Decidim space ----------------------------------

def port_kervenec() -> City:
    www_host, dec_host = "www.port-kervenec.bzh", "participez.port-kervenec.bzh"
    dec = f"http://{dec_host}"
    news = [
        ("/actualites/quais-une-concertation-pour-2026", "Quais Surcouf : une concertation jusqu'en mars", "12 janvier 2026",
         "Ateliers, balades urbaines et propositions en ligne pour les futurs quais."),
        ("/actualites/debat-public-eolien-en-mer", "Éolien en mer : le débat public fait escale", "5 janvier 2026",
         "La commission particulière tiendra une réunion à la salle du Styvel."),
        ("/actualites/resultats-sondage-navette-estivale", "Navette estivale : les résultats", "18 décembre 2025",
         "Vous avez été 640 à voter cet été."),
        ("/actualites/fete-des-goemoniers", "Retour en images sur la fête des goémoniers", "2 septembre 2025",
         "Plus de 4 000 visiteurs sur le port."),
    ]
    events = [("24 janv.", "Atelier « Quais Surcouf »", "Halle à marée"), ("31 janv.", "Conseil municipal", "Hôtel de ville"),
              ("8 févr.", "Réunion du débat public éolien", "Salle du Styvel")]
    pages = [
        page("/", "Accueil", m.home(
            "Port de pêche et de plaisance, Port-Kervénec compte 17 800 habitants entre la rade et la pointe du Créac'h.",
            [("/ma-ville/kervenec-ensemble", "Kervénec ensemble"), ("/ma-ville/conseils-de-quartier", "Conseils de quartier"),
             ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/ma-ville/budget-2026", "Budget 2026"),
             ("/plages/surveillance-des-plages", "Plages surveillées"), ("/securite/participation-citoyenne", "Participation citoyenne"),
             ("/urbanisme/enquete-publique-dragage", "Enquête publique"), ("/contact", "Contact"),
             ("/lettre-d-information", "Lettre d'information"), (dec + "/", "Participez en ligne"),
             ("/plan-du-site", "Plan du site")],
            news, events, cookie="complianz")),
        # the city's approach under its own brand: the page presents the whole scheme
        page("/ma-ville/kervenec-ensemble", "Kervénec ensemble : la participation citoyenne", m.prose(
            "Depuis 2021, la municipalité associe les habitants aux décisions qui transforment la ville : c'est la démarche "
            "<strong>Kervénec ensemble</strong>, adoptée par une charte votée en conseil municipal.",
            "Elle s'appuie sur six conseils de quartier, un conseil des jeunes, des réunions publiques avant chaque grand chantier "
            "et une plateforme en ligne où chacun peut suivre les concertations et y contribuer.",
            f"En ce moment : la concertation sur le réaménagement des quais Surcouf. <a href=\"{dec}/processes/quais-surcouf\">Donner mon avis</a>")
             + m.link_list([("/ma-ville/conseils-de-quartier", "Les conseils de quartier"), ("/ma-ville/charte-de-la-participation", "La charte de la participation"),
                            (dec + "/", "La plateforme participez.port-kervenec.bzh")], "Pour aller plus loin"),
             {PD}, parent=("Ma ville", "/ma-ville/kervenec-ensemble")),
        page("/ma-ville/charte-de-la-participation", "La charte de la participation", m.prose(
            "La charte fixe les engagements de la Ville : informer en amont, rendre compte des avis recueillis, motiver ses choix.",
            "Elle précise le rôle des conseils de quartier, des comités d'usagers du port et des réunions publiques.",
            "Un comité de suivi composé d'habitants tirés au sort en dresse le bilan chaque année."),
             {PD}, parent=("Kervénec ensemble", "/ma-ville/kervenec-ensemble")),
        page("/ma-ville/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Six conseils de quartier réunissent habitants, commerçants et associations : Le Styvel, Le Port, Créac'h, "
            "Kerguelen, Penn ar Ster et Le Bourg.",
            "Chaque conseil se réunit quatre fois par an en séance ouverte au public et dispose d'une enveloppe de 8 000 euros.")
             + m.link_list([("/ma-ville/conseils-de-quartier/le-port", "Conseil de quartier du Port")], "Les quartiers"),
             {PD}, parent=("Kervénec ensemble", "/ma-ville/kervenec-ensemble")),
        page("/ma-ville/conseils-de-quartier/le-port", "Conseil de quartier du Port", m.prose(
            "Prochaine séance : jeudi 29 janvier à 18 h 30, criée, salle du premier étage.",
            "Ordre du jour : circulation sur le quai des Thoniers pendant les travaux, éclairage de la cale, bilan des animations d'été.",
            "Compte rendu de la séance d'octobre disponible en téléchargement (PDF, 180 ko)."),
             {PD}, parent=("Conseils de quartier", "/ma-ville/conseils-de-quartier")),
        # the municipal council's own agenda: not the participatory approach
        page("/ma-ville/conseil-municipal", "Conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique à l'hôtel de ville. Ordre du jour de la séance du 31 janvier :",
            "1. Approbation du procès-verbal de la séance précédente ; 2. Débat d'orientation budgétaire ; 3. Tarifs du port de plaisance ; "
            "4. Convention avec le syndicat mixte des ports de pêche.",
            "Les procès-verbaux sont publiés sous huit jours."),
             decoys={PD}),
        page("/ma-ville/budget-2026", "Budget primitif 2026", m.prose(
            "Le budget primitif 2026 s'équilibre à 31,2 millions d'euros, dont 9,4 millions d'investissement.",
            "Principaux projets : le renforcement de la digue du Styvel, la rénovation de l'école du Port, la voirie du Créac'h.",
            "Le compte administratif 2024 et le rapport d'orientation budgétaire sont consultables en mairie."),
             decoys={PB}),
        page("/plages/surveillance-des-plages", "Surveillance des plages", m.with_sidebar(
            m.prose("Les plages du Styvel et de Porz Ruz sont surveillées du 1er juillet au 31 août, de 13 h à 19 h.",
                    "La Ville étudie l'extension de la surveillance à la plage du Créac'h et souhaite connaître votre avis."),
            m.forminator_poll(731, "/plages/surveillance-des-plages", "Faut-il surveiller aussi la plage du Créac'h en juin ?",
                              ["Oui, tous les week-ends", "Oui, tous les jours", "Non, ce n'est pas utile"])),
             {"poll"}, parent=("Plages", "/plages/surveillance-des-plages")),
        page("/actualites/resultats-sondage-navette-estivale", "Navette estivale : les résultats du sondage", m.prose(
            "Cet été, 640 personnes ont répondu à notre sondage sur la navette entre le centre et les plages. Merci !")
             + m.poll_results("La navette estivale doit-elle circuler aussi le dimanche ?",
                              [("Oui", 71, 454), ("Non", 19, 122), ("Sans avis", 10, 64)]),
             decoys={"poll"}),
        # a news item that names the concertation and the platform in passing, with native comments open
        page("/actualites/quais-une-concertation-pour-2026", "Quais Surcouf : une concertation jusqu'en mars", m.prose(
            "Les travaux de confortement des quais Surcouf s'achèveront au printemps. Pour la suite, la Ville lance une "
            "concertation sur les usages : stationnement, terrasses, place des pêcheurs.",
            "Tout se passe sur la plateforme Decidim de la ville jusqu'au 15 mars.")
             + m.wp_comments([("Gwenaëlle", "13 janvier 2026", "Pensez aux vélos, il n'y a aucun arceau sur le quai."),
                              ("Yann L.", "14 janvier 2026", "Les pêcheurs doivent garder leur accès aux cales.")], "/wp-comments-post.php", 1204),
             {"comments"}, decoys={PD, PF}),
        page("/actualites/debat-public-eolien-en-mer", "Éolien en mer : le débat public fait escale", m.prose(
            "La Commission nationale du débat public organise un débat sur le projet de parc éolien en mer au large de la pointe.",
            "La commission particulière tiendra une réunion publique le 8 février à la salle du Styvel. Les contributions "
            "se déposent sur le site du débat, pas sur celui de la commune.",
            "La Ville n'est pas maître d'ouvrage du projet."),
             decoys={PD, SC}),
        page("/actualites/fete-des-goemoniers", "Retour en images sur la fête des goémoniers", m.prose(
            "Démonstrations de coupe, chants de marins et dégustations : la fête a attiré plus de 4 000 visiteurs.",
            "Rendez-vous l'an prochain, le dernier week-end d'août.") + m.wp_comments_closed()
             + m.share_buttons(f"http://{www_host}/actualites/fete-des-goemoniers", "Fête des goémoniers"),
             decoys={"comments"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "La commune a signé avec la gendarmerie et la préfecture un protocole « participation citoyenne ».",
            "Des habitants référents, volontaires, relaient auprès des gendarmes les faits inhabituels observés dans leur quartier : "
            "démarchages suspects, véhicules en repérage.",
            "Ce dispositif de vigilance ne remplace pas l'appel au 17."),
             decoys={PD, TSN}),
        page("/urbanisme/enquete-publique-dragage", "Enquête publique : dragage du bassin à flot", m.prose(
            "Par arrêté préfectoral, une enquête publique est ouverte du 3 au 28 février sur la demande d'autorisation "
            "environnementale de dragage du bassin à flot, présentée par la Région, propriétaire du port.",
            "Le dossier est consultable en mairie. Le commissaire enquêteur tiendra trois permanences. Les observations "
            "sont reçues sur le registre papier et le registre dématérialisé de la préfecture."),
             decoys={PD, SC}),
        page("/contact", "Contactez la mairie", m.prose("Hôtel de ville, place de l'Océan. Du lundi au vendredi de 8 h 30 à 17 h.")
             + m.cf7_contact("/contact/"), {CF}),
        page("/lettre-d-information", "Lettre d'information", m.prose("Chaque mois, l'actualité du port et des quartiers dans votre boîte aux lettres électronique.")
             + m.newsletter_mailchimp("https://port-kervenec.us21.list-manage.com/subscribe/post?u=4f2a9c&amp;id=8e1d"),
             decoys={CF}),
    ]
    www = Site(www_host, "wordpress", "Ville de Port-Kervénec", _with_sitemap(pages),
               menu=[("Ma ville", "/ma-ville/kervenec-ensemble"), ("Plages", "/plages/surveillance-des-plages"),
                     ("Participez", dec + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledePortKervenec"), social("instagram", "portkervenec")],
               address="Hôtel de ville, place de l'Océan, 29000 Port-Kervénec")

    proc = "/processes/quais-surcouf"
    prop = proc + "/f/41/proposals"
    dec_pages = [
        page("/", "Accueil", m.prose("Bienvenue sur l'espace de participation de Port-Kervénec.")
             + m.link_list([(proc, "Concertation : les quais Surcouf de demain"), (prop, "Les propositions"),
                            (proc + "/f/42/surveys", "Questionnaire sur les usages des quais"),
                            ("/processes/plan-plages-2023", "Plan plages 2023 (terminé)"), ("/pages/faq", "Comment participer ?")], "Processus")),
        page(proc, "Les quais Surcouf de demain", m.decidim_process_hero(
            "Les quais Surcouf de demain", "Propositions", m.prose(
                "Le confortement des quais s'achève : quels usages voulez-vous pour ces 600 mètres de front de port ?",
                "Cette concertation se déroule en trois temps : propositions et questionnaire, ateliers, restitution publique."),
            ["Propositions", "Ateliers", "Restitution"]) + m.link_list([(prop, "Voir les propositions"), (proc + "/f/42/surveys", "Répondre au questionnaire")]),
             {PD}),
        page(prop, "Propositions", m.decidim_proposals(prop, [
            (871, "Des bancs face au large sur le quai des Thoniers", "Annaïg P.", 4),
            (872, "Réserver la cale nord aux pêcheurs", "Comité local des pêches", 7),
            (873, "Un marché du poisson le samedi matin", "Loïc", 2)]), {SC}),
        page(prop + "/new", "Nouvelle proposition", m.prose("Décrivez votre proposition pour les quais. Elle sera publiée après modération.")
             + m.decidim_new_proposal(prop), {SC}),
        page(prop + "/871", "Des bancs face au large sur le quai des Thoniers", m.prose(
            "Il n'y a aucun endroit pour s'asseoir entre la criée et la capitainerie. Des bancs en bois, orientés vers la rade, seraient bienvenus.")
             + m.decidim_comments("Proposals::Proposal", 871, [("Erwan", "16/01/2026", "Oui, et à l'abri du vent si possible."),
                                                               ("Marie-Jo", "17/01/2026", "Attention à ne pas gêner le déchargement.")]),
             {"comments", SC}),
        page(prop + "/872", "Réserver la cale nord aux pêcheurs", m.prose(
            "Les plaisanciers utilisent la cale nord aux heures de débarque. Nous demandons qu'elle soit réservée aux professionnels de 5 h à 10 h.")
             + m.decidim_comments("Proposals::Proposal", 872, [("Tanguy", "18/01/2026", "Et une autre cale pour la plaisance alors ?")]),
             {"comments", SC}),
        page(prop + "/873", "Un marché du poisson le samedi matin", m.prose(
            "Vente directe des pêcheurs sur le quai, le samedi de 8 h à 12 h, comme autrefois.")
             + m.decidim_comments("Proposals::Proposal", 873, []), {"comments", SC}),
        page(proc + "/f/42/surveys", "Questionnaire sur les usages des quais", m.decidim_survey(proc + "/f/42/surveys/answer", [
            ("À quelle fréquence venez-vous sur les quais ?", ["Tous les jours", "Chaque semaine", "Rarement"]),
            ("Que faites-vous principalement sur les quais ?", ["Je me promène", "Je travaille", "Je fais mes courses", "Je navigue"]),
            ("Qu'aimeriez-vous y trouver ?", None)]), {"poll"}),
        page("/processes/plan-plages-2023", "Plan plages 2023", m.prose("Ce processus est terminé. Merci pour vos 212 réponses.")
             + m.decidim_survey("/processes/plan-plages-2023/f/12/surveys/answer", [
                 ("Êtes-vous satisfait de la propreté des plages ?", ["Oui", "Non"])], open_=False),
             decoys={"poll"}),
        page("/pages/faq", "Comment participer ?", m.prose(
            "Créez un compte avec votre adresse électronique pour déposer une proposition, commenter ou répondre à un questionnaire.",
            "Les contributions sont modérées selon la charte de la participation de la Ville.")),
    ]
    decidim = Site(dec_host, "decidim", "Participez à Port-Kervénec", dec_pages,
                   menu=[("Accueil", "/"), ("Processus", proc), ("Aide", "/pages/faq")],
                   features=frozenset({PF}), platforms=frozenset({"decidim"}))
    return City("99441", "Port-Kervénec", 17_800, "29", "53", "Bretagne", f"http://{www_host}/", [www, decidim])


# ---- 99442 Saint-Aubray-sur-Mer (Manche): Drupal, a participatory budget under a local brand ---------

def saint_aubray() -> City:
    host = "www.saint-aubray-sur-mer.fr"
    vdi = "/participer/vagues-d-idees"
    news = [
        (vdi + "/vote", "Vagues d'idées : à vous de voter !", "3 mars 2026", "Vingt-deux projets soumis au vote jusqu'au 31 mars."),
        ("/actualites/semaine-nautique", "La semaine nautique revient en juillet", "20 février 2026", "Régates, baptêmes et village des partenaires."),
        ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : 12 nouveaux référents", "9 février 2026", "Le protocole signé avec la gendarmerie s'étend."),
        ("/actualites/forum-de-l-emploi-maritime", "Forum de l'emploi maritime", "2 février 2026", "Chantiers navals, pêche, transport : 40 recruteurs."),
    ]
    pages = [
        page("/", "Accueil", m.home(
            "Saint-Aubray-sur-Mer, 22 400 habitants, entre la baie, le port de commerce et les plages de la côte ouest.",
            [("/participer", "Participer"), (vdi, "Vagues d'idées"), ("/participer/conseils-de-quartier", "Conseils de quartier"),
             ("/participer/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"), ("/participer/questionnaire-front-de-mer", "Questionnaire front de mer"),
             ("/vie-municipale/budget", "Budget de la ville"), ("/vie-municipale/seances-du-conseil", "Séances du conseil"),
             ("/demarches/reserver-une-salle", "Réserver une salle"), ("/contact", "Contact"), ("/plan-du-site", "Plan du site")],
            news, [("14 mars", "Conseil de quartier Centre-Port", "Maison des associations"), ("4 juil.", "Semaine nautique", "Bassin Vauban")],
            cookie="eu")),
        page("/participer", "Participer à la vie de la cité", m.prose(
            "Habitants, associations, jeunes : la ville vous donne plusieurs moyens de prendre part aux projets qui vous concernent.",
            "Conseils de quartier, conseil municipal des jeunes, budget participatif « Vagues d'idées », concertations "
            "sur les grands projets comme le front de mer : retrouvez ici toutes les instances et leurs calendriers.")
             + m.link_list([(vdi, "Vagues d'idées, le budget participatif"), ("/participer/conseils-de-quartier", "Conseils de quartier"),
                            ("/participer/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                            ("/participer/questionnaire-front-de-mer", "Front de mer : votre avis compte")]), {PD}),
        page(vdi, "Vagues d'idées", m.prose(
            "<strong>Vagues d'idées</strong>, c'est 150 000 euros du budget d'investissement confiés aux habitants : vous proposez "
            "des projets pour la ville, les services étudient leur faisabilité, puis vous votez.",
            "Calendrier 2026 : dépôt des idées du 5 janvier au 8 février ; étude jusqu'à fin février ; vote du 3 au 31 mars ; "
            "annonce des lauréats en avril.")
             + m.link_list([(vdi + "/reglement", "Le règlement"), (vdi + "/deposer", "Déposer une idée (clos)"), (vdi + "/vote", "Voter"),
                            (vdi + "/laureats-2025", "Les lauréats 2025")]), {PB, PD}, parent=("Participer", "/participer")),
        page(vdi + "/reglement", "Règlement de Vagues d'idées", m.prose(
            "Article 1 – Toute personne de plus de 11 ans résidant à Saint-Aubray-sur-Mer peut déposer un projet et voter.",
            "Article 2 – Les projets relèvent de l'investissement, sont d'intérêt général et ne dépassent pas 40 000 euros.",
            "Article 3 – Chaque votant choisit jusqu'à trois projets. Les projets les plus soutenus sont retenus dans la limite de l'enveloppe."),
             {PB}, parent=("Vagues d'idées", vdi)),
        # the filing step once closed: the page belongs to the running budget, but no longer calls for ideas
        page(vdi + "/deposer", "Déposer une idée", m.prose(
            "Le dépôt des idées est clos depuis le 8 février. Merci pour vos 61 propositions !",
            "Les services ont étudié leur faisabilité : 22 projets sont soumis au vote, 39 n'ont pas été retenus "
            "(fonctionnement, hors compétence communale ou coût supérieur à 40 000 euros). La liste motivée est publiée ci-dessous.")
             + m.link_list([(vdi + "/vote", "Voir les projets soumis au vote")]),
             {PB}, decoys={SC}, parent=("Vagues d'idées", vdi)),
        page(vdi + "/vote", "Vagues d'idées : votez pour vos projets", m.prose("Choisissez jusqu'à trois projets.")
             + m.drupal_webform("vagues_d_idees_vote", vdi + "/vote", [
                 ("checkboxes:Douches de plage solaires|Boîte à livres du port|Jardin partagé des Dunes|Rampe d'accès PMR à la plage Sud|Table d'orientation de la pointe",
                  "projets", "Projets soumis au vote"), ("email", "courriel", "Votre courriel (un vote par personne)")], "Voter"),
             {PB}, parent=("Vagues d'idées", vdi)),
        # a past edition's winners: the budget is the city's running scheme, the page presents it
        page(vdi + "/laureats-2025", "Les lauréats de Vagues d'idées 2025", m.prose(
            "1 912 habitants ont voté en 2025. Cinq projets ont été retenus : des racks à kayaks au port, une aire de jeux "
            "aux Dunes, des fontaines à eau sur la digue, un abri à vélos à la gare et un verger partagé.",
            "Les travaux sont en cours ; suivez leur avancement ici."), {PB}, parent=("Vagues d'idées", vdi)),
        page("/participer/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Quatre conseils de quartier (Centre-Port, La Hague-Plage, Les Dunes, Les Hauts) réunissent des habitants volontaires "
            "et tirés au sort pour deux ans.",
            "Ils donnent leur avis sur les projets d'aménagement et portent leurs propres initiatives. Les séances sont publiques."),
             {PD}, parent=("Participer", "/participer")),
        page("/participer/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Vingt-sept élèves de CM2 et de collège sont élus pour deux ans. Ils travaillent en commissions : environnement "
            "littoral, sport et loisirs, solidarité.",
            "Cette année, le CMJ a obtenu l'installation de bacs à marée sur les trois plages."), {PD}, parent=("Participer", "/participer")),
        page("/participer/questionnaire-front-de-mer", "Front de mer : votre avis compte", m.prose(
            "Le boulevard de la Mer sera réaménagé à partir de 2027. Avant l'esquisse, dites-nous comment vous l'utilisez. "
            "Le questionnaire est ouvert jusqu'au 30 avril.")
             + m.drupal_webform("questionnaire_front_de_mer", "/participer/questionnaire-front-de-mer", [
                 ("radios:À pied|À vélo|En voiture|En bus", "mode", "Comment venez-vous sur le front de mer ?"),
                 ("radios:Oui|Non|Seulement l'été", "pietonnisation", "Faut-il rendre le boulevard piéton ?"),
                 ("checkboxes:Bancs|Ombre|Jeux d'enfants|Douches|Stationnement vélos", "equipements", "Quels équipements manquent ?"),
                 ("radios:Moins de 18 ans|18-39 ans|40-64 ans|65 ans et plus", "age", "Votre âge")], "Envoyer mes réponses"),
             {"poll"}, parent=("Participer", "/participer")),
        page("/vie-municipale/budget", "Le budget de la ville", m.prose(
            "Budget primitif 2026 : 38,6 millions d'euros. Section de fonctionnement : 27,1 millions ; investissement : 11,5 millions.",
            "Le compte administratif 2025 sera présenté au conseil de juin. Taux de taxe foncière inchangés."),
             decoys={PB}),
        page("/vie-municipale/seances-du-conseil", "Séances du conseil municipal", m.prose(
            "Prochaine séance : lundi 16 mars, 19 h, salle des mariages. Ordre du jour : vote du budget primitif, "
            "subventions aux associations, convention d'occupation du domaine portuaire.",
            "Les séances sont retransmises en direct sur la chaîne vidéo de la ville."), decoys={PD}),
        page("/demarches/reserver-une-salle", "Réserver une salle municipale", m.booking_form(
            "/demarches/reserver-une-salle", "salle polyvalente du Bassin", ["Matin", "Après-midi", "Soirée", "Journée"]),
             decoys={CF}),
        page("/actualites/semaine-nautique", "La semaine nautique revient en juillet", m.prose(
            "Du 4 au 11 juillet, régates de dériveurs et de catamarans dans la baie, baptêmes gratuits et village nautique.")
             + m.registration_form("/actualites/semaine-nautique", "Régate de la semaine nautique", ["Laser", "420", "Hobie Cat 16", "Open Bic"])
             + m.drupal_comments([("Pierre", "21/02/2026", "Super, le parcours passera-t-il devant la digue comme l'an dernier ?")], 318),
             {"comments"}, decoys={CF}),
        page("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : 12 nouveaux référents", m.prose(
            "Le dispositif de participation citoyenne, piloté par la brigade de gendarmerie, compte désormais 12 référents de "
            "quartier supplémentaires.",
            "Leur rôle : signaler aux gendarmes tout comportement suspect et diffuser les conseils de prévention des cambriolages."),
             decoys={PD}),
        page("/actualites/forum-de-l-emploi-maritime", "Forum de l'emploi maritime", m.prose(
            "Le forum de l'emploi maritime se tient le 12 mars à la gare maritime : chantiers navals, armements de pêche, "
            "compagnies de ferries et lycée maritime présenteront leurs offres.",
            "Entrée libre, venez avec votre CV."), decoys={"forum"}),
        page("/contact", "Contact", m.prose("Mairie de Saint-Aubray-sur-Mer, 1 place de la République. Standard : 02 33 00 00 00.")
             + m.drupal_contact("/contact"), {CF}),
    ]
    www = Site(host, "drupal", "Saint-Aubray-sur-Mer", _with_sitemap(pages),
               menu=[("Participer", "/participer"), ("Vie municipale", "/vie-municipale/budget"), ("Démarches", "/demarches/reserver-une-salle"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "saintaubraysurmer"), social("youtube", "SaintAubrayTV")],
               address="Mairie, 1 place de la République, 50000 Saint-Aubray-sur-Mer")
    return City("99442", "Saint-Aubray-sur-Mer", 22_400, "50", "28", "Normandie", f"http://{host}/", [www])


# ---- 99443 Grandmarais-les-Bains (Pas-de-Calais): Joomla + the agglomeration's Cap Collectif ----------

def grandmarais() -> City:
    host, cap_host = "www.grandmarais-les-bains.fr", "cote-des-oyats.cap-collectif.com"
    cap = f"http://{cap_host}"
    news = [
        ("/actualites/digue-promenade-donnez-votre-avis", "Digue-promenade : l'agglo vous consulte", "15 février 2026", "Une consultation en ligne jusqu'au 15 avril."),
        ("/actualites/concours-photo-la-cote-en-hiver", "Concours photo « La côte en hiver »", "1er février 2026", "Envoyez vos clichés avant le 28 février."),
        ("/actualites/recensement-2026", "Recensement 2026", "10 janvier 2026", "Les agents recenseurs passent jusqu'au 21 février."),
        ("/vie-citoyenne/forum-nautique", "Forum nautique du printemps", "5 janvier 2026", "Clubs de char à voile, de kite et d'aviron."),
    ]
    pages = [
        page("/", "Accueil", m.home(
            "Station balnéaire de la Côte d'Opale, Grandmarais-les-Bains compte 15 600 habitants et 4 kilomètres de plage.",
            [("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/boite-a-idees", "Boîte à idées"),
             ("/vie-citoyenne/appel-a-projets-associations", "Appel à projets associatif"), ("/vie-citoyenne/forum-nautique", "Forum nautique"),
             ("/cadre-de-vie/stationnement-estival", "Stationnement estival"), ("/mairie/budget", "Budget"),
             ("/espace-famille", "Espace famille"), ("/contact", "Contact"), (cap + "/", "Consultations de l'agglo"),
             ("/plan-du-site", "Plan du site")], news,
            [("21 mars", "Forum nautique", "Base de char à voile"), ("4 avril", "Nettoyage de la plage", "Poste de secours n°2")])),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "La municipalité veut une ville construite avec ses habitants. Comités de quartier, boîte à idées, réunions publiques "
            "avant chaque projet d'aménagement : la démocratie participative se vit toute l'année à Grandmarais.",
            f"La Communauté d'agglomération de la Côte des Oyats organise aussi des concertations sur sa <a href=\"{cap}/\">plateforme en ligne</a>, "
            "notamment sur la future digue-promenade.")
             + m.link_list([("/vie-citoyenne/comites-de-quartier", "Les comités de quartier"), ("/vie-citoyenne/boite-a-idees", "La boîte à idées")]),
             {PD}),
        page("/vie-citoyenne/comites-de-quartier", "Les comités de quartier", m.prose(
            "Trois comités de quartier (Front de mer, Centre, Les Garennes) se réunissent chaque trimestre avec les élus référents.",
            "Tout habitant peut y participer ; il suffit de s'inscrire auprès du service vie citoyenne."), {PD}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Grandmarais ? Le stationnement, la plage, les animations, la propreté : "
            "proposez-la ! Chaque idée reçoit une réponse des élus dans le mois.")
             + m.joomla_contact("/vie-citoyenne/boite-a-idees", 4), {SC, CF}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/appel-a-projets-associations", "Appel à projets associatif 2026", m.prose(
            "La Ville lance son appel à projets en direction des associations : animations estivales, sport nautique, solidarité.",
            "Les dossiers de demande de subvention sont à déposer avant le 15 mars. Le règlement et le formulaire CERFA "
            "n°12156 sont téléchargeables ci-dessous."), decoys={SC}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/forum-nautique", "Forum nautique du printemps", m.prose(
            "Le forum nautique réunit les clubs de la commune : char à voile, kitesurf, longe-côte, aviron de mer.",
            "Samedi 21 mars, de 10 h à 17 h, base de char à voile. Inscriptions aux activités sur place."), decoys={"forum"}),
        page("/actualites/concours-photo-la-cote-en-hiver", "Concours photo « La côte en hiver »", m.prose(
            "Amateurs de photographie, à vos objectifs ! Le concours est ouvert à tous, trois photos par participant au maximum.",
            "Les photos primées seront exposées à l'office de tourisme. Règlement et bulletin de participation en téléchargement."),
             decoys={SC}),
        page("/actualites/recensement-2026", "Recensement 2026", m.prose(
            "Le recensement de la population est organisé par l'Insee avec la commune. Les agents recenseurs, munis d'une carte "
            "officielle, vous remettent vos codes pour répondre en ligne sur le site le-recensement-et-moi.",
            "Répondre est obligatoire et confidentiel."), decoys={"poll"}),
        # a news item pointing to the agglomeration's consultation: it names the platform, the platform is elsewhere
        page("/actualites/digue-promenade-donnez-votre-avis", "Digue-promenade : l'agglo vous consulte", m.prose(
            "La Communauté d'agglomération lance une consultation sur le réaménagement de la digue-promenade entre le casino et "
            f"le poste de secours n°3. <a href=\"{cap}/project/digue-promenade/presentation/presentation\">Participer à la consultation</a>."),
             decoys={PF}),
        page("/cadre-de-vie/stationnement-estival", "Stationnement estival", m.with_sidebar(
            m.prose("Du 1er juillet au 31 août, le stationnement est payant sur le front de mer de 10 h à 19 h.",
                    "Les résidents peuvent demander une vignette gratuite en mairie."),
            m.joomla_poll(12, "/cadre-de-vie/stationnement-estival", "Faut-il une navette gratuite depuis le parking des Garennes ?",
                          ["Oui", "Non", "Seulement le week-end"])), {"poll"}),
        page("/mairie/budget", "Budget communal", m.prose(
            "Le conseil municipal a adopté le budget primitif 2026 le 12 décembre : 21 millions d'euros.",
            "La section d'investissement finance la rénovation du poste de secours central et l'enrochement nord."), decoys={PB}),
        page("/espace-famille", "Espace famille", m.prose("Inscriptions à la cantine, au périscolaire et au centre de loisirs.")
             + m.login_form("/espace-famille", "username", "passwd"), decoys={CF}),
        page("/contact", "Contact", m.prose("Mairie de Grandmarais-les-Bains, place du Marché.") + m.joomla_contact("/contact", 1), {CF}),
    ]
    www = Site(host, "joomla", "Grandmarais-les-Bains", _with_sitemap(pages),
               menu=[("Vie citoyenne", "/vie-citoyenne"), ("Cadre de vie", "/cadre-de-vie/stationnement-estival"), ("Mairie", "/mairie/budget"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "GrandmaraisLesBains")],
               address="Mairie, place du Marché, 62000 Grandmarais-les-Bains")

    dig = "/project/digue-promenade"
    bp = "/project/budget-participatif-agglo-2026"
    cap_pages = [
        page("/", "Accueil", m.prose("La plateforme de participation de la Communauté d'agglomération de la Côte des Oyats.")
             + m.link_list([(dig + "/presentation/presentation", "La digue-promenade de demain"),
                            (bp + "/collect/depot-des-projets", "Budget participatif de l'agglo 2026"),
                            ("/project/tri-des-biodechets/questionnaire/questionnaire-2024", "Tri des biodéchets (terminé)")], "Les projets")),
        page(dig + "/presentation/presentation", "La digue-promenade de demain", m.capco_step_nav("digue-promenade", [
            (dig + "/presentation/presentation", "Présentation"), (dig + "/consultation/vos-contributions", "Consultation"),
            (dig + "/questionnaire/votre-usage-de-la-digue", "Questionnaire")], dig + "/presentation/presentation")
             + m.prose("Érosion, submersion, usages : la digue doit évoluer. L'agglomération et la ville de Grandmarais-les-Bains "
                       "ouvrent une concertation préalable de deux mois, avec deux ateliers publics et une consultation en ligne."),
             {PD}),
        page(dig + "/consultation/vos-contributions", "Consultation : vos contributions", m.capco_step_nav("digue-promenade", [
            (dig + "/presentation/presentation", "Présentation"), (dig + "/consultation/vos-contributions", "Consultation")],
            dig + "/consultation/vos-contributions")
             + m.prose("Proposez vos idées pour la digue, soutenez celles des autres.")
             + m.capco_proposals([(3101, dig + "/consultation/vos-contributions/proposals/des-abris-contre-le-vent", "Des abris contre le vent",
                                   "Des brise-vent vitrés tous les 200 mètres.", 41, 6)],
                                 new_href=dig + "/consultation/vos-contributions/new"), {SC}),
        page(dig + "/consultation/vos-contributions/new", "Déposer une contribution", m.capco_proposal_form(
            dig + "/consultation/vos-contributions/new", ["Promenade", "Accès à la plage", "Commerces", "Protection contre la mer"]), {SC}),
        page(dig + "/consultation/vos-contributions/proposals/des-abris-contre-le-vent", "Des abris contre le vent", m.prose(
            "Le vent de nord-ouest rend la promenade difficile d'octobre à avril.")
             + '<section class="opinion__comments" id="comments-section"><h2>6 commentaires</h2><form class="comment-form" action="/comments" method="post">'
               '<label for="comment-body">Votre commentaire</label><textarea id="comment-body" name="body" rows="3"></textarea>'
               '<button type="submit" class="btn btn-primary">Commenter</button></form></section>', {"comments", SC}),
        page(dig + "/questionnaire/votre-usage-de-la-digue", "Questionnaire : votre usage de la digue", m.capco_questionnaire(
            dig + "/questionnaire/votre-usage-de-la-digue", [
                ("Habitez-vous la commune ?", ["Oui", "Non, je suis résident secondaire", "Non, je suis de passage"]),
                ("Que venez-vous faire sur la digue ?", ["Promenade", "Sport", "Commerces", "Accès plage"]),
                ("Une remarque ?", None)]), {"poll"}),
        page(bp + "/collect/depot-des-projets", "Budget participatif de l'agglo : déposez vos projets", m.prose(
            "500 000 euros pour des projets d'habitants des 14 communes de l'agglomération. Dépôt jusqu'au 30 avril, vote en septembre.")
             + m.capco_proposals([(4201, bp + "/collect/depot-des-projets/proposals/ganivelles-dunes-nord", "Des ganivelles pour les dunes nord",
                                   "Protéger le cordon dunaire du piétinement.", 0, 2)], new_href=bp + "/collect/depot-des-projets/new"), {PB, SC}),
        page(bp + "/collect/depot-des-projets/new", "Déposer un projet", m.capco_proposal_form(
            bp + "/collect/depot-des-projets/new", ["Environnement", "Sport et loisirs", "Mobilités", "Solidarité"]), {PB, SC}),
        page(bp + "/collect/depot-des-projets/proposals/ganivelles-dunes-nord", "Des ganivelles pour les dunes nord", m.prose(
            "Installer 800 mètres de ganivelles en châtaignier et des panneaux pédagogiques. Coût estimé : 24 000 euros."), {PB}),
        page("/project/tri-des-biodechets/questionnaire/questionnaire-2024", "Tri des biodéchets : questionnaire 2024", m.prose(
            "Ce questionnaire est terminé. 1 304 personnes ont répondu ; la synthèse est disponible en téléchargement.")
             + m.poll_results("Utiliseriez-vous un composteur de quartier ?", [("Oui", 58, 756), ("Non", 42, 548)], "Questionnaire clos."),
             decoys={"poll"}),
    ]
    capco = Site(cap_host, "capcollectif", "Côte des Oyats participe", cap_pages,
                 menu=[("Accueil", "/"), ("Projets", dig + "/presentation/presentation")],
                 features=frozenset({PF}), platforms=frozenset({"capcollectif"}))
    return City("99443", "Grandmarais-les-Bains", 15_600, "62", "32", "Hauts-de-France", f"http://{host}/", [www, capco])


# ---- 99444 Port-Lauzières (Charente-Maritime): vendor CMS, a right of petition, Publik ---------------

def port_lauzieres() -> City:
    host, pub_host = "www.port-lauzieres.fr", "demarches.port-lauzieres.fr"
    pub = f"http://{pub_host}"
    news = [
        ("/ma-ville/petitions/quai-des-chalutiers", "Pétition : un abri pour le marché du quai", "20 février 2026", "Déjà 412 signatures."),
        ("/actualites/frequentation-touristique", "Fréquentation touristique : l'office enquête", "2 février 2026", "Des enquêteurs sur le port cet été."),
        ("/actualites/petition-nationale-peche", "Pêche artisanale : une pétition nationale", "24 janvier 2026", "Le conseil municipal apporte son soutien."),
        ("/marches-publics", "Marchés publics : consultation pour le ponton d'accueil", "10 janvier 2026", "Date limite : 13 mars."),
    ]
    pages = [
        page("/", "Accueil", m.home(
            "Port-Lauzières, 28 900 habitants, port ostréicole et de plaisance face à l'île. La ville vous accueille.",
            [("/ma-ville/participation-citoyenne", "Participation citoyenne"), ("/ma-ville/droit-de-petition", "Droit de pétition"),
             ("/ma-ville/conseils-citoyens", "Conseils citoyens"), ("/ma-ville/petitions/cloturees", "Pétitions clôturées"),
             ("/actualites/enquete-insee", "Enquête Insee"), ("/marches-publics", "Marchés publics"),
             (pub + "/", "Démarches en ligne"), ("/contact", "Nous contacter"), ("/plan-du-site", "Plan du site"),
             ("/office-de-tourisme", "Office de tourisme")],
            news, [("7 mars", "Conseil citoyen de la Pointe", "Centre social"), ("12 avril", "Fête de l'huître", "Port")])),
        page("/ma-ville/participation-citoyenne", "Participation citoyenne", m.prose(
            "La Ville a fait de la participation des habitants un principe d'action : conseils citoyens dans les quartiers, "
            "réunions publiques, droit de pétition local inscrit au règlement intérieur du conseil municipal.",
            "Chaque année, un rapport de la participation est présenté en séance publique.")
             + m.link_list([("/ma-ville/droit-de-petition", "Le droit de pétition"), ("/ma-ville/conseils-citoyens", "Les conseils citoyens")]), {PD}),
        page("/ma-ville/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers de la Pointe et des Salines, les conseils citoyens associent habitants tirés au sort et acteurs "
            "locaux au contrat de ville.",
            "Ils participent aux comités de pilotage et disposent d'un local au centre social."), {PD}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne")),
        page("/ma-ville/droit-de-petition", "Le droit de pétition", m.prose(
            "Toute personne de plus de 16 ans domiciliée à Port-Lauzières peut lancer une pétition sur une question relevant de la commune.",
            "Une pétition qui réunit 600 signatures en trois mois est inscrite à l'ordre du jour du conseil municipal.",
            f"<a href=\"{pub}/deposer-une-petition/\">Déposer une pétition</a>")
             + m.link_list([("/ma-ville/petitions/quai-des-chalutiers", "Un abri pour le marché du quai des Chalutiers (en cours)"),
                            ("/ma-ville/petitions/cloturees", "Les pétitions clôturées")], "Pétitions"),
             {"petition", PD}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne")),
        page("/ma-ville/petitions/quai-des-chalutiers", "Pétition : un abri pour le marché du quai des Chalutiers", m.prose(
            "Lancée par l'association des commerçants du marché : « Nous demandons une halle légère pour abriter le marché du dimanche "
            "sur le quai des Chalutiers. »")
             + m.petition_sign("/ma-ville/petitions/quai-des-chalutiers", "Un abri pour le marché du quai des Chalutiers", 412, 600, "30 avril 2026"),
             {"petition"}, parent=("Le droit de pétition", "/ma-ville/droit-de-petition")),
        page("/ma-ville/petitions/cloturees", "Pétitions clôturées", m.prose(
            "2025 – « Pour une piste cyclable vers la plage de la Conche » : 684 signatures, débattue au conseil du 22 septembre 2025.",
            "2024 – « Maintien du bureau de poste du port » : 317 signatures, seuil non atteint.",
            "Ces pétitions ne peuvent plus être signées."), decoys={"petition"}, parent=("Le droit de pétition", "/ma-ville/droit-de-petition")),
        page("/actualites/petition-nationale-peche", "Pêche artisanale : une pétition nationale", m.prose(
            "Les comités des pêches ont lancé une pétition nationale adressée au Gouvernement sur les quotas de la pêche côtière.",
            "Le conseil municipal a adopté un vœu de soutien aux pêcheurs du port. La pétition est portée par les organisations "
            "professionnelles, pas par la commune."), decoys={"petition"}),
        # a tourist office's visitor survey: face to face with visitors, nothing to answer online
        page("/actualites/frequentation-touristique", "Fréquentation touristique : l'office enquête", m.prose(
            "Cet été, des enquêteurs de l'office de tourisme interrogeront les visiteurs sur le port et au marché : provenance, "
            "durée du séjour, dépenses.",
            "Les résultats de l'enquête de l'an dernier : 38 % des visiteurs viennent de Nouvelle-Aquitaine, séjour moyen 5,2 nuits."),
             decoys={"poll"}),
        page("/actualites/enquete-insee", "Enquête de l'Insee sur le cadre de vie", m.prose(
            "L'Insee réalise une enquête statistique sur le cadre de vie et la sécurité. Quelques ménages de la commune seront "
            "contactés par un enquêteur muni d'une carte officielle.",
            "Merci de lui réserver un bon accueil."), decoys={"poll"}),
        page("/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : fourniture et pose d'un ponton d'accueil pour le port de plaisance. "
            "Procédure adaptée, date limite de remise des offres : 13 mars, 12 h.",
            "Le dossier de consultation des entreprises est disponible sur le profil acheteur."), decoys={SC}),
        page("/office-de-tourisme", "Office de tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille quai Duquesne, tous les jours en saison.",
            "Suivez ses bons plans sur <a href=\"https://www.instagram.com/otlauzieres_iles\">Instagram</a> et "
            "<a href=\"https://www.facebook.com/OfficeTourismeLauzieresIles\">Facebook</a>.")),
        page("/contact", "Nous contacter", m.prose(
            "Pour écrire à la mairie, utilisez notre formulaire en ligne sur le portail des démarches.",
            f"<a href=\"{pub}/contacter-la-mairie/\">Écrire à la mairie</a>",
            "Accueil : 8 h 30 - 12 h et 13 h 30 - 17 h 30.")),
    ]
    www = Site(host, "vendor", "Ville de Port-Lauzières", _with_sitemap(pages),
               menu=[("Ma ville", "/ma-ville/participation-citoyenne"), ("Démarches", pub + "/"), ("Actualités", "/actualites/enquete-insee"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "PortLauzieres"), social("x", "PortLauzieres"), social("youtube", "villedeportlauzieres")],
               address="Hôtel de ville, 3 quai Duquesne, 17000 Port-Lauzières")
    pub_pages = [
        page("/", "Démarches en ligne", m.prose("Vos démarches auprès de la Ville de Port-Lauzières, 24 h sur 24.")
             + m.link_list([("/contacter-la-mairie/", "Contacter la mairie"), ("/deposer-une-petition/", "Déposer une pétition"),
                            ("/ecole-de-voile/", "Inscription à l'école municipale de voile"), ("/payer-la-cantine/", "Payer la cantine")], "Démarches")),
        page("/contacter-la-mairie/", "Contacter la mairie", m.publik_form("/contacter-la-mairie/", "Votre demande", [
            ("string", "nom", "Nom"), ("email", "courriel", "Courriel"), ("item:Accueil|État civil|Port de plaisance|Urbanisme", "service", "Service"),
            ("text", "message", "Votre message")]), {CF}),
        # a petition filing form on the city's e-services: its free-text petition is written to the city, as a message is
        page("/deposer-une-petition/", "Déposer une pétition", m.prose(
            "Votre pétition sera publiée sur le site de la ville après vérification de sa recevabilité.")
             + m.publik_form("/deposer-une-petition/", "Votre pétition", [
                 ("string", "titre", "Titre de la pétition"), ("text", "texte", "Texte de la pétition"),
                 ("string", "porteur", "Nom du porteur"), ("email", "courriel", "Courriel"),
                 ("bool", "domicile", "Je certifie être domicilié à Port-Lauzières")]), {"petition", CF}),
        page("/ecole-de-voile/", "Inscription à l'école municipale de voile", m.publik_form("/ecole-de-voile/", "Inscription", [
            ("string", "enfant", "Nom et prénom de l'enfant"), ("string", "naissance", "Date de naissance"),
            ("item:Optimist|Catamaran|Planche à voile", "support", "Support"), ("email", "courriel", "Courriel du responsable"),
            ("bool", "natation", "Attestation d'aisance aquatique fournie")]), decoys={CF}),
        page("/payer-la-cantine/", "Payer la cantine", m.payment_form("/payer-la-cantine/", "restauration scolaire", "42,60"), decoys={CF}),
    ]
    publik = Site(pub_host, "publik", "Démarches – Port-Lauzières", pub_pages, menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")],
                  accounts=[social("facebook", "PortLauzieres")], address="Hôtel de ville, 3 quai Duquesne, 17000 Port-Lauzières")
    return City("99444", "Port-Lauzières", 28_900, "17", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, publik],
                decoy_accounts=("https://www.instagram.com/otlauzieres_iles", "https://www.facebook.com/officetourismelauzieresiles"))


# ---- 99445 Ploumarec-Plage (Côtes-d'Armor): WordPress + a neighbours' network ----------------------

def ploumarec() -> City:
    host, net_host = "www.ploumarec-plage.bzh", "voisins.ploumarec-plage.bzh"
    net = f"http://{net_host}"
    news = [
        ("/actualites/port-de-plaisance-votre-avis", "Port de plaisance : votre avis sur les nouveaux pontons", "2 mars 2026", "Questionnaire ouvert jusqu'au 10 avril."),
        ("/actualites/resultats-vote-marche-nocturne", "Marché nocturne : vous avez choisi le jeudi", "20 février 2026", "Résultats de la consultation de l'été."),
        ("/actualites/fete-de-la-coquille", "Fête de la coquille Saint-Jacques", "2 février 2026", "Deux jours de fête sur le port."),
        ("/vivre-ensemble/reseau-de-voisins", "Voisins de Ploumarec : déjà 1 300 inscrits", "15 janvier 2026", "Le réseau d'entraide entre voisins grandit."),
    ]
    pages = [
        page("/", "Accueil", m.home(
            "Ploumarec-Plage, 16 300 habitants, ses criques, son port de plaisance et son sentier des douaniers.",
            [("/vivre-ensemble/reseau-de-voisins", "Voisins de Ploumarec"), ("/vivre-ensemble/conseil-des-sages", "Conseil des sages"),
             ("/vivre-ensemble/conseil-municipal-des-jeunes", "Conseil des jeunes"), ("/vivre-ensemble/participation-citoyenne", "Participation citoyenne (gendarmerie)"),
             ("/vie-municipale/compte-administratif", "Compte administratif"), ("/vie-municipale/ordre-du-jour", "Ordre du jour du conseil"),
             ("/contact", "Contact"), ("/lettre-d-information", "Lettre d'information"), (net + "/", "Le réseau des voisins"),
             ("/plan-du-site", "Plan du site")],
            news, [("14 mars", "Conseil municipal", "Mairie"), ("28 mars", "Grand nettoyage des criques", "Plage du Vallon")], cookie="complianz")),
        # the city's page presenting its own neighbours' network, with the way in: the network's front door
        page("/vivre-ensemble/reseau-de-voisins", "Voisins de Ploumarec, le réseau social de quartier", m.prose(
            "La Ville a ouvert <strong>Voisins de Ploumarec</strong>, un réseau social réservé aux habitants : prêter une échelle, "
            "trouver un covoiturage vers la gare, signaler un chat perdu, organiser la fête de la rue.",
            "Inscription gratuite avec votre adresse, vérifiée par la mairie. Chaque quartier a son fil.",
            f"<a href=\"{net}/\">Rejoindre le réseau</a>"), {TSN}, parent=("Vivre ensemble", "/vivre-ensemble/reseau-de-voisins")),
        page("/vivre-ensemble/participation-citoyenne", "Participation citoyenne avec la gendarmerie", m.prose(
            "Le dispositif de participation citoyenne, conduit par la gendarmerie nationale, associe des habitants volontaires "
            "à la sécurité de leur quartier.",
            "Les référents alertent la brigade de tout fait inhabituel. Ils ne disposent d'aucun pouvoir de police."),
             decoys={PD, TSN}, parent=("Vivre ensemble", "/vivre-ensemble/reseau-de-voisins")),
        page("/vivre-ensemble/conseil-des-sages", "Le conseil des sages", m.prose(
            "Instance consultative, le conseil des sages réunit vingt habitants de plus de 60 ans. Il rend des avis au maire sur "
            "les projets de la commune et mène ses propres études : accessibilité des plages, bancs sur le sentier côtier.",
            "Il se réunit en séance plénière une fois par mois."), {PD}, parent=("Vivre ensemble", "/vivre-ensemble/reseau-de-voisins")),
        page("/vivre-ensemble/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans, 19 jeunes de 10 à 15 ans donnent leur avis et montent des projets : cette année, une journée "
            "de sensibilisation aux déchets marins et un skate-park près du port.",
            "Ils sont consultés par le conseil municipal sur les projets qui concernent la jeunesse."), {PD}),
        page("/actualites/port-de-plaisance-votre-avis", "Port de plaisance : votre avis sur les nouveaux pontons", m.prose(
            "Le port de plaisance va remplacer ses pontons. Plaisanciers, riverains, promeneurs : aidez-nous à définir les priorités.")
             + m.gravity_form(3, "/actualites/port-de-plaisance-votre-avis", "Questionnaire sur le port de plaisance", [
                 ("radio:Plaisancier à l'année|Plaisancier de passage|Riverain|Promeneur", "Vous êtes"),
                 ("radio:Oui|Non|Je ne sais pas", "Faut-il ouvrir un ponton promenade au public ?"),
                 ("select:Sanitaires|Bornes électriques|Éclairage|Accès PMR", "Votre priorité"),
                 ("radio:Très satisfait|Satisfait|Peu satisfait", "Êtes-vous satisfait du port actuel ?")], "Envoyer mes réponses"),
             {"poll"}),
        page("/actualites/resultats-vote-marche-nocturne", "Marché nocturne : vous avez choisi le jeudi", m.prose(
            "La consultation de l'été est terminée. Le marché nocturne aura lieu le jeudi de juillet à août.")
             + m.poll_results("Quel soir pour le marché nocturne ?", [("Mardi", 22, 198), ("Jeudi", 54, 487), ("Samedi", 24, 216)]),
             decoys={"poll"}),
        page("/actualites/fete-de-la-coquille", "Fête de la coquille Saint-Jacques", m.prose(
            "Les 14 et 15 février, le port fête la coquille : criée ouverte, démonstrations de cuisine et concerts.",
            "Navettes gratuites depuis le parking du stade.")
             + m.share_buttons(f"http://{host}/actualites/fete-de-la-coquille", "Fête de la coquille")
             + m.wp_comments([("Soizic", "3 février 2026", "Les navettes passeront-elles par le Vallon ?")], "/wp-comments-post.php", 877),
             {"comments"}),
        page("/vie-municipale/compte-administratif", "Compte administratif 2025", m.prose(
            "Le compte administratif 2025 fait apparaître un excédent de fonctionnement de 1,4 million d'euros.",
            "Le budget primitif 2026 a été voté le 14 décembre ; il prévoit la réfection de la cale du Vallon."), decoys={PB}),
        page("/vie-municipale/ordre-du-jour", "Ordre du jour du conseil municipal", m.prose(
            "Conseil municipal du 14 mars à 18 h 30 : affectation du résultat ; subventions ; tarifs du port ; "
            "désignation d'un représentant au conseil portuaire ; questions diverses."), decoys={PD}),
        page("/contact", "Contact", m.prose("Mairie de Ploumarec-Plage, 6 rue du Port.")
             + m.gravity_form(1, "/contact", "Écrire à la mairie", [
                 ("text", "Nom"), ("email", "E-mail"), ("select:Accueil|Urbanisme|Port|Plages|Autre", "Service"), ("textarea", "Message")]),
             {CF}),
        page("/lettre-d-information", "Lettre d'information", m.newsletter_simple("/lettre-d-information", "L'Écho de Ploumarec"), decoys={CF}),
    ]
    www = Site(host, "wordpress", "Ploumarec-Plage", _with_sitemap(pages),
               menu=[("Vivre ensemble", "/vivre-ensemble/reseau-de-voisins"), ("Vie municipale", "/vie-municipale/ordre-du-jour"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "PloumarecPlage"), social("mastodon", "ploumarec@piaille.fr")],
               address="Mairie, 6 rue du Port, 22000 Ploumarec-Plage")
    net_pages = [
        page("/", "Accueil", m.prose("Le réseau social des habitants de Ploumarec-Plage : entraide, prêts, événements de quartier.")
             + m.link_list([("/quartiers/le-vallon", "Le Vallon"), ("/quartiers/le-port", "Le Port"), ("/entraide", "Entraide"),
                            ("/evenements", "Événements")], "Les quartiers")
             + m.community_feed([("entraide", "Morgane", "Le Port", "Quelqu'un aurait une remorque à prêter samedi ?", 3),
                                 ("evenement", "Association des riverains", "Le Vallon", "Fête de la rue le 20 juin, apportez vos tables !", 8)])),
        page("/quartiers/le-vallon", "Quartier du Vallon", m.community_feed([
            ("alerte", "Jean-Yves", "Le Vallon", "Coupure d'eau prévue mardi matin rue des Goélands.", 2),
            ("don", "Clémence", "Le Vallon", "Je donne des plants de tomates, à récupérer devant chez moi.", 5)])),
        page("/quartiers/le-port", "Quartier du Port", m.community_feed([
            ("entraide", "Patrick", "Le Port", "Besoin d'un coup de main pour sortir mon annexe de l'eau dimanche.", 4)])),
        page("/entraide", "Entraide", m.community_feed([
            ("entraide", "Annick", "Kerlouan", "Je peux accompagner une personne âgée au marché le mercredi.", 1)])),
        page("/evenements", "Événements", m.community_feed([
            ("evenement", "Les amis du sentier", "Toute la commune", "Balade botanique sur le sentier des douaniers le 12 avril.", 6)])),
    ]
    network = Site(net_host, "community", "Voisins de Ploumarec", net_pages, menu=[("Accueil", "/"), ("Entraide", "/entraide")],
                   features=frozenset({TSN}))
    return City("99445", "Ploumarec-Plage", 16_300, "22", "53", "Bretagne", f"http://{host}/", [www, network])


# ---- 99446 Audresques-sur-Mer (Nord): Drupal + a city-run Discourse forum --------------------------

def audresques() -> City:
    host, forum_host = "www.audresques-sur-mer.fr", "forum.audresques-sur-mer.fr"
    forum = f"http://{forum_host}"
    news = [
        ("/actualites/brise-lames-les-travaux-commencent", "Brise-lames : les travaux commencent", "5 mars 2026", "Huit mois de chantier sur la plage Est."),
        ("/actualites/forum-des-associations", "Forum des associations", "1er mars 2026", "Samedi 12 septembre au complexe sportif."),
        ("/actualites/debat-public-port-methanier", "Extension du port : débat public", "20 février 2026", "Le grand port maritime présente son projet."),
        ("/actualites/plu-enquete-publique", "PLU : ouverture de l'enquête publique", "5 février 2026", "Du 2 au 31 mars."),
    ]
    pages = [
        page("/", "Accueil", m.home(
            "Audresques-sur-Mer, 24 700 habitants, entre dunes flamandes et grand port maritime.",
            [("/participation/agora", "L'Agora des Audresquois"), ("/participation/comites-d-habitants", "Comités d'habitants"),
             ("/participation/conseil-citoyen-du-littoral", "Conseil citoyen du littoral"), (forum + "/", "Le forum"),
             ("/vie-municipale/conseil-municipal", "Conseil municipal"), ("/vie-municipale/budget", "Budget"),
             ("/contact", "Contact"), ("/newsletter", "Newsletter"), ("/plan-du-site", "Plan du site"),
             ("/actualites/appel-a-candidatures-sauveteurs", "Recrutement sauveteurs")],
            news, [("12 mars", "Réunion du comité d'habitants Dunes", "Salle Jean-Bart"), ("2 mars", "Ouverture de l'enquête publique PLU", "Mairie")],
            cookie="eu")),
        # presents the approach and describes the forum, which lives on its own host
        page("/participation/agora", "L'Agora des Audresquois", m.prose(
            "L'Agora est l'espace de dialogue entre la ville et ses habitants. Elle regroupe les comités d'habitants, le conseil "
            "citoyen du littoral et un forum de discussion en ligne modéré par la mairie.",
            f"Sur le <a href=\"{forum}/\">forum de l'Agora</a>, chacun peut ouvrir une discussion sur la vie de la commune, la plage, "
            "les transports ou le port, et les élus y répondent.")
             + m.link_list([("/participation/comites-d-habitants", "Comités d'habitants"), ("/participation/conseil-citoyen-du-littoral", "Conseil citoyen du littoral")]),
             {PD}, decoys={"forum"}),
        page("/participation/comites-d-habitants", "Les comités d'habitants", m.prose(
            "Cinq comités d'habitants couvrent la commune. Ouverts à tous, ils se réunissent au moins trois fois par an en présence "
            "de l'adjoint à la démocratie locale et font remonter les demandes des quartiers."), {PD}, parent=("L'Agora", "/participation/agora")),
        page("/participation/conseil-citoyen-du-littoral", "Le conseil citoyen du littoral", m.prose(
            "Créé après les tempêtes de 2024, le conseil citoyen du littoral réunit 24 habitants tirés au sort, des scientifiques et des "
            "associations. Il est associé à la stratégie locale de gestion du trait de côte.",
            "Ses avis sont publiés et la municipalité y répond par écrit."), {PD}, parent=("L'Agora", "/participation/agora")),
        page("/actualites/brise-lames-les-travaux-commencent", "Brise-lames : les travaux commencent", m.prose(
            "Le chantier de renforcement des brise-lames de la plage Est débute le 16 mars pour huit mois.",
            "L'accès à la plage est maintenu par le poste de secours n°2.")
             + m.disqus("audresques-sur-mer", "node-884", f"http://{host}/actualites/brise-lames-les-travaux-commencent"),
             {"comments"}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations réunit chaque année plus de 80 associations sportives, culturelles et solidaires.",
            "Samedi 12 septembre, de 10 h à 18 h, complexe sportif Jean-Bart."), decoys={"forum"}),
        page("/actualites/debat-public-port-methanier", "Extension du port : débat public", m.prose(
            "Le grand port maritime porte un projet d'extension de son terminal. Un débat public, organisé sous l'égide de la "
            "Commission nationale du débat public, se tient d'avril à juillet.",
            "La commune, comme chaque habitant, pourra y déposer un cahier d'acteur."), decoys={PD}),
        page("/actualites/plu-enquete-publique", "PLU : ouverture de l'enquête publique", m.prose(
            "L'enquête publique sur la révision du plan local d'urbanisme se tient du 2 au 31 mars. Le commissaire enquêteur "
            "recevra le public en mairie les 2, 14 et 31 mars.",
            "Les observations peuvent être consignées sur le registre ou adressées par courrier au commissaire enquêteur."),
             decoys={PD, SC}),
        page("/actualites/appel-a-candidatures-sauveteurs", "Appel à candidatures : sauveteurs saisonniers", m.prose(
            "La Ville recrute 18 sauveteurs pour la surveillance des plages en juillet et août. BNSSA exigé.",
            "Candidatures (CV et lettre) avant le 30 avril à la direction des ressources humaines."), decoys={SC}),
        page("/actualites/nettoyage-de-printemps", "Nettoyage de printemps des dunes", m.prose(
            "Bilan du nettoyage du 8 mars : 340 kg de déchets ramassés par 120 bénévoles.") + m.prose(
            "<em>Les commentaires sont désactivés pour cet article.</em>"), decoys={"comments"}),
        page("/vie-municipale/conseil-municipal", "Conseil municipal", m.prose(
            "Les 33 conseillers municipaux se réunissent environ six fois par an. Prochaine séance le 26 mars : "
            "budget primitif, garantie d'emprunt, dénomination de voies."), decoys={PD}),
        page("/vie-municipale/budget", "Budget", m.prose(
            "Budget primitif 2026 : 34 millions d'euros. Zoom sur l'investissement : 3,2 millions pour la protection du littoral."),
             decoys={PB}),
        page("/contact", "Contact", m.prose("Hôtel de ville, place de la Marine.") + m.drupal_webform("contact", "/contact", [
            ("textfield", "name", "Votre nom"), ("email", "email", "Votre courriel"), ("textfield", "subject", "Objet"),
            ("textarea", "message", "Message")], "Envoyer le message"), {CF}),
        page("/newsletter", "Newsletter", m.newsletter_simple("/newsletter", "Audresques Infos"), decoys={CF}),
    ]
    www = Site(host, "drupal", "Audresques-sur-Mer", _with_sitemap(pages),
               menu=[("Participation", "/participation/agora"), ("Forum", forum + "/"), ("Vie municipale", "/vie-municipale/conseil-municipal"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "AudresquesSurMer"), social("instagram", "audresques_sur_mer"), social("linkedin", "ville-d-audresques-sur-mer")],
               address="Hôtel de ville, place de la Marine, 59000 Audresques-sur-Mer")
    topics = [("/t/stationnement-le-long-de-la-digue/112", "Stationnement le long de la digue", "/c/front-de-mer/5", "Front de mer", 14, 402),
              ("/t/horaires-du-bus-vers-la-plage-est/118", "Horaires du bus vers la plage Est", "/c/transports/7", "Transports", 6, 188),
              ("/t/ou-en-est-le-projet-de-skate-park/121", "Où en est le projet de skate-park ?", "/c/quartiers/3", "Quartiers", 9, 251)]
    forum_pages = [
        page("/", "Dernières discussions", m.prose("Bienvenue sur le forum de l'Agora des Audresquois. Soyez courtois.")
             + m.discourse_topic_list(topics) + m.link_list([("/c/front-de-mer/5", "Front de mer"), ("/c/transports/7", "Transports"),
                                                              ("/c/quartiers/3", "Quartiers")], "Catégories")),
        page("/c/front-de-mer/5", "Front de mer", m.discourse_topic_list(topics[:1])),
        page("/c/transports/7", "Transports", m.discourse_topic_list(topics[1:2])),
        page("/c/quartiers/3", "Quartiers", m.discourse_topic_list(topics[2:])),
        page("/t/stationnement-le-long-de-la-digue/112", "Stationnement le long de la digue", m.discourse_topic([
            ("fabrice59", "4 mars 2026", "Depuis les travaux, impossible de se garer près de la digue le week-end. Des solutions ?"),
            ("Mairie_Audresques", "5 mars 2026", "Le parking des Dunes reste gratuit pendant toute la durée du chantier."),
            ("nathalie_d", "5 mars 2026", "Merci, mais il manque un cheminement éclairé depuis ce parking.")], 112)),
        page("/t/horaires-du-bus-vers-la-plage-est/118", "Horaires du bus vers la plage Est", m.discourse_topic([
            ("lucas", "1er mars 2026", "Le bus de 18 h ne passe plus par la plage Est ?"),
            ("agnes_v", "2 mars 2026", "Il est dévié pendant les travaux, arrêt provisoire rue de Calais.")], 118)),
        page("/t/ou-en-est-le-projet-de-skate-park/121", "Où en est le projet de skate-park ?", m.discourse_topic([
            ("tom_ride", "27 février 2026", "Le comité d'habitants en parlait l'an dernier, des nouvelles ?"),
            ("Mairie_Audresques", "28 février 2026", "L'étude de localisation est terminée, présentation au comité de mars.")], 121)),
    ]
    board = Site(forum_host, "discourse", "Forum de l'Agora des Audresquois", forum_pages,
                 menu=[("Dernières", "/"), ("Catégories", "/c/front-de-mer/5")], features=frozenset({"forum"}))
    return City("99446", "Audresques-sur-Mer", 24_700, "59", "32", "Hauts-de-France", f"http://{host}/", [www, board])


# ---- 99447 Gravemont-sur-Mer (Seine-Maritime): vendor CMS + the agglomeration's Go Vocal ---------------

def gravemont() -> City:
    host, gv_host = "www.gravemont-sur-mer.fr", "caux-maritime.govocal.com"
    gv = f"http://{gv_host}"
    bpp = "/fr-FR/projects/budget-participatif-2026"
    news = [
        ("/actualites/budget-participatif-depot-ouvert", "Budget participatif : le dépôt est ouvert", "9 mars 2026", "Jusqu'au 30 avril sur la plateforme."),
        ("/actualites/resultats-consultation-bassin", "Bassin du Roy : les résultats", "18 février 2026", "Synthèse de la consultation 2025."),
        ("/actualites/appel-a-candidatures-conseil-de-developpement", "Conseil de développement : appel à candidatures", "2 février 2026", "L'agglo recrute ses membres."),
        ("/actualites/traversee-a-la-nage", "Traversée du port à la nage", "20 janvier 2026", "Inscriptions ouvertes."),
    ]
    pages = [
        page("/", "Accueil", m.home(
            "Gravemont-sur-Mer, 31 200 habitants, port de pêche, falaises et galets. Bienvenue sur le site officiel de la ville.",
            [("/participer", "Participer"), ("/participer/budget-participatif", "Budget participatif"),
             ("/participer/budget-participatif/edition-2024", "Édition 2024"), ("/participer/conseils-de-quartier", "Conseils de quartier"),
             ("/participer/questionnaire-plages", "Questionnaire plages"), ("/ville/budget-primitif", "Budget primitif"),
             ("/ville/deliberations", "Délibérations"), ("/contact", "Contact"), ("/plan-du-site", "Plan du site"), (gv + "/", "Caux Maritime participe")],
            news, [("19 mars", "Conseil de quartier des Falaises", "École Pasteur"), ("5 juil.", "Traversée du port à la nage", "Avant-port")])),
        # a generic heading "Participer" over the city's whole approach
        page("/participer", "Participer", m.prose(
            "Donner son avis, proposer, décider : la ville de Gravemont-sur-Mer et l'agglomération Caux Maritime vous associent "
            "aux projets du territoire.",
            "Conseils de quartier, budget participatif, questionnaires et concertations sur l'avenir du bassin du Roy.")
             + m.link_list([("/participer/budget-participatif", "Le budget participatif"), ("/participer/conseils-de-quartier", "Les conseils de quartier"),
                            ("/participer/questionnaire-plages", "Questionnaire sur les plages")]), {PD}),
        page("/participer/budget-participatif", "Le budget participatif", m.prose(
            "Avec l'agglomération Caux Maritime, Gravemont consacre 200 000 euros par an à des projets proposés et choisis par les "
            "habitants de plus de 12 ans.",
            f"Dépôt des projets jusqu'au 30 avril sur la plateforme <a href=\"{gv}{bpp}\">Caux Maritime participe</a>, vote en juin.")
             + m.link_list([("/participer/budget-participatif/edition-2024", "Les projets lauréats 2024")]), {PB},
             parent=("Participer", "/participer")),
        # a past edition: the list of winners of the city's running budget
        page("/participer/budget-participatif/edition-2024", "Budget participatif : l'édition 2024", m.prose(
            "2 480 votants ont désigné six projets : un abri pour les pêcheurs à pied, la réfection de l'escalier de la falaise, "
            "des cendriers de plage, un terrain de beach-volley, des jeux au square des Terre-Neuvas, une boîte à dons.",
            "Quatre sont réalisés, deux le seront au printemps."), {PB}, parent=("Le budget participatif", "/participer/budget-participatif")),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier : les Falaises, le Port, le Val, la Ville haute. Leurs membres, volontaires, sont "
            "renouvelés tous les trois ans ; ils sont consultés sur les aménagements de proximité."), {PD}, parent=("Participer", "/participer")),
        page("/participer/questionnaire-plages", "Questionnaire sur les plages", m.prose(
            "Propreté, sécurité, accès : dites-nous ce que vous pensez des plages de Gravemont. Le questionnaire, hébergé sur la "
            "plateforme de l'agglomération, est ouvert jusqu'au 15 mai.")
             + m.iframe_embed(gv + "/fr-FR/projects/nos-plages/survey", "Questionnaire sur les plages de Gravemont"),
             {"poll"}, parent=("Participer", "/participer")),
        # a news item wholly about the open budget: it invites residents to propose their projects
        page("/actualites/budget-participatif-depot-ouvert", "Budget participatif : le dépôt est ouvert", m.prose(
            "Vous avez jusqu'au 30 avril pour proposer vos projets pour la ville.",
            "Rendez-vous sur la plateforme de l'agglomération, rubrique budget participatif.")
             + m.share_buttons(f"http://{host}/actualites/budget-participatif-depot-ouvert", "Budget participatif"), {PB, SC}),
        page("/actualites/resultats-consultation-bassin", "Bassin du Roy : les résultats de la consultation", m.prose(
            "Merci aux 930 participants de la consultation de l'automne sur l'avenir du bassin du Roy.")
             + m.poll_results("Quel usage prioritaire pour le bassin du Roy ?", [("Plaisance", 31, 288), ("Promenade et loisirs", 47, 437), ("Pêche", 22, 205)],
                              "La consultation est terminée."), decoys={"poll"}),
        page("/actualites/appel-a-candidatures-conseil-de-developpement", "Conseil de développement : appel à candidatures", m.prose(
            "L'agglomération renouvelle son conseil de développement. Les personnes intéressées envoient une lettre de motivation "
            "avant le 15 mars ; un tirage au sort complète la composition.",
            "Le conseil rend des avis sur le projet de territoire."), decoys={SC}),
        page("/actualites/traversee-a-la-nage", "Traversée du port à la nage", m.prose("Dimanche 5 juillet, 1,2 km dans l'avant-port.")
             + m.registration_form("/actualites/traversee-a-la-nage", "Traversée du port", ["Individuel", "Relais", "Jeunes 12-15 ans"]),
             decoys={CF}),
        page("/ville/budget-primitif", "Budget primitif 2026", m.prose(
            "Le budget primitif, voté le 15 décembre, s'élève à 44,8 millions d'euros. Principaux investissements : la digue "
            "promenade, le groupe scolaire du Val, la rénovation de la criée."), decoys={PB}),
        page("/ville/deliberations", "Délibérations du conseil municipal", m.prose(
            "Séance du 15 décembre : budget primitif ; décision modificative n°3 ; subvention à la SNSM ; convention avec l'agglomération "
            "pour le budget participatif."), decoys={PD, PB}),
        page("/contact", "Contact", m.prose("Hôtel de ville, 1 place du Général-de-Gaulle.") + m.vendor_contact("/contact"), {CF}),
    ]
    www = Site(host, "vendor", "Ville de Gravemont-sur-Mer", _with_sitemap(pages),
               menu=[("Participer", "/participer"), ("La ville", "/ville/budget-primitif"), ("Contact", "/contact")],
               accounts=[social("facebook", "gravemontsurmer"), social("instagram", "gravemont_sur_mer"), social("tiktok", "gravemontsurmer")],
               address="Hôtel de ville, 1 place du Général-de-Gaulle, 76000 Gravemont-sur-Mer")
    gv_pages = [
        page("/", "Caux Maritime participe", m.prose("La plateforme de participation de l'agglomération Caux Maritime et de ses communes.")
             + m.link_list([(bpp, "Budget participatif 2026"), ("/fr-FR/projects/nos-plages", "Nos plages"),
                            ("/fr-FR/projects/avenir-du-bassin-du-roy", "L'avenir du bassin du Roy (terminé)")], "Projets")),
        page(bpp, "Budget participatif 2026", m.prose(
            "Proposez un projet d'investissement pour votre commune : jusqu'à 50 000 euros par projet. Dépôt jusqu'au 30 avril, vote en juin.")
             + f'<a class="e2e-idea-button" href="{bpp}/ideas/new">Déposer un projet</a>'
             + m.govocal_card_list([("/fr-FR/ideas/un-kiosque-sur-la-jetee", "Un kiosque abrité sur la jetée", 37, 5),
                                    ("/fr-FR/ideas/des-poubelles-de-tri-sur-la-plage", "Des poubelles de tri sur la plage", 22, 2)]), {PB}),
        page(bpp + "/ideas/new", "Déposer un projet", m.govocal_idea_form("/web_api/v1/ideas"), {PB, SC}),
        page("/fr-FR/ideas/un-kiosque-sur-la-jetee", "Un kiosque abrité sur la jetée", m.prose(
            "Un abri ouvert avec des bancs au bout de la jetée, pour regarder les bateaux rentrer même par temps de pluie.")
             + m.govocal_comments([("Hélène", "12 mars 2026", "Très bonne idée, avec une table d'orientation ?"),
                                   ("Bruno", "13 mars 2026", "Attention aux paquets de mer l'hiver.")], "7f3c1a"),
             {PB, "comments"}),
        page("/fr-FR/ideas/des-poubelles-de-tri-sur-la-plage", "Des poubelles de tri sur la plage", m.prose(
            "Des bacs de tri au pied de chaque escalier d'accès aux galets."), {PB}),
        page("/fr-FR/projects/nos-plages", "Nos plages", m.prose(
            "La ville de Gravemont-sur-Mer prépare son plan plages 2027. Donnez votre avis avant le 15 mai.")
             + m.link_list([("/fr-FR/projects/nos-plages/survey", "Répondre au questionnaire")]), {PD}),
        page("/fr-FR/projects/nos-plages/survey", "Questionnaire : nos plages", m.govocal_survey("/web_api/v1/projects/nos-plages/survey_responses", [
            ("Quelle plage fréquentez-vous le plus ?", ["Plage du Casino", "Plage des Falaises", "Anse du Val"]),
            ("La propreté des plages est-elle satisfaisante ?", ["Oui", "Plutôt", "Non"]),
            ("Que faudrait-il améliorer ?", None)]), {"poll"}),
        page("/fr-FR/projects/avenir-du-bassin-du-roy", "L'avenir du bassin du Roy", m.prose(
            "Ce projet est terminé. La synthèse des 930 contributions a été présentée en conseil communautaire en février.",
            "Aucune nouvelle contribution n'est possible."), decoys={"poll", SC}),
    ]
    govocal = Site(gv_host, "govocal", "Caux Maritime participe", gv_pages, menu=[("Accueil", "/"), ("Projets", bpp)],
                   features=frozenset({PF}), platforms=frozenset({"govocal"}))
    return City("99447", "Gravemont-sur-Mer", 31_200, "76", "28", "Normandie", f"http://{host}/", [www, govocal])


# ---- 99448 Chaillevert-sur-Mer (Charente-Maritime): Joomla + a Fluicity space ------------------------

def chaillevert() -> City:
    host, fl_host = "www.chaillevert-sur-mer.fr", "chaillevert.flui.city"
    fl = f"http://{fl_host}"
    news = [
        ("/actualites/port-de-plaisance-une-concertation", "Port de plaisance : une concertation sur Fluicity", "1er mars 2026", "Idées et questionnaire jusqu'au 30 avril."),
        ("/actualites/appel-a-idees-marche-couvert-bilan", "Marché couvert : le bilan de l'appel à idées", "12 février 2026", "87 idées reçues."),
        ("/actualites/trophee-des-ecluses", "Trophée des écluses : les inscriptions sont ouvertes", "30 janvier 2026", "Régate de vieux gréements."),
        ("/actualites/sortie-des-bateaux-du-marais", "La sortie des bateaux du marais", "10 janvier 2026", "Un moment fort pour les ostréiculteurs."),
    ]
    pages = [
        page("/", "Accueil", m.home(
            "Chaillevert-sur-Mer, 19 500 habitants, ses claires ostréicoles, son port et ses plages de sable fin.",
            [("/ma-mairie/democratie-participative", "Démocratie participative"), ("/ma-mairie/conseils-de-quartier", "Conseils de quartier"),
             ("/ma-mairie/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"), ("/ma-mairie/budget", "Budget"),
             ("/vie-pratique/reservation-mouillage", "Réserver un mouillage"), ("/vie-pratique/marches-publics", "Marchés publics"),
             ("/actualites/concours-photo-littoral", "Concours photo"), ("/contact", "Contact"), (fl + "/", "Chaillevert participe"),
             ("/plan-du-site", "Plan du site")],
            news, [("20 mars", "Conseil de quartier du Chenal", "Salle des fêtes"), ("16 mai", "Trophée des écluses", "Port")])),
        page("/ma-mairie/democratie-participative", "Démocratie participative", m.prose(
            "La municipalité a engagé une démarche de démocratie participative : conseils de quartier, conseil municipal des jeunes, "
            "ateliers citoyens et une application de participation, <strong>Chaillevert participe</strong>, sur Fluicity.",
            f"Sur <a href=\"{fl}/\">Chaillevert participe</a>, proposez vos idées, répondez aux consultations et suivez les projets.")
             + m.link_list([("/ma-mairie/conseils-de-quartier", "Conseils de quartier"), ("/ma-mairie/conseil-municipal-des-jeunes", "CMJ")]),
             {PD}),
        page("/ma-mairie/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Trois conseils de quartier – le Chenal, la Plage, le Bourg – se réunissent chaque trimestre. Ils sont composés "
            "d'habitants volontaires et d'un élu référent, et peuvent saisir le maire de toute question de quartier."),
             {PD}, parent=("Démocratie participative", "/ma-mairie/democratie-participative")),
        page("/ma-mairie/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Le conseil municipal des jeunes associe 21 collégiens à la vie de la commune. Projet 2026 : une chasse aux déchets "
            "sur l'estran avec l'association de protection du littoral."), {PD}, parent=("Démocratie participative", "/ma-mairie/democratie-participative")),
        # a closed call for ideas: it names the call but no longer invites any idea
        page("/actualites/appel-a-idees-marche-couvert-bilan", "Marché couvert : le bilan de l'appel à idées", m.prose(
            "L'appel à idées sur le réaménagement du marché couvert s'est terminé le 31 janvier. 87 idées ont été reçues ; les "
            "plus fréquentes : des étals de producteurs locaux, un coin restauration, une ouverture le dimanche.",
            "Le cabinet d'architectes en tient compte dans son esquisse, présentée en juin."), decoys={SC}),
        page("/actualites/sortie-des-bateaux-du-marais", "La sortie des bateaux du marais", m.prose(
            "Les plates ostréicoles ont quitté le chenal pour la saison. Un moment fort pour la profession.")
             + m.jcomments(57, [("Marinette", "11/01/2026", "Magnifiques photos, merci !"),
                                ("Jean-Claude", "11/01/2026", "Mon grand-père était parmi eux il y a cinquante ans.")]),
             {"comments"}),
        page("/actualites/trophee-des-ecluses", "Trophée des écluses : les inscriptions sont ouvertes", m.prose(
            "Régate de vieux gréements le 16 mai. Inscription des équipages avant le 30 avril.")
             + m.registration_form("/actualites/trophee-des-ecluses", "Trophée des écluses", ["Vieux gréement", "Plate ostréicole", "Yole"]),
             decoys={CF}),
        page("/actualites/port-de-plaisance-une-concertation", "Port de plaisance : une concertation sur Fluicity", m.prose(
            "La commune ouvre une concertation sur le réaménagement du port de plaisance. Proposez vos idées et répondez au "
            f"questionnaire sur <a href=\"{fl}/projects/reamenagement-du-port-de-plaisance\">Chaillevert participe</a> jusqu'au 30 avril."),
             decoys={PF}),
        page("/actualites/concours-photo-littoral", "Concours photo « Littoral »", m.prose(
            "La commune organise un concours photo ouvert aux amateurs sur le thème du littoral. Trois photos par personne, envoi avant le 15 avril.",
            "À gagner : des baptêmes en vieux gréement."), decoys={SC}),
        page("/actualites/vote-du-nom-de-la-passerelle", "Le nom de la passerelle : résultat du vote", m.prose(
            "Le vote est clos. La passerelle du chenal s'appellera « Passerelle des Parqueuses ».")
             + m.poll_results("Quel nom pour la passerelle du chenal ?", [("Passerelle des Parqueuses", 48, 611),
                                                                         ("Passerelle de l'Estran", 33, 420), ("Passerelle du Moulin", 19, 242)]),
             decoys={"poll"}),
        page("/vie-pratique/reservation-mouillage", "Réserver un mouillage", m.booking_form(
            "/vie-pratique/reservation-mouillage", "mouillage visiteur au port", ["1 nuit", "2 à 6 nuits", "1 semaine ou plus"]),
             decoys={CF}),
        page("/vie-pratique/marches-publics", "Marchés publics", m.prose(
            "Appel d'offres ouvert : travaux de dragage du chenal, lot unique. Remise des offres avant le 20 mars.",
            "Appel à candidatures : occupation temporaire du domaine public pour deux paillotes de plage, saison 2026."), decoys={SC}),
        page("/ma-mairie/budget", "Budget communal", m.prose(
            "Budget primitif 2026 : 24,3 millions d'euros. Le compte administratif 2025 est consultable en mairie.",
            "Le conseil municipal a voté le 11 mars les taux d'imposition, inchangés."), decoys={PB}),
        page("/contact", "Contact", m.prose("Mairie de Chaillevert-sur-Mer, 2 rue de l'Église.") + m.joomla_contact("/contact", 2), {CF}),
    ]
    www = Site(host, "joomla", "Chaillevert-sur-Mer", _with_sitemap(pages),
               menu=[("Ma mairie", "/ma-mairie/democratie-participative"), ("Vie pratique", "/vie-pratique/reservation-mouillage"),
                     ("Participer", fl + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "ChaillevertSurMer"), social("instagram", "chaillevert_sur_mer")],
               address="Mairie, 2 rue de l'Église, 17000 Chaillevert-sur-Mer")
    proj = "/projects/reamenagement-du-port-de-plaisance"
    fl_pages = [
        page("/", "Chaillevert participe", m.prose("L'espace de participation de la commune de Chaillevert-sur-Mer.")
             + m.link_list([(proj, "Réaménagement du port de plaisance"), ("/ideas", "Les idées des habitants"),
                            ("/surveys/usages-du-port", "Questionnaire : vos usages du port"), ("/ideas/new", "Partager une idée")], "À la une")),
        page(proj, "Réaménagement du port de plaisance", m.prose(
            "Les pontons ont 40 ans, la capitainerie est trop petite. La commune engage la rénovation du port et vous consulte "
            "d'ici au 30 avril : idées, questionnaire, puis atelier public en mai.")
             + m.link_list([("/ideas", "Voir les idées"), ("/surveys/usages-du-port", "Répondre au questionnaire")]), {PD}),
        page("/ideas", "Les idées des habitants", m.fluicity_cards("idea", [
            ("/ideas/4412-une-cale-de-mise-a-l-eau-pour-les-kayaks", "Une cale de mise à l'eau pour les kayaks", 58, 9),
            ("/ideas/4419-des-bornes-de-recharge-pour-bateaux-electriques", "Des bornes de recharge pour bateaux électriques", 21, 3)])
             + '<a class="fl-button fl-button--primary" href="/ideas/new">Partager une idée</a>', {SC}),
        page("/ideas/new", "Partager une idée", m.fluicity_idea_form("/ideas"), {SC, CF}),
        page("/ideas/4412-une-cale-de-mise-a-l-eau-pour-les-kayaks", "Une cale de mise à l'eau pour les kayaks", m.prose(
            "Aujourd'hui les kayakistes doivent passer par la cale des ostréiculteurs. Une petite cale dédiée éviterait les conflits.")
             + m.fluicity_comments([("Cédric", "3 mars", "Oui ! Et un rack de rangement à côté."),
                                    ("Les Kayaks du Pertuis", "4 mars", "Nous soutenons cette idée au nom du club.")],
                                   "/ideas/4412-une-cale-de-mise-a-l-eau-pour-les-kayaks/comments"), {SC, "comments"}),
        page("/ideas/4419-des-bornes-de-recharge-pour-bateaux-electriques", "Des bornes de recharge pour bateaux électriques", m.prose(
            "Deux bornes sur le ponton visiteurs pour les bateaux électriques de location.")
             + m.fluicity_comments([("Annie", "6 mars", "Bonne idée pour le calme du port.")], "/ideas/4419-des-bornes-de-recharge-pour-bateaux-electriques/comments"),
             {SC, "comments"}),
        page("/surveys/usages-du-port", "Questionnaire : vos usages du port", m.fluicity_survey("/surveys/usages-du-port/answers", [
            ("Vous venez au port pour…", ["Naviguer", "Vous promener", "Travailler", "Manger au restaurant"]),
            ("La capitainerie doit-elle rester sur le quai ?", ["Oui", "Non", "Sans avis"])]), {"poll"}),
    ]
    fluicity = Site(fl_host, "vendor", "Chaillevert participe", fl_pages, menu=[("Accueil", "/"), ("Idées", "/ideas")],
                    address="Commune de Chaillevert-sur-Mer", features=frozenset({PF}), platforms=frozenset({"fluicity"}))
    return City("99448", "Chaillevert-sur-Mer", 19_500, "17", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, fluicity])


def cities():
    return [port_kervenec(), saint_aubray(), grandmarais(), port_lauzieres(), ploumarec(), audresques(), gravemont(), chaillevert()]


def hosts():
    return {}
