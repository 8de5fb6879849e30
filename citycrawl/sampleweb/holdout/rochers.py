"""Holdout part: eight large cities (90,000 to 300,000 inhabitants) and their métropoles, each with several
hosts (city site, métropole, e-services portal, a participation platform, a youth site), written from the
codebook and from the public markup of the CMSs and platforms they imitate, apart from the detection rules."""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import rochers_markup as m

_RGN = {"GE": ("44", "Grand Est"), "HDF": ("32", "Hauts-de-France"), "OCC": ("76", "Occitanie"),
        "PDL": ("52", "Pays de la Loire"), "ARA": ("84", "Auvergne-Rhône-Alpes")}


def _city(code, name, pop, dep, region, sites):
    rcode, rname = _RGN[region]
    return City(code, name, pop, dep, rcode, rname, f"http://{sites[0].host}/", sites)


# =============================================================== 99121 Valbrenne (Drupal, Decidim)

def valbrenne():
    W, D, P, M, J = ("www.valbrenne.fr", "participer.valbrenne.fr", "demarches.valbrenne.fr",
                     "www.valbrenne-metropole.fr", "jeunes.valbrenne.fr")
    news = m.teasers([
        ("/actualites/rue-des-tanneurs", "La rue des Tanneurs devient piétonne", "Travaux de mai à septembre, accès riverains maintenus.", "2025-03-04"),
        ("/actualites/bilan-annee", "Une année de projets en chiffres", "Écoles, voirie, piscine : le point sur les chantiers.", "2025-02-20"),
        ("/conseils-de-quartier/bords-de-brenne", "Conseil de quartier des Bords-de-Brenne", "Compte rendu de la séance du 12 février.", "2025-02-14"),
    ], all_link="/actualites")
    www = [
        page("/", "Accueil", m.home("Ville de Valbrenne : services, démarches et vie des quartiers.",
             [("/democratie-participative", "Valbrenne participe"), ("/budget-participatif", "Budget participatif"),
              (f"http://{P}/", "Démarches en ligne"), ("/contact", "Contacter la mairie"), ("/droit-interpellation", "Interpellation citoyenne"),
              ("/finances/budget-2025", "Budget de la ville"), ("/marches-publics", "Marchés publics"), (f"http://{J}/", "Espace jeunes"),
              (f"http://{M}/", "Valbrenne Métropole"), ("/securite/participation-citoyenne", "Tranquillité publique"),
              ("/lettre-information", "Lettre d'information"), ("/urbanisme/enquete-publique-plu", "Enquête publique PLU")],
             news, [("15", "mars", "Assemblée des conseils de quartier", "Hôtel de ville"), ("22", "mars", "Carnaval", "Centre-ville")])),
        page("/democratie-participative", "Valbrenne participe", m.p(
            "La démocratie participative fait partie des engagements du mandat : chaque habitante et chaque habitant peut donner son avis, proposer et décider sur certains projets.",
            "Six conseils de quartier, un conseil citoyen dans le quartier prioritaire, une charte de la participation adoptée en conseil municipal et une plateforme en ligne, "
            f'<a href="http://{D}/">participer.valbrenne.fr</a>, composent la démarche.')
             + m.related([("/conseils-de-quartier", "Les conseils de quartier"), ("/budget-participatif", "Le budget participatif"),
                          ("/droit-interpellation", "Le droit d'interpellation"), ("/charte-participation", "La charte de la participation")]),
             {"participation_displayed"}),
        page("/charte-participation", "La charte de la participation", m.p(
            "Adoptée à l'unanimité, la charte fixe les engagements réciproques des élus, des services et des habitants : informer en amont, rendre compte des avis recueillis, expliquer les décisions.",
            "Elle s'applique aux concertations menées par la Ville et aux instances de quartier. Un comité de suivi composé d'habitants tirés au sort se réunit deux fois par an."),
             {"participation_displayed"}, parent=("Valbrenne participe", "/democratie-participative")),
        page("/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Chaque conseil de quartier réunit des habitants volontaires, des représentants d'associations et deux élus référents. Il se réunit en séance publique au moins trois fois par an.",
            "Pour rejoindre le conseil de votre quartier, présentez-vous à la prochaine séance ou écrivez au service Vie des quartiers.")
             + m.related([("/conseils-de-quartier/bords-de-brenne", "Bords-de-Brenne : dernier compte rendu")], "Comptes rendus"),
             {"participation_displayed"}, parent=("Valbrenne participe", "/democratie-participative")),
        page("/conseils-de-quartier/bords-de-brenne", "Conseil de quartier des Bords-de-Brenne : séance du 12 février", m.p(
            "Trente-quatre habitants présents. Ordre du jour : stationnement rue Hoche, éclairage du chemin de halage, fête de quartier.",
            "Les membres ont voté pour transmettre au maire une demande de zone de rencontre devant l'école. Prochaine séance le 14 mai à la maison de quartier."),
             {"participation_displayed"}, parent=("Les conseils de quartier", "/conseils-de-quartier")),
        page("/budget-participatif", "Budget participatif : Valbrenne en projets", m.p(
            "Avec « Valbrenne en projets », 800 000 € du budget d'investissement sont réservés à des projets proposés puis choisis par les habitants de plus de 11 ans.",
            "Calendrier de la 3e édition : dépôt des projets jusqu'au 30 avril, analyse par les services, vote en septembre.")
             + m.steps([("Dépôt des projets", "1er mars - 30 avril"), ("Étude de faisabilité", "mai - juillet"), ("Vote", "septembre"), ("Réalisation", "2026")], 0)
             + f'<p><a class="btn" href="http://{D}/processes/valbrenne-en-projets">Déposer un projet sur la plateforme</a></p>',
             {"participatory_budget", "participation_displayed"}, parent=("Valbrenne participe", "/democratie-participative")),
        page("/droit-interpellation", "Le droit d'interpellation citoyenne", m.p(
            "Depuis 2023, toute pétition signée par au moins 1 500 habitants âgés de 16 ans ou plus oblige le maire à inscrire la question à l'ordre du jour d'un conseil municipal.",
            "Les pétitions se déposent et se signent sur la plateforme participative. En cours : « Un abri vélo sécurisé à la gare » (1 092 signatures), « Rouvrir les bains-douches » (318 signatures).")
             + f'<p><a href="http://{D}/initiatives">Voir les pétitions et signer</a></p>',
             {"petition", "participation_displayed"}, parent=("Valbrenne participe", "/democratie-participative")),
        page("/actualites", "Actualités", news, parent=()),
        page("/actualites/rue-des-tanneurs", "La rue des Tanneurs devient piétonne", m.p(
            "Après la concertation de l'automne, la rue des Tanneurs sera réservée aux piétons et aux cyclistes à partir d'octobre.",
            "Les commerçants ont été reçus à deux reprises ; les livraisons resteront possibles avant 11 h.")
             + m.drupal_comments(412, [("Hélène", "5 mars 2025", "Très bonne nouvelle pour les terrasses."),
                                       ("Marc B.", "6 mars 2025", "Et pour les personnes à mobilité réduite, des places seront-elles gardées ?")])
             + m.share(f"http://{W}/actualites/rue-des-tanneurs", "Rue des Tanneurs"),
             {"comments"}, decoys={"social_account"}, parent=("Actualités", "/actualites")),
        # names the participatory budget and petitions only in passing: a news item about the city's results
        page("/actualites/bilan-annee", "Une année de projets en chiffres", m.p(
            "Douze chantiers d'écoles, quatre kilomètres de pistes cyclables, la piscine rénovée : l'année a été dense.",
            "Parmi les réalisations figurent aussi deux projets issus du budget participatif de l'an passé et la réponse du conseil municipal à une pétition sur les horaires de la médiathèque."),
             decoys={"participatory_budget", "petition"}, parent=("Actualités", "/actualites")),
        page("/finances/budget-2025", "Budget primitif 2025", m.p(
            "Le budget primitif 2025 a été voté le 16 décembre : 212 M€ dont 61 M€ d'investissement. Les taux d'imposition ne changent pas.",
            "Documents : rapport d'orientation budgétaire, budget primitif, compte administratif 2023. Séance du conseil municipal retransmise en vidéo."),
             decoys={"participatory_budget"}),
        page("/marches-publics", "Marchés publics et appels d'offres", m.p(
            "Consultations en cours : maîtrise d'œuvre pour la rénovation du gymnase Kléber (appel d'offres ouvert), fourniture de mobilier scolaire.",
            "Les dossiers de consultation des entreprises sont disponibles sur le profil acheteur de la Ville. Date limite de remise des offres : 28 mars, 12 h."),
             decoys={"suggestion_call"}),
        page("/securite/participation-citoyenne", "Le dispositif Participation citoyenne", m.p(
            "En lien avec la police nationale, le dispositif « Participation citoyenne » associe des habitants référents à la prévention des cambriolages dans leur rue.",
            "Les référents signalent les faits inhabituels au commissariat. Un protocole a été signé avec le préfet ; renseignements auprès de la police municipale."),
             decoys={"participation_displayed", "territorial_social_network"}),
        # an enquête publique notice: a legal procedure, not a poll or questionnaire
        page("/urbanisme/enquete-publique-plu", "Enquête publique : modification du PLU", m.p(
            "Par arrêté, une enquête publique portant sur la modification n°4 du plan local d'urbanisme se tient du 3 au 31 mars.",
            "Le commissaire enquêteur tiendra ses permanences en mairie. Le dossier est consultable à l'accueil de l'urbanisme aux heures d'ouverture."),
             decoys={"poll"}),
        page("/lettre-information", "Lettre d'information", m.newsletter("/lettre-information/inscription"), decoys={"contact_form"}),
        page("/contact", "Contacter la mairie", m.p("Hôtel de ville, 1 place de la République. Du lundi au vendredi de 8 h 30 à 17 h 30.")
             + m.webform_contact(88, "/contact"), {"contact_form"}),
    ]
    city = Site(W, "drupal", "Ville de Valbrenne", www,
                menu=[("Accueil", "/"), ("Participer", "/democratie-participative"), ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeValbrenne"), social("instagram", "valbrenne_ville"), social("youtube", "VilleValbrenne")],
                address="Hôtel de ville, 1 place de la République, 57000 Valbrenne")
    bp = "/processes/valbrenne-en-projets"
    props = [(341, "Un verger partagé au parc Hoche", "Collectif Hoche", "Recevable", 6),
             (356, "Des toilettes publiques près du marché couvert", "Amina K.", "En étude", 3)]
    dec = [
        page("/", "Accueil", m.p("Bienvenue sur la plateforme de participation de la Ville de Valbrenne.")
             + m.decidim_process_card(bp, "Valbrenne en projets - édition 3", "Dépôt des projets", "Proposez vos projets pour la ville")
             + m.decidim_process_card("/processes/plan-velo", "Plan vélo 2030", "Questionnaire", "Dites-nous comment vous vous déplacez")
             + m.decidim_process_card("/processes/valbrenne-en-projets-2", "Valbrenne en projets - édition 2", "Terminé", "Les projets lauréats")
             + '<p><a href="/initiatives">Pétitions citoyennes</a></p>', {"participation_displayed"}),
        page(bp, "Valbrenne en projets - édition 3", m.decidim_phase("Dépôt des projets", "1er mars - 30 avril",
             m.p("800 000 € pour des projets d'intérêt général proposés par les habitants. Chaque projet doit relever des compétences de la Ville et coûter moins de 150 000 €.")
             + f'<p><a href="{bp}/f/12/proposals">Voir les projets déposés et déposer le vôtre</a></p>'),
             {"participatory_budget"}),
        page(f"{bp}/f/12/proposals", "Projets déposés", m.decidim_proposals(f"{bp}/f/12/proposals", props),
             {"participatory_budget", "suggestion_call"}, parent=("Valbrenne en projets", bp)),
        page(f"{bp}/f/12/proposals/new", "Déposer un projet", m.decidim_new_proposal(f"{bp}/f/12/proposals"),
             {"participatory_budget", "suggestion_call"}, parent=("Projets déposés", f"{bp}/f/12/proposals")),
        page(f"{bp}/f/12/proposals/341", "Un verger partagé au parc Hoche", m.p("Planter une vingtaine d'arbres fruitiers entretenus par les habitants et l'école voisine. Coût estimé : 35 000 €.")
             + m.decidim_comments("Proposal", 341, [("Sylvie R.", "12/03/2025", "Bonne idée, l'association de parents peut aider."),
                                                    ("Thomas", "14/03/2025", "Attention aux guêpes près de l'aire de jeux.")]),
             {"participatory_budget", "comments"}, parent=("Projets déposés", f"{bp}/f/12/proposals")),
        page(f"{bp}/f/12/proposals/356", "Des toilettes publiques près du marché couvert", m.p("Installer des sanitaires accessibles et gratuits.")
             + m.decidim_comments("Proposal", 356, [("Odile", "02/04/2025", "Indispensable les jours de marché.")]),
             {"participatory_budget", "comments"}, parent=("Projets déposés", f"{bp}/f/12/proposals")),
        page("/processes/valbrenne-en-projets-2", "Valbrenne en projets - édition 2", m.decidim_phase("Résultats", "terminé",
             m.p("4 812 votants ont choisi 11 projets en 2024.")) + f'<p><a href="/processes/valbrenne-en-projets-2/f/9/budgets/2/projects">Les projets retenus</a></p>',
             {"participatory_budget"}),
        # the vote of a past edition is over: winners are listed, nobody can vote, but it is still a participatory budget
        page("/processes/valbrenne-en-projets-2/f/9/budgets/2/projects", "Projets retenus - édition 2",
             m.decidim_budget_projects("/processes/valbrenne-en-projets-2/f/9/budgets/2/projects", 700000,
                                       [(21, "Fontaine à eau place Verte", 18000, True), (22, "Skatepark de l'Île", 140000, True), (23, "Jardin sensoriel", 60000, False)], voting=False),
             {"participatory_budget"}, parent=("Édition 2", "/processes/valbrenne-en-projets-2")),
        page("/processes/plan-velo", "Plan vélo 2030", m.decidim_phase("Questionnaire", "jusqu'au 15 avril",
             m.p("La Ville prépare son plan vélo et veut connaître vos habitudes.") + '<p><a href="/processes/plan-velo/f/21/">Répondre au questionnaire</a></p>'),
             {"participation_displayed"}),
        page("/processes/plan-velo/f/21/", "Questionnaire : vos déplacements", m.decidim_survey("/processes/plan-velo/f/21/survey/answer",
             "Dix minutes pour nous aider à prioriser les aménagements.",
             [("À quelle fréquence circulez-vous à vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
              ("Quel est le principal frein ?", ["Sécurité", "Stationnement", "Distance", "Relief"]),
              ("Quel itinéraire faut-il aménager en priorité ?", None)]), {"poll"}, parent=("Plan vélo 2030", "/processes/plan-velo")),
        page("/initiatives", "Pétitions citoyennes", m.p("Créez une pétition ou signez celles des autres habitants : à 1 500 signatures, le conseil municipal en débat.")
             + '<a href="/create_initiative/select_initiative_type" class="button button__sm button__secondary">Lancer une pétition</a>'
             + m.petition_card("/initiatives/i-17", "Un abri vélo sécurisé à la gare", 1092, 1500)
             + m.petition_card("/initiatives/i-19", "Rouvrir les bains-douches", 318, 1500), {"petition"}),
        page("/initiatives/i-17", "Un abri vélo sécurisé à la gare", m.p("Nous demandons un abri fermé de 200 places accessible avec la carte de transport.")
             + m.decidim_initiative(17, "Abri vélo", 1092, 1500, "/initiatives/i-17/initiative_signatures"), {"petition"}, parent=("Pétitions", "/initiatives")),
        page("/initiatives/i-19", "Rouvrir les bains-douches", m.p("Les bains-douches municipaux de la rue Saint-Jean sont fermés depuis 2021.")
             + m.decidim_initiative(19, "Bains-douches", 318, 1500, "/initiatives/i-19/initiative_signatures"), {"petition"}, parent=("Pétitions", "/initiatives")),
        page("/create_initiative/select_initiative_type", "Lancer une pétition", m.p("Choisissez le type : pétition au conseil municipal ou interpellation d'un conseil de quartier.")
             + '<form action="/create_initiative/fill_data" method="post"><label for="it">Titre</label><input id="it" name="initiative[title]"><label for="id">Description</label>'
             '<textarea id="id" name="initiative[description]"></textarea><button type="submit">Continuer</button></form>', {"petition"}, parent=("Pétitions", "/initiatives")),
    ]
    decidim = Site(D, "decidim", "Valbrenne participe", dec, menu=[("Accueil", "/"), ("Processus", bp), ("Pétitions", "/initiatives")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    pub = Site(P, "publik", "Démarches en ligne - Valbrenne", [
        page("/", "Démarches en ligne", m.p("Faites vos démarches 24 h/24.") + m.tiles([("/contact-mairie/", "Écrire à la mairie"), ("/signaler/", "Signaler un problème sur l'espace public"),
             ("/cantine/paiement/", "Payer la cantine"), ("/salles/reservation/", "Réserver une salle"), ("/inscription-scolaire/", "Inscription scolaire")], "Démarches")),
        page("/contact-mairie/", "Écrire à la mairie", m.wcs_form("/contact-mairie/", "Écrire à la mairie", [("Nom", "text"), ("Courriel", "email"),
             ("Service concerné", "select:Accueil|État civil|Urbanisme|Voirie"), ("Votre message", "textarea")]), {"contact_form"}),
        page("/signaler/", "Signaler un problème sur l'espace public", m.wcs_form("/signaler/", "Signalement", [("Type", "select:Dépôt sauvage|Éclairage|Voirie|Tag"),
             ("Adresse", "text"), ("Description", "textarea"), ("Photo", "file"), ("Courriel", "email")]) + m.helpful_widget("/signaler/avis"),
             {"contact_form"}, decoys={"poll"}),
        page("/cantine/paiement/", "Payer la cantine", m.payment("/cantine/paiement/", "restauration scolaire"), decoys={"contact_form"}),
        page("/salles/reservation/", "Réserver une salle", m.booking("/salles/reservation/", "salle municipale", ["Matin", "Après-midi", "Soirée"]), decoys={"contact_form"}),
        page("/inscription-scolaire/", "Inscription scolaire", m.registration("/inscription-scolaire/", "Inscription à l'école"), decoys={"contact_form"}),
    ], menu=[("Accueil", "/"), ("Contact", "/contact-mairie/")], address="Ville de Valbrenne")
    met = Site(M, "typo3", "Valbrenne Métropole", [
        page("/", "Accueil", m.home("Valbrenne Métropole : 22 communes, 236 000 habitants.",
             [("/conseil-de-developpement", "Conseil de développement"), ("/grands-projets/tram-ligne-b", "Tram ligne B"), ("/appels-a-projets/associations", "Subventions aux associations"),
              ("/contact", "Contact"), (f"http://{W}/", "Ville de Valbrenne"), ("/concours/photo", "Concours photo")],
             m.teasers([("/grands-projets/tram-ligne-b", "Tram B : concertation préalable", "Réunions publiques en avril.", "2025-03-01")]), [("2", "avril", "Conseil métropolitain", "Siège")], banner=False)),
        page("/conseil-de-developpement", "Le conseil de développement", m.p(
            "Instance de démocratie participative de la métropole, le conseil de développement réunit 90 citoyens bénévoles, dont un tiers tirés au sort.",
            "Il rend des avis sur le plan climat, les mobilités et le projet de territoire, et peut s'autosaisir de tout sujet."), {"participation_displayed"}),
        # the statutory notice of a concertation préalable: the legal notice of a project, not a page on the city's participatory approach
        page("/grands-projets/tram-ligne-b", "Tram ligne B : avis de concertation préalable", m.p(
            "Conformément au code de l'urbanisme, le projet d'extension de la ligne B fait l'objet d'une concertation préalable du 7 avril au 9 mai.",
            "Le dossier et un registre sont déposés au siège de la métropole. Le bilan sera arrêté par délibération.")
             + '<p><a href="http://enquetes.valbrenne-metropole.fr/index.php/315822?lang=fr">Questionnaire mobilité 2023 (clos)</a></p>', decoys={"participation_displayed", "poll"}),
        page("/appels-a-projets/associations", "Appel à projets : subventions aux associations", m.p(
            "Les associations du territoire peuvent solliciter une subvention pour des actions de transition écologique. Dossier à déposer avant le 15 mai.",
            "Critères : ancrage local, partenariats, budget équilibré. Le jury se réunit en juin."), decoys={"suggestion_call"}),
        page("/concours/photo", "Concours photo : la métropole au fil de l'eau", m.p("Envoyez jusqu'à trois clichés avant le 30 juin. Prix : 500 €, 300 € et 150 €."), decoys={"suggestion_call"}),
        page("/contact", "Contact", m.powermail_contact(7, "/contact"), {"contact_form"}),
    ], menu=[("Accueil", "/"), ("Grands projets", "/grands-projets/tram-ligne-b"), ("Contact", "/contact")],
        accounts=[social("linkedin", "valbrenne-metropole")], address="Valbrenne Métropole, 3 quai Foch")
    ls = Site("enquetes.valbrenne-metropole.fr", "vendor", "Enquêtes Valbrenne Métropole", [
        page("/index.php/315822?lang=fr", "Questionnaire mobilité 2023", "", decoys={"poll"}),
    ], address="Valbrenne Métropole")
    jeunes = Site(J, "wordpress", "Valbrenne Jeunes", [
        page("/", "Accueil", m.aside(m.p("Le site des 11-25 ans de Valbrenne : sorties, jobs, engagement.")
             + m.tiles([("/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"), ("/forum-jobs-ete", "Forum jobs d'été"), ("/skatepark", "Le futur skatepark")])
             + m.teasers([("/skatepark", "Skatepark : à vous de choisir", "Trois esquisses, un vote.", "2025-03-02")]),
             m.yop_poll(4, "Quel module veux-tu au skatepark ?", ["Bowl", "Street", "Pumptrack"])), {"poll"}),
        page("/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.p(
            "Trente-trois jeunes élus de 11 à 15 ans portent des projets pour la ville et donnent leur avis aux élus adultes.", "Élections en octobre dans les collèges."),
             {"participation_displayed"}),
        page("/skatepark", "Le futur skatepark", m.aside(m.p("Trois esquisses ont été dessinées avec les riders. Vote ouvert jusqu'au 31 mars."),
             m.yop_poll(4, "Quel module veux-tu au skatepark ?", ["Bowl", "Street", "Pumptrack"])), {"poll"}),
        page("/forum-jobs-ete", "Forum jobs d'été", m.p("Samedi 5 avril, 9 h - 13 h, salle des fêtes : 40 employeurs, ateliers CV."), decoys={"forum"}),
    ], menu=[("Accueil", "/"), ("S'engager", "/conseil-municipal-des-jeunes")], accounts=[social("tiktok", "valbrennejeunes")], address="Point information jeunesse, 8 rue Kléber")
    return _city("99121", "Valbrenne", 118_400, "57", "GE", [city, decidim, pub, met, ls, jeunes])


VALBRENNE_LS = "enquetes.valbrenne-metropole.fr"


def _valbrenne_ls(request):
    if request.target.startswith("/index.php/315822"):
        return Reply.html(m.limesurvey_closed_doc("Questionnaire mobilité 2023", 315822, "Valbrenne Métropole"))
    return None


# =============================================================== 99122 Marvigny (vendor CMS, CONSUL, neighbours' network)

def marvigny():
    W, C, V, M = "www.marvigny.fr", "decidez.marvigny.fr", "voisins.marvigny.fr", "www.marvigny-metropole.fr"
    news = m.teasers([
        ("/actualites/resultats-consultation-rythmes", "Rythmes scolaires : les résultats", "La semaine de quatre jours l'emporte.", "2025-01-30"),
        ("/actualites/forum-emploi", "Forum de l'emploi le 20 mars", "Plus de 60 entreprises recrutent.", "2025-03-01"),
        ("/participer/marvigny-decide", "Marvigny Décide : le vote est ouvert", "Choisissez les projets de votre quartier.", "2025-03-10"),
    ])
    www = [
        page("/", "Accueil", m.home("Bienvenue à Marvigny, ville de 142 000 habitants au cœur de la métropole.",
             [("/participer", "Participer"), ("/participer/marvigny-decide", "Marvigny Décide"), ("/participer/assemblees-de-quartier", "Assemblées de quartier"),
              ("/participer/voisins-solidaires", "Voisins solidaires"), ("/questionnaire-proprete", "Questionnaire propreté"), ("/contact", "Nous contacter"),
              ("/recensement", "Recensement 2025"), ("/tourisme", "Office de tourisme"), (f"http://{M}/", "La métropole"), (f"http://{C}/", "Decidez.marvigny.fr")],
             news, [("18", "mars", "Assemblée de quartier Fives-Nord", "Salle Jean-Jaurès"), ("20", "mars", "Forum de l'emploi", "Palais des sports")])),
        page("/participer", "Participer à la vie de la ville", m.p(
            "Assemblées de quartier, consultations, budget participatif, pétitions : la Ville multiplie les occasions de décider ensemble.",
            f'La plateforme <a href="http://{C}/">decidez.marvigny.fr</a> rassemble les propositions des habitants, les votes et les débats.')
             + m.related([("/participer/assemblees-de-quartier", "Assemblées de quartier"), ("/participer/marvigny-decide", "Marvigny Décide"),
                          ("/participer/voisins-solidaires", "Voisins solidaires")]), {"participation_displayed"}),
        page("/participer/assemblees-de-quartier", "Les assemblées de quartier", m.p(
            "Dix assemblées de quartier ouvertes à tous se tiennent chaque trimestre. Les habitants y interrogent les élus, votent des vœux et suivent les travaux.",
            "Un bureau de huit habitants prépare l'ordre du jour. Les comptes rendus sont publiés sous quinze jours."), {"participation_displayed"}),
        page("/participer/marvigny-decide", "Marvigny Décide, le budget participatif", m.p(
            "1,2 million d'euros pour des projets proposés par les Marvignois. Après l'étude de 214 idées, 48 projets sont soumis au vote jusqu'au 6 avril.",
            f'<a href="http://{C}/budgets/4">Je vote pour mes projets</a>') + m.steps([("Idées", "sept.-nov."), ("Étude", "déc.-fév."), ("Vote", "mars-avril"), ("Travaux", "2026")], 2),
             {"participatory_budget"}),
        # the city's page presenting its neighbours' network, with a link to join it
        page("/participer/voisins-solidaires", "Voisins solidaires : le réseau de quartier", m.p(
            "La Ville a ouvert un réseau social de proximité réservé aux habitants : entraide, prêt d'objets, alertes et annonces entre voisins.",
            f'Inscription gratuite sur <a href="http://{V}/">voisins.marvigny.fr</a> avec votre adresse, vérifiée par courrier.'), {"territorial_social_network"}),
        page("/questionnaire-proprete", "Questionnaire : la propreté dans votre rue", m.p("Jusqu'au 30 avril, dites-nous ce qui vous gêne le plus.")
             + m.questionnaire("/questionnaire-proprete/envoi", "Questionnaire anonyme, 3 minutes.",
                               [("Comment jugez-vous la propreté de votre rue ?", ["Très bonne", "Correcte", "Insuffisante"]),
                                ("Qu'est-ce qui vous gêne le plus ?", ["Déjections canines", "Dépôts sauvages", "Mégots", "Tags"]),
                                ("Une suggestion ?", None)]), {"poll"}),
        page("/actualites/resultats-consultation-rythmes", "Rythmes scolaires : les résultats", m.p("La consultation des familles est close. 6 214 familles ont répondu.")
             + m.poll_results("Quelle organisation de la semaine préférez-vous ?", [("Quatre jours", 61, 3791), ("Quatre jours et demi", 39, 2423)]), decoys={"poll"}),
        page("/actualites/forum-emploi", "Forum de l'emploi le 20 mars", m.p("Le forum de l'emploi et de l'alternance réunit 60 entreprises au Palais des sports. Entrée libre."),
             decoys={"forum"}),
        page("/recensement", "Recensement de la population 2025", m.p(
            "Comme chaque année, l'INSEE recense un échantillon de logements. Un agent recenseur muni d'une carte officielle vous remet vos codes pour répondre en ligne.",
            "Répondre est obligatoire ; vos réponses restent confidentielles."), decoys={"poll"}),
        page("/tourisme", "Office de tourisme", m.p("L'office de tourisme de Marvigny vous accueille 7 jours sur 7. Suivez ses bons plans sur "
             '<a href="https://www.instagram.com/marvigny_tourisme">Instagram</a> et <a href="https://www.facebook.com/MarvignyTourisme">Facebook</a> (comptes de l\'office de tourisme).'),
             decoys={"social_account"}),
        page("/contact", "Nous contacter", m.vendor_contact("/contact", ["Question générale", "Voirie", "Écoles", "Autre"]), {"contact_form"}),
    ]
    city = Site(W, "vendor", "Ville de Marvigny", www, menu=[("Accueil", "/"), ("Participer", "/participer"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeMarvigny"), social("x", "Marvigny"), social("mastodon", "marvigny@social.marvigny.fr")],
                address="Hôtel de ville, place Roger-Salengro, 59000 Marvigny")
    # CONSUL Democracy
    cons = [
        page("/", "Accueil", m.p("Decidez.marvigny.fr : proposez, débattez, votez.") + m.tiles([("/proposals", "Propositions"), ("/debates", "Débats"),
             ("/budgets/4", "Marvigny Décide"), ("/polls", "Votations")], "Participer"), {"participation_displayed"}),
        page("/proposals", "Propositions citoyennes", m.p("Une idée pour Marvigny ? Publiez-la : à 1 000 soutiens, elle est étudiée par le conseil municipal.")
             + m.consul_proposals([(88, "Des fontaines à eau dans les parcs", "Nadia", 14, 612)]),
             {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", '<form class="new_proposal" id="new_proposal" action="/proposals" method="post"><label for="proposal_title">Titre de la proposition</label>'
             '<input id="proposal_title" name="proposal[title]" maxlength="80"><label for="proposal_summary">Résumé</label><textarea id="proposal_summary" name="proposal[summary]"></textarea>'
             '<input type="submit" name="commit" value="Créer une proposition" class="button"></form>', {"suggestion_call"}, parent=("Propositions", "/proposals")),
        page("/proposals/88", "Des fontaines à eau dans les parcs", m.p("Avec les étés plus chauds, des points d'eau potable gratuits sont nécessaires.")
             + m.consul_comments("Proposal", 88, [("Jean-Luc", "il y a 3 jours", "Au parc de la Citadelle surtout."), ("Nadia", "il y a 2 jours", "Merci pour vos soutiens !")]),
             {"suggestion_call", "comments"}, parent=("Propositions", "/proposals")),
        # CONSUL's debates: residents open threads and others reply, the platform's discussion board
        page("/debates", "Débats", m.p("Lancez un débat sur un sujet qui vous tient à cœur.") + '<a class="button" href="/debates/new">Lancer un débat</a>'
             + '<div id="debates"><div class="debate"><h3><a href="/debates/45">Faut-il piétonniser la Grand-Place le dimanche ?</a></h3><p>37 commentaires</p></div></div>', {"forum"}),
        page("/debates/new", "Lancer un débat", '<form id="new_debate" action="/debates" method="post"><label for="debate_title">Titre du débat</label><input id="debate_title" name="debate[title]">'
             '<label for="debate_description">Texte initial</label><textarea id="debate_description" name="debate[description]"></textarea><input type="submit" value="Lancer un débat" class="button"></form>',
             {"forum"}, parent=("Débats", "/debates")),
        page("/debates/45", "Faut-il piétonniser la Grand-Place le dimanche ?", m.p("Proposé par un habitant du centre.")
             + m.consul_comments("Debate", 45, [("Paul", "hier", "Oui, comme à la braderie."), ("Inès", "hier", "Les riverains âgés doivent pouvoir se garer.")]),
             {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/budgets/4", "Marvigny Décide 2025", m.p("Phase de vote : choisissez des projets dans la limite de 150 000 € pour votre quartier.")
             + m.consul_budget_investments(4, [(301, "Piste cyclable rue Nationale", "Fives-Nord", "140 000")], "balloting"),
             {"participatory_budget"}),
        page("/budgets/4/investments/301", "Piste cyclable rue Nationale", m.p("Séparer les vélos de la circulation sur 600 mètres. Coût : 140 000 €.")
             + m.consul_comments("Budget::Investment", 301, [("Rémi", "il y a 5 jours", "Enfin une continuité jusqu'au lycée.")]),
             {"participatory_budget", "comments"}, parent=("Marvigny Décide", "/budgets/4")),
        page("/polls", "Votations", m.p("Votations en cours et terminées.") + '<ul><li><a href="/polls/12">Nom de la future médiathèque (en cours)</a></li>'
             '<li><a href="/polls/9">Couleur des nouveaux bus (terminée)</a></li></ul>', {"poll"}),
        page("/polls/12", "Nom de la future médiathèque", m.consul_poll(12, "Quel nom pour la médiathèque du quartier Saint-Maurice ?", ["Assia Djebar", "Marguerite Yourcenar", "Les Tisserands"]), {"poll"}),
        page("/polls/9", "Couleur des nouveaux bus - résultats", m.poll_results("Quelle couleur pour les bus électriques ?", [("Vert d'eau", 54, 2210), ("Gris ardoise", 46, 1883)], "Cette votation est terminée."),
             decoys={"poll"}, parent=("Votations", "/polls")),
    ]
    consul = Site(C, "consul", "Decidez Marvigny", cons, menu=[("Propositions", "/proposals"), ("Débats", "/debates"), ("Budget participatif", "/budgets/4"), ("Votations", "/polls")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    net = Site(V, "community", "Voisins solidaires Marvigny", [
        page("/", "Le réseau des voisins de Marvigny", m.p("4 300 voisins inscrits dans 10 quartiers.") + m.tiles([("/quartiers/fives-nord", "Fives-Nord"), ("/quartiers/saint-maurice", "Saint-Maurice")], "Quartiers")),
        page("/quartiers/fives-nord", "Fives-Nord", m.neighbour_feed([("pret", "Claire", "Je prête une perceuse, rue des Poissonniers."),
             ("entraide", "Ahmed", "Qui peut arroser mes tomates du 10 au 20 juillet ?")], "Fives-Nord"), parent=("Quartiers", "/")),
        page("/quartiers/saint-maurice", "Saint-Maurice", m.neighbour_feed([("evenement", "Comité des fêtes", "Vide-grenier le 4 mai, inscriptions ouvertes.")], "Saint-Maurice"), parent=("Quartiers", "/")),
    ], menu=[("Accueil", "/"), ("Fives-Nord", "/quartiers/fives-nord")], features=frozenset({"territorial_social_network"}))
    met = Site(M, "drupal", "Marvigny Métropole", [
        page("/", "Accueil", m.home("La métropole : transports, déchets, eau, développement économique.", [("/appel-a-candidatures-conseil-jeunes", "Appel à candidatures"),
             ("/dechets/enquete-satisfaction", "Collecte des déchets : votre avis"), ("/contact", "Contact"), (f"http://{W}/", "Ville de Marvigny")],
             m.teasers([("/dechets/enquete-satisfaction", "Collecte : une enquête de satisfaction", "Notez le service.", "2025-02-11")]), [("27", "mars", "Conseil métropolitain", "Hôtel de métropole")], banner=False)),
        page("/appel-a-candidatures-conseil-jeunes", "Appel à candidatures : jury du prix de l'innovation", m.p("La métropole recrute des membres pour le jury du prix de l'innovation. Candidatures avant le 1er avril avec CV."),
             decoys={"suggestion_call"}),
        # a satisfaction survey about the waste collection service, for its users: not a consultation of residents on a local matter
        page("/dechets/enquete-satisfaction", "Collecte des déchets : enquête de satisfaction", m.p("Notez la qualité du service de collecte de votre secteur.")
             + m.drupal_poll(55, "Êtes-vous satisfait de la collecte des encombrants ?", ["Très satisfait", "Satisfait", "Pas satisfait"]), decoys={"poll"}),
        page("/contact", "Contact", m.webform_contact(12, "/contact"), {"contact_form"}),
    ], menu=[("Accueil", "/"), ("Contact", "/contact")], address="Hôtel de métropole, 1 rue du Ballon")
    found = _city("99122", "Marvigny", 142_300, "59", "HDF", [city, consul, net, met])
    found.decoy_accounts = ("https://www.instagram.com/marvigny_tourisme", "https://www.facebook.com/marvignytourisme")
    return found


# =============================================================== 99123 Saint-Aulnac (SPIP, Cap Collectif, phpBB)

def saint_aulnac():
    W, K, F = "www.saint-aulnac.fr", "saint-aulnac.cap-collectif.com", "forum.saint-aulnac.fr"
    news = m.teasers([("/spip.php?article214", "Halles : le chantier démarre", "Réouverture prévue à l'automne 2026.", "2025-03-03"),
                      ("/spip.php?article220", "Ligne ferroviaire : la mobilisation", "Motion du conseil municipal.", "2025-02-25"),
                      ("/spip.php?article198", "Forum des associations", "Rendez-vous en septembre.", "2025-02-02")])
    www = [
        page("/", "Accueil", m.home("Saint-Aulnac, 96 700 habitants, entre Garonne et coteaux.",
             [("/spip.php?rubrique12", "Démocratie locale"), ("/spip.php?article231", "Comités de quartier"), (f"http://{K}/", "Les idées aulnacoises"),
              ("/spip.php?article240", "Questionnaire marchés"), (f"http://{F}/", "Forum des habitants"), ("/spip.php?page=contact", "Contact"),
              ("/spip.php?article226", "Appel à candidatures"), ("/spip.php?article233", "Participation citoyenne"), ("/spip.php?article236", "Budget 2025")],
             news, [("12", "avr.", "Comité de quartier des Coteaux", "Salle Nougaro"), ("19", "avr.", "Marché aux fleurs", "Allées Foch")])),
        page("/spip.php?rubrique12", "Démocratie locale", m.p(
            "Comités de quartier, conseil des sages, conseil municipal des enfants et consultations en ligne : la démocratie locale se construit avec vous.",
            f'Depuis 2024, l\'appel « Les idées aulnacoises » recueille vos propositions sur <a href="http://{K}/">notre espace participatif</a>.')
             + '<ul class="liste-articles"><li><a href="/spip.php?article231">Les comités de quartier</a></li><li><a href="/spip.php?article240">Questionnaire sur les marchés</a></li></ul>',
             {"participation_displayed"}),
        page("/spip.php?article231", "Les comités de quartier", m.p(
            "Huit comités de quartier, composés d'habitants volontaires et d'un collège associatif, donnent leur avis sur les projets d'aménagement et disposent d'une enveloppe de 20 000 € par an.",
            "Les séances sont publiques ; le calendrier figure dans l'agenda."), {"participation_displayed"}, parent=("Démocratie locale", "/spip.php?rubrique12")),
        page("/spip.php?article240", "Questionnaire : l'avenir des marchés de plein vent", m.p("Horaires, emplacements, produits : répondez avant le 15 mai.")
             + m.spip_formidable(6, "Vos habitudes au marché", [("Fréquentez-vous le marché du samedi ?", ["Chaque semaine", "De temps en temps", "Jamais"]),
                                                               ("Quel horaire vous conviendrait ?", ["7 h - 13 h", "8 h - 14 h", "16 h - 20 h"]),
                                                               ("Que manque-t-il au marché ?", None)], "/spip.php?article240"),
             {"poll"}, parent=("Démocratie locale", "/spip.php?rubrique12")),
        # SPIP's per-article public forum, used here as the article's comment thread
        page("/spip.php?article214", "Halles : le chantier démarre", m.p("Les halles du XIXe siècle vont être restaurées ; les commerçants sont relogés place du Marché.")
             + m.spip_forum_thread(214, [("Gérard", "3 mars", "Et les places de stationnement ?", "Où se garer pendant deux ans ?"),
                                         ("Lise", "4 mars", "Bravo", "Un beau bâtiment enfin sauvé.")]), {"comments"}),
        page("/spip.php?article220", "Ligne ferroviaire : la mobilisation", m.p("Le conseil municipal a voté une motion pour la réouverture de la ligne voyageurs.",
             'Une pétition nationale sur les petites lignes est aussi en ligne sur <a href="https://www.change.org/p/pour-les-trains-du-quotidien-partout">change.org</a>.'),
             decoys={"petition"}),
        page("/spip.php?article198", "Forum des associations", m.p("Le forum des associations réunit 150 associations au parc des expositions le 6 septembre."), decoys={"forum"}),
        page("/spip.php?article226", "Appel à candidatures : régisseur du théâtre", m.p("La Ville recrute un régisseur général (catégorie B). Candidatures avant le 28 mars."), decoys={"suggestion_call"}),
        page("/spip.php?article233", "Participation citoyenne : la gendarmerie recrute des référents", m.p(
            "Le dispositif de participation citoyenne de la gendarmerie s'étend aux quartiers nord. Les habitants volontaires deviennent référents de leur rue.",
            "Réunion d'information avec le commandant de brigade le 2 avril."), decoys={"participation_displayed"}),
        page("/spip.php?article236", "Budget 2025", m.p("Le budget primitif 2025 s'élève à 148 M€. Les investissements portent sur les halles et les écoles."), decoys={"participatory_budget"}),
        page("/spip.php?page=contact", "Contact", m.p("Mairie de Saint-Aulnac, 2 place du Capitoulat.") + m.spip_contact("/spip.php?page=contact"), {"contact_form"}),
    ]
    city = Site(W, "spip", "Saint-Aulnac", www, menu=[("Accueil", "/"), ("Démocratie locale", "/spip.php?rubrique12"), ("Contact", "/spip.php?page=contact")],
                accounts=[social("facebook", "saintaulnac"), social("bluesky", "saint-aulnac.fr")], address="Mairie, 2 place du Capitoulat, 31000 Saint-Aulnac")
    slug = "les-idees-aulnacoises"
    st = [("collect", "depot-des-idees", "Dépôt des idées", "1er fév. - 31 mars"), ("questionnaire", "questionnaire-jeunesse", "Questionnaire jeunesse", "mars"),
          ("selection", "idees-retenues", "Idées retenues", "mai")]
    capco = Site(K, "capcollectif", "Saint-Aulnac participe", [
        page("/", "Accueil", m.p("L'espace participatif de la Ville de Saint-Aulnac.") + f'<div class="project-preview"><a href="/project/{slug}/presentation/presentation">Les idées aulnacoises</a></div>'
             + '<div class="project-preview"><a href="/project/interpellation-citoyenne/collect/interpellations">Interpellation citoyenne</a></div>', {"participation_displayed"}),
        page(f"/project/{slug}/presentation/presentation", "Les idées aulnacoises", m.capco_steps(slug, st, 0)
             + m.p("Une idée pour votre quartier, pour la ville ? Jusqu'au 31 mars, proposez-la : les meilleures seront étudiées et réalisées avec vous."), {"suggestion_call"}),
        page(f"/project/{slug}/collect/depot-des-idees", "Dépôt des idées", m.capco_steps(slug, st, 0) + m.capco_proposal_form(f"/project/{slug}/collect/depot-des-idees",
             ["Cadre de vie", "Nature en ville", "Solidarité", "Sport"]) + m.capco_proposal_list(slug, "depot-des-idees", [("jardin-partage-coteaux", "Un jardin partagé aux Coteaux", "Par Irène", 41)]),
             {"suggestion_call"}, parent=("Les idées aulnacoises", f"/project/{slug}/presentation/presentation")),
        page(f"/project/{slug}/collect/depot-des-idees/proposals/jardin-partage-coteaux", "Un jardin partagé aux Coteaux", m.p("Une parcelle municipale en friche pourrait accueillir 30 bacs.")
             + '<div class="comment-section"><h3>Commentaires (1)</h3><div class="opinion">Très bonne idée — Malik</div><form action="/comments/proposal/jardin-partage-coteaux" method="post">'
             '<label for="cmt">Votre commentaire</label><textarea id="cmt" name="body"></textarea><button type="submit" class="btn btn-primary">Commenter</button></form></div>',
             {"suggestion_call", "comments"}, parent=("Dépôt des idées", f"/project/{slug}/collect/depot-des-idees")),
        page(f"/project/{slug}/questionnaire/questionnaire-jeunesse", "Questionnaire jeunesse", m.capco_steps(slug, st, 1)
             + m.capco_questionnaire(f"/project/{slug}/questionnaire/questionnaire-jeunesse", [("Tu as quel âge ?", ["11-14", "15-17", "18-25"]),
                                     ("Quel lieu te manque en ville ?", None)]), {"poll"}, parent=("Les idées aulnacoises", f"/project/{slug}/presentation/presentation")),
        page(f"/project/{slug}/selection/idees-retenues", "Idées retenues", m.capco_steps(slug, st, 2) + m.p("L'étape s'ouvrira en mai."),
             {"suggestion_call"}, parent=("Les idées aulnacoises", f"/project/{slug}/presentation/presentation")),
        page("/project/interpellation-citoyenne/collect/interpellations", "Interpellation citoyenne", m.p(
            "Une interpellation qui recueille 1 000 soutiens d'Aulnacais est inscrite à l'ordre du jour du conseil municipal.")
             + m.petition_card("/project/interpellation-citoyenne/collect/interpellations/proposals/eclairage-passerelle", "Éclairer la passerelle de la Garonne", 648, 1000)
             + '<button class="btn btn-primary">Déposer une interpellation</button>', {"petition"}),
        page("/project/interpellation-citoyenne/collect/interpellations/proposals/eclairage-passerelle", "Éclairer la passerelle de la Garonne", m.p("La passerelle est plongée dans le noir dès 18 h en hiver.")
             + m.petition_sign("/project/interpellation-citoyenne/support", 648, 1000), {"petition"}, parent=("Interpellation citoyenne", "/project/interpellation-citoyenne/collect/interpellations")),
    ], menu=[("Accueil", "/"), ("Projets", f"/project/{slug}/presentation/presentation")], features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    board = Site(F, "phpbb", "Parlons d'Aulnac", [
        page("/", "Index du forum", m.phpbb_index([(2, "Vie des quartiers", "Échanges entre habitants", 184, 1620)]), {"forum"}),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, [(301, "Bruit du bar de la place", "Fanfan", 14), (305, "Nouveaux horaires de la déchetterie", "Jojo31", 6)]), {"forum"}),
        page("/viewtopic.php?t=301", "Bruit du bar de la place", m.phpbb_topic(301, [("Fanfan", "mar. 4 mars 2025", "Musique jusqu'à 2 h tous les week-ends."),
             ("Modérateur", "mar. 4 mars 2025", "La mairie a été saisie, la médiation passera.")]), {"forum"}),
        page("/viewtopic.php?t=305", "Nouveaux horaires de la déchetterie", m.phpbb_topic(305, [("Jojo31", "lun. 3 mars 2025", "Fermée le lundi désormais.")]), {"forum"}),
    ])
    return _city("99123", "Saint-Aulnac", 96_700, "31", "OCC", [city, capco, board])


# =============================================================== 99124 Lorgemont (WordPress, Go Vocal, self-hosted LimeSurvey)

LORGEMONT_LS = "enquetes.lorgemont-metropole.fr"
_LS_SID = 748215


def lorgemont():
    W, G, M = "www.lorgemont.fr", "lorgemont.govocal.com", "www.lorgemont-metropole.fr"
    side = m.yop_poll(9, "Faut-il ouvrir la piscine Jules-Verne le dimanche après-midi ?", ["Oui", "Non", "Sans avis"])
    news = m.teasers([("/2025/03/la-loire-a-velo-passe-par-le-centre/", "La Loire à vélo passe par le centre", "Nouveau tracé inauguré.", "2025-03-08"),
                      ("/appel-a-projets-citoyens/", "Appel à projets citoyens : 2e vague", "Jusqu'à 5 000 € pour votre initiative.", "2025-02-27"),
                      ("/subventions-associations/", "Subventions 2025 : dépôt des dossiers", "Associations, c'est le moment.", "2025-01-15")])
    www = [
        page("/", "Accueil", m.aside(m.home("Lorgemont, 205 000 habitants, capitale des bords de Loire.",
             [("/lorgemont-et-vous/", "Lorgemont & vous"), ("/lorgemont-et-vous/ateliers-de-quartier/", "Ateliers de quartier"), ("/boite-a-idees/", "Boîte à idées"),
              ("/appel-a-projets-citoyens/", "Projets citoyens"), (f"http://{G}/", "Budget participatif"), ("/nous-ecrire/", "Nous écrire"),
              ("/newsletter/", "Newsletter"), ("/subventions-associations/", "Associations"), (f"http://{M}/", "Lorgemont Métropole")], news,
             [("21", "mars", "Atelier de quartier Île-Verte", "Maison de quartier"), ("5", "avr.", "Fête du vélo", "Quais")]), side), {"poll"}),
        page("/lorgemont-et-vous/", "Lorgemont & vous", m.p(
            "« Lorgemont &amp; vous » regroupe toutes les façons de prendre part aux décisions : ateliers de quartier, consultations, budget participatif et boîte à idées.",
            "Chaque démarche fait l'objet d'un retour public : ce qui a été dit, ce qui a été retenu, et pourquoi."), {"participation_displayed"}),
        page("/lorgemont-et-vous/ateliers-de-quartier/", "Les ateliers de quartier", m.aside(m.p(
            "Dans chacun des onze quartiers, un atelier réunit habitants et élus de secteur tous les deux mois autour d'un sujet concret : une place, une rue, un équipement.",
            "Prochains ateliers : Île-Verte (21 mars), Beaulieu (28 mars). Ouverts à tous, sans inscription."), side), {"participation_displayed", "poll"}),
        # an idea box: a call for residents' ideas, sent as a free-text message to the city
        page("/boite-a-idees/", "Boîte à idées", m.idea_box("/boite-a-idees/envoyer", "Une idée pour améliorer la vie à Lorgemont ? Déposez-la ici : chaque idée reçoit une réponse sous un mois.",
             ["Propreté", "Déplacements", "Culture", "Solidarités", "Autre"]), {"suggestion_call", "contact_form"}),
        page("/appel-a-projets-citoyens/", "Appel à projets citoyens", m.p(
            "Vous avez un projet pour votre rue ou votre quartier : fresque, jardin, fête, réparation partagée ? La Ville le finance jusqu'à 5 000 € et vous accompagne.",
            "Dépôt des projets par des collectifs d'au moins trois habitants jusqu'au 30 avril. Formulaire en ligne et permanence le mercredi.")
             + m.wpforms_contact(311, "/appel-a-projets-citoyens/"), {"suggestion_call", "contact_form"}),
        page("/subventions-associations/", "Subventions aux associations 2025", m.p(
            "Les demandes de subvention de fonctionnement et de projet se déposent sur le portail des associations avant le 15 février. Les dossiers incomplets ne seront pas instruits."),
             decoys={"suggestion_call"}),
        page("/2025/03/la-loire-a-velo-passe-par-le-centre/", "La Loire à vélo passe par le centre", m.p("Le nouveau tracé évite la rocade et longe les quais sur 3 km.")
             + m.wp_comment_thread([("Yann", "9 mars 2025", "Super, mais le revêtement quai Cassard est glissant."), ("Sophie L.", "10 mars 2025", "Merci pour les arceaux.")], 1842)
             + m.share(f"http://{W}/2025/03/la-loire-a-velo-passe-par-le-centre/", "Loire à vélo"), {"comments"}),
        page("/nous-ecrire/", "Nous écrire", m.wpforms_contact(12, "/nous-ecrire/"), {"contact_form"}),
        page("/newsletter/", "Newsletter", m.newsletter("/newsletter/", "La lettre de Lorgemont"), decoys={"contact_form"}),
    ]
    city = Site(W, "wordpress", "Ville de Lorgemont", www, menu=[("Accueil", "/"), ("Lorgemont & vous", "/lorgemont-et-vous/"), ("Nous écrire", "/nous-ecrire/")],
                accounts=[social("facebook", "lorgemont"), social("instagram", "villedelorgemont"), social("linkedin", "ville-de-lorgemont")],
                address="Hôtel de ville, 29 cours des Cinquante-Otages, 44000 Lorgemont")
    bp = "budget-participatif-2025"
    gv = [
        page("/", "Accueil", m.p("Participez aux projets de la Ville de Lorgemont.") + '<ul><li><a href="/fr-FR/projects/budget-participatif-2025">Budget participatif 2025</a></li>'
             '<li><a href="/fr-FR/projects/avenir-du-parc-des-oblates">L\'avenir du parc des Oblates</a></li><li><a href="/fr-FR/projects/jardins-familiaux">Jardins familiaux (terminé)</a></li></ul>',
             {"participation_displayed"}),
        page(f"/fr-FR/projects/{bp}", "Budget participatif 2025", m.govocal_project(bp, [("Dépôt des idées", "1 fév. - 31 mars"), ("Vote", "mai")], 0,
             m.p("2 millions d'euros pour les idées des Lorgemontais."))
             + m.govocal_ideas(bp, [("velo-cargo-partage", "Vélos cargos en libre-service", 87, 12)]), {"participatory_budget", "suggestion_call"}),
        page(f"/fr-FR/projects/{bp}/ideas/new", "Soumettre une idée", m.govocal_idea_form("/web_api/v1/ideas"), {"participatory_budget", "suggestion_call"},
             parent=("Budget participatif 2025", f"/fr-FR/projects/{bp}")),
        page("/fr-FR/ideas/velo-cargo-partage", "Vélos cargos en libre-service", m.p("Dix vélos cargos en station près des marchés.")
             + m.govocal_comments("a1f3", [("Chloé", "il y a 2 jours", "Avec une station à Beaulieu svp !")]), {"participatory_budget", "comments"},
             parent=("Budget participatif 2025", f"/fr-FR/projects/{bp}")),
        page("/fr-FR/projects/avenir-du-parc-des-oblates", "L'avenir du parc des Oblates", m.govocal_project("avenir-du-parc-des-oblates", [("Enquête", "mars - avril")], 0,
             m.p("Répondez à l'enquête pour imaginer le parc de demain."))
             + m.capco_questionnaire("/web_api/v1/phases/9c2/survey_responses", [("Combien de fois par mois venez-vous au parc ?", ["Jamais", "1 à 3", "Plus"]),
                                                                                 ("Que souhaitez-vous y trouver ?", None)]).replace("questionnaire-form", "e2e-native-survey"), {"poll"}),
        page("/fr-FR/projects/jardins-familiaux", "Jardins familiaux", m.govocal_project("jardins-familiaux", [("Sondage", "terminé")], 0, m.p("Merci pour vos 1 104 réponses."))
             + m.poll_results("Où créer de nouveaux jardins familiaux ?", [("Prairie de Mauves", 58, 640), ("Bords du Cens", 42, 464)]), decoys={"poll"}),
    ]
    gov = Site(G, "govocal", "Lorgemont participe", gv, menu=[("Projets", f"/fr-FR/projects/{bp}")], features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    met = Site(M, "drupal", "Lorgemont Métropole", [
        page("/", "Accueil", m.home("Lorgemont Métropole : 24 communes, 680 000 habitants.", [("/mobilites/enquete-deplacements", "Enquête déplacements"),
             ("/mobilites/questionnaire-tarifs-2023", "Tarifs 2023 (clos)"), ("/contact", "Contact"), (f"http://{W}/", "Ville de Lorgemont")],
             m.teasers([("/mobilites/enquete-deplacements", "Grande enquête déplacements", "15 minutes pour vos trajets.", "2025-03-01")]), [("3", "avr.", "Conseil métropolitain", "Cité des congrès")], banner=False)),
        page("/mobilites/enquete-deplacements", "Grande enquête déplacements", m.p("La métropole prépare son plan de mobilité : décrivez vos trajets de la semaine.")
             + m.iframe_embed(f"http://{LORGEMONT_LS}/index.php/{_LS_SID}?lang=fr", "Questionnaire déplacements"), {"poll"}),
        page("/mobilites/questionnaire-tarifs-2023", "Questionnaire tarifs 2023 : résultats", m.p("Le questionnaire est clos. 9 800 réponses ; la gratuité le week-end a été retenue."),
             decoys={"poll"}),
        page("/contact", "Contact", m.webform_contact(31, "/contact"), {"contact_form"}),
    ], menu=[("Accueil", "/"), ("Contact", "/contact")], accounts=[social("x", "LorgemontMetro")], address="Lorgemont Métropole, 2 cours du Champ-de-Mars")
    ls = Site(LORGEMONT_LS, "vendor", "Enquêtes Lorgemont Métropole", [
        page(f"/index.php/{_LS_SID}?lang=fr", "Grande enquête déplacements", "", {"poll"}),
    ], address="Lorgemont Métropole")
    return _city("99124", "Lorgemont", 205_400, "44", "PDL", [city, gov, met, ls])


def _lorgemont_ls(request):
    if request.target.startswith(f"/index.php/{_LS_SID}"):
        return Reply.html(m.limesurvey_doc("Grande enquête déplacements", _LS_SID, [
            ("Quel mode de transport utilisez-vous le plus ?", ["Voiture", "Tram ou bus", "Vélo", "Marche"]),
            ("Combien de temps dure votre trajet domicile-travail ?", ["Moins de 15 min", "15 à 30 min", "Plus de 30 min"]),
            ("Qu'est-ce qui vous ferait changer de mode ?", None)], "Lorgemont Métropole"))
    return None


# =============================================================== 99125 Brassieu (Joomla, home-made space, Discourse, Publik)

def brassieu():
    W, J, F, E = "www.brassieu.fr", "jeparticipe.brassieu.fr", "forum.etudiants-brassieu.fr", "eservices.brassieu.fr"
    news = m.teasers([("/index.php/actualites/piscine-des-iles", "La piscine des Îles rouvre", "Bassin nordique rénové.", "2025-03-05"),
                      ("/index.php/actualites/sondage-appli", "Sondage de la semaine sur l'appli", "Votre avis en un clic.", "2025-03-09")])
    www = [
        page("/", "Accueil", m.home("Brassieu, ville universitaire au pied des Alpes, 163 000 habitants.",
             [("/index.php/participer", "Participer"), ("/index.php/participer/conseils-citoyens", "Conseils citoyens"), (f"http://{J}/", "jeparticipe.brassieu.fr"),
              (f"http://{E}/", "E-services"), ("/index.php/contact", "Contact"), ("/index.php/budget", "Budget"), ("/index.php/emploi", "Offres d'emploi"),
              (f"http://{F}/", "Forum étudiant"), ("/index.php/appli/sondage", "Appli Brassieu en poche")], news,
             [("17", "mars", "Conseil citoyen Mistral", "MJC"), ("29", "mars", "Nuit de l'étudiant", "Campus")])),
        page("/index.php/participer", "Participer", m.p(
            "Brassieu a fait de la participation des habitants un principe d'action : conseils citoyens, pétitions, budget participatif et boîte à idées sont réunis sur jeparticipe.brassieu.fr.",
            "Le service Démocratie locale accompagne les habitants dans leurs démarches.")
             + m.related([("/index.php/participer/conseils-citoyens", "Conseils citoyens"), (f"http://{J}/", "La plateforme")]), {"participation_displayed"}),
        page("/index.php/participer/conseils-citoyens", "Les conseils citoyens", m.p(
            "Dans les quartiers Mistral, Teisseire et Village-Olympique, les conseils citoyens associent habitants tirés au sort et acteurs locaux au contrat de ville.",
            "Ils se réunissent une fois par mois et disposent d'un fonds de participation des habitants."), {"participation_displayed"}),
        page("/index.php/actualites/piscine-des-iles", "La piscine des Îles rouvre", m.p("Après dix-huit mois de travaux, le bassin nordique rouvre le 15 mars.")
             + m.facebook_comments(f"http://{W}/index.php/actualites/piscine-des-iles"), {"comments"}),
        page("/index.php/actualites/sondage-appli", "Sondage de la semaine sur l'appli", m.p("Chaque semaine, l'application Brassieu en poche pose une question aux habitants.",
             '<a href="/index.php/appli/sondage">Répondre au sondage de la semaine</a>'), decoys={"poll"}),
        page("/index.php/appli/sondage", "Sondage de la semaine", m.app_poll("/index.php/appli/sondage/vote", "Faut-il végétaliser la place Grenette ?", ["Oui", "Non", "Je ne sais pas"]), {"poll"}),
        page("/index.php/budget", "Budget primitif et compte administratif", m.p("Le budget primitif 2025 (310 M€) et le compte administratif 2023 sont en ligne. Présentation au conseil municipal du 10 février."),
             decoys={"participatory_budget"}),
        page("/index.php/emploi", "Offres d'emploi et appels à candidatures", m.p("Appel à candidatures : animateurs périscolaires, agents d'entretien, chargé de mission démocratie locale (H/F)."),
             decoys={"suggestion_call", "participation_displayed"}),
        page("/index.php/contact", "Contact", m.joomla_contact("/index.php/contact"), {"contact_form"}),
    ]
    city = Site(W, "joomla", "Ville de Brassieu", www, menu=[("Accueil", "/"), ("Participer", "/index.php/participer"), ("Contact", "/index.php/contact")],
                accounts=[social("facebook", "villedebrassieu"), social("youtube", "VilleBrassieu")], address="Hôtel de ville, 11 boulevard Jean-Pain, 38000 Brassieu")
    jp = [
        page("/", "Je participe à Brassieu", m.p("L'espace de participation de la Ville de Brassieu.") + m.tiles([("/petitions", "Pétitions"), ("/boite-a-idees", "Boîte à idées"),
             ("/budget-participatif/reglement", "Budget participatif : règlement"), ("/budget-participatif/laureats-2024", "Lauréats 2024")], "Participer"), {"participation_displayed"}),
        page("/petitions", "Pétitions", m.p("Le droit de pétition permet à tout habitant de 16 ans et plus de saisir le conseil municipal : à 2 000 signatures, la pétition y est débattue.")
             + m.petition_card("/petitions/42", "Sauvons les platanes du cours Berriat", 1544, 2000) + m.petition_card("/petitions/37", "Une crèche à Teisseire", 2000, 2000, "Débattue au conseil du 3 février"),
             {"petition"}),
        page("/petitions/42", "Sauvons les platanes du cours Berriat", m.p("Nous demandons le maintien des 48 platanes.") + m.petition_sign("/petitions/42/signer", 1544, 2000), {"petition"},
             parent=("Pétitions", "/petitions")),
        # a petition whose signature period is over, on the city's own petition space: the space is still where residents sign petitions
        page("/petitions/37", "Une crèche à Teisseire", m.p("Objectif atteint : 2 000 signatures. Réponse du maire en conseil municipal du 3 février."), {"petition"},
             parent=("Pétitions", "/petitions")),
        page("/boite-a-idees", "Boîte à idées", m.idea_box("/boite-a-idees/envoi", "Vos idées pour Brassieu : elles sont lues par le service Démocratie locale et publiées après modération.",
             ["Environnement", "Mobilités", "Jeunesse", "Autre"]), {"suggestion_call", "contact_form"}),
        page("/budget-participatif/reglement", "Budget participatif : règlement", m.p("Article 1 : une enveloppe de 1 M€ est réservée chaque année. Article 2 : tout habitant de plus de 11 ans peut déposer un projet.",
             "Article 3 : les projets recevables sont soumis au vote de tous les habitants."), {"participatory_budget"}),
        page("/budget-participatif/laureats-2024", "Budget participatif : les lauréats 2024", m.p("Neuf projets ont été retenus par 7 300 votants : aire de fitness à la Bastille, fresques au pont de Catane, bancs ombragés...")
             + m.poll_results("Votes par projet (extrait)", [("Aire de fitness", 31, 2263), ("Fresques", 22, 1606), ("Bancs ombragés", 18, 1314)], "Vote clos."),
             {"participatory_budget"}, decoys={"poll"}),
    ]
    space = Site(J, "vendor", "Je participe à Brassieu", jp, menu=[("Accueil", "/"), ("Pétitions", "/petitions"), ("Boîte à idées", "/boite-a-idees")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}), address="Service Démocratie locale, Ville de Brassieu")
    disc = Site(F, "discourse", "Forum des étudiants de Brassieu", [
        page("/", "Derniers sujets", m.discourse_topics([("colocation-rentree", 118, "Colocation pour la rentrée", "Logement", 24)]), {"forum"}),
        page("/t/colocation-rentree/118", "Colocation pour la rentrée", m.discourse_topic([("mathilde_b", "2 mars", "Je cherche une coloc près de la gare."), ("lucas38", "3 mars", "On a une chambre libre à Championnet.")]), {"forum"}),
    ])
    eserv = Site(E, "publik", "E-services Brassieu", [
        page("/", "E-services", m.tiles([("/etat-civil/acte-naissance/", "Acte de naissance"), ("/ecrire-au-maire/", "Écrire au maire"), ("/stationnement/paiement/", "Payer un forfait")], "Démarches")),
        page("/etat-civil/acte-naissance/", "Demande d'acte de naissance", m.wcs_form("/etat-civil/acte-naissance/", "Acte de naissance", [("Nom", "text"), ("Date de naissance", "date"),
             ("Type d'acte", "select:Copie intégrale|Extrait avec filiation|Extrait sans filiation"), ("Courriel", "email")]), decoys={"contact_form"}),
        page("/ecrire-au-maire/", "Écrire au maire", m.wcs_form("/ecrire-au-maire/", "Écrire au maire", [("Nom", "text"), ("Courriel", "email"), ("Votre message", "textarea")]), {"contact_form"}),
        page("/stationnement/paiement/", "Payer un forfait post-stationnement", m.payment("/stationnement/paiement/", "forfait post-stationnement"), decoys={"contact_form"}),
    ], menu=[("Accueil", "/")], address="Ville de Brassieu")
    return _city("99125", "Brassieu", 163_200, "38", "ARA", [city, space, disc, eserv])


# =============================================================== 99126 Montardenne (TYPO3, Decidim vote, neighbours' network)

def montardenne():
    W, D, V = "www.montardenne.fr", "concertation.montardenne.fr", "voisins.montardenne.fr"
    news = m.teasers([("/actualites/insee-cadre-de-vie", "Enquête INSEE cadre de vie et sécurité", "Des ménages seront contactés.", "2025-02-18"),
                      ("/actualites/petition-ligne-tgv", "Desserte TGV : une pétition nationale", "La Ville soutient la mobilisation.", "2025-03-02"),
                      ("/vie-citoyenne/comites-de-quartier", "Comités de quartier : renouvellement", "Candidatez avant le 31 mars.", "2025-03-06")])
    www = [
        page("/", "Accueil", m.home("Montardenne, cité des sacres et du vignoble, 91 200 habitants.",
             [("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/comites-de-quartier", "Comités de quartier"), ("/vie-citoyenne/vos-suggestions", "Vos suggestions"),
              (f"http://{D}/", "Budget participatif"), (f"http://{V}/", "Voisins de Montardenne"), ("/contact", "Contact"), ("/agenda/forum-associations", "Forum des associations")],
             news, [("8", "avr.", "Réunion du comité Croix-Rouge", "Centre social"), ("12", "avr.", "Forum des associations", "Parc des expositions")], banner=False)),
        page("/vie-citoyenne", "Vie citoyenne", m.p(
            "Comités de quartier, conseil des aînés, budget participatif, réseau des voisins : à Montardenne, la concertation commence dans les quartiers.",
            f'Les projets soumis à concertation sont présentés sur <a href="http://{D}/">concertation.montardenne.fr</a>.'), {"participation_displayed"}),
        page("/vie-citoyenne/comites-de-quartier", "Comités de quartier", m.p(
            "Les neuf comités de quartier sont renouvelés tous les trois ans. Chacun compte quinze habitants tirés au sort parmi les volontaires et se réunit en public chaque trimestre.",
            "Ils sont consultés sur les aménagements et suivent les projets du budget participatif."), {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/vos-suggestions", "Vos suggestions", m.p("Une remarque, une idée pour améliorer votre quartier ? Faites-nous part de vos suggestions : elles sont transmises au comité de quartier concerné.")
             + m.powermail_contact(14, "/vie-citoyenne/vos-suggestions"), {"suggestion_call", "contact_form"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        # the city's page presenting its neighbours' network, with a link to join it
        page("/vie-citoyenne/voisins", "Le réseau Voisins de Montardenne", m.p(f"Un réseau d'entraide entre voisins, ouvert par la Ville : <a href=\"http://{V}/\">rejoignez-le</a>."),
             {"territorial_social_network"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/actualites/insee-cadre-de-vie", "Enquête INSEE cadre de vie et sécurité", m.p("L'INSEE réalise une enquête statistique sur le cadre de vie. Des ménages tirés au sort seront interrogés par un enquêteur muni d'une carte officielle."),
             decoys={"poll"}),
        page("/actualites/petition-ligne-tgv", "Desserte TGV : une pétition nationale", m.p("Le maire a signé la pétition nationale des villes moyennes pour le maintien des TGV directs, "
             'hébergée sur <a href="https://www.mesopinions.com/petition/politique/maintien-tgv-villes-moyennes/231877">mesopinions.com</a>.'), decoys={"petition"}),
        page("/agenda/forum-associations", "Forum des associations", m.p("Le samedi 12 avril, plus de 200 associations sportives, culturelles et solidaires."), decoys={"forum"}),
        page("/contact", "Contact", m.powermail_contact(3, "/contact"), {"contact_form"}),
    ]
    city = Site(W, "typo3", "Ville de Montardenne", www, menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Voisins", "/vie-citoyenne/voisins"), ("Contact", "/contact")],
                accounts=[social("facebook", "montardenne.ville"), social("instagram", "montardenne")], address="Hôtel de ville, place de l'Hôtel-de-Ville, 51100 Montardenne")
    bp = "/processes/budget-montardenne-2025"
    base = f"{bp}/f/31/budgets/7/projects"
    dec = [
        page("/", "Concertation Montardenne", m.decidim_process_card(bp, "Budget participatif 2025 : « Mon quartier, mon budget »", "Vote", "Votez pour vos projets")
             + m.decidim_process_card("/assemblies/comites-de-quartier", "Les comités de quartier", "Instance permanente", "Comptes rendus et avis"), {"participation_displayed"}),
        page(bp, "Mon quartier, mon budget", m.decidim_phase("Vote", "1er - 30 avril", m.p("Les projets recevables sont soumis au vote : chaque habitant dispose de 120 000 € à répartir.")
             + f'<p><a href="{base}">Voter</a></p>'), {"participatory_budget"}),
        page(base, "Projets soumis au vote", m.decidim_budget_projects(base, 120000, [(77, "City-stade à Orgeval", 95000, True), (78, "Verger de la Neuvillette", 22000, True)]),
             {"participatory_budget"}, parent=("Mon quartier, mon budget", bp)),
        page(f"{base}/77", "City-stade à Orgeval", m.p("Un terrain multisports clôturé pour les jeunes du quartier.")
             + m.decidim_comments("Project", 77, [("Karim", "02/04/2025", "Avec un éclairage le soir.")]), {"participatory_budget", "comments"}, parent=("Projets", base)),
        page(f"{base}/78", "Verger de la Neuvillette", m.p("Vingt arbres fruitiers le long de la coulée verte.") + m.decidim_comments("Project", 78, []),
             {"participatory_budget", "comments"}, parent=("Projets", base)),
        page("/assemblies/comites-de-quartier", "Les comités de quartier", m.p("Avis et comptes rendus des neuf comités de quartier."), {"participation_displayed"}),
    ]
    decidim = Site(D, "decidim", "Concertation Montardenne", dec, menu=[("Accueil", "/"), ("Budget participatif", bp)], features=frozenset({"participatory_platform"}),
                   platforms=frozenset({"decidim"}))
    net = Site(V, "community", "Voisins de Montardenne", [
        page("/", "Voisins de Montardenne", m.neighbour_feed([("entraide", "Mireille", "Cherche quelqu'un pour sortir mon chien le mardi."),
             ("alerte", "Voisins Clairmarais", "Coupure d'eau annoncée jeudi matin.")], "Montardenne")),
    ], menu=[("Accueil", "/")], features=frozenset({"territorial_social_network"}))
    return _city("99126", "Montardenne", 91_200, "51", "GE", [city, decidim, net])


# =============================================================== 99127 Aubrecourt (WordPress, Cap Collectif on the city's domain, Flarum)

def aubrecourt():
    W, K, F = "www.aubrecourt.fr", "jeparticipe.aubrecourt.fr", "forum.aubrecourt-jeunes.fr"
    news = m.teasers([("/actualites/a-vous-de-jouer-vote/", "« À vous de jouer » : votez !", "30 projets en lice.", "2025-03-10"),
                      ("/actualites/concours-fleurissement/", "Concours des maisons fleuries", "Inscriptions ouvertes.", "2025-03-01"),
                      ("/actualites/conseil-municipal-mars/", "Conseil municipal du 27 mars", "Ordre du jour.", "2025-03-12")])
    www = [
        page("/", "Accueil", m.home("Aubrecourt, 99 300 habitants, porte de la Côte d'Opale.",
             [("/democratie-participative/", "Démocratie participative"), ("/democratie-participative/conseils-de-quartier/", "Conseils de quartier"), (f"http://{K}/", "À vous de jouer"),
              ("/contact/", "Contact"), ("/reservation-salles/", "Réserver une salle"), (f"http://{F}/", "Forum jeunes"), ("/actualites/conseil-municipal-mars/", "Conseil municipal")],
             news, [("27", "mars", "Conseil municipal", "Hôtel de ville"), ("5", "avr.", "Réunion de quartier Saint-Pierre", "École Ferry")])),
        page("/democratie-participative/", "Démocratie participative", m.p(
            "Huit conseils de quartier, un conseil des jeunes et un budget participatif baptisé « À vous de jouer » : la Ville associe les Aubrecourtois à ses choix.",
            "Des réunions publiques de quartier se tiennent chaque printemps en présence du maire.")
             + m.wp_comment_thread([("Bernard", "2 mars 2025", "Quand aura lieu la réunion du quartier du Port ?"), ("Ville d'Aubrecourt", "3 mars 2025", "Le 12 avril à 18 h, salle Daunou.")], 77),
             {"participation_displayed", "comments"}),
        page("/democratie-participative/conseils-de-quartier/", "Conseils de quartier", m.p(
            "Chaque conseil réunit 20 habitants, 5 représentants associatifs et un élu. Il émet des avis sur les projets de voirie, d'animation et de propreté de son secteur."),
             {"participation_displayed"}),
        page("/actualites/a-vous-de-jouer-vote/", "« À vous de jouer » : votez !", m.p("Le vote du budget participatif est ouvert jusqu'au 20 avril sur jeparticipe.aubrecourt.fr et dans les mairies de quartier.",
             f'<a href="http://{K}/project/a-vous-de-jouer-2025/selection/vote">Je vote</a>'), {"participatory_budget"}),
        page("/actualites/concours-fleurissement/", "Concours des maisons fleuries", m.p("Inscriptions jusqu'au 31 mai. Le jury passera en juillet. Catégories : balcons, jardins, façades."),
             decoys={"suggestion_call"}),
        page("/actualites/conseil-municipal-mars/", "Conseil municipal du 27 mars", m.p("Ordre du jour : compte administratif 2024, budget supplémentaire, subventions, tarifs de la restauration scolaire."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/reservation-salles/", "Réserver une salle", m.booking("/reservation-salles/", "salle polyvalente", ["Journée", "Soirée", "Week-end"]), decoys={"contact_form"}),
        page("/contact/", "Contact", m.wpforms_contact(58, "/contact/"), {"contact_form"}),
    ]
    city = Site(W, "wordpress", "Ville d'Aubrecourt", www, menu=[("Accueil", "/"), ("Participer", "/democratie-participative/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "Aubrecourt"), social("x", "VilleAubrecourt")], address="Hôtel de ville, place Dalton, 62200 Aubrecourt")
    slug = "a-vous-de-jouer-2025"
    st = [("collect", "depot", "Dépôt des projets", "oct. - déc."), ("selection", "analyse", "Analyse", "janv. - fév."), ("selection", "vote", "Vote", "mars - avril")]
    capco = Site(K, "capcollectif", "Jeparticipe Aubrecourt", [
        page("/", "Accueil", m.p("La plateforme de participation de la Ville d'Aubrecourt.") + f'<div class="project-preview"><a href="/project/{slug}/selection/vote">À vous de jouer 2025</a></div>'
             + '<div class="project-preview"><a href="/project/plan-plage/questionnaire/votre-avis">Aménagement du front de mer</a></div>', {"participation_displayed"}),
        page(f"/project/{slug}/collect/depot", "Dépôt des projets (terminé)", m.capco_steps(slug, st, 0) + m.p("L'étape de dépôt est terminée : 112 projets déposés.")
             + m.capco_proposal_list(slug, "depot", [("toboggan-plage", "Un toboggan aquatique à la plage", "Par Jade", 0)]), {"participatory_budget"},
             parent=("À vous de jouer", f"/project/{slug}/selection/vote")),
        page(f"/project/{slug}/collect/depot/proposals/toboggan-plage", "Un toboggan aquatique à la plage", m.p("Projet déposé par Jade, jugé non recevable (coût)."), {"participatory_budget"},
             parent=("Dépôt", f"/project/{slug}/collect/depot")),
        page(f"/project/{slug}/selection/analyse", "Analyse des projets", m.capco_steps(slug, st, 1) + m.p("Les services ont étudié la faisabilité des projets."), {"participatory_budget"},
             parent=("À vous de jouer", f"/project/{slug}/selection/vote")),
        page(f"/project/{slug}/selection/vote", "À vous de jouer 2025 : le vote", m.capco_steps(slug, st, 2) + m.p("Votez pour 3 projets maximum.")
             + m.capco_proposal_list(slug, "vote", [("piste-pumptrack", "Une pumptrack au parc Saint-Léonard", "Par le collectif Glisse", 412),
                                                    ("fontaine-port", "Une fontaine au port", "Par Hugo", 198)], vote=True), {"participatory_budget"}),
        page(f"/project/{slug}/selection/vote/proposals/piste-pumptrack", "Une pumptrack au parc Saint-Léonard", m.p("Budget : 90 000 €.") + '<button class="btn btn-success">Voter pour</button>',
             {"participatory_budget"}, parent=("Vote", f"/project/{slug}/selection/vote")),
        page(f"/project/{slug}/selection/vote/proposals/fontaine-port", "Une fontaine au port", m.p("Budget : 40 000 €.") + '<button class="btn btn-success">Voter pour</button>',
             {"participatory_budget"}, parent=("Vote", f"/project/{slug}/selection/vote")),
        page("/project/plan-plage/questionnaire/votre-avis", "Aménagement du front de mer : votre avis", m.capco_questionnaire("/project/plan-plage/questionnaire/votre-avis",
             [("Vous venez sur la digue :", ["Tous les jours", "Le week-end", "L'été seulement"]), ("Faut-il plus d'ombre ?", ["Oui", "Non"]), ("Vos remarques", None)]), {"poll"}),
    ], menu=[("Accueil", "/"), ("À vous de jouer", f"/project/{slug}/selection/vote")], features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    flarum = Site(F, "flarum", "Forum des jeunes d'Aubrecourt", [
        page("/", "Toutes les discussions", m.flarum_list([("14-skatepark-ferme", "Skatepark fermé le dimanche ?", 11), ("17-bafa", "Aides pour passer le BAFA", 4)]), {"forum"}),
        page("/d/14-skatepark-ferme", "Skatepark fermé le dimanche ?", m.flarum_discussion([("Enzo", "2 mars", "Pourquoi c'est fermé ?"), ("Animateur PIJ", "3 mars", "Travaux jusqu'au 15.")]), {"forum"}),
        page("/d/17-bafa", "Aides pour passer le BAFA", m.flarum_discussion([("Lina", "6 mars", "La ville aide à payer le BAFA ?")]), {"forum"}),
    ])
    return _city("99127", "Aubrecourt", 99_300, "62", "HDF", [city, capco, flarum])


# =============================================================== 99128 Sérignolles (vendor CMS, Publik-run budget and petitions, neighbours' network)

def serignolles():
    W, P, V = "www.serignolles.fr", "demarches.serignolles.fr", "entre-voisins.serignolles.fr"
    news = m.teasers([("/actualites/semaine-de-la-participation", "Semaine de la participation", "Ateliers dans les quartiers.", "2025-03-03"),
                      ("/actualites/resultats-bp-2024", "Budget « Sérignolles Ensemble » : les lauréats 2024", "Dix projets retenus.", "2024-11-20"),
                      ("/actualites/rencontres-participation-numerique", "Participation en ligne : la Ville s'informe", "Retour sur les rencontres régionales.", "2025-02-06"),
                      ("/actualites/feux-de-la-saint-jean", "Feux de la Saint-Jean", "Programme de la soirée.", "2024-06-18")])
    www = [
        page("/", "Accueil", m.home("Sérignolles, 128 500 habitants, entre étangs et garrigue.",
             [("/serignolles-ensemble", "Sérignolles Ensemble"), ("/serignolles-ensemble/budget", "Budget participatif"), ("/serignolles-ensemble/petitions", "Pétitions"),
              ("/serignolles-ensemble/conseils-de-quartier", "Conseils de quartier"), (f"http://{V}/", "Entre voisins"), (f"http://{P}/", "Démarches"),
              ("/questionnaire-plages", "Questionnaire plages"), ("/contact", "Contact")],
             news, [("14", "mars", "Conseil de quartier Les Aubes", "Maison pour tous"), ("4", "avr.", "Atelier participatif", "Médiathèque")])),
        page("/serignolles-ensemble", "Sérignolles Ensemble", m.p(
            "Sous la bannière « Sérignolles Ensemble », la Ville rassemble ses démarches de participation citoyenne : conseils de quartier, budget participatif, droit de pétition et consultations.",
            "Une charte de la participation, signée en 2022, fixe les règles du jeu."), {"participation_displayed"}),
        page("/serignolles-ensemble/conseils-de-quartier", "Conseils de quartier", m.p("Sept conseils de quartier, ouverts à tous les habitants de plus de 16 ans, se réunissent chaque trimestre.",
             "Ils disposent chacun d'un budget de fonctionnement de 8 000 € pour des animations."), {"participation_displayed"}, parent=("Sérignolles Ensemble", "/serignolles-ensemble")),
        page("/serignolles-ensemble/budget", "Budget participatif Sérignolles Ensemble", m.p("Édition 2025 : 600 000 €. Déposez votre projet jusqu'au 15 avril via le formulaire en ligne.",
             f'<a href="http://{P}/budget-participatif/deposer-un-projet/">Déposer un projet</a>') + m.steps([("Dépôt", "mars-avril"), ("Études", "mai-juin"), ("Vote", "sept."), ("Réalisation", "2026")], 0),
             {"participatory_budget"}, parent=("Sérignolles Ensemble", "/serignolles-ensemble")),
        page("/serignolles-ensemble/petitions", "Droit de pétition", m.p("Une pétition réunissant 1 % des habitants inscrits sur les listes électorales (environ 800 signatures) est examinée en conseil municipal.",
             "Pétition en cours : « Un passage piéton sécurisé devant le collège Joffre » — 512 signatures.", f'<a href="http://{P}/petitions/signer-passage-pieton-joffre/">Signer en ligne</a>'),
             {"petition"}, parent=("Sérignolles Ensemble", "/serignolles-ensemble")),
        page("/serignolles-ensemble/voisins", "Entre voisins", m.p(f'Le réseau social des quartiers de Sérignolles : échanges, entraide, prêts. <a href="http://{V}/">S\'inscrire</a>.'),
             {"territorial_social_network"}, parent=("Sérignolles Ensemble", "/serignolles-ensemble")),
        page("/questionnaire-plages", "Questionnaire : vos plages cet été", m.aside(m.questionnaire("/questionnaire-plages/envoyer", "Aidez-nous à préparer la saison estivale.",
             [("Quelle plage fréquentez-vous ?", ["Les Aresquiers", "Le Grand Travers", "Autre"]), ("Êtes-vous satisfait de la navette ?", ["Oui", "Non"])]),
             m.related([("/serignolles-ensemble", "Sérignolles Ensemble")])), {"poll"}),
        page("/actualites/semaine-de-la-participation", "Semaine de la participation", m.p("Du 24 au 29 mars, ateliers, balades urbaines et soirée de restitution du budget participatif dans les sept quartiers."),
             {"participation_displayed"}),
        page("/actualites/resultats-bp-2024", "Les lauréats 2024", m.p("Dix projets ont été retenus par 5 120 votants : ombrières au boulodrome, boîtes à livres, jardin d'enfants aux Aubes...")
             + m.poll_results("Résultat du vote (trois premiers)", [("Ombrières du boulodrome", 24, 1229), ("Boîtes à livres", 19, 973), ("Jardin d'enfants", 15, 768)], "Vote clos."),
             {"participatory_budget"}, decoys={"poll"}),
        # an article naming participation platforms: the article is not itself a platform
        page("/actualites/rencontres-participation-numerique", "Participation en ligne : la Ville s'informe", m.p(
            "Élus et agents ont assisté aux rencontres régionales de la participation numérique. Plusieurs villes y ont présenté leurs outils : Decidim, CONSUL Democracy, Cap Collectif ou Go Vocal.",
            "Aucun choix n'est arrêté : la Ville poursuit pour l'instant le dépôt des projets et des pétitions par ses formulaires en ligne.")
             + m.share(f"http://{W}/actualites/rencontres-participation-numerique", "Participation en ligne"), decoys={"participatory_platform", "social_account"}),
        # an old article whose comments were closed: no form and no comment left
        page("/actualites/feux-de-la-saint-jean", "Feux de la Saint-Jean", m.p("Rendez-vous le 23 juin sur la plage du Grand Travers : bal, feu d'artifice et buvette des associations.")
             + '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>', decoys={"comments"}),
        page("/contact", "Contact", m.vendor_contact("/contact", ["Renseignement", "Réclamation", "Suggestion", "Autre"]), {"contact_form"}),
    ]
    city = Site(W, "vendor", "Ville de Sérignolles", www, menu=[("Accueil", "/"), ("Sérignolles Ensemble", "/serignolles-ensemble"), ("Voisins", "/serignolles-ensemble/voisins"), ("Contact", "/contact")],
                accounts=[social("facebook", "serignolles"), social("instagram", "ville_serignolles"), social("youtube", "serignollesTV")],
                address="Hôtel de ville, 1 place Jean-Moulin, 34000 Sérignolles")
    pub = Site(P, "publik", "Démarches Sérignolles", [
        page("/", "Démarches en ligne", m.tiles([("/budget-participatif/deposer-un-projet/", "Budget participatif : déposer un projet"),
             ("/petitions/signer-passage-pieton-joffre/", "Signer la pétition en cours"), ("/contact/", "Contacter la mairie"), ("/newsletter/", "Lettre d'information")], "Démarches")),
        page("/budget-participatif/deposer-un-projet/", "Budget participatif : déposer un projet", m.wcs_form("/budget-participatif/deposer-un-projet/", "Déposer un projet",
             [("Titre du projet", "text"), ("Quartier", "select:Les Aubes|Centre|Port-Marianne|Hauts-de-Sérignolles"), ("Description du projet", "textarea"), ("Coût estimé", "text"), ("Courriel", "email")]),
             {"participatory_budget", "suggestion_call"}),
        page("/petitions/signer-passage-pieton-joffre/", "Pétition : un passage piéton sécurisé devant le collège Joffre", m.p("512 signatures, seuil : 800.")
             + m.wcs_form("/petitions/signer-passage-pieton-joffre/", "Je signe", [("Nom", "text"), ("Prénom", "text"), ("Adresse", "text"), ("Courriel", "email")], "Signer"), {"petition"}),
        page("/contact/", "Contacter la mairie", m.wcs_form("/contact/", "Contact", [("Nom", "text"), ("Courriel", "email"), ("Message", "textarea")]), {"contact_form"}),
        page("/newsletter/", "Lettre d'information", m.newsletter("/newsletter/"), decoys={"contact_form"}),
    ], menu=[("Accueil", "/")], address="Ville de Sérignolles")
    net = Site(V, "community", "Entre voisins Sérignolles", [
        page("/", "Entre voisins", m.p("Le réseau des habitants de Sérignolles.") + m.tiles([("/groupes/les-aubes", "Les Aubes")], "Groupes")),
        page("/groupes/les-aubes", "Les Aubes", m.neighbour_feed([("don", "Patrice", "Je donne un lit bébé."), ("evenement", "Association des Aubes", "Repas partagé samedi.")], "Les Aubes")),
    ], menu=[("Accueil", "/")], features=frozenset({"territorial_social_network"}))
    return _city("99128", "Sérignolles", 128_500, "34", "OCC", [city, pub, net])


# =============================================================== the part

_BUILDERS = (valbrenne, marvigny, saint_aulnac, lorgemont, brassieu, montardenne, aubrecourt, serignolles)
_SPECIAL = {VALBRENNE_LS: _valbrenne_ls, LORGEMONT_LS: _lorgemont_ls}


def cities():
    return [build() for build in _BUILDERS]


def hosts():
    by_host = {site.host: site for city in cities() for site in city.sites}
    return {host: CustomHost(by_host[host], special) for host, special in _SPECIAL.items()}
