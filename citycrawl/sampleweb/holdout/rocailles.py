"""Holdout part "rocailles": communes of the overseas départements (Guadeloupe, Martinique, Guyane,
La Réunion, Mayotte), of Corsica, and two mainland towns twinned with them, on WordPress, Drupal, SPIP,
Joomla, TYPO3 and two vendor CMSs, with Publik e-services.

Participation runs through conseils de quartier, de village and conseils citoyens, mairies annexes,
participatory budgets under local brands (Lidé an nou, Balisier Demain, Nout Kartié, A Nostra Idea...),
calls for ideas on seafronts, cyclones, water cuts and transport, petition rights, questionnaires, a
Decidim shared with the communauté d'agglomération, CONSUL, Cap Collectif, Go Vocal, phpBB, Discourse
and Flarum boards and a neighbours' network; the lookalikes are the préfecture's consultations,
enquêtes publiques, carnival, festival and job "forums", regional and municipal budgets, cyclone and
flood alert sign-ups, water utility forms, closed polls, grant calls and tenders.
"""
from ..site import City, Site, page, social
from . import rocailles_markup as m

PP = "participatory_platform"


def _home(intro, quick, news=(), extra=""):
    body = m.prose(*intro) if isinstance(intro, (list, tuple)) else m.prose(intro)
    body += m.tiles(quick)
    if news:
        body += m.news_cards(news, "À la une")
    return body + extra


# =====================================================================================================
# 99511 Anse-aux-Colibris (Guadeloupe): WordPress, a Flarum board, a neighbours' network
# =====================================================================================================

def anse_aux_colibris() -> City:
    host = "www.anseauxcolibris.fr"
    forum = "forum.anseauxcolibris.fr"
    lakou = "lakou.anseauxcolibris.fr"
    quartiers = ["Bourg", "Boisvin", "Pointe-Colibri", "Morne-Caféier", "Belle-Plaine", "Cité Bois-Flamboyant", "Grand-Fond"]
    news = [
        ("/actualites/saison-cyclonique-soyez-prets/", "Saison cyclonique : soyez prêts", "3 juin 2025",
         "Kit d'urgence, abris, alertes par SMS : les bons réflexes avant le 1er juillet."),
        ("/actualites/tours-d-eau-semaine-24/", "Tours d'eau : le calendrier de la semaine", "10 juin 2025",
         "Boisvin et Morne-Caféier privés d'eau mardi et jeudi de 20 h à 5 h."),
        ("/actualites/front-de-mer-donnez-votre-avis/", "Front de mer de Pointe-Colibri : donnez votre avis", "16 mai 2025",
         "Promenade, kiosques, stationnement : quel aménagement en priorité ?"),
        ("/actualites/carnaval-2025-le-bilan/", "Carnaval 2025 : merci aux groupes à po !", "12 mars 2025",
         "Retour en images sur le grand défilé du Mardi gras."),
    ]
    pages = [
        page("/", "Accueil", _home(
            ["Bienvenue sur le site officiel de la Ville d'Anse-aux-Colibris, commune de la Grande-Terre.",
             "Retrouvez vos démarches, l'actualité de vos quartiers et tous les moyens de participer à la vie de la commune."],
            [("/actualites/", "Actualités"), ("/ma-ville/", "Ma ville"), ("/je-participe/", "Je participe"),
             ("/mairies-annexes/", "Mairies annexes"), ("/agenda/", "Agenda"), ("/contact/", "Contact"),
             (f"http://{forum}/", "Le Lakou numérique (forum)"), (f"http://{lakou}/", "Lakou Voisins")],
            news)),
        page("/actualites/", "Actualités", m.news_cards(news + [
            ("/actualites/enquete-publique-plu/", "Révision du PLU : l'enquête publique est ouverte", "2 avril 2025",
             "Le commissaire enquêteur tiendra quatre permanences en mairie et dans les mairies annexes."),
            ("/actualites/la-prefecture-consulte/", "Consultations de la préfecture en cours", "28 mai 2025",
             "Deux projets soumis à la participation du public par les services de l'État."),
            ("/actualites/la-ville-sur-instagram/", "La Ville arrive sur Instagram", "14 janvier 2025",
             "Photos des quartiers, coulisses des services : abonnez-vous !"),
        ], "Toutes les actualités")),
        page("/actualites/la-ville-sur-instagram/", "La Ville arrive sur Instagram", m.prose(
            "Après Facebook et YouTube, la Ville d'Anse-aux-Colibris ouvre son compte Instagram : photos des quartiers, coulisses "
            "des services municipaux, annonces des événements.",
            "Rejoignez la communauté des Colibriens en ligne : <a href=\"https://www.instagram.com/anseauxcolibris/\">@anseauxcolibris</a>, "
            "et partagez vos plus belles photos de la commune avec le mot-dièse #AnseAuxColibris."),
             # the city's accounts on global platforms: not a local social network
             decoys={"territorial_social_network"}, parent=("Actualités", "/actualites/")),
        page("/actualites/saison-cyclonique-soyez-prets/", "Saison cyclonique : soyez prêts", m.prose(
            "La saison cyclonique s'étend du 1er juin au 30 novembre. Chaque foyer doit préparer son kit d'urgence : "
            "eau potable (6 litres par personne), radio à piles, lampe torche, trousse de secours, copies des papiers importants.",
            m.h2("Les abris de la commune"),
            m.bullets("Groupe scolaire de Boisvin", "Salle omnisports de Belle-Plaine", "Collège de Grand-Fond"),
            m.h2("Recevez les alertes de la mairie par SMS"),
            "En vigilance orange ou rouge, la mairie envoie des messages d'alerte aux habitants inscrits. L'inscription est gratuite.")
             + m.sms_alert_signup("/alertes/inscription/", quartiers, "alertes cycloniques"),
             # a sign-up with a phone number, no message field: not a contact form
             decoys={"contact_form"}, parent=("Actualités", "/actualites/")),
        page("/actualites/tours-d-eau-semaine-24/", "Tours d'eau : le calendrier de la semaine", m.prose(
            "En raison des travaux sur la conduite de Belle-Plaine, le syndicat de l'eau reconduit les tours d'eau cette semaine.",
            m.table(["Secteur", "Coupure", "Horaires"], [
                ("Boisvin, Morne-Caféier", "mardi et jeudi", "20 h - 5 h"),
                ("Grand-Fond", "mercredi", "21 h - 6 h"),
                ("Pointe-Colibri", "vendredi", "20 h - 4 h")], "Coupures programmées"),
            "Des citernes seront mises à disposition devant les mairies annexes. Les réclamations sur les factures se font "
            "auprès du syndicat de l'eau, et non de la mairie.")
             + m.wp_comments(412, [
                 ("Josette B.", "10 juin 2025 à 19 h 02", "Et à Belle-Plaine on a eu la coupure lundi sans prévenir, c'est normal ?"),
                 ("Ville d'Anse-aux-Colibris", "11 juin 2025 à 8 h 15", "Bonjour, il s'agit d'une casse sur le réseau, le syndicat intervient ce matin."),
                 ("Rudy", "11 juin 2025 à 12 h 40", "Merci pour les citernes devant la mairie annexe de Boisvin.")],
                 "Tours d'eau : le calendrier de la semaine"),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/front-de-mer-donnez-votre-avis/", "Front de mer de Pointe-Colibri : donnez votre avis", m.prose(
            "Le réaménagement du front de mer de Pointe-Colibri entre dans sa phase d'études. Avant de trancher, "
            "la municipalité veut connaître la priorité des habitants.",
            "Le sondage est ouvert jusqu'au 30 juin ; les résultats seront présentés en conseil de quartier.")
             + m.wp_polls(14, "Quel aménagement du front de mer doit passer en premier ?",
                          ["Une promenade ombragée et éclairée", "Des kiosques pour les marchands", "Un parking et des navettes",
                           "La protection contre la houle cyclonique"]),
             {"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/carnaval-2025-le-bilan/", "Carnaval 2025 : merci aux groupes à po !", m.prose(
            "Plus de 15 000 personnes ont suivi le grand défilé du Mardi gras sur le boulevard du Bord-de-Mer.",
            "Rendez-vous en novembre pour le forum des groupes carnavalesques : inscriptions des groupes, règlement du défilé "
            "et rencontre avec les services techniques.")
             + m.wp_comments(377, [], "Carnaval 2025", open_=False),
             # an event called forum, and closed comments with none posted
             decoys={"forum", "comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/enquete-publique-plu/", "Révision du PLU : l'enquête publique est ouverte", m.prose(
            "Par arrêté du maire, la révision générale du plan local d'urbanisme est soumise à enquête publique du 2 avril au 5 mai 2025.",
            "Le dossier est consultable en mairie et sur le registre dématérialisé du prestataire désigné. Le commissaire enquêteur "
            "recevra le public lors de quatre permanences.")
             + m.table(["Date", "Lieu", "Horaires"], [("2 avril", "Hôtel de ville", "8 h - 12 h"),
                                                      ("15 avril", "Mairie annexe de Boisvin", "14 h - 17 h"),
                                                      ("24 avril", "Mairie annexe de Grand-Fond", "8 h - 12 h"),
                                                      ("5 mai", "Hôtel de ville", "13 h - 17 h")]),
             # an enquête publique is a legal procedure, not an online survey
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/la-prefecture-consulte/", "Consultations de la préfecture en cours", m.prose(
            "La préfecture de la Guadeloupe soumet à la participation du public par voie électronique deux dossiers qui concernent la commune :",
            m.bullets("la demande d'autorisation environnementale de la centrale photovoltaïque de Morne-Caféier ;",
                      "l'extension de l'installation de stockage de déchets inertes de Belle-Plaine."),
            "Les observations se déposent sur le site des services de l'État, pas auprès de la mairie."),
             # the State's consultations, not the city's participatory approach
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        page("/ma-ville/", "Ma ville", m.prose(
            "Anse-aux-Colibris compte 52 340 habitants répartis entre le bourg et six sections.")
             + m.links([("/ma-ville/budget/", "Le budget communal"), ("/mairies-annexes/", "Les mairies annexes"),
                        ("/ma-ville/marches-publics/", "Marchés publics"), ("/ma-ville/subventions-associations/", "Subventions aux associations"),
                        ("/ma-ville/ecoles-inscriptions/", "Écoles : inscriptions et restauration scolaire")])),
        page("/ma-ville/ecoles-inscriptions/", "Écoles : inscriptions et restauration scolaire", m.prose(
            "Les inscriptions pour la rentrée de septembre se font du 2 au 30 mai à l'hôtel de ville ou dans les mairies annexes.",
            m.h2("Pièces à fournir"),
            m.bullets("Livret de famille ou acte de naissance", "Justificatif de domicile de moins de trois mois", "Carnet de vaccination"),
            "La restauration scolaire est assurée dans les 14 écoles de la commune. Le tarif dépend du quotient familial : de 0,50 € à 2,40 € le repas."),
             parent=("Ma ville", "/ma-ville/")),
        page("/ma-ville/budget/", "Le budget communal", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 le 8 avril : 71,4 M€ en fonctionnement et 18,9 M€ en investissement.",
            "Priorités : la réfection des réseaux d'eaux pluviales, les écoles parasinistres et le confortement des abris cycloniques.")
             + m.download("/wp-content/uploads/2025/04/budget-primitif-2025.pdf", "Budget primitif 2025 - rapport de présentation")
             + m.download("/wp-content/uploads/2025/06/compte-administratif-2024.pdf", "Compte administratif 2024"),
             decoys={"participatory_budget"}, parent=("Ma ville", "/ma-ville/")),
        page("/ma-ville/marches-publics/", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence en cours :",
            m.bullets("Travaux de confortement parasinistre du groupe scolaire de Boisvin - date limite : 4 juillet 2025",
                      "Maintenance des groupes électrogènes des abris cycloniques - date limite : 18 juillet 2025"),
            "Les dossiers de consultation des entreprises sont téléchargeables sur la plateforme de dématérialisation."),
             decoys={"suggestion_call"}, parent=("Ma ville", "/ma-ville/")),
        page("/ma-ville/subventions-associations/", "Subventions aux associations", m.prose(
            "L'appel à projets associatifs 2026 est ouvert : les associations déposent leur dossier de demande de subvention "
            "(formulaire Cerfa n° 12156) avant le 31 octobre.",
            "Les projets de prévention des risques naturels et d'animation des quartiers sont prioritaires."),
             # a grant call for associations, not a call for residents' ideas
             decoys={"suggestion_call"}, parent=("Ma ville", "/ma-ville/")),
        page("/je-participe/", "Je participe", m.prose(
            "La démocratie participative à Anse-aux-Colibris repose sur les conseils de quartier, le conseil citoyen de la "
            "Cité Bois-Flamboyant, le budget participatif « Lidé an nou » et le droit de pétition.",
            "Chaque habitant de plus de 16 ans peut s'y impliquer : assister aux réunions publiques, proposer un projet, "
            "signer ou déposer une pétition, discuter sur le Lakou numérique.")
             + m.links([("/je-participe/conseils-de-quartier/", "Les conseils de quartier"),
                        ("/je-participe/conseil-citoyen/", "Le conseil citoyen de la Cité Bois-Flamboyant"),
                        ("/je-participe/budget-participatif-lide-an-nou/", "Budget participatif Lidé an nou"),
                        ("/je-participe/petitions/", "Le droit de pétition"),
                        ("/je-participe/lakou-voisins/", "Lakou Voisins, le réseau des voisins"),
                        (f"http://{forum}/", "Le Lakou numérique, forum des habitants")]),
             {"participation_displayed"}),
        page("/je-participe/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Sept conseils de quartier, créés par délibération du 12 octobre 2021, réunissent des habitants volontaires, "
            "des représentants associatifs et un élu référent. Ils se réunissent au moins quatre fois par an dans les mairies annexes.",
            "Ils donnent un avis sur les projets d'aménagement, remontent les besoins (éclairage, ravines, ramassage des encombrants) "
            "et préparent les plans de sauvegarde de quartier avant la saison cyclonique.")
             + m.table(["Quartier", "Élu référent", "Prochaine réunion"], [
                 ("Bourg", "Mme Ramassamy", "3 juillet, hôtel de ville"), ("Boisvin", "M. Nelson", "8 juillet, mairie annexe"),
                 ("Grand-Fond", "Mme Bellance", "10 juillet, mairie annexe"), ("Pointe-Colibri", "M. Jalton", "15 juillet, salle des fêtes")]),
             {"participation_displayed"}, parent=("Je participe", "/je-participe/")),
        page("/je-participe/conseil-citoyen/", "Le conseil citoyen de la Cité Bois-Flamboyant", m.prose(
            "Installé dans le cadre du contrat de ville, le conseil citoyen de la Cité Bois-Flamboyant associe des habitants "
            "tirés au sort et des acteurs locaux à la rénovation urbaine du quartier.",
            "Il siège au comité de pilotage du contrat de ville et organise chaque trimestre une assemblée d'habitants au pied des immeubles."),
             {"participation_displayed"}, parent=("Je participe", "/je-participe/")),
        page("/je-participe/budget-participatif-lide-an-nou/", "Budget participatif « Lidé an nou »", m.prose(
            "Avec « Lidé an nou » (nos idées), la Ville consacre 500 000 € de son budget d'investissement à des projets proposés "
            "et choisis par les habitants.",
            m.h2("Le calendrier 2025"),
            m.bullets("Du 1er mars au 30 avril : dépôt des projets", "Mai - juin : étude de faisabilité par les services",
                      "Septembre : vote des habitants dans les mairies annexes et en ligne", "2026 : réalisation des projets lauréats"),
            "Un projet doit relever des compétences de la commune, servir l'intérêt général et ne pas dépasser 80 000 €.",
            "<a class=\"wp-block-button__link\" href=\"/je-participe/budget-participatif-lide-an-nou/deposer-un-projet/\">Déposer un projet</a>"),
             {"participatory_budget"}, parent=("Je participe", "/je-participe/")),
        page("/je-participe/budget-participatif-lide-an-nou/deposer-un-projet/", "Déposer un projet Lidé an nou", m.prose(
            "Vous avez une idée pour votre quartier ? Décrivez-la ci-dessous : un agent vous recontactera pour préciser le projet.")
             + m.wpforms(2231, "/je-participe/budget-participatif-lide-an-nou/deposer-un-projet/", [
                 ("text", "Nom et prénom"), ("email", "Adresse e-mail"), ("select", "Quartier concerné", quartiers),
                 ("text", "Titre du projet"), ("textarea", "Description du projet"), ("text", "Coût estimé (si connu)")],
                 "Déposer mon projet"),
             # the BP's call for projects is an appel à projets citoyens
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "participatory_budget", "suggestion_call"}, parent=("Budget participatif", "/je-participe/budget-participatif-lide-an-nou/")),
        page("/je-participe/petitions/", "Le droit de pétition", m.prose(
            "Depuis 2023, une pétition signée par au moins 300 habitants de la commune âgés de 16 ans et plus peut demander "
            "l'inscription d'une question à l'ordre du jour du conseil municipal.",
            m.h2("Pétitions en cours"))
             + m.links([("/je-participe/petitions/eclairage-chemin-de-grand-fond/", "Éclairer le chemin de Grand-Fond jusqu'à l'arrêt de bus",
                         "187 signatures")])
             + m.prose("La pétition « Des ombrières dans la cour de l'école de Boisvin » a atteint le seuil de 300 signatures : "
                       "elle sera examinée au conseil municipal du 26 juin.")
             + m.prose(m.h2("Déposer une pétition"), "Rédigez votre texte et transmettez-le par le formulaire ci-dessous ; "
                       "il sera publié sous 8 jours après vérification de sa recevabilité.")
             + m.cf7(2240, 95, "/je-participe/petitions/", [
                 ("text", "petition-auteur", "Nom et prénom du premier signataire"), ("email", "petition-email", "E-mail"),
                 ("text", "petition-titre", "Titre de la pétition"), ("textarea", "petition-texte", "Texte de la pétition")],
                 "Déposer la pétition"),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "petition"}, parent=("Je participe", "/je-participe/")),
        page("/je-participe/petitions/eclairage-chemin-de-grand-fond/", "Éclairer le chemin de Grand-Fond", m.prose(
            "Les collégiens de Grand-Fond rejoignent l'arrêt de bus à pied par un chemin sans éclairage. Nous demandons la pose "
            "de candélabres solaires sur les 600 mètres du chemin.", "Pétition déposée le 14 mai 2025 par l'association des parents d'élèves.")
             + m.petition_sign_form("/je-participe/petitions/signer/", 31, 187, 300, "14 août 2025"),
             {"petition"}, parent=("Le droit de pétition", "/je-participe/petitions/")),
        page("/je-participe/lakou-voisins/", "Lakou Voisins, le réseau des voisins", m.prose(
            "La Ville met gratuitement à disposition des habitants « Lakou Voisins », un réseau social de proximité réservé aux "
            "habitants d'Anse-aux-Colibris : entraide, prêt d'objets, informations de quartier, alertes après un cyclone.",
            f"L'inscription se fait avec une adresse dans la commune. <a href=\"http://{lakou}/\">Rejoindre Lakou Voisins</a>"),
             # the city's own presentation of the network it runs, with the link to join
             {"territorial_social_network"}, parent=("Je participe", "/je-participe/")),
        page("/mairies-annexes/", "Mairies annexes", m.prose(
            "Les mairies annexes accueillent les habitants pour l'état civil, les inscriptions scolaires et les demandes de citerne.")
             + m.address_block("Mairie annexe de Boisvin", ["Rue des Flamboyants", "Du lundi au vendredi, 7 h 30 - 13 h"])
             + m.address_block("Mairie annexe de Grand-Fond", ["Route de Grand-Fond", "Lundi, mercredi, vendredi, 7 h 30 - 12 h 30"])
             + m.address_block("Mairie annexe de Belle-Plaine", ["Place de l'Église", "Mardi et jeudi, 7 h 30 - 12 h 30"])),
        page("/agenda/", "Agenda", m.agenda([
            ("21 juin", "Fête de la musique", "Boulevard du Bord-de-Mer"),
            ("27 juin", "Forum de l'emploi et de la formation", "Salle omnisports de Belle-Plaine"),
            ("21 juillet", "Fête de Victor Schœlcher : concert gwoka", "Place de la Mairie"),
            ("9 août", "Fête patronale", "Bourg")]),
             decoys={"forum"}),
        page("/contact/", "Contact", m.prose(
            "Hôtel de ville, place Félix-Éboué, 97199 Anse-aux-Colibris. Accueil du lundi au vendredi de 7 h 30 à 13 h 30.",
            "Pour une question sur votre facture d'eau, adressez-vous au syndicat de l'eau.")
             + m.cf7(88, 12, "/contact/", [
                 ("text", "your-name", "Votre nom"), ("email", "your-email", "Votre e-mail"),
                 ("select", "your-service", "Service concerné", ["Accueil", "État civil", "Services techniques", "Urbanisme", "CCAS"]),
                 ("text", "your-subject", "Objet"), ("textarea", "your-message", "Votre message"),
                 ("acceptance", "rgpd", "J'accepte que mes données soient utilisées pour traiter ma demande.")]),
             {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Ville d'Anse-aux-Colibris", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Ma ville", "/ma-ville/"), ("Je participe", "/je-participe/"),
                     ("Agenda", "/agenda/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleAnseAuxColibris", "https://www.facebook.com/VilleAnseAuxColibris/"),
                         social("instagram", "anseauxcolibris"),
                         social("youtube", "VilleAnseAuxColibris")],
               address="Hôtel de ville, place Félix-Éboué, 97199 Anse-aux-Colibris")

    board = Site(forum, "flarum", "Le Lakou numérique", [
        page("/", "Toutes les discussions", m.flarum_index([
            ("/d/12-tours-d-eau-a-boisvin-jusqu-a-quand", "Tours d'eau à Boisvin : jusqu'à quand ?"),
            ("/d/15-front-de-mer-vos-idees-pour-pointe-colibri", "Front de mer : vos idées pour Pointe-Colibri"),
            ("/d/19-carnaval-parcours-et-nuisances", "Carnaval : parcours et nuisances sonores"),
            ("/p/1-charte", "Charte du Lakou numérique")])),
        page("/d/12-tours-d-eau-a-boisvin-jusqu-a-quand", "Tours d'eau à Boisvin : jusqu'à quand ?", m.flarum_discussion(
            "Tours d'eau à Boisvin : jusqu'à quand ?", [
                ("Marie-Line", "<p>Trois nuits par semaine sans eau depuis février. Quelqu'un a des nouvelles des travaux de la conduite ?</p>"),
                ("Steeve971", "<p>Le conseil de quartier en a parlé jeudi : fin des travaux annoncée pour septembre.</p>"),
                ("Modérateur Mairie", "<p>Bonjour, le calendrier mis à jour est publié chaque lundi sur le site de la ville, rubrique actualités.</p>")])),
        page("/d/15-front-de-mer-vos-idees-pour-pointe-colibri", "Front de mer : vos idées pour Pointe-Colibri", m.flarum_discussion(
            "Front de mer : vos idées pour Pointe-Colibri", [
                ("Modérateur Mairie", "<p>Le projet de front de mer est à l'étude : proposez ici vos idées, elles seront transmises au bureau d'études.</p>"),
                ("Gaëlle", "<p>Des douches et des toilettes publiques près de la plage, ouvertes le week-end.</p>"),
                ("Jean-Claude P.", "<p>Un ponton pour les pêcheurs et un parking vélo.</p>")]),
             # the board's moderator explicitly collects residents' ideas for the seafront
             {"suggestion_call"}),
        page("/d/19-carnaval-parcours-et-nuisances", "Carnaval : parcours et nuisances sonores", m.flarum_discussion(
            "Carnaval : parcours et nuisances sonores", [
                ("Annick", "<p>Les groupes à po répètent tous les dimanches soir rue Schœlcher jusqu'à minuit…</p>"),
                ("Fred", "<p>C'est la tradition ! Mais un horaire de fin à 22 h serait raisonnable.</p>")])),
        page("/p/1-charte", "Charte du Lakou numérique", m.prose(
            "Le Lakou numérique est le forum des habitants d'Anse-aux-Colibris, modéré par la mairie.",
            "Restez courtois, pas de propos diffamatoires, pas de publicité. Les messages sont modérés a posteriori."),
             # the board's rules page: nobody posts there
             decoys={"forum"}),
    ], menu=[("Toutes les discussions", "/"), ("Charte", "/p/1-charte"),
             ("Site de la ville", f"http://{host}/")],
        features=frozenset({"forum"}))

    voisins = Site(lakou, "community", "Lakou Voisins", [
        page("/", "Lakou Voisins - Anse-aux-Colibris", m.prose(
            "Le réseau d'entraide des voisins d'Anse-aux-Colibris, proposé par la Ville. 2 140 voisins inscrits.")
             + m.community_groups([("/quartiers/boisvin", "Voisins de Boisvin", 412)])
             + m.community_feed([
                 ("Sandrine L.", "Pointe-Colibri", "il y a 2 h", "Prêt / don", "Je prête une tronçonneuse pour dégager les branches, à récupérer rue des Raisiniers.", 3),
                 ("Mairie d'Anse-aux-Colibris", "Toute la ville", "hier", "Information", "Distribution d'eau en bouteilles demain 8 h devant la mairie annexe de Boisvin.", 12)]),
             # the composer writes to the neighbours, not to the city
             decoys={"contact_form"}),
        page("/quartiers/boisvin", "Voisins de Boisvin", m.community_feed([
            ("Patrick N.", "Boisvin", "il y a 3 h", "Entraide", "Qui peut accompagner Mme Céleste à ses courses samedi ? Elle ne conduit plus.", 5),
            ("Lucie", "Boisvin", "il y a 1 jour", "Alerte", "Chien perdu vers le stade, répond au nom de Ti-Boy.", 2)], group="boisvin"),
             decoys={"contact_form"}),
    ], menu=[("Fil des voisins", "/"), ("Boisvin", "/quartiers/boisvin")],
        features=frozenset({"territorial_social_network"}))

    return City("99511", "Anse-aux-Colibris", 52340, "971", "01", "Guadeloupe", f"http://{host}/",
                [www, board, voisins])


