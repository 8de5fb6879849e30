"""Holdout part "lagons": eight communes of La Réunion, Guadeloupe, Martinique, Guyane, Mayotte and Corsica
(99041-99048) on agency CMSs, WordPress, Drupal, Joomla, SPIP and TYPO3, with Decidim, Cap Collectif, Go Vocal,
id-city, Fluicity and CONSUL Democracy spaces, a phpBB board, a Discourse forum, a neighbours' network and a
Publik e-services portal; participation under Creole, Shimaore and Corsican names, and the lookalikes such
cities hold (cyclone and water-cut alerts, the gendarmerie's participation citoyenne, budget primitif,
carnival contests, enquête publique, census)."""
from ..site import City, Site, page, social
from . import lagons_markup as m

P = page


def _home(intro, quick, teasers, events, extra=""):
    return (m.cookie_banner() + m.prose(intro) + m.tiles(quick) + extra + m.news(teasers) + m.agenda(events))


def _sitemap(links):
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
    return f'<ul class="plan-du-site">{items}</ul>'


# ==== 99041 Bois-Cannelle (La Réunion): agency CMS + Decidim ==============================================

def bois_cannelle():
    host, dec = "www.boiscannelle.re", "jeparticipe.boiscannelle.re"
    D = f"http://{dec}"
    bp = "/processes/bidje-lakour-2025"
    pages = [
        P("/", "Accueil", _home(
            "Bienvenue sur le site officiel de la Ville de Bois-Cannelle, commune des Hauts de l'Est, membre de la "
            "Communauté intercommunale des Hauts-de-l'Est.",
            [("/ma-ville/nou-le-ansanm", "Nou lé ansanm : la participation"), ("/ma-ville/bidje-lakour", "Bidjé Lakour"),
             ("/ma-ville/finances/budget-primitif-2025", "Budget 2025"), ("/ma-ville/conseil-municipal", "Conseil municipal"),
             ("/marches-publics", "Marchés publics"), ("/contact", "Contacter la mairie"), ("/lettre-info", "Lettre d'info"),
             (D + "/", "Plateforme Jeparticipe")],
            [("/actualites/alerte-kaz", "Saison cyclonique : téléchargez Alerte Kaz", "12 nov. 2025"),
             ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : convention signée avec la gendarmerie", "3 nov. 2025"),
             ("/actualites/marche-nocturne", "Le marché nocturne revient à la Plaine", "28 oct. 2025")],
            [("15 nov.", "Komité kartié de Bras-Long", "case de quartier"), ("22 nov.", "Conseil municipal", "salle des délibérations"),
             ("29 nov.", "Fête du letchi", "place de la mairie")])),
        P("/ma-ville/nou-le-ansanm", "Nou lé ansanm : la participation citoyenne", m.prose(
            "<strong>Nou lé ansanm</strong> rassemble les démarches de démocratie de proximité de la commune : les komité "
            "kartié, le conseil citoyen des quartiers prioritaires, le budget participatif Bidjé Lakour et les concertations "
            "sur les grands projets.",
            "Chacun, dès 16 ans, peut donner son avis, proposer un projet ou siéger dans l'instance de son quartier.")
          + m.tiles([("/ma-ville/nou-le-ansanm/komite-kartie", "Les komité kartié"),
                     ("/ma-ville/nou-le-ansanm/conseil-citoyen", "Le conseil citoyen"),
                     ("/ma-ville/bidje-lakour", "Le budget participatif Bidjé Lakour"),
                     (D + "/", "La plateforme jeparticipe.boiscannelle.re")], "Dans cette rubrique"),
          {"participation_displayed"}),
        P("/ma-ville/nou-le-ansanm/komite-kartie", "Les komité kartié", m.prose(
            "Les neuf komité kartié sont des conseils de quartier ouverts : habitants volontaires, associations et élus "
            "référents s'y retrouvent chaque trimestre à la case de quartier.",
            "Ils donnent un avis sur les aménagements, remontent les besoins (radiers, éclairage, chemins) et suivent les "
            "projets du budget participatif.",
            'Dernier compte rendu : <a href="/ma-ville/nou-le-ansanm/komite-kartie/compte-rendu-bras-long">Bras-Long, septembre 2025</a>.'),
          {"participation_displayed"}, parent=("Nou lé ansanm", "/ma-ville/nou-le-ansanm")),
        # a meeting's minutes: it shows the neighbourhood council at work, so it presents the approach
        P("/ma-ville/nou-le-ansanm/komite-kartie/compte-rendu-bras-long", "Komité kartié de Bras-Long : compte rendu", m.prose(
            "Présents : 23 habitants, 2 associations, l'élu référent du secteur.",
            "Points abordés : sécurisation du chemin de l'école, entretien de la ravine, projet de kiosque déposé au Bidjé Lakour.",
            "Prochaine réunion du komité kartié : 15 novembre à la case de quartier."),
          {"participation_displayed"}, parent=("Les komité kartié", "/ma-ville/nou-le-ansanm/komite-kartie")),
        P("/ma-ville/nou-le-ansanm/conseil-citoyen", "Le conseil citoyen", m.prose(
            "Dans les quartiers prioritaires de la Plaine et de Bras-Long, le conseil citoyen associe des habitants tirés au "
            "sort et des acteurs locaux au contrat de ville. Il se réunit en séance plénière trois fois par an.",
            "Vous souhaitez en faire partie ? Le prochain tirage au sort a lieu en janvier."),
          {"participation_displayed"}, parent=("Nou lé ansanm", "/ma-ville/nou-le-ansanm")),
        P("/ma-ville/bidje-lakour", "Bidjé Lakour, le budget participatif", m.prose(
            "Avec <strong>Bidjé Lakour</strong>, la Ville consacre 600 000 € de son budget d'investissement à des projets "
            "imaginés et choisis par les habitants.")
          + m.steps([("Dépôt des projets", "1er sept. - 31 oct."), ("Étude de faisabilité", "nov. - janv."),
                     ("Vote", "février"), ("Réalisation", "à partir d'avril")], 0)
          + m.prose(f'Déposez votre projet sur <a href="{D}{bp}">jeparticipe.boiscannelle.re</a>. '
                    '<a href="/ma-ville/bidje-lakour/reglement">Lire le règlement</a> — '
                    '<a href="/ma-ville/bidje-lakour/laureats-2024">Les lauréats 2024</a>'),
          {"participatory_budget", "participation_displayed"}, parent=("Nou lé ansanm", "/ma-ville/nou-le-ansanm")),
        P("/ma-ville/bidje-lakour/reglement", "Règlement du Bidjé Lakour", m.prose(
            "Article 1 : tout habitant de 16 ans et plus peut déposer un projet d'intérêt général relevant des compétences communales.",
            "Article 4 : chaque projet ne peut dépasser 80 000 € ; les dépenses de fonctionnement sont exclues.",
            "Article 7 : le vote est ouvert à tous les habitants ; chacun choisit trois projets."),
          {"participatory_budget"}, parent=("Bidjé Lakour", "/ma-ville/bidje-lakour")),
        # results of a past edition: the page still shows a budget whose projects residents proposed and voted
        P("/ma-ville/bidje-lakour/laureats-2024", "Bidjé Lakour 2024 : les projets lauréats", m.prose(
            "1 247 habitants ont voté. Les six projets retenus : un kiosque à Bras-Long, des bancs ombragés à la Plaine, "
            "un jardin partagé au Piton, l'éclairage du sentier de la ravine, une aire de jeux, un abri pour le marché forain."),
          {"participatory_budget"}, parent=("Bidjé Lakour", "/ma-ville/bidje-lakour")),
        P("/ma-ville/finances/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 58,2 M€ en fonctionnement et 21,4 M€ en investissement.",
            "Priorités : écoles, réseaux d'eau pluviale, voirie des Hauts. Le compte administratif 2024 est consultable en mairie."),
          decoys={"participatory_budget"}),
        P("/ma-ville/conseil-municipal", "Conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique. Ordre du jour du 22 novembre : décisions modificatives, "
            "subventions aux associations, dénomination de voies.",
            "Les procès-verbaux sont publiés sous huit jours."), decoys={"participation_displayed"}),
        P("/marches-publics", "Marchés publics et appels d'offres", m.prose(
            "Appel d'offres ouvert : réfection du radier de la ravine Sèche (date limite : 5 décembre).",
            "Appel à candidatures : occupation du domaine public pour le marché nocturne.",
            "Les dossiers de consultation sont téléchargeables sur le profil d'acheteur de la commune."),
          decoys={"suggestion_call"}),
        P("/actualites/alerte-kaz", "Saison cyclonique : téléchargez Alerte Kaz", m.prose(
            "Pendant la saison cyclonique, l'application <strong>Alerte Kaz</strong> vous informe en temps réel : alerte "
            "orange, alerte rouge, fermeture des écoles, radiers submergés.",
            "L'application diffuse les messages de la mairie ; elle ne permet pas d'échanger entre habitants.")
          + m.alert_signup("/actualites/alerte-kaz/inscription", "la Ville"),
          decoys={"territorial_social_network", "contact_form"}),
        P("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : convention avec la gendarmerie", m.prose(
            "Le maire et le commandant de la brigade ont signé le protocole « participation citoyenne » : des référents "
            "volontaires signalent aux gendarmes les faits inhabituels dans leur quartier.",
            "Ce dispositif de vigilance relève de la gendarmerie nationale.") + m.share(f"http://{host}/actualites/participation-citoyenne-gendarmerie"),
          decoys={"participation_displayed", "territorial_social_network"}),
        P("/actualites/marche-nocturne", "Le marché nocturne revient à la Plaine", m.prose(
            "Samaras, bouchons et artisanat : le marché nocturne revient chaque premier vendredi du mois sous l'abri financé "
            "l'an dernier par le Bidjé Lakour.") + m.share(f"http://{host}/actualites/marche-nocturne"),
          decoys={"participatory_budget"}),
        P("/contact", "Contacter la mairie", m.prose("Hôtel de ville ouvert du lundi au vendredi de 7 h 30 à 15 h 30.")
          + '<form class="form-contact" action="/contact/envoyer" method="post">'
            '<p><label for="c-nom">Nom *</label><input id="c-nom" name="contact[nom]" required></p>'
            '<p><label for="c-mail">Courriel *</label><input id="c-mail" type="email" name="contact[email]" required></p>'
            '<p><label for="c-objet">Objet</label><select id="c-objet" name="contact[objet]"><option>État civil</option>'
            '<option>Voirie</option><option>Autre</option></select></p><p><label for="c-msg">Votre message *</label>'
            '<textarea id="c-msg" name="contact[message]" rows="7" required></textarea></p>'
            '<p><button type="submit">Envoyer</button></p></form>', {"contact_form"}),
        P("/lettre-info", "Lettre d'information", m.prose("Recevez chaque mois l'actualité de Bois-Cannelle.")
          + '<form class="form-newsletter" action="/lettre-info/inscription" method="post"><p><label for="nl-mail">Courriel</label>'
            '<input id="nl-mail" type="email" name="email" required></p><p><button type="submit">S\'abonner</button></p></form>',
          decoys={"contact_form"}),
    ]
    www = Site(host, "vendor", "Ville de Bois-Cannelle", pages,
               menu=[("Ma ville", "/ma-ville/nou-le-ansanm"), ("Bidjé Lakour", "/ma-ville/bidje-lakour"),
                     ("Marchés publics", "/marches-publics"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleBoisCannelle"), social("instagram", "boiscannelle974"),
                         social("youtube", "VilleDeBoisCannelle")],
               address="Hôtel de ville, 12 rue de l'Église, 97440 Bois-Cannelle")
    dpages = [
        P("/", "Jeparticipe Bois-Cannelle", m.prose(
            "Bienvenue sur la plateforme de démocratie participative de Bois-Cannelle : budget participatif, concertations "
            "et komité kartié en ligne.")
          + m.decidim_cards([(bp, "Bidjé Lakour 2025", "Processus · phase de dépôt"),
                             ("/processes/plan-velo-des-hauts", "Plan vélo des Hauts", "Processus · questionnaire"),
                             ("/assemblies/komite-kartie", "Komité kartié", "Assemblée")], "processes")
          + '<p><a href="/processes">Tous les processus</a></p>', {"participation_displayed"}),
        P("/processes", "Processus participatifs", m.decidim_cards(
            [(bp, "Bidjé Lakour 2025", "Dépôt des projets jusqu'au 31 octobre"),
             ("/processes/plan-velo-des-hauts", "Plan vélo des Hauts", "Questionnaire ouvert")], "processes")),
        P(bp, "Bidjé Lakour 2025", m.prose("600 000 € pour les projets des habitants. Phase actuelle : dépôt des projets.")
          + m.steps([("Dépôt", "sept. - oct."), ("Analyse", "nov. - janv."), ("Vote", "février")], 0)
          + f'<p><a href="{bp}/f/12/proposals">Voir les projets déposés</a> · <a href="{bp}/f/13/budgets">Vote</a></p>',
          {"participatory_budget"}, parent=("Processus", "/processes")),
        P(f"{bp}/f/12/proposals", "Projets déposés", m.prose(
            "Vous avez une idée pour votre kartié ? Déposez votre projet avant le 31 octobre.")
          + '<a href="/users/sign_in" class="button button__sm button__secondary" id="new-proposal">Nouvelle proposition</a>'
          + m.decidim_cards([(f"{bp}/f/12/proposals/381", "Un kiosque couvert à Bras-Long", "14 commentaires"),
                             (f"{bp}/f/12/proposals/382", "Des bancs à l'ombre du marché", "3 commentaires")]),
          {"participatory_budget", "suggestion_call"}, parent=("Bidjé Lakour 2025", bp)),
        P(f"{bp}/f/12/proposals/381", "Un kiosque couvert à Bras-Long", m.prose(
            "Un kiosque pour les rencontres du quartier, les anniversaires et les répétitions de maloya. Coût estimé : 45 000 €.")
          + m.decidim_comments([("Josiane T.", "2 oct.", "Bonne idée, il manque un abri quand il pleut."),
                                ("Kévin P.", "4 oct.", "Il faudrait aussi un point d'eau.")], "proposal-381"),
          {"participatory_budget", "comments"}, parent=("Projets déposés", f"{bp}/f/12/proposals")),
        P(f"{bp}/f/12/proposals/382", "Des bancs à l'ombre du marché", m.prose(
            "Six bancs et deux arbres d'ombrage autour du marché forain. Coût estimé : 12 000 €.")
          + m.decidim_comments([("Marie-Annick L.", "6 oct.", "Pour les gramounes c'est indispensable.")], "proposal-382"),
          {"participatory_budget", "comments"}, parent=("Projets déposés", f"{bp}/f/12/proposals")),
        P(f"{bp}/f/13/budgets", "Vote du Bidjé Lakour", m.prose(
            "Le vote ouvrira en février : vous choisirez vos projets dans la limite de l'enveloppe de votre secteur.")
          + '<div class="budget-summary" data-total-budget="600000"><p>Budget disponible : 600 000 €</p></div>',
          {"participatory_budget"}, parent=("Bidjé Lakour 2025", bp)),
        P("/processes/plan-velo-des-hauts", "Plan vélo des Hauts", m.prose(
            "La Ville prépare un plan de pistes cyclables entre les Hauts et le littoral. Répondez au questionnaire.")
          + '<p><a href="/processes/plan-velo-des-hauts/f/15/">Répondre au questionnaire</a></p>', {"poll"},
          parent=("Processus", "/processes")),
        P("/processes/plan-velo-des-hauts/f/15/", "Questionnaire : le vélo dans les Hauts", m.questionnaire(
            "/processes/plan-velo-des-hauts/f/15/answer", "Dix questions, cinq minutes.",
            [("Utilisez-vous un vélo ?", ["Tous les jours", "Parfois", "Jamais"]),
             ("Qu'est-ce qui vous en empêche ?", ["Les pentes", "La sécurité", "La chaleur", "Autre"]),
             ("Vos remarques", [])], "Envoyer le formulaire"), {"poll"},
          parent=("Plan vélo des Hauts", "/processes/plan-velo-des-hauts")),
        P("/assemblies/komite-kartie", "Komité kartié", m.prose(
            "Les komité kartié sont les conseils de quartier de Bois-Cannelle. Retrouvez ici leurs réunions, leurs membres "
            "et leurs comptes rendus."), {"participation_displayed"}),
    ]
    dsite = Site(dec, "decidim", "Jeparticipe Bois-Cannelle", dpages,
                 menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies/komite-kartie")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99041", "Bois-Cannelle", 68_400, "974", "04", "La Réunion", f"http://{host}/", [www, dsite])


# ==== 99042 Pointe-aux-Sables (La Réunion): WordPress + neighbours' network ==============================

def pointe_aux_sables():
    host, net = "www.pointeauxsables.re", "voisins.pointeauxsables.re"
    N = f"http://{net}"
    poll = m.wp_polls(14, "Quel équipement manque le plus sur le front de mer ?", ["Douches", "Ombrières", "Toilettes", "Parking vélos"])
    side = poll + m.newsletter_mailpoet()
    pages = [
        P("/", "Accueil", _home(
            "La Ville de Pointe-aux-Sables, sur la côte Ouest, vous souhaite la bienvenue. Commune membre de la "
            "Communauté d'agglomération du Lagon Ouest.",
            [("/vie-citoyenne/", "Vie citoyenne"), ("/vie-citoyenne/koze-kartie/", "Kozé kartié"),
             ("/vie-citoyenne/boite-a-idees/", "Boîte à idées"), ("/vie-citoyenne/voisins-solidaires/", "Voisins solidaires"),
             ("/vivre/plages/", "Plages"), ("/vivre/coupures-eau/", "Coupures d'eau"), ("/mairie/budget/", "Budget"),
             ("/mairie/appels-a-candidatures/", "Appels à candidatures"), ("/office-de-tourisme/", "Tourisme"),
             ("/contact/", "Contact")],
            [("/actualites/travaux-radier/", "Travaux au radier de l'Étang", "10 nov. 2025"),
             ("/actualites/carnaval-concours-chars/", "Carnaval : inscrivez votre char", "5 nov. 2025"),
             ("/actualites/nettoyage-ravine/", "Nettoyage de la ravine des Colimaçons", "30 oct. 2025"),
             ("/actualites/forum-emploi/", "Forum de l'emploi saisonnier", "22 oct. 2025"),
             ("/actualites/voisins-vigilants-gendarmerie/", "Participation citoyenne : réunion publique", "15 oct. 2025"),
             ("/vie-citoyenne/resultats-sondage-marche/", "Résultats du sondage sur le marché", "2 oct. 2025")],
            [("18 nov.", "Kozé kartié de l'Étang", "salle polyvalente"), ("6 déc.", "Carnaval lontan", "front de mer")],
            extra=m.aside("", side)), {"poll"}),
        P("/vie-citoyenne/", "Vie citoyenne", m.prose(
            "La municipalité fait le choix d'une démocratie de proximité : réunions publiques dans chaque quartier, "
            "boîte à idées, consultations en ligne, réseau de voisins solidaires.")
          + m.tiles([("/vie-citoyenne/koze-kartie/", "Les Kozé kartié"), ("/vie-citoyenne/boite-a-idees/", "La boîte à idées"),
                     ("/vie-citoyenne/consultation-front-de-mer/", "Consultation : le front de mer"),
                     ("/vie-citoyenne/voisins-solidaires/", "Voisins solidaires")], "Participer"),
          {"participation_displayed"}),
        P("/vie-citoyenne/koze-kartie/", "Kozé kartié : les réunions de quartier", m.prose(
            "Deux fois par an, le maire et les adjoints viennent dans votre quartier pour un « kozé » : une réunion publique "
            "où chacun pose ses questions et fait ses propositions.",
            "Calendrier 2025-2026 : l'Étang (18 novembre), Ermitage-les-Bas (2 décembre), La Chaloupe (13 janvier).",
            "Les comptes rendus sont affichés en mairie annexe."), {"participation_displayed"},
          parent=("Vie citoyenne", "/vie-citoyenne/")),
        P("/vie-citoyenne/boite-a-idees/", "Boîte à idées", m.prose(
            "Une idée pour améliorer votre quartier, la propreté, les animations ? Proposez-la à la municipalité : chaque "
            "idée reçoit une réponse sous un mois.")
          + m.cf7("/vie-citoyenne/boite-a-idees/", 212, [("text", "your-name", "Votre nom"), ("email", "your-email", "Votre e-mail"),
                                                          ("text", "quartier", "Votre quartier"), ("textarea", "votre-idee", "Votre idée")],
                  "Envoyer mon idée"), {"suggestion_call", "contact_form"}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        P("/vie-citoyenne/consultation-front-de-mer/", "Consultation : l'aménagement du front de mer", m.prose(
            "Avant les travaux de 2026, la Ville consulte les habitants sur l'avenir du front de mer.")
          + m.questionnaire("/vie-citoyenne/consultation-front-de-mer/", "Le questionnaire est ouvert jusqu'au 15 décembre.",
                            [("À quelle fréquence venez-vous sur le front de mer ?", ["Chaque jour", "Chaque semaine", "Rarement"]),
                             ("Faut-il piétonniser la promenade le dimanche ?", ["Oui", "Non", "Sans avis"]),
                             ("Vos suggestions", [])]),
          {"poll", "participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        P("/vie-citoyenne/resultats-sondage-marche/", "Sondage sur le marché forain : les résultats", m.prose(
            "Merci aux 389 participants. Le marché passera au samedi matin dès janvier.")
          + m.wp_polls_closed(11, "Quel jour pour le marché forain ?", [("Vendredi soir", 31, 121), ("Samedi matin", 58, 226), ("Dimanche", 11, 42)], 389),
          decoys={"poll"}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        P("/vie-citoyenne/voisins-solidaires/", "Voisins solidaires : le réseau de proximité", m.prose(
            "La Ville a ouvert <strong>Voisins solidaires</strong>, un réseau social de quartier réservé aux habitants : "
            "prêter une échelle, covoiturer jusqu'au marché, prévenir d'une coupure de route, organiser une fête de quartier.",
            f'Inscription gratuite : <a href="{N}/">voisins.pointeauxsables.re</a>.'),
          {"territorial_social_network"}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        P("/actualites/travaux-radier/", "Travaux au radier de l'Étang", m.prose(
            "Le radier sera fermé du 17 au 28 novembre. Une déviation est mise en place par le chemin Bœuf-Mort.")
          + m.wp_comments([("Sylvie R.", "11 novembre", "Et le bus scolaire, il passe par où ?"),
                           ("Ville de Pointe-aux-Sables", "11 novembre", "Le bus suivra la déviation, horaires inchangés.")], post_id=804)
          + m.share(f"http://{host}/actualites/travaux-radier/"), {"comments"}),
        P("/actualites/carnaval-concours-chars/", "Carnaval lontan : concours de chars", m.prose(
            "Associations et écoles, inscrivez votre char au concours du carnaval lontan. Trois prix récompenseront les plus "
            "beaux chars. Règlement et bulletin d'inscription en mairie.") + m.share(f"http://{host}/actualites/carnaval-concours-chars/"),
          decoys={"suggestion_call"}),
        P("/actualites/nettoyage-ravine/", "Nettoyage de la ravine des Colimaçons", m.prose(
            "Plus de 2 tonnes de déchets ont été retirées par les agents et une cinquantaine de bénévoles.")
          + m.wp_comments([], post_id=790, open_=False), decoys={"comments"}),
        P("/actualites/forum-emploi/", "Forum de l'emploi saisonnier", m.prose(
            "Le forum de l'emploi saisonnier réunit hôtels, restaurants et clubs de plongée le 22 novembre à la salle polyvalente."),
          decoys={"forum"}),
        P("/actualites/voisins-vigilants-gendarmerie/", "Participation citoyenne : réunion publique avec la gendarmerie", m.prose(
            "La gendarmerie présente le dispositif « participation citoyenne » : des habitants référents relaient les "
            "informations de sécurité auprès de la brigade. Réunion le 20 novembre."),
          decoys={"participation_displayed", "territorial_social_network"}),
        P("/vivre/plages/", "Plages et lagon", m.aside(m.prose(
            "La baignade est surveillée de 9 h à 17 h dans la zone protégée du lagon. Respectez les coraux et les "
            "consignes des maîtres-nageurs."), side), {"poll"}),
        P("/vivre/coupures-eau/", "Coupures d'eau : être prévenu", m.prose(
            "Le délégataire du service de l'eau envoie un SMS avant chaque coupure programmée. Inscrivez-vous ci-dessous.")
          + m.alert_signup("/vivre/coupures-eau/", "la régie des eaux"),
          decoys={"contact_form", "territorial_social_network"}),
        P("/mairie/budget/", "Budget de la commune", m.prose(
            "Budget primitif 2025 voté le 10 avril : 41 M€. Les documents budgétaires (budget primitif, compte administratif) "
            "sont consultables en ligne."), decoys={"participatory_budget"}),
        P("/mairie/appels-a-candidatures/", "Appels à candidatures", m.prose(
            "Appel à candidatures : gestion du snack de la plage (AOT). Appel à projets associatifs : subventions 2026, "
            "dossiers avant le 31 janvier."), decoys={"suggestion_call"}),
        P("/office-de-tourisme/", "Office de tourisme", m.prose("L'office de tourisme intercommunal vous accueille place du Marché.")
          + m.third_party_accounts("Suivre l'office de tourisme :", [("Facebook", "https://www.facebook.com/OTLagonOuest"),
                                                                  ("Instagram", "https://www.instagram.com/otlagonouest")])),
        P("/contact/", "Contact", m.prose("Mairie : 1 place de l'Hôtel-de-Ville. Accueil du lundi au vendredi.")
          + m.cf7("/contact/", 5, [("text", "your-name", "Nom"), ("email", "your-email", "E-mail"),
                                   ("text", "your-subject", "Objet"), ("textarea", "your-message", "Message")]),
          {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Ville de Pointe-aux-Sables", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne/"), ("Vivre", "/vivre/plages/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "pointeauxsables"), social("tiktok", "villepointeauxsables")],
               address="1 place de l'Hôtel-de-Ville, 97436 Pointe-aux-Sables")
    npages = [
        P("/", "Voisins solidaires Pointe-aux-Sables", m.prose("Le réseau social des voisins de Pointe-aux-Sables : 2 140 membres.")
          + '<ul class="groups"><li><a href="/quartiers/etang">Quartier de l\'Étang</a></li><li><a href="/quartiers/la-chaloupe">La Chaloupe</a></li>'
            '<li><a href="/entraide">Entraide</a></li><li><a href="/evenements">Événements</a></li></ul>'),
        P("/quartiers/etang", "Quartier de l'Étang", '<div class="feed"><article class="post"><p class="post__author">Rosemay</p>'
          '<p>Qui a perdu un chat tigré rue des Filaos ?</p><p class="post__meta">3 réponses</p></article>'
          '<article class="post"><p class="post__author">Jean-Luc</p><p>Je prête ma débroussailleuse samedi.</p></article></div>'
          '<form class="post-form" action="/quartiers/etang/publier" method="post"><textarea name="message" placeholder="Écrire à vos voisins"></textarea><button>Publier</button></form>'),
        P("/quartiers/la-chaloupe", "La Chaloupe", '<div class="feed"><article class="post"><p class="post__author">Nadège</p>'
          '<p>Covoiturage vers Saint-Leu le matin, qui est intéressé ?</p></article></div>'),
        P("/entraide", "Entraide", '<div class="feed"><article class="post"><p>Besoin d\'aide pour bâcher un toit avant la forte houle.</p></article></div>'),
        P("/evenements", "Événements entre voisins", '<ul class="events"><li>Fête des voisins du Cap — 29 novembre</li><li>Pique-nique à la plage — 7 décembre</li></ul>'),
    ]
    nsite = Site(net, "community", "Voisins solidaires", npages,
                 menu=[("Accueil", "/"), ("Entraide", "/entraide"), ("Événements", "/evenements")],
                 features=frozenset({"territorial_social_network"}))
    return City("99042", "Pointe-aux-Sables", 34_800, "974", "04", "La Réunion", f"http://{host}/", [www, nsite],
                decoy_accounts=("https://www.facebook.com/otlagonouest", "https://www.instagram.com/otlagonouest"))


# ==== 99043 Morne-Zabeth (Guadeloupe): Drupal + Cap Collectif + self-hosted LimeSurvey =====================

def morne_zabeth():
    host, cap, enq = "www.mornezabeth.fr", "mornezabeth.cap-collectif.com", "enquetes.mornezabeth.fr"
    C, E = f"http://{cap}", f"http://{enq}"
    pr = "/project/bidje-sitwayen-2025"
    pages = [
        P("/", "Accueil", _home(
            "Site officiel de la Ville de Morne-Zabeth, en Grande-Terre. Commune membre de la communauté d'agglomération "
            "Grands-Fonds Atlantique.",
            [("/democratie-participative", "Démocratie participative"), ("/democratie-participative/bidje-sitwayen", "Bidjé sitwayen"),
             ("/democratie-participative/enquete-mobilite", "Enquête mobilité"), ("/budget/budget-primitif", "Budget primitif"),
             ("/conseil-municipal", "Conseil municipal"), ("/demarches/inscription-cantine", "Inscription cantine"),
             ("/associations/appel-a-projets", "Appel à projets associatifs"), ("/contact", "Contact")],
            [("/actualites/carnaval-concours-groupes", "Carnaval 2026 : concours des groupes à po", "14 nov. 2025"),
             ("/actualites/enquete-publique-plu", "Enquête publique sur le PLU", "8 nov. 2025"),
             ("/actualites/recensement-2026", "Recensement 2026 : les agents recenseurs", "2 nov. 2025"),
             ("/actualites/route-section-bois-david", "Route de la section Bois-David", "25 oct. 2025"),
             ("/actualites/plateau-sportif-douville", "Inauguration du plateau sportif", "18 oct. 2025")],
            [("20 nov.", "Conseil de section de Douville", "école de Douville"), ("4 déc.", "Conseil municipal", "mairie")])),
        P("/democratie-participative", "Démocratie participative", m.prose(
            "La Ville fait vivre la parole des habitants dans les sections : conseils de section, conseils citoyens, "
            "budget participatif « Bidjé sitwayen » et enquêtes en ligne.")
          + m.tiles([("/democratie-participative/conseils-de-section", "Les conseils de section"),
                     ("/democratie-participative/conseils-citoyens", "Les conseils citoyens"),
                     ("/democratie-participative/bidje-sitwayen", "Bidjé sitwayen"),
                     ("/democratie-participative/enquete-mobilite", "Enquête mobilité")], "Participer"),
          {"participation_displayed"}),
        P("/democratie-participative/conseils-de-section", "Les conseils de section", m.prose(
            "Chaque section de la commune (Douville, Bois-David, Grand-Fond, le Bourg…) a son conseil de section : un conseil "
            "de quartier ouvert aux habitants, qui se réunit au moins trois fois par an avec l'élu de section.",
            "Il donne son avis sur les travaux de voirie, l'assainissement, les équipements sportifs et culturels."),
          {"participation_displayed"}, parent=("Démocratie participative", "/democratie-participative")),
        P("/democratie-participative/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Deux conseils citoyens siègent dans les quartiers prioritaires du Bourg et de Grand-Fond. Ils participent au "
            "pilotage du contrat de ville avec l'agglomération et l'État."),
          {"participation_displayed"}, parent=("Démocratie participative", "/democratie-participative")),
        P("/democratie-participative/bidje-sitwayen", "Bidjé sitwayen : le budget participatif", m.prose(
            "Le <strong>Bidjé sitwayen</strong> confie 400 000 € aux habitants : vous proposez des projets pour votre section, "
            "puis vous votez pour vos préférés.",
            f'Tout se passe sur <a href="{C}/">mornezabeth.cap-collectif.com</a> : '
            f'<a href="{C}{pr}/collect/depot-des-projets">déposer un projet</a>.'),
          {"participatory_budget", "participation_displayed"}, parent=("Démocratie participative", "/democratie-participative")),
        P("/democratie-participative/enquete-mobilite", "Enquête : vos déplacements", m.prose(
            "Comment vous déplacez-vous entre les sections et le Bourg ? Répondez à l'enquête en ligne ci-dessous.")
          + f'<iframe src="{E}/index.php/482915?newtest=Y&amp;lang=fr" title="Enquête mobilité" width="100%" height="900" loading="lazy"></iframe>'
          + f'<p>L\'enquête ne s\'affiche pas ? <a href="{E}/index.php/482915">Ouvrir le questionnaire</a>.</p>',
          {"poll"}, parent=("Démocratie participative", "/democratie-participative")),
        P("/associations/appel-a-projets", "Appel à projets associatifs 2026", m.prose(
            "Les associations peuvent solliciter une subvention pour leurs projets 2026. Dossier à déposer avant le 15 janvier "
            "au service vie associative."), decoys={"suggestion_call", "participatory_budget"}),
        P("/actualites/carnaval-concours-groupes", "Carnaval 2026 : concours des groupes à po", m.prose(
            "Les groupes à po et groupes à caisses claires peuvent s'inscrire au concours du carnaval. Le jury désignera les "
            "meilleurs costumes et la meilleure musique.") + m.share(f"http://{host}/actualites/carnaval-concours-groupes"),
          decoys={"suggestion_call"}),
        # a legal inquiry: residents write observations in a register, it is neither a poll nor the city's participation approach
        P("/actualites/enquete-publique-plu", "Enquête publique sur la révision du PLU", m.prose(
            "Par arrêté, une enquête publique sur la révision du plan local d'urbanisme se tient du 17 novembre au 19 décembre. "
            "Le commissaire enquêteur recevra le public en mairie ; un registre est ouvert aux heures d'ouverture."),
          decoys={"poll", "participation_displayed"}),
        P("/actualites/recensement-2026", "Recensement 2026", m.prose(
            "Du 15 janvier au 21 février, des agents recenseurs munis d'une carte officielle passeront chez vous. Vous pourrez "
            "répondre au questionnaire de l'Insee sur internet."), decoys={"poll"}),
        P("/actualites/route-section-bois-david", "Route de la section Bois-David", m.prose(
            "Les travaux de reprise de la chaussée dureront trois semaines.")
          + m.drupal_comments([("Ti Jo", "26/10/2025", "Enfin ! Les nids de poule étaient dangereux."),
                               ("Mélissa", "27/10/2025", "Pensez au ramassage scolaire.")], 318), {"comments"}),
        P("/actualites/plateau-sportif-douville", "Inauguration du plateau sportif de Douville", m.prose(
            "Proposé par des jeunes de Douville lors du premier Bidjé sitwayen, le plateau sportif a été inauguré samedi.")
          + m.drupal_comments([], 322, open_=False) + m.share(f"http://{host}/actualites/plateau-sportif-douville"),
          decoys={"participatory_budget", "comments"}),
        P("/budget/budget-primitif", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'élève à 62 M€. Section d'investissement : 18 M€, dont la réfection des réseaux d'eau."),
          decoys={"participatory_budget"}),
        P("/conseil-municipal", "Conseil municipal", m.prose(
            "Prochaine séance le 4 décembre à 18 h. Ordre du jour et délibérations disponibles en téléchargement."),
          decoys={"participation_displayed"}),
        P("/demarches/inscription-cantine", "Inscription à la restauration scolaire", m.registration_form(
            "/demarches/inscription-cantine", "Inscrire mon enfant",
            [("text", "enfant_nom", "Nom de l'enfant"), ("date", "enfant_naissance", "Date de naissance"),
             ("text", "ecole", "École"), ("email", "parent_email", "Courriel du parent")]), decoys={"contact_form"}),
        P("/contact", "Nous contacter", m.drupal_webform("contact", "/contact", [
            ("text", "name", "Votre nom"), ("email", "email", "Votre adresse de courriel"),
            ("select", "service", "Service", ["Accueil", "Services techniques", "CCAS"]),
            ("textarea", "message", "Message")]), {"contact_form"}),
    ]
    www = Site(host, "drupal", "Ville de Morne-Zabeth", pages,
               menu=[("Ma ville", "/"), ("Participer", "/democratie-participative"), ("Démarches", "/demarches/inscription-cantine"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "MorneZabeth"), social("x", "mornezabeth971"), social("youtube", "mornezabethtv")],
               address="Hôtel de ville, rue Schœlcher, 97180 Morne-Zabeth")
    cpages = [
        P("/", "Bidjé sitwayen", m.prose("La plateforme participative de Morne-Zabeth : proposez, débattez, votez.")
          + f'<ul class="projects"><li><a href="{pr}/presentation/presentation">Bidjé sitwayen 2025</a></li>'
            '<li><a href="/project/bidje-sitwayen-2023/selection/laureats">Bidjé sitwayen 2023 : les lauréats</a></li>'
            '<li><a href="/project/avenir-du-bourg/questionnaire/questionnaire">L\'avenir du Bourg</a></li></ul>',
          {"participation_displayed"}),
        P(f"{pr}/presentation/presentation", "Bidjé sitwayen 2025 : présentation", m.capco_steps([
            (f"{pr}/presentation/presentation", "Présentation", "", "open"),
            (f"{pr}/collect/depot-des-projets", "Dépôt des projets", "1er sept. - 15 nov.", "open"),
            (f"{pr}/selection/vote", "Vote", "janvier", "future")])
          + m.prose("400 000 € pour les sections. Chaque projet doit relever des compétences de la Ville."),
          {"participatory_budget"}),
        P(f"{pr}/collect/depot-des-projets", "Dépôt des projets", m.prose(
            "Vous avez un projet pour votre section ? Déposez-le avant le 15 novembre.")
          + '<a href="/login" class="btn btn-primary" id="main-proposal-create">Déposer une proposition</a>'
          + m.capco_proposals([(f"{pr}/collect/depot-des-projets/proposals/un-kiosque-a-bois-david", "Un kiosque à Bois-David", "Famille Lubin", 0, 6),
                               (f"{pr}/collect/depot-des-projets/proposals/eclairage-du-stade", "Éclairage du stade de Grand-Fond", "ASC Grand-Fond", 0, 2)]),
          {"participatory_budget", "suggestion_call"}, parent=("Bidjé sitwayen 2025", f"{pr}/presentation/presentation")),
        P(f"{pr}/collect/depot-des-projets/proposals/un-kiosque-a-bois-david", "Un kiosque à Bois-David", m.prose(
            "Un kiosque pour les veillées et les répétitions du groupe à po de la section.")
          + '<div class="opinion__comments"><ul class="comments-list"><li class="comment">Lucien : très bonne idée pour les jeunes.</li></ul>'
            '<form class="comment-form" action="/comments/proposal/8812" method="post"><textarea name="body" placeholder="Votre commentaire"></textarea>'
            '<input name="authorName" placeholder="Nom"><button type="submit">Commenter</button></form></div>',
          {"participatory_budget", "comments"}, parent=("Dépôt des projets", f"{pr}/collect/depot-des-projets")),
        P(f"{pr}/collect/depot-des-projets/proposals/eclairage-du-stade", "Éclairage du stade de Grand-Fond", m.prose(
            "Des projecteurs LED pour les entraînements du soir."), {"participatory_budget"},
          parent=("Dépôt des projets", f"{pr}/collect/depot-des-projets")),
        P(f"{pr}/selection/vote", "Vote", m.prose("Le vote ouvrira en janvier : trois voix par habitant de 14 ans et plus."),
          {"participatory_budget"}, parent=("Bidjé sitwayen 2025", f"{pr}/presentation/presentation")),
        # a past edition's winners: the budget itself is what the page shows
        P("/project/bidje-sitwayen-2023/selection/laureats", "Bidjé sitwayen 2023 : les lauréats", m.capco_proposals([
            ("/project/bidje-sitwayen-2023/selection/laureats", "Plateau sportif de Douville", "Jeunes de Douville", 612, 14),
            ("/project/bidje-sitwayen-2023/selection/laureats", "Jardin créole du Bourg", "Association Lakou", 498, 9)]),
          {"participatory_budget"}),
        P("/project/avenir-du-bourg/questionnaire/questionnaire", "L'avenir du Bourg : questionnaire", m.questionnaire(
            "/project/avenir-du-bourg/questionnaire/questionnaire", "Donnez votre avis sur la rénovation du Bourg.",
            [("Le Bourg est-il agréable ?", ["Oui", "Moyennement", "Non"]), ("Que faut-il en priorité ?", ["Ombre", "Commerces", "Stationnement"])]),
          {"poll"}),
    ]
    csite = Site(cap, "capcollectif", "Bidjé sitwayen — Morne-Zabeth", cpages,
                 menu=[("Accueil", "/"), ("Projets", f"{pr}/presentation/presentation")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    epages = [
        P("/", "Enquêtes en ligne", m.prose("Enquêtes et questionnaires de la Ville de Morne-Zabeth.")
          + '<ul class="surveys-list"><li><a href="/index.php/482915">Enquête mobilité (ouverte)</a></li></ul>', {"poll"}),
        P("/index.php/482915", "Enquête mobilité", m.limesurvey(482915, "Vos déplacements au quotidien", [
            ("Quel mode de transport utilisez-vous le plus ?", ["Voiture", "Bus Karu'lis", "Deux-roues", "À pied"]),
            ("Combien de temps pour rejoindre le Bourg ?", ["Moins de 15 min", "15 à 30 min", "Plus de 30 min"])]), {"poll"}),
    ]
    esite = Site(enq, "vendor", "Enquêtes — Ville de Morne-Zabeth", epages, menu=[("Enquêtes", "/")],
                 address="Hôtel de ville, rue Schœlcher, 97180 Morne-Zabeth")
    return City("99043", "Morne-Zabeth", 52_300, "971", "01", "Guadeloupe", f"http://{host}/", [www, csite, esite])


# ==== 99044 Anse-Corail (Martinique): Joomla, petitions on the city's site, Go Vocal ======================

def anse_corail():
    host, gv = "www.ansecorail.fr", "ansecorail.govocal.com"
    G = f"http://{gv}"
    poll = m.joomla_poll(3, "Faut-il une navette vers les plages le week-end ?", ["Oui", "Non", "Seulement en saison"])
    side = poll + m.joomla_login()
    dl = "/mairie/democratie-locale"
    pages = [
        P("/", "Accueil", _home(
            "Bienvenue à Anse-Corail, commune du Sud Caraïbe, membre de la communauté d'agglomération de l'Espace Sud.",
            [(dl, "Démocratie locale"), (f"{dl}/petitions", "Pétitions"), ("/lakou-lide", "Lakou lidé"),
             ("/mairie/budget-primitif", "Budget"), ("/vie-pratique/enquete-publique-littoral", "Enquête publique"),
             ("/vie-pratique/location-salles", "Louer une salle"), ("/sondages/resultats", "Sondages"), ("/contact", "Contact")],
            [("/actualites/petition-sargasses", "Sargasses : une pétition nationale", "10 nov. 2025"),
             ("/actualites/coupure-eau-quartiers-hauts", "Coupure d'eau dans les quartiers hauts", "6 nov. 2025"),
             ("/actualites/forum-des-associations", "Forum des associations", "1 nov. 2025"),
             ("/actualites/participation-citoyenne", "Participation citoyenne : deux quartiers volontaires", "20 oct. 2025")],
            [("21 nov.", "Konsey lakou de Fond-Canonville", "maison de quartier"), ("28 nov.", "Fête patronale", "bourg")],
            extra=m.aside("", side)), {"poll"}),
        P(dl, "Démocratie locale", m.prose(
            "La commune associe les habitants à ses décisions : conseils de quartier appelés <em>konsey lakou</em>, droit de "
            "pétition, idées citoyennes sur la plateforme Lakou lidé.")
          + m.tiles([(f"{dl}/konsey-lakou", "Les konsey lakou"), (f"{dl}/droit-de-petition", "Le droit de pétition"),
                     (f"{dl}/petitions", "Les pétitions en cours"), ("/lakou-lide", "Lakou lidé")], "Participer"),
          {"participation_displayed"}),
        P(f"{dl}/konsey-lakou", "Les konsey lakou", m.prose(
            "Les six konsey lakou sont les conseils de quartier d'Anse-Corail. Composés d'habitants volontaires et d'un élu "
            "référent, ils se réunissent tous les deux mois et rendent un avis sur les projets du quartier."),
          {"participation_displayed"}, parent=("Démocratie locale", dl)),
        P(f"{dl}/droit-de-petition", "Le droit de pétition", m.prose(
            "Toute personne domiciliée à Anse-Corail peut lancer une pétition en ligne. Si elle recueille 300 signatures en "
            "trois mois, le conseil municipal inscrit la question à son ordre du jour.",
            f'<a href="{dl}/petitions/deposer">Lancer une pétition</a> · <a href="{dl}/petitions">Signer une pétition</a>'),
          {"petition", "participation_displayed"}, parent=("Démocratie locale", dl)),
        P(f"{dl}/petitions", "Pétitions citoyennes", m.prose("Pétitions ouvertes à la signature :")
          + f'<ul class="petitions"><li><a href="{dl}/petitions/eclairage-anse-nord">Éclairage du chemin de l\'Anse Nord</a> — 214 signatures</li>'
            f'<li><a href="{dl}/petitions/ralentisseurs-bourg">Des ralentisseurs devant l\'école du Bourg</a> — 87 signatures</li></ul>',
          {"petition"}, parent=("Démocratie locale", dl)),
        P(f"{dl}/petitions/eclairage-anse-nord", "Éclairage du chemin de l'Anse Nord", m.prose(
            "Le chemin qui mène à l'arrêt de bus n'est pas éclairé : nous demandons quatre candélabres solaires.")
          + m.petition_sign(f"{dl}/petitions/eclairage-anse-nord/signer", "Éclairage du chemin de l'Anse Nord", 214, 300),
          {"petition"}, parent=("Pétitions citoyennes", f"{dl}/petitions")),
        P(f"{dl}/petitions/ralentisseurs-bourg", "Des ralentisseurs devant l'école du Bourg", m.prose(
            "Les voitures roulent trop vite devant l'école : nous demandons deux ralentisseurs.")
          + m.petition_sign(f"{dl}/petitions/ralentisseurs-bourg/signer", "Des ralentisseurs devant l'école du Bourg", 87, 300),
          {"petition"}, parent=("Pétitions citoyennes", f"{dl}/petitions")),
        P(f"{dl}/petitions/deposer", "Lancer une pétition", '<form class="petition-new" action="/mairie/democratie-locale/petitions/deposer" method="post">'
          '<p><label for="pt-titre">Titre de la pétition</label><input id="pt-titre" name="petition[titre]" required></p>'
          '<p><label for="pt-texte">Texte de la pétition</label><textarea id="pt-texte" name="petition[texte]" rows="8" required></textarea></p>'
          '<p><label for="pt-mail">Votre courriel</label><input id="pt-mail" type="email" name="petition[email]" required></p>'
          '<p><button type="submit">Soumettre ma pétition</button></p></form>',
          {"petition"}, parent=("Le droit de pétition", f"{dl}/droit-de-petition")),
        # a national petition site about a matter the city does not run: not a city-run petition space
        P("/actualites/petition-sargasses", "Sargasses : une pétition nationale", m.prose(
            "Une pétition adressée au Sénat demande un plan national contre les échouements de sargasses. Elle se signe sur "
            "la plateforme de pétitions du Sénat ; la commune soutient la démarche.") + m.share(f"http://{host}/actualites/petition-sargasses"),
          decoys={"petition"}),
        P("/sondages/resultats", "Résultats des sondages", m.prose("Sondage clos en septembre : 512 réponses.")
          + '<div class="acepolls-results"><h4>Faut-il déplacer le marché au front de mer ?</h4><ul><li>Oui : 61 %</li><li>Non : 32 %</li><li>Sans avis : 7 %</li></ul><p>Ce sondage est terminé.</p></div>',
          decoys={"poll"}),
        P("/actualites/coupure-eau-quartiers-hauts", "Coupure d'eau dans les quartiers hauts", m.prose(
            "Une coupure d'eau est prévue le 12 novembre de 8 h à 16 h. Pour être alerté par SMS, inscrivez-vous au service "
            "d'alerte de la régie. Ce service envoie des messages, il ne permet pas de répondre."),
          decoys={"territorial_social_network"}),
        P("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations se tient samedi au hall des sports : yoles rondes, danse bèlè, football, solidarité."),
          decoys={"forum"}),
        P("/actualites/participation-citoyenne", "Participation citoyenne : deux quartiers volontaires", m.prose(
            "Les quartiers Fond-Canonville et Petite-Anse rejoignent le dispositif de participation citoyenne de la gendarmerie : "
            "des référents font le lien avec la brigade."), decoys={"participation_displayed"}),
        # a legal inquiry with a register: not an online poll
        P("/vie-pratique/enquete-publique-littoral", "Enquête publique : aménagement du littoral", m.prose(
            "Enquête publique du 3 au 31 décembre sur le projet d'aménagement du front de mer. Le dossier est consultable en "
            "mairie ; le commissaire enquêteur tient trois permanences."), decoys={"poll"}),
        P("/vie-pratique/location-salles", "Louer une salle municipale", m.booking_form(
            "/vie-pratique/location-salles", "Réserver la salle polyvalente", ["Samedi 6 décembre", "Samedi 13 décembre", "Dimanche 14 décembre"]),
          decoys={"contact_form"}),
        P("/mairie/budget-primitif", "Budget primitif", m.prose(
            "Le budget primitif 2025 a été adopté à 23,6 M€. Investissements : école de Petite-Anse, voirie, éclairage public."),
          decoys={"participatory_budget"}),
        P("/lakou-lide", "Lakou lidé : vos idées pour la commune", m.prose(
            "<strong>Lakou lidé</strong> est l'espace en ligne où la commune recueille les idées des habitants : un abri, un "
            "jardin, une animation… Proposez, commentez et soutenez les idées de vos voisins.",
            f'Rendez-vous sur <a href="{G}/fr-FR/">ansecorail.govocal.com</a>.'),
          {"suggestion_call", "participation_displayed"}),
        P("/contact", "Contact", m.prose("Mairie d'Anse-Corail, rue Victor-Schœlcher.") + m.joomla_contact("/contact", 1),
          {"contact_form"}),
    ]
    www = Site(host, "joomla", "Ville d'Anse-Corail", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", dl), ("Lakou lidé", "/lakou-lide"), ("Contact", "/contact")],
               accounts=[social("facebook", "AnseCorailOfficiel"), social("instagram", "ansecorail972")],
               address="Mairie, rue Victor-Schœlcher, 97228 Anse-Corail")
    gpages = [
        P("/", "Lakou lidé", m.prose("Bienvenue sur Lakou lidé, la plateforme de participation d'Anse-Corail.")
          + '<a href="/fr-FR/">Accueil</a>', ()),
        P("/fr-FR/", "Lakou lidé — projets", '<div class="e2e-projects-list">'
          '<a class="e2e-project-card" href="/fr-FR/projects/lakou-lide-2025">Vos idées 2025</a>'
          '<a class="e2e-project-card" href="/fr-FR/projects/plage-propre">Sondage : plage propre</a>'
          '<a class="e2e-project-card" href="/fr-FR/projects/lakou-lide-2023">Vos idées 2023 (terminé)</a></div>'),
        P("/fr-FR/projects/lakou-lide-2025", "Vos idées 2025", m.prose(
            "Partagez vos idées pour rendre la commune plus agréable. Phase : proposition d'idées, jusqu'au 31 janvier.")
          + '<a class="e2e-idea-button" href="/fr-FR/projects/lakou-lide-2025/ideas/new">Soumettre une idée</a>'
          + '<div class="e2e-ideas-list"><a class="e2e-idea-card" href="/fr-FR/ideas/abri-bus-fond-canonville">Un abri-bus à Fond-Canonville</a></div>',
          {"suggestion_call"}),
        P("/fr-FR/projects/lakou-lide-2025/ideas/new", "Soumettre une idée", '<form id="idea-form" class="e2e-idea-form" action="/web_api/v1/ideas" method="post">'
          '<label for="title_multiloc">Titre</label><input id="title_multiloc" name="idea[title_multiloc][fr-FR]">'
          '<label for="body_multiloc">Description</label><textarea id="body_multiloc" name="idea[body_multiloc][fr-FR]"></textarea>'
          '<button type="submit" class="e2e-submit-idea-form">Publier</button></form>', {"suggestion_call"}),
        P("/fr-FR/ideas/abri-bus-fond-canonville", "Un abri-bus à Fond-Canonville", m.prose(
            "Les enfants attendent le bus sous la pluie : un abri serait le bienvenu.")
          + '<div id="e2e-comments-container"><div class="e2e-comment">Rose-Hélène : oui, et un banc aussi.</div>'
            '<form class="e2e-comment-form" action="/web_api/v1/ideas/abri-bus-fond-canonville/comments" method="post">'
            '<textarea id="submit-comment" name="comment[body_multiloc][fr-FR]" placeholder="Écrivez votre commentaire ici"></textarea>'
            '<button type="submit" class="e2e-submit-comment">Publier</button></form></div>',
          {"suggestion_call", "comments"}),
        P("/fr-FR/projects/plage-propre", "Sondage : plage propre", m.questionnaire(
            "/web_api/v1/projects/plage-propre/poll_responses", "Trois questions sur la propreté des plages.",
            [("Trouvez-vous les plages propres ?", ["Oui", "Plutôt", "Non"]),
             ("Faut-il plus de poubelles de tri ?", ["Oui", "Non"])], "Envoyer"), {"poll"}),
        # an idea call whose phase ended: nobody can submit any more
        P("/fr-FR/projects/lakou-lide-2023", "Vos idées 2023 (terminé)", m.prose(
            "Ce projet est terminé. 148 idées ont été proposées ; 12 ont été réalisées.")
          + '<p class="e2e-project-ended">Ce projet est terminé.</p>', decoys={"suggestion_call"}),
    ]
    gsite = Site(gv, "govocal", "Lakou lidé — Anse-Corail", gpages, menu=[("Accueil", "/fr-FR/"), ("Projets", "/fr-FR/")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"go_vocal"}))
    return City("99044", "Anse-Corail", 27_600, "972", "02", "Martinique", f"http://{host}/", [www, gsite])


# ==== 99045 Pripri-Doré (Guyane): SPIP + phpBB board + id-city ==========================================

def pripri_dore():
    host, forum, idc = "www.pripridore.fr", "forum.pripridore.fr", "pripridore.id-city.com"
    F, I = f"http://{forum}", f"http://{idc}"
    a = lambda n: f"/spip.php?article{n}"
    pages = [
        P("/", "Accueil", _home(
            "Site de la commune de Pripri-Doré, entre la crique et la savane, membre de la communauté d'agglomération "
            "du Littoral-Est guyanais.",
            [("/spip.php?rubrique12", "Démocratie participative"), (a(47), "Boîte à idées"), (a(48), "Le forum des habitants"),
             (a(56), "Questionnaire médiathèque"), (a(52), "Budget 2025"), (a(55), "Inscription crèche"),
             ("/spip.php?page=contact", "Nous écrire"), (I + "/", "Pripri-Doré participe")],
            [(a(49), "Recensement de la population", "12 nov. 2025"), (a(50), "Salon du livre : concours de nouvelles", "8 nov. 2025"),
             (a(51), "Travaux de la crique Pripri", "3 nov. 2025"), (a(53), "Forum de l'emploi et de la formation", "27 oct. 2025"),
             (a(54), "Marché de Noël : appel à candidatures", "20 oct. 2025"), (a(57), "Vigilance fortes pluies", "15 oct. 2025"),
             (a(46), "Réunion publique à Bourda-Soleil", "10 oct. 2025")],
            [("19 nov.", "Conseil de quartier du Bourg", "mairie annexe"), ("30 nov.", "Salon du livre", "médiathèque")])),
        P("/spip.php?rubrique12", "Démocratie participative", m.prose(
            "Conseils de quartier, réunions publiques, boîte à idées en ligne, forum des habitants : la commune ouvre des "
            "espaces pour que chacun participe à la vie locale.")
          + f'<ul class="liste-articles"><li><a href="{a(45)}">Les conseils de quartier</a></li><li><a href="{a(46)}">Réunion publique à Bourda-Soleil</a></li>'
            f'<li><a href="{a(47)}">Boîte à idées</a></li><li><a href="{a(48)}">Le forum des habitants</a></li></ul>',
          {"participation_displayed"}),
        P(a(45), "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier (Bourg, Bourda-Soleil, Savane, Crique-Pripri, Lotissement Ibis) réunissent habitants et "
            "élus. Ils proposent des actions et sont consultés sur les aménagements."),
          {"participation_displayed"}, parent=("Démocratie participative", "/spip.php?rubrique12")),
        # minutes of a public neighbourhood meeting, with an open article forum under it
        P(a(46), "Réunion publique à Bourda-Soleil", m.prose(
            "Soixante habitants ont échangé avec le maire sur l'assainissement et la desserte en bus. Le conseil de quartier "
            "suivra les engagements pris.")
          + m.spip_forum(46, [("Célia", "11 octobre", "Le bus scolaire", "Merci pour la réunion, il faudrait un arrêt près du carbet.")]),
          {"participation_displayed", "comments"}, parent=("Démocratie participative", "/spip.php?rubrique12")),
        P(a(47), "Boîte à idées", m.prose(
            "Vous avez une idée pour votre quartier ou pour la commune ? Déposez-la dans la boîte à idées en ligne : les "
            f'idées les plus soutenues sont étudiées en conseil de quartier. <a href="{I}/idees">Proposer une idée</a>'),
          {"suggestion_call"}, parent=("Démocratie participative", "/spip.php?rubrique12")),
        # a page about the board, on the city's site: the board itself is on its own host
        P(a(48), "Le forum des habitants", m.prose(
            "Le forum des habitants est un espace de discussion modéré par la mairie. Inscription libre, charte à respecter.",
            f'<a href="{F}/">Accéder au forum</a>'), decoys={"forum"},
          parent=("Démocratie participative", "/spip.php?rubrique12")),
        P(a(49), "Recensement de la population", m.prose(
            "Le recensement se déroule du 15 janvier au 21 février. Un agent recenseur vous remettra vos codes pour répondre "
            "en ligne au questionnaire de l'Insee."), decoys={"poll"}),
        P(a(50), "Salon du livre : concours de nouvelles", m.prose(
            "La médiathèque organise un concours de nouvelles sur le thème « la crique ». Textes à envoyer avant le 20 novembre."),
          decoys={"suggestion_call"}),
        P(a(51), "Travaux de la crique Pripri", m.prose(
            "Le curage de la crique débute lundi ; la passerelle sera fermée deux semaines.")
          + m.spip_forum(51, [("Marcel", "4 novembre", "Passerelle", "Quel passage pour les piétons pendant les travaux ?"),
                              ("Service technique", "5 novembre", "Réponse", "Un passage provisoire est aménagé côté école.")]),
          {"comments"}),
        P(a(52), "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 (37 M€) a été voté le 8 avril. Le compte administratif 2024 est publié."),
          decoys={"participatory_budget"}),
        P(a(53), "Forum de l'emploi et de la formation", m.prose(
            "Le forum de l'emploi et de la formation accueille employeurs et organismes le 27 novembre au gymnase."),
          decoys={"forum"}),
        P(a(54), "Marché de Noël : appel à candidatures", m.prose(
            "Artisans et producteurs, candidatez pour un stand au marché de Noël avant le 30 novembre."),
          decoys={"suggestion_call"}),
        P(a(55), "Inscription à la crèche", m.registration_form(a(55), "Pré-inscription en crèche", [
            ("text", "parent", "Nom du parent"), ("date", "naissance", "Date de naissance de l'enfant"), ("tel", "tel", "Téléphone")]),
          decoys={"contact_form"}),
        P(a(56), "Questionnaire : les horaires de la médiathèque", m.prose(
            "La médiathèque veut adapter ses horaires. Répondez au questionnaire avant le 15 décembre.")
          + m.questionnaire("/spip.php?action=formidable_traiter&amp;id=4", "Formulaire anonyme.",
                            [("Quand venez-vous ?", ["Matin", "Midi", "Après 17 h", "Samedi"]),
                             ("Faut-il ouvrir le dimanche ?", ["Oui", "Non"])]), {"poll"}),
        P(a(57), "Vigilance fortes pluies", m.prose(
            "Météo-France place la Guyane en vigilance orange fortes pluies. L'application d'alerte de la commune diffuse les "
            "consignes et les fermetures de routes ; elle ne propose pas d'échanges entre habitants."),
          decoys={"territorial_social_network"}),
        P("/spip.php?page=contact", "Nous écrire", m.prose("Écrivez à la mairie :") + m.spip_ecrire(1), {"contact_form"}),
    ]
    www = Site(host, "spip", "Commune de Pripri-Doré", pages,
               menu=[("Accueil", "/"), ("Participer", "/spip.php?rubrique12"), ("Contact", "/spip.php?page=contact")],
               accounts=[social("facebook", "CommunePripriDore")], address="Mairie, place des Palmistes, 97355 Pripri-Doré")
    fpages = [
        P("/", "Index du forum", m.phpbb_forums([
            ("/viewforum.php?f=2", "Vie des quartiers", "Propreté, voirie, transports", 42, 311),
            ("/viewforum.php?f=3", "Entraide et petites annonces", "Dons, prêts, covoiturage", 27, 140)])),
        P("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, [
            ("/viewtopic.php?t=31", "Éclairage de la piste de Bourda", "tonton973", 8)])),
        P("/viewtopic.php?t=31", "Éclairage de la piste de Bourda", m.phpbb_posts(31, [
            ("tonton973", "2 nov.", "La piste est plongée dans le noir, quelqu'un a des nouvelles ?"),
            ("Modération mairie", "3 nov.", "Les candélabres sont commandés, pose prévue en décembre.")])),
        P("/viewforum.php?f=3", "Entraide et petites annonces", m.phpbb_topics(3, [
            ("/viewtopic.php?t=44", "Donne pirogue à réparer", "Wilfried", 2)])),
        P("/viewtopic.php?t=44", "Donne pirogue à réparer", m.phpbb_posts(44, [
            ("Wilfried", "30 oct.", "Pirogue en bois à donner, coque à reprendre."), ("Ana", "31 oct.", "Intéressée !")])),
    ]
    fsite = Site(forum, "phpbb", "Forum des habitants de Pripri-Doré", fpages, features=frozenset({"forum"}))
    ipages = [
        P("/", "Pripri-Doré participe", m.prose("L'espace de participation citoyenne de Pripri-Doré : idées, sondages, signalements.")
          + '<ul class="idcity-menu"><li><a href="/idees">Boîte à idées</a></li><li><a href="/sondages/collecte-dechets-verts">Sondage en cours</a></li>'
            '<li><a href="/sondages/nom-mediatheque">Sondage terminé</a></li></ul>', {"participation_displayed"}),
        P("/idees", "Boîte à idées", m.prose("Proposez vos idées pour la commune, soutenez celles des autres.")
          + m.idea_form("/idees/nouvelle", "Nouvelle idée", ["Bourg", "Bourda-Soleil", "Savane", "Crique-Pripri"])
          + '<ul class="idcity-ideas"><li><a href="/idees/eclairage-piste-bourda">Éclairer la piste de Bourda</a> · 34 soutiens</li></ul>',
          {"suggestion_call"}),
        P("/idees/eclairage-piste-bourda", "Éclairer la piste de Bourda", m.prose("Idée déposée par Célia — 34 soutiens.")
          + '<div class="idcity-comments"><p class="comment">Yannick : indispensable pour les lycéens.</p>'
            '<form action="/idees/eclairage-piste-bourda/commenter" method="post"><label for="cm">Votre commentaire</label>'
            '<textarea id="cm" name="commentaire"></textarea><button type="submit">Commenter</button></form></div>',
          {"suggestion_call", "comments"}, parent=("Boîte à idées", "/idees")),
        P("/sondages/collecte-dechets-verts", "Sondage : la collecte des déchets verts", m.questionnaire(
            "/sondages/collecte-dechets-verts/repondre", "Sondage ouvert jusqu'au 10 décembre.",
            [("La collecte des déchets verts vous convient-elle ?", ["Oui", "Non"]),
             ("Quel jour préférez-vous ?", ["Lundi", "Mercredi", "Samedi"])]), {"poll"}),
        P("/sondages/nom-mediatheque", "Sondage terminé : le nom de la médiathèque", m.prose(
            "Ce sondage est clos. Résultat : « Médiathèque Kalawachi » (48 %), « Crique aux livres » (37 %), autres (15 %)."),
          decoys={"poll"}),
    ]
    isite = Site(idc, "vendor", "Pripri-Doré participe (id-city)", ipages,
                 menu=[("Accueil", "/"), ("Idées", "/idees")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"id_city"}),
                 address="Propulsé par id-city")
    return City("99045", "Pripri-Doré", 45_900, "973", "03", "Guyane", f"http://{host}/", [www, fsite, isite])


