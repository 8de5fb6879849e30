"""Holdout part "estives": tourist, spa, seaside and wine towns of 8,000-30,000 inhabitants whose sites serve
visitors first, with the town hall's participation pages under a "Mairie" or "Vie municipale" menu."""
from ..site import City, Site, page, social
from . import estives_markup as m

NA, PDL, ARA = ("75", "Nouvelle-Aquitaine"), ("52", "Pays de la Loire"), ("84", "Auvergne-Rhône-Alpes")
EVENTS = [("12 juillet", "Feu d'artifice sur le port", "Quai principal"), ("20 juillet", "Marché nocturne", "Place de l'Église"),
          ("3 août", "Concert d'orgue", "Église Saint-Pierre"), ("15 août", "Brocante des estivants", "Centre-ville")]


def _city(code, name, pop, dep, region, sites):
    return City(code, name, pop, dep, region[0], region[1], f"http://{sites[0].host}/", sites)


def _home(intro, links, news_items):
    return m.home(intro, links, news_items, EVENTS)


# ---- 99331 Port-Sévrac: WordPress seaside town ------------------------------------------------
def port_sevrac():
    h = "www.port-sevrac.fr"
    news = [("/actualites/bilan-saison-estivale", "Bilan de la saison estivale", "2 septembre", "Fréquentation record sur les plages."),
            ("/actualites/resultats-sondage-stationnement", "Stationnement : les résultats", "18 juin", "Le sondage est terminé."),
            ("/actualites/forum-des-associations", "Forum des associations", "28 août", "Rendez-vous au complexe sportif.")]
    pages = [
        page("/", "Accueil", _home("Port-Sévrac, station balnéaire de Charente-Maritime : plages, port de plaisance et marais.",
             [("/decouvrir/plages", "Nos plages"), ("/office-de-tourisme", "Office de tourisme"), ("/sejourner/reserver", "Réserver un séjour"),
              ("/en/visit", "English"), ("/mairie", "Mairie"), ("/contact", "Contact"), ("/lettre-information", "Newsletter")], news)),
        page("/decouvrir/plages", "Nos plages", m.prose("Cinq plages surveillées de juin à septembre, dont deux labellisées Pavillon bleu.",
             "Accès aux personnes à mobilité réduite : tiralos disponibles au poste de secours de la Grande Conche.")),
        page("/office-de-tourisme", "Office de tourisme", m.prose("L'office de tourisme intercommunal vous accueille quai des Voiliers, 7 jours sur 7 en été.",
             "Suivez l'office sur <a href='https://www.instagram.com/otportsevrac'>Instagram</a> pour les bons plans du week-end.")),
        page("/en/visit", "Visit Port-Sévrac", m.prose("Sandy beaches, a marina and oyster huts: Port-Sévrac welcomes you all year round.",
             "The tourist office on the quay speaks English and can book your boat trips.")),
        # booking-only form: its notes box is for the stay, not a message to the city
        page("/sejourner/reserver", "Réserver un hébergement", m.prose("Hôtels, campings et meublés de tourisme classés, en réservation directe.")
             + m.booking("/sejourner/reserver", "Rechercher une disponibilité"), decoys={"contact_form"}),
        page("/mairie", "Mairie", m.tiles([("/mairie/concertation-front-de-mer", "Concertation sur le front de mer"),
             ("/mairie/conseils-de-quartier", "Conseils de quartier"), ("/mairie/boite-a-idees", "Boîte à idées"),
             ("/mairie/conseil-municipal", "Conseil municipal"), ("/mairie/participation-citoyenne", "Participation citoyenne (gendarmerie)"),
             ("/mairie/marches-publics", "Marchés publics")], "Vie municipale") + m.prose("Mairie ouverte du lundi au vendredi.")),
        page("/mairie/concertation-front-de-mer", "Réaménagement du front de mer : la concertation", m.prose(
             "La municipalité engage une concertation avec les habitants sur le réaménagement de la promenade du front de mer.",
             "Trois ateliers publics, une balade urbaine le 14 octobre et un questionnaire en ligne permettent à chacun de donner son avis avant l'esquisse finale.",
             "<a href='/mairie/concertation-front-de-mer/questionnaire'>Répondre au questionnaire</a>"),
             {"participation_displayed"}, parent=("Mairie", "/mairie")),
        page("/mairie/concertation-front-de-mer/questionnaire", "Front de mer : questionnaire", m.prose("Dix minutes pour nous dire comment vous utilisez la promenade.")
             + '<div class="wpforms-container"><form id="wpforms-form-310" class="wpforms-validate wpforms-form" method="post" action="/mairie/concertation-front-de-mer/questionnaire">'
             + '<fieldset><legend>Vous êtes</legend><ul>' + m._choices("wpforms[fields][1]", ["Habitant à l'année", "Résident secondaire", "Commerçant"]) + '</ul></fieldset>'
             + '<fieldset><legend>Faut-il réserver la promenade aux piétons en été ?</legend><ul>' + m._choices("wpforms[fields][2]", ["Oui", "Le soir seulement", "Non"]) + '</ul></fieldset>'
             + '<fieldset><legend>Équipements souhaités</legend><ul>' + m._choices("wpforms[fields][3]", ["Bancs", "Douches", "Ombrières", "Jeux d'enfants"], "checkbox") + '</ul></fieldset>'
             + '<button type="submit" name="wpforms[submit]" class="wpforms-submit">Envoyer mes réponses</button></form></div>',
             {"poll"}, parent=("Concertation", "/mairie/concertation-front-de-mer")),
        page("/mairie/conseils-de-quartier", "Les conseils de quartier", m.prose(
             "Quatre conseils de quartier (Le Port, La Conche, Les Brandes, Le Bourg) réunissent habitants volontaires et élus référents deux fois par an.",
             "Ils donnent leur avis sur les projets de voirie et portent de petits aménagements.",
             "<a href='/mairie/conseils-de-quartier/la-conche-compte-rendu'>Dernier compte rendu : La Conche</a>"), {"participation_displayed"}, parent=("Mairie", "/mairie")),
        # a report of a neighbourhood council's meeting presents the body and its work with residents
        page("/mairie/conseils-de-quartier/la-conche-compte-rendu", "Conseil de quartier de La Conche : réunion du 5 mars", m.prose(
             "Vingt-deux habitants présents. Points abordés : vitesse avenue des Pins, éclairage du parking de la plage.",
             "Le conseil de quartier propose une zone 30 ; la proposition sera étudiée par les services techniques."), {"participation_displayed"}),
        page("/mairie/boite-a-idees", "Boîte à idées", m.prose("Une idée pour améliorer la vie à Port-Sévrac hors saison ? Proposez-la : chaque idée reçoit une réponse.")
             + m.gravity_form(4, "/mairie/boite-a-idees", "Déposer une idée", m.gf_field(4, 1, "Nom") + m.gf_field(4, 2, "E-mail", "email")
             + m.gf_field(4, 3, "Votre idée", "textarea")), {"suggestion_call", "contact_form"}, parent=("Mairie", "/mairie")),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose("Prochaine séance le 27 mars à 18 h 30, salle des fêtes.",
             "Ordre du jour : vote du budget primitif 2025, taux d'imposition, subventions aux associations, compte administratif 2024.")
             , decoys={"participatory_budget", "participation_displayed"}),
        page("/mairie/participation-citoyenne", "Dispositif participation citoyenne", m.prose(
             "En lien avec la gendarmerie, des habitants référents signalent les faits inhabituels dans leur rue.",
             "Ce dispositif de vigilance protocolé par le préfet ne remplace pas l'appel au 17."), decoys={"participation_displayed", "territorial_social_network"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose("Appel d'offres : entretien des espaces verts du front de mer, date limite 30 avril.",
             "Dossier de consultation des entreprises sur la plateforme de dématérialisation."), decoys={"suggestion_call"}),
        page("/actualites/bilan-saison-estivale", "Bilan de la saison estivale", m.prose("Plus de 300 000 nuitées cet été et des plages sans incident majeur.")
             + m.wp_comments([("Marc D.", "3 septembre", "Merci aux sauveteurs !"), ("Annie", "4 septembre", "Trop de voitures au Bourg en août.")], "/wp-comments-post.php", 812)
             + m.share_buttons(f"http://{h}/actualites/bilan-saison-estivale"), {"comments"}),
        page("/actualites/resultats-sondage-stationnement", "Stationnement : résultats du sondage", m.prose("Merci aux 620 votants.")
             + m.wp_polls_closed(3, "Faut-il rendre le stationnement payant l'été au Bourg ?", [("Oui", 41, 254), ("Non", 59, 366)]), decoys={"poll"}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose("Le forum des associations aura lieu le 7 septembre au complexe sportif."), decoys={"forum"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, 1 place de la République.") + m.cf7_contact("/contact/"), {"contact_form"}),
        page("/lettre-information", "Lettre d'information", m.newsletter("/lettre-information"), decoys={"contact_form"}),
    ]
    site = Site(h, "wordpress", "Ville de Port-Sévrac", pages, menu=[("Découvrir", "/decouvrir/plages"), ("Séjourner", "/sejourner/reserver"),
                ("Mairie", "/mairie"), ("Contact", "/contact")], accounts=[social("facebook", "VillePortSevrac"), social("instagram", "portsevrac")],
                address="Hôtel de ville, 1 place de la République, Port-Sévrac")
    c = _city("99331", "Port-Sévrac", 19400, "17", NA, [site])
    c.decoy_accounts = ("https://www.instagram.com/otportsevrac",)
    return c


# ---- 99332 Bains-sur-Orcelle: Drupal spa town with a Decidim platform ------------------------
def bains_sur_orcelle():
    h, p = "www.bains-sur-orcelle.fr", "participer.bains-sur-orcelle.fr"
    news = [("/actualites/logiciel-libre", "Un logiciel libre pour participer", "10 janvier", "Le choix de Decidim."),
            ("/vie-municipale/enquete-publique-plu", "Enquête publique du PLU", "2 mai", "Registre ouvert."),
            ("/vie-municipale/recensement", "Recensement 2025", "15 janvier", "Les agents recenseurs passent.")]
    pages = [
        page("/", "Accueil", _home("Station thermale du Puy-de-Dôme, Bains-sur-Orcelle soigne rhumatismes et voies respiratoires depuis 1850.",
             [("/thermes", "Les thermes"), ("/curistes/reservation", "Réserver sa cure"), ("/en/spa-town", "English"), ("/vie-municipale", "Vie municipale"),
              ("/contact", "Contact"), (f"http://{p}/", "Je participe")], news)),
        page("/thermes", "Les thermes", m.prose("Établissement thermal ouvert d'avril à octobre ; cures de 18 jours conventionnées.")),
        page("/curistes/reservation", "Réserver sa cure", m.booking("/curistes/reservation", "Pré-réservation de cure et hébergement"), decoys={"contact_form"}),
        page("/en/spa-town", "A spa town in the volcanoes", m.prose("Thermal baths, a casino and walks in the Auvergne volcano park.")),
        page("/vie-municipale", "Vie municipale", m.tiles([("/vie-municipale/orcelle-en-commun", "Orcelle en commun"), ("/vie-municipale/conseil-des-jeunes", "Conseil municipal des jeunes"),
             ("/vie-municipale/budget", "Budget de la commune"), ("/vie-municipale/subventions", "Subventions aux associations"),
             ("/vie-municipale/enquete-publique-plu", "Enquête publique"), ("/vie-municipale/recensement", "Recensement")], "Vie municipale")),
        page("/vie-municipale/orcelle-en-commun", "Orcelle en commun", m.prose(
             "Orcelle en commun rassemble la démocratie participative de la commune : budget participatif, concertation sur le quartier des thermes, réunions publiques.",
             f"Tout se passe sur <a href='http://{p}/'>participer.bains-sur-orcelle.fr</a> et lors des permanences en mairie."), {"participation_displayed"}),
        # a youth council is a standing participatory body of young residents, presented here
        page("/vie-municipale/conseil-des-jeunes", "Conseil municipal des jeunes", m.prose(
             "Élus pour deux ans par leurs camarades de CM2 et de 6e, les 19 jeunes conseillers portent des projets et sont consultés sur les aménagements.")
             , {"participation_displayed"}),
        page("/vie-municipale/budget", "Budget de la commune", m.prose("Budget primitif 2025 : 14,2 M€ dont 4,1 M€ d'investissement.",
             "Compte administratif 2024 et rapport d'orientation budgétaire à télécharger."), decoys={"participatory_budget"}),
        page("/vie-municipale/subventions", "Subventions aux associations", m.prose("Appel à projets associatifs 2025 : dossiers de demande de subvention avant le 15 février."),
             decoys={"suggestion_call"}),
        # a statutory public inquiry (commissaire enquêteur's register), not an online poll of residents
        page("/vie-municipale/enquete-publique-plu", "Enquête publique sur la révision du PLU", m.prose(
             "Par arrêté du maire, l'enquête publique se tient du 2 au 31 mai. Le commissaire enquêteur reçoit en mairie ; le dossier est consultable en ligne."),
             decoys={"poll", "participation_displayed"}),
        page("/vie-municipale/recensement", "Recensement de la population", m.prose("L'Insee et la commune organisent le recensement : répondez sur le-recensement-et-moi.fr avec vos codes."),
             decoys={"poll"}),
        page("/actualites/logiciel-libre", "Un logiciel libre pour participer", m.prose("La commune a retenu Decidim, logiciel libre né à Barcelone, pour ses démarches en ligne.",
             "Une formation des agents a eu lieu en décembre."), decoys={"participatory_platform"}),
        page("/contact", "Contact", m.drupal_contact("/contact"), {"contact_form"}),
    ]
    www = Site(h, "drupal", "Bains-sur-Orcelle", pages, menu=[("Thermes", "/thermes"), ("Vie municipale", "/vie-municipale"), ("Contact", "/contact")],
               accounts=[social("facebook", "bainssurorcelle")], address="Mairie, 4 allée des Sources, Bains-sur-Orcelle")
    bp = "/processes/budget-participatif-2025"
    dp = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de Bains-sur-Orcelle.") + m.decidim_cards([
             (bp, "Budget participatif 2025", "Phase : vote"), ("/processes/quartier-des-thermes", "Quartier des thermes", "Concertation"),
             ("/processes/budget-participatif-2023", "Budget participatif 2023", "Terminé"), ("/processes/parc-thermal", "Parc thermal", "Terminé")])),
        page(bp, "Budget participatif 2025", m.decidim_phase("Vote des projets", "1er - 31 octobre") + m.prose(
             "40 000 € pour des projets proposés par les habitants de plus de 11 ans.", f"<a href='{bp}/f/11/proposals'>Propositions déposées</a> · <a href='{bp}/f/12/budgets/3/projects'>Voter</a>"),
             {"participatory_budget", "participation_displayed"}),
        page(f"{bp}/f/11/proposals", "Propositions", m.prose("Déposez vos idées de projets jusqu'au 15 juin. <a class='button' href='/users/sign_in'>Nouvelle proposition</a>")
             + m.decidim_cards([(f"{bp}/f/11/proposals/87", "Des fontaines à eau au parc", "12 soutiens")]), {"participatory_budget", "suggestion_call"}),
        page(f"{bp}/f/11/proposals/87", "Des fontaines à eau au parc", m.prose("Installer deux fontaines près des jeux d'enfants.")
             + m.decidim_comments(87, [("Lucie", "3 juin", "Très bonne idée pour les curistes aussi."), ("Paul R.", "5 juin", "Et une près du boulodrome ?")]),
             {"participatory_budget", "comments"}),
        page(f"{bp}/f/12/budgets/3/projects", "Voter pour les projets", m.prose("Choisissez vos projets dans la limite de 40 000 €.")
             + '<div class="budget-summary"><p>Vous avez attribué 0 € sur 40 000 €</p></div>' + m.decidim_cards([(f"{bp}/f/11/proposals/87", "Fontaines à eau", "8 000 €")]),
             {"participatory_budget"}),
        page("/processes/budget-participatif-2023", "Budget participatif 2023", m.prose("Édition terminée : 6 projets lauréats réalisés, dont le skate-park et les nichoirs.",
             "1 140 votants."), {"participatory_budget"}),
        page("/processes/quartier-des-thermes", "Quartier des thermes : concertation", m.prose("Concertation sur l'avenir du quartier des thermes : ateliers et questionnaire.",
             "<a href='/processes/quartier-des-thermes/f/14/surveys/5'>Répondre au questionnaire</a>"), {"participation_displayed"}),
        page("/processes/quartier-des-thermes/f/14/surveys/5", "Questionnaire", m.decidim_survey("/processes/quartier-des-thermes/f/14/surveys/5/answer",
             [("Fréquentez-vous le quartier hors saison ?", ["Souvent", "Parfois", "Jamais"]), ("Priorité", ["Commerces", "Logements", "Espaces verts"])]), {"poll"}),
        page("/processes/parc-thermal", "Parc thermal", m.prose("Consultation terminée en 2024.") + m.decidim_survey("", [], open_=False), decoys={"poll"}),
    ]
    dsite = Site(p, "decidim", "Participer à Bains-sur-Orcelle", dp, menu=[("Processus", "/"), ("Budget participatif", bp)],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return _city("99332", "Bains-sur-Orcelle", 11200, "63", ARA, [www, dsite])


# ---- 99333 Vignolac: SPIP wine town ------------------------------------------------------------
def vignolac():
    h = "www.vignolac.fr"
    A = lambda n: f"/spip.php?article{n}"
    news = [(A(21), "Fête des vendanges", "20 septembre", "Défilé des confréries."), (A(51), "Travaux de la halle", "4 mars", "La halle rouvre en juin."),
            (A(40), "Pétition : passage piéton rue des Chais", "1er avril", "Signez en ligne.")]
    pages = [
        page("/", "Accueil", _home("Vignolac, cité viticole de l'Entre-deux-Mers : châteaux, caves coopératives et bastide.",
             [("/spip.php?rubrique3", "Vignoble"), (A(21), "Vendanges"), (A(22), "Salon des vins"), ("/spip.php?rubrique7", "Mairie"), (A(50), "Contact"), (A(60), "English")], news)),
        page("/spip.php?rubrique3", "Vignoble et châteaux", m.prose("Une quarantaine de domaines ouvrent leurs chais à la visite.")),
        page(A(21), "Fête des vendanges", m.prose("Le dernier week-end de septembre, la bastide fête les vendanges.")),
        page(A(22), "Salon des vins et forum des viticulteurs", m.prose("Le forum des viticulteurs réunit exposants et acheteurs au chai municipal."), decoys={"forum"}),
        page(A(60), "Visit Vignolac", m.prose("A medieval bastide among vineyards; wine tastings every day in summer.")),
        page("/spip.php?rubrique7", "Mairie", m.tiles([(A(41), "Droit de pétition"), (A(40), "Pétition en cours"), (A(43), "Boîte à idées"), (A(44), "Conseils de hameaux"),
             (A(52), "Sondage médiathèque"), (A(45), "Pétition nationale"), (A(46), "Maisons fleuries"), (A(47), "Marché de producteurs"), (A(48), "Conseil municipal")], "La mairie")),
        # presents the city's own right of petition and points to the open petition on the site
        page(A(41), "Le droit de pétition", m.prose("Toute pétition signée par 5 % des électeurs de la commune peut demander l'inscription d'une question à l'ordre du jour du conseil municipal.",
             f"Les pétitions se signent en ligne sur ce site : <a href='{A(40)}'>pétition en cours</a>."), {"petition"}),
        page(A(40), "Pour un passage piéton rue des Chais", m.prose("Déposée par des parents d'élèves, cette pétition demande un passage protégé devant l'école.")
             + m.spip_petition(40, A(40), 143, [("Hélène B.", "2 avril"), ("Yves", "3 avril")]), {"petition"}),
        page(A(45), "Viticulture : une pétition nationale", m.prose("Une pétition nationale circule sur le prix du vrac : "
             "<a href='https://www.mesopinions.com/petition/politique/soutien-viticulteurs/1234'>mesopinions.com</a>. La commune relaie l'information."), decoys={"petition"}),
        page(A(43), "Boîte à idées", m.prose("Vos suggestions pour la commune : voirie, animations, environnement.")
             + m.formidable("idees", A(43), "Proposez vos idées", [("nom", "Nom", "text", ()), ("email", "Email", "email", ()), ("idee", "Votre suggestion", "textarea", ())]),
             {"suggestion_call", "contact_form"}),
        page(A(44), "Les conseils de hameaux", m.prose("Chacun des six hameaux dispose d'un conseil d'habitants réuni au printemps avec le maire-adjoint délégué.",
             "Ces assemblées d'habitants font remonter les besoins : chemins, fossés, fibre."), {"participation_displayed"}),
        page(A(46), "Concours des maisons fleuries", m.registration(A(46), "Inscription au concours", [("nom", "Nom", "text"), ("adresse", "Adresse", "text"), ("cat", "Catégorie", "text")]),
             decoys={"suggestion_call", "contact_form"}),
        page(A(47), "Appel à candidatures : marché de producteurs", m.prose("Producteurs locaux : candidatures pour les emplacements du marché du jeudi avant le 1er mai."),
             decoys={"suggestion_call"}),
        page(A(48), "Séance du conseil municipal du 12 mars", m.prose("Vote du budget primitif, tarifs de la salle des fêtes, convention avec le SDIS."),
             decoys={"participatory_budget", "participation_displayed"}),
        page(A(52), "Sondage : les horaires de la médiathèque", m.formidable("horaires", A(52), "Sondage", [("jour", "Quel jour d'ouverture ajouter ?", "radio", ("Lundi", "Dimanche matin")),
             ("soir", "Une ouverture le soir ?", "radio", ("Oui", "Non"))], "Voter"), {"poll"}),
        # SPIP's forum attached to an article is how residents comment on it
        page(A(51), "Travaux de la halle", m.prose("La halle rouvrira en juin après réfection de la charpente.")
             + m.spip_forum(51, [("Enfin", "5 mars", "Sylvie", "Le marché nous manquait."), ("Parking", "6 mars", "Jean", "Pensez aux places livraisons.")]), {"comments"}),
        page(A(50), "Nous contacter", m.prose("Mairie de Vignolac, place de la Bastide.") + m.spip_contact(A(50)), {"contact_form"}),
    ]
    site = Site(h, "spip", "Vignolac", pages, menu=[("Vignoble", "/spip.php?rubrique3"), ("Mairie", "/spip.php?rubrique7"), ("Contact", A(50))],
                accounts=[social("facebook", "vignolac33"), social("youtube", "VilledeVignolac")], address="Mairie, place de la Bastide, Vignolac")
    return _city("99333", "Vignolac", 9300, "33", NA, [site])


# ---- 99334 Les Sables-d'Orvelle: Joomla seaside town, Cap Collectif budget ------------------
def sables_dorvelle():
    h, p = "www.sables-dorvelle.fr", "orvelle.cap-collectif.com"
    J = lambda s: f"/index.php/{s}"
    news = [(J("actualites/navette-estivale"), "Navette estivale", "1er juin", "Donnez votre avis."), (J("actualites/concours-photo"), "Concours photo", "5 mai", "Le littoral en images."),
            (J("actualites/digue"), "Travaux de la digue", "12 avril", "Fin du chantier en mai.")]
    pages = [
        page("/", "Accueil", _home("Les Sables-d'Orvelle, station vendéenne : 9 km de plages, forêt de pins et port de pêche.",
             [(J("plages"), "Plages"), (J("campings"), "Campings"), (J("en"), "English"), (J("mairie"), "Mairie"), (J("mairie/contact"), "Contact"), (J("mairie/paiement"), "Paiement en ligne")], news)),
        page(J("plages"), "Les plages", m.prose("Neuf kilomètres de sable fin, trois postes de secours.")),
        page(J("campings"), "Campings municipaux", m.booking(J("campings"), "Réserver un emplacement"), decoys={"contact_form"}),
        page(J("en"), "Welcome", m.prose("Welcome to the Vendée coast: beaches, pine forest and a fishing harbour.")),
        page(J("mairie"), "Mairie", m.tiles([(J("mairie/orvelle-en-projets"), "Orvelle en projets"), (J("mairie/orvelle-en-projets/reglement"), "Règlement"),
             (J("mairie/comite-littoral"), "Comité consultatif du littoral"), (J("mairie/finances"), "Finances"), (J("office-de-tourisme/rapport"), "Office de tourisme : rapport")], "Mairie")),
        page(J("mairie/orvelle-en-projets"), "Orvelle en projets", m.prose("Orvelle en projets, c'est notre budget participatif : 60 000 € pour les idées des habitants.",
             "Dépôt des projets au printemps, analyse, puis vote en ligne et en mairie à l'automne.", f"<a href='http://{p}/'>Participer sur la plateforme</a>"),
             {"participatory_budget", "participation_displayed"}),
        page(J("mairie/orvelle-en-projets/reglement"), "Règlement d'Orvelle en projets", m.prose("Article 1 : tout habitant de plus de 12 ans peut déposer un projet d'intérêt général.",
             "Article 4 : chaque votant dispose de trois voix."), {"participatory_budget"}),
        page(J("mairie/comite-littoral"), "Comité consultatif du littoral", m.prose("Ce comité associe habitants, pêcheurs et associations à la concertation sur la gestion du trait de côte.")
             , {"participation_displayed"}),
        page(J("actualites/navette-estivale"), "Navette estivale : votre avis", m.with_aside(m.prose("La navette gratuite relie le centre aux plages en juillet-août."),
             '<div class="moduletable mod-poll"><h3>Sondage</h3><form action="/index.php" method="post" name="form2" class="poll">'
             '<p>La navette doit-elle circuler en juin ?</p><ul>' + m._choices("voteid", ["Oui", "Non", "Le week-end seulement"]) + '</ul>'
             '<input type="submit" name="task_button" class="btn" value="Voter"><input type="hidden" name="option" value="com_poll"><input type="hidden" name="task" value="vote"></form></div>')
             + m.jcomments(77, [("Gérard", "2 juin", "Indispensable pour les anciens."), ("Léa", "3 juin", "Et un arrêt au camping !")]), {"poll", "comments"}),
        page(J("actualites/concours-photo"), "Concours photo : le littoral", m.prose("Envoyez jusqu'à trois photos avant le 30 juin ; prix remis aux Journées du patrimoine."),
             decoys={"suggestion_call"}),
        page(J("actualites/digue"), "Travaux de la digue", m.prose("Le renforcement de la digue s'achève. Les commentaires sont désactivés pour cet article."), decoys={"comments"}),
        page(J("mairie/finances"), "Finances", m.prose("Budget primitif 2025 voté le 20 mars. Le budget participatif représente 0,3 % de l'investissement."), decoys={"participatory_budget"}),
        page(J("office-de-tourisme/rapport"), "Office de tourisme : rapport d'activité", m.prose("Comptes 2024 de l'office : 1,2 M€ de recettes.",
             "Enquête de satisfaction des visiteurs : 92 % satisfaits (questionnaire clos, 1 830 répondants)."), decoys={"poll", "participatory_budget"}),
        page(J("mairie/contact"), "Contact", m.joomla_contact(J("mairie/contact")), {"contact_form"}),
        page(J("mairie/paiement"), "Paiement en ligne", m.payment(J("mairie/paiement")), decoys={"contact_form"}),
    ]
    www = Site(h, "joomla", "Les Sables-d'Orvelle", pages, menu=[("Plages", J("plages")), ("Mairie", J("mairie")), ("Contact", J("mairie/contact"))],
               accounts=[social("facebook", "sablesdorvelle"), social("instagram", "sables_dorvelle")], address="Hôtel de ville, 10 avenue de l'Océan")
    pr = "/project/orvelle-en-projets-2025"
    cp = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme participative des Sables-d'Orvelle.")
             + m.tiles([(f"{pr}/presentation/presentation-1", "Orvelle en projets 2025"), ("/project/orvelle-en-projets-2024/selection/laureats", "Lauréats 2024"),
                        ("/project/plan-plage/questionnaire/questionnaire", "Questionnaire plan plage")], "Projets")),
        page(f"{pr}/presentation/presentation-1", "Orvelle en projets 2025", m.capco_steps([(f"{pr}/presentation/presentation-1", "Présentation", "", True),
             (f"{pr}/collect/depot-des-projets", "Dépôt", "avril-mai", False), (f"{pr}/selection/vote", "Vote", "octobre", False)])
             + m.prose("Le budget participatif des Sables-d'Orvelle : proposez, puis votez."), {"participatory_budget", "participation_displayed"}),
        page(f"{pr}/collect/depot-des-projets", "Dépôt des projets", m.prose("Déposez votre projet jusqu'au 31 mai. <a href='/login'>Déposer un projet</a>")
             + m.capco_proposals([(f"{pr}/collect/depot-des-projets/proposals/abri-velos-gare", "Un abri à vélos à la gare", "Quartier gare", 34, 2)]),
             {"participatory_budget", "suggestion_call"}),
        page(f"{pr}/collect/depot-des-projets/proposals/abri-velos-gare", "Un abri à vélos à la gare", m.prose("Un abri sécurisé de 30 places.")
             + m.capco_comments([("Nadia", "12 mai", "Oui, et couvert !"), ("Thierry", "14 mai", "Pensez aux vélos cargos.")]), {"participatory_budget", "comments"}),
        page(f"{pr}/selection/vote", "Vote", m.prose("Votez pour trois projets maximum.") + m.capco_proposals([(f"{pr}/collect/depot-des-projets/proposals/abri-velos-gare", "Abri à vélos", "12 000 €", 34, 2)]),
             {"participatory_budget"}),
        page("/project/orvelle-en-projets-2024/selection/laureats", "Lauréats 2024", m.prose("Édition 2024 : la boîte à livres de la plage et le verger partagé ont été réalisés."),
             {"participatory_budget"}),
        page("/project/plan-plage/questionnaire/questionnaire", "Questionnaire : plan plage", '<form class="questionnaire-form" method="post" action="/graphql">'
             + '<fieldset><legend>Faut-il une plage sans tabac ?</legend><ul>' + m._choices("responses[0]", ["Oui", "Non"]) + '</ul></fieldset>'
             + '<button type="submit" class="btn btn-primary">Envoyer</button></form>', {"poll"}),
    ]
    csite = Site(p, "capcollectif", "Orvelle participe", cp, menu=[("Projets", "/")], features=frozenset({"participatory_platform"}),
                 platforms=frozenset({"capcollectif"}))
    return _city("99334", "Les Sables-d'Orvelle", 16800, "85", PDL, [www, csite])