# =====================================================================================================
# 99512 Le Morne-Balisier (Martinique): Drupal, Cap Collectif for the participatory budget
# =====================================================================================================

def morne_balisier() -> City:
    host = "www.mornebalisier.fr"
    capco = "jeparticipe.mornebalisier.fr"
    quartiers = ["Bourg", "Fond-Balisier", "Séguineau", "Anse-Madame", "Beauséjour", "Morne-Congo"]
    news = [
        ("/actualites/plan-communal-de-sauvegarde", "Plan communal de sauvegarde : inscrivez les personnes fragiles", "2 juin 2025",
         "Le registre des personnes vulnérables est ouvert avant la saison cyclonique."),
        ("/actualites/sargasses-point-de-situation", "Sargasses : point de situation à l'Anse-Madame", "19 mai 2025",
         "Ramassage quotidien, capteurs d'hydrogène sulfuré et fermeture temporaire de la plage."),
        ("/actualites/festival-du-balisier", "Festival du Balisier : le programme", "5 juillet 2025",
         "Trois jours de bèlè, de chanté nwel avant l'heure et d'artisanat."),
        ("/actualites/la-ctm-vote-son-budget", "La CTM vote son budget 2025", "28 mars 2025",
         "Ce que le budget de la Collectivité Territoriale prévoit pour la commune."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Ville du Morne-Balisier - Site officiel. Démarches, actualités, vie des quartiers et participation citoyenne.",
            [("/actualites", "Actualités"), ("/vie-citoyenne", "Vie citoyenne"), ("/budget-et-finances", "Budget et finances"),
             ("/demarches/signaler-un-probleme", "Signaler un problème"), ("/eau-et-assainissement", "Eau et assainissement"),
             ("/mairies-annexes", "Mairies annexes"), ("/demarches/etat-civil", "État civil"), ("/contact", "Nous contacter"),
             (f"http://{capco}/", "Je participe (plateforme)")],
            news)),
        page("/actualites", "Actualités", m.news_cards(news + [
            ("/urbanisme/enquete-publique-zac-du-littoral", "ZAC du littoral : enquête publique", "14 avril 2025",
             "Le dossier est consultable en mairie jusqu'au 16 mai."),
            ("/vie-associative/appel-a-projets-associatifs", "Appel à projets associatifs 2026", "1er juin 2025",
             "Les associations ont jusqu'au 30 septembre pour déposer leur dossier.")], "Toutes les actualités")),
        page("/actualites/plan-communal-de-sauvegarde", "Plan communal de sauvegarde : inscrivez les personnes fragiles", m.prose(
            "Le plan communal de sauvegarde (PCS) organise l'alerte et l'accompagnement de la population en cas de cyclone, "
            "de séisme ou de fortes pluies.",
            "Les personnes âgées, handicapées ou isolées peuvent être inscrites sur le registre nominatif tenu par le CCAS : "
            "en cas d'alerte, un agent les appelle et organise si besoin leur évacuation.")
             + m.drupal_webform("registre_personnes_vulnerables", "/actualites/plan-communal-de-sauvegarde", [
                 ("text", "nom_prenom", "Nom et prénom de la personne"), ("text", "adresse", "Adresse"),
                 ("tel", "telephone", "Téléphone"), ("select", "situation", "Situation", ["Personne âgée de 65 ans et plus",
                                                                                          "Personne en situation de handicap", "Personne isolée"]),
                 ("text", "contact_proche", "Personne à prévenir")], "Inscrire"),
             # a registration to the vulnerable persons' register: no message field
             decoys={"contact_form"}, parent=("Actualités", "/actualites")),
        page("/actualites/sargasses-point-de-situation", "Sargasses : point de situation à l'Anse-Madame", m.prose(
            "Les échouements de sargasses se poursuivent sur le littoral atlantique de la commune. Les équipes municipales "
            "ramassent chaque matin, avec l'appui des brigades vertes de la CTM.",
            "Les capteurs d'hydrogène sulfuré installés près des habitations sont consultables en temps réel. Au-delà de 5 ppm, "
            "les personnes fragiles sont invitées à s'éloigner.")
             + m.drupal_comments(214, [
                 ("Ginette", "20/05/2025 - 07:42", "L'odeur est insupportable rue de la Plage, les enfants toussent la nuit."),
                 ("Alex M.", "20/05/2025 - 10:15", "Merci aux agents qui passent tous les matins, mais il faudrait un barrage flottant.")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/festival-du-balisier", "Festival du Balisier : le programme", m.prose(
            "Du 18 au 20 juillet, le bourg vit au rythme du festival : concerts, soirée bèlè, courses de yoles, et le "
            "forum des artisans d'art sur la place de l'église, où une trentaine de créateurs exposent et vendent leurs pièces.")
             + m.agenda([("18 juillet", "Soirée bèlè", "Place de l'église"), ("19 juillet", "Forum des artisans d'art", "Place de l'église"),
                         ("20 juillet", "Course de yoles", "Anse-Madame")]),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/la-ctm-vote-son-budget", "La CTM vote son budget 2025", m.prose(
            "L'Assemblée de Martinique a adopté le budget 2025 de la Collectivité Territoriale de Martinique : 1,3 milliard d'euros.",
            "Pour la commune, il prévoit la réfection de la route départementale de Fond-Balisier et une aide au transport scolaire."),
             # the regional council's budget: no resident proposes or votes anything
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "La Ville du Morne-Balisier associe ses habitants aux décisions : six conseils de quartier, une charte de la "
            "participation adoptée en 2022, un budget participatif, « Balisier Demain », et des consultations sur les grands projets.")
             + m.links([("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier"),
                        ("/vie-citoyenne/charte-de-la-participation", "La charte de la participation"),
                        ("/vie-citoyenne/budget-participatif-balisier-demain", "Le budget participatif Balisier Demain"),
                        ("/vie-citoyenne/sondage-navette-communale", "Sondage : la navette communale"),
                        ("/vie-citoyenne/sondage-marche-de-noel-resultats", "Résultats : le marché de Noël"),
                        (f"http://{capco}/", "La plateforme Je participe")]),
             {"participation_displayed"}),
        page("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chaque conseil de quartier compte quinze membres : dix habitants volontaires, trois représentants d'associations et "
            "deux élus. Il est consulté sur les travaux de voirie, l'éclairage, les équipements sportifs et la prévention des risques.",
            "Les réunions sont publiques et se tiennent dans les mairies annexes ou les maisons de quartier.")
             + m.table(["Conseil", "Lieu de réunion"], [(q, "Maison de quartier" if q != "Bourg" else "Hôtel de ville") for q in quartiers]),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/charte-de-la-participation", "La charte de la participation", m.prose(
            "Adoptée à l'unanimité par le conseil municipal le 15 novembre 2022, la charte fixe les engagements de la Ville : "
            "informer en amont, rendre compte des avis recueillis, associer les jeunes et les anciens.",
            "Elle prévoit une assemblée citoyenne annuelle, ouverte à tous, où le maire présente le bilan des projets issus de la participation.")
             + m.download("/sites/default/files/2022-11/charte-participation.pdf", "Charte de la participation citoyenne", "PDF, 640 Ko"),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/budget-participatif-balisier-demain", "Budget participatif « Balisier Demain »", m.prose(
            "Pour sa troisième édition, « Balisier Demain » dispose de 300 000 €. Les habitants déposent leurs projets sur la "
            "plateforme Je participe, puis votent pour leurs préférés à l'automne.",
            f"<a class=\"button\" href=\"http://{capco}/project/balisier-demain-2025/presentation/presentation\">Accéder au budget participatif</a>",
            "Lauréats 2024 : un carbet de pique-nique à Fond-Balisier, l'éclairage solaire du chemin de Séguineau, "
            "des bacs de compostage partagés au bourg."),
             {"participatory_budget"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/sondage-navette-communale", "Sondage : la navette communale", m.prose(
            "La navette gratuite relie le bourg aux quartiers des hauteurs. Avant de revoir ses horaires à la rentrée, "
            "la municipalité interroge les usagers.")
             + m.drupal_poll(9, "À quel moment la navette vous serait-elle le plus utile ?",
                             ["Tôt le matin (5 h 30 - 7 h)", "En milieu de journée", "En fin d'après-midi (16 h - 19 h)", "Le samedi matin"]),
             {"poll"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/sondage-marche-de-noel-resultats", "Résultats : le marché de Noël", m.prose(
            "Le sondage sur le marché de Noël est terminé. Merci aux 523 participants : le marché se tiendra désormais sur deux week-ends.")
             + m.drupal_poll_results(7, "Sur combien de week-ends organiser le marché de Noël ?",
                                     [("Un week-end", 31, 162), ("Deux week-ends", 58, 303), ("Trois week-ends", 11, 58)], 523),
             decoys={"poll"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/budget-et-finances", "Budget et finances", m.prose(
            "Le budget primitif 2025 s'élève à 52,8 M€. La section d'investissement finance la reconstruction parasismique "
            "de l'école de Séguineau et la rénovation du marché couvert.",
            "Les comptes administratifs et les rapports d'orientation budgétaire sont publiés chaque année.")
             + m.download("/sites/default/files/2025-04/bp-2025.pdf", "Budget primitif 2025")
             + m.download("/sites/default/files/2025-02/rob-2025.pdf", "Rapport d'orientation budgétaire 2025"),
             decoys={"participatory_budget"}),
        page("/demarches/signaler-un-probleme", "Signaler un problème", m.prose(
            "Nid-de-poule, candélabre éteint, dépôt sauvage, ravine encombrée : signalez-le aux services techniques.")
             + m.drupal_webform("signalement", "/demarches/signaler-un-probleme", [
                 ("text", "nom", "Votre nom"), ("email", "courriel", "Votre courriel"),
                 ("select", "type_probleme", "Type de problème", ["Voirie", "Éclairage public", "Propreté", "Ravines et fossés", "Autre"]),
                 ("text", "lieu", "Adresse ou lieu précis"), ("textarea", "description", "Description")]),
             {"contact_form"}),
        page("/urbanisme/enquete-publique-zac-du-littoral", "ZAC du littoral : enquête publique", m.prose(
            "Le projet de zone d'aménagement concerté du littoral, porté par l'aménageur régional, est soumis à enquête publique "
            "du 14 avril au 16 mai 2025 en application du code de l'environnement.",
            "Le public peut consigner ses observations sur le registre papier en mairie ou les adresser par courrier au commissaire enquêteur."),
             # a statutory enquête publique run by a commissaire enquêteur: neither an online survey nor the city's own approach
             decoys={"poll", "participation_displayed"}),
        page("/eau-et-assainissement", "Eau et assainissement", m.prose(
            "La distribution de l'eau est assurée par la régie intercommunale. En cas de coupure, consultez sa page d'information.",
            "Abonnement, relève de compteur, réclamation sur une facture : utilisez le formulaire de réclamation de la régie, "
            "sur son espace client. La mairie ne traite pas ces demandes.",
            "<a href=\"https://www.regie-eaux-nord-atlantique.fr/espace-client/reclamation\">Formulaire de réclamation de la régie</a>"),
             # a link to the water utility's customer form, not a form of the city
             decoys={"contact_form"}),
        page("/vie-associative/appel-a-projets-associatifs", "Appel à projets associatifs 2026", m.prose(
            "La Ville soutient les associations qui animent les quartiers. Le dossier de demande de subvention est à déposer "
            "avant le 30 septembre 2025 au service vie associative.", "Critères : intérêt local, public jeune, cofinancements."),
             decoys={"suggestion_call"}),
        page("/demarches/etat-civil", "État civil", m.prose(
            "Actes de naissance, de mariage et de décès : la demande d'acte se fait au guichet de l'hôtel de ville ou par courrier. "
            "Pour les personnes nées au Morne-Balisier, la copie intégrale est délivrée gratuitement.",
            "Cartes d'identité et passeports : sur rendez-vous uniquement, le mardi et le jeudi matin.")),
        page("/mairies-annexes", "Mairies annexes", m.prose("Deux mairies annexes vous accueillent pour l'état civil et les attestations.")
             + m.address_block("Mairie annexe de Fond-Balisier", ["Route de Fond-Balisier", "Du lundi au vendredi, 7 h 30 - 12 h"])
             + m.address_block("Mairie annexe de Séguineau", ["Place de Séguineau", "Mardi et jeudi, 7 h 30 - 12 h"])),
        page("/contact", "Nous contacter", m.prose("Hôtel de ville, rue Victor-Hugo, 97299 Le Morne-Balisier. Standard : 05 96 00 00 00.")
             + m.drupal_contact("/contact"), {"contact_form"}),
    ]
    www = Site(host, "drupal", "Ville du Morne-Balisier", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Vie citoyenne", "/vie-citoyenne"),
                     ("Budget et finances", "/budget-et-finances"), ("Démarches", "/demarches/signaler-un-probleme"),
                     ("Associations", "/vie-associative/appel-a-projets-associatifs"), ("Contact", "/contact")],
               accounts=[social("facebook", "villedumornebalisier"),
                         social("x", "MorneBalisier", "https://twitter.com/MorneBalisier"),
                         social("tiktok", "mornebalisier972")],
               address="Hôtel de ville, rue Victor-Hugo, 97299 Le Morne-Balisier")

    bp = "/project/balisier-demain-2025"
    steps = m.capco_steps([(f"{bp}/presentation/presentation", "Présentation", "Terminé"),
                           (f"{bp}/collect/depot-des-projets", "Dépôt des projets", "En cours"),
                           (f"{bp}/selection/vote-des-habitants", "Vote des habitants", "À venir")])
    proposal = "/projects/balisier-demain-2025/collect/depot-des-projets/proposals/un-carbet-a-l-anse-madame"
    platform = Site(capco, "capcollectif", "Je participe au Morne-Balisier", [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de la Ville du Morne-Balisier.")
             + m.capco_project_cards([
                 (f"{bp}/collect/depot-des-projets", "Balisier Demain 2025", "Budget participatif", "Dépôt des projets en cours"),
                 ("/project/deplacements-au-quotidien/questionnaire/questionnaire", "Vos déplacements au quotidien", "Questionnaire", "En cours"),
                 ("/project/front-de-mer-du-bourg/consultation/consultation", "Le front de mer du bourg", "Consultation", "En cours")])
             + m.prose(m.h2("Dernières propositions"))
             + m.capco_proposals([(proposal, "Un carbet à l'Anse-Madame", "Nadia R.", "Anse-Madame", 46)])),
        page(f"{bp}/presentation/presentation", "Balisier Demain 2025 - Présentation", steps + m.prose(
            "300 000 € pour vos projets ! Tout habitant de la commune âgé de 15 ans et plus peut proposer un projet d'investissement "
            "d'intérêt général jusqu'au 31 août, puis voter du 1er au 31 octobre."), {"participatory_budget"}),
        page(f"{bp}/collect/depot-des-projets", "Balisier Demain 2025 - Dépôt des projets", steps + m.prose(
            "Proposez votre projet pour votre quartier ou pour toute la commune.",
            '<button id="add-proposal" class="btn btn-primary">Déposer un projet</button>')
             + m.capco_proposals([
                 (proposal, "Un carbet à l'Anse-Madame", "Nadia R.", "Anse-Madame", 46)]),
             {"participatory_budget", "suggestion_call"}),
        page(proposal, "Un carbet à l'Anse-Madame", m.prose(
            "Construire un carbet en bois avec deux tables pour que les familles puissent pique-niquer à l'ombre le dimanche.",
            "Coût estimé : 35 000 €.") + m.capco_comment_section([
                ("Hervé", "il y a 3 jours", "Très bonne idée, il faudrait aussi des poubelles de tri."),
                ("Mylène B.", "il y a 1 jour", "Attention aux sargasses à cet endroit de la plage.")]),
             {"participatory_budget", "comments"}),
        page(f"{bp}/selection/vote-des-habitants", "Balisier Demain 2025 - Vote", steps + m.prose(
            "Le vote ouvrira le 1er octobre : chaque habitant pourra soutenir jusqu'à trois projets. "
            "Les projets retenus après l'étude de faisabilité seront présentés ici."), {"participatory_budget"}),
        page("/project/deplacements-au-quotidien/questionnaire/questionnaire", "Vos déplacements au quotidien", m.prose(
            "Aidez-nous à mieux organiser la navette communale et les liaisons avec Fort-de-France. Le questionnaire prend 5 minutes.")
             + m.capco_questionnaire("q-deplacements", [
                 ("Comment vous rendez-vous au travail ?", ["Voiture", "Taxi collectif", "Bus", "Deux-roues", "À pied"]),
                 ("Combien de temps dure votre trajet ?", ["Moins de 20 minutes", "20 à 45 minutes", "Plus de 45 minutes"]),
                 ("Que faudrait-il améliorer en priorité ?", None)]), {"poll"}),
        page("/project/front-de-mer-du-bourg/consultation/consultation", "Le front de mer du bourg", m.prose(
            "Le front de mer du bourg doit être protégé de l'érosion et réaménagé. Proposez vos idées : promenade, jeux, commerces, "
            "espaces pour les pêcheurs. Chaque contribution peut être commentée et soutenue.")
             + m.capco_proposals([
                 ("/project/front-de-mer-du-bourg/consultation/consultation#contribution-1", "Garder l'accès des yoles à la plage", "Association de yole", "Bourg", 58),
                 ("/project/front-de-mer-du-bourg/consultation/consultation#contribution-2", "Un marché aux poissons couvert", "Joël", "Bourg", 37)]),
             {"suggestion_call"}),
    ], menu=[("Accueil", "/"), ("Balisier Demain", f"{bp}/collect/depot-des-projets"), ("Site de la ville", f"http://{host}/")],
        features=frozenset({PP}), platforms=frozenset({"capcollectif"}))

    return City("99512", "Le Morne-Balisier", 38610, "972", "02", "Martinique", f"http://{host}/", [www, platform])


