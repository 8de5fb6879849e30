"""Holdout part "salines" (seventy-first part, cities 99171-99178): Atlantic and Channel port and industrial
towns of 35,000 to 180,000 inhabitants (shipyards, ferries, salt marshes, seafronts and docks being
redeveloped), written apart from the detection rules, from the codebook alone.

The communes (all fictional) and their software:
- 99171 Port-Sévrin (Loire-Atlantique, 96,400): WordPress block theme (CF7, WPForms, Gravity Forms, WP-Polls,
  wpDiscuz, native comments, MailPoet) and a Decidim platform on participer.port-sevrin.fr (budgets,
  proposals, surveys, initiatives, comments).
- 99172 Ploudaoulas (Finistère, 41,800): Drupal 10 with the state design system (Webform, Poll block, comments)
  and a Cap Collectif space on ploudaoulas.cap-collectif.com (participatory budget, call for ideas, questionnaire).
- 99173 Carmerel (Manche, 37,900): SPIP (article forums, petitions, Formidable survey, contact) and a Fluicity
  space on carmerel.flui.city (ideas, consultations, polls).
- 99174 Salinvert (Charente-Maritime, 52,300): a proprietary municipal CMS, a Publik e-services portal on
  demarches.salinvert.fr (contact, idea box, e-petition, administrative forms) and a neighbours' network on
  voisins.salinvert.fr.
- 99175 Audrecq (Pas-de-Calais, Opal Coast, 58,900): Joomla 4 / Helix (com_contact, JComments, poll module,
  AcyMailing), a neighbours' network (Smiile) embedded on its citizenship page, and CONSUL Democracy on
  decidez.audrecq.fr (proposals, participatory budget, votes).
- 99176 Kerbréhan (Morbihan, 64,200): TYPO3 (powermail, form framework, Disqus) and a Go Vocal space on
  kerbrehan.govocal.com; a map of ideas on carte.kerbrehan.bzh is an application shell filled from a JSON API.
- 99177 Wissandres (Pas-de-Calais, Opal Coast, 44,600): stock WordPress theme (YOP Poll, Democracy Poll,
  Gravity Forms, Facebook comments), a phpBB board on forum.wissandres.fr and a Jenparle space on
  wissandres.jenparle.net.
- 99178 Esnandrac (Charente-Maritime, 118,500): Drupal (stock theme; Webform, embedded LimeSurvey/Framaforms,
  Tally), an id-city platform on esnandrac.id-city.com, and a residents' board (Discourse) on agora.esnandrac.fr.

Labelling conventions (each borderline label also carries a one-line comment where it is declared):
- Platforms: every page of a platform host holds participatory_platform (Site.features); inside it, a survey
  component is a poll, a budgets component a participatory_budget, proposals/ideas a suggestion_call,
  initiatives a petition, comments under proposals or projects are comments. A platform's home page or
  processes list that presents the city's processes also holds participation_displayed.
- City pages presenting the approach (participation hub, neighbourhood council pages, citizens' assembly,
  votation, charter) hold participation_displayed; a city page that presents the participatory budget and
  tells how to propose and vote (online or with paper ballots) also holds participatory_budget.
- An idea box or call for ideas on the city's site or e-services with a free-text form holds suggestion_call
  and contact_form (the form sends a free-text message to the city). On a platform, the form that publishes a
  proposal, an idea, an initiative or a petition's text is a public contribution, not a message to the city:
  decoy contact_form. A survey's own form is a poll, and its open "remarks" field is not a contact form
  (decoy contact_form).
- Replies to a neighbour's post inside the neighbours' network are part of the network
  (territorial_social_network), not comments or a forum.
- SPIP article forums hold forum and comments (the codebook names SPIP under both: residents post threads
  and replies under content).
- Closed or past schemes (results of a closed budget, a closed poll's results), other bodies' consultations
  (CNDP débat public, port authority, agglomération, Région, enquête publique), contests' votes and a ferry
  company's satisfaction survey are decoys of what they resemble, never features.
- News naming a feature in passing are decoys of that feature; "forum des associations / de l'emploi" are
  forum decoys; the gendarmerie's "participation citoyenne" is a decoy of participation_displayed and
  territorial_social_network; newsletters, logins, job and housing applications are contact_form decoys.
- A city page giving access to the neighbours' network with a live widget of its posts holds
  territorial_social_network; a news item naming the network in passing does not.
"""
import json

from ..site import City, Site, page, social
from ..web import Reply
from . import salines_markup as m

m.register()

# ==================================================================================================
# helpers


def _home(intro, quick, news, events, extra=""):
    return (f'<div class="home-intro">{m.prose(intro)}</div>' + m.quick_links(quick) + m.news_cards(news)
            + m.agenda(events) + extra)


# ==================================================================================================
# 99171 Port-Sévrin: WordPress block theme + Decidim


