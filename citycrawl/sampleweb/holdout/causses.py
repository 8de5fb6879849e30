"""The eighteenth holdout part (HOLDOUT.md), cities 99951-99958: eight communes of the Massif central, the
Causses and the southern Alps, each on its own CMS (TYPO3, Drupal, Plone, a DSFR-like theme, a small-town
WordPress theme, a vendor CMS with Publik e-services, SPIP with its forum and petitions plugins, Joomla with
Kunena and JComments) and most with a participation space (Decidim, CONSUL Democracy, Go Vocal, Consultvox,
Cap Collectif on a city subdomain, a LimeSurvey instance, a Discourse board, a neighbours' network and a
home-made platform drawn by a script), with the lookalikes real sites hold next to them."""
import json

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import causses_markup as m

P = m.prose


# =====================================================================================================
# 99951 Montaurel-sur-Cernon (Aveyron): TYPO3 city site, Decidim space "Montaurel en commun"
# =====================================================================================================

MONTAUREL = "www.montaurel-sur-cernon.fr"
MONTAUREL_DECIDIM = "participer.montaurel-sur-cernon.fr"


def _montaurel_www():
    dec = f"http://{MONTAUREL_DECIDIM}"
    news = [
        ("/actualites/budget-participatif-2025-a-vous-de-voter", "Budget participatif : à vous de voter !", "02/06/2025",
         "Vingt-deux projets sont soumis au vote des habitants jusqu'au 30 juin."),
        ("/actualites/plan-velo-questionnaire", "Plan vélo : donnez votre avis", "20/05/2025", "Un questionnaire de dix questions."),
        ("/actualites/retour-sur-2024", "Retour en images sur l'année 2024", "15/01/2025", "Les temps forts de l'année écoulée."),
        ("/actualites/enquete-publique-plu", "Révision du PLU : enquête publique", "03/03/2025", "Le commissaire enquêteur tiendra quatre permanences."),
    ]
    events = [("12", "juin", "Conseil de quartier Saint-Cyrice", "Maison de quartier", "/ma-ville/democratie-de-proximite/conseils-de-quartier/saint-cyrice"),
              ("19", "juin", "Conseil municipal", "Salle des délibérations", "/ma-ville/conseil-municipal"),
              ("28", "juin", "Fête de la Saint-Jean", "Esplanade du Cernon")]
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue à Montaurel-sur-Cernon, porte des Grands Causses.",
            [("/ma-ville/democratie-de-proximite", "Démocratie de proximité"), (dec + "/", "Montaurel en commun"),
             ("/services/reservation-salles", "Réserver une salle"), ("/contact", "Contacter la mairie"),
             ("/ma-ville/budget", "Budget de la ville"), ("/ma-ville/marches-publics", "Marchés publics"),
             ("/services/recensement", "Recensement"), ("/securite/participation-citoyenne", "Sécurité et tranquillité"),
             ("/newsletter", "Lettre d'information")], news, events)),
        # the city's approach under a generic heading, with the instances it runs: participation displayed
        page("/ma-ville/democratie-de-proximite", "Démocratie de proximité", P(
            "Depuis 2021, la Ville associe les Montaurelais aux décisions qui touchent leur cadre de vie. Six conseils de quartier, "
            "un conseil des aînés et des ateliers de concertation sur les grands projets donnent à chacun l'occasion d'être entendu.",
            "La charte de la démocratie de proximité, adoptée à l'unanimité, fixe les engagements réciproques des élus et des habitants : "
            "information en amont, réponse écrite à chaque avis, bilan annuel public.",
            f"En ligne, l'espace <a href=\"{dec}/\">Montaurel en commun</a> accueille le budget participatif et les concertations.")
             + m.link_list([("/ma-ville/democratie-de-proximite/conseils-de-quartier", "Les conseils de quartier"),
                            ("/ma-ville/democratie-de-proximite/charte", "La charte de la démocratie de proximité"),
                            (dec + "/processes/quartier-gare", "Concertation : le quartier de la gare")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-de-proximite/conseils-de-quartier", "Les conseils de quartier", P(
            "Chaque conseil de quartier réunit une vingtaine d'habitants volontaires, tirés au sort parmi les candidats, et deux élus référents. "
            "Ils se réunissent en séance publique au moins trois fois par an et peuvent saisir le maire de toute question concernant le quartier.",
            "Chaque conseil dispose d'une enveloppe de 8 000 euros par an pour de petits aménagements décidés avec les riverains.")
             + m.bullets('<a href="/ma-ville/democratie-de-proximite/conseils-de-quartier/saint-cyrice">Saint-Cyrice</a>',
                         "Le Bourg", "Les Cazals", "La Vayssière", "Pont-Neuf", "Les Hauts du Causse"),
             {"participation_displayed"}, parent=("Démocratie de proximité", "/ma-ville/democratie-de-proximite")),
        # one neighbourhood council's own page: next public meeting and minutes
        page("/ma-ville/democratie-de-proximite/conseils-de-quartier/saint-cyrice", "Conseil de quartier Saint-Cyrice", P(
            "Prochaine séance publique : jeudi 12 juin à 18 h 30, maison de quartier, rue des Tanneurs. Ordre du jour : sécurisation des abords "
            "de l'école, devenir du terrain de boules, questions des habitants.",
            "Les habitants qui ne sont pas membres peuvent assister à la séance et prendre la parole en fin de réunion.")
             + m.docs(("cq-saint-cyrice-2025-02.pdf", "Compte rendu de la séance du 6 février 2025", "184 Ko"),
                      ("cq-saint-cyrice-2024-11.pdf", "Compte rendu de la séance du 21 novembre 2024", "201 Ko")),
             {"participation_displayed"}, parent=("Les conseils de quartier", "/ma-ville/democratie-de-proximite/conseils-de-quartier")),
        page("/ma-ville/democratie-de-proximite/charte", "La charte de la démocratie de proximité", P(
            "La charte rappelle que la décision appartient au conseil municipal, et que la participation l'éclaire. Elle s'applique aux conseils "
            "de quartier, aux concertations réglementaires et volontaires, et au budget participatif.")
             + m.bullets("Informer les habitants avant toute décision importante pour leur quartier",
                         "Rendre compte par écrit des suites données aux avis", "Publier chaque année un bilan de la participation")
             + m.docs(("charte-democratie-proximite.pdf", "La charte (version adoptée le 30 septembre 2021)", "1,2 Mo")),
             {"participation_displayed"}, parent=("Démocratie de proximité", "/ma-ville/democratie-de-proximite")),
        # the municipal council's sittings and agenda: the council itself, not residents' participation
        page("/ma-ville/conseil-municipal", "Le conseil municipal", P(
            "Le conseil municipal compte 35 élus. Il se réunit environ six fois par an en séance publique, salle des délibérations.",
            "Prochaine séance : jeudi 19 juin à 18 h. Ordre du jour : compte administratif 2024, tarifs de la piscine, subventions aux associations.")
             + m.docs(("cm-2025-04-10-pv.pdf", "Procès-verbal de la séance du 10 avril 2025", "512 Ko"),
                      ("cm-2025-06-19-odj.pdf", "Ordre du jour de la séance du 19 juin 2025", "96 Ko")),
             decoys={"participation_displayed"}),
        page("/ma-ville/budget", "Le budget de la ville", P(
            "Le budget primitif 2025 s'élève à 48,6 millions d'euros, dont 14,2 millions d'investissement. Les taux de fiscalité restent inchangés.",
            "Principaux investissements : rénovation thermique du groupe scolaire Jean-Jaurès, voirie du quartier des Cazals, extension de la médiathèque.")
             + m.docs(("bp-2025.pdf", "Budget primitif 2025", "3,4 Mo"), ("rob-2025.pdf", "Rapport d'orientation budgétaire 2025", "1,9 Mo")),
             decoys={"participatory_budget"}),
        page("/ma-ville/marches-publics", "Marchés publics", P(
            "Les avis d'appel public à la concurrence de la Ville sont publiés sur la plateforme de dématérialisation des marchés publics.",
            "Consultations en cours : travaux de couverture du gymnase (date limite de remise des offres : 4 juillet), fourniture de repas "
            "pour la restauration scolaire (lot unique).")
             + '<p><a href="https://marches.example-profil-acheteur.fr/montaurel">Accéder au profil acheteur</a></p>',
             decoys={"suggestion_call"}),
        # a news item devoted to the participatory budget's vote, linking to it
        page("/actualites/budget-participatif-2025-a-vous-de-voter", "Budget participatif : à vous de voter !", P(
            "Après l'analyse technique des 64 idées déposées au printemps, 22 projets ont été retenus. Chaque habitant de plus de 11 ans peut "
            "voter pour les projets de son choix dans la limite de l'enveloppe de 300 000 euros.",
            f"Le vote a lieu en ligne sur <a href=\"{dec}/processes/budget-participatif-2025/f/42/budgets/7/projects\">Montaurel en commun</a>, "
            "et sur papier à l'accueil de la mairie et des maisons de quartier, jusqu'au 30 juin.")
             + m.share_buttons(f"http://{MONTAUREL}/actualites/budget-participatif-2025-a-vous-de-voter"),
             {"participatory_budget"}),
        # the year's review names the budget and the councils in passing
        page("/actualites/retour-sur-2024", "Retour en images sur l'année 2024", P(
            "Inauguration de la passerelle du Cernon, ouverture de la maison de santé, première édition du budget participatif, "
            "réunions des conseils de quartier, festival des Causses : retour sur une année bien remplie.",
            "Merci aux services municipaux, aux associations et aux bénévoles qui font vivre la ville.")
             + m.docs(("magazine-janvier-2025.pdf", "Le magazine municipal de janvier", "6,8 Mo")),
             decoys={"participatory_budget", "participation_displayed"}),
        # the gendarmerie's neighbourhood-watch scheme shares the name "participation citoyenne"
        page("/securite/participation-citoyenne", "Dispositif de participation citoyenne", P(
            "La Ville a signé avec la préfecture et le groupement de gendarmerie de l'Aveyron un protocole de participation citoyenne. "
            "Des habitants référents, volontaires, signalent aux gendarmes tout fait inhabituel dans leur rue.",
            "Ce dispositif complète l'opération Tranquillité vacances. Pour devenir référent, adressez-vous à la police municipale."),
             decoys={"participation_displayed"}),
        page("/contact", "Contacter la mairie", P("Hôtel de ville, place de la Mairie. Accueil du lundi au vendredi de 8 h 30 à 17 h 30.")
             + m.typo3_powermail("/contact?tx_powermail_pi1%5Baction%5D=create", 3, [
                 ("nom", "Nom", "text", None), ("prenom", "Prénom", "text", None), ("email", "Adresse e-mail", "email", None),
                 ("objet", "Objet de votre demande", "select", ["Renseignement", "Voirie", "État civil", "Urbanisme", "Autre"]),
                 ("message", "Votre message", "textarea", None), ("rgpd", "J'accepte le traitement de mes données", "check", None)]),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/newsletter", "Lettre d'information", P("Recevez chaque mois l'essentiel de l'actualité municipale.")
             + m.typo3_powermail("/newsletter?tx_powermail_pi1%5Baction%5D=create", 8, [
                 ("email", "Votre adresse e-mail", "email", None), ("accord", "J'accepte de recevoir la lettre", "check", None)],
                 submit="S'abonner", cls="newsletter"),
             decoys={"contact_form"}),
        # a room booking with a free-text box for the booking's details: still a booking form
        page("/services/reservation-salles", "Réserver une salle municipale", P(
            "Les associations et les particuliers peuvent réserver la salle des fêtes des Cazals ou la salle polyvalente du Bourg.")
             + m.typo3_powermail("/services/reservation-salles?tx_powermail_pi1%5Baction%5D=create", 11, [
                 ("salle", "Salle", "select", ["Salle des fêtes des Cazals", "Salle polyvalente du Bourg"]),
                 ("date", "Date souhaitée", "date", None), ("nombre", "Nombre de personnes", "number", None),
                 ("nom", "Nom ou association", "text", None), ("email", "Adresse e-mail", "email", None),
                 ("precisions", "Précisions sur votre réservation (horaires, matériel)", "textarea", None)], submit="Demander la réservation"),
             decoys={"contact_form"}),
        page("/services/recensement", "Recensement de la population 2026", P(
            "Le recensement se déroulera du 15 janvier au 21 février 2026. Un agent recenseur, muni d'une carte officielle, déposera "
            "vos codes de connexion pour répondre en ligne sur le site le-recensement-et-moi.fr.",
            "Vos réponses sont confidentielles et transmises à l'Insee."),
             decoys={"poll"}),
        page("/actualites/enquete-publique-plu", "Révision du PLU : enquête publique", P(
            "Par arrêté du maire, le projet de révision du plan local d'urbanisme est soumis à enquête publique du 17 mars au 18 avril.",
            "Le dossier est consultable en mairie. Vos observations peuvent être consignées sur le registre ou adressées par courrier au commissaire enquêteur."),
             decoys={"poll"}),
        page("/actualites/plan-velo-questionnaire", "Plan vélo : donnez votre avis", P(
            "La Ville prépare son premier plan vélo. Pour connaître vos trajets et vos attentes, répondez au questionnaire ci-dessous avant le 30 juin.")
             + m.typo3_powermail("/actualites/plan-velo-questionnaire?tx_powermail_pi1%5Baction%5D=create", 14, [
                 ("frequence", "À quelle fréquence vous déplacez-vous à vélo ?", "radio", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
                 ("frein", "Qu'est-ce qui vous en empêche le plus ?", "radio", ["Le manque de pistes", "Les côtes", "Le stationnement", "La sécurité"]),
                 ("priorite", "Quel aménagement faire en premier ?", "radio", ["Avenue du Causse", "Rue de la Gare", "Berges du Cernon"]),
                 ("quartier", "Votre quartier", "select", ["Le Bourg", "Saint-Cyrice", "Les Cazals", "La Vayssière", "Pont-Neuf", "Les Hauts du Causse"])],
                 submit="Envoyer mes réponses", cls="questionnaire")
             + '<p>Voir aussi : <a href="/actualites/eclairage-resultats">les résultats de la consultation sur l\'éclairage</a>.</p>',
             {"poll"}),
        # last year's lighting poll: only its results remain
        page("/actualites/eclairage-resultats", "Extinction nocturne : les résultats de la consultation", P(
            "Vous avez été 1 214 à répondre à la consultation sur l'extinction de l'éclairage public entre minuit et 5 h. La consultation est close.")
             + '<table class="contenttable"><thead><tr><th>Réponse</th><th>Part</th></tr></thead><tbody>'
               '<tr><td>Favorable</td><td>61 %</td></tr><tr><td>Défavorable</td><td>31 %</td></tr><tr><td>Sans avis</td><td>8 %</td></tr></tbody></table>',
             decoys={"poll"}),
    ]
    return Site(MONTAUREL, "typo3", "Ville de Montaurel-sur-Cernon", pages,
                menu=[("Ma ville", "/ma-ville/democratie-de-proximite"), ("Conseil municipal", "/ma-ville/conseil-municipal"),
                      ("Actualités", "/actualites/retour-sur-2024"), ("Participer", dec + "/"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleMontaurel"), social("instagram", "montaurel_officiel"),
                          social("youtube", "VilleDeMontaurel")],
                address="Hôtel de ville, place de la Mairie, 12100 Montaurel-sur-Cernon")


def _montaurel_decidim():
    bp = "/processes/budget-participatif-2025"
    proposals = [(f"{bp}/f/41/proposals/318", "Des jeux d'eau au square du Foirail", "Le Bourg · évaluée", 87),
                 (f"{bp}/f/41/proposals/322", "Un abri pour les vélos à la gare", "Pont-Neuf · évaluée", 54),
                 (f"{bp}/f/41/proposals/327", "Planter un verger partagé aux Cazals", "Les Cazals · en cours d'évaluation", 41)]
    pages = [
        page("/", "Accueil", P("Bienvenue sur Montaurel en commun, l'espace de participation de la ville de Montaurel-sur-Cernon.")
             + '<section class="home__section"><h2 class="h2">Processus en cours</h2>'
             + m.decidim_card_list([(bp, "Budget participatif 2025", "Phase : vote", 0),
                                    ("/processes/quartier-gare", "Le quartier de la gare", "Phase : concertation", 0),
                                    ("/processes/plan-climat-2022", "Plan climat", "Terminé", 0)], "process") + "</section>"
             + m.link_list([("/pages/faq", "Comment participer ?"), ("/processes/budget-participatif-2023/f/29/budgets/4/projects", "Budget participatif 2023 : les lauréats")])),
        page(bp, "Budget participatif 2025", m.decidim_process_header("Budget participatif 2025", "300 000 euros pour vos projets", "Vote", f"{bp}/f/43/pages")
             + P("Pour la deuxième année, la Ville consacre 300 000 euros de son budget d'investissement à des projets proposés puis choisis par les habitants.")
             + m.steps([("Dépôt des idées", "du 1er mars au 15 avril", "past"), ("Analyse technique", "avril - mai", "past"),
                        ("Vote", "du 2 au 30 juin", "current"), ("Résultats", "juillet", "future")])
             + m.link_list([(f"{bp}/f/41/proposals", "Les idées déposées"), (f"{bp}/f/42/budgets/7/projects", "Voter"),
                            (f"{bp}/f/43/pages", "Le règlement")]),
             {"participatory_budget"}),
        # the budget's filing step once closed: residents' projects are listed, but the call for them is over
        page(f"{bp}/f/41/proposals", "Idées déposées", P("64 idées ont été déposées du 1er mars au 15 avril. Le dépôt est clos ; vous pouvez encore les lire et les commenter.")
             + '<div class="filter-container"><form class="new_filter" action="' + bp + '/f/41/proposals" method="get"><label>Recherche<input type="search" name="filter[search_text_cont]"></label></form></div>'
             + m.decidim_card_list(proposals),
             {"participatory_budget"}, decoys={"suggestion_call"}),
        page(f"{bp}/f/41/proposals/318", "Des jeux d'eau au square du Foirail", P(
            "L'été, les enfants du centre n'ont aucun endroit pour se rafraîchir. Je propose d'installer des jeux d'eau à déclenchement manuel, "
            "avec récupération de l'eau pour l'arrosage des massifs.", "Estimation des services : 45 000 euros.")
             + '<div class="proposal__aside"><span class="label">Évaluée</span> <span>87 appuis</span></div>'
             + m.share_buttons(f"http://{MONTAUREL_DECIDIM}{bp}/f/41/proposals/318")
             + m.decidim_comments("Proposal", 318, [("Claire V.", "12/04/2025", "Très bonne idée, le square est désert l'après-midi en juillet."),
                                                    ("Rémi", "14/04/2025", "Attention à la consommation d'eau en période de sécheresse.")]),
             {"participatory_budget", "comments"}, decoys={"social_account"}),
        page(f"{bp}/f/41/proposals/322", "Un abri pour les vélos à la gare", P(
            "Un abri fermé et sécurisé pour une trentaine de vélos, accessible avec la carte de bus, pour ceux qui prennent le train pour Rodez.",
            "Estimation des services : 28 000 euros.")
             + '<div class="proposal__aside"><span class="label">Évaluée</span> <span>54 appuis</span></div>'
             + m.decidim_comments("Proposal", 322, [("Anaïs", "09/04/2025", "Il en faudrait un aussi au collège.")]),
             {"participatory_budget", "comments"}),
        # a proposal still under evaluation whose comments are closed and empty: nothing to comment on
        page(f"{bp}/f/41/proposals/327", "Planter un verger partagé aux Cazals", P(
            "Planter une vingtaine d'arbres fruitiers de variétés locales sur le délaissé de la rue des Cazals, entretenus avec l'école et le centre social.")
             + '<div class="proposal__aside"><span class="label warning">En cours d\'évaluation</span> <span>41 appuis</span></div>'
             + '<div class="callout secondary comments-closed"><p>Les commentaires sont désactivés pendant l\'évaluation.</p></div>',
             {"participatory_budget"}, decoys={"comments"}),
        page(f"{bp}/f/42/budgets/7/projects", "Voter pour les projets", P("Choisissez les projets que vous souhaitez voir réalisés, dans la limite de 300 000 euros.")
             + m.decidim_budget_projects([("Des jeux d'eau au square du Foirail", "45 000 €", ""), ("Un abri pour les vélos à la gare", "28 000 €", ""),
                                          ("Éclairer le chemin des écoliers", "62 000 €", ""), ("Une boîte à livres par quartier", "9 000 €", "")], "300 000 €"),
             {"participatory_budget"}),
        page(f"{bp}/f/43/pages", "Règlement du budget participatif", P(
            "Article 1 : le budget participatif permet aux habitants de proposer puis de choisir des projets d'intérêt général relevant des compétences de la commune.",
            "Article 2 : tout habitant âgé d'au moins 11 ans peut déposer une idée et voter. Les idées doivent relever de l'investissement et coûter moins de 80 000 euros.",
            "Article 3 : les projets lauréats sont ceux qui recueillent le plus de voix, dans la limite de l'enveloppe."),
             {"participatory_budget"}),
        # a past edition's winners: the budget is over, its results stand
        page("/processes/budget-participatif-2023/f/29/budgets/4/projects", "Budget participatif 2023 : projets lauréats", P(
            "1 930 habitants ont voté lors de la première édition. Voici les projets retenus et leur état d'avancement.")
             + m.decidim_budget_projects([("Des bancs le long du Cernon", "18 000 €", "Réalisé"), ("Un skatepark aux Hauts du Causse", "95 000 €", "En travaux"),
                                          ("Des nichoirs dans les écoles", "4 000 €", "Réalisé")], "250 000 €", open_=False),
             {"participatory_budget"}),
        page("/processes/quartier-gare", "Le quartier de la gare", m.decidim_process_header("Le quartier de la gare", "Concertation préalable", "Concertation", "/processes/quartier-gare/f/51/surveys/12")
             + P("La Ville engage une concertation sur le réaménagement du quartier de la gare : ateliers en présentiel, questionnaire en ligne et débat ouvert.",
                 "Les contributions seront synthétisées dans un bilan de la concertation présenté au conseil municipal.")
             + m.link_list([("/processes/quartier-gare/f/51/surveys/12", "Répondre au questionnaire"), ("/processes/quartier-gare/f/52/debates/9", "Le débat")]),
             {"participation_displayed"}),
        page("/processes/quartier-gare/f/51/surveys/12", "Questionnaire : vos usages du quartier de la gare",
             m.decidim_survey(12, "Vos usages du quartier de la gare", [
                 ("Comment venez-vous à la gare ?", ["À pied", "À vélo", "En voiture", "En bus"]),
                 ("Que manque-t-il le plus dans le quartier ?", ["Des commerces", "Des espaces verts", "Du stationnement", "Des bancs"]),
                 ("Vos remarques", [])]),
             {"poll"}),
        page("/processes/quartier-gare/f/52/debates/9", "Débat : quelle place pour la voiture autour de la gare ?", P(
            "Faut-il réduire le stationnement devant la gare pour créer un parvis piéton ? Donnez vos arguments.")
             + m.decidim_comments("Debate", 9, [("Jean-Luc", "02/05/2025", "Il faut garder une dépose-minute, beaucoup de personnes âgées prennent le train."),
                                                ("Sophie M.", "03/05/2025", "Un parvis serait plus accueillant, le parking relais est à 300 mètres."),
                                                ("Karim", "05/05/2025", "Et les taxis ?")]),
             {"comments"}),
        page("/processes/plan-climat-2022", "Plan climat", P("Concertation terminée en 2022. Le bilan a été présenté au conseil municipal du 8 décembre 2022.")
             + m.link_list([("/processes/plan-climat-2022/f/21/surveys/5", "Le questionnaire (fermé)")])),
        page("/processes/plan-climat-2022/f/21/surveys/5", "Questionnaire du plan climat",
             m.decidim_survey(5, "Vos gestes pour le climat", [("q", []), ("q2", []), ("q3", [])], open_=False),
             decoys={"poll"}),
        page("/pages/faq", "Comment participer ?", P(
            "Créez un compte avec votre adresse e-mail pour déposer des idées, voter ou commenter. Vous pouvez aussi participer sur papier dans les maisons de quartier.")),
    ]
    return Site(MONTAUREL_DECIDIM, "decidim", "Montaurel en commun", pages,
                menu=[("Accueil", "/"), ("Budget participatif", bp), ("Quartier de la gare", "/processes/quartier-gare"), ("Aide", "/pages/faq")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))


def montaurel():
    return City("99951", "Montaurel-sur-Cernon", 38_412, "12", "76", "Occitanie", f"http://{MONTAUREL}/",
                [_montaurel_www(), _montaurel_decidim()])


# =====================================================================================================
# 99952 Castelvézy (Lot): Drupal city site, CONSUL Democracy "Décidons Castelvézy"
# =====================================================================================================

CASTELVEZY = "www.castelvezy.fr"
CASTELVEZY_CONSUL = "decidons.castelvezy.fr"


def _castelvezy_www():
    dec = f"http://{CASTELVEZY_CONSUL}"
    news = [("/actualites/nouvelle-halle-gourmande", "La halle gourmande ouvre ses portes", "14/05/2025", "Huit commerçants s'installent quai du Lot."),
            ("/actualites/fete-de-la-musique", "Fête de la musique : le programme", "10/06/2025", "Scènes ouvertes dans toute la ville."),
            ("/actualites/mutuelle-communale", "Une mutuelle communale pour tous", "28/04/2025", "Permanences en mairie chaque mardi."),
            ("/sondage/stationnement", "Stationnement : votre avis compte", "05/06/2025", "Un sondage en une question.")]
    events = [("14", "mars", "Assemblée de quartier du Bourg-Haut", "École du Bourg-Haut", "/vivre-ensemble/assemblees-de-quartier/reunion-bourg-haut"),
              ("21", "juin", "Forum de l'emploi saisonnier", "Espace Clément-Marot", "/agenda/forum-de-l-emploi"),
              ("26", "juin", "Conseil municipal", "Hôtel de ville", "/mairie/conseil-municipal/seances")]
    pages = [
        page("/", "Accueil", m.home("Castelvézy, ville d'art et d'histoire au cœur de la vallée du Lot.",
                                    [("/vivre-ensemble/participation-citoyenne", "Participation citoyenne"), (dec + "/", "Décidons Castelvézy"),
                                     ("/vivre-ensemble/droit-de-petition", "Droit de pétition"), ("/contact", "Nous contacter"),
                                     ("/demarches/inscription-vide-grenier", "Vide-grenier"), ("/demarches/paiement-cantine", "Payer la cantine"),
                                     ("/mairie/budget/budget-primitif-2025", "Budget 2025"), ("/culture/appel-a-candidatures-residence", "Résidence d'artistes"),
                                     ("/associations/appel-a-projets-associatifs", "Associations")], news, events)),
        # a page titled like the gendarmerie scheme, but presenting the city's own participatory approach
        page("/vivre-ensemble/participation-citoyenne", "La participation citoyenne à Castelvézy", P(
            "La municipalité a fait de la participation des habitants une méthode de travail : assemblées de quartier ouvertes à tous, "
            "conseil citoyen du quartier prioritaire de la Combe, concertation systématique avant les grands travaux.",
            f"Sur <a href=\"{dec}/\">Décidons Castelvézy</a>, vous pouvez proposer, débattre, voter le budget participatif et répondre aux votations.")
             + m.link_list([("/vivre-ensemble/assemblees-de-quartier", "Les assemblées de quartier"),
                            ("/vivre-ensemble/droit-de-petition", "Le droit de pétition")]),
             {"participation_displayed"}),
        page("/vivre-ensemble/assemblees-de-quartier", "Les assemblées de quartier", P(
            "Cinq assemblées de quartier se réunissent deux fois par an. Elles sont ouvertes à tous les habitants, sans inscription. "
            "Le maire et l'adjoint de quartier y répondent aux questions et y présentent les projets en cours.",
            "Entre deux assemblées, un bureau de six habitants prépare l'ordre du jour avec les services.")
             + m.link_list([("/vivre-ensemble/assemblees-de-quartier/reunion-bourg-haut", "Prochaine assemblée : le Bourg-Haut")]),
             {"participation_displayed"}, parent=("Participation citoyenne", "/vivre-ensemble/participation-citoyenne")),
        # an announcement of one neighbourhood assembly, with its agenda
        page("/vivre-ensemble/assemblees-de-quartier/reunion-bourg-haut", "Assemblée de quartier du Bourg-Haut", P(
            "Vendredi 14 mars, 18 h 30, préau de l'école du Bourg-Haut. Au programme : le plan de circulation, la réfection des escaliers "
            "de la Barbacane, le bilan des propositions faites en octobre.",
            "Venez nombreux : chaque habitant peut poser ses questions et faire des propositions."),
             {"participation_displayed"}, parent=("Les assemblées de quartier", "/vivre-ensemble/assemblees-de-quartier")),
        # the city's right of petition, listing the petition open to signatures
        page("/vivre-ensemble/droit-de-petition", "Le droit de pétition", P(
            "Depuis 2023, toute pétition signée par 300 habitants de Castelvézy âgés de 16 ans et plus est inscrite à l'ordre du jour du conseil municipal.",
            "Les pétitions en cours sont présentées ci-dessous : vous pouvez les signer en ligne.")
             + m.link_list([("/vivre-ensemble/droit-de-petition/piste-cyclable-rd820", "Pour une piste cyclable le long de la RD 820 (212 signatures)")]),
             {"petition"}, parent=("Participation citoyenne", "/vivre-ensemble/participation-citoyenne")),
        page("/vivre-ensemble/droit-de-petition/piste-cyclable-rd820", "Pétition : pour une piste cyclable le long de la RD 820", P(
            "Déposée par le collectif Vallée à vélo le 2 avril. Seuil : 300 signatures. Signatures recueillies : 212.",
            "Nous demandons la création d'une piste cyclable sécurisée entre le pont Valentré et la zone de Regourd.")
             + m.drupal_webform("signature_petition", "/vivre-ensemble/droit-de-petition/piste-cyclable-rd820", [
                 ("nom", "Nom", "text", None), ("prenom", "Prénom", "text", None), ("courriel", "Courriel", "email", None),
                 ("commune", "Commune de résidence", "text", None), ("certifie", "Je certifie habiter Castelvézy", "checkbox", None)],
                 submit="Signer la pétition"),
             {"petition"}, parent=("Le droit de pétition", "/vivre-ensemble/droit-de-petition")),
        page("/actualites/nouvelle-halle-gourmande", "La halle gourmande ouvre ses portes", P(
            "Fromager, boulanger, caviste, primeur : huit commerçants ont pris place sous la halle rénovée du quai du Lot.",
            "Ouverture du mardi au dimanche, de 8 h à 19 h.")
             + m.drupal_comments(41, [("Martine", "15/05/2025", "Enfin un marché couvert ouvert toute la semaine !"),
                                      ("P. Delmas", "16/05/2025", "Dommage qu'il n'y ait pas de stationnement vélo devant.")], "/comment/reply/node/41/comment"),
             {"comments"}),
        page("/actualites/fete-de-la-musique", "Fête de la musique : le programme", P(
            "Six scènes ouvertes, de la place Rousseau au parvis de la cathédrale. Circulation interdite dans le centre de 18 h à 2 h.")
             + '<section class="comments"><p>Les commentaires sont fermés pour cet article.</p></section>',
             decoys={"comments"}),
        page("/actualites/mutuelle-communale", "Une mutuelle communale pour tous", P(
            "La Ville a négocié une offre de complémentaire santé ouverte à tous les habitants. Permanences en mairie chaque mardi matin.",
            "Par ailleurs, une pétition nationale pour le remboursement des soins dentaires circule sur "
            "<a href=\"https://www.change.org/p/pour-des-soins-dentaires-rembourses\">change.org</a> ; la mairie n'en est pas à l'origine."),
             decoys={"petition"}),
        page("/mairie/budget/budget-primitif-2025", "Budget primitif 2025", P(
            "Voté le 27 mars, le budget primitif 2025 s'équilibre à 31,4 millions d'euros. La section d'investissement finance la restauration "
            "des remparts et la rénovation du stade Lucien-Desprats.")
             + m.docs(("bp-2025-castelvezy.pdf", "Budget primitif 2025 - présentation", "2,1 Mo")) + m.link_list([("/mairie/budget/debat-orientations-budgetaires", "Le débat d'orientations budgétaires")]),
             decoys={"participatory_budget"}),
        page("/mairie/budget/debat-orientations-budgetaires", "Débat d'orientations budgétaires", P(
            "Le débat d'orientations budgétaires s'est tenu en conseil municipal le 20 février. Il fixe les grandes lignes du budget : maîtrise "
            "des dépenses de fonctionnement, désendettement, maintien de l'investissement."),
             decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal/seances", "Séances du conseil municipal", P(
            "Les séances du conseil municipal sont publiques et retransmises en direct. Prochaine séance : jeudi 26 juin à 18 h.")
             + m.docs(("odj-cm-2025-06-26.pdf", "Ordre du jour du 26 juin", "88 Ko"), ("pv-cm-2025-03-27.pdf", "Procès-verbal du 27 mars", "640 Ko")),
             decoys={"participation_displayed"}),
        page("/agenda/forum-de-l-emploi", "Forum de l'emploi saisonnier", P(
            "Restauration, tourisme, agriculture : une trentaine d'employeurs recrutent pour la saison. Samedi 21 juin, de 9 h à 13 h, espace Clément-Marot.",
            "Venez avec votre CV ; des ateliers de préparation aux entretiens sont proposés par la mission locale."),
             decoys={"forum"}),
        page("/contact", "Nous contacter", P("Mairie de Castelvézy, 73 boulevard Gambetta. Standard : 05 65 00 00 00.")
             + m.drupal_webform("contact_mairie", "/contact", [
                 ("nom", "Votre nom", "text", None), ("courriel", "Votre courriel", "email", None),
                 ("sujet", "Sujet", "select", ["Question générale", "Voirie et propreté", "Écoles", "Urbanisme"]),
                 ("message", "Message", "textarea", None)]),
             {"contact_form"}),
        page("/demarches/inscription-vide-grenier", "Inscription au vide-grenier du 14 juillet", P("Emplacements de 3 mètres, 8 euros, réservés aux particuliers.")
             + m.drupal_webform("vide_grenier", "/demarches/inscription-vide-grenier", [
                 ("nom", "Nom", "text", None), ("adresse", "Adresse", "text", None), ("courriel", "Courriel", "email", None),
                 ("metres", "Nombre d'emplacements", "select", ["1", "2", "3"]), ("piece", "Numéro de pièce d'identité", "text", None)],
                 submit="M'inscrire"),
             decoys={"contact_form"}),
        page("/demarches/paiement-cantine", "Payer la cantine et le périscolaire", P("Réglez vos factures en ligne par carte bancaire, en toute sécurité.")
             + '<form class="payment-form" action="https://paiement.example-tipi.fr/castelvezy" method="post"><label for="ref">Référence de la facture</label>'
               '<input type="text" id="ref" name="reference"><label for="montant">Montant (€)</label><input type="text" id="montant" name="montant">'
               '<label for="mel">Courriel</label><input type="email" id="mel" name="mel"><button type="submit">Payer</button></form>',
             decoys={"contact_form"}),
        page("/culture/appel-a-candidatures-residence", "Appel à candidatures : résidence d'artistes 2026", P(
            "La Ville accueille chaque année deux artistes en résidence à la maison Henri-Martin. Les candidatures (dossier artistique, note "
            "d'intention) sont à adresser avant le 15 septembre.", "Bourse de résidence : 6 000 euros."),
             decoys={"suggestion_call"}),
        page("/associations/appel-a-projets-associatifs", "Appel à projets associatifs 2026", P(
            "La Ville soutient les projets des associations qui favorisent le lien social. Enveloppe : 40 000 euros. Dossiers de demande de "
            "subvention à déposer avant le 31 octobre.")
             + m.docs(("dossier-subvention-2026.pdf", "Dossier de demande de subvention", "420 Ko")),
             decoys={"suggestion_call"}),
        page("/sondage/stationnement", "Sondage : le stationnement en centre-ville", P(
            "La Ville envisage d'étendre la zone bleue au boulevard Gambetta. Votre avis nous aidera à décider.")
             + m.drupal_poll(58, "Êtes-vous favorable à l'extension de la zone bleue ?", ["Oui", "Non", "Oui, mais avec une heure gratuite"]),
             {"poll"}),
    ]
    return Site(CASTELVEZY, "drupal", "Ville de Castelvézy", pages,
                menu=[("Vivre ensemble", "/vivre-ensemble/participation-citoyenne"), ("Mairie", "/mairie/conseil-municipal/seances"),
                      ("Actualités", "/actualites/nouvelle-halle-gourmande"), ("Décidons Castelvézy", dec + "/"), ("Contact", "/contact")],
                accounts=[social("facebook", "castelvezy"), social("x", "CastelvezyVille"), social("linkedin", "ville-de-castelvezy")],
                address="Mairie, 73 boulevard Gambetta, 46000 Castelvézy")


def _castelvezy_consul():
    inv = [(112, "Une aire de pique-nique à la Plaine", "Tables, ombrage et point d'eau près du stade.", "La Plaine", 6, 143),
           (117, "Réparer les escaliers de la Barbacane", "Des marches plus sûres pour monter au vieux quartier.", "Bourg-Haut", 3, 98),
           (121, "Des bacs à compost partagés", "Un bac par îlot d'immeubles de la Combe.", "La Combe", 2, 77)]
    pages = [
        page("/", "Accueil", P("Décidons Castelvézy : proposez, débattez, votez.")
             + m.link_list([("/budgets/3", "Budget participatif 2025 : Castelvézy Demain"), ("/proposals", "Propositions citoyennes"),
                            ("/debates/14", "Débat du moment"), ("/polls", "Votations"), ("/budgets/2/results", "Résultats de l'édition 2023"),
                            ("/help", "Aide")])),
        # the participatory budget under its local brand
        page("/budgets/3", "Castelvézy Demain 2025", P(
            "Castelvézy Demain, c'est le budget participatif de la ville : 250 000 euros pour des projets imaginés par les habitants.",
            "Phase actuelle : soutiens. Chaque habitant peut soutenir jusqu'à dix projets ; les plus soutenus passeront au vote final en septembre.")
             + m.steps([("Propositions", "mars - avril", "past"), ("Soutiens", "mai - juin", "current"), ("Vote final", "septembre", "future"), ("Résultats", "octobre", "future")])
             + m.link_list([("/budgets/3/investments", "Voir les projets et les soutenir")]),
             {"participatory_budget"}),
        page("/budgets/3/investments", "Projets d'investissement", m.consul_investments(inv), {"participatory_budget"}),
        page("/budgets/3/investments/112", "Une aire de pique-nique à la Plaine", P(
            "Installer quatre tables, planter des arbres pour l'ombre et raccorder un point d'eau potable, près du stade de la Plaine.",
            "Coût estimé par les services : 24 000 euros.")
             + m.consul_investments(inv[:1])
             + m.consul_comments("Budget::Investment", 112, [("Lucie R.", "18/05/2025", "Indispensable l'été, il n'y a aucune ombre à la Plaine."),
                                                              ("Thierry", "20/05/2025", "Prévoir aussi des poubelles de tri.")]),
             {"participatory_budget", "comments"}),
        page("/budgets/3/investments/117", "Réparer les escaliers de la Barbacane", P(
            "Les marches de l'escalier de la Barbacane sont descellées et glissantes. Reprendre les marches et poser une main courante.",
            "Coût estimé par les services : 41 000 euros.")
             + m.consul_investments(inv[1:2])
             + m.consul_comments("Budget::Investment", 117, [("Henri", "22/05/2025", "Je monte tous les jours, c'est dangereux l'hiver."),
                                                              ("Inès", "23/05/2025", "Une main courante des deux côtés serait mieux.")]),
             {"participatory_budget", "comments"}),
        page("/budgets/3/investments/121", "Des bacs à compost partagés", P(
            "Installer un bac à compost par îlot d'immeubles à la Combe, avec un référent formé par le syndicat des déchets. Coût estimé : 7 500 euros.")
             + m.consul_investments(inv[2:])
             + m.consul_comments("Budget::Investment", 121, [("Samia", "25/05/2025", "Le centre social peut s'occuper de la formation.")]),
             {"participatory_budget", "comments"}),
        page("/budgets/2/results", "Résultats Castelvézy Demain 2023", P("2 412 votants. Projets lauréats, en cours de réalisation :")
             + '<table class="budget-investments-results"><thead><tr><th>Projet</th><th>Voix</th><th>Coût</th></tr></thead><tbody>'
               '<tr class="success"><td>Un city-stade à la Combe</td><td>812</td><td>85 000 €</td></tr>'
               '<tr class="success"><td>Des fontaines à eau sur les quais</td><td>640</td><td>36 000 €</td></tr>'
               '<tr><td>Un jardin sensoriel</td><td>301</td><td>52 000 €</td></tr></tbody></table>',
             {"participatory_budget"}),
        # residents' proposals reaching a threshold of supports: an open call for their ideas
        page("/proposals", "Propositions citoyennes", P(
            "Vous avez une idée pour la ville ? Publiez-la ici. Si elle recueille 500 soutiens, la municipalité s'engage à l'étudier et à y répondre.")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
             + '<div id="proposals-list"><div id="proposal_87" class="proposal clear"><h3><a href="/proposals/87-des-bancs-le-long-du-lot">Des bancs le long du Lot</a></h3>'
               '<p class="proposal-info">212 soutiens · 4 commentaires</p></div><div id="proposal_91" class="proposal clear"><h3>Ouvrir la piscine le dimanche matin</h3>'
               '<p class="proposal-info">158 soutiens · 2 commentaires</p></div></div>',
             {"suggestion_call"}),
        page("/proposals/87-des-bancs-le-long-du-lot", "Des bancs le long du Lot", P(
            "Le chemin de halage est très fréquenté par les promeneurs âgés, mais il n'y a aucun banc entre le pont Valentré et le moulin.",
            "212 soutiens sur 500 nécessaires.")
             + '<div class="supports"><form class="button_to" method="post" action="/proposals/87-des-bancs-le-long-du-lot/vote"><button class="button button-support" type="submit">Soutenir</button></form></div>'
             + m.consul_comments("Proposal", 87, [("Gisèle", "03/04/2025", "Oui, et des poubelles aussi."), ("Marc-Antoine", "04/04/2025", "Je soutiens.")]),
             {"suggestion_call", "comments"}),
        # the list of votations, with one open: it leads straight to the ballot
        page("/polls", "Votations", P("Les votations permettent aux habitants de se prononcer sur une question posée par la municipalité.")
             + m.link_list([("/polls/5", "En cours : faut-il piétonniser la rue de la Préfecture le samedi ?"),
                            ("/polls/4/results", "Terminée : le nom de la future médiathèque")]),
             {"poll"}),
        page("/polls/5", "Piétonniser la rue de la Préfecture le samedi ?", P("Votation ouverte jusqu'au 30 juin aux habitants de 16 ans et plus.")
             + m.consul_poll(5, [("Êtes-vous favorable à la piétonnisation de la rue de la Préfecture le samedi ?", ["Oui", "Non", "Blanc"])]),
             {"poll"}),
        page("/polls/4/results", "Résultats : le nom de la future médiathèque", P("Votation close le 15 janvier 2025. 1 107 participants.")
             + '<table class="poll-results"><tr><th>Réponse</th><th>Voix</th></tr><tr><td>Médiathèque Olympe-de-Gouges</td><td>512</td></tr>'
               '<tr><td>Médiathèque du Pont-Valentré</td><td>398</td></tr><tr><td>Médiathèque Les Causses</td><td>197</td></tr></table>',
             decoys={"poll"}),
        page("/debates/14", "Débat : quel avenir pour l'ancienne caserne ?", P(
            "La caserne Bessières sera libérée en 2026. Logements, équipements culturels, espace vert : qu'en feriez-vous ?")
             + m.consul_comments("Debate", 14, [("Nadia", "10/05/2025", "Des logements pour les jeunes actifs, la ville en manque."),
                                                ("Olivier B.", "11/05/2025", "Un tiers-lieu avec des ateliers d'artisans."),
                                                ("Anne", "13/05/2025", "Gardons au moins la cour plantée.")]),
             {"comments"}),
        page("/help", "Aide", P("Pour participer, créez un compte et vérifiez-le avec votre adresse. Vous pourrez alors soutenir, voter et commenter.")),
    ]
    return Site(CASTELVEZY_CONSUL, "consul", "Décidons Castelvézy", pages,
                menu=[("Propositions", "/proposals"), ("Budget participatif", "/budgets/3"), ("Votations", "/polls"), ("Aide", "/help")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))


def castelvezy():
    return City("99952", "Castelvézy", 21_706, "46", "76", "Occitanie", f"http://{CASTELVEZY}/",
                [_castelvezy_www(), _castelvezy_consul()])


# =====================================================================================================
# 99953 Lanuéjac-en-Velay (Haute-Loire): Plone city site, Go Vocal space, LimeSurvey instance
# =====================================================================================================

LANUEJAC = "www.lanuejac-en-velay.fr"
LANUEJAC_VOCAL = "lanuejac.govocal.com"
LANUEJAC_SURVEYS = "enquetes.lanuejac-en-velay.fr"


def _lanuejac_www():
    gv, ls = f"http://{LANUEJAC_VOCAL}", f"http://{LANUEJAC_SURVEYS}"
    news = [("/actualites/questionnaire-mobilite", "Mobilité : répondez au questionnaire", "03/06/2025", "Dix minutes pour dire comment vous vous déplacez."),
            ("/actualites/sondage-marche-resultats", "Marché du samedi : les résultats", "21/03/2025", "Le marché restera place du Plot."),
            ("/actualites/enquete-cadre-de-vie-insee", "Une enquête de l'Insee dans la commune", "12/02/2025", "Des ménages tirés au sort."),
            ("/actualites/forum-des-associations", "Forum des associations", "30/08/2025", "Rendez-vous au gymnase du Breuil.")]
    events = [("17", "juin", "Réunion publique - quartier du Breuil", "Salle du Breuil", "/ma-mairie/concertation/reunions-publiques-2025"),
              ("6", "sept.", "Forum des associations", "Gymnase du Breuil", "/actualites/forum-des-associations"),
              ("20", "sept.", "Journées du patrimoine", "Centre ancien")]
    pages = [
        page("/", "Accueil", m.home("Lanuéjac-en-Velay, entre Loire et volcans.",
                                    [("/ma-mairie/concertation", "Concertation"), ("/ma-mairie/participer-en-ligne", "Participer en ligne"),
                                     ("/ma-mairie/concertation/boite-a-idees", "Boîte à idées"), ("/contact", "Contact"),
                                     ("/vie-pratique/inscription-newsletter", "Newsletter"), ("/ma-mairie/budget/compte-administratif-2024", "Finances"),
                                     ("/ma-mairie/enquete-publique-zone-activites", "Enquête publique"), ("/vie-pratique/securite/participation-citoyenne", "Sécurité")],
                                    news, events)),
        page("/ma-mairie/concertation", "Concerter, co-construire", P(
            "La municipalité s'est engagée à associer les habitants à chaque projet qui transforme leur quotidien. Comités consultatifs, "
            "réunions publiques de quartier, boîte à idées et plateforme en ligne : plusieurs portes d'entrée pour donner votre avis.",
            "Un élu délégué à la vie citoyenne coordonne la démarche et présente chaque année un bilan des avis recueillis et des suites données.")
             + m.link_list([("/ma-mairie/concertation/comites-consultatifs", "Les comités consultatifs"),
                            ("/ma-mairie/concertation/reunions-publiques-2025", "Les réunions publiques de 2025"),
                            ("/ma-mairie/concertation/boite-a-idees", "La boîte à idées")]),
             {"participation_displayed"}),
        page("/ma-mairie/concertation/comites-consultatifs", "Les comités consultatifs", P(
            "Quatre comités consultatifs, composés d'élus et d'habitants volontaires, préparent les décisions du conseil municipal : "
            "cadre de vie, jeunesse, solidarités, culture et patrimoine.",
            "Les candidatures des habitants sont reçues toute l'année ; chaque comité compte au moins six habitants non élus."),
             {"participation_displayed"}, parent=("Concerter, co-construire", "/ma-mairie/concertation")),
        # a calendar of public neighbourhood meetings
        page("/ma-mairie/concertation/reunions-publiques-2025", "Réunions publiques de quartier 2025", P(
            "Le maire et les élus viennent à votre rencontre dans chaque quartier pour échanger sur les projets et écouter vos demandes.")
             + '<table><thead><tr><th>Quartier</th><th>Date</th><th>Lieu</th></tr></thead><tbody>'
               '<tr><td>Centre ancien</td><td>13 mai, 18 h 30</td><td>Salle du Plot</td></tr><tr><td>Le Breuil</td><td>17 juin, 18 h 30</td><td>Salle du Breuil</td></tr>'
               '<tr><td>Les Estreys</td><td>23 septembre, 18 h 30</td><td>École des Estreys</td></tr></tbody></table>',
             {"participation_displayed"}, parent=("Concerter, co-construire", "/ma-mairie/concertation")),
        # an idea box built with the form add-on: a call for ideas whose form writes to the city
        page("/ma-mairie/concertation/boite-a-idees", "Boîte à idées", P(
            "Une idée pour améliorer la vie à Lanuéjac ? Déposez-la ici. Chaque idée est lue par le comité consultatif concerné, "
            "qui vous répond sous deux mois.")
             + '<form class="rowlike enableUnloadProtection kssattr-formname-easyform" action="/ma-mairie/concertation/boite-a-idees/@@easyform" '
               'method="post" enctype="multipart/form-data" id="form"><div class="field" id="formfield-form-widgets-theme"><label for="form-widgets-theme" class="form-label">Thème</label>'
               '<select id="form-widgets-theme" name="form.widgets.theme:list" class="select-widget choice-field form-select"><option>Cadre de vie</option><option>Jeunesse</option>'
               '<option>Solidarités</option><option>Culture</option></select></div><div class="field" id="formfield-form-widgets-idee"><label for="form-widgets-idee" class="form-label">'
               'Votre idée</label><textarea id="form-widgets-idee" name="form.widgets.idee" class="textarea-widget text-field form-control"></textarea></div>'
               '<div class="field" id="formfield-form-widgets-nom"><label for="form-widgets-nom" class="form-label">Nom (facultatif)</label><input id="form-widgets-nom" '
               'name="form.widgets.nom" class="text-widget textline-field form-control" value="" type="text"></div><div class="field"><label for="form-widgets-courriel" '
               'class="form-label">Courriel pour la réponse</label><input id="form-widgets-courriel" name="form.widgets.courriel" class="text-widget form-control" type="email"></div>'
               '<div class="formControls"><button id="form-buttons-submit" name="form.buttons.submit" class="submit-widget button-field btn btn-primary" type="submit">Déposer mon idée</button></div></form>',
             {"suggestion_call", "contact_form"}, parent=("Concerter, co-construire", "/ma-mairie/concertation")),
        # the city's page on its online space: presents the approach and links to the platform, which lives on its own host
        page("/ma-mairie/participer-en-ligne", "Participer en ligne : Lanuéjac Ensemble", P(
            "Lanuéjac Ensemble est la plateforme de participation de la commune. Vous pouvez y proposer des idées pour le centre-bourg, "
            "voter pour le budget participatif et répondre aux questionnaires des projets en cours.",
            f"<a href=\"{gv}/\" class=\"btn btn-primary\">Accéder à Lanuéjac Ensemble</a>"),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/ma-mairie/budget/compte-administratif-2024", "Compte administratif 2024", P(
            "Le compte administratif 2024, adopté le 10 avril, fait apparaître un excédent de fonctionnement de 1,1 million d'euros, affecté à l'investissement.")
             + m.docs(("ca-2024-lanuejac.pdf", "Compte administratif 2024", "1,6 Mo"), ("bp-2025-lanuejac.pdf", "Budget primitif 2025", "1,8 Mo")),
             decoys={"participatory_budget"}),
        page("/ma-mairie/enquete-publique-zone-activites", "Enquête publique : extension de la zone d'activités des Granges", P(
            "Une enquête publique préalable à la déclaration d'utilité publique se tient du 2 au 30 juin. Le commissaire enquêteur "
            "recevra le public en mairie les 2, 14 et 30 juin.", "Le registre dématérialisé est accessible depuis le site de la préfecture."),
             decoys={"poll"}),
        page("/actualites/enquete-cadre-de-vie-insee", "Une enquête de l'Insee dans la commune", P(
            "L'Insee réalise jusqu'au 30 avril l'enquête Cadre de vie et sécurité. Quelques ménages de la commune, tirés au sort, seront "
            "interrogés par une enquêtrice munie d'une carte officielle. Merci de lui réserver un bon accueil."),
             decoys={"poll"}),
        # the city's page inviting to an open questionnaire, with the button that leads to it
        page("/actualites/questionnaire-mobilite", "Mobilité : répondez au questionnaire", P(
            "La commune prépare son schéma des mobilités. Pour connaître vos déplacements, un questionnaire en ligne est ouvert à tous "
            "les habitants jusqu'au 15 juillet.",
            f"<a class=\"btn btn-primary\" href=\"{ls}/index.php/482915?lang=fr\">Répondre au questionnaire</a>",
            "Des exemplaires papier sont disponibles à l'accueil de la mairie."),
             {"poll"}),
        page("/actualites/sondage-marche-resultats", "Marché du samedi : les résultats du sondage", P(
            "Le sondage sur l'emplacement du marché est clos. 684 réponses : 71 % des participants souhaitent le maintenir place du Plot.",
            f"Le sondage précédent sur les horaires de la piscine est également <a href=\"{ls}/index.php/739204?lang=fr\">clos</a>."),
             decoys={"poll"}),
        page("/actualites/forum-des-associations", "Forum des associations", P(
            "Samedi 6 septembre, de 9 h à 17 h, gymnase du Breuil : plus de soixante associations sportives, culturelles et solidaires présentent leurs activités."),
             decoys={"forum"}),
        page("/vie-pratique/securite/participation-citoyenne", "Participation citoyenne et voisins référents", P(
            "Le dispositif de participation citoyenne, piloté par la gendarmerie, s'appuie sur des habitants référents de quartier qui "
            "relaient les informations de prévention et signalent les comportements suspects.",
            "Une convention a été signée avec le préfet de la Haute-Loire en 2022."),
             decoys={"participation_displayed"}),
        page("/vie-pratique/inscription-newsletter", "S'inscrire à la lettre d'information", P("Une lettre par mois, pas de publicité.")
             + '<form method="post" action="/vie-pratique/inscription-newsletter/@@subscribe" class="newsletter-subscribe"><label for="nl-email">Courriel</label>'
               '<input type="email" name="form.widgets.email" id="nl-email" class="form-control"><button type="submit" class="btn btn-primary">Je m\'inscris</button></form>',
             decoys={"contact_form"}),
        page("/contact", "Contacter la mairie", P("Mairie de Lanuéjac-en-Velay, 2 place du Plot. Tél. 04 71 00 00 00.")
             + '<form action="/contact-info" method="post" class="pat-formunloadalert" id="contact-form"><div class="field"><label for="sender_fullname">Nom</label>'
               '<input type="text" id="sender_fullname" name="form.widgets.sender_fullname" class="form-control"></div><div class="field"><label for="sender_from_address">'
               'Adresse e-mail</label><input type="email" id="sender_from_address" name="form.widgets.sender_from_address" class="form-control"></div>'
               '<div class="field"><label for="subject">Objet</label><input type="text" id="subject" name="form.widgets.subject" class="form-control"></div>'
               '<div class="field"><label for="message">Message</label><textarea id="message" name="form.widgets.message" rows="8" class="form-control"></textarea></div>'
               '<button type="submit" name="form.buttons.send" class="btn btn-primary">Envoyer</button></form>',
             {"contact_form"}),
    ]
    return Site(LANUEJAC, m.PLONE, "Lanuéjac-en-Velay", pages,
                menu=[("Ma mairie", "/ma-mairie/concertation"), ("Actualités", "/actualites/questionnaire-mobilite"),
                      ("Vie pratique", "/vie-pratique/inscription-newsletter"), ("Contact", "/contact")],
                accounts=[social("facebook", "lanuejacenvelay"), social("instagram", "lanuejac.en.velay")],
                address="Mairie, 2 place du Plot, 43000 Lanuéjac-en-Velay")


