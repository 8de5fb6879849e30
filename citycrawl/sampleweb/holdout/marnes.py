"""Holdout part "marnes": eight communes of 20,000 to 100,000 inhabitants in the Paris region's new towns and
inner rings and in the Lyon agglomeration, where participation is shared between the city and its
agglomeration or territory (a conseil de développement, a PLUi or mobility plan consultation, a shared
platform), with the lookalikes such sites hold."""
import functools
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import marnes_markup as m

IDF = ("11", "Île-de-France")


# =====================================================================================================
# Orge Val-de-Seine Agglomération (91): its Drupal site and its Decidim, shared by Savignolles and Brétigneux
# =====================================================================================================
AGGLO_OVS = "www.orge-valdeseine.fr"
DECIDIM_OVS = "jeparticipe.orge-valdeseine.fr"


@functools.lru_cache(maxsize=None)
def _agglo_ovs() -> Site:
    d = f"http://{DECIDIM_OVS}"
    pages = [
        page("/", "Accueil", m.home(
            "Orge Val-de-Seine Agglomération réunit 11 communes et 212 000 habitants autour de la vallée de l'Orge.",
            [("/conseil-de-developpement", "Conseil de développement"), ("/plui/concertation", "PLUi : la concertation"),
             ("/mobilites/plan-de-mobilite", "Plan de mobilité"), ("/economie/appel-a-projets-commerces", "Appel à projets commerces"),
             ("/economie/enquete-entreprises", "Enquête entreprises"), ("/marches-publics", "Marchés publics"),
             ("/plui/enquete-publique", "Enquête publique"), (d + "/", "Plateforme de participation")],
            [("/plui/concertation", "PLUi : exprimez-vous jusqu'au 30 avril", "12 février", "Réunions publiques et registre en ligne."),
             ("/conseil-de-developpement", "Le conseil de développement renouvelle ses membres", "3 février", "Candidatures ouvertes aux habitants."),
             ("/economie/appel-a-projets-commerces", "Commerces de centre-ville : appel à projets", "20 janvier", "Aide à l'installation.")],
            [("14 mars", "Réunion publique PLUi", "Salle Barbara, Brétigneux"), ("21 mars", "Atelier mobilité", "Médiathèque de Savignolles"),
             ("4 avril", "Séance du conseil communautaire", "Siège de l'agglomération")], banner="eu"), decoys={"contact_form"}),
        # the territory's advisory body, presented with how to take part: the approach is displayed
        page("/conseil-de-developpement", "Le conseil de développement", m.lead(
            "Instance de démocratie participative de l'agglomération, le conseil de développement rassemble des habitants, "
            "des associations et des acteurs économiques bénévoles.") + m.prose(
            "Il rend des avis sur le projet de territoire, le plan local d'urbanisme intercommunal, le plan de mobilité et le plan climat. "
            "Il peut aussi se saisir lui-même d'un sujet qui préoccupe les habitants.",
            "Le collège des habitants est renouvelé par tirage au sort parmi les volontaires : 40 sièges sont à pourvoir cette année.")
             + m.h2("Ses derniers avis") + m.links([("/conseil-de-developpement/avis-mobilite", "Avis sur le plan de mobilité (janvier)")])
             + m.prose(f'Ses travaux en cours sont ouverts aux contributions sur <a href="{d}/assemblies/conseil-developpement">la plateforme de participation</a>.'),
             {"participation_displayed"}, parent=("L'agglomération", "/")),
        page("/conseil-de-developpement/avis-mobilite", "Avis du conseil de développement sur le plan de mobilité", m.prose(
            "Adopté en séance plénière le 18 janvier, l'avis porte sur les rabattements vers les gares du RER D et sur les pistes cyclables.",
            "Le conseil recommande une desserte en soirée des zones d'activités et une tarification solidaire.",
            "Document à télécharger : avis-cdd-pdm.pdf (PDF, 1,2 Mo)."), {"participation_displayed"},
             parent=("Conseil de développement", "/conseil-de-developpement")),
        page("/plui/concertation", "PLUi : la concertation", m.lead(
            "Le plan local d'urbanisme intercommunal est en cours d'élaboration. Jusqu'à son arrêt, la concertation est ouverte à tous.") + m.prose(
            "Trois moyens de donner votre avis : les réunions publiques dans chaque commune, les registres papier en mairie, "
            f'et la contribution en ligne sur <a href="{d}/processes/plui">jeparticipe.orge-valdeseine.fr</a>.',
            "Un bilan de la concertation sera tiré par le conseil communautaire avant l'arrêt du projet.")
             + m.links([("/plui/enquete-publique", "Après la concertation : l'enquête publique")]),
             {"participation_displayed"}, parent=("Urbanisme", "/")),
        # legal inquiry run by a commissaire enquêteur: not a poll, not a participation approach of the city
        page("/plui/enquete-publique", "Enquête publique sur la modification n°2 du PLU de Savignolles", m.prose(
            "Par arrêté du président, une enquête publique est prescrite du 3 au 31 mai sur la modification n°2 du PLU.",
            "Le commissaire enquêteur tiendra des permanences en mairie. Les observations peuvent être consignées sur le registre "
            "ou adressées par courrier au commissaire enquêteur, au siège de l'agglomération.",
            "Le rapport et les conclusions seront tenus à la disposition du public pendant un an."),
             decoys={"poll", "participation_displayed"}, parent=("Urbanisme", "/")),
        page("/mobilites/plan-de-mobilite", "Le plan de mobilité", m.prose(
            "L'agglomération élabore son plan de mobilité simplifié pour 2025-2035 : bus, vélo, covoiturage, marche.",
            f'Une consultation en ligne est ouverte jusqu\'au 15 avril : <a href="{d}/processes/plan-mobilite/f/14/surveys/3">répondez au questionnaire</a>.',
            "Le transporteur mène en parallèle une enquête de satisfaction à bord des bus : des enquêteurs interrogent les voyageurs.")
             + m.links([("/conseil-de-developpement/avis-mobilite", "L'avis du conseil de développement")]),
             {"participation_displayed"}, decoys={"poll"}, parent=("Mobilités", "/")),
        page("/economie/appel-a-projets-commerces", "Appel à projets : revitalisation des commerces", m.prose(
            "Vous portez un projet de commerce de proximité en centre-ville ? L'agglomération soutient l'installation par une aide "
            "pouvant atteindre 15 000 euros.",
            "Les dossiers sont à déposer avant le 30 juin sur le portail des aides aux entreprises. Critères d'éligibilité et règlement "
            "à télécharger."), decoys={"suggestion_call"}, parent=("Économie", "/")),
        # a survey of businesses, answered with a code sent by mail: nothing residents can answer here
        page("/economie/enquete-entreprises", "Enquête sur les besoins des entreprises", m.prose(
            "Le service développement économique interroge les entreprises des zones d'activités sur leurs besoins en recrutement, "
            "en foncier et en desserte.",
            "Chaque entreprise recevra un courrier avec un code d'accès personnel au questionnaire. Les résultats seront présentés aux "
            "Rencontres économiques de l'automne."), decoys={"poll"}, parent=("Économie", "/")),
        page("/marches-publics", "Marchés publics et appels d'offres", m.prose(
            "Les consultations en cours de l'agglomération sont publiées sur le profil acheteur.",
            "Appel d'offres ouvert : entretien des espaces verts communautaires (lots 1 à 4). Date limite de remise des offres : 12 avril.",
            "Appel à candidatures : délégation de service public pour la piscine intercommunale.")
             , decoys={"suggestion_call"}, parent=("L'agglomération", "/")),
    ]
    return Site(AGGLO_OVS, "drupal", "Orge Val-de-Seine Agglomération", pages,
                menu=[("L'agglomération", "/"), ("Conseil de développement", "/conseil-de-developpement"),
                      ("Urbanisme", "/plui/concertation"), ("Mobilités", "/mobilites/plan-de-mobilite"),
                      ("Économie", "/economie/appel-a-projets-commerces"), ("Marchés publics", "/marches-publics")],
                accounts=[social("linkedin", "orge-valdeseine-agglo"), social("facebook", "OrgeValdeSeineAgglo")],
                address="Orge Val-de-Seine Agglomération, 1 place de l'Hôtel de l'agglomération, 91 Brétigneux")


def _decidim_cards(items, base):
    cards = "".join(f'<a href="{base}/{slug}" class="card__list"><div class="card__list-content"><h3 class="h4 card__list-title">{t}</h3>'
                    f'<div class="card__list-metadata"><span>{meta}</span></div></div></a>' for slug, t, meta in items)
    return f'<div class="card__list-container">{cards}</div>'


def _decidim_comment_thread(comments, model):
    items = "".join(f'<div id="comment_{model * 10 + i}" class="comment" data-comment-id="{model * 10 + i}"><div class="comment__header">'
                    f'<span class="author__name">{who}</span> <span class="comment__date">{when}</span></div>'
                    f'<div class="comment__content editor-content"><p>{text}</p></div>'
                    f'<div class="comment__footer"><button class="button button__sm button__text-secondary">Répondre</button></div></div>'
                    for i, (who, when, text) in enumerate(comments))
    return (f'<section id="comments" class="comments"><div class="comments__header"><h2 class="h4">{len(comments)} commentaires</h2></div>'
            f'<div id="comment-threads">{items}</div>'
            f'<div class="add-comment" id="add-comment-Decidim::Proposals::Proposal-{model}"><form class="new_comment" id="new_comment_for_Proposal_{model}" '
            f'action="/comments" accept-charset="UTF-8" data-remote="true" method="post"><input type="hidden" name="comment[commentable_gid]" value="gid-{model}" />'
            f'<label for="add-comment-Proposal-{model}">Ajouter un commentaire</label>'
            f'<textarea minlength="15" maxlength="1000" rows="4" placeholder="Ajouter un commentaire" name="comment[body]" id="add-comment-Proposal-{model}"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div></section>')


@functools.lru_cache(maxsize=None)
def _decidim_ovs() -> Site:
    proc = "/processes/budget-participatif-2025"
    pages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation d'Orge Val-de-Seine et de ses communes.")
             + '<section class="hero"><h2>Participez aux projets de votre territoire</h2></section>'
             + _decidim_cards([("processes/budget-participatif-2025", "Budget participatif de Savignolles 2025", "Vote en cours"),
                               ("processes/plui", "Concertation sur le PLUi", "Contributions ouvertes"),
                               ("processes/plan-mobilite", "Plan de mobilité : votre avis", "Questionnaire ouvert"),
                               ("assemblies/conseil-developpement", "Conseil de développement", "Organe"),
                               ("processes/bretigneux-coeur-de-ville", "Brétigneux : cœur de ville", "Terminé")], "")
             + m.links([("/processes", "Tous les processus"), ("/assemblies", "Toutes les assemblées")]),
             {"participation_displayed"}),
        page("/processes", "Processus participatifs", _decidim_cards(
            [("budget-participatif-2025", "Budget participatif de Savignolles 2025", "Phase 3 sur 4 : vote"),
             ("plui", "Concertation sur le PLUi", "Phase 1 sur 2"), ("plan-mobilite", "Plan de mobilité", "Phase 1 sur 1"),
             ("bretigneux-coeur-de-ville", "Brétigneux : cœur de ville", "Terminé")], "/processes")),
        page("/assemblies", "Assemblées", _decidim_cards(
            [("conseil-developpement", "Conseil de développement d'Orge Val-de-Seine", "62 membres")], "/assemblies")),
        page("/assemblies/conseil-developpement", "Conseil de développement d'Orge Val-de-Seine", m.prose(
            "Le conseil de développement est l'instance consultative de la société civile auprès de l'agglomération.",
            "Retrouvez ici ses réunions ouvertes au public et ses groupes de travail.")
             + '<div class="process-content__meetings"><h2 class="h3">Prochaines réunions</h2><ul><li>Plénière du 28 mars, 19 h, siège de l\'agglomération</li></ul></div>',
             {"participation_displayed"}),
        page(proc, "Budget participatif de Savignolles 2025", m.prose(
            "La Ville de Savignolles consacre 300 000 euros d'investissement à des projets imaginés et choisis par les habitants.",
            "Étapes : dépôt des projets (terminé), analyse de faisabilité (terminé), vote (jusqu'au 12 mai), réalisation.")
             + '<div class="process-header__phase"><span>Phase actuelle :</span> <strong>Vote des projets</strong></div>'
             + m.links([(proc + "/f/21/budgets/4/projects", "Voter pour les projets"), (proc + "/f/20/proposals", "Les 64 propositions déposées")]),
             {"participatory_budget"}),
        page(proc + "/f/20/proposals", "Propositions", m.prose("Le dépôt est clos depuis le 15 février. 64 propositions ont été déposées ; 23 sont soumises au vote.")
             + _decidim_cards([("1841", "Des bancs le long de l'Orge", "Retenue pour le vote"),
                               ("1845", "Un parcours sportif au parc des Tilleuls", "Retenue pour le vote"),
                               ("1850", "Végétaliser la cour de l'école Pasteur", "Non recevable : déjà au programme")], proc + "/f/20/proposals"),
             {"participatory_budget"}),
        page(proc + "/f/20/proposals/1841", "Des bancs le long de l'Orge", m.prose(
            "Installer une dizaine de bancs sur le chemin de halage entre le moulin et la passerelle, pour les promeneurs âgés.",
            "Coût estimé par les services : 18 000 euros. Statut : retenue pour le vote.")
             + _decidim_comment_thread([("Nadia B.", "il y a 2 mois", "Très bonne idée, il manque aussi des poubelles sur ce tronçon."),
                                        ("Gérard L.", "il y a 2 mois", "Attention aux crues, il faudra des bancs scellés.")], 1841)
             + m.share(f"http://{DECIDIM_OVS}{proc}/f/20/proposals/1841", "Des bancs le long de l'Orge"),
             {"participatory_budget", "comments"}, decoys={"social_account"}),
        page(proc + "/f/20/proposals/1845", "Un parcours sportif au parc des Tilleuls", m.prose(
            "Six agrès de plein air en accès libre le long de l'allée principale du parc, pour tous les âges.",
            "Coût estimé : 62 000 euros. Statut : retenue pour le vote.")
             + _decidim_comment_thread([("Sami K.", "il y a 3 mois", "Il faudrait aussi un point d'eau à côté.")], 1845),
             {"participatory_budget", "comments"}),
        # a proposal turned down, its thread closed: no form, no comment
        page(proc + "/f/20/proposals/1850", "Végétaliser la cour de l'école Pasteur", m.prose(
            "Remplacer l'enrobé de la cour par des espaces plantés et ombragés.",
            "Statut : non recevable, le projet figure déjà au programme de travaux de la Ville (cours oasis). Les commentaires sont fermés."),
             {"participatory_budget"}, decoys={"comments"}),
        page(proc + "/f/21/budgets/4/projects", "Voter pour les projets", m.prose(
            "Vous disposez de 300 000 euros fictifs : sélectionnez les projets que vous souhaitez voir réaliser, puis confirmez votre vote.")
             + '<div class="budget-summary" data-total-budget="300000"><div class="budget-summary__progressbox"><span class="budget-summary__total">Budget attribué : 0 €</span></div></div>'
             + '<ul class="budget-list">' + "".join(
                 f'<li class="budget-list__item"><span class="budget-list__title">{t}</span> <span class="budget-list__number">{c} €</span>'
                 f'<form action="/processes/budget-participatif-2025/f/21/budgets/4/order/line_item" method="post"><input type="hidden" name="project_id" value="{i}" />'
                 f'<button type="submit" class="button button__sm button__secondary">Ajouter</button></form></li>'
                 for i, (t, c) in enumerate([("Des bancs le long de l'Orge", "18 000"), ("Parcours sportif au parc des Tilleuls", "62 000"),
                                             ("Boîtes à livres dans les quartiers", "9 000")], 301)) + "</ul>",
             {"participatory_budget"}),
        page("/processes/plui", "Concertation sur le PLUi", m.prose(
            "Contribuez à l'élaboration du plan local d'urbanisme intercommunal : proposez, commentez, soutenez.")
             + m.links([("/processes/plui/f/30/proposals", "Contributions des habitants")]), {"participation_displayed"}),
        page("/processes/plui/f/30/proposals", "Contributions des habitants", m.prose("Déposez une contribution localisée sur la carte ou commentez celles des autres.")
             + '<a class="button button__sm button__secondary" href="/processes/plui/f/30/proposals/new">Nouvelle contribution</a>'
             + _decidim_cards([("2210", "Protéger le coteau boisé de Brétigneux", "14 soutiens"),
                               ("2214", "Densifier près des gares plutôt qu'en lisière", "9 soutiens")], "/processes/plui/f/30/proposals"),
             {"suggestion_call"}),
        page("/processes/plui/f/30/proposals/new", "Nouvelle contribution", m.prose("Vous devez être connecté pour déposer une contribution.")
             + '<form class="new_proposal proposal_form_admin" action="/processes/plui/f/30/proposals" method="post"><label for="proposal_title">Titre</label>'
               '<input type="text" name="proposal[title]" id="proposal_title" minlength="15" maxlength="150" />'
               '<label for="proposal_body">Contribution</label><textarea name="proposal[body]" id="proposal_body" rows="10"></textarea>'
               '<input type="submit" value="Continuer" class="button button__lg button__secondary" /></form>',
             {"suggestion_call", "contact_form"}),
        page("/processes/plui/f/30/proposals/2210", "Protéger le coteau boisé de Brétigneux", m.prose(
            "Le coteau au-dessus de la gare est un des derniers espaces boisés de la commune : il devrait être classé en zone naturelle.")
             + _decidim_comment_thread([("Association Coteaux vivants", "il y a 3 semaines", "Nous soutenons cette contribution et joindrons un inventaire des espèces.")], 2210),
             {"comments"}),
        page("/processes/plui/f/30/proposals/2214", "Densifier près des gares plutôt qu'en lisière", m.prose(
            "Les futurs logements devraient se concentrer à moins de dix minutes à pied des gares, pour préserver les terres agricoles du plateau.")
             + _decidim_comment_thread([("Hélène V.", "il y a 1 mois", "D'accord, à condition de garder des espaces verts dans les quartiers de gare."),
                                        ("Marc D.", "il y a 1 mois", "Les gares sont déjà saturées aux heures de pointe.")], 2214),
             {"comments"}),
        page("/processes/plan-mobilite", "Plan de mobilité : votre avis", m.prose(
            "Comment vous déplacez-vous ? Qu'est-ce qui vous ferait laisser la voiture ? Répondez au questionnaire en cinq minutes.")
             + m.links([("/processes/plan-mobilite/f/14/surveys/3", "Répondre au questionnaire")]), {"participation_displayed"}),
        page("/processes/plan-mobilite/f/14/surveys/3", "Questionnaire mobilité", '<div class="survey">' + m.questionnaire(
            "/processes/plan-mobilite/f/14/surveys/3/answer", "Questionnaire anonyme, ouvert jusqu'au 15 avril.",
            [("Quel mode de transport utilisez-vous le plus ?", ["Voiture", "Bus", "RER", "Vélo", "Marche"]),
             ("Seriez-vous prêt à utiliser une ligne de bus express vers la gare ?", ["Oui", "Peut-être", "Non"]),
             ("Le stationnement vélo en gare est-il suffisant ?", ["Oui", "Non", "Je ne sais pas"])],
            cls="answer-questionnaire", submit="Envoyer") + "</div>", {"poll"}),
        page("/processes/bretigneux-coeur-de-ville", "Brétigneux : cœur de ville", m.prose(
            "Processus terminé. Les habitants ont été consultés en 2023 sur le réaménagement de la place de la Mairie.",
            "Le compte rendu des ateliers et la réponse de la municipalité sont disponibles ci-dessous.")
             + m.poll_results("Quel usage pour la place de la Mairie ?", [("Marché et terrasses", 52, 611), ("Parking", 21, 247), ("Jardin", 27, 318)],
                              "Consultation terminée le 30 juin 2023."),
             {"participation_displayed"}, decoys={"poll"}),
    ]
    return Site(DECIDIM_OVS, "decidim", "Je participe — Orge Val-de-Seine", pages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))


