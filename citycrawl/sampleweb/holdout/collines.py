"""The eleventh part of the holdout (``collines``, 99201-99208): eight fictional communes, from a village of
three hundred people to a city of 150,000, on WordPress, Drupal, SPIP, Joomla, TYPO3 and vendor CMSs, with
their participation spaces (Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, a Fluicity space drawn
by a script, Publik e-services, a LimeSurvey server, phpBB and Kunena boards, neighbours' networks) and the
lookalikes the codebook names. Written from the codebook and real platforms' public source, apart from the
detection rules and from the other parts of the holdout."""
import json
from urllib.parse import parse_qs

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import collines_markup as m

# ---- shared helpers -----------------------------------------------------------------------------


def _plan(pages, path="/plan-du-site/", title="Plan du site"):
    """A site map listing every page of the host (most city sites have one in their footer menu)."""
    links = [(p.path, p.title) for p in pages if p.path != path]
    return page(path, title, m.prose("Retrouvez ci-dessous l'ensemble des rubriques du site.")
                + m.link_list(links, cls="plan-du-site"))


def _news_page(lead, items, more=None):
    return m.prose(lead) + m.news(items, more=more)


# =================================================================================================
# 99201 Bressac-la-Varenne (Maine-et-Loire): WordPress, WPForms, Gravity Forms, YOP Poll, wpDiscuz;
# participation space on Go Vocal.
# =================================================================================================

BRESSAC = "www.bressac-la-varenne.fr"
BRESSAC_GV = "bressaclavarenne.govocal.com"


def bressac() -> City:
    gv = f"http://{BRESSAC_GV}"
    news = [
        ("/actualites/travaux-rue-des-tanneurs/", "12 mai 2025", "Travaux rue des Tanneurs : ce qui change", "Circulation alternée jusqu'à fin juin."),
        ("/actualites/questionnaire-mobilites/", "5 mai 2025", "Plan vélo : donnez votre avis", "Un questionnaire en ligne jusqu'au 15 juin."),
        ("/actualites/nouvelle-mediatheque/", "28 avril 2025", "La médiathèque Jean-Bodin rouvre", "Nouveaux horaires et espace jeux vidéo."),
        ("/actualites/resultats-sondage-eclairage/", "2 avril 2025", "Éclairage nocturne : les résultats du sondage", "Merci aux 1 148 participants."),
        ("/actualites/ligne-ter-angers/", "20 mars 2025", "Ligne TER : la Ville soutient les usagers", "Motion votée au conseil municipal."),
    ]
    poll = m.yop_poll(14, "Quel nouvel équipement pour le parc de la Varenne ?",
                      ["Un parcours sportif", "Une aire de pique-nique couverte", "Des jeux d'eau", "Un jardin partagé"])
    cookie = m.cookie_banner("complianz")

    def body(*parts):
        return cookie + "".join(parts)

    pages = [
        page("/", "Accueil", body(
            m.prose("Bienvenue à Bressac-la-Varenne, ville des bords de Loire : 23 800 habitants, trois quartiers et un port de plaisance."),
            m.quick_links([("/vie-quotidienne/", "Vie quotidienne"), ("/participer/", "Bressac participe"),
                           ("/vie-quotidienne/reserver-une-salle/", "Réserver une salle"), ("/contact/", "Contacter la mairie"),
                           ("/mairie/recrutement/", "La Ville recrute"), ("/agenda/forum-des-associations/", "Forum des associations")]),
            m.news(news[:4], "À la une", more="/actualites/"),
            m.agenda([("7", "juin", "Fête de la Loire", "Port de la Varenne"), ("14", "juin", "Conseil de quartier Centre", "Salle des Tanneurs"),
                      ("6", "sept.", "Forum des associations", "Complexe sportif")]))),
        page("/actualites/", "Actualités", body(m.with_sidebar(m.news(news, "Toutes les actualités"), poll)), {"poll"}),
        page("/actualites/travaux-rue-des-tanneurs/", "Travaux rue des Tanneurs : ce qui change", body(
            m.prose("Les travaux de reprise des réseaux d'eau commencent le 19 mai. La circulation sera alternée entre la place du Port et la rue Colbert.",
                    "Le marché du jeudi est maintenu ; les commerçants restent accessibles à pied.",
                    "Des questions sur le chantier ? Posez-les ci-dessous, le service voirie vous répond."),
            m.wpdiscuz(311, [("Martine L.", "13 mai 2025 à 8 h 41", "Les bus de la ligne 2 seront-ils déviés ?"),
                             ("Ville de Bressac", "13 mai 2025 à 10 h 02", "Oui, arrêt provisoire place Colbert pendant toute la durée du chantier."),
                             ("Yannick", "14 mai 2025 à 19 h 15", "Merci de prévoir un cheminement pour les poussettes.")])),
             {"comments"}, parent=("Actualités", "/actualites/")),
        # borderline: wpDiscuz is loaded but comments are closed and there are none, so nobody can comment here
        page("/actualites/nouvelle-mediatheque/", "La médiathèque Jean-Bodin rouvre", body(
            m.prose("Après six mois de travaux, la médiathèque rouvre le mardi 6 mai avec un espace jeux vidéo et une grainothèque.",
                    "Horaires : mardi et vendredi 14 h - 19 h, mercredi et samedi 10 h - 18 h."),
            m.wpdiscuz(318, [], closed=True)), decoys={"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats du sondage", body(
            m.prose("Le sondage sur l'extinction de l'éclairage public entre minuit et 5 h est clos depuis le 15 mars.",
                    "Le conseil municipal du 10 avril a retenu l'extinction dans les quartiers résidentiels, hors axes principaux."),
            m.yop_poll_ended(11, "Êtes-vous favorable à l'extinction de l'éclairage public la nuit ?",
                             [("Oui", 61, 700), ("Non", 31, 356), ("Sans opinion", 8, 92)])),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        # borderline: the questionnaire itself is on the city's Go Vocal space; this news item announces it and links to it
        page("/actualites/questionnaire-mobilites/", "Plan vélo : donnez votre avis", body(
            m.prose("La Ville prépare son plan vélo 2026-2030. Pistes, stationnement, zones apaisées : nous avons besoin de vos réponses.",
                    f"<strong>Répondez au questionnaire en ligne</strong> (dix minutes) sur <a href=\"{gv}/fr-FR/projects/plan-velo/survey\">la plateforme Bressac participe</a> jusqu'au 15 juin.",
                    "Des questionnaires papier sont aussi disponibles à l'accueil de la mairie et à la médiathèque."),
            m.share_links(f"http://{BRESSAC}/actualites/questionnaire-mobilites/", "Plan vélo : donnez votre avis")),
             {"poll"}, parent=("Actualités", "/actualites/")),
        # a national cause: the petition is on the Assemblée's site, given as text, not run by the city
        page("/actualites/ligne-ter-angers/", "Ligne TER : la Ville soutient les usagers", body(
            m.prose("Le conseil municipal a adopté à l'unanimité une motion pour le maintien des arrêts à Bressac sur la ligne Angers - Saumur.",
                    "Le collectif des usagers relaie une pétition adressée à l'Assemblée nationale, à retrouver sur le site petitions.assemblee-nationale.fr.",
                    "Le quotidien local suit le dossier : <a href=\"https://www.facebook.com/courrierdelavarenne\">Le Courrier de la Varenne sur Facebook</a>.")),
             decoys={"petition"}, parent=("Actualités", "/actualites/")),
        page("/participer/", "Bressac participe", body(
            m.prose("Depuis 2021, la Ville associe les habitants aux décisions qui les concernent : trois conseils de quartier, un budget participatif annuel, "
                    "des concertations sur les grands projets et une boîte à idées ouverte toute l'année.",
                    "La charte de la participation citoyenne, adoptée en conseil municipal, fixe les engagements de la Ville : informer, écouter, rendre compte."),
            m.link_list([("/participer/conseils-de-quartier/", "Les conseils de quartier"), ("/participer/budget-participatif/", "Le budget participatif « Mon projet pour Bressac »"),
                         ("/participer/boite-a-idees/", "La boîte à idées"), (gv + "/", "La plateforme en ligne Bressac participe")], "Participer")),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier/", "Les conseils de quartier", body(
            m.prose("Centre-Port, Les Varennes et Saint-Lambert ont chacun leur conseil de quartier : douze habitants tirés au sort, six volontaires et deux élus.",
                    "Les conseils se réunissent quatre fois par an en séance publique. Ils donnent leur avis sur les projets d'aménagement et disposent d'une enveloppe de 10 000 € pour de petits travaux.",
                    "Prochaine séance : conseil de quartier Centre-Port, samedi 14 juin à 10 h, salle des Tanneurs.")),
             {"participation_displayed"}, parent=("Bressac participe", "/participer/")),
        # a free-text idea sent to the city: a call for ideas, and a form that writes to the city
        page("/participer/boite-a-idees/", "La boîte à idées", body(
            m.prose("Une idée pour améliorer la vie à Bressac ? Déposez-la ici : chaque idée reçoit une réponse des élus sous deux mois."),
            m.gravity_form(3, "Proposez votre idée", "Les idées sont étudiées chaque mois en bureau municipal.",
                           [("text", "Votre nom"), ("email", "Votre adresse e-mail"),
                            ("select:Cadre de vie|Mobilités|Jeunesse|Environnement|Autre", "Thème"), ("textarea", "Votre idée")],
                           "Envoyer mon idée", "/participer/boite-a-idees/")),
             {"suggestion_call", "contact_form"}, parent=("Bressac participe", "/participer/")),
        page("/participer/budget-participatif/", "Mon projet pour Bressac : le budget participatif", body(
            m.prose("Chaque année, 150 000 € du budget d'investissement sont réservés à des projets proposés et choisis par les habitants de plus de 11 ans.",
                    "Calendrier 2025 : dépôt des projets jusqu'au 30 juin, étude de faisabilité en été, vote du 15 septembre au 15 octobre.",
                    f"Déposez votre projet et votez sur <a href=\"{gv}/fr-FR/projects/mon-projet-pour-bressac\">la plateforme Bressac participe</a>. "
                    "Une urne est aussi installée à l'accueil de la mairie pendant la période de vote.")),
             {"participatory_budget", "participation_displayed"}, parent=("Bressac participe", "/participer/")),
        page("/contact/", "Contacter la mairie", body(
            m.prose("Hôtel de ville, 1 place de la République. Accueil du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30, le samedi de 9 h à 12 h."),
            m.wpforms(52, [("text", "Nom et prénom", "nom"), ("email", "Adresse e-mail", "email"),
                           ("select:Accueil|État civil|Urbanisme|Services techniques|Enfance", "Service", "service"),
                           ("text", "Objet", "objet"), ("textarea", "Message", "message")], "Envoyer", "/contact/")),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/agenda/forum-des-associations/", "Forum des associations", body(
            m.prose("Le forum des associations aura lieu le samedi 6 septembre de 10 h à 18 h au complexe sportif de la Varenne.",
                    "Plus de 90 associations sportives, culturelles et solidaires présenteront leurs activités. Démonstrations toute la journée.")),
             decoys={"forum"}),
        page("/mairie/budget/", "Le budget de la Ville", body(
            m.prose("Le budget primitif 2025 a été voté le 27 mars : 31,4 M€ en fonctionnement et 9,8 M€ en investissement.",
                    "Le compte administratif 2024 et le rapport d'orientation budgétaire sont consultables en mairie et téléchargeables ci-dessous.",
                    "<a href=\"/plan-du-site/\">Documents budgétaires (PDF)</a>")),
             decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal/", "Le conseil municipal", body(
            m.prose("Le conseil municipal compte 33 élus. Ses séances sont publiques et retransmises en direct.",
                    "Prochaine séance : jeudi 26 juin à 19 h, salle du conseil. Ordre du jour : décision modificative n°1, tarifs de la restauration scolaire, "
                    "convention avec le syndicat des eaux.")),
             decoys={"participation_displayed"}),
        page("/mairie/marches-publics/", "Marchés publics", body(
            m.prose("Avis d'appel public à la concurrence : entretien des espaces verts (lot 1) et élagage (lot 2). Date limite de remise des offres : 30 juin, 12 h.",
                    "Le dossier de consultation des entreprises est téléchargeable sur la plateforme régionale des marchés publics.")),
             decoys={"suggestion_call"}),
        page("/mairie/recrutement/", "La Ville recrute", body(
            m.prose("Appel à candidatures : un agent d'accueil (H/F), un animateur périscolaire (H/F) et un jardinier (H/F).",
                    "Envoyez CV et lettre de motivation à Monsieur le Maire, service des ressources humaines, avant le 20 juin.")),
             decoys={"suggestion_call"}),
        page("/vie-quotidienne/", "Vie quotidienne", body(
            m.prose("Écoles, déchets, transports, salles municipales : les services de la Ville au quotidien."),
            m.link_list([("/vie-quotidienne/reserver-une-salle/", "Réserver une salle municipale"), ("/vie-quotidienne/lettre-information/", "La lettre d'information"),
                         ("/cadre-de-vie/proprete/", "Propreté et déchets")]))),
        page("/vie-quotidienne/reserver-une-salle/", "Réserver une salle municipale", body(
            m.prose("Les associations et les particuliers bressacais peuvent réserver la salle des Tanneurs, la salle du Port ou le foyer Saint-Lambert."),
            m.booking_form("/vie-quotidienne/reserver-une-salle/", ["Salle des Tanneurs", "Salle du Port", "Foyer Saint-Lambert"])),
             decoys={"contact_form"}, parent=("Vie quotidienne", "/vie-quotidienne/")),
        page("/vie-quotidienne/lettre-information/", "La lettre d'information", body(
            m.prose("Chaque mois, recevez l'essentiel de l'actualité bressacaise dans votre boîte aux lettres électronique."),
            m.newsletter_form("/vie-quotidienne/lettre-information/")),
             decoys={"contact_form"}, parent=("Vie quotidienne", "/vie-quotidienne/")),
        page("/cadre-de-vie/proprete/", "Propreté et déchets", body(m.with_sidebar(
            m.prose("La collecte des ordures ménagères a lieu le lundi et celle des emballages le jeudi, une semaine sur deux.",
                    "La déchèterie des Noues est ouverte du mardi au samedi. Encombrants : sur rendez-vous au 02 41 00 00 00."), poll)),
             {"poll"}, parent=("Vie quotidienne", "/vie-quotidienne/")),
    ]
    pages.append(_plan(pages))
    www = Site(BRESSAC, "wordpress", "Ville de Bressac-la-Varenne", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Vie quotidienne", "/vie-quotidienne/"), ("Bressac participe", "/participer/"),
                     ("Mairie", "/mairie/conseil-municipal/"), ("Budget", "/mairie/budget/"), ("Marchés publics", "/mairie/marches-publics/"),
                     ("Contact", "/contact/"), ("Plan du site", "/plan-du-site/")],
               accounts=[social("facebook", "VilleDeBressac"), social("instagram", "bressac_la_varenne")],
               address="Hôtel de ville, 1 place de la République, 49999 Bressac-la-Varenne")

    bp = "/fr-FR/projects/mon-projet-pour-bressac"
    gv_pages = [
        page("/", "Bressac participe", m.prose("Bienvenue sur la plateforme de participation de la Ville de Bressac-la-Varenne.",
             "Proposez, débattez, votez : tous les projets en cours sont ici.")
             + m.link_list([(bp, "Mon projet pour Bressac — budget participatif 2025"), ("/fr-FR/projects/quais-de-loire", "Réinventons les quais de Loire"),
                            ("/fr-FR/projects/plan-velo/survey", "Plan vélo : questionnaire")], "Projets en cours", "e2e-projects-list")),
        page(bp, "Mon projet pour Bressac — budget participatif 2025", m.prose(
            "150 000 € pour vos projets ! Déposez une idée d'investissement d'intérêt général, soutenez celles des autres, puis votez à l'automne.")
             + '<a class="e2e-idea-button" href="' + bp + '/ideas/new">Déposer un projet</a>'
             + m.govocal_ideas([(bp + "/ideas/aire-de-jeux-inclusive", "Une aire de jeux inclusive au parc de la Varenne", 87, 4),
                                (bp + "/ideas/new", "Des bancs le long du chemin de halage", 41, 0)]),
             {"participatory_budget"}),
        page(bp + "/ideas/aire-de-jeux-inclusive", "Une aire de jeux inclusive au parc de la Varenne", m.prose(
            "Des jeux accessibles aux enfants en fauteuil et un sol souple, à côté du kiosque. Coût estimé : 45 000 €.")
             + '<div class="e2e-comments-container"><h2>Commentaires</h2><form class="e2e-parent-comment-form" method="post" action="' + bp
             + '/ideas/aire-de-jeux-inclusive/comments"><label for="e2e-comment-input">Écrire un commentaire</label><textarea id="e2e-comment-input" name="comment"></textarea>'
             '<button type="submit" class="e2e-submit-parentcomment">Publier</button></form><div class="e2e-comment-thread"><p class="e2e-comment-body">'
             'Excellente idée, il n\'y a rien de tel à moins de 20 km.</p><p class="e2e-comment-body">Pensez à l\'ombre : des arbres ou une voile.</p></div></div>',
             {"participatory_budget", "comments"}),
        page(bp + "/ideas/new", "Déposer un projet", m.prose("Décrivez votre projet : il sera étudié par les services de la Ville avant le vote.")
             + m.capco_proposal_form(bp + "/ideas/new", budget=True).replace("proposal", "idea"), {"participatory_budget"}),
        page("/fr-FR/projects/quais-de-loire", "Réinventons les quais de Loire", m.prose(
            "Les quais seront réaménagés en 2027. Avant de dessiner le projet, la Ville lance un appel à idées : promenade, terrasses, jeux, "
            "animations… Proposez vos idées et réagissez à celles des autres.")
             + m.govocal_ideas([("/fr-FR/projects/quais-de-loire", "Une guinguette l'été", 120, 9)]),
             {"suggestion_call"}),
        page("/fr-FR/projects/plan-velo/survey", "Plan vélo : questionnaire", m.prose("Dix minutes pour dire comment vous vous déplacez et ce qui vous ferait prendre le vélo.")
             + m.govocal_survey("/fr-FR/projects/plan-velo/survey", [
                 ("À quelle fréquence utilisez-vous un vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
                 ("Qu'est-ce qui vous freine le plus ?", ["Le manque de pistes", "La sécurité", "Le stationnement", "Les distances"])]),
             {"poll"}),
    ]
    gvs = Site(BRESSAC_GV, "govocal", "Bressac participe", gv_pages, menu=[("Accueil", "/"), ("Budget participatif", bp)],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"go_vocal"}))
    return City("99201", "Bressac-la-Varenne", 23_800, "49", "52", "Pays de la Loire", f"http://{BRESSAC}/", [www, gvs],
                decoy_accounts=("https://www.facebook.com/courrierdelavarenne",))


