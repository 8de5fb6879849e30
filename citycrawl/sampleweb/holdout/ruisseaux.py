"""Holdout cities of politique de la ville: suburbs of Paris, Lyon, Lille and Marseille and mid-size cities of
the East and the Centre (99061-99068), seen through their priority neighbourhoods, urban renewal and the
participation that comes with them; and the lookalikes such sites hold (contrat de ville grants, NPNRU
convention, enquête publique, census, landlords' surveys, the watch scheme, budget primitif)."""
from ..site import City, Site, page, social
from . import ruisseaux_markup as m

PB, SC, PD, POLL, PET = "participatory_budget", "suggestion_call", "participation_displayed", "poll", "petition"
CF, COM, FOR, PLAT, TSN = "contact_form", "comments", "forum", "participatory_platform", "territorial_social_network"


def _home(intro, quick, news, events, banner="tarteaucitron", extra=""):
    return (m.cookie_banner(banner) + m.p(intro) + m.tiles(quick) + m.teasers(news) + m.agenda(events) + extra
            + m.newsletter("/newsletter"))


# ---- 99061 Saint-Aubrin-des-Prés (Essonne): agency CMS, Decidim space for "Cap Quartiers" -------------------

SA = "www.saint-aubrin-des-pres.fr"
SA_DEC = "participer.saint-aubrin-des-pres.fr"


def saint_aubrin() -> City:
    dec = f"http://{SA_DEC}"
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Saint-Aubrin-des-Prés, ville du Val d'Orge : 54 000 habitants, deux quartiers en renouvellement urbain.",
            [("/demarches/contact", "Contacter la mairie"), ("/demarches/facture-cantine", "Payer la cantine"),
             ("/cap-quartiers", "Cap Quartiers"), ("/ma-ville/democratie-locale", "Agir ensemble"),
             ("/ma-ville/renouvellement-urbain", "Les Aulnettes demain"), ("/ma-ville/budget", "Budget de la ville"),
             ("/ma-ville/politique-de-la-ville/contrat-de-ville", "Politique de la ville"), ("/newsletter", "Lettre d'information")],
            [("/actualites/fete-aulnettes", "Fête de quartier aux Aulnettes", "12/06/2025", "Jeux, repas partagé et inauguration du city-stade."),
             ("/actualites/recensement-2025", "Recensement : les agents passent chez vous", "15/01/2025", "Réservez-leur le meilleur accueil."),
             ("/ma-ville/renouvellement-urbain/questionnaire", "Aulnettes : votre avis sur les futurs espaces publics", "02/05/2025", "Un questionnaire de dix minutes.")],
            [("/ma-ville/conseil-municipal", "Conseil municipal", "26 juin, 20 h"),
             ("/ma-ville/democratie-locale/conseils-citoyens", "Plénière des conseils citoyens", "3 juillet, 18 h 30")])),
        page("/ma-ville/democratie-locale", "Agir ensemble : la démocratie locale", m.p(
            "Avec « Agir ensemble », la municipalité associe les habitants aux décisions qui touchent leur quotidien.",
            "Trois instances permanentes : les deux conseils citoyens des quartiers prioritaires, le conseil des jeunes et le conseil des aînés. "
            "Des concertations accompagnent chaque grand projet, à commencer par le renouvellement urbain des Aulnettes.")
             + m.links([("/ma-ville/democratie-locale/conseils-citoyens", "Les conseils citoyens"),
                        ("/ma-ville/democratie-locale/conseil-des-jeunes", "Le conseil des jeunes"),
                        ("/cap-quartiers", "Cap Quartiers, le budget participatif des quartiers"),
                        (dec + "/", "La plateforme participer.saint-aubrin-des-pres.fr")]), {PD}),
        page("/ma-ville/democratie-locale/conseils-citoyens", "Les conseils citoyens", m.p(
            "Un conseil citoyen siège dans chacun des quartiers prioritaires, les Aulnettes et Champ-Rossignol. Il réunit des habitants "
            "tirés au sort et des acteurs locaux (associations, commerçants).",
            "Ses membres participent au comité de pilotage du contrat de ville et du projet de renouvellement urbain. Ils se réunissent "
            "en plénière chaque trimestre à la maison du projet, séances ouvertes au public.")
             + m.ul(["Conseil citoyen des Aulnettes : 14 membres", "Conseil citoyen de Champ-Rossignol : 11 membres"]), {PD},
             parent=("Agir ensemble", "/ma-ville/democratie-locale")),
        page("/ma-ville/democratie-locale/conseil-des-jeunes", "Le conseil des jeunes", m.p(
            "Vingt-quatre jeunes de 13 à 17 ans élus dans les collèges portent des projets pour la ville pendant deux ans.",
            "Ils ont imaginé cette année une fresque sur le mur du gymnase et une journée de sensibilisation au harcèlement.")
             + m.p("Pour candidater, rapprochez-vous du service jeunesse avant les vacances d'automne."), {PD},
             parent=("Agir ensemble", "/ma-ville/democratie-locale")),
        # the contrat de ville's call for projects is a grant call for associations, not a call for residents' ideas
        page("/ma-ville/politique-de-la-ville/contrat-de-ville", "Le contrat de ville « Quartiers 2030 »", m.p(
            "Signé avec l'État et l'agglomération, le contrat de ville fixe les priorités pour les Aulnettes et Champ-Rossignol : "
            "emploi, réussite éducative, tranquillité publique, cadre de vie.",
            "Chaque année, la programmation finance les actions des associations retenues après l'appel à projets.")
             + m.links([("/ma-ville/politique-de-la-ville/appel-a-projets-2026", "Appel à projets 2026 du contrat de ville")]),
             decoys={SC, PD}),
        page("/ma-ville/politique-de-la-ville/appel-a-projets-2026", "Appel à projets 2026 du contrat de ville", m.p(
            "Les associations intervenant dans les quartiers prioritaires peuvent déposer une demande de subvention jusqu'au 30 novembre "
            "sur le portail Dauphin de l'Agence nationale de la cohésion des territoires.",
            "Critères : public majoritairement issu des QPV, cofinancements, indicateurs d'évaluation. Le comité des financeurs se réunit en février.")
             + m.ul(["Fiche action à compléter", "Budget prévisionnel", "Dernier bilan financier approuvé"]),
             decoys={SC}, parent=("Contrat de ville", "/ma-ville/politique-de-la-ville/contrat-de-ville")),
        page("/ma-ville/renouvellement-urbain", "Les Aulnettes demain : le projet de renouvellement urbain", m.p(
            "Le quartier des Aulnettes fait l'objet d'un projet soutenu par l'ANRU : démolition de 180 logements, réhabilitation de 420, "
            "nouveau groupe scolaire et parc central.",
            "La maison du projet, 4 place des Tilleuls, accueille les habitants le mercredi et le samedi matin. La concertation se poursuit "
            "par des ateliers thématiques et des balades urbaines avec les architectes.")
             + m.links([("/ma-ville/renouvellement-urbain/questionnaire", "Répondre au questionnaire sur les espaces publics"),
                        ("/ma-ville/renouvellement-urbain/enquete-publique", "L'enquête publique"),
                        (dec + "/processes/renouvellement-aulnettes", "La concertation en ligne")]), {PD}),
        page("/ma-ville/renouvellement-urbain/questionnaire", "Questionnaire : les futurs espaces publics des Aulnettes",
             m.questionnaire("/ma-ville/renouvellement-urbain/questionnaire", "Ce questionnaire est ouvert jusqu'au 15 juillet à tous les habitants du quartier.", [
                 ("Comment traversez-vous le quartier le plus souvent ?", ["À pied", "À vélo", "En voiture", "En bus"]),
                 ("Quel équipement souhaitez-vous dans le parc central ?", ["Aire de jeux", "Terrain multisports", "Jardins partagés", "Espace calme"]),
                 ("Autre remarque sur les espaces publics", [])]), {POLL},
             parent=("Les Aulnettes demain", "/ma-ville/renouvellement-urbain")),
        # an enquête publique is a statutory procedure, with a register at city hall: not an online poll of residents
        page("/ma-ville/renouvellement-urbain/enquete-publique", "Enquête publique préalable à la déclaration d'utilité publique", m.p(
            "Par arrêté préfectoral, une enquête publique est ouverte du 2 au 31 octobre sur le projet des Aulnettes.",
            "Le dossier est consultable en mairie ; le commissaire enquêteur tiendra quatre permanences. Les observations peuvent être "
            "consignées sur le registre papier ou adressées par courrier au commissaire enquêteur.") , decoys={POLL},
             parent=("Les Aulnettes demain", "/ma-ville/renouvellement-urbain")),
        page("/cap-quartiers", "Cap Quartiers, le budget participatif des Aulnettes et de Champ-Rossignol", m.p(
            "Cap Quartiers réserve 300 000 € aux projets proposés par les habitants des deux quartiers prioritaires.",
            "Les étapes : dépôt des idées en ligne au printemps, étude de faisabilité par les services, vote des habitants en octobre, "
            "réalisation l'année suivante.")
             + m.links([(dec + "/processes/cap-quartiers-2025", "Participer sur la plateforme"), ("/cap-quartiers/reglement", "Le règlement"),
                        ("/cap-quartiers/edition-2023", "Les projets de l'édition 2023")]), {PB, PD}),
        page("/cap-quartiers/reglement", "Règlement de Cap Quartiers", m.p(
            "Article 1 : tout habitant de plus de 11 ans résidant aux Aulnettes ou à Champ-Rossignol peut proposer un projet.",
            "Article 2 : les projets relèvent de l'investissement, d'un coût inférieur à 60 000 €, situés sur l'espace public du quartier.",
            "Article 3 : chaque votant choisit trois projets ; les plus soutenus sont retenus dans la limite de l'enveloppe."), {PB},
             parent=("Cap Quartiers", "/cap-quartiers")),
        # a past edition's winners: the budget exists and residents voted, even if this edition is over
        page("/cap-quartiers/edition-2023", "Cap Quartiers 2023 : les projets réalisés", m.p(
            "1 140 habitants ont voté en 2023. Six projets lauréats ont été réalisés :")
             + m.ul(["Un préau devant l'école Jean-Zay (48 000 €)", "Des bancs et de l'ombre au square des Lilas (22 000 €)",
                     "Une boîte à livres géante (6 000 €)", "Un parcours sportif le long du ru (39 000 €)"]), {PB},
             parent=("Cap Quartiers", "/cap-quartiers")),
        page("/ma-ville/budget", "Le budget de la ville", m.p(
            "Le budget primitif 2025 s'élève à 78,4 millions d'euros, dont 21 millions d'investissement.",
            "Le compte administratif 2024 a été approuvé le 24 juin. Taux de foncier bâti inchangé.")
             + m.ul(["Éducation : 28 %", "Cadre de vie : 19 %", "Solidarités : 14 %"]), decoys={PB}),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal se réunit environ six fois par an salle du conseil. Les séances sont publiques et retransmises.",
            "Prochaine séance le 26 juin : ordre du jour, procès-verbaux et délibérations sont publiés ci-dessous.")
             + m.ul(["Délibération 2025-041 : garantie d'emprunt au bailleur", "Délibération 2025-042 : convention NPNRU"]), decoys={PD}),
        # the news names the budget in passing: a residents' party, not the budget's own page
        page("/actualites/fete-aulnettes", "Fête de quartier aux Aulnettes", m.p(
            "Samedi, plus de 600 personnes ont fêté l'été place des Tilleuls : jeux, repas partagé et concert.",
            "Le maire a inauguré le city-stade, l'un des projets lauréats de Cap Quartiers en 2023.") + m.share(f"http://{SA}/actualites/fete-aulnettes"),
             decoys={PB}),
        page("/actualites/recensement-2025", "Recensement de la population 2025", m.p(
            "Du 16 janvier au 22 février, 8 % des logements de la commune sont recensés par l'INSEE.",
            "Si vous êtes concerné, un agent recenseur muni d'une carte officielle vous remettra vos codes pour répondre en ligne "
            "sur le site le-recensement-et-moi.fr."), decoys={POLL}),
        page("/demarches/contact", "Contacter la mairie", m.p("Accueil de l'hôtel de ville du lundi au samedi midi.")
             + m.agency_form("/demarches/contact", m.CONTACT_FIELDS), {CF}),
        page("/demarches/facture-cantine", "Payer une facture de restauration scolaire", m.payment("/demarches/facture-cantine")
             + m.p("Le paiement sécurisé est assuré par la DGFiP."), decoys={CF}),
        page("/newsletter", "Lettre d'information", m.p("Chaque mois, l'essentiel de l'actualité municipale dans votre boîte.")
             + m.newsletter("/newsletter/inscription"), decoys={CF}),
    ]
    www = Site(SA, "vendor", "Ville de Saint-Aubrin-des-Prés", pages,
               menu=[("Ma ville", "/ma-ville/democratie-locale"), ("Cap Quartiers", "/cap-quartiers"),
                     ("Renouvellement urbain", "/ma-ville/renouvellement-urbain"), ("Contact", "/demarches/contact")],
               accounts=[social("facebook", "SaintAubrinDesPres"), social("instagram", "saintaubrin91")],
               address="Hôtel de ville, 1 place de la République, 91000 Saint-Aubrin-des-Prés")
    p_slug = "/processes/cap-quartiers-2025"
    dpages = [
        page("/", "Accueil", m.p("Bienvenue sur la plateforme de participation de Saint-Aubrin-des-Prés.")
             + m.card_list([(p_slug, "Cap Quartiers 2025", "Proposez puis votez les projets de votre quartier."),
                            ("/processes/renouvellement-aulnettes", "Renouvellement des Aulnettes", "Concertation sur les espaces publics.")],
                           "card__list") + '<p><a href="/processes">Tous les processus</a></p>'),
        page("/processes", "Processus participatifs", m.card_list(
            [(p_slug, "Cap Quartiers 2025", "Phase en cours : dépôt des propositions"),
             ("/processes/renouvellement-aulnettes", "Renouvellement des Aulnettes", "Phase en cours : ateliers")], "card__list")),
        page(p_slug, "Cap Quartiers 2025", m.p(
            "Budget participatif des quartiers prioritaires. Enveloppe : 300 000 €.")
             + '<ol class="process-steps"><li class="is-active">Dépôt des propositions (1er mars - 30 avril)</li><li>Étude technique</li><li>Vote (octobre)</li></ol>'
             + m.links([(p_slug + "/f/41/proposals", "Propositions"), (p_slug + "/f/42/budgets/7/projects", "Vote des projets")]), {PB}),
        page(p_slug + "/f/41/proposals", "Propositions", '<div class="proposal-list">' + "".join(
            f'<a class="card__list" href="{p_slug}/f/41/proposals/{n}"><div class="card__list-content"><h3 class="card__list-title">{t}</h3>'
            f'<span class="card__list-metadata">{c} commentaires · {s} soutiens</span></div></a>'
            for n, t, c, s in [(318, "Des jeux d'eau au square des Lilas", 3, 57)])
             + '</div><p><a class="button button__sm button__secondary" href="/users/sign_in">Nouvelle proposition</a></p>'
             + m.p("Le dépôt est ouvert jusqu'au 30 avril : proposez vos idées pour votre quartier, 64 propositions déjà reçues."), {PB, SC}),
        page(p_slug + "/f/41/proposals/318", "Des jeux d'eau au square des Lilas", m.p(
            "L'été, le square est brûlant : des jets d'eau au sol rafraîchiraient les enfants du quartier.")
             + '<div id="comments" class="comments"><h2 class="comments__header">3 commentaires</h2>'
             '<div class="comment" id="comment_1201"><div class="comment__header"><span class="author__name">Nadia B.</span></div><div class="comment__content"><p>Très bonne idée, il manque aussi des fontaines.</p></div></div>'
             '<div class="comment" id="comment_1202"><div class="comment__header"><span class="author__name">Kévin L.</span></div><div class="comment__content"><p>Attention à la consommation d\'eau.</p></div></div>'
             '<div class="comment" id="comment_1203"><div class="comment__header"><span class="author__name">Service Cadre de vie</span></div><div class="comment__content"><p>Un circuit fermé est envisageable.</p></div></div>'
             '<form class="new_comment" id="new_comment_for_Proposal_318" action="/comments" method="post"><input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vUHJvcG9zYWwvMzE4">'
             '<label for="add-comment-Proposal-318">Ajouter un commentaire</label><textarea id="add-comment-Proposal-318" name="comment[body]" maxlength="1000"></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div>', {PB, COM},
             parent=("Propositions", p_slug + "/f/41/proposals")),
        page(p_slug + "/f/42/budgets/7/projects", "Voter les projets", m.p("Le vote ouvrira le 1er octobre. Projets de l'an dernier soumis au vote, pour exemple :")
             + '<div class="budget-summary"><p>Vous avez choisi 0 projet(s) sur 3</p></div>'
             + "".join(f'<div class="budget-list__item"><h3>{t}</h3><span class="budget-list__number">{b} €</span>'
                       f'<a class="button" href="/users/sign_in">Ajouter</a></div>'
                       for t, b in [("Jeux d'eau au square des Lilas", "45 000"), ("Éclairage du chemin du ru", "32 000")]), {PB},
             parent=("Cap Quartiers 2025", p_slug)),
        page("/processes/renouvellement-aulnettes", "Renouvellement des Aulnettes", m.p(
            "La concertation accompagne le projet urbain : ateliers à la maison du projet, balades urbaines, questionnaire en ligne.")
             + m.links([("/processes/renouvellement-aulnettes/f/45/surveys/12", "Répondre à l'enquête sur les usages du parc")]), {PD}),
        page("/processes/renouvellement-aulnettes/f/45/surveys/12", "Enquête : les usages du futur parc",
             '<form class="form new_questionnaire" action="/processes/renouvellement-aulnettes/f/45/surveys/12/answer" method="post">'
             '<div class="answer-questionnaire__question"><label>Combien de fois par semaine iriez-vous au parc ?</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="0"> Jamais</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="1"> 1 à 2 fois</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="2"> Plus souvent</label></div>'
             '<div class="answer-questionnaire__question"><label for="q2">Ce qui vous manque aujourd\'hui</label><textarea id="q2" name="questionnaire[responses][1][body]"></textarea></div>'
             '<input type="checkbox" name="questionnaire[tos_agreement]" id="tos"><label for="tos">J\'accepte les conditions</label>'
             '<button type="submit" class="button">Envoyer</button></form>', {POLL},
             parent=("Renouvellement des Aulnettes", "/processes/renouvellement-aulnettes")),
    ]
    dsite = Site(SA_DEC, "decidim", "Participer à Saint-Aubrin-des-Prés", dpages,
                 menu=[("Accueil", "/"), ("Processus", "/processes")], features=frozenset({PLAT}),
                 platforms=frozenset({"decidim"}))
    return City("99061", "Saint-Aubrin-des-Prés", 54_200, "91", "11", "Île-de-France", f"http://{SA}/", [www, dsite])