# =====================================================================================================
# 99513 Saint-Mahury (Guyane): SPIP with its forums and Formidable, a Decidim shared with the agglomeration
# =====================================================================================================

def saint_mahury() -> City:
    host = "www.saint-mahury.fr"
    agglo = "participer.agglo-centre-guyane.fr"
    quartiers = ["Centre-bourg", "Cité Wapa", "Degrad-Mahury", "Savane Bellevue", "Route de la Crique", "Village Palikour"]
    news = [
        ("/Saison-des-pluies-coupures-d-eau-et-routes-inondees", "Saison des pluies : coupures d'eau et routes inondées", "12 mai 2025",
         "Le point sur les secteurs touchés et les numéros utiles."),
        ("/Questionnaire-desserte-fluviale", "Desserte fluviale : répondez au questionnaire", "26 mai 2025",
         "Horaires du bac, pirogues du dimanche, pontons : votre avis compte."),
        ("/Carnaval-de-Guyane-le-programme", "Carnaval : le programme des samedis", "10 janvier 2025",
         "Parades, bals paré-masqués et nuits des touloulous."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Site officiel de la commune de Saint-Mahury, sur les rives du Mahury.",
            [("/Actualites", "Actualités"), ("/Democratie-locale", "Démocratie locale"), ("/Forum-des-habitants", "Forum des habitants"),
             ("/Boite-a-idees", "Boîte à idées"), ("/Mairies-annexes", "Mairies annexes"), ("/Budget-primitif-2025", "Budget"),
             ("/Etat-civil-et-elections", "État civil et élections"),
             ("/spip.php?page=contact", "Contact"), (f"http://{agglo}/", "Participer (agglomération)")],
            news)),
        page("/Actualites", "Actualités", m.news_cards(news + [
            ("/Alertes-inondation-inscription", "Alertes inondation : inscrivez-vous", "2 mai 2025", "Un SMS en cas de montée des eaux."),
            ("/Participation-du-public-projet-minier", "Projet minier : participation du public", "18 avril 2025",
             "La préfecture met le dossier à disposition du public."),
            ("/Marches-publics", "Appel à manifestation d'intérêt : commerces ambulants", "3 mars 2025",
             "Occupation du domaine public sur le front de fleuve."),
            ("/Acces-aux-soins-une-petition-au-Senat", "Accès aux soins : une pétition au Sénat", "14 février 2025",
             "Des élus de Guyane appellent à signer une pétition nationale.")], "Toutes les actualités")),
        page("/Acces-aux-soins-une-petition-au-Senat", "Accès aux soins : une pétition au Sénat", m.prose(
            "Une pétition déposée sur la plateforme de pétitions du Sénat demande un plan d'urgence pour l'accès aux soins dans les "
            "territoires d'outre-mer. Elle est ouverte à la signature de tous les citoyens jusqu'au 30 juin.",
            "<a href=\"https://petitions.senat.fr/\">Consulter la pétition sur le site du Sénat</a>",
            "La commune n'organise pas cette pétition ; le conseil municipal a adopté une motion de soutien le 6 février."),
             # a national petition on the Senate's platform, not a space run by the commune
             decoys={"petition"}, parent=("Actualités", "/Actualites")),
        page("/Saison-des-pluies-coupures-d-eau-et-routes-inondees", "Saison des pluies : coupures d'eau et routes inondées", m.prose(
            "Les fortes pluies de ces derniers jours ont provoqué des coupures d'eau sur la route de la Crique et la fermeture "
            "temporaire de la piste de Degrad-Mahury.",
            "La station de pompage est de nouveau en service ; l'eau peut rester trouble quelques heures. Les services techniques "
            "curent les fossés des quartiers bas.")
             + m.spip_forum_messages([
                 (1412, "Ketty", "13 mai 2025", "Piste de Degrad-Mahury", "La piste est encore sous 30 cm d'eau au niveau du pont, attention aux voitures basses.", 0),
                 (1415, "Services techniques", "13 mai 2025", "Re : Piste de Degrad-Mahury", "Merci, une équipe passe ce matin poser la signalisation.", 1)])
             + m.spip_forum_form("/Saison-des-pluies-coupures-d-eau-et-routes-inondees", 142),
             # SPIP's forum under an article is a comment thread on that article
             {"comments"}, parent=("Actualités", "/Actualites")),
        page("/Forum-des-habitants", "Forum des habitants", m.prose(
            "Le forum des habitants est un espace de discussion ouvert à tous. Ouvrez un sujet ou répondez aux messages des autres habitants ; "
            "les messages sont modérés par le service communication.")
             + m.links([("/spip.php?article171", "Transport fluvial : les pirogues du dimanche", "14 messages"),
                        ("/spip.php?article160", "Cité Wapa : les jeux pour enfants", "6 messages")], "liste-sujets")
             + m.prose(m.h2("Ouvrir un nouveau sujet")) + m.spip_forum_form("/Forum-des-habitants", 12, "rubrique"),
             {"forum"}),
        page("/spip.php?article171", "Transport fluvial : les pirogues du dimanche", m.prose(
            "Sujet ouvert par Daniel, habitant du Village Palikour.")
             + m.spip_forum_messages([
                 (1710, "Daniel", "2 mai 2025", "Les pirogues du dimanche", "Depuis la fin du bac le dimanche, les familles du village paient 10 € la traversée en pirogue. Qui d'autre est concerné ?", 0),
                 (1712, "Roselène", "3 mai 2025", "Re : Les pirogues du dimanche", "Nous aussi, à Degrad-Mahury. Il faudrait au moins un bac le dimanche matin.", 1),
                 (1716, "Patrice K.", "4 mai 2025", "Re : Les pirogues du dimanche", "La question a été posée au conseil de quartier, l'agglo doit répondre en juin.", 1)])
             + m.spip_forum_form("/spip.php?article171", 171),
             {"forum"}, parent=("Forum des habitants", "/Forum-des-habitants")),
        page("/spip.php?article160", "Cité Wapa : les jeux pour enfants", m.spip_forum_messages([
            (1600, "Sonia", "2 avril 2025", "Les jeux", "Le toboggan de l'aire de jeux est cassé depuis un mois, les enfants jouent sur le parking.", 0),
            (1602, "Conseil citoyen Wapa", "4 avril 2025", "Re : Les jeux", "Nous l'avons signalé au bailleur et à la mairie, la réparation est prévue en mai.", 1)])
             + m.spip_forum_form("/spip.php?article160", 160),
             {"forum"}, parent=("Forum des habitants", "/Forum-des-habitants")),
        page("/Democratie-locale", "Démocratie locale", m.prose(
            "La commune fait vivre la démocratie locale avec six comités de quartier, le conseil citoyen de la Cité Wapa, "
            "une boîte à idées et le forum des habitants.",
            "Elle participe aussi aux concertations de l'agglomération (plan de mobilité, budget participatif) sur la "
            "plateforme commune « Participer ».")
             + m.links([("/Le-conseil-citoyen-de-la-Cite-Wapa", "Le conseil citoyen de la Cité Wapa"),
                        ("/La-plateforme-participative-de-l-agglomeration", "La plateforme participative de l'agglomération"),
                        ("/Questionnaire-desserte-fluviale", "Questionnaire sur la desserte fluviale"),
                        ("/Boite-a-idees", "La boîte à idées"), ("/Forum-des-habitants", "Le forum des habitants")]),
             {"participation_displayed"}),
        page("/Le-conseil-citoyen-de-la-Cite-Wapa", "Le conseil citoyen de la Cité Wapa", m.prose(
            "Le conseil citoyen réunit des habitants et des associations de la Cité Wapa, quartier prioritaire de la politique de la ville. "
            "Il participe au pilotage du contrat de ville et donne son avis sur le projet de renouvellement urbain.",
            m.h2("Appel à candidatures"),
            "Le collège des habitants doit être renouvelé : les habitants de la Cité Wapa de plus de 16 ans peuvent se porter candidats "
            "auprès de la maison de quartier jusqu'au 30 juin. Un tirage au sort complétera les places restantes."),
             # an appel à candidatures to sit on the council: not a call for ideas
             {"participation_displayed"}, decoys={"suggestion_call"}, parent=("Démocratie locale", "/Democratie-locale")),
        page("/La-plateforme-participative-de-l-agglomeration", "La plateforme participative de l'agglomération", m.prose(
            "Depuis 2024, l'agglomération du Centre Guyane et ses communes membres partagent une plateforme de participation en ligne, "
            "fondée sur le logiciel libre Decidim.",
            f"Vous y trouverez le plan de mobilité 2030, le budget participatif de Saint-Mahury et les pétitions citoyennes : "
            f"<a href=\"http://{agglo}/\">participer.agglo-centre-guyane.fr</a>."),
             # an article that presents the platform and links to it; the platform itself is on its own host
             decoys={PP}, parent=("Démocratie locale", "/Democratie-locale")),
        page("/Questionnaire-desserte-fluviale", "Desserte fluviale : répondez au questionnaire", m.prose(
            "Horaires du bac, état des pontons, pirogues privées : la commune prépare avec l'agglomération un nouveau schéma de "
            "desserte fluviale. Répondez au questionnaire avant le 30 juin.")
             + m.framaforms("desserte-fluviale-saint-mahury-1714990000", "Questionnaire desserte fluviale"),
             {"poll"}, parent=("Démocratie locale", "/Democratie-locale")),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Voté le 10 avril 2025, le budget primitif s'équilibre à 61,2 M€. Il finance la construction du groupe scolaire de "
            "Savane Bellevue et l'extension du réseau d'eau potable vers le Village Palikour.",
            "Le budget participatif de la commune est organisé avec l'agglomération, sur la plateforme Participer.")
             + m.download("IMG/pdf/bp2025-presentation.pdf", "Présentation du budget primitif 2025"),
             decoys={"participatory_budget"}),
        page("/Carnaval-de-Guyane-le-programme", "Carnaval : le programme des samedis", m.prose(
            "De l'Épiphanie au mercredi des Cendres, les groupes défilent chaque dimanche après-midi sur l'avenue du Fleuve.",
            "Le forum des associations carnavalesques se tient le 18 janvier à la salle polyvalente : inscription des groupes, "
            "sécurité des parades, règlement des vidés.")
             + m.agenda([("18 janvier", "Forum des associations carnavalesques", "Salle polyvalente"),
                         ("1er février", "Grande parade", "Avenue du Fleuve"),
                         ("4 mars", "Vaval brûlé", "Front de fleuve")]),
             decoys={"forum"}, parent=("Actualités", "/Actualites")),
        page("/spip.php?page=contact", "Contact", m.prose(
            "Mairie de Saint-Mahury, 1 place de la République, 97399 Saint-Mahury. Ouverte du lundi au vendredi de 7 h 30 à 13 h.")
             + m.spip_ecrire_auteur("/spip.php?page=contact", 1), {"contact_form"}),
        page("/Boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie dans votre quartier ? Un projet pour la commune ? Déposez-la dans la boîte à idées : "
            "chaque proposition est lue et une réponse est publiée chaque trimestre.")
             + m.spip_formidable(4, "/Boite-a-idees", [
                 ("input", "input_1", "Votre nom"), ("email", "email_1", "Votre adresse email"),
                 ("selection", "selection_1", "Votre quartier", quartiers),
                 ("textarea", "textarea_1", "Votre idée")], "Déposer mon idée", "boite_a_idees"),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "suggestion_call"}),
        page("/Participation-du-public-projet-minier", "Projet minier : participation du public", m.prose(
            "La préfecture de la Guyane organise une participation du public par voie électronique sur la demande d'autorisation "
            "d'exploitation aurifère sur la crique Bellevue, du 18 avril au 20 mai 2025.",
            "Le dossier et le registre sont sur le site des services de l'État. La commune émettra son propre avis en conseil municipal."),
             # the préfecture's procedure, not the commune's participatory approach
             decoys={"participation_displayed"}, parent=("Actualités", "/Actualites")),
        page("/Alertes-inondation-inscription", "Alertes inondation : inscrivez-vous", m.prose(
            "En cas de crue du Mahury ou de fortes pluies, la commune prévient les habitants des zones inondables par SMS.")
             + m.sms_alert_signup("/spip.php?action=alerte_sms", quartiers, "alertes inondation"),
             decoys={"contact_form"}, parent=("Actualités", "/Actualites")),
        page("/Marches-publics", "Appel à manifestation d'intérêt : commerces ambulants", m.prose(
            "La commune lance un appel à manifestation d'intérêt pour l'occupation temporaire du domaine public par des commerces "
            "ambulants sur le front de fleuve. Candidatures avant le 15 avril.", "Le cahier des charges est disponible à l'accueil."),
             decoys={"suggestion_call"}, parent=("Actualités", "/Actualites")),
        page("/Etat-civil-et-elections", "État civil et élections", m.prose(
            "Le service de l'état civil délivre les actes de naissance, de mariage et de décès. Les déclarations de naissance se font "
            "dans les cinq jours à la mairie du lieu de naissance.",
            "Inscription sur les listes électorales : en ligne sur le site du service public ou en mairie, avec une pièce d'identité "
            "et un justificatif de domicile. Les habitants du Village Palikour peuvent s'adresser à leur mairie annexe.")),
        page("/Mairies-annexes", "Mairies annexes", m.prose("Les mairies annexes de Degrad-Mahury et du Village Palikour assurent l'état civil et les attestations.")
             + m.address_block("Mairie annexe de Degrad-Mahury", ["Rue du Dégrad", "Lundi, mercredi, vendredi, 7 h 30 - 12 h"])
             + m.address_block("Mairie annexe du Village Palikour", ["Chemin du Village", "Mardi et jeudi, 8 h - 12 h"])),
    ]
    www = Site(host, "spip", "Commune de Saint-Mahury", pages,
               menu=[("Accueil", "/"), ("Actualités", "/Actualites"), ("Démocratie locale", "/Democratie-locale"),
                     ("Forum", "/Forum-des-habitants"), ("Contact", "/spip.php?page=contact")],
               accounts=[social("facebook", "VilleDeSaintMahury", "https://fr-fr.facebook.com/VilleDeSaintMahury"),
                         social("youtube", "saintmahury", "https://www.youtube.com/@SaintMahury")],
               address="Mairie, 1 place de la République, 97399 Saint-Mahury")

    pm = "/processes/plan-mobilite-2030"
    bp = "/processes/bp-saint-mahury-2025"
    tabs = m.decidim_components([(pm, "Le processus"), (f"{pm}/f/12/proposals", "Propositions"),
                                 (f"{pm}/f/13/", "Questionnaire"), (f"{pm}/f/14/", "Questionnaire de diagnostic (clos)")])
    platform = Site(agglo, "decidim", "Participer - Agglomération du Centre Guyane", [
        page("/", "Accueil", m.decidim_hero("Participer", "La plateforme de participation de l'agglomération du Centre Guyane et de ses communes.",
                                            f"{pm}/f/12/proposals", "Faire une proposition")
             + m.decidim_space_cards([(pm, "Plan de mobilité 2030", "Phase : propositions"),
                                      (bp, "Budget participatif de Saint-Mahury 2025", "Phase : vote"),
                                      ("/assemblies/conseil-de-developpement", "Conseil de développement", "Assemblée"),
                                      ("/initiatives", "Pétitions citoyennes", "4 pétitions ouvertes")])
             + m.prose(m.h2("Dernières propositions"))
             + m.decidim_list_cards([(f"{pm}/f/12/proposals/87", "Un bac le dimanche matin entre le bourg et Degrad-Mahury", "23 soutiens"),
                                     (f"{pm}/f/12/proposals/91", "Une piste cyclable le long de la route de la Crique", "41 soutiens")])),
        page(pm, "Plan de mobilité 2030", tabs + m.prose(
            "Bus, pistes cyclables, bacs et navettes fluviales : l'agglomération élabore son plan de mobilité pour 2030. "
            "Jusqu'au 30 juin, déposez vos propositions et répondez au questionnaire. Des réunions publiques ont lieu dans chaque commune.")),
        page(f"{pm}/f/12/proposals", "Propositions - Plan de mobilité 2030", tabs + m.prose(
            "Faites vos propositions pour améliorer les déplacements dans l'agglomération.",
            '<a href="/users/sign_in" class="button button__sm button__secondary">Nouvelle proposition</a>')
             + m.decidim_list_cards([(f"{pm}/f/12/proposals/87", "Un bac le dimanche matin entre le bourg et Degrad-Mahury", "23 soutiens · 4 commentaires"),
                                     (f"{pm}/f/12/proposals/91", "Une piste cyclable le long de la route de la Crique", "41 soutiens · 7 commentaires")]),
             {"suggestion_call"}),
        page(f"{pm}/f/12/proposals/87", "Un bac le dimanche matin entre le bourg et Degrad-Mahury", tabs + m.prose(
            "Depuis la suppression du bac dominical, les familles traversent en pirogue privée. Je propose un aller-retour le dimanche "
            "entre 7 h et 10 h.", "Proposition de Daniel B. - Saint-Mahury")
             + m.decidim_comments("Proposal", 87, [
                 ("Roselène", "il y a 5 jours", "Indispensable pour aller au marché du dimanche."),
                 ("Mairie de Saint-Mahury", "il y a 2 jours", "La commune soutient cette proposition auprès de l'agglomération.")]),
             {"comments"}),
        page(f"{pm}/f/12/proposals/91", "Une piste cyclable le long de la route de la Crique", tabs + m.prose(
            "Les enfants vont à vélo au collège sur une route sans accotement. Une piste séparée de 3 km sécuriserait le trajet.",
            "Proposition de l'association Mahury à vélo.", "41 soutiens")),
        page(f"{pm}/f/13/", "Questionnaire - Plan de mobilité 2030", tabs + m.decidim_survey(f"{pm}/f/13/questionnaire/answer", [
            ("Quel mode de transport utilisez-vous le plus ?", "single", ["Voiture", "Bus", "Bac ou pirogue", "Vélo", "Marche"]),
            ("Que faut-il améliorer en priorité ?", "single", ["La fréquence des bus", "Les horaires du bac", "Les trottoirs", "Les pistes cyclables"]),
            ("Vos remarques", "long", [])]), {"poll"}),
        page(f"{pm}/f/14/", "Questionnaire de diagnostic (clos)", tabs + m.prose(
            "Ce questionnaire est clos depuis le 31 janvier 2025. Merci aux 1 204 participants.",
            "La synthèse des réponses est téléchargeable dans la rubrique documents du processus."),
             # a closed questionnaire: no way to answer
             decoys={"poll"}),
        page(bp, "Budget participatif de Saint-Mahury 2025", m.prose(
            "Saint-Mahury consacre 250 000 € à des projets proposés par ses habitants. 14 projets ont été retenus après étude : "
            "votez pour vos préférés jusqu'au 15 juillet.",
            f'<a href="{bp}/f/21/budgets/3/projects" class="button button__sm button__secondary">Voter</a>'),
             {"participatory_budget"}),
        page(f"{bp}/f/21/budgets/3/projects", "Projets - Budget participatif de Saint-Mahury", m.prose(
            "Sélectionnez les projets que vous souhaitez financer dans la limite de 250 000 €.")
             + m.decidim_list_cards([(f"{bp}/f/21/budgets/3/projects/31", "Un carbet de pique-nique au Village Palikour", "38 000 €"),
                                     (f"{bp}/f/21/budgets/3/projects/32", "Éclairage solaire de la route de la Crique", "72 000 €"),
                                     (f"{bp}/f/21/budgets/3/projects/33", "Un terrain de basket à la Cité Wapa", "95 000 €")], "projects", link=False),
             {"participatory_budget"}),
        page("/assemblies/conseil-de-developpement", "Conseil de développement", m.prose(
            "Le conseil de développement de l'agglomération réunit 60 membres de la société civile. Il rend des avis sur le projet de "
            "territoire, le plan de mobilité et le plan climat. Ses séances sont publiques et ses avis publiés ici."),
             {"participation_displayed"}),
        page("/initiatives", "Pétitions citoyennes", m.prose(
            "Tout habitant de l'agglomération peut lancer une pétition. Au-delà de 500 signatures, elle est examinée par le conseil communautaire.",
            '<a href="/users/sign_in" class="button button__sm button__secondary">Lancer une pétition</a>')
             + m.decidim_list_cards([("/initiatives/i-4", "Rétablir le bac du dimanche", "312 / 500 signatures")], "initiatives"),
             {"petition"}),
        page("/initiatives/i-4", "Rétablir le bac du dimanche", m.decidim_initiative(
            "Rétablir le bac du dimanche", 312, 500, "30 septembre 2025",
            "<p>Nous demandons à l'agglomération de rétablir au moins deux traversées du bac le dimanche entre le bourg et Degrad-Mahury.</p>",
            "/users/sign_in"),
             {"petition"}),
    ], menu=[("Accueil", "/"), ("Plan de mobilité", pm), ("Budget participatif", bp), ("Assemblées", "/assemblies/conseil-de-developpement"),
             ("Pétitions", "/initiatives")],
        features=frozenset({PP}), platforms=frozenset({"decidim"}))

    return City("99513", "Saint-Mahury", 46870, "973", "03", "Guyane", f"http://{host}/", [www, platform])


