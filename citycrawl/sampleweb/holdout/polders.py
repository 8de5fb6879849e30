"""Holdout part "polders": eight communes of 30,000 to 90,000 inhabitants in Hauts-de-France and Grand Est
(99281-99288), on vendor and agency CMSs, with their features where real sites put them (a poll in a sidebar,
a footer module or a modal, a questionnaire inside a news item, a call for ideas inside an agenda entry or an
e-services portal, a petition space in the portal, a budget vote in the city app's web view, a forum on the youth
site, a platform behind a login wall) and the lookalikes those sites hold."""
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import polders_markup as m

HDF, GE = ("32", "Hauts-de-France"), ("44", "Grand Est")


def _sitemap(pages, skip=("/", "/plan-du-site/")):
    return m.links([(p.path, p.title) for p in pages if p.path not in skip], "plan-du-site")


def _with_sitemap(pages, path="/plan-du-site/", title="Plan du site"):
    return pages + [page(path, title, m.prose("Toutes les rubriques du site.") + _sitemap(pages))]


# =========================================================================================================
# 99281 Wattrebecque (Nord): WordPress agency theme, Publik e-services, a neighbours' network, a youth board
# =========================================================================================================

W_WWW, W_DEM, W_VOIS, W_PIJ = ("www.wattrebecque.fr", "demarches.wattrebecque.fr", "voisins.wattrebecque.fr",
                              "pij.wattrebecque.fr")


def wattrebecque():
    news = m.teasers([
        ("/actualites/reunions-de-quartier-printemps/", "Réunions de quartier : les élus viennent à vous", "12 mars 2026",
         "Six rendez-vous en plein air, un par quartier."),
        ("/actualites/nouvelle-mediatheque/", "La médiathèque Louise-Michel rouvre ses portes", "4 mars 2026",
         "Après dix-huit mois de travaux, un lieu agrandi."),
        ("/actualites/galerie-carnaval-2026/", "Carnaval 2026 : les photos", "24 février 2026", "Retour en images."),
        ("/actualites/recensement-2026/", "Recensement : les agents passent chez vous", "15 janvier 2026",
         "Réservez-leur le meilleur accueil.")])
    poll = m.wp_polls(14, "Quel aménagement souhaitez-vous pour le square Jean-Jaurès ?",
                      ["Une aire de jeux agrandie", "Un jardin partagé", "Des tables de pique-nique"])
    www = [
        # the home page's sidebar carries an open WP-Polls widget
        page("/", "Accueil", m.cookie_banner() + m.with_sidebar(
            m.prose("Bienvenue sur le site officiel de la ville de Wattrebecque.")
            + m.quick_links([("http://demarches.wattrebecque.fr/", "Mes démarches en ligne"),
                             ("/ma-ville/democratie-locale/", "Démocratie locale"), ("/jeunesse/", "Jeunesse"),
                             ("/vie-municipale/conseil-municipal/", "Conseil municipal"), ("/contact/", "Contact"),
                             ("/plan-du-site/", "Plan du site")]) + news
            + m.agenda([("/agenda/forum-emploi/", "Forum de l'emploi et de l'alternance", "2 avril"),
                        ("/actualites/reunions-de-quartier-printemps/", "Réunion du quartier Bourg-Nord", "9 avril")]),
            poll + m.newsletter("/newsletter/")), {"poll"}, {"contact_form"}),
        page("/ma-ville/democratie-locale/", "Démocratie locale", m.prose(
            "La Ville associe les Wattrebecquois aux décisions qui touchent leur cadre de vie. Six conseils de quartier, "
            "une commission extra-municipale des aînés et des réunions publiques sur chaque grand projet permettent "
            "de donner son avis avant que le conseil municipal ne délibère.",
            "Une charte de la participation adoptée en 2021 fixe les règles : information préalable, compte rendu "
            "public de chaque réunion, réponse écrite de la municipalité aux avis rendus.")
             + m.links([("/ma-ville/democratie-locale/conseils-de-quartier/", "Les conseils de quartier"),
                        ("http://demarches.wattrebecque.fr/reseau-des-voisins/", "Le réseau des voisins")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-locale/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Chaque conseil réunit une quinzaine d'habitants volontaires, tirés au sort parmi les candidats, un "
            "représentant des commerçants et deux élus référents. Il se réunit quatre fois par an en séance publique.")
             + m.bullets("Bourg-Nord", "Bourg-Sud", "La Lys", "Les Pâtures", "Cité Delattre", "Le Blanc-Ballot")
             + m.prose("Pour rejoindre le conseil de votre quartier, écrivez au service Démocratie locale.")
             + m.links([("/ma-ville/democratie-locale/conseils-de-quartier/compte-rendu-bourg-nord/",
                         "Compte rendu : conseil du Bourg-Nord, 28 janvier"), ("/contact/", "Écrire au service")]),
             {"participation_displayed"}, parent=("Démocratie locale", "/ma-ville/democratie-locale/")),
        # the minutes of a neighbourhood council show the instance at work: the approach is displayed
        page("/ma-ville/democratie-locale/conseils-de-quartier/compte-rendu-bourg-nord/",
             "Compte rendu du conseil de quartier Bourg-Nord", m.prose(
                 "Présents : 14 conseillers de quartier, deux élus référents. Ordre du jour : stationnement rue de Lille, "
                 "éclairage du chemin des Prés, bilan de la fête de quartier.",
                 "Les conseillers ont rendu un avis favorable au passage en zone 30 ; la Ville répondra par écrit "
                 "avant la prochaine séance."), {"participation_displayed"},
             parent=("Les conseils de quartier", "/ma-ville/democratie-locale/conseils-de-quartier/")),
        # a news item whose whole subject is the neighbourhood meetings, not a passing mention
        page("/actualites/reunions-de-quartier-printemps/", "Réunions de quartier : les élus viennent à vous", m.prose(
            "D'avril à juin, le maire et les élus de secteur tiennent une réunion publique dans chaque quartier. "
            "Vous pourrez y interroger la municipalité sur les travaux, la propreté ou la sécurité, et faire part "
            "de vos propositions ; chaque réunion donne lieu à un relevé des demandes et à un suivi.")
             + m.bullets("9 avril : Bourg-Nord, salle Pasteur", "23 avril : La Lys, école Curie",
                         "14 mai : Les Pâtures, maison de quartier"), {"participation_displayed"}),
        page("/actualites/nouvelle-mediatheque/", "La médiathèque Louise-Michel rouvre ses portes", m.prose(
            "Agrandie de 400 m², la médiathèque propose désormais un espace jeux vidéo et un atelier numérique. "
            "Le projet avait été présenté au conseil de quartier de la Lys en 2023.")
             + m.wp_comments(812, [("Nadia", "5 mars 2026", "Super, les horaires du samedi sont-ils élargis ?"),
                                   ("Médiathèque", "5 mars 2026", "Oui, ouverture jusqu'à 18 h le samedi.")]),
             {"comments"}, {"participation_displayed", "contact_form"}),
        page("/actualites/galerie-carnaval-2026/", "Carnaval 2026 : les photos", '<div class="wp-block-gallery">'
             + "".join(f'<figure class="wp-block-image"><img src="/wp-content/uploads/2026/02/carnaval-{n}.jpg" '
                       f'alt="Défilé du carnaval, photo {n}"></figure>' for n in range(1, 7)) + "</div>"
             + m.wp_comments(790, [("Marc D.", "25 février 2026", "Bravo aux bénévoles pour les chars !")]),
             {"comments"}, {"contact_form"}),
        page("/actualites/recensement-2026/", "Recensement : les agents passent chez vous", m.prose(
            "Du 15 janvier au 21 février, l'Insee et la Ville recensent une partie des logements. Les agents recenseurs "
            "munis d'une carte officielle vous remettent vos codes pour répondre au questionnaire en ligne sur le site "
            "de l'Insee. La réponse est obligatoire et confidentielle."), decoys={"poll"}),
        page("/actualites/resultats-sondage-piscine/", "Horaires de la piscine : les résultats du sondage", m.prose(
            "Vous avez été nombreux à répondre cet hiver. Merci à tous les participants.")
             + m.wp_polls_closed(11, "Faut-il ouvrir la piscine le dimanche après-midi ?",
                                 [("Oui", 71, 502), ("Non", 18, 127), ("Sans opinion", 11, 78)], 707), decoys={"poll"}),
        page("/vie-municipale/conseil-municipal/", "Conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique à l'hôtel de ville. Prochaine séance le jeudi 26 mars à 19 h.")
             + m.h2("Ordre du jour") + m.bullets("Approbation du procès-verbal", "Budget primitif 2026",
                                                 "Subventions aux associations", "Questions diverses"),
             decoys={"participation_displayed"}),
        page("/vie-municipale/budget/", "Le budget de la ville", m.prose(
            "Le budget primitif 2026 s'élève à 58,4 M€ dont 14,2 M€ d'investissement. Le compte administratif 2025 "
            "sera présenté en juin.") + m.bullets("Budget primitif 2026 (PDF, 2 Mo)", "Rapport d'orientation budgétaire"),
             decoys={"participatory_budget"}),
        page("/vie-municipale/marches-publics/", "Marchés publics", m.prose(
            "Les avis d'appel public à la concurrence de la Ville sont publiés sur la plateforme des marchés publics. "
            "En cours : appel d'offres pour l'entretien des espaces verts, lots 1 à 3, remise des offres le 17 avril."),
             decoys={"suggestion_call"}),
        page("/jeunesse/", "Jeunesse", m.prose(
            "Le Point Information Jeunesse accueille les 12-25 ans : orientation, jobs d'été, BAFA, mobilité.",
            "Les jeunes Wattrebecquois échangent aussi sur le forum du PIJ.")
             + m.links([("http://pij.wattrebecque.fr/", "Le forum du PIJ"), ("/agenda/forum-emploi/", "Forum de l'emploi")]),
             decoys={"forum"}),
        page("/agenda/forum-emploi/", "Forum de l'emploi et de l'alternance", m.prose(
            "Jeudi 2 avril, de 9 h à 13 h, salle des fêtes : quarante employeurs et centres de formation présents. "
            "Apportez votre CV.") + m.share("http://www.wattrebecque.fr/agenda/forum-emploi/", "Forum de l'emploi"),
             decoys={"forum"}),
        page("/securite/participation-citoyenne/", "Dispositif de participation citoyenne", m.prose(
            "En lien avec la gendarmerie, la commune a signé un protocole de participation citoyenne : des habitants "
            "référents, volontaires, signalent aux gendarmes les faits inhabituels dans leur rue. Ce dispositif de "
            "vigilance n'a pas vocation à remplacer l'action des forces de l'ordre."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, ouvert du lundi au vendredi de 8 h 30 à 17 h 30.")
             + m.cf7(208, 17, "/contact/"), {"contact_form"}),
        page("/newsletter/", "Lettre d'information", m.prose("Recevez chaque mois l'actualité de la ville.")
             + m.newsletter("/newsletter/", "nl-page"), decoys={"contact_form"}),
    ]
    www = _with_sitemap(www)
    dem = [
        # the portal's tile is an explicit call: "proposez vos idées"
        page("/", "Mes démarches", m.prose("Effectuez vos démarches auprès de la mairie, 24 h/24.")
             + m.quick_links([("/boite-a-idees/", "Boîte à idées : proposez vos idées pour la ville"),
                              ("/signaler-un-probleme/", "Signaler un problème sur la voie publique"),
                              ("/reseau-des-voisins/", "Rejoindre le réseau des voisins"),
                              ("/inscription-periscolaire/", "Inscription périscolaire"),
                              ("/paiement-cantine/", "Payer la cantine")], "Démarches en ligne"),
             {"suggestion_call"}),
        page("/boite-a-idees/", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Wattrebecque ? Décrivez-la : le service Démocratie locale vous répond "
            "sous un mois et les idées retenues sont présentées en conseil de quartier.")
             + m.wcs_form("/boite-a-idees/", [("Votre nom", "text", ()), ("Votre courriel", "email", ()),
                                              ("Quartier concerné", "select", ("Bourg-Nord", "Bourg-Sud", "La Lys", "Les Pâtures")),
                                              ("Votre idée", "textarea", ())], step=["Votre idée", "Validation"]),
             {"suggestion_call", "contact_form"}),
        # category, address and a photo, no free text: a report, not a message
        page("/signaler-un-probleme/", "Signaler un problème", m.prose("Nid-de-poule, lampadaire éteint, dépôt sauvage : "
             "localisez le problème, les services techniques interviennent.")
             + m.wcs_form("/signaler-un-probleme/", [("Type de problème", "select", ("Voirie", "Éclairage", "Propreté")),
                                                     ("Adresse", "text", ()), ("Photo", "file", ())]), decoys={"contact_form"}),
        page("/inscription-periscolaire/", "Inscription périscolaire", m.wcs_form(
            "/inscription-periscolaire/", [("Nom de l'enfant", "text", ()), ("Date de naissance", "date", ()),
                                           ("École", "select", ("Curie", "Pasteur", "Jules-Ferry"))]), decoys={"contact_form"}),
        page("/paiement-cantine/", "Payer la cantine", m.prose("Réglez vos factures de restauration scolaire.")
             + m.wcs_form("/paiement-cantine/", [("Numéro de facture", "text", ()), ("Montant (€)", "text", ())],
                          "Payer"), decoys={"contact_form"}),
        page("/reseau-des-voisins/", "Le réseau des voisins", m.prose(
            "La Ville a ouvert un réseau social de proximité réservé aux habitants : prêter une échelle, proposer un "
            "covoiturage, annoncer une fête des voisins, s'entraider entre voisins d'un même quartier.")
             + m.links([("http://voisins.wattrebecque.fr/", "Rejoindre le réseau des voisins de Wattrebecque")]),
             {"territorial_social_network"}),
    ]
    vois = [
        page("/", "Les voisins de Wattrebecque", m.prose("Le réseau d'entraide entre voisins, ouvert aux habitants.")
             + m.links([("/quartiers/la-lys", "Quartier de la Lys : 214 membres"), ("/entraide", "Entraide et prêts"),
                        ("/connexion", "Me connecter")])),
        page("/quartiers/la-lys", "Quartier de la Lys", '<ul class="feed"><li class="post"><strong>Sophie</strong> : qui '
             'peut me prêter une remorque samedi ?</li><li class="post"><strong>Karim</strong> : fête des voisins rue des '
             'Tilleuls le 29 mai, apportez un plat !</li></ul>'),
        page("/entraide", "Entraide et prêts", '<ul class="feed"><li class="post">Cours de soutien en maths proposé par '
             'un retraité.</li><li class="post">Don : poussette en bon état.</li></ul>'),
    ]
    pij = [
        page("/", "Index du forum", m.phpbb_index([
            ("/viewforum.php?f=2", "Jobs d'été et baby-sitting", "Offres et bons plans entre jeunes", 38, 211),
            ("/viewforum.php?f=3", "Sorties et loisirs", "Concerts, sport, cinéma", 24, 97)])),
        page("/viewforum.php?f=2", "Jobs d'été et baby-sitting", m.phpbb_forum(2, [
            ("/viewtopic.php?t=15", "Animateur BAFA cet été ?", "lucas59", 6)])),
        page("/viewforum.php?f=3", "Sorties et loisirs", m.phpbb_forum(3, [
            ("/viewtopic.php?t=15", "Animateur BAFA cet été ?", "lucas59", 6)])),
        page("/viewtopic.php?t=15", "Animateur BAFA cet été ?", m.phpbb_topic(15, [
            ("Animateur BAFA cet été ?", "lucas59", "3 mars 2026", "Quelqu'un sait si le centre aéré recrute ?"),
            ("Animateur BAFA cet été ?", "ines_w", "3 mars 2026", "Oui, dépose ton CV au PIJ avant fin avril.")])),
    ]
    sites = [
        Site(W_WWW, "wordpress", "Ville de Wattrebecque", www,
             menu=[("Ma ville", "/ma-ville/democratie-locale/"), ("Vie municipale", "/vie-municipale/conseil-municipal/"),
                   ("Jeunesse", "/jeunesse/"), ("Démarches", "http://demarches.wattrebecque.fr/"), ("Contact", "/contact/")],
             accounts=[social("facebook", "VilleDeWattrebecque"), social("instagram", "wattrebecque_officiel"),
                       social("youtube", "VilledeWattrebecque")],
             address="Hôtel de ville, 1 place Roger-Salengro, 59000 Wattrebecque"),
        Site(W_DEM, "publik", "Wattrebecque — démarches en ligne", dem,
             menu=[("Accueil", "/"), ("Boîte à idées", "/boite-a-idees/"), ("Site de la ville", "http://www.wattrebecque.fr/")],
             address="Mairie de Wattrebecque"),
        Site(W_VOIS, "community", "Les voisins de Wattrebecque", vois, menu=[("Fil", "/"), ("Entraide", "/entraide")],
             features=frozenset({"territorial_social_network"})),
        Site(W_PIJ, "phpbb", "Forum du PIJ de Wattrebecque", pij, features=frozenset({"forum"})),
    ]
    return City("99281", "Wattrebecque", 47_830, "59", *HDF, f"http://{W_WWW}/", sites)


