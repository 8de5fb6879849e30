"""Holdout part ``combes`` (cities 99071-99078): eight fictional communes of 40,000 to 150,000 inhabitants in the
Île-de-France suburbs, the Rhône valley, Provence and the Hauts-de-France, on agency CMSs, WordPress, Drupal, TYPO3,
Joomla and SPIP, with Decidim, CONSUL Democracy, Cap Collectif, Fluicity, Jenparle, id-city, Go Vocal, a
participation space drawn by a script, a LimeSurvey server, a phpBB board and a neighbours' network; and the
lookalikes real city sites hold."""
import json
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import combes_markup as m

P = m.prose


def _city(code, name, pop, dep, reg, region, sites, **kw):
    return City(code, name, pop, dep, reg, region, f"http://{sites[0].host}/", sites, **kw)


# ============================================================================================
# 99071 Saint-Orvaux-sur-Seine (Hauts-de-Seine): WordPress + Decidim on its own subdomain
# ============================================================================================

def saint_orvaux() -> City:
    www, dec = "www.saint-orvaux.fr", "participer.saint-orvaux.fr"
    news = [("/actualites/voirie-rue-des-saules/", "Travaux rue des Saules", "12 mars", "Réfection de la chaussée jusqu'en mai."),
            ("/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne : la convention signée", "4 mars",
             "La ville rejoint le dispositif de vigilance de la gendarmerie."),
            ("/actualites/forum-emploi/", "Forum de l'emploi et de l'alternance", "28 février", "Quarante entreprises recrutent."),
            ("/actualites/recensement/", "Recensement de la population", "15 janvier", "Les agents recenseurs passent chez vous.")]
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue sur le site officiel de Saint-Orvaux-sur-Seine, ville des bords de Seine.",
            [("/ma-ville/orvaux-ensemble/", "Orvaux Ensemble"), ("/ma-ville/conseils-de-quartier/", "Conseils de quartier"),
             ("/ma-ville/droit-d-interpellation/", "Interpeller le conseil"), ("/ma-ville/budget-2025/", "Budget de la ville"),
             ("/ma-ville/conseil-municipal/", "Conseil municipal"), ("/contact/", "Contactez la mairie"),
             ("/lettre-d-information/", "Lettre d'information"), ("/actualites/", "Toutes les actualités"),
             ("/sortir/mediatheque/", "Médiathèque")],
            news, [("22 mars", "Conseil de quartier Bords-de-Seine, salle Renoir"), ("29 mars", "Carnaval des écoles")], "complianz")),
        page("/ma-ville/orvaux-ensemble/", "Orvaux Ensemble : construire la ville avec vous", P(
            "Orvaux Ensemble réunit toutes les démarches de démocratie participative de la ville : conseils de quartier, "
            "concertations sur les projets d'aménagement, consultations en ligne et droit d'interpellation.",
            "La charte de la participation adoptée en 2021 fixe les engagements de la municipalité : informer en amont, "
            "rendre compte des avis recueillis, expliquer les choix.")
             + m.h2("Participer en ligne") + P(f'La plateforme <a href="http://{dec}/">participer.saint-orvaux.fr</a> accueille les concertations, '
                                               "les propositions des habitants et les initiatives citoyennes.")
             + m.links([("/ma-ville/conseils-de-quartier/", "Les six conseils de quartier"),
                        ("/ma-ville/droit-d-interpellation/", "Le droit d'interpellation"),
                        (f"http://{dec}/processes", "Les concertations en cours")]),
             {"participation_displayed"}),
        page("/ma-ville/conseils-de-quartier/", "Les conseils de quartier", P(
            "Six conseils de quartier, composés d'habitants volontaires et de membres tirés au sort, se réunissent "
            "trois fois par an en séance publique. Ils donnent leur avis sur les projets du quartier et portent des propositions.",
            "Pour devenir membre, adressez votre candidature au service Démocratie locale avant le 30 septembre.")
             + m.links([("/ma-ville/conseils-de-quartier/bords-de-seine-seance-mars/", "Bords-de-Seine : relevé de la séance de mars")]),
             {"participation_displayed"}),
        # the minutes of one council's meeting present the neighbourhood council's work: the approach displayed
        page("/ma-ville/conseils-de-quartier/bords-de-seine-seance-mars/", "Conseil de quartier Bords-de-Seine : séance du 14 mars", P(
            "Trente-deux habitants ont participé à la séance. Points abordés : stationnement rue des Saules, éclairage du chemin de halage, "
            "animation de la fête de quartier.", "Prochaine séance publique du conseil de quartier : le 20 juin à 19 h, salle Renoir."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/ma-ville/conseils-de-quartier/")),
        # the city's own right of interpellation, opened by a count of supporters, signed on its platform
        page("/ma-ville/droit-d-interpellation/", "Le droit d'interpellation citoyenne", P(
            "Tout habitant de 16 ans et plus peut lancer une pétition locale. Avec 150 soutiens, les élus vous reçoivent ; "
            "avec 1 200 soutiens, la question est inscrite à l'ordre du jour du conseil municipal.",
            f'Déposez ou soutenez une pétition sur <a href="http://{dec}/initiatives">l\'espace Initiatives citoyennes</a>.'),
             {"participation_displayed", "petition"}),
        page("/ma-ville/budget-2025/", "Budget primitif 2025", P(
            "Le budget primitif 2025 a été voté le 12 décembre : 96 millions d'euros, dont 21 millions d'investissement.",
            "Consultez le rapport d'orientation budgétaire et le compte administratif 2023 en téléchargement."),
             decoys={"participatory_budget"}),
        page("/ma-ville/conseil-municipal/", "Le conseil municipal", P(
            "Le conseil municipal se réunit environ six fois par an. Les séances sont publiques et retransmises en direct.",
            "Prochaine séance : jeudi 3 avril à 20 h. Ordre du jour : budget supplémentaire, tarifs de la restauration scolaire."),
             decoys={"participation_displayed"}),
        page("/actualites/", "Actualités", m.teasers(news), parent=()),
        page("/actualites/voirie-rue-des-saules/", "Travaux rue des Saules", P(
            "La réfection de la chaussée de la rue des Saules commence le 18 mars pour huit semaines.",
            "La circulation sera alternée entre 8 h et 17 h.")
             + m.wp_comments(412, [("Hervé", "12 mars", "Et le stationnement des riverains pendant les travaux ?"),
                                   ("Ville de Saint-Orvaux", "13 mars", "Le parking du marché reste ouvert aux riverains.")])
             + m.share(f"http://{www}/actualites/voirie-rue-des-saules/"), {"comments"}, parent=("Actualités", "/actualites/")),
        # the gendarmerie's watch scheme is named "participation citoyenne" but is no participatory approach
        page("/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne : la convention signée", P(
            "Le maire et le commandant de la compagnie de gendarmerie ont signé la convention « Participation citoyenne ».",
            "Des référents de quartier volontaires signaleront aux gendarmes tout fait inhabituel. Un panneau sera posé aux entrées de ville."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites/")),
        page("/actualites/forum-emploi/", "Forum de l'emploi et de l'alternance", P(
            "Le forum de l'emploi revient le 5 avril à l'espace Renoir : quarante entreprises, des ateliers CV et des offres d'alternance."),
             decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/actualites/recensement/", "Recensement de la population 2025", P(
            "Le recensement est conduit par l'INSEE du 16 janvier au 22 février. Vous pouvez répondre au questionnaire en ligne "
            "avec les codes remis par l'agent recenseur.", "Votre participation est obligatoire et confidentielle."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/contact/", "Contactez la mairie", P("Hôtel de ville ouvert du lundi au vendredi de 8 h 30 à 17 h 30.") + m.cf7(88, "/contact/"),
             {"contact_form"}),
        page("/sortir/mediatheque/", "Médiathèque Colette", m.with_sidebar(P(
            "Ouverte du mardi au samedi, la médiathèque prête livres, jeux, disques et liseuses. Inscription gratuite pour les Orvaliens."),
            m.wp_polls(14, "Faut-il ouvrir la médiathèque le dimanche ?", ["Oui, le matin", "Oui, l'après-midi", "Non"])), {"poll"}),
        page("/lettre-d-information/", "Lettre d'information", P("Chaque mois, l'essentiel de l'actualité de la ville dans votre boîte aux lettres électronique.")
             + m.newsletter(), decoys={"contact_form"}),
    ]
    site = Site(www, "wordpress", "Saint-Orvaux-sur-Seine", pages,
                menu=[("Ma ville", "/ma-ville/orvaux-ensemble/"), ("Actualités", "/actualites/"), ("Participer", f"http://{dec}/"),
                      ("Contact", "/contact/")],
                accounts=[social("facebook", "SaintOrvaux"), social("instagram", "saintorvaux"),
                          social("x", "SaintOrvaux", "https://twitter.com/SaintOrvaux")],
                address="Hôtel de ville, 1 place de la République, 92000 Saint-Orvaux-sur-Seine")
    pp = "/processes/quartiers-2025"
    dpages = [
        page("/", "Accueil", P("Bienvenue sur la plateforme de participation de Saint-Orvaux-sur-Seine.")
             + m.decidim_cards([(pp, "Mon quartier en 2030", "Concertation", "En cours"),
                                ("/processes/mobilites-2023", "Plan vélo", "Concertation", "Terminé"),
                                ("/initiatives", "Initiatives citoyennes", "Pétitions locales", "Ouvert")])),
        page("/processes", "Processus", m.decidim_cards([(pp, "Mon quartier en 2030", "3 étapes", "Étape 2 sur 3"),
                                                         ("/processes/mobilites-2023", "Plan vélo", "Clos", "Terminé")])),
        page(pp, "Mon quartier en 2030", P("Comment voulez-vous voir évoluer votre quartier ? Partagez vos propositions, "
                                           "puis répondez au questionnaire sur les espaces publics.")
             + m.decidim_process_steps([("Diagnostic", "janvier"), ("Propositions", "février - avril"), ("Restitution", "juin")], 1)
             + m.links([(f"{pp}/f/12/proposals", "Propositions"), (f"{pp}/f/13/surveys", "Questionnaire")])),
        page(f"{pp}/f/12/proposals", "Propositions", P("Faites une proposition pour votre quartier : aménagement, végétalisation, animation.")
             + '<a href="/processes/quartiers-2025/f/12/proposals/new" class="button button__secondary">Nouvelle proposition</a>'
             + m.decidim_cards([(f"{pp}/f/12/proposals/341", "Un jardin partagé derrière la médiathèque", "14 soutiens · 3 commentaires", "Évaluation"),
                                (f"{pp}/f/12/proposals/342", "Des bancs le long du halage", "9 soutiens", "")]),
             {"suggestion_call"}),
        page(f"{pp}/f/12/proposals/new", "Nouvelle proposition", '<div class="callout warning">Veuillez vous connecter pour déposer une proposition. '
             '<a href="/users/sign_in">Se connecter</a></div>' + P("Votre proposition doit concerner l'espace public du quartier et relever des compétences de la ville."),
             {"suggestion_call"}),
        page(f"{pp}/f/12/proposals/341", "Un jardin partagé derrière la médiathèque", P(
            "Le terrain en friche derrière la médiathèque pourrait accueillir des bacs de culture gérés par une association d'habitants.")
             + m.decidim_comments(341, [("Lucie M.", "2 mars", "Excellente idée, je suis partante pour participer."),
                                        ("Karim B.", "5 mars", "Attention à l'accès à l'eau.")]), {"comments"}),
        page(f"{pp}/f/12/proposals/342", "Des bancs le long du halage", P("Installer quelques bancs entre le pont et l'écluse pour les promeneurs âgés.")
             + m.decidim_comments(342, [], True), {"comments"}),
        page(f"{pp}/f/13/surveys", "Questionnaire : les espaces publics de mon quartier", P("Répondez en cinq minutes, ce questionnaire est ouvert jusqu'au 30 avril.")
             + '<form class="answer-questionnaire" action="/processes/quartiers-2025/f/13/surveys/answer" method="post"><div class="questionnaire-question">'
               '<label>Vous sentez-vous en sécurité dans les rues de votre quartier le soir ?</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Oui"> Oui</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Non"> Non</label></div>'
               '<div class="questionnaire-question"><label>Quels équipements manquent ?</label>'
               '<label><input type="checkbox" name="questionnaire[responses][1][choices][][body]" value="Jeux"> Jeux pour enfants</label>'
               '<label><input type="checkbox" name="questionnaire[responses][1][choices][][body]" value="Bancs"> Bancs</label></div>'
               '<input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions'
               '<button type="submit" class="button button__secondary">Envoyer</button></form>', {"poll"}),
        page("/processes/mobilites-2023", "Plan vélo (terminé)", P("Cette concertation est terminée. Merci aux 640 participants.")
             + m.links([("/processes/mobilites-2023/f/5/surveys", "Résultats du questionnaire")])),
        # a closed survey shows its results only: nobody can answer any more
        page("/processes/mobilites-2023/f/5/surveys", "Questionnaire vélo : résultats", '<div class="callout">Le questionnaire est fermé.</div>'
             + m.poll_results("Utiliseriez-vous une piste cyclable sur le quai ?", [("Oui", 71, 454), ("Non", 29, 186)], 640, "31 octobre 2023"),
             decoys={"poll"}),
        page("/initiatives", "Initiatives citoyennes", P("Lancez une initiative : à 150 soutiens les élus vous reçoivent, "
                                                         "à 1 200 la question est inscrite à l'ordre du jour du conseil municipal.")
             + '<a class="button button__secondary" href="/create_initiative/select_initiative_type">Lancer une initiative</a>'
             + m.decidim_cards([("/initiatives/i-17", "Un passage piéton devant l'école Pasteur", "312 / 1200 signatures", "Collecte de signatures")]),
             {"petition"}),
        page("/create_initiative/select_initiative_type", "Lancer une initiative", P(
            "Choisissez le type d'initiative : interpellation des élus (150 soutiens) ou inscription au conseil municipal (1 200 soutiens).")
             + '<div class="callout">Connectez-vous pour créer une initiative. <a href="/users/sign_in">Se connecter</a></div>', {"petition"}),
        page("/initiatives/i-17", "Un passage piéton devant l'école Pasteur", P(
            "Les parents d'élèves demandent un passage piéton surélevé rue Pasteur, aux heures d'entrée et de sortie de l'école.")
             + m.progress(312, 1200) + '<form class="button_to" method="post" action="/initiatives/i-17/initiative_signatures">'
               '<button class="button button__secondary" type="submit">Signer</button></form>', {"petition"}),
    ]
    plat = Site(dec, "decidim", "Participer à Saint-Orvaux", dpages, menu=[("Processus", "/processes"), ("Initiatives", "/initiatives")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return _city("99071", "Saint-Orvaux-sur-Seine", 78_400, "92", "11", "Île-de-France", [site, plat])


# --------------------------------------------------------------------------------------------
# Platforms without a theme of their own are served whole by a special host (their own layout)
# --------------------------------------------------------------------------------------------

def _own_layout(kind, site, pg):
    crumbs = '<a href="/">Accueil</a>'
    menu = "".join(f'<li><a href="{escape(h)}">{escape(label)}</a></li>' for label, h in site.menu)
    if kind == "fluicity":
        return (f'<!DOCTYPE html><html lang="fr" data-n-head-ssr><head><meta charset="utf-8"><title>{escape(pg.title)} - {escape(site.title)}</title>'
                '<meta name="viewport" content="width=device-width,initial-scale=1"><meta data-n-head="ssr" name="generator" content="Fluicity">'
                '<link rel="stylesheet" href="/_nuxt/css/app.4f1e2a.css"><script src="/_nuxt/runtime.8a2c1d.js" defer></script></head>'
                f'<body><div id="__nuxt"><div id="__layout"><div class="fc-app"><header class="fc-header"><a class="fc-header__logo" href="/">{escape(site.title)}</a>'
                f'<nav class="fc-nav"><ul>{menu}</ul></nav><a class="fc-btn fc-btn--login" href="/fr/login">Connexion</a></header>'
                f'<main class="fc-main"><nav class="fc-breadcrumb">{crumbs}</nav><h1 class="fc-title">{escape(pg.title)}</h1>{pg.body}</main>'
                '<footer class="fc-footer"><a href="/fr/cgu">CGU</a> · <a href="https://www.flui.city/" target="_blank" rel="noopener">Propulsé par Fluicity</a></footer>'
                '</div></div></div></body></html>')
    if kind == "jenparle":
        return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{escape(pg.title)} | {escape(site.title)}</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/jenparle/front.min.css?v=3.8">'
                '<script src="/assets/jenparle/front.min.js?v=3.8" defer></script></head>'
                f'<body class="jp-front"><header class="jp-header"><a class="jp-logo" href="/">{escape(site.title)}</a><nav class="jp-menu"><ul>{menu}</ul></nav>'
                '<a class="jp-connexion" href="/connexion">Se connecter</a></header>'
                f'<main class="jp-content"><p class="jp-ariane">{crumbs}</p><h1>{escape(pg.title)}</h1>{pg.body}</main>'
                '<footer class="jp-footer"><a href="/mentions-legales">Mentions légales</a> — Plateforme <a href="https://www.jenparle.net/">Jenparle</a></footer></body></html>')
    if kind == "idcity":
        return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{escape(pg.title)} - {escape(site.title)}</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/build/idcity-front.2b7e.css">'
                '<script src="/build/idcity-front.9c1f.js" defer></script></head>'
                f'<body class="idc-body"><div class="idc-topbar"><a href="/" class="idc-brand">{escape(site.title)}</a><ul class="idc-nav">{menu}</ul>'
                '<a href="/login" class="idc-login">Connexion</a></div>'
                f'<div class="idc-container"><ol class="idc-breadcrumb"><li>{crumbs}</li></ol><h1 class="idc-h1">{escape(pg.title)}</h1>{pg.body}</div>'
                '<footer class="idc-footer"><a href="/cgu">CGU</a> · Plateforme citoyenne <a href="https://www.id-city.fr/">id-city</a></footer></body></html>')
    # limesurvey
    return (f'<!DOCTYPE html><html lang="fr" class="no-js"><head><meta charset="utf-8"><title>{escape(pg.title)}</title>'
            '<meta name="generator" content="LimeSurvey http://www.limesurvey.org">'
            '<link rel="stylesheet" href="/assets/survey_themes/fruity_twentythree/css/theme.css"><script src="/assets/packages/jquery/jquery-3.7.min.js"></script></head>'
            f'<body class="fruity_twentythree lang-fr"><div id="beginScripts"></div><article class="ls-survey"><div class="top-container"><a href="/">{escape(site.title)}</a></div>'
            f'<div id="outerframeContainer"><h1 class="survey-name">{escape(pg.title)}</h1>{pg.body}</div></article>'
            '<footer class="ls-footer"><a href="https://www.limesurvey.org" target="_blank">LimeSurvey</a></footer></body></html>')


def _own_host(site, kind):
    def special(request):
        pg = site.by_path.get(request.target)
        if pg is None or request.target == "/robots.txt":
            return None
        return Reply.html(_own_layout(kind, site, pg))
    return CustomHost(site, special)


_OWN_HOSTS = {}


def _plain_site(host, title, pages, kind, menu=(), **kw):
    site = Site(host, "vendor", title, pages, menu=list(menu), **kw)
    _OWN_HOSTS[host] = (site, kind)
    return site


# ============================================================================================
# 99072 Ecquerolles (Nord): agency CMS + Fluicity + a neighbours' network run for the city
# ============================================================================================

def ecquerolles() -> City:
    www, flui, voisins = "www.ecquerolles.fr", "ecquerolles.flui.city", "www.voisins-ecquerolles.fr"
    news = [("/actualites/appel-a-projets-associatif/", "Appel à projets associatifs 2025", "10 mars", "Dossiers de subvention avant le 15 avril."),
            ("/actualites/marche-public-restauration/", "Marché de restauration scolaire", "2 mars", "Avis d'appel public à la concurrence."),
            ("/actualites/enquete-publique-plu/", "Enquête publique sur le PLU", "20 février", "Le commissaire enquêteur tient permanence."),
            ("/actualites/fete-des-voisins/", "Fête des voisins : inscrivez votre rue", "12 février", "Kits festifs à retirer en mairie.")]
    pages = [
        page("/", "Accueil", m.home("Ecquerolles, ville de la métropole, 52 000 habitants, au bord de la Marque.",
             [("/vivre-ensemble/democratie-locale/", "Démocratie locale"), ("/vivre-ensemble/conseils-citoyens/", "Conseils citoyens"),
              ("/vivre-ensemble/boite-a-idees/", "Boîte à idées"), ("/vivre-ensemble/voisins/", "Entre voisins"),
              ("/vivre-ensemble/consultations/", "Consultations"), ("/services/contact/", "Écrire à la mairie"),
              ("/services/reservation-salles/", "Réserver une salle"), ("/actualites/", "Actualités")], news,
             [("18 mars", "Permanence du commissaire enquêteur"), ("6 avril", "Braderie du quartier du Pont")])),
        page("/vivre-ensemble/democratie-locale/", "Démocratie locale", P(
            "La ville associe les habitants aux décisions qui les concernent : conseils citoyens dans les quartiers prioritaires, "
            "réunions publiques de concertation avant chaque grand projet, consultations en ligne sur la plateforme « Ecquerolles et moi ».")
             + m.links([("/vivre-ensemble/conseils-citoyens/", "Les conseils citoyens"), ("/vivre-ensemble/consultations/", "Les consultations en cours")]),
             {"participation_displayed"}),
        page("/vivre-ensemble/conseils-citoyens/", "Les conseils citoyens", P(
            "Dans les quartiers du Pont et de la Briqueterie, un conseil citoyen réunit des habitants tirés au sort et des acteurs locaux. "
            "Il siège aux instances du contrat de ville et porte des projets pour le quartier.",
            "Le conseil citoyen de la Briqueterie se réunit le premier mardi du mois à la maison de quartier."),
             {"participation_displayed"}),
        page("/vivre-ensemble/boite-a-idees/", "Boîte à idées", P("Une idée pour améliorer la vie à Ecquerolles ? Les services l'étudient et vous répondent sous un mois.")
             + m.idea_form("/vivre-ensemble/boite-a-idees/", "Tous les champs sont obligatoires.", ["Propreté", "Cadre de vie", "Jeunesse", "Autre"]),
             {"suggestion_call", "contact_form"}),
        # the city's own page invites residents into its neighbours' network and links to it
        page("/vivre-ensemble/voisins/", "Entre voisins, le réseau des Ecquerollois", P(
            "La ville met à disposition des habitants un réseau social de proximité : prêter une perceuse, trouver un covoiturage, "
            "proposer un coup de main ou annoncer une fête de rue.",
            f'Inscription gratuite avec votre adresse : <a href="http://{voisins}/">rejoindre le réseau Entre voisins</a>.'),
             {"territorial_social_network"}),
        page("/vivre-ensemble/consultations/", "Consultations en cours", P(
            f'Les consultations de la ville se déroulent sur <a href="http://{flui}/">Ecquerolles et moi</a> : donnez votre avis sur '
            "le futur marché couvert et déposez vos idées pour les vacances des jeunes."), {"participation_displayed"}),
        page("/actualites/", "Actualités", m.teasers(news)),
        page("/actualites/appel-a-projets-associatif/", "Appel à projets associatifs 2025", P(
            "Les associations ecquerolloises peuvent déposer un dossier de demande de subvention au titre de l'appel à projets 2025. "
            "Critères : intérêt local, partenariat, implication de bénévoles."), decoys={"suggestion_call"}, parent=("Actualités", "/actualites/")),
        page("/actualites/marche-public-restauration/", "Marché de restauration scolaire", P(
            "Avis d'appel public à la concurrence : fourniture de repas en liaison froide. Dossier de consultation des entreprises sur le profil acheteur."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites/")),
        page("/actualites/enquete-publique-plu/", "Enquête publique sur la révision du PLU", P(
            "L'enquête publique se tient du 3 au 31 mars. Le dossier est consultable en mairie ; les observations sont portées au registre "
            "ou adressées au commissaire enquêteur."), decoys={"poll", "participation_displayed"}, parent=("Actualités", "/actualites/")),
        page("/actualites/fete-des-voisins/", "Fête des voisins : inscrivez votre rue", P(
            "Le 30 mai, la fête des voisins revient. Inscrivez votre rue à l'accueil de la mairie pour recevoir un kit."),
             decoys={"territorial_social_network"}, parent=("Actualités", "/actualites/")),
        page("/services/contact/", "Écrire à la mairie", m.vendor_form("/services/contact/", [
            ("nom", "Nom *", "text"), ("prenom", "Prénom *", "text"), ("email", "Courriel *", "email"), ("objet", "Objet", "text")]),
             {"contact_form"}),
        page("/services/reservation-salles/", "Réserver une salle municipale", P("Salles des fêtes et salles de réunion pour les particuliers et les associations.")
             + m.booking("/services/reservation-salles/", ["Samedi 12 avril, salle du Pont", "Dimanche 13 avril, salle Jaurès"]),
             decoys={"contact_form"}),
    ]
    site = Site(www, "vendor", "Ville d'Ecquerolles", pages,
                menu=[("Vivre ensemble", "/vivre-ensemble/democratie-locale/"), ("Actualités", "/actualites/"), ("Services", "/services/contact/")],
                accounts=[social("facebook", "VilledEcquerolles"), social("youtube", "ecquerollesTV")],
                address="Place Jean-Jaurès, 59000 Ecquerolles")
    fpages = [
        page("/", "Ecquerolles et moi", P("La plateforme de participation de la ville d'Ecquerolles.")
             + m.links([("/fr/projects/idees-vacances-jeunes", "Vos idées pour les vacances des jeunes"),
                        ("/fr/consultations/marche-couvert", "Le futur marché couvert"),
                        ("/fr/consultations/rythmes-scolaires", "Rythmes scolaires (terminée)")], "fc-project-list")),
        page("/fr/projects/idees-vacances-jeunes", "Vos idées pour les vacances des jeunes", P(
            "Que manque-t-il aux 11-17 ans pendant l'été ? Postez votre idée, votez pour celles des autres.")
             + '<a class="fc-btn fc-btn--primary" href="/fr/projects/idees-vacances-jeunes/new-idea">Proposer une idée</a>'
             + m.links([("/fr/ideas/5512", "Un skate-park couvert")], "fc-idea-list"), {"suggestion_call"}),
        page("/fr/projects/idees-vacances-jeunes/new-idea", "Proposer une idée", '<form class="fc-form fc-idea-form" action="/fr/projects/idees-vacances-jeunes/ideas" method="post">'
             '<label for="idea-title">Titre</label><input id="idea-title" name="idea[title]" type="text">'
             '<label for="idea-desc">Description</label><textarea id="idea-desc" name="idea[description]"></textarea>'
             '<button type="submit" class="fc-btn">Publier mon idée</button></form>', {"suggestion_call"}),
        page("/fr/ideas/5512", "Un skate-park couvert", P("Un skate-park couvert près du collège pour les jours de pluie.")
             + '<section class="fc-comments"><h2>3 commentaires</h2><ul><li class="fc-comment"><b>Théo</b> Oui, surtout l\'hiver !</li>'
               '<li class="fc-comment"><b>Nadia</b> Et un espace pour les trottinettes.</li></ul>'
               '<form class="fc-comment-form" action="/fr/ideas/5512/comments" method="post"><textarea name="comment[content]" placeholder="Ajouter un commentaire"></textarea>'
               '<button type="submit">Commenter</button></form></section>', {"comments"}),
        page("/fr/consultations/marche-couvert", "Le futur marché couvert", P("Répondez à ces trois questions avant le 15 avril.")
             + m.radio_questionnaire("/fr/consultations/marche-couvert/answers", "Consultation ouverte à tous.",
                                     [("Quel jour de marché préférez-vous ?", ["Mercredi", "Samedi", "Dimanche"]),
                                      ("Y faites-vous vos courses aujourd'hui ?", ["Chaque semaine", "Parfois", "Jamais"])], "fc-survey"), {"poll"}),
        page("/fr/consultations/rythmes-scolaires", "Rythmes scolaires : résultats", '<p class="fc-badge">Consultation terminée</p>'
             + m.poll_results("Semaine de quatre jours ou de quatre jours et demi ?", [("Quatre jours", 68, 1210), ("Quatre jours et demi", 32, 570)], 1780, "1er juin 2024"),
             decoys={"poll"}),
        page("/fr/login", "Connexion", '<form class="fc-form fc-login" action="/fr/login" method="post"><input type="email" name="email"><input type="password" name="password"><button>Se connecter</button></form>',
             decoys={"contact_form"}),
        page("/fr/cgu", "Conditions générales d'utilisation", P("Conditions d'utilisation de la plateforme Ecquerolles et moi.")),
    ]
    fsite = _plain_site(flui, "Ecquerolles et moi", fpages, "fluicity", [("Projets", "/"), ("Consultations", "/fr/consultations/marche-couvert")],
                        features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))
    vpages = [
        page("/", "Entre voisins", P("Le réseau social des habitants d'Ecquerolles : entraide, prêts, annonces de quartier.")
             + m.links([("/quartiers/le-pont", "Quartier du Pont"), ("/quartiers/briqueterie", "Quartier de la Briqueterie")])),
        page("/quartiers/le-pont", "Quartier du Pont", '<ul class="feed"><li class="post"><b>Sophie</b> Qui peut me prêter un escabeau samedi ?</li>'
             '<li class="post"><b>Marc</b> Chat tigré trouvé rue Pasteur.</li></ul>'
             '<form class="post-form" action="/quartiers/le-pont/messages" method="post"><textarea name="message" placeholder="Écrire à vos voisins"></textarea><button>Publier</button></form>', decoys={"contact_form"}),
        page("/quartiers/briqueterie", "Quartier de la Briqueterie", '<ul class="feed"><li class="post"><b>Ahmed</b> Covoiturage vers le marché de gros mardi.</li></ul>'),
    ]
    vsite = Site(voisins, "community", "Entre voisins Ecquerolles", vpages, menu=[("Quartiers", "/quartiers/le-pont")],
                 features=frozenset({"territorial_social_network"}))
    return _city("99072", "Ecquerolles", 52_300, "59", "32", "Hauts-de-France", [site, fsite, vsite])


# ============================================================================================
# 99073 Brussac-sur-Rhône (Rhône): Drupal + CONSUL Democracy on a domain of its own
# ============================================================================================

def brussac() -> City:
    www, consul = "www.brussac.fr", "www.brussac-decide.fr"
    news = [("/actualites/berges-du-rhone", "Les berges du Rhône réaménagées", "8 mars", "Une promenade continue de 3 km."),
            ("/actualites/concours-photo", "Concours photo « Brussac au fil de l'eau »", "1er mars", "Envoyez vos clichés avant le 30 avril."),
            ("/actualites/recrutement-animateurs", "Recrutement d'animateurs d'été", "20 février", "Appel à candidatures pour les centres de loisirs.")]
    bp = "/participer/brussac-decide"
    pages = [
        page("/", "Accueil", m.home("Brussac-sur-Rhône, 64 000 habitants, entre fleuve et coteaux.",
             [("/participer", "Participer"), (bp, "Brussac décide"), ("/participer/assemblee-citoyenne-climat", "Assemblée citoyenne"),
              ("/participer/questionnaire-restauration", "Questionnaire cantine"), ("/ville/finances", "Finances"),
              ("/contact", "Contact"), ("/famille/inscriptions-periscolaires", "Inscriptions périscolaires"), ("/actualites", "Actualités")],
             news, [("15 mars", "Assemblée citoyenne, 3e session"), ("12 avril", "Nettoyage des berges")])),
        page("/participer", "Participer à la vie de la ville", P(
            "Concertation, budget participatif, assemblée citoyenne : la ville ouvre ses décisions aux habitants. "
            f'Toutes les démarches en ligne sont sur <a href="http://{consul}/">brussac-decide.fr</a>.')
             + m.links([(bp, "Le budget participatif Brussac décide"), ("/participer/assemblee-citoyenne-climat", "L'assemblée citoyenne pour le climat"),
                        ("/participer/questionnaire-restauration", "Questionnaire sur la restauration scolaire")]), {"participation_displayed"}),
        page(bp, "Brussac décide, 3e édition", P(
            "Avec Brussac décide, les habitants proposent puis votent des projets d'investissement financés sur une enveloppe de 600 000 euros. "
            "Le vote de la 3e édition est ouvert jusqu'au 20 avril.",
            f'<a href="http://{consul}/budgets/3">Voter pour vos projets préférés</a>')
             + m.links([(f"{bp}/reglement", "Le règlement"), (f"{bp}/laureats-2023", "Les projets lauréats de 2023")]), {"participatory_budget"}),
        # the rules of the participatory budget: who may propose and vote, and how
        page(f"{bp}/reglement", "Règlement de Brussac décide", P(
            "Article 1 : tout habitant de plus de 12 ans peut déposer un projet. Article 2 : un projet ne peut dépasser 80 000 euros "
            "et doit relever des compétences communales. Article 3 : chaque votant choisit trois projets."),
             {"participatory_budget"}, parent=("Brussac décide", bp)),
        # a past edition's winners: the participatory budget is still presented
        page(f"{bp}/laureats-2023", "Brussac décide 2023 : les lauréats", P(
            "Quatre projets ont été retenus par 3 150 votants : un verger partagé, une boîte à livres par quartier, "
            "l'éclairage du city-stade, des abris vélos à la gare."), {"participatory_budget"}, parent=("Brussac décide", bp)),
        page("/participer/assemblee-citoyenne-climat", "Assemblée citoyenne pour le climat", P(
            "Quarante habitants tirés au sort sur les listes électorales travaillent pendant six sessions à des recommandations "
            "pour réduire l'empreinte carbone de la ville. Le conseil municipal s'engage à y répondre publiquement."),
             {"participation_displayed"}),
        page("/participer/questionnaire-restauration", "Questionnaire : la restauration scolaire", P(
            "Parents, aidez-nous à préparer le nouveau marché de restauration. Questionnaire anonyme, ouvert jusqu'au 31 mars.")
             + m.radio_questionnaire("/participer/questionnaire-restauration", "Trois questions, deux minutes.",
                                     [("Votre enfant déjeune-t-il à la cantine ?", ["Tous les jours", "Certains jours", "Jamais"]),
                                      ("Faut-il un menu végétarien quotidien ?", ["Oui", "Non", "Sans avis"])],
                                     "webform-submission-form webform-submission-questionnaire-cantine-form", "Votre code postal"),
             {"poll"}),
        page("/ville/finances", "Les finances de la ville", P(
            "Budget primitif, budget supplémentaire, compte administratif : retrouvez les documents budgétaires votés par le conseil municipal.",
            "Le budget 2025 s'élève à 88 millions d'euros."), decoys={"participatory_budget"}),
        page("/actualites", "Actualités", m.teasers(news)),
        page("/actualites/berges-du-rhone", "Les berges du Rhône réaménagées", P(
            "La nouvelle promenade relie le port de plaisance à l'île des Graviers. Bancs, fontaines et pontons de pêche jalonnent le parcours.")
             + m.drupal_comments(611, [("Brigitte", "10/03/2025", "Superbe, mais il manque des poubelles."),
                                       ("Jean-Paul", "11/03/2025", "Enfin accessible en fauteuil !")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/concours-photo", "Concours photo « Brussac au fil de l'eau »", P(
            "Le concours est ouvert aux photographes amateurs. Envoyez jusqu'à trois photos avant le 30 avril ; le jury récompensera les trois meilleures."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/recrutement-animateurs", "Recrutement d'animateurs d'été", P(
            "Appel à candidatures : la ville recrute vingt animateurs titulaires du BAFA pour juillet et août. CV et lettre avant le 15 avril."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/contact", "Contact", m.webform("contact", "/contact", [("name", "Nom"), ("subject", "Objet")]), {"contact_form"}),
        page("/famille/inscriptions-periscolaires", "Inscriptions périscolaires", m.registration("/famille/inscriptions-periscolaires"),
             decoys={"contact_form"}),
    ]
    site = Site(www, "drupal", "Ville de Brussac-sur-Rhône", pages,
                menu=[("Participer", "/participer"), ("Ma ville", "/ville/finances"), ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=[social("facebook", "brussacsurrhone"), social("linkedin", "ville-de-brussac"),
                          social("mastodon", "brussac@mastodon.social")],
                address="Hôtel de ville, quai Claude-Bernard, 69000 Brussac-sur-Rhône")
    inv = "/budgets/3/investments"
    cpages = [
        page("/", "Brussac décide", P("Proposez, débattez, votez : l'espace de participation de Brussac-sur-Rhône.")
             + m.links([("/budgets/3", "Budget participatif 2025"), ("/proposals", "Propositions citoyennes"), ("/debates", "Débats"),
                        ("/polls", "Votations"), ("/budgets/2/results", "Résultats 2023")])),
        page("/budgets/3", "Budget participatif 2025", '<div class="budget-header"><p class="budget-phase">Phase actuelle : <strong>Vote des projets</strong></p>'
             '<p>Enveloppe : 600 000 €</p></div>' + P(f'<a class="button" href="{inv}">Voir les projets et voter</a>'), {"participatory_budget"}),
        page(inv, "Projets d'investissement", '<div id="budget-investments">'
             f'<div class="budget-investment clear" id="budget_investment_58"><h3><a href="{inv}/58">Un verger dans le parc des Graviers</a></h3>'
             '<p class="investment-project-amount">24 000 €</p><div class="supports"><a class="button button-support" href="/users/sign_in">Voter</a></div></div>'
             f'<div class="budget-investment clear" id="budget_investment_61"><h3><a href="{inv}/61">Des fontaines à eau au city-stade</a></h3>'
             '<p class="investment-project-amount">9 500 €</p></div></div>', {"participatory_budget"}),
        page(f"{inv}/58", "Un verger dans le parc des Graviers", P("Planter trente arbres fruitiers en accès libre, entretenus avec le centre social.")
             + '<p class="investment-project-amount">24 000 €</p><a class="button button-support" href="/users/sign_in">Voter</a>'
             + '<div class="comments" id="comments"><h2>Commentaires (2)</h2><div class="comment"><span class="user-name">Inès</span><p>Super pour les enfants du quartier.</p></div>'
               '<form class="new_comment" id="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_type]" value="Budget::Investment">'
               '<textarea name="comment[body]" id="comment-body-budget_investment_58"></textarea><input type="submit" value="Publier le commentaire" class="button"></form></div>',
             {"participatory_budget", "comments"}),
        page(f"{inv}/61", "Des fontaines à eau au city-stade", P("Deux fontaines raccordées au réseau pour les sportifs.") + '<p class="investment-project-amount">9 500 €</p>',
             {"participatory_budget"}),
        # results of the previous edition, on the platform that holds the current one
        page("/budgets/2/results", "Budget participatif 2023 : résultats", '<table class="budget-investments-results"><tr><th>Projet</th><th>Votes</th></tr>'
             '<tr><td>Verger partagé</td><td>1 204</td></tr><tr><td>Boîtes à livres</td><td>988</td></tr></table>', {"participatory_budget"}),
        page("/proposals", "Propositions citoyennes", P("Vous avez une idée pour la ville ? Créez une proposition : si elle recueille 500 soutiens, elle est étudiée par le conseil municipal.")
             + '<a class="button expanded" href="/proposals/new">Créer une proposition</a>'
             + '<div id="proposals" class="proposals-list"><div class="proposal clear" id="proposal_12"><h3><a href="/proposals">Piétonniser la rue du Port le dimanche</a></h3>'
               '<div class="supports">142 soutiens</div></div></div>', {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", '<div class="callout alert">Vous devez <a href="/users/sign_in">vous connecter</a> pour créer une proposition.</div>',
             {"suggestion_call"}),
        # CONSUL's debates: residents open threads and answer each other, a discussion board
        page("/debates", "Débats", P("Lancez un débat ou réagissez à ceux des autres habitants.")
             + '<a class="button" href="/users/sign_in">Commencer un débat</a><div id="debates"><div class="debate" id="debate_7"><h3><a href="/debates/7">Faut-il éteindre l\'éclairage la nuit ?</a></h3>'
               '<p class="debate-info">23 commentaires</p></div></div>', {"forum"}),
        page("/debates/7", "Faut-il éteindre l'éclairage la nuit ?", P("L'extinction de 1 h à 5 h ferait économiser 40 000 euros par an. Qu'en pensez-vous ?")
             + '<div class="comments" id="comments"><div class="comment"><span class="user-name">Gaston</span><p>Oui, et les étoiles reviendraient.</p></div>'
               '<div class="comment comment-reply"><span class="user-name">Léa</span><p>Pas dans les rues commerçantes.</p></div>'
               '<form class="new_comment" action="/comments" method="post"><textarea name="comment[body]"></textarea><input type="submit" value="Publier le commentaire"></form></div>',
             {"forum", "comments"}),
        page("/polls", "Votations", P("Votation en cours : le nom de la future médiathèque. Vote ouvert jusqu'au 30 mars.")
             + '<div class="poll"><h3><a href="/polls/5">Nom de la médiathèque</a></h3><form action="/polls/5/answer" method="post">'
               '<label><input type="radio" name="answer" value="Olympe de Gouges"> Olympe de Gouges</label>'
               '<label><input type="radio" name="answer" value="Les Graviers"> Les Graviers</label><input type="submit" value="Voter"></form></div>'
             + m.links([("/polls/5", "Détails"), ("/polls/4", "Votation terminée : aire de jeux")]), {"poll"}),
        page("/polls/5", "Nom de la médiathèque", '<form action="/polls/5/answer" method="post"><label><input type="radio" name="answer" value="1"> Olympe de Gouges</label>'
             '<label><input type="radio" name="answer" value="2"> Les Graviers</label><input type="submit" value="Voter"></form>', {"poll"}),
        page("/polls/4", "Aire de jeux du Port : résultats", '<p class="callout">Cette votation est terminée.</p>'
             + m.poll_results("Quel thème pour la nouvelle aire de jeux ?", [("Bateaux", 58, 410), ("Forêt", 42, 297)], 707, "15 septembre 2024"),
             decoys={"poll"}),
    ]
    csite = Site(consul, "consul", "Brussac décide", cpages, menu=[("Budget participatif", "/budgets/3"), ("Propositions", "/proposals"),
                                                                    ("Débats", "/debates"), ("Votations", "/polls")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return _city("99073", "Brussac-sur-Rhône", 64_100, "69", "84", "Auvergne-Rhône-Alpes", [site, csite])


# ============================================================================================
# 99074 Pélissargues (Bouches-du-Rhône): Joomla + Cap Collectif for "Mon idée pour Pélissargues"
# ============================================================================================

def _joomla_poll(question, answers):
    opts = "".join(f'<li><input type="radio" name="voteid" id="voteid{i}" value="{i}"><label for="voteid{i}">{a}</label></li>'
                   for i, a in enumerate(answers, 21))
    return (f'<div class="moduletable sondage"><h3>Sondage</h3><form action="/index.php?option=com_acepolls&amp;view=poll&amp;id=3" method="post" name="form2" class="acepolls">'
            f'<p class="poll-question">{question}</p><ul class="poll-answers">{opts}</ul>'
            '<input type="submit" name="task_button" class="button btn" value="Voter"><input type="hidden" name="option" value="com_acepolls">'
            '<input type="hidden" name="task" value="vote"><input type="hidden" name="id" value="3"></form></div>')


def pelissargues() -> City:
    www, capco = "www.pelissargues.fr", "pelissargues.cap-collectif.com"
    proj = "/project/mon-idee-2025"
    news = [("/index.php/actualites/feria-2025", "Féria de printemps", "10 mars", "Trois jours de fête dans les arènes."),
            ("/index.php/actualites/resultats-sondage-parking", "Sondage stationnement : les résultats", "3 mars", "Merci aux 850 participants."),
            ("/index.php/actualites/conseil-municipal-mars", "Conseil municipal du 27 mars", "1er mars", "Ordre du jour et délibérations.")]
    pages = [
        page("/", "Accueil", m.home("Bienvenue à Pélissargues, entre étang et garrigue.",
             [("/index.php/mairie/democratie-participative", "Démocratie participative"), ("/index.php/mairie/comites-interet-de-quartier", "Les CIQ"),
              ("/index.php/mairie/mon-idee-pour-pelissargues", "Mon idée pour Pélissargues"), ("/index.php/vie-pratique/marches-publics", "Marchés publics"),
              ("/index.php/vie-pratique/paiement-en-ligne", "Paiement en ligne"), ("/index.php/tourisme", "Tourisme"),
              ("/index.php/contact", "Contact"), ("/index.php/vie-pratique/stationnement", "Stationnement")], news,
             [("21 mars", "Réunion du CIQ des Salins"), ("4 avril", "Féria de printemps")])),
        page("/index.php/mairie/democratie-participative", "Démocratie participative", P(
            "La ville s'appuie sur les comités d'intérêt de quartier, les réunions publiques de secteur et son budget participatif "
            "« Mon idée pour Pélissargues » pour associer les habitants aux projets.", "Une adjointe est déléguée à la démocratie de proximité.")
             + m.links([("/index.php/mairie/comites-interet-de-quartier", "Les comités d'intérêt de quartier"),
                        ("/index.php/mairie/mon-idee-pour-pelissargues", "Le budget participatif")]), {"participation_displayed"}),
        page("/index.php/mairie/comites-interet-de-quartier", "Les comités d'intérêt de quartier", P(
            "Onze CIQ, associations d'habitants, sont les interlocuteurs de la mairie dans chaque quartier. Le maire les réunit chaque trimestre "
            "et chaque CIQ tient une assemblée générale ouverte aux habitants."), {"participation_displayed"}),
        page("/index.php/mairie/mon-idee-pour-pelissargues", "Mon idée pour Pélissargues", P(
            "Deuxième édition du budget participatif : 300 000 euros pour des projets imaginés par les habitants. "
            "Dépôt des idées jusqu'au 30 avril, vote en septembre.",
            f'<a href="http://{capco}{proj}/collect/deposez-vos-idees">Déposez votre idée en ligne</a>')
             + m.with_sidebar("", _joomla_poll("Quel thème pour la prochaine édition ?", ["Nature en ville", "Sport", "Culture"])),
             {"participatory_budget", "poll"}),
        page("/index.php/vie-pratique/stationnement", "Stationnement", P("Zones bleues, parkings relais et abonnements résidents.")
             + m.with_sidebar("", _joomla_poll("Le parking relais des Salins vous serait-il utile ?", ["Oui", "Non"])), {"poll"}),
        page("/index.php/actualites/resultats-sondage-parking", "Sondage stationnement : les résultats", P("Le sondage sur le stationnement du centre ancien est clos.")
             + m.poll_results("Faut-il rendre le stationnement payant place de la Mairie ?", [("Oui", 37, 315), ("Non", 63, 535)], 850, "28 février 2025"),
             decoys={"poll"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites", "Actualités", m.teasers(news)),
        page("/index.php/actualites/feria-2025", "Féria de printemps", P("Abrivados, concerts et bodegas du 4 au 6 avril.") + m.share(f"http://{www}/index.php/actualites/feria-2025"),
             parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/conseil-municipal-mars", "Conseil municipal du 27 mars", P(
            "Ordre du jour : vote du budget primitif, subventions aux associations, rapport sur le budget participatif « Mon idée pour Pélissargues »."),
             decoys={"participation_displayed", "participatory_budget"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/vie-pratique/marches-publics", "Marchés publics", P("Avis d'appel d'offres en cours : entretien des espaces verts, fourniture de mobilier scolaire."),
             decoys={"suggestion_call"}),
        page("/index.php/vie-pratique/paiement-en-ligne", "Paiement en ligne", m.payment("/index.php/vie-pratique/paiement-en-ligne"), decoys={"contact_form"}),
        page("/index.php/tourisme", "Tourisme", P("L'office de tourisme vous accueille quai des Salins. Suivez ses actualités sur "
                                                  '<a href="https://www.facebook.com/OfficeTourismePelissargues">Facebook</a> et '
                                                  '<a href="https://www.instagram.com/pelissargues_tourisme">Instagram</a>.')),
        page("/index.php/contact", "Contact", '<form id="contact-form" action="/index.php/contact" method="post" class="form-validate form-horizontal well">'
             '<fieldset><legend>Envoyer un e-mail</legend><div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Nom *</label>'
             '<input type="text" name="jform[contact_name]" id="jform_contact_name" required></div>'
             '<div class="control-group"><label for="jform_contact_email">E-mail *</label><input type="email" name="jform[contact_email]" id="jform_contact_email"></div>'
             '<div class="control-group"><label for="jform_contact_emailmsg">Sujet *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg"></div>'
             '<div class="control-group"><label for="jform_contact_message">Message *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea></div>'
             '<button class="btn btn-primary validate" type="submit">Envoyer</button><input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"></fieldset></form>',
             {"contact_form"}),
    ]
    site = Site(www, "joomla", "Pélissargues", pages,
                menu=[("Mairie", "/index.php/mairie/democratie-participative"), ("Actualités", "/index.php/actualites"), ("Contact", "/index.php/contact")],
                accounts=[social("facebook", "VilledePelissargues"), social("instagram", "villedepelissargues"), social("tiktok", "pelissargues")],
                address="Hôtel de ville, cours Mirabeau, 13000 Pélissargues")
    cpages = [
        page("/", "Mon idée pour Pélissargues", P("Le budget participatif de Pélissargues.")
             + m.links([(f"{proj}/presentation/presentation-1", "Édition 2025"), ("/project/mon-idee-2023/selection/laureats", "Édition 2023 : les lauréats")])),
        page(f"{proj}/presentation/presentation-1", "Mon idée pour Pélissargues 2025 : présentation", P(
            "Étape 1 : dépôt des idées (mars-avril). Étape 2 : analyse par les services. Étape 3 : vote (septembre). Étape 4 : réalisation.")
             + m.links([(f"{proj}/collect/deposez-vos-idees", "Étape de dépôt"), (f"{proj}/selection/vote", "Étape de vote")]), {"participatory_budget"}),
        # the budget's filing step calls for residents' ideas
        page(f"{proj}/collect/deposez-vos-idees", "Déposez vos idées", P("Une idée pour votre quartier ? Déposez-la avant le 30 avril !")
             + '<button class="btn btn-primary" id="add-proposal">Déposer une proposition</button>'
             + '<ul class="proposal-preview-list"><li class="proposal-preview"><a href="/projects/mon-idee-2025/collect/deposez-vos-idees/proposals/boulodrome-ombrage">Un boulodrome ombragé</a></li></ul>',
             {"participatory_budget", "suggestion_call"}),
        page("/projects/mon-idee-2025/collect/deposez-vos-idees/proposals/boulodrome-ombrage", "Un boulodrome ombragé", P(
            "Planter des micocouliers autour du boulodrome des Salins. Estimation : 18 000 euros.")
             + '<div id="proposal-page-comments"><h3>2 commentaires</h3><div class="opinion">Robert : Vivement l\'été !</div>'
               '<form class="comment-form" action="/graphql" method="post"><textarea name="body" placeholder="Votre commentaire"></textarea><button>Commenter</button></form></div>',
             {"participatory_budget", "comments"}),
        page(f"{proj}/selection/vote", "Vote", P("Le vote ouvrira le 1er septembre. Vous pourrez soutenir jusqu'à trois projets."), {"participatory_budget"}),
        page("/project/mon-idee-2023/selection/laureats", "Édition 2023 : les projets lauréats", P(
            "Sept projets lauréats sur 96 déposés : ombrières de l'école des Salins, jardin de la Gare, skatepark..."), {"participatory_budget"}),
    ]
    csite = Site(capco, "capcollectif", "Mon idée pour Pélissargues", cpages, menu=[("Projets", "/"), ("Édition 2025", f"{proj}/presentation/presentation-1")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    return _city("99074", "Pélissargues", 44_600, "13", "93", "Provence-Alpes-Côte d'Azur", [site, csite],
                 decoy_accounts=("https://www.facebook.com/officetourismepelissargues", "https://www.instagram.com/pelissargues_tourisme"))


# ============================================================================================
# 99075 Moncerville (Essonne): SPIP with petitions and forums + a phpBB board for residents
# ============================================================================================

def moncerville() -> City:
    www, forum = "www.moncerville.fr", "forum.moncerville.fr"
    news = [("/Piscine-des-Tilleuls-reouverture", "La piscine des Tilleuls rouvre", "9 mars", "Après dix mois de travaux."),
            ("/Forum-des-associations-2025", "Forum des associations", "2 mars", "Le 6 septembre au gymnase Colette."),
            ("/Maternites-une-petition-nationale", "Maternités de proximité", "18 février", "Une pétition nationale circule."),
            ("/Cour-d-ecole-Langevin-vos-idees", "Et si on repensait la cour ?", "10 février", "Appel à idées pour l'école Langevin."),
            ("/Seance-du-conseil-municipal-du-30-janvier", "Conseil municipal du 30 janvier", "1er février", "Le compte rendu de la séance.")]
    pages = [
        page("/", "Accueil", m.home("Site officiel de la ville de Moncerville (Essonne).",
             [("/Democratie-locale", "Démocratie locale"), ("/Le-droit-de-petition", "Droit de pétition"),
              ("/Le-forum-des-Monvillois", "Le forum des habitants"), ("/Cour-d-ecole-Langevin-vos-idees", "Appel à idées"),
              ("/Parc-de-la-Butte-appel-a-idees-clos", "Parc de la Butte"), ("/Nous-contacter", "Nous contacter"),
              ("/Actualites", "Actualités"), ("/Forum-des-associations-2025", "Associations")], news,
             [("25 mars", "Comité de quartier Butte-Tilleuls"), ("6 septembre", "Forum des associations")])),
        page("/Democratie-locale", "Démocratie locale", P(
            "Quatre comités de quartier, un conseil des sages et un conseil municipal des jeunes font vivre la démocratie locale à Moncerville. "
            "Les comités sont ouverts à tous les habitants et disposent chacun d'un petit budget d'animation.")
             + m.links([("/Le-droit-de-petition", "Le droit de pétition"), ("/Le-forum-des-Monvillois", "Le forum des habitants")]),
             {"participation_displayed"}),
        # the city's own right of petition, signed online on its site
        page("/Le-droit-de-petition", "Le droit de pétition", P(
            "Depuis 2022, toute pétition signée par 500 habitants est examinée en conseil municipal. Les pétitions en cours sont signées en ligne ci-dessous.")
             + m.links([("/Petition-pour-un-passage-pieton-avenue-Foch", "Pour un passage piéton avenue Foch")]), {"petition", "participation_displayed"}),
        page("/Petition-pour-un-passage-pieton-avenue-Foch", "Pour un passage piéton avenue Foch", P(
            "Déposée par l'association des parents d'élèves de l'école Langevin.") + m.spip_petition(57, 214, 500),
             {"petition"}, parent=("Le droit de pétition", "/Le-droit-de-petition")),
        page("/Maternites-une-petition-nationale", "Maternités de proximité : une pétition nationale", P(
            "Le conseil municipal a adopté un vœu pour le maintien des maternités de proximité. Une pétition nationale sur le sujet est "
            "ouverte sur le site de pétitions de l'Assemblée nationale."), decoys={"petition"}),
        # a city page presenting the residents' board is not the board itself
        page("/Le-forum-des-Monvillois", "Le forum des Monvillois", P(
            f'Le forum des habitants est un espace de discussion modéré par la ville : <a href="http://{forum}/">forum.moncerville.fr</a>. '
            "Inscription libre, charte de modération en ligne."), decoys={"forum"}),
        page("/Piscine-des-Tilleuls-reouverture", "La piscine des Tilleuls rouvre", P("Bassin sportif, bassin d'apprentissage et pentaglisse : horaires et tarifs.")
             + m.spip_forum(63, [("Horaires", "Sylvie", "10 mars", "Ouverte le dimanche après-midi ?"),
                                 ("Re: Horaires", "La rédaction", "11 mars", "Oui, de 14 h à 18 h.")]), {"comments"}),
        page("/Forum-des-associations-2025", "Forum des associations", P("Le forum des associations se tient le samedi 6 septembre au gymnase Colette, de 10 h à 18 h."),
             decoys={"forum"}),
        page("/Cour-d-ecole-Langevin-vos-idees", "Et si on repensait la cour de l'école Langevin ?", P(
            "La cour sera « dégenrée » et végétalisée en 2026. Élèves, parents, riverains : quelles idées avez-vous pour elle ?")
             + m.idea_form("/Cour-d-ecole-Langevin-vos-idees", "Vos idées jusqu'au 15 avril.", ["Jeux", "Végétation", "Ombre", "Autre"], "formulaire_spip formulaire_idees"),
             {"suggestion_call", "contact_form"}),
        # the call is closed: the page reports what was received, no idea can be sent any more
        page("/Parc-de-la-Butte-appel-a-idees-clos", "Parc de la Butte : l'appel à idées est clos", P(
            "L'appel à idées s'est terminé le 31 janvier. 87 contributions ont été reçues ; la synthèse sera présentée en comité de quartier."),
             decoys={"suggestion_call"}),
        # a council report that names participation platforms without being one
        page("/Seance-du-conseil-municipal-du-30-janvier", "Conseil municipal du 30 janvier", P(
            "Le conseil a adopté le rapport d'orientation budgétaire. Une conseillère a demandé l'étude d'une plateforme en ligne "
            "de type Decidim ou Cap Collectif ; le maire a répondu qu'un groupe de travail serait constitué."),
             decoys={"participatory_platform", "participation_displayed"}),
        page("/Actualites", "Actualités", m.teasers(news)),
        page("/Nous-contacter", "Nous contacter", '<div class="formulaire_spip formulaire_contact" id="formulaire_contact"><form method="post" action="/Nous-contacter#formulaire_contact">'
             '<input name="formulaire_action" type="hidden" value="contact"><ul><li class="editer saisie_mail obligatoire"><label for="mail">Votre adresse email</label><input type="email" name="mail" id="mail" class="text"></li>'
             '<li class="editer saisie_sujet obligatoire"><label for="sujet">Sujet</label><input type="text" name="sujet" id="sujet" class="text"></li>'
             '<li class="editer saisie_texte obligatoire"><label for="texte">Message</label><textarea name="texte" id="texte" rows="8" cols="40"></textarea></li></ul>'
             '<p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></form></div>', {"contact_form"}),
    ]
    site = Site(www, "spip", "Ville de Moncerville", pages,
                menu=[("Démocratie locale", "/Democratie-locale"), ("Actualités", "/Actualites"), ("Contact", "/Nous-contacter")],
                accounts=[social("facebook", "moncerville91"), social("bluesky", "moncerville.fr")],
                address="Mairie, 2 place du Général-Leclerc, 91000 Moncerville")
    fpages = [
        page("/", "Index du forum", '<div class="forabg"><ul class="topiclist forums">'
             '<li class="row"><a href="./viewforum.php?f=2" class="forumtitle">Vie des quartiers</a><br>Échanges entre habitants sur la vie de chaque quartier</li>'
             '<li class="row"><a href="./viewforum.php?f=3" class="forumtitle">Transports et déplacements</a></li></ul></div>'),
        page("/viewforum.php?f=2", "Vie des quartiers", '<div class="action-bar bar-top"><a href="./posting.php?mode=post&amp;f=2" class="button">Nouveau sujet</a></div>'
             '<ul class="topiclist topics"><li class="row bg1"><a href="./viewtopic.php?t=118" class="topictitle">Travaux de la place des Tilleuls</a> par Pascal » 4 réponses</li></ul>'),
        page("/viewforum.php?f=3", "Transports et déplacements", '<ul class="topiclist topics"><li class="row bg2"><a href="./viewtopic.php?t=121" class="topictitle">Bus 412 le dimanche</a> par Aline » 2 réponses</li></ul>'),
        page("/viewtopic.php?t=118", "Travaux de la place des Tilleuls", '<div id="p501" class="post has-profile bg2"><div class="postbody"><h3>Travaux de la place des Tilleuls</h3>'
             '<p class="author">par <strong>Pascal</strong> » 3 mars</p><div class="content">Quelqu\'un sait combien de temps durent les travaux ?</div></div></div>'
             '<div id="p502" class="post has-profile bg1"><div class="postbody"><p class="author">par <strong>Modérateur mairie</strong></p><div class="content">Fin prévue en juin.</div></div></div>'
             '<div class="action-bar"><a href="./posting.php?mode=reply&amp;t=118" class="button">Répondre</a></div>'),
        page("/viewtopic.php?t=121", "Bus 412 le dimanche", '<div id="p530" class="post has-profile bg2"><div class="postbody"><div class="content">Le 412 ne passe plus le dimanche matin.</div></div></div>'),
        page("/posting.php?mode=post&f=2", "Nouveau sujet", '<p>Vous devez être inscrit et connecté pour publier un message. <a href="./ucp.php?mode=login">Connexion</a></p>'),
        page("/posting.php?mode=reply&t=118", "Répondre", '<p>Vous devez être inscrit et connecté pour répondre. <a href="./ucp.php?mode=login">Connexion</a></p>'),
    ]
    fsite = Site(forum, "phpbb", "Forum des Monvillois", fpages, features=frozenset({"forum"}))
    return _city("99075", "Moncerville", 57_200, "91", "11", "Île-de-France", [site, fsite])


# ============================================================================================
# 99076 Lhérac-les-Mines (Pas-de-Calais): TYPO3 + a Publik e-services portal + Jenparle
# ============================================================================================

def lherac() -> City:
    www, demarches, jp = "www.lherac-les-mines.fr", "demarches.lherac-les-mines.fr", "lherac.jenparle.net"
    news = [("/actualites/friche-delattre", "Quelles idées pour la friche Delattre ?", "11 mars", "La ville consulte les habitants."),
            ("/actualites/terril-sentier", "Un sentier de randonnée sur le terril", "28 février", "Inauguration le 12 avril."),
            ("/actualites/subventions-associations", "Appel à projets : subventions 2025", "14 février", "Dossiers avant le 31 mars.")]
    pages = [
        page("/", "Accueil", m.home("Lhérac-les-Mines, cité minière du bassin, inscrite au patrimoine mondial.",
             [("/ma-ville/lherac-participe", "Lhérac participe"), ("/ma-ville/assemblees-de-quartier", "Assemblées de quartier"),
              ("/ma-ville/questionnaire-mediatheque", "Questionnaire médiathèque"), ("/ma-ville/conseil-municipal", "Conseil municipal"),
              (f"http://{demarches}/", "Démarches en ligne"), (f"http://{jp}/", "Jenparle"),
              ("/actualites/friche-delattre", "Friche Delattre"), ("/actualites/terril-sentier", "Sentier du terril")], news,
             [("19 mars", "Assemblée de quartier de la Cité 5"), ("12 avril", "Inauguration du sentier")])),
        page("/ma-ville/lherac-participe", "Lhérac participe", P(
            "Assemblées de quartier, ateliers de concertation, budget participatif et consultations en ligne : "
            "la ville a fait de la participation des habitants un axe de son projet de mandat.",
            f'Rendez-vous sur <a href="http://{jp}/">lherac.jenparle.net</a> pour donner votre avis.'), {"participation_displayed"}),
        page("/ma-ville/assemblees-de-quartier", "Les assemblées de quartier", P(
            "Deux fois par an, le maire et les élus de secteur rencontrent les habitants de chaque quartier en assemblée publique. "
            "Les questions posées reçoivent une réponse écrite sous deux mois."), {"participation_displayed"}),
        page("/ma-ville/questionnaire-mediatheque", "Questionnaire : votre médiathèque demain", P(
            "La médiathèque Germinal prépare son projet d'établissement. Usagers ou non, répondez au questionnaire :") + m.ms_form("R7pYw3kL2UuXc9Qm1aBvZ0"),
             {"poll"}),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", P("Calendrier des séances, ordres du jour et procès-verbaux du conseil municipal."),
             decoys={"participation_displayed"}),
        page("/actualites", "Actualités", m.teasers(news)),
        # a call for ideas in the form of a question, answered on the city's platform
        page("/actualites/friche-delattre", "Quelles idées pour la friche Delattre ?", P(
            "Les 4 hectares de l'ancienne usine Delattre vont être reconvertis. Logements, parc, équipement sportif : qu'en feriez-vous ?",
            f'Partagez vos idées jusqu\'au 30 avril sur <a href="http://{jp}/consultation/friche-delattre">Jenparle</a>.')
             + m.disqus("lherac-les-mines", "friche-delattre"), {"suggestion_call", "comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/terril-sentier", "Un sentier de randonnée sur le terril", P("Quatre kilomètres balisés avec vue sur la plaine.")
             + m.share(f"http://{www}/actualites/terril-sentier"), parent=("Actualités", "/actualites")),
        page("/actualites/subventions-associations", "Appel à projets : subventions 2025", P(
            "Les associations déposent leur demande de subvention via le portail des démarches. Appel à projets ouvert jusqu'au 31 mars."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
    ]
    site = Site(www, "typo3", "Ville de Lhérac-les-Mines", pages,
                menu=[("Ma ville", "/ma-ville/lherac-participe"), ("Actualités", "/actualites"), ("Démarches", f"http://{demarches}/")],
                accounts=[social("facebook", "lheraclesmines"), social("youtube", "LheracLesMines")],
                address="Hôtel de ville, place de la Fosse 2, 62000 Lhérac-les-Mines")
    dpages = [
        page("/", "Démarches en ligne", P("Vos démarches auprès de la mairie, 24 h sur 24.")
             + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur la voie publique"),
                        ("/rendez-vous-titres-identite/", "Rendez-vous carte d'identité"), ("/payer-une-facture/", "Payer une facture")])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("contacter-la-mairie", "Votre demande", ["Nom", "Prénom", "Objet"]), {"contact_form"}),
        # a report form carries a free-text message to the city's services: a contact form of the e-services portal
        page("/signaler-un-probleme/", "Signaler un problème sur la voie publique", m.wcs_form("signaler-un-probleme", "Le problème",
             ["Adresse ou lieu", "Nature du problème"], "Description"), {"contact_form"}),
        page("/rendez-vous-titres-identite/", "Rendez-vous carte d'identité", m.booking("/rendez-vous-titres-identite/", ["Lundi 17 mars 9 h 00", "Lundi 17 mars 9 h 20"]),
             decoys={"contact_form"}),
        page("/payer-une-facture/", "Payer une facture", m.payment("/payer-une-facture/"), decoys={"contact_form"}),
    ]
    dsite = Site(demarches, "publik", "Lhérac-les-Mines - Démarches", dpages, menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")],
                 address="Hôtel de ville de Lhérac-les-Mines")
    jpages = [
        page("/", "Lhérac participe", P("La plateforme de participation citoyenne de Lhérac-les-Mines.")
             + m.links([("/consultation/friche-delattre", "Friche Delattre : vos idées"), ("/budget-participatif/2025", "Budget participatif 2025"),
                        ("/sondage/horaires-piscine", "Horaires de la piscine")])),
        page("/consultation/friche-delattre", "Friche Delattre : vos idées", P("Proposez ce que vous aimeriez voir sur la friche. Chaque idée peut être commentée et soutenue.")
             + '<form class="jp-form jp-contribution" action="/consultation/friche-delattre/contribuer" method="post"><label for="jp-titre">Votre idée</label>'
               '<input id="jp-titre" name="contribution[titre]" type="text"><label for="jp-texte">Détails</label><textarea id="jp-texte" name="contribution[texte]"></textarea>'
               '<button type="submit" class="jp-btn">Contribuer</button></form>', {"suggestion_call"}, decoys={"contact_form"}),
        page("/budget-participatif/2025", "Budget participatif 2025", P("Votez pour vos trois projets préférés parmi les 24 retenus. Enveloppe : 150 000 euros.")
             + '<ul class="jp-projets"><li class="jp-projet"><h3>Jardin pédagogique de la Cité 5</h3><p>12 000 €</p><a class="jp-btn" href="/connexion">Voter</a></li>'
               '<li class="jp-projet"><h3>Fresque au stade</h3><p>8 000 €</p><a class="jp-btn" href="/connexion">Voter</a></li></ul>', {"participatory_budget"}),
        page("/sondage/horaires-piscine", "Sondage : horaires de la piscine", m.radio_questionnaire("/sondage/horaires-piscine", "Sondage ouvert jusqu'au 15 avril.",
             [("Quel créneau vous conviendrait le mieux ?", ["7 h - 9 h", "12 h - 14 h", "19 h - 21 h"])], "jp-sondage"), {"poll"}),
        page("/connexion", "Se connecter", '<form class="jp-login" action="/connexion" method="post"><input type="email" name="email"><input type="password" name="password"><button>Connexion</button></form>',
             decoys={"contact_form"}),
        page("/mentions-legales", "Mentions légales", P("Plateforme éditée par la ville de Lhérac-les-Mines. Hébergement en France.")),
    ]
    jsite = _plain_site(jp, "Lhérac participe", jpages, "jenparle", [("Consultations", "/consultation/friche-delattre"), ("Budget participatif", "/budget-participatif/2025")],
                        features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}))
    return _city("99076", "Lhérac-les-Mines", 41_200, "62", "32", "Hauts-de-France", [site, dsite, jsite])


# ============================================================================================
# 99077 Castelvière (Vaucluse): WordPress + id-city + a participation space drawn by a script
# + a LimeSurvey server of its own
# ============================================================================================

CV_APP = "jeparticipe.castelviere.fr"
CV_BUNDLE = "/assets/app.c7e41b.js"
CV_API = "/api/v1/bloc"
# path -> (title, introduction, block the script inserts, features)
CV_APP_PAGES = {
    "/idees": ("La boîte à idées du centre ancien",
               "Commerces, fleurissement, stationnement : envoyez-nous vos idées pour le centre ancien.",
               m.idea_form("/api/v1/idees", "Les idées sont publiées après modération.", ["Commerces", "Fleurissement", "Circulation"]),
               {"suggestion_call", "contact_form"}),
    "/petitions": ("Pétitions citoyennes",
                   "Une pétition qui réunit 400 signatures d'habitants est inscrite à l'ordre du jour du conseil municipal.",
                   '<div class="petition-card"><h2>Rouvrir les toilettes publiques du cours Bournissac</h2>' + m.progress(263, 400)
                   + '<form action="/api/v1/petitions/9/signatures" method="post"><input name="nom" placeholder="Nom"><input name="email" type="email" placeholder="Courriel">'
                     '<button type="submit">Je signe</button></form></div>', {"petition"}),
}

_CV_JS = """(function () {
  var root = document.getElementById("root");
  fetch("%s?page=" + encodeURIComponent(location.pathname)).then(function (r) { return r.json(); }).then(function (d) {
    var h = document.createElement("h1"); h.textContent = d.titre;
    var p = document.createElement("p"); p.className = "chapo"; p.textContent = d.chapo;
    var s = document.createElement("section"); s.className = "bloc"; s.innerHTML = d.bloc;
    root.replaceChildren(h, p, s); document.title = d.titre + " - Je participe";
  });
})();
""" % CV_API


def _cv_special(request):
    path, _, query = request.target.partition("?")
    if path in CV_APP_PAGES:
        return Reply.html('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Je participe - Castelvière</title>'
                          '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
                          f'<noscript>Activez JavaScript pour participer.</noscript><div id="root"></div><script src="{CV_BUNDLE}" defer></script></body></html>')
    if path == CV_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _CV_JS.encode())
    if path == CV_API:
        wanted = query.removeprefix("page=").replace("%2F", "/")
        if wanted in CV_APP_PAGES:
            title, chapo, block, _ = CV_APP_PAGES[wanted]
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps({"titre": title, "chapo": chapo, "bloc": block}).encode())
        return Reply.text(404, "inconnu")
    return None


_CV_SITE = None


def castelviere() -> City:
    global _CV_SITE
    www, idc, ls = "www.castelviere.fr", "castelviere.id-city.com", "sondages.castelviere.fr"
    news = [("/actualites/conseil-municipal-fevrier/", "Retour sur le conseil municipal", "26 février", "Les principales délibérations."),
            ("/actualites/fete-de-la-lavande/", "Fête de la lavande", "20 février", "Le programme complet."),
            ("/actualites/questionnaire-mobilites/", "Donnez votre avis sur les mobilités", "12 février", "Questionnaire en ligne.")]
    pages = [
        page("/", "Accueil", m.home("Castelvière, porte du Luberon, 49 000 habitants.",
             [("/vie-citoyenne/", "Vie citoyenne"), ("/vie-citoyenne/conseils-de-quartier/", "Conseils de quartier"),
              (f"http://{CV_APP}/", "Je participe"), (f"http://{idc}/", "Castelvière en projets"),
              ("/actualites/questionnaire-mobilites/", "Questionnaire mobilités"), ("/tourisme/", "Office de tourisme"),
              ("/contact/", "Contact"), ("/ecoles/inscriptions/", "Inscriptions scolaires")], news,
             [("20 mars", "Conseil de quartier Nord"), ("5 juillet", "Fête de la lavande")], "complianz")),
        page("/vie-citoyenne/", "Vie citoyenne", P(
            "Conseils de quartier, consultations, boîte à idées et pétitions citoyennes : la ville a adopté en 2023 une charte de la démocratie locale.",
            f'Les espaces en ligne : <a href="http://{CV_APP}/">Je participe</a> (idées et pétitions) et '
            f'<a href="http://{idc}/">Castelvière en projets</a> (budget participatif et concertations).')
             + m.links([("/vie-citoyenne/conseils-de-quartier/", "Les conseils de quartier"),
                        ("/vie-citoyenne/questionnaire-proprete/", "Questionnaire sur la propreté")]), {"participation_displayed"}),
        page("/vie-citoyenne/questionnaire-proprete/", "Questionnaire : la propreté de votre rue", P(
            "Dépôts sauvages, déjections canines, corbeilles : dites-nous ce qui vous gêne le plus. Réponses jusqu'au 20 avril.")
             + m.framaforms("proprete-castelviere-2025-1739876543"), {"poll"}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/vie-citoyenne/conseils-de-quartier/", "Les conseils de quartier", P(
            "Cinq conseils de quartier réunissent habitants, commerçants et associations. Leurs réunions sont publiques ; "
            "chaque conseil dispose d'une enveloppe de 10 000 euros pour de petits aménagements."), {"participation_displayed"}),
        page("/actualites/", "Actualités", m.teasers(news)),
        # a council report naming the participatory budget in passing
        page("/actualites/conseil-municipal-fevrier/", "Retour sur le conseil municipal", P(
            "Le conseil a voté les tarifs des accueils de loisirs, la convention avec l'office de tourisme et le bilan du budget participatif 2024, "
            "dont les projets seront réalisés d'ici l'été.")
             + m.wp_comments(233, [], open_=False), decoys={"participatory_budget", "comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/fete-de-la-lavande/", "Fête de la lavande", P("Marché provençal, distillation en plein air et bal le 5 juillet.")
             + m.share(f"http://{www}/actualites/fete-de-la-lavande/") + m.wp_comments(240, [("Odile", "21 février", "Le bal sera-t-il sur le cours ?")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/questionnaire-mobilites/", "Donnez votre avis sur les mobilités", P(
            "Le plan de mobilité se prépare avec vous. Répondez au questionnaire en ligne avant le 31 mars :",
            f'<a href="http://{ls}/index.php/482913?lang=fr">Répondre au questionnaire</a>'), {"poll"}, parent=("Actualités", "/actualites/")),
        page("/tourisme/", "Office de tourisme", P("L'office de tourisme intercommunal vous accueille place du Marché. Ses comptes : "
                                                   '<a href="https://www.facebook.com/OTLuberonCastelviere">Facebook</a>, '
                                                   '<a href="https://www.instagram.com/luberon_castelviere_tourisme">Instagram</a>.')),
        page("/contact/", "Contact", m.cf7(21, "/contact/", ("Urbanisme", "État civil", "Voirie", "Autre")), {"contact_form"}),
        page("/ecoles/inscriptions/", "Inscriptions scolaires", m.registration("/ecoles/inscriptions/"), decoys={"contact_form"}),
    ]
    site = Site(www, "wordpress", "Castelvière", pages,
                menu=[("Vie citoyenne", "/vie-citoyenne/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "VilledeCastelviere"), social("instagram", "castelviere")],
                address="Hôtel de ville, cours Bournissac, 84000 Castelvière")
    apages = [page("/", "Je participe", m.home("L'espace de participation de Castelvière.",
                   [("/idees", "La boîte à idées"), ("/petitions", "Les pétitions citoyennes")], [], [], "tarteaucitron"))]
    apages += [page(path, title, "", features) for path, (title, _c, _b, features) in CV_APP_PAGES.items()]
    _CV_SITE = Site(CV_APP, "vendor", "Je participe - Castelvière", apages, address="Hôtel de ville, Castelvière")
    ipages = [
        page("/", "Castelvière en projets", m.links([("/projets/budget-participatif-2025", "Budget participatif 2025"),
                                                     ("/projets/concertation-place-du-marche", "Concertation place du Marché"),
                                                     ("/projets/budget-participatif-2024-realisations", "Budget participatif 2024 : les réalisations")], "idc-projects")),
        page("/projets/budget-participatif-2025", "Budget participatif 2025", P("Déposez vos projets jusqu'au 15 mai : 200 000 euros pour la ville.")
             + '<a class="idc-btn" href="/login">Déposer un projet</a>', {"participatory_budget", "suggestion_call"}),
        page("/projets/budget-participatif-2024-realisations", "Budget participatif 2024 : les réalisations", P(
            "Les 6 projets votés en 2024 : ombrières au boulodrome, nichoirs, fontaine du Portail..."), {"participatory_budget"}),
        page("/projets/concertation-place-du-marche", "Concertation : la place du Marché", P("Trois scénarios d'aménagement ; dites-nous lequel vous préférez.")
             + m.radio_questionnaire("/projets/concertation-place-du-marche/vote", "Un seul choix possible.",
                                     [("Quel scénario préférez-vous ?", ["Place piétonne", "Place partagée", "Parking paysager"])], "idc-vote"), {"poll"}),
        page("/login", "Connexion", '<form class="idc-login" action="/login" method="post"><input type="email" name="_username"><input type="password" name="_password"><button>Connexion</button></form>',
             decoys={"contact_form"}),
        page("/cgu", "CGU", P("Conditions générales d'utilisation de la plateforme.")),
    ]
    isite = _plain_site(idc, "Castelvière en projets", ipages, "idcity", [("Projets", "/")],
                        features=frozenset({"participatory_platform"}), platforms=frozenset({"id_city"}))
    lpages = [
        page("/index.php/482913?lang=fr", "Questionnaire mobilités", '<form id="limesurvey" name="limesurvey" action="/index.php/482913?lang=fr" method="post" class="survey-form-container form">'
             '<div class="question-container" id="question211"><div class="question-title-container"><div class="ls-label-question">Comment vous déplacez-vous pour aller travailler ?</div></div>'
             '<ul class="ls-answers answers-list radio-list"><li class="answer-item radio-item"><input class="radio" type="radio" value="A1" name="482913X12X211" id="answer482913X12X211A1"><label for="answer482913X12X211A1">Voiture</label></li>'
             '<li class="answer-item radio-item"><input class="radio" type="radio" value="A2" name="482913X12X211" id="answer482913X12X211A2"><label for="answer482913X12X211A2">Vélo</label></li>'
             '<li class="answer-item radio-item"><input class="radio" type="radio" value="A3" name="482913X12X211" id="answer482913X12X211A3"><label for="answer482913X12X211A3">Bus</label></li></ul></div>'
             '<button type="submit" id="ls-button-submit" name="move" value="movenext" class="btn btn-primary">Suivant</button></form>', {"poll"}),
        page("/", "Sondages de la ville", P("Serveur de questionnaires de la ville de Castelvière.") + m.links([("/index.php/482913?lang=fr", "Questionnaire mobilités")])),
    ]
    lsite = _plain_site(ls, "Castelvière - Questionnaires", lpages, "limesurvey")
    return _city("99077", "Castelvière", 49_300, "84", "93", "Provence-Alpes-Côte d'Azur", [site, _CV_SITE, isite, lsite],
                 decoy_accounts=("https://www.facebook.com/otluberoncastelviere", "https://www.instagram.com/luberon_castelviere_tourisme"))


# ============================================================================================
# 99078 Chazelay (Isère, Rhône valley): agency CMS + Go Vocal
# ============================================================================================

def chazelay() -> City:
    www, gv = "www.ville-chazelay.fr", "chazelay.govocal.com"
    news = [("/actualites/consultation-rythmes-periscolaires", "Périscolaire : votre avis compte", "13 mars", "Questionnaire ouvert aux familles."),
            ("/actualites/quais-pietons", "Les quais piétons cet été", "6 mars", "Expérimentation de juin à septembre."),
            ("/actualites/bilan-sondage-marche", "Marché du dimanche : le bilan", "25 février", "Les résultats du sondage."),
            ("/actualites/offres-emploi", "La ville recrute", "10 février", "Offres d'emploi et appels à candidatures.")]
    pages = [
        page("/", "Accueil", m.home("Chazelay, 46 000 habitants, sur la rive gauche du Rhône.",
             [("/participer", "Chazelay, c'est vous"), ("/participer/conseils-de-quartier", "Conseils de quartier"),
              ("/participer/convention-citoyenne", "Convention citoyenne"), (f"http://{gv}/", "La plateforme"),
              ("/mairie/budget", "Budget"), ("/mairie/marches-publics", "Marchés publics"), ("/contact", "Contact"),
              ("/actualites", "Actualités")], news,
             [("18 mars", "Conseil de quartier Rive-Gauche"), ("29 mars", "Convention citoyenne, session 4")])),
        page("/participer", "Chazelay, c'est vous", P(
            "Conseils de quartier, convention citoyenne, budget participatif, consultations : toutes les façons de prendre part aux décisions.",
            f'Les projets en cours sont sur <a href="http://{gv}/">la plateforme de participation</a>.')
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/convention-citoyenne", "Convention citoyenne")]),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Conseils de quartier", P(
            "Quatre conseils, présidés par un habitant et un élu, se réunissent chaque trimestre. Réunions ouvertes au public ; "
            "comptes rendus publiés en ligne."), {"participation_displayed"}),
        page("/participer/convention-citoyenne", "La convention citoyenne sur l'eau", P(
            "Trente-cinq habitants tirés au sort se réunissent sur six week-ends pour formuler des propositions sur la gestion de l'eau. "
            "Le conseil municipal y répondra en séance publique."), {"participation_displayed"}),
        page("/actualites", "Actualités", m.teasers(news)),
        page("/actualites/consultation-rythmes-periscolaires", "Périscolaire : votre avis compte", P(
            "Parents, le questionnaire sur les horaires du périscolaire est ouvert jusqu'au 4 avril.") + m.google_form("1FAIpQLSe8cHz0Wq2Rt5Kp"),
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/quais-pietons", "Les quais piétons cet été", P("De juin à septembre, les quais seront réservés aux piétons et aux vélos le week-end.")
             + m.fb_comments(f"http://{www}/actualites/quais-pietons"), {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/bilan-sondage-marche", "Marché du dimanche : le bilan", P(
            "Le sondage sur le marché du dimanche est terminé : 62 % des 1 140 répondants souhaitent le maintenir place Carnot.",
            "Le nouveau plan du marché sera présenté en conseil de quartier."), decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/offres-emploi", "La ville recrute", P("Appel à candidatures : un agent d'accueil, un jardinier, un éducateur sportif."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/mairie/budget", "Le budget de la ville", P("Budget primitif 2025 : 71 millions d'euros. Le compte administratif 2024 sera voté en juin."),
             decoys={"participatory_budget"}),
        page("/mairie/marches-publics", "Marchés publics", P("Consultations en cours : travaux de voirie, maintenance des ascenseurs."), decoys={"suggestion_call"}),
        page("/contact", "Contact", m.vendor_form("/contact", [("nom", "Nom", "text"), ("courriel", "Courriel", "email"), ("telephone", "Téléphone", "tel")]),
             {"contact_form"}),
        page("/newsletter", "Lettre d'information", m.newsletter("/newsletter"), decoys={"contact_form"}),
    ]
    site = Site(www, "vendor", "Ville de Chazelay", pages,
                menu=[("Participer", "/participer"), ("Mairie", "/mairie/budget"), ("Actualités", "/actualites"),
                      ("Contact", "/contact"), ("Lettre d'information", "/newsletter")],
                accounts=[social("facebook", "villedechazelay"), social("instagram", "chazelay_officiel"), social("linkedin", "ville-de-chazelay")],
                address="Hôtel de ville, 1 place Carnot, 38000 Chazelay")
    gpages = [
        page("/", "Participer à Chazelay", m.links([("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025"),
                                                   ("/fr-FR/projects/vos-idees-pour-les-quais", "Vos idées pour les quais"),
                                                   ("/fr-FR/projects/enquete-mobilite", "Enquête mobilité")])),
        page("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025", P("Phase de vote : répartissez 250 000 euros entre les projets retenus.")
             + '<div class="e2e-idea-card"><h3>Ombrières au parc Carnot</h3><p>45 000 €</p><button class="e2e-assign-budget-button">Ajouter à mon panier</button></div>',
             {"participatory_budget"}),
        page("/fr-FR/projects/vos-idees-pour-les-quais", "Vos idées pour les quais", P("Proposez une idée pour animer les quais piétons cet été.")
             + '<a class="e2e-idea-button" href="/fr-FR/projects/vos-idees-pour-les-quais/ideas/new">Soumettre une idée</a>'
             + m.links([("/fr-FR/ideas/guinguette-sur-les-quais", "Une guinguette sur les quais")]), {"suggestion_call"}),
        page("/fr-FR/projects/vos-idees-pour-les-quais/ideas/new", "Soumettre une idée", '<p>Connectez-vous pour soumettre une idée.</p>', {"suggestion_call"}),
        page("/fr-FR/ideas/guinguette-sur-les-quais", "Une guinguette sur les quais", P("Une buvette associative avec des concerts le samedi soir.")
             + '<div id="e2e-comments-container"><div class="e2e-comment">Claire : Oui mais pas trop tard.</div>'
               '<form class="e2e-comment-form"><textarea id="submit-comment" name="comment" placeholder="Écrivez votre commentaire"></textarea><button>Publier</button></form></div>',
             {"comments"}),
        page("/fr-FR/projects/enquete-mobilite", "Enquête mobilité", m.radio_questionnaire("/fr-FR/projects/enquete-mobilite/survey", "Enquête ouverte jusqu'au 30 avril.",
             [("Combien de fois par semaine prenez-vous le bus ?", ["Jamais", "1 à 3", "Plus de 3"])], "e2e-survey"), {"poll"}),
    ]
    gsite = Site(gv, "govocal", "Participer à Chazelay", gpages, menu=[("Projets", "/")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return _city("99078", "Chazelay", 46_400, "38", "84", "Auvergne-Rhône-Alpes", [site, gsite])


# ============================================================================================

_BUILDERS = (saint_orvaux, ecquerolles, brussac, pelissargues, moncerville, lherac, castelviere, chazelay)
_CITIES = None


def _build():
    global _CITIES
    if _CITIES is None:
        _CITIES = [build() for build in _BUILDERS]
    return _CITIES


def cities():
    return list(_build())


def hosts():
    _build()
    served = {host: _own_host(site, kind) for host, (site, kind) in _OWN_HOSTS.items()}
    served[CV_APP] = CustomHost(_CV_SITE, _cv_special)
    return served
