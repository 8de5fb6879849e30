"""The eighth part of the holdout: eight communes, 98701-98708, with their own markup (``vallons_markup``).

Labelled from docs/CODEBOOK.md alone: ``features`` are the codes a page holds, ``decoys`` the codes it looks
close to but does not hold. A borderline page carries a one-line comment with the codebook's reason. Every layout
(CMS or platform chrome) is this part's own, registered by ``vallons_markup`` under ``vallons_*`` names; every
page a commune links to on its own hosts (the city's domains and the platforms it uses) is written out here.

Labelling choices kept the same across the part:
- a page presenting one participatory budget holds ``participatory_budget``; ``participation_displayed`` is kept for
  pages presenting the approach itself (its bodies, charter, concertations, a hub listing its instruments);
- an idea box whose form sends a free-text message to the city holds both ``suggestion_call`` and ``contact_form``;
- every page of a participation platform holds ``participatory_platform`` (the site's feature), with the platform's
  components on the pages that carry them; one resident's proposal is no call for proposals;
- a board's login, registration and help pages are not the board (decoys of ``forum``).

- 98701 Aubrevilliers (Seine-Saint-Denis, 86,400): WordPress with Divi (Contact Form 7, WP-Polls and Democracy
  Poll, native comments, MailPoet), its approach under its own brand ("Aubrevilliers en commun"), a budget known
  only as "Les Graines d'Aubre", a Google Forms questionnaire, a news item naming Make.org and Fluicity, and a
  Decidim platform, jeparticipe.aubrevilliers.fr (budget vote, proposals, a survey, assemblies, comments).
- 98702 Liserac (Hérault, 48,900): SPIP 4 (forums under articles, the petitions plugin with its signatures, the
  contact plugin, a Framaforms questionnaire), a conseil des sages and comités de quartier, a budget known as "Le
  Coup de pouce des quartiers", and an id-city space, liserac.id-city.com (project filing, vote, questionnaire).
- 98703 Tournevaux (Marne, 112,300): Drupal 10 (Poll, Webform, core comments), "Ensemble pour Tournevaux" (conseils
  citoyens, comités d'usagers), a "Budget des quartiers" run on CONSUL Democracy, participer.tournevaux.fr
  (investments, debates, proposals, a votation), and a concertation on Consultvox, tournevaux.consultvox.co.
- 98704 Hautvallon (Moselle, 24,600): Joomla 3 with Protostar (the poll module and com_poll, com_contact), a conseil
  des sages, a phpBB board, forum.hautvallon.fr (topics, posting, login), and a Jenparle concertation,
  hautvallon.jenparle.net (questionnaire, ideas).
- 98705 Champlagne-sur-Sèvre (Deux-Sèvres, 21,300): a Neopse (Cosmos) site with little more than a contact form;
  its other pages are the usual decoys (council, budget, census, elections, neighbourhood watch, forum des
  associations, contests, newsletter).
- 98706 Roquebrenne (Var, 54,700): TYPO3 with the Bootstrap Package (powermail, the form framework, Facebook
  comments, Typeform, Tally and Microsoft Forms surveys), "Roquebrenne participe", a budget called "Mon projet pour
  Roquebrenne" on Cap Collectif, roquebrenne.cap-collectif.com (filing, vote, questionnaire, interpellations).
- 98707 Sainte-Orlène (Haute-Garonne, 167,800): a Stratis site with a Publik portal (demarches.sainte-orlene.fr:
  contact form, idea box), "La Fabrique citoyenne", a right of interpellation, the Ensembl' neighbours' network,
  and the city's own white-label platform "Dialogue", dialogue.sainte-orlene.fr, an empty application shell drawn
  by a script from a JSON API (budget vote, petitions, a questionnaire, ideas), served through ``hosts()``.
- 98708 Plouzével (Finistère, 38,200): WordPress with Kadence (YOP Poll, Gravity Forms, Disqus, Brevo, an Eval&GO
  survey), "Plouzével, c'est vous !", a budget called "Plouzével en projets" on Go Vocal, plouzevel.govocal.com, a
  MyBB board, forum.plouzevel.bzh, and the neighbours' network the commune runs with Smiile, voisins.plouzevel.bzh.
"""
import json
from html import escape

from ..site import City, Site, page, social
from ..web import Reply, SiteHost
from . import vallons_markup as m

REGIONS = {"93": ("11", "Île-de-France"), "34": ("76", "Occitanie"), "51": ("44", "Grand Est"),
           "57": ("44", "Grand Est"), "79": ("75", "Nouvelle-Aquitaine"), "83": ("93", "Provence-Alpes-Côte d'Azur"),
           "31": ("76", "Occitanie"), "29": ("53", "Bretagne")}

CF, PD, FO, CO, PO = "contact_form", "participation_displayed", "forum", "comments", "poll"
PE, SC, PB, PP, TSN = "petition", "suggestion_call", "participatory_budget", "participatory_platform", \
    "territorial_social_network"
PLATFORM = frozenset({PP})
BOARD = frozenset({FO})


def _city(code, name, population, departement, sites, **kw):
    region, region_name = REGIONS[departement]
    return City(code, name, population, departement, region, region_name, f"http://{sites[0].host}/", sites,
                population_year=2022, **kw)


def cities():
    return [aubrevilliers(), liserac(), tournevaux(), hautvallon(), champlagne(), roquebrenne(), sainte_orlene(),
            plouzevel()]


def _legal(path, publisher, hosting):
    return page(path, "Mentions légales", f"""
<h2>Éditeur</h2><p>{publisher}. Directeur de la publication : le maire.</p>
<h2>Hébergement</h2><p>{hosting}</p>
<h2>Données personnelles</h2><p>Les informations recueillies par les formulaires de ce site sont traitées par les services
municipaux pour répondre à vos demandes. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès du
délégué à la protection des données de la commune.</p>
<h2>Crédits</h2><p>Photographies : service communication, sauf mention contraire.</p>""")


# =================================================================================================================
# 98701 Aubrevilliers: WordPress (Divi) and Decidim

AUB = "www.aubrevilliers.fr"
AUB_JP = "jeparticipe.aubrevilliers.fr"


def aubrevilliers():
    return _city("98701", "Aubrevilliers", 86_400, "93", [_aub_www(), _aub_decidim()],
                 decoy_accounts=("https://www.facebook.com/maisondesassosaubre",))


def _aub_sidebar_poll():
    return m.wp_polls(12, "Quel horaire préférez-vous pour la future navette du dimanche ?",
                      [(48, "Entre 9 h et 13 h"), (49, "Entre 10 h et 18 h"), (50, "Toute la journée, toutes les 30 minutes")])


