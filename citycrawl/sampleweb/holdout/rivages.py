"""A part of the holdout: eight fictional communes, 98801-98808, with their own markup (``rivages_markup``).

Labelled from docs/CODEBOOK.md alone. On each page, ``features`` are the codebook codes the page holds and ``decoys``
the codes it looks close to but does not hold; a borderline page carries a one-line comment with the codebook's reason.
Every layout is this part's own (``rivages_*`` themes); every page a commune links to on its own hosts (the city's
domains and the platforms written for it) is written out here, and every link between them is plain ``http://``.

Labelling choices kept the same across the part:
- a page presenting one participatory budget, at any stage (filing, analysis, vote, winners, works), holds
  ``participatory_budget``; ``participation_displayed`` is kept for pages presenting the approach itself (bodies,
  charters, concertations, a hub listing the instruments), and a page presenting the city's right of petition
  together with the space where it is exercised holds ``petition`` the same way; a budget page inviting residents to
  file projects while filing is open is also an explicit call (``suggestion_call``), a closed call is not;
- a form that sends residents' free text to the city (an idea box, a name proposal, a project filing form on the city's
  own site) holds ``contact_form`` as well as the call it answers; a comment form, a petition's signature form, a
  survey and a login, newsletter, booking or payment form do not (they are decoys of ``contact_form``);
- every page of a participation platform holds ``participatory_platform`` (the site's feature, its login pages
  included), with the platform's components on the pages that carry them; one resident's proposal is no call;
- a board's login, registration and rules pages are not the board (decoys of ``forum``); a forum under a SPIP article
  is both a forum (SPIP forums) and comments under content;
- a survey embedded from a survey service (an iframe or the service's script) is a poll of the page that embeds it;
- platforms are named ``decidim``, ``fluicity``, ``idcity``, ``capcollectif``, ``govocal``, and ``custom`` for a
  platform a city runs under its own brand.

- 98801 Estavel-sur-Gironde (Gironde, 71,300): WordPress 6.4 with Blocksy (Forminator forms and polls, wpDiscuz,
  The Newsletter Plugin, a Typeform questionnaire), "Estavel en partage" (conseils de quartier, charter, concertation
  on the quays), a budget called "La Cagnotte des quartiers", and a Decidim 0.27 platform,
  participez.estavel-sur-gironde.fr (budget vote, proposals, survey, debate, citizens' initiatives with signatures).
- 98802 Villard-Brenon (Hautes-Alpes, 16,200, a mountain commune): SPIP 4.2 with Escal (forums under articles, the
  petitions plugin, Formidable forms, a Framaforms questionnaire, the newsletter plugin), a "conseil des hameaux", a
  budget called "Les Petits chantiers des hameaux", no platform.
- 98803 Lorvignies (Nord, 118,600): Drupal 10 with Bootstrap 5 (Webform, core comments, Poll, a Google Forms
  questionnaire), "Lorvignies ensemble" (conseils de quartier, conseils citoyens), a budget called "Mon quartier, mon
  projet" on Fluicity, lorvignies.flui.city, and the neighbours' network the city runs on HumHub,
  voisins.lorvignies.fr ("Lorvi'Voisins").
- 98804 Castelbrune (Tarn-et-Garonne, 27,800): Joomla 4 with Astroid (RSForm! Pro, JComments, AcyMailing, a Microsoft
  Forms questionnaire), the Kunena board of the town (index, category, topic, posting, login, rules), comités de
  quartier, and an id-city platform, castelbrune.id-city.com (budget "Castel'Projets", filing, survey).
- 98805 Haguenstein (Bas-Rhin, 52,400): TYPO3 12 (form framework, felogin, Hyvor Talk comments, a Tally form, a Brevo
  newsletter), a LimeSurvey server, enquetes.haguenstein.fr, and Cap Collectif, haguenstein.cap-collectif.com
  (budget filing and vote, a right of interpellation with supports, a questionnaire).
- 98806 Saint-Priac-sur-Loire (Loire-Atlantique, 143,700): Ametys CMS, a Publik portal, demarches.saint-priac.fr
  (contact form, idea box), "Faire ville ensemble" (conseils de quartier, a citizens' climate assembly), a budget called
  "Le Jardin des projets", and the city's own platform "Priac'Agora", agora.saint-priac.fr, an application drawn by a
  script from a JSON API (budget vote, petitions, a consultation, ideas), served through ``hosts()``.
- 98807 Bois-Vétyver (La Réunion, 41,800, overseas): WordPress 6.5 with Neve (Ninja Forms, drawn by the plugin's
  script, served through ``hosts()``; the Facebook comments plugin; Jotform, SurveyMonkey and Eval&GO surveys),
  "Ansanm Bois-Vétyver", a budget called "Nout' Projet" on Go Vocal, boisvetyver.govocal.com (ideas, budget,
  survey, citizens' proposals), and a NodeBB board, forum.boisvetyver.re ("Kozé Bois-Vétyver").
- 98808 Montigrelle-sur-Aube (Aube, 17,300): a Jalios JCMS site with almost nothing: no form to write to the city (an
  e-mail address only), and the usual decoys (council, elections, census, public inquiry, budget, gendarmerie's
  participation citoyenne, forum des associations, contests, fête des voisins, newsletter, login, payment, booking).
"""
import json
from urllib.parse import parse_qs

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import rivages_markup as m
from .rivages_markup import E, e

CF, PD, FO, CO, PO = "contact_form", "participation_displayed", "forum", "comments", "poll"
PE, SC, PB, PP, TSN = "petition", "suggestion_call", "participatory_budget", "participatory_platform", \
    "territorial_social_network"
PLATFORM = frozenset({PP})

REGIONS = {"33": ("75", "Nouvelle-Aquitaine"), "05": ("93", "Provence-Alpes-Côte d'Azur"), "59": ("32", "Hauts-de-France"),
           "82": ("76", "Occitanie"), "67": ("44", "Grand Est"), "44": ("52", "Pays de la Loire"), "974": ("04", "La Réunion"),
           "10": ("44", "Grand Est")}


def _city(code, name, population, dep, host, sites, **kw):
    region, region_name = REGIONS[dep]
    return City(code, name, population, dep, region, region_name, f"http://{host}/", sites, **kw)


def _ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _a(href, text):
    return f'<a href="{e(href)}">{e(text)}</a>'


# =====================================================================================================================
# 98801 Estavel-sur-Gironde — WordPress (Blocksy) and Decidim 0.27
# =====================================================================================================================

ESTAVEL = "www.estavel-sur-gironde.fr"
ESTAVEL_DECIDIM = "participez.estavel-sur-gironde.fr"
_EST_D = f"http://{ESTAVEL_DECIDIM}"


def _estavel_www():
    hub = ("Estavel en partage", "/estavel-en-partage/")
    news = ("Actualités", "/actualites/")
    idea_form = m.forminator_form(2214, [
        ("name", "name-1", "Votre nom", True), ("email", "email-1", "Votre adresse e-mail", True),
        ("select", "select-1", ("Votre quartier", ["Centre-bourg", "Les Rives", "Le Port", "Bellegrave", "Les Vignes"]), False),
        ("text", "text-1", "Votre idée en quelques mots", True),
        ("textarea", "textarea-1", "Décrivez votre idée : où, pour qui, pourquoi ?", True),
        ("consent", "consent-1", "J'accepte que la ville conserve ces informations pour étudier ma proposition", True)],
        submit="Envoyer mon idée")
    contact_form = m.forminator_form(1187, [
        ("name", "name-1", "Nom et prénom", True), ("email", "email-1", "Adresse e-mail", True),
        ("phone", "phone-1", "Téléphone", False),
        ("select", "select-1", ("Service concerné", ["Accueil", "État civil", "Urbanisme", "Voirie", "Enfance", "Autre"]), True),
        ("text", "text-1", "Objet", True), ("textarea", "textarea-1", "Votre message", True),
        ("consent", "consent-1", "J'accepte que mes données soient utilisées pour traiter ma demande", True)])
    month_poll = m.forminator_poll(3302, "Question du mois : quel horaire pour la navette du samedi ?",
                                   ["Départ à 9 h", "Départ à 10 h", "Deux départs, 9 h et 14 h"],
                                   description="Votez jusqu'au 30 juin. Un vote par foyer.")
    quays_poll = m.forminator_poll(3318, "Faut-il fermer les quais à la circulation le dimanche ?",
                                   ["Oui, toute l'année", "Oui, de mai à septembre", "Non"])
    pages = [
        page("/", "Accueil",
             '<div class="wp-block-group"><h2>À la une</h2>'
             + _ul([_a("/actualites/les-berges-en-chantier/", "Les berges en chantier jusqu'à l'automne"),
                    _a("/actualites/une-aire-de-jeux-nee-de-la-cagnotte/", "Une aire de jeux née de la Cagnotte des quartiers"),
                    _a("/estavel-en-partage/les-quais-de-demain/", "Les quais de demain : la concertation est ouverte")])
             + '</div><div class="wp-block-group"><h2>Accès rapides</h2>'
             + _ul([_a("/estavel-en-partage/", "Estavel en partage"), _a("/ma-ville/conseil-municipal/", "Le conseil municipal"),
                    _a("/ma-ville/budget-primitif-2025/", "Le budget de la ville"), _a("/contact/", "Écrire à la mairie"),
                    f'<a href="{_EST_D}/">La plateforme participez.estavel-sur-gironde.fr</a>'])
             + '</div><div class="wp-block-group has-background"><h2>La lettre d\'Estavel</h2>'
               '<p>Chaque mois, l\'essentiel de la vie estavelaise dans votre boîte aux lettres électronique.</p>'
             + m.tnp_newsletter() + '</div>',
             decoys={CF, PP}),
        page("/ma-ville/conseil-municipal/", "Le conseil municipal",
             "<p>Le conseil municipal compte 39 élus. Il se réunit en séance publique au moins une fois par trimestre, "
             "dans la salle des mariages de l'hôtel de ville. L'ordre du jour est affiché sept jours avant la séance.</p>"
             "<h2>Prochaines séances</h2>" + _ul(["Jeudi 26 juin à 18 h 30 : compte administratif 2024, tarifs de la "
                                                 "restauration scolaire, convention avec le SIVU des berges",
                                                 "Jeudi 25 septembre à 18 h 30"])
             + "<h2>Procès-verbaux</h2><p>Les procès-verbaux sont publiés après leur approbation à la séance suivante et "
               "consultables en mairie.</p>",
             decoys={PD}),  # the municipal council's own agenda is not the participatory approach
        page(hub[1], "Estavel en partage",
             "<p>Depuis 2021, la municipalité associe les Estavelais aux décisions qui changent leur quotidien. "
             "« Estavel en partage », c'est l'ensemble des lieux et des outils où chacun peut donner son avis, "
             "proposer et décider.</p><h2>Les instances</h2>"
             + _ul([_a("/estavel-en-partage/conseils-de-quartier/", "Les cinq conseils de quartier"),
                    _a("/estavel-en-partage/charte-de-la-participation/", "La charte de la participation")])
             + "<h2>Les outils</h2>"
             + _ul([_a("/estavel-en-partage/la-cagnotte-des-quartiers/", "La Cagnotte des quartiers : 250 000 € pour vos projets"),
                    _a("/estavel-en-partage/boite-a-idees/", "La boîte à idées"),
                    _a("/estavel-en-partage/les-quais-de-demain/", "Concertation : les quais de demain"),
                    f'<a href="{_EST_D}/">participez.estavel-sur-gironde.fr, la plateforme où l\'on vote, propose et signe les initiatives</a>'])
             + "<p>Une question ? L'équipe démocratie locale tient une permanence le mercredi après-midi à la Maison des "
               "Rives.</p>",
             features={PD}, parent=("Accueil", "/")),
        page("/estavel-en-partage/conseils-de-quartier/", "Les conseils de quartier",
             "<p>Centre-bourg, Les Rives, Le Port, Bellegrave et Les Vignes : chaque quartier a son conseil, composé "
             "d'habitants volontaires tirés au sort parmi les candidats, de représentants des associations et de deux "
             "élus référents. Les conseils se réunissent quatre fois par an ; leurs séances sont ouvertes à tous.</p>"
             "<p>Les conseils donnent leur avis sur les projets d'aménagement de leur secteur, disposent d'une enveloppe "
             "de 8 000 € pour des actions de proximité et relaient les projets de la Cagnotte des quartiers.</p>"
             "<h2>Rejoindre un conseil</h2><p>Les candidatures sont ouvertes chaque année en septembre. Le mandat dure deux "
             "ans et peut être renouvelé une fois.</p>",
             features={PD}, parent=hub),
        page("/estavel-en-partage/charte-de-la-participation/", "La charte de la participation",
             "<p>Adoptée par le conseil municipal le 14 octobre 2021 après six ateliers ouverts à tous, la charte fixe les "
             "engagements réciproques de la ville et des habitants.</p><h2>La ville s'engage à</h2>"
             + _ul(["dire, avant chaque démarche, ce qui est soumis à la discussion et ce qui ne l'est pas ;",
                    "répondre publiquement à chaque avis des conseils de quartier dans un délai de trois mois ;",
                    "rendre compte chaque année des suites données aux propositions des habitants."])
             + "<h2>Les participants s'engagent à</h2>" + _ul(["respecter la parole de chacun ;", "porter l'intérêt général du quartier."]),
             features={PD}, parent=hub),
        page("/estavel-en-partage/la-cagnotte-des-quartiers/", "La Cagnotte des quartiers",
             "<p>La Cagnotte des quartiers, c'est 250 000 € du budget d'investissement confiés chaque année aux "
             "habitants : vous proposez des projets, les services vérifient leur faisabilité, puis tous les Estavelais "
             "de plus de 11 ans votent.</p><h2>Le calendrier de l'édition 2025</h2>"
             + _ul(["Du 6 janvier au 28 février : dépôt des projets (clos)",
                    "Mars-avril : étude de faisabilité par les services et les conseils de quartier",
                    "Du 12 mai au 15 juin : vote en ligne et dans les accueils municipaux",
                    "Juillet : annonce des projets lauréats"])
             + f'<p><strong>Le vote est ouvert !</strong> <a href="{_EST_D}/processes/cagnotte-2025/f/41/budgets/7/projects">'
               f'Choisissez vos projets sur participez.estavel-sur-gironde.fr</a>.</p>'
             + f'<p>Découvrez aussi <a href="/actualites/une-aire-de-jeux-nee-de-la-cagnotte/">l\'aire de jeux du Port, '
               f'lauréate de l\'édition 2023</a>.</p>',
             features={PB}, parent=hub),
        page("/estavel-en-partage/boite-a-idees/", "La boîte à idées",
             "<p>Une idée pour votre rue, votre quartier, la ville ? Proposez-la ! Chaque idée est lue par l'équipe "
             "démocratie locale et transmise au service concerné ; vous recevez une réponse sous un mois.</p>" + idea_form,
             features={SC, CF}, parent=hub),
        page("/estavel-en-partage/les-quais-de-demain/", "Concertation : les quais de demain",
             m.wp_sidebar(
                 "<p>Les quais Bacalan et de la Douane seront réaménagés à partir de 2027. Avant d'écrire le programme, "
                 "la ville ouvre une concertation : trois balades urbaines, deux ateliers et un questionnaire.</p>"
                 "<h2>Répondez au questionnaire</h2><p>Dix minutes pour nous dire comment vous utilisez les quais "
                 "aujourd'hui et ce que vous en attendez.</p>"
                 + m.typeform("Xq7LmP2a", "Questionnaire – Les quais de demain")
                 + f'<p>Vous pouvez aussi <a href="{_EST_D}/processes/quais-de-demain">déposer et commenter des propositions '
                   f'sur la plateforme participative</a>.</p>',
                 m.wp_widget("Votre avis en un clic", quays_poll, "widget_forminator")),
             features={PD, PO}, parent=hub),
        page("/actualites/", "Actualités",
             m.wp_sidebar(
                 '<div class="entries" data-layout="simple">'
                 + "".join(f'<article class="entry-card post type-post"><h2 class="entry-title"><a href="{href}">{e(t)}</a></h2>'
                           f'<div class="entry-excerpt"><p>{e(x)}</p></div></article>' for href, t, x in [
                               ("/actualites/les-berges-en-chantier/", "Les berges en chantier jusqu'à l'automne",
                                "Les travaux de confortement des berges ont commencé le 3 mars."),
                               ("/actualites/une-aire-de-jeux-nee-de-la-cagnotte/", "Une aire de jeux née de la Cagnotte des quartiers",
                                "Le projet porté par les parents du Port a été inauguré samedi."),
                               ("/actualites/resultats-question-du-mois-marche-nocturne/", "Marché nocturne : vous avez choisi le jeudi",
                                "Les résultats de la question du mois d'avril."),
                               ("/actualites/gare-d-estavel-une-petition-circule/", "Gare d'Estavel : une pétition circule",
                                "Un collectif d'usagers s'inquiète de la desserte du soir.")]) + "</div>",
                 m.wp_widget("Question du mois", month_poll, "widget_forminator")),
             features={PO}, parent=("Accueil", "/")),
        page("/actualites/les-berges-en-chantier/", "Les berges en chantier jusqu'à l'automne",
             "<p>Les travaux de confortement des berges de la Gironde ont commencé le 3 mars entre le ponton du Port et la "
             "cale de Bellegrave. Le chemin de halage reste ouvert aux piétons, sauf pendant les marées de vives-eaux.</p>"
             "<p>Le chantier avait été présenté aux riverains lors d'une réunion de concertation en janvier ; les horaires "
             "ont été adaptés à leur demande. Vos questions sur le chantier sont les bienvenues ci-dessous.</p>"
             + m.wp_share(f"http://{ESTAVEL}/actualites/les-berges-en-chantier/", "Les berges en chantier")
             + m.wpdiscuz(412, [
                 ("Martine G.", "12 mars 2025", "Est-ce que la cale de Bellegrave restera accessible aux kayaks ?",
                  [("Ville d'Estavel", "13 mars 2025", "Oui, la cale reste ouverte le week-end pendant toute la durée des travaux.")]),
                 ("Pierre-Yves", "15 mars 2025", "Merci pour l'adaptation des horaires, les camions ne passent plus avant 8 h.", [])],
                 "Les berges en chantier"),
             features={CO}, decoys={CF, PD}, parent=news),
        page("/actualites/resultats-question-du-mois-marche-nocturne/", "Marché nocturne : vous avez choisi le jeudi",
             "<p>La question du mois d'avril est close. Vous avez été 1 214 à répondre :</p>"
             + _ul(["jeudi soir : 58 %", "vendredi soir : 31 %", "samedi soir : 11 %"])
             + "<p>Le marché nocturne se tiendra donc le jeudi, de 18 h à 22 h, du 3 juillet au 28 août, place du Marché.</p>",
             decoys={PO}, parent=news),  # results of a closed poll, no way to answer
        page("/actualites/une-aire-de-jeux-nee-de-la-cagnotte/", "Une aire de jeux née de la Cagnotte des quartiers",
             "<p>Proposée par l'association des parents d'élèves de l'école du Port et arrivée en tête du vote de la "
             "Cagnotte des quartiers 2023 avec 1 046 voix, la nouvelle aire de jeux du square Gambetta a été inaugurée "
             "samedi. Coût : 42 000 €, financés par la Cagnotte.</p>"
             "<p>Les projets de l'édition 2025 sont soumis au vote jusqu'au 15 juin sur "
             f'<a href="{_EST_D}/processes/cagnotte-2025">la plateforme participative</a>.</p>'
             + m.wp_share(f"http://{ESTAVEL}/actualites/une-aire-de-jeux-nee-de-la-cagnotte/", "Une aire de jeux")
             + m.wpdiscuz(418, [("Sonia", "9 avril 2025", "Mes enfants l'adorent, bravo aux parents qui ont porté le projet !", [])],
                          "Une aire de jeux"),
             # a news item given over to one budget project, at its works stage, shows the budget
             features={PB, CO}, decoys={CF}, parent=news),
        page("/actualites/gare-d-estavel-une-petition-circule/", "Gare d'Estavel : une pétition circule",
             "<p>Un collectif d'usagers du TER a lancé une pétition sur Change.org pour "
             "demander le maintien du dernier train du soir vers Bordeaux. La municipalité, qui n'en est pas à "
             "l'origine, a écrit à la Région pour soutenir la demande.</p>"
             '<p class="comments-closed">Les commentaires sont fermés.</p>',
             decoys={PE, CO}, parent=news),  # a petition reported in the news, on a site the city does not run
        page("/ma-ville/budget-primitif-2025/", "Le budget primitif 2025",
             "<p>Voté le 20 mars 2025, le budget primitif s'élève à 98,4 M€ : 74,1 M€ de fonctionnement et 24,3 M€ "
             "d'investissement. Les taux d'imposition sont inchangés.</p><h2>Les grands projets</h2>"
             + _ul(["rénovation énergétique du groupe scolaire des Vignes : 4,2 M€", "confortement des berges : 3,1 M€",
                    "Cagnotte des quartiers : 0,25 M€"])
             + "<p>Le compte administratif 2024 sera présenté au conseil municipal du 26 juin.</p>",
             decoys={PB}, parent=("Ma ville", "/ma-ville/conseil-municipal/")),
        page("/vie-associative/subventions-aux-associations/", "Subventions aux associations",
             "<p>L'appel à projets associatifs 2026 est ouvert du 1er septembre au 15 octobre. Les associations "
             "estavelaises peuvent demander une subvention de fonctionnement ou une aide à un projet.</p>"
             "<p>Le dossier est à déposer sur le portail des associations ; une commission d'élus examine les demandes "
             "en novembre.</p>",
             decoys={PB, SC}, parent=("Accueil", "/")),
        page("/contact/", "Contacter la mairie",
             "<p>Hôtel de ville, 1 place de la République. Ouvert du lundi au vendredi de 8 h 30 à 17 h 30 et le samedi "
             "de 9 h à 12 h.</p>" + contact_form,
             features={CF}, parent=("Accueil", "/")),
        page("/securite/participation-citoyenne/", "Le dispositif de participation citoyenne",
             "<p>Signé le 2 février 2024 entre le maire, le préfet et la gendarmerie, le protocole de participation "
             "citoyenne associe des habitants référents à la prévention des cambriolages dans les lotissements de "
             "Bellegrave et des Vignes. Les référents signalent les faits inhabituels à la brigade ; ils veillent mais ne "
             "surveillent pas.</p><p>Pour devenir référent, adressez-vous à la police municipale.</p>",
             decoys={PD}, parent=("Accueil", "/")),  # the gendarmerie's watch scheme, not the participatory approach
    ]
    menu = [("Ma ville", "/ma-ville/conseil-municipal/"), ("Estavel en partage", hub[1]), ("Actualités", news[1]),
            ("Associations", "/vie-associative/subventions-aux-associations/"), ("Sécurité", "/securite/participation-citoyenne/"),
            ("Contact", "/contact/")]
    accounts = [social("facebook", "VilleEstavel", "https://fr-fr.facebook.com/VilleEstavel/"),
                social("instagram", "estavel_sur_gironde", "https://www.instagram.com/estavel_sur_gironde/"),
                social("youtube", "VilleEstavel", "https://www.youtube.com/@VilleEstavel"),
                social("linkedin", "ville-d-estavel-sur-gironde", "https://www.linkedin.com/company/ville-d-estavel-sur-gironde/"),
                social("mastodon", "estavel@piaille.fr", "https://piaille.fr/@estavel")]
    return Site(ESTAVEL, "rivages_wp_blocksy", "Ville d'Estavel-sur-Gironde", pages, menu=menu, accounts=accounts,
                address="1 place de la République, 33560 Estavel-sur-Gironde")


