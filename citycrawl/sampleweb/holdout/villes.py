"""The fourth part of the holdout: eight communes, 98301-98308, with their own markup (``villes_markup``).

Labelled from docs/CODEBOOK.md alone: ``features`` are the codes a page holds, ``decoys`` the codes it looks
close to but does not hold. A borderline page carries a one-line comment with the codebook's reason.

- 98301 Bourg-Véran: WordPress (WPForms, Forminator, native comments, MailPoet) and a Decidim platform.
- 98302 Pors-Lanvern: SPIP (contact, forum, petitions, Formidable) and a Flarum board.
- 98303 Saint-Amand-les-Forges: Joomla (com_contact, RSForm) and a Cap Collectif platform.
- 98304 Rocheblave: Drupal (Webform, Poll, comments) and the city's own neighbours' network.
- 98305 Auberive-en-Vexin: TYPO3 (powermail) and a CONSUL Democracy platform.
- 98306 Lussac-la-Garenne: a vendor CMS, Publik e-services and a Go Vocal platform on the city's domain.
- 98307 Castelmont-sur-Agout: a Wagtail-like site, a phpBB board and a platform drawn by a script.
- 98308 Arvesnes-en-Artois: WordPress (Ninja Forms, Contact Form 7, Democracy Poll, Disqus) and a Discourse forum.
"""
import functools
import json
from html import escape
from urllib.parse import parse_qs

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import villes_markup as m

REGIONS = {"38": ("84", "Auvergne-Rhône-Alpes"), "29": ("53", "Bretagne"), "58": ("27", "Bourgogne-Franche-Comté"),
           "34": ("76", "Occitanie"), "95": ("11", "Île-de-France"), "17": ("75", "Nouvelle-Aquitaine"),
           "81": ("76", "Occitanie"), "62": ("32", "Hauts-de-France")}
PLATFORM = frozenset({"participatory_platform"})
NETWORK = frozenset({"territorial_social_network"})


def _city(code, name, population, departement, sites, **kw):
    region, region_name = REGIONS[departement]
    return City(code, name, population, departement, region, region_name, f"http://{sites[0].host}/", sites,
                population_year=2022, **kw)


# =================================================================================================
# 98301 Bourg-Véran (Isère): WordPress, and "Je participe", a Decidim platform on the city's domain
# =================================================================================================

BV = "www.bourg-veran.fr"
BV_DECIDIM = "jeparticipe.bourg-veran.fr"


def bourg_veran() -> City:
    jp = f"http://{BV_DECIDIM}"
    piscine_poll = m.forminator_poll(
        412, "Quel créneau du soir vous conviendrait le mieux pour une nocturne ?",
        ["Le mardi jusqu'à 21 h", "Le jeudi jusqu'à 21 h", "Le vendredi jusqu'à 22 h", "Aucun, les horaires actuels me suffisent"],
        "Un seul vote par personne, jusqu'au 30 juin.")
    pages = [
        page("/", "Accueil", m.home(
            "Ville de Bourg-Véran : toute l'information municipale, vos démarches et l'actualité de vos quartiers.",
            [("Démarches en ligne", "/contact/"), ("Budget participatif", "/participer/budget-participatif/"),
             ("Je participe", f"{jp}/"), ("Piscine des Îles", "/actualites/piscine-des-iles-nouveaux-horaires/"),
             ("Marchés publics", "/mairie/marches-publics/"), ("Budget de la ville", "/mairie/budget-et-finances/"),
             ("Lettre d'information", "/lettre-d-information/"), ("Bourg-Véran Ensemble", "/participer/")],
            [("Travaux", "Halle du marché : le chantier démarre", "/actualites/halle-du-marche-le-chantier-demarre/",
              "3 mars 2025", "Dix-huit mois de travaux pour rendre à la halle sa charpente d'origine."),
             ("Sports", "Piscine des Îles : les nouveaux horaires", "/actualites/piscine-des-iles-nouveaux-horaires/",
              "24 février 2025", "Le bassin extérieur rouvre et la ville envisage une nocturne."),
             ("Événement", "Fête des lumières : retour en images", "/actualites/fete-des-lumieres-retour-en-images/",
              "12 décembre 2024", "Plus de 20 000 visiteurs sur les quais de l'Ysère."),
             ("Sports", "Ouverture le dimanche : les résultats", "/actualites/resultats-consultation-piscine/",
              "15 janvier 2025", "Vous avez été nombreux à répondre.")],
            [("8 mars", "Réunion publique sur le plan vélo", f"{jp}/processes/plan-velo", "Salle Jean-Vilar"),
             ("15 mars", "Carnaval des écoles", "/", "Centre-ville"),
             ("22 mars", "Vote du budget participatif : dernier jour", f"{jp}/processes/budget-participatif-2025", "En ligne")])),
        page("/actualites/piscine-des-iles-nouveaux-horaires/", "Piscine des Îles : les nouveaux horaires",
             m.prose("Après quatre mois de travaux sur la filtration et les vestiaires, la piscine des Îles rouvre ses portes "
                     "le lundi 3 mars. Le bassin sportif est accessible du lundi au samedi de 7 h à 20 h, le dimanche de 9 h à 13 h.",
                     "Les créneaux réservés aux écoles et aux clubs sont maintenus en semaine. Les tarifs restent inchangés : "
                     "3,20 € l'entrée adulte, 1,80 € pour les moins de 18 ans et les demandeurs d'emploi.",
                     "Beaucoup d'usagers travaillant en horaires décalés ont demandé une ouverture plus tardive. Avant de revoir "
                     "le planning des maîtres-nageurs, la municipalité souhaite connaître votre préférence.")
             + '<aside class="widget widget_forminator_widget"><h2 class="widget-title">Votre avis compte</h2>'
             + piscine_poll + "</aside>", {"poll"}, parent=("Actualités", "/actualites/halle-du-marche-le-chantier-demarre/")),
        # A closed poll shown with its results only: the codebook's "results page of an old poll".
        page("/actualites/resultats-consultation-piscine/", "Ouverture le dimanche : les résultats",
             m.prose("En novembre, la ville vous demandait s'il fallait ouvrir la piscine des Îles le dimanche après-midi. "
                     "La consultation est terminée : merci aux 1 136 habitants qui ont donné leur avis.",
                     "La majorité s'étant prononcée pour une ouverture le dimanche matin, c'est ce créneau qui est retenu "
                     "à partir de la réouverture du bassin.")
             + m.forminator_results(377, "Quel créneau préférez-vous le dimanche ?",
                                    [("Le matin, de 9 h à 13 h", 618, 54), ("L'après-midi, de 14 h à 18 h", 402, 35),
                                     ("Pas d'ouverture le dimanche", 116, 11)], "30 novembre 2024"),
             decoys={"poll"}),
        page("/actualites/halle-du-marche-le-chantier-demarre/", "Halle du marché : le chantier démarre",
             m.prose("Construite en 1887, la halle du marché n'avait connu que des réparations ponctuelles. Son toit fuyait, "
                     "plusieurs poteaux de fonte étaient fissurés et les commerçants se plaignaient du froid l'hiver.",
                     "Le chantier, estimé à 3,4 millions d'euros dont 40 % de subventions de l'État et de la Région, commence "
                     "le 10 mars. La charpente sera déposée pièce par pièce, restaurée en atelier puis remontée ; une verrière "
                     "remplacera les plaques de fibrociment posées dans les années soixante.",
                     "Pendant les travaux, le marché du samedi s'installe place de la Libération et dans la rue Pasteur, "
                     "piétonne ce jour-là de 6 h à 14 h. Les places de stationnement de la place sont neutralisées.")
             + m.wp_comments(2291, [
                 (8801, "Mireille D.", "3 mars 2025 à 18 h 12", "Enfin ! Pensez à garder les anciennes plaques émaillées des "
                                                               "marchands, elles font partie de l'histoire de la halle."),
                 (8802, "Karim B.", "3 mars 2025 à 21 h 40", "Le marché rue Pasteur, c'est bien, mais où se garent les "
                                                            "producteurs ? Le parking de la gare est déjà plein le samedi."),
                 (8806, "Ville de Bourg-Véran", "4 mars 2025 à 9 h 05", "Bonjour Karim, les producteurs disposent de "
                                                                        "vingt places réservées sur le parking de l'Ysère.")])
             + m.share_links(f"http://{BV}/actualites/halle-du-marche-le-chantier-demarre/", "Halle du marché"),
             {"comments"}),
        # Comments are closed and none were published: the codebook's explicit negative.
        page("/actualites/fete-des-lumieres-retour-en-images/", "Fête des lumières : retour en images",
             m.prose("Trois soirs durant, les quais de l'Ysère, le parc de la Tour et la façade de l'église Saint-Véran ont "
                     "accueilli onze installations lumineuses conçues par des artistes de la région et par les élèves du lycée "
                     "Champollion.",
                     "La fréquentation a dépassé celle de l'an passé, avec plus de 20 000 visiteurs. Les navettes gratuites, "
                     "mises en place pour la première fois, ont transporté 3 800 personnes depuis les parkings relais.",
                     "Retrouvez les photos de l'édition dans la galerie de la médiathèque jusqu'à fin janvier.")
             + m.wp_comments_closed(), decoys={"comments"}),
        # The hub names the budget and the platform in a line each, with links: mentions; they hold their own pages.
        page("/participer/", "Bourg-Véran Ensemble",
             m.prose("Bourg-Véran Ensemble rassemble toutes les façons de prendre part aux décisions de la ville. Parce que "
                     "les habitants connaissent leur rue mieux que quiconque, la municipalité s'est engagée à les associer aux "
                     "projets qui transforment leur cadre de vie.")
             + m.section("Sept conseils de quartier",
                         "Chaque quartier dispose d'un conseil composé d'habitants volontaires, d'un représentant des associations "
                         "et de commerçants, tirés au sort pour moitié. Les conseils se réunissent quatre fois par an, donnent un avis "
                         "sur les aménagements de proximité et gèrent une enveloppe de 15 000 euros.",
                         "Les comptes rendus sont publiés sur la plateforme Je participe, rubrique « Conseils de quartier ».")
             + m.section("Le budget participatif",
                         f'Chaque année, 500 000 euros du budget d\'investissement sont consacrés aux projets des habitants. '
                         f'{m.link("/participer/budget-participatif/", "Tout savoir sur le budget participatif")}.')
             + m.section("La plateforme Je participe",
                         f'Concertations, questionnaires, débats en ligne : retrouvez les démarches en cours sur '
                         f'{m.link(jp + "/", "jeparticipe.bourg-veran.fr")}. La charte de la participation adoptée en conseil '
                         f'municipal en 2021 fixe les règles : information préalable, retour systématique sur les avis recueillis, '
                         f'publication des décisions.'),
             {"participation_displayed"}),
        page("/participer/budget-participatif/", "Budget participatif : Mon quartier, mon projet",
             m.prose("Avec le budget participatif, ce sont les habitants qui proposent des projets à l'automne, puis votent "
                     "au printemps pour ceux que la ville réalisera.")
             + m.bullets(["<strong>Qui peut participer ?</strong> Toute personne de plus de 11 ans habitant, travaillant ou "
                          "étudiant à Bourg-Véran.",
                          "<strong>Quels projets ?</strong> Des dépenses d'investissement d'intérêt général, sur l'espace public ou "
                          "dans un équipement municipal, d'un montant maximal de 120 000 euros.",
                          "<strong>Le calendrier 2025 :</strong> dépôt des projets à l'automne, analyse par les services en "
                          "décembre et janvier, vote du 1er au 22 mars, réalisation à partir de l'été."])
             + m.prose(f'Le vote de l\'édition 2025 est ouvert : '
                       f'{m.link(jp + "/processes/budget-participatif-2025/f/41/budgets/7/projects", "découvrez les 31 projets et votez")}. '
                       f'Les projets lauréats des éditions précédentes sont présentés sur '
                       f'{m.link(jp + "/processes/budget-participatif-2025", "la page de l&#39;édition")}.'),
             {"participatory_budget"}, parent=("Bourg-Véran Ensemble", "/participer/")),
        # The city's ordinary budget: the participatory budget is one line of it (codebook: budget primitif is not it).
        page("/mairie/budget-et-finances/", "Budget et finances",
             m.prose("Le budget primitif 2025 a été voté par le conseil municipal le 16 décembre 2024. Il s'élève à 118,6 millions "
                     "d'euros, dont 84,2 millions en fonctionnement et 34,4 millions en investissement.",
                     "Les taux de la taxe foncière restent inchangés pour la sixième année consécutive. L'endettement diminue "
                     "de 2,1 millions d'euros ; la capacité de désendettement s'établit à 4,8 années.",
                     "Principaux investissements : la rénovation de la halle du marché (3,4 M€), le groupe scolaire des Tilleuls "
                     "(6,1 M€), la voirie et l'éclairage public (4,2 M€), l'enveloppe du budget participatif (0,5 M€).")
             + m.prose("Le budget primitif 2025, le compte administratif 2023 et le rapport d'orientation budgétaire sont "
                       "consultables à l'accueil de l'hôtel de ville et au service des finances, aux heures d'ouverture."),
             decoys={"participatory_budget"}),
        # A public tender is no call for residents' ideas (codebook: appel d'offres).
        page("/mairie/marches-publics/", "Marchés publics",
             m.prose("Les consultations de la ville de Bourg-Véran sont publiées sur la plateforme régionale des marchés publics. "
                     "Les entreprises y retrouvent les dossiers de consultation et déposent leurs offres de façon dématérialisée.")
             + m.bullets(["Appel d'offres ouvert : entretien des espaces verts, 4 lots, remise des offres le 14 avril 2025 à 12 h.",
                          "Procédure adaptée : fourniture de mobilier scolaire, remise des offres le 28 mars 2025.",
                          "Appel à projets pour l'occupation du kiosque du parc de la Tour (buvette saisonnière), candidatures "
                          "jusqu'au 31 mars."])
             + m.prose("Renseignements : direction de la commande publique, 04 76 00 21 40."),
             decoys={"suggestion_call"}),
        page("/lettre-d-information/", "Lettre d'information",
             m.prose("Recevez chaque mois dans votre boîte aux lettres électronique l'essentiel de l'actualité municipale : "
                     "travaux, événements, conseils municipaux, démarches.") + m.mailpoet(3, BV),
             decoys={"contact_form"}),
        page("/contact/", "Contacter la mairie",
             m.prose("Hôtel de ville, 1 place de la République, 38610 Bourg-Véran. Accueil du lundi au vendredi, de 8 h 30 à "
                     "17 h 30, et le samedi de 9 h à 12 h.",
                     "Une question, une demande ? Remplissez le formulaire ci-dessous : votre message est transmis au service "
                     "concerné, qui vous répond sous dix jours ouvrés.")
             + m.wpforms(1184, "/contact/", [("text", "Nom et prénom", True), ("email", "Adresse e-mail", True),
                                              ("select", ("Service concerné", ["Accueil", "État civil", "Urbanisme", "Voirie",
                                                                               "Enfance", "Autre"]), False),
                                              ("text", "Objet", True), ("textarea", "Votre message", True)]),
             {"contact_form"}, decoys={"suggestion_call"}),
    ]
    www = Site(BV, "wordpress", "Ville de Bourg-Véran", pages,
               menu=[("Accueil", "/"), ("Ma mairie", "/mairie/budget-et-finances/"),
                     ("Actualités", "/actualites/halle-du-marche-le-chantier-demarre/"), ("Bourg-Véran Ensemble", "/participer/"),
                     ("Je participe", f"{jp}/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDeBourgVeran"), social("instagram", "bourgveran"),
                         social("youtube", "VilleBourgVeran")],
               address="Hôtel de ville, 1 place de la République, 38610 Bourg-Véran")

    pb = "/processes/budget-participatif-2025"
    velo = "/processes/plan-velo"
    d_pages = [
        page("/", "Accueil", m.prose("Bienvenue sur Je participe, la plateforme de participation citoyenne de la ville de "
                                     "Bourg-Véran. Informez-vous, donnez votre avis, proposez et votez.")
             + '<section class="home__section"><h2 class="h2">Processus participatifs en cours</h2>'
             + m.decidim_card(pb, "Budget participatif 2025", "Phase en cours : vote des projets, jusqu'au 22 mars",
                              "500 000 euros pour les projets des habitants.")
             + m.decidim_card(velo, "Plan vélo 2026-2032", "Phase en cours : contributions, jusqu'au 15 avril",
                              "Questionnaire, idées et débats pour le futur réseau cyclable.")
             + '</section><section class="home__section"><h2 class="h2">Statistiques</h2><ul class="statistics">'
               '<li>4 812 participants</li><li>1 306 propositions</li><li>9 540 commentaires</li></ul></section>'),
        page(pb, "Budget participatif 2025",
             m.prose("Cinquième édition du budget participatif de Bourg-Véran : 500 000 euros sont réservés aux projets imaginés "
                     "par les habitants. Les 184 idées déposées à l'automne ont été étudiées par les services ; 31 projets "
                     "réalisables sont soumis au vote.")
             + '<div class="process-phases"><ol><li class="is-past">Dépôt des projets (du 15 septembre au 31 octobre 2024)</li>'
               '<li class="is-past">Analyse de faisabilité</li><li class="is-active">Vote (du 1er au 22 mars 2025)</li>'
               '<li>Réalisation</li></ol></div>'
             + m.prose(m.link(pb + "/f/41/budgets/7/projects", "Voir les projets et voter", "button button__secondary")),
             {"participatory_budget"}),
        page(pb + "/f/41/budgets/7/projects", "Projets pour Budget participatif 2025",
             '<div class="card budget-summary" data-progress-reference><div class="card__content">'
             '<h3 class="heading3">Votez pour le budget participatif</h3><p>Sélectionnez les projets que vous souhaitez voir se '
             'réaliser, dans la limite de l\'enveloppe, puis confirmez votre vote.</p><div class="budget-summary__total" '
             'data-total-budget="500000"><span class="mini-title">Budget total <strong class="mini-title__strong '
             'mini-title__strong--highlight">500 000 €</strong></span></div><div id="order-progress"><div class="budget-progress">'
             '<span class="budget-progress__meter" style="width: 0%"></span></div><span class="mini-title">Assigné '
             '<strong id="order-total-budget" class="mini-title__strong">0 €</strong></span></div></div></div>'
             + '<div class="budget-list">' + "".join(
                 f'<div class="budget-list__item"><div class="budget-list__text"><a href="{pb}/f/41/budgets/7/projects#p{pid}" '
                 f'class="card__link"><h3 class="card__title">{title}</h3></a><p>{where}</p></div>'
                 f'<div class="budget-list__data"><span class="budget-list__number">{price}</span>'
                 f'<div id="project-{pid}-budget-button"><button class="button expanded button--sc disabled" data-toggle="loginModal">'
                 f'Ajouter</button></div></div></div>'
                 for pid, title, where, price in [
                     (231, "Des fontaines à eau dans les trois parcs", "Toute la ville", "45 000 €"),
                     (232, "Un terrain de basket 3x3 aux Essarts", "Quartier des Essarts", "95 000 €"),
                     (233, "Végétaliser la cour de l'école Jules-Ferry", "Centre ancien", "110 000 €"),
                     (234, "Une boîte à livres dans chaque quartier", "Toute la ville", "14 000 €"),
                     (235, "Éclairer le chemin du Bois-Rond", "Les Granges", "68 000 €")]) + "</div>",
             {"participatory_budget"}),
        page(velo, "Plan vélo 2026-2032",
             m.prose("La ville prépare son plan vélo pour les six prochaines années : itinéraires sécurisés, stationnement, "
                     "apprentissage à l'école. Avant que les élus n'arrêtent le projet, trois façons de contribuer vous sont "
                     "proposées jusqu'au 15 avril.")
             + m.bullets([m.link(velo + "/f/43/", "Répondre au questionnaire sur vos déplacements") + " (5 minutes)",
                          m.link(velo + "/f/44/proposals", "Proposer vos idées d'aménagements") + " : un carrefour dangereux, "
                          "une piste manquante, un arceau à installer ? Déposez votre idée, elle sera étudiée par les services.",
                          m.link(velo + "/f/45/debates", "Débattre") + " avec les autres habitants."]),
             {"suggestion_call"}),
        page(velo + "/f/43/", "Questionnaire : vos déplacements à vélo",
             m.decidim_survey(velo + "/f/43/answer", "Vos déplacements à vélo", [
                 ("À quelle fréquence circulez-vous à vélo à Bourg-Véran ?",
                  ["Tous les jours", "Une ou deux fois par semaine", "Rarement", "Jamais"]),
                 ("Qu'est-ce qui vous empêche de faire davantage de vélo ?",
                  ["Le manque d'itinéraires sécurisés", "Le stationnement", "Le relief", "Rien, je roule déjà beaucoup"]),
                 ("Quel aménagement serait prioritaire pour vous ?", [])],
                 "Ce questionnaire est ouvert à toutes et tous jusqu'au 15 avril. Il faut être connecté pour envoyer vos réponses."),
             {"poll"}),
        page(velo + "/f/44/proposals", "Idées pour le plan vélo",
             '<div class="proposal-list__header"><p>Déposez votre idée pour le futur réseau cyclable : les services étudieront '
             'chacune des propositions et publieront une réponse avant l\'été.</p>'
             f'<a href="/users/sign_in" class="button button__sm button__secondary" id="new-proposal">Nouvelle proposition</a></div>'
             + m.decidim_card(velo + "/f/44/proposals/318", "Une piste cyclable continue avenue Jean-Jaurès",
                              "Publiée le 12 février · 27 soutiens · 5 commentaires")
             + m.decidim_card(velo + "/f/44/proposals#arceaux-gare", "Des arceaux devant la gare routière",
                              "Publiée le 20 février · 14 soutiens · 2 commentaires"),
             {"suggestion_call"}),
        # One resident's proposal: not a call for ideas (codebook); its comment thread is open to signed-in residents.
        page(velo + "/f/44/proposals/318", "Une piste cyclable continue avenue Jean-Jaurès",
             m.prose("Entre le rond-point de la Croix-Rouge et la gare, la piste s'interrompt trois fois et oblige à rouler "
                     "au milieu des voitures. Je propose une piste bidirectionnelle continue sur le côté est de l'avenue, "
                     "en supprimant une file de stationnement.")
             + '<div class="proposal__aside"><span class="proposal__supports">27 soutiens</span>'
               '<a href="/users/sign_in" class="button button__sm">Soutenir</a></div>'
             + m.decidim_comments("Decidim::Proposals::Proposal", 318, [
                 (5521, "Lucie V.", "13/02/2025", "Tout à fait d'accord, je passe par là tous les jours pour aller au lycée.", 8),
                 (5530, "Gérard M.", "14/02/2025", "Et les commerçants de l'avenue, on leur a demandé leur avis ?", 3)])
             + m.share_links(f"http://{BV_DECIDIM}{velo}/f/44/proposals/318", "Une piste cyclable continue"),
             {"comments"}, decoys={"suggestion_call", "social_account"}),
        # Decidim's debates component: residents open threads and reply to each other (codebook: a discussion board).
        page(velo + "/f/45/debates", "Débats du plan vélo",
             '<div class="debates-list">' + "".join(
                 f'<div class="card card__list"><h3 class="card__title">{t}</h3><div class="card__list-metadata">'
                 f'<span>Ouvert par {who}</span> · <span>{n} commentaires</span> · <span>Dernière réponse {when}</span></div></div>'
                 for t, who, n, when in [("Faut-il interdire les trottinettes sur les pistes cyclables ?", "Samia K.", 46, "hier"),
                                         ("Zone 30 dans tout le centre : pour ou contre ?", "Ville de Bourg-Véran", 112, "il y a 3 h"),
                                         ("Où garer son vélo en sécurité à la gare ?", "Théo R.", 19, "le 2 mars")])
             + '</div><p><a href="/users/sign_in" class="button button__sm button__secondary">Nouveau débat</a></p>',
             {"forum"}),
    ]
    jeparticipe = Site(BV_DECIDIM, "decidim", "Je participe Bourg-Véran", d_pages,
                       menu=[("Accueil", "/"), ("Budget participatif", pb), ("Plan vélo", velo)],
                       features=PLATFORM, platforms=frozenset({"decidim"}))
    return _city("98301", "Bourg-Véran", 71_400, "38", [www, jeparticipe])