def _aub_www():
    jp = f"http://{AUB_JP}"
    pages = [
        # home: a teaser to the budget's vote is a link, not the budget; the WP-Polls widget is a working poll
        page("/", "Accueil", f"""
<div class="et_pb_section et_pb_section_0"><div class="et_pb_row"><div class="et_pb_column et_pb_column_2_3">
<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h2>Bienvenue à Aubrevilliers</h2>
<p>Retrouvez ici les actualités de la ville, vos démarches et les rendez-vous des quartiers.</p></div></div>
<div class="et_pb_module et_pb_blog_grid_wrapper"><h3>À la une</h3>
{m.teasers([("/2025/03/18/gymnase-jean-bouin-les-travaux-demarrent/", "Gymnase Jean-Bouin : les travaux démarrent", "Livraison prévue à la rentrée 2026."),
            ("/2025/05/06/questionnaire-quartier-de-la-gare/", "Quartier de la Gare : un questionnaire pour préparer l'étude", "Jusqu'au 30 juin."),
            (f"{jp}/processes/graines-aubre-s3", "Les Graines d'Aubre : c'est le moment de voter", "Sur la plateforme jeparticipe."),
            ("/actualites/", "Toutes les actualités", "")], "et_pb_blog_list")}
</div></div>
<div class="et_pb_column et_pb_column_1_3"><div class="et_pb_widget_area et_pb_widget_area_right"><div id="polls-widget-2" class="et_pb_widget widget_polls-widget"><h4 class="widgettitle">Sondage</h4>
{_aub_sidebar_poll()}
<ul><li><a href="/2024/11/05/resultats-du-sondage-horaires-du-marche/">Résultats du précédent sondage</a></li></ul></div></div></div>
</div></div>""", features={PO}, decoys={PB}),
        page("/aubrevilliers-en-commun/", "Aubrevilliers en commun", f"""
<p class="lead">Aubrevilliers en commun, c'est la façon dont la municipalité associe les habitantes et les habitants aux décisions qui
touchent leur quotidien. Depuis 2021, une adjointe est chargée de la vie des quartiers et de la démocratie locale, et une charte fixe
ce que la ville s'engage à faire de vos avis.</p>
<h2>Les instances</h2>
<p>Six conseils de quartier se réunissent en séance publique trois fois par an ; le conseil des aînés donne son avis sur les projets
qui concernent les plus de 65 ans ; un conseil des jeunes réunit 34 collégiens et lycéens.</p>
<h2>Les outils</h2>
{m.teasers([("/aubrevilliers-en-commun/conseils-de-quartier/", "Les conseils de quartier", "Composition, calendrier, comptes rendus."),
            ("/aubrevilliers-en-commun/conseil-des-aines/", "Le conseil des aînés", "Vingt-quatre membres, deux commissions."),
            ("/aubrevilliers-en-commun/les-graines-d-aubre/", "Les Graines d'Aubre", "Des projets d'habitants financés par la ville."),
            ("/aubrevilliers-en-commun/boite-a-idees/", "La boîte à idées", "Une suggestion ? Écrivez-nous."),
            (f"{jp}/", "La plateforme jeparticipe", "Concertations, propositions et votes en ligne.")])}
<h2>La charte</h2>
<p>Adoptée en conseil municipal en mars 2022, la charte engage la ville à publier un compte rendu de chaque concertation et à expliquer
pourquoi une proposition n'est pas retenue.</p>""", features={PD}),
        page("/aubrevilliers-en-commun/conseils-de-quartier/", "Les conseils de quartier", """
<p>La ville compte six conseils de quartier : Centre, Canal, Gare, Plateau, Fort et Bois-Joli. Chacun réunit des habitants
volontaires, des représentants d'associations et deux élus référents. Ils sont ouverts à toute personne qui vit ou travaille dans
le quartier, dès 16 ans.</p>
<h2>À quoi servent-ils ?</h2>
<ul><li>donner un avis sur les projets d'aménagement du quartier avant leur lancement ;</li>
<li>faire remonter les difficultés du quotidien (propreté, circulation, éclairage) ;</li>
<li>monter des projets avec les services, par exemple les fêtes de quartier ou des jardins partagés.</li></ul>
<h2>Prochaines séances</h2>
<table><tr><th>Quartier</th><th>Date</th><th>Lieu</th></tr>
<tr><td>Canal</td><td>mardi 14 octobre, 19 h</td><td>Maison de quartier du Canal</td></tr>
<tr><td>Plateau</td><td>jeudi 16 octobre, 19 h</td><td>École Louise-Michel</td></tr></table>
<p>Pour rejoindre un conseil, il suffit de venir à une séance ou de laisser vos coordonnées à l'accueil de la mairie.</p>""",
             features={PD}, parent=("Aubrevilliers en commun", "/aubrevilliers-en-commun/")),
        # a body of residents under a title with no participation word: the codebook lists such bodies
        page("/aubrevilliers-en-commun/conseil-des-aines/", "Le conseil des aînés", """
<p>Créé en 2019, le conseil des aînés réunit vingt-quatre Aubrevillois de plus de 65 ans, désignés après un appel au volontariat
pour trois ans. Il est consulté par le maire sur les projets qui touchent les seniors : transports, logement adapté, animations,
accessibilité des équipements.</p>
<p>Il travaille en deux commissions, « Vivre chez soi » et « Bouger en ville », et présente chaque année un rapport d'activité au
conseil municipal. En 2024, ses propositions ont conduit à installer des bancs le long de l'avenue du Canal et à créer une ligne de
navette vers le marché.</p>""", features={PD}, parent=("Aubrevilliers en commun", "/aubrevilliers-en-commun/")),
        # a budget known only by its local name: residents file projects, then vote
        page("/aubrevilliers-en-commun/les-graines-d-aubre/", "Les Graines d'Aubre", f"""
<p class="lead">Les Graines d'Aubre, ce sont 600 000 euros du budget d'investissement de la ville confiés aux projets des habitants.
Après deux saisons et vingt-six réalisations, la troisième édition est lancée.</p>
<h2>Comment ça marche ?</h2>
<ol><li>De janvier à mars, chacun peut déposer un projet d'intérêt général pour son quartier ou pour toute la ville.</li>
<li>Au printemps, les services étudient la faisabilité et le coût de chaque projet avec son porteur.</li>
<li>Du 2 au 23 juin, tous les habitants de plus de 11 ans votent pour leurs projets préférés.</li>
<li>Les projets qui arrivent en tête sont réalisés dans les deux ans, dans la limite de l'enveloppe.</li></ol>
<h2>Où en est-on ?</h2>
<p>Le vote de la saison 3 est ouvert : 31 projets sont soumis aux votes des habitants sur <a href="{jp}/processes/graines-aubre-s3">jeparticipe.aubrevilliers.fr</a>
et dans les maisons de quartier, où des urnes sont installées.</p>
<p><a href="/2024/07/08/graines-d-aubre-les-laureats-de-la-saison-2/">Découvrir les lauréats de la saison 2</a></p>""",
             features={PB}, parent=("Aubrevilliers en commun", "/aubrevilliers-en-commun/")),
        # an idea box: an explicit call for ideas, whose form sends a free-text message to the city
        page("/aubrevilliers-en-commun/boite-a-idees/", "Une idée pour Aubrevilliers ? Déposez-la !", f"""
<p>Un aménagement qui manque dans votre rue, un service à améliorer, une animation à créer ? Déposez vos idées : chaque suggestion est
lue par le service Vie des quartiers et transmise à l'élu concerné. Une réponse vous est faite sous un mois.</p>
{m.cf7(2231, 412, "/aubrevilliers-en-commun/boite-a-idees/", [
    ("text", "your-name", "Votre nom", ()), ("email", "your-email", "Votre adresse e-mail", ()),
    ("select", "quartier", "Votre quartier", ("Centre", "Canal", "Gare", "Plateau", "Fort", "Bois-Joli")),
    ("textarea", "your-idea", "Votre idée", ()),
    ("acceptance", "rgpd", "J'accepte que mes données soient utilisées pour traiter ma suggestion.", ())],
    "Envoyer mon idée", "Boîte à idées")}""", features={SC, CF}, parent=("Aubrevilliers en commun", "/aubrevilliers-en-commun/")),
        page("/contact/", "Contacter la mairie", f"""
<p>Hôtel de ville, 1 place de la République. Accueil du lundi au vendredi de 8 h 30 à 17 h 30, le samedi de 9 h à 12 h.</p>
{m.cf7(14, 27, "/contact/", [
    ("text", "your-name", "Votre nom (obligatoire)", ()), ("email", "your-email", "Votre e-mail (obligatoire)", ()),
    ("text", "your-subject", "Objet", ()),
    ("select", "service", "Service concerné", ("État civil", "Urbanisme", "Enfance", "Voirie", "Autre")),
    ("textarea", "your-message", "Votre message", ())])}""", features={CF}),
        page("/actualites/", "Actualités", f"""
<div class="et_pb_row"><div class="et_pb_column et_pb_column_2_3">
{m.teasers([("/2025/03/18/gymnase-jean-bouin-les-travaux-demarrent/", "Gymnase Jean-Bouin : les travaux démarrent", "18 mars 2025"),
            ("/2025/05/06/questionnaire-quartier-de-la-gare/", "Quartier de la Gare : un questionnaire pour préparer l'étude", "6 mai 2025"),
            ("/2025/04/02/fete-des-voisins-2025/", "Fête des voisins : inscrivez votre immeuble", "2 avril 2025"),
            ("/2025/01/20/participation-citoyenne-devenez-referent/", "Participation citoyenne : devenez référent de votre rue", "20 janvier 2025"),
            ("/2025/01/15/budget-primitif-2025/", "Budget primitif 2025 : les grandes orientations", "15 janvier 2025"),
            ("/vie-associative/appel-a-projets-associatifs-2025/", "Appel à projets associatifs 2025", "8 janvier 2025"),
            ("/2025/02/12/consultation-nationale-sur-l-alimentation/", "Une consultation nationale sur l'alimentation", "12 février 2025"),
            ("/2024/11/05/resultats-du-sondage-horaires-du-marche/", "Horaires du marché : les résultats du sondage", "5 novembre 2024"),
            ("/2024/07/08/graines-d-aubre-les-laureats-de-la-saison-2/", "Graines d'Aubre : les lauréats de la saison 2", "8 juillet 2024")], "et_pb_blog_list")}
</div><div class="et_pb_column et_pb_column_1_3"><div class="et_pb_widget_area"><div id="democracy-widget-3" class="et_pb_widget widget_democracy"><h4 class="widgettitle">Votre avis</h4>
{m.democracy_poll(4, "Faut-il étendre les horaires d'ouverture de la médiathèque le samedi ?",
                  [(11, "Oui, jusqu'à 19 h"), (12, "Oui, et ouvrir aussi le dimanche matin"), (13, "Non, les horaires actuels suffisent")],
                  "Sondage ouvert jusqu'au 31 mai.")}
</div></div></div></div>""", features={PO}),
        # comments under a news item; the conseil de quartier is named once, in passing
        page("/2025/03/18/gymnase-jean-bouin-les-travaux-demarrent/", "Gymnase Jean-Bouin : les travaux démarrent", f"""
<p class="post-meta">Publié le 18 mars 2025 | Travaux</p>
<p>Le chantier de rénovation du gymnase Jean-Bouin a commencé lundi. La toiture sera refaite, l'isolation renforcée et les vestiaires
rendus accessibles aux personnes à mobilité réduite. Les clubs sont accueillis au complexe du Fort pendant la durée des travaux.</p>
<p>Coût de l'opération : 2,4 millions d'euros, dont 900 000 euros de subventions de la région et de l'État. Le projet avait été
présenté au conseil de quartier du Canal en janvier.</p>
{m.wp_comments(1873, "Gymnase Jean-Bouin : les travaux démarrent", [
    ("Karim B.", "19 mars 2025 à 8 h 12 min", "Enfin ! Les vestiaires étaient dans un état lamentable. Merci pour les créneaux au Fort."),
    ("Sophie", "19 mars 2025 à 21 h 40 min", "Est-ce que le mur d'escalade sera conservé après les travaux ?")])}""",
             features={CO}, decoys={PD}),
        # comments closed and none published: no comments
        page("/2025/04/02/fete-des-voisins-2025/", "Fête des voisins : inscrivez votre immeuble", f"""
<p class="post-meta">Publié le 2 avril 2025 | Vie des quartiers</p>
<p>La Fête des voisins aura lieu le vendredi 23 mai. La ville prête des tables, des chaises et des kits de décoration aux immeubles et
aux rues qui s'inscrivent avant le 9 mai auprès du service Vie des quartiers.</p>
{m.wp_comments(1902, "Fête des voisins : inscrivez votre immeuble", [], open_=False)}""", decoys={CO}),
        # the police's neighbourhood-watch scheme, not the city's participatory approach
        page("/2025/01/20/participation-citoyenne-devenez-referent/", "Participation citoyenne : devenez référent de votre rue", """
<p class="post-meta">Publié le 20 janvier 2025 | Tranquillité publique</p>
<p>La ville, la préfecture et le commissariat ont signé le protocole « Participation citoyenne ». Des habitants volontaires, les
citoyens référents, deviennent le relais entre leurs voisins et la police nationale : ils signalent les démarchages suspects, les
véhicules qui tournent dans le quartier, les cambriolages.</p>
<p>Le référent veille mais ne surveille pas : il n'intervient jamais lui-même. Pour vous porter volontaire, adressez-vous à la police
municipale, 12 rue Jean-Jaurès.</p>""", decoys={PD}),
        page("/2025/01/15/budget-primitif-2025/", "Budget primitif 2025 : les grandes orientations", """
<p class="post-meta">Publié le 15 janvier 2025 | Finances</p>
<p>Le conseil municipal a adopté le budget primitif 2025 le 12 décembre : 148 millions d'euros, dont 41 millions d'investissement.
Les taux d'imposition restent inchangés pour la sixième année.</p>
<p>Les principales dépenses d'équipement portent sur la rénovation des écoles (9,2 M€), le gymnase Jean-Bouin (2,4 M€) et le
plan vélo (1,8 M€). Le compte administratif 2024 sera présenté en juin.</p>""", decoys={PB}),
        # results of an edition: the page presents the participatory budget and the projects residents voted
        page("/2024/07/08/graines-d-aubre-les-laureats-de-la-saison-2/", "Graines d'Aubre : les lauréats de la saison 2", """
<p class="post-meta">Publié le 8 juillet 2024 | Aubrevilliers en commun</p>
<p>4 812 habitants ont voté pour la deuxième saison des Graines d'Aubre, le budget que la ville confie aux projets proposés par ses
habitants. Douze projets, choisis parmi les 38 soumis au vote, seront réalisés avec les 600 000 euros de l'enveloppe.</p>
<ol><li>Des fontaines à eau dans les parcs (1 243 voix)</li><li>Un terrain de basket 3x3 au Plateau (1 102 voix)</li>
<li>Une boîte à livres dans chaque école (987 voix)</li><li>Des abris pour vélos près de la gare (954 voix)</li></ol>
<p>Merci aux porteurs de projets et à toutes celles et ceux qui ont voté. Rendez-vous en janvier pour la saison 3.</p>""",
             features={PB}),
        page("/vie-associative/appel-a-projets-associatifs-2025/", "Appel à projets associatifs 2025", """
<p>Les associations aubrevilloises peuvent déposer jusqu'au 28 février leur dossier de demande de subvention pour leurs projets de
l'année. Le dossier comprend le budget prévisionnel de l'action, les statuts et le dernier bilan approuvé.</p>
<p>Les demandes sont examinées par la commission Vie associative, puis votées par le conseil municipal en avril. Renseignements :
Maison des associations, <a href="https://www.facebook.com/maisondesassosaubre">sur sa page Facebook</a> ou au 01 48 00 21 40.</p>""",
             decoys={SC, PB}),
        # a national consultation relayed, and platforms named: neither the city's platform nor its approach
        page("/2025/02/12/consultation-nationale-sur-l-alimentation/", "Une consultation nationale sur l'alimentation", """
<p class="post-meta">Publié le 12 février 2025 | Santé</p>
<p>Comment mieux manger sans dépenser plus ? L'association Make.org a ouvert une grande consultation nationale sur l'alimentation,
à laquelle chacun peut contribuer en ligne sur make.org jusqu'au 31 mars. Les propositions les plus
soutenues seront remises au gouvernement.</p>
<p>Le centre communal d'action sociale relaie cette consultation auprès des familles qu'il accompagne. À Aubrevilliers, l'application
Fluicity, utilisée jusqu'en 2022, a laissé la place à la plateforme jeparticipe.</p>""", decoys={PP, PD}),
        page("/newsletter/", "La lettre d'Aubrevilliers", f"""
<p>Chaque vendredi, recevez les actualités de la ville et l'agenda du week-end.</p>
{m.mailpoet(3)}""", decoys={CF}),
        page("/la-ville/conseil-municipal/", "Le conseil municipal", """
<p>Le conseil municipal compte 45 élus. Il se réunit environ six fois par an, en séance publique, à l'hôtel de ville. Les séances
sont retransmises en direct sur la chaîne YouTube de la ville.</p>
<h2>Prochaine séance</h2><p>Jeudi 19 juin à 19 h. Ordre du jour : compte administratif 2024, tarifs des accueils de loisirs,
convention avec le département pour le collège du Fort.</p>
<p>Les procès-verbaux des séances sont consultables à l'accueil de la mairie.</p>""", decoys={PD}),
        # a poll whose voting is over: its results only
        page("/2024/11/05/resultats-du-sondage-horaires-du-marche/", "Horaires du marché : les résultats du sondage", f"""
<p class="post-meta">Publié le 5 novembre 2024 | Commerce</p>
<p>Vous avez été 1 126 à répondre au sondage de septembre. Le marché du Centre ouvrira désormais à 7 h 30 le dimanche.</p>
{m.wp_polls_results(9, "À quelle heure le marché du dimanche devrait-il ouvrir ?",
                    [("7 h", 18, 203), ("7 h 30", 51, 574), ("8 h", 31, 349)], 1126)}""", decoys={PO}),
        # a questionnaire embedded from Google Forms
        page("/2025/05/06/questionnaire-quartier-de-la-gare/", "Quartier de la Gare : un questionnaire pour préparer l'étude", f"""
<p class="post-meta">Publié le 6 mai 2025 | Urbanisme</p>
<p>Avant de lancer l'étude sur l'avenir du quartier de la Gare, la ville veut connaître vos habitudes : comment vous y venez, ce qui
vous manque, ce que vous aimeriez y trouver. Répondez au questionnaire ci-dessous avant le 30 juin ; il prend dix minutes.</p>
{m.google_form("1FAIpQLSd8xK2mN4vR7tY1uQ9wE3aZ6cB0hJ5gF8kL2pO4iU7yT1rEw", "Questionnaire quartier de la Gare")}""",
             features={PO}),
        _legal("/mentions-legales/", "Ville d'Aubrevilliers, 1 place de la République, 93000 Aubrevilliers",
               "OVH SAS, 2 rue Kellermann, 59100 Roubaix"),
    ]
    return Site(AUB, "vallons_wp_divi", "Ville d'Aubrevilliers", pages=pages,
                menu=[("Actualités", "/actualites/"), ("Aubrevilliers en commun", "/aubrevilliers-en-commun/"),
                      ("Conseil municipal", "/la-ville/conseil-municipal/"), ("Je participe", f"http://{AUB_JP}/"),
                      ("Newsletter", "/newsletter/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "VilledAubrevilliers"), social("instagram", "aubrevilliers"),
                          social("x", "Aubrevilliers93", "https://twitter.com/Aubrevilliers93"),
                          social("youtube", "villedaubrevilliers"), social("linkedin", "ville-d-aubrevilliers")],
                address="Hôtel de ville, 1 place de la République, 93000 Aubrevilliers")


def _aub_decidim():
    bp, cid, bid = "graines-aubre-s3", 41, 7
    velo = "plan-velo"
    projects = [(118, "Des arbres fruitiers au square Rosa-Parks", "38 000", "Canal"),
                (124, "Une aire de jeux inclusive au parc du Fort", "95 000", "Fort")]
    proposals = [(903, "Un double sens cyclable rue Voltaire", "Inès M.", 6, 41),
                 (911, "Des arceaux vélos devant chaque école", "Collectif Vélo Aubre", 2, 88)]
    pages = [
        page("/", "Jeparticipe Aubrevilliers", f"""
<div class="home__section"><h2 class="h2">Participez à la vie d'Aubrevilliers</h2>
<p>Consultez les concertations en cours, proposez, commentez et votez.</p></div>
<div class="home__section"><h2 class="h3">Processus en cours</h2>
{m.teasers([(f"/processes/{bp}", "Les Graines d'Aubre - saison 3", "Phase en cours : vote des projets, jusqu'au 23 juin"),
            (f"/processes/{velo}", "Plan vélo 2025-2030", "Phase en cours : propositions et questionnaire")], "card__grid")}</div>
<p><a href="/processes">Voir tous les processus</a></p>""", platforms={"decidim"}),
        page("/processes", "Processus participatifs", m.teasers([
            (f"/processes/{bp}", "Les Graines d'Aubre - saison 3", "Vote des projets"),
            (f"/processes/{velo}", "Plan vélo 2025-2030", "Propositions"),
        ], "card__grid"), platforms={"decidim"}),
        page(f"/processes/{bp}", "Les Graines d'Aubre - saison 3", f"""
<div class="editor-content"><p>600 000 € pour les projets des Aubrevillois. 31 projets déposés par les habitants et étudiés par les
services sont soumis au vote jusqu'au 23 juin. Choisissez jusqu'à quatre projets pour votre quartier.</p></div>
<div class="process__steps"><ol><li>Dépôt des projets (terminé)</li><li>Étude de faisabilité (terminé)</li><li class="is-active">Vote</li><li>Résultats</li></ol></div>
<p><a class="button button__sm button__secondary" href="/processes/{bp}/f/{cid}/budgets/{bid}/projects">Voir les projets et voter</a></p>""",
             features={PB}, platforms={"decidim"}, parent=("Processus", "/processes")),
        page(f"/processes/{bp}/f/{cid}/budgets/{bid}/projects", "Projets pour le quartier du Canal et la ville",
             m.decidim_budget_projects(bp, cid, bid, projects, 120000), features={PB}, platforms={"decidim"},
             parent=("Les Graines d'Aubre - saison 3", f"/processes/{bp}")),
        page(f"/processes/{bp}/f/{cid}/budgets/{bid}/projects/118", "Des arbres fruitiers au square Rosa-Parks", f"""
<div class="layout-item__main"><div class="editor-content"><p>Planter huit pommiers et poiriers au square Rosa-Parks, avec des bacs de
plantes aromatiques entretenus par l'école voisine et l'association du jardin partagé.</p></div>
<div class="project__aside"><span class="project__budget">38 000 €</span><span>Secteur : Canal</span><span>214 votes</span>
<div id="project-118-budget-button"><button class="button button__sm button__transparent-secondary budget__list--action" data-toggle="loginModal">Ajouter</button></div></div></div>
{m.decidim_comments("Decidim-Budgets-Project", 118, [("Lucie R.", "03/06/2025 18:22", "Belle idée, mais qui récoltera les fruits ?"),
                                                     ("Jardin partagé du Canal", "04/06/2025 09:10", "Nous organiserons une cueillette ouverte à tous chaque automne.")],
                     "Z2lkOi8vZGVjaWRpbS9EZWNpZGltOjpCdWRnZXRzOjpQcm9qZWN0LzExOA")}""",
             features={PB, CO}, platforms={"decidim"}, parent=("Projets", f"/processes/{bp}/f/{cid}/budgets/{bid}/projects")),
        page(f"/processes/{bp}/f/{cid}/budgets/{bid}/projects/124", "Une aire de jeux inclusive au parc du Fort", """
<div class="layout-item__main"><div class="editor-content"><p>Remplacer les jeux du parc du Fort par des équipements accessibles aux enfants en
fauteuil et aux enfants avec des troubles sensoriels : balançoire nid, panneaux tactiles, sol souple.</p></div>
<div class="project__aside"><span class="project__budget">95 000 €</span><span>Secteur : Fort</span><span>187 votes</span>
<div id="project-124-budget-button"><button class="button button__sm button__transparent-secondary budget__list--action" data-toggle="loginModal">Ajouter</button></div></div></div>""",
             features={PB}, platforms={"decidim"}, parent=("Projets", f"/processes/{bp}/f/{cid}/budgets/{bid}/projects")),
        # the process page of a concertation: it presents the approach it runs
        page(f"/processes/{velo}", "Plan vélo 2025-2030", f"""
<div class="editor-content"><p>La ville prépare son plan vélo pour les cinq prochaines années. Cette concertation est ouverte jusqu'au
15 juillet : faites vos propositions d'itinéraires et d'équipements, commentez celles des autres et répondez au questionnaire sur
vos déplacements. Une réunion publique de restitution aura lieu en septembre.</p></div>
{m.teasers([(f"/processes/{velo}/f/52/proposals", "Propositions", "2 propositions"),
            (f"/processes/{velo}/f/53/", "Questionnaire sur vos déplacements", "")], "process-nav")}""",
             features={PD}, platforms={"decidim"}, parent=("Processus", "/processes")),
        page(f"/processes/{velo}/f/52/proposals", "Propositions", f"""
<div class="editor-content"><p>Un itinéraire à créer, un carrefour à sécuriser, un stationnement à installer ? Faites vos propositions :
elles seront étudiées par le service mobilités et présentées en réunion publique.</p></div>
{m.decidim_proposals(velo, 52, proposals)}""", features={SC}, platforms={"decidim"}, parent=("Plan vélo 2025-2030", f"/processes/{velo}")),
        # one resident's proposal, commented: not a call for proposals
        page(f"/processes/{velo}/f/52/proposals/903", "Un double sens cyclable rue Voltaire", f"""
<div class="layout-item__main"><div class="editor-content"><p>La rue Voltaire est le chemin le plus court entre la gare et le collège, mais elle
est en sens unique. Un double sens cyclable éviterait aux élèves de passer par le boulevard.</p></div>
<div class="proposal__aside"><span>41 soutiens</span><span>Auteur : Inès M.</span></div></div>
{m.decidim_comments("Decidim-Proposals-Proposal", 903, [("Marc D.", "12/05/2025 07:55", "Oui, et il faudrait un marquage au sol bien visible."),
                                                        ("Nadia", "12/05/2025 12:30", "Attention aux voitures qui sortent du parking du marché.")],
                     "Z2lkOi8vZGVjaWRpbS9EZWNpZGltOjpQcm9wb3NhbHM6OlByb3Bvc2FsLzkwMw")}""",
             features={CO}, decoys={SC}, platforms={"decidim"}, parent=("Propositions", f"/processes/{velo}/f/52/proposals")),
        page(f"/processes/{velo}/f/52/proposals/911", "Des arceaux vélos devant chaque école", """
<div class="layout-item__main"><div class="editor-content"><p>Installer au moins dix arceaux devant chaque groupe scolaire, pour que les parents et
les enfants puissent attacher leurs vélos en sécurité.</p></div>
<div class="proposal__aside"><span>88 soutiens</span><span>Auteur : Collectif Vélo Aubre</span></div></div>""",
             decoys={SC}, platforms={"decidim"}, parent=("Propositions", f"/processes/{velo}/f/52/proposals")),
        page(f"/processes/{velo}/f/53/", "Questionnaire sur vos déplacements", m.decidim_survey(velo, 53, [
            ("Combien de fois par semaine circulez-vous à vélo à Aubrevilliers ?", ["Jamais", "Une à deux fois", "Trois fois ou plus"]),
            ("Qu'est-ce qui vous empêche le plus de prendre le vélo ?", ["Le manque de pistes", "La peur des voitures", "Le stationnement", "Rien"]),
            ("Quel aménagement serait prioritaire ?", ["Des pistes séparées", "Des zones 30", "Des parkings sécurisés"])],
            "Ce questionnaire est anonyme. Vos réponses nous aideront à choisir les premiers aménagements du plan vélo."),
             features={PO}, platforms={"decidim"}, parent=("Plan vélo 2025-2030", f"/processes/{velo}")),
        # the platform's list of the city's standing bodies, with what they do: the approach
        page("/assemblies", "Assemblées", """
<div class="editor-content"><p>Les assemblées sont les instances permanentes de la démocratie locale à Aubrevilliers : les six conseils de quartier,
le conseil des aînés et le conseil des jeunes. Retrouvez ici leurs membres, leurs réunions publiques et leurs comptes rendus.</p></div>
<ul class="card__grid"><li>Conseils de quartier - 6 instances, 214 membres</li><li>Conseil des aînés - 24 membres</li><li>Conseil des jeunes - 34 membres</li></ul>""",
             features={PD}, platforms={"decidim"}),
        page("/users/sign_in", "Se connecter", m.login_form("/users/sign_in", "user[email]", "user[password]"),
             decoys={CF}, platforms={"decidim"}),
        page("/pages/terms-of-service", "Conditions d'utilisation", """
<div class="editor-content"><p>La plateforme jeparticipe.aubrevilliers.fr est éditée par la Ville d'Aubrevilliers. Toute personne peut consulter
les contenus ; pour proposer, commenter ou voter, il faut créer un compte et accepter la charte de modération.</p>
<p>Les contributions injurieuses, diffamatoires ou sans rapport avec la concertation sont retirées.</p></div>""", platforms={"decidim"}),
    ]
    return Site(AUB_JP, "vallons_decidim", "Jeparticipe Aubrevilliers", pages=pages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies")],
                features=PLATFORM, platforms=frozenset({"decidim"}))


# =================================================================================================================
# 98702 Liserac: SPIP 4 and an id-city space

LIS = "www.ville-liserac.fr"
LIS_IDC = "liserac.id-city.com"


def liserac():
    return _city("98702", "Liserac", 48_900, "34", [_lis_www(), _lis_idcity()])


def _spip_art(intro, body, date="", author="Service communication"):
    meta = f'<p class="info-publi"><abbr class="published">{date}</abbr>, par <span class="vcard author">{author}</span></p>' if date else ""
    return f'<div class="chapo surlignable"><p>{intro}</p></div>{meta}<div class="texte surlignable">{body}</div>'


def _lis_www():
    idc = f"http://{LIS_IDC}"
    art_cq, art_trav = 58, 131
    pages = [
        # a teaser linking to the questionnaire's page is not the questionnaire
        page("/", "Accueil", f"""
<div class="sommaire">
<h2 class="h2">Actualités</h2>
{m.teasers([("/Travaux-avenue-de-la-Gare", "Travaux avenue de la Gare : ce qui change en mai", "La circulation sera alternée pendant trois semaines."),
            ("/Questionnaire-sur-les-mobilites", "Vos déplacements à Liserac : un questionnaire en ligne", ""),
            ("/Forum-des-associations-2025", "Forum des associations le 6 septembre", ""),
            ("/Recensement-de-la-population-2025", "Recensement de la population", "")], "liste-items")}
<h2 class="h2">Publications</h2>
{m.teasers([("/Compte-administratif-2024", "Compte administratif 2024", ""),
            ("/Resultats-du-questionnaire-sur-la-cantine", "Résultats du questionnaire sur la cantine", ""),
            ("/Appel-a-artistes-fresque-du-marche", "Appel à artistes : la fresque du marché couvert", ""),
            ("/Voisins-vigilants-et-solidaires", "Voisins vigilants et solidaires", "")], "liste-items")}
<h2 class="h2">Vie citoyenne</h2>
{m.teasers([("/-Vie-citoyenne-", "Toutes les instances et les outils de participation", "")], "liste-items")}
</div>""", decoys={PO}),
        # a rubrique listing the participation instruments: a hub
        page("/-Vie-citoyenne-", "Vie citoyenne", f"""
<div class="chapo"><p>À Liserac, la démocratie locale ne s'arrête pas aux élections municipales. Habitants, associations et élus se retrouvent
dans des instances de concertation, et chacun peut proposer, signer une pétition ou donner son avis en ligne.</p></div>
<div class="liste articles"><h2 class="h2">Dans cette rubrique</h2>
{m.teasers([("/Les-comites-de-quartier", "Les comités de quartier", "Quatre comités, ouverts à tous les habitants."),
            ("/Le-conseil-des-sages", "Le conseil des sages", "L'expérience des anciens au service de la ville."),
            ("/Le-Coup-de-pouce-des-quartiers", "Le Coup de pouce des quartiers", "150 000 euros pour vos projets."),
            ("/Petitions-citoyennes", "Pétitions citoyennes", "Le droit de pétition locale à Liserac."),
            ("/Boite-a-idees", "Boîte à idées", "Écrivez-nous vos suggestions.")], "liste-items")}</div>""", features={PD}),
        page("/Le-conseil-des-sages", "Le conseil des sages", _spip_art(
            "Vingt habitants de plus de 60 ans mettent leur expérience au service de la commune.", """
<p>Le conseil des sages a été créé par délibération du conseil municipal en 2016. Ses membres, dix femmes et dix hommes, sont nommés
pour trois ans après un appel à volontaires. Ils ne sont ni élus ni rémunérés.</p>
<p>Le maire le saisit des projets importants : plan de circulation, réaménagement des berges du Lez, accueil des nouveaux habitants.
Le conseil peut aussi s'autosaisir de toute question d'intérêt général et remet chaque année un avis écrit au conseil municipal.</p>
<p>Ses séances plénières, deux fois par an, sont publiques.</p>""", "12 février 2024"),
             features={PD}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        # comités de quartier, with the SPIP forum under the article (SPIP forums are both a board and comments)
        page("/Les-comites-de-quartier", "Les comités de quartier", _spip_art(
            "Quatre comités de quartier font vivre la concertation au plus près des habitants.", f"""
<p>Les comités du Centre ancien, des Aires, de la Gare et de Saint-Clément réunissent chacun une vingtaine d'habitants tirés au sort
sur les listes électorales et de volontaires. Ils sont consultés sur les travaux, la propreté et les animations de leur quartier, et
disposent chacun d'un petit budget de fonctionnement.</p>
<p>Les réunions sont ouvertes au public. Les comptes rendus sont publiés sur cette page.</p>""", "3 octobre 2024")
             + m.spip_forum_thread(art_cq, [
                 (312, "Mireille", "5 octobre 2024", "Comité de la Gare", "Quand aura lieu la prochaine réunion ? Le stationnement devant l'école pose problème.",
                  [(315, "Service Vie des quartiers", "7 octobre 2024", "Réponse", "La prochaine réunion est fixée au 21 novembre à 18 h 30, salle Camille-Claudel.", [])]),
                 (319, "Théo", "9 octobre 2024", "Tirage au sort", "Comment sait-on si on a été tiré au sort ?", [])])
             + m.spip_forum_form(art_cq, "/Les-comites-de-quartier"),
             features={PD, FO, CO}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        # a budget under a local name, with the filing of projects open: the budget and the call for projects
        page("/Le-Coup-de-pouce-des-quartiers", "Le Coup de pouce des quartiers", _spip_art(
            "150 000 euros pour des projets imaginés par les habitants.", f"""
<p>Chaque année, la commune réserve 150 000 euros de son budget d'investissement aux projets proposés par les Liseracois. Les projets
retenus après l'étude technique sont ensuite soumis au vote de tous les habitants de plus de 12 ans.</p>
<h3>Édition 2025 : déposez vos projets</h3>
<p>Vous avez jusqu'au 15 mars pour déposer votre projet sur <a href="{idc}/consultations/coup-de-pouce-2025">la plateforme de participation</a>
ou sur le formulaire papier disponible en mairie. Un projet doit relever des compétences de la commune et ne pas dépasser 40 000 euros.</p>
<p><a href="/Coup-de-pouce-les-projets-soumis-au-vote">Voir les projets soumis au vote de l'édition 2024</a></p>""", "6 janvier 2025"),
             features={PB, SC}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Coup-de-pouce-les-projets-soumis-au-vote", "Coup de pouce : les projets soumis au vote", _spip_art(
            "Dix-neuf projets ont passé l'étude technique. À vous de choisir !", f"""
<p>Le vote de l'édition 2024 du Coup de pouce des quartiers s'est tenu du 10 au 30 juin sur <a href="{idc}/">la plateforme</a> et dans les
accueils de quartier. Chaque votant disposait de trois voix.</p>
<ul><li>Un parcours de santé le long du Lez - 32 000 €</li><li>Des jardinières partagées rue Saint-Clément - 8 500 €</li>
<li>Une fresque participative sur le mur du stade - 12 000 €</li></ul>""", "2 juin 2024"),
             features={PB}, parent=("Le Coup de pouce des quartiers", "/Le-Coup-de-pouce-des-quartiers")),
        # the city's own petition space: a right of petition with a threshold, a petition open to signatures
        page("/Petitions-citoyennes", "Pétitions citoyennes", _spip_art(
            "Le droit de pétition locale permet aux habitants de saisir le conseil municipal.", """
<p>Depuis 2023, toute pétition déposée sur ce site qui recueille 500 signatures d'habitants de Liserac en six mois est inscrite à l'ordre
du jour du conseil municipal suivant. Ses auteurs y présentent leur demande.</p>
<h3>Pétition en cours : pour un passage piéton surélevé devant l'école Jean-Moulin</h3>
<p>Les parents d'élèves demandent un plateau ralentisseur et un passage protégé devant l'entrée de l'école, avenue des Aires.</p>""",
            "14 avril 2025") + m.spip_signature(7, "/Petitions-citoyennes",
                                                "Je demande l'aménagement d'un passage piéton surélevé devant l'école Jean-Moulin.", 312,
                                                [("Camille P.", "23 avril 2025"), ("Famille Roux", "22 avril 2025"), ("Ahmed", "22 avril 2025")]),
             features={PE}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Boite-a-idees", "Boîte à idées", _spip_art(
            "Vos suggestions nous intéressent.", """
<p>Une idée pour améliorer la vie à Liserac ? Proposez-la ici : elle sera transmise au service concerné et vous recevrez une réponse.</p>""")
             + m.spip_contact("/Boite-a-idees", "Le thème de votre idée", "Votre idée"),
             features={SC, CF}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Nous-ecrire", "Nous écrire", _spip_art("Une question, une démarche ? Écrivez à la mairie.", """
<p>Mairie de Liserac, place de l'Hôtel-de-Ville. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.</p>""")
             + m.spip_contact("/Nous-ecrire"), features={CF}),
        page("/Forum-des-associations-2025", "Forum des associations 2025", _spip_art(
            "Le rendez-vous de la rentrée associative.", """
<p>Le forum des associations se tiendra le samedi 6 septembre de 10 h à 18 h au gymnase des Aires. Plus de 90 associations
sportives, culturelles et solidaires présenteront leurs activités. Démonstrations toute la journée.</p>""", "20 août 2025"), decoys={FO}),
        # a questionnaire embedded from Framaforms
        page("/Questionnaire-sur-les-mobilites", "Vos déplacements à Liserac : un questionnaire en ligne", _spip_art(
            "Répondez avant le 31 mai au questionnaire sur vos déplacements.", f"""
<p>La commune révise son plan de circulation. Pour le construire à partir de vos besoins, prenez quelques minutes pour répondre à ce
questionnaire anonyme.</p>
{m.framaforms("deplacements-a-liserac-1745822011", "Questionnaire mobilités Liserac")}""", "28 avril 2025"), features={PO}),
        page("/Resultats-du-questionnaire-sur-la-cantine", "Résultats du questionnaire sur la cantine", _spip_art(
            "Vous avez été 640 familles à répondre.", """
<p>Le questionnaire de janvier sur la restauration scolaire est clos. 71 % des familles se disent satisfaites des repas ; 58 %
souhaitent davantage de produits locaux. Le nouveau marché de restauration intégrera 40 % de produits locaux dès septembre.</p>""",
            "4 mars 2025"), decoys={PO}),
        page("/Recensement-de-la-population-2025", "Recensement de la population 2025", _spip_art(
            "Le recensement se déroule du 16 janvier au 22 février.", """
<p>Si votre logement fait partie de l'échantillon, un agent recenseur muni d'une carte officielle vous remettra vos codes pour
répondre en ligne sur le site de l'Insee. Vos réponses sont confidentielles.</p>""", "6 janvier 2025"), decoys={PO}),
        page("/Compte-administratif-2024", "Compte administratif 2024", _spip_art(
            "Le conseil municipal a approuvé le compte administratif 2024.", """
<p>Les dépenses de fonctionnement s'élèvent à 52,1 millions d'euros et les dépenses d'investissement à 14,8 millions. L'excédent est
reporté au budget 2025.</p>""", "27 juin 2025"), decoys={PB}),
        page("/Appel-a-artistes-fresque-du-marche", "Appel à artistes : la fresque du marché couvert", _spip_art(
            "La commune lance un appel à artistes pour décorer le marché couvert.", """
<p>Les artistes et collectifs peuvent envoyer leur dossier de candidature (book, note d'intention, esquisse) avant le 30 juin. Un jury
désignera le lauréat, qui recevra une dotation de 8 000 euros.</p>""", "2 mai 2025"), decoys={SC}),
        page("/Voisins-vigilants-et-solidaires", "Voisins vigilants et solidaires", _spip_art(
            "Le dispositif arrive dans le quartier Saint-Clément.", """
<p>La commune adhère au dispositif Voisins vigilants et solidaires. Les habitants inscrits reçoivent les alertes de la police municipale
et peuvent signaler un fait suspect dans leur rue. Inscription auprès de la police municipale.</p>""", "9 septembre 2024"), decoys={TSN}),
        # a news item with a forum under it; the comité de quartier is named once, in passing
        page("/Travaux-avenue-de-la-Gare", "Travaux avenue de la Gare : ce qui change en mai", _spip_art(
            "La circulation sera alternée pendant trois semaines.", """
<p>À partir du 5 mai, l'avenue de la Gare est en travaux pour la réfection des réseaux d'eau et de la chaussée. La circulation est
alternée entre le rond-point des Aires et la rue Pasteur ; le marché du jeudi est déplacé place Saint-Clément.</p>
<p>Le calendrier a été présenté au comité de quartier de la Gare.</p>""", "24 avril 2025")
             + m.spip_forum_thread(art_trav, [
                 (402, "Riverain", "25 avril 2025", "Accès aux garages", "Pourra-t-on sortir nos voitures le matin ?",
                  [(405, "Mairie de Liserac", "25 avril 2025", "Réponse", "Oui, l'accès riverains est maintenu à toute heure.", [])])])
             + m.spip_forum_form(art_trav, "/Travaux-avenue-de-la-Gare"),
             features={FO, CO}, decoys={PD}),
        # SPIP's page for answering a message: the forum's posting form
        page(f"/spip.php?page=forum&id_article={art_cq}", "Répondre au message", f"""
<p>Vous répondez à un message du forum de l'article « Les comités de quartier ».</p>
{m.spip_forum_form(art_cq, f"/spip.php?page=forum&amp;id_article={art_cq}")}""", features={FO, CO}),
        page(f"/spip.php?page=forum&id_article={art_trav}", "Répondre au message", f"""
<p>Vous répondez à un message du forum de l'article « Travaux avenue de la Gare ».</p>
{m.spip_forum_form(art_trav, f"/spip.php?page=forum&amp;id_article={art_trav}")}""", features={FO, CO}),
        _legal("/Mentions-legales", "Commune de Liserac, place de l'Hôtel-de-Ville, 34000 Liserac", "Nursit, 13 rue de la Villette, 69003 Lyon"),
    ]
    return Site(LIS, "vallons_spip", "Liserac", pages=pages,
                menu=[("Actualités", "/"), ("Vie citoyenne", "/-Vie-citoyenne-"), ("Pétitions", "/Petitions-citoyennes"),
                      ("Nous écrire", "/Nous-ecrire")],
                accounts=[social("facebook", "VilleDeLiserac"), social("instagram", "ville_liserac"),
                          social("mastodon", "liserac@piaille.fr")],
                address="Mairie de Liserac, place de l'Hôtel-de-Ville, 34000 Liserac")


def _lis_idcity():
    pages = [
        page("/", "Liserac participe", f"""
<section class="idc-intro"><p>Bienvenue sur l'espace de participation de la commune de Liserac. Déposez vos projets, votez, répondez aux
consultations.</p></section>
<section class="idc-consultations"><h2>Consultations</h2>
{m.teasers([("/consultations/coup-de-pouce-2025", "Coup de pouce des quartiers 2025", "Dépôt des projets jusqu'au 15 mars"),
            ("/consultations/coup-de-pouce-2025/vote", "Coup de pouce : le vote", "Du 10 au 30 juin"),
            ("/consultations/avenir-du-parc-des-aires", "L'avenir du parc des Aires", "Questionnaire ouvert")], "idc-cards")}</section>""",
             platforms={"id_city"}),
        page("/consultations/coup-de-pouce-2025", "Coup de pouce des quartiers 2025 : déposez votre projet", """
<div class="idc-step idc-step--active"><span class="idc-step__label">Étape 1 - Dépôt des projets, jusqu'au 15 mars</span></div>
<p>Vous avez une idée de projet pour votre quartier ? Décrivez-la : titre, lieu, estimation du coût. Les services vous recontacteront
pour l'étude de faisabilité. Les projets retenus seront soumis au vote des habitants en juin.</p>
<form class="idc-form" action="/consultations/coup-de-pouce-2025/projets" method="post">
<label for="projet-titre">Titre du projet</label><input type="text" id="projet-titre" name="projet[titre]" required>
<label for="projet-quartier">Quartier</label><select id="projet-quartier" name="projet[quartier]"><option>Centre ancien</option><option>Les Aires</option><option>La Gare</option><option>Saint-Clément</option></select>
<label for="projet-description">Description du projet</label><textarea id="projet-description" name="projet[description]" rows="8" required></textarea>
<label for="projet-cout">Coût estimé (en euros)</label><input type="number" id="projet-cout" name="projet[cout]">
<button type="submit" class="idc-btn">Déposer mon projet</button></form>
<div class="idc-list"><h2>Projets déposés (27)</h2><ul><li>Un abri pour les boulistes du Centre ancien</li><li>Des toilettes publiques au parc des Aires</li></ul></div>""",
             features={PB, SC}, platforms={"id_city"}),
        page("/consultations/coup-de-pouce-2025/vote", "Coup de pouce : le vote", """
<div class="idc-step"><span class="idc-step__label">Étape 3 - Vote, du 10 au 30 juin</span></div>
<p>Chaque habitant de plus de 12 ans dispose de trois voix à répartir entre les projets retenus. Le vote ouvrira le 10 juin.</p>
<ul class="idc-projects"><li><strong>Un abri pour les boulistes du Centre ancien</strong> - 18 000 €</li><li><strong>Des toilettes publiques au parc des Aires</strong> - 35 000 €</li></ul>""",
             features={PB}, platforms={"id_city"}),
        page("/consultations/avenir-du-parc-des-aires", "L'avenir du parc des Aires", """
<p>Le parc des Aires va être réaménagé en 2026. Avant de dessiner le projet, la commune veut savoir comment vous l'utilisez.</p>
<form class="idc-questionnaire" action="/consultations/avenir-du-parc-des-aires/reponses" method="post">
<fieldset><legend>1. À quelle fréquence venez-vous au parc ?</legend>
<label><input type="radio" name="q1" value="jour"> Tous les jours</label><label><input type="radio" name="q1" value="semaine"> Chaque semaine</label><label><input type="radio" name="q1" value="rarement"> Rarement</label></fieldset>
<fieldset><legend>2. Que faudrait-il ajouter en priorité ?</legend>
<label><input type="radio" name="q2" value="ombre"> De l'ombre et des arbres</label><label><input type="radio" name="q2" value="jeux"> Des jeux pour enfants</label><label><input type="radio" name="q2" value="sport"> Des équipements sportifs</label></fieldset>
<button type="submit" class="idc-btn">Envoyer mes réponses</button></form>""", features={PO}, platforms={"id_city"}),
        page("/connexion", "Connexion", m.login_form("/connexion", "email", "password"), decoys={CF}, platforms={"id_city"}),
        page("/cgu", "Conditions d'utilisation", "<p>L'espace Liserac participe est proposé par la commune de Liserac. Les contributions "
             "sont modérées a posteriori selon la charte de participation.</p>", platforms={"id_city"}),
    ]
    return Site(LIS_IDC, "vallons_idcity", "Liserac participe", pages=pages,
                menu=[("Accueil", "/"), ("Le Coup de pouce", "/consultations/coup-de-pouce-2025"),
                      ("Parc des Aires", "/consultations/avenir-du-parc-des-aires")],
                features=PLATFORM, platforms=frozenset({"id_city"}))


# =================================================================================================================
# 98703 Tournevaux: Drupal 10, CONSUL Democracy and Consultvox

TOU = "www.tournevaux.fr"
TOU_CONSUL = "participer.tournevaux.fr"
TOU_CV = "tournevaux.consultvox.co"


def tournevaux():
    return _city("98703", "Tournevaux", 112_300, "51", [_tou_www(), _tou_consul(), _tou_consultvox()])


def _tou_www():
    consul = f"http://{TOU_CONSUL}"
    pages = [
        page("/", "Accueil", f"""
<div class="row"><div class="col-md-8">
<h2>Actualités</h2>
{m.teasers([("/actualites/reamenagement-de-la-place-carnot", "Réaménagement de la place Carnot : le projet dévoilé", ""),
            ("/actualites/nommez-la-future-mediatheque", "Proposez un nom pour la future médiathèque", ""),
            ("/actualites/fete-de-la-musique-2025", "Fête de la musique : le programme", ""),
            ("/questionnaire-jeunesse", "Questionnaire : les 15-25 ans et leur ville", ""),
            ("/budget-ville/budget-primitif-2025", "Budget primitif 2025", ""),
            ("/vie-associative/appel-a-projets-associations", "Appel à projets 2025 pour les associations", ""),
            ("/tranquillite/participation-citoyenne", "Participation citoyenne : deux nouveaux quartiers", "")], "list-unstyled")}
</div><aside class="col-md-4 sidebar" role="complementary"><div id="block-pollrecent" class="block block-poll block-poll-recent-block">
<h2>Le sondage du mois</h2>
{m.drupal_poll(6, "Faut-il piétonniser la rue de Vesle le samedi ?", [(21, "Oui, toute la journée"), (22, "Oui, l'après-midi seulement"), (23, "Non")], "/")}
<ul class="links"><li><a href="/sondages">Anciens sondages</a></li></ul></div></aside></div>""", features={PO}),
        # the approach under the city's brand: conseils citoyens, comités d'usagers, a charter
        page("/ensemble-pour-tournevaux", "Ensemble pour Tournevaux", f"""
<p class="lead">Ensemble pour Tournevaux rassemble toutes les façons dont les habitants prennent part aux décisions de la ville.</p>
<p>La ville s'est dotée en 2023 d'une charte de la participation, élaborée avec un panel de quarante habitants tirés au sort. Elle
garantit que chaque projet important fera l'objet d'une concertation avant la décision du conseil municipal, et que les
contributions recevront une réponse publique.</p>
<h2>Les instances et les dispositifs</h2>
{m.teasers([("/ensemble-pour-tournevaux/conseils-citoyens", "Les conseils citoyens", "Dans les quartiers prioritaires de la politique de la ville."),
            ("/ensemble-pour-tournevaux/comites-usagers", "Les comités d'usagers", "Piscines, médiathèques, transports."),
            ("/ensemble-pour-tournevaux/budget-des-quartiers", "Le Budget des quartiers", "Vos projets, votre vote."),
            (f"{consul}/", "La plateforme participer.tournevaux.fr", "Débats, propositions, votations."),
            (f"http://{TOU_CV}/", "La concertation sur le plan local d'urbanisme", "Contributions en ligne jusqu'au 30 septembre.")], "list-unstyled")}""",
             features={PD}),
        page("/ensemble-pour-tournevaux/conseils-citoyens", "Les conseils citoyens", """
<p>Les quartiers Orgeval, Croix-Rouge et Wilson disposent chacun d'un conseil citoyen, comme le prévoit la loi de programmation pour la
ville de 2014. Chaque conseil réunit un collège d'habitants, tirés au sort, et un collège d'associations et d'acteurs locaux.</p>
<p>Les conseils citoyens participent au pilotage du contrat de ville : ils siègent au comité de pilotage, donnent leur avis sur les
projets financés et organisent des diagnostics en marchant avec les services.</p>
<p>Vous habitez l'un de ces quartiers et voulez rejoindre votre conseil ? Contactez la maison de quartier.</p>""",
             features={PD}, parent=("Ensemble pour Tournevaux", "/ensemble-pour-tournevaux")),
        # bodies of users with no participation word in the title
        page("/ensemble-pour-tournevaux/comites-usagers", "Les comités d'usagers", """
<p>Piscines, médiathèques, réseau de bus : pour les grands services publics de la ville, un comité d'usagers réunit deux fois par an
des habitants volontaires, des agents et l'élu délégué. Les usagers y donnent leur avis sur les horaires, les tarifs et les
travaux, et suivent la qualité du service.</p>
<p>En 2024, le comité des piscines a obtenu l'ouverture d'un créneau familles le dimanche matin ; celui des médiathèques a participé
au choix du mobilier de la future médiathèque.</p>
<p>Pour devenir membre, inscrivez-vous à l'accueil de l'équipement concerné.</p>""",
             features={PD}, parent=("Ensemble pour Tournevaux", "/ensemble-pour-tournevaux")),
        page("/ensemble-pour-tournevaux/budget-des-quartiers", "Le Budget des quartiers", f"""
<p>Avec le Budget des quartiers, la ville consacre un million d'euros par an à des projets proposés par les habitants, puis choisis par
leur vote. Tout habitant de plus de 14 ans peut déposer un projet pour son quartier ou pour toute la ville.</p>
<h2>Édition 2025</h2>
<p>Le dépôt des projets est ouvert jusqu'au 31 mars sur <a href="{consul}/budgets/3/investments">participer.tournevaux.fr</a>.
Déposez votre projet : une aire de jeux, des plantations, un équipement sportif, une rue plus sûre…</p>
<ul><li>Avril - juin : étude des projets par les services</li><li>Septembre : vote des habitants</li><li>Octobre : annonce des lauréats</li></ul>""",
             features={PB, SC}, parent=("Ensemble pour Tournevaux", "/ensemble-pour-tournevaux")),
        page("/sondages", "Les sondages", f"""
<p>Chaque mois, la ville vous pose une question sur la vie locale.</p>
{m.drupal_poll(6, "Faut-il piétonniser la rue de Vesle le samedi ?", [(21, "Oui, toute la journée"), (22, "Oui, l'après-midi seulement"), (23, "Non")], "/sondages")}
<h2>Sondages précédents</h2>{m.teasers([("/poll/5", "Les horaires d'été des piscines", "Clos le 30 avril")], "list-unstyled")}""",
             features={PO}),
        page("/poll/5", "Les horaires d'été des piscines", m.drupal_poll_results(
            "Quels horaires d'été préférez-vous pour les piscines ?",
            [("Ouverture à 8 h", 46, 412), ("Fermeture à 21 h", 38, 340), ("Pas de changement", 16, 143)], 895), decoys={PO}),
        # a call for name proposals: the form takes a name, no message
        page("/actualites/nommez-la-future-mediatheque", "Proposez un nom pour la future médiathèque", f"""
<p>La future médiathèque du quartier Wilson ouvrira à l'automne 2026. Elle n'a pas encore de nom : à vous de le choisir ! Soumettez
vos propositions jusqu'au 15 juin. Les cinq noms les plus cités seront soumis au vote en ligne à la rentrée.</p>
{m.webform("nom_mediatheque", "/actualites/nommez-la-future-mediatheque", [
    ("textfield", "nom_propose", "Votre proposition de nom", ()),
    ("select", "quartier", "Votre quartier", ("Centre", "Wilson", "Orgeval", "Croix-Rouge", "Clairmarais")),
    ("email", "courriel", "Votre adresse électronique", ())], "Proposer ce nom")}""", features={SC}, decoys={CF}),
        # comments under a news item; the conseils citoyens are named in passing
        page("/actualites/reamenagement-de-la-place-carnot", "Réaménagement de la place Carnot : le projet dévoilé", f"""
<p>Moins de voitures, plus d'arbres : le projet de réaménagement de la place Carnot a été présenté le 4 mars. La place sera plantée de
trente arbres, le stationnement réduit de moitié et une fontaine installée au centre. Les travaux commenceront en janvier 2026.</p>
<p>Le conseil citoyen du quartier Wilson a été associé à la rédaction du cahier des charges.</p>
{m.drupal_comments(412, [("Hélène", "05/03/2025 - 10:14", "Et les commerçants ?", "Où se gareront les clients des commerces de la place ?"),
                          ("Yann", "05/03/2025 - 18:02", "Bravo", "Enfin de l'ombre l'été !")])}""", features={CO}, decoys={PD}),
        # comments closed, none published
        page("/actualites/fete-de-la-musique-2025", "Fête de la musique : le programme", f"""
<p>Le 21 juin, cinq scènes dans le centre-ville, de 18 h à minuit. Scène jeunes talents place d'Erlon, chorales au jardin des Anglais.</p>
<p><em>Les commentaires sont fermés pour cet article.</em></p>
{m.drupal_comments(430, [], open_=False)}""", decoys={CO}),
        page("/contact", "Contacter la mairie", f"""
<p>Hôtel de ville, 9 place de l'Hôtel-de-Ville. Standard : 03 26 00 00 00.</p>
{m.webform("contact", "/contact", [
    ("textfield", "name", "Votre nom", ()), ("email", "email", "Votre adresse électronique", ()),
    ("textfield", "subject", "Objet", ()), ("textarea", "message", "Message", ())], "Envoyer le message")}""", features={CF}),
        # a questionnaire with radio questions; its remarks box belongs to the survey, it is no message to the city
        page("/questionnaire-jeunesse", "Questionnaire : les 15-25 ans et leur ville", f"""
<p>Tu as entre 15 et 25 ans et tu vis, étudies ou travailles à Tournevaux ? Prends cinq minutes pour répondre à ce questionnaire
anonyme : tes réponses serviront à préparer le nouveau projet jeunesse de la ville.</p>
{m.webform("questionnaire_jeunesse", "/questionnaire-jeunesse", [
    ("radios", "age", "Quel âge as-tu ?", ("15-17 ans", "18-21 ans", "22-25 ans")),
    ("radios", "sorties", "Où passes-tu ton temps libre à Tournevaux ?", ("Centre-ville", "Équipements sportifs", "Maisons de quartier", "Je sors peu")),
    ("radios", "manque", "Qu'est-ce qui manque le plus ?", ("Des lieux pour se retrouver", "Des concerts", "Des transports le soir", "Des jobs d'été")),
    ("textarea", "remarques", "Autre chose à nous dire ?", ())], "Envoyer mes réponses")}""", features={PO}, decoys={CF}),
        page("/budget-ville/budget-primitif-2025", "Budget primitif 2025", """
<p>Le budget primitif 2025 s'élève à 196 millions d'euros. Il finance en priorité la rénovation énergétique des écoles, la nouvelle
médiathèque Wilson et l'entretien de la voirie. Le rapport d'orientation budgétaire et la délibération sont téléchargeables.</p>""",
             decoys={PB}),
        page("/vie-associative/appel-a-projets-associations", "Appel à projets 2025 pour les associations", """
<p>Les associations tournevaliennes peuvent répondre jusqu'au 15 février à l'appel à projets « Vivre ensemble ». Les dossiers de
demande de subvention sont instruits par la direction de la vie associative et soumis au vote du conseil municipal.</p>""",
             decoys={SC, PB}),
        page("/emploi", "La ville recrute", """
<p>Consultez nos offres d'emploi et déposez votre candidature en ligne : agents d'entretien, animateurs périscolaires, un chargé de
mission démocratie participative, des maîtres-nageurs pour l'été.</p>
<p>Candidature (CV et lettre de motivation) à adresser à la direction des ressources humaines.</p>""", decoys={SC, PD}),
        page("/tranquillite/participation-citoyenne", "Participation citoyenne", """
<p>Le dispositif Participation citoyenne associe des habitants volontaires à la sécurité de leur quartier, en lien avec la police
nationale et la police municipale. Les citoyens référents signalent les faits inhabituels et relaient les conseils de prévention.</p>
<p>Le protocole signé avec la préfecture couvre désormais les quartiers Clairmarais et Murigny.</p>""", decoys={PD}),
        page("/newsletter", "Lettre d'information", """
<form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block-lettre" action="/newsletter" method="post" id="simplenews-subscriptions-block-lettre" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-email form-type-email js-form-item-mail-0-value form-item-mail-0-value mb-3"><label for="edit-mail-0-value" class="js-form-required form-required">Adresse électronique</label><input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" class="form-email required form-control" required="required" aria-required="true" /></div>
<input data-drupal-selector="edit-simplenews-subscriptions-block-lettre" type="hidden" name="form_id" value="simplenews_subscriptions_block_lettre" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper mb-3"><button data-drupal-selector="edit-subscribe" type="submit" id="edit-subscribe" name="op" value="S'abonner" class="button js-form-submit form-submit btn btn-primary">S'abonner</button></div>
</form>""", decoys={CF}),
        page("/user/login", "Se connecter", """
<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name mb-3"><label for="edit-name" class="js-form-required form-required">Nom d'utilisateur</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autocomplete="username" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required form-control" required="required" aria-required="true" /></div>
<div class="js-form-item form-item js-form-type-password form-type-password js-form-item-pass form-item-pass mb-3"><label for="edit-pass" class="js-form-required form-required">Mot de passe</label><input autocomplete="current-password" data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required form-control" required="required" aria-required="true" /></div>
<input data-drupal-selector="edit-user-login-form" type="hidden" name="form_id" value="user_login_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper mb-3" id="edit-actions"><button data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Se connecter" class="button js-form-submit form-submit btn btn-primary">Se connecter</button></div>
</form>""", decoys={CF}),
        _legal("/mentions-legales", "Ville de Tournevaux, 9 place de l'Hôtel-de-Ville, 51100 Tournevaux",
               "Direction du numérique de la ville, serveurs hébergés en France"),
    ]
    return Site(TOU, "vallons_drupal", "Ville de Tournevaux", pages=pages,
                menu=[("Actualités", "/"), ("Ensemble pour Tournevaux", "/ensemble-pour-tournevaux"), ("Sondages", "/sondages"),
                      ("Participer en ligne", f"http://{TOU_CONSUL}/"), ("Emploi", "/emploi"), ("Contact", "/contact"),
                      ("Lettre d'information", "/newsletter")],
                accounts=[social("facebook", "VilleDeTournevaux"), social("x", "Tournevaux"), social("instagram", "villedetournevaux"),
                          social("linkedin", "ville-de-tournevaux"), social("youtube", "VilleDeTournevaux"),
                          social("bluesky", "tournevaux.fr")],
                address="Hôtel de ville, 9 place de l'Hôtel-de-Ville, 51100 Tournevaux")


def _consul_investment_row(iid, title, supports, price):
    return (f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="row"><div class="small-12 medium-9 column">'
            f'<div class="budget-investment-content"><h3><a href="/budgets/3/investments/{iid}">{escape(title)}</a></h3>'
            f'<p class="investment-project-info"><span>{price} €</span> &nbsp;&bull;&nbsp; <span>{supports} soutiens</span></p></div></div>'
            f'<div id="budget_investment_{iid}_votes" class="small-12 medium-3 column text-center"><div class="supports"><span class="total-supports">{supports} soutiens</span>'
            f'<div class="in-favor"><a class="button button-support small expanded" title="Soutenir ce projet" href="/users/sign_in">Soutenir</a></div></div></div></div></div></div>')


def _tou_consul():
    pages = [
        page("/", "Participer à Tournevaux", """
<div class="jumbo"><div class="row"><div class="small-12 column"><h2>Débattez, proposez, décidez</h2>
<p>La plateforme participer.tournevaux.fr permet à chaque habitant de débattre, de proposer des projets pour le Budget des quartiers et
de voter lors des votations citoyennes.</p></div></div></div>
<ul class="no-bullet"><li><a href="/budgets">Budget des quartiers</a></li><li><a href="/debates">Débats</a></li><li><a href="/proposals">Propositions citoyennes</a></li><li><a href="/polls/2">Votation : le tracé de la ligne de bus 7</a></li></ul>""",
             platforms={"consul"}),
        page("/budgets", "Budgets participatifs", """
<div class="budget-header"><h2>Budget des quartiers 2025</h2><p class="budget-phase">Phase actuelle : dépôt des projets, jusqu'au 31 mars</p>
<p>Un million d'euros pour les projets des habitants, répartis entre les six quartiers et la ville.</p>
<a class="button" href="/budgets/3/investments">Voir les projets et en proposer un</a></div>""", features={PB}, platforms={"consul"}),
        page("/budgets/3/investments", "Budget des quartiers 2025 : projets de dépense", f"""
<div class="callout primary"><p>Le dépôt des projets est ouvert jusqu'au 31 mars. <a href="/users/sign_in" class="button">Créer un projet de dépense</a></p></div>
<div id="budget-investments" class="budget-investments-list">
{_consul_investment_row(57, "Un terrain multisport au square Orgeval", 64, "85 000")}
{_consul_investment_row(61, "Des nichoirs et hôtels à insectes dans les écoles", 31, "6 000")}
</div>""", features={PB, SC}, platforms={"consul"}, parent=("Budgets participatifs", "/budgets")),
        # one resident's investment project, commented: the budget and comments, not a call for projects
        page("/budgets/3/investments/57", "Un terrain multisport au square Orgeval", f"""
<div class="budget-investment-show"><p class="investment-project-info">Proposé par Association Orgeval Sports · Quartier Orgeval · 85 000 €</p>
<p>Remplacer le plateau bitumé du square par un terrain multisport clos (foot, basket, handball), ouvert à tous en accès libre.</p>
<div class="supports"><span class="total-supports">64 soutiens</span><a class="button button-support" href="/users/sign_in">Soutenir</a></div></div>
<div class="row comments"><div id="comments" class="small-12 column"><h2>Commentaires <span>(2)</span></h2>
<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" method="post"><input type="hidden" name="comment[commentable_type]" value="Budget::Investment" /><input type="hidden" name="comment[commentable_id]" value="57" />
<label for="comment-body-budget_investment_57">Laisser votre commentaire</label><textarea id="comment-body-budget_investment_57" name="comment[body]" maxlength="1000"></textarea>
<input type="submit" name="commit" value="Publier le commentaire" class="button" /></form>
<ul class="comment-list"><li id="comment_881" class="comment"><div class="comment-body"><span class="user-name">Léa B.</span> <span class="comment-date">12/02/2025</span><p>Il faudrait des horaires pour éviter le bruit le soir.</p></div></li>
<li id="comment_884" class="comment"><div class="comment-body"><span class="user-name">Moussa</span> <span class="comment-date">13/02/2025</span><p>Super, les jeunes du quartier en parlent depuis des années.</p></div></li></ul></div></div>""",
             features={PB, CO}, decoys={SC}, platforms={"consul"}, parent=("Projets de dépense", "/budgets/3/investments")),
        page("/budgets/3/investments/61", "Des nichoirs et hôtels à insectes dans les écoles", """
<div class="budget-investment-show"><p class="investment-project-info">Proposé par Claire V. · Toute la ville · 6 000 €</p>
<p>Installer des nichoirs et des hôtels à insectes dans les cours des quinze écoles élémentaires, construits avec les élèves.</p>
<div class="supports"><span class="total-supports">31 soutiens</span><a class="button button-support" href="/users/sign_in">Soutenir</a></div></div>""",
             features={PB}, decoys={SC}, platforms={"consul"}, parent=("Projets de dépense", "/budgets/3/investments")),
        # CONSUL's debates: residents open threads and others reply, a discussion board
        page("/debates", "Débats", """
<p>Lancez un débat sur un sujet qui concerne la ville et échangez avec les autres habitants. <a class="button" href="/users/sign_in">Ouvrir un débat</a></p>
<div id="debates" class="debates-list">
<div id="debate_12" class="debate clear"><div class="panel"><h3><a href="/debates/12">Faut-il éteindre l'éclairage public la nuit ?</a></h3>
<p class="debate-info"><span>27 commentaires</span> &bull; <span>Pascal G.</span> &bull; <span>02/02/2025</span></p></div></div>
</div>""", features={FO}, platforms={"consul"}),
        # a thread of the debates board: its replies are comments
        page("/debates/12", "Faut-il éteindre l'éclairage public la nuit ?", """
<div class="debate-show"><p class="debate-info">Pascal G. · 02/02/2025 · 27 commentaires</p>
<p>D'autres villes éteignent les lampadaires entre 1 h et 5 h du matin. Économies d'énergie et ciel étoilé d'un côté, sentiment
d'insécurité de l'autre : qu'en pensez-vous ?</p>
<div id="debate_12_votes" class="votes"><a class="like" href="/users/sign_in">Je suis d'accord</a> <a class="unlike" href="/users/sign_in">Je ne suis pas d'accord</a></div></div>
<div class="row comments"><div id="comments" class="small-12 column"><h2>Commentaires <span>(27)</span></h2>
<form class="new_comment" id="new_comment" action="/comments" accept-charset="UTF-8" method="post"><input type="hidden" name="comment[commentable_type]" value="Debate" /><input type="hidden" name="comment[commentable_id]" value="12" />
<label for="comment-body-debate_12">Laisser votre commentaire</label><textarea id="comment-body-debate_12" name="comment[body]" maxlength="1000"></textarea>
<input type="submit" name="commit" value="Publier le commentaire" class="button" /></form>
<ul class="comment-list"><li id="comment_701" class="comment"><div class="comment-body"><span class="user-name">Agnès</span><p>Oui dans les zones résidentielles, non près de la gare.</p></div></li>
<li id="comment_709" class="comment"><div class="comment-body"><span class="user-name">Rémi T.</span><p>Les économies seraient de combien ?</p></div></li></ul></div></div>""",
             features={FO, CO}, platforms={"consul"}, parent=("Débats", "/debates")),
        # a call to create proposals; supports decide which ones the city studies, no signatures to a petition
        page("/proposals", "Propositions citoyennes", """
<p>Vous avez une idée pour Tournevaux ? Créez une proposition : si elle rassemble assez de soutiens, elle sera étudiée par la ville.</p>
<a class="button" href="/users/sign_in">Créer une proposition</a>
<div id="proposals" class="proposals-list">
<div class="proposal clear"><div class="panel"><h3>Une navette gratuite vers le marché du samedi</h3><p class="proposal-info">143 soutiens</p></div></div>
<div class="proposal clear"><div class="panel"><h3>Des fontaines à eau dans les parcs</h3><p class="proposal-info">98 soutiens</p></div></div>
</div>""", features={SC}, platforms={"consul"}),
        page("/polls/2", "Votation : le tracé de la ligne de bus 7", """
<div class="poll-question"><p>La ligne 7 sera prolongée en 2026. Deux tracés sont possibles. Lequel préférez-vous ? La votation est ouverte
à tous les habitants inscrits jusqu'au 30 avril.</p>
<form class="poll-answers" action="/polls/2/answer" method="post"><fieldset><legend>Quel tracé pour la ligne 7 ?</legend>
<label><input type="radio" name="answer" value="A"> Tracé A, par l'avenue de Laon</label>
<label><input type="radio" name="answer" value="B"> Tracé B, par le quartier Clairmarais</label></fieldset>
<input type="submit" class="button" value="Voter"></form></div>""", features={PO}, platforms={"consul"}),
        page("/users/sign_in", "Connexion", m.login_form("/users/sign_in", "user[login]", "user[password]", "Entrer"),
             decoys={CF}, platforms={"consul"}),
        page("/help", "Aide", """
<p>Comment participer ? Créez un compte avec votre adresse électronique, puis vérifiez votre résidence à Tournevaux pour pouvoir
soutenir des projets et voter. Les débats et les commentaires sont ouverts à tous les inscrits.</p>""", platforms={"consul"}),
        page("/conditions", "Conditions d'utilisation", """
<p>La plateforme participer.tournevaux.fr est éditée par la Ville de Tournevaux. Les contributions contraires à la loi ou à la charte
de modération sont supprimées.</p>""", platforms={"consul"}),
    ]
    return Site(TOU_CONSUL, "vallons_consul", "Participer à Tournevaux", pages=pages,
                menu=[("Budget des quartiers", "/budgets"), ("Débats", "/debates"), ("Propositions", "/proposals"), ("Aide", "/help")],
                features=PLATFORM, platforms=frozenset({"consul"}))


def _tou_consultvox():
    pages = [
        # a concertation's home page on the platform: it presents the concertation
        page("/", "Révision du plan local d'urbanisme : la concertation", """
<p>La ville de Tournevaux révise son plan local d'urbanisme. Pendant toute la durée des études, une concertation préalable est ouverte
au public : réunions publiques, ateliers dans les quartiers, registre en mairie et contributions en ligne.</p>
<p>Un garant, désigné par la ville, veille à ce que chacun puisse s'exprimer et que les contributions reçoivent une réponse dans le
bilan de la concertation.</p>
<p><a class="cv-btn" href="/projets/revision-plu/contributions">Lire les contributions et donner votre avis</a></p>""",
             features={PD}, platforms={"consultvox"}),
        page("/projets/revision-plu/contributions", "À vos contributions !", """
<p>Comment voyez-vous Tournevaux en 2040 ? Où construire, où protéger la nature, comment se déplacer ? À vos contributions : chaque
avis déposé ici sera versé au bilan de la concertation.</p>
<form class="cv-contribution" action="/projets/revision-plu/contributions" method="post">
<label for="cv-theme">Thème</label><select id="cv-theme" name="contribution[theme]"><option>Logement</option><option>Nature en ville</option><option>Déplacements</option></select>
<label for="cv-titre">Titre de votre contribution</label><input id="cv-titre" type="text" name="contribution[titre]">
<label for="cv-texte">Votre contribution</label><textarea id="cv-texte" name="contribution[texte]" rows="8"></textarea>
<button type="submit" class="cv-btn">Publier ma contribution</button></form>
<ul class="cv-contributions"><li><strong>Protéger les jardins ouvriers de la Husselle</strong> - 12 votes</li><li><strong>Une piste cyclable le long du canal</strong> - 9 votes</li></ul>""",
             features={SC}, platforms={"consultvox"}),
        page("/connexion", "Se connecter", m.login_form("/connexion", "email", "password"), decoys={CF}, platforms={"consultvox"}),
        page("/mentions-legales", "Mentions légales", "<p>Plateforme de concertation de la Ville de Tournevaux.</p>", platforms={"consultvox"}),
    ]
    return Site(TOU_CV, "vallons_consultvox", "Concertations de Tournevaux", pages=pages,
                menu=[("La concertation", "/"), ("Contributions", "/projets/revision-plu/contributions")],
                features=PLATFORM, platforms=frozenset({"consultvox"}))


# =================================================================================================================
# 98704 Hautvallon: Joomla 3, a phpBB board and Jenparle

HAU = "www.hautvallon.fr"
HAU_FORUM = "forum.hautvallon.fr"
HAU_JP = "hautvallon.jenparle.net"


def hautvallon():
    return _city("98704", "Hautvallon", 24_600, "57", [_hau_www(), _hau_forum(), _hau_jenparle()],
                 decoy_accounts=("https://www.facebook.com/collectifmaternitevallons",))


def _hau_poll():
    return m.joomla_mod_poll(14, "amenagement-du-square-des-tilleuls", "Square des Tilleuls : que souhaitez-vous y voir ?",
                             [(61, "Une aire de jeux"), (62, "Un jardin partagé"), (63, "Des tables de pique-nique"), (64, "Un terrain de pétanque")])


def _hau_www():
    pages = [
        page("/", "Accueil", f"""
<div class="blog-featured"><div class="items-leading">
{m.teasers([("/index.php/actualites/coeur-de-ville-donnez-votre-avis", "Cœur de ville : donnez votre avis", "Une concertation en ligne et en mairie jusqu'au 15 juin."),
            ("/index.php/actualites/elections-municipales-2026", "Élections municipales 2026 : inscriptions sur les listes", ""),
            ("/index.php/actualites/repas-des-aines", "Repas des aînés le 12 octobre", ""),
            ("/index.php/actualites/maternite-de-la-vallee", "Maternité de la vallée : une pétition circule", ""),
            ("/index.php/vie-pratique/voisins-vigilants", "Voisins vigilants : la commune adhère au réseau", ""),
            ("/index.php/vie-pratique/participation-citoyenne", "Participation citoyenne : six référents nommés", "")], "items-row")}
</div></div>
<div class="moduletable sondage"><h3>Sondage</h3>{_hau_poll()}</div>""", features={PO}),
        page("/index.php/vie-municipale/vivre-ensemble", "Vivre ensemble à Hautvallon", f"""
<p>La municipalité veut associer les habitants aux projets de la commune. Trois instances y contribuent :</p>
<ul><li><strong>les comités de quartier</strong> du Haut, du Bas et des Cités, réunis deux fois par an en réunion publique avec le maire
et les adjoints ;</li>
<li><strong>le conseil des sages</strong>, consulté sur les grands projets ;</li>
<li><strong>le conseil municipal des enfants</strong>, élu chaque année dans les deux écoles élémentaires.</li></ul>
<p>La commune a aussi ouvert un <a href="http://{HAU_FORUM}/">forum des habitants</a> pour échanger entre voisins, et conduit cette
année une concertation en ligne sur l'avenir du centre-bourg.</p>
<p><a href="/index.php/vie-municipale/conseil-des-sages">Le conseil des sages</a></p>""", features={PD}),
        page("/index.php/vie-municipale/conseil-des-sages", "Le conseil des sages", """
<p>Créé en 2018, le conseil des sages compte quinze membres de plus de 62 ans, volontaires, nommés par le conseil municipal pour la
durée du mandat. Il rend des avis sur les projets que le maire lui soumet et peut faire ses propres propositions.</p>
<p>Ses travaux récents : l'accessibilité des trottoirs de la Grand-Rue, le transport à la demande, la mémoire des mines de la vallée.</p>""",
             features={PD}, parent=("Vivre ensemble à Hautvallon", "/index.php/vie-municipale/vivre-ensemble")),
        page("/index.php?option=com_poll&view=poll&id=14:amenagement-du-square-des-tilleuls", "Square des Tilleuls : que souhaitez-vous y voir ?", f"""
<p>Le square des Tilleuls sera réaménagé l'an prochain. Votez pour l'équipement qui vous semble prioritaire ; le sondage reste ouvert
jusqu'au 30 juin.</p>{_hau_poll()}
<p>Sondage précédent : <a href="/index.php?option=com_poll&amp;view=poll&amp;id=9:fete-patronale">la fête patronale</a>.</p>""", features={PO}),
        page("/index.php?option=com_poll&view=poll&id=9:fete-patronale", "Fête patronale : les résultats", """
<div class="componentheading">Résultats du sondage</div>
<table class="pollstableborder"><thead><tr><th colspan="3">Quelle animation pour la fête patronale ?</th></tr></thead>
<tbody><tr><td>Un bal populaire</td><td>48 %</td><td>212</td></tr><tr><td>Un feu d'artifice</td><td>37 %</td><td>163</td></tr><tr><td>Un concert</td><td>15 %</td><td>66</td></tr></tbody></table>
<p>Nombre de votants : 441. Premier vote : 2 mai 2024. Dernier vote : 31 mai 2024. Ce sondage est terminé.</p>""", decoys={PO}),
        page("/index.php/contact", "Contacter la mairie", f"""
<div class="contact"><h3>Mairie de Hautvallon</h3><p>2 place de la Mairie, 57000 Hautvallon. Téléphone : 03 87 00 00 00.</p>
{m.joomla_contact("1:mairie-de-hautvallon")}</div>""", features={CF}),
        # a news item presenting a concertation: the approach; the platform is named, not shown
        page("/index.php/actualites/coeur-de-ville-donnez-votre-avis", "Cœur de ville : donnez votre avis", f"""
<p>Que faire de l'ancienne quincaillerie et de la place du Marché ? La commune lance une concertation sur l'avenir du centre-bourg,
ouverte à tous les habitants jusqu'au 15 juin : deux réunions publiques, une balade urbaine le 24 mai et un espace de participation
en ligne sur la plateforme Jenparle.</p>
<p>Sur <a href="http://{HAU_JP}/">hautvallon.jenparle.net</a>, vous pouvez répondre au questionnaire et déposer vos idées. Un registre
papier est aussi disponible à l'accueil de la mairie. Les conclusions seront présentées au conseil municipal de septembre.</p>""",
             features={PD}, decoys={PP}),
        page("/index.php/actualites/elections-municipales-2026", "Élections municipales 2026 : inscriptions sur les listes", """
<p>Les élections municipales auront lieu en mars 2026. Pour voter, inscrivez-vous sur les listes électorales avant le 6 février 2026,
en ligne ou en mairie. Lors du dernier scrutin, la participation avait atteint 52 % à Hautvallon.</p>""", decoys={PD}),
        page("/index.php/actualites/repas-des-aines", "Repas des aînés le 12 octobre", """
<p>Le repas des aînés, offert aux habitants de plus de 70 ans, aura lieu le dimanche 12 octobre à la salle des fêtes. Les conjoints
plus jeunes sont les bienvenus moyennant une participation de 25 euros. Inscriptions en mairie avant le 30 septembre.</p>""",
             decoys={PD}),
        # a petition reported in the news, signed on a national site: not the city's petition space
        page("/index.php/actualites/maternite-de-la-vallee", "Maternité de la vallée : une pétition circule", """
<p>Le collectif de défense de la maternité de la vallée a lancé une pétition contre la fermeture du service, qui a déjà recueilli
4 200 signatures sur change.org. Le conseil municipal a adopté à l'unanimité une motion de soutien.</p>
<p>Plus d'informations sur <a href="https://www.facebook.com/collectifmaternitevallons">la page du collectif</a> et sur
<a href="https://www.change.org/p/ars-grand-est-sauvons-la-maternite-de-la-vallee">la pétition en ligne</a>.</p>""", decoys={PE}),
        page("/index.php/vie-pratique/voisins-vigilants", "Voisins vigilants", """
<p>La commune a rejoint le réseau Voisins vigilants. Les habitants inscrits sur le site du réseau reçoivent par SMS les alertes de la
mairie et de la gendarmerie et peuvent signaler un démarchage suspect dans leur rue.</p>""", decoys={TSN}),
        page("/index.php/vie-pratique/participation-citoyenne", "Participation citoyenne", """
<p>Le maire et le commandant de la brigade de gendarmerie ont signé le protocole Participation citoyenne. Six citoyens référents,
répartis dans les quartiers, sont le relais entre les habitants et les gendarmes. Ils veillent, mais ne surveillent pas.</p>""",
             decoys={PD}),
        page("/index.php/component/users/?view=login", "Connexion", m.joomla_login(), decoys={CF}),
        _legal("/index.php/mentions-legales", "Mairie de Hautvallon, 2 place de la Mairie, 57000 Hautvallon", "o2switch, 222 boulevard Gustave-Flaubert, 63000 Clermont-Ferrand"),
    ]
    return Site(HAU, "vallons_joomla3", "Hautvallon", pages=pages,
                menu=[("Accueil", "/"), ("Vivre ensemble", "/index.php/vie-municipale/vivre-ensemble"),
                      ("Forum", f"http://{HAU_FORUM}/"), ("Contact", "/index.php/contact"),
                      ("Espace élus", "/index.php/component/users/?view=login")],
                accounts=[social("facebook", "mairiehautvallon"), social("youtube", "mairiehautvallon")],
                address="Mairie, 2 place de la Mairie, 57000 Hautvallon")


def _hau_forum():
    topics = [(41, "Déneigement de la rue des Mésanges", "Gérard57", "12 janv. 2025", 6, 311),
              (38, "Qui a un broyeur à prêter ?", "Amandine", "3 janv. 2025", 3, 142)]
    pages = [
        page("/", "Index du forum", """
<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forum</div></dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul>
<ul class="topiclist forums">
<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="/viewforum.php?f=2" class="forumtitle">Vie des quartiers</a><br />Travaux, propreté, stationnement, entraide entre voisins.</div></dt><dd class="topics">48</dd><dd class="posts">392</dd></dl></li>
</ul></div></div>
<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total, il y a 7 utilisateurs en ligne :: 1 inscrit, 0 invisible et 6 invités</p></div>""",
             features={FO}),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topic_rows(topics, 2), features={FO}),
        page("/viewtopic.php?t=41", "Déneigement de la rue des Mésanges", m.phpbb_posts(41, [
            ("Gérard57", 88, "Déneigement de la rue des Mésanges", "12 janv. 2025, 07:41", "Encore une fois la rue n'a pas été dégagée ce matin. Quelqu'un sait quel est l'ordre de passage du chasse-neige ?"),
            ("Mairie de Hautvallon", 215, "Re: Déneigement de la rue des Mésanges", "12 janv. 2025, 10:05", "Bonjour, les rues en pente sont traitées en priorité, puis les rues des lotissements. Le plan est affiché en mairie."),
            ("Sylvie", 12, "Re: Déneigement de la rue des Mésanges", "12 janv. 2025, 18:30", "Merci pour la réponse, c'est passé dans l'après-midi.")]),
             features={FO}),
        page("/viewtopic.php?t=38", "Qui a un broyeur à prêter ?", m.phpbb_posts(38, [
            ("Amandine", 34, "Qui a un broyeur à prêter ?", "3 janv. 2025, 14:02", "Je cherche un broyeur de végétaux pour une demi-journée, quartier du Haut."),
            ("Paulo", 57, "Re: Qui a un broyeur à prêter ?", "3 janv. 2025, 16:47", "La commune en prête un aux services techniques, il faut réserver.")]),
             features={FO}),
        page("/posting.php?mode=post&f=2", "Vie des quartiers - Publier un nouveau sujet", m.phpbb_posting("/posting.php?mode=post&amp;f=2"),
             features={FO}),
        page("/posting.php?mode=reply&t=41", "Vie des quartiers - Répondre", m.phpbb_posting("/posting.php?mode=reply&amp;t=41", "Re: Déneigement de la rue des Mésanges", "Publier une réponse"),
             features={FO}),
        page("/posting.php?mode=reply&t=38", "Vie des quartiers - Répondre", m.phpbb_posting("/posting.php?mode=reply&amp;t=38", "Re: Qui a un broyeur à prêter ?", "Publier une réponse"),
             features={FO}),
        # the board's login, registration and help pages: nobody posts there
        page("/ucp.php?mode=login", "Connexion", m.phpbb_login(), decoys={CF, FO}),
        page("/ucp.php?mode=register", "S’enregistrer", """
<form method="post" action="/ucp.php?mode=register" id="register"><div class="panel"><div class="inner"><h2>S’enregistrer</h2>
<fieldset class="fields2">
<dl><dt><label for="username">Nom d’utilisateur :</label></dt><dd><input type="text" tabindex="1" name="username" id="username" size="25" value="" class="inputbox autowidth" /></dd></dl>
<dl><dt><label for="email">Adresse e-mail :</label></dt><dd><input type="email" tabindex="2" name="email" id="email" size="25" maxlength="100" value="" class="inputbox autowidth" autocomplete="off" /></dd></dl>
<dl><dt><label for="new_password">Mot de passe :</label></dt><dd><input type="password" tabindex="4" name="new_password" id="new_password" size="25" value="" class="inputbox autowidth" autocomplete="off" /></dd></dl>
<dl><dt><label for="password_confirm">Confirmer le mot de passe :</label></dt><dd><input type="password" tabindex="5" name="password_confirm" id="password_confirm" size="25" value="" class="inputbox autowidth" autocomplete="off" /></dd></dl>
</fieldset></div></div>
<div class="panel"><div class="inner"><fieldset class="submit-buttons"><input type="submit" tabindex="9" name="submit" id="submit" value="Envoyer" class="button1 default-submit-action" /></fieldset></div></div></form>""",
             decoys={CF, FO}),
        page("/faq.php", "Foire aux questions (FAQ)", """
<div class="panel bg1"><div class="inner"><div class="content"><dl class="faq"><dt><strong>Pourquoi dois-je m’enregistrer ?</strong></dt>
<dd>Vous pouvez lire le forum sans compte, mais il faut être enregistré pour publier un sujet ou répondre.</dd></dl>
<dl class="faq"><dt><strong>Qui modère le forum ?</strong></dt><dd>Deux agents de la mairie relisent les messages chaque jour ouvré.</dd></dl></div></div></div>""",
             decoys={FO}),
    ]
    return Site(HAU_FORUM, "vallons_phpbb", "Forum des habitants de Hautvallon", pages=pages, features=BOARD)


