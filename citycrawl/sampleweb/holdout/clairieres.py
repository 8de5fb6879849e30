"""Holdout part "Clairières": eight cities of 30,000 to 120,000 inhabitants whose participation runs on
platforms other than the best known (a Go Vocal site under the city's own domain, Decidim and CONSUL on
hosts that name no platform, Fluicity, id-city, Consultvox, Civocracy white-label, Jenparle, a home-made
space), beside their own CMS sites (WordPress, TYPO3, Drupal, Joomla, SPIP, agency CMSs, Publik) with
their own features and lookalikes."""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from . import clairieres_markup as m

P = page  # short alias

PB, SC, POLL, COM, FORUM = "participatory_budget", "suggestion_call", "poll", "comments", "forum"
DISP, CF, PET, PLAT, TSN = "participation_displayed", "contact_form", "petition", "participatory_platform", "territorial_social_network"
SOC = "social_account"

_CUSTOM = {}  # host -> renderer, for the platforms no shared theme renders


def _plan(pages):
    """The site map every municipal CMS ships, listing the site's pages."""
    items = [(p.path, p.title) for p in pages if p.path not in ("/",)]
    return P("/plan-du-site/", "Plan du site", m.h2("Toutes les pages du site") + m.links(items, "sitemap"))


def _city_site(host, theme, title, pages, menu, accounts=(), address="", plan="/plan-du-site/"):
    pages = list(pages)
    site_map = _plan(pages)
    if plan != site_map.path:
        site_map = P(plan, site_map.title, site_map.body)
    pages.append(site_map)
    return Site(host, theme, title, pages, menu=list(menu), accounts=list(accounts), address=address)


def _platform(host, render, title, pages, menu, platform, features=frozenset({PLAT})):
    site = Site(host, "vendor", title, pages, menu=list(menu), features=frozenset(features), platforms=frozenset({platform}))
    _CUSTOM[host] = (site, render)
    return site


def _home(intro, quick, news, events, extra=""):
    return (m.cookie_banner() + m.prose(*intro) + m.quick(quick) + m.teasers(news) + m.agenda(events) + extra
            + '<p class="home-plan"><a href="' + "/plan-du-site/" + '">Plan du site</a></p>')


# =================================================================================================
# 99031 Montfleury-sur-Yvette (Essonne): WordPress, and a Go Vocal site under the city's own domain
# =================================================================================================

def montfleury():
    w = "http://www.montfleury-sur-yvette.fr"
    gv = "participer.montfleury-sur-yvette.fr"
    stationnement_poll = m.wp_polls(14, "Faut-il étendre la zone bleue à l'avenue des Tilleuls ?",
                                    ["Oui, jusqu'au carrefour", "Oui, le samedi seulement", "Non", "Sans avis"])
    pages = [
        P("/", "Accueil", _home(
            ["Bienvenue sur le site officiel de la ville de Montfleury-sur-Yvette, 52 000 habitants au bord de l'Yvette."],
            [("/ma-ville/montfleury-en-dialogue/", "Montfleury en dialogue"), ("/ma-ville/conseils-de-quartier/", "Conseils de quartier"),
             ("/ma-ville/les-pousses/", "Budget participatif Les Pousses"), ("/vie-pratique/stationnement/", "Stationnement"),
             ("/vie-pratique/salles-municipales/", "Louer une salle"), ("/contact/", "Contacter la mairie"),
             ("/lettre-d-information/", "Newsletter")],
            [("/actualites/marche-nocturne/", "Le marché nocturne revient en juin", "12 mai 2026"),
             ("/actualites/piscine-travaux/", "Piscine Jean-Taris : fermeture pour travaux", "5 mai 2026"),
             ("/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne : une convention signée avec la gendarmerie", "28 avril 2026"),
             ("/actualites/resultats-sondage-rythmes-scolaires/", "Rythmes scolaires : les résultats du sondage", "14 avril 2026"),
             ("/actualites/recensement-2026/", "Recensement de la population : merci aux agents recenseurs", "2 mars 2026")],
            [("/agenda/forum-emploi/", "Forum de l'emploi et de l'alternance", "21 mai"),
             ("/ma-ville/conseils-de-quartier/bords-d-yvette-compte-rendu/", "Conseil de quartier Bords d'Yvette", "3 juin")])),
        P("/ma-ville/montfleury-en-dialogue/", "Montfleury en dialogue", m.prose(
            "Depuis 2021, la municipalité associe les habitants aux projets qui transforment la ville : c'est la démarche <strong>Montfleury en dialogue</strong>, "
            "adoptée avec une charte de la participation citoyenne votée en conseil municipal.",
            "Elle repose sur six conseils de quartier, des réunions publiques avant chaque grand chantier, un budget participatif annuel et une plateforme "
            "en ligne où chacun peut suivre les concertations en cours et y contribuer.")
          + m.h2("Les outils de la participation")
          + m.links([("/ma-ville/conseils-de-quartier/", "Les conseils de quartier"), ("/ma-ville/les-pousses/", "Le budget participatif « Les Pousses »"),
                     (f"http://{gv}/", "La plateforme participer.montfleury-sur-yvette.fr")])
          + m.prose("Une question sur la démarche ? Le service Démocratie locale vous répond au 01 69 00 41 20."), {DISP}),
        P("/ma-ville/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Six conseils de quartier couvrent le territoire : Centre-Gare, Bords d'Yvette, Les Sablons, Le Plateau, Vaucelles et La Butte-aux-Cailles.",
            "Chaque conseil réunit des habitants volontaires tirés au sort ou candidats, des représentants d'associations et un élu référent. Il se réunit "
            "au moins trois fois par an en séance publique et peut saisir le maire de toute question touchant la vie du quartier.",
            "Pour rejoindre le conseil de votre quartier, adressez votre candidature au service Démocratie locale avant le 30 septembre.")
          + m.links([("/ma-ville/conseils-de-quartier/bords-d-yvette-compte-rendu/", "Compte rendu : conseil de quartier Bords d'Yvette")]), {DISP}),
        P("/ma-ville/conseils-de-quartier/bords-d-yvette-compte-rendu/", "Conseil de quartier Bords d'Yvette : compte rendu de la séance du 11 mars", m.prose(
            "Trente-deux habitants étaient présents salle Colette. Ordre du jour : la sécurisation du chemin de halage, le devenir de l'ancienne laiterie, "
            "les questions diverses.",
            "Les membres du conseil ont demandé un comptage des vélos sur le halage ; les services techniques présenteront les résultats à la prochaine séance, "
            "le 3 juin à 19 h. La séance est ouverte à tous les habitants du quartier."), {DISP}),
        P("/ma-ville/les-pousses/", "Les Pousses : le budget participatif", m.prose(
            "<strong>Les Pousses</strong>, c'est 350 000 € du budget d'investissement confiés aux Montfleuriens : vous proposez des projets pour la ville, "
            "les services étudient leur faisabilité, puis vous votez pour ceux qui seront réalisés.",
            "Calendrier 2026 : dépôt des idées du 2 mars au 17 avril ; étude technique en mai et juin ; vote du 15 septembre au 12 octobre ; "
            "annonce des lauréats en novembre.",
            f"Tout se passe sur <a href=\"http://{gv}/fr-FR/projects/les-pousses-2026\">la plateforme de participation</a> ; des urnes papier sont aussi "
            "installées à l'hôtel de ville et dans les médiathèques pendant la période de vote.")
          + m.links([(f"http://{gv}/fr-FR/projects/les-pousses-2025", "Les lauréats de l'édition 2025")]), {PB}),
        P("/ma-ville/finances/budget-primitif-2026/", "Budget primitif 2026", m.prose(
            "Le conseil municipal a adopté le 19 mars le budget primitif 2026 : 71,4 M€ en fonctionnement et 22,8 M€ en investissement.",
            "Les taux d'imposition restent inchangés. Principaux investissements : la rénovation du groupe scolaire des Sablons, la piste cyclable "
            "de la RD 188 et la toiture du gymnase.",
            "Le rapport de présentation et les annexes budgétaires sont téléchargeables au format PDF."), decoys={PB}),
        # the gendarmerie's watch scheme carries the words "participation citoyenne" but is not the city's participatory approach
        P("/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne : une convention signée avec la gendarmerie", m.prose(
            "Le maire et le commandant de la compagnie de gendarmerie de Palaiseau ont signé le protocole « Participation citoyenne ».",
            "Des habitants référents, désignés dans chaque secteur, signaleront aux gendarmes les faits inhabituels : démarchages suspects, "
            "véhicules en repérage. Ce dispositif de vigilance ne remplace pas l'appel au 17 en cas d'urgence.")
          + m.share_buttons(f"{w}/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne"), decoys={DISP}),
        P("/actualites/marche-nocturne/", "Le marché nocturne revient en juin", m.prose(
            "Tous les vendredis de juin, de 18 h à 23 h, une trentaine de producteurs et de restaurateurs s'installent sur le parvis de la gare.",
            "Nouveauté cette année : une scène ouverte aux groupes amateurs de la ville.")
          + m.wp_comments([("Sandrine", "12 mai 2026 à 18 h 40", "Super ! Est-ce qu'il y aura des stands végétariens ?"),
                           ("Ville de Montfleury", "13 mai 2026 à 9 h 05", "Oui, trois stands végétariens sont prévus cette année.")],
                          post_id=418), {COM}),
        # comments are closed and none was published: no way to comment here
        P("/actualites/piscine-travaux/", "Piscine Jean-Taris : fermeture pour travaux", m.prose(
            "La piscine fermera du 1er juillet au 31 août pour le remplacement du système de traitement de l'air.",
            "Les abonnements en cours seront prolongés d'autant.")
          + '<div id="comments" class="comments-area"><p class="no-comments">Les commentaires sont fermés.</p></div>', decoys={COM}),
        P("/actualites/resultats-sondage-rythmes-scolaires/", "Rythmes scolaires : les résultats du sondage", m.prose(
            "Le sondage proposé aux familles en février est clos. 1 214 familles ont répondu.")
          + m.poll_results("Quelle organisation de la semaine préférez-vous ?", [("Quatre jours", 61, 741), ("Quatre jours et demi", 35, 425), ("Sans avis", 4, 48)]),
          decoys={POLL}),
        P("/actualites/recensement-2026/", "Recensement de la population 2026", m.prose(
            "Du 15 janvier au 21 février, 8 % des logements de la commune ont été recensés par l'Insee.",
            "Le recensement est obligatoire ; les réponses restent confidentielles. Merci aux 14 agents recenseurs et aux habitants qui ont répondu en ligne."),
          decoys={POLL}),
        P("/vie-pratique/stationnement/", "Stationnement en centre-ville", m.with_aside(m.prose(
            "Le stationnement est gratuit les 30 premières minutes sur l'ensemble des places du centre-ville.",
            "La zone bleue couvre la rue de la République et la place du Marché. Les disques sont disponibles gratuitement à l'accueil de la mairie.",
            "La municipalité envisage d'étendre la zone bleue et consulte les habitants : donnez votre avis dans le sondage."), stationnement_poll, "widget-area"),
          {POLL}),
        P("/vie-pratique/salles-municipales/", "Louer une salle municipale", m.prose(
            "Quatre salles peuvent être louées par les habitants et les associations pour des réunions ou des fêtes familiales.")
          + m.booking("/vie-pratique/salles-municipales/", "salle Colette", ["Matin", "Après-midi", "Soirée", "Journée entière"]), decoys={CF}),
        P("/agenda/forum-emploi/", "Forum de l'emploi et de l'alternance", m.prose(
            "Jeudi 21 mai, de 9 h 30 à 16 h au gymnase Pasteur : 45 entreprises recrutent, ateliers CV et simulations d'entretien.",
            "Entrée libre, munissez-vous de votre CV."), decoys={FORUM}),
        P("/contact/", "Contacter la mairie", m.prose("Hôtel de ville, 1 place du Général-Leclerc. Ouvert du lundi au vendredi de 8 h 30 à 17 h 30 et le samedi matin.")
          + m.cf7_contact("/contact/"), {CF}),
        P("/lettre-d-information/", "Lettre d'information", m.prose(
            "Recevez chaque mois l'essentiel de l'actualité montfleurienne dans votre boîte mail.") + m.newsletter("/lettre-d-information/"),
          decoys={CF}),
    ]
    www = _city_site("www.montfleury-sur-yvette.fr", "wordpress", "Montfleury-sur-Yvette", pages,
                     [("Accueil", "/"), ("Ma ville", "/ma-ville/montfleury-en-dialogue/"), ("Vie pratique", "/vie-pratique/stationnement/"),
                      ("Participer", f"http://{gv}/"), ("Contact", "/contact/")],
                     [social("facebook", "VilleMontfleury"), social("instagram", "montfleury_sur_yvette")],
                     "Hôtel de ville, 1 place du Général-Leclerc, 91470 Montfleury-sur-Yvette")

    def card(slug, title, status, n):
        return (f'<div class="e2e-project-card" data-testid="project-card"><a href="/fr-FR/projects/{slug}" class="e2e-project-card-link">'
                f'<h3 class="e2e-project-card-project-title">{title}</h3></a><p class="e2e-project-card-status">{status}</p>'
                f'<span class="e2e-project-card-participants">{n} participants</span></div>')

    def idea_card(slug, title, votes, comments):
        return (f'<div class="e2e-idea-card"><a href="/fr-FR/ideas/{slug}" class="e2e-idea-card-title"><h3>{title}</h3></a>'
                f'<span class="e2e-ideacard-upvote-count">{votes}</span><span class="e2e-ideacard-comment-count">{comments} commentaires</span></div>')

    def gv_comments(items):
        lis = "".join(f'<div class="e2e-comment-thread"><div class="e2e-parentcomment"><span class="e2e-author-name">{a}</span>'
                      f'<time>{d}</time><div class="e2e-comment-body"><p>{t}</p></div></div></div>' for a, d, t in items)
        return (f'<section id="e2e-comments-container"><h2>Commentaires ({len(items)})</h2>{lis}'
                '<form class="e2e-comment-form" id="submit-comment" action="/fr-FR/sign-in" method="get"><label for="e2e-parent-comment-text-area">Écrivez votre commentaire</label>'
                '<textarea id="e2e-parent-comment-text-area" name="comment" placeholder="Votre réaction, un complément, une question…"></textarea>'
                '<p class="comment-login-hint">Vous devez être connecté pour publier.</p><button type="submit" class="e2e-submit-parentcomment">Publier</button></form></section>')

    ideas26 = [("un-verger-partage-aux-sablons", "Un verger partagé aux Sablons", 212, 3),
               ("des-bancs-rue-de-la-gare", "Des bancs et de l'ombre rue de la Gare", 87, 2)]
    gvp = [
        P("/", "Participer à Montfleury", m.prose(
            "Bienvenue sur la plateforme de participation de la ville de Montfleury-sur-Yvette. Proposez, votez, répondez aux enquêtes et suivez les projets.")
          + '<section class="e2e-projects-list"><h2>Projets en cours</h2>'
          + card("les-pousses-2026", "Les Pousses 2026 : déposez vos idées", "Phase : dépôt des idées", 604)
          + card("enquete-mobilites", "Enquête : vos déplacements au quotidien", "Phase : questionnaire", 391)
          + card("coeur-de-ville", "Le réaménagement du cœur de ville", "Phase : information", 0)
          + "</section><section><h2>Projets terminés</h2>"
          + card("les-pousses-2025", "Les Pousses 2025", "Terminé", 2210)
          + card("plan-velo-2023", "Plan vélo 2023", "Terminé", 845) + "</section>"
          + '<p><a href="/fr-FR/pages/faq">Comment participer ?</a> · <a href="/fr-FR/sign-in">Se connecter</a> · '
          + f'<a href="{w}/">Site de la ville</a></p>'),
        P("/fr-FR/projects/les-pousses-2026", "Les Pousses 2026 : déposez vos idées", m.prose(
            "Vous avez une idée pour votre quartier ? Jusqu'au 17 avril, déposez-la : elle sera étudiée par les services puis, si elle est réalisable, "
            "soumise au vote des habitants à l'automne. Enveloppe : 350 000 €, 60 000 € maximum par projet.")
          + '<div class="e2e-timeline"><ol><li class="e2e-phase current">Dépôt des idées (2 mars – 17 avril)</li><li class="e2e-phase">Étude de faisabilité</li>'
          + '<li class="e2e-phase">Vote (15 septembre – 12 octobre)</li><li class="e2e-phase">Résultats</li></ol></div>'
          + '<a class="e2e-idea-button" href="/fr-FR/sign-in">Soumettre une idée</a>'
          + '<section class="e2e-ideas-list">' + "".join(idea_card(*i) for i in ideas26) + "</section>", {PB, SC}),
        P("/fr-FR/ideas/un-verger-partage-aux-sablons", "Un verger partagé aux Sablons", m.prose(
            "Planter une vingtaine d'arbres fruitiers sur la pelouse au pied des immeubles, entretenus par les habitants avec l'association Les Sablons verts.",
            "Déposée le 9 mars. Thème : nature en ville. Quartier : Les Sablons.")
          + '<div class="e2e-vote-control"><button class="e2e-ideacard-upvote-button" type="button">J\'aime (212)</button></div>'
          + gv_comments([("Marc D.", "10 mars", "Très bonne idée, on pourrait y ajouter des ruches."),
                         ("Aïcha B.", "12 mars", "Attention à l'arrosage l'été, il faudrait un récupérateur d'eau."),
                         ("Ville de Montfleury", "15 mars", "Merci, l'idée sera étudiée par le service des espaces verts.")]), {COM, PB}),
        P("/fr-FR/ideas/des-bancs-rue-de-la-gare", "Des bancs et de l'ombre rue de la Gare", m.prose(
            "Installer des bancs et trois arbres d'alignement devant la gare pour ceux qui attendent le bus.", "Déposée le 14 mars. Quartier : Centre-Gare.")
          + gv_comments([("Lucien", "15 mars", "Oui ! Il n'y a nulle part où s'asseoir."),
                         ("Marie-Noëlle", "20 mars", "Et un abri en cas de pluie.")]), {COM, PB}),
        # a past edition: its winners, and the budget runs every year
        P("/fr-FR/projects/les-pousses-2025", "Les Pousses 2025", m.prose(
            "2 210 habitants ont voté à la deuxième édition du budget participatif. Neuf projets ont été retenus, pour 348 000 €.")
          + m.links([("/fr-FR/projects/les-pousses-2026", "Voir l'édition 2026")])
          + '<ol class="e2e-winners"><li>Une aire de jeux inclusive au parc de Vaucelles (612 voix)</li><li>Des abris vélos sécurisés à la gare (540 voix)</li>'
          + "<li>Un terrain de pétanque éclairé à la Butte-aux-Cailles (431 voix)</li></ol>", {PB}),
        # a survey with a free remark field: a poll, not a message written to the city
        P("/fr-FR/projects/enquete-mobilites", "Enquête : vos déplacements au quotidien", m.prose(
            "Comment vous déplacez-vous dans Montfleury ? Répondez à ce questionnaire de dix minutes avant le 30 juin : il servira à préparer le plan de mobilité.")
          + '<form class="e2e-native-survey" action="/fr-FR/projects/enquete-mobilites" method="post">'
          + '<fieldset class="e2e-survey-question"><legend>Quel mode de transport utilisez-vous le plus ?</legend>'
          + "".join(f'<label><input type="radio" name="mode" value="{v}"> {v}</label>' for v in ("Voiture", "Bus", "Vélo", "Marche", "RER"))
          + '</fieldset><fieldset class="e2e-survey-question"><legend>Vous sentez-vous en sécurité à vélo ?</legend>'
          + "".join(f'<label><input type="radio" name="securite" value="{v}"> {v}</label>' for v in ("Oui", "Plutôt", "Non"))
          + '</fieldset><label for="q-remarques">Une remarque ?</label><textarea id="q-remarques" name="remarques"></textarea>'
          + '<button type="submit" class="e2e-submit-survey">Envoyer mes réponses</button></form>', {POLL}),
        P("/fr-FR/projects/plan-velo-2023", "Plan vélo 2023", m.prose(
            "Cette consultation est terminée. 845 personnes ont participé et 172 idées ont été déposées.",
            "Le plan vélo adopté en décembre 2023 reprend 31 de ces propositions. Le rapport de synthèse est en ligne.")
          + '<p class="e2e-project-status">Phase terminée : il n\'est plus possible de participer.</p>', decoys={SC, POLL}),
        P("/fr-FR/projects/coeur-de-ville", "Le réaménagement du cœur de ville", m.prose(
            "Ce projet présente les étapes du réaménagement de la place du Marché et des rues piétonnes : études en 2026, travaux à partir de 2027.",
            "Des réunions publiques seront annoncées ici. Il n'y a pas de participation en ligne pour cette phase d'information.")),
        P("/fr-FR/pages/faq", "Comment participer ?", m.prose(
            "Pour déposer une idée, commenter ou voter, créez un compte avec votre adresse e-mail. Les votes sont réservés aux habitants de plus de 12 ans.",
            "Les idées sont modérées selon la charte de la plateforme.")),
        P("/fr-FR/sign-in", "Se connecter", m.login_form("/fr-FR/sign-in", "email", "password", "Connectez-vous"), decoys={CF}),
    ]
    govocal = Site(gv, "govocal", "Montfleury participe", gvp,
                   menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/les-pousses-2026"), ("FAQ", "/fr-FR/pages/faq")],
                   features=frozenset({PLAT}), platforms=frozenset({"govocal"}))
    return City("99031", "Montfleury-sur-Yvette", 52_300, "91", "11", "Île-de-France", f"{w}/", [www, govocal])