# =================================================================================================
# 98302 Pors-Lanvern (Finistère): SPIP, and L'Agora, a Flarum board for residents
# =================================================================================================

PL = "www.pors-lanvern.fr"
PL_AGORA = "agora.pors-lanvern.fr"


def pors_lanvern() -> City:
    agora = f"http://{PL_AGORA}"
    pages = [
        page("/", "Accueil", m.home(
            "Pors-Lanvern, ville maritime : port de pêche, îles et sentiers côtiers. Bienvenue sur le site officiel de la mairie.",
            [("Contacter la mairie", "/spip.php?page=contact"), ("Boîte à idées", "/Boite-a-idees"),
             ("L'Agora, forum des habitants", f"{agora}/"), ("Conseil citoyen", "/Le-conseil-citoyen-de-Keranna"),
             ("Pétition pour les urgences", "/Sauvons-les-urgences-de-l-hopital-de-Pors-Lanvern"),
             ("Rentrée scolaire", "/Rentree-scolaire-2025-ce-qu-il-faut-savoir"),
             ("Plan de circulation", "/spip.php?article88"), ("Fête de la mer", "/Livre-d-or-de-la-Fete-de-la-mer")],
            [("Santé", "Urgences : signez la pétition", "/Sauvons-les-urgences-de-l-hopital-de-Pors-Lanvern", "2 juin 2025",
              "Le conseil municipal s'oppose à la fermeture nocturne des urgences."),
             ("Mobilités", "Plan de circulation du centre-ville", "/spip.php?article88", "20 mai 2025",
              "Ce qui change au 1er juillet sur les quais et rue de Siam."),
             ("Patrimoine", "Les phares à l'honneur", "/Journees-du-patrimoine-les-phares-a-l-honneur", "14 mai 2025",
              "Visites exceptionnelles du phare de Pen-Ar-Vir."),
             ("Sécurité", "Participation citoyenne : la commune adhère", "/Participation-citoyenne-la-commune-adhere-au-dispositif",
              "6 mai 2025", "Une convention signée avec la gendarmerie.")],
            [("21 juin", "Fête de la musique sur le port", "/", "Quai Carnot"),
             ("5 juillet", "Fête de la mer", "/Livre-d-or-de-la-Fete-de-la-mer", "Port de plaisance"),
             ("9 juillet", "Réunion du conseil citoyen", "/Le-conseil-citoyen-de-Keranna", "Maison de quartier de Keranna")])),
        page("/spip.php?page=contact", "Contacter la mairie",
             m.prose("Mairie de Pors-Lanvern, 2 place de l'Hôtel-de-Ville, 29750 Pors-Lanvern. Tél. 02 98 00 47 10.",
                     "Pour toute demande, utilisez le formulaire : votre message parvient directement au secrétariat général, "
                     "qui le transmet au service compétent.") + m.spip_contact("/spip.php?page=contact"),
             {"contact_form"}),
        # A guestbook-style form: messages go to the organisers and are never published under the page (codebook:
        # a contact form is not comments); it is a free-text message to the city, so a contact form.
        page("/Livre-d-or-de-la-Fete-de-la-mer", "Livre d'or de la Fête de la mer",
             m.prose("La Fête de la mer revient le samedi 5 juillet : parade des vieux gréements, bagad, fest-noz sur le quai "
                     "Carnot et feu d'artifice à 23 h.",
                     "Vous avez aimé l'édition précédente, ou au contraire quelque chose vous a manqué ? Laissez un mot dans "
                     "notre livre d'or : vos messages sont transmis au comité des fêtes et au service animation de la mairie. "
                     "Ils ne sont pas publiés sur le site.")
             + m.spip_formidable(4, "/Livre-d-or-de-la-Fete-de-la-mer", [
                 ("input", "Votre prénom", "text"), ("input", "Votre adresse email", "email"),
                 ("textarea", "Votre message au comité des fêtes", None)], "Envoyer mon mot"),
             {"contact_form"}, decoys={"comments"}),
        page("/spip.php?article88", "Plan de circulation du centre-ville : ce qui change au 1er juillet",
             m.prose("À partir du 1er juillet, le quai Carnot devient une zone de rencontre limitée à 20 km/h, où les piétons "
                     "sont prioritaires. La rue de Siam passe en sens unique montant, de la place du Marché vers l'église.",
                     "Ces changements font suite à six mois d'expérimentation et aux remarques recueillies lors des deux "
                     "réunions publiques de mars. Les livraisons restent autorisées de 6 h à 11 h.",
                     "Des panneaux provisoires seront installés pendant tout l'été. La police municipale fera preuve de "
                     "pédagogie durant les premières semaines.")
             + m.spip_forum(88, [
                 (1201, "Yannick", "21 mai 2025", "<p>Et pour les camping-cars qui descendent vers le port, ils passent par où "
                                                  "maintenant ?</p>"),
                 (1204, "Anne-Laure", "22 mai 2025", "<p>Très bonne nouvelle pour les familles, le quai était devenu "
                                                     "dangereux le samedi matin.</p>")]),
             {"comments"}),
        # Signed on the city's own site: residents sign the petition the town council launched.
        page("/Sauvons-les-urgences-de-l-hopital-de-Pors-Lanvern", "Sauvons les urgences de l'hôpital de Pors-Lanvern",
             m.prose("L'agence régionale de santé envisage de fermer le service des urgences de l'hôpital de Pors-Lanvern "
                     "entre 20 h et 8 h dès l'automne. Les patients devraient alors rejoindre Quimper, à cinquante minutes de "
                     "route, et bien davantage depuis les îles.",
                     "Le conseil municipal a adopté à l'unanimité une motion pour le maintien d'un accueil des urgences "
                     "vingt-quatre heures sur vingt-quatre. Pour appuyer cette démarche auprès de l'État, la municipalité "
                     "invite chaque habitant à signer la pétition ci-dessous. Elle sera remise au directeur de l'ARS en septembre.")
             + m.spip_signature(97, "3 418", [("2 juin 2025", "Marie-Thérèse Le Goff", "Ma mère vit à l'île de Sein."),
                                              ("2 juin 2025", "Erwan P.", ""),
                                              ("1er juin 2025", "Famille Quéré", "Indispensable pour les marins.")]),
             {"petition"}, decoys={"contact_form"}),
        # A national petition site linked in a heritage article: not a city-run petition (codebook).
        page("/Journees-du-patrimoine-les-phares-a-l-honneur", "Journées du patrimoine : les phares à l'honneur",
             m.prose("Les 20 et 21 septembre, le phare de Pen-Ar-Vir ouvre exceptionnellement au public. Gardiens, "
                     "historiens et marins raconteront la vie des phares de la côte.",
                     "Visites guidées toutes les heures, sur inscription à l'office de tourisme. Montée déconseillée aux "
                     "personnes sujettes au vertige : 214 marches vous attendent.",
                     "Une association nationale de défense des phares a lancé une pétition pour la restauration des phares "
                     "automatisés de tout le littoral ; elle est en ligne sur "
                     "<a href='https://www.change.org/p/sauvegarde-des-phares-de-france'>change.org</a>."),
             decoys={"petition"}),
        page("/Le-conseil-citoyen-de-Keranna", "Le conseil citoyen de Keranna",
             m.prose("Keranna est le quartier prioritaire de la politique de la ville de Pors-Lanvern. Depuis 2015, un conseil "
                     "citoyen y réunit des habitants tirés au sort et des représentants des associations et des commerces du "
                     "quartier.",
                     "Le conseil citoyen participe au comité de pilotage du contrat de ville, aux côtés des élus et de l'État. "
                     "Il a donné son avis sur la rénovation de la place des Mouettes et sur les horaires du centre social, et "
                     "il organise chaque année une assemblée ouverte à tous les habitants.",
                     "Il se réunit le deuxième mercredi du mois à la maison de quartier. Vous souhaitez le rejoindre ? "
                     "Faites-vous connaître à l'accueil de la maison de quartier ou auprès de la mission démocratie locale."),
             {"participation_displayed"}),
        # The gendarmerie's neighbourhood-watch scheme shares the words, not the thing (codebook: passing resemblance).
        page("/Participation-citoyenne-la-commune-adhere-au-dispositif", "Participation citoyenne : la commune adhère au dispositif",
             m.prose("Le maire et le commandant de la compagnie de gendarmerie ont signé le protocole « Participation "
                     "citoyenne ». Ce dispositif de l'État associe des habitants volontaires, les référents, à la prévention "
                     "des cambriolages dans leur secteur.",
                     "Les référents signalent à la gendarmerie tout fait inhabituel : démarcheurs insistants, véhicules en "
                     "repérage. Ils ne disposent d'aucun pouvoir de police et n'interviennent jamais eux-mêmes.",
                     "Douze référents ont été désignés pour les quartiers de Kerlaz, du Port et de Keranna. Pour en savoir plus, "
                     "adressez-vous à la brigade de gendarmerie, rue du Général-de-Gaulle."),
             decoys={"participation_displayed"}),
        page("/Boite-a-idees", "Boîte à idées",
             m.prose("Une idée pour améliorer la vie à Pors-Lanvern ? Un aménagement, un service, une animation qui vous "
                     "tient à cœur ? Proposez-la à l'équipe municipale !",
                     "Chaque idée est lue par les élus et le service concerné. Les propositions retenues sont présentées chaque "
                     "trimestre dans le magazine municipal.")
             + m.spip_formidable(2, "/Boite-a-idees", [
                 ("input", "Nom", "text"), ("input", "Courriel", "email"),
                 ("radio", "Thème de votre idée", ["Cadre de vie", "Mer et littoral", "Jeunesse", "Culture", "Autre"]),
                 ("textarea", "Votre idée", None)], "Proposer mon idée"),
             # The ideas box also lets a resident write a free-text message to the city: a contact form too.
             {"suggestion_call", "contact_form"}),
        # A long news item: the spring questionnaire and the Agora are mentioned, neither is here (codebook: passing mention).
        page("/Rentree-scolaire-2025-ce-qu-il-faut-savoir", "Rentrée scolaire 2025 : ce qu'il faut savoir",
             m.prose("Lundi 1er septembre, 1 742 élèves reprendront le chemin des onze écoles publiques de Pors-Lanvern. "
                     "Deux classes ouvrent à l'école de Kerlaz, une ferme à l'école du Port.",
                     "Les horaires changent à la rentrée : les écoles accueilleront désormais les enfants de 8 h 45 à 16 h 30, "
                     "le mercredi matin restant travaillé. Ce choix s'appuie sur le questionnaire adressé aux familles au "
                     "printemps, auquel plus de 900 parents avaient répondu, et sur l'avis des conseils d'école.",
                     "La cantine passe à 60 % de produits durables, dont un tiers issu de l'agriculture biologique. Le prix du "
                     "repas reste calculé selon le quotient familial, de 0,90 € à 4,10 €.",
                     "Les inscriptions à l'accueil périscolaire se font au guichet unique ou par courriel avant le 25 août. "
                     f'Des parents ont ouvert un fil de discussion sur {m.link(agora + "/d/42-navette-du-port-le-dimanche", "l&#39;Agora")} '
                     "pour organiser du covoiturage vers les écoles des îles."),
             decoys={"poll", "forum"}),
    ]
    www = Site(PL, "spip", "Ville de Pors-Lanvern", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/Le-conseil-citoyen-de-Keranna"), ("Boîte à idées", "/Boite-a-idees"),
                     ("L'Agora", f"{agora}/"), ("Contact", "/spip.php?page=contact")],
               accounts=[social("facebook", "PorsLanvern"), social("x", "PorsLanvern", "https://twitter.com/PorsLanvern"),
                         social("mastodon", "porslanvern@piaille.fr", "https://piaille.fr/@porslanvern")],
               address="Mairie, 2 place de l'Hôtel-de-Ville, 29750 Pors-Lanvern")
    discussions = [("42-navette-du-port-le-dimanche", "Navette du port le dimanche : qui est intéressé ?", 23),
                   ("57-jardins-partages-de-keranna", "Jardins partagés de Keranna : il reste des parcelles", 9),
                   ("61-bruit-des-terrasses-quai-carnot", "Bruit des terrasses quai Carnot", 41)]
    a_pages = [
        page("/", "Toutes les discussions",
             m.prose("L'Agora est l'espace d'échange des habitants de Pors-Lanvern, ouvert par la ville en 2023. Créez un compte "
                     "pour lancer une discussion ou répondre aux autres : la charte de modération s'applique à tous.")
             + m.flarum_list(discussions) + m.prose(m.link("/t/quartiers", "Voir les discussions du tag Quartiers")),
             {"forum"}),
        page("/t/quartiers", "Quartiers", m.flarum_list(discussions[1:], "Quartiers"), {"forum"}),
        page("/d/42-navette-du-port-le-dimanche", "Navette du port le dimanche : qui est intéressé ?",
             m.flarum_discussion([
                 ("gwen_29", "12 mai", "<p>La navette vers le port ne circule pas le dimanche. Je propose qu'on recense ceux qui "
                                       "la prendraient, pour porter la demande à la mairie.</p>"),
                 ("Pierrick", "12 mai", "<p>Moi ! Je travaille à la criée le dimanche matin.</p>"),
                 ("Mairie de Pors-Lanvern", "14 mai", "<p>Merci pour ce fil. La question sera étudiée avec la communauté de "
                                                      "communes lors de la révision des lignes en septembre.</p>")]),
             {"forum"}),
        page("/d/57-jardins-partages-de-keranna", "Jardins partagés de Keranna : il reste des parcelles",
             m.flarum_discussion([
                 ("Solenn", "3 avril", "<p>L'association des jardins de Keranna a encore quatre parcelles libres. Qui veut se "
                                       "lancer ?</p>"),
                 ("Ahmed B.", "4 avril", "<p>Je suis intéressé, il faut s'adresser à qui ?</p>")]),
             {"forum"}),
        page("/d/61-bruit-des-terrasses-quai-carnot", "Bruit des terrasses quai Carnot",
             m.flarum_discussion([
                 ("riverain_quai", "28 juin", "<p>Depuis la zone de rencontre, les terrasses débordent jusqu'à 1 h du matin.</p>"),
                 ("Laëtitia", "29 juin", "<p>C'est l'été, et c'est aussi ce qui fait vivre le port…</p>")]),
             {"forum"}),
    ]
    board = Site(PL_AGORA, "flarum", "L'Agora de Pors-Lanvern", a_pages,
                 menu=[("Toutes les discussions", "/"), ("Quartiers", "/t/quartiers"), ("Site de la ville", f"http://{PL}/")])
    return _city("98302", "Pors-Lanvern", 58_900, "29", [www, board])