def _hau_jenparle():
    pages = [
        page("/", "Cœur de ville : construisons ensemble le centre-bourg", f"""
<section class="jp-intro"><p>La commune de Hautvallon organise jusqu'au 15 juin une concertation sur l'avenir de son centre-bourg. Informez-vous,
répondez au questionnaire, proposez vos idées et commentez celles des autres. Toutes les contributions seront analysées et une
synthèse sera publiée ici.</p></section>
{m.teasers([("/consultations/coeur-de-ville/questionnaire", "Répondre au questionnaire", "10 questions, 5 minutes"),
            ("/consultations/coeur-de-ville/idees", "Proposer une idée", "34 idées déposées")], "jp-cards")}""",
             features={PD}, platforms={"jenparle"}),
        page("/consultations/coeur-de-ville/questionnaire", "Questionnaire : le centre-bourg et vous", """
<form class="jp-survey" action="/consultations/coeur-de-ville/questionnaire" method="post">
<div class="jp-question"><p class="jp-question__label">1. À quelle fréquence venez-vous dans le centre-bourg ?</p>
<label><input type="radio" name="reponses[1]" value="1"> Tous les jours</label><label><input type="radio" name="reponses[1]" value="2"> Une fois par semaine</label><label><input type="radio" name="reponses[1]" value="3"> Moins souvent</label></div>
<div class="jp-question"><p class="jp-question__label">2. Que devrait devenir l'ancienne quincaillerie ?</p>
<label><input type="radio" name="reponses[2]" value="1"> Un commerce</label><label><input type="radio" name="reponses[2]" value="2"> Un tiers-lieu associatif</label><label><input type="radio" name="reponses[2]" value="3"> Des logements</label></div>
<div class="jp-question"><p class="jp-question__label">3. La place du Marché doit-elle rester un parking ?</p>
<label><input type="radio" name="reponses[3]" value="1"> Oui</label><label><input type="radio" name="reponses[3]" value="2"> En partie</label><label><input type="radio" name="reponses[3]" value="3"> Non</label></div>
<button type="submit" class="jp-btn">Valider mes réponses</button></form>""", features={PO}, platforms={"jenparle"}),
        page("/consultations/coeur-de-ville/idees", "Vos idées pour le centre-bourg", """
<p>Proposez vos idées pour rendre le centre-bourg plus vivant. Chaque idée peut être soutenue et commentée par les autres participants.</p>
<a class="jp-btn" href="/connexion">Proposer une idée</a>
<ul class="jp-ideas"><li class="jp-idea"><h3>Un marché de producteurs le vendredi soir</h3><span class="jp-idea__votes">27 soutiens</span></li>
<li class="jp-idea"><h3>Des bancs et de l'ombre place du Marché</h3><span class="jp-idea__votes">19 soutiens</span></li></ul>""",
             features={SC}, platforms={"jenparle"}),
        page("/connexion", "Se connecter", m.login_form("/connexion", "email", "password"), decoys={CF}, platforms={"jenparle"}),
        page("/mentions-legales", "Mentions légales", "<p>Plateforme éditée pour la commune de Hautvallon.</p>", platforms={"jenparle"}),
        page("/charte", "Charte de modération", "<p>Les contributions doivent respecter les personnes et rester en rapport avec la concertation.</p>",
             platforms={"jenparle"}),
    ]
    return Site(HAU_JP, "vallons_jenparle", "Hautvallon - Concertation Cœur de ville", pages=pages,
                menu=[("La concertation", "/"), ("Questionnaire", "/consultations/coeur-de-ville/questionnaire"),
                      ("Idées", "/consultations/coeur-de-ville/idees")],
                features=PLATFORM, platforms=frozenset({"jenparle"}))