def _estavel_decidim():
    cag = ("La Cagnotte des quartiers 2025", "/processes/cagnotte-2025")
    quais = ("Les quais de demain", "/processes/quais-de-demain")
    cag_steps = ["Dépôt des projets", "Étude de faisabilité", "Vote", "Résultats"]
    quais_steps = ["Information", "Propositions et questionnaire", "Synthèse"]
    budgets = "/processes/cagnotte-2025/f/41/budgets/7/projects"
    qnav = [("/processes/quais-de-demain/f/52/proposals", "Propositions", False),
            ("/processes/quais-de-demain/f/53/", "Questionnaire", False),
            ("/processes/quais-de-demain/f/54/debates/9", "Débat", False)]
    projects = [(112, "Des fontaines à eau dans les trois parcs", "Les Rives", "24 000 €"),
                (115, "Un jardin partagé derrière la médiathèque", "Centre-bourg", "18 500 €"),
                (121, "Éclairer le chemin de halage jusqu'au ponton", "Le Port", "61 000 €"),
                (126, "Une boîte à livres par quartier", "Tous les quartiers", "6 000 €")]
    project_cards = "".join(
        f'<div class="card--list__item budget-list__item" id="project-{pid}-item"><div class="card--list__text">'
        + (f'<a href="{budgets}/{pid}" class="card__link"><h5 class="card--list__heading heading6">{e(t)}</h5></a>' if pid == 112
           else f'<h5 class="card--list__heading heading6">{e(t)}</h5>') +
        f'<span class="text-small">{e(q)}</span></div><div class="budget-list__data"><span class="budget-list__number">{e(c)}</span>'
        f'<button class="button small hollow budget--list__action" data-open="loginModal">Ajouter</button></div></div>'
        for pid, t, q, c in projects)
    proposals = [(318, "Des bancs face à l'estuaire", "Chantal M.", 27, 5),
                 (322, "Une piste cyclable séparée jusqu'au Port", "Vélo Estavel", 64, 12),
                 (329, "Garder les platanes du quai de la Douane", "Bernard L.", 88, 9)]
    prop_cards = "".join(
        f'<div class="card card--proposal"><div class="card__content">'
        + (f'<a href="/processes/quais-de-demain/f/52/proposals/{pid}" class="card__link"><h5 class="card__title">{e(t)}</h5></a>'
           if pid == 318 else f'<h5 class="card__title">{e(t)}</h5>')
        + f'<div class="author-data"><span class="author__name">{e(a)}</span></div></div>'
        f'<div class="card__footer"><div class="card__support"><span class="card__support__data"><strong>{s}</strong> soutiens</span></div>'
        f'<span class="card__comments">{c} commentaires</span></div></div>'
        for pid, t, a, s, c in proposals)
    pages = [
        page("/", "Participez à Estavel",
             '<section class="extended hero"><div class="hero__container"><h1 class="text-highlight heading1">Participez à la vie d\'Estavel</h1>'
             '<p>Votez pour les projets de votre quartier, proposez, débattez et signez les initiatives citoyennes.</p></div></section>'
             '<section class="wrapper-home"><div class="row column"><h3 class="section-heading">Processus actifs</h3><div class="row small-up-1 medium-up-2 card-grid">'
             f'<div class="column"><article class="card card--process"><div class="card__content"><a href="{cag[1]}" class="card__link"><h4 class="card__title">{e(cag[0])}</h4></a>'
             '<p>Phase actuelle : vote, jusqu\'au 15 juin.</p></div></article></div>'
             f'<div class="column"><article class="card card--process"><div class="card__content"><a href="{quais[1]}" class="card__link"><h4 class="card__title">{e(quais[0])}</h4></a>'
             '<p>Phase actuelle : propositions et questionnaire.</p></div></article></div></div></div>'
             '<div class="row column"><h3 class="section-heading">Initiatives citoyennes</h3><p>Une initiative qui recueille 500 '
             'signatures d\'Estavelais est inscrite à l\'ordre du jour du conseil municipal.</p><a class="button" href="/initiatives">'
             'Voir les initiatives</a></div></section>'),
        page(cag[1], cag[0],
             m.decidim_process_header(cag[0], "250 000 € pour les projets des habitants", cag_steps, 2)
             + m.decidim_nav("cagnotte-2025", [(budgets, "Voter", True)])
             + '<div class="row column"><div class="section"><div class="lead"><p>Vous avez plus de 11 ans et vous habitez, '
               'étudiez ou travaillez à Estavel ? Choisissez les projets que la ville réalisera en 2026 : composez votre panier '
               'dans la limite de 250 000 €.</p></div><p>41 projets ont été déposés, 23 ont été jugés réalisables et sont soumis au vote.</p>'
               f'<a class="button" href="{budgets}">Je vote</a></div></div>',
             features={PB}, parent=("Accueil", "/")),
        page(budgets, "Voter pour les projets",
             m.decidim_process_header(cag[0], "Vote", cag_steps, 2)
             + '<div class="row column"><div class="budget-summary" data-progress-reference="budget-summary"><div class="card"><div class="card__content">'
               '<h3 class="heading3">Vous décidez du budget</h3><p>Quels projets la ville doit-elle financer ? Ajoutez des projets à '
               'votre vote jusqu\'à 250 000 €, puis confirmez.</p><div class="budget-summary__progressbox"><div class="progress budget-progress" '
               'role="progressbar" aria-valuenow="0" aria-valuemin="0" aria-valuemax="100"><div class="progress-meter budget-progress__meter" '
               'style="width: 0%"></div></div><span class="budget-summary__total">Attribué : 0 €</span></div></div></div></div>'
               f'<div id="projects" class="card card--list">{project_cards}</div></div>',
             features={PB}, parent=cag),
        page(f"{budgets}/112", "Des fontaines à eau dans les trois parcs",
             '<div class="row column view-header"><h2 class="heading3">Des fontaines à eau dans les trois parcs</h2>'
             '<div class="budget-list__data budget-list__data--full"><span class="budget-list__number">24 000 €</span>'
             '<button class="button expanded budget-vote-button" data-open="loginModal">Ajouter à votre vote</button></div>'
             '<div class="section"><p>Installer une fontaine d\'eau potable accessible aux personnes en fauteuil dans les parcs '
             'Gambetta, des Rives et de Bellegrave, avec un robinet pour les gourdes et un bac pour les chiens.</p>'
             '<p>Faisabilité : avis favorable du service des espaces verts, raccordement possible en 2026.</p></div></div>'
             + m.decidim_comments("Project", 112, [
                 ("Lucie B.", "20/05/2025", "Indispensable l'été, surtout au parc des Rives où il n'y a rien."),
                 ("Marc", "22/05/2025", "Pensez aux joueurs de pétanque de Bellegrave, une fontaine près du terrain serait idéale.")]),
             features={PB, CO}, parent=("Voter", budgets)),
        page(quais[1], quais[0],
             m.decidim_process_header(quais[0], "Concertation préalable au réaménagement des quais", quais_steps, 1)
             + m.decidim_nav("quais-de-demain", qnav)
             + '<div class="row column"><div class="section"><div class="lead"><p>Comment voulez-vous vivre les quais demain ? '
               'Jusqu\'au 30 septembre, proposez vos idées, soutenez celles des autres, répondez au questionnaire et débattez.</p></div>'
               '<p>Les contributions seront synthétisées par un garant de la concertation et annexées au programme soumis au conseil '
               'municipal en décembre.</p></div></div>',
             features={PD, SC}, parent=("Accueil", "/")),
        page("/processes/quais-de-demain/f/52/proposals", "Propositions",
             m.decidim_process_header(quais[0], "Propositions", quais_steps, 1)
             + m.decidim_nav("quais-de-demain", [(h, n, h.endswith("proposals")) for h, n, _ in qnav])
             + '<div class="row column"><div class="title-action"><h2 class="title-action__title section-heading">47 propositions</h2>'
               '<button class="title-action__action button small" data-open="loginModal">Nouvelle proposition</button></div>'
               '<p>Proposez vos idées pour les quais : usages, plantations, circulation, animations.</p>'
               f'<div id="proposals" class="card-grid">{prop_cards}</div></div>',
             features={SC}, parent=quais),
        page("/processes/quais-de-demain/f/52/proposals/318", "Des bancs face à l'estuaire",
             '<div class="row column view-header"><h2 class="heading3">Des bancs face à l\'estuaire</h2>'
             '<div class="author-data"><span class="author__name">Chantal M.</span> · 3 avril 2025</div>'
             '<div class="section"><p>Installer une dizaine de bancs tournés vers la Gironde entre la Douane et le ponton, pour '
             'que les anciens puissent s\'arrêter pendant leur promenade.</p></div>'
             '<div class="card extra"><div class="card__content"><span class="extra__suptitle">Soutiens</span><span class="extra__data">27</span>'
             '<button class="button expanded" data-open="loginModal">Soutenir</button></div></div></div>'
             + m.decidim_comments("Proposal", 318, [
                 ("Jean-Claude", "05/04/2025", "Oui, et à l'ombre si possible : le quai est brûlant l'après-midi."),
                 ("Association Les Rives", "08/04/2025", "Nous soutenons, à condition de garder la largeur pour les vélos.")]),
             features={CO}, decoys={SC}, parent=("Propositions", "/processes/quais-de-demain/f/52/proposals")),
        page("/processes/quais-de-demain/f/53/", "Questionnaire",
             m.decidim_process_header(quais[0], "Questionnaire", quais_steps, 1)
             + '<div class="row column"><div class="card"><div class="card__content"><div class="questionnaire-header"><h3 class="section-heading">'
               'Vos usages des quais</h3><p>Ce questionnaire anonyme prend cinq minutes.</p></div>'
               '<form class="answer-questionnaire" id="answer-questionnaire" action="/processes/quais-de-demain/f/53/questionnaire/answer" '
               'accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="dq3y0P6s8kVwXcZ1" autocomplete="off" />'
               '<div class="questionnaire-question" id="questionnaire_question_1-field"><label class="questionnaire-question">1. À quelle fréquence venez-vous sur les quais ?</label>'
               '<div class="radio-button-collection"><label class="answer-option"><input type="radio" value="11" name="questionnaire[answers][0][choices][][answer_option_id]" /> Tous les jours</label>'
               '<label class="answer-option"><input type="radio" value="12" name="questionnaire[answers][0][choices][][answer_option_id]" /> Chaque semaine</label>'
               '<label class="answer-option"><input type="radio" value="13" name="questionnaire[answers][0][choices][][answer_option_id]" /> Rarement</label></div>'
               '<input type="hidden" name="questionnaire[answers][0][question_id]" value="1" /></div>'
               '<div class="questionnaire-question" id="questionnaire_question_2-field"><label class="questionnaire-question">2. Qu\'est-ce qui vous manque le plus ?</label>'
               '<div class="check-box-collection"><label class="answer-option"><input type="checkbox" value="21" name="questionnaire[answers][1][choices][][answer_option_id]" /> De l\'ombre</label>'
               '<label class="answer-option"><input type="checkbox" value="22" name="questionnaire[answers][1][choices][][answer_option_id]" /> Des toilettes publiques</label>'
               '<label class="answer-option"><input type="checkbox" value="23" name="questionnaire[answers][1][choices][][answer_option_id]" /> Des jeux pour enfants</label></div>'
               '<input type="hidden" name="questionnaire[answers][1][question_id]" value="2" /></div>'
               '<div class="tos-agreement"><label for="questionnaire_tos_agreement"><input type="checkbox" value="1" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" /> '
               'J\'accepte les conditions d\'utilisation</label></div><div class="button--double form-general-submit">'
               '<button type="submit" class="button" data-confirm="Vous ne pourrez plus modifier vos réponses. Continuer ?">Envoyer</button></div></form></div></div></div>',
             features={PO}, parent=quais),
        page("/processes/quais-de-demain/f/54/debates/9", "Faut-il rendre les quais aux piétons ?",
             '<div class="row column view-header"><h2 class="heading3">Faut-il rendre les quais aux piétons ?</h2>'
             '<div class="author-data"><span class="author__name">Mairie d\'Estavel-sur-Gironde</span> · Débat officiel</div>'
             '<div class="section"><p>Fermer les quais aux voitures libérerait l\'espace pour la promenade et les terrasses, mais '
             'reporterait la circulation sur la rue Nationale. Qu\'en pensez-vous ?</p></div></div>'
             + m.decidim_comments("Debate", 9, [
                 ("Hélène", "11/04/2025", "Pour, au moins les week-ends d'été. Le test de l'an dernier était une réussite."),
                 ("Commerçants du Port", "12/04/2025", "Contre une fermeture totale : nos livraisons passent par le quai."),
                 ("Rémi", "14/04/2025", "Et un sens unique avec une voie cyclable ? Ce serait un compromis.")]),
             # one debate opened by the city, answered by comments: residents start no threads here
             features={CO}, decoys={FO}, parent=quais),
        page("/initiatives", "Initiatives citoyennes",
             '<div class="row column"><div class="title-action"><h2 class="title-action__title section-heading">3 initiatives</h2>'
             '<button class="title-action__action button small" data-open="loginModal">Lancer une initiative</button></div>'
             '<p>Avec le droit d\'initiative citoyenne, tout Estavelais de plus de 16 ans peut lancer une pétition adressée au conseil '
             'municipal. Une initiative qui recueille 500 signatures en six mois est inscrite à l\'ordre du jour.</p>'
             '<div class="card-grid"><div class="card card--initiative"><div class="card__content"><a class="card__link" href="/initiatives/i-6">'
             '<h5 class="card__title">Une zone 30 autour de toutes les écoles</h5></a><div class="progress__bar"><div class="progress__bar__title">'
             '<span class="progress__bar__number">312</span>/500 signatures</div></div></div></div></div></div>',
             features={PE}, parent=("Accueil", "/")),
        page("/initiatives/i-6", "Une zone 30 autour de toutes les écoles",
             '<div class="row column view-header"><h2 class="heading3">Une zone 30 autour de toutes les écoles</h2>'
             '<div class="initiative-status"><span class="label">Collecte des signatures en cours</span></div>'
             '<div class="section"><p>Nous demandons au conseil municipal de limiter la vitesse à 30 km/h dans un rayon de 300 mètres '
             'autour des sept écoles de la ville, et de sécuriser les traversées aux heures d\'entrée et de sortie.</p></div>'
             '<div class="card extra"><div class="card__content"><div id="initiative-6-progress-bar"><div class="progress__bar">'
             '<span class="progress__bar__number">312</span> / 500 signatures</div></div>'
             '<button class="button expanded light button--sc" data-open="loginModal">Signer</button></div></div></div>'
             + m.decidim_comments("Initiative", 6, [("Parents de l'école des Vignes", "02/05/2025", "Nous relayons à la sortie de l'école, courage !")]),
             features={PE, CO}, parent=("Initiatives", "/initiatives")),
    ]
    menu = [("Accueil", "/"), ("La Cagnotte des quartiers", cag[1]), ("Les quais de demain", quais[1]),
            ("Initiatives citoyennes", "/initiatives")]
    return Site(ESTAVEL_DECIDIM, "rivages_decidim027", "Participez à Estavel", pages, menu=menu,
                features=PLATFORM, platforms=frozenset({"decidim"}))


def _estavel():
    return _city("98801", "Estavel-sur-Gironde", 71_300, "33", ESTAVEL, [_estavel_www(), _estavel_decidim()])



# =====================================================================================================================
# 98802 Villard-Brenon — SPIP 4.2 with Escal, a mountain commune
# =====================================================================================================================

VILLARD = "www.villard-brenon.fr"


