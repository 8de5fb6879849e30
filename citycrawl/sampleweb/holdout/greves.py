"""Holdout part "greves": suburban cities of 25,000 to 90,000 inhabitants around Paris, Lyon, Lille and north
Marseille, with quartiers prioritaires. Their sites tell participation through conseils citoyens, tables de
quartier, the maison du projet of an urban renewal programme, a fonds de participation des habitants, youth
councils, participatory budgets under local names, idea boxes, questionnaires and neighbours' networks; and they
hold the lookalikes such sites hold (contrat de ville calls for projects, renewal news, enquête publique, job
and associations fairs, the police's participation citoyenne, budget primitif, closed consultations, share
buttons, newsletters, job-application forms)."""
from ..site import City, Site, page, social
from . import greves_markup as m


def _home(intro, links, news, events, extra=""):
    return (m.cookie_banner() + m.prose(intro) + m.quick_links(links) + m.news_teasers(news) + m.agenda(events) + extra)


# ---- 99391 Villebrenne (Essonne): WordPress ------------------------------------------------------------------

def villebrenne() -> City:
    host = "www.villebrenne.fr"
    poll = m.wp_polls(12, "Quel horaire pour la future maison des services au Champ-Rouge ?",
                      ["9 h - 17 h", "10 h - 19 h", "Ouverture le samedi matin"])
    news = [("/actualites/renovation-tilleuls-reunion/", "Les Tilleuls : réunion publique sur le projet urbain", "12 mars 2025",
             "Présentation des plans de la future place centrale."),
            ("/actualites/resultats-sondage-rythmes/", "Rythmes scolaires : les résultats", "3 février 2025",
             "Merci aux 1 204 familles qui ont répondu."),
            ("/actualites/budget-primitif-2025/", "Le budget primitif 2025 voté", "28 janvier 2025",
             "Les grandes orientations financières de l'année."),
            ("/actualites/plan-climat-agglomeration/", "Plan climat : l'agglomération consulte", "20 mars 2025",
             "Une concertation intercommunale."),
            ("/actualites/", "Toutes les actualités", "", "")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Villebrenne, 38 000 habitants au bord de l'Orge, entre gare RER et coteaux.",
            [("/villebrenne-ensemble/", "Villebrenne Ensemble"), ("/budget-participatif/", "Budget participatif"),
             ("/contact/", "Contacter la mairie"), ("/lettre-information/", "Lettre d'information"),
             ("/emploi/offres/animateur-jeunesse/", "Recrutement"), ("/securite/participation-citoyenne/", "Tranquillité publique"),
             ("/politique-de-la-ville/appel-a-projets-contrat-de-ville/", "Contrat de ville")],
            news, [("/associations/forum-des-associations/", "Forum des associations", "6 septembre"),
                   ("/villebrenne-ensemble/conseils-citoyens/", "Conseil citoyen des Tilleuls", "18 mars")])),
        # the city's approach under its own brand, without the usual words in the title
        page("/villebrenne-ensemble/", "Villebrenne Ensemble", m.prose(
            "Villebrenne Ensemble, c'est la démarche de la municipalité pour associer les habitants aux décisions qui les concernent.",
            "Une charte de la participation adoptée en 2022 fixe les règles : information en amont, temps de concertation "
            "sur chaque grand projet, retour systématique aux habitants sur ce qui a été retenu.")
             + m.bullets(['<a href="/villebrenne-ensemble/conseils-citoyens/">Les conseils citoyens des Tilleuls et du Champ-Rouge</a>',
                          '<a href="/villebrenne-ensemble/conseil-des-jeunes/">Le conseil des jeunes</a>',
                          '<a href="/budget-participatif/">Le budget participatif</a>'])
             + m.share_buttons(f"http://{host}/villebrenne-ensemble/", "Villebrenne Ensemble"),
             {"participation_displayed"}),
        page("/villebrenne-ensemble/conseils-citoyens/", "Les conseils citoyens", m.prose(
            "Les quartiers des Tilleuls et du Champ-Rouge, quartiers prioritaires de la politique de la ville, ont chacun leur conseil citoyen.",
            "Habitants tirés au sort, volontaires et acteurs locaux y siègent. Ils participent au comité de pilotage du contrat de ville "
            "et donnent leur avis sur le projet de renouvellement urbain.",
            "Prochaine séance plénière : mardi 18 mars, 18 h 30, centre social Marie-Curie. Les séances sont ouvertes au public."),
             {"participation_displayed"}, parent=("Villebrenne Ensemble", "/villebrenne-ensemble/")),
        page("/villebrenne-ensemble/conseil-des-jeunes/", "Le conseil des jeunes", m.prose(
            "Trente jeunes de 11 à 17 ans, élus dans les collèges, forment le conseil des jeunes pour deux ans.",
            "Ils travaillent en commissions (sport, environnement, solidarité) et présentent leurs projets aux élus chaque printemps."),
             {"participation_displayed"}, parent=("Villebrenne Ensemble", "/villebrenne-ensemble/")),
        page("/budget-participatif/", "Budget participatif : j'ai un projet pour Villebrenne", m.prose(
            "La ville consacre 300 000 euros de son budget d'investissement à des projets proposés et choisis par les habitants.",
            "Calendrier : dépôt des projets du 1er mars au 30 avril, étude de faisabilité en mai et juin, vote en septembre.")
             + m.bullets(['<a href="/budget-participatif/reglement/">Lire le règlement</a>',
                          '<a href="/budget-participatif/deposer-un-projet/">Déposer un projet</a>',
                          '<a href="/budget-participatif/laureats-2024/">Les lauréats 2024</a>']),
             {"participatory_budget"}),
        page("/budget-participatif/reglement/", "Règlement du budget participatif", m.section(
            "Qui peut proposer ?", "Tout habitant de Villebrenne âgé d'au moins 11 ans, seul ou en collectif.")
             + m.section("Quels projets ?", "Des dépenses d'investissement, d'intérêt général, sur l'espace public ou un équipement municipal, "
                         "d'un coût maximal de 60 000 euros. Un tiers de l'enveloppe est réservé aux quartiers prioritaires.")
             + m.section("Comment voter ?", "En ligne ou dans les urnes des maisons de quartier ; chaque votant choisit trois projets."),
             {"participatory_budget"}, parent=("Budget participatif", "/budget-participatif/")),
        # the budget's filing step: a call for residents' projects, written to the city in free text
        page("/budget-participatif/deposer-un-projet/", "Déposer un projet", m.prose(
            "Vous avez jusqu'au 30 avril pour proposer votre projet. Décrivez-le en quelques lignes : les services vous recontacteront.")
             + m.idea_form("/budget-participatif/deposer-un-projet/#envoi", "Mon projet pour Villebrenne",
                           "Un projet par formulaire, pour tout le monde.", ["Cadre de vie", "Sport", "Nature en ville", "Solidarité"]),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Budget participatif", "/budget-participatif/")),
        # a past edition's winners: still the presentation of a budget residents proposed and voted
        page("/budget-participatif/laureats-2024/", "Les lauréats 2024", m.prose(
            "2 312 habitants ont voté en septembre 2024. Neuf projets seront réalisés en 2025.")
             + m.bullets(["Un jardin partagé rue Pasteur (1 106 voix)", "Des bancs et de l'ombre au square des Tilleuls (987 voix)",
                          "Un city-stade rénové au Champ-Rouge (912 voix)"]),
             {"participatory_budget"}, parent=("Budget participatif", "/budget-participatif/")),
        page("/actualites/", "Actualités", m.with_sidebar(
            m.news_teasers(news[:3], "Dernières actualités"),
            '<section class="widget widget_polls-widget"><h2 class="widget-title">Votre avis</h2>' + poll + "</section>"),
             {"poll"}),
        # a news item announcing a meeting of the renewal concertation, with open comments
        page("/actualites/renovation-tilleuls-reunion/", "Les Tilleuls : réunion publique sur le projet urbain", m.prose(
            "Le bailleur et la ville présenteront les plans de la future place centrale le jeudi 27 mars à l'école Jean-Macé.",
            "Les travaux de démolition de la barre B débuteront en 2026, après le relogement des locataires.")
             + m.share_buttons(f"http://{host}/actualites/renovation-tilleuls-reunion/", "Réunion publique")
             + m.wp_comments([("Samira B.", "13 mars 2025", "Est-ce que le parking sera conservé pendant les travaux ?"),
                              ("Ville de Villebrenne", "14 mars 2025", "Oui, un parking provisoire sera ouvert rue Jaurès.")]),
             {"comments"}, decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        page("/actualites/resultats-sondage-rythmes/", "Rythmes scolaires : les résultats", m.prose(
            "La consultation des familles est close. Voici les résultats qui guideront la décision du conseil municipal.")
             + m.poll_results("Souhaitez-vous revenir à la semaine de quatre jours ?",
                              [("Oui", 71, 855), ("Non", 24, 289), ("Sans avis", 5, 60)], "Consultation close le 31 janvier 2025"),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/budget-primitif-2025/", "Le budget primitif 2025 voté", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 62 millions d'euros, dont 14 millions d'investissement.",
            "Les taux d'imposition restent inchangés. Le document complet est consultable en mairie.")
             + m.wp_comments_closed(),
             decoys={"participatory_budget", "comments"}, parent=("Actualités", "/actualites/")),
        # names a platform in passing; the city links to no space of its own
        page("/actualites/plan-climat-agglomeration/", "Plan climat : l'agglomération consulte", m.prose(
            "La communauté d'agglomération a ouvert sa concertation sur le plan climat. Elle a choisi pour cela le logiciel libre Decidim, "
            "déjà utilisé par plusieurs grandes villes.",
            "Des réunions auront lieu dans chaque commune ; à Villebrenne, le 8 avril à la salle des fêtes.")
             + m.share_buttons(f"http://{host}/actualites/plan-climat-agglomeration/", "Plan climat"),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites/")),
        page("/securite/participation-citoyenne/", "Dispositif participation citoyenne", m.prose(
            "Le dispositif de participation citoyenne, signé avec la police nationale, associe des habitants référents "
            "à la vigilance de leur quartier.",
            "Les référents signalent aux policiers les faits inhabituels ; ils n'interviennent jamais eux-mêmes."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/associations/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations se tient le samedi 6 septembre au gymnase Colette-Besson, de 10 h à 18 h.")
             + m.registration_form("/associations/forum-des-associations/#inscription", "forum des associations 2025"),
             decoys={"forum", "contact_form"}),
        page("/emploi/offres/animateur-jeunesse/", "Animateur jeunesse (H/F)", m.prose(
            "Le service jeunesse recrute un animateur à temps complet pour l'espace jeunes du Champ-Rouge. Cadre d'emplois des adjoints d'animation.")
             + m.job_application("/emploi/offres/animateur-jeunesse/#candidater", "Animateur jeunesse"),
             decoys={"contact_form"}),
        page("/politique-de-la-ville/appel-a-projets-contrat-de-ville/", "Contrat de ville : appel à projets 2025", m.prose(
            "L'appel à projets du contrat de ville s'adresse aux associations qui agissent dans les quartiers prioritaires.",
            "Les dossiers de demande de subvention sont à déposer sur la plateforme de l'État avant le 15 janvier."),
             decoys={"suggestion_call"}),
        page("/contact/", "Contacter la mairie", m.prose("Hôtel de ville : du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h 30.")
             + m.contact_cf7("/contact/"), {"contact_form"}),
        page("/lettre-information/", "Lettre d'information", m.prose("Chaque mois, l'essentiel de l'actualité dans votre boîte aux lettres électronique.")
             + m.newsletter_simple("/lettre-information/#inscription"), decoys={"contact_form"}),
    ]
    www = Site(host, "wordpress", "Ville de Villebrenne", pages,
               menu=[("Accueil", "/"), ("Villebrenne Ensemble", "/villebrenne-ensemble/"), ("Budget participatif", "/budget-participatif/"),
                     ("Actualités", "/actualites/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDeVillebrenne"), social("instagram", "villebrenne")],
               address="Hôtel de ville, 1 place de la République, 91390 Villebrenne")
    return City("99391", "Villebrenne", 38410, "91", "11", "Île-de-France", f"http://{host}/", [www])


# ---- 99392 Montcervan (Seine-Saint-Denis): Drupal and Decidim --------------------------------------------------

def montcervan() -> City:
    host, jp = "www.montcervan.fr", "jeparticipe.montcervan.fr"
    bp = "/processes/budget-participatif-2025"
    news = [("/actualites/fete-de-quartier-aulnes", "Fête de quartier aux Aulnes", "14 juin 2025", "Jeux, musique et repas partagé."),
            ("/renouvellement-urbain/actualites", "Chantier des Aulnes : point d'étape", "2 juin 2025", "La démolition de la tour 7 est achevée."),
            ("/actualites/budget-primitif-2025", "Budget 2025 : les chiffres clés", "4 avril 2025", "Priorité aux écoles.")]
    pages = [
        page("/", "Accueil", _home(
            "Montcervan, 52 000 habitants, ville de Seine-Saint-Denis en pleine transformation.",
            [("/democratie-locale", "Démocratie locale"), (f"http://{jp}/", "Je participe"), ("/contact", "Contact"),
             ("/salles-municipales/reservation", "Réserver une salle"), ("/recensement-2025", "Recensement"),
             ("/enquete-publique-plu", "Enquête publique PLU"), ("/conseil-municipal", "Conseil municipal")],
            news, [("/renouvellement-urbain/maison-du-projet", "Atelier à la maison du projet", "21 juin")])),
        page("/democratie-locale", "Démocratie locale", m.prose(
            "Montcervan associe ses habitants aux choix de la ville : six conseils de quartier, deux conseils citoyens, "
            "des concertations sur chaque projet d'aménagement et une plateforme en ligne, Je participe.",
            f'Rendez-vous sur <a href="http://{jp}/">jeparticipe.montcervan.fr</a> pour proposer, débattre et voter.')
             + m.bullets(['<a href="/democratie-locale/conseils-de-quartier">Les conseils de quartier</a>',
                          '<a href="/renouvellement-urbain/maison-du-projet">La maison du projet des Aulnes</a>']),
             {"participation_displayed"}),
        page("/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chacun des six quartiers a son conseil, ouvert à tous les habitants de plus de 16 ans.",
            "Les conseils se réunissent quatre fois par an en assemblée plénière ; un élu référent y répond aux questions.")
             + m.bullets(["Centre-ville : 2 octobre", "Les Aulnes - Bel-Air : 7 octobre", "Plateau : 9 octobre"]),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/renouvellement-urbain/maison-du-projet", "La maison du projet des Aulnes", m.prose(
            "Au pied de la tour 5, la maison du projet accueille les habitants pour comprendre et discuter le nouveau programme de renouvellement urbain.",
            "Permanences le mercredi et le samedi matin, ateliers de concertation sur les espaces publics, balades urbaines avec les architectes.",
            "Les membres du conseil citoyen des Aulnes siègent au comité de pilotage du projet."),
             {"participation_displayed"}),
        # renewal-agency news: the works, not a way to take part
        page("/renouvellement-urbain/actualites", "Chantier des Aulnes : point d'étape", m.prose(
            "La démolition de la tour 7 est achevée. Les 120 logements neufs de la rue Blanqui seront livrés fin 2026.",
            "Le programme est cofinancé par l'Agence nationale pour la rénovation urbaine."),
             decoys={"participation_displayed"}),
        # a legal public inquiry: a commissioner collects observations, not an online poll
        page("/enquete-publique-plu", "Enquête publique sur la modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique est ouverte du 2 au 31 mai sur la modification n°3 du plan local d'urbanisme.",
            "Le commissaire enquêteur tiendra trois permanences en mairie. Le registre est disponible à l'accueil du service urbanisme."),
             decoys={"poll"}),
        page("/recensement-2025", "Recensement de la population 2025", m.prose(
            "Du 16 janvier au 22 février, un agent recenseur muni d'une carte officielle se présentera chez les ménages tirés au sort.",
            "Vous pourrez répondre au questionnaire de l'Insee en ligne avec les codes qu'il vous remettra."),
             decoys={"poll"}),
        page("/actualites/fete-de-quartier-aulnes", "Fête de quartier aux Aulnes", m.prose(
            "Samedi 14 juin, le parc des Aulnes accueille la fête de quartier organisée avec les associations et le centre social.")
             + m.drupal_comments(412, [("Karim", "15/06/2025 - 09:12", "Superbe journée, merci aux bénévoles !"),
                                       ("Nadia L.", "15/06/2025 - 11:40", "Vivement l'an prochain.")]),
             {"comments"}),
        page("/actualites/budget-primitif-2025", "Budget 2025 : les chiffres clés", m.prose(
            "Le budget primitif 2025 s'élève à 98 millions d'euros. L'investissement se concentre sur la rénovation de trois groupes scolaires."),
             decoys={"participatory_budget"}),
        page("/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique à l'hôtel de ville. Prochaine séance : jeudi 26 juin à 19 h.")
             + m.bullets(["Ordre du jour (PDF)", "Procès-verbal de la séance du 10 avril (PDF)"]),
             decoys={"participation_displayed"}),
        page("/salles-municipales/reservation", "Réserver une salle municipale", m.prose(
            "Les associations montcervanaises peuvent réserver gratuitement une salle deux fois par an.")
             + m.booking_form("/salles-municipales/reservation", ["Salle Louise-Michel", "Salle des fêtes", "Maison des Aulnes"]),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Une question ? Les services vous répondent sous 8 jours ouvrés.")
             + m.contact_webform("/contact"), {"contact_form"}),
    ]
    www = Site(host, "drupal", "Ville de Montcervan", pages,
               menu=[("Ma ville", "/"), ("Démocratie locale", "/democratie-locale"), ("Renouvellement urbain", "/renouvellement-urbain/maison-du-projet"),
                     ("Je participe", f"http://{jp}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "montcervan"), social("x", "VilleMontcervan"), social("youtube", "villedemontcervan")],
               address="Hôtel de ville, 45 avenue Paul-Vaillant-Couturier, 93140 Montcervan")

    def card(href, title, text):
        return (f'<div class="card card__grid"><a href="{href}" class="card__link"><div class="card__grid-text">'
                f'<h3 class="card__title">{title}</h3><p>{text}</p></div></a></div>')

    platform = [
        page("/", "Je participe à Montcervan", '<section class="home__section"><h2 class="h2">Processus participatifs actifs</h2><div class="card__grid-home">'
             + card(bp, "Budget participatif 2025", "Phase actuelle : vote des projets")
             + card("/processes/cite-des-aulnes", "Concertation : la cité des Aulnes de demain", "Phase actuelle : questionnaire")
             + "</div></section>"),
        page(bp, "Budget participatif 2025", '<div class="process__content"><p>500 000 € pour des projets imaginés par les Montcervanais. '
             'Les propositions déposées au printemps ont été étudiées par les services ; place au vote jusqu\'au 30 septembre.</p>'
             '<ul class="process__steps"><li>Dépôt des propositions (terminé)</li><li>Analyse technique (terminé)</li><li class="is-active">Vote</li><li>Résultats</li></ul>'
             f'<nav class="process__nav"><a href="{bp}/f/20/proposals">Propositions</a> <a href="{bp}/f/21/projects">Voter</a></nav></div>',
             {"participatory_budget"}),
        # the filing step is over, but the list of residents' proposals is what a call for ideas produced
        page(f"{bp}/f/20/proposals", "Propositions", '<div id="proposals"><div class="card__list-list">'
             f'<a href="{bp}/f/20/proposals/412" class="card__list"><div class="card__list-content"><h3 class="card__list-title">Des bancs et des fontaines au parc des Aulnes</h3>'
             '<div class="card__list-metadata"><span>Évaluée</span><span>12 commentaires</span></div></div></a>'
             '<div class="card__list"><h3 class="card__list-title">Une piste cyclable rue de Stalingrad</h3><span class="label">Non retenue</span></div>'
             '</div><p class="callout">Le dépôt de propositions est terminé depuis le 30 avril.</p></div>',
             {"participatory_budget"}, decoys={"suggestion_call"}),
        page(f"{bp}/f/20/proposals/412", "Des bancs et des fontaines au parc des Aulnes",
             '<div class="layout-item__main"><div class="editor-content"><p>Le parc manque de bancs à l\'ombre et d\'eau potable l\'été. '
             'Je propose six bancs et deux fontaines près de l\'aire de jeux.</p></div>'
             '<div id="comments"><div class="comments" data-decidim-comments=\'{"commentableGid":"Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC80MTI"}\'>'
             '<h2 class="h4">12 commentaires</h2><div class="comment" id="comment_88"><div class="comment__header"><span class="author__name">Fatou D.</span></div>'
             '<div class="comment__content"><p>Très bonne idée, surtout pour les personnes âgées.</p></div></div>'
             '<div class="add-comment" id="add-comment-Proposal-412"><form class="new_comment" action="/comments" method="post">'
             '<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC80MTI">'
             '<label for="add-comment-Proposal-412-body">Votre commentaire</label><textarea id="add-comment-Proposal-412-body" name="comment[body]" maxlength="1000" rows="4"></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div></div></div>',
             {"participatory_budget", "comments"}),
        page(f"{bp}/f/21/projects", "Voter pour les projets", '<div class="budget-summary"><p>Vous pouvez choisir des projets pour un total de 500 000 €.</p>'
             '<div class="budget-summary__progressbar"><span>0 € dépensés</span></div></div><ul class="budget-list">'
             '<li class="budget-list__item"><h3>Bancs et fontaines au parc des Aulnes</h3><span>48 000 €</span><button class="button" data-add="412">Ajouter</button></li>'
             '<li class="budget-list__item"><h3>Une fresque sur le mur du collège Politzer</h3><span>22 000 €</span><button class="button" data-add="417">Ajouter</button></li>'
             '</ul>', {"participatory_budget"}),
        page("/processes/cite-des-aulnes", "Concertation : la cité des Aulnes de demain", '<div class="process__content"><p>Le nouveau programme de renouvellement '
             'urbain des Aulnes se construit avec les habitants. Répondez au questionnaire sur les espaces publics et retrouvez les comptes rendus des ateliers de la maison du projet.</p>'
             '<a href="/processes/cite-des-aulnes/f/30/">Répondre au questionnaire</a></div>', {"participation_displayed"}),
        page("/processes/cite-des-aulnes/f/30/", "Questionnaire : les espaces publics des Aulnes",
             '<div class="survey"><form class="answer-questionnaire" action="/processes/cite-des-aulnes/f/30/answer" method="post">'
             '<input type="hidden" name="authenticity_token" value="a1b2c3">'
             '<div class="questionnaire-question"><label class="questionnaire-question__title">1. Que manque-t-il le plus sur la future place ?</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Des arbres"> Des arbres</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Des jeux"> Des jeux pour enfants</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Des commerces"> Des commerces</label></div>'
             '<div class="questionnaire-question"><label class="questionnaire-question__title">2. Une remarque ?</label>'
             '<textarea name="questionnaire[responses][1][body]" rows="3"></textarea></div>'
             '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form></div>',
             {"poll"}),
    ]
    platform_site = Site(jp, "decidim", "Je participe à Montcervan", platform,
                         menu=[("Accueil", "/"), ("Processus", bp), ("Site de la ville", f"http://{host}/")],
                         features=frozenset({"participatory_platform"}), platforms=frozenset({"Decidim"}))
    return City("99392", "Montcervan", 52730, "93", "11", "Île-de-France", f"http://{host}/", [www, platform_site])


# ---- 99393 Tarvelle (Métropole de Lyon): SPIP ---------------------------------------------------------------

def tarvelle() -> City:
    host = "www.ville-tarvelle.fr"
    news = [("/Reunion-publique-quartier-du-Bourg", "Réunion publique au Bourg", "20 mai 2025", "Le réaménagement de la place."),
            ("/Sondage-horaires-mediatheque", "Médiathèque : vos horaires", "12 mai 2025", "Donnez votre avis."),
            ("/Resultats-consultation-cantine", "Cantine : les résultats", "2 avril 2025", "La consultation est terminée."),
            ("/Desserte-ferroviaire-mobilisation", "Desserte ferroviaire", "28 mars 2025", "Le maire écrit à la Région."),
            ("/Rencontre-des-elus-democratie-numerique", "Démocratie numérique", "14 mars 2025", "Retour des rencontres régionales.")]
    pages = [
        page("/", "Accueil", _home(
            "Tarvelle, 29 800 habitants, à l'est de la métropole lyonnaise, entre plaine et canal.",
            [("/Les-conseils-de-quartier", "Conseils de quartier"), ("/Fonds-de-participation-des-habitants", "Fonds de participation"),
             ("/Petitions-citoyennes", "Pétitions"), ("/Tarvelle-l-Avenir-a-vous", "L'Avenir à vous"),
             ("/Nous-ecrire", "Nous écrire"), ("/Contrat-de-ville-appel-a-projets-2025", "Contrat de ville"),
             ("/Office-de-tourisme", "Tourisme"), ("/Forum-emploi-et-alternance", "Emploi")],
            news, [("/Enquete-publique-ZAC", "Enquête publique ZAC des Mûriers", "jusqu'au 30 juin")])),
        page("/Les-conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier font vivre la démocratie de proximité à Tarvelle : le Bourg, les Mûriers, la Soie, le Canal et Champ-Fleuri.",
            "Aux Mûriers et à la Soie, quartiers prioritaires, le conseil de quartier travaille avec le conseil citoyen et la table de quartier "
            "animée par le centre social.",
            "Chaque conseil dispose d'un budget de fonctionnement et peut saisir le maire de toute question d'intérêt local."),
             {"participation_displayed"}),
        # the FPH funds small projects that residents bring: an open call for residents' projects
        page("/Fonds-de-participation-des-habitants", "Le fonds de participation des habitants", m.prose(
            "Vous avez une idée pour animer votre quartier : une fête de rue, un atelier cuisine, une sortie familiale ?",
            "Le fonds de participation des habitants finance jusqu'à 800 euros les petits projets portés par des habitants des Mûriers et de la Soie. "
            "Un comité d'habitants examine les demandes chaque mois.",
            "Déposez votre projet au centre social ou écrivez-nous : la fiche projet tient sur une page."),
             {"suggestion_call", "participation_displayed"}),
        # the city's right of petition and the index of its petitions open to signature
        page("/Petitions-citoyennes", "Le droit de pétition", m.prose(
            "Depuis 2023, toute pétition signée par 500 habitants de plus de 16 ans peut demander l'inscription d'une question à l'ordre du jour du conseil municipal.",
            "Les pétitions en cours sont publiées ci-dessous ; chacun peut les signer en ligne.")
             + m.bullets(['<a href="/Petition-pour-un-square-rue-Jaures">Pour un square rue Jean-Jaurès</a> (312 signatures)']),
             {"petition"}),
        page("/Petition-pour-un-square-rue-Jaures", "Pétition : pour un square rue Jean-Jaurès", m.prose(
            "Nous demandons que la friche de l'ancien garage, rue Jean-Jaurès, devienne un square pour les familles du quartier de la Soie.")
             + m.spip_petition("/Petition-pour-un-square-rue-Jaures#sp", 312),
             {"petition"}, decoys={"contact_form"}, parent=("Pétitions", "/Petitions-citoyennes")),
        # the budget under a local brand, its filing step open: a budget and a call for residents' projects
        page("/Tarvelle-l-Avenir-a-vous", "L'Avenir à vous", m.prose(
            "L'Avenir à vous, c'est le budget participatif de Tarvelle : 200 000 euros pour des projets d'habitants.",
            "Du 15 septembre au 15 novembre, déposez votre projet auprès de la mairie ou de votre conseil de quartier ; en mars, tous les Tarvellois "
            "de plus de 12 ans votent.")
             + m.bullets(['<a href="/L-Avenir-a-vous-edition-2023">Les projets réalisés de l\'édition 2023</a>']),
             {"participatory_budget", "suggestion_call"}),
        # a past edition: residents proposed and voted these projects
        page("/L-Avenir-a-vous-edition-2023", "L'Avenir à vous : les projets réalisés de 2023", m.prose(
            "Les sept projets votés par 1 870 habitants en 2023 sont aujourd'hui réalisés : boîtes à livres, verger partagé aux Mûriers, "
            "éclairage du chemin du Canal."), {"participatory_budget"}, parent=("L'Avenir à vous", "/Tarvelle-l-Avenir-a-vous")),
        # SPIP calls the comment thread under an article a "forum": these are comments, not a board
        page("/Reunion-publique-quartier-du-Bourg", "Réunion publique au Bourg", m.prose(
            "Le projet de réaménagement de la place de l'Église a été présenté le 20 mai. Vos remarques sont les bienvenues sous cet article.")
             + m.spip_forum(48, [("Gérard M.", "21 mai 2025", "Stationnement", "Combien de places resteront devant la boulangerie ?"),
                                 ("Léa", "22 mai 2025", "Arbres", "Merci de garder les platanes.")]),
             {"comments"}, decoys={"forum"}),
        page("/Sondage-horaires-mediatheque", "Médiathèque : vos horaires", m.prose(
            "La médiathèque Louise-Labé veut adapter ses horaires. Répondez avant le 15 juin.")
             + m.questionnaire("/Sondage-horaires-mediatheque#reponse", [
                 ("Quel jour venez-vous le plus souvent ?", ["Mercredi", "Samedi", "En semaine après 17 h"]),
                 ("Souhaitez-vous une ouverture le dimanche matin ?", ["Oui", "Non"])], form_class="formulaire_spip formulaire_sondage"),
             {"poll"}),
        page("/Resultats-consultation-cantine", "Cantine : les résultats de la consultation", m.prose(
            "Le questionnaire sur la restauration scolaire est clos. 64 % des familles souhaitent un second repas végétarien par semaine ; "
            "il sera servi dès la rentrée."), decoys={"poll"}),
        page("/Desserte-ferroviaire-mobilisation", "Desserte ferroviaire : le maire écrit à la Région", m.prose(
            "Le maire demande le maintien des arrêts du matin en gare de Tarvelle.",
            "Une pétition nationale sur les trains du quotidien circule aussi sur "
            "<a href=\"https://www.change.org/p/des-trains-pour-tous-les-territoires\">change.org</a>."),
             decoys={"petition"}),
        # an article that names platforms, no link to any space
        page("/Rencontre-des-elus-democratie-numerique", "Les élus découvrent la démocratie numérique", m.prose(
            "Une délégation du conseil municipal a participé aux rencontres régionales de la participation citoyenne.",
            "Plateformes comme Cap Collectif ou Fluicity, budgets participatifs en ligne : la ville étudiera ces outils pour son prochain mandat."),
             decoys={"participatory_platform", "participatory_budget"}),
        page("/Contrat-de-ville-appel-a-projets-2025", "Contrat de ville : appel à projets 2025", m.prose(
            "Associations, l'appel à projets 2025 du contrat de ville métropolitain est ouvert. Priorités : emploi des jeunes, santé, "
            "accès aux droits dans les quartiers des Mûriers et de la Soie.",
            "Date limite de dépôt des demandes de subvention : 10 janvier."), decoys={"suggestion_call"}),
        # a legal public inquiry, not a resident poll
        page("/Enquete-publique-ZAC", "Enquête publique : ZAC des Mûriers", m.prose(
            "Une enquête publique préalable à la déclaration d'utilité publique est ouverte jusqu'au 30 juin. "
            "Le dossier et le registre sont consultables en mairie aux heures d'ouverture."), decoys={"poll"}),
        page("/Forum-emploi-et-alternance", "Forum emploi et alternance", m.prose(
            "Le forum emploi et alternance réunit 40 entreprises le jeudi 3 avril à l'espace Jean-Vilar. Venez avec votre CV."),
             decoys={"forum"}),
        page("/Office-de-tourisme", "Office de tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille au pont du Canal.",
            "Suivez-le sur <a href=\"https://www.facebook.com/TourismeCanalEstLyonnais\">sa page Facebook</a> et "
            "<a href=\"https://www.instagram.com/tourisme_canal_est\">Instagram</a>."), decoys={"social_account"}),
        page("/Nous-ecrire", "Nous écrire", m.prose("Pour toute demande, écrivez aux services municipaux.")
             + m.contact_spip("/Nous-ecrire"), {"contact_form"}),
    ]
    www = Site(host, "spip", "Ville de Tarvelle", pages,
               menu=[("Accueil", "/"), ("Conseils de quartier", "/Les-conseils-de-quartier"), ("L'Avenir à vous", "/Tarvelle-l-Avenir-a-vous"),
                     ("Pétitions", "/Petitions-citoyennes"), ("Nous écrire", "/Nous-ecrire")],
               accounts=[social("facebook", "VilleDeTarvelle"), social("x", "tarvelle")],
               address="Hôtel de ville, place Gabriel-Péri, 69550 Tarvelle")
    return City("99393", "Tarvelle", 29820, "69", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [www],
                decoy_accounts=("https://www.facebook.com/tourismecanalestlyonnais", "https://www.instagram.com/tourisme_canal_est"))


