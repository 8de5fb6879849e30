"""The tenth part of the holdout: eight fictional communes (98901-98908) written apart from the detection rules and
from the other parts, labelled from the codebook alone (HOLDOUT.md). A page's ``features`` are the codebook codes it
holds, its ``decoys`` the lookalikes it must not trigger; a borderline page carries a one-line reason just below it.

Brisseval (vendor CMS, Publik, Decidim, a neighbours' network), Castelvieil-sur-Tarn (SPIP, LimeSurvey),
Lannévez (WordPress GeneratePress, bbPress, Cap Collectif), Anse-Belleville (Joomla 4, Go Vocal, Martinique),
Charbonnières-la-Fosse (Drupal 10, CONSUL Democracy), Saint-Gildas-des-Prés (TYPO3, Flarum, an Elgg network),
Chalonges (WordPress OceanWP, a platform of its own drawn by a script, Consultvox) and Lusignac-la-Côte
(a small communes' site platform, almost nothing)."""
import json
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import plateaux_markup as m

P = m.prose

# ======================================================================================================================
# 98901 Brisseval (Nord): a vendor CMS, Publik e-services, Decidim 0.27 on participer., a neighbours' network
# ======================================================================================================================

BRS = "www.brisseval.fr"
BRS_GRU = "demarches.brisseval.fr"
BRS_DEC = "participer.brisseval.fr"
BRS_VOISINS = "voisins.brisseval.fr"

_BRS_NEWS = m.news([
    ("/actualites/budget-primitif-2025", "Budget 2025 : les grandes orientations votées", "14 avril 2025",
     "Le conseil municipal a adopté le budget primitif : priorité aux écoles et à la rénovation thermique."),
    ("/actualites/fete-des-quartiers", "La fête des quartiers revient le 21 juin", "2 juin 2025",
     "Concerts, repas partagés et jeux dans les huit quartiers de la ville."),
    ("/actualites/participation-citoyenne-police", "Dispositif « participation citoyenne » : un protocole signé", "20 mai 2025",
     "La ville, la préfecture et la police nationale étendent le dispositif au quartier du Petit-Bois."),
    ("/actualites/enquete-publique-plu", "Modification du PLU : enquête publique du 2 au 30 juin", "26 mai 2025",
     "Le dossier est consultable en mairie et en ligne ; le commissaire enquêteur tient quatre permanences."),
])


def _brs_site():
    home = (m.quick([("http://demarches.brisseval.fr/", "Mes démarches en ligne"), ("/participer", "Brisseval participe"),
                     ("/participer/brisseval-en-projets", "Brisseval en Projets"), ("/enquete-mediatheque", "Votre avis sur la médiathèque"),
                     ("/contact", "Contacter la mairie"), ("/emploi/offres", "La ville recrute"), ("/marches-publics", "Marchés publics")])
            + P("Bienvenue sur le site officiel de la Ville de Brisseval, 74 000 habitants, au cœur de la métropole.")
            + _BRS_NEWS
            + m.agenda([("/actualites/fete-des-quartiers", "Fête des quartiers", "21 juin"),
                        ("/participer/conseils-de-quartier", "Conseil de quartier Centre-Gare", "24 juin"),
                        ("/actualites/enquete-publique-plu", "Permanence du commissaire enquêteur", "27 juin")]))
    pages = [
        page("/", "Accueil", home),
        page("/participer", "Brisseval participe", P(
            "Depuis 2021, la Ville a fait de la participation des habitants une méthode de travail : les projets qui "
            "transforment votre quotidien sont discutés avec vous avant d'être décidés.",
            "Huit <a href='/participer/conseils-de-quartier'>conseils de quartier</a> se réunissent trois fois par an ; une "
            "<a href='/participer/charte-de-la-participation'>charte de la participation</a>, adoptée en conseil municipal, fixe les engagements de la Ville.",
            "Chaque année, <a href='/participer/brisseval-en-projets'>Brisseval en Projets</a> vous confie une partie du budget "
            "d'investissement. Vous pouvez aussi déposer une <a href='/participer/petitions-citoyennes'>pétition citoyenne</a>.",
            "Toutes les concertations en cours sont sur la plateforme <a href='http://participer.brisseval.fr/'>participer.brisseval.fr</a>. "
            "Pour l'entraide entre voisins, la Ville soutient le <a href='/participer/reseau-de-voisins'>réseau Voisins de Brisseval</a>."),
            {"participation_displayed"}),
        # presents the approach by its bodies; a hub listing the instruments, not the budget or the petitions themselves
        page("/participer/conseils-de-quartier", "Les conseils de quartier", P(
            "Chaque conseil de quartier réunit des habitants volontaires, tirés au sort pour moitié, des représentants "
            "d'associations et deux élus référents. Il donne son avis sur les projets du quartier et porte ses propres initiatives.",
            "Prochaines séances publiques : Centre-Gare le 24 juin, Petit-Bois le 26 juin, Les Hautes-Rives le 1er juillet.",
            "Pour rejoindre le conseil de votre quartier, inscrivez-vous auprès de la mission Démocratie locale, "
            "au 03 20 00 00 00."), {"participation_displayed"}, parent=("Brisseval participe", "/participer")),
        page("/participer/charte-de-la-participation", "La charte de la participation", P(
            "La charte engage la Ville à informer tôt, à expliquer ce qui est négociable et ce qui ne l'est pas, et à rendre "
            "compte de ce qu'elle retient des avis des habitants.",
            "Elle s'applique aux concertations, aux conseils de quartier, au budget participatif et aux consultations en ligne.")
             + "<ol><li>Informer avant de décider</li><li>Écouter tous les publics</li><li>Rendre compte</li></ol>",
             {"participation_displayed"}, parent=("Brisseval participe", "/participer")),
        page("/participer/brisseval-en-projets", "Brisseval en Projets", P(
            "Brisseval en Projets, c'est le budget participatif de la ville : 600 000 € d'investissement sont réservés aux "
            "projets imaginés par les habitants de plus de 11 ans.",
            "Du 1er septembre au 15 octobre, déposez vos idées pour votre quartier ou pour toute la ville sur "
            "<a href='http://participer.brisseval.fr/processes/brisseval-en-projets-2025'>participer.brisseval.fr</a>. "
            "Les services étudient leur faisabilité, puis tous les Brissevalois votent en mars pour leurs projets préférés.",
            "Lauréats 2024 : un verger partagé aux Hautes-Rives, des bancs le long de la Deûlette, une boîte à livres à la gare."),
             {"participatory_budget", "suggestion_call"}, parent=("Brisseval participe", "/participer")),
        # the budget's call for projects ("déposez vos idées") is an explicit call for residents' ideas
        page("/participer/petitions-citoyennes", "Le droit de pétition", P(
            "Toute personne de plus de 16 ans habitant Brisseval peut déposer une pétition sur la plateforme participative.",
            "Une pétition qui recueille 1 000 signatures en six mois est inscrite à l'ordre du jour du conseil municipal ; à "
            "300 signatures, ses auteurs sont reçus par l'adjoint à la démocratie locale.",
            "<a href='http://participer.brisseval.fr/initiatives'>Consulter et signer les pétitions en cours</a>"),
             {"petition"}, parent=("Brisseval participe", "/participer")),
        # the city's own rules for petitions, leading to where they are started and signed
        page("/participer/reseau-de-voisins", "Voisins de Brisseval, le réseau d'entraide", P(
            "La Ville s'est associée à un réseau social de voisinage réservé aux habitants : prêter une perceuse, trouver "
            "quelqu'un pour arroser ses plantes, organiser la fête de la rue ou signaler un chat perdu.",
            "Chaque quartier y a son groupe, animé par des habitants volontaires. L'inscription est gratuite et votre adresse "
            "est vérifiée pour que seuls vos voisins vous lisent.",
            "<a href='http://voisins.brisseval.fr/'>Rejoindre Voisins de Brisseval</a>"),
             {"territorial_social_network"}, parent=("Brisseval participe", "/participer")),
        # the city's page presenting the neighbours' network it endorses, with the way in
        page("/actualites/budget-primitif-2025", "Budget 2025 : les grandes orientations votées", P(
            "Le budget primitif 2025 s'élève à 112 millions d'euros, dont 31 millions d'investissement. Les taux d'imposition "
            "restent inchangés pour la cinquième année.",
            "Les principaux investissements : le groupe scolaire Jean-Macé, la rénovation thermique de trois gymnases, la "
            "voirie du faubourg Saint-Roch. Le compte administratif 2024 fait apparaître un excédent de 2,4 millions.")
             + m.share("http://www.brisseval.fr/actualites/budget-primitif-2025", "Budget 2025"),
             decoys={"participatory_budget"}),
        page("/actualites/fete-des-quartiers", "La fête des quartiers revient le 21 juin", P(
            "Concerts, repas partagés et jeux pour enfants : la fête des quartiers aura lieu le samedi 21 juin. Les conseils de "
            "quartier et les associations préparent le programme de chaque site.",
            "Buvette et restauration sur place. Navettes gratuites entre les quartiers toute la journée.")
             + m.share("http://www.brisseval.fr/actualites/fete-des-quartiers", "Fête des quartiers"),
             decoys={"participation_displayed"}),
        page("/actualites/participation-citoyenne-police", "Dispositif « participation citoyenne » : un protocole signé", P(
            "Le maire, le préfet et le directeur départemental de la sécurité publique ont signé le protocole de participation "
            "citoyenne pour le quartier du Petit-Bois.",
            "Des habitants référents, volontaires, alertent la police nationale de tout fait inhabituel. Ce dispositif de "
            "vigilance ne remplace pas l'appel au 17."), decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/enquete-publique-plu", "Modification du PLU : enquête publique", P(
            "Par arrêté du maire, la modification n° 3 du plan local d'urbanisme est soumise à enquête publique du 2 au 30 juin.",
            "Le dossier est consultable en mairie aux heures d'ouverture. Les observations peuvent être consignées sur le "
            "registre papier ou adressées par courrier au commissaire enquêteur, qui remettra son rapport sous un mois."),
             decoys={"poll"}),
        page("/enquete-mediatheque", "La médiathèque de demain : votre avis", P(
            "La médiathèque Marguerite-Yourcenar va être agrandie. Avant de dessiner le projet, nous voulons connaître vos "
            "usages et vos attentes. Répondez à ce questionnaire jusqu'au 15 juillet : cinq minutes suffisent.")
             + m.vendor_form("/enquete-mediatheque", "Questionnaire", [
                 ("radio:Plusieurs fois par mois|Quelques fois par an|Jamais", "frequence", "À quelle fréquence venez-vous à la médiathèque ?"),
                 ("radio:Le samedi après-midi|Le dimanche matin|En soirée en semaine", "horaires", "Quels horaires d'ouverture vous conviendraient le mieux ?"),
                 ("radio:Des espaces de travail|Des jeux vidéo|Un café|Plus de livres", "priorite", "Quelle serait votre priorité ?"),
                 ("text", "age", "Votre tranche d'âge")], "Envoyer mes réponses", "questionnaire"), {"poll"}),
        page("/contact", "Contacter la mairie", P("Hôtel de ville, place du Général-de-Gaulle, 59000 Brisseval. Accueil du lundi au "
                                                  "vendredi de 8h30 à 17h30.")
             + m.mailto_block("contact@brisseval.fr", "03 20 00 00 00")
             + P("Pour une demande écrite, utilisez le formulaire <a href='http://demarches.brisseval.fr/ecrire-a-la-mairie/'>Écrire à la mairie</a> "
                 "de votre espace démarches."), decoys={"contact_form"}),
        page("/emploi/offres", "La ville recrute", P(
            "Appel à candidatures : la Ville recrute un(e) chargé(e) de mission démocratie locale (catégorie A, poste à pourvoir en "
            "septembre) et deux animateurs périscolaires.",
            "Adressez lettre de motivation et CV à la direction des ressources humaines avant le 30 juin."),
             decoys={"suggestion_call", "participation_displayed"}),
        page("/marches-publics", "Marchés publics", P(
            "Avis d'appel public à la concurrence : travaux de rénovation thermique du gymnase Léo-Lagrange (4 lots).",
            "Date limite de remise des offres : 12 juillet, 12 h. Le dossier de consultation des entreprises est téléchargeable "
            "sur le profil d'acheteur de la Ville."), decoys={"suggestion_call"}),
    ]
    return Site(BRS, "plateaux_ermes", "Ville de Brisseval", pages,
                menu=[("Mairie", "/contact"), ("Démarches", "http://demarches.brisseval.fr/"), ("Participer", "/participer"),
                      ("Actualités", "/actualites/fete-des-quartiers"), ("Emploi", "/emploi/offres")],
                accounts=[social("facebook", "VilledeBrisseval"), social("instagram", "brisseval_officiel"),
                          social("linkedin", "ville-de-brisseval"), social("youtube", "VilleBrisseval")],
                address="Hôtel de ville, place du Général-de-Gaulle, 59000 Brisseval")


def _brs_gru():
    pages = [
        page("/", "Mes démarches", "<div class='cell'><h2>Démarches les plus demandées</h2><ul>"
             "<li><a href='/ecrire-a-la-mairie/'>Écrire à la mairie</a></li><li><a href='/signaler-un-probleme/'>Signaler un problème sur l'espace public</a></li>"
             "<li><a href='/inscription-restauration-scolaire/'>Inscription à la restauration scolaire</a></li></ul>"
             "<p>Connectez-vous pour suivre vos demandes. <a href='http://www.brisseval.fr/'>Retour au site de la Ville</a></p></div>"),
        page("/ecrire-a-la-mairie/", "Écrire à la mairie", m.publik_wcs("/ecrire-a-la-mairie/", [
            ("text", "Nom"), ("text", "Prénom"), ("email", "Courriel"),
            ("select:Cadre de vie|Écoles|État civil|Autre", "Thème de votre demande"), ("textarea", "Votre message")]), {"contact_form"}),
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.publik_wcs("/signaler-un-probleme/", [
            ("select:Éclairage|Voirie|Propreté|Espaces verts", "Type de problème"), ("text", "Adresse ou lieu"),
            ("textarea", "Décrivez le problème"), ("email", "Courriel pour le suivi")], "Signalement"), {"contact_form"}),
        # a free-text report sent to the city's services: a message to the city
        page("/inscription-restauration-scolaire/", "Inscription à la restauration scolaire", m.publik_wcs(
            "/inscription-restauration-scolaire/", [("text", "Nom de l'enfant"), ("text", "École"),
                                                    ("select:Lundi|Mardi|Jeudi|Vendredi", "Jours de présence"), ("email", "Courriel du responsable")],
            "Inscription"), decoys={"contact_form"}),
    ]
    return Site(BRS_GRU, "publik", "Brisseval - Mes démarches", pages, menu=[("Démarches", "/"), ("Site de la Ville", "http://www.brisseval.fr/")],
                address="Hôtel de ville, place du Général-de-Gaulle, 59000 Brisseval")


_BP = "/processes/brisseval-en-projets-2025"
_PARC = "/processes/parc-de-la-deulette"