# =========================================================================================================
# 99282 Bréviancourt (Aisne): Drupal, a Decidim space behind a login wall (home and legal pages public)
# =========================================================================================================

B_WWW, B_DEC = "www.breviancourt.fr", "participer.breviancourt.fr"


def breviancourt():
    home = (m.cookie_banner() + m.prose("Bréviancourt, ville d'art et d'histoire au cœur de l'Aisne.")
            + m.quick_links([("/breviancourt-ensemble", "Bréviancourt Ensemble"), ("/vie-municipale/conseil-municipal", "Séances du conseil"),
                             ("/contact", "Nous contacter"), ("/lettre-d-information", "Lettre d'information"),
                             ("http://participer.breviancourt.fr/", "Plateforme de participation"),
                             ("/plan-du-site/", "Plan du site")])
            + m.teasers([("/actualites/atelier-place-de-verdun", "Place de Verdun : atelier de concertation", "10 mars 2026",
                          "Venez dessiner la future place."),
                         ("/actualites/questionnaire-mobilites", "Questionnaire : vos déplacements", "2 mars 2026",
                          "Dix minutes pour améliorer les mobilités."),
                         ("/actualites/nouveau-skatepark", "Le skatepark est ouvert", "20 février 2026", "Inauguration samedi."),
                         ("/galerie/fete-de-la-musique", "Fête de la musique : la galerie", "30 juin 2025", "Les photos.")]))
    www = [
        page("/", "Accueil", home),
        page("/breviancourt-ensemble", "Bréviancourt Ensemble", m.prose(
            "« Bréviancourt Ensemble », c'est la démarche de participation des habitants portée par la municipalité : "
            "des comités d'habitants dans les cinq secteurs, des ateliers de concertation sur les projets "
            "d'aménagement et une plateforme numérique réservée aux habitants inscrits.",
            "Chaque avis reçoit une réponse ; un bilan annuel est présenté en conseil municipal.")
             + m.links([("/breviancourt-ensemble/comites-d-habitants", "Les comités d'habitants"),
                        ("/breviancourt-ensemble/charte", "La charte de la participation"),
                        ("http://participer.breviancourt.fr/", "Accéder à la plateforme")]), {"participation_displayed"}),
        page("/breviancourt-ensemble/comites-d-habitants", "Les comités d'habitants", m.prose(
            "Cinq comités d'habitants, un par secteur, réunissent habitants, associations et commerçants. Ils donnent "
            "un avis sur les projets du secteur et disposent d'une enveloppe d'animation.")
             + m.accordion([("Secteur Centre", m.prose("Réunion le premier mardi du trimestre, salle du Beffroi.")),
                            ("Secteur Saint-Crépin", m.prose("Réunion à la maison de quartier.")),
                            ("Secteur Les Chaufours", m.prose("Réunion au centre social."))], "comites"),
             {"participation_displayed"}, parent=("Bréviancourt Ensemble", "/breviancourt-ensemble")),
        page("/breviancourt-ensemble/charte", "La charte de la participation", m.prose(
            "La charte de la participation citoyenne engage la Ville : associer les habitants en amont des projets, "
            "rendre compte des avis, former les élus et agents à l'animation de la concertation."),
             {"participation_displayed"}, parent=("Bréviancourt Ensemble", "/breviancourt-ensemble")),
        # a concertation workshop announced as the news item's subject
        page("/actualites/atelier-place-de-verdun", "Place de Verdun : atelier de concertation", m.prose(
            "La Ville engage la concertation sur le réaménagement de la place de Verdun. Un atelier ouvert à tous les "
            "habitants se tiendra le samedi 28 mars à 10 h : plans sur table, vous choisissez les usages de la future "
            "place. Les propositions seront restituées en juin."), {"participation_displayed"}),
        page("/actualites/questionnaire-mobilites", "Questionnaire : vos déplacements au quotidien", m.prose(
            "Dans le cadre du plan de mobilité, la Ville lance une enquête en ligne auprès des habitants. Répondez avant "
            "le 30 avril.") + m.drupal_webform("questionnaire_mobilites", "/actualites/questionnaire-mobilites", [
                ("Comment vous rendez-vous au travail ?", "mode", "radios", ["Voiture", "Bus", "Vélo", "À pied"]),
                ("Utiliseriez-vous une navette gratuite en centre-ville ?", "navette", "radios", ["Oui", "Non", "Peut-être"]),
                ("Votre quartier", "quartier", "textfield", ())], "Envoyer mes réponses"), {"poll"}),
        page("/actualites/questionnaire-stationnement-resultats", "Stationnement : ce que vous avez répondu", m.prose(
            "Le questionnaire sur le stationnement est clos depuis le 15 décembre. 1 204 habitants y ont répondu : 62 % "
            "souhaitent une première demi-heure gratuite, 27 % un parking relais. Les résultats complets sont "
            "disponibles en PDF."), decoys={"poll"}),
        # a satisfaction form about one service's reception: a service-quality form, not a consultation of residents
        page("/demarches/satisfaction-accueil", "Votre avis sur l'accueil en mairie", m.prose(
            "Vous venez d'effectuer une démarche au guichet unique ? Notez notre accueil.")
             + m.drupal_webform("satisfaction_accueil", "/demarches/satisfaction-accueil", [
                 ("Délai d'attente", "attente", "radios", ["Satisfaisant", "Moyen", "Insuffisant"]),
                 ("Amabilité de l'agent", "amabilite", "radios", ["Satisfaisant", "Moyen", "Insuffisant"])]),
             decoys={"poll", "contact_form"}),
        page("/vie-municipale/conseil-municipal", "Séances du conseil municipal", m.prose(
            "Ordre du jour, délibérations et procès-verbaux des séances du conseil municipal.")
             + m.bullets("Séance du 5 février 2026 : procès-verbal", "Séance du 11 décembre 2025 : délibérations"),
             decoys={"participation_displayed"}),
        page("/vie-municipale/budget-primitif-2026", "Budget primitif 2026", m.prose(
            "Voté le 5 février, le budget primitif 2026 prévoit 9,8 M€ d'investissements, sans hausse des taux "
            "d'imposition. Le compte administratif 2025 sera soumis au vote en juin."), decoys={"participatory_budget"}),
        page("/vie-associative/subventions", "Subventions aux associations : appel à projets 2026", m.prose(
            "Les associations bréviancourtoises peuvent déposer leur dossier de demande de subvention jusqu'au 31 "
            "janvier. Un appel à projets spécifique soutient les actions en direction des seniors."),
             decoys={"suggestion_call"}),
        page("/actualites/nouveau-skatepark", "Le skatepark est ouvert", m.prose(
            "Choisi par les habitants lors de la première édition du budget participatif de l'agglomération, le "
            "skatepark du parc Saint-Crépin ouvre ce samedi. Horaires : 9 h - 21 h."), decoys={"participatory_budget"}),
        page("/galerie/fete-de-la-musique", "Fête de la musique : la galerie", '<div class="field--name-field-galerie">'
             + "".join(f'<div class="field__item"><img src="/sites/default/files/galerie/fdlm-{n}.jpg" alt="Concert {n}"></div>'
                       for n in range(1, 6)) + "</div>"
             + m.drupal_comments(341, [("Julie", "22/06/2025", "Quelle belle soirée place du Beffroi !")]),
             {"comments"}, {"contact_form"}),
        page("/contact", "Nous contacter", m.tabs([
            ("Écrire à la mairie", m.drupal_webform("contact", "/contact", [
                ("Votre nom", "nom", "textfield", ()), ("Votre courriel", "courriel", "email", ()),
                ("Objet", "objet", "textfield", ()), ("Message", "message", "textarea", ())])),
            ("Horaires", m.prose("Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.")),
            ("Accès", m.prose("Bus lignes 1 et 4, arrêt Hôtel de Ville."))], "contact"), {"contact_form"}),
        page("/lettre-d-information", "Lettre d'information", m.newsletter("/lettre-d-information"), decoys={"contact_form"}),
    ]
    www = _with_sitemap(www)
    dec = [
        page("/", "Bréviancourt Ensemble — espace participatif", m.prose(
            "Cet espace de participation est réservé aux habitants de Bréviancourt. Connectez-vous ou créez votre "
            "compte pour consulter les concertations en cours, déposer des propositions et suivre leur avancement.")
             + '<div class="home__cta"><a class="button button__secondary" href="/users/sign_in">Se connecter</a> '
               '<a class="button button__transparent" href="/pages/faq">Comment participer ?</a></div>'),
        page("/pages/faq", "Aide", m.prose(
            "Pour créer un compte, il faut une adresse électronique et résider à Bréviancourt. Une fois connecté, vous "
            "pouvez suivre les processus et commenter les propositions.")),
    ]
    sites = [
        Site(B_WWW, "drupal", "Ville de Bréviancourt", www,
             menu=[("Bréviancourt Ensemble", "/breviancourt-ensemble"), ("Vie municipale", "/vie-municipale/conseil-municipal"),
                   ("Galerie", "/galerie/fete-de-la-musique"), ("Contact", "/contact")],
             accounts=[social("facebook", "breviancourt"), social("instagram", "villedebreviancourt"),
                       social("linkedin", "ville-de-breviancourt")], address="Hôtel de ville, place du Beffroi, 02000 Bréviancourt"),
        Site(B_DEC, "decidim", "Bréviancourt Ensemble", dec, menu=[("Accueil", "/"), ("Aide", "/pages/faq")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"})),
    ]
    return City("99282", "Bréviancourt", 33_940, "02", *HDF, f"http://{B_WWW}/", sites)


# =========================================================================================================
# 99283 Morvillers-Lescaut (Pas-de-Calais): a vendor CMS; the budget's vote in the city app's web view
# =========================================================================================================

M_WWW, M_APP = "www.morvillers-lescaut.fr", "app.morvillers-lescaut.fr"


def morvillers():
    bp = "/ma-ville/mon-idee-pour-morvillers/"
    home = (m.prose("Morvillers-Lescaut, la ville qui avance avec vous.")
            + m.quick_links([(bp, "Mon idée pour Morvillers"), ("/ma-ville/conseils-citoyens/", "Conseils citoyens"),
                             ("/services/reservation-salles/", "Réserver une salle"), ("/contact/", "Contact"),
                             ("/ma-ville/reseaux-sociaux/", "Nos réseaux sociaux"), ("/plan-du-site/", "Plan du site")])
            + m.teasers([("/actualites/vote-mon-idee-ouvert/", "Le vote est ouvert !", "1er avril 2026",
                          "Choisissez les projets de la saison 3."),
                         ("/actualites/enquete-insee-emploi/", "Enquête Insee sur l'emploi", "12 mars 2026",
                          "Un enquêteur peut vous contacter."),
                         ("/culture/concours-photo/", "Concours photo « Ma ville en hiver »", "2 février 2026",
                          "Envoyez vos clichés.")])
            + m.agenda([("/actualites/vote-mon-idee-ouvert/", "Clôture du vote Mon idée pour Morvillers", "30 avril")]))
    www = [
        page("/", "Accueil", home),
        page(bp, "Mon idée pour Morvillers", m.prose(
            "Mon idée pour Morvillers est le budget participatif de la ville : 300 000 € par an pour des projets "
            "imaginés par les habitants, étudiés par les services puis soumis au vote de tous les Morvillois dès 11 ans.",
            "Saison 3 : dépôt des projets du 5 janvier au 15 février, analyse en mars, vote en avril, annonce des "
            "lauréats le 15 mai.")
             + m.links([(bp + "reglement/", "Le règlement"), (bp + "deposer-un-projet/", "Déposer un projet"),
                        ("http://app.morvillers-lescaut.fr/webview/budget-participatif/vote", "Voter dans l'appli"),
                        (bp + "laureats-saison-2/", "Les lauréats de la saison 2"), (bp + "saison-1/", "Saison 1 : le bilan")]),
             {"participatory_budget"}),
        page(bp + "reglement/", "Règlement de Mon idée pour Morvillers", m.prose(
            "Article 1 : tout habitant de 11 ans et plus peut déposer un projet d'intérêt général relevant des "
            "compétences communales. Article 2 : chaque projet ne peut dépasser 60 000 €. Article 3 : le vote a lieu "
            "en ligne et en mairie, chaque votant choisit trois projets."), {"participatory_budget"},
             parent=("Mon idée pour Morvillers", bp)),
        page(bp + "deposer-un-projet/", "Déposer un projet", m.prose(
            "Le dépôt des projets de la saison 4 est ouvert : proposez votre projet pour votre quartier !")
             + m.vendor_form(bp + "deposer-un-projet/", [
                 ("Nom et prénom *", "nom", "text", ()), ("Courriel *", "courriel", "email", ()),
                 ("Titre du projet *", "titre", "text", ()), ("Quartier", "quartier", "select", ("Centre", "Lescaut", "La Gare")),
                 ("Description du projet *", "description", "textarea", ()), ("Coût estimé", "cout", "text", ())],
                 "Déposer mon projet", "form-bp"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Mon idée pour Morvillers", bp)),
        # the winners of a past edition still present the budget and its projects
        page(bp + "laureats-saison-2/", "Les lauréats de la saison 2", m.prose(
            "2 871 votants ont retenu huit projets : un verger partagé rue Pasteur, des bancs au parc du Lescaut, une "
            "boîte à livres par école, un parcours sportif…") + m.bullets("Verger partagé : réalisé",
                                                                           "Parcours sportif : travaux en cours"),
             {"participatory_budget"}, parent=("Mon idée pour Morvillers", bp)),
        # a past edition's report: same budget, its earlier season
        page(bp + "saison-1/", "Saison 1 : le bilan", m.prose(
            "La première saison du budget participatif a reçu 94 projets ; 2 100 habitants ont voté pour les six "
            "lauréats, tous réalisés en 2024."), {"participatory_budget"}, parent=("Mon idée pour Morvillers", bp)),
        page("/actualites/vote-mon-idee-ouvert/", "Mon idée pour Morvillers : le vote est ouvert !", m.prose(
            "Les 21 projets retenus de la saison 3 sont soumis au vote jusqu'au 30 avril, dans l'application de la "
            "ville ou sur les tablettes de l'hôtel de ville.")
             + m.links([("http://app.morvillers-lescaut.fr/webview/budget-participatif/vote", "Je vote")]),
             {"participatory_budget"}),
        page("/ma-ville/conseils-citoyens/", "Conseils citoyens", m.prose(
            "Dans les quartiers prioritaires du Lescaut et de la Gare, les conseils citoyens associent habitants et "
            "acteurs locaux au contrat de ville. Ils sont consultés sur le renouvellement urbain et se réunissent "
            "chaque mois au centre social."), {"participation_displayed"}),
        page("/ma-ville/reseaux-sociaux/", "Suivez la ville sur les réseaux", m.prose(
            "Retrouvez la ville sur Facebook, X, Instagram et TikTok (liens en pied de page).",
            "L'office de tourisme a ses propres comptes : "
            "<a href='https://www.facebook.com/tourisme.morvillers'>Facebook de l'office de tourisme</a>, "
            "<a href='https://www.instagram.com/morvillers_tourisme'>Instagram de l'office de tourisme</a>.")),
        page("/mairie/budget/", "Budget et finances", m.prose(
            "Budget primitif, décisions modificatives et compte administratif de la ville. Le budget 2026 a été voté "
            "le 12 décembre."), decoys={"participatory_budget"}),
        page("/mairie/recrutement/", "Offres d'emploi et appels à candidatures", m.prose(
            "La ville recrute : un agent d'entretien des espaces verts (appel à candidatures jusqu'au 20 avril), des "
            "animateurs pour l'été."), decoys={"suggestion_call"}),
        page("/culture/concours-photo/", "Concours photo « Ma ville en hiver »", m.prose(
            "Envoyez jusqu'à trois photos avant le 15 mars ; un jury désigne cinq lauréats exposés à la médiathèque. "
            "Règlement du concours en PDF."), decoys={"suggestion_call"}),
        page("/actualites/enquete-insee-emploi/", "Enquête Insee sur l'emploi", m.prose(
            "L'Insee réalise une enquête statistique sur l'emploi. Quelques ménages de la commune seront interrogés "
            "par un enquêteur muni d'une carte officielle."), decoys={"poll"}),
        page("/contact/", "Contact", m.prose("Une question ? Choisissez le service concerné.") + m.accordion([
            ("État civil", m.prose("Tél. 03 21 00 00 10.")),
            ("Écrire au maire", m.vendor_form("/contact/", [("Nom", "nom", "text", ()), ("Courriel", "courriel", "email", ()),
                                                            ("Votre message", "message", "textarea", ())])),
            ("Urbanisme", m.prose("Sur rendez-vous uniquement."))], "contact"), {"contact_form"}),
        page("/services/reservation-salles/", "Réserver une salle", m.vendor_form("/services/reservation-salles/", [
            ("Salle", "salle", "select", ("Salle Pasteur", "Salle des fêtes")), ("Date", "date", "date", ()),
            ("Nombre de personnes", "nb", "number", ())], "Réserver"), decoys={"contact_form"}),
        page("/mon-compte/", "Mon compte citoyen", m.login("/mon-compte/"), decoys={"contact_form"}),
    ]
    www = _with_sitemap(www)
    app = [
        page("/", "Appli Morvillers", m.prose("L'application de la ville de Morvillers-Lescaut : actualités, démarches, "
             "budget participatif. Téléchargez-la sur les magasins d'applications.")
             + m.links([("/webview/accueil", "Ouvrir la version web")])),
        page("/webview/accueil", "Morvillers dans ma poche", m.links([
            ("/webview/budget-participatif/vote", "Mon idée pour Morvillers : je vote"),
            ("/webview/budget-participatif/projets/12", "Projet n° 12"), ("/webview/sondage", "Sondage du mois")])),
        # voting for budget projects: the participatory budget, not an opinion poll
        page("/webview/budget-participatif/vote", "Je vote pour 3 projets", m.prose("Saison 3 : cochez trois projets.")
             + '<form class="vote" method="post" action="/webview/budget-participatif/vote">'
             + "".join(f'<label class="vote__projet"><input type="checkbox" name="projets[]" value="{n}"> {t}</label>'
                       for n, t in ((12, "Des nichoirs dans les parcs"), (14, "Un terrain de basket rue Carnot"),
                                    (17, "Une fresque à la gare"), (19, "Des fontaines à eau")))
             + '<button type="submit">Valider mon vote</button></form>'
             + m.links([("/webview/budget-participatif/projets/12", "Voir le projet n° 12")]),
             {"participatory_budget"}, {"poll"}),
        page("/webview/budget-participatif/projets/12", "Des nichoirs dans les parcs", m.prose(
            "Projet déposé par l'école Jean-Macé : installer 40 nichoirs. Coût estimé : 6 000 €. Quartier : Centre.")
             + m.links([("/webview/budget-participatif/vote", "Voter")]), {"participatory_budget"}),
        page("/webview/sondage", "Sondage du mois", m.questionnaire(
            "/webview/sondage", "Votre avis en un clic.", [("Faut-il étendre les horaires de la déchetterie le dimanche ?",
                                                           ["Oui", "Non"])]), {"poll"}),
    ]
    sites = [
        Site(M_WWW, "vendor", "Ville de Morvillers-Lescaut", www,
             menu=[("Ma ville", "/ma-ville/conseils-citoyens/"), ("Mon idée pour Morvillers", bp),
                   ("Mairie", "/mairie/budget/"), ("Contact", "/contact/"), ("Mon compte", "/mon-compte/")],
             accounts=[social("facebook", "MorvillersLescaut"), social("x", "MorvillersVille"),
                       social("instagram", "morvillers.lescaut"), social("tiktok", "morvillerslescaut")],
             address="Hôtel de ville, 8 rue Jean-Jaurès, 62000 Morvillers-Lescaut"),
        Site(M_APP, "vendor", "Appli Morvillers", app),
    ]
    return City("99283", "Morvillers-Lescaut", 52_310, "62", *HDF, f"http://{M_WWW}/", sites,
                decoy_accounts=("https://www.facebook.com/tourisme.morvillers", "https://www.instagram.com/morvillers_tourisme"))


def _webview_host(site):
    """The city app's web view: bare mobile pages, no site chrome."""
    def special(request):
        found = site.by_path.get(request.target)
        if found is None or not request.target.startswith("/webview/"):
            return None
        return Reply.html(
            f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{escape(found.title)}</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">'
            '<meta name="apple-mobile-web-app-capable" content="yes"><link rel="stylesheet" href="/webview/assets/app.css?v=3.2.0">'
            '<script src="/webview/assets/bridge.js?v=3.2.0" defer></script></head><body class="webview webview--ios">'
            f'<header class="webview__bar"><a class="webview__back" href="/webview/accueil">Retour</a>'
            f'<span class="webview__title">{escape(found.title)}</span></header><main class="webview__content">'
            f'<h1>{escape(found.title)}</h1>{found.body}</main><footer class="webview__tabs"><a href="/webview/accueil">'
            'Accueil</a></footer></body></html>')
    return CustomHost(site, special)


# =========================================================================================================
# 99284 Quiéry-sur-Authie (Somme): Joomla, a poll module in the footer, a Cap Collectif space
# =========================================================================================================

Q_WWW, Q_CAP = "www.quiery-sur-authie.fr", "quiery-sur-authie.cap-collectif.com"


def quiery():
    footer_poll = m.joomla_poll_module(31, "Le marché du dimanche doit-il commencer à 8 h ?", ["Oui", "Non, à 9 h", "Sans avis"])
    www = [
        # the poll module sits in the footer position of the home page
        page("/", "Accueil", m.prose("Bienvenue à Quiéry-sur-Authie.")
             + m.quick_links([("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/appel-a-idees-parc", "Parc de la Maye : vos idées"),
                              ("/agenda/balade-bords-authie", "Balade urbaine"), ("/mairie/contact", "Contact"),
                              ("/mairie/marches-publics", "Marchés publics"), ("/plan-du-site/", "Plan du site")])
             + m.teasers([("/actualites/resultats-marche-de-noel", "Marché de Noël : les résultats du sondage", "8 janvier 2026", ""),
                          ("/actualites/maternite-abbeville", "Maternité : la mobilisation continue", "14 février 2026", ""),
                          ("/mairie/securite/participation-citoyenne", "Participation citoyenne : nouveaux référents", "3 février 2026", "")])
             + footer_poll, {"poll"}),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "La commune fait vivre la démocratie de proximité : comités de quartier, réunions publiques avant chaque "
            "grand chantier, consultations en ligne sur l'espace participatif de la ville.")
             + m.links([("/vie-citoyenne/comites-de-quartier", "Les comités de quartier"),
                        ("/vie-citoyenne/appel-a-idees-parc", "Appel à idées : le parc de la Maye"),
                        ("/vie-citoyenne/boite-a-idees", "La boîte à idées"),
                        ("http://quiery-sur-authie.cap-collectif.com/", "L'espace participatif")]),
             {"participation_displayed"}),
        page("/vie-citoyenne/comites-de-quartier", "Les comités de quartier", m.prose(
            "Quatre comités de quartier (Bourg, Faubourg d'Hesdin, Les Marais, La Croix-Blanche) rassemblent des "
            "habitants bénévoles qui relaient les attentes de leur quartier et donnent leur avis sur les projets "
            "municipaux. Ils sont ouverts à tout habitant majeur.") + footer_poll, {"participation_displayed", "poll"}),
        page("/vie-citoyenne/appel-a-idees-parc", "Appel à idées : le parc de la Maye", m.prose(
            "Jeux, jardins, sport, calme ? La commune lance un appel à idées pour réinventer le parc de la Maye. "
            "Déposez vos idées jusqu'au 31 mai sur l'espace participatif, ou dans l'urne de l'accueil de la mairie.")
             + m.links([("http://quiery-sur-authie.cap-collectif.com/project/parc-de-la-maye/collect/deposez-vos-idees",
                         "Je dépose mon idée")]), {"suggestion_call"}),
        # an idea box shut since last year, its form gone: no call open
        page("/vie-citoyenne/boite-a-idees", "La boîte à idées", m.prose(
            "La boîte à idées en ligne a fermé le 31 décembre 2024. Merci pour vos 312 contributions, dont le bilan "
            "a été présenté aux comités de quartier. Les prochaines consultations passeront par l'espace participatif."),
             decoys={"suggestion_call"}),
        # an agenda entry that asks for ideas on the spot and online
        page("/agenda/balade-bords-authie", "Balade urbaine sur les bords de l'Authie", m.prose(
            "Samedi 18 avril, 14 h, départ du pont de la Maye. Les élus et un paysagiste vous emmènent le long de "
            "l'Authie : proposez vos idées pour l'aménagement des berges, en marchant ou grâce au formulaire ci-dessous.")
             + m.vendor_form("/agenda/balade-bords-authie", [("Votre nom", "nom", "text", ()),
                                                              ("Votre idée pour les berges", "idee", "textarea", ())],
                             "Envoyer mon idée", "idee-berges"), {"suggestion_call", "contact_form"}),
        page("/actualites/resultats-marche-de-noel", "Marché de Noël : les résultats du sondage", m.prose(
            "Le sondage est terminé : voici vos réponses.")
             + m.joomla_poll_results(27, "Où installer le marché de Noël ?", [("Place de l'église", 58), ("Halle", 42)]),
             decoys={"poll"}),
        page("/actualites/maternite-abbeville", "Maternité : la mobilisation continue", m.prose(
            "Le conseil municipal a adopté un vœu pour le maintien de la maternité. Une pétition nationale sur les "
            "maternités de proximité circule également sur la plateforme de pétitions de l'Assemblée nationale."),
             decoys={"petition"}),
        page("/mairie/securite/participation-citoyenne", "Participation citoyenne : nouveaux référents", m.prose(
            "Le protocole « participation citoyenne » signé avec la brigade de gendarmerie compte quatre nouveaux "
            "référents de quartier, chargés d'alerter les gendarmes de tout fait suspect."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Consultation en cours : réfection de la toiture de l'école, procédure adaptée, date limite le 24 avril."),
             decoys={"suggestion_call"}),
        page("/mairie/contact", "Contact", m.tabs([
            ("Coordonnées", m.prose("Mairie, 2 place de la Halle. Tél. 03 22 00 00 00.")),
            ("Formulaire de contact", '<form action="/mairie/contact" method="post" name="contact-form" id="contact-form" '
             'class="com-contact__form form-validate"><fieldset><legend>Envoyer un e-mail</legend>'
             '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Nom</label>'
             '<input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required"></div>'
             '<div class="control-group"><label for="jform_contact_email">E-mail</label><input type="email" '
             'name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required"></div>'
             '<div class="control-group"><label for="jform_contact_emailmsg">Sujet</label><input type="text" '
             'name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required"></div>'
             '<div class="control-group"><label for="jform_contact_message">Message</label><textarea '
             'name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required">'
             '</textarea></div></fieldset><button class="btn btn-primary validate" type="submit">Envoyer</button>'
             '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
             '</form>')], "joomla-contact"), {"contact_form"}),
    ]
    www = _with_sitemap(www)
    proj = "/project/parc-de-la-maye"
    steps = [(proj + "/presentation/presentation", "Présentation", "1er mars"),
             (proj + "/collect/deposez-vos-idees", "Dépôt des idées", "1er mars - 31 mai"),
             (proj + "/questionnaire/vos-usages-du-parc", "Questionnaire", "1er mars - 31 mai")]
    cap = [
        page("/", "Quiéry participe", m.prose("L'espace participatif de la commune de Quiéry-sur-Authie.")
             + '<div class="project-card"><h2><a href="' + proj + '/presentation/presentation">Réinventons le parc de la '
               'Maye</a></h2><p>Participatif — 3 étapes</p></div>'),
        page(proj + "/presentation/presentation", "Réinventons le parc de la Maye", m.capco_steps("parc", steps, 0) + m.prose(
            "Le parc de la Maye sera réaménagé en 2027. Donnez vos idées et dites-nous comment vous l'utilisez.")),
        page(proj + "/collect/deposez-vos-idees", "Dépôt des idées", m.capco_steps("parc", steps, 1)
             + m.capco_proposals([("Un parcours santé", "Gérard L.", 4), ("Des toilettes publiques", "Anaïs", 9)])
             + m.capco_collect_form(proj + "/collect/deposez-vos-idees"), {"suggestion_call", "contact_form"}),
        page(proj + "/questionnaire/vos-usages-du-parc", "Questionnaire : vos usages du parc", m.capco_steps("parc", steps, 2)
             + m.questionnaire(proj + "/questionnaire/vos-usages-du-parc", "Répondez en trois minutes.", [
                 ("À quelle fréquence venez-vous au parc ?", ["Chaque jour", "Chaque semaine", "Rarement"]),
                 ("Avec qui ?", ["Seul", "En famille", "Entre amis"])], "capco-questionnaire"), {"poll"}),
    ]
    sites = [
        Site(Q_WWW, "joomla", "Commune de Quiéry-sur-Authie", www,
             menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Agenda", "/agenda/balade-bords-authie"),
                   ("Contact", "/mairie/contact")],
             accounts=[social("facebook", "QuierySurAuthie")], address="Mairie, 2 place de la Halle, 80000 Quiéry-sur-Authie"),
        Site(Q_CAP, "capcollectif", "Quiéry participe", cap, menu=[("Projets", "/")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"})),
    ]
    return City("99284", "Quiéry-sur-Authie", 36_420, "80", *HDF, f"http://{Q_WWW}/", sites)


# =========================================================================================================
# 99285 Fléchemont (Moselle): TYPO3, a powermail questionnaire inside a news item, a petition space in Publik
# =========================================================================================================

F_WWW, F_ESV = "www.flechemont.fr", "eservices.flechemont.fr"


def flechemont():
    www = [
        page("/", "Accueil", m.cookie_banner("/mentions-legales") + m.prose("Fléchemont, ville de Moselle.")
             + m.quick_links([("/citoyennete/democratie-participative", "Démocratie participative"),
                              ("/citoyennete/droit-de-petition", "Droit de pétition"), ("http://eservices.flechemont.fr/", "E-services"),
                              ("/mairie/seances-du-conseil", "Séances du conseil"), ("/contact", "Contact"),
                              ("/plan-du-site/", "Plan du site")])
             + m.teasers([("/actualites/questionnaire-eclairage", "Éclairage nocturne : donnez votre avis", "9 mars 2026", ""),
                          ("/actualites/fibre-bilan", "Fibre optique : où en est-on ?", "1er mars 2026", ""),
                          ("/actualites/ligne-ter", "Ligne TER : la ville mobilisée", "20 février 2026", ""),
                          ("/citoyennete/enquete-publique-zac", "Enquête publique : ZAC des Hauts-Prés", "10 février 2026", "")])),
        page("/citoyennete/democratie-participative", "Démocratie participative", m.prose(
            "Conseils de quartier, conseil des sages, conseil municipal des enfants : la ville s'appuie sur des "
            "instances de concertation pour associer les Fléchemontais aux décisions.")
             + m.links([("/citoyennete/conseils-de-quartier", "Conseils de quartier"),
                        ("/citoyennete/droit-de-petition", "Le droit de pétition")]), {"participation_displayed"}),
        page("/citoyennete/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les sept conseils de quartier sont renouvelés tous les trois ans. Ils émettent des avis, portent des "
            "projets d'amélioration du cadre de vie et organisent des réunions ouvertes aux habitants.")
             + m.links([("/citoyennete/conseils-de-quartier/quartier-gare", "Le conseil du quartier Gare")]),
             {"participation_displayed"}, parent=("Démocratie participative", "/citoyennete/democratie-participative")),
        page("/citoyennete/conseils-de-quartier/quartier-gare", "Conseil du quartier Gare", m.prose(
            "Prochaine réunion publique : mardi 14 avril, 18 h 30, école Verlaine. Sujets : sécurisation de la rue de "
            "Metz, fleurissement. Les membres du conseil du quartier Gare tiennent une permanence au marché."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/citoyennete/conseils-de-quartier")),
        page("/citoyennete/droit-de-petition", "Le droit de pétition", m.prose(
            "Par délibération du conseil municipal, tout habitant de 16 ans et plus peut déposer une pétition auprès "
            "de la ville. Une pétition qui réunit 500 signatures de Fléchemontais est inscrite à l'ordre du jour du "
            "conseil municipal. Les pétitions se déposent et se signent dans l'espace pétitions des e-services.")
             + m.links([("http://eservices.flechemont.fr/petitions/", "Espace pétitions")]), {"petition"}),
        page("/actualites/questionnaire-eclairage", "Éclairage nocturne : donnez votre avis", m.prose(
            "La ville envisage d'éteindre l'éclairage public entre minuit et 5 h. Avant de décider, elle consulte "
            "les habitants : répondez au questionnaire jusqu'au 15 avril.")
             + m.powermail(41, "/actualites/questionnaire-eclairage", [
                 ("Êtes-vous favorable à l'extinction nocturne ?", "favorable", "radio", ["Oui", "Non", "Sans avis"]),
                 ("Dans quel quartier habitez-vous ?", "quartier", "text", ())]), {"poll"}),
        page("/actualites/fibre-bilan", "Fibre optique : où en est-on ?", m.prose(
            "97 % des logements sont raccordables. Pour les rues restantes, l'opérateur lancera un questionnaire "
            "d'éligibilité à l'automne ; la ville relaiera l'information."), decoys={"poll"}),
        page("/actualites/ligne-ter", "Ligne TER : la ville mobilisée", m.prose(
            "Le maire a écrit à la Région pour le maintien des dessertes. Une pétition régionale, sans lien avec la "
            "ville, circule par ailleurs sur un site national de pétitions."), decoys={"petition"}),
        page("/citoyennete/enquete-publique-zac", "Enquête publique : ZAC des Hauts-Prés", m.prose(
            "Par arrêté préfectoral, une enquête publique se tient du 2 au 31 mars. Le commissaire enquêteur reçoit "
            "en mairie ; le dossier est consultable aux heures d'ouverture."), decoys={"poll", "participation_displayed"}),
        page("/mairie/seances-du-conseil", "Séances du conseil municipal", m.prose(
            "Calendrier, ordres du jour et comptes rendus du conseil municipal.")
             + m.bullets("Séance du 19 mars 2026 : ordre du jour", "Séance du 29 janvier 2026 : compte rendu"),
             decoys={"participation_displayed"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "La ville et la gendarmerie ont mis en place le dispositif de participation citoyenne : des voisins "
            "vigilants relaient les signalements. Contact : brigade de Fléchemont."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/contact", "Contact", m.powermail(12, "/contact", [
            ("Nom", "nom", "text", ()), ("E-mail", "email", "email", ()), ("Objet", "objet", "text", ()),
            ("Votre message", "message", "textarea", ())]), {"contact_form"}),
    ]
    www = _with_sitemap(www)
    esv = [
        page("/", "E-services de Fléchemont", m.quick_links([
            ("/petitions/", "Pétitions citoyennes"), ("/demandes/acte-etat-civil/", "Demander un acte d'état civil"),
            ("/contact/", "Écrire à la mairie")], "Services")),
        page("/petitions/", "Pétitions citoyennes", m.prose(
            "Déposez une pétition ou signez celles en cours. À 500 signatures, la pétition est débattue en conseil "
            "municipal.") + '<ul class="petitions">'
             '<li class="petition"><a href="/petitions/abri-velos-gare/">Un abri à vélos sécurisé à la gare</a> — 312 signatures</li>'
             '<li class="petition petition--closed">Réouverture du bureau de poste Saint-Éloi — close, 540 signatures, '
             'débattue le 29 janvier</li></ul>' + m.links([("/petitions/deposer/", "Déposer une pétition")]), {"petition"}),
        page("/petitions/abri-velos-gare/", "Un abri à vélos sécurisé à la gare", m.prose(
            "Nous demandons l'installation d'un abri à vélos fermé à la gare. 312 signatures sur 500.")
             + m.wcs_form("/petitions/abri-velos-gare/", [("Nom", "text", ()), ("Prénom", "text", ()),
                                                          ("Courriel", "email", ())], "Je signe"),
             {"petition"}, parent=("Pétitions citoyennes", "/petitions/")),
        # the filing form carries the petition's own text: a petition, not a message to the services
        page("/petitions/deposer/", "Déposer une pétition", m.wcs_form("/petitions/deposer/", [
            ("Titre de la pétition", "text", ()), ("Texte de la pétition", "textarea", ()), ("Votre nom", "text", ()),
            ("Courriel", "email", ())], "Déposer", step=["Pétition", "Vérification", "Publication"]),
             {"petition"}, parent=("Pétitions citoyennes", "/petitions/")),
        page("/demandes/acte-etat-civil/", "Demander un acte d'état civil", m.wcs_form("/demandes/acte-etat-civil/", [
            ("Type d'acte", "select", ("Naissance", "Mariage", "Décès")), ("Nom", "text", ()), ("Date de l'événement", "date", ())]),
             decoys={"contact_form"}),
        page("/contact/", "Écrire à la mairie", m.wcs_form("/contact/", [
            ("Nom", "text", ()), ("Courriel", "email", ()), ("Service", "select", ("Accueil", "Urbanisme", "Scolaire")),
            ("Message", "textarea", ())]), {"contact_form"}),
    ]
    sites = [
        Site(F_WWW, "typo3", "Ville de Fléchemont", www,
             menu=[("Citoyenneté", "/citoyennete/democratie-participative"), ("Mairie", "/mairie/seances-du-conseil"),
                   ("E-services", "http://eservices.flechemont.fr/"), ("Contact", "/contact")],
             accounts=[social("facebook", "VilleFlechemont"), social("x", "Flechemont57"),
                       social("mastodon", "flechemont@social.numerique-moselle.fr")],
             address="Hôtel de ville, 3 rue de la République, 57000 Fléchemont"),
        Site(F_ESV, "publik", "E-services de Fléchemont", esv,
             menu=[("Accueil", "/"), ("Pétitions", "/petitions/")], address="Mairie de Fléchemont"),
    ]
    return City("99285", "Fléchemont", 58_610, "57", *GE, f"http://{F_WWW}/", sites)


# =========================================================================================================
# 99286 Ostheimbach (Bas-Rhin): SPIP with article forums, a budget on Go Vocal under a local brand
# =========================================================================================================

O_WWW, O_GV = "www.ostheimbach.fr", "ostheimbach.govocal.com"


def ostheimbach():
    gv = "http://ostheimbach.govocal.com/fr-FR/"
    www = [
        page("/", "Accueil", m.prose("Ville d'Ostheimbach — Bas-Rhin.")
             + m.quick_links([("/Democratie-locale", "Démocratie locale"), ("/Ostheim-Choisit-budget-participatif", "Ostheim'Choisit"),
                              ("/Contact", "Contact"), ("/Lettre-d-information", "Lettre d'information"),
                              ("/Forum-des-associations-2026", "Forum des associations"), ("/plan-du-site/", "Plan du site")])
             + m.teasers([("/Renovation-de-l-ecole-des-Tilleuls", "Rénovation de l'école des Tilleuls", "3 mars 2026", ""),
                          ("/Festival-d-ete-2025-en-video", "Festival d'été 2025 en vidéo", "2 septembre 2025", ""),
                          ("/Travaux-rue-de-l-Ill", "Travaux rue de l'Ill", "12 janvier 2026", ""),
                          ("/Recensement-2026", "Recensement 2026", "10 janvier 2026", "")])),
        page("/Democratie-locale", "Démocratie locale", m.prose(
            "Conseil des aînés, conseil municipal des jeunes, réunions de secteur et budget participatif : "
            "Ostheimbach fait participer ses habitants à la vie de la commune.")
             + m.links([("/Conseil-des-aines-et-conseil-municipal-des-jeunes", "Conseil des aînés et conseil des jeunes"),
                        ("/Ostheim-Choisit-budget-participatif", "Ostheim'Choisit")]), {"participation_displayed"}),
        page("/Conseil-des-aines-et-conseil-municipal-des-jeunes", "Conseil des aînés et conseil municipal des jeunes",
             m.prose("Le conseil des aînés (24 membres) et le conseil municipal des jeunes (élèves de CM2 et de 6e) sont "
                     "consultés sur les projets de la ville et mènent leurs propres actions."), {"participation_displayed"}),
        page("/Ostheim-Choisit-budget-participatif", "Ostheim'Choisit, le budget participatif", m.prose(
            "Avec Ostheim'Choisit, les habitants décident de l'usage de 150 000 € du budget d'investissement. "
            "Édition 2026 : les idées ont été déposées à l'automne, le vote se déroule en ligne jusqu'au 10 mai.")
             + m.links([("http://ostheimbach.govocal.com/", "La plateforme Ostheim'Choisit"), (gv + "projects/ostheim-choisit-2026", "Voter sur la plateforme"),
                        ("/Ostheim-Choisit-les-laureats-2025", "Les lauréats 2025")]), {"participatory_budget"}),
        page("/Ostheim-Choisit-les-laureats-2025", "Ostheim'Choisit : les lauréats 2025", m.prose(
            "Cinq projets lauréats : une piste de pumptrack, un composteur collectif par secteur, l'éclairage du "
            "chemin du Moulin, des agrès sportifs et une grainothèque.")
             + m.spip_forum(57, [("Pumptrack", "Léo", "12 juin 2025", "Génial, quand commencent les travaux ?")]),
             {"participatory_budget", "comments"}, {"contact_form"}),
        page("/Renovation-de-l-ecole-des-Tilleuls", "Rénovation de l'école des Tilleuls", m.prose(
            "Les travaux de rénovation énergétique dureront jusqu'en août. Les classes sont accueillies dans des "
            "modulaires cour Nord.") + m.spip_forum(63, [
                ("Bruit", "Parent d'élève", "4 mars 2026", "Les travaux bruyants auront-ils lieu pendant les cours ?"),
                ("Re: Bruit", "Mairie", "5 mars 2026", "Non, ils sont programmés le mercredi et pendant les vacances.")]),
             {"comments"}, {"contact_form"}),
        page("/Festival-d-ete-2025-en-video", "Festival d'été 2025 en vidéo",
             '<div class="video"><iframe src="https://www.youtube-nocookie.com/embed/x7Kp2mQ9aLs" title="Festival d\'été 2025" '
             'width="640" height="360" allowfullscreen></iframe></div>'
             + m.spip_forum(64, [("Merci", "Claire", "3 septembre 2025", "Vivement l'an prochain !")]),
             {"comments"}, {"contact_form"}),
        page("/Travaux-rue-de-l-Ill", "Travaux rue de l'Ill", m.prose(
            "La rue de l'Ill est fermée à la circulation jusqu'au 30 avril. Déviation par la rue du Rhin.")
             + m.spip_forum(66, [], open_=False), decoys={"comments"}),
        page("/Budget-primitif-2026", "Budget primitif 2026", m.prose(
            "Le budget primitif 2026 s'équilibre à 41 M€. Il intègre l'enveloppe de 150 000 € réservée aux projets "
            "d'Ostheim'Choisit."), decoys={"participatory_budget"}),
        page("/Forum-des-associations-2026", "Forum des associations", m.prose(
            "Samedi 5 septembre, halle des sports : 80 associations vous attendent."), decoys={"forum"}),
        page("/Appel-a-projets-associatifs", "Appel à projets associatifs 2026", m.prose(
            "La ville soutient les projets des associations en faveur de la jeunesse : dossiers à déposer avant le "
            "28 février, jury en mars, subvention jusqu'à 3 000 €."), decoys={"suggestion_call"}),
        page("/Recensement-2026", "Recensement 2026", m.prose(
            "Le recensement de la population a lieu du 15 janvier au 21 février. Répondez en ligne avec les codes "
            "remis par l'agent recenseur."), decoys={"poll"}),
        page("/Contact", "Contact", m.prose("Mairie d'Ostheimbach, 1 place de l'Hôtel-de-Ville.")
             + m.spip_contact("spip.php?page=contact"), {"contact_form"}),
        page("/Lettre-d-information", "Lettre d'information", m.newsletter("spip.php?page=newsletter_subscribe"),
             decoys={"contact_form"}),
    ]
    www = _with_sitemap(www)
    pj = "/fr-FR/projects/ostheim-choisit-2026"
    gov = [
        # the platform's home presents the budget whose vote is running
        page("/", "Ostheim'Choisit", m.prose("La plateforme de participation de la ville d'Ostheimbach.")
             + m.links([(pj, "Ostheim'Choisit 2026 : vote en cours"), ("/fr-FR/projects/idees-centre-ville", "Boîte à idées du centre-ville")]),
             {"participatory_budget"}),
        page(pj, "Ostheim'Choisit 2026", m.prose("Phase 3 sur 4 : vote, jusqu'au 10 mai. Vous disposez de 3 votes.")
             + m.govocal_idea_cards([("/fr-FR/ideas/piste-cyclable-rue-des-vosges", "Piste cyclable rue des Vosges", 184, 12),
                                     ("/fr-FR/ideas/ilot-de-fraicheur-ecole-tilleuls", "Îlot de fraîcheur à l'école", 151, 4)]),
             {"participatory_budget"}),
        page("/fr-FR/ideas/piste-cyclable-rue-des-vosges", "Piste cyclable rue des Vosges", m.prose(
            "Relier la gare au collège par une piste sécurisée. Coût estimé : 45 000 €.")
             + '<button class="e2e-vote-button">Voter</button><div id="e2e-comments-container"><ul class="comments">'
               '<li class="e2e-comment">Indispensable pour les collégiens ! — Marie</li></ul><form class="e2e-comment-form" '
               'method="post" action="/web_api/v1/ideas/piste-cyclable-rue-des-vosges/comments"><textarea id="submit-comment" '
               'name="comment[body_multiloc][fr-FR]" placeholder="Écrire un commentaire"></textarea><button type="submit">'
               'Publier</button></form></div>', {"participatory_budget", "comments"}, {"contact_form"}),
        page("/fr-FR/ideas/ilot-de-fraicheur-ecole-tilleuls", "Îlot de fraîcheur à l'école", m.prose(
            "Planter des arbres et désimperméabiliser la cour de l'école des Tilleuls.") +
             '<button class="e2e-vote-button">Voter</button>', {"participatory_budget"}),
        page("/fr-FR/projects/idees-centre-ville", "Boîte à idées du centre-ville", m.prose(
            "Comment rendre le centre-ville plus vivant ? Partagez vos idées jusqu'au 30 juin.")
             + '<a class="e2e-idea-button" href="/fr-FR/projects/idees-centre-ville">Proposer une idée</a>',
             {"suggestion_call"}),
    ]
    sites = [
        Site(O_WWW, "spip", "Ville d'Ostheimbach", www,
             menu=[("Démocratie locale", "/Democratie-locale"), ("Ostheim'Choisit", "/Ostheim-Choisit-budget-participatif"),
                   ("Budget", "/Budget-primitif-2026"), ("Vie associative", "/Appel-a-projets-associatifs"), ("Contact", "/Contact")],
             accounts=[social("facebook", "ostheimbach"), social("instagram", "ville_ostheimbach")],
             address="1 place de l'Hôtel-de-Ville, 67000 Ostheimbach"),
        Site(O_GV, "govocal", "Ostheim'Choisit", gov, menu=[("Projets", "/")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"})),
    ]
    return City("99286", "Ostheimbach", 31_180, "67", *GE, f"http://{O_WWW}/", sites)


# =========================================================================================================
# 99287 Vrignelles (Marne): WordPress, a youth site with a bbPress forum, a neighbours' network
# =========================================================================================================

V_WWW, V_JEU, V_VOIS = "www.vrignelles.fr", "jeunes.vrignelles.fr", "voisins.vrignelles.fr"


def vrignelles():
    www = [
        page("/", "Accueil", m.prose("Ville de Vrignelles, entre vignes et Marne.")
             + m.quick_links([("/participer/", "Vrignelles & vous"), ("http://jeunes.vrignelles.fr/", "Espace jeunes"),
                              ("/mediatheque/galerie-fete-des-vendanges/", "Galerie photos"), ("/videos/voeux-2026/", "Vidéos"),
                              ("/contact/", "Contact"), ("/plan-du-site/", "Plan du site")])
             + m.teasers([("/participer/idees-centre-ville/", "Centre-ville : la ville attend vos idées", "5 mars 2026", ""),
                          ("/actualites/resultats-sondage-cantine/", "Cantine bio : les résultats", "1er février 2026", ""),
                          ("/emploi/offres/", "La ville recrute", "20 janvier 2026", "")])),
        page("/participer/", "Vrignelles & vous", m.prose(
            "Vrignelles & vous rassemble les façons de prendre part à la vie de la ville : consultations, appels à "
            "idées, questionnaires, ateliers et le réseau Voisins solidaires. La municipalité publie chaque année le "
            "bilan de ces démarches.")
             + m.links([("/participer/voisins-solidaires/", "Voisins solidaires"),
                        ("/participer/questionnaire-parentalite/", "Questionnaire parentalité"),
                        ("/participer/idees-centre-ville/", "Appel à idées : le centre-ville")]), {"participation_displayed"}),
        page("/participer/voisins-solidaires/", "Voisins solidaires", m.prose(
            "Voisins solidaires est le réseau social de quartier ouvert par la ville : entraide, prêt d'objets, "
            "annonces de fêtes de rue. Inscription gratuite avec une adresse à Vrignelles.")
             + m.links([("http://voisins.vrignelles.fr/", "Rejoindre Voisins solidaires")]), {"territorial_social_network"}),
        page("/participer/questionnaire-parentalite/", "Questionnaire : être parent à Vrignelles", m.prose(
            "Le centre communal d'action sociale prépare ses actions pour les familles. Répondez à ce questionnaire "
            "anonyme avant le 20 avril.") + '<div class="wpforms-container wpforms-container-full" id="wpforms-512">'
             + m.questionnaire("/participer/questionnaire-parentalite/", "Questionnaire parentalité", [
                 ("Combien d'enfants avez-vous ?", ["1", "2", "3 et plus"]),
                 ("Quels services vous manquent ?", ["Garde d'enfants", "Soutien scolaire", "Lieux d'échange"])],
                 "wpforms-field-container", None, "wpforms[fields]") + "</div>", {"poll"}),
        page("/participer/idees-centre-ville/", "Centre-ville : la ville attend vos idées", m.prose(
            "Commerces, terrasses, stationnement, animations : donnez-nous vos idées pour le centre-ville. Toutes les "
            "contributions seront lues et présentées lors d'une réunion publique en juin.")
             + '<div class="gform_wrapper gravity-theme" id="gform_wrapper_3"><form method="post" enctype="multipart/form-data" '
               'id="gform_3" action="/participer/idees-centre-ville/"><div class="gform_body gform-body"><div id="field_3_1" '
               'class="gfield"><label class="gfield_label" for="input_3_1">Votre nom</label><input name="input_1" id="input_3_1" '
               'type="text"></div><div id="field_3_2" class="gfield"><label class="gfield_label" for="input_3_2">Votre idée</label>'
               '<textarea name="input_2" id="input_3_2" rows="8"></textarea></div></div><div class="gform_footer"><input '
               'type="submit" id="gform_submit_button_3" class="gform_button button" value="Envoyer mon idée"></div>'
               '<input type="hidden" name="gform_submit" value="3"></form></div>', {"suggestion_call", "contact_form"}),
        page("/mediatheque/galerie-fete-des-vendanges/", "Galerie : fête des vendanges 2025", '<div class="gallery gallery-columns-3">'
             + "".join(f'<figure class="gallery-item"><img src="/wp-content/uploads/2025/10/vendanges-{n}.jpg" alt="Vendanges {n}">'
                       f'</figure>' for n in range(1, 7)) + "</div>"
             + m.disqus("vrignelles", "http://www.vrignelles.fr/mediatheque/galerie-fete-des-vendanges/", "galerie-vendanges-2025"),
             {"comments"}),
        page("/videos/voeux-2026/", "Les vœux du maire 2026", '<figure class="wp-block-embed is-type-video"><iframe '
             'src="https://www.youtube.com/embed/Qm3vT8wZr1c" title="Vœux 2026" width="640" height="360"></iframe></figure>'
             + m.fb_comments("http://www.vrignelles.fr/videos/voeux-2026/"), {"comments"}),
        page("/actualites/resultats-sondage-cantine/", "Cantine bio : les résultats", m.prose("Merci pour vos réponses.")
             + m.wp_polls_closed(4, "Souhaitez-vous un repas végétarien par semaine ?",
                                 [("Oui", 66, 318), ("Non", 34, 164)], 482), decoys={"poll"}),
        page("/vie-municipale/ordre-du-jour-conseil/", "Ordre du jour du conseil municipal", m.bullets(
            "Désignation du secrétaire de séance", "Décision modificative n° 1", "Tarifs des services périscolaires"),
             decoys={"participation_displayed"}),
        page("/emploi/offres/", "La ville recrute", m.prose(
            "Appel à candidatures : responsable de la médiathèque (catégorie B), date limite le 15 avril. Candidature "
            "par courrier au maire."), decoys={"suggestion_call"}),
        page("/contact/", "Contact", m.cf7(77, 9, "/contact/"), {"contact_form"}),
    ]
    www = _with_sitemap(www)
    jeu = [
        page("/", "Espace jeunes de Vrignelles", m.prose("Le site des 11-25 ans : infos, sorties, forum.")
             + m.links([("/forums/", "Le forum"), ("/actus/forum-des-metiers/", "Forum des métiers")])),
        page("/forums/", "Forums", m.bbp_forums([
            ("/forums/forum/sorties-et-loisirs/", "Sorties et loisirs", "Idées de sorties entre jeunes", 19, 143),
            ("/forums/forum/etudes-et-orientation/", "Études et orientation", "Parcoursup, apprentissage", 11, 60)]), {"forum"}),
        page("/forums/forum/sorties-et-loisirs/", "Sorties et loisirs", m.bbp_topics(31, [
            ("/forums/topic/horaires-du-skatepark/", "Horaires du skatepark", "tom_51", 5, 8)]), {"forum"}),
        page("/forums/forum/etudes-et-orientation/", "Études et orientation", m.bbp_topics(32, [
            ("/forums/topic/horaires-du-skatepark/", "Horaires du skatepark", "tom_51", 5, 8)]), {"forum"}),
        page("/forums/topic/horaires-du-skatepark/", "Horaires du skatepark", m.bbp_replies(311, [
            ("tom_51", "2 mars 2026", "Le skatepark ferme à quelle heure en semaine ?"),
            ("Animateur PIJ", "2 mars 2026", "20 h jusqu'en octobre, 18 h ensuite.")]), {"forum"}),
        page("/actus/forum-des-metiers/", "Forum des métiers", m.prose(
            "Le forum des métiers se tient le 9 avril au lycée : rencontrez des professionnels.")
             + m.share("http://jeunes.vrignelles.fr/actus/forum-des-metiers/", "Forum des métiers"),
             decoys={"forum", "social_account"}),
    ]
    vois = [
        page("/", "Voisins solidaires — Vrignelles", m.prose("Le réseau d'entraide des habitants de Vrignelles.")
             + m.links([("/groupes/quartier-des-tanneurs", "Groupe du quartier des Tanneurs"),
                        ("/annonces/pret-d-outils", "Prêt d'outils")])),
        page("/groupes/quartier-des-tanneurs", "Quartier des Tanneurs", '<ul class="feed"><li class="post">Vide-grenier de '
             'rue le 7 juin, inscrivez-vous ici !</li><li class="post">Chat perdu rue Colbert, tigré.</li></ul>'),
        page("/annonces/pret-d-outils", "Prêt d'outils", '<ul class="feed"><li class="post">Je prête une perceuse.</li></ul>'),
    ]
    sites = [
        Site(V_WWW, "wordpress", "Vrignelles", www,
             menu=[("Vrignelles & vous", "/participer/"), ("Médiathèque", "/mediatheque/galerie-fete-des-vendanges/"),
                   ("Emploi", "/emploi/offres/"), ("Contact", "/contact/")],
             accounts=[social("facebook", "vrignelles"), social("youtube", "VilleDeVrignelles"), social("bluesky", "vrignelles.fr")],
             address="Mairie, 10 rue de la Marne, 51000 Vrignelles"),
        Site(V_JEU, "wordpress", "Espace jeunes de Vrignelles", jeu, menu=[("Accueil", "/"), ("Forum", "/forums/")],
             address="Point Information Jeunesse, 4 rue Colbert"),
        Site(V_VOIS, "community", "Voisins solidaires", vois, menu=[("Accueil", "/")],
             features=frozenset({"territorial_social_network"})),
    ]
    return City("99287", "Vrignelles", 44_720, "51", *GE, f"http://{V_WWW}/", sites)


# =========================================================================================================
# 99288 Rombach-sur-Meurthe (Meurthe-et-Moselle): a vendor CMS, a poll in a modal, a CONSUL Democracy space
# =========================================================================================================

R_WWW, R_DEC = "www.rombach-sur-meurthe.fr", "decide.rombach-sur-meurthe.fr"


def rombach():
    dec = "http://decide.rombach-sur-meurthe.fr/"
    www = [
        # the home page opens a modal holding an open poll
        page("/", "Accueil", m.modal_poll(3, "Êtes-vous favorable à une rue piétonne le samedi ?", ["Oui", "Non", "Sans avis"],
                                          "/sondages/voter")
             + m.prose("Rombach-sur-Meurthe, la ville au fil de l'eau.")
             + m.quick_links([("/participation/", "Participation"), ("/services/signalement/", "Signaler"),
                              ("/services/paiement-en-ligne/", "Payer en ligne"), ("/services/inscription-ecole/", "Inscription scolaire"),
                              ("/contact/", "Contact"), ("/plan-du-site/", "Plan du site")])
             + m.teasers([("/actualites/en-bref-semaine-du-9-mars/", "En bref : les nouvelles de la semaine", "6 mars 2026", ""),
                          ("/actualites/sondage-stationnement-resultats/", "Stationnement : résultats du sondage", "4 mars 2026", ""),
                          ("/participation/panel-citoyen/", "Panel citoyen : à vous de répondre", "1er mars 2026", ""),
                          ("/securite/voisins-vigilants/", "Voisins vigilants et gendarmerie", "10 février 2026", "")])
             + m.agenda([("/participation/assemblees-de-quartier/", "Assemblée du quartier Saint-Nicolas", "16 avril")]),
             {"poll"}),
        page("/participation/", "Participation", m.prose(
            "Assemblées de quartier, panel citoyen, budget participatif et plateforme « Décidons Rombach » : la "
            "participation des habitants est au cœur du projet municipal.")
             + m.links([("/participation/assemblees-de-quartier/", "Assemblées de quartier"),
                        ("/participation/budget-participatif/", "Budget participatif"),
                        ("/participation/panel-citoyen/", "Panel citoyen"),
                        ("/participation/decidons-rombach/", "La plateforme Décidons Rombach")]), {"participation_displayed"}),
        page("/participation/assemblees-de-quartier/", "Assemblées de quartier", m.prose(
            "Deux fois par an, chaque quartier tient son assemblée : les habitants interpellent les élus, votent "
            "leurs priorités et désignent les animateurs de quartier.")
             + m.accordion([("Saint-Nicolas", m.prose("Jeudi 16 avril, 19 h, gymnase Saint-Nicolas.")),
                            ("Les Rives", m.prose("Mardi 21 avril, 19 h, salle des Rives."))], "aq"),
             {"participation_displayed"}),
        page("/participation/budget-participatif/", "Budget participatif", m.prose(
            "500 000 € pour les projets des Rombachois. Les projets se déposent et se votent sur Décidons Rombach ; "
            "cette année, le vote a lieu du 2 au 31 mai.")
             + m.links([(dec + "budgets/4", "Voir les projets et voter")]), {"participatory_budget"}),
        # a city page presenting the platform and how to take part: the approach, not the platform itself
        page("/participation/decidons-rombach/", "La plateforme Décidons Rombach", m.prose(
            "Décidons Rombach est l'espace en ligne de la ville pour proposer, débattre et voter. Créez votre compte "
            "avec votre adresse électronique pour déposer une proposition ou répondre aux consultations.")
             + m.links([(dec, "Accéder à Décidons Rombach")]), {"participation_displayed"}),
        page("/participation/panel-citoyen/", "Panel citoyen : à vous de répondre", m.prose(
            "Ce trimestre, le panel citoyen porte sur les horaires des équipements sportifs. Tous les habitants "
            "peuvent répondre.") + m.vendor_form("/participation/panel-citoyen/", [
                ("Quel équipement fréquentez-vous ?", "equipement", "select", ("Piscine", "Gymnase", "Stade")),
                ("Quel créneau vous conviendrait ?", "creneau", "select", ("Tôt le matin", "Midi", "Après 20 h")),
                ("Tranche d'âge", "age", "select", ("Moins de 25 ans", "25-60 ans", "Plus de 60 ans"))],
                "Envoyer mes réponses", "panel"), {"poll"}),
        # a news round-up that names the city's platform in passing, in a maintenance notice: not the platform
        page("/actualites/en-bref-semaine-du-9-mars/", "En bref : les nouvelles de la semaine", m.bullets(
            "Encombrants : la collecte du secteur Saint-Nicolas a lieu le mardi 10 mars ; sortez vos objets la veille au soir.",
            "Maintenance informatique : samedi 14 mars de 8 h à 12 h, les services en ligne de la ville (paiement en "
            "ligne, inscriptions scolaires, plateforme Décidons Rombach) seront indisponibles.",
            "Piscine des Rives : fermeture technique du 16 au 22 mars pour la vidange annuelle des bassins.",
            "Marché des producteurs : retour sur le quai de la Meurthe chaque vendredi à partir du 20 mars.")
             + m.prose("Retrouvez toute l'actualité de la ville dans le magazine municipal de mars."),
             decoys={"participatory_platform"}),
        page("/actualites/sondage-stationnement-resultats/", "Stationnement : résultats du sondage", m.prose(
            "Le sondage s'est clôturé le 28 février. 58 % des répondants souhaitent la gratuité le samedi matin. "
            "La décision sera soumise au conseil municipal."), decoys={"poll"}),
        # the report form has a free-text description sent to the services: a message to the city
        page("/services/signalement/", "Signaler un problème", m.vendor_form("/services/signalement/", [
            ("Catégorie", "categorie", "select", ("Voirie", "Propreté", "Éclairage")), ("Adresse", "adresse", "text", ()),
            ("Décrivez le problème", "description", "textarea", ()), ("Votre courriel", "courriel", "email", ())],
            "Envoyer le signalement", "signalement"), {"contact_form"}),
        page("/services/paiement-en-ligne/", "Paiement en ligne", m.vendor_form("/services/paiement-en-ligne/", [
            ("Référence de la facture", "ref", "text", ()), ("Montant", "montant", "text", ())], "Payer par carte", "paiement"),
             decoys={"contact_form"}),
        page("/services/inscription-ecole/", "Inscription scolaire", m.vendor_form("/services/inscription-ecole/", [
            ("Nom de l'enfant", "enfant", "text", ()), ("Date de naissance", "naissance", "date", ()),
            ("École souhaitée", "ecole", "select", ("Les Rives", "Saint-Nicolas"))], "S'inscrire", "inscription"),
             decoys={"contact_form"}),
        page("/mairie/budget/", "Budget de la ville", m.prose(
            "Budget primitif 2026 : 96 M€. Le rapport sur les orientations budgétaires et le compte administratif "
            "sont téléchargeables."), decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal/", "Conseil municipal", m.prose(
            "Les séances du conseil municipal sont publiques et retransmises en direct. Ordres du jour et comptes "
            "rendus ci-dessous."), decoys={"participation_displayed"}),
        page("/mairie/aides-et-subventions/", "Aides et subventions", m.prose(
            "Appel à projets « Quartiers d'été » : associations et collectifs peuvent solliciter une aide pour leurs "
            "animations estivales avant le 30 avril."), decoys={"suggestion_call"}),
        page("/securite/voisins-vigilants/", "Voisins vigilants et gendarmerie", m.prose(
            "Le dispositif « participation citoyenne », piloté par la gendarmerie, s'étend aux Rives : les habitants "
            "référents relaient l'information auprès des forces de l'ordre."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/contact/", "Contact", m.tabs([
            ("Nous écrire", m.vendor_form("/contact/", [("Nom", "nom", "text", ()), ("Courriel", "courriel", "email", ()),
                                                        ("Votre message", "message", "textarea", ())])),
            ("Nous appeler", m.prose("03 83 00 00 00, du lundi au vendredi."))], "contact"), {"contact_form"}),
    ]
    www = _with_sitemap(www)
    csl = [
        page("/", "Décidons Rombach", m.prose("Propositions, budget participatif et votations de la ville.")
             + m.links([("/proposals", "Propositions citoyennes"), ("/budgets/4", "Budget participatif 2026"),
                        ("/polls/7", "Votation : nom de la nouvelle passerelle"), ("/polls/5", "Votation close : les horaires d'été")])),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Vous avez une idée pour Rombach ? Créez une proposition ; celles qui rassemblent 300 soutiens sont "
            "étudiées par la ville.") + '<div id="proposals" class="proposals-list"><div id="proposal_45" class="proposal clear">'
             '<h3><a href="/proposals/45-jardins-partages-aux-rives">Des jardins partagés aux Rives</a></h3>'
             '<span class="supports">212 soutiens</span></div></div><a class="button" href="/users/sign_in">Créer une proposition</a>',
             {"suggestion_call"}),
        page("/proposals/45-jardins-partages-aux-rives", "Des jardins partagés aux Rives", m.prose(
            "Transformer la friche de la rue des Rives en jardins partagés.")
             + '<div id="comments" class="comments"><div class="comment" id="comment_91"><p>Très bonne idée !</p></div>'
               '<form class="new_comment" id="new_comment" action="/comments" method="post"><textarea name="comment[body]" '
               'id="comment-body-proposal_45"></textarea><input type="hidden" name="comment[commentable_type]" value="Proposal">'
               '<input type="submit" value="Publier le commentaire" class="button"></form></div>',
             {"suggestion_call", "comments"}, {"contact_form"}),
        page("/budgets/4", "Budget participatif 2026", m.prose("Phase de vote : du 2 au 31 mai. Budget : 500 000 €.")
             + m.consul_investments(4, [(81, "Une passerelle piétonne sur la Meurthe", "Les Rives", 402),
                                        (82, "Des arceaux vélos devant les écoles", "Toute la ville", 287)]),
             {"participatory_budget"}),
        page("/budgets/4/investments/81", "Une passerelle piétonne sur la Meurthe", m.prose(
            "Projet déposé par le collectif des Rives. Coût : 180 000 €.")
             + '<a class="button button-support" href="/users/sign_in">Voter ce projet</a>', {"participatory_budget"}),
        page("/budgets/4/investments/82", "Des arceaux vélos devant les écoles", m.prose(
            "Installer 60 arceaux devant les écoles. Coût : 18 000 €.")
             + '<a class="button button-support" href="/users/sign_in">Voter ce projet</a>', {"participatory_budget"}),
        page("/polls/7", "Votation : nom de la nouvelle passerelle", '<form class="poll-question-form" action="/polls/7/answers" '
             'method="post"><fieldset><legend>Quel nom pour la passerelle ?</legend><label><input type="radio" '
             'name="answer" value="Simone-Veil"> Simone-Veil</label><label><input type="radio" name="answer" value="Des Rives"> '
             'Des Rives</label></fieldset><input type="submit" value="Voter" class="button"></form>', {"poll"}),
        page("/polls/5", "Votation close : les horaires d'été", m.prose("Cette votation est terminée.")
             + '<div class="poll-results"><p>Ouverture à 7 h : 61 %</p><p>Ouverture à 8 h : 39 %</p></div>',
             decoys={"poll"}),
    ]
    sites = [
        Site(R_WWW, "vendor", "Ville de Rombach-sur-Meurthe", www,
             menu=[("Participation", "/participation/"), ("Décidons Rombach", "http://decide.rombach-sur-meurthe.fr/"), ("Services", "/services/signalement/"), ("Mairie", "/mairie/budget/"),
                   ("Sécurité", "/securite/voisins-vigilants/"), ("Contact", "/contact/")],
             accounts=[social("facebook", "RombachSurMeurthe"), social("instagram", "rombachsurmeurthe"),
                       social("linkedin", "ville-de-rombach-sur-meurthe"), social("youtube", "RombachTV")],
             address="Hôtel de ville, 1 quai de la Meurthe, 54000 Rombach-sur-Meurthe"),
        Site(R_DEC, "consul", "Décidons Rombach", csl, menu=[("Propositions", "/proposals"), ("Budgets", "/budgets/4")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"})),
    ]
    return City("99288", "Rombach-sur-Meurthe", 68_940, "54", *GE, f"http://{R_WWW}/", sites)


_BUILDERS = (wattrebecque, breviancourt, morvillers, quiery, flechemont, ostheimbach, vrignelles, rombach)
_CITIES = None


def _cities():
    global _CITIES
    if _CITIES is None:
        _CITIES = [build() for build in _BUILDERS]
    return _CITIES


def cities():
    return list(_cities())


def hosts():
    morv = next(c for c in _cities() if c.insee_code == "99283")
    app = next(s for s in morv.sites if s.host == M_APP)
    return {M_APP: _webview_host(app)}