# =====================================================================================================
# 99514 Saint-Expédit (La Réunion): vendor CMS, Publik e-services, CONSUL for the participatory budget
# =====================================================================================================

def saint_expedit() -> City:
    host = "www.saint-expedit.re"
    publik = "demarches.saint-expedit.re"
    consul = "budgetparticipatif.saint-expedit.re"
    quartiers = ["Centre-ville", "Ravine-Mapou", "Les Hauts-Vacoas", "Bassin-Lataniers", "Pointe-aux-Songes", "Piton-Expédit"]
    news = [
        ("/actualites/saison-cyclonique-kit-de-preparation", "Saison cyclonique : votre kit de préparation", "15 novembre 2024",
         "Réserves, mise à l'abri, phases d'alerte : ce qu'il faut savoir."),
        ("/actualites/coupures-d-eau-ravine-mapou", "Coupures d'eau à Ravine-Mapou", "3 mars 2025",
         "Travaux sur le réservoir des Hauts-Vacoas : le planning des coupures."),
        ("/actualites/forum-emploi-jeunesse", "Forum emploi jeunesse le 12 avril", "20 mars 2025",
         "Rencontrez 60 employeurs au gymnase de Bassin-Lataniers."),
        ("/actualites/la-region-vote-son-budget", "La Région adopte son budget 2025", "10 février 2025",
         "Route du littoral, lycées, transports : les grandes lignes."),
    ]
    pages = [
        page("/", "Accueil", _home(
            ["Bienvenue à Saint-Expédit, ville du Sud sauvage entre mer et volcan.",
             "Faites vos démarches en ligne, suivez l'actualité et participez à la vie de votre quartier."],
            [("/actualites", "Actualités"), ("/ma-ville", "Ma ville"), ("/participation-citoyenne", "Participation citoyenne"),
             (f"http://{publik}/", "Démarches en ligne"), (f"http://{consul}/", "Budget participatif Nout Kartié"),
             ("/mairies-annexes", "Mairies annexes"), ("/contact", "Contact")], news)),
        page("/actualites", "Actualités", m.news_cards(news + [
            ("/participation-citoyenne/enquete-publique-pprl", "Risques littoraux : enquête publique", "6 janvier 2025",
             "Le plan de prévention des risques littoraux est soumis à enquête publique."),
            ("/actualites/reunion-publique-ravine-mapou", "Réunion publique à Ravine-Mapou : ce que vous nous avez dit", "27 février 2025",
             "Retour sur la réunion consacrée au radier et aux transports.")], "Toutes les actualités")),
        page("/actualites/reunion-publique-ravine-mapou", "Réunion publique à Ravine-Mapou : ce que vous nous avez dit", m.prose(
            "Plus de 150 habitants ont participé le 25 février à la réunion publique sur la sécurisation du radier de Ravine-Mapou.",
            m.h2("Paroles d'habitants"),
            "<blockquote class=\"temoignage\"><p>« Quand la ravine descend, les enfants ne peuvent plus aller à l'école. »</p><footer>Josiane, Ravine-Mapou</footer></blockquote>",
            "<blockquote class=\"temoignage\"><p>« Un pont, pas un nouveau radier ! »</p><footer>Alain, conseil de quartier</footer></blockquote>",
            "Le compte rendu complet sera présenté au prochain conseil de quartier."),
             # quotes gathered by the city at a meeting: no way to post a comment
             decoys={"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/saison-cyclonique-kit-de-preparation", "Saison cyclonique : votre kit de préparation", m.prose(
            "De novembre à avril, la Réunion peut être touchée par une tempête tropicale ou un cyclone. La préfecture déclenche "
            "successivement la vigilance, l'alerte orange, l'alerte rouge puis la phase de sauvegarde.",
            m.h2("Le kit de survie"),
            m.bullets("Eau : 6 litres par personne", "Conserves et ouvre-boîte", "Radio et lampe à piles", "Médicaments et ordonnances",
                      "Papiers d'identité dans un sac étanche"),
            f"Les habitants des zones exposées peuvent s'inscrire aux alertes de la commune sur le <a href=\"http://{publik}/inscription-alerte-cyclonique/\">portail des démarches</a>.")
             + m.share_buttons(f"http://{host}/actualites/saison-cyclonique-kit-de-preparation", "Saison cyclonique"),
             parent=("Actualités", "/actualites")),
        page("/actualites/coupures-d-eau-ravine-mapou", "Coupures d'eau à Ravine-Mapou", m.prose(
            "Le délégataire du service de l'eau procède au remplacement de la conduite d'adduction du réservoir des Hauts-Vacoas.",
            m.table(["Date", "Secteur", "Horaires"], [("11 mars", "Ravine-Mapou bas", "8 h - 16 h"), ("13 mars", "Ravine-Mapou haut", "8 h - 16 h"),
                                                      ("18 mars", "Les Hauts-Vacoas", "8 h - 14 h")]),
            "Une citerne sera placée devant l'école de Ravine-Mapou. Pour toute question, appelez le service clients du délégataire."),
             parent=("Actualités", "/actualites")),
        page("/actualites/forum-emploi-jeunesse", "Forum emploi jeunesse le 12 avril", m.prose(
            "La mission locale et la Ville organisent le forum emploi jeunesse : 60 employeurs, des ateliers CV et des offres "
            "en alternance. Entrée libre de 8 h à 13 h au gymnase de Bassin-Lataniers."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/la-region-vote-son-budget", "La Région adopte son budget 2025", m.prose(
            "Le conseil régional a adopté un budget de 1,6 milliard d'euros. Pour Saint-Expédit, il prévoit la rénovation du lycée "
            "de Piton-Expédit et le prolongement de la ligne de car express.",
            "Suivez l'actualité de la Région sur sa <a href=\"https://www.facebook.com/RegionReunionOfficiel\">page Facebook</a>."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/ma-ville", "Ma ville", m.prose("Saint-Expédit compte 86 420 habitants, six quartiers et quatre mairies annexes.")
             + m.links([("/ma-ville/budget", "Budget de la ville"), ("/mairies-annexes", "Mairies annexes"), ("/ma-ville/marches-publics", "Marchés publics"),
                        ("/ma-ville/reseaux-sociaux", "La Ville sur les réseaux sociaux")])),
        page("/ma-ville/reseaux-sociaux", "La Ville sur les réseaux sociaux", m.prose(
            "Rejoignez la communauté de Saint-Expédit sur les réseaux sociaux : actualités en direct, alertes cycloniques, "
            "vidéos des conseils municipaux, offres d'emploi.")
             + m.links([("https://www.facebook.com/VilleSaintExpedit", "Facebook : Ville de Saint-Expédit"),
                        ("https://www.instagram.com/saintexpedit974", "Instagram : @saintexpedit974"),
                        ("https://www.youtube.com/@VilleDeSaintExpedit", "YouTube : les conseils municipaux en vidéo"),
                        ("https://www.linkedin.com/company/ville-de-saint-expedit", "LinkedIn : la Ville recrute")]),
             # the city's own accounts on global platforms: social accounts, not a local social network
             decoys={"territorial_social_network"}, parent=("Ma ville", "/ma-ville")),
        page("/ma-ville/budget", "Budget de la ville", m.prose(
            "Le budget 2025 atteint 148 M€. L'investissement (41 M€) porte sur les écoles, la voirie des Hauts et la protection "
            "du littoral contre la houle australe.",
            "5 % de l'investissement est consacré au budget participatif Nout Kartié, géré sur sa propre plateforme.")
             + m.download("/medias/budget/bp-2025-note-synthetique.pdf", "Note de présentation synthétique du budget 2025"),
             decoys={"participatory_budget"}, parent=("Ma ville", "/ma-ville")),
        page("/ma-ville/marches-publics", "Marchés publics", m.prose(
            "Consultations en cours : fourniture de kits cycloniques pour les écoles ; travaux de confortement de la digue de "
            "Pointe-aux-Songes. Les dossiers sont sur le profil d'acheteur de la commune."),
             decoys={"suggestion_call"}, parent=("Ma ville", "/ma-ville")),
        page("/participation-citoyenne", "Participation citoyenne", m.prose(
            "À Saint-Expédit, la participation citoyenne s'appuie sur les conseils de quartier, les mairies annexes, le budget "
            "participatif « Nout Kartié, nout projé », le droit de pétition et des questionnaires sur les projets de la ville.")
             + m.links([("/participation-citoyenne/conseils-de-quartier", "Les conseils de quartier"),
                        ("/participation-citoyenne/budget-participatif-nout-kartie", "Budget participatif Nout Kartié"),
                        ("/participation-citoyenne/droit-de-petition", "Le droit de pétition"),
                        ("/participation-citoyenne/questionnaire-navettes", "Questionnaire : les navettes des Hauts"),
                        ("/participation-citoyenne/appel-a-idees-front-de-mer", "Appel à idées : le front de mer"),
                        ("/participation-citoyenne/enquete-publique-pprl", "Enquête publique : risques littoraux")]),
             {"participation_displayed"}),
        page("/participation-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Les six conseils de quartier sont des lieux d'échange entre habitants, associations et élus. Chacun est présidé par "
            "un habitant élu par ses pairs et se réunit à la mairie annexe du quartier.",
            "Ils sont consultés sur les travaux de proximité et sur les plans familiaux de mise en sûreté avant la saison cyclonique.")
             + m.table(["Quartier", "Président", "Mairie annexe"], [
                 ("Ravine-Mapou", "M. Payet", "Ravine-Mapou"), ("Les Hauts-Vacoas", "Mme Hoarau", "Les Hauts-Vacoas"),
                 ("Bassin-Lataniers", "M. Técher", "Bassin-Lataniers"), ("Pointe-aux-Songes", "Mme Grondin", "Centre-ville")]),
             {"participation_displayed"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/budget-participatif-nout-kartie", "Budget participatif « Nout Kartié, nout projé »", m.prose(
            "Chaque année, 2 M€ sont réservés aux projets des habitants : jardins partagés, kiosques, éclairage, aires de jeux. "
            "Les Expéditois de plus de 16 ans proposent leurs projets puis votent.",
            f"<a class=\"btn btn--primary\" href=\"http://{consul}/budgets/3\">Proposer ou soutenir un projet</a>"),
             {"participatory_budget"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/droit-de-petition", "Le droit de pétition", m.prose(
            "Toute pétition signée par 1 % des habitants inscrits sur les listes électorales est examinée par le conseil municipal.",
            f"Les pétitions se déposent et se signent sur le <a href=\"http://{publik}/deposer-une-petition/\">portail des démarches</a>.",
            m.h2("Pétitions ouvertes"))
             + m.links([(f"http://{publik}/signer-une-petition/", "Un radier sécurisé à Ravine-Mapou", "812 signatures"),
                        (f"http://{publik}/signer-une-petition/", "Des ombrières au marché forain", "356 signatures")]),
             # lists the open petitions and sends to the city's own space to sign them
             {"petition"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/questionnaire-navettes", "Questionnaire : les navettes des Hauts", m.prose(
            "La Ville étudie la création de navettes entre les Hauts-Vacoas, Piton-Expédit et le centre-ville. Donnez votre avis "
            "en répondant au questionnaire (10 minutes).")
             + m.limesurvey_iframe("enquetes.saint-expedit.re", 482761, "Questionnaire navettes des Hauts"),
             {"poll"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/appel-a-idees-front-de-mer", "Appel à idées : le front de mer", m.prose(
            "Le front de mer de Pointe-aux-Songes a souffert de la houle australe. Avant d'engager sa reconstruction, la Ville lance "
            "un appel à idées : comment voulez-vous vivre votre front de mer ? Proposez vos idées jusqu'au 31 mai.")
             + m.typeform("XkT4pQ9a", "Appel à idées front de mer"),
             {"suggestion_call"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/enquete-publique-pprl", "Risques littoraux : enquête publique", m.prose(
            "Prescrit par le préfet, le plan de prévention des risques littoraux (recul du trait de côte, submersion marine) est "
            "soumis à enquête publique du 6 janvier au 7 février 2025. Le registre est ouvert en mairie."),
             decoys={"poll"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/mairies-annexes", "Mairies annexes", m.prose("Quatre mairies annexes assurent l'état civil, les inscriptions et l'accueil social.")
             + "".join(m.address_block(f"Mairie annexe de {q}", ["Du lundi au vendredi, 7 h 45 - 12 h"]) for q in quartiers[1:5])),
        page("/contact", "Contact", m.prose("Hôtel de ville, 2 rue du Général-de-Gaulle, 97499 Saint-Expédit.")
             + m.vendor_form("/contact", [
                 ("select", "service", "Service destinataire", ["Accueil", "État civil", "Urbanisme", "Voirie", "Écoles"]),
                 ("text", "nom", "Nom"), ("text", "prenom", "Prénom"), ("email", "email", "Adresse électronique"),
                 ("text", "objet", "Objet"), ("textarea", "message", "Votre message"),
                 ("checkbox", "rgpd", "J'accepte le traitement de mes données pour répondre à ma demande.")],
                 "Envoyer le message", "Écrire à la mairie", "contact-mairie"),
             {"contact_form"}),
    ]
    www = Site(host, "vendor", "Ville de Saint-Expédit", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Ma ville", "/ma-ville"),
                     ("Participation citoyenne", "/participation-citoyenne"), ("Démarches", f"http://{publik}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleSaintExpedit"), social("instagram", "saintexpedit974"),
                         social("youtube", "VilleDeSaintExpedit"), social("linkedin", "ville-de-saint-expedit")],
               address="Hôtel de ville, 2 rue du Général-de-Gaulle, 97499 Saint-Expédit")

    demarches = Site(publik, "publik", "Démarches en ligne - Saint-Expédit", [
        page("/", "Démarches en ligne", m.publik_tiles([
            ("/contacter-la-mairie/", "Contacter la mairie", "Relation usagers"),
            ("/signaler-un-probleme/", "Signaler un problème sur l'espace public", "Relation usagers"),
            ("/deposer-une-petition/", "Déposer une pétition", "Participation citoyenne"),
            ("/signer-une-petition/", "Signer une pétition", "Participation citoyenne"),
            ("/inscription-alerte-cyclonique/", "S'inscrire aux alertes cycloniques", "Prévention des risques"),
            ("/rendez-vous-etat-civil/", "Prendre rendez-vous (passeport, carte d'identité)", "État civil")])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", [
            ("String", "Nom"), ("String", "Prénom"), ("Email", "Courriel"), ("Item", "Thème", ["Écoles", "Voirie", "Propreté", "Social", "Autre"]),
            ("Text", "Votre message")], "Envoyer"), {"contact_form"}),
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.wcs_form("/signaler-un-probleme/", [
            ("Item", "Nature du problème", ["Nid-de-poule", "Éclairage", "Radier submergé", "Dépôt sauvage", "Arbre tombé"]),
            ("String", "Adresse ou lieu-dit"), ("Text", "Description"), ("Email", "Courriel pour le suivi")], "Envoyer",
            "Votre signalement est transmis au service concerné ; vous suivez son traitement dans votre espace."),
             {"contact_form"}),
        page("/deposer-une-petition/", "Déposer une pétition", m.wcs_form("/deposer-une-petition/", [
            ("String", "Titre de la pétition"), ("Text", "Texte de la pétition"), ("String", "Nom du premier signataire"),
            ("Email", "Courriel"), ("Checkbox", "Je certifie être inscrit sur les listes électorales de la commune")], "Déposer",
            "Une fois déclarée recevable, votre pétition est ouverte à la signature pendant trois mois."),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "petition"}),
        page("/signer-une-petition/", "Signer une pétition", m.wcs_form("/signer-une-petition/", [
            ("Item", "Pétition", ["Un radier sécurisé à Ravine-Mapou (812 signatures)", "Des ombrières au marché forain (356 signatures)"]),
            ("String", "Nom"), ("String", "Prénom"), ("String", "Adresse"), ("Email", "Courriel"),
            ("Checkbox", "Je certifie résider à Saint-Expédit")], "Signer"),
             {"petition"}),
        page("/inscription-alerte-cyclonique/", "S'inscrire aux alertes cycloniques", m.wcs_form("/inscription-alerte-cyclonique/", [
            ("String", "Nom"), ("Tel", "Téléphone mobile"), ("Item", "Quartier", quartiers),
            ("Checkbox", "Je souhaite être appelé(e) en cas d'évacuation (personne isolée ou fragile)")], "S'inscrire"),
             # registration to alerts: no free-text message
             decoys={"contact_form"}),
        page("/rendez-vous-etat-civil/", "Prendre rendez-vous", m.wcs_form("/rendez-vous-etat-civil/", [
            ("Item", "Motif", ["Carte nationale d'identité", "Passeport", "Retrait de titre"]),
            ("Item", "Lieu", ["Hôtel de ville", "Mairie annexe de Ravine-Mapou"]), ("Date", "Date souhaitée"),
            ("String", "Nom"), ("Email", "Courriel")], "Réserver"),
             # a booking-only form
             decoys={"contact_form"}),
    ], menu=[("Accueil", "/"), ("Site de la ville", f"http://{host}/")], address="Hôtel de ville de Saint-Expédit")

    bp = Site(consul, "consul", "Nout Kartié, nout projé - Budget participatif", [
        page("/", "Accueil", m.prose(
            "« Nout Kartié, nout projé » : le budget participatif de Saint-Expédit. Proposez des projets pour votre quartier, "
            "soutenez ceux des autres, débattez et votez.")
             + m.links([("/budgets/3", "Nout Kartié 2025 : la phase de soutien est ouverte"), ("/budgets/2", "Nout Kartié 2024 : les projets financés"),
                        ("/debates", "Les débats"), ("/proposals", "Les propositions citoyennes"), ("/polls", "Les votations")])
             + m.prose(m.h2("Les projets les plus soutenus"))
             + m.consul_investments(3, [(41, "Un jardin partagé au pied des immeubles de Ravine-Mapou", "45 000 €", 318, "Ravine-Mapou")]),
             {"participatory_budget"}),
        page("/budgets/2", "Nout Kartié 2024", m.prose(
            "Le budget participatif 2024 est terminé. 23 projets ont été financés, dont 9 sont déjà livrés : l'aire de jeux de "
            "Bassin-Lataniers, le kiosque de Ravine-Mapou, l'éclairage solaire du sentier littoral."),
             # a past edition's results: nothing to propose or vote
             decoys={"participatory_budget"}),
        page("/budgets/3", "Nout Kartié 2025", m.prose(
            "Phase actuelle : soutiens, jusqu'au 30 juin. Chaque habitant peut soutenir autant de projets qu'il le souhaite ; les "
            "projets les plus soutenus passeront au vote final en septembre.",
            '<a href="/budgets/3/investments" class="button">Voir les projets</a>'), {"participatory_budget"}),
        page("/budgets/3/investments", "Projets - Nout Kartié 2025", m.consul_investments(3, [
            (41, "Un jardin partagé au pied des immeubles de Ravine-Mapou", "45 000 €", 318, "Ravine-Mapou")]),
             {"participatory_budget"}),
        page("/budgets/3/investments/41", "Un jardin partagé au pied des immeubles de Ravine-Mapou", m.prose(
            "Transformer la friche entre les bâtiments B et C en jardin partagé : bacs de culture, récupérateur d'eau de pluie, cabane à outils.",
            "Porté par l'association des locataires de Ravine-Mapou.")
             + m.consul_investments(3, [(41, "Un jardin partagé au pied des immeubles de Ravine-Mapou", "45 000 €", 318, "Ravine-Mapou")])
             + m.consul_comments("Budget::Investment", 41, [
                 ("Marie-Annick", "il y a 4 jours", "Super projet, les enfants pourront apprendre à planter des brèdes."),
                 ("Jean-Hugues", "il y a 2 jours", "Il faudra prévoir une clôture contre les chiens errants.")]),
             {"participatory_budget", "comments"}),
        page("/debates", "Débats", m.prose("Lancez un débat sur un sujet qui concerne la ville ; les habitants y répondent et votent.")
             + m.consul_debates([(12, "Faut-il fermer le front de mer aux voitures le dimanche ?", "Frédéric T.", 27, 64)]), {"forum"}),
        page("/debates/12", "Faut-il fermer le front de mer aux voitures le dimanche ?", m.prose(
            "Le dimanche, le front de mer est saturé. Une fermeture aux voitures de 8 h à 14 h laisserait la place aux familles et aux vélos.")
             + m.consul_comments("Debate", 12, [
                 ("Sabine", "il y a 6 jours", "Pour, à condition de prévoir des navettes depuis le parking du stade."),
                 ("Gérard R.", "il y a 5 jours", "Contre, les commerçants vont perdre leurs clients.")]),
             # a debate thread and its replies: a discussion board, replied to through the comment form
             {"forum", "comments"}),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Vous avez une idée pour Saint-Expédit ? Publiez une proposition ; si elle réunit 1 000 soutiens, le conseil municipal l'étudie.")
             + m.prose('<a href="/users/sign_in" class="button">Créer une proposition</a>'), {"suggestion_call"}),
        page("/polls", "Votations", m.links([("/polls/4", "Le nom du nouveau parc de Bassin-Lataniers", "en cours"),
                                             ("/polls/2", "Les horaires du marché forain", "terminée")]), {"poll"}),
        page("/polls/4", "Le nom du nouveau parc de Bassin-Lataniers", m.prose(
            "Votez jusqu'au 15 juillet pour choisir le nom du parc urbain de Bassin-Lataniers.")
             + m.consul_poll(4, "Quel nom pour le parc ?", ["Parc des Lataniers", "Jardin Granmoun Lélé", "Parc du Piton"]), {"poll"}),
        page("/polls/2", "Les horaires du marché forain", m.prose(
            "Cette votation est terminée. Résultat : le marché forain ouvre désormais de 6 h à 12 h (61 % des voix).")
             + m.consul_poll(2, "Quels horaires pour le marché forain ?", ["6 h - 12 h", "7 h - 13 h"], open_=False),
             decoys={"poll"}),
    ], menu=[("Accueil", "/"), ("Budget 2025", "/budgets/3/investments"), ("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls")],
        features=frozenset({PP}), platforms=frozenset({"consul"}))

    return City("99514", "Saint-Expédit", 86420, "974", "04", "La Réunion", f"http://{host}/", [www, demarches, bp],
                decoy_accounts=("https://www.facebook.com/regionreunionofficiel",))


