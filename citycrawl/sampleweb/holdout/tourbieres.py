"""Holdout part "tourbières": eight communes of 16,000 to 46,000 inhabitants seen through their ecological
transition (plan climat, plan vélo, green or climate participatory budgets, greening calls, climate assemblies),
on WordPress, Drupal, SPIP, Joomla, TYPO3 and agency CMSs, with Decidim, Cap Collectif, Go Vocal, CONSUL,
Jenparle, id-city, a LimeSurvey instance, a home-made space, forums and a neighbours' network; and the
lookalikes such sites hold."""
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import tourbieres_markup as m


def _home(intro, quick, news, events, extra=""):
    return (m.cookie_banner() + m.prose(intro) + m.quick_access(quick) + m.teasers(news) + m.agenda(events) + extra)


# ---- layouts of the hosts rendered outside the framework's themes ---------------------------------

def _jenparle(site, pg):
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{escape(h)}">{escape(t)}</a></li>' for t, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(pg.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/build/jenparle-front.4d1e9a.css"><script src="/build/runtime.0b2c1f.js" defer></script>
<script src="/build/jenparle-front.77ac0e.js" defer></script></head>
<body class="jp-front jp-theme-collectivite">
<header class="jp-header"><a class="jp-header__brand" href="/">{escape(site.title)}</a>
<nav class="jp-nav"><ul class="navbar-nav">{menu}</ul></nav><a class="btn jp-btn-login" href="/connexion">Se connecter</a></header>
<main class="jp-main container"><h1 class="jp-title">{escape(pg.title)}</h1>{pg.body}</main>
<footer class="jp-footer"><a href="/cgu">CGU</a> · <a href="/donnees-personnelles">Données personnelles</a>
<p class="jp-powered">Plateforme de concertation <a href="https://www.jenparle.net/">Jenparle</a></p></footer>
</body></html>"""


def _idcity(site, pg):
    menu = "".join(f'<a class="header-link" href="{escape(h)}">{escape(t)}</a>' for t, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(pg.title)} | {escape(site.title)}</title>
<meta name="description" content="Plateforme citoyenne de {escape(site.title)}">
<link rel="stylesheet" href="/static/css/idcity-app.min.css?v=5.12"><script src="/static/js/idcity-app.min.js?v=5.12" defer></script></head>
<body class="idcity-portal">
<div class="idc-topbar"><a class="idc-logo" href="/">{escape(site.title)}</a><nav class="idc-menu">{menu}</nav>
<a class="idc-account" href="/compte/connexion">Mon compte</a></div>
<section class="idc-content"><h1 class="idc-page-title">{escape(pg.title)}</h1>{pg.body}</section>
<footer class="idc-footer"><a href="/mentions">Mentions légales</a> · Une plateforme <a href="https://www.id-city.fr/">id-city</a></footer>
</body></html>"""


def _limesurvey(site, pg):
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(pg.title)}</title>
<link rel="stylesheet" type="text/css" href="/tmp/assets/7d8e1a2b/survey.css" />
<link rel="stylesheet" type="text/css" href="/themes/survey/vanilla/css/theme.css" />
<script type="text/javascript" src="/tmp/assets/4c2d9f1e/jquery-3.5.1.min.js"></script></head>
<body class="vanilla lang-fr group-by-group brand-{escape(site.title.lower().replace(' ', '-'))}">
<div id="beginScripts"></div>
<article class="container"><div class="group-outer-container"><div id="survey-title" class="survey-name text-center"><h1>{escape(pg.title)}</h1></div>
{pg.body}
</div></article>
<footer class="ls-footer"><a href="/">{escape(site.title)}</a> · <a href="https://www.limesurvey.org" target="_blank">Donner votre avis en ligne avec LimeSurvey</a></footer>
</body></html>"""


def _homemade(site, pg):
    menu = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in site.menu)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(pg.title)} — {escape(site.title)}</title>
<link rel="stylesheet" href="/assets/jp.css?20240902"><script src="/assets/jp.js?20240902" defer></script></head>
<body class="espace-participatif">
<header class="ep-header"><a class="ep-logo" href="/">{escape(site.title)}</a><nav class="ep-nav"><ul>{menu}</ul></nav>
<a class="ep-connexion" href="/mon-espace">Mon espace</a></header>
<main class="ep-main"><h1>{escape(pg.title)}</h1>{pg.body}</main>
<footer class="ep-footer"><p>Un service de la mairie de Sarlhac-des-Mouillères — <a href="http://www.sarlhac-des-mouilleres.fr/">retour au site de la ville</a></p></footer>
</body></html>"""


def _custom(site, layout):
    def special(request):
        pg = site.by_path.get(request.target)
        if pg is None:
            return None
        return Reply.html(layout(site, pg))
    return CustomHost(site, special)


# =================================================================================================
# 99161 Wasnières-la-Fagne (Nord): WordPress, and a Decidim "Participer" for its budget climat.
# =================================================================================================
W_WWW = "www.wasnieres-la-fagne.fr"
W_DEC = "participer.wasnieres-la-fagne.fr"