def port_sevrin() -> City:
    host, part = "www.port-sevrin.fr", "http://participer.port-sevrin.fr"
    quartiers = [("penhoet-ouest", "Penhoët-Ouest", "les cités ouvrières et le bassin à flot"),
                 ("la-forme", "La Forme - Quai des Formes", "les anciens docks et la future promenade"),
                 ("ville-haute", "Ville-Haute", "le centre historique et la place du Marché"),
                 ("saint-marc-plage", "Saint-Marc-Plage", "le front de mer et le port de plaisance"),
                 ("les-salorges", "Les Salorges", "les anciennes salines et la zone d'activités")]
    news = [("/actualites/quai-des-formes-premiers-plans/", "12 mars", "Quai des Formes : les premiers plans dévoilés",
             "La future promenade des docks se précise. Vos avis sont attendus."),
            ("/actualites/debat-public-eolien-en-mer/", "6 mars", "Éolien en mer : le débat public est ouvert",
             "La Commission nationale du débat public organise des réunions sur le littoral."),
            ("/actualites/navette-fluviale/", "28 février", "La navette fluviale reprend du service",
             "Nouveaux horaires entre Penhoët et la rive sud."),
            ("/actualites/ferry-enquete-satisfaction/", "20 février", "Ferry : la compagnie interroge ses passagers",
             "Une enquête de satisfaction est menée par l'armateur."),
            ("/actualites/chantiers-recrutent/", "14 février", "Les chantiers navals recrutent",
             "Rendez-vous au forum de l'emploi naval le 22 mars.")]
    events = [("/agenda/regates-de-l-estuaire/", "18-19 mai", "Régates de l'estuaire"),
              ("/ma-ville/participer/conseils-de-quartier/la-forme/", "26 mars", "Conseil de quartier La Forme"),
              ("/ma-ville/participer/assemblee-citoyenne/", "6 avril", "Assemblée citoyenne : 3e session")]
    qpages = []
    for i, (slug, name, desc) in enumerate(quartiers):
        body = m.prose(
            f"Le conseil de quartier {name} réunit des habitants volontaires, des représentants d'associations et deux "
            f"élus référents. Il couvre {desc}.",
            "Il se réunit en séance plénière trois fois par an ; les séances sont ouvertes au public et chacun peut y "
            "poser ses questions. Entre deux séances, des groupes de travail suivent les projets du secteur.",
            f"Prochaine séance : le {20 + i} mars à 18 h 30, maison de quartier. Le compte rendu de la dernière séance est "
            "disponible sur simple demande en mairie annexe.")
        feats, decs = {"participation_displayed"}, set()
        if slug == "la-forme":
            body = m.two_columns(body, m.widget("Votre avis sur le quartier", m.wp_polls(
                12, "Quelle priorité pour la future promenade des docks ?",
                ["Des espaces verts", "Des terrasses et commerces", "Une piste cyclable continue", "Des jeux pour enfants"]),
                "widget widget_polls-widget"))
            feats.add("poll")
        if slug == "penhoet-ouest":
            body += m.h2("Boîte à idées du conseil") + m.prose(
                "Une idée pour votre quartier ? Le conseil l'étudiera lors de sa prochaine séance.") + m.cf7(
                211, 1402, f"/ma-ville/participer/conseils-de-quartier/{slug}/",
                [("your-name", "Votre nom", "text"), ("your-email", "Votre e-mail", "email")],
                ("your-idea", "Votre idée pour le quartier"), "Proposer mon idée")
            # an idea box with a free-text field: a call for ideas and a message to the city (part convention)
            feats |= {"suggestion_call", "contact_form"}
        if slug == "saint-marc-plage":
            body += m.prose("Le conseil a rendu en janvier son avis sur le réaménagement du remblai ; cet avis est aussi "
                            "publié sur la plateforme Decidim de la ville.")
            decs.add("participatory_platform")  # names the platform in passing, without being it
        qpages.append(page(f"/ma-ville/participer/conseils-de-quartier/{slug}/", f"Conseil de quartier {name}", body,
                           feats, decs, parent=("Conseils de quartier", "/ma-ville/participer/conseils-de-quartier/")))
    pages = [
        page("/", "Accueil", _home(
            "Port-Sévrin, ville de chantiers et d'estuaire : retrouvez vos démarches, l'actualité et les rendez-vous "
            "de la participation.",
            [("/ma-ville/participer/", "Sévrin en commun"), ("/ma-ville/participer/budget-participatif/", "Budget participatif"),
             ("/contact/", "Contacter la mairie"), ("/actualites/", "Toutes les actualités"),
             ("/mairie/budget-2024/", "Budget de la ville"), ("/emploi/", "Offres d'emploi"),
             ("/lettre-d-information/", "Lettre d'information"), ("/securite/participation-citoyenne/", "Tranquillité publique"),
             (part + "/", "Plateforme participer.port-sevrin.fr")], news, events)),
        page("/ma-ville/participer/", "Sévrin en commun : participer à la vie de la ville", m.prose(
            "« Sévrin en commun » rassemble toutes les façons de prendre part aux décisions de la ville : les cinq "
            "conseils de quartier, l'assemblée citoyenne tirée au sort, le budget participatif et la plateforme en ligne.",
            "La charte de la participation adoptée en conseil municipal fixe les engagements de la ville : informer en "
            "amont des projets, rendre compte de l'usage des contributions, publier les avis des instances.",
            "Les démarches en ligne se déroulent sur la plateforme <a href=\"" + part + "/\">participer.port-sevrin.fr</a>.")
             + m.links([("/ma-ville/participer/conseils-de-quartier/", "Les conseils de quartier"),
                        ("/ma-ville/participer/assemblee-citoyenne/", "L'assemblée citoyenne"),
                        ("/ma-ville/participer/budget-participatif/", "Le budget participatif"),
                        ("/ma-ville/participer/appel-a-idees-quais/", "Appel à idées : les quais de demain"),
                        (part + "/processes", "Les concertations en cours")]),
             {"participation_displayed"}),
        page("/ma-ville/participer/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier couvrent la ville. Tout habitant de plus de 16 ans peut y siéger : la moitié des "
            "membres est volontaire, l'autre moitié tirée au sort sur les listes électorales.")
             + m.links([(f"/ma-ville/participer/conseils-de-quartier/{s}/", f"Conseil de quartier {n}") for s, n, _ in quartiers]),
             {"participation_displayed"}, parent=("Sévrin en commun", "/ma-ville/participer/")),
        *qpages,
        page("/ma-ville/participer/assemblee-citoyenne/", "L'assemblée citoyenne", m.prose(
            "Quarante habitants tirés au sort travaillent pendant six mois sur une question posée par le conseil municipal : "
            "« Comment vivre avec le port de demain ? ».",
            "Les sessions alternent auditions d'experts (chantiers, autorité portuaire, associations) et délibération. "
            "L'assemblée remettra ses recommandations en juin ; le maire s'est engagé à y répondre publiquement."),
             {"participation_displayed"}, parent=("Sévrin en commun", "/ma-ville/participer/")),
        page("/ma-ville/participer/budget-participatif/", "Budget participatif 2025", m.prose(
            "Un million d'euros pour des projets imaginés par les habitants. Après la phase de dépôt, 34 projets ont été "
            "jugés réalisables.",
            "Pour voter : en ligne sur <a href=\"" + part + "/processes/bp-2025/f/14/budgets/1/projects\">la plateforme participative</a>, "
            "ou avec un bulletin papier dans les mairies annexes et à la médiathèque, du 2 au 30 avril. "
            "Chaque habitant de plus de 11 ans peut choisir jusqu'à cinq projets.")
             + m.links([("/ma-ville/participer/budget-participatif/resultats-2023/", "Les lauréats de l'édition 2023")]),
             {"participation_displayed", "participatory_budget"}, parent=("Sévrin en commun", "/ma-ville/participer/")),
        page("/ma-ville/participer/budget-participatif/resultats-2023/", "Budget participatif 2023 : les lauréats", m.prose(
            "L'édition 2023 est terminée : 6 120 votants ont désigné 12 projets lauréats, dont la réhabilitation du "
            "lavoir des Salorges et des bancs le long du bassin à flot.",
            "Le suivi des travaux est publié chaque trimestre.")
             + m.wp_polls_closed(9, "Votre projet préféré parmi les finalistes 2023 ?",
                                 [("Lavoir des Salorges", 41, 512), ("Bancs du bassin", 33, 412), ("Fresque du quai", 26, 325)], 1249),
             decoys={"participatory_budget", "poll"},  # a closed edition's results and a closed poll: nothing to propose or vote
             parent=("Budget participatif", "/ma-ville/participer/budget-participatif/")),
        page("/ma-ville/participer/appel-a-idees-quais/", "Appel à idées : les quais de demain", m.prose(
            "Les anciens quais des Formes vont être transformés. Avant de lancer le concours d'architectes, la ville "
            "recueille les idées des habitants : usages, ambiance, mémoire des chantiers.",
            "Déposez votre idée avant le 15 avril : elles seront présentées au jury et publiées en ligne.")
             + m.wpforms(877, "/ma-ville/participer/appel-a-idees-quais/",
                         [("Prénom et nom", "text"), ("Adresse e-mail", "email"), ("Votre idée pour les quais", "textarea")],
                         "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Sévrin en commun", "/ma-ville/participer/")),
        page("/actualites/", "Actualités", m.news_cards(news + [
            ("/actualites/regates-vote-du-public/", "2 février", "Régates : votez pour le plus beau voilier", "Le prix du public revient."),
            ("/actualites/nouveau-mail-du-bassin/", "25 janvier", "Le mail du bassin rouvre", "Fin des travaux côté Penhoët.")])),
        page("/actualites/quai-des-formes-premiers-plans/", "Quai des Formes : les premiers plans dévoilés", m.prose(
            "Les esquisses de la future promenade des docks ont été présentées au conseil de quartier La Forme.",
            "Les projets lauréats du budget participatif situés sur les quais seront intégrés au chantier.")
             + m.wpdiscuz(3310, [("Yannick", "13 mars 2024", "Pensez aux pêcheurs à la ligne, ils sont là tous les matins."),
                                 ("Solène B.", "13 mars 2024", "Très beau projet, mais où se garera-t-on les jours de marché ?")])
             + m.share(f"http://{host}/actualites/quai-des-formes-premiers-plans/"),
             {"comments"}, {"participatory_budget"}, parent=("Actualités", "/actualites/")),
        page("/actualites/debat-public-eolien-en-mer/", "Éolien en mer : le débat public est ouvert", m.prose(
            "La Commission nationale du débat public (CNDP) organise jusqu'en juin un débat public sur le projet de parc "
            "éolien au large de l'estuaire. Réunions, ateliers et questionnaire en ligne sont proposés sur le site de la "
            "commission particulière.",
            "La ville n'organise pas ce débat ; elle y déposera un cahier d'acteur. Le Grand Port a également ouvert sa "
            "propre consultation sur l'extension du terminal (voir <a href=\"https://www.facebook.com/GrandPortSevrin\">sa page</a>).",
            "<a href=\"https://www.debatpublic.fr/eolien-en-mer-estuaire\">Participer au débat public</a>"),
             decoys={"participation_displayed", "poll", "participatory_platform"},  # the CNDP's and the port's schemes, not the city's
             parent=("Actualités", "/actualites/")),
        page("/actualites/navette-fluviale/", "La navette fluviale reprend du service", m.prose(
            "Après son carénage, la navette relie à nouveau Penhoët et la rive sud toutes les 30 minutes.",
            "Tarifs inchangés ; abonnement possible avec la carte de transport de l'agglomération.")
             + m.wp_comments(3290, [("Marc", "1 mars 2024", "Et le dimanche matin ?")], open_=False),
             decoys={"comments"},  # comments closed: a past comment and no form
             parent=("Actualités", "/actualites/")),
        page("/actualites/ferry-enquete-satisfaction/", "Ferry : la compagnie interroge ses passagers", m.prose(
            "La compagnie qui exploite la ligne vers les îles lance une enquête de satisfaction auprès de ses passagers "
            "(ponctualité, confort, accueil à bord).",
            "L'enquête est conduite par l'armateur sur son propre site ; la ville n'en est pas destinataire."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/chantiers-recrutent/", "Les chantiers navals recrutent", m.prose(
            "Soudeurs, tuyauteurs, électriciens de bord : plus de 400 postes sont à pourvoir.",
            "Le forum de l'emploi naval se tient le 22 mars au parc des expositions, de 9 h à 17 h.")
             + m.links([("/emploi/", "Les offres de la ville")]),
             decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/actualites/regates-vote-du-public/", "Régates : votez pour le plus beau voilier", m.prose(
            "Comme chaque année, le comité des régates décerne un prix du public au plus beau voilier de la flottille.")
             + m.gravity(9, "/actualites/regates-vote-du-public/",
                         [("Votre voilier préféré", "radio", ["Belle-Étoile", "Mutin II", "Kan an Avel"]), ("Votre e-mail", "email", ())],
                         "Prix du public des régates", "Voter"),
             decoys={"poll", "contact_form"},  # a regatta's public prize, not a poll on city matters
             parent=("Actualités", "/actualites/")),
        page("/actualites/nouveau-mail-du-bassin/", "Le mail du bassin rouvre", m.prose(
            "Le mail planté le long du bassin à flot rouvre après huit mois de travaux : 120 arbres, une piste cyclable "
            "et des pontons d'observation.")
             + m.wp_comments(3275, [("Annick", "26 janvier 2024", "Enfin ! Bravo aux équipes."),
                                    ("Pierre-Yves", "27 janvier 2024", "Il manque encore des poubelles côté écluse.")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/agenda/regates-de-l-estuaire/", "Régates de l'estuaire", m.prose(
            "Deux jours de courses entre le phare et le pont. Village des régates sur le quai, animations pour les enfants.")),
        page("/contact/", "Contacter la mairie", m.prose(
            "Hôtel de ville, place de l'Amiral, du lundi au vendredi de 8 h 30 à 17 h 30. Pour une démarche, précisez "
            "le service concerné.")
             + m.cf7(5, 88, "/contact/", [("your-name", "Nom et prénom", "text"), ("your-email", "E-mail", "email"),
                                          ("your-subject", "Objet", "text")]),
             {"contact_form"}),
        page("/mairie/budget-2024/", "Le budget 2024", m.prose(
            "Le budget primitif 2024 s'élève à 168 millions d'euros, dont 41 millions d'investissement.",
            "Le compte administratif 2023 a été approuvé en juin. Le budget participatif représente 1 million d'euros de cette enveloppe.")
             + m.links([("/mairie/conseil-municipal/", "Séances du conseil municipal")]),
             decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit une fois par mois, salle des Chantiers. Les séances sont publiques et "
            "retransmises en direct.",
            "Ordre du jour de la prochaine séance : budget supplémentaire, convention avec le Grand Port, dénomination de voies."),
             decoys={"participation_displayed"}),
        page("/lettre-d-information/", "Lettre d'information", m.prose(
            "Recevez chaque mois l'essentiel de l'actualité de Port-Sévrin.") + m.newsletter_wp(),
             decoys={"contact_form"}),
        page("/emploi/", "Offres d'emploi", m.prose("La ville recrute des agents pour ses services techniques et ses écoles.")
             + m.links([("/emploi/candidature-spontanee/", "Déposer une candidature spontanée")])),
        page("/emploi/candidature-spontanee/", "Candidature spontanée", m.prose(
            "Joignez votre CV et votre lettre de motivation ; le service des ressources humaines vous répondra sous un mois.")
             + m.gravity(4, "/emploi/candidature-spontanee/",
                         [("Nom", "text", ()), ("E-mail", "email", ()), ("Métier recherché", "select", ["Technique", "Animation", "Administratif"]),
                          ("CV", "file", ()), ("Lettre de motivation", "file", ())], "Candidature", "Postuler"),
             decoys={"contact_form", "suggestion_call"}, parent=("Offres d'emploi", "/emploi/")),
        page("/securite/participation-citoyenne/", "Dispositif « participation citoyenne »", m.prose(
            "Le dispositif de participation citoyenne, piloté par la gendarmerie, associe des habitants référents à la "
            "surveillance de leur quartier. Il ne s'agit pas d'une instance de démocratie locale.",
            "Pour devenir référent, adressez-vous à la brigade de gendarmerie."),
             decoys={"participation_displayed", "territorial_social_network"}),
    ]
    www = Site(host, "salines_fse", "Ville de Port-Sévrin", pages,
               menu=[("Ma ville", "/ma-ville/participer/"), ("Participer", "/ma-ville/participer/"), ("Actualités", "/actualites/"),
                     ("Mairie", "/mairie/conseil-municipal/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilledePortSevrin"), social("instagram", "portsevrin"),
                         social("youtube", "VilledePortSevrin"), social("linkedin", "ville-de-port-sevrin")],
               address="Hôtel de ville, place de l'Amiral, 44650 Port-Sévrin")

    bp = "/processes/bp-2025"
    dp = [
        page("/", "Participer à Port-Sévrin", m.prose(
            "Bienvenue sur la plateforme de participation de la ville de Port-Sévrin. Proposez, débattez, votez : "
            "chaque démarche précise ce que la ville fera de vos contributions.")
             + m.decidim_process_card(bp, "Budget participatif 2025", "Vote des projets", "Votez pour les projets des habitants.")
             + m.decidim_process_card("/processes/quais", "Les quais de demain", "Propositions", "Vos propositions pour les anciens docks.")
             + m.decidim_process_card("/processes/bp-2023", "Budget participatif 2023", "Terminé", "Résultats et suivi.")
             + m.links([("/processes", "Toutes les concertations"), ("/initiatives", "Initiatives citoyennes")]),
             {"participation_displayed"}),  # the platform's home presents the city's processes
        page("/processes", "Concertations", m.decidim_process_card(bp, "Budget participatif 2025", "Vote", "1 M€ pour vos projets.")
             + m.decidim_process_card("/processes/quais", "Les quais de demain", "Propositions", "Jusqu'au 15 avril.")
             + m.decidim_process_card("/processes/bp-2023", "Budget participatif 2023", "Terminé", "12 projets lauréats."),
             {"participation_displayed"}),
        page(bp, "Budget participatif 2025", m.prose(
            "Troisième édition du budget participatif. Les projets retenus après étude technique sont soumis au vote "
            "jusqu'au 30 avril.") + m.decidim_components([(bp + "/f/14/budgets/1/projects", "Voter les projets"),
                                                          (bp + "/f/15/pages", "Règlement")]),
             {"participatory_budget"}),
        page(bp + "/f/15/pages", "Règlement du budget participatif", m.prose(
            "Peuvent voter toutes les personnes de plus de 11 ans habitant, travaillant ou étudiant à Port-Sévrin. "
            "Chaque votant choisit de un à cinq projets. Le vote papier est possible en mairie annexe.",
            "Les projets doivent relever des compétences de la ville et coûter moins de 150 000 euros."),
             {"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page(bp + "/f/14/budgets/1/projects", "Projets soumis au vote", m.decidim_budget([
            (bp + "/f/14/budgets/1/projects/31", "Un ponton de baignade à Saint-Marc", "120 000"),
            (bp + "/f/14/budgets/1/projects/32", "Des nichoirs sur les grues du bassin", "18 000"),
            (bp + "/f/14/budgets/1/projects/33", "Un atelier vélo aux Salorges", "45 000"),
            (bp + "/f/14/budgets/1/projects/34", "Éclairer l'escalier de la Ville-Haute", "60 000")], "1 000 000"),
             {"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page(bp + "/f/14/budgets/1/projects/31", "Un ponton de baignade à Saint-Marc", m.prose(
            "Un ponton flottant accessible aux personnes à mobilité réduite, installé de juin à septembre.",
            "Coût estimé : 120 000 €. Porté par l'association des riverains du remblai.")
             + m.decidim_comments("Project", 31, [("Gwen", "3 avril", "Super idée, ma grand-mère pourrait enfin se baigner."),
                                                  ("Loïc R.", "4 avril", "Attention aux marées, le ponton doit être bien ancré.")]),
             {"participatory_budget", "comments"}, parent=("Projets soumis au vote", bp + "/f/14/budgets/1/projects")),
        page(bp + "/f/14/budgets/1/projects/32", "Des nichoirs sur les grues du bassin", m.prose(
            "Installer des nichoirs pour les faucons crécerelles sur les grues conservées du bassin à flot. Coût : 18 000 €."),
             {"participatory_budget"}, parent=("Projets soumis au vote", bp + "/f/14/budgets/1/projects")),
        page(bp + "/f/14/budgets/1/projects/34", "Éclairer l'escalier de la Ville-Haute", m.prose(
            "Un éclairage économe sur les 96 marches qui relient le port à la Ville-Haute. Coût : 60 000 €."),
             {"participatory_budget"}, parent=("Projets soumis au vote", bp + "/f/14/budgets/1/projects")),
        page(bp + "/f/14/budgets/1/projects/33", "Un atelier vélo aux Salorges", m.prose(
            "Un local d'autoréparation de vélos ouvert deux soirs par semaine, animé par des bénévoles.")
             + m.decidim_comments("Project", 33, [("Théo", "5 avril", "Je veux bien donner un coup de main le jeudi.")]),
             {"participatory_budget", "comments"}, parent=("Projets soumis au vote", bp + "/f/14/budgets/1/projects")),
        page("/processes/quais", "Les quais de demain", m.prose(
            "Avant le concours d'architectes, proposez vos idées pour les anciens docks et répondez au questionnaire sur vos usages.")
             + m.decidim_components([("/processes/quais/f/21/proposals", "Propositions"), ("/processes/quais/f/22/surveys", "Questionnaire")]),
             {"suggestion_call", "participation_displayed"}),
        page("/processes/quais/f/21/proposals", "Propositions", m.decidim_proposals([
            ("/processes/quais/f/21/proposals/118", "Garder une grue comme belvédère", "Hervé L.", 6, ("success", "Évaluation")),
            ("/processes/quais/f/21/proposals/121", "Un marché couvert dans l'ancienne forme", "Collectif des Formes", 3, ("", "Publiée")),
            ("/processes/quais/f/21/proposals/124", "Une halle pour les associations nautiques", "Clara", 1, ("", "Publiée"))],
            "/processes/quais/f/21/proposals/new"), {"suggestion_call"}, parent=("Les quais de demain", "/processes/quais")),
        page("/processes/quais/f/21/proposals/118", "Garder une grue comme belvédère", m.prose(
            "La grue Titan du quai 3 pourrait être conservée et aménagée en belvédère sur l'estuaire, en mémoire des chantiers.")
             + m.decidim_comments("Proposal", 118, [("Morgane", "2 mars", "Oui ! C'est tout notre patrimoine."),
                                                    ("J.-C. Le Floch", "3 mars", "Le coût de mise en sécurité risque d'être élevé.")]),
             {"suggestion_call", "comments"}, parent=("Propositions", "/processes/quais/f/21/proposals")),
        page("/processes/quais/f/21/proposals/121", "Un marché couvert dans l'ancienne forme", m.prose(
            "La forme de radoub n° 2 pourrait accueillir un marché couvert de producteurs, à l'abri du vent.")
             + m.decidim_comments("Proposal", 121, [("Anne-Sophie", "8 mars", "Et les jours de tempête, on ferme ?")]),
             {"suggestion_call", "comments"}, parent=("Propositions", "/processes/quais/f/21/proposals")),
        page("/processes/quais/f/21/proposals/124", "Une halle pour les associations nautiques", m.prose(
            "Les clubs d'aviron et de voile manquent de place pour stocker leurs embarcations."),
             {"suggestion_call"}, parent=("Propositions", "/processes/quais/f/21/proposals")),
        page("/processes/quais/f/21/proposals/new", "Nouvelle proposition", m.decidim_new_proposal("/processes/quais/f/21/proposals"),
             {"suggestion_call"}, {"contact_form"}, parent=("Propositions", "/processes/quais/f/21/proposals")),  # a public contribution on the platform, not a message to the city (convention)
        page("/processes/quais/f/22/surveys", "Questionnaire : vos usages des quais", m.decidim_survey(
            "/processes/quais/f/22/questionnaire/answer",
            [("À quelle fréquence venez-vous sur les quais ?", ["Chaque semaine", "Chaque mois", "Rarement", "Jamais"]),
             ("Comment y venez-vous ?", ["À pied", "À vélo", "En bus", "En voiture"]),
             ("Que vous manque-t-il le plus ?", ["De l'ombre", "Des bancs", "Des commerces", "Des toilettes"])]),
             {"poll"}, parent=("Les quais de demain", "/processes/quais")),
        page("/processes/bp-2023", "Budget participatif 2023", m.prose(
            "Cette édition est terminée. 12 projets ont été retenus ; consultez leur avancement.",
            "Le vote est clos depuis le 30 avril 2023."),
             decoys={"participatory_budget"}),  # a closed edition: residents can no longer propose or vote
        page("/initiatives", "Initiatives citoyennes", m.prose(
            "Le droit d'initiative permet à tout habitant de soumettre une demande au conseil municipal : au-delà de "
            "1 500 signatures, elle est inscrite à l'ordre du jour.")
             + '<div class="card__list-list"><a href="/initiatives/i-7" class="card__list"><div class="card__list-title">Rouvrir la passerelle du Brivet</div>'
               '<div class="card__list-metadata"><span>812 / 1 500 signatures</span></div></a>'
               '<a href="/initiatives/i-9" class="card__list"><div class="card__list-title">Des toilettes publiques au port de plaisance</div>'
               '<div class="card__list-metadata"><span>207 / 1 500 signatures</span></div></a></div>'
               '<a href="/create_initiative/select_initiative_type" class="button button__sm button__secondary">Lancer une initiative</a>',
             {"petition"}),  # Decidim initiatives: residents start and sign petitions to the council
        page("/initiatives/i-7", "Rouvrir la passerelle du Brivet", m.prose(
            "Fermée depuis 2021, la passerelle reliait deux quartiers. Nous demandons au conseil municipal de voter sa réparation.")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">812</span> <span class="progress-bar__units">/ 1 500 signatures</span></div>'
               '<form class="button_to" method="post" action="/initiatives/i-7/initiative_signatures"><button class="button button__xl button__secondary" type="submit">Signer</button>'
               '<input type="hidden" name="authenticity_token" value="Qd2sVb7Lw0" autocomplete="off" /></form></div>',
             {"petition"}, parent=("Initiatives citoyennes", "/initiatives")),
        page("/initiatives/i-9", "Des toilettes publiques au port de plaisance", m.prose(
            "Les plaisanciers et les promeneurs n'ont aucune toilette entre la capitainerie et la plage.")
             + '<form class="button_to" method="post" action="/initiatives/i-9/initiative_signatures"><button class="button button__xl button__secondary" type="submit">Signer</button></form>',
             {"petition"}, parent=("Initiatives citoyennes", "/initiatives")),
        page("/create_initiative/select_initiative_type", "Lancer une initiative", m.prose(
            "Choisissez le type d'initiative : pétition au conseil municipal ou demande de consultation.")
             + '<form action="/create_initiative/previous_form" method="post" class="form"><label>Titre<input type="text" name="initiative[title]"></label>'
               '<label>Description<textarea name="initiative[description]" rows="6"></textarea></label><button class="button" type="submit">Continuer</button></form>',
             {"petition"}, {"contact_form"}, parent=("Initiatives citoyennes", "/initiatives")),  # a public contribution on the platform, not a message to the city (convention)
    ]
    dec = Site("participer.port-sevrin.fr", "decidim", "Participer à Port-Sévrin", dp,
               menu=[("Accueil", "/"), ("Concertations", "/processes"), ("Initiatives", "/initiatives"), ("Site de la ville", f"http://{host}/")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99171", "Port-Sévrin", 96400, "44", "52", "Pays de la Loire", f"http://{host}/", [www, dec],
                decoy_accounts=("https://www.facebook.com/grandportsevrin",))


# ==================================================================================================
# 99172 Ploudaoulas: Drupal (DSFR) + Cap Collectif


def ploudaoulas() -> City:
    host, cc = "www.ploudaoulas.bzh", "http://ploudaoulas.cap-collectif.com"
    news = [("/actualites/gare-maritime-travaux", "11 mars", "Gare maritime : début des travaux", "Le parvis sera fermé jusqu'en juin."),
            ("/actualites/enquete-publique-extension-port", "4 mars", "Extension du port de commerce : enquête publique",
             "Le commissaire enquêteur tiendra des permanences en mairie."),
            ("/actualites/budget-participatif-region", "27 février", "Budget participatif régional : des projets finistériens",
             "La Région ouvre sa nouvelle édition."),
            ("/actualites/liaisons-iles-ete", "19 février", "Liaisons vers les îles : horaires d'été", "Plus de rotations en juillet."),
            ("/actualites/forum-associations", "12 février", "Forum des associations", "Rendez-vous à la salle Ar Vag.")]
    cq = [("conseil-quartier-rive-droite", "Rive droite", "la gare maritime et le quartier des Capucins"),
          ("conseil-quartier-kerlaouen", "Kerlaouen", "les grands ensembles et la vallée du Dour"),
          ("conseil-quartier-centre-port", "Centre-Port", "les quais, les halles et la criée")]
    pages = [
        page("/", "Accueil", _home(
            "Ploudaoulas, port des îles et ville de la mer. Démarches, actualités, participation : tout est ici.",
            [("/participer", "Participer"), ("/participer/budget-participatif", "Budget participatif"),
             ("/contact", "Nous contacter"), ("/actualites", "Actualités"), ("/vivre/mobilite/enquete-deplacements", "Enquête déplacements"),
             ("/vivre/logement/demande", "Demande de logement"), (cc + "/", "ploudaoulas.cap-collectif.com")],
            news, [("/participer/conseils-de-quartier", "2 avril", "Conseils de quartier : séance commune"),
                   ("/agenda/fete-des-goemoniers", "13 juillet", "Fête des goémoniers")])
            + m.drupal_poll_block(4, "Faut-il piétonniser le quai Duguay le dimanche ?", ["Oui, toute l'année", "L'été seulement", "Non"]),
             {"poll"}),
        page("/participer", "Participer : Ploudaoulas ensemble", m.prose(
            "La démocratie locale à Ploudaoulas repose sur trois conseils de quartier, un conseil des sages, un conseil "
            "municipal des jeunes et une plateforme en ligne ouverte à tous.",
            "Chaque grand projet fait l'objet d'une concertation : réunions publiques, balades urbaines et contributions en ligne.")
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/budget-participatif", "Budget participatif"),
                        ("/participer/votation-halles", "Votation sur l'avenir des halles"), ("/participer/charte", "Charte de la participation"),
                        (cc + "/", "La plateforme de participation")]),
             {"participation_displayed"}),
        page("/participer/charte", "Charte de la participation", m.prose(
            "La charte, adoptée en 2022, engage la ville à associer les habitants à toutes les décisions qui les concernent, "
            "à rendre compte des avis recueillis et à former les élus et agents à l'animation de la concertation.",
            "Elle reconnaît un droit d'interpellation : toute question signée par 300 habitants reçoit une réponse en conseil municipal."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Trois conseils de quartier, composés d'habitants volontaires et d'habitants tirés au sort, émettent des avis "
            "sur les projets et disposent d'une enveloppe de 20 000 euros par an.")
             + m.links([(f"/participer/conseils-de-quartier/{s}", f"Conseil de quartier {n}") for s, n, _ in cq]),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        *[page(f"/participer/conseils-de-quartier/{s}", f"Conseil de quartier {n}", m.prose(
            f"Le conseil de quartier {n} couvre {d}. Il compte 24 membres renouvelés tous les trois ans.",
            "Ses séances sont publiques. Le bureau prépare l'ordre du jour à partir des questions des habitants.",
            "Pour rejoindre le conseil, écrivez au service démocratie locale.")
            + (m.webform("avis_quartier_kerlaouen", f"/participer/conseils-de-quartier/{s}",
                         [("Vous sentez-vous en sécurité dans la vallée du Dour le soir ?", ["Oui", "Plutôt", "Non"]),
                          ("Quel aménagement en priorité ?", ["Éclairage", "Sentier", "Aire de jeux"])],
                         intro="Questionnaire du conseil de quartier, ouvert jusqu'au 30 avril.") if s.endswith("kerlaouen") else ""),
            {"participation_displayed", "poll"} if s.endswith("kerlaouen") else {"participation_displayed"},
            parent=("Conseils de quartier", "/participer/conseils-de-quartier")) for s, n, d in cq],
        page("/participer/budget-participatif", "Budget participatif : « Ploudaoulas, à vous de jouer »", m.prose(
            "300 000 euros pour des projets proposés par les habitants. Dépôt des idées jusqu'au 31 mars sur "
            f"<a href=\"{cc}/project/budget-participatif-2025/collect/depot-des-projets\">la plateforme</a> ou sur un formulaire papier "
            "disponible à l'accueil de la mairie ; vote en ligne et dans les urnes des mairies de quartier en juin."),
             {"participation_displayed", "participatory_budget"}, parent=("Participer", "/participer")),
        page("/participer/votation-halles", "Votation : quel avenir pour les halles ?", m.prose(
            "Le 25 mai, les habitants de plus de 16 ans sont appelés à se prononcer sur deux scénarios pour les halles du port. "
            "Le vote a lieu dans les bureaux de vote habituels, de 9 h à 18 h, sur présentation d'un justificatif de domicile.",
            "Le conseil municipal s'est engagé à suivre le résultat si la participation dépasse 20 %."),
             {"participation_displayed"}, {"poll"},  # a votation at polling stations: no online questionnaire on the page
             parent=("Participer", "/participer")),
        page("/vivre/mobilite/enquete-deplacements", "Enquête : vos déplacements dans Ploudaoulas", m.prose(
            "Pour préparer le plan de mobilité, la ville vous interroge sur vos trajets quotidiens. 5 minutes, anonyme.")
             + m.webform("enquete_deplacements", "/vivre/mobilite/enquete-deplacements",
                         [("Comment rejoignez-vous le centre-ville ?", ["À pied", "À vélo", "En bus", "En voiture"]),
                          ("Prenez-vous le bateau vers les îles ?", ["Chaque semaine", "Parfois", "Jamais"])],
                         [("remarques", "Autres remarques")]),
             {"poll"}, {"contact_form"}),  # a survey's open remarks field: not a message to the city (part convention)
        page("/actualites", "Actualités", m.news_cards(news + [
            ("/actualites/criee-nouvelle-halle", "5 février", "Criée : la nouvelle halle à marée", "Inauguration samedi."),
            ("/actualites/budget-2024-vote", "30 janvier", "Le budget 2024 voté", "Priorité aux écoles et au port.")])),
        page("/actualites/gare-maritime-travaux", "Gare maritime : début des travaux", m.prose(
            "Le parvis de la gare maritime est fermé jusqu'en juin. Un cheminement provisoire est balisé depuis le parking.")
             + m.drupal_comments("412", [("Maïwenn", "12 mars", "Pensez aux voyageurs avec valises, la pente est raide."),
                                         ("Ronan", "12 mars", "Les panneaux sont bien visibles, merci.")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/criee-nouvelle-halle", "Criée : la nouvelle halle à marée", m.prose(
            "La nouvelle halle à marée est inaugurée samedi. Visites guidées le matin.")
             + m.drupal_comments("398", [("Yves", "6 février", "Ouverte au public le week-end ?")], open_=False),
             decoys={"comments"}, parent=("Actualités", "/actualites")),  # comments closed: no form
        page("/actualites/enquete-publique-extension-port", "Extension du port de commerce : enquête publique", m.prose(
            "Par arrêté préfectoral, une enquête publique est ouverte du 4 mars au 5 avril sur le projet d'extension du "
            "terre-plein porté par la Région, propriétaire du port.",
            "Le dossier est consultable en mairie et sur le registre dématérialisé de la préfecture ; le commissaire "
            "enquêteur recevra le public les 12 et 28 mars."),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/actualites")),  # the State's inquiry
        page("/actualites/budget-participatif-region", "Budget participatif régional : des projets finistériens", m.prose(
            "La Région ouvre la nouvelle édition de son budget participatif écologique. Les associations du pays peuvent "
            "déposer un projet sur le site de la Région jusqu'au 15 avril."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),  # the Région's scheme
        page("/actualites/liaisons-iles-ete", "Liaisons vers les îles : horaires d'été", m.prose(
            "La compagnie maritime ajoute deux rotations quotidiennes en juillet et août. Réservation conseillée.")),
        page("/actualites/forum-associations", "Forum des associations", m.prose(
            "Plus de 80 associations au forum des associations, samedi 7 septembre à la salle Ar Vag."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-2024-vote", "Le budget 2024 voté", m.prose(
            "Le conseil municipal a adopté le budget primitif 2024 : 52 millions d'euros, dont 14 pour l'investissement."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/agenda/fete-des-goemoniers", "Fête des goémoniers", m.prose("Démonstrations, fest-noz et marché de la mer sur le quai.")),
        page("/vivre/logement/demande", "Faire une demande de logement social", m.prose(
            "La demande de logement social se fait en ligne sur le portail national ou auprès du CCAS.")
             + m.webform_contact("rdv_logement", "/vivre/logement/demande", [("nom", "Nom", "text"), ("telephone", "Téléphone", "tel")],
                                 "Composition du foyer", "foyer"),
             decoys={"contact_form"}),  # a housing appointment form, not a message to the city
        page("/contact", "Nous contacter", m.prose("Mairie de Ploudaoulas, 1 place de la République.")
             + m.webform_contact("contact", "/contact", [("nom", "Votre nom", "text"), ("courriel", "Votre courriel", "email"),
                                                         ("objet", "Objet", "text")]),
             {"contact_form"}),
    ]
    www = Site(host, "salines_dsfr", "Ville de Ploudaoulas", pages,
               menu=[("Participer", "/participer"), ("Actualités", "/actualites"), ("Vivre à Ploudaoulas", "/vivre/mobilite/enquete-deplacements"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "ploudaoulas"), social("instagram", "ville_ploudaoulas"),
                         social("mastodon", "ploudaoulas@mastodon.bzh")],
               address="1 place de la République, 29870 Ploudaoulas")

    proj = "/project/budget-participatif-2025"
    cp = [
        page("/", "Ploudaoulas participe", m.prose(
            "La plateforme de participation de la ville de Ploudaoulas : budget participatif, appels à idées, questionnaires.")
             + m.links([(proj + "/collect/depot-des-projets", "Budget participatif 2025 : déposez vos projets"),
                        ("/project/reinventons-le-quai-duguay/collect/vos-idees", "Réinventons le quai Duguay"),
                        ("/project/mobilites-iles/questionnaire/questionnaire-usagers", "Questionnaire : aller aux îles"),
                        ("/projects", "Tous les projets")]),
             {"participation_displayed"}),
        page("/projects", "Tous les projets", m.links([
            (proj + "/collect/depot-des-projets", "Budget participatif 2025"),
            ("/project/reinventons-le-quai-duguay/collect/vos-idees", "Réinventons le quai Duguay"),
            ("/project/mobilites-iles/questionnaire/questionnaire-usagers", "Mobilités vers les îles"),
            ("/project/budget-participatif-2023/selection/laureats", "Budget participatif 2023 (terminé)")]),
             {"participation_displayed"}),
        page(proj + "/collect/depot-des-projets", "Budget participatif 2025 - Dépôt des projets", m.capco_steps([
            (proj + "/presentation/presentation", "Présentation", "janvier", False),
            (proj + "/collect/depot-des-projets", "Dépôt des projets", "1er février - 31 mars", True),
            (proj + "/selection/vote", "Vote", "juin", False)])
             + m.prose("Déposez votre projet : il doit relever de l'intérêt général et coûter moins de 50 000 euros.")
             + '<a class="btn btn-primary" href="/login">Déposer un projet</a>'
             + m.capco_proposals([(proj + "/collect/depot-des-projets/proposals/un-abri-pour-les-kayaks", "Un abri pour les kayaks", "Erwan", 0, 4),
                                  (proj + "/collect/depot-des-projets/proposals/potager-des-capucins", "Un potager aux Capucins", "Asso Ti Glas", 0, 2)]),
             {"participatory_budget"}),
        page(proj + "/presentation/presentation", "Budget participatif 2025 - Présentation", m.prose(
            "300 000 euros, trois étapes : dépôt, analyse par les services, vote. Le vote se fera en ligne et sur papier."),
             {"participatory_budget"}, parent=("Budget participatif 2025", proj + "/collect/depot-des-projets")),
        page(proj + "/selection/vote", "Budget participatif 2025 - Vote", m.prose(
            "Le vote ouvrira le 1er juin. Les projets jugés réalisables sont présentés ici.")
             + m.capco_proposals([(proj + "/collect/depot-des-projets/proposals/un-abri-pour-les-kayaks", "Un abri pour les kayaks", "Erwan", 0, 4)], vote=True),
             {"participatory_budget"}, parent=("Budget participatif 2025", proj + "/collect/depot-des-projets")),
        page(proj + "/collect/depot-des-projets/proposals/potager-des-capucins", "Un potager aux Capucins", m.prose(
            "Un jardin partagé au pied des immeubles des Capucins, avec des bacs accessibles aux personnes âgées."),
             {"participatory_budget"}, parent=("Budget participatif 2025", proj + "/collect/depot-des-projets")),
        page(proj + "/collect/depot-des-projets/proposals/un-abri-pour-les-kayaks", "Un abri pour les kayaks", m.prose(
            "Un abri fermé sur la cale du Moulin pour ranger les kayaks des habitants.")
             + '<div class="opinion__comments"><h3>4 commentaires</h3><ul class="comment-list"><li class="comment"><span class="comment__author">Nolwenn</span><p>Indispensable l\'été !</p></li></ul>'
               '<form class="comment-form" method="post" action="/graphql"><textarea name="body" placeholder="Ajouter un commentaire" class="form-control"></textarea>'
               '<button class="btn btn-primary" type="submit">Commenter</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Budget participatif 2025", proj + "/collect/depot-des-projets")),
        page("/project/reinventons-le-quai-duguay/collect/vos-idees", "Réinventons le quai Duguay - Vos idées", m.prose(
            "Appel à idées : comment faire du quai Duguay un lieu de vie ? Proposez, votez pour les idées des autres, commentez.")
             + m.capco_proposals([("/project/reinventons-le-quai-duguay/collect/vos-idees/proposals/une-plage-urbaine", "Une plage urbaine l'été", "Katell", 28, 6),
                                  ("/project/reinventons-le-quai-duguay/collect/vos-idees/proposals/un-marche-du-soir", "Un marché du soir", "Yann", 17, 3)])
             + '<a class="btn btn-primary" href="/login">Proposer une idée</a>',
             {"suggestion_call"}),
        page("/project/reinventons-le-quai-duguay/collect/vos-idees/proposals/une-plage-urbaine", "Une plage urbaine l'été", m.prose(
            "Du sable, des transats et une buvette associative sur le quai, de juin à septembre."),
             {"suggestion_call"}, parent=("Vos idées", "/project/reinventons-le-quai-duguay/collect/vos-idees")),
        page("/project/reinventons-le-quai-duguay/collect/vos-idees/proposals/un-marche-du-soir", "Un marché du soir", m.prose(
            "Un marché de producteurs le jeudi soir en été, avec de la musique sur le quai."),
             {"suggestion_call"}, parent=("Vos idées", "/project/reinventons-le-quai-duguay/collect/vos-idees")),
        page("/project/mobilites-iles/questionnaire/questionnaire-usagers", "Questionnaire : aller aux îles", m.capco_questionnaire(
            "questionnaire-usagers", [("Combien de fois par an allez-vous sur les îles ?", ["Jamais", "1 à 5 fois", "Plus de 5 fois"]),
                                      ("Comment rejoignez-vous la gare maritime ?", ["À pied", "En bus", "En voiture"])]),
             {"poll"}),
        page("/project/budget-participatif-2023/selection/laureats", "Budget participatif 2023 - Lauréats", m.prose(
            "L'édition 2023 est close. Les 9 projets lauréats sont en cours de réalisation."),
             decoys={"participatory_budget"}),  # closed edition: results only
    ]
    cap = Site("ploudaoulas.cap-collectif.com", "capcollectif", "Ploudaoulas participe", cp,
               menu=[("Accueil", "/"), ("Projets", "/projects"), ("Ville de Ploudaoulas", f"http://{host}/")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    return City("99172", "Ploudaoulas", 41800, "29", "53", "Bretagne", f"http://{host}/", [www, cap])


# ==================================================================================================
# 99173 Carmerel: SPIP + Fluicity


def carmerel() -> City:
    host, fl = "www.carmerel.fr", "http://carmerel.flui.city"
    news = [("/Ferry-pour-l-Angleterre-une-nouvelle-ligne", "8 mars", "Ferry : une nouvelle ligne vers l'Angleterre", "Départs quotidiens dès mai."),
            ("/Forum-des-metiers-de-la-mer", "1er mars", "Forum des métiers de la mer", "Lycée maritime, arsenal, pêche : venez vous informer."),
            ("/Concours-photo-Carmerel-cote-mer", "22 février", "Concours photo « Carmerel côté mer »", "Votez pour votre cliché préféré."),
            ("/Maternite-une-petition-circule", "15 février", "Maternité : une pétition circule", "Le maire a reçu le collectif."),
            ("/Sondage-illuminations-les-resultats", "2 février", "Illuminations : les résultats du sondage", "Merci aux 900 participants.")]
    pages = [
        page("/", "Accueil", _home(
            "Carmerel, port de l'arsenal et des ferries, vous souhaite la bienvenue.",
            [("/-Participer-", "Participer"), ("/Le-droit-de-petition", "Pétitions"), ("/Questionnaire-les-Carmerelais-et-la-mer", "Questionnaire"),
             ("/Contact", "Contact"), ("/-Actualites-", "Actualités"), (fl + "/", "Carmerel participe (Fluicity)")],
            news, [("/Comite-de-quartier-de-l-Arsenal", "28 mars", "Comité de quartier de l'Arsenal"),
                   ("/Forum-l-avenir-de-la-gare-maritime", "4 avril", "Réunion publique : la gare maritime")])),
        page("/-Participer-", "Participer", m.prose(
            "La ville associe les habitants à ses décisions : comités de quartier, forums en ligne sous les grands dossiers, "
            "droit de pétition et application de participation « Carmerel participe ».")
             + m.links([("/Les-comites-de-quartier", "Les comités de quartier"), ("/Forum-l-avenir-de-la-gare-maritime", "Forum : la gare maritime"),
                        ("/Forum-stationnement-en-centre-ville", "Forum : le stationnement"), ("/Le-droit-de-petition", "Le droit de pétition"),
                        ("/Carmerel-participe-l-application", "L'application Carmerel participe")]),
             {"participation_displayed"}),
        page("/Les-comites-de-quartier", "Les comités de quartier", m.prose(
            "Six comités de quartier, ouverts à tous les habitants, se réunissent chaque trimestre avec l'adjoint à la démocratie locale.")
             + m.links([("/Comite-de-quartier-de-l-Arsenal", "Comité de l'Arsenal"), ("/Comite-de-quartier-des-Mielles", "Comité des Mielles")]),
             {"participation_displayed"}, parent=("Participer", "/-Participer-")),
        page("/Comite-de-quartier-de-l-Arsenal", "Comité de quartier de l'Arsenal", m.prose(
            "Le comité suit la reconversion des terrains libérés par la Marine et la desserte de la gare maritime.",
            "Prochaine réunion le 28 mars, école du Roule, 18 h. Ordre du jour : circulation des poids lourds du ferry."),
             {"participation_displayed"}, parent=("Les comités de quartier", "/Les-comites-de-quartier")),
        page("/Comite-de-quartier-des-Mielles", "Comité de quartier des Mielles", m.prose(
            "Le comité des Mielles travaille sur le front de mer et la base nautique. Ses membres ont rendu un avis sur le "
            "plan de gestion de la plage.", "Tous les habitants du quartier peuvent participer aux réunions."),
             {"participation_displayed"}, parent=("Les comités de quartier", "/Les-comites-de-quartier")),
        page("/Forum-l-avenir-de-la-gare-maritime", "Forum : l'avenir de la gare maritime", m.prose(
            "La gare maritime des années 1930 doit être rénovée. Quels usages pour ses grands halls ? Exprimez-vous dans le forum ci-dessous.")
             + m.spip_forum(41, [("Un musée de la traversée", "Odile", "2 mars", "Les paquebots ont fait l'histoire de la ville, il faut la raconter."),
                                 ("Re : Un musée de la traversée", "Benoît L.", "3 mars", "Un musée, oui, mais aussi un café ouvert le soir."),
                                 ("Le parking", "Régis", "5 mars", "Avant tout, régler la question des files de camions.")])
             + '<p class="repondre"><a href="/spip.php?page=forum&amp;id_article=41">Répondre à cet article</a></p>',
             {"forum", "comments", "participation_displayed"},  # SPIP article forum: threads and replies under content (convention)
             parent=("Participer", "/-Participer-")),
        page("/spip.php?page=forum&id_article=41", "Répondre à : l'avenir de la gare maritime", m.prose(
            "Votre message sera publié après validation par le modérateur.") + m.spip_forum_form(41),
             {"forum", "comments"}, parent=("Forum : la gare maritime", "/Forum-l-avenir-de-la-gare-maritime")),
        page("/Forum-stationnement-en-centre-ville", "Forum : le stationnement en centre-ville", m.prose(
            "Zone bleue, parkings relais, livraisons : le plan de stationnement est en préparation.")
             + m.spip_forum(57, [("Zone bleue", "Martine", "11 février", "Une heure, c'est trop court pour le marché."),
                                 ("Navettes", "Karim", "12 février", "Il faudrait une navette depuis le parking du ferry.")]),
             {"forum", "comments"}, parent=("Participer", "/-Participer-")),
        page("/Le-droit-de-petition", "Le droit de pétition", m.prose(
            "Toute pétition signée par 500 habitants de plus de 16 ans est inscrite à l'ordre du jour du conseil municipal. "
            "Les pétitions sont déposées et signées sur ce site.")
             + m.links([("/Petition-une-passerelle-pour-l-Arsenal", "Pétition en cours : une passerelle pour l'Arsenal"),
                        ("/Petition-horaires-de-la-piscine-close", "Pétition close : horaires de la piscine")]),
             {"participation_displayed", "petition"}, parent=("Participer", "/-Participer-")),
        page("/Petition-une-passerelle-pour-l-Arsenal", "Pétition : une passerelle pour l'Arsenal", m.prose(
            "Nous demandons une passerelle piétonne entre le quartier de l'Arsenal et la gare maritime.")
             + m.spip_petition(63, [("Hélène M.", "4 mars", "Traverser la voie rapide est dangereux."), ("Jacques", "5 mars", ""),
                                    ("Famille Lecoq", "6 mars", "Pour nos enfants.")]),
             {"petition"}, {"contact_form"}, parent=("Le droit de pétition", "/Le-droit-de-petition")),  # the signature's message goes to the petition
        page("/Petition-horaires-de-la-piscine-close", "Pétition close : horaires de la piscine", m.prose(
            "Cette pétition est close depuis le 30 novembre. Elle a recueilli 612 signatures et a été examinée en conseil municipal.")
             + m.spip_petition(52, [("Sandrine", "2 octobre", "")], open_=False),
             decoys={"petition"}, parent=("Le droit de pétition", "/Le-droit-de-petition")),  # closed: no way to sign
        page("/Questionnaire-les-Carmerelais-et-la-mer", "Questionnaire : les Carmerelais et la mer", m.prose(
            "Baignade, pêche à pied, voile : comment profitez-vous du littoral ? Vos réponses guideront le plan plage.")
             + m.spip_formidable(3, "/Questionnaire-les-Carmerelais-et-la-mer",
                                 [("Vous baignez-vous à Carmerel ?", ["Souvent", "Parfois", "Jamais"]),
                                  ("Pratiquez-vous la pêche à pied ?", ["Oui", "Non"])], "Une remarque sur le littoral ?"),
             {"poll"}, {"contact_form"}),  # a survey's open field (convention)
        page("/Sondage-illuminations-les-resultats", "Illuminations : les résultats du sondage", m.prose(
            "Le sondage sur les illuminations de fin d'année est clos. 58 % des participants souhaitent les concentrer sur le port.",
            "Merci aux 900 participants."),
             decoys={"poll"}, parent=("Actualités", "/-Actualites-")),
        page("/Carmerel-participe-l-application", "Carmerel participe : l'application", m.prose(
            "Avec l'application Carmerel participe, proposez vos idées, répondez aux consultations et suivez les projets de la ville.",
            f"Elle est accessible sur <a href=\"{fl}/\">carmerel.flui.city</a> et sur les magasins d'applications."),
             {"participation_displayed"}, {"participatory_platform"},  # presents the platform, is not it
             parent=("Participer", "/-Participer-")),
        page("/-Actualites-", "Actualités", m.news_cards(news)),
        page("/Ferry-pour-l-Angleterre-une-nouvelle-ligne", "Ferry : une nouvelle ligne vers l'Angleterre", m.prose(
            "Une compagnie ouvre en mai une liaison quotidienne vers Poole. Le terminal sera réorganisé.",
            "Vous avez une idée pour l'accueil des passagers ? Rendez-vous sur l'application Carmerel participe."),
             decoys={"participatory_platform", "suggestion_call"}, parent=("Actualités", "/-Actualites-")),
        page("/Forum-des-metiers-de-la-mer", "Forum des métiers de la mer", m.prose(
            "Le forum des métiers de la mer se tient le 20 mars au lycée maritime : arsenal, pêche, marine marchande."),
             decoys={"forum"}, parent=("Actualités", "/-Actualites-")),
        page("/Concours-photo-Carmerel-cote-mer", "Concours photo « Carmerel côté mer »", m.prose(
            "Le jury a retenu 12 photographies. Le prix du public sera attribué par vote.")
             + '<form method="post" action="/Concours-photo-Carmerel-cote-mer" class="vote-photo"><fieldset><legend>Votre photo préférée</legend>'
               '<label><input type="radio" name="photo" value="1"> Le phare au crépuscule</label><label><input type="radio" name="photo" value="2"> Retour de pêche</label>'
               '<label><input type="radio" name="photo" value="3"> Le ferry dans la brume</label></fieldset>'
               '<label>Votre e-mail <input type="email" name="email"></label><input type="submit" class="submit" value="Voter"></form>',
             decoys={"poll"}, parent=("Actualités", "/-Actualites-")),  # a contest's vote, not a survey of residents
        page("/Maternite-une-petition-circule", "Maternité : une pétition circule", m.prose(
            "Un collectif de soignants a lancé sur change.org une pétition nationale sur les maternités de proximité.",
            "<a href=\"https://www.change.org/p/sauvons-les-maternites-de-proximite\">Lire la pétition</a>"),
             decoys={"petition"}, parent=("Actualités", "/-Actualites-")),
        page("/Contact", "Contact", m.prose("Mairie de Carmerel, quai de Caligny. Accueil du lundi au samedi matin.")
             + m.spip_contact("/Contact"), {"contact_form"}),
    ]
    www = Site(host, "spip", "Ville de Carmerel", pages,
               menu=[("Accueil", "/"), ("Participer", "/-Participer-"), ("Actualités", "/-Actualites-"), ("Contact", "/Contact")],
               accounts=[social("facebook", "VilleDeCarmerel"), social("x", "Carmerel"), social("instagram", "carmerel_officiel")],
               address="Mairie, quai de Caligny, 50170 Carmerel")

    fp = [
        page("/", "Carmerel participe", m.prose("Bienvenue dans l'espace citoyen de la ville : idées, consultations, sondages et projets.")
             + '<section class="fl-section"><h2>En ce moment</h2><div class="fl-cards">'
               '<a class="fl-card fl-card--consultation" href="/consultations/812-plan-velo">Consultation : le plan vélo</a>'
               '<a class="fl-card fl-card--poll" href="/sondages/915-horaires-mediatheque">Sondage : horaires de la médiathèque</a>'
               '<a class="fl-card fl-card--project" href="/projets/77-renovation-des-halles">Projet : rénovation des halles</a>'
               '<a class="fl-card fl-card--idea" href="/idees">Toutes les idées</a></div></section>',
             {"participation_displayed"}),
        page("/idees", "Les idées des habitants", '<div class="fl-list">'
             '<a class="fl-idea" href="/idees/4412-des-bancs-face-a-la-rade"><h3>Des bancs face à la rade</h3><span class="fl-idea__votes">86 soutiens</span></a>'
             '<a class="fl-idea" href="/idees/4420-un-composteur-par-quartier"><h3>Un composteur par quartier</h3><span class="fl-idea__votes">41 soutiens</span></a></div>'
             '<a class="fl-btn" href="/idees/nouvelle">Proposer une idée</a>', {"suggestion_call"}),
        page("/idees/4412-des-bancs-face-a-la-rade", "Des bancs face à la rade", m.prose(
            "Sur la digue, il n'y a nulle part où s'asseoir pour regarder les bateaux.")
             + '<section class="fl-comments"><h2>3 commentaires</h2><div class="fl-comment"><b>Gisèle</b><p>Avec un abri contre le vent !</p></div>'
               '<form class="fl-comment-form" method="post" action="/api/ideas/4412/comments"><textarea name="content" placeholder="Votre commentaire"></textarea><button type="submit" class="fl-btn">Commenter</button></form></section>',
             {"suggestion_call", "comments"}, parent=("Les idées", "/idees")),
        page("/idees/4420-un-composteur-par-quartier", "Un composteur par quartier", m.prose(
            "Des composteurs partagés dans chaque quartier, gérés par des habitants volontaires."),
             {"suggestion_call"}, parent=("Les idées", "/idees")),
        page("/idees/nouvelle", "Proposer une idée", '<form class="fl-form" method="post" action="/api/ideas"><label>Titre de votre idée<input type="text" name="title"></label>'
             '<label>Décrivez votre idée<textarea name="description" rows="6"></textarea></label><label>Quartier<select name="district"><option>Arsenal</option><option>Mielles</option></select></label>'
             '<button class="fl-btn" type="submit">Publier mon idée</button></form>', {"suggestion_call"}, {"contact_form"},  # a public contribution on the platform, not a message to the city (convention)
             parent=("Les idées", "/idees")),
        page("/consultations/812-plan-velo", "Consultation : le plan vélo", m.prose("La ville prépare son plan vélo. Répondez à ces questions.")
             + '<form class="fl-survey" method="post" action="/api/surveys/812/answers"><fieldset><legend>Faites-vous du vélo en ville ?</legend>'
               '<label><input type="radio" name="q1" value="a"> Tous les jours</label><label><input type="radio" name="q1" value="b"> Parfois</label><label><input type="radio" name="q1" value="c"> Jamais</label></fieldset>'
               '<fieldset><legend>Qu\'est-ce qui vous freine ?</legend><label><input type="checkbox" name="q2[]" value="a"> Les pentes</label><label><input type="checkbox" name="q2[]" value="b"> Le trafic</label><label><input type="checkbox" name="q2[]" value="c"> Le stationnement</label></fieldset>'
               '<button class="fl-btn" type="submit">Envoyer mes réponses</button></form>', {"poll"}),
        page("/sondages/915-horaires-mediatheque", "Sondage : horaires de la médiathèque", '<div class="fl-poll"><p class="fl-poll__question">Quelle ouverture supplémentaire préférez-vous ?</p>'
             '<form method="post" action="/api/polls/915/vote"><button name="choice" value="1" class="fl-poll__choice">Le dimanche matin</button>'
             '<button name="choice" value="2" class="fl-poll__choice">Le jeudi soir</button><button name="choice" value="3" class="fl-poll__choice">Le lundi</button></form></div>', {"poll"}),
        page("/projets/77-renovation-des-halles", "Projet : rénovation des halles", m.prose(
            "La ville présente le projet de rénovation des halles du marché : calendrier, coût, plans.")
             + '<section class="fl-comments"><h2>Réagir</h2><form class="fl-comment-form" method="post" action="/api/projects/77/comments"><textarea name="content"></textarea><button type="submit" class="fl-btn">Commenter</button></form></section>',
             {"comments"}),
    ]
    flu = Site("carmerel.flui.city", "salines_fluicity", "Carmerel participe", fp,
               menu=[("Accueil", "/"), ("Idées", "/idees"), ("Site de la ville", f"http://{host}/")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))
    return City("99173", "Carmerel", 37900, "50", "28", "Normandie", f"http://{host}/", [www, flu])


# ==================================================================================================
# 99174 Salinvert: proprietary CMS + Publik + neighbours' network


def salinvert() -> City:
    host, pub, vo = "www.salinvert.fr", "http://demarches.salinvert.fr", "http://voisins.salinvert.fr"
    news = [("/actualites/saison-du-sel/", "10 mars", "Marais salants : la saison du sel se prépare", "Les sauniers reprennent les bassins."),
            ("/actualites/enquete-publique-digue/", "3 mars", "Digue des Pertuis : enquête publique", "Permanences du commissaire enquêteur."),
            ("/actualites/agglo-consultation-mobilites/", "24 février", "L'agglomération consulte sur les mobilités", "Un questionnaire en ligne."),
            ("/actualites/canicule-voisins-solidaires/", "15 février", "Plan canicule : pensez à vos voisins", "Inscription au registre."),
            ("/actualites/budget-participatif-departement/", "7 février", "Le Département lance son budget participatif", "Des projets pour la Charente-Maritime.")]
    pages = [
        page("/", "Accueil", _home(
            "Salinvert, entre marais salants et pertuis : bienvenue sur le site officiel de la ville.",
            [(pub + "/", "Démarches en ligne"), ("/participer/", "Salinvert en partage"), ("/participer/boite-a-idees/", "Boîte à idées"),
             ("/participer/reseau-de-voisins/", "Réseau de voisins"), ("/contact/", "Contact"), ("/actualites/", "Actualités"),
             ("/vie-pratique/emplois-saisonniers/", "Emplois saisonniers")],
            news, [("/participer/conseils-de-quartier/port-des-ecluses/", "27 mars", "Conseil de quartier du Port-des-Écluses"),
                   ("/agenda/fete-du-sel/", "21 juillet", "Fête du sel")])),
        page("/participer/", "Salinvert en partage", m.prose(
            "« Salinvert en partage » est la démarche de participation de la ville : conseils de quartier, boîte à idées, "
            "droit de pétition en ligne et réseau d'entraide entre voisins.",
            "Un rapport annuel de la participation est présenté chaque année en conseil municipal.")
             + m.links([("/participer/conseils-de-quartier/", "Conseils de quartier"), ("/participer/boite-a-idees/", "Boîte à idées"),
                        ("/participer/droit-de-petition/", "Droit de pétition"), ("/participer/reseau-de-voisins/", "Réseau de voisins")]),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier, élus pour trois ans, font le lien entre les habitants et la municipalité.")
             + m.links([("/participer/conseils-de-quartier/marais-salants/", "Marais salants"),
                        ("/participer/conseils-de-quartier/port-des-ecluses/", "Port-des-Écluses")]),
             {"participation_displayed"}, parent=("Salinvert en partage", "/participer/")),
        page("/participer/conseils-de-quartier/marais-salants/", "Conseil de quartier des Marais salants", m.prose(
            "Le conseil réunit sauniers, ostréiculteurs et habitants des hameaux. Il a porté la création du sentier des salines.",
            "Ses réunions ont lieu à la salle des Sauniers ; les comptes rendus sont affichés en mairie annexe."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/participer/conseils-de-quartier/")),
        page("/participer/conseils-de-quartier/port-des-ecluses/", "Conseil de quartier du Port-des-Écluses", m.prose(
            "Le conseil du Port-des-Écluses prépare l'aménagement des anciens entrepôts. Il interroge les habitants avant sa séance du 27 mars.")
             + m.typeform("Xq7Lp2Ws"),
             {"participation_displayed", "poll"}, parent=("Conseils de quartier", "/participer/conseils-de-quartier/")),
        page("/participer/boite-a-idees/", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Salinvert ? Déposez-la dans la boîte à idées en ligne : chaque idée reçoit une réponse sous deux mois.",
            f"<a class=\"btn\" href=\"{pub}/suggestions/boite-a-idees/\">Déposer une idée</a>"),
             {"suggestion_call"}, parent=("Salinvert en partage", "/participer/")),
        page("/participer/droit-de-petition/", "Le droit de pétition", m.prose(
            "Les habitants peuvent adresser une pétition au conseil municipal. Au-delà de 400 signatures, elle est débattue en séance.",
            f"<a href=\"{pub}/citoyennete/e-petition/\">Déposer une pétition</a> · <a href=\"{pub}/citoyennete/petitions-en-cours/\">Signer une pétition en cours</a>"),
             {"participation_displayed", "petition"}, parent=("Salinvert en partage", "/participer/")),
        page("/participer/reseau-de-voisins/", "Le réseau de voisins", m.prose(
            "Prêter un outil, garder un chat, signaler une fuite : le réseau social des voisins de Salinvert, ouvert par la ville, "
            "permet aux habitants de chaque quartier de s'entraider.")
             + '<div class="widget-voisins" data-source="' + vo + '/api/feed"><h2>Derniers messages</h2><ul>'
               f'<li><a href="{vo}/annonces/1204-pret-de-remorque">Prêt de remorque ce week-end (Les Écluses)</a></li>'
               f'<li><a href="{vo}/entraide">Cherche covoiturage pour le marché</a></li></ul>'
               f'<a class="btn" href="{vo}/">Rejoindre mes voisins</a></div>',
             {"territorial_social_network"},  # the city's page giving access to its network, with its live feed (convention)
             parent=("Salinvert en partage", "/participer/")),
        page("/actualites/", "Actualités", m.news_cards(news)),
        page("/actualites/saison-du-sel/", "Marais salants : la saison du sel se prépare", m.prose(
            "Les sauniers remettent les bassins en eau. Le sentier des salines rouvre le 1er avril.",
            "Pour mieux accueillir les visiteurs, la ville mène une petite enquête auprès des promeneurs.")
             + m.tally("wMz4Qa", "Enquête : vos promenades dans les marais"),
             {"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/enquete-publique-digue/", "Digue des Pertuis : enquête publique", m.prose(
            "Le préfet a ouvert une enquête publique sur le renforcement de la digue des Pertuis, du 3 mars au 4 avril.",
            "Observations sur le registre en mairie ou sur le registre dématérialisé de l'État."),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/actualites/")),
        page("/actualites/agglo-consultation-mobilites/", "L'agglomération consulte sur les mobilités", m.prose(
            "La communauté d'agglomération prépare son plan de mobilité et ouvre un questionnaire sur sa plateforme de participation.",
            "<a href=\"https://participer.agglo-pertuis.fr/mobilites\">Répondre sur le site de l'agglomération</a>"),
             decoys={"poll", "participatory_platform", "participation_displayed"},  # the agglomération's consultation
             parent=("Actualités", "/actualites/")),
        page("/actualites/canicule-voisins-solidaires/", "Plan canicule : pensez à vos voisins", m.prose(
            "Les personnes isolées peuvent s'inscrire au registre du CCAS. Pensez aussi à prendre des nouvelles de vos voisins, "
            "par exemple via le réseau de voisins de la ville."),
             decoys={"territorial_social_network"}, parent=("Actualités", "/actualites/")),
        page("/actualites/budget-participatif-departement/", "Le Département lance son budget participatif", m.prose(
            "Le Département ouvre un budget participatif de 2 millions d'euros. Les habitants de Salinvert peuvent déposer "
            "un projet sur le site du Département jusqu'au 30 avril."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites/")),
        page("/agenda/fete-du-sel/", "Fête du sel", m.prose("Récolte commentée, marché de producteurs et concert sur le port.")),
        page("/vie-pratique/emplois-saisonniers/", "Emplois saisonniers", m.prose(
            "La ville recrute des saisonniers pour la plage et le sentier des salines.",
            f"<a href=\"{pub}/emploi/candidature-saisonnier/\">Postuler en ligne</a>")),
        page("/contact/", "Contact", m.prose(
            "Mairie de Salinvert, 2 rue des Sauniers. Tél. 05 46 00 00 00. Courriel : <a href=\"mailto:mairie@salinvert.fr\">mairie@salinvert.fr</a>.",
            f"Vous pouvez aussi <a href=\"{pub}/contact/ecrire-a-la-mairie/\">écrire à la mairie en ligne</a>."),
             decoys={"contact_form"}),  # a mailto link and a link, no form on the page
    ]
    www = Site(host, "salines_kosmos", "Ville de Salinvert", pages,
               menu=[("Participer", "/participer/"), ("Actualités", "/actualites/"), ("Démarches", pub + "/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "salinvert"), social("instagram", "villedesalinvert"), social("youtube", "SalinvertTV")],
               address="2 rue des Sauniers, 17390 Salinvert")

    pp = [
        page("/", "Démarches en ligne", m.prose("Effectuez vos démarches auprès de la ville de Salinvert, 24 h/24.")
             + m.combo_tiles([("/contact/ecrire-a-la-mairie/", "Écrire à la mairie", "contact"),
                              ("/suggestions/boite-a-idees/", "Boîte à idées", "idees"),
                              ("/citoyennete/e-petition/", "Déposer une pétition", "petition"),
                              ("/citoyennete/petitions-en-cours/", "Pétitions en cours", "petition"),
                              ("/etat-civil/acte-de-naissance/", "Demande d'acte de naissance", "etat-civil"),
                              ("/emploi/candidature-saisonnier/", "Candidature saisonnier", "emploi")])),
        page("/contact/ecrire-a-la-mairie/", "Écrire à la mairie", m.wcs_form("contact/ecrire-a-la-mairie",
             [("Nom", "string"), ("Courriel", "email"), ("Service concerné", "item:Accueil|Urbanisme|Voirie|Écoles"), ("Votre message", "text")],
             "Envoyer"), {"contact_form"}),
        page("/suggestions/boite-a-idees/", "Boîte à idées", m.wcs_form("suggestions/boite-a-idees",
             [("Nom", "string"), ("Courriel", "email"), ("Thème", "item:Cadre de vie|Mobilité|Marais et littoral|Autre"), ("Votre idée", "text")],
             "Déposer mon idée", "Proposez vos idées pour Salinvert : elles sont étudiées par les élus chaque mois."),
             {"suggestion_call", "contact_form"}),  # an idea box with a free-text field (convention)
        page("/citoyennete/e-petition/", "Déposer une pétition", m.wcs_form("citoyennete/e-petition",
             [("Nom", "string"), ("Courriel", "email"), ("Titre de la pétition", "string"), ("Texte de la pétition", "text")],
             "Déposer", "Votre pétition sera publiée après vérification de sa recevabilité, puis ouverte aux signatures pendant trois mois."),
             {"petition"}, {"contact_form"}),  # the text of a petition to be published, not a message to the city
        page("/citoyennete/petitions-en-cours/", "Pétitions en cours", '<div class="cell list-of-forms"><ul>'
             '<li><a href="/citoyennete/signer-petition-eclairage-ecluses/">Rétablir l\'éclairage du chemin des Écluses</a> — 233 signatures</li>'
             '</ul></div>', {"petition"}),
        page("/citoyennete/signer-petition-eclairage-ecluses/", "Signer : rétablir l'éclairage du chemin des Écluses", m.prose(
            "Les habitants demandent que l'éclairage du chemin des Écluses soit rallumé jusqu'à 23 h.")
             + m.wcs_form("citoyennete/signer-petition-eclairage-ecluses", [("Nom", "string"), ("Courriel", "email"), ("Commune de résidence", "string")], "Signer"),
             {"petition"}),
        page("/etat-civil/acte-de-naissance/", "Demande d'acte de naissance", m.wcs_form("etat-civil/acte-de-naissance",
             [("Nom de naissance", "string"), ("Prénoms", "string"), ("Date de naissance", "string"), ("Type d'acte", "item:Copie intégrale|Extrait avec filiation|Extrait sans filiation")],
             "Valider"), decoys={"contact_form"}),
        page("/emploi/candidature-saisonnier/", "Candidature : emploi saisonnier", m.wcs_form("emploi/candidature-saisonnier",
             [("Nom", "string"), ("Courriel", "email"), ("Poste", "item:Surveillant de plage|Guide du sentier des salines"), ("CV", "file")],
             "Postuler"), decoys={"contact_form", "suggestion_call"}),
    ]
    publik = Site("demarches.salinvert.fr", "publik", "Salinvert - démarches", pp,
                  menu=[("Accueil", "/"), ("Site de la ville", f"http://{host}/")])

    vp = [
        page("/", "Les voisins de Salinvert", m.prose("Le réseau social des habitants de Salinvert, quartier par quartier.")
             + m.community_posts([("/annonces/1204-pret-de-remorque", "Fabrice", "Les Écluses", "hier", "Prêt de remorque", "Je prête ma remorque samedi, qui en a besoin ?", 3),
                                  ("/entraide", "Mireille", "Centre", "lundi", "Covoiturage marché", "Je vais au marché de Marennes le mardi, 2 places.", 1)])
             + m.links([("/quartiers/les-ecluses", "Quartier des Écluses"), ("/entraide", "Entraide")]),
             {"territorial_social_network"}),
        page("/quartiers/les-ecluses", "Quartier des Écluses", m.community_posts([
            ("/annonces/1204-pret-de-remorque", "Fabrice", "Les Écluses", "hier", "Prêt de remorque", "Disponible samedi matin.", 3)]),
             {"territorial_social_network"}),
        page("/annonces/1204-pret-de-remorque", "Prêt de remorque", m.prose("Je prête ma remorque samedi, qui en a besoin ?")
             + '<div class="replies"><p><b>Sylvie</b> : Moi ! Pour des déchets verts.</p></div>' + m.community_reply_form("/annonces/1204/reponses"),
             {"territorial_social_network"}),  # replies inside the network are part of the network (convention)
        page("/entraide", "Entraide", m.community_posts([
            ("/annonces/1204-pret-de-remorque", "Mireille", "Centre", "lundi", "Covoiturage marché", "2 places le mardi matin.", 1)]),
             {"territorial_social_network"}),
    ]
    net = Site("voisins.salinvert.fr", "community", "Les voisins de Salinvert", vp,
               menu=[("Fil", "/"), ("Entraide", "/entraide"), ("Ville de Salinvert", f"http://{host}/")],
               features=frozenset({"territorial_social_network"}))
    return City("99174", "Salinvert", 52300, "17", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, publik, net])


# ==================================================================================================
# 99175 Audrecq: Joomla (Helix) + CONSUL Democracy


def audrecq() -> City:
    host, dz = "www.audrecq.fr", "http://decidez.audrecq.fr"
    news = [("/actualites/la-digue-promenade", "9 mars", "La digue-promenade fait peau neuve", "Nouveaux garde-corps et éclairage."),
            ("/actualites/friche-de-l-hoverport", "1er mars", "Friche de l'hoverport : un projet de parc", "Les études démarrent."),
            ("/actualites/debat-public-eolien-cote-d-opale", "20 février", "Éolien au large de la Côte d'Opale : réunions publiques", "La CNDP vient à Audrecq."),
            ("/actualites/port-consultation-dragage", "12 février", "Port : consultation sur le dragage", "Le syndicat mixte du port consulte."),
            ("/actualites/budget-participatif-2023-bilan", "3 février", "Budget participatif 2023 : le bilan", "Huit projets réalisés.")]
    pages = [
        page("/", "Accueil", _home(
            "Audrecq, port de la Côte d'Opale : actualités, démarches et participation citoyenne.",
            [("/vie-citoyenne", "Vie citoyenne"), (dz + "/", "Décidez Audrecq"), ("/contact", "Contact"), ("/actualites", "Actualités"),
             ("/lettre-d-information", "Lettre d'information"), ("/mairie/budget-primitif", "Budget de la ville")],
            news, [("/vie-citoyenne/conseils-de-quartier", "30 mars", "Conseils de quartier : assemblée plénière"),
                   ("/vie-citoyenne/assemblee-citoyenne", "13 avril", "Assemblée citoyenne du littoral")])),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "Audrecq fait vivre la démocratie de proximité : sept conseils de quartier, une assemblée citoyenne du littoral "
            "tirée au sort et la plateforme « Décidez Audrecq » pour proposer, voter le budget participatif et répondre aux votations.")
             + m.links([("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier"), ("/vie-citoyenne/assemblee-citoyenne", "Assemblée citoyenne du littoral"),
                        (dz + "/", "La plateforme Décidez Audrecq")])
             + m.h2("Audrecq entre voisins") + m.prose("La ville a ouvert pour ses habitants un réseau social de quartier : "
                                                         "entraide, prêt d'objets, petites annonces entre voisins.")
             + '<div class="smiile-widget" data-community="audrecq"><iframe src="https://audrecq.smiile.com/widget/fil?quartiers=tous" '
               'title="Audrecq entre voisins : derniers messages" width="100%" height="420" loading="lazy"></iframe>'
               '<a class="btn" href="https://audrecq.smiile.com/inscription">Rejoindre mes voisins</a></div>',
             {"participation_displayed", "territorial_social_network"}),  # the city's neighbours' network, live feed embedded
        page("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.two_columns(m.prose(
            "Sept conseils de quartier rassemblent habitants, commerçants et associations. Chacun dispose d'un budget de "
            "fonctionnement et peut saisir le maire de toute question d'intérêt local.",
            "Le conseil du Portel-Plage travaille sur l'accès à la plage, celui du Vieux-Bassin sur la reconversion des entrepôts."),
            m.joomla_poll(6, "Quel jour pour l'assemblée plénière des conseils ?", ["Mardi soir", "Jeudi soir", "Samedi matin"]), "sidebar sp-module"),
             {"participation_displayed", "poll"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/assemblee-citoyenne", "L'assemblée citoyenne du littoral", m.prose(
            "Cinquante habitants tirés au sort se réunissent cinq samedis pour formuler des propositions face au recul du trait de côte.",
            "Leurs travaux sont publics et leur avis sera présenté au conseil municipal de juin."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/actualites", "Actualités", m.news_cards(news)),
        page("/actualites/la-digue-promenade", "La digue-promenade fait peau neuve", m.prose(
            "Les travaux de la digue-promenade s'achèvent : garde-corps inox, éclairage LED et nouveaux accès à la plage.")
             + m.jcomments(77, [("Nathalie", "10/03/2024", "Bravo, c'est superbe le soir."), ("Didier", "11/03/2024", "Les vélos roulent trop vite.")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/friche-de-l-hoverport", "Friche de l'hoverport : un projet de parc", m.prose(
            "L'ancienne gare de l'aéroglisseur deviendra un parc littoral. Les habitants pourront aussi proposer des projets "
            "pour ce site lors du prochain budget participatif.")
             + m.jcomments(81, [("Éric", "2/03/2024", "Gardez un souvenir de l'hoverport, c'est notre histoire !")]),
             {"comments"}, {"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/debat-public-eolien-cote-d-opale", "Éolien au large de la Côte d'Opale : réunions publiques", m.prose(
            "La Commission nationale du débat public tient une réunion à Audrecq le 14 mars, salle Nausicaa.",
            "Le questionnaire et les contributions se font sur le site du débat public."),
             decoys={"participation_displayed", "poll", "participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/actualites/port-consultation-dragage", "Port : consultation sur le dragage", m.prose(
            "Le syndicat mixte du port consulte les usagers sur le calendrier des dragages du chenal. Réponses sur le site du port."),
             decoys={"participation_displayed", "poll"}, parent=("Actualités", "/actualites")),  # the port authority's consultation
        page("/actualites/budget-participatif-2023-bilan", "Budget participatif 2023 : le bilan", m.prose(
            "Les huit projets lauréats de 2023 sont réalisés, dont les bancs de la digue et le jardin du Vieux-Bassin.",
            "L'édition 2023 est close ; la prochaine sera annoncée sur Décidez Audrecq."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/mairie/budget-primitif", "Le budget primitif", m.prose(
            "Le budget primitif 2024 s'établit à 84 millions d'euros. Consultez la présentation brève et le rapport d'orientation budgétaire."),
             decoys={"participatory_budget"}),
        page("/lettre-d-information", "Lettre d'information", m.prose("Inscrivez-vous à la lettre mensuelle de la ville.") + m.acymailing(51822),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville d'Audrecq, place Dalton.") + m.joomla_contact("/contact", 1),
             {"contact_form"}),
    ]
    www = Site(host, "salines_helix", "Ville d'Audrecq", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Actualités", "/actualites"), ("Contact", "/contact")],
               accounts=[social("facebook", "audrecq"), social("x", "VilleAudrecq"), social("tiktok", "audrecq_officiel")],
               address="Place Dalton, 62480 Audrecq")

    cp = [
        page("/", "Décidez Audrecq", m.prose(
            "Proposez vos idées, votez le budget participatif et répondez aux votations de la ville.")
             + m.links([("/proposals", "Propositions citoyennes"), ("/budgets", "Budget participatif"), ("/polls", "Votations")]),
             {"participation_displayed"}),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Une proposition qui recueille 500 soutiens est étudiée par le conseil municipal.") + m.consul_proposals([
            (41, "une-navette-vers-la-plage", "Une navette vers la plage l'été", "Léa D.", 7, 312, "Des minibus électriques depuis la gare."),
            (44, "des-douches-sur-la-digue", "Des douches sur la digue", "Amicale des nageurs", 2, 128, "Pour les baigneurs de toute l'année.")])
             + '<a class="button expanded" href="/proposals/new">Créer une proposition</a>',
             {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", '<form class="new_proposal" id="new_proposal" action="/proposals" method="post">'
             '<label for="proposal_title">Titre de la proposition</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="80">'
             '<label for="proposal_summary">Résumé</label><textarea name="proposal[summary]" id="proposal_summary" rows="4"></textarea>'
             '<label for="proposal_description">Texte</label><textarea name="proposal[description]" id="proposal_description" rows="10"></textarea>'
             '<input type="submit" name="commit" value="Créer une proposition" class="button"></form>', {"suggestion_call"}, {"contact_form"}),  # a public contribution on the platform, not a message to the city (convention)
        page("/proposals/41-une-navette-vers-la-plage", "Une navette vers la plage l'été", m.prose(
            "Des minibus électriques entre la gare et la plage, toutes les 20 minutes en juillet et août.")
             + '<div class="supports"><span class="total-supports">312 soutiens</span><form class="button_to" method="post" action="/proposals/41-une-navette-vers-la-plage/votes?value=yes"><button class="button button-support" type="submit">Soutenir</button></form></div>'
               '<section class="comments" id="comments"><h2>Commentaires (7)</h2><div class="comment" id="comment_301"><span class="user-name">Patrice</span><p>Et pour les vélos ?</p></div>'
               '<form class="new_comment" id="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_type]" value="Proposal"><input type="hidden" name="comment[commentable_id]" value="41">'
               '<label for="comment-body-proposal_41">Laisser votre commentaire</label><textarea id="comment-body-proposal_41" name="comment[body]"></textarea><input type="submit" value="Publier le commentaire" class="button"></form></section>',
             {"suggestion_call", "comments"}, parent=("Propositions", "/proposals")),
        page("/proposals/44-des-douches-sur-la-digue", "Des douches sur la digue", m.prose(
            "Deux douches de plage en accès libre sur la digue, pour les baigneurs de toute l'année.")
             + '<form class="button_to" method="post" action="/proposals/44-des-douches-sur-la-digue/votes?value=yes"><button class="button button-support" type="submit">Soutenir</button></form>',
             {"suggestion_call"}, parent=("Propositions", "/proposals")),
        page("/budgets", "Budget participatif", m.prose(
            "Budget participatif 2025 : 500 000 euros. Phase actuelle : vote des projets, en ligne ou dans les urnes de l'hôtel de ville.")
             + m.links([("/budgets/3/investments", "Voir et voter les projets")]), {"participatory_budget"}),
        page("/budgets/3/investments", "Projets du budget participatif 2025", m.consul_investments(3, [
            (57, "Un skatepark au Vieux-Bassin", "Vieux-Bassin", "90 000", "Pour les jeunes du quartier."),
            (58, "Des abris à vélos à la gare maritime", "Centre", "35 000", "Vingt places sécurisées."),
            (60, "Un jardin de dunes pédagogique", "Portel-Plage", "40 000", "Avec les écoles.")]),
             {"participatory_budget"}, parent=("Budget participatif", "/budgets")),
        page("/budgets/3/investments/57", "Un skatepark au Vieux-Bassin", m.prose("Un skatepark en béton de 600 m² sur l'ancien parking des dockers.")
             + '<div class="ballot"><form class="button_to" method="post" action="/budgets/3/investments/57/ballot/lines?investment_id=57"><button class="button button-support" type="submit">Voter</button></form></div>'
               '<section class="comments" id="comments"><form class="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_type]" value="Budget::Investment">'
               '<textarea name="comment[body]" aria-label="Commentaire"></textarea><input type="submit" value="Publier le commentaire" class="button"></form></section>',
             {"participatory_budget", "comments"}, parent=("Projets", "/budgets/3/investments")),
        page("/budgets/3/investments/58", "Des abris à vélos à la gare maritime", m.prose(
            "Vingt places de stationnement vélo sécurisées pour les passagers du ferry et les habitants.")
             + '<form class="button_to" method="post" action="/budgets/3/investments/58/ballot/lines?investment_id=58"><button class="button button-support" type="submit">Voter</button></form>',
             {"participatory_budget"}, parent=("Projets", "/budgets/3/investments")),
        page("/budgets/3/investments/60", "Un jardin de dunes pédagogique", m.prose(
            "Un jardin de plantes dunaires conçu avec les écoles du Portel-Plage.")
             + '<form class="button_to" method="post" action="/budgets/3/investments/60/ballot/lines?investment_id=60"><button class="button button-support" type="submit">Voter</button></form>',
             {"participatory_budget"}, parent=("Projets", "/budgets/3/investments")),
        page("/polls", "Votations", m.prose("Votations en cours et terminées.")
             + m.links([("/polls/5-nom-de-la-nouvelle-passerelle", "En cours : le nom de la nouvelle passerelle")]), {"poll"}),
        page("/polls/5-nom-de-la-nouvelle-passerelle", "Le nom de la nouvelle passerelle", m.prose(
            "Choisissez le nom de la passerelle qui reliera le port et la plage.") + m.consul_poll(5, [
            ("Quel nom pour la passerelle ?", ["Passerelle des Dockers", "Passerelle de l'Opale", "Passerelle Louis-Blériot"])]),
             {"poll"}, parent=("Votations", "/polls")),
    ]
    consul = Site("decidez.audrecq.fr", "consul", "Décidez Audrecq", cp,
                  menu=[("Propositions", "/proposals"), ("Budget participatif", "/budgets"), ("Votations", "/polls"), ("audrecq.fr", f"http://{host}/")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return City("99175", "Audrecq", 58900, "62", "32", "Hauts-de-France", f"http://{host}/", [www, consul])


# ==================================================================================================
# 99176 Kerbréhan: TYPO3 + Go Vocal + a map of ideas drawn by a script


_MAP_HOST = "carte.kerbrehan.bzh"
_MAP_SHELL = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Carte des idées - Kerbréhan</title><link rel="stylesheet" href="/static/carte.css">
<script src="/static/carte.js" defer></script></head>
<body><div id="root"></div><noscript>Activez JavaScript pour afficher la carte des idées.</noscript></body></html>"""
_MAP_JS = """(function () {
  var root = document.getElementById('root');
  fetch('/api/ideas').then(function (r) { return r.json(); }).then(function (data) {
    var html = '<header class="carte-header"><a href="http://www.kerbrehan.bzh/">Ville de Kerbréhan</a><h1>' + data.title + '</h1></header>';
    html += '<p class="carte-intro">' + data.intro + '</p><ul class="carte-ideas">';
    data.ideas.forEach(function (idea) {
      html += '<li class="carte-idea" data-lat="' + idea.lat + '" data-lng="' + idea.lng + '"><h2>' + idea.title + '</h2><p>' + idea.text +
              '</p><span class="carte-idea__votes">' + idea.votes + ' soutiens</span></li>';
    });
    html += '</ul><form class="carte-form" method="post" action="/api/ideas"><h2>Proposer une idée</h2>' +
            '<label>Titre<input type="text" name="title"></label><label>Votre idée<textarea name="text" rows="5"></textarea></label>' +
            '<label>E-mail<input type="email" name="email"></label><input type="hidden" name="lat"><input type="hidden" name="lng">' +
            '<button type="submit">Placer mon idée sur la carte</button></form>';
    root.innerHTML = html;
  });
})();
"""
_MAP_API = {"title": "Carte des idées : le front de mer de demain",
            "intro": "Cliquez sur la carte pour proposer une idée pour le front de mer, et soutenez celles de vos voisins.",
            "ideas": [{"title": "Un ponton de pêche", "text": "Au bout de la jetée ouest.", "votes": 54, "lat": 47.74, "lng": -3.36},
                      {"title": "Des arbres sur le parking du ferry", "text": "De l'ombre pour ceux qui attendent.", "votes": 38, "lat": 47.73, "lng": -3.35},
                      {"title": "Une piste cyclable jusqu'à la base", "text": "Séparée des voitures.", "votes": 71, "lat": 47.72, "lng": -3.37}]}


class _MapHost:
    """The map of ideas: an application shell, its script and its JSON API."""

    def respond(self, request):
        path = request.target.split("#")[0]
        if path == "/":
            return Reply.html(_MAP_SHELL)
        if path == "/static/carte.js":
            return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _MAP_JS.encode())
        if path == "/static/carte.css":
            return Reply(200, [("Content-Type", "text/css")], b".carte-idea{margin:1em 0}")
        if path == "/api/ideas":
            return Reply(200, [("Content-Type", "application/json")], json.dumps(_MAP_API, ensure_ascii=False).encode())
        if path == "/robots.txt":
            return Reply.text(200, "User-agent: *\nDisallow:\n")
        return Reply.html("<!DOCTYPE html><html><head><title>Introuvable</title></head><body><p>Page introuvable</p></body></html>", 404)


def kerbrehan() -> City:
    host, gv = "www.kerbrehan.bzh", "http://kerbrehan.govocal.com"
    news = [("/actualites/base-des-sous-marins", "7 mars", "Base des sous-marins : la reconversion avance", "Ateliers, salle de concert, musée."),
            ("/actualites/fete-maritime-affiche", "29 février", "Fête maritime : choisissez l'affiche", "Trois projets d'affiche en lice."),
            ("/actualites/chantier-naval-apprentis", "21 février", "Chantier naval : appel à candidatures d'apprentis", "Dix contrats en alternance."),
            ("/actualites/entraide-entre-voisins", "10 février", "L'entraide entre voisins s'organise", "Des applications de quartier se développent.")]
    pages = [
        page("/", "Accueil", _home(
            "Kerbréhan, ville de la rade et des chantiers. Retrouvez toute l'information municipale.",
            [("/participer", "Participer"), ("/participer/budget-participatif", "Budget participatif"), ("/participer/carte-des-idees", "Carte des idées"),
             ("/participer/enquete-front-de-mer", "Enquête front de mer"), ("/contact", "Contact"), ("/actualites", "Actualités"),
             (gv + "/", "kerbrehan.govocal.com")],
            news, [("/participer/conseils-de-quartier", "3 avril", "Conseils de quartier"), ("/actualites/fete-maritime-affiche", "15 août", "Fête maritime")])),
        page("/participer", "Participer à la vie de Kerbréhan", m.prose(
            "Conseils de quartier, budget participatif, enquêtes, carte des idées : la ville a fait de la participation une méthode de travail.",
            "Le service Kerbréhan Participe accompagne les habitants et publie chaque année le bilan des démarches.")
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/budget-participatif", "Budget participatif"),
                        ("/participer/carte-des-idees", "Carte des idées"), ("/participer/enquete-front-de-mer", "Enquête front de mer")]),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Six conseils de quartier, dont celui de Keryado-Port et celui de la Base, se réunissent chaque trimestre.",
            "Les habitants peuvent assister aux séances et proposer des sujets à l'ordre du jour."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/budget-participatif", "Budget participatif", m.prose(
            "400 000 euros pour vos projets. Déposez et votez en ligne sur la plateforme de participation, ou sur papier dans les "
            f"maisons de quartier. <a href=\"{gv}/fr-FR/projects/budget-participatif-2025\">Accéder au budget participatif</a>"),
             {"participation_displayed", "participatory_budget"}, parent=("Participer", "/participer")),
        page("/participer/carte-des-idees", "Carte des idées : le front de mer", m.prose(
            "Proposez vos idées pour le front de mer en les plaçant sur la carte interactive, et soutenez celles des autres habitants.",
            f"<a href=\"http://{_MAP_HOST}/\">Ouvrir la carte des idées</a>"),
             {"suggestion_call"}, parent=("Participer", "/participer")),
        page("/participer/enquete-front-de-mer", "Enquête : le front de mer", m.prose(
            "Avant les travaux du front de mer, dites-nous comment vous l'utilisez.")
             + m.t3_form("enquetefrontdemer-318", "/participer/enquete-front-de-mer",
                         [("Vous venez sur le front de mer…", ["Tous les jours", "Le week-end", "L'été seulement", "Rarement"]),
                          ("Votre activité principale", ["Promenade", "Sport", "Pêche", "Terrasses"])]),
             {"poll"}, parent=("Participer", "/participer")),
        page("/actualites", "Actualités", m.news_cards(news)),
        page("/actualites/base-des-sous-marins", "Base des sous-marins : la reconversion avance", m.prose(
            "Les alvéoles de la base accueilleront des ateliers d'artisans et une salle de concert. Réagissez ci-dessous.")
             + m.disqus("kerbrehan-bzh", f"http://{host}/actualites/base-des-sous-marins", "actu-2024-031"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/fete-maritime-affiche", "Fête maritime : choisissez l'affiche", m.prose(
            "Le comité des fêtes soumet trois projets d'affiche au vote du public jusqu'au 15 mars.")
             + m.t3_form("voteaffiche-77", "/actualites/fete-maritime-affiche", [("Votre affiche préférée", ["Le thonier", "La rade bleue", "Les chaloupes"])], "Voter"),
             decoys={"poll"}, parent=("Actualités", "/actualites")),  # a festival committee's contest vote
        page("/actualites/chantier-naval-apprentis", "Chantier naval : appel à candidatures d'apprentis", m.prose(
            "Le chantier naval lance un appel à candidatures pour dix contrats d'apprentissage (chaudronnerie, soudure). "
            "Candidatures à adresser directement à l'entreprise."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/entraide-entre-voisins", "L'entraide entre voisins s'organise", m.prose(
            "Dans plusieurs quartiers, des habitants utilisent des applications comme Nextdoor pour s'entraider. "
            "La ville n'en gère aucune mais salue ces initiatives."),
             decoys={"territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/contact", "Contact", m.prose("Hôtel de ville, quai des Indes.") + m.powermail(
            3, "/contact", [("nom", "Nom", "text"), ("email", "E-mail", "email"), ("objet", "Objet", "text")]),
             {"contact_form"}),
    ]
    www = Site(host, "salines_t3", "Ville de Kerbréhan", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Actualités", "/actualites"), ("Contact", "/contact")],
               accounts=[social("facebook", "Kerbrehan"), social("instagram", "kerbrehan"), social("linkedin", "ville-de-kerbrehan"),
                         social("bluesky", "kerbrehan.bsky.social")],
               address="Quai des Indes, 56100 Kerbréhan")

    gp = [
        page("/", "Kerbréhan participe", m.prose("La plateforme de participation de Kerbréhan : budget participatif, idées, enquêtes.")
             + m.links([("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025"),
                        ("/fr-FR/projects/idees-front-de-mer", "Idées pour le front de mer"),
                        ("/fr-FR/projects/enquete-jeunesse/survey", "Enquête jeunesse")]),
             {"participation_displayed"}),
        page("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025", m.prose(
            "Phase de vote : répartissez vos 5 votes entre les projets retenus.") + m.govocal_idea_cards([
            ("/fr-FR/ideas/un-skatepark-sur-le-port", "Un skatepark sur le port", 212, 14),
            ("/fr-FR/ideas/des-bancs-a-keryado", "Des bancs à Keryado", 97, 3)]),
             {"participatory_budget"}),
        page("/fr-FR/ideas/un-skatepark-sur-le-port", "Un skatepark sur le port", m.prose("Sur l'ancien terre-plein, à côté de la base.")
             + '<div id="e2e-idea-comments"><h2>Commentaires</h2><form id="e2e-comment-form" method="post" action="/web_api/v1/ideas/skatepark/comments">'
               '<textarea id="submit-comment" name="body_multiloc[fr-FR]" placeholder="Écrivez votre commentaire"></textarea><button id="e2e-submit-comment" type="submit">Publier</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Budget participatif 2025", "/fr-FR/projects/budget-participatif-2025")),
        page("/fr-FR/ideas/des-bancs-a-keryado", "Des bancs à Keryado", m.prose("Des bancs le long de la rue principale pour les aînés."),
             {"participatory_budget"}, parent=("Budget participatif 2025", "/fr-FR/projects/budget-participatif-2025")),
        page("/fr-FR/projects/idees-front-de-mer", "Idées pour le front de mer", m.prose("Partagez vos idées pour le front de mer.")
             + '<a id="e2e-idea-button" href="/fr-FR/projects/idees-front-de-mer/ideas/new">Soumettre une idée</a>',
             {"suggestion_call"}),
        page("/fr-FR/projects/idees-front-de-mer/ideas/new", "Soumettre une idée", '<form id="idea-form" method="post" action="/web_api/v1/ideas">'
             '<label for="title">Titre</label><input id="title" name="title_multiloc[fr-FR]" type="text"><label for="body">Description</label>'
             '<textarea id="body" name="body_multiloc[fr-FR]"></textarea><button type="submit" id="e2e-idea-form-submit">Publier</button></form>',
             {"suggestion_call"}, {"contact_form"}, parent=("Idées pour le front de mer", "/fr-FR/projects/idees-front-de-mer")),  # a public contribution on the platform, not a message to the city (convention)
        page("/fr-FR/projects/enquete-jeunesse/survey", "Enquête jeunesse", m.prose("Tu as entre 12 et 25 ans ? Dis-nous ce qui manque à Kerbréhan.")
             + '<form id="e2e-survey-form" method="post" action="/web_api/v1/projects/enquete-jeunesse/survey_responses"><fieldset><legend>Que fais-tu le week-end ?</legend>'
               '<label><input type="radio" name="q1" value="sport"> Du sport</label><label><input type="radio" name="q1" value="plage"> La plage</label><label><input type="radio" name="q1" value="rien"> Rien de spécial</label></fieldset>'
               '<button type="submit">Envoyer</button></form>', {"poll"}),
    ]
    gov = Site("kerbrehan.govocal.com", "govocal", "Kerbréhan participe", gp,
               menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/budget-participatif-2025"), ("kerbrehan.bzh", f"http://{host}/")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"go_vocal"}))
    carte = Site(_MAP_HOST, "flarum", "Carte des idées - Kerbréhan", [
        page("/", "Carte des idées - Kerbréhan", "",  # drawn by a script from /api/ideas: ideas, supports and a form to propose one
             {"suggestion_call", "participatory_platform"})])  # a custom platform dedicated to residents' ideas
    return City("99176", "Kerbréhan", 64200, "56", "53", "Bretagne", f"http://{host}/", [www, gov, carte])


# ==================================================================================================
# 99177 Wissandres: WordPress (stock theme) + phpBB + Jenparle


def wissandres() -> City:
    host, fo, jp = "www.wissandres.fr", "http://forum.wissandres.fr", "http://wissandres.jenparle.net"
    news = [("/actualites/nouvelle-digue/", "6 mars", "Nouvelle digue : les travaux commencent", "Pour protéger le quartier du Courgain."),
            ("/actualites/forum-de-l-emploi/", "27 février", "Forum de l'emploi portuaire", "Transmanche, logistique, pêche."),
            ("/actualites/conseil-municipal-petition/", "18 février", "Conseil municipal : vers un droit de pétition", "Les modalités seront fixées à l'automne.")]
    side = m.widget("Sondage", m.yop_poll(8, "Faut-il un marché le dimanche sur le port ?", ["Oui", "Non", "L'été seulement"]), "widget widget_yop_poll")
    pages = [
        page("/", "Accueil", _home(
            "Wissandres, port de la Côte d'Opale, entre dunes et terminal transmanche.",
            [("/participation-citoyenne/", "Participation citoyenne"), (fo + "/", "Le forum des habitants"), (jp + "/", "Concertations Jenparle"),
             ("/contact/", "Contact"), ("/actualites/", "Actualités"), ("/participation-citoyenne/appel-a-idees-friche-portuaire/", "Appel à idées")],
            news, [("/participation-citoyenne/conseils-de-quartier/", "5 avril", "Réunion des conseils de quartier")])),
        page("/participation-citoyenne/", "Participation citoyenne", m.two_columns(m.prose(
            "La ville s'appuie sur ses conseils de quartier, un forum en ligne des habitants et des concertations sur la "
            "plateforme Jenparle pour construire ses projets avec vous.")
            + m.links([("/participation-citoyenne/conseils-de-quartier/", "Conseils de quartier"), (fo + "/", "Forum des habitants"),
                       (jp + "/", "Concertations en ligne"), ("/participation-citoyenne/appel-a-idees-friche-portuaire/", "Appel à idées : la friche portuaire")]),
            m.widget("Votre avis", m.democracy_poll(2, "Les conseils de quartier doivent-ils se réunir le samedi ?", ["Oui", "Non", "Peu importe"]))),
             {"participation_displayed", "poll"}),
        page("/participation-citoyenne/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier : Courgain, Dunes, Centre, Gare, Port. Chacun est coprésidé par un habitant et un élu.",
            "Les comptes rendus sont publiés sur le forum des habitants."),
             {"participation_displayed"}, parent=("Participation citoyenne", "/participation-citoyenne/")),
        page("/participation-citoyenne/appel-a-idees-friche-portuaire/", "Appel à idées : la friche portuaire", m.prose(
            "Le terminal désaffecté du quai Est va être libéré. Quels usages imaginez-vous ? Proposez vos idées avant le 30 avril.")
             + m.gravity(7, "/participation-citoyenne/appel-a-idees-friche-portuaire/",
                         [("Nom", "text", ()), ("E-mail", "email", ()), ("Votre idée", "textarea", ())], "Vos idées pour la friche", "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Participation citoyenne", "/participation-citoyenne/")),
        page("/actualites/", "Actualités", m.two_columns(m.news_cards(news), side), {"poll"}),
        page("/actualites/nouvelle-digue/", "Nouvelle digue : les travaux commencent", m.prose(
            "Les travaux de la nouvelle digue du Courgain débutent lundi pour dix-huit mois.")
             + m.fb_comments(f"http://{host}/actualites/nouvelle-digue/") + m.share(f"http://{host}/actualites/nouvelle-digue/"),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/forum-de-l-emploi/", "Forum de l'emploi portuaire", m.prose(
            "Le forum de l'emploi portuaire réunit 40 employeurs le 21 mars à la salle du Phare."),
             decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/actualites/conseil-municipal-petition/", "Conseil municipal : vers un droit de pétition", m.prose(
            "Le conseil municipal a approuvé le principe d'un droit de pétition local. Ses modalités seront fixées à l'automne ; "
            "aucune pétition ne peut encore être déposée."),
             decoys={"petition"}, parent=("Actualités", "/actualites/")),
        page("/contact/", "Contact", m.prose("Mairie de Wissandres, rue du Bassin.") + m.gravity(
            1, "/contact/", [("Nom", "text", ()), ("E-mail", "email", ()), ("Objet", "text", ()), ("Message", "textarea", ())], None),
             {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Ville de Wissandres", pages,
               menu=[("Accueil", "/"), ("Participation", "/participation-citoyenne/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "Wissandres"), social("instagram", "wissandres62")],
               address="Rue du Bassin, 62179 Wissandres")

    fp = [
        page("/", "Index du forum", m.phpbb_forumlist([
            ("./viewforum.php?f=2", "Vie des quartiers", "Propreté, voirie, animations de votre quartier.", 34, 212, "Corinne"),
            ("./viewforum.php?f=3", "Le port et la plage", "Digue, plage, terminal transmanche.", 19, 143, "Bertrand")]), {"forum"}),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, [
            ("./viewtopic.php?f=2&t=14", "Stationnement rue des Pêcheurs", "Corinne", "4 mars", 6, 210),
            ("./viewtopic.php?f=2&t=15", "Compte rendu du conseil de quartier Dunes", "Conseil Dunes", "1 mars", 2, 95)]), {"forum"}),
        page("/viewtopic.php?f=2&t=14", "Stationnement rue des Pêcheurs", m.phpbb_posts(2, 14, [
            ("Stationnement rue des Pêcheurs", "Corinne", "4 mars", "Les camping-cars occupent toutes les places l'été."),
            ("Re: Stationnement rue des Pêcheurs", "Alain62", "4 mars", "Une aire dédiée près du camping réglerait le problème.")]), {"forum"}),
        page("/viewtopic.php?f=2&t=15", "Compte rendu du conseil de quartier Dunes", m.phpbb_posts(2, 15, [
            ("Compte rendu", "Conseil Dunes", "1 mars", "Points abordés : ganivelles, accès plage, éclairage.")]), {"forum"}),
        page("/viewforum.php?f=3", "Le port et la plage", m.phpbb_topics(3, [
            ("./viewtopic.php?f=3&t=21", "Nouvelle digue : vos questions", "Bertrand", "6 mars", 11, 402)]), {"forum"}),
        page("/viewtopic.php?f=3&t=21", "Nouvelle digue : vos questions", m.phpbb_posts(3, 21, [
            ("Nouvelle digue : vos questions", "Bertrand", "6 mars", "Les travaux bloqueront-ils l'accès à la plage cet été ?"),
            ("Re: Nouvelle digue", "Mairie de Wissandres", "7 mars", "Un accès sera maintenu par la cale nord.")]), {"forum"}),
    ]
    board = Site("forum.wissandres.fr", "phpbb", "Forum des habitants de Wissandres", fp,
                 features=frozenset({"forum"}))

    jpp = [
        page("/", "Wissandres, j'en parle", m.prose("Les concertations de la ville de Wissandres.")
             + m.links([("/concertations/plage-et-digue", "Concertation : la plage et la digue"),
                        ("/concertations/plage-et-digue/propositions", "Vos propositions")]), {"participation_displayed"}),
        page("/concertations/plage-et-digue", "Concertation : la plage et la digue", m.prose(
            "Donnez votre avis sur l'aménagement de la plage après les travaux de la digue.")
             + '<form class="jp-questionnaire" method="post" action="/concertations/plage-et-digue/repondre"><fieldset class="jp-question"><legend>Quels équipements souhaitez-vous ?</legend>'
               '<label><input type="checkbox" name="reponse[1][]" value="douches"> Douches</label><label><input type="checkbox" name="reponse[1][]" value="poste"> Poste de secours</label>'
               '<label><input type="checkbox" name="reponse[1][]" value="jeux"> Jeux d\'enfants</label></fieldset><button type="submit" class="jp-btn">Valider</button></form>',
             {"poll"}),
        page("/concertations/plage-et-digue/propositions", "Vos propositions", '<div class="jp-contributions">'
             '<article class="jp-contribution"><h3>Une rampe pour fauteuils</h3><p>Par Josiane · 12 soutiens</p></article>'
             '<article class="jp-contribution"><h3>Un espace kitesurf balisé</h3><p>Par Wiss Kite · 9 soutiens</p></article></div>'
             '<a href="/connexion" class="jp-btn">Déposer une proposition</a>', {"suggestion_call"}),
    ]
    jen = Site("wissandres.jenparle.net", "salines_jenparle", "Wissandres, j'en parle", jpp,
               menu=[("Accueil", "/"), ("Concertations", "/concertations/plage-et-digue"), ("Ville de Wissandres", f"http://{host}/")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}))
    return City("99177", "Wissandres", 44600, "62", "32", "Hauts-de-France", f"http://{host}/", [www, board, jen])


# ==================================================================================================
# 99178 Esnandrac: Drupal + id-city + a residents' board (Discourse)


def esnandrac() -> City:
    host, idc, ag = "www.esnandrac.fr", "http://esnandrac.id-city.com", "http://agora.esnandrac.fr"
    news = [("/actualites/quai-des-salorges", "8 mars", "Quai des Salorges : un questionnaire", "La ville vous interroge sur les futurs usages."),
            ("/actualites/atelier-ecluse-inscription", "2 mars", "Atelier « l'écluse en fête » : inscrivez-vous", "Places limitées."),
            ("/actualites/port-autonome-dragage", "23 février", "Le port consulte sur le dragage", "Une concertation du grand port."),
            ("/actualites/minimes-nouvelle-capitainerie", "14 février", "Minimes : la nouvelle capitainerie", "Ouverture au printemps.")]
    pages = [
        page("/", "Accueil", _home(
            "Esnandrac, ville portuaire de l'Aunis : actualités, démarches et participation.",
            [("/democratie-participative", "Démocratie participative"), (idc + "/", "Esnandrac participe (id-city)"),
             (ag + "/", "L'agora des habitants"), ("/contact", "Contact"), ("/actualites", "Actualités"),
             ("/democratie-participative/budget-participatif", "Budget participatif")],
            news, [("/democratie-participative/conseils-citoyens", "4 avril", "Conseils citoyens : plénière"),
                   ("/actualites/atelier-ecluse-inscription", "20 avril", "L'écluse en fête")])),
        page("/democratie-participative", "Démocratie participative", m.prose(
            "Conseils citoyens de quartier, budget participatif, questionnaires et agora en ligne : Esnandrac associe ses "
            "habitants aux décisions. Une charte de la participation encadre ces démarches.")
            + m.links([("/democratie-participative/conseils-citoyens", "Les conseils citoyens"), ("/democratie-participative/budget-participatif", "Le budget participatif"),
                       ("/democratie-participative/questionnaire-port-de-peche", "Questionnaire : le port de pêche"), ("/democratie-participative/agora", "L'agora des habitants")]),
             {"participation_displayed"}),
        page("/democratie-participative/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Huit conseils citoyens de quartier, dont ceux de La Pallice, des Minimes et de Port-Neuf, composés pour moitié d'habitants tirés au sort.",
            "Ils émettent des avis et peuvent inscrire un sujet à l'ordre du jour du conseil municipal une fois par an."),
             {"participation_displayed"}, parent=("Démocratie participative", "/democratie-participative")),
        page("/democratie-participative/budget-participatif", "Le budget participatif", m.prose(
            "800 000 euros pour des projets d'habitants. Le vote a lieu en ligne sur la plateforme Esnandrac participe et "
            "dans les urnes des mairies de quartier, du 15 mai au 15 juin.",
            f"<a href=\"{idc}/budget-participatif\">Voter en ligne</a>"),
             {"participation_displayed", "participatory_budget"}, parent=("Démocratie participative", "/democratie-participative")),
        page("/democratie-participative/questionnaire-port-de-peche", "Questionnaire : le port de pêche", m.prose(
            "Le port de pêche va être réaménagé. Répondez au questionnaire (10 minutes).")
             + m.iframe("https://enquetes.esnandrac.fr/index.php/582341?lang=fr", "Questionnaire LimeSurvey : le port de pêche"),
             {"poll"}, parent=("Démocratie participative", "/democratie-participative")),
        page("/democratie-participative/agora", "L'agora des habitants", m.prose(
            "L'agora est l'espace de discussion en ligne des habitants d'Esnandrac, modéré par la ville. "
            f"<a href=\"{ag}/\">Rejoindre la discussion</a>"),
             {"participation_displayed"}, {"forum"},  # presents the board; the board itself is on agora.esnandrac.fr
             parent=("Démocratie participative", "/democratie-participative")),
        page("/actualites", "Actualités", m.news_cards(news)),
        page("/actualites/quai-des-salorges", "Quai des Salorges : un questionnaire", m.prose(
            "Friche ostréicole, le quai des Salorges sera transformé. Un questionnaire est ouvert jusqu'au 10 avril.")
             + m.iframe("https://framaforms.org/quai-des-salorges-vos-usages-1709712345", "Questionnaire Framaforms", 1100),
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/atelier-ecluse-inscription", "Atelier « l'écluse en fête » : inscrivez-vous", m.prose(
            "Inscrivez-vous à l'atelier de préparation de la fête de l'écluse (places limitées).")
             + m.iframe("https://forms.office.com/Pages/ResponsePage.aspx?id=Xk29sQ-inscriptionEcluse&amp;embed=true", "Formulaire d'inscription", 700),
             decoys={"poll", "contact_form"}, parent=("Actualités", "/actualites")),  # a sign-up form for a workshop
        page("/actualites/port-autonome-dragage", "Le port consulte sur le dragage", m.prose(
            "Le grand port maritime organise une concertation préalable sur ses dragages d'entretien. Réunions et registre sur son site."),
             decoys={"participation_displayed", "poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/minimes-nouvelle-capitainerie", "Minimes : la nouvelle capitainerie", m.prose(
            "La nouvelle capitainerie du port des Minimes ouvrira au printemps.")
             + m.drupal_comments("512", [("Claire", "15 février", "Y aura-t-il des sanitaires pour les plaisanciers de passage ?")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/contact", "Contact", m.prose("Hôtel de ville d'Esnandrac, place de la Mairie.")
             + m.webform_contact("contact_mairie", "/contact", [("nom", "Nom", "text"), ("courriel", "Courriel", "email")]),
             {"contact_form"}),
    ]
    www = Site(host, "drupal", "Ville d'Esnandrac", pages,
               menu=[("Accueil", "/"), ("Participer", "/democratie-participative"), ("Actualités", "/actualites"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleEsnandrac"), social("x", "Esnandrac"), social("youtube", "esnandrac"),
                         social("mastodon", "esnandrac@social.esnandrac.fr")],
               address="Place de la Mairie, 17137 Esnandrac")

    ip = [
        page("/", "Esnandrac participe", m.prose("Budget participatif, idées, sondages, pétitions : participez à la vie d'Esnandrac.")
             + m.links([("/budget-participatif", "Budget participatif"), ("/idees", "Boîte à idées"), ("/sondages/44-horaires-piscine", "Sondage : la piscine"),
                        ("/petitions", "Pétitions")]), {"participation_displayed"}),
        page("/budget-participatif", "Budget participatif 2025", m.prose("Votez pour 3 projets parmi les 28 retenus.")
             + '<div class="idc-projects"><article class="idc-project"><h3><a href="/budget-participatif/projets/218-jardin-flottant">Un jardin flottant dans le bassin</a></h3>'
               '<p>35 000 €</p><form method="post" action="/budget-participatif/projets/218/vote"><button class="idc-btn">Voter</button></form></article></div>',
             {"participatory_budget"}),
        page("/budget-participatif/projets/218-jardin-flottant", "Un jardin flottant dans le bassin", m.prose(
            "Des radeaux végétalisés dans le bassin des chalutiers, refuge pour les oiseaux.")
             + '<div class="idc-comments"><h2>Commentaires</h2><form method="post" action="/budget-participatif/projets/218/commentaires"><textarea name="commentaire[texte]"></textarea><button class="idc-btn">Commenter</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Budget participatif", "/budget-participatif")),
        page("/idees", "Boîte à idées", m.prose("Proposez vos idées pour Esnandrac : les plus soutenues sont étudiées par les élus.")
             + '<form class="idc-form" method="post" action="/idees/nouvelle"><label>Titre<input type="text" name="idee[titre]"></label>'
               '<label>Votre idée<textarea name="idee[description]"></textarea></label><button class="idc-btn">Proposer</button></form>',
             {"suggestion_call"}, {"contact_form"}),  # a public contribution on the platform, not a message to the city (convention)
        page("/sondages/44-horaires-piscine", "Sondage : la piscine", '<form class="idc-sondage" method="post" action="/sondages/44/repondre">'
             '<p>Quels horaires pour la piscine en été ?</p><label><input type="radio" name="choix" value="1"> 7 h - 20 h</label>'
             '<label><input type="radio" name="choix" value="2"> 10 h - 22 h</label><button class="idc-btn">Répondre</button></form>', {"poll"}),
        page("/petitions", "Pétitions", m.prose("Lancez ou signez une pétition adressée au conseil municipal.")
             + '<article class="idc-petition"><h3>Un passage piéton devant l\'école de Port-Neuf</h3><p>188 signatures</p>'
               '<form method="post" action="/petitions/12/signer"><button class="idc-btn">Signer</button></form></article>'
               '<a class="idc-btn" href="/connexion">Lancer une pétition</a>', {"petition"}),
    ]
    idcity = Site("esnandrac.id-city.com", "salines_idcity", "Esnandrac participe", ip,
                  menu=[("Accueil", "/"), ("Budget participatif", "/budget-participatif"), ("Idées", "/idees"), ("esnandrac.fr", f"http://{host}/")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"id_city"}))

    ap = [
        page("/", "Derniers sujets", m.discourse_topic_list([
            ("/t/stationnement-aux-minimes/88", "Stationnement aux Minimes l'été", ("/c/quartiers/5", "Quartiers"), 14, 530, "2 j"),
            ("/t/bacs-a-maree-sur-la-plage/91", "Des bacs à marée sur la plage ?", ("/c/quartiers/5", "Quartiers"), 6, 210, "5 j")]), {"forum"}),
        page("/c/quartiers/5", "Quartiers", m.discourse_topic_list([
            ("/t/stationnement-aux-minimes/88", "Stationnement aux Minimes l'été", ("/c/quartiers/5", "Quartiers"), 14, 530, "2 j")]), {"forum"}),
        page("/t/stationnement-aux-minimes/88", "Stationnement aux Minimes l'été", m.discourse_posts([
            ("Hugo_M", "3 mars", "Chaque été, impossible de se garer. Des idées ?"),
            ("Sophie.L", "3 mars", "Une navette depuis le parking relais, comme à la plage de Chef-de-Baie."),
            ("Agora (modération)", "4 mars", "Le sujet sera transmis au conseil citoyen des Minimes.")]), {"forum"}),
        page("/t/bacs-a-maree-sur-la-plage/91", "Des bacs à marée sur la plage ?", m.discourse_posts([
            ("Marin17", "28 février", "Pour ramasser les déchets rejetés par la mer.")]), {"forum"}),
    ]
    agora = Site("agora.esnandrac.fr", "discourse", "L'agora d'Esnandrac", ap,
                 menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5")], features=frozenset({"forum"}))
    return City("99178", "Esnandrac", 118500, "17", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, idcity, agora])


def cities():
    return [port_sevrin(), ploudaoulas(), carmerel(), salinvert(), audrecq(), kerbrehan(), wissandres(), esnandrac()]


def hosts():
    """The map of ideas of Kerbréhan: an application shell filled from a JSON API."""
    return {_MAP_HOST: _MapHost()}