# =================================================================================================================
# 98705 Champlagne-sur-Sèvre: a Neopse (Cosmos) site with almost nothing

CHA = "www.champlagne-sur-sevre.fr"


def champlagne():
    return _city("98705", "Champlagne-sur-Sèvre", 21_300, "79", [_cha_www()])


def _cha_www():
    pages = [
        page("/", "Accueil", m.teasers([
            ("/actualites/travaux-rue-des-lavandieres", "Travaux rue des Lavandières", "Jusqu'au 20 juin."),
            ("/agenda/repas-des-aines", "Repas des aînés", "Le 5 octobre."),
            ("/actualites/concours-des-maisons-fleuries", "Concours des maisons fleuries", "Inscriptions jusqu'au 31 mai."),
            ("/associations/forum-des-associations", "Forum des associations", "Le 7 septembre."),
            ("/mairie/recensement", "Recensement 2025", ""),
        ], "liste-actualites")),
        page("/mairie/contact", "Contacter la mairie", f"""
<p>Mairie de Champlagne-sur-Sèvre, 1 rue de l'Église. Ouverte du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h 30.</p>
{m.neopse_form(3, "/mairie/contact", [
    ("text", "nom", "Nom et prénom", ()), ("email", "courriel", "Adresse électronique", ()),
    ("select", "objet", "Objet de votre demande", ("État civil", "Urbanisme", "Cimetière", "Location de salle", "Autre")),
    ("textarea", "message", "Votre message", ())])}""", features={CF}),
        page("/mairie/le-conseil-municipal", "Le conseil municipal", """
<p>Le conseil municipal compte 29 élus. Il se réunit une fois par mois, en séance publique, dans la salle du conseil de la mairie.</p>
<p>Prochaine séance : lundi 23 juin à 20 h 30. Ordre du jour : décisions modificatives, tarifs de la cantine, travaux de l'école.</p>""",
             decoys={PD}),
        page("/mairie/comptes-rendus-du-conseil-municipal", "Comptes rendus du conseil municipal", """
<ul><li>Séance du 26 mai 2025 (PDF, 312 Ko)</li><li>Séance du 28 avril 2025 (PDF, 287 Ko)</li><li>Séance du 24 mars 2025 - vote du budget (PDF, 402 Ko)</li></ul>""",
             decoys={PD}),
        page("/mairie/budget-communal", "Le budget communal", """
<p>Le budget primitif 2025 a été voté le 24 mars : 18,6 millions d'euros en fonctionnement et 5,2 millions en investissement. Le
compte administratif 2024 fait apparaître un excédent de 1,1 million d'euros.</p>
<p>Principaux investissements : rénovation de l'école du Bourg, voirie rue des Lavandières, extension du cimetière.</p>""",
             decoys={PB}),
        page("/mairie/elections", "Élections", """
<p>Pour voter, vous devez être inscrit sur les listes électorales. Vérifiez votre inscription et votre bureau de vote sur service-public.fr.
Aux dernières élections européennes, le taux de participation a été de 49,8 % dans la commune.</p>""", decoys={PD}),
        page("/mairie/recensement", "Recensement de la population", """
<p>Le recensement a lieu du 16 janvier au 15 février. Quatre agents recenseurs déposeront vos codes de connexion pour répondre en ligne
au questionnaire de l'Insee. Merci de leur réserver le meilleur accueil.</p>""", decoys={PO}),
        page("/mairie/recrutement", "Offres d'emploi", """
<p>La commune recrute un agent technique polyvalent (espaces verts) et des animateurs pour le centre de loisirs d'été. Envoyez votre
candidature (lettre et CV) à monsieur le maire avant le 15 juin.</p>""", decoys={SC}),
        page("/vie-pratique/voisins-vigilants", "Voisins vigilants", """
<p>Plusieurs rues de la commune ont adhéré au réseau Voisins vigilants. Inscrivez-vous gratuitement sur le site du réseau pour recevoir
les alertes de la mairie et signaler un fait suspect à vos voisins.</p>""", decoys={TSN}),
        page("/vie-pratique/participation-citoyenne", "Participation citoyenne", """
<p>La commune a signé avec la préfecture et la gendarmerie le protocole Participation citoyenne. Des habitants référents, volontaires,
relaient auprès de la brigade les faits inhabituels observés dans leur quartier.</p>""", decoys={PD}),
        page("/vie-pratique/dechets", "Collecte des déchets", """
<p>Ordures ménagères : le mardi. Emballages : le jeudi des semaines paires. La déchetterie des Brandes est ouverte du lundi au samedi.</p>"""),
        page("/associations/forum-des-associations", "Forum des associations", """
<p>Samedi 7 septembre, de 10 h à 17 h, salle omnisports : une quarantaine d'associations présentent leurs activités. Inscriptions
sur place pour la saison.</p>""", decoys={FO}),
        page("/associations/subventions", "Subventions aux associations", """
<p>Les associations de la commune peuvent déposer leur demande de subvention avant le 31 janvier. Le dossier est à retirer en mairie ou à
télécharger ci-dessous ; il sera examiné par la commission des finances.</p>""", decoys={SC, PB}),
        page("/agenda/repas-des-aines", "Repas des aînés", """
<p>Le CCAS invite les habitants de plus de 72 ans au repas des aînés le dimanche 5 octobre. Une participation de 18 euros est demandée
aux accompagnants. Inscription au CCAS.</p>""", decoys={PD}),
        page("/actualites/concours-des-maisons-fleuries", "Concours des maisons fleuries", """
<p>Inscrivez votre maison, votre balcon ou votre commerce avant le 31 mai. Un jury composé d'élus et de bénévoles passera en juillet ; les
lauréats seront récompensés par des bons d'achat chez les pépiniéristes de la commune.</p>""", decoys={SC, PB}),
        # a bare mailto address: contact_email, not a contact form
        page("/actualites/travaux-rue-des-lavandieres", "Travaux rue des Lavandières", """
<p>La réfection de la chaussée et des trottoirs de la rue des Lavandières a lieu jusqu'au 20 juin. La rue est fermée à la circulation
en journée. Pour toute question, écrivez à <a href="mailto:services.techniques@champlagne-sur-sevre.fr">services.techniques@champlagne-sur-sevre.fr</a>.</p>""",
             decoys={CF}),
        page("/enfance/inscriptions-cantine", "Inscriptions à la cantine", f"""
<p>Inscrivez votre enfant au restaurant scolaire pour l'année 2025-2026.</p>
{m.neopse_form(7, "/enfance/inscriptions-cantine", [
    ("text", "enfant", "Nom et prénom de l'enfant", ()), ("select", "ecole", "École", ("École du Bourg", "École des Brandes")),
    ("select", "jours", "Jours de présence", ("Lundi, mardi, jeudi, vendredi", "Autres jours")), ("email", "courriel", "Adresse électronique du responsable", ())],
    "Valider l'inscription")}""", decoys={CF}),
        page("/lettre-d-information", "Lettre d'information", f"""
<form class="cosmos-newsletter" action="/lettre-d-information" method="post"><label for="nl-email">Votre adresse électronique</label>
<input type="email" id="nl-email" name="newsletter[email]" required><button type="submit" class="btn">S'abonner</button></form>""",
             decoys={CF}),
        _legal("/mentions-legales", "Mairie de Champlagne-sur-Sèvre, 1 rue de l'Église, 79000 Champlagne-sur-Sèvre",
               "Neopse, serveurs hébergés en France"),
    ]
    return Site(CHA, "vallons_neopse", "Mairie de Champlagne-sur-Sèvre", pages=pages,
                menu=[("Mairie", "/mairie/le-conseil-municipal"), ("Comptes rendus", "/mairie/comptes-rendus-du-conseil-municipal"),
                      ("Budget", "/mairie/budget-communal"), ("Élections", "/mairie/elections"), ("Vie pratique", "/vie-pratique/dechets"),
                      ("Sécurité", "/vie-pratique/participation-citoyenne"), ("Voisins vigilants", "/vie-pratique/voisins-vigilants"),
                      ("Emploi", "/mairie/recrutement"), ("Associations", "/associations/subventions"),
                      ("Cantine", "/enfance/inscriptions-cantine"), ("Lettre d'information", "/lettre-d-information")],
                accounts=[social("facebook", "champlagnesursevre")],
                address="1 rue de l'Église, 79000 Champlagne-sur-Sèvre")