# =================================================================================================
# 99032 Hochwiller (Bas-Rhin): TYPO3, and Decidim on agora.hochwiller.fr
# =================================================================================================

def hochwiller():
    w = "http://www.hochwiller.fr"
    ag = "agora.hochwiller.fr"
    f = m.typo3_form
    pages = [
        P("/", "Accueil", _home(
            ["Willkomme ! La ville de Hochwiller vous souhaite la bienvenue sur son site internet."],
            [("/citoyennete/participer/", "Participer"), ("/citoyennete/conseils-de-quartier/", "Conseils de quartier"),
             ("/citoyennete/droit-de-petition/", "Droit de pétition"), ("/cadre-de-vie/questionnaire-mobilite/", "Questionnaire mobilité"),
             ("/mairie/marches-publics/", "Marchés publics"), ("/contact/", "Contact")],
            [("/actualites/plantations-d-automne/", "1 200 arbres plantés cet hiver", "4 mars 2026"),
             ("/cadre-de-vie/enquete-publique-plu/", "Modification du PLU : enquête publique", "18 février 2026"),
             ("/culture/concours-photo/", "Concours photo « Hochwiller au fil de l'eau »", "2 février 2026"),
             ("/economie/aides-associations/", "Associations : appel à projets 2026", "15 janvier 2026")],
            [("/mairie/conseil-municipal/", "Séance du conseil municipal", "26 mars"),
             ("/citoyennete/conseil-des-aines/", "Réunion du conseil des aînés", "2 avril")])),
        P("/citoyennete/participer/", "Participer à la vie locale", m.prose(
            "Conseils de quartier, conseil des aînés, concertations sur les projets d'aménagement, budget participatif, droit de pétition : "
            "la ville offre plusieurs façons de prendre part aux décisions.",
            f"Les concertations en ligne, le budget participatif et les pétitions se trouvent sur <a href=\"http://{ag}/\">l'Agora de Hochwiller</a>, "
            "la plateforme participative de la ville. Des permanences sont proposées à la médiathèque pour ceux qui préfèrent le papier.")
          + m.links([("/citoyennete/conseils-de-quartier/", "Conseils de quartier"), ("/citoyennete/conseil-des-aines/", "Conseil des aînés"),
                     ("/citoyennete/droit-de-petition/", "Droit de pétition")]), {DISP}),
        P("/citoyennete/conseils-de-quartier/", "Conseils de quartier", m.prose(
            "Quatre conseils de quartier — Altstadt, Gare-Rhin, Neudorf et Rosenmatt — réunissent chacun vingt habitants pour deux ans.",
            "Ils donnent leur avis sur les projets de la ville, portent des projets de quartier dotés de 15 000 € par an et organisent une assemblée "
            "de quartier ouverte à tous chaque automne.")
          + f('/citoyennete/conseils-de-quartier/', "candidature", [("text", "nom", "Nom et prénom"), ("email", "email", "E-mail"),
                                                                     ("select:Altstadt|Gare-Rhin|Neudorf|Rosenmatt", "quartier", "Votre quartier")],
                "Je me porte candidat"), {DISP}),
        # a consultative council of elderly residents: one of the city's participation bodies
        P("/citoyennete/conseil-des-aines/", "Conseil des aînés", m.prose(
            "Instance consultative de 24 membres de plus de 65 ans, le conseil des aînés est associé aux projets de la ville qui touchent le grand âge : "
            "transports, logement adapté, lutte contre l'isolement.", "Prochaine séance plénière le 2 avril à la Maison des associations."), {DISP}),
        # the page of the city's right of petition: explains it and leads to the petition space where residents start and sign
        P("/citoyennete/droit-de-petition/", "Droit de pétition", m.prose(
            "Depuis 2023, tout habitant de plus de 16 ans peut lancer une pétition citoyenne adressée au conseil municipal.",
            "Une pétition qui rassemble 500 signatures en six mois est inscrite à l'ordre du jour du conseil municipal, qui y répond publiquement.",
            f"Lancez ou signez une pétition sur <a href=\"http://{ag}/initiatives\">l'Agora, rubrique Pétitions</a>."), {PET, DISP}),
        P("/mairie/conseil-municipal/", "Conseil municipal : ordre du jour du 26 mars", m.prose(
            "1. Approbation du procès-verbal de la séance précédente. 2. Compte administratif 2025. 3. Subventions aux associations. "
            "4. Convention avec l'Eurométropole. 5. Rapport annuel de la commission d'accessibilité.",
            "La séance est publique et retransmise en direct sur la chaîne YouTube de la ville."), decoys={DISP}),
        P("/mairie/marches-publics/", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : travaux de réfection de la toiture de l'école Rosenmatt (procédure adaptée).",
            "Date limite de remise des offres : 10 avril 2026, 12 h. Le dossier de consultation est disponible sur le profil d'acheteur."), decoys={SC}),
        P("/culture/concours-photo/", "Concours photo « Hochwiller au fil de l'eau »", m.prose(
            "Photographes amateurs, envoyez jusqu'à trois clichés de la Zorn et des canaux avant le 30 avril. Appel à candidatures ouvert aux plus de 12 ans.",
            "Les vingt meilleures photos seront exposées cet été sur les grilles du parc."), decoys={SC}),
        # a grant call to associations: "appel à projets" but a subsidy scheme, not a call for residents' ideas
        P("/economie/aides-associations/", "Associations : appel à projets 2026", m.prose(
            "Les associations hochwilloises peuvent solliciter une subvention de projet au titre de l'appel à projets annuel « Vie associative ».",
            "Dossier à déposer avant le 28 février avec budget prévisionnel et statuts. Commission d'attribution en avril."), decoys={SC}),
        P("/cadre-de-vie/enquete-publique-plu/", "Modification du PLU : enquête publique", m.prose(
            "Par arrêté du maire, une enquête publique sur la modification n° 3 du plan local d'urbanisme se tient du 2 au 31 mars.",
            "Le commissaire enquêteur reçoit en mairie les 5, 17 et 31 mars. Le dossier et le registre sont consultables aux heures d'ouverture."), decoys={POLL}),
        # a questionnaire with a free remark field: a poll, not a message written to the city
        P("/cadre-de-vie/questionnaire-mobilite/", "Questionnaire : se déplacer à Hochwiller", m.prose(
            "Aidez-nous à préparer le schéma cyclable : répondez à ce questionnaire avant le 15 mai. Vos réponses sont anonymes.")
          + f("/cadre-de-vie/questionnaire-mobilite/", "mobilite", [
              ("radios:Tous les jours|Chaque semaine|Rarement|Jamais", "frequence", "À quelle fréquence circulez-vous à vélo ?"),
              ("radios:Oui|Non", "stationnement", "Manque-t-il des arceaux près de chez vous ?"),
              ("textarea", "commentaire", "Quels aménagements attendez-vous ?")], "Envoyer mes réponses"), {POLL}),
        P("/actualites/plantations-d-automne/", "1 200 arbres plantés cet hiver", m.prose(
            "Les équipes des espaces verts ont achevé la plantation de 1 200 arbres et arbustes, dont le bosquet du quai des Tanneurs.",
            "Le choix des essences a fait l'objet d'une concertation sur Decidim l'an dernier, comme le font désormais beaucoup de villes alsaciennes."),
          decoys={PLAT}),
        P("/contact/", "Contact", m.prose("Mairie de Hochwiller, 2 place de l'Hôtel-de-Ville. Tél. 03 88 00 12 34.")
          + f("/contact/", "contact-mairie", [("text", "nom", "Nom"), ("email", "email", "E-mail"),
                                              ("select:Accueil|Urbanisme|État civil|Services techniques", "service", "Service"),
                                              ("textarea", "message", "Votre message")]), {CF}),
    ]
    www = _city_site("www.hochwiller.fr", "typo3", "Ville de Hochwiller", pages,
                     [("Accueil", "/"), ("Citoyenneté", "/citoyennete/participer/"), ("Cadre de vie", "/cadre-de-vie/questionnaire-mobilite/"),
                      ("L'Agora", f"http://{ag}/"), ("Contact", "/contact/")],
                     [social("facebook", "villedehochwiller"), social("x", "Hochwiller"), social("youtube", "VilledeHochwiller")],
                     "2 place de l'Hôtel-de-Ville, 67390 Hochwiller")

    def card(href, title, meta):
        return (f'<div class="card__list"><a href="{href}" class="card__list-link"><h3 class="card__list-title">{title}</h3></a>'
                f'<div class="card__list-metadata">{meta}</div></div>')

    def comments(items, root):
        lis = "".join(f'<div class="comment" id="comment_{root}{i}" data-comment-id="{root}{i}"><div class="comment__header"><span class="author__name">{a}</span>'
                      f'<span class="comment__date">{d}</span></div><div class="comment__content"><p>{t}</p></div>'
                      '<div class="comment__footer"><button class="comment__reply" data-controls="panel">Répondre</button></div></div>' for i, (a, d, t) in enumerate(items))
        return (f'<section class="comments" id="comments"><h2 class="h4">{len(items)} commentaires</h2><div class="comment-threads">{lis}</div>'
                f'<div class="add-comment" id="add-comment-{root}"><form class="new_comment" id="new_comment_for_Proposal_{root}" action="/comments" method="post" data-remote="true">'
                f'<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC97cm9vdH0"><label for="add-comment-{root}-text">Ajoutez votre commentaire</label>'
                f'<textarea id="add-comment-{root}-text" name="comment[body]" maxlength="1000" rows="4" data-input-emoji="true"></textarea>'
                '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></section>')

    bp = "/processes/budget-2026"
    agp = [
        P("/", "L'Agora de Hochwiller", m.prose("L'Agora est la plateforme participative de la ville : concertations, budget participatif, pétitions.")
          + '<section class="home__section"><h2 class="h2 decorator">Processus participatifs</h2>'
          + card(bp, "Budget participatif 2026 : À vous de jouer !", "Étape en cours : vote")
          + card("/processes/parc-des-tanneurs", "Concertation : le futur parc des Tanneurs", "Étape en cours : questionnaire et débat")
          + card("/processes/ecoles-2022", "Cours d'écoles oasis (2022)", "Processus terminé") + "</section>"
          + '<section class="home__section"><h2 class="h2 decorator">Pétitions</h2>' + card("/initiatives", "Toutes les pétitions", "2 pétitions en cours") + "</section>"
          + f'<p><a href="/pages/faq">Aide</a> · <a href="{w}/">www.hochwiller.fr</a></p>'),
        P(bp, "Budget participatif 2026 : À vous de jouer !", m.prose(
            "150 000 € pour des projets proposés par les habitants. Les propositions ont été déposées en janvier et février ; "
            "les 24 projets jugés réalisables sont maintenant soumis au vote jusqu'au 30 avril.")
          + '<div class="process__phase"><span>Étape 3 sur 4</span> <strong>Vote des projets</strong></div>'
          + m.links([(f"{bp}/f/11/proposals", "Les propositions déposées"), (f"{bp}/f/12/budgets/3/projects", "Voter pour les projets")], "process-nav"), {PB}),
        P(f"{bp}/f/11/proposals", "Propositions", m.prose("Le dépôt des propositions est terminé. 87 propositions ont été déposées ; 24 ont été retenues après étude.")
          + card(f"{bp}/f/11/proposals/214", "Un abri pour les cigognes du parc Rosenmatt", "Acceptée · 6 commentaires")
          + card(f"{bp}/f/11/proposals/215", "Des fontaines à eau sur les places", "Acceptée · 0 commentaire"), {PB}),
        P(f"{bp}/f/11/proposals/214", "Un abri pour les cigognes du parc Rosenmatt", m.prose(
            "Installer deux plateformes de nidification et un panneau pédagogique près de l'étang.", "Montant estimé : 8 000 €. État : acceptée.")
          + comments([("Frieda W.", "3 février 2026", "Les cigognes reviennent chaque année, c'est une belle idée."),
                      ("Jean-Luc K.", "5 février 2026", "Et pour les écoles, une sortie pédagogique ?")], 214), {PB, COM}),
        P(f"{bp}/f/11/proposals/215", "Des fontaines à eau sur les places", m.prose(
            "Installer trois fontaines d'eau potable : place du Marché, square de la Gare et parc Rosenmatt.", "Montant estimé : 21 000 €. État : acceptée.")
          + comments([], 215), {PB, COM}),
        P(f"{bp}/f/12/budgets/3/projects", "Voter pour les projets", m.prose(
            "Choisissez des projets jusqu'à 150 000 €, puis confirmez votre vote. Vous devez être connecté et résider à Hochwiller.")
          + '<div class="budget-summary"><div class="budget-summary__progressbox"><span>Budget attribué : 0 €</span> / 150 000 €</div></div>'
          + '<ul class="budget-list">' + "".join(
              f'<li class="budget-list__item"><a href="{bp}/f/11/proposals/{n}">{t}</a> <span>{c}</span>'
              f'<button class="button button__sm button__secondary budget-list__action" data-add="{n}">Ajouter</button></li>'
              for n, t, c in ((214, "Un abri pour les cigognes", "8 000 €"), (215, "Des fontaines à eau", "21 000 €"))) + "</ul>"
          + '<a class="button button__lg button__secondary" href="/users/sign_in">Vérifier et confirmer mon vote</a>', {PB}),
        P("/processes/parc-des-tanneurs", "Concertation : le futur parc des Tanneurs", m.prose(
            "La friche des anciennes tanneries deviendra un parc de quatre hectares. Avant le concours de paysagistes, la ville vous consulte : "
            "répondez au questionnaire et participez au débat.")
          + m.links([("/processes/parc-des-tanneurs/f/15/surveys/4", "Questionnaire"), ("/processes/parc-des-tanneurs/f/16/debates/7", "Débat : faut-il éclairer le parc la nuit ?")], "process-nav"),
          {DISP}),
        P("/processes/parc-des-tanneurs/f/15/surveys/4", "Questionnaire : le parc des Tanneurs", m.prose("Ce questionnaire est ouvert jusqu'au 31 mai.")
          + '<form class="form answer-questionnaire" action="/processes/parc-des-tanneurs/f/15/surveys/4/answer" method="post"><div class="questionnaire-step">'
          + '<div class="question" data-max-choices="2"><label>Quels usages souhaitez-vous pour le parc ? (2 choix maximum)</label>'
          + "".join(f'<label><input type="checkbox" name="questionnaire[responses][0][choices][][body]" value="{v}"> {v}</label>' for v in ("Jeux d'enfants", "Jardins partagés", "Sport", "Prairie fleurie", "Guinguette"))
          + '</div><div class="question"><label for="questionnaire_responses_1">Vos remarques</label><textarea id="questionnaire_responses_1" name="questionnaire[responses][1][body]" rows="4"></textarea></div>'
          + '<input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" value="1"><label for="questionnaire_tos_agreement">J\'accepte les conditions d\'utilisation</label>'
          + '<button type="submit" class="button button__lg button__secondary">Envoyer</button></div></form>', {POLL}),
        P("/processes/parc-des-tanneurs/f/16/debates/7", "Débat : faut-il éclairer le parc la nuit ?", m.prose(
            "Éclairer le parc améliore le sentiment de sécurité mais nuit à la faune. Donnez votre avis avant le 31 mai.")
          + comments([("Odile M.", "12 mars 2026", "Un éclairage bas et à détection de présence sur les allées principales suffirait."),
                      ("Thomas R.", "13 mars 2026", "Fermer le parc la nuit, comme l'Orangerie, serait plus simple.")], 7007), {COM}),
        P("/initiatives", "Pétitions", m.prose("Lancez une pétition : à 500 signatures, elle est inscrite à l'ordre du jour du conseil municipal.")
          + '<a class="button button__sm button__secondary" href="/users/sign_in">Lancer une pétition</a>'
          + card("/initiatives/i-9", "Pour une piste cyclable route de Brumath", "312 / 500 signatures · en cours"), {PET}),
        P("/initiatives/i-9", "Pour une piste cyclable route de Brumath", m.prose(
            "Nous demandons l'aménagement d'une piste cyclable séparée entre le collège et la zone d'activités.", "Auteur : collectif Vélo Hochwiller. Date de fin : 30 juin 2026.")
          + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">312</span> / 500 signatures</div>'
          + '<form action="/initiatives/i-9/signatures" method="post"><button type="submit" class="button button__xl button__secondary">Signer</button></form></div>', {PET}),
        P("/processes/ecoles-2022", "Cours d'écoles oasis (2022)", m.prose(
            "Ce processus est terminé. Les habitants et les élèves ont proposé 140 idées et répondu à 620 questionnaires.",
            "Les cours des écoles Altstadt et Neudorf ont été transformées à l'été 2023.")
          + '<div class="process__phase"><strong>Processus terminé</strong></div>', decoys={POLL, SC}),
        P("/pages/faq", "Aide", m.prose("Comment créer un compte, comment signer une pétition, comment voter au budget participatif : les réponses à vos questions.")),
    ]
    agora = Site(ag, "decidim", "L'Agora de Hochwiller", agp,
                 menu=[("Accueil", "/"), ("Processus", "/processes/parc-des-tanneurs"), ("Pétitions", "/initiatives"), ("Aide", "/pages/faq")],
                 features=frozenset({PLAT}), platforms=frozenset({"decidim"}))
    return City("99032", "Hochwiller", 36_800, "67", "44", "Grand Est", f"{w}/", [www, agora])