def _villard():
    muni = ("Vie municipale", "spip.php?rubrique2")
    ens = ("Vivre ensemble", "spip.php?rubrique5")
    forum = ("Forum des habitants", "spip.php?rubrique9")
    prat = ("Vie pratique", "spip.php?rubrique7")

    def art(n, title, body, features=(), decoys=(), parent=ens):
        return page(f"/spip.php?article{n}", title, f'<div class="chapo"></div>{body}', features, decoys, parent=parent)

    def listing(items):
        return '<ul class="liste-articles">' + "".join(
            f'<li class="item"><a href="spip.php?article{n}">{e(t)}</a><p class="descriptif">{e(d)}</p></li>' for n, t, d in items) + "</ul>"

    chantier_form = m.formidable(3, "petits_chantiers", [
        ("input", 1, "Nom et prénom", True), ("email", 1, "Adresse e-mail", True),
        ("selection", 1, ("Hameau concerné", ["Le Chef-lieu", "Les Granges", "Pra-Long", "La Combe", "Le Villaret"]), True),
        ("input", 2, "Titre du projet", True), ("textarea", 1, "Description du projet et estimation du coût", True)],
        "spip.php?article15", submit="Déposer mon projet")
    nom_form = m.formidable(4, "nom_mediatheque", [
        ("input", 1, "Votre nom", False), ("email", 1, "Votre e-mail", True),
        ("input", 2, "Le nom que vous proposez", True), ("textarea", 1, "Pourquoi ce nom ?", False)],
        "spip.php?article24", submit="Proposer ce nom")
    contact = m.formidable(1, "contact", [
        ("input", 1, "Nom", True), ("email", 1, "Courriel", True), ("input", 2, "Sujet", True),
        ("textarea", 1, "Votre message", True)], "spip.php?article2")
    pages = [
        page("/", "Accueil",
             '<div class="bloc-une"><h2>À la une</h2>'
             + listing([(15, "Petits chantiers des hameaux : déposez vos projets", "Jusqu'au 31 mai, 30 000 euros pour les hameaux."),
                        (18, "Pétition pour la navette des hameaux", "Signez pour défendre la ligne du samedi."),
                        (22, "Enquête sur les déplacements en vallée", "Dix minutes pour améliorer les transports."),
                        (32, "Déneigement : vos questions", "Le forum est ouvert tout l'hiver.")])
             + '</div><div class="bloc-rubriques"><h2>Rubriques</h2>'
             + _ul([f'<a href="{muni[1]}">{muni[0]}</a>', f'<a href="{ens[1]}">{ens[0]}</a>', f'<a href="{forum[1]}">{forum[0]}</a>',
                    f'<a href="{prat[1]}">{prat[0]}</a>', '<a href="spip.php?article2">Nous écrire</a>'])
             + "</div>"),
        page("/spip.php?rubrique2", "Vie municipale",
             '<div class="descriptif-rubrique"><p>Le conseil municipal, le budget et les grands rendez-vous de la commune.</p></div>'
             + listing([(3, "Le conseil municipal", "Séances et comptes rendus."), (48, "Budget 2025", "Budget primitif et compte administratif."),
                        (42, "Élections : s'inscrire et voter", "Listes électorales et bureaux de vote."),
                        (40, "Enquête publique sur la révision du PLU", "Du 2 au 30 juin en mairie.")]),
             parent=("Accueil", "/")),
        art(3, "Le conseil municipal",
            "<p>Les 23 conseillers municipaux se réunissent une fois par mois, le premier mardi à 20 h 30, en salle du "
            "conseil. Les séances sont publiques. Le compte rendu est affiché en mairie et dans chacun des cinq hameaux "
            "sous huitaine.</p><p>Prochain conseil : mardi 3 juin, avec à l'ordre du jour le déneigement, la régie de l'eau "
            "et les tarifs du centre de loisirs.</p>", decoys={PD}, parent=muni),
        page("/spip.php?rubrique5", "Vivre ensemble",
             '<div class="descriptif-rubrique"><p><strong>Villard-Brenon, on en parle</strong> : dans une commune de montagne '
             'étirée sur cinq hameaux, la municipalité a choisi d\'associer les habitants aux décisions. Voici les lieux et '
             'les outils pour le faire.</p></div>'
             + listing([(14, "Le conseil des hameaux", "Deux habitants par hameau, quatre réunions par an."),
                        (15, "Les Petits chantiers des hameaux", "Un budget participatif de 30 000 euros."),
                        (16, "Petits chantiers 2024 : les projets retenus", "Sept projets votés, cinq déjà réalisés."),
                        (18, "Pétition pour la navette des hameaux", "À signer en ligne et en mairie."),
                        (22, "Enquête sur les déplacements en vallée", "Questionnaire en ligne."),
                        (24, "Un nom pour la médiathèque", "Proposez vos idées de nom."),
                        (23, "Éclairage nocturne : les résultats de la consultation", "71 % pour l'extinction.")])
             + f'<p>Et pour discuter entre habitants : <a href="{forum[1]}">le forum des habitants</a>.</p>',
             features={PD}, parent=("Accueil", "/")),
        art(14, "Le conseil des hameaux",
            "<p>Créé en 2020, le conseil des hameaux réunit deux habitants de chaque hameau, désignés pour trois ans, et "
            "trois élus. Il est consulté sur les travaux de voirie, le déneigement, l'éclairage et l'entretien des "
            "chemins ; il prépare chaque automne les Petits chantiers des hameaux.</p><p>Ses réunions, quatre par an, "
            "sont ouvertes au public et se tiennent à tour de rôle dans chaque hameau. Le relevé des avis est publié ici "
            "et la municipalité y répond par écrit.</p>", features={PD}),
        # the city's filing form sends each project's free text to the town hall
        art(15, "Les Petits chantiers des hameaux : déposez vos projets",
            "<p>Les Petits chantiers des hameaux, c'est notre budget participatif : 30 000 euros par an pour des projets "
            "proposés puis choisis par les habitants. Un banc, un abri à vélos, une fontaine remise en eau, un panneau "
            "d'interprétation : tout projet d'intérêt collectif sur le domaine communal est recevable jusqu'à 6 000 euros.</p>"
            "<p><strong>Étapes :</strong> dépôt jusqu'au 31 mai ; étude par le conseil des hameaux en juin ; vote des "
            "habitants en juillet, en mairie et à la fête du Chef-lieu ; travaux à l'automne.</p>" + chantier_form,
            features={PB, SC, CF}),
        art(16, "Petits chantiers 2024 : les projets retenus",
            "<p>Vous avez été 412 à voter l'été dernier. Les sept projets retenus :</p>"
            + _ul(["la remise en eau du bachal des Granges (4 800 euros, réalisé) ;",
                   "un abri pour le car scolaire à Pra-Long (5 900 euros, réalisé) ;",
                   "la signalétique du sentier des Moulins (2 300 euros, réalisé) ;",
                   "deux tables de pique-nique à La Combe (1 400 euros, réalisé) ;",
                   "un composteur partagé au Villaret (900 euros, réalisé) ;",
                   "l'éclairage solaire du parking du Chef-lieu et un lavoir restauré (en cours)."]),
            features={PB}),
        art(18, "Pétition pour la navette des hameaux",
            "<p>La Région envisage de supprimer la navette du samedi entre les hameaux et la gare. Le conseil municipal a "
            "voté une motion pour son maintien et invite les habitants à signer la pétition ci-dessous, qui sera remise "
            "au président de la Région.</p>"
            + m.spip_petition(18, "Nous, habitants et amis de Villard-Brenon, demandons le maintien de la navette du samedi "
                                  "qui relie les hameaux à la gare toute l'année.",
                              [("12/05/2025", "Josiane Arnaud", "Sans la navette je ne peux plus descendre au marché."),
                               ("12/05/2025", "Thierry P.", ""), ("11/05/2025", "Famille Reynaud, Les Granges", "Indispensable l'hiver.")],
                              386),
            features={PE}, decoys={CF}),  # a signature form with a message field is no contact form
        page("/spip.php?rubrique9", "Forum des habitants",
             '<div class="descriptif-rubrique"><p>Le forum est ouvert à tous les habitants. Choisissez une discussion pour lire '
             'les messages et y répondre. Les messages sont publiés après relecture par le secrétariat de mairie.</p></div>'
             '<ul class="liste-articles forums">'
             '<li class="item"><a href="spip.php?article31">Aménagement de la place du Lavoir</a> <span class="nb-forum">5 messages</span></li>'
             '<li class="item"><a href="spip.php?article32">Déneigement : vos questions</a> <span class="nb-forum">4 messages</span></li></ul>',
             features={FO}, parent=("Accueil", "/")),
        art(31, "Aménagement de la place du Lavoir",
            "<p>Le conseil municipal étudiera en septembre le réaménagement de la place du Lavoir au Chef-lieu. Stationnement, "
            "terrasse du café, fontaine : donnez votre avis et discutez-en ici.</p>"
            + m.spip_forum(31, [
                ("Garder les places de parking", "Gérard B.", "14 avril 2025",
                 "Les anciens du haut du village ont besoin de se garer près de l'épicerie.",
                 [("Re : Garder les places de parking", "Nadia", "15 avril 2025", "Un parking existe à 200 mètres, derrière l'école.")]),
                ("Une vraie place de village", "Les Amis du Lavoir", "16 avril 2025",
                 "Nous proposons de réserver le centre de la place aux piétons et aux marchés.",
                 [("Re : Une vraie place de village", "Olivier M.", "17 avril 2025", "D'accord, avec des arbres pour l'ombre."),
                  ("Re : Une vraie place de village", "Gérard B.", "18 avril 2025", "Et les livraisons du café ?")])]),
            features={FO, CO}, parent=forum),
        art(32, "Déneigement : vos questions",
            "<p>Circuits, priorités, horaires des passages : les agents du service technique répondent à vos questions "
            "sur le déneigement des routes et des chemins des hameaux.</p>"
            + m.spip_forum(32, [
                ("Chemin des Sagnes oublié", "Paul V.", "8 janvier 2025", "Le chemin n'a pas été dégagé avant 10 h mardi.",
                 [("Re : Chemin des Sagnes oublié", "Services techniques", "9 janvier 2025",
                   "Le chasse-neige était bloqué à Pra-Long ; le chemin passe désormais en priorité 2.")]),
                ("Sel ou pouzzolane ?", "Ingrid", "20 janvier 2025", "Pourquoi ne plus saler les rues du Chef-lieu ?",
                 [("Re : Sel ou pouzzolane ?", "Services techniques", "21 janvier 2025",
                   "Pour protéger le torrent : la pouzzolane est balayée et réutilisée au printemps.")])]),
            features={FO, CO}, parent=forum),
        art(22, "Enquête sur les déplacements en vallée",
            "<p>Comment vous déplacez-vous entre les hameaux, le Chef-lieu et la vallée ? La communauté de communes et la "
            "commune préparent un plan de mobilité rurale. Répondez au questionnaire avant le 30 juin.</p>"
            + m.framaforms("deplacements-en-vallee-villard-brenon-1712914567", "Enquête sur les déplacements en vallée"),
            features={PO}),
        art(23, "Éclairage nocturne : les résultats de la consultation",
            "<p>L'an dernier, 297 habitants ont répondu au questionnaire sur l'extinction de l'éclairage public entre "
            "23 h et 5 h. 71 % se sont dits favorables ; l'extinction est en place depuis le 1er octobre, sauf au "
            "Chef-lieu les soirs de fête.</p>", decoys={PO}),  # results of a closed survey
        art(24, "Un nom pour la médiathèque",
            "<p>La future médiathèque ouvrira au printemps dans l'ancienne école du Chef-lieu. Quel nom lui donner ? "
            "Proposez vos idées jusqu'au 15 septembre ; le conseil municipal choisira parmi les trois noms préférés du "
            "conseil des hameaux.</p>" + nom_form, features={SC, CF}),
        art(2, "Nous écrire",
            "<p>Mairie de Villard-Brenon, place de l'Église. Ouverte lundi, mardi, jeudi et vendredi de 9 h à 12 h, "
            "mercredi de 14 h à 17 h. Vous pouvez aussi nous écrire avec ce formulaire.</p>" + contact,
            features={CF}, parent=("Accueil", "/")),
        page("/spip.php?rubrique7", "Vie pratique",
             listing([(41, "Recensement 2026", "Du 15 janvier au 14 février."),
                      (43, "Transport scolaire : participation des familles", "Tarifs de l'année scolaire."),
                      (44, "Forum des saisonniers", "Le rendez-vous de l'emploi d'hiver."),
                      (45, "Appel à artistes : la fresque de l'école", "Candidatures jusqu'au 30 juin."),
                      (46, "Concours des balcons fleuris", "Inscriptions en mairie."),
                      (47, "Fête des voisins aux Granges", "Vendredi 30 mai."),
                      (50, "Office de tourisme", "Informations touristiques.")])
             + '<p><a href="spip.php?page=newsletter">Recevoir la lettre d\'information</a></p>',
             parent=("Accueil", "/")),
        art(40, "Enquête publique sur la révision du PLU",
            "<p>Par arrêté du 6 mai 2025, le maire soumet à enquête publique le projet de révision du plan local "
            "d'urbanisme, du 2 au 30 juin inclus. Le commissaire enquêteur tiendra trois permanences en mairie. Le "
            "dossier est consultable en mairie aux heures d'ouverture ; les observations sont consignées sur le "
            "registre papier ou adressées par courrier au commissaire enquêteur.</p>",
            decoys={PO, PD}, parent=muni),  # an enquête publique is a legal procedure, not a poll open online
        art(41, "Recensement 2026",
            "<p>Le recensement de la population aura lieu du 15 janvier au 14 février 2026. Un agent recenseur, muni "
            "d'une carte officielle, passera dans chaque foyer pour remettre les codes de réponse en ligne au "
            "questionnaire de l'Insee.</p>", decoys={PO}, parent=prat),
        art(42, "Élections : s'inscrire et voter",
            "<p>Pour voter, il faut être inscrit sur les listes électorales, en mairie ou en ligne, jusqu'au sixième "
            "vendredi précédant le scrutin. Villard-Brenon compte deux bureaux de vote : la mairie et l'école des "
            "Granges.</p>", decoys={PD}, parent=muni),
        art(43, "Transport scolaire : participation des familles",
            "<p>Le transport des élèves des hameaux vers l'école du Chef-lieu et le collège de la vallée est organisé par "
            "la Région. La commune prend en charge la moitié de la participation des familles, qui s'élève cette année à "
            "55 euros par enfant.</p>", decoys={PD}, parent=prat),
        art(44, "Forum des saisonniers",
            "<p>Le forum des saisonniers se tiendra le samedi 18 octobre à la salle polyvalente : employeurs de la station, "
            "hébergeurs et restaurateurs y recrutent pour l'hiver. Entrée libre, venez avec votre CV.</p>",
            decoys={FO}, parent=prat),
        art(45, "Appel à artistes : la fresque de l'école",
            "<p>La commune lance un appel à candidatures pour la réalisation d'une fresque sur le mur du préau de l'école "
            "des Granges. Budget : 4 000 euros. Les artistes envoient leur dossier avant le 30 juin ; un jury retiendra "
            "trois esquisses.</p>", decoys={SC}, parent=prat),
        art(46, "Concours des balcons fleuris",
            "<p>Balcons, fenêtres, jardins visibles de la rue : inscrivez-vous en mairie avant le 15 juin. Le jury passera "
            "fin juillet ; les lauréats recevront des bons d'achat à la jardinerie de la vallée.</p>",
            decoys={PB}, parent=prat),
        art(47, "Fête des voisins aux Granges",
            "<p>Vendredi 30 mai, à partir de 19 h, le comité des fêtes invite les habitants des Granges à partager un repas "
            "devant le four banal. Chacun apporte un plat ; la commune prête les tables.</p>",
            decoys={TSN}, parent=prat),
        art(48, "Budget 2025",
            "<p>Le budget primitif 2025 a été voté le 8 avril : 3,9 millions d'euros en fonctionnement, 2,1 millions en "
            "investissement, dont la réfection de la route de Pra-Long. Le compte administratif 2024 fait apparaître un "
            "excédent de 312 000 euros.</p>", decoys={PB}, parent=muni),
        art(50, "Office de tourisme",
            "<p>L'office de tourisme intercommunal vous accueille au Chef-lieu tous les jours en saison. Suivez ses "
            "actualités sur <a href=\"https://www.facebook.com/otvillardbrenon\">la page Facebook de l'office de "
            "tourisme</a> et <a href=\"https://www.instagram.com/villardbrenon_tourisme/\">son compte Instagram</a>.</p>",
            parent=prat),
        page("/spip.php?page=newsletter", "Lettre d'information",
             "<p>Recevez une fois par mois les nouvelles de la commune.</p>" + m.spip_newsletter(),
             decoys={CF}, parent=prat),
    ]
    menu = [("Accueil", "/"), muni, ens, forum, prat, ("Nous écrire", "spip.php?article2")]
    accounts = [social("facebook", "villardbrenon", "https://www.facebook.com/villardbrenon"),
                social("instagram", "mairie_villardbrenon", "https://instagram.com/mairie_villardbrenon")]
    site = Site(VILLARD, "rivages_spip_escal", "Villard-Brenon", pages, menu=menu, accounts=accounts,
                address="Mairie, place de l'Église, 05290 Villard-Brenon")
    return _city("98802", "Villard-Brenon", 16_200, "05", VILLARD, [site],
                 decoy_accounts=("https://www.facebook.com/otvillardbrenon", "https://www.instagram.com/villardbrenon_tourisme"))


# =====================================================================================================================
# 98803 Lorvignies — Drupal 10, Fluicity and the HumHub neighbours' network
# =====================================================================================================================

LORVIGNIES = "www.lorvignies.fr"
LORV_FLUI = "lorvignies.flui.city"
LORV_VOISINS = "voisins.lorvignies.fr"
_WF = f"http://{LORV_FLUI}"
_WV = f"http://{LORV_VOISINS}"


def _lorvignies_www():
    part = ("Participer", "/participer")
    news = ("Actualités", "/actualites")
    idea = m.webform("boite_a_idees", "/participer/boite-a-idees", [
        ("textfield", "nom", "Votre nom", True), ("email", "courriel", "Votre courriel", True),
        ("select", "quartier", ("Quartier", ["Centre", "Le Moulin", "Saint-Roch", "La Briqueterie", "Les Hautes-Rues"]), False),
        ("textarea", "votre_idee", "Votre idée pour Lorvignies", True)], submit="Envoyer mon idée")
    contact = m.webform("contact", "/contact", [
        ("textfield", "name", "Votre nom", True), ("email", "email", "Votre adresse de courriel", True),
        ("textfield", "subject", "Sujet", True), ("textarea", "message", "Message", True)], submit="Envoyer le message")
    booking = m.webform("reservation_salle", "/demarches/reservation-salles", [
        ("textfield", "association", "Association ou particulier", True), ("email", "courriel", "Courriel", True),
        ("select", "salle", ("Salle", ["Salle Jean-Macé", "Salle des fêtes du Moulin", "Maison de quartier Saint-Roch"]), True),
        ("date", "date_souhaitee", "Date souhaitée", True),
        ("textarea", "observations", "Observations (matériel, horaires)", False)], submit="Demander la réservation")
    pages = [
        page("/", "Accueil",
             '<div class="row"><div class="col-md-8"><h2>Actualités</h2>'
             + _ul([_a("/actualites/la-rue-jean-jaures-se-transforme", "La rue Jean-Jaurès se transforme"),
                    _a("/actualites/bilan-des-assises-de-la-jeunesse", "Assises de la jeunesse : le bilan")])
             + '</div><div class="col-md-4"><h2>En un clic</h2>'
             + _ul([_a("/participer", "Participer à la vie de la ville"), _a("/sondage/horaires-des-piscines", "Sondage : les horaires des piscines"),
                    _a("/demarches/reservation-salles", "Réserver une salle"), _a("/demarches/paiement-cantine", "Payer la cantine"),
                    _a("/emploi/offres", "La ville recrute"), _a("/contact", "Contact")])
             + "</div></div>"),
        page(part[1], "Lorvignies ensemble",
             "<p>« Lorvignies ensemble », c'est la démarche de démocratie participative de la ville : des instances où "
             "les habitants siègent, des consultations sur les grands projets et des outils pour proposer et décider.</p>"
             "<h2>Les instances</h2>"
             + _ul([_a("/participer/conseils-de-quartier", "Les six conseils de quartier"),
                    _a("/participer/conseils-citoyens", "Les conseils citoyens du Moulin et de Saint-Roch")])
             + "<h2>Proposer, décider</h2>"
             + _ul([_a("/participer/mon-quartier-mon-projet", "Mon quartier, mon projet : le budget participatif"),
                    _a("/participer/boite-a-idees", "La boîte à idées"),
                    _a("/participer/questionnaire-jeunesse", "Le questionnaire des 15-25 ans"),
                    f'<a href="{_WF}/">La plateforme citoyenne lorvignies.flui.city</a>'])
             + "<h2>Entre voisins</h2>" + _ul([_a("/participer/lorvi-voisins", "Lorvi'Voisins, le réseau social de vos quartiers")]),
             features={PD}, parent=("Accueil", "/")),
        page("/participer/conseils-de-quartier", "Les conseils de quartier",
             "<p>Obligatoires dans les villes de plus de 80 000 habitants, les conseils de quartier de Lorvignies sont six. "
             "Chacun réunit 24 habitants tirés au sort sur les listes électorales et parmi les volontaires, et un élu "
             "délégué. Ils émettent des avis sur les projets de leur quartier, gèrent un fonds d'initiative de 10 000 "
             "euros et peuvent saisir le conseil municipal une fois par an.</p><h2>Calendrier</h2>"
             + _ul(["Le Moulin : mardi 17 juin, 18 h 30, maison de quartier", "Saint-Roch : jeudi 19 juin, 18 h 30, école Curie",
                    "Centre : lundi 23 juin, 19 h, hôtel de ville"]),
             features={PD}, parent=part),
        page("/participer/conseils-citoyens", "Les conseils citoyens",
             "<p>Dans les quartiers prioritaires du Moulin et de Saint-Roch, les conseils citoyens associent habitants et "
             "acteurs locaux au contrat de ville. Ils participent aux comités de pilotage et disposent d'un local à la "
             "maison du projet.</p>", features={PD}, parent=part),
        page("/participer/mon-quartier-mon-projet", "Mon quartier, mon projet",
             "<p>Avec « Mon quartier, mon projet », la ville consacre 400 000 euros par an à des projets imaginés et choisis "
             "par les Lorvignois de plus de 12 ans. Après le dépôt des idées en début d'année et l'étude de leur "
             "faisabilité, 34 projets sont soumis au vote.</p>"
             f'<p><a href="{_WF}/projets/mon-quartier-mon-projet-2025">Votez sur lorvignies.flui.city</a> jusqu\'au 22 juin, '
             "ou dans les mairies de quartier avec un bulletin papier.</p>",
             features={PB}, parent=part),
        page("/participer/boite-a-idees", "La boîte à idées",
             "<p>Propreté, circulation, animations, commerces : proposez vos idées pour améliorer la vie à Lorvignies. "
             "Les idées sont étudiées chaque mois par le service démocratie locale.</p>" + idea,
             features={SC, CF}, parent=part),
        page("/participer/questionnaire-jeunesse", "Questionnaire des 15-25 ans",
             "<p>Loisirs, logement, emploi, mobilité : la ville prépare son plan jeunesse. Vous avez entre 15 et 25 ans ? "
             "Répondez au questionnaire, les résultats seront présentés aux Assises de la jeunesse d'octobre.</p>"
             + m.google_form("1FAIpQLSe8vWq2Lr0cYk3Tn5dJbHx7mQ4zP1aF6sE9uGiO2hR", "Questionnaire des 15-25 ans"),
             features={PO}, parent=part),
        page("/participer/lorvi-voisins", "Lorvi'Voisins, le réseau social de vos quartiers",
             "<p>Prêter une perceuse, trouver un covoiturage pour le marché, signaler un chat perdu, organiser la "
             "brocante de la rue : Lorvi'Voisins est le réseau social de proximité que la ville met à la disposition des "
             "habitants. Chaque quartier y a son espace, animé par des voisins bénévoles et modéré par la maison de "
             "quartier.</p><p>L'inscription est gratuite et réservée aux habitants de Lorvignies.</p>"
             f'<p><a href="{_WV}/">Rejoindre Lorvi\'Voisins</a> · <a href="{_WV}/s/quartier-du-moulin/">L\'espace du Moulin</a></p>',
             features={TSN}, parent=part),
        page(news[1], "Actualités",
             _ul([_a("/actualites/la-rue-jean-jaures-se-transforme", "La rue Jean-Jaurès se transforme (6 mai)"),
                  _a("/actualites/bilan-des-assises-de-la-jeunesse", "Assises de la jeunesse : le bilan (28 avril)"),
                  _a("/sondage/resultats-marche-de-noel", "Marché de Noël : les résultats du sondage (12 janvier)")]),
             parent=("Accueil", "/")),
        page("/actualites/la-rue-jean-jaures-se-transforme", "La rue Jean-Jaurès se transforme",
             "<p>Trottoirs élargis, vingt arbres plantés, une piste cyclable : la rue Jean-Jaurès sera réaménagée de "
             "septembre à mars. Le projet tient compte des avis du conseil de quartier du Centre.</p>"
             + m.drupal_comments(431, [("Corinne", "mar 06/05/2025 - 09:12", "Enfin ! Et les places de livraison pour la boulangerie ?"),
                                       ("Hugo D.", "mar 06/05/2025 - 11:40", "Est-ce que le bus 7 sera dévié pendant les travaux ?")]),
             features={CO}, decoys={CF}, parent=news),
        page("/actualites/bilan-des-assises-de-la-jeunesse", "Assises de la jeunesse : le bilan",
             "<p>Plus de 300 jeunes ont participé aux Assises de la jeunesse en octobre. Un local de répétition et une "
             "navette de nuit le samedi font partie des douze engagements pris par la municipalité.</p>"
             '<section class="comment-wrapper"><p>Les commentaires sont fermés pour cet article.</p></section>',
             decoys={PD, CO}, parent=news),  # a news item on one event; comments closed, none published
        page("/sondage/horaires-des-piscines", "Sondage : les horaires des piscines",
             "<p>La piscine Léo-Lagrange rouvre en septembre après travaux. Aidez-nous à fixer ses horaires d'ouverture au "
             "public.</p>"
             + m.drupal_poll(7, "Quel créneau supplémentaire préférez-vous ?",
                             ["Le mardi de 7 h à 9 h", "Le jeudi de 19 h à 21 h", "Le dimanche après-midi"]),
             features={PO}, parent=("Accueil", "/")),
        page("/sondage/resultats-marche-de-noel", "Résultats : le marché de Noël",
             m.drupal_poll_results(5, "Où installer le marché de Noël ?",
                                   [("Place de l'Hôtel-de-Ville", 62, 874), ("Square Saint-Roch", 24, 338), ("Parc du Moulin", 14, 197)], 1409),
             decoys={PO}, parent=("Accueil", "/")),
        page("/contact", "Contact",
             "<p>Hôtel de ville de Lorvignies — accueil du lundi au vendredi, de 8 h 30 à 17 h 30.</p>" + contact,
             features={CF}, parent=("Accueil", "/")),
        # booking only, even with a field for remarks on the material
        page("/demarches/reservation-salles", "Réserver une salle municipale",
             "<p>Les associations et les habitants peuvent louer les salles municipales. La demande doit parvenir un mois "
             "avant la date souhaitée.</p>" + booking, decoys={CF}, parent=("Accueil", "/")),
        page("/demarches/paiement-cantine", "Payer la cantine et le périscolaire",
             "<p>Réglez vos factures de restauration scolaire et d'accueil périscolaire en ligne par carte bancaire.</p>"
             '<form action="https://www.tipi.budget.gouv.fr/tpa/paiement.web" method="post" id="paiement-tipi">'
             '<input type="hidden" name="numcli" value="059123"><label for="refdet">Référence de la facture</label>'
             '<input type="text" id="refdet" name="refdet" required><label for="montant">Montant (en euros)</label>'
             '<input type="text" id="montant" name="montant" required><label for="mel">Courriel</label>'
             '<input type="email" id="mel" name="mel" required><input type="submit" value="Payer"></form>',
             decoys={CF}, parent=("Accueil", "/")),
        page("/securite/voisins-vigilants", "Voisins vigilants ?",
             "<p>Plusieurs habitants nous interrogent sur l'adhésion de la ville à un réseau commercial de « voisins "
             "vigilants ». La ville a fait un autre choix : le protocole de participation citoyenne signé avec la police "
             "nationale, gratuit et encadré par l'État, qui s'appuie sur des référents de quartier.</p>",
             decoys={TSN, PD}, parent=("Accueil", "/")),
        page("/agenda/fete-des-voisins", "Fête des voisins : la ville vous aide",
             "<p>Le vendredi 30 mai, organisez la fête des voisins dans votre rue ! La ville prête tables, chaises et "
             "barrières et fournit un kit de communication. Demande à faire avant le 16 mai.</p>",
             decoys={TSN}, parent=("Accueil", "/")),
        page("/emploi/offres", "La ville recrute",
             "<p>Postes ouverts :</p>" + _ul(["Agent de propreté urbaine (H/F), catégorie C", "Animateur périscolaire (H/F)",
                                            "Chargé de mission démocratie participative (H/F), catégorie A"])
             + "<p>Candidature (lettre et CV) à adresser à la direction des ressources humaines.</p>",
             decoys={SC}, parent=("Accueil", "/")),
    ]
    menu = [("Participer", part[1]), ("Actualités", news[1]), ("Sécurité", "/securite/voisins-vigilants"),
            ("Agenda", "/agenda/fete-des-voisins"), ("Contact", "/contact")]
    accounts = [social("facebook", "villedelorvignies", "https://m.facebook.com/villedelorvignies"),
                social("x", "Lorvignies", "https://twitter.com/Lorvignies"),
                social("instagram", "lorvignies", "https://www.instagram.com/lorvignies/?hl=fr"),
                social("tiktok", "villedelorvignies", "https://www.tiktok.com/@villedelorvignies"),
                social("bluesky", "lorvignies.fr", "https://bsky.app/profile/lorvignies.fr")]
    return Site(LORVIGNIES, "rivages_drupal_b5", "Ville de Lorvignies", pages, menu=menu, accounts=accounts,
                address="Hôtel de ville, place Roger-Salengro, 59270 Lorvignies")


