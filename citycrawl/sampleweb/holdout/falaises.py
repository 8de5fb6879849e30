"""Holdout part "falaises": eight communes of Île-de-France, the Nord, Lorraine and the Rhône-Alpes on agency CMSs,
WordPress, Drupal, Joomla and SPIP, with a Decidim space, a phpBB board, a w.c.s. e-services portal, an online
survey tool, two neighbours' networks and an intercommunality's site; most pages are ordinary news and agenda items."""
from ..site import City, Site, page, social
from . import falaises_markup as m



def _home(intro, quick, news, events, extra=""):
    return (m.cookie_banner() + m.prose(intro) + m.quick_links(quick) + m.teasers(news)
            + m.agenda_list(events) + extra)


def _listing(items, heading):
    return m.teasers(items, heading, "listing")


def _ordinary(path, title, *paras, extra=""):
    """An ordinary news or agenda page: nothing to find."""
    return page(path, title, m.prose(*paras) + extra)


# ---------------------------------------------------------------------------------------------------------------
# 99021 Montcorbeil-sur-Orge (Essonne): agency CMS (Stratis manner) + a Decidim space for its participatory budget
# ---------------------------------------------------------------------------------------------------------------
MC = "www.montcorbeil-sur-orge.fr"
MC_DEC = "jeparticipe.montcorbeil-sur-orge.fr"
_MCP = "/processes/coups-de-coeur-2025"


