"""Holdout part "dunes": eight communes of the west and south-west (Brittany, Normandy, the Loire valley,
the Centre, Occitanie) on agency CMSs, Drupal, WordPress, TYPO3, SPIP and Joomla, with participation under
local brands, conseils de quartier, budgets at each stage, calls for ideas worded many ways, polls and
questionnaires, rights of petition, a neighbours' network, boards and comments; and their lookalikes.

Platforms: Decidim, Go Vocal, Cap Collectif, CONSUL Democracy, Fluicity, Jenparle, a LimeSurvey instance,
a phpBB board, a Flarum board, a Publik portal and a neighbourhood network."""
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import dunes_markup as m

P = "participation_displayed"
PB = "participatory_budget"
SC = "suggestion_call"
CF = "contact_form"
PF = "participatory_platform"
TSN = "territorial_social_network"


# ==== 99081 Plouzévennec (Finistère): agency CMS (Stratis-like) + Decidim ====================================

PLZ = "www.plouzevennec.bzh"
PLZ_DEC = "jeparticipe.plouzevennec.bzh"


def _plouzevennec():
    dec = f"http://{PLZ_DEC}"
    home = m.home(
        "Plouzévennec, ville de l'Odet et de la mer : services, démarches et actualités de la commune.",
        [("/demarches/reserver-une-salle", "Réserver une salle"), ("/ma-ville/plouze-en-commun", "Plouzé en commun"),
         ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/contact", "Contacter la mairie"),
         ("/newsletter", "Lettre d'information"), ("/tourisme", "Découvrir Plouzévennec")],
        [("/actualites/jeparticipe-en-ligne", "Une plateforme pour participer en ligne", "3 février 2025",
          "Le site jeparticipe.plouzevennec.bzh est ouvert."),
         ("/actualites/enquete-mobilite", "Comment vous déplacez-vous ?", "20 janvier 2025", "Répondez à l'enquête mobilité."),
         ("/actualites/recensement-2025", "Recensement de la population", "8 janvier 2025", "Les agents recenseurs passent chez vous."),
         ("/actualites/fete-de-la-mer", "Fête de la mer : le programme", "2 juillet 2024", "Trois jours sur le port de Kerdruc."),
         ("/actualites/appel-a-candidatures-saisonniers", "La ville recrute ses saisonniers", "10 mars 2025", "Surveillants de baignade et animateurs.")],
        [("/actualites/forum-des-associations", "Forum des associations", "7 sept.", "Halle de Kerbleuniou"),
         ("/actualites/participation-citoyenne", "Réunion « participation citoyenne »", "14 févr.", "Salle Ty-Kreiz"),
         ("/ma-ville/plouze-en-commun/conseils-de-quartier/kerbleuniou", "Conseil de quartier de Kerbleuniou", "11 mars", "École Jules-Verne")])
    brand = "/ma-ville/plouze-en-commun"
    parent = ("Plouzé en commun", brand)
    pages = [
        page("/", "Accueil", home),
        page(brand, "Plouzé en commun", m.prose(
            "Plouzé en commun, c'est la démarche de participation citoyenne de la ville : associer les habitants aux "
            "décisions qui changent leur quotidien, du réaménagement d'une place au plan vélo.",
            "Elle s'appuie sur six conseils de quartier, un budget participatif, des concertations sur les grands projets "
            "et une plateforme en ligne où chacun peut suivre les démarches en cours.")
            + m.h2("Les outils de la participation")
            + m.links([(f"{brand}/conseils-de-quartier", "Les conseils de quartier"),
                       (f"{brand}/budget-des-plouzevennois", "Le Budget des Plouzévennois"),
                       (f"{brand}/boite-a-idees", "La boîte à idées"), (f"{brand}/charte", "La charte de la participation"),
                       (f"{dec}/", "La plateforme jeparticipe.plouzevennec.bzh")])
            + m.prose("Votre interlocuteur : service Vie des quartiers, 02 98 00 41 20."), {P}),
        page(f"{brand}/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "La ville compte six conseils de quartier : Centre, Kerbleuniou, Le Moustoir, Kerdruc-Port, Lanniron et Penhars-Bras.",
            "Chaque conseil réunit des habitants volontaires et des habitants tirés au sort sur les listes électorales, renouvelés "
            "tous les trois ans, ainsi qu'un élu référent. Les réunions plénières sont publiques.",
            "Vous souhaitez rejoindre le conseil de votre quartier ? Les candidatures sont ouvertes toute l'année auprès du service Vie des quartiers.")
            + m.links([(f"{brand}/conseils-de-quartier/kerbleuniou", "Kerbleuniou : prochaine réunion"),
                       (f"{dec}/assemblies/conseils-de-quartier", "Les comptes rendus sur la plateforme")]),
            {P}, parent=parent),
        page(f"{brand}/conseils-de-quartier/kerbleuniou", "Conseil de quartier de Kerbleuniou", m.prose(
            "Prochaine réunion plénière : mardi 11 mars à 18 h 30, école Jules-Verne. Ordre du jour : sécurisation de la rue de "
            "Kerlaz, bilan des jardins partagés, point sur le budget participatif.",
            "Lors de la séance de novembre, les conseillers ont rendu leur avis sur le plan de circulation autour du collège ; "
            "la municipalité a retenu deux de leurs trois propositions.")
            + m.h2("Vos conseillers") + m.bullets("Élue référente : Maïwenn Le Du", "Coprésident habitant : Yann Caradec",
                                                   "18 membres, dont 9 tirés au sort"), {P}, parent=parent),
        page(f"{brand}/charte", "La charte de la participation", m.prose(
            "Adoptée par le conseil municipal après un an de travail avec les conseils de quartier, la charte fixe les règles du jeu : "
            "information préalable des habitants, restitution systématique, droit de saisine des conseils de quartier.")
            + m.bullets("Article 1 : chaque projet structurant fait l'objet d'une concertation.",
                        "Article 2 : les avis des instances sont publiés sous deux mois.",
                        "Article 3 : un comité de suivi réunit élus et habitants chaque année."), {P}, parent=parent),
        page(f"{brand}/budget-des-plouzevennois", "Le Budget des Plouzévennois", m.prose(
            "Avec le Budget des Plouzévennois, la ville consacre 300 000 € par an à des projets imaginés et choisis par les habitants dès 12 ans.",
            "Déposez votre projet, suivez son analyse par les services puis votez pour vos projets préférés sur la plateforme.")
            + m.steps(("Dépôt des projets", "1er février - 31 mars", "En ligne ou sur papier en mairie annexe.", "done"),
                      ("Analyse de faisabilité", "avril - juin", "Avec les porteurs de projets.", "done"),
                      ("Vote", "15 septembre - 15 octobre", "Un vote en ligne et dans les urnes.", "current"),
                      ("Réalisation", "2026", "Les lauréats sont réalisés par la ville.", "next"))
            + m.links([(f"{dec}/processes/budget-plouzevennois-2025", "Voter pour les projets 2025"),
                       (f"{dec}/processes/budget-plouzevennois-2024", "Les lauréats de 2024")]), {PB, P}, parent=parent),
        page(f"{brand}/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour rendre la ville plus agréable, plus verte, plus solidaire ? Glissez-la dans la boîte à idées : "
            "chaque suggestion est lue et reçoit une réponse des élus sous un mois.")
            + m.idea_form(f"{brand}/boite-a-idees", "Partagez votre idée avec la municipalité.",
                          ["Cadre de vie", "Déplacements", "Environnement", "Jeunesse", "Autre"]), {SC, CF}, parent=parent),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique à l'hôtel de ville, en moyenne six fois par an.",
            "Prochaine séance : jeudi 27 mars à 18 h. Ordre du jour : vote du budget primitif, tarifs des services, subventions aux associations.")
            + m.bullets("Séance du 12 décembre : procès-verbal", "Séance du 24 octobre : procès-verbal", "Retransmission en direct sur la chaîne vidéo de la ville"),
             decoys={P}),
        page("/ma-ville/budget", "Le budget de la ville", m.prose(
            "Le budget primitif 2025 s'élève à 68,4 millions d'euros, dont 17 millions consacrés à l'investissement.",
            "Les documents budgétaires (budget primitif, compte administratif, rapport d'orientation budgétaire) sont consultables en mairie.")
            + m.bullets("Fonctionnement : 51,2 M€", "Investissement : 17,2 M€", "Taux de la taxe foncière inchangé"), decoys={PB}),
        # the gendarmerie's watch scheme, called "participation citoyenne": neither an approach nor a network
        page("/actualites/participation-citoyenne", "Dispositif « participation citoyenne » : réunion publique", m.prose(
            "La gendarmerie et la ville présentent le dispositif de participation citoyenne, qui associe des habitants référents "
            "à la prévention des cambriolages dans leur quartier.",
            "Réunion publique le 14 février à 18 h, salle Ty-Kreiz, en présence du commandant de brigade."), decoys={P, TSN}),
        page("/actualites/recensement-2025", "Recensement de la population 2025", m.prose(
            "Du 16 janvier au 22 février, huit agents recenseurs munis d'une carte officielle passent dans les logements tirés au sort par l'Insee.",
            "Vous pouvez répondre au questionnaire du recensement sur le site officiel le-recensement-et-moi.fr avec les codes remis par l'agent."),
             decoys={"poll"}),
        page("/actualites/appel-a-candidatures-saisonniers", "La ville recrute ses saisonniers", m.prose(
            "Appel à candidatures : la ville recrute des surveillants de baignade et des animateurs pour l'été.",
            "Envoyez CV et lettre de motivation avant le 15 avril au service des ressources humaines."), decoys={SC}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations revient le samedi 7 septembre à la halle de Kerbleuniou, de 10 h à 18 h.",
            "Plus de cent associations sportives, culturelles et solidaires vous y attendent."), decoys={"forum"}),
        # a news item naming the platform and the budget in passing; the platform's own pages carry the features
        page("/actualites/jeparticipe-en-ligne", "Une plateforme pour participer en ligne", m.prose(
            "La ville a ouvert jeparticipe.plouzevennec.bzh, construite avec le logiciel libre Decidim déjà utilisé par de nombreuses collectivités.",
            "On y retrouvera les comptes rendus des conseils de quartier et, à la rentrée, le vote du budget participatif.")
            + m.links([(f"{dec}/", "Découvrir la plateforme")]), decoys={PF, PB}),
        page("/actualites/enquete-mobilite", "Enquête mobilité : comment vous déplacez-vous ?", m.prose(
            "Pour préparer le plan vélo, la ville lance une enquête auprès des habitants. Dix questions, cinq minutes.")
            + m.questionnaire_form("/actualites/enquete-mobilite", "Enquête ouverte jusqu'au 28 février.", [
                ("Quel est votre principal mode de déplacement ?", ["Voiture", "Vélo", "Bus", "Marche"]),
                ("Utiliseriez-vous une piste cyclable vers le port ?", ["Oui", "Peut-être", "Non"]),
                ("Vos remarques", None)]), {"poll"}),
        page("/actualites/fete-de-la-mer", "Fête de la mer : le programme", m.prose(
            "Régates, concerts et marché des producteurs sur le port de Kerdruc du 12 au 14 juillet.")
            + m.share(f"http://{PLZ}/actualites/fete-de-la-mer", "Fête de la mer"), decoys={"social_account"}),
        page("/tourisme", "Découvrir Plouzévennec", m.prose(
            "L'office de tourisme communautaire vous accueille quai de l'Odet. Suivez ses bons plans sur ses propres pages : "
            "<a href='https://www.facebook.com/OTPaysOdetOcean'>Facebook de l'office de tourisme</a> et "
            "<a href='https://www.instagram.com/odetocean_tourisme'>Instagram de l'office</a>."), decoys={TSN}),
        page("/contact", "Contacter la mairie", m.prose("Hôtel de ville ouvert du lundi au vendredi de 8 h 30 à 17 h 30.")
             + m.vendor_contact("/contact", ["Renseignement", "État civil", "Urbanisme", "Voirie", "Autre"]), {CF}),
        page("/newsletter", "Lettre d'information", m.newsletter("/newsletter/inscription"), decoys={CF}),
        page("/demarches/reserver-une-salle", "Réserver une salle", m.prose("Les salles municipales se réservent en ligne au moins trois semaines à l'avance.")
             + m.booking_form("/demarches/reserver-une-salle", ["Salle Ty-Kreiz", "Halle de Kerbleuniou", "Salle des fêtes"]), decoys={CF}),
    ]
    www = Site(PLZ, "vendor", "Ville de Plouzévennec", pages,
               menu=[("Ma ville", "/ma-ville/conseil-municipal"), ("Plouzé en commun", brand), ("Budget", "/ma-ville/budget"),
                     ("Actualités", "/actualites/jeparticipe-en-ligne"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledePlouzevennec"), social("instagram", "plouzevennec"),
                         social("youtube", "VillePlouzevennec")],
               address="Hôtel de ville, 1 place de la Mairie, 29170 Plouzévennec")

    bp = "/processes/budget-plouzevennois-2025"
    projects = "".join(
        f'<div class="budget-list__item"><div class="budget-list__text"><span class="budget-list__title" id="project-{pid}">{t}</span>'
        f'<span class="budget-list__number">{c} €</span></div><div class="budget-list__action"><button class="button button__sm button__secondary" '
        f'data-add="true" data-project-id="{pid}">Ajouter</button></div></div>'
        for pid, t, c in ((311, "Des bancs et de l'ombre au square du Moustoir", "24 000"), (312, "Une boîte à livres par quartier", "6 500"),
                          (315, "Piste de pumptrack à Penhars-Bras", "78 000")))
    dpages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de la ville de Plouzévennec.")
             + '<section class="home__section"><h2 class="h2">Processus participatifs</h2><div class="card__grid-grid">'
             + f'<a class="card__grid" href="{bp}"><div class="card__grid-text"><h3 class="card__title">Budget des Plouzévennois 2025</h3><span class="label">Phase en cours : vote</span></div></a>'
             + '<a class="card__grid" href="/processes/plan-velo"><div class="card__grid-text"><h3 class="card__title">Plan vélo</h3><span class="label">Enquête ouverte</span></div></a>'
             + '<a class="card__grid" href="/processes/budget-plouzevennois-2024"><div class="card__grid-text"><h3 class="card__title">Budget des Plouzévennois 2024</h3><span class="label">Terminé</span></div></a>'
             + '</div></section><section class="home__section"><h2 class="h2">Assemblées</h2>'
             + '<a class="card__list" href="/assemblies/conseils-de-quartier"><span class="card__list-title">Conseils de quartier</span></a></section>'),
        page(bp, "Budget des Plouzévennois 2025", m.prose(
            "300 000 € pour des projets proposés par les habitants. 64 projets ont été déposés, 23 ont été jugés réalisables : "
            "c'est maintenant à vous de choisir.")
             + '<div class="process__phase"><span>Phase actuelle</span><strong>Vote des projets (15/09 - 15/10)</strong></div>'
             + f'<ul class="process__components"><li><a href="{bp}/f/11/proposals">Projets déposés</a></li><li><a href="{bp}/f/12/budgets/3/projects">Voter</a></li></ul>',
             {PB}),
        page(f"{bp}/f/12/budgets/3/projects", "Votez pour vos projets", m.prose(
            "Sélectionnez les projets que vous souhaitez voir réalisés, dans la limite de l'enveloppe de votre quartier, puis confirmez votre vote.")
             + '<div class="budget-summary" data-progress="0"><div class="budget-summary__progressbar"><span>0 € attribués sur 60 000 €</span></div>'
             + '<a class="button button__sm button__secondary" href="/users/sign_in">Se connecter pour voter</a></div>'
             + f'<div class="budget-list">{projects}</div>', {PB}, parent=("Budget 2025", bp)),
        # the filing step of the budget, closed: the proposals stay on line, the call itself is over
        page(f"{bp}/f/11/proposals", "Projets déposés", m.prose(
            "Le dépôt des projets est terminé depuis le 31 mars. Merci pour vos 64 propositions ! Retrouvez-les ci-dessous avec l'avis des services.")
             + '<div id="proposals" class="card__list-list">'
             + f'<a class="card__list" href="{bp}/f/11/proposals/187"><div class="card__list-content"><h3 class="card__list-title">Un abri vélo sécurisé près de la gare</h3>'
             + '<div class="card__list-metadata"><span class="label success">Réalisable</span><span>12 commentaires</span></div></div></a>'
             + '<div class="card__list"><div class="card__list-content"><h3 class="card__list-title">Éclairer le chemin de halage</h3>'
             + '<div class="card__list-metadata"><span class="label alert">Non réalisable</span></div></div></div></div>', {PB, SC}, parent=("Budget 2025", bp)),
        page(f"{bp}/f/11/proposals/187", "Un abri vélo sécurisé près de la gare", m.prose(
            "Beaucoup d'habitants du Moustoir prennent le train vers Quimper : un abri fermé pour une trentaine de vélos éviterait les vols.")
             + '<div class="proposal__aside"><span class="label success">Réalisable</span> Coût estimé : 35 000 €</div>'
             + '<div id="comments" class="comments"><h2 class="h4">12 commentaires</h2>'
             + '<div class="comment" id="comment_901"><div class="comment__header"><span class="author__name">Gaëlle R.</span></div><div class="comment__content"><p>Indispensable, deux vols de vélo dans ma rue cet hiver.</p></div></div>'
             + '<div class="comment" id="comment_902"><div class="comment__header"><span class="author__name">Pierre-Yves</span></div><div class="comment__content"><p>Pourquoi pas aussi à la halte de Lanniron ?</p></div></div>'
             + '<div class="add-comment"><form class="new_comment" id="new_comment_for_Proposal_187" action="/comments" accept-charset="UTF-8" method="post">'
             + '<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8xODc"><label for="add-comment-Proposal-187">Ajouter un commentaire</label>'
             + '<textarea id="add-comment-Proposal-187" name="comment[body]" maxlength="1000" rows="4"></textarea><button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div>',
             {PB, "comments"}, parent=("Projets déposés", f"{bp}/f/11/proposals")),
        page("/processes/budget-plouzevennois-2024", "Budget des Plouzévennois 2024", m.prose(
            "Édition terminée. 4 812 votants ont retenu neuf projets, en cours de réalisation.")
             + m.links([("/processes/budget-plouzevennois-2024/f/9/budgets/2/projects", "Les projets lauréats")]), {PB}),
        page("/processes/budget-plouzevennois-2024/f/9/budgets/2/projects", "Projets lauréats 2024", m.bullets(
            "Aire de jeux inclusive au Moustoir : 1 204 voix, réalisée", "Vergers partagés à Lanniron : 987 voix, en travaux",
            "Fontaine à eau sur le port : 802 voix, réalisée", cls="budget-list budget-list--selected"), {PB},
             parent=("Budget 2024", "/processes/budget-plouzevennois-2024")),
        page("/assemblies/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Cette assemblée rassemble les six conseils de quartier de la ville. Ordres du jour, comptes rendus et avis y sont publiés.")
             + '<ul class="assembly__meetings"><li class="card__list">Réunion plénière Kerbleuniou — 11 mars 2025</li><li class="card__list">Réunion plénière Centre — 18 mars 2025</li></ul>', {P}),
        page("/processes/plan-velo", "Plan vélo", m.prose("Concertation sur le futur réseau cyclable : enquête en ligne puis ateliers en mai.")
             + m.links([("/processes/plan-velo/f/14/", "Répondre à l'enquête")]), {P}),
        page("/processes/plan-velo/f/14/", "Enquête : vos trajets à vélo", m.prose("Aidez-nous à repérer les itinéraires à aménager en priorité.")
             + '<form class="form answer-questionnaire" action="/processes/plan-velo/f/14/answer" method="post">'
             + '<div class="answer questionnaire-question"><label class="questionnaire-question__title">1. À quelle fréquence faites-vous du vélo ?</label>'
             + '<div class="radio-button-collection"><label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Tous les jours"> Tous les jours</label>'
             + '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Chaque semaine"> Chaque semaine</label>'
             + '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Jamais"> Jamais</label></div></div>'
             + '<div class="answer questionnaire-question"><label class="questionnaire-question__title" for="q2">2. Quel trajet vous semble dangereux ?</label>'
             + '<textarea id="q2" name="questionnaire[responses][1][body]" rows="3"></textarea></div>'
             + '<input type="checkbox" name="questionnaire[tos_agreement]" id="tos"> <label for="tos">J\'accepte les conditions</label>'
             + '<button type="submit" class="button button__sm button__secondary">Envoyer</button></form>', {"poll"}, parent=("Plan vélo", "/processes/plan-velo")),
    ]
    decidim = Site(PLZ_DEC, "decidim", "Je participe - Plouzévennec", dpages,
                   menu=[("Accueil", "/"), ("Processus", bp), ("Assemblées", "/assemblies/conseils-de-quartier")],
                   features=frozenset({PF}), platforms=frozenset({"decidim"}))
    return City("99081", "Plouzévennec", 58_214, "29", "53", "Bretagne", f"http://{PLZ}/", [www, decidim],
                decoy_accounts=("https://www.facebook.com/otpaysodetocean", "https://www.instagram.com/odetocean_tourisme"))


