"""The 'criques' holdout part: eight coastal towns (Var, Hérault, Haute-Corse, Charente-Maritime, Loire-Atlantique,
Finistère, Aude, Alpes-Maritimes), each with a participation platform of its own (Decidim, CONSUL Democracy,
Cap Collectif, Go Vocal, a white-label vendor) and a city site that presents it, with the lookalikes such
towns hold: port and tourist-office surveys, beach concessions, enquête publique, budget primitif, census."""
from ..site import City, Site, page, social
from . import criques_markup as m

DC, CS, CC, GV, VD = "decidim", "consul", "capcollectif", "govocal", "vendor"
PLATFORM = frozenset({"participatory_platform"})


def _home(intro, tiles, news, events, extra=""):
    t = "".join(f'<li class="acces-rapide"><a href="{h}">{lbl}</a></li>' for h, lbl in tiles)
    return (m.cookie_banner() + m.p(intro) + f'<nav class="acces-rapides" aria-label="Accès rapides"><h2>En un clic</h2><ul>{t}</ul></nav>'
            + m.teasers(news) + m.agenda(events) + extra
            + '<section class="infos-pratiques"><h2>Infos pratiques</h2><p>Accueil de la mairie du lundi au vendredi, 8 h 30 - 17 h. '
              'Permanence état civil le samedi matin. Marché au port les mardis et samedis.</p></section>'
            + '<p class="plan"><a href="/plan-du-site">Plan du site</a></p>')


def _plan(pages):
    items = [(pg.path, pg.title) for pg in pages if pg.path not in ("/", "/plan-du-site")]
    return page("/plan-du-site", "Plan du site", m.p("Toutes les rubriques du site.") + m.links(items, "plan-du-site"))


def _signup(path, action, nick="user[nickname]"):
    """A platform's registration form: an account, not a message to the city."""
    return page(path, "Créer un compte", m.p("Créez votre compte pour proposer, commenter et voter.")
                + f'<form class="new_user register-form" method="post" action="{action}"><label for="u-name">Nom</label><input type="text" id="u-name" name="user[name]">'
                f'<label for="u-nick">Pseudonyme</label><input type="text" id="u-nick" name="{nick}"><label for="u-mail">E-mail</label>'
                '<input type="email" id="u-mail" name="user[email]"><label for="u-pw">Mot de passe</label><input type="password" id="u-pw" name="user[password]">'
                '<label><input type="checkbox" name="user[tos_agreement]" value="1"> J\'accepte les conditions d\'utilisation</label>'
                '<button type="submit">Créer un compte</button></form>', decoys={"contact_form"})


def _platform_home(intro, cards, extra=""):
    return m.p(intro) + '<section class="home__section"><h2 class="h2">Processus en cours</h2><div class="card__grid-list">' + cards + "</div></section>" + extra


# =====================================================================================================
# 99261 Port-Sémaran (Var): WordPress site, Decidim platform "Participer à Port-Sémaran", tourist office
# =====================================================================================================