# =================================================================================================
# 98303 Saint-Amand-les-Forges (Nièvre): Joomla, and "Participez !", a Cap Collectif platform
# =================================================================================================

SA = "www.saint-amand-les-forges.fr"
SA_CAPCO = "participez.saint-amand-les-forges.fr"


def _capco_proposal(href, title, author, district, votes_label):
    return (f'<li class="proposal-preview list-group-item"><div class="proposal__body"><h4 class="proposal__title">'
            f'<a href="{escape(href)}">{title}</a></h4><p class="excerpt small">Déposé par <span class="author">{author}</span> · '
            f'{district}</p></div><div class="proposal__footer"><span class="proposal__counter">{votes_label}</span></div></li>')


def saint_amand() -> City:
    cap = f"http://{SA_CAPCO}"
    forges = "/project/les-forges-a-projets-2025"
    collect = forges + "/collect/depot-des-projets"
    skate = collect + "/proposals/un-skatepark-aux-forges"
    pages = [
        page("/", "Accueil", m.home(
            "Saint-Amand-les-Forges, ville de Loire et d'histoire industrielle : bienvenue sur le site de votre mairie.",
            [("Nous contacter", "/index.php/contact"), ("Les Forges à projets", "/index.php/participation/les-forges-a-projets"),
             ("Participez !", f"{cap}/"), ("Questionnaire périscolaire", "/index.php/actualites/questionnaire-accueil-periscolaire"),
             ("Recensement 2026", "/index.php/actualites/recensement-de-la-population-2026"),
             ("Enquête publique PLU", "/index.php/actualites/enquete-publique-plu"),
             ("Subventions aux associations", "/index.php/mairie/subventions-appel-a-projets-associatifs"),
             ("Expression des groupes", "/index.php/mairie/expression-des-groupes")],
            [("Enfance", "Accueil périscolaire : votre avis", "/index.php/actualites/questionnaire-accueil-periscolaire",
              "10 avril 2025", "Un questionnaire pour préparer la rentrée."),
             ("Urbanisme", "Enquête publique sur la révision du PLU", "/index.php/actualites/enquete-publique-plu",
              "2 avril 2025", "Le commissaire enquêteur tiendra quatre permanences."),
             ("Démocratie", "Les Forges à projets, saison 3", "/index.php/participation/les-forges-a-projets",
              "24 mars 2025", "Déposez vos projets jusqu'au 30 septembre."),
             ("Population", "Recensement : merci de votre accueil", "/index.php/actualites/recensement-de-la-population-2026",
              "15 janvier 2025", "Les agents recenseurs passeront jusqu'au 21 février.")],
            [("26 avril", "Permanence du commissaire enquêteur", "/index.php/actualites/enquete-publique-plu", "Mairie annexe"),
             ("17 mai", "Atelier Forges à projets", "/index.php/participation/les-forges-a-projets", "Salle des Forges"),
             ("14 juin", "Fête de la Loire", "/", "Quai des Mariniers")])),
        # Presents the approach; the budget and the platform are named with links only (their own pages hold them).
        page("/index.php/participation", "La participation à Saint-Amand",
             m.prose("Depuis 2020, Saint-Amand-les-Forges fait de la participation des habitants un principe de son action. "
                     "Chaque grand projet fait l'objet d'une concertation, et les habitants disposent de plusieurs instances "
                     "pour faire entendre leur voix.")
             + m.bullets(["<strong>Quatre conseils de quartier</strong> : Centre, Les Forges, La Gare, Les Bords-de-Loire. "
                          "Ils sont ouverts à tous et se réunissent chaque trimestre.",
                          "<strong>Les Forges à projets</strong>, notre budget participatif : "
                          + m.link("/index.php/participation/les-forges-a-projets", "en savoir plus") + ".",
                          "<strong>Participez !</strong>, la plateforme en ligne des concertations : "
                          + m.link(cap + "/", "participez.saint-amand-les-forges.fr") + ".",
                          "<strong>La charte de la participation</strong> : "
                          + m.link("/index.php/participation/charte-de-la-participation", "lire la charte") + "."]),
             {"participation_displayed"}),
        page("/index.php/participation/charte-de-la-participation", "Charte de la participation citoyenne",
             m.prose("Adoptée par le conseil municipal le 28 septembre 2021 après huit mois d'ateliers avec les habitants, la "
                     "charte fixe les engagements réciproques de la ville et des participants.")
             + m.section("Les engagements de la ville",
                         "Informer en amont de chaque projet et donner le temps de s'exprimer ; rendre compte de ce qui a été "
                         "retenu et expliquer ce qui ne l'a pas été ; publier les comptes rendus des conseils de quartier.")
             + m.section("Les engagements des participants",
                         "Respecter la parole de chacun ; défendre l'intérêt général plutôt que son seul intérêt ; accepter "
                         "que la décision finale revienne au conseil municipal.")
             + m.section("Un garant indépendant",
                         "Une garante de la participation, désignée pour trois ans, veille au respect de la charte et peut être "
                         "saisie par tout habitant."),
             {"participation_displayed"}, parent=("Participation", "/index.php/participation")),
        page("/index.php/participation/les-forges-a-projets", "Les Forges à projets",
             m.prose("<strong>Les Forges à projets</strong>, c'est le budget participatif de Saint-Amand-les-Forges : 250 000 "
                     "euros par an pour réaliser les projets que les habitants imaginent et choisissent.",
                     "Saison 3 : le dépôt des projets est ouvert jusqu'au 30 septembre sur la plateforme Participez !. Les "
                     "projets jugés réalisables seront soumis au vote de tous les habitants en novembre.")
             + m.bullets(["Un projet d'intérêt général, sur le territoire de la commune ;",
                          "un coût d'investissement de 80 000 euros au plus ;",
                          "porté par un habitant, un collectif ou une association (hors élus)."])
             + m.prose(m.link(cap + collect, "Déposer un projet sur Participez !", "btn btn-primary")),
             {"participatory_budget", "suggestion_call"}, parent=("Participation", "/index.php/participation")),
        page("/index.php/contact", "Contact",
             m.prose("Mairie de Saint-Amand-les-Forges, 12 rue de la République, 58200 Saint-Amand-les-Forges. Tél. 03 86 00 12 34.",
                     "Le formulaire ci-dessous permet d'adresser une demande à l'accueil de la mairie.")
             + m.joomla_contact("/index.php/contact", "1:mairie"),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/index.php/actualites/questionnaire-accueil-periscolaire", "Accueil périscolaire : donnez votre avis",
             m.prose("La ville réorganise l'accueil périscolaire pour la rentrée. Parents, votre avis nous aide à adapter les "
                     "horaires et les activités. Le questionnaire est anonyme ; il est ouvert jusqu'au 16 mai.")
             + m.rsform(7, "/index.php/actualites/questionnaire-accueil-periscolaire", [
                 ("ecole", "École fréquentée par votre enfant", "radio",
                  ["Jules-Ferry", "Les Forges", "Paul-Bert", "La Gare"]),
                 ("matin", "Utilisez-vous l'accueil du matin ?", "radio", ["Tous les jours", "Parfois", "Jamais"]),
                 ("horaire", "Quel horaire de fermeture le soir vous conviendrait ?", "radio", ["18 h", "18 h 30", "19 h"]),
                 ("activites", "Quelles activités souhaitez-vous pour votre enfant ?", "checkbox",
                  ["Sport", "Lecture et contes", "Aide aux devoirs", "Activités manuelles"])]),
             {"poll"}),
        # The national census is run by INSEE through agents at the door: not an online poll of the city (codebook).
        page("/index.php/actualites/recensement-de-la-population-2026", "Recensement de la population 2026",
             m.prose("Le recensement de la population se déroule du 15 janvier au 21 février. Comme chaque année dans les "
                     "communes de plus de 10 000 habitants, il concerne 8 % des logements, tirés au sort par l'Insee.",
                     "Si votre logement fait partie de l'échantillon, un agent recenseur muni d'une carte officielle vous "
                     "remettra vos codes pour répondre en ligne sur le site le-recensement-et-moi.fr, ou des questionnaires "
                     "papier.",
                     "Vos réponses sont confidentielles : elles sont transmises à l'Insee et ne peuvent donner lieu à aucun "
                     "contrôle administratif ou fiscal."),
             decoys={"poll"}),
        # A statutory public inquiry with a commissioner: not a poll of residents (codebook: enquête publique).
        page("/index.php/actualites/enquete-publique-plu", "Enquête publique sur la révision du PLU",
             m.prose("Par arrêté du 27 mars 2025, le maire a prescrit l'ouverture d'une enquête publique sur le projet de "
                     "révision du plan local d'urbanisme, du 22 avril au 23 mai inclus.",
                     "Le dossier est consultable en mairie annexe aux heures d'ouverture. Le commissaire enquêteur, M. Daniel "
                     "Perrot, recevra le public le 26 avril de 9 h à 12 h, les 6 et 15 mai de 14 h à 17 h, et le 23 mai de 9 h à 12 h.",
                     "Les observations peuvent être consignées sur le registre papier ou adressées par courrier au commissaire "
                     "enquêteur. Son rapport sera tenu à la disposition du public pendant un an."),
             decoys={"poll"}),
        # Elected groups' columns: the opposition writes about "démocratie participative", the page presents no approach.
        page("/index.php/mairie/expression-des-groupes", "Expression des groupes politiques",
             m.prose("Conformément au code général des collectivités territoriales, un espace est réservé à l'expression des "
                     "groupes du conseil municipal. Les textes sont publiés sous la seule responsabilité de leurs auteurs.")
             + m.section("Saint-Amand en commun (majorité)",
                         "Les Forges à projets entrent dans leur troisième saison : merci aux centaines d'habitants qui font "
                         "vivre nos quartiers. Nous continuerons d'investir dans les écoles sans augmenter les impôts.")
             + m.section("Agir pour Saint-Amand (opposition)",
                         "On nous parle de démocratie participative, mais la révision du PLU a été présentée en commission un "
                         "soir d'août. Nous demandons un vrai débat sur la zone commerciale des Forges."),
             decoys={"participation_displayed", "participatory_budget"}),
        # A call for associations' grant applications: no call for residents' ideas (codebook: appel à candidatures).
        page("/index.php/mairie/subventions-appel-a-projets-associatifs", "Subventions 2026 : appel à projets associatifs",
             m.prose("Les associations saint-amandoises peuvent solliciter une subvention de fonctionnement ou une aide à un "
                     "projet pour l'année 2026. Les dossiers sont à déposer avant le 31 octobre.",
                     "Les projets seront examinés par la commission vie associative selon trois critères : intérêt local, "
                     "ouverture au public, participation des bénévoles. Le formulaire de demande se télécharge ci-dessous.")
             + m.bullets(["Dossier de demande de subvention : à retirer au service vie associative ou à demander par courriel ;",
                          "pièces à joindre : statuts, dernier bilan, budget prévisionnel, RIB."]),
             decoys={"suggestion_call"}),
    ]
    www = Site(SA, "joomla", "Saint-Amand-les-Forges", pages,
               menu=[("Accueil", "/"), ("Participation", "/index.php/participation"),
                     ("Actualités", "/index.php/actualites/questionnaire-accueil-periscolaire"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "saintamandlesforges"), social("instagram", "saint_amand_les_forges")],
               address="Mairie, 12 rue de la République, 58200 Saint-Amand-les-Forges")

    c_pages = [
        page("/", "Accueil",
             m.prose("Bienvenue sur Participez !, la plateforme de concertation de Saint-Amand-les-Forges.")
             + '<div class="project-list"><h2>Projets en cours</h2>'
             + "".join(f'<div class="project-preview"><h3 class="project-preview__title"><a href="{h}">{t}</a></h3>'
                       f'<p class="project-preview__type">{k}</p><p class="project-preview__counters">{c}</p></div>'
                       for h, t, k, c in [(collect, "Les Forges à projets, saison 3", "Budget participatif", "64 projets · 412 participants"),
                                          ("/project/quartier-de-la-gare/questionnaire/votre-avis-sur-le-quartier",
                                           "Quartier de la Gare : demain, quel quartier ?", "Questionnaire", "287 participants")])
             + "</div>"),
        page(collect, "Dépôt des projets",
             '<div class="step-header"><p class="step-header__status">En cours · jusqu\'au 30 septembre 2025</p>'
             '<h2>Les Forges à projets : déposez vos projets</h2><p>Vous habitez Saint-Amand et vous avez une idée pour la ville ? '
             'Décrivez votre projet, estimez son coût et situez-le sur la carte. Toutes les propositions réalisables seront '
             'soumises au vote en novembre.</p><a href="/login" class="btn btn-primary" id="add-proposal">Déposer un projet</a></div>'
             + '<ul class="proposal-preview-list list-group">'
             + _capco_proposal(skate, "Un skatepark aux Forges", "Nolan, 17 ans", "Les Forges", "12 commentaires")
             + _capco_proposal(collect + "#bancs", "Des bancs le long du canal", "Association Les Amis du canal", "Centre",
                               "4 commentaires")
             + "</ul>",
             {"suggestion_call", "participatory_budget"}),
        # One resident's project within the participatory budget: not itself a call for ideas (codebook).
        page(skate, "Un skatepark aux Forges",
             '<div class="proposal__content"><p class="proposal__author">Déposé par Nolan, 17 ans · Les Forges · Coût estimé : '
             '75 000 €</p><p>Les jeunes des Forges n\'ont aucun équipement. Un skatepark en béton à côté du gymnase, avec un '
             'éclairage et des bancs, permettrait de se retrouver sans gêner les voisins.</p></div>'
             '<section class="proposal__comments" id="comments"><h3>12 commentaires</h3>'
             '<div class="comment-section"><form id="comment-form" class="comment-form" method="post" action="/comments">'
             '<label for="comment-body">Ajouter un commentaire</label><textarea id="comment-body" name="body" rows="3" '
             'placeholder="Votre commentaire"></textarea><button type="submit" class="btn btn-primary">Commenter</button></form>'
             '<ul class="media-list opinion__list">'
             + "".join(f'<li class="opinion comment"><div class="opinion__user"><span class="author-name">{who}</span> '
                       f'<span class="excerpt">{when}</span></div><p class="opinion__text">{text}</p></li>'
                       for who, when, text in [("Chantal G.", "il y a 3 jours", "Bonne idée, mais attention au bruit le soir."),
                                               ("Maël", "il y a 2 jours", "On est plein à attendre ça depuis des années !")])
             + '</ul></div></section>',
             {"comments"}, decoys={"suggestion_call"}),
        page(forges + "/selection/vote", "Vote des projets",
             '<div class="step-header"><p class="step-header__status">À venir · du 4 au 25 novembre 2025</p>'
             '<h2>Votez pour vos projets préférés</h2><p>Chaque habitant de plus de 12 ans pourra choisir jusqu\'à trois projets '
             'parmi ceux retenus après l\'étude de faisabilité. Les projets les plus soutenus seront réalisés dans la limite '
             'de 250 000 euros.</p></div>',
             {"participatory_budget"}),
        page("/project/quartier-de-la-gare/questionnaire/votre-avis-sur-le-quartier", "Quartier de la Gare : votre avis",
             '<div class="step-header"><p class="step-header__status">En cours · jusqu\'au 15 juin 2025</p>'
             '<h2>Demain, quel quartier de la Gare ?</h2><p>La ville prépare le réaménagement du quartier de la Gare. Répondez '
             'à ces quelques questions pour orienter le projet.</p></div>'
             '<form id="reply-form-questionnaire" class="form-horizontal reply-form" method="post">'
             + "".join(f'<div class="form-group"><label class="control-label h4" id="label-responses{n}">{q}</label>'
                       + "".join(f'<div class="radio"><label><input type="radio" name="responses.{n}.value" value="{o}"> {o}</label></div>'
                                 for o in options) + "</div>"
                       for n, (q, options) in enumerate([
                           ("Fréquentez-vous le quartier de la Gare ?", ["Tous les jours", "Chaque semaine", "Rarement"]),
                           ("Quelle est votre priorité pour le quartier ?", ["Plus de verdure", "Plus de commerces",
                                                                           "Plus de stationnement", "Plus de sécurité"])]))
             + '<button type="submit" class="btn btn-primary" id="confirm-questionnaire-reply">Envoyer</button></form>',
             {"poll"}),
    ]
    capco = Site(SA_CAPCO, "capcollectif", "Participez ! Saint-Amand-les-Forges", c_pages,
                 menu=[("Accueil", "/"), ("Les Forges à projets", collect),
                       ("Quartier de la Gare", "/project/quartier-de-la-gare/questionnaire/votre-avis-sur-le-quartier"),
                       ("Vote", forges + "/selection/vote")],
                 features=PLATFORM, platforms=frozenset({"cap_collectif"}))
    return _city("98303", "Saint-Amand-les-Forges", 52_300, "58", [www, capco])