def _lanuejac_surveys():
    pages = [
        page("/", "Questionnaires de la commune de Lanuéjac-en-Velay", P("Liste des questionnaires publics disponibles :")
             + '<ul class="surveys-list"><li><a href="/index.php/482915?lang=fr" class="surveytitle">Vos déplacements au quotidien</a></li></ul>'),
        page("/index.php/482915?lang=fr", "Vos déplacements au quotidien",
             '<div class="survey-welcome"><p>Ce questionnaire anonyme prend une dizaine de minutes. Il est ouvert jusqu\'au 15 juillet.</p></div>'
             + m.limesurvey_questions(482915, 12, [
                 ("Quel est votre principal moyen de transport pour aller travailler ?", "L", ["Voiture", "Bus", "Vélo", "À pied", "Je ne travaille pas"]),
                 ("Combien de temps dure ce trajet ?", "L", ["Moins de 15 minutes", "15 à 30 minutes", "Plus de 30 minutes"]),
                 ("Qu'est-ce qui vous ferait changer de mode de transport ?", "T", None)]),
             {"poll"}),
        page("/index.php/739204?lang=fr", "Horaires de la piscine",
             '<div class="alert alert-warning ls-survey-closed" role="alert"><p>Ce questionnaire n\'est plus actif.</p>'
             '<p>Merci aux 412 personnes qui ont répondu. Les résultats ont été publiés dans le bulletin municipal.</p></div>',
             decoys={"poll"}),
    ]
    return Site(LANUEJAC_SURVEYS, m.LIMESURVEY, "Enquêtes de Lanuéjac-en-Velay", pages)