def _lorvignies_fluicity():
    pages = [
        page("/", "Accueil",
             '<section class="fl-hero"><p>Bienvenue sur la plateforme citoyenne de Lorvignies : suivez les projets, '
             'votez, répondez aux sondages et proposez vos idées.</p></section>'
             '<section class="fl-section"><h2>En ce moment</h2><div class="fl-cards">'
             '<article class="fl-card fl-card--project"><a href="/projets/mon-quartier-mon-projet-2025"><h3>Mon quartier, mon projet 2025</h3></a><p>Vote ouvert jusqu\'au 22 juin</p></article>'
             '<article class="fl-card fl-card--poll"><a href="/sondages/218-horaires-de-la-mediatheque"><h3>Horaires de la médiathèque</h3></a><p>Sondage · 3 questions</p></article>'
             '<article class="fl-card fl-card--ideas"><a href="/idees"><h3>Les idées des habitants</h3></a><p>126 idées publiées</p></article>'
             "</div></section>"),
        page("/projets/mon-quartier-mon-projet-2025", "Mon quartier, mon projet 2025",
             "<p>400 000 euros pour les projets des habitants. Votez pour trois projets au plus, dont un dans votre quartier.</p>"
             '<ol class="fl-steps"><li class="fl-step fl-step--done">Dépôt des idées</li><li class="fl-step fl-step--done">Étude de faisabilité</li>'
             '<li class="fl-step fl-step--current">Vote</li><li class="fl-step">Résultats</li></ol>'
             '<div class="fl-vote-list">'
             + "".join(f'<div class="fl-vote-item"><h3>{e(t)}</h3><p class="fl-vote-item__meta">{e(q)} · {e(c)}</p>'
                       f'<button class="fl-btn fl-btn--vote" data-requires-login="true">Je vote</button></div>' for t, q, c in [
                           ("Un parcours sportif au parc du Moulin", "Le Moulin", "38 000 €"),
                           ("Des toilettes publiques place Saint-Roch", "Saint-Roch", "65 000 €"),
                           ("Des bacs à fleurs gérés par les riverains rue de Lille", "Centre", "12 000 €")])
             + "</div>",
             features={PB}, parent=("Accueil", "/")),
        page("/idees", "Les idées des habitants",
             '<div class="fl-actions"><a class="fl-btn fl-btn--primary" href="/connexion">Proposer une idée</a></div>'
             "<p>Vous avez une idée pour Lorvignies ? Proposez-la : si elle recueille 100 soutiens, la mairie vous répond "
             "publiquement.</p>"
             '<ul class="fl-ideas"><li class="fl-idea"><a href="/idees/1482-des-bancs-rue-de-lille"><h3>Des bancs rue de Lille</h3></a>'
             '<span class="fl-idea__supports">84 soutiens</span></li>'
             '<li class="fl-idea"><h3>Un marché bio le mercredi</h3><span class="fl-idea__supports">57 soutiens</span></li></ul>',
             features={SC}, parent=("Accueil", "/")),
        page("/idees/1482-des-bancs-rue-de-lille", "Des bancs rue de Lille",
             '<div class="fl-idea-detail"><p class="fl-idea-detail__author">Proposée par Nicole T., quartier Centre</p>'
             "<p>La rue de Lille est longue et en pente : des bancs tous les 200 mètres aideraient les personnes âgées qui "
             "vont au marché.</p><p class=\"fl-idea__supports\">84 soutiens</p>"
             '<button class="fl-btn fl-btn--support" data-requires-login="true">Je soutiens</button></div>'
             '<section class="fl-comments"><h2>3 commentaires</h2><ul>'
             '<li class="fl-comment"><strong>Ahmed</strong><p>Oui, et à l\'ombre si possible.</p></li>'
             '<li class="fl-comment"><strong>Marie-Paule</strong><p>Ma mère s\'arrête sur les marches de l\'église faute de mieux.</p></li>'
             '<li class="fl-comment fl-comment--official"><strong>Ville de Lorvignies</strong><p>Idée transmise au service voirie, réponse en juin.</p></li></ul>'
             '<form class="fl-comment-form" action="/idees/1482-des-bancs-rue-de-lille/commentaires" method="post">'
             '<label for="fl-comment">Votre commentaire</label><textarea id="fl-comment" name="comment" rows="3" placeholder="Connectez-vous pour commenter"></textarea>'
             '<button type="submit" class="fl-btn">Commenter</button></form></section>',
             features={CO}, decoys={SC, CF}, parent=("Idées", "/idees")),
        page("/sondages/218-horaires-de-la-mediatheque", "Horaires de la médiathèque",
             "<p>La médiathèque Marguerite-Yourcenar change ses horaires à la rentrée. Donnez votre avis.</p>"
             '<form class="fl-poll" action="/sondages/218-horaires-de-la-mediatheque/reponses" method="post">'
             '<fieldset><legend>Quel jour d\'ouverture en soirée ?</legend>'
             '<label><input type="radio" name="q1" value="mardi"> Mardi jusqu\'à 20 h</label>'
             '<label><input type="radio" name="q1" value="jeudi"> Jeudi jusqu\'à 20 h</label></fieldset>'
             '<fieldset><legend>Faut-il ouvrir le dimanche matin ?</legend>'
             '<label><input type="radio" name="q2" value="oui"> Oui</label><label><input type="radio" name="q2" value="non"> Non</label></fieldset>'
             '<button type="submit" class="fl-btn fl-btn--primary">Je réponds</button></form>',
             features={PO}, parent=("Accueil", "/")),
    ]
    menu = [("Accueil", "/"), ("Projets", "/projets/mon-quartier-mon-projet-2025"), ("Idées", "/idees"),
            ("Sondages", "/sondages/218-horaires-de-la-mediatheque")]
    return Site(LORV_FLUI, "rivages_fluicity", "Lorvignies", pages, menu=menu, features=PLATFORM,
                platforms=frozenset({"fluicity"}))


def _lorvignies_voisins():
    tsn = frozenset({TSN})
    pages = [
        page("/", "Lorvi'Voisins",
             "<p>Le réseau social des habitants de Lorvignies : entraide, prêts d'objets, bons plans et vie de quartier. "
             "Choisissez votre quartier pour voir ce que vos voisins partagent.</p>"
             '<ul class="media-list"><li class="media"><a href="/s/quartier-du-moulin/">Le Moulin</a> · 412 membres</li>'
             '<li class="media"><a href="/s/saint-roch/">Saint-Roch</a> · 287 membres</li></ul>'),
        # neighbours' posts with the comments published under them (residents comment once signed in)
        page("/s/quartier-du-moulin/", "Le Moulin",
             m.humhub_entry(2041, "Sylvie R.", "il y a 2 heures", "Je prête mon escabeau et une scie sauteuse, passez me voir rue des Tanneurs.",
                            [("Kevin", "il y a 1 heure", "Merci Sylvie, je passe samedi !")])
             + m.humhub_entry(2037, "Maison de quartier du Moulin", "hier", "Atelier réparation de vélos samedi de 10 h à 12 h, cour de l'école Curie.", []),
             features={CO}, parent=("Espaces", "/")),
        page("/s/saint-roch/", "Saint-Roch",
             m.humhub_entry(1988, "Abdel", "il y a 3 jours", "Qui serait partant pour un potager partagé derrière la résidence des Tilleuls ?",
                            [("Josette", "il y a 2 jours", "Moi ! J'ai des graines de tomates à donner.")]),
             features={CO}, parent=("Espaces", "/")),
    ]
    menu = [("Accueil", "/"), ("Le Moulin", "/s/quartier-du-moulin/"), ("Saint-Roch", "/s/saint-roch/")]
    return Site(LORV_VOISINS, "rivages_humhub", "Lorvi'Voisins", pages, menu=menu, features=tsn)


def _lorvignies():
    return _city("98803", "Lorvignies", 118_600, "59", LORVIGNIES,
                 [_lorvignies_www(), _lorvignies_fluicity(), _lorvignies_voisins()])



# =====================================================================================================================
# 98804 Castelbrune — Joomla 4 (Astroid), Kunena and id-city
# =====================================================================================================================

CASTELBRUNE = "www.castelbrune.fr"
CASTEL_IDCITY = "castelbrune.id-city.com"
_CI = f"http://{CASTEL_IDCITY}"


def _castelbrune_www():
    part = ("Participer", "/index.php/participer")
    news = ("Actualités", "/index.php/actualites")
    forum = ("Forum", "/index.php/forum")
    cat = ("Vie des quartiers", "/index.php/forum/3-vie-des-quartiers")
    topic = "/index.php/forum/3-vie-des-quartiers/27-stationnement-place-du-foirail"
    idees = m.rsform(4, "/index.php/participer/proposez-vos-idees", [
        ("text", "Nom", "Nom", True), ("email", "Email", "E-mail", True),
        ("select", "Theme", ("Thème", ["Cadre de vie", "Commerces et marché", "Jeunesse", "Mobilité", "Autre"]), False),
        ("textarea", "Idee", "Votre idée", True)], submit="Proposer")
    contact = m.rsform(1, "/index.php/contact", [
        ("text", "Nom", "Nom et prénom", True), ("email", "Email", "E-mail", True), ("text", "Objet", "Objet", True),
        ("textarea", "Message", "Message", True)])
    topics = [(27, "Stationnement place du Foirail", "Josiane C.", 6, "il y a 2 jours"),
              (24, "Les bus du marché le samedi", "Thomas", 3, "il y a 1 semaine")]
    topic_rows = "".join(
        f'<tr class="category"><td class="hidden-xs center topic-item-unread"><span class="kicon"></span></td><td class="kfrontend">'
        + (f'<div class="krow"><a href="{topic}" class="topictitle">{e(t)}</a>' if tid == 27 else f'<div class="krow"><span class="topictitle">{e(t)}</span>')
        + f'<div class="started">Démarré par {e(a)}</div></div></td><td class="d-none d-md-table-cell"><div class="repliesnum">{r} réponses</div></td>'
          f'<td class="d-none d-md-table-cell"><div class="klatest-post-info">{e(last)}</div></td></tr>'
        for tid, t, a, r, last in topics)
    post_form = """<div class="kfrontend"><h2 class="card-header">Nouveau sujet</h2>
<form action="/index.php/forum" method="post" class="form-horizontal form-validate" role="form" id="postform" name="postform" enctype="multipart/form-data" data-page-identifier="1">
<input type="hidden" name="view" value="topic" /><input type="hidden" name="task" value="post" /><input type="hidden" name="4f1c09e2b7a35d68" value="1" />
<div class="control-group"><label class="control-label" for="postcatid">Catégorie</label><div class="controls"><select id="postcatid" name="catid" class="form-select"><option value="3" selected="selected">Vie des quartiers</option><option value="4">Associations</option><option value="5">Petites annonces</option></select></div></div>
<div class="control-group" id="kanynomous-check-name"><label class="control-label" for="kauthorname">Nom</label><div class="controls"><input type="text" id="kauthorname" name="authorname" size="35" class="form-control" maxlength="35" value="" /></div></div>
<div class="control-group"><label class="control-label" for="email">E-mail</label><div class="controls"><input type="text" id="email" name="email" size="35" class="form-control" maxlength="45" value="" required /><p class="help-block">Votre adresse ne sera pas publiée.</p></div></div>
<div class="control-group"><label class="control-label" for="subject">Sujet</label><div class="controls"><input class="form-control" type="text" name="subject" id="subject" maxlength="50" value="" required /></div></div>
<div class="control-group"><label class="control-label" for="editor">Message</label><div class="controls"><textarea class="form-control" name="message" id="editor" rows="12" required></textarea></div></div>
<div class="control-group"><div class="controls"><button type="submit" class="btn btn-outline-success form-validate" name="submit">Envoyer</button> <button type="button" class="btn btn-outline-secondary" onclick="history.back()">Annuler</button></div></div>
</form><p>Les messages des visiteurs non inscrits sont publiés après validation par un modérateur.</p></div>"""
    pages = [
        page("/", "Accueil",
             '<div class="blog-featured"><h2>À la une</h2>'
             + _ul([_a("/index.php/actualites/12-le-marche-de-plein-vent-demenage", "Le marché de plein vent déménage"),
                    _a("/index.php/participer/castel-projets", "Castel'Projets : votez pour vos projets"),
                    _a("/index.php/forum", "Le forum des habitants")])
             + "</div><h2>Services</h2>"
             + _ul([_a("/index.php/ma-mairie/conseil-municipal", "Le conseil municipal"), _a("/index.php/contact", "Écrire à la mairie"),
                    _a("/index.php/lettre-d-information", "La lettre d'information")])),
        page("/index.php/ma-mairie/conseil-municipal", "Le conseil municipal",
             "<p>Le conseil municipal de Castelbrune compte 29 membres. Les séances ont lieu un lundi par mois à 20 h 30 "
             "dans la salle du conseil, sous la halle. Elles sont publiques et retransmises en direct.</p>"
             "<h2>Délibérations récentes</h2>" + _ul(["Tarifs des droits de place du marché", "Convention avec le syndicat des eaux",
                                                     "Vote des subventions aux associations sportives"]),
             decoys={PD}, parent=("Accueil", "/")),
        page(part[1], "Castelbrune participative",
             "<p>La municipalité a fait de la participation des habitants un engagement du mandat. Comités de quartier, "
             "budget participatif, questionnaires, boîte à idées et forum : voici comment prendre part aux décisions.</p>"
             + _ul([_a("/index.php/participer/comites-de-quartier", "Les comités de quartier"),
                    _a("/index.php/participer/castel-projets", "Castel'Projets, le budget participatif"),
                    _a("/index.php/participer/questionnaire-cadre-de-vie", "Le questionnaire sur le cadre de vie"),
                    _a("/index.php/participer/proposez-vos-idees", "Proposez vos idées"),
                    _a("/index.php/forum", "Le forum des habitants")]),
             features={PD}, parent=("Accueil", "/")),
        page("/index.php/participer/comites-de-quartier", "Les comités de quartier",
             "<p>Quatre comités couvrent la ville : Ville-Haute, Le Foirail, Les Capucins et les écarts de la plaine. "
             "Ouverts à tous les habitants, ils se réunissent deux fois par an avec le maire et les adjoints et font "
             "remonter les besoins du quartier : voirie, éclairage, sécurité, animations.</p>"
             "<p>Chaque comité élit deux porte-parole, associés à la préparation du programme de travaux.</p>",
             features={PD}, parent=part),
        page("/index.php/participer/castel-projets", "Castel'Projets, le budget participatif",
             "<p>Castel'Projets, c'est 50 000 euros pour des projets proposés et choisis par les habitants de "
             "Castelbrune âgés de 12 ans et plus. Le dépôt des projets est ouvert jusqu'au 30 avril, le vote aura lieu en "
             "juin.</p>"
             f'<p><a href="{_CI}/budget-participatif/castel-projets-2025">Déposer ou consulter les projets sur la plateforme</a></p>',
             features={PB, SC}, parent=part),
        page("/index.php/participer/questionnaire-cadre-de-vie", "Questionnaire : votre cadre de vie",
             "<p>Propreté, espaces verts, stationnement, commerces : dites-nous ce qui compte pour vous. Le questionnaire "
             "est ouvert jusqu'au 15 juillet.</p>"
             + m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__hK3pXBUNkFLT0kwRjdaQ1g3MEJWU1g1Q0lQUUVMQi4u", "Votre cadre de vie"),
             features={PO}, parent=part),
        page("/index.php/participer/proposez-vos-idees", "Proposez vos idées",
             "<p>Une idée pour votre quartier ou pour la ville ? Écrivez-nous : chaque proposition est étudiée par les "
             "élus et reçoit une réponse.</p>" + idees,
             features={SC, CF}, parent=part),
        page(news[1], "Actualités",
             _ul([_a("/index.php/actualites/12-le-marche-de-plein-vent-demenage", "Le marché de plein vent déménage"),
                  _a("/index.php/actualites/14-retour-sur-la-reunion-publique-de-la-halle", "Retour sur la réunion publique de la halle")]),
             parent=("Accueil", "/")),
        page("/index.php/actualites/12-le-marche-de-plein-vent-demenage", "Le marché de plein vent déménage",
             "<p>Pendant les travaux de la halle, le marché du samedi s'installe place du Foirail à partir du 7 juin. Le "
             "stationnement y sera interdit le samedi de 6 h à 14 h.</p>"
             + m.jcomments(12, [("Régine", "08.05.2025 18:02", "Pensez aux places pour les personnes handicapées près des étals."),
                                ("Lulu82", "09.05.2025 07:45", "Et le marché aux volailles, il reste où ?")]),
             features={CO}, decoys={CF}, parent=news),
        page("/index.php/actualites/14-retour-sur-la-reunion-publique-de-la-halle", "Retour sur la réunion publique de la halle",
             "<p>Près de 150 personnes ont assisté mardi à la présentation du projet de rénovation de la halle. Les "
             "architectes ont répondu aux questions ; les plans sont exposés en mairie jusqu'à la fin du mois.</p>",
             decoys={PD}, parent=news),  # a news item on one meeting, a passing mention
        page("/index.php/contact", "Contact",
             "<p>Mairie de Castelbrune, 2 rue de la Halle. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.</p>" + contact,
             features={CF}, parent=("Accueil", "/")),
        page("/index.php/vie-associative/forum-des-associations", "Forum des associations",
             "<p>Samedi 6 septembre, de 10 h à 18 h, sous la halle et au gymnase : plus de soixante associations "
             "présentent leurs activités. Démonstrations de rugby à XIII, de danse occitane et de judo.</p>",
             decoys={FO}, parent=("Accueil", "/")),
        page("/index.php/urbanisme/enquete-publique-zone-artisanale", "Enquête publique : extension de la zone artisanale",
             "<p>L'enquête publique relative à la déclaration de projet pour l'extension de la zone artisanale de la "
             "Garrigue se déroule du 12 mai au 13 juin. Le dossier et le registre sont à la disposition du public en "
             "mairie ; le commissaire enquêteur reçoit les 12 mai, 28 mai et 13 juin.</p>",
             decoys={PO, PD}, parent=("Accueil", "/")),
        page("/index.php/finances/compte-administratif-2024", "Compte administratif 2024",
             "<p>Le compte administratif 2024 fait apparaître 11,2 millions d'euros de dépenses de fonctionnement et "
             "4,6 millions d'investissement. Il a été adopté le 16 juin par le conseil municipal.</p>",
             decoys={PB}, parent=("Accueil", "/")),
        page("/index.php/emploi/appel-a-candidatures-animateurs", "Appel à candidatures : animateurs d'été",
             "<p>Le centre de loisirs recrute six animateurs titulaires ou stagiaires BAFA pour juillet et août. "
             "Candidatures (CV et lettre) avant le 15 mai au service jeunesse.</p>",
             decoys={SC}, parent=("Accueil", "/")),
        page("/index.php/lettre-d-information", "La lettre d'information",
             "<p>Inscrivez-vous pour recevoir la lettre mensuelle de Castelbrune.</p>" + m.acym_form(),
             decoys={CF}, parent=("Accueil", "/")),
        page(forum[1], "Forum des habitants",
             m.kunena('<div class="kfrontend shadow-lg rounded mt-4 border"><h1 class="card-header">Forum des habitants de Castelbrune</h1>'
                      '<table class="table table-bordered shadow-lg mt-3"><thead><tr><th colspan="2">Catégorie</th><th>Sujets</th><th>Messages</th></tr></thead>'
                      f'<tbody class="category-item"><tr class="category"><td class="center"><span class="kicon"></span></td><td><div class="kthead-title">'
                      f'<a href="{cat[1]}" class="kcategory-title">Vie des quartiers</a></div><div class="kthead-desc">Voirie, stationnement, '
                      'propreté, animations : parlons de nos quartiers.</div></td><td>18</td><td>96</td></tr>'
                      '<tr class="category"><td class="center"><span class="kicon"></span></td><td><div class="kthead-title">'
                      '<span class="kcategory-title">Associations</span></div></td><td>7</td><td>22</td></tr></tbody></table>'
                      '<p><a class="btn btn-outline-primary" href="/index.php/forum/topic/create?catid=3">Nouveau sujet</a></p></div>'),
             features={FO}, parent=("Accueil", "/")),
        page(cat[1], "Vie des quartiers",
             m.kunena(f'<div class="kfrontend shadow-lg rounded mt-4 border"><h1 class="card-header">Vie des quartiers</h1>'
                      f'<p><a class="btn btn-outline-primary" href="/index.php/forum/topic/create?catid=3">Nouveau sujet</a></p>'
                      f'<table class="table table-bordered shadow-lg mt-3"><thead><tr><th colspan="2">Sujets</th><th>Réponses</th><th>Dernier message</th></tr></thead>'
                      f'<tbody class="topic-list">{topic_rows}</tbody></table></div>'),
             features={FO}, parent=forum),
        page(topic, "Stationnement place du Foirail",
             m.kunena('<div class="kunena-topic-item "><h1>Stationnement place du Foirail</h1><div class="topic-item-messages">'
                      + "".join(f'<div class="row message"><div class="col-md-2 shadow rounded d-none d-sm-block"><div class="kpost-profile">'
                                f'<span class="kpost-username">{e(a)}</span></div></div><div class="col-md-10 shadow-lg rounded message-published">'
                                f'<small class="text-muted float-end">{e(d)}</small><div class="kmsg"><div class="kmsgtext">{e(t)}</div></div></div></div>'
                                for a, d, t in [
                                    ("Josiane C.", "12 mai 2025 09:14", "Depuis que le marché s'installe au Foirail, on ne peut plus se garer le samedi matin pour aller chez le médecin."),
                                    ("Thomas", "12 mai 2025 11:02", "Le parking de la gare est gratuit et à cinq minutes à pied."),
                                    ("Mairie de Castelbrune", "13 mai 2025 08:30", "Deux places réservées aux patients du cabinet médical seront matérialisées rue des Tanneurs dès la semaine prochaine.")])
                      + '</div><div class="kreply-form"><p>Vous devez vous <a href="/index.php/connexion">connecter</a> pour répondre à ce sujet.</p></div></div>'),
             features={FO}, parent=cat),
        page("/index.php/forum/topic/create?catid=3", "Nouveau sujet", m.kunena(post_form),
             features={FO}, decoys={CF}, parent=forum),  # the board's posting form: a message to the board, not to the city
        page("/index.php/forum/regles", "Règles du forum",
             m.kunena("<div class=\"kfrontend\"><h1>Règles du forum</h1><p>Le forum est un espace d'échange entre habitants. "
                      "Restez courtois, ne publiez pas de données personnelles, pas de propagande électorale. Les messages "
                      "injurieux sont supprimés par les modérateurs.</p></div>"),
             decoys={FO}, parent=forum),
        page("/index.php/connexion", "Connexion", m.joomla_login(), decoys={FO, CF}, parent=("Accueil", "/")),
    ]
    menu = [("Accueil", "/"), ("Ma mairie", "/index.php/ma-mairie/conseil-municipal"), ("Participer", part[1]),
            ("Actualités", news[1]), ("Forum", forum[1]), ("Associations", "/index.php/vie-associative/forum-des-associations"),
            ("Urbanisme", "/index.php/urbanisme/enquete-publique-zone-artisanale"), ("Finances", "/index.php/finances/compte-administratif-2024"),
            ("Emploi", "/index.php/emploi/appel-a-candidatures-animateurs"), ("Contact", "/index.php/contact")]
    accounts = [social("facebook", "castelbrune82", "https://www.facebook.com/castelbrune82/"),
                social("youtube", "VilledeCastelbrune", "https://www.youtube.com/@VilledeCastelbrune/videos")]
    return Site(CASTELBRUNE, "rivages_joomla_astroid", "Ville de Castelbrune", pages, menu=menu, accounts=accounts,
                address="2 rue de la Halle, 82210 Castelbrune")