# =================================================================================================
# 98304 Rocheblave (Hérault): Drupal, and "Voisins de Rocheblave", the city's neighbours' network
# =================================================================================================

RB = "www.rocheblave.fr"
RB_VOISINS = "voisins.rocheblave.fr"


def rocheblave() -> City:
    voisins = f"http://{RB_VOISINS}"
    pages = [
        page("/", "Accueil", m.home(
            "Rocheblave, entre garrigue et étangs : retrouvez l'actualité, les démarches et l'agenda de la ville.",
            [("Contact", "/contact"), ("Sondage du mois", "/sondages/marche-de-noel"),
             ("Rythmes scolaires", "/demarches/questionnaire-rythmes-scolaires"),
             ("Assemblées de quartier", "/democratie-locale/assemblees-de-quartier"),
             ("Voisins de Rocheblave", "/vivre-ensemble/reseau-de-voisins"),
             ("Nos réseaux sociaux", "/rocheblave-connectee/reseaux-sociaux"),
             ("Finances", "/finances/compte-administratif-2024"), ("Tramway", "/actualites/tramway-ligne-2-les-travaux-commencent")],
            [("Transports", "Tramway ligne 2 : les travaux commencent", "/actualites/tramway-ligne-2-les-travaux-commencent",
              "7 octobre 2024", "Deux ans de chantier entre la gare et Port-Ariane."),
             ("Culture", "La médiathèque a trouvé son nom", "/sondages/nom-de-la-mediatheque-resultats", "18 septembre 2024",
              "Découvrez le résultat du vote."),
             ("Solidarité", "Le réseau Voisins de Rocheblave fête ses 2 000 membres", "/vivre-ensemble/reseau-de-voisins",
              "2 septembre 2024", "Entraide, prêts d'objets et bons plans de quartier."),
             ("Finances", "Compte administratif 2024", "/finances/compte-administratif-2024", "30 juin 2025",
              "Les comptes de l'année écoulée.")],
            [("12 octobre", "Assemblée du quartier des Aires", "/democratie-locale/assemblees-de-quartier", "École des Aires"),
             ("19 octobre", "Rallye des voisins", "/vivre-ensemble/reseau-de-voisins", "Parc de la Lironde"),
             ("6 décembre", "Marché de Noël", "/sondages/marche-de-noel", "Place de la Comédie")])),
        page("/contact", "Nous contacter",
             m.prose("Hôtel de ville de Rocheblave, 1 esplanade de l'Europe, 34970 Rocheblave. Du lundi au vendredi, 8 h 30 - 17 h 30.")
             + m.webform("contact", "/contact", [
                 ("text", "name", "Votre nom", True), ("email", "email", "Votre adresse électronique", True),
                 ("text", "subject", "Sujet", True), ("textarea", "message", "Message", True)], "Envoyer le message"),
             {"contact_form"}),
        # A long news item: the concertation is mentioned in passing; the page presents no participatory approach.
        page("/actualites/tramway-ligne-2-les-travaux-commencent", "Tramway ligne 2 : les travaux commencent",
             m.prose("Le premier coup de pioche de la ligne 2 du tramway a été donné le 7 octobre avenue de la Gare. Sur 6,2 "
                     "kilomètres et douze stations, la ligne reliera la gare au futur quartier de Port-Ariane à l'horizon 2027.",
                     "Les travaux commencent par la déviation des réseaux d'eau, de gaz et d'électricité. Ils dureront jusqu'au "
                     "printemps et se déroulent par tronçons de 300 mètres pour limiter la gêne. L'avenue de la Gare reste "
                     "ouverte à la circulation dans un sens.",
                     "Le tracé retenu tient compte de la concertation préalable menée en 2022 par la métropole. Des "
                     "médiateurs de chantier sont présents sur place du lundi au vendredi, et une ligne téléphonique répond "
                     "aux riverains et aux commerçants.",
                     "Une commission d'indemnisation examinera les demandes des commerces qui subiraient une perte de chiffre "
                     "d'affaires du fait des travaux.")
             + m.drupal_comments(418, [
                 (3312, "Bernard", "8 octobre 2024", "Les bus de la ligne 6 vont-ils être déviés pendant la première phase ?"),
                 (3315, "Nadia H.", "9 octobre 2024", "Merci pour les médiateurs, celui de l'avenue a pris le temps de "
                                                      "m'expliquer le calendrier.")]),
             {"comments"}, decoys={"participation_displayed"}),
        page("/sondages/marche-de-noel", "Sondage : quel avenir pour le marché de Noël ?",
             m.prose("Le marché de Noël se tient depuis vingt ans place de la Comédie. Faut-il l'étendre, le déplacer ou le garder "
                     "tel quel ? Votez, c'est rapide.")
             + m.drupal_poll(3, "/sondages/marche-de-noel", "Où souhaitez-vous le marché de Noël ?",
                             ["Place de la Comédie, comme aujourd'hui", "Dans le parc de la Lironde, avec une patinoire",
                              "Sur les deux sites"], "15 novembre"),
             {"poll"}),
        page("/sondages/nom-de-la-mediatheque-resultats", "La médiathèque a trouvé son nom",
             m.prose("Le vote pour choisir le nom de la nouvelle médiathèque est terminé. Avec 46 % des voix, c'est le nom de "
                     "l'écrivaine Germaine Dax, née à Rocheblave, qui l'emporte. L'inauguration aura lieu au printemps.")
             + m.drupal_poll_results(2, "Quel nom pour la nouvelle médiathèque ?",
                                     [("Médiathèque Germaine-Dax", 46), ("Médiathèque des Étangs", 31), ("La Fabrique à lire", 23)]),
             decoys={"poll"}),
        page("/demarches/questionnaire-rythmes-scolaires", "Questionnaire sur les rythmes scolaires",
             m.prose("La ville et les conseils d'école réfléchissent à l'organisation de la semaine scolaire à la rentrée 2026. "
                     "Parents d'élèves, dites-nous ce que vous préférez. Le questionnaire est ouvert jusqu'au 20 décembre.")
             + m.webform("rythmes_scolaires", "/demarches/questionnaire-rythmes-scolaires", [
                 ("radios", "semaine", "Quelle organisation de la semaine préférez-vous ?", False,
                  ["Quatre jours", "Quatre jours et demi avec le mercredi matin", "Sans avis"]),
                 ("radios", "niveau", "Votre enfant est scolarisé en", False, ["Maternelle", "Élémentaire", "Les deux"]),
                 ("radios", "mercredi", "Le mercredi, votre enfant fréquente-t-il le centre de loisirs ?", False,
                  ["Oui, la journée", "Oui, la demi-journée", "Non"])], "Envoyer mes réponses"),
             {"poll"}),
        page("/democratie-locale/assemblees-de-quartier", "Assemblées de quartier",
             m.prose("Rocheblave compte six assemblées de quartier. Ouvertes à tous les habitants, elles se réunissent au moins "
                     "deux fois par an en présence du maire et de l'élu référent du quartier.",
                     "Chaque assemblée élit un bureau de huit habitants, qui prépare l'ordre du jour et suit les demandes "
                     "adressées aux services. Elle dispose d'un budget de 20 000 euros par an pour de petits aménagements.",
                     "La démocratie locale à Rocheblave, c'est aussi un conseil des jeunes, un conseil des aînés et des "
                     "concertations sur chaque grand projet d'aménagement. Le calendrier des prochaines réunions est affiché "
                     "dans les mairies annexes."),
             {"participation_displayed"}),
        page("/vivre-ensemble/reseau-de-voisins", "Voisins de Rocheblave, le réseau d'entraide entre habitants",
             m.prose("Lancé par la ville en 2022, Voisins de Rocheblave est le réseau social de proximité des habitants de la "
                     "commune. Gratuit et sans publicité, il permet d'échanger avec les voisins de son quartier : demander un "
                     "coup de main, prêter une perceuse, signaler un chat perdu, organiser une fête de rue.",
                     "Les services de la ville y publient aussi les informations utiles à chaque quartier : travaux, coupures "
                     "d'eau, animations. Plus de 2 000 habitants y sont déjà inscrits.",
                     f'Pour vous inscrire, rendez-vous sur {m.link(voisins + "/", "voisins.rocheblave.fr")} : un justificatif de '
                     f'domicile est demandé pour vous rattacher à votre quartier.'),
             {"territorial_social_network"}),
        # The city's accounts on global platforms, linked in the text: social accounts, not a local network (codebook).
        page("/rocheblave-connectee/reseaux-sociaux", "La ville sur les réseaux sociaux",
             m.prose("Suivez l'actualité de Rocheblave au quotidien sur nos comptes officiels :")
             + m.bullets(['<a href="https://fr-fr.facebook.com/VilleDeRocheblave/">Facebook : Ville de Rocheblave</a>',
                          '<a href="https://www.instagram.com/rocheblave_officiel/">Instagram : @rocheblave_officiel</a>',
                          '<a href="https://www.linkedin.com/company/ville-de-rocheblave">LinkedIn : Ville de Rocheblave</a>',
                          '<a href="https://bsky.app/profile/rocheblave.bsky.social">Bluesky : @rocheblave.bsky.social</a>'])
             + m.prose("Nos comptes sont animés par le service communication du lundi au vendredi. Pour une demande "
                       "personnelle, utilisez plutôt le formulaire de contact."),
             decoys={"territorial_social_network"}),
        # The administrative account: the ordinary budget, no participatory budget (codebook: compte administratif).
        page("/finances/compte-administratif-2024", "Compte administratif 2024",
             m.prose("Le conseil municipal a approuvé le 26 juin le compte administratif 2024, qui retrace les dépenses et les "
                     "recettes réellement exécutées au cours de l'année.",
                     "Section de fonctionnement : 96,3 millions d'euros de dépenses, 108,9 millions de recettes. Section "
                     "d'investissement : 31,7 millions d'euros de dépenses, dont 12,4 millions pour les écoles et 6,8 millions "
                     "pour la voirie.",
                     "L'épargne brute progresse de 8 % et permet de financer les investissements sans recours accru à "
                     "l'emprunt. Le budget primitif 2025 poursuit cette trajectoire."),
             decoys={"participatory_budget"}),
    ]
    www = Site(RB, "drupal", "Ville de Rocheblave", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/democratie-locale/assemblees-de-quartier"),
                     ("Vivre ensemble", "/vivre-ensemble/reseau-de-voisins"), ("Sondages", "/sondages/marche-de-noel"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeRocheblave", "https://fr-fr.facebook.com/VilleDeRocheblave/"),
                         social("instagram", "rocheblave_officiel"), social("linkedin", "ville-de-rocheblave"),
                         social("bluesky", "rocheblave.bsky.social")],
               address="Hôtel de ville, 1 esplanade de l'Europe, 34970 Rocheblave")
    v_pages = [
        page("/", "Le fil de mon quartier",
             m.prose("Bonjour ! Voici les dernières publications de vos voisins. Connectez-vous pour publier, répondre ou "
                     "rejoindre un groupe.")
             + m.neighbour_posts([
                 ("entraide", "Coup de main", "Josiane", "Les Aires", "il y a 2 h",
                  "Quelqu'un pourrait-il m'aider à monter une armoire samedi matin ? Je prépare le café !", 4),
                 ("pret", "Prêt", "Samir", "Centre", "il y a 5 h", "Je prête volontiers ma remorque pour les encombrants.", 2),
                 ("info", "Info de la ville", "Ville de Rocheblave", "Tous les quartiers", "hier",
                  "Coupure d'eau mardi de 9 h à 12 h rue des Oliviers pour travaux sur le réseau.", 0)])
             + m.prose(m.link("/quartiers/les-aires", "Voir le groupe du quartier des Aires")),
             {"territorial_social_network"}),
        page("/quartiers/les-aires", "Quartier des Aires",
             m.prose("412 voisins · groupe de quartier. Le groupe des habitants des Aires, de la Cavalade et du Mas-Neuf.")
             + m.neighbour_posts([
                 ("evenement", "Événement", "Comité des fêtes des Aires", "Les Aires", "le 3 octobre",
                  "Vide-grenier de quartier le 19 octobre : inscriptions ouvertes, 5 € l'emplacement.", 11),
                 ("perdu", "Perdu / trouvé", "Clément", "Les Aires", "le 1er octobre",
                  "Trouvé un trousseau de clés près de l'école, je le dépose en mairie annexe.", 1)]),
             {"territorial_social_network"}),
    ]
    network = Site(RB_VOISINS, "community", "Voisins de Rocheblave", v_pages,
                   menu=[("Mon quartier", "/"), ("Les Aires", "/quartiers/les-aires"), ("Site de la ville", f"http://{RB}/")],
                   features=NETWORK)
    return _city("98304", "Rocheblave", 88_200, "34", [www, network])


