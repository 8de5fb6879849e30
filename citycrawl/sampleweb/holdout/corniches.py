"""Holdout part "corniches": eight large fictional cities (150,000 to 460,000 inhabitants) divided into
arrondissements or sectors, each with the city's site, a mairie d'arrondissement or de secteur site, the
metropolis's site or a participation platform, forums and neighbours' networks; participation told by
arrondissement, and the lookalikes such cities hold (council agendas, état spécial, budget primitif, enquête
publique, the police's participation citoyenne, tenders, contests, closed polls, forums of associations)."""
from ..site import City, Site, page, social
from . import corniches_markup as m

P = page


# ================================================================================================
# 99371 Castelgarde (Haute-Garonne): WordPress city site, a sector mairie on WordPress, Decidim,
# the metropolis on Drupal.
# ================================================================================================

CG = "www.castelgarde.fr"
CG_S3 = "mairie-secteur3.castelgarde.fr"
CG_DEC = "participer.castelgarde.fr"
CG_MET = "www.castelgarde-metropole.fr"
CG_SECTEURS = ["Secteur 1 - Centre", "Secteur 2 - Rive gauche", "Secteur 3 - Nord", "Secteur 4 - Est",
               "Secteur 5 - Sud-Est", "Secteur 6 - Ouest"]