def _lanuejac_govocal():
    bp = "/fr-FR/projects/budget-participatif-2025"
    pages = [
        page("/", "Lanuéjac Ensemble", P("Bienvenue sur Lanuéjac Ensemble. Partagez vos idées et participez aux projets de la commune.")
             + '<section id="e2e-projects-list"><h2>Projets en cours</h2>'
             + m.link_list([("/fr-FR/projects/vos-idees-pour-le-centre-bourg", "Vos idées pour le centre-bourg"),
                            (bp, "J'ai une idée pour Lanuéjac - budget participatif 2025"),
                            ("/fr-FR/projects/amenagement-des-berges", "Aménagement des berges de la Borne"),
                            ("/fr-FR/projects/charte-des-terrasses", "Charte des terrasses (terminé)"),
                            ("/fr-FR/pages/faq", "Questions fréquentes")], "e2e-project-cards") + "</section>"),
        page("/fr-FR/projects/vos-idees-pour-le-centre-bourg", "Vos idées pour le centre-bourg", P(
            "Le centre-bourg va être réaménagé en 2026. Avant le travail des architectes, nous voulons connaître vos idées : "
            "places, commerces, circulation, végétalisation.")
             + '<button type="button" class="e2e-idea-button" data-href="/fr-FR/projects/vos-idees-pour-le-centre-bourg/ideas/new">Soumettre une idée</button>'
             + m.govocal_idea_cards([("/fr-FR/ideas/une-fontaine-place-du-marche", "Une fontaine place du Marché", 34, 5),
                                     ("/fr-FR/ideas/plus-d-arbres-rue-pannessac", "Plus d'arbres rue Pannessac", 28, 2)]),
             {"suggestion_call"}),
        page("/fr-FR/ideas/une-fontaine-place-du-marche", "Une fontaine place du Marché", P(
            "Remettre en eau l'ancienne fontaine de la place du Marché, démontée dans les années 1970, pour rafraîchir la place l'été.")
             + '<div class="e2e-idea-sidebar"><span class="e2e-vote-count">34 votes</span><button class="e2e-ideacard-upvote-button">Voter pour</button></div>'
             + m.govocal_comments("fontaine", [("Hélène", "il y a 3 jours", "Les pierres sont stockées aux services techniques, je crois."),
                                               ("Bastien", "il y a 2 jours", "Bonne idée pour les jours de marché.")]),
             {"suggestion_call", "comments"}),
        page("/fr-FR/ideas/plus-d-arbres-rue-pannessac", "Plus d'arbres rue Pannessac", P(
            "La rue Pannessac est très minérale. Quelques arbres en pleine terre et des bacs fleuris la rendraient plus agréable.")
             + m.govocal_comments("arbres", [("Jeanne", "il y a 5 jours", "Attention aux livraisons des commerces.")]),
             {"suggestion_call", "comments"}),
        # the participatory budget under the local brand "J'ai une idée pour Lanuéjac"
        page(bp, "J'ai une idée pour Lanuéjac - budget participatif 2025", P(
            "80 000 euros pour réaliser les projets des habitants. Les projets retenus après l'étude de faisabilité sont soumis au vote jusqu'au 30 septembre.")
             + m.govocal_timeline([("Dépôt des projets", "1er mars - 30 avril", False), ("Étude de faisabilité", "mai - juin", False),
                                   ("Vote", "1er juillet - 30 septembre", True), ("Réalisation", "2026", False)])
             + m.link_list([(bp + "/ideas", "Voir les projets et voter")]),
             {"participatory_budget"}),
        page(bp + "/ideas", "Projets soumis au vote", P("Vous disposez de 80 000 euros : répartissez-les entre les projets de votre choix.")
             + '<div class="e2e-budgeting-box"><span>Budget restant : 80 000 €</span><button class="e2e-submit-budget">Valider mon panier</button></div>'
             + m.govocal_idea_cards([("/fr-FR/ideas/une-fontaine-place-du-marche", "Remise en eau de la fontaine (18 000 €)", 0, 0)]),
             {"participatory_budget"}),
        page("/fr-FR/projects/amenagement-des-berges", "Aménagement des berges de la Borne", P(
            "Nous préparons un sentier le long de la Borne. Dites-nous comment vous utilisez les berges aujourd'hui.")
             + m.link_list([("/fr-FR/projects/amenagement-des-berges/survey", "Répondre à l'enquête")])),
        page("/fr-FR/projects/amenagement-des-berges/survey", "Enquête : les berges de la Borne", m.govocal_survey([
            ("À quelle fréquence allez-vous sur les berges ?", ["Chaque semaine", "Chaque mois", "Rarement"]),
            ("Pour quelle activité ?", ["Promenade", "Pêche", "Course à pied", "Jeux avec les enfants"]),
            ("Que souhaiteriez-vous y trouver ?", [])]), {"poll"}),
        # a finished project: the poll's results only
        page("/fr-FR/projects/charte-des-terrasses", "Charte des terrasses (terminé)", P(
            "Ce projet est terminé. Le sondage a recueilli 233 réponses ; la charte a été adoptée par le conseil municipal en janvier.")
             + '<div class="e2e-poll-results"><p>Faut-il autoriser les terrasses jusqu\'à 23 h ? Oui : 58 % - Non : 42 %</p></div>',
             decoys={"poll"}),
        page("/fr-FR/pages/faq", "Questions fréquentes", P(
            "Qui peut participer ? Tous les habitants de Lanuéjac-en-Velay à partir de 12 ans. Faut-il un compte ? Oui, pour proposer, voter ou commenter.")),
    ]
    return Site(LANUEJAC_VOCAL, "govocal", "Lanuéjac Ensemble", pages,
                menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/vos-idees-pour-le-centre-bourg"), ("FAQ", "/fr-FR/pages/faq")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))


def lanuejac():
    return City("99953", "Lanuéjac-en-Velay", 12_930, "43", "84", "Auvergne-Rhône-Alpes", f"http://{LANUEJAC}/",
                [_lanuejac_www(), _lanuejac_govocal(), _lanuejac_surveys()])


# =====================================================================================================
# 99954 Ferrandières (Puy-de-Dôme): DSFR-like city site, Consultvox space, Tally and Microsoft Forms embeds
# =====================================================================================================

FERRANDIERES = "www.ferrandieres.fr"
FERRANDIERES_CVX = "ferrandieres.consultvox.co"
_OT_FACEBOOK = "https://www.facebook.com/tourisme.ferrandieres.volcans"
_OT_INSTAGRAM = "https://www.instagram.com/ferrandieres_tourisme"


def _ferrandieres_www():
    cvx = f"http://{FERRANDIERES_CVX}"
    base = "/la-ville-et-vous/participer"
    news = [(base + "/appel-a-idees-parc-des-sources", "Parc des Sources : un appel à idées", "05/05/2025", "Imaginez avec nous le futur parc."),
            (base + "/questionnaire-rythmes-scolaires", "Rythmes scolaires : les parents consultés", "12/05/2025", "Questionnaire ouvert jusqu'au 13 juin."),
            ("/actualites/consultation-skatepark-bilan", "Skatepark : le bilan de la consultation", "02/04/2025", "Le projet retenu sera construit en 2026."),
            ("/actualites/petition-senat-rn89", "RN 89 : la commune soutient la mise à deux fois deux voies", "18/03/2025", "Une pétition est ouverte au Sénat.")]
    events = [("10", "juin", "Conseil de quartier Nord", "Maison des associations", base + "/conseils-de-quartier"),
              ("14", "juin", "Concours photo : remise des prix", "Médiathèque", "/culture/concours-photo"),
              ("3", "juil.", "Conseil municipal", "Hôtel de ville")]
    pages = [
        page("/", "Accueil", m.home("Ferrandières, ville thermale au pied des volcans.",
                                    [(base, "Participer"), (cvx + "/", "Ferrandières participe"), ("/contact", "Contact"),
                                     ("/demarches/rendez-vous-titres-identite", "Passeport et CNI"), ("/la-ville-et-vous/budget-2025", "Budget 2025"),
                                     ("/la-ville-et-vous/marches-publics", "Marchés publics"), ("/securite/participation-citoyenne", "Sécurité"),
                                     ("/tourisme", "Tourisme")], news, events)),
        page(base, "Participer à la vie de la cité", P(
            "À Ferrandières, la démocratie locale ne s'arrête pas au bulletin de vote. Conseils de quartier, conseil des sages, appels à idées, "
            "questionnaires et budget participatif : la Ville vous donne la parole tout au long du mandat.",
            f"Les démarches en ligne sont regroupées sur <a href=\"{cvx}/\">Ferrandières participe</a>.")
             + '<div class="fr-grid-row fr-grid-row--gutters">' + "".join(
                 f'<div class="fr-col-12 fr-col-md-4"><div class="fr-tile fr-enlarge-link"><div class="fr-tile__body"><h3 class="fr-tile__title">'
                 f'<a class="fr-tile__link" href="{h}">{t}</a></h3></div></div></div>'
                 for h, t in [(base + "/conseils-de-quartier", "Les conseils de quartier"), (base + "/conseil-des-sages", "Le conseil des sages"),
                              (base + "/appel-a-idees-parc-des-sources", "Appel à idées : le parc des Sources")]) + "</div>",
             {"participation_displayed"}),
        page(base + "/conseils-de-quartier", "Les conseils de quartier", P(
            "Quatre conseils de quartier (Nord, Centre, Les Thermes, La Croix-Neyrat) rassemblent chacun quinze habitants désignés pour trois ans, "
            "dont la moitié tirés au sort sur les listes électorales. Ils émettent des avis et portent des projets de quartier.")
             + m.link_list([(base + "/conseils-de-quartier/compte-rendu-nord-2025-02", "Compte rendu du conseil de quartier Nord (février 2025)")]),
             {"participation_displayed"}, parent=("Participer", base)),
        # the minutes of a neighbourhood council's meeting
        page(base + "/conseils-de-quartier/compte-rendu-nord-2025-02", "Conseil de quartier Nord : compte rendu du 4 février 2025", P(
            "Présents : 12 membres, 2 élus, 9 habitants du public. Points abordés : vitesse avenue de Royat (demande de radar pédagogique transmise "
            "aux services), fleurissement du rond-point, préparation de la fête de quartier.",
            "Prochaine réunion : mardi 10 juin, maison des associations. La réunion est ouverte au public."),
             {"participation_displayed"}, parent=("Les conseils de quartier", base + "/conseils-de-quartier")),
        page(base + "/conseil-des-sages", "Le conseil des sages", P(
            "Instance consultative de 24 membres de plus de 60 ans, le conseil des sages apporte au maire sa réflexion sur les projets de la ville. "
            "Il a récemment rendu un avis sur l'accessibilité des bus et sur l'aménagement du cimetière."),
             {"participation_displayed"}, parent=("Participer", base)),
        # a call for ideas whose form is an embedded Tally form
        page(base + "/appel-a-idees-parc-des-sources", "Appel à idées : le parc des Sources", P(
            "La Ville rachète l'ancien parc de l'établissement thermal. Avant tout projet, nous lançons un appel à idées ouvert à tous : "
            "jeux, jardins, kiosque, guinguette… Proposez vos idées jusqu'au 30 juin via le formulaire ci-dessous.")
             + m.iframe("https://tally.so/embed/w4Rz8e?alignLeft=1&hideTitle=1&transparentBackground=1&dynamicHeight=1", "Appel à idées parc des Sources", 600)
             + '<script async src="https://tally.so/widgets/embed.js"></script>',
             {"suggestion_call"}, parent=("Participer", base)),
        page(base + "/questionnaire-rythmes-scolaires", "Questionnaire : les rythmes scolaires", P(
            "Faut-il revenir à la semaine de quatre jours ? La Ville consulte les familles et les habitants jusqu'au 13 juin.")
             + m.iframe("https://forms.office.com/Pages/ResponsePage.aspx?id=Qx7hT2mVZk6p3bLrYc0NwA8sJ1UuFv4kXm2Pq9RtLdBUNkFZT0JQUjRYM0lHN1RMTC4u&embed=true",
                        "Questionnaire rythmes scolaires", 1100),
             {"poll"}, parent=("Participer", base)),
        # a closed consultation's review: no questionnaire or call left open
        page("/actualites/consultation-skatepark-bilan", "Skatepark : le bilan de la consultation", P(
            "La consultation sur le futur skatepark est close. 318 jeunes ont répondu au questionnaire et 41 idées ont été déposées.",
            "Le projet retenu, un bowl avec une zone street, sera construit à la Croix-Neyrat en 2026.")
             + '<div class="fr-callout"><p class="fr-callout__text">Merci à tous les participants ! Les résultats détaillés sont disponibles en mairie.</p></div>',
             decoys={"poll", "suggestion_call"}),
        page("/la-ville-et-vous/budget-2025", "Budget 2025", P(
            "Le conseil municipal a adopté le budget primitif 2025 le 13 mars : 26,9 millions d'euros, dont 7,4 millions d'investissement, sans hausse des taux.")
             + m.docs(("budget-primitif-2025-ferrandieres.pdf", "Budget primitif 2025", "2,3 Mo")),
             decoys={"participatory_budget"}),
        page("/la-ville-et-vous/marches-publics", "Marchés publics", P(
            "Avis d'appel public à la concurrence : rénovation énergétique de l'école des Thermes (3 lots). Date limite de réception des offres : 11 juillet, 12 h."),
             decoys={"suggestion_call"}),
        page("/culture/concours-photo", "Concours photo : « Ma ville au fil de l'eau »", P(
            "La médiathèque organise un concours photo ouvert aux amateurs. Trois photos maximum par participant, à envoyer avant le 31 mai. "
            "Les lauréats seront exposés tout l'été."),
             decoys={"suggestion_call"}),
        page("/securite/participation-citoyenne", "Participation citoyenne : un dispositif de la gendarmerie", P(
            "La commune adhère au dispositif de participation citoyenne de la gendarmerie nationale. Les référents de quartier sont en lien avec "
            "la brigade de Ferrandières pour prévenir les cambriolages."),
             decoys={"participation_displayed"}),
        page("/actualites/petition-senat-rn89", "RN 89 : la commune soutient la mise à deux fois deux voies", P(
            "Le conseil municipal a adopté un vœu pour la sécurisation de la RN 89. Une pétition a été déposée sur la plateforme "
            "<a href=\"https://petitions.senat.fr/initiatives/i-1234\">e-pétitions du Sénat</a> par un collectif d'usagers."),
             decoys={"petition"}),
        page("/tourisme", "Tourisme", P(
            "L'office de tourisme Ferrandières - Volcans vous accueille toute l'année place des Thermes. Suivez ses actualités sur "
            f"<a href=\"{_OT_FACEBOOK}\">Facebook</a> et <a href=\"{_OT_INSTAGRAM}\">Instagram</a>.")),
        page("/contact", "Contact", P("Les champs marqués d'un astérisque sont obligatoires.")
             + '<form class="fr-form" action="/contact/envoi" method="post"><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Vos coordonnées</legend>'
               '<div class="fr-input-group"><label class="fr-label" for="nom">Nom *</label><input class="fr-input" type="text" id="nom" name="nom" required></div>'
               '<div class="fr-input-group"><label class="fr-label" for="courriel">Courriel *<span class="fr-hint-text">Format : nom@domaine.fr</span></label>'
               '<input class="fr-input" type="email" id="courriel" name="courriel" required></div></fieldset>'
               '<div class="fr-select-group"><label class="fr-label" for="service">Service concerné</label><select class="fr-select" id="service" name="service">'
               '<option>Accueil</option><option>Services techniques</option><option>Enfance</option></select></div>'
               '<div class="fr-input-group"><label class="fr-label" for="demande">Votre demande *</label><textarea class="fr-input" id="demande" name="demande" rows="6"></textarea></div>'
               '<button class="fr-btn" type="submit">Envoyer</button></form>',
             {"contact_form"}),
        page("/demarches/rendez-vous-titres-identite", "Prendre rendez-vous : passeport et carte d'identité", P("Choisissez un créneau au service état civil.")
             + '<form class="fr-form" action="/demarches/rendez-vous/creneau" method="post"><div class="fr-select-group"><label class="fr-label" for="titre">Titre demandé</label>'
               '<select class="fr-select" id="titre" name="titre"><option>Carte d\'identité</option><option>Passeport</option></select></div>'
               '<div class="fr-input-group"><label class="fr-label" for="jour">Date</label><input class="fr-input" type="date" id="jour" name="jour"></div>'
               '<div class="fr-input-group"><label class="fr-label" for="personnes">Nombre de personnes</label><input class="fr-input" type="number" id="personnes" name="personnes"></div>'
               '<div class="fr-input-group"><label class="fr-label" for="rdv-mail">Courriel</label><input class="fr-input" type="email" id="rdv-mail" name="courriel"></div>'
               '<button class="fr-btn" type="submit">Réserver le créneau</button></form>',
             decoys={"contact_form"}),
    ]
    return Site(FERRANDIERES, m.DSFR, "Ville de Ferrandières", pages,
                menu=[("La ville et vous", base), ("Démarches", "/demarches/rendez-vous-titres-identite"), ("Tourisme", "/tourisme"),
                      ("Participer", cvx + "/"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeFerrandieres"), social("x", "Ferrandieres63"),
                          social("mastodon", "ferrandieres@piaille.fr"), social("bluesky", "ferrandieres.fr")],
                address="Hôtel de ville, 1 place de la République, 63000 Ferrandières")


def _ferrandieres_consultvox():
    bp = "/project/12/budget-participatif-ferrandieres-2025"
    pages = [
        page("/", "Ferrandières participe", P("La plateforme de participation citoyenne de la ville de Ferrandières.")
             + '<section class="cvx-projects"><h2>Les projets</h2>'
             + m.link_list([(bp, "Budget participatif 2025"), ("/project/15/mobilites-douces-votre-avis", "Mobilités douces : votre avis"),
                            ("/project/9/budget-participatif-2023", "Budget participatif 2023 (terminé)"),
                            ("/project/7/plan-local-de-sante", "Plan local de santé (terminé)"),
                            ("/blog/301/reglement-du-budget-participatif", "Le règlement du budget participatif")], "cvx-project-list") + "</section>"),
        page(bp, "Budget participatif 2025", P(
            "Vous avez un projet pour votre quartier ? La Ville consacre 150 000 euros à des projets proposés et choisis par les habitants.")
             + m.steps([("Dépôt des projets", "du 15 avril au 15 juin", "current"), ("Étude de recevabilité", "été 2025", "future"),
                        ("Vote", "octobre 2025", "future"), ("Lauréats", "novembre 2025", "future")], "cvx-phases")
             + m.link_list([(bp + "/contributions", "Déposer et consulter les projets")]),
             {"participatory_budget"}),
        # the budget's filing step: residents file their projects
        page(bp + "/contributions", "Dépôt des projets", P("Le dépôt est ouvert jusqu'au 15 juin. 37 projets déposés.")
             + '<a class="cvx-btn cvx-btn--primary" href="/login">Déposer un projet</a>'
             + '<ul class="cvx-contributions"><li class="cvx-card"><a href="/contribution/845/jardin-partage-des-vignes">Un jardin partagé aux Vignes</a> · 23 soutiens</li>'
               '<li class="cvx-card">Des toilettes publiques au parc thermal · 17 soutiens</li></ul>',
             {"participatory_budget", "suggestion_call"}),
        page("/contribution/845/jardin-partage-des-vignes", "Un jardin partagé aux Vignes", P(
            "Transformer la pelouse au pied des immeubles des Vignes en jardin partagé, avec un récupérateur d'eau et un abri à outils. Coût estimé : 12 000 euros.")
             + m.consultvox_comments(845, [("Fatima", "12/05/2025", "Les enfants de l'école pourraient participer."),
                                           ("Yves", "14/05/2025", "Il faudra une association pour l'entretien.")]),
             {"participatory_budget", "comments"}),
        page("/blog/301/reglement-du-budget-participatif", "Règlement du budget participatif", P(
            "Qui peut proposer ? Tout habitant de plus de 12 ans, seul ou en collectif. Quels projets ? Des dépenses d'investissement, d'intérêt général, "
            "sur le territoire communal, d'un montant inférieur à 50 000 euros.",
            "Le vote a lieu en ligne et dans les bureaux de quartier ; chaque votant choisit trois projets."),
             {"participatory_budget"}),
        page("/project/9/budget-participatif-2023", "Budget participatif 2023 : les lauréats", P("Édition terminée. Six projets lauréats sur 28 soumis au vote :")
             + m.bullets("Des boîtes à livres dans chaque quartier (réalisé)", "Un parcours sportif au bois de la Pauze (réalisé)", "Des bancs avenue de Royat (réalisé)"),
             {"participatory_budget"}),
        page("/project/15/mobilites-douces-votre-avis", "Mobilités douces : votre avis", P("Questionnaire ouvert jusqu'au 30 juin.")
             + m.consultvox_questionnaire(15, [("Utilisez-vous le vélo pour vos trajets quotidiens ?", ["Oui", "Parfois", "Non"]),
                                               ("Où faudrait-il des arceaux à vélos ?", []),
                                               ("Seriez-vous favorable à une zone 30 dans tout le centre ?", ["Oui", "Non", "Sans avis"])]),
             {"poll"}),
        page("/project/7/plan-local-de-sante", "Plan local de santé (terminé)", P(
            "Ce questionnaire est clôturé depuis le 31 décembre 2024. 529 contributions ont été recueillies ; la synthèse est en ligne.")
             + '<div class="cvx-results"><p>Accès à un médecin traitant : difficile pour 62 % des répondants.</p></div>',
             decoys={"poll"}),
    ]
    return Site(FERRANDIERES_CVX, m.CONSULTVOX, "Ferrandières participe", pages,
                menu=[("Accueil", "/"), ("Budget participatif", bp), ("Questionnaires", "/project/15/mobilites-douces-votre-avis")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"consultvox"}))


def ferrandieres():
    return City("99954", "Ferrandières", 27_318, "63", "84", "Auvergne-Rhône-Alpes", f"http://{FERRANDIERES}/",
                [_ferrandieres_www(), _ferrandieres_consultvox()], decoy_accounts=(_OT_FACEBOOK, _OT_INSTAGRAM))


# =====================================================================================================
# 99955 Roucayrols (Dordogne): a small town on a WordPress theme; Framaforms and Google Forms embeds
# =====================================================================================================

ROUCAYROLS = "www.roucayrols.fr"


def _roucayrols_www():
    poll = m.forminator_poll(2318, "Le marché de producteurs : quel soir préférez-vous ?", ["Mardi", "Jeudi", "Vendredi"])
    news_side = m.wp_sidebar(
        '<section class="widget widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul>'
        '<li><a href="/actualites/travaux-de-voirie">Travaux de voirie route de Sarlat</a></li>'
        '<li><a href="/actualites/repas-des-aines">Repas des aînés</a></li>'
        '<li><a href="/actualites/reunions-de-hameaux">Réunions de hameaux</a></li></ul></section>')
    news = [("/actualites/marche-de-producteurs", "Un marché de producteurs cet été", "02/06/2025", "Votez pour le jour qui vous convient."),
            ("/actualites/travaux-de-voirie", "Travaux de voirie route de Sarlat", "26/05/2025", "Circulation alternée jusqu'au 20 juin."),
            ("/actualites/reunions-de-hameaux", "Les réunions de hameaux reprennent", "12/05/2025", "Le maire vient à votre rencontre."),
            ("/actualites/repas-des-aines", "Repas des aînés", "03/03/2025", "Un beau moment de partage à la salle des fêtes.")]
    events = [("14", "juin", "Réunion du hameau de Lacoste", "Ancienne école de Lacoste", "/actualites/reunions-de-hameaux"),
              ("7", "sept.", "Forum des associations", "Salle des fêtes", "/vivre-a-roucayrols/associations/forum-des-associations"),
              ("13", "juil.", "Bal et feu d'artifice", "Place de l'Église")]
    pages = [
        page("/", "Accueil", m.home("Bienvenue à Roucayrols, village du Périgord noir.",
                                    [("/participez/boite-a-idees", "Boîte à idées (suspendue)"), ("/participez/questionnaire-salle-des-fetes", "Questionnaire salle des fêtes"),
                                     ("/la-commune/vie-municipale/roucayrols-en-partage", "Roucayrols en partage"), ("/vivre-a-roucayrols/entraide-voisins", "Entraide entre voisins"),
                                     ("/vivre-a-roucayrols/salle-des-fetes/reservation", "Réserver la salle"), ("/contact", "Contact"),
                                     ("/la-commune/recensement-2026", "Recensement"), ("/actualites/appel-a-projets-fonds-associatif", "Fonds associatif")],
                                    news, events, extra=m.link_list([("/actualites/resultats-sondage-illuminations", "Résultats du sondage sur les illuminations"),
                                                                     ("/actualites/petition-medecins", "Désert médical : le maire s'exprime")]))),
        # the small town's approach under its own name, with its meetings and commissions
        page("/la-commune/vie-municipale/roucayrols-en-partage", "Roucayrols en partage", P(
            "Roucayrols en partage, c'est notre façon de décider ensemble : des réunions dans chaque hameau deux fois par an, des commissions "
            "extra-municipales ouvertes aux habitants et des questionnaires avant chaque projet important.",
            "Parce qu'un village de 3 000 habitants se construit avec tous ceux qui y vivent.")
             + m.link_list([("/la-commune/vie-municipale/commissions-extra-municipales", "Les commissions extra-municipales"),
                            ("/actualites/reunions-de-hameaux", "Les réunions de hameaux")]),
             {"participation_displayed"}),
        page("/la-commune/vie-municipale/commissions-extra-municipales", "Les commissions extra-municipales", P(
            "Trois commissions extra-municipales associent élus et habitants : environnement et chemins, animation et culture, école et jeunesse. "
            "Tout habitant peut y siéger ; il suffit de se faire connaître en mairie.")
             + _with_meeting("Prochaine réunion de la commission chemins : mardi 17 juin, 20 h, mairie."),
             {"participation_displayed"}),
        page("/la-commune/vie-municipale/conseil-municipal", "Le conseil municipal", P(
            "Quinze conseillers municipaux. Les comptes rendus des séances sont affichés en mairie et publiés ci-dessous.")
             + m.docs(("cr-cm-2025-05-22.pdf", "Compte rendu du 22 mai 2025", "210 Ko"), ("cr-cm-2025-04-03.pdf", "Compte rendu du 3 avril 2025", "198 Ko")),
             decoys={"participation_displayed"}),
        page("/la-commune/vie-municipale/budget", "Budget communal", P(
            "Budget primitif 2025 : 2,4 millions d'euros en fonctionnement, 0,9 million en investissement (toiture de l'église, voirie communale)."),
             decoys={"participatory_budget"}),
        # the idea box is suspended before the elections: the page remains, with no form and no call open
        page("/participez/boite-a-idees", "Boîte à idées", P(
            "La boîte à idées en ligne est suspendue jusqu'aux élections municipales de mars 2026, période de réserve oblige.",
            "Les idées reçues en 2024 et 2025 (47 au total) ont toutes reçu une réponse ; onze ont été réalisées, dont le fleurissement du lavoir "
            "et la navette du marché."),
             decoys={"suggestion_call", "contact_form"}),
        page("/participez/questionnaire-salle-des-fetes", "Questionnaire : l'avenir de la salle des fêtes", P(
            "La salle des fêtes a besoin d'une rénovation complète. Avant de choisir entre plusieurs scénarios, le conseil municipal souhaite "
            "connaître vos usages et vos attentes. Questionnaire ouvert jusqu'au 31 juillet.")
             + m.iframe("https://framaforms.org/lavenir-de-la-salle-des-fetes-de-roucayrols-1712345678", "Questionnaire salle des fêtes", 1200),
             {"poll"}),
        page("/participez/sondage-cantine", "Sondage : la cantine de l'école", P(
            "Parents, grands-parents, enfants : dites-nous ce que vous pensez des repas de la cantine et de l'approvisionnement local.")
             + m.iframe("https://docs.google.com/forms/d/e/1FAIpQLSfR0ucayr0lsCantine2025xYz/viewform?embedded=true", "Sondage cantine", 1400),
             {"poll"}),
        page("/actualites/marche-de-producteurs", "Un marché de producteurs cet été", m.with_sidebar(
            P("Cet été, une dizaine de producteurs du canton s'installeront place de l'Église un soir par semaine, de 17 h à 21 h.",
              "Votez dans l'encadré pour le soir qui vous convient le mieux, et laissez-nous vos remarques en commentaire.")
            + m.wp_comments(231, [("Josiane", "3 juin 2025 à 18 h 12", "Le jeudi, c'est parfait, il n'y a rien d'autre ce soir-là.")]),
            m.wp_sidebar(poll)),
             {"poll", "comments"}),
        page("/actualites/travaux-de-voirie", "Travaux de voirie route de Sarlat", m.with_sidebar(
            P("Le Département refait la chaussée de la route de Sarlat entre le bourg et Lacoste. Circulation alternée jusqu'au 20 juin.")
            + m.wp_comments(228, [("Alain B.", "27 mai 2025 à 9 h 40", "Et le fossé devant chez moi, il sera curé ?"),
                                  ("Mairie de Roucayrols", "27 mai 2025 à 14 h 05", "Oui, le curage est prévu dans le même chantier.")]), news_side),
             {"comments"}),
        page("/actualites/repas-des-aines", "Repas des aînés", m.with_sidebar(
            P("Cent douze convives ont partagé le repas des aînés, préparé par l'auberge du village et animé par l'accordéon de Marcel.")
            + m.wp_comments(219, [], open_=False), news_side),
             decoys={"comments"}),
        page("/actualites/reunions-de-hameaux", "Les réunions de hameaux reprennent", P(
            "Le maire et les adjoints viennent à votre rencontre dans chaque hameau pour parler des chemins, de l'éclairage, de la collecte des déchets "
            "et de vos projets. Prochaine réunion : samedi 14 juin à 10 h, ancienne école de Lacoste."),
             {"participation_displayed"}),
        page("/actualites/resultats-sondage-illuminations", "Illuminations de Noël : les résultats du sondage",
             m.forminator_results(2290, "Faut-il illuminer aussi les hameaux ?", [("Oui", 58, 97), ("Non", 34, 57), ("Sans avis", 8, 13)], 167),
             decoys={"poll"}),
        page("/actualites/petition-medecins", "Désert médical : le maire s'exprime", P(
            "Le maire a co-signé la tribune des élus ruraux sur l'accès aux soins. Une pétition nationale circule sur "
            "<a href=\"https://www.mesopinions.com/petition/sante/medecins-campagne/12345\">mesopinions.com</a>."),
             decoys={"petition"}),
        # mutual help by telephone through the social action centre: neighbours help each other, but no network on line
        page("/vivre-a-roucayrols/entraide-voisins", "Entraide entre voisins", P(
            "Le CCAS tient une liste de bénévoles prêts à rendre service à leurs voisins : courses, petits travaux, visites aux personnes isolées.",
            "Pour proposer votre aide ou en demander, appelez le secrétariat de mairie au 05 53 00 00 00 ; nous vous mettons en relation."),
             decoys={"territorial_social_network"}),
        page("/vivre-a-roucayrols/participation-citoyenne", "Participation citoyenne", P(
            "La commune a signé en 2023 un protocole de participation citoyenne avec la gendarmerie de Sarlat. Cinq habitants référents, "
            "un par secteur, relaient les conseils de prévention et signalent les faits suspects."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/vivre-a-roucayrols/associations/forum-des-associations", "Forum des associations", P(
            "Dimanche 7 septembre, salle des fêtes : inscriptions au club de randonnée, à la gym, à l'atelier théâtre et au comité des fêtes."),
             decoys={"forum"}),
        page("/contact", "Contact", P("Mairie de Roucayrols, le Bourg. Secrétariat ouvert lundi, mardi, jeudi et vendredi, de 9 h à 12 h.")
             + m.wp_cf7("/contact/", 5, [("your-name", "Votre nom", "text"), ("your-email", "Votre e-mail", "email"),
                                         ("your-subject", "Objet", "text"), ("your-message", "Votre message", "textarea"),
                                         ("rgpd", "J'accepte que mes données soient utilisées pour me répondre", "acceptance")]),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/vivre-a-roucayrols/salle-des-fetes/reservation", "Réserver la salle des fêtes", P("Tarifs : 150 euros le week-end pour les habitants.")
             + m.wp_cf7("/vivre-a-roucayrols/salle-des-fetes/reservation/", 77, [("nom", "Nom", "text"), ("email", "E-mail", "email"),
                                                                                 ("date-resa", "Date souhaitée", "date"), ("tel", "Téléphone", "tel")],
                        submit="Demander la réservation"),
             decoys={"contact_form"}),
        page("/la-commune/recensement-2026", "Recensement 2026", P(
            "Le recensement de la population aura lieu du 15 janvier au 14 février 2026. Deux agents recenseurs passeront dans tous les foyers. "
            "Vous pourrez répondre par internet ou sur papier."),
             decoys={"poll"}),
        page("/actualites/appel-a-projets-fonds-associatif", "Appel à projets : le fonds d'initiatives associatives", P(
            "La communauté de communes ouvre son appel à projets annuel pour les associations : jusqu'à 3 000 euros de subvention. Dossiers avant le 30 septembre."),
             decoys={"suggestion_call"}),
    ]
    return Site(ROUCAYROLS, "wordpress", "Commune de Roucayrols", pages,
                menu=[("La commune", "/la-commune/vie-municipale/roucayrols-en-partage"), ("Conseil municipal", "/la-commune/vie-municipale/conseil-municipal"),
                      ("Budget", "/la-commune/vie-municipale/budget"), ("Participez", "/participez/sondage-cantine"),
                      ("Vivre à Roucayrols", "/vivre-a-roucayrols/participation-citoyenne"), ("Contact", "/contact")],
                accounts=[social("facebook", "communederoucayrols")],
                address="Mairie, le Bourg, 24200 Roucayrols")


def _with_meeting(text):
    return f'<div class="wp-block-group has-background"><p><strong>{text}</strong></p></div>'


def roucayrols():
    return City("99955", "Roucayrols", 3_104, "24", "75", "Nouvelle-Aquitaine", f"http://{ROUCAYROLS}/", [_roucayrols_www()])


# =====================================================================================================
# 99956 Saint-Julien-de-Lescure (Alpes-de-Haute-Provence): vendor CMS, Publik e-services, Cap Collectif
# =====================================================================================================

LESCURE = "www.saint-julien-de-lescure.fr"
LESCURE_PUBLIK = "demarches.saint-julien-de-lescure.fr"
LESCURE_CAPCO = "concertation.saint-julien-de-lescure.fr"


def _lescure_www():
    pub, cap = f"http://{LESCURE_PUBLIK}", f"http://{LESCURE_CAPCO}"
    dp = "/mairie/democratie-participative"
    news = [("/actualites/boite-a-idees-jeunesse", "Le conseil des jeunes ouvre sa boîte à idées", "20/05/2025", "Les 11-17 ans ont la parole."),
            ("/actualites/conseil-municipal-du-12-juin", "Conseil municipal du 12 juin", "05/06/2025", "L'ordre du jour est en ligne."),
            ("/actualites/offre-emploi-animateur", "La mairie recrute un animateur", "28/05/2025", "Poste à pourvoir au 1er septembre."),
            ("/environnement/enquete-publique-carriere", "Carrière des Aubes : enquête publique", "15/05/2025", "Du 2 au 30 juin.")]
    events = [("12", "juin", "Conseil municipal", "Salle du conseil", "/actualites/conseil-municipal-du-12-juin"),
              ("21", "juin", "Comité du hameau des Aubes", "Chapelle des Aubes", dp + "/comites-de-hameaux"),
              ("5", "juil.", "Fête de la lavande", "Place du Barri")]
    pages = [
        page("/", "Accueil", m.home("Saint-Julien-de-Lescure, village perché du pays de Forcalquier.",
                                    [(dp, "Lescure, on en parle"), (cap + "/", "Concertation en ligne"), (dp + "/budget-participatif", "Les Projets d'ici"),
                                     (pub + "/", "Démarches en ligne"), ("/contact", "Contact"), ("/mairie/finances/budget-primitif", "Finances"),
                                     ("/actualites/appel-a-projets-culturels", "Appel à projets culturels"), ("/environnement/enquete-publique-carriere", "Enquête publique")],
                                    news, events)),
        # the approach under its own brand
        page(dp, "Lescure, on en parle", P(
            "Lescure, on en parle : c'est le nom de notre démarche de démocratie participative. Comités de hameaux, budget participatif "
            "« Les Projets d'ici », concertations en ligne et en réunion : chacun peut contribuer aux choix de la commune.",
            f"Les concertations en cours sont ouvertes sur <a href=\"{cap}/projects\">concertation.saint-julien-de-lescure.fr</a>.")
             + m.link_list([(dp + "/comites-de-hameaux", "Les comités de hameaux"), (dp + "/budget-participatif", "Le budget participatif")]),
             {"participation_displayed"}),
        page(dp + "/comites-de-hameaux", "Les comités de hameaux", P(
            "Chacun des sept hameaux de la commune dispose d'un comité d'habitants. Il se réunit au moins deux fois par an avec un élu référent, "
            "fait remonter les besoins et donne son avis sur les travaux qui le concernent.",
            "Prochaine réunion : comité des Aubes, samedi 21 juin à 10 h, chapelle des Aubes."),
             {"participation_displayed"}, parent=("Lescure, on en parle", dp)),
        # the city site's page on its participatory budget, under the brand "Les Projets d'ici"
        page(dp + "/budget-participatif", "Les Projets d'ici : le budget participatif", P(
            "Avec Les Projets d'ici, la commune consacre 40 000 euros par an aux projets des habitants. Vous proposez, les services étudient, "
            "vous votez. Le dépôt des projets 2025 est ouvert jusqu'au 30 juin.",
            f"<a href=\"{cap}/project/les-projets-d-ici-2025/collect/depot-des-projets\" class=\"btn\">Déposer un projet</a>")
             + m.link_list([(dp + "/budget-participatif/laureats-2024", "Les lauréats de l'édition 2024")]),
             {"participatory_budget"}, parent=("Lescure, on en parle", dp)),
        page(dp + "/budget-participatif/laureats-2024", "Les Projets d'ici 2024 : les lauréats", P("Quatre projets ont été retenus par 611 votants :")
             + m.bullets("Une table d'orientation au belvédère (8 500 €)", "Des jardinières au lavoir (3 200 €)",
                         "Un abri pour le car scolaire aux Aubes (14 000 €)", "Une boîte à livres à la bibliothèque (900 €)"),
             {"participatory_budget"}, parent=("Les Projets d'ici", dp + "/budget-participatif")),
        page("/mairie/finances/budget-primitif", "Budget primitif 2025", P(
            "Le budget primitif 2025 a été voté le 10 avril : 5,2 millions d'euros. Il intègre la rénovation de la salle polyvalente."),
             decoys={"participatory_budget"}),
        page("/actualites/appel-a-projets-culturels", "Appel à projets culturels de l'été", P(
            "La commune soutient les associations qui animent le village l'été. Les demandes de subvention pour les projets culturels "
            "sont à déposer avant le 15 mars, accompagnées d'un budget prévisionnel."),
             decoys={"suggestion_call"}),
        page("/actualites/offre-emploi-animateur", "La mairie recrute un animateur (H/F)", P(
            "Appel à candidatures : animateur périscolaire à temps non complet, titulaire du BAFA. CV et lettre de motivation avant le 30 juin."),
             decoys={"suggestion_call"}),
        # the youth council's idea box: a call for ideas with a free-text form sent to the town hall
        page("/actualites/boite-a-idees-jeunesse", "Le conseil des jeunes ouvre sa boîte à idées", P(
            "Tu as entre 11 et 17 ans et une idée pour le village ? Le conseil municipal des jeunes lance sa boîte à idées : skate, sorties, "
            "local jeunes… Toutes les idées seront présentées en séance en septembre.")
             + '<form class="form form--ideas" action="/actualites/boite-a-idees-jeunesse/envoyer" method="post"><div class="form__field"><label for="prenom">Prénom</label>'
               '<input type="text" id="prenom" name="prenom"></div><div class="form__field"><label for="age">Âge</label><input type="number" id="age" name="age"></div>'
               '<div class="form__field"><label for="idee">Ton idée</label><textarea id="idee" name="idee" rows="5"></textarea></div>'
               '<button type="submit" class="btn">Envoyer</button></form>',
             {"suggestion_call", "contact_form"}),
        # the contact page only gives a mail address and points to the e-services portal
        page("/contact", "Contact", P("Mairie de Saint-Julien-de-Lescure, place du Barri.")
             + m.mailto_block("mairie@saint-julien-de-lescure.fr", "04 92 00 00 00")
             + P(f"Pour toute demande écrite, vous pouvez aussi utiliser le <a href=\"{pub}/contacter-la-mairie/\">formulaire en ligne</a>."),
             decoys={"contact_form"}),
        page("/actualites/conseil-municipal-du-12-juin", "Conseil municipal du 12 juin", P(
            "Le conseil municipal se réunira le jeudi 12 juin à 18 h 30. Ordre du jour : compte administratif, tarifs de la cantine, "
            "convention avec le syndicat d'énergie. La séance est publique."),
             decoys={"participation_displayed"}),
        page("/environnement/enquete-publique-carriere", "Carrière des Aubes : enquête publique", P(
            "Le préfet a prescrit une enquête publique sur la demande d'extension de la carrière des Aubes, du 2 au 30 juin. Le dossier est "
            "consultable en mairie, où le commissaire enquêteur tiendra trois permanences."),
             decoys={"poll"}),
    ]
    return Site(LESCURE, "vendor", "Saint-Julien-de-Lescure", pages,
                menu=[("Mairie", dp), ("Démarches", pub + "/"), ("Concertation", cap + "/"), ("Contact", "/contact")],
                accounts=[social("facebook", "SaintJulienDeLescure"), social("instagram", "stjuliendelescure"),
                          social("youtube", "SaintJulienDeLescure")],
                address="Mairie, place du Barri, 04300 Saint-Julien-de-Lescure")


def _lescure_publik():
    pages = [
        page("/", "Démarches en ligne", P("Effectuez vos démarches auprès de la mairie, 24 h sur 24.")
             + '<div class="cell list-of-forms"><h2>Démarches</h2>' + m.link_list([
                 ("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur la voie publique"),
                 ("/inscription-cantine/", "Inscription à la cantine"), ("/login/", "Mon compte")]) + "</div>"),
        page("/contacter-la-mairie/", "Contacter la mairie",
             '<form method="post" enctype="multipart/form-data" class="quixote" action="/contacter-la-mairie/"><div class="page"><div id="form_qui" class="widget StringWidget template-text">'
             '<div class="title"><label for="form_f1">Nom</label></div><div class="content"><input id="form_f1" type="text" name="f1" value=""></div></div>'
             '<div class="widget EmailWidget"><div class="title"><label for="form_f2">Courriel</label></div><div class="content"><input id="form_f2" type="email" name="f2"></div></div>'
             '<div class="widget SingleSelectWidget"><div class="title"><label for="form_f3">Service</label></div><div class="content"><select id="form_f3" name="f3">'
             '<option>Accueil</option><option>Urbanisme</option><option>Écoles</option></select></div></div>'
             '<div class="widget TextWidget template-textarea"><div class="title"><label for="form_f4">Votre message</label></div><div class="content">'
             '<textarea id="form_f4" name="f4" rows="8" cols="70"></textarea></div></div></div>'
             '<div class="buttons submit"><button class="submit-button" name="submit" value="Valider">Valider</button></div><input type="hidden" name="_ajax_form_token" value="c3a9"></form>',
             {"contact_form"}),
        # a report of a problem on the public road, with a free-text description addressed to the town hall
        page("/signaler-un-probleme/", "Signaler un problème sur la voie publique",
             '<form method="post" enctype="multipart/form-data" class="quixote" action="/signaler-un-probleme/"><div class="page">'
             '<div class="widget SingleSelectWidget"><div class="title"><label for="form_f1">Nature du problème</label></div><div class="content"><select id="form_f1" name="f1">'
             '<option>Nid-de-poule</option><option>Éclairage en panne</option><option>Dépôt sauvage</option><option>Autre</option></select></div></div>'
             '<div class="widget StringWidget"><div class="title"><label for="form_f2">Adresse ou lieu</label></div><div class="content"><input id="form_f2" type="text" name="f2"></div></div>'
             '<div class="widget TextWidget template-textarea"><div class="title"><label for="form_f3">Description</label></div><div class="content"><textarea id="form_f3" name="f3" rows="5" cols="70"></textarea></div></div>'
             '<div class="widget EmailWidget"><div class="title"><label for="form_f4">Votre courriel</label></div><div class="content"><input id="form_f4" type="email" name="f4"></div></div></div>'
             '<div class="buttons submit"><button class="submit-button" name="submit">Valider</button></div></form>',
             {"contact_form"}),
        page("/inscription-cantine/", "Inscription à la cantine",
             '<form method="post" class="quixote" action="/inscription-cantine/"><div class="page"><div class="widget StringWidget"><div class="title"><label for="form_f1">Nom de l\'enfant</label></div>'
             '<div class="content"><input id="form_f1" type="text" name="f1"></div></div><div class="widget DateWidget"><div class="title"><label for="form_f2">Date de naissance</label></div>'
             '<div class="content"><input id="form_f2" type="date" name="f2"></div></div><div class="widget CheckboxesWidget"><div class="title">Jours</div><div class="content">'
             '<label><input type="checkbox" name="f3$1"> Lundi</label><label><input type="checkbox" name="f3$2"> Mardi</label><label><input type="checkbox" name="f3$4"> Jeudi</label>'
             '<label><input type="checkbox" name="f3$5"> Vendredi</label></div></div></div><div class="buttons submit"><button class="submit-button">Valider</button></div></form>',
             decoys={"contact_form"}),
    ]
    return Site(LESCURE_PUBLIK, "publik", "Saint-Julien-de-Lescure - démarches", pages,
                menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/")],
                accounts=[social("facebook", "SaintJulienDeLescure")], address="Mairie, place du Barri, 04300 Saint-Julien-de-Lescure")


def _lescure_capco():
    bp = "/project/les-projets-d-ici-2025"
    depot = bp + "/collect/depot-des-projets"
    pet = "/project/petitions-citoyennes/collect/deposer-une-petition"
    steps_ = [("Présentation", bp + "/presentation/presentation", "Terminé", "past"), ("Dépôt des projets", depot, "En cours", "current"),
              ("Vote", bp + "/selection/vote", "À venir", "future")]
    pages = [
        page("/", "Concertation - Saint-Julien-de-Lescure", P("Bienvenue sur la plateforme de concertation de Saint-Julien-de-Lescure.")
             + m.link_list([("/projects", "Tous les projets"), (bp + "/presentation/presentation", "Les Projets d'ici 2025"),
                            ("/project/avenir-de-la-place-du-barri/consultation/consultation", "L'avenir de la place du Barri"), (pet, "Pétitions citoyennes")])),
        page("/projects", "Tous les projets", '<div class="project-list">' + m.link_list([
            (bp + "/presentation/presentation", "Les Projets d'ici 2025 - budget participatif"),
            ("/project/avenir-de-la-place-du-barri/consultation/consultation", "L'avenir de la place du Barri - consultation"),
            ("/project/avenir-de-la-place-du-barri/questionnaire/questionnaire-usages", "Questionnaire : vos usages de la place"),
            (pet, "Pétitions citoyennes")], "project-preview-list") + "</div>"),
        page(bp + "/presentation/presentation", "Les Projets d'ici 2025", m.capco_steps(bp, steps_) + P(
            "40 000 euros pour des projets d'habitants. Déposez vos projets jusqu'au 30 juin, votez en octobre."),
             {"participatory_budget"}),
        page(depot, "Dépôt des projets", m.capco_steps(bp, steps_)
             + '<a href="/login" class="btn btn-primary" id="add-proposal">Déposer un projet</a>'
             + m.capco_proposals([("un-abri-velo-a-l-ecole", "Un abri vélo à l'école", "Pour que les enfants viennent à vélo.", 14, 3),
                                  ("eclairer-la-montee-du-chateau", "Éclairer la montée du château", "Des bornes solaires basses.", 9, 1)], depot),
             {"participatory_budget", "suggestion_call"}),
        page(depot + "/proposals/un-abri-velo-a-l-ecole", "Un abri vélo à l'école", m.capco_steps(bp, steps_) + P(
            "Un abri couvert de dix places devant l'école, pour que les enfants des hameaux proches puissent venir à vélo. Estimation : 6 500 euros.")
             + m.share_buttons(f"http://{LESCURE_CAPCO}{depot}/proposals/un-abri-velo-a-l-ecole")
             + m.capco_comments([("Parent d'élève", "22/05/2025", "Avec un arceau adapté aux vélos d'enfants, svp."),
                                 ("Gérard", "23/05/2025", "Bonne idée, la route des Aubes est calme.")]),
             {"participatory_budget", "comments"}, decoys={"social_account"}),
        page(depot + "/proposals/eclairer-la-montee-du-chateau", "Éclairer la montée du château", m.capco_steps(bp, steps_) + P(
            "Des bornes solaires basses le long de la montée du château, pour rentrer à pied le soir sans lampe. Estimation : 11 000 euros.")
             + m.capco_comments([("Noémie", "28/05/2025", "Attention à la pollution lumineuse, c'est un site classé.")]),
             {"participatory_budget", "comments"}),
        page(bp + "/selection/vote", "Vote", m.capco_steps(bp, steps_) + P(
            "Le vote ouvrira le 1er octobre. Chaque habitant disposera de trois voix à répartir entre les projets jugés recevables."),
             {"participatory_budget"}),
        # a consultation where residents post opinions and arguments under each proposal
        page("/project/avenir-de-la-place-du-barri/consultation/consultation", "L'avenir de la place du Barri", P(
            "La municipalité propose trois scénarios pour la place du Barri. Donnez votre avis sur chacun et ajoutez vos arguments.")
             + '<div class="opinion-list"><h3>Scénario 1 : une place piétonne avec une fontaine</h3><p>42 d\'accord · 11 pas d\'accord</p></div>'
             + m.capco_comments([("Lucienne", "02/05/2025", "La place piétonne, mais avec un arrêt minute pour la boulangerie."),
                                 ("Théo", "04/05/2025", "Les platanes doivent être conservés dans tous les cas.")])
             + m.link_list([("/project/avenir-de-la-place-du-barri/questionnaire/questionnaire-usages", "Répondre aussi au questionnaire")]),
             {"comments"}),
        page("/project/avenir-de-la-place-du-barri/questionnaire/questionnaire-usages", "Questionnaire : vos usages de la place", m.capco_questionnaire(31, [
            ("Combien de fois par semaine passez-vous sur la place ?", ["Tous les jours", "Plusieurs fois", "Rarement"]),
            ("Qu'y faites-vous ?", ["Marché", "Café", "Stationnement", "Jeux"]),
            ("Une remarque ?", [])]), {"poll"}),
        # the city's petition space on its Cap Collectif: file a petition, sign the others
        page(pet, "Pétitions citoyennes", P(
            "Toute pétition qui recueille 150 signatures d'habitants est inscrite à l'ordre du jour du conseil municipal suivant.")
             + '<a href="/login" class="btn btn-primary" id="add-proposal">Déposer une pétition</a>'
             + m.capco_proposals([("sauvegarde-du-lavoir", "Pour la sauvegarde du lavoir des Aubes", "Le toit menace de s'effondrer.", 96, 4)], pet),
             {"petition"}),
        page(pet + "/proposals/sauvegarde-du-lavoir", "Pour la sauvegarde du lavoir des Aubes", P(
            "Le lavoir des Aubes, construit en 1862, a perdu une partie de sa toiture. Nous demandons son inscription au programme de travaux 2026.",
            "96 signatures sur 150.")
             + '<form class="proposal__vote-form" id="proposal-vote-form"><input type="text" name="username" placeholder="Nom et prénom">'
               '<input type="email" name="email" placeholder="Adresse e-mail"><label><input type="checkbox" name="private"> Signer anonymement</label>'
               '<button type="submit" class="btn btn-success proposal__button__vote">Signer</button></form>',
             {"petition"}),
    ]
    return Site(LESCURE_CAPCO, "capcollectif", "Concertation - Saint-Julien-de-Lescure", pages,
                menu=[("Projets", "/projects"), ("Les Projets d'ici", bp + "/presentation/presentation"), ("Pétitions", pet)],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))


