"""The sixth part of the holdout: eight communes, 98501-98508, with their own markup (``hameaux_markup``).

Labelled from docs/CODEBOOK.md alone: ``features`` are the codes a page holds, ``decoys`` the codes it looks
close to but does not hold. A borderline page carries a one-line comment with the codebook's reason.

- 98501 Montferrier-d'Olt: WordPress with the Astra theme (WP-Polls in the sidebar, native comments, Contact
  Form 7, a WPForms idea box) and "Le Café des habitants", a Discourse board run by the mairie.
- 98502 Vaudrey-les-Salines: SPIP with the Escal skeleton (forums under articles, a residents' forum, SPIP
  petitions, a Formidable contact form, a Framaforms survey), conseils de quartier.
- 98503 Saint-Vaast-la-Lande: Drupal (Poll, comments, Webform contact form and questionnaire), a charte de la
  participation, a budget participatif, and a Decidim platform (budgets, proposals, a survey, an assembly).
- 98504 Châtel-sur-Sioule: Joomla with Helix Ultimate (com_contact, RSForm!Pro idea form, Facebook comments
  plugin, a Google Forms survey), a conseil citoyen, and a phpBB board for residents.
- 98505 Wissembach-le-Haut: TYPO3 (form framework, a Microsoft Forms survey), démocratie participative, a call
  for residents' projects, and a CONSUL Democracy platform (proposals, budget, votations).
- 98506 Saint-Hilaire-des-Marais: a proprietary CMS ("Alto"), a participatory budget known only by its local
  name, the city's own questionnaire, a contact page with only an e-mail address, and the neighbours' network
  the commune runs ("Voisins des Marais").
- 98507 Villenave-sur-Ciron: another proprietary CMS ("Campanile"), its approach under its own brand, a Tally
  survey, and a Cap Collectif platform (ideas, budget, right of interpellation, questionnaire).
- 98508 La Penne-des-Oliviers: WordPress with the Astra theme (wpDiscuz, Gravity Forms, a Typeform survey), a
  concertation, and a Go Vocal platform (ideas, budget, survey).
"""
from ..site import City, Site, page, social
from . import hameaux_markup as m

REGIONS = {"12": ("76", "Occitanie"), "39": ("27", "Bourgogne-Franche-Comté"), "50": ("28", "Normandie"),
           "63": ("84", "Auvergne-Rhône-Alpes"), "67": ("44", "Grand Est"), "85": ("52", "Pays de la Loire"),
           "33": ("75", "Nouvelle-Aquitaine"), "13": ("93", "Provence-Alpes-Côte d'Azur")}
PLATFORM = frozenset({"participatory_platform"})
NETWORK = frozenset({"territorial_social_network"})


def _city(code, name, population, departement, sites, **kw):
    region, region_name = REGIONS[departement]
    return City(code, name, population, departement, region, region_name, f"http://{sites[0].host}/", sites,
                population_year=2022, **kw)


def hosts():
    """No page of this part is drawn by a script."""
    return {}


def cities():
    return [montferrier(), vaudrey(), saint_vaast(), chatel(), wissembach(), saint_hilaire(), villenave(),
            la_penne()]


# =================================================================================================
# 98501 Montferrier-d'Olt (Aveyron): WordPress (Astra) and a Discourse board
# =================================================================================================

MO = "www.montferrier-dolt.fr"
MO_BOARD = "echanges.montferrier-dolt.fr"

_MO_POLL = m.wp_polls(7, "Le marché de producteurs du vendredi : quel horaire vous conviendrait le mieux ?",
                      ["De 16 h à 19 h, comme aujourd'hui", "De 17 h à 20 h", "Le samedi matin plutôt",
                       "Je ne fréquente pas le marché"], 31)
_MO_RECENT = """<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul>
<li><a href="/2024/03/28/le-marche-de-producteurs-change-dhoraire/">Le marché de producteurs passe à l'heure d'été</a></li>
<li><a href="/2024/03/12/travaux-de-la-traverse-du-bourg/">Travaux de la traverse du bourg : ce qui change</a></li>
<li><a href="/2024/02/20/fermeture-dune-classe-la-mobilisation-continue/">Fermeture d'une classe : la mobilisation continue</a></li></ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Catégories</h2><ul>
<li class="cat-item"><a href="/actualites/">Toutes les actualités</a></li><li class="cat-item"><a href="/agenda/">Agenda</a></li></ul></aside>"""