# ==== 99046 Mtsanga-Bwéni (Mayotte): site builder + Publik e-services ====================================

def mtsanga_bweni():
    host, pub = "www.mtsangabweni.fr", "demarches.mtsangabweni.fr"
    S = f"http://{pub}"
    pages = [
        P("/", "Accueil", _home(
            "Commune de Mtsanga-Bwéni : six villages entre le lagon et les padzas. Karibu !",
            [("/citoyennete/baraza", "Les baraza des villages"), ("/citoyennete/conseil-citoyen", "Conseil citoyen"),
             ("/citoyennete/questionnaire-jeunesse", "Questionnaire jeunesse"), ("/citoyennete/idees-front-de-mer", "Vos idées : front de mer"),
             ("/mairie/budget", "Budget"), ("/mairie/marches-publics", "Marchés publics"), ("/contact", "Contact"),
             (S + "/", "Démarches en ligne")],
            [("/actualites/recensement", "Recensement : accueillez les agents", "10 nov. 2025"),
             ("/actualites/coupure-eau-tours", "Tours d'eau : le calendrier", "7 nov. 2025"),
             ("/actualites/concours-photo-lagon", "Concours photo « Mon lagon »", "1 nov. 2025"),
             ("/actualites/forum-emploi", "Forum de l'emploi", "25 oct. 2025"),
             ("/actualites/participation-citoyenne", "Participation citoyenne à M'Bouini", "20 oct. 2025"),
             ("/actualites/collecte-dechets-villages", "Collecte des déchets dans les villages", "14 oct. 2025"),
             ("/actualites/assises-jeunesse-departement", "Assises de la jeunesse : le Département consulte", "8 oct. 2025")],
            [("22 nov.", "Baraza de Bwéni-Bas", "place du village"), ("29 nov.", "Journée du lagon", "plage")])),
        P("/citoyennete/baraza", "Les baraza des villages", m.prose(
            "Dans chaque village, le <strong>baraza</strong> réunit les habitants, les cadis, les associations de femmes et de "
            "jeunes avec le maire et l'élu du village. C'est l'assemblée d'habitants de la commune : on y discute des routes, "
            "de l'eau, des écoles, et les avis sont remontés au conseil municipal.",
            '<a href="/citoyennete/baraza/calendrier">Calendrier des baraza</a>'), {"participation_displayed"}),
        P("/citoyennete/baraza/calendrier", "Calendrier des baraza", '<table class="table"><tr><th>Village</th><th>Date</th></tr>'
          '<tr><td>Bwéni-Bas</td><td>22 novembre</td></tr><tr><td>M\'Bouini-Hauts</td><td>6 décembre</td></tr>'
          '<tr><td>Mtsanga</td><td>17 janvier</td></tr></table>' + m.prose("Chaque baraza est ouvert à tous les habitants du village."),
          {"participation_displayed"}, parent=("Les baraza", "/citoyennete/baraza")),
        P("/citoyennete/conseil-citoyen", "Le conseil citoyen", m.prose(
            "Le conseil citoyen du quartier prioritaire de Mtsanga associe habitants et acteurs locaux au contrat de ville. "
            "Il se réunit chaque mois au pôle social."), {"participation_displayed"}),
        P("/citoyennete/questionnaire-jeunesse", "Questionnaire : les jeunes et la commune", m.prose(
            "Tu as entre 12 et 25 ans ? Dis-nous ce qu'il te faut dans ton village.")
          + m.questionnaire("/citoyennete/questionnaire-jeunesse", "Questionnaire anonyme, ouvert jusqu'au 20 décembre.",
                            [("Dans quel village vis-tu ?", ["Bwéni-Bas", "M'Bouini", "Mtsanga", "Autre"]),
                             ("Qu'est-ce qui manque le plus ?", ["Terrain de sport", "Salle pour les jeunes", "Wifi public", "Transport"]),
                             ("Ton idée", [])]), {"poll"}),
        P("/citoyennete/idees-front-de-mer", "Appel à idées : le front de mer de Bwéni", m.prose(
            "La commune va réaménager le front de mer de Bwéni. Avant de dessiner le projet, elle lance un appel à idées : "
            "ombrage, pêche, marché, jeux… Envoyez vos propositions jusqu'au 31 janvier.")
          + m.idea_form("/citoyennete/idees-front-de-mer", "Votre proposition", submit="Envoyer ma proposition"),
          {"suggestion_call"}),
        P("/actualites/recensement", "Recensement : accueillez les agents", m.prose(
            "Le recensement annuel de Mayotte se déroule de janvier à février. Les agents recenseurs remettent le questionnaire "
            "de l'Insee ; les réponses sont confidentielles."), decoys={"poll"}),
        P("/actualites/coupure-eau-tours", "Tours d'eau : le calendrier", m.prose(
            "Pendant la sécheresse, les tours d'eau reprennent. Recevez le calendrier par SMS en vous inscrivant ; ce service "
            "n'envoie que des informations.") + m.alert_signup("/actualites/coupure-eau-tours", "la commune"),
          decoys={"territorial_social_network", "contact_form"}),
        P("/actualites/concours-photo-lagon", "Concours photo « Mon lagon »", m.prose(
            "Envoyez votre plus belle photo du lagon avant le 15 décembre ; trois prix seront remis lors de la Journée du lagon."),
          decoys={"suggestion_call"}),
        P("/actualites/forum-emploi", "Forum de l'emploi", m.prose(
            "Le forum de l'emploi réunit employeurs et organismes de formation au plateau polyvalent le 25 novembre."),
          decoys={"forum"}),
        P("/actualites/participation-citoyenne", "Participation citoyenne à M'Bouini", m.prose(
            "Le dispositif « participation citoyenne » de la gendarmerie s'étend à M'Bouini : des habitants référents "
            "signalent aux gendarmes ce qui les inquiète."), decoys={"participation_displayed"}),
        P("/actualites/collecte-dechets-villages", "Collecte des déchets dans les villages", m.prose(
            "Nouveau calendrier de collecte à partir du 1er décembre. Donnez votre avis en commentaire.")
          + '<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
            f'<div class="fb-comments" data-href="http://{host}/actualites/collecte-dechets-villages" data-width="100%" data-numposts="10"></div>',
          {"comments"}),
        # a news item naming another body's platform software: the commune runs no platform of its own
        P("/actualites/assises-jeunesse-departement", "Assises de la jeunesse : le Département consulte", m.prose(
            "Le Département organise des assises de la jeunesse. Sa consultation se tient sur une plateforme Decidim ; "
            "des ateliers auront aussi lieu au pôle social de Mtsanga le 6 décembre.")
          + m.share(f"http://{host}/actualites/assises-jeunesse-departement"), decoys={"participatory_platform"}),
        P("/mairie/budget", "Budget communal", m.prose(
            "Budget primitif 2025 : 44 M€. Le débat d'orientation budgétaire a eu lieu en mars."), decoys={"participatory_budget"}),
        P("/mairie/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : construction d'un plateau sportif à Mtsanga. Remise des offres avant le 12 décembre."),
          decoys={"suggestion_call"}),
        P("/contact", "Contact", m.prose(
            "Mairie de Mtsanga-Bwéni, route nationale, 97625. Téléphone : 02 69 00 00 00. "
            'Courriel : <a href="mailto:accueil@mtsangabweni.fr">accueil@mtsangabweni.fr</a>.',
            f'Pour écrire à la mairie, utilisez le <a href="{S}/contacter-la-mairie/">formulaire en ligne</a>.'),
          decoys={"contact_form"}),
    ]
    www = Site(host, "vendor", "Commune de Mtsanga-Bwéni", pages,
               menu=[("Accueil", "/"), ("Citoyenneté", "/citoyennete/baraza"), ("Mairie", "/mairie/budget"), ("Contact", "/contact")],
               accounts=[social("facebook", "MtsangaBweni976"), social("youtube", "mtsangabweni")],
               address="Mairie, route nationale, 97625 Mtsanga-Bwéni")
    spages = [
        P("/", "Démarches en ligne", m.prose("Vos démarches auprès de la commune, 24 h/24.")
          + '<ul class="list-of-forms"><li><a href="/contacter-la-mairie/">Contacter la mairie</a></li>'
            '<li><a href="/signaler-un-probleme/">Signaler un problème</a></li><li><a href="/etat-civil/acte-de-naissance/">Demander un acte de naissance</a></li>'
            '<li><a href="/paiement-cantine/">Payer la cantine</a></li></ul>'),
        P("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", "Votre demande", [
            ("text", "1", "Nom", True), ("email", "2", "Courriel", True), ("text", "3", "Village", False),
            ("textarea", "4", "Votre message", True)]), {"contact_form"}),
        P("/signaler-un-probleme/", "Signaler un problème", m.wcs_form("/signaler-un-probleme/", "Signalement", [
            ("text", "1", "Lieu", True), ("textarea", "2", "Description du problème", True), ("email", "3", "Courriel", True)]),
          {"contact_form"}),
        P("/etat-civil/acte-de-naissance/", "Demander un acte de naissance", m.wcs_form("/etat-civil/acte-de-naissance/", "Acte de naissance", [
            ("text", "1", "Nom de naissance", True), ("text", "2", "Prénoms", True), ("date", "3", "Date de naissance", True),
            ("number", "4", "Nombre d'exemplaires", True)]), decoys={"contact_form"}),
        P("/paiement-cantine/", "Payer la cantine", m.payment_form("/paiement-cantine/"), decoys={"contact_form"}),
    ]
    ssite = Site(pub, "publik", "Démarches — Mtsanga-Bwéni", spages, menu=[("Accueil", "/")],
                 address="Mairie, route nationale, 97625 Mtsanga-Bwéni")
    return City("99046", "Mtsanga-Bwéni", 31_200, "976", "06", "Mayotte", f"http://{host}/", [www, ssite])