# ---- 99335 Jarnières-sur-Charente: TYPO3 cognac town, e-petitions and a neighbours' network ---
def jarnieres():
    h, v = "www.jarnieres-sur-charente.fr", "voisins.jarnieres-sur-charente.fr"
    news = [("/actualites/voisins-en-fete", "Fête des voisins", "20 mai", "Inscrivez votre rue."), ("/actualites/lettre", "La lettre municipale", "1er mai", "Abonnez-vous."),
            ("/vie-municipale/petitions", "Pétitions citoyennes", "3 avril", "Une pétition en cours.")]
    pages = [
        page("/", "Accueil", _home("Jarnières-sur-Charente, au cœur du vignoble de Cognac : maisons de négoce, gabarres et bords de Charente.",
             [("/decouvrir/maisons-de-cognac", "Maisons de cognac"), ("/decouvrir/gabarre", "Croisière en gabarre"), ("/en/discover", "English"),
              ("/vie-municipale", "Vie municipale"), ("/vie-municipale/contact", "Contact"), (f"http://{v}/", "Réseau de voisins")], news)),
        page("/decouvrir/maisons-de-cognac", "Maisons de cognac", m.prose("Visites et dégustations dans six maisons de négoce.")),
        page("/decouvrir/gabarre", "Croisière en gabarre", m.booking("/decouvrir/gabarre", "Réserver une croisière", False), decoys={"contact_form"}),
        page("/en/discover", "Discover Jarnières", m.prose("Cognac houses, river cruises and Romanesque churches.")),
        page("/vie-municipale", "Vie municipale", m.tiles([("/vie-municipale/petitions", "Pétitions"), ("/vie-municipale/petitions/deposer", "Déposer une pétition"),
             ("/vie-municipale/reseau-de-voisins", "Réseau de voisins"), ("/vie-municipale/reunions-de-quartier", "Réunions de quartier"),
             ("/vie-municipale/participation-citoyenne", "Participation citoyenne"), ("/vie-municipale/deliberations", "Délibérations"),
             ("/vie-municipale/appel-a-projets", "Appel à projets associatifs")], "Vie municipale")),
        page("/vie-municipale/petitions", "Pétitions citoyennes", m.prose("Les habitants peuvent lancer et signer des pétitions. À 300 signatures, le conseil municipal en débat.",
             "Pétition en cours : <a href='/vie-municipale/petitions/eclairage-passerelle'>Un éclairage sur la passerelle de la Charente</a> (212 signatures).")
             + m.powermail(12, "/vie-municipale/petitions", [("nom", "Nom", "text", ()), ("email", "E-mail", "email", ()), ("soutien", "Je signe", "radio", ("Je signe la pétition",))], "Signer"),
             {"petition"}),
        page("/vie-municipale/petitions/eclairage-passerelle", "Pétition : un éclairage sur la passerelle", m.prose(
             "Texte déposé par le collectif des riverains du Port : la passerelle piétonne n'est pas éclairée la nuit.", "212 signatures sur 300 nécessaires.")
             + m.powermail(14, "/vie-municipale/petitions/eclairage-passerelle", [("nom", "Nom", "text", ()), ("email", "E-mail", "email", ())], "Je signe"),
             {"petition"}, parent=("Pétitions", "/vie-municipale/petitions")),
        # filing a petition: the form carries the petition's free text, addressed to the council
        page("/vie-municipale/petitions/deposer", "Déposer une pétition", m.powermail(13, "/vie-municipale/petitions/deposer",
             [("titre", "Titre de la pétition", "text", ()), ("texte", "Texte de la pétition", "textarea", ()), ("email", "Votre e-mail", "email", ())], "Déposer"),
             {"petition", "contact_form"}),
        page("/vie-municipale/reseau-de-voisins", "Le réseau social de voisins", m.prose("Prêter une échelle, trouver un covoiturage, signaler un chat perdu : la commune a ouvert un réseau social de proximité réservé aux habitants.",
             f"Inscription gratuite sur <a href='http://{v}/'>voisins.jarnieres-sur-charente.fr</a>."), {"territorial_social_network"}),
        page("/vie-municipale/reunions-de-quartier", "Réunions de quartier", m.prose("Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants de chaque quartier pour débattre des projets : Saint-Jacques, Les Chais, Le Port."),
             {"participation_displayed"}),
        page("/vie-municipale/participation-citoyenne", "Participation citoyenne", m.prose("Protocole signé avec la gendarmerie : des citoyens référents veillent sur leur quartier et alertent les gendarmes."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/vie-municipale/deliberations", "Délibérations", m.prose("Conseil du 2 avril : budget primitif, décision modificative n° 1, tarifs."), decoys={"participatory_budget"}),
        page("/vie-municipale/appel-a-projets", "Appel à projets associatifs", m.prose("Subventions exceptionnelles : les associations déposent leur dossier avant le 31 janvier."),
             decoys={"suggestion_call"}),
        page("/vie-municipale/contact", "Contact", m.powermail(1, "/vie-municipale/contact", [("nom", "Nom", "text", ()), ("email", "E-mail", "email", ()),
             ("message", "Votre message", "textarea", ())]), {"contact_form"}),
        page("/actualites/voisins-en-fete", "Fête des voisins", m.prose("Le 30 mai, la commune prête tables et bancs. Les organisateurs peuvent aussi l'annoncer sur le réseau de voisins."),
             decoys={"territorial_social_network"}),
        page("/actualites/lettre", "La lettre municipale", m.newsletter("/actualites/lettre", "La lettre de Jarnières"), decoys={"contact_form"}),
    ]
    www = Site(h, "typo3", "Jarnières-sur-Charente", pages, menu=[("Découvrir", "/decouvrir/maisons-de-cognac"), ("Vie municipale", "/vie-municipale"),
               ("Contact", "/vie-municipale/contact")], accounts=[social("facebook", "JarnieresSurCharente")], address="Mairie, 2 quai de l'Échassier")
    vp = [
        page("/", "Le fil du quartier", m.prose("Le réseau des voisins de Jarnières-sur-Charente.") + m.community_posts([
             ("/annonces/pret-echelle", "Martine", "Saint-Jacques", "Qui peut me prêter une échelle ?", "Pour samedi matin.", 3),
             ("/groupes/les-chais", "Rémi", "Les Chais", "Groupe des Chais", "Nettoyage des berges dimanche.", 7)])),
        page("/annonces/pret-echelle", "Qui peut me prêter une échelle ?", m.community_posts([("/annonces/pret-echelle", "Martine", "Saint-Jacques", "Échelle", "Pour samedi matin.", 3)])
             + '<section class="replies"><p><b>Jacques</b> : j\'en ai une, passez au 12.</p><form method="post" action="/annonces/pret-echelle/repondre"><textarea name="reponse"></textarea><button>Répondre</button></form></section>'),
        page("/groupes/les-chais", "Groupe : Les Chais", m.community_posts([("/annonces/pret-echelle", "Rémi", "Les Chais", "Nettoyage des berges", "Rendez-vous 9 h.", 7)])),
    ]
    vsite = Site(v, "community", "Voisins de Jarnières", vp, menu=[("Fil", "/"), ("Les Chais", "/groupes/les-chais")],
                 features=frozenset({"territorial_social_network"}))
    return _city("99335", "Jarnières-sur-Charente", 12900, "16", NA, [www, vsite])


# ---- 99336 Montbreuil-sur-Loire: WordPress, Fluicity and a phpBB board -------------------------
def montbreuil():
    h, f, b = "www.montbreuil-sur-loire.fr", "montbreuil.flui.city", "forum.montbreuil-sur-loire.fr"
    news = [("/actualites/piscine", "Piscine : votre avis", "2 avril", "Sondage en ligne."), ("/actualites/marche-resultats", "Marché : résultats", "10 février", "Sondage clos."),
            ("/actualites/inondations", "Crue de la Loire", "12 janvier", "Point de situation.")]
    pages = [
        page("/", "Accueil", _home("Montbreuil-sur-Loire : caves troglodytiques, vins de Loire et château sur le fleuve.",
             [("/tourisme/caves", "Caves troglodytiques"), ("/tourisme/salon-des-vins", "Salon des vins"), ("/tourisme/en", "English"), ("/vie-municipale", "Vie municipale"),
              ("/contact", "Contact"), ("/espace-citoyen", "Espace citoyen"), (f"http://{b}/", "Forum des habitants")], news)),
        page("/tourisme/caves", "Caves troglodytiques", m.prose("Visites des caves creusées dans le tuffeau, d'avril à novembre.")),
        page("/tourisme/salon-des-vins", "Forum des vins et saveurs", m.prose("Le forum des vins et saveurs réunit 80 vignerons à la salle Anjou."), decoys={"forum"}),
        page("/tourisme/en", "Visit Montbreuil", m.prose("Troglodyte cellars, Loire wines and a riverside castle.")),
        page("/vie-municipale", "Vie municipale", m.tiles([("/vie-municipale/montbreuil-participe", "Montbreuil participe"), ("/vie-municipale/boite-a-idees", "Boîte à idées"),
             ("/vie-municipale/appel-a-idees-bords-de-loire", "Appel à idées : bords de Loire"), ("/vie-municipale/forum-emploi", "Forum de l'emploi"),
             ("/vie-municipale/recrutement", "Recrutement")], "Vie municipale")),
        page("/vie-municipale/montbreuil-participe", "Montbreuil participe", m.prose("La démocratie locale à Montbreuil : ateliers de concertation, idées des habitants, questionnaires.",
             f"Rendez-vous sur <a href='http://{f}/'>la plateforme Montbreuil participe</a>."), {"participation_displayed"}),
        page("/vie-municipale/boite-a-idees", "Boîte à idées", m.gravity_form(7, "/vie-municipale/boite-a-idees", "Vos suggestions",
             m.gf_field(7, 1, "Prénom") + m.gf_field(7, 2, "E-mail", "email") + m.gf_field(7, 3, "Votre suggestion pour la ville", "textarea"), "Proposer"),
             {"suggestion_call", "contact_form"}),
        # the call for ideas is explicit even though filing has ended; unlike poll, the codebook sets no open-only condition
        page("/vie-municipale/appel-a-idees-bords-de-loire", "Appel à idées : les bords de Loire", m.prose("De janvier à mars, la ville a invité les habitants à proposer leurs idées pour les quais.",
             "Le dépôt est clos : 64 idées reçues, en cours d'étude. Une seconde session d'appel à idées ouvrira à l'automne."), {"suggestion_call"}),
        page("/vie-municipale/forum-emploi", "Forum de l'emploi saisonnier", m.prose("Vendanges, hôtellerie : 40 recruteurs au forum de l'emploi, le 15 mars."), decoys={"forum"}),
        page("/vie-municipale/recrutement", "La ville recrute", m.prose("Appel à candidatures : agent d'accueil touristique (saisonnier)."), decoys={"suggestion_call"}),
        page("/actualites/piscine", "Piscine municipale : votre avis", m.with_aside(m.prose("La piscine rouvre après travaux. Quels horaires vous conviennent ?"),
             m.wp_polls(9, "Quel créneau d'ouverture en soirée ?", ["18 h - 20 h", "19 h - 21 h", "Pas de soirée"])), {"poll"}),
        page("/actualites/marche-resultats", "Marché : résultats du sondage", m.wp_polls_closed(6, "Déplacer le marché sur les quais ?", [("Oui", 55, 301), ("Non", 45, 246)]),
             decoys={"poll"}),
        page("/actualites/inondations", "Crue de la Loire", m.prose("La vigilance orange est levée. Voies sur berge rouvertes.") + m.wp_comments_closed(), decoys={"comments"}),
        page("/contact", "Contact", m.cf7_contact("/contact/"), {"contact_form"}),
        page("/espace-citoyen", "Espace citoyen", m.login("/espace-citoyen"), decoys={"contact_form"}),
    ]
    www = Site(h, "wordpress", "Montbreuil-sur-Loire", pages, menu=[("Tourisme", "/tourisme/caves"), ("Vie municipale", "/vie-municipale"), ("Contact", "/contact")],
               accounts=[social("facebook", "montbreuilsurloire"), social("x", "Montbreuil49")], address="Mairie, 1 rue du Tuffeau, Montbreuil-sur-Loire")
    fp = [
        page("/", "Montbreuil participe", m.prose("Proposez vos idées pour Montbreuil et soutenez celles de vos voisins.") + m.fluicity_ideas([
             ("/ideas/berges-ombragees", "Des berges ombragées", "Claire", 42)]) + m.tiles([("/surveys/mobilite-douce", "Questionnaire mobilité"), ("/events/atelier-quais", "Atelier des quais")], "En ce moment"),
             {"suggestion_call"}),
        page("/ideas/berges-ombragees", "Des berges ombragées", m.prose("Planter des arbres le long du quai Nord.") + m.fluicity_comments([("Bruno", "3 mars", "Oui, avec des bancs.")]),
             {"suggestion_call", "comments"}),
        page("/surveys/mobilite-douce", "Questionnaire : mobilité douce", '<form class="fl-survey" method="post" action="/api/surveys/31/answers"><fieldset><legend>Vous déplacez-vous à vélo ?</legend><ul>'
             + m._choices("q1", ["Chaque jour", "Parfois", "Jamais"]) + '</ul></fieldset><button type="submit">Valider</button></form>', {"poll"}),
        page("/events/atelier-quais", "Atelier de concertation sur les quais", m.prose("Atelier ouvert à tous les habitants le 12 avril, salle du Tuffeau : concertation sur le réaménagement des quais."),
             {"participation_displayed"}),
    ]
    fsite = Site(f, "vendor", "Montbreuil participe", fp, menu=[("Idées", "/"), ("Questionnaires", "/surveys/mobilite-douce")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}), address="Plateforme Fluicity")
    bp = [
        page("/", "Index du forum", m.phpbb_topics(2, [(14, "Stationnement rue du Château", "Pierrot49", 12), (15, "Bruit des bars l'été", "Nina", 8)])
             + '<p><a href="./viewforum.php?f=2">Vie des quartiers</a></p>'),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, [(14, "Stationnement rue du Château", "Pierrot49", 12)])),
        page("/viewtopic.php?t=14", "Stationnement rue du Château", m.phpbb_posts(14, [("Pierrot49", "3 mai", "Impossible de se garer le week-end."), ("Annie", "3 mai", "Le parking des Caves est souvent vide.")])),
        page("/viewtopic.php?t=15", "Bruit des bars l'été", m.phpbb_posts(15, [("Nina", "9 juillet", "Musique jusqu'à 2 h sur les quais."), ("Marc", "10 juillet", "Un arrêté existe pourtant.")])),
    ]
    bsite = Site(b, "phpbb", "Forum des Montbreuillais", bp, features=frozenset({"forum"}))
    return _city("99336", "Montbreuil-sur-Loire", 24600, "49", PDL, [www, fsite, bsite])