# =====================================================================================================
# 99191 Savignolles-sur-Orge (91): WordPress
# =====================================================================================================
def savignolles() -> City:
    host = "www.savignolles-sur-orge.fr"
    dec = f"http://{DECIDIM_OVS}"
    agglo = f"http://{AGGLO_OVS}"
    poll = m.wp_polls(12, "Faut-il ouvrir la médiathèque le dimanche matin ?", ["Oui", "Non", "Un dimanche sur deux"])
    side = poll + '<section class="widget widget_recent_entries"><h2 class="widget-title">Articles récents</h2>' + m.links(
        [("/actualites/cour-oasis", "Cours oasis : le chantier démarre"), ("/actualites/budget-primitif-2025", "Budget 2025 voté")]) + "</section>"
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue à Savignolles-sur-Orge, ville de 34 800 habitants au bord de l'Orge, membre d'Orge Val-de-Seine Agglomération.",
            [("/ma-ville/democratie-locale", "Démocratie locale"), ("/ma-ville/conseils-de-quartier", "Conseils de quartier"),
             ("/ma-ville/budget-participatif", "Budget participatif"), ("/ma-ville/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
             ("/services/reservation-salles", "Réserver une salle"), ("/services/cantine-paiement", "Payer la cantine"),
             ("/contact", "Contacter la mairie"), ("/ma-ville/conseil-municipal", "Conseil municipal"), (agglo + "/", "L'agglomération")],
            [("/actualites/cour-oasis", "Cours oasis : le chantier démarre", "3 juillet", "Deux écoles concernées cet été."),
             ("/actualites/budget-primitif-2025", "Le budget 2025 voté", "28 mars", "Investissements et fiscalité."),
             ("/actualites/forum-emploi", "Forum de l'emploi le 6 octobre", "12 septembre", "60 recruteurs présents."),
             ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : protocole signé", "5 mai", "Avec la gendarmerie.")],
            [("12 mars", "Conseil de quartier Centre", "Salle des fêtes"), ("19 mars", "Conseil municipal", "Hôtel de ville"),
             ("6 avril", "Vide-greniers des Tilleuls", "Parc des Tilleuls")]), decoys={"contact_form"}),
        # the city's approach under a generic heading, with its bodies and tools
        page("/ma-ville/democratie-locale", "Démocratie locale", m.lead(
            "La Ville associe les Savignollais aux décisions qui touchent leur quotidien.") + m.prose(
            "Six conseils de quartier, un conseil municipal des jeunes, un budget participatif annuel : autant de lieux pour proposer, débattre et décider ensemble.",
            f'Les consultations de la Ville et de l\'agglomération se déroulent sur <a href="{dec}/">jeparticipe.orge-valdeseine.fr</a>.')
             + m.links([("/ma-ville/conseils-de-quartier", "Les conseils de quartier"), ("/ma-ville/budget-participatif", "Le budget participatif"),
                        ("/ma-ville/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"), ("/ma-ville/charte-participation", "La charte de la participation"),
                        ("/ma-ville/boite-a-idees", "La boîte à idées")]),
             {"participation_displayed"}),
        page("/ma-ville/charte-participation", "Charte de la participation citoyenne", m.prose(
            "Adoptée en conseil municipal le 14 décembre, la charte fixe les engagements de la Ville : informer en amont, rendre compte des avis recueillis, "
            "motiver les décisions qui s'en écartent.",
            "Elle s'applique aux conseils de quartier, aux réunions publiques de concertation et au budget participatif."),
             {"participation_displayed"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        page("/ma-ville/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chaque conseil de quartier réunit des habitants volontaires, des représentants d'associations et deux élus référents.",
            "Ils se réunissent quatre fois par an en séance publique et disposent d'une enveloppe de 10 000 euros pour de petits aménagements.")
             + m.ul(["Centre-Gare", "Les Tilleuls", "Bords d'Orge", "Plateau", "Moulin-Vert", "Les Sablons"])
             + m.links([("/ma-ville/conseils-de-quartier/compte-rendu-centre", "Compte rendu du conseil de quartier Centre-Gare")]),
             {"participation_displayed"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        page("/ma-ville/conseils-de-quartier/compte-rendu-centre", "Conseil de quartier Centre-Gare : compte rendu du 12 mars", m.prose(
            "Présents : 23 habitants, 2 élus. Points abordés : stationnement autour de la gare, éclairage de la rue Pasteur, fête de quartier.",
            "Le conseil propose un sens unique rue des Écoles ; la proposition sera étudiée par les services techniques.") + m.wp_comments_closed(),
             {"participation_displayed"}, decoys={"comments"}, parent=("Conseils de quartier", "/ma-ville/conseils-de-quartier")),
        # a youth council where children elected by their schoolmates carry projects for the city: a participation body
        page("/ma-ville/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM2 et de 6e, les 29 jeunes conseillers montent des projets pour la ville : "
            "collecte solidaire, journée sans écran, aménagement du skatepark.",
            "Les élections ont lieu en octobre dans les écoles et les collèges.")
             + m.registration("/ma-ville/conseil-municipal-des-jeunes", "candidature au CMJ"),
             {"participation_displayed"}, decoys={"contact_form"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        page("/ma-ville/budget-participatif", "Budget participatif : « Savignolles, c'est vous ! »", m.prose(
            "Pour sa 3e édition, le budget participatif est doté de 300 000 euros. Les projets retenus sont soumis au vote de tous les habitants dès 11 ans.",
            f'Le vote se déroule en ligne sur <a href="{dec}/processes/budget-participatif-2025">la plateforme de participation</a> et sur papier à l\'hôtel de ville jusqu\'au 12 mai.')
             + m.links([("/ma-ville/budget-participatif/reglement", "Le règlement"), ("/ma-ville/budget-participatif/laureats-2024", "Les lauréats 2024")]),
             {"participatory_budget"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        page("/ma-ville/budget-participatif/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 : tout habitant de 11 ans et plus peut déposer un projet d'intérêt général relevant des compétences de la commune.",
            "Article 2 : un projet ne peut dépasser 80 000 euros et doit relever de l'investissement.",
            "Article 3 : les projets recevables sont soumis au vote ; chaque votant choisit jusqu'à trois projets."),
             {"participatory_budget"}, parent=("Budget participatif", "/ma-ville/budget-participatif")),
        # a past edition's winners: still a participatory budget the city runs
        page("/ma-ville/budget-participatif/laureats-2024", "Budget participatif 2024 : les lauréats", m.prose(
            "2 814 votants ont désigné sept projets lauréats, dont la forêt urbaine des Sablons et les nichoirs des bords d'Orge.",
            "Suivez l'avancement des réalisations sur cette page.") + m.share(f"http://{host}/ma-ville/budget-participatif/laureats-2024", "Lauréats"),
             {"participatory_budget"}, decoys={"social_account"}, parent=("Budget participatif", "/ma-ville/budget-participatif")),
        page("/ma-ville/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Savignolles ? Déposez-la ici : chaque idée reçoit une réponse du service concerné sous un mois.")
             + m.idea_form("/ma-ville/boite-a-idees", "Votre idée", categories=["Cadre de vie", "Propreté", "Sport et loisirs", "Autre"]),
             {"suggestion_call", "contact_form"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        page("/ma-ville/conseil-municipal", "Conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique environ six fois par an. Ordre du jour du 19 mars : budget primitif, "
            "subventions aux associations, tarifs des accueils de loisirs.",
            "Les procès-verbaux et délibérations sont publiés dans les huit jours."),
             decoys={"participation_displayed"}),
        page("/actualites/budget-primitif-2025", "Le budget 2025 voté", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 41,2 millions d'euros, dont 9,8 millions d'investissement.",
            "Les taux d'imposition restent inchangés. La présentation détaillée et le rapport d'orientation budgétaire sont en ligne."),
             decoys={"participatory_budget"}),
        page("/actualites/cour-oasis", "Cours oasis : le chantier démarre", m.with_aside(m.prose(
            "Les cours des écoles Pasteur et Jean-Jaurès seront désimperméabilisées cet été. Les enfants ont dessiné leurs souhaits en classe.",
            "Un projet issu du budget participatif, la végétalisation de la cour Pasteur, est intégré au chantier.")
             + m.wp_comments([("Émilie R.", "4 juillet", "Et les toilettes de Jean-Jaurès, elles seront refaites ?"),
                              ("Ville de Savignolles", "5 juillet", "Oui, les sanitaires sont au programme de l'été.")], 511), side),
             {"comments", "poll"}),
        page("/actualites/forum-emploi", "Forum de l'emploi le 6 octobre", m.prose(
            "Soixante recruteurs et organismes de formation vous attendent au gymnase Colette-Besson. Venez avec votre CV.",
            "Ateliers : préparer un entretien, se présenter en deux minutes.") + m.with_aside("", side),
             {"poll"}, decoys={"forum"}),
        page("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : le protocole signé", m.prose(
            "Le maire, le préfet et la gendarmerie ont signé le protocole « participation citoyenne ». Des habitants référents, volontaires, "
            "signalent aux gendarmes les faits inhabituels dans leur quartier.",
            "Ce dispositif de prévention des cambriolages ne se substitue pas à l'action des forces de l'ordre."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/travaux-ete", "Travaux d'été dans les écoles", m.prose("Peinture, sanitaires et cours végétalisées : le programme de l'été.")),
        # the census: answered online with personal codes, for INSEE, not a poll of the city
        page("/actualites/recensement", "Recensement de la population", m.prose(
            "Le recensement de la population se déroule du 16 janvier au 22 février auprès d'un échantillon de logements.",
            "Vous pouvez répondre en ligne avec les codes remis par l'agent recenseur. Vos réponses sont confidentielles et transmises à l'Insee."),
             decoys={"poll"}),
        page("/services/reservation-salles", "Réserver une salle municipale", m.prose("Les associations et les habitants peuvent louer les salles Barbara et des Tilleuls.")
             + m.booking("/services/reservation-salles"), decoys={"contact_form"}),
        page("/services/cantine-paiement", "Payer la restauration scolaire", m.prose("Réglez vos factures de cantine et de périscolaire en ligne.")
             + m.payment("/services/cantine-paiement"), decoys={"contact_form"}),
        page("/contact", "Contacter la mairie", m.prose("Hôtel de ville, 1 place de la République. Du lundi au vendredi, 8 h 30 - 17 h 30 ; samedi 9 h - 12 h.")
             + m.cf7("/contact/", 87), {"contact_form"}, decoys={"suggestion_call"}),
    ]
    www = Site(host, "wordpress", "Ville de Savignolles-sur-Orge", pages,
               menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/democratie-locale"), ("Conseil municipal", "/ma-ville/conseil-municipal"),
                     ("Services", "/services/reservation-salles"), ("Recensement", "/actualites/recensement"),
                     ("Travaux", "/actualites/travaux-ete"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleSavignollesSurOrge"), social("instagram", "savignolles_sur_orge")],
               address="Hôtel de ville, 1 place de la République, 91 Savignolles-sur-Orge")
    return City("99191", "Savignolles-sur-Orge", 34_800, "91", *IDF, f"http://{host}/", [www, _decidim_ovs(), _agglo_ovs()])


# =====================================================================================================
# 99192 Brétigneux (91): an agency CMS, Publik e-services, the agglomeration's Decidim and site
# =====================================================================================================
def bretigneux() -> City:
    host, demarches = "www.bretigneux.fr", "demarches.bretigneux.fr"
    dec, agglo, ds = f"http://{DECIDIM_OVS}", f"http://{AGGLO_OVS}", f"http://{demarches}"
    pages = [
        page("/", "Accueil", m.home(
            "Ville de Brétigneux : 27 300 habitants, une gare RER, le coteau et la vallée de l'Orge.",
            [(ds + "/", "Mes démarches en ligne"), ("/vivre-ensemble/participer", "Participer"), ("/vivre-ensemble/assemblees-de-quartier", "Assemblées de quartier"),
             ("/vivre-ensemble/petitions", "Droit de pétition"), ("/vivre-ensemble/voisins-solidaires", "Voisins solidaires"),
             ("/mairie/deliberations", "Délibérations"), ("/mairie/appels-a-candidatures", "Emplois et candidatures"),
             ("/culture/concours-photo", "Concours photo"), (dec + "/processes/bretigneux-coeur-de-ville", "Cœur de ville : le bilan"),
             (agglo + "/plui/concertation", "PLUi intercommunal")],
            [("/actualites/consultation-rythmes-scolaires", "Rythmes scolaires : donnez votre avis", "10 mars", "Questionnaire aux familles."),
             ("/actualites/resultats-consultation-marche", "Marché : les résultats de la consultation", "2 février", "Samedi plébiscité."),
             ("/actualites/grand-paris-express", "Ligne 18 : les travaux du site de maintenance", "15 janvier", "Information riverains.")],
            [("18 mars", "Assemblée de quartier Coteau", "École Jules-Ferry"), ("25 mars", "Conseil municipal", "Hôtel de ville"),
             ("2 avril", "Atelier numérique seniors", "Médiathèque")], banner="tarteaucitron",
            extra=m.newsletter("/newsletter")), decoys={"contact_form"}),
        # a participation hub under the city's own heading
        page("/vivre-ensemble/participer", "Participer à la vie de la cité", m.lead(
            "Consultations, assemblées de quartier, pétitions : les habitants de Brétigneux ont voix au chapitre.") + m.prose(
            "La Ville organise des réunions publiques de concertation avant chaque grand projet d'aménagement.",
            f'Ses consultations en ligne sont publiées sur <a href="{dec}/">la plateforme participative de l\'agglomération</a>, '
            f'dont la Ville est partenaire. Pour le PLUi, consultez la <a href="{agglo}/plui/concertation">page de l\'agglomération</a>.')
             + m.links([("/vivre-ensemble/assemblees-de-quartier", "Assemblées de quartier"), ("/vivre-ensemble/petitions", "Droit de pétition"),
                        ("/vivre-ensemble/conseil-des-sages", "Conseil des sages"), ("/actualites/consultation-rythmes-scolaires", "Consultation sur les rythmes scolaires")]),
             {"participation_displayed"}),
        page("/vivre-ensemble/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
            "Quatre fois par an, le maire et les adjoints de quartier viennent à la rencontre des habitants : Coteau, Gare, Vieux-Bourg, Prés-Saint-Jean.",
            "Ordre du jour ouvert : chacun peut poser ses questions sur la voirie, la propreté, la sécurité ou les projets du quartier.",
            "Les questions posées et les réponses apportées sont publiées après chaque assemblée."),
             {"participation_displayed"}, parent=("Participer", "/vivre-ensemble/participer")),
        page("/vivre-ensemble/conseil-des-sages", "Le conseil des sages", m.prose(
            "Vingt Brétignolais de plus de 60 ans, désignés pour trois ans, donnent leur avis au maire sur les projets de la ville : "
            "accessibilité, transports, lien entre générations.",
            "Ils travaillent en commissions et présentent un rapport annuel en conseil municipal."),
             {"participation_displayed"}, parent=("Participer", "/vivre-ensemble/participer")),
        # the city's own right of petition, presented with the way to file and sign
        page("/vivre-ensemble/petitions", "Le droit de pétition", m.prose(
            "Depuis 2022, une pétition signée par 500 habitants de Brétigneux de plus de 16 ans permet d'inscrire une question à l'ordre du jour du conseil municipal.",
            f'Les pétitions se déposent et se signent en ligne sur <a href="{ds}/petitions/">le portail des démarches</a>, avec un compte citoyen.')
             + m.links([(ds + "/petitions/deposer-une-petition/", "Déposer une pétition"), (ds + "/petitions/eclairage-parc-des-pres/", "Pétition en cours : éclairer le parc des Prés")]),
             {"petition"}, parent=("Participer", "/vivre-ensemble/participer")),
        # a page presenting a neighbours' mutual-aid scheme run by a national association, with no network to join online
        page("/vivre-ensemble/voisins-solidaires", "Voisins solidaires", m.prose(
            "La Ville relaie l'opération Voisins solidaires : affiches, kits pour la fête des voisins, carnet de contacts à remplir entre voisins.",
            "Retirez votre kit à l'accueil de la mairie à partir du 15 mai. La fête des voisins aura lieu le vendredi 30 mai."),
             decoys={"territorial_social_network"}, parent=("Participer", "/vivre-ensemble/participer")),
        # a news item whose subject is the city's consultation (not a passing mention), pointing to the form on the e-services portal
        page("/actualites/consultation-rythmes-scolaires", "Rythmes scolaires : donnez votre avis", m.prose(
            "La semaine de quatre jours ou de quatre jours et demi ? La Ville consulte les familles avant de saisir l'Éducation nationale.",
            f'Le questionnaire est ouvert jusqu\'au 31 mars sur <a href="{ds}/education/consultation-rythmes-scolaires/">le portail des démarches</a>.'),
             {"participation_displayed"}, parent=("Actualités", "/")),
        page("/actualites/resultats-consultation-marche", "Marché : les résultats de la consultation", m.prose(
            "1 204 habitants ont répondu à la consultation sur le marché de centre-ville, close le 15 janvier.")
             + m.poll_results("Quel jour pour le marché du centre ?", [("Samedi matin", 61, 734), ("Mercredi matin", 22, 265), ("Dimanche matin", 17, 205)],
                              "Consultation close. Merci de votre participation."),
             decoys={"poll"}, parent=("Actualités", "/")),
        # works information with a riverains meeting: information, not the city's participation approach
        page("/actualites/grand-paris-express", "Ligne 18 : les travaux du site de maintenance", m.prose(
            "La Société des grands projets poursuit les travaux du site de maintenance de la ligne 18 au sud de la commune.",
            "Un agent de proximité répond aux questions des riverains. Une réunion d'information se tiendra le 22 janvier. "
            "Les riverains peuvent aussi s'inscrire à la lettre d'information du chantier."),
             decoys={"participation_displayed"}, parent=("Actualités", "/")),
        page("/mairie/deliberations", "Délibérations du conseil municipal", m.prose(
            "Séance du 25 mars : approbation du compte administratif 2024, budget primitif 2025, convention avec l'agglomération pour la plateforme de participation.",
            "Les délibérations sont consultables en mairie et téléchargeables au format PDF.")
             + m.links([("/mairie/deliberations/2025-03-25.pdf", "Délibérations du 25 mars (PDF)")]),
             decoys={"participatory_budget", "participatory_platform"}),
        page("/mairie/deliberations/2025-03-25.pdf", "Délibérations du 25 mars", m.prose(
            "Délibération n° 2025-14 : budget primitif. Délibération n° 2025-15 : tarifs municipaux.")),
        # a job call naming participation: the form takes a CV, no message
        page("/mairie/appels-a-candidatures", "Offres d'emploi et appels à candidatures", m.prose(
            "La Ville recrute un ou une chargée de la participation citoyenne (catégorie A) : animation des assemblées de quartier, suivi des consultations.",
            "Appel à candidatures : animateurs périscolaires pour la rentrée. Candidatures par courrier ou par le portail emploi.")
             + m.vendor_form("/mairie/appels-a-candidatures", "Candidature spontanée", [("nom", "Nom", "text"), ("courriel", "Courriel", "email"), ("cv", "CV", "file")],
                             textarea_name=None, submit="Envoyer ma candidature", cls="form-candidature"),
             decoys={"suggestion_call", "contact_form", "participation_displayed"}),
        page("/culture/concours-photo", "Concours photo « Brétigneux au fil de l'Orge »", m.prose(
            "Amateurs de photographie, envoyez jusqu'à trois clichés de la vallée avant le 30 juin. Un jury désignera trois lauréats.",
            "Le règlement du concours est disponible à la médiathèque.") + m.share(f"http://{host}/culture/concours-photo", "Concours photo"),
             decoys={"suggestion_call", "social_account"}),
    ]
    www = Site(host, "vendor", "Ville de Brétigneux", pages,
               menu=[("Accueil", "/"), ("Démarches", ds + "/"), ("Participer", "/vivre-ensemble/participer"),
                     ("Mairie", "/mairie/deliberations"), ("Contact", ds + "/contact/ecrire-a-la-mairie/")],
               accounts=[social("facebook", "bretigneux"), social("x", "VilleBretigneux", "https://twitter.com/VilleBretigneux"),
                         social("youtube", "villedebretigneux")],
               address="Hôtel de ville, 4 place de la Mairie, 91 Brétigneux")
    wcs = [
        page("/", "Mes démarches", m.prose("Le portail des démarches en ligne de la ville de Brétigneux.")
             + m.links([("/contact/ecrire-a-la-mairie/", "Écrire à la mairie"), ("/etat-civil/acte-de-naissance/", "Demander un acte de naissance"),
                        ("/petitions/", "Pétitions citoyennes"), ("/education/consultation-rythmes-scolaires/", "Consultation : rythmes scolaires"),
                        ("/education/inscription-periscolaire/", "Inscription périscolaire")])),
        page("/contact/ecrire-a-la-mairie/", "Écrire à la mairie", m.wcs_form(
            "/contact/ecrire-a-la-mairie/", "ecrire-a-la-mairie", [("text", "Nom"), ("text", "Prénom"), ("email", "Courriel"), ("text", "Objet")],
            "Votre message"), {"contact_form"}),
        page("/etat-civil/acte-de-naissance/", "Demander un acte de naissance", m.wcs_form(
            "/etat-civil/acte-de-naissance/", "acte-de-naissance", [("text", "Nom de naissance"), ("date", "Date de naissance"), ("text", "Nombre d'exemplaires")]),
             decoys={"contact_form"}),
        page("/education/inscription-periscolaire/", "Inscription périscolaire", m.registration("/education/inscription-periscolaire/", "accueil périscolaire"),
             decoys={"contact_form"}),
        page("/education/consultation-rythmes-scolaires/", "Consultation : rythmes scolaires", m.prose(
            "Consultation ouverte aux parents d'élèves des écoles publiques de Brétigneux jusqu'au 31 mars.")
             + m.questionnaire("/education/consultation-rythmes-scolaires/", "Une seule réponse par foyer.",
                               [("Quelle organisation préférez-vous ?", ["4 jours", "4 jours et demi avec le mercredi matin"]),
                                ("Vos enfants fréquentent-ils l'accueil du mercredi ?", ["Oui, chaque semaine", "Parfois", "Jamais"])],
                               cls="quixote", submit="Valider"), {"poll"}),
        page("/petitions/", "Pétitions citoyennes", m.prose(
            "Signez les pétitions en cours ou déposez la vôtre. Au-delà de 500 signatures, la question est inscrite à l'ordre du jour du conseil municipal.")
             + m.links([("/petitions/eclairage-parc-des-pres/", "Éclairer le parc des Prés le soir (312 signatures)"),
                        ("/petitions/deposer-une-petition/", "Déposer une pétition")]), {"petition"}),
        page("/petitions/eclairage-parc-des-pres/", "Pétition : éclairer le parc des Prés le soir",
             m.prose("Les allées du parc des Prés ne sont pas éclairées ; les habitants qui rentrent de la gare le traversent dans le noir.")
             + m.petition_sign("/petitions/eclairage-parc-des-pres/signer", "Éclairer le parc des Prés le soir", 312, 500), {"petition"}),
        # the petition's text goes to the city in a free-text field with the filer's e-mail
        page("/petitions/deposer-une-petition/", "Déposer une pétition", m.wcs_form(
            "/petitions/deposer-une-petition/", "deposer-une-petition", [("text", "Titre de la pétition"), ("text", "Nom du premier signataire"), ("email", "Courriel")],
            "Texte de la pétition", submit="Déposer"), {"petition", "contact_form"}),
    ]
    eservices = Site(demarches, "publik", "Brétigneux — démarches en ligne", wcs,
                     menu=[("Accueil", "/"), ("Contact", "/contact/ecrire-a-la-mairie/"), ("Pétitions", "/petitions/")],
                     address="Hôtel de ville, 4 place de la Mairie, 91 Brétigneux")
    return City("99192", "Brétigneux", 27_300, "91", *IDF, f"http://{host}/", [www, eservices, _decidim_ovs(), _agglo_ovs()])


# =====================================================================================================
# 99193 Guyancelles (78): TYPO3, CONSUL Democracy, a LimeSurvey served apart
# =====================================================================================================
GUY_CONSUL = "decidons.guyancelles.fr"
GUY_SURVEY = "enquetes.guyancelles.fr"
_SURVEY_PATH = "/index.php/584213?lang=fr"
_SURVEY_CLOSED = "/index.php/371904?lang=fr"


def _limesurvey_page(title, inner):
    return Reply.html(
        '<!DOCTYPE html><html lang="fr" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f'<title>{escape(title)}</title><meta name="generator" content="LimeSurvey http://www.limesurvey.org">'
        '<link rel="stylesheet" href="/tmp/assets/5f2a8c1e/survey.css"><link rel="stylesheet" href="/themes/survey/fruity/css/variations/sea_green.css">'
        '<script src="/tmp/assets/2b9d7e3f/jquery-3.5.1.min.js"></script></head>'
        '<body class="fruity lang-fr group-by-group" id="survey-body">'
        '<nav class="navbar navbar-default ls-navbar"><div class="navbar-header"><a class="navbar-brand" href="http://www.guyancelles.fr/">Ville de Guyancelles</a></div></nav>'
        f'<article><div id="outerframeContainer" class="container"><h1 class="survey-name text-center">{escape(title)}</h1>{inner}</div></article>'
        '<footer class="ls-footer"><p>Enquête réalisée avec <a href="https://www.limesurvey.org">LimeSurvey</a>. '
        '<a href="http://www.guyancelles.fr/mentions-legales">Données personnelles</a></p></footer></body></html>')


_SURVEY_OPEN_HTML = (
    '<div class="survey-description">La Ville prépare son plan vélo : dites-nous comment vous circulez et ce qui vous manque.</div>'
    '<form id="limesurvey" name="limesurvey" action="/index.php/584213?lang=fr" method="post" class="survey-form-container form">'
    '<input type="hidden" name="YII_CSRF_TOKEN" value="cXk3ZWRf" /><input type="hidden" name="sid" value="584213" id="sid" />'
    '<div class="group-container space-col"><div class="question-container row radio-list mandatory" id="question41">'
    '<div class="question-title-container"><div class="ls-label-question">Utilisez-vous un vélo pour vos trajets quotidiens ?</div></div>'
    '<ul class="ls-answers answers-list radio-list">'
    '<li class="answer-item radio-item"><input class="radio" type="radio" value="A1" name="584213X12X41" id="answer584213X12X41A1" /><label for="answer584213X12X41A1">Oui, tous les jours</label></li>'
    '<li class="answer-item radio-item"><input class="radio" type="radio" value="A2" name="584213X12X41" id="answer584213X12X41A2" /><label for="answer584213X12X41A2">De temps en temps</label></li>'
    '<li class="answer-item radio-item"><input class="radio" type="radio" value="A3" name="584213X12X41" id="answer584213X12X41A3" /><label for="answer584213X12X41A3">Jamais</label></li></ul></div>'
    '<div class="question-container row list-dropdown" id="question42"><div class="ls-label-question">Quel aménagement vous ferait pédaler davantage ?</div>'
    '<select class="form-control list-question-select" name="584213X12X42" id="answer584213X12X42"><option value="">Veuillez choisir...</option>'
    '<option value="A1">Des pistes séparées</option><option value="A2">Des arceaux en centre-ville</option><option value="A3">Un abri sécurisé en gare</option></select></div></div>'
    '<div class="navigator row" id="navigator-container"><button type="submit" id="ls-button-submit" value="movenext" name="move" class="ls-move-btn ls-move-next-btn btn btn-lg btn-primary">Suivant</button></div></form>')

_SURVEY_CLOSED_HTML = ('<div class="alert alert-warning" role="alert"><p>Ce questionnaire n\'est plus disponible : il a expiré le 31/12/2024.</p>'
                       '<p>Merci aux 947 habitants qui ont répondu. Les résultats sont publiés sur le site de la Ville.</p></div>')


def _guyancelles_survey(request):
    if request.target == _SURVEY_PATH:
        return _limesurvey_page("Enquête : le vélo à Guyancelles", _SURVEY_OPEN_HTML)
    if request.target == _SURVEY_CLOSED:
        return _limesurvey_page("Enquête sur la propreté urbaine", _SURVEY_CLOSED_HTML)
    if request.target == "/":
        return Reply.redirect(f"http://www.guyancelles.fr/participer/enquetes")
    return None


@functools.lru_cache(maxsize=None)
def _guy_survey_site() -> Site:
    # what the survey host answers is drawn by _guyancelles_survey; these pages carry its truth
    return Site(GUY_SURVEY, "vendor", "Enquêtes de Guyancelles", [
        page(_SURVEY_PATH, "Enquête : le vélo à Guyancelles", _SURVEY_OPEN_HTML, {"poll"}),
        page(_SURVEY_CLOSED, "Enquête sur la propreté urbaine", _SURVEY_CLOSED_HTML, decoys={"poll"}),
    ], address="Ville de Guyancelles")


def guyancelles() -> City:
    host = "www.guyancelles.fr"
    c, sv = f"http://{GUY_CONSUL}", f"http://{GUY_SURVEY}"
    pages = [
        page("/", "Accueil", m.home(
            "Guyancelles, 41 200 habitants, ville nouvelle des étangs, au cœur de l'agglomération.",
            [("/participer", "Participer"), ("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/enquetes", "Enquêtes en cours"),
             (c + "/", "Décidons Guyancelles"), ("/participer/conseil-des-jeunes", "Conseil des jeunes"), ("/kiosque/magazine", "Le magazine"),
             ("/mairie/budget", "Budget de la ville"), ("/mairie/contact", "Nous contacter"), ("/loisirs/office-de-tourisme", "Tourisme"),
             ("/mairie/marches-publics", "Marchés publics")],
            [("/actualites/plan-velo", "Plan vélo : une enquête pour tous", "5 mars", "Cinq minutes pour répondre."),
             ("/actualites/budget-participatif-vote", "Budget participatif : à vous de voter", "1er mars", "Sur Décidons Guyancelles."),
             ("/actualites/bilan-proprete", "Propreté : les résultats de l'enquête", "20 janvier", "947 réponses.")],
            [("11 mars", "Conseil de quartier des Étangs", "Maison de quartier"), ("20 mars", "Conseil municipal", "Hôtel de ville"),
             ("29 mars", "Grand nettoyage de printemps", "Parc des Sources")], banner="cookieyes"), decoys={"contact_form"}),
        page("/participer", "Participer", m.lead("Participer, c'est construire ensemble la ville de demain.") + m.prose(
            "Guyancelles s'est dotée d'une politique de participation : six conseils de quartier, un conseil des jeunes, des enquêtes "
            f'régulières et un espace numérique, <a href="{c}/">Décidons Guyancelles</a>, pour proposer, débattre et voter.',
            "Un budget participatif de 500 000 euros est soumis chaque année aux habitants.")
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/conseil-des-jeunes", "Conseil des jeunes"),
                        ("/participer/enquetes", "Enquêtes"), (c + "/budgets", "Budget participatif")]),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Un conseil par quartier : Étangs, Sources, Gare, Village, Bois-Joli, Pré-Haut. Chacun est coprésidé par un élu et un habitant.",
            "Les réunions sont publiques ; les comptes rendus sont publiés sur cette page.",
            "Vous souhaitez devenir membre ? Écrivez au service démocratie locale via le formulaire de contact.")
             + m.links([("/mairie/contact", "Formulaire de contact")]), {"participation_displayed"}, parent=("Participer", "/participer")),
        # a youth council presented as a body where young people give their views to the city
        page("/participer/conseil-des-jeunes", "Le conseil des jeunes", m.prose(
            "Ouvert aux 15-25 ans, le conseil des jeunes donne son avis sur les projets municipaux et conduit ses propres actions : "
            "festival de musiques actuelles, prévention routière, aide aux devoirs.",
            "Il se réunit un samedi par mois à l'Espace jeunesse."), {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/enquetes", "Enquêtes et questionnaires", m.prose(
            f'En cours : <a href="{sv}{_SURVEY_PATH}">l\'enquête sur le vélo à Guyancelles</a> (jusqu\'au 30 avril).',
            f'Terminée : <a href="{sv}{_SURVEY_CLOSED}">l\'enquête sur la propreté urbaine</a>, dont les résultats sont publiés.')
             + m.iframe(sv + _SURVEY_PATH, "Enquête vélo", 700), {"poll"}, parent=("Participer", "/participer")),
        # a news item pointing to the survey: the questionnaire is on the survey host, not on this page
        page("/actualites/plan-velo", "Plan vélo : une enquête pour tous", m.prose(
            "La Ville prépare son plan vélo 2025-2030. Avant de dessiner le réseau, elle veut connaître vos habitudes.",
            f'Répondez à <a href="{sv}{_SURVEY_PATH}">l\'enquête en ligne</a> : cinq minutes, anonyme.'),
             parent=("Actualités", "/")),
        page("/actualites/bilan-proprete", "Propreté : les résultats de l'enquête", m.prose(
            "947 habitants ont répondu à l'enquête close le 31 décembre. 58 % jugent leur rue propre, 71 % demandent plus de corbeilles.",
            "Un plan d'action sera présenté en conseils de quartier.")
             + m.poll_results("Votre rue est-elle propre ?", [("Oui", 58, 549), ("Non", 42, 398)], "Enquête terminée."),
             decoys={"poll"}, parent=("Actualités", "/")),
        page("/actualites/budget-participatif-vote", "Budget participatif : à vous de voter", m.prose(
            "31 projets sont soumis au vote des Guyancellois jusqu'au 15 avril : aires de jeux, vergers partagés, fontaines.",
            f'Votez en ligne sur <a href="{c}/budgets/3/investments">Décidons Guyancelles</a> ou dans les maisons de quartier.'),
             {"participatory_budget"}, parent=("Actualités", "/")),
        page("/mairie/budget", "Le budget de la ville", m.prose(
            "Budget primitif 2025 : 58 millions d'euros en fonctionnement, 14 millions en investissement.",
            "Le débat d'orientation budgétaire a eu lieu le 6 février. Le compte administratif 2024 sera voté en juin.")
             + m.links([("/mairie/budget/rapport-dob", "Rapport d'orientation budgétaire")]), decoys={"participatory_budget"}),
        page("/mairie/budget/rapport-dob", "Rapport d'orientation budgétaire 2025", m.prose(
            "Le rapport présente la situation financière, la dette et la programmation pluriannuelle des investissements.",
            "L'enveloppe du budget participatif est reconduite à 500 000 euros au sein de la section d'investissement."),
             decoys={"participatory_budget"}, parent=("Budget", "/mairie/budget")),
        page("/mairie/contact", "Nous contacter", m.prose("Hôtel de ville, place des Étangs. Accueil du lundi au samedi.")
             + m.powermail("/mairie/contact", 3), {"contact_form"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : travaux de rénovation énergétique du groupe scolaire des Sources. Remise des offres avant le 18 avril.",
            "Le dossier de consultation des entreprises est téléchargeable sur la plateforme des marchés publics."), decoys={"suggestion_call"}),
        # the tourist office's own accounts are shown as theirs, not the city's
        page("/loisirs/office-de-tourisme", "Office de tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille à la Maison des étangs. "
            "Suivez ses bons plans sur <a href=\"https://www.facebook.com/tourisme.etangs.guyancelles\">sa page Facebook</a> "
            "et <a href=\"https://www.instagram.com/tourisme_etangs\">son compte Instagram</a>."), decoys={"social_account"}),
        # the magazine mentions the councils in passing; its form is a newsletter sign-up
        page("/kiosque/magazine", "Guyancelles Mag", m.prose(
            "Le numéro de mars est paru : dossier sur le plan vélo, portrait des conseillers de quartier, agenda culturel.",
            "Dans ce numéro, une page rappelle que les conseils de quartier se réunissent en mars et que le vote du budget participatif approche.")
             + m.newsletter("/kiosque/magazine"), decoys={"participation_displayed", "contact_form"}),
    ]
    www = Site(host, "typo3", "Ville de Guyancelles", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Mairie", "/mairie/budget"), ("Contact", "/mairie/contact"), ("Décidons", c + "/")],
               accounts=[social("facebook", "guyancelles"), social("instagram", "ville_guyancelles"), social("linkedin", "ville-de-guyancelles")],
               address="Hôtel de ville, place des Étangs, 78 Guyancelles")
    b = "/budgets/3/investments"
    consul = [
        page("/", "Décidons Guyancelles", m.prose("L'espace de participation en ligne de la ville de Guyancelles.")
             + m.links([("/debates", "Débats"), ("/proposals", "Propositions"), ("/budgets", "Budget participatif"),
                        ("/polls", "Votations"), ("/legislation/processes", "Processus")]), {"participation_displayed"}),
        # CONSUL's debates: residents open threads and others reply, a discussion board of the platform
        page("/debates", "Débats", m.prose("Lancez un débat sur un sujet qui concerne la ville.")
             + '<div id="debates" class="debates-list">' + m.links([("/debates/52", "Faut-il piétonniser la rue du Village le dimanche ?")], "debate") + "</div>",
             {"forum"}),
        page("/debates/52", "Faut-il piétonniser la rue du Village le dimanche ?", m.prose(
            "Les commerçants sont partagés, les familles plutôt favorables. Qu'en pensez-vous ?")
             + '<section class="comments"><div id="comment_811" class="comment small-12"><span class="user-name">Claire M.</span> <p>Oui, comme à la fête du village, c\'était très agréable.</p></div>'
               '<div id="comment_812" class="comment small-12"><span class="user-name">Bruno T.</span> <p>Et où se garent les clients du marché ?</p></div>'
               '<form class="new_comment" id="new_comment" action="/comments" method="post"><input type="hidden" name="comment[commentable_type]" value="Debate" />'
               '<input type="hidden" name="comment[commentable_id]" value="52" /><label for="comment-body-debate_52">Laissez votre commentaire</label>'
               '<textarea id="comment-body-debate_52" name="comment[body]" maxlength="1000"></textarea><input type="submit" value="Publier le commentaire" class="button" /></form></section>',
             {"forum", "comments"}),
        # citizen proposals gathering supports up to a threshold that takes them to the council: an e-petition as much as a call for ideas
        page("/proposals", "Propositions citoyennes", m.prose(
            "Proposez une idée pour Guyancelles. Si elle recueille 1 % de soutiens parmi les habitants, elle est étudiée par le conseil municipal.")
             + m.links([("/proposals/new", "Créer une proposition"), ("/proposals/118", "Un composteur collectif par résidence")]),
             {"suggestion_call", "petition"}),
        page("/proposals/new", "Créer une proposition", m.prose("Connectez-vous pour créer une proposition.")
             + '<form class="new_proposal" id="new_proposal" action="/proposals" method="post"><label for="proposal_title">Titre de la proposition</label>'
               '<input type="text" name="proposal[title]" id="proposal_title" maxlength="80" /><label for="proposal_summary">Résumé</label>'
               '<textarea name="proposal[summary]" id="proposal_summary" maxlength="200"></textarea><label for="proposal_description">Texte</label>'
               '<textarea name="proposal[description]" id="proposal_description"></textarea><input type="submit" value="Créer une proposition" class="button" /></form>',
             {"suggestion_call", "contact_form"}),
        # a proposal collecting supports towards the threshold: signing a petition
        page("/proposals/118", "Un composteur collectif par résidence", m.prose(
            "Chaque résidence de plus de vingt logements devrait disposer d'un composteur partagé, avec un référent formé.")
             + '<div class="supports"><span class="total-supports">214 soutiens</span> <a class="button button-support" href="/users/sign_in">Soutenir</a>'
               '<p>Il faut 412 soutiens pour que la proposition soit examinée.</p></div>', {"petition"}),
        page("/budgets", "Budgets participatifs", m.links([(b, "Budget participatif 2025 : voter"), ("/budgets/2/results", "Résultats 2024")]),
             {"participatory_budget"}),
        page(b, "Budget participatif 2025 : projets", m.prose("Phase de vote : vous pouvez soutenir des projets jusqu'à épuiser votre enveloppe de 500 000 euros.")
             + '<div class="budget-investments">' + "".join(
                 f'<div id="budget_investment_{i}" class="budget-investment clear"><h3><a href="{b}">{t}</a></h3><p class="investment-project-amount">{a} €</p>'
                 f'<form class="button_to" method="post" action="{b}/{i}/votes"><input class="button button-support small expanded" type="submit" value="Voter" /></form></div>'
                 for i, (t, a) in enumerate([("Verger partagé du Bois-Joli", "35 000"), ("Fontaine à eau place de la Gare", "22 000")], 701)) + "</div>",
             {"participatory_budget"}),
        page("/budgets/2/results", "Résultats du budget participatif 2024", m.prose(
            "Le vote est terminé : 3 406 participants. Projets retenus : skatepark des Sources, éclairage solaire du chemin des étangs, boîtes à livres.")
             + '<table class="investments-results"><tr><th>Projet</th><th>Votes</th></tr><tr><td>Skatepark des Sources</td><td>1 288</td></tr>'
               '<tr><td>Éclairage solaire du chemin des étangs</td><td>1 041</td></tr></table>', {"participatory_budget"}, decoys={"poll"}),
        page("/polls", "Votations", m.prose("Votations en cours et terminées.")
             + m.links([("/polls/9", "Nom du futur parc de la Gare (en cours)"), ("/polls/7/results", "Horaires de la piscine (terminée)")]), {"poll"}),
        page("/polls/9", "Nom du futur parc de la Gare", m.prose("Choisissez le nom du nouveau parc parmi les trois propositions du conseil de quartier.")
             + '<form class="poll-question-form" action="/polls/9/answers" method="post">'
               '<fieldset><legend>Quel nom pour le parc ?</legend><label><input type="radio" name="answer" value="Parc des Cheminots" /> Parc des Cheminots</label>'
               '<label><input type="radio" name="answer" value="Parc Simone-Veil" /> Parc Simone-Veil</label><label><input type="radio" name="answer" value="Parc des Deux-Rives" /> Parc des Deux-Rives</label></fieldset>'
               '<input type="submit" class="button" value="Voter" /></form>', {"poll"}),
        page("/polls/7/results", "Horaires de la piscine : résultats", m.prose("Votation terminée le 10 janvier. 1 122 votes.")
             + '<table class="poll-results"><tr><td>Ouverture à 7 h en semaine</td><td>64 %</td></tr><tr><td>Nocturne le jeudi</td><td>36 %</td></tr></table>',
             decoys={"poll"}),
        page("/legislation/processes", "Processus", m.prose("Concertation sur la charte des terrasses : le texte est ouvert aux annotations jusqu'au 20 avril.")
             + m.links([("/legislation/processes/4", "Charte des terrasses")]), {"participation_displayed"}),
        page("/legislation/processes/4", "Charte des terrasses", m.prose(
            "Lisez le projet de charte et annotez chaque article. Les contributions seront présentées au conseil municipal.")
             + '<div class="legislation-draft-versions"><p class="annotator-hl">Article 3 : les terrasses ferment à 23 h du dimanche au jeudi.</p>'
               '<form class="new_annotation" action="/legislation/processes/4/draft_versions/6/annotations" method="post"><label for="annotation_text">Votre commentaire sur l\'article</label>'
               '<textarea id="annotation_text" name="legislation_annotation[text]"></textarea><input type="submit" class="button" value="Publier" /></form></div>',
             {"participation_displayed", "comments"}),
    ]
    platform = Site(GUY_CONSUL, "consul", "Décidons Guyancelles", consul,
                    menu=[("Accueil", "/"), ("Débats", "/debates"), ("Propositions", "/proposals"), ("Budgets", "/budgets"), ("Votations", "/polls")],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return City("99193", "Guyancelles", 41_200, "78", *IDF, f"http://{host}/", [www, platform, _guy_survey_site()],
                decoy_accounts=("https://www.facebook.com/tourisme.etangs.guyancelles", "https://www.instagram.com/tourisme_etangs"))


# =====================================================================================================
# 99194 Pontillac-sur-Oise (95): WordPress, a Fluicity space, the neighbours' network of the city
# =====================================================================================================
PONT_FLUI = "pontillac.flui.city"
PONT_VOISINS = "voisins.pontillac-sur-oise.fr"


def _fluicity_render(site, pg):
    """Fluicity's web app sends a server-rendered view: a Next.js root, its own navigation and footer."""
    nav = "".join(f'<a class="fl-nav__link" href="{escape(h)}">{escape(t)}</a>' for t, h in site.menu)
    return Reply.html(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{escape(pg.title)} | Pontillac-sur-Oise sur Fluicity</title><meta property="og:site_name" content="Fluicity">'
        '<meta name="description" content="Participez à la vie de votre commune : idées, sondages, consultations.">'
        '<link rel="stylesheet" href="/_next/static/css/3f8e2a9c1b7d.css"><script src="/_next/static/chunks/main-7c2e1f9b.js" defer></script></head>'
        '<body><div id="__next"><header class="fl-header"><a class="fl-header__logo" href="/">Pontillac-sur-Oise</a>'
        f'<nav class="fl-nav">{nav}</nav><a class="fl-btn fl-btn--login" href="/login">Se connecter</a></header>'
        f'<main class="fl-main"><h1 class="fl-title">{escape(pg.title)}</h1>{pg.body}</main>'
        '<footer class="fl-footer"><a href="https://www.flui.city/">Propulsé par Fluicity</a> · <a href="/login">Connexion</a></footer>'
        '</div><script id="__NEXT_DATA__" type="application/json">{"page":"/[slug]","buildId":"flK2x9"}</script></body></html>')


def _rendered_by(render):
    """A host whose every page is drawn by ``render`` (a platform whose layout no theme here imitates)."""
    def factory(site):
        def special(request):
            pg = site.by_path.get(request.target)
            return render(site, pg) if pg is not None else None
        return CustomHost(site, special)
    return factory


def _flui_idea(title, text, votes, comments, n):
    thread = "".join(f'<div class="fl-comment"><span class="fl-comment__author">{w}</span><p>{t}</p></div>' for w, t in comments)
    return (f'<article class="fl-post fl-post--idea" data-post-id="{n}"><p>{text}</p><div class="fl-post__votes">'
            f'<button class="fl-vote fl-vote--up" data-action="vote">Pour ({votes})</button><button class="fl-vote fl-vote--down" data-action="vote">Contre</button></div>'
            f'<section class="fl-comments"><h2>Commentaires</h2>{thread}<form class="fl-comment-form" method="post" action="/api/posts/{n}/comments">'
            '<label for="fl-comment">Votre commentaire</label><textarea id="fl-comment" name="content" rows="3"></textarea>'
            '<button type="submit" class="fl-btn">Commenter</button></form></section></article>')


@functools.lru_cache(maxsize=None)
def _pontillac_fluicity() -> Site:
    pages = [
        page("/", "Pontillac-sur-Oise", m.prose("Bienvenue sur l'espace participatif de Pontillac-sur-Oise. Proposez vos idées, répondez aux sondages, suivez les projets.")
             + m.links([("/ideas", "Les idées des habitants"), ("/surveys/sondage-fete-ville", "Sondage : la fête de la ville"),
                        ("/consultations/pacte-de-quartier-bords-oise", "Consultation : pacte de quartier des Bords d'Oise"),
                        ("/surveys/sondage-navette-2023", "Sondage terminé : la navette du samedi")]),
             {"participation_displayed"}),
        page("/ideas", "Les idées des habitants", m.prose("Publiez une idée pour votre ville : les plus soutenues reçoivent une réponse de la mairie.")
             + m.links([("/ideas/new", "Proposer une idée"), ("/ideas/des-fontaines-au-parc", "Des fontaines au parc de l'Hautil (86 votes)"),
                        ("/ideas/navette-gare", "Une navette vers la gare le dimanche (41 votes)")]), {"suggestion_call"}),
        page("/ideas/new", "Proposer une idée", m.idea_form("/api/posts", "Nouvelle idée", "Publier",
                                                             ["Environnement", "Mobilité", "Vie de quartier", "Culture et sport"]),
             {"suggestion_call", "contact_form"}),
        page("/ideas/des-fontaines-au-parc", "Des fontaines au parc de l'Hautil", _flui_idea(
            "Des fontaines au parc", "L'été, il n'y a aucun point d'eau dans le parc : deux fontaines suffiraient.", 86,
            [("Inès", "Et une près de l'aire de jeux !"), ("Mairie de Pontillac", "Idée transmise aux services techniques, réponse en juin.")], 4402),
             {"suggestion_call", "comments"}),
        page("/ideas/navette-gare", "Une navette vers la gare le dimanche", _flui_idea(
            "Navette", "Les bus ne passent plus le dimanche après 19 h, une navette municipale aiderait les lycéens.", 41,
            [("Paul", "Je soutiens, surtout l'hiver.")], 4417), {"suggestion_call", "comments"}),
        page("/surveys/sondage-fete-ville", "Sondage : la fête de la ville", m.prose("Aidez-nous à préparer la fête de la ville du 21 juin.")
             + m.questionnaire("/api/surveys/311/answers", "Sondage ouvert jusqu'au 20 mai.",
                               [("Quel lieu préférez-vous ?", ["Les berges de l'Oise", "Le parc de l'Hautil", "La place du Marché"]),
                                ("Quelle activité ne doit pas manquer ?", ["Concert", "Guinguette", "Feu d'artifice"])],
                               cls="fl-survey", submit="Envoyer"), {"poll"}),
        page("/surveys/sondage-navette-2023", "Sondage terminé : la navette du samedi", m.prose("Ce sondage est clos depuis le 30 septembre 2023.")
             + m.poll_results("Utiliseriez-vous une navette gratuite le samedi ?", [("Oui", 68, 402), ("Non", 32, 189)], "Sondage terminé."),
             decoys={"poll"}),
        page("/consultations/pacte-de-quartier-bords-oise", "Consultation : pacte de quartier des Bords d'Oise", m.prose(
            "Le conseil de quartier des Bords d'Oise rédige un pacte de quartier : propreté, circulation, animations. Donnez votre avis sur chaque engagement.")
             + m.questionnaire("/api/consultations/27/answers", "Êtes-vous d'accord avec ces engagements ?",
                               [("Une zone 30 dans tout le quartier", ["D'accord", "Pas d'accord", "Sans avis"]),
                                ("Un grand nettoyage par trimestre avec les habitants", ["D'accord", "Pas d'accord", "Sans avis"])],
                               cls="fl-consultation", submit="Valider"), {"poll", "participation_displayed"}),
        page("/login", "Se connecter", '<form class="fl-login" method="post" action="/api/auth/login"><label for="fl-mail">E-mail</label>'
             '<input id="fl-mail" type="email" name="email"><label for="fl-pass">Mot de passe</label><input id="fl-pass" type="password" name="password">'
             '<button type="submit">Connexion</button></form>', decoys={"contact_form"}),
    ]
    return Site(PONT_FLUI, "vendor", "Pontillac-sur-Oise sur Fluicity", pages,
                menu=[("Accueil", "/"), ("Idées", "/ideas"), ("Sondage", "/surveys/sondage-fete-ville")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))


@functools.lru_cache(maxsize=None)
def _pontillac_voisins() -> Site:
    pages = [
        # the network's own pages: the community layout and its groups are the network on every page
        page("/", "Pontillac entre voisins", m.prose(
            "Le réseau social des habitants de Pontillac-sur-Oise : prêtez, empruntez, entraidez-vous, échangez les nouvelles de votre quartier.")
             + '<div class="feed">' + "".join(
                 f'<article class="feed-post"><header><span class="feed-post__author">{w}</span> · <span class="feed-post__group">{g}</span></header><p>{t}</p>'
                 f'<a class="feed-post__link" href="{h}">Voir la discussion</a></article>'
                 for w, g, t, h in [("Mireille", "Quartier des Bords d'Oise", "Quelqu'un aurait une perceuse à prêter ce week-end ?", "/groupes/bords-d-oise"),
                                    ("Karim", "Quartier de l'Hautil", "Chat tigré retrouvé rue des Vignes, il attend son maître !", "/groupes/hautil")]) + "</div>"
             + m.links([("/groupes", "Les groupes de quartier"), ("/connexion", "Rejoindre mes voisins")])),
        page("/groupes", "Groupes de quartier", m.links([("/groupes/bords-d-oise", "Bords d'Oise (412 membres)"), ("/groupes/hautil", "L'Hautil (287 membres)")])),
        page("/groupes/bords-d-oise", "Groupe : Bords d'Oise", m.prose("Le groupe des voisins des Bords d'Oise.")
             + '<form class="post-form" method="post" action="/groupes/bords-d-oise/publier"><label for="post-body">Publier dans le groupe</label>'
               '<textarea id="post-body" name="body" rows="3"></textarea><button type="submit">Publier</button></form>'),
        page("/groupes/hautil", "Groupe : L'Hautil", m.prose("Entraide, objets trouvés, covoiturage : le groupe des voisins de l'Hautil.")),
    ]
    return Site(PONT_VOISINS, "community", "Pontillac entre voisins", pages, menu=[("Fil", "/"), ("Groupes", "/groupes")],
                features=frozenset({"territorial_social_network"}))


def pontillac() -> City:
    host = "www.pontillac-sur-oise.fr"
    fl, vz = f"http://{PONT_FLUI}", f"http://{PONT_VOISINS}"
    pages = [
        page("/", "Accueil", m.home(
            "Pontillac-sur-Oise, 23 900 habitants entre l'Oise et la forêt de l'Hautil, dans l'agglomération de Cergy-Pontoise.",
            [(fl + "/", "Pontillac participe"), ("/ma-mairie/vie-citoyenne", "Vie citoyenne"), ("/ma-mairie/conseils-de-quartier", "Conseils de quartier"),
             ("/ma-mairie/entre-voisins", "Le réseau des voisins"), ("/vie-pratique/nous-ecrire", "Nous écrire"),
             ("/vie-pratique/newsletter", "Lettre d'information"), ("/vie-pratique/inscriptions-centre-loisirs", "Centre de loisirs"),
             ("/actualites/appel-a-projets-associations", "Subventions aux associations"), ("/actualites/sondage-resultats-piscine", "Piscine : résultats")],
            [("/actualites/fete-de-la-ville", "Fête de la ville : le programme", "15 mai", "Concerts sur les berges."),
             ("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2025", "3 février", "Jusqu'au 15 mars."),
             ("/actualites/sondage-resultats-piscine", "Piscine : ce que vous avez répondu", "10 janvier", "Résultats du sondage.")],
            [("16 mai", "Conseil de quartier de l'Hautil", "Maison de quartier"), ("21 juin", "Fête de la ville", "Berges de l'Oise"),
             ("28 juin", "Conseil municipal", "Hôtel de ville")], banner="cookieyes"), decoys={"contact_form"}),
        page("/ma-mairie/vie-citoyenne", "Vie citoyenne", m.lead("Avec « Pontillac participe », la Ville ouvre un dialogue permanent avec ses habitants.") + m.prose(
            f'Sur <a href="{fl}/">l\'espace participatif Pontillac participe</a>, proposez vos idées, votez pour celles des autres et répondez aux sondages de la mairie.',
            "Les quatre conseils de quartier restent le lieu de la concertation de proximité.")
             + m.links([("/ma-mairie/conseils-de-quartier", "Les conseils de quartier"), ("/ma-mairie/entre-voisins", "Le réseau Pontillac entre voisins")]),
             {"participation_displayed"}),
        page("/ma-mairie/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Bords d'Oise, Hautil, Centre, Plateau : chaque conseil de quartier compte 20 habitants tirés au sort parmi les volontaires et 5 représentants d'associations.",
            "Ils sont consultés sur les aménagements de voirie et les projets de leur quartier et rédigent un pacte de quartier.",
            f'Le pacte du quartier des Bords d\'Oise est <a href="{fl}/consultations/pacte-de-quartier-bords-oise">soumis à l\'avis des habitants</a>.'),
             {"participation_displayed"}, parent=("Vie citoyenne", "/ma-mairie/vie-citoyenne")),
        # the city presents its neighbours' network and invites residents to join it
        page("/ma-mairie/entre-voisins", "Pontillac entre voisins", m.prose(
            "La Ville met à disposition des habitants un réseau social de proximité, gratuit et sans publicité : prêt d'objets, entraide, "
            "petites annonces entre voisins, informations de quartier.",
            f'Inscrivez-vous sur <a href="{vz}/">voisins.pontillac-sur-oise.fr</a> avec votre adresse : vous rejoindrez automatiquement le groupe de votre quartier.'),
             {"territorial_social_network"}, parent=("Vie citoyenne", "/ma-mairie/vie-citoyenne")),
        page("/vie-pratique/nous-ecrire", "Nous écrire", m.prose("Une question, une demande ? Le service relations aux usagers vous répond sous dix jours.")
             + m.cf7("/vie-pratique/nous-ecrire/", 203, extra='<p><label> Votre quartier<br><span class="wpcf7-form-control-wrap" data-name="quartier">'
                     '<select class="wpcf7-form-control wpcf7-select" name="quartier"><option>Bords d\'Oise</option><option>Hautil</option><option>Centre</option><option>Plateau</option></select></span></label></p>'),
             {"contact_form"}),
        page("/vie-pratique/newsletter", "Lettre d'information", m.prose("Recevez chaque quinzaine l'actualité de Pontillac.") + m.newsletter("/vie-pratique/newsletter"),
             decoys={"contact_form"}),
        page("/vie-pratique/inscriptions-centre-loisirs", "Inscriptions au centre de loisirs", m.prose("Inscriptions pour les vacances de printemps jusqu'au 28 mars.")
             + m.registration("/vie-pratique/inscriptions-centre-loisirs", "centre de loisirs"), decoys={"contact_form"}),
        page("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2025", m.prose(
            "Les associations pontillacoises peuvent solliciter une subvention de projet jusqu'au 15 mars. Priorités : jeunesse, transition écologique, lien social.",
            "Le dossier de demande est à télécharger puis à déposer au service vie associative.") + m.share(f"http://{host}/actualites/appel-a-projets-associations"),
             decoys={"suggestion_call", "social_account"}),
        page("/actualites/sondage-resultats-piscine", "Piscine : ce que vous avez répondu", m.prose(
            "Vous avez été 730 à répondre au sondage sur les horaires de la piscine intercommunale, clos le 31 décembre.")
             + m.poll_results("Quel créneau ajouter ?", [("Le dimanche après-midi", 55, 402), ("Le mardi soir", 45, 328)], "Sondage clos."),
             decoys={"poll"}),
        page("/actualites/fete-de-la-ville", "Fête de la ville : le programme", m.prose(
            "Concerts, guinguette et feu d'artifice sur les berges le 21 juin. Le lieu a été choisi par les habitants lors d'un sondage.",
            f'Il reste quelques jours pour <a href="{fl}/surveys/sondage-fete-ville">répondre au sondage sur les animations</a>.')
             + m.wp_comments([("Lucas", "16 mai", "Super, j'espère qu'il y aura des navettes pour revenir du Plateau."),
                              ("Ville de Pontillac", "16 mai", "Oui, une navette gratuite circulera jusqu'à 1 h.")], 640),
             {"comments"}),
    ]
    www = Site(host, "wordpress", "Pontillac-sur-Oise", pages,
               menu=[("Accueil", "/"), ("Ma mairie", "/ma-mairie/vie-citoyenne"), ("Vie pratique", "/vie-pratique/nous-ecrire"),
                     ("Pontillac participe", fl + "/"), ("Fête de la ville", "/actualites/fete-de-la-ville")],
               accounts=[social("facebook", "PontillacSurOise"), social("instagram", "pontillacsuroise"), social("bluesky", "pontillac-sur-oise.fr")],
               address="Hôtel de ville, 12 rue de l'Oise, 95 Pontillac-sur-Oise")
    return City("99194", "Pontillac-sur-Oise", 23_900, "95", *IDF, f"http://{host}/", [www, _pontillac_fluicity(), _pontillac_voisins()])


# =====================================================================================================
# 99195 Noisielle-la-Vallée (77): Drupal, a Go Vocal platform for the "Noisielle Imagine" budget
# =====================================================================================================
NOIS_GV = "noisielle.govocal.com"


def _gv_cards(items):
    return '<div class="e2e-projects-list">' + "".join(
        f'<a class="e2e-project-card" href="{h}"><h3 class="e2e-project-card-title">{t}</h3><span class="e2e-project-card-meta">{meta}</span></a>'
        for h, t, meta in items) + "</div>"


def _noisielle_govocal() -> Site:
    pb = "/fr-FR/projects/noisielle-imagine-2025"
    pages = [
        page("/", "Noisielle Imagine", m.prose("La plateforme de participation de Noisielle-la-Vallée.")
             + _gv_cards([(pb, "Noisielle Imagine 2025 : le budget participatif", "Phase en cours : dépôt des idées"),
                          ("/fr-FR/projects/parc-du-ru", "Réaménagement du parc du Ru", "Questionnaire ouvert"),
                          ("/fr-FR/projects/noisielle-imagine-2023", "Noisielle Imagine 2023", "Terminé")]), {"participation_displayed"}),
        page(pb, "Noisielle Imagine 2025 : le budget participatif", m.prose(
            "400 000 euros pour vos projets ! Jusqu'au 30 avril, déposez vos idées pour la ville. De juin à septembre, les services étudient leur faisabilité ; "
            "en octobre, tous les Noisiellois de plus de 12 ans votent.")
             + '<ol class="e2e-timeline"><li class="e2e-phase current">Dépôt des idées (1er mars - 30 avril)</li><li class="e2e-phase">Analyse</li><li class="e2e-phase">Vote</li><li class="e2e-phase">Réalisation</li></ol>'
             + m.links([(pb + "/ideas", "Voir les idées"), ("/fr-FR/ideas/new?project=noisielle-imagine-2025", "Déposer une idée")]),
             {"participatory_budget", "suggestion_call"}),
        page(pb + "/ideas", "Idées déposées", _gv_cards([("/fr-FR/ideas/jardin-partage-des-deux-parcs", "Un jardin partagé aux Deux-Parcs", "38 soutiens · 6 commentaires"),
                                                         ("/fr-FR/ideas/abri-velos-rer", "Un abri vélos sécurisé au RER", "51 soutiens · 3 commentaires")]),
             {"participatory_budget", "suggestion_call"}),
        page("/fr-FR/ideas/new?project=noisielle-imagine-2025", "Déposer une idée", m.idea_form("/web_api/v1/ideas", "Votre idée pour Noisielle Imagine", "Publier mon idée",
                                                                                              ["Nature en ville", "Mobilités", "Sport", "Solidarité"]),
             {"participatory_budget", "suggestion_call", "contact_form"}),
        page("/fr-FR/ideas/jardin-partage-des-deux-parcs", "Un jardin partagé aux Deux-Parcs", m.prose(
            "Transformer la pelouse derrière la résidence des Deux-Parcs en jardin partagé, avec bacs surélevés accessibles et récupérateur d'eau.")
             + '<div id="e2e-idea-comments"><div class="e2e-comment"><span>Fatou D.</span><p>Je veux bien m\'occuper de l\'arrosage l\'été.</p></div>'
               '<form id="e2e-comment-form" method="post" action="/web_api/v1/ideas/jardin-partage-des-deux-parcs/comments"><label for="e2e-comment-input">Écrire un commentaire</label>'
               '<textarea id="e2e-comment-input" name="comment[body_multiloc][fr-FR]"></textarea><button type="submit">Publier</button></form></div>',
             {"participatory_budget", "suggestion_call", "comments"}),
        page("/fr-FR/ideas/abri-velos-rer", "Un abri vélos sécurisé au RER", m.prose(
            "Les vélos attachés devant la gare RER sont souvent volés : un abri fermé par badge encouragerait à venir à vélo.")
             + '<div class="e2e-reactions"><button class="e2e-reaction-up">Soutenir (51)</button></div>', {"participatory_budget", "suggestion_call"}),
        page("/fr-FR/projects/parc-du-ru", "Réaménagement du parc du Ru", m.prose(
            "Le parc du Ru sera réaménagé en 2026. Avant l'esquisse des paysagistes, dites-nous comment vous l'utilisez.")
             + m.questionnaire("/web_api/v1/phases/88/survey_responses", "Questionnaire, 3 minutes.",
                               [("À quelle fréquence allez-vous au parc du Ru ?", ["Chaque jour", "Chaque semaine", "Rarement"]),
                                ("Que faudrait-il en priorité ?", ["Des jeux pour enfants", "Des bancs et de l'ombre", "Un terrain de sport"])],
                               cls="e2e-native-survey", submit="Envoyer"), {"poll", "participation_displayed"}),
        page("/fr-FR/projects/noisielle-imagine-2023", "Noisielle Imagine 2023", m.prose(
            "Édition terminée. 2 140 votants ont retenu neuf projets, dont la forêt urbaine du Champ-Forêt et la boîte à livres de la médiathèque. "
            "Sept projets sont réalisés, deux sont en cours."), {"participatory_budget"}),
    ]
    return Site(NOIS_GV, "govocal", "Noisielle Imagine", pages,
                menu=[("Accueil", "/"), ("Budget participatif", pb), ("Parc du Ru", "/fr-FR/projects/parc-du-ru")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))


def noisielle() -> City:
    host = "www.noisielle-la-vallee.fr"
    gv = f"http://{NOIS_GV}"
    pages = [
        page("/", "Accueil", m.home(
            "Noisielle-la-Vallée, 48 600 habitants, ville de Marne-la-Vallée entre le RER A et les bords de Marne.",
            [(gv + "/", "Noisielle Imagine"), ("/citoyennete/participation", "Participation citoyenne"), ("/citoyennete/conseils-citoyens", "Conseils citoyens"),
             ("/citoyennete/questionnaire-seniors", "Questionnaire seniors"), ("/contact", "Contact"), ("/services/etat-civil-rdv", "Rendez-vous état civil"),
             ("/actualites/budget-participatif-depot", "Déposez vos idées"), ("/actualites/forum-des-associations", "Forum des associations"),
             ("/actualites/enquete-deplacements", "Enquête déplacements"), ("/economie/aides-entreprises", "Aides aux entreprises")],
            [("/actualites/budget-participatif-depot", "Noisielle Imagine : déposez vos idées", "1er mars", "400 000 euros pour vos projets."),
             ("/actualites/nouvelle-passerelle", "La passerelle du Ru est ouverte", "20 février", "Un lien entre deux quartiers."),
             ("/actualites/conseil-municipal-fevrier", "Conseil municipal du 12 février", "13 février", "Ce qu'il faut retenir."),
             ("/actualites/forum-des-associations", "Forum des associations", "2 septembre", "Au gymnase Marcel-Cerdan.")],
            [("8 mars", "Conseil citoyen du Champ-Forêt", "Centre social"), ("15 mars", "Atelier budget participatif", "Médiathèque"),
             ("27 mars", "Conseil municipal", "Hôtel de ville")], banner="eu"), decoys={"contact_form"}),
        page("/citoyennete/participation", "Participation citoyenne", m.lead(
            "Démocratie de proximité : la Ville associe les habitants à ses projets, des conseils citoyens au budget participatif.") + m.prose(
            "Les conseils citoyens des quartiers prioritaires participent au contrat de ville. Les réunions publiques de concertation précèdent les grands projets.",
            f'Le budget participatif « Noisielle Imagine » et les consultations en ligne se trouvent sur <a href="{gv}/">noisielle.govocal.com</a>.')
             + m.links([("/citoyennete/conseils-citoyens", "Conseils citoyens"), ("/citoyennete/questionnaire-seniors", "Questionnaire seniors")]),
             {"participation_displayed"}),
        page("/citoyennete/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Prévus par la loi de 2014 dans les quartiers de la politique de la ville, les conseils citoyens du Champ-Forêt et des Deux-Parcs "
            "réunissent habitants tirés au sort et acteurs locaux.",
            "Ils siègent au comité de pilotage du contrat de ville et peuvent proposer des projets au fonds de participation des habitants.")
             + m.drupal_comments([("Yacine", "12/02", "Quand a lieu la prochaine réunion aux Deux-Parcs ?"),
                                  ("Service démocratie locale", "13/02", "Le 18 mars à 18 h 30 au centre social.")], 231),
             {"participation_displayed", "comments"}, parent=("Participation citoyenne", "/citoyennete/participation")),
        page("/citoyennete/questionnaire-seniors", "Questionnaire : bien vieillir à Noisielle", m.prose(
            "La Ville élabore son plan « Ville amie des aînés ». Habitants de 60 ans et plus, ou aidants, répondez à ce questionnaire.")
             + '<form class="webform-submission-form webform-submission-questionnaire-seniors-form" action="/citoyennete/questionnaire-seniors" method="post" id="webform-submission-questionnaire-seniors-add-form">'
               '<fieldset class="radios--wrapper fieldgroup form-composite webform-type-radios js-webform-type-radios form-item-sortir"><legend><span class="fieldset-legend">Sortez-vous de chez vous chaque jour ?</span></legend>'
               '<div class="fieldset-wrapper"><div id="edit-sortir" class="js-webform-radios webform-options-display-one-column form-radios">'
               '<div class="js-form-item form-item form-type-radio"><input type="radio" id="edit-sortir-oui" name="sortir" value="oui" class="form-radio" /><label for="edit-sortir-oui" class="option">Oui</label></div>'
               '<div class="js-form-item form-item form-type-radio"><input type="radio" id="edit-sortir-non" name="sortir" value="non" class="form-radio" /><label for="edit-sortir-non" class="option">Non</label></div></div></div></fieldset>'
               '<fieldset class="radios--wrapper fieldgroup form-composite webform-type-radios form-item-transport"><legend><span class="fieldset-legend">Le bus de la ville vous serait-il utile ?</span></legend>'
               '<div class="fieldset-wrapper"><div class="form-radios"><input type="radio" id="edit-transport-1" name="transport" value="1" class="form-radio" /><label for="edit-transport-1" class="option">Oui</label>'
               '<input type="radio" id="edit-transport-0" name="transport" value="0" class="form-radio" /><label for="edit-transport-0" class="option">Non</label></div></div></fieldset>'
               '<input type="hidden" name="form_id" value="webform_submission_questionnaire_seniors_add_form" />'
               '<div class="form-actions webform-actions"><input class="webform-button--submit button button--primary js-form-submit form-submit" type="submit" name="op" value="Envoyer" /></div></form>',
             {"poll"}, parent=("Participation citoyenne", "/citoyennete/participation")),
        page("/actualites/budget-participatif-depot", "Noisielle Imagine : déposez vos idées", m.prose(
            "Troisième édition du budget participatif : 400 000 euros. Une idée pour votre quartier, un équipement, un espace vert ? "
            f'Déposez-la jusqu\'au 30 avril sur <a href="{gv}/fr-FR/projects/noisielle-imagine-2025">la plateforme Noisielle Imagine</a> '
            "ou lors des permanences en médiathèque.") + m.share(f"http://{host}/actualites/budget-participatif-depot"),
             {"participatory_budget", "suggestion_call"}, decoys={"social_account"}),
        page("/actualites/nouvelle-passerelle", "La passerelle du Ru est ouverte", m.prose(
            "La passerelle piétonne relie désormais les quartiers du Ru et de la Ferme. Elle avait été demandée par les conseils citoyens et "
            "figurait dans le bilan de la concertation de 2022.")
             + m.drupal_comments([("Josiane", "21/02", "Enfin ! Merci pour les rampes, c'est pratique avec la poussette.")], 412),
             {"comments"}, decoys={"participation_displayed"}),
        # a council report naming the platform's vendor: an article about the platform, not the platform
        page("/actualites/conseil-municipal-fevrier", "Conseil municipal du 12 février : ce qu'il faut retenir", m.prose(
            "Le conseil a renouvelé pour trois ans le contrat avec la société Go Vocal, qui héberge la plateforme de participation de la Ville, pour 14 000 euros par an.",
            "Il a aussi adopté le rapport d'orientation budgétaire et le tarif des séjours d'été."),
             decoys={"participatory_platform", "participatory_budget"}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Près de 120 associations vous attendent le samedi 6 septembre au gymnase Marcel-Cerdan : sport, culture, solidarité, environnement."),
             decoys={"forum"}),
        page("/actualites/enquete-deplacements", "Enquête sur les déplacements des Franciliens", m.prose(
            "Île-de-France Mobilités mène une grande enquête sur les déplacements. Des ménages tirés au sort reçoivent un courrier, "
            "puis un enquêteur les contacte par téléphone. Merci de leur réserver un bon accueil."), decoys={"poll"}),
        page("/economie/aides-entreprises", "Aides aux entreprises", m.prose(
            "La communauté d'agglomération accompagne la création et le développement des entreprises : prêts d'honneur, appel à projets « commerce et artisanat », "
            "pépinière d'entreprises.", "Appel à candidatures pour la pépinière : dossiers avant le 31 mai."), decoys={"suggestion_call"}),
        page("/services/etat-civil-rdv", "Prendre rendez-vous à l'état civil", m.prose("Carte d'identité et passeport sur rendez-vous uniquement.")
             + m.booking("/services/etat-civil-rdv", "un rendez-vous"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, 2 allée de la Mairie. Standard : du lundi au vendredi.")
             + m.webform("/contact", "contact", subject_options=["Voirie et propreté", "Enfance", "Urbanisme", "Autre demande"]),
             {"contact_form"}),
    ]
    www = Site(host, "drupal", "Noisielle-la-Vallée", pages,
               menu=[("Accueil", "/"), ("Citoyenneté", "/citoyennete/participation"), ("Noisielle Imagine", gv + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "NoisielleLaVallee"), social("instagram", "noisiellelavallee"), social("tiktok", "noisiellelavallee")],
               address="Hôtel de ville, 2 allée de la Mairie, 77 Noisielle-la-Vallée")
    return City("99195", "Noisielle-la-Vallée", 48_600, "77", *IDF, f"http://{host}/", [www, _noisielle_govocal()])


# =====================================================================================================
# Plaine-Marne Territoire (EPT, 93-94): its WordPress site and its Cap Collectif, shared by Bagnolay and Fontenil
# =====================================================================================================
EPT_PM = "www.plaine-marne-territoire.fr"
CAPCO_PM = "plaine-marne.cap-collectif.com"


@functools.lru_cache(maxsize=None)
def _ept_pm() -> Site:
    cc = f"http://{CAPCO_PM}"
    pages = [
        page("/", "Accueil", m.home(
            "Plaine-Marne Territoire, établissement public territorial de la Métropole du Grand Paris : 9 villes, 410 000 habitants.",
            [("/participer/conseil-de-developpement-territorial", "Conseil de développement"), ("/participer/plui", "PLUi : concertation"),
             (cc + "/", "Participer en ligne"), ("/grand-paris-express", "Grand Paris Express"), ("/economie/enquete-commerce", "Enquête commerces"),
             ("/dechets/collecte", "Collecte des déchets"), ("/economie/appels-a-projets-ess", "Appel à projets ESS"), ("/le-territoire/conseil-de-territoire", "Conseil de territoire")],
            [("/participer/plui", "PLUi : les ateliers de l'automne", "2 octobre", "Trois ateliers par ville."),
             ("/grand-paris-express", "Ligne 15 Est : point travaux", "19 septembre", "Gare de Fontenil."),
             ("/economie/appels-a-projets-ess", "Appel à projets économie sociale et solidaire", "5 septembre", "Dotation de 200 000 euros.")],
            [("9 octobre", "Atelier PLUi", "Bagnolay, salle Pablo-Neruda"), ("16 octobre", "Conseil de territoire", "Siège de l'EPT"),
             ("23 octobre", "Plénière du conseil de développement", "Fontenil-sous-Bois")]), decoys={"contact_form"}),
        page("/participer/conseil-de-developpement-territorial", "Le conseil de développement territorial", m.prose(
            "Le Codev réunit 80 bénévoles : habitants volontaires, associations, acteurs économiques. Il est consulté sur le plan climat, le PLUi et le projet de territoire "
            "et organise des débats publics.",
            f'Il publie ses travaux et ses contributions ouvertes sur <a href="{cc}/project/codev-travaux/presentation/presentation">l\'espace participatif du territoire</a>.',
            "Candidatures pour le collège des habitants : jusqu'au 30 novembre."), {"participation_displayed"}, parent=("Participer", "/")),
        page("/participer/plui", "PLUi : la concertation", m.prose(
            "Le plan local d'urbanisme intercommunal de Plaine-Marne s'élabore avec les habitants des neuf villes : ateliers, balades urbaines, contributions en ligne.",
            f'Déposez vos contributions sur <a href="{cc}/project/plui-plaine-marne/consultation/consultation-padd">la consultation en ligne sur le PADD</a> jusqu\'au 15 décembre.'),
             {"participation_displayed"}, parent=("Participer", "/")),
        page("/grand-paris-express", "Grand Paris Express", m.prose(
            "Quatre gares du Grand Paris Express desserviront le territoire. Les chantiers de la ligne 15 Est entrent dans une phase de génie civil.",
            "Pour toute question sur les travaux, la Société des grands projets tient des permanences d'information et met à disposition un numéro vert. "
            "Abonnez-vous aux alertes travaux par SMS.") + m.newsletter("/grand-paris-express"), decoys={"participation_displayed", "contact_form"}),
        page("/economie/enquete-commerce", "Enquête auprès des commerçants", m.prose(
            "Le territoire mène une enquête auprès des commerçants et artisans sur les effets des chantiers du métro.",
            "Un chargé de mission passe dans chaque commerce avec un questionnaire papier entre octobre et décembre."), decoys={"poll"}),
        page("/economie/appels-a-projets-ess", "Appel à projets économie sociale et solidaire", m.prose(
            "Structures de l'ESS implantées sur le territoire : candidatez avant le 15 novembre pour une subvention de 5 000 à 30 000 euros.",
            "Cahier des charges, dossier de candidature et grille d'évaluation à télécharger."), decoys={"suggestion_call"}),
        page("/dechets/collecte", "Collecte des déchets", m.prose("Jours de collecte par ville et par rue. Encombrants sur rendez-vous.")
             + m.booking("/dechets/collecte", "un enlèvement d'encombrants"), decoys={"contact_form"}),
        page("/le-territoire/conseil-de-territoire", "Le conseil de territoire", m.prose(
            "Les 80 conseillers territoriaux se réunissent en séance publique. Ordre du jour du 16 octobre : décision modificative n°2 du budget, "
            "convention avec la Métropole, rapport sur le prix de l'eau."), decoys={"participation_displayed", "participatory_budget"}),
    ]
    return Site(EPT_PM, "wordpress", "Plaine-Marne Territoire", pages,
                menu=[("Accueil", "/"), ("Participer", "/participer/plui"), ("Économie", "/economie/appels-a-projets-ess"), ("Grand Paris Express", "/grand-paris-express")],
                accounts=[social("linkedin", "plaine-marne-territoire"), social("x", "PlaineMarneT")],
                address="Plaine-Marne Territoire, 30 avenue du Général-de-Gaulle, 94 Fontenil-sous-Bois")


@functools.lru_cache(maxsize=None)
def _capco_pm() -> Site:
    plui = "/project/plui-plaine-marne/consultation/consultation-padd"
    codev = "/project/codev-travaux"
    bp = "/project/budget-participatif-bagnolay-2025"
    pages = [
        page("/", "Plaine-Marne participe", m.prose("L'espace de participation du territoire et de ses villes.")
             + m.links([(plui, "PLUi : consultation sur le PADD"), (codev + "/presentation/presentation", "Les travaux du conseil de développement"),
                        (bp + "/collect/deposez-vos-projets", "Budget participatif de Bagnolay : déposez vos projets"),
                        ("/project/plan-velo-territorial/questionnaire/questionnaire-velo", "Questionnaire : plan vélo territorial"),
                        ("/project/budget-participatif-bagnolay-2023/selection/projets-laureats", "Bagnolay 2023 : les projets lauréats")]),
             {"participation_displayed"}),
        # agreeing or not with an orientation and arguing under it: arguments are comments, the agreement buttons are not a questionnaire
        page(plui, "PLUi : consultation sur le PADD", m.prose(
            "Le projet d'aménagement et de développement durables fixe les grandes orientations. Donnez votre avis sur chacune : d'accord, mitigé, pas d'accord, et argumentez.")
             + '<div class="opinion-list"><div class="opinion"><h3>Orientation 2 : préserver les cœurs d\'îlots verts</h3>'
               '<div class="opinion__votes"><button class="btn btn-success">D\'accord (214)</button><button class="btn btn-warning">Mitigé (38)</button><button class="btn btn-danger">Pas d\'accord (21)</button></div>'
               '<div class="argument"><p class="argument__body">Indispensable pour lutter contre les îlots de chaleur.</p></div>'
               '<form class="argument-form" method="post" action="/graphql"><label for="argument-body">Ajouter un argument</label><textarea id="argument-body" name="body"></textarea><button class="btn btn-primary">Publier</button></form></div></div>',
             {"participation_displayed", "comments"}),
        page(codev + "/presentation/presentation", "Les travaux du conseil de développement", m.prose(
            "Le Codev prépare son avis sur le plan climat. Contribuez à ses réflexions : vos idées seront discutées en plénière.")
             + m.links([(codev + "/collect/vos-idees-pour-le-climat", "Vos idées pour le plan climat")]), {"participation_displayed"}),
        page(codev + "/collect/vos-idees-pour-le-climat", "Vos idées pour le plan climat", m.prose(
            "Appel à contributions ouvert jusqu'au 31 janvier : partagez une idée pour réduire les émissions ou s'adapter aux canicules sur le territoire.")
             + m.idea_form("/graphql", "Déposer une contribution", "Déposer", ["Énergie", "Mobilité", "Alimentation", "Îlots de fraîcheur"]),
             {"suggestion_call", "contact_form"}),
        page(bp + "/collect/deposez-vos-projets", "Budget participatif de Bagnolay : déposez vos projets", m.prose(
            "La Ville de Bagnolay consacre 5 % de son budget d'investissement au budget participatif « Bagnolay en grand ». Déposez vos projets jusqu'au 15 mars.")
             + '<div class="proposal-list">' + m.links([(bp + "/collect/deposez-vos-projets/proposals/une-fresque-rue-du-chateau", "Une fresque rue du Château")], "proposal-preview") + "</div>"
             + m.idea_form("/graphql", "Nouveau projet", "Déposer mon projet", ["Espace public", "Nature", "Solidarité", "Sport"]),
             {"participatory_budget", "suggestion_call", "contact_form"}),
        page(bp + "/collect/deposez-vos-projets/proposals/une-fresque-rue-du-chateau", "Une fresque rue du Château", m.prose(
            "Faire peindre le mur aveugle de la rue du Château par les jeunes du quartier avec un artiste, pour 12 000 euros.")
             + '<div class="comment-section"><div class="comment"><span class="comment__author">Léa</span><p>Oui, et associer l\'école Langevin !</p></div>'
               '<form class="comment-form" method="post" action="/graphql"><label for="comment-body">Commenter</label><textarea id="comment-body" name="body"></textarea><button class="btn">Commenter</button></form></div>',
             {"participatory_budget", "comments"}),
        page("/project/budget-participatif-bagnolay-2023/selection/projets-laureats", "Bagnolay 2023 : les projets lauréats", m.prose(
            "Le vote est clos. 4 087 votants. Projets lauréats : végétalisation de la place Carnot, ludothèque mobile, parcours santé du parc Jean-Moulin.")
             + m.poll_results("Votes par projet", [("Place Carnot", 41, 1676), ("Ludothèque mobile", 33, 1349), ("Parcours santé", 26, 1062)], "Vote clos."),
             {"participatory_budget"}, decoys={"poll"}),
        page("/project/plan-velo-territorial/questionnaire/questionnaire-velo", "Questionnaire : plan vélo territorial", m.questionnaire(
            "/graphql", "Le territoire prépare un réseau cyclable entre ses neuf villes.",
            [("Faites-vous du vélo ?", ["Chaque jour", "Parfois", "Jamais"]), ("Quel itinéraire est prioritaire ?", ["Vers les gares", "Vers les collèges", "Le long de la Marne"])],
            cls="questionnaire-form", submit="Envoyer mes réponses"), {"poll"}),
    ]
    return Site(CAPCO_PM, "capcollectif", "Plaine-Marne participe", pages, menu=[("Accueil", "/"), ("PLUi", plui)],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))