# =================================================================================================
# 98305 Auberive-en-Vexin (Val-d'Oise): TYPO3, and "Auberive participe", a CONSUL Democracy platform
# =================================================================================================

AV = "www.auberive-en-vexin.fr"
AV_CONSUL = "participation.auberive-en-vexin.fr"


def auberive() -> City:
    consul = f"http://{AV_CONSUL}"
    debate = "/debates/14-pietonniser-la-rue-de-la-republique"
    proposal = "/proposals/57-des-fontaines-a-eau-dans-les-parcs"
    poll = "/polls/5-nom-du-futur-parc"
    pages = [
        page("/", "Accueil", m.home(
            "Auberive-en-Vexin, ville nature aux portes de Paris : l'actualité municipale et vos services en ligne.",
            [("Participer", "/participer"), ("Auberive participe", f"{consul}/"),
             ("Questionnaire mobilités", "/participer/questionnaire-mobilites"), ("Espace citoyen", "/mairie/espace-citoyen"),
             ("Offres d'emploi", "/mairie/offres-d-emploi"), ("Contact", "/contact"),
             ("Conseil des sages", "/participer/conseil-des-sages-et-conseil-des-jeunes"),
             ("Budget participatif", f"{consul}/budgets/2/investments")],
            [("Sport", "Le nouveau gymnase ouvre ses portes", "/actualites/le-nouveau-gymnase-ouvre-ses-portes", "1er septembre 2025",
              "Un équipement de 2 400 m² pour les clubs et les écoles."),
             ("Mobilités", "Vos trajets au quotidien : répondez au questionnaire", "/participer/questionnaire-mobilites",
              "28 août 2025", "Cinq minutes pour préparer le plan de mobilité."),
             ("Mémoire", "Il y a six ans, le grand débat national", "/actualites/archives-2019-grand-debat-national",
              "15 janvier 2025", "Retour sur les réunions organisées dans la commune.")],
            [("13 septembre", "Forum des sports au gymnase", "/actualites/le-nouveau-gymnase-ouvre-ses-portes", "Gymnase des Prés"),
             ("20 septembre", "Réunion du conseil des sages", "/participer/conseil-des-sages-et-conseil-des-jeunes", "Mairie"),
             ("4 octobre", "Clôture du vote du budget participatif", f"{consul}/budgets/2/investments", "En ligne")])),
        # Presents the approach; the platform, its votations and its budget are named with links only.
        page("/participer", "Participer à la vie de la commune",
             m.prose("À Auberive-en-Vexin, les habitants sont associés aux décisions qui les concernent. La démocratie "
                     "participative s'appuie sur des instances de proximité, sur des concertations à chaque étape des grands "
                     "projets et sur une plateforme en ligne.")
             + m.bullets([m.link("/participer/conseil-des-sages-et-conseil-des-jeunes", "Le conseil des sages et le conseil des jeunes"),
                          m.link(consul + "/", "Auberive participe") + " : débats, propositions citoyennes, votations et budget "
                                                                        "participatif en ligne",
                          m.link("/participer/questionnaire-mobilites", "Le questionnaire mobilités") + " (jusqu'au 30 septembre)",
                          "Les réunions publiques de quartier, deux fois par an"]),
             {"participation_displayed"}),
        page("/participer/conseil-des-sages-et-conseil-des-jeunes", "Le conseil des sages et le conseil des jeunes",
             m.prose("Deux instances consultatives donnent aux plus jeunes et aux plus anciens des Auberivois un rôle dans la vie "
                     "de la commune.")
             + m.section("Le conseil des sages",
                         "Vingt-quatre habitants de plus de 62 ans, renouvelés par moitié tous les trois ans. Saisi par le maire ou "
                         "de sa propre initiative, il rend des avis sur l'aménagement, l'accessibilité et la solidarité entre "
                         "générations. Il a notamment proposé la création de la navette du marché.")
             + m.section("Le conseil municipal des jeunes",
                         "Trente collégiens élus dans leur établissement pour deux ans. Ils travaillent en commissions et "
                         "disposent d'un budget pour mener leurs projets ; la piste de pumptrack du parc des Prés est née de "
                         "leurs travaux.")
             + m.prose("Les deux conseils présentent chaque année leur bilan en séance publique du conseil municipal."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/questionnaire-mobilites", "Questionnaire : vos trajets au quotidien",
             m.prose("La ville prépare son plan de mobilité. Pour mieux connaître vos habitudes de déplacement, nous vous "
                     "invitons à répondre à ce court questionnaire. Vos réponses sont anonymes.")
             + m.powermail(12, "/participer/questionnaire-mobilites", [
                 ("radio", "mode", "Comment vous rendez-vous le plus souvent au travail ou à l'école ?",
                  ["En voiture", "En transports en commun", "À vélo", "À pied", "Je ne me déplace pas"]),
                 ("radio", "gare", "Allez-vous à la gare d'Auberive ?", ["Chaque jour", "Chaque semaine", "Rarement", "Jamais"]),
                 ("radio", "priorite", "Quelle amélioration attendez-vous en priorité ?",
                  ["Des pistes cyclables", "Plus de bus vers la gare", "Des trottoirs plus larges", "Du stationnement"]),
                 ("select", "age", "Votre tranche d'âge", ["Moins de 18 ans", "18-39 ans", "40-64 ans", "65 ans et plus"])],
                 "Envoyer mes réponses"),
             {"poll"}, parent=("Participer", "/participer")),
        page("/contact", "Contact",
             m.prose("Mairie d'Auberive-en-Vexin, 5 place du Général-Leclerc, 95450 Auberive-en-Vexin. Tél. 01 34 00 56 78.")
             + m.powermail(3, "/contact", [
                 ("text", "nom", "Nom", None), ("text", "prenom", "Prénom", None), ("email", "email", "E-mail", None),
                 ("select", "service", "Service destinataire", ["Accueil", "Urbanisme", "Enfance", "Services techniques"]),
                 ("textarea", "message", "Votre message", None)]),
             {"contact_form"}),
        page("/mairie/espace-citoyen", "Espace citoyen",
             m.prose("Votre espace citoyen vous permet de suivre vos demandes d'actes, vos inscriptions scolaires et de régler "
                     "vos factures de cantine.") + m.login_form("/mairie/espace-citoyen"),
             decoys={"contact_form"}),
        # Job offers are a call for applications, not for residents' ideas (codebook).
        page("/mairie/offres-d-emploi", "Offres d'emploi",
             m.prose("La ville d'Auberive-en-Vexin recrute. Les candidatures (lettre de motivation et CV) sont à adresser à "
                     "M. le Maire, direction des ressources humaines.")
             + m.bullets(["Appel à candidatures : animateur ou animatrice périscolaire (H/F), temps non complet, dès septembre.",
                          "Agent d'entretien des espaces verts (H/F), titulaire ou contractuel, candidatures avant le 30 septembre.",
                          "Appel à candidatures pour le jury du concours photo municipal : trois habitants seront tirés au sort."]),
             decoys={"suggestion_call"}),
        # A long news item naming the participatory budget and the platform in passing (codebook: a mention is not it).
        page("/actualites/le-nouveau-gymnase-ouvre-ses-portes", "Le nouveau gymnase ouvre ses portes",
             m.prose("Après vingt mois de travaux, le gymnase des Prés accueille ses premiers sportifs. Avec sa salle de 44 mètres "
                     "sur 24, ses gradins de 300 places et son mur d'escalade, il remplace l'ancienne salle Jean-Moulin, "
                     "construite en 1971.",
                     "Le bâtiment, conçu par un cabinet d'architectes de Pontoise, est chauffé par une pompe à chaleur et couvert "
                     "de panneaux solaires qui fournissent un tiers de sa consommation. Son coût de 6,8 millions d'euros a été "
                     "financé à 45 % par le Département, la Région et l'Agence nationale du sport.",
                     "Les clubs de handball, de basket et de gymnastique s'y installent dès septembre ; les collégiens y "
                     "auront cours trois jours par semaine. Le mur d'escalade, lui, avait été choisi par les habitants lors de "
                     "la première édition du budget participatif, sur la plateforme Auberive participe.",
                     "Portes ouvertes le samedi 13 septembre, de 10 h à 18 h, avec le forum des sports et des démonstrations "
                     "des clubs."),
             decoys={"participatory_budget", "participatory_platform"}),
        # The national debate of 2019, run by the State: not the city's own approach (brief's lookalike; codebook).
        page("/actualites/archives-2019-grand-debat-national", "Il y a six ans, le grand débat national",
             m.prose("En janvier 2019, dans le cadre du grand débat national lancé par le président de la République, la "
                     "commune avait mis une salle à disposition pour deux réunions d'initiative locale et ouvert un cahier de "
                     "doléances en mairie.",
                     "Les 143 contributions recueillies ont été transmises à la préfecture puis versées aux archives "
                     "départementales, où elles sont désormais consultables."),
             decoys={"participation_displayed"}),
    ]
    www = Site(AV, "typo3", "Ville d'Auberive-en-Vexin", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Mairie", "/mairie/espace-citoyen"),
                     ("Actualités", "/actualites/le-nouveau-gymnase-ouvre-ses-portes"), ("Contact", "/contact")],
               accounts=[social("facebook", "auberive.en.vexin"), social("x", "AuberiveVexin", "https://x.com/AuberiveVexin"),
                         social("youtube", "AuberiveEnVexin")],
               address="Mairie, 5 place du Général-Leclerc, 95450 Auberive-en-Vexin")

    c_pages = [
        page("/", "Accueil",
             m.prose("Bienvenue sur Auberive participe. Ici, vous pouvez débattre, faire des propositions pour la commune, "
                     "voter lors des votations et choisir les projets du budget participatif.")
             + '<div class="row"><div class="small-12 medium-6 column"><h2>Débats</h2><p>'
             + m.link("/debates", "Voir les débats en cours") + '</p></div><div class="small-12 medium-6 column"><h2>Propositions</h2><p>'
             + m.link("/proposals", "Voir les propositions citoyennes") + '</p></div></div><div class="row"><div class="small-12 '
               'medium-6 column"><h2>Votations</h2><p>' + m.link(poll, "Votation en cours : le nom du futur parc")
             + '</p></div><div class="small-12 medium-6 column"><h2>Budget participatif</h2><p>'
             + m.link("/budgets/2/investments", "Soutenir des projets") + "</p></div></div>"),
        page("/debates", "Débats",
             '<div class="debates-list"><a class="button expanded" href="/users/sign_in">Commencer un débat</a>'
             + "".join(f'<div class="debate clear"><div class="panel"><div class="debate-content"><h3><a href="{h}">{t}</a></h3>'
                       f'<p class="debate-info"><span class="comments-count">{n} commentaires</span> &bull; {when}</p></div>'
                       f'<div class="votes"><span class="in-favor">{up} %</span> <span class="against">{100 - up} %</span></div></div></div>'
                       for h, t, n, when, up in [(debate, "Faut-il piétonniser la rue de la République ?", 37, "3 septembre 2025", 58),
                                                 (debate + "#autres", "Horaires de la médiathèque : ouvrir le dimanche ?", 12,
                                                  "28 août 2025", 71)])
             + '</div><div class="section-footer"><p>Lancez un débat pour partager vos opinions avec les autres habitants sur '
               'les sujets qui vous intéressent. Pour ouvrir un débat, inscrivez-vous.</p></div>',
             {"forum"}),
        # A debate thread: residents reply to each other (a board), and each reply is a comment under the debate.
        page(debate, "Faut-il piétonniser la rue de la République ?",
             m.prose("Le samedi, la rue de la République est déjà fermée aux voitures pendant le marché. Pourquoi ne pas en "
                     "faire une rue piétonne toute la semaine ? Les commerçants y gagneraient-ils, ou au contraire ?")
             + '<p class="debate-info">Débat ouvert par Sophie L. · 3 septembre 2025</p>'
             + m.consul_comments("debate_14", [
                 (901, "Marc T.", "3 sept. 2025", "Pour, à condition de garder un accès pour les livraisons et les personnes "
                                                 "à mobilité réduite.", 14, 2),
                 (905, "Commerce Bio d'Auberive", "4 sept. 2025", "Nous craignons de perdre la clientèle qui vient en voiture "
                                                                  "des villages voisins.", 6, 3),
                 (911, "Inès", "5 sept. 2025", "Le samedi, la rue est pleine de monde : c'est bien la preuve que ça marche.", 9, 1)]),
             {"forum", "comments"}),
        # Citizen proposals that gather supports to reach a threshold: a call for proposals; the supports are no
        # petition's signatures (HOLDOUT.md's reading of the codebook).
        page("/proposals", "Propositions citoyennes",
             m.prose("Vous avez une idée pour Auberive ? Publiez une proposition : si elle recueille 300 soutiens d'habitants "
                     "en six mois, elle est étudiée par les services et présentée en conseil municipal.")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
             + m.consul_proposal_card(proposal, "Des fontaines à eau dans les parcs", "Hugo B.", 212, 300,
                                      "Installer une fontaine d'eau potable dans chacun des trois parcs de la ville.")
             + m.consul_proposal_card("/proposals#ruches", "Des ruches sur le toit de la mairie", "Association L'Abeille du Vexin",
                                      87, 300, "Accueillir trois ruches et associer les écoles à la récolte."),
             {"suggestion_call"}, decoys={"petition"}),
        page(proposal, "Des fontaines à eau dans les parcs",
             m.prose("Chaque été, les familles et les sportifs n'ont aucun point d'eau dans les parcs des Prés, de la Vallée et "
                     "du Château. Je propose d'installer une fontaine dans chacun, raccordée au réseau de la ville.")
             + m.consul_proposal_card(proposal, "Soutiens", "Hugo B.", 212, 300, "Il manque 88 soutiens pour que la proposition "
                                                                              "soit étudiée.")
             + m.consul_comments("proposal_57", [
                 (1320, "Lina R.", "12 août 2025", "Oui ! Et pourquoi pas aussi au skatepark ?", 11, 0),
                 (1327, "Jean-Pierre", "14 août 2025", "Attention au coût d'entretien et au vandalisme.", 4, 2)]),
             {"comments"}, decoys={"suggestion_call", "petition"}),
        page(poll, "Votation : quel nom pour le futur parc ?",
             m.prose("Le futur parc de l'ancienne sucrerie ouvrira au printemps. Le conseil municipal des jeunes a retenu trois "
                     "noms : c'est à vous de choisir. La votation est ouverte aux habitants de plus de 16 ans jusqu'au 12 octobre.")
             + '<div class="poll-question" id="question_9"><h3>Quel nom pour le parc de l\'ancienne sucrerie ?</h3>'
               '<div class="poll-question-answers">'
             + "".join(f'<a class="button secondary hollow" href="/users/sign_in" title="Voter pour {a}">{a}</a>'
                       for a in ["Parc de la Sucrerie", "Parc Simone-Veil", "Parc des Lavandières"])
             + '</div><div class="callout primary"><p>Vous devez vous <a href="/users/sign_in">connecter</a> pour participer.</p>'
               '</div></div>',
             {"poll"}),
        page("/budgets/2/investments", "Budget participatif 2025 : projets",
             m.prose("Phase de soutien : jusqu'au 4 octobre, soutenez les projets proposés par les habitants. Les plus soutenus "
                     "passent à la phase de vote final. Enveloppe : 300 000 euros.")
             + m.consul_investment("/budgets/2/investments#i71", "Un jardin partagé à la Vallée", "Collectif Vallée verte", "28 000 €",
                                   96, "Vingt parcelles et un composteur collectif derrière l'école de la Vallée.")
             + m.consul_investment("/budgets/2/investments#i74", "Éclairer le passage sous la voie ferrée", "Karima S.", "54 000 €",
                                   141, "Un éclairage à détection de présence pour sécuriser le passage piéton."),
             {"participatory_budget"}),
    ]
    platform = Site(AV_CONSUL, "consul", "Auberive participe", c_pages,
                    menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", poll),
                          ("Budget participatif", "/budgets/2/investments")],
                    features=PLATFORM, platforms=frozenset({"consul"}))
    return _city("98305", "Auberive-en-Vexin", 63_700, "95", [www, platform])