# =================================================================================================
# 99033 Castelvielh (Gironde): Drupal, and a Fluicity space on castelvielh.flui.city
# =================================================================================================

def castelvielh():
    w = "http://www.castelvielh.fr"
    fl = "castelvielh.flui.city"
    wf = m.drupal_webform
    pages = [
        P("/", "Accueil", _home(
            ["Castelvielh, ville de l'Entre-deux-Mers, 47 900 habitants : retrouvez toutes les informations et démarches en ligne."],
            [("/vivre-ensemble/democratie-locale", "Castelvielh & vous"), ("/vivre-ensemble/comites-de-quartier", "Comités de quartier"),
             ("/vivre-ensemble/boite-a-idees", "Boîte à idées"), ("/demarches/inscription-periscolaire", "Inscriptions périscolaires"),
             ("/contact", "Nous écrire"), ("/securite/participation-citoyenne", "Sécurité")],
            [("/actualites/voirie-rue-des-chais", "Rue des Chais : les travaux commencent", "7 avril 2026"),
             ("/actualites/bourse-initiatives-jeunes", "Bourse Initiatives jeunes : candidatez !", "1er avril 2026"),
             ("/actualites/fete-des-vendanges", "La fête des vendanges se prépare", "25 mars 2026"),
             ("/mairie/budget/budget-participatif-2022", "Budget participatif 2022 : où en sont les projets ?", "10 mars 2026")],
            [("/vivre-ensemble/comites-de-quartier/reunion-saint-roch", "Réunion publique du comité Saint-Roch", "16 avril"),
             ("/agenda/forum-des-associations", "Forum des associations", "5 septembre")])),
        P("/vivre-ensemble/democratie-locale", "Castelvielh & vous : la démocratie locale", m.prose(
            "La Ville s'est engagée dans une démarche de démocratie participative baptisée <em>Castelvielh & vous</em>. Objectif : associer les habitants "
            "le plus tôt possible aux projets qui les concernent.",
            "Cinq comités de quartier, une boîte à idées permanente, des concertations en ligne et en réunion publique, un budget participatif tous les deux ans.",
            f"Les concertations en ligne et le budget participatif ont lieu sur <a href=\"http://{fl}/\">l'application Castelvielh & vous</a>, "
            "que vous pouvez aussi télécharger sur votre téléphone.")
          + m.links([("/vivre-ensemble/comites-de-quartier", "Les comités de quartier"), ("/vivre-ensemble/boite-a-idees", "La boîte à idées")]), {DISP}),
        P("/vivre-ensemble/comites-de-quartier", "Les comités de quartier", m.prose(
            "Les comités de quartier sont des assemblées d'habitants bénévoles : Bourg, Saint-Roch, Les Chais, Lescure et La Garenne.",
            "Ils se réunissent tous les deux mois, relaient les questions des riverains auprès des élus et sont consultés sur les aménagements de proximité.")
          + m.links([("/vivre-ensemble/comites-de-quartier/reunion-saint-roch", "Réunion publique du comité Saint-Roch")]), {DISP}),
        P("/vivre-ensemble/comites-de-quartier/reunion-saint-roch", "Réunion publique du comité de quartier Saint-Roch", m.prose(
            "Jeudi 16 avril à 18 h 30, salle du Foyer : le comité de quartier Saint-Roch invite tous les habitants à une réunion publique en présence de "
            "l'adjointe à la vie des quartiers.",
            "Au programme : le plan de circulation autour de l'école, l'éclairage du chemin des Vignes et vos questions."), {DISP}),
        # an idea box form: an explicit call for ideas, and a free-text message to the city with name and e-mail
        P("/vivre-ensemble/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Castelvielh ? Un aménagement, une animation, un service ? Déposez-la dans notre boîte à idées : "
            "chaque proposition reçoit une réponse des élus sous deux mois.")
          + wf("/vivre-ensemble/boite-a-idees", "boite_a_idees", [
              ("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
              ("select:Toute la ville|Bourg|Saint-Roch|Les Chais|Lescure|La Garenne", "quartier", "Quartier"),
              ("text", "titre", "Votre idée en une phrase"), ("textarea", "description", "Décrivez votre idée")], "Déposer mon idée"), {SC, CF}),
        # a grant for young people's own projects: an application file, not a call for residents' ideas for the city
        P("/actualites/bourse-initiatives-jeunes", "Bourse Initiatives jeunes : candidatez !", m.prose(
            "Vous avez entre 16 et 25 ans et un projet humanitaire, culturel ou sportif ? La bourse Initiatives jeunes peut le financer jusqu'à 1 500 €.",
            "Appel à candidatures ouvert jusqu'au 31 mai : téléchargez le dossier et déposez-le au Point information jeunesse."), decoys={SC}),
        P("/actualites/voirie-rue-des-chais", "Rue des Chais : les travaux commencent", m.prose(
            "La requalification de la rue des Chais débute le 14 avril pour quatre mois : trottoirs élargis, plateau ralentisseur devant l'école, nouvelles plantations.",
            "La circulation sera alternée ; l'accès aux commerces reste possible.")
          + m.drupal_comments([("Gérard", "7 avril 2026", "Et le stationnement des riverains pendant les travaux ?"),
                               ("Pauline", "8 avril 2026", "Enfin des trottoirs praticables avec une poussette !")], 512), {COM}),
        P("/actualites/fete-des-vendanges", "La fête des vendanges se prépare", m.prose(
            "Les 26 et 27 septembre, défilé des chars, marché des vignerons et bal sur la place de la Mairie.",
            "Les associations qui souhaitent tenir un stand peuvent s'inscrire auprès du service Animation.")),
        P("/mairie/budget/compte-administratif-2025", "Compte administratif 2025", m.prose(
            "Le compte administratif retrace l'exécution du budget de l'année écoulée. Il a été approuvé par le conseil municipal le 26 mars.",
            "Dépenses de fonctionnement réalisées : 48,2 M€. Dépenses d'équipement : 11,6 M€. Épargne nette : 4,1 M€."), decoys={PB}),
        # a past edition, with its winning projects: the city's participatory budget (the next one is announced on the platform)
        P("/mairie/budget/budget-participatif-2022", "Budget participatif 2022 : où en sont les projets ?", m.prose(
            "Lors de la première édition du budget participatif, 3 400 habitants ont voté pour choisir 11 projets parmi les 46 proposés par les Castelvielhais.",
            "Huit projets sont réalisés (le skatepark de Lescure, les nichoirs du parc, la boîte à livres de la gare…), trois sont en cours.",
            f"La deuxième édition est ouverte : <a href=\"http://{fl}/budget-participatif\">proposez et votez sur Castelvielh & vous</a>."), {PB}),
        P("/contact", "Contact", m.prose("Mairie de Castelvielh, 1 place de la République. Du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h.")
          + wf("/contact", "contact", [("text", "name", "Votre nom"), ("email", "email", "Votre adresse de courriel"),
                                      ("text", "subject", "Sujet"), ("textarea", "message", "Message")], "Envoyer le message"), {CF}),
        P("/demarches/inscription-periscolaire", "Inscription aux activités périscolaires", m.prose(
            "Les inscriptions à l'accueil du matin et du soir pour l'année 2026-2027 sont ouvertes jusqu'au 30 juin.")
          + m.registration("/demarches/inscription-periscolaire", "accueil périscolaire"), decoys={CF}),
        # the gendarmerie's scheme of vigilant neighbours: neither the participatory approach nor a residents' social network
        P("/securite/participation-citoyenne", "Dispositif de participation citoyenne", m.prose(
            "La commune adhère au dispositif de participation citoyenne de la gendarmerie nationale, parfois appelé « voisins vigilants ».",
            "Des habitants volontaires, référents de leur rue, relaient les faits suspects à la brigade de Créon. Pour devenir référent, contactez la police municipale."),
          decoys={DISP, TSN}),
        P("/agenda/forum-des-associations", "Forum des associations", m.prose(
            "Samedi 5 septembre, de 10 h à 18 h, salle des fêtes : plus de 80 associations présentent leurs activités. Démonstrations et inscriptions sur place."),
          decoys={FORUM}),
    ]
    www = _city_site("www.castelvielh.fr", "drupal", "Ville de Castelvielh", pages,
                     [("Accueil", "/"), ("Vivre ensemble", "/vivre-ensemble/democratie-locale"), ("Démarches", "/demarches/inscription-periscolaire"),
                      ("Castelvielh & vous", f"http://{fl}/"), ("Contact", "/contact")],
                     [social("facebook", "castelvielh"), social("instagram", "ville_de_castelvielh"), social("linkedin", "ville-de-castelvielh")],
                     "1 place de la République, 33670 Castelvielh")

    def post(href, kind, title, meta):
        slug = {"Consultation": "consultation", "Idées": "ideas", "Idée": "idea", "Budget participatif": "budget", "Événement": "event",
                "Résultats": "results", "Projet": "project"}[kind]
        return (f'<article class="fl-card fl-card--{slug}"><span class="fl-card__type">{kind}</span><a class="fl-card__link" href="{href}">'
                f'<h3 class="fl-card__title">{title}</h3></a><p class="fl-card__meta">{meta}</p></article>')

    def fl_comments(items):
        lis = "".join(f'<li class="fl-comment"><p class="fl-comment__author">{a} <time>{d}</time></p><p class="fl-comment__text">{t}</p></li>' for a, d, t in items)
        return (f'<section class="fl-comments"><h2>{len(items)} commentaires</h2><ul>{lis}</ul>'
                '<form class="fl-comment-form" action="/login" method="get"><label for="fl-c">Ajouter un commentaire</label>'
                '<textarea id="fl-c" name="content" placeholder="Écrivez un commentaire…"></textarea><button type="submit" class="fl-btn">Commenter</button></form></section>')

    flp = [
        P("/", "Castelvielh & vous", m.prose("Le fil de la participation à Castelvielh : consultations, idées des habitants, budget participatif et événements.")
          + '<div class="fl-feed">'
          + post("/consultations/halle-du-marche", "Consultation", "Quelle halle pour le marché ?", "Ouverte jusqu'au 15 mai · 512 participants")
          + post("/ideas", "Idées", "Proposez vos idées pour Castelvielh", "128 idées")
          + post("/budget-participatif", "Budget participatif", "Budget participatif 2026 : votez !", "Vote jusqu'au 20 juin")
          + post("/events/reunion-publique-gare", "Événement", "Réunion publique : le pôle gare", "28 avril, 19 h")
          + post("/consultations/eclairage-nocturne/resultats", "Résultats", "Extinction nocturne : les résultats", "Terminée")
          + f'</div><p><a href="{w}/">Retour au site de la ville</a></p>'),
        P("/consultations/halle-du-marche", "Quelle halle pour le marché ?", m.prose(
            "La halle du marché doit être rénovée. Trois scénarios sont à l'étude : répondez aux questions ci-dessous avant le 15 mai.")
          + '<form class="fl-survey" action="/consultations/halle-du-marche" method="post"><div class="fl-question"><p>Quel scénario préférez-vous ?</p>'
          + "".join(f'<label class="fl-choice"><input type="radio" name="answer[1]" value="{i}"> {v}</label>' for i, v in enumerate(("Rénovation à l'identique", "Halle ouverte avec verrière", "Halle déplacée place du Foirail")))
          + '</div><div class="fl-question"><p>Quel jour de marché supplémentaire ?</p>'
          + "".join(f'<label class="fl-choice"><input type="checkbox" name="answer[2][]" value="{i}"> {v}</label>' for i, v in enumerate(("Mercredi", "Vendredi soir", "Dimanche")))
          + '</div><button type="submit" class="fl-btn fl-btn--primary">Je donne mon avis</button></form>', {POLL}),
        P("/consultations/eclairage-nocturne/resultats", "Extinction nocturne : les résultats", m.prose(
            "Cette consultation est terminée. 1 046 habitants ont répondu.", "L'éclairage public est désormais coupé de 1 h à 5 h, sauf sur les axes principaux.")
          + '<div class="fl-results"><p>Êtes-vous favorable à l\'extinction de l\'éclairage la nuit ?</p><ul><li>Oui : 58 %</li><li>Non : 37 %</li><li>Sans avis : 5 %</li></ul></div>',
          decoys={POLL}),
        P("/ideas", "Proposez vos idées pour Castelvielh", m.prose(
            "Une envie, un besoin, une suggestion pour votre quartier ? Publiez votre idée : les autres habitants peuvent la soutenir et la commenter, "
            "et la mairie répond aux idées les plus soutenues.")
          + '<a class="fl-btn fl-btn--primary" href="/login">Proposer une idée</a><div class="fl-feed">'
          + post("/ideas/4821-pistes-cyclables-avenue-de-la-gare", "Idée", "Une piste cyclable avenue de la Gare", "64 soutiens · 3 commentaires")
          + "</div>", {SC}),
        # share intents on a space with no account of the city: not the city's social accounts
        P("/ideas/4821-pistes-cyclables-avenue-de-la-gare", "Une piste cyclable avenue de la Gare", m.prose(
            "L'avenue de la Gare est large mais dangereuse à vélo. Une piste protégée permettrait aux collégiens d'aller en cours à vélo.",
            "Publiée par Hélène L. · 64 soutiens")
          + '<button class="fl-btn fl-support" type="button">Je soutiens</button>'
          + m.share_buttons(f"http://{fl}/ideas/4821-pistes-cyclables-avenue-de-la-gare", "Une piste cyclable avenue de la Gare")
          + fl_comments([("Bastien", "2 mars", "Oui, et jusqu'au lycée !"), ("Mairie de Castelvielh", "9 mars", "L'étude du plan vélo inclura l'avenue de la Gare."),
                         ("Nadia", "11 mars", "Pensez aussi aux arceaux à la gare.")]), {COM, SC}, decoys={SOC}),
        P("/budget-participatif", "Budget participatif 2026 : votez !", m.prose(
            "200 000 € pour les projets des habitants. Après le dépôt des projets cet hiver, 18 projets ont été retenus. Votez pour vos trois favoris jusqu'au 20 juin.")
          + '<div class="fl-feed">' + post("/budget-participatif/projets/jardin-des-lavandieres", "Projet", "Un jardin partagé aux Lavandières", "35 000 € · 212 votes")
          + "</div>", {PB}),
        P("/budget-participatif/projets/jardin-des-lavandieres", "Un jardin partagé aux Lavandières", m.prose(
            "Aménager un jardin partagé de 40 parcelles au bord de l'Engranne, avec un cabanon et un récupérateur d'eau.", "Coût estimé : 35 000 €. Porté par l'association Les Lavandières.")
          + '<a class="fl-btn fl-btn--vote" href="/login">Voter pour ce projet</a>', {PB}),
        P("/events/reunion-publique-gare", "Réunion publique : le pôle gare", m.prose(
            "Mardi 28 avril à 19 h, salle du conseil : présentation du projet de pôle d'échanges autour de la gare, suivie d'un temps de questions.",
            "Entrée libre.")),
        P("/login", "Se connecter", m.login_form("/login", "email", "password", "Connexion à Castelvielh & vous"), decoys={CF}),
    ]
    fluicity = _platform(fl, m.fluicity, "Castelvielh & vous", flp,
                         [("Fil", "/"), ("Idées", "/ideas"), ("Budget participatif", "/budget-participatif")], "fluicity")
    return City("99033", "Castelvielh", 47_900, "33", "75", "Nouvelle-Aquitaine", f"{w}/", [www, fluicity])