# =====================================================================================================
# 99196 Bagnolay (93): SPIP, with article forums and the right of petition
# =====================================================================================================
def bagnolay() -> City:
    host = "www.bagnolay.fr"
    cc, ept = f"http://{CAPCO_PM}", f"http://{EPT_PM}"
    bp = "/project/budget-participatif-bagnolay-2025/collect/deposez-vos-projets"
    pages = [
        page("/", "Accueil", m.home(
            "Site officiel de la ville de Bagnolay, 38 100 habitants, en Seine-Saint-Denis, membre de Plaine-Marne Territoire.",
            [("/spip.php?rubrique12", "Démocratie participative"), ("/spip.php?article301", "Bagnolay en grand"), ("/spip.php?article305", "Conseils de quartier"),
             ("/spip.php?article310", "Pétitions citoyennes"), ("/spip.php?article322", "Contact"), ("/spip.php?article330", "Séance du conseil municipal"),
             ("/spip.php?article340", "Grand Paris Express"), (ept + "/", "Plaine-Marne Territoire"), ("/spip.php?article351", "Forum de l'emploi"),
             ("/spip.php?article360", "Participation citoyenne")],
            [("/spip.php?article301", "Bagnolay en grand : déposez vos projets", "20 janvier", "Budget participatif 2025."),
             ("/spip.php?article315", "Le square Carnot rénové", "12 janvier", "Un projet lauréat de 2023."),
             ("/spip.php?article340", "Ligne 15 : la gare prend forme", "5 janvier", "Visite de chantier le 1er février.")],
            [("25 janvier", "Conseil de quartier Centre", "Salle Pablo-Neruda"), ("4 février", "Conseil municipal", "Hôtel de ville"),
             ("8 février", "Atelier budget participatif", "Maison de quartier Jean-Moulin")], banner="tarteaucitron"), decoys={"contact_form"}),
        page("/spip.php?rubrique12", "Démocratie participative", m.lead("Bagnolay, ville participative.") + m.prose(
            "Conseils de quartier, budget participatif, droit de pétition, concertations : la Ville s'est dotée d'une délégation à la démocratie participative "
            "et d'une maison de la citoyenneté.",
            f'Pour les projets du territoire (PLUi, plan vélo), participez sur <a href="{cc}/">Plaine-Marne participe</a>.')
             + m.links([("/spip.php?article301", "Bagnolay en grand"), ("/spip.php?article305", "Conseils de quartier"), ("/spip.php?article310", "Pétitions"),
                        ("/spip.php?article312", "Conseil local de la jeunesse"), ("/spip.php?article318", "La parole aux habitants : le forum")]),
             {"participation_displayed"}),
        page("/spip.php?article301", "Bagnolay en grand : déposez vos projets", m.prose(
            "Le budget participatif revient : 1,1 million d'euros pour des projets d'habitants, d'associations ou de classes.",
            f'Déposez vos projets jusqu\'au 15 mars <a href="{cc}{bp}">sur la plateforme Plaine-Marne participe</a> ou sur papier à la maison de la citoyenneté. '
            "Le vote aura lieu en juin."), {"participatory_budget", "suggestion_call"}, parent=("Démocratie participative", "/spip.php?rubrique12")),
        # SPIP's forum under an article: readers' reactions to the page, which the codebook counts as comments
        page("/spip.php?article305", "Les conseils de quartier", m.prose(
            "Sept conseils de quartier, ouverts à tous les habitants de plus de 16 ans, sans inscription. Chacun élit un bureau de six habitants.",
            "Ils sont consultés sur les projets d'aménagement et peuvent interpeller le conseil municipal une fois par an.")
             + m.spip_forum([("Réunion Centre", "18 janvier", "Ahmed", "La réunion du 25 sera-t-elle en visio aussi ?"),
                             ("Re : Réunion Centre", "19 janvier", "Maison de la citoyenneté", "Oui, le lien sera envoyé aux inscrits.")], 305),
             {"participation_displayed", "comments"}, parent=("Démocratie participative", "/spip.php?rubrique12")),
        page("/spip.php?article310", "Le droit de pétition", m.prose(
            "Toute pétition signée par 2 % des habitants inscrits sur les listes électorales peut demander l'inscription d'une question à l'ordre du jour du conseil municipal.",
            "Les pétitions sont déposées à la maison de la citoyenneté ; les signatures sont recueillies en ligne ci-dessous.")
             + m.petition_sign("/spip.php?article310", "Pour un centre de santé au quartier des Coutures", 611, 900), {"petition"},
             parent=("Démocratie participative", "/spip.php?rubrique12")),
        # a youth council presented as a body of young residents consulted by the city
        page("/spip.php?article312", "Le conseil local de la jeunesse", m.prose(
            "Trente jeunes de 16 à 25 ans, volontaires, travaillent avec les élus sur l'emploi, le logement et les loisirs. Ils ont organisé le premier festival jeunesse.",
            "Pour rejoindre le conseil, présentez-vous au point information jeunesse."), {"participation_displayed"},
             parent=("Démocratie participative", "/spip.php?rubrique12")),
        # the same SPIP forum used as a board with topics and replies: a forum
        page("/spip.php?article318", "La parole aux habitants", m.prose(
            "Cet espace de discussion est ouvert aux Bagnolaisiens : ouvrez un sujet, répondez aux autres, dans le respect de la charte de modération.")
             + '<div class="forum-liste"><h2>Sujets récents</h2>' + m.links([("/spip.php?page=forum&id_article=318&id_forum=9021", "Stationnement rue Voltaire (12 réponses)"),
                                                                            ("/spip.php?page=forum&id_article=318&id_forum=9035", "Horaires de la déchetterie (4 réponses)")]) + "</div>"
             + m.spip_forum([("Stationnement rue Voltaire", "3 janvier", "Nora", "Les camionnettes de chantier occupent toutes les places, que faire ?")], 318),
             {"forum"}, parent=("Démocratie participative", "/spip.php?rubrique12")),
        page("/spip.php?page=forum&id_article=318&id_forum=9021", "Stationnement rue Voltaire", m.prose(
            "<strong>Nora</strong> : Les camionnettes de chantier occupent toutes les places, que faire ?",
            "<strong>Didier</strong> : Même problème rue Danton depuis le début des travaux de la gare.",
            "<strong>Modérateur</strong> : La question a été transmise à la police municipale.")
             + m.spip_forum([], 9021), {"forum"}),
        page("/spip.php?page=forum&id_article=318&id_forum=9035", "Horaires de la déchetterie", m.prose(
            "<strong>Samuel</strong> : La déchetterie est-elle ouverte le dimanche matin ?", "<strong>Claire</strong> : Oui, de 9 h à 12 h.")
             + m.spip_forum([], 9035), {"forum"}),
        page("/spip.php?article315", "Le square Carnot rénové", m.prose(
            "Projet lauréat du budget participatif 2023, la végétalisation de la place Carnot est achevée : 40 arbres, des bancs et une fontaine.",
            f'Voir <a href="{cc}/project/budget-participatif-bagnolay-2023/selection/projets-laureats">tous les lauréats 2023</a>.'),
             {"participatory_budget"}),
        page("/spip.php?article322", "Contact", m.prose("Hôtel de ville, 2 place de la Libération. Accueil du lundi au samedi matin.")
             + m.spip_contact("/spip.php?article322"), {"contact_form"}),
        page("/spip.php?article330", "Séance du conseil municipal du 4 février", m.prose(
            "Ordre du jour : débat d'orientation budgétaire, attribution des subventions, modification du règlement des conseils de quartier.",
            "La séance est publique et retransmise en direct."), decoys={"participation_displayed", "participatory_budget"}),
        page("/spip.php?article340", "Ligne 15 : la gare prend forme", m.prose(
            "La boîte de la future gare Bagnolay-Coutures est achevée. La Société des grands projets organise une visite de chantier le 1er février, sur inscription.",
            "Une pétition nationale pour accélérer les travaux du métro circule sur une plateforme de pétitions en ligne ; la Ville n'en est pas à l'origine."),
             decoys={"petition"}),
        page("/spip.php?article351", "Forum de l'emploi et de l'alternance", m.prose(
            "Jeudi 13 mars, de 9 h à 16 h, gymnase Jean-Jaurès : 50 entreprises, des offres d'alternance et des ateliers CV."), decoys={"forum"}),
        # the police's watch scheme called "participation citoyenne": neither the approach nor a network of neighbours
        page("/spip.php?article360", "Participation citoyenne : devenez référent", m.prose(
            "En lien avec la police nationale, la Ville déploie le dispositif de participation citoyenne : des habitants volontaires alertent le commissariat "
            "de tout fait suspect dans leur rue.", "Réunion d'information le 20 février en mairie."),
             decoys={"participation_displayed", "territorial_social_network"}),
    ]
    www = Site(host, "spip", "Ville de Bagnolay", pages,
               menu=[("Accueil", "/"), ("Démocratie participative", "/spip.php?rubrique12"), ("Contact", "/spip.php?article322"), ("Territoire", ept + "/")],
               accounts=[social("facebook", "VilledeBagnolay"), social("instagram", "bagnolay93"), social("mastodon", "bagnolay@mastodon.social")],
               address="Hôtel de ville, 2 place de la Libération, 93 Bagnolay")
    return City("99196", "Bagnolay", 38_100, "93", *IDF, f"http://{host}/", [www, _capco_pm(), _ept_pm()])