def lescure():
    return City("99956", "Saint-Julien-de-Lescure", 9_812, "04", "93", "Provence-Alpes-Côte d'Azur", f"http://{LESCURE}/",
                [_lescure_www(), _lescure_publik(), _lescure_capco()])


# =====================================================================================================
# 99957 Peyrebrune-des-Combes (Lozère): SPIP with forums and petitions, a Discourse board, a neighbours' network
# =====================================================================================================

PEYREBRUNE = "www.peyrebrune-des-combes.fr"
PEYREBRUNE_FORUM = "forum.peyrebrune-des-combes.fr"
PEYREBRUNE_VOISINS = "voisins.peyrebrune-des-combes.fr"


def _peyrebrune_www():
    fo, vo = f"http://{PEYREBRUNE_FORUM}", f"http://{PEYREBRUNE_VOISINS}"
    a = lambda n: f"/spip.php?article{n}"  # noqa: E731
    news = [(a(50), "Déneigement : la nouvelle organisation", "02/12/2024", "Trois secteurs, trois équipes."),
            (a(45), "Pétition : un arrêt de car à la Croix-Haute", "14/04/2025", "Signez en ligne."),
            (a(64), "Ancienne école : votre avis", "05/05/2025", "Un questionnaire jusqu'au 30 juin."),
            (a(58), "Peyrebrune Entre Voisins est en ligne", "20/03/2025", "Le réseau social des habitants.")]
    events = [("14", "juin", "Assemblée de village des Combes", "Salle de la Tour", a(31)),
              ("28", "juin", "Forum de l'emploi saisonnier", "Office de tourisme", a(51)),
              ("12", "juil.", "Fête votive", "Place du Foirail")]
    pages = [
        page("/", "Accueil", m.home("Peyrebrune-des-Combes, entre Causse Méjean et gorges.",
                                    [("/spip.php?rubrique4", "Démocratie locale"), (a(32), "Droit de pétition"), ("/spip.php?rubrique9", "Forum des habitants"),
                                     (fo + "/", "Forum citoyen en ligne"), (vo + "/", "Entre Voisins"), (a(63), "Contact"),
                                     (a(62), "Budget 2025"), (a(66), "Enquête Insee"), (a(61), "Sécurité")], news, events)),
        page("/spip.php?rubrique4", "Démocratie locale", P(
            "La commune fait vivre la démocratie locale par des assemblées de village, un droit de pétition ouvert à tous les habitants, "
            "un forum des habitants et des consultations avant chaque grand projet.")
             + '<ul class="liste-articles">' + "".join(f'<li class="item"><a href="{a(n)}">{t}</a></li>' for n, t in [
                 (31, "Les assemblées de village"), (32, "Le droit de pétition"), (64, "Ancienne école : votre avis"), (65, "Ancienne école : vos idées"),
                 (46, "Pétition close : horaires de l'agence postale"), (59, "Le forum citoyen en ligne")]) + "</ul>",
             {"participation_displayed"}),
        page(a(31), "Les assemblées de village", P(
            "Deux fois par an, chaque village de la commune (Les Combes, La Croix-Haute, Le Mas-Neuf) tient son assemblée : les habitants "
            "y débattent avec le conseil municipal des travaux, des services et de la vie du village, et peuvent y faire inscrire leurs questions.",
            "Prochaine assemblée : Les Combes, samedi 14 juin à 10 h, salle de la Tour."),
             {"participation_displayed"}, parent=("Démocratie locale", "/spip.php?rubrique4")),
        # the commune's right of petition, with the open petition to sign
        page(a(32), "Le droit de pétition", P(
            "Par délibération du 3 février 2022, le conseil municipal a ouvert un droit de pétition : toute pétition signée par 100 habitants "
            "majeurs est examinée en conseil municipal. Les pétitions peuvent être déposées en mairie ou en ligne.")
             + '<ul class="liste-articles"><li><a href="' + a(45) + '">En cours : un arrêt de car à la Croix-Haute</a></li>'
               '<li><a href="' + a(46) + '">Close : horaires de l\'agence postale</a></li></ul>',
             {"petition"}, parent=("Démocratie locale", "/spip.php?rubrique4")),
        page(a(45), "Pétition : un arrêt de car à la Croix-Haute", P(
            "Les collégiens de la Croix-Haute marchent deux kilomètres au bord de la départementale pour rejoindre l'arrêt de car.")
             + m.spip_petition(45, "Nous demandons à la Région la création d'un arrêt de car à la Croix-Haute.",
                               [("12 avril 2025", "Sandrine F.", "Pour la sécurité des enfants."), ("13 avril 2025", "Jean-Pierre A.", "")]),
             {"petition"}, parent=("Le droit de pétition", a(32))),
        # a closed petition: its signatures stay on line, nobody can sign it any more
        page(a(46), "Pétition close : horaires de l'agence postale", P(
            "Cette pétition a recueilli 134 signatures. Elle a été examinée par le conseil municipal du 9 janvier 2025, qui a obtenu l'ouverture "
            "de l'agence postale le samedi matin.")
             + m.spip_petition(46, "", [("4 novembre 2024", "Marie-Thérèse L.", "Le samedi, c'est indispensable.")], open_=False),
             decoys={"petition"}, parent=("Le droit de pétition", a(32))),
        page(a(50), "Déneigement : la nouvelle organisation", P(
            "Cet hiver, le déneigement est organisé en trois secteurs, chacun confié à une équipe. Les routes des hameaux sont traitées dès 6 h.")
             + m.spip_forum(50, [("Route du Mas-Neuf", "Pierre C.", "3 décembre 2024", "Merci, la route était dégagée à 7 h ce matin."),
                                 ("Et les trottoirs ?", "Odile", "5 décembre 2024", "Qui déneige devant la pharmacie ?")]),
             {"comments"}),
        page(a(51), "Forum de l'emploi saisonnier", P(
            "Samedi 28 juin, l'office de tourisme et Pôle emploi organisent un forum de l'emploi saisonnier : hôtellerie, restauration, "
            "activités de pleine nature. Entrée libre de 9 h à 12 h."),
             decoys={"forum"}),
        # the residents' forum section of the site: topics and replies, with a form to open a topic
        page("/spip.php?rubrique9", "Forum des habitants", P(
            "Un espace pour échanger entre habitants sur la vie de la commune. Les messages sont modérés a posteriori.")
             + '<table class="spip forum-sujets"><thead><tr><th>Sujet</th><th>Messages</th><th>Dernier message</th></tr></thead><tbody>'
               f'<tr><td><a href="{a(60)}">Covoiturage vers Florac le mardi</a></td><td>6</td><td>2 juin 2025</td></tr>'
               '<tr><td>Chiens errants au Mas-Neuf</td><td>3</td><td>28 mai 2025</td></tr></tbody></table>'
             + m.spip_forum(9, [], open_=True),
             {"forum"}),
        # a thread of the residents' forum: SPIP forum markup, but a board's topic, not comments under an article
        page(a(60), "Covoiturage vers Florac le mardi", P("Sujet ouvert par Agnès dans le forum des habitants.")
             + m.spip_forum(60, [("Covoiturage vers Florac le mardi", "Agnès", "30 mai 2025", "Je vais au marché de Florac chaque mardi, je peux prendre deux personnes."),
                                 ("Re : Covoiturage", "Robert", "31 mai 2025", "Je suis intéressé, départ à quelle heure ?"),
                                 ("Re : Covoiturage", "Agnès", "2 juin 2025", "8 h 30 devant la mairie.")]),
             {"forum"}, parent=("Forum des habitants", "/spip.php?rubrique9")),
        page(a(58), "Peyrebrune Entre Voisins est en ligne", P(
            "La commune lance Peyrebrune Entre Voisins, un réseau social réservé aux habitants : entraide, prêt de matériel, covoiturage, "
            "groupes de hameau et informations de la mairie.",
            f"<a href=\"{vo}/\" class=\"bouton\">Rejoindre le réseau</a>"),
             {"territorial_social_network"}),
        # the article presenting the board: the board itself is on its own host
        page(a(59), "Le forum citoyen en ligne", P(
            f"Pour des discussions plus longues, la commune héberge un forum citoyen : <a href=\"{fo}/\">forum.peyrebrune-des-combes.fr</a>. "
            "Inscription libre, charte de modération consultable en ligne."),
             decoys={"forum"}, parent=("Démocratie locale", "/spip.php?rubrique4")),
        page(a(61), "Participation citoyenne : la gendarmerie recrute des référents", P(
            "Dans le cadre du dispositif de participation citoyenne, la brigade de Meyrueis cherche des habitants référents dans chaque hameau."),
             decoys={"participation_displayed"}),
        page(a(62), "Budget 2025 : le budget primitif voté", P(
            "Le budget primitif 2025 s'élève à 3,1 millions d'euros. Principaux investissements : la réfection du pont du Tarnon et l'achat d'une lame de déneigement."),
             decoys={"participatory_budget"}),
        page(a(63), "Contacter la mairie", P("Mairie de Peyrebrune-des-Combes, place du Foirail. Ouverte le matin du lundi au samedi.") + m.spip_contact(63),
             {"contact_form"}),
        page(a(64), "Ancienne école : votre avis", P(
            "L'ancienne école des Combes est vide depuis 2019. Avant de décider de son avenir, la municipalité vous consulte jusqu'au 30 juin.")
             + m.spip_formidable(7, "questionnaire_ecole", [
                 ("radio_1", "Que faudrait-il faire de l'ancienne école ?", "radio", ["Des logements", "Un tiers-lieu", "Une salle associative", "La vendre"]),
                 ("radio_2", "Habitez-vous aux Combes ?", "radio", ["Oui", "Non"])], submit="Envoyer mes réponses")
             + f'<p><a href="{a(65)}">Vous avez une autre idée ? Proposez-la.</a></p>',
             {"poll"}, parent=("Démocratie locale", "/spip.php?rubrique4")),
        page(a(65), "Ancienne école : vos idées", P(
            "Au-delà du questionnaire, toutes les idées sont les bienvenues : décrivez votre projet pour l'ancienne école, même inachevé.")
             + m.spip_formidable(8, "idees_ecole", [("input_1", "Votre nom", "text", None), ("email_1", "Votre courriel", "email", None),
                                                     ("textarea_1", "Votre idée", "textarea", None)], submit="Proposer"),
             {"suggestion_call", "contact_form"}, parent=("Démocratie locale", "/spip.php?rubrique4")),
        page(a(66), "L'Insee enquête sur l'emploi", P(
            "L'Insee réalise une enquête sur l'emploi, le chômage et l'inactivité. Quelques logements de la commune ont été tirés au sort ; "
            "un enquêteur de l'Insee prendra contact avec les occupants."),
             decoys={"poll"}),
    ]
    return Site(PEYREBRUNE, "spip", "Peyrebrune-des-Combes", pages,
                menu=[("Démocratie locale", "/spip.php?rubrique4"), ("Forum", "/spip.php?rubrique9"), ("Actualités", a(50)), ("Contact", a(63))],
                accounts=[social("facebook", "peyrebrunedescombes"), social("mastodon", "peyrebrune@mastodon.social")],
                address="Mairie, place du Foirail, 48150 Peyrebrune-des-Combes")