# =================================================================================================================
# 98706 Roquebrenne: TYPO3 (Bootstrap Package) and Cap Collectif

ROQ = "www.roquebrenne.fr"
ROQ_CAPCO = "roquebrenne.cap-collectif.com"
ROQ_BP = "mon-projet-pour-roquebrenne-2025"


def roquebrenne():
    return _city("98706", "Roquebrenne", 54_700, "83", [_roq_www(), _roq_capco()])


def _t3(text):
    return f'<div class="ce-bodytext">{text}</div>'


def _roq_www():
    capco = f"http://{ROQ_CAPCO}"
    hub = ("Roquebrenne participe", "/ma-ville/roquebrenne-participe")
    pages = [
        page("/", "Accueil", _t3(m.teasers([
            ("/actualites/detail/une-nouvelle-piste-cyclable-sur-le-front-de-mer", "Une nouvelle piste cyclable sur le front de mer", ""),
            ("/actualites/detail/a-vos-contributions-plan-climat", "Plan climat : à vos contributions !", ""),
            ("/actualites/detail/les-laureats-de-mon-projet-pour-roquebrenne", "Mon projet pour Roquebrenne : les lauréats 2024", ""),
            ("/ma-ville/roquebrenne-participe", "Roquebrenne participe", ""),
            ("/actualites", "Toutes les actualités", "")], "news-list"))),
        # a hub listing the instruments; its links to the surveys are not surveys
        page("/ma-ville/roquebrenne-participe", "Roquebrenne participe", _t3(f"""
<p>Roquebrenne participe, c'est la démarche de la ville pour construire ses projets avec celles et ceux qui y vivent. Conseils de
quartier, conseil municipal des jeunes, questionnaires, budget participatif, droit d'interpellation : chacun peut s'impliquer, à son
rythme.</p>
<p>Depuis 2024, la ville rend compte chaque année de ce que sont devenues vos contributions dans un « bilan de la participation »
présenté en conseil municipal.</p>
{m.teasers([("/ma-ville/roquebrenne-participe/conseils-de-quartier", "Les conseils de quartier", ""),
            ("/ma-ville/roquebrenne-participe/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", ""),
            ("/ma-ville/roquebrenne-participe/mon-projet-pour-roquebrenne", "Mon projet pour Roquebrenne", ""),
            ("/ma-ville/roquebrenne-participe/questionnaire-plages", "Questionnaire : vos plages cet été", ""),
            ("/ma-ville/roquebrenne-participe/enquete-mobilite", "Enquête : vos trajets domicile-travail", ""),
            ("/ma-ville/roquebrenne-participe/sondage-cinema", "Sondage : le cinéma en plein air", ""),
            (f"{capco}/", "La plateforme de participation", "")], "list-group")}"""), features={PD}, decoys={PO}),
        page("/ma-ville/roquebrenne-participe/conseils-de-quartier", "Les conseils de quartier", _t3("""
<p>Les sept conseils de quartier de Roquebrenne (Vieux-Village, Port, Les Salins, La Gaillarde, Les Oliviers, Saint-Aygulf-Nord et
Les Issambres) réunissent chacun trente membres : quinze habitants tirés au sort, dix volontaires et cinq représentants des
associations et des commerçants.</p>
<p>Ils se réunissent au moins quatre fois par an et rendent des avis sur les projets de la ville dans leur quartier. Chaque conseil
dispose d'une enveloppe de 10 000 euros pour de petits aménagements.</p>"""), features={PD}, parent=hub),
        page("/ma-ville/roquebrenne-participe/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", _t3("""
<p>Élus pour deux ans par leurs camarades de CM2 et de collège, les 33 jeunes conseillers se réunissent en commissions (environnement,
sport et loisirs, solidarité) et présentent leurs projets au maire en séance plénière.</p>
<p>Derniers projets réalisés : une journée de nettoyage des plages, une boîte à dons au collège, un tournoi de beach-volley solidaire.</p>"""),
             features={PD}, parent=hub),
        # the rules of a budget under a local name
        page("/ma-ville/roquebrenne-participe/mon-projet-pour-roquebrenne", "Mon projet pour Roquebrenne", _t3(f"""
<p>Mon projet pour Roquebrenne, c'est 400 000 euros par an pour réaliser des projets imaginés par les habitants et choisis par leur
vote.</p>
<h2>Le règlement</h2>
<p>Article 1 - Peut déposer un projet toute personne de plus de 12 ans habitant Roquebrenne, seule ou en collectif.</p>
<p>Article 2 - Le projet relève d'une dépense d'investissement, d'intérêt général, et ne dépasse pas 80 000 euros.</p>
<p>Article 3 - Les projets recevables sont étudiés par les services, puis soumis au vote des habitants ; les projets arrivés en tête
sont réalisés dans la limite de l'enveloppe.</p>
<p>Le dépôt et le vote ont lieu sur <a href="{capco}/project/{ROQ_BP}/collect/depot-des-projets">la plateforme de participation</a>.</p>"""),
             features={PB}, parent=hub),
        page("/ma-ville/roquebrenne-participe/questionnaire-plages", "Questionnaire : vos plages cet été", _t3(f"""
<p>Propreté, surveillance, accès, stationnement : dites-nous comment se passent vos journées à la plage. Le questionnaire est ouvert
jusqu'au 15 septembre.</p>
{m.typeform("pW8kQx2Z")}"""), features={PO}, parent=hub),
        page("/ma-ville/roquebrenne-participe/enquete-mobilite", "Enquête : vos trajets domicile-travail", _t3(f"""
<p>La ville et l'agglomération préparent un plan de mobilité employeur. Répondez à l'enquête en ligne, elle prend cinq minutes.</p>
{m.tally("3xNvQ0", "Enquête trajets domicile-travail")}"""), features={PO}, parent=hub),
        page("/ma-ville/roquebrenne-participe/sondage-cinema", "Sondage : le cinéma en plein air", _t3(f"""
<p>Quels films voulez-vous voir cet été sur la plage du Port ? Votez pour vos genres préférés.</p>
{m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAO__Qk8JvBUMkFWUVZCUjNXNjRONk5RWVZQ", "Sondage cinéma en plein air")}"""),
             features={PO}, parent=hub),
        page("/actualites", "Actualités", _t3(m.teasers([
            ("/actualites/detail/une-nouvelle-piste-cyclable-sur-le-front-de-mer", "Une nouvelle piste cyclable sur le front de mer", "3 avril 2025"),
            ("/actualites/detail/a-vos-contributions-plan-climat", "Plan climat : à vos contributions !", "24 mars 2025"),
            ("/actualites/detail/resultats-de-l-enquete-stationnement", "Stationnement : les résultats de l'enquête", "10 mars 2025"),
            ("/actualites/detail/budget-primitif-2025", "Budget primitif 2025", "20 février 2025"),
            ("/actualites/detail/appel-a-candidatures-marche-de-noel", "Marché de Noël : appel à candidatures", "2 septembre 2024"),
            ("/actualites/detail/les-laureats-de-mon-projet-pour-roquebrenne", "Mon projet pour Roquebrenne : les lauréats 2024", "30 octobre 2024"),
            ("/services/securite/participation-citoyenne", "Participation citoyenne : le dispositif s'étend", "5 septembre 2024")], "news-list"))),
        page("/actualites/detail/les-laureats-de-mon-projet-pour-roquebrenne", "Mon projet pour Roquebrenne : les lauréats 2024", _t3("""
<p>Plus de 6 000 Roquebrennois ont voté pour la troisième édition du budget que la ville consacre aux projets de ses habitants. Neuf
projets seront réalisés en 2025 avec les 400 000 euros de l'enveloppe : des ombrières au skatepark, un sentier botanique sur la
colline, des ganivelles pour protéger les dunes, une boîte à livres géante au Port…</p>
<p>Les porteurs de projets suivront les travaux avec les services.</p>"""), features={PB}),
        # a call for contributions with a form that sends each contribution to the city
        page("/actualites/detail/a-vos-contributions-plan-climat", "Plan climat : à vos contributions !", _t3(f"""
<p>La ville élabore son plan climat pour 2030. Économies d'énergie, îlots de fraîcheur, déplacements, alimentation : à vos
contributions ! Soumettez vos propositions avant le 30 avril, elles seront étudiées par le comité de pilotage.</p>
{m.typo3_form("contributionPlanClimat-812", "/actualites/detail/a-vos-contributions-plan-climat", [
    ("text", "nom", "Votre nom"), ("email", "email", "Votre adresse e-mail"), ("textarea", "proposition", "Votre proposition")],
    "Envoyer ma proposition")}"""), features={SC, CF}),
        page("/actualites/detail/resultats-de-l-enquete-stationnement", "Stationnement : les résultats de l'enquête", _t3("""
<p>L'enquête sur le stationnement en centre-ville est close : 1 480 personnes y ont répondu. 62 % souhaitent des parkings relais aux
entrées de ville et 54 % une navette gratuite l'été. La navette sera testée de juin à septembre.</p>"""), decoys={PO}),
        page("/actualites/detail/budget-primitif-2025", "Budget primitif 2025", _t3("""
<p>Le conseil municipal a voté le 18 février un budget primitif de 96 millions d'euros, sans hausse des taux communaux. Les grands
investissements : la piste cyclable du front de mer, la rénovation de la halle aux poissons et la vidéoprotection.</p>"""), decoys={PB}),
        page("/actualites/detail/appel-a-candidatures-marche-de-noel", "Marché de Noël : appel à candidatures", _t3("""
<p>Artisans, créateurs et producteurs : déposez votre candidature pour un chalet au marché de Noël du 6 au 24 décembre avant le
30 septembre. Une commission sélectionnera les exposants.</p>"""), decoys={SC}),
        # comments by the Facebook comments plugin
        page("/actualites/detail/une-nouvelle-piste-cyclable-sur-le-front-de-mer", "Une nouvelle piste cyclable sur le front de mer", _t3(f"""
<p>2,8 kilomètres de piste à double sens relient désormais le Port à la plage de la Gaillarde. Elle est séparée de la chaussée par une
bordure plantée. Donnez-nous vos impressions en commentaire !</p>
{m.fb_comments("http://www.roquebrenne.fr/actualites/detail/une-nouvelle-piste-cyclable-sur-le-front-de-mer")}"""), features={CO}),
        page("/services/securite/participation-citoyenne", "Participation citoyenne : le dispositif s'étend", _t3("""
<p>Après les Issambres, le dispositif Participation citoyenne s'étend aux quartiers des Oliviers et de la Gaillarde. Les citoyens
référents, formés par la gendarmerie, font le lien entre leurs voisins et les forces de l'ordre.</p>"""), decoys={PD}),
        page("/contact", "Contact", _t3(m.powermail(12, "/contact", [
            ("text", "nom", "Nom", ()), ("email", "email", "E-mail", ()),
            ("select", "service", "Service", ("Accueil", "Urbanisme", "Police municipale", "Enfance", "Culture")),
            ("textarea", "message", "Message", ()),
            ("check", "rgpd", "Consentement", ("J'accepte le traitement de mes données pour la réponse à ma demande.",))])),
             features={CF}),
        page("/newsletter", "Newsletter", _t3("""
<form method="post" class="newsletter-form" action="/newsletter?tx_newsletter%5Baction%5D=subscribe"><label for="nl-mail">Votre e-mail</label>
<input type="email" id="nl-mail" name="tx_newsletter[email]" required /><label><input type="checkbox" name="tx_newsletter[lists][]" value="1" /> Agenda culturel</label>
<button type="submit" class="btn btn-primary">S'inscrire</button></form>"""), decoys={CF}),
        _legal("/mentions-legales", "Ville de Roquebrenne, Hôtel de ville, 83000 Roquebrenne", "Ville de Roquebrenne, service informatique"),
    ]
    return Site(ROQ, "vallons_typo3", "Ville de Roquebrenne", pages=pages,
                menu=[("Actualités", "/actualites"), ("Roquebrenne participe", "/ma-ville/roquebrenne-participe"),
                      ("Participer en ligne", f"http://{ROQ_CAPCO}/"), ("Contact", "/contact"), ("Newsletter", "/newsletter")],
                accounts=[social("facebook", "VilledeRoquebrenne"), social("instagram", "roquebrenne_officiel"),
                          social("x", "Roquebrenne83", "https://x.com/Roquebrenne83"), social("youtube", "villederoquebrenne"),
                          social("linkedin", "ville-de-roquebrenne")],
                address="Hôtel de ville, place de la Mairie, 83000 Roquebrenne")


