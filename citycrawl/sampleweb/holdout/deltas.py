"""Holdout, twenty-fourth part: eight large communes (INSEE 99351-99358) with their métropole, mairies de
secteur, e-services portal and participation platforms (Decidim, CONSUL Democracy, Cap Collectif, Go Vocal,
Fluicity, a Make.org widget, a white-label space drawn by a script), home-made and plugin polls, petitions on
the city's site, neighbours' networks, boards, comment sections, and the lookalikes real sites hold."""
import json
import re
from dataclasses import replace
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import deltas_markup as m

_HREF = re.compile(r"""href=["'](/[^"'#]*)["']""")


def _index(pages, heading="Toutes les rubriques"):
    """Link every page no other page links to from the home page (the mega-menu of a city portal)."""
    linked = {h for p in pages for h in _HREF.findall(p.body)}
    missing = [p for p in pages if p.path != "/" and p.path not in linked]
    if not missing:
        return pages
    nav = m.links(heading, [(escape(p.path), escape(p.title)) for p in missing], "mega-menu")
    return [replace(p, body=p.body + nav) if p.path == "/" else p for p in pages]


def _site(host, theme, title, pages, **kw):
    return Site(host, theme, title, _index(pages), **kw)


# =============================================================================================================
# 99351 Ambrevanne: Drupal portal with mairies de secteur, a Decidim space, the métropole on TYPO3
# =============================================================================================================

AMB = "www.ambrevanne.fr"
AMB_DEC = "participer.ambrevanne.fr"
AMB_MET = "www.ambrevanne-metropole.fr"