def _peyrebrune_discourse():
    topics = [("/t/deneigement-de-la-route-du-causse/112", "Déneigement de la route du Causse", "Vie des hameaux", "/c/vie-des-hameaux/5", 7, 214),
              ("/t/idees-pour-la-fete-votive/118", "Idées pour la fête votive", "Animations", "/c/animations/7", 4, 96)]
    pages = [
        page("/", "Derniers sujets", P("Le forum citoyen de Peyrebrune-des-Combes.") + m.discourse_topic_list(topics)
             + m.link_list([("/c/vie-des-hameaux/5", "Catégorie : Vie des hameaux"), ("/c/animations/7", "Catégorie : Animations")])),
        page("/c/vie-des-hameaux/5", "Vie des hameaux", m.discourse_topic_list(topics[:1])),
        page("/c/animations/7", "Animations", m.discourse_topic_list(topics[1:])),
        page("/t/deneigement-de-la-route-du-causse/112", "Déneigement de la route du Causse", m.discourse_posts(112, "deneigement-de-la-route-du-causse", [
            ("Lucien", "2025-01-08T07:12:00Z", "La route du Causse n'a été dégagée qu'à 11 h ce matin, le car n'est pas passé."),
            ("Mairie Peyrebrune", "2025-01-08T09:40:00Z", "La lame est tombée en panne à 6 h, elle est réparée. Merci de votre patience."),
            ("Claudine", "2025-01-08T12:03:00Z", "Pourrait-on prévenir par SMS dans ces cas-là ?")]),
             {"forum"}),
        page("/t/idees-pour-la-fete-votive/118", "Idées pour la fête votive", m.discourse_posts(118, "idees-pour-la-fete-votive", [
            ("Comité des fêtes", "2025-04-02T18:00:00Z", "Le comité prépare la fête votive : vos envies pour cette année ?"),
            ("Mathis", "2025-04-03T20:15:00Z", "Un concours de pétanque pour les ados !")]),
             {"forum"}),
    ]
    return Site(PEYREBRUNE_FORUM, "discourse", "Forum citoyen de Peyrebrune", pages,
                menu=[("Derniers", "/"), ("Catégories", "/c/vie-des-hameaux/5")], features=frozenset({"forum"}))


