"""Holdout part "tertres": towns of 20,000 to 60,000 inhabitants whose participation goes through the
e-services portal (Publik) and the web pages of the town's mobile app, beside the town's own pages on
vendor CMSs, WordPress, Drupal, SPIP, Joomla and TYPO3: councils of an age group, neighbourhood councils
and walks, local consultations and votations, participatory budgets under local brands, idea boxes,
questionnaires, rights of petition, a neighbours' network, platforms (Decidim, Cap Collectif, Go Vocal),
boards (phpBB, Discourse), and the lookalikes such towns hold."""
from ..site import City, Site, page, social
from . import tertres_markup as m

P = page


def _feat(text):
    return tuple(text.split()) if text else ()


def pg(path, title, body, features="", decoys="", platforms=(), parent=()):
    return P(path, title, body, _feat(features), _feat(decoys), platforms, parent)


def _home(intro, tiles, news_items, agenda_items, banner="tarteaucitron", extra=""):
    return m.home(intro, tiles, news_items, agenda_items, banner) + extra


def _app_site(host, title, alerts, events, poll_page=None):
    """The web pages of the town's mobile app (alerts and events), as the app's vendor serves them."""
    rows = "".join(f'<article class="alert-card alert-card--{lvl}"><p class="alert-card__date">{d}</p><h2 class="alert-card__title">{t}</h2><p>{x}</p></article>'
                   for lvl, d, t, x in alerts)
    ev = "".join(f'<li class="event-card"><span class="event-card__date">{d}</span> <strong>{t}</strong> — {x}</li>' for d, t, x in events)
    menu = [("Alertes", "/"), ("Événements", "/evenements")]
    pages = [
        pg("/", "Alertes et informations", m.prose(f"Les dernières informations publiées par la mairie dans l'application {title}.")
           + f'<div class="alerts-feed">{rows}</div>' + m.prose("Téléchargez l'application gratuite pour recevoir les notifications sur votre téléphone.")
           + '<ul class="stores"><li><a href="/telecharger">Télécharger l\'application</a></li></ul>'),
        pg("/evenements", "Événements", f'<ul class="events-feed">{ev}</ul>'
           + m.prose("Les événements sont publiés par la commune et les associations référencées.")),
        pg("/telecharger", "Télécharger l'application", m.prose(
            "L'application est disponible sur les magasins d'applications Android et iOS.",
            "Aucun compte n'est nécessaire : choisissez votre commune et activez les notifications pour être alerté "
            "en cas de coupure d'eau, d'alerte météo ou de fermeture d'école.")),
    ]
    if poll_page:
        menu.append(("Sondages", poll_page.path))
        pages.append(poll_page)
    return Site(host, "vendor", title, pages, menu=menu, address="Application mobile d'information communale")


# ============================================================================================================
# 1. Cormeilhac (Haute-Garonne): vendor CMS + Publik portal + app pages
# ============================================================================================================

def cormeilhac() -> City:
    www_host, gru, app = "www.cormeilhac.fr", "demarches.cormeilhac.fr", "cormeilhac.monappli-mairie.fr"
    D = "/ma-ville/democratie-locale"
    IV = "/ma-ville/idees-vives"
    side = m.related([(D, "Cormeilhac en dialogue"), (f"{D}/conseils-de-quartier", "Les conseils de quartier"),
                      (f"{D}/balades-urbaines", "Balades urbaines"), (f"{D}/conseil-des-sages", "Le conseil des sages"),
                      (f"{D}/conseil-municipal-des-enfants", "Le conseil municipal des enfants"), (IV, "Budget participatif Idées vives")],
                     "Dans cette rubrique")
    news_items = [
        ("/actualites/elections-cme-2024", "Les écoliers ont élu leur nouveau conseil", "14/10/2024", "29 jeunes conseillers de CM1 et CM2 ont été élus dans les huit écoles."),
        ("/actualites/consultation-rythmes-scolaires-resultats", "Semaine scolaire : les résultats", "02/07/2024", "La semaine de quatre jours l'emporte."),
        (f"{IV}/laureats-2023", "Idées vives : les projets 2023 en travaux", "18/06/2024", "Le jardin partagé du Ramier est planté."),
        ("/appli-mobile", "Toute la ville dans votre poche", "03/05/2024", "L'application mobile de la ville change de version."),
    ]
    agenda_items = [(f"{D}/balades-urbaines", "Balade urbaine quartier des Sablières", "Sam. 16 nov."),
                    ("/ma-ville/conseil-municipal", "Conseil municipal", "Jeu. 21 nov."),
                    (f"{D}/conseils-de-quartier", "Plénière du conseil de quartier Centre", "Mar. 26 nov.")]
    tiles = [(f"http://{gru}/", "Mes démarches"), (f"http://{gru}/signaler-un-probleme-sur-la-voie-publique/", "Signaler un problème"),
             (f"http://{gru}/inscription-restauration-scolaire/", "Cantine et périscolaire"), (f"http://{gru}/paiement-factures/", "Payer une facture"),
             (IV, "Budget participatif"), ("/appli-mobile", "L'appli Cormeilhac"), ("/contact", "Contacter la mairie")]
    pages = [
        pg("/", "Accueil", _home("Bienvenue à Cormeilhac, ville de 41 000 habitants au bord de la Garonne.", tiles, news_items, agenda_items)),
        pg(D, "Cormeilhac en dialogue", m.with_aside(m.chapo(
            "Cormeilhac en dialogue réunit toutes les façons de prendre part aux décisions de la ville.") + m.prose(
            "Depuis 2021, la municipalité s'est dotée d'une charte de la participation adoptée en conseil municipal. Elle fixe les règles du jeu : "
            "information en amont des projets, réunions publiques, ateliers et retours systématiques sur ce qui a été retenu.",
            "Conseils de quartier, balades urbaines, conseil des sages, conseil municipal des enfants et budget participatif Idées vives : "
            "chacun peut s'impliquer selon son temps et ses envies.") + m.h2("Une adjointe déléguée") + m.prose(
            "Mme Hélène Sarrazin, adjointe à la démocratie locale, et le service Vie des quartiers accompagnent les instances. "
            "Contact : 05 61 00 42 10."), side), "participation_displayed", parent=("Ma ville", "/")),
        pg(f"{D}/conseils-de-quartier", "Les conseils de quartier", m.with_aside(m.prose(
            "La ville compte cinq conseils de quartier : Centre, Ramier, Sablières, Las Bordes et Garonne-Sud. Chacun réunit des habitants volontaires, "
            "des représentants d'associations et deux élus référents.",
            "Ils se réunissent en plénière trois fois par an, ouvertes à tous, et en commissions de travail entre deux séances. "
            "Ils donnent leur avis sur les projets d'aménagement et disposent d'une enveloppe de 8 000 euros par an pour des petits travaux.")
            + m.h2("Devenir membre") + m.prose("Les candidatures se font auprès du service Vie des quartiers ; les membres sont renouvelés par moitié tous les trois ans.")
            + m.ul(["Centre : plénière le 26 novembre, salle des fêtes", "Ramier : plénière le 3 décembre, école Jean-Jaurès",
                    "Sablières : plénière le 10 décembre, maison de quartier"]), side), "participation_displayed", parent=("Cormeilhac en dialogue", D)),
        # neighbourhood walks with residents and elected members: the town's participatory approach
        pg(f"{D}/balades-urbaines", "Balades urbaines", m.with_aside(m.prose(
            "Une fois par trimestre, le maire et les élus de quartier arpentent les rues avec les habitants pour repérer ce qui va et ce qui ne va pas : "
            "trottoirs abîmés, éclairage, stationnement, propreté.",
            "Chaque balade fait l'objet d'un compte rendu et d'un suivi des engagements présenté au conseil de quartier suivant.")
            + m.h2("Prochaine balade") + m.prose("Samedi 16 novembre, 10 h, départ de la place des Sablières. Sans inscription."), side),
           "participation_displayed", parent=("Cormeilhac en dialogue", D)),
        pg(f"{D}/conseil-des-sages", "Le conseil des sages", m.with_aside(m.prose(
            "Instance consultative créée en 2009, le conseil des sages rassemble 24 Cormeilhacais de plus de 60 ans, retraités, qui mettent leur expérience au service de la ville.",
            "Il travaille en commissions (cadre de vie, solidarités, mémoire) sur saisine du maire ou de sa propre initiative, et remet chaque année un rapport au conseil municipal."), side),
           "participation_displayed", parent=("Cormeilhac en dialogue", D)),
        # a children's council presented among the town's participation bodies
        pg(f"{D}/conseil-municipal-des-enfants", "Le conseil municipal des enfants", m.with_aside(m.prose(
            "Élus pour deux ans par leurs camarades de CM1 et CM2, les jeunes conseillers se réunissent en commissions le mercredi après-midi.",
            "Ils portent leurs propres projets (une boîte à livres, une journée propreté) et sont consultés sur les aménagements qui concernent les enfants, comme les cours d'école."), side),
           "participation_displayed", parent=("Cormeilhac en dialogue", D)),
        # news of an election of children, naming the council in passing
        pg("/actualites/elections-cme-2024", "Les écoliers ont élu leur nouveau conseil", m.prose(
            "Urnes, isoloirs et cartes d'électeur : les élèves de CM1 et CM2 ont voté jeudi dans les huit écoles de la ville.",
            "Les 29 élus seront installés le 6 novembre en salle du conseil, en présence du maire.")
           + m.share(f"http://{www_host}/actualites/elections-cme-2024", "Élections du CME"), decoys="participation_displayed"),
        pg(IV, "Idées vives, le budget participatif", m.chapo("Idées vives : 150 000 euros pour des projets imaginés par les habitants.") + m.prose(
            "Chaque année, la ville réserve une part de son budget d'investissement à des projets proposés puis choisis par les Cormeilhacais de plus de 11 ans.",
            "Déposez votre projet en ligne sur le portail des démarches jusqu'au 31 janvier. Les projets recevables sont soumis au vote en mai.")
           + m.steps([("Dépôt des projets", "du 1er novembre au 31 janvier", "Sur le portail des démarches ou sur papier en mairie.", "current"),
                      ("Étude de faisabilité", "février - mars", "Les services vérifient le coût et la faisabilité.", "next"),
                      ("Vote", "du 2 au 23 mai", "Chaque habitant choisit trois projets.", "next"),
                      ("Réalisation", "à partir de septembre", "Les lauréats sont réalisés dans les 18 mois.", "next")])
           + m.prose(m.link(f"http://{gru}/idees-vives-deposer-un-projet/", "Déposer mon projet", "btn btn--primary"),
                     m.link(f"{IV}/reglement", "Lire le règlement"), m.link(f"{IV}/laureats-2023", "Les lauréats de l'édition 2023")),
           "participatory_budget", parent=("Ma ville", "/")),
        pg(f"{IV}/reglement", "Règlement d'Idées vives", m.prose(
            "Article 1 : le budget participatif est ouvert à toute personne habitant Cormeilhac, âgée d'au moins 11 ans.",
            "Article 2 : un projet relève de l'investissement, sert l'intérêt général, se situe sur le domaine public communal et ne dépasse pas 40 000 euros.",
            "Article 3 : chaque participant vote pour trois projets au plus, en ligne ou dans les urnes installées en mairie et dans les maisons de quartier.",
            "Article 4 : les projets qui recueillent le plus de voix sont retenus dans la limite de l'enveloppe."), "participatory_budget", parent=("Idées vives", IV)),
        # winners of a past edition: still the participatory budget's own page
        pg(f"{IV}/laureats-2023", "Idées vives 2023 : les lauréats", m.prose(
            "2 814 habitants ont voté lors de la deuxième édition du budget participatif. Sept projets ont été retenus :")
           + m.ul(["Un jardin partagé au Ramier (38 000 €)", "Des bancs le long de la Garonne (12 000 €)", "Une boîte à livres par école (9 000 €)",
                   "Un terrain de basket 3x3 aux Sablières (36 000 €)"]) + m.prose("Ils seront réalisés d'ici la fin 2025."), "participatory_budget", parent=("Idées vives", IV)),
        pg("/ma-ville/finances/budget-primitif-2024", "Budget primitif 2024", m.prose(
            "Le conseil municipal a adopté le budget primitif 2024 le 28 mars : 52,3 millions d'euros, dont 14,1 millions d'investissement.",
            "Les taux communaux de fiscalité restent inchangés pour la sixième année. Le rapport d'orientation budgétaire et la note de présentation sont téléchargeables ci-dessous.")
           + m.ul(['<a href="/ma-ville/conseil-municipal">Délibérations du conseil municipal</a>']), decoys="participatory_budget"),
        pg("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 39 élus. Ses séances sont publiques et retransmises en direct.")
           + m.h2("Prochaines séances") + m.ul(["Jeudi 21 novembre, 18 h 30 : budget supplémentaire, tarifs 2025", "Jeudi 19 décembre, 18 h 30 : débat d'orientation budgétaire"])
           + m.h2("Ordre du jour") + m.prose("1. Approbation du procès-verbal. 2. Décision modificative n°2. 3. Convention avec le SDEHG."), decoys="participation_displayed"),
        # the gendarmerie's neighbourhood watch is not the town's participatory approach
        pg("/securite/participation-citoyenne", "Participation citoyenne : le dispositif avec la gendarmerie", m.prose(
            "Le protocole de participation citoyenne signé avec la gendarmerie associe des habitants référents à la sécurité de leur quartier.",
            "Les référents signalent aux gendarmes les faits inhabituels : démarchages suspects, véhicules en repérage. Ils ne remplacent pas les forces de l'ordre.",
            "Pour devenir référent, adressez-vous à la police municipale."), decoys="participation_displayed territorial_social_network"),
        # results of a closed consultation: no way to answer any more
        pg("/actualites/consultation-rythmes-scolaires-resultats", "Semaine scolaire : les résultats de la consultation", m.prose(
            "La consultation des familles sur l'organisation de la semaine scolaire s'est close le 14 juin. 1 906 familles ont répondu.")
           + m.results_table("Quelle organisation de la semaine à la rentrée 2025 ?", [("Quatre jours", "1 142", 60), ("Quatre jours et demi", 764, 40)],
                             "Le conseil d'école et le conseil municipal suivront l'avis majoritaire."), decoys="poll"),
        # the app's presentation page: alerts and events, not a neighbours' network
        pg("/appli-mobile", "L'application Cormeilhac", m.prose(
            "Alertes météo, travaux, coupures d'eau, agenda des sorties : l'application de la ville vous informe en temps réel.",
            f"Consultez aussi ses pages en ligne : {m.link(f'http://{app}/', 'les alertes de la commune')}.") , decoys="territorial_social_network"),
        pg("/contact", "Contacter la mairie", m.prose(
            "Hôtel de ville, place de la République. Ouvert du lundi au vendredi, 8 h 30 - 17 h 30. Téléphone : 05 61 00 42 00.",
            f"Pour toute question, utilisez le {m.link(f'http://{gru}/contacter-la-mairie/', 'formulaire de contact du portail des démarches')}.")),
    ]
    www = Site(www_host, "vendor", "Ville de Cormeilhac", pages,
               menu=[("Ma ville", D), ("Démarches", f"http://{gru}/"), ("Budget participatif", IV), ("Finances", "/ma-ville/finances/budget-primitif-2024"),
                     ("Sécurité", "/securite/participation-citoyenne"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeCormeilhac"), social("instagram", "cormeilhac_officiel")],
               address="Place de la République, 31870 Cormeilhac")
    portal = [
        pg("/", "Mes démarches", m.prose("Bienvenue sur le portail des démarches de la ville de Cormeilhac.") + m.publik_tiles([
            ("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme-sur-la-voie-publique/", "Signaler un problème sur la voie publique"),
            ("/inscription-restauration-scolaire/", "Inscription à la restauration scolaire"), ("/paiement-factures/", "Payer une facture"),
            ("/idees-vives-deposer-un-projet/", "Idées vives : déposer un projet"), ("/questionnaire-mobilites/", "Questionnaire : vos déplacements")])),
        pg("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("contacter-la-mairie", "Votre demande est transmise au service concerné, qui vous répond sous 10 jours ouvrés.", [
            ("select", "Objet de votre demande", ["Question générale", "État civil", "Urbanisme", "Autre"]), ("string", "Nom"), ("string", "Prénom"),
            ("email", "Courriel"), ("text", "Votre message")], "Envoyer"), "contact_form"),
        # a filing form of the participatory budget: structured project, not a message to the city
        pg("/idees-vives-deposer-un-projet/", "Idées vives : déposer un projet", m.wcs_form("idees-vives-deposer-un-projet",
            "Vous avez une idée pour votre quartier ? Décrivez votre projet pour le budget participatif Idées vives (dépôts jusqu'au 31 janvier).", [
            ("string", "Titre du projet"), ("select", "Quartier", ["Centre", "Ramier", "Sablières", "Las Bordes", "Garonne-Sud"]),
            ("text", "Description du projet"), ("string", "Lieu précis"), ("string", "Coût estimé (€)"), ("file", "Photo ou plan (facultatif)"),
            ("string", "Nom du porteur"), ("email", "Courriel")], "Déposer mon projet"), "suggestion_call participatory_budget"),
        # a report form: it files an incident on a map, it is not a message to the city
        pg("/signaler-un-probleme-sur-la-voie-publique/", "Signaler un problème sur la voie publique", m.wcs_form("signaler-un-probleme-sur-la-voie-publique",
            "Nid-de-poule, lampadaire éteint, dépôt sauvage : localisez le problème, les services techniques interviennent.", [
            ("select", "Type de problème", ["Chaussée / nid-de-poule", "Éclairage public", "Propreté", "Mobilier urbain"]),
            ("string", "Adresse ou repère"), ("file", "Photo"), ("string", "Précisions (50 caractères)"), ("email", "Courriel pour le suivi")], "Signaler"),
           decoys="contact_form"),
        pg("/inscription-restauration-scolaire/", "Inscription à la restauration scolaire", m.wcs_form("inscription-restauration-scolaire",
            "Inscription annuelle de votre enfant à la cantine et à l'accueil périscolaire.", [
            ("string", "Nom de l'enfant"), ("string", "Prénom de l'enfant"), ("date", "Date de naissance"),
            ("select", "École", ["Jean-Jaurès", "Les Sablières", "Pasteur", "Le Ramier"]), ("radio", "Jours de cantine", ["Lundi, mardi, jeudi, vendredi", "Jours variables"]),
            ("check", "J'accepte le règlement intérieur")], "Inscrire mon enfant"), decoys="contact_form"),
        pg("/paiement-factures/", "Payer une facture", m.payment("/paiement-factures/") + m.prose("Cantine, crèche, école de musique : réglez vos factures en ligne."),
           decoys="contact_form"),
        pg("/questionnaire-mobilites/", "Questionnaire : vos déplacements", m.wcs_form("questionnaire-mobilites",
            "La ville prépare son plan vélo. Répondez à ce questionnaire en cinq minutes, jusqu'au 15 décembre.", [
            ("radio", "Comment vous rendez-vous au travail ?", ["Voiture", "Vélo", "Bus", "À pied"]),
            ("radio", "Utiliseriez-vous davantage le vélo avec une piste vers la gare ?", ["Oui", "Peut-être", "Non"]),
            ("select", "Votre quartier", ["Centre", "Ramier", "Sablières", "Las Bordes", "Garonne-Sud"])], "Envoyer mes réponses"), "poll"),
    ]
    portal_site = Site(gru, "publik", "Démarches - Cormeilhac", portal, menu=[("Accueil", "/"), ("Site de la ville", f"http://{www_host}/")],
                       address="Ville de Cormeilhac")
    app_poll = pg("/sondages", "Sondages", m.prose("Aucun sondage n'est en cours.") + m.h2("Dernier sondage clos")
                  + m.results_table("Faut-il un marché de producteurs le dimanche ?", [("Oui", 688, 71), ("Non", 281, 29)], "Sondage clos le 30 septembre."),
                  decoys="poll")
    app_site = _app_site(app, "Cormeilhac", [("warning", "12/11/2024", "Travaux avenue de Toulouse", "Circulation alternée jusqu'au 22 novembre."),
                                             ("info", "08/11/2024", "Collecte des encombrants", "Inscription obligatoire auprès des services techniques.")],
                         [("16/11", "Balade urbaine", "quartier des Sablières"), ("23/11", "Marché de Noël", "place de la République")], app_poll)
    return City("99461", "Cormeilhac", 41_200, "31", "76", "Occitanie", f"http://{www_host}/", [www, portal_site, app_site])