def montferrier() -> City:
    post = lambda title, path: (title, path)  # noqa: E731  (a teaser link)
    news = [post("Le marché de producteurs passe à l'heure d'été", "/2024/03/28/le-marche-de-producteurs-change-dhoraire/"),
            post("Travaux de la traverse du bourg : ce qui change", "/2024/03/12/travaux-de-la-traverse-du-bourg/"),
            post("Fermeture d'une classe : la mobilisation continue", "/2024/02/20/fermeture-dune-classe-la-mobilisation-continue/"),
            post("Forum des associations : 34 stands sous la halle", "/2023/09/04/forum-des-associations/"),
            # (linked on merging: the page was listed but linked from no other page)
            post("Résultats du sondage : les horaires de la médiathèque", "/resultats-sondage-mediatheque/")]
    teasers = "".join(f'<article class="post type-post status-publish format-standard hentry ast-grid-common-col"><h2 class="entry-title"><a href="{h}" rel="bookmark">{t}</a></h2>'
                      f'<p class="read-more"><a class="" href="{h}">Lire la suite »</a></p></article>' for t, h in news)
    parent = ("Actualités", "/actualites/")
    main = Site(MO, "hameaux_astra", "Mairie de Montferrier-d'Olt", [
        page("/", "Accueil", f"""
<div class="wp-block-cover"><p class="has-large-font-size">Bienvenue à Montferrier-d'Olt, village de la vallée du Lot</p></div>
<div class="wp-block-columns"><div class="wp-block-column"><h2 class="wp-block-heading">En un clic</h2><ul>
<li><a href="/demarches/">Démarches et formulaires</a></li><li><a href="/agenda/">Agenda des manifestations</a></li>
<li><a href="/vie-municipale/conseil-municipal/">Séances du conseil municipal</a></li><li><a href="/boite-a-idees/">La boîte à idées</a></li></ul></div>
<div class="wp-block-column"><h2 class="wp-block-heading">Horaires de la mairie</h2><p>Du lundi au vendredi de 9 h à 12 h, le mardi et le jeudi après-midi de 14 h à 17 h 30.</p></div></div>
<h2 class="wp-block-heading">Dernières actualités</h2><div class="ast-row">{teasers}</div>
{m.SIDEBAR}{_MO_POLL}{_MO_RECENT}""", features={"poll"}),  # WP-Polls sidebar widget: a working voting form
        page("/actualites/", "Actualités", f"""<div class="ast-row">{teasers}</div>
<nav class="navigation pagination" aria-label="Publications"><h2 class="screen-reader-text">Navigation des articles</h2><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span></div></nav>
{m.SIDEBAR}{_MO_RECENT}"""),
        page("/2024/03/12/travaux-de-la-traverse-du-bourg/", "Travaux de la traverse du bourg : ce qui change", f"""
<div class="entry-meta"><span class="posted-on">Publié le 12 mars 2024</span> par <span class="author vcard">Service communication</span></div>
<p>Les travaux de requalification de la traverse du bourg (RD 556) entrent dans leur deuxième phase le lundi 18 mars. Jusqu'à la fin du mois de mai, la circulation sera alternée par feux entre la place de l'Église et le pont.</p>
<h3 class="wp-block-heading">Ce qui change pour vous</h3><ul><li>le stationnement est interdit côté rivière pendant toute la durée du chantier ;</li>
<li>l'arrêt du car scolaire est déplacé devant la salle des fêtes ;</li><li>les commerces restent accessibles à pied.</li></ul>
<p>Le chantier est financé par la commune, le Département et l'État (DETR). Coût total : 412 000 € HT.</p>
{m.share_buttons("https://" + MO + "/2024/03/12/travaux-de-la-traverse-du-bourg/", "Travaux de la traverse du bourg")}
{m.wp_comments(214, [("Josiane R.", "12 mars 2024 à 18 h 20", "Merci pour l'information. Le car du collège s'arrêtera aussi devant la salle des fêtes le mercredi ?"),
                     ("Mairie de Montferrier-d'Olt", "13 mars 2024 à 9 h 02", "Oui, tous les arrêts de la ligne 214 sont déplacés, y compris le mercredi midi.")])}""",
             features={"comments"}, decoys={"contact_form"}, parent=parent),
        page("/2024/02/20/fermeture-dune-classe-la-mobilisation-continue/", "Fermeture d'une classe : la mobilisation continue", f"""
<div class="entry-meta"><span class="posted-on">Publié le 20 février 2024</span></div>
<p>L'inspection académique a confirmé son projet de fermer une classe de l'école Jean-Moulin à la rentrée prochaine. Le conseil municipal a voté à l'unanimité une motion demandant le maintien des quatre classes.</p>
<p>Du côté des parents d'élèves, la mobilisation ne faiblit pas : la pétition lancée par l'association des parents a dépassé les 1 300 signatures en trois semaines, soit plus que le nombre d'habitants de la commune. Elle sera remise au directeur académique lors de la réunion du 4 mars.</p>
<p>Le maire recevra les représentants des parents le 27 février en mairie.</p>
{m.wp_comments(221, [], form=False)}""",
             decoys={"petition", "comments"}, parent=parent),  # reports a petition's count; comments closed, none posted
        page("/2024/03/28/le-marche-de-producteurs-change-dhoraire/", "Le marché de producteurs passe à l'heure d'été", f"""
<div class="entry-meta"><span class="posted-on">Publié le 28 mars 2024</span></div>
<p>À partir du vendredi 5 avril, le marché de producteurs se tiendra de 17 h à 20 h sous la halle. Une douzaine de producteurs du Causse et de la vallée proposent fromages, légumes, viande d'Aubrac, pain au levain et miel.</p>
<p>Les nouveaux exposants peuvent retirer un dossier au secrétariat de mairie.</p>
{m.share_buttons("https://" + MO + "/2024/03/28/le-marche-de-producteurs-change-dhoraire/", "Le marché de producteurs passe à l'heure d'été")}""",
             parent=parent),
        page("/2023/09/04/forum-des-associations/", "Forum des associations : 34 stands sous la halle", """
<div class="entry-meta"><span class="posted-on">Publié le 4 septembre 2023</span></div>
<p>Samedi 9 septembre, de 10 h à 17 h, le forum des associations réunit sous la halle les clubs sportifs, culturels et solidaires du canton. Démonstrations de twirling, initiation à la pêche à la mouche et inscriptions à l'école de musique sont au programme.</p>
<p>Le comité des fêtes tiendra la buvette ; retrouvez son programme sur <a href="https://www.facebook.com/ComiteDesFetesMontferrier" target="_blank" rel="noopener">la page Facebook du comité des fêtes</a>.</p>""",
             decoys={"forum"}, parent=parent),  # an event called "forum"
        page("/boite-a-idees/", "La boîte à idées", """
<p>Une idée pour améliorer la vie au village, un aménagement à suggérer, une animation à proposer ? La boîte à idées est ouverte à tous les habitants, petits et grands. Chaque suggestion est lue par les élus et reçoit une réponse.</p>
<p>Vous pouvez aussi déposer votre idée sur papier dans la boîte installée à l'accueil de la mairie.</p>
""" + m.wpforms(318, "/boite-a-idees/", [("name", "Votre nom", True, None), ("email", "Votre e-mail", True, None),
                                          ("select", "Thème", False, ["Cadre de vie", "Animations", "Enfance et jeunesse", "Environnement", "Autre"]),
                                          ("textarea", "Votre idée", True, None)], "Envoyer mon idée"),
             # an idea box: a call for suggestions, and a form writing a free-text message to the city
             features={"suggestion_call", "contact_form"}),
        page("/contact/", "Contacter la mairie", """
<p>Mairie de Montferrier-d'Olt – 2 place de la Mairie – 12340 Montferrier-d'Olt<br>Téléphone : 05 65 00 00 00</p>
""" + m.cf7(52, 48, "/contact/", [("text", "your-name", "Votre nom", True), ("email", "your-email", "Votre e-mail", True),
                                   ("text", "your-subject", "Objet", True), ("textarea", "your-message", "Votre message", False),
                                   ("acceptance", "rgpd", "J'accepte que mes données soient utilisées pour traiter ma demande.", True)]),
             features={"contact_form"}),
        page("/resultats-sondage-mediatheque/", "Résultats du sondage : les horaires de la médiathèque", """
<p>Vous avez été 184 à répondre au sondage en ligne sur les horaires d'ouverture de la médiathèque, du 2 au 31 octobre. Merci !</p>
""" + m.wp_polls_results(5, "Quel créneau supplémentaire souhaitez-vous pour la médiathèque ?",
                         [("Le samedi après-midi", 97), ("Le mercredi matin", 52), ("Un soir en semaine jusqu'à 19 h", 35)],
                         "31 octobre 2023") + """
<p>À partir de janvier, la médiathèque ouvrira donc aussi le samedi de 14 h à 17 h.</p>""",
             decoys={"poll"}),  # the results of a closed poll, no way to answer
        page("/vie-municipale/", "Vie municipale", """
<p>Le conseil municipal compte 15 élus. Le maire et ses trois adjoints reçoivent sur rendez-vous.</p>
<ul><li><a href="/vie-municipale/conseil-municipal/">Le conseil municipal : séances et comptes rendus</a></li>
<li><a href="/vie-municipale/budget/">Le budget de la commune</a></li><li><a href="/vie-municipale/marches-publics/">Marchés publics</a></li></ul>"""),
        page("/vie-municipale/conseil-municipal/", "Le conseil municipal", """
<p>Les séances du conseil municipal sont publiques. Elles ont lieu dans la salle du conseil, au premier étage de la mairie.</p>
<h2>Prochaines séances</h2><ul><li>Jeudi 11 avril 2024 à 20 h 30 : vote du budget primitif, subventions aux associations.</li>
<li>Jeudi 6 juin 2024 à 20 h 30 : tarifs de la cantine, convention avec le SIVU scolaire.</li></ul>
<h2>Comptes rendus</h2><ul><li>Séance du 25 janvier 2024 (PDF, 220 Ko)</li><li>Séance du 14 décembre 2023 (PDF, 198 Ko)</li></ul>""",
             decoys={"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/vie-municipale/budget/", "Le budget de la commune", """
<h2>Budget primitif 2024</h2><p>Le budget primitif 2024 a été voté le 11 avril. Il s'équilibre à 1 184 000 € en fonctionnement et à 726 000 € en investissement.</p>
<ul><li>Principaux investissements : traverse du bourg, toiture de l'école, extension du columbarium.</li><li>Taux communaux des taxes foncières inchangés.</li></ul>
<h2>Compte administratif 2023</h2><p>Le compte administratif 2023 fait apparaître un excédent de fonctionnement de 142 000 €, affecté à l'investissement.</p>""",
             decoys={"participatory_budget"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/vie-municipale/marches-publics/", "Marchés publics", """
<h2>Avis d'appel public à la concurrence</h2><p><strong>Objet :</strong> travaux de réfection de la toiture de l'école Jean-Moulin (lot 1 couverture, lot 2 zinguerie).</p>
<p>Procédure adaptée (article R. 2123-1 du code de la commande publique). Date limite de remise des offres : vendredi 17 mai 2024 à 12 h.</p>
<p>Le dossier de consultation des entreprises est disponible sur la plateforme de dématérialisation du Département.</p>""",
             decoys={"suggestion_call"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/demarches/", "Démarches", """
<ul><li><strong>État civil</strong> : actes de naissance, mariage, décès – demande en ligne sur service-public.fr.</li>
<li><strong>Urbanisme</strong> : permis de construire et déclarations préalables, dépôt en ligne sur le guichet numérique de la communauté de communes.</li>
<li><strong>Cartes d'identité et passeports</strong> : sur rendez-vous à la mairie d'Espalion.</li>
<li><strong>Location de la salle des fêtes</strong> : réservation au secrétariat de mairie.</li></ul>"""),
        page("/agenda/", "Agenda", """
<ul class="agenda"><li><strong>Samedi 13 avril</strong> – Nettoyage des berges du Lot, rendez-vous à 9 h au pont.</li>
<li><strong>Dimanche 21 avril</strong> – Randonnée des Pierres levées, départ 8 h 30 de la halle.</li>
<li><strong>Vendredi 3 mai</strong> – Concert de l'école de musique, église Saint-Martin, 20 h 30.</li>
<li><strong>Samedi 15 juin</strong> – Fête de la Saint-Jean et feu d'artifice.</li></ul>"""),
    ], menu=[("Accueil", "/"), ("Mairie", "/vie-municipale/"), ("Actualités", "/actualites/"), ("Démarches", "/demarches/"),
             ("Agenda", "/agenda/"), ("Boîte à idées", "/boite-a-idees/"), ("Le Café des habitants", f"http://{MO_BOARD}/"),
             ("Contact", "/contact/")],
        accounts=[social("facebook", "MontferrierDOlt", "https://www.facebook.com/MontferrierDOlt/"),
                  social("instagram", "montferrier_dolt", "https://www.instagram.com/montferrier_dolt/")],
        address="2 place de la Mairie, 12340 Montferrier-d'Olt")

    vie = ("Vie du bourg", "/c/vie-du-bourg/4")
    entraide = ("Entraide", "/c/entraide/6")
    topics = [("/t/stationnement-rue-des-tanneurs/42", "Stationnement rue des Tanneurs pendant les travaux", vie, 11, 236, "avr. 2024"),
              ("/t/jardin-partage-qui-est-partant/57", "Jardin partagé derrière l'école : qui est partant ?", entraide, 8, 141, "mars 2024"),
              ("/t/covoiturage-vers-rodez/61", "Covoiturage vers Rodez le matin", entraide, 5, 98, "mars 2024")]
    board = Site(MO_BOARD, "discourse", "Le Café des habitants", [
        page("/", "Sujets récents", "<p>Le Café des habitants est l'espace de discussion proposé par la mairie de Montferrier-d'Olt : posez vos questions, échangez entre voisins, proposez un coup de main.</p>"
             + m.discourse_topic_list(topics), features={"forum"}),
        page("/c/vie-du-bourg/4", "Vie du bourg", "<p>Travaux, circulation, commerces : tout ce qui fait la vie du village.</p>"
             + m.discourse_topic_list([t for t in topics if t[2] == vie]), features={"forum"}),
        page("/c/entraide/6", "Entraide", "<p>Prêts d'outils, covoiturage, garde d'animaux : les coups de main entre voisins.</p>"
             + m.discourse_topic_list([t for t in topics if t[2] == entraide]), features={"forum"}),
        page("/t/stationnement-rue-des-tanneurs/42", "Stationnement rue des Tanneurs pendant les travaux", m.discourse_topic([
            (1, "bernard_12", "2 avr. 2024", "<p>Depuis le début de la phase 2, impossible de se garer le soir rue des Tanneurs. Est-ce que le parking de la salle des fêtes pourrait rester ouvert la nuit ?</p>"),
            (2, "claire.v", "2 avr. 2024", "<p>Même constat. Le parking derrière l'église est souvent vide, il est à 3 minutes à pied.</p>"),
            (3, "mairie_montferrier", "3 avr. 2024", "<p>Bonjour, le parking de la salle des fêtes restera ouvert jour et nuit jusqu'à la fin du chantier. Merci pour vos messages.</p>")], vie),
             features={"forum"}),
        page("/t/jardin-partage-qui-est-partant/57", "Jardin partagé derrière l'école : qui est partant ?", m.discourse_topic([
            (1, "helene_p", "14 mars 2024", "<p>La parcelle communale derrière l'école est en friche. Qui serait partant pour un jardin partagé ? Je peux apporter des plants de tomates.</p>"),
            (2, "tonin", "15 mars 2024", "<p>Partant ! J'ai une motobineuse à prêter.</p>")], entraide), features={"forum"}),
        page("/t/covoiturage-vers-rodez/61", "Covoiturage vers Rodez le matin", m.discourse_topic([
            (1, "sam_r", "20 mars 2024", "<p>Je travaille à Rodez (zone de Bourran), départ 7 h 30. Deux places disponibles, participation aux frais.</p>")], entraide),
             features={"forum"}),
        # the board's own login page, where residents sign in to post: a page of the board
        page("/login", "Se connecter", m.discourse_login(), features={"forum"}, decoys={"contact_form"}),
    ], menu=[("Sujets récents", "/"), ("Vie du bourg", "/c/vie-du-bourg/4"), ("Entraide", "/c/entraide/6"),
             ("Se connecter", "/login"), ("Site de la mairie", f"http://{MO}/")])
    return _city("98501", "Montferrier-d'Olt", 1210, "12", [main, board],
                 decoy_accounts=("https://www.facebook.com/comitedesfetesmontferrier",))


# =================================================================================================
# 98502 Vaudrey-les-Salines (Jura): SPIP with Escal
# =================================================================================================

VS = "www.vaudrey-les-salines.fr"


def vaudrey() -> City:
    actu = ("Actualités", "spip.php?rubrique2")
    forum = ("Forum des habitants", "spip.php?rubrique5")
    petitions = ("Pétitions citoyennes", "spip.php?rubrique7")
    site = Site(VS, "hameaux_escal", "Vaudrey-les-Salines", [
        page("/", "Accueil", """
<div class="edito"><h2>Le mot du maire</h2><p>Bienvenue sur le site de la commune. Vous y trouverez l'actualité du village, les démarches et, depuis cette année, un forum ouvert à tous les habitants.</p></div>
<div class="derniers-articles"><h2>Derniers articles</h2><ul class="liste-articles">
<li><a href="spip.php?article14">Réfection du lavoir des Salines : le chantier démarre</a></li>
<li><a href="spip.php?article22">Questionnaire : l'avenir de la bibliothèque</a></li>
<li><a href="spip.php?article16">Forum de l'emploi et de l'apprentissage</a></li>
<li><a href="spip.php?article61">Pétition : un passage piéton sécurisé devant l'école</a></li></ul></div>"""),
        page("/spip.php?rubrique2", "Actualités", """<ul class="liste-articles">
<li><a href="spip.php?article14">Réfection du lavoir des Salines : le chantier démarre</a> <small>(3 messages)</small></li>
<li><a href="spip.php?article16">Forum de l'emploi et de l'apprentissage le 18 avril</a></li>
<li><a href="spip.php?article21">Enquête publique : révision du plan local d'urbanisme</a></li>
<li><a href="spip.php?article22">Questionnaire : l'avenir de la bibliothèque</a></li></ul>"""),
        page("/spip.php?article14", "Réfection du lavoir des Salines : le chantier démarre", """
<p class="info-publi">Publié le 4 mars 2024</p>
<p>Classé au petit patrimoine de la commune, le lavoir des Salines (1846) va retrouver sa charpente et ses bassins. Les travaux, confiés à une entreprise de Poligny, dureront jusqu'à l'été.</p>
<p>La Fondation du patrimoine a ouvert une souscription : chaque don ouvre droit à une réduction d'impôt.</p>
<h2 class="forum-titre-rubrique">Vos réactions</h2>
""" + m.spip_forum_thread(14, [
            (231, "Marcel G.", "5 mars 2024", "Enfin !", "Mon grand-père y lavait encore le linge dans les années 50. Bravo pour cette restauration.", []),
            (233, "Annie", "6 mars 2024", "Les bassins", "Est-ce que l'eau coulera à nouveau dans les bassins ?",
             [(236, "La mairie", "7 mars 2024", "Re : Les bassins", "Oui, la source sera reconnectée à la fin du chantier.", [])])], reply=False)
             + '<p class="repondre-article"><a href="spip.php?page=forum&amp;id_article=14" rel="noindex nofollow">Répondre à cet article</a></p>',
             features={"comments"}, parent=actu),
        page("/spip.php?page=forum&id_article=14", "Répondre à l'article : Réfection du lavoir des Salines", """
<p>Vous répondez à l'article <a href="spip.php?article14">Réfection du lavoir des Salines : le chantier démarre</a>.</p>
""" + m.spip_formulaire_forum(14, "spip.php?page=forum&amp;id_article=14"), features={"comments"}, decoys={"contact_form"},
             parent=actu),  # the form publishes a comment under the article, it is not a message to the city
        page("/spip.php?article16", "Forum de l'emploi et de l'apprentissage le 18 avril", """
<p class="info-publi">Publié le 25 mars 2024</p>
<p>La communauté de communes organise son forum de l'emploi et de l'apprentissage le jeudi 18 avril, de 9 h à 13 h, à la salle polyvalente. Une trentaine d'employeurs du secteur (salines, fromageries, services à la personne) recrutent.</p>
<p>Pensez à apporter plusieurs exemplaires de votre CV. Entrée libre.</p>""",
             decoys={"forum"}, parent=actu),  # an event called "forum"
        page("/spip.php?rubrique5", "Forum des habitants", """
<p class="chapo">Le forum des habitants est un espace d'échange ouvert à tous les Vaudreysiens. Chacun peut y ouvrir une discussion ou répondre aux messages des autres. Les messages sont relus par un modérateur avant publication ; la charte du forum rappelle les règles de courtoisie.</p>
<h2>Les discussions</h2><ul class="liste-articles">
<li><a href="spip.php?article51">Circulation des poids lourds dans la Grande Rue</a> <small>4 messages – dernier le 2 avril</small></li>
<li><a href="spip.php?article52">Horaires de l'agence postale communale</a> <small>2 messages – dernier le 21 mars</small></li></ul>
<p>Pour proposer un nouveau sujet de discussion, écrivez au modérateur depuis la page <a href="spip.php?article23">Nous écrire</a>.</p>""",
             features={"forum"}),
        page("/spip.php?article51", "Circulation des poids lourds dans la Grande Rue", m.spip_forum_thread(51, [
            (301, "Pierre-Yves", "28 mars 2024", "Des camions à toute heure", "Depuis la fermeture de la déviation, les camions de la carrière passent dans la Grande Rue dès 6 h du matin.",
             [(304, "Sophie M.", "29 mars 2024", "Re : Des camions à toute heure", "Même chose route de Mont-sous-Vaudrey. Un radar pédagogique serait utile.", []),
              (309, "Le maire", "2 avril 2024", "Re : Des camions à toute heure", "Nous avons demandé au Département un arrêté limitant le transit aux heures de jour. Réponse attendue fin avril.", [])]),
            (306, "Jean L.", "30 mars 2024", "Et les vélos ?", "Les enfants vont à l'école à vélo par la Grande Rue, c'est devenu dangereux.", [])], reply=False)
             + '<p class="repondre-article"><a href="spip.php?page=forum&amp;id_article=51" rel="noindex nofollow">Poster un message dans cette discussion</a></p>',
             features={"forum"}, parent=forum),
        page("/spip.php?article52", "Horaires de l'agence postale communale", m.spip_forum_thread(52, [
            (288, "Ginette", "19 mars 2024", "Ouverture le samedi", "Serait-il possible d'ouvrir l'agence postale le samedi matin ? En semaine je travaille à Dole.", []),
            (291, "La mairie", "21 mars 2024", "Re : Ouverture le samedi", "Une ouverture le samedi de 9 h à 11 h est à l'essai à partir de mai.", [])], reply=False),
             features={"forum"}, parent=forum),
        page("/spip.php?page=forum&id_article=51", "Poster un message : Circulation des poids lourds dans la Grande Rue", """
<p>Vous participez à la discussion <a href="spip.php?article51">Circulation des poids lourds dans la Grande Rue</a> du forum des habitants.</p>
""" + m.spip_formulaire_forum(51, "spip.php?page=forum&amp;id_article=51"), features={"forum"}, decoys={"contact_form"},
             parent=forum),
        page("/spip.php?rubrique7", "Pétitions citoyennes", """
<p class="chapo">Depuis 2023, la commune met à la disposition des habitants un espace de pétitions en ligne. Tout habitant majeur peut demander l'ouverture d'une pétition sur un sujet de compétence communale ; une pétition qui réunit les signatures de 10 % des électeurs inscrits (soit 130 signatures) est inscrite à l'ordre du jour du conseil municipal suivant.</p>
<h2>Pétitions en cours</h2><ul class="liste-articles">
<li><a href="spip.php?article61">Pour un passage piéton sécurisé devant l'école</a> – <strong>127 signatures</strong></li></ul>
<h2>Pétitions closes</h2><ul><li>Pour l'éclairage du city-stade le soir (2023) – 174 signatures, examinée en conseil le 9 novembre 2023.</li></ul>
<p>Pour demander l'ouverture d'une pétition, utilisez la page <a href="spip.php?article23">Nous écrire</a> en précisant l'objet et le texte proposé.</p>""",
             features={"petition"}),
        page("/spip.php?article61", "Pour un passage piéton sécurisé devant l'école", """
<p class="info-publi">Pétition ouverte le 12 février 2024 à la demande de l'association des parents d'élèves</p>
<div class="texte-petition"><p>Nous, habitants de Vaudrey-les-Salines, demandons l'aménagement d'un passage piéton surélevé et éclairé devant l'école du Pâquis, rue des Écoles, où la vitesse des véhicules met en danger les enfants aux heures d'entrée et de sortie.</p></div>
""" + m.spip_signature(61, "spip.php?article61", 127), features={"petition"}, decoys={"contact_form"},
             parent=petitions),  # a signature form (name, e-mail, optional message), not a message to the city
        page("/spip.php?article20", "Les conseils de quartier", """
<p class="chapo">La commune compte trois conseils de quartier : Les Salines, Le Bourg et Champ-Rond. Ouverts à tous les habitants volontaires, ils se réunissent trois fois par an avec l'élu référent.</p>
<h2>À quoi servent-ils ?</h2><ul><li>faire remonter les besoins du quartier (voirie, éclairage, propreté) ;</li>
<li>donner un avis sur les projets de la commune avant leur vote : le conseil municipal les consulte sur tout aménagement de leur secteur ;</li>
<li>proposer et porter des projets d'animation.</li></ul>
<h2>Comment y participer ?</h2><p>Il suffit de s'inscrire à l'accueil de la mairie. Les comptes rendus des réunions sont affichés en mairie et publiés sur ce site.</p>
<h2>Prochaines réunions</h2><ul><li>Les Salines : mardi 16 avril, 18 h 30, salle du lavoir.</li><li>Champ-Rond : jeudi 25 avril, 18 h 30, école du Pâquis.</li></ul>""",
             features={"participation_displayed"}),
        page("/spip.php?article21", "Enquête publique : révision du plan local d'urbanisme", """
<p class="info-publi">Publié le 1er mars 2024</p>
<p>Par arrêté du 12 février 2024, le maire a prescrit l'ouverture d'une enquête publique sur le projet de révision du plan local d'urbanisme, du lundi 8 avril au vendredi 10 mai 2024 inclus.</p>
<p>M. Daniel Roussel, ingénieur retraité, a été désigné commissaire enquêteur par le président du tribunal administratif de Besançon. Il recevra le public en mairie les 8 avril (9 h-12 h), 24 avril (14 h-17 h) et 10 mai (14 h-17 h).</p>
<p>Le dossier est consultable en mairie aux heures d'ouverture. Les observations peuvent être consignées sur le registre papier ou adressées par courrier au commissaire enquêteur.</p>""",
             decoys={"poll"}, parent=actu),  # a legal public inquiry, not a survey
        page("/spip.php?article22", "Questionnaire : l'avenir de la bibliothèque", """
<p class="info-publi">Publié le 18 mars 2024</p>
<p>La bibliothèque municipale déménagera en 2025 dans l'ancienne école du Bourg. Avant de concevoir le nouvel espace, l'équipe municipale souhaite connaître vos habitudes et vos attentes : horaires, collections, animations, espace numérique.</p>
<p>Le questionnaire est anonyme et prend environ cinq minutes. Il est ouvert jusqu'au 30 avril. Des exemplaires papier sont disponibles à la bibliothèque.</p>
""" + m.framaforms("avenir-de-la-bibliotheque-de-vaudrey-1710752400", "Questionnaire sur l'avenir de la bibliothèque"),
             features={"poll"}, parent=actu),
        page("/spip.php?article23", "Nous écrire", """
<p>Pour toute question ou demande, utilisez le formulaire ci-dessous. Le secrétariat de mairie vous répond sous trois jours ouvrés.</p>
""" + m.spip_formidable(3, "contact", "spip.php?article23", [
            ("input", "input_1", "Nom et prénom", True), ("email", "email_1", "Adresse e-mail", True),
            ("input", "input_2", "Objet", True), ("textarea", "textarea_1", "Votre message", True)]),
             features={"contact_form"}),
        page("/spip.php?article24", "Démarches administratives", """
<ul><li><strong>Carte d'identité, passeport</strong> : sur rendez-vous à la mairie de Mont-sous-Vaudrey ou de Dole.</li>
<li><strong>Inscription sur les listes électorales</strong> : en ligne sur service-public.fr ou en mairie.</li>
<li><strong>Recensement citoyen</strong> : à 16 ans, en mairie, avec le livret de famille.</li>
<li><strong>Déchets</strong> : la déchetterie intercommunale est ouverte du mardi au samedi.</li></ul>"""),
        page("/spip.php?rubrique3", "Agenda", """<ul class="liste-evenements">
<li><strong>6 avril</strong> – Soirée jeux à la bibliothèque</li><li><strong>16 avril</strong> – Conseil de quartier des Salines</li>
<li><strong>18 avril</strong> – Forum de l'emploi, salle polyvalente</li><li><strong>1er mai</strong> – Vide-grenier du Bourg</li></ul>"""),
        page("/spip.php?article26", "Le conseil municipal", """
<p>Le conseil municipal compte 15 membres élus en 2020. Il se réunit environ une fois par mois ; les séances sont publiques.</p>
<h2>Les commissions municipales</h2><ul><li>Travaux, voirie et patrimoine</li><li>Écoles et jeunesse</li><li>Finances</li><li>Vie associative et culture</li></ul>
<p>Les procès-verbaux des séances sont affichés en mairie.</p>"""),
    ], menu=[("Accueil", "/"), ("Actualités", "spip.php?rubrique2"), ("Agenda", "spip.php?rubrique3"),
             ("Vie municipale", "spip.php?article26"), ("Conseils de quartier", "spip.php?article20"),
             ("Démarches", "spip.php?article24"), ("Forum des habitants", "spip.php?rubrique5"),
             ("Pétitions", "spip.php?rubrique7"), ("Nous écrire", "spip.php?article23")],
        accounts=[social("facebook", "VaudreyLesSalines", "https://fr-fr.facebook.com/VaudreyLesSalines"),
                  social("mastodon", "vaudrey@piaille.fr", "https://piaille.fr/@vaudrey")],
        address="Mairie, 1 Grande Rue, 39380 Vaudrey-les-Salines")
    return _city("98502", "Vaudrey-les-Salines", 1640, "39", [site])


# =================================================================================================
# 98503 Saint-Vaast-la-Lande (Manche): Drupal, and "Participer à Saint-Vaast", a Decidim platform
# =================================================================================================

SV = "www.saint-vaast-la-lande.fr"
SV_DEC = "participer.saint-vaast-la-lande.fr"


def saint_vaast() -> City:
    actu = ("Actualités", "/actualites")
    demo = ("Démocratie locale", "/democratie-locale")
    main = Site(SV, "drupal", "Ville de Saint-Vaast-la-Lande", [
        page("/", "Accueil", f"""
<div class="views-element-container"><h2>À la une</h2><div class="view-content">
<div class="views-row"><h3><a href="/actualites/la-voie-verte-prolongee-jusqua-la-plage">La voie verte prolongée jusqu'à la plage</a></h3></div>
<div class="views-row"><h3><a href="/actualites/ouverture-de-la-maison-de-sante">La maison de santé ouvre ses portes</a></h3></div>
<div class="views-row"><h3><a href="/sondage/nom-du-futur-pole-enfance">Sondage : quel nom pour le futur pôle enfance ?</a></h3></div></div></div>
<div class="block block-block-content"><h2>Je participe</h2><p>Budget participatif, conseils de quartier, consultations : découvrez comment prendre part aux décisions de la ville sur <a href="/democratie-locale">la page Démocratie locale</a>.</p></div>
<div class="block"><h2>Accès rapides</h2><ul><li><a href="/demarches">Démarches en ligne</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/contact">Contact</a></li></ul></div>""",
             decoys={"participation_displayed"}),  # a teaser pointing to the page that presents the approach
        page("/actualites", "Actualités", """<div class="view-content">
<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2><a href="/actualites/la-voie-verte-prolongee-jusqua-la-plage">La voie verte prolongée jusqu'à la plage</a></h2><p>Les 2,4 km de la nouvelle section seront ouverts le 6 avril.</p></article></div>
<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2><a href="/actualites/ouverture-de-la-maison-de-sante">La maison de santé ouvre ses portes</a></h2><p>Quatre médecins, deux kinésithérapeutes et une orthophoniste.</p></article></div></div>"""),
        page("/actualites/la-voie-verte-prolongee-jusqua-la-plage", "La voie verte prolongée jusqu'à la plage", """
<div class="node__meta"><span>Publié le 28 mars 2024</span></div>
<p>La nouvelle section de la voie verte, entre le hameau de la Croix-Frimot et la cale de la plage, sera ouverte aux piétons et aux cyclistes le samedi 6 avril. Longue de 2,4 km, elle emprunte l'ancienne voie ferrée et permet de rejoindre le littoral sans passer par la RD 1.</p>
<p>Une inauguration est prévue à 11 h, au départ de l'ancienne gare, avec une balade à vélo commentée.</p>
""" + m.drupal_comments(412, [("Yannick", "28/03/2024 - 19:12", "Superbe projet, on attendait ça depuis des années. Des arceaux vélos sont prévus côté plage ?"),
                                ("Nathalie", "29/03/2024 - 08:47", "Merci ! Pensez à l'éclairage au niveau du passage sous la route, il fait très sombre l'hiver.")]),
             features={"comments"}, decoys={"contact_form"}, parent=actu),
        page("/actualites/ouverture-de-la-maison-de-sante", "La maison de santé ouvre ses portes", """
<div class="node__meta"><span>Publié le 11 mars 2024</span></div>
<p>La maison de santé pluriprofessionnelle de la rue du Val accueille ses premiers patients depuis le 4 mars. Quatre médecins généralistes, deux masseurs-kinésithérapeutes, une orthophoniste et un cabinet infirmier y sont installés.</p>
<p>Prise de rendez-vous par téléphone au 02 33 00 00 10 ou en ligne.</p>
""" + m.drupal_comments(398, [("Marie-Thérèse", "12/03/2024 - 10:05", "Enfin un médecin à Saint-Vaast ! Acceptent-ils de nouveaux patients ?")]),
             features={"comments"}, decoys={"contact_form"}, parent=actu),
        page("/sondage/nom-du-futur-pole-enfance", "Sondage : quel nom pour le futur pôle enfance ?", """
<p>Le pôle enfance, qui réunira la crèche, le relais petite enfance et l'accueil de loisirs, ouvrira à la rentrée 2025. Les enfants des écoles ont proposé cinq noms : à vous de choisir ! Un vote par foyer, jusqu'au 30 avril.</p>
""" + m.drupal_poll(57, "Quel nom pour le futur pôle enfance ?", ["Les Moussaillons", "L'Île aux enfants", "La Cabane des dunes", "Les Petits Goélands", "Pôle enfance Jacques-Prévert"]),
             features={"poll"}),
        page("/questionnaire-rythmes-scolaires", "Questionnaire : les rythmes scolaires à la rentrée 2025", """
<p>La semaine de quatre jours et demi est en place dans les écoles de la ville depuis 2014. Avant de se prononcer sur l'organisation du temps scolaire à la rentrée 2025, la municipalité consulte les familles. Ce questionnaire s'adresse aux parents d'enfants scolarisés en maternelle et en élémentaire.</p>
""" + m.drupal_webform("rythmes_scolaires", "/questionnaire-rythmes-scolaires", [
            ("select", "ecole", "École fréquentée par votre ou vos enfants", True, ["École du Val", "École de la Plage", "École Saint-Joseph"]),
            ("radios", "organisation", "Quelle organisation de la semaine préférez-vous ?", True,
             ["Quatre jours (lundi, mardi, jeudi, vendredi)", "Quatre jours et demi avec le mercredi matin", "Sans avis"]),
            ("checkboxes", "mercredi", "Le mercredi, votre enfant est plutôt :", False,
             ["À la maison", "Chez ses grands-parents ou une assistante maternelle", "À l'accueil de loisirs", "À une activité sportive ou culturelle"]),
            ("textarea", "remarques", "Autres remarques", False, None)], "Envoyer mes réponses"),
             features={"poll"}),
        page("/contact", "Contacter la mairie", """
<p>Hôtel de ville – 5 place du Général-de-Gaulle – 50550 Saint-Vaast-la-Lande. Accueil du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30.</p>
""" + m.drupal_webform("contact", "/contact", [
            ("textfield", "nom", "Votre nom", True, None), ("email", "courriel", "Votre adresse électronique", True, None),
            ("select", "service", "Service concerné", True, ["Accueil et état civil", "Urbanisme", "Services techniques", "Enfance et jeunesse", "Autre"]),
            ("textfield", "sujet", "Sujet", True, None), ("textarea", "message", "Message", True, None)]),
             features={"contact_form"}),
        page("/democratie-locale", "Démocratie locale", f"""
<p>Depuis 2021, la Ville de Saint-Vaast-la-Lande associe ses habitants aux décisions qui les concernent. Cette démarche de démocratie participative repose sur une charte adoptée par le conseil municipal et sur plusieurs dispositifs complémentaires.</p>
<h2>Les dispositifs</h2><ul>
<li><strong>Quatre conseils de quartier</strong>, composés d'habitants volontaires et tirés au sort, qui donnent leur avis sur les projets de leur secteur ;</li>
<li><strong><a href="/democratie-locale/budget-participatif">le budget participatif</a></strong>, pour réaliser les projets proposés et choisis par les habitants ;</li>
<li><strong>des concertations</strong> avant chaque grand aménagement (réunions publiques, ateliers, balades urbaines) ;</li>
<li><strong><a href="/democratie-locale/charte-de-la-participation">la charte de la participation</a></strong>, qui fixe les engagements de la Ville.</li></ul>
<h2>Participer en ligne</h2><p>La plateforme <a href="http://{SV_DEC}/">participer.saint-vaast-la-lande.fr</a>, réalisée avec le logiciel libre Decidim, permet de déposer des propositions, de voter et de suivre les projets.</p>""",
             features={"participation_displayed"}, decoys={"participatory_platform"}),
        page("/democratie-locale/charte-de-la-participation", "La charte de la participation citoyenne", """
<p>Adoptée par le conseil municipal le 17 juin 2021, la charte de la participation citoyenne fixe le cadre dans lequel la Ville associe les habitants à ses décisions.</p>
<h2>Les engagements de la Ville</h2><ol><li>Informer en amont : tout projet d'aménagement de plus de 150 000 € fait l'objet d'une concertation avant sa conception.</li>
<li>Rendre compte : chaque avis des conseils de quartier reçoit une réponse écrite du maire dans un délai de deux mois.</li>
<li>Ouvrir à tous : les réunions sont accessibles, à des horaires variés, avec une solution de garde d'enfants sur demande.</li>
<li>Évaluer : un bilan annuel de la participation est présenté en conseil municipal.</li></ol>
<h2>Les engagements des participants</h2><p>Respect des personnes et des opinions, recherche de l'intérêt général, assiduité aux instances dont on est membre.</p>""",
             features={"participation_displayed"}, parent=demo),
        page("/democratie-locale/budget-participatif", "Budget participatif 2025", f"""
<p>Pour sa troisième édition, le budget participatif de Saint-Vaast-la-Lande consacre <strong>80 000 €</strong> du budget d'investissement à des projets imaginés et choisis par les habitants.</p>
<h2>Qui peut participer ?</h2><p>Tout habitant de la commune âgé d'au moins 11 ans, ainsi que les associations et les conseils de quartier.</p>
<h2>Le calendrier</h2><ul><li>du 15 janvier au 15 mars : dépôt des projets ;</li><li>mars-avril : étude de faisabilité par les services ;</li>
<li>du 13 mai au 9 juin : vote des habitants, en ligne et dans les urnes de la mairie et de la médiathèque ;</li><li>juin : annonce des projets lauréats.</li></ul>
<h2>Les critères</h2><p>Un projet doit relever des compétences de la commune, servir l'intérêt général, être situé sur le domaine public et ne pas dépasser 25 000 €.</p>
<p>Les projets soumis au vote sont présentés sur <a href="http://{SV_DEC}/processes/budget-participatif-2025">la plateforme de participation</a>.</p>""",
             features={"participatory_budget"}, parent=demo),
        page("/mairie/conseil-municipal", "Le conseil municipal", """
<p>Le conseil municipal est composé de 29 élus. Il se réunit en séance publique, en moyenne six fois par an, salle des mariages.</p>
<h2>Ordre du jour de la séance du 8 avril 2024</h2><ol><li>Approbation du procès-verbal de la séance du 12 février.</li><li>Budget primitif 2024.</li>
<li>Subventions aux associations.</li><li>Convention avec le Département pour l'entretien de la voie verte.</li></ol>""",
             decoys={"participation_displayed"}),
        page("/demarches", "Démarches", """<ul><li><a href="/contact">Prendre rendez-vous pour une carte d'identité</a></li>
<li>Demande d'acte d'état civil : en ligne sur service-public.fr</li><li>Inscription à la cantine et à l'accueil de loisirs : portail famille</li>
<li>Urbanisme : dépôt des demandes sur le guichet numérique des autorisations d'urbanisme</li></ul>"""),
        page("/agenda", "Agenda", """<div class="view-content"><ul>
<li>6 avril – Inauguration de la voie verte, 11 h, ancienne gare</li><li>8 avril – Conseil municipal, 20 h, hôtel de ville</li>
<li>20 avril – Fête de la coquille Saint-Jacques, port</li><li>13 mai – Ouverture du vote du budget participatif</li></ul></div>"""),
    ], menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Mairie", "/mairie/conseil-municipal"), ("Démarches", "/demarches"),
             ("Démocratie locale", "/democratie-locale"), ("Agenda", "/agenda"), ("Je participe", f"http://{SV_DEC}/"), ("Contact", "/contact"),
             # (linked on merging: the page was listed but linked from no other page)
             ("Rythmes scolaires", "/questionnaire-rythmes-scolaires")],
        accounts=[social("facebook", "saintvaastlalande", "https://www.facebook.com/saintvaastlalande"),
                  social("x", "StVaastLaLande", "https://twitter.com/StVaastLaLande"),
                  social("youtube", "VilleDeSaintVaast", "https://www.youtube.com/@VilleDeSaintVaast")],
        address="Hôtel de ville, 5 place du Général-de-Gaulle, 50550 Saint-Vaast-la-Lande")

    bp = "/processes/budget-participatif-2025"
    projects = f"{bp}/f/12/budgets/3/projects"
    mob = "/processes/mobilites-douces"
    props = f"{mob}/f/15/proposals"
    vivre = "/processes/vivre-a-saint-vaast"
    budget_projects = [(41, "Des agrès de fitness en accès libre au parc du Val", 18500, "Quartier du Val"),
                       (44, "Un abri et des tables de pique-nique à la cale de la plage", 12000, "Quartier de la Plage"),
                       (47, "Une boîte à livres et un banc dans chaque hameau", 6800, "Toute la commune")]
    proposals = [(87, "Une piste cyclable entre le bourg et le collège", "Famille Lemonnier", 64, 12, "En cours d'évaluation"),
                 (91, "Des arceaux vélos devant la médiathèque", "Conseil de quartier du Bourg", 38, 4, "Acceptée"),
                 (96, "Un trottoir continu route de la Hague", "Odile B.", 21, 7, "")]
    cards = [(bp, "Budget participatif 2025", "Vote des projets", "80 000 € pour les projets des habitants."),
             (mob, "Se déplacer autrement : à pied et à vélo", "Dépôt des propositions", "Vos idées pour le plan des mobilités douces."),
             (vivre, "Vivre à Saint-Vaast : votre avis", "Questionnaire", "Un questionnaire sur les services et le cadre de vie.")]
    dec_pages = [
        page("/", "Participer à Saint-Vaast", """<div class="hero"><p class="hero__title">Participer à Saint-Vaast-la-Lande</p>
<p>La plateforme de participation citoyenne de la Ville : proposez, débattez, votez.</p></div>""" + m.decidim_process_cards(cards)),
        page("/processes", "Processus participatifs", m.decidim_process_cards(cards)),
        page(bp, "Budget participatif 2025", f"""<div class="editor-content"><p>80 000 € pour réaliser les projets proposés et choisis par les habitants. Après l'étude de faisabilité, 14 projets sont soumis à votre vote du 13 mai au 9 juin.</p>
<ol class="process-steps"><li>Dépôt des projets – terminé</li><li>Étude des projets – terminé</li><li class="is-active">Vote – en cours</li><li>Résultats</li></ol></div>
<p><a class="button button__secondary" href="{projects}">Voir les projets et voter</a></p>""", features={"participatory_budget"}),
        page(projects, "Projets soumis au vote", m.decidim_budget(projects, 80000, budget_projects,
             "<p>Choisissez les projets que vous souhaitez voir réalisés, dans la limite de 80 000 €. Votre vote n'est enregistré qu'une fois confirmé.</p>"),
             features={"participatory_budget"}, parent=("Budget participatif 2025", bp)),
    ]
    texts = {41: "<p>Installer cinq agrès de renforcement musculaire près du parcours de santé, accessibles à tous et gratuits. Proposé par l'association Saint-Vaast Running.</p>",
             44: "<p>Un abri en bois et trois tables de pique-nique près de la cale, pour les familles et les scolaires. Proposé par un habitant du quartier de la Plage.</p>",
             47: "<p>Une boîte à livres fabriquée par les jeunes du chantier d'insertion et un banc dans chacun des sept hameaux. Proposé par le conseil de quartier des Hameaux.</p>"}
    for pid, title, amount, scope in budget_projects:
        dec_pages.append(page(f"{projects}/{pid}", title, m.decidim_project(title, amount, scope, texts[pid], 40 + pid),
                              features={"participatory_budget"}, parent=("Projets soumis au vote", projects)))
    dec_pages += [
        page(mob, "Se déplacer autrement : à pied et à vélo", f"""<div class="editor-content"><p>La Ville prépare son plan des mobilités douces pour 2025-2030. Proposez vos idées : itinéraires cyclables, trottoirs, stationnement vélo, sécurité aux abords des écoles. Toutes les propositions seront étudiées et recevront une réponse.</p>
<p>Dépôt des propositions jusqu'au 31 mai 2024.</p></div><p><a class="button button__secondary" href="{props}">Voir les propositions</a> <a class="button button__transparent-secondary" href="{props}/new">Faire une proposition</a></p>""",
             features={"suggestion_call"}),
        page(props, "Propositions", m.decidim_proposals(props, proposals), features={"suggestion_call"},
             parent=("Se déplacer autrement", mob)),
        page(f"{props}/new", "Nouvelle proposition", "<p>Décrivez votre idée pour les déplacements à pied et à vélo à Saint-Vaast.</p>"
             + m.decidim_new_proposal(props), features={"suggestion_call"}, parent=("Propositions", props)),
    ]
    bodies = {87: "<p>Les collégiens font 3 km sur la RD 902 sans aménagement. Une piste séparée, même sur une partie du trajet, rassurerait les parents.</p>",
              91: "<p>Le soir, les vélos sont attachés aux grilles. Six arceaux suffiraient.</p>",
              96: "<p>Entre le lotissement des Courtils et la boulangerie, le trottoir s'interrompt trois fois. Les poussettes passent sur la route.</p>"}
    for pid, title, author, supports, _comments, _state in proposals:
        # one resident's proposal: the call itself is on the process page, the list and the form
        dec_pages.append(page(f"{props}/{pid}", title, m.decidim_proposal(title, author, "avril 2024", bodies[pid], supports),
                              parent=("Propositions", props)))
    dec_pages += [
        # announces the questionnaire and links to it; the questionnaire itself is on the component page
        page(vivre, "Vivre à Saint-Vaast : votre avis", f"""<div class="editor-content"><p>Commerces, transports, équipements sportifs, animations : la Ville souhaite mieux connaître vos besoins pour préparer les projets des prochaines années.</p></div>
<p><a class="button button__secondary" href="{vivre}/f/18/">Répondre au questionnaire</a></p>""", decoys={"poll"}),
        page(f"{vivre}/f/18/", "Questionnaire : vivre à Saint-Vaast", m.decidim_survey(f"{vivre}/f/18/answer", [
            ("single_option", "Depuis combien de temps habitez-vous Saint-Vaast-la-Lande ?", ["Moins de 2 ans", "De 2 à 10 ans", "Plus de 10 ans"]),
            ("multiple_option", "Quels équipements utilisez-vous au moins une fois par mois ?", ["La médiathèque", "La piscine intercommunale", "Le complexe sportif", "Le marché du samedi"]),
            ("single_option", "Êtes-vous satisfait de la desserte en car vers Cherbourg ?", ["Très satisfait", "Plutôt satisfait", "Peu satisfait", "Pas du tout satisfait"]),
            ("long_answer", "Qu'est-ce qui manque le plus dans la commune selon vous ?", [])],
            "<p>Ce questionnaire anonyme est ouvert jusqu'au 15 juin. Il faut environ 5 minutes pour y répondre.</p>"),
             features={"poll"}, parent=("Vivre à Saint-Vaast", vivre)),
        page("/assemblies/conseils-de-quartier", "Les conseils de quartier", """<div class="editor-content">
<p>Les quatre conseils de quartier (le Bourg, le Val, la Plage et les Hameaux) réunissent chacun une vingtaine d'habitants : des volontaires et des habitants tirés au sort sur les listes électorales, pour deux ans.</p>
<p>Ils sont consultés sur les projets de leur quartier, peuvent faire des propositions au conseil municipal et disposent chacun d'une enveloppe de 5 000 € pour des actions de proximité.</p>
<h2>Prochaines réunions publiques</h2><ul><li>Conseil de quartier de la Plage : 18 avril, 18 h 30, salle du Sémaphore.</li><li>Conseil de quartier du Val : 23 avril, 18 h 30, école du Val.</li></ul></div>""",
             features={"participation_displayed"}),
    ]
    dec = Site(SV_DEC, "decidim", "Participer à Saint-Vaast", dec_pages,
               menu=[("Accueil", "/"), ("Processus", "/processes"), ("Conseils de quartier", "/assemblies/conseils-de-quartier"),
                     ("Site de la Ville", f"http://{SV}/")],
               features=PLATFORM, platforms=frozenset({"decidim"}))
    return _city("98503", "Saint-Vaast-la-Lande", 12340, "50", [main, dec])


# =================================================================================================
# 98504 Châtel-sur-Sioule (Puy-de-Dôme): Joomla (Helix Ultimate) and a phpBB board
# =================================================================================================

CS = "www.chatel-sur-sioule.fr"
CS_BOARD = "forum.chatel-sur-sioule.fr"


def chatel() -> City:
    actu = ("Actualités", "/actualites")
    vie = ("Vie municipale", "/vie-municipale")
    participer = ("Participer", "/vie-municipale")
    main = Site(CS, "hameaux_helix", "Châtel-sur-Sioule", [
        page("/", "Accueil", f"""
<div class="sppb-section"><h2 class="sppb-addon-title">Bienvenue à Châtel-sur-Sioule</h2><p>Porte des gorges de la Sioule, notre commune de 8 700 habitants allie patrimoine, nature et dynamisme associatif.</p></div>
<div class="sppb-section"><h3>Actualités</h3><ul class="latestnews">
<li><a href="/actualites/48-inauguration-de-la-passerelle-sur-la-sioule">Inauguration de la passerelle sur la Sioule</a></li>
<li><a href="/actualites/51-ecole-de-musique-de-nouveaux-horaires">École de musique : de nouveaux horaires</a></li>
<li><a href="/actualites/55-la-fete-de-la-riviere-revient">La fête de la rivière revient le 22 juin</a></li></ul></div>
<div class="sppb-section"><h3>Votre avis compte</h3><p><a href="/participer/questionnaire-centre-bourg">Répondez au questionnaire sur le centre-bourg</a> ou <a href="/participer/proposez-vos-idees">proposez vos idées</a>. Échangez avec les autres habitants sur <a href="http://{CS_BOARD}/">le forum de Châtel</a>.</p></div>"""),
        page("/actualites", "Actualités", """<div class="blog"><div class="items-leading">
<div class="item"><h2><a href="/actualites/48-inauguration-de-la-passerelle-sur-la-sioule">Inauguration de la passerelle sur la Sioule</a></h2></div>
<div class="item"><h2><a href="/actualites/51-ecole-de-musique-de-nouveaux-horaires">École de musique : de nouveaux horaires</a></h2></div>
<div class="item"><h2><a href="/actualites/55-la-fete-de-la-riviere-revient">La fête de la rivière revient le 22 juin</a></h2></div></div></div>"""),
        page("/actualites/48-inauguration-de-la-passerelle-sur-la-sioule", "Inauguration de la passerelle sur la Sioule", f"""
<dl class="article-info"><dd class="published">Publication : 2 avril 2024</dd></dl>
<p>Attendue depuis la crue de 2021 qui avait emporté l'ancien ouvrage, la nouvelle passerelle piétonne relie à nouveau le quartier du Moulin au chemin des Gorges. Longue de 46 mètres, elle est accessible aux personnes à mobilité réduite et aux vélos.</p>
<p>L'inauguration aura lieu le samedi 13 avril à 11 h en présence du sous-préfet de Riom.</p>
{m.facebook_comments("https://" + CS + "/actualites/48-inauguration-de-la-passerelle-sur-la-sioule")}""",
             features={"comments"}, parent=actu),  # the Facebook comments plugin: a third-party comment system
        page("/actualites/51-ecole-de-musique-de-nouveaux-horaires", "École de musique : de nouveaux horaires", """
<dl class="article-info"><dd class="published">Publication : 19 mars 2024</dd></dl>
<p>À partir de la rentrée de septembre, l'école municipale de musique ouvrira aussi le samedi matin. Cette évolution répond à une demande ancienne des familles, exprimée notamment l'an dernier par une pétition en ligne sur change.org qui avait recueilli quelques centaines de signatures.</p>
<p>Les inscriptions auront lieu en juin. L'Harmonie de Châtel, qui accueille les élèves de deuxième cycle, présente sa saison sur <a href="https://www.facebook.com/HarmonieDeChatel" target="_blank" rel="noopener">sa page Facebook</a>.</p>""",
             decoys={"petition"}, parent=actu),  # change.org mentioned in passing
        page("/actualites/55-la-fete-de-la-riviere-revient", "La fête de la rivière revient le 22 juin", """
<dl class="article-info"><dd class="published">Publication : 4 avril 2024</dd></dl>
<p>Descente en canoë, pêche pour les enfants, marché des producteurs et bal en plein air : la fête de la rivière revient le samedi 22 juin sur les berges du Moulin. Les associations qui souhaitent tenir un stand peuvent s'inscrire en mairie avant le 15 mai.</p>""",
             parent=actu),
        page("/participer/questionnaire-centre-bourg", "Questionnaire : le centre-bourg de demain", """
<p>La commune lance une étude pour redynamiser le centre-bourg : commerces, stationnement, place de la Halle, logements vacants. Avant les premiers ateliers, nous vous invitons à répondre à ce questionnaire (10 minutes environ) jusqu'au 31 mai.</p>
""" + m.google_form("1FAIpQLSd7k2mC9xQe4tVb8nHr3wZp0aLs6uYj5fGh1iOk2lMn3oPqRg", "Questionnaire centre-bourg"),
             features={"poll"}, parent=participer),
        page("/participer/proposez-vos-idees", "Proposez vos idées pour Châtel", """
<p>Vous avez une idée pour améliorer la vie à Châtel-sur-Sioule ? Un aménagement, un service, une animation ? Proposez-la ! Les idées reçues sont étudiées chaque trimestre par la commission « Vie locale » et les réponses publiées dans le bulletin municipal.</p>
""" + m.rsform(4, "/participer/proposez-vos-idees", [
            ("textbox", "Nom", "Nom et prénom", True), ("email", "Email", "Adresse e-mail", True),
            ("select:Cadre de vie|Commerces et centre-bourg|Jeunesse|Sport et loisirs|Environnement", "Theme", "Thème de votre idée", False),
            ("textbox", "Titre", "Votre idée en une phrase", True), ("textarea", "Description", "Décrivez votre idée", True)], "Envoyer mon idée"),
             # a call for ideas, and a form writing a free-text message to the city
             features={"suggestion_call", "contact_form"}, parent=participer),
        page("/vie-municipale/conseil-citoyen", "Le conseil citoyen des Chaumes", """
<p>Le quartier des Chaumes est un quartier prioritaire de la politique de la ville. Comme le prévoit la loi de 2014, il est doté d'un <strong>conseil citoyen</strong>, qui associe les habitants à l'élaboration et au suivi du contrat de ville.</p>
<h2>Sa composition</h2><ul><li>un collège de douze habitants tirés au sort, dans le respect de la parité ;</li><li>un collège de huit représentants d'associations et d'acteurs locaux (centre social, bailleur, commerçants).</li></ul>
<h2>Son rôle</h2><p>Le conseil citoyen participe aux instances de pilotage du contrat de ville, donne son avis sur les projets de rénovation du quartier et organise des réunions ouvertes à tous les habitants. Il se réunit une fois par mois au centre social des Chaumes.</p>
<p>Vous habitez les Chaumes et souhaitez le rejoindre ? Renseignez-vous au centre social.</p>""",
             features={"participation_displayed"}, parent=vie),
        page("/securite/participation-citoyenne", "Dispositif « participation citoyenne »", """
<p>La commune a signé le 14 novembre 2023 avec le préfet et le commandant du groupement de gendarmerie du Puy-de-Dôme un protocole de participation citoyenne.</p>
<p>Ce dispositif associe des habitants volontaires, les « citoyens référents », à la sécurité de leur quartier : ils relaient auprès de la gendarmerie les faits inhabituels (démarchages suspects, véhicules en repérage) et diffusent les conseils de prévention contre les cambriolages. Ils n'ont aucun pouvoir de police et n'interviennent jamais eux-mêmes.</p>
<p>Les référents de votre secteur sont connus de la mairie. En cas d'urgence, composez le 17.</p>""",
             decoys={"participation_displayed"}),  # the gendarmerie's neighbourhood-watch scheme
        page("/contact", "Contacter la mairie", """
<div class="com-contact__container"><h2>Mairie de Châtel-sur-Sioule</h2><address>Place de la Mairie<br>63440 Châtel-sur-Sioule<br>Tél. : 04 73 00 00 00</address></div>
""" + m.joomla_contact("/contact", 1), features={"contact_form"}),
        page("/demarches", "Démarches", """<ul><li>État civil : demandes d'actes en ligne ou au guichet.</li><li>Cartes d'identité et passeports : sur rendez-vous, mairie de Saint-Éloy-les-Mines.</li>
<li>Urbanisme : consultation du plan local d'urbanisme en mairie.</li><li>Location des salles municipales : formulaire disponible à l'accueil.</li></ul>"""),
        page("/agenda", "Agenda", """<ul><li>13 avril – Inauguration de la passerelle, 11 h</li><li>27 avril – Bourse aux vélos, place de la Halle</li>
<li>22 juin – Fête de la rivière</li><li>13 juillet – Bal et feu d'artifice</li></ul>"""),
        page("/vie-municipale", "Vie municipale", f"""<p>Le conseil municipal compte 27 élus. Les séances sont publiques et se tiennent salle du conseil.</p>
<ul><li><a href="/vie-municipale/conseil-citoyen">Le conseil citoyen des Chaumes</a></li><li><a href="/participer/questionnaire-centre-bourg">Questionnaire sur le centre-bourg</a></li>
<li><a href="/participer/proposez-vos-idees">Proposez vos idées</a></li><li><a href="http://{CS_BOARD}/">Le forum des habitants</a></li><li><a href="/securite/participation-citoyenne">Sécurité : le dispositif participation citoyenne</a></li></ul>"""),
    ], menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Vie municipale", "/vie-municipale"), ("Démarches", "/demarches"),
             ("Agenda", "/agenda"), ("Forum", f"http://{CS_BOARD}/"), ("Contact", "/contact")],
        accounts=[social("facebook", "chatelsursioule", "https://www.facebook.com/chatelsursioule"),
                  social("youtube", "ChatelSurSioule", "https://www.youtube.com/@ChatelSurSioule")],
        address="Place de la Mairie, 63440 Châtel-sur-Sioule")

    forums = [(2, "Vie des quartiers", "Travaux, circulation, propreté : parlons de nos quartiers.", [
                  (14, "Travaux de la rue du Moulin : combien de temps encore ?", "lucie63", [
                      (101, "lucie63", "mar. 26 mars 2024 18:02", "Quelqu'un sait quand la rue du Moulin sera rouverte ? Le détour par le pont est long."),
                      (104, "Gilles_C", "mar. 26 mars 2024 20:15", "D'après le panneau du chantier, fin avril. La mairie l'a confirmé au conseil."),
                      (109, "lucie63", "mer. 27 mars 2024 07:40", "Merci !")]),
                  (17, "Dépôts sauvages au bord de la Sioule", "PatrickB", [
                      (112, "PatrickB", "ven. 29 mars 2024 11:20", "Encore des sacs de gravats déposés au chemin des Gorges. On organise un ramassage samedi ?"),
                      (115, "Manon", "ven. 29 mars 2024 13:02", "Je viens avec mes enfants, on apporte des gants.")])]),
              (3, "Entraide et bons plans", "Prêts, dons, covoiturage, bonnes adresses.", [
                  (21, "Donne plants de tomates", "jardin_des_chaumes", [
                      (120, "jardin_des_chaumes", "lun. 1 avr. 2024 17:45", "Une trentaine de plants de tomates cerises à donner, à récupérer aux Chaumes.")])]),
              (4, "Questions à la mairie", "Posez vos questions, les élus et les services y répondent.", [
                  (25, "Horaires d'été de la déchetterie", "Jacques63", [
                      (130, "Jacques63", "mer. 3 avr. 2024 09:10", "La déchetterie passe-t-elle aux horaires d'été en avril ?"),
                      (133, "Mairie de Châtel", "mer. 3 avr. 2024 11:30", "Oui, à partir du 1er avril : ouverture jusqu'à 18 h 30 du mardi au samedi.")])])]
    board_pages = [page("/", "Index du forum", "<p>Bienvenue sur le forum des habitants de Châtel-sur-Sioule, ouvert par la mairie. Inscription libre, messages modérés.</p>"
                        + m.phpbb_forumlist([(f"./viewforum.php?f={fid}", name, desc, len(topics), sum(len(t[3]) for t in topics), topics[-1][3][-1][2])
                                             for fid, name, desc, topics in forums]), features={"forum"})]
    for fid, name, desc, topics in forums:
        board_pages.append(page(f"/viewforum.php?f={fid}", name, f"<p>{desc}</p>" + m.phpbb_topics(
            fid, [(tid, title, author, len(posts) - 1, 20 + 13 * len(posts), posts[-1][2]) for tid, title, author, posts in topics]),
            features={"forum"}))
        board_pages.append(page(f"/posting.php?mode=post&f={fid}", f"{name} – Écrire un nouveau sujet", m.phpbb_posting(fid),
                                features={"forum"}, parent=(name, f"/viewforum.php?f={fid}")))
        for tid, title, author, posts in topics:
            board_pages.append(page(f"/viewtopic.php?t={tid}", title, m.phpbb_topic(tid, fid, title, posts),
                                    features={"forum"}, parent=(name, f"/viewforum.php?f={fid}")))
            board_pages.append(page(f"/posting.php?mode=reply&t={tid}", f"{title} – Écrire une réponse", m.phpbb_posting(fid, tid),
                                    features={"forum"}, parent=(name, f"/viewforum.php?f={fid}")))
    # the board's own login page, where residents sign in to post: a page of the board
    board_pages.append(page("/ucp.php?mode=login", "Connexion", """<div class="panel"><div class="inner"><div class="content"><h2 class="login-title">Connexion</h2>
<form action="./ucp.php?mode=login" method="post" id="login" data-focus="username"><fieldset class="fields1">
<dl><dt><label for="username">Nom d'utilisateur :</label></dt><dd><input type="text" tabindex="1" name="username" id="username" size="25" value="" class="inputbox autowidth" /></dd></dl>
<dl><dt><label for="password">Mot de passe :</label></dt><dd><input type="password" tabindex="2" id="password" name="password" size="25" class="inputbox autowidth" autocomplete="off" /></dd></dl>
<dl><dd><label for="autologin"><input type="checkbox" name="autologin" id="autologin" tabindex="4" /> Se souvenir de moi</label></dd>
<dd><input type="submit" name="login" tabindex="6" value="Connexion" class="button1" /></dd></dl></fieldset></form>
<h3>S'enregistrer</h3><p>Pour participer aux discussions du forum des habitants, vous devez vous enregistrer. L'inscription est gratuite et ne prend que quelques instants.</p></div></div></div>""",
                            features={"forum"}, decoys={"contact_form"}))
    board = Site(CS_BOARD, "phpbb", "Forum des habitants de Châtel-sur-Sioule", board_pages)
    return _city("98504", "Châtel-sur-Sioule", 8730, "63", [main, board],
                 decoy_accounts=("https://www.facebook.com/harmoniedechatel",))


# =================================================================================================
# 98505 Wissembach-le-Haut (Bas-Rhin): TYPO3, and "Participez !", a CONSUL Democracy platform
# =================================================================================================

WH = "www.wissembach-le-haut.fr"
WH_CONSUL = "participez.wissembach-le-haut.fr"


def wissembach() -> City:
    actu = ("Actualités", "/actualites")
    mairie = ("Mairie", "/mairie")
    demo = ("Démocratie participative", "/democratie-participative")
    main = Site(WH, "typo3", "Ville de Wissembach-le-Haut", [
        # the menu's link to the survey page is all this page has of a survey
        page("/", "Accueil", f"""
<div class="frame frame-default frame-type-textmedia"><h2>Bienvenue à Wissembach-le-Haut</h2><p>Au pied des Vosges du Nord, une ville de 15 800 habitants tournée vers ses quartiers et ses associations.</p></div>
<div class="frame frame-type-list"><h2>Actualités</h2><div class="news-list-view">
<div class="article"><h3><a href="/actualites/detail/la-piscine-rouvre-ses-portes">La piscine rouvre ses portes après six mois de travaux</a></h3></div>
<div class="article"><h3><a href="/democratie-participative/fonds-initiatives-habitants">Fonds d'initiatives habitants : l'appel à projets est ouvert</a></h3></div></div></div>
<div class="frame"><h2>Participez !</h2><p>Propositions, budget participatif, votations : <a href="http://{WH_CONSUL}/">la plateforme participative de la ville</a>.</p></div>""",
             decoys={"poll"}),
        page("/actualites", "Actualités", """<div class="news-list-view">
<div class="article articletype-0"><div class="header"><h3><a href="/actualites/detail/la-piscine-rouvre-ses-portes">La piscine rouvre ses portes après six mois de travaux</a></h3></div><div class="teaser-text">Bassin rénové, nouveaux vestiaires et horaires élargis.</div></div>
<div class="article articletype-0"><div class="header"><h3><a href="/enquete-deplacements">Enquête : comment vous déplacez-vous ?</a></h3></div><div class="teaser-text">Cinq minutes pour préparer le plan de mobilité.</div></div></div>""",
             decoys={"poll"}),  # a teaser linking to the survey page
        page("/actualites/detail/la-piscine-rouvre-ses-portes", "La piscine rouvre ses portes après six mois de travaux", """
<div class="news-text-wrap"><p class="news-list-date">Publié le 2 avril 2024</p>
<p>Après six mois de travaux de rénovation énergétique, la piscine municipale rouvre le lundi 8 avril. Le bassin sportif a été entièrement recarrelé, les vestiaires refaits et une pompe à chaleur remplace l'ancienne chaudière au fioul.</p>
<p>Nouveaux horaires : ouverture le midi en semaine et jusqu'à 20 h le mardi et le jeudi.</p>
<p>Vos remarques et commentaires sur ces nouveaux horaires sont les bienvenus : adressez-les au service des sports, qui fera un premier bilan en juin.</p></div>""",
             decoys={"comments"}, parent=actu),  # the word "commentaires" in text, no comment system
        page("/enquete-deplacements", "Enquête : comment vous déplacez-vous ?", """
<p>La Ville élabore son plan de mobilité pour les dix prochaines années : pistes cyclables, transport à la demande, stationnement, sécurité aux abords des écoles. Pour partir de vos besoins réels, nous vous proposons cette enquête en ligne, ouverte jusqu'au 15 mai.</p>
<p>Vos réponses sont anonymes. Une version papier est disponible à l'accueil de l'hôtel de ville.</p>
""" + m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__hG5xPtUQ1ZXMkNGN0VJWFk2N0VONUJaQzFHU0ZEOC4u", "Enquête déplacements"),
             features={"poll"}),
        page("/democratie-participative", "Démocratie participative", f"""
<p>La démocratie participative est l'un des engagements de l'équipe municipale. Elle vise à associer les habitants, les associations et les acteurs économiques à la préparation des décisions, tout au long du mandat.</p>
<h2>Nos outils</h2><ul><li><strong>Les comités de quartier</strong> (Centre, Rebberg, Zornhof) se réunissent quatre fois par an en présence d'un adjoint ;</li>
<li><strong>les consultations publiques</strong> précèdent les grands projets : réaménagement de la place du Marché, plan de mobilité ;</li>
<li><strong>le <a href="/democratie-participative/fonds-initiatives-habitants">fonds d'initiatives habitants</a></strong> soutient les projets portés par des collectifs d'habitants ;</li>
<li><strong>la plateforme <a href="http://{WH_CONSUL}/">participez.wissembach-le-haut.fr</a></strong>, qui fonctionne avec le logiciel libre CONSUL Democracy, accueille propositions citoyennes, budget participatif et votations.</li></ul>
<h2>Le service Démocratie locale</h2><p>Une chargée de mission accompagne les comités de quartier et les porteurs de projets. Permanence le mercredi après-midi à l'hôtel de ville.</p>""",
             features={"participation_displayed"}, decoys={"participatory_platform"}),
        page("/democratie-participative/fonds-initiatives-habitants", "Fonds d'initiatives habitants : appel à projets 2024", """
<p>Vous êtes un groupe d'habitants (au moins trois personnes de foyers différents) et vous avez un projet pour votre rue ou votre quartier : fête de voisins, jardin partagé, fresque, atelier de réparation ? Le fonds d'initiatives habitants peut le financer jusqu'à 1 500 €.</p>
<h2>Comment candidater ?</h2><ol><li>Décrivez votre projet en une page : objectif, lieu, date, public, budget.</li>
<li>Envoyez-le à <a href="mailto:democratie.locale@wissembach-le-haut.fr">democratie.locale@wissembach-le-haut.fr</a> ou déposez-le à l'accueil de l'hôtel de ville.</li>
<li>Un comité composé d'habitants et d'élus se réunit chaque mois pour examiner les dossiers.</li></ol>
<p>Appel à projets ouvert toute l'année, dans la limite de l'enveloppe de 12 000 €.</p>""",
             features={"suggestion_call"}, parent=demo),  # an appel à projets citoyens
        page("/mairie/finances/compte-administratif-2023", "Compte administratif 2023", """
<p>Le compte administratif retrace l'ensemble des recettes et des dépenses réellement réalisées au cours de l'exercice. Celui de 2023 a été approuvé par le conseil municipal le 25 mars 2024.</p>
<table class="contenttable"><thead><tr><th>Section</th><th>Dépenses</th><th>Recettes</th></tr></thead><tbody>
<tr><td>Fonctionnement</td><td>17 420 310 €</td><td>19 108 942 €</td></tr><tr><td>Investissement</td><td>6 904 115 €</td><td>5 377 806 €</td></tr></tbody></table>
<p>Le budget primitif 2024 et le rapport d'orientation budgétaire sont consultables à l'accueil de l'hôtel de ville.</p>""",
             decoys={"participatory_budget"}, parent=mairie),
        page("/mairie/emploi", "La Ville recrute", """<ul><li><a href="/mairie/emploi/animateur-periscolaire">Animateur périscolaire (H/F)</a> – candidature avant le 30 avril</li></ul>
<p>Candidatures spontanées : direction des ressources humaines, hôtel de ville.</p>""", parent=mairie),
        page("/mairie/emploi/animateur-periscolaire", "Appel à candidatures : animateur périscolaire (H/F)", """
<p>La Ville de Wissembach-le-Haut recrute pour son service enfance un animateur périscolaire à temps non complet (28 h hebdomadaires), cadre d'emplois des adjoints d'animation.</p>
<h2>Profil</h2><ul><li>BAFA exigé, BPJEPS apprécié ;</li><li>expérience auprès d'enfants de 3 à 11 ans.</li></ul>
<p>Adressez votre lettre de motivation et votre CV à Monsieur le Maire avant le 30 avril 2024.</p>""",
             decoys={"suggestion_call"}, parent=("La Ville recrute", "/mairie/emploi")),
        page("/contact", "Contact", """<p>Hôtel de ville – 1 place de l'Hôtel-de-Ville – 67000 Wissembach-le-Haut. Tél. 03 88 00 00 00.</p>
""" + m.typo3_form("contact-42", "/contact", [
            ("Text", "text-1", "Nom", True, None), ("Email", "email-1", "E-mail", True, None), ("Telephone", "telephone-1", "Téléphone", False, None),
            ("Text", "text-2", "Objet de votre demande", True, None), ("Textarea", "textarea-1", "Message", True, None)]),
             features={"contact_form"}),
        page("/mairie", "Mairie", """<ul><li><a href="/mairie/conseil-municipal">Le conseil municipal</a></li><li><a href="/mairie/finances/compte-administratif-2023">Finances</a></li>
<li><a href="/mairie/emploi">La Ville recrute</a></li><li><a href="/democratie-participative">Démocratie participative</a></li></ul>"""),
        page("/mairie/conseil-municipal", "Le conseil municipal", """<p>Le conseil municipal compte 33 membres. Les séances publiques ont lieu dans la salle du conseil de l'hôtel de ville et sont retransmises en direct.</p>
<h2>Prochaine séance : lundi 22 avril 2024 à 19 h</h2><p>À l'ordre du jour : affectation des résultats 2023, tarifs des services périscolaires, convention avec l'office de tourisme.</p>""",
             parent=mairie),
        page("/demarches", "Démarches", """<ul><li>Cartes d'identité et passeports : sur rendez-vous.</li><li>Actes d'état civil : demande en ligne.</li>
<li>Inscriptions scolaires : service enfance.</li><li>Objets trouvés : police municipale.</li></ul>"""),
        page("/agenda", "Agenda", """<ul><li>8 avril – Réouverture de la piscine</li><li>22 avril – Conseil municipal</li><li>4 mai – Marché aux fleurs</li><li>21 juin – Fête de la musique</li></ul>"""),
    ], menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Mairie", "/mairie"), ("Démarches", "/demarches"),
             ("Démocratie participative", "/democratie-participative"), ("Enquête déplacements", "/enquete-deplacements"),
             ("Agenda", "/agenda"), ("Contact", "/contact")],
        accounts=[social("facebook", "wissembachlehaut", "https://www.facebook.com/wissembachlehaut/"),
                  social("instagram", "wissembach_le_haut", "https://www.instagram.com/wissembach_le_haut/"),
                  social("linkedin", "ville-de-wissembach-le-haut", "https://www.linkedin.com/company/ville-de-wissembach-le-haut/")],
        address="Hôtel de ville, 1 place de l'Hôtel-de-Ville, 67000 Wissembach-le-Haut")

    proposals = [(12, "des-bancs-le-long-de-la-zorn", "Des bancs le long de la Zorn", "Marguerite S.", 143, 9),
                 (15, "un-marche-le-mercredi-soir", "Un marché de producteurs le mercredi soir", "Collectif Rebberg en transition", 98, 14),
                 (19, "eclairer-le-passage-sous-la-voie-ferree", "Éclairer le passage sous la voie ferrée", "Karim A.", 76, 3)]
    prop_text = {12: "Entre le pont de la Gare et le moulin, il n'y a aucun banc sur 2 km. Les personnes âgées ne peuvent pas faire la promenade d'une traite.",
                 15: "Un marché de fin de journée permettrait aux actifs de faire leurs courses auprès des producteurs locaux.",
                 19: "Le passage piéton sous la voie ferrée est plongé dans le noir dès 17 h en hiver. Des élèves l'empruntent tous les jours."}
    investments = [(57, "Un city-stade au Zornhof", 85000, 312), (61, "Des nichoirs et un verger au parc du Rebberg", 14000, 201),
                   (63, "Une piste de pumptrack près du collège", 62000, 288)]
    inv_text = {57: "Un terrain multisports en accès libre, à côté du centre socioculturel, pour les jeunes du quartier.",
                61: "Quarante nichoirs fabriqués par les écoles et un verger de variétés alsaciennes anciennes.",
                63: "Une piste de vélo et de trottinette en enrobé, accessible aux débutants comme aux confirmés."}
    bud = ("Budget participatif 2024", "/budgets/2/investments")
    consul_pages = [
        page("/", "Participez !", """<div class="row"><div class="small-12 column"><h2>La plateforme participative de Wissembach-le-Haut</h2>
<p>Faites des propositions pour la ville, soutenez celles des autres habitants, proposez et choisissez les projets du budget participatif, votez lors des votations citoyennes.</p>
<ul class="home-cards"><li><a href="/proposals">Propositions citoyennes</a></li><li><a href="/budgets">Budget participatif</a></li><li><a href="/polls">Votations</a></li></ul></div></div>"""),
        page("/proposals", "Propositions citoyennes", "<p>Une idée pour la ville ? Publiez-la ici : les autres habitants peuvent la soutenir et la commenter, et la Ville répond à chaque proposition.</p>"
             + m.consul_proposals(proposals, "Les propositions sont examinées chaque trimestre par le comité de suivi de la plateforme, qui réunit habitants et élus."),
             features={"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", "<p>Avant de créer une proposition, vérifiez qu'une proposition semblable n'existe pas déjà.</p>" + m.consul_new_proposal(),
             features={"suggestion_call"}, parent=("Propositions citoyennes", "/proposals")),
    ]
    for pid, slug, title, author, supports, comments in proposals:
        # one resident's proposal: the call for proposals itself is on the list and the form
        consul_pages.append(page(f"/proposals/{pid}-{slug}", title, f"""<div class="proposal-show"><p class="proposal-info">{author} · {comments} commentaires</p>
<div class="proposal-description"><p>{prop_text[pid]}</p></div><div class="supports"><span class="total-supports">{supports} soutiens</span>
<a class="button button-support" href="/users/sign_in">Soutenir</a></div></div>""", parent=("Propositions citoyennes", "/proposals")))
    consul_pages += [
        page("/budgets", "Budgets participatifs", """<div class="budget-list"><div class="budget"><h3><a href="/budgets/2/investments">Budget participatif 2024</a></h3>
<p>250 000 € pour les projets des habitants. Phase en cours : soutiens aux projets, jusqu'au 12 mai. Vote final du 3 au 23 juin.</p></div>
<div class="budget budget-finished"><h3>Budget participatif 2023</h3><p>Terminé : 9 projets réalisés ou en cours de réalisation.</p></div></div>""",
             features={"participatory_budget"}),
        page("/budgets/2/investments", "Budget participatif 2024", m.consul_budget_investments(2, "Toute la ville", investments, 250000),
             features={"participatory_budget"}, parent=("Budgets participatifs", "/budgets")),
        # the budget's filing form: residents propose projects to the participatory budget
        page("/budgets/2/investments/new", "Proposer un projet", "<p>Les projets d'investissement de moins de 100 000 € relevant des compétences de la ville sont recevables.</p>"
             + m.consul_new_investment(2), features={"participatory_budget"}, parent=bud),
    ]
    for iid, title, price, supports in investments:
        consul_pages.append(page(f"/budgets/2/investments/{iid}", title, f"""<div class="budget-investment-show"><p class="investment-project-amount">Coût estimé : {f"{price:,}".replace(",", " ")} €</p>
<p>{inv_text[iid]}</p><p><span class="total-supports">{supports} soutiens</span> <a class="button button-support" href="/users/sign_in">Soutenir ce projet</a></p></div>""",
                                 features={"participatory_budget"}, parent=bud))
    consul_pages += [
        page("/polls", "Votations", """<div class="poll-list"><div class="poll"><h3><a href="/polls/3">Quel avenir pour la place du Marché ?</a></h3>
<p>Votation ouverte jusqu'au 30 avril 2024.</p><a class="button" href="/polls/3">Participer à cette votation</a></div>
<div class="poll poll-expired"><h3>Nom de la nouvelle médiathèque</h3><p>Terminée le 15 novembre 2023 : « L'Envol » a recueilli 41 % des voix.</p></div></div>""",
             features={"poll"}),
        page("/polls/3", "Quel avenir pour la place du Marché ?", """<p>Deux scénarios d'aménagement ont été élaborés après les ateliers de l'automne. Votez pour celui que vous préférez.</p>"""
             + m.consul_poll(3, "Quel scénario préférez-vous pour la place du Marché ?",
                             ["Scénario A : une place piétonne arborée, stationnement déplacé rue de la Gare",
                              "Scénario B : une place partagée, 30 places de stationnement conservées"], "30 avril 2024"),
             features={"poll"}, parent=("Votations", "/polls")),
        page("/pages/comment-participer", "Comment participer ?", """<p>Pour proposer, soutenir ou voter, créez un compte avec votre adresse e-mail puis vérifiez votre résidence à Wissembach-le-Haut (numéro de la carte d'électeur ou justificatif de domicile).</p>
<p>Les habitants de 16 ans et plus peuvent participer.</p>"""),
    ]
    consul = Site(WH_CONSUL, "consul", "Participez ! Wissembach-le-Haut", consul_pages,
                  menu=[("Accueil", "/"), ("Propositions", "/proposals"), ("Budget participatif", "/budgets"), ("Votations", "/polls"),
                        ("Aide", "/pages/comment-participer")],
                  features=PLATFORM, platforms=frozenset({"consul"}))
    return _city("98505", "Wissembach-le-Haut", 15830, "67", [main, consul])


# =================================================================================================
# 98506 Saint-Hilaire-des-Marais (Vendée): a proprietary CMS ("Alto") and "Voisins des Marais"
# =================================================================================================

SH = "www.saint-hilaire-des-marais.fr"
SH_NET = "voisins.saint-hilaire-des-marais.fr"


def saint_hilaire() -> City:
    actu = ("Actualités", "/actualites")
    vie = ("Vie municipale", "/vie-municipale")
    quotidien = ("Au quotidien", "/demarches")
    main = Site(SH, "hameaux_alto", "Commune de Saint-Hilaire-des-Marais", [
        page("/", "Accueil", f"""
<section class="c-home-intro"><h2>Saint-Hilaire-des-Marais, entre bocage et marais</h2><p>Retrouvez toute l'information de votre commune.</p></section>
<section class="c-home-news"><h2>Actualités</h2><ul class="c-cards">
<li class="c-card"><a class="c-card__link" href="/actualites/recensement-de-la-population-2025">Recensement de la population 2025</a></li>
<li class="c-card"><a class="c-card__link" href="/actualites/la-fete-du-marais-revient">La fête du marais revient</a></li>
<li class="c-card"><a class="c-card__link" href="/vie-municipale/graines-de-marais">Graines de Marais : votez pour vos projets préférés</a></li></ul></section>
<section class="c-home-links"><h2>En un clic</h2><ul><li><a href="/vie-municipale/enquete-mobilite">Enquête mobilité</a></li><li><a href="/vie-quotidienne/voisins-des-marais">Voisins des Marais</a></li><li><a href="/contact">Contact</a></li></ul></section>""",
             decoys={"participatory_budget", "poll", "territorial_social_network"}),  # teaser links only
        page("/actualites", "Actualités", """<ul class="c-list">
<li><a href="/actualites/recensement-de-la-population-2025">Recensement de la population 2025 : un agent recenseur passera chez vous</a></li>
<li><a href="/actualites/la-fete-du-marais-revient">La fête du marais revient le 6 juillet</a></li></ul>"""),
        page("/actualites/recensement-de-la-population-2025", "Recensement de la population 2025", """
<p class="c-date">Publié le 6 janvier 2025</p>
<p>Le recensement de la population se déroule dans notre commune du 16 janvier au 15 février 2025. Organisé par l'Insee avec la commune, il permet de connaître le nombre d'habitants et leurs caractéristiques : âge, profession, moyens de transport, conditions de logement.</p>
<p>Un agent recenseur recruté par la mairie, muni d'une carte officielle, se présentera à votre domicile et vous remettra vos codes pour répondre en ligne sur le site officiel du recensement. Si vous ne pouvez pas répondre par internet, des questionnaires papier vous seront remis.</p>
<p>Vos réponses sont confidentielles et ne peuvent donner lieu à aucun contrôle administratif ou fiscal.</p>""",
             decoys={"poll"}, parent=actu),  # the INSEE census, not a survey of the city
        page("/actualites/la-fete-du-marais-revient", "La fête du marais revient le 6 juillet", """
<p class="c-date">Publié le 2 avril 2024</p>
<p>Balades en yole, démonstration de fabrication de fourches en frêne, marché de producteurs et bal : la fête du marais revient le samedi 6 juillet au port de la Vergne. Les bénévoles qui souhaitent rejoindre l'organisation sont les bienvenus.</p>""",
             parent=actu),
        page("/vie-municipale/graines-de-marais", "Graines de Marais", """
<p class="c-chapo">Avec Graines de Marais, la commune confie chaque année aux habitants le choix d'une partie de ses investissements : <strong>50 000 €</strong> sont réservés aux projets imaginés par les Saint-Hilairois eux-mêmes.</p>
<h2>Comment ça marche ?</h2><ol>
<li><strong>Les habitants déposent leurs projets</strong> (de janvier à mars) : tout habitant de plus de 11 ans, seul ou en groupe, peut proposer un projet d'intérêt général pour la commune ou son hameau.</li>
<li><strong>La commune étudie leur faisabilité</strong> : le projet doit relever des compétences communales, être réalisable dans l'année, et ne pas dépasser 15 000 €.</li>
<li><strong>Les habitants votent</strong> : chaque habitant choisit trois projets, à la mairie, à la médiathèque ou sur le marché du dimanche. Le dépôt des projets de 2024 est clos : le vote a lieu du 2 au 23 juin.</li>
<li><strong>Les projets lauréats sont réalisés</strong>, dans l'ordre des voix obtenues, jusqu'à épuisement de l'enveloppe.</li></ol>
<h2>Les lauréats de 2023</h2><ul><li>Un ponton de pêche accessible au port de la Vergne (12 400 €) ;</li><li>des tables de pique-nique et un abri vélos au stade (8 900 €) ;</li>
<li>une grainothèque et un four à pain mobile pour les fêtes de hameau (6 300 €).</li></ul>""",
             features={"participatory_budget"}, parent=vie),  # a participatory budget known only by its local name
        page("/vie-municipale/enquete-mobilite", "Enquête mobilité : vos déplacements au quotidien", """
<p class="c-chapo">La commune étudie la création d'un service de transport à la demande et d'un réseau de covoiturage entre les hameaux et le bourg. Aidez-nous en répondant à ces quelques questions avant le 31 mai.</p>
""" + m.alto_form(27, "/vie-municipale/enquete-mobilite", [
            ("radio", "hameau", "Où habitez-vous ?", True, ["Le bourg", "La Vergne", "Les Cabanes", "Le Petit-Marais", "Autre hameau"]),
            ("radio", "voiture", "Combien de voitures compte votre foyer ?", True, ["Aucune", "Une", "Deux ou plus"]),
            ("checkbox", "motifs", "Pour quels motifs vous déplacez-vous chaque semaine ?", False,
             ["Travail", "Courses", "Santé", "Loisirs et associations", "Accompagner les enfants"]),
            ("radio", "tad", "Utiliseriez-vous un transport à la demande vers le bourg et la gare de Luçon ?", True,
             ["Oui, chaque semaine", "Oui, de temps en temps", "Non"]),
            ("textarea", "remarques", "Vos remarques", False, None)], "Envoyer mes réponses", "Questionnaire anonyme"),
             features={"poll"}, parent=vie),
        # a page of the city presenting its neighbours' network and how to join it (not a passing mention)
        page("/vie-quotidienne/voisins-des-marais", "Voisins des Marais, le réseau d'entraide de la commune", f"""
<p class="c-chapo">Prêter une échelle, trouver quelqu'un pour nourrir les poules pendant les vacances, proposer un covoiturage vers Luçon : depuis 2023, la commune met gratuitement à disposition de ses habitants <strong>Voisins des Marais</strong>, un réseau social de proximité réservé aux habitants de Saint-Hilaire.</p>
<h2>Comment rejoindre le réseau ?</h2><ol><li>Rendez-vous sur <a href="http://{SH_NET}/">voisins.saint-hilaire-des-marais.fr</a> ;</li>
<li>créez votre compte en indiquant votre adresse : elle est vérifiée par la mairie pour garantir que seuls des habitants y participent ;</li>
<li>rejoignez le groupe de votre hameau et publiez votre première annonce.</li></ol>
<p>Le réseau est modéré par deux agents de la mairie. Pas d'accès à internet ? L'espace numérique de la médiathèque vous aide à vous inscrire.</p>
<p><a class="c-button" href="http://{SH_NET}/inscription">Je m'inscris</a></p>""",
             features={"territorial_social_network"}, parent=quotidien),
        page("/vie-municipale/reunions-de-hameau", "Les réunions de hameau", """
<p class="c-chapo">Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants dans chacun des sept hameaux de la commune.</p>
<p>Ces comités d'habitants sont l'occasion de faire le point sur les travaux, de faire remonter les besoins et de préparer ensemble les projets du hameau. Chaque hameau désigne deux habitants référents, relais de la mairie tout au long de l'année.</p>
<h2>Calendrier du printemps</h2><ul><li>La Vergne : 12 avril, 18 h 30, salle du port.</li><li>Les Cabanes : 19 avril, 18 h 30, ancienne école.</li><li>Le Petit-Marais : 26 avril, 18 h 30, chez M. et Mme Rabiller (grange).</li></ul>""",
             features={"participation_displayed"}, parent=vie),
        page("/vie-municipale/budget-communal", "Le budget communal", """
<p>Le budget primitif 2024, voté le 28 mars, s'élève à 4,1 millions d'euros : 2,7 millions en fonctionnement et 1,4 million en investissement.</p>
<h2>Principales dépenses d'investissement</h2><ul><li>Rénovation de l'école des Cabanes : 620 000 €</li><li>Voirie communale : 280 000 €</li>
<li>Graines de Marais : 50 000 €</li><li>Éclairage public LED : 95 000 €</li></ul>
<p>Le compte administratif 2023 sera présenté au conseil municipal de juin.</p>""",
             decoys={"participatory_budget"}, parent=vie),  # the ordinary budget; the scheme is only a line in it
        page("/contact", "Contact", """
<div class="c-contact"><h2>Mairie de Saint-Hilaire-des-Marais</h2><address>3 rue de la Mairie<br>85420 Saint-Hilaire-des-Marais</address>
<p>Téléphone : 02 51 00 00 00<br>Courriel : <a href="mailto:accueil@saint-hilaire-des-marais.fr">accueil@saint-hilaire-des-marais.fr</a></p>
<h3>Horaires d'ouverture</h3><p>Lundi, mercredi, vendredi : 9 h - 12 h 30 et 14 h - 17 h 30. Mardi et jeudi : 9 h - 12 h 30. Samedi : 9 h - 12 h (permanence des élus).</p></div>""",
             decoys={"contact_form"}),  # a mailto link only
        page("/demarches", "Au quotidien", """<ul><li>État civil et élections</li><li>Urbanisme : dépôt en ligne des demandes d'autorisation</li>
<li>Collecte des déchets : calendrier 2024</li><li><a href="/vie-quotidienne/voisins-des-marais">Voisins des Marais, le réseau d'entraide</a></li></ul>"""),
        page("/agenda", "Agenda", """<ul><li>12 avril – Réunion de hameau à La Vergne</li><li>2 au 23 juin – Vote Graines de Marais</li><li>6 juillet – Fête du marais</li></ul>"""),
        page("/vie-municipale", "Vie municipale", """<ul><li>Le conseil municipal : 19 élus, séances publiques en mairie</li><li><a href="/vie-municipale/budget-communal">Le budget communal</a></li>
<li><a href="/vie-municipale/reunions-de-hameau">Les réunions de hameau</a></li><li><a href="/vie-municipale/graines-de-marais">Graines de Marais</a></li><li><a href="/vie-municipale/enquete-mobilite">Enquête mobilité</a></li></ul>"""),
    ], menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Vie municipale", "/vie-municipale"), ("Au quotidien", "/demarches"),
             ("Agenda", "/agenda"), ("Contact", "/contact")],
        accounts=[social("facebook", "sainthilairedesmarais", "https://www.facebook.com/sainthilairedesmarais"),
                  social("instagram", "sainthilairedesmarais", "https://instagram.com/sainthilairedesmarais")],
        address="3 rue de la Mairie, 85420 Saint-Hilaire-des-Marais")

    groups = [("/groupes/le-bourg", "Le Bourg", 214), ("/groupes/la-vergne", "La Vergne", 87), ("/groupes/les-cabanes", "Les Cabanes", 63)]
    feed = [("Le Bourg", "Nathalie", "Prête une remorque pour le week-end, contre un coup de main pour décharger du bois.", 3),
            ("La Vergne", "Jean-Paul", "Qui va à la gare de Luçon lundi matin ? Je partage les frais d'essence.", 2),
            ("Le Bourg", "Mairie de Saint-Hilaire", "Rappel : la déchetterie est fermée le lundi de Pâques.", 0),
            ("Les Cabanes", "Élodie", "Chaton trouvé près du pont des Cabanes, tigré avec un collier rouge.", 5)]
    posts = "".join(f'<article class="post"><p class="post__meta"><strong>{who}</strong> · {grp}</p><p>{text}</p><p class="post__stats">{n} réponses</p></article>'
                    for grp, who, text, n in feed)
    net_pages = [
        page("/", "Le fil de mes voisins", "<p>Bienvenue sur Voisins des Marais, le réseau d'entraide des habitants de Saint-Hilaire-des-Marais.</p>" + posts),
        page("/groupes", "Les groupes", "<ul class=\"groups\">" + "".join(f'<li><a href="{h}">{n}</a> – {k} membres</li>' for h, n, k in groups) + "</ul>"),
    ]
    for h, n, k in groups:
        net_pages.append(page(h, f"Groupe {n}", f"<p>{k} voisins. Le groupe des habitants de {n}.</p>"
                              + "".join(f'<article class="post"><p class="post__meta"><strong>{who}</strong></p><p>{text}</p></article>' for grp, who, text, _ in feed if grp == n),
                              parent=("Les groupes", "/groupes")))
    net_pages += [
        page("/entraide", "Entraide", """<ul class="offers"><li><strong>Propose</strong> – Aide aux devoirs en anglais, le mercredi (Camille, Le Bourg)</li>
<li><strong>Cherche</strong> – Quelqu'un pour arroser le potager du 10 au 20 juillet (Gérard, La Vergne)</li><li><strong>Donne</strong> – Lit bébé en bois (Sophie, Les Cabanes)</li></ul>"""),
        page("/evenements", "Événements", """<ul><li>Apéro des voisins de La Vergne – 24 mai, port de la Vergne</li><li>Troc de plantes – 4 mai, place de l'Église</li></ul>"""),
        page("/a-propos", "À propos", """<p>Voisins des Marais est proposé par la commune de Saint-Hilaire-des-Marais à tous ses habitants. L'inscription est gratuite ; l'adresse de chaque membre est vérifiée par la mairie. Les publications commerciales et politiques sont interdites.</p>"""),
        page("/inscription", "Créer mon compte", """<form method="post" action="/inscription" class="signup-form">
<label for="su-first">Prénom</label><input id="su-first" name="first_name" type="text" required><label for="su-last">Nom</label><input id="su-last" name="last_name" type="text" required>
<label for="su-email">E-mail</label><input id="su-email" name="email" type="email" required><label for="su-address">Adresse à Saint-Hilaire-des-Marais</label><input id="su-address" name="address" type="text" required>
<label for="su-password">Mot de passe</label><input id="su-password" name="password" type="password" required>
<label><input type="checkbox" name="cgu" value="1" required> J'accepte les <a href="/cgu">conditions d'utilisation</a></label><button type="submit" class="btn">Créer mon compte</button></form>""",
             decoys={"contact_form"}),  # a registration form
    ]
    net = Site(SH_NET, "community", "Voisins des Marais", net_pages,
               menu=[("Fil", "/"), ("Groupes", "/groupes"), ("Entraide", "/entraide"), ("Événements", "/evenements"), ("À propos", "/a-propos")],
               features=NETWORK)
    return _city("98506", "Saint-Hilaire-des-Marais", 6120, "85", [main, net])