# ---- 99394 Brasselin (Métropole européenne de Lille): TYPO3, Cap Collectif, a neighbours' network -------------

def brasselin() -> City:
    host, cap, nb = "www.brasselin.fr", "brasselin.cap-collectif.com", "voisins.brasselin.fr"
    bp, bp24 = "/project/budget-participatif-2025", "/project/budget-participatif-2024"
    news = [("/actualites/salon-emploi", "Salon de l'emploi le 15 mai", "30 avril 2025", "80 offres dans le bassin lillois."),
            ("/mairie/budget", "Budget 2025", "10 avril 2025", "Le budget primitif et le compte administratif."),
            ("/actualites/lettre", "La lettre de Brasselin", "1er avril 2025", "Abonnez-vous.")]
    pages = [
        page("/", "Accueil", _home(
            "Brasselin, 44 000 habitants, au nord de la métropole lilloise.",
            [("/participer", "Participer"), ("/participer/budget-participatif", "Budget participatif"),
             ("/participer/voisins-solidaires", "Voisins solidaires"), ("/vie-pratique/contact", "Contact"),
             ("/securite/participation-citoyenne", "Sécurité"), ("/mairie/marches-publics", "Marchés publics")],
            news, [("/participer/tables-de-quartier", "Table de quartier de la Lorette", "22 mai")])),
        page("/participer", "Participer à la vie de la ville", m.prose(
            "Tables de quartier, budget participatif, consultations en ligne : à Brasselin, les habitants ont voix au chapitre.",
            f'La plateforme <a href="http://{cap}/">Brasselin participe</a> rassemble toutes les démarches en cours.'),
             {"participation_displayed"}),
        page("/participer/tables-de-quartier", "Les tables de quartier", m.prose(
            "À la Lorette et au Pont-Rouge, les tables de quartier réunissent habitants et associations pour porter ensemble les sujets qui comptent : "
            "propreté, sécurité routière, accès aux services.",
            "Elles se réunissent chaque mois au centre social ; la ville s'engage à répondre par écrit à leurs propositions."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/budget-participatif", "Le budget participatif", m.prose(
            "400 000 euros pour vos projets. En 2025, déposez vos idées en ligne jusqu'au 31 mars, puis votez en juin.",
            f'Tout se passe sur <a href="http://{cap}{bp}/presentation/presentation-1">la plateforme participative</a>.'),
             {"participatory_budget"}, parent=("Participer", "/participer")),
        page("/participer/voisins-solidaires", "Voisins solidaires", m.prose(
            "La ville a lancé avec le centre social un réseau de voisins en ligne : prêter une perceuse, trouver un covoiturage, "
            "organiser une fête de rue.",
            f'Inscrivez-vous gratuitement sur <a href="http://{nb}/">voisins.brasselin.fr</a> et rejoignez le groupe de votre quartier.'),
             {"territorial_social_network"}, parent=("Participer", "/participer")),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le protocole participation citoyenne lie la ville, la préfecture et la police nationale. Des habitants volontaires, "
            "référents de leur rue, relaient les informations utiles à la prévention des cambriolages."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/salon-emploi", "Salon de l'emploi", m.prose(
            "Forum de l'emploi : 45 entreprises recrutent le jeudi 15 mai salle Pasteur. Entrée libre."),
             decoys={"forum"}),
        page("/mairie/budget", "Budget de la ville", m.prose(
            "Budget primitif 2025 : 71 millions d'euros. Compte administratif 2024 approuvé le 20 juin.")
             + m.bullets(["Rapport d'orientation budgétaire (PDF)", "Budget primitif 2025 (PDF)"]),
             decoys={"participatory_budget"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Les avis d'appel public à la concurrence de la ville sont publiés sur le profil acheteur.")
             + m.bullets(["Appel d'offres : rénovation de l'école Jules-Ferry (date limite 12 juin)",
                          "Appel à candidatures : occupation du kiosque du parc"]),
             decoys={"suggestion_call"}),
        page("/actualites/lettre", "La lettre de Brasselin", m.prose("Abonnez-vous à la lettre d'information électronique.")
             + m.newsletter_simple("/actualites/lettre#abonnement", "lettre-brasselin"), decoys={"contact_form"}),
        page("/vie-pratique/contact", "Contact", m.prose("Mairie de Brasselin, du lundi au samedi matin.")
             + m.contact_powermail("/vie-pratique/contact?tx_powermail_pi1%5Baction%5D=create"), {"contact_form"}),
    ]
    www = Site(host, "typo3", "Ville de Brasselin", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Mairie", "/mairie/budget"), ("Contact", "/vie-pratique/contact")],
               accounts=[social("facebook", "brasselin.officiel"), social("instagram", "ville_brasselin"), social("linkedin", "ville-de-brasselin")],
               address="Hôtel de ville, 2 rue de la Mairie, 59170 Brasselin")
    cap_pages = [
        page("/", "Brasselin participe", '<section class="section--custom"><h2>Projets participatifs</h2><div class="project-preview">'
             f'<a href="{bp}/presentation/presentation-1">Budget participatif 2025</a><p>Dépôt ouvert</p></div>'
             f'<div class="project-preview"><a href="/project/questionnaire-mobilites/questionnaire/questionnaire">Questionnaire mobilités</a><p>En cours</p></div>'
             f'<div class="project-preview"><a href="/project/quartier-de-la-gare/consultation/consultation">Quartier de la gare : consultation</a></div>'
             f'<div class="project-preview"><a href="{bp24}/selection/laureats">Budget participatif 2024</a><p>Terminé</p></div></section>'),
        page(f"{bp}/presentation/presentation-1", "Budget participatif 2025 - Présentation", '<div class="step-presentation">'
             '<p>Vous habitez Brasselin ? Proposez un projet d\'intérêt général, puis votez pour vos préférés.</p><ol class="step-list">'
             f'<li><a href="{bp}/collect/depot-des-projets">Dépôt des projets</a> (jusqu\'au 31 mars)</li><li><a href="{bp}/selection/vote">Vote</a> (juin)</li></ol></div>',
             {"participatory_budget"}),
        page(f"{bp}/collect/depot-des-projets", "Dépôt des projets", '<div class="collect-step"><p>Déposez votre projet : un titre, une description, un lieu.</p>'
             '<form class="proposal-form" action="/graphql" method="post"><label for="proposal_title">Titre</label><input id="proposal_title" name="title">'
             '<label for="proposal_body">Description</label><textarea id="proposal_body" name="body" rows="8"></textarea>'
             '<label for="proposal_district">Quartier</label><select id="proposal_district" name="district"><option>Lorette</option><option>Pont-Rouge</option><option>Centre</option></select>'
             '<button type="submit" class="btn btn-primary">Déposer ma proposition</button></form>'
             '<ul class="proposal-list"><li class="proposal-preview">Un verger à la Lorette</li><li class="proposal-preview">Des abris vélos à la gare</li></ul></div>',
             {"participatory_budget", "suggestion_call"}),
        page(f"{bp}/selection/vote", "Vote", '<div class="selection-step"><p>Le vote ouvrira le 2 juin. Vous pourrez soutenir jusqu\'à trois projets.</p>'
             '<ul class="proposal-list"><li class="proposal-preview">Un verger à la Lorette <span class="votes">0 vote</span></li></ul></div>',
             {"participatory_budget"}),
        page(f"{bp24}/selection/laureats", "Budget participatif 2024 - Lauréats", '<div class="selection-step"><p>Édition terminée. 3 108 votants.</p>'
             '<ol><li>Une boîte à dons au Pont-Rouge (1 402 votes)</li><li>Des toilettes publiques au parc (1 211 votes)</li></ol></div>',
             {"participatory_budget"}),
        # a consultation where residents publish arguments under each orientation: comments on content
        page("/project/quartier-de-la-gare/consultation/consultation", "Quartier de la gare : consultation", '<div class="consultation">'
             '<p>Donnez votre avis sur les orientations du futur quartier de la gare : chaque section peut recevoir vos arguments pour ou contre.</p>'
             '<div class="opinion"><h3>Orientation 1 : une place piétonne</h3><p class="opinion__votes">D\'accord 112 · Mitigé 20 · Pas d\'accord 9</p>'
             '<form class="argument-form" action="/graphql" method="post"><label for="argument_body">Votre argument</label><textarea id="argument_body" name="body" rows="3"></textarea>'
             '<button type="submit">Publier</button></form></div></div>',
             {"participation_displayed", "comments"}),
        page("/project/questionnaire-mobilites/questionnaire/questionnaire", "Questionnaire mobilités", '<div class="questionnaire-step">'
             + m.questionnaire("/graphql", [("Comment vous déplacez-vous pour aller travailler ?", ["Voiture", "Métro ou bus", "Vélo", "À pied"]),
                                            ("Que faudrait-il améliorer en priorité ?", [])]) + "</div>",
             {"poll"}),
    ]
    cap_site = Site(cap, "capcollectif", "Brasselin participe", cap_pages,
                    menu=[("Accueil", "/"), ("Site de la ville", f"http://{host}/")],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"Cap Collectif"}))
    nb_pages = [
        page("/", "Voisins de Brasselin", m.prose("Le réseau social des voisins de Brasselin : entraide, prêts, événements de quartier.")
             + m.bullets(['<a href="/quartiers/lorette">Groupe Lorette (412 membres)</a>', '<a href="/quartiers/pont-rouge">Groupe Pont-Rouge (268 membres)</a>',
                          '<a href="/annonces/entraide">Annonces d\'entraide</a>'])),
        page("/quartiers/lorette", "Groupe Lorette", '<div class="feed"><article class="post"><p class="post__author">Yasmina</p>'
             '<p>Quelqu\'un aurait un diable à prêter samedi ?</p><p class="post__meta">3 réponses</p></article>'
             '<article class="post"><p class="post__author">Jean-Pierre</p><p>Fête des voisins rue Vauban le 30 mai, chacun apporte un plat.</p></article></div>'),
        page("/quartiers/pont-rouge", "Groupe Pont-Rouge", '<div class="feed"><article class="post"><p class="post__author">Mehdi</p>'
             '<p>Cours de soutien en maths gratuits le mercredi à la maison de quartier.</p></article></div>'),
        page("/annonces/entraide", "Annonces d'entraide", '<ul class="annonces"><li>Prête : tondeuse (Lorette)</li><li>Cherche : covoiturage vers Roubaix</li></ul>'),
    ]
    nb_site = Site(nb, "community", "Voisins de Brasselin", nb_pages, menu=[("Accueil", "/"), ("Entraide", "/annonces/entraide")],
                   features=frozenset({"territorial_social_network"}))
    return City("99394", "Brasselin", 44120, "59", "32", "Hauts-de-France", f"http://{host}/", [www, cap_site, nb_site])