# =================================================================================================
# 99034 Aurignieux (Loire): Joomla, CONSUL Democracy on moncoin.aurignieux.fr, a phpBB board
# =================================================================================================

def aurignieux():
    w = "http://www.aurignieux.fr"
    mc = "moncoin.aurignieux.fr"
    fo = "forum.aurignieux.fr"
    j = "/index.php"
    poll_widget = (
        '<div class="moduletable mod-poll"><h3>Votre avis</h3><form action="/index.php/actualites/marche-du-dimanche" method="post" name="poll_vote_3" id="poll_vote_3" class="mod-poll__form">'
        '<p class="poll-question">Le marché du dimanche doit-il s\'installer place Carnot ?</p>'
        + "".join(f'<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid{n}" value="{n}"><label class="form-check-label" for="voteid{n}">{v}</label></div>'
                  for n, v in ((31, "Oui"), (32, "Non, il doit rester quai de la Loire"), (33, "Sans avis")))
        + '<input type="hidden" name="option" value="com_poll"><input type="hidden" name="task" value="vote"><input type="hidden" name="id" value="3">'
        '<button type="submit" class="btn btn-primary">Voter</button></form></div>')
    pages = [
        P("/", "Accueil", _home(
            ["Ville d'Aurignieux — 41 200 habitants, porte des monts du Forez."],
            [(f"{j}/ma-ville/aurignieux-participe", "Aurignieux participe"), (f"{j}/ma-ville/assemblees-de-quartier", "Assemblées de quartier"),
             (f"{j}/ma-ville/budget-participatif-reglement", "Budget participatif"), (f"http://{fo}/", "Forum des habitants"),
             (f"{j}/vie-pratique/reservation-salles", "Réserver une salle"), (f"{j}/mairie/contact", "Contact"), (f"{j}/tourisme", "Tourisme")],
            [(f"{j}/actualites/marche-du-dimanche", "Le marché du dimanche déménage ?", "2 mai 2026"),
             (f"{j}/actualites/fermeture-de-classe", "Fermeture de classe : la ville soutient les parents", "20 avril 2026"),
             (f"{j}/actualites/forum-des-metiers", "Forum des métiers au lycée Honoré-d'Urfé", "6 avril 2026"),
             (f"{j}/mairie/deliberations", "Conseil municipal du 30 mars", "31 mars 2026")],
            [(f"{j}/ma-ville/assemblees-de-quartier", "Assemblée de quartier Montaud", "12 mai"),
             (f"{j}/actualites/forum-des-metiers", "Forum des métiers", "18 avril")])),
        P(f"{j}/ma-ville/aurignieux-participe", "Aurignieux participe", m.prose(
            "La démocratie participative à Aurignieux, ce sont des assemblées de quartier, les conseils citoyens des quartiers prioritaires, "
            "un budget participatif et l'espace en ligne <em>Mon coin</em>.",
            f"Sur <a href=\"http://{mc}/\">moncoin.aurignieux.fr</a>, déposez des propositions, débattez, votez le budget participatif et répondez aux votations.",
            f"Le <a href=\"http://{fo}/\">forum des habitants</a>, animé par la ville, permet d'échanger entre voisins.")
          + m.links([(f"{j}/ma-ville/conseils-citoyens", "Les conseils citoyens"), (f"{j}/ma-ville/assemblees-de-quartier", "Les assemblées de quartier")]), {DISP}),
        P(f"{j}/ma-ville/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Créés par la loi de 2014 pour la ville et la cohésion urbaine, les conseils citoyens de Montaud et de La Chana associent habitants et acteurs locaux "
            "au contrat de ville.", "Ils sont composés d'habitants tirés au sort et de représentants d'associations et de commerçants."), {DISP}),
        P(f"{j}/ma-ville/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
            "Deux fois par an, le maire et les élus de secteur tiennent une assemblée de quartier ouverte à tous les habitants.",
            "Prochaines dates : Montaud le 12 mai, Centre le 19 mai, La Chana le 26 mai, Les Verchères le 2 juin, à 19 h dans l'école du quartier."), {DISP}),
        P(f"{j}/ma-ville/budget-participatif-reglement", "Budget participatif : le règlement", m.prose(
            "Article 1 — Le budget participatif permet aux habitants de plus de 14 ans de proposer des projets d'investissement d'intérêt général et de voter pour les projets à réaliser.",
            "Article 2 — L'enveloppe est de 250 000 € par édition. Article 3 — Les projets sont déposés en ligne sur moncoin.aurignieux.fr ou sur formulaire papier en mairie.",
            "Article 4 — Les projets recevables sont soumis au vote des habitants ; les plus soutenus sont retenus dans la limite de l'enveloppe.")
          + f'<p><a href="http://{mc}/budgets">Voir le budget participatif en cours</a></p>', {PB}),
        P(f"{j}/actualites/marche-du-dimanche", "Le marché du dimanche déménage ?", m.with_aside(m.prose(
            "Les travaux du quai de la Loire obligent à déplacer le marché du dimanche pendant un an. Deux emplacements sont possibles : la place Carnot ou le parking du stade.",
            "Votez dans le sondage ci-contre avant le 31 mai."), poll_widget, "sidebar-right"), {POLL}),
        P(f"{j}/actualites/forum-des-metiers", "Forum des métiers au lycée Honoré-d'Urfé", m.prose(
            "Samedi 18 avril, les lycéens et leurs parents rencontrent une soixantaine de professionnels au forum des métiers."), decoys={FORUM}),
        # relays a national petition about a school closure: not a petition space run by the city
        P(f"{j}/actualites/fermeture-de-classe", "Fermeture de classe : la ville soutient les parents", m.prose(
            "L'inspection académique a annoncé la fermeture d'une classe à l'école des Verchères. Le conseil municipal a voté une motion de soutien.",
            "Les parents d'élèves ont lancé une pétition sur un site national de pétitions ; la municipalité s'y associe."), decoys={PET}),
        P(f"{j}/mairie/deliberations", "Conseil municipal du 30 mars", m.prose(
            "Délibérations adoptées : budget primitif 2026, tarifs des services périscolaires, convention avec Loire Forez agglomération, "
            "désignation des représentants au conseil d'école.", "Prochain conseil municipal le 29 juin à 19 h, salle du conseil."), decoys={DISP, PB}),
        P(f"{j}/vie-pratique/reservation-salles", "Réserver une salle municipale", m.prose("Salles des fêtes, salles de réunion : réservez en ligne.")
          + m.booking(f"{j}/vie-pratique/reservation-salles", "salle des fêtes de Montaud", ["Samedi", "Dimanche", "Week-end"]), decoys={CF}),
        P(f"{j}/tourisme", "Tourisme", m.prose(
            "L'office de tourisme Forez-Aurignieux vous accueille place Carnot. Suivez ses bons plans sur "
            "<a href=\"https://www.facebook.com/OfficeTourismeForezAurignieux\">la page Facebook de l'office de tourisme</a> et "
            "<a href=\"https://www.instagram.com/forez_aurignieux_tourisme/\">son compte Instagram</a>.")),
        P(f"{j}/mairie/contact", "Contacter la mairie", m.prose("Hôtel de ville, 3 rue de la République, 42600 Aurignieux.") + m.joomla_contact(f"{j}/mairie/contact", 1), {CF}),
    ]
    www = _city_site("www.aurignieux.fr", "joomla", "Aurignieux", pages,
                     [("Accueil", "/"), ("Ma ville", f"{j}/ma-ville/aurignieux-participe"), ("Mon coin", f"http://{mc}/"),
                      ("Forum", f"http://{fo}/"), ("Contact", f"{j}/mairie/contact")],
                     [social("facebook", "VilleAurignieux"), social("youtube", "aurignieux42")],
                     "Hôtel de ville, 3 rue de la République, 42600 Aurignieux")

    def comments(items, gid):
        lis = "".join(f'<div class="comment small-12 column" id="comment_{gid}{i}"><div class="comment-body"><div class="comment-info"><span class="user-name">{a}</span>'
                      f' &nbsp;&bull;&nbsp; <time>{d}</time></div><div class="comment-user"><p>{t}</p></div></div></div>' for i, (a, d, t) in enumerate(items))
        return (f'<section class="expanded comments"><div class="row"><div id="comments" class="small-12 column"><h2>Commentaires <span class="js-comments-count">({len(items)})</span></h2>{lis}'
                f'<form class="new_comment" id="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_id]" value="{gid}">'
                '<label for="comment-body">Laisser un commentaire</label><textarea id="comment-body" name="comment[body]" maxlength="1000"></textarea>'
                '<input type="submit" name="commit" value="Publier le commentaire" class="button"></form></div></div></section>')

    mcp = [
        P("/", "Mon coin — Aurignieux", m.prose("Bienvenue sur Mon coin, l'espace de participation des Aurignieusiens.")
          + m.links([("/proposals", "Propositions citoyennes"), ("/debates", "Débats"), ("/budgets", "Budget participatif 2026"),
                     ("/polls", "Votations"), ("/help", "Aide"), (f"{w}/", "Site de la ville")], "home-cards")),
        P("/proposals", "Propositions citoyennes", m.prose(
            "Vous avez une idée pour la ville ? Créez une proposition. Si elle obtient 300 soutiens, elle est étudiée par les services et présentée en conseil municipal.")
          + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
          + '<div id="proposals" class="proposals-list"><div class="proposal clear"><h3><a href="/proposals/37-une-boite-a-livres-place-carnot">Une boîte à livres place Carnot</a></h3>'
          + '<p class="proposal-info">142 soutiens · 4 commentaires</p></div></div>', {SC}),
        P("/proposals/37-une-boite-a-livres-place-carnot", "Une boîte à livres place Carnot", m.prose(
            "Installer une boîte à livres sous les arcades de la place Carnot, entretenue par les bénévoles de la médiathèque.", "142 soutiens sur 300 nécessaires.")
          + '<div class="supports"><a class="button button-support" href="/users/sign_in">Soutenir</a></div>'
          + comments([("claire42", "il y a 3 jours", "Il y en a une à Montbrison, ça marche très bien."),
                      ("Rémi", "il y a 2 jours", "Bonne idée, à l'abri de la pluie en plus.")], 37), {COM, SC}),
        P("/debates", "Débats", m.prose("Lancez un débat sur une question qui concerne la ville ; les autres habitants peuvent y répondre et voter pour ou contre.")
          + '<a class="button" href="/users/sign_in">Commencer un débat</a>'
          + '<div class="debate"><h3><a href="/debates/12-horaires-de-la-mediatheque">Faut-il ouvrir la médiathèque le dimanche ?</a></h3><p>9 commentaires</p></div>'),
        P("/debates/12-horaires-de-la-mediatheque", "Faut-il ouvrir la médiathèque le dimanche ?", m.prose(
            "La médiathèque est fermée le dimanche et le lundi. Une ouverture le dimanche après-midi serait-elle utile ?")
          + comments([("Jeanne", "il y a 5 jours", "Oui, c'est le seul jour où je suis libre avec mes enfants."),
                      ("Lucas B.", "il y a 4 jours", "Et le personnel ? Il faudrait fermer un autre jour.")], 12), {COM}),
        P("/budgets", "Budget participatif 2026", m.prose(
            "250 000 € pour vos projets. Phase actuelle : <strong>vote des projets</strong>, jusqu'au 15 juin. Chaque habitant de plus de 14 ans peut soutenir les projets de son choix.")
          + m.links([("/budgets/3/investments", "Voir les projets et voter")]), {PB}),
        P("/budgets/3/investments", "Projets du budget participatif", m.prose("Votez pour les projets de votre choix dans la limite de l'enveloppe de votre secteur.")
          + '<div class="budget-investment"><h3>Un city-stade aux Verchères</h3><p class="investment-project-amount">48 000 €</p><a class="button button-support" href="/users/sign_in">Voter</a></div>'
          + '<div class="budget-investment"><h3>Des toilettes publiques au parc de la Loire</h3><p class="investment-project-amount">36 000 €</p><a class="button button-support" href="/users/sign_in">Voter</a></div>', {PB}),
        # the index of votations: it lists them, nobody answers on this page
        P("/polls", "Votations", m.prose("Les votations permettent aux habitants de trancher une question posée par la municipalité.")
          + m.links([("/polls/5-nom-de-la-passerelle", "Quel nom pour la nouvelle passerelle ? (en cours)"), ("/polls/4-sens-unique-rue-gambetta", "Rue Gambetta à sens unique ? (terminée)")])),
        P("/polls/5-nom-de-la-passerelle", "Quel nom pour la nouvelle passerelle ?", m.prose("Votation ouverte jusqu'au 10 juin. Un vote par personne.")
          + '<form class="poll-question-form" action="/polls/5/answers" method="post"><fieldset><legend>Choisissez un nom</legend>'
          + "".join(f'<label><input type="radio" name="answer" value="{v}"> {v}</label>' for v in ("Passerelle des Mariniers", "Passerelle Simone-Veil", "Passerelle du Forez"))
          + '<input type="submit" class="button" value="Voter"></fieldset></form>', {POLL}),
        P("/polls/4-sens-unique-rue-gambetta", "Rue Gambetta à sens unique ?", m.prose(
            "Cette votation est terminée. Participation : 1 872 votants.", "Résultat : oui à 54 %, non à 46 %. La mise en sens unique a été décidée en conseil municipal."),
          decoys={POLL}),
        P("/help", "Aide", m.prose("Comment créer un compte, vérifier son adresse, soutenir une proposition ou voter au budget participatif.")),
    ]
    consul = Site(mc, "consul", "Mon coin — Aurignieux", mcp,
                  menu=[("Propositions", "/proposals"), ("Débats", "/debates"), ("Budget participatif", "/budgets"), ("Votations", "/polls")],
                  features=frozenset({PLAT}), platforms=frozenset({"consul"}))

    def topic_row(href, title, replies, author):
        return (f'<li class="row bg1"><dl class="row-item topic_read"><dt><div class="list-inner"><a href="{href}" class="topictitle">{title}</a>'
                f'<div class="topic-poster responsive-hide left-box">par <span class="username">{author}</span></div></div></dt>'
                f'<dd class="posts">{replies} <dfn>Réponses</dfn></dd></dl></li>')

    fop = [
        P("/", "Index du forum", '<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Forums</div></dt></dl></li></ul>'
          + '<ul class="topiclist forums"><li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="/viewforum.php?f=2" class="forumtitle">Vie des quartiers</a>'
          + '<br>Échangez sur la vie de votre quartier</div></dt><dd class="topics">38 <dfn>Sujets</dfn></dd><dd class="posts">214 <dfn>Messages</dfn></dd></dl></li></ul></div></div>'
          + '<p>Forum animé par la Ville d\'Aurignieux. Inscription libre, messages modérés selon la charte.</p>', {FORUM}),
        P("/viewforum.php?f=2", "Vie des quartiers", '<div class="action-bar bar-top"><a href="/ucp.php?mode=login" class="button" title="Publier un nouveau sujet">Nouveau sujet</a></div>'
          + '<div class="forumbg"><ul class="topiclist topics">' + topic_row("/viewtopic.php?t=41", "Stationnement rue Victor-Hugo le jour du marché", 7, "Fanfan42")
          + "</ul></div>", {FORUM}),
        P("/viewtopic.php?t=41", "Stationnement rue Victor-Hugo le jour du marché", "".join(
            f'<div id="p{410 + i}" class="post has-profile bg{1 + i % 2}"><div class="inner"><dl class="postprofile"><dt><span class="username">{a}</span></dt></dl>'
            f'<div class="postbody"><h3>Re: Stationnement rue Victor-Hugo</h3><p class="author">{d}</p><div class="content">{t}</div></div></div></div>'
            for i, (a, d, t) in enumerate([("Fanfan42", "mar. 14 avr. 2026 18:02", "Chaque dimanche, impossible de sortir de chez soi : des voitures partout sur les trottoirs."),
                                           ("Modérateur Ville", "mer. 15 avr. 2026 09:11", "La police municipale fera des passages les prochains dimanches."),
                                           ("Pierrot", "mer. 15 avr. 2026 12:40", "Le parking du stade est vide, il faudrait le signaler.")]))
          + '<div class="action-bar bar-bottom"><a href="/ucp.php?mode=login" class="button" title="Répondre au sujet">Répondre</a></div>', {FORUM}),
    ]
    board = Site(fo, "phpbb", "Forum des habitants d'Aurignieux", fop, features=frozenset({FORUM}))
    return City("99034", "Aurignieux", 41_200, "42", "84", "Auvergne-Rhône-Alpes", f"{w}/", [www, consul, board],
                decoy_accounts=("https://www.facebook.com/officetourismeforezaurignieux", "https://www.instagram.com/forez_aurignieux_tourisme"))