# =====================================================================================================
# 99197 Fontenil-sous-Bois (94): an agency CMS, a Flarum board run by the city, the territory's spaces
# =====================================================================================================
FONT_FORUM = "forum.fontenil-sous-bois.fr"


def _flarum_list(items):
    return '<ul class="DiscussionList-discussions">' + "".join(
        f'<li class="DiscussionListItem"><a class="DiscussionListItem-main" href="{h}"><h3 class="DiscussionListItem-title">{t}</h3></a>'
        f'<span class="DiscussionListItem-count">{n} réponses</span></li>' for h, t, n in items) + "</ul>"


def _flarum_post(posts, d):
    out = "".join(f'<article class="Post CommentPost"><header class="Post-header"><span class="username">{w}</span> <time>{t}</time></header>'
                  f'<div class="Post-body"><p>{b}</p></div></article>' for w, t, b in posts)
    return (f'<div class="PostStream">{out}</div><div class="ReplyPlaceholder"><form class="Composer" method="post" action="/api/posts">'
            f'<input type="hidden" name="discussion" value="{d}"><label for="composer-reply">Écrire une réponse…</label>'
            '<textarea id="composer-reply" name="content" class="FormControl Composer-flexible"></textarea><button type="submit" class="Button Button--primary">Publier la réponse</button></form></div>')