# ---- 99395 Les Aubrettes (north of Marseille): Joomla and a phpBB board ----------------------------------------

def les_aubrettes() -> City:
    host, board = "www.lesaubrettes.fr", "forum.lesaubrettes.fr"
    base = "/index.php"
    news = [(f"{base}/actualites/fete-des-voisins", "Fête des voisins le 30 mai", "15 mai 2025", "Inscrivez votre rue."),
            (f"{base}/actualites/appel-a-candidatures-cmj", "Conseil municipal des jeunes : candidatez", "2 mai 2025", "Élection en juin."),
            (f"{base}/culture/concours-photo", "Concours photo « Mon quartier »", "20 avril 2025", "Jusqu'au 30 juin.")]
    pages = [
        page("/", "Accueil", _home(
            "Les Aubrettes, 26 000 habitants, entre les collines de l'Étoile et les quartiers nord de Marseille.",
            [(f"{base}/participation", "Participation"), (f"{base}/participation/boite-a-idees", "Boîte à idées"),
             (f"{base}/contact", "Contact"), (f"{base}/newsletter", "Newsletter"), (f"{base}/mairie/budget-primitif", "Budget"),
             (f"{base}/forum-des-associations", "Forum des associations"), (f"http://{board}/", "Forum des habitants")],
            news, [(f"{base}/participation/conseils-citoyens", "Conseil citoyen de la Bricarde-Haute", "27 mai")],
            extra=m.newsletter_acymailing(f"{base}/newsletter"))),
        page(f"{base}/participation", "La participation aux Aubrettes", m.prose(
            "La municipalité fait vivre la démocratie locale avec les conseils citoyens, le conseil municipal des jeunes, des réunions de quartier "
            "deux fois par an et une boîte à idées.",
            f'Les habitants échangent aussi sur le <a href="http://{board}/">forum des habitants</a>, modéré par la ville.')
             + m.bullets([f'<a href="{base}/participation/conseils-citoyens">Les conseils citoyens</a>',
                          f'<a href="{base}/participation/conseil-municipal-des-jeunes">Le conseil municipal des jeunes</a>',
                          f'<a href="{base}/participation/boite-a-idees">La boîte à idées</a>']),
             {"participation_displayed"}),
        page(f"{base}/participation/conseils-citoyens", "Les conseils citoyens", m.prose(
            "La Bricarde-Haute et Saint-Joseph-des-Pins, quartiers prioritaires, ont leur conseil citoyen depuis 2015.",
            "Il réunit habitants tirés au sort et acteurs associatifs, donne son avis sur le contrat de ville et gère un fonds de participation des habitants.",
            "Réunions ouvertes le dernier mardi du mois au centre social l'Escale."),
             {"participation_displayed"}, parent=("Participation", f"{base}/participation")),
        page(f"{base}/participation/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM2 et de 6e, les jeunes conseillers proposent des actions et les présentent au maire."),
             {"participation_displayed"}, parent=("Participation", f"{base}/participation")),
        # an idea box: a call for suggestions written to the city in free text
        page(f"{base}/participation/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie aux Aubrettes ? Déposez-la ici : chaque idée reçoit une réponse d'un élu sous un mois.")
             + m.idea_form(f"{base}/participation/boite-a-idees", "Ma suggestion", "Soyez précis : lieu, besoin, solution proposée.",
                           ["Propreté", "Déplacements", "Jeunesse", "Commerces", "Autre"]),
             {"suggestion_call", "contact_form"}, parent=("Participation", f"{base}/participation")),
        page(f"{base}/actualites/fete-des-voisins", "Fête des voisins le 30 mai", m.prose(
            "La ville fournit tables, chaises et affiches aux habitants qui organisent la fête des voisins dans leur rue ou leur résidence.",
            "Inscription auprès du service vie des quartiers avant le 23 mai.")
             + m.share_buttons(f"http://{host}{base}/actualites/fete-des-voisins", "Fête des voisins"),
             decoys={"territorial_social_network"}),
        page(f"{base}/actualites/appel-a-candidatures-cmj", "Conseil municipal des jeunes : candidatez", m.prose(
            "L'appel à candidatures pour le conseil municipal des jeunes est ouvert aux élèves de CM2 et de 6e. Dossier à retirer à l'école."),
             decoys={"suggestion_call"}),
        # a contest judged by a jury: neither a call for ideas nor a vote
        page(f"{base}/culture/concours-photo", "Concours photo « Mon quartier »", m.prose(
            "Photographes amateurs, envoyez jusqu'à trois photos de votre quartier avant le 30 juin. Un jury désignera les lauréats, exposés à la médiathèque."),
             decoys={"suggestion_call", "poll"}),
        page(f"{base}/mairie/budget-primitif", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 a été voté le 8 avril : 34 millions d'euros en fonctionnement, 9 millions en investissement."),
             decoys={"participatory_budget"}),
        page(f"{base}/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations a lieu le dimanche 7 septembre sur l'esplanade. Plus de 60 clubs et associations vous y attendent."),
             decoys={"forum"}),
        page(f"{base}/newsletter", "Newsletter", m.prose("Recevez chaque mois les informations de la commune.")
             + m.newsletter_acymailing(f"{base}/newsletter"), decoys={"contact_form"}),
        page(f"{base}/contact", "Contact", m.prose("Mairie des Aubrettes, avenue de la Libération.") + m.contact_joomla(f"{base}/contact"),
             {"contact_form"}),
    ]
    www = Site(host, "joomla", "Ville des Aubrettes", pages,
               menu=[("Accueil", "/"), ("Participation", f"{base}/participation"), ("Forum des habitants", f"http://{board}/"),
                     ("Contact", f"{base}/contact")],
               accounts=[social("facebook", "VilledesAubrettes"), social("instagram", "lesaubrettes13")],
               address="Mairie, 12 avenue de la Libération, 13240 Les Aubrettes")
    topics = [("/viewtopic.php?t=31", "Bus 96 : les horaires du soir", "Nordine13", "2 mai 2025", 14, 380),
              ("/viewtopic.php?t=32", "Dépôts sauvages chemin des Pins", "MarieJo", "28 avril 2025", 9, 211)]
    board_pages = [
        page("/", "Index du forum", m.phpbb_index([
            ("/viewforum.php?f=2", "Vie des quartiers", "Transports, propreté, sécurité : parlons de nos quartiers.", 48, 512),
            ("/viewforum.php?f=3", "Entraide et bons plans", "Demandes et offres entre habitants.", 21, 140)])),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(topics)),
        page("/viewforum.php?f=3", "Entraide et bons plans", m.phpbb_topics([
            ("/viewtopic.php?t=45", "Cherche nounou quartier Saint-Joseph", "Samia", "5 mai 2025", 4, 97)])),
        page("/viewtopic.php?t=31", "Bus 96 : les horaires du soir", m.phpbb_topic([
            ("Nordine13", "2 mai 2025", "Bus 96 : les horaires du soir", "Le dernier bus part à 20 h 10, impossible de rentrer après le travail."),
            ("Mairie (modérateur)", "3 mai 2025", "Bus 96 : les horaires du soir", "La ville a saisi la Métropole, réponse attendue en juin.")])),
        page("/viewtopic.php?t=32", "Dépôts sauvages chemin des Pins", m.phpbb_topic([
            ("MarieJo", "28 avril 2025", "Dépôts sauvages chemin des Pins", "Encore des gravats ce matin."),
            ("Kevin", "29 avril 2025", "Dépôts sauvages chemin des Pins", "Signalé aussi au service propreté.")])),
        page("/viewtopic.php?t=45", "Cherche nounou quartier Saint-Joseph", m.phpbb_topic([
            ("Samia", "5 mai 2025", "Cherche nounou quartier Saint-Joseph", "Pour deux enfants, le mercredi.")])),
    ]
    board_site = Site(board, "phpbb", "Forum des habitants des Aubrettes", board_pages, features=frozenset({"forum"}))
    return City("99395", "Les Aubrettes", 26340, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{host}/", [www, board_site])


# ---- 99396 Pontlevrier (Val-d'Oise): a vendor CMS, Publik e-services and Go Vocal ------------------------------

def pontlevrier() -> City:
    host, gru, gv = "www.pontlevrier.fr", "demarches.pontlevrier.fr", "pontlevrier.govocal.com"
    bp = "/fr-FR/projects/budget-participatif-2025"
    news = [("/actualites/questionnaire-jeunesse", "Jeunes : votre avis compte", "5 mai 2025", "Un questionnaire sur les loisirs."),
            ("/actualites/resultats-consultation-marche", "Marché du Val-Fleuri : les résultats", "10 avril 2025", "La consultation est close."),
            ("/actualites/salon-de-l-emploi", "Salon de l'emploi", "1er avril 2025", "Le 24 avril au gymnase.")]
    pages = [
        page("/", "Accueil", _home(
            "Pontlevrier, 61 000 habitants, ville-préfecture du Val-d'Oise, deux gares RER et la base de loisirs.",
            [("/ma-ville/democratie-participative", "Démocratie participative"), (f"http://{gv}/fr-FR/", "Pontlevrier participe"),
             (f"http://{gru}/", "Démarches en ligne"), ("/ma-ville/budget", "Budget"), ("/emploi", "Emploi"), ("/tourisme", "Tourisme")],
            news, [("/ma-ville/democratie-participative/comites-d-habitants", "Comité d'habitants du Val-Fleuri", "3 juin"),
                   ("/ma-ville/renouvellement-urbain", "Permanence à la maison du projet", "chaque mercredi")])),
        page("/ma-ville/democratie-participative", "Démocratie participative", m.prose(
            "Conseils de quartier, comités d'habitants, concertations sur les grands projets et plateforme en ligne : "
            "la ville construit ses décisions avec les Pontlevriennes et les Pontlevriens.",
            f'Proposez vos idées et suivez le budget participatif sur <a href="http://{gv}/fr-FR/">Pontlevrier participe</a>.')
             + m.bullets(['<a href="/ma-ville/democratie-participative/conseils-de-quartier">Conseils de quartier</a>',
                          '<a href="/ma-ville/democratie-participative/comites-d-habitants">Comités d\'habitants</a>',
                          '<a href="/ma-ville/renouvellement-urbain">Renouvellement urbain du Val-Fleuri</a>']),
             {"participation_displayed"}),
        page("/ma-ville/democratie-participative/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Huit conseils de quartier, composés d'habitants volontaires et tirés au sort, se réunissent au moins trois fois par an.",
            "Ils disposent chacun d'une enveloppe de 15 000 euros pour de petits aménagements."), {"participation_displayed"},
             parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        # neighbourhood meetings: a generic heading, but it is the city's participation
        page("/ma-ville/democratie-participative/comites-d-habitants", "Rencontres dans les quartiers", m.prose(
            "Le maire et les élus de secteur viennent à votre rencontre : une réunion par quartier chaque trimestre, au pied des immeubles ou en salle.",
            "Vos questions et propositions sont notées ; un compte rendu est publié sous quinze jours.")
             + m.bullets(["Val-Fleuri : 3 juin, 18 h, place des Tilleuls", "Les Coudreaux : 10 juin, 18 h, école Prévert"]),
             {"participation_displayed"}, parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        page("/ma-ville/renouvellement-urbain", "Renouvellement urbain du Val-Fleuri", m.prose(
            "Le projet de renouvellement urbain du Val-Fleuri transforme 1 400 logements d'ici 2030.",
            "La maison du projet, 4 allée des Roses, est ouverte aux habitants pour s'informer et participer aux ateliers de concertation."),
             {"participation_displayed"}),
        page("/ma-ville/budget", "Le budget de la ville", m.prose(
            "Budget primitif 2025 : 112 millions d'euros. Découvrez la répartition des dépenses par politique publique."),
             decoys={"participatory_budget"}),
        page("/actualites/questionnaire-jeunesse", "Jeunes : votre avis compte", m.prose(
            "Tu as entre 12 et 25 ans ? Le service jeunesse veut savoir ce que tu attends de la ville. Réponds avant le 30 juin.")
             + m.questionnaire("/actualites/questionnaire-jeunesse", [
                 ("Quel âge as-tu ?", ["12-15 ans", "16-18 ans", "19-25 ans"]),
                 ("Que fais-tu le week-end ?", ["Sport", "Sorties", "Jeux vidéo", "Je travaille"]),
                 ("Qu'aimerais-tu trouver à Pontlevrier ?", [])], "Questionnaire anonyme, 3 minutes."),
             {"poll"}),
        page("/actualites/resultats-consultation-marche", "Marché du Val-Fleuri : les résultats", m.prose(
            "La consultation est close : 58 % des répondants préfèrent le marché le samedi matin. Le changement aura lieu en septembre."),
             decoys={"poll"}),
        page("/actualites/salon-de-l-emploi", "Salon de l'emploi", m.prose(
            "Le forum emploi du 24 avril réunira 60 recruteurs au gymnase Jesse-Owens."), decoys={"forum"}),
        page("/emploi", "La ville recrute", m.prose("Gardien de gymnase (H/F), temps complet, poste à pourvoir au 1er septembre.")
             + m.job_application("/emploi#candidature", "Gardien de gymnase"), decoys={"contact_form"}),
        page("/tourisme", "Tourisme et loisirs", m.prose(
            "L'office de tourisme de l'agglomération vous renseigne sur la base de loisirs et les balades le long de l'Oise.",
            "Sur les réseaux : <a href=\"https://www.facebook.com/OiseValTourisme\">Facebook de l'office</a>."),
             decoys={"social_account"}),
    ]
    www = Site(host, "vendor", "Ville de Pontlevrier", pages,
               menu=[("Ma ville", "/ma-ville/democratie-participative"), ("Démarches", f"http://{gru}/"),
                     ("Participer", f"http://{gv}/fr-FR/"), ("Emploi", "/emploi")],
               accounts=[social("facebook", "pontlevrier"), social("instagram", "villedepontlevrier"), social("tiktok", "pontlevrier")],
               address="Hôtel de ville, 3 place de l'Hôtel-de-Ville, 95300 Pontlevrier")
    gru_pages = [
        page("/", "Démarches en ligne", '<div class="cell list-of-forms"><h2>Vos démarches</h2><ul>'
             '<li><a href="/contacter-la-mairie/">Contacter la mairie</a></li><li><a href="/signaler-un-probleme/">Signaler un problème sur l\'espace public</a></li>'
             '<li><a href="/reservation-salle/">Réserver une salle</a></li><li><a href="/paiement-cantine/">Payer une facture de cantine</a></li></ul></div>'),
        page("/contacter-la-mairie/", "Contacter la mairie", m.contact_wcs("/contacter-la-mairie/"), {"contact_form"}),
        # a report form: the resident describes the problem to the city in free text
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.contact_wcs("/signaler-un-probleme/", "Décrivez le problème"),
             {"contact_form"}),
        page("/reservation-salle/", "Réserver une salle", m.booking_form("/reservation-salle/", ["Salle Lorca", "Espace Coudreaux"]),
             decoys={"contact_form"}),
        page("/paiement-cantine/", "Payer une facture de cantine", m.payment_form("/paiement-cantine/"), decoys={"contact_form"}),
    ]
    gru_site = Site(gru, "publik", "Pontlevrier - démarches", gru_pages, menu=[("Accueil", "/"), ("Site de la ville", f"http://{host}/")])
    gv_pages = [
        page("/fr-FR/", "Pontlevrier participe", '<div class="e2e-projects-list">'
             f'<a class="e2e-project-card" href="{bp}">Budget participatif 2025</a>'
             '<a class="e2e-project-card" href="/fr-FR/projects/boite-a-idees-proprete">Boîte à idées : une ville plus propre</a>'
             '<a class="e2e-project-card" href="/fr-FR/projects/avenir-du-parc-des-sports/survey">L\'avenir du parc des sports</a></div>'),
        page(bp, "Budget participatif 2025", '<div id="project-description"><p>Un million d\'euros pour vos projets. Phase 1 : dépôt des idées jusqu\'au 15 mai.</p>'
             f'<a class="e2e-idea-button" href="{bp}/ideas">Voir et proposer des idées</a></div>', {"participatory_budget"}),
        page(f"{bp}/ideas", "Idées du budget participatif", '<div id="e2e-ideas-list"><div class="e2e-idea-card">'
             '<a href="/fr-FR/ideas/un-terrain-multisport-au-val-fleuri">Un terrain multisport au Val-Fleuri</a><span>86 votes</span></div></div>'
             '<a class="e2e-idea-button" href="/fr-FR/ideas/un-terrain-multisport-au-val-fleuri">Soumettre votre idée</a>',
             {"participatory_budget", "suggestion_call"}),
        page("/fr-FR/ideas/un-terrain-multisport-au-val-fleuri", "Un terrain multisport au Val-Fleuri", '<div id="e2e-idea-show"><p>Les jeunes du Val-Fleuri n\'ont pas de terrain. '
             'Je propose un city-stade à la place du parking désaffecté.</p><div id="e2e-comments-container"><div class="e2e-comment"><p>Oui, bonne idée !</p></div>'
             '<form id="e2e-comment-form" action="/web_api/v1/ideas/9f2c/comments" method="post"><textarea id="submit-comment" name="body_multiloc" placeholder="Écrivez votre commentaire"></textarea>'
             '<button type="submit" class="e2e-submit-comment">Publier</button></form></div></div>',
             {"participatory_budget", "comments"}),
        page("/fr-FR/projects/boite-a-idees-proprete", "Boîte à idées : une ville plus propre", '<div id="project-description"><p>Comment rendre nos rues plus propres ? '
             'Proposez vos idées, votez pour celles des autres.</p><a class="e2e-idea-button" href="/fr-FR/ideas/un-terrain-multisport-au-val-fleuri">Soumettre votre idée</a></div>',
             {"suggestion_call"}),
        page("/fr-FR/projects/avenir-du-parc-des-sports/survey", "L'avenir du parc des sports", '<div class="e2e-native-survey">'
             + m.questionnaire("/web_api/v1/projects/4d1a/survey_responses", [("Fréquentez-vous le parc des sports ?", ["Chaque semaine", "Parfois", "Jamais"]),
                                                                              ("Quel équipement ajouter ?", ["Piste d'athlétisme", "Skatepark", "Agrès de musculation"])])
             + "</div>", {"poll"}),
    ]
    gv_site = Site(gv, "govocal", "Pontlevrier participe", gv_pages, menu=[("Accueil", "/fr-FR/"), ("Site de la ville", f"http://{host}/")],
                   redirects={"/": f"http://{gv}/fr-FR/"},  # the platform sends visitors to their language
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"Go Vocal"}))
    return City("99396", "Pontlevrier", 61480, "95", "11", "Île-de-France", f"http://{host}/", [www, gru_site, gv_site],
                decoy_accounts=("https://www.facebook.com/oisevaltourisme",))