# ---- 99062 Vénissolles (Rhône): Drupal, a Cap Collectif space for petitions, ideas and a questionnaire ----------

VE = "www.venissolles.fr"
VE_CAP = "venissolles.cap-collectif.com"


def venissolles() -> City:
    cap = f"http://{VE_CAP}"
    pages = [
        page("/", "Accueil", _home(
            "Vénissolles, 63 800 habitants aux portes de Lyon : toute l'information municipale et vos démarches.",
            [("/contact", "Écrire à la mairie"), ("/demarches/reservation-salles", "Réserver une salle"),
             ("/participer", "Vénissolles en dialogue"), ("/participer/droit-de-petition", "Pétitions"),
             ("/participer/tables-de-quartier", "Tables de quartier"), ("/mairie/deliberations", "Délibérations")],
            [("/actualites/sondage-mobilites", "Mobilités : donnez votre avis", "03/03/2025", "Sondage express sur les navettes."),
             ("/actualites/travaux-avenue-jaures", "Travaux avenue Jaurès", "18/02/2025", "Le chantier du tram avance."),
             ("/actualites/participation-citoyenne", "Voisins vigilants : signature du protocole", "10/02/2025", "Avec la police nationale."),
             ("/actualites/resultats-sondage-marche", "Marché du dimanche : les résultats", "05/01/2025", "Vous avez tranché.")],
            [("/agenda/forum-emploi", "Forum de l'emploi et de l'alternance", "20 mars"),
             ("/participer/conseils-de-quartier/les-brosses", "Conseil de quartier des Brosses", "27 mars")], banner="cc")),
        page("/participer", "Vénissolles en dialogue", m.p(
            "Parce que la ville se construit avec celles et ceux qui la vivent, Vénissolles a adopté en 2022 une charte de la participation.",
            "Conseils de quartier, tables de quartier dans les quartiers prioritaires, conseil des seniors, droit de pétition et "
            "plateforme en ligne : autant de façons de prendre part aux décisions.")
             + m.links([("/participer/conseils-de-quartier", "Les conseils de quartier"), ("/participer/tables-de-quartier", "Les tables de quartier"),
                        ("/participer/conseil-des-seniors", "Le conseil des seniors"), ("/participer/droit-de-petition", "Le droit de pétition"),
                        ("/participer/fonds-initiatives-habitants", "Le fonds d'initiatives habitants"), (cap + "/", "La plateforme participative")]), {PD}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Six conseils de quartier, composés d'habitants volontaires et tirés au sort, donnent leur avis sur les projets et disposent "
            "d'un budget de fonctionnement.", "Leurs réunions plénières sont ouvertes à tous.")
             + m.links([("/participer/conseils-de-quartier/les-brosses", "Conseil de quartier des Brosses")]), {PD},
             parent=("Vénissolles en dialogue", "/participer")),
        page("/participer/conseils-de-quartier/les-brosses", "Conseil de quartier des Brosses", m.p(
            "Prochaine réunion publique le 27 mars à 19 h au centre social : sécurité aux abords du collège, aménagement du square.",
            "Compte rendu de la séance de janvier : 42 habitants présents, trois groupes de travail constitués.")
             + m.map_embed("Périmètre du quartier des Brosses"), {PD},
             parent=("Les conseils de quartier", "/participer/conseils-de-quartier")),
        page("/participer/tables-de-quartier", "Les tables de quartier", m.p(
            "Dans les quartiers prioritaires du Mas-Clair et des Grandes-Terres, les tables de quartier réunissent habitants et associations "
            "pour agir sur les sujets qu'ils choisissent.",
            "Accompagnées par le centre social, elles interpellent la ville et les bailleurs et participent au suivi du contrat de ville.")
             + m.links([("/mairie/contrat-de-ville", "Le contrat de ville")]), {PD},
             parent=("Vénissolles en dialogue", "/participer")),
        page("/participer/conseil-des-seniors", "Le conseil des seniors", m.p(
            "Trente habitants de plus de 60 ans donnent leur avis sur l'accessibilité, les transports et la lutte contre l'isolement.",
            "Il se réunit une fois par mois à la résidence autonomie des Tilleuls."), {PD},
             parent=("Vénissolles en dialogue", "/participer")),
        # the city's own right of petition: the page sets it out and sends to the space where petitions are filed and signed
        page("/participer/droit-de-petition", "Le droit de pétition", m.p(
            "Toute pétition déposée sur la plateforme participative et signée par 1 % des habitants de plus de 16 ans est inscrite "
            "à l'ordre du jour du conseil municipal.",
            "Déposez votre pétition ou signez celles en cours sur l'espace dédié.")
             + m.links([(cap + "/project/petitions-citoyennes/collect/deposer-une-petition", "Déposer ou signer une pétition")]), {PET, PD},
             parent=("Vénissolles en dialogue", "/participer")),
        # FPH: a call for residents' own projects, with a fund behind it
        page("/participer/fonds-initiatives-habitants", "Le fonds d'initiatives habitants", m.p(
            "Vous avez une idée pour animer votre quartier ? Le fonds d'initiatives habitants finance jusqu'à 1 000 € les projets portés "
            "par un groupe d'au moins trois habitants des quartiers prioritaires.",
            "Proposez votre projet au comité de gestion, composé d'habitants, qui se réunit tous les deux mois au centre social.")
             + m.drupal_webform("fih_projet", "/participer/fonds-initiatives-habitants", [
                 ("Nom du porteur", "nom", "text"), ("Courriel", "email", "email"), ("Votre projet en quelques lignes", "projet", "textarea")],
                 "Proposer mon projet"), {SC, PD, CF}, parent=("Vénissolles en dialogue", "/participer")),
        page("/actualites/sondage-mobilites", "Mobilités : donnez votre avis", m.p(
            "La ville étudie une navette entre la gare et les zones d'activités. Votre avis compte.")
             + m.drupal_poll(88, "Utiliseriez-vous une navette gratuite vers la gare ?", ["Oui, chaque jour", "De temps en temps", "Non"]), {POLL}),
        page("/actualites/resultats-sondage-marche", "Marché du dimanche : les résultats", m.p(
            "Le sondage est clos. Sur 1 312 participants, 61 % souhaitent un marché le dimanche matin place Carnot.",
            "Le premier marché dominical aura lieu le 6 avril.") + m.poll_results("Faut-il un marché le dimanche ?",
                                                                               [("Oui", 61, 800), ("Non", 39, 512)], 1312, "15 décembre"),
             decoys={POLL}),
        page("/actualites/participation-citoyenne", "Participation citoyenne : signature du protocole", m.p(
            "Le maire, le préfet et le commissaire de police ont signé le protocole « participation citoyenne ».",
            "Des habitants référents relaient auprès de la police les faits inhabituels dans leur rue. Ce dispositif de vigilance "
            "n'est pas un réseau social : les référents sont désignés par le commissariat."), decoys={PD, TSN}),
        page("/actualites/travaux-avenue-jaures", "Travaux avenue Jaurès", m.p(
            "Le chantier du tramway T9 entre dans sa phase de réseaux. Circulation alternée jusqu'en juin.")
             + m.drupal_comments([("Hélène", "19/02/2025", "Pensez aux commerçants pendant les travaux."),
                                  ("Samir", "20/02/2025", "Le bus 52 est-il dévié ?")], 214), {COM}),
        page("/agenda/forum-emploi", "Forum de l'emploi et de l'alternance", m.p(
            "Jeudi 20 mars, salle des fêtes : 45 entreprises recrutent. Apportez votre CV.",
            "Ateliers de simulation d'entretien organisés par la mission locale."), decoys={FOR}),
        page("/mairie/deliberations", "Délibérations du conseil municipal", m.p(
            "Retrouvez les délibérations adoptées lors des séances du conseil municipal.")
             + m.ul(["Séance du 12 février : vote du budget primitif", "Séance du 18 décembre : charte de la participation (modification)",
                     "Séance du 6 novembre : tarifs municipaux"]), decoys={PD}),
        page("/mairie/contrat-de-ville", "Contrat de ville et programmation", m.p(
            "La programmation 2025 du contrat de ville soutient 38 actions associatives pour 412 000 €.",
            "L'appel à projets annuel s'adresse aux associations ; dépôt des dossiers sur le portail de l'État avant le 15 janvier."),
             decoys={SC}),
        page("/contact", "Contact", m.p("Hôtel de ville, 8 place Carnot. Du lundi au vendredi, 8 h 30 - 17 h.")
             + m.drupal_webform("contact", "/contact", [("Votre nom", "name", "text"), ("Votre adresse de courriel", "mail", "email"),
                                                        ("Sujet", "subject", "text"), ("Message", "message", "textarea")]), {CF}),
        page("/demarches/reservation-salles", "Réserver une salle municipale", m.p("Salles disponibles pour les associations et les particuliers.")
             + m.booking("/demarches/reservation-salles", ["Salle Carnot - samedi", "Salle des Brosses - dimanche"], "créneau"), decoys={CF}),
    ]
    www = Site(VE, "drupal", "Ville de Vénissolles", pages,
               menu=[("Participer", "/participer"), ("Mairie", "/mairie/deliberations"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeVenissolles"), social("x", "Venissolles"), social("linkedin", "ville-de-venissolles")],
               address="Hôtel de ville, 8 place Carnot, 69200 Vénissolles")
    pet = "/project/petitions-citoyennes/collect/deposer-une-petition"
    cpages = [
        page("/", "Accueil", m.p("Vénissolles participe : pétitions, appels à idées et consultations de la ville.")
             + m.card_list([(pet, "Pétitions citoyennes", "Déposez et signez"), ("/project/appel-a-idees-berges/collect/vos-idees", "Les berges du canal", "Appel à idées"),
                            ("/project/concertation-gare/questionnaire/votre-avis", "Quartier de la gare", "Questionnaire")], "project-preview")
             + '<p><a href="/projects">Voir tous les projets</a></p>'),
        page("/projects", "Projets", m.card_list([(pet, "Pétitions citoyennes", "En cours"),
                                                  ("/project/appel-a-idees-berges/collect/vos-idees", "Les berges du canal", "Dépôt ouvert"),
                                                  ("/project/concertation-gare/questionnaire/votre-avis", "Quartier de la gare", "Questionnaire ouvert")], "project-preview")),
        page(pet, "Déposer une pétition", m.p("Déposez votre pétition : au-delà de 520 signatures, elle sera débattue en conseil municipal.")
             + '<a class="btn btn-primary" id="proposal-form-button" href="/login">Déposer une pétition</a>'
             + m.card_list([(pet + "/proposals/piste-cyclable-rue-des-brosses", "Pour une piste cyclable rue des Brosses", "318 signatures")], "proposal-preview"),
             {PET}),
        page(pet + "/proposals/piste-cyclable-rue-des-brosses", "Pour une piste cyclable rue des Brosses",
             m.p("Les collégiens circulent entre les voitures : nous demandons une piste protégée.")
             + m.petition_sign(pet + "/proposals/piste-cyclable-rue-des-brosses/sign", "Signer cette pétition", 318, 520)
             + '<div class="opinion__comments"><h3>2 commentaires</h3><ul class="comments-list"><li class="opinion opinion--comment">Indispensable !</li>'
             '<li class="opinion opinion--comment">Et un éclairage aussi.</li></ul><form class="comment-form" action="/comments" method="post">'
             '<textarea name="body" aria-label="Votre commentaire"></textarea><button type="submit">Commenter</button></form></div>',
             {PET, COM}, parent=("Pétitions citoyennes", pet)),
        page("/project/appel-a-idees-berges/collect/vos-idees", "Les berges du canal : vos idées", m.p(
            "Promenade, guinguette, jardins ? Proposez vos idées pour les berges jusqu'au 30 juin.")
             + '<a class="btn btn-primary" id="proposal-form-button" href="/login">Proposer une idée</a>'
             + m.card_list([("/project/appel-a-idees-berges/collect/vos-idees", "Un ponton de pêche", "12 votes")], "proposal-preview"), {SC}),
        page("/project/concertation-gare/questionnaire/votre-avis", "Quartier de la gare : votre avis",
             m.questionnaire("/project/concertation-gare/questionnaire/votre-avis", "Questionnaire ouvert jusqu'au 15 mai.", [
                 ("Fréquentez-vous la gare ?", ["Tous les jours", "Parfois", "Jamais"]),
                 ("Qu'améliorer en priorité ?", ["Parvis", "Stationnement vélo", "Accès piétons"])], "questionnaire-form"), {POLL}),
    ]
    csite = Site(VE_CAP, "capcollectif", "Vénissolles participe", cpages, menu=[("Accueil", "/"), ("Projets", "/projects")],
                 features=frozenset({PLAT}), platforms=frozenset({"capcollectif"}))
    return City("99062", "Vénissolles", 63_800, "69", "84", "Auvergne-Rhône-Alpes", f"http://{VE}/", [www, csite])


# ---- 99063 Lesquemont (Nord): WordPress, a neighbours' network of its own ------------------------------------

LE = "www.lesquemont.fr"
LE_NET = "voisins.lesquemont.fr"


def lesquemont() -> City:
    net = f"http://{LE_NET}"
    sidebar_poll = m.aside_box("Sondage", m.wp_polls(14, "Quels horaires pour la future ludothèque ?",
                                                     ["Mercredi toute la journée", "Samedi matin", "Après 17 h en semaine"]))
    pages = [
        page("/", "Accueil", _home(
            "Lesquemont, 41 300 habitants dans la métropole lilloise : bienvenue sur le site de votre ville.",
            [("/contact/", "Nous contacter"), ("/inscriptions-periscolaire/", "Périscolaire"), ("/vie-citoyenne/", "Vie citoyenne"),
             ("/vie-citoyenne/boite-a-idees/", "Boîte à idées"), ("/vie-citoyenne/reseau-des-voisins/", "Réseau des voisins"),
             ("/mairie/budget-primitif-2025/", "Budget 2025")],
            [("/actualites/nouvelle-ludotheque/", "Une ludothèque au Petit-Bois", "14/04/2025", "Ouverture à la rentrée."),
             ("/actualites/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats", "01/03/2025", "Merci aux participants."),
             ("/actualites/enquete-locataires/", "Le bailleur interroge ses locataires", "20/02/2025", "Enquête de satisfaction."),
             ("/actualites/voeux-du-maire/", "Les vœux du maire", "10/01/2025", "Retour en images."),
             ("/actualites/ligne-ter/", "Ligne TER : la mobilisation", "05/02/2025", "La ville soutient les usagers.")],
            [("/agenda/forum-des-associations/", "Forum des associations", "6 septembre"),
             ("/vie-citoyenne/comites-de-quartier/", "Comité de quartier du Petit-Bois", "15 mai")])),
        page("/vie-citoyenne/", "Vie citoyenne", m.p(
            "La ville associe les habitants à la vie locale : comités de quartier, boîte à idées, réseau des voisins et conseil de "
            "développement de la métropole.", "Chaque année, les assises de la vie citoyenne font le bilan avec vous.")
             + m.links([("/vie-citoyenne/comites-de-quartier/", "Comités de quartier"), ("/vie-citoyenne/boite-a-idees/", "Boîte à idées"),
                        ("/vie-citoyenne/reseau-des-voisins/", "Réseau des voisins"), ("/vie-citoyenne/conseil-de-developpement/", "Conseil de développement")]), {PD}),
        page("/vie-citoyenne/comites-de-quartier/", "Les comités de quartier", m.p(
            "Cinq comités de quartier, dont celui du Petit-Bois, quartier prioritaire, rassemblent les habitants volontaires.",
            "Ils se réunissent avec l'élu de quartier tous les deux mois et portent les demandes des riverains.")
             + m.ul(["Centre", "Petit-Bois", "Marais", "Hautes-Rues", "Gare"]), {PD}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/vie-citoyenne/boite-a-idees/", "Boîte à idées", m.idea_form(
            "/vie-citoyenne/boite-a-idees/", "Une idée pour améliorer la vie à Lesquemont ? Déposez-la ici : chaque idée reçoit une réponse.",
            extra=[("Thème", "theme", ["Cadre de vie", "Mobilité", "Jeunesse", "Solidarité"])]), {SC, CF},
             parent=("Vie citoyenne", "/vie-citoyenne/")),
        # the city's page presenting the neighbours' network it runs, with the way in
        page("/vie-citoyenne/reseau-des-voisins/", "Le réseau des voisins", m.p(
            "Prêter une perceuse, trouver qui arrose vos plantes, organiser la fête des voisins : la ville a ouvert un réseau social de "
            "proximité réservé aux habitants de Lesquemont.", "Inscription gratuite, quartier par quartier.")
             + m.links([(net + "/", "Rejoindre le réseau des voisins")]), {TSN}, parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/vie-citoyenne/conseil-de-developpement/", "Le conseil de développement", m.p(
            "Le conseil de développement de la métropole réunit des citoyens bénévoles qui rendent des avis sur les politiques "
            "métropolitaines. Deux habitants de Lesquemont y siègent.", "Il recrute de nouveaux membres chaque printemps."), {PD},
             parent=("Vie citoyenne", "/vie-citoyenne/")),
        page("/actualites/nouvelle-ludotheque/", "Une ludothèque au Petit-Bois", m.with_aside(m.p(
            "Une ludothèque ouvrira en septembre dans l'ancienne école du Petit-Bois.", "Jeux sur place, prêt et soirées familles.")
             + m.wp_comments([("Laetitia", "15 avril", "Super pour les enfants du quartier !"),
                              ("Marc D.", "16 avril", "Sera-t-elle ouverte le dimanche ?")], 2211), sidebar_poll), {POLL, COM}),
        page("/actualites/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats", m.p("Le sondage est terminé.")
             + m.poll_results("Faut-il éteindre l'éclairage public entre 1 h et 5 h ?", [("Oui", 58, 402), ("Non", 42, 291)], 693, "28 février"),
             decoys={POLL}),
        page("/actualites/enquete-locataires/", "Le bailleur interroge ses locataires", m.p(
            "Le bailleur social du Petit-Bois mène son enquête triennale de satisfaction auprès de ses locataires, par téléphone, "
            "jusqu'au 30 mars.", "Cette enquête est réalisée par un institut mandaté par le bailleur ; la ville n'en est pas destinataire."),
             decoys={POLL}),
        page("/actualites/voeux-du-maire/", "Les vœux du maire", m.p(
            "Plus de 800 habitants ont assisté à la cérémonie des vœux à la salle Gérard-Philipe.")
             + m.share(f"http://{LE}/actualites/voeux-du-maire/") + m.wp_comments_closed(), decoys={COM}),
        page("/actualites/ligne-ter/", "Ligne TER : la mobilisation", m.p(
            "Le conseil municipal a adopté un vœu pour le maintien des arrêts en gare de Lesquemont.",
            "Une pétition régionale des usagers circule aussi sur un site national de pétitions ; la ville n'en est pas l'auteur."),
             decoys={PET}),
        page("/agenda/forum-des-associations/", "Forum des associations", m.p(
            "Samedi 6 septembre, complexe sportif : 90 associations présentent leurs activités.", "Inscriptions sur place."), decoys={FOR}),
        page("/mairie/budget-primitif-2025/", "Budget primitif 2025", m.p(
            "Voté le 20 mars, le budget primitif s'équilibre à 52 millions d'euros.", "Principaux investissements : rénovation de l'école Pasteur, voirie."),
             decoys={PB}),
        page("/contact/", "Contact", m.p("Mairie de Lesquemont, place Roger-Salengro.") + m.cf7("/contact/", m.CONTACT_FIELDS), {CF}),
        page("/inscriptions-periscolaire/", "Inscriptions périscolaires", m.p("Inscrivez votre enfant à la garderie et à la cantine.")
             + m.registration("/inscriptions-periscolaire/", [("École", "ecole")]), decoys={CF}),
    ]
    www = Site(LE, "wordpress", "Ville de Lesquemont", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "Lesquemont"), social("youtube", "VilleDeLesquemont")],
               address="Place Roger-Salengro, 59000 Lesquemont")
    npages = [
        page("/", "Accueil", m.p("Le réseau social des voisins de Lesquemont : entraide, prêts, événements de quartier.")
             + m.links([("/quartiers/petit-bois", "Petit-Bois"), ("/quartiers/centre", "Centre"), ("/evenements", "Événements"),
                        ("/annonces/pret-escabeau", "Dernière annonce : prêt d'escabeau")])),
        page("/quartiers/petit-bois", "Quartier du Petit-Bois", '<div class="feed"><article class="post"><p class="post__author">Fatou</p>'
             '<p>Quelqu\'un a des cartons de déménagement ?</p></article><article class="post"><p class="post__author">Julien</p>'
             '<p>Fête des voisins le 30 mai, cour du bâtiment C.</p></article></div><form class="post-form" action="/quartiers/petit-bois" method="post">'
             '<textarea name="contenu" placeholder="Écrire à vos voisins"></textarea><button type="submit">Publier</button></form>'),
        page("/quartiers/centre", "Quartier du Centre", '<div class="feed"><article class="post"><p>Perdu un chat roux rue Pasteur.</p></article></div>'),
        page("/evenements", "Événements", m.ul(["Fête des voisins - 30 mai", "Troc de plantes - 14 juin"])),
        page("/annonces/pret-escabeau", "Prêt d'escabeau", m.p("Je prête un escabeau 3 marches, rue des Tisserands.")
             + '<div class="comments"><p>Merci, je passe samedi !</p><form action="/annonces/pret-escabeau" method="post"><textarea name="reponse"></textarea><button>Répondre</button></form></div>',
             {COM}),
    ]
    nsite = Site(LE_NET, "community", "Voisins de Lesquemont", npages, menu=[("Accueil", "/"), ("Événements", "/evenements")],
                 features=frozenset({TSN}))
    return City("99063", "Lesquemont", 41_300, "59", "32", "Hauts-de-France", f"http://{LE}/", [www, nsite])