def montcorbeil():
    dec = f"http://{MC_DEC}"
    news = [("/actualites/coups-de-coeur-laureats", "Coups de cœur : place au vote", "12 mai 2025"),
            ("/actualites/rentree-scolaire", "Une rentrée scolaire sous le signe des travaux", "2 sept. 2025"),
            ("/actualites/budget-primitif-2025", "Budget primitif 2025 : les grandes orientations", "8 avril 2025"),
            ("/actualites/edito-du-maire", "L'édito du maire : une ville qui écoute", "1 mars 2025"),
            ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : signature du protocole", "20 fév. 2025"),
            ("/actualites/recensement-2025", "Recensement 2025 : les agents recenseurs passent chez vous", "10 janv. 2025"),
            ("/actualites/appel-a-candidatures-marche-noel", "Marché de Noël : appel à candidatures exposants", "3 oct. 2025"),
            ("/actualites/travaux-rue-de-la-gare", "Rue de la Gare : travaux de réseaux", "15 juin 2025"),
            ("/actualites/fete-de-la-musique", "Fête de la musique au parc des Sablons", "14 juin 2025")]
    events = [("/agenda/conseil-de-quartier-les-tilleuls", "Conseil de quartier Les Tilleuls - Bords d'Orge", "24 sept. 2025", "École Jean-Moulin"),
              ("/agenda/conseil-municipal-mars", "Conseil municipal", "27 mars 2025", "Salle du conseil"),
              ("/agenda/brocante-des-sablons", "Brocante des Sablons", "5 oct. 2025", "Parc des Sablons")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue sur le site officiel de la Ville de Montcorbeil-sur-Orge.",
            [("/ma-ville-et-moi/", "Ma ville et moi"), ("/ma-ville-et-moi/budget-participatif", "Coups de cœur de Montcorbeil"),
             ("/contact", "Contacter la mairie"), ("/newsletter", "Lettre d'information"), ("/actualites", "Toutes les actualités"),
             ("/agenda", "Tout l'agenda")], news[:5], events)),
        page("/actualites", "Actualités", _listing(news, "Toutes les actualités")),
        page("/agenda", "Agenda", m.agenda_list(events, "Prochains rendez-vous")),
        page("/ma-ville-et-moi/", "Ma ville et moi", m.chapo(
            "Comités de quartier, réunions publiques, concertations sur les grands projets : la municipalité associe les habitants aux décisions qui les concernent.")
             + m.prose("Une charte de la participation, adoptée en conseil municipal, fixe les engagements de la Ville : informer en amont, "
                       "rendre compte des avis recueillis et expliquer les choix retenus.",
                       "Quatre comités de quartier réunissent habitants volontaires et élus référents plusieurs fois par an.")
             + m.quick_links([("/ma-ville-et-moi/comites-de-quartier", "Les comités de quartier"),
                              ("/ma-ville-et-moi/budget-participatif", "Les Coups de cœur de Montcorbeil"),
                              (dec + "/", "La plateforme jeparticipe")], "Pour aller plus loin"),
             {"participation_displayed"}),
        page("/ma-ville-et-moi/comites-de-quartier", "Les comités de quartier", m.prose(
            "La ville compte quatre comités de quartier : Centre-Gare, Les Tilleuls - Bords d'Orge, Plateau et Val-Fleuri.",
            "Chaque comité est ouvert à tout habitant de plus de 16 ans qui souhaite s'y inscrire. Il se réunit au moins trois fois par an, "
            "émet des avis sur les projets d'aménagement et porte des propositions pour le quartier.",
            "Les comptes rendus des séances sont publiés en ligne. Pour rejoindre un comité, adressez-vous au service Démocratie locale.")
             + m.quick_links([("/agenda/conseil-de-quartier-les-tilleuls", "Prochaine séance aux Tilleuls"), ("/contact", "Écrire au service")], "Et ensuite"),
             {"participation_displayed"}, parent=("Ma ville et moi", "/ma-ville-et-moi/")),
        page("/ma-ville-et-moi/budget-participatif", "Les Coups de cœur de Montcorbeil", m.chapo(
            "300 000 € pour réaliser les projets imaginés et choisis par les habitants.")
             + m.prose("Pour la troisième édition des Coups de cœur, toute personne habitant Montcorbeil peut proposer un projet d'intérêt général, "
                       "puis voter pour ses projets préférés. Les services étudient la faisabilité de chaque proposition entre les deux étapes.",
                       "Calendrier : dépôt des projets du 6 janvier au 28 février, analyse en mars et avril, vote du 12 mai au 15 juin, annonce des lauréats fin juin.",
                       f"Tout se passe sur <a href=\"{dec}{_MCP}\">la plateforme jeparticipe</a>. Vous pouvez aussi voter sur papier à l'accueil de la mairie.")
             + m.quick_links([(dec + _MCP + "/f/31/proposals", "Voir les projets déposés"), (dec + _MCP + "/f/32/budgets/7/projects", "Voter"),
                              (dec + "/processes/coups-de-coeur-2023", "L'édition 2023")], "Les Coups de cœur en ligne"),
             {"participatory_budget"}, parent=("Ma ville et moi", "/ma-ville-et-moi/")),
        # borderline: an agenda entry, but it invites residents to a neighbourhood council's open session
        page("/agenda/conseil-de-quartier-les-tilleuls", "Conseil de quartier Les Tilleuls - Bords d'Orge",
             m.event_box("mercredi 24 septembre 2025", "19 h - 21 h", "École Jean-Moulin, réfectoire")
             + m.prose("Le comité de quartier tient sa séance ouverte : tous les habitants du quartier sont invités à venir échanger avec les élus référents.",
                       "Ordre du jour : sécurisation des abords de l'école, projet de jardin partagé, questions diverses des habitants."),
             {"participation_displayed"}, parent=("Agenda", "/agenda")),
        page("/agenda/conseil-municipal-mars", "Conseil municipal du 27 mars",
             m.event_box("jeudi 27 mars 2025", "20 h 30", "Hôtel de ville, salle du conseil")
             + m.prose("Ordre du jour : vote du budget primitif, tarifs des accueils de loisirs, subventions aux associations, désignation de représentants.",
                       "La séance est publique et retransmise en direct."),
             decoys={"participation_displayed", "participatory_budget"}, parent=("Agenda", "/agenda")),
        _ordinary("/agenda/brocante-des-sablons", "Brocante des Sablons",
                  "Plus de 200 exposants attendus au parc des Sablons de 7 h à 18 h.",
                  "Inscriptions des exposants closes. Restauration sur place assurée par le comité des fêtes."),
        page("/actualites/coups-de-coeur-laureats", "Coups de cœur : place au vote", m.chapo(
            "Après l'étude des 74 projets déposés cet hiver, 31 projets sont soumis au vote des habitants jusqu'au 15 juin.")
             + m.prose("Une aire de fitness aux Bords d'Orge, des nichoirs dans les écoles, une boîte à livres au Val-Fleuri : "
                       "chaque habitant dispose de trois voix à répartir.",
                       f"<a href=\"{dec}{_MCP}/f/32/budgets/7/projects\">Je vote pour mes projets</a>"),
             {"participatory_budget"}, parent=("Actualités", "/actualites")),
        # a long news item naming the participatory budget once, in passing
        page("/actualites/rentree-scolaire", "Une rentrée scolaire sous le signe des travaux", m.prose(
            "Les 2 870 écoliers de la commune ont retrouvé des classes rénovées cet été : peintures, menuiseries et éclairage LED à l'école Jean-Moulin.",
            "Le restaurant scolaire du Plateau a été agrandi pour accueillir quatre-vingts rations de plus. La cour de l'école Val-Fleuri a été désimperméabilisée.",
            "Les nichoirs installés dans deux écoles sont issus de l'édition précédente du budget participatif.",
            "Le périscolaire ouvre désormais dès 7 h 15. Les inscriptions se font sur le portail famille.",
            "Enfin, la Ville rappelle que le stationnement est interdit devant les écoles aux heures d'entrée et de sortie."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-primitif-2025", "Budget primitif 2025 : les grandes orientations", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 41,2 M€ en fonctionnement, 12,8 M€ en investissement.",
            "Pas de hausse des taux d'imposition. Les principales dépenses d'équipement concernent les écoles et la voirie.")
             + m.results_table("Répartition de l'investissement", [("Écoles", 38, "4,9 M€"), ("Voirie", 27, "3,5 M€"), ("Sport et culture", 21, "2,7 M€"), ("Autres", 14, "1,7 M€")], "12,8 M€"),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        # a mayor's editorial speaking of listening in general terms: a passing mention
        page("/actualites/edito-du-maire", "L'édito du maire : une ville qui écoute", m.prose(
            "Chères Montcorbeilloises, chers Montcorbeillois,",
            "Depuis le début du mandat, nous avons voulu une ville proche de vous. Vos remarques sur le stationnement ou la propreté nous parviennent chaque jour et nous les lisons toutes.",
            "Le printemps sera celui des chantiers : la rue de la Gare, le gymnase, les abords de la gare RER.",
            "Bonne lecture de ce nouveau magazine. Votre maire."),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : signature du protocole", m.prose(
            "Le maire, le préfet et le commandant de la brigade de gendarmerie ont signé le protocole « Participation citoyenne ».",
            "Le dispositif désigne dans chaque quartier des référents chargés de signaler aux gendarmes tout fait inhabituel. Il complète l'opération Tranquillité vacances.",
            "Les habitants volontaires pour devenir référents peuvent se faire connaître auprès de la police municipale."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/actualites/recensement-2025", "Recensement 2025 : les agents recenseurs passent chez vous", m.prose(
            "Du 16 janvier au 22 février, l'Insee et la Ville recensent une partie des logements de la commune.",
            "Un agent recenseur muni d'une carte officielle dépose vos codes pour répondre au questionnaire sur le site le-recensement-et-moi.",
            "Vos réponses sont confidentielles et servent uniquement à l'établissement de statistiques."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/appel-a-candidatures-marche-noel", "Marché de Noël : appel à candidatures exposants", m.prose(
            "Artisans et créateurs, la Ville lance un appel à candidatures pour le marché de Noël des 13 et 14 décembre.",
            "Dossier à renvoyer avant le 31 octobre au service Animation. Les candidatures seront sélectionnées par un jury."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        _ordinary("/actualites/travaux-rue-de-la-gare", "Rue de la Gare : travaux de réseaux",
                  "Le syndicat des eaux remplace la canalisation principale de la rue de la Gare du 16 juin au 25 juillet.",
                  "La circulation est alternée ; une déviation est mise en place pour les poids lourds."),
        _ordinary("/actualites/fete-de-la-musique", "Fête de la musique au parc des Sablons",
                  "Scène ouverte, chorales et groupes locaux dès 17 h au parc des Sablons.",
                  "Buvette tenue par les associations sportives."),
        page("/contact", "Contacter la mairie", m.prose("Hôtel de ville, 1 place de la République. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h 30.")
             + m.vendor_form("/contact", "contact", [("nom", "Nom *", "text"), ("email", "Courriel *", "email"),
                                                   ("objet", "Objet *", "select:Demande d'information|État civil|Voirie et propreté|Autre"),
                                                   ("message", "Votre message *", "textarea")]),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/newsletter", "Lettre d'information", m.prose("Recevez chaque mois l'essentiel de l'actualité municipale.")
             + m.newsletter_form("/newsletter/inscription"), decoys={"contact_form"}),
    ]
    www = Site(MC, "vendor", "Ville de Montcorbeil-sur-Orge", pages,
               menu=[("Ma ville et moi", "/ma-ville-et-moi/"), ("Actualités", "/actualites"), ("Agenda", "/agenda"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleMontcorbeil"), social("instagram", "montcorbeilsurorge")],
               address="Hôtel de ville, 1 place de la République, 91xxx Montcorbeil-sur-Orge")
    steps = ["Dépôt des projets", "Analyse", "Vote", "Résultats"]
    dpages = [
        page("/", "Accueil", m.prose("Bienvenue sur jeparticipe, l'espace de participation des habitants de Montcorbeil-sur-Orge.")
             + '<section class="home__section"><h2 class="h3">Processus en cours</h2><div class="card__grid-container">'
             + m.decidim_process_card(_MCP, "Coups de cœur 2025", "Phase actuelle : Vote", "12/05/2025 - 15/06/2025")
             + m.decidim_process_card("/processes/concertation-parc-des-sablons", "Parc des Sablons : imaginons-le ensemble", "Phase actuelle : Contributions", "01/09/2025 - 31/10/2025")
             + m.decidim_process_card("/processes/coups-de-coeur-2023", "Coups de cœur 2023", "Processus terminé", "2023") + "</div></section>"),
        page(_MCP, "Coups de cœur 2025", m.decidim_steps(steps, 2) + m.prose(
            "Les habitants ont déposé 74 projets. Après analyse, 31 projets réalisables sont soumis au vote. Enveloppe : 300 000 €.")
             + f'<ul class="tabs"><li><a href="{_MCP}/f/31/proposals">Projets déposés</a></li><li><a href="{_MCP}/f/32/budgets/7/projects">Voter</a></li></ul>',
             {"participatory_budget"}),
        page(_MCP + "/f/31/proposals", "Projets déposés", m.prose("74 projets")
             + m.decidim_proposal_item(_MCP + "/f/31/proposals/412", 412, "Une aire de fitness aux Bords d'Orge", "Karim B.", 58, 3, "Acceptée")
             + m.decidim_proposal_item(_MCP + "/f/31/proposals/415", 415, "Des bancs le long du chemin de halage", "Association Orge Vivante", 21, 0, "Rejetée")
             + m.decidim_proposal_item(_MCP + "/f/31/proposals/420", 420, "Boîte à livres au Val-Fleuri", "Sylvie M.", 34, 1, "Acceptée"),
             {"participatory_budget"}, parent=("Coups de cœur 2025", _MCP)),
        page(_MCP + "/f/31/proposals/412", "Une aire de fitness aux Bords d'Orge", m.prose(
            "Installer quatre agrès de fitness en accès libre le long de l'Orge, près de l'aire de jeux.", "Coût estimé : 28 000 €.")
             + m.decidim_comments("Proposal", 412, [("Nathalie R.", "03/02/2025", "Très bonne idée, avec un peu d'ombre si possible."),
                                                     ("Paul D.", "05/02/2025", "Pensez aussi aux personnes âgées, des agrès doux seraient bienvenus."),
                                                     ("Karim B.", "06/02/2025", "Merci, c'est noté pour la version finale.")]),
             {"participatory_budget", "comments"}, parent=("Projets déposés", _MCP + "/f/31/proposals")),
        page(_MCP + "/f/31/proposals/415", "Des bancs le long du chemin de halage", m.prose(
            "Poser une dizaine de bancs entre le pont de la Gare et le moulin.",
            "Réponse de la Ville : projet non retenu, le chemin appartient au syndicat de rivière qui prévoit ce mobilier en 2026.")
             + m.decidim_comments("Proposal", 415, [], open_form=False),
             {"participatory_budget"}, parent=("Projets déposés", _MCP + "/f/31/proposals")),
        page(_MCP + "/f/31/proposals/420", "Boîte à livres au Val-Fleuri", m.prose("Une boîte à livres près de la pharmacie du Val-Fleuri, fabriquée par le lycée professionnel.")
             + m.decidim_comments("Proposal", 420, [("Jeanne V.", "12/02/2025", "Je veux bien m'occuper de la trier chaque semaine.")]),
             {"participatory_budget", "comments"}, parent=("Projets déposés", _MCP + "/f/31/proposals")),
        page(_MCP + "/f/32/budgets/7/projects", "Voter pour les projets", m.prose(
            "Vous disposez de trois voix. Sélectionnez vos projets puis confirmez votre vote.")
             + '<div class="budget-summary"><p>Votes restants : <strong>3</strong></p></div><ul class="budget-list">'
             + "".join(f'<li class="budget-list__item"><span class="budget-list__title">{t}</span><span class="budget-list__number">{c}</span>'
                       f'<form action="{_MCP}/f/32/budgets/7/order/line_item" method="post"><input type="hidden" name="project_id" value="{i}"><button class="button button__sm">Ajouter</button></form></li>'
                       for i, (t, c) in enumerate([("Aire de fitness aux Bords d'Orge", "28 000 €"), ("Boîte à livres au Val-Fleuri", "3 500 €"), ("Nichoirs dans les écoles", "6 000 €")]))
             + "</ul>", {"participatory_budget"}, parent=("Coups de cœur 2025", _MCP)),
        page("/processes/concertation-parc-des-sablons", "Parc des Sablons : imaginons-le ensemble", m.decidim_steps(["Contributions", "Ateliers", "Restitution"], 0)
             + m.prose("Le parc des Sablons sera réaménagé en 2026. Avant de dessiner le projet, la Ville recueille vos idées : usages, plantations, jeux, éclairage.",
                       "Proposez vos idées jusqu'au 31 octobre ; deux ateliers publics suivront en novembre.")
             + '<a href="/processes/concertation-parc-des-sablons/f/40/proposals/new" class="button button__secondary">Déposer une idée</a>',
             {"participation_displayed", "suggestion_call"}),
        # the idea is published on the platform for everyone to read: a call for ideas, not a message to the city
        page("/processes/concertation-parc-des-sablons/f/40/proposals/new", "Déposer une idée",
             '<form class="new_proposal proposal_form_admin" action="/processes/concertation-parc-des-sablons/f/40/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="150">'
             '<label for="proposal_body">Votre idée</label><textarea name="proposal[body]" id="proposal_body" rows="8"></textarea>'
             '<button type="submit" class="button button__secondary">Continuer</button></form>',
             {"suggestion_call"}, decoys={"contact_form"}, parent=("Parc des Sablons", "/processes/concertation-parc-des-sablons")),
        page("/processes/coups-de-coeur-2023", "Coups de cœur 2023", m.decidim_steps(steps, 3) + m.prose(
            "Processus terminé. 12 projets lauréats ont été réalisés : nichoirs, bacs à compost, fresque du passage souterrain, tables de pique-nique…"),
             {"participatory_budget"}),
    ]
    plat = Site(MC_DEC, "decidim", "jeparticipe - Montcorbeil-sur-Orge", dpages,
                menu=[("Processus", "/"), ("Coups de cœur 2025", _MCP)], features=frozenset({"participatory_platform"}),
                platforms=frozenset({"decidim"}))
    return City("99021", "Montcorbeil-sur-Orge", 28_400, "91", "11", "Île-de-France", f"http://{MC}/", [www, plat])


# ---------------------------------------------------------------------------------------------------------------
# 99022 Hautrive-lès-Lys (Nord): WordPress with an agency theme, WP-Polls, comments, CF7 + a neighbours' network
# ---------------------------------------------------------------------------------------------------------------
HL = "www.hautrive-les-lys.fr"
HL_VOIS = "voisins.hautrive-les-lys.fr"


def hautrive():
    vois = f"http://{HL_VOIS}"
    news = [("/actualites/marche-du-dimanche/", "Un marché le dimanche matin ?", "4 avril 2025"),
            ("/actualites/sondage-eclairage-resultats/", "Éclairage nocturne : les résultats du sondage", "2 fév. 2025"),
            ("/actualites/nouvelle-aire-de-jeux/", "La nouvelle aire de jeux du parc Delannoy", "18 juin 2025"),
            ("/actualites/fermeture-piscine/", "Piscine : fermeture technique", "7 juil. 2025"),
            ("/actualites/participation-citoyenne/", "Participation citoyenne : devenez référent", "12 mars 2025"),
            ("/actualites/concours-maisons-fleuries/", "Concours des maisons et balcons fleuris", "2 mai 2025"),
            ("/actualites/enquete-publique-plu/", "Modification du PLU : enquête publique", "20 mai 2025"),
            ("/actualites/conseil-municipal-du-12-juin/", "Ce qu'il faut retenir du conseil du 12 juin", "13 juin 2025"),
            ("/actualites/travaux-centre/", "Travaux de la place Jean-Jaurès", "1 sept. 2025")]
    events = [("/agenda/forum-des-associations/", "Forum des associations", "6 sept. 2025", "Salle Léo-Lagrange"),
              ("/agenda/forum-emploi/", "Forum emploi et alternance", "15 oct. 2025", "Espace Lys"),
              ("/agenda/ducasse/", "Ducasse de septembre", "20 sept. 2025", "Place Jean-Jaurès"),
              ("/vie-des-quartiers/reunions-publiques-2025/", "Réunions publiques de quartier", "oct. 2025", "Dans chaque quartier")]
    poll = m.wp_polls(14, "Seriez-vous favorable à un marché le dimanche matin ?", ["Oui, chaque semaine", "Oui, une fois par mois", "Non"])
    aside = ('<section class="widget widget_recent_entries"><h2 class="widget-title">À lire aussi</h2><ul>'
             + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t, _ in news[2:5]) + "</ul></section>")
    pages = [
        page("/", "Accueil", _home("Hautrive-lès-Lys, ville de la vallée de la Lys.",
             [("/vie-des-quartiers/", "Vie des quartiers"), ("/voisins-solidaires/", "Voisins solidaires"), ("/boite-a-idees/", "Boîte à idées"),
              ("/contact/", "Contact"), ("/actualites/", "Actualités"), ("/agenda/", "Agenda")], news[:4], events)),
        page("/actualites/", "Actualités", _listing(news, "Actualités")),
        page("/agenda/", "Agenda", m.agenda_list(events, "Agenda")),
        page("/vie-des-quartiers/", "Vie des quartiers", m.chapo("Cinq quartiers, cinq comités d'habitants.")
             + m.prose("Les comités de quartier rassemblent des habitants bénévoles, des représentants d'associations et un élu de secteur. "
                       "Ils font remonter les besoins du quotidien, donnent leur avis sur les aménagements et organisent des temps festifs.",
                       "Chaque automne, le maire vient à la rencontre des habitants lors des réunions publiques de quartier.",
                       "Envie de vous investir ? Présentez-vous lors de la prochaine réunion ou via le formulaire de contact.")
             + m.quick_links([("/vie-des-quartiers/reunions-publiques-2025/", "Réunions publiques 2025"), ("/voisins-solidaires/", "Voisins solidaires")], "Dans cette rubrique"),
             {"participation_displayed"}),
        page("/vie-des-quartiers/reunions-publiques-2025/", "Réunions publiques de quartier 2025", m.prose(
            "Le maire et les élus de secteur vous donnent rendez-vous dans votre quartier pour faire le point sur les projets et répondre à vos questions.")
             + "<ul><li>Centre : lundi 6 octobre, 18 h 30, salle Léo-Lagrange</li><li>Les Prés du Lys : mardi 7 octobre, école Curie</li>"
               "<li>Le Bas-Hameau : jeudi 9 octobre, foyer rural</li><li>La Cité-Jardin : lundi 13 octobre, centre social</li></ul>",
             {"participation_displayed"}, parent=("Vie des quartiers", "/vie-des-quartiers/")),
        page("/actualites/marche-du-dimanche/", "Un marché le dimanche matin ?", m.with_sidebar(
            m.prose("Plusieurs commerçants non sédentaires ont proposé d'ouvrir un marché le dimanche matin sur la place Jean-Jaurès.",
                    "Avant de décider, la municipalité souhaite connaître votre avis : répondez au sondage ci-contre jusqu'au 30 avril."),
            poll + aside), {"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/sondage-eclairage-resultats/", "Éclairage nocturne : les résultats du sondage", m.prose(
            "Merci aux 1 046 participants ! Le sondage sur l'extinction de l'éclairage public entre minuit et 5 h est clos.")
             + m.wp_polls_closed(11, "Êtes-vous favorable à l'extinction de l'éclairage la nuit ?",
                                 [("Oui", 58, 607), ("Non", 35, 366), ("Sans opinion", 7, 73)], 1046)
             + m.prose("Le conseil municipal a décidé d'expérimenter l'extinction dès le 1er mars."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/nouvelle-aire-de-jeux/", "La nouvelle aire de jeux du parc Delannoy", m.prose(
            "Toboggan, tyrolienne et jeux pour les tout-petits : l'aire de jeux du parc Delannoy a rouvert après deux mois de travaux.")
             + m.wp_comments(231, "La nouvelle aire de jeux du parc Delannoy", [
                 ("Audrey", "19 juin 2025 à 9 h 12", "Super pour les enfants ! Un point d'eau serait le bienvenu."),
                 ("Mairie de Hautrive-lès-Lys", "19 juin 2025 à 14 h 40", "Une fontaine est prévue à l'automne.")]),
             {"comments"}, decoys={"contact_form"}, parent=("Actualités", "/actualites/")),
        page("/actualites/fermeture-piscine/", "Piscine : fermeture technique", m.prose(
            "La piscine municipale est fermée du 7 au 27 juillet pour la vidange annuelle des bassins.")
             + m.wp_comments(244, "Piscine : fermeture technique", [], open_form=False),
             decoys={"comments"}, parent=("Actualités", "/actualites/")),
        # the city's own page presenting the neighbours' network it set up, with a link to join it
        page("/voisins-solidaires/", "Voisins solidaires", m.chapo("Un réseau d'entraide entre voisins, lancé par la Ville et le centre social.")
             + m.prose("Sur Hautrive Voisins, les habitants s'inscrivent par quartier pour échanger des services, prêter des objets, "
                       "proposer un covoiturage ou signaler un besoin d'aide d'une personne âgée.",
                       f"L'inscription est gratuite et réservée aux habitants : <a href=\"{vois}/\">rejoindre Hautrive Voisins</a>."),
             {"territorial_social_network"}),
        page("/actualites/participation-citoyenne/", "Participation citoyenne : devenez référent", m.prose(
            "En lien avec la gendarmerie, la commune adhère au dispositif de participation citoyenne.",
            "Des habitants référents relaient l'information auprès de la brigade et de leurs voisins pour prévenir les cambriolages.",
            "Une réunion d'information avec le commandant de brigade est prévue en mairie."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites/")),
        page("/agenda/forum-des-associations/", "Forum des associations", m.event_box("samedi 6 septembre", "10 h - 17 h", "Salle Léo-Lagrange")
             + m.prose("Une soixantaine d'associations sportives, culturelles et solidaires présentent leurs activités."),
             decoys={"forum"}, parent=("Agenda", "/agenda/")),
        page("/agenda/forum-emploi/", "Forum emploi et alternance", m.event_box("mercredi 15 octobre", "9 h - 13 h", "Espace Lys")
             + m.prose("Rencontrez une trentaine d'entreprises qui recrutent. Apportez votre CV."),
             decoys={"forum"}, parent=("Agenda", "/agenda/")),
        _ordinary("/agenda/ducasse/", "Ducasse de septembre", "Manèges, brocante et feu d'artifice du 20 au 22 septembre.",
                  "Le stationnement sera interdit place Jean-Jaurès pendant toute la durée de la fête."),
        page("/contact/", "Contact", m.prose("Mairie de Hautrive-lès-Lys, ouverte du lundi au samedi matin.")
             + m.cf7("/contact/", 88, [("your-name", "Votre nom", "text"), ("your-email", "Votre e-mail", "email"),
                                       ("your-subject", "Objet", "text"), ("your-message", "Votre message", "textarea")]),
             {"contact_form"}),
        # an idea box made with the contact-form plugin: an explicit call for suggestions, and a free-text form
        page("/boite-a-idees/", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Hautrive-lès-Lys ? Un aménagement, une animation, un service qui manque ?",
            "Déposez-la ici : chaque idée reçoit une réponse et les plus partagées sont étudiées en comité de quartier.")
             + m.cf7("/boite-a-idees/", 91, [("your-name", "Votre nom", "text"), ("your-email", "Votre e-mail", "email"),
                                             ("quartier", "Votre quartier", "select:Centre|Les Prés du Lys|Le Bas-Hameau|La Cité-Jardin|Le Marais"),
                                             ("idee", "Votre idée", "textarea")], "Proposer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/actualites/concours-maisons-fleuries/", "Concours des maisons et balcons fleuris", m.prose(
            "Inscrivez-vous avant le 15 juin. Le jury passera dans les rues début juillet.")
             + m.cf7("/actualites/concours-maisons-fleuries/", 95, [("nom", "Nom", "text"), ("adresse", "Adresse", "text"),
                                                                   ("categorie", "Catégorie", "select:Maison avec jardin|Balcon|Commerce"),
                                                                   ("reglement", "J'accepte le règlement du concours", "checkbox")], "M'inscrire"),
             decoys={"contact_form", "suggestion_call"}, parent=("Actualités", "/actualites/")),
        # an enquête publique is a legal procedure with a paper register, not an online questionnaire
        page("/actualites/enquete-publique-plu/", "Modification du PLU : enquête publique", m.prose(
            "Une enquête publique sur la modification n° 2 du plan local d'urbanisme se tient du 2 au 30 juin.",
            "Le commissaire enquêteur reçoit le public en mairie les 2, 14 et 30 juin. Les observations peuvent être consignées dans le registre."),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/actualites/")),
        # a council summary naming a neighbourhood committee in passing: not the city presenting its approach
        page("/actualites/conseil-municipal-du-12-juin/", "Ce qu'il faut retenir du conseil du 12 juin", m.prose(
            "Compte administratif 2024 approuvé, subventions aux associations votées, convention avec le syndicat de la Lys renouvelée.",
            "Le conseil a également désigné un nouvel élu référent pour le comité du quartier du Marais.",
            "Prochaine séance le 25 septembre."),
             decoys={"participation_displayed", "participatory_budget"}, parent=("Actualités", "/actualites/")),
        _ordinary("/actualites/travaux-centre/", "Travaux de la place Jean-Jaurès",
                  "La requalification de la place Jean-Jaurès commence le 1er septembre pour dix mois.",
                  "Le marché du jeudi est déplacé rue Pasteur pendant la durée du chantier."),
    ]
    www = Site(HL, "wordpress", "Hautrive-lès-Lys", pages,
               menu=[("Vie des quartiers", "/vie-des-quartiers/"), ("Actualités", "/actualites/"), ("Agenda", "/agenda/"),
                     ("Boîte à idées", "/boite-a-idees/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "HautriveLesLys"), social("youtube", "VilleHautriveLesLys")],
               address="Place de la Mairie, 59xxx Hautrive-lès-Lys")
    vpages = [
        page("/", "Accueil", m.prose("Hautrive Voisins : le réseau des habitants pour s'entraider près de chez soi.")
             + m.community_feed([("Corinne, Le Marais", "Prêt d'objets", "il y a 2 h", "Quelqu'un aurait une échelle à prêter ce week-end ?", 3),
                                 ("Mehdi, Centre", "Entraide", "hier", "Je fais les courses jeudi au drive, je peux en prendre pour un voisin.", 5),
                                 ("Centre social Lys", "Événement", "lundi", "Repas partagé de la Cité-Jardin samedi midi, venez avec un plat !", 8)])
             + '<ul class="groups"><li><a href="/quartiers/centre">Groupe Centre</a></li><li><a href="/quartiers/cite-jardin">Groupe Cité-Jardin</a></li><li><a href="/charte">La charte</a></li></ul>'),
        page("/quartiers/centre", "Groupe Centre", m.community_feed([
            ("Bernard", "Alerte", "ce matin", "Chat tigré perdu rue Pasteur, il répond au nom de Filou.", 2),
            ("Lucie", "Entraide", "mardi", "Besoin d'un coup de main pour monter une armoire, je paie le café !", 4)])),
        page("/quartiers/cite-jardin", "Groupe Cité-Jardin", m.community_feed([
            ("Yvette", "Entraide", "hier", "Qui peut arroser mes tomates pendant une semaine en août ?", 6)])),
        page("/charte", "La charte de Hautrive Voisins", m.prose(
            "Bienveillance, respect de la vie privée, pas de publicité commerciale. Les annonces contraires sont retirées par les animateurs du centre social.")),
    ]
    vsite = Site(HL_VOIS, "community", "Hautrive Voisins", vpages, menu=[("Fil", "/"), ("Quartiers", "/quartiers/centre"), ("Charte", "/charte")],
                 features=frozenset({"territorial_social_network"}))
    return City("99022", "Hautrive-lès-Lys", 21_700, "59", "32", "Hauts-de-France", f"http://{HL}/", [www, vsite])


# ---------------------------------------------------------------------------------------------------------------
# 99023 Sarrelange-les-Forges (Moselle): Drupal, a right of petition, Webform questionnaires, comments
# ---------------------------------------------------------------------------------------------------------------
SF = "www.sarrelange-les-forges.fr"


def sarrelange():
    news = [("/actualites/nouveau-skatepark", "Le skatepark est ouvert", "3 juil. 2025"),
            ("/actualites/resultats-questionnaire-cantine", "Questionnaire cantine : vos réponses", "10 fév. 2025"),
            ("/actualites/recensement-insee", "Recensement de la population", "5 janv. 2025"),
            ("/actualites/enquete-insee-cadre-de-vie", "Enquête Insee « Cadre de vie et sécurité »", "2 avril 2025"),
            ("/actualites/budget-primitif-2025", "Budget 2025 voté", "28 mars 2025"),
            ("/actualites/maternite-motion", "Maternité : le conseil adopte une motion", "14 mai 2025"),
            ("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2026", "1 sept. 2025"),
            ("/actualites/conseil-municipal-juin", "Conseil municipal du 26 juin : les décisions", "27 juin 2025"),
            ("/actualites/outils-numeriques-citoyens", "Démarches en ligne : ce qui change", "9 sept. 2025"),
            ("/actualites/travaux-rue-foch", "Rue Foch : enfouissement des réseaux", "12 mai 2025")]
    events = [("/agenda/marche-de-noel", "Marché de Noël", "29 nov. 2025", "Place de l'Hôtel de ville"),
              ("/agenda/reunion-publique-petitions", "Réunion publique : les pétitions en débat", "16 oct. 2025", "Salle des fêtes")]
    pages = [
        page("/", "Accueil", _home("Site officiel de la Ville de Sarrelange-les-Forges.",
             [("/democratie-locale", "Démocratie locale"), ("/democratie-locale/droit-de-petition", "Droit de pétition"),
              ("/consultations/mobilite-questionnaire", "Questionnaire mobilité"), ("/contact", "Contact"), ("/newsletter", "Lettre d'info"),
              ("/actualites", "Actualités"), ("/agenda", "Agenda")], news[:4], events)),
        page("/actualites", "Actualités", _listing(news, "Actualités")),
        page("/agenda", "Agenda", m.agenda_list(events, "Agenda")),
        page("/democratie-locale", "Démocratie locale", m.prose(
            "Conseils citoyens de quartier, consultations en ligne, droit de pétition : la Ville s'est dotée d'une charte de la démocratie locale en 2021.",
            "Chaque habitant peut interpeller le conseil municipal, répondre aux consultations et rejoindre l'un des trois conseils citoyens.")
             + m.quick_links([("/democratie-locale/droit-de-petition", "Le droit de pétition"), ("/consultations/mobilite-questionnaire", "Consultation en cours"),
                              ("/democratie-locale/petitions/bilan-2024", "Bilan des pétitions 2024")], "Agir"),
             {"participation_displayed"}),
        page("/democratie-locale/droit-de-petition", "Le droit de pétition", m.prose(
            "Toute pétition déposée par un habitant de plus de 16 ans et signée par au moins 250 habitants est inscrite à l'ordre du jour du conseil municipal.",
            "Déposez votre pétition ci-dessous ; après vérification de sa recevabilité, elle est publiée et ouverte aux signatures pendant trois mois.")
             + '<h2>Pétitions ouvertes</h2><ul><li><a href="/democratie-locale/petitions/navette-du-samedi">Une navette vers le marché le samedi</a> — 184 signatures</li></ul>'
             + m.drupal_webform("depot_petition", 57, "Déposer une pétition", [("titre_petition", "Titre de la pétition", "textarea"),
                                                                               ("texte_petition", "Texte et demande adressée au conseil", "textarea")], "Déposer ma pétition"),
             {"petition"}, parent=("Démocratie locale", "/democratie-locale")),
        # a petition on the city's own site, open to signatures
        page("/democratie-locale/petitions/navette-du-samedi", "Pétition : une navette vers le marché le samedi", m.prose(
            "Déposée par le conseil citoyen des Hauts-Fourneaux le 3 septembre 2025.",
            "Nous demandons une navette gratuite reliant les quartiers des Hauts-Fourneaux et du Val au marché du samedi matin.",
            "<strong>184</strong> signatures sur 250 nécessaires — clôture le 3 décembre.")
             + m.drupal_webform("signature_petition", 61, "Signer cette pétition", [("qualite", "Vous êtes", ["Habitant de Sarrelange", "Usager d'un service municipal"])], "Je signe"),
             {"petition"}, parent=("Droit de pétition", "/democratie-locale/droit-de-petition")),
        # closed petitions and the council's answers: nothing left to sign
        page("/democratie-locale/petitions/bilan-2024", "Bilan des pétitions 2024", m.prose(
            "Trois pétitions ont été déposées en 2024. Deux ont atteint le seuil et ont été débattues en conseil municipal.")
             + m.results_table("Pétitions 2024", [("Passage piéton rue Foch", "débattue", 312), ("Horaires de la médiathèque", "débattue", 275), ("Parc canin", "seuil non atteint", 96)], 3),
             decoys={"petition"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/consultations/mobilite-questionnaire", "Consultation : vos déplacements en ville", m.prose(
            "Jusqu'au 15 novembre, répondez à notre questionnaire sur vos déplacements. Vos réponses nourriront le plan vélo communal.")
             + m.drupal_webform("questionnaire_mobilite", 73, "Cinq minutes suffisent.", [
                 ("mode", "Comment vous déplacez-vous le plus souvent ?", ["Voiture", "Bus", "Vélo", "À pied"]),
                 ("securite", "Vous sentez-vous en sécurité à vélo ?", ["Oui", "Plutôt", "Non"]),
                 ("remarques", "Vos remarques", "textarea")]),
             {"poll"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/actualites/resultats-questionnaire-cantine", "Questionnaire cantine : vos réponses", m.prose(
            "412 familles ont répondu au questionnaire sur la restauration scolaire, clos le 31 janvier.")
             + m.results_table("Êtes-vous satisfait des repas ?", [("Oui", 61, 251), ("Moyennement", 28, 115), ("Non", 11, 46)], 412),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/recensement-insee", "Recensement de la population", m.prose(
            "Le recensement a lieu du 16 janvier au 15 février. Un agent recenseur recruté par la mairie se présentera chez vous.",
            "Vous pourrez répondre par internet ou sur papier."), decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-insee-cadre-de-vie", "Enquête Insee « Cadre de vie et sécurité »", m.prose(
            "L'Insee réalise jusqu'en juin une enquête statistique auprès d'un échantillon de ménages tirés au sort.",
            "Un enquêteur de l'Insee, muni d'une carte officielle, prendra contact avec les ménages concernés."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-primitif-2025", "Budget 2025 voté", m.prose(
            "Le budget primitif s'équilibre à 24,6 M€. L'investissement porte sur la rénovation thermique des écoles et la rue Foch.",
            "Le débat d'orientation budgétaire avait eu lieu en février."), decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/maternite-motion", "Maternité : le conseil adopte une motion", m.prose(
            "Le conseil municipal s'oppose à la fermeture de la maternité de l'hôpital du bassin.",
            "Une pétition nationale pour les maternités de proximité circule par ailleurs sur "
            "<a href=\"https://www.change.org/p/sauvons-nos-maternites-de-proximite\">change.org</a>."),
             decoys={"petition"}, parent=("Actualités", "/actualites")),
        page("/actualites/nouveau-skatepark", "Le skatepark est ouvert", m.prose(
            "Conçu avec les jeunes du conseil citoyen, le skatepark du Val est ouvert tous les jours de 9 h à 21 h.")
             + m.drupal_comments(88, [("Théo", "05/07/2025", "Trop bien, merci ! Il manque juste une fontaine."),
                                      ("Sandrine K.", "06/07/2025", "Attention au bruit le soir pour les riverains.")]),
             {"comments"}, decoys={"contact_form"}, parent=("Actualités", "/actualites")),
        page("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2026", m.prose(
            "Les associations sarrelangeoises peuvent solliciter une subvention de projet pour 2026.",
            "Dossier de demande et critères d'attribution à télécharger ; date limite de dépôt : 31 octobre."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/conseil-municipal-juin", "Conseil municipal du 26 juin : les décisions", m.prose(
            "Le conseil a approuvé le compte administratif, la création de deux postes d'animateurs et le règlement des conseils citoyens modifié.",
            "Le prochain conseil se tiendra le 25 septembre à 19 h."),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        # names two platforms without the city running either
        page("/actualites/outils-numeriques-citoyens", "Démarches en ligne : ce qui change", m.prose(
            "La Ville modernise son site et ses démarches en ligne. Des communes voisines utilisent des plateformes comme Decidim ou Cap Collectif ; "
            "notre conseil municipal étudiera en 2026 l'opportunité d'un tel outil.",
            "En attendant, les demandes d'état civil et d'urbanisme restent accessibles depuis la rubrique Démarches."),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        _ordinary("/actualites/travaux-rue-foch", "Rue Foch : enfouissement des réseaux",
                  "Les réseaux électriques et téléphoniques de la rue Foch sont enfouis de mai à août.", "Stationnement interdit côté pair."),
        _ordinary("/agenda/marche-de-noel", "Marché de Noël", "Chalets, vin chaud et manège place de l'Hôtel de ville les 29 et 30 novembre.",
                  "Venue de saint Nicolas le dimanche à 16 h."),
        page("/agenda/reunion-publique-petitions", "Réunion publique : les pétitions en débat", m.prose(
            "Les porteurs des pétitions ouvertes présentent leur demande aux habitants et aux élus.",
            "Entrée libre, salle des fêtes, jeudi 16 octobre à 18 h 30."),
             {"participation_displayed"}, parent=("Agenda", "/agenda")),
        page("/contact", "Nous contacter", m.prose("Hôtel de ville, 2 place de la Forge.") + m.drupal_contact(), {"contact_form"}),
        page("/newsletter", "Lettre d'information", m.prose("Chaque mois, l'actualité de Sarrelange dans votre boîte.") + m.drupal_newsletter(),
             decoys={"contact_form"}),
    ]
    www = Site(SF, "drupal", "Ville de Sarrelange-les-Forges", pages,
               menu=[("Démocratie locale", "/democratie-locale"), ("Actualités", "/actualites"), ("Agenda", "/agenda"), ("Contact", "/contact")],
               accounts=[social("facebook", "sarrelangelesforges"), social("x", "Sarrelange57", "https://twitter.com/Sarrelange57")],
               address="Hôtel de ville, 2 place de la Forge, 57xxx Sarrelange-les-Forges")
    return City("99023", "Sarrelange-les-Forges", 17_900, "57", "44", "Grand Est", f"http://{SF}/", [www])


# ---------------------------------------------------------------------------------------------------------------
# 99024 Villers-Maugrin (Rhône): Joomla, conseils de quartier, a youth council, an idea form + a phpBB board
# ---------------------------------------------------------------------------------------------------------------
VM = "www.villers-maugrin.fr"
VM_FORUM = "forum.villers-maugrin.fr"


def villers():
    forum = f"http://{VM_FORUM}"
    news = [("/actualites/une-idee-pour-villers", "Une idée pour Villers ? Écrivez-nous", "3 mars 2025"),
            ("/actualites/appel-d-offres-voirie", "Marché public : travaux de voirie 2025", "20 janv. 2025"),
            ("/actualites/concours-photo", "Concours photo « Villers en hiver »", "8 déc. 2024"),
            ("/actualites/edito", "Le mot du maire", "1 janv. 2025"),
            ("/actualites/voisins-vigilants", "Vigilance entre voisins : le protocole signé", "14 nov. 2024"),
            ("/actualites/ligne-de-bus-12", "La ligne 12 prolongée", "2 sept. 2025"),
            ("/actualites/vendanges", "Fête des vendanges", "22 sept. 2025")]
    events = [("/agenda/conseil-de-quartier-nord", "Conseil de quartier Nord - Les Balmes", "2 oct. 2025", "Maison des associations"),
              ("/agenda/forum-des-associations", "Forum des associations", "6 sept. 2025", "Gymnase Roger-Vial")]
    pages = [
        page("/", "Accueil", _home("Bienvenue à Villers-Maugrin, entre Monts du Lyonnais et vallée du Garon.",
             [("/ma-ville/conseils-de-quartier", "Conseils de quartier"), ("/ma-ville/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
              ("/ma-ville/forum-citoyen", "Forum citoyen"), ("/reservation-salles", "Réserver une salle"), ("/contact", "Contact"),
              ("/actualites", "Actualités"), ("/agenda", "Agenda")], news[:4], events)),
        page("/actualites", "Actualités", _listing(news, "Actualités")),
        page("/agenda", "Agenda", m.agenda_list(events, "Agenda")),
        page("/ma-ville/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Trois conseils de quartier (Nord - Les Balmes, Centre-Bourg, Sud - Le Garon) permettent aux habitants de débattre des projets qui concernent leur secteur.",
            "Les conseillers de quartier sont des habitants volontaires et tirés au sort pour deux ans. Ils disposent d'une enveloppe annuelle pour de petits aménagements.",
            "Les séances sont ouvertes au public."),
             {"participation_displayed"}),
        # an agenda entry for a neighbourhood council session open to the public
        page("/agenda/conseil-de-quartier-nord", "Conseil de quartier Nord - Les Balmes",
             m.event_box("jeudi 2 octobre 2025", "19 h", "Maison des associations")
             + m.prose("Séance publique du conseil de quartier : bilan des aménagements de la montée des Balmes, propositions pour l'éclairage, parole aux habitants."),
             {"participation_displayed"}, parent=("Agenda", "/agenda")),
        # a youth council is a consultative body of young residents: the city presents a participatory body
        page("/ma-ville/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM2 et de 6e, les 23 jeunes conseillers donnent leur avis et montent leurs propres projets.",
            "Ils ont obtenu cette année un parcours santé et organisé une collecte pour la banque alimentaire.",
            "Les jeunes conseillers se réunissent en commissions un mercredi sur deux."),
             {"participation_displayed"}),
        # the page that presents the board and links to it is not the board itself
        page("/ma-ville/forum-citoyen", "Le forum citoyen", m.prose(
            "Un espace d'échange en ligne est ouvert aux habitants. Il est modéré par le service communication selon une charte.",
            f"<a href=\"{forum}/\">Accéder au forum citoyen</a>"),
             decoys={"forum"}),
        page("/actualites/une-idee-pour-villers", "Une idée pour Villers ? Écrivez-nous", m.prose(
            "La municipalité lance une boîte à idées numérique : propositions d'animations, d'aménagements, de services.",
            "Vos suggestions sont examinées chaque trimestre par la commission extra-municipale.")
             + m.joomla_contact("/actualites/une-idee-pour-villers", ["Proposition d'aménagement", "Idée d'animation", "Autre suggestion"]),
             {"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites")),
        page("/contact", "Contacter la mairie", m.prose("Mairie de Villers-Maugrin, 1 place de l'Église.") + m.joomla_contact("/contact"),
             {"contact_form"}),
        page("/reservation-salles", "Réserver une salle", m.prose("Salles communales disponibles pour les associations et les particuliers.")
             + m.joomla_booking("/reservation-salles", "Salle des fêtes"), decoys={"contact_form"}),
        page("/agenda/forum-des-associations", "Forum des associations", m.event_box("samedi 6 septembre", "9 h - 13 h", "Gymnase Roger-Vial")
             + m.prose("Inscriptions aux activités sportives et culturelles."), decoys={"forum"}, parent=("Agenda", "/agenda")),
        page("/actualites/appel-d-offres-voirie", "Marché public : travaux de voirie 2025", m.prose(
            "La commune lance un appel d'offres pour ses travaux de voirie 2025. Le dossier de consultation des entreprises est disponible sur la plateforme des marchés publics.",
            "Date limite de remise des offres : 21 février, 12 h."), decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/concours-photo", "Concours photo « Villers en hiver »", m.prose(
            "Envoyez jusqu'à trois photos de la commune sous la neige avant le 31 janvier. Les lauréats seront exposés en mairie.",
            "Règlement disponible à l'accueil."), decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/edito", "Le mot du maire", m.prose(
            "Cette année encore, les conseils de quartier et les jeunes conseillers ont été force de proposition : je les en remercie.",
            "2025 verra l'achèvement de la salle polyvalente et le début de la rénovation de l'école du Bourg.",
            "Je vous souhaite une excellente année."), decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/voisins-vigilants", "Vigilance entre voisins : le protocole signé", m.prose(
            "Le maire a signé avec la gendarmerie le protocole de participation citoyenne.",
            "Des habitants référents volontaires, formés par les gendarmes, alertent la brigade en cas de démarchage suspect ou de cambriolage."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        _ordinary("/actualites/ligne-de-bus-12", "La ligne 12 prolongée", "La ligne 12 dessert désormais la zone artisanale des Verchères.",
                  "Fréquence : un bus toutes les 30 minutes aux heures de pointe."),
        _ordinary("/actualites/vendanges", "Fête des vendanges", "Défilé de chars, pressoir à l'ancienne et bal le samedi soir.",
                  "Programme complet à l'office de tourisme."),
    ]
    www = Site(VM, "joomla", "Villers-Maugrin", pages,
               menu=[("Ma ville", "/ma-ville/conseils-de-quartier"), ("Actualités", "/actualites"), ("Agenda", "/agenda"),
                     ("Forum citoyen", forum + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "villersmaugrin"), social("instagram", "villers_maugrin")],
               address="Mairie, 1 place de l'Église, 69xxx Villers-Maugrin")
    fpages = [
        page("/", "Index du forum", m.phpbb_forumlist([
            ("/viewforum.php?f=2", "Vie des quartiers", "Propreté, voirie, stationnement, animations", 14, 63, "Gilles69"),
            ("/viewforum.php?f=3", "Projets de la commune", "Échanges sur les projets municipaux", 6, 31, "Mairie")])),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topiclist(2, [
            ("/viewtopic.php?t=41", "Stationnement devant l'école du Bourg", "Gilles69", 7),
            ("/viewtopic.php?t=44", "Éclairage de la montée des Balmes", "Claire.R", 3)]), parent=("Index du forum", "/")),
        page("/viewforum.php?f=3", "Projets de la commune", m.phpbb_topiclist(3, [
            ("/viewtopic.php?t=52", "Salle polyvalente : quels usages ?", "Mairie", 12)]), parent=("Index du forum", "/")),
        page("/viewtopic.php?t=41", "Stationnement devant l'école du Bourg", m.phpbb_topic(41, 2, [
            ("Stationnement devant l'école du Bourg", "Gilles69", "lun. 8 sept. 2025 08:14", "Chaque matin des voitures sur le trottoir, les enfants passent sur la route."),
            ("Re: Stationnement devant l'école du Bourg", "Claire.R", "lun. 8 sept. 2025 12:30", "Pareil côté rue des Écoles. Un dépose-minute serait utile."),
            ("Re: Stationnement devant l'école du Bourg", "Mairie", "mar. 9 sept. 2025 10:02", "Le sujet sera traité au prochain conseil de quartier Centre-Bourg.")]),
             parent=("Vie des quartiers", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=44", "Éclairage de la montée des Balmes", m.phpbb_topic(44, 2, [
            ("Éclairage de la montée des Balmes", "Claire.R", "jeu. 11 sept. 2025 21:40", "Deux lampadaires en panne depuis l'été."),
            ("Re: Éclairage de la montée des Balmes", "Jo", "ven. 12 sept. 2025 07:55", "Signalé aussi, toujours rien.")]),
             parent=("Vie des quartiers", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=52", "Salle polyvalente : quels usages ?", m.phpbb_topic(52, 3, [
            ("Salle polyvalente : quels usages ?", "Mairie", "mer. 3 sept. 2025 09:00", "La salle ouvrira en 2026. Quels usages souhaitez-vous ?"),
            ("Re: Salle polyvalente : quels usages ?", "Asso Danse Garon", "mer. 3 sept. 2025 18:20", "Un parquet pour la danse serait idéal.")]),
             parent=("Projets de la commune", "/viewforum.php?f=3")),
    ]
    board = Site(VM_FORUM, "phpbb", "Forum citoyen de Villers-Maugrin", fpages, features=frozenset({"forum"}))
    return City("99024", "Villers-Maugrin", 24_300, "69", "84", "Auvergne-Rhône-Alpes", f"http://{VM}/", [www, board])


# ---------------------------------------------------------------------------------------------------------------
# 99025 Cerlange (Isère): agency CMS (Kosmos manner), a participatory budget under a local brand at each step,
# Publik e-services, and the intercommunality's Drupal site
# ---------------------------------------------------------------------------------------------------------------
CE = "www.cerlange.fr"
CE_DEM = "demarches.cerlange.fr"
CE_AGGLO = "www.agglo-valcerlangeois.fr"


def cerlange():
    dem, agglo = f"http://{CE_DEM}", f"http://{CE_AGGLO}"
    fab = "/participer/cerlange-fabrique"
    news = [("/actualites/appel-a-idees-berges", "Berges de la Gresse : à vous d'imaginer", "15 sept. 2025"),
            ("/actualites/conseil-municipal-synthese", "Conseil municipal : la synthèse", "30 juin 2025"),
            ("/actualites/appel-a-candidatures-saisonniers", "Emplois saisonniers : candidatez", "3 mars 2025"),
            ("/actualites/piscine-ete", "Piscine d'été : horaires", "20 juin 2025"),
            ("/actualites/collecte-biodechets", "Biodéchets : la collecte s'étend", "2 sept. 2025")]
    events = [("/agenda/reunion-publique-gare", "Réunion publique : le pôle d'échanges de la gare", "9 oct. 2025", "Salle Stendhal"),
              ("/agenda/fete-des-lumieres", "Fête des lumières", "8 déc. 2025", "Centre-ville")]
    pages = [
        page("/", "Accueil", _home("Cerlange, ville du Grésivaudan.",
             [("/participer", "Participer"), (fab, "Cerlange Fabrique"), (dem + "/", "Mes démarches"), ("/contact", "Contact"),
              (agglo + "/", "Val Cerlangeois Agglo"), ("/actualites", "Actualités"), ("/agenda", "Agenda")], news[:4], events)),
        page("/actualites", "Actualités", _listing(news, "Actualités")),
        page("/agenda", "Agenda", m.agenda_list(events, "Agenda")),
        page("/participer", "Participer", m.chapo("À Cerlange, la participation des habitants prend plusieurs formes.")
             + m.prose("Les conseils de quartier, composés d'habitants volontaires, sont consultés sur les projets d'aménagement. "
                       "Les grands projets font l'objet d'une concertation préalable avec réunions publiques et ateliers.",
                       "Avec Cerlange Fabrique, les habitants proposent et choisissent des projets financés par la Ville.")
             + m.quick_links([(fab, "Cerlange Fabrique"), ("/agenda/reunion-publique-gare", "Réunion publique de la gare"),
                              (dem + "/petition-citoyenne/", "Le droit de pétition")], "Participer"),
             {"participation_displayed"}),
        page(fab, "Cerlange Fabrique", m.chapo("Le budget participatif de Cerlange : 250 000 € pour vos projets.")
             + m.prose("Cerlange Fabrique revient pour une quatrième saison. Vous habitez ou travaillez à Cerlange et avez plus de 12 ans ? "
                       "Déposez un projet d'intérêt général jusqu'au 30 novembre ; les projets recevables seront soumis au vote au printemps.")
             + m.quick_links([(fab + "/reglement", "Le règlement"), (fab + "/deposer-un-projet", "Déposer un projet"), (fab + "/voter", "Le vote"),
                              (fab + "/laureats-2024", "Les lauréats 2024"), (fab + "/saison-2023", "Saison 2023")], "Cerlange Fabrique"),
             {"participatory_budget"}, parent=("Participer", "/participer")),
        page(fab + "/reglement", "Cerlange Fabrique : le règlement", m.prose(
            "Article 1 — Objet : la Ville consacre chaque année une part de son budget d'investissement à des projets proposés par les habitants.",
            "Article 2 — Qui peut participer : toute personne de plus de 12 ans habitant, travaillant ou étudiant à Cerlange.",
            "Article 3 — Recevabilité : le projet relève des compétences communales, coûte moins de 50 000 € et sert l'intérêt général.",
            "Article 4 — Vote : chaque participant choisit trois projets. Les projets les plus soutenus sont retenus dans la limite de l'enveloppe."),
             {"participatory_budget"}, parent=("Cerlange Fabrique", fab)),
        # the filing step of the budget: an explicit call for projects, with a free-text form sent to the city
        page(fab + "/deposer-un-projet", "Cerlange Fabrique : déposer un projet", m.prose("Décrivez votre projet en quelques lignes. Un agent vous recontactera.")
             + m.vendor_form(fab + "/deposer-un-projet", "depot-projet", [("porteur", "Nom du porteur *", "text"), ("email", "Courriel *", "email"),
                                                                      ("titre", "Titre du projet *", "text"), ("quartier", "Quartier *", "select:Centre|La Gresse|Les Granges|Bonnefond"),
                                                                      ("description", "Description du projet *", "textarea")], "Déposer mon projet", "Mon projet"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Cerlange Fabrique", fab)),
        page(fab + "/voter", "Cerlange Fabrique : le vote", m.prose("Le vote de la saison 4 ouvrira le 1er avril. Voici comment il se déroulera : "
                                                                   "trois voix par personne, en ligne ou dans les urnes des mairies annexes.",
                                                                   "Les 26 projets de la saison 3 restent consultables."),
             {"participatory_budget"}, parent=("Cerlange Fabrique", fab)),
        page(fab + "/laureats-2024", "Cerlange Fabrique : les lauréats 2024", m.prose("3 412 votants ont choisi neuf projets.")
             + m.results_table("Projets lauréats", [("Vergers partagés aux Granges", 17, 580), ("Abri vélos sécurisé à la gare", 14, 478), ("Fresque du skatepark", 11, 375)], 3412),
             {"participatory_budget"}, parent=("Cerlange Fabrique", fab)),
        page(fab + "/saison-2023", "Cerlange Fabrique : saison 2023", m.prose(
            "Pour la saison 2023, 61 projets avaient été déposés et sept réalisés, dont la boîte à dons du marché couvert et les bancs du chemin des Noyers."),
             {"participatory_budget"}, parent=("Cerlange Fabrique", fab)),
        page("/agenda/reunion-publique-gare", "Réunion publique : le pôle d'échanges de la gare", m.event_box("jeudi 9 octobre", "18 h 30", "Salle Stendhal")
             + m.prose("Dans le cadre de la concertation préalable sur le futur pôle d'échanges, la Ville et l'agglomération présentent les scénarios et recueillent l'avis des habitants."),
             {"participation_displayed"}, parent=("Agenda", "/agenda")),
        # a news item whose lead opens a call for ideas, answered through an e-services form
        page("/actualites/appel-a-idees-berges", "Berges de la Gresse : à vous d'imaginer", m.chapo(
            "Promenade, baignade, guinguette ? Proposez vos idées pour les berges de la Gresse jusqu'au 31 octobre.")
             + m.prose(f"<a href=\"{dem}/idees-berges/\">Je propose mon idée</a>", "Les idées seront présentées lors d'un atelier ouvert en novembre."),
             {"suggestion_call"}, parent=("Actualités", "/actualites")),
        # a council summary that names the budget's local brand once: a passing mention
        page("/actualites/conseil-municipal-synthese", "Conseil municipal : la synthèse", m.prose(
            "Le conseil a adopté le budget supplémentaire, l'enveloppe de Cerlange Fabrique pour la saison 4 et la convention avec l'agglomération.",
            "Il a aussi approuvé le compte administratif 2024."),
             decoys={"participation_displayed", "participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/appel-a-candidatures-saisonniers", "Emplois saisonniers : candidatez", m.prose(
            "La Ville recrute des saisonniers pour la piscine et les espaces verts. Envoyez CV et lettre de motivation avant le 15 avril."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        _ordinary("/actualites/piscine-ete", "Piscine d'été : horaires", "Ouverture du 21 juin au 31 août, de 10 h à 19 h.", "Tarif réduit pour les Cerlangeois."),
        _ordinary("/actualites/collecte-biodechets", "Biodéchets : la collecte s'étend", "Les bacs marron arrivent aux Granges et à Bonnefond en septembre.",
                  "Collecte assurée par l'agglomération."),
        _ordinary("/agenda/fete-des-lumieres", "Fête des lumières", "Lampions et spectacle de feu dans les rues du centre le 8 décembre.", "Départ 18 h place Notre-Dame."),
        page("/contact", "Contact", m.prose("Mairie de Cerlange, 10 place Notre-Dame. Tél. 04 76 00 00 00.",
                                            f"Pour écrire à la mairie, utilisez le <a href=\"{dem}/contacter-la-mairie/\">formulaire en ligne</a> "
                                            "ou <a href=\"mailto:mairie@cerlange.fr\">mairie@cerlange.fr</a>."),
             decoys={"contact_form"}),
    ]
    www = Site(CE, "vendor", "Ville de Cerlange", pages,
               menu=[("Participer", "/participer"), ("Actualités", "/actualites"), ("Agenda", "/agenda"), ("Démarches", dem + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeCerlange"), social("linkedin", "ville-de-cerlange")],
               address="10 place Notre-Dame, 38xxx Cerlange")
    dpages = [
        page("/", "Mes démarches", m.quick_links([("/contacter-la-mairie/", "Contacter la mairie"), ("/idees-berges/", "Berges de la Gresse : vos idées"),
                                                   ("/inscription-cantine/", "Inscription à la cantine"), ("/paiement-facture/", "Payer une facture"),
                                                   ("/petition-citoyenne/", "Pétition citoyenne")], "Démarches en ligne")),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", [
            ("Nom", "string"), ("Courriel", "email"), ("Service concerné", "item:Accueil|État civil|Urbanisme|Voirie"), ("Message", "text")], "Envoyer", "Votre demande"),
             {"contact_form"}),
        page("/idees-berges/", "Berges de la Gresse : vos idées", m.prose("Partagez vos envies pour les berges : usages, aménagements, animations.")
             + m.wcs_form("/idees-berges/", [("Nom ou pseudonyme", "string"), ("Courriel", "email"), ("Votre idée", "text")], "Envoyer mon idée", "Votre idée"),
             {"suggestion_call", "contact_form"}),
        page("/inscription-cantine/", "Inscription à la cantine", m.wcs_form("/inscription-cantine/", [
            ("Nom de l'enfant", "string"), ("École", "item:Notre-Dame|La Gresse|Les Granges"), ("Jours", "radio:4 jours|Occasionnel"), ("Date de début", "date")], "Suivant", "Inscription"),
             decoys={"contact_form"}),
        page("/petition-citoyenne/", "Déposer ou signer une pétition citoyenne", m.prose(
            "Droit de pétition : une pétition signée par 1 % des habitants majeurs est inscrite à l'ordre du jour du conseil municipal.",
            "Pétition en cours : « Un passage piéton sécurisé avenue de la Gresse » — 212 signatures.")
             + m.wcs_form("/petition-citoyenne/", [("Pétition", "radio:Je signe la pétition en cours|Je dépose une nouvelle pétition"),
                                                   ("Nom", "string"), ("Courriel", "email"), ("Adresse à Cerlange", "string")], "Valider", "Pétition"),
             {"petition"}),
        page("/paiement-facture/", "Payer une facture", m.wcs_form("/paiement-facture/", [
            ("Référence de la facture", "string"), ("Montant", "string"), ("Courriel pour le reçu", "email")], "Payer", "Paiement"),
             decoys={"contact_form"}),
    ]
    demarches = Site(CE_DEM, "publik", "Cerlange - Mes démarches", dpages, menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/")],
                     address="Mairie de Cerlange")
    apages = [
        page("/", "Accueil", m.prose("Val Cerlangeois Agglo : 14 communes, 72 000 habitants.")
             + m.teasers([("/enquete-deplacements", "Grande enquête déplacements", "1 oct. 2025"), ("/actualites/collecte-dechets", "Collecte des déchets : nouveaux jours", "4 août 2025"),
                          ("/transports/abonnements", "Abonnements bus 2025-2026", "25 août 2025")])),
        page("/enquete-deplacements", "Grande enquête déplacements", m.prose(
            "D'octobre à avril, l'agglomération et l'autorité organisatrice des mobilités réalisent une enquête sur les déplacements des ménages.",
            "Des enquêteurs contacteront par téléphone des ménages tirés au sort. Si vous êtes sollicité, merci de leur réserver le meilleur accueil."),
             decoys={"poll"}),
        _ordinary("/actualites/collecte-dechets", "Collecte des déchets : nouveaux jours", "Les jours de collecte changent le 1er septembre dans six communes.",
                  "Consultez le calendrier de votre commune."),
        _ordinary("/transports/abonnements", "Abonnements bus 2025-2026", "Les abonnements scolaires se prennent en ligne jusqu'au 31 août.",
                  "Tarif solidaire sous condition de ressources."),
    ]
    agglo_site = Site(CE_AGGLO, "drupal", "Val Cerlangeois Agglo", apages, menu=[("Accueil", "/"), ("Transports", "/transports/abonnements")],
                      address="Val Cerlangeois Agglo, 38xxx Cerlange")
    return City("99025", "Cerlange", 33_800, "38", "84", "Auvergne-Rhône-Alpes", f"http://{CE}/", [www, demarches, agglo_site])


# ---------------------------------------------------------------------------------------------------------------
# 99026 Fresnoy-Marcheval (Nord): agency CMS (Inovagora manner), conseil citoyen, youth council, an embedded
# questionnaire from the city's own survey tool
# ---------------------------------------------------------------------------------------------------------------
FM = "www.fresnoy-marcheval.fr"
FM_ENQ = "enquetes.fresnoy-marcheval.fr"


def fresnoy():
    enq = f"http://{FM_ENQ}"
    news = [("/actualites/questionnaire-centre-ville", "Centre-ville : donnez votre avis", "2 juin 2025"),
            ("/actualites/sondage-stationnement-resultats", "Stationnement : les résultats de la consultation", "15 janv. 2025"),
            ("/actualites/jardins-partages-appel", "Jardins partagés : partagez vos idées", "12 mars 2025"),
            ("/actualites/appel-a-projets-culture", "Appel à projets culturels 2026", "1 sept. 2025"),
            ("/actualites/retour-sur-la-saison", "Retour sur une saison riche", "30 juin 2025"),
            ("/actualites/participation-citoyenne", "Participation citoyenne : le dispositif étendu", "8 avril 2025"),
            ("/actualites/plateformes-metropole", "La Métropole lance son espace en ligne", "20 mai 2025"),
            ("/actualites/ramassage-encombrants", "Encombrants : sur rendez-vous", "3 fév. 2025"),
            ("/actualites/braderie", "Braderie de printemps", "10 avril 2025")]
    events = [("/agenda/forum-jobs-ete", "Forum jobs d'été", "22 mars 2025", "Salle Gayant"),
              ("/agenda/ducasse-du-marais", "Ducasse du Marais", "14 juin 2025", "Quartier du Marais")]
    pages = [
        page("/", "Accueil", _home("Fresnoy-Marcheval, au cœur de la Pévèle.",
             [("/vivre-ensemble/conseil-citoyen", "Conseil citoyen"), ("/vivre-ensemble/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
              ("/contact", "Contact"), ("/espace-famille", "Espace famille"), (enq + "/", "Enquêtes en ligne"), ("/actualites", "Actualités"), ("/agenda", "Agenda")],
             news[:4], events)),
        page("/actualites", "Actualités", _listing(news, "Actualités")),
        page("/agenda", "Agenda", m.agenda_list(events, "Agenda")),
        page("/vivre-ensemble/conseil-citoyen", "Le conseil citoyen", m.prose(
            "Créé dans le cadre de la politique de la ville, le conseil citoyen du Marais réunit des habitants tirés au sort et des acteurs locaux.",
            "Il participe au contrat de ville, donne son avis sur les projets de renouvellement urbain et organise des rencontres avec les habitants du quartier.",
            "Il se réunit une fois par mois à la maison de quartier ; ses réunions sont ouvertes."),
             {"participation_displayed"}),
        # a youth council presented by the city as a place where young residents give their opinion
        page("/vivre-ensemble/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Le CMJ rassemble 19 collégiens élus. Il est consulté sur les équipements qui concernent la jeunesse et porte ses propres projets.",
            "Cette année : une boum solidaire et la rénovation du city-stade."),
             {"participation_displayed"}),
        # the questionnaire is served by the city's own survey tool and embedded in the news item
        page("/actualites/questionnaire-centre-ville", "Centre-ville : donnez votre avis", m.chapo(
            "Commerces, stationnement, animations : la Ville lance une consultation sur l'avenir du centre-ville.")
             + m.prose("Répondez au questionnaire ci-dessous avant le 30 juin.")
             + m.embed_iframe(enq + "/index.php/482913?lang=fr", "Questionnaire centre-ville"),
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/sondage-stationnement-resultats", "Stationnement : les résultats de la consultation", m.prose(
            "La consultation sur la zone bleue est close : 688 réponses.")
             + m.results_table("Êtes-vous favorable à une zone bleue rue Faidherbe ?", [("Oui", 54, 372), ("Non", 39, 268), ("Sans avis", 7, 48)], 688),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/jardins-partages-appel", "Jardins partagés : partagez vos idées", m.prose(
            "Un terrain de 2 000 m² rue du Moulin accueillera des jardins partagés. Quelles cultures, quels équipements, quelle organisation ?",
            "Faites-nous part de vos suggestions avec le formulaire ci-dessous jusqu'au 15 avril.")
             + m.vendor_form("/actualites/jardins-partages-appel", "idees-jardins", [("nom", "Nom", "text"), ("email", "Courriel", "email"),
                                                                                   ("suggestion", "Vos suggestions", "textarea")], "Envoyer mes idées"),
             {"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites")),
        page("/actualites/appel-a-projets-culture", "Appel à projets culturels 2026", m.prose(
            "Compagnies et associations : la Ville lance son appel à projets pour la saison culturelle 2026. Aide financière et mise à disposition de salles.",
            "Dossier à déposer avant le 30 novembre."), decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        # a long recap naming a participatory budget in one sentence (the département's, not the city's)
        page("/actualites/retour-sur-la-saison", "Retour sur une saison riche", m.prose(
            "Concerts à la salle Gayant, expositions au musée de la Dentelle, ateliers à la médiathèque : la saison a attiré plus de 9 000 spectateurs.",
            "Le festival des arts de la rue a fêté ses dix ans sous le soleil.",
            "La nouvelle scène mobile a été financée par le budget participatif du Département.",
            "Rendez-vous en septembre pour la présentation de la saison prochaine."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/participation-citoyenne", "Participation citoyenne : le dispositif étendu", m.prose(
            "Le dispositif de participation citoyenne, piloté par la gendarmerie, couvre désormais le quartier du Marais.",
            "Les référents de quartier reçoivent des conseils de prévention et relaient les alertes."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        # names the metropolis's platform; the commune has no space on it
        page("/actualites/plateformes-metropole", "La Métropole lance son espace en ligne", m.prose(
            "La Métropole a ouvert une plateforme Decidim pour ses concertations. Notre commune n'y dispose pas encore d'espace propre.",
            "Nous vous tiendrons informés."), decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        _ordinary("/actualites/ramassage-encombrants", "Encombrants : sur rendez-vous", "Le ramassage des encombrants se fait désormais sur rendez-vous.",
                  "Appelez le numéro vert de la communauté de communes."),
        _ordinary("/actualites/braderie", "Braderie de printemps", "Plus de 300 exposants rue Faidherbe et place du Marché.", "Inscriptions en mairie."),
        page("/agenda/forum-jobs-ete", "Forum jobs d'été", m.event_box("samedi 22 mars", "9 h 30 - 12 h 30", "Salle Gayant")
             + m.prose("Offres d'emplois saisonniers, ateliers CV avec la mission locale."), decoys={"forum"}, parent=("Agenda", "/agenda")),
        _ordinary("/agenda/ducasse-du-marais", "Ducasse du Marais", "Manèges et concours de boules le week-end du 14 juin.", "Buvette tenue par l'amicale laïque."),
        page("/contact", "Contact", m.prose("Mairie de Fresnoy-Marcheval, place du Général-de-Gaulle.")
             + m.vendor_form("/contact", "contact", [("nom", "Nom", "text"), ("prenom", "Prénom", "text"), ("email", "Courriel", "email"),
                                                   ("message", "Message", "textarea")]), {"contact_form"}),
        page("/espace-famille", "Espace famille", m.prose("Inscriptions périscolaires, paiement en ligne.")
             + '<form class="login" action="/espace-famille/connexion" method="post"><label for="ef-id">Identifiant</label><input id="ef-id" name="identifiant">'
               '<label for="ef-pw">Mot de passe</label><input id="ef-pw" type="password" name="motdepasse"><button type="submit">Connexion</button></form>',
             decoys={"contact_form"}),
    ]
    www = Site(FM, "vendor", "Ville de Fresnoy-Marcheval", pages,
               menu=[("Vivre ensemble", "/vivre-ensemble/conseil-citoyen"), ("Actualités", "/actualites"), ("Agenda", "/agenda"), ("Contact", "/contact")],
               accounts=[social("facebook", "FresnoyMarcheval"), social("instagram", "fresnoymarcheval")],
               address="Place du Général-de-Gaulle, 59xxx Fresnoy-Marcheval")
    q = lambda name, label, opts: ('<div class="question-container" id="question' + name + '"><div class="question-title-container"><div class="ls-label-question">'
                                   + label + '</div></div><div class="answer-container"><ul class="answers-list radio-list">'
                                   + "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" name="482913X1X{name}" id="answer482913X1X{name}{i}" value="A{i}">'
                                             f'<label for="answer482913X1X{name}{i}" class="answertext">{o}</label></li>' for i, o in enumerate(opts))
                                   + "</ul></div></div>")
    epages = [
        page("/", "Enquêtes en ligne", m.prose("Les questionnaires de la Ville de Fresnoy-Marcheval.")
             + '<ul class="surveys-list"><li><a href="/index.php/482913?lang=fr">Centre-ville : donnez votre avis</a> (ouvert)</li>'
               '<li><a href="/index.php/277104?lang=fr">Zone bleue rue Faidherbe</a> (clos)</li></ul>'),
        page("/index.php/482913?lang=fr", "Centre-ville : donnez votre avis",
             '<form id="limesurvey" name="limesurvey" action="/index.php/482913" method="post" class="survey-form-container form">'
             '<input type="hidden" name="sid" value="482913"><input type="hidden" name="lastgroup" value="482913X1">'
             + q("11", "À quelle fréquence venez-vous au centre-ville ?", ["Chaque jour", "Chaque semaine", "Rarement"])
             + q("12", "Que manque-t-il au centre-ville ?", ["Des commerces", "Du stationnement", "Des animations", "Des espaces verts"])
             + '<button type="submit" id="ls-button-submit" name="move" value="movesubmit" class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></form>',
             {"poll"}),
        page("/index.php/277104?lang=fr", "Zone bleue rue Faidherbe", '<div class="alert alert-warning">Ce questionnaire n\'est plus actif. '
             'Merci de votre intérêt. Les résultats ont été publiés sur le site de la Ville.</div>', decoys={"poll"}),
    ]
    survey = Site(FM_ENQ, "vendor", "Enquêtes - Fresnoy-Marcheval", epages, address="Mairie de Fresnoy-Marcheval")
    return City("99026", "Fresnoy-Marcheval", 15_600, "59", "32", "Hauts-de-France", f"http://{FM}/", [www, survey])


# ---------------------------------------------------------------------------------------------------------------
# 99027 Baccarelle-sur-Meurthe (Meurthe-et-Moselle): SPIP with article forums, a residents' board, an idea box,
# a tourist office's account and share buttons (no account of its own)
# ---------------------------------------------------------------------------------------------------------------
BA = "www.baccarelle.fr"
BA_OT_FB = "https://www.facebook.com/otbaccarelle"


def baccarelle():
    news = [("/spip.php?article52", "Place du Marché : le projet présenté", "4 mars 2025"),
            ("/spip.php?article53", "Fermeture estivale de la médiathèque", "1 juil. 2025"),
            ("/spip.php?article73", "Les Journées du patrimoine", "10 sept. 2025"),
            ("/spip.php?article81", "Budget 2025 : les chiffres clés", "15 avril 2025"),
            ("/spip.php?article82", "Ligne TER Nancy - Saint-Dié : la mobilisation", "2 mai 2025"),
            ("/spip.php?article90", "Travaux du pont de la Meurthe", "20 août 2025"),
            ("/spip.php?article91", "Déneigement : qui fait quoi ?", "2 déc. 2024")]
    events = [("/spip.php?article41", "Assemblée de quartier du Faubourg", "7 oct. 2025", "Salle Saint-Rémy"),
              ("/spip.php?article83", "Forum des associations", "6 sept. 2025", "Halle des sports"),
              ("/spip.php?article92", "Marché de la Saint-Nicolas", "6 déc. 2025", "Place du Marché")]
    fil = lambda article, title, msgs: m.spip_forum(article, msgs)
    pages = [
        page("/", "Accueil", _home("Bienvenue sur le site de la commune de Baccarelle-sur-Meurthe.",
             [("/spip.php?rubrique5", "Démocratie locale"), ("/spip.php?page=forum-habitants", "Forum des habitants"), ("/spip.php?article70", "Boîte à idées"),
              ("/spip.php?article80", "Contact"), ("/spip.php?article72", "Tourisme"), ("/spip.php?rubrique2", "Actualités"), ("/spip.php?rubrique3", "Agenda")],
             news[:4], events)),
        page("/spip.php?rubrique2", "Actualités", _listing(news, "Articles de la rubrique")),
        page("/spip.php?rubrique3", "Agenda", m.agenda_list(events, "Agenda")),
        page("/spip.php?rubrique5", "Démocratie locale", m.prose(
            "Les comités d'habitants du Faubourg, de la Ville-Haute et de Bellevue se réunissent en assemblée de quartier deux fois par an.",
            "Ouvertes à tous, ces assemblées examinent les projets de la commune et formulent des propositions au conseil municipal.",
            "Le forum des habitants et la boîte à idées complètent ces rencontres.")
             + m.quick_links([("/spip.php?article41", "Prochaine assemblée"), ("/spip.php?page=forum-habitants", "Forum des habitants")], "Voir aussi"),
             {"participation_displayed"}),
        page("/spip.php?article41", "Assemblée de quartier du Faubourg", m.event_box("mardi 7 octobre", "20 h", "Salle Saint-Rémy")
             + m.prose("Le comité d'habitants du Faubourg invite tous les riverains : circulation rue de la Verrerie, fleurissement, questions des habitants."),
             {"participation_displayed"}, parent=("Agenda", "/spip.php?rubrique3")),
        # SPIP's forum under an article is its comment system: comments, not a board
        page("/spip.php?article52", "Place du Marché : le projet présenté", m.prose(
            "Le cabinet d'architectes a présenté l'esquisse de la future place du Marché : plus d'arbres, des terrasses, un stationnement réduit.")
             + fil(52, "", [("Et les places handicapées ?", "5 mars 2025", "Mireille", "Il faudrait garder des places PMR près de la pharmacie."),
                            ("Très bien", "6 mars 2025", "Lucien", "Enfin de l'ombre l'été sur cette place !")]),
             {"comments"}, decoys={"contact_form"}, parent=("Actualités", "/spip.php?rubrique2")),
        page("/spip.php?article53", "Fermeture estivale de la médiathèque", m.prose(
            "La médiathèque sera fermée du 4 au 25 août. Boîte de retour accessible."),
             decoys={"comments"}, parent=("Actualités", "/spip.php?rubrique2")),
        # a board of threads on SPIP: residents open subjects and answer each other
        page("/spip.php?page=forum-habitants", "Forum des habitants", m.prose("Ouvrez un sujet ou répondez aux habitants. Les messages sont modérés a posteriori.")
             + '<ul class="liste-sujets"><li><a href="/spip.php?article61">Les crues de la Meurthe et les jardins</a> — 6 réponses</li>'
               '<li><a href="/spip.php?article62">Covoiturage vers Lunéville</a> — 3 réponses</li></ul>'
             + m.spip_forum(60, [], True), {"forum"}),
        page("/spip.php?article61", "Les crues de la Meurthe et les jardins", m.spip_forum(61, [
            ("Les crues de la Meurthe et les jardins", "12 janv. 2025", "Gérard", "Encore les jardins ouvriers sous l'eau. Qui a des solutions de drainage ?"),
            ("Re: crues", "12 janv. 2025", "Amandine", "Nous avons surélevé nos bacs de 40 cm, ça marche."),
            ("Re: crues", "13 janv. 2025", "Gérard", "Merci, je vais essayer.")]), {"forum"}, parent=("Forum des habitants", "/spip.php?page=forum-habitants")),
        page("/spip.php?article62", "Covoiturage vers Lunéville", m.spip_forum(62, [
            ("Covoiturage vers Lunéville", "3 fév. 2025", "Sonia", "Je cherche un covoiturage le matin vers 7 h 30."),
            ("Re: Covoiturage", "3 fév. 2025", "Marc", "Je passe par la place du Marché à 7 h 20, écrivez-moi.")]),
             {"forum"}, parent=("Forum des habitants", "/spip.php?page=forum-habitants")),
        page("/spip.php?article70", "Boîte à idées", m.prose(
            "Vous avez une idée pour Baccarelle ? Proposez-la ! Les idées reçues sont présentées en assemblée de quartier.")
             + m.spip_formidable(3, "/spip.php?article70", [("nom", "Nom", "input"), ("email", "Courriel", "email"),
                                                            ("theme", "Thème", "radio:Cadre de vie|Animations|Solidarité|Autre"), ("idee", "Votre idée", "textarea")], "Proposer"),
             {"suggestion_call", "contact_form"}),
        # the tourist office's page on a social platform is a third party's account
        page("/spip.php?article72", "Tourisme", m.prose(
            "L'office de tourisme du Pays de la Meurthe vous accueille rue Gambetta.",
            f"Suivez ses bons plans sur <a href=\"{BA_OT_FB}\">sa page Facebook</a>."),
             decoys={"social_account"}),
        page("/spip.php?article73", "Les Journées du patrimoine", m.prose(
            "Visites de la verrerie, de l'église Saint-Rémy et du moulin les 20 et 21 septembre.")
             + m.share_buttons(f"http://{BA}/spip.php?article73"), decoys={"social_account"}, parent=("Actualités", "/spip.php?rubrique2")),
        page("/spip.php?article80", "Contact", m.prose("Mairie de Baccarelle-sur-Meurthe, 3 rue de la République.") + m.spip_contact("/spip.php?article80", 80),
             {"contact_form"}),
        page("/spip.php?article81", "Budget 2025 : les chiffres clés", m.prose(
            "Le budget primitif 2025 s'établit à 9,4 M€. Les taux communaux restent inchangés.",
            "Principal investissement : la réfection du pont de la Meurthe."), decoys={"participatory_budget"}, parent=("Actualités", "/spip.php?rubrique2")),
        page("/spip.php?article82", "Ligne TER Nancy - Saint-Dié : la mobilisation", m.prose(
            "Le conseil municipal soutient le maintien des dessertes. Une pétition nationale sur les lignes régionales circule sur "
            "<a href=\"https://www.mesopinions.com/petition/politique/sauvons-petites-lignes/00000\">mesopinions.com</a>."),
             decoys={"petition"}, parent=("Actualités", "/spip.php?rubrique2")),
        page("/spip.php?article83", "Forum des associations", m.event_box("samedi 6 septembre", "14 h - 18 h", "Halle des sports")
             + m.prose("Rencontrez les associations de la commune."), decoys={"forum"}, parent=("Agenda", "/spip.php?rubrique3")),
        _ordinary("/spip.php?article90", "Travaux du pont de la Meurthe", "Le pont est fermé aux poids lourds pendant les travaux d'étanchéité.",
                  "Déviation par Azerailles."),
        _ordinary("/spip.php?article91", "Déneigement : qui fait quoi ?", "Les services techniques déneigent les axes prioritaires dès 5 h.",
                  "Les riverains doivent dégager le trottoir devant chez eux."),
        _ordinary("/spip.php?article92", "Marché de la Saint-Nicolas", "Artisans, pain d'épices et défilé de saint Nicolas à 17 h.", "Place du Marché."),
    ]
    www = Site(BA, "spip", "Baccarelle-sur-Meurthe", pages,
               menu=[("Démocratie locale", "/spip.php?rubrique5"), ("Actualités", "/spip.php?rubrique2"), ("Agenda", "/spip.php?rubrique3"), ("Contact", "/spip.php?article80")],
               address="Mairie, 3 rue de la République, 54xxx Baccarelle-sur-Meurthe")
    return City("99027", "Baccarelle-sur-Meurthe", 16_200, "54", "44", "Grand Est", f"http://{BA}/", [www], decoy_accounts=(BA_OT_FB,))


# ---------------------------------------------------------------------------------------------------------------
# 99028 Chavagnieu (Ain): agency CMS (Ametys manner), a poll service, an idea-budget under a local brand and a
# neighbours' network on the city's domain
# ---------------------------------------------------------------------------------------------------------------
CH = "www.chavagnieu.fr"
CH_VOIS = "entre-voisins.chavagnieu.fr"


def chavagnieu():
    vois = f"http://{CH_VOIS}"
    idee = "/ma-ville/jai-une-idee"
    news = [("/actualites/question-du-mois", "La question du mois : les rythmes de la médiathèque", "1 oct. 2025"),
            ("/actualites/resultats-question-du-mois", "Résultats : la question de septembre", "30 sept. 2025"),
            ("/actualites/ami-commerces", "Appel à manifestation d'intérêt : cellules commerciales", "5 sept. 2025"),
            ("/actualites/conseil-municipal-budget", "Conseil municipal : décisions budgétaires", "3 juil. 2025"),
            ("/actualites/rentree-culturelle", "Rentrée culturelle à l'Ellipse", "8 sept. 2025"),
            ("/actualites/travaux-rd1084", "RD 1084 : travaux de nuit", "16 sept. 2025"),
            ("/actualites/vogue", "La vogue revient", "25 août 2025")]
    events = [("/agenda/comite-consultatif-mobilites", "Comité consultatif des mobilités", "14 oct. 2025", "Mairie"),
              ("/agenda/marche-des-producteurs", "Marché des producteurs", "18 oct. 2025", "Place de la Halle")]
    poll = m.ametys_poll(9, "Souhaitez-vous une ouverture de la médiathèque le dimanche ?", ["Oui", "Non", "Un dimanche par mois"])
    pages = [
        page("/", "Accueil", _home("Chavagnieu, entre Dombes et Côtière.",
             [("/ma-ville/democratie-participative", "Démocratie participative"), (idee, "J'ai une idée pour Chavagnieu"), ("/ma-ville/entre-voisins", "Entre voisins"),
              ("/contact", "Contact"), ("/billetterie", "Billetterie"), ("/actualites", "Actualités"), ("/agenda", "Agenda")], news[:4], events)),
        page("/actualites", "Actualités", _listing(news, "Actualités")),
        page("/agenda", "Agenda", m.agenda_list(events, "Agenda")),
        page("/ma-ville/democratie-participative", "Démocratie participative", m.prose(
            "Comités consultatifs thématiques, réunions de quartier, budget « J'ai une idée » : la Ville associe les Chavagnolans à ses choix.",
            "Un adjoint est délégué à la démocratie participative et à la vie des quartiers.")
             + m.quick_links([("/ma-ville/comites-consultatifs", "Les comités consultatifs"), (idee, "J'ai une idée pour Chavagnieu"), ("/ma-ville/entre-voisins", "Entre voisins")], "Participer"),
             {"participation_displayed"}),
        page("/ma-ville/comites-consultatifs", "Les comités consultatifs", m.prose(
            "Quatre comités consultatifs (mobilités, environnement, culture, solidarités) associent habitants volontaires et élus.",
            "Ils sont saisis des projets municipaux et peuvent s'autosaisir. Candidatures ouvertes toute l'année à l'accueil de la mairie."),
             {"participation_displayed"}, parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        page("/agenda/comite-consultatif-mobilites", "Comité consultatif des mobilités", m.event_box("mardi 14 octobre", "18 h 30", "Mairie, salle du conseil")
             + m.prose("Séance ouverte au public : plan de circulation du centre et pistes cyclables vers la gare."),
             {"participation_displayed"}, parent=("Agenda", "/agenda")),
        page("/actualites/question-du-mois", "La question du mois : les rythmes de la médiathèque", m.with_sidebar(
            m.prose("La médiathèque L'Ellipse pourrait ouvrir le dimanche après-midi. Qu'en pensez-vous ? Votez dans la colonne de droite."), poll),
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/resultats-question-du-mois", "Résultats : la question de septembre", m.prose(
            "La question de septembre portait sur l'éclairage du stade. Le vote est clos.")
             + m.results_table("Faut-il éclairer le stade le soir ?", [("Oui", 47, 203), ("Non", 53, 229)], 432),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        # the budget's filing step is open: the page calls for ideas and presents the budget
        page(idee, "J'ai une idée pour Chavagnieu", m.chapo("Le budget participatif de Chavagnieu, saison 2 : 120 000 €.")
             + m.prose("Du 1er octobre au 15 décembre, déposez vos idées pour la ville. Les idées réalisables seront soumises au vote des habitants en mars.",
                       f"<a href=\"{idee}/formulaire\">Déposer mon idée</a> · <a href=\"{idee}/edition-2023\">La première saison</a>"),
             {"participatory_budget", "suggestion_call"}, parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        page(idee + "/formulaire", "Déposer mon idée", m.vendor_form(idee + "/formulaire", "jai-une-idee", [
            ("nom", "Nom", "text"), ("email", "Courriel", "email"), ("lieu", "Lieu concerné", "text"), ("idee", "Mon idée", "textarea")], "Envoyer mon idée"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("J'ai une idée pour Chavagnieu", idee)),
        page(idee + "/edition-2023", "J'ai une idée : la première saison", m.prose(
            "En 2023, 1 870 habitants ont voté pour 5 projets : un composteur collectif, une boîte à dons, des agrès au parc, une fresque, un verger.")
             + m.results_table("Projets retenus", [("Verger de la Côtière", 24, 449), ("Composteur collectif", 21, 393), ("Agrès au parc", 19, 355)], 1870),
             {"participatory_budget"}, parent=("J'ai une idée pour Chavagnieu", idee)),
        # the city's page presenting the neighbours' network it opened, with the link to join
        page("/ma-ville/entre-voisins", "Entre voisins", m.prose(
            "La Ville a ouvert « Entre voisins », un réseau social de quartier réservé aux habitants de Chavagnieu : entraide, prêt d'objets, covoiturage, événements.",
            f"<a href=\"{vois}/\">Je m'inscris sur Entre voisins</a>"), {"territorial_social_network"}),
        page("/actualites/ami-commerces", "Appel à manifestation d'intérêt : cellules commerciales", m.prose(
            "La Ville lance un appel à manifestation d'intérêt pour l'installation de commerçants dans deux cellules de la rue de la Halle.",
            "Dossiers attendus avant le 31 octobre."), decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        # a council summary that names the idea-budget once: a passing mention
        page("/actualites/conseil-municipal-budget", "Conseil municipal : décisions budgétaires", m.prose(
            "Décision modificative n° 1, subventions exceptionnelles, tarifs de la restauration scolaire.",
            "Le conseil a aussi voté la reconduction de J'ai une idée pour une saison 2."),
             decoys={"participatory_budget", "participation_displayed"}, parent=("Actualités", "/actualites")),
        _ordinary("/actualites/rentree-culturelle", "Rentrée culturelle à l'Ellipse", "Théâtre, concerts et ciné-goûters : la saison démarre le 27 septembre.",
                  "Abonnements en vente à l'accueil et en ligne."),
        _ordinary("/actualites/travaux-rd1084", "RD 1084 : travaux de nuit", "Le Département renouvelle l'enrobé de la RD 1084 de nuit du 22 au 26 septembre.",
                  "Déviation balisée."),
        _ordinary("/actualites/vogue", "La vogue revient", "Manèges et feu d'artifice du 5 au 7 septembre.", "Organisation : le comité des fêtes."),
        _ordinary("/agenda/marche-des-producteurs", "Marché des producteurs", "Producteurs de la Dombes place de la Halle, de 8 h à 13 h.", "Animation musicale."),
        page("/contact", "Contact", m.prose("Mairie de Chavagnieu, 1 place de la Halle.")
             + m.vendor_form("/contact", "contact", [("nom", "Nom", "text"), ("email", "Courriel", "email"), ("objet", "Objet", "text"), ("message", "Message", "textarea")]),
             {"contact_form"}),
        page("/billetterie", "Billetterie de l'Ellipse", m.prose("Réservez et payez vos places en ligne.")
             + m.vendor_form("/billetterie/panier", "billetterie", [("spectacle", "Spectacle", "select:Les Fourberies (27/09)|Quatuor Dombes (11/10)"),
                                                                  ("places", "Nombre de places", "text"), ("email", "Courriel pour les billets", "email")], "Payer"),
             decoys={"contact_form"}),
    ]
    www = Site(CH, "vendor", "Ville de Chavagnieu", pages,
               menu=[("Ma ville", "/ma-ville/democratie-participative"), ("Actualités", "/actualites"), ("Agenda", "/agenda"), ("Contact", "/contact")],
               accounts=[social("facebook", "chavagnieu"), social("mastodon", "chavagnieu@piaille.fr")],
               address="1 place de la Halle, 01xxx Chavagnieu")
    vpages = [
        page("/", "Entre voisins - Chavagnieu", m.community_feed([
            ("Hélène, Les Tilleuls", "Prêt d'objets", "il y a 1 h", "Je prête une remorque de vélo à qui en a besoin.", 2),
            ("Arnaud, Centre", "Événement", "hier", "Fête des voisins impasse des Saules samedi 18 h !", 9)])
             + '<ul class="groups"><li><a href="/groupes/bourg">Le Bourg</a></li><li><a href="/groupes/cotiere">La Côtière</a></li></ul>'),
        page("/groupes/bourg", "Groupe Le Bourg", m.community_feed([("Nadia", "Entraide", "mardi", "Qui peut garder mon chat pendant les vacances ?", 4)])),
        page("/groupes/cotiere", "Groupe La Côtière", m.community_feed([("Raymond", "Alerte", "ce matin", "Chemin des vignes glissant après l'orage, prudence.", 1)])),
    ]
    vsite = Site(CH_VOIS, "community", "Entre voisins - Chavagnieu", vpages, menu=[("Fil", "/"), ("Le Bourg", "/groupes/bourg")],
                 features=frozenset({"territorial_social_network"}))
    return City("99028", "Chavagnieu", 19_500, "01", "84", "Auvergne-Rhône-Alpes", f"http://{CH}/", [www, vsite])


def cities():
    return [montcorbeil(), hautrive(), sarrelange(), villers(), cerlange(), fresnoy(), baccarelle(), chavagnieu()]


def hosts():
    return {}