# ============================================================================================================
# 2. Vaudrelle-sur-Sèvre (Deux-Sèvres): WordPress, a neighbours' network of the town, app pages
# ============================================================================================================

def vaudrelle() -> City:
    www_host, net, app = "www.vaudrelle.fr", "voisins.vaudrelle.fr", "vaudrelle.panneau-mairie.fr"
    poll = m.wp_polls(12, "Que souhaitez-vous en priorité au parc des Tanneries ?",
                      ["Une aire de jeux agrandie", "Un espace pique-nique ombragé", "Un parcours sportif", "Des jardins familiaux"])
    sidebar = (m.related([("/participer/", "Participer"), ("/participer/conseils-de-quartier/", "Conseils de quartier"),
                          ("/participer/conseil-des-jeunes/", "Conseil des jeunes"), ("/participer/boite-a-idees/", "Boîte à idées"),
                          ("/participer/reseau-de-voisins/", "Les Voisins de Vaudrelle"),
                          ("/participer/resultats-sondage-marche/", "Résultats du sondage sur le marché"),
                          ("/lettre-d-information/", "S'abonner à la lettre d'information")], "Participer")
               + m.newsletter("/lettre-d-information/"))
    news_items = [("/actualites/travaux-rue-des-halles/", "Rue des Halles : les travaux commencent", "4 novembre 2024", "Six mois de chantier pour une rue apaisée."),
                  ("/actualites/fete-de-la-musique/", "Retour en images sur la fête de la musique", "24 juin 2024", "Douze scènes, une belle soirée."),
                  ("/actualites/forum-des-associations/", "Forum des associations le 7 septembre", "20 août 2024", "Plus de 90 associations présentes."),
                  ("/actualites/petition-maternite/", "Maternité : le conseil municipal vote une motion", "12 mars 2024", "Soutien au maintien du service.")]
    tiles = [("/participer/", "Participer"), ("/participer/sondage-parc-des-tanneries/", "Parc des Tanneries : votre avis"),
             ("/participer/boite-a-idees/", "Boîte à idées"), ("/application-mobile/", "Appli mobile"), ("/vie-municipale/budget/", "Budget"),
             ("/contact/", "Contact"), (f"http://{net}/", "Les Voisins de Vaudrelle")]
    agenda_items = [("/participer/conseils-de-quartier/", "Conseil de quartier Saint-Florent", "19 nov."),
                    ("/actualites/forum-des-associations/", "Forum des associations", "7 sept.")]
    pages = [
        pg("/", "Accueil", _home("Vaudrelle-sur-Sèvre, 27 000 habitants, ville d'eau et de tanneurs.", tiles, news_items, agenda_items, "complianz")),
        pg("/participer/", "Participer", m.with_aside(m.prose(
            "Vaudrelle, c'est vous ! La ville associe ses habitants aux projets qui transforment leur quotidien.",
            "Quatre conseils de quartier, un conseil des jeunes, des réunions publiques avant chaque grand chantier et des consultations en ligne "
            "permettent à chacun de donner son avis et d'être entendu.",
            "Les comptes rendus de toutes les réunions de concertation sont publiés sur ce site."), sidebar, "widget-area"), "participation_displayed"),
        pg("/participer/conseils-de-quartier/", "Les conseils de quartier", m.with_aside(m.prose(
            "Saint-Florent, Les Tanneries, Le Bourg et La Plaine : chaque quartier a son conseil, composé de 20 habitants tirés au sort parmi les volontaires.",
            "Les conseils se réunissent quatre fois par an. Ils font remonter les besoins du quartier et donnent leur avis sur les projets de la ville.",
            "Prochaine réunion du conseil Saint-Florent : mardi 19 novembre, 18 h 30, salle Pierre-Loti."), sidebar, "widget-area"), "participation_displayed"),
        # a young people's council presented as part of the town's participatory approach
        pg("/participer/conseil-des-jeunes/", "Le conseil des jeunes", m.with_aside(m.prose(
            "Le conseil des jeunes réunit 30 Vaudrellois de 12 à 17 ans, élus dans les collèges et au lycée.",
            "Ils ont porté le skatepark du bord de Sèvre et préparent une fête de la jeunesse. Ils sont consultés sur l'offre de loisirs de la ville."),
            sidebar, "widget-area"), "participation_displayed"),
        pg("/participer/sondage-parc-des-tanneries/", "Parc des Tanneries : donnez votre avis", m.with_aside(m.prose(
            "Le parc des Tanneries sera réaménagé en 2025. Avant d'arrêter le programme, la ville veut connaître vos priorités.",
            "Votez dans le sondage ci-contre jusqu'au 15 décembre. Une réunion publique présentera ensuite les premières esquisses."),
            poll + sidebar, "widget-area"), "poll"),
        pg("/participer/boite-a-idees/", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Vaudrelle ? Un aménagement, une animation, un service qui manque ?",
            "Proposez-la ici : chaque idée est lue par les élus et reçoit une réponse. Les plus partagées sont présentées en conseil de quartier.")
           + m.cf7("/participer/boite-a-idees/", 318, '<p><label>Votre quartier<br><span class="wpcf7-form-control-wrap" data-name="quartier"><select class="wpcf7-form-control wpcf7-select" name="quartier"><option>Saint-Florent</option><option>Les Tanneries</option><option>Le Bourg</option><option>La Plaine</option></select></span></label></p>'),
           "suggestion_call contact_form"),
        # results of a closed WP-Polls poll: nothing to answer
        pg("/participer/resultats-sondage-marche/", "Résultats du sondage sur le marché", m.prose("Le sondage sur le jour du marché est terminé. Merci aux participants.")
           + m.wp_polls_results(9, "Quel jour pour le marché de plein vent ?", [("Samedi matin", 58, 412), ("Mercredi matin", 27, 192), ("Vendredi soir", 15, 107)], 711),
           decoys="poll"),
        # the town's page presenting its neighbours' network, with links into it
        pg("/participer/reseau-de-voisins/", "Les Voisins de Vaudrelle, le réseau de voisinage", m.with_aside(m.prose(
            "Les Voisins de Vaudrelle est le réseau social de proximité de Vaudrelle : prêter une perceuse, proposer un covoiturage, signaler un chat perdu, organiser la fête des voisins.",
            "Gratuit et réservé aux habitants, il est animé par la ville et les centres sociaux. Chaque quartier a son groupe.",
            m.link(f"http://{net}/", "Rejoindre mes voisins sur le réseau", "wp-block-button__link")), sidebar, "widget-area"),
           "territorial_social_network"),
        pg("/actualites/travaux-rue-des-halles/", "Rue des Halles : les travaux commencent", m.prose(
            "Les travaux de réaménagement de la rue des Halles commencent le 12 novembre pour six mois. La rue deviendra une zone de rencontre limitée à 20 km/h.",
            "Les commerces restent accessibles pendant toute la durée du chantier.")
           + m.wp_comments([("Martine G.", "5 novembre 2024", "Et pour les livraisons du matin, comment fait-on ?"),
                            ("Ville de Vaudrelle", "5 novembre 2024", "Un créneau de livraison est maintenu de 7 h à 10 h.")], 842)
           + m.share(f"http://{www_host}/actualites/travaux-rue-des-halles/"), "comments"),
        pg("/actualites/fete-de-la-musique/", "Retour en images sur la fête de la musique", m.prose(
            "Douze scènes et plusieurs milliers de spectateurs : la fête de la musique a animé le centre-ville jusqu'à minuit.")
           + m.wp_comments([], 790, open_=False), decoys="comments"),
        pg("/actualites/forum-des-associations/", "Forum des associations le 7 septembre", m.prose(
            "Le forum des associations se tient samedi 7 septembre à la salle omnisports, de 10 h à 18 h.",
            "Sport, culture, solidarité : venez rencontrer les bénévoles et inscrire vos enfants aux activités."), decoys="forum"),
        # a motion and a national petition named in passing, no signing space of the town
        pg("/actualites/petition-maternite/", "Maternité : le conseil municipal vote une motion", m.prose(
            "Le conseil municipal a voté à l'unanimité une motion pour le maintien de la maternité de l'hôpital de Vaudrelle.",
            "Un collectif d'usagers fait aussi circuler une pétition sur une plateforme nationale de pétitions en ligne ; la ville n'en est pas l'organisatrice."),
           decoys="petition"),
        pg("/contact/", "Contact", m.prose("Hôtel de ville, 1 place des Tanneurs. Du lundi au vendredi, 9 h - 12 h 30 et 13 h 30 - 17 h 30.") + m.cf7("/contact/", 27),
           "contact_form", "suggestion_call"),
        pg("/lettre-d-information/", "La lettre d'information", m.prose("Recevez chaque mois l'essentiel de l'actualité de Vaudrelle.") + m.newsletter("/lettre-d-information/"),
           decoys="contact_form"),
        pg("/vie-municipale/budget/", "Le budget de la ville", m.prose(
            "Budget primitif 2024 : 31,8 millions d'euros. Priorités : la rénovation énergétique des écoles et la rue des Halles.",
            "Le compte administratif 2023 a été approuvé le 27 juin.") + m.ul(["Budget primitif 2024 (PDF, 2,1 Mo)", "Compte administratif 2023 (PDF, 1,8 Mo)"]),
           decoys="participatory_budget"),
        pg("/application-mobile/", "L'application mobile", m.prose(
            "Vaudrelle est sur une application d'alertes municipales : travaux, météo, événements.",
            m.link(f"http://{app}/", "Voir les alertes en ligne"))),
    ]
    www = Site(www_host, "wordpress", "Vaudrelle-sur-Sèvre", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer/"), ("Actualités", "/actualites/travaux-rue-des-halles/"),
                     ("Vie municipale", "/vie-municipale/budget/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "vaudrellesursevre"), social("youtube", "VilleDeVaudrelle")], address="1 place des Tanneurs, 79400 Vaudrelle-sur-Sèvre")
    feed = lambda posts: "".join(f'<article class="post-card"><header class="post-card__author">{a} <span class="post-card__place">· {q}</span></header>'
                                 f'<p>{t}</p><footer class="post-card__actions"><span>{n} réponses</span> <a href="/connexion">Répondre</a></footer></article>' for a, q, t, n in posts)
    netpages = [
        pg("/", "Les Voisins de Vaudrelle", m.prose("Le réseau social des voisins de Vaudrelle-sur-Sèvre : entraide, prêts d'objets, bons plans et événements de quartier.")
           + m.ul([m.link("/quartiers/les-tanneries", "Groupe Les Tanneries"), m.link("/entraide", "Entraide et services")])
           + '<section class="feed">' + feed([("Nadia B.", "Saint-Florent", "Je prête ma remorque ce week-end, qui en a besoin ?", 3), ("Paul R.", "Le Bourg", "Chat tigré trouvé rue de la Fontaine.", 5)]) + '</section>',
           "territorial_social_network"),
        pg("/quartiers/les-tanneries", "Groupe Les Tanneries", m.prose("412 voisins inscrits dans ce groupe.")
           + '<section class="feed">' + feed([("Élodie M.", "Les Tanneries", "Fête des voisins le 31 mai dans la cour du 12 : apportez un plat !", 14), ("Karim S.", "Les Tanneries", "Quelqu'un pour un covoiturage vers la gare à 7 h ?", 2)]) + '</section>'
           + '<form class="composer" action="/publications" method="post"><textarea name="contenu" placeholder="Écrire à vos voisins..."></textarea><button type="submit">Publier</button></form>',
           "territorial_social_network"),
        pg("/entraide", "Entraide et services", m.prose("Proposez ou demandez un coup de main entre voisins : courses, bricolage, aide aux devoirs.")
           + '<section class="feed">' + feed([("Simone D.", "La Plaine", "Je cherche quelqu'un pour arroser mes plantes en août.", 4)]) + '</section>',
           "territorial_social_network"),
    ]
    network = Site(net, "community", "Les Voisins de Vaudrelle", netpages, menu=[("Fil du réseau", "/"), ("Entraide", "/entraide")])
    app_site = _app_site(app, "Vaudrelle-sur-Sèvre", [("danger", "14/11/2024", "Coupure d'eau rue des Ormeaux", "De 9 h à 12 h pour travaux sur le réseau."),
                                                       ("info", "10/11/2024", "Cérémonie du 11 Novembre", "Rassemblement à 10 h 45 au monument aux morts.")],
                         [("19/11", "Conseil de quartier", "Saint-Florent"), ("07/12", "Téléthon", "salle omnisports")])
    return City("99462", "Vaudrelle-sur-Sèvre", 27_300, "79", "75", "Nouvelle-Aquitaine", f"http://{www_host}/", [www, network, app_site])


# ============================================================================================================
# 3. Montferrieu (Rhône): Drupal, a Decidim platform of the town
# ============================================================================================================

def _decidim_card(href, title, meta, supports=None):
    sup = f'<span class="card__list-metadata-item">{supports} soutiens</span>' if supports is not None else ""
    return (f'<a href="{href}" class="card__list"><div class="card__list-content"><h3 class="card__list-title">{title}</h3>'
            f'<div class="card__list-metadata"><span>{meta}</span>{sup}</div></div></a>')


def montferrieu() -> City:
    www_host, dec = "www.montferrieu.fr", "participer.montferrieu.fr"
    BP = "/processes/budget-participatif-2024"
    news_items = [("/actualites/montferrieu-lance-sa-plateforme", "La ville lance sa plateforme de participation", "12/09/2024", "Un site pour proposer et voter."),
                  ("/actualites/nouvelle-aire-de-jeux", "Une nouvelle aire de jeux au parc Bellevue", "30/08/2024", "Ouverture avant les vacances."),
                  ("/urbanisme/enquete-publique-plu", "Modification du PLU : enquête publique", "02/09/2024", "Du 23 septembre au 25 octobre."),
                  ("/culture/appel-a-candidatures-artistes", "Résidence d'artistes : appel à candidatures", "15/07/2024", "Dossiers avant le 30 septembre.")]
    tiles = [("/democratie-participative", "Démocratie participative"), (f"http://{dec}/", "Je participe"), ("/contact", "Contact"),
             ("/marches-publics", "Marchés publics"), ("/vie-municipale/recensement", "Recensement"), ("/vie-municipale/conseil-municipal", "Conseil municipal")]
    agenda_items = [("/democratie-participative/comites-de-quartier", "Comité de quartier Bellevue", "25 nov."), ("/vie-municipale/conseil-municipal", "Conseil municipal", "28 nov.")]
    pages = [
        pg("/", "Accueil", _home("Ville de Montferrieu, 33 800 habitants, aux portes de Lyon.", tiles, news_items, agenda_items, "eu")),
        pg("/democratie-participative", "Démocratie participative", m.prose(
            "La démocratie participative est au cœur du projet municipal : comités de quartier, conseil des aînés, concertations sur les projets d'urbanisme et budget participatif.",
            f"Depuis septembre 2024, la plateforme {m.link(f'http://{dec}/', 'participer.montferrieu.fr')} permet de proposer des idées, de répondre aux consultations et de voter.",
            "Une charte de la participation, adoptée en conseil municipal, garantit la transparence : chaque avis reçoit une réponse argumentée.")
           + m.ul([m.link("/democratie-participative/comites-de-quartier", "Les comités de quartier"), m.link("/democratie-participative/conseil-des-aines", "Le conseil des aînés")]),
           "participation_displayed"),
        pg("/democratie-participative/comites-de-quartier", "Les comités de quartier", m.prose(
            "Six comités de quartier, ouverts à tous les habitants, se réunissent au moins deux fois par an avec les élus de secteur.",
            "Ils relaient les attentes des habitants, suivent les travaux de proximité et participent aux ateliers de concertation.",
            "Prochain comité : quartier Bellevue, lundi 25 novembre à 19 h, maison des associations."), "participation_displayed", parent=("Démocratie participative", "/democratie-participative")),
        pg("/democratie-participative/conseil-des-aines", "Le conseil des aînés", m.prose(
            "Le conseil des aînés réunit 18 habitants de plus de 65 ans désignés pour trois ans. Il rend des avis sur la mobilité, l'habitat et la vie sociale des seniors.",
            "Il a récemment proposé l'installation de bancs sur le trajet entre le centre et le cimetière."), "participation_displayed", parent=("Démocratie participative", "/democratie-participative")),
        # a news item about the platform: it names Decidim, it is not the platform
        pg("/actualites/montferrieu-lance-sa-plateforme", "La ville lance sa plateforme de participation", m.prose(
            "Construite avec le logiciel libre Decidim, déjà utilisé par de nombreuses collectivités, la nouvelle plateforme de la ville ouvre le 15 septembre.",
            "Il suffit de créer un compte pour proposer, commenter et voter. Des permanences numériques sont organisées à la médiathèque pour accompagner ceux qui le souhaitent.")
           + m.share(f"http://{www_host}/actualites/montferrieu-lance-sa-plateforme"), decoys="participatory_platform"),
        pg("/actualites/nouvelle-aire-de-jeux", "Une nouvelle aire de jeux au parc Bellevue", m.prose(
            "Toboggan, tyrolienne et jeux pour les tout-petits : la nouvelle aire de jeux du parc Bellevue ouvre ses portes.")
           + m.drupal_comments(214, [("Céline", "31/08/2024", "Super, mais il manque de l'ombre l'après-midi."), ("Anonyme", "01/09/2024", "Mes enfants adorent la tyrolienne !")]),
           "comments"),
        pg("/contact", "Contact", m.prose("Mairie de Montferrieu, 2 place de l'Hôtel-de-Ville. Accueil du lundi au samedi matin.")
           + m.webform("/contact", "contact", [("text", "name", "Votre nom"), ("email", "email", "Votre adresse de courriel"),
                                               ("text", "subject", "Sujet"), ("textarea", "message", "Message")], "Envoyer le message"), "contact_form"),
        pg("/marches-publics", "Marchés publics", m.prose(
            "Les appels d'offres de la ville sont publiés sur le profil d'acheteur. Consultations en cours :")
           + m.ul(["Réfection de la toiture du gymnase Pasteur - date limite : 6 décembre", "Fourniture de repas en liaison froide - date limite : 13 décembre"]),
           decoys="suggestion_call"),
        pg("/culture/appel-a-candidatures-artistes", "Résidence d'artistes : appel à candidatures", m.prose(
            "La ville lance un appel à candidatures pour une résidence de création de trois mois à la chapelle Saint-Roch.",
            "Dossier (note d'intention, CV, visuels) à envoyer avant le 30 septembre au service culturel."), decoys="suggestion_call"),
        # a public inquiry of the planning code: a register of observations, not a poll
        pg("/urbanisme/enquete-publique-plu", "Modification du PLU : enquête publique", m.prose(
            "Par arrêté du maire, une enquête publique sur la modification n°3 du plan local d'urbanisme se tient du 23 septembre au 25 octobre.",
            "Le commissaire enquêteur tiendra trois permanences en mairie. Les observations peuvent être consignées dans le registre ou adressées par courrier."),
           decoys="poll"),
        pg("/vie-municipale/recensement", "Recensement de la population", m.prose(
            "Le recensement annuel de l'INSEE a lieu du 16 janvier au 22 février. Un agent recenseur muni d'une carte officielle passera chez les foyers tirés au sort.",
            "Vous pouvez répondre en ligne avec les codes remis par l'agent."), decoys="poll"),
        pg("/vie-municipale/conseil-municipal", "Le conseil municipal", m.prose(
            "Prochaine séance : jeudi 28 novembre à 19 h. Ordre du jour : décision modificative, tarifs 2025, rapport sur le prix de l'eau.",
            "Les séances sont publiques. Les procès-verbaux sont publiés dans le recueil des actes administratifs."), decoys="participation_displayed"),
    ]
    www = Site(www_host, "drupal", "Ville de Montferrieu", pages,
               menu=[("Accueil", "/"), ("Démocratie participative", "/democratie-participative"), ("Je participe", f"http://{dec}/"),
                     ("Vie municipale", "/vie-municipale/conseil-municipal"), ("Contact", "/contact")],
               accounts=[social("facebook", "montferrieu"), social("x", "VilleMontferrieu"), social("linkedin", "ville-de-montferrieu")],
               address="2 place de l'Hôtel-de-Ville, 69330 Montferrieu")
    proposals = [(f"{BP}/f/11/proposals/87", "Un verger partagé au parc Bellevue", "Déposée par Jeanne L.", 64),
                 (f"{BP}/f/11/proposals/88", "Des abris vélos sécurisés à la gare", "Déposée par Collectif Vélo", 112)]
    dpages = [
        pg("/", "Participer à Montferrieu", m.prose("Bienvenue sur la plateforme de participation de la ville de Montferrieu.")
           + '<section class="home__section"><h2 class="h2 decorator">Processus en cours</h2><div class="card__grid">'
           + _decidim_card(BP, "Budget participatif 2024", "Étape : dépôt des propositions") + _decidim_card("/processes/semaine-scolaire", "Quelle semaine scolaire pour nos enfants ?", "Consultation")
           + _decidim_card("/processes/nom-de-la-place/f/31/proposals", "Un nom pour la nouvelle place", "Appel à propositions") + "</div></section>"),
        pg(BP, "Budget participatif 2024", m.prose("200 000 € pour des projets d'habitants. Proposez jusqu'au 15 décembre, votez en mars.")
           + '<div class="process__steps"><ol><li class="is-active">Dépôt des propositions</li><li>Analyse</li><li>Vote</li><li>Résultats</li></ol></div>'
           + '<nav class="process__components"><ul>' + f'<li><a href="{BP}/f/11/proposals">Propositions</a></li><li><a href="{BP}/f/12/projects">Projets et vote</a></li></ul></nav>',
           "participatory_budget", platforms=("decidim",)),
        pg(f"{BP}/f/11/proposals", "Propositions", f'<a href="{BP}/f/11/proposals/new" class="button button__sm button__secondary">Nouvelle proposition</a>'
           + '<div id="proposals" class="card__list-list">' + "".join(_decidim_card(h, t, a, n) for h, t, a, n in proposals) + "</div>",
           "participatory_budget suggestion_call", platforms=("decidim",)),
        pg(f"{BP}/f/11/proposals/new", "Nouvelle proposition", '<form class="new_proposal proposal_form_admin" id="new_proposal" action="' + BP + '/f/11/proposals" method="post">'
           '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="150">'
           '<label for="proposal_body">Décrivez votre proposition</label><textarea name="proposal[body]" id="proposal_body" rows="10"></textarea>'
           '<label for="proposal_address">Adresse</label><input type="text" name="proposal[address]" id="proposal_address">'
           '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>', "participatory_budget suggestion_call", platforms=("decidim",)),
        pg(f"{BP}/f/11/proposals/87", "Un verger partagé au parc Bellevue", m.prose(
            "Planter une vingtaine d'arbres fruitiers en accès libre, entretenus avec l'école voisine.")
           + '<div class="comments" id="comments-for-Proposal-87"><h2 class="h4">2 commentaires</h2>'
           + '<div class="comment" id="comment_301"><p class="comment__author">Marc T.</p><div class="comment__content"><p>Bonne idée, et pourquoi pas des ruches ?</p></div></div>'
           + '<div class="comment" id="comment_302"><p class="comment__author">Sandrine</p><div class="comment__content"><p>Je suis prête à aider pour l\'entretien.</p></div></div>'
           + '<form class="new_comment" id="new_comment_for_Proposal_87" action="/comments" method="post"><label for="add-comment-Proposal-87">Ajouter un commentaire</label>'
           + '<textarea name="comment[body]" id="add-comment-Proposal-87" maxlength="1000"></textarea><input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vUHJvcG9zYWwvODc">'
           + '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div>',
           "comments participatory_budget", platforms=("decidim",)),
        pg(f"{BP}/f/11/proposals/88", "Des abris vélos sécurisés à la gare", m.prose("Installer deux abris fermés et éclairés près de la gare, accessibles par badge."),
           "participatory_budget", platforms=("decidim",)),
        pg(f"{BP}/f/12/projects", "Projets et vote", m.prose("Le vote ouvrira le 1er mars 2025. Vous pourrez répartir 200 000 € entre les projets retenus.")
           + '<div class="budget-summary"><p class="budget-summary__total">Budget : 200 000 €</p></div>'
           + '<ul class="budget-list"><li class="budget-list__item">Projets en cours d\'analyse par les services.</li></ul>',
           "participatory_budget", platforms=("decidim",)),
        pg("/processes/semaine-scolaire", "Quelle semaine scolaire pour nos enfants ?", m.prose(
            "La ville consulte les familles, les enseignants et les animateurs sur l'organisation de la semaine scolaire à la rentrée 2025.",
            "Répondez au questionnaire jusqu'au 20 décembre ; une réunion publique présentera la synthèse.")
           + '<nav class="process__components"><ul><li><a href="/processes/semaine-scolaire/f/21/surveys">Questionnaire</a></li></ul></nav>',
           "participation_displayed", platforms=("decidim",)),
        pg("/processes/semaine-scolaire/f/21/surveys", "Questionnaire", '<form class="answer-questionnaire" action="/processes/semaine-scolaire/f/21/surveys/answer" method="post">'
           '<div class="questionnaire-question"><p class="questionnaire-question__title">1. Quelle organisation préférez-vous ?</p>'
           '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="4j"> Quatre jours</label>'
           '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="4j5"> Quatre jours et demi, mercredi matin</label></div>'
           '<div class="questionnaire-question"><p class="questionnaire-question__title">2. Vous êtes :</p>'
           '<label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="p"> Parent</label>'
           '<label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="e"> Enseignant</label></div>'
           '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions</label>'
           '<button type="submit" class="button button__sm button__secondary">Envoyer</button></form>', "poll", platforms=("decidim",)),
        pg("/processes/nom-de-la-place/f/31/proposals", "Un nom pour la nouvelle place", m.prose(
            "La place créée devant la nouvelle médiathèque n'a pas encore de nom. Proposez le vôtre jusqu'au 31 janvier : trois propositions seront soumises au vote.")
           + '<a href="/processes/nom-de-la-place/f/31/proposals/new" class="button button__sm button__secondary">Proposer un nom</a>'
           + '<div class="card__list-list">' + _decidim_card("/processes/nom-de-la-place/f/31/proposals/new", "Place Simone-Veil", "Déposée par Yves P.", 23) + "</div>",
           "suggestion_call", platforms=("decidim",)),
        pg("/processes/nom-de-la-place/f/31/proposals/new", "Proposer un nom", '<form class="new_proposal" action="/processes/nom-de-la-place/f/31/proposals" method="post">'
           '<label for="proposal_title_2">Nom proposé</label><input type="text" name="proposal[title]" id="proposal_title_2">'
           '<label for="proposal_body_2">Pourquoi ce nom ?</label><textarea name="proposal[body]" id="proposal_body_2"></textarea>'
           '<button type="submit" class="button">Continuer</button></form>', "suggestion_call", platforms=("decidim",)),
    ]
    decidim = Site(dec, "decidim", "Participer à Montferrieu", dpages, menu=[("Accueil", "/"), ("Budget participatif", BP), ("Site de la ville", f"http://{www_host}/")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99463", "Montferrieu", 33_800, "69", "84", "Auvergne-Rhône-Alpes", f"http://{www_host}/", [www, decidim])


# ============================================================================================================
# 4. Kerbastel (Finistère): SPIP, the town's right of petition, an idea box, a naming consultation
# ============================================================================================================

def kerbastel() -> City:
    www_host, app = "www.kerbastel.bzh", "kerbastel.panneau-mairie.fr"
    news_items = [("/Une-nouvelle-piste-cyclable-vers-le-port", "Une piste cyclable vers le port", "5 novembre 2024", "Les travaux débutent en janvier."),
                  ("/Consultation-nom-de-la-mediatheque", "Baptisez la médiathèque !", "2 novembre 2024", "Trois noms en lice, à vous de choisir."),
                  ("/Resultats-de-la-consultation-sur-les-horaires-de-la-piscine", "Piscine : les nouveaux horaires", "10 octobre 2024", "Résultats de la consultation."),
                  ("/Journee-citoyenne-climat", "Journée citoyenne pour le climat", "20 septembre 2024", "Nettoyage des grèves et ateliers.")]
    tiles = [("/Participer-a-la-vie-locale", "Participer"), ("/Droit-de-petition", "Droit de pétition"), ("/Boite-a-idees", "Boîte à idées"),
             ("/Contact", "Contact"), ("/Application-Kerbastel", "Appli Kerbastel"), ("/Budget-primitif-2024", "Budget")]
    agenda_items = [("/Les-conseils-de-quartier", "Conseil de quartier de Penn ar Roz", "21 novembre"), ("/Forum-de-l-emploi", "Forum de l'emploi", "28 novembre")]
    pages = [
        pg("/", "Accueil", _home("Trugarez ! Bienvenue sur le site de Kerbastel, 22 000 habitants, entre mer et monts d'Arrée.", tiles, news_items, agenda_items)),
        pg("/Participer-a-la-vie-locale", "Participer à la vie locale", m.prose(
            "Kerbastel fait vivre la démocratie locale au plus près des habitants : conseils de quartier, consultations, droit de pétition et boîte à idées.",
            "Le service Citoyenneté accompagne les habitants qui veulent s'impliquer et publie les suites données à chaque démarche.")
           + m.ul([m.link("/Les-conseils-de-quartier", "Les conseils de quartier"), m.link("/Droit-de-petition", "Le droit de pétition"),
                   m.link("/Boite-a-idees", "La boîte à idées"), m.link("/Consultation-nom-de-la-mediatheque", "Consultation en cours")]), "participation_displayed"),
        pg("/Les-conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier (Centre, Penn ar Roz, Kervallan, Le Port) rassemblent habitants, commerçants et associations.",
            "Ils se réunissent en assemblée ouverte deux fois par an et disposent d'un budget de fonctionnement pour leurs animations.",
            "Prochaine assemblée : Penn ar Roz, jeudi 21 novembre, 20 h, salle Ti an Holl."), "participation_displayed"),
        pg("/Droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2022, tout habitant de Kerbastel âgé de 16 ans ou plus peut lancer une pétition sur une question relevant de la compétence de la commune.",
            "Une pétition qui recueille 500 signatures d'habitants est inscrite à l'ordre du jour du conseil municipal, qui en débat en séance publique.",
            m.link("/Petitions-en-cours", "Voir les pétitions en cours et les signer"), m.link("/Deposer-une-petition", "Déposer une pétition")), "petition"),
        pg("/Petitions-en-cours", "Pétitions en cours", '<ul class="liste-articles">'
           + '<li><a href="/Petition-pour-un-passage-pieton-rue-de-Brest">Pour un passage piéton surélevé rue de Brest</a> — 318 signatures</li>'
           + '<li>Pour l\'ouverture de la médiathèque le dimanche — 122 signatures (close)</li></ul>', "petition"),
        pg("/Petition-pour-un-passage-pieton-rue-de-Brest", "Pour un passage piéton surélevé rue de Brest", m.prose(
            "Les parents d'élèves de l'école Jules-Ferry demandent un passage piéton surélevé devant l'école, où les voitures roulent trop vite.")
           + m.petition_sign("/Petition-pour-un-passage-pieton-rue-de-Brest", "Passage piéton rue de Brest", 318, 500), "petition"),
        pg("/Deposer-une-petition", "Déposer une pétition", m.prose("Rédigez votre pétition : elle est publiée après vérification de sa recevabilité sous quinze jours.")
           + m.formidable("/Deposer-une-petition", 7, [("text", "input_1", "Titre de la pétition", ()), ("textarea", "textarea_1", "Texte de la pétition", ()),
                                                       ("text", "input_2", "Nom du premier signataire", ()), ("email", "email_1", "Courriel", ())], "Déposer la pétition"),
           "petition"),
        pg("/Boite-a-idees", "Boîte à idées", m.prose(
            "Vous avez une idée pour votre ville ? Faites-nous-en part ! Chaque mois, les élus examinent les suggestions reçues et publient leurs réponses.")
           + m.formidable("/Boite-a-idees", 3, [("text", "input_1", "Votre idée en une phrase", ()), ("textarea", "textarea_1", "Détaillez votre suggestion", ()),
                                                ("radio", "radio_1", "Thème", ["Cadre de vie", "Culture", "Sport", "Solidarité"]), ("email", "email_1", "Votre courriel", ())], "Envoyer mon idée"),
           "suggestion_call contact_form"),
        pg("/Consultation-nom-de-la-mediatheque", "Baptisez la médiathèque !", m.prose(
            "La future médiathèque ouvrira au printemps. Le jury a retenu trois noms : à vous de choisir, jusqu'au 30 novembre.")
           + m.formidable("/Consultation-nom-de-la-mediatheque", 5, [("radio", "radio_1", "Quel nom pour la médiathèque ?", ["Ti ar Geriou", "Médiathèque Anjela-Duval", "L'Estran"]),
                                                                     ("text", "input_1", "Votre code postal", ())], "Voter"), "poll"),
        pg("/Resultats-de-la-consultation-sur-les-horaires-de-la-piscine", "Piscine : les résultats de la consultation", m.prose(
            "Vous avez été 1 240 à répondre à la consultation sur les horaires de la piscine. Elle ouvrira désormais le mardi soir jusqu'à 21 h.")
           + m.results_table("Quel créneau supplémentaire ?", [("Mardi soir", 620, 50), ("Dimanche après-midi", 434, 35), ("Jeudi midi", 186, 15)], "Consultation close le 30 septembre."),
           decoys="poll"),
        pg("/Une-nouvelle-piste-cyclable-vers-le-port", "Une piste cyclable vers le port", m.prose(
            "Une piste cyclable bidirectionnelle reliera le centre au port dès l'été prochain. Coût : 480 000 euros, financés à moitié par le Département.")
           + m.spip_forum(52, [("Gwenaël", "6 novembre 2024", "Enfin !", "Pensez aussi à des arceaux au port."),
                               ("Anne-Marie", "7 novembre 2024", "Et les piétons ?", "Le trottoir restera-t-il assez large ?")]), "comments"),
        # a national petition site named in an article about a local event
        pg("/Journee-citoyenne-climat", "Journée citoyenne pour le climat", m.prose(
            "Nettoyage des grèves le matin, ateliers de réparation l'après-midi : près de 300 bénévoles ont participé à la journée citoyenne.",
            "Des associations présentes invitaient à signer une pétition nationale pour le climat sur le site des pétitions de l'Assemblée nationale.")
           + m.share(f"http://{www_host}/Journee-citoyenne-climat"), decoys="petition participation_displayed"),
        pg("/Contact", "Contact", m.prose("Mairie de Kerbastel, 1 straed an Ti-Kêr. Tél. 02 98 00 11 22.") + m.spip_ecrire("/Contact"), "contact_form"),
        pg("/Forum-de-l-emploi", "Forum de l'emploi", m.prose(
            "Le forum de l'emploi et de la formation se tient jeudi 28 novembre à la salle omnisports : 60 employeurs et organismes de formation.",
            "Préparez vos CV : des ateliers de simulation d'entretien sont proposés toute la journée."), decoys="forum"),
        pg("/Participation-citoyenne-gendarmerie", "Participation citoyenne avec la gendarmerie", m.prose(
            "La commune a signé avec la gendarmerie un protocole de participation citoyenne. Des référents de quartier, volontaires, relaient les informations utiles à la prévention des cambriolages.",
            "Pour en savoir plus, contactez la police municipale."), decoys="participation_displayed"),
        pg("/Budget-primitif-2024", "Budget primitif 2024", m.prose(
            "Le budget primitif 2024 s'équilibre à 28,6 millions d'euros. Les investissements majeurs : la médiathèque, la piste cyclable et la rénovation de l'école de Kervallan.",
            f"Voir aussi {m.link('/Participation-citoyenne-gendarmerie', 'la prévention de la délinquance')}."), decoys="participatory_budget"),
        pg("/Application-Kerbastel", "L'application Kerbastel", m.prose("Recevez les alertes de la mairie sur votre téléphone.", m.link(f"http://{app}/", "Les alertes en ligne"))),
    ]
    www = Site(www_host, "spip", "Kerbastel", pages,
               menu=[("Accueil", "/"), ("Participer", "/Participer-a-la-vie-locale"), ("Pétitions", "/Petitions-en-cours"), ("Contact", "/Contact")],
               accounts=[social("facebook", "kerbastel"), social("mastodon", "kerbastel@mastodon.bzh", "https://mastodon.bzh/@kerbastel"),
                         social("instagram", "ville_de_kerbastel")],
               address="1 straed an Ti-Kêr, 29300 Kerbastel")
    app_site = _app_site(app, "Kerbastel", [("warning", "13/11/2024", "Vigilance vent violent", "Les parcs et le cimetière sont fermés cet après-midi.")],
                         [("21/11", "Conseil de quartier", "Penn ar Roz"), ("30/11", "Fest-noz du Téléthon", "salle Ti an Holl")])
    return City("99464", "Kerbastel", 22_100, "29", "53", "Bretagne", f"http://{www_host}/", [www, app_site])


# ============================================================================================================
# 5. Éparcy-la-Rivière (Nord): vendor CMS, Cap Collectif platform, phpBB board of the town
# ============================================================================================================

def eparcy() -> City:
    www_host, cap, board = "www.eparcy-la-riviere.fr", "eparcy.cap-collectif.com", "forum.eparcy-la-riviere.fr"
    PR = "/project/budget-participatif-2024"
    news_items = [("/actualites/forum-emploi-saisonnier", "Forum des jobs d'été", "06/03/2024", "Rencontrez les employeurs."),
                  ("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2025", "04/11/2024", "Subventions pour les projets d'intérêt local."),
                  ("/participez/budget-participatif", "Budget participatif : déposez vos projets", "02/11/2024", "Jusqu'au 15 janvier."),
                  ("/participez/forum-citoyen", "Le forum citoyen fête ses dix ans", "15/10/2024", "Plus de 3 000 inscrits.")]
    tiles = [("/participez/la-fabrique-eparcienne", "La Fabrique éparcienne"), ("/participez/budget-participatif", "Budget participatif"),
             (f"http://{board}/", "Forum citoyen"), ("/demarches/prendre-rendez-vous-passeport", "Rendez-vous passeport"), ("/contact", "Contact"),
             ("/ma-mairie/conseil-municipal", "Conseil municipal")]
    agenda_items = [("/participez/assemblees-de-quartier", "Assemblée de quartier du Faubourg", "mar. 19 nov."), ("/ma-mairie/conseil-municipal", "Conseil municipal", "mer. 27 nov.")]
    pages = [
        pg("/", "Accueil", _home("Éparcy-la-Rivière, 48 500 habitants, au fil de la Marque.", tiles, news_items, agenda_items)),
        # the town's participatory approach under its own brand
        pg("/participez/la-fabrique-eparcienne", "La Fabrique éparcienne", m.chapo("La Fabrique éparcienne, c'est la ville qui se construit avec ses habitants.") + m.prose(
            "Assemblées de quartier, ateliers de concertation sur les grands projets, budget participatif et forum citoyen : la Fabrique regroupe tous les rendez-vous où votre avis compte.",
            "Chaque année, un bilan public présente ce que les habitants ont proposé et ce que la ville en a fait.")
           + m.ul([m.link("/participez/assemblees-de-quartier", "Assemblées de quartier"), m.link("/participez/budget-participatif", "Budget participatif"),
                   m.link("/participez/forum-citoyen", "Forum citoyen")]), "participation_displayed"),
        pg("/participez/assemblees-de-quartier", "Assemblées de quartier", m.prose(
            "Les sept assemblées de quartier sont ouvertes à tous. Elles se réunissent deux fois par an avec le maire et préparent des ateliers thématiques.",
            "Mardi 19 novembre, 19 h : assemblée du Faubourg, école Condorcet. Ordre du jour : stationnement, propreté, projet de la place Carnot."), "participation_displayed"),
        pg("/participez/budget-participatif", "Le budget participatif", m.prose(
            "Troisième édition : 300 000 euros pour vos projets. Dépôt sur la plateforme jusqu'au 15 janvier, vote en avril.",
            m.link(f"http://{cap}{PR}/collect/depot-des-projets", "Déposer un projet sur la plateforme"),
            m.link("/participez/budget-participatif/edition-2022", "L'édition 2022 en bref")), "participatory_budget"),
        # a past edition of the participatory budget, told by the town
        pg("/participez/budget-participatif/edition-2022", "Budget participatif : l'édition 2022", m.prose(
            "En 2022, 146 projets ont été déposés et 4 100 habitants ont voté. Onze projets lauréats ont été réalisés, dont la forêt urbaine du Moulin et l'éclairage du city-stade."),
           "participatory_budget"),
        # the page presenting the board: it links to it, nobody posts here
        pg("/participez/forum-citoyen", "Le forum citoyen", m.prose(
            "Depuis dix ans, le forum citoyen permet aux Éparciens de débattre des sujets de la ville. Il est modéré par le service communication selon une charte publiée.",
            m.link(f"http://{board}/", "Accéder au forum citoyen")), "participation_displayed", "forum"),
        pg("/actualites/forum-emploi-saisonnier", "Forum des jobs d'été", m.prose(
            "Le forum des jobs d'été a lieu samedi 23 mars à l'espace Marque : animation, restauration, agriculture, plus de 400 offres."), decoys="forum"),
        pg("/contact", "Contact", m.prose("Hôtel de ville, 10 rue de la Marque.")
           + '<form class="form form--contact" action="/contact" method="post" novalidate><fieldset class="form__fieldset"><legend class="form__legend">Écrire à la mairie</legend>'
           + '<div class="form__field"><label for="contact-civilite">Civilité</label><select id="contact-civilite" name="civilite"><option>Madame</option><option>Monsieur</option></select></div>'
           + '<div class="form__field"><label for="contact-nom">Nom *</label><input id="contact-nom" name="nom" type="text" required></div>'
           + '<div class="form__field"><label for="contact-email">Courriel *</label><input id="contact-email" name="email" type="email" required></div>'
           + '<div class="form__field"><label for="contact-message">Votre message *</label><textarea id="contact-message" name="message" rows="6" required></textarea></div>'
           + '<div class="form__field form__field--rgpd"><input type="checkbox" id="contact-rgpd" name="rgpd" required><label for="contact-rgpd">J\'accepte le traitement de mes données</label></div>'
           + '<button class="btn btn--primary" type="submit">Envoyer</button></fieldset></form>', "contact_form"),
        pg("/demarches/prendre-rendez-vous-passeport", "Prendre rendez-vous : passeport et carte d'identité",
           m.booking("/demarches/prendre-rendez-vous-passeport", "passeport / CNI", ["Lundi 18 novembre, 9 h 00", "Lundi 18 novembre, 9 h 20", "Mardi 19 novembre, 14 h 00"]),
           decoys="contact_form"),
        # a grant call for associations, not a call for residents' ideas
        pg("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2025", m.prose(
            "La ville lance son appel à projets pour les subventions 2025. Les associations déposent leur dossier avant le 31 décembre.",
            "Critères : intérêt local, partenariats, implication de bénévoles."), decoys="suggestion_call"),
        pg("/ma-mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Ordre du jour de la séance du 27 novembre : rapport d'orientation budgétaire, convention avec la Métropole, dénomination de voies."), decoys="participation_displayed"),
    ]
    www = Site(www_host, "vendor", "Ville d'Éparcy-la-Rivière", pages,
               menu=[("Participez", "/participez/la-fabrique-eparcienne"), ("Démarches", "/demarches/prendre-rendez-vous-passeport"),
                     ("Ma mairie", "/ma-mairie/conseil-municipal"), ("Contact", "/contact")],
               accounts=[social("facebook", "EparcyLaRiviere"), social("instagram", "eparcy_la_riviere"), social("youtube", "eparcytv")],
               address="10 rue de la Marque, 59650 Éparcy-la-Rivière")
    step = lambda label, href, state: f'<li class="step step--{state}"><a href="{href}">{label}</a></li>'
    steps_nav = ('<ul class="project__steps">' + step("Présentation", f"{PR}/presentation/presentation", "closed")
                 + step("Dépôt des projets", f"{PR}/collect/depot-des-projets", "open") + step("Vote", f"{PR}/selection/vote", "future") + "</ul>")
    cpages = [
        pg("/", "Éparcy participe", m.prose("La plateforme de participation de la ville d'Éparcy-la-Rivière.")
           + f'<div class="project-preview"><h2><a href="{PR}/presentation/presentation">Budget participatif 2024</a></h2><p>Dépôt des projets en cours</p></div>'
           + '<div class="project-preview"><h2><a href="/project/semaine-de-quatre-jours/questionnaire/questionnaire">Rythmes scolaires : votre avis</a></h2><p>Questionnaire ouvert</p></div>'),
        pg(f"{PR}/presentation/presentation", "Budget participatif 2024 - Présentation", steps_nav + m.prose(
            "300 000 € pour des projets d'intérêt général proposés par les habitants de plus de 12 ans. Un projet ne peut dépasser 60 000 €."),
           "participatory_budget", platforms=("capcollectif",)),
        pg(f"{PR}/collect/depot-des-projets", "Dépôt des projets", steps_nav
           + '<a class="btn btn-primary" id="add-proposal" href="/login">Déposer un projet</a>'
           + f'<div class="proposal-list"><div class="proposal__preview"><h3><a href="{PR}/collect/depot-des-projets/proposals/un-verger-partage">Un verger partagé au Moulin</a></h3><p>12 votes · 4 commentaires</p></div></div>',
           "participatory_budget suggestion_call", platforms=("capcollectif",)),
        pg(f"{PR}/collect/depot-des-projets/proposals/un-verger-partage", "Un verger partagé au Moulin", m.prose(
            "Planter pommiers et poiriers le long du chemin du Moulin, avec une journée de taille chaque hiver.")
           + '<section id="comments" class="comment-section"><h2>4 commentaires</h2><div class="opinion__body"><p>Super idée pour les enfants du quartier.</p></div>'
           + '<form id="CommentForm" class="comment-form" action="/graphql" method="post"><label for="CommentForm-body">Commenter</label><textarea name="body" id="CommentForm-body"></textarea>'
           + '<button type="submit" class="btn btn-primary">Commenter</button></form></section>',
           "comments participatory_budget", platforms=("capcollectif",)),
        pg(f"{PR}/selection/vote", "Vote", steps_nav + m.prose("Le vote ouvrira le 1er avril 2025 : chaque participant pourra soutenir trois projets."),
           "participatory_budget", platforms=("capcollectif",)),
        pg("/project/semaine-de-quatre-jours/questionnaire/questionnaire", "Rythmes scolaires : votre avis", m.prose("Questionnaire ouvert jusqu'au 20 décembre.")
           + '<form id="reply-form" class="reply-form" action="/graphql" method="post"><div class="form-group"><label class="control-label">Êtes-vous favorable à la semaine de quatre jours ?</label>'
           + '<div class="radio"><label><input type="radio" name="responses.0" value="oui"> Oui</label></div><div class="radio"><label><input type="radio" name="responses.0" value="non"> Non</label></div></div>'
           + '<div class="form-group"><label class="control-label" for="responses.1">Commentaire libre</label><textarea id="responses.1" name="responses.1"></textarea></div>'
           + '<button type="submit" class="btn btn-primary" id="submit-create-reply">Envoyer</button></form>', "poll", platforms=("capcollectif",)),
    ]
    capsite = Site(cap, "capcollectif", "Éparcy participe", cpages, menu=[("Accueil", "/"), ("Budget participatif", f"{PR}/presentation/presentation")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    bpages = [
        pg("/", "Index du forum", m.phpbb_forums([("/viewforum.php?f=2", "Vie des quartiers", "Échangez sur la vie de votre quartier.", 214, 1893),
                                                  ("/viewforum.php?f=3", "Transports et circulation", "Bus, vélo, stationnement.", 97, 802)])),
        pg("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, [("/viewtopic.php?t=41", "Stationnement place Carnot le samedi", "marc59", 17, 642),
                                                                         ("/viewtopic.php?t=40", "Nouveaux horaires de la déchèterie", "sylvie_e", 6, 210)])),
        pg("/viewforum.php?f=3", "Transports et circulation", m.phpbb_topics(3, [("/viewtopic.php?t=41", "Stationnement place Carnot le samedi", "marc59", 17, 642)])),
        pg("/viewtopic.php?t=41", "Stationnement place Carnot le samedi", m.phpbb_posts(41, 2, [
            ("marc59", "ven. 8 nov. 2024 18:02", "Impossible de se garer le samedi matin avec le marché. Une zone bleue serait utile."),
            ("sylvie_e", "ven. 8 nov. 2024 20:15", "Le parking de la gare est souvent vide, il faudrait mieux le signaler.")])),
        pg("/viewtopic.php?t=40", "Nouveaux horaires de la déchèterie", m.phpbb_posts(40, 2, [("sylvie_e", "lun. 4 nov. 2024 09:12", "La déchèterie ferme désormais à 18 h le samedi.")])),
    ]
    # a guest who wants to post meets the board's login form: nobody posts on that page
    login = ('<p>Vous devez être inscrit et connecté pour publier un message.</p><form action="/ucp.php?mode=login" method="post" id="login">'
             '<label for="username">Nom d\'utilisateur :</label><input type="text" name="username" id="username" class="inputbox">'
             '<label for="password">Mot de passe :</label><input type="password" name="password" id="password" class="inputbox">'
             '<input type="submit" name="login" value="Connexion" class="button1"></form>')
    for target in ("/posting.php?mode=post&f=2", "/posting.php?mode=post&f=3", "/posting.php?mode=reply&f=2&t=41", "/posting.php?mode=reply&f=2&t=40"):
        bpages.append(pg(target, "Connexion", login, decoys="forum contact_form"))
    boardsite = Site(board, "phpbb", "Forum citoyen d'Éparcy", bpages, features=frozenset({"forum"}))
    return City("99465", "Éparcy-la-Rivière", 48_500, "59", "32", "Hauts-de-France", f"http://{www_host}/", [www, capsite, boardsite])


# ============================================================================================================
# 6. Ferlaincourt (Moselle): Joomla, a Go Vocal platform, app pages
# ============================================================================================================

def ferlaincourt() -> City:
    www_host, gv, app = "www.ferlaincourt.fr", "ferlaincourt.govocal.com", "ferlaincourt.alerte-commune.fr"
    C = "/index.php/citoyennete"
    PARC = "/fr-FR/projects/reamenagement-du-parc-municipal"
    poll = m.joomla_poll(4, "Quel horaire pour les réunions de quartier ?", ["18 h 30 en semaine", "20 h en semaine", "Samedi matin"])
    news_items = [("/index.php/actualites/forum-des-metiers", "Forum des métiers au collège", "07/11/2024", "Les élèves de 3e rencontrent des professionnels."),
                  ("/index.php/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", "02/05/2024", "Inscriptions jusqu'au 15 juin."),
                  (f"{C}/resultats-sondage-eclairage", "Éclairage nocturne : les résultats", "12/09/2024", "L'extinction de 23 h à 5 h est confirmée."),
                  (f"{C}/appli-ferlaincourt", "Une appli pour être alerté", "01/09/2024", "Les alertes de la mairie sur votre téléphone.")]
    tiles = [(f"{C}/participation", "Participation"), (f"http://{gv}/fr-FR/", "Ferlaincourt participe"), (f"{C}/conseils-de-quartier", "Conseils de quartier"),
             ("/index.php/enfance/inscriptions-periscolaire", "Périscolaire"), ("/index.php/contact", "Contact"), (f"{C}/conseil-municipal-des-jeunes", "Conseil des jeunes")]
    agenda_items = [(f"{C}/conseils-de-quartier", "Réunion du conseil de quartier Haut-Chemin", "22/11"), ("/index.php/actualites/forum-des-metiers", "Forum des métiers", "29/11")]
    pages = [
        pg("/", "Accueil", _home("Bienvenue à Ferlaincourt, ville de 24 600 habitants au cœur de la Moselle.", tiles, news_items, agenda_items, "eu")),
        pg(f"{C}/participation", "La participation citoyenne à Ferlaincourt", m.prose(
            "La municipalité a fait de la participation des habitants une priorité du mandat : conseils de quartier, conseil municipal des jeunes, concertations et consultations en ligne.",
            f"Les projets soumis à concertation sont présentés sur {m.link(f'http://{gv}/fr-FR/', 'la plateforme Ferlaincourt participe')}, où chacun peut proposer des idées et répondre aux questionnaires.",
            "Nota : ne pas confondre avec le dispositif de la gendarmerie, présenté sur une " + m.link(f"{C}/voisins-vigilants-participation-citoyenne", "autre page") + "."),
           "participation_displayed"),
        pg(f"{C}/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Le conseil municipal des jeunes compte 23 membres de 11 à 15 ans élus pour deux ans dans les collèges.",
            "Il est consulté sur les équipements sportifs et porte chaque année un projet : cette année, une fresque sous le pont de la Seille."), "participation_displayed"),
        pg(f"{C}/conseils-de-quartier", "Les conseils de quartier", m.with_aside(m.prose(
            "Trois conseils de quartier (Haut-Chemin, Centre, Les Vignes) se réunissent quatre fois par an en séance publique avec l'élu référent.",
            "Donnez votre préférence pour l'horaire des prochaines réunions dans le sondage ci-contre."), poll, "sidebar moduletable-right"),
           "participation_displayed poll"),
        pg(f"{C}/resultats-sondage-eclairage", "Éclairage nocturne : les résultats", m.prose("Le sondage est clos depuis le 31 août.")
           + m.results_table("Êtes-vous favorable à l'extinction de l'éclairage public de 23 h à 5 h ?", [("Oui", 1031, 63), ("Non", 605, 37)], "1 636 votants."),
           decoys="poll"),
        # the results view of the poll module: no way to answer on this page
        pg("/index.php?option=com_acepolls&view=poll&id=4", "Résultats du sondage", m.results_table(
            "Quel horaire pour les réunions de quartier ?", [("18 h 30 en semaine", 88, 46), ("20 h en semaine", 61, 32), ("Samedi matin", 42, 22)],
            "191 votes depuis le 1er octobre.") + m.prose(m.link(f"{C}/conseils-de-quartier", "Retour aux conseils de quartier")), decoys="poll"),
        pg("/index.php/contact", "Contact", m.prose("Mairie de Ferlaincourt, 4 rue de la Seille.") + m.joomla_contact("/index.php/contact"), "contact_form"),
        pg("/index.php/actualites/forum-des-metiers", "Forum des métiers au collège", m.prose(
            "Le forum des métiers réunit le 29 novembre une trentaine de professionnels au collège Robert-Schuman."), decoys="forum"),
        # the gendarmerie's scheme and its "voisins vigilants" name: neither the town's approach nor a neighbours' network
        pg(f"{C}/voisins-vigilants-participation-citoyenne", "Participation citoyenne - voisins vigilants", m.prose(
            "Le dispositif de participation citoyenne, mis en place avec la brigade de gendarmerie, repose sur des habitants référents dans chaque quartier.",
            "Il vise à prévenir les cambriolages par la vigilance de voisinage ; les référents transmettent leurs observations à la gendarmerie."),
           decoys="participation_displayed territorial_social_network"),
        pg("/index.php/enfance/inscriptions-periscolaire", "Inscriptions au périscolaire", m.prose("Inscriptions pour l'année 2024-2025.")
           + '<form action="/index.php/enfance/inscriptions-periscolaire" method="post" class="form-validate"><label for="enf-nom">Nom de l\'enfant</label><input id="enf-nom" name="jform[nom]" type="text">'
           + '<label for="enf-classe">Classe</label><select id="enf-classe" name="jform[classe]"><option>CP</option><option>CE1</option><option>CE2</option></select>'
           + '<label><input type="checkbox" name="jform[jours][]" value="lundi"> Lundi</label><label><input type="checkbox" name="jform[jours][]" value="mardi"> Mardi</label>'
           + '<button type="submit" class="btn btn-primary">Inscrire</button></form>', decoys="contact_form"),
        pg("/index.php/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", m.prose(
            "Balcons, jardins, façades : inscrivez-vous au concours des maisons fleuries avant le 15 juin. Le jury passera en juillet."), decoys="suggestion_call"),
        pg(f"{C}/appli-ferlaincourt", "L'application Ferlaincourt", m.prose("Téléchargez l'application et recevez les alertes de la mairie.", m.link(f"http://{app}/", "Voir les alertes"))),
    ]
    www = Site(www_host, "joomla", "Ville de Ferlaincourt", pages,
               menu=[("Accueil", "/"), ("Citoyenneté", f"{C}/participation"), ("Enfance", "/index.php/enfance/inscriptions-periscolaire"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "ferlaincourt57")], address="4 rue de la Seille, 57140 Ferlaincourt")
    card = lambda h, t, v, c: (f'<div class="e2e-idea-card"><a href="{h}" class="e2e-idea-card-title">{t}</a>'
                               f'<span class="e2e-ideacard-upvote-count">{v}</span><span class="e2e-ideacard-comment-count">{c}</span></div>')
    gpages = [
        pg("/fr-FR/", "Ferlaincourt participe", m.prose("Bienvenue sur la plateforme de participation de Ferlaincourt.")
           + f'<div id="e2e-projects-container"><a class="e2e-project-card" href="{PARC}">Réaménagement du parc municipal</a>'
           + '<a class="e2e-project-card" href="/fr-FR/projects/questionnaire-mobilites-douces/survey">Questionnaire mobilités douces</a>'
           + '<a class="e2e-project-card" href="/fr-FR/projects/cantine-bio-bilan">Cantine bio : le bilan</a></div>'),
        pg(PARC, "Réaménagement du parc municipal", m.prose("Phase 1 : recueil d'idées jusqu'au 20 décembre. Que voulez-vous trouver dans le parc rénové ?")
           + f'<a id="e2e-idea-button" class="e2e-idea-button" href="{PARC}/ideas">Voir les idées et proposer la vôtre</a>', "suggestion_call", platforms=("govocal",)),
        pg(f"{PARC}/ideas", "Idées", '<a id="e2e-idea-button" class="e2e-idea-button" href="/fr-FR/ideas/new">Soumettre une idée</a>'
           + '<div id="e2e-ideas-container">' + card("/fr-FR/ideas/des-jeux-d-eau-pour-l-ete", "Des jeux d'eau pour l'été", 58, 9) + "</div>",
           "suggestion_call", platforms=("govocal",)),
        pg("/fr-FR/ideas/new", "Soumettre une idée", '<form id="idea-form" class="e2e-idea-form" method="post" action="/web_api/v1/ideas">'
           '<label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" name="title_multiloc" type="text">'
           '<label for="body">Description</label><textarea id="body" name="body_multiloc"></textarea>'
           '<button type="submit" id="e2e-idea-form-submit">Publier</button></form>', "suggestion_call", platforms=("govocal",)),
        pg("/fr-FR/ideas/des-jeux-d-eau-pour-l-ete", "Des jeux d'eau pour l'été", m.prose("Installer des brumisateurs et des jets d'eau au sol près de l'aire de jeux.")
           + '<div id="e2e-comments-container"><div class="e2e-comment"><span class="e2e-author-name">Laura</span><p class="e2e-comment-body">Oui, il fait si chaud en juillet.</p></div>'
           + '<form class="e2e-comment-form" action="/web_api/v1/ideas/des-jeux-d-eau-pour-l-ete/comments" method="post"><textarea id="submit-comment" name="body_multiloc" placeholder="Écrivez un commentaire"></textarea>'
           + '<button type="submit" class="e2e-submit-comment">Publier</button></form></div>', "comments", platforms=("govocal",)),
        pg("/fr-FR/projects/questionnaire-mobilites-douces/survey", "Questionnaire mobilités douces", '<div id="e2e-survey-form"><form action="/web_api/v1/phases/survey/ideas" method="post">'
           '<fieldset><legend>Vous déplacez-vous à vélo dans Ferlaincourt ?</legend><label><input type="radio" name="q1" value="souvent"> Souvent</label><label><input type="radio" name="q1" value="parfois"> Parfois</label><label><input type="radio" name="q1" value="jamais"> Jamais</label></fieldset>'
           '<fieldset><legend>Qu\'est-ce qui vous en empêche ?</legend><label><input type="checkbox" name="q2" value="securite"> La sécurité</label><label><input type="checkbox" name="q2" value="stationnement"> Le stationnement</label></fieldset>'
           '<button type="submit" id="e2e-submit-survey">Envoyer</button></form></div>', "poll", platforms=("govocal",)),
        # a closed project: results shown, nothing to answer
        pg("/fr-FR/projects/cantine-bio-bilan", "Cantine bio : le bilan", m.prose("Ce projet est terminé. Merci aux 742 parents qui ont répondu au questionnaire en mai.")
           + m.results_table("Êtes-vous satisfait des repas ?", [("Très satisfait", 267, 36), ("Satisfait", 334, 45), ("Pas satisfait", 141, 19)], "Questionnaire clos."),
           decoys="poll", platforms=("govocal",)),
    ]
    gvsite = Site(gv, "govocal", "Ferlaincourt participe", gpages, menu=[("Accueil", "/fr-FR/"), ("Projets", PARC)], redirects={"/": "/fr-FR/"},
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    app_site = _app_site(app, "Ferlaincourt", [("info", "15/11/2024", "Déneigement", "Les sorties de garage sont à dégager par les riverains."),
                                                ("warning", "12/11/2024", "Fermeture de la piscine", "Vidange technique jusqu'au 18 novembre.")],
                         [("22/11", "Conseil de quartier", "Haut-Chemin"), ("06/12", "Saint-Nicolas", "défilé en centre-ville")])
    return City("99466", "Ferlaincourt", 24_600, "57", "44", "Grand Est", f"http://{www_host}/", [www, gvsite, app_site])


# ============================================================================================================
# 7. Gressan-le-Haut (Var): TYPO3, a petition space, a Publik portal, a Discourse board
# ============================================================================================================

def gressan() -> City:
    www_host, gru, disc = "www.gressan-le-haut.fr", "teleservices.gressan-le-haut.fr", "echanges.gressan-le-haut.fr"
    V = "/vivre-ensemble"
    news_items = [("/actualites/forum-des-associations", "Forum des associations", "01/09/2024", "Rendez-vous au complexe sportif."),
                  ("/actualites/budget-primitif-2024", "Le budget primitif 2024 adopté", "05/04/2024", "Pas de hausse des taux."),
                  (f"{V}/questionnaire-proprete", "Propreté : répondez au questionnaire", "04/11/2024", "Cinq minutes pour améliorer nos rues."),
                  ("/office-de-tourisme", "L'office de tourisme fait peau neuve", "20/06/2024", "Nouvel accueil place du Marché.")]
    tiles = [(f"{V}/democratie-de-proximite", "Démocratie de proximité"), (f"{V}/petitions-citoyennes", "Pétitions citoyennes"), (f"http://{gru}/", "Téléservices"),
             (f"http://{gru}/boite-a-idees/", "Boîte à idées"), (f"http://{disc}/", "Espace d'échanges"), ("/contact", "Contact")]
    agenda_items = [(f"{V}/balades-de-quartier", "Balade de quartier aux Restanques", "sam. 23/11"), ("/actualites/forum-des-associations", "Forum des associations", "sam. 07/09")]
    pages = [
        pg("/", "Accueil", _home("Gressan-le-Haut, 56 900 habitants, entre Maures et Méditerranée.", tiles, news_items, agenda_items)),
        pg(f"{V}/democratie-de-proximite", "La démocratie de proximité", m.prose(
            "La ville associe les habitants à ses décisions : conseils citoyens des quartiers prioritaires, balades de quartier, pétitions citoyennes, boîte à idées et espace d'échanges en ligne.",
            "Une délégation à la démocratie de proximité coordonne ces dispositifs et présente chaque année un bilan au conseil municipal.")
           + m.ul([m.link(f"{V}/conseils-citoyens", "Conseils citoyens"), m.link(f"{V}/balades-de-quartier", "Balades de quartier"),
                   m.link(f"{V}/petitions-citoyennes", "Pétitions citoyennes"), m.link(f"{V}/espace-echanges", "Espace d'échanges")]), "participation_displayed"),
        pg(f"{V}/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers de la politique de la ville (Les Restanques et Le Pradet-Nord), les conseils citoyens réunissent habitants tirés au sort et acteurs locaux.",
            "Ils participent au contrat de ville et co-construisent les projets de renouvellement urbain avec les bailleurs et la ville."), "participation_displayed"),
        pg(f"{V}/balades-de-quartier", "Les balades de quartier", m.prose(
            "Chaque mois, le maire parcourt un quartier avec les habitants et les services. Les demandes sont notées et suivies jusqu'à leur réalisation.",
            "Samedi 23 novembre, 9 h 30 : Les Restanques, départ devant le centre social."), "participation_displayed"),
        pg(f"{V}/petitions-citoyennes", "Pétitions citoyennes", m.prose(
            "Toute personne majeure domiciliée à Gressan-le-Haut peut soutenir une pétition. À 1 000 signatures, la pétition est débattue en conseil municipal.",
            m.link(f"{V}/petitions-citoyennes/reglement", "Lire le règlement du droit de pétition"))
           + m.h2("Pétition en cours : une navette vers la plage le dimanche")
           + m.typo3_powermail(f"{V}/petitions-citoyennes", 12, [("text", "nom", "Nom et prénom"), ("email", "email", "E-mail"), ("text", "adresse", "Adresse à Gressan-le-Haut")], "Je signe"),
           "petition"),
        pg(f"{V}/petitions-citoyennes/reglement", "Règlement du droit de pétition", m.prose(
            "Article 1 : la pétition porte sur une compétence de la commune. Article 2 : elle est déposée en ligne par un habitant majeur.",
            "Article 3 : elle reste ouverte à la signature trois mois. Article 4 : au-delà de 1 000 signatures, le maire l'inscrit à l'ordre du jour du conseil municipal.",
            m.link(f"{V}/petitions-citoyennes", "Signer une pétition en cours")), "petition"),
        pg(f"{V}/questionnaire-proprete", "Questionnaire : la propreté de la ville", m.prose("Aidez-nous à cibler nos efforts : questionnaire ouvert jusqu'au 10 décembre.")
           + m.typo3_powermail(f"{V}/questionnaire-proprete", 14, [("radio:Très propre|Plutôt propre|Sale", "etat", "Votre rue est-elle propre ?"),
                                                                   ("radio:Oui|Non", "corbeilles", "Faut-il plus de corbeilles ?"), ("text", "quartier", "Votre quartier")], "Envoyer mes réponses"),
           "poll"),
        # the page presenting the board links to it; the discussions are on the board
        pg(f"{V}/espace-echanges", "L'espace d'échanges", m.prose(
            "L'espace d'échanges est le forum de discussion des Gressanais : stationnement, commerces, vie des quartiers. Inscription gratuite, modération par la ville.",
            m.link(f"http://{disc}/", "Rejoindre les discussions")), "participation_displayed", "forum"),
        pg("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations se tient samedi 7 septembre au complexe sportif Marcel-Pagnol. Démonstrations et inscriptions toute la journée."), decoys="forum"),
        pg("/actualites/budget-primitif-2024", "Le budget primitif 2024 adopté", m.prose(
            "Le conseil municipal a voté le budget primitif 2024 : 78 millions d'euros, dont 21 d'investissement. Les taux de fiscalité restent stables."),
           decoys="participatory_budget"),
        # the tourist office's accounts: a partner's, not the town's
        pg("/office-de-tourisme", "L'office de tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille place du Marché, tous les jours en été.",
            'Suivez l\'office de tourisme : <a href="https://www.facebook.com/GressanTourisme">page Facebook de l\'office</a> et '
            '<a href="https://www.instagram.com/gressan_tourisme">Instagram de l\'office</a>.')),
        pg("/contact", "Contact", m.prose("Hôtel de ville, cours Jean-Moulin.")
           + m.typo3_powermail("/contact", 3, [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("text", "objet", "Objet"), ("textarea", "message", "Votre message")]),
           "contact_form"),
    ]
    www = Site(www_host, "typo3", "Ville de Gressan-le-Haut", pages,
               menu=[("Accueil", "/"), ("Vivre ensemble", f"{V}/democratie-de-proximite"), ("Téléservices", f"http://{gru}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "GressanLeHaut"), social("instagram", "gressanlehaut"), social("x", "GressanLeHaut")],
               address="Cours Jean-Moulin, 83390 Gressan-le-Haut")
    portal = [
        pg("/", "Téléservices", m.prose("Vos démarches en ligne, 24 h sur 24.") + m.publik_tiles([
            ("/boite-a-idees/", "Boîte à idées"), ("/signalement-eclairage-public/", "Signaler une panne d'éclairage public"),
            ("/rendez-vous-etat-civil/", "Rendez-vous à l'état civil")])),
        pg("/boite-a-idees/", "Boîte à idées", m.wcs_form("boite-a-idees", "Une idée pour Gressan-le-Haut ? Proposez-la : les élus vous répondent sous un mois.", [
            ("select", "Thème", ["Environnement", "Déplacements", "Animation", "Autre"]), ("text", "Votre idée"), ("string", "Nom"), ("email", "Courriel")], "Proposer"),
           "suggestion_call contact_form"),
        # a breakdown report: a lamp-post number and an address, not a message
        pg("/signalement-eclairage-public/", "Signaler une panne d'éclairage public", m.wcs_form("signalement-eclairage-public",
            "Indiquez le numéro inscrit sur le candélabre et l'adresse.", [("string", "Numéro du candélabre"), ("string", "Adresse"),
            ("radio", "Nature de la panne", ["Éteint", "Clignote", "Allumé le jour"]), ("email", "Courriel")], "Signaler"), decoys="contact_form"),
        pg("/rendez-vous-etat-civil/", "Rendez-vous à l'état civil", m.booking("/rendez-vous-etat-civil/", "état civil", ["Mardi 19/11 10 h", "Mardi 19/11 10 h 30"]),
           decoys="contact_form"),
    ]
    portal_site = Site(gru, "publik", "Téléservices de Gressan-le-Haut", portal, menu=[("Accueil", "/"), ("Site de la ville", f"http://{www_host}/")],
                       address="Ville de Gressan-le-Haut")
    dpages = [
        pg("/", "Derniers sujets", m.discourse_list([("/t/stationnement-avenue-des-pins/212", "Stationnement avenue des Pins", "Quartiers", 14),
                                                     ("/t/horaires-du-marche-d-ete/208", "Horaires du marché d'été", "Vie locale", 6)])
           + '<p><a href="/c/quartiers/5">Catégorie Quartiers</a></p>'),
        pg("/c/quartiers/5", "Quartiers", m.discourse_list([("/t/stationnement-avenue-des-pins/212", "Stationnement avenue des Pins", "Quartiers", 14)])),
        pg("/t/stationnement-avenue-des-pins/212", "Stationnement avenue des Pins", m.discourse_topic([
            ("cathy83", "10 nov. 2024", "Depuis la zone bleue, on ne trouve plus de place le soir en rentrant du travail."),
            ("Jérôme_P", "10 nov. 2024", "Pourquoi ne pas réserver des places aux riverains après 19 h ?")])),
        pg("/t/horaires-du-marche-d-ete/208", "Horaires du marché d'été", m.discourse_topic([("Mireille", "2 juin 2024", "Le marché nocturne pourrait-il finir plus tard ?")])),
    ]
    disc_site = Site(disc, "discourse", "Espace d'échanges de Gressan-le-Haut", dpages, features=frozenset({"forum"}))
    return City("99467", "Gressan-le-Haut", 56_900, "83", "93", "Provence-Alpes-Côte d'Azur", f"http://{www_host}/", [www, portal_site, disc_site],
                decoy_accounts=("https://www.facebook.com/gressantourisme", "https://www.instagram.com/gressan_tourisme"))


# ============================================================================================================
# 8. Roubignac (Indre-et-Loire): WordPress, a branded participatory budget, a Publik portal with a votation
# ============================================================================================================

def roubignac() -> City:
    www_host, gru = "www.roubignac.fr", "eservices.roubignac.fr"
    PC = "/mairie/participation-citoyenne"
    CI = f"{PC}/coeur-d-idees"
    side = m.related([(PC, "Participation citoyenne"), (CI, "Cœur d'idées, le budget participatif"), (f"{PC}/votation-semaine-scolaire/", "Votation : la semaine scolaire"),
                      (f"{PC}/conseil-des-sages/", "Le conseil des sages")], "Participation citoyenne")
    news_items = [("/actualites/les-jeunes-elisent-leur-conseil/", "Les jeunes élisent leur conseil", "18/10/2024", "Une journée d'élection dans les écoles."),
                  ("/actualites/reunion-publique-quartier-gare/", "Quartier de la gare : réunion publique", "06/11/2024", "Présentation du projet de halle."),
                  ("/actualites/appel-a-candidatures-conseil-des-sages/", "Conseil des sages : appel à candidatures", "01/10/2024", "Dossiers avant le 30 novembre."),
                  (f"{CI}/votez/", "Cœur d'idées : le vote est ouvert", "04/11/2024", "12 projets soumis au vote.")]
    tiles = [(PC, "Participation citoyenne"), (CI, "Cœur d'idées"), (f"http://{gru}/", "Mes démarches"), (f"http://{gru}/paiement-en-ligne/", "Paiement en ligne"),
             (f"http://{gru}/inscription-accueil-de-loisirs/", "Accueil de loisirs"), ("/contact/", "Contact"), ("/mairie/budget-et-finances/", "Budget")]
    agenda_items = [("/actualites/reunion-publique-quartier-gare/", "Réunion publique quartier de la gare", "14 nov."), (f"{CI}/votez/", "Fin du vote Cœur d'idées", "30 nov.")]
    pages = [
        pg("/", "Accueil", _home("Roubignac, 21 400 habitants, sur les coteaux du Cher.", tiles, news_items, agenda_items, "complianz")),
        # the generic heading "participation citoyenne" here presents the town's own approach
        pg(PC, "Participation citoyenne", m.with_aside(m.prose(
            "Roubignac invite ses habitants à participer : budget participatif Cœur d'idées, votations locales, conseil des sages, conseil municipal des jeunes et réunions publiques de quartier.",
            "Le service Démocratie locale vous renseigne au 02 47 00 12 30."), side, "widget-area"), "participation_displayed"),
        pg(CI, "Cœur d'idées, le budget participatif", m.with_aside(m.prose(
            "Avec Cœur d'idées, les Roubignacais décident de l'usage de 100 000 euros du budget d'investissement.",
            "Les idées déposées au printemps ont été étudiées par les services ; douze projets sont soumis au vote jusqu'au 30 novembre.",
            m.link(f"{CI}/deposer-une-idee/", "Comment déposer une idée (prochaine édition)"), m.link(f"{CI}/votez/", "Voter pour mes projets")), side, "widget-area"),
           "participatory_budget"),
        # the filing step of the budget: a structured project form
        pg(f"{CI}/deposer-une-idee/", "Cœur d'idées : déposer une idée", m.prose(
            "Les dépôts de la prochaine édition ouvriront en mars. Vous pouvez déjà nous envoyer votre idée : elle sera étudiée pour l'édition 2025.")
           + '<form class="wp-block-jetpack-contact-form" action="/mairie/participation-citoyenne/coeur-d-idees/deposer-une-idee/" method="post" id="ci-depot">'
           + '<label for="ci-titre">Titre de l\'idée</label><input type="text" id="ci-titre" name="g12-titre" required>'
           + '<label for="ci-lieu">Lieu</label><input type="text" id="ci-lieu" name="g12-lieu">'
           + '<label for="ci-desc">Description</label><textarea id="ci-desc" name="g12-description" rows="6"></textarea>'
           + '<label for="ci-cout">Coût estimé</label><input type="text" id="ci-cout" name="g12-cout">'
           + '<label for="ci-email">Courriel</label><input type="email" id="ci-email" name="g12-courriel" required>'
           + '<button type="submit" class="wp-block-button__link">Déposer mon idée</button><input type="hidden" name="contact-form-id" value="412"></form>',
           "participatory_budget suggestion_call"),
        pg(f"{CI}/votez/", "Cœur d'idées : votez !", m.prose("Choisissez jusqu'à trois projets. Un vote par personne de plus de 12 ans habitant Roubignac.")
           + '<form class="ci-vote" action="/mairie/participation-citoyenne/coeur-d-idees/votez/" method="post">'
           + "".join(f'<label class="ci-vote__project"><input type="checkbox" name="projets[]" value="{i}"> {t}</label>' for i, t in enumerate(
               ["Un préau pour l'école des Coteaux", "Des nichoirs dans le parc", "Une table de ping-pong au stade", "Des toilettes publiques au bord du Cher"], 1))
           + '<label for="ci-vote-email">Courriel</label><input type="email" id="ci-vote-email" name="email" required><button type="submit">Valider mon vote</button></form>',
           "participatory_budget"),
        pg(f"{PC}/votation-semaine-scolaire/", "Votation : la semaine scolaire", m.with_aside(m.prose(
            "Quatre jours ou quatre jours et demi ? La ville organise une votation ouverte aux parents d'élèves des écoles publiques du 12 au 26 novembre.",
            "Le vote a lieu en ligne sur le portail des démarches, ou dans l'urne de l'accueil de la mairie.",
            m.link(f"http://{gru}/votation-semaine-scolaire/", "Je vote en ligne")), side, "widget-area"), "participation_displayed"),
        pg(f"{PC}/conseil-des-sages/", "Le conseil des sages", m.with_aside(m.prose(
            "Le conseil des sages est une instance consultative de 15 membres de plus de 62 ans. Il travaille sur l'accessibilité, le patrimoine et les liens entre générations.",
            "Il rend ses avis au maire et présente un rapport annuel en conseil municipal."), side, "widget-area"), "participation_displayed"),
        pg("/actualites/les-jeunes-elisent-leur-conseil/", "Les jeunes élisent leur conseil", m.prose(
            "Vendredi, les élèves de CM2 et de 6e ont voté pour leurs représentants au conseil municipal des jeunes. 19 élus siégeront pendant deux ans.")
           + m.wp_comments([], 511, open_=False), decoys="participation_displayed comments"),
        pg("/actualites/reunion-publique-quartier-gare/", "Quartier de la gare : réunion publique", m.prose(
            "La ville présente jeudi 14 novembre le projet de halle couverte près de la gare, à 19 h à la salle des fêtes.")
           + m.wp_comments([("Jacques", "7 novembre 2024", "Y aura-t-il du stationnement pour les commerçants ?")], 530), "comments"),
        pg("/mairie/budget-et-finances/", "Budget et finances", m.prose(
            "Le budget primitif 2024 s'élève à 24,1 millions d'euros. Consultez le rapport d'orientation budgétaire et le compte administratif."), decoys="participatory_budget"),
        pg("/actualites/appel-a-candidatures-conseil-des-sages/", "Conseil des sages : appel à candidatures", m.prose(
            "Le conseil des sages se renouvelle. Les Roubignacais de plus de 62 ans peuvent déposer leur candidature en mairie avant le 30 novembre."),
           decoys="suggestion_call"),
        pg("/contact/", "Contact", m.prose("Mairie de Roubignac, 3 place du Château. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.",
                                           '<a href="mailto:contact@roubignac.fr">contact@roubignac.fr</a>',
                                           m.link(f"http://{gru}/ecrire-a-la-mairie/", "Écrire à la mairie en ligne")), decoys="contact_form"),
    ]
    www = Site(www_host, "wordpress", "Roubignac", pages,
               menu=[("Accueil", "/"), ("Participation", PC), ("Démarches", f"http://{gru}/"), ("Budget", "/mairie/budget-et-finances/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "roubignac37"), social("instagram", "roubignac")], address="3 place du Château, 37270 Roubignac")
    portal = [
        pg("/", "Mes démarches", m.prose("Le portail des démarches de la ville de Roubignac.") + m.publik_tiles([
            ("/ecrire-a-la-mairie/", "Écrire à la mairie"), ("/votation-semaine-scolaire/", "Votation : la semaine scolaire"),
            ("/petition-citoyenne/", "Déposer une pétition citoyenne"), ("/paiement-en-ligne/", "Paiement en ligne"), ("/inscription-accueil-de-loisirs/", "Accueil de loisirs")])),
        pg("/ecrire-a-la-mairie/", "Écrire à la mairie", m.wcs_form("ecrire-a-la-mairie", "Posez votre question, un agent vous répond.", [
            ("string", "Nom"), ("email", "Courriel"), ("tel", "Téléphone"), ("text", "Message")], "Envoyer"), "contact_form"),
        pg("/votation-semaine-scolaire/", "Votation : la semaine scolaire", m.wcs_form("votation-semaine-scolaire", "Un vote par famille, jusqu'au 26 novembre.", [
            ("radio", "Quelle organisation de la semaine souhaitez-vous ?", ["Quatre jours", "Quatre jours et demi"]),
            ("select", "École de votre enfant", ["Les Coteaux", "Jean-Zay", "Le Bourg"]), ("string", "Nom du responsable légal")], "Voter"), "poll"),
        pg("/petition-citoyenne/", "Déposer une pétition citoyenne", m.wcs_form("petition-citoyenne",
            "Droit de pétition : une pétition signée par 300 habitants est examinée en conseil municipal. Déposez votre texte, il sera publié et ouvert aux signatures.", [
            ("string", "Titre de la pétition"), ("text", "Texte de la pétition"), ("string", "Nom du pétitionnaire"), ("email", "Courriel")], "Déposer"), "petition"),
        pg("/paiement-en-ligne/", "Paiement en ligne", m.payment("/paiement-en-ligne/"), decoys="contact_form"),
        pg("/inscription-accueil-de-loisirs/", "Inscription à l'accueil de loisirs", m.wcs_form("inscription-accueil-de-loisirs", "Mercredis et vacances scolaires.", [
            ("string", "Nom de l'enfant"), ("date", "Date de naissance"), ("radio", "Période", ["Mercredis", "Vacances d'hiver", "Vacances de printemps"])], "Inscrire"),
           decoys="contact_form"),
    ]
    portal_site = Site(gru, "publik", "Démarches - Roubignac", portal, menu=[("Accueil", "/"), ("Site de la ville", f"http://{www_host}/")],
                       address="Ville de Roubignac")
    return City("99468", "Roubignac", 21_400, "37", "24", "Centre-Val de Loire", f"http://{www_host}/", [www, portal_site])


_BUILDERS = (cormeilhac, vaudrelle, montferrieu, kerbastel, eparcy, ferlaincourt, gressan, roubignac)


def cities():
    return [build() for build in _BUILDERS]


def hosts():
    return {}