# =================================================================================================
# 98306 Lussac-la-Garenne (Charente-Maritime): a vendor CMS, Publik e-services, Go Vocal on the city's domain
# =================================================================================================

LG = "www.lussac-la-garenne.fr"
LG_PUBLIK = "demarches.lussac-la-garenne.fr"
LG_GOVOCAL = "parlons-en.lussac-la-garenne.fr"


def lussac() -> City:
    demarches, parlons = f"http://{LG_PUBLIK}", f"http://{LG_GOVOCAL}"
    survey = "/actualites/plan-climat-donnez-votre-avis"
    frequent = ('<section class="recherches-frequentes"><h2>Les plus recherchés</h2><ul>'
                '<li><a href="/demarches/etat-civil">Carte d\'identité</a></li>'
                '<li><a href="/recherche?q=budget+participatif">Budget participatif</a></li>'
                f'<li><a href="{demarches}/inscription-periscolaire/">Cantine</a></li></ul></section>')
    pages = [
        page("/", "Accueil", m.home(
            "Lussac-la-Garenne, porte des marais : toute l'actualité de votre ville et vos démarches en ligne.",
            [("Démarches en ligne", f"{demarches}/"), ("Parlons-en !", f"{parlons}/"),
             ("Plan climat : votre avis", survey), ("Participation citoyenne", "/ma-ville/participation-citoyenne"),
             ("Festival des marais", "/sortir/festival-des-marais"), ("État civil", "/demarches/etat-civil"),
             ("Conseil des jeunes", "/actualites/conseil-des-jeunes-appel-a-candidatures"), ("Contact", "/contact")],
            [("Environnement", "Plan climat : donnez votre avis", survey, "2 juin 2025",
              "Un questionnaire pour construire la feuille de route climat de la ville."),
             ("Jeunesse", "Conseil des jeunes : appel à candidatures", "/actualites/conseil-des-jeunes-appel-a-candidatures",
              "26 mai 2025", "Tu as entre 11 et 17 ans ? Présente-toi !"),
             ("Port", "Réinventons le port : vos idées", f"{parlons}/fr-FR/projects/reinventons-le-port", "12 mai 2025",
              "La concertation est ouverte sur Parlons-en !")],
            [("14 juin", "Festival des marais", "/sortir/festival-des-marais", "Marais de la Garenne"),
             ("21 juin", "Atelier plan climat", survey, "Salle de l'Arsenal"),
             ("30 juin", "Fin du dépôt des idées pour le port", f"{parlons}/fr-FR/projects/reinventons-le-port", "En ligne")],
            extra=frequent)),
        # No form on the page: an address, phone numbers, a mailto link and a link to the e-services form (codebook:
        # a bare mailto is not a contact form).
        page("/contact", "Contacter la mairie",
             m.prose("Hôtel de ville, 3 cours National, 17300 Lussac-la-Garenne. Ouvert du lundi au vendredi de 8 h 30 à 12 h et "
                     "de 13 h 30 à 17 h.",
                     "Standard : 05 46 00 80 80. Courriel : <a href=\"mailto:mairie@lussac-la-garenne.fr\">mairie@lussac-la-garenne.fr</a>.",
                     f'Pour une demande écrite suivie, utilisez de préférence le '
                     f'{m.link(demarches + "/contacter-la-mairie/", "formulaire de contact de l&#39;espace démarches")}.'),
             decoys={"contact_form"}),
        page(survey, "Plan climat : donnez votre avis",
             m.prose("La ville élabore son plan climat-air-énergie. Avant de fixer les actions des six prochaines années, elle "
                     "souhaite connaître vos habitudes et vos priorités : déplacements, chauffage, alimentation, nature en ville.",
                     "Le questionnaire ci-dessous prend une dizaine de minutes. Il est ouvert à toutes les personnes qui vivent ou "
                     "travaillent à Lussac jusqu'au 30 juin.") + m.framaforms("plan-climat-lussac-la-garenne-1748860800"),
             {"poll"}),
        page("/sortir/festival-des-marais", "Festival des marais",
             m.prose("Le 14 juin, le marais de la Garenne se découvre autrement : balades commentées en barque, concerts au bord "
                     "de l'eau, marché de producteurs et observation des oiseaux avec la LPO.",
                     "Navette gratuite depuis la gare toutes les 20 minutes. Programme complet et réservations des balades auprès "
                     "de l'office de tourisme, qui publie aussi les photos du festival sur "
                     "<a href=\"https://www.facebook.com/otmaraislussac\">sa page Facebook</a>.")
             + m.page_rating(5812),
             # The tourist office's page is a partner's account, not the city's (codebook; listed in decoy_accounts).
             decoys={"poll"}),
        page("/demarches/etat-civil", "État civil",
             m.prose("Naissances, mariages, décès, livret de famille : le service état civil vous accueille à l'hôtel de ville "
                     "sans rendez-vous le matin.",
                     "Les cartes d'identité et les passeports se font uniquement sur rendez-vous, à prendre en ligne sur l'espace "
                     "démarches. Comptez six semaines de délai au printemps.")
             + m.page_rating(5814),
             decoys={"poll"}),
        page("/ma-ville/participation-citoyenne", "Participation citoyenne",
             m.prose("Lussac en commun : c'est le nom de la démarche de participation citoyenne engagée par la ville. Elle repose "
                     "sur quatre engagements : informer tôt, consulter largement, associer les habitants aux décisions et "
                     "rendre compte.")
             + m.bullets(["Les comités de quartier, ouverts à tous, dans les cinq quartiers de la ville ;",
                          "le conseil des jeunes, élu pour deux ans ;",
                          f'les concertations en ligne sur {m.link(parlons + "/", "Parlons-en !")}, la plateforme participative de la ville ;',
                          "une réunion publique annuelle de compte rendu, où le maire répond aux questions des habitants."]),
             {"participation_displayed"}),
        page("/actualites/conseil-des-jeunes-appel-a-candidatures", "Conseil des jeunes : appel à candidatures",
             m.prose("Tu as entre 11 et 17 ans et tu habites Lussac-la-Garenne ? Le conseil des jeunes se renouvelle en septembre. "
                     "Pour être candidat, remplis la fiche de candidature disponible au service jeunesse et rapporte-la avant "
                     "le 30 juin avec l'autorisation de tes parents.",
                     "Les élections auront lieu dans les collèges et au point jeunes. Les élus se réunissent un mercredi sur deux.")
             + m.page_rating(5820),
             # An appel à candidatures (codebook's negative for calls); the poll decoy is the page-rating widget.
             decoys={"suggestion_call", "poll"}),
        page("/recherche?q=budget+participatif", "Résultats de la recherche",
             m.search_results("/recherche", "budget participatif", [
                 ("Participation citoyenne", "/ma-ville/participation-citoyenne", "Lussac en commun, la démarche de la ville."),
                 ("Réinventons le port", f"{parlons}/fr-FR/projects/reinventons-le-port", "Concertation sur l'avenir du port.")])
             + m.prose("Aucune page ne correspond exactement à votre recherche. Lussac-la-Garenne n'a pas de budget participatif ; "
                       "les idées des habitants sont recueillies sur Parlons-en !."),
             decoys={"contact_form", "participatory_budget"}),
    ]
    www = Site(LG, "vendor", "Ville de Lussac-la-Garenne", pages,
               menu=[("Accueil", "/"), ("Démarches", f"{demarches}/"), ("Ma ville", "/ma-ville/participation-citoyenne"),
                     ("Sortir", "/sortir/festival-des-marais"), ("Enquête plan climat", survey), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleLussacLaGarenne"), social("instagram", "lussaclagarenne"),
                         social("tiktok", "lussaclagarenne")],
               address="Hôtel de ville, 3 cours National, 17300 Lussac-la-Garenne")

    p_pages = [
        page("/", "Démarches en ligne",
             m.prose("Bienvenue sur l'espace démarches de Lussac-la-Garenne. Les démarches marquées d'un cadenas nécessitent un "
                     "compte.")
             + '<div class="cell list-of-forms"><h2>Toutes les démarches</h2><ul>'
             + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in [
                 ("/contacter-la-mairie/", "Contacter la mairie"), ("/inscription-periscolaire/", "Inscription à la cantine et au "
                                                                                                     "périscolaire")])
             + "</ul></div>"),
        page("/contacter-la-mairie/", "Contacter la mairie",
             m.wcs_form("contacter-la-mairie", ["Votre message", "Validation"], [
                 ("text", "Nom", True, None), ("text", "Prénom", True, None), ("email", "Courriel", True, None),
                 ("select", "Sujet", True, ["Voirie et propreté", "Urbanisme", "Écoles", "Autre demande"]),
                 ("textarea", "Votre message", True, None)]),
             {"contact_form"}),
        # Registration only: no free-text message to the city (codebook: booking-only forms).
        page("/inscription-periscolaire/", "Inscription à la cantine et au périscolaire",
             m.wcs_form("inscription-periscolaire", ["L'enfant", "Les jours", "Validation"], [
                 ("text", "Nom de l'enfant", True, None), ("text", "Prénom de l'enfant", True, None),
                 ("date", "Date de naissance", True, None),
                 ("select", "École", True, ["École du Marais", "École Jean-Macé", "École des Salines"]),
                 ("checkbox", "Cantine le lundi", False, None), ("checkbox", "Cantine le mardi", False, None),
                 ("checkbox", "Cantine le jeudi", False, None), ("checkbox", "Cantine le vendredi", False, None)]),
             decoys={"contact_form"}),
    ]
    publik = Site(LG_PUBLIK, "publik", "Démarches - Lussac-la-Garenne", p_pages,
                  menu=[("Toutes les démarches", "/"), ("Site de la ville", f"http://{LG}/")],
                  address="Hôtel de ville, 3 cours National, 17300 Lussac-la-Garenne")

    port = "/fr-FR/projects/reinventons-le-port"
    g_pages = [
        page("/", "Parlons-en ! Lussac-la-Garenne",
             m.prose("La plateforme de participation de Lussac-la-Garenne. Découvrez les projets en cours et participez.")
             + '<div id="e2e-projects-list" class="projects">'
             + "".join(f'<div class="e2e-project-card project-card"><a href="{h}"><h3 class="e2e-project-card-project-title">{t}</h3>'
                       f'<p class="project-card__phase">{ph}</p></a></div>'
                       for h, t, ph in [(port, "Réinventons le port", "Phase actuelle : recueil d'idées"),
                                        ("/fr-FR/projects/enquete-mobilite-2025", "Enquête mobilité 2025", "Phase actuelle : enquête")])
             + "</div>"),
        page(port, "Réinventons le port",
             m.prose("Le port de commerce ferme ses quais nord en 2026. Que faire de ces trois hectares au bord de l'eau ? "
                     "Jusqu'au 30 juin, proposez vos idées : promenade, équipements, logements, activités nautiques.")
             + '<div class="e2e-timeline"><p class="current-phase">Phase 1 sur 3 : recueil d\'idées, du 12 mai au 30 juin</p></div>'
             + '<a class="e2e-idea-button button" href="/fr-FR/projects/reinventons-le-port#ajouter">Soumettez votre idée</a>'
             + '<div id="e2e-ideas-list">'
             + f'<div class="e2e-idea-card"><a href="/fr-FR/ideas/un-ponton-pour-les-kayaks"><h3>Un ponton pour les kayaks</h3></a>'
               f'<p>34 votes · 7 commentaires</p></div>'
             + "</div>",
             {"suggestion_call"}),
        # One resident's idea and its comments: not a call for ideas in itself (codebook).
        page("/fr-FR/ideas/un-ponton-pour-les-kayaks", "Un ponton pour les kayaks",
             m.prose("Les clubs de kayak mettent à l'eau depuis une cale glissante. Un ponton flottant sur le quai nord "
                     "permettrait d'accueillir les scolaires et les touristes en sécurité.")
             + '<div id="e2e-idea-show-comments"><h2>Commentaires (2)</h2>'
             + "".join(f'<div class="e2e-comment"><span class="e2e-author">{who}</span><p class="e2e-comment-body">{t}</p></div>'
                       for who, t in [("Éloïse", "Super idée, avec un local pour ranger les bateaux ?"),
                                      ("Club nautique de la Garenne", "Nous soutenons ce projet et pouvons aider à le dessiner.")])
             + '<form class="e2e-comment-form" action="/web_api/v1/ideas/un-ponton-pour-les-kayaks/comments" method="post">'
               '<label for="submit-comment">Écrivez votre commentaire</label><textarea id="submit-comment" name="comment[body_multiloc]"'
               ' placeholder="Écrivez votre commentaire ici"></textarea><button type="submit" class="e2e-submit-comment">Publier'
               '</button></form></div>',
             {"comments"}, decoys={"suggestion_call"}),
        page("/fr-FR/projects/enquete-mobilite-2025", "Enquête mobilité 2025",
             m.prose("Comment vous déplacez-vous dans Lussac et vers les communes voisines ? Cette enquête nourrira le futur "
                     "schéma des mobilités. Elle est ouverte jusqu'au 15 juillet.")
             + '<form id="e2e-native-survey" class="native-survey" method="post">'
             + "".join(f'<fieldset class="e2e-question"><legend>{q}</legend>'
                       + "".join(f'<label><input type="radio" name="{key}" value="{o}"> {o}</label>' for o in opts) + "</fieldset>"
                       for key, q, opts in [("mode", "Votre mode de déplacement principal", ["Voiture", "Vélo", "Bus", "Marche"]),
                                            ("bus", "Le réseau de bus vous convient-il ?", ["Oui", "En partie", "Non"])])
             + '<button type="submit" class="e2e-submit-survey">Envoyer</button></form>',
             {"poll"}),
    ]
    govocal = Site(LG_GOVOCAL, "govocal", "Parlons-en ! Lussac-la-Garenne", g_pages,
                   menu=[("Accueil", "/"), ("Réinventons le port", port), ("Enquête mobilité", "/fr-FR/projects/enquete-mobilite-2025")],
                   features=PLATFORM, platforms=frozenset({"go_vocal"}))
    return _city("98306", "Lussac-la-Garenne", 96_300, "17", [www, publik, govocal],
                 decoy_accounts=("https://www.facebook.com/otmaraislussac",))


# =================================================================================================
# 98307 Castelmont-sur-Agout (Tarn): a Wagtail-like site, a phpBB board, and "La Fabrique citoyenne",
# a platform of its own drawn in the browser by a script from a JSON API
# =================================================================================================

CM = "www.castelmont-sur-agout.fr"
CM_FORUM = "forum.castelmont-sur-agout.fr"
CM_FABRIQUE = "fabrique.castelmont-sur-agout.fr"
APP_BUNDLE = "/static/fabrique/js/app.9c2e41.js"
APP_API = "/api/v1/contenus"


def _wt(*blocks):
    """A Wagtail StreamField body: one div per block, as {% include_block %} prints it."""
    return '<div class="streamfield">' + "".join(
        f'<div class="block-{kind}">{html}</div>' for kind, html in blocks) + "</div>"


_PETITION_FORM = (
    '<form class="fab-signature" method="post" action="/api/v1/petitions/eclairage-du-stade-des-cigales/signatures">'
    '<p><label for="sig-nom">Nom</label><input id="sig-nom" name="nom" required></p>'
    '<p><label for="sig-prenom">Prénom</label><input id="sig-prenom" name="prenom" required></p>'
    '<p><label for="sig-email">Courriel</label><input id="sig-email" name="email" type="email" required></p>'
    '<p><input id="sig-habitant" name="habitant" type="checkbox" required><label for="sig-habitant">J\'habite ou je travaille '
    'à Castelmont-sur-Agout</label></p><p><button type="submit" class="fab-btn">Je signe la pétition</button></p></form>')