# =====================================================================================================
# 99515 Mtsahandzi (Mayotte): Joomla with JComments and RSForm, a phpBB board, no social accounts
# =====================================================================================================

def mtsahandzi() -> City:
    host = "www.mtsahandzi.yt"
    forum = "forum.mtsahandzi.yt"
    villages = ["Mjini", "Bweni-Bé", "Mronga", "Dzoundzi", "Mkadzani"]
    j = "/index.php"
    news = [
        (f"{j}/actualites/tours-d-eau-calendrier", "Tours d'eau : le calendrier de juin", "30 mai 2025",
         "Coupures de 48 heures par secteur : retrouvez les jours de votre village."),
        (f"{j}/actualites/saison-cyclonique", "Saison cyclonique : les consignes", "18 novembre 2024",
         "Se préparer, s'informer, se mettre à l'abri."),
        (f"{j}/actualites/enquete-publique-retenue-collinaire", "Retenue collinaire : enquête publique", "7 avril 2025",
         "Le projet de retenue d'eau de Mronga soumis à enquête publique."),
        (f"{j}/actualites/forum-des-metiers", "Forum des métiers et de l'orientation", "2 février 2025",
         "Collégiens et lycéens rencontrent les professionnels de l'île."),
        (f"{j}/actualites/plui-concertation-intercommunale", "PLUi : la communauté de communes ouvre la concertation", "20 janvier 2025",
         "Une plateforme en ligne pour le futur plan local d'urbanisme intercommunal."),
    ]
    pages = [
        page("/", "Accueil", _home(
            ["Karibu ! Bienvenue sur le site de la commune de Mtsahandzi.",
             "Cinq villages, 27 860 habitants, une mairie à votre service."],
            [(f"{j}/actualites", "Actualités"), (f"{j}/vie-citoyenne", "Vie citoyenne"), (f"{j}/budget-communal", "Budget"),
             (f"{j}/mairies-annexes", "Mairies annexes"), (f"{j}/marches-publics", "Marchés publics"), (f"{j}/contact", "Contact"),
             (f"http://{forum}/", "Forum citoyen")], news)),
        page(f"{j}/actualites", "Actualités", m.news_cards(news, "Toutes les actualités")),
        page(f"{j}/actualites/tours-d-eau-calendrier", "Tours d'eau : le calendrier de juin", m.prose(
            "La sécheresse impose toujours des tours d'eau sur toute l'île. Chaque secteur est privé d'eau 48 heures, puis "
            "alimenté 24 heures. Des rampes de distribution d'eau potable sont installées à la mairie et devant l'école de Bweni-Bé.")
             + m.table(["Village", "Coupure"], [("Mjini", "lundi 6 h - mercredi 6 h"), ("Bweni-Bé", "mardi 6 h - jeudi 6 h"),
                                                ("Mronga, Dzoundzi", "mercredi 6 h - vendredi 6 h"), ("Mkadzani", "jeudi 6 h - samedi 6 h")])
             + m.jcomments(87, [
                 ("Anrafa", "01.06.2025 07:12", "À Mkadzani l'eau n'est pas revenue samedi, la rampe était vide."),
                 ("Mairie", "01.06.2025 10:40", "Un camion-citerne est envoyé à Mkadzani ce matin. Merci du signalement."),
                 ("Soilihi M.", "02.06.2025 18:05", "Merci pour la rampe devant l'école, c'est plus près pour les anciens.")]),
             {"comments"}, parent=("Actualités", f"{j}/actualites")),
        page(f"{j}/actualites/saison-cyclonique", "Saison cyclonique : les consignes", m.prose(
            "De novembre à avril, Mayotte peut être frappée par un cyclone. En vigilance, rentrez le linge, les tôles et tout objet "
            "qui peut s'envoler ; en alerte rouge, restez à l'abri.",
            "Suivez les consignes officielles de la préfecture de Mayotte sur son compte "
            "<a href=\"https://x.com/Prefet976\">X</a> et sur la radio.")
             + m.share_buttons(f"http://{host}{j}/actualites/saison-cyclonique", "Saison cyclonique"),
             # share intents and the préfecture's account: not the commune's accounts
             decoys={"social_account"}, parent=("Actualités", f"{j}/actualites")),
        page(f"{j}/actualites/enquete-publique-retenue-collinaire", "Retenue collinaire : enquête publique", m.prose(
            "Le projet de troisième retenue collinaire, sur les hauteurs de Mronga, est soumis à enquête publique du 7 avril au "
            "9 mai 2025. Le commissaire enquêteur tiendra permanence à la mairie les mardis matin.",
            "Les observations sont reçues sur le registre en mairie ou par courrier."),
             decoys={"poll"}, parent=("Actualités", f"{j}/actualites")),
        page(f"{j}/actualites/forum-des-metiers", "Forum des métiers et de l'orientation", m.prose(
            "Le forum des métiers se tient le 14 février au plateau sportif de Mjini : gendarmerie, hôpital, BTP, pêche et "
            "tourisme présentent leurs formations aux jeunes."),
             decoys={"forum"}, parent=("Actualités", f"{j}/actualites")),
        page(f"{j}/actualites/plui-concertation-intercommunale", "PLUi : la communauté de communes ouvre la concertation", m.prose(
            "La communauté de communes élabore son plan local d'urbanisme intercommunal. Elle a ouvert une plateforme de concertation "
            "en ligne, propulsée par Jenparle, où chacun peut consulter le diagnostic et laisser une contribution.",
            "<a href=\"https://plui-cc-du-sud.jenparle.net/\">Accéder à la plateforme de la communauté de communes</a>"),
             # news about another body's platform, only named and linked
             decoys={PP, "participation_displayed"}, parent=("Actualités", f"{j}/actualites")),
        page(f"{j}/vie-citoyenne/groupes-des-villages", "Les groupes des villages sur Facebook", m.prose(
            "Beaucoup d'informations circulent dans les groupes Facebook créés par les habitants et les associations des villages. "
            "La commune n'en est pas l'administratrice, mais y relaie ses annonces.")
             + m.links([("https://www.facebook.com/groups/bwenibe.solidarite", "Bweni-Bé solidarité"),
                        ("https://www.facebook.com/groups/jeunesdemronga", "Les jeunes de Mronga"),
                        ("https://www.facebook.com/AssociationFemmesMkadzani", "Association des femmes de Mkadzani")]),
             # residents' groups on a global platform, run by third parties: neither the city's accounts nor its network
             decoys={"territorial_social_network", "social_account"}, parent=("Vie citoyenne", f"{j}/vie-citoyenne")),
        page(f"{j}/vie-citoyenne", "Vie citoyenne", m.prose(
            "La municipalité associe les habitants à la vie de la commune : conseils de village, conseil municipal des jeunes, "
            "boîte à idées, questionnaires et forum citoyen.")
             + m.links([(f"{j}/vie-citoyenne/conseils-de-village", "Les conseils de village"),
                        (f"{j}/vie-citoyenne/mon-village-mon-projet", "Mon village, mon projet (budget participatif des jeunes)"),
                        (f"{j}/vie-citoyenne/questionnaire-collecte-dechets", "Questionnaire : la collecte des déchets"),
                        (f"{j}/vie-citoyenne/boite-a-idees", "La boîte à idées"),
                        (f"{j}/vie-citoyenne/forum-citoyen", "Le forum citoyen"),
                        (f"{j}/vie-citoyenne/groupes-des-villages", "Les groupes des villages sur Facebook")]),
             {"participation_displayed"}),
        page(f"{j}/vie-citoyenne/conseils-de-village", "Les conseils de village", m.prose(
            "Dans chacun des cinq villages, un conseil de village réunit les notables, les associations de femmes et de jeunes, "
            "les cadis et les habitants volontaires autour de l'élu délégué.",
            "Il se réunit une fois par mois à la mairie annexe ou au foyer du village et fait remonter les besoins : pistes, "
            "éclairage, ramassage des ordures, sécurité des abords des écoles.")
             + m.table(["Village", "Élu délégué", "Lieu"], [(v, "Adjoint délégué", "Mairie annexe" if v != "Mjini" else "Hôtel de ville") for v in villages]),
             {"participation_displayed"}, parent=("Vie citoyenne", f"{j}/vie-citoyenne")),
        page(f"{j}/vie-citoyenne/mon-village-mon-projet", "Mon village, mon projet", m.prose(
            "Le conseil municipal des jeunes dispose de 40 000 € pour financer des projets proposés par les jeunes de 11 à 25 ans. "
            "Proposez votre projet avant le 15 juillet ; les jeunes voteront à la rentrée dans les collèges et au foyer de chaque village.")
             + m.rsform(7, f"{j}/vie-citoyenne/mon-village-mon-projet", [
                 ("text", "Nom", "Nom et prénom"), ("text", "Age", "Âge"), ("text", "Village", "Village"),
                 ("textarea", "Projet", "Décrivez votre projet")], "Proposer mon projet"),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "participatory_budget", "suggestion_call"}, parent=("Vie citoyenne", f"{j}/vie-citoyenne")),
        page(f"{j}/vie-citoyenne/questionnaire-collecte-dechets", "Questionnaire : la collecte des déchets", m.prose(
            "Avec le syndicat de collecte, la commune revoit les jours de ramassage des ordures ménagères. Aidez-nous en répondant "
            "à ce court questionnaire.")
             + m.google_form("1FAIpQLSe7xK2mQ8vR4tZ9nB3cL6pW1yD5hJ0aF2gS8uE4iO7rT3qW", "Questionnaire collecte des déchets"),
             {"poll"}, parent=("Vie citoyenne", f"{j}/vie-citoyenne")),
        page(f"{j}/vie-citoyenne/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour votre village ? Écrivez-la ici. Les idées sont étudiées chaque mois en conseil de village.")
             + m.rsform(5, f"{j}/vie-citoyenne/boite-a-idees", [
                 ("text", "Nom", "Votre nom"), ("text", "Village", "Votre village"), ("textarea", "Idee", "Votre idée")], "Envoyer mon idée"),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "suggestion_call"}, parent=("Vie citoyenne", f"{j}/vie-citoyenne")),
        page(f"{j}/vie-citoyenne/forum-citoyen", "Le forum citoyen", m.prose(
            "Le forum citoyen permet aux habitants de discuter des sujets de la commune : l'eau, la barge, les routes, les écoles. "
            "Il est modéré par le service communication.",
            f"<a href=\"http://{forum}/\">Accéder au forum citoyen</a>"),
             # the page presents the board; the threads are on forum.mtsahandzi.yt
             decoys={"forum"}, parent=("Vie citoyenne", f"{j}/vie-citoyenne")),
        page(f"{j}/budget-communal", "Budget communal", m.prose(
            "Le budget primitif 2025 s'élève à 38,5 M€. Les priorités : les écoles (rotation des classes), l'eau (rampes et "
            "citernes), la voirie des villages et l'éclairage public.")
             + m.download("/images/documents/bp-2025.pdf", "Budget primitif 2025"),
             decoys={"participatory_budget"}),
        page(f"{j}/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : construction de quatre salles de classe à Bweni-Bé (date limite : 20 juin 2025) ; "
            "location de camions-citernes (date limite : 4 juillet 2025)."),
             decoys={"suggestion_call"}),
        page(f"{j}/mairies-annexes", "Mairies annexes", m.prose("Chaque village dispose d'une mairie annexe ouverte le matin.")
             + "".join(m.address_block(f"Mairie annexe de {v}", ["Du lundi au jeudi, 7 h 30 - 12 h"]) for v in villages[1:])),
        page(f"{j}/contact", "Contact", m.prose("Mairie de Mtsahandzi, rue de la Mairie, 97699 Mtsahandzi. Accueil de 7 h 30 à 14 h.")
             + m.joomla_contact(f"{j}/contact", 1), {"contact_form"}),
    ]
    www = Site(host, "joomla", "Commune de Mtsahandzi", pages,
               menu=[("Accueil", "/"), ("Actualités", f"{j}/actualites"), ("Vie citoyenne", f"{j}/vie-citoyenne"),
                     ("Budget", f"{j}/budget-communal"), ("Contact", f"{j}/contact")],
               address="Mairie de Mtsahandzi, rue de la Mairie, 97699 Mtsahandzi")

    board = Site(forum, "phpbb", "Forum citoyen de Mtsahandzi", [
        page("/", "Index du forum", m.phpbb_forumlist("La vie de la commune", [
            (2, "L'eau et les coupures", "Tours d'eau, rampes, citernes : partagez les informations de votre village.", 38, 412),
            (3, "Barge, taxis et routes", "Transports et déplacements sur la commune et vers Mamoudzou.", 21, 167)])),
        page("/viewforum.php?f=2", "L'eau et les coupures", m.phpbb_topiclist(2, [
            (41, "Pas d'eau à Mkadzani depuis samedi", "Anrafa", 9, 312),
            (39, "Horaires des rampes à Bweni-Bé", "Zalifa", 4, 188)])),
        page("/viewforum.php?f=3", "Barge, taxis et routes", m.phpbb_topiclist(3, [
            (57, "Embouteillages à l'entrée de Mjini le matin", "Kassim", 12, 420)])),
        page("/viewtopic.php?t=41", "Pas d'eau à Mkadzani depuis samedi", m.phpbb_posts(41, 2, "Pas d'eau à Mkadzani depuis samedi", [
            ("Anrafa", "lun. 2 juin 2025 07:05", "Depuis samedi rien au robinet, et la rampe est vide. Vous aussi ?"),
            ("Mouhamadi", "lun. 2 juin 2025 08:31", "Pareil en haut du village. Il paraît qu'une vanne est cassée."),
            ("Mairie-Mtsahandzi", "lun. 2 juin 2025 10:02", "Bonjour, un camion-citerne arrive à 11 h sur la place. La vanne est réparée cet après-midi.")])),
        page("/viewtopic.php?t=39", "Horaires des rampes à Bweni-Bé", m.phpbb_posts(39, 2, "Horaires des rampes à Bweni-Bé", [
            ("Zalifa", "mer. 28 mai 2025 16:20", "Quelqu'un connaît les horaires de la rampe devant l'école ?"),
            ("Said A.", "mer. 28 mai 2025 17:45", "De 6 h à 10 h et de 15 h à 18 h, sauf le vendredi après-midi.")])),
        page("/viewtopic.php?t=57", "Embouteillages à l'entrée de Mjini le matin", m.phpbb_posts(57, 3, "Embouteillages à l'entrée de Mjini le matin", [
            ("Kassim", "jeu. 15 mai 2025 06:50", "Une heure pour sortir du village ce matin. Un rond-point est prévu ?"),
            ("Fatima", "jeu. 15 mai 2025 09:12", "Le conseil de village en a parlé, il faudrait surtout des bus scolaires plus tôt."),
            ("Kassim", "jeu. 15 mai 2025 12:40", "Bonne idée, on peut le proposer dans la boîte à idées de la mairie.")])),
    ], menu=[("Index", "/"), ("Site de la commune", f"http://{host}/")],
        features=frozenset({"forum"}))

    return City("99515", "Mtsahandzi", 27860, "976", "06", "Mayotte", f"http://{host}/", [www, board],
                decoy_accounts=("https://x.com/prefet976", "https://www.facebook.com/associationfemmesmkadzani"))


