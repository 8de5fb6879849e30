"""Holdout part "lisières": eight suburban and mid-sized communes (Île-de-France, Rhône-Alpes, the West)
that brand themselves on democratic innovation — citizens' assemblies drawn by lot, local votations, a right of
interpellation, participatory budgets under local names (one for youth, one for schools), platforms of several
kinds — and the lookalikes their sites also hold (elections, jurors' draw, budget primitif, tenders, census...)."""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import lisieres_markup as m

P = "participatory_platform"


def _rendered(site, renderer):
    """A host whose pages this part renders itself (a vendor's front end, a survey tool, a home-made space)."""
    def special(request):
        found = site.by_path.get(request.target)
        return Reply.html(renderer(site, found)) if found is not None else None
    return CustomHost(site, special)


# =====================================================================================================
# 99141 Valmorant (Essonne) — Drupal, Decidim "Participons"
# =====================================================================================================

VALMORANT = "www.valmorant.fr"
VALMORANT_DECIDIM = "participons.valmorant.fr"


def valmorant() -> City:
    dec = f"http://{VALMORANT_DECIDIM}"
    news = [("/actualites/passerelle-orge", "La passerelle sur l'Orge rouvre au printemps", "12 mars", "Fin des travaux de renforcement."),
            ("/actualites/budget-primitif-2025", "Budget 2025 : les grandes orientations", "4 mars", "Le conseil a adopté le budget primitif."),
            ("/actualites/nouvelle-plateforme", "Un nouveau site pour la vie citoyenne", "27 février", "Participons ouvre ses portes.")]
    events = [("18", "mars", "Conseil municipal", "Salle du conseil"), ("22", "mars", "Assemblée citoyenne, séance 3", "Maison des Bords d'Orge"),
              ("29", "mars", "Carnaval des écoles", "Parc de la Roseraie")]
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue sur le site officiel de la ville de Valmorant.",
            [("/democratie-locale", "Valmorant en commun"), ("/democratie-locale/conseils-de-quartier", "Conseils de quartier"),
             ("/democratie-locale/assemblee-citoyenne", "Assemblée citoyenne"), ("/contact", "Nous écrire"),
             ("/vie-pratique/salles", "Réserver une salle"), ("/actualites/elections-europeennes", "Élections"),
             ("/actualites/jures-assises", "Jurés d'assises"), ("/mon-compte", "Mon compte"), ("/actualites/conseil-municipal", "Conseil municipal"), (dec + "/", "Participons")],
            news, events, "eu")),
        page("/democratie-locale", "Valmorant en commun : la démocratie locale", m.prose(
            "Depuis 2021, la municipalité a fait de la participation des habitantes et des habitants une méthode de travail : "
            "chaque grand projet passe par une phase de concertation, et plusieurs instances permettent de peser sur les décisions.",
            "Conseils de quartier, assemblée citoyenne tirée au sort, droit d'interpellation, budget participatif « Budget en commun » : "
            "retrouvez ici l'ensemble des dispositifs, encadrés par une charte adoptée en conseil municipal.")
             + m.links([("/democratie-locale/charte-participation", "La charte de la participation"),
                        ("/democratie-locale/conseils-de-quartier", "Les six conseils de quartier"),
                        ("/democratie-locale/assemblee-citoyenne", "L'assemblée citoyenne"),
                        ("/democratie-locale/droit-interpellation", "Le droit d'interpellation"),
                        ("/democratie-locale/observatoire", "L'observatoire de la participation"),
                        ("/democratie-locale/mobilites", "Mobilités : donnez votre avis"),
                        (dec + "/", "La plateforme Participons")], title="Les dispositifs"),
             {"participation_displayed"}),
        page("/democratie-locale/charte-participation", "La charte de la participation", m.prose(
            "Adoptée à l'unanimité en juin 2022, la charte fixe les engagements réciproques de la ville et des participants : "
            "informer en amont, rendre compte des avis recueillis, motiver les choix retenus.")
             + m.bullets(["Principe 1 — Toute personne vivant, travaillant ou étudiant à Valmorant peut participer, dès 11 ans.",
                          "Principe 2 — Les règles de chaque démarche sont publiées avant son ouverture.",
                          "Principe 3 — Un retour public est fait sur chaque contribution.",
                          "Principe 4 — Un garant indépendant veille au respect de la charte."])
             + m.downloads([("Charte de la participation citoyenne", "840 Ko")]),
             {"participation_displayed"}, parent=("Valmorant en commun", "/democratie-locale")),
        page("/democratie-locale/assemblee-citoyenne", "L'assemblée citoyenne", m.prose(
            "Trente-six habitants tirés au sort sur les listes électorales et parmi les volontaires non inscrits composent l'assemblée "
            "citoyenne, renouvelée par moitié chaque année. Parité, âge et quartier de résidence sont respectés.",
            "Saisie cette année de la question de l'adaptation de la ville aux fortes chaleurs, elle rendra ses propositions au conseil "
            "municipal en juin. Le maire s'est engagé à répondre à chacune d'elles publiquement.")
             + m.steps([("Tirage au sort", "janvier", "done", "1 200 courriers envoyés, 94 réponses positives."),
                        ("Sessions de travail", "février à mai", "current", "Six samedis, auditions d'experts et visites."),
                        ("Remise des propositions", "juin", "upcoming", "Présentation publique en conseil municipal.")]),
             {"participation_displayed"}, parent=("Valmorant en commun", "/democratie-locale")),
        page("/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chacun des six quartiers dispose d'un conseil ouvert à tous les habitants, animé par deux co-présidents élus et un élu référent. "
            "Les conseils se réunissent en plénière trois fois par an et disposent d'une enveloppe de fonctionnement.")
             + m.table(["Quartier", "Prochaine plénière", "Lieu"],
                       [["Bords d'Orge", "25 mars", "Maison des Bords d'Orge"], ["Centre", "2 avril", "Hôtel de ville"],
                        ["Les Tilleuls", "9 avril", "École des Tilleuls"], ["La Roseraie", "15 avril", "Salle Colette"]])
             + m.links([("/democratie-locale/conseils-de-quartier/bords-d-orge", "Compte rendu — Bords d'Orge")]),
             {"participation_displayed"}, parent=("Valmorant en commun", "/democratie-locale")),
        # A meeting report of a neighbourhood council: the council at work, shown by the city.
        page("/democratie-locale/conseils-de-quartier/bords-d-orge", "Conseil de quartier des Bords d'Orge : compte rendu", m.prose(
            "Quarante-deux habitants étaient présents à la plénière du 14 novembre. Ordre du jour : la sécurisation du chemin de halage, "
            "l'avenir du terrain de boules et le bilan des animations d'été.",
            "Les habitants ont demandé un comptage des vélos avant tout aménagement ; la ville présentera les résultats à la prochaine séance. "
            "Prochaine réunion du bureau du conseil : 10 janvier, ouverte au public.")
             + m.downloads([("Compte rendu de la plénière du 14 novembre", "310 Ko")]),
             {"participation_displayed"}, parent=("Les conseils de quartier", "/democratie-locale/conseils-de-quartier")),
        # The city's right of interpellation: residents sign on the city's own platform (the Decidim initiatives).
        page("/democratie-locale/droit-interpellation", "Le droit d'interpellation citoyenne", m.prose(
            "Toute personne de plus de 16 ans habitant Valmorant peut lancer une pétition sur un sujet relevant des compétences communales.",
            "À 300 signatures, le maire reçoit les pétitionnaires ; à 1 000 signatures, la question est inscrite à l'ordre du jour du conseil "
            "municipal ; à 3 000, le conseil délibère sur l'organisation d'une votation citoyenne.",
            f'Les pétitions se déposent et se signent sur <a href="{dec}/initiatives">l\'espace pétitions de Participons</a>.'),
             {"petition", "participation_displayed"}, parent=("Valmorant en commun", "/democratie-locale")),
        page("/democratie-locale/observatoire", "L'observatoire de la participation", m.prose(
            "Composé de deux universitaires, de quatre habitants tirés au sort et d'un agent de la ville, l'observatoire évalue chaque année "
            "la qualité des démarches : qui participe, ce qui a changé dans les décisions, ce qui reste à améliorer.")
             + m.table(["Indicateur", "2023", "2024"], [["Participants uniques", "3 140", "4 020"], ["Part des moins de 30 ans", "14 %", "19 %"],
                                                        ["Avis suivis d'effet", "61 %", "66 %"]], "Rapport annuel")
             + m.downloads([("Rapport 2024 de l'observatoire", "2,1 Mo")]),
             {"participation_displayed"}, parent=("Valmorant en commun", "/democratie-locale")),
        page("/democratie-locale/mobilites", "Mobilités : votre avis sur le stationnement", m.with_aside(m.prose(
            "La ville révise son plan de stationnement dans le centre. Avant les ateliers de mai, une question rapide aux habitants : "
            "le sondage du moment est dans la colonne de droite.",
            "Les résultats seront publiés sur cette page et présentés aux conseils de quartier."),
            m.drupal_poll(7, "Faut-il rendre payant le stationnement du samedi en centre-ville ?", ["Oui", "Non", "Seulement l'après-midi"])),
             {"poll"}, parent=("Valmorant en commun", "/democratie-locale")),
        page("/actualites/passerelle-orge", "La passerelle sur l'Orge rouvre au printemps", m.prose(
            "Fermée depuis l'automne pour des travaux de renforcement, la passerelle piétonne reliant les Tilleuls aux Bords d'Orge "
            "rouvrira fin avril. Un éclairage à détection de présence a été installé.")
             + m.drupal_comments(412, [("Hélène", "13 mars", "Enfin ! Le détour par le pont routier était dangereux avec une poussette."),
                                       ("Karim B.", "13 mars", "Est-ce qu'elle sera accessible aux vélos ?")]),
             {"comments"}),
        page("/actualites/budget-primitif-2025", "Budget 2025 : les grandes orientations", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 61,4 M€ en fonctionnement et 18,2 M€ en investissement. "
            "Les taux d'imposition restent inchangés.",
            "Principaux investissements : rénovation du groupe scolaire des Tilleuls, plan vélo, isolation du gymnase Coubertin.")
             + m.downloads([("Budget primitif 2025 — présentation brève", "1,2 Mo"), ("Rapport d'orientation budgétaire", "900 Ko")]),
             decoys={"participatory_budget"}),
        # News naming the platform in passing: not itself the platform.
        page("/actualites/nouvelle-plateforme", "Un nouveau site pour la vie citoyenne", m.prose(
            "La ville a choisi le logiciel libre Decidim pour son nouvel espace en ligne, Participons, ouvert depuis le 20 février. "
            "Une réunion de présentation aura lieu le 5 mars à la médiathèque.",
            f'Accès : <a href="{dec}/">participons.valmorant.fr</a>.')
             + m.share_buttons(f"http://{VALMORANT}/actualites/nouvelle-plateforme", "Participons"),
             decoys={P, "social_account"}),
        page("/actualites/conseil-municipal", "Conseil municipal du 18 mars", m.prose(
            "Le conseil municipal se réunira le 18 mars à 19 h en salle du conseil. La séance est publique et retransmise en direct.")
             + m.bullets(["Approbation du procès-verbal de la séance précédente", "Budget primitif 2025",
                          "Tarifs de la restauration scolaire", "Convention avec le syndicat de rivière", "Questions orales"]),
             decoys={"participation_displayed"}),
        page("/actualites/jures-assises", "Tirage au sort des jurés d'assises", m.prose(
            "Comme chaque année, le maire procède en séance publique au tirage au sort, sur la liste électorale, des personnes appelées "
            "à figurer sur la liste préparatoire des jurés de la cour d'assises de l'Essonne.",
            "Les personnes tirées au sort sont prévenues par courrier. Ce tirage n'entraîne pas automatiquement une convocation.")
             , decoys={"participation_displayed"}),
        page("/actualites/elections-europeennes", "Élections européennes : ce qu'il faut savoir", m.prose(
            "Le scrutin a lieu le dimanche 9 juin, de 8 h à 20 h. Vérifiez votre bureau de vote sur votre carte électorale.",
            "Absent ce jour-là ? Établissez une procuration en ligne puis faites-la valider au commissariat ou à la gendarmerie.")
             + m.table(["Bureau", "Adresse"], [["1", "Hôtel de ville"], ["2", "École des Tilleuls"], ["3", "Gymnase Coubertin"]]),
             decoys={"poll"}),
        page("/contact", "Nous écrire", m.prose("Une question, une remarque ? Les services vous répondent sous dix jours ouvrés.")
             + m.webform("/contact", "contact", [("nom", "Votre nom", "text", ()), ("email", "Votre adresse électronique", "email", ()),
                                                 ("sujet", "Sujet", "select", ("Démarches", "Voirie", "Écoles", "Autre")),
                                                 ("message", "Message", "textarea", ())]),
             {"contact_form"}),
        page("/vie-pratique/salles", "Réserver une salle municipale", m.prose(
            "Les associations valmorantaises peuvent réserver gratuitement les salles Colette et des Bords d'Orge.")
             + m.booking("/vie-pratique/salles", "salle municipale", ["Matin", "Après-midi", "Soirée"]),
             decoys={"contact_form"}),
        page("/mon-compte", "Mon compte citoyen", m.prose("Suivez vos démarches et vos factures.") + m.login("/mon-compte"),
             decoys={"contact_form"}),
    ]
    www = Site(VALMORANT, "drupal", "Ville de Valmorant", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/democratie-locale"), ("Actualités", "/actualites/passerelle-orge"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeValmorant"), social("instagram", "valmorant_officiel"),
                         social("youtube", "VilleValmorant")],
               address="Hôtel de ville, 1 place de la République, 91340 Valmorant")

    proc, past = "/processes/budget-en-commun-2025", "/processes/budget-en-commun-2023"
    card = lambda href, title, meta: (f'<div class="card__list"><a href="{href}" class="card__list-content"><h3 class="card__list-title">{title}</h3>'
                                      f'<div class="card__list-metadata">{meta}</div></a></div>')
    d_pages = [
        page("/", "Accueil", '<section class="home__section"><h2 class="h2 decorator">Processus participatifs en cours</h2>'
             + card(proc, "Budget en commun 2025", "Étape : dépôt des projets — 142 propositions")
             + card("/processes/mobilites-2030", "Mobilités 2030", "Étape : questionnaire — 611 participants")
             + card(past, "Budget en commun 2023", "Terminé — 9 projets lauréats")
             + '</section><section class="home__section"><h2 class="h2 decorator">Aussi sur Participons</h2>'
             + card("/initiatives", "Pétitions citoyennes", "Droit d'interpellation")
             + card("/assemblies/conseils-de-quartier", "Conseils de quartier", "Assemblée") + "</section>"),
        page(proc, "Budget en commun 2025", '<div class="process-header__phase">Phase actuelle : dépôt des projets (1er mars — 30 avril)</div>'
             + m.prose("500 000 € d'investissement sont confiés aux habitants : proposez un projet pour votre quartier ou pour toute la ville, "
                       "puis votez à l'automne pour vos préférés.")
             + m.steps([("Dépôt des projets", "1er mars — 30 avril", "current", "Chacun peut déposer jusqu'à trois projets."),
                        ("Analyse", "mai — juin", "upcoming", "Les services étudient la faisabilité."),
                        ("Vote", "septembre", "upcoming", "Chacun dispose de 5 votes."), ("Réalisation", "2026", "upcoming", "")], "process-steps")
             + f'<nav class="process-nav"><a href="{proc}/f/11/proposals">Projets déposés</a> <a href="{proc}/f/12/projects">Vote</a></nav>',
             {"participatory_budget"}, platforms={"decidim"}, parent=("Processus", "/")),
        # The filing step of the budget: a call for residents' projects.
        page(f"{proc}/f/11/proposals", "Projets déposés", m.prose("Déposez votre projet avant le 30 avril : il sera étudié par les services puis soumis au vote.")
             + f'<a href="{proc}/f/11/proposals/new" class="button button__sm button__secondary">Nouvelle proposition</a>'
             + '<div id="proposals" class="proposal-list">'
             + card(f"{proc}/f/11/proposals/58", "Des fontaines à eau au parc de la Roseraie", "Bords d'Orge · 23 soutiens · 6 commentaires")
             + card(f"{proc}/f/11/proposals/58", "Un abri vélo sécurisé à la gare", "Centre · 41 soutiens") + "</div>",
             {"participatory_budget", "suggestion_call"}, platforms={"decidim"}, parent=("Budget en commun 2025", proc)),
        page(f"{proc}/f/11/proposals/new", "Nouvelle proposition",
             f'<form class="new_proposal" id="new_proposal" action="{proc}/f/11/proposals" accept-charset="UTF-8" method="post">'
             '<input type="hidden" name="authenticity_token" value="q8Zr1" /><label for="proposal_title">Titre</label>'
             '<input maxlength="150" type="text" name="proposal[title]" id="proposal_title" /><label for="proposal_body">Décrivez votre projet</label>'
             '<textarea rows="10" name="proposal[body]" id="proposal_body"></textarea><label for="proposal_scope_id">Quartier</label>'
             '<select name="proposal[scope_id]" id="proposal_scope_id"><option value="1">Toute la ville</option><option value="2">Bords d\'Orge</option></select>'
             '<button type="submit" class="button button__lg button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}, platforms={"decidim"}, parent=("Projets déposés", f"{proc}/f/11/proposals")),
        page(f"{proc}/f/11/proposals/58", "Des fontaines à eau au parc de la Roseraie", m.prose(
            "Installer deux fontaines à boire, l'une près des jeux, l'autre à l'entrée du parcours sportif. Coût estimé : 18 000 €.")
             + '<div class="comments" id="comments"><h2 class="h4">6 commentaires</h2>'
             '<div class="comment" id="comment_311"><div class="comment__header">Sonia L.</div><div class="comment__content"><p>Très utile l\'été !</p></div></div>'
             f'<form class="new_comment" id="new_comment_for_Proposal_58" action="/comments" method="post"><input type="hidden" name="comment[commentable_gid]" value="gid-58">'
             '<label for="add-comment-Proposal-58">Ajouter un commentaire</label><textarea id="add-comment-Proposal-58" name="comment[body]" maxlength="1000"></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div>',
             {"participatory_budget", "comments"}, platforms={"decidim"}, parent=("Projets déposés", f"{proc}/f/11/proposals")),
        page(f"{proc}/f/12/projects", "Vote des projets", m.prose("Le vote ouvrira en septembre. Les projets retenus après analyse apparaîtront ici ; "
                                                                  "vous pourrez en sélectionner cinq dans votre panier de vote.")
             + '<div class="budget-summary"><p>Budget à répartir : 500 000 €</p><p>Votre vote : 0 projet sélectionné</p></div>',
             {"participatory_budget"}, platforms={"decidim"}, parent=("Budget en commun 2025", proc)),
        page(past, "Budget en commun 2023 — résultats", m.prose("3 412 votants ont désigné neuf projets lauréats, dont sept sont déjà réalisés.")
             + m.table(["Projet", "Votes", "État"], [["Jardin partagé des Tilleuls", "1 204", "Réalisé"], ["Boîtes à livres", "988", "Réalisé"],
                                                    ["Éclairage du city-stade", "861", "En cours"]]),
             {"participatory_budget"}, platforms={"decidim"}, parent=("Processus", "/")),
        page("/processes/mobilites-2030", "Mobilités 2030", m.prose("Comment vous déplacerez-vous demain ? Répondez au questionnaire avant le 15 avril.")
             + '<a href="/processes/mobilites-2030/f/21/surveys">Répondre au questionnaire</a>',
             {"participation_displayed"}, platforms={"decidim"}, parent=("Processus", "/")),
        page("/processes/mobilites-2030/f/21/surveys", "Questionnaire mobilités",
             '<form class="answer-questionnaire" id="questionnaire-21" action="/processes/mobilites-2030/f/21/surveys/answer" method="post">'
             '<div class="answer-questionnaire__question"><label>1. Quel est votre principal mode de déplacement ?</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="voiture"> Voiture</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="velo"> Vélo</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="tc"> Transports en commun</label></div>'
             '<div class="answer-questionnaire__question"><label>2. Seriez-vous prêt à laisser la voiture pour les trajets de moins de 3 km ?</label>'
             '<label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="oui"> Oui</label>'
             '<label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="non"> Non</label></div>'
             '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions</label>'
             '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form>',
             {"poll"}, platforms={"decidim"}, parent=("Mobilités 2030", "/processes/mobilites-2030")),
        page("/initiatives", "Pétitions citoyennes", m.prose("Lancez une pétition ou soutenez celles des autres habitants : à 1 000 signatures, "
                                                             "le sujet est inscrit à l'ordre du jour du conseil municipal.")
             + card("/initiatives/i-7", "Pour une cantine 100 % bio dans les écoles", "642 signatures / 1 000 · Collecte en cours"),
             {"petition"}, platforms={"decidim"}),
        page("/initiatives/i-7", "Pour une cantine 100 % bio dans les écoles", m.prose(
            "Nous demandons que la ville fixe un objectif de 100 % de produits bio dans la restauration scolaire d'ici 2027.")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">642</span>'
             '<span class="progress-bar__units">/1000 signatures</span></div>'
             '<form class="button_to" method="post" action="/initiatives/i-7/signatures"><button class="button button__xl button__secondary" type="submit">Signer</button></form></div>',
             {"petition"}, platforms={"decidim"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/assemblies/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les six conseils de quartier publient ici leurs comptes rendus et leurs réunions à venir. Chaque habitant peut y siéger."),
             {"participation_displayed"}, platforms={"decidim"}),
    ]
    decidim = Site(VALMORANT_DECIDIM, "decidim", "Participons — Valmorant", d_pages,
                   menu=[("Accueil", "/"), ("Processus", proc), ("Pétitions", "/initiatives"),
                         ("Assemblées", "/assemblies/conseils-de-quartier"), ("Site de la ville", f"http://{VALMORANT}/")],
                   features=frozenset({P}), platforms=frozenset({"decidim"}))
    return City("99141", "Valmorant", 58_400, "91", "11", "Île-de-France", f"http://{VALMORANT}/", [www, decidim])


# =====================================================================================================
# 99142 Saint-Aubrel-sur-Marne (Val-de-Marne) — WordPress, CONSUL Democracy "Les Idées d'Aubrel"
# =====================================================================================================

AUBREL = "www.saint-aubrel.fr"
AUBREL_CONSUL = "budget.saint-aubrel.fr"


def saint_aubrel() -> City:
    cs = f"http://{AUBREL_CONSUL}"
    base = "/participation-citoyenne"
    poll = m.wp_polls(14, "Quel nom pour la future place devant la gare ?", ["Place des Bateliers", "Place Simone-Veil", "Place du Marché-sur-l'Eau"])
    side = m.widget("Sondage", poll, "widget widget_polls-widget") + m.widget("Newsletter", m.newsletter("/newsletter/"), "widget widget_mc4wp_form_widget")
    news = [("/actualites/parc-des-berges/", "Parc des Berges : le chantier démarre", "3 avril", "Livraison prévue à l'été 2026."),
            ("/actualites/resultats-sondage-marche/", "Résultats du sondage sur le marché", "28 mars", "Merci aux 1 106 votants."),
            ("/actualites/jumelage-votation/", "Nos amis de Thalwil ont voté", "20 mars", "Le jumelage suisse en direct.")]
    events = [("11", "avril", "Réunion du conseil de quartier Port-Aubrel", "Salle des Mariniers"), ("15", "avril", "Conseil municipal", "Hôtel de ville"),
              ("26", "avril", "Fête des bords de Marne", "Quai de la Pie")]
    pages = [
        page("/", "Accueil", m.home("Saint-Aubrel-sur-Marne, ville des bords de Marne.",
             [(f"{base}/", "Agir ensemble"), (f"{base}/budget-participatif/", "Les Idées d'Aubrel"), (f"{base}/budget-participatif-jeunes/", "Ados'Budget"),
              ("/contact/", "Contact"), ("/vie-municipale/budget-primitif/", "Budget de la ville"), ("/vie-municipale/marches-publics/", "Marchés publics"),
              ("/vie-municipale/recensement/", "Recensement"), ("/newsletter/", "Newsletter"), (cs + "/", "Plateforme budget participatif")],
             news, events, "complianz")),
        page(f"{base}/", "Agir ensemble", m.with_aside(m.prose(
            "« Agir ensemble » rassemble les démarches qui permettent aux Aubréliens de prendre part aux décisions : quatre conseils de quartier, "
            "un référendum local organisé cette année, un budget participatif et des consultations sur les grands projets.",
            "Le sondage du mois est dans la colonne de droite : dites-nous quel nom donner à la future place de la gare.")
            + m.links([(f"{base}/conseils-de-quartier/", "Les conseils de quartier"), (f"{base}/referendum-local/", "Référendum local du 15 juin"),
                       (f"{base}/budget-participatif/", "Le budget participatif"), (f"{base}/questionnaire-rythmes-scolaires/", "Questionnaire rythmes scolaires")]), side),
             {"participation_displayed", "poll"}, decoys={"contact_form"}),
        page(f"{base}/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Port-Aubrel, Les Coteaux, Centre et La Varenne : chaque quartier a son conseil, composé d'habitants volontaires et de membres tirés au sort.",
            "Les séances sont publiques. Les conseils donnent leur avis sur les projets d'aménagement et portent leurs propres initiatives."),
             {"participation_displayed"}, parent=("Agir ensemble", f"{base}/")),
        # A local referendum held at polling stations: a participation approach, not an online poll.
        page(f"{base}/referendum-local/", "Référendum local du 15 juin : l'avenir de l'île aux Saules", m.prose(
            "Par délibération du 12 février, le conseil municipal a décidé de soumettre aux électeurs la question de l'aménagement de l'île aux Saules.",
            "Le vote a lieu dans les bureaux de vote habituels, de 8 h à 19 h. Le résultat s'imposera au conseil si la participation atteint la moitié des inscrits.")
             + m.downloads([("Dossier d'information des électeurs", "3,4 Mo")]),
             {"participation_displayed"}, decoys={"poll"}, parent=("Agir ensemble", f"{base}/")),
        page(f"{base}/budget-participatif/", "Les Idées d'Aubrel, le budget participatif", m.prose(
            "Pour sa troisième édition, « Les Idées d'Aubrel » consacre 350 000 € à des projets proposés et choisis par les habitants.",
            f'Les projets se déposent jusqu\'au 31 mai sur <a href="{cs}/budgets/3">la plateforme du budget participatif</a>. Le vote aura lieu en octobre.')
             + m.links([(f"{base}/budget-participatif/reglement/", "Lire le règlement"), (cs + "/budgets/2/results", "Les lauréats 2023")]),
             {"participatory_budget"}, parent=("Agir ensemble", f"{base}/")),
        page(f"{base}/budget-participatif/reglement/", "Règlement des Idées d'Aubrel", m.prose(
            "Article 1 — Objet. La commune affecte une part de son budget d'investissement à des projets d'intérêt général proposés par les habitants.",
            "Article 2 — Qui peut participer ? Toute personne de plus de 12 ans résidant à Saint-Aubrel-sur-Marne.",
            "Article 3 — Recevabilité. Le projet relève des compétences communales, coûte moins de 80 000 € et ne génère pas de frais de fonctionnement excessifs.",
            "Article 4 — Vote. Chaque votant choisit trois projets ; les plus soutenus sont retenus dans la limite de l'enveloppe."),
             {"participatory_budget"}, parent=("Les Idées d'Aubrel", f"{base}/budget-participatif/")),
        # The youth budget's filing form: a call for projects whose free-text field writes to the city.
        page(f"{base}/budget-participatif-jeunes/", "Ados'Budget : 30 000 € pour vos projets", m.prose(
            "Tu as entre 11 et 17 ans ? L'Ados'Budget finance les projets imaginés par les jeunes Aubréliens. Dépose ton idée avant le 15 mai, "
            "le conseil des jeunes t'aidera à la préparer avant le vote dans les collèges.")
             + m.cf7(f"{base}/budget-participatif-jeunes/", 2207, ("Sport", "Culture", "Environnement", "Solidarité"), "Décris ton projet"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Agir ensemble", f"{base}/")),
        page(f"{base}/questionnaire-rythmes-scolaires/", "Questionnaire : les rythmes scolaires", m.prose(
            "La semaine de quatre jours sera réexaminée à la rentrée 2026. Parents, enseignants, animateurs : répondez avant le 30 avril.")
             + m.questionnaire(f"{base}/questionnaire-rythmes-scolaires/", "q-rythmes", "Cinq minutes suffisent. Réponses anonymes.",
                               [("profil", "Vous êtes", "radio", ("Parent", "Enseignant", "Animateur", "Autre")),
                                ("semaine", "Quelle organisation préférez-vous ?", "radio", ("4 jours", "4 jours et demi")),
                                ("satisfaction", "Êtes-vous satisfait de l'accueil du mercredi ?", "scale", ())]),
             {"poll"}, parent=("Agir ensemble", f"{base}/")),
        page("/actualites/resultats-sondage-marche/", "Résultats du sondage sur le marché", m.prose(
            "Le sondage en ligne sur l'horaire du marché du dimanche est clos. Le marché ouvrira désormais à 7 h 30.")
             + m.wp_polls_closed(11, "À quelle heure doit ouvrir le marché du dimanche ?", [("7 h 30", 58, 642), ("8 h", 31, 343), ("9 h", 11, 121)], 1106),
             decoys={"poll"}),
        page("/actualites/parc-des-berges/", "Parc des Berges : le chantier démarre", m.prose(
            "Les engins sont arrivés quai de la Pie : le futur parc des Berges s'étendra sur 2,3 hectares, avec une plage de galets et un ponton.")
             + m.share_buttons(f"http://{AUBREL}/actualites/parc-des-berges/", "Parc des Berges")
             + m.wp_comments(318, [("Martine", "4 avril", "Pensez aux bancs à l'ombre, svp."), ("Yanis", "4 avril", "Hâte de voir ça !")]),
             {"comments"}, decoys={"social_account"}),
        page("/actualites/jumelage-votation/", "Nos amis de Thalwil ont voté", m.prose(
            "Dans notre ville jumelle suisse, les citoyens se sont prononcés dimanche sur trois objets de votation cantonale. "
            "La nouvelle piscine a été acceptée à 62 %.",
            "Une délégation aubrélienne a assisté au dépouillement dans le cadre des échanges du comité de jumelage."),
             decoys={"poll", "participation_displayed"}),
        page("/vie-municipale/budget-primitif/", "Le budget primitif", m.prose(
            "Le budget primitif est voté chaque année avant le 15 avril. Il prévoit l'ensemble des recettes et des dépenses de la commune.")
             + m.downloads([("Budget primitif 2025", "4,8 Mo"), ("Compte administratif 2024", "3,9 Mo")]),
             decoys={"participatory_budget"}),
        page("/vie-municipale/marches-publics/", "Marchés publics et appels d'offres", m.prose(
            "Les consultations en cours sont publiées sur le profil acheteur de la commune.")
             + m.table(["Objet", "Date limite"], [["Entretien des espaces verts — lot 2", "12 mai"], ["Fourniture de mobilier scolaire", "20 mai"]]),
             decoys={"suggestion_call"}),
        page("/vie-municipale/recensement/", "Recensement de la population", m.prose(
            "Le recensement se déroule du 16 janvier au 22 février. Un agent recenseur muni d'une carte officielle vous remettra vos codes "
            "pour répondre en ligne sur le site de l'Insee. Vos réponses sont confidentielles."),
             decoys={"poll"}),
        page("/contact/", "Contact", m.prose("Hôtel de ville ouvert du lundi au samedi matin.")
             + m.cf7("/contact/", 14, ("Accueil", "Urbanisme", "Enfance", "Autre")), {"contact_form"}),
        page("/newsletter/", "Newsletter", m.prose("Chaque premier vendredi du mois, l'actualité de la ville dans votre boîte.") + m.newsletter("/newsletter/"),
             decoys={"contact_form"}),
    ]
    www = Site(AUBREL, "wordpress", "Saint-Aubrel-sur-Marne", pages,
               menu=[("Accueil", "/"), ("Agir ensemble", f"{base}/"), ("Actualités", "/actualites/parc-des-berges/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "SaintAubrelSurMarne"), social("x", "StAubrel94"), social("linkedin", "ville-de-saint-aubrel")],
               address="Hôtel de ville, 2 quai de la Pie, 94380 Saint-Aubrel-sur-Marne")

    inv = lambda href, title, meta: (f'<div id="budget_investment_{href.rsplit("/", 1)[-1]}" class="budget-investment clear"><div class="panel">'
                                     f'<h3><a href="{href}">{title}</a></h3><p class="investment-project-info">{meta}</p></div></div>')
    c_pages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme participative de Saint-Aubrel-sur-Marne.")
             + '<div class="budget-header"><h2>Les Idées d\'Aubrel 2025</h2><p>Phase : dépôt des projets</p>'
             '<a class="button" href="/budgets/3">Voir le budget</a></div>'
             + m.links([("/proposals", "Propositions citoyennes"), ("/polls/4", "Votation : les horaires de la piscine"),
                        ("/polls/2", "Votation terminée : le nom du gymnase"), ("/legislation/processes/5", "La charte des conseils de quartier"),
                        ("/budgets/2/results", "Résultats 2023")], title="Participer")),
        page("/budgets/3", "Les Idées d'Aubrel 2025", m.prose("350 000 € pour des projets proposés par les habitants. Dépôt jusqu'au 31 mai.")
             + '<div class="budget-phases"><ul class="tabs"><li class="is-active">Dépôt des projets</li><li>Analyse</li><li>Vote</li><li>Résultats</li></ul></div>'
             '<a class="button expanded" href="/budgets/3/investments/new">Créer un projet de dépense</a> <a href="/budgets/3/investments">Voir les projets</a>',
             {"participatory_budget"}, platforms={"consul"}),
        page("/budgets/3/investments", "Projets de dépense", inv("/budgets/3/investments/112", "Une guinguette municipale sur l'île aux Saules", "Port-Aubrel · 64 soutiens")
             + inv("/budgets/3/investments/112", "Végétaliser la cour du collège", "Les Coteaux · 39 soutiens"),
             {"participatory_budget"}, platforms={"consul"}, parent=("Les Idées d'Aubrel 2025", "/budgets/3")),
        # Filing a budget project: an open call for residents' projects.
        page("/budgets/3/investments/new", "Créer un projet de dépense",
             '<form class="budget-investment-form" id="new_budget_investment" action="/budgets/3/investments" method="post">'
             '<label for="budget_investment_heading_id">Quartier</label><select name="budget_investment[heading_id]" id="budget_investment_heading_id"><option>Port-Aubrel</option><option>Toute la ville</option></select>'
             '<label for="budget_investment_title">Titre du projet</label><input type="text" name="budget_investment[title]" id="budget_investment_title">'
             '<label for="budget_investment_description">Description</label><textarea name="budget_investment[description]" id="budget_investment_description"></textarea>'
             '<label><input type="checkbox" name="budget_investment[terms_of_service]" value="1"> J\'accepte les conditions d\'utilisation</label>'
             '<input type="submit" value="Créer le projet de dépense" class="button"></form>',
             {"participatory_budget", "suggestion_call"}, platforms={"consul"}, parent=("Les Idées d'Aubrel 2025", "/budgets/3")),
        page("/budgets/3/investments/112", "Une guinguette municipale sur l'île aux Saules", m.prose(
            "Une buvette saisonnière tenue par des associations, avec des concerts le dimanche. Coût estimé : 60 000 €.")
             + '<div class="supports"><a class="button button-support" href="/budgets/3/investments/112">Soutenir</a></div>'
             '<section class="comments"><h2>Commentaires (3)</h2><div class="comment"><p>Belle idée, mais attention au bruit pour les riverains.</p></div>'
             '<form class="new_comment" action="/comments" method="post"><label for="comment-body-budget_investment_112">Laisser un commentaire</label>'
             '<textarea id="comment-body-budget_investment_112" name="comment[body]"></textarea><input type="submit" value="Publier le commentaire" class="button"></form></section>',
             {"participatory_budget", "comments"}, platforms={"consul"}, parent=("Projets de dépense", "/budgets/3/investments")),
        page("/budgets/2/results", "Résultats — Les Idées d'Aubrel 2023", m.table(["Projet", "Votes", "Coût"],
             [["Boucle cyclable des bords de Marne", "1 312", "74 000 €"], ["Frigo solidaire", "1 021", "9 000 €"], ["Agrès de sport", "877", "35 000 €"]], "Projets retenus"),
             {"participatory_budget"}, platforms={"consul"}),
        # CONSUL's citizen proposals: residents file ideas and gather supports.
        page("/proposals", "Propositions citoyennes", m.prose("Vous avez une idée pour la ville ? Publiez une proposition : à 500 soutiens, la municipalité l'étudie.")
             + '<a class="button" href="/proposals">Créer une proposition</a><div class="proposal"><h3>Un second marché le mercredi</h3><p>212 soutiens</p></div>',
             {"suggestion_call"}, platforms={"consul"}),
        page("/polls/4", "Votation : les horaires de la piscine", m.prose("Jusqu'au 30 avril, choisissez les nouveaux horaires d'ouverture de la piscine municipale.")
             + '<form class="poll-question-form" action="/polls/4/answers" method="post"><fieldset><legend>Quelle ouverture préférez-vous ?</legend>'
             '<label><input type="radio" name="answer" value="a"> Plus tôt le matin (7 h)</label><label><input type="radio" name="answer" value="b"> Plus tard le soir (21 h)</label></fieldset>'
             '<input type="submit" class="button" value="Voter"></form>', {"poll"}, platforms={"consul"}),
        page("/polls/2", "Votation terminée : le nom du gymnase", m.prose("Cette votation est terminée. 2 284 participants.")
             + m.results_bars("Quel nom pour le nouveau gymnase ?", [("Gymnase Alice-Milliat", 54), ("Gymnase des Mariniers", 46)], "Votation close le 12 janvier."),
             decoys={"poll"}, platforms={"consul"}),
        page("/legislation/processes/5", "La charte des conseils de quartier", m.prose(
            "Le projet de charte est soumis à la discussion. Lisez-le et commentez chaque article jusqu'au 20 mai.")
             + '<div class="legislation-annotatable"><p>Article 3 — Les conseils de quartier sont ouverts à tous les habitants.</p></div>'
             '<form class="new_comment" action="/comments" method="post"><label for="legislation-comment">Votre commentaire</label><textarea id="legislation-comment" name="comment[body]"></textarea>'
             '<input type="submit" value="Publier" class="button"></form>',
             {"participation_displayed", "comments"}, platforms={"consul"}),
    ]
    consul = Site(AUBREL_CONSUL, "consul", "Les Idées d'Aubrel", c_pages,
                  menu=[("Accueil", "/"), ("Budgets participatifs", "/budgets/3"), ("Propositions", "/proposals"), ("Votations", "/polls/4"),
                        ("Ville", f"http://{AUBREL}/")],
                  features=frozenset({P}), platforms=frozenset({"consul"}))
    return City("99142", "Saint-Aubrel-sur-Marne", 44_700, "94", "11", "Île-de-France", f"http://{AUBREL}/", [www, consul])


# =====================================================================================================
# 99143 Ferrancy (Rhône) — TYPO3, Cap Collectif "Ferrancy participe"
# =====================================================================================================

FERRANCY = "www.ferrancy.fr"
FERRANCY_CAPCO = "ferrancy.cap-collectif.com"


def ferrancy() -> City:
    cc = f"http://{FERRANCY_CAPCO}"
    base = "/ma-ville/democratie-participative"
    news = [("/actualites/consultation-halles", "Halles : les résultats de la consultation", "2 mai", "1 870 avis recueillis."),
            ("/actualites/forum-emploi", "Forum de l'emploi saisonnier", "24 avril", "60 recruteurs attendus."),
            ("/culture/concours-photo", "Concours photo « Ferrancy au fil de l'eau »", "18 avril", "Envoyez vos clichés.")]
    events = [("6", "mai", "Conseil de la vie locale", "Espace Jean-Moulin"), ("13", "mai", "Élection du conseil municipal des enfants", "Écoles"),
              ("20", "mai", "Conseil municipal", "Hôtel de ville")]
    pages = [
        page("/", "Accueil", m.home("Ferrancy, porte des monts du Lyonnais.",
             [(f"{base}", "Ferrancy participe"), (f"{base}/boite-a-idees", "Boîte à idées"), (f"{base}/budget-participatif-ecoles", "Budget des écoliers"),
              (cc + "/", "La plateforme participative"), ("/contact", "Contact"), ("/vie-pratique/cantine-paiement", "Payer la cantine"),
              ("/ma-ville/budget/budget-primitif", "Budget"), ("/urbanisme/enquete-publique-plu", "Enquête publique"),
              ("/ma-ville/securite/participation-citoyenne", "Sécurité"), ("/vie-associative/subventions", "Subventions aux associations")],
             news, events)),
        page(base, "Ferrancy participe", m.prose(
            "La démocratie participative à Ferrancy, c'est d'abord un conseil de la vie locale qui réunit associations, habitants tirés au sort et élus, "
            "un conseil municipal des enfants, et un budget participatif qui existe aussi en version écolière.",
            f'Les consultations en ligne, le budget participatif et les pétitions se passent sur <a href="{cc}/">ferrancy.cap-collectif.com</a>.')
             + m.links([(f"{base}/conseil-de-la-vie-locale", "Le conseil de la vie locale"), (f"{base}/conseil-municipal-des-enfants", "Le conseil municipal des enfants"),
                        (f"{base}/cme-elections", "Élections du CME"), (f"{base}/boite-a-idees", "La boîte à idées"),
                        (f"{base}/budget-participatif-ecoles", "Le budget des écoliers")]),
             {"participation_displayed"}),
        page(f"{base}/conseil-de-la-vie-locale", "Le conseil de la vie locale", m.prose(
            "Le conseil de la vie locale compte 40 membres : 15 habitants tirés au sort, 15 représentants d'associations, 10 volontaires. "
            "Il est consulté sur les projets structurants et peut s'autosaisir de tout sujet d'intérêt communal.",
            "Ses avis sont publiés et le maire y répond par écrit dans un délai de trois mois."),
             {"participation_displayed"}, parent=("Ferrancy participe", base)),
        page(f"{base}/conseil-municipal-des-enfants", "Le conseil municipal des enfants", m.prose(
            "Élus pour deux ans par leurs camarades de CM1 et CM2, les 24 jeunes conseillers se réunissent en commissions le mercredi "
            "et présentent leurs projets en séance plénière devant le maire."),
             {"participation_displayed"}, parent=("Ferrancy participe", base)),
        # The children's council election: votes in school, not an online poll open to residents.
        page(f"{base}/cme-elections", "Élections du conseil municipal des enfants", m.prose(
            "Le 13 mai, les élèves de CM1 votent dans leur école, avec isoloir et urne prêtés par la mairie. Les candidats présentent leur "
            "profession de foi en classe la semaine précédente. Dépouillement public à 16 h 30."),
             {"participation_displayed"}, decoys={"poll"}, parent=("Ferrancy participe", base)),
        # An idea box whose free-text message goes to the city: a call for suggestions and a contact form at once.
        page(f"{base}/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Ferrancy ? Proposez-la ici : chaque suggestion reçoit une réponse et les plus soutenues sont "
            "présentées au conseil de la vie locale.")
             + m.powermail(f"{base}/boite-a-idees", 31, [("nom", "Nom", "text", ()), ("email", "Courriel", "email", ()),
                                                        ("theme", "Thème", "select", ("Cadre de vie", "Mobilités", "Jeunesse", "Autre")),
                                                        ("idee", "Votre idée", "textarea", ())], "Proposer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Ferrancy participe", base)),
        page(f"{base}/budget-participatif-ecoles", "Le budget des écoliers", m.prose(
            "Chaque école élémentaire dispose de 5 000 € pour un projet imaginé et voté par les élèves : jeux de cour, coin lecture, potager.",
            "Les délégués de classe recueillent les idées en octobre, les services chiffrent en novembre, et toute l'école vote en décembre.")
             + m.steps([("Idées en classe", "octobre", "done", ""), ("Chiffrage", "novembre", "done", ""), ("Vote des élèves", "décembre", "current", "")]),
             {"participatory_budget"}, parent=("Ferrancy participe", base)),
        page("/ma-ville/securite/participation-citoyenne", "Le dispositif participation citoyenne", m.prose(
            "En lien avec la brigade de gendarmerie, la commune a signé un protocole « participation citoyenne » : des habitants référents "
            "signalent aux gendarmes tout fait inhabituel dans leur quartier.",
            "Ce dispositif de vigilance ne remplace pas l'appel au 17 en cas d'urgence."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/ma-ville/budget/budget-primitif", "Budget primitif 2025", m.prose(
            "Voté le 25 mars, le budget s'équilibre à 47 M€. L'épargne brute progresse grâce à la maîtrise des dépenses de personnel.")
             + m.downloads([("Budget primitif 2025", "5,1 Mo"), ("Note de présentation synthétique", "600 Ko")]),
             decoys={"participatory_budget"}),
        page("/urbanisme/enquete-publique-plu", "Enquête publique : modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique sur la modification n° 3 du plan local d'urbanisme se tient du 2 au 31 mai.",
            "Le commissaire enquêteur tiendra trois permanences en mairie. Les observations peuvent être consignées sur le registre papier."),
             decoys={"poll", "participation_displayed"}),
        page("/culture/concours-photo", "Concours photo « Ferrancy au fil de l'eau »", m.prose(
            "Amateurs de tous âges, envoyez jusqu'à trois photos avant le 30 juin. Le jury décernera trois prix et les clichés seront exposés "
            "en septembre.") + m.downloads([("Règlement du concours", "200 Ko")]),
             decoys={"suggestion_call"}),
        page("/vie-associative/subventions", "Subventions aux associations : appel à projets 2026", m.prose(
            "Les associations ferrancéennes peuvent solliciter une subvention de fonctionnement ou de projet. Dossiers à déposer avant le 15 octobre."),
             decoys={"suggestion_call", "participatory_budget"}),
        page("/actualites/consultation-halles", "Halles : les résultats de la consultation", m.prose(
            "La consultation sur l'avenir des halles est terminée. 1 870 personnes ont donné leur avis ; 71 % souhaitent un marché couvert "
            "avec une partie restauration.")
             + m.results_bars("Quel usage pour les halles ?", [("Marché couvert et restauration", 71), ("Salle polyvalente", 18), ("Autre", 11)],
                              "Consultation close le 15 avril."),
             decoys={"poll"}),
        page("/actualites/forum-emploi", "Forum de l'emploi saisonnier", m.prose(
            "Le forum de l'emploi saisonnier se tient le 24 avril à l'espace Jean-Moulin : agriculture, tourisme, animation. Venez avec votre CV."),
             decoys={"forum"}),
        page("/contact", "Contact", m.prose("Écrivez aux services municipaux.")
             + m.powermail("/contact", 12, [("nom", "Nom", "text", ()), ("email", "Courriel", "email", ()), ("message", "Message", "textarea", ())]),
             {"contact_form"}),
        page("/vie-pratique/cantine-paiement", "Payer la cantine en ligne", m.prose("Réglez vos factures de restauration scolaire et de périscolaire.")
             + m.payment("/vie-pratique/cantine-paiement", "Paiement sécurisé PayFiP"), decoys={"contact_form"}),
    ]
    www = Site(FERRANCY, "typo3", "Ville de Ferrancy", pages,
               menu=[("Accueil", "/"), ("Ferrancy participe", base), ("Actualités", "/actualites/consultation-halles"), ("Contact", "/contact")],
               accounts=[social("facebook", "ferrancy"), social("instagram", "villedeferrancy"), social("mastodon", "ferrancy@piaille.fr")],
               address="Mairie de Ferrancy, 10 rue de la Brévenne, 69590 Ferrancy")

    bp, old = "/project/budget-participatif-2025", "/project/budget-participatif-2023"
    step_nav = (f'<ul class="step-tabs"><li><a href="{bp}/presentation/presentation">Présentation</a></li>'
                f'<li><a href="{bp}/collect/depot-des-projets">Dépôt</a></li><li><a href="{bp}/selection/vote">Vote</a></li></ul>')
    c_pages = [
        page("/", "Accueil", '<section class="section--projects"><h2>Projets participatifs</h2>'
             f'<div class="project-preview"><a href="{bp}/presentation/presentation">Budget participatif 2025</a><span class="label">Dépôt en cours</span></div>'
             '<div class="project-preview"><a href="/project/avenir-des-halles/questionnaire/questionnaire">L\'avenir de la place Carnot</a><span class="label">Questionnaire</span></div>'
             '<div class="project-preview"><a href="/project/droit-de-petition/collect/petitions">Droit de pétition</a><span class="label">Ouvert</span></div>'
             '<div class="project-preview"><a href="/project/charte-participation/consultation/consultation">Révision de la charte</a></div>'
             f'<div class="project-preview"><a href="{old}/selection/laureats">Budget participatif 2023</a><span class="label">Terminé</span></div></section>'),
        page(f"{bp}/presentation/presentation", "Budget participatif 2025 — présentation", step_nav + m.prose(
            "400 000 € pour réaliser vos projets. Dépôt jusqu'au 15 juin, vote en novembre. Projets d'investissement uniquement."),
             {"participatory_budget"}, platforms={"capcollectif"}),
        page(f"{bp}/collect/depot-des-projets", "Dépôt des projets", step_nav + m.prose("Déposez votre projet : il sera étudié puis soumis au vote.")
             + '<button class="btn btn-primary" id="add-proposal">Déposer un projet</button><ul class="proposal-preview-list">'
             f'<li class="proposal-preview"><a href="{bp}/collect/depot-des-projets/proposals/velo-cargo">Des vélos cargos en prêt</a> · 37 votes</li></ul>',
             {"participatory_budget", "suggestion_call"}, platforms={"capcollectif"}, parent=("Budget participatif 2025", f"{bp}/presentation/presentation")),
        page(f"{bp}/collect/depot-des-projets/proposals/velo-cargo", "Des vélos cargos en prêt", m.prose(
            "Trois vélos cargos électriques prêtés gratuitement aux familles, à réserver à la médiathèque.")
             + '<div id="proposal-page-comments" class="comments-section"><h3>Commentaires (2)</h3><div class="opinion"><p>Génial pour les courses du samedi.</p></div>'
             '<form id="comment-form" class="comment-form" method="post" action="/comments"><label for="body">Votre commentaire</label>'
             '<textarea id="body" name="body"></textarea><button type="submit" class="btn btn-primary">Commenter</button></form></div>',
             {"participatory_budget", "comments"}, platforms={"capcollectif"}, parent=("Dépôt des projets", f"{bp}/collect/depot-des-projets")),
        page(f"{bp}/selection/vote", "Vote", step_nav + m.prose("Le vote ouvrira le 3 novembre. Vous disposerez de trois voix."),
             {"participatory_budget"}, platforms={"capcollectif"}, parent=("Budget participatif 2025", f"{bp}/presentation/presentation")),
        page(f"{old}/selection/laureats", "Budget participatif 2023 — lauréats", m.table(["Projet", "Voix"],
             [["Verger partagé du Bourg", "742"], ["Skatepark rénové", "688"], ["Fresque du passage Brévenne", "501"]]),
             {"participatory_budget"}, platforms={"capcollectif"}),
        page("/project/avenir-des-halles/questionnaire/questionnaire", "L'avenir de la place Carnot", m.prose("Dix questions pour imaginer la place Carnot de demain.")
             + '<form id="reply-form" class="questionnaire-form" method="post" action="/project/avenir-des-halles/questionnaire/questionnaire">'
             '<fieldset><legend>Fréquentez-vous la place Carnot ?</legend><label><input type="radio" name="responses[0]" value="souvent"> Souvent</label>'
             '<label><input type="radio" name="responses[0]" value="parfois"> Parfois</label><label><input type="radio" name="responses[0]" value="jamais"> Jamais</label></fieldset>'
             '<fieldset><legend>Que manque-t-il ?</legend><label><input type="checkbox" name="responses[1][]" value="ombre"> De l\'ombre</label>'
             '<label><input type="checkbox" name="responses[1][]" value="bancs"> Des bancs</label></fieldset><button type="submit" class="btn btn-primary">Envoyer</button></form>',
             {"poll"}, platforms={"capcollectif"}),
        page("/project/droit-de-petition/collect/petitions", "Droit de pétition", m.prose(
            "Déposez une pétition : à 500 signatures de Ferrancéens, elle est examinée en conseil municipal.")
             + m.petition_card("/project/droit-de-petition/collect/petitions", "Un passage piéton devant l'école Pasteur", 318, 500)
             + '<button class="btn btn-primary">Déposer une pétition</button>',
             {"petition"}, platforms={"capcollectif"}),
        page("/project/charte-participation/consultation/consultation", "Révision de la charte de la participation", m.prose(
            "Donnez votre avis article par article : votez d'accord, mitigé ou pas d'accord, et argumentez.")
             + '<div class="opinion"><h3>Article 4 — Le tirage au sort</h3><div class="opinion__votes"><button>D\'accord</button><button>Mitigé</button><button>Pas d\'accord</button></div>'
             '<form class="argument-form" method="post" action="/comments"><label for="argument-body">Votre argument</label><textarea id="argument-body" name="body"></textarea><button type="submit">Publier</button></form></div>',
             {"participation_displayed", "comments"}, platforms={"capcollectif"}),
    ]
    capco = Site(FERRANCY_CAPCO, "capcollectif", "Ferrancy participe", c_pages,
                 menu=[("Accueil", "/"), ("Budget participatif", f"{bp}/presentation/presentation"), ("Pétitions", "/project/droit-de-petition/collect/petitions")],
                 features=frozenset({P}), platforms=frozenset({"capcollectif"}))
    return City("99143", "Ferrancy", 39_200, "69", "84", "Auvergne-Rhône-Alpes", f"http://{FERRANCY}/", [www, capco])


# =====================================================================================================
# 99144 Plouzévran (Finistère) — WordPress, Go Vocal, a phpBB board of residents run by the city
# =====================================================================================================

PLOUZEVRAN = "www.plouzevran.bzh"
PLOUZEVRAN_GV = "plouzevran.govocal.com"
PLOUZEVRAN_FORUM = "forum.plouzevran.bzh"


def plouzevran() -> City:
    gv, fo = f"http://{PLOUZEVRAN_GV}", f"http://{PLOUZEVRAN_FORUM}"
    base = "/vivre-a-plouzevran/participation"
    poll = m.wp_polls(3, "Faut-il étendre la zone 30 à tout le bourg ?", ["Oui", "Non", "Seulement près des écoles"])
    news = [("/actualites/nouvelle-mediatheque/", "La médiathèque Ti ar Geriou ouvre ses portes", "9 mai", "Visites guidées samedi."),
            ("/actualites/marche-de-noel/", "Retour sur le marché de Noël", "20 décembre", "Une belle édition."),
            ("/actualites/ligne-ter/", "Ligne TER : la mobilisation continue", "2 mai", "Le conseil a voté un vœu.")]
    events = [("17", "mai", "Assemblée citoyenne pour le climat, session 2", "Salle An Triskell"),
              ("24", "mai", "Forum des associations", "Complexe de Kerlann"), ("31", "mai", "Fest-noz de printemps", "Place de l'Église")]
    pages = [
        page("/", "Accueil", m.with_aside(m.home("Degemer mat ! Bienvenue sur le site de la ville de Plouzévran.",
             [(f"{base}/", "Plouzévran ensemble"), (f"{base}/appel-a-idees-littoral/", "Appel à idées : le littoral"), (f"{base}/forum-des-habitants/", "Le forum des habitants"),
              ("/contact/", "Contact"), ("/mairie/deliberations/", "Délibérations"), ("/mairie/elections/", "Élections"),
              ("/mairie/etat-civil/rendez-vous/", "Prendre rendez-vous"), (gv + "/", "Plouzévran participe"), ("/actualites/forum-des-associations/", "Forum des associations")],
             news, events, "complianz"), m.widget("Votre avis", poll, "widget widget_polls-widget")),
             {"poll"}),
        page(f"{base}/", "Plouzévran ensemble", m.prose(
            "Plouzévran associe ses habitants à la transition du territoire : une assemblée citoyenne pour le climat tirée au sort, "
            "des appels à idées sur le littoral, un budget participatif et une plateforme en ligne, « Plouzévran participe ».")
             + m.links([(f"{base}/assemblee-citoyenne-climat/", "L'assemblée citoyenne pour le climat"), (f"{base}/appel-a-idees-littoral/", "Appel à idées : le littoral"),
                        (f"{base}/forum-des-habitants/", "Le forum des habitants"), (gv + "/", "Plouzévran participe")]),
             {"participation_displayed"}),
        page(f"{base}/assemblee-citoyenne-climat/", "L'assemblée citoyenne pour le climat", m.prose(
            "Quarante habitants de 16 à 84 ans, tirés au sort, travaillent pendant six mois sur une question : comment réduire de moitié les émissions "
            "de la commune d'ici 2035 ? Leurs propositions seront soumises au conseil municipal, qui s'engage à répondre à chacune."),
             {"participation_displayed"}, parent=("Plouzévran ensemble", f"{base}/")),
        page(f"{base}/appel-a-idees-littoral/", "Appel à idées : le littoral de demain", m.prose(
            "Le recul du trait de côte oblige à repenser le sentier côtier et les accès aux plages. Jusqu'au 30 juin, proposez vos idées "
            f'sur <a href="{gv}/fr-FR/projects/littoral-2035">la plateforme Plouzévran participe</a> ou déposez-les à l\'accueil de la mairie.'),
             {"suggestion_call"}, parent=("Plouzévran ensemble", f"{base}/")),
        # A city page presenting the residents' board and linking to it: not itself the board.
        page(f"{base}/forum-des-habitants/", "Le forum des habitants", m.prose(
            "Le forum des habitants est un espace de discussion modéré par la mairie : entraide, vie des quartiers, questions aux services.",
            f'<a href="{fo}/">Accéder au forum</a> — l\'inscription est gratuite.'),
             {"participation_displayed"}, decoys={"forum"}, parent=("Plouzévran ensemble", f"{base}/")),
        page("/actualites/forum-des-associations/", "Forum des associations", m.prose(
            "Samedi 24 mai, le complexe de Kerlann accueille le forum des associations : plus de 50 clubs et associations présents."),
             decoys={"forum"}),
        page("/actualites/marche-de-noel/", "Retour sur le marché de Noël", m.prose(
            "Trente exposants, une patinoire synthétique et la visite du Père Noël en calèche : merci à tous les bénévoles.")
             + m.wp_comments(201, [], open_=False),
             decoys={"comments"}),
        page("/actualites/nouvelle-mediatheque/", "La médiathèque Ti ar Geriou ouvre ses portes", m.prose(
            "Après deux ans de travaux, la médiathèque ouvre le 9 mai. Réagissez ci-dessous !")
             + m.disqus("plouzevran", f"http://{PLOUZEVRAN}/actualites/nouvelle-mediatheque/", "post-233"),
             {"comments"}),
        page("/actualites/ligne-ter/", "Ligne TER : la mobilisation continue", m.prose(
            "Le conseil municipal a adopté un vœu pour le maintien des arrêts en gare de Plouzévran. Une pétition nationale pour les petites lignes "
            "circule également sur un site de pétitions en ligne, indépendant de la commune."),
             decoys={"petition"}),
        page("/mairie/deliberations/", "Délibérations du conseil municipal", m.table(["Séance", "Objet"],
             [["7 avril", "Vote des taux d'imposition"], ["7 avril", "Subventions aux associations"], ["3 mars", "Débat d'orientation budgétaire"]])
             + m.downloads([("Procès-verbal de la séance du 7 avril", "700 Ko")]),
             decoys={"participation_displayed"}),
        page("/mairie/elections/", "Élections municipales : candidats et bureaux de vote", m.prose(
            "Deux listes sont candidates au premier tour. Les trois bureaux de vote sont ouverts de 8 h à 18 h.",
            "Procurations : faites votre demande sur le téléservice de l'État, puis présentez-vous en gendarmerie.")
             + m.table(["Bureau", "Lieu"], [["1", "Mairie"], ["2", "École de Kerlann"], ["3", "Salle An Triskell"]]),
             decoys={"poll"}),
        page("/mairie/etat-civil/rendez-vous/", "Prendre rendez-vous pour une carte d'identité", m.booking("/mairie/etat-civil/rendez-vous/", "un créneau en mairie",
             ["9 h", "10 h", "11 h", "14 h"]), decoys={"contact_form"}),
        page("/contact/", "Contact", m.prose("Mairie de Plouzévran, ouverte du lundi au vendredi.") + m.cf7("/contact/", 5), {"contact_form"}),
    ]
    www = Site(PLOUZEVRAN, "wordpress", "Plouzévran", pages,
               menu=[("Accueil", "/"), ("Participation", f"{base}/"), ("Mairie", "/mairie/deliberations/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "plouzevran"), social("bluesky", "plouzevran.bzh")],
               address="Mairie, 1 place de l'Église, 29270 Plouzévran")

    lit = "/fr-FR/projects/littoral-2035"
    g_pages = [
        page("/", "Accueil", m.prose("Plouzévran participe : donnez vos idées, votez, suivez les projets.")
             + f'<div class="e2e-project-cards"><a class="e2e-project-card" href="{lit}">Le littoral en 2035 — recueil d\'idées</a>'
             '<a class="e2e-project-card" href="/fr-FR/projects/budget-participatif-2025">Budget participatif 2025 — vote</a>'
             '<a class="e2e-project-card" href="/fr-FR/projects/enquete-mobilite">Enquête mobilité</a></div>'),
        page(lit, "Le littoral en 2035", m.prose("Phase actuelle : recueil d'idées, jusqu'au 30 juin. Partagez votre idée pour le sentier côtier et les plages.")
             + f'<a class="e2e-idea-button" href="{lit}/ideas">Voir les idées</a> <button class="e2e-idea-button">Soumettre votre idée</button>',
             {"suggestion_call"}, platforms={"govocal"}),
        page(f"{lit}/ideas", "Idées — Le littoral en 2035", '<div id="e2e-ideas-list"><a class="e2e-idea-card" href="/fr-FR/ideas/des-bancs-face-a-la-mer">'
             'Des bancs face à la mer</a><span>12 votes · 4 commentaires</span></div>',
             {"suggestion_call"}, platforms={"govocal"}, parent=("Le littoral en 2035", lit)),
        page("/fr-FR/ideas/des-bancs-face-a-la-mer", "Des bancs face à la mer", m.prose("Installer des bancs en bois local le long du sentier, tous les 500 mètres.")
             + '<div id="e2e-comments-container"><div class="e2e-comment">Oui, pour les anciens qui marchent moins !</div>'
             '<form id="e2e-comment-form" method="post" action="/fr-FR/ideas/des-bancs-face-a-la-mer"><label for="submit-comment">Écrire un commentaire</label>'
             '<textarea id="submit-comment" name="comment"></textarea><button type="submit" id="e2e-submit-comment">Publier</button></form></div>',
             {"suggestion_call", "comments"}, platforms={"govocal"}, parent=("Idées", f"{lit}/ideas")),
        page("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025", m.prose(
            "Vote en cours : répartissez 120 000 € entre les projets retenus. Ajoutez des projets à votre panier puis validez.")
             + '<ul class="e2e-budget-list"><li>Aire de pique-nique de Porz Kerlann — 24 000 € <button>Ajouter</button></li>'
             '<li>Composteurs partagés — 8 000 € <button>Ajouter</button></li></ul><button id="e2e-voting-submit-button">Soumettre mon vote</button>',
             {"participatory_budget"}, platforms={"govocal"}),
        page("/fr-FR/projects/enquete-mobilite", "Enquête mobilité", m.prose("Comment venez-vous au bourg ? Répondez à l'enquête en 3 minutes.")
             + '<form class="e2e-survey-form" method="post" action="/fr-FR/projects/enquete-mobilite"><fieldset><legend>Votre mode de transport principal</legend>'
             '<label><input type="radio" name="q1" value="voiture"> Voiture</label><label><input type="radio" name="q1" value="velo"> Vélo</label>'
             '<label><input type="radio" name="q1" value="car"> Car scolaire ou BreizhGo</label></fieldset><button type="submit" class="e2e-submit-form">Envoyer</button></form>',
             {"poll"}, platforms={"govocal"}),
    ]
    govocal = Site(PLOUZEVRAN_GV, "govocal", "Plouzévran participe", g_pages, menu=[("Projets", "/"), ("Le littoral", lit)],
                   features=frozenset({P}), platforms=frozenset({"govocal"}))

    topic = lambda href, title, n: (f'<li class="row bg1"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{href}" class="topictitle">{title}</a></div></dt>'
                                    f'<dd class="posts">{n} <dfn>Réponses</dfn></dd></dl></li>')
    f_pages = [
        page("/", "Index du forum", '<div class="forabg"><ul class="topiclist"><li class="header"><dl class="row-item"><dt>Forums</dt></dl></li></ul>'
             '<ul class="topiclist forums"><li class="row"><dl class="row-item forum_read"><dt><div class="list-inner">'
             '<a href="/viewforum.php?f=2" class="forumtitle">Vie des quartiers</a><br />Circulation, propreté, voisinage</div></dt><dd class="topics">38</dd></dl></li></ul></div>',
             {"forum"}),
        page("/viewforum.php?f=2", "Vie des quartiers", '<div class="action-bar"><a href="/ucp.php?mode=login" class="button">Nouveau sujet</a></div>'
             '<div class="forumbg"><ul class="topiclist topics">' + topic("/viewtopic.php?t=41", "Stationnement rue de Kerlann le samedi", 7) + "</ul></div>",
             {"forum"}, parent=("Index du forum", "/")),
        page("/viewtopic.php?t=41", "Stationnement rue de Kerlann le samedi",
             '<div id="p301" class="post has-profile bg2"><div class="inner"><dl class="postprofile"><dt>Gwenn29</dt></dl><div class="postbody"><div class="content">'
             'Le samedi matin, impossible de passer avec une poussette. Qui d\'autre a remarqué ?</div></div></div></div>'
             '<div id="p305" class="post has-profile bg1"><div class="inner"><dl class="postprofile"><dt>Mairie (modérateur)</dt></dl><div class="postbody"><div class="content">'
             'Merci, la police municipale passera samedi prochain.</div></div></div></div>'
             '<form method="post" action="/posting.php?mode=reply&amp;t=41" id="qr_postform"><textarea name="message" rows="7"></textarea><input type="submit" name="post" value="Envoyer" class="button1"></form>',
             {"forum"}, parent=("Vie des quartiers", "/viewforum.php?f=2")),
    ]
    forum = Site(PLOUZEVRAN_FORUM, "phpbb", "Forum des habitants de Plouzévran", f_pages, features=frozenset({"forum"}))
    return City("99144", "Plouzévran", 27_300, "29", "53", "Bretagne", f"http://{PLOUZEVRAN}/", [www, govocal, forum])


# =====================================================================================================
# 99145 Montbrézieux (Isère) — agency CMS, Publik e-services, a Fluicity space
# =====================================================================================================

MONTBREZIEUX = "www.montbrezieux.fr"
MONTBREZIEUX_PUBLIK = "demarches.montbrezieux.fr"
MONTBREZIEUX_FLUI = "montbrezieux.flui.city"


def _montbrezieux_fluicity() -> Site:
    fab = "/projets/fabrique-a-projets-2025"
    pages = [
        page("/", "Accueil", m.prose("Bienvenue dans l'espace participatif de Montbrézieux : projets, sondages, idées et actualités de la concertation.")
             + m.links([(fab, "La Fabrique à projets 2025"), ("/sondages/eclairage-nocturne", "Sondage : l'éclairage la nuit"),
                        ("/idees", "La boîte à idées"), ("/actualites/reunion-publique-gare", "Retour sur la réunion publique du quartier Gare")], "fl-cards", "En ce moment")),
        page(fab, "La Fabrique à projets 2025", m.prose("Phase de dépôt : proposez un projet d'investissement pour votre quartier avant le 15 juin. "
                                                        "Enveloppe : 600 000 €, dont 100 000 € réservés aux projets portés par des moins de 25 ans.")
             + f'<a class="fl-btn" href="{fab}/vote">Voir le calendrier du vote</a><button class="fl-btn fl-btn--primary">Déposer un projet</button>',
             {"participatory_budget", "suggestion_call"}, platforms={"fluicity"}),
        page(f"{fab}/vote", "Fabrique à projets : le vote", m.prose("Du 1er au 31 octobre, chaque habitant de plus de 12 ans pourra voter pour quatre projets.")
             + '<div class="fl-vote"><p>Le vote n\'est pas encore ouvert.</p></div>',
             {"participatory_budget"}, platforms={"fluicity"}),
        page("/sondages/eclairage-nocturne", "Sondage : l'éclairage la nuit", '<form class="fl-poll" method="post" action="/sondages/eclairage-nocturne">'
             '<fieldset><legend>Êtes-vous favorable à l\'extinction de l\'éclairage public de 1 h à 5 h ?</legend>'
             '<label><input type="radio" name="choice" value="1"> Oui</label><label><input type="radio" name="choice" value="2"> Non</label>'
             '<label><input type="radio" name="choice" value="3"> Oui, sauf le week-end</label></fieldset><button type="submit" class="fl-btn">Voter</button></form>',
             {"poll"}, platforms={"fluicity"}),
        page("/idees", "La boîte à idées", m.prose("Publiez une idée pour la ville, soutenez celles des autres : l'équipe municipale répond chaque mois aux plus soutenues.")
             + '<article class="fl-idea"><h3>Une navette le dimanche vers le marché</h3><p>48 soutiens · Réponse de la ville : à l\'étude</p></article>'
             '<button class="fl-btn fl-btn--primary">Proposer une idée</button>',
             {"suggestion_call"}, platforms={"fluicity"}),
        page("/actualites/reunion-publique-gare", "Retour sur la réunion publique du quartier Gare", m.prose(
            "Plus de 120 habitants ont échangé avec les élus sur le réaménagement du parvis. La synthèse est en ligne ; réagissez ci-dessous.")
             + '<section class="fl-comments"><div class="fl-comment">Merci pour la synthèse, on attend le plan définitif.</div>'
             '<form class="fl-comment-form" method="post" action="/actualites/reunion-publique-gare"><textarea name="content" aria-label="Votre commentaire"></textarea>'
             '<button type="submit">Commenter</button></form></section>',
             {"comments", "participation_displayed"}, platforms={"fluicity"}),
    ]
    return Site(MONTBREZIEUX_FLUI, "vendor", "Montbrézieux", pages, menu=[("Accueil", "/"), ("Projets", fab), ("Idées", "/idees")],
                features=frozenset({P}), platforms=frozenset({"fluicity"}))


def montbrezieux() -> City:
    fl, pk = f"http://{MONTBREZIEUX_FLUI}", f"http://{MONTBREZIEUX_PUBLIK}"
    base = "/participer"
    news = [("/actualites/plan-climat", "Plan climat : la ville accélère", "14 mai", "Objectifs et calendrier."),
            (f"{base}/budget-participatif/laureats-2024", "Fabrique à projets : les lauréats 2024", "3 mai", "Onze projets financés."),
            (f"{base}/sondages-clos", "Résultats des derniers sondages", "28 avril", "Ce que vous avez répondu.")]
    events = [("20", "mai", "Comité de quartier Gare — Isle", "Maison de quartier"), ("22", "mai", "Conseil municipal", "Hôtel de ville"),
              ("8", "juin", "Votation citoyenne", "Bureaux de vote")]
    pages = [
        page("/", "Accueil", m.home("Montbrézieux, ville au pied de la Chartreuse.",
             [(base, "Montbrézieux en dialogue"), (f"{base}/budget-participatif", "Fabrique à projets"), (f"{base}/votation-citoyenne", "Votation du 8 juin"),
              (f"{base}/questionnaire-proprete", "Questionnaire propreté"), (pk + "/", "Démarches en ligne"), ("/contact", "Contact"),
              ("/mairie/conseil-municipal", "Conseil municipal"), ("/mairie/marches-publics", "Marchés publics"), ("/lettre-information", "Lettre d'information"),
              (fl + "/", "Espace participatif")], news, events)),
        page(base, "Montbrézieux en dialogue", m.prose(
            "« Montbrézieux en dialogue » réunit les comités de quartier, la Fabrique à projets, les votations citoyennes et les consultations "
            "en ligne. Une charte de la participation, adoptée en 2023, garantit un retour sur chaque avis.")
             + m.links([(f"{base}/comites-de-quartier", "Les comités de quartier"), (f"{base}/votation-citoyenne", "La votation citoyenne du 8 juin"),
                        (f"{base}/budget-participatif", "La Fabrique à projets"), (f"{base}/questionnaire-proprete", "Questionnaire propreté"),
                        (f"{base}/sondages-clos", "Sondages terminés"), (fl + "/", "L'espace participatif en ligne")]),
             {"participation_displayed"}),
        page(f"{base}/comites-de-quartier", "Les comités de quartier", m.prose(
            "Sept comités de quartier, ouverts à tous, se réunissent au moins quatre fois par an. Un tiers des membres est tiré au sort chaque année "
            "parmi les volontaires pour renouveler les visages.")
             + m.table(["Comité", "Référent"], [["Gare — Isle", "Mme Bonnard"], ["Chartreuse", "M. Ferlay"], ["Les Granges", "Mme Touati"]]),
             {"participation_displayed"}, parent=("Montbrézieux en dialogue", base)),
        # A votation at polling stations: the city presents its approach; nothing to answer on the page.
        page(f"{base}/votation-citoyenne", "Votation citoyenne du 8 juin : la piétonnisation de la Grand-Rue", m.prose(
            "Pour la première fois, la ville organise une votation citoyenne ouverte à tous les habitants de plus de 16 ans, y compris les "
            "résidents étrangers. Vote à l'urne dans les sept bureaux de quartier, sur présentation d'un justificatif de domicile.",
            "Le conseil municipal s'est engagé à suivre le résultat si plus de 20 % des habitants votent.")
             + m.downloads([("Livret de la votation : arguments pour et contre", "1,9 Mo")]),
             {"participation_displayed"}, decoys={"poll"}, parent=("Montbrézieux en dialogue", base)),
        page(f"{base}/budget-participatif", "La Fabrique à projets", m.prose(
            "La Fabrique à projets est le budget participatif de Montbrézieux : 600 000 € par an pour des projets proposés puis votés par les habitants, "
            "dont une enveloppe jeunesse de 100 000 €.",
            f'Dépôt des projets jusqu\'au 15 juin sur <a href="{fl}/projets/fabrique-a-projets-2025">l\'espace participatif</a>.')
             + m.links([(f"{base}/budget-participatif/laureats-2024", "Les lauréats 2024")]),
             {"participatory_budget"}, parent=("Montbrézieux en dialogue", base)),
        page(f"{base}/budget-participatif/laureats-2024", "Fabrique à projets : les lauréats 2024", m.prose("4 906 votants ont retenu onze projets.")
             + m.table(["Projet", "Quartier", "Montant"], [["Îlot de fraîcheur école Jaurès", "Gare — Isle", "85 000 €"],
                                                          ["Parcours d'orientation", "Chartreuse", "22 000 €"], ["Studio de musique jeunes", "Les Granges", "40 000 €"]]),
             {"participatory_budget"}, parent=("La Fabrique à projets", f"{base}/budget-participatif")),
        page(f"{base}/questionnaire-proprete", "Questionnaire : la propreté de votre quartier", m.prose("La ville prépare un nouveau plan propreté. Vos réponses aideront à cibler les efforts.")
             + m.vendor_form(f"{base}/questionnaire-proprete", "enquete-proprete",
                             [("quartier", "Votre quartier", "select", ("Gare — Isle", "Chartreuse", "Les Granges", "Centre")),
                              ("note", "Comment jugez-vous la propreté de votre rue ?", "radio", ("Très satisfaisante", "Correcte", "Insuffisante")),
                              ("priorites", "Vos priorités", "checkbox", ("Déjections canines", "Dépôts sauvages", "Corbeilles", "Tags"))], "Envoyer mes réponses"),
             {"poll"}, parent=("Montbrézieux en dialogue", base)),
        page(f"{base}/sondages-clos", "Sondages terminés : les résultats", m.results_bars("Faut-il créer une zone de rencontre rue Berlioz ?", [("Oui", 63), ("Non", 37)],
             "Sondage clos le 2 avril — 1 322 réponses.") + m.results_bars("Horaires d'été des parcs", [("Jusqu'à 22 h", 71), ("Jusqu'à 20 h", 29)], "Sondage clos le 15 mars."),
             decoys={"poll"}, parent=("Montbrézieux en dialogue", base)),
        page("/actualites/plan-climat", "Plan climat : la ville accélère", m.prose(
            "Le plan climat adopté en conseil prévoit la rénovation de quinze bâtiments communaux et 20 km de pistes cyclables. "
            "Plusieurs actions viennent de projets lauréats du budget participatif, et une concertation aura lieu à l'automne sur les mobilités."),
             decoys={"participatory_budget", "participation_displayed"}),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 43 élus. Il se réunit environ une fois par mois ; les séances sont publiques.")
             + m.table(["Date", "Ordre du jour"], [["22 mai", "Compte administratif 2024, tarifs périscolaires"], ["26 juin", "Décision modificative n° 1"]]),
             decoys={"participation_displayed"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose("Avis d'appel public à la concurrence en cours : réfection de la toiture du gymnase Vercors (date limite 6 juin)."),
             decoys={"suggestion_call"}),
        page("/contact", "Contact", m.prose(f'Pour une démarche, passez par le <a href="{pk}/">portail des démarches</a>. Pour toute autre question :')
             + m.vendor_form("/contact", "contact", m.CONTACT_FIELDS), {"contact_form"}),
        page("/lettre-information", "Lettre d'information", m.newsletter("/lettre-information"), decoys={"contact_form"}),
    ]
    www = Site(MONTBREZIEUX, "vendor", "Ville de Montbrézieux", pages,
               menu=[("Accueil", "/"), ("Participer", base), ("Mairie", "/mairie/conseil-municipal"), ("Contact", "/contact")],
               accounts=[social("facebook", "montbrezieux"), social("instagram", "montbrezieux_ville"), social("linkedin", "ville-de-montbrezieux")],
               address="Hôtel de ville, place Lesdiguières, 38450 Montbrézieux")

    wcs = lambda action, fields: (f'<form action="{action}" method="post" enctype="multipart/form-data" class="quixote"><div class="page">'
                                  + "".join(f'<div class="field {"text" if k == "textarea" else "string"}" id="{n}"><label for="form_{n}">{lab}</label>'
                                            + (f'<textarea id="form_{n}" name="f{n}" rows="6"></textarea>' if k == "textarea" else f'<input type="{k}" id="form_{n}" name="f{n}">')
                                            + "</div>" for n, lab, k in fields)
                                  + '<div class="buttons submit"><button name="submit" value="Valider">Valider</button></div></div></form>')
    p_pages = [
        page("/", "Démarches en ligne", m.links([("/signaler-un-probleme/", "Signaler un problème sur l'espace public"), ("/contacter-la-mairie/", "Contacter la mairie"),
                                                 ("/inscriptions-periscolaire/", "Inscription au périscolaire")], "combo-links", "Démarches")),
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", wcs("/signaler-un-probleme/",
             [("1", "Adresse ou lieu", "text"), ("2", "Description du problème", "textarea"), ("3", "Votre courriel", "email")]),
             {"contact_form"}),
        page("/contacter-la-mairie/", "Contacter la mairie", wcs("/contacter-la-mairie/",
             [("1", "Nom", "text"), ("2", "Courriel", "email"), ("3", "Votre message", "textarea")]), {"contact_form"}),
        page("/inscriptions-periscolaire/", "Inscription au périscolaire", wcs("/inscriptions-periscolaire/",
             [("1", "Nom de l'enfant", "text"), ("2", "Date de naissance", "date"), ("3", "École", "text"), ("4", "Courriel du responsable", "email")]),
             decoys={"contact_form"}),
    ]
    publik = Site(MONTBREZIEUX_PUBLIK, "publik", "Démarches — Montbrézieux", p_pages, menu=[("Accueil", "/"), ("Site de la ville", f"http://{MONTBREZIEUX}/")],
                  address="Hôtel de ville de Montbrézieux")
    return City("99145", "Montbrézieux", 71_500, "38", "84", "Auvergne-Rhône-Alpes", f"http://{MONTBREZIEUX}/",
                [www, publik, _montbrezieux_fluicity()])


# =====================================================================================================
# 99146 Quintavel (Loire-Atlantique) — Drupal, a LimeSurvey instance, a Discourse board of residents
# =====================================================================================================

QUINTAVEL = "www.quintavel.fr"
QUINTAVEL_SURVEYS = "enquetes.quintavel.fr"
QUINTAVEL_BOARD = "echanges.quintavel.fr"


def _quintavel_surveys() -> Site:
    pages = [
        page("/", "Questionnaires de la ville de Quintavel", '<div class="survey-list"><h2>Questionnaires publics</h2><ul>'
             '<li><a href="/index.php/482913?lang=fr">La cour de l\'école Jules-Verne</a></li>'
             '<li><a href="/index.php/371204?lang=fr">Le marché du jeudi (terminé)</a></li></ul></div>'),
        page("/index.php/482913?lang=fr", "La cour de l'école Jules-Verne",
             '<form id="limesurvey" name="limesurvey" method="post" action="/index.php/482913?lang=fr" class="survey-form-container form">'
             '<div id="question3501" class="question-container list-radio mandatory"><div class="question-title-container"><div class="ls-label-question">Quelle cour souhaitez-vous pour vos enfants ?</div></div>'
             '<ul class="ls-answers answers-list radio-list"><li class="answer-item radio-item"><input type="radio" value="A1" name="482913X12X3501" id="answer482913X12X3501A1"><label for="answer482913X12X3501A1">Une cour végétalisée</label></li>'
             '<li class="answer-item radio-item"><input type="radio" value="A2" name="482913X12X3501" id="answer482913X12X3501A2"><label for="answer482913X12X3501A2">Une cour sportive</label></li>'
             '<li class="answer-item radio-item"><input type="radio" value="A3" name="482913X12X3501" id="answer482913X12X3501A3"><label for="answer482913X12X3501A3">Un mélange des deux</label></li></ul></div>'
             '<div id="question3502" class="question-container multiple-opt"><div class="ls-label-question">Quels équipements ?</div>'
             '<ul class="ls-answers checkbox-list"><li><input type="checkbox" name="482913X12X3502SQ001" value="Y" id="c1"><label for="c1">Préau</label></li>'
             '<li><input type="checkbox" name="482913X12X3502SQ002" value="Y" id="c2"><label for="c2">Potager</label></li></ul></div>'
             '<input type="hidden" name="sid" value="482913"><div class="navigator"><button type="submit" id="ls-button-submit" name="move" value="movesubmit" class="btn btn-primary">Envoyer</button></div></form>',
             {"poll"}),
        page("/index.php/371204?lang=fr", "Le marché du jeudi", '<div class="alert alert-warning">Ce questionnaire n\'est plus actif. '
             'Merci aux 644 participants : les résultats sont publiés sur le site de la ville.</div>',
             decoys={"poll"}),
    ]
    return Site(QUINTAVEL_SURVEYS, "vendor", "Enquêtes — Ville de Quintavel", pages)


def quintavel() -> City:
    sv, bd = f"http://{QUINTAVEL_SURVEYS}", f"http://{QUINTAVEL_BOARD}"
    base = "/citoyennete"
    news = [("/actualites/passage-a-niveau", "Passage à niveau : le chantier en questions", "6 juin", "Travaux en juillet."),
            ("/actualites/grande-cause", "Quintavel et la grande consultation nationale", "30 mai", "Une action locale."),
            ("/vie-economique/forum-emploi", "Forum de l'emploi et de l'alternance", "22 mai", "Rendez-vous salle de l'Erdre.")]
    events = [("12", "juin", "Conseil citoyen Bellevue", "Centre social"), ("14", "juin", "Fête de la musique", "Centre-ville"),
              ("19", "juin", "Conseil municipal", "Hôtel de ville")]
    pages = [
        page("/", "Accueil", m.home("Quintavel, ville de l'estuaire.",
             [(base + "/participation", "Quintavel démocratie ouverte"), (base + "/petitions", "Pétitions"), (base + "/consultation-cour-ecole", "Consultation : la cour d'école"),
              (base + "/appel-a-projets-citoyens", "Appel à projets citoyens"), (base + "/echanges", "Échanges entre habitants"), ("/contact", "Contact"),
              ("/mon-espace", "Mon espace"), ("/associations/conseil-des-sages", "Conseil des sages"), (sv + "/", "Questionnaires")], news, events, "eu")),
        page(base + "/participation", "Quintavel démocratie ouverte", m.prose(
            "Quintavel a inscrit dans sa charte de la démocratie ouverte quatre droits pour ses habitants : le droit d'être informé, "
            "le droit d'être consulté, le droit de pétition et le droit d'initiative citoyenne. Un observatoire indépendant publie chaque année "
            "un bilan des démarches.")
             + m.links([(base + "/conseils-citoyens", "Les conseils citoyens"), (base + "/referendum-local-2024", "Le référendum local de 2024"),
                        (base + "/petitions", "Le droit de pétition"), (base + "/consultation-cour-ecole", "Consultation en cours"),
                        (base + "/appel-a-projets-citoyens", "Appel à projets citoyens"), (base + "/echanges", "Échanges entre habitants")]),
             {"participation_displayed"}),
        page(base + "/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers Bellevue et Port-Lavigne, les conseils citoyens associent habitants tirés au sort et acteurs locaux au contrat de ville. "
            "Ils siègent au comité de pilotage et disposent d'un fonds de participation des habitants."),
             {"participation_displayed"}, parent=("Quintavel démocratie ouverte", base + "/participation")),
        # Results of a past local referendum: the approach is shown, there is nothing left to answer.
        page(base + "/referendum-local-2024", "Référendum local de 2024 : les résultats", m.prose(
            "Le 23 juin 2024, les électeurs ont approuvé à 58 % la transformation de l'ancienne caserne en quartier d'habitat et de jardins. "
            "Participation : 46 %. Le conseil municipal a pris acte du résultat le 4 juillet.")
             + m.results_bars("Approuvez-vous le projet de la caserne ?", [("Oui", 58), ("Non", 42)], "Résultats officiels proclamés le 23 juin 2024."),
             {"participation_displayed"}, decoys={"poll"}, parent=("Quintavel démocratie ouverte", base + "/participation")),
        # The petition space; its filing form's free-text field writes to the city, as a contact form would.
        page(base + "/petitions", "Le droit de pétition", m.prose(
            "Toute personne de 16 ans et plus résidant à Quintavel peut déposer une pétition. À 600 signatures, elle est présentée en conseil municipal "
            "par ses auteurs.")
             + m.petition_card(base + "/petitions/piscine-le-dimanche", "Ouvrir la piscine le dimanche après-midi", 427, 600)
             + m.vendor_form(base + "/petitions", "nouvelle-petition", [("titre", "Titre de la pétition", "text", ()), ("texte", "Texte de la pétition", "textarea", ()),
                                                                        ("courriel", "Votre courriel", "email", ())], "Déposer ma pétition",
                             "Déposez votre pétition : elle sera publiée après vérification de sa recevabilité."),
             {"petition", "contact_form"}, parent=("Quintavel démocratie ouverte", base + "/participation")),
        page(base + "/petitions/piscine-le-dimanche", "Ouvrir la piscine le dimanche après-midi", m.prose(
            "Nous demandons l'ouverture de la piscine de l'Erdre le dimanche de 14 h à 18 h toute l'année.")
             + m.petition_sign(base + "/petitions/piscine-le-dimanche", "Ouvrir la piscine le dimanche après-midi", 427, 600),
             {"petition"}, parent=("Le droit de pétition", base + "/petitions")),
        page(base + "/consultation-cour-ecole", "Consultation : la cour de l'école Jules-Verne", m.prose(
            "La cour de l'école Jules-Verne sera transformée l'été prochain. Parents, enfants, riverains : répondez au questionnaire ci-dessous.")
             + m.limesurvey_embed(sv + "/index.php/482913?lang=fr", "Questionnaire cour d'école"),
             {"poll"}, parent=("Quintavel démocratie ouverte", base + "/participation")),
        # "Appel à projets citoyens": the city calls residents' own projects; the form's free-text field writes to the city.
        page(base + "/appel-a-projets-citoyens", "Appel à projets citoyens", m.prose(
            "Vous avez une idée pour animer votre rue ou votre quartier ? La ville soutient les initiatives d'habitants jusqu'à 2 000 €. "
            "Décrivez votre projet : un agent vous recontacte sous quinze jours.")
             + m.webform(base + "/appel-a-projets-citoyens", "projet_citoyen", [("nom", "Nom", "text", ()), ("email", "Courriel", "email", ()),
                                                                                ("description", "Votre projet", "textarea", ())]),
             {"suggestion_call", "contact_form"}, parent=("Quintavel démocratie ouverte", base + "/participation")),
        page(base + "/echanges", "Échanges entre habitants", m.prose(
            f'La ville héberge un espace de discussion entre habitants : <a href="{bd}/">echanges.quintavel.fr</a>. Les messages sont publiés '
            "après inscription et modérés selon une charte."),
             {"participation_displayed"}, decoys={"forum"}, parent=("Quintavel démocratie ouverte", base + "/participation")),
        page("/actualites/grande-cause", "Quintavel et la grande consultation nationale", m.prose(
            "Une association quintavelaise a relayé localement la grande consultation nationale lancée par Make.org sur la jeunesse : "
            "deux ateliers se sont tenus à la maison des jeunes."),
             decoys={P, "participation_displayed"}),
        page("/actualites/passage-a-niveau", "Passage à niveau : le chantier en questions", m.prose(
            "La suppression du passage à niveau n° 12 entraînera la fermeture de la rue des Forges du 7 au 25 juillet. Vos questions en commentaire.")
             + m.drupal_comments(810, [("Anne-Sophie", "7 juin", "Quelle déviation pour les bus scolaires ?"), ("Service communication", "8 juin", "La ligne 4 passera par la rue Guist'hau.")]),
             {"comments"}),
        page("/vie-economique/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Quarante entreprises et centres de formation vous attendent le 22 mai, salle de l'Erdre. Entrée libre."),
             decoys={"forum"}),
        # A call for candidates to the council of elders: a participation body, but a call for candidates, not for ideas.
        page("/associations/conseil-des-sages", "Appel à candidatures : conseil des sages", m.prose(
            "Le conseil des sages, instance consultative des Quintavelais de plus de 62 ans, renouvelle la moitié de ses membres. "
            "Candidatures par courrier avant le 30 septembre."),
             {"participation_displayed"}, decoys={"suggestion_call"}),
        page("/contact", "Contact", m.webform("/contact", "contact", [("nom", "Nom", "text", ()), ("email", "Courriel", "email", ()),
                                                                        ("message", "Message", "textarea", ())]), {"contact_form"}),
        page("/mon-espace", "Mon espace", m.login("/mon-espace"), decoys={"contact_form"}),
    ]
    www = Site(QUINTAVEL, "drupal", "Ville de Quintavel", pages,
               menu=[("Accueil", "/"), ("Citoyenneté", base + "/participation"), ("Actualités", "/actualites/passage-a-niveau"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleQuintavel"), social("instagram", "quintavel"), social("youtube", "quintaveltv")],
               address="Hôtel de ville, 3 cours de l'Estuaire, 44530 Quintavel")

    row = lambda href, title, n: f'<tr class="topic-list-item"><td class="main-link"><a href="{href}" class="title raw-link raw-topic-link">{title}</a></td><td class="replies">{n}</td></tr>'
    b_pages = [
        page("/", "Derniers sujets", '<table class="topic-list"><tbody>' + row("/t/stationnement-rue-des-tanneurs/218", "Stationnement rue des Tanneurs", 14)
             + row("/c/quartiers/5", "Catégorie : vie des quartiers", "") + "</tbody></table>", {"forum"}),
        page("/c/quartiers/5", "Vie des quartiers", '<table class="topic-list"><tbody>' + row("/t/stationnement-rue-des-tanneurs/218", "Stationnement rue des Tanneurs", 14)
             + "</tbody></table>", {"forum"}),
        page("/t/stationnement-rue-des-tanneurs/218", "Stationnement rue des Tanneurs",
             '<div class="topic-body crawler-post" itemprop="comment"><div class="crawler-post-meta"><span class="creator" itemprop="author">loic_q</span></div>'
             '<div class="post" itemprop="text"><p>Les camionnettes de livraison bloquent la rue tous les matins. Une aire de livraison serait possible ?</p></div></div>'
             '<div class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator">marie.t</span></div><div class="post"><p>D\'accord, surtout le mardi.</p></div></div>',
             {"forum"}, parent=("Vie des quartiers", "/c/quartiers/5")),
    ]
    board = Site(QUINTAVEL_BOARD, "discourse", "Échanges — Quintavel", b_pages, menu=[("Derniers", "/"), ("Catégories", "/c/quartiers/5")],
                 features=frozenset({"forum"}))
    return City("99146", "Quintavel", 52_800, "44", "52", "Pays de la Loire", f"http://{QUINTAVEL}/", [www, _quintavel_surveys(), board])


# =====================================================================================================
# 99147 Orsenval (Hauts-de-Seine) — agency CMS, a home-made space "Je participe", a neighbours' network
# =====================================================================================================

ORSENVAL = "www.orsenval.fr"
ORSENVAL_JP = "jeparticipe.orsenval.fr"
ORSENVAL_VOISINS = "voisins.orsenval.fr"


def _orsenval_space() -> Site:
    pages = [
        page("/", "Accueil", m.prose("Je participe, l'espace en ligne des Orsenvalois : pétitions, idées, consultations et budget jeunes.")
             + m.links([("/petitions", "Les pétitions"), ("/idees", "La boîte à idées"), ("/budget-jeunes/vote", "Budget jeunes : je vote"),
                        ("/consultations/plan-velo", "Consultation : le plan vélo")], "jp-tiles", "Participer")),
        page("/petitions", "Les pétitions", m.prose("À 1 500 signatures, une pétition est inscrite à l'ordre du jour du conseil municipal.")
             + m.petition_card("/petitions/12-pietonnisation-rue-gambetta", "Piétonniser la rue Gambetta le week-end", 1_134, 1_500)
             + '<p><a class="jp-btn" href="/petitions/nouvelle">Lancer une pétition</a></p>',
             {"petition"}),
        page("/petitions/12-pietonnisation-rue-gambetta", "Piétonniser la rue Gambetta le week-end", m.prose(
            "Les commerçants et riverains signataires demandent la fermeture de la rue à la circulation le samedi et le dimanche.")
             + m.petition_sign("/petitions/12-pietonnisation-rue-gambetta/signer", "Piétonniser la rue Gambetta le week-end", 1_134, 1_500),
             {"petition"}, parent=("Les pétitions", "/petitions")),
        # Starting a petition: the text field writes to the city, as a contact form would.
        page("/petitions/nouvelle", "Lancer une pétition", m.vendor_form("/petitions/nouvelle", "petition-new",
             [("titre", "Titre", "text", ()), ("texte", "Texte de votre pétition", "textarea", ()), ("email", "Votre courriel", "email", ())], "Soumettre à la modération"),
             {"petition", "contact_form"}, parent=("Les pétitions", "/petitions")),
        page("/idees", "La boîte à idées", m.prose("Partagez vos idées pour Orsenval : chaque mois, les élus répondent aux trois idées les plus soutenues.")
             + '<article class="jp-idea"><h3>Des toilettes publiques au parc Montalais</h3><p>87 soutiens</p></article>'
             + '<p><a class="jp-btn" href="/idees/proposer">Proposer une idée</a></p>', {"suggestion_call"}),
        # The idea form: a call for suggestions whose free-text field writes to the city.
        page("/idees/proposer", "Proposer une idée", m.vendor_form("/idees/proposer", "idee", [("titre", "Votre idée en une phrase", "text", ()),
             ("detail", "Expliquez votre idée", "textarea", ()), ("quartier", "Quartier concerné", "select", ("Centre", "Montalais", "Les Closeaux"))], "Publier mon idée"),
             {"suggestion_call", "contact_form"}, parent=("La boîte à idées", "/idees")),
        page("/budget-jeunes/vote", "Budget jeunes : je vote", m.prose("Tu as entre 11 et 25 ans et tu habites Orsenval ? Choisis deux projets parmi les six finalistes.")
             + '<form class="jp-ballot" method="post" action="/budget-jeunes/vote"><label><input type="checkbox" name="projets[]" value="1"> Un terrain de padel</label>'
             '<label><input type="checkbox" name="projets[]" value="2"> Un studio de podcast à la MJC</label><label><input type="checkbox" name="projets[]" value="3"> Des casiers solidaires</label>'
             '<button type="submit">Valider mon vote</button></form>',
             {"participatory_budget"}),
        page("/consultations/plan-velo", "Consultation : le plan vélo", m.questionnaire("/consultations/plan-velo", "plan-velo", "Huit questions, cinq minutes.",
             [("usage", "Utilisez-vous le vélo en ville ?", "radio", ("Tous les jours", "Parfois", "Jamais")),
              ("frein", "Qu'est-ce qui vous en empêche ?", "checkbox", ("Pas de piste", "Peur du vol", "Relief", "Rien")),
              ("priorite", "Quelle priorité ?", "select", ("Pistes séparées", "Stationnement", "Zones 30"))]),
             {"poll"}),
    ]
    return Site(ORSENVAL_JP, "vendor", "Je participe — Orsenval", pages, menu=[("Accueil", "/"), ("Pétitions", "/petitions"), ("Idées", "/idees")],
                address="Ville d'Orsenval — Mission démocratie participative", features=frozenset({P}), platforms=frozenset({"custom"}))


def orsenval() -> City:
    jp, vo = f"http://{ORSENVAL_JP}", f"http://{ORSENVAL_VOISINS}"
    base = "/democratie-participative"
    news = [("/actualites/je-participe", "Je participe fête ses un an", "10 juin", "Bilan et nouveautés."),
            ("/mairie/elections-municipales", "Élections : inscrivez-vous sur les listes", "2 juin", "Jusqu'au 6e vendredi avant le scrutin."),
            (f"{base}/convention-citoyenne", "Convention citoyenne : les 50 propositions", "28 mai", "Rendu le 14 juin.")]
    events = [("14", "juin", "Rendu de la convention citoyenne", "Théâtre des Closeaux"), ("18", "juin", "Conseil municipal", "Hôtel de ville"),
              ("21", "juin", "Fête des voisins", "Partout en ville")]
    pages = [
        page("/", "Accueil", m.home("Bienvenue à Orsenval.",
             [(base, "Orsenval, ville ouverte"), (f"{base}/convention-citoyenne", "Convention citoyenne"), (f"{base}/droit-interpellation", "Droit d'interpellation"),
              (f"{base}/budget-jeunes", "Budget jeunes"), (f"{base}/voisins", "Orsenval Voisins"), ("/securite/voisins-vigilants", "Sécurité"),
              ("/mairie/deliberations", "Délibérations"), ("/contact", "Contact"), ("/sports/reservation-equipements", "Réserver un équipement"),
              ("/reseaux-sociaux", "Nos réseaux"), (jp + "/", "Je participe")], news, events)),
        page(base, "Orsenval, ville ouverte", m.prose(
            "Depuis 2020, Orsenval expérimente de nouvelles formes de démocratie : une convention citoyenne tirée au sort, un droit d'interpellation, "
            "un budget participatif réservé aux jeunes et un espace en ligne, Je participe. Une charte de la participation en fixe les règles.")
             + m.links([(f"{base}/convention-citoyenne", "La convention citoyenne"), (f"{base}/droit-interpellation", "Le droit d'interpellation"),
                        (f"{base}/budget-jeunes", "Le budget jeunes"), (f"{base}/voisins", "Orsenval Voisins"), (jp + "/", "Je participe")]),
             {"participation_displayed"}),
        page(f"{base}/convention-citoyenne", "La convention citoyenne", m.prose(
            "Cinquante habitants tirés au sort ont travaillé huit week-ends sur la question : « Comment mieux partager l'espace public ? ». "
            "Ils remettront leurs cinquante propositions au maire le 14 juin, lors d'une séance publique. Chaque proposition recevra une réponse motivée."),
             {"participation_displayed"}, parent=("Orsenval, ville ouverte", base)),
        # The right of interpellation presented by the city, signed on its own space.
        page(f"{base}/droit-interpellation", "Le droit d'interpellation", m.prose(
            "Toute personne de plus de 16 ans domiciliée à Orsenval peut lancer une pétition. À 1 500 signatures, elle est inscrite à l'ordre du jour "
            "du conseil municipal, et ses auteurs y prennent la parole.",
            f'Lancez ou signez une pétition sur <a href="{jp}/petitions">Je participe</a>.'),
             {"petition", "participation_displayed"}, parent=("Orsenval, ville ouverte", base)),
        page(f"{base}/budget-jeunes", "Le budget jeunes", m.prose(
            "100 000 € pour des projets imaginés par les 11-25 ans. Les projets sont déposés au printemps, accompagnés par les animateurs jeunesse, "
            f'puis soumis au vote des jeunes Orsenvalois en juin sur <a href="{jp}/budget-jeunes/vote">Je participe</a>.'),
             {"participatory_budget"}, parent=("Orsenval, ville ouverte", base)),
        # The city presents its own neighbours' network and sends residents to it.
        page(f"{base}/voisins", "Orsenval Voisins, le réseau social de quartier", m.prose(
            "Prêter une perceuse, trouver un covoiturage, organiser la fête des voisins : Orsenval Voisins est le réseau social de proximité "
            "proposé par la ville à tous les habitants. Inscription gratuite, vérification de l'adresse.",
            f'<a href="{vo}/">Rejoindre Orsenval Voisins</a>'),
             {"territorial_social_network"}, parent=("Orsenval, ville ouverte", base)),
        page("/securite/voisins-vigilants", "Participation citoyenne et voisins vigilants", m.prose(
            "Le protocole « participation citoyenne » signé avec la préfecture et la police nationale associe des habitants référents à la "
            "prévention des cambriolages. Les référents relaient les alertes de la police auprès de leurs voisins."),
             decoys={"territorial_social_network", "participation_displayed"}),
        page("/actualites/je-participe", "Je participe fête ses un an", m.prose(
            "Un an après son lancement, l'espace Je participe compte 6 200 inscrits, 41 pétitions et 300 idées. Une nouvelle rubrique consultations arrive en septembre.")
             + m.share_buttons(f"http://{ORSENVAL}/actualites/je-participe", "Je participe a un an"),
             decoys={P, "social_account"}),
        page("/mairie/deliberations", "Délibérations et procès-verbaux", m.table(["Séance", "Délibérations"], [["18 juin", "12"], ["21 mai", "18"], ["9 avril", "9"]])
             + m.downloads([("Procès-verbal du 21 mai", "1,1 Mo")]), decoys={"participation_displayed"}),
        page("/mairie/elections-municipales", "Élections : inscrivez-vous sur les listes", m.prose(
            "Pour voter, il faut être inscrit sur les listes électorales. Inscription en ligne ou en mairie, avec un justificatif de domicile.",
            "Les 27 bureaux de vote d'Orsenval sont ouverts de 8 h à 20 h."),
             decoys={"poll"}),
        page("/contact", "Contact", m.vendor_form("/contact", "contact", m.CONTACT_FIELDS), {"contact_form"}),
        page("/sports/reservation-equipements", "Réserver un équipement sportif", m.booking("/sports/reservation-equipements", "un court ou un gymnase",
             ["8 h - 10 h", "10 h - 12 h", "18 h - 20 h"]), decoys={"contact_form"}),
        page("/reseaux-sociaux", "La ville sur les réseaux sociaux", m.prose("Suivez l'actualité d'Orsenval sur Facebook, Instagram et LinkedIn : liens en bas de page."),
             decoys={"territorial_social_network"}),
    ]
    www = Site(ORSENVAL, "vendor", "Ville d'Orsenval", pages,
               menu=[("Accueil", "/"), ("Ville ouverte", base), ("Mairie", "/mairie/deliberations"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleOrsenval"), social("instagram", "orsenval"), social("linkedin", "ville-d-orsenval")],
               address="Hôtel de ville, 40 avenue du Général-Leclerc, 92370 Orsenval")

    v_pages = [
        page("/", "Orsenval Voisins", m.prose("Le réseau social de proximité des habitants d'Orsenval : entraide, prêts, annonces, événements de quartier.")
             + m.links([("/quartiers/montalais", "Groupe du quartier Montalais"), ("/annonces/pret-d-outils", "Prêt d'outils entre voisins")], "community-links", "Dernières publications"),
             {"territorial_social_network"}),
        page("/quartiers/montalais", "Groupe du quartier Montalais", '<div class="feed"><article class="post">Qui a perdu un chat roux rue des Lilas ?</article>'
             '<article class="post">Vide-grenier de la résidence le 22 juin, inscriptions ouvertes.</article></div>',
             {"territorial_social_network"}),
        page("/annonces/pret-d-outils", "Prêt d'outils entre voisins", '<div class="feed"><article class="post">Je prête une tondeuse et un taille-haie, '
             'contactez-moi par la messagerie du réseau.</article></div>', {"territorial_social_network"}),
    ]
    voisins = Site(ORSENVAL_VOISINS, "community", "Orsenval Voisins", v_pages, menu=[("Fil", "/"), ("Quartiers", "/quartiers/montalais")],
                   features=frozenset({"territorial_social_network"}))
    return City("99147", "Orsenval", 83_100, "92", "11", "Île-de-France", f"http://{ORSENVAL}/", [www, _orsenval_space(), voisins])


# =====================================================================================================
# 99148 Vaulnières (Maine-et-Loire) — TYPO3, its own budget "Cap Citoyen", a Flarum board, a neighbours' network
# =====================================================================================================

VAULNIERES = "www.vaulnieres.fr"
VAULNIERES_FORUM = "forum.vaulnieres.fr"
VAULNIERES_VOISINS = "entre-voisins.vaulnieres.fr"


def vaulnieres() -> City:
    fo, vo = f"http://{VAULNIERES_FORUM}", f"http://{VAULNIERES_VOISINS}"
    base = "/vie-citoyenne"
    bp = base + "/budget-participatif"
    news = [("/actualites/retour-questionnaire", "Questionnaire jeunesse : vos réponses", "20 juin", "Les résultats en détail."),
            ("/jeunesse/concours-nouvelles", "Concours de nouvelles des 12-18 ans", "12 juin", "À vos plumes !"),
            (base + "/conseils-de-quartier/reunion-plateau", "Réunion publique au Plateau", "5 juin", "Le compte rendu.")]
    events = [("26", "juin", "Vote du Budget Cap Citoyen", "Mairie et en ligne"), ("28", "juin", "Conseil des enfants", "Salle du conseil"),
              ("3", "juillet", "Conseil municipal", "Hôtel de ville")]
    poll = m.powermail(base + "/sondage", 44, [("horaires", "Préférez-vous une ouverture de la médiathèque le dimanche matin ou le mardi soir ?", "radio",
                                                ("Dimanche matin", "Mardi soir", "Sans avis"))], "Voter")
    pages = [
        page("/", "Accueil", m.home("Vaulnières, entre Loire et Layon.",
             [(base + "/participation", "Cap Citoyen"), (bp, "Budget Cap Citoyen"), (bp + "/deposer", "Déposer un projet"), (base + "/conseil-des-enfants", "Conseil des enfants"),
              (base + "/entre-voisins", "Entre voisins"), (base + "/forum", "Forum"), ("/mairie/budget", "Budget communal"), ("/mairie/recensement", "Recensement"),
              ("/contact", "Contact"), (base + "/sondage", "Sondage")], news, events)),
        page(base + "/participation", "Cap Citoyen : participer à la vie de Vaulnières", m.prose(
            "Cap Citoyen est la démarche de participation de la commune : quatre conseils de quartier, un conseil des enfants, "
            "un budget participatif et des réunions publiques avant chaque grand projet. Un bilan est présenté chaque année en conseil municipal.")
             + m.links([(base + "/conseils-de-quartier", "Les conseils de quartier"), (base + "/conseil-des-enfants", "Le conseil des enfants"),
                        (bp, "Le budget Cap Citoyen"), (base + "/sondage", "Le sondage du moment"), (base + "/entre-voisins", "Entre voisins"),
                        (base + "/forum", "Le forum")]),
             {"participation_displayed"}),
        page(base + "/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Le Plateau, Les Rives, Le Bourg et La Croix-Verte ont chacun un conseil de quartier de 15 à 25 habitants volontaires, "
            "renouvelés tous les trois ans. Ils se réunissent en public et proposent des aménagements de proximité.")
             + m.links([(base + "/conseils-de-quartier/reunion-plateau", "Compte rendu de la réunion publique au Plateau")]),
             {"participation_displayed"}, parent=("Cap Citoyen", base + "/participation")),
        page(base + "/conseils-de-quartier/reunion-plateau", "Réunion publique au Plateau : compte rendu", m.prose(
            "Une soixantaine d'habitants ont échangé avec le conseil de quartier et les élus sur la sécurité routière route de Brissac. "
            "Décisions : un radar pédagogique dès juillet, un comptage avant l'étude d'un plateau surélevé."),
             {"participation_displayed"}, parent=("Les conseils de quartier", base + "/conseils-de-quartier")),
        page(base + "/conseil-des-enfants", "Le conseil des enfants", m.prose(
            "Dix-huit enfants de CM1-CM2 siègent au conseil des enfants. Cette année, ils ont obtenu l'installation de nichoirs et préparent une "
            "journée « rue aux enfants »."),
             {"participation_displayed"}, parent=("Cap Citoyen", base + "/participation")),
        page(bp, "Le budget Cap Citoyen", m.prose(
            "Chaque année, 80 000 € du budget d'investissement sont consacrés à des projets d'habitants. Dépôt en mars-avril, étude en mai, vote en juin.")
             + m.steps([("Dépôt", "mars — avril", "done", ""), ("Étude", "mai", "done", ""), ("Vote", "jusqu'au 26 juin", "current", ""), ("Réalisation", "2026", "upcoming", "")])
             + m.links([(bp + "/deposer", "Déposer un projet (édition suivante)"), (bp + "/vote", "Voter"), (bp + "/edition-2023", "L'édition 2023")]),
             {"participatory_budget"}, parent=("Cap Citoyen", base + "/participation")),
        # The budget's filing form: a call for residents' projects; its free-text field writes to the city.
        page(bp + "/deposer", "Déposer un projet", m.prose("Le dépôt est ouvert toute l'année : les projets reçus après avril seront étudiés pour l'édition suivante.")
             + m.powermail(bp + "/deposer", 52, [("nom", "Nom", "text", ()), ("email", "Courriel", "email", ()), ("titre", "Titre du projet", "text", ()),
                                                  ("description", "Description du projet", "textarea", ())], "Déposer"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Le budget Cap Citoyen", bp)),
        page(bp + "/vote", "Voter pour les projets", m.prose("Choisissez jusqu'à trois projets. Un vote par habitant de plus de 11 ans.")
             + m.powermail(bp + "/vote", 53, [("projet", "Vos projets", "radio", ("Table de ping-pong aux Rives", "Bancs au Bourg", "Éclairage solaire du chemin des Écoliers")),
                                               ("email", "Courriel (vérification)", "email", ())], "Voter"),
             {"participatory_budget"}, parent=("Le budget Cap Citoyen", bp)),
        page(bp + "/edition-2023", "Budget Cap Citoyen 2023", m.table(["Projet", "Voix", "État"], [["Boîte à livres de la Croix-Verte", "312", "Réalisé"],
                                                                                                     ["Arceaux vélos au Bourg", "288", "Réalisé"]]),
             {"participatory_budget"}, parent=("Le budget Cap Citoyen", bp)),
        page(base + "/sondage", "Le sondage du moment", m.prose("La médiathèque élargit ses horaires : votre préférence ?") + poll,
             {"poll"}, parent=("Cap Citoyen", base + "/participation")),
        page(base + "/entre-voisins", "Entre voisins, le réseau d'entraide", m.prose(
            "Entre voisins est le réseau social de quartier ouvert par la commune : annonces d'entraide, prêt d'objets, groupes par quartier.",
            f'<a href="{vo}/">Rejoindre Entre voisins</a>'),
             {"territorial_social_network"}, parent=("Cap Citoyen", base + "/participation")),
        page(base + "/forum", "Le forum des Vaulnérois", m.prose(
            f'Un forum de discussion ouvert à tous : <a href="{fo}/">forum.vaulnieres.fr</a>. Inscription nécessaire pour publier.'),
             decoys={"forum"}, parent=("Cap Citoyen", base + "/participation")),
        page("/mairie/budget", "Budget communal", m.prose("Budget primitif 2025 : 14,2 M€. Compte administratif 2024 approuvé le 24 juin.")
             + m.downloads([("Budget primitif 2025", "2,2 Mo"), ("Compte administratif 2024", "1,8 Mo")]),
             decoys={"participatory_budget"}),
        page("/mairie/recensement", "Recensement 2026", m.prose(
            "Vaulnières est recensée du 15 janvier au 21 février 2026. Les agents recenseurs déposeront vos identifiants pour répondre en ligne."),
             decoys={"poll"}),
        page("/contact", "Contact", m.powermail("/contact", 10, [("nom", "Nom", "text", ()), ("email", "Courriel", "email", ()),
                                                                   ("objet", "Objet", "select", ("Mairie", "Urbanisme", "Écoles")), ("message", "Message", "textarea", ())]),
             {"contact_form"}),
        page("/jeunesse/concours-nouvelles", "Concours de nouvelles des 12-18 ans", m.prose(
            "Écrivez une nouvelle de quatre pages maximum sur le thème « la rivière ». Envoi avant le 15 septembre ; remise des prix en novembre."),
             decoys={"suggestion_call"}),
        page("/actualites/retour-questionnaire", "Questionnaire jeunesse : vos réponses", m.prose("Le questionnaire sur les loisirs des 11-17 ans est clos. 402 jeunes ont répondu.")
             + m.results_bars("Quel équipement manque le plus ?", [("Un lieu pour se retrouver", 46), ("Un skatepark", 31), ("Un terrain multisport", 23)],
                              "Questionnaire clos le 31 mai."),
             decoys={"poll"}),
    ]
    www = Site(VAULNIERES, "typo3", "Commune de Vaulnières", pages,
               menu=[("Accueil", "/"), ("Cap Citoyen", base + "/participation"), ("Mairie", "/mairie/budget"), ("Contact", "/contact")],
               accounts=[social("facebook", "communedevaulnieres"), social("instagram", "vaulnieres49")],
               address="Mairie, 5 place du Mail, 49190 Vaulnières")

    disc = lambda href, title, n: (f'<li><a href="{href}">{title}</a> <span class="DiscussionListItem-count">{n} réponses</span></li>')
    f_pages = [
        page("/", "Toutes les discussions", '<ul class="DiscussionList-discussions">' + disc("/d/12-circulation-rue-du-port", "Circulation rue du Port", 9)
             + disc("/t/quartiers", "Tag : quartiers", "") + "</ul>", {"forum"}),
        page("/t/quartiers", "Quartiers", '<ul class="DiscussionList-discussions">' + disc("/d/12-circulation-rue-du-port", "Circulation rue du Port", 9) + "</ul>", {"forum"}),
        page("/d/12-circulation-rue-du-port", "Circulation rue du Port", '<div class="PostStream"><article class="Post CommentPost"><header class="Post-header">Jeanne_V</header>'
             '<div class="Post-body"><p>Les camions passent de plus en plus vite depuis la déviation. Une limitation à 30 ?</p></div></article>'
             '<article class="Post CommentPost"><header class="Post-header">Thomas</header><div class="Post-body"><p>Même constat, surtout le matin.</p></div></article></div>',
             {"forum"}),
    ]
    forum = Site(VAULNIERES_FORUM, "flarum", "Forum des Vaulnérois", f_pages, menu=[("Discussions", "/"), ("Quartiers", "/t/quartiers")],
                 features=frozenset({"forum"}))
    v_pages = [
        page("/", "Entre voisins", m.prose("Le réseau d'entraide des habitants de Vaulnières.")
             + m.links([("/groupes/le-plateau", "Groupe : Le Plateau")], "community-links", "Groupes"), {"territorial_social_network"}),
        page("/groupes/le-plateau", "Groupe : Le Plateau", '<div class="feed"><article class="post">Covoiturage vers Angers le mardi, il reste une place.</article>'
             '<article class="post">Merci à qui a rapporté mes clés à la boulangerie !</article></div>', {"territorial_social_network"}),
    ]
    voisins = Site(VAULNIERES_VOISINS, "community", "Entre voisins — Vaulnières", v_pages, menu=[("Fil", "/"), ("Groupes", "/groupes/le-plateau")],
                   features=frozenset({"territorial_social_network"}))
    return City("99148", "Vaulnières", 31_600, "49", "52", "Pays de la Loire", f"http://{VAULNIERES}/", [www, forum, voisins])


# =====================================================================================================

def cities():
    return [valmorant(), saint_aubrel(), ferrancy(), plouzevran(), montbrezieux(), quintavel(), orsenval(), vaulnieres()]


def hosts():
    return {
        MONTBREZIEUX_FLUI: _rendered(_montbrezieux_fluicity(), m.fluicity_page),
        QUINTAVEL_SURVEYS: _rendered(_quintavel_surveys(), m.limesurvey_page),
        ORSENVAL_JP: _rendered(_orsenval_space(), m.homemade_page),
    }