# ---- 99397 Roncelles (Métropole européenne de Lille): WordPress, CONSUL Democracy and Discourse ----------------

def roncelles() -> City:
    host, consul, agora = "www.roncelles.fr", "budget.roncelles.fr", "agora.roncelles.fr"
    news = [("/actualites/nouvelle-aire-de-jeux/", "Une nouvelle aire de jeux au Blanc-Riez", "6 mai 2025", "Ouverte depuis samedi."),
            ("/actualites/conseil-municipal-du-12-mars/", "Conseil municipal du 12 mars", "5 mars 2025", "L'ordre du jour."),
            ("/actualites/enquete-insee/", "Enquête Insee sur l'emploi", "1er mars 2025", "Des ménages seront sollicités."),
            ("/actualites/petition-ligne-de-bus/", "Ligne de bus : la ville mobilisée", "20 février 2025", "Le maire a écrit à la Métropole.")]
    pages = [
        page("/", "Accueil", _home(
            "Roncelles, 33 900 habitants, au sud-est de Lille, le long du canal de la Deûle.",
            [("/vie-citoyenne/", "Vie citoyenne"), ("/vie-citoyenne/budget-citoyen/", "Budget citoyen"), (f"http://{agora}/", "L'Agora"),
             ("/contact/", "Contact"), ("/culture/appel-a-candidatures-artistes/", "Appel à artistes"), ("/actualites/", "Actualités")],
            news, [("/vie-citoyenne/reunions-de-quartier/", "Réunion de quartier du Blanc-Riez", "12 juin")])),
        # the city's participation under a generic heading, no "participation" in the title
        page("/vie-citoyenne/", "Vie citoyenne", m.prose(
            "À Roncelles, les habitants prennent part aux décisions : réunions de quartier, budget citoyen, conseil citoyen du Blanc-Riez, "
            "concertation avant chaque grand aménagement.",
            "Les comptes rendus des réunions et les réponses de la municipalité sont publiés ici.")
             + m.bullets(['<a href="/vie-citoyenne/reunions-de-quartier/">Les réunions de quartier</a>',
                          '<a href="/vie-citoyenne/budget-citoyen/">Le budget citoyen</a>', '<a href="/vie-citoyenne/l-agora/">L\'Agora, espace d\'échange</a>']),
             {"participation_displayed"}),
        page("/vie-citoyenne/reunions-de-quartier/", "Les réunions de quartier", m.prose(
            "Deux fois par an, chaque quartier est invité à une réunion publique avec le maire et les adjoints : bilan des travaux, questions libres, propositions.",
            "Au Blanc-Riez, quartier prioritaire, le conseil citoyen co-anime la réunion."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/vie-citoyenne/budget-citoyen/", "Le budget citoyen", m.prose(
            "Le budget citoyen, c'est 250 000 euros par an pour des projets que vous proposez puis que vous choisissez par vote.",
            f'Dépôt, vote et résultats se passent sur <a href="http://{consul}/">budget.roncelles.fr</a>.'),
             {"participatory_budget"}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        # a city page presenting the forum, not the board itself
        page("/vie-citoyenne/l-agora/", "L'Agora", m.prose(
            "L'Agora est l'espace de discussion en ligne des Roncellois, ouvert en 2024 et modéré par la ville.",
            f'Créez un compte sur <a href="http://{agora}/">agora.roncelles.fr</a> pour ouvrir un sujet ou répondre.'),
             {"participation_displayed"}, decoys={"forum"}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/actualites/", "Actualités", m.news_teasers(news, "Toutes les actualités")),
        page("/actualites/nouvelle-aire-de-jeux/", "Une nouvelle aire de jeux au Blanc-Riez", m.prose(
            "L'aire de jeux, projet lauréat du budget citoyen 2024, a ouvert samedi. Toboggans, balançoires et jeux d'eau pour les 2-10 ans.")
             + m.share_buttons(f"http://{host}/actualites/nouvelle-aire-de-jeux/", "Aire de jeux")
             + m.wp_comments([("Aline", "7 mai 2025", "Les enfants adorent, merci !")], post_id=318),
             {"comments"}, decoys={"participatory_budget"}, parent=("Actualités", "/actualites/")),
        page("/actualites/conseil-municipal-du-12-mars/", "Conseil municipal du 12 mars", m.prose(
            "Le conseil municipal se réunira le mercredi 12 mars à 19 h. À l'ordre du jour : budget primitif, subventions aux associations, tarifs de la cantine.")
             + m.wp_comments_closed(), decoys={"participation_displayed", "comments", "participatory_budget"}, parent=("Actualités", "/actualites/")),
        page("/actualites/enquete-insee/", "Enquête Insee sur l'emploi", m.prose(
            "L'Insee réalise une enquête sur l'emploi et le chômage. Quelques ménages de Roncelles seront contactés par un enquêteur muni d'une carte officielle."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/petition-ligne-de-bus/", "Ligne de bus : la ville mobilisée", m.prose(
            "Le maire a demandé à la Métropole de rétablir la liane 4 le dimanche.",
            "Une pétition nationale pour les transports en zone périurbaine circule par ailleurs sur "
            "<a href=\"https://www.mesopinions.com/petition/social/transports-tous/98765\">mesopinions.com</a>."),
             decoys={"petition"}, parent=("Actualités", "/actualites/")),
        page("/culture/appel-a-candidatures-artistes/", "Appel à candidatures : artistes en résidence", m.prose(
            "La ville lance un appel à candidatures pour une résidence d'artiste de six mois au centre culturel. Dossier avant le 31 mai."),
             decoys={"suggestion_call"}),
        page("/contact/", "Contact", m.prose("Une question, une démarche ? Écrivez-nous.") + m.contact_cf7("/contact/", ("Urbanisme", "Jeunesse", "Autre")),
             {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Roncelles", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilledeRoncelles"), social("mastodon", "roncelles@mastodon.social")],
               address="Hôtel de ville, 1 Grand-Place, 59139 Roncelles")
    consul_pages = [
        page("/", "Budget citoyen de Roncelles", '<div class="jumbo"><p>Proposez, votez, suivez les projets du budget citoyen.</p></div><ul class="menu">'
             '<li><a href="/budgets/3">Budget citoyen 2025</a></li><li><a href="/budgets/2/results">Résultats 2024</a></li>'
             '<li><a href="/proposals">Propositions citoyennes</a></li><li><a href="/polls">Votations</a></li></ul>'),
        page("/budgets/3", "Budget citoyen 2025", '<div class="budget-header"><p>Phase en cours : vote des projets (jusqu\'au 30 juin). Montant : 250 000 €.</p>'
             '<a class="button" href="/budgets/3/investments">Voir les projets et voter</a></div>', {"participatory_budget"}),
        page("/budgets/3/investments", "Projets", '<div id="budget-investments" class="budget-investments-list">'
             '<div class="budget-investment clear" id="budget_investment_57"><h3><a href="/budgets/3/investments/57">Des bacs à compost dans chaque quartier</a></h3>'
             '<div class="supports"><span class="total-supports">214 soutiens</span><a class="button button-support" href="/users/sign_in">Soutenir</a></div></div></div>',
             {"participatory_budget"}),
        page("/budgets/3/investments/57", "Des bacs à compost dans chaque quartier", '<div class="budget-investment-show"><p>Installer un bac à compost partagé '
             'dans chacun des six quartiers, avec un référent volontaire.</p></div><section class="comments" id="comments"><h2>Commentaires (3)</h2>'
             '<div class="comment" id="comment_301"><span class="user-name">Hugo R.</span><p>Et une formation au compostage ?</p></div>'
             '<form class="new_comment" id="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_type]" value="Budget::Investment">'
             '<input type="hidden" name="comment[commentable_id]" value="57"><label for="comment-body-budget_investment_57">Laisse ton commentaire</label>'
             '<textarea id="comment-body-budget_investment_57" name="comment[body]" maxlength="1000"></textarea><input type="submit" value="Publier le commentaire" class="button"></form></section>',
             {"participatory_budget", "comments"}),
        # a past edition's results: a participatory budget, over
        page("/budgets/2/results", "Résultats du budget citoyen 2024", '<div class="budget-results"><table class="budget-investments-results"><thead>'
             '<tr><th>Projet</th><th>Votes</th><th>Coût</th></tr></thead><tbody><tr class="success"><td>Aire de jeux du Blanc-Riez</td><td>1 288</td><td>95 000 €</td></tr>'
             '<tr class="success"><td>Fresque du pont de la Deûle</td><td>804</td><td>18 000 €</td></tr></tbody></table></div>',
             {"participatory_budget"}),
        page("/proposals", "Propositions citoyennes", '<div id="proposals"><p>Une idée pour Roncelles ? Publiez votre proposition ; '
             'si elle recueille 300 soutiens, la municipalité l\'étudie.</p><a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
             '<div class="proposal"><h3>Un marché bio le mercredi</h3><span class="supports">142 soutiens</span></div></div>',
             {"suggestion_call"}),
        page("/polls", "Votations", '<div class="polls-list"><div class="poll"><h3><a href="/polls/5">Nom de la future médiathèque</a></h3><span class="label">En cours</span></div>'
             '<div class="poll"><h3><a href="/polls/4">Horaires de la piscine</a></h3><span class="label">Terminée</span></div></div>'),
        page("/polls/5", "Nom de la future médiathèque", '<div class="poll-question"><h3>Quel nom pour la future médiathèque ?</h3>'
             '<form class="poll-answers" action="/polls/5/answer" method="post"><label><input type="radio" name="answer" value="Marguerite-Yourcenar"> Marguerite-Yourcenar</label>'
             '<label><input type="radio" name="answer" value="La Deûle"> La Deûle</label><input type="submit" class="button" value="Voter"></form></div>', {"poll"}),
        page("/polls/4", "Horaires de la piscine", '<div class="poll-results"><p class="callout">Cette votation est terminée.</p><h3>Résultats</h3>'
             '<table><tr><td>Ouverture à 7 h</td><td>61 %</td></tr><tr><td>Fermeture à 21 h</td><td>39 %</td></tr></table></div>', decoys={"poll"}),
    ]
    consul_site = Site(consul, "consul", "Budget citoyen de Roncelles", consul_pages,
                       menu=[("Accueil", "/"), ("Budget citoyen", "/budgets/3"), ("Site de la ville", f"http://{host}/")],
                       features=frozenset({"participatory_platform"}), platforms=frozenset({"CONSUL Democracy"}))
    agora_pages = [
        page("/", "Derniers sujets", m.discourse_list([
            ("/t/stationnement-rue-de-lille/31", "Stationnement rue de Lille", "Quartiers", "/c/quartiers/5", 18, 402),
            ("/t/idees-pour-la-fete-du-canal/34", "Idées pour la fête du canal", "Animations", "/c/quartiers/5", 7, 133)])),
        page("/c/quartiers/5", "Quartiers", m.discourse_list([
            ("/t/stationnement-rue-de-lille/31", "Stationnement rue de Lille", "Quartiers", "/c/quartiers/5", 18, 402)])),
        page("/t/stationnement-rue-de-lille/31", "Stationnement rue de Lille", m.discourse_topic([
            ("claire_r", "3 mai 2025", "Impossible de se garer le soir depuis les travaux."),
            ("adjoint_voirie", "4 mai 2025", "Une zone bleue est à l'étude, on en reparle à la réunion de quartier.")])),
        page("/t/idees-pour-la-fete-du-canal/34", "Idées pour la fête du canal", m.discourse_topic([
            ("sami59", "10 mai 2025", "Pourquoi pas des joutes nautiques ?"), ("lucie", "11 mai 2025", "Et un concert le soir.")])),
    ]
    agora_site = Site(agora, "discourse", "L'Agora de Roncelles", agora_pages, features=frozenset({"forum"}))
    return City("99397", "Roncelles", 33910, "59", "32", "Hauts-de-France", f"http://{host}/", [www, consul_site, agora_site])


# ---- 99398 Saint-Fonsanges (Métropole de Lyon): Drupal, LimeSurvey, a neighbours' network --------------------

def saint_fonsanges() -> City:
    host, survey, nb = "www.saint-fonsanges.fr", "enquetes.saint-fonsanges.fr", "entre-voisins-fonsanges.fr"
    news = [("/actualites/questionnaire-mobilite", "Mobilité : répondez au questionnaire", "12 mai 2025", "Jusqu'au 15 juin."),
            ("/actualites/marche-de-noel", "Retour sur le marché de Noël", "20 décembre 2024", "30 000 visiteurs."),
            ("/actualites/resultats-enquete-rythmes", "Rythmes scolaires : les résultats de l'enquête", "15 février 2025", "Enquête close.")]
    pages = [
        page("/", "Accueil", _home(
            "Saint-Fonsanges, 47 000 habitants, au sud de la métropole lyonnaise, entre Rhône et balmes.",
            [("/participation-citoyenne", "Participation citoyenne"), ("/participation-citoyenne/appel-a-idees-parc-des-berges", "Appel à idées"),
             ("/contact", "Contact"), ("/mairie/appels-d-offres", "Marchés publics"), ("/mairie/budget-primitif", "Budget"),
             ("/securite/dispositif-participation-citoyenne", "Sécurité"), ("/inscription-forum-associations", "Forum des associations")],
            news, [("/participation-citoyenne/conseils-citoyens", "Conseil citoyen des Balmes", "5 juin")])),
        # the same words as the police scheme, but here the city's own participation approach
        page("/participation-citoyenne", "Participation citoyenne", m.prose(
            "Saint-Fonsanges s'engage pour une démocratie locale vivante : conseils citoyens, conseil des jeunes, appels à idées, "
            "questionnaires en ligne et concertation avec les habitants des Balmes sur le projet de renouvellement urbain.")
             + m.bullets(['<a href="/participation-citoyenne/conseils-citoyens">Les conseils citoyens</a>',
                          '<a href="/participation-citoyenne/conseil-des-jeunes">Le conseil des jeunes</a>',
                          '<a href="/participation-citoyenne/appel-a-idees-parc-des-berges">Appel à idées : le parc des Berges</a>',
                          '<a href="/participation-citoyenne/appel-a-idees-place-centrale">Appel à idées : la place centrale (clos)</a>',
                          '<a href="/participation-citoyenne/reseau-entre-voisins">Entre voisins, le réseau de quartier</a>',
                          '<a href="/participation-citoyenne/droit-d-interpellation">Le droit d\'interpellation citoyenne</a>']),
             {"participation_displayed"}),
        page("/participation-citoyenne/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Les Balmes et la Croix-Rousse-Sud, quartiers prioritaires, ont un conseil citoyen indépendant, accompagné par un animateur.",
            "Ils siègent au comité de pilotage du contrat de ville et ont été associés à la concertation sur la maison du projet des Balmes."),
             {"participation_displayed"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/conseil-des-jeunes", "Le conseil des jeunes", m.prose(
            "Le conseil des jeunes réunit 24 Fonsangeois de 14 à 20 ans. Il a porté le skatepark des Berges et la fête de la jeunesse."),
             {"participation_displayed"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/appel-a-idees-parc-des-berges", "Appel à idées : le parc des Berges", m.prose(
            "Le parc des Berges va être réaménagé. Avant le travail des paysagistes, la ville recueille vos idées jusqu'au 30 juin.")
             + m.idea_form("/participation-citoyenne/appel-a-idees-parc-des-berges", "Votre idée pour le parc", "Jeux, nature, sport, détente : tout est ouvert.",
                           ["Jeux", "Nature", "Sport", "Détente"]),
             {"suggestion_call", "contact_form"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        # a closed call: no way to send an idea any more, only the outcome
        page("/participation-citoyenne/appel-a-idees-place-centrale", "Appel à idées : la place centrale", m.prose(
            "L'appel à idées sur la place centrale est clos depuis le 31 janvier. 214 contributions ont été reçues.",
            "Les trois orientations retenues seront présentées en réunion publique en septembre."),
             {"participation_displayed"}, decoys={"suggestion_call"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/reseau-entre-voisins", "Entre voisins, le réseau de quartier", m.prose(
            "Avec « Entre voisins », la ville soutient un réseau social de proximité : échanges de services, prêts d'objets, événements de rue.",
            f'Rejoignez vos voisins sur <a href="http://{nb}/">entre-voisins-fonsanges.fr</a>.'),
             {"territorial_social_network"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/droit-d-interpellation", "Le droit d'interpellation citoyenne", m.prose(
            "Une pétition réunissant 1 000 signatures d'habitants de plus de 16 ans oblige le conseil municipal à débattre de la question posée.",
            "Pétition en cours, déposée par le collectif des parents des Balmes :")
             + m.petition_form("/participation-citoyenne/droit-d-interpellation", "Pour une traversée piétonne sécurisée avenue Jean-Moulin",
                               "<p>Nous demandons un feu piéton devant l'école des Balmes.</p>", 684, 1000),
             {"petition"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/securite/dispositif-participation-citoyenne", "Dispositif « Participation citoyenne »", m.prose(
            "Le dispositif de participation citoyenne, encadré par la police nationale, associe des habitants volontaires à la prévention des "
            "cambriolages dans leur rue. Une convention a été signée avec le préfet."),
             decoys={"participation_displayed", "territorial_social_network"}),
        # the questionnaire is shown on the city page through an embed of the city's survey tool
        page("/actualites/questionnaire-mobilite", "Mobilité : répondez au questionnaire", m.prose(
            "Comment vous déplacez-vous ? La ville prépare son plan de mobilité et vous interroge jusqu'au 15 juin.")
             + f'<iframe src="http://{survey}/index.php/482913?lang=fr" title="Questionnaire mobilité" width="100%" height="800"></iframe>'
             + m.prose(f'<a href="http://{survey}/index.php/482913?lang=fr">Ouvrir le questionnaire dans une nouvelle page</a>'),
             {"poll"}),
        page("/actualites/marche-de-noel", "Retour sur le marché de Noël", m.prose(
            "Trente mille visiteurs ont arpenté les allées du marché de Noël. Partagez vos souvenirs en commentaire !")
             + '<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.url = "http://www.saint-fonsanges.fr/actualites/marche-de-noel"; '
               'this.page.identifier = "node-233"; };(function() { var d = document, s = d.createElement("script"); s.src = "https://saint-fonsanges.disqus.com/embed.js"; '
               's.setAttribute("data-timestamp", +new Date()); (d.head || d.body).appendChild(s); })();</script>'
               '<noscript>Activez JavaScript pour voir les <a href="https://disqus.com/?ref_noscript" rel="nofollow">commentaires propulsés par Disqus.</a></noscript>',
             {"comments"}),
        page("/actualites/resultats-enquete-rythmes", "Rythmes scolaires : les résultats de l'enquête", m.prose(
            "L'enquête auprès des familles est close. 2 140 réponses : 68 % pour la semaine de quatre jours.",
            f'Le questionnaire <a href="http://{survey}/index.php/731204?lang=fr">n\'accepte plus de réponses</a>.'),
             decoys={"poll"}),
        page("/mairie/appels-d-offres", "Appels d'offres", m.prose("Consultez les marchés publics en cours de la ville.")
             + m.bullets(["Appel d'offres : restauration scolaire 2026-2029", "Appel à projets : occupation temporaire de la halle"]),
             decoys={"suggestion_call"}),
        page("/mairie/budget-primitif", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'équilibre à 84 millions d'euros. Section d'investissement : rénovation du groupe scolaire des Balmes."),
             decoys={"participatory_budget"}),
        page("/inscription-forum-associations", "Forum des associations : inscription", m.prose(
            "Associations, inscrivez-vous au forum des associations du 13 septembre avant le 30 juin.")
             + m.registration_form("/inscription-forum-associations", "forum des associations"),
             decoys={"forum", "contact_form"}),
        page("/contact", "Contact", m.prose("Écrivez aux services de la ville.") + m.contact_webform("/contact", "contact"),
             {"contact_form"}),
    ]
    www = Site(host, "drupal", "Saint-Fonsanges", pages,
               menu=[("Accueil", "/"), ("Participation citoyenne", "/participation-citoyenne"), ("Actualités", "/actualites/questionnaire-mobilite"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "SaintFonsanges"), social("bluesky", "saint-fonsanges.fr"), social("youtube", "saintfonsanges")],
               address="Hôtel de ville, place Charles-de-Gaulle, 69230 Saint-Fonsanges")
    survey_pages = [
        page("/", "Enquêtes de la ville", m.prose("Les questionnaires en ligne de la ville de Saint-Fonsanges.")
             + m.bullets([f'<a href="/index.php/482913?lang=fr">Questionnaire mobilité (ouvert)</a>',
                          f'<a href="/index.php/731204?lang=fr">Rythmes scolaires (clos)</a>'])),
        page("/index.php/482913?lang=fr", "Questionnaire mobilité", m.limesurvey(482913, "Questionnaire mobilité", [
            ("Quel est votre principal moyen de transport ?", ["Voiture", "Transports en commun", "Vélo", "Marche"]),
            ("Quels aménagements souhaitez-vous ?", [])]), {"poll"}),
        page("/index.php/731204?lang=fr", "Rythmes scolaires", '<div class="ls-message-box"><p class="alert alert-warning">Ce questionnaire n\'est plus actif. '
             'Vous ne pouvez plus y répondre. Merci de votre participation.</p></div>', decoys={"poll"}),
    ]
    survey_site = Site(survey, "vendor", "Enquêtes - Saint-Fonsanges", survey_pages, menu=[("Accueil", "/"), ("Site de la ville", f"http://{host}/")],
                       address="Ville de Saint-Fonsanges")
    nb_pages = [
        page("/", "Entre voisins à Saint-Fonsanges", m.prose("Le réseau social des voisins de Saint-Fonsanges.")
             + m.bullets(['<a href="/groupes/les-balmes">Les Balmes</a>', '<a href="/groupes/les-berges">Les Berges</a>'])),
        page("/groupes/les-balmes", "Groupe Les Balmes", '<div class="feed"><article class="post"><p class="post__author">Fatima</p>'
             '<p>Atelier réparation de vélos samedi au pied du bâtiment C, venez avec vos vélos !</p></article></div>'),
        page("/groupes/les-berges", "Groupe Les Berges", '<div class="feed"><article class="post"><p class="post__author">Olivier</p>'
             '<p>Je donne des plants de tomates, à récupérer allée des Saules.</p></article></div>'),
    ]
    nb_site = Site(nb, "community", "Entre voisins", nb_pages, menu=[("Accueil", "/")], features=frozenset({"territorial_social_network"}))
    return City("99398", "Saint-Fonsanges", 47260, "69", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [www, survey_site, nb_site])


def cities():
    return [villebrenne(), montcervan(), tarvelle(), brasselin(), les_aubrettes(), pontlevrier(), roncelles(), saint_fonsanges()]


def hosts():
    return {}