def ambrevanne() -> City:
    dec = f"http://{AMB_DEC}"
    news = [("/actualites/tramway-rive-gauche", "Tramway : les travaux reprennent rive gauche", "12 mars", "Déviations de bus jusqu'en juin."),
            ("/actualites/fete-des-quais", "La fête des quais revient", "8 mars", "Trois jours de concerts au bord de l'eau."),
            ("/actualites/bilan-mandat", "Mi-mandat : ce qui a été fait", "2 mars", "Écoles, pistes cyclables, quartiers."),
            ("/budget-participatif", "Budget participatif : à vous de déposer", "28 février", "Jusqu'au 15 avril.")]
    pages = [
        page("/", "Accueil", m.home("Ville d'Ambrevanne, au confluent de la Vive et de l'Arbonne.",
             [("/demarches", "Démarches"), ("/democratie-locale", "Participer"), ("/mairies-de-secteur", "Mairies de secteur"),
              ("/conseil-municipal", "Conseil municipal"), ("/contact", "Contact"), ("/budget/budget-primitif-2025", "Budget de la ville"),
              ("/marches-publics", "Marchés publics"), ("/newsletter", "Lettre d'info")], news,
             [("15 mars", "/conseil-municipal", "Séance du conseil municipal", "Hôtel de ville"),
              ("20 mars", "/democratie-locale/conseils-de-quartier/rive-gauche", "Plénière du conseil de quartier Rive gauche", "Maison Colette"),
              ("22 mars", "/enquete-publique-plu", "Permanence du commissaire enquêteur", "Mairie du secteur 2")])),
        page("/demarches", "Démarches en ligne", m.prose(
            "La plupart des démarches se font sur le portail des services en ligne : état civil, inscriptions scolaires, "
            "stationnement résident.", "Pour toute question, un formulaire est à votre disposition.")
             + m.links("Les plus demandées", [("/contact", "Écrire à la mairie"), ("/recensement", "Recensement de la population"),
                                               ("/newsletter", "S'abonner à la lettre d'information")])),
        page("/democratie-locale", "Démocratie locale", m.prose(
            "La Ville associe les Ambrevannais aux décisions qui les concernent : 14 conseils de quartier, des conseils citoyens "
            "dans les quartiers prioritaires, une convention citoyenne pour le climat et un budget participatif annuel.",
            "La charte de la participation adoptée en 2021 fixe les engagements de la municipalité : informer en amont, "
            "rendre compte des avis, publier les suites données.",
            f"Toutes les démarches en ligne sont rassemblées sur la plateforme <a href='{dec}/'>participer.ambrevanne.fr</a>.")
             + m.links("Les instances", [("/democratie-locale/conseils-de-quartier", "Les conseils de quartier"),
                                         ("/democratie-locale/charte", "La charte de la participation"),
                                         ("/budget-participatif", "Le budget participatif"),
                                         (f"{dec}/processes/convention-climat", "La convention citoyenne pour le climat")]),
             {"participation_displayed"}),
        page("/democratie-locale/charte", "Charte de la participation", m.prose(
            "Adoptée par le conseil municipal, la charte engage la Ville à consulter les habitants avant tout projet d'aménagement "
            "important, à motiver ses choix et à publier une réponse à chaque avis des conseils de quartier.",
            "Un comité de suivi, composé d'habitants tirés au sort et d'élus, évalue chaque année son application."),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chaque quartier dispose d'un conseil ouvert à tous les habitants de plus de 16 ans. Il se réunit en plénière trois fois par an, "
            "travaille en commissions (cadre de vie, mobilités, animation) et rend des avis au maire d'arrondissement.",
            "Pour rejoindre votre conseil de quartier, inscrivez-vous auprès de votre mairie de secteur.")
             + m.links("Quelques conseils", [("/democratie-locale/conseils-de-quartier/rive-gauche", "Rive gauche"),
                                              (f"{dec}/assemblies/conseil-quartier-rive-gauche", "Espace en ligne du conseil Rive gauche")]),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/conseils-de-quartier/rive-gauche", "Conseil de quartier Rive gauche", m.prose(
            "Prochaine plénière le jeudi 20 mars à 18 h 30, Maison Colette : aménagement des berges, sécurité aux abords du collège.",
            "Le compte rendu de la précédente séance et les avis rendus sont disponibles ci-dessous."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/democratie-locale/conseils-de-quartier")),
        page("/mairies-de-secteur", "Les mairies de secteur", m.prose(
            "Ambrevanne compte quatre secteurs, chacun doté d'une mairie annexe avec ses élus et ses services de proximité : "
            "état civil, inscriptions, prêt de salles.")
             + m.links("Choisir un secteur", [("/mairies-de-secteur/secteur-2", "Secteur 2 : Confluent - Saint-Roch"),
                                               ("/mairies-de-secteur/secteur-3", "Secteur 3 : Les Hauts"),
                                               ("/mairies-de-secteur/secteur-3/boite-a-idees", "Boîte à idées du secteur 3")])),
        page("/mairies-de-secteur/secteur-2", "Mairie du secteur 2", m.prose(
            "Place Saint-Roch, ouverte du lundi au vendredi de 8 h 45 à 17 h.",
            "Le maire de secteur réunit chaque trimestre une assemblée des habitants du secteur pour faire le point sur les "
            "travaux et recueillir les demandes : la prochaine aura lieu le 3 avril au gymnase Jean-Zay.",
            "Les conseils de quartier Confluent et Saint-Roch y tiennent leurs permanences le premier samedi du mois."),
             {"participation_displayed"}, parent=("Mairies de secteur", "/mairies-de-secteur")),
        # administrative page of a secteur: opening hours and council agenda, no participation
        page("/mairies-de-secteur/secteur-3", "Mairie du secteur 3", m.prose(
            "Rue des Glycines, ouverte du lundi au samedi matin.",
            "Le conseil d'arrondissement se réunit le 27 mars : ordre du jour, subventions aux associations, dénomination d'une voie.")
             + m.links("Services", [("/mairies-de-secteur/secteur-3/boite-a-idees", "Boîte à idées"), ("/demarches", "Démarches")]),
             decoys={"participation_displayed"}, parent=("Mairies de secteur", "/mairies-de-secteur")),
        page("/mairies-de-secteur/secteur-3/boite-a-idees", "Boîte à idées du secteur 3", m.prose(
            "Une idée pour votre rue, votre square, la vie du secteur ? Déposez-la ici : l'équipe de la mairie de secteur "
            "répond à chaque proposition sous un mois.")
             + m.webform("/mairies-de-secteur/secteur-3/boite-a-idees", "boite_a_idees",
                         (("nom", "Nom", "text"), ("courriel", "Courriel", "email"), ("quartier", "Quartier", "text")),
                         ("idee", "Votre idée")),
             {"suggestion_call", "contact_form"}, parent=("Mairie du secteur 3", "/mairies-de-secteur/secteur-3")),
        # the city page announcing the filing step and sending residents to the platform to file their projects
        page("/budget-participatif", "Budget participatif 2025", m.prose(
            "4 millions d'euros pour des projets imaginés par les habitants. Chacun, dès 11 ans, peut déposer un projet "
            "d'investissement d'intérêt général jusqu'au 15 avril, puis voter en septembre.",
            f"Le dépôt se fait sur la plateforme : <a href='{dec}/processes/budget-participatif-2025'>je dépose mon projet</a>.",
            f"<a href='{dec}/processes/bp-2023'>Découvrir les lauréats de l'édition 2023</a>"),
             {"participatory_budget", "suggestion_call"}),
        page("/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit environ huit fois par an. Les séances sont publiques et retransmises en direct.",
            "Ordre du jour de la séance du 15 mars : budget primitif 2025, tarifs de la restauration scolaire, "
            "convention avec la métropole pour la voirie.")
             + m.links("Documents", [("/conseil-municipal/seance-2025-01", "Procès-verbal de la séance du 27 janvier")]),
             decoys={"participation_displayed"}),
        page("/conseil-municipal/seance-2025-01", "Procès-verbal du conseil municipal du 27 janvier", m.prose(
            "Présents : 52 conseillers. Délibération 2025-04 : débat d'orientation budgétaire. Délibération 2025-07 : "
            "règlement du budget participatif, adopté à l'unanimité. Délibération 2025-09 : subvention à l'office de tourisme.",
            "La séance est levée à 22 h 40."),
             decoys={"participation_displayed", "participatory_budget"}, parent=("Conseil municipal", "/conseil-municipal")),
        page("/budget/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'élève à 612 millions d'euros, dont 148 millions d'investissement. Les taux de fiscalité "
            "restent inchangés.", "Documents : rapport de présentation, maquette budgétaire, compte administratif 2023."),
             decoys={"participatory_budget"}),
        page("/marches-publics", "Marchés publics", m.prose(
            "Les appels d'offres de la Ville sont publiés sur la plateforme des marchés publics. Consultation en cours : "
            "entretien des espaces verts du secteur 4, date limite de remise des offres le 2 avril.",
            "Appel à candidatures : occupation temporaire du kiosque du parc de la Tête d'Or-Vive."),
             decoys={"suggestion_call"}),
        page("/enquete-publique-plu", "Enquête publique : modification du PLU", m.prose(
            "Une enquête publique sur la modification n°3 du plan local d'urbanisme se tient du 3 au 31 mars. "
            "Le dossier est consultable en mairie et le registre dématérialisé reçoit les observations.",
            "Le commissaire enquêteur tient des permanences dans chaque mairie de secteur."),
             decoys={"poll", "participation_displayed"}),
        page("/recensement", "Recensement de la population", m.prose(
            "Comme chaque année, l'Insee recense une partie des logements de la ville du 16 janvier au 22 février. "
            "Un agent recenseur muni d'une carte officielle vous remet vos codes pour répondre en ligne.",
            "Le questionnaire est confidentiel et obligatoire."), decoys={"poll"}),
        page("/contact", "Nous contacter", m.prose("Hôtel de ville, 1 place de la Confluence. Standard : 04 76 00 00 00.")
             + m.webform("/contact"), {"contact_form"}),
        page("/newsletter", "Lettre d'information", m.prose("Recevez chaque vendredi l'essentiel de l'actualité municipale.")
             + m.newsletter("/newsletter"), decoys={"contact_form"}),
        # a news item naming the participatory budget and the conseils de quartier in passing
        page("/actualites/bilan-mandat", "Mi-mandat : ce qui a été fait", m.prose(
            "Trois écoles rénovées, 40 km de pistes cyclables, deux parcs ouverts. Le maire a aussi salué le travail des "
            "conseils de quartier et rappelé que le budget participatif a financé 61 projets depuis 2021.")
             + m.share(f"http://{AMB}/actualites/bilan-mandat"),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/actualites/tramway-rive-gauche", "Tramway : les travaux reprennent rive gauche", m.prose(
            "Les travaux de la ligne E reprennent le 17 mars entre le pont Neuf et la place des Tanneurs.",
            f"La métropole a organisé la concertation sur le tracé : <a href='http://{AMB_MET}/concertations/ligne-e'>le bilan de la concertation</a>.")
             + m.share(f"http://{AMB}/actualites/tramway-rive-gauche")),
        page("/actualites/fete-des-quais", "La fête des quais revient", m.prose(
            "Concerts, guinguettes et joutes nautiques du 20 au 22 juin sur les quais de la Vive.",
            "Retrouvez le programme complet sur le site de l'office de tourisme.")),
    ]
    www = _site(AMB, "drupal", "Ville d'Ambrevanne", pages,
                menu=[("Démarches", "/demarches"), ("Participer", "/democratie-locale"), ("Mairies de secteur", "/mairies-de-secteur"),
                      ("Conseil municipal", "/conseil-municipal"), ("Métropole", f"http://{AMB_MET}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleAmbrevanne"), social("instagram", "ambrevanne_ville"),
                          social("linkedin", "ville-d-ambrevanne"), social("bluesky", "ambrevanne.fr")],
                address="Hôtel de ville, 1 place de la Confluence, 38900 Ambrevanne")

    proposals = [(f"/processes/budget-participatif-2025/f/40/proposals/{n}", t, meta) for n, t, meta in (
        (812, "Des fontaines à eau dans les squares du secteur 1", "Secteur 1 · 14 commentaires"),
        (815, "Un abri vélos sécurisé près de la gare", "Secteur 2 · 6 commentaires"),
        (823, "Végétaliser la cour de l'école Pasteur", "Secteur 3 · 21 commentaires"))]
    dpages = [
        page("/", "Participer à Ambrevanne", m.prose("La plateforme de participation de la Ville d'Ambrevanne.")
             + m.decidim_cards([("/processes/budget-participatif-2025", "Budget participatif 2025", "Phase : dépôt des projets"),
                                ("/processes/plan-velo", "Plan vélo : votre avis", "Phase : questionnaire"),
                                ("/processes/convention-climat", "Convention citoyenne pour le climat", "Phase : délibération")])
             + m.links("Espaces", [("/processes", "Processus"), ("/assemblies", "Assemblées"), ("/initiatives", "Initiatives citoyennes")]),
             {"participation_displayed"}),
        page("/processes", "Processus participatifs", m.decidim_cards(
            [("/processes/budget-participatif-2025", "Budget participatif 2025", "Jusqu'au 15 avril"),
             ("/processes/plan-velo", "Plan vélo", "Jusqu'au 30 avril"), ("/processes/convention-climat", "Convention citoyenne pour le climat", "En cours"),
             ("/processes/bp-2023", "Budget participatif 2023", "Terminé")]), {"participation_displayed"}),
        page("/processes/budget-participatif-2025", "Budget participatif 2025", m.decidim_phase(
            ["Dépôt des projets", "Analyse", "Vote", "Résultats"], 0) + m.prose(
            "Déposez votre projet jusqu'au 15 avril. Les services vérifient la faisabilité, puis les projets retenus sont soumis au vote.")
             + m.links("Composantes", [("/processes/budget-participatif-2025/f/40/proposals", "Projets déposés"),
                                        ("/processes/budget-participatif-2025/f/41/budgets", "Vote (à partir de septembre)")]),
             {"participatory_budget", "suggestion_call"}, platforms={"decidim"}),
        page("/processes/budget-participatif-2025/f/40/proposals", "Projets déposés", m.prose(
            "<a class='button button__sm button__secondary' href='/processes/budget-participatif-2025/f/40/proposals/new'>Déposer un projet</a>")
             + m.decidim_list(proposals), {"participatory_budget", "suggestion_call"}),
        page("/processes/budget-participatif-2025/f/40/proposals/new", "Déposer un projet", m.prose(
            "Connectez-vous pour déposer votre projet. Il doit relever des compétences de la Ville et coûter moins de 300 000 €.")
             + '<form class="new_proposal form" action="/processes/budget-participatif-2025/f/40/proposals" method="post">'
               '<label for="proposal_title">Titre</label><input type="text" id="proposal_title" name="proposal[title]" maxlength="150" />'
               '<label for="proposal_body">Description</label><textarea id="proposal_body" name="proposal[body]" rows="8"></textarea>'
               '<label for="proposal_address">Adresse</label><input type="text" id="proposal_address" name="proposal[address]" />'
               '<button type="submit" class="button button__lg button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}),
        page(proposals[0][0], "Des fontaines à eau dans les squares du secteur 1", m.prose(
            "Installer quatre fontaines à boire dans les squares Vauban, Lamartine, des Mariniers et du Lavoir. Coût estimé : 60 000 €.")
             + m.decidim_comments(812, [("Nadia B.", "4 mars", "Très bonne idée, surtout pour les enfants l'été."),
                                        ("Pierre-Alain", "5 mars", "Et au square des Tilleuls ?")])
             + m.share(f"{dec}{proposals[0][0]}"),
             {"participatory_budget", "comments"}, decoys={"social_account"}),
        page(proposals[1][0], "Un abri vélos sécurisé près de la gare", m.prose(
            "Un abri fermé de 40 places, accessible avec la carte de transport.")
             + m.decidim_comments(815, [("Hugo", "9 mars", "Indispensable, trois vélos volés dans ma rue cette année.")]),
             {"participatory_budget", "comments"}),
        page(proposals[2][0], "Végétaliser la cour de l'école Pasteur", m.prose(
            "Remplacer une partie de l'enrobé par des plantations et un jardin pédagogique.")
             + m.decidim_comments(823, [("Parents d'élèves Pasteur", "1 mars", "Nous soutenons ce projet porté avec l'équipe enseignante.")]),
             {"participatory_budget", "comments"}),
        # the voting component before the vote opens: the budget is announced, nothing to answer yet
        page("/processes/budget-participatif-2025/f/41/budgets", "Vote du budget participatif", m.prose(
            "Le vote ouvrira le 8 septembre. Vous pourrez choisir vos projets dans la limite de l'enveloppe de votre secteur."),
             {"participatory_budget"}),
        # a past edition's winners: the participatory budget the city runs, nothing to answer any more
        page("/processes/bp-2023", "Budget participatif 2023 : les résultats", m.prose(
            "18 412 votants ont choisi 27 projets lauréats, pour 3,8 millions d'euros.")
             + m.decidim_list([("/processes/bp-2023", "Un terrain de basket 3x3 aux Hauts", "Lauréat · 2 104 votes"),
                               ("/processes/bp-2023", "Des bancs le long de la Vive", "Lauréat · 1 877 votes")], "results"),
             {"participatory_budget"}),
        page("/processes/plan-velo", "Plan vélo : votre avis", m.prose(
            "La Ville prépare son plan vélo 2026-2032. Répondez au questionnaire avant le 30 avril.",
            "<a href='/processes/plan-velo/f/52/'>Répondre au questionnaire</a>"), {"participation_displayed"}),
        page("/processes/plan-velo/f/52/", "Questionnaire : le vélo à Ambrevanne", m.decidim_survey(
            "/processes/plan-velo/f/52/answer", [("À quelle fréquence circulez-vous à vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
                                                 ("Qu'est-ce qui vous freine ?", ["Sécurité", "Stationnement", "Relief", "Rien"])]), {"poll"}),
        page("/processes/convention-climat", "Convention citoyenne pour le climat", m.prose(
            "80 habitants tirés au sort se réunissent pendant six week-ends pour formuler des propositions sur l'adaptation de la ville "
            "au réchauffement. Leurs travaux, les auditions et le rapport final sont publiés ici."), {"participation_displayed"}),
        page("/assemblies", "Assemblées", m.decidim_cards(
            [("/assemblies/conseil-quartier-rive-gauche", "Conseil de quartier Rive gauche", "42 membres"),
             ("/assemblies/conseils-citoyens", "Conseils citoyens", "4 conseils")], "assembly"), {"participation_displayed"}),
        page("/assemblies/conseil-quartier-rive-gauche", "Conseil de quartier Rive gauche", m.prose(
            "Espace en ligne du conseil de quartier : ordres du jour, comptes rendus, rencontres à venir.")
             + '<div class="meeting-list"><a class="card__list" href="/assemblies/conseil-quartier-rive-gauche">Plénière du 20 mars - Maison Colette</a></div>',
             {"participation_displayed"}),
        page("/assemblies/conseils-citoyens", "Conseils citoyens", m.prose(
            "Les conseils citoyens des quartiers prioritaires associent habitants et acteurs locaux au contrat de ville."),
             {"participation_displayed"}),
        page("/initiatives", "Initiatives citoyennes", m.prose(
            "Le droit d'initiative permet à tout habitant de proposer une pétition : à 1 500 signatures, elle est inscrite à l'ordre du jour du conseil municipal.",
            "<a class='button' href='/create_initiative/select_initiative_type'>Lancer une initiative</a>")
             + m.decidim_list([("/initiatives/i-14", "Rouvrir les bains-douches de la rue Mercière", "1 042 signatures")], "initiatives"),
             {"petition"}),
        page("/initiatives/i-14", "Rouvrir les bains-douches de la rue Mercière", m.prose(
            "Nous demandons la réouverture de l'établissement fermé en 2019.")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span>1 042 / 1 500 signatures</span></div>'
               '<form action="/initiatives/i-14/initiative_signatures" method="post" class="button_to"><button type="submit" class="button button__lg button__secondary">Signer</button></form></div>',
             {"petition"}),
        page("/create_initiative/select_initiative_type", "Lancer une initiative", m.prose(
            "Choisissez le type d'initiative : pétition au conseil municipal, ou demande de consultation de quartier. Connexion requise."),
             {"petition"}),
    ]
    decidim = Site(AMB_DEC, "decidim", "Participer à Ambrevanne", _index(dpages),
                   menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies"), ("Initiatives", "/initiatives")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))

    mpages = [
        page("/", "Ambrevanne Métropole", m.home("32 communes, un territoire.",
             [("/concertations", "Concertations"), ("/appel-a-projets-economie-circulaire", "Appels à projets"), ("/contact", "Contact"),
              ("/dechets", "Déchets"), ("/enquete-publique-scot", "Enquêtes publiques"), ("/transports", "Transports")],
             [("/concertations/ligne-e", "Ligne E : le bilan de la concertation", "5 mars", "Plus de 2 000 contributions.")], banner=False)),
        page("/concertations", "Concertations", m.prose(
            "La Métropole organise des concertations préalables sur ses grands projets : réunions publiques, ateliers, registres.")
             + m.links("En cours et passées", [("/concertations/ligne-e", "Ligne de tramway E")]), {"participation_displayed"}),
        page("/concertations/ligne-e", "Concertation : ligne de tramway E", m.prose(
            "La concertation préalable s'est tenue d'octobre à décembre : 6 réunions publiques, 3 ateliers, 2 140 contributions.",
            "Le bilan arrêté par le conseil métropolitain précise les modifications de tracé retenues."), {"participation_displayed"}),
        page("/enquete-publique-scot", "Enquête publique sur la révision du SCoT", m.prose(
            "L'enquête publique relative à la révision du schéma de cohérence territoriale se déroule du 10 mars au 11 avril. "
            "Les observations peuvent être consignées sur les registres ou adressées au président de la commission d'enquête."),
             decoys={"poll", "suggestion_call"}),
        page("/appel-a-projets-economie-circulaire", "Appel à projets économie circulaire", m.prose(
            "Entreprises et associations : la Métropole subventionne jusqu'à 50 000 € des projets de réemploi. "
            "Dossiers de candidature à déposer avant le 30 mai."), decoys={"suggestion_call"}),
        page("/dechets", "Collecte des déchets", m.prose("Calendrier de collecte, déchèteries, composteurs : tout savoir par commune.")),
        page("/transports", "Transports", m.prose("Réseau de bus et de tramway, parkings relais, vélos en libre-service.")),
        page("/contact", "Contact", m.prose("Une question sur une compétence métropolitaine ?")
             + m.powermail("/contact", 3, [("nom", "Nom", "input", ()), ("email", "Courriel", "email", ()),
                                            ("commune", "Commune", "input", ()), ("message", "Message", "textarea", ())]),
             {"contact_form"}),
    ]
    metro = _site(AMB_MET, "typo3", "Ambrevanne Métropole", mpages,
                  menu=[("Accueil", "/"), ("Concertations", "/concertations"), ("Contact", "/contact")],
                  accounts=[social("linkedin", "ambrevanne-metropole")], address="Ambrevanne Métropole, 20 rue du Lac")
    return City("99351", "Ambrevanne", 284_300, "38", "84", "Auvergne-Rhône-Alpes", f"http://{AMB}/", [www, decidim, metro])


# =============================================================================================================
# 99352 Sorgueval: WordPress, right of petition on the city's site, WP-Polls, CONSUL Democracy
# =============================================================================================================

SOR = "www.sorgueval.fr"
SOR_CONSUL = "decide.sorgueval.fr"


def sorgueval() -> City:
    c = f"http://{SOR_CONSUL}"
    poll = m.wp_polls(12, "Le marché nocturne de l'été : quel soir ?", ["Mardi", "Jeudi", "Vendredi"])
    news = [("/actualites/marche-nocturne", "Un marché nocturne cet été", "10 mars", "Donnez votre avis sur le jour."),
            ("/actualites/travaux-place-du-griffon", "Place du Griffon : les travaux commencent", "6 mars", "Fin prévue en octobre."),
            ("/actualites/resultats-sondage-plage", "Plage urbaine : les résultats", "1er mars", "Merci aux 1 120 votants."),
            ("/actualites/ligne-ter", "Ligne TER : la Ville se mobilise", "26 février", "Motion votée au conseil.")]
    pages = [
        page("/", "Accueil", m.home("Bienvenue à Sorgueval, ville d'art et d'histoire.",
             [("/sorgueval-ensemble", "Sorgueval Ensemble"), ("/sorgueval-ensemble/petitions", "Pétitions"), ("/contact", "Contact"),
              ("/vie-associative/forum-des-associations", "Forum des associations"), ("/emploi/forum-emploi", "Forum de l'emploi"),
              ("/securite/participation-citoyenne", "Tranquillité publique"), ("/newsletter", "Newsletter"), ("/office-de-tourisme", "Tourisme")],
             news, [("5 avril", "/sorgueval-ensemble/comites-de-quartier", "Comité de quartier Les Arènes", "Salle Daudet")])
             + m.aside(m.prose("En ce moment sur <a href='" + c + "/'>decide.sorgueval.fr</a> : le budget participatif et un débat sur les terrasses."), poll),
             {"poll"}),
        # the city's participation approach under a local brand name
        page("/sorgueval-ensemble", "Sorgueval Ensemble", m.prose(
            "Sorgueval Ensemble, c'est la démarche de la municipalité pour construire la ville avec ses habitants : comités de quartier, "
            "réunions publiques, droit de pétition et plateforme de débat en ligne.",
            f"Débattre, proposer, voter : rendez-vous sur <a href='{c}/'>decide.sorgueval.fr</a>.")
             + m.links("Participer", [("/sorgueval-ensemble/comites-de-quartier", "Comités de quartier"),
                                      ("/sorgueval-ensemble/petitions", "Droit de pétition")]), {"participation_displayed"}),
        page("/sorgueval-ensemble/comites-de-quartier", "Les comités de quartier", m.prose(
            "Sept comités de quartier réunissent habitants, commerçants et associations avec l'élu de secteur. "
            "Ils se retrouvent en réunion publique chaque trimestre et disposent d'une enveloppe pour de petits aménagements.",
            "Prochaine réunion : comité Les Arènes, le 5 avril à 18 h, salle Daudet."), {"participation_displayed"}),
        page("/sorgueval-ensemble/petitions", "Le droit de pétition", m.prose(
            "Tout Sorguevalais de plus de 16 ans peut lancer une pétition sur une question relevant de la commune. "
            "Si elle recueille 1 000 signatures en six mois, le conseil municipal en débat.",
            "<a href='/sorgueval-ensemble/petitions/deposer'>Déposer une pétition</a>")
             + m.links("Pétitions en cours", [("/sorgueval-ensemble/petitions/piste-cyclable-avenue-jaures", "Une piste cyclable avenue Jaurès")]),
             {"petition"}),
        # a petition is filed through a plain contact form: both a way to start a petition and a message to the city
        page("/sorgueval-ensemble/petitions/deposer", "Déposer une pétition", m.cf7("/sorgueval-ensemble/petitions/deposer/", 530),
             {"petition", "contact_form"}),
        page("/sorgueval-ensemble/petitions/piste-cyclable-avenue-jaures", "Pétition : une piste cyclable avenue Jaurès", m.prose(
            "Déposée par le collectif Jaurès à vélo le 12 janvier.")
             + m.petition_sign("/sorgueval-ensemble/petitions/piste-cyclable-avenue-jaures/signer", "Une piste cyclable avenue Jaurès", 684, 1000),
             {"petition"}),
        page("/actualites/marche-nocturne", "Un marché nocturne cet été", m.aside(m.prose(
            "De juillet à août, producteurs et artisans s'installeront sur les allées Paul-Riquet un soir par semaine.",
            "Quel soir vous conviendrait le mieux ? Votez dans le sondage."), poll), {"poll"}),
        page("/actualites/resultats-sondage-plage", "Plage urbaine : les résultats", m.prose("Le sondage est terminé.")
             + m.wp_polls_results(9, "Faut-il reconduire la plage urbaine ?", [("Oui", 71, 795), ("Non", 22, 246), ("Sans avis", 7, 79)], 1120),
             decoys={"poll"}),
        page("/actualites/travaux-place-du-griffon", "Place du Griffon : les travaux commencent", m.prose(
            "Les travaux de réaménagement de la place commencent le 17 mars. Le stationnement sera interdit côté fontaine.")
             + m.wp_comments([("Mireille", "7 mars", "Et les terrasses des cafés pendant le chantier ?"),
                              ("Ville de Sorgueval", "8 mars", "Elles restent ouvertes, un passage piéton est maintenu.")], 2201),
             {"comments"}),
        page("/actualites/ligne-ter", "Ligne TER : la Ville se mobilise", m.prose(
            "Le conseil municipal a voté une motion pour le maintien des dessertes.",
            "Une pétition nationale sur les trains régionaux circule aussi : "
            "<a href='https://www.change.org/p/non-a-la-suppression-des-trains-regionaux'>signer sur change.org</a>.")
             + m.wp_comments([], 2202, open_=False), decoys={"petition", "comments"}),
        page("/vie-associative/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations se tient le samedi 6 septembre au parc des expositions : 180 stands, démonstrations, inscriptions."),
             decoys={"forum"}),
        page("/emploi/forum-emploi", "Forum de l'emploi saisonnier", m.prose(
            "Rencontrez les employeurs du tourisme et de l'agriculture le 19 mars à la halle. Apportez votre CV."), decoys={"forum"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le dispositif « Participation citoyenne », signé avec la gendarmerie et la préfecture, associe des habitants référents "
            "à la prévention des cambriolages dans leur quartier.", "Pour devenir référent, adressez-vous à la police municipale."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, place de l'Horloge.") + m.cf7("/contact/", 412), {"contact_form"}),
        page("/newsletter", "Newsletter", m.newsletter("/newsletter/", "mc4wp"), decoys={"contact_form"}),
        page("/office-de-tourisme", "Office de tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille place de l'Horloge. Suivez-le sur "
            "<a href='https://www.instagram.com/sorguevaltourisme'>Instagram</a> et "
            "<a href='https://www.facebook.com/SorguevalTourisme'>Facebook</a>."), decoys={"social_account"}),
    ]
    www = _site(SOR, "wordpress", "Ville de Sorgueval", pages,
                menu=[("Accueil", "/"), ("Sorgueval Ensemble", "/sorgueval-ensemble"), ("Décider", f"{c}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeSorgueval"), social("x", "Sorgueval"), social("youtube", "villedesorgueval")],
                address="Hôtel de ville, place de l'Horloge, 30200 Sorgueval")

    debates = [(27, "/debates/27", "Faut-il piétonniser la rue des Teinturiers le week-end ?", "34 commentaires"),
               (31, "/debates/31", "Quelle place pour les trottinettes ?", "12 commentaires")]
    cpages = [
        page("/", "Decide Sorgueval", m.prose("Débattez, proposez, votez : la plateforme citoyenne de Sorgueval.")
             + m.links("Participer", [("/debates", "Débats"), ("/proposals", "Propositions"), ("/polls", "Votations"), ("/budgets", "Budget participatif")])),
        # CONSUL debates: residents open a thread, others answer below it
        page("/debates", "Débats", m.prose("<a class='button' href='/debates/new'>Ouvrir un débat</a>")
             + m.consul_items("debate", debates), {"forum"}),
        page("/debates/27", "Faut-il piétonniser la rue des Teinturiers le week-end ?", m.prose(
            "Le samedi, la rue est saturée. Une piétonnisation de 10 h à 19 h changerait la vie des commerçants et des promeneurs.")
             + m.consul_comments(27, [("Lucien", "il y a 2 jours", "Oui, mais il faut garder l'accès livraisons le matin."),
                                      ("Samia", "il y a 1 jour", "Les riverains doivent pouvoir rentrer chez eux.")]),
             {"forum", "comments"}),
        page("/debates/31", "Quelle place pour les trottinettes ?", m.prose("Stationnement anarchique, vitesse sur les trottoirs : quelles règles ?")
             + m.consul_comments(31, [("Marc", "il y a 5 jours", "Des emplacements dédiés devant la gare.")]), {"forum", "comments"}),
        page("/debates/new", "Ouvrir un débat", m.prose("Vous devez vous connecter pour ouvrir un débat."), decoys={"forum"}),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Proposez une idée pour Sorgueval. Si elle réunit le soutien de 2 % des habitants, elle est soumise au vote de tous.",
            "<a class='button' href='/proposals/new'>Créer une proposition</a>")
             + m.consul_items("proposal", [(58, "/proposals/58", "Un cinéma en plein air aux Arènes", "8 commentaires")]),
             {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", m.prose("Connectez-vous pour créer une proposition citoyenne."), {"suggestion_call"}),
        page("/proposals/58", "Un cinéma en plein air aux Arènes", m.prose("Quatre séances gratuites l'été, films choisis par les habitants.")
             + m.consul_comments(58, [("Élodie", "il y a 3 jours", "Avec des films en VO une fois sur deux !")]),
             {"suggestion_call", "comments"}),
        page("/polls", "Votations", m.prose("Votations en cours et terminées.")
             + m.links("Votations", [("/polls/4", "Nom du futur parc des Moulins (en cours)"), ("/polls/2/results", "Horaires de la médiathèque (terminée)")])),
        page("/polls/4", "Nom du futur parc des Moulins", '<div class="poll-question" id="poll_question_11"><h3>Quel nom pour le parc ?</h3>'
             '<div class="poll-question-answers">' + "".join(
                 f'<form class="button_to" method="post" action="/polls/4/questions/11/answer"><input type="hidden" name="answer" value="{a}" /><button class="button secondary answer" type="submit">{a}</button></form>'
                 for a in ("Parc des Moulins", "Parc Lucie-Aubrac", "Jardin de la Sorgue")) + '</div></div>'
             + m.prose("Vote ouvert jusqu'au 30 avril aux habitants inscrits et vérifiés."), {"poll"}),
        page("/polls/2/results", "Résultats : horaires de la médiathèque", m.prose(
            "Votation terminée le 15 janvier. 2 310 participants.")
             + '<table class="poll-results"><tr><th>Ouverture le dimanche</th><td>64 %</td></tr><tr><th>Ouverture le lundi</th><td>36 %</td></tr></table>',
             decoys={"poll"}),
        page("/budgets", "Budget participatif", m.prose(
            "Sorgueval consacre 1,2 million d'euros par an à des projets proposés et choisis par les habitants.")
             + m.links("Éditions", [("/budgets/3", "Budget participatif 2025 (vote)"), ("/budgets/2/results", "Budget participatif 2024 : résultats")]),
             {"participatory_budget"}),
        page("/budgets/3", "Budget participatif 2025", m.prose(
            "Phase de vote : choisissez vos projets jusqu'au 31 mai, dans la limite de 1 200 000 €.",
            "<a href='/budgets/3/investments'>Voir les projets et voter</a>"), {"participatory_budget"}),
        page("/budgets/3/investments", "Projets soumis au vote", m.consul_items("budget-investment", [
            (71, "/budgets/3/investments", "Ombrières sur la cour de l'école Daudet", "85 000 €"),
            (72, "/budgets/3/investments", "Un skatepark aux Arènes", "140 000 €")])
             + '<div class="ballot"><h3>Mon vote</h3><p>Vous avez dépensé 0 € sur 1 200 000 €.</p></div>', {"participatory_budget"}),
        page("/budgets/2/results", "Budget participatif 2024 : résultats", m.prose(
            "14 projets lauréats, 4 870 votants. Réalisations en cours : jardins partagés, éclairage du stade, boîtes à livres."),
             {"participatory_budget"}),
    ]
    consul = Site(SOR_CONSUL, "consul", "Decide Sorgueval", _index(cpages),
                  menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls"), ("Budgets participatifs", "/budgets")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return City("99352", "Sorgueval", 158_900, "30", "76", "Occitanie", f"http://{SOR}/", [www, consul],
                decoy_accounts=("https://www.instagram.com/sorguevaltourisme", "https://www.facebook.com/sorguevaltourisme"))


# =============================================================================================================
# 99353 Port-Mérande: SPIP site (.bzh), SPIP forums under articles, Cap Collectif for "Mérande en projets"
# =============================================================================================================

PME = "www.port-merande.bzh"
PME_CAPCO = "portmerande.cap-collectif.com"


def port_merande() -> City:
    cap = f"http://{PME_CAPCO}"
    news = [("/Le-marche-couvert-renove", "Le marché couvert rénové", "14 mars", "Réouverture le 22 mars."),
            ("/Assises-de-la-mer", "Assises de la mer : inscrivez-vous", "9 mars", "Trois soirées de débat."),
            ("/Forum-du-nautisme", "Forum du nautisme", "3 mars", "Clubs et chantiers navals."),
            ("/Merande-en-projets", "Mérande en projets : c'est parti", "27 février", "Déposez vos idées.")]
    pages = [
        page("/", "Accueil", m.home("Port-Mérande / Porzh-Meranda, ville maritime du Finistère.",
             [("/Democratie-participative", "Participer"), ("/Merande-en-projets", "Mérande en projets"), ("/Nous-contacter", "Contact"),
              ("/Budget-primitif-2025", "Finances"), ("/Conseil-municipal-du-10-fevrier", "Conseil municipal"),
              ("/Questionnaire-mobilites", "Questionnaire mobilités"), ("/Appel-a-candidatures-saison-culturelle", "Appels à candidatures"),
              ("/Piscine-resultats-du-sondage", "Piscine")], news,
             [("18 mars", "/Conseils-de-quartier", "Conseil de quartier Kerlann", "Maison de quartier")], banner=False)),
        page("/Democratie-participative", "Démocratie participative", m.prose(
            "Conseils de quartier, assises, budget participatif : la Ville de Port-Mérande fait le choix de décider avec ses habitants.",
            "L'adjointe à la démocratie participative et la mission « Participation » accompagnent chaque démarche.")
             + m.links("Dans cette rubrique", [("/Conseils-de-quartier", "Les conseils de quartier"), ("/Assises-de-la-mer", "Les assises de la mer"),
                                                ("/Merande-en-projets", "Mérande en projets, le budget participatif")]),
             {"participation_displayed"}),
        page("/Conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Six conseils de quartier, composés d'habitants volontaires et tirés au sort, se réunissent tous les deux mois. "
            "Ils sont consultés sur les aménagements et peuvent saisir le conseil municipal.",
            "Prochaine séance : Kerlann, mardi 18 mars à 18 h 30 à la maison de quartier."), {"participation_displayed"}),
        page("/Assises-de-la-mer", "Les assises de la mer", m.prose(
            "Pêcheurs, plaisanciers, habitants et associations sont invités à trois soirées de débat public sur l'avenir du port "
            "et du littoral, les 2, 9 et 16 avril.", "Les propositions issues des ateliers seront présentées au conseil municipal de juin."),
             {"participation_displayed"}),
        page("/Merande-en-projets", "Mérande en projets, le budget participatif", m.prose(
            "Mérande en projets, c'est 500 000 € chaque année pour réaliser les idées des habitants. Dépôt des idées jusqu'au 30 avril, "
            "vote en octobre.", f"Tout se passe sur <a href='{cap}/'>la plateforme participative</a>.",
            "<a href='/Merande-en-projets-le-reglement'>Lire le règlement</a>"), {"participatory_budget", "suggestion_call"}),
        page("/Merande-en-projets-le-reglement", "Mérande en projets : le règlement", m.prose(
            "Article 2 - Qui peut proposer ? Toute personne résidant à Port-Mérande, sans condition d'âge.",
            "Article 5 - Les projets relèvent de l'investissement, des compétences communales, et ne dépassent pas 80 000 €.",
            "Article 8 - Le vote se fait en ligne et dans les urnes des mairies annexes ; chaque votant choisit trois projets."),
             {"participatory_budget"}),
        page("/Le-marche-couvert-renove", "Le marché couvert rénové", m.prose(
            "Après dix-huit mois de travaux, les halles rouvrent le 22 mars avec 24 étals et une terrasse.")
             + m.spip_forum(128, [("Enfin !", "Gwenaëlle", "15 mars", "Hâte de retrouver le poissonnier."),
                                  ("Stationnement", "Yann", "16 mars", "Où se garer le samedi matin ?")]), {"comments"}),
        page("/Forum-du-nautisme", "Forum du nautisme", m.prose(
            "Le forum du nautisme réunit clubs, écoles de voile et chantiers navals le 12 avril sur le quai Duguay."), decoys={"forum"}),
        page("/Questionnaire-mobilites", "Questionnaire : vos déplacements", m.prose(
            "La Ville prépare son plan de mobilité. Répondez en cinq minutes au questionnaire en ligne, ouvert jusqu'au 15 mai.")
             + m.iframe("https://framaforms.org/mobilites-port-merande-1712345678", "Questionnaire mobilités"), {"poll"}),
        page("/Piscine-resultats-du-sondage", "Piscine : les résultats du sondage", m.prose(
            "Vous avez été 860 à répondre au sondage sur les horaires de la piscine. 58 % souhaitent une ouverture à 7 h en semaine ; "
            "elle sera mise en place à la rentrée."), decoys={"poll"}),
        page("/Appel-a-candidatures-saison-culturelle", "Appel à candidatures : saison culturelle", m.prose(
            "Artistes et compagnies : la Ville lance un appel à candidatures pour des résidences à l'espace Glenmor. Dossier avant le 30 avril."),
             decoys={"suggestion_call"}),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget 2025 s'équilibre à 168 millions d'euros. Principales dépenses d'équipement : digue du Moulin-Blanc, groupe scolaire de Kerlann."),
             decoys={"participatory_budget"}),
        page("/Conseil-municipal-du-10-fevrier", "Conseil municipal du 10 février", m.prose(
            "Ordre du jour : orientations budgétaires, tarifs du port de plaisance, désignation des représentants au conseil portuaire.",
            "Relevé des décisions disponible en PDF."), decoys={"participation_displayed"}),
        page("/Nous-contacter", "Nous contacter", m.prose("Mairie de Port-Mérande, 2 rue de Siam.") + m.spip_contact("spip.php?page=contact"),
             {"contact_form"}),
        # an article naming the platform; its link to the space is the city home page's, not this page's
        page("/Cap-Collectif-retenu", "Une nouvelle plateforme pour participer", m.prose(
            "Le conseil municipal a retenu la solution Cap Collectif pour la plateforme participative de la Ville, après une consultation de trois prestataires."),
             decoys={"participatory_platform"}),
    ]
    www = _site(PME, "spip", "Port-Mérande", pages,
                menu=[("Accueil", "/"), ("Participer", "/Democratie-participative"), ("Contact", "/Nous-contacter")],
                accounts=[social("facebook", "PortMerande"), social("mastodon", "portmerande@mastodon.bzh")],
                address="Mairie, 2 rue de Siam, 29200 Port-Mérande")

    slug = "merande-en-projets-2025"
    steps = [("presentation", "presentation-1", "Présentation", "mars"), ("collect", "deposez-vos-idees", "Dépôt des idées", "1er mars - 30 avril"),
             ("selection", "vote", "Vote", "1er - 31 octobre")]
    props = [(301, f"/projects/{slug}/collect/deposez-vos-idees/proposals/boites-a-livres", "Des boîtes à livres dans chaque quartier", "Soizic L.", 87),
             (305, f"/projects/{slug}/collect/deposez-vos-idees/proposals/pontons-baignade", "Un ponton de baignade à la plage du Dellec", "Asso Dellec", 142)]
    kpages = [
        page("/", "Port-Mérande participe", m.prose("La plateforme de participation citoyenne de Port-Mérande.")
             + m.links("Projets", [(f"/project/{slug}/presentation/presentation-1", "Mérande en projets 2025"),
                                   ("/project/consultation-port/consultation/consultation", "Consultation : l'avenir du port"),
                                   ("/project/merande-en-projets-2023/selection/laureats", "Mérande en projets 2023")])),
        page(f"/project/{slug}/presentation/presentation-1", "Mérande en projets 2025", m.capco_steps(slug, steps, 0) + m.prose(
            "Proposez vos idées pour la ville, puis votez pour vos préférées en octobre."), {"participatory_budget"}),
        page(f"/project/{slug}/collect/deposez-vos-idees", "Dépôt des idées", m.capco_steps(slug, steps, 1)
             + '<button class="btn btn-primary" id="add-proposal">Déposer une idée</button>' + m.capco_proposals(props),
             {"participatory_budget", "suggestion_call"}),
        page(props[0][1], "Des boîtes à livres dans chaque quartier", m.prose("Installer huit boîtes à livres fabriquées par le lycée professionnel.")
             + '<section class="opinion__comments" id="comments"><h2>Commentaires</h2><div class="comment" id="comment-1">Super idée ! — Loïc</div>'
               '<form class="comment-form" action="/comments" method="post"><textarea name="body" placeholder="Écrire un commentaire"></textarea>'
               '<input type="text" name="authorName" placeholder="Nom" /><input type="email" name="authorEmail" placeholder="Courriel" />'
               '<button type="submit">Commenter</button></form></section>' + m.share(f"{cap}{props[0][1]}"),
             {"participatory_budget", "comments"}, decoys={"social_account"}),
        page(props[1][1], "Un ponton de baignade à la plage du Dellec", m.prose("Un ponton flottant l'été, démonté l'hiver."),
             {"participatory_budget"}),
        page(f"/project/{slug}/selection/vote", "Vote", m.capco_steps(slug, steps, 2) + m.prose("Le vote ouvrira le 1er octobre."),
             {"participatory_budget"}),
        page("/project/merande-en-projets-2023/selection/laureats", "Mérande en projets 2023 : les lauréats", m.prose(
            "11 projets lauréats sur 74 déposés. 3 150 votants.") + m.capco_proposals(
            [(201, "/project/merande-en-projets-2023/selection/laureats", "Un terrain multisport à Kerlann", "Conseil de quartier Kerlann", 612)]),
             {"participatory_budget"}),
        # a Cap Collectif consultation: residents vote for or against each proposal, an open poll on the port's future
        page("/project/consultation-port/consultation/consultation", "Consultation : l'avenir du port", m.prose(
            "Donnez votre avis sur les orientations du futur schéma portuaire : votez pour ou contre chaque proposition et argumentez.")
             + '<ul class="opinion-list"><li class="opinion"><a href="/project/consultation-port/consultation/consultation">Réserver un quai à la pêche côtière</a> '
               '<span class="opinion__votes">124 d\'accord · 18 pas d\'accord</span> <button class="btn">D\'accord</button><button class="btn">Pas d\'accord</button></li></ul>',
             {"participation_displayed", "poll"}),
    ]
    capco = Site(PME_CAPCO, "capcollectif", "Port-Mérande participe", _index(kpages), menu=[("Accueil", "/"), ("Projets", "/")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    return City("99353", "Port-Mérande", 121_400, "29", "53", "Bretagne", f"http://{PME}/", [www, capco])


# =============================================================================================================
# 99354 Lavallys: Joomla portal, Publik e-services (contact form and the forms that are not), Go Vocal, a
# neighbours' network
# =============================================================================================================

LAV = "www.lavallys.fr"
LAV_GRU = "demarches.lavallys.fr"
LAV_GV = "lavallys.govocal.com"
LAV_NET = "voisins.lavallys.fr"


def lavallys() -> City:
    gru, gv, net = f"http://{LAV_GRU}", f"http://{LAV_GV}", f"http://{LAV_NET}"
    news = [("/actualites/carnaval", "Carnaval : le programme", "11 mars", "Défilé le 29 mars."),
            ("/actualites/voeux-du-maire", "Vœux du maire : les projets 2025", "15 janvier", "Piscine, écoles, quartiers."),
            ("/actualites/reseaux-sociaux", "Suivez la ville sur les réseaux", "8 janvier", "Nos comptes officiels.")]
    pages = [
        page("/", "Accueil", m.home("Ville de Lavallys.",
             [(f"{gru}/", "Mes démarches"), ("/ma-ville/democratie-de-proximite", "Démocratie de proximité"), ("/ma-ville/reseau-voisins", "Réseau de voisins"),
              ("/contact", "Contact"), (f"{gv}/fr-FR/", "Lavallys Demain"), ("/ma-ville/conseils-citoyens", "Conseils citoyens"),
              ("/newsletter", "Newsletter"), ("/recrutement", "Offres d'emploi")], news)),
        page("/ma-ville/democratie-de-proximite", "Démocratie de proximité", m.prose(
            "Rencontres de quartier avec le maire, conseils citoyens, ateliers de concertation : la Ville donne la parole aux habitants.",
            f"Depuis 2024, la plateforme <a href='{gv}/fr-FR/'>Lavallys Demain</a> permet de proposer des idées et de voter pour le budget citoyen."),
             {"participation_displayed"}),
        page("/ma-ville/conseils-citoyens", "Conseils citoyens", m.prose(
            "Dans les quartiers de la politique de la ville (Les Épinettes, Pont-Rouge), les conseils citoyens réunissent habitants "
            "et associations. Ils participent au pilotage du contrat de ville."), {"participation_displayed"}),
        page("/ma-ville/reseau-voisins", "Le réseau social de vos voisins", m.prose(
            "Entraide, prêt d'objets, covoiturage, informations du quartier : la Ville met à disposition de tous les habitants "
            f"un réseau social de proximité, <a href='{net}/'>Voisins Lavallys</a>. Inscription gratuite avec une adresse à Lavallys."),
             {"territorial_social_network"}),
        page("/actualites/voeux-du-maire", "Vœux du maire : les projets 2025", m.prose(
            "Le maire a présenté les projets de l'année : rénovation de la piscine, extension de l'école Condorcet, "
            "et une deuxième édition du budget citoyen, « dont les habitants se sont emparés ».")
             + m.share(f"http://{LAV}/actualites/voeux-du-maire"), decoys={"participatory_budget", "participation_displayed"}),
        page("/actualites/reseaux-sociaux", "Suivez la ville sur les réseaux", m.prose(
            "Retrouvez l'actualité de Lavallys sur nos comptes officiels : "
            "<a href='https://www.facebook.com/VilleDeLavallys'>Facebook</a>, <a href='https://www.instagram.com/lavallys'>Instagram</a>."),
             {"social_account"}, decoys={"territorial_social_network"}),
        page("/actualites/carnaval", "Carnaval : le programme", m.prose("Défilé des écoles le samedi 29 mars, départ 14 h place Jean-Jaurès.")),
        page("/contact", "Contact", m.prose("Mairie de Lavallys, 1 place de l'Hôtel-de-Ville.") + m.joomla_contact(1), {"contact_form"}),
        page("/newsletter", "Newsletter", '<div class="acymailing_module" id="acymailing_module_formAcymailing1"><form id="formAcymailing1" action="/index.php?option=com_acym&amp;ctrl=frontusers" method="post" name="formAcymailing1">'
             '<input id="user_email_formAcymailing1" type="email" name="user[email]" placeholder="Votre e-mail" /><input type="submit" class="button subbutton btn btn-primary" value="S\'abonner" name="Submit" />'
             '<input type="hidden" name="ctrl" value="frontusers" /><input type="hidden" name="task" value="notask" /></form></div>', decoys={"contact_form"}),
        # a job application form: no free-text message, a job call is not a call for ideas
        page("/recrutement", "Offres d'emploi", m.prose(
            "La Ville recrute : animateur périscolaire, agent des espaces verts. Candidature (CV et lettre) en ligne.")
             + m.vendor_form("/recrutement", [("nom", "Nom", "text"), ("email", "Courriel", "email"), ("cv", "CV", "file")], "Postuler", "form-candidature"),
             decoys={"contact_form", "suggestion_call"}),
    ]
    www = _site(LAV, "joomla", "Ville de Lavallys", pages,
                menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/democratie-de-proximite"), ("Démarches", f"{gru}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeLavallys"), social("instagram", "lavallys"), social("tiktok", "villedelavallys")],
                address="Mairie, 1 place de l'Hôtel-de-Ville, 59800 Lavallys")

    gpages = [
        page("/", "Mes démarches", m.prose("Le portail des démarches en ligne de la Ville de Lavallys.")
             + m.links("Démarches", [("/contact/", "Écrire à la mairie"), ("/signalement-voirie/", "Signaler un problème sur la voie publique"),
                                     ("/boite-a-idees/", "Boîte à idées"), ("/reservation-salle/", "Réserver une salle"),
                                     ("/inscription-cantine/", "Inscription à la cantine"), ("/paiement-facture/", "Payer une facture")])),
        page("/contact/", "Écrire à la mairie", m.publik_form("/contact/", [("string", "Nom"), ("string", "Prénom"), ("email", "Courriel"),
                                                                          ("string", "Objet de votre demande"), ("text", "Votre message")]),
             {"contact_form"}),
        # a report form is a free-text message to the city's services
        page("/signalement-voirie/", "Signaler un problème sur la voie publique", m.publik_form(
            "/signalement-voirie/", [("string", "Adresse ou lieu"), ("text", "Description du problème"), ("file", "Photo"), ("email", "Courriel")],
            steps=["Localisation", "Description", "Validation"]), {"contact_form"}),
        page("/boite-a-idees/", "Boîte à idées", m.prose("Une idée pour améliorer la vie à Lavallys ? Proposez-la, elle sera étudiée par les services et les élus.")
             + m.publik_form("/boite-a-idees/", [("string", "Votre nom"), ("email", "Courriel"), ("text", "Votre idée")], "Proposer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/reservation-salle/", "Réserver une salle", m.publik_form("/reservation-salle/", [("select", "Salle"), ("date", "Date"), ("string", "Association"), ("email", "Courriel")],
                                                                       steps=["Choix", "Coordonnées", "Paiement"]), decoys={"contact_form"}),
        page("/inscription-cantine/", "Inscription à la restauration scolaire", m.publik_form(
            "/inscription-cantine/", [("string", "Nom de l'enfant"), ("date", "Date de naissance"), ("select", "École"), ("radio", "Régime sans porc")]),
             decoys={"contact_form"}),
        page("/paiement-facture/", "Payer une facture", m.publik_form("/paiement-facture/", [("string", "Référence de la facture"), ("string", "Montant")], "Payer"),
             decoys={"contact_form"}),
    ]
    grusite = Site(LAV_GRU, "publik", "Démarches Lavallys", _index(gpages), menu=[("Accueil", "/"), ("Contact", "/contact/")],
                   address="Mairie de Lavallys")

    slug = "budget-citoyen-2025"
    ideas = [("/fr-FR/ideas/jardin-partage-epinettes", "Un jardin partagé aux Épinettes", 214, 9),
             ("/fr-FR/ideas/eclairage-terrain-foot", "Éclairer le terrain de foot du Pont-Rouge", 167, 4)]
    vpages = [
        page("/", "Lavallys Demain", m.prose("Lavallys Demain, la plateforme de participation de la Ville.")
             + m.links("Projets", [("/fr-FR/", "Accueil"), (f"/fr-FR/projects/{slug}", "Budget citoyen 2025"), ("/fr-FR/projects/enquete-parcs", "Enquête : les parcs"),
                                   ("/fr-FR/projects/berges-de-la-marque", "Les berges de la Marque : vos idées")])),
        page("/fr-FR/", "Lavallys Demain", m.prose("Donnez votre avis, proposez vos idées, votez pour les projets de votre quartier.")
             + m.links("Projets en cours", [(f"/fr-FR/projects/{slug}", "Budget citoyen 2025"), ("/fr-FR/projects/enquete-parcs", "Enquête : les parcs")]),
             {"participation_displayed"}),
        page(f"/fr-FR/projects/{slug}", "Budget citoyen 2025", m.prose(
            "300 000 € pour vos projets. Phase actuelle : dépôt des idées jusqu'au 30 avril. Vote en juin.",
            "<a class='e2e-idea-button' href='/fr-FR/ideas/new'>Soumettre votre idée</a>") + m.govocal_cards(ideas),
             {"participatory_budget", "suggestion_call"}),
        page("/fr-FR/ideas/new", "Soumettre votre idée", m.prose("Connectez-vous pour soumettre votre idée au budget citoyen."),
             {"participatory_budget", "suggestion_call"}),
        page(ideas[0][0], "Un jardin partagé aux Épinettes", m.prose("Transformer la friche de la rue Vauban en jardin partagé.")
             + '<div id="e2e-comments-container"><div class="e2e-comment-thread"><p>Je peux donner des graines ! — Fatou</p></div>'
               '<form id="e2e-parent-comment-form"><textarea id="submit-comment" name="comment" placeholder="Écrivez votre commentaire"></textarea>'
               '<button type="submit" id="e2e-submit-parentcomment">Publier</button></form></div>', {"participatory_budget", "comments"}),
        page(ideas[1][0], "Éclairer le terrain de foot du Pont-Rouge", m.prose("Pour jouer l'hiver après 17 h."), {"participatory_budget"}),
        page("/fr-FR/projects/enquete-parcs", "Enquête : les parcs de Lavallys", m.prose("Quel usage faites-vous des parcs ? Répondez à l'enquête.")
             + '<div id="e2e-native-survey"><form class="survey-form">' + "".join(
                 f'<fieldset><legend>{q}</legend>' + "".join(f'<label><input type="radio" name="q{i}" value="{o}" /> {o}</label>' for o in opts) + '</fieldset>'
                 for i, (q, opts) in enumerate([("Combien de fois par mois allez-vous au parc ?", ["Jamais", "1 à 3", "Plus"]),
                                                ("Que manque-t-il ?", ["Toilettes", "Ombre", "Jeux", "Bancs"])]))
             + '<button type="submit" id="e2e-submit-survey">Envoyer</button></form></div>', {"poll"}),
        page("/fr-FR/projects/berges-de-la-marque", "Les berges de la Marque : vos idées", m.prose(
            "Promenade, baignade, guinguette ? Partagez vos idées pour l'aménagement des berges avant le 15 juin.")
             + m.govocal_cards([("/fr-FR/projects/berges-de-la-marque", "Une guinguette l'été", 58, 3)]), {"suggestion_call"}),
    ]
    govocal = Site(LAV_GV, "govocal", "Lavallys Demain", _index(vpages), menu=[("Accueil", "/fr-FR/"), ("Projets", f"/fr-FR/projects/{slug}")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))

    npages = [
        page("/", "Voisins Lavallys", m.prose("Le réseau social des habitants de Lavallys : entraide, prêts, infos de quartier.")
             + m.community_feed([("Karim", "Quartier de la Gare", "Quelqu'un aurait une perceuse à prêter ce week-end ?", 3),
                                 ("Annie", "Les Épinettes", "Chat tigré perdu rue des Lilas, merci de me contacter.", 5)])
             + m.links("Groupes", [("/groupes/quartier-gare", "Quartier de la Gare"), ("/annonces", "Petites annonces entre voisins")])),
        page("/groupes/quartier-gare", "Groupe : Quartier de la Gare", m.community_feed(
            [("Sylvie", "Quartier de la Gare", "Vide-grenier de la rue Nationale le 12 avril, qui participe ?", 8)])),
        page("/annonces", "Petites annonces entre voisins", m.community_feed(
            [("Jean", "Pont-Rouge", "Je donne un canapé, à venir chercher.", 2)])),
    ]
    voisins = Site(LAV_NET, "community", "Voisins Lavallys", _index(npages), menu=[("Fil", "/"), ("Annonces", "/annonces")],
                   features=frozenset({"territorial_social_network"}))
    return City("99354", "Lavallys", 104_700, "59", "32", "Hauts-de-France", f"http://{LAV}/", [www, grusite, govocal, voisins])


# =============================================================================================================
# 99355 Bellecluse: TYPO3 portal, jury and convention citoyenne, Fluicity petitions, a Make.org widget, Discourse
# =============================================================================================================

BEL = "www.bellecluse.fr"
BEL_FLUI = "bellecluse.flui.city"
BEL_FORUM = "agora.bellecluse.fr"


def bellecluse() -> City:
    flui, agora = f"http://{BEL_FLUI}", f"http://{BEL_FORUM}"
    news = [("/actualites/jury-citoyen-tirage", "Jury citoyen : le tirage au sort a eu lieu", "13 mars", "24 jurés."),
            ("/actualites/marche-de-paques", "Le marché de Pâques", "10 mars", "Place Kléber-Neuve."),
            ("/actualites/nouvelle-plateforme", "Fluicity : une appli pour participer", "2 mars", "À télécharger.")]
    pages = [
        page("/", "Accueil", m.home("Bellecluse, ville de l'Ill et des canaux.",
             [("/citoyennete", "Citoyenneté"), ("/citoyennete/droit-de-petition", "Pétitions"), ("/contact", "Contact"),
              ("/citoyennete/grand-debat-ville-2040", "Bellecluse 2040"), ("/subventions/appel-a-projets-associations", "Subventions"),
              ("/concours-photo", "Concours photo"), ("/enquete-insee", "Enquêtes Insee"), ("/tourisme", "Tourisme"), (f"{agora}/", "L'Agora")],
             news, [("26 mars", "/citoyennete/jury-citoyen", "Séance du jury citoyen", "Hôtel de ville")])),
        page("/citoyennete", "Citoyenneté et participation", m.prose(
            "Jury citoyen, convention citoyenne, consultations, pétitions en ligne et forum des habitants : "
            "la participation des Bellecluseois se construit pas à pas.")
             + m.links("Les outils", [("/citoyennete/jury-citoyen", "Le jury citoyen"), ("/citoyennete/convention-citoyenne", "La convention citoyenne sur l'alimentation"),
                                      ("/citoyennete/consultation-rythmes-scolaires", "Consultation : les rythmes scolaires"),
                                      (f"{flui}/", "Bellecluse sur Fluicity")]), {"participation_displayed"}),
        page("/citoyennete/jury-citoyen", "Le jury citoyen", m.prose(
            "24 habitants tirés au sort sur les listes électorales évaluent chaque année une politique municipale. "
            "Cette année : la propreté urbaine. Leur avis est rendu public et le maire y répond en séance publique."),
             {"participation_displayed"}),
        page("/citoyennete/convention-citoyenne", "La convention citoyenne sur l'alimentation", m.prose(
            "60 citoyennes et citoyens tirés au sort ont travaillé six mois sur l'alimentation durable. "
            "Leurs 32 propositions ont été présentées au conseil municipal ; 25 sont mises en œuvre."), {"participation_displayed"}),
        page("/citoyennete/consultation-rythmes-scolaires", "Consultation : les rythmes scolaires", m.prose(
            "Parents, enseignants, animateurs : la Ville vous consulte sur l'organisation de la semaine scolaire à la rentrée prochaine.")
             + m.powermail("/citoyennete/consultation-rythmes-scolaires", 7, [
                 ("profil", "Vous êtes", "radio", ("Parent", "Enseignant", "Animateur", "Autre")),
                 ("semaine", "Vous préférez", "radio", ("4 jours", "4 jours et demi")),
                 ("ecole", "École", "input", ())], "Envoyer mes réponses"),
             {"poll", "participation_displayed"}),
        # the city's page on its right of petition, pointing to the space where petitions are started and signed
        page("/citoyennete/droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2022, toute personne habitant Bellecluse peut déposer une pétition en ligne. À 2 000 signatures, "
            "la pétition est débattue en conseil municipal.",
            f"Les pétitions se déposent et se signent sur <a href='{flui}/petitions'>l'espace Fluicity de la Ville</a>."),
             {"petition", "participation_displayed"}),
        # the city's own page embedding a Make.org consultation: residents post proposals and vote on others'
        page("/citoyennete/grand-debat-ville-2040", "Bellecluse 2040 : la grande consultation", m.prose(
            "Comment vivre à Bellecluse en 2040 ? Proposez vos idées et réagissez à celles des autres, jusqu'au 31 mai, "
            "avec notre partenaire Make.org.")
             + m.iframe("https://widget.make.org/?questionSlug=bellecluse-2040&country=FR&language=fr", "Consultation Make.org Bellecluse 2040", 600)
             + m.prose("<a href='https://make.org/FR/consultation/bellecluse-2040/consultation'>Participer sur make.org</a>"),
             {"participatory_platform", "suggestion_call", "participation_displayed"}, platforms={"make.org"}),
        page("/actualites/nouvelle-plateforme", "Fluicity : une appli pour participer", m.prose(
            "La Ville a signé avec la start-up Fluicity : l'application permettra de signer des pétitions et de répondre aux consultations. "
            "Elle est disponible sur les magasins d'applications.") + m.share(f"http://{BEL}/actualites/nouvelle-plateforme"),
             decoys={"participatory_platform", "petition"}),
        page("/actualites/jury-citoyen-tirage", "Jury citoyen : le tirage au sort a eu lieu", m.prose(
            "Le tirage au sort des 24 jurés s'est tenu en public le 12 mars. Première séance le 26 mars.")),
        page("/actualites/marche-de-paques", "Le marché de Pâques", m.prose("Quarante chalets du 5 au 21 avril.")),
        page("/subventions/appel-a-projets-associations", "Appel à projets associatif 2025", m.prose(
            "Les associations peuvent solliciter une subvention de projet avant le 15 avril : culture, sport, solidarité. "
            "Dossier à déposer sur le compte asso."), decoys={"suggestion_call"}),
        page("/concours-photo", "Concours photo « Bellecluse au fil de l'eau »", m.prose(
            "Envoyez jusqu'à trois photos avant le 30 juin. Les lauréats seront exposés sur les grilles du jardin botanique.")
             + m.powermail("/concours-photo", 9, [("nom", "Nom", "input", ()), ("email", "Courriel", "email", ()), ("photo", "Titre de la photo", "input", ())]),
             decoys={"suggestion_call", "contact_form"}),
        page("/enquete-insee", "Enquêtes de l'Insee", m.prose(
            "L'Insee réalise sur la commune l'enquête Emploi et l'enquête Cadre de vie et sécurité. Un enquêteur peut vous contacter ; "
            "il est tenu au secret statistique."), decoys={"poll"}),
        page("/tourisme", "Tourisme", m.prose(
            "L'office de tourisme de Bellecluse publie les bons plans sur <a href='https://www.facebook.com/bellecluse.tourisme'>sa page Facebook</a> "
            "et <a href='https://www.instagram.com/visitbellecluse'>son compte Instagram</a>."), decoys={"social_account"}),
        page("/contact", "Contact", m.powermail("/contact", 1, [("nom", "Nom", "input", ()), ("email", "E-mail", "email", ()),
                                                                 ("objet", "Objet", "input", ()), ("message", "Votre message", "textarea", ())]),
             {"contact_form"}),
    ]
    www = _site(BEL, "typo3", "Ville de Bellecluse", pages,
                menu=[("Accueil", "/"), ("Citoyenneté", "/citoyennete"), ("L'Agora", f"{agora}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeBellecluse"), social("x", "Bellecluse"), social("youtube", "bellecluse")],
                address="Hôtel de ville, 9 rue Brûlée, 67000 Bellecluse")

    fpages = [
        page("/", "Bellecluse - Fluicity", m.prose("L'espace citoyen de Bellecluse : pétitions, consultations et idées.")
             + m.links("Rubriques", [("/petitions", "Pétitions"), ("/consultations/quartier-gare", "Consultation quartier Gare"), ("/idees", "Idées")])),
        page("/petitions", "Pétitions", m.prose("<a class='flui-btn' href='/petitions/new'>Lancer une pétition</a>")
             + '<div class="flui-petition-list"><a class="flui-card flui-card--petition" href="/petitions/ouverture-piscine">'
               'Piscine Lucien-Herr : ouverture le dimanche<span class="flui-card__count">1 318 signatures</span></a></div>', {"petition"}),
        page("/petitions/new", "Lancer une pétition", m.prose("Connectez-vous avec votre compte Fluicity pour lancer une pétition."), {"petition"}),
        page("/petitions/ouverture-piscine", "Piscine Lucien-Herr : ouverture le dimanche", m.petition_sign(
            "/petitions/ouverture-piscine/sign", "Piscine Lucien-Herr : ouverture le dimanche", 1318, 2000), {"petition"}),
        page("/consultations/quartier-gare", "Consultation : le quartier Gare", m.radio_questionnaire(
            "/consultations/quartier-gare/answers", "Répondez à ces trois questions sur le futur parvis.",
            [("Le parvis doit-il être piéton ?", ["Oui", "Non"]), ("Faut-il plus d'arbres ?", ["Oui", "Non"]),
             ("Souhaitez-vous un marché ?", ["Oui", "Non", "Sans avis"])], "flui-survey"), {"poll"}),
        page("/idees", "Idées", m.prose("Partagez vos idées pour Bellecluse : les plus soutenues reçoivent une réponse de la mairie.")
             + m.vendor_form("/idees", [("titre", "Titre de votre idée", "text"), ("description", "Description", "textarea"), ("quartier", "Quartier", "select")],
                             "Publier", "flui-idea-form"), {"suggestion_call", "contact_form"}),
    ]
    fluicity = Site(BEL_FLUI, "vendor", "Bellecluse - Fluicity", _index(fpages), menu=[("Accueil", "/"), ("Pétitions", "/petitions")],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))

    apages = [
        page("/", "L'Agora de Bellecluse", m.prose("Forum des habitants, animé par la Ville. Soyez courtois, restez sur les sujets locaux.")
             + m.discourse_topics([("/t/stationnement-rue-des-tanneurs/112", "Stationnement rue des Tanneurs", "quartiers/5", 14),
                                   ("/t/bruit-la-nuit-place-kleber-neuve/118", "Bruit la nuit place Kléber-Neuve", "quartiers/5", 9)])
             + m.links("Catégories", [("/c/quartiers/5", "Quartiers")]), {"forum"}),
        page("/c/quartiers/5", "Quartiers", m.discourse_topics([("/t/stationnement-rue-des-tanneurs/112", "Stationnement rue des Tanneurs", "quartiers/5", 14)]),
             {"forum"}),
        page("/t/stationnement-rue-des-tanneurs/112", "Stationnement rue des Tanneurs", m.discourse_posts(
            [("helene67", "3 mars", "Depuis la zone bleue, impossible de se garer le soir."),
             ("ville_bellecluse", "4 mars", "Un macaron résident est à l'étude, nous reviendrons vers vous.")]), {"forum"}),
        page("/t/bruit-la-nuit-place-kleber-neuve/118", "Bruit la nuit place Kléber-Neuve", m.discourse_posts(
            [("thomas_b", "6 mars", "Les terrasses ferment à 2 h, c'est dur pour les riverains.")]), {"forum"}),
    ]
    agora_site = Site(BEL_FORUM, "discourse", "L'Agora de Bellecluse", _index(apages), menu=[("Sujets", "/"), ("Catégories", "/c/quartiers/5")])
    return City("99355", "Bellecluse", 139_200, "67", "44", "Grand Est", f"http://{BEL}/", [www, fluicity, agora_site],
                decoy_accounts=("https://www.facebook.com/bellecluse.tourisme", "https://www.instagram.com/visitbellecluse"))


# =============================================================================================================
# 99356 Orthemont: a vendor CMS and a white-label participation space drawn by a script
# =============================================================================================================

ORT = "www.orthemont.fr"
ORT_APP = "jeparticipe.orthemont.fr"
APP_BUNDLE = "/assets/jeparticipe.7b41e2.js"
APP_API = "/api/v1/contenus"

# path -> (title, introduction, markup the script inserts, features)
APP_PAGES = {
    "/idees": ("Vos idées pour Orthemont",
               "Une idée pour votre quartier ? Proposez-la : chaque mois, les élus répondent aux plus soutenues.",
               m.vendor_form("/api/v1/idees", [("titre", "Titre", "text"), ("idee", "Votre idée", "textarea"), ("quartier", "Quartier", "select"),
                                               ("email", "Courriel", "email")], "Proposer", "jp-idea-form"),
               {"suggestion_call", "contact_form"}),
    "/questionnaire-proprete": ("Questionnaire : la propreté des rues",
                                "Quelques questions pour mieux organiser le nettoiement. Ouvert jusqu'au 30 avril.",
                                m.radio_questionnaire("/api/v1/reponses", "Deux minutes suffisent.",
                                                      [("Votre rue est-elle propre ?", ["Oui", "Plutôt", "Non"]),
                                                       ("Les dépôts sauvages sont-ils fréquents ?", ["Souvent", "Parfois", "Jamais"])], "jp-survey"),
                                {"poll"}),
    "/petitions": ("Pétitions", "Lancez ou signez une pétition : à 800 signatures, le conseil municipal en débat.",
                   m.petition_sign("/api/v1/petitions/14/signatures", "Un passage piéton devant l'école Jules-Verne", 402, 800),
                   {"petition"}),
    "/budget-participatif": ("Budget participatif : votez !",
                             "Vingt projets sont soumis au vote. Choisissez-en trois avant le 15 juin.",
                             '<form class="jp-vote" action="/api/v1/votes" method="post">' + "".join(
                                 f'<label><input type="checkbox" name="projets[]" value="{i}" /> {t}</label>'
                                 for i, t in enumerate(["Une aire de jeux inclusive", "Des nichoirs au parc Balzac", "Un terrain de pétanque éclairé"]))
                             + '<button type="submit">Valider mon vote</button></form>',
                             {"participatory_budget"}),
}

_APP_JS = """(function () {
  var root = document.getElementById("jp-root");
  fetch("%s?chemin=" + encodeURIComponent(location.pathname))
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var h = document.createElement("h1"); h.textContent = d.titre;
      var p = document.createElement("p"); p.className = "jp-chapo"; p.textContent = d.chapo;
      var s = document.createElement("section"); s.className = "jp-bloc"; s.innerHTML = d.bloc;
      root.replaceChildren(h, p, s); document.title = d.titre + " - Je participe Orthemont";
    });
})();
""" % APP_API


def _app_shell():
    return Reply.html(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Je participe Orthemont</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="description" content="La plateforme de participation citoyenne de la Ville d\'Orthemont">'
        '<link rel="icon" href="/assets/favicon.ico"><link rel="manifest" href="/manifest.webmanifest">'
        '<link rel="stylesheet" href="/assets/jeparticipe.4c8e0a.css">'
        '<meta name="theme-color" content="#0b6e4f"></head><body>'
        '<noscript>Pour participer, activez JavaScript dans votre navigateur.</noscript>'
        f'<div id="jp-root"></div><script src="{APP_BUNDLE}" defer></script></body></html>')


def _app_special(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES:
        return _app_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        wanted = query.removeprefix("chemin=").replace("%2F", "/").replace("%2f", "/")
        if wanted in APP_PAGES:
            title, chapo, bloc, _features = APP_PAGES[wanted]
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps({"titre": title, "chapo": chapo, "bloc": bloc}).encode())
        return Reply.text(404, "introuvable")
    return None


def _app_site():
    pages = [page("/", "Je participe Orthemont", m.prose("La plateforme de participation citoyenne de la Ville d'Orthemont.")
                  + m.links("Participer", [(p, t) for p, (t, *_r) in APP_PAGES.items()]))]
    pages += [page(p, t, "", f) for p, (t, _c, _b, f) in APP_PAGES.items()]
    return Site(ORT_APP, "vendor", "Je participe Orthemont", pages, menu=[("Accueil", "/"), ("Idées", "/idees"), ("Pétitions", "/petitions")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"jeparticipe"}))


_ORT_APP_SITE = _app_site()


def orthemont() -> City:
    app = f"http://{ORT_APP}"
    news = [("/actus/quartiers-en-fete", "Quartiers en fête", "14 mars", "Le programme du printemps."),
            ("/actus/compte-rendu-assemblee-nord", "Assemblée de quartier Nord : le compte rendu", "7 mars", "Ce qui a été dit."),
            ("/actus/travaux-pont-de-loire", "Pont de Loire : circulation alternée", "1er mars", "Jusqu'en mai.")]
    pages = [
        page("/", "Accueil", m.home("Ville d'Orthemont, en bord de Loire.",
             [("/vie-citoyenne", "Vie citoyenne"), (f"{app}/", "Je participe"), ("/contact", "Contact"), ("/conseil-municipal", "Conseil municipal"),
              ("/inscription-newsletter", "Newsletter"), ("/espace-famille", "Espace famille"), ("/sport/forum-des-sports", "Forum des sports"),
              ("/vie-citoyenne/budget-participatif", "Budget participatif")], news,
             [("3 avril", "/vie-citoyenne/assemblees-de-quartier", "Assemblée de quartier Sud", "École Balzac")])),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "Assemblées de quartier, budget participatif, pétitions et questionnaires : à Orthemont, chaque habitant peut "
            "prendre part aux décisions.", f"La plateforme <a href='{app}/'>Je participe</a> rassemble les démarches en ligne.")
             + m.links("Rubriques", [("/vie-citoyenne/assemblees-de-quartier", "Les assemblées de quartier"),
                                     ("/vie-citoyenne/budget-participatif", "Le budget participatif")]), {"participation_displayed"}),
        page("/vie-citoyenne/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
            "Quatre fois par an, les élus de quartier rencontrent les habitants en assemblée ouverte à tous. "
            "Chacun peut inscrire un sujet à l'ordre du jour en écrivant à la mission démocratie locale."), {"participation_displayed"}),
        page("/actus/compte-rendu-assemblee-nord", "Assemblée de quartier Nord : le compte rendu", m.prose(
            "Une centaine d'habitants ont participé à l'assemblée de quartier du 4 mars. Sujets abordés : vitesse rue de Brissac, "
            "éclairage du mail, jardins familiaux. Les réponses des services sont publiées ci-dessous.")
             + m.prose("Rue de Brissac : un radar pédagogique sera posé en avril."), {"participation_displayed"}),
        page("/vie-citoyenne/budget-participatif", "Le budget participatif", m.prose(
            "Orthemont consacre 400 000 € à des projets d'habitants. Édition 2025 : vote du 15 mai au 15 juin.",
            f"<a href='{app}/budget-participatif'>Voter pour vos projets</a>"), {"participatory_budget"}),
        page("/conseil-municipal", "Conseil municipal", m.prose(
            "Prochaine séance le 24 mars à 19 h. Ordre du jour : compte administratif 2024, budget participatif (affectation des crédits), "
            "tarifs des équipements sportifs."), decoys={"participation_displayed", "participatory_budget"}),
        page("/sport/forum-des-sports", "Forum des sports", m.prose("Rencontrez les 60 clubs de la ville le 6 septembre au complexe Beaulieu."),
             decoys={"forum"}),
        page("/espace-famille", "Espace famille", m.prose("Inscriptions périscolaires et paiement en ligne.")
             + '<form class="login-famille" action="/espace-famille/connexion" method="post"><label for="ef-id">Identifiant</label><input type="text" id="ef-id" name="login" />'
               '<label for="ef-pw">Mot de passe</label><input type="password" id="ef-pw" name="password" /><button type="submit">Se connecter</button></form>',
             decoys={"contact_form"}),
        page("/inscription-newsletter", "Inscription à la newsletter", m.vendor_form(
            "/inscription-newsletter", [("email", "Courriel", "email"), ("quartier", "Votre quartier", "select"), ("rgpd", "J'accepte", "checkbox")],
            "S'inscrire", "form-newsletter"), decoys={"contact_form"}),
        page("/contact", "Contact", m.vendor_form("/contact", [("nom", "Nom", "text"), ("email", "Courriel", "email"), ("objet", "Objet", "text"),
                                                             ("message", "Message", "textarea")]), {"contact_form"}),
        page("/actus/quartiers-en-fete", "Quartiers en fête", m.prose("Concerts et repas de quartier les 17 et 18 mai.")),
        page("/actus/travaux-pont-de-loire", "Pont de Loire : circulation alternée", m.prose("Travaux d'étanchéité jusqu'au 16 mai.")),
    ]
    www = _site(ORT, "vendor", "Ville d'Orthemont", pages,
                menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Je participe", f"{app}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "orthemont"), social("instagram", "ville_orthemont"), social("linkedin", "ville-d-orthemont")],
                address="Hôtel de ville, place du Ralliement, 49100 Orthemont")
    return City("99356", "Orthemont", 112_800, "49", "52", "Pays de la Loire", f"http://{ORT}/", [www, _ORT_APP_SITE])