def castelgarde() -> City:
    dec = f"http://{CG_DEC}"
    www_pages = [
        P("/", "Accueil", m.home(
            "Bienvenue sur le site officiel de la Ville de Castelgarde et de ses six mairies de secteur.",
            [("/la-fabrique-castelgardoise/", "La Fabrique castelgardoise"), ("/vie-pratique/etat-civil/", "État civil"),
             ("/vie-pratique/ecoles/", "Écoles et cantine"), ("/contact/", "Contacter la mairie"),
             ("/lettre-d-information/", "Lettre d'information"), ("/marches-publics/", "Marchés publics"),
             (f"http://{CG_S3}/", "Mairie du secteur 3"), (f"http://{CG_MET}/", "Castelgarde Métropole"),
             (dec + "/", "Plateforme participer.castelgarde.fr")],
            [("/actualites/plan-velo-a-vous-la-parole/", "Plan vélo : à vous la parole", "3 mars 2025",
              "La concertation sur le futur plan vélo est ouverte jusqu'au 30 avril."),
             ("/actualites/budget-primitif-2025/", "Le budget primitif 2025 adopté", "14 février 2025",
              "Le conseil municipal a voté un budget de 812 millions d'euros."),
             ("/actualites/conseil-municipal-du-27-mars/", "Conseil municipal du 27 mars", "20 mars 2025",
              "Ordre du jour et retransmission de la séance."),
             ("/vie-pratique/securite/participation-citoyenne/", "Tranquillité : le dispositif participation citoyenne",
              "10 mars 2025", "Trois nouveaux quartiers rejoignent le protocole signé avec la police nationale.")],
            [("/la-fabrique-castelgardoise/conseils-de-quartier/", "Assemblées plénières des conseils de quartier",
              "du 7 au 18 avril", "Une réunion par secteur, ouverte à toutes et à tous.")])),
        # the city's approach under its own brand, no form: displayed, not a call
        P("/la-fabrique-castelgardoise/", "La Fabrique castelgardoise", m.prose(
            "La Fabrique castelgardoise rassemble toutes les façons de prendre part aux décisions de la ville : "
            "dix-huit conseils de quartier répartis dans les six secteurs, les comités d'initiative et de consultation "
            "de secteur, le budget participatif et les concertations menées sur chaque grand projet.",
            "Une charte de la participation, adoptée en conseil municipal, fixe les engagements de la Ville : "
            "informer en amont, rendre compte des avis recueillis, expliquer les choix retenus.")
          + m.h2("Les rendez-vous") + m.items(
              '<a href="/la-fabrique-castelgardoise/conseils-de-quartier/">Les conseils de quartier par secteur</a>',
              '<a href="/la-fabrique-castelgardoise/budget-participatif/">Le budget participatif</a>',
              '<a href="/la-fabrique-castelgardoise/droit-de-petition/">Le droit de pétition</a>',
              f'<a href="{dec}/">La plateforme de participation en ligne</a>'),
          {"participation_displayed"}),
        P("/la-fabrique-castelgardoise/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Chaque secteur compte trois conseils de quartier. Ils sont composés d'habitants volontaires, tirés au sort "
            "pour un tiers, de représentants associatifs et de deux élus du conseil de secteur.",
            "Les conseils se réunissent au moins quatre fois par an ; leurs réunions sont publiques et leurs avis sont "
            "transmis au maire de secteur, qui y répond lors de l'assemblée plénière annuelle.")
          + "<table class='table'><thead><tr><th>Secteur</th><th>Conseils de quartier</th><th>Prochaine réunion</th></tr></thead><tbody>"
          + "".join(f"<tr><td>{s}</td><td>{q}</td><td>{d}</td></tr>" for s, q, d in [
              ("Secteur 1 - Centre", "Capitole-Garonne, Saint-Aubin, Les Carmes", "7 avril, 18 h 30"),
              ("Secteur 2 - Rive gauche", "Saint-Cyprien, Patte-d'Oie, Les Arènes", "9 avril, 19 h"),
              ("Secteur 3 - Nord", "Minimes, Barrière-de-Paris, Lalande", "10 avril, 18 h 30"),
              ("Secteur 4 - Est", "Bonnefoy, Jolimont, La Roseraie", "14 avril, 18 h"),
              ("Secteur 5 - Sud-Est", "Rangueil, Pouvourville, Montaudran", "16 avril, 19 h"),
              ("Secteur 6 - Ouest", "Lardenne, Saint-Martin-du-Touch, Purpan", "18 avril, 18 h 30")])
          + "</tbody></table>" + m.prose(f'Les comptes rendus sont publiés sur le site de chaque mairie de secteur, par exemple '
                                         f'<a href="http://{CG_S3}/conseils-de-quartier/">celui du secteur 3</a>.'),
          {"participation_displayed"}, parent=("La Fabrique castelgardoise", "/la-fabrique-castelgardoise/")),
        P("/la-fabrique-castelgardoise/budget-participatif/", "Budget participatif : déposez vos projets", m.prose(
            "Pour sa troisième édition, le budget participatif de Castelgarde consacre 9 millions d'euros à des projets "
            "imaginés par les habitants, répartis en six enveloppes de secteur et une enveloppe pour toute la ville.",
            "Jusqu'au 15 mai, chaque habitant de plus de onze ans peut proposer un ou plusieurs projets d'investissement "
            "sur la plateforme participer.castelgarde.fr. Les projets recevables seront soumis au vote en octobre.")
          + m.steps(2, ["Lancement", "Dépôt des projets", "Étude de faisabilité", "Vote", "Réalisation"])
          + m.prose(f'<a class="btn" href="{dec}/processes/budget-2025">Je dépose mon projet</a> — '
                    '<a href="/la-fabrique-castelgardoise/budget-participatif/edition-2023/">Les lauréats de l\'édition 2023</a>'),
          {"participatory_budget", "suggestion_call"}, parent=("La Fabrique castelgardoise", "/la-fabrique-castelgardoise/")),
        P("/la-fabrique-castelgardoise/budget-participatif/edition-2023/", "Budget participatif 2023 : les 41 lauréats", m.prose(
            "En octobre 2023, 38 214 votants ont désigné 41 projets lauréats. Voici où en est leur réalisation, secteur par secteur.")
          + m.project_cards([("Ombrières et fontaine place du Ravelin", "Secteur 1", "240 000 €", "Réalisé"),
                             ("Jardin partagé des Minimes", "Secteur 3", "85 000 €", "Travaux en cours"),
                             ("Boîtes à livres dans les parcs", "Toute la ville", "30 000 €", "Réalisé"),
                             ("Piste cyclable chemin de Lardenne", "Secteur 6", "410 000 €", "Études")]),
          {"participatory_budget"}, parent=("Budget participatif", "/la-fabrique-castelgardoise/budget-participatif/")),
        # presents the city's e-petition right and sends to the signing space on the platform
        P("/la-fabrique-castelgardoise/droit-de-petition/", "Le droit de pétition", m.prose(
            "Depuis 2022, toute personne habitant Castelgarde peut lancer une pétition sur une question relevant de la "
            "compétence du conseil municipal. Si elle réunit 3 000 signatures en six mois, elle est inscrite à l'ordre du "
            "jour d'une séance du conseil, où sa ou son auteur vient la présenter.",
            f'Les pétitions se déposent et se signent en ligne : <a href="{dec}/initiatives">voir les pétitions en cours</a>.'),
          {"petition"}, parent=("La Fabrique castelgardoise", "/la-fabrique-castelgardoise/")),
        # a news item on an open concertation, with native comments under it
        P("/actualites/plan-velo-a-vous-la-parole/", "Plan vélo : à vous la parole", m.prose(
            "La Ville prépare son plan vélo 2026-2032. Jusqu'au 30 avril, donnez votre avis sur les itinéraires, le "
            f'stationnement et les zones apaisées en répondant au <a href="{dec}/processes/plan-velo/f/15/surveys/3">questionnaire en ligne</a>.',
            "Des ateliers sont également organisés dans chaque mairie de secteur.")
          + m.wp_comments([("Lucie M.", "4 mars 2025", "Il manque vraiment une liaison entre les Minimes et le centre."),
                           ("Rémi", "5 mars 2025", "Pourquoi pas des arceaux devant chaque école ?")], 3318)
          + m.share(f"http://{CG}/actualites/plan-velo-a-vous-la-parole/", "Plan vélo"),
          {"comments", "participation_displayed"}),
        P("/actualites/budget-primitif-2025/", "Le budget primitif 2025 adopté", m.prose(
            "Réuni le 13 février, le conseil municipal a adopté le budget primitif 2025 : 812 millions d'euros, dont 236 "
            "millions d'investissement. Les taux d'imposition restent inchangés.",
            "Le document budgétaire complet et la présentation brève et synthétique sont téléchargeables ci-dessous.")
          + m.items('<a href="/actualites/budget-primitif-2025/">Rapport de présentation (PDF, 3 Mo)</a>')
          + m.wp_comments_closed(), decoys={"participatory_budget", "comments"}),
        P("/actualites/conseil-municipal-du-27-mars/", "Conseil municipal du 27 mars", m.prose(
            "La séance publique du conseil municipal se tiendra le jeudi 27 mars à 15 h, salle des Illustres.",
            "Ordre du jour : compte administratif 2024, subventions aux associations, dénominations de voies, "
            "rapport annuel sur la participation des habitants. La séance est retransmise en direct sur le site."),
          decoys={"participation_displayed"}),
        P("/vie-pratique/securite/participation-citoyenne/", "Le dispositif « participation citoyenne »", m.prose(
            "Signé entre le maire, le préfet et la direction départementale de la sécurité publique, le protocole "
            "participation citoyenne associe des habitants référents à la surveillance de leur quartier.",
            "Les référents signalent aux policiers les faits inhabituels : démarchages suspects, repérages, véhicules "
            "abandonnés. Ils ne disposent d'aucun pouvoir de police. Pour devenir référent, adressez-vous au commissariat de secteur."),
          decoys={"participation_displayed", "territorial_social_network"}),
        P("/vie-pratique/etat-civil/", "État civil", m.prose(
            "Actes de naissance, de mariage et de décès, livret de famille, reconnaissance anticipée : les démarches se "
            "font à l'hôtel de ville ou dans l'une des six mairies de secteur, sur rendez-vous.",
            "Les demandes d'actes peuvent être faites en ligne sur le site service-public.fr.")),
        P("/vie-pratique/ecoles/", "Écoles et restauration scolaire", m.with_aside(
            m.prose("La Ville gère 203 écoles maternelles et élémentaires. Les inscriptions scolaires pour la rentrée "
                    "se font en mairie de secteur du 3 mars au 11 avril.",
                    "Les menus de la restauration scolaire sont élaborés par une diététicienne et comptent un repas végétarien par semaine."),
            m.wp_polls(14, "Seriez-vous favorable à deux repas végétariens par semaine à la cantine ?",
                       ["Oui", "Non", "Seulement en option"])), {"poll"}),
        P("/contact/", "Contacter la mairie", m.prose(
            "Hôtel de ville, place du Ravelin. Du lundi au vendredi de 8 h 30 à 17 h. Pour une question sur votre "
            "quartier, vous pouvez aussi écrire à votre mairie de secteur.") + m.cf7("/contact/"), {"contact_form"}),
        P("/lettre-d-information/", "Lettre d'information", m.prose(
            "Chaque vendredi, l'essentiel de l'actualité castelgardoise dans votre boîte aux lettres électronique.")
          + m.newsletter("/lettre-d-information/"), decoys={"contact_form"}),
        P("/marches-publics/", "Marchés publics et appels d'offres", m.prose(
            "Les consultations en cours de la Ville sont publiées sur la plateforme de dématérialisation des marchés. "
            "Appel d'offres ouvert : entretien des espaces verts du secteur 5, lots 1 à 3, remise des offres le 22 avril.",
            "Appel à candidatures : occupation temporaire du kiosque du jardin des Plantes."),
          decoys={"suggestion_call"}),
    ]
    www = Site(CG, "wordpress", "Ville de Castelgarde", www_pages,
               menu=[("Accueil", "/"), ("La Fabrique castelgardoise", "/la-fabrique-castelgardoise/"),
                     ("Vie pratique", "/vie-pratique/etat-civil/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDeCastelgarde"), social("instagram", "castelgarde_officiel"),
                         social("youtube", "CastelgardeTV")],
               address="Hôtel de ville, place du Ravelin, 31000 Castelgarde")

    s3_pages = [
        P("/", "Mairie du secteur 3", m.home(
            "La mairie du secteur 3 (Minimes, Barrière-de-Paris, Lalande) vous accueille du lundi au samedi matin.",
            [("/conseils-de-quartier/", "Conseils de quartier"), ("/conseil-de-secteur/", "Conseil de secteur"),
             ("/etat-special/", "Budget du secteur"), ("/permanences/", "Permanences des élus"),
             (f"http://{CG}/", "Ville de Castelgarde"), (f"http://{CG}/la-fabrique-castelgardoise/budget-participatif/", "Budget participatif")],
            [("/actualites/forum-des-associations/", "Forum des associations du secteur", "2 septembre 2024",
              "Plus de 120 associations réunies au parc de la Maourine."),
             ("/conseils-de-quartier/", "Conseil de quartier des Minimes le 10 avril", "28 mars 2025",
              "À l'ordre du jour : la rue piétonne devant l'école Jean-Jaurès."),
             ("/conseil-de-secteur/", "Prochain conseil de secteur", "25 mars 2025", "Séance publique le 1er avril à 18 h.")])),
        P("/conseils-de-quartier/", "Les conseils de quartier du secteur 3", m.prose(
            "Trois conseils de quartier font vivre la démocratie de proximité dans le secteur : Minimes, Barrière-de-Paris "
            "et Lalande. Chacun réunit une trentaine d'habitants et d'associations, et se saisit des sujets de son choix.",
            "Vous souhaitez rejoindre un conseil ? Présentez-vous à l'accueil de la mairie de secteur ou venez simplement "
            "à la prochaine réunion : elles sont ouvertes au public.")
          + m.h2("Prochaines réunions") + m.items("Minimes : jeudi 10 avril, 18 h 30, salle Bellegarde",
                                                  "Barrière-de-Paris : mardi 15 avril, 19 h, école Ernest-Renan",
                                                  "Lalande : lundi 28 avril, 18 h 30, maison de quartier")
          + m.h2("Le comité d'initiative et de consultation de secteur") + m.prose(
              "Les associations du secteur inscrites au CICS débattent une fois par trimestre avec le conseil de secteur, "
              "avec voix consultative, des questions qu'elles ont mises à l'ordre du jour."),
          {"participation_displayed"}),
        P("/conseil-de-secteur/", "Le conseil de secteur", m.prose(
            "Le conseil de secteur compte 21 élus. Il se réunit avant chaque séance du conseil municipal pour rendre un avis "
            "sur les affaires concernant le secteur.",
            "Séance du mardi 1er avril, 18 h : état spécial 2025, subventions aux associations du secteur, avis sur la "
            "dénomination du square Lalande. Procès-verbal de la séance du 4 février en téléchargement."),
          decoys={"participation_displayed"}),
        P("/etat-special/", "L'état spécial du secteur 3", m.prose(
            "Le budget de la mairie de secteur, appelé état spécial, finance les équipements de proximité : crèches, "
            "maisons de quartier, squares et gymnases. Pour 2025, il s'élève à 4,2 millions d'euros.",
            "Il est voté par le conseil de secteur puis annexé au budget primitif de la Ville."),
          decoys={"participatory_budget"}),
        P("/actualites/forum-des-associations/", "Forum des associations du secteur 3", m.prose(
            "Le forum des associations du secteur se tient le samedi 7 septembre au parc de la Maourine, de 10 h à 18 h.",
            "Sport, culture, entraide : venez rencontrer les bénévoles et vous inscrire aux activités de l'année.")
          + m.share(f"http://{CG_S3}/actualites/forum-des-associations/", "Forum des associations"),
          decoys={"forum", "social_account"}),
        P("/permanences/", "Permanences des élus du secteur", m.prose(
            "Le maire de secteur et ses adjoints reçoivent sur rendez-vous le mercredi après-midi et le samedi matin.")
          + m.booking("/permanences/", "un rendez-vous avec un élu", ["Mercredi 14 h", "Mercredi 16 h", "Samedi 10 h"]),
          decoys={"contact_form"}),
    ]
    s3 = Site(CG_S3, "wordpress", "Mairie du secteur 3 - Castelgarde", s3_pages,
              menu=[("Accueil", "/"), ("Conseils de quartier", "/conseils-de-quartier/"), ("Conseil de secteur", "/conseil-de-secteur/")],
              address="Mairie du secteur 3, 12 boulevard des Minimes, 31000 Castelgarde")

    base = "/processes/budget-2025/f/12/proposals"
    proposals = [(41, "Un abri pour les vélos cargo devant la médiathèque", 86, 3, "En évaluation"),
                 (44, "Des toilettes publiques au jardin Compans", 152, 7, "En évaluation"),
                 (47, "Une aire de fitness au bord du canal", 63, 0, "En évaluation")]
    dec_pages = [
        P("/", "Participer à Castelgarde", m.prose("La plateforme de participation citoyenne de la Ville de Castelgarde.")
          + m.decidim_process_card("/processes/budget-2025", "Budget participatif 2025", "Dépôt des projets",
                                   "Proposez vos projets pour votre secteur ou pour toute la ville.")
          + m.decidim_process_card("/processes/plan-velo", "Plan vélo 2026-2032", "Questionnaire",
                                   "Donnez votre avis sur les futurs itinéraires cyclables.")
          + '<a href="/initiatives" class="button">Pétitions citoyennes</a>'),
        P("/processes/budget-2025", "Budget participatif 2025", m.steps(1, ["Dépôt des projets", "Analyse", "Vote", "Résultats"])
          + m.prose("Déposez jusqu'au 15 mai vos projets d'investissement d'intérêt général, localisés dans un secteur ou "
                    "pour toute la ville. Chaque projet doit coûter moins de 500 000 euros.")
          + f'<a href="{base}" class="button">Voir les propositions</a> <a href="{base}/new" class="button">Déposer un projet</a>',
          {"participatory_budget", "suggestion_call"}),
        P(base, "Propositions", m.decidim_proposals(base, proposals, linked={41})
          + f'<a href="{base}/new" class="button button__sm button__secondary">Nouvelle proposition</a>',
          {"participatory_budget"}, parent=("Budget participatif 2025", "/processes/budget-2025")),
        P(f"{base}/41", "Un abri pour les vélos cargo devant la médiathèque", m.prose(
            "Les familles qui viennent à la médiathèque José-Cabanis en vélo cargo n'ont aucun endroit sûr où le garer. "
            "Un abri fermé de six places, accessible avec la carte de bibliothèque, réglerait le problème.",
            "Secteur 1 - Centre · Coût estimé : 45 000 €")
          + m.decidim_comments("Proposal", 41, [("Anaïs", "il y a 3 jours", "Excellente idée, je soutiens !"),
                                                ("Collectif Vélo Castelgarde", "il y a 2 jours", "Pensez aux remorques aussi.")]),
          {"participatory_budget", "comments"}, parent=("Propositions", base)),
        # filing form on the platform: a call for projects, behind a login, not a message to the city
        P(f"{base}/new", "Déposer un projet", m.prose("Étape 1 sur 4 : décrivez votre projet. Vous devez être connecté pour le publier.")
          + '<form class="new_proposal" id="new_proposal" action="/processes/budget-2025/f/12/proposals" method="post">'
            '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="150">'
            '<label for="proposal_body">Description</label><textarea name="proposal[body]" id="proposal_body" rows="10"></textarea>'
            '<label for="proposal_scope_id">Secteur</label><select name="proposal[scope_id]" id="proposal_scope_id">'
          + "".join(f"<option>{s}</option>" for s in CG_SECTEURS)
          + '</select><button type="submit" class="button">Continuer</button></form>',
          {"participatory_budget", "suggestion_call"}, parent=("Propositions", base)),
        P("/processes/plan-velo", "Plan vélo 2026-2032", m.prose(
            "Concertation préalable : la Ville consulte les habitants avant d'arrêter les itinéraires du plan vélo. "
            "Questionnaire en ligne jusqu'au 30 avril, ateliers dans les six secteurs, restitution publique en juin.")
          + '<a href="/processes/plan-velo/f/15/surveys/3" class="button">Répondre au questionnaire</a>',
          {"participation_displayed"}),
        P("/processes/plan-velo/f/15/surveys/3", "Questionnaire plan vélo", m.questionnaire(
            "/processes/plan-velo/f/15/surveys/3/answer", "Quelques minutes pour nous dire comment vous vous déplacez.",
            [("À quelle fréquence circulez-vous à vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
             ("Qu'est-ce qui vous freine le plus ?", ["L'insécurité", "Le stationnement", "Les distances", "Rien"])],
            cls="answer-questionnaire"), {"poll"}, parent=("Plan vélo 2026-2032", "/processes/plan-velo")),
        P("/initiatives", "Pétitions citoyennes", m.prose(
            "Lancez une pétition ou signez celles des autres habitants. À 3 000 signatures, la pétition est débattue en conseil municipal.")
          + '<div class="card__list-list"><div class="card__list"><h3><a href="/initiatives/i-7">Rouvrir la piscine Castex le dimanche</a></h3>'
            '<span>1 842 / 3 000 signatures</span></div><div class="card__list"><h3>Un marché de producteurs aux Minimes</h3>'
            '<span>Seuil atteint - débattue le 27 mars</span></div></div><a href="/initiatives/i-7" class="button">Signer</a>',
          {"petition"}),
        P("/initiatives/i-7", "Rouvrir la piscine Castex le dimanche", m.prose(
            "Depuis la rentrée, la piscine Castex est fermée le dimanche. Nous demandons sa réouverture au moins le matin.")
          + m.petition_sign("/initiatives/i-7/signatures", "Rouvrir la piscine Castex le dimanche", 1842, 3000),
          {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
    ]
    decidim = Site(CG_DEC, "decidim", "Participer à Castelgarde", dec_pages,
                   menu=[("Accueil", "/"), ("Processus", "/processes/budget-2025"), ("Pétitions", "/initiatives")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))

    met_pages = [
        P("/", "Castelgarde Métropole", m.home(
            "Castelgarde Métropole rassemble 37 communes et 790 000 habitants.",
            [("/grands-projets/enquete-publique-plui/", "Enquête publique PLUi-H"), ("/emploi/", "Offres d'emploi"),
             ("/competences/dechets/", "Collecte des déchets"), (f"http://{CG}/", "Ville de Castelgarde")],
            [("/grands-projets/enquete-publique-plui/", "PLUi-H : l'enquête publique est ouverte", "1er mars 2025",
              "Consultez le dossier et déposez vos observations au commissaire enquêteur."),
             ("/emploi/", "La Métropole recrute", "20 février 2025", "Quarante postes ouverts dans les services techniques.")])),
        P("/grands-projets/enquete-publique-plui/", "Enquête publique du PLUi-H", m.prose(
            "Par arrêté du président, l'enquête publique portant sur le projet de plan local d'urbanisme intercommunal "
            "tenant lieu de programme local de l'habitat se déroule du 3 mars au 11 avril.",
            "Le dossier est consultable au siège de la Métropole et dans les mairies. Les observations sont adressées au "
            "président de la commission d'enquête par courrier ou sur le registre dématérialisé de la préfecture."),
          decoys={"participation_displayed", "poll"}),
        P("/emploi/", "Offres d'emploi", m.prose(
            "Appel à candidatures : technicien voirie (H/F), agent de collecte (H/F), chargé de mission mobilités (H/F).",
            "Candidature par lettre de motivation et CV adressés à la direction des ressources humaines.")
          + m.items("Technicien voirie - catégorie B - date limite 30 avril",
                    "Agent de collecte - catégorie C - date limite 15 avril"), decoys={"suggestion_call"}),
        P("/competences/dechets/", "Collecte des déchets", m.prose(
            "Les jours de collecte dépendent de votre adresse. Les encombrants sont collectés sur rendez-vous.",
            "Les déchetteries sont ouvertes du lundi au samedi de 9 h à 18 h.")),
    ]
    met = Site(CG_MET, "drupal", "Castelgarde Métropole", met_pages,
               menu=[("Accueil", "/"), ("Grands projets", "/grands-projets/enquete-publique-plui/"), ("Emploi", "/emploi/")],
               address="1 place de la Légion-d'Honneur, 31000 Castelgarde")
    return City("99371", "Castelgarde", 312_400, "31", "76", "Occitanie", f"http://{CG}/", [www, s3, decidim, met])



# ================================================================================================
# 99372 Lormeval (Rhône): Drupal city site, the 3rd arrondissement's mairie on Drupal, CONSUL
# Democracy on a city subdomain, the metropolis on TYPO3.
# ================================================================================================

LV = "www.lormeval.fr"
LV_A3 = "mairie3.lormeval.fr"
LV_CONSUL = "decidons.lormeval.fr"
LV_MET = "www.grand-lormeval.fr"
LV_ARR = [f"{n}{'er' if n == 1 else 'e'} arrondissement" for n in range(1, 10)]


def lormeval() -> City:
    consul = f"http://{LV_CONSUL}"
    www_pages = [
        P("/", "Accueil", m.home(
            "Ville de Lormeval : neuf arrondissements, 248 000 habitants, une mairie centrale et neuf mairies d'arrondissement.",
            [("/participer", "Participer"), ("/participer/conseils-de-quartier", "Conseils de quartier"),
             ("/participer/budget-participatif", "Budget participatif"), ("/demarches/etat-civil", "État civil"),
             ("/contact", "Nous contacter"), ("/vie-municipale/conseil-municipal", "Conseil municipal"),
             (f"http://{LV_A3}/", "Mairie du 3e"), (f"http://{LV_MET}/", "Grand Lormeval")],
            [("/actualites/rives-de-saone-le-projet-en-debat", "Rives de Saône : le projet en débat", "12 mars 2025",
              "Trois scénarios d'aménagement présentés aux habitants."),
             ("/actualites/appel-a-projets-associatifs-2025", "Appel à projets associatifs 2025", "3 février 2025",
              "Les associations peuvent demander une subvention jusqu'au 31 mars."),
             ("/actualites/marche-de-noel", "Marché de Noël : quelle place ?", "8 novembre 2024",
              "La Ville envisage de déplacer le marché de Noël.")])),
        P("/participer", "Participer", m.prose(
            "À Lormeval, la participation des habitants s'organise d'abord dans les arrondissements : conseils de quartier, "
            "comités d'initiative et de consultation d'arrondissement (CICA), réunions publiques des maires d'arrondissement.",
            "À l'échelle de la ville, le budget participatif, le droit d'interpellation et les concertations sur les grands "
            f'projets se déroulent sur la plateforme <a href="{consul}/">decidons.lormeval.fr</a>.')
          + m.items('<a href="/participer/conseils-de-quartier">Les 34 conseils de quartier</a>',
                    '<a href="/participer/cica">Les CICA</a>', '<a href="/participer/budget-participatif">Le budget participatif</a>',
                    '<a href="/participer/interpellation">Le droit d\'interpellation</a>'), {"participation_displayed"}),
        P("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Lormeval compte 34 conseils de quartier, de trois à cinq par arrondissement. Ouverts à toute personne qui "
            "habite, travaille ou étudie dans le quartier, ils émettent des avis et portent des projets d'intérêt collectif.",
            "Chaque conseil dispose d'un budget de fonctionnement et d'un fonds d'initiative locale de 8 000 euros par an.")
          + m.items(*[f"{a} : renseignements auprès de la mairie d'arrondissement" for a in LV_ARR[:5]]),
          {"participation_displayed"}, parent=("Participer", "/participer")),
        P("/participer/cica", "Les comités d'initiative et de consultation d'arrondissement", m.prose(
            "Dans chaque arrondissement, les associations qui en font la demande sont membres du CICA. Une fois par "
            "trimestre, elles participent au conseil d'arrondissement avec voix consultative et y présentent leurs propositions.",
            "Pour inscrire votre association, adressez ses statuts au maire de votre arrondissement."),
          {"participation_displayed"}, parent=("Participer", "/participer")),
        P("/participer/budget-participatif", "Budget participatif : votez !", m.prose(
            "Les 312 projets retenus après l'étude des services sont soumis au vote jusqu'au 19 octobre. Vous pouvez voter "
            "pour les projets de votre arrondissement et pour ceux de toute la ville.",
            f'<a class="button" href="{consul}/budgets/4">Je vote sur decidons.lormeval.fr</a>')
          + m.steps(4, ["Dépôt", "Étude", "Ateliers", "Vote", "Résultats"]),
          {"participatory_budget"}, parent=("Participer", "/participer")),
        P("/participer/interpellation", "Le droit d'interpellation", m.prose(
            "Une proposition citoyenne qui recueille 2 500 soutiens de Lormevaloises et Lormevalois de plus de seize ans est "
            "inscrite à l'ordre du jour du conseil municipal. Elle se dépose et se soutient sur la plateforme.",
            f'<a href="{consul}/proposals">Voir les propositions citoyennes et les soutenir</a>'),
          {"petition"}, parent=("Participer", "/participer")),
        P("/actualites/rives-de-saone-le-projet-en-debat", "Rives de Saône : le projet en débat", m.prose(
            "Trois scénarios d'aménagement des rives entre les ponts Maréchal et Kitchener ont été présentés le 11 mars "
            "en réunion publique à la mairie du 3e. Ils restent exposés jusqu'à fin avril.",
            "Qu'en pensez-vous ? Vos commentaires seront versés au bilan de la concertation.")
          + m.drupal_comments([("Hélène", "13/03/2025", "Le scénario B garde les platanes, c'est lui qu'il faut."),
                               ("Marc D.", "14/03/2025", "Et les places de stationnement des riverains ?")], 812),
          {"comments", "participation_displayed"}),
        P("/actualites/appel-a-projets-associatifs-2025", "Appel à projets associatifs 2025", m.prose(
            "La Ville lance son appel à projets annuel en direction des associations : animation de la vie locale, "
            "solidarité, culture. Les dossiers de demande de subvention sont à déposer avant le 31 mars.",
            "Le règlement de l'appel à projets et le formulaire Cerfa n° 12156 sont disponibles en téléchargement."),
          decoys={"suggestion_call", "participatory_budget"}),
        P("/actualites/marche-de-noel", "Marché de Noël : quelle place ?", m.with_aside(
            m.prose("La place Bellecour étant en travaux, la Ville envisage trois emplacements pour le prochain marché de Noël.",
                    "Donnez votre préférence dans le sondage ci-contre."),
            m.drupal_poll(23, "Où installer le marché de Noël ?", ["Place des Terreaux", "Quai Saint-Antoine", "Parc de la Tête-d'Or"])),
          {"poll"}),
        P("/vie-municipale/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 73 élus. Ses séances sont publiques. Prochaine séance le lundi 31 mars à 14 h.",
            "Ordre du jour : budget supplémentaire, rapport sur l'activité des conseils de quartier, tarifs des piscines."),
          decoys={"participation_displayed"}),
        P("/demarches/etat-civil", "État civil", m.prose(
            "Les actes d'état civil sont délivrés par la mairie de l'arrondissement où l'événement a eu lieu.",
            "Mariages : dépôt du dossier trois mois avant la date souhaitée.")),
        P("/contact", "Nous contacter", m.prose("Vous pouvez écrire à la mairie centrale à l'aide de ce formulaire.")
          + m.webform("/contact"), {"contact_form"}),
    ]
    www = Site(LV, "drupal", "Ville de Lormeval", www_pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Démarches", "/demarches/etat-civil"), ("Contact", "/contact")],
               accounts=[social("facebook", "lormeval"), social("x", "VilleLormeval", "https://twitter.com/VilleLormeval"),
                         social("linkedin", "ville-de-lormeval")],
               address="Hôtel de ville, 1 place de la Comédie, 69000 Lormeval")

    a3_pages = [
        P("/", "Mairie du 3e arrondissement", m.home(
            "La mairie du 3e arrondissement de Lormeval : 41 000 habitants, quatre conseils de quartier.",
            [("/conseils-de-quartier", "Conseils de quartier"), ("/reunions-publiques", "Réunions publiques"),
             ("/budget-arrondissement", "Budget de l'arrondissement"), ("/boite-a-idees", "Boîte à idées"),
             (f"http://{LV}/", "Ville de Lormeval"), (f"http://{LV}/participer/budget-participatif", "Budget participatif")],
            [("/reunions-publiques", "Réunion publique sur les rives de Saône", "5 mars 2025", "Le 11 mars à 18 h 30, salle des fêtes."),
             ("/budget-arrondissement", "Le conseil d'arrondissement a voté l'état spécial", "2 février 2025", "3,1 millions d'euros pour 2025."),
             ("/boite-a-idees", "Une boîte à idées pour l'arrondissement", "15 janvier 2025", "Écrivez-nous vos suggestions.")])),
        P("/conseils-de-quartier", "Les conseils de quartier du 3e", m.prose(
            "Quatre conseils de quartier couvrent l'arrondissement : Guillotière Nord, Préfecture, Saxe-Paul-Bert et Moncey. "
            "Leurs plénières ont lieu trois fois par an, leurs commissions travaillent toute l'année sur la propreté, "
            "les mobilités et l'animation.",
            "Pour participer, il suffit de s'inscrire auprès de la chargée de mission démocratie locale de la mairie du 3e."),
          {"participation_displayed"}),
        P("/reunions-publiques", "Réunions publiques", m.prose(
            "Le maire d'arrondissement réunit les habitants chaque fois qu'un projet change le quotidien du quartier.",
            "Prochaines réunions : rives de Saône le 11 mars ; réaménagement de la place Guichard le 8 avril ; "
            "bilan de la rue aux écoles le 20 mai. Les supports présentés sont mis en ligne après chaque réunion."),
          {"participation_displayed"}),
        P("/budget-arrondissement", "Le budget de l'arrondissement", m.prose(
            "Le conseil d'arrondissement a voté le 30 janvier l'état spécial 2025 : dotation de gestion locale, dotation "
            "d'animation locale et dotation d'investissement, soit 3,1 millions d'euros.",
            "Ce budget finance l'entretien des équipements de proximité et les animations de l'arrondissement."),
          decoys={"participatory_budget"}),
        # free-text suggestions to the mairie, in a form with name and e-mail
        P("/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour rendre le 3e plus agréable ? Une suggestion pour un aménagement, une animation, un service ? "
            "Proposez-la : chaque idée reçoit une réponse et les plus partagées sont étudiées en conseil de quartier.")
          + m.webform("/boite-a-idees", "boite_a_idees", "Votre idée ou suggestion"), {"suggestion_call", "contact_form"}),
    ]
    a3 = Site(LV_A3, "drupal", "Mairie du 3e - Lormeval", a3_pages,
              menu=[("Accueil", "/"), ("Conseils de quartier", "/conseils-de-quartier"), ("Boîte à idées", "/boite-a-idees")],
              address="Mairie du 3e, 215 rue Duguesclin, 69003 Lormeval")

    inv = [(318, "Végétaliser la cour de l'école Painlevé", "120 000 €", 0), (322, "Des bancs le long du cours Gambetta", "35 000 €", 0),
           (327, "Un terrain de basket au parc Bazin", "90 000 €", 0)]
    con_pages = [
        P("/", "Décidons Lormeval", m.prose("La plateforme de démocratie participative de Lormeval.")
          + m.items('<a href="/budgets/4">Budget participatif 2025 : phase de vote</a>', '<a href="/proposals">Propositions citoyennes</a>',
                    '<a href="/polls/12">Votation : nom de la nouvelle passerelle (close)</a>')),
        P("/budgets/4", "Budget participatif 2025", m.prose(
            "Phase de vote : choisissez les projets de votre arrondissement dans la limite de l'enveloppe disponible.")
          + m.items(*[f'<a href="/budgets/4/investments?heading_id={n}">{a}</a>' if n == 3 else a for n, a in enumerate(LV_ARR, 1)]),
          {"participatory_budget"}),
        P("/budgets/4/investments?heading_id=3", "Projets du 3e arrondissement", m.prose("Enveloppe : 1 200 000 €. Il vous reste 1 200 000 € à répartir.")
          + m.consul_investments(4, "3e arrondissement", inv, linked={318}),
          {"participatory_budget"}, parent=("Budget participatif 2025", "/budgets/4")),
        P("/budgets/4/investments/318", "Végétaliser la cour de l'école Painlevé", m.prose(
            "Remplacer une partie de l'enrobé par des plantations et un sol perméable pour rafraîchir la cour en été.",
            "Coût estimé par les services : 120 000 €. Arrondissement : 3e.")
          + m.consul_investments(4, "3e arrondissement", inv[:1])
          + m.consul_comments([("Parents d'élèves Painlevé", "2 octobre 2025", "Nous avons porté ce projet pendant deux ans !")], 318),
          {"participatory_budget", "comments"}, parent=("Projets du 3e arrondissement", "/budgets/4/investments?heading_id=3")),
        P("/proposals", "Propositions citoyennes", m.prose(
            "Déposez une proposition ou soutenez celles des autres. À 2 500 soutiens, elle est débattue en conseil municipal.")
          + '<div id="proposals"><div class="proposal clear"><h3>Gratuité des transports pour les moins de 18 ans</h3>'
            '<div class="supports"><span class="total-supports">1 904 soutiens</span><form class="button_to" method="post" action="/proposals/77/vote">'
            '<button class="button button-support" type="submit">Soutenir</button></form></div></div>'
            '<div class="proposal clear"><h3>Un composteur dans chaque square</h3><div class="supports"><span class="total-supports">612 soutiens</span>'
            '<form class="button_to" method="post" action="/proposals/81/vote"><button class="button button-support" type="submit">Soutenir</button></form></div></div></div>',
          {"petition"}),
        P("/polls/12", "Votation : le nom de la nouvelle passerelle", m.prose("Cette votation est terminée. Merci aux 6 120 participants.")
          + m.results_table("Quel nom pour la passerelle entre le 3e et le 7e ?",
                            [("Passerelle des Canuts", 47, 2876), ("Passerelle Simone-Veil", 38, 2326), ("Passerelle du Confluent", 15, 918)], 6120),
          decoys={"poll"}),
    ]
    consul_site = Site(LV_CONSUL, "consul", "Décidons Lormeval", con_pages,
                       menu=[("Accueil", "/"), ("Budgets participatifs", "/budgets/4"), ("Propositions", "/proposals")],
                       features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))

    met_pages = [
        P("/", "Grand Lormeval", m.home(
            "La métropole du Grand Lormeval : 59 communes, transports, eau, voirie, habitat.",
            [("/concertation/tram-t9", "Concertation tram T9"), ("/marches-publics", "Marchés publics"), (f"http://{LV}/", "Ville de Lormeval")],
            [("/concertation/tram-t9", "Tram T9 : la concertation préalable est ouverte", "10 mars 2025", "Réunions publiques et questionnaire jusqu'au 25 avril."),
             ("/marches-publics", "Avis d'appel public à la concurrence", "1er mars 2025", "Travaux de voirie, quatre lots.")])),
        P("/concertation/tram-t9", "Concertation préalable : tram T9", m.prose(
            "Le Grand Lormeval organise une concertation préalable sur le tracé du tram T9 entre la gare Part-Dieu et Vaulx. "
            "Trois réunions publiques sont prévues dans les 3e, 6e et 8e arrondissements.",
            "Vous pouvez aussi répondre au questionnaire ci-dessous.")
          + m.questionnaire("/concertation/tram-t9", "Questionnaire de la concertation",
                            [("Prendriez-vous le T9 ?", ["Chaque jour", "Parfois", "Jamais"]),
                             ("Quel tracé préférez-vous ?", ["Par le cours Lafayette", "Par la rue Garibaldi"])]),
          {"participation_displayed", "poll"}),
        P("/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : travaux de voirie 2025, quatre lots. Date limite de réception des offres : 14 avril, 12 h.",
            "Les dossiers de consultation sont téléchargeables sur le profil d'acheteur."), decoys={"suggestion_call"}),
    ]
    met = Site(LV_MET, "typo3", "Grand Lormeval", met_pages,
               menu=[("Accueil", "/"), ("Concertations", "/concertation/tram-t9"), ("Marchés publics", "/marches-publics")],
               address="20 rue du Lac, 69003 Lormeval")
    return City("99372", "Lormeval", 248_300, "69", "84", "Auvergne-Rhône-Alpes", f"http://{LV}/", [www, a3, consul_site, met])


