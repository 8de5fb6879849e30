"""Holdout part "cirques": eight large southern cities (Auvergne-Rhône-Alpes, Provence-Alpes-Côte d'Azur,
Occitanie) whose participation is spread over the city's site, the metropolis's site, district town halls
and platforms (Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, a city's own), with their lookalikes."""
from ..site import City, Site, page, social
from . import cirques_markup as m

P = page


def _plan(pages):
    """A site map listing every page of a site (as city CMSs generate one)."""
    rows = [(x.path, x.title) for x in pages if x.path != "/"]
    return P("/plan-du-site", "Plan du site", m.p("Retrouvez toutes les rubriques du site.") + m.links(rows, "sitemap"))


def _home(name, intro, quick, news, agenda):
    return (m.cookie_banner(name) + m.p(intro) + m.quick_access(quick) + m.news(news) + m.agenda(agenda)
            + m.newsletter("/newsletter/inscription"))


def _site(host, theme, title, pages, menu, accounts=(), address="", plan=True, **kw):
    pages = list(pages)
    if plan:
        pages.append(_plan(pages))
        menu = list(menu) + [("Plan du site", "/plan-du-site")]
    return Site(host, theme, title, pages, menu=menu, accounts=list(accounts), address=address, **kw)


_BUDGET_PRIMITIF = m.p(
    "Le budget primitif a été adopté en séance publique par le conseil municipal. Il s'équilibre en dépenses et en recettes.",
    "La section de fonctionnement couvre les dépenses courantes ; la section d'investissement finance les écoles, la voirie et les équipements.",
    "Le compte administratif de l'exercice précédent et le rapport d'orientation budgétaire sont téléchargeables ci-dessous.") + m.ul(
    ["Budget primitif (PDF, 2,4 Mo)", "Rapport d'orientation budgétaire (PDF, 1,1 Mo)", "Compte administratif (PDF, 3 Mo)"])

_GENDARMERIE = m.p(
    "Le dispositif « participation citoyenne » associe des habitants référents à la gendarmerie et à la police municipale.",
    "Les référents signalent les faits inhabituels (démarchages suspects, véhicules en repérage) ; ils n'interviennent jamais eux-mêmes.",
    "Un protocole est signé entre le maire, le préfet et le commandant de groupement. Renseignements auprès de la police municipale.")


def _conseil_municipal(dates):
    return m.p("Le conseil municipal se réunit en séance publique à l'hôtel de ville. Les séances sont retransmises en direct.",
               "Ordre du jour, délibérations et procès-verbaux sont publiés après chaque séance.") + m.ul(
        [f"Séance du {d} : ordre du jour et procès-verbal" for d in dates])


# ---- 99311 Chambarel (Isère): Drupal city site, Decidim platform, WordPress metropolis -----------------