# =================================================================================================
# 99035 Bois-Tamarin (La Réunion): an agency CMS, id-city, and a neighbours' network of the city
# =================================================================================================

def bois_tamarin():
    w = "http://www.bois-tamarin.re"
    ic = "bois-tamarin.id-city.com"
    vo = "voisins.bois-tamarin.re"
    vf = m.vendor_form
    pages = [
        P("/", "Accueil", _home(
            ["Bienvenue à Bois-Tamarin, entre les hauts et le lagon : 58 600 habitants, 14 quartiers."],
            [("/mairie/democratie-de-proximite", "Démocratie de proximité"), ("/participer/budget-ti-kartie", "Budget Ti Kartié"),
             ("/participer/voisins-solidaires", "Voisins solidaires"), ("/participer/questionnaire-cantine", "Questionnaire cantine"),
             ("/demarches/paiement-cantine", "Payer la cantine"), ("/contact", "Contact")],
            [("/actualites/saison-cyclonique", "Saison cyclonique : préparez votre kit", "3 novembre 2025"),
             ("/actualites/enquete-insee-emploi", "Une enquête de l'Insee dans la commune", "20 octobre 2025"),
             ("/culture/appel-a-candidatures-festival", "Festival Kabar : appel à candidatures", "6 octobre 2025"),
             ("/securite/voisins-vigilants", "Participation citoyenne : la gendarmerie recrute des référents", "1er octobre 2025")],
            [("/mairie/conseils-de-quartier/la-ravine", "Conseil de quartier de La Ravine", "14 novembre"),
             ("/participer/budget-ti-kartie", "Clôture du dépôt des projets Ti Kartié", "30 novembre")])),
        P("/mairie/democratie-de-proximite", "Démocratie de proximité", m.prose(
            "Parce que les habitants connaissent mieux que quiconque leur quartier, la municipalité a fait de la démocratie de proximité un axe de son mandat.",
            "Quatorze conseils de quartier, un budget participatif (Ti Kartié), des consultations en ligne et en porte-à-porte, une charte de la participation signée en 2024.",
            f"Retrouvez les consultations sur <a href=\"http://{ic}/\">la plateforme participative Bois-Tamarin Ensemble</a>.")
          + m.links([("/mairie/conseils-de-quartier", "Les conseils de quartier"), ("/participer/voisins-solidaires", "Le réseau Voisins solidaires")]), {DISP}),
        P("/mairie/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chaque quartier — du Centre-ville à La Ravine, de Bois-Rouge à l'Étang — a son conseil, composé d'habitants volontaires et d'un élu de secteur.",
            "Les conseils se réunissent tous les trimestres et disposent d'une enveloppe pour les petits travaux de proximité.")
          + m.links([("/mairie/conseils-de-quartier/la-ravine", "Conseil de quartier de La Ravine")]), {DISP}),
        P("/mairie/conseils-de-quartier/la-ravine", "Conseil de quartier de La Ravine", m.prose(
            "Prochaine réunion le 14 novembre à 18 h à la case de quartier. Ordre du jour : le radier de la ravine, l'éclairage du chemin Payet, la fête de quartier.",
            "Les habitants peuvent assister aux réunions et poser leurs questions en fin de séance."), {DISP}),
        # the city's page presenting its neighbours' network, with the way in: a residents' social network run for the city
        P("/participer/voisins-solidaires", "Voisins solidaires", m.prose(
            "La Ville a lancé <strong>Voisins solidaires</strong>, le réseau social de proximité des Tamarinois : prêter une échelle, proposer un covoiturage, "
            "signaler un chien perdu, organiser la fête des voisins.",
            f"Inscription gratuite avec votre adresse : <a href=\"http://{vo}/\">rejoignez vos voisins sur voisins.bois-tamarin.re</a>."), {TSN}),
        P("/participer/budget-ti-kartie", "Budget participatif Ti Kartié", m.prose(
            "<strong>Ti Kartié</strong> : 400 000 € pour des projets imaginés par les habitants, quartier par quartier.",
            "Étape 1 : dépôt des projets jusqu'au 30 novembre. Étape 2 : analyse par les services. Étape 3 : vote en mars. Étape 4 : réalisation.",
            f"Déposez votre projet sur <a href=\"http://{ic}/budget-participatif-2026\">Bois-Tamarin Ensemble</a> ou dans votre mairie annexe."), {PB, SC}),
        # an anonymous questionnaire with a free remark field: a poll, not a message written to the city
        P("/participer/questionnaire-cantine", "Questionnaire : la restauration scolaire", m.prose(
            "Parents, votre avis compte : la Ville renouvelle le marché de la restauration scolaire. Répondez à ce questionnaire avant le 15 décembre.")
          + vf("/participer/questionnaire-cantine", "questionnaire-cantine", [
              ("radios:Très satisfait|Satisfait|Peu satisfait|Pas satisfait", "satisfaction", "Êtes-vous satisfait des repas servis ?"),
              ("radios:Oui|Non", "local", "Souhaitez-vous plus de produits péi ?"),
              ("textarea", "suggestions", "Vos remarques")], "Envoyer mes réponses", "Questionnaire anonyme"), {POLL}),
        P("/actualites/saison-cyclonique", "Saison cyclonique : préparez votre kit", m.prose(
            "La saison cyclonique commence le 1er novembre. Eau, lampe, radio à piles, médicaments : préparez votre kit dès maintenant.",
            "En cas d'alerte rouge, les écoles sont fermées et les centres d'hébergement ouverts.")
          + m.share_buttons(f"{w}/actualites/saison-cyclonique", "Saison cyclonique")),
        P("/actualites/enquete-insee-emploi", "Une enquête de l'Insee dans la commune", m.prose(
            "L'Insee réalise jusqu'en décembre une enquête statistique sur l'emploi auprès de ménages tirés au sort.",
            "Un enquêteur muni d'une carte officielle peut prendre contact avec vous ; vos réponses sont confidentielles."), decoys={POLL}),
        P("/culture/appel-a-candidatures-festival", "Festival Kabar : appel à candidatures", m.prose(
            "Groupes de maloya et de séga, envoyez votre dossier avant le 15 janvier pour jouer sur la scène du festival Kabar.",
            "Un jury sélectionnera six groupes."), decoys={SC}),
        P("/securite/voisins-vigilants", "Participation citoyenne : la gendarmerie recrute des référents", m.prose(
            "Dans le cadre du dispositif « participation citoyenne », la brigade de gendarmerie recherche des habitants référents dans chaque quartier.",
            "Ils transmettent aux gendarmes les informations utiles à la prévention des cambriolages."), decoys={DISP, TSN}),
        P("/demarches/paiement-cantine", "Payer la cantine en ligne", m.prose("Réglez vos factures de restauration scolaire par carte bancaire.")
          + m.payment("/demarches/paiement-cantine"), decoys={CF}),
        P("/contact", "Contactez-nous", m.prose("Hôtel de ville, 12 rue du Général-de-Gaulle. Standard : 02 62 00 50 00.")
          + vf("/contact", "contact", [("text", "nom", "Nom *"), ("email", "courriel", "Courriel *"), ("tel", "telephone", "Téléphone"),
                                      ("select:Accueil|Services techniques|Écoles|CCAS|Autre", "service", "Service concerné"),
                                      ("textarea", "message", "Votre message *"), ("checkbox", "rgpd", "J'accepte que mes données soient utilisées pour traiter ma demande")]), {CF}),
    ]
    www = _city_site("www.bois-tamarin.re", "vendor", "Ville de Bois-Tamarin", pages,
                     [("Accueil", "/"), ("Mairie", "/mairie/democratie-de-proximite"), ("Participer", "/participer/budget-ti-kartie"),
                      ("Démarches", "/demarches/paiement-cantine"), ("Contact", "/contact")],
                     [social("facebook", "villeboistamarin"), social("instagram", "boistamarin974"), social("tiktok", "boistamarin")],
                     "12 rue du Général-de-Gaulle, 97400 Bois-Tamarin")

    def tile(href, title, meta):
        return f'<div class="idc-tile"><a class="idc-tile__link" href="{href}"><h3>{title}</h3></a><p class="idc-tile__meta">{meta}</p></div>'

    icp = [
        P("/", "Bois-Tamarin Ensemble", m.prose("La plateforme de participation citoyenne de la Ville de Bois-Tamarin.")
          + '<div class="idc-tiles">' + tile("/budget-participatif-2026", "Budget participatif Ti Kartié 2026", "Dépôt des projets en cours")
          + tile("/consultations/plage-de-l-etang", "Consultation : la plage de l'Étang", "Ouverte")
          + tile("/budget-participatif-2025/laureats", "Ti Kartié 2025 : les lauréats", "Terminé") + "</div>"
          + f'<p><a href="{w}/">www.bois-tamarin.re</a></p>'),
        P("/budget-participatif-2026", "Budget participatif Ti Kartié 2026", m.prose(
            "Vous avez un projet pour votre quartier ? Une aire de jeux, un jardin créole, un abri-bus, une fresque ? Déposez-le avant le 30 novembre.",
            "Enveloppe : 400 000 €, dont 20 000 € minimum par quartier. Les projets doivent relever des compétences de la commune.")
          + '<ol class="idc-steps"><li class="is-active">Dépôt des projets</li><li>Analyse</li><li>Vote</li><li>Réalisation</li></ol>'
          + m.links([("/budget-participatif-2026/deposer", "Déposer un projet")]), {PB, SC}),
        P("/budget-participatif-2026/deposer", "Déposer un projet", m.prose(
            "Pour déposer un projet, connectez-vous ou créez votre compte : titre, description, quartier, estimation du coût et photo si vous le souhaitez.")
          + '<a class="idc-btn" href="/connexion">Se connecter pour déposer</a>', {PB, SC}),
        # the winners of a past edition: the budget itself, seen at its last stage
        P("/budget-participatif-2025/laureats", "Ti Kartié 2025 : les lauréats", m.prose(
            "6 830 votants ont choisi 17 projets. En tête : l'éclairage solaire du sentier de la Ravine (1 204 voix), le jardin créole de Bois-Rouge (988 voix) "
            "et les carbets du front de mer (870 voix)."), {PB}),
        P("/consultations/plage-de-l-etang", "Consultation : la plage de l'Étang", m.prose(
            "Quels aménagements pour la plage de l'Étang ? Répondez au questionnaire avant le 20 décembre.")
          + '<form class="idc-survey" action="/consultations/plage-de-l-etang" method="post">'
          + '<fieldset><legend>Quels équipements manquent le plus ?</legend>'
          + "".join(f'<label><input type="checkbox" name="q1[]" value="{v}"> {v}</label>' for v in ("Douches", "Ombrières", "Toilettes", "Parking vélos"))
          + '</fieldset><fieldset><legend>Venez-vous à la plage en semaine ?</legend><label><input type="radio" name="q2" value="oui"> Oui</label><label><input type="radio" name="q2" value="non"> Non</label></fieldset>'
          + '<button type="submit" class="idc-btn">Valider</button></form>'
          + m.links([("/consultations/plage-de-l-etang/contributions", "Lire les contributions")]), {POLL}),
        P("/consultations/plage-de-l-etang/contributions", "Contributions : la plage de l'Étang", '<ul class="idc-contributions">' + "".join(
            f'<li class="idc-contribution"><p class="idc-contribution__author">{a}</p><p>{t}</p></li>' for a, t in (
                ("Murielle", "Des ombrières, il fait trop chaud l'après-midi."), ("Jean-Claude", "Attention à ne pas bétonner le haut de plage.")))
          + '</ul><form class="idc-comment" action="/consultations/plage-de-l-etang/contributions" method="post"><label for="idc-com">Réagir</label>'
          + '<textarea id="idc-com" name="commentaire"></textarea><button type="submit" class="idc-btn">Publier</button></form>', {COM}),
        P("/connexion", "Connexion", m.login_form("/connexion", "email", "password", "Connexion à Bois-Tamarin Ensemble"), decoys={CF}),
    ]
    idcity = _platform(ic, m.idcity, "Bois-Tamarin Ensemble", icp,
                       [("Accueil", "/"), ("Ti Kartié", "/budget-participatif-2026"), ("Consultations", "/consultations/plage-de-l-etang")], "id-city")

    def post(author, where, text):
        return f'<article class="feed-post"><header><strong>{author}</strong> · {where}</header><p>{text}</p><a class="feed-post__reply" href="/connexion">Répondre</a></article>'

    vop = [
        P("/", "Voisins solidaires — Bois-Tamarin", m.prose("Le réseau social des voisins de Bois-Tamarin : entraide, prêts, annonces et informations de quartier.")
          + m.links([("/quartiers/la-ravine", "Mon quartier : La Ravine"), ("/entraide", "Entraide")])
          + post("Sylvie (La Ravine)", "il y a 2 h", "Quelqu'un aurait une débroussailleuse à prêter ce week-end ?")),
        P("/quartiers/la-ravine", "La Ravine", m.prose("412 voisins inscrits dans le quartier.")
          + post("Dominique", "hier", "Coupure d'eau prévue jeudi matin chemin Payet.") + post("Karine", "lundi", "Chat tigré trouvé près de l'école.")),
        P("/entraide", "Entraide", post("Marc", "il y a 3 jours", "Je propose du covoiturage vers Saint-Denis tous les matins à 7 h.")
          + post("Rose", "il y a 5 jours", "Cours de soutien en maths pour collégiens, gratuit, le mercredi.")),
    ]
    voisins = Site(vo, "community", "Voisins solidaires — Bois-Tamarin", vop,
                   menu=[("Accueil", "/"), ("La Ravine", "/quartiers/la-ravine"), ("Entraide", "/entraide")], features=frozenset({TSN}))
    return City("99035", "Bois-Tamarin", 58_600, "974", "04", "La Réunion", f"{w}/", [www, idcity, voisins])