# ---- 99337 Vaudesse-les-Bains: vendor CMS spa town, Publik e-services, Go Vocal ---------------
def vaudesse():
    h, d, g = "www.vaudesse-les-bains.fr", "demarches.vaudesse-les-bains.fr", "vaudesse.govocal.com"
    news = [("/actualites/budget-participatif-departement", "Le Département lance son budget participatif", "3 mars", "Un projet pour l'Allier ?"),
            ("/actualites/concours-photo", "Concours photo thermal", "1er avril", "À vos objectifs."), ("/mairie/coeur-de-ville", "Cœur de ville", "15 mars", "La concertation est ouverte.")]
    pages = [
        page("/", "Accueil", _home("Vaudesse-les-Bains, ville d'eaux de l'Allier : thermes Belle Époque, casino, parc des Sources.",
             [("/sejourner/thermes", "Thermes"), ("/sejourner/casino", "Casino et spectacles"), ("/en/spa", "English"), ("/mairie", "Mairie"), (f"http://{d}/", "Démarches en ligne"),
              ("/mairie/nous-ecrire", "Nous écrire"), (f"http://{g}/", "Je participe")], news)),
        page("/sejourner/thermes", "Les thermes", m.prose("Cures en rhumatologie et phlébologie, mini-cures de 6 jours.")),
        page("/sejourner/casino", "Casino et spectacles", m.prose("Saison d'opérettes au théâtre du casino, de mai à septembre.")),
        page("/en/spa", "Spa town", m.prose("A Belle Époque spa town with thermal baths and a casino theatre.")),
        page("/mairie", "Mairie", m.tiles([("/mairie/coeur-de-ville", "Concertation cœur de ville"), ("/mairie/conseils-de-quartier", "Conseils de quartier"),
             ("/mairie/questionnaire-jeunesse", "Questionnaire jeunesse"), ("/mairie/enquete-publique", "Enquête publique"), ("/mairie/conseil-municipal", "Conseil municipal"),
             ("/mairie/petition-ligne", "Ligne ferroviaire")], "Mairie")),
        page("/mairie/coeur-de-ville", "Concertation : le cœur de ville", m.prose("Place des Thermes, rue du Casino : la ville ouvre une concertation publique sur le cœur de ville.",
             f"Déposez vos idées et répondez au sondage sur <a href='http://{g}/fr-FR/projects/coeur-de-ville'>la plateforme de participation</a>."), {"participation_displayed"}),
        page("/mairie/conseils-de-quartier", "Conseils de quartier", m.prose("Trois conseils de quartier : Les Sources, Le Vieux Bourg, La Gare. Réunions ouvertes, comptes rendus en ligne."),
             {"participation_displayed"}),
        page("/mairie/questionnaire-jeunesse", "Questionnaire : les 11-25 ans", m.prose("Aidez-nous à construire la politique jeunesse.")
             + '<form class="form-questionnaire" action="/mairie/questionnaire-jeunesse" method="post"><fieldset><legend>Quel âge avez-vous ?</legend><ul>'
             + m._choices("age", ["11-14", "15-17", "18-25"]) + '</ul></fieldset><fieldset><legend>Que manque-t-il ?</legend><ul>'
             + m._choices("manque[]", ["Un lieu pour se retrouver", "Des concerts", "Des transports le soir"], "checkbox") + '</ul></fieldset><button type="submit">Envoyer</button></form>', {"poll"}),
        page("/mairie/enquete-publique", "Enquête publique : zone thermale", m.prose("Enquête publique préalable à la déclaration d'utilité publique, du 6 au 24 mai ; registre en mairie."),
             decoys={"poll", "participation_displayed"}),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose("Ordre du jour : budget primitif, compte de gestion, garantie d'emprunt."), decoys={"participatory_budget", "participation_displayed"}),
        page("/mairie/petition-ligne", "Ligne ferroviaire : la ville mobilisée", m.prose("Une pétition nationale pour les lignes de desserte fine : "
             "<a href='https://www.change.org/p/pour-nos-petites-lignes'>change.org</a>."), decoys={"petition"}),
        # only a mailto link and a pointer to the e-services portal: no form on this page
        page("/mairie/nous-ecrire", "Nous écrire", m.prose("Écrivez à <a href='mailto:mairie@vaudesse-les-bains.fr'>mairie@vaudesse-les-bains.fr</a> ou utilisez "
             f"<a href='http://{d}/contact/'>le formulaire en ligne</a>."), decoys={"contact_form"}),
        page("/actualites/budget-participatif-departement", "Le Département lance son budget participatif", m.prose("Le conseil départemental ouvre son budget participatif ; les associations locales peuvent y déposer un projet sur le site du Département."),
             decoys={"participatory_budget"}),
        page("/actualites/concours-photo", "Concours photo « Vaudesse thermale »", m.prose("Envoyez vos photos avant le 31 mai ; exposition au parc des Sources."), decoys={"suggestion_call"}),
    ]
    www = Site(h, "vendor", "Ville de Vaudesse-les-Bains", pages, menu=[("Séjourner", "/sejourner/thermes"), ("Mairie", "/mairie"), ("Démarches", f"http://{d}/")],
               accounts=[social("facebook", "VaudesseLesBains"), social("instagram", "vaudesse_les_bains")], address="Hôtel de ville, place des Thermes")
    dp = [
        page("/", "Démarches en ligne", m.tiles([("/contact/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème"), ("/inscription-cantine/", "Inscription à la cantine")], "Démarches")),
        page("/contact/", "Contacter la mairie", m.publik_form("/contact/", "Formulaire de contact", [("Nom", "text"), ("Courriel", "email"), ("Votre message", "textarea")]), {"contact_form"}),
        page("/signaler-un-probleme/", "Signaler un problème", m.publik_form("/signaler-un-probleme/", "Signalement", [("Adresse", "text"), ("Description", "textarea")]), {"contact_form"}),
        page("/inscription-cantine/", "Inscription à la cantine", m.publik_form("/inscription-cantine/", "Inscription", [("Nom de l'enfant", "text"), ("École", "text"), ("Date de début", "date")]),
             decoys={"contact_form"}),
    ]
    dsite = Site(d, "publik", "Vaudesse-les-Bains - démarches", dp, menu=[("Accueil", "/")], address="Hôtel de ville, place des Thermes")
    gp = [
        page("/", "Vaudesse participe", m.prose("La plateforme de participation de Vaudesse-les-Bains.") + m.tiles([("/fr-FR/projects/coeur-de-ville", "Cœur de ville"),
             ("/fr-FR/projects/coeur-de-ville-sondage", "Sondage cœur de ville")], "Projets")),
        page("/fr-FR/projects/coeur-de-ville", "Cœur de ville", m.prose("Phase 1 : partagez vos idées pour la place des Thermes.")
             + '<div class="e2e-ideas-list"><a class="e2e-idea-card" href="/fr-FR/ideas/halle-couverte">Une halle couverte</a></div>'
             + '<button type="button" class="e2e-idea-button" id="e2e-idea-button">Soumettre votre idée</button>', {"participation_displayed", "suggestion_call"}),
        page("/fr-FR/ideas/halle-couverte", "Une halle couverte", m.prose("Une halle pour le marché et les fêtes.")
             + '<div id="e2e-comments-container"><div class="e2e-comment"><b>Odile</b> <p>Oui, à condition de garder les platanes.</p></div>'
             '<form id="e2e-parent-comment-form"><textarea id="submit-comment" placeholder="Écrivez votre commentaire ici"></textarea><button id="e2e-submit-parentcomment">Publier</button></form></div>',
             {"suggestion_call", "comments"}),
        page("/fr-FR/projects/coeur-de-ville-sondage", "Sondage : cœur de ville", '<form class="e2e-poll-form"><fieldset><legend>Faut-il piétonniser la rue du Casino ?</legend><ul>'
             + m._choices("poll_question_1", ["Oui", "Non", "Seulement en saison"]) + '</ul></fieldset><button id="e2e-send-poll">Envoyer</button></form>', {"poll"}),
    ]
    gsite = Site(g, "govocal", "Vaudesse participe", gp, menu=[("Projets", "/")], features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return _city("99337", "Vaudesse-les-Bains", 8600, "03", ARA, [www, dsite, gsite])


# ---- 99338 Seignoux-Plage: Drupal surf town, its own participatory budget, a Discourse board ---
def seignoux():
    h, e = "www.seignoux-plage.fr", "echanges.seignoux-plage.fr"
    bp = "/vie-municipale/budget-des-seignoussais"
    news = [("/actualites/bilan-ete", "Un été au top", "5 septembre", "Merci à tous."), ("/actualites/appel-offres-postes-secours", "Marché : postes de secours", "2 février", "Consultation ouverte."),
            (f"{bp}/laureats-2024", "Budget des Seignoussais : les lauréats 2024", "20 novembre", "Cinq projets retenus.")]
    pages = [
        page("/", "Accueil", _home("Seignoux-Plage, spot de surf des Landes : océan, lacs et forêt de pins.",
             [("/surf-et-plages", "Surf et plages"), ("/office-de-tourisme/enquete-visiteurs", "Enquête visiteurs"), ("/office-de-tourisme/comptes", "Comptes de l'office"),
              ("/en/seignoux", "English"), ("/vie-municipale", "Vie municipale"), ("/contact", "Contact"), (f"http://{e}/", "Échanges entre habitants")], news)),
        page("/surf-et-plages", "Surf et plages", m.prose("Six écoles de surf labellisées ; baignade surveillée de juin à septembre.")),
        # a satisfaction survey addressed to holiday visitors, not a poll open to residents
        page("/office-de-tourisme/enquete-visiteurs", "Enquête de satisfaction des visiteurs", m.prose("Vous avez séjourné chez nous ? Notez votre séjour pour l'office de tourisme.")
             + '<form class="ot-satisfaction" method="post" action="/office-de-tourisme/enquete-visiteurs"><fieldset><legend>Note de votre séjour</legend><ul>'
             + m._choices("note", ["Excellent", "Bien", "Moyen"]) + '</ul></fieldset><button type="submit">Envoyer</button></form>', decoys={"poll"}),
        page("/office-de-tourisme/comptes", "Comptes de l'office de tourisme", m.prose("Compte financier 2024 de l'EPIC office de tourisme : taxe de séjour 870 000 €."), decoys={"participatory_budget"}),
        page("/en/seignoux", "Surf in Seignoux", m.prose("Atlantic waves, lakes and pine forest on the Landes coast.")),
        page("/vie-municipale", "Vie municipale", m.tiles([(bp, "Budget des Seignoussais"), (f"{bp}/deposer", "Déposer un projet"), (f"{bp}/voter", "Voter"),
             (f"{bp}/laureats-2024", "Lauréats 2024"), ("/vie-municipale/conseil-des-jeunes", "Conseil des jeunes"), ("/vie-municipale/e-petitions", "E-pétitions"), (f"http://{e}/", "Forum des habitants")], "Vie municipale")),
        page(bp, "Le budget des Seignoussais", m.prose("Le budget des Seignoussais est le budget participatif de la commune : 50 000 € chaque année pour des projets imaginés par les habitants.",
             "Étapes : dépôt des projets (mars-avril), étude de faisabilité, vote (septembre), réalisation.",
             f"<a href='{bp}/deposer'>Déposer</a> · <a href='{bp}/voter'>Voter</a>"), {"participatory_budget", "participation_displayed"}),
        page(f"{bp}/deposer", "Déposer un projet", m.drupal_webform("budget_participatif", f"{bp}/deposer", [("nom", "Nom", "text", ()), ("courriel", "Courriel", "email", ()),
             ("titre_projet", "Titre du projet", "text", ()), ("description", "Décrivez votre projet", "textarea", ()), ("lieu", "Quartier", "select", ("Bourg", "Plage", "Lac"))], "Déposer mon projet"),
             {"participatory_budget", "suggestion_call", "contact_form"}),
        page(f"{bp}/voter", "Voter pour les projets", m.drupal_webform("vote_budget", f"{bp}/voter", [("projets", "Choisissez trois projets", "checkboxes",
             ("Rampe d'accès à la plage", "Boîtes à livres", "Parcours sportif en forêt", "Composteurs partagés")), ("courriel", "Courriel", "email", ())], "Voter"),
             {"participatory_budget"}),
        page(f"{bp}/laureats-2024", "Lauréats 2024", m.prose("Édition 2024 : cinq projets lauréats, dont la rampe d'accès PMR de la plage Nord, réalisée en juin.")
             + m.disqus("seignoux-plage", "laureats-2024"), {"participatory_budget", "comments"}),
        page("/vie-municipale/e-petitions", "E-pétitions", m.prose("Droit de pétition : 150 signatures d'habitants suffisent pour inscrire un sujet au conseil municipal.",
             "Pétition ouverte : <strong>Des toilettes publiques au lac</strong> (88 signatures).") + m.drupal_webform("signer_petition", "/vie-municipale/e-petitions",
             [("nom", "Nom", "text", ()), ("courriel", "Courriel", "email", ()), ("residence", "Vous habitez", "select", ("Seignoux-Plage", "Autre commune"))], "Signer la pétition"),
             {"petition"}),
        # a youth council is a standing participatory body of young residents, presented here
        page("/vie-municipale/conseil-des-jeunes", "Conseil municipal des jeunes", m.prose("Les jeunes élus donnent leur avis sur les projets et organisent la fête de la glisse."),
             {"participation_displayed"}),
        page("/actualites/bilan-ete", "Un été au top", m.prose("Plus de 200 000 visiteurs et une saison sans noyade.") + m.disqus("seignoux-plage", "bilan-ete"), {"comments"}),
        page("/actualites/appel-offres-postes-secours", "Appel d'offres : postes de secours", m.prose("Marché de construction de deux postes de secours : offres avant le 15 mars."),
             decoys={"suggestion_call"}),
        page("/contact", "Contact", m.drupal_contact("/contact"), {"contact_form"}),
    ]
    www = Site(h, "drupal", "Seignoux-Plage", pages, menu=[("Surf", "/surf-et-plages"), ("Vie municipale", "/vie-municipale"), ("Contact", "/contact")],
               accounts=[social("instagram", "seignouxplage"), social("facebook", "seignouxplage")], address="Mairie, 8 avenue des Pins, Seignoux-Plage")
    ep = [
        page("/", "Derniers sujets", m.discourse_topics([("/t/parking-front-de-mer/112", "Parking du front de mer", "/c/quartiers/5", "Quartiers", 14),
             ("/t/navette-lac/118", "Navette vers le lac", "/c/quartiers/5", "Quartiers", 6)])),
        page("/c/quartiers/5", "Quartiers", m.discourse_topics([("/t/parking-front-de-mer/112", "Parking du front de mer", "/c/quartiers/5", "Quartiers", 14)])),
        page("/t/parking-front-de-mer/112", "Parking du front de mer", m.discourse_posts([("surfeur40", "2 juin", "Les camping-cars prennent toutes les places."), ("Mireille", "2 juin", "Une zone dédiée au lac serait mieux.")])),
        page("/t/navette-lac/118", "Navette vers le lac", m.discourse_posts([("Jo", "8 juin", "Une navette le dimanche ?")])),
    ]
    esite = Site(e, "discourse", "Échanges Seignoux-Plage", ep, features=frozenset({"forum"}))
    return _city("99338", "Seignoux-Plage", 9800, "40", NA, [www, esite])


def cities():
    return [port_sevrac(), bains_sur_orcelle(), vignolac(), sables_dorvelle(), jarnieres(), montbreuil(), vaudesse(), seignoux()]


def hosts():
    return {}