def _castelbrune_idcity():
    bp = ("Castel'Projets 2025", "/budget-participatif/castel-projets-2025")
    idea = f"{bp[1]}/idees/74-un-abri-pour-le-marche"
    pages = [
        page("/", "Castelbrune participe",
             '<section class="idc-hero"><p>La plateforme de participation de la Ville de Castelbrune.</p></section>'
             '<section class="idc-cards"><article class="idc-card"><span class="idc-card__type">Budget participatif</span>'
             f'<h2><a href="{bp[1]}">{e(bp[0])}</a></h2><p>Dépôt des idées jusqu\'au 30 avril</p></article>'
             '<article class="idc-card"><span class="idc-card__type">Consultation</span>'
             '<h2><a href="/consultations/plan-velo">Plan vélo : à vous de jouer</a></h2><p>Questionnaire ouvert</p></article></section>'),
        page(bp[1], bp[0],
             '<div class="idc-phases"><span class="idc-phase idc-phase--active">1. Appel à idées</span><span class="idc-phase">2. Instruction</span>'
             '<span class="idc-phase">3. Vote</span><span class="idc-phase">4. Réalisation</span></div>'
             "<p>50 000 euros pour vos idées ! Proposez un projet d'intérêt général pour Castelbrune, puis votez en juin.</p>"
             f'<a class="idc-btn idc-btn--primary" href="{bp[1]}/deposer">Déposer une idée</a>'
             '<div class="idc-ideas"><h2>23 idées déposées</h2>'
             f'<article class="idc-idea-card"><h3><a href="{idea}">Un abri pour le marché aux volailles</a></h3><p>par Les Éleveurs du Quercy · 31 soutiens</p></article>'
             '<article class="idc-idea-card"><h3>Des jeux d\'eau au jardin public</h3><p>par Mélanie · 27 soutiens</p></article></div>',
             features={PB, SC}, parent=("Accueil", "/")),
        page(idea, "Un abri pour le marché aux volailles",
             '<div class="idc-idea"><p class="idc-idea__meta">Proposée par Les Éleveurs du Quercy · Catégorie : commerce · Coût estimé : 14 000 €</p>'
             "<p>Un abri couvert et ventilé pour les éleveurs du marché aux volailles, qui attendent sous la pluie l'hiver.</p>"
             '<button class="idc-btn" data-login-required>Soutenir (31)</button></div>'
             '<section class="idc-comments"><h2>2 commentaires</h2>'
             '<div class="idc-comment"><strong>Pierrot</strong><p>Bonne idée, l\'abri pourrait servir aussi aux vide-greniers.</p></div>'
             '<div class="idc-comment"><strong>Annie B.</strong><p>Il faudrait prévoir un point d\'eau.</p></div>'
             f'<form class="idc-comment-form" method="post" action="{idea}/commenter"><label for="idc-comment">Ajouter un commentaire</label>'
             '<textarea id="idc-comment" name="comment[content]" rows="3"></textarea><button type="submit" class="idc-btn">Publier</button></form></section>',
             features={PB, CO}, decoys={CF}, parent=bp),
        page(f"{bp[1]}/deposer", "Déposer une idée",
             '<form class="idc-form idc-form--idea" method="post" action="' + f"{bp[1]}/deposer" + '"><input type="hidden" name="csrf" value="k1Pq9z">'
             '<label for="idea-title">Titre de votre idée</label><input id="idea-title" type="text" name="idea[title]" required>'
             '<label for="idea-description">Description</label><textarea id="idea-description" name="idea[description]" rows="8" required></textarea>'
             '<label for="idea-place">Lieu</label><input id="idea-place" type="text" name="idea[place]">'
             '<label for="idea-cost">Coût estimé</label><input id="idea-cost" type="text" name="idea[cost]">'
             '<button type="submit" class="idc-btn idc-btn--primary">Publier mon idée</button></form>'
             "<p>Votre idée sera publiée sur la plateforme après vérification de sa conformité au règlement.</p>",
             # a proposal published on the platform, not a message to the town hall
             features={PB, SC}, decoys={CF}, parent=bp),
        page("/consultations/plan-velo", "Plan vélo : à vous de jouer",
             "<p>La ville prépare son premier plan vélo. Répondez à ce questionnaire pour nous aider à choisir les "
             "itinéraires prioritaires.</p>"
             '<form class="idc-form idc-survey" method="post" action="/consultations/plan-velo/reponses">'
             '<fieldset><legend>Utilisez-vous le vélo pour vos déplacements quotidiens ?</legend>'
             '<label><input type="radio" name="q[1]" value="souvent"> Souvent</label><label><input type="radio" name="q[1]" value="parfois"> Parfois</label>'
             '<label><input type="radio" name="q[1]" value="jamais"> Jamais</label></fieldset>'
             '<fieldset><legend>Quel itinéraire aménager en premier ?</legend>'
             '<label><input type="radio" name="q[2]" value="gare"> Centre - gare</label><label><input type="radio" name="q[2]" value="college"> Centre - collège</label>'
             '<label><input type="radio" name="q[2]" value="lac"> Voie verte du lac</label></fieldset>'
             '<button type="submit" class="idc-btn idc-btn--primary">Envoyer mes réponses</button></form>',
             features={PO}, parent=("Accueil", "/")),
    ]
    menu = [("Accueil", "/"), ("Budget participatif", bp[1]), ("Consultations", "/consultations/plan-velo")]
    return Site(CASTEL_IDCITY, "rivages_idcity", "Castelbrune participe", pages, menu=menu, features=PLATFORM,
                platforms=frozenset({"id_city"}))


def _castelbrune():
    return _city("98804", "Castelbrune", 27_800, "82", CASTELBRUNE, [_castelbrune_www(), _castelbrune_idcity()])


# =====================================================================================================================
# 98805 Haguenstein — TYPO3 12, LimeSurvey and Cap Collectif
# =====================================================================================================================

HAGUENSTEIN = "www.haguenstein.fr"
HAG_SURVEY = "enquetes.haguenstein.fr"
HAG_CAPCO = "haguenstein.cap-collectif.com"
_HS = f"http://{HAG_SURVEY}"
_HC = f"http://{HAG_CAPCO}"


def _haguenstein_www():
    part = ("Participer", "/participer")
    news = ("Actualités", "/actualites")
    contact = m.typo3_form("contact", 412, "/contact", [
        ("text", "nom", "Nom", True), ("email", "email", "Courriel", True), ("text", "objet", "Objet", False),
        ("textarea", "message", "Votre message", True),
        ("checkbox", "rgpd", "J'accepte le traitement de mes données pour répondre à ma demande", True)])
    pages = [
        page("/", "Accueil",
             '<div class="teaser-list"><h2>Actualités</h2>'
             + _ul([_a("/actualites/nouveau-plan-de-circulation", "Un nouveau plan de circulation pour le centre"),
                    _a("/actualites/petition-ligne-ter", "Ligne TER : la Région interpellée")])
             + '</div><div class="teaser-box"><h2>En ce moment</h2>'
             + _ul([f'<a href="{_HS}/index.php/274913?lang=fr">Enquête mobilité : donnez votre avis !</a>',
                    _a("/participer/budget-participatif", "Budget participatif : le vote approche"),
                    _a("/jeunesse/consultation-skatepark", "Skatepark : les jeunes consultés")])
             + "</div>",
             decoys={PO}),  # a plain link to a survey held on another page
        page(part[1], "Haguenstein s'engage",
             "<p>« Haguenstein s'engage » rassemble les instances et les outils de la démocratie participative : conseils de "
             "quartier, conseil des aînés, conseil des jeunes, budget participatif, droit d'interpellation, consultations "
             "en ligne sur la plateforme participative de la ville.</p>"
             + _ul([_a("/participer/conseils-de-quartier", "Les conseils de quartier"),
                    _a("/participer/budget-participatif", "Le budget participatif"),
                    _a("/participer/droit-d-interpellation", "Le droit d'interpellation citoyenne"),
                    _a("/participer/enquete-mobilite", "L'enquête mobilité"),
                    f'<a href="{_HC}/">La plateforme haguenstein.cap-collectif.com</a>']),
             features={PD}, parent=("Accueil", "/")),
        page("/participer/conseils-de-quartier", "Les conseils de quartier",
             "<p>Sept conseils de quartier, de la Vieille-Ville au Neudorf, réunissent habitants, associations et "
             "commerçants volontaires. Ils sont consultés sur les aménagements de proximité et présentent chaque année "
             "leur bilan au conseil municipal. Les réunions sont ouvertes au public.</p>",
             features={PD}, parent=part),
        page("/participer/budget-participatif", "Le budget participatif",
             "<p>300 000 euros sont réservés chaque année à des projets proposés puis votés par les habitants. Les projets "
             "de l'édition 2025 ont été déposés au printemps ; après l'étude de faisabilité, le vote aura lieu du 15 "
             "septembre au 15 octobre.</p>"
             f'<p><a href="{_HC}/project/budget-participatif-2025/presentation/presentation">Tout savoir sur l\'édition 2025</a> · '
             f'<a href="{_HC}/project/budget-participatif-2025/selection/vote">Accéder au vote</a></p>',
             features={PB}, parent=part),
        page("/participer/droit-d-interpellation", "Le droit d'interpellation citoyenne",
             "<p>Depuis 2023, tout habitant de plus de 16 ans peut interpeller le conseil municipal. Déposez votre "
             "interpellation sur la plateforme participative : si elle recueille 300 soutiens en quatre mois, elle est "
             "débattue en séance publique et reçoit une réponse motivée du maire.</p>"
             f'<p><a href="{_HC}/project/droit-d-interpellation/collect/interpellations">Déposer ou soutenir une interpellation</a></p>',
             features={PE}, parent=part),
        page("/participer/enquete-mobilite", "Enquête mobilité",
             "<p>Comment vous déplacez-vous dans Haguenstein ? Vos réponses aideront à préparer le plan de mobilité 2026-2032. "
             "Le questionnaire est anonyme.</p>"
             f'<iframe src="{_HS}/index.php/274913?lang=fr" width="100%" height="900" title="Enquête mobilité" style="border:0"></iframe>'
             f'<p>L\'<a href="{_HS}/index.php/583120?lang=fr">enquête 2023 sur le stationnement</a> est close ; ses résultats sont '
             f'présentés dans le magazine municipal de janvier. <a href="{_HS}/">Toutes les enquêtes de la ville</a></p>',
             features={PO}, parent=part),
        # Tally's embed: the frame gets its address from the service's script
        page("/jeunesse/consultation-skatepark", "Skatepark : les jeunes consultés",
             "<p>Le skatepark du parc de l'Ill sera rénové en 2026. Rampes, bowl, éclairage : les 11-25 ans donnent leur avis "
             "jusqu'au 30 juin.</p>" + m.tally("mOq8xZ", "Consultation skatepark"),
             features={PO}, parent=("Accueil", "/")),
        page("/contact", "Contact",
             "<p>Hôtel de ville, 1 place de l'Ill. Du lundi au vendredi, de 8 h à 12 h et de 13 h 30 à 17 h 30.</p>" + contact,
             features={CF}, parent=("Accueil", "/")),
        page(news[1], "Actualités",
             _ul([_a("/actualites/nouveau-plan-de-circulation", "Un nouveau plan de circulation pour le centre"),
                  _a("/actualites/petition-ligne-ter", "Ligne TER : la Région interpellée")]), parent=("Accueil", "/")),
        # Hyvor Talk, a third-party comment system, under a news item; the meeting is mentioned in passing
        page("/actualites/nouveau-plan-de-circulation", "Un nouveau plan de circulation pour le centre",
             "<p>À partir du 1er septembre, la rue du Marché passe en sens unique et la place de l'Ill devient piétonne le "
             "samedi. Ce plan, issu de deux ans d'études, a été présenté en réunion publique le 14 mai.</p>"
             "<h2>Vos réactions</h2>" + m.hyvor("actualites-nouveau-plan-de-circulation"),
             features={CO}, decoys={PD}, parent=news),
        page("/actualites/petition-ligne-ter", "Ligne TER : la Région interpellée",
             "<p>Le comité des usagers de la ligne Strasbourg - Haguenstein a remis à la Région une pétition lancée sur "
             "un site national de pétitions, réclamant des trains plus fréquents le soir. Le maire a apporté son soutien "
             "à la démarche.</p>",
             decoys={PE}, parent=news),  # a petition reported in the news, not on a space the city runs
        page("/mairie/budget-primitif", "Budget primitif 2025",
             "<p>Le budget primitif 2025 s'équilibre à 71,5 millions d'euros, dont 19,2 millions d'investissement. "
             "Principales opérations : rénovation de l'école du Neudorf, requalification de la place de l'Ill.</p>",
             decoys={PB}, parent=("Accueil", "/")),
        page("/culture/concours-photo", "Concours photo « Haguenstein au fil de l'eau »",
             "<p>Amateurs de photographie, envoyez jusqu'à trois clichés avant le 31 août. Un jury de photographes "
             "professionnels désignera les dix lauréats, exposés à la médiathèque en novembre.</p>",
             decoys={PB, SC}, parent=("Accueil", "/")),
        page("/securite/participation-citoyenne", "Participation citoyenne",
             "<p>Le dispositif de participation citoyenne, piloté par le maire avec la police nationale, s'appuie sur des "
             "habitants référents formés à repérer et signaler les comportements suspects. Il couvre désormais les "
             "quartiers du Neudorf et du Rebberg.</p>",
             decoys={PD}, parent=("Accueil", "/")),
        page("/newsletter", "Lettre d'information", m.brevo_newsletter(), decoys={CF}, parent=("Accueil", "/")),
        page("/espace-citoyen/connexion", "Espace citoyen", "<p>Connectez-vous pour suivre vos démarches.</p>" + m.typo3_felogin(88),
             decoys={CF}, parent=("Accueil", "/")),
    ]
    menu = [("Participer", part[1]), ("Actualités", news[1]), ("Budget", "/mairie/budget-primitif"),
            ("Culture", "/culture/concours-photo"), ("Sécurité", "/securite/participation-citoyenne"),
            ("Newsletter", "/newsletter"), ("Espace citoyen", "/espace-citoyen/connexion"), ("Contact", "/contact")]
    accounts = [social("facebook", "Haguenstein", "https://www.facebook.com/Haguenstein"),
                social("instagram", "ville_haguenstein", "https://www.instagram.com/ville_haguenstein"),
                social("linkedin", "ville-de-haguenstein", "https://fr.linkedin.com/company/ville-de-haguenstein"),
                social("youtube", "haguenstein", "https://m.youtube.com/@haguenstein")]
    return Site(HAGUENSTEIN, "rivages_typo3_stadt", "Ville de Haguenstein", pages, menu=menu, accounts=accounts,
                address="1 place de l'Ill, 67890 Haguenstein")