def _brs_decidim():
    projects = "".join(
        f'<div class="card card--list__item budget-project"><div class="card--list__text">'
        + (f'<a href="{_BP}/f/41/budgets/7/projects/{n}"><h5 class="card--list__heading">{t}</h5></a>' if n == 318 else f'<h5 class="card--list__heading">{t}</h5>')
        + f'<span class="budget-list__data"><strong>{cost} €</strong></span></div><div class="budget-list__action"><button class="button small budget-list__action" data-add="true" '
        f'data-budget="{cost}">Ajouter à votre vote</button></div></div>'
        for n, t, cost in ((318, "Un verger partagé au parc des Tilleuls", "45 000"), (322, "Des toilettes publiques au marché couvert", "80 000"),
                           (327, "Une piste de skate aux Hautes-Rives", "120 000"), (331, "Des nichoirs et un hôtel à insectes dans les écoles", "12 000")))
    pages = [
        page("/", "Je participe à Brisseval", P(
            "Bienvenue sur la plateforme de participation de la Ville de Brisseval : concertations, budget participatif et "
            "pétitions citoyennes. Inscrivez-vous pour proposer, voter, signer et débattre.")
             + "<div class='highlighted-processes'>"
             + m.decidim_card(_BP, "Brisseval en Projets 2025", "Votez pour les projets des habitants.", "Phase en cours : vote")
             + m.decidim_card(_PARC, "Le parc de la Deûlette", "Questionnaire et idées pour le futur parc.", "Phase en cours : contributions")
             + "</div><p><a href='/processes'>Tous les processus</a> · <a href='/initiatives'>Pétitions citoyennes</a> · <a href='/pages'>Aide</a></p>",
             {"participation_displayed"}),
        page("/processes", "Processus participatifs", m.decidim_card(_BP, "Brisseval en Projets 2025", "Le budget participatif de la ville.", "Vote jusqu'au 31 mars")
             + m.decidim_card(_PARC, "Le parc de la Deûlette", "Concertation sur l'aménagement du parc.", "Contributions jusqu'au 15 juillet")),
        page(_BP, "Brisseval en Projets 2025", P(
            "600 000 € pour les projets des habitants. Phase 1 : dépôt des idées (clos). Phase 2 : étude par les services (terminée). "
            "Phase 3 : vote des habitants, du 1er au 31 mars. Phase 4 : réalisation.")
             + f"<ul class='process-nav'><li><a href='{_BP}/f/40/proposals'>Les idées déposées</a></li><li><a href='{_BP}/f/41/budgets/7/projects'>Voter</a></li></ul>",
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page(f"{_BP}/f/40/proposals", "Les idées déposées", "<div class='callout warning'>Le dépôt de propositions est terminé.</div>"
             + m.decidim_card(f"{_BP}/f/41/budgets/7/projects/318", "Un verger partagé au parc des Tilleuls", "Retenu pour le vote.", "Évaluation : retenue")
             + m.decidim_card(f"{_BP}/f/41/budgets/7/projects", "Une piste de skate aux Hautes-Rives", "Retenu pour le vote.", "Évaluation : retenue"),
             {"participatory_budget"}, parent=("Brisseval en Projets 2025", _BP)),
        page(f"{_BP}/f/41/budgets/7/projects", "Voter pour les projets", "<div class='budget-summary'><p>Vous avez attribué <strong>0 €</strong> "
             "sur les <strong>600 000 €</strong> disponibles. Choisissez les projets qui vous semblent les plus utiles, puis validez votre vote.</p>"
             "<div class='progress budget-progress'><div class='progress-meter' style='width:0%'></div></div>"
             "<button class='button' disabled>Voter</button></div>" + projects, {"participatory_budget"}, parent=("Brisseval en Projets 2025", _BP)),
        page(f"{_BP}/f/41/budgets/7/projects/318", "Un verger partagé au parc des Tilleuls", P(
            "Planter vingt arbres fruitiers d'espèces anciennes, ouverts à la cueillette de tous, entretenus avec l'école voisine.",
            "Coût estimé : 45 000 €. Porté par un collectif d'habitants du quartier des Tilleuls.")
             + "<div class='budget-list__action'><button class='button' data-add='true'>Ajouter à votre vote</button></div>"
             + m.decidim_comments(318, [("Anne-Sophie D.", "il y a 3 jours", "Super idée, les enfants pourront apprendre à tailler."),
                                        ("Karim B.", "il y a 2 jours", "Qui ramassera les fruits tombés ? Il faut y penser.")]),
             {"participatory_budget", "comments"}, parent=("Voter pour les projets", f"{_BP}/f/41/budgets/7/projects")),
        page(_PARC, "Le parc de la Deûlette", P(
            "La Ville va aménager les 6 hectares de l'ancienne friche industrielle en parc. Donnez votre avis sur ses usages "
            "avant le 15 juillet : questionnaire en ligne, idées et ateliers sur place.")
             + f"<ul class='process-nav'><li><a href='{_PARC}/f/45/surveys/12'>Questionnaire</a></li><li><a href='{_PARC}/f/46/proposals'>Vos idées</a></li>"
             f"<li><a href='{_PARC}/f/47/debates'>Débats</a></li></ul>", {"participation_displayed"}, parent=("Processus", "/processes")),
        page(f"{_PARC}/f/45/surveys/12", "Questionnaire : quel parc pour la Deûlette ?",
             "<div class='card'><div class='card__content'><p>Ce questionnaire est ouvert jusqu'au 15 juillet.</p>"
             "<form class='answer-questionnaire' id='new_questionnaire' action='" + _PARC + "/f/45/surveys/12/answer' method='post'>"
             + m.radio_block("questionnaire[responses][0][choices][]", "1. Comment venez-vous aujourd'hui au bord de la Deûlette ?", ["À pied", "À vélo", "En voiture", "Je n'y viens pas"])
             + m.radio_block("questionnaire[responses][1][choices][]", "2. Quel usage souhaitez-vous en priorité ?", ["Promenade et nature", "Jeux pour enfants", "Sport", "Jardins partagés"])
             + "<label for='questionnaire_responses_2'>3. Une remarque ?</label><textarea id='questionnaire_responses_2' name='questionnaire[responses][2][body]' rows='4'></textarea>"
             "<label><input type='checkbox' name='questionnaire[tos_agreement]'> J'accepte les conditions d'utilisation</label>"
             "<button type='submit' class='button'>Envoyer</button></form></div></div>", {"poll"}, parent=("Le parc de la Deûlette", _PARC)),
        page(f"{_PARC}/f/46/proposals", "Vos idées pour le parc", P(
            "Une idée pour le futur parc ? Proposez-la ici jusqu'au 15 juillet : les idées les plus soutenues seront étudiées "
            "par les paysagistes et présentées en réunion publique.")
             + f"<a class='button title-action__action' href='{_PARC}/f/46/proposals/new'>Nouvelle proposition</a>"
             + m.decidim_card(f"{_PARC}/f/46/proposals/512", "Une guinguette au bord de l'eau", "Un lieu convivial ouvert l'été.", "14 soutiens"),
             {"suggestion_call"}, parent=("Le parc de la Deûlette", _PARC)),
        page(f"{_PARC}/f/46/proposals/new", "Nouvelle proposition", "<form class='new_proposal' id='new_proposal' action='" + _PARC + "/f/46/proposals' method='post'>"
             "<label for='proposal_title'>Titre</label><input type='text' name='proposal[title]' id='proposal_title' maxlength='150'>"
             "<label for='proposal_body'>Corps du texte</label><textarea name='proposal[body]' id='proposal_body' rows='10'></textarea>"
             "<button type='submit' class='button expanded'>Continuer</button></form>", {"suggestion_call"}, parent=("Vos idées pour le parc", f"{_PARC}/f/46/proposals")),
        page(f"{_PARC}/f/46/proposals/512", "Une guinguette au bord de l'eau", P(
            "Proposition de Mathilde R. : une buvette associative ouverte de mai à septembre, avec des concerts le dimanche.")
             + "<div class='card__support'><button class='button'>Soutenir</button> <span>14 soutiens</span></div>"
             + m.decidim_comments(512, [("Lucien P.", "il y a 5 jours", "Oui, mais sans musique amplifiée le soir svp."),
                                        ("Mathilde R.", "il y a 4 jours", "Bien noté, on pense à des concerts acoustiques.")]),
             {"comments"}, decoys={"suggestion_call"}, parent=("Vos idées pour le parc", f"{_PARC}/f/46/proposals")),
        # one resident's proposal with its comments: the call is on the proposals' index, not here
        page(f"{_PARC}/f/47/debates", "Débats", m.decidim_card(f"{_PARC}/f/47/debates/31", "Faut-il éclairer le parc la nuit ?", "Ouvert jusqu'au 15 juillet.", "23 commentaires")),
        page(f"{_PARC}/f/47/debates/31", "Faut-il éclairer le parc la nuit ?", P(
            "Éclairer le parc rassure certains promeneurs mais gêne la faune. Quelle solution vous paraît la bonne ?")
             + m.decidim_comments(31, [("Hélène V.", "il y a 6 jours", "Un éclairage des seules allées principales, avec détecteurs."),
                                       ("Thomas L.", "il y a 6 jours", "Pas d'éclairage du tout, fermons le parc à la tombée de la nuit.")]),
             {"comments"}, parent=("Débats", f"{_PARC}/f/47/debates")),
        # a Decidim debate is a comment thread under the city's question, not a board where residents open threads
        page("/initiatives", "Pétitions citoyennes", P(
            "Déposez une pétition ou signez celles des autres habitants. À 1 000 signatures, la pétition est inscrite à l'ordre "
            "du jour du conseil municipal.") + "<a class='button' href='/create_initiative/select_initiative_type'>Déposer une pétition</a>"
             + m.decidim_card("/initiatives/i-23", "Pour une zone 30 dans tout le faubourg Saint-Roch", "Collecte des signatures en cours.", "412 / 1 000 signatures")
             + m.decidim_card("/initiatives/i-19", "Rouvrir les bains-douches municipaux", "Réponse du conseil municipal publiée.", "1 136 / 1 000 signatures"),
             {"petition"}),
        page("/initiatives/i-23", "Pour une zone 30 dans tout le faubourg Saint-Roch", P(
            "Les rues du faubourg sont étroites et très fréquentées par les écoliers. Nous demandons que toute la zone soit "
            "limitée à 30 km/h et que des plateaux ralentisseurs soient posés devant les deux écoles.")
             + "<div class='initiative-status'><div class='progress'><div class='progress-meter' style='width:41%'></div></div>"
             "<p><strong>412</strong> / 1 000 signatures · 97 jours restants</p>"
             "<form class='button_to' method='post' action='/initiatives/i-23/initiative_signatures'><button class='button expanded' type='submit'>Signer</button></form></div>"
             + m.decidim_comments(23, [("Pierre-Yves M.", "il y a 12 jours", "Signé ! Les voitures roulent beaucoup trop vite rue Nationale.")]),
             {"petition", "comments"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/initiatives/i-19", "Rouvrir les bains-douches municipaux", P(
            "La pétition a réuni 1 136 signatures. Le conseil municipal du 3 février en a débattu et a voté une étude de "
            "réouverture. La collecte des signatures est close.") + "<p class='callout success'>Signatures : 1 136 · Pétition acceptée</p>",
             decoys={"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        # a closed petition with its answer: nobody can sign or start one here
        page("/create_initiative/select_initiative_type", "Déposer une pétition", P(
            "Choisissez le type d'initiative. Votre pétition sera relue par la Ville (recevabilité) avant l'ouverture de la "
            "collecte des signatures, qui dure six mois.")
             + "<form action='/create_initiative/previous_form' method='post'><fieldset><legend>Type</legend>"
             "<label><input type='radio' name='type_id' value='1'> Pétition citoyenne (1 000 signatures)</label></fieldset>"
             "<label for='initiative_title'>Titre</label><input type='text' id='initiative_title' name='initiative[title]'>"
             "<label for='initiative_description'>Description</label><textarea id='initiative_description' name='initiative[description]' rows='6'></textarea>"
             "<button class='button' type='submit'>Continuer</button></form>", {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/pages", "Aide", P("Comment participer ? Créez un compte, vérifiez votre adresse, puis proposez, votez, signez ou "
                                 "commentez. Chaque processus indique ses dates et ses règles.",
                                 "Les données de la plateforme sont hébergées en France. La plateforme utilise le logiciel libre Decidim.")),
    ]
    return Site(BRS_DEC, "plateaux_decidim", "Je participe à Brisseval", pages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Pétitions", "/initiatives"), ("Aide", "/pages")],
                accounts=[social("facebook", "VilledeBrisseval"), social("instagram", "brisseval_officiel")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))


def _brs_voisins():
    posts = "".join(f'<article class="post"><p class="post__author">{escape(who)} · {escape(where)}</p><p>{escape(text)}</p><p class="post__meta">{n} réponses</p></article>'
                    for who, where, text, n in (("Sandrine", "Faubourg Saint-Roch", "Je prête ma remorque ce week-end, qui en a besoin ?", 4),
                                                ("Jean-Marc", "Les Hautes-Rives", "Chat roux retrouvé rue des Lilas, il attend son maître.", 7),
                                                ("Collectif rue Pasteur", "Centre-Gare", "Fête de la rue le 5 juillet : on cherche des bras !", 11)))
    pages = [
        page("/", "Voisins de Brisseval", P("Le réseau social des habitants de Brisseval, soutenu par la Ville : entraide, prêts, "
                                            "événements de rue. Choisissez votre quartier.")
             + "<ul class='groupes'><li><a href='/quartiers/faubourg-saint-roch'>Faubourg Saint-Roch</a> (312 membres)</li></ul>"
             + "<section class='fil'>" + posts + "</section>", {"territorial_social_network"}),
        page("/quartiers/faubourg-saint-roch", "Faubourg Saint-Roch", P("Groupe du quartier : 312 voisins inscrits.")
             + "<form class='publier' method='post' action='/quartiers/faubourg-saint-roch/publier'><label for='msg'>Écrire à vos voisins</label>"
             "<textarea id='msg' name='message' rows='3'></textarea><select name='categorie'><option>Entraide</option><option>Prêt</option><option>Événement</option></select>"
             "<button type='submit'>Publier</button></form>" + posts, {"territorial_social_network"}),
    ]
    return Site(BRS_VOISINS, "community", "Voisins de Brisseval", pages, menu=[("Fil", "/"), ("Mon quartier", "/quartiers/faubourg-saint-roch")])


def brisseval() -> City:
    return City("98901", "Brisseval", 74_300, "59", "32", "Hauts-de-France", f"http://{BRS}/",
                [_brs_site(), _brs_gru(), _brs_decidim(), _brs_voisins()])


# ======================================================================================================================
# 98902 Castelvieil-sur-Tarn (Tarn): SPIP 4.2, forums under articles and a forum section, petitions, LimeSurvey
# ======================================================================================================================

CSV = "www.castelvieil-sur-tarn.fr"
CSV_LS = "enquetes.castelvieil-sur-tarn.fr"


def _csv_site():
    home = (P("Bienvenue à Castelvieil-sur-Tarn, bastide de 9 800 habitants entre Albi et Gaillac.")
            + m.quick([("/spip.php?rubrique5", "Castelvieil participe"), ("/spip.php?rubrique9", "Forum des habitants"),
                       ("/spip.php?article60", "Droit de pétition"), ("/spip.php?article65", "Appel à projets citoyens"),
                       ("/spip.php?article90", "Écrire à la mairie"), ("/spip.php?article95", "Salles communales"),
                       ("/spip.php?article91", "Lettre d'information")], "Raccourcis")
            + m.news([("/spip.php?article52", "Berges du Tarn : donnez votre avis", "3 mars 2025", "Le projet d'aménagement est en concertation."),
                      ("/spip.php?article70", "Questionnaire : la bibliothèque de demain", "10 mars 2025", "Dix minutes pour dessiner votre bibliothèque."),
                      ("/spip.php?article71", "Sondage : la mairie ouverte le samedi ?", "12 mars 2025", "Trois réponses possibles."),
                      ("/spip.php?article72", "Rythmes scolaires : les résultats", "20 janvier 2025", "La consultation des familles est close."),
                      ("/spip.php?article80", "Forum des associations", "1er septembre 2025", "Rendez-vous à la halle."),
                      ("/spip.php?article81", "Recensement 2026", "15 décembre 2025", "Les agents recenseurs passeront chez vous."),
                      ("/spip.php?article82", "Compte administratif 2024", "28 juin 2025", "Les comptes de la commune."),
                      ("/spip.php?article83", "Conseil municipal du 12 mars", "5 mars 2025", "L'ordre du jour."),
                      ("/spip.php?article84", "Participation : quels outils numériques ?", "2 février 2025", "La commune regarde ce que font les autres.")],
                     "À la une"))
    berges = m.spip_article_forum(52, [
        ("Passerelle", "Odile", "4 mars 2025", "Une passerelle piétonne vers l'île serait la bienvenue, mais attention aux crues."),
        ("Stationnement", "Bernard C.", "5 mars 2025", "Où se gareront les visiteurs ? La place du Foirail est déjà pleine le samedi."),
        ("Re : Stationnement", "La mairie", "6 mars 2025", "Un parking de 40 places est prévu route de Gaillac, à 300 mètres.")])
    thread = m.spip_article_forum(77, [
        ("Transport à la demande", "Martine", "2 avril 2025", "Le TAD vers Albi ne passe que deux fois par jour, c'est trop peu pour aller travailler."),
        ("Re : Transport à la demande", "Julien", "3 avril 2025", "Il existe aussi un covoiturage organisé par le foyer rural, demandez à la salle des fêtes."),
        ("Re : Transport à la demande", "Martine", "3 avril 2025", "Merci, je ne connaissais pas !")])
    pages = [
        page("/", "Accueil", home),
        page("/spip.php?rubrique5", "Castelvieil participe", P(
            "La municipalité a choisi d'associer les habitants aux décisions : comités de hameaux, réunions publiques avant "
            "chaque grand projet, droit de pétition local et appel à projets citoyens.")
             + "<ul class='liste-items'><li><a href='/spip.php?article41'>Les comités de hameaux</a></li><li><a href='/spip.php?article52'>Concertation sur les berges du Tarn</a></li>"
               "<li><a href='/spip.php?article60'>Le droit de pétition local</a></li><li><a href='/spip.php?article65'>L'appel à projets citoyens</a></li></ul>",
             {"participation_displayed"}),
        page("/spip.php?article41", "Les comités de hameaux", P(
            "Six comités de hameaux (Les Cazals, La Bouriette, Saint-Amans, Le Bourg, Les Planques, Fontbonne) réunissent "
            "les habitants deux fois par an avec le maire-adjoint délégué.",
            "Ils font remonter les besoins (voirie, éclairage, ramassage scolaire) et donnent leur avis sur les projets qui les concernent. "
            "Les comptes rendus sont affichés en mairie."), {"participation_displayed"}, parent=("Castelvieil participe", "/spip.php?rubrique5")),
        page("/spip.php?article52", "Berges du Tarn : donnez votre avis", P(
            "La commune engage une concertation sur l'aménagement des berges entre le pont et le moulin : cheminement "
            "piéton, aire de pique-nique, mise à l'eau des canoës.",
            "Le projet est présenté en réunion publique le 20 mars à la salle des fêtes. Vous pouvez aussi réagir ci-dessous.") + berges,
             {"participation_displayed", "comments", "forum"}, parent=("Castelvieil participe", "/spip.php?rubrique5")),
        # SPIP's forum under an article: the codebook names both "SPIP forums" (forum) and SPIP native comments
        page("/spip.php?page=forum&id_article=52", "Répondre à : Berges du Tarn", P("Les messages sont modérés a priori.")
             + m.spip_forum_form(52), {"comments", "forum"}, parent=("Berges du Tarn", "/spip.php?article52")),
        page("/spip.php?rubrique9", "Forum des habitants", P(
            "Un espace de discussion ouvert à tous les Castelvieillois. Chaque sujet est un fil : lisez, répondez, "
            "ou proposez un nouveau sujet au modérateur.")
             + "<ul class='liste-items sujets'><li><a href='/spip.php?article77'>Transport à la demande vers Albi</a> — 3 messages</li>"
               "<li><a href='/spip.php?article78'>Entraide : garde d'enfants le mercredi</a> — 5 messages</li></ul>", {"forum"}),
        page("/spip.php?article77", "Transport à la demande vers Albi", thread, {"forum", "comments"},
             parent=("Forum des habitants", "/spip.php?rubrique9")),
        page("/spip.php?page=forum&id_article=77", "Répondre à : Transport à la demande", m.spip_forum_form(77, 771, "Re : Transport à la demande"),
             {"forum", "comments"}, parent=("Forum des habitants", "/spip.php?rubrique9")),
        page("/spip.php?article78", "Entraide : garde d'enfants le mercredi", m.spip_article_forum(78, [
            ("Garde le mercredi", "Claire", "8 avril 2025", "Nous cherchons à organiser une garde partagée le mercredi matin près de l'école."),
            ("Re : Garde le mercredi", "Sophie", "9 avril 2025", "Intéressée, nous sommes aux Cazals.")]),
             {"forum", "comments"}, parent=("Forum des habitants", "/spip.php?rubrique9")),
        page("/spip.php?page=forum&id_article=78", "Répondre à : Garde le mercredi", m.spip_forum_form(78),
             {"forum", "comments"}, parent=("Forum des habitants", "/spip.php?rubrique9")),
        page("/spip.php?article60", "Le droit de pétition local", P(
            "Par délibération du 14 novembre 2023, le conseil municipal a ouvert un droit de pétition aux habitants de plus de 16 ans.",
            "Toute pétition qui réunit 300 signatures d'habitants dans un délai de quatre mois est inscrite à l'ordre du jour du "
            "conseil municipal suivant. Pour en lancer une, déposez votre texte en mairie ou par le formulaire "
            "<a href='/spip.php?article90'>Écrire à la mairie</a> : elle sera publiée ici avec son formulaire de signature.",
            "Pétition en cours : <a href='/spip.php?article61'>Pour un abri au point d'arrêt scolaire des Cazals</a>."),
             {"petition"}, parent=("Castelvieil participe", "/spip.php?rubrique5")),
        page("/spip.php?article61", "Pétition : un abri au point d'arrêt scolaire des Cazals", P(
            "Chaque matin, une quinzaine d'enfants attendent le car scolaire sous la pluie au carrefour des Cazals. Nous demandons "
            "l'installation d'un abri et d'un éclairage.") + m.spip_petition(61, 187, "Pétition déposée par des parents d'élèves au titre du droit de pétition local."),
             {"petition"}, parent=("Le droit de pétition local", "/spip.php?article60")),
        page("/spip.php?page=signatures&id_article=61", "Signatures : un abri aux Cazals", "<ul class='signatures'>"
             + "".join(f"<li><strong>{n}</strong>, {d}</li>" for n, d in (("Élodie F.", "2 mai"), ("Marc T.", "2 mai"), ("Famille Bousquet", "3 mai"), ("Nadia K.", "4 mai")))
             + "</ul><p>187 signatures. <a href='/spip.php?article61#formulaire_signature'>Signer à votre tour</a></p>",
             {"petition"}, parent=("Pétition : un abri aux Cazals", "/spip.php?article61")),
        # the signatures of an open petition of the city's own, with the way to sign it
        page("/spip.php?article65", "Appel à projets citoyens 2025", P(
            "Vous avez une idée pour améliorer la vie de votre hameau ou du bourg ? La commune lance son appel à projets "
            "citoyens : les idées retenues seront réalisées avec leurs auteurs.",
            "Déposez votre projet avant le 30 juin. Le comité de hameau concerné et les élus en discuteront à la rentrée.")
             + m.spip_formidable(3, "/spip.php?article65", "Je propose un projet", [
                 ("input_1", "Titre de votre projet", []), ("input_2", "Lieu concerné", []),
                 ("radio_1", "Thème", ["Cadre de vie", "Jeunesse", "Solidarité", "Environnement"])],
                 "Décrivez votre projet", "Proposer mon projet"), {"suggestion_call"}),
        page("/spip.php?article70", "Questionnaire : la bibliothèque de demain", P(
            "La bibliothèque municipale déménage dans l'ancienne école. Aidez-nous à la concevoir en répondant au "
            "questionnaire ci-dessous (dix minutes, anonyme), jusqu'au 30 avril.")
             + m.limesurvey_iframe("http://enquetes.castelvieil-sur-tarn.fr/index.php/482913?lang=fr", "Questionnaire bibliothèque"),
             {"poll"}),
        page("/spip.php?article71", "Sondage : la mairie ouverte le samedi ?", P(
            "La mairie pourrait ouvrir le samedi matin, en fermant le lundi après-midi. Qu'en pensez-vous ? Sondage ouvert jusqu'au 15 avril.")
             + m.spip_formidable(5, "/spip.php?article71", "Votre avis", [
                 ("radio_1", "Ouvrir le samedi matin et fermer le lundi après-midi ?", ["Oui", "Non", "Sans avis"])], submit="Voter"),
             {"poll"}),
        page("/spip.php?article72", "Rythmes scolaires : les résultats", P(
            "La consultation des familles sur la semaine de quatre jours est close. 214 familles ont répondu. Merci à toutes.")
             + "<table class='spip'><thead><tr><th>Réponse</th><th>Part</th></tr></thead><tbody><tr><td>Semaine de quatre jours</td><td>68 %</td></tr>"
               "<tr><td>Quatre jours et demi</td><td>29 %</td></tr><tr><td>Sans avis</td><td>3 %</td></tr></tbody></table>", decoys={"poll"}),
        page("/spip.php?article80", "Forum des associations", P(
            "Le forum des associations se tient le samedi 6 septembre sous la halle, de 9 h à 13 h : sport, musique, patrimoine, "
            "solidarité. Inscriptions aux activités sur place."), decoys={"forum"}),
        page("/spip.php?article81", "Recensement de la population 2026", P(
            "Le recensement se déroule du 15 janvier au 14 février 2026. Un agent recenseur, muni d'une carte officielle, vous "
            "remettra vos codes pour répondre en ligne sur le site de l'Insee. Vos réponses sont confidentielles.",
            "Le questionnaire peut aussi être rempli sur papier."), decoys={"poll"}),
        page("/spip.php?article82", "Compte administratif 2024", P(
            "Le compte administratif 2024 a été approuvé le 24 juin : 6,1 M€ de fonctionnement, 1,8 M€ d'investissement.",
            "Les commentaires de la commission des finances figurent dans le rapport de présentation, téléchargeable ci-dessous.")
             + "<p><a href='/mentions-legales'>Rapport de présentation (PDF, 2 Mo)</a></p>", decoys={"participatory_budget", "comments"}),
        page("/spip.php?article83", "Conseil municipal du 12 mars", P(
            "Le conseil municipal se réunira le mercredi 12 mars à 20 h 30 en mairie. Ordre du jour : vote du budget primitif, "
            "tarifs de la cantine, convention avec le syndicat des eaux, questions diverses. La séance est publique."),
             decoys={"participation_displayed"}),
        page("/spip.php?article84", "Participation : quels outils numériques ?", P(
            "Plusieurs villes du département utilisent des plateformes comme Decidim ou Cap Collectif pour leurs concertations. "
            "La commission communication en a vu deux démonstrations ; aucune décision n'est prise pour l'instant.",
            "Pour notre bastide, les réunions publiques et le site de la mairie restent les premiers outils."),
             decoys={"participatory_platform"}),
        page("/spip.php?article90", "Écrire à la mairie", P("Secrétariat ouvert du lundi au vendredi, 8 h 30 - 12 h et 14 h - 17 h.")
             + m.spip_ecrire_auteur(90, "/spip.php?article90"), {"contact_form"}),
        page("/spip.php?article91", "Lettre d'information", P("Recevez chaque mois les nouvelles de la commune.")
             + '<div class="formulaire_spip formulaire_newsletter_subscribe" id="formulaire_newsletter_subscribe"><form method="post" action="/spip.php?article91">'
               '<input name="formulaire_action" type="hidden" value="newsletter_subscribe" /><div class="editer saisie_session_email obligatoire"><label for="session_email_nl">Votre email</label>'
               '<input type="email" name="session_email" id="session_email_nl" class="text email" required /></div><p class="boutons"><input type="submit" class="submit" value="S\'inscrire" /></p></form></div>',
             decoys={"contact_form"}),
        page("/spip.php?article95", "Réserver une salle communale", P("Salle des fêtes, salle du Foirail et foyer rural : vérifiez les disponibilités.")
             + m.booking_form("/spip.php?article95", ["Salle des fêtes", "Salle du Foirail", "Foyer rural"]), decoys={"contact_form"}),
    ]
    return Site(CSV, "plateaux_spip", "Castelvieil-sur-Tarn", pages,
                menu=[("Mairie", "/spip.php?article90"), ("Castelvieil participe", "/spip.php?rubrique5"), ("Forum", "/spip.php?rubrique9"),
                      ("Enquêtes", "http://enquetes.castelvieil-sur-tarn.fr/")],
                accounts=[social("facebook", "castelvieilsurtarn"), social("mastodon", "castelvieil@piaille.fr")],
                address="Mairie, 1 place de la Halle, 81000 Castelvieil-sur-Tarn")


def _csv_limesurvey():
    sid = 482913
    qs = (m.limesurvey_question(sid, 12, 101, "Q01", "Fréquentez-vous la bibliothèque actuelle ?", ["Souvent", "Parfois", "Jamais"])
          + m.limesurvey_question(sid, 12, 102, "Q02", "Quel créneau d'ouverture supplémentaire préférez-vous ?", ["Mercredi soir", "Samedi après-midi", "Dimanche matin"])
          + m.limesurvey_question(sid, 12, 103, "Q03", "Que souhaitez-vous trouver dans la nouvelle bibliothèque ?", [], kind="text"))
    pages = [
        page("/", "Enquêtes de la commune", "<div class='survey-list'><h2>Enquêtes ouvertes</h2><ul><li><a href='/index.php/482913?lang=fr'>La bibliothèque de demain</a></li></ul>"
             "<h2>Enquêtes terminées</h2><ul><li><a href='/index.php/551020?lang=fr'>Rythmes scolaires 2024</a></li></ul></div>"),
        # the survey server's index only lists surveys: the questionnaire is one click further
        page(f"/index.php/{sid}?lang=fr", "La bibliothèque de demain",
             "<div class='survey-welcome'><p>Merci de prendre dix minutes pour répondre. Ce questionnaire est anonyme ; il est ouvert jusqu'au 30 avril.</p></div>"
             + m.limesurvey_form(sid, "Vos habitudes et vos envies", qs), {"poll"}),
        page("/index.php/551020?lang=fr", "Rythmes scolaires 2024", "<div class='alert alert-warning'><p>Ce questionnaire n'est plus disponible.</p>"
             "<p>Il a expiré le 15 décembre 2024. Les résultats sont publiés sur le site de la mairie.</p></div>", decoys={"poll"}),
    ]
    return Site(CSV_LS, "plateaux_limesurvey", "Enquêtes en ligne - Castelvieil-sur-Tarn", pages)


def castelvieil() -> City:
    return City("98902", "Castelvieil-sur-Tarn", 9_800, "81", "76", "Occitanie", f"http://{CSV}/", [_csv_site(), _csv_limesurvey()])


# ======================================================================================================================
# 98903 Lannévez (Finistère): WordPress with GeneratePress, TotalPoll, wpDiscuz, bbPress; Cap Collectif on the vendor's
# ======================================================================================================================

LNV = "www.lannevez.bzh"
LNV_CAPCO = "lannevez.cap-collectif.com"
_LNV_POLL = m.totalpoll(14, "Quel nom pour la nouvelle salle de spectacle ?", ["Ti an Holl", "L'Estran", "La Grève", "Salle Anjela-Duval"])
_LNV_WIDGETS = ("<section class='widget widget_recent_entries'><h2 class='widget-title'>Articles récents</h2><ul>"
                "<li><a href='/2025/04/la-voie-verte-prolongee/'>La voie verte prolongée jusqu'à la grève</a></li>"
                "<li><a href='/2025/03/nouveau-plan-de-circulation/'>Centre-ville : un nouveau plan de circulation</a></li>"
                "<li><a href='/2025/02/travaux-eglise/'>Travaux à l'église Saint-Ténénan</a></li></ul></section>")


def _lnv_site():
    home = (P("Degemer mat ! Bienvenue sur le site de la ville de Lannévez, 21 500 habitants, entre abers et monts d'Arrée.")
            + m.quick([("/participer/", "Lannévez participe"), ("/participer/budget-participatif/", "Lannévez a des idées"),
                       ("/participer/boite-a-idees/", "Boîte à idées"), ("/forums/", "Forums des habitants"), ("/contact/", "Contact"),
                       ("/newsletter/", "Lettre d'information"), ("/conseil-municipal/", "Conseil municipal")])
            + m.news([("/2025/04/la-voie-verte-prolongee/", "La voie verte prolongée jusqu'à la grève", "18 avril 2025", "2,4 km de plus pour les piétons et les vélos."),
                      ("/2025/03/nouveau-plan-de-circulation/", "Centre-ville : un nouveau plan de circulation", "12 mars 2025", "Sens uniques et zone de rencontre à l'essai."),
                      ("/2025/05/semaine-de-la-mer/", "La semaine de la mer", "5 mai 2025", "Animations sur le port et les plages."),
                      ("/2025/05/concours-photo/", "Concours photo : Lannévez au fil des saisons", "2 mai 2025", "À vos appareils !"),
                      ("/2025/01/resultats-sondage-salle/", "Nom de la médiathèque : les résultats", "10 janvier 2025", "Vous avez choisi."),
                      ("/actualites/", "Toutes les actualités", "", "")], "Keleier - Actualités")
            + m.agenda([("/agenda/forum-des-associations/", "Forum des associations", "6 septembre"),
                        ("/appel-a-candidatures-residence/", "Résidence d'artistes : candidatures", "30 juin")]))
    pages = [
        page("/", "Accueil", home),
        page("/actualites/", "Actualités", m.with_aside(
            m.news([("/2025/04/la-voie-verte-prolongee/", "La voie verte prolongée jusqu'à la grève", "18 avril 2025", "2,4 km de plus."),
                    ("/2025/03/nouveau-plan-de-circulation/", "Centre-ville : un nouveau plan de circulation", "12 mars 2025", "À l'essai six mois."),
                    ("/2025/02/travaux-eglise/", "Travaux à l'église Saint-Ténénan", "3 février 2025", "Le clocher restauré.")], "Toutes les actualités"),
            "<section class='widget widget_totalpoll'><h2 class='widget-title'>Sondage</h2>" + _LNV_POLL + "</section>" + _LNV_WIDGETS), {"poll"}),
        page("/2025/04/la-voie-verte-prolongee/", "La voie verte prolongée jusqu'à la grève", m.with_aside(P(
            "La voie verte qui relie le bourg à l'ancienne gare est prolongée de 2,4 km jusqu'à la grève de Porz-Meur. Les "
            "travaux se termineront fin juin ; un stationnement vélos sera installé au bout.")
            + m.wp_native_comments(412, "/2025/04/la-voie-verte-prolongee/", [
                ("Gwenaëlle", "19 avril 2025", "Enfin ! Pensez aux bancs le long du parcours pour les anciens."),
                ("Yann K.", "20 avril 2025", "Est-ce que les chevaux seront autorisés ?")]),
            _LNV_WIDGETS), {"comments"}),
        page("/2025/03/nouveau-plan-de-circulation/", "Centre-ville : un nouveau plan de circulation", P(
            "À partir du 1er avril, la rue de Brest passe en sens unique et la place de l'Église devient une zone de rencontre "
            "limitée à 20 km/h. Le dispositif est testé six mois avant d'être confirmé ou modifié.")
             + m.share("http://www.lannevez.bzh/2025/03/nouveau-plan-de-circulation/", "Nouveau plan de circulation")
             + m.wpdiscuz(388, 2, [("Loïc", "13 mars 2025", "Les livraisons de la boulangerie vont être compliquées."),
                                   ("Maëlle", "14 mars 2025", "Très bien pour les enfants qui vont à l'école à pied.")]), {"comments"}),
        page("/2025/02/travaux-eglise/", "Travaux à l'église Saint-Ténénan", P(
            "La restauration du clocher commence le 10 février pour huit mois. Le parvis reste accessible ; les cérémonies "
            "sont déplacées à la chapelle Sainte-Anne pendant les travaux.") + m.wp_native_comments(360, "/2025/02/travaux-eglise/", closed=True),
             decoys={"comments"}),
        page("/2025/01/resultats-sondage-salle/", "Nom de la médiathèque : les résultats", P(
            "Vous avez été 1 284 à voter pour le nom de la médiathèque. Elle s'appellera « Ti ar Geriou ». Merci !")
             + m.totalpoll_results(11, "Quel nom pour la médiathèque ?", [("Ti ar Geriou", 46, 591), ("Les Abers", 31, 398), ("Xavier-Grall", 23, 295)], "31 décembre 2024"),
             decoys={"poll"}),
        page("/2025/05/semaine-de-la-mer/", "La semaine de la mer", P(
            "Du 12 au 18 mai : sorties en vieux gréement, pêche à pied commentée, exposition sur les goémoniers.",
            "Une pétition nationale pour la protection des herbiers marins circule sur "
            "<a href='https://www.change.org/p/protegeons-les-herbiers-de-posidonie-et-de-zostere'>change.org</a> ; "
            "la commune n'en est pas l'auteur.") + m.share("http://www.lannevez.bzh/2025/05/semaine-de-la-mer/", "La semaine de la mer"),
             decoys={"petition"}),
        page("/2025/05/concours-photo/", "Concours photo : Lannévez au fil des saisons", P(
            "Amateurs de photo, envoyez jusqu'à trois clichés de la commune avant le 31 août. Un jury désignera trois lauréats ; "
            "les photos primées seront exposées à la médiathèque.")
             + m.wpforms(88, [("text", "Nom et prénom"), ("email", "E-mail"), ("select:Printemps|Été|Automne|Hiver", "Saison"),
                              ("checkbox:J'accepte le règlement du concours", "Règlement")], "Participer au concours"),
             decoys={"suggestion_call", "contact_form"}),
        page("/participer/", "Lannévez participe", P(
            "La démocratie locale à Lannévez repose sur quatre conseils de quartier, un budget participatif annuel, une boîte à "
            "idées permanente et des concertations avant chaque grand projet.",
            "Notre charte de la participation, votée en 2022, engage la municipalité à répondre à chaque contribution.")
             + "<ul><li><a href='/participer/conseils-de-quartier/'>Conseils de quartier</a></li><li><a href='/participer/budget-participatif/'>Lannévez a des idées</a></li>"
               "<li><a href='/participer/boite-a-idees/'>Boîte à idées</a></li><li><a href='http://lannevez.cap-collectif.com/'>La plateforme de participation</a></li></ul>",
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier/", "Les conseils de quartier", P(
            "Bourg, Kerlann, Penn-ar-Roz et Lannévez-Plage : chaque quartier a son conseil, ouvert à tous les habitants de plus de 16 ans.",
            "Les conseils se réunissent quatre fois par an. Ils disposent d'une enveloppe de 10 000 € pour de petits aménagements "
            "et sont consultés sur les projets de leur secteur."), {"participation_displayed"}, parent=("Lannévez participe", "/participer/")),
        page("/participer/budget-participatif/", "Lannévez a des idées : le budget participatif", P(
            "150 000 € pour vos projets : c'est l'enveloppe de « Lannévez a des idées », le budget participatif de la ville.",
            "Les idées déposées cet hiver ont été étudiées par les services : 14 projets sont soumis au vote des habitants du "
            "1er au 31 mai sur <a href='http://lannevez.cap-collectif.com/project/lannevez-a-des-idees-2025/selection/vote'>la plateforme de participation</a>. "
            "Chacun peut voter pour trois projets."), {"participatory_budget"}, parent=("Lannévez participe", "/participer/")),
        page("/participer/boite-a-idees/", "Boîte à idées", P(
            "Une idée pour améliorer la vie à Lannévez ? Un équipement qui manque, une animation à créer ? Déposez-la dans notre "
            "boîte à idées : chaque proposition est lue par l'élu concerné et reçoit une réponse sous un mois.")
             + m.wpforms(52, [("text", "Votre nom"), ("email", "Votre e-mail"),
                              ("select:Cadre de vie|Mobilités|Jeunesse|Culture|Environnement", "Thème"), ("textarea", "Votre idée")], "Proposer mon idée"),
             {"suggestion_call"}, parent=("Lannévez participe", "/participer/")),
        # an idea box's form is the call for ideas; it is labelled as such, not as the generic contact form
        page("/contact/", "Contact", P("Mairie de Lannévez, 2 place de la Mairie. Ouverte du lundi au vendredi et le samedi matin.")
             + m.wpforms(12, [("text", "Nom"), ("email", "E-mail"), ("text", "Objet"), ("textarea", "Message"),
                              ("checkbox:J'accepte que mes données soient traitées pour répondre à ma demande", "Consentement")]), {"contact_form"}),
        page("/forums/", "Forums des habitants", P("Les forums sont ouverts à tous les habitants inscrits. Merci de respecter la charte de modération.")
             + m.bbp_forum_index([(12, "/forums/forum/entraide/", "Entraide et covoiturage", "Proposer ou demander un coup de main.", 18),
                                  (13, "/forums/forum/vie-des-quartiers/", "Vie des quartiers", "Ce qui se passe près de chez vous.", 9)])
             + "<p><a href='/mon-compte/'>Se connecter ou créer un compte</a></p>", {"forum"}),
        page("/forums/forum/entraide/", "Entraide et covoiturage", m.bbp_topic_list(12, [
            (501, "/forums/topic/covoiturage-brest/", "Covoiturage quotidien vers Brest", "Nolwenn", 6),
            (498, "/forums/topic/covoiturage-brest/", "Prêt de broyeur à végétaux", "Hervé", 3)], "/forums/forum/entraide/nouveau-sujet/"),
             {"forum"}, parent=("Forums", "/forums/")),
        page("/forums/forum/vie-des-quartiers/", "Vie des quartiers", m.bbp_topic_list(13, [
            (480, "/forums/topic/eclairage-kerlann/", "Éclairage rue de Kerlann", "Patrice", 2)], "/forums/forum/entraide/nouveau-sujet/"),
             {"forum"}, parent=("Forums", "/forums/")),
        page("/forums/topic/covoiturage-brest/", "Covoiturage quotidien vers Brest", m.bbp_topic(501, [
            ("Nolwenn", "2 avril 2025 à 7 h 12", "Je pars tous les jours à 7 h 30 vers le Technopôle, deux places libres."),
            ("Erwan", "2 avril 2025 à 9 h 40", "Intéressé pour les lundis et mardis, je t'écris en privé."),
            ("Nolwenn", "2 avril 2025 à 12 h 05", "Parfait, rendez-vous au parking de la salle omnisports.")]),
             {"forum"}, parent=("Entraide et covoiturage", "/forums/forum/entraide/")),
        page("/forums/topic/eclairage-kerlann/", "Éclairage rue de Kerlann", m.bbp_topic(480, [
            ("Patrice", "18 mars 2025 à 21 h 02", "Les lampadaires de la rue de Kerlann s'éteignent à 22 h, c'est voulu ?"),
            ("Solenn", "19 mars 2025 à 8 h 15", "Oui, extinction de 22 h à 6 h dans tous les quartiers depuis janvier.")]),
             {"forum"}, parent=("Vie des quartiers", "/forums/forum/vie-des-quartiers/")),
        page("/forums/forum/entraide/nouveau-sujet/", "Créer un nouveau sujet", m.bbp_new_topic_form(12, "Entraide et covoiturage"),
             {"forum"}, parent=("Entraide et covoiturage", "/forums/forum/entraide/")),
        page("/mon-compte/", "Mon compte", P("Connectez-vous pour écrire dans les forums. Pas encore de compte ? Inscrivez-vous avec votre e-mail.")
             + '<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p class="login-username"><label for="user_login">Identifiant ou adresse e-mail</label>'
               '<input type="text" name="log" id="user_login" autocomplete="username" class="input" value="" size="20" /></p><p class="login-password"><label for="user_pass">Mot de passe</label>'
               '<input type="password" name="pwd" id="user_pass" autocomplete="current-password" class="input" value="" size="20" /></p>'
               '<p class="login-remember"><label><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> Se souvenir de moi</label></p>'
               '<p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="Se connecter" /></p></form>',
             decoys={"forum", "contact_form"}),
        # the forums' login page: nobody posts a thread or a reply here
        page("/agenda/forum-des-associations/", "Forum des associations", P(
            "Samedi 6 septembre, de 10 h à 17 h, salle omnisports : plus de 80 associations lannévéziennes vous attendent. "
            "Démonstrations de danse bretonne, de judo et de sauvetage côtier."), decoys={"forum"}),
        page("/appel-a-candidatures-residence/", "Résidence d'artistes 2026 : appel à candidatures", P(
            "La ville accueille chaque année un artiste en résidence à l'ancienne criée. Artistes plasticiens et photographes, "
            "envoyez votre dossier (démarche, projet, CV) avant le 30 juin. Bourse de 6 000 € et logement fournis."),
             decoys={"suggestion_call"}),
        page("/newsletter/", "Lettre d'information", P("Recevez l'essentiel de l'actualité lannévézienne chaque mois.")
             + m.newsletter_box("/newsletter/"), decoys={"contact_form"}),
        page("/conseil-municipal/", "Le conseil municipal", P(
            "Le conseil municipal compte 29 élus. Prochaine séance : jeudi 26 juin à 19 h, salle du conseil. Ordre du jour : "
            "décision modificative n° 1, tarifs du port, subventions aux associations. Les séances sont publiques et retransmises en direct."),
             decoys={"participation_displayed"}),
    ]
    return Site(LNV, "plateaux_wp_gp", "Ville de Lannévez", pages,
                menu=[("Mairie", "/conseil-municipal/"), ("Actualités", "/actualites/"), ("Participer", "/participer/"),
                      ("Forums", "/forums/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "villedelannevez"), social("instagram", "lannevez.bzh"), social("x", "Lannevez")],
                address="Mairie, 2 place de la Mairie, 29000 Lannévez")


_LNV_BP = "/project/lannevez-a-des-idees-2025"
_LNV_PORT = "/project/port-de-kerlann"


def _lnv_capco():
    card = lambda href, title, meta: (f'<div class="proposal-preview"><h4 class="proposal__title"><a href="{href}">{escape(title)}</a></h4>'
                                      f'<p class="proposal__meta">{escape(meta)}</p></div>')
    pages = [
        page("/", "Lannévez participe", P("La plateforme de participation de la ville de Lannévez : budget participatif, "
                                          "consultations et questionnaires. Donnez votre avis sur les projets de la commune.")
             + "<div class='projects'>" + card(f"{_LNV_BP}/selection/vote", "Lannévez a des idées 2025", "Vote en cours · 14 projets")
             + card(f"{_LNV_PORT}/questionnaire/votre-avis-sur-le-port", "Le port de Kerlann", "Questionnaire ouvert") + "</div>"
             + "<p><a href='/projects'>Voir tous les projets</a></p>", {"participation_displayed"}),
        page("/projects", "Tous les projets", card(_LNV_BP + "/collect/depot-des-idees", "Lannévez a des idées 2025", "Budget participatif · 3 étapes")
             + card(_LNV_PORT + "/questionnaire/votre-avis-sur-le-port", "Le port de Kerlann", "Consultation · 1 étape")),
        page(f"{_LNV_BP}/collect/depot-des-idees", "Dépôt des idées", "<div class='step-header'><p>Étape terminée le 28 février 2025</p>"
             "<ol class='step-list'><li>Dépôt des idées</li><li>Étude de faisabilité</li><li>Vote</li></ol></div>"
             + card(f"{_LNV_BP}/collect/depot-des-idees/proposals/un-kiosque-a-lire", "Un kiosque à lire sur la plage", "Retenue pour le vote · 8 000 €")
             + card(f"{_LNV_BP}/collect/depot-des-idees/proposals/un-kiosque-a-lire", "Des abris vélos à la gare routière", "Retenue pour le vote · 22 000 €"),
             {"participatory_budget"}, parent=("Lannévez a des idées 2025", _LNV_BP + "/selection/vote")),
        page(f"{_LNV_BP}/selection/vote", "Vote", P("Du 1er au 31 mai, votez pour trois projets au maximum. Enveloppe : 150 000 €.")
             + "".join(f'<div class="proposal-preview"><h4>{t}</h4><p>{c}</p><button class="btn btn-success proposal__button__vote">Voter</button></div>'
                       for t, c in (("Un kiosque à lire sur la plage", "8 000 €"), ("Des abris vélos à la gare routière", "22 000 €"),
                                    ("Un city-stade à Penn-ar-Roz", "65 000 €")))
             + f"<p><a href='{_LNV_BP}/collect/depot-des-idees'>Revoir les idées déposées</a></p>",
             {"participatory_budget"}, parent=("Lannévez a des idées 2025", _LNV_BP + "/collect/depot-des-idees")),
        page(f"{_LNV_BP}/collect/depot-des-idees/proposals/un-kiosque-a-lire", "Un kiosque à lire sur la plage", P(
            "Proposé par Anne L. : une petite cabane en bois près du poste de secours, avec des livres en libre-service l'été.",
            "Estimation des services : 8 000 €. Projet retenu pour le vote.")
             + "<div class='proposal__vote'><button class='btn btn-success'>Voter</button> <span>212 votes</span></div>"
             + "<section class='comments'><h3>2 commentaires</h3><div class='comment'><p><strong>Jakez</strong> : Et l'hiver, on la range où ?</p></div>"
               "<div class='comment'><p><strong>Anne L.</strong> : Elle sera remisée aux services techniques d'octobre à mai.</p></div>"
               "<form class='comment-form' method='post' action='/comments'><label for='comment-body'>Votre commentaire</label><textarea id='comment-body' name='body' rows='3'></textarea>"
               "<button type='submit' class='btn btn-primary'>Commenter</button></form></section>",
             {"participatory_budget", "comments"}, parent=("Dépôt des idées", f"{_LNV_BP}/collect/depot-des-idees")),
        # one resident's project, within the budget's vote: a page of the budget
        page(f"{_LNV_PORT}/questionnaire/votre-avis-sur-le-port", "Votre avis sur le port de Kerlann", P(
            "Le port de Kerlann va être réaménagé. Ce questionnaire est ouvert jusqu'au 30 juin.")
             + "<form class='questionnaire-form' id='reply-form' method='post' action='" + _LNV_PORT + "/questionnaire/votre-avis-sur-le-port'>"
             + m.radio_block("responses[0]", "Vous êtes :", ["Plaisancier", "Pêcheur professionnel", "Promeneur", "Riverain"])
             + m.radio_block("responses[1]", "Faut-il créer des places de stationnement supplémentaires ?", ["Oui", "Non", "Sans avis"])
             + "<label for='resp-2'>Vos suggestions pour le port</label><textarea id='resp-2' name='responses[2]' rows='4'></textarea>"
               "<button type='submit' class='btn btn-primary'>Envoyer mes réponses</button></form>", {"poll"}),
    ]
    return Site(LNV_CAPCO, "capcollectif", "Lannévez participe", pages, menu=[("Accueil", "/"), ("Projets", "/projects")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))


def lannevez() -> City:
    return City("98903", "Lannévez", 21_500, "29", "53", "Bretagne", f"http://{LNV}/", [_lnv_site(), _lnv_capco()])


# ======================================================================================================================
# 98904 Anse-Belleville (Martinique): Joomla 4, JComments, Facebook comments, Microsoft and Google Forms, Go Vocal
# ======================================================================================================================

ANB = "www.ville-anse-belleville.fr"
ANB_GV = "anse-belleville.govocal.com"
_ANB_A = "/index.php"


def _anb_site():
    a = _ANB_A
    home = (P("Bienvenue sur le site de la Ville d'Anse-Belleville, commune du sud caraïbe de la Martinique.")
            + m.quick([(f"{a}/vie-citoyenne/anse-belleville-participe", "Anse-Belleville participe"), (f"{a}/vie-citoyenne/budget-participatif", "Ansanm pou Lans"),
                       (f"{a}/vie-citoyenne/questionnaire-transports", "Enquête transports"), (f"{a}/vie-citoyenne/sondage-marche-nocturne", "Marché nocturne : votre avis"),
                       (f"{a}/contact", "Contact"), (f"{a}/newsletter", "Newsletter"), (f"{a}/emploi/recrutement-police-municipale", "Recrutement")], "En un clic")
            + m.news([(f"{a}/actualites/carnaval-2025", "Carnaval 2025 : le programme", "10 février 2025", "Vidés, Vaval et concours de costumes."),
                      (f"{a}/actualites/front-de-mer", "Front de mer : les travaux commencent", "3 mars 2025", "Une promenade de 800 mètres."),
                      (f"{a}/actualites/journee-de-la-mer", "Journée de la mer", "8 juin 2025", "Nettoyage de la plage et sorties en yole."),
                      (f"{a}/actualites/resultats-consultation-horaires", "Horaires de la mairie : les résultats", "15 janvier 2025", "Vous avez répondu."),
                      (f"{a}/actualites/concours-nouvelles-creole", "Concours de nouvelles en créole", "1er avril 2025", "Écrivez en kréyòl !"),
                      (f"{a}/actualites/ansanm-en-ligne", "Ansanm : la plateforme en ligne", "15 septembre 2025", "Déposez vos idées.")], "Actualités")
            + m.agenda([(f"{a}/agenda/forum-emploi", "Forum de l'emploi et de la formation", "17 octobre"),
                        (f"{a}/vie-citoyenne/conseil-municipal", "Conseil municipal", "25 septembre")]))
    pages = [
        page("/", "Accueil", home),
        page(f"{a}/actualites/carnaval-2025", "Carnaval 2025 : le programme", P(
            "Dimanche gras, grand parade des groupes à pied ; mardi gras, vidé des diables rouges ; mercredi des Cendres, "
            "Vaval brûlé sur le front de mer. Les rues du bourg seront fermées à la circulation de 14 h à 22 h.")
             + m.jcomments(112, [("Josiane", "11/02/2025 18:20", "Le parcours passe-t-il devant l'église cette année ?"),
                                 ("Service communication", "12/02/2025 09:05", "Oui, départ de l'église à 15 h.")]), {"comments"}),
        page(f"{a}/actualites/front-de-mer", "Front de mer : les travaux commencent", P(
            "La promenade du front de mer sera entièrement refaite : 800 mètres de cheminement, des carbets, un éclairage "
            "économe et des plantations résistantes aux embruns. Fin des travaux prévue en décembre.")
             + m.fb_comments_plugin("http://www.ville-anse-belleville.fr/index.php/actualites/front-de-mer"), {"comments"}),
        page(f"{a}/vie-citoyenne/anse-belleville-participe", "Anse-Belleville participe", P(
            "Parce que la ville se construit avec ceux qui y vivent, la municipalité développe la démocratie participative : "
            "comités de quartier, réunions publiques, enquêtes en ligne et budget participatif « Ansanm pou Lans ».",
            "Toutes les concertations en cours sont réunies sur la plateforme <a href='http://anse-belleville.govocal.com/'>Ansanm</a>.")
             + f"<ul><li><a href='{a}/vie-citoyenne/comites-de-quartier'>Les comités de quartier</a></li><li><a href='{a}/vie-citoyenne/budget-participatif'>Le budget participatif</a></li></ul>",
             {"participation_displayed"}),
        page(f"{a}/vie-citoyenne/comites-de-quartier", "Les comités de quartier", P(
            "Sept comités de quartier (Bourg, Morne-Vert, Fond-Lahaye, Anse-Noire, Petite-Anse, Belle-Étoile, Quartier-Neuf) "
            "rassemblent les habitants qui veulent agir pour leur quartier.",
            "Ils se réunissent chaque trimestre avec l'élu de secteur et participent à la préparation des travaux de proximité."),
             {"participation_displayed"}, parent=("Anse-Belleville participe", f"{a}/vie-citoyenne/anse-belleville-participe")),
        page(f"{a}/vie-citoyenne/budget-participatif", "Ansanm pou Lans, le budget participatif", P(
            "« Ansanm pou Lans » : la Ville consacre 200 000 € aux projets proposés et choisis par les habitants.",
            "Déposez vos idées du 15 septembre au 15 novembre sur la plateforme <a href='http://anse-belleville.govocal.com/fr-FR/projects/ansanm-pou-lans-2025'>Ansanm</a>, "
            "ou sur papier en mairie annexe. Les projets réalisables seront soumis au vote de tous en février."),
             {"participatory_budget", "suggestion_call"}, parent=("Anse-Belleville participe", f"{a}/vie-citoyenne/anse-belleville-participe")),
        # the budget's open call: "déposez vos idées" is a call for residents' ideas
        page(f"{a}/vie-citoyenne/questionnaire-transports", "Enquête : vos déplacements au quotidien", P(
            "La Ville et l'autorité organisatrice des mobilités préparent le nouveau réseau de bus du sud. Dites-nous comment "
            "vous vous déplacez : le questionnaire est ouvert jusqu'au 31 octobre.") + m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAO__q1Kx6RUMlg4RkRPNzZTVlBWRTJBN1Q"),
             {"poll"}),
        page(f"{a}/vie-citoyenne/sondage-marche-nocturne", "Marché nocturne : votre avis", P(
            "Faut-il un marché nocturne chaque vendredi sur le front de mer ? Donnez votre avis en trois questions.")
             + m.google_form("1FAIpQLSe8vR2mPqK7tZbX3nLwY0cHdJ4sA9fG1uE6oT5rI2yQ8pXk3w"), {"poll"}),
        page(f"{a}/contact", "Contactez-nous", P("Hôtel de ville, rue Schœlcher. Ouvert du lundi au vendredi de 7 h 30 à 13 h 30.")
             + m.convertforms(3, [("text", "nom", "Nom et prénom"), ("email", "email", "Adresse e-mail"), ("text", "objet", "Objet"),
                                  ("textarea", "message", "Votre message")], "Envoyer", f"{a}/contact"), {"contact_form"}),
        page(f"{a}/agenda/forum-emploi", "Forum de l'emploi et de la formation", P(
            "Le 17 octobre au centre culturel : une quarantaine d'employeurs, France Travail, la mission locale et les "
            "organismes de formation vous accueillent de 8 h à 13 h. Apportez votre CV !"), decoys={"forum"}),
        page(f"{a}/emploi/recrutement-police-municipale", "La Ville recrute : policier municipal", P(
            "Appel à candidatures : la Ville recrute deux gardiens-brigadiers de police municipale (cadre d'emplois des agents "
            "de police municipale). Candidature en ligne avant le 30 septembre.")
             + m.convertforms(7, [("text", "nom", "Nom et prénom"), ("email", "email", "Adresse e-mail"),
                                  ("textarea", "motivation", "Lettre de motivation")], "Envoyer ma candidature", f"{a}/emploi/recrutement-police-municipale"),
             decoys={"contact_form", "suggestion_call"}),
        # a job application form: the free text is a cover letter, not a message to the city
        page(f"{a}/actualites/journee-de-la-mer", "Journée de la mer", P(
            "Le 8 juin, nettoyage de la plage de l'Anse-Noire avec les écoles, puis courses de yoles rondes l'après-midi.",
            "Les associations relaient aussi une pétition nationale pour la protection des récifs coralliens, sur "
            "<a href='https://www.change.org/p/sauvons-les-recifs-coralliens-des-outre-mer'>change.org</a>."),
             decoys={"petition"}),
        page(f"{a}/actualites/resultats-consultation-horaires", "Horaires de la mairie : les résultats", P(
            "La consultation sur les horaires d'ouverture de la mairie est terminée : 612 réponses. Dès le 1er mars, la mairie "
            "ouvrira le mercredi jusqu'à 17 h.")
             + "<table class='table'><tr><th>Proposition</th><th>Votes</th></tr><tr><td>Mercredi jusqu'à 17 h</td><td>58 %</td></tr>"
               "<tr><td>Samedi matin</td><td>42 %</td></tr></table>", decoys={"poll"}),
        page(f"{a}/actualites/concours-nouvelles-creole", "Concours de nouvelles en créole", P(
            "La médiathèque organise un concours de nouvelles écrites en créole martiniquais, ouvert à tous à partir de 12 ans. "
            "Envoyez votre texte (4 pages maximum) avant le 31 mai. Remise des prix le 22 mai suivant, jour de la commémoration."),
             decoys={"suggestion_call"}),
        page(f"{a}/actualites/ansanm-en-ligne", "Ansanm : la plateforme est en ligne", P(
            "La Ville a choisi la solution Go Vocal pour sa nouvelle plateforme participative, baptisée Ansanm. Elle accueillera "
            "le budget participatif et les prochaines concertations.",
            "Des permanences numériques sont prévues au centre social pour aider ceux qui le souhaitent."),
             decoys={"participatory_platform"}),
        # a news item about the platform, naming its software: not the platform itself
        page(f"{a}/newsletter", "Newsletter", P("Inscrivez-vous pour recevoir l'actualité de la ville.")
             + '<div class="acymodule" id="acym_module_formAcym1"><form id="formAcym1" name="formAcym1" method="post" action="/index.php?option=com_acym&amp;ctrl=frontusers">'
               '<div class="acym_module_form"><div class="acym_form"><div class="onefield fieldacy2 acyfield_text"><label for="acym_email">E-mail</label><input id="acym_email" name="user[email]" type="email" class="cell acym__user__edit__email" /></div></div>'
               '<p class="acysubbuttons"><button type="submit" class="btn btn-primary button subbutton">S\'abonner</button></p></div>'
               '<input type="hidden" name="ctrl" value="frontusers" /><input type="hidden" name="task" value="notask" /></form></div>', decoys={"contact_form"}),
        page(f"{a}/vie-citoyenne/conseil-municipal", "Le conseil municipal", P(
            "Le conseil municipal se réunit au moins une fois par trimestre en salle des délibérations. Prochaine séance le 25 "
            "septembre à 18 h : rentrée scolaire, tarifs des cantines, plan communal de sauvegarde (cyclones)."),
             decoys={"participation_displayed"}),
    ]
    return Site(ANB, "plateaux_joomla", "Ville d'Anse-Belleville", pages,
                menu=[("Accueil", "/"), ("Vie citoyenne", f"{a}/vie-citoyenne/anse-belleville-participe"), ("Actualités", f"{a}/actualites/carnaval-2025"),
                      ("Contact", f"{a}/contact")],
                accounts=[social("facebook", "VilleAnseBelleville"), social("instagram", "anse_belleville"), social("youtube", "AnseBellevilleTV"),
                          social("tiktok", "ansebelleville972")],
                address="Hôtel de ville, rue Schœlcher, 97200 Anse-Belleville")


_ANB_BP = "/fr-FR/projects/ansanm-pou-lans-2025"


def _anb_govocal():
    idea = lambda slug, title, votes: (f'<div class="e2e-idea-card"><a href="/fr-FR/ideas/{slug}"><h3 class="e2e-idea-card-title">{escape(title)}</h3></a>'
                                       f'<span class="e2e-ideacard-upvote-count">{votes}</span></div>')
    pages = [
        page("/", "Ansanm", P("Ansanm, la plateforme participative de la Ville d'Anse-Belleville. Participez aux projets en cours.")
             + f"<ul class='e2e-projects-list'><li><a href='{_ANB_BP}'>Ansanm pou Lans 2025</a> — phase : idées</li>"
               "<li><a href='/fr-FR/projects/plage-propre'>Des plages propres</a> — phase : enquête</li></ul>", {"participation_displayed"}),
        page(_ANB_BP, "Ansanm pou Lans 2025", P("Le budget participatif : 200 000 € pour vos projets. Phase actuelle : dépôt des idées, jusqu'au 15 novembre.")
             + f"<a class='e2e-idea-button' href='{_ANB_BP}/ideas/new'>Soumettez votre idée</a> <a href='{_ANB_BP}/ideas'>Voir les idées</a>",
             {"participatory_budget", "suggestion_call"}),
        page(f"{_ANB_BP}/ideas", "Les idées", idea("un-carbet-pour-les-pecheurs", "Un carbet pour les pêcheurs de l'Anse-Noire", 48)
             + idea("un-carbet-pour-les-pecheurs", "Des bornes d'eau potable sur la plage", 31), {"participatory_budget"}, parent=("Ansanm pou Lans 2025", _ANB_BP)),
        page(f"{_ANB_BP}/ideas/new", "Ajouter une idée", "<form id='idea-form' class='e2e-idea-form' method='post' action='/web_api/v1/ideas'>"
             "<label for='idea-title'>Titre</label><input id='idea-title' name='title_multiloc[fr-FR]' type='text'>"
             "<label for='idea-body'>Description</label><textarea id='idea-body' name='body_multiloc[fr-FR]' rows='8'></textarea>"
             "<label for='idea-location'>Lieu</label><input id='idea-location' name='location_description' type='text'>"
             "<button type='submit' class='e2e-submit-idea-form'>Publier</button></form>", {"participatory_budget", "suggestion_call"},
             parent=("Ansanm pou Lans 2025", _ANB_BP)),
        page("/fr-FR/ideas/un-carbet-pour-les-pecheurs", "Un carbet pour les pêcheurs de l'Anse-Noire", P(
            "Les pêcheurs n'ont aucun abri pour réparer leurs filets. Un carbet en bois, avec point d'eau, servirait aussi aux "
            "familles le dimanche.") + "<button class='e2e-ideacard-upvote-button'>J'aime</button> <span>48</span>"
             + "<section id='e2e-comments'><h2>Commentaires (1)</h2><div class='e2e-comment'><p><strong>Firmin</strong> : Bonne idée, et pensez à l'ombre pour les enfants.</p></div>"
               "<form class='e2e-comment-form' method='post' action='/web_api/v1/ideas/comments'><label for='c-body'>Ajouter un commentaire</label><textarea id='c-body' name='body_multiloc[fr-FR]'></textarea>"
               "<button type='submit'>Publier</button></form></section>", {"participatory_budget", "comments"}, decoys={"suggestion_call"},
             parent=("Les idées", f"{_ANB_BP}/ideas")),
        # one resident's idea within the budget: a page of the budget, with comments, and no call for ideas
        page("/fr-FR/projects/plage-propre", "Des plages propres", P("Enquête : aidez-nous à organiser le nettoyage des plages (5 minutes, jusqu'au 30 novembre).")
             + "<form class='e2e-native-survey' method='post' action='/web_api/v1/phases/survey/responses'>"
             + m.radio_block("q1", "Quelle plage fréquentez-vous le plus ?", ["Anse-Noire", "Petite-Anse", "Grande-Anse du bourg"])
             + m.radio_block("q2", "Participeriez-vous à un nettoyage collectif ?", ["Oui", "Peut-être", "Non"])
             + "<button type='submit' class='e2e-submit-survey'>Envoyer</button></form>", {"poll"}),
    ]
    return Site(ANB_GV, "govocal", "Ansanm - Anse-Belleville", pages, menu=[("Accueil", "/"), ("Projets", _ANB_BP)],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"go_vocal"}))


def anse_belleville() -> City:
    return City("98904", "Anse-Belleville", 18_200, "972", "02", "Martinique", f"http://{ANB}/", [_anb_site(), _anb_govocal()])


# ======================================================================================================================
# 98905 Charbonnières-la-Fosse (Loire): Drupal 10 (Webform, Poll, comments), a right of interpellation, CONSUL Democracy
# ======================================================================================================================

CHF = "www.charbonnieres-la-fosse.fr"
CHF_CONSUL = "decidez.charbonnieres-la-fosse.fr"


def _chf_site():
    home = (P("Bienvenue à Charbonnières-la-Fosse, ancienne cité minière de 38 000 habitants aux portes du Pilat.")
            + m.quick([("/participer", "Charbonnières participe"), ("/participer/budget-des-habitants", "Budget des habitants"),
                       ("/participer/droit-d-interpellation", "Interpeller le conseil municipal"), ("/participer/appel-a-idees-place-jean-jaures", "Place Jean-Jaurès : vos idées"),
                       ("/participer/questionnaire-cantine", "Questionnaire cantine"), ("/contact", "Contact"), ("/marches-publics", "Marchés publics"),
                       ("/finances/budget-primitif-2025", "Budget de la ville")])
            + m.news([("/actualites/nouvelle-piscine", "Nouvelle piscine : choisissez son nom", "2 avril 2025", "Ouverture prévue en septembre."),
                      ("/actualites/fibre-optique", "Fibre optique : les derniers quartiers raccordés", "20 mars 2025", "Le Soleil et la Chana."),
                      ("/actualites/fete-de-la-mine", "La fête de la mine", "15 juin 2025", "Le puits Couriot en fête."),
                      ("/actualites/eclairage-resultats", "Éclairage nocturne : les résultats", "10 janvier 2025", "Le sondage est clos."),
                      ("/actualites/enquete-publique-carriere", "Carrière des Rivaux : enquête publique", "5 mai 2025", "Du 12 mai au 13 juin.")])
            + m.agenda([("/agenda/forum-des-metiers", "Forum des métiers", "21 mars"), ("/conseil-municipal", "Conseil municipal", "26 juin")]))
    pages = [
        page("/", "Accueil", home),
        page("/participer", "Charbonnières participe", P(
            "La démocratie participative est inscrite dans le projet de mandat : la Ville associe les habitants à ses choix, "
            "du quartier à la ville entière.",
            "Six conseils de quartier, le conseil citoyen des Mines, un budget des habitants, un droit d'interpellation du "
            "conseil municipal et des concertations en ligne sur <a href='http://decidez.charbonnieres-la-fosse.fr/'>Décidez !</a>.")
             + "<ul><li><a href='/participer/conseil-citoyen-des-mines'>Le conseil citoyen</a></li><li><a href='/participer/budget-des-habitants'>Le budget des habitants</a></li>"
               "<li><a href='/participer/droit-d-interpellation'>Le droit d'interpellation</a></li><li><a href='/participer/petitions'>Les interpellations en cours</a></li></ul>",
             {"participation_displayed"}),
        page("/participer/conseil-citoyen-des-mines", "Le conseil citoyen des Mines", P(
            "Créé dans le cadre du contrat de ville, le conseil citoyen du quartier prioritaire des Mines réunit 14 habitants "
            "tirés au sort et 6 acteurs locaux. Il est associé à toutes les instances du contrat de ville.",
            "Ses réunions sont ouvertes au public, le premier mardi du mois au centre social."), {"participation_displayed"},
             parent=("Charbonnières participe", "/participer")),
        page("/participer/budget-des-habitants", "Le budget des habitants", P(
            "Avec le budget des habitants, la Ville réserve chaque année 400 000 € à des projets imaginés et choisis par les "
            "Charbonnerots. En 2025, 23 projets ont passé l'étude technique.",
            "Le vote est ouvert du 1er au 31 octobre sur <a href='http://decidez.charbonnieres-la-fosse.fr/budgets/4'>Décidez !</a> et dans les mairies annexes."),
             {"participatory_budget"}, parent=("Charbonnières participe", "/participer")),
        page("/participer/droit-d-interpellation", "Le droit d'interpellation citoyenne", P(
            "Depuis 2022, les habitants de 16 ans et plus peuvent interpeller le conseil municipal. Une interpellation qui "
            "recueille 500 signatures en trois mois est présentée en séance publique par ses auteurs ; le maire y répond et "
            "le conseil peut décider d'une consultation.",
            "Pour lancer une interpellation, remplissez le formulaire ci-dessous avec au moins dix premiers signataires. "
            "Les interpellations recevables sont publiées <a href='/participer/petitions'>ici</a> pour être signées.")
             + m.webform("interpellation", "/participer/droit-d-interpellation", [
                 ("textfield", "titre", "Titre de l'interpellation"), ("textarea", "texte", "Texte de l'interpellation"),
                 ("textarea", "signataires", "Nom et adresse des dix premiers signataires"), ("email", "courriel", "Courriel du porteur")],
                 "Déposer l'interpellation"), {"petition"}, parent=("Charbonnières participe", "/participer")),
        page("/participer/petitions", "Les interpellations en cours", P("Signez les interpellations en cours. À 500 signatures, elles sont présentées au conseil municipal.")
             + m.petition_card("#interpellation-17", "Rouvrir le bureau de poste de la Chana", "Association des habitants de la Chana", 341, 500, "ouverte jusqu'au 30 juin")
             + "<div id='interpellation-17'>" + m.sign_form("/participer/petitions/17/signer", "webform-signature") + "</div>"
             + m.petition_card("#interpellation-15", "Un passage piéton devant le collège Jules-Vallès", "Parents d'élèves", 512, 500, "présentée au conseil du 3 avril"),
             {"petition"}, parent=("Charbonnières participe", "/participer")),
        page("/participer/appel-a-idees-place-jean-jaures", "Place Jean-Jaurès : appel à idées", P(
            "La place Jean-Jaurès sera réaménagée en 2026. Avant que les architectes ne prennent le crayon, la Ville lance un "
            "appel à idées : comment voulez-vous vivre cette place ? Vos propositions sont attendues jusqu'au 15 septembre.")
             + m.webform("appel_idees_jaures", "/participer/appel-a-idees-place-jean-jaures", [
                 ("textfield", "nom", "Votre nom"), ("email", "courriel", "Votre courriel"),
                 ("select:Jeux|Marché|Terrasses|Végétation|Stationnement", "theme", "Votre idée concerne"), ("textarea", "idee", "Votre idée")],
                 "Envoyer mon idée"), {"suggestion_call"}, parent=("Charbonnières participe", "/participer")),
        page("/participer/questionnaire-cantine", "Questionnaire : la restauration scolaire", P(
            "Parents et enfants, donnez votre avis sur la cantine avant le renouvellement du marché de restauration. "
            "Questionnaire ouvert jusqu'au 20 juin.")
             + m.webform("questionnaire_cantine", "/participer/questionnaire-cantine", [
                 ("radios:Tous les jours|Parfois|Jamais", "frequence", "Votre enfant mange-t-il à la cantine ?"),
                 ("radios:Très satisfait|Satisfait|Peu satisfait|Pas satisfait", "satisfaction", "Êtes-vous satisfait des repas ?"),
                 ("radios:Oui|Non|Sans avis", "vegetarien", "Souhaitez-vous deux repas végétariens par semaine ?")],
                 "Envoyer mes réponses"), {"poll"}, parent=("Charbonnières participe", "/participer")),
        page("/actualites/nouvelle-piscine", "Nouvelle piscine : choisissez son nom", P(
            "Le centre aquatique ouvrira ses portes en septembre : un bassin sportif de 25 mètres, un bassin ludique et une "
            "pataugeoire. Les élus ont retenu trois noms ; à vous de choisir.")
             + m.drupal_poll(6, "Quel nom pour le centre aquatique ?", ["Les Remous", "Aqua'Fosse", "Centre aquatique Marcel-Cerdan"]), {"poll"}),
        page("/actualites/fibre-optique", "Fibre optique : les derniers quartiers raccordés", P(
            "Les quartiers du Soleil et de la Chana sont désormais éligibles à la fibre. Renseignez-vous auprès de votre opérateur.")
             + m.drupal_comment_section(431, [("Gérard", "21/03/2025", "Toujours rien rue de la Verrerie, c'est normal ?"),
                                              ("Ville de Charbonnières", "22/03/2025", "La rue de la Verrerie sera raccordée en mai.")]), {"comments"}),
        page("/actualites/fete-de-la-mine", "La fête de la mine", P(
            "Le 15 juin, le carreau du puits Saint-Louis accueille la fête de la mine : visites guidées, chorale des mineurs, "
            "exposition de photos d'archives. Restauration sur place.") + m.drupal_comment_section(440, closed=True)
             + "<p class='comments-closed'>Les commentaires sont fermés.</p>", decoys={"comments"}),
        page("/actualites/eclairage-resultats", "Éclairage nocturne : les résultats", P("Le sondage sur l'extinction de l'éclairage public est terminé. Merci aux participants.")
             + m.drupal_poll_closed("Faut-il éteindre l'éclairage de 23 h à 5 h ?", [("Oui", 57, 1204), ("Non", 38, 803), ("Sans avis", 5, 105)], 2112),
             decoys={"poll"}),
        page("/actualites/enquete-publique-carriere", "Carrière des Rivaux : enquête publique", P(
            "Une enquête publique sur la demande d'extension de la carrière des Rivaux, ouverte par arrêté préfectoral, se "
            "déroule du 12 mai au 13 juin. Le dossier et le registre sont consultables en mairie ; la commissaire enquêtrice "
            "reçoit le public les 14 et 28 mai."), decoys={"poll"}),
        page("/finances/budget-primitif-2025", "Budget primitif 2025", P(
            "Le budget primitif 2025, voté le 27 mars après le débat d'orientation budgétaire, s'équilibre à 58 M€. "
            "L'investissement atteint 14 M€, dont la fin du centre aquatique et la rénovation de l'école du Soleil.",
            "Le rapport d'orientation budgétaire et la maquette budgétaire sont consultables en mairie."), decoys={"participatory_budget"}),
        page("/marches-publics", "Marchés publics", P(
            "Consultations en cours : maîtrise d'œuvre pour le réaménagement de la place Jean-Jaurès (appel d'offres ouvert, "
            "remise des candidatures le 30 juillet) ; fourniture de repas pour la restauration scolaire."), decoys={"suggestion_call"}),
        page("/agenda/forum-des-metiers", "Forum des métiers", P(
            "Le forum des métiers du collège Jules-Vallès, le 21 mars : plus de soixante professionnels présentent leur métier "
            "aux élèves de 4e et 3e et à leurs parents."), decoys={"forum"}),
        page("/contact", "Nous contacter", P("Hôtel de ville, 1 place de la République. Du lundi au vendredi, 8 h 30 - 17 h.")
             + m.webform("contact", "/contact", [("textfield", "name", "Votre nom"), ("email", "email", "Votre courriel"),
                                                 ("textfield", "subject", "Objet"), ("textarea", "message", "Votre message")], "Envoyer"),
             {"contact_form"}),
        page("/conseil-municipal", "Le conseil municipal", P(
            "Prochaine séance le jeudi 26 juin à 18 h 30. Ordre du jour : compte administratif 2024, tarifs périscolaires, "
            "dénomination de voies. Les délibérations sont publiées sous huit jours."), decoys={"participation_displayed"}),
    ]
    return Site(CHF, "plateaux_drupal", "Ville de Charbonnières-la-Fosse", pages,
                menu=[("Ma ville", "/conseil-municipal"), ("Participer", "/participer"), ("Actualités", "/actualites/nouvelle-piscine"), ("Contact", "/contact")],
                accounts=[social("facebook", "charbonnieres.la.fosse"), social("x", "CharbonnieresLF"), social("linkedin", "ville-de-charbonnieres-la-fosse"),
                          social("bluesky", "charbonnieres-la-fosse.fr")],
                address="Hôtel de ville, 1 place de la République, 42000 Charbonnières-la-Fosse")


def _chf_consul():
    inv = lambda n, t, c: (f'<div class="budget-investment clear"><div class="budget-investment-content"><h3>'
                           + (f'<a href="/budgets/4/investments/{n}">{escape(t)}</a>' if n == 87 else escape(t))
                           + f'</h3><p class="investment-project-amount">{c} €</p></div><div class="supports ballot"><a class="button button-support small expanded" href="/users/sign_in">Voter</a></div></div>')
    pages = [
        page("/", "Décidez !", P("Décidez ! est l'espace de participation en ligne de la Ville de Charbonnières-la-Fosse : "
                                 "budget des habitants, débats, propositions et votations.")
             + "<ul class='home-links'><li><a href='/budgets/4'>Budget des habitants 2025</a></li><li><a href='/debates'>Débats</a></li>"
               "<li><a href='/proposals'>Propositions</a></li><li><a href='/polls/3'>Votation : la rue piétonne</a></li><li><a href='/polls/2'>Votation terminée</a></li></ul>",
             {"participation_displayed"}),
        page("/budgets/4", "Budget des habitants 2025", P("Phase en cours : vote final, du 1er au 31 octobre. Vous disposez de 400 000 € à répartir.")
             + "<ul class='headings'><li><a href='/budgets/4/investments'>Toute la ville</a></li></ul>", {"participatory_budget"}),
        page("/budgets/4/investments", "Projets d'investissement", "<div id='budget-investments'>"
             + inv(87, "Des jardins partagés au pied des tours des Mines", "35 000") + inv(91, "Un terrain de pétanque couvert au Soleil", "60 000")
             + inv(95, "Des toilettes sèches au parc de la Chana", "18 000") + "</div>", {"participatory_budget"}, parent=("Budget des habitants 2025", "/budgets/4")),
        page("/budgets/4/investments/87", "Des jardins partagés au pied des tours des Mines", P(
            "Créer douze parcelles de jardin avec récupérateurs d'eau, gérées par l'amicale des locataires.",
            "Coût : 35 000 €. Faisabilité validée par les services.")
             + "<div class='ballot'><a class='button button-support' href='/users/sign_in'>Voter</a></div>"
             + "<section class='comments'><h2>Commentaires (1)</h2><div class='comment'><p><strong>Fatima B.</strong> : Les enfants de l'école pourront venir aussi ?</p></div>"
               "<form class='new_comment' id='new_comment' action='/comments' method='post'><label for='comment-body-budget_investment_87'>Laisser votre commentaire</label>"
               "<textarea id='comment-body-budget_investment_87' name='comment[body]' rows='4'></textarea><input type='submit' class='button' value='Publier le commentaire'></form></section>",
             {"participatory_budget", "comments"}, parent=("Projets d'investissement", "/budgets/4/investments")),
        page("/debates", "Débats", P("Lancez un débat sur un sujet qui concerne la ville ou répondez à ceux des autres habitants.")
             + "<a class='button' href='/debates/new'>Démarrer un débat</a>"
             + "<div class='debate'><h3><a href='/debates/12'>Faut-il ouvrir la médiathèque le dimanche ?</a></h3><p>27 commentaires · démarré par Léa M.</p></div>"
               "<div class='debate'><h3><a href='/debates/12'>Les trottinettes en libre-service, bonne idée ?</a></h3><p>14 commentaires · démarré par Paul G.</p></div>", {"forum"}),
        # CONSUL's debates: any resident opens a thread and others reply under it, as on a board
        page("/debates/12", "Faut-il ouvrir la médiathèque le dimanche ?", P("Démarré par Léa M. : beaucoup de familles n'ont que le dimanche pour lire ensemble.")
             + "<section class='comments'><h2>Commentaires (27)</h2><div class='comment'><p><strong>Yves</strong> : Oui, au moins le dimanche matin.</p></div>"
               "<div class='comment'><p><strong>Nora</strong> : Et le personnel, il se repose quand ?</p></div>"
               "<form class='new_comment' action='/comments' method='post'><label for='comment-body-debate_12'>Laisser votre commentaire</label><textarea id='comment-body-debate_12' name='comment[body]'></textarea>"
               "<input type='submit' class='button' value='Publier le commentaire'></form></section>", {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/debates/new", "Démarrer un débat", "<form class='new_debate' id='new_debate' action='/debates' method='post'><label for='debate_title'>Titre du débat</label>"
             "<input type='text' id='debate_title' name='debate[title]' maxlength='80'><label for='debate_description'>Texte initial du débat</label>"
             "<textarea id='debate_description' name='debate[description]' rows='8'></textarea><label><input type='checkbox' name='debate[terms_of_service]'> J'accepte les conditions d'utilisation</label>"
             "<input type='submit' class='button' value='Démarrer un débat'></form>", {"forum"}, parent=("Débats", "/debates")),
        page("/proposals", "Propositions citoyennes", P(
            "Faites vos propositions pour la ville. Une proposition qui recueille 380 soutiens (1 % des habitants) est soumise "
            "à une votation de tous les habitants.") + "<a class='button' href='/users/sign_in'>Créer une proposition</a>"
             + "<div class='proposal'><h3>Une navette gratuite le samedi vers le marché</h3><p>212 soutiens · il en faut 380</p></div>",
             {"suggestion_call"}, decoys={"petition"}),
        # CONSUL's supports lead to a vote of all residents, not to a petition's hearing; the page invites residents' proposals
        page("/polls/3", "Votation : la rue Gambetta piétonne le week-end ?", P("Votation ouverte à tous les habitants de plus de 16 ans jusqu'au 30 juin.")
             + "<form class='poll-question-form' action='/polls/3/answer' method='post'><fieldset><legend>Faut-il rendre la rue Gambetta piétonne le samedi et le dimanche ?</legend>"
               "<label><input type='radio' name='answer' value='oui'> Oui</label><label><input type='radio' name='answer' value='non'> Non</label></fieldset>"
               "<input type='submit' class='button' value='Voter'></form>", {"poll"}),
        page("/polls/2", "Votation terminée : le nom du parc", P("Cette votation est terminée. Résultats : « Parc des Mineurs » 62 %, « Parc de la Chana » 38 %. "
                                                                 "Participation : 1 877 votants."), decoys={"poll"}),
    ]
    return Site(CHF_CONSUL, "consul", "Décidez ! Charbonnières-la-Fosse", pages,
                menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budget des habitants", "/budgets/4"), ("Votations", "/polls/3")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))


def charbonnieres() -> City:
    return City("98905", "Charbonnières-la-Fosse", 38_400, "42", "84", "Auvergne-Rhône-Alpes", f"http://{CHF}/", [_chf_site(), _chf_consul()])


# ======================================================================================================================
# 98906 Saint-Gildas-des-Prés (Loire-Atlantique): TYPO3 (powermail), Tally, Framaforms, Disqus, a Flarum board,
# and a network of neighbours of the commune's own on Elgg
# ======================================================================================================================

SGP = "www.saint-gildas-des-pres.fr"
SGP_FORUM = "forum.saint-gildas-des-pres.fr"
SGP_VOISINS = "voisins.saint-gildas-des-pres.fr"


def _sgp_site():
    home = (P("Bienvenue à Saint-Gildas-des-Prés, commune rurale de 6 200 habitants entre Loire et bocage.")
            + m.quick([("/vie-municipale/comite-consultatif", "Comité consultatif des habitants"), ("/vie-municipale/vos-suggestions", "Vos suggestions"),
                       ("http://forum.saint-gildas-des-pres.fr/", "Le forum des Gildasiens"), ("/vivre/reseau-voisins", "Voisins de Saint-Gildas"),
                       ("/contact", "Contact"), ("/newsletter", "Lettre d'information"), ("/vie-municipale/budget", "Budget communal")])
            + m.news([("/actualites/enquete-mobilites", "Enquête mobilités : 5 minutes pour nous aider", "3 avril 2025", "Jusqu'au 30 avril."),
                      ("/actualites/questionnaire-jeunesse", "Jeunes : quel local pour vous ?", "10 mars 2025", "Questionnaire pour les 11-25 ans."),
                      ("/actualites/nouvelle-ecole", "L'école des Landelles s'agrandit", "20 février 2025", "Deux classes de plus."),
                      ("/actualites/participation-citoyenne", "Participation citoyenne : le protocole signé", "12 mai 2025", "Avec la gendarmerie."),
                      ("/actualites/maisons-fleuries", "Concours des maisons fleuries", "1er juin 2025", "Inscriptions ouvertes."),
                      ("/actualites/enquete-publique-zac", "ZAC des Noës : enquête publique", "2 juin 2025", "Jusqu'au 4 juillet."),
                      ("/actualites/consultation-departement", "Le Département consulte sur les routes", "15 mai 2025", "Une consultation départementale.")])
            + m.agenda([("/vivre/forum-des-associations", "Forum des associations", "6 septembre"), ("/vie-municipale/conseil-municipal", "Conseil municipal", "30 juin")]))
    pages = [
        page("/", "Accueil", home),
        page("/vie-municipale/comite-consultatif", "Le comité consultatif des habitants", P(
            "Créé en 2020, le comité consultatif des habitants associe 24 Gildasiens volontaires, renouvelés par moitié tous "
            "les trois ans, à la préparation des projets communaux : aménagement du bourg, cantine, chemins de randonnée.",
            "Il se réunit cinq fois par an ; ses avis sont présentés au conseil municipal. Trois commissions extra-municipales "
            "(environnement, vie associative, jeunesse) sont aussi ouvertes aux habitants."), {"participation_displayed"}),
        page("/vie-municipale/vos-suggestions", "Vos suggestions pour la commune", P(
            "Une idée, une suggestion pour la commune ? Le comité consultatif des habitants examine chaque mois les propositions reçues.")
             + m.powermail(7, "/vie-municipale/vos-suggestions", [("text", "nom", "Nom"), ("email", "email", "E-mail"),
                                                                    ("select:Bourg|Hameaux|Environnement|Jeunesse|Autre", "theme", "Thème"),
                                                                    ("textarea", "suggestion", "Votre suggestion")], "Envoyer ma suggestion"),
             {"suggestion_call"}, parent=("Comité consultatif", "/vie-municipale/comite-consultatif")),
        page("/contact", "Contact", P("Mairie, 3 rue de l'Église. Lundi-vendredi 9 h - 12 h 30, mercredi après-midi, samedi matin.")
             + m.powermail(2, "/contact", [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("text", "objet", "Objet"),
                                           ("textarea", "message", "Message")], "Envoyer"), {"contact_form"}),
        page("/actualites/enquete-mobilites", "Enquête mobilités : 5 minutes pour nous aider", P(
            "Comment vous déplacez-vous pour aller travailler, faire vos courses, emmener les enfants ? La commune prépare son "
            "plan de mobilité rurale : répondez à l'enquête avant le 30 avril.") + m.tally("mZ9xQ4", "Enquête mobilités"), {"poll"}),
        page("/actualites/questionnaire-jeunesse", "Jeunes : quel local pour vous ?", P(
            "Tu as entre 11 et 25 ans ? La commune veut aménager un local jeunes. Dis-nous ce que tu en attends dans ce questionnaire.")
             + m.framaforms("local-jeunes-saint-gildas-1740000000"), {"poll"}),
        page("/actualites/nouvelle-ecole", "L'école des Landelles s'agrandit", P(
            "Deux nouvelles classes et un dortoir seront construits cet été à l'école publique des Landelles, qui accueille "
            "désormais 210 élèves. Les travaux se feront en grande partie pendant les vacances.")
             + m.disqus_embed("saint-gildas-des-pres", "http://www.saint-gildas-des-pres.fr/actualites/nouvelle-ecole", "actu-412"), {"comments"}),
        page("/vivre/reseau-voisins", "Voisins de Saint-Gildas, le réseau des habitants", P(
            "La commune a ouvert son propre réseau social de voisinage, hébergé par la mairie : un fil d'actualité par hameau, "
            "des prêts et des dons entre voisins, le covoiturage et les alertes de la mairie.",
            "Il est réservé aux habitants : l'inscription est vérifiée par l'accueil de la mairie.",
            "<a href='http://voisins.saint-gildas-des-pres.fr/'>Accéder à Voisins de Saint-Gildas</a>"), {"territorial_social_network"}),
        # the commune's page presenting its own network of neighbours, with the way in
        page("/actualites/participation-citoyenne", "Participation citoyenne : le protocole signé", P(
            "Le maire et le commandant de la compagnie de gendarmerie ont signé le protocole « participation citoyenne ». Dans "
            "chaque hameau, un référent volontaire relaie les informations de la gendarmerie et signale les faits suspects."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/maisons-fleuries", "Concours des maisons fleuries", P(
            "Le concours des maisons fleuries est ouvert à tous les habitants. Inscrivez-vous avant le 30 juin ; le jury passera en juillet.")
             + m.powermail(9, "/actualites/maisons-fleuries", [("text", "nom", "Nom"), ("text", "adresse", "Adresse"),
                                                               ("select:Maison avec jardin|Balcon ou terrasse|Ferme fleurie", "categorie", "Catégorie")], "S'inscrire au concours"),
             decoys={"suggestion_call", "contact_form"}),
        page("/actualites/enquete-publique-zac", "ZAC des Noës : enquête publique", P(
            "L'enquête publique préalable à la déclaration d'utilité publique de la ZAC des Noës se tient du 3 juin au 4 juillet. "
            "Le commissaire enquêteur reçoit en mairie les 3, 18 juin et 4 juillet."), decoys={"poll"}),
        page("/actualites/consultation-departement", "Le Département consulte sur les routes", P(
            "Le Département de Loire-Atlantique consulte les habitants sur son schéma routier, sur sa plateforme Cap Collectif. "
            "La commune relaie l'information ; elle n'organise pas cette consultation."), decoys={"participatory_platform"}),
        page("/vie-municipale/conseil-municipal", "Le conseil municipal", P(
            "Le conseil municipal de 27 membres se réunit une fois par mois. Prochaine séance le 30 juin à 20 h. Les procès-verbaux "
            "sont affichés en mairie."), decoys={"participation_displayed"}),
        page("/vie-municipale/budget", "Le budget communal", P(
            "Budget primitif 2025 : 5,2 M€ en fonctionnement, 2,1 M€ en investissement (extension de l'école, voirie des hameaux). "
            "Les taux communaux sont inchangés."), decoys={"participatory_budget"}),
        page("/newsletter", "Lettre d'information", P("Recevez chaque mois la lettre de la commune par courriel.")
             + m.powermail(11, "/newsletter", [("email", "email", "Votre e-mail")], "Je m'abonne"), decoys={"contact_form"}),
        page("/vivre/forum-des-associations", "Forum des associations", P(
            "Samedi 6 septembre, salle de la Loire : les 45 associations gildasiennes présentent leurs activités de 9 h à 13 h."),
             decoys={"forum"}),
    ]
    return Site(SGP, "plateaux_typo3", "Saint-Gildas-des-Prés", pages,
                menu=[("Vie municipale", "/vie-municipale/conseil-municipal"), ("Participer", "/vie-municipale/comite-consultatif"),
                      ("Forum", "http://forum.saint-gildas-des-pres.fr/"), ("Voisins", "/vivre/reseau-voisins"), ("Contact", "/contact")],
                accounts=[social("facebook", "saintgildasdespres"), social("instagram", "saint_gildas_des_pres")],
                address="Mairie, 3 rue de l'Église, 44000 Saint-Gildas-des-Prés")


def _sgp_forum():
    pages = [
        page("/", "Toutes les discussions", m.flarum_index([("/d/12-fermeture-de-la-boulangerie", "Fermeture de la boulangerie du bourg", 14),
                                                            ("/d/15-horaires-dechetterie", "Nouveaux horaires de la déchetterie", 6),
                                                            ("/t/entraide", "Tag : Entraide", 0)]), {"forum"}),
        page("/d/12-fermeture-de-la-boulangerie", "Fermeture de la boulangerie du bourg", m.flarum_discussion([
            ("marie_l", "La boulangerie ferme fin juin, quelqu'un sait si un repreneur est trouvé ?"),
            ("Thierry44", "La mairie cherche un repreneur, le local appartient à la commune."),
            ("marie_l", "Merci. En attendant, le dépôt de pain à l'épicerie continue ?")]), {"forum"}),
        page("/d/15-horaires-dechetterie", "Nouveaux horaires de la déchetterie", m.flarum_discussion([
            ("jb_lanoe", "Fermée le lundi désormais, attention."), ("Sylvie", "Et ouverte le dimanche matin d'avril à octobre.")]), {"forum"}),
        page("/t/entraide", "Entraide", m.flarum_index([("/d/12-fermeture-de-la-boulangerie", "Fermeture de la boulangerie du bourg", 14)]), {"forum"}),
    ]
    return Site(SGP_FORUM, "plateaux_flarum", "Forum des Gildasiens", pages,
                menu=[("Discussions", "/"), ("Entraide", "/t/entraide"), ("Charte", "/p/1-charte")])


def _sgp_voisins():
    river = "".join(f'<li class="elgg-item elgg-item-object"><div class="elgg-river-item"><div class="elgg-river-summary"><a href="#">{escape(who)}</a> '
                    f'a publié dans <a href="{href}">{escape(group)}</a></div><div class="elgg-river-message">{escape(text)}</div></div></li>'
                    for who, group, href, text in (("Annick R.", "La Noë", "/groups/profile/14/la-noe", "Je donne des plants de tomates, passez les prendre."),
                                                   ("Mairie", "Tout Saint-Gildas", "/marketplace", "Coupure d'eau rue des Landelles jeudi de 9 h à 12 h."),
                                                   ("Paulo", "Les Landelles", "/marketplace", "Quelqu'un monte à Nantes mardi ? Je partage l'essence.")))
    pages = [
        page("/", "Activité", P("Voisins de Saint-Gildas : le réseau social des habitants de la commune.")
             + f'<ul class="elgg-list elgg-list-river">{river}</ul>', {"territorial_social_network"}),
        page("/groups/profile/14/la-noe", "La Noë", P("Groupe du hameau de la Noë · 58 membres")
             + '<form method="post" action="/action/thewire/add" class="elgg-form elgg-form-thewire-add"><label for="wire">Publier dans le groupe</label>'
               '<textarea name="body" id="wire" rows="2"></textarea><button type="submit" class="elgg-button elgg-button-submit">Publier</button></form>'
             + f'<ul class="elgg-list elgg-list-river">{river}</ul>', {"territorial_social_network"}),
        page("/marketplace", "Prêts et dons", P("Annonces de prêts, de dons et de covoiturage entre voisins.")
             + "<ul class='elgg-list'><li>Prête bétonnière (Les Landelles)</li><li>Donne vélo enfant 16 pouces (Le Bourg)</li><li>Cherche covoiturage vers Nantes le mardi</li></ul>",
             {"territorial_social_network"}),
    ]
    return Site(SGP_VOISINS, "plateaux_elgg", "Voisins de Saint-Gildas", pages,
                menu=[("Activité", "/"), ("Groupes", "/groups/profile/14/la-noe"), ("Prêts et dons", "/marketplace")])


def saint_gildas() -> City:
    return City("98906", "Saint-Gildas-des-Prés", 6_200, "44", "52", "Pays de la Loire", f"http://{SGP}/",
                [_sgp_site(), _sgp_forum(), _sgp_voisins()])


# ======================================================================================================================
# 98907 Chalonges (Saône-et-Loire): WordPress with OceanWP (Everest Forms, Hyvor Talk, Typeform), a participation site
# of the city's own drawn by a script from a JSON API, and a concertation on Consultvox
# ======================================================================================================================

CHL = "www.chalonges.fr"
CHL_AGIR = "jeparticipe.chalonges.fr"
CHL_CVX = "chalonges.consultvox.co"
APP_BUNDLE = "/static/js/jeparticipe.7b41e2.js"
APP_API = "/api/v2/contenus"

_PET = "/petitions/piste-cyclable-avenue-de-la-republique"
# path -> (title, chapo, block the script inserts, features)
APP_PAGES = {
    "/": ("Je participe à Chalonges",
          "La plateforme de la démocratie locale chalongeoise : pétitions, idées, questionnaires et budget citoyen.",
          "<ul class='tuiles'><li><a href='/petitions'>Les e-pétitions</a></li><li><a href='/idees'>La boîte à idées</a></li>"
          "<li><a href='/questionnaire-stationnement'>Questionnaire stationnement</a></li><li><a href='/budget-citoyen'>Budget citoyen 2025</a></li></ul>"
          "<p>Chaque contribution reçoit une réponse de la Ville. <a href='http://www.chalonges.fr/democratie-locale/'>En savoir plus sur la démocratie locale</a></p>",
          {"participation_displayed"}),
    "/petitions": ("Les e-pétitions",
                   "Lancez ou signez une pétition : à 1 500 signatures de Chalongeois, elle est débattue en conseil municipal.",
                   m.petition_card(_PET, "Une piste cyclable protégée avenue de la République", "Collectif Chalonges à vélo", 1_126, 1_500, "ouverte jusqu'au 15 août")
                   + m.petition_card("/petitions/nouvelle", "Sauvegarder le kiosque à musique du jardin public", "Amis du jardin public", 388, 1_500, "ouverte jusqu'au 2 septembre")
                   + "<p><a class='bouton' href='/petitions/nouvelle'>Lancer une pétition</a></p>", {"petition"}),
    _PET: ("Une piste cyclable protégée avenue de la République",
           "Pétition déposée par le collectif Chalonges à vélo · 1 126 signatures sur 1 500.",
           "<p>L'avenue de la République est le trajet le plus court vers le lycée et la gare, mais les cyclistes y roulent entre les "
           "voitures. Nous demandons une piste cyclable séparée de la chaussée sur toute sa longueur.</p>"
           + m.sign_form("/api/v2/petitions/41/signatures", "signature-petition"), {"petition"}),
    "/petitions/nouvelle": ("Lancer une pétition",
                            "Votre pétition doit porter sur une compétence de la Ville. Elle est publiée après vérification sous 15 jours.",
                            "<form class='nouvelle-petition' method='post' action='/api/v2/petitions'><label for='np-titre'>Titre</label><input id='np-titre' name='titre' required>"
                            "<label for='np-texte'>Votre demande</label><textarea id='np-texte' name='texte' rows='8' required></textarea>"
                            "<label for='np-mail'>Votre e-mail</label><input id='np-mail' type='email' name='email' required>"
                            "<button type='submit'>Déposer ma pétition</button></form>", {"petition"}),
    "/idees": ("La boîte à idées",
               "Une idée pour Chalonges ? Proposez-la : les services l'étudient et vous répondent sous un mois.",
               "<form class='boite-idees' method='post' action='/api/v2/idees'><label for='bi-titre'>Votre idée en une phrase</label><input id='bi-titre' name='titre' required>"
               "<label for='bi-quartier'>Quartier</label><select id='bi-quartier' name='quartier'><option>Centre</option><option>Saint-Jean</option><option>Les Prés-Hauts</option></select>"
               "<label for='bi-detail'>Détaillez votre idée</label><textarea id='bi-detail' name='detail' rows='6'></textarea>"
               "<button type='submit'>Proposer mon idée</button></form>", {"suggestion_call"}),
    "/questionnaire-stationnement": ("Questionnaire : le stationnement en centre-ville",
                                     "Ouvert jusqu'au 30 septembre. Cinq questions, trois minutes.",
                                     "<form class='questionnaire' method='post' action='/api/v2/questionnaires/7/reponses'>"
                                     + m.radio_block("q1", "Venez-vous en centre-ville en voiture ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"])
                                     + m.radio_block("q2", "La première demi-heure gratuite vous paraît-elle suffisante ?", ["Oui", "Non"])
                                     + m.radio_block("q3", "Seriez-vous favorable à un parking-relais avec navette ?", ["Oui", "Non", "Sans avis"])
                                     + "<button type='submit'>Envoyer mes réponses</button></form>", {"poll"}),
    "/budget-citoyen": ("Budget citoyen 2025 : votez !",
                        "250 000 € pour les projets des habitants : 12 projets retenus après étude, vous en choisissez jusqu'à trois.",
                        "<form class='vote-budget' method='post' action='/api/v2/budget/2025/votes'>"
                        + "".join(f"<label class='projet'><input type='checkbox' name='projets[]' value='{n}'> {escape(t)} ({c})</label>"
                                  for n, t, c in ((1, "Des fontaines à eau dans les parcs", "30 000 €"), (2, "Un skatepark aux Prés-Hauts", "140 000 €"),
                                                  (3, "Des bancs et de l'ombre rue Carnot", "45 000 €")))
                        + "<button type='submit'>Valider mon vote</button></form>", {"participatory_budget"}),
}

_APP_JS = """(function () {
  var root = document.getElementById("app");
  fetch("%s?chemin=" + encodeURIComponent(location.pathname))
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (data) {
      var h = document.createElement("h1"); h.textContent = data.titre;
      var p = document.createElement("p"); p.className = "chapo"; p.textContent = data.chapo;
      var s = document.createElement("section"); s.className = "contenu"; s.innerHTML = data.bloc;
      var nav = document.createElement("nav"); nav.innerHTML = '<a href="/">Accueil</a> <a href="/petitions">Pétitions</a> <a href="/idees">Idées</a> <a href="/mentions-legales">Mentions légales</a>';
      root.replaceChildren(nav, h, p, s);
      document.title = data.titre + " - Je participe à Chalonges";
    })
    .catch(function () { root.textContent = "Page introuvable."; });
})();
""" % APP_API


def _chl_shell():
    return Reply.html('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Je participe à Chalonges</title>'
                      '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/jeparticipe.7b41e2.css"></head>'
                      f'<body><noscript>Activez JavaScript pour participer.</noscript><div id="app"></div><script src="{APP_BUNDLE}" defer></script></body></html>')


def _chl_special(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES:
        return _chl_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        from urllib.parse import parse_qs
        wanted = (parse_qs(query).get("chemin") or [""])[0]
        if wanted in APP_PAGES:
            title, chapo, block, _features = APP_PAGES[wanted]
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps({"titre": title, "chapo": chapo, "bloc": block}).encode())
        return Reply.text(404, "contenu inconnu")
    return None


def _chl_agir():
    pages = [page(path, title, "", features) for path, (title, _c, _b, features) in APP_PAGES.items()]
    return Site(CHL_AGIR, "plateaux_spa", "Je participe à Chalonges", pages,
                features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))


_CHL_AGIR_SITE = _chl_agir()


def _chl_site():
    home = (P("Bienvenue sur le site de la Ville de Chalonges, 52 600 habitants, en bord de Saône.")
            + m.quick([("/democratie-locale/", "Démocratie locale"), ("http://jeparticipe.chalonges.fr/", "Je participe"),
                       ("/democratie-locale/e-petitions/", "Les e-pétitions"), ("/contact/", "Contact"), ("/emploi/", "Offres d'emploi"),
                       ("/newsletter/", "Newsletter"), ("/demarches", "Démarches")])
            + m.news([("/actualites/plan-velo/", "Plan vélo : 18 km d'aménagements d'ici 2028", "2 mai 2025", "Réagissez au projet."),
                      ("/actualites/questionnaire-centre-ville/", "Centre-ville : votre avis compte", "12 mai 2025", "Un questionnaire en ligne."),
                      ("/actualites/concertation-gare/", "Quartier de la gare : la concertation est ouverte", "5 juin 2025", "Ateliers et contributions."),
                      ("/actualites/budget-2025/", "Budget 2025 : maîtrise et investissement", "3 avril 2025", "Les chiffres clés."),
                      ("/actualites/forum-sante/", "Forum santé le 11 octobre", "20 septembre 2025", "Dépistages et conseils.")])
            + m.agenda([("/conseil-municipal/", "Conseil municipal", "30 juin"), ("/actualites/forum-sante/", "Forum santé", "11 octobre")]))
    pages = [
        page("/", "Accueil", home),
        page("/demarches", "Démarches", P("État civil, urbanisme, inscriptions scolaires : retrouvez vos démarches et les horaires des services.",
                                          "Pour toute question, <a href='/contact/'>écrivez-nous</a>.")),
        page("/democratie-locale/", "La démocratie locale à Chalonges", P(
            "Chalonges fait le choix d'une démocratie locale vivante : neuf conseils de quartier, une assemblée citoyenne tirée "
            "au sort, des e-pétitions, un budget citoyen et des concertations avant chaque projet structurant.",
            "Toutes les démarches en ligne sont réunies sur <a href='http://jeparticipe.chalonges.fr/'>jeparticipe.chalonges.fr</a>.")
             + "<ul><li><a href='/democratie-locale/assemblee-citoyenne/'>L'assemblée citoyenne</a></li><li><a href='/democratie-locale/e-petitions/'>Les e-pétitions</a></li></ul>",
             {"participation_displayed"}),
        page("/democratie-locale/assemblee-citoyenne/", "L'assemblée citoyenne", P(
            "Quarante habitants tirés au sort sur les listes électorales et parmi les volontaires siègent deux ans à l'assemblée "
            "citoyenne. Elle rend des avis au conseil municipal et peut s'autosaisir de tout sujet d'intérêt communal.",
            "En 2025, elle travaille sur l'adaptation de la ville aux canicules."), {"participation_displayed"},
             parent=("Démocratie locale", "/democratie-locale/")),
        page("/democratie-locale/e-petitions/", "Les e-pétitions", P(
            "Tout Chalongeois de plus de 16 ans peut lancer une e-pétition sur une compétence de la Ville. Si elle recueille 1 500 "
            "signatures en quatre mois, elle est inscrite à l'ordre du jour du conseil municipal et ses auteurs y prennent la parole.",
            "<a href='http://jeparticipe.chalonges.fr/petitions'>Signer ou lancer une e-pétition</a>"), {"petition"},
             parent=("Démocratie locale", "/democratie-locale/")),
        # the city's rules for its e-petitions, leading to where they are started and signed
        page("/contact/", "Contact", P("Hôtel de ville, 1 place de l'Hôtel-de-Ville. Accueil du lundi au samedi.")
             + m.everest_contact(204, "/contact/"), {"contact_form"}),
        page("/actualites/plan-velo/", "Plan vélo : 18 km d'aménagements d'ici 2028", P(
            "Pistes séparées sur les grands axes, double-sens cyclables dans les rues calmes, 600 arceaux : le plan vélo sera "
            "voté en juillet. Vos réactions sont les bienvenues ci-dessous.") + m.hyvor_talk(10482, "plan-velo-2025"), {"comments"}),
        page("/actualites/questionnaire-centre-ville/", "Centre-ville : votre avis compte", P(
            "Commerces, animations, propreté, circulation : comment vivez-vous le centre-ville ? Répondez au questionnaire "
            "jusqu'au 15 juin. Vos réponses alimenteront le plan d'action cœur de ville.") + m.typeform("gH7kLm2Q"), {"poll"}),
        page("/actualites/concertation-gare/", "Quartier de la gare : la concertation est ouverte", P(
            "Le quartier de la gare va changer : nouvelle passerelle, logements, parvis piéton. Jusqu'au 30 septembre, la Ville "
            "vous invite à trois ateliers publics et à contribuer en ligne sur "
            "<a href='http://chalonges.consultvox.co/concertations/quartier-de-la-gare'>la plateforme de la concertation</a>."),
             {"participation_displayed"}),
        # a news item that presents a concertation and how to take part in it, more than a passing mention
        page("/actualites/budget-2025/", "Budget 2025 : maîtrise et investissement", P(
            "Le budget primitif 2025 atteint 84 M€. Les dépenses de fonctionnement progressent de 1,2 % ; 21 M€ sont investis, "
            "notamment dans la rénovation des écoles et le plan vélo. La dette par habitant baisse pour la quatrième année.")
             + m.share("http://www.chalonges.fr/actualites/budget-2025/", "Budget 2025"), decoys={"participatory_budget"}),
        page("/actualites/forum-sante/", "Forum santé le 11 octobre", P(
            "Le forum santé réunit à la salle Marcel-Sembat les professionnels de santé, les associations de patients et la CPAM : "
            "dépistages gratuits, ateliers nutrition, conférences."), decoys={"forum"}),
        page("/emploi/", "Offres d'emploi", P(
            "La Ville de Chalonges recrute : un(e) responsable du service jeunesse, des agents d'entretien des espaces verts, des "
            "animateurs pour l'été. Appel à candidatures ouvert jusqu'au 20 juin ; candidature par courrier ou courriel."),
             decoys={"suggestion_call"}),
        page("/newsletter/", "Newsletter", P("Chaque vendredi, l'essentiel de l'actualité chalongeoise dans votre boîte mail.")
             + m.newsletter_box("/newsletter/", "sendinblue"), decoys={"contact_form"}),
        page("/conseil-municipal/", "Le conseil municipal", P(
            "Le conseil municipal se réunit en séance publique à l'hôtel de ville. Prochaine séance le 30 juin à 18 h : plan vélo, "
            "rapport de la chambre régionale des comptes, tarifs. Retransmission en direct sur la chaîne YouTube de la Ville."),
             decoys={"participation_displayed"}),
    ]
    return Site(CHL, "plateaux_wp_ocean", "Ville de Chalonges", pages,
                menu=[("Ma ville", "/conseil-municipal/"), ("Démarches", "/demarches"), ("Démocratie locale", "/democratie-locale/"),
                      ("Je participe", "http://jeparticipe.chalonges.fr/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "VilleDeChalonges"), social("instagram", "villedechalonges"), social("youtube", "VilleChalonges"),
                          social("linkedin", "ville-de-chalonges")],
                address="Hôtel de ville, 1 place de l'Hôtel-de-Ville, 71000 Chalonges")


_GARE = "/concertations/quartier-de-la-gare"


def _chl_cvx():
    pages = [
        page("/", "Concertations de la Ville de Chalonges", P("Participez aux concertations de la Ville de Chalonges.")
             + f"<div class='cvx-cards'><article class='cvx-card'><h2><a href='{_GARE}'>Quel avenir pour le quartier de la gare ?</a></h2>"
               "<p>Concertation ouverte jusqu'au 30 septembre · 214 contributions</p></article></div>", {"participation_displayed"}),
        page(_GARE, "Quel avenir pour le quartier de la gare ?", P(
            "La Ville prépare le réaménagement du quartier de la gare. Partagez vos idées et vos attentes : chaque contribution "
            "sera lue et une synthèse sera publiée en novembre.")
             + f"<p><a href='{_GARE}/questionnaire'>Répondre au questionnaire</a> · <a href='{_GARE}/contributions/une-halle-gourmande'>Lire une contribution</a></p>"
             + "<form class='cvx-contribution' method='post' action='" + _GARE + "/contributions'><h2>Déposer une contribution</h2>"
               "<label for='cvx-titre'>Titre</label><input id='cvx-titre' name='titre' required><label for='cvx-texte'>Votre idée</label>"
               "<textarea id='cvx-texte' name='texte' rows='6' required></textarea><button type='submit'>Publier ma contribution</button></form>",
             {"suggestion_call"}),
        page(f"{_GARE}/questionnaire", "Questionnaire : le quartier de la gare", "<form class='cvx-questionnaire' method='post' action='" + _GARE + "/questionnaire'>"
             + m.radio_block("q1", "À quelle fréquence passez-vous par la gare ?", ["Tous les jours", "Chaque semaine", "Rarement"])
             + m.radio_block("q2", "Qu'est-ce qui manque le plus au quartier ?", ["Commerces", "Espaces verts", "Stationnement vélo", "Sécurité"])
             + "<button type='submit'>Valider</button></form>", {"poll"}, parent=("Le quartier de la gare", _GARE)),
        page(f"{_GARE}/contributions/une-halle-gourmande", "Une halle gourmande dans l'ancien tri postal", P(
            "Contribution de Romain D. : transformer l'ancien centre de tri en halle de producteurs locaux ouverte six jours sur sept.")
             + "<section class='cvx-comments'><h2>Réactions (2)</h2><p><strong>Claire</strong> : Excellente idée, avec une terrasse !</p>"
               "<p><strong>Mehdi</strong> : Et du stationnement vélo devant.</p><form method='post' action='" + _GARE + "/contributions/une-halle-gourmande/commentaires'>"
               "<label for='cvx-com'>Réagir</label><textarea id='cvx-com' name='commentaire' rows='3'></textarea><button type='submit'>Envoyer</button></form></section>",
             {"comments"}, decoys={"suggestion_call"}, parent=("Le quartier de la gare", _GARE)),
        # one resident's contribution with reactions: the call is on the concertation's page
    ]
    return Site(CHL_CVX, "plateaux_consultvox", "Chalonges Concertations", pages, menu=[("Concertations", "/"), ("Quartier de la gare", _GARE)],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"consultvox"}))


def chalonges() -> City:
    return City("98907", "Chalonges", 52_600, "71", "27", "Bourgogne-Franche-Comté", f"http://{CHL}/",
                [_chl_site(), _CHL_AGIR_SITE, _chl_cvx()])


# ======================================================================================================================
# 98908 Lusignac-la-Côte (Meuse, 780 inhabitants): a small communes' site platform, a contact form and nothing more
# ======================================================================================================================

LSC = "www.lusignac-la-cote.fr"


def _lsc_site():
    home = (P("Bienvenue sur le site de Lusignac-la-Côte, village vigneron des côtes de Meuse, 780 habitants.")
            + m.quick([("/mairie", "La mairie"), ("/contact", "Écrire à la mairie"), ("/conseil-municipal", "Conseil municipal"),
                       ("/budget", "Budget"), ("/ecole", "École"), ("/dechets", "Déchets"), ("/salle-des-fetes", "Salle des fêtes"),
                       ("/associations", "Associations"), ("/panneaupocket", "Alertes sur votre téléphone")], "Le village")
            + m.news([("/recensement", "Recensement de la population", "5 janvier 2026", "Du 15 janvier au 14 février."),
                      ("/participation-citoyenne", "Participation citoyenne", "12 mars 2025", "Le protocole avec la gendarmerie."),
                      ("/actualites/enquete-publique-eolien", "Parc éolien : enquête publique", "2 avril 2025", "En mairie jusqu'au 3 mai."),
                      ("/actualites/fete-patronale", "Fête patronale de la Saint-Martin", "1er novembre 2025", "Repas et bal.")])
            + "<p>Retrouvez aussi la communauté de communes sur <a href='https://www.facebook.com/cc.cotesdemeuse'>sa page Facebook</a>.</p>")
    pages = [
        page("/", "Accueil", home),
        page("/mairie", "La mairie", P("Secrétariat ouvert le mardi de 14 h à 18 h et le vendredi de 9 h à 12 h. Permanence du maire le samedi matin sur rendez-vous.")
             + m.mailto_block("mairie.lusignac@orange.fr", "03 29 00 00 00"), decoys={"contact_form"}),
        page("/contact", "Écrire à la mairie", P("Utilisez ce formulaire pour toute demande : le secrétariat vous répond dans la semaine.")
             + m.vendor_form("/contact", "Votre message", [("text", "nom", "Nom et prénom"), ("email", "courriel", "Courriel"),
                                                            ("textarea", "message", "Message")], "Envoyer", "form-commune"), {"contact_form"}),
        page("/conseil-municipal", "Conseil municipal", P(
            "Le conseil municipal compte 11 conseillers. Compte rendu de la séance du 4 avril : vote du budget, travaux du lavoir, "
            "convention de déneigement. Prochaine séance le 27 juin à 20 h 30."), decoys={"participation_displayed"}),
        page("/budget", "Budget 2025", P(
            "Budget primitif 2025 : 412 000 € en fonctionnement, 238 000 € en investissement (réfection du lavoir, chemin des "
            "vignes). Les taux des taxes foncières sont maintenus."), decoys={"participatory_budget"}),
        page("/recensement", "Recensement de la population", P(
            "Le recensement aura lieu du 15 janvier au 14 février. Notre agente recenseuse, Mme Colin, passera déposer une "
            "notice pour répondre en ligne au questionnaire de l'Insee, ou les questionnaires papier."), decoys={"poll"}),
        page("/participation-citoyenne", "Participation citoyenne", P(
            "La commune a adhéré au dispositif de participation citoyenne de la gendarmerie. Deux habitants référents sont en "
            "lien avec la brigade de Saint-Mihiel et relaient les conseils de prévention des cambriolages."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/associations", "Associations", P(
            "Foyer rural, amicale des sapeurs-pompiers, club des aînés, association de la fête du vin gris. Le forum "
            "intercommunal des associations se tient chaque année en septembre à Vigneulles."), decoys={"forum"}),
        page("/panneaupocket", "Les alertes de la mairie sur votre téléphone", P(
            "La commune publie ses alertes et informations (coupures d'eau, travaux, fêtes) sur l'application PanneauPocket. "
            "Téléchargez-la gratuitement et ajoutez Lusignac-la-Côte à vos favoris : pas de compte à créer, pas de commentaires."),
             decoys={"territorial_social_network"}),
        # a one-way notice board on the phone: nobody posts, nobody talks to neighbours
        page("/salle-des-fetes", "Salle des fêtes", P("Capacité 120 personnes. Tarif habitant : 150 € le week-end.")
             + m.booking_form("/salle-des-fetes", ["Salle des fêtes"]), decoys={"contact_form"}),
        page("/actualites/enquete-publique-eolien", "Parc éolien : enquête publique", P(
            "Le projet de parc éolien des Hauts de Meuse est soumis à enquête publique du 3 avril au 3 mai. Le commissaire "
            "enquêteur tiendra une permanence en mairie le 18 avril de 14 h à 17 h."), decoys={"poll"}),
        page("/actualites/fete-patronale", "Fête patronale de la Saint-Martin", P(
            "Le foyer rural organise le repas de la Saint-Martin le 11 novembre à la salle des fêtes, suivi d'un bal. Inscriptions "
            "auprès de la présidente.") + m.share("http://www.lusignac-la-cote.fr/actualites/fete-patronale", "Fête patronale")),
        page("/ecole", "École", P("Les enfants sont scolarisés au regroupement pédagogique intercommunal de Lusignac-Hattonville. "
                                  "Le ramassage scolaire est assuré par la région.")),
        page("/dechets", "Déchets", P("Collecte des ordures ménagères le lundi, tri sélectif le jeudi des semaines paires. "
                                      "Déchetterie intercommunale ouverte le mercredi et le samedi.")),
    ]
    return Site(LSC, "plateaux_petite", "Lusignac-la-Côte", pages,
                menu=[("Accueil", "/"), ("Mairie", "/mairie"), ("Vivre au village", "/associations"), ("Contact", "/contact")],
                accounts=[social("facebook", "lusignaclacote")], address="Mairie, 1 rue de l'Église, 55000 Lusignac-la-Côte")


def lusignac() -> City:
    return City("98908", "Lusignac-la-Côte", 780, "55", "44", "Grand Est", f"http://{LSC}/", [_lsc_site()],
                decoy_accounts=("https://www.facebook.com/cc.cotesdemeuse",))


# ======================================================================================================================

def cities():
    return [brisseval(), castelvieil(), lannevez(), anse_belleville(), charbonnieres(), saint_gildas(), chalonges(), lusignac()]


def hosts():
    """Chalonges's participation site: an empty application shell and the JSON API its script fills it from."""
    return {CHL_AGIR: CustomHost(_CHL_AGIR_SITE, _chl_special)}