# =============================================================================================================
# 99357 Cassarène: WordPress city site and a mairie de secteur on its own host, CIQ, a neighbours' network on
# Smiile, phpBB board, a Crowdsignal poll
# =============================================================================================================

CAS = "www.cassarene.fr"
CAS_SECT = "mairie4-5.cassarene.fr"
CAS_BOARD = "forum.cassarene.fr"


def cassarene() -> City:
    sect, board = f"http://{CAS_SECT}", f"http://{CAS_BOARD}"
    news = [("/actualites/assises-proximite-bilan", "Assises de la proximité : le bilan", "12 mars", "1 800 participants."),
            ("/actualites/plages-ete", "Les plages se préparent", "9 mars", "Postes de secours, accès."),
            ("/actualites/opera-saison", "Opéra : la nouvelle saison", "4 mars", "Verdi, Bizet, création.")]
    pages = [
        page("/", "Accueil", m.home("Cassarène, capitale du littoral.",
             [("/ma-ville/assises-de-la-proximite", "Assises de la proximité"), ("/ma-ville/ciq", "Comités d'intérêt de quartier"),
              ("/ma-ville/entre-voisins", "Entre voisins"), ("/sondages", "Votre avis"), ("/contact", "Contact"),
              (f"{sect}/", "Mairie des 4e et 5e"), (f"{board}/", "Forum des Cassaréniens"), ("/securite/participation-citoyenne", "Sécurité")],
             news, [("1er avril", "/ma-ville/ciq", "Réunion inter-CIQ", "Palais du Pharo-Neuf")])),
        page("/ma-ville/assises-de-la-proximite", "Les assises de la proximité", m.prose(
            "Pendant deux mois, le maire et les maires de secteur sont allés à la rencontre des habitants des 111 quartiers : "
            "réunions publiques, marches exploratoires, ateliers. Les engagements qui en découlent sont suivis dans un tableau public.")
             + m.links("Aller plus loin", [("/actualites/assises-proximite-bilan", "Le bilan des assises")]), {"participation_displayed"}),
        page("/actualites/assises-proximite-bilan", "Assises de la proximité : le bilan", m.prose(
            "1 800 participants, 42 réunions, 640 propositions. Le maire a présenté 120 engagements.")
             + m.wp_comments([("Raymond", "13 mars", "Et pour le boulevard de la Corderie, rien ?"),
                              ("Ville de Cassarène", "13 mars", "Le boulevard fait partie des engagements 14 à 17.")], 7410)
             + m.share(f"http://{CAS}/actualites/assises-proximite-bilan"), {"comments", "participation_displayed"}),
        page("/ma-ville/ciq", "Les comités d'intérêt de quartier", m.prose(
            "Associations d'habitants reconnues par la Ville, les CIQ relaient les demandes de leur quartier et sont consultés "
            "sur les projets d'aménagement. La Ville réunit les présidents de CIQ deux fois par an."), {"participation_displayed"}),
        # the city's page presenting the neighbours' network it set up on a hosted platform
        page("/ma-ville/entre-voisins", "Cassarène Entre Voisins", m.prose(
            "La Ville s'associe au réseau social de proximité Smiile pour créer dans chaque quartier un espace d'entraide entre voisins : "
            "prêt d'outils, covoiturage, alertes, petits services.",
            "<a href='https://www.smiile.com/app/communaute/cassarene-entre-voisins'>Rejoindre Cassarène Entre Voisins sur Smiile</a>"),
             {"territorial_social_network"}),
        page("/securite/participation-citoyenne", "Dispositif participation citoyenne", m.prose(
            "Dans les quartiers pavillonnaires, des voisins vigilants signalent à la police nationale tout fait inhabituel. "
            "Le protocole est signé par le maire, le préfet et le directeur départemental de la sécurité publique."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/sondages", "Votre avis", m.aside(m.prose(
            "La Ville réfléchit à l'extension des horaires des plages surveillées. Donnez votre avis dans le sondage ci-contre."),
            m.crowdsignal(13458820, "Faut-il surveiller les plages jusqu'à 20 h ?")), {"poll"}),
        page("/actualites/plages-ete", "Les plages se préparent", m.prose("Dix postes de secours ouvriront le 15 juin.")
             + m.wp_comments([], 7411, open_=False), decoys={"comments"}),
        page("/actualites/opera-saison", "Opéra : la nouvelle saison", m.prose("Douze productions, dont une création mondiale en mars.")
             + m.share(f"http://{CAS}/actualites/opera-saison")),
        page("/actualites/petition-hopital", "Hôpital nord : le maire soutient les soignants", m.prose(
            "Le maire a rencontré les soignants mobilisés. Le collectif a lancé une pétition nationale sur "
            "<a href='https://www.mesopinions.com/petition/sante/sauvons-hopitaux-publics/220011'>mesopinions.com</a>."),
             decoys={"petition"}),
        page("/contact", "Contact", '<div class="wpforms-container" id="wpforms-88"><form id="wpforms-form-88" class="wpforms-validate wpforms-form" method="post" action="/contact/">'
             '<div class="wpforms-field-container"><div id="wpforms-88-field_0-container" class="wpforms-field wpforms-field-name"><label class="wpforms-field-label" for="wpforms-88-field_0">Nom</label><input type="text" id="wpforms-88-field_0" class="wpforms-field-medium" name="wpforms[fields][0]" /></div>'
             '<div id="wpforms-88-field_1-container" class="wpforms-field wpforms-field-email"><label class="wpforms-field-label" for="wpforms-88-field_1">E-mail</label><input type="email" id="wpforms-88-field_1" name="wpforms[fields][1]" /></div>'
             '<div id="wpforms-88-field_2-container" class="wpforms-field wpforms-field-textarea"><label class="wpforms-field-label" for="wpforms-88-field_2">Message</label><textarea id="wpforms-88-field_2" class="wpforms-field-medium" name="wpforms[fields][2]"></textarea></div></div>'
             '<div class="wpforms-submit-container"><input type="hidden" name="wpforms[id]" value="88" /><button type="submit" name="wpforms[submit]" class="wpforms-submit">Envoyer</button></div></form></div>',
             {"contact_form"}),
        page("/agenda/forum-des-metiers", "Forum des métiers de la mer", m.prose("Lycéens et demandeurs d'emploi : rendez-vous le 20 mars au J4."),
             decoys={"forum"}),
    ]
    www = _site(CAS, "wordpress", "Ville de Cassarène", pages,
                menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/assises-de-la-proximite"), ("Mairies de secteur", f"{sect}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeCassarene"), social("x", "Cassarene"), social("instagram", "cassarene"),
                          social("mastodon", "cassarene@social.numerique.gouv.fr")],
                address="Hôtel de ville, quai du Port-Vieux, 13002 Cassarène")

    spages = [
        page("/", "Mairie des 4e et 5e arrondissements", m.home("Votre mairie de secteur : état civil, élus de proximité, réunions de quartier.",
             [("/reunions-de-quartier", "Réunions de quartier"), ("/conseil-d-arrondissement", "Conseil d'arrondissement"),
              ("/contact", "Écrire au maire de secteur"), ("/reservation-salles", "Salles municipales")],
             [("/reunions-de-quartier", "Réunion de quartier à la Blancarde", "10 mars", "Le 27 mars à 18 h.")], banner=False)),
        page("/reunions-de-quartier", "Les réunions de quartier", m.prose(
            "Le maire de secteur et les élus tiennent une réunion publique dans chaque quartier deux fois par an. "
            "Chantiers, propreté, stationnement : venez poser vos questions.", "Prochaine réunion : la Blancarde, jeudi 27 mars, 18 h, école Chave."),
             {"participation_displayed"}),
        page("/conseil-d-arrondissement", "Conseil d'arrondissement", m.prose(
            "Le conseil d'arrondissement se réunit avant chaque conseil municipal. Séance du 20 mars : avis sur les subventions, "
            "programmation des travaux d'entretien des écoles."), decoys={"participation_displayed"}),
        page("/reservation-salles", "Réserver une salle", m.vendor_form("/reservation-salles", [("association", "Association", "text"), ("date", "Date", "date"),
                                                                                             ("salle", "Salle", "select")], "Réserver", "form-reservation"),
             decoys={"contact_form"}),
        page("/contact", "Écrire au maire de secteur", m.cf7("/contact/", 23), {"contact_form"}),
    ]
    secteur = _site(CAS_SECT, "wordpress", "Mairie des 4e et 5e", spages, menu=[("Accueil", "/"), ("Ville de Cassarène", f"http://{CAS}/")],
                    address="Mairie de secteur, 13 square Sidi-Brahim, 13005 Cassarène")

    bpages = [
        page("/", "Forum des Cassaréniens", m.prose("Le forum des habitants, ouvert par la Ville pour échanger sur la vie des quartiers.")
             + m.phpbb_forumlist([(3, "Vie des quartiers", "Travaux, commerces, voisinage", 184, 1920),
                                  (4, "Transports", "Bus, métro, vélo", 97, 1104)]), {"forum"}),
        page("/viewforum.php?f=3", "Vie des quartiers", m.phpbb_topics(3, [(214, "Travaux rue Saint-Pierre : jusqu'à quand ?", "Marius13", 17),
                                                                         (221, "Un marché aux Chartreux ?", "Lili", 6)]), {"forum"}),
        page("/viewforum.php?f=4", "Transports", m.phpbb_topics(4, [(230, "Ligne 2 du métro le dimanche", "Fred", 11)]), {"forum"}),
        page("/viewtopic.php?t=214", "Travaux rue Saint-Pierre : jusqu'à quand ?", m.phpbb_posts(214, [
            ("Marius13", "3 mars", "Ça fait six mois que la rue est éventrée."), ("Modérateur Ville", "4 mars", "Fin des travaux annoncée pour mai.")]),
             {"forum"}),
        page("/viewtopic.php?t=221", "Un marché aux Chartreux ?", m.phpbb_posts(221, [("Lili", "8 mars", "Il manque un marché le mercredi.")]), {"forum"}),
        page("/viewtopic.php?t=230", "Ligne 2 du métro le dimanche", m.phpbb_posts(230, [("Fred", "9 mars", "Un métro toutes les 12 minutes, c'est trop peu.")]),
             {"forum"}),
    ]
    boardsite = Site(CAS_BOARD, "phpbb", "Forum des Cassaréniens", _index(bpages), features=frozenset())
    return City("99357", "Cassarène", 231_600, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{CAS}/", [www, secteur, boardsite])


# =============================================================================================================
# 99358 Vilbrèque: Drupal, native comments, a Flarum forum, budget participatif editions, calls for ideas
# =============================================================================================================

VIL = "www.vilbreque.fr"
VIL_FORUM = "forum.vilbreque.fr"


def vilbreque() -> City:
    forum = f"http://{VIL_FORUM}"
    news = [("/actualites/friche-des-docks", "Friche des Docks : ce que vous avez proposé", "13 mars", "La synthèse de l'appel à idées."),
            ("/actualites/piscine-travaux", "Piscine : les travaux ont commencé", "6 mars", "Réouverture en 2026."),
            ("/actualites/course-des-falaises", "La course des Falaises", "28 février", "Inscriptions ouvertes.")]
    pages = [
        page("/", "Accueil", m.home("Vilbrèque, porte de l'estuaire.",
             [("/participation-citoyenne", "Participation citoyenne"), ("/budget-participatif", "Budget participatif"), ("/contact", "Contact"),
              ("/appel-a-idees-quais", "Appel à idées"), ("/questionnaire-mediatheque", "Questionnaire"), (f"{forum}/", "Forum citoyen"),
              ("/appel-a-candidatures-conseil-des-sages", "Conseil des sages"), ("/enquete-publique-zac", "Enquête publique")], news,
             [("29 mars", "/actualites/course-des-falaises", "Course des Falaises", "Front de mer")])),
        # the city's own participation page, whose title is the same words as the gendarmerie scheme
        page("/participation-citoyenne", "Participation citoyenne", m.prose(
            "Conseils de quartier, conseil des sages, conseil municipal des jeunes, budget participatif, forum citoyen : "
            "la Ville associe les Vilbréquois à ses projets depuis 2014.",
            "Les conseils de quartier se réunissent en séance publique quatre fois par an ; leurs comptes rendus sont en ligne.")
             + m.links("Participer", [("/budget-participatif", "Budget participatif"), ("/budget-participatif/edition-2022", "Édition 2022 : les lauréats"),
                                      (f"{forum}/", "Le forum citoyen")]), {"participation_displayed"}),
        page("/budget-participatif", "Budget participatif 2025 : déposez vos projets", m.prose(
            "Vous avez une idée pour votre quartier ? Déposez votre projet jusqu'au 30 avril. Les projets recevables seront soumis au vote en juin.")
             + m.webform("/budget-participatif", "budget_participatif", (("nom", "Nom et prénom", "text"), ("courriel", "Courriel", "email"),
                                                                        ("titre", "Titre du projet", "text")), ("description", "Description du projet")),
             {"participatory_budget", "suggestion_call", "contact_form"}),
        page("/budget-participatif/edition-2022", "Budget participatif 2022 : les lauréats", m.prose(
            "Lors de la première édition, 2 900 habitants ont voté. Les six projets lauréats sont réalisés : un parcours sportif, "
            "des boîtes à livres, un potager au collège, trois bancs au belvédère."), {"participatory_budget"}),
        # a closed call for ideas, with its synthesis: the call itself is still on the page
        page("/appel-a-idees-quais", "Appel à idées : les quais de demain", m.prose(
            "Du 1er décembre au 31 janvier, la Ville a lancé un appel à idées aux habitants sur l'avenir des quais. "
            "L'appel est clos : 312 idées ont été reçues. Leur synthèse sera présentée en réunion publique le 10 avril."),
             {"suggestion_call"}),
        page("/actualites/friche-des-docks", "Friche des Docks : ce que vous avez proposé", m.prose(
            "Halle gourmande, salle d'escalade, jardin : voici les propositions les plus fréquentes.")
             + m.drupal_comments(431, [("Corentin", "14 mars", "La halle gourmande, vite !"), ("Maud", "14 mars", "Garder une partie de la friche sauvage.")]),
             {"comments"}),
        page("/actualites/piscine-travaux", "Piscine : les travaux ont commencé", m.prose("La piscine des Docks rouvrira au printemps 2026.")
             + m.drupal_comments(432, [], open_=False), decoys={"comments"}),
        page("/actualites/course-des-falaises", "La course des Falaises", m.prose("10 km et semi-marathon le 29 mars. Inscription en ligne avec paiement.")
             + m.vendor_form("/actualites/course-des-falaises/inscription", [("nom", "Nom", "text"), ("naissance", "Date de naissance", "date"),
                                                                             ("distance", "Distance", "select")], "Payer et s'inscrire", "form-inscription"),
             decoys={"contact_form"}),
        page("/questionnaire-mediatheque", "Questionnaire : votre médiathèque", m.prose(
            "Horaires, animations, collections : répondez au questionnaire avant le 20 avril.")
             + m.iframe("https://docs.google.com/forms/d/e/1FAIpQLSe8vilbreque/viewform?embedded=true", "Questionnaire médiathèque"), {"poll"}),
        page("/appel-a-candidatures-conseil-des-sages", "Appel à candidatures : conseil des sages", m.prose(
            "Vous avez plus de 60 ans et souhaitez vous engager ? Le conseil des sages renouvelle la moitié de ses membres. "
            "Candidature par lettre avant le 15 avril."), {"participation_displayed"}, decoys={"suggestion_call"}),
        page("/enquete-publique-zac", "Enquête publique : ZAC des Docks", m.prose(
            "Enquête publique préalable à la déclaration d'utilité publique du 17 mars au 18 avril. Registre en mairie."),
             decoys={"poll"}),
        page("/contact", "Contact", m.webform("/contact"), {"contact_form"}),
    ]
    www = _site(VIL, "drupal", "Ville de Vilbrèque", pages,
                menu=[("Accueil", "/"), ("Participation citoyenne", "/participation-citoyenne"), ("Forum citoyen", f"{forum}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "Vilbreque"), social("youtube", "VilleDeVilbreque")],
                address="Hôtel de ville, place de l'Estuaire, 76600 Vilbrèque")

    fpages = [
        page("/", "Forum citoyen de Vilbrèque", m.flarum_list([("/d/12-le-tram-jusqu-aux-docks", "Le tram jusqu'aux Docks ?"),
                                                              ("/d/15-horaires-de-la-decheterie", "Horaires de la déchèterie"),
                                                              ("/t/quartiers", "Étiquette : quartiers")]), {"forum"}),
        page("/d/12-le-tram-jusqu-aux-docks", "Le tram jusqu'aux Docks ?", m.flarum_posts(
            [("jeanne_v", "Avec la ZAC, il faudra une desserte."), ("pbr76", "Un bus à haut niveau de service suffirait.")]), {"forum"}),
        page("/d/15-horaires-de-la-decheterie", "Horaires de la déchèterie", m.flarum_posts(
            [("alain", "Fermée le dimanche, c'est dommage."), ("mairie_vilbreque", "Une ouverture le dimanche matin est à l'essai dès avril.")]), {"forum"}),
        page("/t/quartiers", "Quartiers", m.flarum_list([("/d/12-le-tram-jusqu-aux-docks", "Le tram jusqu'aux Docks ?")]), {"forum"}),
    ]
    forumsite = Site(VIL_FORUM, "flarum", "Forum citoyen de Vilbrèque", _index(fpages), menu=[("Discussions", "/"), ("Quartiers", "/t/quartiers")])
    return City("99358", "Vilbrèque", 101_300, "76", "28", "Normandie", f"http://{VIL}/", [www, forumsite])


def cities():
    return [ambrevanne(), sorgueval(), port_merande(), lavallys(), bellecluse(), orthemont(), cassarene(), vilbreque()]


def hosts():
    return {ORT_APP: CustomHost(_ORT_APP_SITE, _app_special)}