def _fontenil_forum() -> Site:
    pages = [
        page("/", "Toutes les discussions", m.prose("Le forum citoyen de Fontenil-sous-Bois : posez vos questions, débattez des projets de la ville, dans le respect de la charte.")
             + _flarum_list([("/d/14-ligne-15-et-stationnement", "Ligne 15 et stationnement autour de la gare", 23),
                             ("/d/21-idees-pour-le-marche-couvert", "Des idées pour le marché couvert", 9),
                             ("/t/quartier-des-rives", "Tag : quartier des Rives", 0)]), {"forum"}),
        page("/d/14-ligne-15-et-stationnement", "Ligne 15 et stationnement autour de la gare", _flarum_post([
            ("martine_f", "il y a 3 jours", "Avec le chantier, plus aucune place rue de la Gare. Une zone bleue est-elle prévue ?"),
            ("Mairie_de_Fontenil", "il y a 2 jours", "Une zone bleue sera créée en avril ; le plan est présenté au conseil de quartier des Rives."),
            ("jb94", "il y a 1 jour", "Et pour les riverains, un macaron ?")], 14), {"forum"}),
        page("/d/21-idees-pour-le-marche-couvert", "Des idées pour le marché couvert", _flarum_post([
            ("sophie.r", "il y a 1 semaine", "Pourquoi pas un marché du soir le vendredi, avec des food-trucks ?")], 21), {"forum"}),
        page("/t/quartier-des-rives", "Quartier des Rives", _flarum_list([("/d/14-ligne-15-et-stationnement", "Ligne 15 et stationnement autour de la gare", 23)]), {"forum"}),
        # the board's charter page: the board's markup, nobody posts there
        page("/p/1-charte", "Charte du forum", m.prose("Respect, pas d'attaques personnelles, pas de publicité. Les messages sont modérés a posteriori par le service communication."),
             decoys={"forum"}),
    ]
    return Site(FONT_FORUM, "flarum", "Fontenil débat", pages, menu=[("Discussions", "/"), ("Charte", "/p/1-charte")],
                features=frozenset({"forum"}))