def _capco_proposal_card(slug, title, author, votes, comments):
    return (f'<li class="proposal-preview"><div class="card"><h3 class="card__title"><a href="/project/{ROQ_BP}/collect/depot-des-projets/proposals/{slug}">{escape(title)}</a></h3>'
            f'<p class="card__author">{escape(author)}</p><div class="card__counters"><span>{votes} votes</span> <span>{comments} commentaires</span></div></div></li>')


def _roq_capco():
    step = f"/project/{ROQ_BP}/collect/depot-des-projets"
    pages = [
        page("/", "Roquebrenne participe", """
<section class="section--custom"><p>La plateforme de participation de la ville de Roquebrenne : budget participatif, consultations et droit
d'interpellation.</p></section>
<ul class="project-preview-list"><li><a href="/projects">Tous les projets</a></li></ul>""", platforms={"cap_collectif"}),
        page("/projects", "Projets", m.teasers([
            (f"/project/{ROQ_BP}/collect/depot-des-projets", "Mon projet pour Roquebrenne 2025", "Dépôt des projets en cours"),
            ("/project/avenir-du-port/questionnaire/questionnaire", "L'avenir du port", "Questionnaire ouvert"),
            ("/project/droit-d-interpellation/collect/interpellations", "Droit d'interpellation", "Interpellations en cours")], "project-list"),
             platforms={"cap_collectif"}),
        page(step, "Mon projet pour Roquebrenne 2025 - Dépôt des projets", f"""
<div class="step-header"><p class="step-status">En cours - jusqu'au 31 mars</p></div>
<p>Vous avez une idée pour votre quartier ? Déposez votre projet : décrivez-le, situez-le sur la carte et estimez son coût. Les
projets recevables seront soumis au vote des habitants en juin.</p>
<a class="btn btn-primary" href="/login" id="add-proposal">Déposer un projet</a>
<ul class="proposal-list">{_capco_proposal_card("un-verger-partage-au-parc-de-l-oliveraie", "Un verger partagé au parc de l'Oliveraie", "Association Les Oliviers", 0, 2)}
{_capco_proposal_card("des-bancs-ombrages-sur-le-port", "Des bancs ombragés sur le port", "Jean-Paul A.", 0, 0)}</ul>
<p><a href="/project/{ROQ_BP}/selection/vote">Étape suivante : le vote</a></p>""", features={PB, SC}, platforms={"cap_collectif"}),
        page(f"{step}/proposals/un-verger-partage-au-parc-de-l-oliveraie", "Un verger partagé au parc de l'Oliveraie", """
<div class="proposal__body"><p>Planter une vingtaine d'arbres fruitiers méditerranéens (figuiers, grenadiers, amandiers) au parc de
l'Oliveraie, avec un récupérateur d'eau et des ateliers de taille ouverts aux écoles.</p><p class="proposal__estimation">Estimation : 24 000 €</p></div>
<section class="proposal__comments"><h2>Commentaires (2)</h2>
<ul class="comments-list"><li class="comment"><span class="comment__author">Maryse</span><p>Très bonne idée pour les enfants du quartier.</p></li>
<li class="comment"><span class="comment__author">Thierry L.</span><p>Qui arrosera l'été ?</p></li></ul>
<form class="comment-form" action="/proposals/un-verger-partage-au-parc-de-l-oliveraie/comments" method="post"><label for="comment-body">Votre commentaire</label>
<textarea id="comment-body" name="comment[body]" rows="4"></textarea><input type="text" name="comment[authorName]" placeholder="Votre nom" /><input type="email" name="comment[authorEmail]" placeholder="Votre adresse e-mail" />
<button type="submit" class="btn btn-primary">Commenter</button></form></section>""",
             features={PB, CO}, decoys={SC}, platforms={"cap_collectif"}, parent=("Dépôt des projets", step)),
        page(f"{step}/proposals/des-bancs-ombrages-sur-le-port", "Des bancs ombragés sur le port", """
<div class="proposal__body"><p>Installer six bancs sous des pergolas le long du quai, pour les promeneurs et les pêcheurs.</p><p class="proposal__estimation">Estimation : 30 000 €</p></div>""",
             features={PB}, decoys={SC}, platforms={"cap_collectif"}, parent=("Dépôt des projets", step)),
        page(f"/project/{ROQ_BP}/selection/vote", "Mon projet pour Roquebrenne 2025 - Vote", """
<div class="step-header"><p class="step-status">À venir - du 2 au 22 juin</p></div>
<p>Chaque habitant pourra voter pour trois projets au maximum. Les projets retenus à l'issue de l'étude technique seront affichés ici.</p>""",
             features={PB}, platforms={"cap_collectif"}),
        page("/project/avenir-du-port/questionnaire/questionnaire", "L'avenir du port - Questionnaire", """
<p>Le port de Roquebrenne va être réaménagé. Répondez au questionnaire pour nous dire ce que vous en attendez.</p>
<form id="reply-form" class="questionnaire-form" action="/project/avenir-du-port/questionnaire/questionnaire" method="post">
<fieldset class="form-group"><legend>Venez-vous au port ?</legend><div class="radio"><label><input type="radio" name="responses[0]" value="souvent"> Souvent</label></div><div class="radio"><label><input type="radio" name="responses[0]" value="parfois"> Parfois</label></div><div class="radio"><label><input type="radio" name="responses[0]" value="jamais"> Jamais</label></div></fieldset>
<fieldset class="form-group"><legend>Quelle priorité pour le réaménagement ?</legend><div class="radio"><label><input type="radio" name="responses[1]" value="promenade"> Une promenade piétonne</label></div><div class="radio"><label><input type="radio" name="responses[1]" value="commerces"> Des commerces</label></div><div class="radio"><label><input type="radio" name="responses[1]" value="anneaux"> Plus d'anneaux pour les bateaux</label></div></fieldset>
<button type="submit" class="btn btn-primary">Envoyer</button></form>""", features={PO}, platforms={"cap_collectif"}),
        # a right of interpellation where residents file and support interpellations, with a threshold
        page("/project/droit-d-interpellation/collect/interpellations", "Droit d'interpellation - Interpellations", """
<p>Toute interpellation qui réunit le soutien de 300 habitants en trois mois est inscrite à l'ordre du jour du conseil municipal.
Déposez une interpellation ou soutenez celles des autres.</p>
<a class="btn btn-primary" href="/login">Déposer une interpellation</a>
<ul class="proposal-list"><li class="proposal-preview"><h3>Rouvrir les toilettes publiques de la plage du Port toute l'année</h3><span>212 soutiens sur 300</span> <a class="btn" href="/login">Soutenir</a></li>
<li class="proposal-preview"><h3>Un passage piéton devant le collège des Oliviers</h3><span>87 soutiens sur 300</span> <a class="btn" href="/login">Soutenir</a></li></ul>""",
             features={PE}, platforms={"cap_collectif"}),
        page("/login", "Connexion", m.login_form("/login_check", "username", "password"), decoys={CF}, platforms={"cap_collectif"}),
        page("/pages/mentions-legales", "Mentions légales", "<p>Plateforme éditée par la ville de Roquebrenne, hébergée par Cap Collectif.</p>",
             platforms={"cap_collectif"}),
    ]
    return Site(ROQ_CAPCO, "vallons_capco", "Roquebrenne participe", pages=pages,
                menu=[("Accueil", "/"), ("Projets", "/projects")], features=PLATFORM, platforms=frozenset({"cap_collectif"}))