def _peyrebrune_voisins():
    pages = [
        page("/", "Peyrebrune Entre Voisins", P(
            "Le réseau social des habitants de Peyrebrune-des-Combes : échangez avec vos voisins, proposez votre aide, empruntez un outil.")
             + '<section class="feed"><article class="post"><p><strong>Irène (Les Combes)</strong> : Je prête ma remorque ce week-end.</p></article>'
               '<article class="post"><p><strong>Mairie</strong> : Coupure d\'eau mardi matin au Mas-Neuf.</p></article></section>'
             + m.link_list([("/groupes/hameau-de-la-croix-haute", "Groupe : hameau de la Croix-Haute"), ("/annonces", "Petites annonces"), ("/evenements", "Événements")])),
        page("/groupes/hameau-de-la-croix-haute", "Groupe : hameau de la Croix-Haute", P("32 membres. Groupe réservé aux habitants du hameau.")
             + '<section class="feed"><article class="post"><p><strong>Hervé</strong> : Qui monte à Meyrueis jeudi ? Je cherche une place.</p>'
               '<form class="reply" method="post" action="/groupes/hameau-de-la-croix-haute/reponse"><textarea name="contenu" placeholder="Répondre"></textarea>'
               '<button type="submit">Publier</button></form></article></section>',
             {"territorial_social_network"}),
        page("/annonces", "Petites annonces entre voisins", '<ul class="annonces"><li class="annonce annonce--pret">Prête tronçonneuse (Le Mas-Neuf)</li>'
             '<li class="annonce annonce--don">Donne plants de tomates (Les Combes)</li><li class="annonce annonce--service">Cherche aide pour rentrer le bois</li></ul>',
             {"territorial_social_network"}),
        page("/evenements", "Événements entre voisins", '<ul class="evenements"><li>Repas partagé de la Croix-Haute, samedi 21 juin</li>'
             '<li>Chantier collectif : nettoyage du sentier des Combes, dimanche 29 juin</li></ul>',
             {"territorial_social_network"}),
    ]
    return Site(PEYREBRUNE_VOISINS, "community", "Peyrebrune Entre Voisins", pages,
                menu=[("Fil", "/"), ("Annonces", "/annonces"), ("Événements", "/evenements")],
                features=frozenset({"territorial_social_network"}))