def chambarel():
    W, J, M = "www.chambarel.fr", "jeparticipe.chambarel.fr", "www.chambarel-metropole.fr"
    www = [
        P("/", "Accueil", _home("Chambarel", "Bienvenue sur le site officiel de la Ville de Chambarel.",
            [("/demarches", "Démarches en ligne"), ("/participer", "Chambarel en commun"), ("/contact", "Contacter la mairie"),
             ("/vie-municipale/budget", "Budget de la ville"), (f"http://{J}/", "Plateforme jeparticipe"), (f"http://{M}/", "La Métropole")],
            [("/actualites/marche-de-noel", "Le marché de Noël s'installe place Grenette", "28 nov.", "Soixante chalets jusqu'au 24 décembre."),
             ("/actualites/parcs-resultats", "Parcs : ce que vous nous avez dit", "14 nov.", "Les résultats de la consultation sur les parcs."),
             ("/actualites/berges-travaux", "Berges de l'Isère : début des travaux", "3 nov.", "Un projet issu du dernier budget participatif.")],
            [("/agenda/forum-associations", "Forum des associations", "7 sept."), ("/vie-municipale/conseil-municipal", "Conseil municipal", "16 déc.")]),
          decoys={"participatory_budget"}),
        P("/participer", "Chambarel en commun", m.p(
            "Chambarel en commun, c'est la démarche de la Ville pour associer les habitantes et les habitants aux décisions qui les concernent.",
            "Elle repose sur une charte de la participation adoptée en conseil municipal, sur dix conseils de quartier et sur une plateforme en ligne.",
            "Concertations sur les grands projets, budget participatif annuel, questionnaires : chacun peut s'impliquer selon son temps.")
          + m.links([("/participer/conseils-de-quartier", "Les conseils de quartier"), ("/participer/budget-participatif", "Le budget participatif"),
                     ("/participer/questionnaire-temps-periscolaire", "Questionnaire : le temps périscolaire"), (f"http://{J}/", "jeparticipe.chambarel.fr")]),
          {"participation_displayed"}),
        P("/participer/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Dix conseils de quartier couvrent la ville. Ils réunissent des habitants volontaires, des associations et des élus référents.",
            "Ils donnent leur avis sur les aménagements de proximité et portent des projets pour leur quartier. Leurs réunions plénières sont ouvertes à tous.")
          + m.ul(["Centre-Grenette", "Berges", "Mistral-Eaux-Claires", "Villeneuve", "Teisseire"])
          + m.links([("/participer/conseils-de-quartier/pleniere-berges", "Compte rendu de la plénière des Berges")]),
          {"participation_displayed"}),
        # borderline: minutes of a neighbourhood council's public meeting, still a page of the participation approach
        P("/participer/conseils-de-quartier/pleniere-berges", "Plénière du conseil de quartier des Berges", m.p(
            "Quarante habitants ont participé à la réunion plénière du conseil de quartier le 12 octobre à la maison des habitants.",
            "Points abordés : stationnement rue des Alliés, végétalisation de la cour d'école, calendrier des travaux des berges.",
            "Prochaine réunion publique du conseil de quartier : en février."), {"participation_displayed"}),
        P("/participer/budget-participatif", "Le budget participatif", m.p(
            "Chaque année, 1,5 million d'euros du budget d'investissement est réservé à des projets proposés et choisis par les habitants.",
            "Dépôt des projets en janvier et février, étude de faisabilité au printemps, vote en septembre, réalisation l'année suivante.",
            f"Tout se passe sur <a href=\"http://{J}/processes/bp-2025\">la plateforme jeparticipe</a> ; des urnes sont aussi installées dans les mairies annexes."),
          {"participatory_budget", "participation_displayed"}),
        P("/participer/questionnaire-temps-periscolaire", "Questionnaire : le temps périscolaire", m.webform_survey(
            "/participer/questionnaire-temps-periscolaire", m.p("Parents, donnez votre avis avant le 31 janvier : 5 minutes suffisent."),
            [("Votre enfant fréquente-t-il l'accueil du soir ?", ["Oui, tous les jours", "Parfois", "Jamais"]),
             ("L'horaire de fin (18 h 30) vous convient-il ?", ["Oui", "Non, trop tôt", "Non, trop tard"]),
             ("Vos suggestions pour les activités", None)]), {"poll"}),
        P("/vie-municipale/budget", "Budget de la ville", _BUDGET_PRIMITIF, decoys={"participatory_budget"}),
        P("/vie-municipale/conseil-municipal", "Conseil municipal", _conseil_municipal(["16 décembre", "18 novembre", "30 septembre"]),
          decoys={"participation_displayed"}),
        P("/actualites/marche-de-noel", "Le marché de Noël s'installe place Grenette", m.p(
            "Soixante chalets d'artisans et de producteurs vous attendent du 29 novembre au 24 décembre.")
          + m.drupal_comments([("Sylvie", "29/11", "Les horaires du dimanche sont-ils les mêmes ?"), ("Marc R.", "30/11", "Très belle édition cette année.")], 214)
          + m.share(f"http://{W}/actualites/marche-de-noel"), {"comments"}),
        P("/actualites/parcs-resultats", "Parcs : ce que vous nous avez dit", m.p(
            "La consultation sur l'avenir des parcs est close depuis le 30 septembre. Voici la synthèse des 2 140 réponses.")
          + m.poll_results("Quelle priorité pour les parcs ?", [("Plus d'ombre", 48, 1027), ("Jeux d'enfants", 31, 663), ("Toilettes", 21, 450)]),
          decoys={"poll"}),
        P("/actualites/berges-travaux", "Berges de l'Isère : début des travaux", m.p(
            "Les travaux d'aménagement de la promenade basse commencent lundi. Ce projet a été retenu lors du budget participatif 2023, organisé sur la plateforme Decidim de la Ville.",
            "Le chantier durera huit mois ; la piste cyclable reste ouverte.") + m.share(f"http://{W}/actualites/berges-travaux"),
          decoys={"participatory_budget", "participatory_platform"}),
        P("/agenda/forum-associations", "Forum des associations", m.p(
            "Plus de 250 associations sportives, culturelles et solidaires au parc des expositions, samedi 7 septembre.")
          + m.registration_form("/agenda/forum-associations", "stand associatif"), decoys={"forum", "contact_form"}),
        P("/securite/participation-citoyenne", "Participation citoyenne", _GENDARMERIE,
          decoys={"participation_displayed", "territorial_social_network"}),
        P("/marches-publics", "Marchés publics", m.p(
            "Les appels d'offres de la Ville sont publiés sur le profil acheteur. Consultez les avis en cours et déposez vos offres en ligne.")
          + m.ul(["Appel d'offres : entretien des espaces verts (lot 1 à 4)", "Appel à candidatures : occupation du kiosque du jardin de ville"]),
          decoys={"suggestion_call"}),
        P("/demarches", "Démarches en ligne", m.p("Carte d'identité, état civil, inscriptions scolaires : faites vos démarches depuis chez vous.")
          + m.payment_form("/demarches/paiement", "cantine et périscolaire"), decoys={"contact_form"}),
        P("/contact", "Contacter la mairie", m.p("Hôtel de ville, du lundi au vendredi de 8 h 30 à 17 h.")
          + m.drupal_webform_contact("/contact"), {"contact_form"}),
        P("/newsletter/inscription", "Lettre d'information", m.p("Recevez chaque semaine l'actualité de Chambarel.") + m.newsletter("/newsletter/inscription"),
          decoys={"contact_form"}),
    ]
    bp_steps = ["Dépôt des projets", "Analyse", "Vote", "Résultats"]
    jep = [
        P("/", "Accueil", m.p("Bienvenue sur jeparticipe, l'espace de participation citoyenne de la Ville de Chambarel : "
                             "concertations, budget participatif, questionnaires et initiatives des habitants.")
          + m.decidim_process_cards([("/processes/bp-2025", "Budget participatif 2025", "Ouvert", "Dépôt des projets"),
                                     ("/processes/parc-des-berges", "Parc des Berges : imaginons-le ensemble", "Ouvert", "Questionnaire"),
                                     ("/processes/plan-velo", "Plan vélo", "Terminé", "Bilan"),
                                     ("/processes/bp-2023", "Budget participatif 2023", "Terminé", "Résultats")])
          + m.links([("/initiatives", "Initiatives citoyennes")]), {"participation_displayed"}, platforms={"decidim"}),
        P("/processes/bp-2025", "Budget participatif 2025", m.decidim_steps(bp_steps, 0) + m.p(
            "Vous avez une idée pour votre quartier ? Déposez votre projet jusqu'au 28 février. Chaque projet doit relever de l'investissement et coûter moins de 150 000 €.")
          + m.decidim_components([("/processes/bp-2025/f/12/proposals", "Projets déposés"), ("/processes/bp-2025/f/12/reglement", "Règlement")]),
          {"participatory_budget", "suggestion_call"}),
        P("/processes/bp-2025/f/12/reglement", "Règlement du budget participatif", m.p(
            "Peut déposer un projet toute personne habitant Chambarel, dès 11 ans. Les projets doivent servir l'intérêt général.",
            "Le vote est ouvert à tous les habitants ; chaque votant choisit jusqu'à cinq projets."), {"participatory_budget"}),
        P("/processes/bp-2025/f/12/proposals", "Projets déposés", m.decidim_proposal_list(
            [("/processes/bp-2025/f/12/proposals/101", "Des fontaines à eau dans les parcs", 84, "En évaluation"),
             ("/processes/bp-2025/f/12/proposals/102", "Un abri vélo sécurisé à la gare", 51, "En évaluation")], "/users/sign_in"),
          {"participatory_budget", "suggestion_call"}),
        P("/processes/bp-2025/f/12/proposals/101", "Des fontaines à eau dans les parcs", m.p(
            "Installer une fontaine d'eau potable dans chacun des cinq grands parcs, pour les familles et les sportifs.")
          + m.decidim_comments([("Léa B.", "il y a 3 jours", "Indispensable l'été !"), ("Karim", "il y a 2 jours", "Et au skatepark aussi.")],
                               "Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8xMDE"), {"participatory_budget", "comments"}),
        P("/processes/bp-2025/f/12/proposals/102", "Un abri vélo sécurisé à la gare", m.p(
            "Un local fermé de 80 places avec accès par badge, près de la gare routière.")
          + m.decidim_comments([("Anne", "hier", "Oui, les vols de vélos sont fréquents.")], "Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8xMDI"),
          {"participatory_budget", "comments"}),
        P("/processes/parc-des-berges", "Parc des Berges : imaginons-le ensemble", m.decidim_steps(["Questionnaire", "Ateliers", "Restitution"], 0)
          + m.p("Le futur parc des Berges sera conçu avec vous. Première étape : un questionnaire en ligne jusqu'au 15 mars.")
          + m.decidim_components([("/processes/parc-des-berges/f/21/surveys", "Questionnaire")]), {"participation_displayed"}),
        P("/processes/parc-des-berges/f/21/surveys", "Questionnaire", m.decidim_survey("/processes/parc-des-berges/f/21/surveys/answer",
            [("À quelle fréquence irez-vous au parc ?", ["Chaque jour", "Chaque semaine", "Rarement"]),
             ("Quels usages souhaitez-vous ?", ["Jeux", "Pique-nique", "Sport", "Calme"]), ("Autre chose à nous dire ?", None)]), {"poll"}),
        # closed concertation: the platform's pages remain, no call for ideas is open any more
        P("/processes/plan-velo", "Plan vélo", m.decidim_steps(["Contributions", "Ateliers", "Bilan"], 2) + m.p(
            "La concertation est terminée. 640 contributions ont été reçues ; le bilan a été présenté en conseil municipal.")
          + m.decidim_components([("/processes/plan-velo/f/15/surveys", "Questionnaire (clos)")]), decoys={"suggestion_call"}),
        P("/processes/plan-velo/f/15/surveys", "Questionnaire (clos)", m.p(
            "Ce questionnaire est fermé depuis le 30 juin. Merci pour vos 1 204 réponses.") + m.poll_results(
            "Vous sentez-vous en sécurité à vélo ?", [("Oui", 22, 265), ("Pas toujours", 51, 614), ("Non", 27, 325)], "Questionnaire clos."),
          decoys={"poll"}),
        # a past edition with its winners: still the city's participatory budget
        P("/processes/bp-2023", "Budget participatif 2023", m.decidim_steps(bp_steps, 3) + m.p(
            "23 projets lauréats ont été choisis par 9 800 votants. Suivez leur réalisation ci-dessous.")
          + m.ul(["Promenade basse des berges — en travaux", "Jardin partagé Teisseire — réalisé", "Bancs et ombrières place Notre-Dame — réalisé"]),
          {"participatory_budget"}),
        P("/initiatives", "Initiatives citoyennes", m.p(
            "Une initiative qui recueille 1 500 signatures d'habitants est inscrite à l'ordre du jour du conseil municipal.")
          + m.links([("/initiatives/i-7", "Pour une rue aux écoles devant Jean-Jaurès"), ("/create_initiative/select_initiative_type", "Lancer une initiative")]),
          {"petition"}),
        P("/initiatives/i-7", "Pour une rue aux écoles devant Jean-Jaurès", m.p(
            "Nous demandons la fermeture de la rue aux voitures aux heures d'entrée et de sortie des classes.")
          + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">612</span> / 1 500 signatures</div>'
            '<a href="/users/sign_in" class="button button__secondary" id="initiative-vote">Signer</a></div>', {"petition"}),
        P("/create_initiative/select_initiative_type", "Lancer une initiative", m.p(
            "Choisissez le type d'initiative : pétition au conseil municipal ou demande de concertation. Connectez-vous pour continuer.")
          + m.links([("/users/sign_in", "Se connecter")]), {"petition"}),
    ]
    metro = [
        P("/", "Accueil", _home("Chambarel Métropole", "Chambarel Métropole : 49 communes, 450 000 habitants.",
            [("/concertations", "Concertations"), ("/enquete-publique-plui", "Enquête publique PLUi"), ("/appels-a-projets", "Appels à projets"),
             ("/forum-emploi", "Forum de l'emploi"), ("/contact", "Contact"), (f"http://{W}/", "Ville de Chambarel")],
            [("/concertations", "Mobilités : la concertation est lancée", "2 déc.", "Donnez votre avis sur le futur réseau."),
             ("/enquete-publique-plui", "PLUi : enquête publique", "20 nov.", "Le commissaire enquêteur tient des permanences."),
             ("/forum-emploi", "Forum de l'emploi", "5 nov.", "300 offres à pourvoir.")],
            [("/forum-emploi", "Forum de l'emploi", "14 mars")])),
        P("/concertations", "Concertations", m.p(
            "La Métropole associe les habitants à ses grands projets : réseau de transports, plan climat, eau potable.",
            f"Les concertations en cours se déroulent sur <a href=\"http://{J}/\">jeparticipe.chambarel.fr</a> et lors de réunions publiques dans les communes."),
          {"participation_displayed"}),
        P("/enquete-publique-plui", "Enquête publique PLUi", m.p(
            "L'enquête publique sur le plan local d'urbanisme intercommunal se tient du 6 janvier au 7 février.",
            "Observations à consigner sur le registre papier ou à adresser par courrier au commissaire enquêteur."),
          decoys={"participation_displayed", "poll"}),
        P("/appels-a-projets", "Appels à projets", m.p(
            "Subventions économie sociale et solidaire : dossiers à déposer avant le 31 mars.",
            "Appel à manifestation d'intérêt pour l'occupation temporaire de friches.") + m.registration_form("/appels-a-projets", "réunion d'information"),
          decoys={"suggestion_call", "contact_form"}),
        P("/forum-emploi", "Forum de l'emploi", m.p("Rencontrez 80 employeurs du territoire au palais des sports."), decoys={"forum"}),
        P("/contact", "Contact", m.cf7_contact("/contact/"), {"contact_form"}),
        P("/newsletter/inscription", "Lettre d'information", m.newsletter("/newsletter/inscription"), decoys={"contact_form"}),
    ]
    sites = [
        _site(W, "drupal", "Ville de Chambarel", www, [("Accueil", "/"), ("Participer", "/participer"), ("Démarches", "/demarches"), ("Contact", "/contact")],
              [social("facebook", "VilleDeChambarel"), social("instagram", "chambarel_ville")], "Hôtel de ville, 11 boulevard Jean-Pain, Chambarel"),
        _site(J, "decidim", "jeparticipe Chambarel", jep, [("Processus", "/"), ("Initiatives", "/initiatives")], plan=False,
              features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"})),
        _site(M, "wordpress", "Chambarel Métropole", metro, [("Accueil", "/"), ("Concertations", "/concertations"), ("Contact", "/contact")],
              [social("linkedin", "chambarel-metropole")], "Le Forum, 3 rue Malakoff, Chambarel"),
    ]
    return City("99311", "Chambarel", 168_400, "38", "84", "Auvergne-Rhône-Alpes", f"http://{W}/", sites)


def _std_home(name, intro, quick, news, decoys=()):
    return P("/", "Accueil", _home(name, intro, quick, news, [(quick[4][0], "Permanence des élus", "lundi"), ("/plan-du-site", "Toutes les rubriques", "—")]),
             decoys=decoys)


# ---- 99312 Montvérac (Hérault): WordPress city, mairies de secteur, CONSUL Democracy ---------------

def montverac():
    W, C, S = "www.montverac.fr", "participez.montverac.fr", "secteur-est.montverac.fr"
    www = [
        _std_home("Montvérac", "Site officiel de la Ville de Montvérac.",
                  [("/democratie-locale", "Démocratie locale"), ("/mairies-de-secteur", "Mairies de secteur"), (f"http://{C}/", "Participez !"),
                   ("/budget-2025", "Budget 2025"), ("/contact", "Nous écrire"), ("/piscines/reservation", "Réserver un créneau piscine")],
                  [("/actualites/tramway", "Ligne 5 du tramway : les travaux", "2 déc.", "Déviations à partir du 6 janvier."),
                   ("/actualites/sondage-marches", "Marchés de plein vent", "25 nov.", "Votez pour le nouvel horaire."),
                   ("/democratie-locale", "Les CIQ font leur rentrée", "10 oct.", "Assemblées générales en octobre.")]),
        P("/democratie-locale", "Démocratie locale", m.p(
            "Montvérac s'appuie sur ses comités d'intérêt de quartier (CIQ), sur des assemblées de secteur et sur une plateforme de participation.",
            "La charte de la démocratie locale fixe les engagements de la Ville : informer, consulter, rendre compte.")
          + m.links([(f"http://{C}/", "La plateforme participez.montverac.fr"), ("/mairies-de-secteur", "Votre mairie de secteur")]),
          {"participation_displayed"}),
        P("/mairies-de-secteur", "Mairies de secteur", m.p("Quatre mairies de secteur accueillent les habitants pour leurs démarches de proximité.")
          + m.links([(f"http://{S}/", "Mairie du secteur Est"), ("/contact", "Mairie centrale")]), decoys={"participation_displayed"}),
        P("/actualites/sondage-marches", "Marchés de plein vent : votre avis", m.with_aside(m.p(
            "La Ville envisage d'avancer l'ouverture des marchés à 6 h 30 l'été. Répondez au sondage dans la colonne de droite."),
            m.wp_polls(12, "Ouverture des marchés l'été ?", ["6 h 30", "7 h", "Sans avis"])), {"poll"}),
        P("/actualites/tramway", "Ligne 5 du tramway : les travaux", m.p("Déviations de bus et de circulation rue de la Croix-Verte.")
          + m.wp_comments_closed() + m.share(f"http://{W}/actualites/tramway"), decoys={"comments"}),
        P("/budget-2025", "Budget 2025", _BUDGET_PRIMITIF, decoys={"participatory_budget"}),
        P("/piscines/reservation", "Réserver un créneau piscine", m.booking_form("/piscines/reservation", "bassin olympique"), decoys={"contact_form"}),
        P("/contact", "Nous écrire", m.cf7_contact("/contact/", "Sujet de votre demande"), {"contact_form"}, decoys={"suggestion_call"}),
    ]
    sect = [
        P("/", "Accueil", _home("Mairie du secteur Est", "La mairie du secteur Est vous accueille du lundi au samedi matin.",
            [("/ciq", "Les CIQ du secteur"), ("/assemblee-de-secteur", "Assemblée de secteur"), ("/salles", "Réserver une salle"),
             (f"http://{W}/", "Ville de Montvérac"), (f"http://{C}/", "Participez !"), ("/contact", "Contact")],
            [("/assemblee-de-secteur", "Assemblée de secteur le 14 janvier", "5 déc.", "Ordre du jour et inscription."),
             ("/ciq", "CIQ Les Aubes : élection du bureau", "1 déc.", "Le bureau est renouvelé."),
             ("/salles", "Salles municipales", "20 nov.", "Nouveaux tarifs.")],
            [("/assemblee-de-secteur", "Assemblée de secteur", "14 janv.")])),
        P("/ciq", "Les comités d'intérêt de quartier", m.p(
            "Les CIQ sont des associations d'habitants reconnues par la Ville. Ils relaient les attentes des quartiers et sont consultés sur les projets d'aménagement.",
            "Le secteur Est en compte six : Les Aubes, Boutonnet, Pompignane, Millénaire, Méditerranée, Richter."), {"participation_displayed"}),
        P("/assemblee-de-secteur", "Assemblée de secteur", m.p(
            "Réunion publique ouverte à tous les habitants du secteur : bilan des projets, questions aux élus. Venez poser vos questions.")
          + m.vendor_contact("/assemblee-de-secteur", "Poser une question à l'avance", "Votre question"), {"participation_displayed", "contact_form"}),
        P("/salles", "Réserver une salle", m.booking_form("/salles", "salle polyvalente"), decoys={"contact_form"}),
        P("/contact", "Contact", m.vendor_contact("/contact"), {"contact_form"}),
    ]
    con = [
        P("/", "Participez !", m.p("La plateforme de participation de Montvérac : propositions citoyennes, budget participatif, débats et votations.")
          + m.links([("/proposals", "Propositions"), ("/budgets/3", "Budget participatif 2025"), ("/debates", "Débats"), ("/polls", "Votations")]),
          {"participation_displayed"}),
        P("/proposals", "Propositions citoyennes", m.p("Proposez une idée pour Montvérac ; avec 2 000 soutiens, elle est étudiée par la municipalité.")
          + m.links([("/proposals/new", "Créer une proposition")]) + m.consul_proposals(
            [("/proposals/14-ombre-dans-les-cours", "De l'ombre dans les cours d'école", "Nadia F.", 812)]), {"suggestion_call"}),
        P("/proposals/new", "Créer une proposition", m.p("Vous devez vous connecter pour créer une proposition.") + m.links([("/users/sign_in", "Connexion")]),
          {"suggestion_call"}),
        P("/proposals/14-ombre-dans-les-cours", "De l'ombre dans les cours d'école", m.p("Planter des arbres et poser des voiles d'ombrage dans les cours.")
          + m.consul_comment_form("Proposal", 14, [("Paul", "il y a 4 jours", "Oui, urgent avec les canicules.")]), {"comments", "suggestion_call"}),
        P("/budgets/3", "Budget participatif 2025", m.consul_budget_investments(
            [("/budgets/3/investments/41", "Rénover le city-stade des Aubes", "120 000", 340)], "Vote des projets")
          + m.p("Votez pour vos projets préférés jusqu'au 15 octobre."), {"participatory_budget"}),
        P("/budgets/3/investments/41", "Rénover le city-stade des Aubes", m.p("Nouveau revêtement et éclairage LED.")
          + m.consul_comment_form("Budget::Investment", 41, [("Yanis", "hier", "Les jeunes du quartier attendent ça.")]),
          {"participatory_budget", "comments"}),
        P("/debates", "Débats", m.p("Ouvrez un débat ou réagissez à ceux des autres habitants.") + m.links([("/debates/8", "Faut-il piétonniser l'Écusson le samedi ?")])),
        P("/debates/8", "Faut-il piétonniser l'Écusson le samedi ?", m.consul_comment_form("Debate", 8, [("Hélène", "il y a 6 jours", "Pour, mais avec des navettes.")]),
          {"comments"}),
        P("/polls", "Votations", m.links([("/polls/5", "Nom de la future médiathèque"), ("/polls/2", "Horaires des parcs (terminé)")]), {"poll"}),
        P("/polls/5", "Nom de la future médiathèque", m.consul_poll("/polls/5/answer", "Quel nom pour la médiathèque ?", ["Olympe de Gouges", "Les Tilleuls", "Simone Veil"]),
          {"poll"}),
        P("/polls/2", "Horaires des parcs (terminé)", m.poll_results("Horaires d'été des parcs ?", [("Fermeture à 22 h", 61, 1830), ("Fermeture à 20 h", 39, 1170)], "Votation terminée."),
          decoys={"poll"}),
    ]
    sites = [
        _site(W, "wordpress", "Ville de Montvérac", www, [("Accueil", "/"), ("Démocratie locale", "/democratie-locale"), ("Contact", "/contact")],
              [social("facebook", "montverac"), social("x", "VilleMontverac")], "1 place Georges-Frêche, Montvérac"),
        _site(S, "vendor", "Mairie du secteur Est", sect, [("Accueil", "/"), ("CIQ", "/ciq")], address="Mairie du secteur Est, Montvérac"),
        _site(C, "consul", "Participez ! Montvérac", con, [("Propositions", "/proposals"), ("Budgets", "/budgets/3"), ("Débats", "/debates"), ("Votations", "/polls")],
              plan=False, features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"})),
    ]
    return City("99312", "Montvérac", 286_300, "34", "76", "Occitanie", f"http://{W}/", sites)


# ---- 99313 Valdeyre (Var): vendor CMS, Cap Collectif on the vendor's domain, own petition space ------

def valdeyre():
    W, K = "www.valdeyre.fr", "valdeyre.cap-collectif.com"
    www = [
        _std_home("Valdeyre", "Bienvenue à Valdeyre, ville méditerranéenne.",
                  [("/ma-ville-je-m-implique", "Je m'implique"), ("/petitions", "Pétitions"), ("/boite-a-idees", "Boîte à idées"),
                   ("/recensement", "Recensement"), ("/contact", "Contact"), (f"http://{K}/", "Valdeyre Participe")],
                  [("/actualites/plage", "Plages : la saison est lancée", "1 juin", "Postes de secours ouverts."),
                   ("/actualites/concours-photo", "Concours photo « Valdeyre en couleurs »", "15 mai", "Envoyez vos clichés."),
                   ("/ma-ville-je-m-implique", "Participer à la vie de la ville", "2 mai", "Toutes les façons de s'impliquer.")]),
        P("/ma-ville-je-m-implique", "Je m'implique", m.p(
            "Conseils citoyens des quartiers prioritaires, comités de quartier, consultations : la Ville veut construire ses projets avec vous.",
            f"Les consultations en ligne se trouvent sur <a href=\"http://{K}/\">Valdeyre Participe</a>."), {"participation_displayed"}),
        P("/petitions", "Droit de pétition", m.p(
            "Toute personne inscrite sur les listes électorales de Valdeyre peut déposer une pétition. Au-delà de 1 000 signatures, elle est examinée en conseil municipal.")
          + m.petition_form("/petitions/signer", "Pour la réouverture du bureau de poste de La Rode", 734, 1000), {"petition"}),
        P("/boite-a-idees", "Boîte à idées", m.idea_box("/boite-a-idees", "Une idée pour Valdeyre ?", "Proposez vos idées : chaque mois, les élus y répondent."),
          {"suggestion_call", "contact_form"}),
        P("/recensement", "Recensement de la population", m.p(
            "Le recensement se déroule du 16 janvier au 22 février. Un agent recenseur vous remettra vos codes pour répondre en ligne sur le site de l'Insee."),
          decoys={"poll"}),
        P("/actualites/concours-photo", "Concours photo « Valdeyre en couleurs »", m.p("Concours ouvert aux photographes amateurs jusqu'au 30 juin.")
          + m.registration_form("/actualites/concours-photo", "concours photo"), decoys={"suggestion_call", "contact_form"}),
        P("/actualites/plage", "Plages : la saison est lancée", m.p("Six postes de secours sont ouverts de 10 h à 19 h.")
          + m.share(f"http://{W}/actualites/plage") + m.p("Une pétition nationale sur le littoral circule : la Ville n'en est pas l'auteur."),
          decoys={"petition"}),
        P("/securite/voisins", "Participation citoyenne", _GENDARMERIE, decoys={"participation_displayed", "territorial_social_network"}),
        P("/contact", "Contact", m.vendor_contact("/contact"), {"contact_form"}),
    ]
    cap = [
        P("/", "Valdeyre Participe", m.p("Consultations, budget participatif et appels à idées de la Ville de Valdeyre.")
          + m.links([("/project/budget-participatif-2025/collect/depot-des-projets", "Budget participatif 2025"),
                     ("/project/front-de-mer/consultation/consultation", "Consultation : le front de mer"),
                     ("/project/mon-quartier-demain/questionnaire/questionnaire", "Mon quartier demain")]), {"participation_displayed"}),
        P("/project/budget-participatif-2025/collect/depot-des-projets", "Budget participatif 2025 : dépôt des projets",
          m.capco_steps([("/project/budget-participatif-2025/collect/depot-des-projets", "Dépôt", "active", "En cours"),
                         ("/project/budget-participatif-2025/selection/vote", "Vote", "future", "À venir")])
          + m.p("Déposez vos projets jusqu'au 31 mars.") + m.capco_proposals(
            [("/projects/budget-participatif-2025/collect/depot-des-projets/proposals/pistes-ombragees", "Des pistes ombragées", "Claire", 0)]),
          {"participatory_budget", "suggestion_call"}),
        P("/project/budget-participatif-2025/selection/vote", "Vote", m.p("Le vote ouvrira le 1er septembre."), {"participatory_budget"}),
        P("/projects/budget-participatif-2025/collect/depot-des-projets/proposals/pistes-ombragees", "Des pistes ombragées",
          m.p("Planter des arbres le long des pistes cyclables.") + m.capco_argument_form("/proposals/pistes-ombragees/arguments"),
          {"participatory_budget", "comments"}),
        P("/project/front-de-mer/consultation/consultation", "Consultation : le front de mer", m.p(
            "Donnez votre avis sur les trois scénarios d'aménagement.") + m.capco_argument_form("/opinions/front-de-mer/arguments"),
          {"comments", "participation_displayed"}),
        P("/project/mon-quartier-demain/questionnaire/questionnaire", "Mon quartier demain", m.vendor_questionnaire(
            "/project/mon-quartier-demain/questionnaire/replies", "Questionnaire ouvert jusqu'au 30 avril.",
            [("Vous sentez-vous bien dans votre quartier ?", ["Oui", "Moyennement", "Non"]), ("Que faudrait-il changer ?", None)]), {"poll"}),
    ]
    sites = [
        _site(W, "vendor", "Ville de Valdeyre", www, [("Accueil", "/"), ("Je m'implique", "/ma-ville-je-m-implique"), ("Contact", "/contact")],
              [social("facebook", "villedevaldeyre"), social("youtube", "valdeyre")], "Hôtel de ville, place de la Liberté, Valdeyre"),
        _site(K, "capcollectif", "Valdeyre Participe", cap, [("Accueil", "/")], plan=False,
              features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"})),
    ]
    return City("99313", "Valdeyre", 174_200, "83", "93", "Provence-Alpes-Côte d'Azur", f"http://{W}/", sites)


# ---- 99314 Castelmiral (Haute-Garonne): TYPO3 city, Go Vocal, neighbours' network ---------------------

def castelmiral():
    W, G, V = "www.castelmiral.fr", "castelmiral.govocal.com", "voisins.castelmiral.fr"
    www = [
        _std_home("Castelmiral", "Castelmiral, ville rose du Sud-Ouest.",
                  [("/participation", "Castelmiral Ensemble"), ("/voisins-solidaires", "Voisins solidaires"), ("/budget-citoyen", "Budget citoyen"),
                   ("/emploi", "Offres d'emploi"), ("/contact", "Écrire au maire"), (f"http://{G}/", "La plateforme")],
                  [("/actualites/fete-violette", "Fête de la violette", "2 févr.", "Animations au Capitole."),
                   ("/budget-citoyen", "Budget citoyen : à vous de voter", "10 sept.", "58 projets soumis au vote."),
                   ("/actualites/forum-jobs-ete", "Forum jobs d'été", "20 mars", "Rencontrez les recruteurs.")]),
        P("/participation", "Castelmiral Ensemble", m.p(
            "Castelmiral Ensemble regroupe les instances et outils de participation : 20 commissions de quartier, un conseil de la jeunesse, des concertations en ligne.",
            "Les commissions de quartier se réunissent trois fois par an en séance publique."), {"participation_displayed"}),
        # the city's brand for its participatory budget, presented on its own site with the vote dates
        P("/budget-citoyen", "Budget citoyen", m.p(
            "Le budget citoyen consacre 8 millions d'euros à des projets imaginés par les habitants. Le vote est ouvert du 10 septembre au 10 octobre.",
            f"Votez en ligne sur <a href=\"http://{G}/fr-FR/projects/budget-citoyen-2025\">la plateforme</a> ou dans les mairies de quartier."),
          {"participatory_budget"}),
        P("/voisins-solidaires", "Voisins solidaires", m.p(
            f"Rejoignez le réseau social de votre quartier : prêt d'objets, entraide, petites annonces entre voisins, sur <a href=\"http://{V}/\">voisins.castelmiral.fr</a>.",
            "Le réseau est animé par la Ville et les centres sociaux."), {"territorial_social_network"}),
        P("/emploi", "Offres d'emploi", m.p("La Ville recrute : appel à candidatures pour des animateurs périscolaires et un chargé de participation citoyenne.")
          + m.registration_form("/emploi", "vivier de candidatures"), decoys={"suggestion_call", "participation_displayed", "contact_form"}),
        P("/actualites/forum-jobs-ete", "Forum jobs d'été", m.p("Plus de 1 000 offres de jobs d'été à la salle des fêtes."), decoys={"forum"}),
        P("/actualites/fete-violette", "Fête de la violette", m.p("Marché aux fleurs et concerts au Capitole.") + m.share(f"http://{W}/actualites/fete-violette"),
          ),
        P("/contact", "Écrire au maire", m.typo3_powermail("/contact"), {"contact_form"}),
    ]
    gv = [
        P("/", "Castelmiral participe", m.p("Bienvenue sur la plateforme de participation de Castelmiral : donnez vos idées, votez, débattez.")
          + m.govocal_cards([("/fr-FR/projects/budget-citoyen-2025", "Budget citoyen 2025", "Vote en cours"),
                             ("/fr-FR/projects/idees-grand-parc", "Vos idées pour le Grand Parc", "Idées bienvenues"),
                             ("/fr-FR/projects/mobilites-sondage", "Sondage mobilités", "Terminé")]), {"participation_displayed"}),
        P("/fr-FR/projects/budget-citoyen-2025", "Budget citoyen 2025", m.p("Choisissez vos projets : vous disposez de 5 votes.")
          + m.govocal_ideas([("/fr-FR/ideas/jardin-partage-bagatelle", "Jardin partagé à Bagatelle", 412, 9)]), {"participatory_budget"}),
        P("/fr-FR/ideas/jardin-partage-bagatelle", "Jardin partagé à Bagatelle", m.p("Un jardin de 600 m² ouvert aux familles.")
          + m.govocal_comment_form([("Inès", "Super idée, je vote !")]), {"participatory_budget", "comments"}),
        P("/fr-FR/projects/idees-grand-parc", "Vos idées pour le Grand Parc", m.p("Partagez vos idées pour le futur Grand Parc jusqu'au 31 mai.")
          + m.govocal_ideas([("/fr-FR/ideas/guinguette", "Une guinguette au bord de l'eau", 88, 4)]), {"suggestion_call"}),
        P("/fr-FR/ideas/guinguette", "Une guinguette au bord de l'eau", m.govocal_comment_form([("Théo", "Et des concerts l'été.")]),
          {"suggestion_call", "comments"}),
        P("/fr-FR/projects/mobilites-sondage", "Sondage mobilités", m.poll_results("Comment venez-vous au centre-ville ?",
            [("Transports en commun", 44, 880), ("Vélo", 18, 360), ("Voiture", 38, 760)], "Ce sondage est terminé."), decoys={"poll"}),
    ]
    vs = [
        P("/", "Voisins Castelmiral", m.p("Le réseau social des voisins de Castelmiral.") + m.community_feed(
            [("Martine", "Saint-Cyprien", "Je prête une perceuse, qui en a besoin ?", 3), ("Julien", "Minimes", "Chat trouvé rue Balzac.", 5)])
          + m.links([("/groupes/saint-cyprien", "Groupe Saint-Cyprien"), ("/groupes/minimes", "Groupe Minimes")]), {"territorial_social_network"}),
        P("/groupes/saint-cyprien", "Groupe Saint-Cyprien", m.community_feed([("Rachid", "Saint-Cyprien", "Vide-grenier dimanche place Olivier.", 7)]),
          {"territorial_social_network"}),
        P("/groupes/minimes", "Groupe Minimes", m.community_feed([("Sophie", "Minimes", "Quelqu'un pour garder des plantes en août ?", 2)]),
          {"territorial_social_network"}),
    ]
    sites = [
        _site(W, "typo3", "Mairie de Castelmiral", www, [("Accueil", "/"), ("Participation", "/participation"), ("Contact", "/contact")],
              [social("facebook", "castelmiral"), social("bluesky", "castelmiral.bsky.social")], "Place du Capitole, Castelmiral"),
        _site(G, "govocal", "Castelmiral participe", gv, [("Projets", "/")], plan=False,
              features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"})),
        _site(V, "community", "Voisins Castelmiral", vs, [("Fil", "/")], plan=False, features=frozenset({"territorial_social_network"})),
    ]
    return City("99314", "Castelmiral", 212_600, "31", "76", "Occitanie", f"http://{W}/", sites)


# ---- 99315 Lauzière (Loire): SPIP city, phpBB forum, a branded budget --------------------------------

def lauziere():
    W, F = "www.lauziere.fr", "forum.lauziere.fr"
    www = [
        _std_home("Lauzière", "Le site de la Ville de Lauzière.",
                  [("spip.php?rubrique12", "Démocratie participative"), ("spip.php?article210", "Lauzière à vous"), (f"http://{F}/", "Forum des habitants"),
                   ("spip.php?article230", "Forum des associations"), ("spip.php?page=contact", "Contact"), ("spip.php?article240", "Appel à projets culture")],
                  [("spip.php?article221", "Stade : les travaux de la tribune", "4 nov.", "Réouverture en mars."),
                   ("spip.php?article210", "Lauzière à vous : les lauréats", "20 oct.", "31 projets retenus."),
                   ("spip.php?article225", "Conseil municipal du 9 décembre", "1 déc.", "Ordre du jour.")]),
        P("/spip.php?rubrique12", "Démocratie participative", m.p(
            "Conseils de quartier, ateliers urbains, comité des usagers : la Ville associe les Lauzièrois à ses décisions.",
            "Un forum en ligne permet aussi aux habitants d'échanger entre eux.") + m.links([("spip.php?article211", "Les conseils de quartier")]),
          {"participation_displayed"}),
        P("/spip.php?article211", "Les conseils de quartier", m.p("Huit conseils de quartier se réunissent chaque trimestre. Inscrivez-vous auprès du service démocratie locale."),
          {"participation_displayed"}),
        P("/spip.php?article210", "Lauzière à vous", m.p(
            "« Lauzière à vous » est le budget participatif de la Ville : 1 million d'euros pour les projets des habitants.",
            "Résultats de l'édition 2024 : 31 projets lauréats, 7 400 votants. Le dépôt de la prochaine édition ouvre en janvier.")
          + m.spip_forum([("Gilles", "21 oct.", "Bravo pour le projet de la passerelle !")], 210), {"participatory_budget", "comments"}),
        P("/spip.php?article221", "Stade : les travaux de la tribune", m.p("Les travaux de la tribune Henri-Point dureront jusqu'en mars.")
          + m.spip_forum([("Paulo", "5 nov.", "Et les vestiaires ?"), ("Service des sports", "6 nov.", "Ils sont inclus dans le chantier.")], 221),
          {"comments"}),
        P("/spip.php?article225", "Conseil municipal du 9 décembre", _conseil_municipal(["9 décembre"]), decoys={"participation_displayed"}),
        P("/spip.php?article230", "Forum des associations", m.p("Le forum des associations réunit 300 associations le premier week-end de septembre."),
          decoys={"forum"}),
        P("/spip.php?article240", "Appel à projets culture", m.p(
            "Appel à projets pour les associations culturelles : subventions d'aide à la création, dossiers avant le 15 février."),
          decoys={"suggestion_call"}),
        P("/spip.php?page=contact", "Contact", m.spip_contact("spip.php?page=contact"), {"contact_form"}),
    ]
    fo = [
        P("/", "Index du forum", m.phpbb_forums([("/viewforum.php?f=3", "Vie des quartiers", "Échanges entre habitants", 42),
                                                 ("/viewforum.php?f=4", "Transports", "Bus, tram, vélo", 17)]), {"forum"}),
        P("/viewforum.php?f=3", "Vie des quartiers", m.phpbb_topics([("/viewtopic.php?t=118", "Bruit place Jean-Jaurès", "Fanny42", 12)]), {"forum"}),
        P("/viewforum.php?f=4", "Transports", m.phpbb_topics([("/viewtopic.php?t=120", "Ligne T3 le dimanche", "Rémi", 4)]), {"forum"}),
        P("/viewtopic.php?t=118", "Bruit place Jean-Jaurès", m.phpbb_posts([("Fanny42", "3 déc.", "Les terrasses ferment tard."), ("Bernard", "3 déc.", "Le conseil de quartier en parle jeudi.")]),
          {"forum"}),
        P("/viewtopic.php?t=120", "Ligne T3 le dimanche", m.phpbb_posts([("Rémi", "1 déc.", "Un tram toutes les 20 minutes, c'est peu.")]), {"forum"}),
    ]
    sites = [
        _site(W, "spip", "Ville de Lauzière", www, [("Accueil", "/"), ("Participer", "spip.php?rubrique12"), ("Contact", "spip.php?page=contact")],
              [social("facebook", "lauziere.ville")], "Hôtel de ville, place de l'Hôtel-de-Ville, Lauzière"),
        _site(F, "phpbb", "Forum des habitants de Lauzière", fo, [], plan=False),
    ]
    return City("99315", "Lauzière", 158_900, "42", "84", "Auvergne-Rhône-Alpes", f"http://{W}/", sites)


# ---- 99316 Mirebelle (Bouches-du-Rhône): Joomla city, mairies d'arrondissement, own platform, Discourse -

def mirebelle():
    W, A, D, T = "www.mirebelle.fr", "mairie-3e-4e.mirebelle.fr", "parlons.mirebelle.fr", "discussions.mirebelle.fr"
    www = [
        _std_home("Mirebelle", "Ville de Mirebelle : toute l'information municipale.",
                  [("/index.php/democratie-de-proximite", "Démocratie de proximité"), ("/index.php/arrondissements", "Mairies d'arrondissement"),
                   (f"http://{D}/", "Parlons Mirebelle"), ("/index.php/budget", "Budget"), ("/index.php/contact", "Contact"), ("/index.php/stationnement", "Payer son stationnement")],
                  [("/index.php/actualites/ciq-assemblee", "Les CIQ réunis en assemblée", "3 déc.", "La fédération des CIQ a tenu son assemblée."),
                   ("/index.php/actualites/enquete-satisfaction", "Enquête de satisfaction état civil", "28 nov.", "Résultats publiés."),
                   ("/index.php/actualites/plan-canicule", "Plan canicule", "1 juin", "Inscription des personnes vulnérables.")],
                  decoys={"participation_displayed"}),
        P("/index.php/democratie-de-proximite", "Démocratie de proximité", m.p(
            "Mirebelle compte 110 comités d'intérêt de quartier, fédérés par arrondissement. La Ville les consulte sur tous les projets d'urbanisme.",
            f"Sur <a href=\"http://{D}/\">Parlons Mirebelle</a>, la plateforme de la Ville, chacun peut donner son avis et déposer ses idées.",
            f"Un espace de discussion libre, <a href=\"http://{T}/\">discussions.mirebelle.fr</a>, est ouvert aux habitants."),
          {"participation_displayed"}),
        P("/index.php/arrondissements", "Mairies d'arrondissement", m.p("Chaque secteur dispose d'une mairie d'arrondissement et d'un conseil d'arrondissement.")
          + m.links([(f"http://{A}/", "Mairie des 3e et 4e arrondissements")])),
        # a news item naming the CIQ federation meeting: reported by the city, it describes the participation bodies at work
        P("/index.php/actualites/ciq-assemblee", "Les CIQ réunis en assemblée", m.p(
            "La fédération des comités d'intérêt de quartier a tenu son assemblée générale à l'Alcazar. Le maire a présenté la nouvelle charte de la concertation avec les CIQ."),
          {"participation_displayed"}),
        P("/index.php/actualites/enquete-satisfaction", "Enquête de satisfaction état civil", m.p(
            "92 % des usagers se déclarent satisfaits de l'accueil. L'enquête, menée en octobre, est close.") + m.poll_results(
            "Êtes-vous satisfait de l'accueil ?", [("Oui", 92, 460), ("Non", 8, 40)], "Enquête close."), decoys={"poll"}),
        P("/index.php/actualites/plan-canicule", "Plan canicule", m.registration_form("/index.php/actualites/plan-canicule", "registre canicule"),
          decoys={"contact_form"}),
        P("/index.php/budget", "Budget", _BUDGET_PRIMITIF, decoys={"participatory_budget"}),
        P("/index.php/stationnement", "Payer son stationnement", m.payment_form("/index.php/stationnement", "forfait post-stationnement"), decoys={"contact_form"}),
        P("/index.php/contact", "Contact", m.joomla_contact("/index.php/contact"), {"contact_form"}),
    ]
    arr = [
        P("/", "Accueil", _home("Mairie des 3e et 4e", "Votre mairie d'arrondissement.",
            [("/conseil-arrondissement", "Conseil d'arrondissement"), ("/ciq", "Les CIQ"), ("/appel-a-idees", "Appel à idées"), ("/contact", "Contact"),
             (f"http://{W}/", "Ville de Mirebelle"), (f"http://{D}/", "Parlons Mirebelle")],
            [("/appel-a-idees", "Vos idées pour la place Sébastopol", "1 déc.", "Appel à idées jusqu'au 31 janvier."),
             ("/conseil-arrondissement", "Conseil d'arrondissement", "25 nov.", "Prochaine séance."), ("/ciq", "Les CIQ", "2 nov.", "Annuaire.")],
            [("/conseil-arrondissement", "Conseil d'arrondissement", "18 déc.")])),
        P("/conseil-arrondissement", "Conseil d'arrondissement", _conseil_municipal(["18 décembre", "20 novembre"]), decoys={"participation_displayed"}),
        P("/ciq", "Les CIQ", m.p("Les CIQ des 3e et 4e arrondissements représentent les habitants auprès de la mairie et sont associés aux projets du secteur.")
          + m.ul(["CIQ Belle-de-Mai", "CIQ Chutes-Lavie", "CIQ Cinq-Avenues"]), {"participation_displayed"}),
        P("/appel-a-idees", "Vos idées pour la place Sébastopol", m.p(
            "La mairie lance un appel à idées pour réaménager la place Sébastopol. Envoyez vos propositions jusqu'au 31 janvier.")
          + m.idea_box("/appel-a-idees", "Déposer une idée", "Une idée par formulaire, avec un plan ou une photo si vous le souhaitez."),
          {"suggestion_call", "contact_form"}),
        P("/contact", "Contact", m.joomla_contact("/contact"), {"contact_form"}),
    ]
    par = [
        P("/", "Parlons Mirebelle", m.p("Parlons Mirebelle est la plateforme de participation de la Ville : consultations, idées, votes.")
          + m.links([("/consultations/plages-2025", "Consultation : l'avenir des plages du Prado"), ("/idees", "La boîte à idées"),
                     ("/consultations/corniche", "Corniche (terminée)")]), {"participation_displayed"}),
        P("/consultations/plages-2025", "Consultation : l'avenir des plages du Prado", m.p("Consultation ouverte jusqu'au 15 février.")
          + m.vendor_questionnaire("/consultations/plages-2025/reponses", "Dix questions, cinq minutes.",
                                   [("Fréquentez-vous les plages du Prado ?", ["Souvent", "Parfois", "Jamais"]), ("Vos attentes", None)]),
          {"poll", "participation_displayed"}),
        P("/idees", "La boîte à idées", m.idea_box("/idees", "Proposez vos idées", "Les idées les plus soutenues sont étudiées par les services."),
          {"suggestion_call", "contact_form"}),
        # closed consultation: only its report remains, no form
        P("/consultations/corniche", "Corniche (terminée)", m.p(
            "La consultation sur la corniche est terminée. Le rapport de synthèse présente les 3 100 contributions reçues."),
          {"participation_displayed"}, decoys={"poll"}),
    ]
    dis = [
        P("/", "Discussions Mirebelle", m.discourse_topics([("/t/navettes-maritimes/41", "Navettes maritimes l'hiver ?", 23),
                                                            ("/t/trottoirs-encombres/57", "Trottoirs encombrés rue de Rome", 9)]), {"forum"}),
        P("/t/navettes-maritimes/41", "Navettes maritimes l'hiver ?", m.discourse_posts([("capitaine13", "2 déc.", "Pourquoi s'arrêtent-elles en octobre ?"),
                                                                                        ("Lucie", "3 déc.", "Une pétition circule à ce sujet.")]), {"forum"}),
        P("/t/trottoirs-encombres/57", "Trottoirs encombrés rue de Rome", m.discourse_posts([("Mo", "1 déc.", "Les trottinettes bloquent le passage.")]), {"forum"}),
    ]
    sites = [
        _site(W, "joomla", "Ville de Mirebelle", www, [("Accueil", "/"), ("Démocratie", "/index.php/democratie-de-proximite"), ("Contact", "/index.php/contact")],
              [social("facebook", "MirebelleOfficiel"), social("x", "Mirebelle"), social("tiktok", "villedemirebelle")], "Quai du Port, Mirebelle"),
        _site(A, "joomla", "Mairie des 3e et 4e arrondissements", arr, [("Accueil", "/"), ("Contact", "/contact")], address="Mairie des 3e et 4e, Mirebelle"),
        _site(D, "vendor", "Parlons Mirebelle", par, [("Accueil", "/"), ("Idées", "/idees")], plan=False,
              features=frozenset({"participatory_platform"}), platforms=frozenset({"parlons_mirebelle"})),
        _site(T, "discourse", "Discussions Mirebelle", dis, [("Sujets", "/")], plan=False),
    ]
    return City("99316", "Mirebelle", 241_800, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{W}/", sites)


# ---- 99317 Ardelaz (Savoie): WordPress city, Publik e-services, Decidim of the metropolis ---------------

def ardelaz():
    W, E, M = "www.ardelaz.fr", "demarches.ardelaz.fr", "participation.grand-ardelaz.fr"
    www = [
        _std_home("Ardelaz", "Ardelaz, ville des lacs et des montagnes.",
                  [("/vivre-ensemble/conseils-citoyens", "Conseils citoyens"), ("/vivre-ensemble/petition", "Pétition au conseil municipal"),
                   (f"http://{E}/", "Démarches en ligne"), (f"http://{M}/", "Participation Grand Ardelaz"), (f"http://{E}/contact/", "Contact"),
                   ("/actualites/saison-culturelle", "Saison culturelle")],
                  [("/actualites/saison-culturelle", "Saison culturelle", "5 sept.", "Réservez vos places."),
                   ("/actualites/resultats-sondage-lac", "Baignade au lac : les résultats", "30 sept.", "Vous avez voté."),
                   ("/vivre-ensemble/conseils-citoyens", "Conseils citoyens : appel à volontaires", "1 oct.", "Rejoignez un conseil.")]),
        P("/vivre-ensemble/conseils-citoyens", "Conseils citoyens", m.p(
            "Quatre conseils citoyens réunissent habitants tirés au sort et volontaires. Ils sont associés au contrat de ville et aux projets de rénovation urbaine."),
          {"participation_displayed"}),
        P("/vivre-ensemble/petition", "Pétition au conseil municipal", m.p(
            "Depuis 2023, un droit de pétition permet aux habitants de demander l'inscription d'un sujet à l'ordre du jour du conseil municipal (500 signatures).")
          + m.petition_form("/vivre-ensemble/petition/signer", "Un passage piéton devant le collège Garibaldi", 281, 500), {"petition"}),
        P("/actualites/resultats-sondage-lac", "Baignade au lac : les résultats", m.poll_results(
            "Faut-il surveiller la plage du lac en juin ?", [("Oui", 74, 1480), ("Non", 26, 520)]), decoys={"poll"}),
        P("/actualites/saison-culturelle", "Saison culturelle", m.p("Théâtre, danse, concerts : 45 spectacles cette saison.")
          + m.booking_form("/actualites/saison-culturelle", "billetterie") + m.wp_comments(
            [("Lise", "6 sept.", "Belle programmation !")], "/wp-comments-post.php", 980), {"comments"}, decoys={"contact_form"}),
    ]
    pub = [
        P("/", "Démarches en ligne", m.p("Le portail des démarches de la Ville d'Ardelaz.")
          + m.links([("/contact/", "Écrire à la mairie"), ("/signaler/", "Signaler un problème sur la voie publique"), ("/cantine/", "Payer la cantine"),
                     (f"http://{W}/", "Retour au site de la ville")]) + m.news([("/signaler/", "Nouveau : signalez en photo", "3 oct.", "Nids-de-poule, dépôts sauvages…")])),
        P("/contact/", "Écrire à la mairie", m.publik_form("/contact/", "Votre message", m.publik_field("nom", "Nom") + m.publik_field("courriel", "Courriel", "email")
                                                           + m.publik_field("message", "Votre message", "textarea")), {"contact_form"}),
        P("/signaler/", "Signaler un problème", m.publik_form("/signaler/", "Signalement", m.publik_field("adresse", "Adresse")
                                                              + m.publik_field("description", "Description du problème", "textarea")), {"contact_form"}),
        P("/cantine/", "Payer la cantine", m.payment_form("/cantine/", "restauration scolaire"), decoys={"contact_form"}),
    ]
    met = [
        P("/", "Participation Grand Ardelaz", m.p("La plateforme de participation de Grand Ardelaz et de ses communes.")
          + m.decidim_process_cards([("/processes/bp-metropolitain", "Budget participatif métropolitain", "Ouvert", "Vote"),
                                     ("/assemblies/conseil-developpement", "Conseil de développement", "Ouvert", "Assemblée")]),
          {"participation_displayed"}),
        P("/processes/bp-metropolitain", "Budget participatif métropolitain", m.decidim_steps(["Dépôt", "Vote", "Résultats"], 1)
          + m.p("Votez pour vos projets jusqu'au 30 novembre.") + m.decidim_components([("/processes/bp-metropolitain/f/8/budgets", "Voter")]),
          {"participatory_budget"}),
        P("/processes/bp-metropolitain/f/8/budgets", "Voter", m.p("Sélectionnez des projets dans la limite de 300 000 €.")
          + m.decidim_proposal_list([("/processes/bp-metropolitain/f/8/budgets/projects/31", "Piste cyclable du lac", 0, "Projet")]),
          {"participatory_budget"}),
        P("/processes/bp-metropolitain/f/8/budgets/projects/31", "Piste cyclable du lac", m.p("Relier les deux rives du lac par une voie verte.")
          + m.decidim_comments([("Alain", "il y a 1 jour", "Enfin une continuité cyclable.")], "Z2lkOi8vZGVjaWRpbS9Qcm9qZWN0LzMx"),
          {"participatory_budget", "comments"}),
        P("/assemblies/conseil-developpement", "Conseil de développement", m.p(
            "Le conseil de développement réunit 80 membres de la société civile et rend des avis sur les politiques métropolitaines."),
          {"participation_displayed"}),
    ]
    sites = [
        _site(W, "wordpress", "Ville d'Ardelaz", www, [("Accueil", "/"), ("Vivre ensemble", "/vivre-ensemble/conseils-citoyens")],
              [social("facebook", "ardelaz"), social("instagram", "ardelaz_officiel")], "Hôtel de ville, Ardelaz"),
        _site(E, "publik", "Démarches Ardelaz", pub, [("Accueil", "/")], plan=False),
        _site(M, "decidim", "Participation Grand Ardelaz", met, [("Processus", "/")], plan=False,
              features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"})),
    ]
    return City("99317", "Ardelaz", 152_300, "73", "84", "Auvergne-Rhône-Alpes", f"http://{W}/", sites)


# ---- 99318 Orvalune (Gard): vendor CMS, Fluicity space, Flarum board, satisfaction survey ----------------

def orvalune():
    W, FL, FO = "www.orvalune.fr", "orvalune.flui.city", "agora.orvalune.fr"
    www = [
        _std_home("Orvalune", "Orvalune, cité romaine au cœur du Gard.",
                  [("/participer", "Participer"), ("/participer/comites-de-quartier", "Comités de quartier"), (f"http://{FL}/", "Orvalune Fluicity"),
                   (f"http://{FO}/", "L'Agora"), ("/contact", "Contact"), ("/actualites/satisfaction-proprete", "Enquête propreté")],
                  [("/actualites/feria", "Feria : programme", "10 mai", "Arènes et bodegas."),
                   ("/actualites/satisfaction-proprete", "Propreté : répondez à l'enquête", "2 déc.", "Un questionnaire en ligne."),
                   ("/actualites/office-tourisme", "L'office de tourisme sur les réseaux", "20 nov.", "Suivez-le."),
                   ("/actualites/assises-participation", "Assises de la participation", "14 nov.", "Vingt villes réunies.")]),
        P("/participer", "Participer", m.p(
            "La Ville a fait de la concertation un principe : comités de quartier, ateliers citoyens, consultations en ligne et une agora numérique.")
          + m.links([("/participer/comites-de-quartier", "Comités de quartier"), (f"http://{FL}/", "Nos consultations")]), {"participation_displayed"}),
        P("/participer/comites-de-quartier", "Comités de quartier", m.p(
            "Les douze comités de quartier sont des lieux de dialogue entre habitants et élus. Ils se réunissent au moins trois fois par an."),
          {"participation_displayed"}),
        # a satisfaction questionnaire open to all residents is a questionnaire on the city's site
        P("/actualites/satisfaction-proprete", "Propreté : répondez à l'enquête", m.vendor_questionnaire(
            "/actualites/satisfaction-proprete", "Enquête de satisfaction sur la propreté des rues, ouverte jusqu'au 15 janvier.",
            [("Êtes-vous satisfait de la propreté de votre rue ?", ["Très", "Assez", "Peu", "Pas du tout"]), ("Un commentaire ?", None)]), {"poll"}),
        P("/actualites/feria", "Feria : programme", m.p("Corridas, abrivados et concerts pendant cinq jours.") + m.share(f"http://{W}/actualites/feria")),
        P("/actualites/assises-participation", "Assises de la participation à Orvalune", m.p(
            "Élus et techniciens de vingt villes ont comparé leurs outils : Decidim, Cap Collectif, Go Vocal ou Make.org.",
            "Une table ronde a rappelé que l'outil ne fait pas la démarche. Les actes seront publiés au printemps."),
          decoys={"participatory_platform"}),
        P("/actualites/office-tourisme", "L'office de tourisme sur les réseaux", m.p(
            "L'office de tourisme publie ses bons plans sur Instagram (@orvalune_tourisme), compte distinct de celui de la Ville.")),
        P("/enquete-publique-zac", "Enquête publique ZAC Hoche", m.p(
            "Enquête publique préalable à la déclaration d'utilité publique, du 3 au 31 mars. Registre en mairie."), decoys={"participation_displayed", "poll"}),
        P("/contact", "Contact", m.vendor_contact("/contact"), {"contact_form"}),
    ]
    flu = [
        P("/", "Orvalune Fluicity", m.p("Consultations et idées des habitants d'Orvalune.") + m.links(
            [("/consultations/ecusson-pieton", "L'Écusson piéton ?"), ("/idees", "Vos idées")]), {"participation_displayed"}),
        P("/consultations/ecusson-pieton", "L'Écusson piéton ?", m.vendor_questionnaire("/consultations/ecusson-pieton/vote", "Consultation ouverte.",
            [("Êtes-vous favorable à un centre piéton le week-end ?", ["Oui", "Non"])]), {"poll"}),
        P("/idees", "Vos idées", m.idea_box("/idees/nouvelle", "Partagez une idée", "Les idées sont publiées et les habitants peuvent les soutenir."),
          {"suggestion_call", "contact_form"}),
    ]
    ago = [
        P("/", "L'Agora d'Orvalune", m.flarum_discussions([("/d/12-marche-couvert", "Horaires du marché couvert", 6), ("/d/15-stationnement-residents", "Stationnement résidents", 11)]),
          {"forum"}),
        P("/d/12-marche-couvert", "Horaires du marché couvert", m.flarum_posts([("Gaby", "4 déc.", "Ouvert le lundi maintenant ?")]), {"forum"}),
        P("/d/15-stationnement-residents", "Stationnement résidents", m.flarum_posts([("Jo", "2 déc.", "Le macaron coûte combien ?")]), {"forum"}),
    ]
    sites = [
        _site(W, "vendor", "Ville d'Orvalune", www, [("Accueil", "/"), ("Participer", "/participer"), ("Contact", "/contact")],
              [social("facebook", "orvalune"), social("mastodon", "orvalune@social.gouv.fr")], "Place de l'Hôtel-de-Ville, Orvalune"),
        _site(FL, "vendor", "Orvalune Fluicity", flu, [("Accueil", "/")], plan=False,
              features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"})),
        _site(FO, "flarum", "L'Agora d'Orvalune", ago, [("Discussions", "/")], plan=False, features=frozenset({"forum"})),
    ]
    return City("99318", "Orvalune", 151_700, "30", "76", "Occitanie", f"http://{W}/", sites,
                decoy_accounts=("https://www.instagram.com/orvalune_tourisme",))


def cities():
    return [chambarel(), montverac(), valdeyre(), castelmiral(), lauziere(), mirebelle(), ardelaz(), orvalune()]


def hosts():
    return {}
