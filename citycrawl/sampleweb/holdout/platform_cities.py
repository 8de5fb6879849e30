"""Holdout cities whose participation happens on a platform: Decidim, CONSUL Democracy, Cap Collectif, Go Vocal,
Make.org, a white-label platform on the city's own host, a phpBB board and a neighbours' network.

Each platform component is a codebook feature (proposals: suggestion_call; budgets: participatory_budget;
surveys and polls: poll; debates: forum; initiatives: petition; comments under a proposal: comments).
Routes follow each software's own (Decidim /processes/<slug>/f/<id>/..., CONSUL /debates, /proposals,
/budgets/<id>/investments, /polls/<id>, /legislation/processes/<id>; Cap Collectif /project/<slug>/<step type>/<step>;
Go Vocal /fr-FR/projects/<slug>, /fr-FR/ideas/<slug>).
"""
from ..site import Site, page, social
from . import markup as m
from .common import SERVICES, city, home, service_pages, with_decoys

PLATFORM = frozenset({"participatory_platform"})


def _cards(items, cls):
    """A list of platform cards: (title, href, meta)."""
    return "".join(f'<div class="{cls}"><a class="{cls}__link" href="{h}"><h3 class="{cls}__title">{t}</h3></a>'
                   f'<div class="{cls}__metadata">{meta}</div></div>' for t, h, meta in items)


def _platform_comments(action, existing, field="comment[body]"):
    items = "".join(f'<div class="comment"><p class="comment__author">{who}</p><div class="comment__content"><p>{text}</p></div></div>'
                    for who, text in existing)
    return (f'<section id="comments" class="comments"><h2 class="comments__title">{len(existing)} commentaires</h2>{items}'
            f'<form class="new_comment" action="{action}" method="post"><label for="add-comment">Ajouter un commentaire</label>'
            f'<textarea id="add-comment" name="{field}" rows="4" maxlength="1000"></textarea>'
            f'<button type="submit" class="button">Publier le commentaire</button></form></section>')