# ---- 99064 Castelvaure (Bouches-du-Rhône): TYPO3, a Go Vocal space for "Mon Quartier Décide" -------------------

CA = "www.castelvaure.fr"
CA_GV = "castelvaure.govocal.com"


def castelvaure() -> City:
    gv = f"http://{CA_GV}"
    pb = "/fr-FR/projects/mon-quartier-decide-2025"
    pages = [
        page("/", "Accueil", _home(
            "Castelvaure, 47 900 habitants entre l'étang et la métropole marseillaise.",
            [("/contact", "Contact"), ("/paiement-en-ligne", "Paiement en ligne"), ("/citoyennete/la-participation", "Participer"),
             ("/citoyennete/mon-quartier-decide", "Mon Quartier Décide"), ("/cadre-de-vie/renouvellement-urbain", "Renouvellement urbain"),
             ("/office-de-tourisme", "Tourisme")],
            [("/citoyennete/questionnaire-proprete", "Propreté : répondez au questionnaire", "07/04/2025", "Cinq minutes pour améliorer votre quartier."),
             ("/actualites/concours-balcons-fleuris", "Concours des balcons fleuris", "01/04/2025", "Inscriptions ouvertes."),
             ("/citoyennete/appel-a-idees-jeunesse", "Jeunes : proposez vos idées", "20/03/2025", "Le CMJ lance son appel."),
             ("/mairie/appels-d-offres", "Marchés publics", "15/03/2025", "Consultations en cours.")],
            [("/citoyennete/conseils-citoyens", "Conseil citoyen de la Bastide-Neuve", "12 mai"),
             ("/cadre-de-vie/renouvellement-urbain", "Balade urbaine à la Bastide-Neuve", "24 mai")])),
        page("/citoyennete/la-participation", "La participation citoyenne à Castelvaure", m.p(
            "Conseils citoyens, conseil municipal des jeunes, budget participatif des quartiers, questionnaires : la ville donne la parole "
            "à ses habitants.", "Une direction de la participation et de la vie des quartiers accompagne ces démarches.")
             + m.links([("/citoyennete/conseils-citoyens", "Conseils citoyens"), ("/citoyennete/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                        ("/citoyennete/mon-quartier-decide", "Mon Quartier Décide"), ("/citoyennete/questionnaire-proprete", "Questionnaire propreté")]), {PD}),
        page("/citoyennete/conseils-citoyens", "Les conseils citoyens", m.p(
            "Les conseils citoyens de la Bastide-Neuve et des Cigales associent habitants et acteurs locaux au contrat de ville.",
            "Leurs réunions sont ouvertes ; ils disposent d'un local à la maison du projet."), {PD}),
        page("/citoyennete/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.p(
            "Élus pour deux ans, 33 collégiens siègent au conseil municipal des jeunes et mènent leurs projets en commissions.",
            "Cette année, ils lancent un appel à idées auprès de tous les jeunes de la ville.")
             + m.links([("/citoyennete/appel-a-idees-jeunesse", "L'appel à idées jeunesse")]), {PD}),
        page("/citoyennete/appel-a-idees-jeunesse", "Appel à idées jeunesse", m.p(
            "Tu as entre 11 et 25 ans et une idée pour Castelvaure ? Le conseil municipal des jeunes recueille vos propositions jusqu'au 31 mai.")
             + m.powermail("/citoyennete/appel-a-idees-jeunesse", [("Prénom", "prenom", "text"), ("Âge", "age", "number"),
                                                                  ("Courriel", "email", "email"), ("Ton idée", "idee", "textarea")], "Envoyer mon idée"),
             {SC, CF}, parent=("Conseil municipal des jeunes", "/citoyennete/conseil-municipal-des-jeunes")),
        page("/citoyennete/mon-quartier-decide", "Mon Quartier Décide", m.p(
            "Mon Quartier Décide est le budget participatif réservé aux quartiers prioritaires de la Bastide-Neuve et des Cigales : "
            "200 000 € pour des projets imaginés et votés par les habitants.",
            "Dépôt des idées jusqu'au 15 juin sur la plateforme, vote en novembre.")
             + m.links([(gv + pb, "Déposer une idée sur la plateforme"), ("/citoyennete/mon-quartier-decide/laureats-2024", "Les lauréats 2024")]),
             {PB, PD}),
        page("/citoyennete/mon-quartier-decide/laureats-2024", "Mon Quartier Décide : les lauréats 2024", m.p(
            "Le vote de novembre 2024 a retenu cinq projets :")
             + m.ul(["Jardin partagé des Cigales", "Terrain de pétanque éclairé", "Fresque du collège", "Bancs ombragés avenue Mistral"]), {PB},
             parent=("Mon Quartier Décide", "/citoyennete/mon-quartier-decide")),
        page("/citoyennete/questionnaire-proprete", "Questionnaire : la propreté dans votre quartier", m.p(
            "La ville prépare son plan propreté. Répondez avant le 30 avril.")
             + m.powermail("/citoyennete/questionnaire-proprete", [("Votre quartier", "quartier", "text"),
                                                                   ("Note de 1 à 10 pour la propreté de votre rue", "note", "number"),
                                                                   ("Vos suggestions", "suggestions", "textarea")], "Valider mes réponses"),
             {POLL}),
        page("/cadre-de-vie/renouvellement-urbain", "Le renouvellement urbain de la Bastide-Neuve", m.p(
            "Le nouveau programme de renouvellement urbain transforme la Bastide-Neuve d'ici 2030.",
            "La maison du projet accueille les habitants, organise des balades urbaines et des ateliers de concertation sur les "
            "espaces publics ; le conseil citoyen y participe.")
             + m.links([("/cadre-de-vie/renouvellement-urbain/convention-npnru", "La convention NPNRU")]), {PD}),
        page("/cadre-de-vie/renouvellement-urbain/convention-npnru", "La convention NPNRU", m.p(
            "Signée le 14 février avec l'ANRU, la métropole et les bailleurs, la convention engage 96 millions d'euros.",
            "Le conseil municipal a approuvé la convention par délibération du 19 décembre."), decoys={PD},
             parent=("Renouvellement urbain", "/cadre-de-vie/renouvellement-urbain")),
        page("/mairie/appels-d-offres", "Marchés publics", m.p("Consultations en cours, dossiers sur la plateforme des marchés publics.")
             + m.ul(["Appel d'offres : entretien des espaces verts", "Appel à candidatures : occupation du kiosque du parc"]), decoys={SC}),
        page("/actualites/concours-balcons-fleuris", "Concours des balcons fleuris", m.p(
            "Inscrivez votre balcon ou jardin avant le 31 mai. Le jury passera en juin.", "Remise des prix en septembre."), decoys={SC}),
        page("/office-de-tourisme", "Office de tourisme", m.p(
            "L'office de tourisme intercommunal vous accueille quai des Pêcheurs.",
            'Suivez-le sur <a href="https://www.facebook.com/TourismeCastelvaure">Facebook</a> et '
            '<a href="https://www.instagram.com/tourisme_castelvaure">Instagram</a>.')),
        page("/contact", "Contact", m.powermail("/contact", [("Nom", "nom", "text"), ("Courriel", "email", "email"),
                                                             ("Message", "message", "textarea")]), {CF}),
        page("/paiement-en-ligne", "Paiement en ligne", m.payment("/paiement-en-ligne"), decoys={CF}),
    ]
    www = Site(CA, "typo3", "Ville de Castelvaure", pages,
               menu=[("Citoyenneté", "/citoyennete/la-participation"), ("Cadre de vie", "/cadre-de-vie/renouvellement-urbain"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleCastelvaure"), social("instagram", "villecastelvaure")],
               address="Hôtel de ville, cours Mirabeau, 13000 Castelvaure")
    gpages = [
        page("/", "Accueil", m.p("Castelvaure participe : les projets en cours.")
             + m.card_list([(pb, "Mon Quartier Décide 2025", "Dépôt des idées"), ("/fr-FR/projects/plan-velo/survey", "Plan vélo", "Enquête")], "e2e-project-card")),
        page(pb, "Mon Quartier Décide 2025", m.p("Phase 1 : dépôt des idées, jusqu'au 15 juin.")
             + m.links([(pb + "/ideas", "Voir les idées")]), {PB}),
        page(pb + "/ideas", "Idées", '<a class="e2e-idea-button" href="/fr-FR/projects/mon-quartier-decide-2025/ideas">Soumettre votre idée</a>'
             + m.card_list([("/fr-FR/ideas/jardin-partage-les-cigales", "Un second jardin partagé aux Cigales", "24 votes · 3 commentaires")], "e2e-idea-card"),
             {PB, SC}, parent=("Mon Quartier Décide 2025", pb)),
        page("/fr-FR/ideas/jardin-partage-les-cigales", "Un second jardin partagé aux Cigales", m.p("Les parcelles actuelles sont toutes prises.")
             + '<div id="e2e-comments-container"><div class="e2e-comment">Je m\'inscris tout de suite !</div>'
             '<form class="e2e-comment-form" action="/fr-FR/ideas/jardin-partage-les-cigales" method="post"><textarea id="submit-comment" name="comment"></textarea>'
             '<button type="submit" class="e2e-submit-parentcomment">Publier</button></form></div>', {PB, COM}),
        page("/fr-FR/projects/plan-velo/survey", "Plan vélo : enquête", m.questionnaire(
            "/fr-FR/projects/plan-velo/survey", "Enquête ouverte jusqu'au 30 juin.",
            [("Combien de fois par semaine faites-vous du vélo ?", ["Jamais", "1-2", "3 et plus"]),
             ("Qu'est-ce qui vous en empêche ?", [])], "e2e-survey"), {POLL}),
    ]
    gsite = Site(CA_GV, "govocal", "Castelvaure participe", gpages, menu=[("Accueil", "/"), ("Mon Quartier Décide", pb)],
                 features=frozenset({PLAT}), platforms=frozenset({"govocal"}))
    return City("99064", "Castelvaure", 47_900, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{CA}/", [www, gsite],
                decoy_accounts=("https://www.facebook.com/tourismecastelvaure", "https://www.instagram.com/tourisme_castelvaure"))


# ---- 99065 Florémont-sur-Fensch (Moselle): agency CMS, a Flarum forum ----------------------------------------

FL = "www.floremont-sur-fensch.fr"
FL_FORUM = "forum.floremont-sur-fensch.fr"


def floremont() -> City:
    fo = f"http://{FL_FORUM}"
    bp = "/democratie-participative/budget-participatif"
    poll_box = m.aside_box("Votre avis", m.wp_polls(3, "Le stationnement en centre-ville doit-il rester gratuit le samedi ?", ["Oui", "Non", "Sans avis"]))
    pages = [
        page("/", "Accueil", _home(
            "Florémont-sur-Fensch, 36 400 habitants dans la vallée de la Fensch.",
            [("/contact", "Contact"), ("/newsletter", "Lettre d'info"), ("/democratie-participative", "Démocratie participative"),
             (bp, "Budget participatif"), ("/democratie-participative/petitions", "Pétitions"), ("/mairie/budget", "Finances")],
            [("/actualites/stationnement", "Stationnement : votre avis", "02/05/2025", "Sondage en ligne."),
             ("/actualites/participation-citoyenne", "Participation citoyenne avec la gendarmerie", "12/04/2025", "Le dispositif s'étend."),
             ("/actualites/recensement", "Recensement 2025", "10/01/2025", "Les agents recenseurs passent.")],
            [("/democratie-participative/assemblees-de-quartier", "Assemblée du quartier de la Fensch", "22 mai"),
             ("/mairie/conseil-municipal", "Conseil municipal", "5 juin")])),
        page("/democratie-participative", "Démocratie participative", m.p(
            "Assemblées de quartier, budget participatif, forum citoyen, pétitions : à Florémont, chaque habitant peut agir.",
            "Un adjoint à la démocratie participative coordonne ces instances.")
             + m.links([("/democratie-participative/assemblees-de-quartier", "Les assemblées de quartier"), (bp, "Le budget participatif"),
                        ("/democratie-participative/forum-citoyen", "Le forum citoyen"), ("/democratie-participative/petitions", "Les pétitions")]), {PD}),
        page("/democratie-participative/assemblees-de-quartier", "Les assemblées de quartier", m.p(
            "Quatre fois par an, chaque quartier tient son assemblée publique avec les élus : travaux, propreté, sécurité.",
            "Le quartier prioritaire de la Fensch dispose en plus d'un conseil citoyen."), {PD}),
        page(bp, "Le budget participatif", m.p(
            "500 000 € par an pour des projets proposés et votés par les habitants.",
            "Calendrier : dépôt en mars-avril, analyse en mai-juin, vote en septembre.")
             + m.links([(bp + "/deposer", "Déposer un projet"), (bp + "/voter", "Voter")]), {PB}),
        page(bp + "/deposer", "Déposer un projet", m.idea_form(
            bp + "/deposer", "Le dépôt est ouvert jusqu'au 30 avril. Un projet : un investissement d'intérêt général sur la commune.",
            "Nom du projet", "Description et localisation", [("Quartier", "quartier", ["Centre", "Fensch", "Plateau", "Haut-Florémont"])],
            "Déposer mon projet"), {PB, SC, CF}, parent=("Budget participatif", bp)),
        page(bp + "/voter", "Voter pour les projets", '<form class="vote-bp" action="' + bp + '/voter" method="post">'
             + "".join(f'<label><input type="checkbox" name="projets[]" value="{i}"> {t}</label>' for i, t in enumerate(
                 ["Aire de jeux du Plateau", "Verger partagé", "Abri vélos à la gare"]))
             + '<label for="v-mail">Courriel</label><input id="v-mail" type="email" name="email"><button type="submit">Valider mon vote</button></form>',
             {PB}, parent=("Budget participatif", bp)),
        # this page presents the board and links to it; the threads are on the forum's own host
        page("/democratie-participative/forum-citoyen", "Le forum citoyen", m.p(
            "Le forum citoyen permet aux habitants de débattre entre eux des sujets de la commune, modéré par la mairie.")
             + m.links([(fo + "/", "Accéder au forum")]), {PD}, decoys={FOR}),
        page("/democratie-participative/petitions", "Pétitions citoyennes", m.p(
            "Toute pétition signée par 300 habitants est examinée par le conseil municipal.")
             + m.petition_sign("/democratie-participative/petitions", "Pour un passage piéton devant l'école Prévert", 214, 300), {PET}),
        page("/actualites/stationnement", "Stationnement : votre avis", m.with_aside(m.p(
            "La ville réfléchit à l'avenir du stationnement en centre-ville. Votez dans le sondage ci-contre."), poll_box), {POLL}),
        page("/actualites/participation-citoyenne", "Participation citoyenne avec la gendarmerie", m.p(
            "Le dispositif « participation citoyenne » de la gendarmerie compte désormais 18 référents de quartier.",
            "Les référents signalent à la brigade tout fait suspect ; ils ne patrouillent pas."), decoys={PD, TSN}),
        page("/actualites/recensement", "Recensement 2025", m.p(
            "L'INSEE recense une partie des logements de la commune du 16 janvier au 22 février. Répondez en ligne avec vos codes."),
             decoys={POLL}),
        page("/mairie/budget", "Budget communal", m.p("Budget primitif 2025 : 41 millions d'euros. Compte administratif 2024 consultable en mairie."),
             decoys={PB}),
        page("/mairie/conseil-municipal", "Conseil municipal", m.p("Ordre du jour et comptes rendus des séances.")
             + m.ul(["Séance du 5 juin : budget supplémentaire", "Séance du 3 avril : subventions aux associations"]), decoys={PD}),
        page("/contact", "Contact", m.agency_form("/contact", m.CONTACT_FIELDS, cls="contact-form"), {CF}),
        page("/newsletter", "Lettre d'information", m.newsletter("/newsletter/abonnement"), decoys={CF}),
    ]
    www = Site(FL, "vendor", "Ville de Florémont-sur-Fensch", pages,
               menu=[("Démocratie participative", "/democratie-participative"), ("Mairie", "/mairie/conseil-municipal"), ("Contact", "/contact")],
               accounts=[social("facebook", "FloremontSurFensch")], address="Hôtel de ville, 2 rue de la Fensch, 57000 Florémont-sur-Fensch")
    fpages = [
        page("/", "Accueil", '<ul class="DiscussionList-discussions">' + "".join(
            f'<li class="DiscussionListItem"><a href="{h}" class="DiscussionListItem-main"><h3 class="DiscussionListItem-title">{t}</h3></a>'
            f'<span class="DiscussionListItem-count">{n} réponses</span></li>' for h, t, n in [
                ("/d/12-stationnement-rue-de-la-gare", "Stationnement rue de la Gare", 8), ("/d/15-jardins-familiaux", "Jardins familiaux : liste d'attente", 4)])
             + '</ul><p><a href="/t/circulation">Étiquette Circulation</a></p>'),
        page("/t/circulation", "Circulation", m.links([("/d/12-stationnement-rue-de-la-gare", "Stationnement rue de la Gare")])),
        page("/d/12-stationnement-rue-de-la-gare", "Stationnement rue de la Gare", '<div class="PostStream">'
             '<article class="Post CommentPost"><h3 class="PostUser-name">mireille57</h3><div class="Post-body"><p>Impossible de se garer le soir.</p></div></article>'
             '<article class="Post CommentPost"><h3 class="PostUser-name">thomas_f</h3><div class="Post-body"><p>Le parking de la gare est vide pourtant.</p></div></article></div>'),
        page("/d/15-jardins-familiaux", "Jardins familiaux : liste d'attente", '<div class="PostStream">'
             '<article class="Post CommentPost"><h3 class="PostUser-name">annie</h3><div class="Post-body"><p>Deux ans d\'attente, c\'est long.</p></div></article></div>'),
    ]
    fsite = Site(FL_FORUM, "flarum", "Forum citoyen de Florémont", fpages, menu=[("Discussions", "/"), ("Circulation", "/t/circulation")],
                 features=frozenset({FOR}))
    return City("99065", "Florémont-sur-Fensch", 36_400, "57", "44", "Grand Est", f"http://{FL}/", [www, fsite])


# ---- 99066 Vierzac (Cher): WordPress, "À vous la parole" --------------------------------------------------------

VI = "www.vierzac.fr"


def vierzac() -> City:
    av = "/a-vous-la-parole/"
    pages = [
        page("/", "Accueil", _home(
            "Vierzac, 31 200 habitants, ville du Cher : actualités, démarches et vie locale.",
            [("/contact/", "Contact"), ("/espace-famille/", "Espace famille"), (av, "À vous la parole"),
             (av + "appel-a-projets-citoyens-2025/", "Appel à projets citoyens"), (av + "questionnaire-centre-ville/", "Questionnaire centre-ville"),
             ("/associations/subventions/", "Subventions aux associations")],
            [("/actualites/marche-de-noel/", "Le marché de Noël revient", "20/11/2024", "Trois jours place de la Halle."),
             ("/actualites/conseil-municipal-12-mars/", "Conseil municipal du 12 mars", "13/03/2025", "Ce qu'il faut retenir."),
             (av + "sondage-resultats/", "Sondage : les résultats", "01/02/2025", "Les horaires de la piscine."),
             ("/actualites/agglo-concertation-mobilites/", "Mobilités : l'agglomération consulte", "05/05/2025", "Plan de mobilité.")],
            [("/agenda/forum-emploi-saisonnier/", "Forum de l'emploi saisonnier", "12 avril"),
             (av + "conseils-de-quartier/", "Conseil de quartier des Gibjoncs-Nord", "28 avril")], banner="cc")),
        page(av, "À vous la parole", m.p(
            "« À vous la parole » réunit toutes les façons de participer à la vie de Vierzac : conseils de quartier, conseil des sages, "
            "appels à projets citoyens et questionnaires.", "Parce qu'une ville se construit à plusieurs voix.")
             + m.links([(av + "conseils-de-quartier/", "Conseils de quartier"), (av + "conseil-des-sages/", "Conseil des sages"),
                        (av + "appel-a-projets-citoyens-2025/", "Appel à projets citoyens 2025"), (av + "appel-a-projets-citoyens-2024/", "Édition 2024"),
                        (av + "questionnaire-centre-ville/", "Questionnaire centre-ville")]), {PD}),
        page(av + "conseils-de-quartier/", "Conseils de quartier", m.p(
            "Quatre conseils de quartier, dont celui du quartier prioritaire des Gibjoncs-Nord, se réunissent chaque trimestre.",
            "Ils proposent des aménagements et sont consultés sur les projets de leur secteur."), {PD}, parent=("À vous la parole", av)),
        page(av + "conseil-des-sages/", "Conseil des sages", m.p(
            "Le conseil des sages réunit 20 retraités qui conseillent la municipalité sur la vie des aînés et la mémoire de la ville."),
             {PD}, parent=("À vous la parole", av)),
        page(av + "appel-a-projets-citoyens-2025/", "Appel à projets citoyens 2025", m.p(
            "Habitants, collectifs : proposez vos projets pour embellir votre quartier ou créer du lien. Jusqu'à 5 000 € par projet.",
            "Dossiers jusqu'au 15 juin.")
             + m.cf7(av + "appel-a-projets-citoyens-2025/", [("Nom", "your-name", "text"), ("Courriel", "your-email", "email"),
                                                             ("Votre projet", "your-project", "textarea")], "Proposer", 880),
             {SC, CF}, parent=("À vous la parole", av)),
        # the 2024 call is closed: no way to take part any more, only its outcome
        page(av + "appel-a-projets-citoyens-2024/", "Appel à projets citoyens 2024 : clos", m.p(
            "L'appel à projets 2024 est clos. Neuf projets ont été soutenus, dont une boîte à dons et un repair café.",
            "Rendez-vous pour l'édition 2025."), decoys={SC}, parent=("À vous la parole", av)),
        page(av + "questionnaire-centre-ville/", "Questionnaire : le centre-ville de demain", m.questionnaire(
            av + "questionnaire-centre-ville/", "Dix questions pour repenser le centre-ville, ouvert jusqu'au 31 mai.",
            [("À quelle fréquence venez-vous au centre-ville ?", ["Chaque jour", "Chaque semaine", "Rarement"]),
             ("Que manque-t-il ?", ["Commerces", "Terrasses", "Stationnement", "Verdure"])], "wpforms-form"), {POLL},
             parent=("À vous la parole", av)),
        page(av + "sondage-resultats/", "Sondage sur les horaires de la piscine : résultats", m.poll_results(
            "Quels horaires pour la piscine le dimanche ?", [("9 h - 13 h", 47, 210), ("14 h - 18 h", 53, 236)], 446, "31 janvier"),
             decoys={POLL}, parent=("À vous la parole", av)),
        page("/actualites/marche-de-noel/", "Le marché de Noël revient", m.p("Trois jours de fête place de la Halle, 40 exposants.")
             + m.wp_comments([("Corinne", "21 novembre", "Y aura-t-il la patinoire ?"), ("Ville de Vierzac", "22 novembre", "Oui, dès le vendredi !")], 3140),
             {COM}),
        page("/actualites/conseil-municipal-12-mars/", "Conseil municipal du 12 mars", m.p(
            "Le conseil municipal a voté le budget, les tarifs de la piscine et une motion sur l'hôpital.",
            "Prochaine séance le 14 mai ; les séances sont publiques."), decoys={PD}),
        # the article names a platform the agglomeration uses; nothing on this page is that platform
        page("/actualites/agglo-concertation-mobilites/", "L'agglomération consulte sur les mobilités", m.p(
            "La communauté d'agglomération a ouvert une concertation sur son plan de mobilité sur sa plateforme Decidim.",
            "Les habitants de Vierzac peuvent y contribuer jusqu'à fin juin ; des réunions publiques suivront."), decoys={PLAT}),
        page("/associations/subventions/", "Subventions aux associations", m.p(
            "L'appel à projets associatif 2026 est ouvert : les associations déposent leur demande de subvention avant le 31 octobre."),
             decoys={SC}),
        page("/agenda/forum-emploi-saisonnier/", "Forum de l'emploi saisonnier", m.p("Samedi 12 avril, salle Madeleine : 30 employeurs."),
             decoys={FOR}),
        page("/contact/", "Contact", m.cf7("/contact/", m.CONTACT_FIELDS, form_id=17), {CF}),
        page("/espace-famille/", "Espace famille", '<form class="login-form" action="/espace-famille/" method="post"><label for="ef-id">Identifiant</label>'
             '<input id="ef-id" name="log"><label for="ef-pw">Mot de passe</label><input id="ef-pw" type="password" name="pwd"><button>Connexion</button></form>',
             decoys={CF}),
    ]
    www = Site(VI, "wordpress", "Vierzac", pages, menu=[("Accueil", "/"), ("À vous la parole", av), ("Contact", "/contact/")],
               accounts=[social("facebook", "villedevierzac"), social("instagram", "vierzac18")], address="Mairie, place de la Halle, 18000 Vierzac")
    return City("99066", "Vierzac", 31_200, "18", "24", "Centre-Val de Loire", f"http://{VI}/", [www])


# ---- 99067 Montbriand (Doubs): Drupal, a CONSUL Democracy space -------------------------------------------------

MO = "www.montbriand.fr"
MO_CON = "participez.montbriand.fr"


def montbriand() -> City:
    co = f"http://{MO_CON}"
    ve = "/vivre-ensemble/"
    pages = [
        page("/", "Accueil", _home(
            "Montbriand, 58 700 habitants, au cœur du Doubs : services, projets et vie des quartiers.",
            [("/contact", "Contact"), ("/demarches/etat-civil", "État civil"), (ve + "participation", "Participer"),
             (ve + "maison-du-projet", "Maison du projet"), (ve + "fonds-participation-habitants", "FPH"), ("/mairie/budget-2025", "Budget 2025")],
            [("/actualites/enquete-publique-zac", "ZAC des Prés-Hauts : enquête publique", "04/03/2025", "Du 10 mars au 11 avril."),
             ("/actualites/enquete-insee", "Une enquête de l'INSEE", "12/02/2025", "Sur le cadre de vie."),
             ("/actualites/travaux-ecole-planoise", "Travaux à l'école des Vaites", "06/02/2025", "Accessibilité.")],
            [(ve + "maison-du-projet/balades-urbaines", "Balade urbaine", "15 mars"), (ve + "conseils-citoyens", "Conseil citoyen", "20 mars")])),
        page(ve + "participation", "Participer à la vie de Montbriand", m.p(
            "Conseils citoyens, maison du projet, fonds de participation des habitants, conseil de développement et plateforme "
            "Participez : la ville associe ses habitants aux décisions.")
             + m.links([(ve + "conseils-citoyens", "Les conseils citoyens"), (ve + "maison-du-projet", "La maison du projet"),
                        (ve + "fonds-participation-habitants", "Le FPH"), (ve + "conseil-de-developpement", "Le conseil de développement"),
                        (co + "/", "La plateforme Participez")]), {PD}),
        page(ve + "conseils-citoyens", "Les conseils citoyens", m.p(
            "Les conseils citoyens des Vaites et de la Croix-Verte, quartiers prioritaires, réunissent habitants et associations.",
            "Ils siègent au comité de pilotage du contrat de ville."), {PD}, parent=("Participer", ve + "participation")),
        page(ve + "maison-du-projet", "La maison du projet des Vaites", m.p(
            "Installée au pied de la tour 12, la maison du projet informe sur le renouvellement urbain et accueille les ateliers de "
            "concertation. Permanences mardi et jeudi.") + m.links([(ve + "maison-du-projet/balades-urbaines", "Les balades urbaines")]),
             {PD}, parent=("Participer", ve + "participation")),
        # taking part in a walk is concertation; the form only books a place, it carries no message
        page(ve + "maison-du-projet/balades-urbaines", "Les balades urbaines", m.p(
            "Parcourez le quartier avec les urbanistes pour dire ce qui doit changer. Prochaine balade le 15 mars.")
             + m.booking(ve + "maison-du-projet/balades-urbaines", ["Samedi 15 mars, 10 h", "Samedi 12 avril, 10 h"], "départ"),
             {PD}, decoys={CF}, parent=("Maison du projet", ve + "maison-du-projet")),
        page(ve + "fonds-participation-habitants", "Le fonds de participation des habitants", m.p(
            "Une fête d'immeuble, un atelier cuisine, une sortie ? Le FPH soutient les initiatives des habitants des quartiers "
            "prioritaires, jusqu'à 800 €.", "Présentez votre idée au comité d'habitants qui gère le fonds.")
             + m.drupal_webform("fph", ve + "fonds-participation-habitants", [("Nom", "nom", "text"), ("Courriel", "courriel", "email"),
                                                                                ("Votre initiative", "initiative", "textarea")], "Envoyer"),
             {SC, PD, CF}, parent=("Participer", ve + "participation")),
        page(ve + "conseil-de-developpement", "Le conseil de développement", m.p(
            "Le conseil de développement de l'agglomération donne la parole à la société civile sur le projet de territoire."),
             {PD}, parent=("Participer", ve + "participation")),
        page("/actualites/enquete-publique-zac", "ZAC des Prés-Hauts : enquête publique", m.p(
            "Une enquête publique se tient du 10 mars au 11 avril. Registre en mairie, permanences du commissaire enquêteur."),
             decoys={POLL}),
        page("/actualites/enquete-insee", "Une enquête de l'INSEE", m.p(
            "L'INSEE réalise une enquête statistique sur le cadre de vie et la sécurité. Quelques ménages tirés au sort seront contactés par un enquêteur."),
             decoys={POLL}),
        page("/actualites/travaux-ecole-planoise", "Travaux à l'école des Vaites", m.p("Ascenseur et rampes d'accès installés cet été.")
             + m.drupal_comments([("Parent d'élève", "07/02/2025", "Enfin ! Merci.")], 377), {COM}),
        page("/mairie/budget-2025", "Budget 2025", m.p("Le budget primitif 2025 s'élève à 92 millions d'euros."), decoys={PB}),
        page("/demarches/etat-civil", "État civil", m.p("Actes de naissance, mariage, décès : demande en ligne ou en mairie.")),
        page("/contact", "Contact", m.drupal_webform("contact_ville", "/contact", m.CONTACT_FIELDS), {CF}),
    ]
    www = Site(MO, "drupal", "Ville de Montbriand", pages, menu=[("Vivre ensemble", ve + "participation"), ("Contact", "/contact")],
               accounts=[social("facebook", "Montbriand"), social("mastodon", "montbriand@mastodon.social")],
               address="Hôtel de ville, 1 place du Marché, 25000 Montbriand")
    cpages = [
        page("/", "Accueil", m.p("Participez : budgets participatifs, propositions, votations.")
             + m.links([("/budgets", "Budgets participatifs"), ("/proposals", "Propositions"), ("/polls", "Votations"),
                        ("/legislation/processes/4", "Concertation Vaites")])),
        page("/budgets", "Budgets participatifs", m.p("Budget participatif 2025 : 400 000 €. Phase de vote.")
             + m.links([("/budgets/3/investments", "Voir les projets")]), {PB}),
        page("/budgets/3/investments", "Projets d'investissement", '<div class="budget-investments-list">'
             '<div class="budget-investment"><h3><a href="/budgets/3/investments/57">Un skatepark aux Vaites</a></h3><span class="price">85 000 €</span>'
             '<a class="button" href="/users/sign_in">Soutenir</a></div></div>', {PB}),
        page("/budgets/3/investments/57", "Un skatepark aux Vaites", m.p("Un espace de glisse pour les jeunes.")
             + '<section class="comments"><div class="comment">Bonne idée pour les ados !</div><form class="new_comment" action="/comments" method="post">'
             '<textarea name="comment[body]"></textarea><input type="submit" value="Publier le commentaire"></form></section>', {PB, COM}),
        page("/proposals", "Propositions citoyennes", m.p("Faites vos propositions pour Montbriand ; celles qui recueillent 1 % de soutiens sont étudiées.")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>', {SC}),
        page("/polls", "Votations", m.links([("/polls/12", "Nom de la future médiathèque"), ("/polls/9", "Horaires des parcs (clos)")])),
        page("/polls/12", "Nom de la future médiathèque", '<form class="poll-question-form" action="/polls/12/answer" method="post">'
             '<label><input type="radio" name="answer" value="a"> Colette</label><label><input type="radio" name="answer" value="b"> Le Doubs</label>'
             '<input type="submit" value="Voter"></form>', {POLL}),
        page("/polls/9", "Horaires des parcs : résultats", m.p("Votation close.") + m.poll_results(
            "Fermer les parcs à 22 h ?", [("Oui", 54, 620), ("Non", 46, 530)], 1150, "30 septembre"), decoys={POLL}),
        page("/legislation/processes/4", "Concertation sur le quartier des Vaites", m.p(
            "Un processus de concertation sur les espaces publics du quartier, en lien avec la maison du projet."), {PD}),
    ]
    csite = Site(MO_CON, "consul", "Participez Montbriand", cpages, menu=[("Budgets", "/budgets"), ("Propositions", "/proposals")],
                 features=frozenset({PLAT}), platforms=frozenset({"consul"}))
    return City("99067", "Montbriand", 58_700, "25", "27", "Bourgogne-Franche-Comté", f"http://{MO}/", [www, csite])


# ---- 99068 Gournay-les-Fontis (Seine-Saint-Denis): agency CMS, Publik e-services, "Quartiers en Tête" -----------

GO = "www.gournay-les-fontis.fr"
GO_PUB = "demarches.gournay-les-fontis.fr"


def gournay() -> City:
    pub = f"http://{GO_PUB}"
    qt = "/participez/quartiers-en-tete"
    pages = [
        page("/", "Accueil", _home(
            "Gournay-les-Fontis, 71 500 habitants en Seine-Saint-Denis : la ville à votre service.",
            [("/contact", "Contact"), (pub + "/", "Démarches en ligne"), ("/participez", "Participez"), (qt, "Quartiers en Tête"),
             ("/participez/consultation-parc", "Consultation du parc"), ("/mairie/budget", "Budget")],
            [("/actualites/fete-des-fontis", "Fête des Fontis", "23/06/2025", "Retour sur la fête de quartier."),
             ("/actualites/bureau-de-poste", "Bureau de poste : la ville se mobilise", "11/03/2025", "Le maire écrit au groupe La Poste."),
             ("/participez/consultation-parc", "Parc des Sablons : votre avis", "02/04/2025", "Questionnaire en ligne.")],
            [("/participez/tables-de-quartier", "Table de quartier des Fontis", "8 avril"), ("/participez/conseil-local-jeunesse", "Conseil local de la jeunesse", "15 avril")])),
        page("/participez", "Participez", m.p(
            "Tables de quartier, conseil local de la jeunesse, budget participatif Quartiers en Tête, consultations : la ville "
            "construit ses projets avec ses habitants.")
             + m.links([(qt, "Quartiers en Tête"), ("/participez/tables-de-quartier", "Tables de quartier"),
                        ("/participez/conseil-local-jeunesse", "Conseil local de la jeunesse"), ("/participez/consultation-parc", "Consultation du parc")]), {PD}),
        page(qt, "Quartiers en Tête, le budget participatif des quartiers", m.p(
            "Quartiers en Tête consacre 250 000 € aux projets des habitants des Fontis, de la Sablière et du Moulin-Neuf, "
            "quartiers prioritaires de la ville.", "Les habitants proposent, les services étudient, les habitants votent.")
             + m.links([(qt + "/calendrier", "Le calendrier"), (qt + "/projets-laureats", "Les lauréats 2024"), (qt + "/edition-2022", "L'édition 2022")]),
             {PB, PD}),
        page(qt + "/calendrier", "Quartiers en Tête : le calendrier", m.ul([
            "Janvier-mars : dépôt des projets à la maison de quartier ou en ligne", "Avril-juin : étude de faisabilité",
            "Septembre : vote des habitants dans les maisons de quartier", "Année suivante : réalisation"]), {PB},
             parent=("Quartiers en Tête", qt)),
        page(qt + "/projets-laureats", "Quartiers en Tête : les lauréats 2024", m.ul([
            "Une salle de musique à la maison de quartier des Fontis", "Des agrès sportifs au Moulin-Neuf", "Un potager à la Sablière"]),
             {PB}, parent=("Quartiers en Tête", qt)),
        # an archived edition: the budget it describes let residents propose and vote
        page(qt + "/edition-2022", "Quartiers en Tête 2022", m.p("Première édition : 870 votants, quatre projets réalisés."),
             {PB}, parent=("Quartiers en Tête", qt)),
        page("/participez/tables-de-quartier", "Les tables de quartier", m.p(
            "Aux Fontis et à la Sablière, les tables de quartier rassemblent habitants et associations qui choisissent ensemble "
            "les sujets sur lesquels agir."), {PD}, parent=("Participez", "/participez")),
        page("/participez/conseil-local-jeunesse", "Le conseil local de la jeunesse", m.p(
            "Les 16-25 ans y portent leurs projets et donnent leur avis sur la politique jeunesse."), {PD}, parent=("Participez", "/participez")),
        page("/participez/consultation-parc", "Parc des Sablons : votre avis", m.questionnaire(
            "/participez/consultation-parc", "Le parc va être réaménagé. Répondez avant le 30 mai.",
            [("Vous venez au parc…", ["Chaque jour", "Le week-end", "Rarement"]), ("Votre priorité", ["Ombre", "Jeux", "Sport", "Calme"])]),
             {POLL}, parent=("Participez", "/participez")),
        page("/actualites/fete-des-fontis", "Fête des Fontis", m.p(
            "Musique, jeux et repas partagé : la fête a aussi célébré la nouvelle salle de musique, projet lauréat de Quartiers en Tête.")
             + m.share(f"http://{GO}/actualites/fete-des-fontis"), decoys={PB}),
        page("/actualites/bureau-de-poste", "Bureau de poste : la ville se mobilise", m.p(
            "Le maire a écrit au groupe La Poste pour le maintien du bureau de la Sablière.",
            "Des usagers ont aussi lancé une pétition sur un site national ; la ville n'en est pas à l'origine."), decoys={PET}),
        page("/mairie/contrat-de-ville", "Contrat de ville", m.p(
            "L'appel à projets du contrat de ville finance chaque année les actions des associations dans les quartiers prioritaires."),
             decoys={SC}),
        page("/mairie/budget", "Budget", m.p("Budget primitif 2025 : 118 millions d'euros ; dette en baisse.")
             + m.links([("/mairie/contrat-de-ville", "Contrat de ville")]), decoys={PB}),
        page("/contact", "Contact", m.p("Pour écrire à la mairie, utilisez notre formulaire en ligne.")
             + m.links([(pub + "/contacter-la-mairie/", "Formulaire de contact"), (pub + "/signaler-un-probleme/", "Signaler un problème")])),
    ]
    www = Site(GO, "vendor", "Ville de Gournay-les-Fontis", pages,
               menu=[("Participez", "/participez"), ("Mairie", "/mairie/budget"), ("Contact", "/contact")],
               accounts=[social("facebook", "GournayLesFontis"), social("x", "GournayFontis"), social("tiktok", "gournaylesfontis")],
               address="Hôtel de ville, 45 avenue Jean-Jaurès, 93000 Gournay-les-Fontis")
    wcs = ('<form class="quixote" action="{0}" method="post" enctype="multipart/form-data"><div class="widget StringWidget"><div class="title"><label for="form_f1">Nom</label></div>'
           '<input type="text" id="form_f1" name="f1"></div><div class="widget EmailWidget"><label for="form_f2">Courriel</label><input type="email" id="form_f2" name="f2"></div>'
           '<div class="widget TextWidget"><label for="form_f3">{1}</label><textarea id="form_f3" name="f3" rows="6"></textarea></div>'
           '<div class="buttons submit"><button class="submit-button" name="submit">Valider</button></div></form>')
    ppages = [
        page("/", "Démarches en ligne", m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème"),
                                                 ("/inscription-restauration/", "Inscription à la restauration scolaire")])),
        page("/contacter-la-mairie/", "Contacter la mairie", wcs.format("/contacter-la-mairie/", "Votre message"), {CF}),
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", wcs.format("/signaler-un-probleme/", "Description du problème"), {CF}),
        page("/inscription-restauration/", "Inscription à la restauration scolaire", m.registration("/inscription-restauration/"), decoys={CF}),
    ]
    psite = Site(GO_PUB, "publik", "Démarches Gournay-les-Fontis", ppages, menu=[("Accueil", "/")],
                 address="Hôtel de ville, 45 avenue Jean-Jaurès")
    return City("99068", "Gournay-les-Fontis", 71_500, "93", "11", "Île-de-France", f"http://{GO}/", [www, psite])


def cities():
    return [saint_aubrin(), venissolles(), lesquemont(), castelvaure(), floremont(), vierzac(), montbriand(), gournay()]


def hosts():
    return {}