def _wasnieres():
    dec = f"http://{W_DEC}"
    side = m.newsletter_mailpoet("/newsletter/") + m.teasers(
        [("/actualites/jardin-partage-des-tilleuls/", "Le jardin des Tilleuls rouvre", "Inscriptions ouvertes.")], "À la une")
    www = [
        page("/", "Accueil", _home(
            "Bienvenue à Wasnières-la-Fagne, ville des marais de la Fagne. Retrouvez vos démarches, l'actualité et les projets de la transition.",
            [("/transition-ecologique/", "Transition écologique"), ("/mobilite/plan-velo/", "Plan vélo"),
             ("/dechets/calendrier/", "Calendrier des collectes"), ("/dechets/composteurs/", "Composteurs"),
             ("/conseils-de-quartier/", "Conseils de quartier"), ("/contact/", "Contact"),
             (dec + "/", "Participer en ligne")],
            [("/actualites/jardin-partage-des-tilleuls/", "Le jardin des Tilleuls rouvre", "Vingt parcelles et un composteur."),
             ("/actualites/budget-primitif-2025/", "Budget primitif 2025 voté", "Les grandes lignes du budget."),
             ("/actualites/maisons-fleuries/", "Maisons et balcons fleuris", "Inscrivez-vous avant le 15 juin."),
             ("/actualites/alerte-pollens/", "Pollens de bouleau : vigilance", "Risque allergique élevé cette semaine."),
             ("/actualites/participation-citoyenne-gendarmerie/", "Protocole avec la gendarmerie", "Signature en mairie."),
             ("/actualites/ligne-ter/", "Ligne TER : la ville mobilisée", "Motion du conseil.")],
            [("12 avril", "/actualites/conseil-municipal-avril/", "Conseil municipal"),
             ("20 avril", "/vie-associative/forum-des-associations/", "Forum des associations")]),
             features={"participation_displayed"} and (), decoys=()),
        page("/transition-ecologique/", "Wasnières en transition", m.prose(
            "La ville s'est fixé une trajectoire : réduire de moitié les émissions de gaz à effet de serre de ses bâtiments d'ici 2030.",
            "Cette transition ne se fera pas sans les habitants. Depuis 2022, chaque grande décision environnementale passe par une phase de concertation : "
            "ateliers dans les quartiers, balades urbaines, consultations en ligne sur la plateforme Participer.",
            "Le budget climat, doté de 250 000 euros, permet aux Wasniérois de proposer puis de choisir des projets qui rafraîchissent et verdissent la ville.")
             + m.links([("/transition-ecologique/plan-climat/", "Le plan climat (PCAET)"),
                        ("/transition-ecologique/permis-de-vegetaliser/", "Le permis de végétaliser"),
                        (dec + "/processes/budget-climat", "Le budget climat sur Participer"),
                        ("/conseils-de-quartier/", "Les conseils de quartier")]),
             {"participation_displayed"}),
        page("/transition-ecologique/plan-climat/", "Plan climat-air-énergie territorial", m.prose(
            "Le PCAET de la communauté de communes de la Fagne a été arrêté en conseil communautaire. Il fixe 42 actions pour six ans.",
            "Avant son adoption définitive, une concertation est ouverte à tous : trois ateliers publics se tiennent en mairie annexe et une consultation "
            f"en ligne recueille vos remarques sur <a href='{dec}/processes/pcaet'>la plateforme Participer</a>.")
             + m.download("/wp-content/uploads/2025/02/pcaet-fagne-synthese.pdf", "Synthèse du PCAET"),
             {"participation_displayed"}, parent=("Transition écologique", "/transition-ecologique/")),
        # an authorisation request: the form carries a free-text description sent to the city's green spaces service
        page("/transition-ecologique/permis-de-vegetaliser/", "Permis de végétaliser", m.prose(
            "Pied d'arbre, jardinière, façade : vous pouvez jardiner l'espace public devant chez vous. La ville délivre une autorisation gratuite pour trois ans.",
            "Les services techniques étudient chaque demande (réseaux enterrés, largeur de trottoir de 1,40 m) puis préparent la fosse.")
             + m.cf7("/transition-ecologique/permis-de-vegetaliser/", 812, message_label="Décrivez l'emplacement et vos plantations"),
             {"contact_form"}, decoys={"suggestion_call"}, parent=("Transition écologique", "/transition-ecologique/")),
        page("/mobilite/plan-velo/", "Plan vélo 2025-2030 : répondez au questionnaire", m.with_sidebar(
            m.prose("La ville prépare son plan vélo : itinéraires vers les écoles, stationnement sécurisé, zones 30.",
                    "Avant de dessiner le réseau, nous voulons connaître vos trajets. Le questionnaire est ouvert jusqu'au 30 mai.")
            + m.gravity_survey(4, "/mobilite/plan-velo/", "Vos déplacements à vélo", [
                ("À quelle fréquence utilisez-vous un vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
                ("Qu'est-ce qui vous freine ?", ["Le manque de pistes", "La sécurité", "Le stationnement", "Rien"]),
                ("Quel aménagement faire en priorité ?", ["Rue de Lille", "Avenue des Marais", "Accès à la gare"])])
            + m.links([("/mobilite/plan-velo/resultats-2023/", "Résultats de l'enquête 2023 sur le stationnement")]), side),
             {"poll"}),
        page("/mobilite/plan-velo/resultats-2023/", "Stationnement vélo : les résultats de 2023", m.prose(
            "L'enquête de 2023 est close. 634 personnes y ont répondu ; les arceaux ont été posés là où vous les demandiez.")
             + m.wp_polls_closed(3, "Où manque-t-il des arceaux ?", [("Gare", 48, 304), ("Centre", 37, 235), ("Écoles", 15, 95)], 634),
             decoys={"poll"}, parent=("Plan vélo", "/mobilite/plan-velo/")),
        page("/actualites/budget-primitif-2025/", "Budget primitif 2025", m.prose(
            "Le conseil municipal a adopté le budget primitif : 41,2 millions d'euros, dont 9,8 millions d'investissement.",
            "Priorités : rénovation thermique de l'école Pasteur, voirie, éclairage LED. Les taux d'imposition restent stables.")
             + m.download("/wp-content/uploads/2025/03/bp2025.pdf", "Rapport de présentation du budget"),
             decoys={"participatory_budget"}),
        page("/actualites/conseil-municipal-avril/", "Conseil municipal du 12 avril", m.prose(
            "Ordre du jour : approbation du procès-verbal, décision modificative n°1, tarifs du centre aquatique, convention avec le SIVOM.",
            "La séance est publique et retransmise en direct.") + m.download("/wp-content/uploads/2025/04/odj-cm.pdf", "Ordre du jour", "PDF, 180 Ko"),
             decoys={"participation_displayed"}),
        page("/actualites/maisons-fleuries/", "Concours des maisons et balcons fleuris", m.prose(
            "Le concours récompense les jardins, balcons et façades qui embellissent la ville. Le jury passe en juillet.")
             + m.registration_form("/actualites/maisons-fleuries/", "Inscription au concours"),
             decoys={"suggestion_call", "contact_form"}),
        page("/actualites/jardin-partage-des-tilleuls/", "Le jardin partagé des Tilleuls rouvre", m.prose(
            "Après l'hiver, le jardin partagé du quartier des Tilleuls accueille à nouveau ses jardiniers. Vingt parcelles, un récupérateur d'eau et un composteur collectif.",
            "L'association Les Racines tient une permanence le samedi matin.")
             + m.wp_comments([("Odile", "3 mars", "Bonne nouvelle, reste-t-il des parcelles pour les familles ?"),
                              ("Les Racines", "4 mars", "Oui, deux parcelles, passez le samedi !")], post_id=531)
             + m.share_buttons(f"http://{W_WWW}/actualites/jardin-partage-des-tilleuls/"), {"comments"}),
        page("/actualites/alerte-pollens/", "Pollens de bouleau : vigilance", m.prose(
            "Le Réseau national de surveillance aérobiologique annonce un risque allergique élevé. Aérez tôt le matin et rincez vos cheveux le soir.",
            "Les indices de qualité de l'air sont publiés chaque jour par l'observatoire régional.")),
        # the gendarmerie's watch scheme, named "participation citoyenne": not the city's participatory approach
        page("/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne : le protocole signé", m.prose(
            "Le maire et le commandant de la brigade ont signé le protocole « participation citoyenne ». Des référents de quartier "
            "signalent aux gendarmes les faits inhabituels (démarchages, véhicules suspects).",
            "Ce dispositif de prévention de la délinquance complète l'opération tranquillité vacances."),
             decoys={"participation_displayed"}),
        page("/actualites/ligne-ter/", "Ligne TER : la ville mobilisée", m.prose(
            "Le conseil municipal a adopté une motion pour le maintien de la desserte cadencée vers Lille.",
            "Un collectif d'usagers a lancé une pétition sur <a href='https://www.change.org/p/gardons-nos-ter-de-la-fagne'>change.org</a> ; la ville la relaie sans en être l'auteur."),
             decoys={"petition"}),
        page("/dechets/calendrier/", "Calendrier des collectes", m.prose(
            "Ordures ménagères le lundi, emballages le jeudi des semaines paires, déchets verts d'avril à novembre.")
             + m.links([("/dechets/composteurs/", "Réserver un composteur")])),
        page("/dechets/composteurs/", "Réserver un composteur", m.prose(
            "La communauté de communes fournit un composteur de 400 litres pour 15 euros. Retrait au centre technique.")
             + m.booking_form("/dechets/composteurs/", "Réservation", ["Samedi 5 avril, 9 h", "Samedi 12 avril, 9 h"]),
             decoys={"contact_form"}),
        page("/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier réunissent habitants volontaires, associations et élus référents. Ils se réunissent trois fois par an "
            "et disposent d'une enveloppe pour de petits aménagements.",
            "Tout habitant de plus de seize ans peut s'y inscrire.")
             + m.links([("/conseils-de-quartier/fagne-nord/", "Fagne Nord : compte rendu de mars")]), {"participation_displayed"}),
        page("/conseils-de-quartier/fagne-nord/", "Conseil de quartier Fagne Nord", m.prose(
            "Réunion du 18 mars : 27 participants. Points abordés : sécurisation de la sortie d'école, plantation de la placette, bacs à compost.",
            "Prochaine réunion en juin, salle des Saules. Les habitants peuvent proposer des points à l'ordre du jour auprès de l'élu référent."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/conseils-de-quartier/")),
        page("/vie-associative/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations se tient à la salle Vauban. Plus de soixante associations présentent leurs activités."),
             decoys={"forum"}),
        page("/newsletter/", "Lettre d'information", m.prose("Recevez chaque mois l'actualité de la ville.")
             + m.newsletter_mailpoet("/newsletter/"), decoys={"contact_form"}),
        page("/contact/", "Contacter la mairie", m.prose("Hôtel de ville, ouvert du lundi au vendredi de 8 h 30 à 17 h 30.")
             + m.cf7("/contact/", 6, ["Accueil", "État civil", "Urbanisme", "Services techniques"]), {"contact_form"}),
    ]
    wsite = Site(W_WWW, "wordpress", "Wasnières-la-Fagne", www,
                 menu=[("Accueil", "/"), ("Transition", "/transition-ecologique/"), ("Mobilité", "/mobilite/plan-velo/"),
                       ("Participer", dec + "/"), ("Newsletter", "/newsletter/"), ("Contact", "/contact/")],
                 accounts=[social("facebook", "VilleWasnieres"), social("instagram", "wasnieres_la_fagne")],
                 address="Hôtel de ville, place du Général-de-Gaulle, 59000 Wasnières-la-Fagne")
    proc = "/processes/budget-climat"
    dpages = [
        page("/", "Participer à Wasnières", m.prose("La plateforme de participation de la ville.")
             + m.links([(proc, "Budget climat 2025"), ("/processes/pcaet", "Concertation sur le plan climat")]),
             {"participation_displayed"}),
        page(proc, "Budget climat 2025", m.prose(
            "250 000 euros pour des projets qui rafraîchissent la ville : arbres, ombrières, désimperméabilisation, récupération d'eau.",
            "Étape en cours : dépôt des projets jusqu'au 31 mai. Vote en octobre.")
             + m.steps([("mars-mai", "Dépôt des projets", "active"), ("juin-sept.", "Analyse", "future"), ("octobre", "Vote", "future")])
             + m.links([(proc + "/f/12/proposals", "Voir et déposer des projets"), ("/pages/budget-climat-reglement", "Le règlement")]),
             {"participatory_budget"}),
        page(proc + "/f/12/proposals", "Projets déposés", m.prose("Vous avez une idée pour votre rue ? Déposez votre projet : il suffit de créer un compte.")
             + '<a class="button button__sm button__secondary" href="/users/sign_in">Déposer un projet</a>'
             + m.decidim_card(proc + "/f/12/proposals/341", "Des arbres dans la cour de l'école Pasteur", ["Fagne Nord", "12 soutiens"])
             + m.decidim_card(proc + "/f/12/proposals/347", "Un récupérateur d'eau au jardin des Tilleuls", ["Tilleuls", "5 soutiens"]),
             {"participatory_budget", "suggestion_call"}),
        page(proc + "/f/12/proposals/341", "Des arbres dans la cour de l'école Pasteur", m.prose(
            "Remplacer 300 m² d'enrobé par de la pleine terre et planter six tilleuls pour faire de l'ombre aux enfants.", "Coût estimé : 38 000 euros.")
             + m.decidim_comments([("Parents d'élèves", "il y a 3 jours", "Nous soutenons, la cour est brûlante en juin."),
                                   ("Karim B.", "il y a 2 jours", "Pensez aux récupérateurs d'eau pour l'arrosage.")], 341),
             {"participatory_budget", "comments"}),
        page(proc + "/f/12/proposals/347", "Un récupérateur d'eau au jardin des Tilleuls", m.prose(
            "Une cuve de 5 m³ reliée au toit du local associatif.", "Coût estimé : 6 000 euros."), {"participatory_budget"}),
        page("/pages/budget-climat-reglement", "Règlement du budget climat", m.prose(
            "Article 1 : tout habitant de plus de onze ans peut déposer un projet d'intérêt général relevant de l'investissement.",
            "Article 4 : chaque projet ne peut dépasser 60 000 euros. Article 7 : le vote a lieu en ligne et en mairie."),
             {"participatory_budget"}),
        page("/processes/pcaet", "Concertation sur le plan climat", m.prose(
            "Donnez votre avis sur les 42 actions du PCAET. Les contributions sont analysées par le bureau d'études et présentées en conseil communautaire.")
             + m.links([("/processes/pcaet/f/15/surveys", "Répondre au questionnaire")]), {"participation_displayed"}),
        page("/processes/pcaet/f/15/surveys", "Questionnaire : vos priorités pour le climat",
             '<div class="survey"><form class="answer-questionnaire" action="/processes/pcaet/f/15/surveys/answer" method="post">'
             '<div class="question" data-max-choices="1"><label>Quelle action vous semble prioritaire ?</label>'
             '<input type="radio" name="questionnaire[responses][0][choices][]" value="1" id="r1"><label for="r1">Rénovation des logements</label>'
             '<input type="radio" name="questionnaire[responses][0][choices][]" value="2" id="r2"><label for="r2">Transports en commun</label>'
             '<input type="radio" name="questionnaire[responses][0][choices][]" value="3" id="r3"><label for="r3">Protection des tourbières</label></div>'
             '<input type="checkbox" name="questionnaire[tos_agreement]" id="tos"><label for="tos">J\'accepte les conditions</label>'
             '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form></div>',
             {"poll"}),
    ]
    dsite = Site(W_DEC, "decidim", "Participer à Wasnières", dpages,
                 menu=[("Accueil", "/"), ("Processus", proc), ("Plan climat", "/processes/pcaet")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99161", "Wasnières-la-Fagne", 38_400, "59", "32", "Hauts-de-France", f"http://{W_WWW}/", [wsite, dsite])


# =================================================================================================
# 99162 Saint-Ouen-des-Tourbes (Seine-Maritime): Drupal 10 with Webform, a "budget vert" on Cap Collectif.
# =================================================================================================
S_WWW = "www.saint-ouen-des-tourbes.fr"
S_CAP = "saint-ouen-des-tourbes.cap-collectif.com"


def _saint_ouen():
    cap = f"http://{S_CAP}"
    www = [
        page("/", "Accueil", _home(
            "Saint-Ouen-des-Tourbes, 27 900 habitants entre Seine et marais : toute l'information municipale.",
            [("/participation-citoyenne", "Agir ensemble"), ("/participation-citoyenne/budget-vert", "Budget vert"),
             ("/participation-citoyenne/boite-a-idees", "Boîte à idées"), ("/demarches/reservation-salle", "Réserver une salle"),
             ("/contact", "Contact"), ("/actualites/qualite-de-l-air", "Qualité de l'air")],
            [("/actualites/enquete-publique-parc-eolien", "Parc éolien des Hauts-Prés : enquête publique", "Du 2 au 30 juin."),
             ("/actualites/recensement-2026", "Recensement de la population", "Un agent recenseur passera chez vous."),
             ("/actualites/enquete-energie-menages", "Enquête sur la consommation d'énergie", "Menée par un institut pour le gestionnaire du réseau."),
             ("/actualites/appel-a-projets-associations", "Subventions 2026 : appel à projets", "Dossiers avant le 15 novembre."),
             ("/actualites/jardin-partage-des-mares", "Un nouveau jardin partagé aux Mares", "Inauguration samedi."),
             ("/actualites/budget-primitif", "Le budget primitif adopté", "Investir sans augmenter les impôts.")],
            [("3 mai", "/forum-de-l-emploi", "Forum de l'emploi et de l'alternance"),
             ("14 mai", "/participation-citoyenne/conseils-de-quartier", "Conseil de quartier des Mares")])),
        page("/participation-citoyenne", "Agir ensemble", m.prose(
            "« Agir ensemble » rassemble les démarches qui permettent aux Audoniens de peser sur les décisions : conseils de quartier, "
            "conseil de développement, budget vert, boîte à idées et droit de pétition.",
            "Une charte de la participation, adoptée en 2023, engage la municipalité à rendre compte de chaque avis reçu.")
             + m.links([("/participation-citoyenne/conseils-de-quartier", "Conseils de quartier"),
                        ("/participation-citoyenne/conseil-de-developpement", "Conseil de développement"),
                        ("/participation-citoyenne/budget-vert", "Budget vert"),
                        ("/participation-citoyenne/boite-a-idees", "Boîte à idées"),
                        ("/participation-citoyenne/droit-de-petition", "Droit de pétition")]),
             {"participation_displayed"}),
        page("/participation-citoyenne/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Cinq conseils de quartier (Centre, les Mares, Bel-Air, la Prairie, le Port) composés d'habitants tirés au sort et de volontaires.",
            "Ils sont consultés sur les projets d'aménagement et organisent des diagnostics en marchant.")
             + drupal_table([("Les Mares", "14 mai, 18 h 30", "Maison des associations"),
                             ("Bel-Air", "21 mai, 18 h 30", "École Jean-Macé")]),
             {"participation_displayed"}, parent=("Agir ensemble", "/participation-citoyenne")),
        page("/participation-citoyenne/conseil-de-developpement", "Conseil de développement", m.prose(
            "Le conseil de développement de l'agglomération réunit 60 membres bénévoles de la société civile. Il rend des avis sur le projet de territoire et le PCAET.",
            "Sa contribution sur la sobriété foncière a été présentée en conseil communautaire en février."),
             {"participation_displayed"}, parent=("Agir ensemble", "/participation-citoyenne")),
        page("/participation-citoyenne/budget-vert", "Budget vert", m.prose(
            "Avec le budget vert, la ville consacre 5 % de son investissement à des projets imaginés et choisis par les habitants : "
            "végétalisation, îlots de fraîcheur, mobilité douce, biodiversité.",
            f"Déposez votre projet sur <a href='{cap}/project/budget-vert-2026/presentation'>la plateforme du budget vert</a> jusqu'au 30 avril. "
            "Les projets recevables seront soumis au vote en septembre.")
             + m.links([(cap + "/project/budget-vert-2024/presentation", "Les lauréats de l'édition 2024")]),
             {"participatory_budget"}, parent=("Agir ensemble", "/participation-citoyenne")),
        page("/participation-citoyenne/boite-a-idees", "Boîte à idées de la transition", m.prose(
            "Une idée pour économiser l'énergie, réduire les déchets ou planter davantage ? Proposez-la : chaque idée reçoit une réponse sous deux mois.")
             + m.drupal_webform("boite_a_idees", "/participation-citoyenne/boite-a-idees", [
                 ("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                 ("radios:Énergie|Déchets|Nature en ville|Mobilité", "theme", "Thème"),
                 ("textarea", "idee", "Votre idée")], "Proposer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Agir ensemble", "/participation-citoyenne")),
        # the free-text field is the petition's own text, published for signatures: not a message to the city
        page("/participation-citoyenne/droit-de-petition", "Droit de pétition", m.prose(
            "Toute pétition signée par 2 % des habitants de plus de seize ans est inscrite à l'ordre du jour du conseil municipal.",
            "Pour lancer une pétition, déposez son texte ci-dessous : la mairie la publie sous huit jours et ouvre les signatures en ligne.")
             + m.drupal_webform("petition", "/participation-citoyenne/droit-de-petition", [
                 ("text", "nom", "Nom du premier signataire"), ("email", "courriel", "Courriel"),
                 ("text", "titre_petition", "Titre de la pétition"), ("textarea", "texte_petition", "Texte de la pétition")], "Déposer la pétition")
             + '<h2>Pétitions en cours</h2><div class="view-petitions"><div class="views-row"><span class="field--name-title">Pour un passage piéton rue des Tourbières</span> '
             '<span class="petition-count">312 signatures sur 470</span> <a class="button" href="/participation-citoyenne/droit-de-petition/signer/18">Signer</a></div></div>',
             {"petition"}, parent=("Agir ensemble", "/participation-citoyenne")),
        page("/participation-citoyenne/droit-de-petition/signer/18", "Signer : pour un passage piéton rue des Tourbières", m.prose(
            "Les enfants de l'école des Mares traversent une rue sans passage protégé. Nous demandons un plateau ralentisseur et un passage piéton.")
             + m.drupal_webform("signature_petition", "/participation-citoyenne/droit-de-petition/signer/18", [
                 ("text", "nom", "Nom"), ("text", "prenom", "Prénom"), ("email", "courriel", "Courriel"),
                 ("checkboxes:J'habite Saint-Ouen-des-Tourbes", "residence", "Résidence")], "Je signe"),
             {"petition"}, parent=("Droit de pétition", "/participation-citoyenne/droit-de-petition")),
        # a legal notice of a public inquiry run by the prefecture: not the city's own participatory approach
        page("/actualites/enquete-publique-parc-eolien", "Parc éolien des Hauts-Prés : enquête publique", m.prose(
            "Par arrêté préfectoral, une enquête publique est ouverte sur la demande d'autorisation environnementale du parc éolien des Hauts-Prés (six éoliennes).",
            "Le commissaire enquêteur tiendra des permanences en mairie les 2, 14 et 30 juin. Le dossier est consultable sur le site de la préfecture."),
             decoys={"participation_displayed"}),
        page("/actualites/recensement-2026", "Recensement de la population 2026", m.prose(
            "Du 15 janvier au 21 février, l'INSEE recense une partie des logements de la commune. Vous pouvez répondre en ligne avec les codes remis par l'agent recenseur.",
            "Répondre au recensement est obligatoire et vos réponses restent confidentielles."),
             decoys={"poll"}),
        page("/actualites/enquete-energie-menages", "Enquête sur la consommation d'énergie des ménages", m.prose(
            "Un institut de sondage mandaté par le gestionnaire du réseau électrique interroge par téléphone un échantillon de foyers.",
            "Les enquêteurs disposent d'une carte professionnelle ; la mairie n'organise pas cette enquête."),
             decoys={"poll"}),
        page("/actualites/appel-a-projets-associations", "Subventions 2026 : appel à projets aux associations", m.prose(
            "Les associations déposent leurs demandes de subvention de fonctionnement et de projet avant le 15 novembre, via le dossier Cerfa 12156.",
            "Un bonus est accordé aux projets qui réduisent leur empreinte carbone."),
             decoys={"suggestion_call"}),
        page("/actualites/qualite-de-l-air", "Qualité de l'air", m.prose(
            "Atmo Normandie publie chaque jour l'indice de qualité de l'air. En cas d'épisode de pollution, la vitesse est abaissée de 20 km/h sur l'A13.")),
        page("/actualites/jardin-partage-des-mares", "Un nouveau jardin partagé aux Mares", m.prose(
            "Douze bacs surélevés, un composteur collectif et un abri à outils : le jardin partagé des Mares est inauguré samedi.")
             + m.drupal_comments([("Hélène", "2 avril", "Super ! Comment réserver un bac ?"),
                                  ("Mairie", "3 avril", "Auprès de la maison de quartier, il en reste trois.")], 4210),
             {"comments"}),
        page("/actualites/budget-primitif", "Le budget primitif adopté", m.prose(
            "Le budget 2026 s'élève à 33 millions d'euros. Il finance la chaufferie bois du groupe scolaire et la rénovation de la piscine.",
            "Le compte administratif 2025 fait apparaître un excédent de fonctionnement de 1,4 million."),
             decoys={"participatory_budget"}),
        page("/forum-de-l-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Quarante entreprises du territoire recrutent : venez avec votre CV au gymnase Coubertin le 3 mai."),
             decoys={"forum"}),
        page("/demarches/reservation-salle", "Réserver une salle municipale", m.prose("Salles des fêtes, salle des Mares : vérifiez les disponibilités puis réservez.")
             + m.booking_form("/demarches/reservation-salle", "Demande de réservation", ["Salle des fêtes", "Salle des Mares"]),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Mairie de Saint-Ouen-des-Tourbes, 1 place de la République.")
             + m.drupal_webform("contact", "/contact", [("text", "name", "Votre nom"), ("email", "email", "Votre adresse de courriel"),
                                                         ("text", "subject", "Sujet"), ("textarea", "message", "Message")], "Envoyer le message"),
             {"contact_form"}),
    ]
    wsite = Site(S_WWW, "drupal", "Saint-Ouen-des-Tourbes", www,
                 menu=[("Accueil", "/"), ("Agir ensemble", "/participation-citoyenne"), ("Budget vert", "/participation-citoyenne/budget-vert"),
                       ("Contact", "/contact")],
                 accounts=[social("facebook", "SaintOuenDesTourbes"), social("youtube", "VilleSaintOuenDesTourbes")],
                 address="1 place de la République, 76000 Saint-Ouen-des-Tourbes")
    p26, p24 = "/project/budget-vert-2026", "/project/budget-vert-2024"
    cards = [(p26 + "/proposals/ilot-de-fraicheur-place-verte", "Un îlot de fraîcheur place Verte", "Claire M.", "Centre", 41, 3),
             (p26 + "/proposals/haies-champetres-chemin-du-halage", "Des haies champêtres sur le chemin de halage", "Les Mares en transition", "Les Mares", 27, 1)]
    cpages = [
        page("/", "Budget vert de Saint-Ouen-des-Tourbes", m.prose("Bienvenue sur l'espace participatif de la ville.")
             + m.links([(p26 + "/presentation", "Budget vert 2026"), (p24 + "/presentation", "Budget vert 2024 (terminé)"),
                        ("/project/plan-climat/questionnaire/votre-avis", "Questionnaire plan climat")])),
        page(p26 + "/presentation", "Budget vert 2026 — présentation", m.capco_step_nav("budget-vert-2026", "presentation") + m.prose(
            "Enveloppe : 180 000 euros. Chaque projet doit relever de l'investissement et coûter moins de 40 000 euros.",
            "Calendrier : dépôt jusqu'au 30 avril, analyse par les services, vote du 1er au 30 septembre."),
             {"participatory_budget"}),
        page(p26 + "/collect/depot-des-projets", "Dépôt des projets", m.capco_step_nav("budget-vert-2026", "collect/depot-des-projets")
             + m.prose("Cette étape est ouverte : proposez un projet pour verdir la ville.")
             + '<a class="btn btn-primary" id="main-proposal-create" href="/login">Déposer une proposition</a>' + m.capco_proposal_cards(cards),
             {"participatory_budget", "suggestion_call"}),
        page(p26 + "/selection/vote", "Vote", m.capco_step_nav("budget-vert-2026", "selection/vote")
             + m.prose("Le vote ouvrira le 1er septembre. Chaque habitant disposera de trois voix."), {"participatory_budget"}),
        page(p26 + "/selection/laureats", "Lauréats", m.capco_step_nav("budget-vert-2026", "selection/laureats")
             + m.prose("Les lauréats seront annoncés en octobre."), {"participatory_budget"}),
        page(cards[0][0], cards[0][1], m.prose("Planter huit arbres et installer des bancs à l'ombre sur la place Verte, minérale et brûlante l'été.",
                                               "Estimation : 35 000 euros.")
             + '<div id="comments" class="comment-section"><h2>3 commentaires</h2><ul class="media-list opinion__list">'
             '<li class="opinion comment"><span class="opinion__user">Rémi</span><p class="opinion__text">Oui, et des fontaines !</p></li>'
             '<li class="opinion comment"><span class="opinion__user">Nadia</span><p class="opinion__text">Attention aux racines près des réseaux.</p></li></ul>'
             '<form class="comment-form" id="proposal-comment-form"><label for="CommentForm-body">Votre commentaire</label>'
             '<textarea id="CommentForm-body" name="body" rows="3"></textarea><button type="submit" class="btn btn-primary">Commenter</button></form></div>',
             {"participatory_budget", "comments"}),
        page(cards[1][0], cards[1][1], m.prose("Replanter 600 mètres de haie pour les oiseaux et contre l'érosion des berges.",
                                               "Estimation : 22 000 euros."), {"participatory_budget"}),
        page(p24 + "/presentation", "Budget vert 2024 — projets réalisés", m.prose(
            "La première édition a financé neuf projets pour 150 000 euros : mares pédagogiques, vergers, abris vélos.",
            "1 870 habitants ont voté.") + m.links([(p24 + "/selection/laureats", "Voir les neuf lauréats")]), {"participatory_budget"}),
        page(p24 + "/selection/laureats", "Budget vert 2024 — lauréats", m.bullets([
            "Verger de la Prairie — 1er, 612 voix", "Abris vélos à la gare — 2e, 540 voix", "Mare pédagogique de l'école du Port — 3e, 498 voix"]),
             {"participatory_budget"}),
        page("/project/plan-climat/questionnaire/votre-avis", "Plan climat : votre avis",
             m.prose("Ce questionnaire nourrit la révision du plan climat de l'agglomération. Temps de réponse : 5 minutes.")
             + '<form id="reply-form" class="questionnaire-form" method="post"><fieldset><legend>Chauffez-vous votre logement au fioul ?</legend>'
             '<input type="radio" name="responses[0]" value="oui" id="q0a"><label for="q0a">Oui</label><input type="radio" name="responses[0]" value="non" id="q0b"><label for="q0b">Non</label></fieldset>'
             '<fieldset><legend>Seriez-vous prêt à covoiturer ?</legend><input type="radio" name="responses[1]" value="oui" id="q1a"><label for="q1a">Oui</label>'
             '<input type="radio" name="responses[1]" value="non" id="q1b"><label for="q1b">Non</label></fieldset>'
             '<button type="submit" id="validate-questionnaire-button" class="btn btn-primary">Envoyer</button></form>',
             {"poll"}),
    ]
    csite = Site(S_CAP, "capcollectif", "Budget vert de Saint-Ouen-des-Tourbes", cpages,
                 menu=[("Accueil", "/"), ("Budget vert 2026", p26 + "/presentation"), ("Dépôt", p26 + "/collect/depot-des-projets"),
                       ("Vote", p26 + "/selection/vote"), ("Lauréats", p26 + "/selection/laureats")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    return City("99162", "Saint-Ouen-des-Tourbes", 27_900, "76", "28", "Normandie", f"http://{S_WWW}/", [wsite, csite])


def drupal_table(rows):
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return ('<div class="views-element-container"><table class="views-table views-view-table cols-3"><thead><tr><th>Quartier</th>'
            f'<th>Prochaine réunion</th><th>Lieu</th></tr></thead><tbody>{body}</tbody></table></div>')


# =================================================================================================
# 99163 Lombrès-sur-Sagne (Hérault): SPIP with its forums, petitions and Formidable; a Jenparle space.
# =================================================================================================
L_WWW = "www.lombres-sur-sagne.fr"
L_JP = "lombres-sur-sagne.jenparle.net"


def _lombres():
    jp = f"http://{L_JP}"
    a = "/spip.php?article"
    www = [
        page("/", "Accueil", _home(
            "Lombrès-sur-Sagne, 21 600 habitants au pied des garrigues. La ville s'engage pour le climat avec ses habitants.",
            [("/spip.php?rubrique3", "Démocratie locale"), (a + "41", "Convention citoyenne pour le climat"),
             (a + "55", "Forum des habitants"), (a + "70", "Plan vélo : votre avis"), (a + "81", "Îlots de fraîcheur"),
             ("/spip.php?page=contact", "Écrire à la mairie"), (jp + "/", "Concertations en ligne")],
            [(a + "60", "Pétition : une cantine 100 % locale", "Signez la pétition déposée par les parents d'élèves."),
             (a + "90", "Mobilité durable : appel à projets de la Région", "Pour les entreprises du territoire."),
             (a + "91", "Concours photo « La nature en ville »", "Jusqu'au 31 août."),
             (a + "92", "Participation citoyenne : une réunion publique", "Avec la gendarmerie."),
             (a + "96", "Épisode de pollution à l'ozone", "Vitesse réduite."),
             (a + "71", "Stationnement : les résultats de l'enquête", "Merci aux 480 participants."),
             (a + "98", "Lombrès Mag n°42", "Le sommaire du magazine.")],
            [("12 mars", a + "97", "Conseil municipal"), ("22 mars", a + "95", "Conseils de quartier"),
             ("5 avril", a + "80", "Distribution de composteurs"), ("9 avril", a + "93", "Réunion LGV")])),
        page("/spip.php?rubrique3", "Démocratie locale", m.prose(
            "La municipalité a fait de la démocratie locale un principe de gouvernement : conseils de quartier, convention citoyenne pour le climat, "
            "forum des habitants, droit de pétition et concertations en ligne.")
             + m.links([(a + "41", "La convention citoyenne pour le climat"), (a + "42", "Deuxième session de la convention"),
                        (a + "95", "Les conseils de quartier"), (a + "61", "Le droit de pétition locale"),
                        (a + "55", "Le forum des habitants"), (jp + "/", "Les concertations en ligne (Jenparle)")]),
             {"participation_displayed"}),
        page(a + "41", "La convention citoyenne pour le climat", m.prose(
            "Quarante habitants tirés au sort sur les listes électorales se réunissent pendant six week-ends pour répondre à une question : "
            "comment réduire de 40 % les émissions de la commune d'ici 2030 dans un esprit de justice sociale ?",
            "La municipalité s'engage à soumettre leurs propositions au conseil municipal ou à un référendum local."),
             {"participation_displayed"}, parent=("Démocratie locale", "/spip.php?rubrique3")),
        # SPIP's article forum used as comments under the report (the dedicated board is article 55)
        page(a + "42", "Convention citoyenne : deuxième session", m.prose(
            "Les conventionnels ont auditionné le syndicat des eaux et l'agence locale de l'énergie. Trois pistes émergent : rénovation des écoles, "
            "navette électrique, protection des zones humides de la Sagne.")
             + m.spip_forum(42, [("Michel R.", "15 février", "Et l'agriculture ?", "La question des pesticides autour de la Sagne doit être posée."),
                                 ("Sophie", "16 février", "Navette", "Une navette le samedi vers le marché serait très utile.")]),
             {"comments", "participation_displayed"}, parent=("Démocratie locale", "/spip.php?rubrique3")),
        page(a + "55", "Le forum des habitants", m.prose(
            "Un espace pour discuter entre habitants de la vie de la commune. Les messages sont modérés a posteriori ; merci de respecter la charte.")
             + m.spip_forum(55, [("Jeanne", "2 mars", "Arrosage des jardinières", "Qui arrose les jardinières de la rue Basse pendant l'été ?"),
                                 ("Bruno", "3 mars", "Re : Arrosage des jardinières", "Les voisins se relaient, rejoignez-nous !"),
                                 ("Élise", "5 mars", "Covoiturage vers Montpellier", "Je cherche des covoitureurs pour le lundi matin.")]),
             {"forum"}, parent=("Démocratie locale", "/spip.php?rubrique3")),
        page(a + "60", "Pétition : pour une cantine 100 % locale", m.prose(
            "Déposée par l'association des parents d'élèves dans le cadre du droit de pétition locale, cette pétition demande que la cuisine centrale "
            "s'approvisionne auprès des maraîchers de la plaine. À 500 signatures, elle sera débattue en conseil municipal.")
             + m.spip_petition(60, 347, [("Lucie V.", "10 mars"), ("Karim", "10 mars"), ("Famille Roux", "11 mars")]),
             {"petition"}),
        # the page sets out the city's right of petition and how to file one (its petitions are signed on this site)
        page(a + "61", "Le droit de pétition locale", m.prose(
            "Depuis 2024, tout groupe d'au moins dix habitants peut déposer une pétition auprès du maire. La ville la publie sur son site où chacun peut la signer.",
            f"À 500 signatures, elle est inscrite à l'ordre du jour du conseil municipal. Exemple en cours : <a href='{a}60'>la cantine 100 % locale</a>."),
             {"petition", "participation_displayed"}, parent=("Démocratie locale", "/spip.php?rubrique3")),
        page(a + "70", "Plan vélo : donnez votre avis", m.prose(
            "La ville et l'agglomération préparent un schéma cyclable. Répondez à cette courte question ; une concertation plus complète se tient "
            f"<a href='{jp}/consultations/plan-velo'>sur Jenparle</a>.")
             + m.spip_sondage("/spip.php?article70", "Quel itinéraire aménager en premier ?", ["Vers le collège", "Vers la gare", "Le long de la Sagne"]),
             {"poll"}),
        page(a + "71", "Stationnement : les résultats de l'enquête", m.prose(
            "L'enquête sur le stationnement en centre-ville est terminée. 480 personnes ont répondu : 61 % souhaitent une zone bleue, 27 % un parking relais.",
            "Le conseil municipal s'appuiera sur ces résultats pour le plan de circulation."),
             decoys={"poll"}),
        page(a + "80", "Composteurs de quartier", m.prose(
            "Trois nouveaux composteurs partagés sont installés place de l'Église, square Molière et au jardin des Oliviers. Les foyers voisins peuvent s'inscrire.",
            "La distribution de composteurs individuels a lieu le 5 avril : réservez votre créneau.")
             + m.booking_form("/spip.php?article80", "Réserver un composteur individuel", ["5 avril, 9 h-10 h", "5 avril, 10 h-11 h"]),
             decoys={"contact_form"}),
        page(a + "81", "Appel à idées : des îlots de fraîcheur dans nos rues", m.prose(
            "Cet été a battu des records de chaleur. Où manque-t-il de l'ombre ? Quelle place transformer ? La ville lance un appel à idées ouvert à tous jusqu'au 30 juin.",
            "Les meilleures idées seront étudiées par les services et présentées en conseil de quartier.")
             + '<div class="formulaire_spip formulaire_formidable formulaire_formidable_ilots ajax"><form method="post" action="/spip.php?article81">'
             '<input name="formulaire_action" type="hidden" value="formidable" /><div class="editer-groupe">'
             '<div class="editer saisie_input"><label for="input_1">Votre nom</label><input type="text" name="input_1" id="input_1" class="text" /></div>'
             '<div class="editer saisie_email"><label for="email_1">Votre courriel</label><input type="email" name="email_1" id="email_1" class="text email" /></div>'
             '<div class="editer saisie_input"><label for="input_2">Lieu concerné</label><input type="text" name="input_2" id="input_2" class="text" /></div>'
             '<div class="editer saisie_textarea"><label for="textarea_1">Votre idée</label><textarea name="textarea_1" id="textarea_1" rows="6"></textarea></div></div>'
             '<p class="boutons"><input type="submit" class="submit" value="Proposer" /></p></form></div>',
             {"suggestion_call", "contact_form"}),
        page(a + "90", "Mobilité durable : appel à projets de la Région", m.prose(
            "La Région Occitanie et l'ADEME lancent un appel à projets pour les plans de mobilité employeur. Entreprises et administrations peuvent candidater jusqu'au 15 septembre.",
            "Renseignements auprès de la chambre de commerce."),
             decoys={"suggestion_call"}),
        page(a + "91", "Concours photo « La nature en ville »", m.prose(
            "Photographiez la faune et la flore de Lombrès. Trois catégories, un jury, une exposition à la médiathèque en octobre. Règlement à l'accueil."),
             decoys={"suggestion_call"}),
        page(a + "92", "Participation citoyenne : réunion publique", m.prose(
            "La gendarmerie présente le dispositif de participation citoyenne, qui associe des habitants référents à la sécurité de leur quartier. "
            "Réunion le 28 mars à la salle du Peuple."),
             decoys={"participation_displayed"}),
        page(a + "93", "Ligne à grande vitesse : réunion d'information", m.prose(
            "SNCF Réseau présente le tracé. Une pétition nationale circule aussi sur <a href='https://www.mesopinions.com/petition/transports/lgv-non-merci'>mesopinions.com</a> ; elle n'émane pas de la commune."),
             decoys={"petition"}),
        page(a + "95", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier, ouverts à tous, se réunissent chaque trimestre : Centre ancien, la Sagne, les Oliviers, la Gare.",
            "Ils rendent un avis sur les travaux et peuvent saisir le conseil municipal."),
             {"participation_displayed"}, parent=("Démocratie locale", "/spip.php?rubrique3")),
        # the city's magazine names the software behind its consultations in passing; the space itself is elsewhere
        page(a + "98", "Lombrès Mag n°42 : sommaire", m.prose(
            "Au sommaire : la rentrée des écoles, le nouveau marché de plein vent, et un dossier sur la concertation en ligne, "
            "menée avec l'outil Jenparle que d'autres communes de l'Hérault utilisent déjà.", "Le magazine est distribué dans toutes les boîtes aux lettres."),
             decoys={"participatory_platform"}),
        page(a + "96", "Épisode de pollution à l'ozone", m.prose(
            "Le préfet a déclenché la procédure d'information. Évitez les efforts physiques l'après-midi ; la vitesse est abaissée sur l'A9.")),
        page(a + "97", "Conseil municipal du 12 mars", m.prose(
            "Ordre du jour : budget primitif, tarifs de l'eau, subvention au comité des fêtes. Les séances sont publiques."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/spip.php?page=contact", "Écrire à la mairie", m.prose("Vous pouvez aussi nous joindre au 04 67 00 00 00.")
             + m.spip_contact("/spip.php?page=contact"), {"contact_form"}),
    ]
    wsite = Site(L_WWW, "spip", "Lombrès-sur-Sagne", www,
                 menu=[("Accueil", "/"), ("Démocratie locale", "/spip.php?rubrique3"), ("Forum", a + "55"), ("Contact", "/spip.php?page=contact")],
                 accounts=[social("facebook", "lombressursagne"), social("mastodon", "lombres@mastodon.social")],
                 address="Mairie, 1 place de la Liberté, 34000 Lombrès-sur-Sagne")
    jpages = [
        page("/", "Lombrès-sur-Sagne concerte", m.prose("Les concertations en ligne de la commune.")
             + m.links([("/consultations/plan-velo", "Plan vélo (en cours)"), ("/consultations/rues-apaisees", "Rues apaisées (terminée)")]),
             {"participation_displayed"}),
        page("/consultations/plan-velo", "Concertation : le plan vélo", m.prose(
            "Phase 1 : diagnostic. Situez sur la carte les points dangereux et répondez au questionnaire.")
             + '<div class="jp-questionnaire"><form class="jp-form" method="post" action="/consultations/plan-velo/repondre">'
             '<div class="jp-question"><p>Vous sentez-vous en sécurité à vélo à Lombrès ?</p>'
             '<label><input type="radio" name="q1" value="1"> Oui</label><label><input type="radio" name="q1" value="2"> Plutôt non</label><label><input type="radio" name="q1" value="3"> Non</label></div>'
             '<div class="jp-question"><p>Combien de vélos possède votre foyer ?</p><input type="number" name="q2" min="0"></div>'
             '<button type="submit" class="btn btn-primary">Envoyer mes réponses</button></form></div>',
             {"poll"}),
        page("/consultations/rues-apaisees", "Concertation terminée : rues apaisées", m.prose(
            "Cette concertation est close depuis le 1er décembre. 312 contributions. La synthèse est en ligne : 70 % des répondants soutiennent la zone 30."),
             decoys={"poll"}),
        page("/connexion", "Se connecter", '<form class="jp-login" method="post" action="/connexion"><label for="jl-mail">Courriel</label>'
             '<input type="email" id="jl-mail" name="_username"><label for="jl-pass">Mot de passe</label><input type="password" id="jl-pass" name="_password">'
             '<button type="submit">Connexion</button></form>', decoys={"contact_form"}),
        page("/cgu", "Conditions générales d'utilisation", m.prose("Les contributions sont modérées. Vos données ne sont pas revendues.")),
        page("/donnees-personnelles", "Données personnelles", m.prose("Responsable du traitement : la commune de Lombrès-sur-Sagne.")),
    ]
    jsite = Site(L_JP, "vendor", "Lombrès-sur-Sagne concerte", jpages,
                 menu=[("Accueil", "/"), ("Plan vélo", "/consultations/plan-velo"), ("Rues apaisées", "/consultations/rues-apaisees")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}))
    city = City("99163", "Lombrès-sur-Sagne", 21_600, "34", "76", "Occitanie", f"http://{L_WWW}/", [wsite, jsite])
    return city, jsite


# =================================================================================================
# 99164 Montvéran-les-Palud (Bouches-du-Rhône): Joomla 4, "Montvéran Demain", a budget climat on Go Vocal.
# =================================================================================================
M_WWW = "www.montveran-les-palud.fr"
M_GV = "montveran-les-palud.govocal.com"
M_OT_FB = "https://www.facebook.com/otmontveranlespalud"


def _montveran():
    gv = f"http://{M_GV}"
    i = "/index.php"
    poll = m.joomla_poll(3, "Faut-il étendre la collecte des biodéchets à tous les quartiers ?", ["Oui", "Oui, mais en porte-à-porte", "Non"])
    www = [
        # the home page carries the open poll module in its sidebar
        page("/", "Accueil", m.with_sidebar(_home(
            "Entre l'étang et les Alpilles, Montvéran-les-Palud prépare son avenir avec ses 45 000 habitants.",
            [(i + "/montveran-demain", "Montvéran Demain"), (i + "/montveran-demain/budget-climat", "Budget climat"),
             (i + "/environnement/pcaet", "Plan climat"), (i + "/environnement/alerte-pollens", "Alertes pollens"),
             (i + "/services/paiement-cantine", "Payer la cantine"), (i + "/contact", "Contact")],
            [(i + "/actualites/concertation-zac-des-salins", "ZAC des Salins : concertation préalable", "Registre en mairie."),
             (i + "/actualites/budget-primitif", "Budget primitif 2025", "Les chiffres clés."),
             (i + "/actualites/maisons-fleuries", "Concours des jardins fleuris", "Inscriptions ouvertes."),
             (i + "/actualites/journee-nettoyage", "Journée de nettoyage de l'étang", "Bilan : 2 tonnes ramassées."),
             (i + "/actualites/debroussaillement", "Débroussaillement obligatoire", "Avant le 31 mai."),
             (i + "/environnement/sondage-eclairage-resultats", "Éclairage nocturne : résultats", "Merci pour vos réponses.")],
            [("6 mai", i + "/actualites/forum-des-associations", "Forum des associations"),
             ("15 mai", i + "/montveran-demain/assemblee-citoyenne-climat", "Assemblée citoyenne du climat")]),
            poll + f'<div class="moduletable"><h3>Office de tourisme</h3><p>Suivez l\'office de tourisme intercommunal : '
            f'<a href="{M_OT_FB}">Facebook de l\'office de tourisme</a></p></div>'),
             {"poll"}),
        page(i + "/montveran-demain", "Montvéran Demain", m.prose(
            "« Montvéran Demain » est la démarche par laquelle la ville associe ses habitants à ses choix : comités d'intérêt de quartier, "
            "assemblée citoyenne du climat, budget climat et consultations en ligne.",
            "Elle s'appuie sur une charte votée en conseil municipal : information en amont, temps d'échange, retour sur ce qui a été retenu.")
             + m.links([(i + "/montveran-demain/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier"),
                        (i + "/montveran-demain/assemblee-citoyenne-climat", "L'assemblée citoyenne du climat"),
                        (i + "/montveran-demain/budget-climat", "Le budget climat"), (gv + "/", "La plateforme en ligne")]),
             {"participation_displayed"}),
        page(i + "/montveran-demain/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier", m.prose(
            "Sept CIQ, associations d'habitants reconnues par la ville, relaient les attentes de leur quartier. Le maire les réunit deux fois par an en "
            "assemblée plénière ; les adjoints de secteur tiennent des réunions publiques de quartier.",
            "Contactez le CIQ de votre quartier via la maison de la vie associative."),
             {"participation_displayed"}, parent=("Montvéran Demain", i + "/montveran-demain")),
        page(i + "/montveran-demain/assemblee-citoyenne-climat", "L'assemblée citoyenne du climat", m.prose(
            "Trente-cinq habitants tirés au sort, dont dix jeunes de 16 à 25 ans, travaillent pendant un an sur l'adaptation à la chaleur et à la sécheresse.",
            "Leurs recommandations seront présentées en séance publique le 15 mai."),
             {"participation_displayed"}, parent=("Montvéran Demain", i + "/montveran-demain")),
        page(i + "/montveran-demain/budget-climat", "Le budget climat", m.prose(
            "300 000 euros par an pour des projets d'habitants en faveur du climat : ombrage, économies d'eau, mobilité, biodiversité.",
            f"Les idées se déposent jusqu'au 15 juin <a href='{gv}/fr-FR/projects/budget-climat-2025'>sur la plateforme Montvéran Demain</a>, puis les habitants votent en novembre.",
            f"Retrouvez aussi <a href='{gv}/fr-FR/projects/budget-climat-2023'>les projets de l'édition 2023</a>."),
             {"participatory_budget"}, parent=("Montvéran Demain", i + "/montveran-demain")),
        page(i + "/environnement/pcaet", "Plan climat : votre avis sur la chaleur en ville", m.with_sidebar(m.prose(
            "Le plan climat-air-énergie de la métropole consacre un volet à l'adaptation. La ville souhaite connaître les lieux où vous souffrez de la chaleur.",
            f"Un questionnaire complet est ouvert <a href='{gv}/fr-FR/projects/plan-fraicheur/survey'>sur la plateforme</a>. Répondez aussi à la question du mois ci-contre."),
            m.joomla_poll(4, "Où manque-t-il le plus d'ombre ?", ["Cours d'écoles", "Arrêts de bus", "Marché", "Parcs"])),
             {"poll"}),
        page(i + "/environnement/sondage-eclairage-resultats", "Éclairage nocturne : résultats du sondage", m.prose(
            "Le sondage est clos. Sur 1 120 votants, 68 % approuvent l'extinction de 0 h 30 à 5 h, 24 % la refusent, 8 % sans avis.",
            "L'extinction sera généralisée au 1er septembre."),
             decoys={"poll"}),
        page(i + "/environnement/alerte-pollens", "Alertes pollens et qualité de l'air", m.prose(
            "Cyprès en février, graminées en mai : consultez le bulletin allergo-pollinique et l'indice AtmoSud du jour.")),
        page(i + "/actualites/debroussaillement", "Débroussaillement obligatoire", m.prose(
            "Les propriétaires en zone exposée doivent débroussailler 50 mètres autour de leur habitation avant le 31 mai.")),
        # a statutory notice of the developer's prior consultation on a ZAC: not the city's participatory approach
        page(i + "/actualites/concertation-zac-des-salins", "ZAC des Salins : avis de concertation préalable", m.prose(
            "En application du code de l'urbanisme, le dossier de création de la ZAC des Salins est tenu à la disposition du public du 3 au 28 juin, "
            "avec un registre en mairie aux heures d'ouverture.", "Le bilan sera arrêté par délibération."),
             decoys={"participation_displayed"}),
        page(i + "/actualites/budget-primitif", "Budget primitif 2025", m.prose(
            "Dépenses de fonctionnement : 52 millions d'euros ; investissement : 14 millions, dont la climatisation passive des écoles."),
             decoys={"participatory_budget"}),
        page(i + "/actualites/maisons-fleuries", "Concours des jardins et balcons fleuris", m.prose(
            "Jardins secs, balcons, façades : le concours récompense les plantations économes en eau. Bulletin d'inscription à l'accueil de la mairie."),
             decoys={"suggestion_call"}),
        page(i + "/actualites/journee-nettoyage", "Journée de nettoyage de l'étang", m.prose(
            "Deux cents bénévoles ont ramassé deux tonnes de déchets sur les berges. Merci aux CIQ et aux écoles !")
             + m.disqus("montveran-les-palud", "actu-nettoyage-etang"), {"comments"}),
        page(i + "/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Samedi 6 mai, allées du Cours : sport, culture, environnement. Démonstrations toute la journée."),
             decoys={"forum"}),
        page(i + "/services/paiement-cantine", "Payer la cantine", m.prose("Réglez vos factures de restauration scolaire en ligne.")
             + m.payment_form(i + "/services/paiement-cantine", "Paiement sécurisé", "0,00"), decoys={"contact_form"}),
        page(i + "/contact", "Contact", m.prose("Hôtel de ville, cours Mirabeau. Du lundi au vendredi de 8 h 30 à 16 h 30.")
             + m.joomla_contact(i + "/contact", 1), {"contact_form"}),
    ]
    wsite = Site(M_WWW, "joomla", "Montvéran-les-Palud", www,
                 menu=[("Accueil", "/"), ("Montvéran Demain", i + "/montveran-demain"), ("Environnement", i + "/environnement/pcaet"),
                       ("Contact", i + "/contact")],
                 accounts=[social("facebook", "MontveranLesPalud"), social("x", "MontveranPalud", "https://twitter.com/MontveranPalud"),
                           social("instagram", "montveran_les_palud")],
                 address="Hôtel de ville, cours Mirabeau, 13000 Montvéran-les-Palud")
    p25, p23 = "/fr-FR/projects/budget-climat-2025", "/fr-FR/projects/budget-climat-2023"
    ideas = [("/fr-FR/ideas/ombrieres-cour-ecole-mistral", "Des ombrières végétales à l'école Mistral", 86, 4),
             ("/fr-FR/ideas/recuperateurs-eau-jardins-familiaux", "Récupérateurs d'eau aux jardins familiaux", 52, 0)]
    gpages = [
        page("/", "Montvéran Demain", m.prose("Participez aux projets de votre ville.")
             + m.links([(p25, "Budget climat 2025"), ("/fr-FR/projects/plan-fraicheur", "Plan fraîcheur"),
                        ("/fr-FR/projects/boite-a-idees-transition", "Boîte à idées de la transition"), (p23, "Budget climat 2023")])),
        page(p25, "Budget climat 2025", m.prose("Phase actuelle : dépôt des idées (jusqu'au 15 juin). Ensuite : analyse, puis vote en novembre.")
             + m.links([(p25 + "/ideas", "Voir les idées et proposer la vôtre")]), {"participatory_budget"}),
        page(p25 + "/ideas", "Budget climat 2025 — les idées", m.prose("Vous avez un projet pour le climat dans votre quartier ? Publiez votre idée !")
             + '<a id="e2e-idea-button" class="e2e-idea-button" href="/fr-FR/sign-in">Publier une idée</a>' + m.govocal_idea_cards(ideas),
             {"participatory_budget", "suggestion_call"}),
        page(ideas[0][0], ideas[0][1], m.prose("Des toiles et des plantes grimpantes pour ombrager la cour. Budget estimé : 45 000 euros.")
             + '<div id="e2e-idea-comments"><h2>Commentaires (4)</h2><div class="e2e-comment-thread"><div class="e2e-comment"><span class="e2e-username">Sandrine</span>'
             '<p>Excellente idée, les enfants jouent en plein soleil.</p></div><div class="e2e-comment"><span class="e2e-username">Marc</span><p>Et pour la cour du collège ?</p></div></div>'
             '<form id="e2e-comment-form" class="e2e-parent-comment-form"><label for="submit-comment">Écrire un commentaire</label>'
             '<textarea id="submit-comment" name="comment"></textarea><button id="e2e-submit-comment" type="submit">Publier</button></form></div>',
             {"participatory_budget", "comments"}),
        page(ideas[1][0], ideas[1][1], m.prose("Quatre cuves de 1 000 litres pour arroser les jardins familiaux. Budget : 8 000 euros."),
             {"participatory_budget"}),
        page("/fr-FR/projects/plan-fraicheur", "Plan fraîcheur", m.prose("Co-construisons le plan fraîcheur de Montvéran.")
             + m.links([("/fr-FR/projects/plan-fraicheur/survey", "Répondre à l'enquête")]), {"participation_displayed"}),
        page("/fr-FR/projects/plan-fraicheur/survey", "Enquête : la chaleur dans votre quartier",
             '<div id="e2e-native-survey"><form class="e2e-survey-form" method="post"><fieldset class="e2e-question"><legend>Souffrez-vous de la chaleur chez vous l\'été ?</legend>'
             '<label><input type="radio" name="chaleur" value="souvent"> Souvent</label><label><input type="radio" name="chaleur" value="parfois"> Parfois</label>'
             '<label><input type="radio" name="chaleur" value="jamais"> Jamais</label></fieldset><fieldset class="e2e-question"><legend>Quels lieux frais fréquentez-vous ?</legend>'
             '<label><input type="checkbox" name="lieux[]" value="parc"> Parcs</label><label><input type="checkbox" name="lieux[]" value="mediatheque"> Médiathèque</label></fieldset>'
             '<button type="submit" id="e2e-submit-survey">Envoyer</button></form></div>',
             {"poll"}),
        page("/fr-FR/projects/boite-a-idees-transition", "Boîte à idées de la transition", m.prose(
            "Toute l'année, proposez vos idées pour une ville plus sobre et plus verte. Les plus soutenues sont étudiées par l'assemblée citoyenne du climat.")
             + '<a class="e2e-idea-button" href="/fr-FR/sign-in">Proposer une idée</a>', {"suggestion_call"}),
        page(p23, "Budget climat 2023 — projets lauréats", m.prose("Édition terminée. 2 340 votants ont retenu six projets, tous réalisés ou en travaux.")
             + m.bullets(["Forêt urbaine du Grand Pré (réalisé)", "Abris vélos sécurisés à la gare (réalisé)", "Fontaines à boire place du Marché (en travaux)"]),
             {"participatory_budget"}),
        page("/fr-FR/sign-in", "Se connecter", '<form id="e2e-sign-in-form" method="post"><label for="email">Courriel</label><input type="email" id="email" name="email">'
             '<label for="password">Mot de passe</label><input type="password" id="password" name="password"><button id="e2e-signin-password-submit-button" type="submit">Se connecter</button></form>',
             decoys={"contact_form"}),
    ]
    gsite = Site(M_GV, "govocal", "Montvéran Demain", gpages,
                 menu=[("Accueil", "/"), ("Budget climat", p25), ("Plan fraîcheur", "/fr-FR/projects/plan-fraicheur")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return City("99164", "Montvéran-les-Palud", 45_200, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{M_WWW}/", [wsite, gsite],
                decoy_accounts=(M_OT_FB,))


# =================================================================================================
# 99165 Hirtzmatt (Bas-Rhin): TYPO3 with powermail, a LimeSurvey instance, and a neighbours' network.
# =================================================================================================
H_WWW = "www.hirtzmatt.fr"
H_LS = "enquetes.hirtzmatt.fr"
H_NB = "voisins.hirtzmatt.fr"


def _hirtzmatt():
    ls, nb = f"http://{H_LS}", f"http://{H_NB}"
    www = [
        page("/", "Accueil", _home(
            "Hirtzmatt, 18 700 habitants, entre Ried et vignoble. Ville engagée dans la préservation de ses zones humides.",
            [("/mairie/democratie-de-proximite", "Démocratie de proximité"), ("/transition/plan-climat", "Plan climat"),
             ("/transition/idees", "Vos idées pour la transition"), ("/transition/entraide-voisins", "Entraide entre voisins"),
             ("/services/collecte-dechets", "Collecte des déchets"), ("/contact", "Contact"), ("/mairie/petitions", "Pétitions")],
            [("/actualites/recensement", "Recensement 2026", "Réservez un bon accueil aux agents recenseurs."),
             ("/actualites/participation-citoyenne", "Participation citoyenne : nouveaux référents", "Avec la gendarmerie."),
             ("/actualites/appel-ademe-chaleur-renouvelable", "Chaleur renouvelable : appel à projets", "Pour les entreprises et les bailleurs."),
             ("/actualites/pollens", "Pollens : risque élevé", "Graminées."),
             ("/transition/jardins-partages", "Jardins partagés : attribution des parcelles", "Candidatures jusqu'au 1er mars."),
             ("/actualites/orientations-budgetaires", "Débat d'orientation budgétaire", "Les priorités 2026.")],
            [("18 mars", "/mairie/democratie-de-proximite/reunions-de-quartier", "Réunion de quartier Gare-Ried"),
             ("2 avril", "/mairie/democratie-de-proximite/conseil-des-sages", "Conseil des sages")])),
        page("/mairie/democratie-de-proximite", "Démocratie de proximité", m.prose(
            "La ville associe les habitants à ses projets à travers des réunions de quartier, un conseil des sages, un conseil municipal des enfants "
            "et des consultations sur les grands projets.",
            "Chaque avis reçu fait l'objet d'une réponse écrite publiée sur ce site.")
             + m.links([("/mairie/democratie-de-proximite/reunions-de-quartier", "Les réunions de quartier"),
                        ("/mairie/democratie-de-proximite/conseil-des-sages", "Le conseil des sages"),
                        ("/mairie/petitions", "Le droit de pétition"), ("/transition/plan-climat", "La concertation sur le plan climat")]),
             {"participation_displayed"}),
        page("/mairie/democratie-de-proximite/reunions-de-quartier", "Les réunions de quartier", m.prose(
            "Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants de chaque quartier : Centre, Gare-Ried, Vignoble, Altmatt.",
            "Vous pouvez transmettre vos questions à l'avance ; les réponses figurent dans le compte rendu."),
             {"participation_displayed"}, parent=("Démocratie de proximité", "/mairie/democratie-de-proximite")),
        page("/mairie/democratie-de-proximite/conseil-des-sages", "Le conseil des sages", m.prose(
            "Vingt habitants de plus de 65 ans mettent leur expérience au service de la commune. Ils ont rendu en 2025 un avis sur les mobilités des seniors."),
             {"participation_displayed"}, parent=("Démocratie de proximité", "/mairie/democratie-de-proximite")),
        page("/mairie/petitions", "Pétitions citoyennes", m.prose(
            "Le règlement intérieur du conseil municipal prévoit qu'une pétition réunissant 300 signatures d'habitants est examinée en commission puis en séance.",
            "Soutenez une pétition en cours ou déposez la vôtre avec le formulaire.")
             + '<div class="news-list-view"><div class="article"><h3>Pour des bancs le long du Riedweg</h3><p>214 signatures / 300</p></div></div>'
             + m.powermail("/mairie/petitions", 7, [("text", "nom", "Nom, prénom"), ("email", "courriel", "Courriel"),
                                                   ("radio:Je signe « Pour des bancs le long du Riedweg »|Je dépose une nouvelle pétition", "choix", "Votre démarche"),
                                                   ("text", "titre", "Titre de la nouvelle pétition")], "Valider"),
             {"petition"}, parent=("Démocratie de proximité", "/mairie/democratie-de-proximite")),
        page("/transition/plan-climat", "Plan climat : la concertation", m.prose(
            "La ville révise son plan climat en lien avec la communauté de communes. Ateliers publics, balade dans le Ried et questionnaire en ligne jalonnent la concertation.",
            "Le questionnaire est hébergé sur notre outil d'enquêtes : il prend dix minutes.")
             + m.limesurvey_link(ls + "/index.php/482913?lang=fr", "Répondre au questionnaire plan climat")
             + m.links([("/transition/enquete-mobilite", "Ou répondez directement depuis notre site")])
             + m.links([(ls + "/index.php/771204?lang=fr", "Enquête 2024 sur l'éclairage (close)")]),
             {"participation_displayed"}),
        # the questionnaire itself is embedded from the city's survey server: an open questionnaire on this page
        page("/transition/enquete-mobilite", "Enquête : vos déplacements quotidiens", m.prose(
            "Pour préparer le plan climat, la ville et la communauté de communes interrogent les habitants sur leurs déplacements. Le questionnaire ci-dessous reste ouvert jusqu'au 15 avril.")
             + m.iframe(ls + "/index.php/482913?lang=fr", "Questionnaire plan climat 2026"),
             {"poll"}, parent=("Plan climat", "/transition/plan-climat")),
        page("/transition/idees", "Vos idées pour la transition", m.prose(
            "Économies d'énergie, zones humides, mobilité : la municipalité sollicite vos idées. Elles sont examinées chaque trimestre par la commission transition.")
             + m.powermail("/transition/idees", 3, [("text", "name", "Nom"), ("email", "email", "Courriel"),
                                                    ("radio:Énergie|Eau et zones humides|Déplacements|Autre", "theme", "Thème"),
                                                    ("textarea", "idee", "Votre idée")], "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/transition/entraide-voisins", "Entraide entre voisins", m.prose(
            f"La ville a ouvert <a href='{nb}/'>Hirtzmatt Voisins</a>, un réseau social de quartier réservé aux habitants : prêter une perceuse, "
            "proposer un covoiturage, organiser une fête de rue, aider une personne isolée.",
            "L'inscription est gratuite ; l'adresse est vérifiée pour rejoindre son quartier."),
             {"territorial_social_network"}),
        page("/transition/jardins-partages", "Jardins partagés : appel à candidatures", m.prose(
            "Quinze parcelles sont attribuées pour trois ans. Les candidatures sont examinées par ordre d'arrivée.")
             + m.registration_form("/transition/jardins-partages", "Candidater pour une parcelle"),
             decoys={"suggestion_call", "contact_form"}),
        page("/actualites/recensement", "Recensement 2026", m.prose(
            "L'INSEE recense la population de Hirtzmatt du 15 janvier au 14 février. Répondez de préférence par internet avec vos codes."),
             decoys={"poll"}),
        page("/actualites/participation-citoyenne", "Participation citoyenne : nouveaux référents", m.prose(
            "Le dispositif de participation citoyenne de la gendarmerie compte quatre nouveaux référents de quartier, chargés d'alerter la brigade de tout fait suspect."),
             decoys={"participation_displayed"}),
        page("/actualites/appel-ademe-chaleur-renouvelable", "Chaleur renouvelable : appel à projets", m.prose(
            "Le Fonds chaleur de l'ADEME soutient les réseaux de chaleur et la géothermie. Dossiers à déposer sur la plateforme de l'agence."),
             decoys={"suggestion_call"}),
        page("/actualites/pollens", "Pollens : risque élevé", m.prose("Graminées : risque allergique élevé jusqu'à dimanche.")),
        page("/actualites/orientations-budgetaires", "Débat d'orientation budgétaire", m.prose(
            "Le conseil a débattu des orientations : maîtrise de l'énergie, rénovation de la salle polyvalente, pas de hausse des taux."),
             decoys={"participatory_budget"}),
        page("/services/collecte-dechets", "Collecte des déchets", m.prose("Bac gris le mardi, bac jaune le vendredi des semaines impaires. Déchèterie ouverte le samedi.")
             + m.links([("/services/collecte-dechets/badge", "Demander un badge de déchèterie")])),
        page("/services/collecte-dechets/badge", "Badge de déchèterie", m.prose("Le badge est envoyé par courrier sous dix jours.")
             + m.registration_form("/services/collecte-dechets/badge", "Demande de badge"), decoys={"contact_form"},
             parent=("Collecte des déchets", "/services/collecte-dechets")),
        page("/contact", "Contact", m.prose("Mairie de Hirtzmatt, 2 place de l'Hôtel-de-Ville.")
             + m.powermail("/contact", 1, [("text", "name", "Nom"), ("email", "email", "Courriel"), ("text", "objet", "Objet"),
                                           ("textarea", "message", "Message")]), {"contact_form"}),
    ]
    wsite = Site(H_WWW, "typo3", "Ville de Hirtzmatt", www,
                 menu=[("Accueil", "/"), ("Mairie", "/mairie/democratie-de-proximite"), ("Transition", "/transition/plan-climat"),
                       ("Voisins", nb + "/"), ("Contact", "/contact")],
                 accounts=[social("facebook", "VilleHirtzmatt"), social("linkedin", "ville-de-hirtzmatt")],
                 address="2 place de l'Hôtel-de-Ville, 67000 Hirtzmatt")
    lpages = [
        page("/", "Enquêtes de la ville de Hirtzmatt", m.links([("/index.php/482913?lang=fr", "Plan climat 2026"),
                                                                ("/index.php/771204?lang=fr", "Éclairage public 2024")])
             + m.prose("Les enquêtes en ligne de la mairie. Vos réponses sont anonymes.")),
        page("/index.php/482913?lang=fr", "Questionnaire plan climat 2026",
             '<form id="limesurvey" name="limesurvey" action="/index.php/482913" method="post" class="survey-form-container form">'
             '<div id="question12" class="question-container row radio-list mandatory"><div class="question-title-container"><div class="ls-label-question">'
             'Comment vous déplacez-vous le plus souvent ?</div></div><div class="answer-container"><ul class="ls-answers answers-list radio-list">'
             '<li class="answer-item radio-item"><input class="radio" type="radio" value="A1" name="482913X4X12" id="answer482913X4X12A1"><label for="answer482913X4X12A1">Voiture</label></li>'
             '<li class="answer-item radio-item"><input class="radio" type="radio" value="A2" name="482913X4X12" id="answer482913X4X12A2"><label for="answer482913X4X12A2">Vélo</label></li>'
             '<li class="answer-item radio-item"><input class="radio" type="radio" value="A3" name="482913X4X12" id="answer482913X4X12A3"><label for="answer482913X4X12A3">Transports en commun</label></li></ul></div></div>'
             '<div id="question13" class="question-container row numeric"><div class="ls-label-question">Température de chauffage de votre logement (°C)</div>'
             '<input class="form-control numeric" type="text" name="482913X4X13" id="answer482913X4X13"></div>'
             '<div class="ls-move-btn"><button type="submit" id="ls-button-submit" value="movenext" name="move" class="ls-move-btn ls-move-next-btn btn btn-lg btn-primary">Suivant</button></div></form>',
             {"poll"}),
        page("/index.php/771204?lang=fr", "Éclairage public 2024",
             '<div class="alert alert-danger" role="alert"><p>Ce questionnaire n\'est plus actif. Vous ne pouvez plus y répondre.</p></div>'
             + m.prose("Merci aux 860 participants. Résultats : 73 % favorables à l'extinction nocturne."),
             decoys={"poll"}),
    ]
    lsite = Site(H_LS, "vendor", "Enquêtes Hirtzmatt", lpages)
    npages = [
        page("/", "Hirtzmatt Voisins", m.prose("Le réseau social des habitants de Hirtzmatt : entraide, prêts, bons plans, vie de quartier.")
             + m.community_posts([("entraide", "Martine", "Gare-Ried", "il y a 2 h", "/annonces/pret-tondeuse", "Je prête ma tondeuse le week-end"),
                                  ("événement", "Association Altmatt", "Altmatt", "hier", "/groupes/altmatt", "Fête des voisins le 30 mai"),
                                  ("don", "Paul", "Centre", "il y a 3 jours", "/annonces", "Donne plants de tomates")])),
        page("/annonces", "Annonces", m.prose("Toutes les annonces de vos voisins.")
             + m.community_posts([("don", "Paul", "Centre", "il y a 3 jours", "/annonces/pret-tondeuse", "Donne plants de tomates"),
                                  ("entraide", "Martine", "Gare-Ried", "il y a 2 h", "/annonces/pret-tondeuse", "Je prête ma tondeuse le week-end")])),
        page("/annonces/pret-tondeuse", "Je prête ma tondeuse le week-end", m.prose("Tondeuse thermique, à récupérer rue des Roseaux.")
             + '<section class="replies"><h2>Réponses</h2><div class="reply"><strong>Ahmed</strong><p>Merci, je peux passer samedi ?</p></div>'
             '<form class="reply-form" method="post" action="/annonces/pret-tondeuse/repondre"><textarea name="message" aria-label="Votre réponse"></textarea>'
             '<button type="submit">Répondre</button></form></section>',
             {"comments"}),
        page("/groupes/altmatt", "Groupe de quartier Altmatt", m.prose("128 membres. Le groupe des habitants du quartier Altmatt.")
             + m.community_posts([("événement", "Association Altmatt", "Altmatt", "hier", "/annonces", "Fête des voisins le 30 mai")])),
    ]
    nsite = Site(H_NB, "community", "Hirtzmatt Voisins", npages, menu=[("Fil", "/"), ("Annonces", "/annonces"), ("Altmatt", "/groupes/altmatt")],
                 features=frozenset({"territorial_social_network"}))
    city = City("99165", "Hirtzmatt", 18_700, "67", "44", "Grand Est", f"http://{H_WWW}/", [wsite, lsite, nsite])
    return city, lsite


# =================================================================================================
# 99166 La Mottière-sur-Brivet (Loire-Atlantique): an agency CMS, Publik e-services, a budget on id-city.
# =================================================================================================
T_WWW = "www.lamottiere-sur-brivet.fr"
T_PUB = "demarches.lamottiere-sur-brivet.fr"
T_IDC = "lamottiere-sur-brivet.id-city.com"


def _mottiere():
    pub, idc = f"http://{T_PUB}", f"http://{T_IDC}"
    www = [
        page("/", "Accueil", _home(
            "Aux portes de la Brière, La Mottière-sur-Brivet (24 300 habitants) agit pour le climat avec celles et ceux qui y vivent.",
            [("/ma-ville/participer", "Participer"), ("/ma-ville/participer/budget-participatif", "Budget climat & solidarité"),
             ("/ma-ville/participer/questionnaire-mobilite", "Questionnaire mobilité"), ("/environnement/permis-de-vegetaliser", "Permis de végétaliser"),
             ("/environnement/composteurs", "Composteurs"), ("/contact", "Contact"), (pub + "/", "Démarches en ligne")],
            [("/actualites/enquete-publique-zac-du-brivet", "ZAC du Brivet : enquête publique", "Du 5 au 26 mai."),
             ("/actualites/resultats-sondage-rythmes-scolaires", "Rythmes scolaires : les résultats", "La semaine de quatre jours retenue."),
             ("/actualites/voisins-vigilants", "Prévention des cambriolages", "Un protocole avec la gendarmerie."),
             ("/marches-publics", "Marchés publics", "Consultations en cours."),
             ("/ma-ville/participer/budget-participatif/laureats-2024", "Budget climat : les lauréats 2024", "Cinq projets retenus."),
             ("/actualites/marais-en-fete", "Les marais en fête", "Balades et observation des oiseaux.")],
            [("24 avril", "/ma-ville/participer/conseils-de-quartier", "Conseil de quartier Bourg-Brivet"),
             ("30 avril", "/ma-ville/participer/conseil-de-developpement", "Plénière du conseil de développement")])),
        page("/ma-ville/participer", "La Mottière participative", m.prose(
            "Conseils de quartier, conseil de développement, budget climat & solidarité, questionnaires : la ville a bâti depuis 2021 une démarche de "
            "participation citoyenne évaluée chaque année par un comité de suivi composé d'habitants.")
             + m.links([("/ma-ville/participer/conseils-de-quartier", "Conseils de quartier"),
                        ("/ma-ville/participer/conseil-de-developpement", "Conseil de développement"),
                        ("/ma-ville/participer/budget-participatif", "Budget climat & solidarité"),
                        ("/ma-ville/participer/questionnaire-mobilite", "Questionnaire mobilité")]),
             {"participation_displayed"}),
        page("/ma-ville/participer/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Trois conseils de quartier (Bourg-Brivet, Les Landes, Port-Jean) ouverts à tous les habitants. Ils se réunissent en soirée et gèrent un petit budget de fonctionnement."),
             {"participation_displayed"}, parent=("Participer", "/ma-ville/participer")),
        page("/ma-ville/participer/conseil-de-developpement", "Conseil de développement", m.prose(
            "Instance consultative de la communauté d'agglomération, le conseil de développement rassemble habitants, associations et acteurs économiques. "
            "Il a rendu un avis sur le plan climat et organise des ateliers ouverts."),
             {"participation_displayed"}, parent=("Participer", "/ma-ville/participer")),
        page("/ma-ville/participer/budget-participatif", "Budget climat & solidarité", m.prose(
            "Chaque année, 120 000 euros sont réservés à des projets proposés et votés par les habitants dès 12 ans.",
            f"Édition 2025 : dépôt des projets jusqu'au 31 mars <a href='{idc}/budget-participatif/2025'>sur la plateforme citoyenne</a>, vote en juin.")
             + m.links([("/ma-ville/participer/budget-participatif/laureats-2024", "Les lauréats 2024")]),
             {"participatory_budget"}, parent=("Participer", "/ma-ville/participer")),
        page("/ma-ville/participer/budget-participatif/laureats-2024", "Budget climat & solidarité : lauréats 2024", m.prose(
            "1 410 votants. Projets retenus : une grainothèque à la médiathèque, des nichoirs dans les écoles, un abri vélo au port, un frigo solidaire, une haie bocagère."),
             {"participatory_budget"}, parent=("Budget climat & solidarité", "/ma-ville/participer/budget-participatif")),
        page("/ma-ville/participer/questionnaire-mobilite", "Questionnaire : vos déplacements", m.prose(
            "La ville prépare son plan de mobilité simplifié. Répondez avant le 30 avril : cinq questions, deux minutes.")
             + m.vendor_form("/ma-ville/participer/questionnaire-mobilite", "Questionnaire mobilité", [
                 ("select:Moins de 2 km|2 à 10 km|Plus de 10 km", "distance", "Distance domicile-travail"),
                 ("radio:Voiture|Vélo|Car|Marche", "mode", "Mode de transport principal"),
                 ("radio:Oui|Non", "covoiturage", "Utiliseriez-vous une aire de covoiturage ?")], "Envoyer mes réponses", "form-questionnaire"),
             {"poll"}, parent=("Participer", "/ma-ville/participer")),
        page("/environnement/permis-de-vegetaliser", "Permis de végétaliser", m.prose(
            "Habitants, commerçants, associations : fleurissez votre rue. La ville fournit la terre et les premiers plants ; vous entretenez.",
            f"La demande se fait en ligne <a href='{pub}/demande-permis-vegetaliser/'>sur le portail des démarches</a>.")),
        page("/environnement/composteurs", "Composteurs", m.prose(
            "Composteurs individuels à prix réduit et composteurs partagés au pied des immeubles : la réduction des déchets commence chez soi.",
            f"<a href='{pub}/reserver-un-composteur/'>Réserver un composteur</a>.")),
        page("/actualites/marais-en-fete", "Les marais en fête", m.prose(
            "Balades commentées en chaland, observation des oiseaux, marché de producteurs : rendez-vous le 18 mai au port.")
             + m.share_buttons(f"http://{T_WWW}/actualites/marais-en-fete")),
        page("/actualites/enquete-publique-zac-du-brivet", "ZAC du Brivet : enquête publique", m.prose(
            "Une enquête publique unique porte sur la déclaration d'utilité publique et l'autorisation environnementale de la ZAC du Brivet.",
            "Le commissaire enquêteur reçoit le public en mairie ; observations possibles par courrier ou sur le registre dématérialisé de la préfecture."),
             decoys={"participation_displayed"}),
        page("/actualites/resultats-sondage-rythmes-scolaires", "Rythmes scolaires : les résultats", m.prose(
            "La consultation des familles est terminée : 81 % des 920 familles ont choisi la semaine de quatre jours."),
             decoys={"poll"}),
        page("/actualites/voisins-vigilants", "Prévention des cambriolages : un protocole avec la gendarmerie", m.prose(
            "La commune rejoint le dispositif de participation citoyenne. Des habitants volontaires deviennent référents et transmettent leurs observations à la gendarmerie."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/marches-publics", "Marchés publics", m.prose(
            "Appel d'offres : travaux de désimperméabilisation de la cour de l'école des Landes. Date limite de remise des offres : 12 mai, 12 h.",
            "Appel à candidatures : maîtrise d'œuvre pour la rénovation énergétique de la mairie."),
             decoys={"suggestion_call"}),
        page("/contact", "Contact", m.prose(
            "Mairie de La Mottière-sur-Brivet, 3 rue du Port. Accueil du lundi au samedi matin.",
            f"Pour nous écrire, utilisez <a href='{pub}/contacter-la-mairie/'>le formulaire de contact</a>.")),
    ]
    wsite = Site(T_WWW, "vendor", "Ville de La Mottière-sur-Brivet", www,
                 menu=[("Accueil", "/"), ("Participer", "/ma-ville/participer"), ("Environnement", "/environnement/composteurs"),
                       ("Démarches", pub + "/"), ("Contact", "/contact")],
                 accounts=[social("facebook", "LaMottiereSurBrivet"), social("instagram", "lamottiere_sur_brivet"), social("youtube", "LaMottiereTV")],
                 address="3 rue du Port, 44000 La Mottière-sur-Brivet")
    wcs = ('<form method="post" enctype="multipart/form-data" class="quixote" action="{a}"><div class="form-content">{f}</div>'
           '<div class="buttons submit"><button class="submit-button" name="submit" value="Valider">Valider</button></div></form>')

    def wfield(kind, n, label):
        if kind == "textarea":
            return f'<div class="field widget textarea required" id="var_f{n}"><label for="form_f{n}">{label}</label><textarea id="form_f{n}" name="f{n}" rows="6"></textarea></div>'
        return f'<div class="field widget StringWidget required" id="var_f{n}"><label for="form_f{n}">{label}</label><input type="{kind}" id="form_f{n}" name="f{n}"></div>'

    ppages = [
        page("/", "Démarches en ligne", m.prose("Vos démarches 24 h/24 auprès de la mairie.")
             + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/demande-permis-vegetaliser/", "Demander un permis de végétaliser"),
                        ("/reserver-un-composteur/", "Réserver un composteur"), ("/paiement-facture-eau/", "Payer une facture d'eau")])),
        page("/contacter-la-mairie/", "Contacter la mairie", wcs.format(a="/contacter-la-mairie/", f=wfield("text", 1, "Nom") + wfield("email", 2, "Courriel")
                                                                         + wfield("text", 3, "Objet") + wfield("textarea", 4, "Votre message")),
             {"contact_form"}),
        # an authorisation request: its free-text field is a message to the green spaces service, not a call for ideas
        page("/demande-permis-vegetaliser/", "Demande de permis de végétaliser", wcs.format(
            a="/demande-permis-vegetaliser/", f=wfield("text", 1, "Nom") + wfield("email", 2, "Courriel") + wfield("text", 3, "Adresse de l'emplacement")
            + wfield("textarea", 4, "Description du projet de plantation")),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/reserver-un-composteur/", "Réserver un composteur", wcs.format(
            a="/reserver-un-composteur/", f=wfield("text", 1, "Nom") + wfield("email", 2, "Courriel")
            + '<div class="field widget SingleSelectWidget" id="var_f3"><label for="form_f3">Modèle</label><select id="form_f3" name="f3"><option>400 litres</option><option>600 litres</option></select></div>'),
             decoys={"contact_form"}),
        page("/paiement-facture-eau/", "Payer une facture d'eau", m.payment_form("/paiement-facture-eau/", "Paiement par carte", "0,00"),
             decoys={"contact_form"}),
    ]
    psite = Site(T_PUB, "publik", "Démarches — La Mottière-sur-Brivet", ppages, menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")],
                 address="3 rue du Port, 44000 La Mottière-sur-Brivet")
    b = "/budget-participatif/2025"
    ipages = [
        page("/", "La Mottière citoyenne", m.prose("Budget climat & solidarité, consultations : la plateforme citoyenne de La Mottière-sur-Brivet.")
             + m.links([(b, "Budget climat & solidarité 2025"), ("/consultations/plan-velo", "Consultation plan vélo")])),
        page(b, "Budget climat & solidarité 2025", m.prose("120 000 euros. Phase en cours : dépôt des projets jusqu'au 31 mars.")
             + m.links([(b + "/deposer", "Déposer un projet"), (b + "/projets/42", "Projet : une grainothèque au marché")]),
             {"participatory_budget"}),
        page(b + "/deposer", "Déposer un projet", m.prose("Décrivez votre projet en quelques lignes ; les services vérifieront sa faisabilité.")
             + '<form class="idc-form idc-project-form" method="post" action="/budget-participatif/2025/deposer"><label for="p-titre">Titre du projet</label>'
             '<input id="p-titre" name="project[title]" type="text"><label for="p-quartier">Quartier</label><select id="p-quartier" name="project[district]">'
             '<option>Bourg-Brivet</option><option>Les Landes</option><option>Port-Jean</option></select><label for="p-desc">Description</label>'
             '<textarea id="p-desc" name="project[description]" rows="6"></textarea><label for="p-cout">Coût estimé (€)</label><input id="p-cout" name="project[cost]" type="number">'
             '<button type="submit" class="idc-btn">Déposer mon projet</button></form>',
             {"participatory_budget", "suggestion_call", "contact_form"}),
        page(b + "/projets/42", "Une grainothèque au marché", m.prose("Un meuble d'échange de graines au marché couvert, animé par l'association Graines de Brière.",
                                                                     "Coût estimé : 3 500 euros. Statut : recevable."), {"participatory_budget"}),
        page("/consultations/plan-velo", "Consultation : plan vélo", m.prose("Répondez aux trois questions du plan vélo communal.")
             + '<form class="idc-form idc-survey" method="post" action="/consultations/plan-velo"><fieldset><legend>Utilisez-vous le vélo ?</legend>'
             '<label><input type="radio" name="answer[1]" value="a"> Tous les jours</label><label><input type="radio" name="answer[1]" value="b"> Parfois</label>'
             '<label><input type="radio" name="answer[1]" value="c"> Jamais</label></fieldset><fieldset><legend>Quelle liaison créer ?</legend>'
             '<label><input type="radio" name="answer[2]" value="a"> Bourg - Port-Jean</label><label><input type="radio" name="answer[2]" value="b"> Bourg - gare</label></fieldset>'
             '<button type="submit" class="idc-btn">Valider</button></form>',
             {"poll"}),
        page("/compte/connexion", "Mon compte", '<form class="idc-login" method="post" action="/compte/connexion"><label for="lc-mail">Courriel</label>'
             '<input type="email" id="lc-mail" name="email"><label for="lc-pw">Mot de passe</label><input type="password" id="lc-pw" name="password">'
             '<button type="submit">Se connecter</button></form>', decoys={"contact_form"}),
        page("/mentions", "Mentions légales", m.prose("Éditeur : commune de La Mottière-sur-Brivet. Hébergement : id-city.")),
    ]
    isite = Site(T_IDC, "vendor", "La Mottière citoyenne", ipages,
                 menu=[("Accueil", "/"), ("Budget participatif", b), ("Consultations", "/consultations/plan-velo")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"id-city"}))
    city = City("99166", "La Mottière-sur-Brivet", 24_300, "44", "52", "Pays de la Loire", f"http://{T_WWW}/", [wsite, psite, isite])
    return city, isite