def montaigut():
    """Decidim: proposals, budgets, a survey, debates, initiatives, a proposal's comments; the city site's own page."""
    name = "Montaigut-sur-Save"
    host = "participer.montaigut-sur-save.fr"
    www = Site("www.montaigut-sur-save.fr", "wordpress", f"Ville de {name}", menu=[
        ("Montaigut participe", "/montaigut-participe/"), ("La plateforme", f"http://{host}/")] + SERVICES,
        accounts=[social("facebook", "montaigutsursave"), social("x", "MontaigutSave")], pages=[
        page("/", "Accueil", home(name, "Ville de 16 500 habitants sur les bords de la Save.", SERVICES,
                                  news=[("Budget participatif : c'est parti !", "2 avril 2025",
                                         "Déposez vos projets sur la plateforme participer.montaigut-sur-save.fr.")])),
        page("/montaigut-participe/", "Montaigut participe",
             m.prose("La ville a ouvert sa plateforme de participation en 2023. On y dépose des propositions, on y vote "
                     "le budget participatif, on y débat au sein du conseil des jeunes et on y lance des initiatives "
                     "citoyennes qui, avec 500 soutiens, sont examinées par le conseil municipal.",
                     "Des permanences en mairie aident celles et ceux qui ne sont pas à l'aise avec le numérique.",
                     f'<a href="http://{host}/">Rejoindre la plateforme</a>'), {"participation_displayed"}),
        *service_pages(name),
    ])
    p = "/processes/coeur-de-ville"
    decidim = Site(host, "decidim", f"Participer à {name}", features=PLATFORM, platforms=frozenset({"decidim"}), menu=[
        ("Processus", "/processes"), ("Débats des jeunes", "/assemblies/conseil-jeunes/f/21/debates"), ("Initiatives", "/initiatives")], pages=[
        page("/", "Accueil", '<section class="hero"><h2>Construisons Montaigut ensemble</h2></section>'
             + _cards([("Cœur de ville", p, "Phase 2 sur 4 : propositions"),
                       ("Budget participatif 2025", "/processes/bp-2025/f/12/budgets/3/projects", "Vote jusqu'au 30 juin")], "card__list")),
        page("/processes", "Processus participatifs",
             _cards([("Cœur de ville", p, "Propositions"), ("Budget participatif 2025", "/processes/bp-2025/f/12/budgets/3/projects", "Vote"),
                     ("Mobilités douces", "/processes/mobilites/f/15/", "Questionnaire")], "card__list")),
        page(p, "Cœur de ville", m.prose("Réaménagement de la place de la Halle et des rues commerçantes. "
                                          "Étape actuelle : dépôt de propositions, jusqu'au 15 juin.",
                                          f'<a href="{p}/f/7/proposals">Voir les propositions</a>')
             + '<a class="button" href="/users/sign_in">Nouvelle proposition</a>',
             {"suggestion_call"}),
        page(f"{p}/f/7/proposals", "Propositions",
             '<div class="proposal-list">' + _cards([
                 ("Une fontaine à boire place de la Halle", f"{p}/f/7/proposals/41", "12 soutiens · 3 commentaires"),
                 ("Plus d'arbres rue Gambetta", "/users/sign_in", "30 soutiens · 7 commentaires")], "card__list")
             + '</div><a class="button" href="/users/sign_in">Nouvelle proposition</a>',
             {"suggestion_call"}, parent=("Cœur de ville", p)),
        page(f"{p}/f/7/proposals/41", "Une fontaine à boire place de la Halle",
             m.prose("L'été, la place est écrasée de soleil. Une fontaine serait utile aux enfants et aux cyclistes.")
             + '<div class="proposal__aside"><span class="progress-bar__number">12</span> soutiens '
               '<button class="button" data-supports>Soutenir</button></div>'
             + _platform_comments("/comments", [("Hélène", "Bonne idée, avec un robinet bas pour les chiens."),
                                                ("Paul", "Et un point d'ombre à côté ?")]),
             {"suggestion_call", "comments"}, parent=("Propositions", f"{p}/f/7/proposals")),
        page("/processes/bp-2025/f/12/budgets/3/projects", "Budget participatif 2025 : votez",
             m.prose("Vous disposez de 80 000 € à répartir entre les projets de votre choix.")
             + '<div class="budget-summary"><div class="budget-summary__progressbar"></div>'
               '<span>Budget attribué : 0 € sur 80 000 €</span></div>'
             + _cards([("Skatepark du Ramier", "/users/sign_in", "45 000 €"),
                       ("Jardin partagé des Carrières", "/users/sign_in", "18 000 €")],
                      "budget-list__item"), {"participatory_budget"}),
        page("/processes/mobilites/f/15/", "Questionnaire : vos déplacements",
             '<form class="answer-questionnaire" method="post" action="/processes/mobilites/f/15/answer">'
             '<div class="questionnaire-question"><p>1. Comment venez-vous au centre-ville ?</p>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="voiture"> En voiture</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="velo"> À vélo</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="pied"> À pied</label></div>'
             '<div class="questionnaire-question"><p>2. Qu\'est-ce qui vous ferait prendre le vélo ?</p>'
             '<textarea name="questionnaire[responses][1][body]"></textarea></div>'
             '<button type="submit" class="button">Envoyer</button></form>', {"poll"}),
        page("/assemblies/conseil-jeunes/f/21/debates", "Débats du conseil des jeunes",
             _cards([("Quels horaires pour le local jeunes ?", "/users/sign_in", "14 commentaires"),
                     ("Un festival en septembre ?", "/users/sign_in", "9 commentaires")],
                    "card__list") + '<a class="button" href="/users/sign_in">Nouveau débat</a>',
             {"forum"}),
        page("/initiatives", "Initiatives citoyennes",
             m.prose("Une initiative qui rassemble 500 signatures en 90 jours est débattue en conseil municipal.")
             + _cards([("Rouvrir la piscine d'été", "/initiatives/i-4", "<span class=\"progress-bar__number\">342</span>/500 signatures"),
                       ("Cantine 100 % bio", "/users/sign_in", "<span class=\"progress-bar__number\">511</span>/500 signatures")],
                      "card__list") + '<a class="button" href="/users/sign_in">Lancer une initiative</a>',
             {"petition"}),
        page("/initiatives/i-4", "Rouvrir la piscine d'été",
             m.prose("Nous demandons la réouverture du bassin extérieur en juillet et août.")
             + '<div class="initiative__aside"><span class="progress-bar__number">342</span> / 500 signatures'
               '<form action="/initiatives/i-4/initiative_signatures" method="post"><button class="button">Signer</button></form></div>',
             {"petition"}, parent=("Initiatives", "/initiatives")),
    ])
    return city("98110", name, 16480, "31", [www, decidim])