def peyrebrune():
    return City("99957", "Peyrebrune-des-Combes", 6_418, "48", "76", "Occitanie", f"http://{PEYREBRUNE}/",
                [_peyrebrune_www(), _peyrebrune_discourse(), _peyrebrune_voisins()])


# =====================================================================================================
# 99958 Sainte-Eulalie-d'Ayrolle (Ardèche): Joomla with Kunena and JComments, a home-made platform drawn by a script
# =====================================================================================================

AYROLLE = "www.sainte-eulalie-d-ayrolle.fr"
AYROLLE_APP = "participer.sainte-eulalie-d-ayrolle.fr"
APP_BUNDLE = "/assets/ayrolle-ensemble.7f3a9c.js"
APP_API = "/api/v1/contenus"

# path -> (title, chapo, block the script inserts, features)
APP_PAGES = {
    "/": ("Ayrolle Ensemble", "L'espace en ligne de la participation des habitants de Sainte-Eulalie-d'Ayrolle.",
          '<nav class="ae-tuiles"><a href="/idees">Boîte à idées</a> <a href="/budget-participatif">Budget participatif</a> '
          '<a href="/questionnaires/cadre-de-vie">Questionnaire cadre de vie</a> <a href="/questionnaires/eclairage">Résultats : éclairage</a> '
          '<a href="/petitions">Pétitions</a></nav>', set()),
    "/idees": ("Boîte à idées", "Une idée pour la commune ? Déposez-la : le comité de suivi répond à chaque idée sous un mois.",
               '<form class="ae-form" method="post" action="/api/v1/idees"><label for="ae-titre">Titre de votre idée</label><input id="ae-titre" name="titre" type="text">'
               '<label for="ae-idee">Décrivez votre idée</label><textarea id="ae-idee" name="description" rows="6"></textarea>'
               '<label for="ae-mail">Votre courriel</label><input id="ae-mail" name="courriel" type="email"><button type="submit">Envoyer mon idée</button></form>',
               {"suggestion_call", "contact_form"}),
    "/budget-participatif": ("Budget participatif 2025", "60 000 euros pour les projets des habitants. Le vote est ouvert jusqu'au 15 juillet.",
                             '<ol class="ae-etapes"><li>Dépôt (terminé)</li><li>Étude (terminée)</li><li class="en-cours">Vote</li><li>Réalisation</li></ol>'
                             '<a href="/budget-participatif/vote" class="ae-bouton">Je vote</a>', {"participatory_budget"}),
    "/budget-participatif/vote": ("Voter pour les projets", "Choisissez trois projets parmi les onze retenus.",
                                  '<form class="ae-vote" method="post" action="/api/v1/votes"><label><input type="checkbox" name="projet[]" value="4"> Un city-stade à la Gare (32 000 €)</label>'
                                  '<label><input type="checkbox" name="projet[]" value="7"> Des toilettes sèches au bord de l\'Eyrieux (9 000 €)</label>'
                                  '<label><input type="checkbox" name="projet[]" value="9"> Un verger conservatoire (6 500 €)</label><button type="submit">Valider mon vote</button></form>',
                                  {"participatory_budget"}),
    "/questionnaires/cadre-de-vie": ("Questionnaire : votre cadre de vie", "Quinze questions pour préparer le projet de mandat. Ouvert jusqu'au 31 août.",
                                     '<form class="ae-questionnaire" method="post" action="/api/v1/reponses"><fieldset><legend>Êtes-vous satisfait de la propreté des rues ?</legend>'
                                     '<label><input type="radio" name="q1" value="1"> Oui</label><label><input type="radio" name="q1" value="2"> Plutôt</label>'
                                     '<label><input type="radio" name="q1" value="3"> Non</label></fieldset><fieldset><legend>Quelle priorité pour les cinq ans à venir ?</legend>'
                                     '<label><input type="radio" name="q2" value="1"> Les commerces</label><label><input type="radio" name="q2" value="2"> La voirie</label>'
                                     '<label><input type="radio" name="q2" value="3"> Les services aux familles</label></fieldset><button type="submit">Envoyer</button></form>',
                                     {"poll"}),
    "/questionnaires/eclairage": ("Résultats : l'éclairage nocturne", "Le questionnaire est clos depuis le 31 mars. 402 réponses.",
                                  '<table class="ae-resultats"><tr><td>Extinction de minuit à 5 h</td><td>57 %</td></tr><tr><td>Éclairage maintenu</td><td>35 %</td></tr>'
                                  '<tr><td>Sans avis</td><td>8 %</td></tr></table>', set()),
    "/petitions": ("Pétitions", "Une pétition signée par 80 habitants est examinée par le conseil municipal.",
                   '<article class="ae-petition"><h2>Pour un passage piéton devant la boulangerie de la Gare</h2><p>57 signatures sur 80.</p>'
                   '<form method="post" action="/api/v1/petitions/3/signatures"><input name="nom" placeholder="Nom" type="text"><input name="courriel" placeholder="Courriel" type="email">'
                   '<button type="submit">Signer</button></form></article>', {"petition"}),
}
_APP_DECOYS = {"/questionnaires/eclairage": {"poll"}}