def _haguenstein_survey():
    open_survey = m.limesurvey_form(274913, [
        (1101, "radio", "Quel mode de transport utilisez-vous le plus souvent ?", ["Voiture", "Bus", "Vélo", "Marche", "Train"]),
        (1102, "radio", "Seriez-vous prêt à laisser votre voiture pour un bus toutes les dix minutes ?", ["Oui", "Peut-être", "Non"]),
        (1103, "text", "Quel aménagement améliorerait le plus vos déplacements ?", [])],
        "Merci de prendre dix minutes pour répondre à cette enquête menée par la Ville de Haguenstein.")
    pages = [
        page("/", "Questionnaires de la Ville de Haguenstein",
             '<div class="surveys-list"><h2>Questionnaires disponibles</h2><ul class="surveys-list">'
             f'<li><a href="/index.php/274913?lang=fr" class="surveytitle">Enquête mobilité 2025</a></li></ul></div>',
             decoys={PO}),  # a list of links, the survey is on its own page
        page("/index.php/274913?lang=fr", "Enquête mobilité 2025", open_survey, features={PO}),
        page("/index.php/583120?lang=fr", "Enquête stationnement 2023",
             '<div class="alert alert-danger">Ce questionnaire n\'est plus actif. Vous ne pouvez plus y répondre.</div>'
             "<p>Merci aux 1 873 participants. Contact : service mobilité de la Ville de Haguenstein.</p>",
             decoys={PO}),  # a closed survey, no way to answer
    ]
    return Site(HAG_SURVEY, "rivages_limesurvey", "Enquêtes de Haguenstein", pages)


def _haguenstein_capco():
    bp = "/project/budget-participatif-2025"
    inter = "/project/droit-d-interpellation/collect/interpellations"
    bp_steps = [("Présentation", f"{bp}/presentation/presentation", "mars 2025"),
                ("Dépôt des projets", f"{bp}/collect/depot-des-projets", "1er avril - 31 mai 2025"),
                ("Vote", f"{bp}/selection/vote", "15 septembre - 15 octobre 2025")]
    livres = f"{bp}/collect/depot-des-projets/proposals/une-boite-a-livres-au-parc-schweitzer"
    canal = f"{inter}/proposals/eclairer-le-chemin-du-canal"
    pages = [
        page("/", "Accueil",
             '<section class="section--custom"><p>Bienvenue sur la plateforme participative de Haguenstein : budget participatif, '
             'interpellations citoyennes, consultations.</p></section>'
             '<section class="projects-section"><h2 class="h2">Projets participatifs</h2><ul class="projects-list">'
             f'<li class="project-preview"><a href="{bp}/presentation/presentation">Budget participatif 2025</a></li>'
             f'<li class="project-preview"><a href="{inter}">Droit d\'interpellation</a></li>'
             '<li class="project-preview"><a href="/project/plan-climat/questionnaire/questionnaire-climat">Plan climat : le questionnaire</a></li></ul>'
             '<a href="/projects" class="btn btn-primary">Voir tous les projets</a></section>'),
        page("/projects", "Tous les projets",
             '<ul class="projects-list">'
             f'<li class="project-preview"><a href="{bp}/presentation/presentation">Budget participatif 2025</a> · 3 étapes · 64 propositions</li>'
             f'<li class="project-preview"><a href="{inter}">Droit d\'interpellation</a> · Participation en continu</li>'
             '<li class="project-preview"><a href="/project/plan-climat/questionnaire/questionnaire-climat">Plan climat</a> · Questionnaire</li></ul>',
             parent=("Accueil", "/")),
        page(f"{bp}/presentation/presentation", "Budget participatif 2025",
             m.capco_steps("Budget participatif 2025", bp_steps, f"{bp}/presentation/presentation")
             + '<div class="step__description"><p>300 000 euros pour les projets des Haguensteinois. Les projets déposés au '
               'printemps sont en cours d\'étude ; les projets réalisables seront soumis au vote de tous les habitants de plus '
               'de 12 ans à l\'automne.</p></div>',
             features={PB}, parent=("Projets", "/projects")),
        page(f"{bp}/collect/depot-des-projets", "Dépôt des projets",
             m.capco_steps("Budget participatif 2025", bp_steps, f"{bp}/collect/depot-des-projets")
             + '<div class="alert alert-info">Cette étape est terminée : le dépôt des projets est clos depuis le 31 mai.</div>'
               '<button id="add-proposal" class="btn btn-primary" disabled>Déposer un projet</button>'
               '<ul class="media-list proposal-preview-list">'
             + m.capco_proposal_card(livres, "Une boîte à livres au parc Schweitzer", "Margot", 0, 3, "En étude")
             + "</ul>",
             features={PB}, decoys={SC}, parent=(bp_steps[0][0], bp_steps[0][1])),  # the call for projects is closed
        page(f"{bp}/selection/vote", "Vote",
             m.capco_steps("Budget participatif 2025", bp_steps, f"{bp}/selection/vote")
             + '<div class="step__description"><p>Du 15 septembre au 15 octobre, votez pour cinq projets au plus. Les projets '
               'retenus à l\'issue de l\'étude de faisabilité seront publiés ici le 10 septembre.</p></div>'
               '<p class="text-muted">Le vote ouvrira le 15 septembre.</p>',
             features={PB}, parent=(bp_steps[0][0], bp_steps[0][1])),
        page(livres, "Une boîte à livres au parc Schweitzer",
             '<div class="proposal__content"><p class="proposal__author">Margot · déposé le 14 avril 2025</p>'
             "<p>Installer une boîte à livres étanche près de l'aire de jeux du parc Schweitzer, fabriquée par l'atelier "
             "bois du lycée professionnel.</p><p><strong>Coût estimé :</strong> 2 500 €</p></div>"
             + m.capco_comments([("Paul", "15/04/2025", "Super idée, celle de la gare est toujours pleine."),
                                 ("Association des parents du Neudorf", "20/04/2025", "Nous pourrions l'alimenter avec la bourse aux livres.")]),
             features={PB, CO}, decoys={CF}, parent=("Dépôt des projets", f"{bp}/collect/depot-des-projets")),
        page(inter, "Droit d'interpellation",
             '<div class="step__description"><p>Interpellez le conseil municipal ! Déposez une interpellation sur une question '
             'relevant de la commune. Si elle recueille 300 soutiens d\'habitants en quatre mois, elle sera débattue en '
             'séance publique.</p></div>'
             '<a id="add-proposal" class="btn btn-primary" href="/login">Déposer une interpellation</a>'
             '<ul class="media-list proposal-preview-list">'
             + m.capco_proposal_card(canal, "Éclairer le chemin du canal", "Collectif des cyclistes de l'Ill", 187, 4)
             + m.capco_proposal_card(None, "Un second passage piéton rue de la Gare", "Nathalie", 64, 1).replace('<a href="None">', "").replace("</a></h3>", "</h3>")
             + "</ul>",
             features={PE}, parent=("Projets", "/projects")),
        page(canal, "Éclairer le chemin du canal",
             '<div class="proposal__content"><p class="proposal__author">Collectif des cyclistes de l\'Ill · 3 mars 2025</p>'
             "<p>Nous demandons l'éclairage du chemin du canal entre le pont de la Gare et le collège, emprunté chaque jour "
             "par 400 élèves à vélo, dont la moitié de nuit en hiver.</p>"
             '<div class="proposal__vote"><div class="progress"><div class="progress-bar" style="width:62%"></div></div>'
             '<p><strong>187</strong> soutiens sur 300 nécessaires</p><a href="/login" class="btn btn-success proposal__button__vote">Soutenir</a></div></div>'
             + m.capco_comments([("Louise", "05/03/2025", "Indispensable, ma fille rentre à 18 h dans le noir."),
                                 ("Jean-Marc", "10/03/2025", "Un éclairage à détection pour limiter la pollution lumineuse ?")]),
             features={PE, CO}, decoys={CF}, parent=("Droit d'interpellation", inter)),
        page("/project/plan-climat/questionnaire/questionnaire-climat", "Plan climat : le questionnaire",
             '<div class="step__description"><p>Dix questions pour construire le plan climat de la ville.</p></div>'
             '<form id="reply-form" class="questionnaire-form" method="post" action="">'
             '<div class="form-group"><label class="control-label">Quels gestes faites-vous déjà ?</label>'
             '<div class="checkbox"><label><input type="checkbox" name="responses[0][value][]" value="tri"> Je trie mes déchets</label></div>'
             '<div class="checkbox"><label><input type="checkbox" name="responses[0][value][]" value="velo"> Je me déplace à vélo</label></div>'
             '<div class="checkbox"><label><input type="checkbox" name="responses[0][value][]" value="compost"> Je composte</label></div></div>'
             '<div class="form-group"><label class="control-label">Quelle action la ville doit-elle engager en priorité ?</label>'
             '<div class="radio"><label><input type="radio" name="responses[1][value]" value="arbres"> Planter des arbres</label></div>'
             '<div class="radio"><label><input type="radio" name="responses[1][value]" value="renovation"> Rénover les écoles</label></div></div>'
             '<button type="submit" id="submit-create-reply" class="btn btn-primary">Envoyer</button></form>',
             features={PO}, parent=("Projets", "/projects")),
    ]
    menu = [("Accueil", "/"), ("Projets", "/projects")]
    return Site(HAG_CAPCO, "rivages_capco", "Haguenstein participe", pages, menu=menu, features=PLATFORM,
                platforms=frozenset({"cap_collectif"}))


def _haguenstein():
    return _city("98805", "Haguenstein", 52_400, "67", HAGUENSTEIN,
                 [_haguenstein_www(), _haguenstein_survey(), _haguenstein_capco()])



# =====================================================================================================================
# 98806 Saint-Priac-sur-Loire — Ametys CMS, a Publik portal and Priac'Agora, the city's own platform drawn by a script
# =====================================================================================================================

SAINT_PRIAC = "www.saint-priac.fr"
PRIAC_PUBLIK = "demarches.saint-priac.fr"
AGORA = "agora.saint-priac.fr"
_SP = f"http://{SAINT_PRIAC}"
_PUB = f"http://{PRIAC_PUBLIK}"
_AG = f"http://{AGORA}"


def _saint_priac_www():
    part = ("Participer", "/fr/participer.html")
    news = ("Actualités", "/fr/actualites.html")
    jardin = ("Le Jardin des projets", "/fr/participer/jardin-des-projets.html")
    pages = [
        page("/fr/index.html", "Accueil",
             '<div class="home-news"><h2>Actualités</h2>'
             + _ul([_a("/fr/actualites/la-ville-lance-priac-agora.html", "La ville lance Priac'Agora"),
                    _a("/fr/actualites/ile-aux-moines-un-projet-partage.html", "Île-aux-Moines : un projet partagé"),
                    _a("/fr/actualites/enquete-publique-pont-de-la-fosse.html", "Enquête publique : le pont de la Fosse")])
             + '</div><div class="home-quick"><h2>Accès directs</h2>'
             + _ul([_a(part[1], "Faire ville ensemble"), _a("/fr/ma-ville/budget/budget-primitif-2025.html", "Budget 2025"),
                    _a("/fr/ma-ville/emploi.html", "Offres d'emploi"), _a("/fr/ma-ville/recensement.html", "Recensement"),
                    _a("/fr/culture/appel-a-projets-artistiques.html", "Appel à projets artistiques"),
                    _a("/fr/participer/fete-des-voisins.html", "Fête des voisins : la ville vous aide"),
                    _a("/fr/contact.html", "Contact"), _a("/fr/lettre-d-information.html", "Lettre d'information"),
                    f'<a href="{_PUB}/">Toutes les démarches en ligne</a>'])
             + "</div>"),
        page(part[1], "Faire ville ensemble",
             "<p>« Faire ville ensemble » est la politique de participation citoyenne de Saint-Priac-sur-Loire. Elle repose "
             "sur des instances permanentes, des démarches de concertation pour chaque grand projet et une plateforme, "
             "Priac'Agora, où chacun peut voter, signer, proposer et répondre aux consultations.</p>"
             + _ul([_a("/fr/participer/conseils-de-quartier.html", "Les onze conseils de quartier"),
                    _a("/fr/participer/assemblee-citoyenne-du-climat.html", "L'assemblée citoyenne du climat"),
                    _a(jardin[1], "Le Jardin des projets, budget participatif"),
                    _a("/fr/participer/droit-d-interpellation.html", "Le droit d'interpellation"),
                    f'<a href="{_AG}/consultations/plan-lumiere">La consultation sur le plan lumière</a>',
                    f'<a href="{_PUB}/boite-a-idees/">La boîte à idées</a>',
                    f'<a href="{_AG}/">Priac\'Agora, la plateforme de participation</a>']),
             features={PD}, parent=("Accueil", "/fr/index.html")),
        page("/fr/participer/conseils-de-quartier.html", "Les conseils de quartier",
             "<p>Onze conseils de quartier couvrent la ville. Chacun associe des habitants tirés au sort, des volontaires et "
             "des représentants associatifs, accompagnés par un élu de quartier. Ils sont saisis des projets d'aménagement "
             "et peuvent s'autosaisir de toute question touchant leur quartier. Leurs avis et les réponses de la ville "
             "sont publiés sur Priac'Agora.</p>", features={PD}, parent=part),
        page("/fr/participer/assemblee-citoyenne-du-climat.html", "L'assemblée citoyenne du climat",
             "<p>Soixante habitants tirés au sort ont travaillé six week-ends, d'octobre à mars, sur l'adaptation de la "
             "ville au changement climatique. Leurs 32 propositions ont été présentées au conseil municipal, qui s'est "
             "engagé à répondre à chacune d'ici l'été.</p>", features={PD}, parent=part),
        page(jardin[1], "Le Jardin des projets",
             "<p>Le Jardin des projets est le budget participatif de Saint-Priac-sur-Loire : 1,5 million d'euros par an pour "
             "des projets proposés par les habitants et choisis par leur vote. Cette année, 58 projets sont soumis au vote "
             "sur Priac'Agora jusqu'au 30 juin.</p>"
             f'<p><a href="{_AG}/budget/jardin-des-projets-2025">Je vote pour mes projets</a> · '
             f'<a href="/fr/participer/jardin-des-projets/laureats-2024.html">Les lauréats 2024</a></p>',
             features={PB}, parent=part),
        page("/fr/participer/jardin-des-projets/laureats-2024.html", "Le Jardin des projets : les lauréats 2024",
             "<p>21 projets ont été retenus en 2024, parmi lesquels une forêt urbaine au Petit-Port, des abris à vélos "
             "sécurisés dans cinq écoles et une cuisine partagée à la maison de quartier de Bellevue. Quatorze sont "
             "réalisés, sept seront livrés avant la fin de l'année.</p>",
             features={PB}, parent=jardin),
        page("/fr/participer/droit-d-interpellation.html", "Le droit d'interpellation",
             "<p>Toute personne de plus de 16 ans habitant Saint-Priac peut lancer une pétition sur Priac'Agora. À 1 000 "
             "signatures en six mois, la pétition est inscrite à l'ordre du jour du conseil municipal ; à 5 000, le "
             "conseil débat de l'organisation d'une votation citoyenne.</p>"
             f'<p><a href="{_AG}/petitions">Lancer ou signer une pétition</a></p>',
             features={PE}, parent=part),
        page("/fr/participer/fete-des-voisins.html", "Fête des voisins",
             "<p>Le 30 mai, la ville soutient les habitants qui organisent la fête des voisins : prêt de matériel, affiches, "
             "autorisation de fermer la rue.</p>", decoys={TSN}, parent=part),
        page(news[1], "Actualités",
             _ul([_a("/fr/actualites/la-ville-lance-priac-agora.html", "La ville lance Priac'Agora"),
                  _a("/fr/actualites/ile-aux-moines-un-projet-partage.html", "Île-aux-Moines : un projet partagé"),
                  _a("/fr/actualites/enquete-publique-pont-de-la-fosse.html", "Enquête publique : le pont de la Fosse")]),
             parent=("Accueil", "/fr/index.html")),
        page("/fr/actualites/la-ville-lance-priac-agora.html", "La ville lance Priac'Agora",
             "<p>Priac'Agora remplace l'ancien site de la participation. Développée pour la ville, la nouvelle plateforme "
             "réunit en un seul endroit le budget participatif, les pétitions, les consultations et la boîte à idées. "
             "Elle fonctionne sur ordinateur comme sur téléphone et sera présentée dans les maisons de quartier en "
             "juin.</p>" f'<p>Rendez-vous sur <a href="{_AG}/">agora.saint-priac.fr</a>.</p>',
             decoys={PP}, parent=news),  # an article about the platform is not the platform
        page("/fr/actualites/ile-aux-moines-un-projet-partage.html", "Île-aux-Moines : un projet partagé",
             "<p>Le réaménagement de l'Île-aux-Moines entre dans sa phase opérationnelle. Le projet a été nourri par "
             "deux années d'ateliers avec les riverains ; les premiers travaux commenceront en octobre par la "
             "renaturation des berges.</p>",
             decoys={PD}, parent=news),  # a passing mention of past workshops in a news item
        page("/fr/actualites/enquete-publique-pont-de-la-fosse.html", "Enquête publique : le pont de la Fosse",
             "<p>Une enquête publique préalable à la déclaration d'utilité publique du nouveau pont de la Fosse est ouverte "
             "du 2 juin au 4 juillet. Le dossier est consultable en mairie et sur le site de la préfecture ; les "
             "observations sont reçues par la commission d'enquête.</p>",
             decoys={PO, PD}, parent=news),
        page("/fr/ma-ville/budget/budget-primitif-2025.html", "Budget primitif 2025",
             "<p>Le budget primitif 2025 atteint 286 millions d'euros, dont 92 millions d'investissement. Il a été adopté "
             "le 27 mars. Le Jardin des projets y représente 1,5 million d'euros.</p>",
             decoys={PB}, parent=("Accueil", "/fr/index.html")),
        page("/fr/ma-ville/emploi.html", "Offres d'emploi",
             "<p>La ville recrute : un ou une responsable du pôle participation citoyenne, des agents d'entretien des "
             "espaces verts, des animateurs périscolaires. Candidatures en ligne avant la date indiquée sur chaque "
             "offre.</p>", decoys={SC}, parent=("Accueil", "/fr/index.html")),
        page("/fr/culture/appel-a-projets-artistiques.html", "Appel à projets artistiques « Loire en scène »",
             "<p>Compagnies et collectifs d'artistes, proposez un spectacle pour les quais de Loire l'été prochain. Les "
             "dossiers sont examinés par un comité artistique ; dix projets seront soutenus à hauteur de 8 000 euros.</p>",
             decoys={SC}, parent=("Accueil", "/fr/index.html")),
        page("/fr/ma-ville/recensement.html", "Recensement de la population",
             "<p>Chaque année, 8 % des logements de Saint-Priac sont recensés par l'Insee. Si votre logement est concerné, "
             "un agent recenseur vous remettra vos codes pour répondre en ligne.</p>",
             decoys={PO}, parent=("Accueil", "/fr/index.html")),
        page("/fr/contact.html", "Contact",
             "<p>Hôtel de ville, 2 place Aristide-Briand, 44490 Saint-Priac-sur-Loire. Accueil du lundi au vendredi, de "
             "8 h 30 à 17 h 30. Téléphone : 02 40 00 00 00.</p>"
             f'<p>Pour nous écrire, utilisez <a href="{_PUB}/contacter-la-mairie/">le formulaire de contact</a> du portail des démarches.</p>',
             decoys={CF}, parent=("Accueil", "/fr/index.html")),  # a link to the contact form, no form here
        page("/fr/lettre-d-information.html", "Lettre d'information", m.ametys_newsletter(),
             decoys={CF}, parent=("Accueil", "/fr/index.html")),
    ]
    menu = [("Ma ville", "/fr/ma-ville/budget/budget-primitif-2025.html"), ("Participer", part[1]),
            ("Actualités", news[1]), ("Culture", "/fr/culture/appel-a-projets-artistiques.html"),
            ("Démarches", f"{_PUB}/"), ("Contact", "/fr/contact.html")]
    accounts = [social("facebook", "SaintPriacSurLoire", "https://www.facebook.com/SaintPriacSurLoire"),
                social("x", "SaintPriac", "https://x.com/SaintPriac"),
                social("instagram", "saintpriac", "https://www.instagram.com/saintpriac/"),
                social("linkedin", "ville-de-saint-priac-sur-loire", "https://www.linkedin.com/company/ville-de-saint-priac-sur-loire"),
                social("mastodon", "saintpriac@mastodon.social", "https://mastodon.social/@saintpriac"),
                social("youtube", "SaintPriacTV", "https://www.youtube.com/@SaintPriacTV")]
    return Site(SAINT_PRIAC, "rivages_ametys", "Saint-Priac-sur-Loire", pages, menu=menu, accounts=accounts,
                address="2 place Aristide-Briand, 44490 Saint-Priac-sur-Loire", redirects={"/": "/fr/index.html"})