def brehan():
    """CONSUL Democracy: debates, proposals, budget investments, an open poll and an expired one, a legislation draft."""
    name = "Bréhan-la-Forge"
    host = "decidons.brehan-la-forge.fr"
    www = Site("www.brehan-la-forge.fr", "typo3", f"Ville de {name}", menu=[
        ("Décidons ensemble", f"http://{host}/")] + SERVICES,
        accounts=[social("facebook", "brehanlaforge"), social("youtube", "brehanlaforge")], pages=[
        page("/", "Accueil", home(name, "Ville de 24 000 habitants, au pays des forges.",
                                  [("Décidons ensemble : la plateforme citoyenne", f"http://{host}/")] + SERVICES)),
        *service_pages(name),
    ])
    consul = Site(host, "consul", "Décidons ensemble", features=PLATFORM, platforms=frozenset({"consul"}), menu=[
        ("Débats", "/debates"), ("Propositions", "/proposals"), ("Budgets participatifs", "/budgets"),
        ("Votations", "/polls"), ("Législation collaborative", "/legislation/processes/2/draft_versions/4")], pages=[
        page("/", "Accueil", m.prose("Débattez, proposez, votez : la plateforme de participation de Bréhan-la-Forge.")),
        page("/debates", "Débats",
             _cards([("Faut-il piétonniser la rue des Forges ?", "/debates/17", "23 commentaires · 41 votes"),
                     ("Les chiens dans les parcs", "/users/sign_in", "8 commentaires")], "debate")
             + '<a class="button expanded" href="/users/sign_in">Lancer un débat</a>', {"forum"}),
        page("/debates/17", "Faut-il piétonniser la rue des Forges ?",
             m.prose("Les commerçants sont partagés, les riverains aussi. Qu'en pensez-vous ?")
             + '<div class="votes"><a class="like" href="/users/sign_in">Je suis d\'accord</a>'
               '<a class="unlike" href="/users/sign_in">Je ne suis pas d\'accord</a></div>'
             + _platform_comments("/comments", [("Yann", "Oui, le samedi seulement."), ("Sophie", "Non, pensez aux livraisons.")]),
             {"forum"}, parent=("Débats", "/debates")),
        page("/proposals", "Propositions citoyennes",
             m.prose("Une proposition qui recueille 1 % de soutiens parmi les habitants est soumise au vote.")
             + _cards([("Un composteur par quartier", "/users/sign_in", "215 soutiens"),
                       ("Gratuité des bus le samedi", "/users/sign_in", "402 soutiens")], "proposal")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>', {"suggestion_call"}),
        page("/budgets", "Budgets participatifs",
             m.prose("Budget participatif 2025 : 300 000 € pour les projets des habitants. Phase : vote final.")
             + '<a class="button" href="/budgets/2/investments">Voir les projets</a>', {"participatory_budget"}),
        page("/budgets/2/investments", "Projets d'investissement",
             _cards([("Rénover le terrain de basket", "/users/sign_in", "32 000 € · 118 votes"),
                     ("Une boîte à dons au marché", "/users/sign_in", "4 500 € · 77 votes")], "budget-investment")
             + '<div class="ballot"><h3>Mon vote</h3><p>Il vous reste 300 000 € à dépenser.</p></div>',
             {"participatory_budget"}, parent=("Budgets participatifs", "/budgets")),
        page("/polls", "Votations", _cards([("Le nom de la future médiathèque", "/polls/5", "En cours jusqu'au 20 juin"),
                                            ("Horaires d'été des parcs (2023)", "/polls/3", "Terminée")], "poll"),
             {"poll"}),
        page("/polls/5", "Le nom de la future médiathèque",
             '<form class="poll-question-form" action="/polls/5/answers" method="post"><fieldset><legend>Quel nom choisir ?</legend>'
             '<label><input type="radio" name="answer" value="Colette"> Colette</label>'
             '<label><input type="radio" name="answer" value="Les Forges"> Les Forges</label>'
             '<label><input type="radio" name="answer" value="Jules-Verne"> Jules-Verne</label></fieldset>'
             '<button class="button" type="submit">Voter</button></form>', {"poll"}, parent=("Votations", "/polls")),
        page("/polls/3", "Horaires d'été des parcs (2023)",
             m.prose("Cette votation est terminée. Résultats :")
             + '<table class="poll-results"><tr><th>Fermeture à 21 h</th><td>61 %</td></tr>'
               '<tr><th>Fermeture à 22 h</th><td>39 %</td></tr></table><p>1 204 participants.</p>',
             decoys={"poll"}, parent=("Votations", "/polls")),
        page("/legislation/processes/2/draft_versions/4", "Projet de charte de la vie nocturne",
             '<div class="legislation-draft"><h2>Article 1</h2><p>Les terrasses ferment à minuit du dimanche au jeudi.</p>'
             '<h2>Article 2</h2><p>Un médiateur de nuit est joignable les vendredis et samedis.</p></div>'
             + _platform_comments("/legislation/processes/2/draft_versions/4/annotations",
                                  [("Marc", "Minuit le jeudi, c'est tôt pour les bars du port.")], "legislation_annotation[text]"),
             {"comments"}),
    ])
    return city("98111", name, 24150, "56", [www, consul])


def saint_jory():
    """Cap Collectif: a questionnaire step, an ideas collection step, a participatory budget's collect and vote steps."""
    name = "Saint-Jory-les-Étangs"
    host = "jeparticipe.saint-jory-les-etangs.fr"
    www = Site("www.saint-jory-les-etangs.fr", "spip", name, menu=[("Je participe", f"http://{host}/")] + SERVICES,
               accounts=[social("facebook", "saintjorylesetangs")], pages=[
        page("/", "Accueil", home(name, "Entre étangs et vignes, 6 900 habitants.", SERVICES,
                                  news=[("Plan climat : répondez au questionnaire", "15 avril 2025",
                                         f"Le questionnaire est en ligne sur {host}.")])),
        *service_pages(name),
    ])
    plan, bp = "/project/plan-climat-local", "/project/budget-participatif-2025"
    capco = Site(host, "capcollectif", f"Je participe – {name}", features=PLATFORM,
                 platforms=frozenset({"cap_collectif"}), menu=[("Projets", "/projects"), ("Vos idées climat", "/project/plan-climat-local/collect/vos-idees"),
                 ("Vote du budget", "/project/budget-participatif-2025/selection/vote")], pages=[
        page("/", "Accueil", _cards([("Plan climat local", f"{plan}/questionnaire/votre-avis", "Questionnaire en cours"),
                                     ("Budget participatif 2025", f"{bp}/collect/depot-des-projets", "Dépôt des projets")],
                                    "project-preview")),
        page("/projects", "Tous les projets", _cards([("Plan climat local", f"{plan}/questionnaire/votre-avis", "2 étapes"),
                                                      ("Budget participatif 2025", f"{bp}/collect/depot-des-projets", "3 étapes")],
                                                     "project-preview")),
        page(f"{plan}/questionnaire/votre-avis", "Plan climat local : votre avis",
             '<div class="questionnaire-step"><form id="reply-form" method="post">'
             '<div class="form-group"><p class="control-label">Quelle priorité pour la commune ?</p>'
             '<label><input type="radio" name="responses[0]" value="1"> Isoler les bâtiments publics</label>'
             '<label><input type="radio" name="responses[0]" value="2"> Développer les pistes cyclables</label>'
             '<label><input type="radio" name="responses[0]" value="3"> Planter des arbres</label></div>'
             '<div class="form-group"><label for="r1">Un commentaire ?</label><textarea id="r1" name="responses[1]"></textarea></div>'
             '<button type="submit" class="btn btn-primary">Envoyer ma réponse</button></form></div>', {"poll"}),
        page(f"{plan}/collect/vos-idees", "Plan climat local : vos idées",
             m.prose("Partagez vos idées d'actions pour le climat à l'échelle de la commune.")
             + _cards([("Des ombrières photovoltaïques au parking du stade", "/login", "17 votes")],
                      "proposal-preview") + '<button class="btn btn-primary">Déposer une idée</button>',
             {"suggestion_call"}),
        page(f"{bp}/collect/depot-des-projets", "Budget participatif 2025 : dépôt des projets",
             m.prose("150 000 € pour les projets des habitants. Déposez le vôtre jusqu'au 31 mai.")
             + '<button class="btn btn-primary">Déposer un projet</button>', {"participatory_budget"}),
        page(f"{bp}/selection/vote", "Budget participatif 2025 : vote",
             _cards([("Une aire de pique-nique au bord de l'étang", "/login", "12 000 € · Voter"),
                     ("Un atelier de réparation de vélos", "/login", "8 500 € · Voter")], "proposal-preview"),
             {"participatory_budget"}),
    ])
    return city("98112", name, 6930, "11", [www, capco])


def aubignac():
    """Go Vocal: an ideation project, an idea with comments, a budget project, a survey; a Make.org consultation embed."""
    name = "Aubignac"
    host = "participation.aubignac.fr"
    www = Site("www.aubignac.fr", "drupal", f"Ville d'{name}", menu=[
        ("Participer", f"http://{host}/fr-FR/"), ("Grande consultation", "/grande-consultation")] + SERVICES,
        accounts=[social("instagram", "villedaubignac")], pages=[
        page("/", "Accueil", home(name, "Ville de 31 000 habitants.", SERVICES)),
        page("/grande-consultation", "Grande consultation : comment mieux vivre ensemble à Aubignac ?",
             m.prose("Avec Make.org, la ville pose une question à tous ses habitants. Proposez, votez sur les "
                     "propositions des autres : les plus soutenues seront mises en œuvre en 2026.")
             + m.iframe("https://make.org/FR/consultation/aubignac-vivre-ensemble/selection", "Consultation Make.org", 900),
             {"suggestion_call", "participatory_platform"}, platforms={"make_org"}),
        *service_pages(name),
    ])
    govocal = Site(host, "govocal", f"Participation {name}", features=PLATFORM, platforms=frozenset({"go_vocal"}), redirects={"/": "/fr-FR/"},
                   menu=[("Projets", "/fr-FR/projects")], pages=[
        page("/fr-FR/", "Accueil", _cards([("Pistes cyclables", "/fr-FR/projects/pistes-cyclables", "Idées"),
                                           ("Budget des quartiers", "/fr-FR/projects/budget-des-quartiers", "Vote")],
                                          "e2e-project-card")),
        page("/fr-FR/projects", "Projets", _cards([("Pistes cyclables", "/fr-FR/projects/pistes-cyclables", "Idées"),
                                                   ("Propreté", "/fr-FR/projects/proprete/survey", "Enquête")], "e2e-project-card")),
        page("/fr-FR/projects/pistes-cyclables", "Pistes cyclables : vos idées",
             m.prose("Où manque-t-il une piste ? Partagez vos idées et votez pour celles des autres.")
             + _cards([("Un parking vélo à la gare", "/fr-FR/ideas/un-parking-velo-a-la-gare", "27 votes")], "e2e-idea-card")
             + '<a id="e2e-idea-button" href="/fr-FR/ideas/un-parking-velo-a-la-gare">Soumettre une idée</a>',
             {"suggestion_call"}),
        page("/fr-FR/ideas/un-parking-velo-a-la-gare", "Un parking vélo à la gare",
             m.prose("Un abri sécurisé de 40 places éviterait les vols.")
             + _platform_comments("/fr-FR/ideas/un-parking-velo-a-la-gare/comments",
                                  [("Léa", "Oui, et couvert !")]), {"suggestion_call", "comments"}),
        page("/fr-FR/projects/budget-des-quartiers", "Budget des quartiers",
             m.prose("Répartissez 200 000 € entre les projets de votre quartier.")
             + _cards([("Éclairage du square Pasteur", "/fr-FR/projects/budget-des-quartiers", "15 000 €")],
                      "e2e-budgeting-idea-card") + '<button id="e2e-voting-submit-button">Valider mon panier</button>',
             {"participatory_budget"}),
        page("/fr-FR/projects/proprete/survey", "Enquête propreté",
             '<form id="e2e-survey-form"><p>Êtes-vous satisfait(e) de la propreté de votre rue ?</p>'
             '<label><input type="radio" name="q1" value="1"> Très satisfait(e)</label>'
             '<label><input type="radio" name="q1" value="2"> Plutôt satisfait(e)</label>'
             '<label><input type="radio" name="q1" value="3"> Pas satisfait(e)</label>'
             '<button type="submit">Envoyer</button></form>', {"poll"}),
    ])
    return city("98113", name, 31200, "51", [www, govocal])


def coursan():
    """A white-label platform on the city's own host (no known software named): ideas, a vote, a budget."""
    name = "Coursan-les-Vignes"
    host = "laparole.coursan-les-vignes.fr"
    www = Site("www.coursan-les-vignes.fr", "vendor", f"Ville de {name}", menu=[
        ("La Parole aux Coursannais", f"http://{host}/")] + SERVICES,
        accounts=[social("facebook", "coursanlesvignes")], pages=[
        page("/", "Accueil", home(name, "Ville viticole de 11 000 habitants.",
                                  [("La Parole aux Coursannais", f"http://{host}/")] + SERVICES)),
        *service_pages(name),
    ])
    own = Site(host, "vendor", "La Parole aux Coursannais", features=PLATFORM, platforms=frozenset({"custom"}), menu=[
        ("Idées", "/idees"), ("Consultations", "/consultations"), ("Budget participatif", "/budget-participatif")], pages=[
        page("/", "La Parole aux Coursannais",
             m.prose("Votre espace pour proposer, donner votre avis et voter sur les projets de la ville. "
                     "Créez un compte avec votre adresse à Coursan pour participer.")
             + _cards([("Idées", "/idees", "128 idées"), ("Consultations", "/consultations", "1 en cours")], "tile")),
        page("/idees", "Les idées des habitants",
             _cards([("Une navette le jour du marché", "/idees/213", "41 « j'aime »")], "idea-tile")
             + '<a class="cta" href="/idees/213">Je propose une idée</a>', {"suggestion_call"}),
        page("/idees/213", "Une navette le jour du marché",
             m.prose("Les hameaux sont loin du centre ; une navette le mercredi matin aiderait les aînés.")
             + _platform_comments("/idees/213/reactions", [("Gisèle", "Ma mère en aurait bien besoin.")], "reaction"),
             {"suggestion_call", "comments"}, parent=("Idées", "/idees")),
        page("/consultations", "Consultations", _cards([("Réaménagement du marché", "/consultations/marche", "Jusqu'au 15 juin")],
                                                       "tile")),
        page("/consultations/marche", "Réaménagement du marché : votre avis",
             m.questionnaire("/consultations/marche", [("Où installer le marché ?", ["Place Jean-Jaurès", "Promenade"]),
                                                       ("Quel jour ?", ["Mercredi", "Samedi", "Dimanche"])]), {"poll"},
             parent=("Consultations", "/consultations")),
        page("/budget-participatif", "Budget participatif",
             m.prose("100 000 € par an pour les projets des Coursannais : dépôt en février, vote en avril.")
             + '<a class="cta" href="/consultations">Déposer un projet</a>', {"participatory_budget"}),
    ])
    return city("98114", name, 11020, "11", [www, own])


def pradelles():
    """A branded participation page, a phpBB board reached through its login and posting pages, a neighbours' network
    presented on the city site and its own site."""
    name = "Pradelles-sur-Dore"
    www = Site("www.pradelles-sur-dore.fr", "spip", name, menu=[
        ("Pradelles participe", "/spip.php?article12"), ("Le forum des habitants", "http://forum.pradelles-sur-dore.fr/"),
        ("Entre voisins", "/spip.php?article19")] + SERVICES,
        accounts=[social("facebook", "pradellessurdore")], pages=[
        page("/", "Accueil", home(name, "Petite ville de 4 700 habitants au pied des monts.", SERVICES)),
        page("/spip.php?article12", "Pradelles participe",
             m.prose("Pradelles participe regroupe tout ce qui permet aux habitants de peser sur les décisions : "
                     "assemblées de hameau deux fois par an, commission extra-municipale du cadre de vie, "
                     "forum des habitants en ligne, questions écrites au maire publiées avec leur réponse.",
                     "La charte adoptée en 2022 fixe les engagements de la municipalité : informer avant de décider, "
                     "répondre à chaque contribution, rendre compte chaque année."), {"participation_displayed"}),
        page("/spip.php?article19", "Entre voisins : le réseau des habitants de Pradelles",
             m.prose("Entre voisins est un réseau social de proximité réservé aux habitants de la commune, lancé avec "
                     "la mairie. Annonces de prêt et de don, entraide, covoiturage, événements des quartiers.",
                     "Comment s'inscrire ? Rendez-vous sur le site du réseau, créez un compte avec votre adresse ; "
                     "un voisin référent valide votre inscription.",
                     '<a href="http://voisins.pradelles-sur-dore.fr/">Rejoindre Entre voisins</a>'),
             {"territorial_social_network"}),
        *service_pages(name),
    ])
    board = Site("forum.pradelles-sur-dore.fr", "phpbb", "Forum des habitants de Pradelles", features=frozenset({"forum"}), pages=[
        page("/", "Index du forum",
             '<div class="forabg"><ul class="topiclist forums"><li class="row"><dl class="row-item forum_read"><dt>'
             '<a href="/viewforum.php?f=2" class="forumtitle">Vie du bourg</a><br>Travaux, commerces, animations</dt>'
             '<dd class="topics">34</dd><dd class="posts">212</dd></dl></li></ul></div>'),
        page("/viewforum.php?f=2", "Vie du bourg",
             '<ul class="topiclist topics"><li class="row bg1"><dl class="row-item topic_read"><dt>'
             '<a href="/viewtopic.php?t=15" class="topictitle">Travaux de la rue Haute</a></dt>'
             '<dd class="posts">12</dd></dl></li></ul><a href="/posting.php?mode=post&amp;f=2" class="button">Nouveau sujet</a>'),
        page("/viewtopic.php?t=15", "Travaux de la rue Haute",
             '<div class="post bg2"><div class="postbody"><p class="author">par <strong>Bernadette</strong></p>'
             '<div class="content">Quelqu\'un sait combien de temps la rue sera fermée ?</div></div></div>'
             '<div class="post bg1"><div class="postbody"><p class="author">par <strong>Thierry</strong></p>'
             '<div class="content">Trois semaines d\'après le panneau.</div></div></div>'
             '<a href="/posting.php?mode=reply&amp;t=15" class="button">Répondre</a>'),
        page("/posting.php?mode=post&f=2", "Poster un nouveau sujet",
             '<form id="postform" method="post" action="/posting.php?mode=post&amp;f=2"><p>Vous devez être connecté pour '
             'publier. <a href="/ucp.php?mode=login">Connexion</a></p></form>'),
        page("/posting.php?mode=reply&t=15", "Répondre",
             '<form id="postform" method="post" action="/posting.php?mode=reply&amp;t=15"><p>Vous devez être connecté pour '
             'répondre. <a href="/ucp.php?mode=login">Connexion</a></p></form>'),
    ])
    network = Site("voisins.pradelles-sur-dore.fr", "community", "Entre voisins – Pradelles",
                   features=frozenset({"territorial_social_network"}), pages=[
        page("/", "Entre voisins", m.prose("Le fil de votre quartier : 23 annonces cette semaine.")
             + '<ul class="feed"><li class="post">Prête remorque ce week-end – Les Granges</li>'
               '<li class="post">Chat tigré perdu rue du Moulin</li></ul>'),
    ])
    return city("98115", name, 4710, "43", [www, board, network])


def vaudricourt():
    """A city app on Fluicity presented on the city site, an id-city-style consultation host with a questionnaire and
    an ideas box, a Facebook comments plugin, a news item naming a platform, the city's global accounts page."""
    name = "Vaudricourt-sur-Somme"
    host = "consultation.vaudricourt-sur-somme.fr"
    www = Site("www.vaudricourt-sur-somme.fr", "wordpress", f"Vaudricourt-sur-Somme, ville nature", menu=[
        ("L'appli citoyenne", "/lappli-citoyenne/"), ("Consultations", f"http://{host}/"),
        ("Nous suivre", "/nous-suivre/"), ("Actualités", "/actualites/")] + SERVICES,
        accounts=[social("facebook", "vaudricourtsursomme"), social("instagram", "vaudricourt80")], pages=[
        page("/", "Accueil", home(name, "Au fil de la Somme, 13 400 habitants.", SERVICES)),
        page("/lappli-citoyenne/", "L'appli citoyenne",
             m.prose("La ville a son espace sur Fluicity, l'application de participation : suivez les projets, "
                     "répondez aux sondages de la mairie, signalez un problème, proposez vos idées.",
                     "Téléchargez l'application et choisissez Vaudricourt-sur-Somme, ou participez depuis votre ordinateur :",
                     "Dans l'application, recherchez « Vaudricourt-sur-Somme » : l'espace de la ville apparaît en premier."),
             {"participatory_platform", "participation_displayed"}, platforms={"fluicity"}),
        page("/actualites/", "Actualités", m.news([("Visite d'une ville voisine", "6 mai 2025",
                                                    "Les élus ont découvert la plateforme Decidim d'une commune de l'Oise.")])
             + '<p><a href="/actualites/voyage-etudes/">Lire l\'article</a> · <a href="/actualites/fete-de-leau/">Fête de l\'eau</a></p>'),
        page("/actualites/voyage-etudes/", "Voyage d'études des élus",
             m.prose("Une délégation d'élus s'est rendue à Beauval-sur-Oise pour étudier la gestion de son réseau de chaleur.",
                     "Au programme : visite de la chaufferie bois, rencontre avec le syndicat d'énergie, échanges sur les "
                     "économies d'éclairage public. Nos hôtes ont aussi présenté leur site Decidim, utilisé pour leurs concertations.",
                     "Les enseignements du voyage seront présentés en commission travaux le 4 juin.")),
        page("/actualites/fete-de-leau/", "La fête de l'eau revient le 28 juin",
             m.prose("Joutes, canoës et guinguette sur les berges : la fête de l'eau revient pour sa dixième édition.")
             + '<div id="fb-root"></div><script async defer crossorigin="anonymous" '
               'src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
               '<div class="fb-comments" data-href="http://www.vaudricourt-sur-somme.fr/actualites/fete-de-leau/" '
               'data-width="100%" data-numposts="10"></div>', {"comments"}),
        page("/nous-suivre/", "Suivez la ville sur les réseaux sociaux",
             m.prose("Retrouvez l'actualité de la ville sur Facebook et Instagram : travaux, alertes météo, événements.",
                     "Nos pages sont animées par le service communication du lundi au vendredi.")),
        *service_pages(name),
    ])
    consult = Site(host, "vendor", "Consultations – Vaudricourt-sur-Somme", features=PLATFORM,
                   platforms=frozenset({"custom"}), menu=[("Questionnaires", "/questionnaires"),
                                                          ("Boîte à idées", "/boite-a-idees")], pages=[
        page("/", "Consultations citoyennes", _cards([("Les berges de demain", "/questionnaires/berges", "Ouvert"),
                                                      ("Boîte à idées", "/boite-a-idees", "Permanente")], "consultation-tile")),
        page("/questionnaires", "Questionnaires", _cards([("Les berges de demain", "/questionnaires/berges", "Ouvert")],
                                                         "consultation-tile")),
        page("/questionnaires/berges", "Les berges de demain",
             m.questionnaire("/questionnaires/berges/reponses", [
                 ("Fréquentez-vous les berges ?", ["Chaque semaine", "Parfois", "Jamais"]),
                 ("Qu'y manque-t-il le plus ?", ["Des bancs", "De l'ombre", "Des toilettes", "Un éclairage"])]), {"poll"}),
        page("/boite-a-idees", "Boîte à idées",
             m.prose("Une idée pour la ville ? Déposez-la ici ; les services vous répondent sous un mois.")
             + '<form method="post" action="/boite-a-idees"><label for="idee">Mon idée</label><textarea id="idee" name="idee">'
               '</textarea><label for="theme">Thème</label><select id="theme" name="theme"><option>Environnement</option>'
               '<option>Mobilité</option><option>Jeunesse</option></select><button type="submit">Envoyer mon idée</button></form>',
             {"suggestion_call"}),
    ])
    return city("98117", name, 13420, "80", [with_decoys(www, {
        "/actualites/voyage-etudes/": {"participatory_platform", "participation_displayed"},
        "/nous-suivre/": {"territorial_social_network"}}), consult])


def cities():
    return [montaigut(), brehan(), saint_jory(), aubignac(), coursan(), pradelles(), vaudricourt()]