# =================================================================================================
# 99036 Vernolles (Yvelines): SPIP with its own petitions and forums, and Consultvox
# =================================================================================================

def vernolles():
    w = "http://www.vernolles.fr"
    cv = "vernolles.consultvox.co"

    def signature(id_article, nb):
        return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{id_article}"><h2>Signer cette pétition</h2>'
                f'<p class="nb_signatures">{nb} signatures</p><form method="post" action="/Petition-pour-un-passage-pieton-rue-des-Ecoles"><div>'
                f'<input name="formulaire_action" type="hidden" value="signature"><input name="formulaire_action_args" type="hidden" value="{id_article}">'
                '<fieldset><legend>Votre signature</legend><div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label>'
                '<input type="text" class="text" name="session_nom" id="session_nom" value="" size="20"></div>'
                '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label>'
                '<input type="email" class="text email" name="session_email" id="session_email" value="" size="20"></div></fieldset>'
                '<fieldset><legend>Votre site web (facultatif)</legend><div class="editer saisie_signature_nom_site"><label for="signature_nom_site">Nom de votre site</label>'
                '<input type="text" class="text" name="signature_nom_site" id="signature_nom_site" value=""></div></fieldset>'
                '<p class="boutons"><input type="submit" class="submit" value="Valider"></p></div></form></div>')

    formidable = (
        '<div class="formulaire_spip formulaire_formidable formulaire_formidable_3 ajax" id="formulaire_formidable_3"><form method="post" action="/Questionnaire-jeunesse"><div>'
        '<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="3">'
        '<div class="editer-groupe"><div class="editer editer_radio_1 saisie_radio"><label>Quel âge avez-vous ?</label>'
        + "".join(f'<div class="choix choix_{i}"><input type="radio" name="radio_1" class="radio" id="champ_radio_1_{i}" value="choix{i}"><label for="champ_radio_1_{i}">{v}</label></div>'
                  for i, v in enumerate(("11-14 ans", "15-17 ans", "18-25 ans")))
        + '</div><div class="editer editer_checkbox_1 saisie_checkbox"><label>Quelles activités aimeriez-vous trouver à l\'Espace jeunes ?</label>'
        + "".join(f'<div class="choix"><input type="checkbox" name="checkbox_1[]" class="checkbox" id="champ_checkbox_1_{i}" value="choix{i}"><label for="champ_checkbox_1_{i}">{v}</label></div>'
                  for i, v in enumerate(("Musique", "Jeux vidéo", "Sport", "Aide aux devoirs")))
        + '</div><div class="editer editer_textarea_1 saisie_textarea"><label for="champ_textarea_1">Autre chose à nous dire ?</label><textarea name="textarea_1" id="champ_textarea_1" rows="4"></textarea></div></div>'
        '<p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></div></form></div>')

    idees_form = (
        '<div class="formulaire_spip formulaire_formidable formulaire_formidable_5 ajax"><form method="post" action="/Appel-a-idees-fete-de-la-ville"><div>'
        '<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="5">'
        '<div class="editer-groupe"><div class="editer editer_input_1 saisie_input obligatoire"><label for="champ_input_1">Votre nom</label><input type="text" name="input_1" class="text" id="champ_input_1"></div>'
        '<div class="editer editer_email_1 saisie_email obligatoire"><label for="champ_email_1">Votre e-mail</label><input type="email" name="email_1" class="text email" id="champ_email_1"></div>'
        '<div class="editer editer_textarea_1 saisie_textarea obligatoire"><label for="champ_textarea_5">Votre idée pour la fête</label><textarea name="textarea_1" id="champ_textarea_5" rows="6"></textarea></div></div>'
        '<p class="boutons"><input type="submit" class="submit" value="Proposer"></p></div></form></div>')

    pages = [
        P("/", "Accueil", _home(
            ["Vernolles, ville des Yvelines de 33 400 habitants au bord de la Mauldre."],
            [("/La-concertation-a-Vernolles", "La concertation"), ("/Conseils-de-quartier", "Conseils de quartier"), ("/Petitions-citoyennes", "Pétitions citoyennes"),
             ("/Questionnaire-jeunesse", "Questionnaire jeunesse"), ("/Nous-contacter", "Nous contacter"), ("/Lettre-d-information", "Lettre d'information")],
            [("/Le-bus-de-nuit-vos-reactions", "Un bus de nuit vers la gare : vos réactions", "3 avril 2026"),
             ("/Appel-a-idees-fete-de-la-ville", "Fête de la ville : appel à idées", "25 mars 2026"),
             ("/Budget-primitif-2026", "Budget primitif 2026 : les grandes lignes", "20 mars 2026"),
             ("/Enquete-publique-ZAC-des-Pres", "ZAC des Prés : enquête publique", "10 mars 2026")],
            [("/Forum-de-l-emploi-2026", "Forum de l'emploi", "9 avril"),
             ("/Conseil-de-quartier-des-Coteaux-compte-rendu", "Conseil de quartier des Coteaux", "12 mai")])),
        P("/La-concertation-a-Vernolles", "La concertation à Vernolles", m.prose(
            "La Ville consulte les habitants avant chaque projet important : réunions publiques, ateliers, conseils de quartier et consultations en ligne.",
            f"Les consultations en ligne (gare, budget participatif) sont sur <a href=\"http://{cv}/\">Vernolles Concertation</a>. "
            "Les pétitions citoyennes sont hébergées sur ce site.")
          + m.links([("/Conseils-de-quartier", "Conseils de quartier"), ("/Petitions-citoyennes", "Pétitions citoyennes")]), {DISP}),
        P("/Conseils-de-quartier", "Conseils de quartier", m.prose(
            "Trois conseils de quartier — Centre, Les Coteaux, Les Prés — se réunissent quatre fois par an en séance publique.",
            "Chacun est animé par un bureau de cinq habitants élus par l'assemblée de quartier.")
          + m.links([("/Conseil-de-quartier-des-Coteaux-compte-rendu", "Compte rendu du conseil de quartier des Coteaux")]), {DISP}),
        P("/Conseil-de-quartier-des-Coteaux-compte-rendu", "Conseil de quartier des Coteaux : compte rendu", m.prose(
            "Séance du 12 février, 27 participants. Points abordés : la vitesse rue des Vignes, le jardin partagé, la collecte des encombrants.",
            "Prochaine séance le 12 mai à 20 h, école des Coteaux."), {DISP}),
        P("/Petitions-citoyennes", "Pétitions citoyennes", m.prose(
            "Le règlement intérieur du conseil municipal reconnaît un droit de pétition aux habitants : toute pétition réunissant 300 signatures de Vernollois "
            "est examinée par le conseil municipal.",
            "Pour lancer une pétition, adressez son texte au service Citoyenneté ; elle est publiée ici après vérification. Pétitions en cours :")
          + m.links([("/Petition-pour-un-passage-pieton-rue-des-Ecoles", "Pour un passage piéton rue des Écoles"),
                     ("/Petition-eclairage-du-stade", "Éclairage du stade (close)")]), {PET, DISP}),
        P("/Petition-pour-un-passage-pieton-rue-des-Ecoles", "Pétition : pour un passage piéton rue des Écoles", m.prose(
            "Nous, parents d'élèves et riverains, demandons la création d'un passage piéton surélevé devant l'école élémentaire.")
          + signature(84, 173), {PET}),
        P("/Petition-eclairage-du-stade", "Pétition : éclairage du stade (close)", m.prose(
            "Cette pétition est close. Elle a réuni 341 signatures et a été examinée par le conseil municipal du 15 décembre.",
            "Réponse du maire : l'éclairage LED du stade sera installé en 2026.", "Il n'est plus possible de signer."), decoys={PET}),
        P("/Le-bus-de-nuit-vos-reactions", "Un bus de nuit vers la gare : vos réactions", m.prose(
            "À partir de septembre, un bus desservira la gare jusqu'à 0 h 30 du jeudi au samedi. Horaires, arrêts : qu'en pensez-vous ?")
          + m.spip_forum([("Coralie", "4 avril 2026", "Enfin !", "Le jeudi soir c'est parfait pour rentrer de Paris."),
                          ("Hugo", "5 avril 2026", "Et le dimanche ?", "Le dimanche soir serait aussi utile pour les étudiants.")], 112), {COM}),
        P("/Questionnaire-jeunesse", "Questionnaire jeunesse", m.prose(
            "Tu as entre 11 et 25 ans ? Aide-nous à construire le programme de l'Espace jeunes en répondant à ce questionnaire.") + formidable, {POLL}),
        # a call for residents' ideas with a form that writes to the city: both the call and a free-text message
        P("/Appel-a-idees-fete-de-la-ville", "Fête de la ville : appel à idées", m.prose(
            "La fête de la ville aura lieu le 27 juin. Animations, spectacles, ateliers : proposez vos idées avant le 30 avril !") + idees_form, {SC, CF}),
        P("/Forum-de-l-emploi-2026", "Forum de l'emploi", m.prose("Le 9 avril à l'espace Mauldre : rencontrez les employeurs du territoire."), decoys={FORUM}),
        P("/Budget-primitif-2026", "Budget primitif 2026 : les grandes lignes", m.prose(
            "Voté le 19 mars, le budget primitif s'élève à 42 M€. Priorités : écoles, voirie et transition énergétique.",
            "Le budget participatif de 2026 est financé par une ligne spécifique de 100 000 € en investissement."), decoys={PB}),
        P("/Enquete-publique-ZAC-des-Pres", "ZAC des Prés : enquête publique", m.prose(
            "Une enquête publique préalable à la déclaration d'utilité publique de la ZAC des Prés se déroule du 16 mars au 17 avril.",
            "Le dossier est consultable en mairie ; les observations peuvent être consignées sur le registre ou adressées au commissaire enquêteur."), decoys={POLL}),
        P("/Nous-contacter", "Nous contacter", m.prose("Mairie de Vernolles, place de l'Église. Tél. 01 30 00 20 20.") + m.spip_contact("/Nous-contacter"), {CF}),
        P("/Lettre-d-information", "Lettre d'information", m.prose("Abonnez-vous à la lettre d'information de la ville.")
          + m.newsletter("/Lettre-d-information", "Inscription à la lettre"), decoys={CF}),
    ]
    www = _city_site("www.vernolles.fr", "spip", "Ville de Vernolles", pages,
                     [("Accueil", "/"), ("Concertation", "/La-concertation-a-Vernolles"), ("Pétitions", "/Petitions-citoyennes"),
                      ("Vernolles Concertation", f"http://{cv}/"), ("Contact", "/Nous-contacter")],
                     [social("facebook", "vernolles78"), social("mastodon", "vernolles@social.yvelines.fr")],
                     "Place de l'Église, 78580 Vernolles")

    cvp = [
        P("/", "Vernolles Concertation", m.prose("Participez aux projets de la ville : consultations, budget participatif, synthèses.")
          + '<div class="cvx-projects">' + "".join(f'<div class="cvx-card"><a href="{h}"><h3>{t}</h3></a><p class="cvx-card__status">{s}</p></div>' for h, t, s in (
              ("/projet/gare-2030/", "Gare 2030 : un nouveau quartier", "En cours"), ("/projet/budget-participatif-2026/", "Budget participatif 2026", "Dépôt des propositions"),
              ("/projet/cantines-2024/", "Cantines scolaires (2024)", "Terminé"))) + "</div>" + f'<p><a href="{w}/">Site de la ville de Vernolles</a></p>'),
        P("/projet/gare-2030/", "Gare 2030 : un nouveau quartier", m.prose(
            "Le secteur de la gare va être transformé : logements, commerces, parvis piéton. Découvrez le projet puis donnez votre avis.")
          + m.links([("/projet/gare-2030/consultation/questionnaire/", "Répondre au questionnaire"), ("/projet/gare-2030/consultation/avis/", "Lire et publier des avis")])),
        P("/projet/gare-2030/consultation/questionnaire/", "Gare 2030 : questionnaire", '<form class="cvx-questionnaire" action="/projet/gare-2030/consultation/questionnaire/" method="post">'
          + '<div class="cvx-question"><p>Le parvis doit-il être entièrement piéton ?</p>' + "".join(f'<label><input type="radio" name="q_101" value="{v}"> {v}</label>' for v in ("Oui", "Non", "Je ne sais pas"))
          + '</div><div class="cvx-question"><p>Quels commerces souhaitez-vous ?</p>' + "".join(f'<label><input type="checkbox" name="q_102" value="{v}"> {v}</label>' for v in ("Boulangerie", "Café", "Primeur", "Pharmacie"))
          + '</div><button type="submit" class="cvx-btn">Envoyer mes réponses</button></form>', {POLL}),
        P("/projet/gare-2030/consultation/avis/", "Gare 2030 : vos avis", '<div class="cvx-contributions">' + "".join(
            f'<div class="cvx-contribution"><p class="cvx-contribution__meta">{a} · {d}</p><p>{t}</p></div>' for a, d, t in (
                ("Élise", "2 avril", "Pensez aux places de vélos sécurisées."), ("Patrick", "3 avril", "Trop de logements prévus pour les écoles existantes.")))
          + '</div><form class="cvx-comment-form" action="/projet/gare-2030/consultation/avis/" method="post"><label for="cvx-avis">Votre avis</label>'
          + '<textarea id="cvx-avis" name="body"></textarea><button type="submit" class="cvx-btn">Publier</button></form>', {COM}),
        P("/projet/budget-participatif-2026/", "Budget participatif 2026", m.prose(
            "100 000 € pour les projets des Vernollois. Déposez vos propositions jusqu'au 31 mai ; le vote aura lieu en octobre.")
          + '<a class="cvx-btn" href="/accounts/login/">Déposer une proposition</a>' + m.links([("/projet/budget-participatif-2026/propositions/", "Voir les propositions")]), {PB, SC}),
        P("/projet/budget-participatif-2026/propositions/", "Budget participatif 2026 : les propositions", '<ul class="cvx-proposals">' + "".join(
            f"<li><strong>{t}</strong> — {d}</li>" for t, d in (("Un parcours sportif le long de la Mauldre", "proposé par Théo"),
                                                                ("Des bacs à compost collectifs aux Prés", "proposé par l'amicale des Prés")))
          + "</ul>" + m.prose("Le vote sur les propositions retenues aura lieu en octobre."), {PB}),
        P("/projet/cantines-2024/", "Cantines scolaires (2024)", m.prose(
            "Cette consultation est terminée. 764 familles ont répondu au questionnaire. Synthèse : 71 % souhaitent davantage de produits bio et locaux.",
            "Le nouveau marché de restauration, entré en vigueur en septembre 2025, en tient compte."), decoys={POLL}),
        P("/accounts/login/", "Connexion", m.login_form("/accounts/login/", "login", "password"), decoys={CF}),
    ]
    consultvox = _platform(cv, m.consultvox, "Vernolles Concertation", cvp,
                           [("Accueil", "/"), ("Gare 2030", "/projet/gare-2030/"), ("Budget participatif", "/projet/budget-participatif-2026/")], "consultvox")
    return City("99036", "Vernolles", 33_400, "78", "11", "Île-de-France", f"{w}/", [www, consultvox])