def port_semaran() -> City:
    www_h, dc_h, ot_h = "www.port-semaran.fr", "participer.port-semaran.fr", "www.port-semaran-tourisme.fr"
    dc = f"http://{dc_h}"
    news = [("/actualites/semaran-en-projets-lancement", "« Sémaran en projets » : 3e édition lancée", "12 mars"),
            ("/actualites/plage-du-lazaret-travaux", "Plage du Lazaret : travaux d'enrochement", "8 mars"),
            ("/actualites/conseil-municipal-mars", "Conseil municipal du 28 mars", "5 mars"),
            ("/actualites/forum-metiers-de-la-mer", "Forum des métiers de la mer", "2 mars")]
    events = [("/agenda/conseil-de-quartier-vieux-port", "Conseil de quartier Vieux-Port", "19 mars"),
              ("/actualites/forum-metiers-de-la-mer", "Forum des métiers de la mer", "4 avril")]
    pages = [
        page("/", "Accueil", _home("Bienvenue à Port-Sémaran, ville portuaire entre Maures et Méditerranée.",
             [("/ma-ville/participer", "Participer"), ("/ma-ville/conseils-de-quartier", "Conseils de quartier"),
              ("/ma-ville/budget-2025", "Budget de la ville"), ("/demarches/contact", "Contacter la mairie"),
              ("/enfance/inscriptions-centre-aere", "Centre de loisirs"), ("/port/capitainerie", "Le port"),
              (f"http://{ot_h}/", "Office de tourisme"), ("/securite/participation-citoyenne", "Sécurité")], news, events,
             m.newsletter("/lettre-info/"))),
        # a city page presenting its participation approach under a local name, leading to the platform
        page("/ma-ville/participer", "Participer à la vie de la cité", m.p(
            "La Ville associe les Sémaranais aux décisions qui transforment leur quotidien : conseils de quartier, "
            "concertations sur les grands projets, budget participatif « Sémaran en projets » et consultations en ligne.",
            f"Toutes les démarches en cours sont réunies sur la plateforme <a href=\"{dc}/\">participer.port-semaran.fr</a> : "
            "on y dépose une proposition, on y répond aux questionnaires, on y suit les réponses de la municipalité.",
            "Une charte de la participation, adoptée en conseil municipal, fixe les engagements de la Ville : "
            "rendre compte de chaque avis, publier les bilans de concertation, former les conseillers de quartier.")
             + m.links([("/ma-ville/conseils-de-quartier", "Les conseils de quartier"), ("/ma-ville/charte-participation", "La charte de la participation"),
                        ("/ma-ville/boite-a-idees", "La boîte à idées"), (f"{dc}/processes/semaran-en-projets-2025", "Sémaran en projets 2025")]),
             {"participation_displayed"}),
        page("/ma-ville/charte-participation", "Charte de la participation citoyenne", m.p(
            "Article 1 : la Ville s'engage à informer les habitants en amont de tout projet d'aménagement structurant.",
            "Article 2 : chaque concertation donne lieu à un bilan publié dans un délai de trois mois.",
            "Article 3 : les conseils de quartier sont consultés sur le programme annuel de travaux de proximité.",
            "Article 4 : un comité de suivi, composé d'habitants tirés au sort, veille au respect de la charte."),
             {"participation_displayed"}, parent=("Participer", "/ma-ville/participer")),
        page("/ma-ville/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Sept conseils de quartier couvrent la commune : Vieux-Port, Lazaret, Les Salins, Saint-Elme, La Gavotte, Les Hauts et Cap Roux.",
            "Chaque conseil réunit des habitants volontaires, des représentants des associations et un élu référent. "
            "Il se réunit en séance publique au moins trois fois par an et dispose d'une enveloppe de 15 000 € pour des projets de proximité.",
            "Vous souhaitez rejoindre le conseil de votre quartier ou lui soumettre une question ? Écrivez-lui.")
             + m.cf7_contact("/ma-ville/conseils-de-quartier/", ["Conseil Vieux-Port", "Conseil Lazaret", "Conseil Les Salins", "Autre quartier"])
             + m.links([("/agenda/conseil-de-quartier-vieux-port", "Prochaine séance : Vieux-Port")]),
             {"participation_displayed", "contact_form"}, parent=("Participer", "/ma-ville/participer")),
        page("/agenda/conseil-de-quartier-vieux-port", "Conseil de quartier Vieux-Port — séance publique", m.p(
            "Mardi 19 mars à 18 h 30, salle des Pêcheurs. Ordre du jour : stationnement des résidents l'été, "
            "réaménagement du quai Bonaparte, point sur les projets de proximité votés l'an dernier.",
            "La séance est ouverte à tous les habitants ; un temps de questions libres clôt chaque réunion."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/ma-ville/conseils-de-quartier")),
        page("/ma-ville/boite-a-idees", "La boîte à idées", m.idea_box("/ma-ville/boite-a-idees/",
             "Une idée pour votre rue, votre plage, votre quartier ? Déposez-la ici : le service démocratie locale répond sous un mois "
             "et les meilleures idées sont versées au budget participatif.", ["Propreté", "Plages et littoral", "Mobilités", "Animation"]),
             {"suggestion_call", "contact_form"}, parent=("Participer", "/ma-ville/participer")),
        page("/actualites/semaran-en-projets-lancement", "« Sémaran en projets » : la 3e édition est lancée", m.p(
            "Du 15 mars au 30 avril, les habitants de plus de 12 ans peuvent déposer leurs projets pour la ville : "
            "une enveloppe de 400 000 € leur est réservée sur le budget d'investissement.",
            "Les projets recevables seront soumis au vote en septembre. Déposez le vôtre sur "
            f"<a href=\"{dc}/processes/semaran-en-projets-2025/f/12/proposals\">la plateforme participative</a>.")
             + m.share("http://www.port-semaran.fr/actualites/semaran-en-projets-lancement", "Sémaran en projets"),
             {"participatory_budget", "suggestion_call"}),
        page("/actualites/plage-du-lazaret-travaux", "Plage du Lazaret : travaux d'enrochement", m.p(
            "Les travaux de protection contre l'érosion débutent le 2 avril pour six semaines. L'accès à la plage reste possible côté est.",
            "Une réunion d'information s'est tenue avec le conseil de quartier Lazaret, dont les remarques ont été intégrées au chantier.")
             + m.wp_comments([("Gilbert M.", "9 mars", "Et le parking pendant les travaux ?"),
                              ("Service communication", "10 mars", "Le parking des Pins reste ouvert pendant toute la durée du chantier.")], 311),
             {"comments"}),
        # the council's own agenda: not the participatory approach
        page("/actualites/conseil-municipal-mars", "Conseil municipal du 28 mars", m.p(
            "Le conseil municipal se réunira le jeudi 28 mars à 18 h en salle du conseil. Ordre du jour : vote du budget primitif, "
            "tarifs du port de plaisance, subventions aux associations. La séance est publique et retransmise en direct.")
             + m.wp_comments_closed(), decoys={"participation_displayed", "comments"}),
        page("/actualites/forum-metiers-de-la-mer", "Forum des métiers de la mer", m.p(
            "Le forum des métiers de la mer réunit le 4 avril au palais des congrès les chantiers navals, la SNSM, "
            "les écoles de voile et les entreprises portuaires qui recrutent. Entrée libre, ateliers CV toute la journée."),
             decoys={"forum"}),
        page("/ma-ville/budget-2025", "Budget primitif 2025", m.p(
            "Le budget primitif 2025 s'élève à 98,4 M€, dont 27 M€ d'investissement : rénovation du quai d'honneur, "
            "école des Salins, pistes cyclables du front de mer. Les taux de fiscalité restent inchangés.",
            "Documents : rapport d'orientation budgétaire, budget primitif par chapitre, annexes.")
             + m.links([("/ma-ville/budget-2025/compte-administratif-2024", "Compte administratif 2024")]),
             decoys={"participatory_budget"}),
        page("/ma-ville/budget-2025/compte-administratif-2024", "Compte administratif 2024", m.p(
            "Le compte administratif retrace l'exécution du budget de l'année écoulée : 91,2 M€ de dépenses réalisées, "
            "dont 4,1 % consacrés aux projets de proximité choisis avec les habitants."),
             decoys={"participatory_budget"}, parent=("Budget", "/ma-ville/budget-2025")),
        page("/securite/participation-citoyenne", "Dispositif « Participation citoyenne »", m.p(
            "En lien avec la gendarmerie, la commune a signé un protocole « Participation citoyenne » : des habitants référents "
            "de chaque quartier relaient auprès des gendarmes les faits inhabituels qu'ils constatent.",
            "Ce dispositif de vigilance ne remplace pas l'appel au 17. Renseignements à la police municipale."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/demarches/contact", "Contacter la mairie", m.p("Une question, une demande ? Le standard répond au 04 94 00 12 12.")
             + m.cf7_contact("/demarches/contact/", ["Accueil", "Urbanisme", "État civil", "Port de plaisance", "Autre"]),
             {"contact_form"}),
        page("/enfance/inscriptions-centre-aere", "Inscriptions au centre de loisirs", m.p(
            "Les inscriptions pour les vacances de printemps sont ouvertes. Le paiement se fait en ligne sur l'espace famille.")
             + m.registration("/enfance/inscriptions-centre-aere/", "Inscription vacances de printemps")
             + m.payment("/enfance/paiement/", "Régler une facture de cantine"), decoys={"contact_form"}),
        page("/port/capitainerie", "La capitainerie du port", m.p(
            "Le port de plaisance compte 1 100 anneaux. La capitainerie est ouverte 7 j/7 en saison.",
            "Réservez une place d'escale en ligne ci-dessous.")
             + m.booking("/port/capitainerie/reservation", "Réserver une escale", ["Nuitée", "Semaine", "Mois"])
             + m.links([("/port/enquete-usagers-2024-resultats", "Résultats de l'enquête auprès des plaisanciers")]),
             decoys={"contact_form"}),
        # the port's survey is closed; only its results remain
        page("/port/enquete-usagers-2024-resultats", "Enquête auprès des usagers du port : les résultats", m.p(
            "L'enquête menée l'automne dernier auprès des titulaires d'anneaux est terminée. Merci aux 312 répondants.")
             + m.results_bars("Êtes-vous satisfait de l'accueil de la capitainerie ?", [("Très satisfait", 41), ("Satisfait", 44), ("Peu satisfait", 15)], 312, "30 novembre"),
             decoys={"poll"}, parent=("Le port", "/port/capitainerie")),
        page("/lettre-info/", "Lettre d'information", m.p("Recevez chaque mois l'actualité de Port-Sémaran dans votre boîte aux lettres électronique.")
             + m.newsletter("/lettre-info/"), decoys={"contact_form"}),
    ]
    pages.append(_plan(pages))
    www = Site(www_h, "wordpress", "Ville de Port-Sémaran", pages,
               menu=[("Ma ville", "/ma-ville/participer"), ("Démarches", "/demarches/contact"), ("Port", "/port/capitainerie"),
                     ("Participer", f"{dc}/")],
               accounts=[social("facebook", "VilledePortSemaran"), social("instagram", "portsemaran"),
                         social("youtube", "VillePortSemaran")], address="Hôtel de ville, place de la Liberté, 83990 Port-Sémaran")

    proc = f"/processes/semaran-en-projets-2025"
    proposals = [(f"{proc}/f/12/proposals/41", "Des bancs ombragés sur la promenade du Lazaret", "Hélène R.", 87, 6, "En évaluation"),
                 (f"{proc}/f/12/proposals/42", "Un composteur partagé aux Salins", "Association Salins Verts", 54, 3, "En évaluation"),
                 (f"{proc}/f/12/proposals/43", "Fontaines à eau sur les plages", "Karim B.", 132, 9, "En évaluation")]
    dpages = [
        page("/", "Accueil", _platform_home(
            "Bienvenue sur la plateforme de participation citoyenne de Port-Sémaran : proposez, débattez, votez pour les projets de votre ville.",
            m.dc_process_card(proc, "Sémaran en projets 2025", "Dépôt des projets", "15/03 - 30/04")
            + m.dc_process_card("/processes/plan-plage-2025", "Plan plage : quelle plage demain ?", "Questionnaire", "01/03 - 15/04")
            + m.dc_process_card("/processes/semaran-en-projets-2023", "Sémaran en projets 2023", "Projets lauréats", "Terminé"),
            m.links([("/processes", "Tous les processus"), ("/initiatives", "Pétitions citoyennes"), ("/pages/faq", "Aide")])),
             {"participation_displayed"}),
        page("/processes", "Processus participatifs", m.dc_process_card(proc, "Sémaran en projets 2025", "Dépôt des projets", "15/03 - 30/04")
             + m.dc_process_card("/processes/plan-plage-2025", "Plan plage : quelle plage demain ?", "Questionnaire", "01/03 - 15/04")
             + m.dc_process_card("/processes/quai-bonaparte", "Réaménagement du quai Bonaparte", "Terminé", "2024")
             + m.dc_process_card("/processes/semaran-en-projets-2023", "Sémaran en projets 2023", "Projets lauréats", "Terminé")),
        page(proc, "Sémaran en projets 2025", m.p(
            "Sémaran en projets est le budget participatif de la ville : 400 000 € pour des projets imaginés et choisis par les habitants.",
            "Qui peut participer ? Toute personne de plus de 12 ans qui habite, travaille ou étudie à Port-Sémaran.")
             + m.dc_steps([("Dépôt des projets", "15/03 - 30/04"), ("Analyse technique", "mai - juin"), ("Vote", "septembre"), ("Lauréats", "octobre")], 0)
             + m.dc_component_nav([(f"{proc}/f/12/proposals", "Propositions"), (f"{proc}/f/13/budgets/4/projects", "Vote"),
                                   (f"{proc}/f/14/meetings", "Rencontres")]),
             {"participatory_budget", "participation_displayed", "suggestion_call"}),
        page(f"{proc}/f/12/proposals", "Propositions", m.dc_proposal_list(proposals, f"{proc}/f/12/proposals/new"),
             {"participatory_budget", "suggestion_call"}, parent=("Sémaran en projets 2025", proc)),
        # the filing form publishes a project; it is not a message to the city
        page(f"{proc}/f/12/proposals/new", "Déposer un projet", m.p("Décrivez votre projet : il doit relever des compétences de la ville et coûter moins de 80 000 €.")
             + m.dc_new_proposal(f"{proc}/f/12/proposals"), {"participatory_budget", "suggestion_call"}, parent=("Propositions", f"{proc}/f/12/proposals")),
        page(proposals[0][0], proposals[0][1], m.p(
            "Le long de la promenade, il n'y a aucun banc à l'ombre entre le port et la pointe. Je propose six bancs sous des pergolas végétalisées.",
            "<span class=\"proposal__supports\">87 soutiens</span>")
             + m.dc_comments([("Pierre L.", "18/03", "Excellente idée, les personnes âgées en ont besoin."),
                              ("Maëlle", "20/03", "Attention au vent d'est, il faut des pergolas solides.")], 41)
             + m.share(f"{dc}{proposals[0][0]}", proposals[0][1]),
             {"participatory_budget", "comments"}, decoys={"social_account"}, parent=("Propositions", f"{proc}/f/12/proposals")),
        page(proposals[1][0], proposals[1][1], m.p("Un composteur de quartier géré par l'association, à côté du square des Salins.")
             + m.dc_comments([("Lucie", "22/03", "Je suis volontaire pour le retourner chaque semaine.")], 42),
             {"participatory_budget", "comments"}, parent=("Propositions", f"{proc}/f/12/proposals")),
        page(proposals[2][0], proposals[2][1], m.p("Installer des fontaines d'eau potable sur les trois plages surveillées.")
             + m.dc_comments([("Nadia", "25/03", "Oui, et des douches aussi !")], 43),
             {"participatory_budget", "comments"}, parent=("Propositions", f"{proc}/f/12/proposals")),
        page(f"{proc}/f/13/budgets/4/projects", "Vote — à venir", m.p(
            "Le vote ouvrira en septembre, une fois l'analyse technique des projets terminée. Revenez à ce moment-là !"),
             {"participatory_budget"}, parent=("Sémaran en projets 2025", proc)),
        page(f"{proc}/f/14/meetings", "Rencontres", m.dc_meeting("Atelier d'aide au dépôt", "Samedi 6 avril, 10 h", "Médiathèque du Vieux-Port", True)
             + m.p("Des agents vous aident à rédiger et chiffrer votre projet."), {"participatory_budget"}, parent=("Sémaran en projets 2025", proc)),
        page("/processes/plan-plage-2025", "Plan plage : quelle plage demain ?", m.p(
            "La Ville prépare le renouvellement de ses concessions de plage. Avant de rédiger le cahier des charges, elle interroge les habitants.")
             + m.dc_survey("/processes/plan-plage-2025/f/21/", [("Quelle plage fréquentez-vous le plus ?", ["Lazaret", "Saint-Elme", "Cap Roux"]),
                                                                 ("Faut-il réduire la part de plage concédée ?", ["Oui", "Non", "Sans avis"]),
                                                                 ("Vos remarques", None)], "15 avril"),
             {"poll", "participation_displayed"}),
        page("/processes/quai-bonaparte", "Réaménagement du quai Bonaparte (terminé)", m.p(
            "La concertation s'est achevée en juin 2024. Le questionnaire a recueilli 1 204 réponses ; voici la synthèse.")
             + m.results_bars("Priorité pour le quai", [("Piétonnisation", 58), ("Stationnement", 23), ("Terrasses", 19)], 1204, "30 juin 2024"),
             {"participation_displayed"}, decoys={"poll"}),
        page("/processes/semaran-en-projets-2023", "Sémaran en projets 2023 — les lauréats", m.p(
            "Édition 2023 terminée : 2 846 votants ont choisi 9 projets, dont l'aire de jeux des Hauts et l'éclairage du sentier littoral.")
             + m.dc_budget_projects([("/processes/semaran-en-projets-2023", "Aire de jeux des Hauts", "72 000 €", "Réalisé"),
                                     ("/processes/semaran-en-projets-2023", "Éclairage du sentier littoral", "95 000 €", "En cours")], vote=False),
             {"participatory_budget"}),
        page("/initiatives", "Pétitions citoyennes", m.p(
            "Avec 500 signatures d'habitants, une pétition est inscrite à l'ordre du jour du conseil municipal.")
             + m.links([("/initiatives/i-7", "Pour un arrêt de bus à la Gavotte"), ("/initiatives/i-3", "Éclairer le stade la nuit (close)")]),
             {"petition"}),
        page("/initiatives/i-7", "Pour un arrêt de bus à la Gavotte", m.p("Nous demandons la création d'un arrêt de la ligne 3 au carrefour de la Gavotte.")
             + m.dc_initiative("Pour un arrêt de bus à la Gavotte", 318, 500, "Collecte de signatures", "/initiatives/i-7/signatures"),
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        # a petition that failed: no way to sign any more
        page("/initiatives/i-3", "Éclairer le stade la nuit", m.p("Cette pétition n'a pas atteint le seuil dans le délai de six mois.")
             + m.dc_initiative("Éclairer le stade la nuit", 142, 500, "Rejetée (seuil non atteint)"),
             decoys={"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/initiatives/i-7/signatures", "Signer la pétition", m.petition_sign("/initiatives/i-7/signatures", "Pour un arrêt de bus à la Gavotte", 318, 500),
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/profiles/helene-r", "Profil de Hélène R.", m.p("Hélène R. — membre depuis 2023.<br>Propositions : 2 · Abonnés : 5")
             + m.links([(proposals[0][0], proposals[0][1])])),
        page("/pages/faq", "Aide — foire aux questions", m.p(
            "Comment créer un compte ? Cliquez sur « S'inscrire » puis confirmez votre adresse e-mail.",
            "Qu'est-ce qu'un soutien ? Un soutien indique que vous approuvez une proposition ; il ne vaut pas vote.")
             + m.links([("/pages/accessibilite", "Accessibilité"), ("/profiles/helene-r", "Exemple de profil")])),
        page("/pages/accessibilite", "Déclaration d'accessibilité", m.p("La plateforme est partiellement conforme au RGAA 4.1 (taux de conformité : 78 %).")),        _signup("/users/sign_up", "/users"),
    ]
    plat = Site(dc_h, DC, "Participer à Port-Sémaran", dpages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Pétitions", "/initiatives"), ("Aide", "/pages/faq")],
                features=PLATFORM, platforms=frozenset({DC}))

    opages = [
        page("/", "Office de tourisme", m.p("Bienvenue à Port-Sémaran ! Plages, criques et calanques du cap Roux vous attendent.")
             + m.links([("/sejourner/reserver-une-visite", "Réserver une visite guidée"), ("/pro/enquete-frequentation-2024", "Espace pro : fréquentation 2024"),
                        ("/pro/appel-a-candidatures-marches-nocturnes", "Marchés nocturnes : appel à candidatures"), ("/contact", "Nous contacter")])
             + m.teasers([("/sejourner/reserver-une-visite", "Visites du fort", "mars")])),
        page("/sejourner/reserver-une-visite", "Réserver une visite guidée", m.booking("/sejourner/reserver-une-visite", "Visite du fort Saint-Elme", ["10 h", "14 h", "16 h"]),
             decoys={"contact_form"}),
        # the tourist office's visitor survey is over: its results only
        page("/pro/enquete-frequentation-2024", "Fréquentation touristique 2024", m.p("Synthèse de l'enquête menée auprès des visiteurs l'été dernier.")
             + m.results_bars("Origine des visiteurs", [("France", 71), ("Europe", 24), ("Autres", 5)], 1820, "31 août 2024"), decoys={"poll"}),
        page("/pro/appel-a-candidatures-marches-nocturnes", "Marchés nocturnes : appel à candidatures exposants", m.p(
            "Artisans et créateurs, candidatez pour exposer aux marchés nocturnes de juillet et août. Dossier à déposer avant le 30 avril."),
             decoys={"suggestion_call"}),
        page("/contact", "Nous contacter", m.vendor_form("/contact", [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("textarea", "message", "Votre message")]),
             {"contact_form"}),
    ]
    ot = Site(ot_h, "wordpress", "Office de tourisme de Port-Sémaran", opages, menu=[("Séjourner", "/sejourner/reserver-une-visite"), ("Contact", "/contact")],
              address="Quai Bonaparte, 83990 Port-Sémaran")
    return City("99261", "Port-Sémaran", 61_400, "83", "93", "Provence-Alpes-Côte d'Azur", f"http://{www_h}/", [www, plat, ot])


# =====================================================================================================
# 99262 Aiguebrune (Hérault): Drupal site, CONSUL Democracy platform "Décidons Aiguebrune"
# =====================================================================================================

def aiguebrune() -> City:
    www_h, cs_h = "www.aiguebrune.fr", "decidons.aiguebrune.fr"
    cs = f"http://{cs_h}"
    news = [("/actualites/lido-des-idees-resultats", "Les Idées du Lido : les lauréats", "2 février"),
            ("/actualites/enquete-publique-pprl", "Enquête publique sur le plan de prévention des risques littoraux", "28 janvier"),
            ("/actualites/lots-de-plage-2025", "Lots de plage : avis d'appel public", "20 janvier"),
            ("/actualites/recensement-2025", "Recensement de la population 2025", "15 janvier")]
    pages = [
        page("/", "Accueil", _home("Aiguebrune, entre étang et Méditerranée : toute l'actualité de votre ville.",
             [("/democratie-locale", "Démocratie locale"), ("/democratie-locale/assemblees-de-quartier", "Assemblées de quartier"),
              ("/democratie-locale/droit-de-petition", "Droit de pétition"), ("/nous-contacter", "Nous contacter"),
              ("/cadre-de-vie/sondage-marche-nocturne", "Marché nocturne : votre avis"), (f"{cs}/", "Décidons Aiguebrune"),
              ("/economie/appels-a-projets-associations", "Subventions"), ("/economie/marches-publics", "Marchés publics")], news,
             [("/democratie-locale/assemblees-de-quartier", "Assemblée de quartier Les Aresquiers", "14 mars")])),
        page("/democratie-locale", "Démocratie locale", m.p(
            "Parce que la ville se construit avec celles et ceux qui la vivent, Aiguebrune a fait de la démocratie locale une priorité du mandat.",
            "Assemblées de quartier, conseil des jeunes, budget participatif « Les Idées du Lido », consultations en ligne : "
            f"retrouvez toutes les démarches sur <a href=\"{cs}/\">decidons.aiguebrune.fr</a>.")
             + m.links([("/democratie-locale/assemblees-de-quartier", "Assemblées de quartier"), ("/democratie-locale/droit-de-petition", "Le droit de pétition"),
                        ("/democratie-locale/les-idees-du-lido", "Les Idées du Lido")]), {"participation_displayed"}),
        page("/democratie-locale/assemblees-de-quartier", "Les assemblées de quartier", m.p(
            "Cinq assemblées de quartier, ouvertes à tous les habitants, se réunissent deux fois par an autour du maire-adjoint à la vie des quartiers.",
            "Chaque assemblée élit un bureau de huit habitants qui prépare l'ordre du jour et suit les demandes.")
             + m.webform_contact("assemblees_quartier", "/democratie-locale/assemblees-de-quartier", ("Votre quartier", ["Centre", "Les Aresquiers", "Le Lido", "Les Salins", "La Garrigue"])),
             {"participation_displayed", "contact_form"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/droit-de-petition", "Le droit de pétition local", m.p(
            "Toute personne inscrite sur les listes électorales d'Aiguebrune peut demander l'inscription d'une question à l'ordre du jour du conseil municipal.",
            "La pétition doit recueillir 1 % des électeurs, soit environ 350 signatures. Elle se dépose et se signe en ligne.")
             + m.petition_sign("/democratie-locale/droit-de-petition", "Pour une piste cyclable jusqu'au Lido", 211, 350),
             {"petition", "participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/les-idees-du-lido", "Les Idées du Lido, le budget participatif", m.p(
            "Les Idées du Lido : 250 000 € par an pour les projets des habitants. Dépôt en automne, vote au printemps.",
            f"Le dépôt et le vote se font sur <a href=\"{cs}/budgets/3\">la plateforme Décidons Aiguebrune</a>, ou sur papier en mairie annexe."),
             {"participatory_budget", "participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/actualites/lido-des-idees-resultats", "Les Idées du Lido : les lauréats", m.p(
            "1 932 votants ont retenu sept projets, dont un ponton de pêche accessible et des ombrières au skatepark.",
            f"Le détail des résultats est en ligne sur <a href=\"{cs}/budgets/3/results\">Décidons Aiguebrune</a>.")
             + m.drupal_comments([("Sandrine", "3 février", "Bravo aux porteurs du ponton !")], 812),
             {"participatory_budget", "comments"}),
        # a statutory inquiry: observations go to the commissioner's register, not a survey of the city
        page("/actualites/enquete-publique-pprl", "Enquête publique : plan de prévention des risques littoraux", m.p(
            "Par arrêté préfectoral, une enquête publique sur le projet de PPRL se déroule du 3 au 28 février. "
            "Le dossier est consultable en mairie ; les observations sont reçues par le commissaire enquêteur sur le registre dématérialisé de la préfecture.",
            "Permanences du commissaire enquêteur : 5, 14 et 26 février en mairie."), decoys={"poll", "suggestion_call"}),
        page("/actualites/lots-de-plage-2025", "Lots de plage : avis d'appel public à candidatures", m.p(
            "La commune lance un appel public à candidatures pour l'attribution de six lots de plage (sous-traités d'exploitation, 2025-2036). "
            "Dossier de consultation sur le profil acheteur ; date limite de remise des offres : 14 mars, 12 h."),
             decoys={"suggestion_call"}),
        page("/actualites/recensement-2025", "Recensement de la population 2025", m.p(
            "Du 16 janvier au 22 février, un agent recenseur muni d'une carte officielle peut se présenter chez vous. "
            "Vous pouvez répondre au questionnaire de l'Insee en ligne avec les codes qu'il vous remettra."), decoys={"poll"}),
        page("/cadre-de-vie/sondage-marche-nocturne", "Marché nocturne : votre avis compte", m.webform_questionnaire(
            "sondage_marche", "/cadre-de-vie/sondage-marche-nocturne", [("Fréquentez-vous le marché nocturne ?", ["Chaque semaine", "Parfois", "Jamais"]),
                                                                      ("Quel soir préférez-vous ?", ["Mardi", "Jeudi", "Vendredi"]), ("Une suggestion ?", None)],
            m.p("La Ville réorganise le marché nocturne de l'été. Répondez à ce questionnaire avant le 31 mars.")), {"poll"}),
        # a grant call to associations, not a call for residents' ideas
        page("/economie/appels-a-projets-associations", "Appel à projets associatifs 2025", m.p(
            "Les associations peuvent solliciter une subvention de projet dans le cadre de l'appel à projets annuel « Vivre ensemble ». "
            "Dossier Cerfa n° 12156 à déposer avant le 15 avril."), decoys={"suggestion_call", "participatory_budget"}),
        page("/economie/marches-publics", "Marchés publics", m.p("Avis d'appel public à la concurrence : entretien des espaces verts du front de mer, réfection de la digue Est."),
             decoys={"suggestion_call"}),
        page("/nous-contacter", "Nous contacter", m.webform_contact("contact", "/nous-contacter", ("Objet", ["Question générale", "Voirie", "Urbanisme", "Plages"])),
             {"contact_form"}),
    ]
    pages.append(_plan(pages))
    www = Site(www_h, "drupal", "Ville d'Aiguebrune", pages, menu=[("Démocratie locale", "/democratie-locale"), ("Actualités", "/actualites/lido-des-idees-resultats"),
               ("Contact", "/nous-contacter")], accounts=[social("facebook", "aiguebrune"), social("x", "VilleAiguebrune")],
               address="Mairie, 1 place de l'Étang, 34990 Aiguebrune")

    props = [("/proposals/17-navette-lido", "Une navette électrique vers le Lido l'été", "Jules P.", 642, 14),
             ("/proposals/18-jardins-partages", "Des jardins partagés aux Salins", "Collectif Salins", 288, 5)]
    cpages = [
        page("/", "Accueil", m.p("Décidons Aiguebrune : débattez, proposez et votez pour la ville de demain.")
             + m.links([("/proposals", "Propositions citoyennes"), ("/debates", "Débats"), ("/budgets/3", "Les Idées du Lido"),
                        ("/polls", "Votations"), ("/budgets/2/results", "Édition 2023"), ("/legislation/processes/4", "Charte du littoral")]), {"participation_displayed"}),
        page("/proposals", "Propositions citoyennes", m.p("Une proposition qui recueille 1 % de soutiens des habitants est étudiée par le conseil municipal.")
             + m.cs_proposal_list(props) + '<a class="button expanded" href="/proposals/new">Créer une proposition</a>', {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", m.vendor_form("/proposals", [("text", "proposal[title]", "Titre de la proposition"),
             ("textarea", "proposal[description]", "Texte de la proposition"), ("text", "proposal[tag_list]", "Sujets")], "Créer une proposition", "new_proposal"),
             {"suggestion_call"}, parent=("Propositions", "/proposals")),
        page(props[0][0], props[0][1], m.p("Relier le centre au Lido par une navette électrique gratuite en juillet-août.")
             + m.cs_comments([("Marion", "04/02", "Indispensable vu les bouchons."), ("Thierry", "05/02", "Et le week-end hors saison ?")], 17)
             + m.share(f"{cs}{props[0][0]}", props[0][1]), {"suggestion_call", "comments"}, decoys={"social_account"}, parent=("Propositions", "/proposals")),
        page(props[1][0], props[1][1], m.p("Des parcelles cultivables pour les familles des immeubles des Salins.") + m.cs_comments([("Anaïs", "12/02", "Je m'inscris !")], 18),
             {"suggestion_call", "comments"}, parent=("Propositions", "/proposals")),
        # CONSUL debates: residents open threads and reply to each other
        page("/debates", "Débats", m.p("Ouvrez un débat pour partager votre point de vue avec les autres habitants.")
             + m.links([("/debates/9-stationnement-ete", "Faut-il un stationnement payant l'été au Lido ?")]), {"forum"}),
        page("/debates/9-stationnement-ete", "Faut-il un stationnement payant l'été au Lido ?", m.p("Débat ouvert par Claire V. · 23 commentaires")
             + m.cs_comments([("Rémi", "10/01", "Oui, pour financer les navettes."), ("Odile", "11/01", "Non, les habitants paient déjà assez.")], 9),
             {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/budgets/3", "Les Idées du Lido 2025", m.cs_budget_phases([("Dépôt des projets", "oct. - nov."), ("Étude", "déc. - fév."), ("Vote", "mars"), ("Résultats", "avril")], 2)
             + m.cs_investment_list([("/budgets/3/investments/31", "Ponton de pêche accessible", "Le Lido", "60 000 €"),
                                     ("/budgets/3/investments/32", "Ombrières au skatepark", "Centre", "45 000 €")], "balloting"),
             {"participatory_budget"}),
        page("/budgets/3/investments/31", "Ponton de pêche accessible", m.p("Un ponton accessible aux fauteuils sur l'étang.") + m.cs_comments([("Yves", "01/03", "Enfin !")], 31),
             {"participatory_budget", "comments"}, parent=("Les Idées du Lido", "/budgets/3")),
        page("/budgets/3/results", "Les Idées du Lido 2025 — résultats", m.cs_investment_list([("/budgets/3/investments/31", "Ponton de pêche accessible — 1 102 votes", "Le Lido", "60 000 €")], "finished"),
             {"participatory_budget"}),
        page("/budgets/2/results", "Les Idées du Lido 2023 — résultats", m.p("Édition terminée. Six projets réalisés.")
             + m.cs_investment_list([("/budgets/2/results", "Boîtes à livres sur la plage", "Le Lido", "8 000 €")], "finished"), {"participatory_budget"}),
        page("/polls", "Votations", m.links([("/polls/5-nom-passerelle", "Quel nom pour la nouvelle passerelle ?"), ("/polls/2-horaires-piscine", "Horaires de la piscine (terminée)")])
             + m.p("Les votations sont ouvertes aux habitants inscrits et vérifiés."), {"poll"}),
        page("/polls/5-nom-passerelle", "Quel nom pour la nouvelle passerelle ?", m.questionnaire_form("/polls/5/answers",
             [("Votre choix", ["Passerelle des Flamants", "Passerelle Jeanne-Galzy", "Passerelle du Grau"])], "poll-question-answers"), {"poll"}, parent=("Votations", "/polls")),
        page("/polls/2-horaires-piscine", "Horaires de la piscine (terminée)", m.results_bars("Ouverture le dimanche ?", [("Oui", 72), ("Non", 28)], 840, "15 octobre 2024"),
             decoys={"poll"}, parent=("Votations", "/polls")),
        page("/legislation/processes/4", "Charte du littoral : concertation", m.p(
            "Annotez le projet de charte du littoral : chaque article peut être commenté jusqu'au 30 avril.", "Article 1 — Le littoral est un bien commun.")
             + m.cs_comments([("Bertrand", "02/03", "Ajouter la protection des herbiers de posidonie.")], 4),
             {"participation_displayed", "comments"}),
        page("/users/42", "Profil de Jules P.", m.p("Jules P. · 3 propositions · 12 commentaires") + m.links([(props[0][0], props[0][1])])),
        page("/help", "Aide", m.p("Comment fonctionne Décidons Aiguebrune ? Propositions, débats, budgets et votations : chaque rubrique a ses règles.")
             + m.links([("/users/42", "Un profil"), ("/accessibilite", "Accessibilité")])),
        page("/accessibilite", "Accessibilité", m.p("Déclaration d'accessibilité : conformité partielle au RGAA.")),        _signup("/users/sign_up", "/users", "user[username]"),
        page("/budgets/3/investments/32", "Ombrières au skatepark", m.p("Des ombrières photovoltaïques au-dessus des rampes du skatepark.")
             + m.cs_comments([], 32), {"participatory_budget"}, parent=("Les Idées du Lido", "/budgets/3")),
    ]
    plat = Site(cs_h, CS, "Décidons Aiguebrune", cpages, menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budgets", "/budgets/3"),
                ("Votations", "/polls"), ("Aide", "/help")], features=PLATFORM, platforms=frozenset({CS}))
    return City("99262", "Aiguebrune", 47_800, "34", "76", "Occitanie", f"http://{www_h}/", [www, plat])


# =====================================================================================================
# 99263 Rocabella (Haute-Corse): SPIP site, white-label platform "Rocabella Inseme", phpBB board
# =====================================================================================================

def rocabella() -> City:
    www_h, vd_h, fo_h = "www.rocabella.fr", "inseme.rocabella.fr", "forum.rocabella.fr"
    vd, fo = f"http://{vd_h}", f"http://{fo_h}"
    news = [("spip.php?article212", "Inseme : la nouvelle consultation sur le front de mer", "10 avril"),
            ("spip.php?article208", "Forum de l'emploi saisonnier", "2 avril"),
            ("spip.php?article205", "Concours photo « Rocabella vue de la mer »", "28 mars")]
    pages = [
        page("/", "Accueil", _home("Rocabella, cité marine de Haute-Corse : services, démarches et vie citoyenne.",
             [("spip.php?rubrique12", "Vie citoyenne"), ("spip.php?article190", "Comités de quartier"), (f"{vd}/", "Rocabella Inseme"),
              (f"{fo}/", "Forum citoyen"), ("spip.php?article150", "Contact"), ("spip.php?article205", "Concours photo"),
              ("spip.php?article208", "Emploi saisonnier"), ("spip.php?article171", "État civil")], news,
             [("spip.php?article190", "Comité de quartier Marina", "22 avril")])),
        page("/spip.php?rubrique12", "Vie citoyenne", m.p(
            "Comités de quartier, consultations et budget participatif : à Rocabella, les habitants prennent part aux choix de la commune.",
            f"Les consultations en ligne se tiennent sur <a href=\"{vd}/\">Rocabella Inseme</a> ; les échanges libres entre habitants sur le <a href=\"{fo}/\">forum citoyen</a>.")
             + m.links([("spip.php?article190", "Les comités de quartier")]), {"participation_displayed"}),
        page("/spip.php?article190", "Les comités de quartier", m.p(
            "Six comités de quartier, de la Marina aux hameaux, rassemblent habitants et commerçants. Ils donnent leur avis sur les travaux et l'animation.")
             + m.spip_formidable("comites", "spip.php?article190", [("nom", "Nom"), ("email", "Courriel"), ("quartier", "Quartier")]),
             {"participation_displayed", "contact_form"}, parent=("Vie citoyenne", "spip.php?rubrique12")),
        # news announcing a consultation held elsewhere: no questionnaire here
        page("/spip.php?article212", "Inseme : la nouvelle consultation sur le front de mer", m.p(
            f"La consultation sur le futur front de mer est ouverte sur <a href=\"{vd}/consultations/front-de-mer\">Rocabella Inseme</a> jusqu'au 31 mai."), decoys={"participatory_platform", "poll"}),
        page("/spip.php?article208", "Forum de l'emploi saisonnier", m.p("Hôtels, paillotes et campings recrutent : rendez-vous au forum de l'emploi saisonnier le 2 avril à la halle."),
             decoys={"forum"}),
        page("/spip.php?article205", "Concours photo « Rocabella vue de la mer »", m.p("Envoyez jusqu'à trois photos avant le 15 juin ; un jury désignera les lauréats exposés cet été."),
             decoys={"suggestion_call", "poll"}),
        page("/spip.php?article171", "État civil", m.p("Actes de naissance, mariage et décès : demandez-les en ligne ou au guichet.")
             + m.spip_formidable("acte", "spip.php?article171", [("nom", "Nom"), ("acte", "Type d'acte"), ("date", "Date de l'acte")], None),
             decoys={"contact_form"}),
        page("/spip.php?article150", "Contact", m.spip_formidable("contact", "spip.php?article150", [("nom", "Nom"), ("email", "Courriel"), ("sujet", "Sujet")]),
             {"contact_form"}),
    ]
    pages.append(_plan(pages))
    www = Site(www_h, "spip", "Ville de Rocabella", pages, menu=[("Vie citoyenne", "spip.php?rubrique12"), ("Contact", "spip.php?article150")],
               accounts=[social("facebook", "rocabella.ville")], address="Mairie de Rocabella, cours Paoli, 20290 Rocabella")

    vpages = [
        page("/", "Rocabella Inseme", m.p("Rocabella Inseme, la plateforme de la participation citoyenne : consultations, idées et budget participatif « A nostra cità ».")
             + m.links([("/consultations/front-de-mer", "Consultation : le front de mer"), ("/idees", "Boîte à idées"), ("/budget-participatif", "A nostra cità"),
                        ("/budget-participatif/2023", "Édition 2023"), ("/compte/connexion", "Se connecter")]), {"participation_displayed"}),
        page("/consultations/front-de-mer", "Consultation : le front de mer", m.p("Promenade, stationnement, terrasses : répondez au questionnaire en dix questions.")
             + m.questionnaire_form("/consultations/front-de-mer/reponses", [("La promenade doit-elle devenir piétonne ?", ["Oui", "Non", "En été seulement"]),
                                                                            ("Vos propositions", None)]), {"poll", "participation_displayed"}),
        page("/idees", "Boîte à idées", m.idea_box("/idees/nouvelle", "Partagez vos idées pour Rocabella : elles sont publiées après modération et chacun peut les soutenir.",
             ["Littoral", "Jeunesse", "Mobilité"]), {"suggestion_call"}),
        page("/budget-participatif", "A nostra cità — budget participatif 2025", m.p("150 000 € pour vos projets. Le vote est ouvert jusqu'au 20 juin : choisissez jusqu'à trois projets.")
             + m.questionnaire_form("/budget-participatif/vote", [("Vos projets", ["Aire de jeux de la Marina", "Sentier des tours génoises", "Navette des hameaux"])], "vote-projets"),
             {"participatory_budget"}),
        page("/budget-participatif/2023", "A nostra cità 2023 : les projets réalisés", m.p("Édition 2023 : quatre projets lauréats, tous réalisés, dont le skatepark des Pins."),
             {"participatory_budget"}),
        page("/compte/connexion", "Se connecter", '<form method="post" action="/compte/connexion" class="login"><label for="c-mail">E-mail</label><input type="email" id="c-mail" name="email">'
             '<label for="c-pw">Mot de passe</label><input type="password" id="c-pw" name="password"><button type="submit">Connexion</button></form>', decoys={"contact_form"}),
    ]
    plat = Site(vd_h, VD, "Rocabella Inseme", vpages, menu=[("Consultations", "/consultations/front-de-mer"), ("Idées", "/idees"), ("Budget participatif", "/budget-participatif")],
                features=PLATFORM, platforms=frozenset({"custom"}))
    fpages = [
        page("/", "Index du forum", m.phpbb_forumlist([("/viewforum.php?f=2", "Vie des quartiers", "Travaux, propreté, voisinage", 48, 310, "Ghjuvanni"),
                                                       ("/viewforum.php?f=3", "Plages et littoral", "Érosion, accès, mouillages", 22, 140, "Marie-Ange")]), {"forum"}),
        page("/viewforum.php?f=2", "Vie des quartiers", m.links([("/viewtopic.php?t=77", "Éclairage de la montée Saint-Roch")]), {"forum"}),
        page("/viewforum.php?f=3", "Plages et littoral", m.links([("/viewtopic.php?t=77", "Éclairage de la montée Saint-Roch")]), {"forum"}),
        page("/viewtopic.php?t=77", "Éclairage de la montée Saint-Roch", m.phpbb_topic([("Ghjuvanni", "3 avril", "Trois lampadaires éteints depuis un mois."),
             ("Mairie-Rocabella", "4 avril", "Signalé aux services techniques, intervention la semaine prochaine.")], "/posting.php?mode=reply&t=77"), {"forum"}),        page("/posting.php?mode=reply&t=77", "Répondre au sujet", '<form id="postform" method="post" action="/posting.php?mode=reply&amp;t=77">'
             '<label for="subject">Sujet :</label><input type="text" name="subject" id="subject" value="Re: Éclairage de la montée Saint-Roch">'
             '<textarea name="message" id="message" rows="15" cols="76" class="inputbox"></textarea><input type="submit" name="post" value="Envoyer" class="button1"></form>',
             {"forum"}),
        page("/memberlist.php?mode=viewprofile&u=40", "Profil de Ghjuvanni", m.p("Inscrit le 12 janvier 2023 · 87 messages")),
        page("/memberlist.php?mode=viewprofile&u=41", "Profil de Mairie-Rocabella", m.p("Compte officiel des services municipaux · 214 messages")),
    ]
    board = Site(fo_h, "phpbb", "Forum citoyen de Rocabella", fpages)
    return City("99263", "Rocabella", 44_100, "2B", "94", "Corse", f"http://{www_h}/", [www, plat, board])


# =====================================================================================================
# 99264 Port-des-Aulnes (Charente-Maritime): Joomla site, Cap Collectif "Les Aulnes s'engagent"
# =====================================================================================================

def port_des_aulnes() -> City:
    www_h, cc_h = "www.portdesaulnes.fr", "portdesaulnes.cap-collectif.com"
    cc = f"http://{cc_h}"
    proj = "/project/budget-participatif-2025"
    steps = [("presentation", "presentation", "Présentation", "Terminée"), ("collect", "depot-des-projets", "Dépôt", "En cours"),
             ("selection", "analyse", "Analyse", "À venir"), ("selection", "vote", "Vote", "À venir")]
    news = [("/actualites/budget-participatif-depot", "Budget participatif : déposez vos projets", "5 mai"),
            ("/actualites/ostreiculture-fete", "Fête de l'huître", "30 avril"),
            ("/actualites/marche-public-digue", "Renforcement de la digue : avis de marché", "22 avril")]
    pages = [
        page("/", "Accueil", _home("Port-des-Aulnes, entre marais et pertuis : bienvenue sur le site officiel de la ville.",
             [("/index.php/ville/democratie-participative", "Démocratie participative"), ("/index.php/ville/voisins-solidaires", "Voisins solidaires"),
              (f"{cc}/", "Les Aulnes s'engagent"), ("/index.php/contact", "Contact"), ("/index.php/services/piscine-reservation", "Piscine"),
              ("/actualites/marche-public-digue", "Marchés publics"), ("/actualites/ostreiculture-fete", "Fête de l'huître"), ("/actualites/budget-participatif-depot", "Budget participatif")],
             news, [("/actualites/ostreiculture-fete", "Fête de l'huître", "15 juin")])),
        page("/index.php/ville/democratie-participative", "Démocratie participative", m.p(
            "Conseils citoyens, ateliers de concertation et budget participatif : la participation des habitants est au cœur du projet municipal.",
            f"Les démarches en ligne sont regroupées sur <a href=\"{cc}/\">Les Aulnes s'engagent</a>."), {"participation_displayed"}),
        # a CCAS volunteer scheme run by telephone and registers, no network online
        page("/index.php/ville/voisins-solidaires", "Voisins solidaires", m.p(
            "La ville soutient la fête des voisins et le réseau des voisins solidaires : prêts d'outils, courses pour les aînés, entraide en cas de canicule.",
            "Inscrivez-vous auprès du CCAS pour devenir voisin relais de votre rue."), decoys={"territorial_social_network"}),
        page("/actualites/budget-participatif-depot", "Budget participatif : déposez vos projets", m.p(
            f"Jusqu'au 30 juin, déposez vos projets pour la ville sur <a href=\"{cc}{proj}/collect/depot-des-projets\">la plateforme</a> : 200 000 € vous sont confiés."),
             {"participatory_budget", "suggestion_call"}),
        page("/actualites/ostreiculture-fete", "Fête de l'huître", m.p("Dégustations et visites des claires le 15 juin au port ostréicole.") + m.share("http://www.portdesaulnes.fr/actualites/ostreiculture-fete", "Fête de l'huître")),
        page("/actualites/marche-public-digue", "Renforcement de la digue : avis d'appel public à la concurrence", m.p("Procédure adaptée, remise des offres avant le 20 mai."),
             decoys={"suggestion_call"}),
        page("/index.php/services/piscine-reservation", "Piscine : réserver un créneau", m.booking("/index.php/services/piscine-reservation", "Créneau de nage", ["7 h", "12 h", "18 h"]),
             decoys={"contact_form"}),
        page("/index.php/contact", "Contact", m.joomla_rsform(3, "/index.php/contact", [("text", "Nom", "Nom"), ("email", "Email", "E-mail"), ("textarea", "Message", "Message")]),
             {"contact_form"}),
    ]
    pages.append(_plan(pages))
    www = Site(www_h, "joomla", "Port-des-Aulnes", pages, menu=[("La ville", "/index.php/ville/democratie-participative"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "portdesaulnes17"), social("instagram", "portdesaulnes")], address="Hôtel de ville, 17990 Port-des-Aulnes")
    props = [(f"{proj}/collect/depot-des-projets/proposals/ponton-kayak", "Un ponton pour kayaks", "Mise à l'eau facilitée au chenal.", 0, 4, "Déposé"),
             (f"{proj}/collect/depot-des-projets/proposals/abris-velos", "Abris vélos à la gare", "Abris sécurisés pour 40 vélos.", 0, 2, "Déposé")]
    cpages = [
        page("/", "Les Aulnes s'engagent", m.p("La plateforme participative de Port-des-Aulnes.")
             + m.links([(f"{proj}/presentation/presentation", "Budget participatif 2025"), ("/project/consultation-plan-velo/questionnaire/questionnaire", "Plan vélo : questionnaire"),
                        ("/project/budget-participatif-2023/selection/laureats", "Budget participatif 2023 : les lauréats"), ("/pages/faq", "FAQ")]), {"participation_displayed"}),
        page(f"{proj}/presentation/presentation", "Budget participatif 2025 — présentation", m.cc_stepper(proj.split("/")[-1], steps, 0)
             + m.p("200 000 € pour des projets d'intérêt général. Règlement : projets d'investissement, sur le domaine public, moins de 50 000 €."), {"participatory_budget", "participation_displayed"}),
        page(f"{proj}/collect/depot-des-projets", "Dépôt des projets", m.cc_stepper(proj.split("/")[-1], steps, 1) + m.cc_proposal_cards(props)
             + '<a class="btn btn-primary" href="' + f"{proj}/collect/depot-des-projets/new" + '">Déposer un projet</a>', {"participatory_budget", "suggestion_call"}),
        page(f"{proj}/collect/depot-des-projets/new", "Déposer un projet", m.vendor_form(f"{proj}/collect/depot-des-projets", [("text", "title", "Titre"),
             ("textarea", "body", "Description"), ("text", "address", "Adresse"), ("text", "estimation", "Estimation")], "Publier", "proposal-form"),
             {"participatory_budget", "suggestion_call"}),
        page(props[0][0], props[0][1], m.p(props[0][2]) + '<div class="proposal__comments"><h3>Commentaires</h3><div class="opinion">Paul : très bonne idée.</div>'
             '<form class="comment-form" method="post" action="/comments"><textarea name="body" rows="3"></textarea><button>Commenter</button></form></div>',
             {"participatory_budget", "comments"}),
        page(props[1][0], props[1][1], m.p(props[1][2]), {"participatory_budget"}),
        page("/project/consultation-plan-velo/questionnaire/questionnaire", "Plan vélo : questionnaire", m.questionnaire_form("/project/consultation-plan-velo/replies",
             [("Combien de fois par semaine circulez-vous à vélo ?", ["Jamais", "1-3", "Plus"]), ("Quel aménagement en priorité ?", None)]), {"poll"}),
        page("/project/budget-participatif-2023/selection/laureats", "Budget participatif 2023 : les lauréats", m.cc_proposal_cards([
             ("/project/budget-participatif-2023/selection/laureats", "Boîte à livres du marais", "Réalisé", 412, 3, "Lauréat")]), {"participatory_budget"}),
        page("/pages/faq", "FAQ", m.p("Qui peut voter ? Toute personne de plus de 11 ans résidant à Port-des-Aulnes.")),
        page(f"{proj}/selection/analyse", "Analyse des projets", m.cc_stepper(proj.split("/")[-1], steps, 2)
             + m.p("Étape à venir : de juillet à septembre, les services vérifient la faisabilité et le coût de chaque projet déposé."), {"participatory_budget"}),
        page(f"{proj}/selection/vote", "Vote", m.cc_stepper(proj.split("/")[-1], steps, 3)
             + m.p("Le vote ouvrira le 1er octobre : chaque habitant pourra soutenir jusqu'à cinq projets."), {"participatory_budget"}),
    ]
    plat = Site(cc_h, CC, "Les Aulnes s'engagent", cpages, menu=[("Projets", f"{proj}/presentation/presentation"), ("FAQ", "/pages/faq")],
                features=PLATFORM, platforms=frozenset({CC}))
    return City("99264", "Port-des-Aulnes", 52_300, "17", "75", "Nouvelle-Aquitaine", f"http://{www_h}/", [www, plat])


def _small_city(code, name, pop, dep, reg, reg_name, www_h, theme, contact_form, extra_pages, menu, accounts, plat_site, extra_sites=()):
    """A city site whose home leads to its participation section, contact page and lookalikes."""
    pages = [page("/", "Accueil", _home(f"Bienvenue sur le site officiel de {name}.",
                  [(pg.path, pg.title) for pg in extra_pages[:8]] + [("/contact", "Contact")],
                  [(pg.path, pg.title, "avril") for pg in extra_pages[:3]],
                  [(extra_pages[0].path, extra_pages[0].title, "mai")]))]
    pages += extra_pages + [page("/contact", "Contact", m.p("Écrivez-nous : réponse sous huit jours ouvrés.") + contact_form, {"contact_form"})]
    pages.append(_plan(pages))
    www = Site(www_h, theme, f"Ville de {name}", pages, menu=menu, accounts=accounts, address=f"Hôtel de ville, {name}")
    return City(code, name, pop, dep, reg, reg_name, f"http://{www_h}/", [www, plat_site, *extra_sites])


# 99265 Pornillac (Loire-Atlantique): TYPO3 site, Go Vocal "Pornillac Participe"
def pornillac() -> City:
    gv_h = "pornillac.govocal.com"
    gv = f"http://{gv_h}"
    extra = [
        page("/vie-citoyenne/pornillac-participe", "Pornillac participe", m.p(
            "Concertations, ateliers et budget participatif « Cap sur vos projets » : la Ville ouvre ses décisions aux habitants.",
            f"Tout se passe sur <a href=\"{gv}/\">pornillac.govocal.com</a>."), {"participation_displayed"}),
        page("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier", m.p(
            "Cinq conseils de quartier, renouvelés tous les trois ans par tirage au sort et volontariat, se réunissent en plénière chaque trimestre."),
             {"participation_displayed"}),
        page("/actualites/cap-sur-vos-projets-vote", "Cap sur vos projets : le vote est ouvert", m.p(
            f"Jusqu'au 15 octobre, votez pour vos projets préférés sur <a href=\"{gv}/fr-FR/projects/cap-sur-vos-projets-2025\">la plateforme</a>."),
             {"participatory_budget"}),
        page("/actualites/budget-primitif", "Budget primitif 2025 adopté", m.p("Le conseil municipal a adopté un budget de 121 M€, sans hausse des taux."),
             decoys={"participatory_budget"}),
        page("/actualites/sondage-navette-resultats", "Navette estivale : les résultats du sondage", m.results_bars("Faut-il prolonger la navette en septembre ?", [("Oui", 66), ("Non", 34)], 930, "30 septembre"),
             decoys={"poll"}),
        page("/vie-citoyenne/conseils-de-quartier/compte-rendu-plage-benoit", "Conseil de quartier Plage-Benoît : compte rendu", m.p(
            "Séance plénière du 6 février : 42 habitants présents. Points abordés : sécurisation de la traversée de l'avenue de la Mer, "
            "ganivelles sur la dune, calendrier des ateliers « Cap sur vos projets ». Prochaine plénière le 5 juin."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/vie-citoyenne/conseils-de-quartier")),
        # an appeal for ideas that has closed: the page stays online, nothing can be sent any more
        page("/vie-citoyenne/appel-a-idees-jeunesse", "Appel à idées « Jeunes en front de mer » (clos)", m.p(
            "L'appel à idées lancé auprès des 15-25 ans s'est terminé le 31 janvier. 64 idées ont été reçues ; "
            "un jury de jeunes les présentera au conseil municipal en mars."), decoys={"suggestion_call"}),
        page("/vie-citoyenne/questionnaire-marches", "Questionnaire : les marchés de Pornillac", m.p(
            "La Ville repense l'organisation de ses trois marchés. Donnez votre avis avant le 30 avril.")
             + m.powermail("/vie-citoyenne/questionnaire-marches", 21, [("input", "marche", "Quel marché fréquentez-vous ?"),
                                                                       ("input", "jour", "Quel jour vous conviendrait le mieux ?"),
                                                                       ("textarea", "remarques", "Vos remarques sur les marchés")]),
             {"poll"}),
        page("/actualites/semi-marathon", "Semi-marathon de la côte", m.p("Inscriptions ouvertes, départ du remblai le 12 octobre.")
             + m.payment("/actualites/semi-marathon", "Payer votre dossard"), decoys={"contact_form"}),
    ]
    pr = "/fr-FR/projects/cap-sur-vos-projets-2025"
    gpages = [
        page("/", "Pornillac Participe", m.p("La plateforme de participation de la ville de Pornillac.")
             + m.gv_project_cards([(pr, "Cap sur vos projets 2025", "Votez pour vos projets", "Vote en cours"),
                                   ("/fr-FR/projects/plan-climat-littoral", "Plan climat littoral", "Répondez à l'enquête", "Enquête"),
                                   ("/fr-FR/projects/cap-sur-vos-projets-2023", "Cap sur vos projets 2023", "Projets réalisés", "Terminé")]), {"participation_displayed"}),
        page(pr, "Cap sur vos projets 2025", m.gv_phases([("Dépôt d'idées", "mars-avril"), ("Analyse", "mai-juin"), ("Vote", "sept.-oct."), ("Résultats", "nov.")], 2)
             + m.gv_idea_cards([("/fr-FR/ideas/pumptrack-des-dunes", "Un pumptrack aux Dunes", 214, 11)])
             + m.questionnaire_form(f"{pr}/votes", [("Vos votes (3 maximum)", ["Pumptrack des Dunes", "Jardin de la Gare", "Ombrières du remblai"])], "e2e-voting-form"),
             {"participatory_budget"}),
        page("/fr-FR/ideas/pumptrack-des-dunes", "Un pumptrack aux Dunes", m.p("Une piste de pumptrack pour les jeunes près du skatepark.")
             + m.gv_comments([("Léo", "12/04", "Trop bien !"), ("Sophie", "13/04", "Et un éclairage le soir ?")], 88)
             + m.share(f"{gv}/fr-FR/ideas/pumptrack-des-dunes", "Pumptrack"), {"participatory_budget", "comments"}, decoys={"social_account"}),
        page("/fr-FR/projects/plan-climat-littoral", "Plan climat littoral", m.p("Répondez à l'enquête sur l'adaptation du littoral au recul du trait de côte.")
             + m.questionnaire_form("/fr-FR/projects/plan-climat-littoral/survey", [("Êtes-vous inquiet du recul du trait de côte ?", ["Oui", "Non"]), ("Vos idées", None)]),
             {"poll", "participation_displayed"}),
        page("/fr-FR/projects/cap-sur-vos-projets-2023", "Cap sur vos projets 2023", m.p("Huit projets lauréats, dont six déjà réalisés.")
             + m.links([("/fr-FR/projects/sondage-eclairage-2024", "Sondage éclairage 2024 (terminé)"), ("/fr-FR/profile/lea-m", "Profil d'une porteuse de projet")]),
             {"participatory_budget"}),
        page("/fr-FR/projects/sondage-eclairage-2024", "Sondage : l'éclairage nocturne (terminé)", m.p("Ce sondage est clos. Voici les résultats.")
             + m.results_bars("Faut-il éteindre l'éclairage de 1 h à 5 h ?", [("Oui", 61), ("Non", 39)], 1410, "15 décembre 2024"), decoys={"poll"}),
        page("/fr-FR/profile/lea-m", "Léa M.", m.p("Léa M. a publié 2 idées et 9 commentaires.") + m.links([("/fr-FR/ideas/pumptrack-des-dunes", "Un pumptrack aux Dunes")])),
        page("/fr-FR/pages/faq", "Questions fréquentes", m.p("Comment voter ? Connectez-vous, choisissez jusqu'à trois projets puis validez votre panier.")
             + m.links([("/fr-FR/pages/accessibility-statement", "Accessibilité")])),
        page("/fr-FR/pages/accessibility-statement", "Déclaration d'accessibilité", m.p("Conformité partielle au RGAA 4.1.")),
    ]
    plat = Site(gv_h, GV, "Pornillac Participe", gpages, menu=[("Projets", pr), ("Accueil", "/"), ("FAQ", "/fr-FR/pages/faq")], features=PLATFORM, platforms=frozenset({GV}))
    return _small_city("99265", "Pornillac", 69_900, "44", "52", "Pays de la Loire", "www.pornillac.fr", "typo3",
                       m.powermail("/contact", 12, [("input", "nom", "Nom"), ("email", "email", "E-mail"), ("textarea", "message", "Message")]),
                       extra, [("Vie citoyenne", "/vie-citoyenne/pornillac-participe"), ("Participer", f"{gv}/")],
                       [social("facebook", "pornillac"), social("linkedin", "ville-de-pornillac")], plat)


# 99266 Plouzerven (Finistère): WordPress site, Decidim, neighbours' network
def plouzerven() -> City:
    dc_h, vo_h = "decidim.plouzerven.bzh", "voisins.plouzerven.bzh"
    dc, vo = f"http://{dc_h}", f"http://{vo_h}"
    extra = [
        page("/vivre/participation", "A-gevret : participer à Plouzerven", m.p(
            "A-gevret (« ensemble » en breton) réunit les conseils de quartier, les ateliers de concertation et le budget participatif.",
            f"Rendez-vous sur <a href=\"{dc}/\">decidim.plouzerven.bzh</a>."), {"participation_displayed"}),
        # the city presents its own neighbours' network and invites residents to join it
        page("/vivre/voisins", "Voisins de Plouzerven, le réseau d'entraide", m.p(
            f"Le réseau social de proximité <a href=\"{vo}/\">Voisins de Plouzerven</a> permet d'échanger entre voisins : prêt, dons, covoiturage.",
            "Il est gratuit et réservé aux habitants de la commune."), {"territorial_social_network"}),
        # a news item naming the platform in passing
        page("/actualites/fest-noz", "Fest-noz du port", m.p("Samedi soir sur le quai. Le programme a été choisi avec les habitants sur A-gevret, la plateforme Decidim de la ville, où le bilan sera publié.")
             + m.wp_comments([("Annaig", "2 mai", "On y sera !")], 45), {"comments"}, decoys={"participatory_platform"}),
        page("/actualites/gendarmerie-participation-citoyenne", "Participation citoyenne avec la gendarmerie", m.p(
            "Des habitants référents, en lien avec la brigade, signalent les comportements suspects dans leur quartier."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/vivre/conseils-de-quartier", "Conseils de quartier", m.p(
            "Quatre conseils de quartier (Bourg, Port, Kerléo, Pen ar Hoat) se réunissent en soirée à la maison des associations ; tout habitant peut y assister.",
            "Ils émettent un avis sur les aménagements et portent des projets financés par le Budjed A-gevret."), {"participation_displayed"}),
        page("/actualites/insee-enquete-emploi", "Enquête de l'Insee sur l'emploi", m.p("Un enquêteur de l'Insee peut vous contacter ; merci de lui réserver un bon accueil."),
             decoys={"poll"}),
    ]
    dpages = [
        page("/", "Accueil", _platform_home("Plateforme A-gevret de Plouzerven.",
             m.dc_process_card("/processes/budjed-2025", "Budjed A-gevret 2025", "Vote", "sept.") + m.dc_process_card("/processes/forum-cale", "Cale de la Grève", "Débats", "2025"),
             m.links([("/processes/budjed-2025/f/5/budgets/2/projects", "Voter"), ("/processes/forum-cale/f/8/debates/3", "Débat : la cale"), ("/users/sign_up", "S'inscrire")])), {"participation_displayed"}),
        page("/processes/budjed-2025", "Budjed A-gevret 2025", m.dc_steps([("Idées", "mars"), ("Analyse", "mai"), ("Vote", "sept."), ("Lauréats", "oct.")], 2)
             + m.links([("/processes/budjed-2025/f/5/budgets/2/projects", "Voter")]), {"participatory_budget"}),
        page("/processes/budjed-2025/f/5/budgets/2/projects", "Voter pour les projets", m.dc_budget_projects([
             ("/processes/budjed-2025", "Abri du canot de sauvetage", "40 000 €", ""), ("/processes/budjed-2025", "Verger partagé", "12 000 €", "")]), {"participatory_budget"}),
        page("/processes/forum-cale", "Cale de la Grève : débattre", m.p("Concertation sur l'avenir de la cale."), {"participation_displayed"}),
        # a Decidim debate: residents comment under the question the city asks, no threads of their own
        page("/processes/forum-cale/f/8/debates/3", "Faut-il allonger la cale ?", m.p("Débat ouvert aux habitants.")
             + m.dc_comments([("Yann", "03/04", "Oui pour les plaisanciers."), ("Soazig", "04/04", "Attention aux herbiers.")], 3, logged_out=False), {"comments"}),        _signup("/users/sign_up", "/users"),
    ]
    plat = Site(dc_h, DC, "A-gevret Plouzerven", dpages, menu=[("Processus", "/processes/budjed-2025")], features=PLATFORM, platforms=frozenset({DC}))
    vpages = [
        # the network's own pages: the software is the network
        page("/groupes/port", "Groupe du quartier du Port", m.community_feed([("Katell", "Le Port", "mardi", "Perdu un chat roux près de la criée.", 3)]),
             {"territorial_social_network"}),
        page("/", "Voisins de Plouzerven", m.community_feed([("Gwen", "Kerlouan", "hier", "Je prête ma remorque ce week-end.", 2),
                                                            ("Marc", "Le Port", "lundi", "Qui pour un covoiturage vers Brest ?", 4)]) + m.links([("/groupes/port", "Groupe du Port")]), {"territorial_social_network"}),
    ]
    net = Site(vo_h, "community", "Voisins de Plouzerven", vpages, features=frozenset({"territorial_social_network"}))
    return _small_city("99266", "Plouzerven", 41_600, "29", "53", "Bretagne", "www.plouzerven.bzh", "wordpress",
                       m.cf7_contact("/contact", ["Mairie", "Port", "Autre"]), extra,
                       [("Vivre", "/vivre/participation"), ("Participer", f"{dc}/")], [social("mastodon", "plouzerven@mastodon.bzh"), social("facebook", "plouzerven")], plat, [net])


# 99267 Lestagnol (Aude): vendor CMS site, Cap Collectif on the city's domain, Discourse board
def lestagnol() -> City:
    cc_h, ag_h = "jeparticipe.lestagnol.fr", "agora.lestagnol.fr"
    cc, ag = f"http://{cc_h}", f"http://{ag_h}"
    extra = [
        page("/mairie/concertation", "Concertation et participation", m.p(
            f"Lestagnol consulte ses habitants sur <a href=\"{cc}/\">jeparticipe.lestagnol.fr</a> et anime un espace de discussion, <a href=\"{ag}/\">l'Agora</a>."),
             {"participation_displayed"}),
        page("/mairie/petitions", "Pétitions citoyennes", m.p("Une pétition de 400 habitants est inscrite au conseil municipal.")
             + m.petition_sign("/mairie/petitions", "Pour des toilettes publiques à la plage des Cabanes", 152, 400), {"petition"}),
        page("/mairie/conseil-municipal", "Conseil municipal : ordre du jour", m.p("Séance du 12 mai : budget supplémentaire, tarifs des parkings."),
             decoys={"participation_displayed"}),
        page("/mairie/reunions-de-quartier", "Réunions publiques de quartier", m.p(
            "Chaque automne, le maire et les adjoints tiennent une réunion publique dans chacun des quatre quartiers : Les Cabanes, le Village, La Prade, Port-Vieil.",
            "Les habitants y posent leurs questions ; les réponses sont publiées sur cette page sous un mois."), {"participation_displayed"}),
        page("/mairie/budget", "Le budget communal", m.p("Budget primitif 2025 : 58 M€. Compte administratif 2024 et rapport d'orientation budgétaire téléchargeables."),
             decoys={"participatory_budget"}),
        page("/actualites/forum-associations", "Forum des associations", m.p("Le forum des associations a lieu le 7 septembre aux arènes."), decoys={"forum"}),
        page("/actualites/petition-nationale-litoral", "Une pétition nationale sur le littoral", m.p(
            "Une pétition nationale circule au sujet du recul du trait de côte ; la municipalité n'y est pas associée."), decoys={"petition"}),
    ]
    cpages = [
        page("/", "Je participe à Lestagnol", m.p("Plateforme de participation de Lestagnol.")
             + m.links([("/project/idees-plage/collect/boite-a-idees", "Boîte à idées : la plage de demain"), ("/project/sondage-marche/questionnaire/marche", "Sondage : le marché"),
                        ("/project/stationnement-ete/questionnaire/resultats", "Stationnement : résultats")]),
             {"participation_displayed"}),
        page("/project/idees-plage/collect/boite-a-idees", "Boîte à idées : la plage de demain", m.p("Proposez vos idées pour la plage des Cabanes jusqu'au 30 juin.")
             + m.cc_proposal_cards([("/project/idees-plage/collect/boite-a-idees", "Des tapis d'accès PMR", "Pour les fauteuils.", 33, 2, "Publiée")]), {"suggestion_call"}),
        page("/project/sondage-marche/questionnaire/marche", "Sondage : le marché", m.questionnaire_form("/project/sondage-marche/replies",
             [("Le marché doit-il se tenir le dimanche ?", ["Oui", "Non"])]), {"poll"}),
        page("/project/stationnement-ete/questionnaire/resultats", "Stationnement l'été : résultats de la consultation", m.p("Consultation close le 30 septembre 2024 ; 780 contributions.")
             + m.results_bars("Faut-il un parking relais ?", [("Oui", 70), ("Non", 30)], 780, "30 septembre 2024"), decoys={"poll"}),
    ]
    plat = Site(cc_h, CC, "Je participe à Lestagnol", cpages, menu=[("Accueil", "/")], features=PLATFORM, platforms=frozenset({CC}))
    apages = [
        page("/", "L'Agora de Lestagnol", m.discourse_topic_list([("/t/parking-des-cabanes/12", "Parking des Cabanes saturé", "/c/quartiers/4", "Quartiers", 14, 320)]), {"forum"}),
        page("/t/parking-des-cabanes/12", "Parking des Cabanes saturé", m.discourse_posts([("manon", "2 mai", "Impossible de se garer le week-end."),
             ("jp_lestagnol", "3 mai", "Il faudrait une navette depuis le centre.")]), {"forum"}),
        page("/c/quartiers/4", "Quartiers", m.discourse_topic_list([("/t/parking-des-cabanes/12", "Parking des Cabanes saturé", "/c/quartiers/4", "Quartiers", 14, 320)]), {"forum"}),        page("/u/manon", "Profil de manon", m.p("Membre depuis mars 2024 · 31 messages"), {"forum"}),
        page("/u/jp_lestagnol", "Profil de jp_lestagnol", m.p("Membre depuis 2023 · 12 messages"), {"forum"}),
    ]
    agora = Site(ag_h, "discourse", "L'Agora de Lestagnol", apages, menu=[("Quartiers", "/c/quartiers/4")])
    return _small_city("99267", "Lestagnol", 40_900, "11", "76", "Occitanie", "www.lestagnol.fr", "vendor",
                       m.vendor_form("/contact", [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("textarea", "message", "Message")]), extra,
                       [("Mairie", "/mairie/concertation")], [social("facebook", "lestagnol"), social("instagram", "villedelestagnol")], plat, [agora])


# 99268 Cap-d'Estrelle (Alpes-Maritimes): Drupal site, Go Vocal on the city's domain
def cap_destrelle() -> City:
    gv_h = "participation.capdestrelle.fr"
    gv = f"http://{gv_h}"
    extra = [
        page("/ville/participation-citoyenne", "Participation citoyenne", m.p(
            "Comités d'habitants, budget participatif « Estrelle en idées » et consultations : participez sur "
            f"<a href=\"{gv}/\">participation.capdestrelle.fr</a>."), {"participation_displayed"}),
        page("/ville/sondage-proprete", "Sondage : la propreté des plages", m.p("Répondez en deux minutes.")
             + m.poll_maker_widget(14, "Les plages sont-elles assez nettoyées ?", ["Oui", "Plutôt", "Non"]), {"poll"}),
        page("/actualites/estrelle-en-idees", "Estrelle en idées : proposez !", m.p(
            f"Déposez vos idées pour le budget participatif jusqu'au 31 mai sur <a href=\"{gv}/fr-FR/projects/estrelle-en-idees\">la plateforme</a>.")
             + m.drupal_comments([("Fabienne", "2 mai", "Une idée déjà déposée pour le parc !")], 90), {"participatory_budget", "suggestion_call", "comments"}),
        page("/actualites/concours-creches", "Concours des crèches de Noël", m.p("Inscrivez votre crèche avant le 1er décembre."), decoys={"suggestion_call"}),
        page("/ville/newsletter", "Lettre d'information", m.newsletter("/ville/newsletter"), decoys={"contact_form"}),
        page("/ville/comites-d-habitants", "Les comités d'habitants", m.p(
            "Neuf comités d'habitants, un par secteur, sont consultés sur les projets d'aménagement et le programme de voirie.",
            "Pour saisir le comité de votre secteur, utilisez le formulaire ci-dessous.")
             + m.webform_contact("comites", "/ville/comites-d-habitants", ("Secteur", ["Vieille-Ville", "Port", "Les Issambres", "Collines"])),
             {"participation_displayed", "contact_form"}),
        page("/ville/enquete-publique-smvm", "Enquête publique : schéma de mise en valeur de la mer", m.p(
            "Le projet de SMVM est soumis à enquête publique du 2 au 31 mai. Les observations sont à adresser au commissaire enquêteur "
            "par courrier ou sur le registre tenu en mairie aux heures d'ouverture."), decoys={"poll", "suggestion_call"}),
        page("/ville/plages-concessions", "Concessions de plage : appel à candidatures", m.p(
            "Attribution de quatre sous-traités d'exploitation de plage. Les candidatures sont à déposer sur la plateforme des marchés publics avant le 28 février."),
             decoys={"suggestion_call"}),
    ]
    gpages = [
        page("/", "Participation Cap-d'Estrelle", m.gv_project_cards([("/fr-FR/projects/estrelle-en-idees", "Estrelle en idées", "Déposez vos idées", "Dépôt"),
                                                                            ("/fr-FR/projects/initiatives", "Propositions citoyennes", "Signez", "Ouvert"),
                                                                            ("/fr-FR/projects/estrelle-en-idees-2023", "Estrelle en idées 2023", "Projets réalisés", "Terminé")]), {"participation_displayed"}),
        page("/fr-FR/projects/estrelle-en-idees", "Estrelle en idées", m.gv_phases([("Dépôt", "avr.-mai"), ("Vote", "oct.")], 0)
             + m.gv_idea_cards([("/fr-FR/ideas/parc-ombrage", "Ombrage au parc", 41, 3)]) + '<a class="e2e-idea-button" href="/fr-FR/ideas/new">Déposer une idée</a>',
             {"participatory_budget", "suggestion_call"}),
        page("/fr-FR/ideas/parc-ombrage", "Ombrage au parc", m.p("Des arbres et voiles d'ombrage.") + m.gv_comments([("Luc", "3/5", "Oui !")], 5), {"participatory_budget", "comments"}),
        page("/fr-FR/ideas/new", "Déposer une idée", m.vendor_form("/web_api/v1/ideas", [("text", "title", "Titre"), ("textarea", "body", "Description")], "Publier", "e2e-idea-form"),
             {"participatory_budget", "suggestion_call"}),
        # Go Vocal's citizen proposals collect signatures towards a threshold: a petition
        page("/fr-FR/projects/initiatives", "Propositions citoyennes", m.p("Avec 300 soutiens en 90 jours, la proposition reçoit une réponse officielle.")
             + m.petition_sign("/fr-FR/projects/initiatives/sign", "Réouvrir la plage du Fort", 184, 300), {"petition"}),
        page("/fr-FR/projects/estrelle-en-idees-2023", "Estrelle en idées 2023 — projets réalisés", m.p(
            "Deuxième édition : 3 120 votants, onze projets lauréats pour 600 000 €, dont les fontaines du port et le jardin des Collines."), {"participatory_budget"}),
    ]
    plat = Site(gv_h, GV, "Participation Cap-d'Estrelle", gpages, menu=[("Accueil", "/")], features=PLATFORM, platforms=frozenset({GV}))
    return _small_city("99268", "Cap-d'Estrelle", 155_000, "06", "93", "Provence-Alpes-Côte d'Azur", "www.capdestrelle.fr", "drupal",
                       m.webform_contact("contact", "/contact"), extra, [("Ville", "/ville/participation-citoyenne")],
                       [social("facebook", "capdestrelle"), social("youtube", "capdestrelle")], plat)


def cities():
    return [port_semaran(), aiguebrune(), rocabella(), port_des_aulnes(), pornillac(), plouzerven(), lestagnol(), cap_destrelle()]


def hosts():
    return {}