# ==== 99082 Granvaux-sur-Orne (Calvados): Drupal + Go Vocal + LimeSurvey =====================================

GRV = "www.granvaux-sur-orne.fr"
GRV_GV = "granvaux.govocal.com"
GRV_LS = "questionnaires.granvaux-sur-orne.fr"
_LS_OPEN = 482913
_LS_CLOSED = 517204


def _granvaux():
    gv = f"http://{GRV_GV}"
    ls = f"http://{GRV_LS}"
    pc = "/participation-citoyenne"
    home = m.home(
        "Granvaux-sur-Orne, au cœur de la vallée de l'Orne : la mairie en ligne, vos démarches, la vie des quartiers.",
        [(pc, "Vie des quartiers"), ("/vos-idees", "Une idée pour Granvaux ?"), ("/budget-2025", "Budget 2025"),
         ("/demarches/paiement", "Payer en ligne"), ("/contact", "Nous contacter"), (f"{gv}/", "Granvaux Participe")],
        [("/actualites/jardins-partages", "Les jardins partagés s'agrandissent", "12 mars 2025", "Douze nouvelles parcelles aux Prairies."),
         ("/actualites/resultats-consultation-rythmes-scolaires", "Rythmes scolaires : les résultats", "28 février 2025", "Les familles ont choisi."),
         ("/actualites/enquete-publique-plu", "Enquête publique sur le PLU", "10 février 2025", "Le commissaire enquêteur tient ses permanences."),
         ("/actualites/petition-maternite", "Maternité : le conseil municipal mobilisé", "3 février 2025", "Une motion votée à l'unanimité.")],
        [("/agenda/forum-emploi", "Forum de l'emploi", "20 mars", "Salle Orne-Expo"),
         (f"{pc}/assemblee-des-habitants", "Assemblée des habitants", "5 avril", "Hôtel de ville"),
         ("/actualites/appel-offres-voirie", "Marché de voirie : remise des offres", "31 mars", "En ligne")])
    pages = [
        page("/", "Accueil", home),
        page(pc, "Vie des quartiers et participation", m.prose(
            "La municipalité a fait de la participation des habitants un axe de son mandat : conseils citoyens dans les quartiers "
            "prioritaires, assemblée annuelle des habitants, consultations en ligne et budget participatif.",
            "Toutes les démarches en cours sont réunies sur la plateforme Granvaux Participe.")
            + m.links([(f"{pc}/conseils-citoyens", "Les conseils citoyens"), (f"{pc}/assemblee-des-habitants", "L'assemblée des habitants"),
                       (f"{pc}/questionnaire-parcs", "Questionnaire : nos parcs et jardins"), (f"{gv}/", "La plateforme Granvaux Participe")]), {P}),
        page(f"{pc}/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Les quartiers des Prairies et de la Haute-Folie, quartiers prioritaires de la politique de la ville, ont chacun leur conseil citoyen.",
            "Composés d'habitants tirés au sort et d'acteurs locaux, ils participent au contrat de ville et se réunissent une fois par mois "
            "à la maison de quartier. Les réunions sont ouvertes à tous les habitants."), {P}, parent=("Vie des quartiers", pc)),
        page(f"{pc}/assemblee-des-habitants", "L'assemblée des habitants", m.prose(
            "Une fois par an, le maire et les adjoints rendent compte de l'action municipale devant les habitants et répondent à leurs questions.",
            "Samedi 5 avril à 10 h, hôtel de ville. Les questions peuvent être envoyées à l'avance au service Démocratie locale.")
            + m.h2("Ce qui a changé depuis l'an dernier") + m.bullets("Un conseil des aînés installé en septembre",
                                                                     "Les comptes rendus des conseils citoyens publiés en ligne"),
             {P}, parent=("Vie des quartiers", pc)),
        page(f"{pc}/questionnaire-parcs", "Questionnaire : nos parcs et jardins", m.prose(
            "Fréquentation, horaires, équipements : donnez votre avis sur les parcs de la ville avant le 30 avril.")
             + m.limesurvey_embed(f"{ls}/index.php/{_LS_OPEN}?lang=fr", "Questionnaire parcs et jardins"), {"poll"},
             parent=("Vie des quartiers", pc)),
        page("/actualites/resultats-consultation-rythmes-scolaires", "Rythmes scolaires : les résultats de la consultation", m.prose(
            "La consultation des familles sur l'organisation de la semaine scolaire est close. 1 318 familles ont répondu.")
             + m.poll_results("Préférez-vous la semaine de quatre jours ?", [("Oui", 71), ("Non", 24), ("Sans avis", 5)])
             + m.links([(f"{ls}/index.php/{_LS_CLOSED}?lang=fr", "Le questionnaire (fermé)")]), decoys={"poll"}),
        page("/actualites/jardins-partages", "Les jardins partagés s'agrandissent", m.prose(
            "Douze nouvelles parcelles ont été tracées aux Prairies. Les inscriptions se font auprès de la maison de quartier.")
             + m.drupal_comments(418, [("Sylvie", "13/03/2025", "Super nouvelle, y aura-t-il un composteur ?"),
                                       ("Karim B.", "14/03/2025", "Merci aux bénévoles qui ont tout préparé.")]), {"comments"}),
        page("/actualites/appel-offres-voirie", "Appel d'offres : travaux de voirie 2025", m.prose(
            "La ville lance un appel d'offres pour le programme annuel de réfection des chaussées.",
            "Le dossier de consultation des entreprises est téléchargeable sur le profil acheteur. Date limite de remise des offres : 31 mars, 12 h."),
             decoys={SC}),
        page("/actualites/enquete-publique-plu", "Enquête publique sur la révision du PLU", m.prose(
            "Par arrêté du maire, une enquête publique sur la révision du plan local d'urbanisme se tient du 10 février au 14 mars.",
            "Le dossier est consultable en mairie ; le commissaire enquêteur recevra le public lors de quatre permanences."), decoys={"poll"}),
        page("/actualites/petition-maternite", "Maternité : le conseil municipal mobilisé", m.prose(
            "Le conseil municipal a voté une motion pour le maintien de la maternité du centre hospitalier.",
            "Une pétition lancée par un collectif d'usagers sur un site national de pétitions a déjà recueilli plusieurs milliers de signatures."),
             decoys={"petition"}),
        page("/agenda/forum-emploi", "Forum de l'emploi", m.prose(
            "Quarante entreprises du bassin recrutent : rendez-vous au forum de l'emploi le 20 mars, salle Orne-Expo, de 9 h à 16 h."),
             decoys={"forum"}),
        page("/contact", "Nous contacter", m.prose("Mairie de Granvaux-sur-Orne, du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.")
             + m.drupal_webform("contact", "/contact", [("name", "Votre nom", "text"), ("email", "Votre adresse électronique", "email"),
                                                        ("subject", "Sujet", "text"), ("message", "Message", "textarea")], "Envoyer le message"), {CF}),
        page("/vos-idees", "Une idée pour Granvaux ?", m.prose(
            "Vous avez repéré quelque chose à améliorer, ou rêvé d'un nouveau service ? Soumettez-nous votre suggestion : "
            "le service Démocratie locale la transmet à l'élu concerné.")
             + m.drupal_webform("suggestion", "/vos-idees", [("nom", "Nom", "text"), ("courriel", "Courriel", "email"),
                                                             ("quartier", "Quartier", "select:Centre|Les Prairies|La Haute-Folie|Saint-Ouen"),
                                                             ("suggestion", "Votre suggestion", "textarea")], "Soumettre"), {SC, CF}),
        page("/budget-2025", "Budget 2025", m.prose(
            "Voté le 16 décembre, le budget primitif 2025 s'équilibre à 94 millions d'euros. Les taux d'imposition restent stables.",
            "Le compte administratif 2024 sera présenté au conseil municipal de juin."), decoys={PB}),
        page("/demarches/paiement", "Payer en ligne", m.prose("Cantine, crèche, conservatoire : réglez vos factures en ligne.")
             + m.payment_form("/demarches/paiement"), decoys={CF}),
    ]
    www = Site(GRV, "drupal", "Ville de Granvaux-sur-Orne", pages,
               menu=[("Accueil", "/"), ("Vie des quartiers", pc), ("Vos idées", "/vos-idees"), ("Budget", "/budget-2025"), ("Contact", "/contact")],
               accounts=[social("facebook", "GranvauxSurOrne"), social("x", "granvaux_orne", "https://twitter.com/granvaux_orne"),
                         social("linkedin", "ville-de-granvaux-sur-orne")],
               address="Hôtel de ville, place du Général-de-Gaulle, 14520 Granvaux-sur-Orne")

    bp = "/fr-FR/projects/budget-participatif-2025"
    gpages = [
        page("/", "Accueil", m.prose("Granvaux Participe : proposez, débattez, décidez avec la ville.")
             + '<div id="e2e-projects-container"><h2>Projets en cours</h2>'
             + f'<a class="e2e-project-card" href="{bp}"><h3>Budget participatif 2025</h3><span>Phase : propositions</span></a>'
             + '<a class="e2e-project-card" href="/fr-FR/projects/avenir-place-du-marche"><h3>L\'avenir de la place du Marché</h3><span>Phase : enquête</span></a>'
             + '<a class="e2e-project-card" href="/fr-FR/projects/budget-participatif-2023"><h3>Budget participatif 2023</h3><span>Terminé</span></a></div>'),
        page(bp, "Budget participatif 2025", m.prose(
            "Avez-vous une idée pour votre quartier ? Jusqu'au 30 avril, proposez vos projets d'investissement (jusqu'à 50 000 € chacun). "
            "Les idées les plus soutenues seront étudiées puis soumises au vote en octobre.")
             + '<button class="e2e-idea-button" id="e2e-idea-button" type="button">Proposer une idée</button>'
             + '<div id="e2e-ideas-list"><a class="e2e-idea-card" href="/fr-FR/ideas/un-composteur-collectif-rue-des-tanneurs">'
             + '<h3>Un composteur collectif rue des Tanneurs</h3><span class="e2e-ideacard-upvote-count">48</span><span>6 commentaires</span></a></div>',
             {PB, SC}),
        page("/fr-FR/ideas/un-composteur-collectif-rue-des-tanneurs", "Un composteur collectif rue des Tanneurs", m.prose(
            "Les immeubles de la rue n'ont pas de jardin : un composteur partagé réduirait nos déchets.")
             + '<div id="e2e-idea-comments"><h2>Commentaires (6)</h2><div class="e2e-comment"><span class="e2e-author-name">Léna</span><p>Je m\'engage à l\'entretenir !</p></div>'
             + '<div class="e2e-comment"><span class="e2e-author-name">Marc D.</span><p>Attention aux odeurs près de l\'école.</p></div>'
             + '<form id="e2e-comment-form" action="/web_api/v1/ideas/8f3a/comments" method="post"><label for="e2e-comment-input">Écrivez votre commentaire</label>'
             + '<textarea id="e2e-comment-input" name="comment[body_multiloc][fr-FR]"></textarea><button id="e2e-submit-comment" type="submit">Publier</button></form></div>',
             {PB, "comments"}, parent=("Budget participatif 2025", bp)),
        page("/fr-FR/projects/avenir-place-du-marche", "L'avenir de la place du Marché", m.prose(
            "Parking, marché, terrasses, arbres : répondez à notre enquête sur le réaménagement de la place.")
             + '<form id="e2e-survey-form" class="native-survey" action="/web_api/v1/phases/2c1d/ideas" method="post">'
             + '<fieldset><legend>Que souhaitez-vous en priorité sur la place ?</legend><label><input type="radio" name="priorite" value="vegetal"> Plus de végétation</label>'
             + '<label><input type="radio" name="priorite" value="parking"> Garder le stationnement</label><label><input type="radio" name="priorite" value="pietons"> Une place piétonne</label></fieldset>'
             + '<label for="libre">Autre chose à nous dire ?</label><textarea id="libre" name="libre"></textarea><button type="submit">Envoyer</button></form>', {"poll"}),
        page("/fr-FR/projects/budget-participatif-2023", "Budget participatif 2023", m.prose(
            "Édition terminée : 2 950 habitants ont voté. Les six projets lauréats sont réalisés ou en cours.")
             + m.bullets("Skatepark des Prairies (réalisé)", "Nichoirs et refuges à insectes (réalisé)", "Fresque de la Haute-Folie (en cours)"), {PB}),
    ]
    govocal = Site(GRV_GV, "govocal", "Granvaux Participe", gpages,
                   menu=[("Accueil", "/"), ("Budget participatif", bp), ("Place du Marché", "/fr-FR/projects/avenir-place-du-marche")],
                   features=frozenset({PF}), platforms=frozenset({"govocal"}))
    survey_questions = [("Q01", "À quelle fréquence fréquentez-vous les parcs de la ville ?", ["Chaque jour", "Chaque semaine", "Rarement"]),
                        ("Q02", "Les horaires d'ouverture vous conviennent-ils ?", ["Oui", "Non"]),
                        ("Q03", "Quel équipement manque-t-il ?", None)]
    lspages = [
        page("/", "Questionnaires de la ville", "Liste des questionnaires publics de la ville."),
        page(f"/index.php/{_LS_OPEN}?lang=fr", "Nos parcs et jardins", "Questionnaire ouvert.", {"poll"}),
        page(f"/index.php/{_LS_CLOSED}?lang=fr", "Rythmes scolaires", "Questionnaire clos.", decoys={"poll"}),
    ]
    lsite = Site(GRV_LS, "drupal", "Questionnaires - Granvaux-sur-Orne", lspages)
    html = {
        "/": _ls_home(),
        f"/index.php/{_LS_OPEN}?lang=fr": m.limesurvey_page("Questionnaires de la ville de Granvaux-sur-Orne", _LS_OPEN,
                                                            "Nos parcs et jardins", "Quelques minutes pour nous aider à améliorer vos parcs.",
                                                            survey_questions),
        f"/index.php/{_LS_CLOSED}?lang=fr": _ls_closed(),
    }

    def special(request):
        body = html.get(request.target)
        return Reply.html(body) if body else None

    city = City("99082", "Granvaux-sur-Orne", 71_890, "14", "28", "Normandie", f"http://{GRV}/", [www, govocal, lsite])
    return city, {GRV_LS: CustomHost(lsite, special)}