# =================================================================================================================
# 98707 Sainte-Orlène: a Stratis site, a Publik portal and "Dialogue", a white-label platform drawn by a script

SOR = "www.sainte-orlene.fr"
SOR_PUBLIK = "demarches.sainte-orlene.fr"
SOR_DIA = "dialogue.sainte-orlene.fr"
DIA_BUNDLE = "/static/dialogue/app.2b7e91.js"
DIA_API = "/api/v1/page"
DIA_TITLE = "Dialogue - Sainte-Orlène"


def sainte_orlene():
    return _city("98707", "Sainte-Orlène", 167_800, "31", [_sor_www(), _sor_publik(), _sor_dialogue()])


def _sor_www():
    dia, dem = f"http://{SOR_DIA}", f"http://{SOR_PUBLIK}"
    hub = ("Participer", "/participer/")
    pages = [
        page("/", "Accueil", f"""
<section class="home-news"><h2 class="title">Actualités</h2>
{m.teasers([("/actualites/reunions-publiques-aux-minimes/", "Les Minimes : retour sur la réunion publique", ""),
            ("/actualites/budget-2025-adopte/", "Le budget 2025 adopté", ""),
            ("/actualites/la-ville-recrute-des-animateurs/", "La ville recrute des animateurs", ""),
            ("/actualites/forum-de-l-emploi/", "Forum de l'emploi le 14 octobre", ""),
            ("/actualites/ligne-a-grande-vitesse-une-petition/", "Ligne à grande vitesse : une pétition régionale", "")], "news-list")}</section>
<section class="home-quicklinks"><h2 class="title">En un clic</h2>
{m.teasers([(f"{dem}/", "Mes démarches en ligne", ""), ("/participer/", "Participer", ""), (f"{dia}/", "La plateforme Dialogue", "")], "quicklinks")}</section>"""),
        page("/participer/", "Participer à la vie de Sainte-Orlène", f"""
<p class="chapeau">Conseils de quartier, Fabrique citoyenne, budget participatif, pétitions, réseau de voisins : voici toutes les façons de
prendre part aux décisions de la ville.</p>
{m.teasers([("/participer/la-fabrique-citoyenne/", "La Fabrique citoyenne", "Notre démarche et sa charte."),
            ("/participer/conseils-de-quartier/", "Les conseils de quartier", "Onze conseils, ouverts à tous."),
            ("/participer/orlene-en-actions/", "Orlène en actions", "Un million d'euros pour vos projets."),
            ("/participer/droit-d-interpellation/", "Le droit d'interpellation", "Saisir le conseil municipal."),
            ("/participer/voisins-solidaires/", "Voisins solidaires avec Ensembl'", "Le réseau d'entraide entre voisins."),
            (f"{dia}/", "Dialogue, la plateforme en ligne", "Votez, signez, donnez votre avis."),
            (f"{dem}/boite-a-idees/", "La boîte à idées", "Une suggestion pour la ville ?")], "list-links")}""", features={PD}),
        page("/participer/la-fabrique-citoyenne/", "La Fabrique citoyenne", """
<p class="chapeau">La Fabrique citoyenne est la démarche de démocratie participative de Sainte-Orlène. Elle repose sur une charte adoptée
en 2022 après six mois de travail avec les habitants.</p>
<h2>Nos engagements</h2>
<ul><li>Informer en amont : chaque grand projet est présenté en réunion publique avant la décision.</li>
<li>Concerter : ateliers, balades urbaines et consultations en ligne accompagnent les projets d'aménagement.</li>
<li>Rendre compte : un bilan de chaque concertation explique ce qui a été retenu et pourquoi.</li></ul>
<h2>Qui fait vivre la Fabrique ?</h2>
<p>Un conseil de la Fabrique, composé d'habitants tirés au sort et d'associations, veille au respect de la charte et publie chaque
année un avis sur la participation dans la ville.</p>""", features={PD}, parent=hub),
        page("/participer/conseils-de-quartier/", "Les conseils de quartier", """
<p>Onze conseils de quartier couvrent toute la ville. Ils sont ouverts à tous les habitants, sans inscription : chacun peut assister aux
séances et y prendre la parole. Un bureau de huit habitants prépare l'ordre du jour avec l'adjoint de quartier.</p>
<p>Chaque conseil dispose d'un budget d'animation et peut demander l'inscription d'une question au conseil municipal.</p>""",
             features={PD}, parent=hub),
        # a budget under its local name, at the vote stage
        page("/participer/orlene-en-actions/", "Orlène en actions", f"""
<p class="chapeau">Orlène en actions, c'est un million d'euros pour vos projets : vous les proposez, vous les votez, la ville les réalise.</p>
<p>Pour la deuxième édition, 214 projets ont été déposés à l'automne. Après l'étude de faisabilité, 58 projets sont soumis au vote
des habitants jusqu'au 30 juin, sur <a href="{dia}/budget/projets">la plateforme Dialogue</a> et dans les mairies de quartier.</p>
<p>Chaque votant choisit jusqu'à cinq projets. Les résultats seront annoncés en juillet.</p>""", features={PB}, parent=hub),
        # a right of interpellation opened by a threshold of signatures: residents sign on the city's platform
        page("/participer/droit-d-interpellation/", "Le droit d'interpellation", f"""
<p class="chapeau">Depuis janvier 2024, les habitants peuvent saisir le conseil municipal par une pétition.</p>
<p>Toute pétition déposée sur <a href="{dia}/petitions">la plateforme Dialogue</a> qui recueille 1 500 signatures d'habitants de plus de
16 ans en six mois est inscrite à l'ordre du jour du conseil municipal. Ses auteurs viennent la présenter en séance et la
municipalité y répond publiquement.</p>
<p>À 300 signatures, les auteurs sont reçus par l'adjoint concerné.</p>""", features={PE}, parent=hub),
        # a city page presenting the neighbours' network it runs with Ensembl': what it is, how to join
        page("/participer/voisins-solidaires/", "Voisins solidaires avec Ensembl'", """
<p class="chapeau">La ville s'est associée à Ensembl', le réseau social des voisins, pour faciliter l'entraide dans les quartiers.</p>
<p>Prêter une perceuse, arroser les plantes d'un voisin parti en vacances, accompagner une personne âgée au marché, faire connaissance
avec les habitants de son immeuble : sur Ensembl', chacun peut publier une demande ou proposer un coup de main à ses voisins.</p>
<h2>Comment rejoindre le réseau ?</h2>
<ol><li>Téléchargez l'application Ensembl' ou rendez-vous sur <a href="https://www.ensembl.fr/">ensembl.fr</a>.</li>
<li>Indiquez votre adresse : vous rejoignez automatiquement la communauté de votre quartier.</li>
<li>Présentez-vous et commencez à échanger.</li></ol>
<p>Les agents des mairies de quartier animent les communautés et relaient les informations de la ville.</p>""",
             features={TSN}, parent=hub),
        page("/actualites/reunions-publiques-aux-minimes/", "Les Minimes : retour sur la réunion publique", """
<p>Plus de 150 habitants ont assisté le 12 mars à la réunion publique sur la requalification de l'avenue des Minimes. Les services ont
présenté les trois scénarios d'aménagement et répondu aux questions sur le stationnement et les arbres.</p>
<p>Un questionnaire sera proposé en ligne dans les prochaines semaines.</p>""", decoys={PO}),
        page("/actualites/budget-2025-adopte/", "Le budget 2025 adopté", """
<p>Le conseil municipal a adopté le budget primitif 2025 : 412 millions d'euros, dont 118 millions d'investissement. Un million est
réservé, comme l'an dernier, aux projets d'Orlène en actions. Les taux de fiscalité restent stables.</p>""", decoys={PB}),
        page("/actualites/la-ville-recrute-des-animateurs/", "La ville recrute des animateurs", """
<p>Pour ses accueils de loisirs, la ville recrute 40 animateurs titulaires du BAFA. Déposez votre candidature avant le 30 avril.</p>""",
             decoys={SC}),
        page("/actualites/forum-de-l-emploi/", "Forum de l'emploi le 14 octobre", """
<p>Plus de 80 entreprises et organismes de formation vous attendent au forum de l'emploi, salle des fêtes des Sept-Deniers, de 9 h à
17 h. Venez avec votre CV.</p>""", decoys={FO}),
        page("/actualites/ligne-a-grande-vitesse-une-petition/", "Ligne à grande vitesse : une pétition régionale", """
<p>Une pétition en faveur de l'accélération des travaux de la ligne à grande vitesse a dépassé 30 000 signatures sur
<a href="https://www.mesopinions.com/petition/politique/acceleration-lgv-sud-ouest/210447">mesopinions.com</a>. Le maire l'a signée
et appelle les habitants à la soutenir.</p>""", decoys={PE}),
        page("/contact/", "Contact", f"""
<p>Hôtel de ville, 1 place du Capitoulat. Du lundi au vendredi, 8 h 30 - 17 h 30.</p>
<p>Pour écrire aux services de la ville, utilisez le <a href="{dem}/contacter-la-mairie/">formulaire de contact</a> de notre portail
des démarches, ou écrivez à <a href="mailto:contact@sainte-orlene.fr">contact@sainte-orlene.fr</a>.</p>""", decoys={CF}),
        page("/newsletter/", "Lettre d'information", """
<form class="newsletter" action="/newsletter/" method="post"><label for="newsletter-email">Votre adresse e-mail</label><input type="email" id="newsletter-email" name="tx_stratisnewsletter[email]" required>
<fieldset><legend>Thèmes</legend><label><input type="checkbox" name="tx_stratisnewsletter[themes][]" value="agenda"> Agenda</label><label><input type="checkbox" name="tx_stratisnewsletter[themes][]" value="travaux"> Travaux</label></fieldset>
<button type="submit">Je m'abonne</button></form>""", decoys={CF}),
        _legal("/mentions-legales/", "Ville de Sainte-Orlène, 1 place du Capitoulat, 31000 Sainte-Orlène", "Stratis, hébergement infogéré en France"),
    ]
    return Site(SOR, "vallons_stratis", "Ville de Sainte-Orlène", pages=pages,
                menu=[("Actualités", "/"), ("Participer", "/participer/"), ("Démarches", f"http://{SOR_PUBLIK}/"),
                      ("Contact", "/contact/")],
                accounts=[social("facebook", "SainteOrlene"), social("instagram", "sainteorlene"), social("x", "SainteOrlene"),
                          social("linkedin", "ville-de-sainte-orlene"), social("youtube", "SainteOrleneTV"),
                          social("tiktok", "sainteorlene"), social("mastodon", "sainteorlene@mastodon.social")],
                address="1 place du Capitoulat, 31000 Sainte-Orlène")


def _sor_publik():
    pages = [
        page("/", "Mes démarches", m.teasers([
            ("/contacter-la-mairie/", "Contacter la mairie", "Posez votre question à un service"),
            ("/boite-a-idees/", "Boîte à idées", "Proposez une idée pour la ville"),
            ("/inscription-repas-des-seniors/", "Inscription au repas des seniors", "Jusqu'au 15 novembre")], "links-list")),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("contacter-la-mairie", [
            ("string", "Nom", True, ()), ("string", "Prénom", True, ()), ("email", "Courriel", True, ()),
            ("item", "Service concerné", True, ("Accueil", "État civil", "Voirie et propreté", "Écoles", "Sports", "Autre")),
            ("text", "Votre message", True, ())]), features={CF}),
        # an idea box on the e-services portal: a call for ideas whose form sends a message to the city
        page("/boite-a-idees/", "Boîte à idées", "<p>Vous avez une idée pour améliorer la vie à Sainte-Orlène ? Proposez-la : elle sera "
             "transmise au service concerné et étudiée. Les meilleures idées pourront être soumises au vote sur Dialogue.</p>"
             + m.wcs_form("boite-a-idees", [
                 ("string", "Nom", True, ()), ("email", "Courriel", True, ()),
                 ("item", "Thème", True, ("Propreté", "Nature en ville", "Déplacements", "Culture", "Solidarité")),
                 ("text", "Votre idée", True, ())], "Envoyer mon idée"), features={SC, CF}),
        page("/inscription-repas-des-seniors/", "Inscription au repas des seniors", m.wcs_form("inscription-repas-des-seniors", [
            ("string", "Nom", True, ()), ("string", "Prénom", True, ()), ("string", "Date de naissance", True, ()),
            ("radio", "Accompagné(e)", True, ("Oui", "Non")), ("item", "Date choisie", True, ("Mardi 2 décembre", "Jeudi 4 décembre"))],
            "S'inscrire"), decoys={CF}),
        page("/login/", "Connexion", m.login_form("/login/", "username", "password"), decoys={CF}),
    ]
    return Site(SOR_PUBLIK, "vallons_publik", "Mes démarches - Sainte-Orlène", pages=pages,
                menu=[("Mes démarches", "/"), ("Contact", "/contacter-la-mairie/"), ("Boîte à idées", "/boite-a-idees/")],
                address="1 place du Capitoulat, 31000 Sainte-Orlène")


def _dia_pages():
    return [
        # the platform's home presents the approach it carries (Fabrique citoyenne, conseils de quartier)
        page("/", "Dialogue, la plateforme de participation de Sainte-Orlène", """
<p class="dia-lead">Bienvenue sur Dialogue : votez pour les projets d'Orlène en actions, signez ou déposez une pétition, répondez aux
consultations et proposez vos idées. La plateforme prolonge en ligne la démarche de la Fabrique citoyenne et ses conseils de quartier.</p>
<ul class="dia-tiles"><li><a href="/budget/projets">Orlène en actions : votez</a></li><li><a href="/petitions">Pétitions</a></li>
<li><a href="/consultations/rythmes-scolaires">Consultation : les rythmes scolaires</a></li><li><a href="/idees">Vos idées</a></li></ul>""",
             features={PD}, platforms={"custom"}),
        page("/budget/projets", "Orlène en actions : les projets soumis au vote", """
<p>58 projets d'habitants sont soumis au vote jusqu'au 30 juin. Sélectionnez jusqu'à cinq projets puis validez votre vote.</p>
<form class="dia-ballot" action="/api/v1/vote" method="post">
<ul class="dia-projects"><li class="dia-project"><label><input type="checkbox" name="projets[]" value="14"> Un jardin de pluie rue des Tanneurs - 45 000 €</label></li>
<li class="dia-project"><label><input type="checkbox" name="projets[]" value="22"> Des jeux d'eau au parc de la Reynerie - 120 000 €</label></li>
<li class="dia-project"><label><input type="checkbox" name="projets[]" value="31"> Une recyclerie de quartier aux Sept-Deniers - 80 000 €</label></li></ul>
<button type="submit" class="dia-btn">Valider mon vote</button></form>""", features={PB}, platforms={"custom"}),
        page("/petitions", "Pétitions", """
<p>Une pétition qui recueille 1 500 signatures en six mois est inscrite à l'ordre du jour du conseil municipal.</p>
<a class="dia-btn" href="/connexion">Déposer une pétition</a>
<ul class="dia-petitions"><li><a href="/petitions/eclairage-du-parc-des-minimes">Pour l'éclairage du parc des Minimes le soir</a> <span class="dia-count">1 126 signatures</span> <a class="dia-btn" href="/petitions/eclairage-du-parc-des-minimes">Signer</a></li>
<li><span>Pour une cantine bio dans toutes les écoles</span> <span class="dia-count">1 612 signatures - transmise au conseil municipal</span></li></ul>""",
             features={PE}, platforms={"custom"}),
        page("/petitions/eclairage-du-parc-des-minimes", "Pour l'éclairage du parc des Minimes le soir", """
<p>Le parc des Minimes ferme à la tombée de la nuit faute d'éclairage. Nous demandons qu'il soit éclairé et ouvert jusqu'à 22 h d'avril
à septembre.</p>
<p class="dia-progress"><strong>1 126</strong> signatures sur 1 500 - encore 74 jours</p>
<form class="dia-sign" action="/api/v1/petitions/eclairage-du-parc-des-minimes/signatures" method="post">
<label for="sign-nom">Nom</label><input id="sign-nom" name="nom" type="text" required>
<label for="sign-email">Courriel</label><input id="sign-email" name="email" type="email" required>
<label><input type="checkbox" name="habitant" value="1" required> J'habite Sainte-Orlène et j'ai plus de 16 ans</label>
<button type="submit" class="dia-btn">Je signe la pétition</button></form>""", features={PE}, platforms={"custom"}),
        page("/consultations/rythmes-scolaires", "Consultation : les rythmes scolaires", """
<p>La semaine de quatre jours ou de quatre jours et demi ? Parents, enseignants, animateurs : répondez au questionnaire avant le 20 mai.</p>
<form class="dia-survey" action="/api/v1/consultations/rythmes-scolaires/reponses" method="post">
<fieldset><legend>Vous êtes :</legend><label><input type="radio" name="profil" value="parent"> Parent</label><label><input type="radio" name="profil" value="enseignant"> Enseignant</label><label><input type="radio" name="profil" value="animateur"> Animateur</label></fieldset>
<fieldset><legend>Quelle organisation préférez-vous ?</legend><label><input type="radio" name="organisation" value="4"> Quatre jours</label><label><input type="radio" name="organisation" value="4.5"> Quatre jours et demi</label></fieldset>
<fieldset><legend>Le mercredi matin devrait être consacré :</legend><label><input type="radio" name="mercredi" value="classe"> À la classe</label><label><input type="radio" name="mercredi" value="loisirs"> Aux activités de loisirs</label></fieldset>
<button type="submit" class="dia-btn">Envoyer</button></form>""", features={PO}, platforms={"custom"}),
        page("/idees", "Vos idées pour Sainte-Orlène", """
<p>Proposez vos idées pour la ville : les plus soutenues sont étudiées par les services et peuvent devenir des projets d'Orlène en actions.</p>
<a class="dia-btn" href="/connexion">Proposer une idée</a>
<ul class="dia-ideas"><li>Des composteurs collectifs au pied des immeubles <span class="dia-count">86 soutiens</span></li>
<li>Une fête des jardins partagés au printemps <span class="dia-count">41 soutiens</span></li></ul>""", features={SC}, platforms={"custom"}),
        page("/connexion", "Connexion", m.login_form("/api/v1/session", "email", "password"), decoys={CF}, platforms={"custom"}),
    ]


def _sor_dialogue():
    return Site(SOR_DIA, "vallons_dialogue", DIA_TITLE, pages=_dia_pages(),
                menu=[("Accueil", "/"), ("Budget", "/budget/projets"), ("Pétitions", "/petitions"),
                      ("Consultations", "/consultations/rythmes-scolaires"), ("Idées", "/idees"), ("Connexion", "/connexion")],
                features=PLATFORM, platforms=frozenset({"custom"}))


# The application: an empty shell, then everything from the API once the page has loaded.
_DIA_JS = """(function () {
  var root = document.getElementById("root");
  fetch("%s?chemin=" + encodeURIComponent(location.pathname), {headers: {"Accept": "application/json"}})
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var header = document.createElement("header");
      header.className = "dia-header";
      var nav = data.menu.map(function (item) {
        return '<li><a href="' + item[1] + '">' + item[0] + '</a></li>';
      }).join("");
      header.innerHTML = '<a class="dia-brand" href="/">Dialogue</a><nav aria-label="Menu principal"><ul>' + nav + '</ul></nav>';
      var main = document.createElement("main");
      main.className = "dia-main";
      var title = document.createElement("h1");
      title.textContent = data.titre;
      var content = document.createElement("div");
      content.className = "dia-content";
      content.innerHTML = data.contenu;
      main.append(title, content);
      var footer = document.createElement("footer");
      footer.innerHTML = '<p>Ville de Sainte-Orl\\u00e8ne - <a href="http://www.sainte-orlene.fr/">Site de la ville</a></p>';
      root.replaceChildren(header, main, footer);
      document.title = data.titre + " - Dialogue";
    });
})();
""" % DIA_API


class _DialogueHost(SiteHost):
    """Serves Dialogue: its pages as an empty shell, the bundle, and the JSON API the bundle reads."""

    def respond(self, request):
        path, _, query = request.target.partition("?")
        if request.target in self.site.by_path:
            return Reply.html(m.shell(DIA_TITLE, DIA_BUNDLE))
        if path == DIA_BUNDLE:
            return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _DIA_JS.encode())
        if path == DIA_API:
            from urllib.parse import parse_qs
            wanted = (parse_qs(query).get("chemin") or [""])[0]
            found = self.site.by_path.get(wanted)
            if found is None:
                return Reply(404, [("Content-Type", "application/json; charset=utf-8")], b'{"erreur":"introuvable"}')
            data = {"titre": found.title, "contenu": found.body, "menu": self.site.menu}
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps(data, ensure_ascii=False).encode())
        return super().respond(request)