# path -> (title, chapo, the block the script inserts, features of the page)
APP_PAGES = {
    "/": ("La Fabrique citoyenne",
          "Pétitions, budget participatif : la plateforme où les Castelmontais font avancer leur ville.",
          '<section class="fab-accueil"><h2>En ce moment</h2><ul class="fab-cartes">'
          '<li class="fab-carte"><a href="/petitions">3 pétitions en cours de signature</a></li>'
          '<li class="fab-carte"><a href="/budget-participatif">Budget participatif : votez jusqu\'au 20 octobre</a></li>'
          '</ul><p class="fab-chiffres">2 315 inscrits · 11 pétitions déposées depuis 2023 · 46 projets réalisés</p></section>',
          frozenset()),
    "/petitions": ("Pétitions citoyennes",
                   "Toute pétition qui réunit 500 signatures d'habitants est inscrite à l'ordre du jour du conseil municipal.",
                   '<a class="fab-btn" href="/connexion?suite=/petitions/nouvelle">Lancer une pétition</a>'
                   '<ul class="fab-petitions">'
                   '<li class="fab-petition"><a href="/petitions/eclairage-du-stade-des-cigales">Éclairer le stade des Cigales '
                   'le soir</a><span class="fab-jauge" data-signatures="312" data-objectif="500">312 / 500 signatures</span></li>'
                   '<li class="fab-petition"><a href="/petitions/eclairage-du-stade-des-cigales#autres">Un passage piéton devant '
                   'l\'école du Pont-Vieux</a><span class="fab-jauge">498 / 500 signatures</span></li>'
                   '<li class="fab-petition fab-petition--close">Rouvrir les toilettes publiques du foirail : <strong>aboutie, '
                   'débattue au conseil du 12 mai</strong></li></ul>',
                   frozenset({"petition"})),
    "/petitions/eclairage-du-stade-des-cigales": (
        "Éclairer le stade des Cigales le soir",
        "Pétition déposée par l'Entente sportive des Cigales · ouverte jusqu'au 30 novembre",
        '<div class="fab-texte"><p>Le stade des Cigales n\'est pas éclairé : de novembre à mars, les 240 licenciés du club ne '
        'peuvent plus s\'entraîner après 17 h 30. Nous demandons l\'installation d\'un éclairage LED sur le terrain '
        'd\'entraînement.</p></div><p class="fab-jauge">312 signatures sur les 500 nécessaires</p>' + _PETITION_FORM,
        frozenset({"petition"})),
    "/budget-participatif": (
        "Budget participatif 2025 : votez !",
        "150 000 euros pour vos projets. Choisissez jusqu'à trois projets parmi les douze retenus.",
        '<form class="fab-vote" method="post" action="/api/v1/budget-participatif/votes"><ul class="fab-projets">'
        + "".join(f'<li><input type="checkbox" name="projets" value="{i}" id="projet-{i}"><label for="projet-{i}">{t} '
                  f'<span class="fab-cout">{c}</span></label></li>'
                  for i, t, c in [(1, "Un verger partagé au Pont-Vieux", "18 000 €"),
                                  (2, "Des toilettes sèches au lac des Saints-Peyres", "32 000 €"),
                                  (3, "Une boîte à livres à la gare", "4 000 €")])
        + '</ul><button type="submit" class="fab-btn">Valider mon vote</button></form>',
        frozenset({"participatory_budget"})),
}

_BUNDLE_JS = """(function () {
  var root = document.getElementById("root");
  function draw(path) {
    fetch("%s?page=" + encodeURIComponent(path), {headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var h1 = document.createElement("h1");
        h1.textContent = data.titre;
        var chapo = document.createElement("p");
        chapo.className = "fab-chapo";
        chapo.textContent = data.chapo;
        var bloc = document.createElement("div");
        bloc.className = "fab-bloc";
        bloc.innerHTML = data.bloc;
        root.replaceChildren(h1, chapo, bloc);
        document.title = data.titre + " · La Fabrique citoyenne";
      });
  }
  document.addEventListener("click", function (event) {
    var a = event.target.closest("a");
    if (a && a.host === location.host) { event.preventDefault(); history.pushState({}, "", a.pathname); draw(a.pathname); }
  });
  window.addEventListener("popstate", function () { draw(location.pathname); });
  draw(location.pathname);
})();
""" % APP_API

_SHELL = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<title>La Fabrique citoyenne · Castelmont-sur-Agout</title>'
    '<meta name="description" content="La plateforme de participation de la ville de Castelmont-sur-Agout.">'
    '<meta name="theme-color" content="#1f5f8b"><meta property="og:site_name" content="La Fabrique citoyenne">'
    '<meta property="og:type" content="website"><link rel="icon" type="image/svg+xml" href="/static/fabrique/favicon.svg">'
    '<link rel="manifest" href="/static/fabrique/manifest.webmanifest">'
    '<link rel="preload" href="/static/fabrique/fonts/marianne-regular.woff2" as="font" type="font/woff2" crossorigin>'
    '<link rel="stylesheet" href="/static/fabrique/css/app.4b7d10.css">'
    f'<script type="module" crossorigin src="{APP_BUNDLE}"></script></head><body>'
    '<noscript>Pour utiliser la Fabrique citoyenne, activez JavaScript dans votre navigateur, ou écrivez à '
    'fabrique@castelmont-sur-agout.fr.</noscript><div id="root"></div></body></html>')


def _fabrique(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES:
        return Reply.html(_SHELL)
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "text/javascript; charset=utf-8")], _BUNDLE_JS.encode())
    if path == APP_API:
        wanted = parse_qs(query).get("page", [""])[0]
        if wanted in APP_PAGES:
            title, chapo, block, _features = APP_PAGES[wanted]
            body = json.dumps({"titre": title, "chapo": chapo, "bloc": block}, ensure_ascii=False).encode()
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")], body)
        return Reply(404, [("Content-Type", "application/json; charset=utf-8")], b'{"erreur": "page inconnue"}')
    return None