def _ls_closed():
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js"><head><meta charset="utf-8"><title>Questionnaires - Rythmes scolaires</title>
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<link rel="stylesheet" href="/themes/survey/fruity/css/theme.css" /></head>
<body class="fruity lang-fr" id="survey-{_LS_CLOSED}"><article><div class="container">
<div class="survey-name"><h1 class="text-center">Consultation des familles : rythmes scolaires</h1></div>
<div id="survey-expired" class="alert alert-warning text-center" role="alert"><p>Ce questionnaire n'est plus actif. Il a pris fin le 31/01/2025.</p>
<p>Les résultats ont été publiés sur le site de la ville. Merci aux 1 318 familles qui ont répondu.</p></div>
<p class="text-center">Pour toute question, contactez l'administrateur des questionnaires, service Éducation, 02 31 00 52 10.</p>
<div class="text-center small"><a href="/">Tous les questionnaires de la ville</a> · Propulsé par <a href="https://www.limesurvey.org">LimeSurvey</a></div>
</div></article></body></html>"""


def _ls_home():
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js"><head><meta charset="utf-8"><title>Questionnaires de la ville de Granvaux-sur-Orne</title>
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<link rel="stylesheet" href="/themes/survey/fruity/css/theme.css" /></head>
<body class="fruity lang-fr surveys-list"><article><div class="container">
<h1 class="text-center">Questionnaires de la ville de Granvaux-sur-Orne</h1>
<div class="survey-list-heading"><p>Les questionnaires suivants sont disponibles :</p></div>
<ul class="surveys-list list-unstyled"><li><a href="/index.php/{_LS_OPEN}?lang=fr" class="surveytitle btn btn-primary" lang="fr">Nos parcs et jardins</a></li></ul>
<div class="survey-list-heading"><p>Questionnaires terminés :</p></div>
<ul class="surveys-list list-unstyled"><li><a href="/index.php/{_LS_CLOSED}?lang=fr" class="surveytitle btn btn-default" lang="fr">Rythmes scolaires (clos)</a></li></ul>
<p class="text-center small">Contactez l'administrateur des questionnaires : service Démocratie locale, mairie de Granvaux-sur-Orne.</p>
<div class="text-center small">Propulsé par <a href="https://www.limesurvey.org">LimeSurvey</a></div>
</div></article></body></html>"""


# ==== 99083 Montlouvier (Indre-et-Loire): WordPress agency theme + a neighbours' network ======================

MTL = "www.montlouvier.fr"
MTL_VOISINS = "voisins.montlouvier.fr"