# =====================================================================================================
# 99516 Fiumarella (Haute-Corse): WordPress with Gravity Forms, wpDiscuz and Forminator; a Discourse board
# =====================================================================================================

def fiumarella() -> City:
    host = "www.fiumarella.corsica"
    agora = "apiazza.fiumarella.corsica"
    quartiers = ["U Borgu", "A Marina", "San Ghjuvanni", "U Pinetu", "I Prati"]
    news = [
        ("/actualites/incendies-obligations-de-debroussaillement/", "Incendies : les obligations de débroussaillement", "2 juin 2025",
         "Avant le 30 juin, débroussaillez 50 mètres autour de votre maison."),
        ("/actualites/extension-du-port-de-plaisance/", "Extension du port de plaisance : le projet présenté", "22 mai 2025",
         "80 anneaux supplémentaires et une nouvelle capitainerie."),
        ("/actualites/fiera-di-u-mare/", "Fiera di u mare : le programme", "15 juillet 2025",
         "Deux jours de fête autour de la mer et des produits de l'île."),
        ("/actualites/la-collectivite-de-corse-vote-son-budget/", "La Collectivité de Corse vote son budget", "31 mars 2025",
         "Routes, ports, lycées : ce qui concerne Fiumarella."),
        ("/actualites/recrutement-saisonniers/", "La Ville recrute ses saisonniers", "3 mars 2025",
         "Surveillants de baignade, agents d'accueil et de propreté pour l'été."),
        ("/actualites/continuite-territoriale-petition/", "Continuité territoriale : une pétition en ligne", "18 février 2025",
         "Un collectif d'usagers des ferries appelle à signer."),
    ]
    pages = [
        page("/", "Accoglienza - Accueil", _home(
            ["Benvenuti à Fiumarella ! Bienvenue sur le site de la Ville.",
             "Entre mer et montagne, Fiumarella accueille 23 480 habitants, et trois fois plus l'été."],
            [("/actualites/", "Actualités"), ("/partecipazione/", "Partecipazione - Participation"), ("/mairie/", "Mairie"),
             ("/mairies-annexes/", "Mairie annexe de la Marine"), ("/contact/", "Contact"), (f"http://{agora}/", "A Piazza, le forum")],
            news)),
        page("/actualites/", "Actualités", m.news_cards(news + [
            ("/partecipazione/concertation-padduc/", "PADDUC : la Collectivité de Corse consulte", "12 mai 2025",
             "Modification du plan d'aménagement et de développement durable de la Corse.")], "Toutes les actualités")),
        page("/actualites/incendies-obligations-de-debroussaillement/", "Incendies : les obligations de débroussaillement", m.prose(
            "Le débroussaillement est obligatoire dans un rayon de 50 mètres autour des constructions situées à moins de 200 mètres "
            "d'un espace boisé. Le brûlage des végétaux est interdit du 1er juin au 30 septembre.",
            "Des agents de la commune passeront en juillet vérifier les parcelles des quartiers de San Ghjuvanni et U Pinetu.")
             + m.share_buttons(f"http://{host}/actualites/incendies-obligations-de-debroussaillement/", "Débroussaillement")
             + m.wp_comments(301, [], "Incendies", open_=False),
             # comments closed and none posted
             decoys={"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/extension-du-port-de-plaisance/", "Extension du port de plaisance : le projet présenté", m.prose(
            "Le projet d'extension du port de plaisance a été présenté en réunion publique le 20 mai. Il prévoit 80 anneaux "
            "supplémentaires, une nouvelle capitainerie et un quai pour les pêcheurs professionnels.",
            "Les études environnementales sont en cours ; le dossier sera soumis à enquête publique en 2026.")
             + m.wpdiscuz(318, [
                 ("Ghjuvan Petru", "il y a 5 jours", "Et le stationnement à la Marine, on en parle ? L'été c'est déjà impossible."),
                 ("Marie-Ange S.", "il y a 4 jours", "Bonne nouvelle pour les pêcheurs, ça fait des années qu'ils attendent ce quai."),
                 ("Laurent", "il y a 2 jours", "Quid de la posidonie ? J'espère que l'étude sera publique.")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/fiera-di-u-mare/", "Fiera di u mare : le programme", m.prose(
            "Les 26 et 27 juillet, la Marine accueille la Fiera di u mare : marché des pêcheurs, démonstrations de pêche au lamparo, "
            "polyphonies sur le port et le forum des producteurs, où huiles, charcuteries et vins de la microrégion se présentent.")
             + m.agenda([("26 juillet", "Forum des producteurs", "Quai de la Marine"), ("26 juillet", "Polyphonies", "Église Santa Maria"),
                         ("27 juillet", "Concours de pêche", "Digue")]),
             decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/actualites/la-collectivite-de-corse-vote-son-budget/", "La Collectivité de Corse vote son budget", m.prose(
            "L'Assemblée de Corse a adopté le budget primitif 2025 de la Collectivité de Corse. Pour Fiumarella, il inscrit la "
            "rectification de la route territoriale et une aide à la modernisation du port."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites/")),
        page("/actualites/continuite-territoriale-petition/", "Continuité territoriale : une pétition en ligne", m.prose(
            "Un collectif d'usagers des liaisons maritimes entre la Corse et le continent a lancé une pétition sur "
            "<a href=\"https://www.mesopinions.com/petition/politique/tarifs-ferries-residents-corses/12345\">mesopinions.com</a> "
            "pour des tarifs résidents plus bas.",
            "Cette pétition n'est pas organisée par la Ville."),
             decoys={"petition"}, parent=("Actualités", "/actualites/")),
        page("/actualites/recrutement-saisonniers/", "La Ville recrute ses saisonniers", m.prose(
            "Appel à candidatures pour la saison estivale : surveillants de baignade (BNSSA), agents d'accueil touristique, agents de "
            "propreté. Envoyez CV et lettre de motivation au service des ressources humaines avant le 15 avril."),
             # a job call
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites/")),
        page("/partecipazione/", "Partecipazione - Participation citoyenne", m.prose(
            "La Ville fait le choix de la démocratie de proximité : cinq cunsiglii di quartieru (conseils de quartier), un budget "
            "participatif, « A Nostra Idea », un droit de pétition, des sondages et un forum des habitants, A Piazza.")
             + m.links([("/partecipazione/cunsiglii-di-quartieru/", "Les conseils de quartier"),
                        ("/partecipazione/a-nostra-idea/", "Budget participatif A Nostra Idea"),
                        ("/partecipazione/petitions/", "Le droit de pétition"),
                        ("/partecipazione/sondage-stationnement-estival/", "Sondage : le stationnement estival"),
                        ("/partecipazione/sondage-navette-plage-resultats/", "Résultats : la navette des plages"),
                        ("/partecipazione/concertation-padduc/", "La concertation de la Collectivité de Corse sur le PADDUC"),
                        (f"http://{agora}/", "A Piazza, le forum des habitants")]),
             {"participation_displayed"}),
        page("/partecipazione/cunsiglii-di-quartieru/", "I cunsiglii di quartieru", m.prose(
            "Chaque quartier a son conseil : des habitants volontaires, des représentants des associations et des commerçants, un élu "
            "référent. Ils se réunissent tous les deux mois et leurs comptes rendus sont publiés ici.",
            "Les conseils de quartier sont consultés sur le plan de circulation estival, l'éclairage et la prévention des incendies.")
             + m.table(["Quartier", "Lieu de réunion"], [(q, "Mairie annexe de la Marine" if q == "A Marina" else "Salle du conseil") for q in quartiers]),
             {"participation_displayed"}, parent=("Partecipazione", "/partecipazione/")),
        page("/partecipazione/a-nostra-idea/", "Budget participatif « A Nostra Idea »", m.prose(
            "A Nostra Idea, c'est 150 000 € du budget d'investissement confiés aux habitants. Proposez un projet pour votre quartier "
            "avant le 30 septembre ; les projets faisables seront soumis au vote de tous les habitants de plus de 16 ans en novembre.")
             + m.gravity_form(6, "/partecipazione/a-nostra-idea/", [
                 ("text", "Nom et prénom"), ("email", "Courriel"), ("select", "Quartier", quartiers),
                 ("text", "Titre du projet"), ("textarea", "Description du projet")], "Proposer mon projet", "Déposer un projet"),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "participatory_budget", "suggestion_call"}, parent=("Partecipazione", "/partecipazione/")),
        page("/partecipazione/sondage-stationnement-estival/", "Sondage : le stationnement estival", m.prose(
            "Cet été, la Marine sera-t-elle piétonne le soir ? Avant de décider, la municipalité vous demande votre avis.")
             + m.forminator_poll(2214, "Que pensez-vous d'une Marine piétonne de 19 h à minuit en juillet et août ?",
                                 ["J'y suis favorable", "Favorable, avec un parking relais et une navette", "J'y suis opposé(e)"]),
             {"poll"}, parent=("Partecipazione", "/partecipazione/")),
        page("/partecipazione/sondage-navette-plage-resultats/", "Résultats : la navette des plages", m.prose(
            "Le sondage de 2024 sur la navette des plages est terminé. La navette sera reconduite avec un départ toutes les 30 minutes.")
             + m.forminator_poll_closed(1980, "Faut-il reconduire la navette gratuite des plages ?",
                                        [("Oui, avec plus de passages", 71), ("Oui, comme en 2024", 22), ("Non", 7)], 864),
             decoys={"poll"}, parent=("Partecipazione", "/partecipazione/")),
        page("/partecipazione/petitions/", "Le droit de pétition", m.prose(
            "Une pétition signée par 200 habitants majeurs de la commune est inscrite à l'ordre du jour d'une séance du conseil municipal.",
            m.h2("Pétition ouverte"))
             + m.links([("/partecipazione/petitions/parking-relais-a-marina/", "Un parking relais à l'entrée de la Marine", "164 signatures")]),
             {"petition"}, parent=("Partecipazione", "/partecipazione/")),
        page("/partecipazione/petitions/parking-relais-a-marina/", "Un parking relais à l'entrée de la Marine", m.prose(
            "Nous demandons la création d'un parking relais au lieu-dit I Prati, desservi par une navette en été, pour libérer les "
            "rues de la Marine.", "Pétition déposée par le comité de quartier A Marina.")
             + m.petition_sign_form("/partecipazione/petitions/signer/", 7, 164, 200, "31 août 2025"),
             {"petition"}, parent=("Le droit de pétition", "/partecipazione/petitions/")),
        page("/partecipazione/concertation-padduc/", "PADDUC : la Collectivité de Corse consulte", m.prose(
            "La Collectivité de Corse engage une modification du plan d'aménagement et de développement durable de la Corse. "
            "La concertation se déroule sur le site de la Collectivité jusqu'au 30 juin.",
            "La commune n'organise pas cette concertation ; elle y déposera l'avis du conseil municipal."),
             # another authority's consultation
             decoys={"participation_displayed"}, parent=("Partecipazione", "/partecipazione/")),
        page("/mairie/", "Mairie", m.links([("/mairie/budget/", "Budget"), ("/mairies-annexes/", "Mairie annexe de la Marine"),
                                            ("/culture/forum-des-associations/", "Forum des associations")])),
        page("/mairie/budget/", "Budget", m.prose(
            "Le budget primitif 2025, voté le 10 avril, s'élève à 34,7 M€. Il prévoit la reconstruction du mur de soutènement de "
            "la route du Borgu et la modernisation des réseaux d'eau.")
             + m.download("/wp-content/uploads/2025/04/bp-2025-fiumarella.pdf", "Budget primitif 2025 - présentation brève et synthétique"),
             decoys={"participatory_budget"}, parent=("Mairie", "/mairie/")),
        page("/culture/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations a lieu le samedi 6 septembre de 9 h à 17 h au gymnase : sport, culture corse, solidarité."),
             decoys={"forum"}, parent=("Mairie", "/mairie/")),
        page("/mairies-annexes/", "Mairie annexe de la Marine", m.prose(
            "La mairie annexe de la Marine est ouverte du lundi au vendredi de 8 h 30 à 12 h, et le samedi matin en juillet et août.")),
        page("/contact/", "Contact", m.prose("Hôtel de ville, place Paoli, 20299 Fiumarella.")
             + m.gravity_form(1, "/contact/", [
                 ("text", "Nom"), ("email", "Courriel"), ("text", "Téléphone"), ("text", "Objet"), ("textarea", "Message")]),
             {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Ville de Fiumarella", pages,
               menu=[("Accoglienza", "/"), ("Actualités", "/actualites/"), ("Partecipazione", "/partecipazione/"),
                     ("Mairie", "/mairie/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "villedefiumarella"), social("instagram", "fiumarella_citta"),
                         social("bluesky", "fiumarella.bsky.social")],
               address="Hôtel de ville, place Paoli, 20299 Fiumarella")

    quartieri = ("Quartieri", "/c/quartieri/5")
    estate = ("Estate - L'été", "/c/estate/6")
    topics = [("/t/stationnement-a-la-marine-en-ete/118", "Stationnement à la Marine en été", estate[0], estate[1], 23, 611, "juin 2025"),
              ("/t/vos-idees-pour-le-front-de-mer/124", "Vos idées pour le front de mer", quartieri[0], quartieri[1], 17, 402, "mai 2025"),
              ("/t/coupures-d-eau-au-borgu/131", "Coupures d'eau au Borgu", quartieri[0], quartieri[1], 8, 190, "juin 2025")]
    board = Site(agora, "discourse", "A Piazza - le forum des habitants de Fiumarella", [
        page("/", "Derniers sujets", m.discourse_topic_list(topics)),
        page("/c/quartieri/5", "Quartieri", m.discourse_topic_list([t for t in topics if t[2] == quartieri[0]], quartieri)),
        page("/c/estate/6", "Estate - L'été", m.discourse_topic_list([t for t in topics if t[2] == estate[0]], estate)),
        page("/t/stationnement-a-la-marine-en-ete/118", "Stationnement à la Marine en été", m.discourse_topic(118, [
            ("ghjuvanpetru", "12 juin 2025", "<p>Chaque soir d'août, des voitures garées sur les trottoirs jusqu'à l'église. Que fait-on ?</p>"),
            ("anne_marie", "12 juin 2025", "<p>Une navette depuis I Prati, comme le demande la pétition du comité de quartier.</p>"),
            ("paulu_b", "13 juin 2025", "<p>Et des contrôles, surtout. Les riverains ne peuvent plus sortir.</p>")])),
        page("/t/vos-idees-pour-le-front-de-mer/124", "Vos idées pour le front de mer", m.discourse_topic(124, [
            ("mairie_fiumarella", "2 mai 2025", "<p>La Ville prépare le réaménagement du front de mer. Partagez ici vos idées : elles seront "
                                               "versées au cahier des charges du concours d'architectes.</p>"),
            ("lisandru", "3 mai 2025", "<p>Des arbres ! Il n'y a pas un coin d'ombre entre le port et la plage.</p>"),
            ("santa", "4 mai 2025", "<p>Des bancs face à la mer et une fontaine d'eau potable.</p>")]),
             # the city opened the thread to collect residents' ideas
             {"suggestion_call"}),
        page("/t/coupures-d-eau-au-borgu/131", "Coupures d'eau au Borgu", m.discourse_topic(131, [
            ("maria_f", "8 juin 2025", "<p>Encore une coupure hier soir au Borgu. Quelqu'un sait pourquoi ?</p>"),
            ("mairie_fiumarella", "8 juin 2025", "<p>Une fuite sur la conduite de la route du Borgu : réparation ce lundi, eau rétablie à 17 h.</p>")])),
    ], menu=[("Derniers", "/"), ("Quartieri", "/c/quartieri/5"), ("Estate", "/c/estate/6"), ("Site de la Ville", f"http://{host}/")],
        features=frozenset({"forum"}))

    return City("99516", "Fiumarella", 23480, "2B", "94", "Corse", f"http://{host}/", [www, board])


# =====================================================================================================
# 99517 Port-Bréhault (Charente-Maritime), twinned with Le Morne-Balisier: TYPO3, Go Vocal
# =====================================================================================================

def port_brehault() -> City:
    host = "www.port-brehault.fr"
    vocal = "participons.port-brehault.fr"
    news = [
        ("/actualites/jumelage-morne-balisier", "Jumelage : une délégation du Morne-Balisier attendue en juillet", "10 juin 2025",
         "Dix ans d'amitié entre Port-Bréhault et la Martinique."),
        ("/actualites/tempete-et-submersion-les-bons-reflexes", "Tempêtes et submersion : les bons réflexes", "15 octobre 2024",
         "Vigilance vagues-submersion, batardeaux, plan familial de mise en sûreté."),
        ("/actualites/navette-maritime-ete", "La navette maritime reprend du service", "28 mai 2025",
         "Liaisons quotidiennes vers l'île en juillet et août."),
        ("/actualites/consultation-region-ter", "Horaires des TER : la Région consulte", "5 mai 2025",
         "Donnez votre avis sur la desserte ferroviaire de la côte."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Ville de Port-Bréhault, port de l'estuaire. Services, actualités et participation.",
            [("/actualites", "Actualités"), ("/vie-citoyenne", "Vie citoyenne"), ("/finances/budget-primitif", "Finances"),
             ("/vie-pratique/collecte-des-dechets", "Déchets"), ("/vie-pratique/etat-civil", "État civil"), ("/marches-publics", "Marchés publics"),
             ("/contact", "Contact"),
             (f"http://{vocal}/", "Participons !")], news)),
        page("/actualites", "Actualités", m.news_cards(news + [
            ("/vie-citoyenne/enquete-publique-digue", "Digue du Fort : enquête publique", "3 mars 2025",
             "Le projet de rehaussement de la digue est soumis à enquête publique.")], "Toutes les actualités")),
        page("/actualites/jumelage-morne-balisier", "Jumelage : une délégation du Morne-Balisier attendue en juillet", m.prose(
            "Depuis 2015, Port-Bréhault est jumelée avec la commune martiniquaise du Morne-Balisier, liée à notre port par "
            "l'histoire du commerce atlantique et de la mémoire de l'esclavage.",
            "Du 12 au 16 juillet, une délégation d'élus, de jeunes et de musiciens sera accueillie. Le forum du jumelage, le 13 juillet "
            "au centre culturel, présentera les échanges scolaires et sportifs entre les deux villes.",
            "<a href=\"http://www.mornebalisier.fr/\">Le site de notre ville jumelle</a>"),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/tempete-et-submersion-les-bons-reflexes", "Tempêtes et submersion : les bons réflexes", m.prose(
            "En vigilance orange vagues-submersion, évitez le front de mer et les digues, mettez vos batardeaux en place et "
            "montez les objets de valeur à l'étage.",
            "Les habitants des quartiers bas peuvent emprunter un batardeau au centre technique municipal.")),
        page("/actualites/navette-maritime-ete", "La navette maritime reprend du service", m.prose(
            "Du 1er juillet au 31 août, la navette relie le port à l'île quatre fois par jour. Tarif : 4 € l'aller-retour, gratuit "
            "pour les moins de 12 ans.", "Vos remarques sur la navette nous aideront à améliorer le service l'an prochain.")
             + m.hyvor_talk(11842, "navette-maritime-2025"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/consultation-region-ter", "Horaires des TER : la Région consulte", m.prose(
            "La Région Nouvelle-Aquitaine prépare les horaires des TER de 2026 et ouvre une consultation sur sa plateforme en ligne.",
            "<a href=\"https://participez.nouvelle-aquitaine.fr/\">Participer à la consultation de la Région</a>"),
             # the region's consultation on its own platform, only mentioned and linked
             decoys={"participation_displayed", PP}, parent=("Actualités", "/actualites")),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "Conseils de quartier, assemblée citoyenne du littoral, budget participatif « Bréhault'Idées », questionnaires : à Port-Bréhault, "
            "les habitants sont associés aux projets de la ville.")
             + m.links([("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier"),
                        ("/vie-citoyenne/assemblee-citoyenne-du-littoral", "L'assemblée citoyenne du littoral"),
                        ("/vie-citoyenne/budget-participatif", "Le budget participatif Bréhault'Idées"),
                        ("/vie-citoyenne/questionnaire-front-de-mer", "Questionnaire : le front de mer"),
                        ("/vie-citoyenne/boite-a-idees", "La boîte à idées"),
                        ("/vie-citoyenne/enquete-publique-digue", "Digue du Fort : enquête publique"),
                        (f"http://{vocal}/", "La plateforme Participons !")]),
             {"participation_displayed"}),
        page("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier (Le Port, Les Salines, Le Bourg, La Conche) se réunissent trois fois par an en séance publique.",
            "Chacun dispose d'une enveloppe de 15 000 € pour de petits aménagements décidés avec les habitants.")
             + m.table(["Quartier", "Prochaine séance"], [("Le Port", "24 juin"), ("Les Salines", "26 juin"), ("Le Bourg", "1er juillet"),
                                                          ("La Conche", "3 juillet")]),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/assemblee-citoyenne-du-littoral", "L'assemblée citoyenne du littoral", m.prose(
            "Trente habitants tirés au sort réfléchissent depuis janvier à l'adaptation de la ville au recul du trait de côte. "
            "Leurs recommandations seront présentées au conseil municipal à l'automne, qui s'engage à y répondre point par point."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/budget-participatif", "Le budget participatif Bréhault'Idées", m.prose(
            "Bréhault'Idées : 200 000 € pour les projets des habitants. Les projets se déposent et se votent sur la plateforme "
            "Participons ! Vote du 15 septembre au 15 octobre.",
            f"<a href=\"http://{vocal}/fr-FR/projects/budget-participatif-2025\">Voir les projets et voter</a>"),
             {"participatory_budget"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/questionnaire-front-de-mer", "Questionnaire : le front de mer", m.prose(
            "Le front de mer sera réaménagé d'ici 2028 pour résister aux tempêtes. Dites-nous comment vous l'utilisez aujourd'hui.")
             + m.tally("mRq8Ze", "Questionnaire front de mer"),
             {"poll"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/boite-a-idees", "La boîte à idées", m.prose(
            "Proposez vos idées pour la ville : elles sont transmises au conseil de quartier concerné, qui y répond en séance.")
             + m.typo3_form("boite-a-idees", 412, "/vie-citoyenne/boite-a-idees", [
                 ("text", "text-1", "Nom"), ("email", "email-1", "Courriel"), ("text", "text-2", "Quartier"),
                 ("textarea", "textarea-1", "Votre idée")], "Envoyer mon idée"),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "suggestion_call"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/enquete-publique-digue", "Digue du Fort : enquête publique", m.prose(
            "Le projet de rehaussement de la digue du Fort, porté par la communauté d'agglomération au titre de la compétence GEMAPI, "
            "est soumis à enquête publique du 3 mars au 4 avril 2025. Registre en mairie et permanences du commissaire enquêteur."),
             decoys={"poll"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/finances/budget-primitif", "Budget primitif 2025", m.prose(
            "Le budget 2025 s'élève à 41,2 M€, dont 9,8 M€ d'investissement : protection du littoral, rénovation de l'école des "
            "Salines, pistes cyclables.")
             + m.download("/fileadmin/user_upload/finances/bp-2025.pdf", "Budget primitif 2025"),
             decoys={"participatory_budget"}),
        page("/vie-pratique/collecte-des-dechets", "Collecte des déchets", m.prose(
            "Ordures ménagères le mardi, emballages le vendredi semaine impaire. La déchèterie des Salines est ouverte du lundi au samedi.")),
        page("/vie-pratique/etat-civil", "État civil", m.prose(
            "Cartes d'identité et passeports sur rendez-vous, du lundi au vendredi. Actes d'état civil : demande au guichet ou par "
            "courrier, délivrance gratuite.", "Mariages et PACS : dossier à retirer au service de l'état civil trois mois avant la date.")),
        page("/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : maîtrise d'œuvre pour le réaménagement du front de mer (date limite : 30 juin)."),
             decoys={"suggestion_call"}),
        page("/contact", "Contact", m.prose("Mairie de Port-Bréhault, 1 quai de l'Estuaire, 17099 Port-Bréhault.")
             + m.powermail(3, "/contact", [
                 ("text", "nom", "Nom"), ("email", "email", "Courriel"),
                 ("select", "service", "Service", ["Accueil", "Urbanisme", "Services techniques", "Culture"]),
                 ("text", "objet", "Objet"), ("textarea", "message", "Message")], "Envoyer", "Écrire à la mairie"),
             {"contact_form"}),
    ]
    www = Site(host, "typo3", "Ville de Port-Bréhault", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Vie citoyenne", "/vie-citoyenne"),
                     ("Finances", "/finances/budget-primitif"), ("Contact", "/contact")],
               accounts=[social("mastodon", "portbrehault@piaille.fr", "https://piaille.fr/@portbrehault"),
                         social("linkedin", "ville-de-port-brehault"), social("facebook", "PortBrehault")],
               address="Mairie, 1 quai de l'Estuaire, 17099 Port-Bréhault")

    bp = "/fr-FR/projects/budget-participatif-2025"
    fm = "/fr-FR/projects/amenagement-du-front-de-mer"
    idea_bp = "/fr-FR/ideas/une-piste-cyclable-vers-la-plage-de-la-conche"
    idea_fm = "/fr-FR/ideas/de-l-ombre-et-des-bancs-sur-le-quai"
    platform = Site(vocal, "govocal", "Participons ! Port-Bréhault", [
        page("/", "Participons !", m.prose("La plateforme de participation de la Ville de Port-Bréhault.")
             + m.govocal_project_cards([(bp, "Budget participatif Bréhault'Idées 2025", "Dépôt des idées"),
                                        (fm, "Aménagement du front de mer", "Proposez vos idées"),
                                        ("/fr-FR/projects/enquete-mobilites", "Enquête mobilités", "Questionnaire ouvert")])),
        page(bp, "Budget participatif Bréhault'Idées 2025", m.prose(
            "200 000 € pour vos idées ! Déposez une idée jusqu'au 30 juin, les services vérifient sa faisabilité, puis tous les "
            "habitants votent à l'automne.", '<button type="button" id="e2e-idea-button" class="e2e-idea-button">Soumettre une idée</button>')
             + m.govocal_idea_cards([(idea_bp, "Une piste cyclable vers la plage de la Conche", "Camille D.", 87, 2)]),
             {"participatory_budget", "suggestion_call"}),
        page(idea_bp, "Une piste cyclable vers la plage de la Conche", m.prose(
            "Relier le centre à la plage de la Conche par une piste cyclable séparée de la route, le long du chemin des Salines.")
             + m.govocal_comments([("Bertrand", "il y a 6 jours", "Oui ! Aujourd'hui c'est dangereux avec les enfants."),
                                   ("Élodie", "il y a 3 jours", "Il faudrait aussi des arceaux à vélos à la plage.")]),
             {"participatory_budget", "comments"}),
        page(fm, "Aménagement du front de mer", m.prose(
            "Le front de mer va être reconstruit pour mieux résister aux tempêtes. Quelles idées pour le rendre plus agréable ?")
             + m.govocal_idea_cards([(idea_fm, "De l'ombre et des bancs sur le quai", "Association des riverains", 54, 2)]),
             {"suggestion_call"}),
        page(idea_fm, "De l'ombre et des bancs sur le quai", m.prose(
            "Planter des tamaris et installer des bancs face à l'estuaire, entre la capitainerie et la criée.")
             + m.govocal_comments([("Jacques", "il y a 1 semaine", "Les tamaris résistent bien au sel, bonne idée."),
                                   ("Nadia", "il y a 4 jours", "Et des fontaines d'eau potable l'été.")]),
             {"comments"}),
        page("/fr-FR/projects/enquete-mobilites", "Enquête mobilités", m.prose(
            "Comment vous déplacez-vous dans Port-Bréhault ? Vos réponses aideront à préparer le plan vélo 2026-2030.")
             + m.govocal_survey([("Quel est votre mode de déplacement principal ?", ["Voiture", "Vélo", "Bus", "Marche", "Navette maritime"]),
                                 ("Vous sentez-vous en sécurité à vélo en ville ?", ["Oui", "Plutôt oui", "Plutôt non", "Non"]),
                                 ("Vos suggestions", None)]),
             {"poll"}),
    ], menu=[("Accueil", "/"), ("Budget participatif", bp), ("Front de mer", fm), ("Site de la ville", f"http://{host}/")],
        features=frozenset({PP}), platforms=frozenset({"govocal"}))

    return City("99517", "Port-Bréhault", 31250, "17", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, platform])