# =================================================================================================
# 99037 Marsoncourt (Moselle): agency CMS, Publik e-services, Civocracy under the city's domain, Flarum
# =================================================================================================

def marsoncourt():
    w = "http://www.marsoncourt.fr"
    de = "demarches.marsoncourt.fr"
    pz = "participez.marsoncourt.fr"
    fo = "forum.marsoncourt.fr"
    vf = m.vendor_form
    poll = ('<div class="widget-sondage" data-sondage-id="22"><h2 class="widget-sondage__title">Sondage</h2>'
            '<form action="/vie-pratique/piscine-horaires" method="post"><p class="widget-sondage__question">Quels horaires d\'ouverture préférez-vous le dimanche ?</p>'
            + "".join(f'<p><input type="radio" id="s22-{i}" name="reponse" value="{i}"><label for="s22-{i}">{v}</label></p>' for i, v in enumerate(("9 h - 13 h", "10 h - 18 h", "14 h - 19 h")))
            + '<button type="submit" class="btn btn--small">Je vote</button></form></div>')
    pages = [
        P("/", "Accueil", _home(
            ["Marsoncourt, 44 700 habitants, au cœur du bassin houiller lorrain."],
            [("/ville-citoyenne", "Ville citoyenne"), ("/ville-citoyenne/budget-participatif", "Marsoncourt Demain"),
             ("/vie-pratique/piscine-horaires", "Piscine"), (f"http://{de}/", "Démarches en ligne"), (f"http://{fo}/", "Forum"), ("/contact", "Contact")],
            [("/actualites/chantier-du-pont", "Pont de la Bisten : point sur le chantier", "11 mai 2026"),
             ("/actualites/conseil-municipal-mars", "Ce qu'il faut retenir du conseil municipal", "27 mars 2026"),
             ("/culture/concours-de-nouvelles", "Concours de nouvelles 2026", "15 mars 2026")],
            [("/ville-citoyenne/reunions-de-quartier", "Réunion de quartier Cité-Jardin", "4 juin"),
             ("/ville-citoyenne/budget-participatif", "Fin du vote Marsoncourt Demain", "30 juin")])),
        P("/ville-citoyenne", "Ville citoyenne", m.prose(
            "Comités consultatifs, réunions de quartier, budget participatif Marsoncourt Demain, concertations : la municipalité construit ses projets avec vous.",
            f"Toutes les démarches en ligne se trouvent sur <a href=\"http://{pz}/\">participez.marsoncourt.fr</a>.")
          + m.links([("/ville-citoyenne/comites-consultatifs", "Les comités consultatifs"), ("/ville-citoyenne/reunions-de-quartier", "Les réunions de quartier"),
                     ("/ville-citoyenne/budget-participatif", "Le budget participatif")]), {DISP}),
        P("/ville-citoyenne/comites-consultatifs", "Les comités consultatifs", m.prose(
            "Quatre comités consultatifs associent habitants, associations et élus : cadre de vie, solidarités, culture et sport, transition écologique.",
            "Ils rendent des avis sur les projets municipaux avant leur passage en conseil."), {DISP}),
        P("/ville-citoyenne/reunions-de-quartier", "Réunions de quartier 2026", m.prose(
            "Le maire vient à votre rencontre : Centre le 21 mai, Cité-Jardin le 4 juin, Bellevue le 18 juin, Hameau de Freyming le 2 juillet, à 18 h 30.",
            "Chaque réunion est suivie d'un temps d'échange libre avec les habitants."), {DISP}),
        P("/ville-citoyenne/budget-participatif", "Marsoncourt Demain : le budget participatif", m.prose(
            "Marsoncourt Demain, c'est 300 000 € pour les projets des habitants. 22 projets sont soumis au vote jusqu'au 30 juin.",
            f"<a href=\"http://{pz}/budget-participatif/marsoncourt-demain-2026\">Je vote pour mes projets préférés</a>"), {PB}),
        P("/actualites/conseil-municipal-mars", "Ce qu'il faut retenir du conseil municipal", m.prose(
            "Le conseil municipal du 26 mars a voté le budget primitif, les subventions aux clubs sportifs et la reconduction du budget participatif en 2027.",
            "Le compte rendu intégral est disponible en mairie."), decoys={PB, DISP}),
        P("/actualites/chantier-du-pont", "Pont de la Bisten : point sur le chantier", m.prose(
            "Le tablier du nouveau pont a été posé ; la circulation sera rétablie fin juillet.")
          + m.disqus("ville-marsoncourt", "actu-pont-bisten", f"{w}/actualites/chantier-du-pont"), {COM}),
        P("/vie-pratique/piscine-horaires", "Piscine : horaires et tarifs", m.with_aside(m.prose(
            "Le centre aquatique est ouvert tous les jours sauf le lundi. La Ville réfléchit aux horaires du dimanche : votez dans le sondage."), poll, "aside"), {POLL}),
        P("/culture/concours-de-nouvelles", "Concours de nouvelles 2026", m.prose(
            "Thème : « La mine, cent ans après ». Envoyez votre nouvelle de 10 000 signes maximum avant le 31 mai. Règlement à télécharger."), decoys={SC}),
        P("/contact", "Contact", m.prose("Hôtel de ville, 1 rue de la Mairie, 57800 Marsoncourt. Tél. 03 87 00 30 30.",
                                         f"Pour écrire à la mairie, utilisez le <a href=\"http://{de}/contacter-la-mairie/\">formulaire de contact en ligne</a>.")),
    ]
    www = _city_site("www.marsoncourt.fr", "vendor", "Ville de Marsoncourt", pages,
                     [("Accueil", "/"), ("Ville citoyenne", "/ville-citoyenne"), ("Démarches", f"http://{de}/"),
                      ("Participez", f"http://{pz}/"), ("Contact", "/contact")],
                     [social("facebook", "MarsoncourtOfficiel"), social("linkedin", "ville-de-marsoncourt"), social("bluesky", "marsoncourt.fr")],
                     "1 rue de la Mairie, 57800 Marsoncourt")

    def wcs(action, fields, submit="Valider"):
        out = []
        for kind, name, label in fields:
            if kind == "textarea":
                ctl = f'<textarea name="{name}" id="form_{name}" rows="8" cols="70"></textarea>'
            elif kind.startswith("select:"):
                ctl = f'<select name="{name}" id="form_{name}">' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
            else:
                ctl = f'<input type="{kind}" name="{name}" id="form_{name}" value="">'
            out.append(f'<div class="widget {kind.split(":")[0]}-widget"><div class="title"><label for="form_{name}">{label}</label></div><div class="content">{ctl}</div></div>')
        return (f'<form action="{action}" method="post" enctype="multipart/form-data" class="quixote wcs-form"><div class="page"><div class="form-page">'
                + "".join(out) + f'<div class="buttons submit"><button name="submit" value="{submit}">{submit}</button></div></div></div></form>')

    dep = [
        P("/", "Démarches en ligne", m.prose("Vos démarches auprès de la Ville de Marsoncourt, 24 h / 24.")
          + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur l'espace public"),
                     ("/inscription-liste-electorale/", "Inscription sur les listes électorales"), (f"{w}/", "Retour au site de la ville")])),
        P("/contacter-la-mairie/", "Contacter la mairie", wcs("/contacter-la-mairie/", [
            ("text", "f1", "Nom"), ("email", "f2", "Courriel"), ("select:Accueil|Urbanisme|Écoles|Sport|Autre", "f3", "Service"), ("textarea", "f4", "Votre message")]), {CF}),
        # a report about the public space written freely to the city's services through its e-services portal
        P("/signaler-un-probleme/", "Signaler un problème sur l'espace public", wcs("/signaler-un-probleme/", [
            ("select:Voirie|Éclairage|Propreté|Espaces verts", "f1", "Type de problème"), ("text", "f2", "Adresse ou lieu"),
            ("textarea", "f3", "Description"), ("email", "f4", "Courriel pour le suivi")]), {CF}),
        P("/inscription-liste-electorale/", "Inscription sur les listes électorales", wcs("/inscription-liste-electorale/", [
            ("text", "f1", "Nom de naissance"), ("text", "f2", "Prénoms"), ("date", "f3", "Date de naissance"), ("text", "f4", "Adresse à Marsoncourt")], "Suivant"),
          decoys={CF}),
    ]
    demarches = Site(de, "publik", "Marsoncourt — Démarches", dep, menu=[("Démarches", "/"), ("Contact", "/contacter-la-mairie/")],
                     address="Hôtel de ville de Marsoncourt")

    def civo_comments(items):
        return ('<section class="civo-comments"><h2>Discussion</h2>' + "".join(
            f'<div class="civo-comment civo-comment--{side}"><span class="civo-comment__author">{a}</span><p>{t}</p></div>' for a, side, t in items)
            + '<form class="civo-comment-form" action="/connexion" method="get"><label for="civo-arg">Ajouter un argument</label><select name="side"><option>Pour</option><option>Contre</option></select>'
            '<textarea id="civo-arg" name="argument"></textarea><button class="civo-btn" type="submit">Publier</button></form></section>')

    b26 = "/budget-participatif/marsoncourt-demain-2026"
    pzp = [
        P("/", "Participez à Marsoncourt", m.prose("L'espace de participation citoyenne de la Ville de Marsoncourt.")
          + m.links([(b26, "Marsoncourt Demain 2026 : votez !"), ("/concertations/place-du-marche", "Concertation : la place du Marché"),
                     ("/sondages/velos-en-libre-service", "Sondage : des vélos en libre-service ?"), ("/appels-a-idees/ete-2026", "Appel à idées : un été à Marsoncourt"),
                     (f"{w}/", "www.marsoncourt.fr")], "civo-cards")),
        P(b26, "Marsoncourt Demain 2026", m.prose("Vote ouvert jusqu'au 30 juin : choisissez jusqu'à cinq projets parmi les 22 retenus.")
          + m.links([(f"{b26}/projets/skatepark-bellevue", "Un skatepark à Bellevue (62 000 €)")]), {PB}),
        P(f"{b26}/projets/skatepark-bellevue", "Un skatepark à Bellevue", m.prose("Un skatepark en béton de 600 m² près du gymnase de Bellevue. Coût estimé : 62 000 €.")
          + '<a class="civo-btn civo-btn--vote" href="/connexion">Voter pour ce projet</a>'
          + civo_comments([("Yanis", "pour", "Les jeunes n'ont rien dans le quartier."), ("Monique", "contre", "Le bruit pour les riverains du gymnase.")]), {PB, COM}),
        P("/concertations/place-du-marche", "Concertation : la place du Marché", m.prose(
            "Faut-il supprimer le stationnement sur la place du Marché pour en faire une place piétonne ? Débattez jusqu'au 15 juillet.")
          + civo_comments([("Henri", "pour", "La place serait enfin agréable."), ("Nathalie", "contre", "Les commerçants ont besoin de ces places.")]), {COM}),
        P("/sondages/velos-en-libre-service", "Sondage : des vélos en libre-service ?", '<form class="civo-poll" action="/sondages/velos-en-libre-service" method="post">'
          + '<p>Utiliseriez-vous des vélos à assistance électrique en libre-service ?</p>'
          + "".join(f'<label><input type="radio" name="choice" value="{v}"> {v}</label>' for v in ("Oui, souvent", "De temps en temps", "Non"))
          + '<button class="civo-btn" type="submit">Voter</button></form>', {POLL}),
        P("/appels-a-idees/ete-2026", "Appel à idées : un été à Marsoncourt", m.prose(
            "Animations, guinguette, cinéma en plein air ? Proposez vos idées pour l'été 2026 avant le 31 mai. Les meilleures seront réalisées.")
          + '<a class="civo-btn" href="/connexion">Proposer une idée</a>', {SC}),
        P("/connexion", "Connexion", m.login_form("/connexion", "email", "password"), decoys={CF}),
    ]
    civo = _platform(pz, m.civocracy, "Participez à Marsoncourt", pzp,
                     [("Accueil", "/"), ("Budget participatif", b26), ("Concertations", "/concertations/place-du-marche")], "civocracy")

    fop = [
        P("/", "Forum de Marsoncourt", '<ul class="DiscussionList">' + "".join(
            f'<li><a href="{h}" class="DiscussionListItem-main"><h3 class="DiscussionListItem-title">{t}</h3></a><span class="DiscussionListItem-count">{n} réponses</span></li>'
            for h, t, n in (("/d/12-ramassage-des-encombrants", "Ramassage des encombrants : ça se passe comment chez vous ?", 6),
                            ("/t/quartiers", "Catégorie : vie des quartiers", 31))) + "</ul>", {FORUM}),
        P("/d/12-ramassage-des-encombrants", "Ramassage des encombrants : ça se passe comment chez vous ?", "".join(
            f'<article class="Post CommentPost"><header class="Post-header"><span class="username">{a}</span> <time>{d}</time></header><div class="Post-body"><p>{t}</p></div></article>'
            for a, d, t in (("lorraine57", "3 mai", "Chez nous à Bellevue, les encombrants restent sur le trottoir trois jours."),
                            ("Ville de Marsoncourt", "4 mai", "Le calendrier 2026 est en ligne, la collecte passe le premier mardi du mois."),
                            ("gerard.b", "4 mai", "Il faudrait un rappel par SMS."))), {FORUM}),
        P("/t/quartiers", "Vie des quartiers", m.links([("/d/12-ramassage-des-encombrants", "Ramassage des encombrants")], "DiscussionList"), {FORUM}),
    ]
    board = Site(fo, "flarum", "Forum de Marsoncourt", fop, menu=[("Discussions", "/"), ("Quartiers", "/t/quartiers")], features=frozenset({FORUM}))
    return City("99037", "Marsoncourt", 44_700, "57", "44", "Grand Est", f"{w}/", [www, demarches, civo, board])