def _montlouvier():
    vz = f"http://{MTL_VOISINS}"
    jm = "/je-m-implique"
    parent = ("Je m'implique", jm)
    home = m.home(
        "Bienvenue à Montlouvier, entre Loire et coteaux : retrouvez toute l'actualité de votre ville.",
        [(jm, "Je m'implique"), (f"{jm}/droit-de-petition", "Droit de pétition"), (f"{jm}/voisins-solidaires", "Voisins solidaires"),
         ("/inscriptions-centre-de-loisirs", "Centre de loisirs"), ("/contact", "Écrire à la mairie"), (f"{jm}/appel-a-projets-citoyens", "Un projet pour votre rue ?")],
        [("/actualites/marche-de-noel-bilan", "Marché de Noël : merci !", "8 janvier 2025", "Un record de fréquentation."),
         ("/actualites/sondage-stationnement-resultats", "Stationnement : vous avez voté", "15 décembre 2024", "Les résultats du sondage."),
         ("/actualites/voisins-vigilants", "Participation citoyenne : la convention signée", "2 décembre 2024", "Avec la gendarmerie."),
         ("/actualites/petition-ligne-tours", "Ligne Tours-Vierzon : la ville soutient les usagers", "20 novembre 2024", "Un vœu voté."),
         ("/actualites/travaux-rue-nationale", "Travaux rue Nationale", "4 novembre 2024", "Circulation alternée jusqu'en février.")],
        [("/actualites/appel-a-projets-associations", "Appel à projets associatifs : date limite", "31 janv.", "En ligne"),
         ("/actualites/concours-photo", "Concours photo « Montlouvier en Loire »", "15 mars", "Médiathèque"),
         (f"{jm}/comites-de-quartier", "Comité de quartier des Coteaux", "4 févr.", "Salle des Caves")])
    poll = m.wp_polls(12, "Quel aménagement voulez-vous pour le parc de la Tuilerie ?", ["Une aire de pique-nique", "Un city-stade", "Un jardin partagé"])
    pages = [
        page("/", "Accueil", home),
        page(jm, "Je m'implique", m.with_sidebar(m.prose(
            "Habitants, associations, jeunes : la ville vous donne les moyens d'agir pour votre quartier et d'être consultés sur les projets municipaux.",
            "Comités de quartier, droit de pétition, appel à projets citoyens, consultations : choisissez la façon de vous impliquer qui vous ressemble.")
            + m.links([(f"{jm}/comites-de-quartier", "Les comités de quartier"), (f"{jm}/droit-de-petition", "Le droit de pétition locale"),
                       (f"{jm}/appel-a-projets-citoyens", "L'appel à projets citoyens"), (f"{jm}/voisins-solidaires", "Le réseau Montlouvier Voisins")]),
            poll), {P, "poll"}),
        page(f"{jm}/comites-de-quartier", "Les comités de quartier", m.prose(
            "Cinq comités de quartier (Bourg, Coteaux, Gare, Les Varennes, Saint-Vincent) rassemblent habitants et élus quatre fois par an.",
            "Ils donnent leur avis sur les travaux, proposent des animations et disposent chacun d'une enveloppe de 8 000 € par an.",
            "Prochaine réunion du comité des Coteaux : mardi 4 février, 19 h, salle des Caves. Ouverte à tous."), {P}, parent=parent),
        page(f"{jm}/droit-de-petition", "Le droit de pétition locale", m.prose(
            "Depuis 2023, toute pétition signée par au moins 500 habitants de plus de 16 ans permet d'inscrire une question à l'ordre du jour du conseil municipal.",
            "Déposez votre pétition avec le formulaire ci-dessous : après vérification de sa recevabilité, elle est publiée ici et ouverte aux signatures pendant trois mois.")
            + m.links([(f"{jm}/petitions/eclairage-chemin-des-vignes", "Pétition en cours : éclairer le chemin des Vignes")])
            + m.gravity_form(4, "Déposer une pétition", [("Titre de la pétition", "text"), ("Texte de la pétition", "textarea"),
                                                         ("Nom du premier signataire", "text"), ("Courriel", "email")], "Déposer ma pétition"),
            {"petition", P}, parent=parent),
        page(f"{jm}/petitions/eclairage-chemin-des-vignes", "Pétition : éclairer le chemin des Vignes", m.prose(
            "Le chemin des Vignes relie le lotissement des Coteaux à l'école. L'hiver, les enfants y marchent dans le noir : nous demandons un éclairage à détection.")
            + m.petition_sign(f"{jm}/petitions/eclairage-chemin-des-vignes", "Éclairer le chemin des Vignes", 312, 500), {"petition"}, parent=parent),
        page(f"{jm}/voisins-solidaires", "Montlouvier Voisins, le réseau d'entraide", m.prose(
            "La ville a lancé avec le centre social Montlouvier Voisins, un réseau social de proximité réservé aux habitants : "
            "prêter une perceuse, trouver un covoiturage, s'organiser pour la fête des voisins, être prévenu des travaux de sa rue.",
            "L'inscription est gratuite ; votre adresse est vérifiée pour que vous échangiez avec vos vrais voisins.")
            + m.links([(f"{vz}/", "Rejoindre Montlouvier Voisins"), (f"{vz}/a-propos", "Comment ça marche ?")]), {TSN}, parent=parent),
        page(f"{jm}/appel-a-projets-citoyens", "Appel à projets citoyens : et si vous embellissiez votre rue ?", m.prose(
            "Vous avez envie de fleurir un pied d'immeuble, d'installer une boîte à livres ou d'organiser un repas de rue ? "
            "Proposez votre projet : la ville peut vous aider jusqu'à 2 000 € et prêter du matériel. Candidatures jusqu'au 30 mai.")
            + m.gravity_form(6, "Proposer un projet", [("Nom du projet", "text"), ("Quartier", "select:Bourg|Coteaux|Gare|Les Varennes|Saint-Vincent"),
                                                       ("Décrivez votre projet", "textarea"), ("Votre nom", "text"), ("Votre courriel", "email")], "Proposer mon projet"),
            {SC, CF}, parent=parent),
        page("/actualites/marche-de-noel-bilan", "Marché de Noël : merci !", m.prose(
            "Plus de 12 000 visiteurs sont venus place de la Mairie. Merci aux exposants et aux bénévoles.")
            + m.wp_comments(733, [("Annie", "9 janvier 2025", "Très réussi, la patinoire a ravi les petits."),
                                  ("Thierry L.", "10 janvier 2025", "Dommage qu'il n'y ait pas eu de navette depuis la gare.")]), {"comments"}),
        page("/actualites/sondage-stationnement-resultats", "Stationnement : vous avez voté", m.prose(
            "Le sondage sur la zone bleue du centre-bourg est clos. Le conseil municipal en tiendra compte.")
            + m.wp_polls_results(9, "Faut-il étendre la zone bleue ?", [("Oui", 38, 214), ("Non", 55, 309), ("Sans avis", 7, 39)], 562), decoys={"poll"}),
        # the gendarmerie's "participation citoyenne" with its "voisins vigilants": a watch scheme, not a network
        page("/actualites/voisins-vigilants", "Participation citoyenne : la convention signée", m.prose(
            "Le maire et le commandant de la compagnie de gendarmerie ont signé le protocole « participation citoyenne ».",
            "Des habitants référents, volontaires, signaleront aux gendarmes les faits inhabituels dans leur quartier."), decoys={P, TSN}),
        page("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2025", m.prose(
            "Les associations montlouviéroises peuvent solliciter une subvention de projet. Dossiers à déposer avant le 31 janvier sur le portail des associations."),
             decoys={SC}),
        page("/actualites/concours-photo", "Concours photo « Montlouvier en Loire »", m.prose(
            "Amateurs de photographie, envoyez jusqu'à trois clichés avant le 15 mars. Règlement du concours disponible à la médiathèque."), decoys={SC}),
        page("/actualites/petition-ligne-tours", "Ligne Tours-Vierzon : la ville soutient les usagers", m.prose(
            "Le conseil municipal a voté un vœu pour le maintien des arrêts en gare de Montlouvier.",
            "L'association des usagers fait circuler une pétition sur un site national ; la ville relaie leurs réunions d'information."), decoys={"petition"}),
        # an article whose comments are closed, with none published: no comment section
        page("/actualites/travaux-rue-nationale", "Travaux rue Nationale", m.prose(
            "Le renouvellement des réseaux d'eau impose une circulation alternée rue Nationale jusqu'en février.",
            "Les commerces restent accessibles ; un plan des déviations est affiché en mairie.")
            + m.wp_comments(745, [], open_form=False), decoys={"comments"}),
        page("/contact", "Écrire à la mairie", m.prose("Mairie de Montlouvier, 2 place de la Mairie. Accueil du lundi au samedi matin.")
             + m.cf7_contact("/contact/", ["Accueil", "Urbanisme", "Services techniques", "Enfance"]), {CF}),
        page("/inscriptions-centre-de-loisirs", "Inscriptions au centre de loisirs", m.prose("Les inscriptions pour les vacances de printemps sont ouvertes.")
             + m.registration_form("/inscriptions-centre-de-loisirs", "vacances de printemps"), decoys={CF}),
    ]
    www = Site(MTL, "wordpress", "Montlouvier", pages,
               menu=[("Accueil", "/"), ("Je m'implique", jm), ("Actualités", "/actualites/marche-de-noel-bilan"), ("Contact", "/contact")],
               accounts=[social("facebook", "montlouvier37"), social("instagram", "villedemontlouvier")],
               address="Mairie, 2 place de la Mairie, 37270 Montlouvier")
    vpages = [
        page("/", "Accueil", m.prose("Montlouvier Voisins : le réseau social des habitants de Montlouvier, avec la ville et le centre social.")
             + '<section class="feed"><h2>Dernières publications près de chez vous</h2>'
             + '<article class="post"><a href="/annonces/pret-d-une-tondeuse">Prête tondeuse contre un coup de main</a> — Les Varennes</article>'
             + '<article class="post"><a href="/quartiers/gare">Fête des voisins rue Nationale : qui apporte quoi ?</a> — Gare</article></section>'
             + m.links([("/quartiers/gare", "Quartier de la Gare"), ("/a-propos", "À propos du réseau")]), {TSN}),
        page("/quartiers/gare", "Quartier de la Gare", m.prose("312 voisins inscrits dans le quartier.")
             + '<section class="feed"><article class="post"><h3>Fête des voisins rue Nationale</h3><p>On fait comme l\'an dernier ? Je m\'occupe des tables.</p>'
             + '<p class="post__meta">Publié par Hélène · 14 réponses</p></article><article class="post"><h3>Chat trouvé avenue de la Gare</h3>'
             + '<p>Tigré, très gentil, il attend au numéro 18.</p></article></section>', {TSN}),
        # a post on the network with its replies: what neighbours write under it is a comment section
        page("/annonces/pret-d-une-tondeuse", "Prête tondeuse contre un coup de main", m.prose(
            "Je prête ma tondeuse le week-end à qui m'aide à tailler ma haie ! — Bernard, Les Varennes")
             + '<section class="replies"><h2>Réponses (2)</h2><div class="reply"><strong>Sofia</strong><p>Je passe samedi matin ?</p></div>'
             + '<div class="reply"><strong>Lucas</strong><p>Partant aussi, j\'ai un taille-haie.</p></div>'
             + '<form class="reply-form" action="/annonces/pret-d-une-tondeuse/reponses" method="post"><label for="reply">Votre réponse</label>'
             + '<textarea id="reply" name="reply[body]" rows="3"></textarea><button type="submit">Répondre</button></form></section>', {TSN, "comments"}),
        page("/a-propos", "À propos de Montlouvier Voisins", m.prose(
            "Montlouvier Voisins est proposé par la ville et animé par le centre social. Les données restent hébergées en France et ne sont pas revendues.",
            "La mairie y publie les alertes travaux et les événements de quartier."), {TSN}),
    ]
    voisins = Site(MTL_VOISINS, "community", "Montlouvier Voisins", vpages,
                   menu=[("Accueil", "/"), ("Mon quartier", "/quartiers/gare"), ("À propos", "/a-propos")])
    return City("99083", "Montlouvier", 63_480, "37", "24", "Centre-Val de Loire", f"http://{MTL}/", [www, voisins])


# ==== 99084 Saint-Ermel-des-Sables (Vendée): TYPO3 + Cap Collectif ("Les Sables d'Idées") =====================

STE = "www.saint-ermel-des-sables.fr"
STE_CAP = "saint-ermel.cap-collectif.com"