# =====================================================================================================
# 99518 Bois-Chevreuil (Essonne), twinned with Saint-Expédit: Drupal, a neighbours' network, no social accounts
# =====================================================================================================

def bois_chevreuil() -> City:
    host = "www.bois-chevreuil.fr"
    reseau = "boischevreuil.voisinsconnectes.fr"
    news = [
        ("/actualites/jumelage-saint-expedit", "Semaine réunionnaise : Saint-Expédit à l'honneur", "2 mai 2025",
         "Maloya, cari et expositions pour les dix ans du jumelage."),
        ("/actualites/travaux-rer", "Travaux sur le RER : bus de substitution en août", "12 juin 2025",
         "La ligne sera interrompue trois semaines entre Juvisy et notre gare."),
        ("/actualites/bus-reorganisation-des-lignes", "Bus : les lignes réorganisées à la rentrée", "30 mai 2025",
         "Nouveaux itinéraires et fréquences renforcées aux heures de pointe."),
        ("/actualites/petition-gare", "Ligne de train : une pétition nationale circule", "20 avril 2025",
         "Un collectif d'usagers appelle à signer une pétition sur les trains du quotidien."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue sur le site de la Ville de Bois-Chevreuil, au bord de l'Orge.",
            [("/actualites", "Actualités"), ("/democratie-locale", "Démocratie locale"), ("/finances/budget", "Budget"),
             ("/agenda", "Agenda"), ("/demarches/alerte-sms", "Alertes SMS"), ("/vie-pratique/restauration-scolaire", "Restauration scolaire"),
             ("/contact", "Contact"),
             (f"http://{reseau}/", "Voisins Connectés")], news)),
        page("/actualites", "Actualités", m.news_cards(news, "Toutes les actualités")),
        page("/actualites/jumelage-saint-expedit", "Semaine réunionnaise : Saint-Expédit à l'honneur", m.prose(
            "Pour les dix ans du jumelage avec Saint-Expédit, la médiathèque et le centre culturel accueillent du 17 au 24 mai "
            "concerts de maloya, ateliers de cuisine créole et une exposition sur le volcan.",
            "Suivez nos amis réunionnais sur la <a href=\"https://www.facebook.com/VilleSaintExpedit\">page Facebook de la Ville de Saint-Expédit</a>.")
             + m.share_buttons(f"http://{host}/actualites/jumelage-saint-expedit", "Semaine réunionnaise"),
             # the twin city's account and share intents: Bois-Chevreuil has no account of its own
             decoys={"social_account"}, parent=("Actualités", "/actualites")),
        page("/actualites/travaux-rer", "Travaux sur le RER : bus de substitution en août", m.prose(
            "Du 4 au 24 août, les trains ne circuleront pas entre Juvisy et Bois-Chevreuil. Des bus de substitution partiront de la "
            "gare routière toutes les 10 minutes.")
             + m.share_buttons(f"http://{host}/actualites/travaux-rer", "Travaux RER"),
             decoys={"social_account"}, parent=("Actualités", "/actualites")),
        page("/actualites/bus-reorganisation-des-lignes", "Bus : les lignes réorganisées à la rentrée", m.prose(
            "Île-de-France Mobilités réorganise le réseau de bus du secteur au 1er septembre : la ligne 2 desservira le quartier des "
            "Sablons toutes les 12 minutes et la ligne 5 sera prolongée jusqu'au lycée.",
            "Donnez-nous votre avis sur les nouveaux trajets dans les commentaires : la Ville les transmettra au transporteur.")
             + m.disqus("ville-bois-chevreuil", f"http://{host}/actualites/bus-reorganisation-des-lignes", "node-512"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/petition-gare", "Ligne de train : une pétition nationale circule", m.prose(
            "Un collectif national d'usagers des trains du quotidien a lancé une pétition en ligne sur "
            "<a href=\"https://www.change.org/p/pour-des-trains-du-quotidien-a-l-heure\">change.org</a>.",
            "La Ville n'en est pas à l'origine ; elle rappelle que le conseil municipal a voté un vœu pour la régularité de la ligne."),
             decoys={"petition"}, parent=("Actualités", "/actualites")),
        page("/democratie-locale", "Démocratie locale", m.prose(
            "La Ville associe les habitants à ses décisions : cinq conseils de quartier, le conseil citoyen des Sablons, le droit de "
            "pétition locale, des appels à idées et des questionnaires, et le réseau d'entraide Voisins Connectés.")
             + m.links([("/democratie-locale/conseils-de-quartier", "Les conseils de quartier"),
                        ("/democratie-locale/conseil-citoyen-des-sablons", "Le conseil citoyen des Sablons"),
                        ("/democratie-locale/petition-locale", "Déposer ou signer une pétition locale"),
                        ("/democratie-locale/appel-a-idees-parc-des-sablons", "Appel à idées : le parc des Sablons"),
                        ("/democratie-locale/questionnaire-rythmes-scolaires", "Questionnaire : les rythmes scolaires"),
                        ("/democratie-locale/voisins-connectes", "Voisins Connectés, le réseau des voisins")]),
             {"participation_displayed"}),
        page("/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Les conseils de quartier (Centre, Les Sablons, La Butte, Le Val d'Orge, Les Coudrays) sont ouverts à tous les habitants. "
            "Ils se réunissent chaque trimestre et élaborent chaque année un programme de petits travaux avec les services.")
             + m.table(["Quartier", "Réunion"], [("Centre", "17 juin, hôtel de ville"), ("Les Sablons", "19 juin, maison de quartier"),
                                                 ("Le Val d'Orge", "24 juin, école Jean-Jaurès")]),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/conseil-citoyen-des-sablons", "Le conseil citoyen des Sablons", m.prose(
            "Le conseil citoyen du quartier prioritaire des Sablons réunit 18 habitants et 6 associations. Il co-construit le "
            "contrat de ville et suit le projet de rénovation urbaine."),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/voisins-connectes", "Voisins Connectés, le réseau des voisins", m.prose(
            "La Ville s'est associée à Voisins Connectés pour offrir aux habitants un réseau social de quartier : s'entraider, "
            "prêter, donner, s'informer entre voisins. Le service est gratuit et réservé aux habitants de Bois-Chevreuil.",
            f"<a href=\"http://{reseau}/\">Rejoindre le réseau de Bois-Chevreuil</a>"),
             # the city's page presenting the local network it provides, with the link to join
             {"territorial_social_network"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/questionnaire-rythmes-scolaires", "Questionnaire : les rythmes scolaires", m.prose(
            "Faut-il revenir à la semaine de quatre jours et demi ? Parents, enseignants, animateurs : répondez avant le 20 juin.")
             + m.drupal_webform("questionnaire_rythmes_scolaires", "/democratie-locale/questionnaire-rythmes-scolaires", [
                 ("select", "vous_etes", "Vous êtes", ["Parent d'élève", "Enseignant", "Animateur", "Autre"]),
                 ("select", "semaine_preferee", "Quelle organisation préférez-vous ?", ["Quatre jours", "Quatre jours et demi (mercredi matin)"]),
                 ("select", "activites", "Souhaitez-vous des activités périscolaires le mercredi après-midi ?", ["Oui", "Non", "Sans avis"])],
                 "Envoyer mes réponses"),
             {"poll"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/petition-locale", "Pétition locale", m.prose(
            "En application du code général des collectivités territoriales, un dixième des électeurs peut demander l'inscription "
            "à l'ordre du jour du conseil municipal de l'organisation d'une consultation sur une affaire de la compétence de la commune.",
            "Déposez votre pétition ci-dessous ; après vérification, elle sera publiée sur cette page et ouverte à la signature.",
            m.h2("Pétition ouverte : un passage piéton devant l'école des Coudrays (412 signatures)"))
             + m.drupal_webform("petition_locale", "/democratie-locale/petition-locale", [
                 ("text", "nom", "Nom et prénom"), ("email", "courriel", "Courriel"), ("text", "adresse", "Adresse à Bois-Chevreuil"),
                 ("select", "action", "Je souhaite", ["Signer la pétition « passage piéton des Coudrays »", "Déposer une nouvelle pétition"]),
                 ("textarea", "texte", "Texte de la nouvelle pétition (le cas échéant)")], "Valider"),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "petition"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/appel-a-idees-parc-des-sablons", "Appel à idées : le parc des Sablons", m.prose(
            "Le parc des Sablons sera rénové en 2026. Jeux, jardins, terrain de sport, îlot de fraîcheur : proposez vos idées "
            "jusqu'au 15 septembre, elles seront présentées au conseil de quartier.")
             + m.drupal_webform("appel_idees_parc", "/democratie-locale/appel-a-idees-parc-des-sablons", [
                 ("text", "nom", "Nom"), ("email", "courriel", "Courriel"), ("textarea", "idee", "Votre idée pour le parc")], "Proposer mon idée"),
             # its free-text field writes to the city: contact_form by the codebook's definition (no exclusion covers it)
             {"contact_form", "suggestion_call"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/finances/budget", "Budget", m.prose(
            "Le budget 2025 (48,3 M€) a été voté le 27 mars. Priorités : la rénovation énergétique des écoles, la voirie des "
            "Coudrays et la prévention des crues de l'Orge.")
             + m.download("/sites/default/files/finances/bp2025.pdf", "Budget primitif 2025"),
             decoys={"participatory_budget"}),
        page("/agenda", "Agenda", m.agenda([("17 mai", "Ouverture de la semaine réunionnaise", "Centre culturel"),
                                            ("14 juin", "Forum de l'emploi du Val d'Orge", "Gymnase Pierre-de-Coubertin"),
                                            ("21 juin", "Fête de la musique", "Parc de la mairie")]),
             decoys={"forum"}),
        page("/vie-pratique/restauration-scolaire", "Restauration scolaire", m.prose(
            "Les menus des écoles sont élaborés par une diététicienne ; un repas végétarien est servi chaque semaine.",
            "Les réservations et annulations de repas se font sur le portail famille au plus tard le jeudi pour la semaine suivante. "
            "Le tarif est calculé selon le quotient familial.")),
        page("/demarches/alerte-sms", "Alertes SMS crue et canicule", m.prose(
            "Recevez gratuitement les alertes de la Ville en cas de crue de l'Orge, de canicule ou d'événement exceptionnel.")
             + m.sms_alert_signup("/demarches/alerte-sms", ["Centre", "Les Sablons", "La Butte", "Le Val d'Orge", "Les Coudrays"], "alertes de la Ville"),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, 10 place de la République, 91999 Bois-Chevreuil.")
             + m.drupal_contact("/contact"), {"contact_form"}),
    ]
    www = Site(host, "drupal", "Ville de Bois-Chevreuil", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Démocratie locale", "/democratie-locale"),
                     ("Agenda", "/agenda"), ("Contact", "/contact")],
               address="Hôtel de ville, 10 place de la République, 91999 Bois-Chevreuil")

    voisins = Site(reseau, "community", "Voisins Connectés - Bois-Chevreuil", [
        page("/", "Voisins Connectés à Bois-Chevreuil", m.prose(
            "Le réseau social des voisins de Bois-Chevreuil, en partenariat avec la Ville. 3 410 voisins inscrits.")
             + m.community_groups([("/quartier/les-sablons", "Les Sablons", 744)])
             + m.community_feed([
                 ("Thierry V.", "Le Val d'Orge", "il y a 1 h", "Alerte", "L'Orge monte vite près du pont de la Butte, attention aux caves.", 7),
                 ("Ville de Bois-Chevreuil", "Toute la ville", "hier", "Information", "Collecte des encombrants avancée à lundi rue des Coudrays.", 4)]),
             decoys={"contact_form"}),
        page("/quartier/les-sablons", "Les Sablons", m.community_feed([
            ("Awa D.", "Les Sablons", "il y a 2 h", "Prêt / don", "Je donne un lit bébé en bon état, à venir chercher bâtiment C.", 3),
            ("Kevin", "Les Sablons", "il y a 1 jour", "Événement", "Pique-nique des voisins dimanche au parc, apportez un plat !", 11)],
            group="les-sablons"), decoys={"contact_form"}),
    ], menu=[("Fil", "/"), ("Les Sablons", "/quartier/les-sablons")],
        features=frozenset({"territorial_social_network"}))

    return City("99518", "Bois-Chevreuil", 34910, "91", "11", "Île-de-France", f"http://{host}/", [www, voisins],
                decoy_accounts=("https://www.facebook.com/villesaintexpedit",))


def cities():
    return [anse_aux_colibris(), morne_balisier(), saint_mahury(), saint_expedit(), mtsahandzi(), fiumarella(),
            port_brehault(), bois_chevreuil()]


def hosts():
    return {}