def _saint_priac_publik():
    pages = [
        page("/", "Démarches en ligne",
             '<div class="cell list-of-forms"><h2>Vos démarches</h2><ul class="catégorie">'
             '<li><a href="/contacter-la-mairie/">Contacter la mairie</a></li><li><a href="/boite-a-idees/">Boîte à idées</a></li>'
             '<li><a href="/carte-residant/">Demander une carte de stationnement résidant</a></li></ul></div>'
             f'<p><a href="{_SP}/fr/index.html">Retour au site de la ville</a></p>'),
        page("/contacter-la-mairie/", "Contacter la mairie",
             m.wcs_form("contacter-la-mairie", [
                 ("String", 1, "Nom", True), ("String", 2, "Prénom", True), ("Email", 3, "Courriel", True),
                 ("Item", 4, ("Service", ["Accueil", "État civil", "Voirie et propreté", "Éducation", "Autre"]), True),
                 ("Text", 5, "Votre message", True)], intro="Posez votre question ou signalez un problème ; le service concerné vous répond sous 10 jours."),
             features={CF}, parent=("Démarches", "/")),
        page("/boite-a-idees/", "Boîte à idées",
             m.wcs_form("boite-a-idees", [
                 ("String", 1, "Nom", False), ("Email", 2, "Courriel", True),
                 ("Item", 3, ("Quartier concerné", ["Centre", "Petit-Port", "Bellevue", "Doulon", "Toute la ville"]), False),
                 ("Text", 4, "Votre idée", True)], submit="Envoyer mon idée",
                 intro="Une idée pour améliorer la vie à Saint-Priac ? Proposez-la : elle sera étudiée par les services et, si vous le souhaitez, publiée sur Priac'Agora."),
             features={SC, CF}, parent=("Démarches", "/")),
        page("/carte-residant/", "Demander une carte de stationnement résidant",
             m.wcs_form("carte-residant", [
                 ("String", 1, "Nom", True), ("String", 2, "Adresse", True), ("String", 3, "Immatriculation du véhicule", True),
                 ("Email", 4, "Courriel", True)], submit="Payer et valider",
                 intro="La carte résidant coûte 30 euros par an ; le paiement se fait en ligne à la fin de la demande."),
             decoys={CF}, parent=("Démarches", "/")),  # an application with payment, no message
    ]
    menu = [("Démarches", "/"), ("Contacter la mairie", "/contacter-la-mairie/")]
    return Site(PRIAC_PUBLIK, "rivages_publik", "Démarches - Saint-Priac-sur-Loire", pages, menu=menu,
                address="Hôtel de ville de Saint-Priac-sur-Loire")


def _agora_nav():
    links = [("Accueil", "/"), ("Jardin des projets", "/budget/jardin-des-projets-2025"), ("Pétitions", "/petitions"),
             ("Consultations", "/consultations/plan-lumiere"), ("Proposer une idée", "/idees/nouvelle")]
    return E("header", {"class": "ag-header"},
             E("a", {"href": "/", "class": "ag-logo"}, "Priac'Agora"),
             E("nav", {"aria-label": "Menu"}, E("ul", None, *[E("li", None, E("a", {"href": h}, t)) for t, h in links])),
             E("a", {"href": "/connexion", "class": "ag-btn"}, "Se connecter"))


def _agora_foot():
    return E("footer", {"class": "ag-footer"}, E("p", None, "Priac'Agora, la plateforme de participation de la Ville de Saint-Priac-sur-Loire · ",
                                                   E("a", {"href": f"{_SP}/fr/index.html"}, "saint-priac.fr")))


def _field(label, name, kind="text", required=True, rows=None):
    fid = "f-" + name.replace("[", "-").replace("]", "")
    attrs = {"id": fid, "name": name}
    if required:
        attrs["required"] = "required"
    if kind == "textarea":
        ctl = E("textarea", dict(attrs, rows=str(rows or 6)))
    else:
        ctl = E("input", dict(attrs, type=kind))
    return E("div", {"class": "ag-field"}, E("label", {"for": fid}, label), ctl)


def _agora_views():
    """What the API sends for each route: the title and the tree the application builds."""
    def view(title, *content):
        return {"titre": title, "arbre": E("div", {"class": "ag-app"}, _agora_nav(),
                                           E("main", {"class": "ag-main"}, E("h1", None, title), *content), _agora_foot())}

    def radio(name, value, label):
        return E("label", {"class": "ag-choice"}, E("input", {"type": "radio", "name": name, "value": value}), " " + label)

    projects = [("p-112", "Une forêt urbaine à Doulon", "120 000 €"), ("p-118", "Des fontaines dans les cours d'école", "45 000 €"),
                ("p-131", "Un skatepark couvert à Bellevue", "310 000 €")]
    return {
        "/": view("Participez à la vie de Saint-Priac",
                  E("p", None, "Votez pour le Jardin des projets, signez ou lancez une pétition, répondez aux consultations, proposez vos idées."),
                  E("ul", {"class": "ag-cards"},
                    E("li", None, E("a", {"href": "/budget/jardin-des-projets-2025"}, "Le Jardin des projets 2025 : le vote est ouvert")),
                    E("li", None, E("a", {"href": "/petitions"}, "Les pétitions citoyennes")),
                    E("li", None, E("a", {"href": "/consultations/plan-lumiere"}, "Consultation : le plan lumière")),
                    E("li", None, E("a", {"href": "/idees/nouvelle"}, "Proposer une idée")))),
        "/budget/jardin-des-projets-2025": view(
            "Le Jardin des projets 2025",
            E("p", None, "1,5 million d'euros pour vos projets. Choisissez jusqu'à cinq projets, puis validez votre vote."),
            E("form", {"class": "ag-vote", "method": "post", "action": "/api/v2/budget/jardin-des-projets-2025/votes"},
              *[E("div", {"class": "ag-project"}, E("input", {"type": "checkbox", "name": "projets[]", "value": pid, "id": pid}),
                  E("label", {"for": pid}, f"{title} — {cost}")) for pid, title, cost in projects],
              E("button", {"type": "submit", "class": "ag-btn ag-btn--primary"}, "Valider mon vote"))),
        "/petitions": view(
            "Pétitions citoyennes",
            E("p", None, "Lancez une pétition adressée au conseil municipal : à 1 000 signatures, elle est inscrite à l'ordre du jour."),
            E("ul", {"class": "ag-petitions"},
              E("li", None, E("a", {"href": "/petitions/14-une-piste-cyclable-quai-de-la-fosse"}, "Une piste cyclable quai de la Fosse"),
                " — 742 signatures"),
              E("li", None, "Des toilettes publiques au parc de Procé — 215 signatures")),
            E("h2", None, "Lancer une pétition"),
            E("form", {"class": "ag-form", "method": "post", "action": "/api/v2/petitions"},
              _field("Titre de la pétition", "petition[titre]"), _field("Texte de la pétition", "petition[texte]", "textarea"),
              E("button", {"type": "submit", "class": "ag-btn"}, "Publier ma pétition"))),
        "/petitions/14-une-piste-cyclable-quai-de-la-fosse": view(
            "Une piste cyclable quai de la Fosse",
            E("p", {"class": "ag-meta"}, "Pétition lancée par Collectif Vélo Priac · 742 signatures sur 1 000"),
            E("p", None, "Nous demandons une piste cyclable séparée de la chaussée sur toute la longueur du quai de la Fosse."),
            E("form", {"class": "ag-sign", "method": "post", "action": "/api/v2/petitions/14/signatures"},
              _field("Nom", "signature[nom]"), _field("Courriel", "signature[courriel]", "email"),
              E("button", {"type": "submit", "class": "ag-btn ag-btn--primary"}, "Je signe")),
            E("section", {"class": "ag-comments"}, E("h2", None, "Commentaires (2)"),
              E("article", None, E("strong", None, "Inès"), E("p", None, "Je prends ce quai tous les jours, c'est dangereux.")),
              E("article", None, E("strong", None, "Yves"), E("p", None, "Attention aux places de livraison des commerces.")),
              E("form", {"method": "post", "action": "/api/v2/petitions/14/commentaires"},
                _field("Votre commentaire", "commentaire[texte]", "textarea", rows=3),
                E("button", {"type": "submit", "class": "ag-btn"}, "Commenter")))),
        "/consultations/plan-lumiere": view(
            "Consultation : le plan lumière",
            E("p", None, "La ville veut réduire l'éclairage nocturne. Répondez à ces trois questions avant le 15 juillet."),
            E("form", {"class": "ag-survey", "method": "post", "action": "/api/v2/consultations/plan-lumiere/reponses"},
              E("fieldset", None, E("legend", None, "Faut-il éteindre l'éclairage entre 1 h et 5 h dans les quartiers résidentiels ?"),
                radio("q1", "oui", "Oui"), radio("q1", "non", "Non"), radio("q1", "nsp", "Je ne sais pas")),
              E("fieldset", None, E("legend", None, "Vous sentez-vous en sécurité dans votre rue la nuit ?"),
                radio("q2", "oui", "Oui"), radio("q2", "non", "Non")),
              E("button", {"type": "submit", "class": "ag-btn ag-btn--primary"}, "Envoyer mes réponses"))),
        # an idea box of the city's own: the idea goes to the city's services before any publication
        "/idees/nouvelle": view(
            "Proposer une idée",
            E("p", None, "Vos idées pour Saint-Priac : décrivez-la, le service concerné l'étudie et vous répond."),
            E("form", {"class": "ag-form", "method": "post", "action": "/api/v2/idees"},
              _field("Votre nom", "idee[nom]"), _field("Votre courriel", "idee[courriel]", "email"),
              _field("Votre idée", "idee[texte]", "textarea"),
              E("button", {"type": "submit", "class": "ag-btn ag-btn--primary"}, "Envoyer mon idée"))),
        "/connexion": view(
            "Se connecter",
            E("form", {"class": "ag-form", "method": "post", "action": "/api/v2/session"},
              _field("Courriel", "email", "email"), _field("Mot de passe", "password", "password"),
              E("button", {"type": "submit", "class": "ag-btn"}, "Se connecter")),
            E("p", None, "Vous pouvez aussi vous connecter avec FranceConnect.")),
    }


_AGORA_LABELS = {
    "/": ("Accueil", (), ()),
    "/budget/jardin-des-projets-2025": ("Le Jardin des projets 2025", {PB}, ()),
    "/petitions": ("Pétitions citoyennes", {PE}, ()),
    "/petitions/14-une-piste-cyclable-quai-de-la-fosse": ("Une piste cyclable quai de la Fosse", {PE, CO}, {CF}),
    "/consultations/plan-lumiere": ("Consultation : le plan lumière", {PO}, ()),
    "/idees/nouvelle": ("Proposer une idée", {SC, CF}, ()),
    "/connexion": ("Se connecter", (), {CF}),
}


def _agora_site():
    pages = [page(path, title, "", features, decoys) for path, (title, features, decoys) in _AGORA_LABELS.items()]
    return Site(AGORA, "rivages_agora", "Priac'Agora", pages, features=PLATFORM, platforms=frozenset({"custom"}))


def _agora_special(request):
    path, _, query = request.target.partition("?")
    if path == m.AGORA_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], m.AGORA_APP_JS.encode())
    if path == m.AGORA_STYLE:
        return Reply(200, [("Content-Type", "text/css; charset=utf-8")], m.AGORA_CSS.encode())
    if path == "/static/agora/favicon.svg":
        return Reply(200, [("Content-Type", "image/svg+xml")], b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg>')
    if path == m.AGORA_API:
        route = (parse_qs(query).get("route") or [""])[0]
        found = _agora_views().get(route)
        if found is None:
            return Reply(404, [("Content-Type", "application/json; charset=utf-8")], b'{"erreur":"route inconnue"}')
        return Reply(200, [("Content-Type", "application/json; charset=utf-8")], json.dumps(found, ensure_ascii=False).encode())
    return None


def _saint_priac():
    return _city("98806", "Saint-Priac-sur-Loire", 143_700, "44", SAINT_PRIAC,
                 [_saint_priac_www(), _saint_priac_publik(), _agora_site()])



# =====================================================================================================================
# 98807 Bois-Vétyver (La Réunion) — WordPress (Neve), Go Vocal and a NodeBB board
# =====================================================================================================================

BOISVETYVER = "www.boisvetyver.re"
BV_GOVOCAL = "boisvetyver.govocal.com"
BV_FORUM = "forum.boisvetyver.re"
_BG = f"http://{BV_GOVOCAL}"
_BF = f"http://{BV_FORUM}"
NINJA_SCRIPT = "/wp-content/plugins/ninja-forms/assets/js/min/front-end.js"


def _boisvetyver_www():
    ans = ("Ansanm", "/ansanm/")
    news = ("Actualités", "/actualites/")
    pages = [
        page("/", "Accueil",
             '<div class="nv-home"><h2>Actualités</h2>'
             + _ul([_a("/actualites/cyclone-les-aides-aux-sinistres/", "Après le cyclone : les aides aux sinistrés"),
                    _a("/actualites/journee-citoyenne-2025/", "Journée citoyenne : merci aux 400 bénévoles"),
                    _a("/actualites/desserte-aerienne-une-petition/", "Desserte aérienne : une pétition en ligne")])
             + "<h2>Vos démarches</h2>"
             + _ul([_a("/vie-pratique/assainissement-pfac/", "Raccordement au tout-à-l'égout"), _a("/vie-pratique/elections/", "Élections"),
                    _a("/securite/voisins-vigilants-et-solidaires/", "Voisins vigilants et solidaires"),
                    _a("/emploi/recrutement/", "La mairie recrute"), _a("/nous-contacter/", "Nous contacter")])
             + f'<h2>Participer</h2><p><a href="{ans[1]}">Ansanm Bois-Vétyver</a> · <a href="{_BF}/">Kozé Bois-Vétyver, le forum</a></p></div>'),
        page(ans[1], "Ansanm Bois-Vétyver",
             "<p><em>Ansanm</em>, ensemble : c'est le nom de la démarche participative de la commune, des Bas jusqu'aux "
             "écarts des Hauts. La municipalité s'engage à consulter les habitants sur les projets qui les concernent et à "
             "leur rendre compte des suites données.</p>"
             + _ul([_a("/ansanm/conseils-de-quartier/", "Les conseils de quartier et les comités des Hauts"),
                    _a("/ansanm/nout-projet/", "Nout' Projet, le budget participatif"),
                    _a("/ansanm/questionnaire-eau/", "Questionnaire : l'eau au robinet"),
                    _a("/ansanm/enquete-jeunesse/", "Enquête jeunesse"),
                    _a("/ansanm/enquete-satisfaction-accueil/", "Votre avis sur l'accueil en mairie"),
                    f'<a href="{_BG}/fr-FR/">La plateforme participative de Bois-Vétyver</a>',
                    f'<a href="{_BF}/">Kozé Bois-Vétyver, le forum des habitants</a>']),
             features={PD}, parent=("Accueil", "/")),
        page("/ansanm/conseils-de-quartier/", "Conseils de quartier et comités des Hauts",
             "<p>Huit conseils de quartier dans les Bas et quatre comités d'écarts dans les Hauts — Îlet-Bambou, "
             "Piton-Calebasse, Grand-Fond et La Mare-aux-Songes — réunissent les habitants avec leurs élus de secteur. "
             "Ils se réunissent dans les cases de quartier au moins trois fois par an et sont consultés sur la voirie, "
             "l'eau, les transports et les chemins.</p>", features={PD}, parent=ans),
        page("/ansanm/nout-projet/", "Nout' Projet, le budget participatif",
             "<p>Nout' Projet : 200 000 euros pour les projets des habitants. Cette année, les idées se déposent jusqu'au "
             "31 juillet sur la plateforme participative, puis les projets réalisables seront soumis au vote en octobre.</p>"
             f'<p><a href="{_BG}/fr-FR/projects/nout-projet-2025">Déposer ou découvrir les idées sur la plateforme</a></p>',
             features={PB, SC}, parent=ans),
        page("/ansanm/questionnaire-eau/", "Questionnaire : l'eau au robinet",
             "<p>Coupures, pression, qualité : la régie des eaux et la commune veulent connaître votre situation, "
             "quartier par quartier. Répondez en cinq minutes.</p>" + m.jotform("251234567890123", "L'eau au robinet"),
             features={PO}, parent=ans),
        # the survey service's script inserts the questionnaire into the page: an online survey open to residents
        page("/ansanm/enquete-jeunesse/", "Enquête jeunesse",
             "<p>Tu as entre 12 et 25 ans et tu vis à Bois-Vétyver ? Dis-nous ce qui te manque : sport, musique, "
             "transports, emploi.</p>" + m.surveymonkey("tRaiETqnLgj758hTBazgd8rNoTc4wL8q4pMnG2ZqJ3vJ6lCyD0ZX0vJQ8qT7HkLk"),
             features={PO}, parent=ans),
        page("/ansanm/enquete-satisfaction-accueil/", "Votre avis sur l'accueil en mairie",
             "<p>Vous êtes venu en mairie ou dans une mairie annexe ? Notez l'accueil et dites-nous ce qu'il faut "
             "améliorer.</p>" + m.evalandgo("JTk4cCU5NmclOUYlQjI=", "Satisfaction accueil"),
             features={PO}, parent=ans),
        page(news[1], "Actualités",
             _ul([_a("/actualites/cyclone-les-aides-aux-sinistres/", "Après le cyclone : les aides aux sinistrés"),
                  _a("/actualites/journee-citoyenne-2025/", "Journée citoyenne : merci aux 400 bénévoles"),
                  _a("/actualites/desserte-aerienne-une-petition/", "Desserte aérienne : une pétition en ligne")]),
             parent=("Accueil", "/")),
        page("/actualites/cyclone-les-aides-aux-sinistres/", "Après le cyclone : les aides aux sinistrés",
             "<p>Le centre communal d'action sociale reçoit les familles sinistrées du lundi au samedi à la case de "
             "quartier de Grand-Fond. Tôles, bâches et bons alimentaires sont distribués sur présentation d'un "
             "justificatif de domicile.</p><p>Partagez vos informations et vos besoins dans les commentaires.</p>"
             + m.fb_comments(f"http://{BOISVETYVER}/actualites/cyclone-les-aides-aux-sinistres/"),
             features={CO}, parent=news),
        page("/actualites/journee-citoyenne-2025/", "Journée citoyenne : merci aux 400 bénévoles",
             "<p>Ravines nettoyées, école repeinte, sentier des Letchis débroussaillé : plus de 400 habitants ont participé "
             "samedi à la journée citoyenne. Rendez-vous l'an prochain !</p>",
             decoys={PD}, parent=news),  # a volunteer day reported in the news
        page("/actualites/desserte-aerienne-une-petition/", "Desserte aérienne : une pétition en ligne",
             "<p>Une association de familles réunionnaises a lancé sur MesOpinions.com une pétition pour "
             "des billets d'avion moins chers vers l'Hexagone. La commune relaie l'information sans en être "
             "l'organisatrice.</p>",
             decoys={PE}, parent=news),
        # Ninja Forms sends only a container and the form's settings: the plugin's script draws the form
        page("/nous-contacter/", "Nous contacter",
             "<p>Hôtel de ville, 12 rue du Général-de-Gaulle, 97440 Bois-Vétyver. Ouvert du lundi au vendredi de 7 h 30 à "
             "15 h 30.</p>"
             + m.ninja_form(3, "Écrire à la mairie", [("textbox", "nom", "Nom", True), ("email", "email", "E-mail", True),
                                                     ("textbox", "objet", "Objet", True), ("textarea", "message", "Message", True)]),
             features={CF}, parent=("Accueil", "/")),
        page("/vie-pratique/assainissement-pfac/", "Raccordement au tout-à-l'égout : la PFAC",
             "<p>Lors du raccordement d'une habitation au réseau d'assainissement collectif, le propriétaire doit "
             "s'acquitter de la participation pour le financement de l'assainissement collectif (PFAC), fixée à 1 200 euros "
             "par logement par délibération du conseil municipal.</p>",
             decoys={PD}, parent=("Accueil", "/")),  # "participation" here is a fee
        page("/vie-pratique/elections/", "Élections",
             "<p>Inscriptions sur les listes électorales en mairie, dans les mairies annexes ou en ligne. La commune compte "
             "dix-sept bureaux de vote ; votre carte électorale indique le vôtre.</p>",
             decoys={PD}, parent=("Accueil", "/")),
        page("/securite/voisins-vigilants-et-solidaires/", "Voisins vigilants et solidaires",
             "<p>Le quartier de Piton-Calebasse a rejoint le réseau « Voisins vigilants et solidaires ». Les habitants "
             "inscrits reçoivent les alertes de la police municipale par SMS. Renseignements au poste de police "
             "municipale.</p>",
             decoys={TSN}, parent=("Accueil", "/")),  # an alert scheme, not a local social network
        page("/emploi/recrutement/", "La mairie recrute",
             "<p>La commune recrute des agents d'entretien des espaces verts et un ou une gestionnaire des marchés publics. "
             "Envoyez votre candidature au service des ressources humaines.</p>",
             decoys={SC}, parent=("Accueil", "/")),
    ]
    menu = [("Ansanm", ans[1]), ("Actualités", news[1]), ("Vie pratique", "/vie-pratique/elections/"),
            ("Sécurité", "/securite/voisins-vigilants-et-solidaires/"), ("Nous contacter", "/nous-contacter/")]
    accounts = [social("facebook", "communedeboisvetyver", "https://www.facebook.com/communedeboisvetyver/"),
                social("instagram", "boisvetyver974", "https://www.instagram.com/boisvetyver974/"),
                social("youtube", "BoisVetyver974", "https://www.youtube.com/@BoisVetyver974"),
                social("tiktok", "boisvetyver974", "https://www.tiktok.com/@boisvetyver974?lang=fr")]
    return Site(BOISVETYVER, "rivages_wp_neve", "Commune de Bois-Vétyver", pages, menu=menu, accounts=accounts,
                address="12 rue du Général-de-Gaulle, 97440 Bois-Vétyver")


def _boisvetyver_govocal():
    bp = "/fr-FR/projects/nout-projet-2025"
    kiosque = "/fr-FR/ideas/un-kiosque-pour-la-place-des-letchis"
    pages = [
        page("/fr-FR/", "Accueil",
             '<div id="e2e-landing-page"><section class="e2e-signed-out-header"><h2>Bois-Vétyver, c\'est vous qui la faites !</h2>'
             '<p>Proposez, votez, répondez aux enquêtes.</p></section><div id="e2e-projects-container">'
             f'<a class="e2e-project-card" href="{bp}"><h3>Nout\' Projet 2025</h3><p>Dépôt des idées · jusqu\'au 31 juillet</p></a>'
             '<a class="e2e-project-card" href="/fr-FR/projects/avenir-du-front-de-mer/surveys/new"><h3>L\'avenir du front de mer</h3><p>Enquête</p></a>'
             '<a class="e2e-project-card" href="/fr-FR/initiatives"><h3>Propositions citoyennes</h3><p>Soutenez les propositions des habitants</p></a>'
             "</div></div>"),
        page(bp, "Nout' Projet 2025",
             '<div id="e2e-project-page"><div id="e2e-project-description"><p>200 000 euros pour vos projets ! Déposez votre idée '
             'jusqu\'au 31 juillet : les idées réalisables seront soumises au vote en octobre.</p></div>'
             '<div id="e2e-project-page-timeline"><ol><li class="e2e-phase e2e-current-phase">Dépôt des idées</li><li class="e2e-phase">Analyse</li>'
             '<li class="e2e-phase">Vote</li><li class="e2e-phase">Résultats</li></ol></div>'
             f'<a class="e2e-idea-button" href="{bp}/ideas/new">Déposer votre idée</a>'
             '<div id="e2e-ideas-container"><div id="e2e-ideas-list">'
             + m.govocal_idea_card(kiosque, "Un kiosque pour la place des Letchis", "Association Lé Zanfan Bois-Vétyver", 46, 2)
             + '<div class="e2e-idea-card"><h3 class="e2e-idea-card-title">Des abris bus dans les écarts des Hauts</h3><p class="e2e-idea-card-author">Jean-Max</p></div>'
             + "</div></div></div>",
             features={PB, SC}, parent=("Accueil", "/fr-FR/")),
        page(kiosque, "Un kiosque pour la place des Letchis",
             '<div id="e2e-idea-show"><div id="e2e-idea-title"><h2>Un kiosque pour la place des Letchis</h2></div>'
             '<div class="e2e-author">Association Lé Zanfan Bois-Vétyver</div><div id="e2e-idea-description">'
             "<p>Un kiosque couvert pour les répétitions de maloya et les fêtes de quartier, avec un point d'eau et des bancs.</p></div>"
             '<button class="e2e-ideacard-like-button" aria-label="J\'aime">46</button></div>'
             + m.govocal_comments([("Ginette", "12 mai 2025", "Oui ! Les kabars du vendredi seraient à l'abri de la pluie."),
                                   ("Didier H.", "14 mai 2025", "Il faudra penser au bruit pour les voisins de la rue des Goyaviers.")]),
             features={PB, CO}, parent=("Nout' Projet 2025", bp)),
        page(f"{bp}/ideas/new", "Déposer votre idée",
             '<div id="e2e-idea-new-page"><form id="idea-form" class="e2e-idea-form">'
             '<label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" name="title_multiloc" type="text">'
             '<label for="body_multiloc">Description</label><textarea id="body_multiloc" name="body_multiloc" rows="8"></textarea>'
             '<label for="e2e-idea-location-input">Adresse</label><input id="e2e-idea-location-input" name="location_description" type="text">'
             '<button type="submit" class="e2e-submit-idea-form">Publier</button></form>'
             "<p>Vous devrez créer un compte ou vous connecter pour publier votre idée.</p></div>",
             features={PB, SC}, decoys={CF}, parent=("Nout' Projet 2025", bp)),  # a public proposal, not a message to the town hall
        page("/fr-FR/projects/avenir-du-front-de-mer/surveys/new", "L'avenir du front de mer",
             '<div id="e2e-survey-page"><p>Dites-nous comment vous voyez le front de mer de demain : dix questions, cinq minutes.</p>'
             '<form class="e2e-native-survey-form"><fieldset><legend>À quelle fréquence venez-vous sur le front de mer ?</legend>'
             '<label><input type="radio" name="frequence" value="semaine"> Chaque semaine</label><label><input type="radio" name="frequence" value="mois"> Chaque mois</label>'
             '<label><input type="radio" name="frequence" value="rarement"> Rarement</label></fieldset>'
             '<fieldset><legend>Que faut-il y ajouter en priorité ?</legend><label><input type="checkbox" name="priorites" value="ombre"> Des arbres et de l\'ombre</label>'
             '<label><input type="checkbox" name="priorites" value="jeux"> Des jeux pour enfants</label><label><input type="checkbox" name="priorites" value="sport"> Des équipements sportifs</label></fieldset>'
             '<button type="submit" class="e2e-submit-form">Envoyer</button></form></div>',
             features={PO}, parent=("Accueil", "/fr-FR/")),
        page("/fr-FR/initiatives", "Propositions citoyennes",
             '<div id="e2e-initiatives-page"><p>Faites une proposition à la commune : si elle recueille 250 soutiens en 90 jours, '
             'le maire y répond officiellement.</p><a id="e2e-initiative-button" href="/fr-FR/sign-in">Déposer une proposition</a>'
             '<div class="e2e-initiatives-list"><div class="e2e-initiative-card"><h3>Rouvrir la piscine des Hauts le dimanche</h3>'
             '<p>173 / 250 soutiens</p><button class="e2e-initiative-upvote-button">Soutenir</button></div>'
             '<div class="e2e-initiative-card"><h3>Un marché forain à Îlet-Bambou</h3><p>88 / 250 soutiens</p>'
             '<button class="e2e-initiative-upvote-button">Soutenir</button></div></div></div>',
             features={PE}, parent=("Accueil", "/fr-FR/")),
    ]
    menu = [("Accueil", "/fr-FR/"), ("Nout' Projet", bp), ("Propositions", "/fr-FR/initiatives")]
    return Site(BV_GOVOCAL, "rivages_govocal", "Bois-Vétyver participe", pages, menu=menu, features=PLATFORM,
                platforms=frozenset({"go_vocal"}))


def _boisvetyver_forum():
    board = frozenset({FO})
    topic = "/topic/41/bus-des-hauts-horaires-du-dimanche"
    pages = [
        page("/", "Catégories",
             '<div class="categories-title d-flex align-items-center justify-content-between mb-2"><h2 class="fw-semibold">Catégories</h2></div>'
             '<ul class="categories-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList">'
             '<li component="categories/category" data-cid="2" class="category-children-2 border-bottom py-3"><meta itemprop="name" content="Vie des quartiers">'
             '<h2 class="title"><a href="/category/2/vie-des-quartiers">Vie des quartiers</a></h2><div class="description text-muted">'
             'Routes, bus, eau, déchets : ce qui se passe dans nos quartiers, des Bas aux Hauts.</div><span class="stats">34 sujets · 212 messages</span></li>'
             '<li component="categories/category" data-cid="3" class="border-bottom py-3"><h2 class="title">Kabar et culture</h2>'
             '<span class="stats">12 sujets · 58 messages</span></li></ul>'),
        page("/category/2/vie-des-quartiers", "Vie des quartiers",
             '<div component="category/controls" class="d-flex gap-1"><a href="/login" component="category/post" id="new_topic" class="btn btn-primary btn-sm">Nouveau sujet</a></div>'
             '<div class="category"><ul component="category" class="topics-list list-unstyled" itemscope itemtype="http://www.schema.org/ItemList" data-nextstart="20" data-set="cid:2:tids">'
             + m.nodebb_topic_row(41, 2, "bus-des-hauts-horaires-du-dimanche", "Bus des Hauts : horaires du dimanche", "Mimose974", 7, "il y a 3 heures")
             + "</ul></div>",
             parent=("Catégories", "/")),
        page(topic, "Bus des Hauts : horaires du dimanche",
             '<h1 component="post/header" class="fs-2 mb-0 text-break" itemprop="name"><span class="topic-title" component="topic/title">Bus des Hauts : horaires du dimanche</span></h1>'
             '<div component="topic" class="topic" data-tid="41" data-cid="2"><ul component="topic" class="posts timeline list-unstyled" data-tid="41">'
             + m.nodebb_post(301, "Mimose974", "18 mai 2025", "Depuis le changement d'horaires, plus aucun bus ne monte à Grand-Fond le dimanche après 14 h. Qui d'autre est concerné ?", 0)
             + m.nodebb_post(302, "Rico", "18 mai 2025", "Pareil à Îlet-Bambou, on est obligés de faire du stop pour redescendre.", 1)
             + m.nodebb_post(303, "Conseil de quartier Grand-Fond", "19 mai 2025", "Nous portons la question à la prochaine réunion avec le réseau de bus, le 3 juin.", 2)
             + '</ul><div component="topic/quickreply/container" class="quick-reply"><p>Connectez-vous pour répondre : <a href="/login">Connexion</a></p></div></div>',
             parent=("Vie des quartiers", "/category/2/vie-des-quartiers")),
    ]
    return Site(BV_FORUM, "rivages_nodebb", "Kozé Bois-Vétyver", pages, features=board)


def _ninja_special(request):
    if request.target.partition("?")[0] == NINJA_SCRIPT:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], m.NINJA_FRONT_END.encode())
    return None