# =================================================================================================
# 99167 Hennebecq (Pas-de-Calais): WordPress with WP-Polls, a Discourse forum and CONSUL for its budget.
# =================================================================================================
N_WWW = "www.hennebecq.fr"
N_FOR = "forum.hennebecq.fr"
N_CON = "decidons.hennebecq.fr"


def _hennebecq():
    fo, co = f"http://{N_FOR}", f"http://{N_CON}"
    poll = m.wp_polls(12, "Faut-il planter une forêt urbaine sur l'ancien terril ?", ["Oui", "Non", "Je ne sais pas"])
    www = [
        page("/", "Accueil", m.cookie_banner("cookie-notice") + m.with_sidebar(
            m.prose("Bienvenue à Hennebecq, ancienne cité minière devenue ville verte du bassin. 33 500 habitants, 400 hectares de nature.")
            + m.quick_access([("/vivre-ensemble/", "Hennebecq en commun"), ("/vivre-ensemble/assemblees-de-quartier/", "Assemblées de quartier"),
                              ("/vivre-ensemble/conseil-citoyen-du-climat/", "Conseil citoyen du climat"), ("/environnement/collecte/", "Collecte des déchets"),
                              ("/contact/", "Nous écrire"), (fo + "/", "Forum des Hennebecquois"), (co + "/", "Décidons Hennebecq")], "Je cherche")
            + m.teasers([("/actualites/salle-de-sport-inauguree/", "La salle de sport Lamartine inaugurée", "Isolée et chauffée par géothermie."),
                         ("/actualites/friche-verte/", "La friche Sainte-Barbe devient un parc", "Vos réactions."),
                         ("/actualites/forum-emploi/", "Forum de l'emploi vert", "Le 22 mars."),
                         ("/actualites/appel-a-projets-commerces/", "Commerces : aide à la rénovation énergétique", "Dossiers avant le 30 juin."),
                         ("/environnement/pcaet-consultation-terminee/", "Plan climat : la consultation est close", "Les résultats."),
                         ("/actualites/marche-de-noel/", "Marché de Noël", "Les exposants."),
                         ("/actualites/rencontres-democratie-locale/", "Rencontres de la démocratie locale", "Retour sur la journée.")], "Actualités")
            + m.agenda([("22 mars", "/actualites/forum-emploi/", "Forum de l'emploi vert"), ("29 mars", "/vivre-ensemble/assemblees-de-quartier/", "Assemblée de quartier Cité 4")]),
            poll + m.newsletter_mailpoet("/lettre-d-information/")), {"poll"}),
        page("/vivre-ensemble/", "Hennebecq en commun", m.prose(
            "Hennebecq en commun, c'est l'engagement de la ville à décider avec ses habitants : assemblées de quartier, conseil citoyen du climat, "
            "forum en ligne, budget participatif « Décidons Hennebecq ».",
            "Nous publions chaque année le bilan de ce qui a été décidé grâce à vous.")
             + m.links([("/vivre-ensemble/assemblees-de-quartier/", "Les assemblées de quartier"),
                        ("/vivre-ensemble/conseil-citoyen-du-climat/", "Le conseil citoyen du climat"),
                        (co + "/budgets/3", "Le budget participatif"), (fo + "/", "Le forum")]),
             {"participation_displayed"}),
        page("/vivre-ensemble/assemblees-de-quartier/", "Les assemblées de quartier", m.prose(
            "Six assemblées de quartier ouvertes à tous se réunissent chaque trimestre. Elles élisent un bureau d'habitants qui prépare l'ordre du jour avec l'élu de secteur.",
            "Prochaine assemblée : Cité 4, le 29 mars, salle Lamartine."),
             {"participation_displayed"}, parent=("Hennebecq en commun", "/vivre-ensemble/")),
        page("/vivre-ensemble/conseil-citoyen-du-climat/", "Le conseil citoyen du climat", m.prose(
            "Trente habitants tirés au sort suivent la mise en œuvre du plan climat. Ils peuvent interpeller le conseil municipal deux fois par an.",
            "Leur premier avis portait sur la rénovation des logements miniers."),
             {"participation_displayed"}, parent=("Hennebecq en commun", "/vivre-ensemble/")),
        # a news item that names the participatory budget in passing: not the budget itself
        page("/actualites/salle-de-sport-inauguree/", "La salle de sport Lamartine inaugurée", m.prose(
            "Isolée par l'extérieur et chauffée par géothermie, la salle Lamartine consomme trois fois moins d'énergie qu'avant.",
            "Le mur d'escalade avait été demandé lors du budget participatif de 2022 ; il est ouvert aux clubs dès lundi.")
             + m.wp_comments_closed(), decoys={"participatory_budget", "comments"}),
        page("/actualites/friche-verte/", "La friche Sainte-Barbe devient un parc", m.prose(
            "Après dépollution, l'ancienne friche accueillera prairies, mares et vergers. Les travaux démarrent à l'automne.")
             + m.wp_comments([("Gérard", "5 février", "Pensez aux anciens mineurs, un mémorial serait bienvenu."),
                              ("Lina", "6 février", "Des jeux pour les petits, s'il vous plaît !")], post_id=877)
             + m.share_buttons(f"http://{N_WWW}/actualites/friche-verte/"), {"comments"}),
        page("/actualites/forum-emploi/", "Forum de l'emploi vert", m.prose(
            "Rénovation, recyclage, maraîchage : trente employeurs de la transition recrutent. Salle Lamartine, 22 mars."),
             decoys={"forum"}),
        page("/actualites/appel-a-projets-commerces/", "Commerces : aide à la rénovation énergétique", m.prose(
            "La Région et la communauté d'agglomération lancent un appel à projets pour les commerçants qui rénovent leur local. Aide jusqu'à 10 000 euros."),
             decoys={"suggestion_call"}),
        page("/environnement/pcaet-consultation-terminee/", "Plan climat : la consultation est close", m.prose(
            "La consultation sur le plan climat s'est terminée le 31 janvier. Merci aux 1 204 participants.")
             + m.wp_polls_closed(9, "Quelle action en priorité ?", [("Rénovation des logements", 46, 554), ("Bus gratuits", 38, 458), ("Forêt urbaine", 16, 192)], 1204),
             decoys={"poll"}),
        page("/environnement/collecte/", "Collecte des déchets", m.prose("Calendrier 2026 : ordures ménagères le mercredi, tri le vendredi, verre en apport volontaire.")
             + m.download("/wp-content/uploads/2026/01/calendrier-collecte.pdf", "Calendrier des collectes")),
        # a news item naming participation platforms of other towns: not a platform of Hennebecq's own
        page("/actualites/rencontres-democratie-locale/", "Rencontres régionales de la démocratie locale", m.prose(
            "Hennebecq accueillait les rencontres régionales de la démocratie locale. Les villes voisines ont présenté leurs outils : "
            "l'une s'appuie sur Decidim, une autre sur Cap Collectif, une troisième sur un simple questionnaire papier.",
            "Élus et agents ont échangé sur la façon de toucher les habitants éloignés du numérique."),
             decoys={"participatory_platform", "participation_displayed"}),
        page("/actualites/marche-de-noel/", "Marché de Noël", m.prose("Quarante exposants place Jean-Jaurès du 12 au 22 décembre.")),
        page("/lettre-d-information/", "Lettre d'information", m.prose("Abonnez-vous à la lettre mensuelle de la ville.")
             + m.newsletter_mailpoet("/lettre-d-information/"), decoys={"contact_form"}),
        page("/contact/", "Nous écrire", m.prose("Mairie de Hennebecq, place Jean-Jaurès. Pour recevoir nos actualités, abonnez-vous à <a href='/lettre-d-information/'>la lettre d'information</a>.") + m.cf7("/contact/", 41, ["Accueil", "Environnement", "Voirie", "Autre"]),
             {"contact_form"}),
    ]
    wsite = Site(N_WWW, "wordpress", "Ville de Hennebecq", www,
                 menu=[("Accueil", "/"), ("Hennebecq en commun", "/vivre-ensemble/"), ("Forum", fo + "/"), ("Décidons", co + "/"),
                       ("Contact", "/contact/")],
                 accounts=[social("facebook", "hennebecq"), social("tiktok", "villehennebecq"), social("bluesky", "hennebecq.fr")],
                 address="Place Jean-Jaurès, 62000 Hennebecq")
    fpages = [
        page("/", "Forum des Hennebecquois", m.prose("L'espace de discussion des habitants, animé par la ville. Dernières discussions :")
             + m.discourse_topics([("/t/piste-cyclable-rue-de-lens/112", "Piste cyclable rue de Lens : votre avis ?", "Mobilité", "/c/mobilite/5", 14),
                                   ("/t/composteur-collectif-residence-des-lilas/118", "Un composteur collectif à la résidence des Lilas", "Environnement", "/c/environnement/6", 6)])),
        page("/c/mobilite/5", "Mobilité", m.discourse_topics([("/t/piste-cyclable-rue-de-lens/112", "Piste cyclable rue de Lens : votre avis ?", "Mobilité", "/c/mobilite/5", 14)])),
        page("/c/environnement/6", "Environnement", m.discourse_topics([("/t/composteur-collectif-residence-des-lilas/118", "Un composteur collectif à la résidence des Lilas", "Environnement", "/c/environnement/6", 6)])),
        page("/t/piste-cyclable-rue-de-lens/112", "Piste cyclable rue de Lens : votre avis ?", m.discourse_posts([
            ("Fred62", "10 mars", "La piste s'arrête au rond-point, c'est dangereux."), ("Ville de Hennebecq", "11 mars", "Le prolongement est prévu dans le plan vélo."),
            ("Amandine", "11 mars", "Merci, et des arceaux devant la boulangerie ?")])),
        page("/t/composteur-collectif-residence-des-lilas/118", "Un composteur collectif à la résidence des Lilas", m.discourse_posts([
            ("Jojo", "2 mars", "Qui serait partant pour un composteur au pied de la résidence ?"), ("Mireille", "3 mars", "Moi ! Il faut demander au bailleur.")])),
    ]
    fsite = Site(N_FOR, "discourse", "Forum des Hennebecquois", fpages, menu=[("Dernières", "/"), ("Mobilité", "/c/mobilite/5"), ("Environnement", "/c/environnement/6")],
                 features=frozenset({"forum"}))
    cpages = [
        page("/", "Décidons Hennebecq", m.prose("Proposez, soutenez, votez : la plateforme de démocratie participative de Hennebecq.")
             + m.links([("/budgets/3", "Budget participatif 2026"), ("/proposals", "Propositions citoyennes"), ("/polls", "Votations")])),
        page("/budgets/3", "Budget participatif 2026", m.prose(
            "400 000 euros dont la moitié réservée à des projets pour le climat. Phase actuelle : vote des projets jusqu'au 15 avril.")
             + m.links([("/budgets/3/investments", "Voir les projets et voter")]), {"participatory_budget"}),
        page("/budgets/3/investments", "Projets d'investissement", '<div id="budget-investments" class="budget-investments-list">'
             '<div class="budget-investment clear" id="budget_investment_57"><div class="budget-investment-content"><h3><a href="/budgets/3/investments/57">Mille arbres pour les cités</a></h3>'
             '<p class="investment-project-info">120 000 €</p></div><div class="supports ballot"><a class="button button-support" href="/users/sign_in">Voter</a></div></div>'
             '<div class="budget-investment clear" id="budget_investment_61"><div class="budget-investment-content"><h3><a href="/budgets/3/investments/61">Une ressourcerie de quartier</a></h3>'
             '<p class="investment-project-info">85 000 €</p></div><div class="supports ballot"><a class="button button-support" href="/users/sign_in">Voter</a></div></div></div>',
             {"participatory_budget"}),
        page("/budgets/3/investments/57", "Mille arbres pour les cités", m.prose("Planter mille arbres dans les cités minières sur trois ans.", "Coût : 120 000 €.")
             + '<section class="comments" id="comments"><h2>Commentaires <span class="js-comments-count">(2)</span></h2>'
             '<div class="comment small-12" id="comment_901"><span class="user-name">Yasmine</span><p class="comment-body">Et des arbres fruitiers !</p></div>'
             '<form class="new_comment" id="new_comment" action="/comments" method="post"><textarea id="comment-body-budget_investment_57" name="comment[body]"></textarea>'
             '<input type="submit" name="commit" value="Publier le commentaire" class="button"></form></section>',
             {"participatory_budget", "comments"}),
        page("/budgets/3/investments/61", "Une ressourcerie de quartier", m.prose("Un local pour réparer et revendre les objets.", "Coût : 85 000 €."),
             {"participatory_budget"}),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Vous avez une idée pour Hennebecq ? Publiez une proposition : si elle recueille 500 soutiens, la municipalité s'engage à l'étudier et à y répondre publiquement.")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a><div id="proposals" class="proposals-list">'
             '<div class="proposal clear" id="proposal_23"><h3>Fermer la rue de l\'école aux voitures aux heures d\'entrée</h3><span class="supports">312 soutiens</span></div></div>',
             {"suggestion_call"}),
        page("/polls", "Votations", '<div class="poll-question"><h3>Nom du futur parc Sainte-Barbe</h3><p>Votation ouverte jusqu\'au 30 avril.</p>'
             '<form class="poll-answers" action="/polls/4/answer" method="post"><label><input type="radio" name="answer" value="Parc des Gueules noires"> Parc des Gueules noires</label>'
             '<label><input type="radio" name="answer" value="Parc Sainte-Barbe"> Parc Sainte-Barbe</label><label><input type="radio" name="answer" value="Parc du Terril"> Parc du Terril</label>'
             '<input type="submit" class="button" value="Voter"></form></div>', {"poll"}),
    ]
    csite = Site(N_CON, "consul", "Décidons Hennebecq", cpages,
                 menu=[("Accueil", "/"), ("Budget participatif", "/budgets/3"), ("Propositions", "/proposals"), ("Votations", "/polls")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return City("99167", "Hennebecq", 33_500, "62", "32", "Hauts-de-France", f"http://{N_WWW}/", [wsite, fsite, csite])


# =================================================================================================
# 99168 Sarlhac-des-Mouillères (Tarn-et-Garonne): Drupal, a home-made "Je participe" space, a Flarum forum.
# =================================================================================================
X_WWW = "www.sarlhac-des-mouilleres.fr"
X_JP = "jeparticipe.sarlhac-des-mouilleres.fr"
X_FL = "forum.sarlhac-des-mouilleres.fr"


def _sarlhac():
    jp, fl = f"http://{X_JP}", f"http://{X_FL}"
    www = [
        page("/", "Accueil", _home(
            "Sarlhac-des-Mouillères, 16 800 habitants au bord du Tarn : la mairie à votre service.",
            [("/participer", "Participer"), ("/environnement/plan-climat-intercommunal", "Plan climat"), ("/environnement/qualite-air", "Qualité de l'air"),
             ("/contact", "Contact"), ("/user/login", "Mon compte"), (jp + "/", "Je participe"), (fl + "/", "Le forum")],
            [("/actualites/recensement-insee", "Enquête de l'INSEE sur le cadre de vie", "Des foyers tirés au sort."),
             ("/actualites/enquete-publique-carriere", "Carrière des Mouillères : enquête publique", "Permanences en mairie."),
             ("/actualites/concours-photo", "Concours photo « Nos zones humides »", "Jusqu'au 30 septembre."),
             ("/actualites/subventions-associations", "Appel à projets associatif", "Dépôt avant le 31 octobre."),
             ("/actualites/atelier-reparation", "Le repair café s'installe à la médiathèque", "Tous les premiers samedis."),
             ("/actualites/petition-hopital", "Hôpital de proximité : la mobilisation", "Une pétition nationale.")],
            [("9 mars", "/actualites/forum-des-associations", "Forum des associations"),
             ("20 mars", "/participer/conseils-de-quartier", "Conseil de quartier Rive gauche")])),
        page("/participer", "Participer à la vie de Sarlhac", m.prose(
            "La commune a ouvert en 2024 son espace « Je participe » et installé des conseils de quartier. Elle soutient le conseil de développement de l'intercommunalité.",
            f"Budget vert, pétitions en ligne et boîte à idées sont réunis sur <a href='{jp}/'>jeparticipe.sarlhac-des-mouilleres.fr</a>.")
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/conseil-de-developpement", "Conseil de développement")]),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Trois conseils de quartier : Rive gauche, Centre, Les Mouillères. Chacun réunit vingt habitants volontaires, renouvelés tous les trois ans.",
            "Ils donnent leur avis sur la voirie, la propreté et l'animation du quartier."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/conseil-de-developpement", "Conseil de développement", m.prose(
            "Le conseil de développement de la communauté de communes Tarn et Mouillères a rendu son avis sur le PCAET : il demande un volet sur l'irrigation agricole."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/environnement/plan-climat-intercommunal", "Plan climat intercommunal : questionnaire", m.prose(
            "Le PCAET de la communauté de communes est en cours d'élaboration. Habitants, dites-nous ce qui vous aiderait à réduire votre consommation d'énergie.")
             + m.drupal_webform("questionnaire_pcaet", "/environnement/plan-climat-intercommunal", [
                 ("radios:Propriétaire|Locataire", "statut", "Vous êtes"),
                 ("radios:Fioul|Gaz|Électricité|Bois|Pompe à chaleur", "chauffage", "Mode de chauffage"),
                 ("checkboxes:Aides à la rénovation|Transport à la demande|Covoiturage|Circuits courts", "besoins", "Ce qui vous aiderait")], "Envoyer"),
             {"poll"}),
        page("/environnement/qualite-air", "Qualité de l'air", m.prose("Indice Atmo Occitanie du jour : moyen. Brûlage des déchets verts interdit toute l'année.")),
        # an INSEE household survey: residents are drawn, nobody can answer online of their own accord
        page("/actualites/recensement-insee", "Enquête de l'INSEE sur le cadre de vie et la sécurité", m.prose(
            "L'INSEE réalise une enquête statistique auprès de foyers tirés au sort. Un enquêteur muni d'une carte officielle prendra rendez-vous."),
             decoys={"poll"}),
        page("/actualites/enquete-publique-carriere", "Carrière des Mouillères : enquête publique", m.prose(
            "Le préfet ouvre une enquête publique sur l'extension de la carrière. Dossier et registre en mairie du 4 au 25 avril."),
             decoys={"participation_displayed"}),
        page("/actualites/concours-photo", "Concours photo « Nos zones humides »", m.prose(
            "Amateurs, envoyez jusqu'à trois photos des mouillères. Prix du jury et prix du public. Règlement en mairie."),
             decoys={"suggestion_call"}),
        page("/actualites/subventions-associations", "Appel à projets associatif 2026", m.prose(
            "Les associations sarlhacoises peuvent solliciter une subvention pour un projet d'animation ou de solidarité. Dossier à retourner avant le 31 octobre."),
             decoys={"suggestion_call"}),
        page("/actualites/atelier-reparation", "Le repair café s'installe à la médiathèque", m.prose(
            "Bénévoles bricoleurs et couturières vous aident à réparer vos objets plutôt que de les jeter.")
             + m.drupal_comments([("Annie", "12 février", "Formidable, j'ai un grille-pain à sauver !")], 733), {"comments"}),
        page("/actualites/petition-hopital", "Hôpital de proximité : la mobilisation", m.prose(
            "Le conseil municipal soutient le maintien des urgences de nuit. Un comité de défense a lancé une pétition sur "
            "<a href='https://www.change.org/p/urgences-de-nuit-sarlhac'>change.org</a>."),
             decoys={"petition"}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose("Le 9 mars à la halle : quarante associations vous attendent."),
             decoys={"forum"}),
        page("/user/login", "Se connecter", '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form">'
             '<div class="js-form-item form-item form-item-name"><label for="edit-name">Nom d\'utilisateur</label><input type="text" id="edit-name" name="name" class="form-text required"></div>'
             '<div class="js-form-item form-item form-item-pass"><label for="edit-pass">Mot de passe</label><input type="password" id="edit-pass" name="pass" class="form-text required"></div>'
             '<input type="hidden" name="form_id" value="user_login_form"><input type="submit" id="edit-submit" value="Se connecter" class="button js-form-submit form-submit"></form>',
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Mairie de Sarlhac-des-Mouillères, allées du Tarn.")
             + m.drupal_webform("contact_mairie", "/contact", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                                                               ("textarea", "message", "Votre demande")], "Envoyer"),
             {"contact_form"}),
    ]
    wsite = Site(X_WWW, "drupal", "Sarlhac-des-Mouillères", www,
                 menu=[("Accueil", "/"), ("Participer", "/participer"), ("Environnement", "/environnement/plan-climat-intercommunal"),
                       ("Contact", "/contact")],
                 accounts=[social("facebook", "SarlhacDesMouilleres"), social("instagram", "sarlhac82")],
                 address="Allées du Tarn, 82000 Sarlhac-des-Mouillères")
    jpages = [
        page("/", "Je participe à Sarlhac", m.prose("Budget vert, pétitions, boîte à idées : votre espace de participation.")
             + m.links([("/budget-vert", "Le budget vert"), ("/petitions", "Les pétitions"), ("/boite-a-idees", "La boîte à idées")])),
        page("/budget-vert", "Le budget vert", m.prose(
            "50 000 euros pour des projets d'habitants qui protègent l'eau, les sols et la biodiversité. Dépôt jusqu'au 15 mai, vote en septembre à la fête de la ville.")
             + m.links([("/budget-vert/deposer", "Déposer un projet"), ("/budget-vert/2024", "Les projets 2024")]), {"participatory_budget"}),
        page("/budget-vert/deposer", "Déposer un projet pour le budget vert", m.prose("Connectez-vous avec votre compte citoyen pour déposer votre projet.")
             + '<form class="ep-form" method="post" action="/budget-vert/deposer"><label for="bv-titre">Titre</label><input id="bv-titre" name="titre" type="text">'
             '<label for="bv-lieu">Lieu</label><input id="bv-lieu" name="lieu" type="text"><label for="bv-desc">Votre projet</label><textarea id="bv-desc" name="description" rows="6"></textarea>'
             '<button type="submit">Déposer</button></form>', {"participatory_budget", "suggestion_call", "contact_form"}),
        page("/budget-vert/2024", "Budget vert 2024 : les projets retenus", m.bullets([
            "Une mare pédagogique à l'école des Mouillères (412 voix)", "Des nichoirs à hirondelles (380 voix)", "Un verger partagé rive gauche (301 voix)"]),
             {"participatory_budget"}),
        page("/petitions", "Les pétitions", m.prose(
            "Toute personne habitant Sarlhac peut lancer une pétition. À 300 signatures, le conseil municipal en débat.")
             + m.links([("/petitions/12", "Pour des toilettes publiques au bord du Tarn (188 signatures)"), ("/petitions/nouvelle", "Lancer une pétition")]),
             {"petition"}),
        page("/petitions/12", "Pour des toilettes publiques au bord du Tarn", m.prose("Les promeneurs et les pêcheurs n'ont aucune toilette sur deux kilomètres de berges.")
             + '<div class="ep-petition-progress"><span>188 signatures sur 300</span></div><form class="ep-form ep-sign" method="post" action="/petitions/12/signer">'
             '<label for="s-nom">Nom</label><input id="s-nom" name="nom" type="text"><label for="s-mail">Courriel</label><input id="s-mail" name="courriel" type="email">'
             '<button type="submit">Signer la pétition</button></form>', {"petition"}),
        # the free-text field is the petition's own text, published for signatures: not a message to the city
        page("/petitions/nouvelle", "Lancer une pétition", '<form class="ep-form" method="post" action="/petitions/nouvelle"><label for="n-titre">Titre</label><input id="n-titre" name="titre">'
             '<label for="n-texte">Texte de la pétition</label><textarea id="n-texte" name="texte" rows="8"></textarea><button type="submit">Publier</button></form>',
             {"petition"}),
        page("/boite-a-idees", "La boîte à idées", m.prose("Une idée pour la commune ? Déposez-la : une réponse est publiée sous un mois.")
             + '<form class="ep-form" method="post" action="/boite-a-idees"><label for="i-nom">Nom</label><input id="i-nom" name="nom"><label for="i-idee">Votre idée</label>'
             '<textarea id="i-idee" name="idee" rows="5"></textarea><button type="submit">Envoyer</button></form>', {"suggestion_call", "contact_form"}),
        page("/mon-espace", "Mon espace", '<form class="ep-login" method="post" action="/mon-espace"><label for="l-mail">Courriel</label><input id="l-mail" name="email" type="email">'
             '<label for="l-pw">Mot de passe</label><input id="l-pw" name="password" type="password"><button type="submit">Connexion</button></form>', decoys={"contact_form"}),
    ]
    jsite = Site(X_JP, "vendor", "Je participe à Sarlhac", jpages,
                 menu=[("Accueil", "/"), ("Budget vert", "/budget-vert"), ("Pétitions", "/petitions"), ("Boîte à idées", "/boite-a-idees")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))
    fpages = [
        page("/", "Forum de Sarlhac", '<ul class="DiscussionList-discussions"><li><a href="/d/14-covoiturage-vers-montauban">Covoiturage vers Montauban</a> · 9 réponses</li>'
             '<li><a href="/d/17-crue-du-tarn-entraide">Crue du Tarn : entraide</a> · 21 réponses</li></ul>' + m.links([("/t/mobilite", "Mobilité")])),
        page("/t/mobilite", "Mobilité", '<ul class="DiscussionList-discussions"><li><a href="/d/14-covoiturage-vers-montauban">Covoiturage vers Montauban</a></li></ul>'),
        page("/d/14-covoiturage-vers-montauban", "Covoiturage vers Montauban", '<div class="Post-stream"><article class="Post CommentPost"><h3 class="PostUser-name">Léa</h3>'
             '<div class="Post-body"><p>Quelqu\'un part vers Montauban à 7 h 30 ?</p></div></article><article class="Post CommentPost"><h3 class="PostUser-name">Thierry</h3>'
             '<div class="Post-body"><p>Oui, du lundi au jeudi, départ place de la Halle.</p></div></article></div>'),
        page("/d/17-crue-du-tarn-entraide", "Crue du Tarn : entraide", '<div class="Post-stream"><article class="Post CommentPost"><h3 class="PostUser-name">Sylvie</h3>'
             '<div class="Post-body"><p>Besoin de bras pour vider les caves rue Basse demain matin.</p></div></article></div>'),
    ]
    fsite = Site(X_FL, "flarum", "Forum de Sarlhac", fpages, menu=[("Discussions", "/"), ("Mobilité", "/t/mobilite")], features=frozenset({"forum"}))
    city = City("99168", "Sarlhac-des-Mouillères", 16_800, "82", "76", "Occitanie", f"http://{X_WWW}/", [wsite, jsite, fsite])
    return city, jsite


# =================================================================================================

def _build():
    wasnieres, saint_ouen, montveran, hennebecq = _wasnieres(), _saint_ouen(), _montveran(), _hennebecq()
    lombres, lombres_jp = _lombres()
    hirtzmatt, hirtzmatt_ls = _hirtzmatt()
    mottiere, mottiere_idc = _mottiere()
    sarlhac, sarlhac_jp = _sarlhac()
    cities_ = [wasnieres, saint_ouen, lombres, montveran, hirtzmatt, mottiere, hennebecq, sarlhac]
    hosts_ = {lombres_jp.host: _custom(lombres_jp, _jenparle), hirtzmatt_ls.host: _custom(hirtzmatt_ls, _limesurvey),
              mottiere_idc.host: _custom(mottiere_idc, _idcity), sarlhac_jp.host: _custom(sarlhac_jp, _homemade)}
    return cities_, hosts_


_BUILT = None


def _built():
    global _BUILT
    if _BUILT is None:
        _BUILT = _build()
    return _BUILT


def cities():
    return list(_built()[0])


def hosts():
    return dict(_built()[1])