# ==== 99047 Castellu-d'Ornanu (Corse-du-Sud): TYPO3 + Fluicity ==========================================

def castellu_dornanu():
    host, fl = "www.castellu-dornanu.fr", "castellu-dornanu.flui.city"
    Fh = f"http://{fl}"
    dl = "/a-cumuna/demucrazia-lucale"
    bpp = f"{dl}/bilanciu-participativu"
    pages = [
        P("/", "Accolta", _home(
            "Benvenuti à Castellu-d'Ornanu. Site officiel de la commune, membre de la communauté d'agglomération du "
            "Pays ajaccien du Sud.",
            [(dl, "Demucrazia lucale"), (bpp, "Bilanciu participativu"), ("/a-cumuna/finanze/budget-primitif", "Budget"),
             ("/a-cumuna/cunsigliu-municipale", "Cunsigliu municipale"), ("/turismu", "Turismu"), ("/cuntattu", "Cuntattu"),
             ("/cuntattu/newsletter", "Lettre d'information"), (Fh + "/", "Castellu participa")],
            [("/attualita/fiera-di-u-casgiu", "Fiera di u casgiu : concorsu", "12 nov. 2025"),
             ("/attualita/inchiesta-publica-portu", "Enquête publique : extension du port", "6 nov. 2025"),
             ("/attualita/alerte-incendie", "Risque incendie : alerte SMS", "1 nov. 2025"),
             ("/attualita/forum-associations", "Forum des associations", "20 oct. 2025"),
             ("/attualita/sentieri-restaurati", "Les sentiers du maquis restaurés", "10 oct. 2025")],
            [("18 nov.", "Cunsigliu di quartieru di u Borgu", "sala municipale"), ("2 déc.", "Cunsigliu municipale", "merria")])),
        P(dl, "Demucrazia lucale — démocratie locale", m.prose(
            "La commune associe ses habitants : cunsigli di quartieru (conseils de quartier), bilanciu participativu "
            "(budget participatif), concertations sur les projets d'aménagement.")
          + m.tiles([(f"{dl}/cunsigli-di-quartieru", "I cunsigli di quartieru"), (bpp, "U bilanciu participativu"),
                     (Fh + "/", "La plateforme Castellu participa")], "In sta rubrica"),
          {"participation_displayed"}),
        P(f"{dl}/cunsigli-di-quartieru", "I cunsigli di quartieru", m.prose(
            "Quatre cunsigli di quartieru (Borgu, Marina, Stiliccione, San Ghjase) réunissent habitants et élus référents "
            "trois fois par an. Ils sont consultés sur la voirie, le stationnement estival et les équipements de proximité."),
          {"participation_displayed"}, parent=("Demucrazia lucale", dl)),
        P(bpp, "U bilanciu participativu", m.prose(
            "Le <strong>bilanciu participativu</strong> réserve 250 000 € aux projets des habitants. Déposez votre projet, "
            "puis votez au printemps.", f'<a href="{Fh}/projects/bilanciu-participativu-2025">Participer sur Castellu participa</a> · '
            f'<a href="{bpp}/reglamentu">Règlement</a> · <a href="{bpp}/edizione-2023">Édition 2023</a>'),
          {"participatory_budget", "participation_displayed"}, parent=("Demucrazia lucale", dl)),
        P(f"{bpp}/reglamentu", "Reglamentu di u bilanciu participativu", m.prose(
            "Peuvent déposer un projet les habitants de plus de 15 ans. Les projets sont d'investissement et ne dépassent pas "
            "50 000 €. Le vote se fait en ligne et en mairie."), {"participatory_budget"}, parent=("U bilanciu participativu", bpp)),
        P(f"{bpp}/edizione-2023", "Bilanciu participativu 2023 : i prughjetti scelti", m.prose(
            "Les habitants ont choisi : un boulodrome ombragé à Stiliccione, un jardin partagé à San Ghjase, des ganivelles sur "
            "la plage de la Marina."), {"participatory_budget"}, parent=("U bilanciu participativu", bpp)),
        P("/a-cumuna/finanze/budget-primitif", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 (19,8 M€) a été voté le 3 avril. Le compte administratif 2024 sera présenté en juin."),
          decoys={"participatory_budget"}),
        P("/a-cumuna/cunsigliu-municipale", "Cunsigliu municipale", m.prose(
            "Ordre du jour de la séance du 2 décembre : tarifs du port, subventions, convention avec la collectivité de Corse."),
          decoys={"participation_displayed"}),
        P("/attualita/fiera-di-u-casgiu", "Fiera di u casgiu : concorsu", m.prose(
            "Les producteurs peuvent s'inscrire au concours de fromages de la foire jusqu'au 30 novembre.")
          + m.share(f"http://{host}/attualita/fiera-di-u-casgiu"), decoys={"suggestion_call"}),
        P("/attualita/inchiesta-publica-portu", "Enquête publique : extension du port", m.prose(
            "Une enquête publique sur l'extension du port de plaisance est ouverte du 12 novembre au 12 décembre. Le dossier et "
            "le registre sont à la disposition du public en mairie."), decoys={"poll"}),
        P("/attualita/alerte-incendie", "Risque incendie : alerte SMS", m.prose(
            "En période de risque incendie, la commune diffuse des alertes par SMS (fermeture des massifs, consignes). Inscrivez-vous "
            "en mairie. Ce service ne permet pas d'échanger."), decoys={"territorial_social_network"}),
        P("/attualita/forum-associations", "Forum des associations", m.prose(
            "Le forum des associations réunit clubs de sport, polyphonies et associations culturelles le 20 septembre."),
          decoys={"forum"}),
        P("/attualita/sentieri-restaurati", "Les sentiers du maquis restaurés", m.prose(
            "Trois sentiers ont été restaurés, dont celui de la tour génoise, projet retenu l'an dernier au bilanciu participativu.")
          + m.share(f"http://{host}/attualita/sentieri-restaurati"), decoys={"participatory_budget"}),
        P("/turismu", "Turismu", m.prose("L'office de tourisme vous accueille sur le port.")
          + m.third_party_accounts("L'office de tourisme sur les réseaux :", [("Facebook", "https://www.facebook.com/OfficeTourismeOrnanu"),
                                                                          ("Instagram", "https://www.instagram.com/ornanu_tourisme")])),
        P("/cuntattu", "Cuntattu", m.prose("Merria di Castellu-d'Ornanu, piazza di a Chjesa.")
          + m.powermail("/cuntattu", 3, [("text", "nome", "Nome / Nom"), ("email", "email", "E-mail"),
                                         ("text", "oggettu", "Oggettu / Objet"), ("textarea", "messaghju", "Messaghju / Message")]),
          {"contact_form"}),
        P("/cuntattu/newsletter", "Lettre d'information", m.powermail("/cuntattu/newsletter", 4, [("email", "email", "Votre e-mail")],
                                                                    "S'abonner"), decoys={"contact_form"}),
    ]
    www = Site(host, "typo3", "Castellu-d'Ornanu", pages,
               menu=[("Accolta", "/"), ("A cumuna", dl), ("Attualità", "/attualita/sentieri-restaurati"), ("Cuntattu", "/cuntattu")],
               accounts=[social("facebook", "CastelluDOrnanu"), social("instagram", "castellu_dornanu")],
               address="Merria, piazza di a Chjesa, 20100 Castellu-d'Ornanu")
    fp = "/projects/bilanciu-participativu-2025"
    fpages = [
        P("/", "Castellu participa", '<div class="fluicity-feed"><h2>À la une</h2>'
          f'<a class="card card--project" href="{fp}">Bilanciu participativu 2025</a>'
          '<a class="card card--survey" href="/surveys/mobilita-estate">Sondage : la mobilité l\'été</a>'
          '<a class="card card--idea" href="/posts/idea/jardin-partage-san-ghjase">Un jardin partagé à San Ghjase</a></div>'),
        P(fp, "Bilanciu participativu 2025", m.prose(
            "Étape en cours : dépôt des projets jusqu'au 15 janvier. Proposez un projet pour votre quartier.")
          + f'<a class="btn btn--primary" href="{fp}/deposer">Proposer un projet</a> <a href="{fp}/vote">Le vote</a>',
          {"participatory_budget", "suggestion_call"}),
        P(f"{fp}/deposer", "Proposer un projet", m.idea_form(f"{fp}/deposer", "Votre projet", ["Borgu", "Marina", "Stiliccione", "San Ghjase"],
                                                           "Publier mon projet"),
          {"participatory_budget", "suggestion_call"}, parent=("Bilanciu participativu 2025", fp)),
        P(f"{fp}/vote", "Le vote", m.prose("Le vote aura lieu en avril : chaque habitant choisit trois projets."),
          {"participatory_budget"}, parent=("Bilanciu participativu 2025", fp)),
        P("/posts/idea/jardin-partage-san-ghjase", "Un jardin partagé à San Ghjase", m.prose(
            "Projet déposé au bilanciu participativu : des parcelles partagées sur le terrain communal.")
          + '<section class="post-comments"><article class="comment">Ghjuvan Petru : bella idea !</article>'
            '<form class="comment-form" action="/posts/idea/jardin-partage-san-ghjase/comments" method="post">'
            '<textarea name="comment[content]" placeholder="Réagir"></textarea><button type="submit">Envoyer</button></form></section>',
          {"participatory_budget", "comments"}),
        P("/surveys/mobilita-estate", "Sondage : la mobilité l'été", m.questionnaire(
            "/surveys/mobilita-estate/answers", "Sondage ouvert jusqu'au 31 décembre.",
            [("Faut-il une navette entre le Borgu et la Marina ?", ["Oui", "Non"]),
             ("À quelle fréquence ?", ["Toutes les 20 min", "Toutes les heures"])]), {"poll"}),
    ]
    fsite = Site(fl, "vendor", "Castellu participa (Fluicity)", fpages, menu=[("Accueil", "/"), ("Projets", fp)],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}), address="Propulsé par Fluicity")
    return City("99047", "Castellu-d'Ornanu", 24_100, "2A", "94", "Corse", f"http://{host}/", [www, fsite],
                decoy_accounts=("https://www.facebook.com/officetourismeornanu", "https://www.instagram.com/ornanu_tourisme"))