def hosts():
    """Dialogue (dialogue.sainte-orlene.fr) is drawn by a script: its host answers with a shell and a JSON API."""
    return {SOR_DIA: _DialogueHost(_sor_dialogue())}


# =================================================================================================================
# 98708 Plouzével: WordPress (Kadence), Go Vocal, a MyBB board and a neighbours' network on Smiile

PLZ = "www.plouzevel.bzh"
PLZ_GV = "plouzevel.govocal.com"
PLZ_FORUM = "forum.plouzevel.bzh"
PLZ_NET = "voisins.plouzevel.bzh"


def plouzevel():
    return _city("98708", "Plouzével", 38_200, "29", [_plz_www(), _plz_govocal(), _plz_forum(), _plz_voisins()],
                 decoy_accounts=("https://www.facebook.com/comitedesfetesplouzevel",))


def _plz_www():
    gv, forum, net = f"http://{PLZ_GV}", f"http://{PLZ_FORUM}", f"http://{PLZ_NET}"
    hub = ("Plouzével, c'est vous !", "/plouzevel-cest-vous/")
    pages = [
        page("/", "Accueil", f"""
<div class="wp-block-columns"><div class="wp-block-column" style="flex-basis:66.66%">
<h2 class="wp-block-heading">À la une</h2>
{m.teasers([("/2025/02/10/renovation-de-la-halle/", "Rénovation de la halle : les premières images", ""),
            ("/2025/03/01/fete-de-la-bretagne-soumettez-vos-propositions/", "Fête de la Bretagne : soumettez vos propositions", ""),
            ("/2025/04/18/enquete-sur-vos-deplacements/", "Enquête sur vos déplacements", ""),
            ("/2025/02/28/concours-photo-plouzevel-au-fil-des-saisons/", "Concours photo « Plouzével au fil des saisons »", ""),
            ("/actualites/", "Toutes les actualités", "")], "wp-block-latest-posts")}
</div><div class="wp-block-column" style="flex-basis:33.33%"><aside class="widget-area"><section id="yop_poll_widget-2" class="widget yop_poll_widget"><h2 class="widget-title">Sondage</h2>
{m.yop_poll(7, "Quel jour préférez-vous pour le marché bio ?", [(31, "Le mercredi après-midi"), (32, "Le vendredi soir"), (33, "Le samedi matin")])}
</section></aside></div></div>""", features={PO}),
        page("/plouzevel-cest-vous/", "Plouzével, c'est vous !", f"""
<p>Plouzével, c'est vous ! rassemble les rendez-vous et les outils qui permettent aux Plouzévelois de participer à la vie de la commune :
les comités de village, les réunions publiques avant chaque grand projet, le budget participatif, le forum des habitants et le réseau
d'entraide entre voisins.</p>
<div class="wp-block-group">{m.teasers([("/plouzevel-cest-vous/comites-de-village/", "Les comités de village", "Kerlann, Le Bourg, Pen ar Hoat, Kervern."),
            ("/plouzevel-cest-vous/plouzevel-en-projets/", "Plouzével en projets", "Le budget des habitants."),
            ("/plouzevel-cest-vous/voisins-de-plouzevel/", "Voisins de Plouzével", "Le réseau d'entraide entre voisins."),
            (f"{forum}/", "Le forum des habitants", "Échangez avec les autres habitants.")], "wp-block-list")}</div>""", features={PD}),
        page("/plouzevel-cest-vous/comites-de-village/", "Les comités de village", """
<p>La commune est née de la fusion de quatre anciens villages. Chacun a gardé son comité : une assemblée d'habitants qui se réunit deux
fois par an avec le maire délégué, donne son avis sur les travaux et les projets du village et organise ses fêtes.</p>
<p>Tous les habitants du village peuvent y participer. Le comité élit un bureau de cinq membres qui fait le lien avec la mairie entre
les réunions.</p>""", features={PD}, parent=hub),
        # the budget's presentation page, at the vote stage
        page("/plouzevel-cest-vous/plouzevel-en-projets/", "Plouzével en projets", f"""
<p>Avec Plouzével en projets, la commune confie 80 000 euros par an à des projets proposés par les habitants. Les projets réalisables
sont soumis au vote de tous les Plouzévelois à partir de 11 ans.</p>
<p>Le vote de l'édition 2025 est ouvert jusqu'au 15 juin sur <a href="{gv}/fr-FR/projects/plouzevel-en-projets-2025">la plateforme
participative</a> et en mairie. Quatorze projets sont en lice : une aire de pique-nique à Kervern, des nichoirs, un abri vélo au
collège, une boîte à livres…</p>""", features={PB}, parent=hub),
        # a city page presenting the neighbours' network it runs with Smiile: what it is, how to join
        page("/plouzevel-cest-vous/voisins-de-plouzevel/", "Voisins de Plouzével", f"""
<p>Voisins de Plouzével est le réseau d'entraide entre voisins de la commune, mis en place avec Smiile. Il permet de prêter ou
d'emprunter un outil, de proposer un covoiturage vers Quimper, de trouver quelqu'un pour nourrir le chat pendant les vacances ou de
donner des meubles.</p>
<h3 class="wp-block-heading">Comment s'inscrire ?</h3>
<p>Créez votre compte sur <a href="{net}/inscription">voisins.plouzevel.bzh</a> avec votre adresse : un justificatif de domicile est
demandé pour que seuls les habitants y aient accès. La mairie y publie aussi ses alertes (coupures d'eau, tempêtes).</p>""",
             features={TSN}, parent=hub),
        page("/actualites/", "Actualités", m.teasers([
            ("/2025/02/10/renovation-de-la-halle/", "Rénovation de la halle : les premières images", "10 février 2025"),
            ("/2025/03/01/fete-de-la-bretagne-soumettez-vos-propositions/", "Fête de la Bretagne : soumettez vos propositions", "1er mars 2025"),
            ("/2025/01/20/resultats-du-sondage-sur-le-marche/", "Marché : les résultats du sondage", "20 janvier 2025"),
            ("/2025/04/18/enquete-sur-vos-deplacements/", "Enquête sur vos déplacements", "18 avril 2025"),
            ("/2025/02/28/concours-photo-plouzevel-au-fil-des-saisons/", "Concours photo", "28 février 2025"),
            ("/2025/05/20/elections-le-point-sur-la-participation/", "Élections : le point sur la participation", "20 mai 2025")], "wp-block-latest-posts")),
        # comments by Disqus
        page("/2025/02/10/renovation-de-la-halle/", "Rénovation de la halle : les premières images", f"""
<p>L'architecte a présenté les premières images de la halle rénovée : charpente conservée, verrière sur le pignon sud, espace couvert
pour le marché et les fêtes. Les travaux dureront un an à partir de septembre. Qu'en pensez-vous ? Réagissez ci-dessous.</p>
{m.disqus("plouzevel-bzh", "http://www.plouzevel.bzh/2025/02/10/renovation-de-la-halle/", "post-2214")}""", features={CO}),
        # a call for proposals whose form sends each proposal to the city
        page("/2025/03/01/fete-de-la-bretagne-soumettez-vos-propositions/", "Fête de la Bretagne : soumettez vos propositions", f"""
<p>La commune organise la Fête de la Bretagne le 17 mai. Concert, fest-noz, ateliers de langue, jeux bretons : soumettez vos
propositions d'animation avant le 31 mars. Les associations, les écoles et les habitants sont invités à y contribuer, en lien avec le
<a href="https://www.facebook.com/comitedesfetesplouzevel">comité des fêtes</a>.</p>
{m.gravity(4, "/2025/03/01/fete-de-la-bretagne-soumettez-vos-propositions/", "Vos propositions", [
    ("text", "Nom ou association", True, ()), ("email", "Adresse e-mail", True, ()),
    ("select", "Type d'animation", False, ("Musique et danse", "Atelier", "Jeux", "Autre")),
    ("textarea", "Votre proposition", True, ())], "Envoyer")}""", features={SC, CF}),
        page("/contact/", "Contact", f"""
<p>Mairie de Plouzével, 3 place de l'Église. Ouverte du lundi au samedi matin.</p>
{m.gravity(1, "/contact/", "Contact", [
    ("text", "Nom", True, ()), ("email", "E-mail", True, ()), ("text", "Objet", True, ()), ("textarea", "Message", True, ()),
    ("consent", "Consentement", True, ("J'accepte que mes données soient traitées pour répondre à ma demande.",))])}""", features={CF}),
        page("/2025/01/20/resultats-du-sondage-sur-le-marche/", "Marché : les résultats du sondage", f"""
<p>Le sondage sur le jour du marché est terminé : merci aux 612 votants. Le marché restera le samedi matin, avec un marché bio le
vendredi soir à partir d'avril.</p>
{m.yop_poll(5, "Faut-il déplacer le marché ?", [(21, "Oui, au dimanche matin", 28, 171), (22, "Non, le samedi matin", 61, 373), (23, "Sans avis", 11, 68)], ended=True)}""",
             decoys={PO}),
        # a survey embedded from Eval&GO
        page("/2025/04/18/enquete-sur-vos-deplacements/", "Enquête sur vos déplacements", f"""
<p>La communauté de communes et la mairie préparent le schéma des liaisons douces. Prenez quelques minutes pour répondre à l'enquête
sur vos déplacements, ouverte jusqu'au 31 mai. Les réponses sont anonymes.</p>
{m.evalandgo("a7d3c91e6b2f", "Enquête déplacements Plouzével")}""", features={PO}),
        page("/2025/02/28/concours-photo-plouzevel-au-fil-des-saisons/", "Concours photo « Plouzével au fil des saisons »", """
<p>Envoyez jusqu'à trois photos de la commune avant le 30 avril. Un jury de photographes amateurs désignera les lauréats, dont les
images seront exposées sous la halle et publiées dans le bulletin municipal.</p>""", decoys={PB, SC}),
        page("/2025/05/20/elections-le-point-sur-la-participation/", "Élections : le point sur la participation", """
<p>Lors du dernier scrutin, la participation a atteint 61 % à Plouzével, contre 52 % dans le département. Le bureau de Kervern
détient le record avec 68 % de votants.</p>""", decoys={PD}),
        page("/newsletter/", "Lettre d'information", m.brevo(), decoys={CF}),
        _legal("/mentions-legales/", "Commune de Plouzével, 3 place de l'Église, 29000 Plouzével", "o2switch, Clermont-Ferrand"),
    ]
    return Site(PLZ, "vallons_wp_kadence", "Plouzével", pages=pages,
                menu=[("Actualités", "/actualites/"), ("Plouzével, c'est vous !", "/plouzevel-cest-vous/"),
                      ("Forum", f"http://{PLZ_FORUM}/"), ("Newsletter", "/newsletter/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "communedeplouzevel"), social("instagram", "plouzevel"),
                          social("youtube", "CommunedePlouzevel"), social("mastodon", "plouzevel@mastodon.bzh"),
                          social("tiktok", "plouzevel")],
                address="Mairie, 3 place de l'Église, 29000 Plouzével")


def _plz_govocal():
    bp, bourg = "plouzevel-en-projets-2025", "le-bourg-de-demain"
    pages = [
        page("/fr-FR/", "Plouzével participe", """
<div id="e2e-landing-page-header"><p>Bienvenue sur la plateforme de participation de Plouzével.</p></div>
<div id="e2e-projects-list"><ul><li><a href="/fr-FR/projects/plouzevel-en-projets-2025">Plouzével en projets 2025 - Vote en cours</a></li>
<li><a href="/fr-FR/projects/le-bourg-de-demain">Le bourg de demain - Idées</a></li></ul></div>""", platforms={"go_vocal"}),
        page(f"/fr-FR/projects/{bp}", "Plouzével en projets 2025", """
<div id="project-description"><p>80 000 € pour les projets des habitants. Votez pour vos projets préférés jusqu'au 15 juin : vous avez
quatre voix.</p></div>
<div id="e2e-timeline-phases"><ol><li>Dépôt des idées (terminé)</li><li>Analyse (terminé)</li><li class="current">Vote</li></ol></div>
<ul id="e2e-ideas-list" class="voting-list"><li class="e2e-idea-card"><h3>Une aire de pique-nique à Kervern</h3><span>6 500 €</span><button class="e2e-vote-button" type="button">Voter</button></li>
<li class="e2e-idea-card"><h3>Un abri vélo au collège</h3><span>12 000 €</span><button class="e2e-vote-button" type="button">Voter</button></li></ul>""",
             features={PB}, platforms={"go_vocal"}),
        page(f"/fr-FR/projects/{bourg}", "Le bourg de demain", f"""
<div id="project-description"><p>Comment rendre le bourg plus agréable ? Partagez vos idées et votez pour celles des autres.</p></div>
<a class="e2e-idea-button" href="/fr-FR/projects/{bourg}/ideas/new">Soumettez votre idée</a>
<ul id="e2e-ideas-list"><li class="e2e-idea-card"><a href="/fr-FR/ideas/des-bancs-le-long-du-chemin-de-halage">Des bancs le long du chemin de halage</a> <span>23 votes</span> <span>2 commentaires</span></li></ul>""",
             features={SC}, platforms={"go_vocal"}),
        page(f"/fr-FR/projects/{bourg}/ideas/new", "Ajouter une idée", """
<form id="idea-form" class="e2e-idea-form"><label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" name="title_multiloc" type="text">
<label for="e2e-idea-description">Description</label><textarea id="e2e-idea-description" name="body_multiloc"></textarea>
<button type="submit" id="e2e-idea-form-submit">Publier</button></form>""", features={SC}, platforms={"go_vocal"}),
        # one resident's idea, commented: not a call for ideas
        page("/fr-FR/ideas/des-bancs-le-long-du-chemin-de-halage", "Des bancs le long du chemin de halage", """
<div id="e2e-idea-show"><p>Le chemin de halage est très fréquenté par les promeneurs âgés, mais il n'y a aucun banc entre l'écluse et le
pont de Kerlann.</p><span class="e2e-vote-count">23 votes</span></div>
<div id="e2e-comments-container"><h2>Commentaires (2)</h2>
<div class="e2e-comment"><span class="e2e-author-name">Gwenaëlle</span><p>Oui ! Et une poubelle à côté.</p></div>
<div class="e2e-comment"><span class="e2e-author-name">Loïc</span><p>Attention aux crues, il faudra les fixer.</p></div>
<form id="e2e-comment-form"><label for="submit-comment">Écrire un commentaire</label><textarea id="submit-comment" name="comment"></textarea><button type="submit" class="e2e-submit-comment">Publier</button></form></div>""",
             features={CO}, decoys={SC}, platforms={"go_vocal"}),
        page("/fr-FR/sign-in", "Se connecter", m.login_form("/fr-FR/sign-in", "email", "password"), decoys={CF}, platforms={"go_vocal"}),
        page("/fr-FR/pages/terms-and-conditions", "Conditions générales", "<p>La plateforme Plouzével participe est gérée par la commune.</p>",
             platforms={"go_vocal"}),
    ]
    return Site(PLZ_GV, "vallons_govocal", "Plouzével participe", pages=pages,
                menu=[("Accueil", "/fr-FR/"), ("Plouzével en projets", f"/fr-FR/projects/{bp}"), ("Le bourg de demain", f"/fr-FR/projects/{bourg}")],
                redirects={"/": "/fr-FR/"}, features=PLATFORM, platforms=frozenset({"go_vocal"}))


def _plz_forum():
    threads = [(27, "Coupure d'eau à Pen ar Hoat ?", "Yvonne", 4, 213, "Aujourd'hui, 09:12"),
               (25, "Idées de sorties avec des ados le week-end", "Ronan", 7, 388, "Hier, 21:40")]
    pages = [
        page("/", "Forum des habitants de Plouzével", """
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<thead><tr><td class="thead" colspan="4"><div><strong><a href="/">La vie à Plouzével</a></strong></div></td></tr></thead>
<tbody><tr><td class="trow1" align="center" width="1"><span class="forum_status forum_on" title="Contient de nouveaux messages"></span></td>
<td class="trow1"><strong><a href="forumdisplay.php?fid=3">Entre voisins</a></strong><div class="smalltext">Questions pratiques, bons plans, entraide.</div></td>
<td class="trow1" align="center" style="white-space: nowrap">64</td><td class="trow1" align="center" style="white-space: nowrap">517</td></tr></tbody></table>""",
             features={FO}),
        page("/forumdisplay.php?fid=3", "Entre voisins", m.mybb_threads(3, threads), features={FO}),
        page("/showthread.php?tid=27", "Coupure d'eau à Pen ar Hoat ?", m.mybb_posts(27, [
            ("Yvonne", "Aujourd'hui, 09:12", "Plus d'eau depuis ce matin rue de Pen ar Hoat, quelqu'un a des nouvelles ?"),
            ("Mairie de Plouzével", "Aujourd'hui, 10:03", "Bonjour, une canalisation a cédé, le retour de l'eau est prévu vers 14 h.")]),
             features={FO}),
        page("/showthread.php?tid=25", "Idées de sorties avec des ados le week-end", m.mybb_posts(25, [
            ("Ronan", "Hier, 21:40", "Que faites-vous avec vos ados le week-end quand il pleut ?"),
            ("Maëlle", "Hier, 22:05", "La piscine de Landerneau et l'escape game de Brest !")]),
             features={FO}),
        page("/newthread.php?fid=3", "Publier une nouvelle discussion", m.mybb_newthread(3), features={FO}),
        page("/member.php?action=login", "Connexion", m.mybb_login(), decoys={CF, FO}),
        page("/member.php?action=register", "Inscription", """
<form action="member.php" method="post" id="registration_form"><table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" colspan="2"><strong>Détails du compte</strong></td></tr>
<tr><td class="trow1"><strong>Identifiant :</strong></td><td class="trow1"><input type="text" class="textbox" name="username" id="username" style="width: 100%" value="" /></td></tr>
<tr><td class="trow2"><strong>Mot de passe :</strong></td><td class="trow2"><input type="password" class="textbox" name="password" id="password" style="width: 100%" /></td></tr>
<tr><td class="trow1"><strong>Adresse e-mail :</strong></td><td class="trow1"><input type="text" class="textbox" name="email" id="email" style="width: 100%" value="" /></td></tr>
</table><div align="center"><input type="submit" class="button" name="regsubmit" value="Envoyer l'inscription !" /></div><input type="hidden" name="action" value="do_register" /></form>""",
             decoys={CF, FO}),
    ]
    return Site(PLZ_FORUM, "vallons_mybb", "Forum des habitants de Plouzével", pages=pages, features=BOARD)


def _plz_voisins():
    # every page of the network's own site is the network, its sign-up and login pages included
    pages = [
        page("/", "Voisins de Plouzével, le réseau d'entraide entre voisins", """
<section class="sml-hero"><p>Prêtez, empruntez, donnez, rendez service : rejoignez les 1 240 voisins déjà inscrits à Plouzével.</p>
<a class="sml-btn" href="/inscription">Rejoindre mes voisins</a></section>
<section class="sml-feed"><h2>Les dernières annonces</h2><ul><li><a href="/annonces">Voir toutes les annonces</a></li></ul></section>""",
             features={TSN}),
        page("/annonces", "Les annonces de mes voisins", """
<ul class="sml-feed__list">
<li class="sml-card sml-card--pret"><span class="sml-card__type">Prêt</span><h3>Je prête ma remorque le week-end</h3><p>Kervern · par Jean-Yves</p></li>
<li class="sml-card sml-card--demande"><span class="sml-card__type">Demande</span><h3>Quelqu'un pour arroser mes tomates du 10 au 20 juillet ?</h3><p>Le Bourg · par Anne</p></li>
<li class="sml-card sml-card--don"><span class="sml-card__type">Don</span><h3>Donne lit enfant en bois</h3><p>Pen ar Hoat · par Soizic</p></li></ul>
<a class="sml-btn" href="/inscription">Publier une annonce</a>""", features={TSN}),
        page("/inscription", "Rejoindre mes voisins", """
<form class="sml-form" action="/inscription" method="post"><label for="sml-prenom">Prénom</label><input id="sml-prenom" name="firstname" type="text" required>
<label for="sml-email">Adresse e-mail</label><input id="sml-email" name="email" type="email" required>
<label for="sml-adresse">Adresse (pour rejoindre le réseau de votre quartier)</label><input id="sml-adresse" name="address" type="text" required>
<label for="sml-mdp">Mot de passe</label><input id="sml-mdp" name="password" type="password" required>
<button type="submit" class="sml-btn">Créer mon compte</button></form>""", features={TSN}, decoys={CF}),
        page("/connexion", "Se connecter", m.login_form("/connexion", "email", "password"), features={TSN}, decoys={CF}),
        page("/cgu", "Conditions générales d'utilisation", "<p>Le réseau Voisins de Plouzével est réservé aux habitants de la commune.</p>",
             features={TSN}),
    ]
    return Site(PLZ_NET, "vallons_voisins", "Voisins de Plouzével", pages=pages,
                menu=[("Accueil", "/"), ("Annonces", "/annonces")])