# =================================================================================================
# 98507 Villenave-sur-Ciron (Gironde): a proprietary CMS ("Campanile"), "Villenave en commun", and
# a Cap Collectif platform
# =================================================================================================

VC = "www.villenave-sur-ciron.fr"
VC_CAPCO = "villenave-sur-ciron.cap-collectif.com"


def villenave() -> City:
    actu = ("Actualités", "/actualites")
    commun = ("Villenave en commun", "/villenave-en-commun")
    mairie = ("Mairie", "/mairie")
    survey = f"http://{VC_CAPCO}/project/enquete-jeunesse/questionnaire/questionnaire"
    main = Site(VC, "hameaux_campanile", "Ville de Villenave-sur-Ciron", [
        # the menu's link to the platform's questionnaire is all this page has of a survey
        page("/", "Accueil", f"""
<div class="cmp-bloc cmp-une"><h2>À la une</h2><ul>
<li><a href="/actualites/le-nouveau-plan-de-circulation-du-centre">Le nouveau plan de circulation du centre entre en vigueur le 15 avril</a></li>
<li><a href="/culture/questionnaire-saison-culturelle">Saison culturelle : donnez-nous votre avis</a></li></ul></div>
<div class="cmp-bloc"><h2>Villenave en commun</h2><p>Idées, budget participatif, droit d'interpellation : <a href="/villenave-en-commun">toutes les façons de participer à la vie de la ville</a>.</p></div>
<div class="cmp-bloc"><h2>Services en ligne</h2><ul><li><a href="/demarches">Démarches</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/contact">Écrire à la mairie</a></li></ul></div>""",
             decoys={"poll", "participation_displayed"}),  # a teaser pointing to the page that presents the approach
        page("/actualites", "Actualités", """<ul class="cmp-liste">
<li><a href="/actualites/le-nouveau-plan-de-circulation-du-centre">Le nouveau plan de circulation du centre entre en vigueur le 15 avril</a></li>
<li><a href="/culture/questionnaire-saison-culturelle">Saison culturelle 2024-2025 : donnez-nous votre avis</a></li></ul>"""),
        page("/actualites/le-nouveau-plan-de-circulation-du-centre", "Le nouveau plan de circulation du centre entre en vigueur le 15 avril", """
<p class="cmp-date">Publié le 3 avril 2024</p>
<p>À partir du lundi 15 avril, la circulation change dans le centre-ville. La rue Gambetta passe en sens unique de la place de la Mairie vers le cours du Ciron, et la rue des Écoles devient une zone de rencontre limitée à 20 km/h, où les piétons sont prioritaires.</p>
<h2>Pourquoi ces changements ?</h2><p>Le trafic de transit a augmenté de 30 % en cinq ans dans le centre, où se trouvent deux écoles, le collège et la halle du marché. Les comptages réalisés en 2023 ont montré que près d'un véhicule sur deux ne faisait que traverser la ville aux heures de pointe.</p>
<h2>Ce qui change pour vous</h2><ul><li>les bus de la ligne 502 empruntent désormais le boulevard Victor-Hugo ;</li><li>quarante places de stationnement sont créées sur l'ancien terrain de l'équipement ;</li>
<li>un double sens cyclable est aménagé rue Gambetta ;</li><li>les livraisons sont autorisées de 6 h à 11 h.</li></ul>
<p>Ce plan est le fruit de plusieurs mois de travail avec les services de la Métropole et tient compte des remarques formulées lors de la concertation de l'automne dernier. Une signalisation provisoire sera mise en place pendant trois semaines et des agents de la police municipale seront présents aux carrefours les premiers jours.</p>
<h2>Calendrier des travaux d'accompagnement</h2><p>Les marquages au sol seront réalisés de nuit entre le 8 et le 12 avril. Les plateaux surélevés de la rue des Écoles seront construits pendant les vacances d'été.</p>""",
             decoys={"participation_displayed"}, parent=actu),  # a passing mention of a concertation in a long news item
        page("/culture/questionnaire-saison-culturelle", "Saison culturelle 2024-2025 : donnez-nous votre avis", """
<p>Théâtre, concerts, cinéma en plein air, spectacles jeune public : la programmation de la salle du Ciron se prépare. Dites-nous ce que vous avez aimé cette saison et ce que vous aimeriez voir l'an prochain. Le questionnaire reste ouvert jusqu'au 10 mai.</p>
""" + m.tally("nW8kPq", "Questionnaire saison culturelle"), features={"poll"}, parent=("Culture", "/agenda")),
        page("/villenave-en-commun", "Villenave en commun", f"""
<p><strong>Villenave en commun</strong>, c'est la démarche par laquelle la Ville associe les habitants à ses choix. Elle repose sur un principe simple : les décisions qui concernent votre quotidien se préparent avec vous.</p>
<h2>Les rendez-vous de Villenave en commun</h2><ul><li><strong>Les assemblées de quartier</strong>, deux fois par an dans chacun des quatre quartiers, ouvertes à tous ;</li>
<li><strong>les ateliers de projet</strong>, pour concevoir avec les habitants les aménagements importants (parc du Ciron, halle du marché) ;</li>
<li><strong>le budget participatif</strong>, 100 000 € par an pour les projets des habitants ;</li>
<li><strong><a href="/villenave-en-commun/droit-d-interpellation">le droit d'interpellation</a></strong>, qui permet aux habitants de mettre un sujet à l'ordre du jour du conseil municipal.</li></ul>
<h2>En ligne</h2><p>Les démarches en cours se déroulent sur la plateforme <a href="http://{VC_CAPCO}/">Villenave en commun</a>, propulsée par Cap Collectif.</p>
<p>Un bilan de la participation est présenté chaque année en conseil municipal.</p>""",
             features={"participation_displayed"}, decoys={"participatory_platform"}),
        page("/villenave-en-commun/droit-d-interpellation", "Le droit d'interpellation", f"""
<p>Depuis janvier 2024, les habitants de Villenave-sur-Ciron âgés de 16 ans et plus disposent d'un droit d'interpellation du conseil municipal.</p>
<h2>Comment ça marche ?</h2><ol><li>Un habitant dépose une interpellation sur un sujet qui relève des compétences de la commune.</li>
<li>Pendant trois mois, les habitants peuvent la soutenir en ligne ou sur papier en mairie.</li>
<li>Si elle recueille 150 soutiens, elle est inscrite à l'ordre du jour du conseil municipal, où son auteur vient la présenter.</li></ol>
<p>Les interpellations se déposent et se soutiennent sur <a href="http://{VC_CAPCO}/project/droit-d-interpellation/collect/interpellations">la plateforme Villenave en commun</a>.</p>""",
             features={"participation_displayed"}, decoys={"petition"}, parent=commun),  # presents the scheme; signing is on the platform
        page("/contact", "Écrire à la mairie", """<p>Hôtel de ville – 1 place de la Mairie – 33720 Villenave-sur-Ciron – Tél. 05 56 00 00 00</p>
""" + m.campanile_form(9, "/contact", [("text", "nom", "Nom", True), ("text", "prenom", "Prénom", True), ("email", "courriel", "Courriel", True),
                                        ("select:Accueil|État civil|Urbanisme|Voirie et propreté|Scolaire|Autre", "service", "Service", False),
                                        ("textarea", "message", "Votre message", True)], "Envoyer"),
             features={"contact_form"}),
        page("/mairie/appels-a-candidatures/marche-de-plein-air", "Appel à candidatures : commerçants du marché de plein air", """
<p>La Ville lance un appel à candidatures pour l'attribution de quatre emplacements au marché de plein air du jeudi matin (produits alimentaires de saison, artisanat).</p>
<p>Les dossiers (extrait Kbis ou carte de producteur, attestation d'assurance, description des produits) sont à déposer au service du domaine public avant le 30 avril 2024. Une commission examinera les candidatures en mai.</p>""",
             decoys={"suggestion_call"}, parent=mairie),
        page("/mairie/conseil-municipal", "Le conseil municipal", """<p>Le conseil municipal se réunit en séance publique à l'hôtel de ville, salle du conseil.</p>
<h2>Séance du jeudi 18 avril 2024 à 18 h 30</h2><ol><li>Compte administratif 2023</li><li>Budget supplémentaire 2024</li><li>Tarifs des séjours d'été</li><li>Questions diverses</li></ol>""",
             decoys={"participation_displayed"}, parent=mairie),
        page("/mairie", "Mairie", """<ul><li><a href="/mairie/conseil-municipal">Le conseil municipal</a></li><li><a href="/mairie/appels-a-candidatures/marche-de-plein-air">Appels à candidatures</a></li>
<li><a href="/villenave-en-commun">Villenave en commun</a></li></ul>"""),
        page("/demarches", "Démarches", """<ul><li>Cartes d'identité et passeports sur rendez-vous</li><li>Inscriptions scolaires et périscolaires</li><li>Autorisations d'urbanisme</li><li>Occupation du domaine public</li></ul>"""),
        page("/agenda", "Agenda", """<ul><li>13 avril – Assemblée du quartier Nord, 10 h, école Jules-Ferry</li><li>18 avril – Conseil municipal</li><li>25 mai – Fête du Ciron</li></ul>"""),
    ], menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Mairie", "/mairie"), ("Démarches", "/demarches"),
             ("Villenave en commun", "/villenave-en-commun"), ("Enquête jeunesse", survey), ("Agenda", "/agenda")],
        accounts=[social("facebook", "villenavesurciron", "https://www.facebook.com/villenavesurciron/"),
                  social("bluesky", "villenave-sur-ciron.bsky.social", "https://bsky.app/profile/villenave-sur-ciron.bsky.social")],
        address="Hôtel de ville, 1 place de la Mairie, 33720 Villenave-sur-Ciron")

    idees = "/project/idees-pour-le-bourg"
    idee_steps = [("Présentation", f"{idees}/presentation/presentation", "1er mars – 31 mai 2024"),
                  ("Dépôt des idées", f"{idees}/collect/depot-des-idees", "1er mars – 31 mai 2024")]
    idee_cards = [("/projects/idees-pour-le-bourg/proposals/abri-velos-pres-de-la-gare", "Un abri vélos sécurisé près de la gare", "Thomas R.", 47, 6, "Mobilités"),
                  ("/projects/idees-pour-le-bourg/proposals/boites-a-livres-dans-les-parcs", "Des boîtes à livres dans les parcs", "Conseil municipal des jeunes", 39, 2, "Culture"),
                  ("/projects/idees-pour-le-bourg/proposals/verger-partage-au-parc-du-ciron", "Un verger partagé au parc du Ciron", "Association Ciron Nature", 62, 11, "Nature en ville")]
    bp = "/project/budget-participatif-2025"
    bp_steps = [("Règlement", f"{bp}/presentation/reglement", "janvier 2025"), ("Vote", f"{bp}/selection/vote", "2 – 30 juin 2025")]
    bp_cards = [("/projects/budget-participatif-2025/proposals/un-skatepark-au-stade", "Un skatepark au stade municipal", "Collectif Glisse Villenave", 214, 18, "35 000 €"),
                ("/projects/budget-participatif-2025/proposals/des-toilettes-seches-au-parc", "Des toilettes sèches au parc du Ciron", "Sandrine L.", 128, 4, "18 000 €")]
    interp = "/project/droit-d-interpellation/collect/interpellations"
    interp_cards = [("/projects/droit-d-interpellation/proposals/pour-une-cantine-100-bio", "Pour une cantine 100 % bio et locale", "Parents d'élèves de Jules-Ferry", 112, 9, "Éducation"),
                    ("/projects/droit-d-interpellation/proposals/rouvrir-le-bureau-de-poste-le-samedi", "Rouvrir le bureau de poste le samedi", "Michel D.", 63, 3, "Services publics")]
    capco_pages = [
        page("/", "Villenave en commun", f"""<section class="homepage__projects"><h2>Les projets en cours</h2><ul class="project-list">
<li><a href="{idees}/presentation/presentation">Des idées pour le bourg</a> – dépôt des idées</li><li><a href="{bp}/presentation/reglement">Budget participatif 2025</a> – vote</li>
<li><a href="{interp}">Droit d'interpellation</a> – en continu</li><li><a href="/project/enquete-jeunesse/questionnaire/questionnaire">Enquête jeunesse</a> – questionnaire</li></ul></section>"""),
        page("/projects", "Tous les projets", f"""<ul class="project-list"><li><a href="{idees}/presentation/presentation">Des idées pour le bourg</a></li><li><a href="{bp}/presentation/reglement">Budget participatif 2025</a></li>
<li><a href="{interp}">Droit d'interpellation</a></li><li><a href="/project/enquete-jeunesse/questionnaire/questionnaire">Enquête jeunesse</a></li></ul>"""),
        page(f"{idees}/presentation/presentation", "Des idées pour le bourg", m.capco_steps("Des idées pour le bourg", idee_steps, "Présentation") + f"""
<div class="step__body"><p>Aménagements, animations, services : la Ville lance un appel à idées pour le centre-bourg. Proposez vos idées jusqu'au 31 mai ; les plus soutenues seront étudiées par les services et présentées en assemblée de quartier.</p>
<p><a class="btn btn-primary" href="{idees}/collect/depot-des-idees">Proposer une idée</a></p></div>""", features={"suggestion_call"}),
        page(f"{idees}/collect/depot-des-idees", "Dépôt des idées", m.capco_steps("Des idées pour le bourg", idee_steps, "Dépôt des idées")
             + m.capco_proposals(idee_cards, "idées") + "<h2>Proposer une idée</h2>"
             + m.capco_proposal_form(f"{idees}/collect/depot-des-idees", "Titre de votre idée", "Décrivez votre idée", "Publier mon idée",
                                     ["Mobilités", "Nature en ville", "Culture", "Commerces", "Solidarité"]),
             features={"suggestion_call"}),
    ]
    for href, title, author, votes, comments, theme in idee_cards:
        # one resident's idea: the call itself is on the presentation and the deposit step
        capco_pages.append(page(href, title, f"""<div class="proposal__page"><p class="proposal__author">{author} · {theme}</p>
<div class="proposal__body"><p>Idée déposée dans le cadre de l'appel à idées « Des idées pour le bourg ».</p></div><p class="proposal__counters">{votes} votes · {comments} commentaires</p>
<a class="btn btn-default" href="/login">Voter pour cette idée</a></div>""", parent=("Dépôt des idées", f"{idees}/collect/depot-des-idees")))
    capco_pages += [
        page(f"{bp}/presentation/reglement", "Budget participatif 2025 : le règlement", m.capco_steps("Budget participatif 2025", bp_steps, "Règlement") + """
<div class="step__body"><p>La Ville consacre 100 000 € de son budget d'investissement à des projets proposés par les habitants. Tout habitant de 11 ans et plus peut voter pour cinq projets au maximum.</p>
<ul><li>Article 1 – Les projets doivent relever des compétences communales et servir l'intérêt général.</li><li>Article 2 – Le coût d'un projet ne peut dépasser 40 000 €.</li>
<li>Article 3 – Les projets les plus votés sont retenus dans la limite de l'enveloppe.</li></ul></div>""", features={"participatory_budget"}),
        page(f"{bp}/selection/vote", "Budget participatif 2025 : vote", m.capco_steps("Budget participatif 2025", bp_steps, "Vote")
             + "<p>Votez pour vos projets préférés (5 votes maximum).</p>" + m.capco_proposals(
                 [(h, t, a, v, c, cost) for h, t, a, v, c, cost in bp_cards], "projets soumis au vote"),
             features={"participatory_budget"}),
    ]
    for href, title, author, votes, comments, cost in bp_cards:
        capco_pages.append(page(href, title, f"""<div class="proposal__page"><p class="proposal__author">{author}</p><p class="proposal__estimation">Coût estimé : {cost}</p>
<div class="proposal__body"><p>Projet soumis au vote des habitants dans le cadre du budget participatif 2025.</p></div><p class="proposal__counters">{votes} votes</p>
<a class="btn btn-primary" href="/login">Voter pour ce projet</a></div>""", features={"participatory_budget"}, parent=("Vote", f"{bp}/selection/vote")))
    capco_pages.append(page(interp, "Droit d'interpellation", """<div class="step__body"><p>Déposez une interpellation ou soutenez celles des autres habitants. Une interpellation qui recueille <strong>150 soutiens</strong> en trois mois est inscrite à l'ordre du jour du conseil municipal.</p></div>"""
                            + m.capco_proposals([(h, t, a, v, c, th) for h, t, a, v, c, th in interp_cards], "interpellations", "soutiens sur 150")
                            + "<h2>Déposer une interpellation</h2>"
                            + m.capco_proposal_form(interp, "Objet de l'interpellation", "Texte de l'interpellation", "Déposer",
                                                    ["Éducation", "Services publics", "Cadre de vie", "Mobilités"]),
                            features={"petition"}))
    for href, title, author, votes, comments, theme in interp_cards:
        capco_pages.append(page(href, title, f"""<div class="proposal__page"><p class="proposal__author">{author} · {theme}</p>
<div class="proposal__body"><p>Nous demandons au conseil municipal de débattre de cette question lors d'une prochaine séance.</p></div>
<div class="proposal__progress"><div class="progress"><div class="progress-bar" style="width:{round(100 * votes / 150)}%"></div></div><p><strong>{votes}</strong> soutiens sur les 150 nécessaires</p></div>
<a class="btn btn-primary" href="/login">Soutenir cette interpellation</a></div>""", features={"petition"}, parent=("Droit d'interpellation", interp)))
    capco_pages.append(page("/project/enquete-jeunesse/questionnaire/questionnaire", "Enquête jeunesse", "<p>Tu as entre 11 et 25 ans et tu habites Villenave ? Dis-nous ce que tu attends de la ville.</p>"
                            + m.capco_questionnaire("/project/enquete-jeunesse/questionnaire/questionnaire", [
                                ("radio", "Quel âge as-tu ?", ["11-14 ans", "15-17 ans", "18-25 ans"]),
                                ("checkbox", "Quels lieux fréquentes-tu ?", ["L'espace jeunes", "La médiathèque", "Le stade", "Le skatepark de Langon", "Aucun"]),
                                ("select", "Combien de fois par semaine prends-tu le bus ?", ["Jamais", "1 à 2 fois", "3 fois ou plus"]),
                                ("textarea", "Qu'est-ce qui manque aux jeunes à Villenave ?", [])]),
                            features={"poll"}))
    capco = Site(VC_CAPCO, "capcollectif", "Villenave en commun", capco_pages,
                 menu=[("Accueil", "/"), ("Projets", "/projects"), ("Site de la Ville", f"http://{VC}/")],
                 features=PLATFORM, platforms=frozenset({"cap_collectif"}))
    return _city("98507", "Villenave-sur-Ciron", 9410, "33", [main, capco])