def _saint_ermel():
    cap = f"http://{STE_CAP}"
    ae = "/vivre-ensemble/agir-ensemble"
    parent = ("Agir ensemble", ae)
    home = m.home(
        "Saint-Ermel-des-Sables, ville océane : services municipaux, loisirs, plages et vie associative.",
        [(ae, "Agir ensemble"), (f"{ae}/les-sables-d-idees", "Les Sables d'Idées"), ("/mairie/conseil-municipal", "Conseil municipal"),
         ("/mairie/budget", "Budget"), ("/contact", "Contact"), ("/tourisme", "Tourisme")],
        [("/actualites/sables-d-idees-laureats-2024", "Les Sables d'Idées : les lauréats", "18 novembre 2024", "Sept projets retenus."),
         ("/actualites/salon-du-livre", "Salon du livre de la mer", "2 octobre 2024", "Rencontres et dédicaces."),
         ("/actualites/recensement", "Recensement 2025", "6 janvier 2025", "Réservez le meilleur accueil aux agents."),
         ("/actualites/concours-chars-fleuris", "Corso fleuri : appel aux candidats", "10 février 2025", "Inscrivez votre char.")],
        [(f"{ae}/reunions-publiques", "Rencontre de quartier Les Oyats", "12 mars", "Salle du Remblai"),
         (f"{ae}/concertation-front-de-mer", "Atelier front de mer", "22 mars", "Maison de la mer"),
         ("/mairie/conseil-municipal", "Conseil municipal", "27 mars", "Hôtel de ville")])
    pages = [
        page("/", "Accueil", home),
        page(ae, "Agir ensemble", m.prose(
            "Agir ensemble, c'est l'engagement de la municipalité à construire la ville avec celles et ceux qui l'habitent.",
            "Rencontres de quartier, concertations sur les grands projets, budget participatif Les Sables d'Idées et boîte à idées en ligne : "
            "retrouvez ici tous les rendez-vous de la démocratie participative.")
            + m.links([(f"{ae}/reunions-publiques", "Les rencontres de quartier"), (f"{ae}/les-sables-d-idees", "Les Sables d'Idées"),
                       (f"{ae}/concertation-front-de-mer", "Concertation : le front de mer"), (f"{ae}/soumettre-une-idee", "Soumettre une idée")]), {P}),
        page(f"{ae}/les-sables-d-idees", "Les Sables d'Idées, le budget participatif", m.prose(
            "Les Sables d'Idées, c'est le budget participatif de Saint-Ermel : 200 000 € chaque année pour réaliser les projets des habitants.",
            "Pour l'édition 2025, le dépôt des projets est ouvert sur la plateforme participative jusqu'au 15 avril ; le vote aura lieu en septembre.")
            + m.links([(f"{cap}/project/les-sables-d-idees-2025/presentation/presentation-1", "Tout savoir sur l'édition 2025"),
                       (f"{cap}/project/les-sables-d-idees-2025/collect/deposez-vos-projets", "Déposer un projet"),
                       (f"{cap}/pages/reglement-les-sables-d-idees", "Le règlement")]), {PB, P}, parent=parent),
        page(f"{ae}/reunions-publiques", "Les rencontres de quartier", m.prose(
            "Deux fois par an, le maire et les élus de secteur viennent à la rencontre des habitants de chaque quartier.",
            "Prochaine rencontre : quartier des Oyats, mercredi 12 mars à 18 h 30, salle du Remblai. Les questions posées et les réponses apportées sont publiées ensuite.")
            + m.bullets("Les Oyats : 12 mars", "La Garenne : 19 mars", "Centre-bourg : 26 mars"), {P}, parent=parent),
        page(f"{ae}/concertation-front-de-mer", "Concertation : le front de mer de demain", m.prose(
            "Le remblai doit être rénové d'ici 2028. Avant de lancer les études, la ville consulte habitants et commerçants : répondez au questionnaire ci-dessous "
            "et participez à l'atelier du 22 mars.")
            + m.powermail(41, f"{ae}/concertation-front-de-mer", [("usage", "Comment utilisez-vous le remblai ?", "select:Promenade|Sport|Commerce|Je n'y vais pas"),
                                                                    ("priorite", "Votre priorité pour le front de mer", "select:Plus d'ombre|Des pistes cyclables|Du stationnement|Des animations"),
                                                                    ("remarques", "Vos remarques", "textarea")], "Envoyer mes réponses"),
            {P, "poll"}, parent=parent),
        page(f"{ae}/soumettre-une-idee", "Soumettre une idée", m.prose(
            "Une idée, une suggestion pour la ville ? Écrivez-nous : chaque proposition reçoit une réponse et les plus partagées sont présentées en rencontre de quartier.")
            + m.powermail(42, f"{ae}/soumettre-une-idee", [("nom", "Nom", "text"), ("email", "Adresse e-mail", "email"),
                                                            ("idee", "Votre idée", "textarea")], "Soumettre mon idée"), {SC, CF}, parent=parent),
        page("/mairie/budget", "Budget de la commune", m.prose(
            "Budget primitif 2025 : 52,7 M€. Compte administratif 2023 : excédent de fonctionnement de 3,1 M€.",
            "Les documents budgétaires et le rapport d'orientation budgétaire sont téléchargeables ci-dessous.")
            + m.bullets("Budget primitif 2025 (PDF, 2,4 Mo)", "Compte administratif 2023 (PDF, 3 Mo)"), decoys={PB}),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Les séances du conseil municipal sont publiques. Prochaine séance le jeudi 27 mars à 19 h.",
            "Ordre du jour : budget primitif, convention avec le syndicat mixte du littoral, dénomination de voies."), decoys={P}),
        page("/actualites/sables-d-idees-laureats-2024", "Les Sables d'Idées : les lauréats 2024", m.prose(
            "3 104 habitants ont voté pour le budget participatif. Sept projets seront réalisés en 2025, dont des douches de plage solaires et un kiosque à livres.")
            + m.links([(f"{cap}/project/les-sables-d-idees-2024/selection/vote", "Tous les résultats")]), {PB}),
        page("/actualites/salon-du-livre", "Salon du livre de la mer", m.prose(
            "Quarante auteurs attendus à la maison de la mer les 12 et 13 octobre.")
            + m.disqus("saint-ermel-des-sables", f"http://{STE}/actualites/salon-du-livre", "actu-1184"), {"comments"}),
        page("/actualites/recensement", "Recensement 2025", m.prose(
            "Le recensement de la population se déroule du 16 janvier au 15 février. Répondre au questionnaire de l'Insee est obligatoire."), decoys={"poll"}),
        page("/actualites/concours-chars-fleuris", "Corso fleuri : appel aux candidats", m.prose(
            "Associations et comités de quartier, inscrivez votre char au corso fleuri du 15 août. Dossier de candidature avant le 30 avril."), decoys={SC}),
        page("/tourisme", "Tourisme", m.prose(
            "Plages, sentiers côtiers et marais salants : l'office de tourisme intercommunal publie ses idées de sorties sur "
            "<a href='https://www.facebook.com/sablesvendee.tourisme'>sa page Facebook</a>."), decoys={TSN}),
        page("/contact", "Contact", m.prose("Hôtel de ville, 3 rue de l'Océan. Tél. 02 51 00 18 00.")
             + m.powermail(40, "/contact", [("nom", "Nom et prénom", "text"), ("email", "E-mail", "email"),
                                            ("objet", "Objet", "select:Question générale|État civil|Urbanisme|Plages"), ("message", "Message", "textarea")]), {CF}),
    ]
    www = Site(STE, "typo3", "Saint-Ermel-des-Sables", pages,
               menu=[("Mairie", "/mairie/conseil-municipal"), ("Agir ensemble", ae), ("Budget", "/mairie/budget"), ("Tourisme", "/tourisme"), ("Contact", "/contact")],
               accounts=[social("facebook", "SaintErmelDesSables"), social("instagram", "saintermel_officiel"), social("youtube", "SaintErmel")],
               address="Hôtel de ville, 3 rue de l'Océan, 85470 Saint-Ermel-des-Sables")

    p25 = "/project/les-sables-d-idees-2025"
    cpages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme participative de Saint-Ermel-des-Sables.")
             + '<section class="section--projects"><h2>Projets participatifs</h2><ul class="project-list">'
             + f'<li class="project-preview"><a href="{p25}/presentation/presentation-1">Les Sables d\'Idées 2025</a><span class="tag">Dépôt en cours</span></li>'
             + '<li class="project-preview"><a href="/project/questionnaire-mobilite/questionnaire/vos-deplacements">Questionnaire mobilité</a><span class="tag">Ouvert</span></li>'
             + '<li class="project-preview"><a href="/project/les-sables-d-idees-2024/selection/vote">Les Sables d\'Idées 2024</a><span class="tag">Terminé</span></li></ul></section>'),
        page(f"{p25}/presentation/presentation-1", "Les Sables d'Idées 2025 : présentation", m.prose(
            "Étape 1 : dépôt des projets jusqu'au 15 avril. Étape 2 : analyse. Étape 3 : vote en septembre. Étape 4 : réalisation.")
             + m.links([(f"{p25}/collect/deposez-vos-projets", "Étape en cours : déposez vos projets"), ("/pages/reglement-les-sables-d-idees", "Le règlement")]), {PB}),
        page(f"{p25}/collect/deposez-vos-projets", "Déposez vos projets", m.prose(
            "Vous avez un projet d'intérêt général pour Saint-Ermel ? Déposez-le avant le 15 avril. 37 propositions déjà reçues.")
             + '<a class="btn btn-primary" href="/login">Déposer une proposition</a><ul class="proposal-list">'
             + f'<li class="proposal-preview"><a href="/projects/les-sables-d-idees-2025/collect/deposez-vos-projets/proposals/kiosque-a-livres-plage-des-oyats">Un kiosque à livres plage des Oyats</a> · 23 votes · 4 commentaires</li></ul>',
             {PB, SC}, parent=("Les Sables d'Idées 2025", f"{p25}/presentation/presentation-1")),
        page("/projects/les-sables-d-idees-2025/collect/deposez-vos-projets/proposals/kiosque-a-livres-plage-des-oyats", "Un kiosque à livres plage des Oyats", m.prose(
            "Un abri en bois avec des livres en libre-service pour les baigneurs, géré par les bénévoles de la bibliothèque.")
             + '<div id="proposal-page-comments" class="opinion__list"><h2>4 commentaires</h2><div class="opinion"><span class="opinion__user">Morgane</span><p>Génial pour les ados l\'été.</p></div>'
             + '<div class="opinion"><span class="opinion__user">J. Guilbaud</span><p>Prévoir une protection contre le sable et l\'humidité.</p></div>'
             + '<form id="CommentForm" class="comment-form" action="/graphql" method="post"><label for="CommentForm-body">Ajouter un commentaire</label><textarea id="CommentForm-body" name="body"></textarea>'
             + '<label for="CommentForm-authorName">Nom</label><input id="CommentForm-authorName" name="authorName"><label for="CommentForm-authorEmail">Courriel</label>'
             + '<input id="CommentForm-authorEmail" name="authorEmail" type="email"><button type="submit">Commenter</button></form></div>',
             {PB, "comments"}, parent=("Déposez vos projets", f"{p25}/collect/deposez-vos-projets")),
        page("/project/les-sables-d-idees-2024/selection/vote", "Les Sables d'Idées 2024 : résultats du vote", m.prose(
            "Le vote est terminé. Projets lauréats :")
             + m.bullets("Douches de plage solaires — 1 022 votes", "Kiosque à livres du Remblai — 874 votes", "Potager de l'école des Dunes — 651 votes"), {PB}),
        page("/pages/reglement-les-sables-d-idees", "Règlement des Sables d'Idées", m.prose(
            "Article 1 : tout habitant de plus de 11 ans peut déposer un projet. Article 2 : les projets relèvent de l'investissement et des compétences de la commune.",
            "Article 3 : chaque votant choisit trois projets. Article 4 : les projets les mieux classés sont retenus dans la limite de l'enveloppe."), {PB}),
        page("/project/questionnaire-mobilite/questionnaire/vos-deplacements", "Questionnaire : vos déplacements", m.prose(
            "Dix questions pour préparer le schéma cyclable.")
             + '<form id="reply-form" class="questionnaire" action="/graphql" method="post"><div class="form-group"><label>Combien de fois par semaine utilisez-vous votre voiture ?</label>'
             + '<div class="radio"><label><input type="radio" name="responses[0]" value="0"> Jamais</label></div><div class="radio"><label><input type="radio" name="responses[0]" value="1"> 1 à 3 fois</label></div>'
             + '<div class="radio"><label><input type="radio" name="responses[0]" value="2"> Tous les jours</label></div></div>'
             + '<div class="form-group"><label for="r1">Quel aménagement vous ferait prendre le vélo ?</label><textarea id="r1" name="responses[1]"></textarea></div>'
             + '<button type="submit" class="btn btn-primary">Envoyer mes réponses</button></form>', {"poll"}),
    ]
    capco = Site(STE_CAP, "capcollectif", "Saint-Ermel participe", cpages,
                 menu=[("Accueil", "/"), ("Les Sables d'Idées", f"{p25}/presentation/presentation-1")],
                 features=frozenset({PF}), platforms=frozenset({"capcollectif"}))
    return City("99084", "Saint-Ermel-des-Sables", 53_120, "85", "52", "Pays de la Loire", f"http://{STE}/", [www, capco],
                decoy_accounts=("https://www.facebook.com/sablesvendee.tourisme",))


# ==== 99085 Castanhac (Haute-Garonne): SPIP + a phpBB board run by the city + a Publik portal ==================

CST = "www.castanhac.fr"
CST_FORUM = "forum.castanhac.fr"
CST_GRU = "demarches.castanhac.fr"


def _spip_signature(action, article, title, count):
    return (f'<div class="formulaire_spip formulaire_signature ajax" id="sp{article}"><h2 class="h2">Signer cette pétition</h2>'
            f'<p class="explication">{escape(title)} : <strong>{count}</strong> signatures.</p><form method="post" action="{action}"><div>'
            f'<input name="formulaire_action" type="hidden" value="signature"><input name="formulaire_action_args" type="hidden" value="{article}">'
            '<fieldset><legend>Votre signature</legend><div class="editer-groupe">'
            '<div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20"></div>'
            '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20"></div>'
            '<div class="editer saisie_message obligatoire"><label for="message">Un message, un commentaire ?</label><textarea name="message" id="message" rows="3" cols="40"></textarea></div>'
            '</div></fieldset><p class="boutons"><input type="submit" class="submit" value="Valider"></p></div></form></div>'
            f'<div class="petition-liste"><h3>Dernières signatures</h3><ul><li>Ostal Marta, 14 mars</li><li>J.-P. Bousquet, 13 mars</li></ul></div>')


def _spip_forum(article, messages):
    items = "".join(f'<li class="forum-fil"><div class="forum-message" id="forum{article * 10 + i}"><div class="forum-chapo">'
                    f'<strong class="forum-titre">{escape(t)}</strong><small>{escape(d)}, par {escape(a)}</small></div>'
                    f'<div class="forum-texte"><p>{escape(x)}</p></div></div></li>' for i, (a, d, t, x) in enumerate(messages, 1))
    return (f'<div class="comments"><a href="#forum" name="forum" id="forum"></a><h2>Commentaires</h2><ul class="comments-items forum">{items}</ul></div>'
            f'<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><h2 class="h2">Un message, un commentaire ?</h2>'
            f'<form action="/spip.php?page=forum&amp;id_article={article}" method="post" enctype="multipart/form-data"><div>'
            '<input name="formulaire_action" type="hidden" value="forum"><fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend>'
            '<div class="editer saisie_session_nom"><label for="session_nom_f">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom_f" value="" size="40"></div>'
            '<div class="editer saisie_session_email"><label for="session_email_f">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email_f" value="" size="40"></div></fieldset>'
            '<fieldset><legend>Votre message</legend><div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label>'
            '<textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></fieldset>'
            '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></div></form></div>')