# ================================================================================================
# 99373 Pontgirard (Nord): SPIP city site, a phpBB board run by the city, a LimeSurvey host.
# ================================================================================================

PG = "www.pontgirard.fr"
PG_FORUM = "forum.pontgirard.fr"
PG_SURVEY = "enquetes.pontgirard.fr"
PG_EST = "mairie-est.pontgirard.fr"


def pontgirard() -> City:
    www_pages = [
        P("/", "Accueil", m.home(
            "Pontgirard, 176 000 habitants, cinq secteurs et leurs mairies de quartier.",
            [("/spip.php?rubrique12", "Démocratie de proximité"), ("/spip.php?article201", "Conseils citoyens"),
             ("/spip.php?article225", "Budget participatif"), ("/spip.php?article230", "Le forum des Pontgirardins"),
             ("/spip.php?article250", "Contact"), ("/spip.php?article240", "Recensement"), (f"http://{PG_EST}/", "Mairie de secteur Est")],
            [("/spip.php?article214", "Parc de la Deûle : le projet soumis aux habitants", "2 mars 2025", "Réagissez au projet."),
             ("/spip.php?article220", "Questionnaire : vos bibliothèques", "25 février 2025", "Horaires, collections, services."),
             ("/spip.php?article241", "Forum de l'emploi le 3 avril", "20 février 2025", "Quatre-vingts recruteurs au Grand Palais."),
             ("/spip.php?article260", "Rythmes scolaires : les résultats", "10 janvier 2025", "La consultation des familles est close.")])),
        P("/spip.php?rubrique12", "Démocratie de proximité", m.prose(
            "Pontgirard a choisi de faire vivre la démocratie au plus près des habitants : cinq conseils de secteur, "
            "douze conseils citoyens dans les quartiers prioritaires et une assemblée des habitants réunie chaque automne.",
            "La Ville s'appuie aussi sur le budget participatif, les consultations en ligne et le forum des Pontgirardins.")
          + m.items('<a href="/spip.php?article201">Conseils de secteur et conseils citoyens</a>',
                    '<a href="/spip.php?article225">Budget participatif</a>', '<a href="/spip.php?article230">Le forum</a>'),
          {"participation_displayed"}),
        P("/spip.php?article201", "Conseils de secteur et conseils citoyens", m.prose(
            "Chaque secteur (Centre, Nord, Est, Sud, Ouest) a son conseil de secteur, présidé par l'adjoint de quartier et "
            "composé d'habitants volontaires et d'associations. Il se réunit tous les deux mois à la mairie de quartier.",
            "Dans les quartiers de la politique de la ville, les conseils citoyens associent les habitants au contrat de ville."),
          {"participation_displayed"}, parent=("Démocratie de proximité", "/spip.php?rubrique12")),
        P("/spip.php?article214", "Parc de la Deûle : le projet soumis aux habitants", m.prose(
            "Le projet de réaménagement du parc de la Deûle a été présenté aux conseils des secteurs Nord et Ouest.",
            "Plans et esquisses sont consultables ici ; réagissez en bas de page jusqu'au 15 avril.")
          + m.spip_forum([("Josiane", "3 mars 2025", "Les jeux", "Il faudrait des jeux pour les tout-petits près de l'entrée."),
                          ("Karim B.", "4 mars 2025", "Éclairage", "L'allée le long du canal est très sombre le soir.")], 214),
          {"comments", "participation_displayed"}),
        P("/spip.php?article220", "Questionnaire : vos bibliothèques", m.prose(
            "Les bibliothèques de Pontgirard préparent leur nouveau projet d'établissement. Dites-nous ce que vous attendez d'elles.")
          + m.limesurvey_iframe(PG_SURVEY, 48213, "Questionnaire bibliothèques"), {"poll"}),
        # a city call for projects with a filing form that sends free text to the city
        P("/spip.php?article225", "Budget participatif : proposez vos projets", m.prose(
            "Un million d'euros pour vos projets : du 1er mars au 30 avril, proposez un projet pour votre secteur. Les "
            "projets recevables seront votés en septembre dans les mairies de quartier et en ligne.")
          + m.idea_box("/spip.php?article225", ["Centre", "Nord", "Est", "Sud", "Ouest"], "Nom du projet", "Présentez votre projet"),
          {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Démocratie de proximité", "/spip.php?rubrique12")),
        # presents the board and links to it; the page itself holds no thread
        P("/spip.php?article230", "Le forum des Pontgirardins", m.prose(
            "Ouvert en 2019, le forum des Pontgirardins est un espace de discussion modéré par la Ville : chacun peut y "
            "ouvrir un sujet sur la vie de son quartier et répondre aux autres habitants.",
            f'<a href="http://{PG_FORUM}/">Accéder au forum</a>'),
          {"participation_displayed"}, decoys={"forum"}, parent=("Démocratie de proximité", "/spip.php?rubrique12")),
        P("/spip.php?article240", "Recensement de la population 2025", m.prose(
            "Le recensement se déroule du 16 janvier au 22 février. Un agent recenseur, muni d'une carte officielle, "
            "vous remettra vos codes pour répondre en ligne au questionnaire de l'Insee.",
            "Répondre au recensement est obligatoire ; vos réponses sont confidentielles."), decoys={"poll"}),
        P("/spip.php?article241", "Forum de l'emploi le 3 avril", m.prose(
            "Le forum de l'emploi réunit au Grand Palais quatre-vingts entreprises qui recrutent. Pensez à apporter votre CV.",
            "Ateliers : simulation d'entretien, création d'entreprise, alternance."), decoys={"forum"}),
        P("/spip.php?article250", "Contact", m.prose("Hôtel de ville, 2 place du Beffroi. Écrivez-nous :")
          + m.spip_ecrire_auteur("/spip.php?article250", 250), {"contact_form"}),
        P("/spip.php?article260", "Rythmes scolaires : les résultats de la consultation", m.prose(
            "La consultation des familles sur l'organisation de la semaine scolaire est close. 9 431 familles ont répondu.")
          + m.results_table("Préférez-vous la semaine de quatre jours ?", [("Oui", 58, 5470), ("Non", 42, 3961)], 9431),
          decoys={"poll"}),
    ]
    www = Site(PG, "spip", "Ville de Pontgirard", www_pages,
               menu=[("Accueil", "/"), ("Démocratie de proximité", "/spip.php?rubrique12"), ("Contact", "/spip.php?article250")],
               accounts=[social("facebook", "pontgirard"), social("instagram", "villedepontgirard"),
                         social("mastodon", "pontgirard@piaille.fr", "https://piaille.fr/@Pontgirard")],
               address="Hôtel de ville, 2 place du Beffroi, 59000 Pontgirard")

    est_pages = [
        P("/", "Mairie de quartier - secteur Est", m.home(
            "La mairie de quartier du secteur Est : état civil, permanences, conseil de secteur.",
            [("/spip.php?article3", "Conseil de secteur Est"), ("/spip.php?article5", "Permanences"),
             (f"http://{PG}/", "Ville de Pontgirard"), (f"http://{PG}/spip.php?article225", "Budget participatif")],
            [("/spip.php?article3", "Conseil de secteur le 14 avril", "30 mars 2025", "Ordre du jour : la rue de Lannoy."),
             ("/spip.php?article5", "Permanences de l'adjoint de quartier", "1er mars 2025", "Le samedi matin.")])),
        P("/spip.php?article3", "Le conseil de secteur Est", m.prose(
            "Le conseil de secteur Est réunit 32 habitants volontaires, les associations du secteur et l'adjoint de quartier. "
            "Prochaine séance publique le 14 avril : réaménagement de la rue de Lannoy, bilan des chantiers participatifs.",
            "Vous pouvez y assister et y prendre la parole en fin de séance."), {"participation_displayed"}),
        P("/spip.php?article5", "Permanences de l'adjoint de quartier", m.prose(
            "L'adjoint de quartier reçoit sans rendez-vous le samedi de 9 h à 12 h à la mairie de quartier.",
            "Pour une demande d'intervention (voirie, propreté, éclairage), utilisez le formulaire de contact de la Ville.")),
    ]
    est = Site(PG_EST, "spip", "Mairie de quartier Est - Pontgirard", est_pages,
               menu=[("Accueil", "/"), ("Conseil de secteur", "/spip.php?article3")],
               address="Mairie de quartier Est, 40 rue de Lannoy, 59000 Pontgirard")

    forum_pages = [
        P("/", "Index du forum", '<div class="forabg"><div class="inner"><ul class="topiclist forums">'
          '<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="/viewforum.php?f=3" class="forumtitle">Vie des quartiers</a>'
          '<br />Propreté, voirie, animations : parlez de votre quartier.</div></dt><dd class="topics">214 <dfn>Sujets</dfn></dd></dl></li>'
          '<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><span class="forumtitle">Transports et déplacements</span>'
          '<br />Bus, métro, vélo.</div></dt><dd class="topics">97 <dfn>Sujets</dfn></dd></dl></li></ul></div></div>'
          + m.prose("Charte : restez courtois, pas de publicité, pas d'attaques personnelles.")),
        P("/viewforum.php?f=3", "Vie des quartiers", m.phpbb_topics(3, [
            (58, "Dépôts sauvages rue de Tourcoing", "Mireille59", 12, "hier, 21:14"),
            (61, "Fête des voisins au Fort : qui participe ?", "JulienE", 5, "12 mars 2025"),
            (66, "Horaires de la piscine du Triolo", "nadia.k", 3, "8 mars 2025")]), parent=("Index du forum", "/")),
        P("/viewtopic.php?t=58", "Dépôts sauvages rue de Tourcoing", m.phpbb_posts(58, 3, [
            ("Mireille59", "mar. 11 mars 2025 19:02", "Depuis trois semaines, des sacs s'entassent au coin de la rue. Quelqu'un a signalé ?"),
            ("Modérateur Ville", "mer. 12 mars 2025 09:40", "Signalement transmis au service propreté, passage prévu jeudi."),
            ("Thierry", "mer. 12 mars 2025 21:14", "Merci, c'est enlevé ce soir.")]), parent=("Vie des quartiers", "/viewforum.php?f=3")),
        P("/viewtopic.php?t=61", "Fête des voisins au Fort : qui participe ?", m.phpbb_posts(61, 3, [
            ("JulienE", "lun. 10 mars 2025 18:30", "On organise la fête des voisins le 30 mai dans la cour du Fort. Qui apporte quoi ?"),
            ("Sabine", "mar. 11 mars 2025 08:12", "Je fais deux quiches et je prête des tables.")]), parent=("Vie des quartiers", "/viewforum.php?f=3")),
        P("/viewtopic.php?t=66", "Horaires de la piscine du Triolo", m.phpbb_posts(66, 3, [
            ("nadia.k", "mer. 5 mars 2025 12:01", "Quelqu'un sait si la piscine ouvre le dimanche pendant les vacances ?"),
            ("Modérateur Ville", "jeu. 6 mars 2025 10:20", "Oui, de 9 h à 13 h pendant les vacances de printemps.")]),
          parent=("Vie des quartiers", "/viewforum.php?f=3")),
    ]
    forum = Site(PG_FORUM, "phpbb", "Le forum des Pontgirardins", forum_pages, features=frozenset({"forum"}))

    survey_pages = [
        P("/", "Enquêtes en ligne de la Ville de Pontgirard", m.prose(
            "Questionnaires ouverts : bibliothèques (jusqu'au 30 avril).",
            '<a href="/index.php/48213?lang=fr">Répondre au questionnaire sur les bibliothèques</a>')),
        P("/index.php/48213?lang=fr", "Questionnaire bibliothèques", m.limesurvey_page(
            48213, "Vos bibliothèques", "Ce questionnaire anonyme prend cinq minutes.",
            [("Fréquentez-vous une bibliothèque de la ville ?", ["Chaque semaine", "Chaque mois", "Rarement", "Jamais"]),
             ("Quel horaire vous conviendrait le mieux ?", ["Ouverture le dimanche", "Ouverture jusqu'à 20 h", "Horaires actuels"])]),
          {"poll"}),
    ]
    survey = Site(PG_SURVEY, "vendor", "Enquêtes - Ville de Pontgirard", survey_pages, address="Hôtel de ville de Pontgirard")
    return City("99373", "Pontgirard", 176_500, "59", "32", "Hauts-de-France", f"http://{PG}/", [www, est, forum, survey])



# ================================================================================================
# 99374 Marsenne (Bouches-du-Rhône): Joomla city site, the 4th-5th sector's mairie on WordPress,
# Cap Collectif on its vendor domain.
# ================================================================================================

MS = "www.marsenne.fr"
MS_S45 = "mairie-secteur-4-5.marsenne.fr"
MS_CAP = "marsenne.cap-collectif.com"


def marsenne() -> City:
    cap = f"http://{MS_CAP}"
    bp = "/project/budget-participatif-2025"
    www_pages = [
        P("/", "Accueil", m.home(
            "Ville de Marsenne : seize arrondissements, huit mairies de secteur, 458 000 habitants.",
            [("/index.php/participer", "Participer"), ("/index.php/participer/cica", "Les CICA"),
             ("/index.php/participer/budget-participatif", "Budget participatif"), ("/index.php/demarches/paiement-cantine", "Payer la cantine"),
             ("/index.php/contact", "Contact"), ("/index.php/securite/participation-citoyenne", "Participation citoyenne"),
             (f"http://{MS_S45}/", "Mairie des 4e et 5e arrondissements"), (cap + "/", "Plateforme de participation")],
            [("/index.php/actualites/sondage-proprete", "Propreté : votre avis compte", "6 mars 2025", "Un sondage en ligne jusqu'au 31 mars."),
             ("/index.php/actualites/concours-photo", "Concours photo « Marsenne vue d'en haut »", "1er mars 2025", "Envoyez vos clichés avant le 30 avril."),
             ("/index.php/participer/budget-participatif/laureats-2024", "Budget participatif : les lauréats 2024", "15 novembre 2024", "54 projets retenus.")])),
        P("/index.php/participer", "Vivre ensemble : participer", m.prose(
            "Huit mairies de secteur, seize comités d'initiative et de consultation d'arrondissement, des conseils "
            "citoyens dans les quartiers prioritaires : la Ville de Marsenne veut associer ses habitants aux choix qui "
            "les concernent, arrondissement par arrondissement.",
            f'Les consultations et le budget participatif se déroulent sur la <a href="{cap}/">plateforme de participation</a>.')
          + m.items('<a href="/index.php/participer/cica">Les CICA</a>', '<a href="/index.php/participer/budget-participatif">Budget participatif</a>'),
          {"participation_displayed"}),
        P("/index.php/participer/cica", "Les comités d'initiative et de consultation d'arrondissement", m.prose(
            "Prévus par la loi du 31 décembre 1982, les CICA permettent aux associations d'un arrondissement de débattre "
            "avec les élus du conseil de secteur, au moins une fois par trimestre, des sujets qu'elles choisissent.",
            "Chaque mairie de secteur tient la liste des associations inscrites et le calendrier des séances."),
          {"participation_displayed"}, parent=("Participer", "/index.php/participer")),
        P("/index.php/participer/budget-participatif", "Le budget participatif", m.prose(
            "Avec 12 millions d'euros, le budget participatif finance des projets proposés et choisis par les habitants, "
            "répartis entre les huit secteurs. Règlement : tout habitant de plus de douze ans peut déposer un projet ; "
            "les projets doivent relever des compétences de la Ville et constituer une dépense d'investissement.",
            f'Le dépôt des projets 2025 est ouvert jusqu\'au 20 mai : <a href="{cap}{bp}/collect/depot-des-projets">déposer un projet</a>.'),
          {"participatory_budget", "suggestion_call"}, parent=("Participer", "/index.php/participer")),
        P("/index.php/participer/budget-participatif/laureats-2024", "Budget participatif 2024 : les lauréats", m.prose(
            "Plus de 61 000 votes ont été exprimés. Voici les projets lauréats des secteurs.")
          + m.project_cards([("Un verger partagé à Saint-Barnabé", "4e-5e arrondissements", "70 000 €", "Lauréat"),
                             ("Des fontaines à la Plaine", "6e-8e arrondissements", "150 000 €", "Lauréat"),
                             ("Un skatepark à l'Estaque", "15e-16e arrondissements", "320 000 €", "Lauréat")]),
          {"participatory_budget"}, parent=("Budget participatif", "/index.php/participer/budget-participatif")),
        P("/index.php/actualites/sondage-proprete", "Propreté : votre avis compte", m.prose(
            "Fréquence des collectes, nettoyage des trottoirs, corbeilles : dites-nous ce qui doit changer en priorité.")
          + m.joomla_poll(9, "Quelle est votre priorité pour la propreté de votre quartier ?",
                          ["Plus de corbeilles", "Un nettoyage plus fréquent", "Des sanctions contre les dépôts sauvages"]),
          {"poll"}),
        P("/index.php/actualites/concours-photo", "Concours photo « Marsenne vue d'en haut »", m.prose(
            "Amateurs de photographie, participez au concours organisé par la Ville : trois prix de 500 euros.",
            "Règlement du concours et bulletin de participation à télécharger ; envoi des photos avant le 30 avril."),
          decoys={"suggestion_call"}),
        P("/index.php/securite/participation-citoyenne", "La participation citoyenne", m.prose(
            "Le dispositif de participation citoyenne, piloté par la police nationale, permet à des habitants volontaires "
            "d'alerter sur tout fait de nature à troubler la sécurité de leur quartier.",
            "Le protocole a été signé pour les 11e, 12e et 13e arrondissements. Renseignements au commissariat."),
          decoys={"participation_displayed", "territorial_social_network"}),
        P("/index.php/demarches/paiement-cantine", "Payer la cantine en ligne", m.prose(
            "Réglez vos factures de restauration scolaire et d'accueil périscolaire par carte bancaire.")
          + m.payment("/index.php/demarches/paiement-cantine", "Paiement de facture"), decoys={"contact_form"}),
        P("/index.php/contact", "Contact", m.prose("Hôtel de ville, quai du Port. Pour toute question, utilisez ce formulaire.")
          + m.joomla_contact("/index.php/contact"), {"contact_form"}),
    ]
    www = Site(MS, "joomla", "Ville de Marsenne", www_pages,
               menu=[("Accueil", "/"), ("Participer", "/index.php/participer"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "VilledeMarsenne"), social("x", "marsenne", "https://x.com/Marsenne"),
                         social("tiktok", "villedemarsenne")],
               address="Hôtel de ville, quai du Port, 13000 Marsenne")

    s45_pages = [
        P("/", "Mairie des 4e et 5e arrondissements", m.home(
            "Bienvenue à la mairie de secteur des 4e et 5e arrondissements de Marsenne.",
            [("/conseils-de-quartier/", "Conseils d'initiative de quartier"), ("/conseil-d-arrondissements/", "Conseil d'arrondissements"),
             ("/boite-a-idees/", "Boîte à idées"), (f"http://{MS}/", "Ville de Marsenne"),
             (f"http://{MS}/index.php/participer/cica", "Le CICA")],
            [("/conseil-d-arrondissements/", "Conseil d'arrondissements du 25 mars", "18 mars 2025", "Ordre du jour."),
             ("/boite-a-idees/", "Vos idées pour le secteur", "1er mars 2025", "Une boîte à idées en ligne."),
             ("/conseils-de-quartier/", "Les conseils de quartier se renouvellent", "10 février 2025", "Candidatures ouvertes.")])),
        P("/conseils-de-quartier/", "Les conseils d'initiative de quartier", m.prose(
            "Six conseils d'initiative de quartier couvrent les 4e et 5e arrondissements : Chave, Cinq-Avenues, "
            "Blancarde, Baille, Camas et Saint-Pierre. Ils réunissent habitants, commerçants et associations autour "
            "des projets du quartier et rendent des avis au conseil d'arrondissements.",
            "Candidatez avant le 31 mars : un tiers des sièges est attribué par tirage au sort."), {"participation_displayed"}),
        P("/conseil-d-arrondissements/", "Le conseil d'arrondissements", m.prose(
            "Séance publique du mardi 25 mars à 18 h : état spécial, subventions aux associations, avis sur le plan de "
            "circulation. Procès-verbal de la séance précédente disponible en mairie."), decoys={"participation_displayed"}),
        P("/boite-a-idees/", "Boîte à idées du secteur", m.prose(
            "Une idée pour vos quartiers ? Écrivez-nous : chaque proposition est lue par les élus du secteur.")
          + m.cf7("/boite-a-idees/", 77, ("Cadre de vie", "Animation", "Solidarité", "Autre")),
          {"suggestion_call", "contact_form"}),
    ]
    s45 = Site(MS_S45, "wordpress", "Mairie des 4e et 5e arrondissements", s45_pages,
               menu=[("Accueil", "/"), ("Conseils de quartier", "/conseils-de-quartier/"), ("Boîte à idées", "/boite-a-idees/")],
               address="Mairie de secteur, 13 square Sidi-Brahim, 13005 Marsenne")

    prop = f"{bp}/collect/depot-des-projets/proposals/verger-partage-saint-barnabe"
    cap_pages = [
        P("/", "Marsenne participe", m.prose("La plateforme de participation de la Ville de Marsenne.")
          + m.items(f'<a href="{bp}/presentation/presentation-1">Budget participatif 2025</a>',
                    '<a href="/project/plan-climat/questionnaire/questionnaire-climat">Questionnaire : plan climat</a>')),
        P(f"{bp}/presentation/presentation-1", "Budget participatif 2025 - Présentation", m.steps(2, ["Présentation", "Dépôt des projets", "Analyse", "Vote", "Résultats"])
          + m.prose("Douze millions d'euros, huit enveloppes de secteur. Déposez vos projets jusqu'au 20 mai.",
                    f'<a href="{bp}/collect/depot-des-projets">Étape en cours : dépôt des projets</a>'), {"participatory_budget", "suggestion_call"}),
        P(f"{bp}/collect/depot-des-projets", "Dépôt des projets", m.prose("218 projets déposés.")
          + f'<div class="proposal-list"><div class="proposal-preview"><h3><a href="{prop}">Verger partagé à Saint-Barnabé</a></h3><span>4e-5e</span></div>'
            '<div class="proposal-preview"><h3>Ombrières sur la place Castellane</h3><span>6e-8e</span></div></div>'
            '<a href="/login" class="btn btn-primary">Déposer un projet</a>', {"participatory_budget", "suggestion_call"},
          parent=("Budget participatif 2025", f"{bp}/presentation/presentation-1")),
        P(prop, "Verger partagé à Saint-Barnabé", m.prose("Planter une vingtaine d'arbres fruitiers sur la friche de la traverse de la Montre, entretenus par les habitants.")
          + '<div class="proposal-comments" id="proposal-comments"><h2>2 commentaires</h2>'
            '<div class="opinion"><span class="opinion__user">Fabienne</span><p>Super idée pour les enfants de l\'école voisine.</p></div>'
            '<div class="opinion"><span class="opinion__user">Yassine</span><p>Je peux aider à l\'arrosage.</p></div>'
            '<form class="comment-form" action="/comments" method="post"><label for="comment-body">Votre commentaire</label>'
            '<textarea id="comment-body" name="body"></textarea><input type="text" name="authorName" placeholder="Nom"><input type="email" name="authorEmail" placeholder="Courriel">'
            '<button type="submit">Commenter</button></form></div>',
          {"participatory_budget", "comments"}, parent=("Dépôt des projets", f"{bp}/collect/depot-des-projets")),
        P("/project/plan-climat/questionnaire/questionnaire-climat", "Questionnaire : plan climat", m.questionnaire(
            "/project/plan-climat/questionnaire/questionnaire-climat", "Questionnaire ouvert jusqu'au 15 juin.",
            [("Quelle mesure vous semble prioritaire ?", ["Ombrager les rues", "Développer les transports", "Rénover les logements"]),
             ("Êtes-vous prêt à changer vos déplacements ?", ["Oui", "Peut-être", "Non"])], cls="questionnaire-form"), {"poll"}),
    ]
    cap_site = Site(MS_CAP, "capcollectif", "Marsenne participe", cap_pages,
                    menu=[("Accueil", "/"), ("Budget participatif", f"{bp}/presentation/presentation-1")],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    return City("99374", "Marsenne", 458_200, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{MS}/", [www, s45, cap_site])


# ================================================================================================
# 99375 Brestanne (Ille-et-Vilaine): TYPO3 city site on .bzh, Go Vocal on its vendor domain, a
# neighbours' network run for the city.
# ================================================================================================

BR = "www.brestanne.bzh"
BR_GV = "brestanne.govocal.com"
BR_NET = "voisins.brestanne.bzh"


def brestanne() -> City:
    gv = f"http://{BR_GV}"
    www_pages = [
        P("/", "Accueil", m.home(
            "Brestanne, 203 000 habitants, six quartiers et leurs mairies de quartier.",
            [("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/budget-participatif", "Budget participatif"),
             ("/participer/voisins", "Le réseau des voisins"), ("/participer/questionnaire-bibliotheques", "Questionnaire"),
             ("/mairie/budget-primitif", "Budget de la ville"), ("/contact", "Contact"),
             ("/inscriptions/centre-de-loisirs", "Inscriptions centre de loisirs"), (gv + "/", "Brestanne participe")],
            [("/actualites/forum-des-associations", "Forum des associations", "28 août 2024", "Le 7 septembre au parc des expositions."),
             ("/actualites/ligne-ter", "Ligne TER : la Ville soutient les usagers", "14 février 2025", "Une pétition circule."),
             ("/participer/budget-participatif", "Budget participatif : à vous de voter", "1er octobre 2025", "Le vote est ouvert.")])),
        P("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chacun des six quartiers de Brestanne (Centre, Bellevue, Saint-Marc, Lambézellec, Europe, Rive droite) a "
            "son conseil de quartier, composé d'un collège d'habitants, d'un collège associatif et d'élus.",
            "Les conseils préparent les projets de quartier, organisent des balades urbaines et rendent des avis sur les "
            "aménagements. Leurs séances sont publiques ; l'agenda est affiché dans chaque mairie de quartier."),
          {"participation_displayed"}),
        P("/participer/budget-participatif", "Budget participatif : à vous de voter", m.prose(
            "Le vote du budget participatif est ouvert jusqu'au 26 octobre. 96 projets répartis dans les six quartiers "
            f'attendent vos voix sur <a href="{gv}/fr-FR/projects/budget-participatif-2025">la plateforme Brestanne participe</a>.',
            "Chaque habitant peut voter pour cinq projets de son quartier."), {"participatory_budget"}),
        # the city's page presenting the neighbours' network it runs, with the link to join
        P("/participer/voisins", "Voisins de Brestanne, le réseau d'entraide", m.prose(
            "La Ville a ouvert Voisins de Brestanne, un réseau social de proximité réservé aux habitants : prêter une "
            "perceuse, trouver un covoiturage, proposer un coup de main ou annoncer une fête de rue.",
            f'<a href="http://{BR_NET}/">Rejoindre le réseau de mon quartier</a>'), {"territorial_social_network"}),
        P("/participer/questionnaire-bibliotheques", "Questionnaire : vos bibliothèques", m.prose(
            "Les médiathèques de Brestanne réfléchissent à leurs horaires. Répondez au questionnaire avant le 30 avril.")
          + m.powermail("/participer/questionnaire-bibliotheques", 84, "Vos attentes pour les médiathèques",
                        '<div class="powermail_fieldwrap powermail_fieldwrap_type_radio"><fieldset><legend class="powermail_label">Ouverture le dimanche ?</legend>'
                        '<input type="radio" name="tx_powermail_pi1[field][dimanche]" id="dim1" value="oui"><label for="dim1">Oui</label>'
                        '<input type="radio" name="tx_powermail_pi1[field][dimanche]" id="dim2" value="non"><label for="dim2">Non</label></fieldset></div>'),
          {"poll"}),
        P("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations réunit 300 associations le samedi 7 septembre au parc des expositions.",
            "Navettes gratuites depuis le centre-ville toute la journée.",
            "Programme des visites du week-end sur la page de l'office de tourisme : "
            "<a href='https://www.facebook.com/BrestanneTourisme'>Brestanne Tourisme sur Facebook</a>."), decoys={"forum"}),
        P("/actualites/ligne-ter", "Ligne TER : la Ville soutient les usagers", m.prose(
            "Le conseil municipal a adopté un vœu pour le maintien des dessertes TER du dimanche.",
            "Une pétition nationale sur les trains régionaux est ouverte par un collectif d'usagers : "
            "<a href='https://www.change.org/p/maintien-des-ter-du-dimanche'>change.org</a>."), decoys={"petition"}),
        P("/mairie/budget-primitif", "Le budget de la ville", m.prose(
            "Le budget primitif 2025 s'élève à 402 millions d'euros. Le débat d'orientation budgétaire a eu lieu en décembre.",
            "Les documents budgétaires (budget primitif, compte administratif, rapport d'orientation) sont en téléchargement."),
          decoys={"participatory_budget"}),
        P("/inscriptions/centre-de-loisirs", "Inscriptions au centre de loisirs", m.prose(
            "Les inscriptions pour les vacances de printemps sont ouvertes jusqu'au 28 mars.")
          + m.registration("/inscriptions/centre-de-loisirs", "Inscription vacances de printemps"), decoys={"contact_form"}),
        P("/contact", "Contact", m.prose("Hôtel de ville, 2 rue Frézier. Écrivez-nous :") + m.powermail("/contact"), {"contact_form"}),
    ]
    www = Site(BR, "typo3", "Ville de Brestanne", www_pages,
               menu=[("Accueil", "/"), ("Participer", "/participer/conseils-de-quartier"), ("Contact", "/contact")],
               accounts=[social("facebook", "brestanne"), social("instagram", "brestanne.bzh"),
                         social("bluesky", "brestanne.bzh")],
               address="Hôtel de ville, 2 rue Frézier, 35000 Brestanne")

    idea = "/fr-FR/ideas/banc-et-ombre-square-du-moulin"
    gv_pages = [
        P("/", "Brestanne participe", m.prose("Bienvenue sur Brestanne participe, la plateforme de participation des Brestannais.")
          + m.items('<a href="/fr-FR/projects/budget-participatif-2025">Budget participatif 2025 - vote</a>',
                    '<a href="/fr-FR/projects/plan-mobilite">Plan de mobilité : questionnaire</a>')),
        P("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025", m.steps(3, ["Idées", "Analyse", "Vote", "Réalisation"])
          + m.prose("Sélectionnez jusqu'à cinq projets de votre quartier puis validez votre panier.")
          + f'<div class="e2e-idea-card"><a href="{idea}">Un banc et de l\'ombre au square du Moulin</a><button class="e2e-vote-button">Ajouter à mon vote</button></div>'
            '<div class="e2e-idea-card"><span>Une boîte à dons à Bellevue</span><button class="e2e-vote-button">Ajouter à mon vote</button></div>',
          {"participatory_budget"}),
        P(idea, "Un banc et de l'ombre au square du Moulin", m.prose("Installer deux bancs et planter trois arbres au square du Moulin, quartier Saint-Marc.")
          + '<div id="e2e-comments-container"><h2>Commentaires (2)</h2><div class="e2e-comment"><span class="e2e-author">Soazig</span><p>Indispensable pour les anciens du quartier.</p></div>'
            '<div class="e2e-comment"><span class="e2e-author">Pierre-Yves</span><p>Et une fontaine ?</p></div>'
            '<form id="e2e-comment-form"><label for="e2e-parent-comment-textarea">Écrire un commentaire</label><textarea id="e2e-parent-comment-textarea" name="body"></textarea>'
            '<button type="submit" id="e2e-submit-parentcomment">Publier</button></form></div>',
          {"participatory_budget", "comments"}, parent=("Budget participatif 2025", "/fr-FR/projects/budget-participatif-2025")),
        P("/fr-FR/projects/plan-mobilite", "Plan de mobilité : questionnaire", m.questionnaire(
            "/fr-FR/projects/plan-mobilite/survey", "Aidez-nous à préparer le plan de mobilité 2030.",
            [("Comment venez-vous au centre-ville ?", ["À pied", "En vélo", "En bus", "En voiture"]),
             ("Faut-il étendre la zone piétonne ?", ["Oui", "Non", "Je ne sais pas"])], cls="e2e-survey"), {"poll"}),
    ]
    gv_site = Site(BR_GV, "govocal", "Brestanne participe", gv_pages, menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/budget-participatif-2025")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))

    net_pages = [
        P("/", "Voisins de Brestanne", m.community_feed([
            ("Gaëlle", "Saint-Marc", "Prêt", "Je prête une échelle de 4 m, à récupérer rue de Verdun."),
            ("Hervé", "Bellevue", "Entraide", "Quelqu'un pour arroser mes plantes pendant une semaine ?"),
            ("Association Rive droite", "Rive droite", "Événement", "Vide-grenier le 18 mai, inscriptions ouvertes.")])
          + '<p><a href="/quartiers/saint-marc">Le groupe du quartier Saint-Marc</a></p>'),
        P("/quartiers/saint-marc", "Groupe du quartier Saint-Marc", m.prose("412 voisins inscrits.")
          + m.community_feed([("Loïc", "Saint-Marc", "Covoiturage", "Je descends à Rennes jeudi, deux places libres.")]),
          parent=("Voisins de Brestanne", "/")),
    ]
    net = Site(BR_NET, "community", "Voisins de Brestanne", net_pages, menu=[("Fil", "/"), ("Mon quartier", "/quartiers/saint-marc")],
               features=frozenset({"territorial_social_network"}))
    return City("99375", "Brestanne", 203_100, "35", "53", "Bretagne", f"http://{BR}/", [www, gv_site, net],
                decoy_accounts=("https://www.facebook.com/brestannetourisme",))



# ================================================================================================
# 99376 Orvalès (Gironde): a vendor CMS, Publik e-services, a Discourse board run by the city.
# ================================================================================================

OV = "www.orvales.fr"
OV_PUB = "demarches.orvales.fr"
OV_AGORA = "agora.orvales.fr"


def orvales() -> City:
    pub = f"http://{OV_PUB}"
    www_pages = [
        P("/", "Accueil", m.home(
            "Orvalès, 164 000 habitants, huit quartiers et quatre mairies annexes.",
            [("/ma-ville/participation-citoyenne", "Participation citoyenne"), ("/ma-ville/participation-citoyenne/conseils-citoyens", "Conseils citoyens"),
             ("/ma-ville/participation-citoyenne/appel-a-idees-berges", "Appel à idées"), ("/ma-ville/budget/compte-administratif", "Budget"),
             (pub + "/", "Démarches en ligne"), (pub + "/contacter-la-mairie/", "Contacter la mairie"),
             (f"http://{OV_AGORA}/", "L'Agora, forum des habitants"), ("/ma-ville/participation-citoyenne/appel-a-idees-2023", "Appel à idées 2023")],
            [("/actualites/consultation-piscine-resultats", "Piscine Galin : les résultats de la consultation", "20 février 2025", "La consultation est close."),
             ("/actualites/lancement-agora", "L'Agora fête ses deux ans", "3 février 2025", "Plus de 4 000 inscrits sur le forum."),
             ("/ma-ville/participation-citoyenne/appel-a-idees-berges", "Berges de la Garonne : appel à idées", "10 mars 2025", "Jusqu'au 30 avril.")])),
        P("/ma-ville/participation-citoyenne", "Participation citoyenne", m.prose(
            "Orvalès fait de la participation des habitants un principe d'action : huit conseils citoyens de quartier, des "
            "assemblées de quartier annuelles dans chaque mairie annexe, des appels à idées sur les grands projets et un "
            "droit d'interpellation du conseil municipal.",
            "Une charte de la participation citoyenne, adoptée en 2021, en précise les règles et les engagements des élus.")
          + m.items('<a href="/ma-ville/participation-citoyenne/conseils-citoyens">Les conseils citoyens de quartier</a>',
                    '<a href="/ma-ville/participation-citoyenne/appel-a-idees-berges">L\'appel à idées en cours</a>',
                    f'<a href="{pub}/interpellation-citoyenne/">Interpeller le conseil municipal</a>'), {"participation_displayed"}),
        P("/ma-ville/participation-citoyenne/conseils-citoyens", "Les conseils citoyens de quartier", m.prose(
            "Dans chacun des huit quartiers, un conseil citoyen de 25 membres (habitants tirés au sort, volontaires, "
            "acteurs locaux) se réunit tous les deux mois à la mairie annexe et rend des avis sur les projets du quartier.",
            "Les comptes rendus sont affichés en mairie annexe. Prochaines réunions : Bastide le 8 avril, Caudéran le 10 avril."),
          {"participation_displayed"}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne")),
        P("/ma-ville/participation-citoyenne/appel-a-idees-berges", "Berges de la Garonne : appel à idées", m.prose(
            "Comment voulez-vous vivre les berges demain ? Promenade, sport, nature, culture : la Ville lance un appel "
            "à idées ouvert à tous les habitants jusqu'au 30 avril. Les idées seront présentées en atelier en mai.",
            f'<a class="btn" href="{pub}/deposer-une-idee/">Je propose une idée</a>'),
          {"suggestion_call"}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne")),
        # a finished call: the page reports what came in, nothing can be sent any more
        P("/ma-ville/participation-citoyenne/appel-a-idees-2023", "Appel à idées 2023 : le bilan", m.prose(
            "L'appel à idées « Nos places de demain », clos le 30 juin 2023, a reçu 412 contributions. Les trois "
            "thèmes les plus cités sont l'ombre, les jeux d'enfants et les bancs.",
            "Le bilan complet est téléchargeable ; les premiers aménagements débutent cet automne."),
          {"participation_displayed"}, decoys={"suggestion_call"}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne")),
        P("/ma-ville/budget/compte-administratif", "Budget : compte administratif 2024", m.prose(
            "Le compte administratif 2024 retrace l'exécution du budget : 248 millions d'euros de dépenses de fonctionnement, "
            "71 millions d'investissement. Le budget primitif 2025 a été voté en décembre."), decoys={"participatory_budget"}),
        P("/actualites/consultation-piscine-resultats", "Piscine Galin : les résultats de la consultation", m.prose(
            "La consultation en ligne sur les horaires de la piscine Galin est close depuis le 31 janvier.")
          + m.results_table("Quel créneau supplémentaire souhaitez-vous ?", [("Le soir jusqu'à 21 h", 54, 1030), ("Le dimanche après-midi", 46, 877)], 1907),
          decoys={"poll"}),
        # a news item about the board: it links to it, nobody posts here
        P("/actualites/lancement-agora", "L'Agora fête ses deux ans", m.prose(
            "Ouverte en 2023, l'Agora, le forum de discussion des Orvalais, compte plus de 4 000 inscrits. Les sujets les plus "
            f'suivis portent sur le stationnement et les pistes cyclables. <a href="http://{OV_AGORA}/">Rejoindre l\'Agora</a>'),
          decoys={"forum"}),
    ]
    www = Site(OV, "vendor", "Ville d'Orvalès", www_pages,
               menu=[("Accueil", "/"), ("Participation citoyenne", "/ma-ville/participation-citoyenne"), ("Démarches", pub + "/")],
               accounts=[social("facebook", "VilleOrvales"), social("instagram", "orvales"), social("linkedin", "ville-d-orvales")],
               address="Hôtel de ville, place Pey-Berland, 33000 Orvalès")

    pub_pages = [
        P("/", "Démarches en ligne", m.prose("Vos démarches auprès de la Ville d'Orvalès, 24 h sur 24.")
          + m.items('<a href="/contacter-la-mairie/">Contacter la mairie</a>', '<a href="/deposer-une-idee/">Déposer une idée</a>',
                    '<a href="/interpellation-citoyenne/">Interpellation citoyenne</a>', '<a href="/reserver-une-salle/">Réserver une salle</a>')),
        P("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", "Contacter la mairie",
          [("nom", "Nom", "text"), ("courriel", "Courriel", "email"), ("objet", "Objet", "text")], ("message", "Votre message")),
          {"contact_form"}),
        # an idea form on the e-services portal: free text sent to the city, answering an open call
        P("/deposer-une-idee/", "Déposer une idée - Berges de la Garonne", m.wcs_form("/deposer-une-idee/", "Votre idée pour les berges",
          [("nom", "Nom", "text"), ("courriel", "Courriel", "email"), ("titre", "Titre de l'idée", "text")], ("idee", "Décrivez votre idée")),
          {"suggestion_call", "contact_form"}),
        P("/interpellation-citoyenne/", "Interpellation citoyenne", m.prose(
            "Un collectif de 500 habitants peut demander l'inscription d'une question à l'ordre du jour du conseil municipal. "
            "Déposez votre interpellation ; elle sera ouverte à la signature pendant trois mois.")
          + m.wcs_form("/interpellation-citoyenne/", "Déposer une interpellation",
                       [("titre", "Titre", "text"), ("courriel", "Courriel du premier signataire", "email")], ("expose", "Exposé de la demande"))
          + '<p><a href="/interpellation-citoyenne/">Signer une interpellation en cours</a></p>',
          {"petition"}),
        P("/reserver-une-salle/", "Réserver une salle municipale", m.booking("/reserver-une-salle/", "une salle de quartier",
          ["Matin", "Après-midi", "Soirée"]), decoys={"contact_form"}),
    ]
    publik = Site(OV_PUB, "publik", "Démarches - Ville d'Orvalès", pub_pages,
                  menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")], address="Hôtel de ville d'Orvalès")

    agora_pages = [
        P("/", "L'Agora", m.discourse_topics([
            (34, "stationnement-rue-des-tanneurs", "Stationnement rue des Tanneurs", "Quartiers", 18),
            (41, "piste-cyclable-quai-deschamps", "Piste cyclable quai Deschamps", "Mobilités", 27)])),
        P("/t/stationnement-rue-des-tanneurs/34", "Stationnement rue des Tanneurs", m.discourse_posts([
            ("Claire_B", "12 mars 2025", "Depuis la zone bleue, impossible de se garer le soir pour les riverains."),
            ("Ville_Orvales", "13 mars 2025", "La question sera posée au conseil citoyen de la Bastide le 8 avril.")]), parent=("L'Agora", "/")),
        P("/t/piste-cyclable-quai-deschamps/41", "Piste cyclable quai Deschamps", m.discourse_posts([
            ("velotaf33", "2 mars 2025", "La piste s'arrête net au pont, c'est dangereux."),
            ("Marie-Jo", "3 mars 2025", "D'accord, il faudrait la prolonger jusqu'à la gare.")]), parent=("L'Agora", "/")),
    ]
    agora = Site(OV_AGORA, "discourse", "L'Agora d'Orvalès", agora_pages, features=frozenset({"forum"}))
    return City("99376", "Orvalès", 164_300, "33", "75", "Nouvelle-Aquitaine", f"http://{OV}/", [www, publik, agora])


# ================================================================================================
# 99377 Moselance (Moselle): WordPress city site, a Flarum board, a neighbours' network of one
# district on its own domain.
# ================================================================================================

ML = "www.moselance.fr"
ML_FL = "echanges.moselance.fr"
ML_NET = "www.voisins-citadelle.fr"


def moselance() -> City:
    www_pages = [
        P("/", "Accueil", m.home(
            "Moselance, 151 800 habitants : la ville et ses cinq mairies de quartier.",
            [("/moselance-ensemble/", "Moselance Ensemble"), ("/moselance-ensemble/comites-de-quartier/", "Comités de quartier"),
             ("/moselance-ensemble/budget-participatif/", "Budget participatif"), ("/moselance-ensemble/budget-participatif/vote/", "Voter"),
             ("/moselance-ensemble/echanges/", "Le forum Échanges"), ("/contact/", "Contact"), ("/mon-compte/", "Mon compte"),
             ("/actualites/piscine-du-lac/", "Piscine du Lac")],
            [("/actualites/conseil-des-jeunes/", "Conseil des jeunes : appel à candidatures", "1er mars 2025", "Tu as entre 13 et 17 ans ?"),
             ("/actualites/plateforme-en-test/", "Participation : une nouvelle plateforme à l'étude", "20 février 2025", "Le conseil municipal en débat."),
             ("/actualites/piscine-du-lac/", "Piscine du Lac : on rénove", "10 février 2025", "Quels équipements pour demain ?")])),
        P("/moselance-ensemble/", "Moselance Ensemble", m.prose(
            "Moselance Ensemble, c'est la démarche de participation de la Ville : des comités de quartier dans les cinq "
            "secteurs, un budget participatif annuel, un forum d'échanges entre habitants et des réunions publiques "
            "avant chaque grand chantier.",
            '<a href="/moselance-ensemble/comites-de-quartier/">Comités de quartier</a> · <a href="/moselance-ensemble/budget-participatif/">Budget participatif</a>'
            f' · <a href="http://{ML_NET}/">Voisins de la Citadelle</a>'),
          {"participation_displayed"}),
        P("/moselance-ensemble/comites-de-quartier/", "Les comités de quartier", m.prose(
            "Les comités de quartier de Moselance sont des associations d'habitants reconnues par la Ville. Ils reçoivent une "
            "aide de fonctionnement, sont consultés sur les aménagements et rencontrent chaque trimestre l'adjoint de secteur.",
            "Secteurs : Centre-Citadelle, Pontiffroy, Sablon, Borny, Devant-les-Ponts."), {"participation_displayed"},
          parent=("Moselance Ensemble", "/moselance-ensemble/")),
        P("/moselance-ensemble/budget-participatif/", "Budget participatif « Mon quartier, mes projets » : le règlement", m.prose(
            "Mon quartier, mes projets : 1,5 million d'euros par an pour des projets portés par les habitants. Le "
            "règlement : projets d'investissement, sur l'espace public ou un équipement municipal, d'un coût inférieur à "
            "150 000 euros. Le vote a lieu en ligne et dans les mairies de quartier.",
            '<a href="/moselance-ensemble/budget-participatif/vote/">Voter pour les projets de mon secteur</a>'),
          {"participatory_budget"}, parent=("Moselance Ensemble", "/moselance-ensemble/")),
        P("/moselance-ensemble/budget-participatif/vote/", "Mon quartier, mes projets : je vote", m.prose(
            "Choisissez trois projets dans votre secteur. Un vote par personne, vérifié par courriel.")
          + '<form class="form form-vote-bp" action="/moselance-ensemble/budget-participatif/vote/" method="post"><fieldset><legend>Secteur Sablon</legend>'
            '<label><input type="checkbox" name="projets[]" value="12"> Une aire de jeux rue de Castelnau</label>'
            '<label><input type="checkbox" name="projets[]" value="15"> Des arbres avenue de Strasbourg</label>'
            '<label><input type="checkbox" name="projets[]" value="19"> Une boîte à livres place du Sablon</label></fieldset>'
            '<label for="vote-mail">Courriel</label><input type="email" id="vote-mail" name="email" required><button type="submit">Valider mon vote</button></form>',
          {"participatory_budget"}, parent=("Budget participatif", "/moselance-ensemble/budget-participatif/")),
        P("/moselance-ensemble/echanges/", "Échanges, le forum des Moselançais", m.prose(
            "Le forum Échanges permet aux habitants de discuter entre eux de la vie locale. Les agents de la Ville y "
            f'répondent aux questions. <a href="http://{ML_FL}/">Accéder au forum</a>'),
          decoys={"forum"}, parent=("Moselance Ensemble", "/moselance-ensemble/")),
        P("/actualites/piscine-du-lac/", "Piscine du Lac : on rénove", m.with_aside(
            m.prose("La piscine du Lac fermera de septembre à juin pour rénovation. Quels équipements souhaitez-vous ?")
            + m.wp_comments([("Delphine", "11 février 2025", "Un bassin pour les bébés nageurs, s'il vous plaît !")], 901),
            m.wp_polls(3, "Quel équipement prioritaire pour la piscine du Lac ?", ["Un toboggan", "Un bassin nordique", "Un espace bien-être"])),
          {"poll", "comments"}),
        # recruitment to a youth council: a call for candidates, not for ideas, but it presents a participatory body
        P("/actualites/conseil-des-jeunes/", "Conseil des jeunes : appel à candidatures", m.prose(
            "Le conseil moselançais des jeunes se renouvelle. Il permet aux 13-17 ans de débattre, de monter des projets et "
            "de donner leur avis aux élus. Candidatures jusqu'au 4 avril, dossier à retirer en mairie de quartier."),
          {"participation_displayed"}, decoys={"suggestion_call"}),
        P("/actualites/plateforme-en-test/", "Participation : une nouvelle plateforme à l'étude", m.prose(
            "Le conseil municipal a débattu de l'achat d'une plateforme de participation en ligne. Plusieurs solutions, "
            "dont Decidim et Cap Collectif, sont à l'étude ; un choix sera fait à l'automne.") + m.wp_comments_closed(),
          decoys={"participatory_platform", "comments"}),
        P("/contact/", "Contact", m.prose("Hôtel de ville, 1 place d'Armes. Du lundi au vendredi, 8 h 30 - 17 h.") + m.cf7("/contact/", 55),
          {"contact_form"}),
        P("/mon-compte/", "Mon compte", m.prose("Connectez-vous à votre espace citoyen pour suivre vos demandes.") + m.login("/mon-compte/"),
          decoys={"contact_form"}),
    ]
    www = Site(ML, "wordpress", "Ville de Moselance", www_pages,
               menu=[("Accueil", "/"), ("Moselance Ensemble", "/moselance-ensemble/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "moselance"), social("youtube", "VilleDeMoselance")],
               address="Hôtel de ville, 1 place d'Armes, 57000 Moselance")

    fl_pages = [
        P("/", "Échanges", m.flarum_list([(12, "eclairage-rue-mazelle", "Éclairage rue Mazelle"),
                                          (15, "marche-du-sablon-le-dimanche", "Marché du Sablon le dimanche ?")])),
        P("/d/12-eclairage-rue-mazelle", "Éclairage rue Mazelle", m.flarum_posts([
            ("Nathalie", "Trois lampadaires en panne depuis janvier, c'est signalé ?"),
            ("Moderation_Ville", "Oui, intervention prévue la semaine prochaine.")]), parent=("Échanges", "/")),
        P("/d/15-marche-du-sablon-le-dimanche", "Marché du Sablon le dimanche ?", m.flarum_posts([
            ("Bertrand", "Qui serait pour un marché le dimanche matin au Sablon ?"), ("Inès", "Moi ! Et avec des producteurs locaux.")]),
          parent=("Échanges", "/")),
    ]
    fl = Site(ML_FL, "flarum", "Échanges - Moselance", fl_pages, features=frozenset({"forum"}))

    net_pages = [
        P("/", "Voisins de la Citadelle", m.prose("Le réseau des voisins du quartier Centre-Citadelle, soutenu par la Ville de Moselance.")
          + m.community_feed([("Annie", "rue des Clercs", "Entraide", "Je cherche quelqu'un pour promener mon chien le mardi."),
                              ("Sylvain", "place Saint-Jacques", "Prêt", "Je prête une remorque pour vélo.")])
          + '<p><a href="/groupes/jardin-partage">Groupe : jardin partagé</a></p>'),
        P("/groupes/jardin-partage", "Groupe : jardin partagé", m.community_feed([
            ("Élodie", "rue Taison", "Jardin", "Distribution de plants de tomates samedi à 10 h.")]), parent=("Voisins de la Citadelle", "/")),
    ]
    net = Site(ML_NET, "community", "Voisins de la Citadelle", net_pages, menu=[("Fil", "/")],
               features=frozenset({"territorial_social_network"}))
    return City("99377", "Moselance", 151_800, "57", "44", "Grand Est", f"http://{ML}/", [www, fl, net])


# ================================================================================================
# 99378 Angevière (Loire-Atlantique): a vendor CMS, the northern sector's mairie on Joomla,
# Cap Collectif on a city subdomain (petitions, a budget by sector, a questionnaire).
# ================================================================================================

AG = "www.angeviere.fr"
AG_NORD = "mairie-nord.angeviere.fr"
AG_CAP = "jeparticipe.angeviere.fr"


def angeviere() -> City:
    cap = f"http://{AG_CAP}"
    www_pages = [
        P("/", "Accueil", m.home(
            "Angevière, 221 000 habitants, cinq secteurs et leurs mairies annexes.",
            [("/democratie-participative", "Démocratie participative"), ("/democratie-participative/conseils-de-quartier", "Conseils de quartier"),
             ("/democratie-participative/petitions", "Pétitions"), ("/contact", "Contact"), ("/agenda/forum-emploi", "Forum emploi"),
             ("/actualites/plu-enquete-publique", "Enquête publique PLU"), (f"http://{AG_NORD}/", "Mairie annexe Nord"), (cap + "/", "Je participe")],
            [("/actualites/nouveau-site-participatif", "Un nouveau site pour participer", "15 janvier 2025", "jeparticipe.angeviere.fr est en ligne."),
             ("/actualites/plu-enquete-publique", "PLU : enquête publique", "3 mars 2025", "Du 10 mars au 11 avril."),
             ("/agenda/forum-emploi", "Forum emploi et alternance", "28 février 2025", "Le 20 mars à la Cité des congrès.")])),
        P("/democratie-participative", "Démocratie participative", m.prose(
            "Angevière associe ses habitants aux décisions à travers onze conseils de quartier, des ateliers citoyens, le "
            "budget participatif des quartiers et le droit de pétition. La plateforme jeparticipe.angeviere.fr rassemble "
            "les démarches en ligne.")
          + m.items('<a href="/democratie-participative/conseils-de-quartier">Conseils de quartier</a>',
                    '<a href="/democratie-participative/petitions">Droit de pétition</a>', f'<a href="{cap}/">Je participe</a>'),
          {"participation_displayed"}),
        P("/democratie-participative/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Onze conseils de quartier, répartis dans les cinq secteurs, sont ouverts à tous. Ils se réunissent en "
            "plénière deux fois par an et en groupes de travail tout au long de l'année.",
            "Chaque conseil est animé par un binôme habitant-élu et dispose d'un budget d'initiative de 5 000 euros."),
          {"participation_displayed"}, parent=("Démocratie participative", "/democratie-participative")),
        P("/democratie-participative/petitions", "Le droit de pétition", m.prose(
            "Toute pétition signée par 1 % des habitants de plus de seize ans est examinée en conseil municipal. "
            f'Déposez ou signez une pétition sur <a href="{cap}/project/petitions/collect/petitions">jeparticipe.angeviere.fr</a>.'),
          {"petition"}, parent=("Démocratie participative", "/democratie-participative")),
        P("/actualites/nouveau-site-participatif", "Un nouveau site pour participer", m.prose(
            "Depuis le 15 janvier, la Ville utilise une plateforme Cap Collectif pour ses consultations, son budget "
            "participatif et ses pétitions. Les comptes créés sur l'ancien site doivent être recréés.")
          + m.share(f"http://{AG}/actualites/nouveau-site-participatif", "Nouveau site"),
          decoys={"participatory_platform"}),
        P("/actualites/plu-enquete-publique", "PLU : enquête publique", m.prose(
            "L'enquête publique sur la modification n° 4 du plan local d'urbanisme se déroule du 10 mars au 11 avril. "
            "Le commissaire enquêteur tient des permanences en mairie centrale et en mairies annexes.",
            "Le registre d'observations est ouvert aux heures d'ouverture de la mairie."),
          decoys={"participation_displayed"}),
        P("/agenda/forum-emploi", "Forum emploi et alternance", m.prose(
            "Forum emploi et alternance le jeudi 20 mars, de 9 h à 17 h, à la Cité des congrès : 120 employeurs, des "
            "ateliers CV et des conférences."), decoys={"forum"}),
        P("/contact", "Contact", m.prose("Mairie centrale, 29 rue de Strasbourg.")
          + m.agency_form("/contact", [("nom", "Nom *", "text"), ("email", "Courriel *", "email"), ("objet", "Objet", "text")]),
          {"contact_form"}),
    ]
    www = Site(AG, "vendor", "Ville d'Angevière", www_pages,
               menu=[("Accueil", "/"), ("Démocratie participative", "/democratie-participative"), ("Contact", "/contact")],
               accounts=[social("facebook", "angeviere"), social("instagram", "villeangeviere"), social("linkedin", "ville-d-angeviere")],
               address="Mairie centrale, 29 rue de Strasbourg, 44000 Angevière")

    nord_pages = [
        P("/", "Mairie annexe Nord", m.home(
            "La mairie annexe du secteur Nord accueille les habitants d'Erdre, Boissière et Petit-Port.",
            [("/index.php/conseils-de-quartier", "Conseils de quartier du secteur"), ("/index.php/permanences-elus", "Permanences"),
             ("/index.php/budget-du-secteur", "Budget du secteur"), (f"http://{AG}/", "Ville d'Angevière"), (cap + "/", "Je participe")],
            [("/index.php/conseils-de-quartier", "Plénière du conseil de quartier Erdre", "2 mars 2025", "Le 9 avril à 19 h."),
             ("/index.php/permanences-elus", "Permanences de l'adjointe de secteur", "1er mars 2025", "Sur rendez-vous."),
             ("/index.php/budget-du-secteur", "Investissements 2025 du secteur", "20 janvier 2025", "Voirie, écoles, parcs.")])),
        P("/index.php/conseils-de-quartier", "Les conseils de quartier du secteur Nord", m.prose(
            "Trois conseils de quartier : Erdre, Boissière et Petit-Port. Leurs plénières sont ouvertes à tous ; la "
            "prochaine, celle d'Erdre, se tient le 9 avril à 19 h à la salle Bonnaire, sur l'aménagement des bords de l'Erdre.",
            "Les comptes rendus sont affichés à la mairie annexe."), {"participation_displayed"}),
        P("/index.php/permanences-elus", "Permanences des élus", m.prose(
            "L'adjointe de secteur reçoit les habitants sur rendez-vous le jeudi de 14 h à 17 h. Prise de rendez-vous à "
            "l'accueil de la mairie annexe ou par téléphone au 02 40 00 00 00."), decoys={"participation_displayed"}),
        P("/index.php/budget-du-secteur", "Les investissements du secteur Nord", m.prose(
            "Le budget primitif 2025 consacre 6,8 millions d'euros au secteur Nord : réfection de la rue de la Patouillerie, "
            "extension de l'école Félix-Thomas, nouveau city-stade à la Boissière."), decoys={"participatory_budget"}),
    ]
    nord = Site(AG_NORD, "joomla", "Mairie annexe Nord - Angevière", nord_pages,
                menu=[("Accueil", "/"), ("Conseils de quartier", "/index.php/conseils-de-quartier")],
                address="Mairie annexe Nord, 2 rue Bonnaire, 44300 Angevière")

    pet = "/project/petitions/collect/petitions"
    cap_pages = [
        P("/", "Je participe - Angevière", m.prose("Consultez, proposez, votez, signez : la participation en ligne à Angevière.")
          + m.items(f'<a href="{pet}">Pétitions</a>', '<a href="/project/budget-des-quartiers/selection/vote">Budget des quartiers : vote</a>',
                    '<a href="/project/budget-des-quartiers/presentation/resultats-2024">Budget des quartiers 2024 : résultats</a>',
                    '<a href="/project/tram-ligne-5/questionnaire/votre-avis">Tram ligne 5 : votre avis</a>')),
        P(pet, "Pétitions", m.prose("Une pétition qui atteint 2 200 signatures est examinée en conseil municipal.")
          + f'<div class="proposal-list"><div class="proposal-preview"><h3><a href="{pet}/proposals/des-toilettes-au-jardin-des-plantes">Des toilettes publiques au jardin des Plantes</a></h3>'
            '<span>1 310 signatures</span></div></div><a href="/login" class="btn btn-primary">Lancer une pétition</a>', {"petition"}),
        P(f"{pet}/proposals/des-toilettes-au-jardin-des-plantes", "Des toilettes publiques au jardin des Plantes", m.prose(
            "Le jardin des Plantes accueille des milliers de visiteurs mais aucune toilette publique n'est ouverte le week-end.")
          + m.petition_sign(f"{pet}/proposals/des-toilettes-au-jardin-des-plantes/sign", "Des toilettes publiques au jardin des Plantes", 1310, 2200),
          {"petition"}, parent=("Pétitions", pet)),
        P("/project/budget-des-quartiers/selection/vote", "Budget des quartiers : vote", m.steps(3, ["Dépôt", "Analyse", "Vote", "Résultats"])
          + m.prose("Votez pour trois projets de votre secteur avant le 15 novembre.")
          + m.project_cards([("Un abri-vélos à la Boissière", "Secteur Nord", "25 000 €", "Soumis au vote"),
                             ("Une fresque sous le pont de la Motte", "Secteur Centre", "18 000 €", "Soumis au vote")]),
          {"participatory_budget"}),
        P("/project/budget-des-quartiers/presentation/resultats-2024", "Budget des quartiers 2024 : résultats", m.prose(
            "En 2024, 14 230 votants ont retenu 22 projets dans les cinq secteurs.")
          + m.project_cards([("Des jeux d'eau à Malakoff", "Secteur Est", "95 000 €", "Lauréat - réalisé")]), {"participatory_budget"}),
        P("/project/tram-ligne-5/questionnaire/votre-avis", "Tram ligne 5 : votre avis", m.questionnaire(
            "/project/tram-ligne-5/questionnaire/votre-avis", "Questionnaire ouvert jusqu'au 20 mai.",
            [("Utiliseriez-vous la ligne 5 ?", ["Oui, souvent", "De temps en temps", "Non"]),
             ("Quel terminus préférez-vous ?", ["Gare Sud", "Rezé-Trois-Moulins"])], cls="questionnaire-form"), {"poll"}),
    ]
    cap_site = Site(AG_CAP, "capcollectif", "Je participe - Angevière", cap_pages, menu=[("Accueil", "/"), ("Pétitions", pet)],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    return City("99378", "Angevière", 221_400, "44", "52", "Pays de la Loire", f"http://{AG}/", [www, nord, cap_site])


def cities():
    return [castelgarde(), lormeval(), pontgirard(), marsenne(), brestanne(), orvales(), moselance(), angeviere()]


def hosts():
    return {}