# =================================================================================================
# 99202 Plouzévenec (Finistère): Drupal 10 (poll block, comments, Webform), a .bzh domain; the
# residents' phpBB board on the city's host.
# =================================================================================================

PLOUZ = "www.plouzevenec.bzh"
PLOUZ_FORUM = "forum.plouzevenec.bzh"


def plouzevenec() -> City:
    forum = f"http://{PLOUZ_FORUM}"
    news = [
        ("/actualites/renovation-salle-omnisports", "15 mai 2025", "Salle omnisports : le chantier démarre", "Livraison prévue à l'été 2026."),
        ("/actualites/horaires-piscine", "2 mai 2025", "Piscine de Kerlann : horaires d'été", "Ouverture le dimanche matin."),
        ("/budget-participatif", "14 avril 2025", "Plouz'Projets : à vous de voter !", "Neuf projets soumis au vote."),
        ("/enquete-cantine", "1 avril 2025", "Cantine : votre avis compte", "Enquête de satisfaction auprès des familles."),
    ]
    poll = m.drupal_poll_block(3, "Faut-il ouvrir la médiathèque le dimanche après-midi ?", ["Oui", "Non", "Seulement l'hiver"], "/")
    pages = [
        page("/", "Accueil", m.prose("Degemer mat ! Bienvenue sur le site de Plouzévenec, commune littorale du pays des Abers.")
             + m.quick_links([("/vivre-a-plouzevenec/demarches", "Démarches"), ("/mairie/contact", "Contact"), ("/mairie/democratie-locale", "Démocratie locale"),
                              ("/budget-participatif", "Plouz'Projets"), (forum + "/", "Forum des habitants"), ("/agenda/forum-des-associations", "Forum des associations")])
             + m.with_sidebar(m.news(news, "Actualités", more="/actualites"), poll)
             + m.agenda([("21", "juin", "Fest-noz de la Saint-Jean", "Port de Pors Gwenn"), ("5", "juil.", "Conseil municipal", "Mairie")]),
             {"poll"}),
        page("/actualites", "Actualités", m.news(news, "Toutes les actualités")
             + m.link_list([("/actualites/recensement", "Enquête de l'Insee"), ("/mairie/lettre-information", "Recevoir la lettre municipale")])),
        page("/actualites/renovation-salle-omnisports", "Salle omnisports : le chantier démarre", m.prose(
            "La rénovation énergétique de la salle omnisports de Kerlann commence le 2 juin : isolation, toiture photovoltaïque et nouveaux vestiaires.",
            "Les clubs sont relogés au gymnase du collège pendant les travaux.")
             + m.drupal_comments(41, [("Gwenaëlle", "16/05/2025 - 09:12", "Et le club de badminton, il va où ?"),
                                      ("Mairie de Plouzévenec", "16/05/2025 - 11:40", "Au gymnase du collège, les mardis et jeudis soir.")],
                                 "/comment/reply/node/41/comment"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/horaires-piscine", "Piscine de Kerlann : horaires d'été", m.prose(
            "Du 7 juillet au 31 août, la piscine est ouverte tous les jours de 10 h à 19 h, et le dimanche dès 9 h.")
             + m.drupal_comments(44, [("Yann", "03/05/2025 - 18:03", "Super pour le dimanche matin, merci !")], "/comment/reply/node/44/comment"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/recensement", "Enquête de l'Insee sur le cadre de vie", m.prose(
            "L'Insee réalise jusqu'au 30 juin une enquête statistique sur le cadre de vie et la sécurité. Quelques ménages de la commune ont été tirés au sort.",
            "Un enquêteur muni d'une carte officielle prendra contact avec eux. Merci de lui réserver un bon accueil."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/vivre-a-plouzevenec/demarches", "Démarches", m.prose("Carte d'identité, passeport, état civil, urbanisme : les démarches à la mairie et en ligne.")
             + m.hours([("Lundi au vendredi", "8 h 30 - 12 h / 13 h 30 - 17 h"), ("Samedi", "9 h - 12 h")])
             + m.link_list([("/vivre-a-plouzevenec/participation-citoyenne", "Participation citoyenne (gendarmerie)"), ("/mairie/budget", "Budget communal")])),
        page("/mairie/contact", "Contacter la mairie", m.prose("Mairie de Plouzévenec, 3 straed an Iliz. Tél. 02 98 00 00 00.")
             + m.drupal_webform("contact", "/mairie/contact", [("textfield", "nom", "Nom", ()), ("email", "courriel", "Courriel", ()),
                                ("textfield", "objet", "Objet", ()), ("textarea", "message", "Message", ())], "Envoyer le message"),
             {"contact_form"}),
        page("/mairie/democratie-locale", "Démocratie locale", m.prose(
            "La municipalité a créé quatre commissions extra-municipales ouvertes aux habitants (environnement et littoral, vie associative, culture et langue bretonne, travaux).",
            "Un conseil des sages et un conseil municipal des jeunes complètent le dispositif. Les comptes rendus sont publiés ici après chaque réunion.",
            f"Les échanges continuent entre habitants sur le <a href=\"{forum}/\">forum des habitants</a>, modéré par la mairie.")
             + m.link_list([("/mairie/democratie-locale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"), ("/budget-participatif", "Le budget participatif")]),
             {"participation_displayed"}),
        page("/mairie/democratie-locale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Dix-huit jeunes de 9 à 14 ans, élus dans les écoles, se réunissent un mercredi par mois pour porter leurs projets : skate-park, journée propreté des plages, "
            "fresque de l'école. Ils sont consultés sur les aménagements qui les concernent."),
             {"participation_displayed"}, parent=("Démocratie locale", "/mairie/democratie-locale")),
        page("/budget-participatif", "Plouz'Projets, le budget participatif", m.prose(
            "Plouz'Projets, c'est 40 000 € pour des projets imaginés par les habitants. Dépôt des idées au printemps, vote en juin, réalisation l'année suivante.",
            "Toute personne habitant Plouzévenec peut déposer un projet et voter, dès 12 ans.")
             + m.link_list([("/budget-participatif/deposer", "Déposer un projet"), ("/budget-participatif/projets", "Voir les projets et voter")]),
             {"participatory_budget", "participation_displayed"}),
        # a project deposit, not a message to the city: a call for projects of the participatory budget
        page("/budget-participatif/deposer", "Déposer un projet Plouz'Projets", m.prose("Votre projet doit relever des compétences de la commune et coûter moins de 15 000 €.")
             + m.drupal_webform("plouz_projets_depot", "/budget-participatif/deposer", [
                 ("textfield", "titre_projet", "Titre du projet", ()), ("select", "quartier", "Quartier", ("Bourg", "Pors Gwenn", "Kerlann", "Toute la commune")),
                 ("textarea", "description", "Description du projet", ()), ("textfield", "porteur", "Nom du porteur", ()), ("email", "courriel", "Courriel", ())],
                 "Déposer mon projet"),
             {"participatory_budget", "suggestion_call"}, parent=("Plouz'Projets", "/budget-participatif")),
        page("/budget-participatif/projets", "Plouz'Projets : les projets soumis au vote", m.prose(
            "Neuf projets ont été jugés réalisables. Choisissez-en un : le vote est ouvert jusqu'au 30 juin.")
             + m.drupal_webform("plouz_projets_vote", "/budget-participatif/projets", [
                 ("radios", "projet", "Mon projet préféré", ("Boîte à livres au port", "Bancs sur le sentier côtier", "Abri vélos à l'école",
                                                             "Verger partagé de Kerlann", "Table de pique-nique à la plage")),
                 ("textfield", "nom", "Nom", ()), ("email", "courriel", "Courriel", ())], "Voter"),
             {"participatory_budget"}, parent=("Plouz'Projets", "/budget-participatif")),
        page("/enquete-cantine", "Enquête de satisfaction : la cantine", m.prose(
            "Parents, la commune souhaite connaître votre avis sur la restauration scolaire. Questionnaire anonyme, ouvert jusqu'au 20 juin.")
             + m.drupal_webform("enquete_cantine", "/enquete-cantine", [
                 ("radios", "frequence", "Votre enfant déjeune à la cantine", ("Tous les jours", "2 ou 3 fois par semaine", "Rarement")),
                 ("radios", "qualite", "Les repas vous semblent", ("Très bons", "Corrects", "À améliorer")),
                 ("radios", "bio", "Souhaitez-vous davantage de produits locaux ?", ("Oui", "Non", "Sans avis")),
                 ("textarea", "remarques", "Vos remarques", ())], "Envoyer mes réponses"),
             {"poll"}),
        page("/vivre-a-plouzevenec/participation-citoyenne", "Dispositif « participation citoyenne »", m.prose(
            "La commune a signé avec la gendarmerie et la préfecture un protocole « participation citoyenne ». Des habitants référents, volontaires, "
            "signalent aux gendarmes tout fait inhabituel dans leur quartier.",
            "Pour devenir référent, adressez-vous à la brigade de gendarmerie de Lannilis."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Démarches", "/vivre-a-plouzevenec/demarches")),
        page("/agenda/forum-des-associations", "Forum des associations", m.prose(
            "Samedi 6 septembre, de 9 h 30 à 13 h, salle Ar Mor : rencontrez les 45 associations de la commune et inscrivez-vous aux activités de l'année."),
             decoys={"forum"}),
        page("/mairie/budget", "Budget communal", m.prose(
            "Le budget primitif 2025 s'équilibre à 6,2 M€ en fonctionnement et 2,9 M€ en investissement. Principales dépenses : salle omnisports, voirie, école.",
            "Le compte administratif 2024 a été approuvé le 3 avril."),
             decoys={"participatory_budget"}),
        page("/mairie/lettre-information", "La lettre municipale", m.prose("Recevez chaque mois Keleier Plouzévenec par courriel.")
             + m.drupal_webform("newsletter", "/mairie/lettre-information", [("email", "courriel", "Votre courriel", ())], "S'abonner"),
             decoys={"contact_form"}),
        # the city's page points to the board; nobody posts here
        page("/forum-des-habitants", "Le forum des habitants", m.prose(
            "Covoiturage, objets perdus, vie des quartiers : les habitants échangent sur le forum de Plouzévenec, ouvert depuis 2012 et modéré par la mairie.",
            f"Inscription libre et gratuite : <a href=\"{forum}/\">accéder au forum</a>. Merci de respecter la charte d'utilisation."),
             decoys={"forum"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(PLOUZ, "drupal", "Plouzévenec", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Démarches", "/vivre-a-plouzevenec/demarches"), ("Démocratie locale", "/mairie/democratie-locale"),
                     ("Forum des habitants", "/forum-des-habitants"), ("Enquête cantine", "/enquete-cantine"), ("Contact", "/mairie/contact"), ("Plan du site", "/plan-du-site")],
               accounts=[social("facebook", "plouzevenec"), social("mastodon", "plouzevenec@mastodon.bzh")],
               address="Mairie, 3 straed an Iliz, 29999 Plouzévenec")

    topics_quartiers = [("/viewtopic.php?t=14", "Stationnement au port l'été", "Loïc29", "3 juin 2025", 11),
                        ("/viewtopic.php?t=21", "Sentier côtier fermé à Beg ar Vir ?", "Annaïg", "28 mai 2025", 4)]
    board = [
        page("/", "Index du forum", m.phpbb_index([
            ("/viewforum.php?f=2", "Vie des quartiers", "Voirie, propreté, voisinage : parlons de nos quartiers.", 142, 1180, "Annaïg"),
            ("/viewforum.php?f=3", "Se déplacer", "Covoiturage, cars, vélo.", 58, 410, "Ronan")])),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_viewforum(2, topics_quartiers)),
        page("/viewforum.php?f=3", "Se déplacer", m.phpbb_viewforum(3, [("/viewtopic.php?t=30", "Covoiturage vers Brest le matin", "Ronan", "1 juin 2025", 6)])),
        page("/viewtopic.php?t=14", "Stationnement au port l'été", m.phpbb_viewtopic(2, 14, "Stationnement au port l'été", [
            ("Loïc29", "3 juin 2025, 18:22", "Chaque été c'est la même chose, impossible de se garer près de la cale. Une zone bleue serait une solution ?"),
            ("Morgane", "3 juin 2025, 20:05", "Une navette depuis le parking de la salle Ar Mor le week-end, ça existe ailleurs."),
            ("Modérateur mairie", "4 juin 2025, 09:10", "Le sujet sera abordé à la commission travaux du 12 juin.")])),
        page("/viewtopic.php?t=21", "Sentier côtier fermé à Beg ar Vir ?", m.phpbb_viewtopic(2, 21, "Sentier côtier fermé à Beg ar Vir ?", [
            ("Annaïg", "28 mai 2025, 11:47", "Une barrière bloque le GR depuis dimanche, quelqu'un sait pourquoi ?"),
            ("Erwan", "28 mai 2025, 13:02", "Éboulement de falaise, la déviation passe par le haut du champ.")])),
        page("/viewtopic.php?t=30", "Covoiturage vers Brest le matin", m.phpbb_viewtopic(3, 30, "Covoiturage vers Brest le matin", [
            ("Ronan", "1 juin 2025, 07:15", "Je pars tous les jours à 7 h 30 vers le Technopôle, deux places libres.")])),
        page("/posting.php?mode=post&f=2", "Écrire un nouveau sujet", m.phpbb_posting("/posting.php?mode=post&amp;f=2", "Vie des quartiers")),
        page("/posting.php?mode=post&f=3", "Écrire un nouveau sujet", m.phpbb_posting("/posting.php?mode=post&amp;f=3", "Se déplacer")),
        page("/posting.php?mode=reply&t=14", "Répondre", m.phpbb_posting("/posting.php?mode=reply&amp;t=14", "Re: Stationnement au port l'été")),
        page("/posting.php?mode=reply&t=21", "Répondre", m.phpbb_posting("/posting.php?mode=reply&amp;t=21", "Re: Sentier côtier fermé à Beg ar Vir ?")),
        page("/posting.php?mode=reply&t=30", "Répondre", m.phpbb_posting("/posting.php?mode=reply&amp;t=30", "Re: Covoiturage vers Brest le matin")),
    ]
    fs = Site(PLOUZ_FORUM, "phpbb", "Forum des habitants de Plouzévenec", board, features=frozenset({"forum"}))
    return City("99202", "Plouzévenec", 9_200, "29", "53", "Bretagne", f"http://{PLOUZ}/", [www, fs])


# =================================================================================================
# 99203 Sainte-Rosalie-des-Hauts (La Réunion): a vendor CMS, Publik e-services (contact, petitions),
# a Fluicity space drawn by a script from a JSON API, and Lakour, the city's neighbours' network.
# =================================================================================================

ROSALIE = "www.sainte-rosalie-des-hauts.re"
ROSALIE_GRU = "demarches.sainte-rosalie-des-hauts.re"
ROSALIE_FLUI = "sainterosalie.flui.city"
ROSALIE_LAKOUR = "lakour.sainte-rosalie-des-hauts.re"
APP_BUNDLE = "/static/js/main.a41f07c2.chunk.js"
APP_API = "/api/v2/public/page"

# path -> (title, introduction, block the script inserts, features on top of the platform)
APP_PAGES = {
    "/": ("Kozé Rosalie", "La plateforme de participation de Sainte-Rosalie-des-Hauts : projets, idées et sondages.",
          m.link_list([("/projects/nout-budget-2025", "Nout Budget 2025 — budget participatif"),
                       ("/projects/kartie-vert", "Kartié vert : vos idées pour végétaliser la ville"),
                       ("/projects/sondage-marche-forain", "Sondage : le marché forain")], "Projets en cours"), set()),
    "/projects/nout-budget-2025": (
        "Nout Budget 2025", "300 000 € pour les projets des habitants : déposez le vôtre avant le 31 juillet, votez en octobre.",
        '<a class="btn-primary" href="/projects/nout-budget-2025/new">Déposer un projet</a>'
        + m.capco_proposals([("/projects/nout-budget-2025", "Un kiosque ombragé à la Plaine des Fougères", "Josiane R.", "Cadre de vie", 64, 7)],
                            "/projects/nout-budget-2025/new", "Déposer un projet"), {"participatory_budget"}),
    "/projects/kartie-vert": (
        "Kartié vert", "Appel à idées : où planter, quoi planter, comment entretenir ? Proposez vos idées pour végétaliser votre quartier.",
        m.capco_proposal_form("/api/v2/ideas"), {"suggestion_call"}),
    "/projects/sondage-marche-forain": (
        "Sondage : le marché forain", "Le marché forain pourrait changer de jour. Votez avant le 15 juillet.",
        '<form class="poll" method="post" action="/api/v2/polls/12/votes"><fieldset><legend>Quel jour pour le marché forain ?</legend>'
        '<label><input type="radio" name="choice" value="1"> Le vendredi soir</label><label><input type="radio" name="choice" value="2"> Le samedi matin</label>'
        '<label><input type="radio" name="choice" value="3"> Le dimanche matin</label></fieldset><button type="submit">Voter</button></form>', {"poll"}),
}

_APP_JS = """(function () {
  var root = document.getElementById("root");
  fetch("%s?path=" + encodeURIComponent(location.pathname), {headers: {"Accept": "application/json"}})
    .then(function (r) { return r.json(); })
    .then(function (p) {
      var h = document.createElement("h1"); h.textContent = p.title;
      var lead = document.createElement("p"); lead.className = "lead"; lead.textContent = p.intro;
      var main = document.createElement("main"); main.innerHTML = p.html;
      root.replaceChildren(h, lead, main);
      document.title = p.title + " | Kozé Rosalie";
    });
})();
""" % APP_API


def _flui_shell():
    return Reply.html('<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
                      '<title>Kozé Rosalie</title><link rel="icon" href="/favicon.ico"><link href="/static/css/main.6c2d90e1.chunk.css" rel="stylesheet"></head>'
                      '<body><noscript>Vous devez activer JavaScript pour utiliser cette application.</noscript><div id="root"></div>'
                      f'<script src="{APP_BUNDLE}"></script></body></html>')


def _flui_special(request):
    path, _, query = request.target.partition("?")
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        wanted = parse_qs(query).get("path", [""])[0]
        if wanted in APP_PAGES:
            title, intro, block, _ = APP_PAGES[wanted]
            data = json.dumps({"title": title, "intro": intro, "html": block}).encode()
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")], data)
        return Reply.text(404, "not found")
    if request.target in APP_PAGES or request.target == "/projects/nout-budget-2025/new":
        return _flui_shell()
    return None


def sainte_rosalie() -> City:
    gru, flui, lakour = f"http://{ROSALIE_GRU}", f"http://{ROSALIE_FLUI}", f"http://{ROSALIE_LAKOUR}"
    news = [
        ("/actualites/apres-le-cyclone", "20 mars 2025", "Après le cyclone : le point sur les réparations", "Routes, écoles, réseau d'eau."),
        ("/actualites/nouvelle-ligne-car-jaune", "3 mars 2025", "Une nouvelle ligne vers les Hauts", "Six allers-retours par jour."),
        ("/ma-ville/nout-budget", "10 février 2025", "Nout Budget : 3e édition", "Dépôt des projets jusqu'au 31 juillet."),
        ("/ma-ville/petitions/chemin-des-goyaviers", "1 février 2025", "Pétition : éclairage du chemin des Goyaviers", "412 signatures."),
    ]
    cookie = m.cookie_banner()

    def body(*parts):
        return cookie + "".join(parts)

    pages = [
        page("/", "Accueil", body(
            m.prose("Bienvenue à Sainte-Rosalie-des-Hauts, ville des Hauts de l'île : 41 300 habitants, de la ravine au volcan."),
            m.quick_links([(gru + "/", "Démarches en ligne"), ("/ma-ville/democratie-participative", "Kozé Rosalie"), ("/ma-ville/droit-de-petition", "Pétitions"),
                           ("/ma-ville/lakour-voisins", "Lakour, le réseau des voisins"), ("/mairie/offres-emploi", "Offres d'emploi"), ("/contact", "Contact")]),
            m.news(news, "À la une", more="/actualites"),
            m.agenda([("14", "juin", "Forum de l'emploi", "Gymnase de la Plaine"), ("20", "déc.", "Fèt Kaf", "Place de la mairie")]))),
        page("/actualites", "Actualités", body(m.news(news, "Toutes les actualités"), m.link_list([("/agenda/forum-emploi", "Forum de l'emploi"), ("/reseaux-sociaux", "Suivre la ville")]))),
        page("/actualites/apres-le-cyclone", "Après le cyclone : le point sur les réparations", body(
            m.prose("Trois semaines après le passage du cyclone, 90 % des routes communales sont rouvertes. Les écoles de la Plaine ont repris lundi.",
                    "Les services techniques interviennent en priorité sur les radiers et l'adduction d'eau des îlets. Vos questions en commentaire :"),
            m.facebook_comments(f"http://{ROSALIE}/actualites/apres-le-cyclone")), {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/nouvelle-ligne-car-jaune", "Une nouvelle ligne vers les Hauts", body(
            m.prose("Dès le 1er avril, la ligne 42 relie le centre-ville à Bois-de-Nèfles et à la Plaine des Fougères, six fois par jour."),
            m.facebook_comments(f"http://{ROSALIE}/actualites/nouvelle-ligne-car-jaune")), {"comments"}, parent=("Actualités", "/actualites")),
        page("/ma-ville/democratie-participative", "Kozé Rosalie : la démocratie participative", body(
            m.prose("Kozé Rosalie, c'est la démarche de participation de la Ville : comités de quartier, conseils citoyens des quartiers prioritaires, "
                    "budget participatif Nout Budget, droit de pétition et une plateforme en ligne.",
                    f"Rendez-vous sur <a href=\"{flui}/\">la plateforme Kozé Rosalie</a> pour proposer vos idées et donner votre avis."),
            m.link_list([("/ma-ville/comites-de-quartier", "Les comités de quartier"), ("/ma-ville/nout-budget", "Nout Budget"),
                         ("/ma-ville/droit-de-petition", "Le droit de pétition"), ("/ma-ville/lakour-voisins", "Lakour"),
                         (flui + "/projects/kartie-vert", "En ce moment : Kartié vert, l'appel à idées"),
                         (flui + "/projects/sondage-marche-forain", "En ce moment : le sondage sur le marché forain")])),
             {"participation_displayed"}),
        page("/ma-ville/comites-de-quartier", "Les comités de quartier", body(
            m.prose("Onze comités de quartier réunissent habitants, associations et élus référents. Chacun se réunit au moins trois fois par an dans son case de quartier.",
                    "Les comités donnent leur avis sur les travaux, l'animation et la sécurité routière, et relaient les demandes des habitants.")),
             {"participation_displayed"}, parent=("Kozé Rosalie", "/ma-ville/democratie-participative")),
        page("/ma-ville/droit-de-petition", "Le droit de pétition", body(
            m.prose("Toute personne de plus de 16 ans habitant la commune peut déposer une pétition en ligne sur une question relevant de la Ville.",
                    "À 300 signatures en six mois, le maire reçoit les pétitionnaires ; à 1 500 signatures, la question est inscrite à l'ordre du jour du conseil municipal.",
                    f"<a href=\"{gru}/deposer-une-petition/\">Déposer une pétition</a>"),
            '<h2>Pétitions en cours</h2><ul class="petitions"><li><a href="/ma-ville/petitions/chemin-des-goyaviers">Éclairer le chemin des Goyaviers</a> — 412 signatures '
            f'— <a href="{gru}/signer-une-petition/">Signer</a></li><li>Un abri au point d\'arrêt de Bois-de-Nèfles — 188 signatures — '
            f'<a href="{gru}/signer-une-petition/">Signer</a></li></ul>'),
             {"petition", "participation_displayed"}, parent=("Kozé Rosalie", "/ma-ville/democratie-participative")),
        page("/ma-ville/petitions/chemin-des-goyaviers", "Pétition : éclairer le chemin des Goyaviers", body(
            m.prose("Déposée le 1er février par des habitants de la Ravine Blanche. Le chemin, emprunté par les collégiens, n'a aucun point lumineux.",
                    "<strong>412 signatures</strong> sur 300 nécessaires pour une rencontre avec le maire."),
            m.vendor_form("/ma-ville/petitions/chemin-des-goyaviers", "Je signe la pétition",
                          [("text", "nom", "Nom et prénom"), ("email", "courriel", "Courriel"), ("text", "quartier", "Quartier")], "Signer", "form-petition")),
             {"petition"}, parent=("Le droit de pétition", "/ma-ville/droit-de-petition")),
        # a city page presenting the city's own neighbours' network and sending residents to it
        page("/ma-ville/lakour-voisins", "Lakour, le réseau social des voisins", body(
            m.prose("Lakour est le réseau social de proximité de Sainte-Rosalie, lancé par la Ville : prêter une échelle, trouver un covoiturage, "
                    "annoncer une fête de quartier, s'entraider après un cyclone.",
                    f"Inscription gratuite avec votre adresse : <a href=\"{lakour}/\">rejoindre Lakour</a>.")),
             {"territorial_social_network"}, parent=("Kozé Rosalie", "/ma-ville/democratie-participative")),
        page("/ma-ville/nout-budget", "Nout Budget, le budget participatif", body(
            m.prose("Troisième édition de Nout Budget : 300 000 € pour des projets proposés et choisis par les Rosaliennes et les Rosaliens.",
                    f"Déposez votre projet sur <a href=\"{flui}/projects/nout-budget-2025\">Kozé Rosalie</a> avant le 31 juillet ; le vote aura lieu en octobre, "
                    "en ligne et dans les mairies annexes.")),
             {"participatory_budget"}, parent=("Kozé Rosalie", "/ma-ville/democratie-participative")),
        page("/contact", "Contact", body(
            m.prose("Hôtel de ville, 12 rue du Général-de-Gaulle. Standard : 0262 00 00 00. Courriel : <a href=\"mailto:mairie@sainte-rosalie-des-hauts.re\">mairie@sainte-rosalie-des-hauts.re</a>.",
                    f"Pour une demande écrite, utilisez le <a href=\"{gru}/contacter-la-mairie/\">formulaire de contact</a> de nos démarches en ligne."),
            m.hours([("Lundi au jeudi", "7 h 30 - 16 h"), ("Vendredi", "7 h 30 - 12 h")])),
             decoys={"contact_form"}),
        page("/mairie/budget-primitif", "Budget primitif 2025", body(
            m.prose("Le budget primitif 2025, voté le 8 avril, s'élève à 78 M€. La section d'investissement (21 M€) finance la reconstruction après le cyclone et les écoles.")),
             decoys={"participatory_budget"}),
        page("/mairie/offres-emploi", "Offres d'emploi", body(
            m.prose("Appel à candidatures : agents d'entretien des espaces naturels (contrats aidés), un chef de projet politique de la ville, des animateurs pour les vacances.",
                    "Candidatures (CV et lettre) à la direction des ressources humaines.")), decoys={"suggestion_call"}),
        page("/mairie/enquete-publique-plu", "Enquête publique : révision du PLU", body(
            m.prose("Une enquête publique sur la révision du plan local d'urbanisme se déroule du 2 au 30 juin. Le commissaire enquêteur tient permanence en mairie.",
                    "Les observations peuvent être consignées sur le registre papier ou adressées par courrier au commissaire enquêteur.")),
             decoys={"poll", "participation_displayed"}),
        page("/agenda/forum-emploi", "Forum de l'emploi et de la formation", body(
            m.prose("Samedi 14 juin, gymnase de la Plaine : 40 employeurs, France Travail et la Mission locale. Apportez votre CV !")), decoys={"forum"}),
        page("/reseaux-sociaux", "Suivre la ville", body(
            m.prose("Retrouvez l'actualité de Sainte-Rosalie-des-Hauts sur Facebook, Instagram et YouTube : alertes météo, travaux, événements."),
            '<ul><li><a href="https://www.facebook.com/SainteRosalieDesHauts">Facebook</a></li><li><a href="https://www.youtube.com/@villesainterosalie">YouTube</a></li></ul>'),
             decoys={"territorial_social_network"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(ROSALIE, "vendor", "Ville de Sainte-Rosalie-des-Hauts", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Kozé Rosalie", "/ma-ville/democratie-participative"), ("Budget", "/mairie/budget-primitif"),
                     ("Enquête publique", "/mairie/enquete-publique-plu"), ("Démarches", gru + "/"), ("Contact", "/contact"), ("Plan du site", "/plan-du-site")],
               accounts=[social("facebook", "SainteRosalieDesHauts"), social("youtube", "villesainterosalie"), social("instagram", "sainterosaliedeshauts")],
               address="Hôtel de ville, 12 rue du Général-de-Gaulle, 97499 Sainte-Rosalie-des-Hauts")

    gru_pages = [
        page("/", "Démarches en ligne", m.prose("Vos démarches auprès de la Ville, 24 h/24.")
             + m.publik_tiles([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur la voie publique"),
                               ("/deposer-une-petition/", "Déposer une pétition"), ("/signer-une-petition/", "Signer une pétition"),
                               ("/inscription-periscolaire/", "Inscription périscolaire")])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.publik_form("/contacter-la-mairie/", ["Votre message", "Validation"], [
            ("StringWidget", 1, "Nom"), ("EmailWidget", 2, "Courriel"), ("SingleSelectWidget:Accueil|État civil|Urbanisme|Écoles", 3, "Service"),
            ("TextWidget", 4, "Votre message")]), {"contact_form"}),
        # reporting a problem: a free-text message to the city's services
        page("/signaler-un-probleme/", "Signaler un problème sur la voie publique", m.publik_form("/signaler-un-probleme/", ["Le problème", "Localisation", "Validation"], [
            ("SingleSelectWidget:Nid de poule|Éclairage|Dépôt sauvage|Végétation", 1, "Type de problème"), ("StringWidget", 2, "Adresse"),
            ("TextWidget", 3, "Description"), ("EmailWidget", 4, "Courriel pour le suivi")]), {"contact_form"}),
        page("/deposer-une-petition/", "Déposer une pétition", m.prose("La pétition est publiée après vérification de sa recevabilité (compétence communale, respect de la loi).")
             + m.publik_form("/deposer-une-petition/", ["La pétition", "Vos coordonnées", "Validation"], [
                 ("StringWidget", 1, "Titre de la pétition"), ("TextWidget", 2, "Texte de la pétition"), ("StringWidget", 3, "Nom du premier signataire"),
                 ("EmailWidget", 4, "Courriel")]), {"petition"}),
        page("/signer-une-petition/", "Signer une pétition", m.publik_form("/signer-une-petition/", ["Signature", "Validation"], [
            ("SingleSelectWidget:Éclairer le chemin des Goyaviers|Un abri au point d'arrêt de Bois-de-Nèfles", 1, "Pétition"),
            ("StringWidget", 2, "Nom et prénom"), ("EmailWidget", 3, "Courriel"), ("CheckboxWidget", 4, "J'atteste habiter Sainte-Rosalie-des-Hauts")], "Signer"),
             {"petition"}),
        page("/inscription-periscolaire/", "Inscription périscolaire", m.publik_form("/inscription-periscolaire/", ["L'enfant", "Les activités", "Validation"], [
            ("StringWidget", 1, "Nom de l'enfant"), ("StringWidget", 2, "École"), ("SingleSelectWidget:Garderie du matin|Garderie du soir|Mercredi", 3, "Activité"),
            ("EmailWidget", 4, "Courriel du responsable")]), decoys={"contact_form"}),
    ]
    grus = Site(ROSALIE_GRU, "publik", "Démarches — Sainte-Rosalie-des-Hauts", gru_pages, menu=[("Accueil", "/"), ("Site de la ville", f"http://{ROSALIE}/")],
                accounts=[social("facebook", "SainteRosalieDesHauts")], address="Hôtel de ville de Sainte-Rosalie-des-Hauts")

    # the Fluicity space: every page is an empty shell, its content comes from the API (see _flui_special);
    # the theme below is never rendered (every path is answered by the shell)
    flui_pages = [page(path, title, "", features) for path, (title, _i, _b, features) in APP_PAGES.items()]
    flui_pages.append(page("/projects/nout-budget-2025/new", "Déposer un projet", "", {"participatory_budget", "suggestion_call"}))
    fluis = Site(ROSALIE_FLUI, "flarum", "Kozé Rosalie", flui_pages,
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))

    lakour_pages = [
        page("/", "Le fil de Lakour", m.prose("Bonjour ! 2 318 voisins sont inscrits sur Lakour à Sainte-Rosalie.")
             + m.post_box("/publier") + m.feed([
                 ("Entraide", "Marie-Claude", "La Plaine", "il y a 2 h", "Quelqu'un aurait une tronçonneuse à prêter pour dégager un letchi tombé ?", 5),
                 ("Événement", "Association Ravine Blanche", "Ravine Blanche", "hier", "Kabar samedi soir au case de quartier, tout le monde est invité.", 22)])
             + m.link_list([("/quartiers/bois-de-nefles", "Bois-de-Nèfles"), ("/entraide", "Entraide")], "Mes groupes")),
        page("/quartiers/bois-de-nefles", "Bois-de-Nèfles", m.prose("Le groupe des voisins de Bois-de-Nèfles : 412 membres.")
             + m.post_box("/quartiers/bois-de-nefles/publier") + m.feed([
                 ("Alerte", "Jean-Marc", "Bois-de-Nèfles", "ce matin", "Radier de la ravine submergé, passez par la route des Tamarins.", 31)])),
        page("/entraide", "Entraide", m.post_box("/entraide/publier", "Proposez ou demandez un coup de main") + m.feed([
            ("Prêt d'objet", "Sully", "Centre-ville", "il y a 3 jours", "Je prête un diable et une bâche, passez me voir.", 8)])),
    ]
    lakours = Site(ROSALIE_LAKOUR, "community", "Lakour — Sainte-Rosalie", lakour_pages, menu=[("Fil", "/"), ("Entraide", "/entraide")],
                   features=frozenset({"territorial_social_network"}))
    return City("99203", "Sainte-Rosalie-des-Hauts", 41_300, "974", "04", "La Réunion", f"http://{ROSALIE}/", [www, grus, fluis, lakours])


# =================================================================================================
# 99204 Vireloup (Alpes-de-Haute-Provence): 312 inhabitants, a small site from a hosted offer.
# =================================================================================================

VIRELOUP = "www.vireloup.fr"


def vireloup() -> City:
    news = [
        ("/actualites/questionnaire-ecole", "10 mai 2025", "L'avenir de notre école : répondez au questionnaire", "Avant le 15 juin."),
        ("/actualites/fete-du-village", "2 mai 2025", "Fête de la Saint-Jean : le programme", "Le 21 juin sur la place."),
        ("/actualites/repas-des-aines", "14 avril 2025", "Le repas des aînés", "Inscriptions en mairie."),
    ]
    pages = [
        page("/", "Accueil", m.prose("Bienvenue à Vireloup, village perché à 900 m d'altitude entre Durance et montagne de Lure.")
             + m.quick_links([("/mairie", "La mairie"), ("/mairie/contact", "Écrire à la mairie"), ("/vos-suggestions", "Vos suggestions"),
                              ("/vie-locale/salle-des-fetes", "Salle des fêtes"), ("/vie-locale/associations", "Associations"), ("/vie-locale/transport-scolaire", "Transport scolaire")])
             + m.news(news, "Les dernières nouvelles", more="/actualites")
             + m.agenda([("21", "juin", "Fête de la Saint-Jean", "Place de l'Église"), ("27", "juin", "Conseil municipal", "Mairie")])),
        page("/mairie", "La mairie", m.prose("Secrétariat ouvert le mardi de 14 h à 17 h et le vendredi de 9 h à 12 h. Tél. 04 92 00 00 00.",
                                              "Le maire et ses dix conseillers municipaux.")
             + m.link_list([("/mairie/conseil-municipal", "Comptes rendus du conseil"), ("/mairie/budget", "Budget"), ("/mairie/contact", "Nous écrire")])),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Compte rendu de la séance du 28 mars : vote du compte administratif, travaux de la toiture de l'église, convention de déneigement.",
            "Prochaine séance le vendredi 27 juin à 18 h 30. Les séances sont publiques."), decoys={"participation_displayed"}),
        page("/mairie/budget", "Budget", m.prose("Compte administratif 2024 et budget primitif 2025 (412 000 € en fonctionnement) : documents consultables en mairie."),
             decoys={"participatory_budget"}),
        page("/mairie/contact", "Écrire à la mairie", m.prose("Le secrétariat vous répond sous huit jours.")
             + m.vendor_form("/mairie/contact", "Votre message", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"), ("textarea", "message", "Message")]),
             {"contact_form"}),
        page("/actualites", "Actualités", m.news(news, "Toutes les nouvelles")),
        # borderline: an announcement of the village's questionnaire, with the link to answer it on the site
        page("/actualites/questionnaire-ecole", "L'avenir de notre école : répondez au questionnaire", m.prose(
            "Notre école à classe unique accueille 14 élèves. Pour préparer la rentrée 2026 avec l'inspection, le conseil municipal interroge toutes les familles du village.",
            "<a href=\"/questionnaire-ecole\">Répondre au questionnaire en ligne</a> (5 minutes) avant le 15 juin, ou déposez la version papier dans la boîte aux lettres de la mairie."),
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/questionnaire-ecole", "Questionnaire : l'avenir de l'école", m.prose("Vos réponses sont anonymes.")
             + '<form class="frm form-questionnaire" method="post" action="/questionnaire-ecole"><fieldset><legend>Combien d\'enfants de moins de 11 ans dans votre foyer ?</legend>'
             '<label><input type="radio" name="q1" value="0"> Aucun</label><label><input type="radio" name="q1" value="1"> Un</label><label><input type="radio" name="q1" value="2"> Deux ou plus</label></fieldset>'
             '<fieldset><legend>Seriez-vous favorable à un regroupement pédagogique avec Montlaux ?</legend><label><input type="radio" name="q2" value="oui"> Oui</label>'
             '<label><input type="radio" name="q2" value="non"> Non</label><label><input type="radio" name="q2" value="nsp"> Je ne sais pas</label></fieldset>'
             '<label for="q3">Une remarque ?</label><textarea id="q3" name="q3" rows="3"></textarea><button type="submit">Envoyer</button></form>',
             {"poll"}),
        # suggestions sent to the mayor in free text: a call for suggestions and a form that writes to the city
        page("/vos-suggestions", "Vos suggestions", m.prose(
            "Une idée pour le village, une remarque sur un service ? La boîte à idées est ouverte à tous, en ligne ou sur la porte de la mairie.")
             + m.vendor_form("/vos-suggestions", "Ma suggestion", [("text", "nom", "Nom (facultatif)"), ("textarea", "suggestion", "Votre suggestion")],
                             "Déposer ma suggestion", "form-idees"),
             {"suggestion_call", "contact_form"}),
        page("/actualites/fete-du-village", "Fête de la Saint-Jean : le programme", m.prose(
            "Samedi 21 juin : concours de boules à 15 h, apéritif offert par la municipalité à 19 h, feu de la Saint-Jean à 22 h. Venez nombreux !")
             + m.disqus("vireloup", f"http://{VIRELOUP}/actualites/fete-du-village", "fete-2025"), {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/repas-des-aines", "Le repas des aînés", m.prose(
            "Le repas offert aux habitants de plus de 70 ans aura lieu le dimanche 18 mai à l'auberge. Inscription au secrétariat de mairie avant le 9 mai.")),
        page("/vie-locale/associations", "Associations", m.prose("Le comité des fêtes, la société de chasse, le club des Lavandes et l'association des amis de la chapelle Saint-Pons.")),
        page("/vie-locale/salle-des-fetes", "Salle des fêtes", m.prose("Capacité 80 personnes. Tarifs : 120 € pour les habitants, 250 € pour les extérieurs.")
             + m.booking_form("/vie-locale/salle-des-fetes", ["Salle des fêtes", "Salle de réunion"]), decoys={"contact_form"}),
        page("/vie-locale/transport-scolaire", "Transport scolaire", m.prose("Le car pour le collège de Forcalquier passe à 7 h 10 au monument aux morts. Inscriptions sur le site de la Région.")),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(VIRELOUP, "vendor", "Commune de Vireloup", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie"), ("Actualités", "/actualites"), ("Vie locale", "/vie-locale/associations"),
                     ("Contact", "/mairie/contact"), ("Plan du site", "/plan-du-site")],
               accounts=[social("facebook", "Vireloup04")], address="Mairie, place de la Fontaine, 04999 Vireloup")
    return City("99204", "Vireloup", 312, "04", "93", "Provence-Alpes-Côte d'Azur", f"http://{VIRELOUP}/", [www])


# =================================================================================================
# 99205 Valmorency (Hérault): TYPO3; Decidim (participatory budget, surveys, debates, citizens'
# initiatives); a LimeSurvey server with its own layout, embedded in a news item.
# =================================================================================================

VALMO = "www.valmorency.fr"
VALMO_DECIDIM = "participer.valmorency.fr"
VALMO_SURVEYS = "enquetes.valmorency.fr"
VALMO_SURVEY_ID = 482915


def _valmo_surveys_special(request):
    if request.target == "/":
        return Reply.html(m.limesurvey_list("Enquêtes de la Ville de Valmorency", [(VALMO_SURVEY_ID, "Enquête mobilités 2025")]))
    if request.target == f"/index.php/{VALMO_SURVEY_ID}?lang=fr":
        return Reply.html(m.limesurvey_page("Enquêtes de la Ville de Valmorency", VALMO_SURVEY_ID, "Enquête mobilités 2025",
                                            "<p>La Ville prépare son plan de mobilité. Merci de consacrer huit minutes à ce questionnaire.</p>",
                                            [("Quel est votre mode de déplacement principal ?", ["Voiture", "Tramway ou bus", "Vélo", "Marche"]),
                                             ("Le soir, vous sentez-vous en sécurité dans les transports ?", ["Oui", "Plutôt", "Non"]),
                                             ("Que faudrait-il améliorer en priorité ?", [])]))
    return None


def valmorency() -> City:
    dec, surveys = f"http://{VALMO_DECIDIM}", f"http://{VALMO_SURVEYS}"
    news = [
        ("/actualites/enquete-mobilites", "19 mai 2025", "Enquête mobilités : à vous la parole", "Huit minutes pour préparer le plan de mobilité."),
        ("/actualites/quartier-des-fabriques", "6 mai 2025", "Quartier des Fabriques : la concertation est lancée", "Réunion publique le 22 mai."),
        ("/agenda/concours-photo", "22 avril 2025", "Concours photo « Valmorency au fil de l'eau »", "Envoyez vos clichés."),
        ("/urbanisme/enquete-publique-zac", "10 avril 2025", "ZAC des Garrigues : enquête publique", "Du 12 mai au 13 juin."),
    ]

    def furniture(*parts):
        return "".join(parts) + m.news(news[:3], "Actualités")

    pages = [
        page("/", "Accueil", m.prose("Valmorency, 152 000 habitants, capitale des garrigues. Toute l'information municipale.")
             + m.quick_links([("/services/etat-civil", "État civil"), ("/contact", "Nous contacter"), ("/ma-ville/democratie-participative", "Participer"),
                              (dec + "/", "Valmorency participe"), ("/mairie/marches-publics", "Marchés publics"), ("/mairie/budget", "Budget")])
             + m.news(news, "À la une", more="/actualites")
             + m.agenda([("22", "mai", "Réunion publique : quartier des Fabriques", "Maison pour tous"), ("13", "sept.", "Forum des associations", "Parc des Expositions")])),
        page("/actualites", "Actualités", m.news(news, "Toutes les actualités") + m.link_list([("/agenda/forum-des-associations", "Forum des associations")])),
        # an embedded survey served by the city's own LimeSurvey
        page("/actualites/enquete-mobilites", "Enquête mobilités : à vous la parole", m.prose(
            "Tramway, vélo, voiture, marche : comment vous déplacez-vous et qu'attendez-vous de la Ville ? Répondez à l'enquête ci-dessous jusqu'au 30 juin.",
            f"Le questionnaire ne s'affiche pas ? <a href=\"{surveys}/index.php/{VALMO_SURVEY_ID}?lang=fr\">Ouvrez-le dans une nouvelle page</a>. "
            f"<a href=\"{surveys}/\">Toutes les enquêtes de la Ville</a>.")
             + f'<iframe src="{surveys}/index.php/{VALMO_SURVEY_ID}?lang=fr" title="Enquête mobilités 2025" width="100%" height="900" style="border:0"></iframe>',
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/quartier-des-fabriques", "Quartier des Fabriques : la concertation est lancée", m.prose(
            "Le projet de renouvellement du quartier des Fabriques entre en concertation. Une réunion publique se tient le 22 mai à la Maison pour tous.",
            "Comme d'autres villes de la région, Valmorency s'appuie sur Decidim, un logiciel libre né à Barcelone, pour ses démarches en ligne.",
            f"Toutes les informations sur <a href=\"{dec}/processes/fabriques\">la page du projet</a>."),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/ma-ville/democratie-participative", "La démocratie participative", furniture(
            m.prose("La Ville a fait de la participation un pilier de son action : douze conseils de quartier, un conseil citoyen par quartier prioritaire, "
                    "un budget participatif de 2 M€, des concertations sur chaque grand projet et un droit de pétition.",
                    f"Toutes les démarches en ligne sont sur <a href=\"{dec}/\">Valmorency participe</a>."),
            m.link_list([("/ma-ville/democratie-participative/conseils-de-quartier", "Les conseils de quartier"), ("/ma-ville/democratie-participative/charte", "La charte de la participation"),
                         ("/ma-ville/democratie-participative/petitions-citoyennes", "Le droit de pétition")])),
             {"participation_displayed"}),
        page("/ma-ville/democratie-participative/conseils-de-quartier", "Les conseils de quartier", furniture(m.prose(
            "Chaque conseil de quartier réunit 30 habitants volontaires ou tirés au sort et des représentants des associations. Il dispose d'un budget de fonctionnement "
            "et rend des avis sur les projets de la Ville.", "Les séances sont ouvertes au public. Calendrier 2025 : consultez votre mairie de quartier.")),
             {"participation_displayed"}, parent=("La démocratie participative", "/ma-ville/democratie-participative")),
        page("/ma-ville/democratie-participative/charte", "La charte de la participation", furniture(m.prose(
            "Adoptée le 14 décembre 2023, la charte fixe six engagements : informer en amont, donner le temps de participer, aller vers les publics éloignés, "
            "expliquer ce qui est retenu et pourquoi, évaluer chaque démarche, garantir l'indépendance du garant de la concertation.")),
             {"participation_displayed"}, parent=("La démocratie participative", "/ma-ville/democratie-participative")),
        # borderline: this page presents the right of petition and sends residents to sign on the city's Decidim
        page("/ma-ville/democratie-participative/petitions-citoyennes", "Le droit de pétition", furniture(m.prose(
            "Depuis 2024, toute personne de 16 ans ou plus habitant Valmorency peut lancer une pétition citoyenne.",
            "À 1 000 signatures en quatre mois, la pétition est débattue en conseil de quartier ; à 5 000 signatures, elle est inscrite à l'ordre du jour du conseil municipal.",
            f"<a href=\"{dec}/initiatives\">Lancer ou signer une pétition</a>")),
             {"petition", "participation_displayed"}, parent=("La démocratie participative", "/ma-ville/democratie-participative")),
        page("/contact", "Nous contacter", m.prose("Hôtel de ville, 1 place de l'Hôtel-de-Ville. Allô Mairie : 04 67 00 00 00, du lundi au samedi.")
             + m.typo3_contact("/contact"), {"contact_form"}, decoys={"comments"}),
        page("/mairie/budget", "Le budget de la Ville", furniture(m.prose(
            "Budget primitif 2025 : 312 M€. Le débat d'orientation budgétaire a eu lieu le 6 février et le budget a été voté le 20 mars.",
            "Le compte administratif 2024 et les annexes sont publiés au recueil des actes administratifs.")), decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal", "Le conseil municipal", furniture(m.prose(
            "Prochaine séance le lundi 30 juin à 18 h. Ordre du jour : comptes, tarifs, dénomination de voies, subventions aux associations.",
            "Les séances sont retransmises en direct et en différé.")), decoys={"participation_displayed"}),
        page("/mairie/marches-publics", "Marchés publics", furniture(m.prose(
            "Appel d'offres ouvert : maîtrise d'œuvre pour la réhabilitation du groupe scolaire Jean-Moulin. Date limite de réception des offres : 4 juillet.",
            "Appel à projets pour l'occupation temporaire des halles (AOT) : dossiers avant le 15 juillet.")), decoys={"suggestion_call"}),
        page("/urbanisme/enquete-publique-zac", "ZAC des Garrigues : enquête publique", furniture(m.prose(
            "L'enquête publique préalable à la déclaration d'utilité publique de la ZAC des Garrigues se déroule du 12 mai au 13 juin inclus.",
            "Le dossier est consultable en mairie et sur le site de la préfecture ; le commissaire enquêteur tient cinq permanences.")),
             decoys={"poll", "participation_displayed"}),
        page("/agenda/forum-des-associations", "Forum des associations", furniture(m.prose(
            "Le samedi 13 septembre, 400 associations vous attendent au parc des Expositions de 10 h à 18 h.")), decoys={"forum"}),
        # a contest: the public votes for photos, nothing is asked of residents about the city
        page("/agenda/concours-photo", "Concours photo « Valmorency au fil de l'eau »", furniture(m.prose(
            "Envoyez jusqu'à trois photos avant le 31 août. Un jury et le vote du public désigneront les lauréats ; les photos seront exposées à l'hôtel de ville.")),
             decoys={"poll", "suggestion_call"}),
        page("/services/etat-civil", "État civil", furniture(m.prose(
            "Naissances, mariages, décès : les actes d'état civil se demandent en ligne sur service-public.fr ou au guichet unique de l'hôtel de ville.")
            + m.hours([("Lundi au vendredi", "8 h 30 - 17 h 30"), ("Samedi", "9 h - 12 h")]))),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(VALMO, "typo3", "Ville de Valmorency", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Participer", "/ma-ville/democratie-participative"), ("Conseil municipal", "/mairie/conseil-municipal"),
                     ("Urbanisme", "/urbanisme/enquete-publique-zac"), ("Contact", "/contact"), ("Plan du site", "/plan-du-site")],
               accounts=[social("facebook", "VilleDeValmorency"), social("x", "valmorency"), social("instagram", "valmorency"),
                         social("linkedin", "ville-de-valmorency"), social("bluesky", "valmorency.bsky.social")],
               address="Hôtel de ville, 1 place de l'Hôtel-de-Ville, 34999 Valmorency")

    bp = "/processes/budget-participatif-2025"
    props = bp + "/f/12/proposals"
    fab = "/processes/fabriques"
    share = m.share_links(f"{dec}{props}/1034", "Des ombrières au square Vauban")
    dec_pages = [
        page("/", "Valmorency participe", m.prose("La plateforme de participation de la Ville de Valmorency.")
             + '<div class="card__grid-home">'
             + m.decidim_process_card(bp, "Valmo'Projets — budget participatif 2025", "Phase 2 sur 4 : dépôt des projets", "2 M€ pour les projets des habitants.")
             + m.decidim_process_card(fab, "Quartier des Fabriques", "Concertation", "Imaginez le quartier de demain.")
             + m.decidim_process_card("/initiatives", "Pétitions citoyennes", "Ouvert", "Lancez ou signez une pétition.") + "</div>"),
        page(bp, "Valmo'Projets — budget participatif 2025", m.prose(
            "2 M€ du budget d'investissement sont consacrés à des projets proposés par les habitants, puis choisis par leur vote.",
            "Étapes : dépôt des projets (jusqu'au 15 juin), analyse par les services, vote (octobre), réalisation.")
             + m.link_list([(props, "Voir les projets déposés")]), {"participatory_budget"}),
        page(props, "Projets", m.decidim_proposals([
            (props + "/1034", "Des ombrières au square Vauban", "Nadia B.", "Évaluation", 212, 3),
            (props + "/1041", "Un composteur collectif rue des Aires", "Collectif Aires", "Évaluation", 58, 0)], props + "/new"),
             {"participatory_budget"}, parent=("Valmo'Projets", bp)),
        page(props + "/1034", "Des ombrières au square Vauban", m.prose(
            "Installer des voiles d'ombrage au-dessus des jeux du square Vauban, inutilisables l'été après 11 h. Estimation : 60 000 €.")
             + m.decidim_comments("Z2lkOi8vdmFsbW8vUHJvcG9zYWwvMTAzNA", [
                 ("Hélène", "18/05/2025 10:02", "Indispensable, mes enfants ne peuvent plus y jouer en juillet."),
                 ("Karim", "18/05/2025 21:40", "Et planter des arbres en même temps ? Les voiles ne rafraîchissent pas l'air.")]) + share,
             {"participatory_budget", "comments"}, decoys={"social_account"}, parent=("Projets", props)),
        page(props + "/1041", "Un composteur collectif rue des Aires", m.prose(
            "Un composteur partagé pour les 80 logements de la rue des Aires, entretenu par l'association du quartier. Estimation : 4 000 €.")
             + m.decidim_comments("Z2lkOi8vdmFsbW8vUHJvcG9zYWwvMTA0MQ", []), {"participatory_budget", "comments"}, parent=("Projets", props)),
        page(props + "/new", "Nouveau projet", m.prose("Vous devez être connecté pour déposer un projet.")
             + '<form class="new_proposal" action="' + props + '" method="post"><label for="proposal_title">Titre</label><input type="text" id="proposal_title" name="proposal[title]">'
             '<label for="proposal_body">Description</label><textarea id="proposal_body" name="proposal[body]" rows="8"></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>', {"participatory_budget"}, parent=("Projets", props)),
        page(fab, "Quartier des Fabriques", m.prose(
            "Concertation préalable sur le renouvellement du quartier des Fabriques : questionnaire, débats en ligne, ateliers sur place. Garant : M. Roux, "
            "désigné par la Commission nationale du débat public.")
             + m.link_list([(fab + "/f/15/surveys/3", "Répondre au questionnaire"), (fab + "/f/16/debates/7", "Débat : quelle place pour la voiture ?")]),
             {"participation_displayed"}),
        page(fab + "/f/15/surveys/3", "Questionnaire : le quartier des Fabriques", m.decidim_survey(fab + "/f/15/surveys/3/answer", [
            ("Fréquentez-vous le quartier des Fabriques ?", ["Chaque jour", "Chaque semaine", "Rarement"]),
            ("Qu'est-ce qui manque le plus ?", ["Des espaces verts", "Des commerces", "Du stationnement", "Des équipements pour les jeunes"]),
            ("Votre idée pour le quartier", [])]), {"poll"}, parent=("Quartier des Fabriques", fab)),
        # a Decidim debate: residents open it and reply in threads; a discussion board as much as comments
        page(fab + "/f/16/debates/7", "Débat : quelle place pour la voiture ?", m.prose(
            "Le futur quartier doit-il être sans voiture, avec des parkings en silo en bordure ? Donnez vos arguments.")
             + m.decidim_comments("Z2lkOi8vdmFsbW8vRGViYXRlLzc", [
                 ("Sébastien", "12/05/2025 08:30", "Sans voiture oui, mais avec un vrai tram jusqu'à la gare."),
                 ("Odile", "12/05/2025 14:12", "Pensez aux personnes âgées et aux artisans."),
                 ("Lina", "13/05/2025 19:55", "Les rues des Fabriques sont trop étroites pour la voiture de toute façon.")]),
             {"comments", "forum"}, parent=("Quartier des Fabriques", fab)),
        page("/initiatives", "Pétitions citoyennes", m.prose(
            "Lancez une pétition sur un sujet qui relève de la Ville. 1 000 signatures : débat en conseil de quartier. 5 000 : inscription au conseil municipal.")
             + '<a class="button button__sm button__secondary" href="/create_initiative/select_initiative_type">Lancer une pétition</a>'
             + m.link_list([("/initiatives/i-18", "Rouvrir la piscine Léo-Lagrange l'été — 3 412 signatures"),
                            ("/initiatives/i-21", "Une rue aux écoles devant Jean-Moulin — 842 signatures")], cls="card__list-list"),
             {"petition"}),
        page("/initiatives/i-18", "Rouvrir la piscine Léo-Lagrange l'été", m.prose(
            "La piscine découverte Léo-Lagrange est fermée depuis 2022. Nous demandons sa réouverture en juillet et août.")
             + m.decidim_initiative("Rouvrir la piscine Léo-Lagrange l'été", 3412, 5000, "/initiatives/i-18/signatures/fill_personal_data"),
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/initiatives/i-21", "Une rue aux écoles devant Jean-Moulin", m.prose(
            "Fermer la rue des Jardins à la circulation aux heures d'entrée et de sortie de l'école.")
             + m.decidim_initiative("Une rue aux écoles devant Jean-Moulin", 842, 5000, "/initiatives/i-21/signatures/fill_personal_data"),
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/initiatives/i-18/signatures/fill_personal_data", "Signer la pétition", m.prose("Confirmez votre identité pour signer.")
             + '<form class="form" action="/initiatives/i-18/signatures" method="post"><label for="sig_name">Nom et prénom</label><input id="sig_name" name="signature[name]" type="text">'
             '<label for="sig_postal">Code postal</label><input id="sig_postal" name="signature[postal_code]" type="text">'
             '<label for="sig_birth">Date de naissance</label><input id="sig_birth" name="signature[date_of_birth]" type="date"><button type="submit" class="button">Signer</button></form>',
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/initiatives/i-21/signatures/fill_personal_data", "Signer la pétition", m.prose("Confirmez votre identité pour signer.")
             + '<form class="form" action="/initiatives/i-21/signatures" method="post"><label for="sig_name">Nom et prénom</label><input id="sig_name" name="signature[name]" type="text">'
             '<label for="sig_postal">Code postal</label><input id="sig_postal" name="signature[postal_code]" type="text"><button type="submit" class="button">Signer</button></form>',
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/create_initiative/select_initiative_type", "Lancer une pétition", m.prose("Choisissez le type de pétition : pétition de quartier ou pétition au conseil municipal.")
             + '<form action="/create_initiative/previous_form" method="post"><label for="init_title">Titre</label><input id="init_title" name="initiative[title]" type="text">'
             '<label for="init_desc">Description</label><textarea id="init_desc" name="initiative[description]" rows="6"></textarea><button type="submit" class="button">Continuer</button></form>',
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
    ]
    decs = Site(VALMO_DECIDIM, "decidim", "Valmorency participe", dec_pages,
                menu=[("Accueil", "/"), ("Processus", bp), ("Pétitions", "/initiatives")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    # LimeSurvey answers with its own layout (see _valmo_surveys_special); the site's theme is never rendered
    survey_pages = [page("/", "Questionnaires disponibles", "", decoys={"poll"}),
                    page(f"/index.php/{VALMO_SURVEY_ID}?lang=fr", "Enquête mobilités 2025", "", {"poll"})]
    surveys_site = Site(VALMO_SURVEYS, "flarum", "Enquêtes de la Ville de Valmorency", survey_pages)
    return City("99205", "Valmorency", 152_400, "34", "76", "Occitanie", f"http://{VALMO}/", [www, decs, surveys_site])


# =================================================================================================
# 99206 Châtel-Sabrans (Nord): a vendor CMS; CONSUL Democracy (debates, proposals, budgets, polls);
# Entre voisins, a neighbours' network run for the city.
# =================================================================================================

CHATEL = "www.chatel-sabrans.fr"
CHATEL_CONSUL = "decidons.chatel-sabrans.fr"
CHATEL_VOISINS = "entre-voisins.chatel-sabrans.fr"


def chatel_sabrans() -> City:
    consul, voisins = f"http://{CHATEL_CONSUL}", f"http://{CHATEL_VOISINS}"
    news = [
        ("/actualites/parc-des-tisserands", "16 mai 2025", "Le parc des Tisserands s'agrandit", "Deux hectares de plus en 2026."),
        ("/actualites/resultats-consultation-rythmes-scolaires", "30 avril 2025", "Rythmes scolaires : les résultats de la consultation", "La semaine de quatre jours retenue."),
        ("/participer/appel-a-projets-citoyens", "2 avril 2025", "Appel à projets citoyens 2025", "Jusqu'à 3 000 € pour votre projet."),
        ("/agenda/forum-des-metiers", "20 mars 2025", "Forum des métiers", "Pour les collégiens et lycéens."),
    ]
    cookie = m.cookie_banner()

    def body(*parts):
        return cookie + "".join(parts)

    pages = [
        page("/", "Accueil", body(
            m.prose("Châtel-Sabrans, 58 700 habitants, ville du textile et des canaux."),
            m.quick_links([("/participer", "Châtel-Sabrans participe"), (consul + "/", "Décidons ensemble"), ("/contact", "Contact"),
                           ("/vie-pratique/paiement-en-ligne", "Paiement en ligne"), ("/mairie/recrutement", "Offres d'emploi"), ("/participer/entre-voisins", "Entre voisins")]),
            m.news(news, "Actualités", more="/actualites"),
            m.agenda([("24", "mai", "Comité d'habitants Nord", "Maison de quartier du Canal"), ("7", "juin", "Braderie", "Centre-ville")]))),
        page("/actualites", "Actualités", body(m.news(news, "Toutes les actualités"),
                                               m.link_list([("/vie-pratique/recensement", "Enquête de l'Insee"), ("/securite/participation-citoyenne", "Participation citoyenne")]))),
        page("/actualites/parc-des-tisserands", "Le parc des Tisserands s'agrandit", body(m.prose(
            "Le parc des Tisserands gagnera deux hectares sur l'ancienne friche Lemaire. Les travaux de dépollution commencent cet été.",
            "Retrouvez aussi les photos du chantier publiées par notre partenaire : <a href=\"https://www.facebook.com/lechodelasambre\">L'Écho de la Sambre</a>."),
            m.share_links(f"http://{CHATEL}/actualites/parc-des-tisserands", "Le parc des Tisserands s'agrandit")), parent=("Actualités", "/actualites")),
        page("/actualites/resultats-consultation-rythmes-scolaires", "Rythmes scolaires : les résultats de la consultation", body(m.prose(
            "La consultation des familles est close depuis le 15 avril : 2 904 réponses.",
            "Semaine de quatre jours : 71 % ; quatre jours et demi : 26 % ; sans avis : 3 %. Le conseil municipal a retenu la semaine de quatre jours pour la rentrée.")),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/participer", "Châtel-Sabrans participe", body(
            m.prose("Comités d'habitants, budget participatif, appel à projets citoyens, interpellation citoyenne : la Ville vous donne la parole.",
                    f"Débattez, proposez et votez sur <a href=\"{consul}/\">Décidons ensemble</a>, la plateforme participative de la Ville, "
                    "construite avec le logiciel libre CONSUL Democracy créé par la Ville de Madrid."),
            m.link_list([("/participer/comites-habitants", "Les comités d'habitants"), ("/participer/appel-a-projets-citoyens", "L'appel à projets citoyens"),
                         ("/participer/interpellation-citoyenne", "L'interpellation citoyenne"), ("/participer/entre-voisins", "Le réseau Entre voisins")])),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participer/comites-habitants", "Les comités d'habitants", body(m.prose(
            "Six comités d'habitants couvrent la ville. Ouverts à tous, ils se réunissent chaque trimestre avec l'adjoint au quartier.",
            "Ils disposent chacun d'un fonds de 15 000 € pour de petits aménagements décidés en séance.")),
             {"participation_displayed"}, parent=("Châtel-Sabrans participe", "/participer")),
        page("/participer/appel-a-projets-citoyens", "Appel à projets citoyens 2025", body(
            m.prose("Vous avez un projet pour votre quartier : fête, jardin, atelier de réparation, fresque ? Le fonds de participation des habitants peut le financer jusqu'à 3 000 €.",
                    "Les projets sont examinés par un jury d'habitants chaque trimestre."),
            m.vendor_form("/participer/appel-a-projets-citoyens", "Présentez votre projet", [
                ("text", "porteur", "Porteur du projet"), ("email", "courriel", "Courriel"), ("select:Canal|Centre|Tisserands|Gare|Bois-Joly|Faubourg", "quartier", "Quartier"),
                ("text", "titre", "Titre du projet"), ("textarea", "description", "Description"), ("text", "montant", "Montant demandé (€)")],
                "Déposer mon projet", "form-projet")),
             {"suggestion_call"}, parent=("Châtel-Sabrans participe", "/participer")),
        page("/participer/interpellation-citoyenne", "L'interpellation citoyenne", body(
            m.prose("Le droit d'interpellation permet aux habitants de 16 ans et plus de saisir le conseil municipal.",
                    "Une e-pétition qui recueille 500 signatures en trois mois obtient une réponse écrite du maire ; à 2 000 signatures, elle est débattue en conseil municipal."),
            '<h2>E-pétitions en cours</h2><ol class="epetitions"><li><strong>Un passage piéton devant le collège Curie</strong> — 1 212 signatures</li>'
            '<li><strong>Des toilettes publiques au parc des Tisserands</strong> — 356 signatures</li></ol>',
            m.vendor_form("/participer/interpellation-citoyenne", "Signer une e-pétition", [
                ("select:Un passage piéton devant le collège Curie|Des toilettes publiques au parc des Tisserands", "petition", "E-pétition"),
                ("text", "nom", "Nom et prénom"), ("email", "courriel", "Courriel"), ("text", "adresse", "Adresse à Châtel-Sabrans")], "Je signe", "form-epetition")),
             {"petition", "participation_displayed"}, parent=("Châtel-Sabrans participe", "/participer")),
        # a city page presenting the neighbours' network it runs, with the way in
        page("/participer/entre-voisins", "Entre voisins, le réseau social de votre quartier", body(m.prose(
            "Entre voisins est le réseau social de proximité proposé par la Ville à tous les Châtelains : entraide, prêt d'objets, petites annonces gratuites, "
            "informations de la mairie sur votre rue.", f"<a href=\"{voisins}/\">Je rejoins mes voisins</a>")),
             {"territorial_social_network"}, parent=("Châtel-Sabrans participe", "/participer")),
        page("/contact", "Contact", body(
            m.prose("Hôtel de ville, place du Général-Leclerc. Du lundi au vendredi, 8 h 30 - 17 h 30."),
            m.vendor_form("/contact", "Votre message", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                                                         ("select:Accueil|Urbanisme|Propreté|Enfance|Sports", "service", "Service"), ("textarea", "message", "Message")])),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/mairie/budget", "Budget", body(m.prose(
            "Le budget primitif 2025 a été adopté le 27 mars : 96 M€. Retrouvez le rapport d'orientation budgétaire et le compte administratif 2024.")),
             decoys={"participatory_budget"}),
        page("/mairie/recrutement", "Offres d'emploi", body(m.prose(
            "La Ville recrute : un(e) chargé(e) de mission démocratie participative, des agents de propreté, des maîtres-nageurs pour l'été.",
            "Appel à candidatures ouvert jusqu'au 30 juin.")), decoys={"suggestion_call", "participation_displayed"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", body(m.prose(
            "Le protocole de participation citoyenne signé avec la police nationale associe des habitants référents à la sécurité de leur quartier.",
            "Les référents relaient les informations entre voisins et policiers.")),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/vie-pratique/recensement", "Enquête de l'Insee", body(m.prose(
            "L'Insee mène une enquête sur l'emploi auprès de ménages tirés au sort jusqu'au 31 décembre. Un enquêteur peut vous contacter.")),
             decoys={"poll"}),
        page("/vie-pratique/paiement-en-ligne", "Paiement en ligne", body(
            m.prose("Réglez vos factures de cantine, de crèche et du conservatoire en ligne."), m.payment_form("/vie-pratique/paiement-en-ligne")),
             decoys={"contact_form"}),
        page("/agenda/forum-des-metiers", "Forum des métiers", body(m.prose(
            "Jeudi 3 avril, salle Jean-Jaurès : 60 professionnels présentent leur métier aux collégiens et lycéens.")), decoys={"forum"}),
    ]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(CHATEL, "vendor", "Ville de Châtel-Sabrans", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Participer", "/participer"), ("Budget", "/mairie/budget"),
                     ("Emploi", "/mairie/recrutement"), ("Contact", "/contact"), ("Plan du site", "/plan-du-site")],
               accounts=[social("facebook", "chatelsabrans"), social("instagram", "chatelsabrans"), social("x", "ChatelSabrans"),
                         social("youtube", "chatelsabrans"), social("tiktok", "chatelsabrans")],
               address="Hôtel de ville, place du Général-Leclerc, 59999 Châtel-Sabrans")

    consul_pages = [
        page("/", "Décidons ensemble", m.prose("Bienvenue sur Décidons ensemble, la plateforme participative de Châtel-Sabrans.")
             + m.link_list([("/debates", "Débats"), ("/proposals", "Propositions"), ("/budgets/3", "Budget participatif 2025"), ("/polls", "Votations")], "Participer")),
        # CONSUL's debates: residents open a thread, others answer under it
        page("/debates", "Débats", m.consul_debate_list([
            ("/debates/214", "Faut-il piétonniser la rue de la Gare le samedi ?", "Les commerçants sont partagés, qu'en pensez-vous ?", "Thierry D.", "10/05/2025", 3),
            ("/debates/209", "Quelle programmation pour la friche Lemaire ?", "Culture, sport, agriculture urbaine ?", "Asso Canal Vivant", "28/04/2025", 0)]),
             {"forum"}),
        page("/debates/214", "Faut-il piétonniser la rue de la Gare le samedi ?", m.prose("Les commerçants sont partagés, qu'en pensez-vous ?")
             + m.consul_comments(("Debate", 214), [("Céline", "10/05/2025", "Oui, comme à Lille, le centre revivrait."),
                                                  ("Bernard", "11/05/2025", "Non, il n'y a pas assez de parkings autour."),
                                                  ("Rudy", "11/05/2025", "Un essai cet été, puis on décide ?")]),
             {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/debates/209", "Quelle programmation pour la friche Lemaire ?", m.prose("Culture, sport, agriculture urbaine ?")
             + m.consul_comments(("Debate", 209), []), {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/debates/new", "Commencer un débat", '<form class="new_debate" action="/debates" method="post"><label for="debate_title">Titre du débat</label>'
             '<input type="text" id="debate_title" name="debate[title]" maxlength="80"><label for="debate_description">Ouvrez le débat</label>'
             '<textarea id="debate_description" name="debate[description]" rows="8"></textarea><input type="submit" class="button" value="Commencer un débat"></form>',
             {"forum"}, parent=("Débats", "/debates")),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Proposez vos idées pour la ville. Une proposition qui recueille 1 % de soutiens des habitants est étudiée par le conseil municipal.")
             + '<a class="button" href="/proposals/new">Créer une proposition</a><ul><li><a href="/debates/209">Ouvrir une ressourcerie au Faubourg</a> — 311 soutiens</li></ul>',
             {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", '<form class="new_proposal" action="/proposals" method="post"><label for="proposal_title">Titre de la proposition</label>'
             '<input type="text" id="proposal_title" name="proposal[title]"><label for="proposal_summary">Résumé</label><textarea id="proposal_summary" name="proposal[summary]"></textarea>'
             '<label for="proposal_description">Texte de la proposition</label><textarea id="proposal_description" name="proposal[description]" rows="8"></textarea>'
             '<input type="submit" class="button" value="Créer la proposition"></form>', {"suggestion_call"}, parent=("Propositions", "/proposals")),
        page("/budgets/3", "Budget participatif 2025", m.prose(
            "1 M€ pour des projets proposés par les habitants : soutenez les projets jusqu'au 30 juin, votez pour vos préférés en septembre.")
             + m.link_list([("/budgets/3/investments", "Voir les projets")]), {"participatory_budget"}),
        page("/budgets/3/investments", "Projets du budget participatif", m.consul_investments([
            ("/budgets/3/investments/402", "Éclairer le chemin de halage", "Quartier Canal", "85 000", "Éclairage à détection de présence sur 1,2 km.", 248),
            ("/budgets/3/investments/407", "Des nichoirs dans les écoles", "Toute la ville", "6 000", "Avec la LPO et les élèves.", 97)], "/budgets/3"),
             {"participatory_budget"}, parent=("Budget participatif 2025", "/budgets/3")),
        page("/budgets/3/investments/402", "Éclairer le chemin de halage", m.prose("Éclairage à détection de présence sur 1,2 km, du pont Vauban à l'écluse.")
             + m.consul_comments(("Budget::Investment", 402), [("Fatima", "02/05/2025", "Je passe là tous les soirs, c'est vraiment nécessaire.")]),
             {"participatory_budget", "comments"}, parent=("Projets", "/budgets/3/investments")),
        page("/budgets/3/investments/407", "Des nichoirs dans les écoles", m.prose("Avec la LPO et les élèves des neuf écoles élémentaires.")
             + m.consul_comments(("Budget::Investment", 407), []), {"participatory_budget", "comments"}, parent=("Projets", "/budgets/3/investments")),
        page("/polls", "Votations", m.link_list([("/polls/7", "En cours : le nom de la future médiathèque"), ("/polls/5", "Terminée : horaires de la piscine")])),
        page("/polls/7", "Le nom de la future médiathèque", m.prose("Votation ouverte jusqu'au 20 juin, dès 16 ans.")
             + m.consul_poll_form("/polls/7/answer", [("Quel nom pour la médiathèque du Canal ?", ["Marguerite Yourcenar", "La Filature", "Les Canaux"])]),
             {"poll"}, parent=("Votations", "/polls")),
        page("/polls/5", "Horaires de la piscine : résultats", m.prose("Cette votation est terminée. 1 877 participants.")
             + '<table class="poll-results"><tr><th>Ouverture le dimanche après-midi</th><td>58 %</td></tr><tr><th>Ouverture le mardi soir</th><td>42 %</td></tr></table>',
             decoys={"poll"}, parent=("Votations", "/polls")),
    ]
    consuls = Site(CHATEL_CONSUL, "consul", "Décidons ensemble — Châtel-Sabrans", consul_pages,
                   menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budget participatif", "/budgets/3"), ("Votations", "/polls")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    voisins_pages = [
        page("/", "Entre voisins à Châtel-Sabrans", m.prose("5 140 voisins inscrits. Choisissez votre quartier.")
             + m.post_box("/publier") + m.feed([
                 ("Prêt d'objet", "Karine", "Gare", "il y a 1 h", "Je prête une perceuse, à récupérer rue Jules-Guesde.", 4),
                 ("Info mairie", "Ville de Châtel-Sabrans", "Toute la ville", "hier", "Collecte des encombrants avancée au mardi dans le quartier Canal.", 17)])
             + m.link_list([("/groupes/quartier-gare", "Quartier Gare")], "Groupes")),
        page("/groupes/quartier-gare", "Quartier Gare", m.post_box("/groupes/quartier-gare/publier") + m.feed([
            ("Entraide", "Mohamed", "Gare", "ce matin", "Qui peut arroser mes plantes pendant mes vacances en juillet ?", 6)])),
    ]
    voisinss = Site(CHATEL_VOISINS, "community", "Entre voisins — Châtel-Sabrans", voisins_pages, menu=[("Accueil", "/"), ("Quartier Gare", "/groupes/quartier-gare")],
                    features=frozenset({"territorial_social_network"}))
    return City("99206", "Châtel-Sabrans", 58_700, "59", "32", "Hauts-de-France", f"http://{CHATEL}/", [www, consuls, voisinss],
                decoy_accounts=("https://www.facebook.com/lechodelasambre",))


# =================================================================================================
# 99207 Orlhac-en-Velay (Haute-Loire): SPIP 4 with article forums, a native petition, Formidable.
# =================================================================================================

ORLHAC = "www.orlhac-en-velay.fr"


def orlhac() -> City:
    news = [
        ("/Amenagement-de-la-place-du-Foirail", "12 mai 2025", "Aménagement de la place du Foirail", "Le projet en débat."),
        ("/Petition-pour-le-maintien-du-bureau-de-poste", "5 mai 2025", "Bureau de poste : signez la pétition", "Le conseil municipal se mobilise."),
        ("/Questionnaire-jeunesse", "22 avril 2025", "Jeunes : un questionnaire pour vous", "Quels loisirs à Orlhac ?"),
        ("/Enquete-publique-parc-eolien", "2 avril 2025", "Parc éolien du Mézenc : enquête publique", "Jusqu'au 10 juin."),
    ]
    furniture = m.news(news[:3], "Derniers articles")
    thread_foirail = m.spip_forum_thread(41, [
        ("Stationnement", "Pierre V.", "13 mai 2025", "Combien de places de parking resteront les jours de foire ?", 0),
        ("Re : Stationnement", "La mairie", "14 mai 2025", "Quatre-vingts places, plus le parking de la gare à 300 m.", 1),
        ("Des arbres", "Élodie", "15 mai 2025", "Pourvu qu'on garde les tilleuls !", 0)])
    thread_chemin = m.spip_forum_thread(47, [
        ("Balisage", "Randonneur43", "2 mai 2025", "Le balisage jaune a disparu après la Croix de Chabrier.", 0),
        ("Re : Balisage", "Jean-Louis", "3 mai 2025", "L'association de randonnée repasse le peindre samedi.", 1)])
    pages = [
        page("/", "Accueil", m.prose("Orlhac-en-Velay, 4 100 habitants, porte du plateau du Mézenc.")
             + m.quick_links([("/Nous-contacter", "Nous contacter"), ("/Democratie-locale", "Démocratie locale"), ("/Espace-de-discussion", "Espace de discussion"),
                              ("/Boite-a-idees", "Boîte à idées"), ("/Marche-de-producteurs", "Marché"), ("/Forum-des-associations", "Forum des associations")])
             + m.news(news, "À la une", more="/Actualites")
             + m.agenda([("31", "mai", "Marché de producteurs", "Place du Foirail"), ("6", "sept.", "Forum des associations", "Salle polyvalente")])),
        page("/Actualites", "Actualités", m.news(news, "Tous les articles")
             + m.link_list([("/Mobilisation-pour-l-hopital-du-Puy", "Mobilisation pour l'hôpital"), ("/Resultats-du-questionnaire-2023", "Résultats du questionnaire 2023"),
                            ("/Appel-d-offres-restauration-scolaire", "Appel d'offres")])),
        # a SPIP article forum: residents post messages and reply in threads, under the article
        page("/Amenagement-de-la-place-du-Foirail", "Aménagement de la place du Foirail", m.prose(
            "Le conseil municipal présente l'avant-projet de réaménagement de la place du Foirail : moins de bitume, plus d'ombre, une halle couverte pour le marché.",
            "Les plans sont affichés en mairie. Le forum ci-dessous est ouvert jusqu'au 30 juin ; les élus y répondent.") + thread_foirail,
             {"forum", "comments", "participation_displayed"}, parent=("Actualités", "/Actualites")),
        page("/spip.php?page=forum&id_article=41", "Répondre à : Aménagement de la place du Foirail", m.spip_forum_form(41),
             {"forum", "comments"}, parent=("Aménagement de la place du Foirail", "/Amenagement-de-la-place-du-Foirail")),
        page("/Espace-de-discussion", "Espace de discussion", m.prose(
            "Les sujets de discussion ouverts aux habitants. Chaque article a son forum : lisez les messages et répondez.")
             + '<ul class="liste-items"><li class="item"><a href="/Amenagement-de-la-place-du-Foirail">Aménagement de la place du Foirail</a> — 3 messages</li>'
             '<li class="item"><a href="/Le-chemin-de-Bellevue">Le chemin de Bellevue</a> — 2 messages</li></ul>', {"forum"}),
        page("/Le-chemin-de-Bellevue", "Le chemin de Bellevue", m.prose(
            "Le chemin de Bellevue relie le bourg au hameau de Chabrier. Signalez ici son état et échangez entre marcheurs.") + thread_chemin,
             {"forum", "comments"}, parent=("Espace de discussion", "/Espace-de-discussion")),
        page("/spip.php?page=forum&id_article=47", "Répondre à : Le chemin de Bellevue", m.spip_forum_form(47),
             {"forum", "comments"}, parent=("Le chemin de Bellevue", "/Le-chemin-de-Bellevue")),
        page("/Petition-pour-le-maintien-du-bureau-de-poste", "Pétition pour le maintien du bureau de poste", m.prose(
            "La Poste envisage de transformer le bureau d'Orlhac en agence postale communale. Le conseil municipal s'y oppose et lance une pétition.",
            "Habitants d'Orlhac et des communes voisines, signez ci-dessous : la pétition sera remise à la direction régionale de La Poste.")
             + m.spip_petition(52, 1_268, [("16 mai 2025", "Martine R."), ("16 mai 2025", "Famille Brun"), ("15 mai 2025", "Gérard T.")]),
             {"petition"}, parent=("Actualités", "/Actualites")),
        page("/Questionnaire-jeunesse", "Jeunes : un questionnaire pour vous", m.prose(
            "Tu as entre 11 et 25 ans et tu habites Orlhac ? Aide-nous à préparer le futur espace jeunes.")
             + m.spip_formidable(3, "Questionnaire jeunesse", [
                 ("radio", "Tu as :", ["11-14 ans", "15-17 ans", "18-25 ans"]),
                 ("checkbox", "Ce que tu aimerais à l'espace jeunes", ["Jeux vidéo", "Musique", "Sport", "Aide aux devoirs", "Sorties"]),
                 ("radio", "Quand viendrais-tu ?", ["Mercredi", "Samedi", "Vacances scolaires"]),
                 ("textarea", "Autre chose ?", [])], "/Questionnaire-jeunesse"),
             {"poll"}, parent=("Actualités", "/Actualites")),
        page("/Resultats-du-questionnaire-2023", "Résultats du questionnaire 2023", m.prose(
            "Le questionnaire sur les horaires de la mairie est terminé. 214 réponses.",
            "Ouverture le samedi matin : 68 % pour ; ouverture le lundi après-midi : 22 % ; sans avis : 10 %. La mairie ouvre désormais le samedi de 9 h à 12 h."),
             decoys={"poll"}, parent=("Actualités", "/Actualites")),
        page("/Boite-a-idees", "Boîte à idées", m.prose(
            "Vos idées pour Orlhac : déposez-les ici. Elles sont lues en commission et les réponses publiées dans le bulletin municipal.")
             + m.spip_contact("/Boite-a-idees", "Déposer une idée").replace("Objet de votre message", "Titre de votre idée").replace("Votre message", "Votre idée"),
             {"suggestion_call", "contact_form"}),
        page("/Nous-contacter", "Nous contacter", m.prose("Mairie d'Orlhac-en-Velay, 1 place de la Mairie. Ouverte du lundi au vendredi, 9 h - 12 h.")
             + m.spip_contact("/Nous-contacter"), {"contact_form"}, decoys={"comments"}),
        page("/Democratie-locale", "Démocratie locale", m.prose(
            "Six comités consultatifs associent les habitants aux choix de la commune : voirie et hameaux, environnement, vie scolaire, culture, "
            "tourisme, agriculture. Chacun est ouvert à tout habitant volontaire.",
            "Une réunion publique par hameau est organisée chaque année, et chaque grand projet fait l'objet d'une concertation.")
             + m.link_list([("/Espace-de-discussion", "L'espace de discussion"), ("/Boite-a-idees", "La boîte à idées")]),
             {"participation_displayed"}),
        page("/Participation-citoyenne-voisins-vigilants", "Participation citoyenne", m.prose(
            "La commune adhère au dispositif de participation citoyenne de la gendarmerie : des habitants volontaires sont les relais de la brigade dans chaque hameau."),
             decoys={"participation_displayed"}),
        page("/Enquete-publique-parc-eolien", "Parc éolien du Mézenc : enquête publique", m.prose(
            "Une enquête publique sur le projet de parc éolien se tient du 12 mai au 10 juin. Le commissaire enquêteur reçoit en mairie les mardis 20 et 27 mai.",
            "Le dossier peut être consulté en mairie aux heures d'ouverture."), decoys={"poll"}, parent=("Actualités", "/Actualites")),
        page("/Forum-des-associations", "Forum des associations", m.prose(
            "Samedi 6 septembre à la salle polyvalente, de 14 h à 18 h : trente associations présentent leurs activités.") + furniture, decoys={"forum"}),
        page("/Budget-2025", "Budget 2025", m.prose(
            "Le budget primitif voté le 10 avril : 3,1 M€ en fonctionnement, 1,4 M€ en investissement dont la place du Foirail.") + furniture,
             decoys={"participatory_budget"}),
        page("/Mobilisation-pour-l-hopital-du-Puy", "Mobilisation pour l'hôpital", m.prose(
            "Le conseil municipal soutient les soignants de l'hôpital du Puy. Une pétition nationale pour les hôpitaux de proximité circule sur change.org : "
            "chacun est libre de la signer."), decoys={"petition"}, parent=("Actualités", "/Actualites")),
        page("/Appel-d-offres-restauration-scolaire", "Appel d'offres : restauration scolaire", m.prose(
            "Marché de fourniture de repas pour l'école et le centre de loisirs. Remise des offres avant le 20 juin à 12 h."),
             decoys={"suggestion_call"}, parent=("Actualités", "/Actualites")),
        page("/Marche-de-producteurs", "Marché de producteurs", m.prose("Chaque samedi de mai à octobre, place du Foirail, de 8 h à 12 h 30.") + furniture),
    ]
    pages.append(_plan(pages, "/Plan-du-site"))
    www = Site(ORLHAC, "spip", "Orlhac-en-Velay", pages,
               menu=[("Accueil", "/"), ("Actualités", "/Actualites"), ("Démocratie locale", "/Democratie-locale"), ("Budget", "/Budget-2025"),
                     ("Participation citoyenne", "/Participation-citoyenne-voisins-vigilants"), ("Contact", "/Nous-contacter"), ("Plan du site", "/Plan-du-site")],
               accounts=[social("facebook", "orlhacenvelay")], address="Mairie, 1 place de la Mairie, 43999 Orlhac-en-Velay")
    return City("99207", "Orlhac-en-Velay", 4_100, "43", "84", "Auvergne-Rhône-Alpes", f"http://{ORLHAC}/", [www])


# =================================================================================================
# 99208 Aubervaux-sur-Loing (Seine-et-Marne): Joomla 4 with JComments and a Kunena board; Cap
# Collectif (participatory budget, call for ideas, questionnaire, petitions).
# =================================================================================================

AUBER = "www.aubervaux-sur-loing.fr"
AUBER_CAPCO = "aubervaux.cap-collectif.com"


def aubervaux() -> City:
    capco = f"http://{AUBER_CAPCO}"
    news = [
        ("/index.php/actualites/12-renovation-du-lavoir", "14 mai 2025", "Rénovation du lavoir des Prés", "Fin des travaux en juillet."),
        ("/index.php/actualites/15-plan-de-circulation", "6 mai 2025", "Nouveau plan de circulation", "Zone 30 dans tout le centre."),
        ("/index.php/actualites/18-nationale-7", "25 avril 2025", "RN7 : la Ville demande un écran antibruit", "Motion du conseil municipal."),
    ]
    pages = [
        page("/", "Accueil", m.prose("Bienvenue à Aubervaux-sur-Loing, 17 600 habitants entre forêt et rivière.")
             + m.quick_links([("/index.php/aubervaux-participe", "Aubervaux participe"), ("/index.php/forum", "Forum des Aubervaliens"), ("/index.php/contact", "Contact"),
                              ("/index.php/lettre-d-information", "Lettre d'information"), ("/index.php/mairie/emploi", "Emploi"), ("/index.php/agenda/forum-des-associations", "Forum des associations")])
             + m.news(news, "Actualités", more="/index.php/actualites")
             + m.agenda([("15", "juin", "Fête du Loing", "Berges"), ("6", "sept.", "Forum des associations", "Gymnase Colette")])),
        page("/index.php/actualites", "Actualités", m.news(news, "Toutes les actualités")),
        page("/index.php/actualites/12-renovation-du-lavoir", "Rénovation du lavoir des Prés", m.prose(
            "Le lavoir du XIXe siècle retrouve sa charpente et ses pierres d'origine. Le chantier, soutenu par la Fondation du patrimoine, s'achève en juillet.")
             + m.jcomments(12, [("Colette M.", "15.05.2025 09:41", "Magnifique, j'y allais enfant avec ma grand-mère."),
                                ("Arnaud", "16.05.2025 18:20", "Un panneau sur son histoire serait bienvenu.")]),
             {"comments"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/15-plan-de-circulation", "Nouveau plan de circulation", m.prose(
            "À partir du 2 juin, tout le centre-ville passe en zone 30 et la rue Grande devient à sens unique vers la gare.")
             + m.jcomments(15, [("Hugo", "07.05.2025 12:02", "Et les vélos, ils pourront remonter la rue Grande ?")]),
             {"comments"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/18-nationale-7", "RN7 : la Ville demande un écran antibruit", m.prose(
            "Le conseil municipal demande à l'État un écran antibruit le long de la RN7. Une pétition nationale sur le bruit routier est en ligne sur le site du Sénat "
            "(petitions.senat.fr) ; elle n'est pas organisée par la Ville."), decoys={"petition"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/aubervaux-participe", "Aubervaux participe", m.prose(
            "Aubervaux participe rassemble toutes les façons de prendre part à la vie de la commune : quatre conseils de quartier, le budget participatif "
            "Aubervaux Imagine, les appels à idées, les questionnaires et les pétitions citoyennes sur notre plateforme en ligne, et le forum des Aubervaliens.",
            f"<a href=\"{capco}/\">Accéder à la plateforme Aubervaux participe</a>")
             + m.link_list([("/index.php/aubervaux-participe/conseils-de-quartier", "Les conseils de quartier"), ("/index.php/forum", "Le forum des Aubervaliens")]),
             {"participation_displayed"}),
        page("/index.php/aubervaux-participe/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Les Prés, le Centre, la Forêt et les Bords-du-Loing ont chacun leur conseil de quartier. Vingt habitants volontaires, renouvelés tous les deux ans, "
            "se réunissent avec les élus tous les deux mois et font remonter les attentes du quartier."),
             {"participation_displayed"}, parent=("Aubervaux participe", "/index.php/aubervaux-participe")),
        page("/index.php/forum", "Forum des Aubervaliens", m.kunena_index([
            ("/index.php/forum/vie-des-quartiers", "Vie des quartiers", "Échangez sur la vie de votre quartier.", 96, 612, "Stationnement rue de la Gare"),
            ("/index.php/forum/entraide", "Entraide", "Demandes et offres de coups de main.", 41, 230, "Garde de chat cet été")])
             + '<p><a href="/index.php/forum/regles">Règles du forum</a></p>', {"forum"}),
        page("/index.php/forum/vie-des-quartiers", "Vie des quartiers", m.kunena_category("Vie des quartiers", [
            ("/index.php/forum/vie-des-quartiers/87-stationnement-rue-de-la-gare", "Stationnement rue de la Gare", "Nathalie", 6)],
            "/index.php/forum/vie-des-quartiers/new"), {"forum"}, parent=("Forum", "/index.php/forum")),
        page("/index.php/forum/entraide", "Entraide", m.kunena_category("Entraide", [
            ("/index.php/forum/entraide/92-garde-de-chat-cet-ete", "Garde de chat cet été", "Louise", 2)], "/index.php/forum/entraide/new"),
             {"forum"}, parent=("Forum", "/index.php/forum")),
        page("/index.php/forum/vie-des-quartiers/87-stationnement-rue-de-la-gare", "Stationnement rue de la Gare", m.kunena_topic("Stationnement rue de la Gare", [
            ("Nathalie", "12 mai 2025 08:14", "Les voitures ventouses occupent les places toute la semaine, impossible de se garer pour la boulangerie."),
            ("Patrick77", "12 mai 2025 12:30", "Une zone bleue réglerait le problème."),
            ("Mairie d'Aubervaux", "13 mai 2025 09:00", "Le sujet est à l'ordre du jour du conseil de quartier Centre du 20 mai.")],
            "/index.php/forum/vie-des-quartiers/new"), {"forum"}, parent=("Vie des quartiers", "/index.php/forum/vie-des-quartiers")),
        page("/index.php/forum/entraide/92-garde-de-chat-cet-ete", "Garde de chat cet été", m.kunena_topic("Garde de chat cet été", [
            ("Louise", "2 mai 2025 19:20", "Je cherche quelqu'un aux Prés pour nourrir mon chat du 14 au 28 juillet."),
            ("Marc", "3 mai 2025 08:05", "Je suis rue des Saules, contactez-moi par message privé.")], "/index.php/forum/entraide/new"),
             {"forum"}, parent=("Entraide", "/index.php/forum/entraide")),
        page("/index.php/forum/vie-des-quartiers/new", "Nouveau sujet", m.kunena_post_form("/index.php/forum/vie-des-quartiers/new", 3), {"forum"},
             parent=("Vie des quartiers", "/index.php/forum/vie-des-quartiers")),
        page("/index.php/forum/entraide/new", "Nouveau sujet", m.kunena_post_form("/index.php/forum/entraide/new", 4), {"forum"},
             parent=("Entraide", "/index.php/forum/entraide")),
        page("/index.php/forum/regles", "Règles du forum", m.prose(
            "Le forum des Aubervaliens est modéré par le service communication. Sont interdits : propos injurieux, publicité, attaques personnelles.",
            "Les messages sont publiés après modération, du lundi au vendredi."), decoys={"forum"}, parent=("Forum", "/index.php/forum")),
        page("/index.php/contact", "Contact", m.prose("Mairie d'Aubervaux-sur-Loing, 2 rue Grande. Tél. 01 64 00 00 00.") + m.joomla_contact("/index.php/contact"),
             {"contact_form"}),
        page("/index.php/mairie/budget", "Budget", m.prose(
            "Le budget primitif 2025 s'élève à 24 M€. Le compte administratif 2024 fait apparaître un excédent de 1,2 M€ affecté à l'investissement.")),
        page("/index.php/mairie/emploi", "Emploi", m.prose(
            "Appel à candidatures : responsable du service urbanisme (H/F), agents d'animation. Appel à projets pour l'occupation du kiosque du parc : dossiers avant le 30 juin.")),
        page("/index.php/agenda/forum-des-associations", "Forum des associations", m.prose("Le samedi 6 septembre au gymnase Colette, de 10 h à 17 h.")),
        page("/index.php/lettre-d-information", "Lettre d'information", m.prose("Abonnez-vous à la lettre d'information de la Ville.")
             + m.newsletter_form("/index.php/lettre-d-information", "acymailing"), decoys={"contact_form"}),
    ]
    decoy_for = {"/index.php/mairie/budget": {"participatory_budget"}, "/index.php/mairie/emploi": {"suggestion_call"},
                 "/index.php/agenda/forum-des-associations": {"forum"}}
    pages = [page(p.path, p.title, p.body, p.features, p.decoys | decoy_for.get(p.path, set()), p.platforms, p.parent) for p in pages]
    pages.append(_plan(pages, "/index.php/plan-du-site"))
    www = Site(AUBER, "joomla", "Ville d'Aubervaux-sur-Loing", pages,
               menu=[("Accueil", "/"), ("Actualités", "/index.php/actualites"), ("Aubervaux participe", "/index.php/aubervaux-participe"),
                     ("Forum", "/index.php/forum"), ("Budget", "/index.php/mairie/budget"), ("Contact", "/index.php/contact"), ("Plan du site", "/index.php/plan-du-site")],
               accounts=[social("facebook", "aubervauxsurloing"), social("instagram", "aubervaux_sur_loing"), social("linkedin", "ville-d-aubervaux-sur-loing")],
               address="Mairie, 2 rue Grande, 77999 Aubervaux-sur-Loing")

    bp = "/project/aubervaux-imagine-2025"
    bp_collect = bp + "/collect/depot-des-projets"
    ideas = "/project/appel-a-idees-bords-du-loing/collect/vos-idees"
    steps = [(bp + "/presentation/presentation", "Présentation", "", False), (bp_collect, "Dépôt des projets", "1 avril - 30 juin 2025", True),
             (bp + "/presentation/presentation", "Vote", "septembre 2025", False)]
    capco_pages = [
        page("/", "Aubervaux participe", m.prose("La plateforme de participation citoyenne de la Ville d'Aubervaux-sur-Loing.")
             + m.link_list([(bp + "/presentation/presentation", "Aubervaux Imagine — budget participatif 2025"), (ideas, "Appel à idées : les bords du Loing"),
                            ("/project/rythmes-de-vie/questionnaire/questionnaire", "Questionnaire : rythmes de vie"),
                            ("/project/petitions-citoyennes/collect/petitions", "Pétitions citoyennes")], "Projets participatifs")),
        page(bp + "/presentation/presentation", "Aubervaux Imagine — budget participatif 2025", m.capco_step_nav(steps) + m.prose(
            "Aubervaux Imagine, c'est 250 000 € pour réaliser vos projets. Chacun peut déposer un projet, dès 12 ans, puis voter en septembre."),
             {"participatory_budget"}),
        page(bp_collect, "Dépôt des projets", m.capco_step_nav(steps) + m.capco_proposals([
            (bp_collect + "/proposals/une-foret-urbaine-aux-pres", "Une forêt urbaine aux Prés", "Association Les Prés verts", "Nature en ville", 134, 2)],
            bp_collect + "/new", "Déposer un projet"), {"participatory_budget"}, parent=("Aubervaux Imagine", bp + "/presentation/presentation")),
        page(bp_collect + "/proposals/une-foret-urbaine-aux-pres", "Une forêt urbaine aux Prés", m.prose(
            "Planter 600 arbres selon la méthode Miyawaki sur la pelouse du square des Prés, avec les écoles. Coût : 38 000 €.")
             + m.capco_comments([("Sylvie", "il y a 3 jours", "Oui ! Et des bancs à l'ombre."), ("Théo", "il y a 2 jours", "Qui arrosera les deux premiers étés ?")]),
             {"participatory_budget", "comments"}, parent=("Dépôt des projets", bp_collect)),
        page(bp_collect + "/new", "Déposer un projet", m.capco_proposal_form(bp_collect + "/new", budget=True), {"participatory_budget", "suggestion_call"},
             parent=("Dépôt des projets", bp_collect)),
        page(ideas, "Appel à idées : les bords du Loing", m.prose(
            "Comment profiter davantage des bords du Loing ? La Ville lance un appel à idées avant de dessiner l'aménagement : proposez vos idées jusqu'au 15 juillet.")
             + m.capco_proposals([(ideas + "/proposals/une-guinguette-l-ete", "Une guinguette l'été", "Jérôme", "Loisirs", 88, 1)], ideas + "/new", "Proposer une idée"),
             {"suggestion_call"}),
        page(ideas + "/proposals/une-guinguette-l-ete", "Une guinguette l'été", m.prose("Une guinguette associative de juin à septembre près du pont.")
             + m.capco_comments([("Mireille", "hier", "Avec un bal le dimanche !")]), {"suggestion_call", "comments"}, parent=("Appel à idées", ideas)),
        page(ideas + "/new", "Proposer une idée", m.capco_proposal_form(ideas + "/new"), {"suggestion_call"}, parent=("Appel à idées", ideas)),
        page("/project/rythmes-de-vie/questionnaire/questionnaire", "Questionnaire : rythmes de vie", m.prose(
            "Horaires des services, des transports, de la médiathèque : répondez à ce questionnaire pour aider la Ville à s'adapter à vos rythmes.")
             + '<form id="reply-form" class="questionnaire-form" method="post" action="/project/rythmes-de-vie/questionnaire/questionnaire">'
             '<div class="form-group"><fieldset><legend class="control-label">À quelle heure rentrez-vous le soir en semaine ?</legend>'
             '<div class="radio"><label><input type="radio" name="responses[0]" value="1"> Avant 18 h</label></div><div class="radio"><label><input type="radio" name="responses[0]" value="2"> Entre 18 h et 19 h 30</label></div>'
             '<div class="radio"><label><input type="radio" name="responses[0]" value="3"> Après 19 h 30</label></div></fieldset></div>'
             '<div class="form-group"><fieldset><legend class="control-label">La médiathèque devrait ouvrir</legend><div class="checkbox"><label><input type="checkbox" name="responses[1][]" value="1"> Le dimanche</label></div>'
             '<div class="checkbox"><label><input type="checkbox" name="responses[1][]" value="2"> Plus tard le soir</label></div></fieldset></div>'
             '<button type="submit" class="btn btn-primary">Envoyer</button></form>', {"poll"}),
        page("/project/petitions-citoyennes/collect/petitions", "Pétitions citoyennes", m.prose(
            "Une pétition qui réunit 500 signatures d'Aubervaliens en trois mois est présentée en conseil municipal.")
             + m.capco_proposals([("/project/petitions-citoyennes/collect/petitions/proposals/un-passage-pieton-rue-des-saules",
                                   "Un passage piéton rue des Saules", "Parents d'élèves Colette", "Sécurité", 263, 0)],
                                 "/project/petitions-citoyennes/collect/petitions/new", "Lancer une pétition").replace("votes", "signatures"),
             {"petition"}),
        page("/project/petitions-citoyennes/collect/petitions/proposals/un-passage-pieton-rue-des-saules", "Un passage piéton rue des Saules", m.prose(
            "Les enfants de l'école Colette traversent sans passage protégé. 263 signatures sur 500.")
             + '<form class="petition-sign" method="post" action="/project/petitions-citoyennes/collect/petitions/proposals/un-passage-pieton-rue-des-saules/sign">'
             '<label for="sign-name">Nom et prénom</label><input id="sign-name" name="name" type="text"><label for="sign-email">Courriel</label><input id="sign-email" name="email" type="email">'
             '<button type="submit" class="btn btn-primary">Signer la pétition</button></form>', {"petition"}, parent=("Pétitions citoyennes", "/project/petitions-citoyennes/collect/petitions")),
        page("/project/petitions-citoyennes/collect/petitions/new", "Lancer une pétition", m.capco_proposal_form("/project/petitions-citoyennes/collect/petitions/new"),
             {"petition"}, parent=("Pétitions citoyennes", "/project/petitions-citoyennes/collect/petitions")),
    ]
    capcos = Site(AUBER_CAPCO, "capcollectif", "Aubervaux participe", capco_pages, menu=[("Accueil", "/"), ("Budget participatif", bp + "/presentation/presentation")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    return City("99208", "Aubervaux-sur-Loing", 17_600, "77", "11", "Île-de-France", f"http://{AUBER}/", [www, capcos])


def cities():
    return [bressac(), plouzevenec(), sainte_rosalie(), vireloup(), valmorency(), chatel_sabrans(), orlhac(), aubervaux()]


def hosts():
    """The Fluicity space (drawn by a script) and the LimeSurvey server (its own layout)."""
    by_host = {site.host: site for city in cities() for site in city.sites}
    return {ROSALIE_FLUI: CustomHost(by_host[ROSALIE_FLUI], _flui_special),
            VALMO_SURVEYS: CustomHost(by_host[VALMO_SURVEYS], _valmo_surveys_special)}