def fontenil() -> City:
    host = "www.fontenil-sous-bois.fr"
    fo, cc, ept = f"http://{FONT_FORUM}", f"http://{CAPCO_PM}", f"http://{EPT_PM}"
    pages = [
        page("/", "Accueil", m.home(
            "Fontenil-sous-Bois, 52 700 habitants, ville du Val-de-Marne au bord du bois, membre de Plaine-Marne Territoire.",
            [("/ensemble", "Fontenil ensemble"), ("/ensemble/conseils-de-quartier", "Conseils de quartier"), (fo + "/", "Le forum citoyen"),
             ("/ensemble/interpellation-citoyenne", "Interpellation citoyenne"), ("/ensemble/boite-a-idees", "Boîte à idées"),
             ("/demarches/nous-contacter", "Nous contacter"), ("/demarches/espace-famille", "Espace famille"), (cc + "/", "Plaine-Marne participe"),
             (ept + "/participer/plui", "PLUi"), ("/actualites/budget-2025", "Budget 2025"), ("/actualites/sondage-marche", "Sondage : le marché")],
            [("/actualites/sondage-marche", "Marché couvert : votre avis compte", "10 mars", "Un sondage en ligne."),
             ("/actualites/budget-2025", "Budget 2025 : les grandes orientations", "24 février", "Priorité aux écoles."),
             ("/actualites/recrutement-vacataires", "La ville recrute pour l'été", "1er mars", "Animateurs et sauveteurs.")],
            [("14 mars", "Conseil de quartier des Rives", "École Paul-Bert"), ("20 mars", "Conseil municipal", "Hôtel de ville"),
             ("23 octobre", "Plénière du Codev", "Salle des fêtes")], banner="tarteaucitron"), decoys={"contact_form"}),
        page("/ensemble", "Fontenil ensemble", m.lead("« Fontenil ensemble » : la démarche de participation de la Ville.") + m.prose(
            "Elle repose sur cinq conseils de quartier, une boîte à idées permanente, un forum citoyen en ligne et un droit d'interpellation du conseil municipal.",
            f'Les grands projets du territoire (PLUi, plan climat) sont soumis à concertation sur <a href="{cc}/">Plaine-Marne participe</a>.')
             + m.links([("/ensemble/conseils-de-quartier", "Conseils de quartier"), ("/ensemble/boite-a-idees", "Boîte à idées"),
                        ("/ensemble/interpellation-citoyenne", "Interpellation citoyenne"), (fo + "/", "Forum citoyen")]),
             {"participation_displayed"}),
        page("/ensemble/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Rives, Bois, Centre, Plateau, Gare : chaque conseil de quartier se réunit en assemblée plénière publique trois fois par an.",
            "Un budget de fonctionnement de 5 000 euros par quartier permet d'organiser fêtes et animations."),
             {"participation_displayed"}, parent=("Fontenil ensemble", "/ensemble")),
        page("/ensemble/boite-a-idees", "Boîte à idées", m.prose(
            "Vos suggestions pour la ville sont les bienvenues. Elles sont lues par le cabinet du maire et transmises aux services.")
             + m.vendor_form("/ensemble/boite-a-idees", "Votre suggestion", [("nom", "Nom", "text"), ("courriel", "Courriel", "email")],
                             textarea_name="suggestion", textarea_label="Votre suggestion", submit="Envoyer ma suggestion", cls="form-suggestion"),
             {"suggestion_call", "contact_form"}, parent=("Fontenil ensemble", "/ensemble")),
        # an interpellation signed by residents that puts a question on the council's agenda: the city's right of petition under another name
        page("/ensemble/interpellation-citoyenne", "Interpellation citoyenne", m.prose(
            "Avec 1 000 soutiens d'habitants de plus de 16 ans, une interpellation est inscrite à l'ordre du jour du conseil municipal, qui doit y répondre.",
            "Interpellation en cours : « Pour des toilettes publiques au parc du Bois ».")
             + m.petition_sign("/ensemble/interpellation-citoyenne", "Pour des toilettes publiques au parc du Bois", 684, 1000),
             {"petition"}, parent=("Fontenil ensemble", "/ensemble")),
        page("/actualites/sondage-marche", "Marché couvert : votre avis compte", m.with_aside(m.prose(
            "Le marché couvert sera rénové en 2026. Jours, horaires, commerces : la Ville vous interroge.",
            "Un second temps d'échange aura lieu en conseil de quartier du Centre."),
            m.crowdsignal(11482736, "Quel horaire pour le marché du vendredi ?", ["8 h - 13 h", "15 h - 20 h", "Pas de marché le vendredi"])),
             {"poll"}),
        page("/actualites/budget-2025", "Budget 2025 : les grandes orientations", m.prose(
            "Le budget primitif, voté le 20 mars, consacre 12 millions d'euros à l'investissement, dont la rénovation de deux groupes scolaires.",
            "Pas de hausse des taux communaux.")
             + '<div class="comments comments--closed"><p>Commentaires (0)</p><p>Les commentaires sont désactivés pour cet article.</p></div>',
             decoys={"participatory_budget", "comments"}),
        page("/actualites/recrutement-vacataires", "La ville recrute pour l'été", m.prose(
            "Appel à candidatures : animateurs de centres de loisirs, surveillants de baignade, agents d'accueil. CV et lettre avant le 15 avril."),
             decoys={"suggestion_call"}),
        page("/demarches/espace-famille", "Espace famille", m.prose("Connectez-vous pour inscrire vos enfants et payer vos factures.")
             + '<form class="login-famille" method="post" action="/demarches/espace-famille"><label for="ef-id">Identifiant famille</label><input id="ef-id" type="text" name="identifiant">'
               '<label for="ef-pw">Mot de passe</label><input id="ef-pw" type="password" name="motdepasse"><button type="submit">Connexion</button></form>'
             + m.payment("/demarches/espace-famille/paiement"), decoys={"contact_form"}),
        page("/demarches/nous-contacter", "Nous contacter", m.prose("Écrivez aux services municipaux : réponse sous 15 jours ouvrés.")
             + m.vendor_form("/demarches/nous-contacter", "Formulaire de contact", [("nom", "Nom", "text"), ("prenom", "Prénom", "text"), ("email", "Courriel", "email"), ("objet", "Objet", "text")]),
             {"contact_form"}),
    ]
    www = Site(host, "vendor", "Ville de Fontenil-sous-Bois", pages,
               menu=[("Accueil", "/"), ("Fontenil ensemble", "/ensemble"), ("Démarches", "/demarches/nous-contacter"), ("Forum", fo + "/")],
               accounts=[social("facebook", "fontenilsousbois"), social("instagram", "fontenil_sous_bois"), social("youtube", "FontenilSousBoisTV")],
               address="Hôtel de ville, 1 place de l'Hôtel-de-Ville, 94 Fontenil-sous-Bois")
    return City("99197", "Fontenil-sous-Bois", 52_700, "94", *IDF, f"http://{host}/", [www, _fontenil_forum(), _capco_pm(), _ept_pm()])