def castelmont() -> City:
    forum, fab = f"http://{CM_FORUM}", f"http://{CM_FABRIQUE}"
    pages = [
        page("/", "Accueil", m.home(
            "Castelmont-sur-Agout, cité de la laine et des ponts : bienvenue sur le site de votre ville.",
            [("La Fabrique citoyenne", "/participer/"), ("Pétitions", f"{fab}/petitions"),
             ("Budget participatif", f"{fab}/budget-participatif"), ("Forum des Castelmontais", f"{forum}/"),
             ("Droit de pétition", "/participer/droit-de-petition/"), ("Expression politique", "/vie-municipale/expression-politique/"),
             ("Forum des associations", "/actualites/forum-des-associations-2025/"), ("Nous écrire", "/contact/")],
            [("Démocratie", "La Fabrique citoyenne est en ligne", "/actualites/la-fabrique-citoyenne-est-en-ligne/",
              "8 janvier 2025", "Pétitions et budget participatif réunis sur une même plateforme."),
             ("Santé", "Maternité : une pétition nationale", "/actualites/maternite-une-petition-nationale/", "3 février 2025",
              "Le collectif des maternités rurales mobilise."),
             ("Associations", "Forum des associations 2025", "/actualites/forum-des-associations-2025/", "20 août 2025",
              "Rendez-vous le 6 septembre à la halle aux laines.")],
            [("6 septembre", "Forum des associations", "/actualites/forum-des-associations-2025/", "Halle aux laines"),
             ("20 octobre", "Fin du vote du budget participatif", f"{fab}/budget-participatif", "En ligne"),
             ("12 novembre", "Conseil municipal", "/vie-municipale/expression-politique/", "Hôtel de ville")])),
        page("/contact/", "Nous écrire",
             m.prose("Hôtel de ville, place Jean-Jaurès, 81100 Castelmont-sur-Agout. Tél. 05 63 00 71 00.")
             + m.wagtail_form("/contact/", [("text", "nom", "Nom et prénom"), ("email", "courriel", "Courriel"),
                                            ("text", "objet", "Objet"), ("textarea", "message", "Votre message"),
                                            ("checkbox", "copie", "Recevoir une copie de mon message")],
                              intro="<p>Les champs marqués sont obligatoires. Nous vous répondons sous quinze jours.</p>"),
             {"contact_form"}),
        # Presents the approach; petitions and the budget are one line each with a link: their own pages hold them.
        page("/participer/", "La Fabrique citoyenne",
             _wt(("paragraph", "<p>Depuis janvier 2025, la Fabrique citoyenne réunit les outils qui permettent aux "
                               "Castelmontais d'agir sur la vie de leur ville. Elle prolonge les comités de quartier créés en "
                               "2015 et le conseil citoyen de la Bouissonnade.</p>"),
                 ("heading", "<h2>Ce que vous pouvez faire</h2>"),
                 ("list", m.bullets([m.link(fab + "/petitions", "Lancer ou signer une pétition") + " : à 500 signatures, le "
                                     "conseil municipal en débat ;",
                                     m.link(fab + "/budget-participatif", "Voter pour le budget participatif") + " : 150 000 euros "
                                     "par an pour vos projets ;",
                                     "participer aux cinq comités de quartier, qui se réunissent chaque trimestre ;",
                                     m.link(forum + "/", "échanger sur le forum des Castelmontais") + "."])),
                 ("paragraph", f'<p>{m.link(fab + "/", "Accéder à la Fabrique citoyenne")} · '
                               f'{m.link("/participer/droit-de-petition/", "Le droit de pétition")} · '
                               f'{m.link(fab + "/mentions-legales", "Mentions légales de la Fabrique")}</p>')),
             {"participation_displayed"}),
        # The city's petition scheme, presented with its rules and a link to sign: residents start and sign
        # petitions on a space the city runs (codebook: droit de pétition, e-pétition).
        page("/participer/droit-de-petition/", "Le droit de pétition",
             _wt(("paragraph", "<p>Le règlement intérieur du conseil municipal, modifié en décembre 2024, ouvre un droit de "
                               "pétition à tous les habitants de plus de 16 ans.</p>"),
                 ("list", m.bullets(["Toute personne inscrite sur la Fabrique citoyenne peut déposer une pétition sur un sujet "
                                     "relevant de la compétence de la commune ;",
                                     "la pétition est ouverte à la signature pendant trois mois ;",
                                     "si elle réunit 500 signatures, elle est inscrite à l'ordre du jour du conseil municipal "
                                     "suivant, en présence de ses auteurs."])),
                 ("paragraph", f'<p>{m.link(fab + "/petitions", "Voir les pétitions en cours et signer")}, par exemple '
                               f'{m.link(fab + "/petitions/eclairage-du-stade-des-cigales", "celle qui demande l&#39;éclairage du stade des Cigales")}.</p>')),
             {"petition"}, parent=("La Fabrique citoyenne", "/participer/")),
        # A news item about the platform names and links it; the page itself is no platform (codebook).
        page("/actualites/la-fabrique-citoyenne-est-en-ligne/", "La Fabrique citoyenne est en ligne",
             _wt(("paragraph", "<p>Le maire a présenté le 8 janvier la Fabrique citoyenne, la nouvelle plateforme de "
                               "participation de la ville, développée avec une entreprise tarnaise. Elle remplace l'ancienne "
                               "rubrique « Vos idées » du site.</p>"),
                 ("paragraph", "<p>Coût du projet : 38 000 euros, financés pour moitié par le fonds régional pour "
                               "l'innovation. Des ateliers d'initiation auront lieu à la médiathèque chaque premier samedi du "
                               "mois pour les personnes peu à l'aise avec le numérique.</p>"),
                 ("paragraph", f'<p>Rendez-vous sur {m.link(fab + "/", "fabrique.castelmont-sur-agout.fr")}.</p>')),
             decoys={"participatory_platform"}),
        # A national petition site about a national matter: not a petition on a city-run space (codebook).
        page("/actualites/maternite-une-petition-nationale/", "Maternité : une pétition nationale",
             _wt(("paragraph", "<p>Le collectif national des maternités de proximité a lancé une pétition pour un moratoire "
                               "sur les fermetures de maternités en zone rurale. Elle est hébergée sur "
                               "<a href='https://www.mesopinions.com/petition/sante/moratoire-maternites-rurales/241876'>"
                               "mesopinions.com</a>.</p>"),
                 ("paragraph", "<p>La maternité de Castelmont n'est pas concernée à ce jour. Le conseil municipal a toutefois "
                               "voté un vœu de soutien au collectif lors de sa séance du 30 janvier.</p>")),
             decoys={"petition"}),
        page("/actualites/forum-des-associations-2025/", "Forum des associations 2025",
             _wt(("paragraph", "<p>Le forum des associations se tient le samedi 6 septembre, de 9 h 30 à 17 h, à la halle aux "
                               "laines. Plus de 120 associations sportives, culturelles et solidaires vous y attendent.</p>"),
                 ("paragraph", "<p>Démonstrations sur le podium toute la journée, buvette tenue par le comité des fêtes. "
                               "Navette gratuite depuis le parking du foirail.</p>")),
             decoys={"forum"}),
        # The groups' columns of the council: political texts, not the city presenting its approach (codebook).
        page("/vie-municipale/expression-politique/", "Expression politique",
             _wt(("paragraph", "<p>Tribunes des groupes représentés au conseil municipal. Les propos tenus n'engagent que "
                               "leurs auteurs.</p>"),
                 ("heading", "<h2>Castelmont demain</h2>"),
                 ("paragraph", "<p>La Fabrique citoyenne tient ses promesses : trois pétitions ont déjà été débattues en "
                               "conseil. Nous poursuivrons dans cette voie de la démocratie locale.</p>"),
                 ("heading", "<h2>Castelmont autrement</h2>"),
                 ("paragraph", "<p>Une plateforme ne fait pas une politique. Les comités de quartier n'ont pas été réunis depuis "
                               "six mois dans le quartier de la gare.</p>")),
             decoys={"participation_displayed", "petition"}),
    ]
    www = Site(CM, "vendor", "Ville de Castelmont-sur-Agout", pages,
               menu=[("Accueil", "/"), ("La Fabrique citoyenne", "/participer/"), ("Forum", f"{forum}/"),
                     ("Actualités", "/actualites/la-fabrique-citoyenne-est-en-ligne/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "castelmontsuragout"), social("youtube", "CastelmontSurAgout"),
                         social("instagram", "castelmont_sur_agout")],
               address="Hôtel de ville, place Jean-Jaurès, 81100 Castelmont-sur-Agout")

    f_pages = [
        page("/", "Index du forum",
             m.prose("Bienvenue sur le forum des Castelmontais, ouvert par la ville pour que les habitants échangent sur la vie "
                     "locale. Inscription gratuite ; les messages sont modérés par le service communication.")
             + m.phpbb_forums([(3, "Vie des quartiers", "Travaux, propreté, animations : parlez de votre quartier.", 24, 187,
                                "Julien81", "hier, 21:14")],
                              links=[("Site officiel de la ville", f"http://{CM}/", "Retour au site de la mairie.", 1204)]),
             {"forum"}),
        page("/viewforum.php?f=3", "Vie des quartiers",
             m.phpbb_topics(3, [(128, "Stationnement rue du Pont-Vieux le jour du marché", "Julien81", "ven. 12 sept. 2025", 14, 402),
                                (131, "Fête de quartier de la Bouissonnade : bilan", "Comité Bouissonnade", "lun. 8 sept. 2025",
                                 6, 155)], new_topic=False),
             {"forum"}),
        page("/viewtopic.php?t=128", "Stationnement rue du Pont-Vieux le jour du marché",
             m.phpbb_posts(3, 128, [
                 (1544, "Julien81", 57, "ven. 12 sept. 2025 08:40", "Stationnement rue du Pont-Vieux le jour du marché",
                  "<p>Chaque mardi, les voitures se garent sur le trottoir et les poussettes passent sur la route. Est-ce "
                  "qu'on pourrait demander des potelets ?</p>"),
                 (1547, "Martine_C", 212, "ven. 12 sept. 2025 10:02", "",
                  "<p>Même constat rue des Tanneurs. Le parking du foirail est pourtant à deux minutes.</p>"),
                 (1552, "Modérateur Mairie", 38, "lun. 15 sept. 2025 14:30", "",
                  "<p>Bonjour, votre message a été transmis aux services techniques, qui passeront constater sur place.</p>")]),
             {"forum"}),
        page("/viewtopic.php?t=131", "Fête de quartier de la Bouissonnade : bilan",
             m.phpbb_posts(3, 131, [
                 (1520, "Comité Bouissonnade", 19, "lun. 8 sept. 2025 18:05", "Fête de quartier de la Bouissonnade : bilan",
                  "<p>Merci aux 400 participants ! Les photos sont affichées au centre social.</p>"),
                 (1523, "Nadège", 4, "mar. 9 sept. 2025 07:51", "", "<p>Bravo aux bénévoles, à l'année prochaine.</p>")],
                 locked=True),
             {"forum"}),
        # The board's reply page, behind its login: part of the residents' board (brief: a forum login page);
        # a login form is no contact form (codebook).
        page("/posting.php?mode=reply&f=3&t=128", "Connexion",
             '<div class="panel"><div class="inner"><div class="content"><h2 class="login-title">Connexion</h2>'
             '<p>Vous devez être inscrit et connecté pour répondre aux sujets de ce forum.</p>'
             + m.login_form("./ucp.php?mode=login", "username", "password", "Identifiez-vous")
             + '<p><a href="./ucp.php?mode=login">J\'ai oublié mon mot de passe</a></p></div></div></div>',
             {"forum"}, decoys={"contact_form"}),
    ]
    board = Site(CM_FORUM, "phpbb", "Forum des Castelmontais", f_pages)

    x_pages = [page(path, title, "", features) for path, (title, _c, _b, features) in APP_PAGES.items()]
    fabrique = Site(CM_FABRIQUE, "vendor", "La Fabrique citoyenne", x_pages,
                    menu=[("Accueil", "/"), ("Pétitions", "/petitions"), ("Budget participatif", "/budget-participatif")],
                    address="Hôtel de ville, place Jean-Jaurès, 81100 Castelmont-sur-Agout",
                    features=PLATFORM, platforms=frozenset({"custom"}))
    return _city("98307", "Castelmont-sur-Agout", 54_900, "81", [www, board, fabrique])


# =================================================================================================
# 98308 Arvesnes-en-Artois (Pas-de-Calais): WordPress, and "Discussions arvesnoises", a Discourse forum
# =================================================================================================

AR = "www.arvesnes-en-artois.fr"
AR_DISCOURSE = "discussions.arvesnes-en-artois.fr"


def arvesnes() -> City:
    disc = f"http://{AR_DISCOURSE}"
    pb = "/budget-participatif/"
    topics = [("/t/stationnement-rue-jean-jaures/212", "Stationnement rue Jean-Jaurès : ça devient impossible",
               "Quartiers", 18, 640, "2 j"),
              ("/t/fibre-a-la-cite-des-fleurs/230", "La fibre à la cité des Fleurs, quelqu'un a des nouvelles ?",
               "Quartiers", 7, 212, "5 h")]
    pages = [
        page("/", "Accueil", m.home(
            "Arvesnes-en-Artois, ville du bassin minier qui se réinvente : bienvenue sur le site officiel de la ville.",
            [("Nous contacter", "/contactez-nous/"), ("Boîte à idées", "/boite-a-idees/"), ("Cœur de projets", pb),
             ("Je vote", pb + "je-vote/"), ("Discussions arvesnoises", f"{disc}/"),
             ("Entraide entre voisins", "/vivre-a-arvesnes/entraide-entre-voisins/"),
             ("Application Arvesnes & moi", "/vivre-a-arvesnes/application-arvesnes-et-moi/"),
             ("Sports et loisirs", "/vivre-a-arvesnes/sports-et-loisirs/")],
            [("Cadre de vie", "Une nouvelle aire de jeux au parc Lebas", "/actualites/nouvelle-aire-de-jeux-au-parc-lebas/",
              "14 avril 2025", "Toboggans, tyrolienne et jeux inclusifs."),
             ("Seniors", "Seniors : donnez votre avis", "/actualites/seniors-donnez-votre-avis/", "7 avril 2025",
              "Un questionnaire pour préparer le plan bien-vieillir."),
             ("Mandat", "Mi-mandat : le bilan", "/actualites/mi-mandat-le-bilan/", "1er avril 2025",
              "Trois ans d'action municipale en chiffres."),
             ("Conseil municipal", "Conseil municipal du 12 juin", "/actualites/conseil-municipal-du-12-juin/", "5 juin 2025",
              "L'ordre du jour de la prochaine séance.")],
            [("12 juin", "Conseil municipal", "/actualites/conseil-municipal-du-12-juin/", "Hôtel de ville"),
             ("21 juin", "Fête de la Saint-Jean au parc Lebas", "/actualites/nouvelle-aire-de-jeux-au-parc-lebas/", "Parc Lebas"),
             ("30 juin", "Clôture du vote Cœur de projets", pb + "je-vote/", "En ligne et en mairie")])),
        # Ninja Forms draws the form in the browser from the settings printed in the page; a resident still finds a
        # form to write a message to the city (codebook).
        page("/contactez-nous/", "Contactez-nous",
             m.prose("Mairie d'Arvesnes-en-Artois, 1 place Jean-Jaurès, 62590 Arvesnes-en-Artois. Tél. 03 21 00 44 00.",
                     "Remplissez le formulaire ci-dessous, le service concerné vous répondra dans les meilleurs délais.")
             + m.ninja_forms(2, "Contactez-nous", [("textbox", "Nom", True), ("email", "Adresse e-mail", True),
                                                   ("phone", "Téléphone", False), ("textarea", "Message", True)]),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/boite-a-idees/", "Boîte à idées",
             m.prose("Vous avez une idée pour rendre Arvesnes plus agréable, plus solidaire, plus verte ? L'équipe municipale "
                     "veut l'entendre. Toutes les idées sont étudiées en commission et chacune reçoit une réponse.")
             + m.cf7(311, "/boite-a-idees/", [("your-name", "Votre nom", "text"), ("your-email", "Votre e-mail", "email"),
                                              ("quartier", "Votre quartier", ["Centre", "Cité des Fleurs", "Le Marais", "La Fosse 7"]),
                                              ("idee", "Votre idée", "textarea")], "Envoyer mon idée"),
             # The ideas box is also a free-text message to the city: a contact form by the codebook's definition.
             {"suggestion_call", "contact_form"}),
        page(pb, "Cœur de projets, le budget participatif d'Arvesnes",
             m.prose("Avec Cœur de projets, la ville consacre chaque année 200 000 euros à des projets proposés puis choisis par "
                     "les habitants. Depuis 2022, 23 projets ont vu le jour : jardins partagés, boîtes à livres, parcours de "
                     "santé, fresques.",
                     "Édition 2025 : les 14 projets retenus après l'étude des services sont soumis au vote jusqu'au 30 juin. "
                     f'{m.link(pb + "je-vote/", "Je vote pour mes projets préférés")}.',
                     "Les projets lauréats de 2024 : la fresque de la Fosse 7, un terrain de pétanque couvert au Marais et des "
                     "bancs le long de la véloroute."),
             {"participatory_budget"}),
        page(pb + "je-vote/", "Cœur de projets 2025 : je vote",
             m.prose("Choisissez trois projets au maximum. Un vote par habitant de plus de 11 ans ; votre adresse permet de "
                     "vérifier que vous habitez Arvesnes.")
             + '<form class="vote-cdp" method="post" action="/budget-participatif/je-vote/"><fieldset><legend>Les projets</legend>'
             + "".join(f'<p><input type="checkbox" name="projets[]" value="{i}" id="cdp-{i}"><label for="cdp-{i}">{t} '
                       f'<em>({c})</em></label></p>'
                       for i, t, c in [(1, "Des nichoirs dans les écoles", "6 000 €"), (2, "Un city-stade à la cité des Fleurs",
                                                                                       "78 000 €"),
                                       (3, "Une grainothèque à la médiathèque", "3 500 €"),
                                       (4, "Éclairer le chemin de la Fosse 7", "41 000 €")])
             + '</fieldset><fieldset><legend>Vos coordonnées</legend><p><label for="cdp-nom">Nom</label>'
               '<input id="cdp-nom" name="nom" required></p><p><label for="cdp-adresse">Adresse à Arvesnes</label>'
               '<input id="cdp-adresse" name="adresse" required></p><p><label for="cdp-email">E-mail</label>'
               '<input id="cdp-email" name="email" type="email" required></p></fieldset>'
               '<p><button type="submit">Valider mon vote</button></p></form>',
             {"participatory_budget"}, parent=("Cœur de projets", pb)),
        page("/actualites/nouvelle-aire-de-jeux-au-parc-lebas/", "Une nouvelle aire de jeux au parc Lebas",
             m.prose("L'aire de jeux du parc Lebas a rouvert le 12 avril après trois mois de travaux. Elle accueille désormais "
                     "une tyrolienne de 25 mètres, un toboggan géant et une balançoire nid adaptée aux enfants en fauteuil.",
                     "Le sol souple a été entièrement refait et des bancs ombragés installés pour les parents. Coût : 186 000 "
                     "euros, dont 40 000 euros de la Caisse d'allocations familiales.")
             + m.disqus("arvesnes-en-artois", f"http://{AR}/actualites/nouvelle-aire-de-jeux-au-parc-lebas/", "post-4417"),
             {"comments"}),
        page("/actualites/seniors-donnez-votre-avis/", "Seniors : donnez votre avis",
             m.prose("La ville prépare son plan bien-vieillir 2026-2030 avec le centre communal d'action sociale. Vous avez plus "
                     "de 60 ans, ou vous accompagnez un proche âgé ? Répondez à ce questionnaire en ligne avant le 31 mai.",
                     "Des exemplaires papier sont aussi disponibles à l'accueil de la mairie et dans les résidences autonomie.")
             + m.microsoft_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__hT4sQ5UMkxWS0w1UjZZRVgyUk9XSUNTWlY1V1c2Ni4u"),
             {"poll"}),
        page("/vivre-a-arvesnes/sports-et-loisirs/", "Sports et loisirs",
             m.prose("Arvesnes compte 54 associations sportives, deux gymnases, une piscine et un stade. La carte Pass'Sport "
                     "municipale offre 30 euros de réduction sur la licence des moins de 18 ans.")
             + '<aside class="widget-area sidebar">' + m.democracy_poll(
                 6, "Quel nouvel équipement sportif souhaitez-vous en priorité ?",
                 ["Un skatepark", "Un terrain de padel", "Un parcours de course éclairé", "Une salle d'escalade"]) + "</aside>",
             {"poll"}),
        page("/vivre-a-arvesnes/entraide-entre-voisins/", "Entraide entre voisins",
             m.prose("Depuis 2023, la ville propose à tous les Arvesnois de rejoindre Voisins d'Arvesnes, le réseau social de "
                     "quartier de la commune. Sur l'application, chacun peut proposer ou demander un service, prêter un outil, "
                     "partager une information avec les habitants de son quartier.",
                     "Les agents de la ville y relaient les alertes (travaux, météo, coupures) et les associations y annoncent "
                     "leurs activités. Le réseau compte 3 100 membres répartis en six quartiers.",
                     "Téléchargez l'application sur <a href=\"https://apps.apple.com/fr/app/voisins-d-arvesnes/id6449912031\">l'App "
                     "Store</a> ou <a href=\"https://play.google.com/store/apps/details?id=fr.arvesnes.voisins\">Google Play</a>, "
                     "puis rejoignez votre quartier avec le code remis en mairie."),
             {"territorial_social_network"}),
        # A city app for reports and alerts: no exchange between residents, so no local social network (codebook).
        page("/vivre-a-arvesnes/application-arvesnes-et-moi/", "Application Arvesnes & moi",
             m.prose("Avec l'application Arvesnes & moi, signalez en quelques secondes un dépôt sauvage, un lampadaire en panne ou "
                     "un nid-de-poule : votre signalement, photo et géolocalisation à l'appui, arrive directement aux services "
                     "techniques.",
                     "L'application donne aussi accès à l'agenda, aux menus de la cantine et aux alertes de la ville. Elle ne "
                     "permet pas d'échanger avec les autres utilisateurs."),
             decoys={"territorial_social_network"}),
        # The council's own agenda, even when it names the neighbourhood councils (codebook: conseil municipal).
        page("/actualites/conseil-municipal-du-12-juin/", "Conseil municipal du 12 juin",
             m.prose("Le conseil municipal se réunira le jeudi 12 juin à 18 h 30 en salle des mariages. La séance est publique "
                     "et retransmise en direct sur la chaîne YouTube de la ville.")
             + m.bullets(["Approbation du procès-verbal de la séance du 3 avril ;", "Compte administratif 2024 ;",
                          "Désignation des représentants de la ville aux conseils de quartier ;",
                          "Tarifs de la restauration scolaire 2025-2026 ;", "Questions diverses."]),
             decoys={"participation_displayed"}),
        # A long review of the term mentions the ideas box, the forum and the participatory budget only in passing.
        page("/actualites/mi-mandat-le-bilan/", "Mi-mandat : le bilan",
             m.prose("Trois ans après les élections, le maire a présenté le 28 mars le bilan de mi-mandat devant plus de 300 "
                     "habitants réunis à la salle des fêtes.",
                     "Côté écoles, deux groupes scolaires ont été rénovés et la cantine sert désormais 50 % de produits locaux. "
                     "Côté cadre de vie, 1 200 arbres ont été plantés et l'éclairage public est entièrement passé en LED.",
                     "La municipalité a aussi voulu mieux écouter : plus de 600 idées sont arrivées dans la boîte à idées, le "
                     "budget participatif a financé 23 projets et plus de mille habitants échangent sur les Discussions "
                     "arvesnoises.",
                     "Pour la seconde moitié du mandat, les priorités sont la rénovation de la cité des Fleurs, la nouvelle "
                     "médiathèque et la sécurité aux abords des écoles."),
             decoys={"suggestion_call", "forum", "participatory_budget"}),
    ]
    www = Site(AR, "wordpress", "Arvesnes-en-Artois", pages,
               menu=[("Accueil", "/"), ("Cœur de projets", pb), ("Boîte à idées", "/boite-a-idees/"),
                     ("Discussions", f"{disc}/"), ("Vivre à Arvesnes", "/vivre-a-arvesnes/sports-et-loisirs/"),
                     ("Contact", "/contactez-nous/")],
               accounts=[social("facebook", "ArvesnesEnArtois"), social("youtube", "VilleArvesnes"),
                         social("x", "Arvesnes62", "https://twitter.com/Arvesnes62"),
                         social("mastodon", "arvesnes@mastodon.social", "https://mastodon.social/@arvesnes")],
               address="Mairie, 1 place Jean-Jaurès, 62590 Arvesnes-en-Artois")

    d_pages = [
        page("/", "Derniers sujets",
             m.prose("Les Discussions arvesnoises sont le forum des habitants d'Arvesnes-en-Artois, hébergé par la ville. "
                     "Merci de lire les " + m.link("/guidelines", "règles de bonne conduite") + " avant de poster.")
             + m.discourse_topics(topics) + m.prose(m.link("/c/quartiers/5", "Catégorie Quartiers")),
             {"forum"}),
        page("/c/quartiers/5", "Quartiers", m.prose("Ce qui se passe dans votre quartier : travaux, voisinage, commerces.")
             + m.discourse_topics(topics), {"forum"}),
        page("/t/stationnement-rue-jean-jaures/212", "Stationnement rue Jean-Jaurès : ça devient impossible",
             m.discourse_posts([
                 ("thierry_62", "3 mai 2025", "<p>Depuis l'ouverture de la supérette, impossible de se garer le soir rue "
                                              "Jean-Jaurès. Une zone bleue serait-elle envisageable ?</p>", 12),
                 ("Ville d'Arvesnes", "5 mai 2025", "<p>Bonjour, une étude de stationnement du centre est en cours, ses "
                                                    "conclusions seront présentées en conseil de quartier en juin.</p>", 20),
                 ("claire.d", "6 mai 2025", "<p>Une zone bleue, oui, mais avec des macarons pour les riverains.</p>", 7)]),
             {"forum"}),
        page("/t/fibre-a-la-cite-des-fleurs/230", "La fibre à la cité des Fleurs, quelqu'un a des nouvelles ?",
             m.discourse_posts([
                 ("sabrina_f", "11 mai 2025", "<p>Les travaux ont été faits rue des Lilas mais personne n'est raccordable.</p>", 3),
                 ("bertrand", "11 mai 2025", "<p>Pareil rue des Roses, l'opérateur parle de septembre.</p>", 1)]),
             {"forum"}),
    ]
    discussions = Site(AR_DISCOURSE, "discourse", "Discussions arvesnoises", d_pages,
                       menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5"), ("Site de la ville", f"http://{AR}/")])
    return _city("98308", "Arvesnes-en-Artois", 67_500, "62", [www, discussions])


# =================================================================================================

@functools.lru_cache(maxsize=1)
def _all():
    return (bourg_veran(), pors_lanvern(), saint_amand(), rocheblave(), auberive(), lussac(), castelmont(), arvesnes())


def cities():
    """The eight communes of the fourth part, in seed order."""
    return list(_all())


def hosts():
    """The host whose pages a script draws: an empty shell, its bundle and its JSON API."""
    site = next(s for city in _all() for s in city.sites if s.host == CM_FABRIQUE)
    return {CM_FABRIQUE: CustomHost(site, _fabrique)}