_APP_JS = """(function () {
  var root = document.getElementById("ae-root");
  fetch("%s?chemin=" + encodeURIComponent(location.pathname), {headers: {"Accept": "application/json"}})
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var h = document.createElement("h1"); h.textContent = d.titre;
      var p = document.createElement("p"); p.className = "ae-chapo"; p.textContent = d.chapo;
      var s = document.createElement("section"); s.className = "ae-bloc"; s.innerHTML = d.bloc;
      root.replaceChildren(h, p, s);
      document.title = d.titre + " - Ayrolle Ensemble";
    });
})();
""" % APP_API


def _app_shell():
    return Reply.html(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Ayrolle Ensemble</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#7a3e2b">'
        '<link rel="icon" href="/assets/favicon.8b1c.ico"><link rel="manifest" href="/manifest.webmanifest">'
        '<link rel="stylesheet" href="/assets/ayrolle-ensemble.2c9e41.css"></head><body>'
        '<noscript>Ayrolle Ensemble a besoin de JavaScript pour fonctionner.</noscript><div id="ae-root"></div>'
        f'<script src="{APP_BUNDLE}" defer></script></body></html>')


def _app_special(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES and not query:
        return _app_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        from urllib.parse import unquote
        wanted = unquote(query.removeprefix("chemin="))
        if wanted in APP_PAGES:
            title, chapo, block, _ = APP_PAGES[wanted]
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps({"titre": title, "chapo": chapo, "bloc": block}).encode())
        return Reply.text(404, "contenu inconnu")
    return None


def _ayrolle_app():
    pages = [page(path, title, "", features, decoys=_APP_DECOYS.get(path, ()))
             for path, (title, _c, _b, features) in APP_PAGES.items()]
    return Site(AYROLLE_APP, "vendor", "Ayrolle Ensemble", pages, address="Mairie, 1 place de l'Église, 07160 Sainte-Eulalie-d'Ayrolle",
                features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))


def _ayrolle_www():
    app = f"http://{AYROLLE_APP}"
    part = "/vie-municipale/participation-des-habitants"
    news = [("/actualites/renovation-du-pont-vieux", "Rénovation du Pont-Vieux", "22/05/2025", "Les travaux commencent le 2 juin."),
            ("/actualites/fete-de-la-chataigne", "Fête de la châtaigne : appel aux bénévoles", "15/05/2025", "Rejoignez l'équipe."),
            ("/actualites/voeux-du-maire", "Les vœux du maire", "10/01/2025", "Retour sur la cérémonie."),
            ("/actualites/petition-ligne-ter", "Ligne du Cheylard : le conseil municipal mobilisé", "03/03/2025", "Motion votée à l'unanimité.")]
    events = [("18", "juin", "Conseil de quartier des Tanneries", "Salle des Tanneries", part + "/conseils-de-quartier/reunion-des-tanneries"),
              ("3", "avril", "Conseil municipal", "Mairie", "/actualites/conseil-municipal-du-3-avril"),
              ("27", "sept.", "Forum des métiers", "Collège de l'Eyrieux", "/agenda/forum-des-metiers")]
    pages = [
        page("/", "Accueil", m.home("Sainte-Eulalie-d'Ayrolle, au fil de l'Eyrieux.",
                                    [(part, "Ayrolle Ensemble"), (app + "/", "Participer en ligne"), ("/forum", "Forum"),
                                     ("/contact", "Contact"), ("/newsletter", "Lettre d'information"), ("/espace-membre/connexion", "Espace membre"),
                                     ("/vie-municipale/budget/budget-primitif-2025", "Budget 2025"), ("/vie-municipale/marches-publics", "Marchés publics")],
                                    news, events)),
        page(part, "Ayrolle Ensemble : la participation des habitants", P(
            "Ayrolle Ensemble regroupe les outils de participation de la commune : trois conseils de quartier, un forum de discussion, "
            "une boîte à idées, des questionnaires, un budget participatif et un droit de pétition.",
            "Une charte de la participation, votée en 2023, garantit une réponse de la municipalité à chaque contribution.")
             + m.link_list([(part + "/conseils-de-quartier", "Les conseils de quartier"), (part + "/participer-en-ligne", "Participer en ligne"),
                            ("/forum", "Le forum des habitants")]),
             {"participation_displayed"}),
        page(part + "/conseils-de-quartier", "Les conseils de quartier", P(
            "Les Tanneries, la Gare et le Village ont chacun leur conseil de quartier, ouvert à tout habitant qui souhaite s'y investir. "
            "Ils se réunissent quatre fois par an et disposent d'un budget de fonctionnement de 2 000 euros.")
             + m.link_list([(part + "/conseils-de-quartier/reunion-des-tanneries", "Prochaine réunion : les Tanneries")]),
             {"participation_displayed"}, parent=("Ayrolle Ensemble", part)),
        page(part + "/conseils-de-quartier/reunion-des-tanneries", "Conseil de quartier des Tanneries : réunion du 18 juin", P(
            "Mercredi 18 juin, 19 h, salle des Tanneries. Ordre du jour : stationnement rue des Tanneurs, fleurissement, questions diverses. "
            "Réunion ouverte à tous les habitants du quartier."),
             {"participation_displayed"}, parent=("Les conseils de quartier", part + "/conseils-de-quartier")),
        # the city's page presenting its online space; the space itself is drawn on its own host
        page(part + "/participer-en-ligne", "Participer en ligne", P(
            f"Sur <a href=\"{app}/\">participer.sainte-eulalie-d-ayrolle.fr</a>, déposez vos idées, votez pour le budget participatif, "
            "répondez aux questionnaires et signez les pétitions.",
            f"<a href=\"{app}/idees\">Boîte à idées</a> · <a href=\"{app}/budget-participatif\">Budget participatif</a> · "
            f"<a href=\"{app}/petitions\">Pétitions</a>"),
             {"participation_displayed"}, decoys={"participatory_platform"}, parent=("Ayrolle Ensemble", part)),
        page("/forum", "Forum des habitants", m.kunena_index([
            ("/forum/vie-des-quartiers", "Vie des quartiers", "Circulation, propreté, voisinage.", 14, 63, "Sylvie"),
            ("/forum/entraide", "Entraide", "Covoiturage, prêts, coups de main.", 9, 31, "Didier")]),
             {"forum"}),
        page("/forum/vie-des-quartiers", "Vie des quartiers", m.kunena_topics("Vie des quartiers", [
            ("/forum/vie-des-quartiers/27-stationnement-rue-des-tanneurs", "Stationnement rue des Tanneurs", "Sylvie", 5, 188, "Marc"),
            ("/forum/vie-des-quartiers", "Dépôts sauvages chemin de la Gare", "Didier", 2, 74, "Didier")]),
             {"forum"}, parent=("Forum", "/forum")),
        page("/forum/entraide", "Entraide", m.kunena_topics("Entraide", [
            ("/forum/entraide", "Covoiturage vers Privas le lundi", "Didier", 3, 96, "Nathalie")]),
             {"forum"}, parent=("Forum", "/forum")),
        page("/forum/vie-des-quartiers/27-stationnement-rue-des-tanneurs", "Stationnement rue des Tanneurs", m.kunena_topic("Stationnement rue des Tanneurs", [
            ("Sylvie", "02 juin 2025 08:14", 12, "Les voitures stationnent sur le trottoir, impossible de passer avec une poussette."),
            ("Marc", "02 juin 2025 12:40", 31, "Le conseil de quartier en parle le 18 juin, venez !"),
            ("Sylvie", "03 juin 2025 18:02", 13, "J'y serai.")]),
             {"forum"}, parent=("Vie des quartiers", "/forum/vie-des-quartiers")),
        page("/agenda/forum-des-metiers", "Forum des métiers", P(
            "Le collège de l'Eyrieux organise son forum des métiers le samedi 27 septembre : une quarantaine de professionnels présentent leur métier aux élèves de 4e et de 3e."),
             decoys={"forum"}),
        page("/actualites/renovation-du-pont-vieux", "Rénovation du Pont-Vieux", P(
            "Les travaux de rénovation du Pont-Vieux commencent le 2 juin pour quatre mois. Le pont sera fermé à la circulation automobile ; "
            "une passerelle provisoire est installée pour les piétons.")
             + m.jcomments(84, [("Jacky", "22.05.2025 18:31", "Et les cyclistes, ils passent où ?"),
                                ("Mairie", "23.05.2025 09:02", "Les cyclistes peuvent emprunter la passerelle en marchant à côté de leur vélo.")]),
             {"comments"}),
        # no comment yet, but the comment form is open
        page("/actualites/fete-de-la-chataigne", "Fête de la châtaigne : appel aux bénévoles", P(
            "Le comité des fêtes cherche des bénévoles pour la fête de la châtaigne du 26 octobre : installation, grillage des châtaignes, buvette.",
            "Une question ? Laissez un commentaire ci-dessous.")
             + m.jcomments(85, []),
             {"comments"}),
        # the mayor's review names the forum, the budget and the platform in passing
        page("/actualites/voeux-du-maire", "Les vœux du maire", P(
            "Lors de la cérémonie des vœux, le maire est revenu sur les réalisations de l'année : rénovation de l'école, ouverture du forum "
            "des habitants, lancement du budget participatif et de la plateforme Ayrolle Ensemble.",
            "Il a annoncé pour 2025 la rénovation du Pont-Vieux et l'extension de la crèche."),
             decoys={"participatory_budget", "forum", "participatory_platform"}),
        page("/actualites/conseil-municipal-du-3-avril", "Conseil municipal du 3 avril", P(
            "Ordre du jour : vote du budget primitif, subventions aux associations, convention avec le SDIS. La séance est publique."),
             decoys={"participation_displayed"}),
        page("/vie-municipale/budget/budget-primitif-2025", "Budget primitif 2025", P(
            "Le budget primitif 2025 a été adopté le 3 avril : 7,8 millions d'euros, dont 2,6 millions d'investissement."),
             decoys={"participatory_budget"}),
        page("/vie-municipale/marches-publics", "Marchés publics", P(
            "Appel d'offres ouvert : rénovation du Pont-Vieux, lot 2 (garde-corps). Retrait du dossier de consultation sur le profil acheteur."),
             decoys={"suggestion_call"}),
        page("/actualites/petition-ligne-ter", "Ligne du Cheylard : le conseil municipal mobilisé", P(
            "Le conseil municipal a voté une motion pour la réouverture de la ligne ferroviaire. Une pétition nationale de l'association des "
            "usagers est en ligne sur <a href=\"https://www.change.org/p/rouvrons-les-petites-lignes\">change.org</a>."),
             decoys={"petition"}),
        page("/contact", "Contact", P("Mairie de Sainte-Eulalie-d'Ayrolle, 1 place de l'Église.")
             + m.joomla_rsform(3, [("Nom", "Nom", "text"), ("Email", "Adresse e-mail", "email"), ("Sujet", "Sujet", "text"),
                                   ("Message", "Votre message", "textarea")]),
             {"contact_form"}),
        page("/newsletter", "Lettre d'information", m.acymailing(2), decoys={"contact_form"}),
        page("/espace-membre/connexion", "Espace membre", '<div class="com-users-login login"><form action="/espace-membre/connexion?task=user.login" method="post" '
             'class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form"><fieldset><div class="control-group">'
             '<div class="control-label"><label id="username-lbl" for="username">Identifiant</label></div><div class="controls"><input type="text" name="username" '
             'id="username" autocomplete="username" class="form-control validate-username required" size="25"></div></div><div class="control-group">'
             '<div class="control-label"><label id="password-lbl" for="password">Mot de passe</label></div><div class="controls"><input type="password" '
             'name="password" id="password" class="form-control required" size="25"></div></div><div class="com-users-login__submit control-group">'
             '<button type="submit" class="btn btn-primary">Connexion</button></div></fieldset></form></div>',
             decoys={"contact_form"}),
    ]
    return Site(AYROLLE, "joomla", "Sainte-Eulalie-d'Ayrolle", pages,
                menu=[("Vie municipale", part), ("Forum", "/forum"), ("Actualités", "/actualites/renovation-du-pont-vieux"),
                      ("Participer", app + "/"), ("Contact", "/contact")],
                accounts=[social("facebook", "SainteEulalieAyrolle"), social("instagram", "sainte_eulalie_ayrolle"), social("tiktok", "ayrolle07")],
                address="Mairie, 1 place de l'Église, 07160 Sainte-Eulalie-d'Ayrolle")


_AYROLLE_APP_SITE = None


def _app_site():
    global _AYROLLE_APP_SITE
    if _AYROLLE_APP_SITE is None:
        _AYROLLE_APP_SITE = _ayrolle_app()
    return _AYROLLE_APP_SITE


def ayrolle():
    return City("99958", "Sainte-Eulalie-d'Ayrolle", 8_214, "07", "84", "Auvergne-Rhône-Alpes", f"http://{AYROLLE}/",
                [_ayrolle_www(), _app_site()])


# =====================================================================================================

def cities():
    return [montaurel(), castelvezy(), lanuejac(), ferrandieres(), roucayrols(), lescure(), peyrebrune(), ayrolle()]


def hosts():
    return {AYROLLE_APP: CustomHost(_app_site(), _app_special)}