# =====================================================================================================
# 99198 Vaulx-la-Brosse (69): Joomla, a Jenparle space, the city's neighbourhood network
# =====================================================================================================
VAULX_JP = "vaulx-la-brosse.jenparle.net"
VAULX_RESEAU = "reseau.vaulx-la-brosse.fr"


def _jenparle_render(site, pg):
    nav = "".join(f'<li class="jp-menu__item"><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in site.menu)
    return Reply.html(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{escape(pg.title)} - Vaulx-la-Brosse j\'en parle</title>'
        '<link rel="stylesheet" href="/assets/jenparle/app.css?v=5.2"><script src="/assets/jenparle/app.js?v=5.2" defer></script></head>'
        '<body class="jp-front"><header class="jp-header"><a class="jp-logo" href="/">Vaulx-la-Brosse <span>j\'en parle</span></a>'
        f'<nav class="jp-menu"><ul>{nav}</ul></nav><a class="jp-login" href="/connexion">Connexion</a></header>'
        f'<main class="jp-content"><h1>{escape(pg.title)}</h1>{pg.body}</main>'
        '<footer class="jp-footer"><p>Plateforme de concertation Jenparle — <a href="/connexion">Mon compte</a></p></footer></body></html>')


@functools.lru_cache(maxsize=None)
def _vaulx_jenparle() -> Site:
    pages = [
        page("/", "Vaulx-la-Brosse j'en parle", m.prose("Les concertations de la Ville de Vaulx-la-Brosse : informez-vous, donnez votre avis, suivez les décisions.")
             + m.links([("/concertations/centre-bourg", "Requalification du centre-bourg"), ("/concertations/idees-ete", "Vos idées pour l'été"),
                        ("/concertations/cantine-2024", "Restauration scolaire 2024 (terminée)")]), {"participation_displayed"}),
        page("/concertations/centre-bourg", "Requalification du centre-bourg", m.prose(
            "La place de l'Église et la Grande-Rue seront réaménagées. Trois scénarios sont soumis à la concertation jusqu'au 30 juin.")
             + m.questionnaire("/concertations/centre-bourg/repondre", "Votre scénario préféré et vos priorités.",
                               [("Quel scénario préférez-vous ?", ["A : place piétonne", "B : place partagée", "C : parking paysager"]),
                                ("Que faut-il conserver ?", ["Les platanes", "La fontaine", "Le kiosque"])], cls="jp-questionnaire", submit="Je donne mon avis")
             + '<section class="jp-contributions"><h2>Contributions</h2><div class="jp-contribution"><strong>Amandine</strong><p>Le scénario B garde des places pour les personnes âgées.</p></div>'
               '<form class="jp-contribution-form" method="post" action="/concertations/centre-bourg/contribuer"><label for="jp-contrib">Votre contribution</label>'
               '<textarea id="jp-contrib" name="contribution"></textarea><button type="submit">Publier</button></form></section>',
             {"poll", "participation_displayed", "comments"}),
        page("/concertations/idees-ete", "Vos idées pour l'été", m.prose(
            "Cinéma en plein air, guinguette, animations au parc : proposez vos idées d'animations estivales avant le 15 mai. Les plus soutenues seront programmées.")
             + m.idea_form("/concertations/idees-ete/proposer", "Votre idée d'animation", "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/concertations/cantine-2024", "Restauration scolaire 2024", m.prose(
            "Concertation terminée le 15 décembre 2023. 612 familles ont répondu. Principales attentes : plus de bio, moins de plastique, un menu végétarien hebdomadaire.",
            "La Ville a intégré ces attentes au nouveau marché de restauration."),
             {"participation_displayed"}, decoys={"poll"}),
        page("/connexion", "Connexion", '<form class="jp-login-form" method="post" action="/connexion"><label for="jp-mail">Courriel</label><input id="jp-mail" type="email" name="email">'
             '<label for="jp-pw">Mot de passe</label><input id="jp-pw" type="password" name="password"><button type="submit">Se connecter</button></form>',
             decoys={"contact_form"}),
    ]
    return Site(VAULX_JP, "vendor", "Vaulx-la-Brosse j'en parle", pages,
                menu=[("Accueil", "/"), ("Centre-bourg", "/concertations/centre-bourg"), ("Idées pour l'été", "/concertations/idees-ete")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}))


def _vaulx_reseau() -> Site:
    pages = [
        page("/", "Vaulx entre voisins", m.prose("Bienvenue sur le réseau des voisins de Vaulx-la-Brosse : entraide, prêt, dons, infos de quartier.")
             + m.links([("/quartiers/le-bourg", "Le Bourg"), ("/quartiers/les-brosses", "Les Brosses"), ("/annonces", "Petites annonces entre voisins")])),
        page("/quartiers/le-bourg", "Quartier du Bourg", m.prose("312 voisins inscrits.")
             + '<div class="feed"><article class="feed-post"><span class="feed-post__author">Hervé</span><p>Qui veut des plants de tomates ? J\'en ai trop.</p></article></div>'),
        page("/quartiers/les-brosses", "Quartier des Brosses", m.prose("198 voisins inscrits.")
             + '<div class="feed"><article class="feed-post"><span class="feed-post__author">Laetitia</span><p>Je cherche quelqu\'un pour arroser mes plantes en août.</p></article></div>'),
        page("/annonces", "Petites annonces entre voisins", m.ul(["Donne vélo enfant 16 pouces", "Cherche covoiturage vers Lyon Part-Dieu le matin", "Prête escabeau"])),
    ]
    return Site(VAULX_RESEAU, "community", "Vaulx entre voisins", pages, menu=[("Accueil", "/"), ("Annonces", "/annonces")],
                features=frozenset({"territorial_social_network"}))


def vaulx() -> City:
    host = "www.vaulx-la-brosse.fr"
    jp, rs = f"http://{VAULX_JP}", f"http://{VAULX_RESEAU}"
    pages = [
        page("/", "Accueil", m.home(
            "Vaulx-la-Brosse, 44 500 habitants, commune de la métropole lyonnaise entre plaine et coteaux.",
            [("/index.php/vie-municipale/democratie-de-proximite", "Démocratie de proximité"), ("/index.php/vie-municipale/comites-de-quartier", "Comités de quartier"),
             (jp + "/", "Vaulx j'en parle"), ("/index.php/vie-municipale/reseau-de-voisins", "Vaulx entre voisins"), ("/index.php/contact", "Contact"),
             ("/index.php/actualites/centre-bourg", "Centre-bourg"), ("/index.php/actualites/voisins-vigilants", "Sécurité"),
             ("/index.php/vie-municipale/budget", "Budget"), ("/index.php/actualites/enquete-publique-zac", "Enquête publique"),
             ("/index.php/culture/billetterie", "Billetterie"), ("/index.php/actualites/consultation-metropole", "Consultation métropolitaine")],
            [("/index.php/actualites/centre-bourg", "Centre-bourg : trois scénarios en débat", "2 mai", "Concertation jusqu'au 30 juin."),
             ("/index.php/actualites/enquete-publique-zac", "ZAC des Brosses : enquête publique", "15 avril", "Du 6 mai au 6 juin."),
             ("/index.php/actualites/voisins-vigilants", "Cambriolages : les bons réflexes", "3 avril", "Avec la police municipale.")],
            [("13 mai", "Comité de quartier du Bourg", "Salle des Platanes"), ("22 mai", "Conseil municipal", "Hôtel de ville"),
             ("14 juin", "Fête des voisins", "Dans tous les quartiers")], banner="cookieyes"), decoys={"contact_form"}),
        page("/index.php/vie-municipale/democratie-de-proximite", "Démocratie de proximité", m.lead(
            "Six comités de quartier, des concertations en ligne, un réseau d'entraide entre voisins : la Ville fait vivre la démocratie de proximité.") + m.prose(
            f'Les concertations sur les projets municipaux se déroulent sur <a href="{jp}/">Vaulx-la-Brosse j\'en parle</a>.')
             + m.links([("/index.php/vie-municipale/comites-de-quartier", "Comités de quartier"), ("/index.php/vie-municipale/reseau-de-voisins", "Le réseau Vaulx entre voisins")]),
             {"participation_displayed"}),
        page("/index.php/vie-municipale/comites-de-quartier", "Les comités de quartier", m.prose(
            "Ouverts à tous, les comités de quartier se réunissent chaque trimestre avec l'adjoint de secteur. Ils relaient les demandes des habitants et "
            "participent aux projets d'aménagement de proximité.",
            "Prochain comité du Bourg : le 13 mai, salle des Platanes."), {"participation_displayed"},
             parent=("Démocratie de proximité", "/index.php/vie-municipale/democratie-de-proximite")),
        # the city presents the network it runs for its residents and invites them to join it
        page("/index.php/vie-municipale/reseau-de-voisins", "Vaulx entre voisins", m.prose(
            "La Ville a lancé « Vaulx entre voisins », un réseau social local réservé aux habitants : entraide, prêt d'objets, dons, informations de quartier.",
            f'Inscription gratuite sur <a href="{rs}/">reseau.vaulx-la-brosse.fr</a>, avec un justificatif de domicile.'),
             {"territorial_social_network"}, parent=("Démocratie de proximité", "/index.php/vie-municipale/democratie-de-proximite")),
        page("/index.php/actualites/centre-bourg", "Centre-bourg : trois scénarios en débat", m.prose(
            "La requalification du centre-bourg entre en concertation : réunion publique le 12 mai, balade urbaine le 24 mai.",
            f'Donnez votre avis sur les trois scénarios <a href="{jp}/concertations/centre-bourg">sur la plateforme j\'en parle</a>.')
             + m.disqus("vaulx-la-brosse", "actu-centre-bourg", f"http://{host}/index.php/actualites/centre-bourg"),
             {"participation_displayed", "comments"}),
        page("/index.php/actualites/voisins-vigilants", "Cambriolages : les bons réflexes", m.prose(
            "La police municipale rappelle les bons réflexes avant les vacances : opération tranquillité vacances, vigilance entre voisins.",
            "Le dispositif de participation citoyenne réunit une vingtaine de référents de quartier en lien avec la police nationale.")
             + m.share(f"http://{host}/index.php/actualites/voisins-vigilants"),
             decoys={"territorial_social_network", "participation_displayed", "social_account"}),
        page("/index.php/actualites/enquete-publique-zac", "ZAC des Brosses : enquête publique", m.prose(
            "Une enquête publique préalable à la déclaration d'utilité publique de la ZAC des Brosses se tient du 6 mai au 6 juin.",
            "Le dossier est consultable en mairie ; le commissaire enquêteur reçoit le public lors de trois permanences."),
             decoys={"poll", "participation_displayed"}),
        page("/index.php/actualites/consultation-metropole", "La Métropole consulte sur son plan de mobilité", m.prose(
            "La Métropole organise des réunions publiques sur son plan de mobilité dans chaque bassin de vie. Celle de notre secteur a lieu le 28 mai à la salle des fêtes.",
            "Les élus de Vaulx-la-Brosse y présenteront les demandes des comités de quartier."),
             decoys={"poll"}),
        page("/index.php/vie-municipale/budget", "Le budget communal", m.prose(
            "Budget primitif 2025 : 46 millions d'euros. Le compte administratif 2024 dégage un excédent de 2,1 millions reporté en investissement.",
            "Documents budgétaires : rapport de présentation, annexes, rapport d'orientation budgétaire."), decoys={"participatory_budget"}),
        page("/index.php/culture/billetterie", "Billetterie du théâtre", m.prose("Réservez vos places pour la saison culturelle.")
             + m.booking("/index.php/culture/billetterie", "des places") + m.payment("/index.php/culture/billetterie/paiement"),
             decoys={"contact_form"}),
        page("/index.php/contact", "Contact", m.prose("Mairie de Vaulx-la-Brosse, 5 place de l'Église. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.")
             + m.joomla_contact("/index.php/contact"), {"contact_form"}),
    ]
    www = Site(host, "joomla", "Ville de Vaulx-la-Brosse", pages,
               menu=[("Accueil", "/"), ("Vie municipale", "/index.php/vie-municipale/democratie-de-proximite"), ("Contact", "/index.php/contact"), ("J'en parle", jp + "/")],
               accounts=[social("facebook", "vaulxlabrosse"), social("linkedin", "ville-de-vaulx-la-brosse")],
               address="Mairie, 5 place de l'Église, 69 Vaulx-la-Brosse")
    return City("99198", "Vaulx-la-Brosse", 44_500, "69", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [www, _vaulx_jenparle(), _vaulx_reseau()])


# =====================================================================================================

def cities():
    return [savignolles(), bretigneux(), guyancelles(), pontillac(), noisielle(), bagnolay(), fontenil(), vaulx()]


def hosts():
    custom = {}
    for site in (_pontillac_fluicity(),):
        custom[site.host] = _rendered_by(_fluicity_render)(site)
    custom[VAULX_JP] = _rendered_by(_jenparle_render)(_vaulx_jenparle())
    custom[GUY_SURVEY] = CustomHost(_guy_survey_site(), _guyancelles_survey)
    return custom