# ==== 99048 San-Ghjuvanni-di-Golu (Haute-Corse): WordPress + CONSUL Democracy + Discourse ===============

def san_ghjuvanni():
    host, con, dis = "www.sanghjuvannidigolu.fr", "participa.sanghjuvannidigolu.fr", "discussione.sanghjuvannidigolu.fr"
    Co, Di = f"http://{con}", f"http://{dis}"
    vc = "/vita-citadina"
    pages = [
        P("/", "Accueil", _home(
            "San-Ghjuvanni-di-Golu, ville de la plaine du Golu, membre de la communauté d'agglomération de Bastia-Golu-Sud.",
            [(f"{vc}/", "Vita citadina"), (f"{vc}/comitati-di-quartieru/", "Comitati di quartieru"), (f"{vc}/participa/", "Participa"),
             (f"{vc}/discussione/", "Discussione"), ("/merria/budget/", "Budget"), ("/inscription-evenements/", "Inscriptions"),
             ("/contact/", "Contact"), (Co + "/", "participa.sanghjuvannidigolu.fr")],
            [("/actualites/sondage-marche-nocturne/", "Sondage : le marché nocturne", "12 nov. 2025"),
             ("/actualites/resultats-sondage-navette/", "Navette : les résultats", "5 nov. 2025"),
             ("/actualites/concours-creches/", "Concours de crèches de Noël", "1 nov. 2025"),
             ("/actualites/participation-citoyenne/", "Participation citoyenne : le protocole renouvelé", "25 oct. 2025"),
             ("/actualites/plage-propre/", "Opération plage propre", "15 oct. 2025")],
            [("19 nov.", "Comitatu di quartieru di Lupinu", "salle des fêtes"), ("3 déc.", "Conseil municipal", "mairie")])),
        P(f"{vc}/", "Vita citadina", m.prose(
            "La ville a engagé une démarche de démocratie participative : comitati di quartieru, propositions citoyennes et "
            "budget participatif sur la plateforme Participa, espace de discussion en ligne.")
          + m.tiles([(f"{vc}/comitati-di-quartieru/", "Comitati di quartieru"), (f"{vc}/participa/", "Participa"),
                     (f"{vc}/discussione/", "Discussione")], "Participer"),
          {"participation_displayed"}),
        P(f"{vc}/comitati-di-quartieru/", "I comitati di quartieru", m.prose(
            "Cinq comités de quartier — Lupinu, Casamozza, Revinco, u Borgu, a Marana — réunissent bénévoles et élus. Ils relaient "
            "les attentes des habitants et suivent les chantiers.",
            f'<a href="{vc}/comitati-di-quartieru/compte-rendu-lupinu/">Compte rendu : Lupinu, octobre</a>'),
          {"participation_displayed"}, parent=("Vita citadina", f"{vc}/")),
        P(f"{vc}/comitati-di-quartieru/compte-rendu-lupinu/", "Comitatu di Lupinu : compte rendu d'octobre", m.prose(
            "Le comité de quartier a examiné la sécurité aux abords du collège et le stationnement de la rue principale.")
          + m.wp_comments([("Anna Maria", "22 octobre", "Merci pour ce compte rendu, et les passages piétons ?")], post_id=1204),
          {"participation_displayed", "comments"}, parent=("I comitati di quartieru", f"{vc}/comitati-di-quartieru/")),
        P(f"{vc}/participa/", "Participa : proposez, votez", m.prose(
            "Sur <strong>Participa</strong>, chacun peut faire une proposition pour la ville, voter pour le budget des quartiers "
            "(u bilanciu di i quartieri) et répondre aux votations.",
            f'<a href="{Co}/">Aller sur participa.sanghjuvannidigolu.fr</a>'),
          {"participation_displayed"}, parent=("Vita citadina", f"{vc}/")),
        # a page that presents the board and links to it; no thread is posted here
        P(f"{vc}/discussione/", "Discussione, l'espace de discussion", m.prose(
            "Un espace de discussion en ligne ouvert aux habitants, modéré par la mairie.", f'<a href="{Di}/">Rejoindre les discussions</a>'),
          decoys={"forum"}, parent=("Vita citadina", f"{vc}/")),
        P("/actualites/sondage-marche-nocturne/", "Sondage : le marché nocturne", m.prose(
            "Le marché nocturne de l'été reviendra-t-il le jeudi ou le vendredi ? Votez !")
          + m.wp_polls(21, "Quel soir pour le marché nocturne ?", ["Jeudi", "Vendredi", "Samedi"]), {"poll"}),
        P("/actualites/resultats-sondage-navette/", "Navette : les résultats du sondage", m.prose(
            "Le sondage sur la navette estivale est terminé ; elle circulera de juin à septembre.")
          + m.wp_polls_closed(19, "Faut-il une navette vers la plage ?", [("Oui", 74, 602), ("Non", 26, 211)], 813),
          decoys={"poll"}),
        P("/actualites/concours-creches/", "Concours de crèches de Noël", m.prose(
            "Particuliers, écoles et associations : inscrivez votre crèche au concours avant le 10 décembre."),
          decoys={"suggestion_call"}),
        P("/actualites/participation-citoyenne/", "Participation citoyenne : le protocole renouvelé", m.prose(
            "Le maire, le préfet et la gendarmerie ont renouvelé le protocole de participation citoyenne : les référents de "
            "quartier restent en lien avec la brigade de Borgo."), decoys={"participation_displayed"}),
        P("/actualites/plage-propre/", "Opération plage propre", m.prose("Merci aux 80 bénévoles de samedi.")
          + m.wp_comments([], post_id=1180, open_=False), decoys={"comments"}),
        P("/merria/budget/", "Budget", m.prose(
            "Budget primitif 2025 voté : 33 M€. Retrouvez le rapport d'orientation budgétaire et le compte administratif."),
          decoys={"participatory_budget"}),
        P("/inscription-evenements/", "Inscription aux animations", m.registration_form(
            "/inscription-evenements/", "Inscription : sortie découverte de l'étang", [
                ("text", "nom", "Nom"), ("email", "email", "Courriel"), ("number", "participants", "Nombre de participants")]),
          decoys={"contact_form"}),
        P("/contact/", "Contact", m.prose("Hôtel de ville, avenue de la Plaine.")
          + '<div class="gf_browser_chrome gform_wrapper gravity-theme" id="gform_wrapper_1"><form method="post" enctype="multipart/form-data" id="gform_1" action="/contact/">'
            '<div class="gform_body gform-body"><div id="gform_fields_1" class="gform_fields top_label form_sublabel_below">'
            '<div id="field_1_1" class="gfield gfield--type-name"><label class="gfield_label" for="input_1_1">Nom</label><input name="input_1" id="input_1_1" type="text"></div>'
            '<div id="field_1_2" class="gfield gfield--type-email"><label class="gfield_label" for="input_1_2">E-mail</label><input name="input_2" id="input_1_2" type="email"></div>'
            '<div id="field_1_3" class="gfield gfield--type-textarea"><label class="gfield_label" for="input_1_3">Message</label><textarea name="input_3" id="input_1_3" class="textarea large" rows="10"></textarea></div>'
            '</div></div><div class="gform_footer top_label"><input type="submit" id="gform_submit_button_1" class="gform_button button" value="Envoyer">'
            '<input type="hidden" name="gform_submit" value="1"></div></form></div>', {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Ville de San-Ghjuvanni-di-Golu", pages,
               menu=[("Accueil", "/"), ("Vita citadina", f"{vc}/"), ("Merria", "/merria/budget/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "SanGhjuvanniDiGolu"), social("x", "sanghjuvanni2b"),
                         social("linkedin", "ville-san-ghjuvanni-di-golu")],
               address="Hôtel de ville, avenue de la Plaine, 20290 San-Ghjuvanni-di-Golu")
    cpages = [
        P("/", "Participa", m.prose("Participa, l'espace de participation de San-Ghjuvanni-di-Golu.")
          + '<ul class="home-links"><li><a href="/proposals">Propositions citoyennes</a></li><li><a href="/budgets/3">Bilanciu di i quartieri</a></li>'
            '<li><a href="/polls">Votations</a></li></ul>', {"participation_displayed"}),
        P("/proposals", "Propositions citoyennes", m.prose("Vous avez une idée pour la ville ? Faites une proposition : avec 200 soutiens, elle est étudiée par le conseil municipal.")
          + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
          + '<div id="proposals" class="proposals-list"><div class="proposal clear" data-type="proposal"><h3><a href="/proposals/12-ombrieres-parking-ecole">Des ombrières sur le parking de l\'école</a></h3>'
            '<p class="proposal-info">146 soutiens · 9 commentaires</p></div></div>', {"suggestion_call"}),
        P("/proposals/12-ombrieres-parking-ecole", "Des ombrières sur le parking de l'école", m.prose(
            "Des ombrières photovoltaïques pour protéger les voitures du soleil et produire de l'électricité.")
          + '<section class="comments" id="comments"><h2>Commentaires (1)</h2><div class="comment small-12" id="comment_77"><p class="comment-user">Paulu</p>'
            '<div class="comment-body"><p>Très bonne idée.</p></div></div><form class="new_comment" id="new_comment_proposal_12" action="/comments" method="post">'
            '<input type="hidden" name="comment[commentable_type]" value="Proposal"><input type="hidden" name="comment[commentable_id]" value="12">'
            '<label for="comment-body-proposal_12">Laisse ton commentaire</label><textarea id="comment-body-proposal_12" name="comment[body]"></textarea>'
            '<input type="submit" name="commit" value="Publier le commentaire" class="button"></form></section>',
          {"suggestion_call", "comments"}, parent=("Propositions citoyennes", "/proposals")),
        P("/budgets/3", "Bilanciu di i quartieri 2025", m.prose(
            "U bilanciu di i quartieri : 300 000 € pour des projets d'investissement proposés et choisis par les habitants. "
            "Phase en cours : vote des projets jusqu'au 30 novembre.")
          + '<p><a href="/budgets/3/investments">Voir les projets et voter</a></p>', {"participatory_budget"}),
        P("/budgets/3/investments", "Projets du bilanciu di i quartieri", '<div id="budget-investments" class="budget-investments-list">'
          '<div class="budget-investment clear"><h3>Aire de jeux à Casamozza</h3><p class="investment-project-amount">35 000 €</p>'
          '<form class="button_to" method="post" action="/budgets/3/investments/41/votes"><input class="button button-support" type="submit" value="Voter"></form></div>'
          '<div class="budget-investment clear"><h3>Piste cyclable vers a Marana</h3><p class="investment-project-amount">120 000 €</p></div></div>',
          {"participatory_budget"}, parent=("Bilanciu di i quartieri 2025", "/budgets/3")),
        P("/polls", "Votations", '<div class="poll-list"><div class="poll"><h3><a href="/polls/sorte-di-a-piazza">Le devenir de la place de la Mairie</a></h3>'
          '<p>Ouvert jusqu\'au 15 décembre</p></div></div>', {"poll"}),
        P("/polls/sorte-di-a-piazza", "Le devenir de la place de la Mairie", m.prose("Quelle option préférez-vous ?")
          + '<form class="poll-question-form" action="/polls/sorte-di-a-piazza/answer" method="post"><fieldset><legend>Aménagement</legend>'
            '<label><input type="radio" name="answer" value="a"> Place piétonne arborée</label><label><input type="radio" name="answer" value="b"> Parking conservé</label>'
            '</fieldset><input type="submit" class="button" value="Voter"></form>', {"poll"}, parent=("Votations", "/polls")),
    ]
    csite = Site(con, "consul", "Participa — San-Ghjuvanni-di-Golu", cpages,
                 menu=[("Propositions", "/proposals"), ("Budgets", "/budgets/3"), ("Votations", "/polls")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    dpages = [
        P("/", "Derniers sujets", '<div class="topic-list"><table><tbody>'
          '<tr class="topic-list-item"><td><a href="/t/stationnement-rue-du-port/88" class="title raw-link raw-topic-link">Stationnement rue du Port</a></td><td class="replies">12</td></tr>'
          '<tr class="topic-list-item"><td><a href="/t/bruit-de-la-rn193/91" class="title raw-link raw-topic-link">Le bruit de la RN193</a></td><td class="replies">5</td></tr>'
          '</tbody></table></div><p><a href="/c/quartieri/5">Catégorie : quartieri</a></p>'),
        P("/c/quartieri/5", "Quartieri", '<div class="topic-list"><a href="/t/stationnement-rue-du-port/88">Stationnement rue du Port</a> · '
          '<a href="/t/bruit-de-la-rn193/91">Le bruit de la RN193</a></div>' + m.prose("Les discussions sur la vie des quartiers.")),
        P("/t/stationnement-rue-du-port/88", "Stationnement rue du Port", '<div class="topic-body crawler-post" itemprop="comment">'
          '<div class="crawler-post-meta"><span class="creator" itemprop="author">Francescu</span></div><div class="post" itemprop="text"><p>Le soir, impossible de se garer : une zone bleue ?</p></div></div>'
          '<div class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator">Lisandra</span></div><div class="post"><p>Ou un parking relais à l\'entrée de la ville.</p></div></div>'),
        P("/t/bruit-de-la-rn193/91", "Le bruit de la RN193", '<div class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator">Dumenica</span></div>'
          '<div class="post"><p>Des murs antibruit sont-ils prévus le long de la nationale ?</p></div></div>'),
    ]
    dsite = Site(dis, "discourse", "Discussione — San-Ghjuvanni-di-Golu", dpages, menu=[("Derniers", "/"), ("Catégories", "/c/quartieri/5")],
                 features=frozenset({"forum"}))
    return City("99048", "San-Ghjuvanni-di-Golu", 21_400, "2B", "94", "Corse", f"http://{host}/", [www, csite, dsite])


def cities():
    return [bois_cannelle(), pointe_aux_sables(), morne_zabeth(), anse_corail(), pripri_dore(), mtsanga_bweni(),
            castellu_dornanu(), san_ghjuvanni()]


def hosts():
    return {}