def _castanhac():
    fo = f"http://{CST_FORUM}"
    gru = f"http://{CST_GRU}"
    home = m.home(
        "Castanhac, ville rose au bord de la Garonne : l'information municipale, vos démarches en ligne et l'agenda.",
        [("/Democratie-de-proximite", "Démocratie de proximité"), (f"{gru}/", "Démarches en ligne"), ("/Nous-ecrire", "Nous écrire"),
         ("/Lettre-d-information", "Lettre d'information"), ("/Petitions-citoyennes", "Pétitions citoyennes"), (f"{fo}/", "Forum citoyen")],
        [("/Consultation-sur-les-horaires-de-la-mediatheque", "Horaires de la médiathèque : votre avis", "3 mars 2025", "Questionnaire en ligne."),
         ("/La-fibre-dans-tous-les-quartiers", "La fibre dans tous les quartiers", "18 février 2025", "Fin du déploiement."),
         ("/Budget-primitif-2025", "Budget primitif 2025", "20 décembre 2024", "Les grandes orientations."),
         ("/Appel-a-candidatures-artistes", "Résidences d'artistes : appel à candidatures", "6 janvier 2025", "Jusqu'au 28 février.")],
        [("/Forum-de-l-emploi-2025", "Forum de l'emploi", "3 avr.", "Halle aux grains"),
         ("/Conseil-de-quartier-Saint-Cyprien-compte-rendu", "Conseil de quartier Saint-Cyprien", "14 mars", "Maison de quartier"),
         ("/Conseil-municipal-des-jeunes", "Séance du conseil municipal des jeunes", "26 mars", "Hôtel de ville")])
    parent = ("Démocratie de proximité", "/Democratie-de-proximite")
    pages = [
        page("/", "Accueil", home),
        page("/Democratie-de-proximite", "Démocratie de proximité", m.prose(
            "La ville de Castanhac fait vivre la démocratie de proximité à travers ses huit conseils de quartier, son conseil municipal des jeunes, "
            "un forum citoyen en ligne et un droit de pétition ouvert à tous les habitants.")
            + m.links([("/Les-conseils-de-quartier", "Les conseils de quartier"), ("/Conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"),
                       ("/Le-Forum-citoyen", "Le forum citoyen"), ("/Petitions-citoyennes", "Les pétitions citoyennes")]), {P}),
        page("/Les-conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chaque quartier a son conseil, composé d'habitants volontaires, d'associations et de commerçants. Les conseils se réunissent tous les deux mois, "
            "portent des projets de quartier et sont consultés sur les aménagements.",
            "Pour participer, il suffit de venir à une réunion : elles sont publiques.")
            + m.links([("/Conseil-de-quartier-Saint-Cyprien-compte-rendu", "Saint-Cyprien : compte rendu de la dernière réunion")]), {P}, parent=parent),
        page("/Conseil-de-quartier-Saint-Cyprien-compte-rendu", "Conseil de quartier Saint-Cyprien : compte rendu", m.prose(
            "Réunion du 14 janvier, 34 participants. Points abordés : la vitesse avenue de Muret, la fête de quartier, le projet de jardin partagé.",
            "Prochaine réunion le 14 mars à 18 h 30 à la maison de quartier ; le groupe de travail « mobilités » présentera ses propositions."), {P}, parent=parent),
        # a youth council: an assembly of young residents that the city consults, so the approach is displayed
        page("/Conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM2 et de 6e, les 29 jeunes conseillers préparent des projets et donnent leur avis aux élus.",
            "Leur dernière réalisation : un parcours santé au bord de la Garonne."), {P}, parent=parent),
        page("/Le-Forum-citoyen", "Le forum citoyen", m.prose(
            "Le forum citoyen est un espace d'échange entre habitants, modéré par la ville : cadre de vie, transports, idées pour Castanhac.",
            "Inscrivez-vous pour ouvrir un sujet ou répondre ; une charte de modération s'applique.")
            + m.links([(f"{fo}/", "Accéder au forum citoyen")]), {P}, parent=parent),
        page("/Petitions-citoyennes", "Pétitions citoyennes", m.prose(
            "Le droit de pétition permet à tout habitant de demander l'inscription d'un sujet à l'ordre du jour du conseil municipal. "
            "Une pétition qui atteint 1 % des habitants de plus de 16 ans est débattue en conseil.",
            "Pour lancer une pétition, écrivez au service Démocratie de proximité par le formulaire de demande en ligne ; après validation, elle est publiée ici.")
            + m.links([("/Petition-pour-une-navette-vers-le-marche-de-plein-vent", "Pour une navette vers le marché de plein vent"),
                       (f"{gru}/contacter-la-mairie/", "Formulaire de demande")]), {"petition", P}, parent=parent),
        page("/Petition-pour-une-navette-vers-le-marche-de-plein-vent", "Pour une navette vers le marché de plein vent", m.prose(
            "Les habitants des quartiers Nord demandent une navette le samedi matin vers le marché de plein vent, pour les personnes âgées sans voiture.")
            + _spip_signature("/Petition-pour-une-navette-vers-le-marche-de-plein-vent", 214, "Pour une navette vers le marché", 486), {"petition"}, parent=parent),
        page("/Consultation-sur-les-horaires-de-la-mediatheque", "Horaires de la médiathèque : votre avis", m.prose(
            "La médiathèque pourrait ouvrir le dimanche ou plus tard en semaine. Dites-nous ce qui vous conviendrait.")
            + '<div class="formulaire_spip formulaire_formidable formulaire_formidable_horaires" id="formulaire_formidable_horaires">'
            + '<form method="post" action="/Consultation-sur-les-horaires-de-la-mediatheque" enctype="multipart/form-data"><div>'
            + '<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="7">'
            + '<div class="editer-groupe"><div class="editer editer_radio_1 saisie_radio"><label>Quel créneau vous intéresse le plus ?</label>'
            + '<div class="choix choix_dim"><input type="radio" name="radio_1" class="radio" id="radio_1_dim" value="dim"><label for="radio_1_dim">Le dimanche après-midi</label></div>'
            + '<div class="choix choix_soir"><input type="radio" name="radio_1" class="radio" id="radio_1_soir" value="soir"><label for="radio_1_soir">Jusqu\'à 20 h en semaine</label></div>'
            + '<div class="choix choix_rien"><input type="radio" name="radio_1" class="radio" id="radio_1_rien" value="rien"><label for="radio_1_rien">Aucun changement</label></div></div>'
            + '<div class="editer editer_textarea_1 saisie_textarea"><label for="champ_textarea_1">Commentaire libre</label><textarea name="textarea_1" id="champ_textarea_1" rows="4"></textarea></div></div>'
            + '<p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></div></form></div>', {"poll"}),
        # SPIP's own "forum" under an article is its comment system, not a discussion board
        page("/La-fibre-dans-tous-les-quartiers", "La fibre dans tous les quartiers", m.prose(
            "Le déploiement de la fibre optique s'achève : 98 % des logements sont raccordables.")
            + _spip_forum(231, [("Ramon", "19 février", "Et l'impasse des Tilleuls ?", "Toujours pas éligible chez nous."),
                                ("La mairie", "20 février", "Réponse", "L'impasse sera raccordée en avril, l'opérateur nous l'a confirmé.")]),
            {"comments"}, decoys={"forum"}),
        page("/Forum-de-l-emploi-2025", "Forum de l'emploi 2025", m.prose(
            "Le forum de l'emploi réunit entreprises, agences d'intérim et organismes de formation le 3 avril à la halle aux grains."), decoys={"forum"}),
        page("/Appel-a-candidatures-artistes", "Résidences d'artistes : appel à candidatures", m.prose(
            "La ville accueille deux artistes en résidence à la chapelle des Carmes. Dossiers de candidature à envoyer avant le 28 février."), decoys={SC}),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 a été adopté le 18 décembre : 112 M€, dont 31 M€ d'investissement, sans hausse des taux."), decoys={PB}),
        page("/Nous-ecrire", "Nous écrire", m.prose("Pour toute question, écrivez au cabinet du maire ou utilisez les démarches en ligne.")
             + m.spip_contact("/Nous-ecrire", 1), {CF}),
        page("/Lettre-d-information", "Lettre d'information", m.newsletter("/spip.php?action=newsletter_subscribe", "Castanhac Infos"), decoys={CF}),
    ]
    www = Site(CST, "spip", "Ville de Castanhac", pages,
               menu=[("Accueil", "/"), ("Démocratie de proximité", "/Democratie-de-proximite"), ("Démarches", f"{gru}/"), ("Nous écrire", "/Nous-ecrire")],
               accounts=[social("facebook", "VilleDeCastanhac"), social("mastodon", "castanhac@social.occitanie.fr",
                                                                        "https://social.occitanie.fr/@castanhac")],
               address="Capitole de Castanhac, place de la République, 31120 Castanhac")
    forums = m.phpbb_forumlist([("./viewforum.php?f=2", "Cadre de vie", "Propreté, voirie, espaces verts", 48, 391),
                                ("./viewforum.php?f=3", "Vos idées pour Castanhac", "Proposez vos idées, la ville y répond", 27, 164)])
    fpages = [
        page("/", "Index du forum", m.prose("Bienvenue sur le forum citoyen de Castanhac.") + forums),
        page("/viewforum.php?f=2", "Cadre de vie", m.phpbb_topics(2, [("./viewtopic.php?f=2&t=15", "Stationnement sauvage rue des Lilas", "marie31", 9),
                                                                     ("./viewtopic.php?f=2&t=15", "Les bancs du parc Raymond-IV", "bastien_c", 3)])),
        page("/viewtopic.php?f=2&t=15", "Stationnement sauvage rue des Lilas", m.phpbb_posts(15, 2, [
            ("marie31", "mar. 4 mars 2025 18:12", "Tous les matins des voitures sur le trottoir devant l'école. Que peut-on faire ?"),
            ("Modérateur Ville", "mer. 5 mars 2025 09:30", "La police municipale a été informée, des passages sont prévus à 8 h 20."),
            ("bastien_c", "mer. 5 mars 2025 12:01", "Des potelets seraient plus efficaces.")])),
        # the board's ideas section asks residents for their suggestions in so many words
        page("/viewforum.php?f=3", "Vos idées pour Castanhac", m.prose("Proposez vos idées pour la ville : les services répondent sous quinze jours.")
             + m.phpbb_topics(3, [("./viewtopic.php?f=2&t=15", "Une navette le samedi vers le marché", "aline_m", 12)]), {SC}),
    ]
    board = Site(CST_FORUM, "phpbb", "Forum citoyen de Castanhac", fpages, features=frozenset({"forum"}))
    gpages = [
        page("/", "Démarches en ligne", m.prose("Vos démarches auprès de la ville, 24 h/24.")
             + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur la voie publique"),
                        ("/inscription-ecole/", "Inscription scolaire")], "list-of-forms")),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", "contacter-la-mairie", [
            ("nom", "Nom", "text"), ("courriel", "Courriel", "email"), ("objet", "Objet de votre demande", "text"), ("message", "Votre message", "textarea")]), {CF}),
        # a report of a problem is a free-text message to the city, with its own subject
        page("/signaler-un-probleme/", "Signaler un problème sur la voie publique", m.wcs_form("/signaler-un-probleme/", "signalement", [
            ("type", "Type de problème", "radio:Éclairage|Nid-de-poule|Dépôt sauvage|Autre"), ("adresse", "Adresse", "text"),
            ("description", "Description", "textarea"), ("courriel", "Courriel", "email")]), {CF}),
        page("/inscription-ecole/", "Inscription scolaire", m.wcs_form("/inscription-ecole/", "inscription-ecole", [
            ("enfant", "Nom et prénom de l'enfant", "text"), ("naissance", "Date de naissance", "date"),
            ("niveau", "Niveau", "radio:Petite section|CP|Autre")], "Suivant"), decoys={CF}),
    ]
    portal = Site(CST_GRU, "publik", "Castanhac - Démarches en ligne", gpages,
                  menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/")], address="Capitole de Castanhac")
    return City("99085", "Castanhac", 88_460, "31", "76", "Occitanie", f"http://{CST}/", [www, board, portal])


# ==== 99086 Vauclerc-sur-Loire (Loiret): Joomla + Fluicity ====================================================

VCL = "www.vauclerc-sur-loire.fr"
VCL_FLUI = "vauclerc.flui.city"


def _vauclerc():
    fl = f"http://{VCL_FLUI}"
    vc = "/vie-citoyenne"
    parent = ("Vie citoyenne", vc)
    home = m.home(
        "Vauclerc-sur-Loire : toute l'information de votre ville, des bords de Loire au plateau.",
        [(vc, "Vie citoyenne"), (f"{vc}/budget-participatif", "Vauclerc à vous"), ("/marches-publics", "Marchés publics"),
         ("/espace-famille", "Espace famille"), ("/contact", "Contact"), ("/actualites/la-ville-sur-les-reseaux", "Suivez-nous")],
        [("/actualites/nouveau-skatepark", "Le nouveau skatepark est ouvert", "4 mars 2025", "Inauguration samedi."),
         ("/actualites/sondage-clos-marche", "Marché du dimanche : résultats", "12 février 2025", "Vous avez tranché."),
         ("/actualites/participation-citoyenne", "Participation citoyenne dans les quartiers", "28 janvier 2025", "Le dispositif s'étend."),
         ("/actualites/forum-des-associations", "Forum des associations", "1er septembre 2024", "Au gymnase Colette.")],
        [(f"{vc}/conseils-de-quartier", "Conseil de quartier des Bords de Loire", "18 mars", "Salle Jeanne-d'Arc"),
         ("/actualites/forum-des-associations", "Forum des associations", "6 sept.", "Gymnase Colette"),
         (f"{vc}/droit-d-interpellation", "Interpellation citoyenne : séance publique", "3 avr.", "Hôtel de ville")])
    pages = [
        page("/", "Accueil", home),
        page(vc, "Vie citoyenne", m.prose(
            "Conseils de quartier, budget participatif « Vauclerc à vous », droit d'interpellation, consultations : la ville associe les habitants à ses choix.",
            "La plateforme vauclerc.flui.city rassemble les consultations en cours et les idées des habitants.")
            + m.links([(f"{vc}/conseils-de-quartier", "Les conseils de quartier"), (f"{vc}/budget-participatif", "Le budget participatif"),
                       (f"{vc}/droit-d-interpellation", "Le droit d'interpellation"), (f"{fl}/", "La plateforme participative")]), {P}),
        page(f"{vc}/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier (Bords de Loire, Centre, Plateau, Les Aulnaies) de 25 membres chacun, pour moitié tirés au sort.",
            "Ils se réunissent en séance publique trois fois par an et peuvent saisir le maire de toute question d'intérêt local.",
            "Prochaine séance des Bords de Loire : 18 mars, 19 h, salle Jeanne-d'Arc."), {P}, parent=parent),
        page(f"{vc}/budget-participatif", "Vauclerc à vous, le budget participatif", m.prose(
            "Avec Vauclerc à vous, 250 000 € du budget d'investissement sont réservés aux projets des habitants.",
            "Déposez votre projet sur la plateforme jusqu'au 30 avril ; les projets retenus seront soumis au vote des habitants en octobre.")
            + m.links([(f"{fl}/projets/budget-participatif-2025", "Déposer un projet"), (f"{vc}/budget-participatif/projets-laureats-2024", "Les lauréats 2024")]),
            {PB}, parent=parent),
        page(f"{vc}/budget-participatif/projets-laureats-2024", "Vauclerc à vous : les lauréats 2024", m.prose(
            "Premier budget participatif de la ville : 2 140 votants, huit projets lauréats.")
            + m.bullets("Ponton de pêche accessible — 612 voix", "Fresque du passage Dunois — 488 voix", "Hôtel à insectes des écoles — 401 voix"),
            {PB}, parent=("Vauclerc à vous", f"{vc}/budget-participatif")),
        # the right of interpellation is a petition right: filed and signed on the city's platform
        page(f"{vc}/droit-d-interpellation", "Le droit d'interpellation citoyenne", m.prose(
            "Une interpellation qui réunit 300 soutiens d'habitants en trois mois est inscrite à l'ordre du jour du conseil municipal, "
            "en présence de ses auteurs.",
            "Lancez ou soutenez une interpellation sur la plateforme participative.")
            + m.links([(f"{fl}/interpellations", "Les interpellations en cours")]), {"petition", P}, parent=parent),
        page("/actualites/nouveau-skatepark", "Le nouveau skatepark est ouvert", m.prose(
            "Le skatepark des Aulnaies, conçu avec les jeunes du quartier, ouvre ses portes. Inauguration samedi à 15 h.")
            + m.jcomments(87, [("Tom", "5 mars 2025", "Enfin ! Merci la mairie."), ("Nadia", "5 mars 2025", "Il faudrait un point d'eau.")]), {"comments"}),
        page("/actualites/sondage-clos-marche", "Marché du dimanche : résultats", m.prose(
            "Le sondage sur le déplacement du marché du dimanche est terminé.")
            + m.poll_results("Où doit se tenir le marché du dimanche ?", [("Place du Martroi", 62), ("Quai de Loire", 38)], "Sondage clos le 31 janvier."),
            decoys={"poll"}),
        page("/actualites/participation-citoyenne", "Participation citoyenne dans les quartiers", m.prose(
            "Le dispositif de participation citoyenne, piloté par la police nationale, s'étend au Plateau : des habitants référents relaient les signalements."),
            decoys={P}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations se tient au gymnase Colette le 6 septembre, de 10 h à 17 h."), decoys={"forum"}),
        page("/marches-publics", "Marchés publics", m.prose(
            "Consultations en cours : restauration scolaire (date limite 14 avril), entretien des espaces verts (date limite 2 mai).",
            "Les dossiers de consultation sont disponibles sur la plateforme de dématérialisation des marchés."), decoys={SC}),
        page("/actualites/la-ville-sur-les-reseaux", "La ville sur les réseaux sociaux", m.prose(
            "Retrouvez l'actualité de Vauclerc sur <a href='https://www.facebook.com/VauclercSurLoire'>Facebook</a>, "
            "<a href='https://www.instagram.com/vauclerc_sur_loire'>Instagram</a> et <a href='https://www.linkedin.com/company/ville-de-vauclerc-sur-loire'>LinkedIn</a>."),
            decoys={TSN}),
        page("/contact", "Contact", m.prose("Mairie de Vauclerc-sur-Loire, place du Martroi.") + m.joomla_contact("/contact", 1), {CF}),
        page("/espace-famille", "Espace famille", m.prose("Connectez-vous pour gérer les inscriptions et factures de vos enfants.")
             + '<form action="/espace-famille" method="post" id="login-form" class="mod-login"><label for="modlgn-username">Identifiant</label>'
             + '<input id="modlgn-username" type="text" name="username" autocomplete="username"><label for="modlgn-passwd">Mot de passe</label>'
             + '<input id="modlgn-passwd" type="password" name="password" autocomplete="current-password"><button type="submit" name="Submit">Connexion</button>'
             + '<input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"></form>', decoys={CF}),
    ]
    www = Site(VCL, "joomla", "Vauclerc-sur-Loire", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", vc), ("Marchés publics", "/marches-publics"), ("Contact", "/contact")],
               accounts=[social("facebook", "VauclercSurLoire"), social("instagram", "vauclerc_sur_loire"), social("linkedin", "ville-de-vauclerc-sur-loire")],
               address="Mairie, place du Martroi, 45610 Vauclerc-sur-Loire")
    fpages = [
        page("/", "Vauclerc à vous", m.prose("La plateforme participative de Vauclerc-sur-Loire, propulsée par Fluicity.")
             + '<div class="flui-feed"><h2>En ce moment</h2>'
             + '<a class="flui-card flui-card--project" href="/projets/budget-participatif-2025">Budget participatif 2025 : déposez vos projets</a>'
             + '<a class="flui-card flui-card--consultation" href="/consultations/ligne-de-bus-4">Consultation : la ligne de bus n° 4</a>'
             + '<a class="flui-card flui-card--interpellation" href="/interpellations">Interpellations citoyennes</a></div>'),
        page("/projets/budget-participatif-2025", "Budget participatif 2025", m.prose(
            "Proposez votre projet pour Vauclerc jusqu'au 30 avril ! Chaque projet doit coûter moins de 40 000 € et relever de l'intérêt général.")
             + '<a class="flui-btn flui-btn--primary" href="/interpellations">Voir aussi les interpellations</a>'
             + '<div class="flui-ideas"><a class="flui-card flui-card--idea" href="/idees/3412-des-bancs-sur-les-quais">Des bancs sur les quais</a><span class="flui-likes">57 soutiens</span></div>'
             + '<form class="flui-form flui-form--idea" action="/projets/budget-participatif-2025/idees" method="post"><label for="idea-title">Titre du projet</label>'
             + '<input id="idea-title" name="title"><label for="idea-body">Description</label><textarea id="idea-body" name="description"></textarea>'
             + '<button type="submit">Proposer mon projet</button></form>', {PB, SC}),
        page("/idees/3412-des-bancs-sur-les-quais", "Des bancs sur les quais", m.prose(
            "Entre le pont et la capitainerie, pas un seul banc pour s'asseoir face à la Loire.")
             + '<section class="flui-comments"><h2>5 commentaires</h2><div class="flui-comment"><b>Colette</b><p>Oui, pour les aînés surtout.</p></div>'
             + '<form class="flui-comment-form" action="/idees/3412/commentaires" method="post"><textarea name="comment" placeholder="Réagir à cette idée"></textarea>'
             + '<button type="submit">Commenter</button></form></section>', {PB, "comments"}, parent=("Budget participatif 2025", "/projets/budget-participatif-2025")),
        page("/consultations/ligne-de-bus-4", "Consultation : la ligne de bus n° 4", m.prose("Nouveaux horaires, nouveaux arrêts : donnez votre avis.")
             + '<form class="flui-survey" action="/consultations/ligne-de-bus-4/reponses" method="post"><fieldset><legend>Prenez-vous la ligne 4 ?</legend>'
             + '<label><input type="radio" name="q1" value="souvent"> Souvent</label><label><input type="radio" name="q1" value="parfois"> Parfois</label>'
             + '<label><input type="radio" name="q1" value="jamais"> Jamais</label></fieldset><fieldset><legend>Un arrêt au Plateau vous serait-il utile ?</legend>'
             + '<label><input type="radio" name="q2" value="oui"> Oui</label><label><input type="radio" name="q2" value="non"> Non</label></fieldset>'
             + '<button type="submit">Voter</button></form>', {"poll"}),
        page("/interpellations", "Interpellations citoyennes", m.prose(
            "Lancez une interpellation ou soutenez celles des autres habitants : à 300 soutiens, elle est débattue en conseil municipal.")
             + '<ul class="flui-petitions"><li class="flui-card flui-card--petition">Pour des toilettes publiques au parc de la Motte — 214 / 300 soutiens '
             + '<button class="flui-btn" type="button">Je soutiens</button></li></ul><a class="flui-btn flui-btn--primary" href="/projets/budget-participatif-2025">Budget participatif</a>',
             {"petition"}),
    ]
    flui = Site(VCL_FLUI, "vendor", "Vauclerc à vous", fpages, menu=[("Accueil", "/"), ("Interpellations", "/interpellations")],
                features=frozenset({PF}), platforms=frozenset({"fluicity"}), address="Plateforme Fluicity de la ville de Vauclerc-sur-Loire")
    return City("99086", "Vauclerc-sur-Loire", 66_730, "45", "24", "Centre-Val de Loire", f"http://{VCL}/", [www, flui])


# ==== 99087 Lamparet (Hérault): agency CMS (Kosmos-like) + CONSUL Democracy ==================================

LMP = "www.lamparet.fr"
LMP_CONSUL = "participez.lamparet.fr"


def _lamparet():
    cs = f"http://{LMP_CONSUL}"
    dl = "/ma-ville/democratie-locale"
    parent = ("Démocratie locale", dl)
    home = m.home(
        "Lamparet, entre étangs et garrigue : actualités, démarches et grands projets de la ville.",
        [(dl, "Démocratie locale"), (f"{dl}/budget-participatif", "Lamparet en projets"), ("/demarches/payer-la-cantine", "Payer la cantine"),
         ("/ma-ville/budget", "Finances"), ("/contact", "Contact"), (f"{cs}/", "Participez !")],
        [("/actualites/la-ville-lance-participez", "La ville lance « Participez ! »", "14 janvier 2025", "Une plateforme pour proposer et voter."),
         ("/actualites/tour-de-france", "Le Tour de France passe par Lamparet", "2 juillet 2024", "Circulation modifiée."),
         ("/actualites/enquete-insee", "Enquête de l'Insee sur le cadre de vie", "9 février 2025", "Des ménages tirés au sort."),
         ("/actualites/appel-d-offres-cantine", "Restauration scolaire : appel d'offres", "3 mars 2025", "Consultation ouverte.")],
        [("/actualites/conseil-municipal-du-12-juin", "Conseil municipal", "12 juin", "Hôtel de ville"),
         (f"{dl}/comites-d-habitants", "Comité d'habitants des Salins", "20 mars", "Maison des Salins"),
         (f"{cs}/budgets/4", "Vote du budget participatif", "1er - 31 mai", "En ligne")])
    pages = [
        page("/", "Accueil", home),
        page(dl, "Démocratie locale", m.prose(
            "La ville a adopté en 2022 une charte de la démocratie locale : comités d'habitants dans chaque secteur, budget participatif, "
            "droit de pétition et plateforme en ligne « Participez ! ».",
            "Une adjointe déléguée à la démocratie locale et un service dédié accompagnent ces démarches.")
            + m.links([(f"{dl}/comites-d-habitants", "Les comités d'habitants"), (f"{dl}/budget-participatif", "Le budget participatif"),
                       (f"{dl}/droit-de-petition", "Le droit de pétition"), (f"{cs}/", "La plateforme Participez !")]), {P}),
        page(f"{dl}/comites-d-habitants", "Les comités d'habitants", m.prose(
            "Six comités d'habitants couvrent la ville. Ouverts à tous, ils se réunissent chaque trimestre avec l'élu de secteur et disposent "
            "d'un budget d'animation.",
            "Comité des Salins : jeudi 20 mars, 18 h 30, maison des Salins. À l'ordre du jour : la piste cyclable vers la plage."), {P}, parent=parent),
        page(f"{dl}/budget-participatif", "Lamparet en projets, le budget participatif", m.prose(
            "Lamparet en projets consacre 400 000 € à des projets des habitants. Après le dépôt et l'étude de faisabilité, "
            "le vote a lieu du 1er au 31 mai sur la plateforme Participez ! et dans les mairies annexes.")
            + m.links([(f"{cs}/budgets/4", "Voter pour les projets")]), {PB}, parent=parent),
        page(f"{dl}/droit-de-petition", "Le droit de pétition", m.prose(
            "Tout habitant peut déposer une pétition adressée au conseil municipal. Signée par 2 % des habitants majeurs, elle est inscrite à l'ordre du jour.",
            "Remplissez le formulaire ci-dessous pour déposer votre pétition ; elle sera ouverte aux signatures après examen de sa recevabilité.")
            + '<form class="form form--petition-depot" action="/ma-ville/democratie-locale/droit-de-petition" method="post">'
            + '<label for="pt-titre">Intitulé de la pétition</label><input type="text" id="pt-titre" name="intitule">'
            + '<label for="pt-texte">Texte de la pétition</label><textarea id="pt-texte" name="texte" rows="8"></textarea>'
            + '<label for="pt-nom">Nom du premier signataire</label><input type="text" id="pt-nom" name="nom">'
            + '<label for="pt-mail">Courriel</label><input type="email" id="pt-mail" name="courriel"><button type="submit">Déposer la pétition</button></form>',
            {"petition", P}, parent=parent),
        page("/ma-ville/budget", "Finances de la ville", m.prose(
            "Le budget primitif 2025 s'élève à 98 M€. La dette par habitant est inférieure à la moyenne de la strate.",
            "Documents : budget primitif, compte administratif 2023, rapport d'orientation budgétaire."), decoys={PB}),
        page("/actualites/conseil-municipal-du-12-juin", "Conseil municipal du 12 juin", m.prose(
            "Le conseil municipal se réunit le 12 juin à 18 h. Ordre du jour : compte administratif, tarifs de la saison culturelle, subventions."),
            decoys={P}),
        page("/actualites/enquete-insee", "Enquête de l'Insee sur le cadre de vie", m.prose(
            "L'Insee réalise jusqu'en avril l'enquête Cadre de vie et sécurité. Quelques ménages de Lamparet seront sollicités par un enquêteur muni d'une carte officielle."),
            decoys={"poll"}),
        page("/actualites/appel-d-offres-cantine", "Restauration scolaire : appel d'offres", m.prose(
            "La ville lance un appel d'offres pour la fourniture de repas en liaison froide. Remise des offres avant le 10 avril."), decoys={SC}),
        page("/actualites/tour-de-france", "Le Tour de France passe par Lamparet", m.prose(
            "Le 14 juillet, la course traverse la ville : circulation interdite de 10 h à 16 h sur la route des étangs.")
            + m.share(f"http://{LMP}/actualites/tour-de-france", "Tour de France"), decoys={"social_account"}),
        # a news item about the platform names its software: the feature is on the platform, not here
        page("/actualites/la-ville-lance-participez", "La ville lance « Participez ! »", m.prose(
            "Construite sur CONSUL Democracy, le logiciel libre né à Madrid, la plateforme Participez ! accueillera le vote du budget participatif.",
            "Une réunion de présentation est prévue le 28 janvier à la médiathèque.")
            + m.links([(f"{cs}/", "Découvrir Participez !")]), decoys={PF, PB}),
        page("/contact", "Contact", m.prose("Hôtel de ville de Lamparet, 1 cours de la République.")
             + m.vendor_contact("/contact", ["Demande d'information", "Urbanisme", "Propreté", "Autre"]), {CF}),
        page("/demarches/payer-la-cantine", "Payer la cantine", m.payment_form("/demarches/payer-la-cantine"), decoys={CF}),
    ]
    www = Site(LMP, "vendor", "Ville de Lamparet", pages,
               menu=[("Ma ville", dl), ("Finances", "/ma-ville/budget"), ("Actualités", "/actualites/la-ville-lance-participez"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeLamparet"), social("instagram", "lamparet_ville"), social("tiktok", "villedelamparet")],
               address="Hôtel de ville, 1 cours de la République, 34250 Lamparet")
    cpages = [
        page("/", "Accueil", m.prose("Participez ! La plateforme de participation citoyenne de Lamparet.")
             + m.links([("/budgets/4", "Budget participatif Lamparet en projets"), ("/proposals", "Propositions citoyennes"),
                        ("/debates", "Débats"), ("/polls", "Votations")], "home-feed")),
        page("/budgets/4", "Lamparet en projets 2025", m.prose("Phase actuelle : vote des projets (1er - 31 mai). 400 000 € à répartir.")
             + '<div class="budget-header"><a class="button" href="/budgets/4/investments">Voir les projets et voter</a></div>', {PB}),
        page("/budgets/4/investments", "Projets d'investissement", '<div id="budget-investments" class="budget-investments-list">'
             + '<div class="budget-investment clear" id="budget_investment_127"><div class="budget-investment-content"><h3><a href="/budgets/4/investments/127">Ombrières sur la cour de l\'école Frédéric-Mistral</a></h3>'
             + '<p class="investment-project-amount">62 000 €</p></div><div class="supports ballot"><a class="button button-support small expanded" href="/users/sign_in">Voter</a></div></div>'
             + '<div class="budget-investment clear"><div class="budget-investment-content"><h3>Un sentier botanique aux Salins</h3><p class="investment-project-amount">18 000 €</p></div></div></div>',
             {PB}, parent=("Budget participatif", "/budgets/4")),
        page("/budgets/4/investments/127", "Ombrières sur la cour de l'école Frédéric-Mistral", m.prose(
            "En juin, la cour dépasse 40 °C. Des ombrières végétalisées rendraient la récréation supportable.")
             + '<section class="comments" id="comments"><h2>Commentaires (3)</h2><div class="comment small-12" id="comment_551"><div class="comment-body">'
             + '<span class="user-name">Parent d\'élève</span><p>Indispensable !</p></div></div>'
             + '<form class="new_comment" id="new_comment" action="/comments" method="post"><label for="comment-body-budget_investment_127">Laisser votre commentaire</label>'
             + '<textarea id="comment-body-budget_investment_127" name="comment[body]" maxlength="1000"></textarea><input type="submit" name="commit" value="Publier le commentaire" class="button"></form></section>',
             {PB, "comments"}, parent=("Projets", "/budgets/4/investments")),
        # citizen proposals collect supports, but what they ask for is residents' ideas
        page("/proposals", "Propositions citoyennes", m.prose(
            "Vous avez une idée pour Lamparet ? Créez une proposition : si elle recueille 1 % de soutiens, la ville l'étudie et y répond publiquement.")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a><div id="proposals" class="proposals-list">'
             + '<div class="proposal clear" id="proposal_42"><h3><a href="/debates/12">Des fontaines à eau sur la promenade</a></h3><span class="supports">213 soutiens</span></div></div>',
             {SC}),
        page("/debates", "Débats", m.prose("Ouvrez un débat ou participez aux échanges entre habitants.")
             + '<div id="debates" class="debates-list"><div class="debate clear" id="debate_12"><h3><a href="/debates/12">Faut-il piétonniser la Grand-Rue l\'été ?</a></h3><span>27 commentaires</span></div></div>'),
        # a CONSUL debate: residents comment under a question the platform frames; no board of threads, so comments only
        page("/debates/12", "Faut-il piétonniser la Grand-Rue l'été ?", m.prose("Les commerçants sont partagés, les riverains aussi. Qu'en pensez-vous ?")
             + '<section class="comments" id="comments"><h2>Commentaires (27)</h2><div class="comment"><span class="user-name">Mireille</span><p>Oui, mais avec des livraisons le matin.</p></div>'
             + '<form class="new_comment" action="/comments" method="post"><textarea name="comment[body]" aria-label="Laisser votre commentaire"></textarea>'
             + '<input type="submit" value="Publier le commentaire" class="button"></form></section>', {"comments"}, parent=("Débats", "/debates")),
        page("/polls", "Votations", m.links([("/polls/6", "Nom de la future médiathèque (en cours)"), ("/polls/3", "Horaires d'été des plages (terminé)")])),
        page("/polls/6", "Quel nom pour la future médiathèque ?", '<div class="poll-question"><form class="poll-answers" action="/polls/6/answer" method="post">'
             + '<label><input type="radio" name="answer" value="1"> Médiathèque des Étangs</label><label><input type="radio" name="answer" value="2"> Médiathèque Lucie-Aubrac</label>'
             + '<label><input type="radio" name="answer" value="3"> La Garriga</label><input type="submit" class="button" value="Voter"></form></div>', {"poll"},
             parent=("Votations", "/polls")),
        page("/polls/3", "Horaires d'été des plages surveillées", m.prose("Cette votation est terminée. Résultats :")
             + m.poll_results("Surveillance de 10 h à 19 h ?", [("Oui", 81), ("Non", 19)], "Votation close le 30 avril 2024."), decoys={"poll"},
             parent=("Votations", "/polls")),
    ]
    consul = Site(LMP_CONSUL, "consul", "Participez ! Lamparet", cpages,
                  menu=[("Accueil", "/"), ("Budget participatif", "/budgets/4"), ("Propositions", "/proposals"), ("Débats", "/debates"), ("Votations", "/polls")],
                  features=frozenset({PF}), platforms=frozenset({"consul"}))
    return City("99087", "Lamparet", 79_310, "34", "76", "Occitanie", f"http://{LMP}/", [www, consul])


# ==== 99088 Pontcaudan (Manche): Drupal + Jenparle + a Flarum board ===========================================

PTC = "www.pontcaudan.fr"
PTC_JP = "pontcaudan.jenparle.net"
PTC_AGORA = "agora.pontcaudan.fr"


def _pontcaudan():
    jp = f"http://{PTC_JP}"
    ag = f"http://{PTC_AGORA}"
    pa = "/ma-ville/participer"
    parent = ("Participer", pa)
    home = m.home(
        "Pontcaudan, port du Cotentin : l'actualité de la ville, vos services et vos démarches.",
        [(pa, "Participer"), (f"{jp}/", "Jenparle Pontcaudan"), (f"{ag}/", "L'Agora"), ("/budget", "Budget de la ville"),
         ("/contact", "Contact"), ("/newsletter", "Newsletter")],
        [("/actualites/fibre", "La fibre arrive au Val-Saint-Père", "11 mars 2025", "Début des raccordements."),
         ("/actualites/appel-a-projets-culture", "Appel à projets culturels 2025", "6 février 2025", "Pour les associations."),
         ("/actualites/petition-change-org", "Fermeture de la poste du port", "22 janvier 2025", "La ville demande un rendez-vous."),
         (f"{pa}/questionnaire-jeunesse", "Jeunes : votre avis compte", "15 janvier 2025", "Questionnaire 15-25 ans.")],
        [("/actualites/forum-des-metiers", "Forum des métiers de la mer", "21 mars", "Criée"),
         (f"{pa}/conseils-de-quartier/reunion-quartier-nord", "Réunion de quartier Nord", "25 mars", "École des Mielles"),
         (f"{jp}/consultation/avenir-de-la-halle", "Atelier sur la halle", "29 mars", "Halle aux poissons")])
    pages = [
        page("/", "Accueil", home),
        page(pa, "Participer à la vie de la cité", m.prose(
            "Conseils de quartier, consultations en ligne sur Jenparle, forum L'Agora, budget participatif : à Pontcaudan, "
            "chacun peut donner son avis et agir pour sa ville.")
            + m.links([(f"{pa}/conseils-de-quartier", "Les conseils de quartier"), (f"{pa}/appel-a-idees-centre-bourg", "Appel à idées : le centre-bourg"),
                       (f"{pa}/questionnaire-jeunesse", "Questionnaire jeunesse"), (f"{jp}/", "Jenparle Pontcaudan"), (f"{ag}/", "L'Agora")]), {P}),
        page(f"{pa}/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Trois conseils de quartier (Nord, Port, Val-Saint-Père) réunissent des habitants volontaires autour d'un élu référent.",
            "Ils se réunissent au moins quatre fois par an ; leurs réunions sont ouvertes au public et leurs avis sont transmis au conseil municipal.")
            + m.links([(f"{pa}/conseils-de-quartier/reunion-quartier-nord", "Prochaine réunion : quartier Nord")]), {P}, parent=parent),
        page(f"{pa}/conseils-de-quartier/reunion-quartier-nord", "Réunion du conseil de quartier Nord", m.prose(
            "Mardi 25 mars à 18 h, école des Mielles. Au programme : le devenir du terrain des Mielles, la sécurité aux abords de l'école, les questions des habitants.",
            "Tous les habitants du quartier sont les bienvenus."), {P}, parent=("Conseils de quartier", f"{pa}/conseils-de-quartier")),
        # a closed call for ideas, its proposals kept on line: it still calls, in so many words, for residents' ideas
        page(f"{pa}/appel-a-idees-centre-bourg", "Appel à idées : quel centre-bourg pour demain ?", m.prose(
            "De septembre à décembre, la ville a invité les habitants à proposer leurs idées pour le centre-bourg. L'appel à idées est désormais clos : "
            "143 idées ont été déposées.",
            "Elles ont été classées en cinq thèmes et nourrissent le cahier des charges des architectes. Une restitution publique aura lieu en avril."),
            {SC, P}, parent=parent),
        page(f"{pa}/questionnaire-jeunesse", "Jeunes : votre avis compte", m.prose(
            "Tu as entre 15 et 25 ans et tu vis à Pontcaudan ? Réponds à ce questionnaire pour construire la future politique jeunesse.")
            + m.drupal_webform("questionnaire_jeunesse", f"{pa}/questionnaire-jeunesse", [
                ("age", "Ton âge", "select:15-17 ans|18-21 ans|22-25 ans"), ("lieu", "Où passes-tu ton temps libre ?", "radios:Plage|Skatepark|Médiathèque|Chez moi"),
                ("manque", "Qu'est-ce qui manque à Pontcaudan ?", "textarea")], "Envoyer mes réponses"), {"poll"}, parent=parent),
        page("/actualites/fibre", "La fibre arrive au Val-Saint-Père", m.prose(
            "Les premiers raccordements commencent ce mois-ci. Une réunion d'information est organisée le 2 avril.")
            + m.drupal_comments(561, [("Gilles", "12/03/2025", "Et pour les maisons de la route de la Hague ?")]), {"comments"}),
        page("/actualites/appel-a-projets-culture", "Appel à projets culturels 2025", m.prose(
            "Les associations peuvent répondre à l'appel à projets culturels de la ville : subvention jusqu'à 5 000 €. Dossier avant le 31 mars."), decoys={SC}),
        page("/actualites/petition-change-org", "Fermeture de la poste du port", m.prose(
            "Le maire a demandé un rendez-vous à la direction régionale de La Poste.",
            "Des habitants ont lancé une pétition sur change.org ; la ville n'en est pas l'organisatrice."), decoys={"petition"}),
        page("/actualites/forum-des-metiers", "Forum des métiers de la mer", m.prose(
            "Pêche, construction navale, énergies marines : forum des métiers le 21 mars à la criée, pour les collégiens et lycéens."), decoys={"forum"}),
        page("/budget", "Budget de la ville", m.prose(
            "Le budget primitif 2025 (61 M€) a été voté le 10 décembre. Le compte administratif est présenté chaque printemps."), decoys={PB}),
        page("/contact", "Contact", m.prose("Mairie de Pontcaudan, quai de l'Hôtel-de-Ville.")
             + m.drupal_webform("contact_mairie", "/contact", [("nom", "Nom", "text"), ("courriel", "Courriel", "email"),
                                                               ("objet", "Objet", "select:Information|Voirie|État civil|Autre"), ("message", "Message", "textarea")]), {CF}),
        page("/newsletter", "Newsletter", m.newsletter("/newsletter", "Pontcaudan Hebdo"), decoys={CF}),
    ]
    www = Site(PTC, "drupal", "Ville de Pontcaudan", pages,
               menu=[("Accueil", "/"), ("Participer", pa), ("Budget", "/budget"), ("Contact", "/contact")],
               accounts=[social("facebook", "pontcaudan"), social("bluesky", "pontcaudan.fr"), social("youtube", "VilledePontcaudan")],
               address="Hôtel de ville, quai de l'Hôtel-de-Ville, 50110 Pontcaudan")
    bp = "/budget-participatif"
    jpages = [
        page("/", "Jenparle Pontcaudan", m.prose("Bienvenue sur Jenparle, l'espace de consultation et de participation de la ville de Pontcaudan.")
             + '<div class="jp-cards"><a class="jp-card" href="/consultation/avenir-de-la-halle">Consultation : l\'avenir de la halle</a>'
             + f'<a class="jp-card" href="{bp}">Budget participatif 2025</a><a class="jp-card" href="/petitions">Pétitions</a></div>'),
        page("/consultation/avenir-de-la-halle", "Consultation : l'avenir de la halle", m.prose(
            "La halle aux poissons doit être rénovée. Répondez à la consultation jusqu'au 15 avril.")
             + m.questionnaire_form("/consultation/avenir-de-la-halle/repondre", "Trois questions, deux minutes.", [
                 ("Que voudriez-vous trouver dans la halle rénovée ?", ["Un marché couvert", "Des restaurants", "Un lieu culturel"]),
                 ("À quelle fréquence y viendriez-vous ?", ["Chaque semaine", "Chaque mois", "Rarement"]),
                 ("Une autre idée ?", None)]), {"poll"}),
        page(bp, "Budget participatif 2025", m.prose(
            "Déposez votre projet jusqu'au 20 avril : 150 000 € pour des projets proposés par les Pontcaudanais, votés en juin.")
             + '<div class="jp-projects"><a class="jp-project" href="/budget-participatif/projet/jardin-pedagogique">Un jardin pédagogique aux Mielles</a></div>'
             + m.idea_form(f"{bp}/deposer", "Déposez votre projet.", ["Cadre de vie", "Sport", "Culture", "Environnement"], "Déposer mon projet"),
             {PB, SC, CF}),
        page(f"{bp}/projet/jardin-pedagogique", "Un jardin pédagogique aux Mielles", m.prose(
            "Un potager géré par l'école et les habitants du quartier Nord, avec un récupérateur d'eau.")
             + '<div class="jp-comments"><h2>Commentaires</h2><div class="jp-comment"><strong>Anne-Laure</strong><p>Les parents d\'élèves sont partants.</p></div>'
             + '<form action="/budget-participatif/projet/jardin-pedagogique/commenter" method="post" class="jp-comment-form"><label for="jc">Votre commentaire</label>'
             + '<textarea id="jc" name="commentaire"></textarea><label for="jn">Pseudo</label><input id="jn" name="pseudo"><button type="submit">Publier</button></form></div>',
             {PB, "comments"}, parent=("Budget participatif", bp)),
        page("/petitions", "Pétitions", m.prose(
            "Lancez une pétition adressée au conseil municipal ou signez celles des autres habitants. À 400 signatures, la pétition est examinée en conseil.")
             + m.petition_sign("/petitions/signer/9", "Rouvrir la piscine le dimanche matin", 277, 400), {"petition"}),
    ]
    jenparle = Site(PTC_JP, "vendor", "Jenparle Pontcaudan", jpages, menu=[("Accueil", "/"), ("Budget participatif", bp), ("Pétitions", "/petitions")],
                    features=frozenset({PF}), platforms=frozenset({"jenparle"}), address="Plateforme Jenparle de la ville de Pontcaudan")
    apages = [
        page("/", "Toutes les discussions", m.prose("L'Agora, le forum des habitants de Pontcaudan, modéré par la ville.")
             + m.flarum_list([("/d/12-stationnement-rue-du-port", "Stationnement rue du Port", 18), ("/t/quartiers", "Tag : quartiers", 0)])),
        page("/d/12-stationnement-rue-du-port", "Stationnement rue du Port", m.flarum_posts([
            ("goeland50", "il y a 3 jours", "Impossible de se garer le samedi, une zone bleue serait utile."),
            ("Sandrine", "il y a 2 jours", "D'accord, mais pas sur tout le quai."),
            ("Ville de Pontcaudan", "hier", "Le sujet sera abordé au conseil de quartier du Port.")])),
        page("/t/quartiers", "Quartiers", m.flarum_list([("/d/12-stationnement-rue-du-port", "Stationnement rue du Port", 18)])),
    ]
    agora = Site(PTC_AGORA, "flarum", "L'Agora de Pontcaudan", apages, features=frozenset({"forum"}))
    return City("99088", "Pontcaudan", 51_260, "50", "28", "Normandie", f"http://{PTC}/", [www, jenparle, agora])


# ==== the part ==================================================================================================

def _build():
    granvaux, custom = _granvaux()
    return [_plouzevennec(), granvaux, _montlouvier(), _saint_ermel(), _castanhac(), _vauclerc(), _lamparet(), _pontcaudan()], custom


def cities():
    return _build()[0]


def hosts():
    return _build()[1]