# =================================================================================================
# 99038 Lussigny-le-Bois (Vienne): WordPress, a home-made participation space, Jenparle
# =================================================================================================

def lussigny():
    w = "http://www.lussigny-le-bois.fr"
    jp = "jeparticipe.lussigny-le-bois.fr"
    jn = "lussigny-le-bois.jenparle.net"
    forminator = ('<section class="widget widget_forminator_polls"><h2 class="widget-title">Votre avis compte</h2>'
                  '<form id="forminator-module-2231" class="forminator-ui forminator-poll forminator-poll-2231" method="post" action="/vie-pratique/dechets/" data-forminator-render="0">'
                  '<div class="forminator-poll-header"><h3 class="forminator-question">Êtes-vous favorable à la collecte des biodéchets en porte-à-porte ?</h3></div>'
                  '<div class="forminator-poll-body"><div role="radiogroup" class="forminator-field">'
                  + "".join(f'<label for="answer-{i}" class="forminator-radio"><input type="radio" name="2231" value="answer-{i}" id="answer-{i}"><span class="forminator-radio-label">{v}</span></label>'
                            for i, v in enumerate(("Oui", "Non, je composte déjà", "Sans avis")))
                  + '</div></div><div class="forminator-poll-footer"><button class="forminator-button forminator-button-submit">Voter</button></div>'
                  '<input type="hidden" name="form_id" value="2231"><input type="hidden" name="action" value="forminator_submit_form_poll"></form></section>')
    pages = [
        P("/", "Accueil", _home(
            ["Lussigny-le-Bois, 31 900 habitants, ville verte du Haut-Poitou."],
            [("/vie-municipale/participation-des-habitants/", "Participation des habitants"), (f"http://{jp}/", "Je participe"),
             ("/vie-municipale/ateliers-de-quartier/", "Ateliers de quartier"), ("/vie-pratique/dechets/", "Déchets"),
             ("/appels-d-offres/", "Appels d'offres"), ("/contact/", "Contact")],
            [("/actualites/graines-d-idees-c-est-parti/", "Graines d'idées : c'est parti !", "2 février 2026"),
             ("/actualites/fete-de-la-musique/", "Fête de la musique : le programme", "1er juin 2026"),
             ("/actualites/resultats-consultation-marche/", "Marché : résultats de la consultation", "10 janvier 2026"),
             ("/actualites/petition-hopital/", "Hôpital : la ville relaie la pétition nationale", "18 décembre 2025")],
            [("/forum-des-associations/", "Forum des associations", "6 septembre"),
             ("/vie-municipale/conseil-municipal-des-jeunes/", "Séance du conseil municipal des jeunes", "17 juin")])),
        P("/vie-municipale/participation-des-habitants/", "La participation des habitants", m.prose(
            "Ateliers de quartier, conseil municipal des jeunes, budget participatif, boîte à idées Graines d'idées, consultations : la Ville veut que chacun puisse "
            "contribuer aux décisions qui le concernent.",
            f"Notre espace <a href=\"http://{jp}/\">Je participe</a> rassemble la boîte à idées et le budget participatif ; les grandes consultations ont lieu sur "
            f"<a href=\"http://{jn}/\">la plateforme de consultation</a>.")
          + m.links([("/vie-municipale/ateliers-de-quartier/", "Les ateliers de quartier"), ("/vie-municipale/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes")]),
          {DISP}),
        # a youth council elected in the schools: one of the city's participation bodies
        P("/vie-municipale/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM2 et de 6e, les 29 jeunes conseillers proposent et mènent des projets pour la ville.",
            "Le CMJ a réalisé cette année un parcours de santé et une collecte de jouets."), {DISP}),
        P("/vie-municipale/ateliers-de-quartier/", "Les ateliers de quartier", m.prose(
            "Les ateliers de quartier sont des réunions de travail ouvertes aux habitants, organisées avant chaque aménagement de rue ou de square.",
            "Prochain atelier : square des Tilleuls, le 23 mai à 10 h, sur place."), {DISP}),
        # a news item wholly devoted to the call, inviting residents to file their ideas: the call itself
        P("/actualites/graines-d-idees-c-est-parti/", "Graines d'idées : c'est parti !", m.prose(
            "Vous avez une idée pour rendre Lussigny plus agréable, plus verte, plus solidaire ? Jusqu'au 31 mars, semez-la dans la boîte à idées Graines d'idées.",
            f"<a href=\"http://{jp}/graines-d-idees\">Je propose mon idée</a>. Chaque idée reçoit une réponse de la municipalité.")
          + m.wp_comments([("Odette", "3 février 2026", "Super initiative, j'ai déjà déposé la mienne.")], post_id=902), {SC, COM}),
        P("/actualites/fete-de-la-musique/", "Fête de la musique : le programme", m.prose(
            "Sept scènes en centre-ville le 21 juin, de 18 h à 1 h. Inscription des groupes jusqu'au 5 juin.")
          + m.wp_comments([("Jules", "1er juin 2026", "Il y aura une scène jazz cette année ?"),
                           ("Mairie de Lussigny", "2 juin 2026", "Oui, place des Halles.")], post_id=951), {COM}),
        P("/vie-pratique/dechets/", "Déchets : collecte et tri", m.with_aside(m.prose(
            "Ordures ménagères le lundi, emballages le jeudi. La déchetterie des Varennes est ouverte du mardi au samedi.",
            "La communauté de communes étudie une collecte des biodéchets : donnez votre avis."), forminator, "widget-area"), {POLL}),
        P("/actualites/resultats-consultation-marche/", "Marché : résultats de la consultation", m.prose("La consultation sur le marché est terminée. Merci aux 688 participants.")
          + m.poll_results("Faut-il déplacer le marché place des Halles ?", [("Oui", 57, 392), ("Non", 38, 261), ("Sans avis", 5, 35)], "Consultation close."),
          decoys={POLL}),
        P("/appels-d-offres/", "Appels d'offres", m.prose(
            "Marché de maîtrise d'œuvre pour la réhabilitation de la salle des fêtes : remise des offres avant le 20 avril.",
            "Appel à projets pour l'occupation temporaire de l'ancienne gare : candidatures des porteurs de projets économiques avant le 15 mai."), decoys={SC}),
        P("/actualites/petition-hopital/", "Hôpital : la ville relaie la pétition nationale", m.prose(
            "Le maire a signé la pétition nationale pour le maintien des urgences de nuit dans les hôpitaux de proximité, déposée sur le site des pétitions du Sénat.",
            "Chacun peut la signer individuellement sur ce site national."), decoys={PET}),
        P("/forum-des-associations/", "Forum des associations", m.prose("Le 6 septembre, halle des sports : venez rencontrer les 90 associations lussignoises."), decoys={FORUM}),
        P("/contact/", "Contact", m.prose("Mairie de Lussigny-le-Bois, 4 place des Halles.") + m.cf7_contact("/contact/", ("Demande d'information", "Voirie", "Écoles", "Autre")), {CF}),
    ]
    www = _city_site("www.lussigny-le-bois.fr", "wordpress", "Lussigny-le-Bois", pages,
                     [("Accueil", "/"), ("Vie municipale", "/vie-municipale/participation-des-habitants/"), ("Je participe", f"http://{jp}/"),
                      ("Consultations", f"http://{jn}/"), ("Contact", "/contact/")],
                     [social("facebook", "lussignyleboisofficiel"), social("instagram", "lussigny_le_bois")],
                     "4 place des Halles, 86170 Lussigny-le-Bois")

    def hm_comments(items):
        return ('<section class="pc-comments"><h2>Réactions</h2>' + "".join(f'<div class="pc-comment"><b>{a}</b> <small>{d}</small><p>{t}</p></div>' for a, d, t in items)
                + '<form class="pc-comment-form" method="post" action="/graines-d-idees/idees/17"><label for="pc-nom">Prénom</label><input id="pc-nom" name="prenom">'
                '<label for="pc-reac">Votre réaction</label><textarea id="pc-reac" name="reaction"></textarea><button type="submit">Réagir</button></form></section>')

    jpp = [
        P("/", "Je participe — Lussigny-le-Bois", m.prose("L'espace participatif de la Ville de Lussigny-le-Bois.")
          + m.links([("/graines-d-idees", "Graines d'idées, la boîte à idées"), ("/graines-d-idees/idees", "Les idées déposées"),
                     ("/budget-participatif", "Le budget participatif"), (f"{w}/", "Site de la ville")], "pc-tiles")),
        # an idea box form with name and e-mail, writing to the city: the call and a free-text message
        P("/graines-d-idees", "Graines d'idées", m.prose("Semez vos idées pour Lussigny : elles sont lues par les élus et publiées après modération.")
          + m.idea_form("/graines-d-idees", "Mon idée pour Lussigny"), {SC, CF}),
        P("/graines-d-idees/idees", "Les idées déposées", m.prose("Idées déposées : 57. Répondues : 41.")
          + m.links([("/graines-d-idees/idees/17", "Des toilettes sèches au parc des Varennes")]), {SC}),
        P("/graines-d-idees/idees/17", "Des toilettes sèches au parc des Varennes", m.prose(
            "Idée de Benoît : installer des toilettes sèches près de l'aire de jeux.", "Réponse de la Ville : étude en cours avec le service des espaces verts.")
          + hm_comments([("Lina", "12 mars", "Indispensable l'été !"), ("Gaëlle", "14 mars", "Oui, avec un accès PMR.")]), {COM}),
        P("/budget-participatif", "Le budget participatif", m.prose(
            "100 000 € chaque année pour des projets proposés par les habitants de plus de 11 ans, puis votés par tous. Règlement, calendrier et projets :")
          + m.links([("/budget-participatif/vote", "Voter pour les projets 2026"), ("/budget-participatif/2024-realisations", "Les projets réalisés de l'édition 2024")]), {PB}),
        P("/budget-participatif/vote", "Voter pour les projets 2026", '<form class="pc-vote" method="post" action="/budget-participatif/vote"><fieldset><legend>Choisissez trois projets</legend>'
          + "".join(f'<label><input type="checkbox" name="projets[]" value="{i}"> {v}</label>' for i, v in enumerate(("Un verger au collège", "Des nichoirs dans les écoles", "Un abri au terrain de boules", "Une fresque rue Carnot")))
          + '</fieldset><label for="pc-mail">Votre e-mail (un vote par personne)</label><input type="email" id="pc-mail" name="email"><button type="submit">Valider mon vote</button></form>', {PB}),
        P("/budget-participatif/2024-realisations", "Édition 2024 : les projets réalisés", m.prose(
            "Les cinq projets lauréats de 2024 sont réalisés : la table de ping-pong du square des Tilleuls, les bancs du chemin des Meuniers, "
            "la boîte à livres de la médiathèque, les arceaux vélos et le potager de l'école Jean-Moulin."), {PB}),
        P("/compte/connexion", "Connexion", m.login_form("/compte/connexion", "identifiant", "mot_de_passe", "Accéder à mon compte"), decoys={CF}),
    ]
    homemade = _platform(jp, m.homemade, "Je participe — Lussigny-le-Bois", jpp,
                         [("Accueil", "/"), ("Graines d'idées", "/graines-d-idees"), ("Budget participatif", "/budget-participatif")], "custom")

    jnp = [
        P("/", "Lussigny-le-Bois consulte", m.prose("La Ville de Lussigny-le-Bois vous consulte.")
          + m.links([("/consultation/rythmes-scolaires", "Consultation : les rythmes scolaires"), (f"{w}/", "Site de la ville")])),
        P("/consultation/rythmes-scolaires", "Consultation : les rythmes scolaires", m.prose("Parents, enseignants, animateurs : donnez votre avis avant le 15 avril.")
          + '<form class="jp-questionnaire" method="post" action="/consultation/rythmes-scolaires"><div class="jp-q"><p>Préférez-vous la semaine de quatre jours ?</p>'
          + "".join(f'<label><input type="radio" name="r1" value="{v}"> {v}</label>' for v in ("Oui", "Non", "Sans avis"))
          + '</div><div class="jp-q"><p>Votre lien avec l\'école</p><select name="r2"><option>Parent</option><option>Enseignant</option><option>Animateur</option></select></div>'
          + '<button type="submit" class="jp-btn">Je réponds</button></form>' + m.links([("/consultation/rythmes-scolaires/echanges", "Espace d'échanges")]), {POLL}),
        # messages under a consultation, with no threads or boards: comments, not a forum
        P("/consultation/rythmes-scolaires/echanges", "Rythmes scolaires : espace d'échanges", "".join(
            f'<div class="jp-message"><span class="jp-message__auteur">{a}</span><p>{t}</p></div>' for a, t in (
                ("Parent d'élève", "Le mercredi libre permet les activités sportives."), ("Enseignante", "Les matinées sont les plus efficaces pour les apprentissages.")))
          + '<form class="jp-commentaire" method="post" action="/consultation/rythmes-scolaires/echanges"><label for="jp-msg">Votre message</label>'
          + '<textarea id="jp-msg" name="message"></textarea><button type="submit" class="jp-btn">Publier</button></form>', {COM}),
        P("/connexion", "Connexion", m.login_form("/connexion", "email", "password"), decoys={CF}),
    ]
    jenparle = _platform(jn, m.jenparle, "Lussigny-le-Bois consulte", jnp, [("Accueil", "/"), ("Consultations", "/consultation/rythmes-scolaires")], "jenparle")
    return City("99038", "Lussigny-le-Bois", 31_900, "86", "75", "Nouvelle-Aquitaine", f"{w}/", [www, homemade, jenparle])


_BUILDERS = (montfleury, hochwiller, castelvielh, aurignieux, bois_tamarin, vernolles, marsoncourt, lussigny)


def cities():
    _CUSTOM.clear()
    return [build() for build in _BUILDERS]


def hosts():
    if not _CUSTOM:
        cities()
    return {host: CustomHost(site, m.custom_special(site, render)) for host, (site, render) in _CUSTOM.items()}