# =================================================================================================
# 98508 La Penne-des-Oliviers (Bouches-du-Rhône): WordPress (Astra), and "La Penne participe", a Go Vocal
# platform
# =================================================================================================

LP = "www.lapennedesoliviers.fr"
LP_GV = "la-penne-des-oliviers.govocal.com"


def la_penne() -> City:
    actu = ("Actualités", "/actualites/")
    vie = ("Vie municipale", "/vie-municipale/")
    main = Site(LP, "hameaux_astra", "Ville de La Penne-des-Oliviers", [
        page("/", "Accueil", """
<div class="wp-block-group"><h2 class="wp-block-heading">Bienvenue à La Penne-des-Oliviers</h2><p>Entre Garlaban et Huveaune, une ville provençale de 7 200 habitants.</p></div>
<div class="wp-block-columns"><div class="wp-block-column"><h3>Actualités</h3><ul class="wp-block-latest-posts__list wp-block-latest-posts">
<li><a class="wp-block-latest-posts__post-title" href="/2024/04/02/nouveau-sens-de-circulation-avenue-des-micocouliers/">Nouveau sens de circulation avenue des Micocouliers</a></li>
<li><a class="wp-block-latest-posts__post-title" href="/2024/03/18/les-oliviers-de-la-colline-replantes/">Les oliviers de la colline replantés</a></li></ul></div>
<div class="wp-block-column"><h3>Participer</h3><ul><li><a href="/concertation-place-des-aires/">Concertation : la place des Aires</a></li><li><a href="/questionnaire-restauration-scolaire/">Questionnaire : la restauration scolaire</a></li>
<li><a href="/je-participe/">La Penne participe</a></li></ul></div></div>"""),
        page("/actualites/", "Actualités", """<div class="ast-row">
<article class="post"><h2 class="entry-title"><a href="/2024/04/02/nouveau-sens-de-circulation-avenue-des-micocouliers/">Nouveau sens de circulation avenue des Micocouliers</a></h2></article>
<article class="post"><h2 class="entry-title"><a href="/2024/03/18/les-oliviers-de-la-colline-replantes/">Les oliviers de la colline replantés</a></h2></article></div>"""),
        page("/2024/04/02/nouveau-sens-de-circulation-avenue-des-micocouliers/", "Nouveau sens de circulation avenue des Micocouliers", f"""
<div class="entry-meta"><span class="posted-on">2 avril 2024</span></div>
<p>Depuis le 2 avril, l'avenue des Micocouliers est à sens unique entre le rond-point de l'Huveaune et l'école Marcel-Pagnol, dans le sens montant. Cet aménagement permet d'élargir les trottoirs devant l'école et de créer une bande cyclable.</p>
<p>Un premier bilan sera fait avec les riverains après les vacances de printemps.</p>
{m.share_buttons("https://" + LP + "/2024/04/02/nouveau-sens-de-circulation-avenue-des-micocouliers/", "Nouveau sens de circulation avenue des Micocouliers")}
{m.wpdiscuz(1187, [("Fabienne", "2 avril 2024 18 h 41", "Enfin des trottoirs praticables avec une poussette, merci !", 7),
                   ("Didier13", "2 avril 2024 21 h 05", "Le détour par le chemin de la Treille est long le matin pour ceux qui descendent vers Aubagne.", 3),
                   ("Mairie de La Penne", "3 avril 2024 9 h 12", "Merci pour vos retours, ils seront intégrés au bilan prévu fin avril.", 2)])}""",
             features={"comments"}, decoys={"contact_form"}, parent=actu),
        page("/2024/03/18/les-oliviers-de-la-colline-replantes/", "Les oliviers de la colline replantés", f"""
<div class="entry-meta"><span class="posted-on">18 mars 2024</span></div>
<p>Cent vingt oliviers ont été replantés sur les restanques de la colline Saint-Jean, détruites par l'incendie de 2022. Les élèves des écoles ont participé à la plantation aux côtés des agents des espaces verts et de l'association des oléiculteurs.</p>
{m.share_buttons("https://" + LP + "/2024/03/18/les-oliviers-de-la-colline-replantes/", "Les oliviers de la colline replantés")}""",
             parent=actu),
        page("/concertation-place-des-aires/", "Concertation : quel avenir pour la place des Aires ?", f"""
<p>La place des Aires, cœur historique du village, doit être réaménagée : revêtement dégradé, stationnement anarchique, manque d'ombre l'été. Avant de lancer les études, la municipalité engage une <strong>concertation</strong> avec les habitants, les commerçants et les associations.</p>
<h2>Les étapes de la concertation</h2><ol><li><strong>Avril</strong> : réunion publique de lancement le 16 avril à 18 h 30, salle Marcel-Pagnol ;</li>
<li><strong>Mai</strong> : balade urbaine et deux ateliers en petits groupes pour imaginer la future place ;</li>
<li><strong>Juin</strong> : présentation de trois scénarios et recueil des avis ;</li><li><strong>Septembre</strong> : bilan de la concertation présenté en conseil municipal.</li></ol>
<p>Un registre est aussi ouvert en mairie, et vous pouvez déposer vos contributions sur <a href="http://{LP_GV}/fr-FR/">La Penne participe</a>.</p>""",
             features={"participation_displayed"}),
        page("/questionnaire-restauration-scolaire/", "Questionnaire : la restauration scolaire", """
<p>Le marché de la restauration scolaire sera renouvelé en janvier prochain. Parents, enfants, enseignants : donnez votre avis sur les repas, les menus végétariens, les produits locaux et le temps du midi. Questionnaire ouvert jusqu'au 17 mai.</p>
""" + m.typeform("Yq2Lh7Sx"), features={"poll"}),
        page("/contact/", "Contact", """<p>Hôtel de ville – Cours Mirabeau – 13821 La Penne-des-Oliviers – 04 91 00 00 00</p>
""" + m.gravity(2, "/contact/", [("text", "Nom et prénom", True), ("email", "E-mail", True), ("phone", "Téléphone", False),
                                 ("select:Accueil|État civil|Urbanisme|Services techniques|Écoles|Autre", "Service concerné", True),
                                 ("textarea", "Votre message", True), ("consent", "J'accepte que mes données soient traitées pour répondre à ma demande.", True)]),
             features={"contact_form"}),
        page("/je-participe/", "La Penne participe", f"""
<p>La municipalité a fait de la participation des habitants un principe de son action : les projets qui transforment la ville se construisent avec vous, en réunion comme en ligne.</p>
<h2>Les instances</h2><ul><li>Le <strong>conseil des sages</strong> (habitants de plus de 60 ans) et le <strong>conseil municipal des jeunes</strong> donnent leur avis sur les projets de la ville ;</li>
<li>des <strong>comités de quartier</strong> se réunissent deux fois par an au Village, aux Bellons et à la Gavotte.</li></ul>
<h2>En ligne</h2><p>Depuis 2023, la plateforme <a href="http://{LP_GV}/fr-FR/">La Penne participe</a> (Go Vocal) recueille vos idées et vos avis sur les projets en cours.</p>""",
             features={"participation_displayed"}, decoys={"participatory_platform"}),
        page("/vie-municipale/", "Vie municipale", """<ul><li><a href="/vie-municipale/conseil-municipal/">Le conseil municipal</a></li><li><a href="/je-participe/">La Penne participe</a></li></ul>"""),
        page("/vie-municipale/conseil-municipal/", "Le conseil municipal", """<p>Le conseil municipal compte 29 élus. Les séances publiques se tiennent salle du conseil, à l'hôtel de ville.</p>
<p>Prochaine séance : mardi 9 avril 2024 à 18 h. Ordre du jour : budget primitif 2024, subventions aux associations, convention avec la Métropole pour le pluvial.</p>""",
             decoys={"participation_displayed"}, parent=vie),
        page("/demarches/", "Démarches", """<ul><li>Pièces d'identité sur rendez-vous</li><li>État civil</li><li>Inscriptions scolaires</li><li>Débroussaillement obligatoire : les règles</li></ul>"""),
        page("/agenda/", "Agenda", """<ul><li>16 avril – Réunion publique place des Aires</li><li>27 avril – Fête de l'olivier</li><li>15 juin – Feux de la Saint-Jean</li></ul>"""),
    ], menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Vie municipale", "/vie-municipale/"), ("Démarches", "/demarches/"),
             ("La Penne participe", "/je-participe/"), ("Agenda", "/agenda/"), ("Contact", "/contact/")],
        accounts=[social("facebook", "LaPenneDesOliviers", "https://www.facebook.com/LaPenneDesOliviers"),
                  social("x", "LaPenneOliviers", "https://x.com/LaPenneOliviers")],
        address="Hôtel de ville, cours Mirabeau, 13821 La Penne-des-Oliviers")

    ideas = "/fr-FR/projects/idees-pour-la-penne"
    bp = "/fr-FR/projects/budget-participatif-2025"
    idea_cards = [("/fr-FR/ideas/ombrieres-au-boulodrome", "Des ombrières au boulodrome", "14 votes · 3 commentaires"),
                  ("/fr-FR/ideas/fontaine-place-des-aires", "Remettre en eau la fontaine de la place des Aires", "31 votes · 8 commentaires")]
    bp_cards = [("/fr-FR/ideas/aire-de-jeux-inclusive", "Une aire de jeux inclusive au parc de la Gavotte", "28 000 € · 96 votes"),
                ("/fr-FR/ideas/jardin-partage-des-restanques", "Un jardin partagé sur les restanques", "9 500 € · 71 votes")]
    gv_pages = [
        page("/fr-FR/", "La Penne participe", f"""<div id="e2e-landing-page-header"><p>Bienvenue sur la plateforme de participation de La Penne-des-Oliviers.</p></div>
<div class="e2e-projects-list"><a href="{ideas}">Vos idées pour La Penne</a> <a href="{bp}">Budget participatif 2025</a> <a href="/fr-FR/projects/enquete-vie-associative">Enquête : la vie associative</a></div>"""),
        page("/fr-FR/projects", "Tous les projets", f"""<div class="e2e-projects-list"><a href="{ideas}">Vos idées pour La Penne</a> – Phase en cours : recueil d'idées
<br><a href="{bp}">Budget participatif 2025</a> – Phase en cours : vote<br><a href="/fr-FR/projects/enquete-vie-associative">Enquête : la vie associative</a> – Questionnaire</div>"""),
        page(ideas, "Vos idées pour La Penne", f"""<div class="e2e-project-description"><p>Une idée pour améliorer la vie à La Penne ? Partagez-la ! Les idées les plus soutenues sont étudiées par les élus chaque trimestre.</p></div>
<a class="e2e-idea-button" href="{ideas}/ideas/new">Soumettre une idée</a>""" + m.govocal_cards(idea_cards), features={"suggestion_call"}),
        page(f"{ideas}/ideas/new", "Soumettre une idée", m.govocal_idea_form(f"{ideas}/ideas", "idees-pour-la-penne"),
             features={"suggestion_call"}, parent=("Vos idées pour La Penne", ideas)),
    ]
    for href, title, meta in idea_cards:
        # one resident's idea: the call itself is on the project page and the form
        gv_pages.append(page(href, title, f"""<div id="e2e-idea-show"><p class="e2e-idea-meta">{meta}</p><p>Idée publiée par un habitant dans le projet « Vos idées pour La Penne ».</p>
<a class="e2e-vote-button" href="{ideas}">Retour aux idées</a></div>""", parent=("Vos idées pour La Penne", ideas)))
    gv_pages += [
        page(bp, "Budget participatif 2025", """<div class="e2e-project-description"><p>60 000 € pour des projets proposés par les habitants. Après l'analyse des services, 9 projets sont soumis au vote : répartissez votre budget virtuel entre vos projets préférés jusqu'au 30 juin.</p></div>
<div class="e2e-voting-budget"><p>Votre budget : <strong>0 € / 60 000 €</strong></p></div>""" + m.govocal_cards(bp_cards), features={"participatory_budget"}),
    ]
    for href, title, meta in bp_cards:
        gv_pages.append(page(href, title, f"""<div id="e2e-idea-show"><p class="e2e-idea-meta">{meta}</p><p>Projet soumis au vote du budget participatif 2025.</p>
<button class="e2e-add-to-basket" type="button">Ajouter à mon vote</button></div>""", features={"participatory_budget"}, parent=("Budget participatif 2025", bp)))
    gv_pages += [
        page("/fr-FR/projects/enquete-vie-associative", "Enquête : la vie associative", "<p>Vous êtes bénévole ou adhérent d'une association pennoise ? Aidez-nous à mieux vous accompagner.</p>"
             + m.govocal_survey("/fr-FR/projects/enquete-vie-associative/survey", [
                 ("radio", "Êtes-vous membre d'une association de la commune ?", ["Oui, comme bénévole", "Oui, comme adhérent", "Non"]),
                 ("checkbox", "De quoi votre association a-t-elle le plus besoin ?", ["Salles", "Matériel", "Communication", "Subventions", "Bénévoles"]),
                 ("text", "Une suggestion pour le forum des associations ?", [])]),
             features={"poll"}),
        page("/fr-FR/pages/faq", "Questions fréquentes", "<p>Qui peut participer ? Toute personne habitant, travaillant ou étudiant à La Penne-des-Oliviers, dès 15 ans. Un compte est nécessaire pour publier une idée ou voter.</p>"),
    ]
    gv = Site(LP_GV, "govocal", "La Penne participe", gv_pages, redirects={"/": "/fr-FR/"},
              menu=[("Accueil", "/fr-FR/"), ("Projets", "/fr-FR/projects"), ("FAQ", "/fr-FR/pages/faq")],
              features=PLATFORM, platforms=frozenset({"go_vocal"}))
    return _city("98508", "La Penne-des-Oliviers", 7230, "13", [main, gv])