def _boisvetyver():
    return _city("98807", "Bois-Vétyver", 41_800, "974", BOISVETYVER,
                 [_boisvetyver_www(), _boisvetyver_govocal(), _boisvetyver_forum()])


# =====================================================================================================================
# 98808 Montigrelle-sur-Aube — Jalios JCMS, almost nothing
# =====================================================================================================================

MONTIGRELLE = "www.montigrelle.fr"


def _montigrelle():
    def jp(n, slug, title, body, decoys=(), parent=("Accueil", "/")):
        return page(f"/jcms/p_{n}/fr/{slug}", title, body, decoys=decoys, parent=parent)

    pages = [
        page("/", "Accueil",
             '<div class="portlet-query"><h2>Actualités</h2>'
             + _ul(['<a href="jcms/p_6116/fr/maternite-la-mobilisation-continue">Maternité : la mobilisation continue</a>',
                    '<a href="jcms/p_6119/fr/reunion-publique-sur-la-voie-verte">Réunion publique sur la voie verte</a>',
                    '<a href="jcms/p_6114/fr/marche-du-terroir-les-resultats">Marché du terroir : les résultats de l\'enquête</a>'])
             + '</div><div class="portlet-links"><h2>En un clic</h2>'
             + _ul(['<a href="jcms/c_5012/fr/conseil-municipal">Conseil municipal</a>', '<a href="jcms/p_6101/fr/nous-contacter">Nous contacter</a>',
                    '<a href="jcms/p_6103/fr/espace-famille">Espace famille</a>', '<a href="jcms/p_6104/fr/paiement-en-ligne">Paiement en ligne</a>',
                    '<a href="jcms/p_6105/fr/reservation-de-la-salle-des-fetes">Réserver la salle des fêtes</a>',
                    '<a href="jcms/p_6102/fr/lettre-d-information">Lettre d\'information</a>'])
             + "</div>"),
        page("/jcms/c_5012/fr/conseil-municipal", "Conseil municipal",
             "<p>Le conseil municipal se réunit environ six fois par an à l'hôtel de ville. Les convocations et l'ordre du "
             "jour sont affichés à la porte de la mairie ; les séances sont publiques.</p>"
             '<p><a href="jcms/c_5013/fr/les-elus">Les élus</a> · <a href="jcms/p_6110/fr/budget-2025">Le budget</a> · '
             '<a href="jcms/p_6107/fr/elections">Élections</a></p>',
             decoys={PD}),
        page("/jcms/c_5013/fr/les-elus", "Les élus",
             "<p>Le maire, cinq adjoints et vingt-deux conseillers municipaux. Permanences du maire le samedi matin sur "
             "rendez-vous.</p>", parent=("Conseil municipal", "jcms/c_5012/fr/conseil-municipal")),
        # an e-mail address and a telephone number, no form
        jp(6101, "nous-contacter", "Nous contacter",
           "<p>Mairie de Montigrelle-sur-Aube, 3 place du Général-Leclerc, 10370 Montigrelle-sur-Aube.</p>"
           "<p>Téléphone : 03 25 00 00 00 — courriel : <a href=\"mailto:accueil@montigrelle.fr\">accueil@montigrelle.fr</a></p>"
           "<p>Ouverture : du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h.</p>",
           decoys={CF}),
        jp(6102, "lettre-d-information", "Lettre d'information",
           '<form class="form-newsletter" action="jcms/p_6102/fr/lettre-d-information" method="post"><input type="hidden" name="opSubscribe" value="true" />'
           '<label for="nl-mail">Votre adresse e-mail</label><input type="email" id="nl-mail" name="email" class="form-control" required />'
           '<button type="submit" class="btn btn-primary">S\'abonner</button></form>', decoys={CF}),
        jp(6103, "espace-famille", "Espace famille",
           "<p>Inscriptions à la cantine, à la garderie et au centre de loisirs.</p>"
           '<form class="form-login" action="jcms/p_6103/fr/espace-famille" method="post" name="login"><input type="hidden" name="jcmsLoginAction" value="login" />'
           '<label for="login">Identifiant</label><input type="text" id="login" name="login" class="form-control" />'
           '<label for="password">Mot de passe</label><input type="password" id="password" name="password" class="form-control" />'
           '<button type="submit" class="btn btn-primary">Se connecter</button></form>', decoys={CF}),
        jp(6104, "paiement-en-ligne", "Paiement en ligne",
           "<p>Réglez vos factures de cantine, de garderie et d'eau par carte bancaire avec PayFiP.</p>"
           '<form action="https://www.payfip.gouv.fr/tpa/paiement.web" method="post"><input type="hidden" name="numcli" value="010456" />'
           '<label for="refdet">Référence de la facture</label><input type="text" id="refdet" name="refdet" required />'
           '<label for="montant">Montant</label><input type="text" id="montant" name="montant" required />'
           '<label for="mel">Adresse e-mail</label><input type="email" id="mel" name="mel" required />'
           '<button type="submit">Payer</button></form>', decoys={CF}),
        jp(6105, "reservation-de-la-salle-des-fetes", "Réserver la salle des fêtes",
           '<form class="form-booking" action="jcms/p_6105/fr/reservation-de-la-salle-des-fetes" method="post">'
           '<label for="b-nom">Nom</label><input type="text" id="b-nom" name="nom" required /><label for="b-mail">E-mail</label><input type="email" id="b-mail" name="email" required />'
           '<label for="b-date">Date</label><input type="date" id="b-date" name="date" required /><label for="b-salle">Salle</label>'
           '<select id="b-salle" name="salle"><option>Grande salle</option><option>Petite salle</option></select>'
           '<button type="submit" class="btn btn-primary">Vérifier la disponibilité</button></form>', decoys={CF}),
        jp(6106, "participation-citoyenne", "Participation citoyenne",
           "<p>Depuis 2022, la commune adhère au dispositif de participation citoyenne de la gendarmerie nationale. Sept "
           "habitants référents relaient auprès de la brigade les faits qui leur paraissent anormaux : démarchages "
           "suspects, véhicules inconnus, cambriolages.</p>", decoys={PD}),
        jp(6107, "elections", "Élections",
           "<p>Les deux bureaux de vote sont installés à l'hôtel de ville et à l'école des Tilleuls. Pensez à vous inscrire "
           "sur les listes électorales.</p>", decoys={PD}),
        jp(6108, "recensement", "Recensement",
           "<p>Le recensement de la population se déroulera du 15 janvier au 14 février. Merci de réserver le meilleur "
           "accueil aux agents recenseurs.</p>", decoys={PO}),
        jp(6109, "enquete-publique-parc-eolien", "Enquête publique : parc éolien des Hauts-de-Val",
           "<p>Une enquête publique sur la demande d'autorisation environnementale du parc éolien des Hauts-de-Val se tient "
           "en mairie du 5 au 30 mai. Le commissaire enquêteur recevra le public les 5, 14 et 30 mai.</p>",
           decoys={PO, PD}),
        jp(6110, "budget-2025", "Budget 2025",
           "<p>Le budget primitif 2025 s'élève à 9,8 millions d'euros. Les taux de fiscalité restent inchangés ; "
           "l'investissement porte sur la réfection du clocher et la voirie rurale.</p>", decoys={PB}),
        jp(6111, "forum-des-associations", "Forum des associations",
           "<p>Le forum des associations aura lieu le samedi 7 septembre au gymnase, de 10 h à 17 h.</p>", decoys={FO}),
        jp(6112, "maisons-fleuries", "Concours des maisons fleuries",
           "<p>Inscriptions en mairie jusqu'au 20 juin. Le jury communal passera dans les rues en juillet ; remise des prix "
           "à la cérémonie des vœux.</p>", decoys={PB}),
        jp(6113, "offres-d-emploi", "Offres d'emploi",
           "<p>La commune recrute un agent technique polyvalent (H/F). Candidatures à adresser au maire.</p>", decoys={SC}),
        jp(6114, "marche-du-terroir-les-resultats", "Marché du terroir : les résultats de l'enquête",
           "<p>Vous avez été 214 à répondre à l'enquête distribuée avec le bulletin municipal. 68 % souhaitent un marché "
           "le vendredi soir : il aura lieu de juin à septembre, place de l'Église.</p>", decoys={PO}),
        jp(6115, "fete-des-voisins", "Fête des voisins",
           "<p>Le 30 mai, faites connaissance avec vos voisins ! La mairie prête tables et bancs sur demande.</p>",
           decoys={TSN}),
        jp(6116, "maternite-la-mobilisation-continue", "Maternité : la mobilisation continue",
           "<p>Le conseil municipal a adopté une motion pour le maintien de la maternité de l'hôpital de Bar. Un collectif "
           "d'usagers a également lancé une pétition sur Change.org ; elle a dépassé 9 000 "
           "signatures. Suivez aussi l'actualité sur le compte X du journal local "
           "(<a href=\"https://x.com/LEclaireurAube\">@LEclaireurAube</a>).</p>", decoys={PE}),
        jp(6117, "office-de-tourisme", "Office de tourisme",
           "<p>L'office de tourisme du Val d'Aube vous accueille sous la halle. Retrouvez ses idées de balades sur "
           "<a href=\"https://www.instagram.com/valdaube_tourisme/\">Instagram</a>.</p>"),
        jp(6118, "appel-a-candidatures-marche-de-noel", "Marché de Noël : appel à candidatures",
           "<p>Artisans et producteurs, le marché de Noël aura lieu les 13 et 14 décembre. Dossier de candidature à retirer "
           "en mairie avant le 15 octobre.</p>", decoys={SC}),
        jp(6119, "reunion-publique-sur-la-voie-verte", "Réunion publique sur la voie verte",
           "<p>Le tracé de la future voie verte le long de l'Aube a été présenté jeudi lors d'une réunion publique à la salle "
           "des fêtes. Les travaux commenceront au printemps.</p>", decoys={PD}),
        jp(6120, "transport-scolaire", "Transport scolaire",
           "<p>La participation familiale au transport scolaire est de 90 euros par an et par enfant. Le formulaire "
           "d'inscription est à retirer en mairie.</p>", decoys={PD}),
    ]
    menu = [("Accueil", "/"), ("Mairie", "jcms/c_5012/fr/conseil-municipal"), ("Sécurité", "jcms/p_6106/fr/participation-citoyenne"),
            ("Enquête publique", "jcms/p_6109/fr/enquete-publique-parc-eolien"), ("Recensement", "jcms/p_6108/fr/recensement"),
            ("Associations", "jcms/p_6111/fr/forum-des-associations"), ("Vie locale", "jcms/p_6115/fr/fete-des-voisins"),
            ("Concours", "jcms/p_6112/fr/maisons-fleuries"), ("Emploi", "jcms/p_6113/fr/offres-d-emploi"),
            ("Marché de Noël", "jcms/p_6118/fr/appel-a-candidatures-marche-de-noel"), ("Tourisme", "jcms/p_6117/fr/office-de-tourisme"),
            ("Transport scolaire", "jcms/p_6120/fr/transport-scolaire")]
    accounts = [social("facebook", "montigrelle", "https://www.facebook.com/montigrelle"),
                social("youtube", "montigrellesuraube", "https://www.youtube.com/@montigrellesuraube")]
    site = Site(MONTIGRELLE, "rivages_jalios", "Montigrelle-sur-Aube", pages, menu=menu, accounts=accounts,
                address="3 place du Général-Leclerc, 10370 Montigrelle-sur-Aube")
    return _city("98808", "Montigrelle-sur-Aube", 17_300, "10", MONTIGRELLE, [site],
                 decoy_accounts=("https://x.com/leclaireuraube", "https://www.instagram.com/valdaube_tourisme"))


def cities():
    """The eight communes of this part, in seed order."""
    return [_estavel(), _villard(), _lorvignies(), _castelbrune(), _haguenstein(), _saint_priac(), _boisvetyver(),
            _montigrelle()]


def hosts():
    """Hosts that answer more than their site's pages: Priac'Agora's application and API, and the script Bois-Vétyver's
    contact form is drawn by."""
    return {AGORA: CustomHost(_agora_site(), _agora_special),
            BOISVETYVER: CustomHost(_boisvetyver_www(), _ninja_special)}
