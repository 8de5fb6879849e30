"""Thirteenth holdout part: eight communes 99901-99908 written from the codebook alone (see HOLDOUT.md).

Sizes run from a village of 1,150 inhabitants to a city of 52,300; one commune is in Guadeloupe, one in Brittany
on a ``.bzh`` domain. Every page declares the codebook features it holds and the lookalikes it must not trigger;
a borderline page carries a one-line reason as a comment just above or beside it.
"""
import json
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import garrigues_markup as m

# =============================================================================================================
# 99901 Montferrier-la-Combe (Hérault): an accessibility-first site on the State's design system, a Publik
# e-services portal, and "Combe commune", the city's own participation site drawn by a script from a JSON API.
# =============================================================================================================

MF = "www.montferrier-la-combe.fr"
MF_DEMARCHES = "demarches.montferrier-la-combe.fr"
MF_APP = "participez.montferrier-la-combe.fr"
APP_BUNDLE = "/_nuxt/entry.4c7b1e2a.js"
APP_API = "/api/v1/contenus"

_MF_NEWS = [
    ("/actualites/budget-primitif-2025", "Budget primitif 2025 : les grandes lignes", "14 mars 2025", "Le conseil municipal a adopté le budget de l'année."),
    ("/actualites/plateforme-combe-commune", "Combe commune : la plateforme est en ligne", "3 mars 2025", "Un nouvel outil pour suivre les démarches de participation."),
    ("/actualites/forum-des-associations", "Forum des associations le 6 septembre", "28 février 2025", "Plus de 120 associations vous attendent au parc des Berges."),
    ("/actualites/enquete-publique-zac-des-oliviers", "Enquête publique : ZAC des Oliviers", "20 février 2025", "Le commissaire enquêteur tient quatre permanences en mairie."),
    ("/actualites/recensement-2025", "Recensement de la population", "16 janvier 2025", "Un agent recenseur peut se présenter chez vous jusqu'au 22 février."),
    ("/actualites/participation-citoyenne-gendarmerie", "Dispositif « participation citoyenne » aux Oliviers", "9 janvier 2025", "Un protocole signé avec la gendarmerie."),
]


def _mf_app_link(path, label):
    return f'<a class="fr-link fr-icon-external-link-line fr-link--icon-right" href="http://{MF_APP}{path}">{escape(label)}</a>'


# path -> (title, lead, block html, features) for the pages the script draws.
MF_APP_PAGES = {
    "/": ("Combe commune, la plateforme participative de Montferrier-la-Combe",
          "Consultations, idées et coups de pouce de quartier : donnez votre avis sur les projets de la ville.",
          '<ul class="cards">'
          '<li class="card"><a href="/idees/">Boîte à idées : proposez vos idées pour la ville</a></li>'
          '<li class="card"><a href="/coups-de-pouce/">Coups de pouce de quartier 2025 : votez pour vos projets</a></li>'
          '<li class="card"><a href="/consultations/parc-des-berges/">Consultation : le futur parc des Berges</a></li></ul>'
          '<p class="chiffres">2 418 participants · 311 idées déposées · 14 consultations</p>',
          {"participation_displayed"}),
    "/idees/": ("Boîte à idées",
                "Une idée pour votre rue, votre quartier ou toute la ville ? Déposez-la : chaque mois, les élus répondent aux idées les plus soutenues.",
                '<form class="idea-form" method="post" action="/api/v1/idees"><label for="idee-titre">Titre de l\'idée</label><input id="idee-titre" name="titre" required>'
                '<label for="idee-quartier">Quartier</label><select id="idee-quartier" name="quartier"><option>Centre ancien</option><option>Les Oliviers</option><option>La Combe</option><option>Les Berges</option><option>Toute la ville</option></select>'
                '<label for="idee-texte">Décrivez votre idée</label><textarea id="idee-texte" name="description" rows="6" required></textarea>'
                '<label for="idee-mail">Courriel</label><input id="idee-mail" name="courriel" type="email" required><button type="submit">Déposer mon idée</button></form>'
                '<h2>Idées récentes</h2><ul class="ideas"><li>Des bancs à l\'ombre le long du Lez (42 soutiens)</li><li>Une boîte à livres aux Oliviers (27 soutiens)</li></ul>',
                {"suggestion_call", "contact_form"}),
    "/coups-de-pouce/": ("Coups de pouce de quartier 2025",
                         "150 000 € pour les projets des habitants : 23 projets ont passé l'étude technique. Votez pour trois d'entre eux jusqu'au 15 juin.",
                         '<form class="vote-form" method="post" action="/api/v1/coups-de-pouce/vote"><fieldset><legend>Choisissez jusqu\'à trois projets</legend>'
                         '<label><input type="checkbox" name="projets[]" value="7"> Un verger partagé à La Combe (18 000 €)</label>'
                         '<label><input type="checkbox" name="projets[]" value="9"> Des jeux pour les petits au square Jean-Moulin (32 000 €)</label>'
                         '<label><input type="checkbox" name="projets[]" value="12"> Un abri vélo sécurisé près du collège (25 000 €)</label>'
                         '<label><input type="checkbox" name="projets[]" value="15"> Des fontaines à eau dans le centre ancien (21 000 €)</label></fieldset>'
                         '<button type="submit">Valider mon vote</button></form>',
                         {"participatory_budget"}),
    "/consultations/parc-des-berges/": ("Consultation : le futur parc des Berges",
                                        "Le parc des Berges sera réaménagé en 2026. Répondez au questionnaire avant le 30 avril.",
                                        '<form class="survey" method="post" action="/api/v1/consultations/parc-des-berges/reponses">'
                                        '<fieldset><legend>Comment venez-vous au parc ?</legend><label><input type="radio" name="q1" value="pied"> À pied</label><label><input type="radio" name="q1" value="velo"> À vélo</label><label><input type="radio" name="q1" value="voiture"> En voiture</label></fieldset>'
                                        '<fieldset><legend>Que souhaitez-vous y trouver ?</legend><label><input type="checkbox" name="q2[]" value="jeux"> Des jeux d\'enfants</label><label><input type="checkbox" name="q2[]" value="ombre"> Plus d\'ombre</label><label><input type="checkbox" name="q2[]" value="sport"> Des agrès sportifs</label></fieldset>'
                                        '<label for="q3">Autre chose à nous dire ?</label><textarea id="q3" name="q3" rows="4"></textarea><button type="submit">Envoyer mes réponses</button></form>',
                                        {"poll"}),
}

_APP_JS = """(function () {
  var mount = document.getElementById("__nuxt");
  var path = location.pathname;
  fetch("%s?slug=" + encodeURIComponent(path), {headers: {"Accept": "application/json"}})
    .then(function (response) { return response.json(); })
    .then(function (page) {
      var h1 = document.createElement("h1"); h1.textContent = page.title;
      var lead = document.createElement("p"); lead.className = "lead"; lead.textContent = page.lead;
      var nav = document.createElement("nav"); nav.innerHTML = '<a href="/">Accueil</a> · <a href="/idees/">Idées</a> · <a href="/coups-de-pouce/">Coups de pouce</a> · <a href="/consultations/parc-des-berges/">Consultations</a>';
      var section = document.createElement("section"); section.innerHTML = page.html;
      mount.replaceChildren(nav, h1, lead, section);
      document.title = page.title + " | Combe commune";
    });
})();
""" % APP_API


def _mf_shell():
    return Reply.html('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Combe commune</title>'
                      '<meta name="viewport" content="width=device-width, initial-scale=1">'
                      f'<link rel="modulepreload" as="script" crossorigin href="{APP_BUNDLE}"></head>'
                      f'<body><div id="__nuxt"></div><script type="module" src="{APP_BUNDLE}" crossorigin></script></body></html>')


def _mf_special(request):
    path, _, query = request.target.partition("?")
    if path in MF_APP_PAGES:
        return _mf_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "text/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        from urllib.parse import parse_qs
        slug = parse_qs(query).get("slug", [""])[0]
        if slug in MF_APP_PAGES:
            title, lead, html, _ = MF_APP_PAGES[slug]
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps({"title": title, "lead": lead, "html": html}).encode())
        return Reply(404, [("Content-Type", "application/json; charset=utf-8")], b'{"error":"introuvable"}')
    return None


def _mf_app_site():
    pages = [page(path, title, "", features) for path, (title, _l, _h, features) in MF_APP_PAGES.items()]
    return Site(MF_APP, "vendor", "Combe commune", pages, address="Mairie de Montferrier-la-Combe, place de la Mairie",
                features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))


def montferrier() -> City:
    pages = [
        page("/", "Accueil", m.tarteaucitron() + m.quick_links([
            ("/participer", "Montferrier participe"), ("/participer/questionnaire-mobilites", "Questionnaire mobilités"),
            ("/vie-pratique/signaler", "Signaler un problème"), (f"http://{MF_DEMARCHES}/", "Démarches en ligne"),
            ("/mairie/offres-emploi", "Offres d'emploi"), ("/mairie/marches-publics", "Marchés publics"), ("/newsletter", "Lettre d'information")])
             + m.news_list(_MF_NEWS) + m.agenda([("12 avril", "Conseil de quartier Les Oliviers", "Maison de quartier"),
                                                  ("26 avril", "Balade urbaine du centre ancien", "Départ place de la Mairie"),
                                                  ("6 septembre", "Forum des associations", "Parc des Berges")])
             + '<p><a href="/actualites">Toutes les actualités</a> · <a href="/contact">Contacter la mairie</a></p>'),
        page("/actualites", "Actualités", m.news_list(_MF_NEWS, "Actualités de la ville")
             + '<p>Retrouvez aussi les démarches participatives sur <a href="/participer">la page Montferrier participe</a>.</p>'),
        page("/participer", "Montferrier participe", m.para(
            "La démocratie locale ne s'arrête pas au vote : la Ville associe les habitants aux décisions qui les concernent, "
            "du réaménagement d'une place au choix des projets financés dans chaque quartier.",
            "Six conseils de quartier, des ateliers de concertation avant chaque grand projet, une charte de la participation "
            "votée en 2023 et une plateforme en ligne, Combe commune, composent ce que nous appelons « Montferrier participe ».")
             + m.dsfr_cards([("/participer/conseils-de-quartier", "Les conseils de quartier", "Six instances ouvertes à tous les habitants."),
                             ("/participer/charte-de-la-participation", "La charte de la participation", "Nos engagements réciproques."),
                             ("/participer/droit-de-petition", "Le droit de pétition", "Saisir le conseil municipal."),
                             ("/participer/budget-coups-de-pouce", "Coups de pouce de quartier", "Le budget participatif de la ville."),
                             ("/participer/questionnaire-mobilites", "Questionnaire mobilités", "Dix minutes pour donner votre avis."),
                             ("/participer/resultats-consultation-rythmes-scolaires", "Résultats : rythmes scolaires", "La consultation de 2024.")])
             + m.dsfr_callout("La plateforme Combe commune", "Idées, votes et consultations en ligne.", f"http://{MF_APP}/", "Accéder à la plateforme"),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.para(
            "Chaque quartier a son conseil : vingt habitants tirés au sort pour deux ans, des volontaires et deux élus référents. "
            "Le conseil se réunit quatre fois par an en séance publique ; tout habitant peut y assister et prendre la parole.",
            "Les conseils donnent un avis sur les projets d'aménagement de leur secteur et disposent d'une enveloppe de fonctionnement de 5 000 € par an.")
             + m.dl([("Centre ancien", "Salle du Consulat — prochaine séance le 3 avril"), ("Les Oliviers", "Maison de quartier — 12 avril"),
                     ("La Combe", "École Jean-Jaurès — 15 mai"), ("Les Berges", "Gymnase des Berges — 22 mai")])
             + '<p>Pour rejoindre un conseil, écrivez-nous par le <a href="http://' + MF_DEMARCHES + '/contacter-la-mairie/">formulaire de contact</a>.</p>',
             {"participation_displayed"}, parent=("Montferrier participe", "/participer")),
        page("/participer/charte-de-la-participation", "La charte de la participation", m.para(
            "Adoptée par le conseil municipal le 29 juin 2023 après six mois d'ateliers, la charte fixe les règles de la concertation à Montferrier-la-Combe.",
            "La Ville s'engage à informer en amont, à rendre compte de ce qu'elle retient des avis et à expliquer ce qu'elle ne retient pas. "
            "Les habitants s'engagent à débattre dans le respect de chacun.")
             + m.downloads([("Charte de la participation citoyenne", "412 Ko"), ("Bilan annuel de la participation 2024", "1,2 Mo")]),
             {"participation_displayed"}, parent=("Montferrier participe", "/participer")),
        # borderline: the city's right of petition, its thresholds and where to file; the filing itself is on the portal
        page("/participer/droit-de-petition", "Le droit de pétition", m.para(
            "Depuis 2024, toute personne de plus de 16 ans habitant la commune peut déposer une pétition adressée au maire.",
            "Une pétition qui recueille 300 signatures en trois mois donne lieu à une réponse écrite du maire ; à 1 000 signatures, "
            "la question est inscrite à l'ordre du jour du conseil municipal suivant.")
             + m.dsfr_callout("Déposer ou signer une pétition", "Le dépôt se fait en ligne sur le portail des démarches, avec un compte.",
                              f"http://{MF_DEMARCHES}/deposer-une-petition/", "Déposer une pétition")
             + "<h2>Pétitions en cours</h2><ul><li>Pour un passage piéton protégé avenue de Lodève — 412 signatures</li>"
               "<li>Pour l'ouverture de la médiathèque le dimanche — 188 signatures</li></ul>",
             {"petition", "participation_displayed"}, parent=("Montferrier participe", "/participer")),
        page("/participer/questionnaire-mobilites", "Questionnaire : vos déplacements au quotidien", m.para(
            "La Ville prépare son plan de mobilité 2026-2030. Ce questionnaire anonyme nous aide à connaître vos trajets et vos attentes. "
            "Il est ouvert jusqu'au 31 mai.")
             + m.dsfr_questionnaire("/participer/questionnaire-mobilites", "Toutes les questions sont facultatives.", [
                 ("Comment vous rendez-vous le plus souvent au travail ou à l'école ?", ["Voiture", "Bus", "Vélo", "À pied", "Autre"], False),
                 ("Qu'est-ce qui vous ferait utiliser davantage le vélo ?", ["Des pistes séparées", "Du stationnement sûr", "Une aide à l'achat", "Rien"], True),
                 ("Êtes-vous satisfait de la desserte en bus de votre quartier ?", ["Très satisfait", "Plutôt", "Peu", "Pas du tout"], False)],
                 "Une remarque, une suggestion ?"),
             {"poll"}, parent=("Montferrier participe", "/participer")),
        page("/participer/resultats-consultation-rythmes-scolaires", "Résultats de la consultation sur les rythmes scolaires", m.para(
            "La consultation s'est tenue du 4 au 29 mars 2024 ; 1 386 familles ont répondu. Elle est close.")
             + m.dsfr_results("Préférez-vous la semaine de quatre jours ?", [("Oui", 61, 845), ("Non", 33, 457), ("Sans avis", 6, 84)],
                              "Le conseil municipal a retenu la semaine de quatre jours à la rentrée 2024."),
             decoys={"poll"}, parent=("Montferrier participe", "/participer")),
        page("/participer/budget-coups-de-pouce", "Coups de pouce de quartier : le budget participatif", m.para(
            "Chaque année, 150 000 € du budget d'investissement sont réservés aux projets imaginés par les habitants.",
            "De janvier à mars, chacun dépose ses projets ; les services étudient leur faisabilité ; en juin, les habitants votent "
            "et les projets lauréats sont réalisés dans l'année.")
             + m.dl([("Qui peut proposer ?", "Toute personne de plus de 11 ans habitant la commune"), ("Montant par projet", "Jusqu'à 40 000 €"),
                     ("Vote", "Du 1er au 15 juin 2025")])
             + m.dsfr_callout("Votez pour vos projets", "Le vote 2025 est ouvert sur la plateforme.", f"http://{MF_APP}/coups-de-pouce/", "Voter"),
             {"participatory_budget"}, parent=("Montferrier participe", "/participer")),
        page("/actualites/budget-primitif-2025", "Budget primitif 2025 : les grandes lignes", m.para(
            "Réuni le 13 mars, le conseil municipal a voté un budget primitif de 58,4 millions d'euros, dont 14,2 millions d'investissement.",
            "Les taux de fiscalité restent inchangés. La section de fonctionnement est marquée par la hausse des coûts de l'énergie.")
             + m.downloads([("Budget primitif 2025 — note de présentation", "860 Ko"), ("Rapport d'orientation budgétaire", "1,4 Mo")])
             + m.share(f"http://{MF}/actualites/budget-primitif-2025", "Budget primitif 2025"),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/plateforme-combe-commune", "Combe commune : la plateforme est en ligne", m.para(
            "La Ville a mis en ligne sa plateforme de participation, Combe commune. On y retrouve les consultations en cours et la boîte à idées.",
            "Les habitants qui n'ont pas d'accès à internet peuvent toujours participer en mairie et dans les maisons de quartier.")
             + '<p><a href="/participer">En savoir plus sur Montferrier participe</a></p>'
             + m.share(f"http://{MF}/actualites/plateforme-combe-commune", "Combe commune"),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-des-associations", "Forum des associations le 6 septembre", m.para(
            "Le forum des associations revient au parc des Berges le samedi 6 septembre de 10 h à 18 h.",
            "Sport, culture, solidarité : venez rencontrer les bénévoles et inscrire vos enfants aux activités de l'année. Démonstrations sur le podium toute la journée."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-publique-zac-des-oliviers", "Enquête publique : ZAC des Oliviers", m.para(
            "Par arrêté préfectoral, une enquête publique relative au dossier de réalisation de la ZAC des Oliviers se tient du 3 au 4 avril.",
            "Le dossier est consultable en mairie aux heures d'ouverture. Les observations peuvent être consignées sur le registre papier "
            "ou adressées par courrier au commissaire enquêteur.")
             + m.dl([("Permanences", "3 mars 9 h-12 h, 12 mars 14 h-17 h, 20 mars 9 h-12 h, 4 avril 14 h-17 h")]),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/recensement-2025", "Recensement de la population 2025", m.para(
            "Le recensement, organisé avec l'Insee, se déroule du 16 janvier au 22 février 2025. Un agent recenseur muni d'une carte officielle "
            "vous remettra vos identifiants pour répondre au questionnaire en ligne.",
            "Vos réponses sont confidentielles et servent uniquement à établir des statistiques."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/participation-citoyenne-gendarmerie", "Dispositif « participation citoyenne » aux Oliviers", m.para(
            "Le maire et le commandant de la compagnie de gendarmerie ont signé un protocole de participation citoyenne pour le quartier des Oliviers.",
            "Des habitants référents, volontaires, relaient auprès des gendarmes les faits inhabituels qu'ils constatent, afin de prévenir les cambriolages."),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/mairie/offres-emploi", "Offres d'emploi", m.para("La Ville de Montferrier-la-Combe recrute.")
             + m.news_list([("/mairie/offres-emploi", "Appel à candidatures : animateur périscolaire (H/F)", "Jusqu'au 30 avril", "Poste à temps partiel, écoles élémentaires."),
                            ("/mairie/offres-emploi", "Appel à candidatures : agent des espaces verts (H/F)", "Jusqu'au 15 mai", "Cadre d'emplois des adjoints techniques.")], "Postes ouverts")
             + m.para("Envoyez CV et lettre de motivation à la direction des ressources humaines, hôtel de ville."),
             decoys={"suggestion_call"}),
        page("/mairie/marches-publics", "Marchés publics", m.para(
            "Les avis d'appel public à la concurrence de la Ville sont publiés sur le profil acheteur.",
            "Consultation en cours : appel d'offres ouvert pour l'entretien des espaces verts (4 lots), remise des offres le 12 mai à 12 h."),
             decoys={"suggestion_call"}),
        page("/vie-pratique/signaler", "Signaler un problème sur l'espace public", m.para(
            "Un lampadaire éteint, un nid-de-poule, un dépôt sauvage ? Signalez-le en ligne : le signalement est transmis au service concerné.")
             + m.dsfr_callout("Faire un signalement", "Le formulaire est sur le portail des démarches.", f"http://{MF_DEMARCHES}/signaler-un-probleme/", "Signaler"),
             ),
        page("/newsletter", "Lettre d'information", m.para("Chaque vendredi, l'essentiel de l'actualité de Montferrier-la-Combe.")
             + m.dsfr_newsletter("/newsletter"), decoys={"contact_form"}),
        page("/contact", "Contacter la mairie", m.para("Hôtel de ville, place de la Mairie. Ouvert du lundi au vendredi de 8 h 30 à 17 h 30.",
                                                        'Par courriel : <a href="mailto:mairie@montferrier-la-combe.fr">mairie@montferrier-la-combe.fr</a>')
             + m.dsfr_callout("Écrire à la mairie", "Utilisez le formulaire en ligne du portail des démarches.", f"http://{MF_DEMARCHES}/contacter-la-mairie/", "Écrire"),
             decoys={"contact_form"}),
    ]
    www = Site(MF, "garrigues_dsfr", "Montferrier-la-Combe", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Montferrier participe", "/participer"),
                     ("Démarches", f"http://{MF_DEMARCHES}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleMontferrierLaCombe"), social("instagram", "montferrier_la_combe"),
                         social("linkedin", "ville-de-montferrier-la-combe"), social("youtube", "MontferrierLaCombeTV")],
               address="Hôtel de ville, place de la Mairie, 34980 Montferrier-la-Combe")
    wcs = [
        page("/", "Démarches en ligne", m.wcs_catalog([
            ("Contacter la mairie", [("/contacter-la-mairie/", "Écrire à un service de la mairie")]),
            ("Cadre de vie", [("/signaler-un-probleme/", "Signaler un problème sur l'espace public")]),
            ("Citoyenneté", [("/deposer-une-petition/", "Déposer une pétition")]),
            ("Enfance", [("/inscription-scolaire/", "Inscription scolaire et périscolaire")])])
             + f'<p><a href="http://{MF}/">Retour au site de la ville</a></p>'),
        page("/contacter-la-mairie/", "Écrire à la mairie", m.wcs_form("/contacter-la-mairie/", "Écrire à la mairie", [
            ("service", "Service concerné", "item:Accueil|État civil|Urbanisme|Éducation|Cabinet du maire", ""),
            ("nom", "Nom", "string", ""), ("courriel", "Courriel", "email", ""),
            ("objet", "Objet", "string", ""), ("message", "Votre message", "text", "Ne communiquez pas de données de santé.")], "Suivant"),
             {"contact_form"}),
        # borderline: a report of a problem is a free-text message to the city, sent through the city's portal
        page("/signaler-un-probleme/", "Signaler un problème", m.wcs_form("/signaler-un-probleme/", "Signaler un problème", [
            ("nature", "Nature du problème", "item:Éclairage public|Voirie|Propreté|Espaces verts|Autre", ""),
            ("adresse", "Adresse ou lieu", "string", "Ex. : 12 rue des Tanneurs"), ("description", "Description", "text", ""),
            ("photo", "Photo", "file", ""), ("courriel", "Courriel pour le suivi", "email", "")], "Suivant"),
             {"contact_form"}),
        # borderline: filing a petition through the portal; it is the petition space, not a message to a service
        page("/deposer-une-petition/", "Déposer une pétition", m.para(
            "La pétition est publiée après vérification de sa recevabilité (compétence de la commune, respect de la loi). "
            "Elle est ensuite ouverte à la signature des habitants pendant trois mois.")
             + m.wcs_form("/deposer-une-petition/", "Déposer une pétition", [
                 ("titre", "Titre de la pétition", "string", ""), ("texte", "Texte de la pétition", "text", "Exposez votre demande et ses motifs."),
                 ("nom", "Nom du premier signataire", "string", ""), ("courriel", "Courriel", "email", "")], "Suivant"),
             {"petition"}, decoys={"contact_form"}),
        page("/inscription-scolaire/", "Inscription scolaire et périscolaire", m.wcs_form("/inscription-scolaire/", "Inscription scolaire", [
            ("enfant", "Nom et prénom de l'enfant", "string", ""), ("naissance", "Date de naissance", "date", ""),
            ("ecole", "École demandée", "item:Jean-Jaurès|Les Oliviers|Les Berges", ""), ("justificatif", "Justificatif de domicile", "file", "")], "Suivant"),
             decoys={"contact_form"}),
    ]
    portal = Site(MF_DEMARCHES, "publik", "Démarches — Montferrier-la-Combe", wcs,
                  menu=[("Toutes les démarches", "/"), ("Site de la ville", f"http://{MF}/")],
                  accounts=[social("facebook", "VilleMontferrierLaCombe")], address="Mairie de Montferrier-la-Combe")
    return City("99901", "Montferrier-la-Combe", 38_500, "34", "76", "Occitanie", f"http://{MF}/", [www, portal, _mf_app_site()])


# =============================================================================================================
# 99902 Morne-à-l'Anse (Guadeloupe): WordPress built with Elementor, a wpForo board, Typeform and Facebook
# comments, and a Decidim space for the "Men ansanm" participatory budget and the bourg's consultation.
# =============================================================================================================

MA = "www.morne-a-lanse.fr"
MA_DEC = "jeparticipe.morne-a-lanse.fr"
_MA_SLUG, _MA_BUDGET_COMP, _MA_BUDGET = "men-ansanm-2025", 12, 3
_MA_PROJECTS = f"/processes/{_MA_SLUG}/f/{_MA_BUDGET_COMP}/budgets/{_MA_BUDGET}/projects"
_MA_BOURG = "amenagement-du-bourg"

_MA_NEWS = [
    ("/actualites/travaux-front-de-mer/", "Front de mer : le chantier démarre", "2 avril 2025", "Douze mois de travaux pour la promenade."),
    ("/actualites/budget-men-ansanm-vote/", "Budget Men Ansanm : à vous de voter !", "25 mars 2025", "14 projets soumis au vote jusqu'au 30 avril."),
    ("/actualites/carnaval-2025/", "Carnaval 2025 : retour en images", "6 mars 2025", "Les groupes à po ont fait vibrer le bourg."),
    ("/actualites/forum-emploi-jeunesse/", "Forum emploi jeunesse", "20 février 2025", "Rencontrez les employeurs du Nord Grande-Terre."),
    ("/actualites/petition-nationale-eau/", "Eau potable : la commune soutient l'appel des maires", "10 février 2025", "Une pétition nationale circule."),
    ("/actualites/sondage-sargasses-resultats/", "Sargasses : les résultats du sondage", "28 janvier 2025", "Merci aux 634 participants."),
]


def _ma_post(title, paragraphs, extra=""):
    return m.para(*paragraphs) + extra


def morne_a_lanse() -> City:
    home = (m.quick_links([("/la-ville/democratie-participative/", "Démocratie participative"), ("/boite-a-idees/", "Boîte à idées"),
                           ("/questionnaire-transport/", "Questionnaire transport"), ("/forum/", "Forum citoyen"),
                           (f"http://{MA_DEC}/", "Je participe"), ("/mairie/recrutement/", "Recrutement"), ("/contact/", "Contact")], "En un clic")
            + m.news_list(_MA_NEWS, "À la une")
            + m.agenda([("18 avril", "Réunion du comité de section de Vieux-Bourg", "Case de la culture"),
                        ("3 mai", "Nettoyage de la plage de l'Anse-Bertrand", "Parking de la plage"),
                        ("24 mai", "Fête des mères", "Place de la mairie")])
            + '<p><a href="/actualites/">Toutes les actualités</a> · <a href="/newsletter/">Newsletter</a></p>')
    fb = lambda slug: m.facebook_comments(f"http://{MA}/actualites/{slug}/")
    pages = [
        page("/", "Accueil", home),
        page("/actualites/", "Actualités", m.news_list(_MA_NEWS, "Toutes les actualités")),
        page("/la-ville/democratie-participative/", "Démocratie participative", m.para(
            "Depuis 2021, la municipalité fait le choix d'associer les Mornaliens aux décisions : comités de section, budget participatif "
            "Men Ansanm, réunions publiques avant chaque grand chantier et une plateforme en ligne, Je participe.",
            "Parce que la commune, c'est nous tous : « men ansanm », les mains ensemble.")
             + m.quick_links([("/la-ville/comites-de-section/", "Les comités de section"), (f"http://{MA_DEC}/", "La plateforme Je participe"),
                              ("/boite-a-idees/", "La boîte à idées"), ("/forum/", "Le forum citoyen")], "Les outils"),
             {"participation_displayed"}),
        page("/la-ville/comites-de-section/", "Les comités de section", m.para(
            "La commune compte sept sections : Vieux-Bourg, Boisvin, Douville, Pointe-Allègre, Grand-Fond, Belle-Plaine et le Bourg.",
            "Dans chacune, un comité de section réunit les habitants volontaires et un élu délégué. Il fait remonter les besoins du quartier, "
            "suit les travaux et donne son avis sur les projets municipaux. Les réunions sont ouvertes à tous.")
             + m.dl([("Vieux-Bourg", "3e jeudi du mois, case de la culture"), ("Boisvin", "1er mardi du mois, école de Boisvin"),
                     ("Douville", "Dernier samedi du mois, plateau sportif")]),
             {"participation_displayed"}, parent=("Démocratie participative", "/la-ville/democratie-participative/")),
        page("/boite-a-idees/", "Boîte à idées", m.para(
            "Une idée pour améliorer la vie à Morne-à-l'Anse ? Un aménagement, une animation, un service qui manque ? "
            "Proposez-la à la municipalité : chaque idée est lue et reçoit une réponse.")
             + m.elementor_form("a7c21e9", 412, "Boîte à idées", [
                 ("name", "Nom et prénom", "text"), ("email", "E-mail", "email"),
                 ("section", "Votre section", "select:Bourg|Vieux-Bourg|Boisvin|Douville|Pointe-Allègre|Grand-Fond|Belle-Plaine"),
                 ("idee", "Votre idée", "textarea")], "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/questionnaire-transport/", "Questionnaire : le transport à Morne-à-l'Anse", m.para(
            "Navettes communales, horaires des cars, covoiturage : la commune prépare avec la communauté d'agglomération un nouveau plan de transport. "
            "Prenez cinq minutes pour répondre au questionnaire ci-dessous, ouvert jusqu'au 15 mai.")
             + m.typeform("Kx7bQm2R", "Questionnaire transport Morne-à-l'Anse"),
             {"poll"}),
        page("/actualites/travaux-front-de-mer/", "Front de mer : le chantier démarre", _ma_post("", [
            "Les travaux de réaménagement de la promenade du front de mer commencent le 14 avril pour douze mois.",
            "Le stationnement sera interdit côté mer pendant toute la durée du chantier ; une navette gratuite desservira le bourg le samedi."],
            fb("travaux-front-de-mer") + m.share(f"http://{MA}/actualites/travaux-front-de-mer/", "Front de mer")),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/carnaval-2025/", "Carnaval 2025 : retour en images", _ma_post("", [
            "Vidé du dimanche gras, parade des enfants, brûlage de Vaval : merci aux groupes et aux bénévoles qui ont fait de ce carnaval une réussite.",
            "Partagez vos souvenirs en commentaire !"], fb("carnaval-2025")),
             {"comments"}, parent=("Actualités", "/actualites/")),
        # borderline: a news item entirely about the budget's vote (rules, projects, where to vote), not a passing mention
        page("/actualites/budget-men-ansanm-vote/", "Budget Men Ansanm : à vous de voter !", _ma_post("", [
            "Vous avez déposé 61 projets pour la deuxième édition du budget participatif Men Ansanm. Après étude par les services, 14 sont soumis au vote.",
            "Chaque habitant de plus de 12 ans peut voter pour trois projets, en ligne ou dans l'urne de la mairie, jusqu'au 30 avril. Enveloppe : 200 000 €."],
            f'<p><a class="elementor-button" href="http://{MA_DEC}{_MA_PROJECTS}">Je vote pour mes projets</a></p>'),
             {"participatory_budget"}, parent=("Actualités", "/actualites/")),
        page("/actualites/petition-nationale-eau/", "Eau potable : la commune soutient l'appel des maires", _ma_post("", [
            "Coupures d'eau à répétition : avec l'association des maires de Guadeloupe, la commune soutient une pétition adressée à l'Assemblée nationale "
            "pour un plan d'urgence sur les réseaux. Elle se signe sur le site des pétitions de l'Assemblée nationale.",
            "Les tours d'eau de la semaine sont affichés en mairie et sur notre page Facebook."]),
             decoys={"petition"}, parent=("Actualités", "/actualites/")),
        page("/actualites/forum-emploi-jeunesse/", "Forum emploi jeunesse", _ma_post("", [
            "Le forum emploi jeunesse se tient le 14 mars à la salle omnisports, de 8 h à 13 h.",
            "Employeurs, organismes de formation et service civique : venez avec votre CV."]),
             decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/actualites/sondage-sargasses-resultats/", "Sargasses : les résultats du sondage", _ma_post("", [
            "Le sondage sur les échouements de sargasses s'est achevé le 15 janvier. Merci aux 634 participants."],
            '<div class="elementor-widget elementor-widget-progress">'
            '<p><strong>Faut-il installer un barrage flottant à l\'Anse-Bertrand ?</strong></p>'
            '<div class="elementor-progress-wrapper" role="progressbar" aria-valuenow="72"><span class="elementor-progress-text">Oui — 72 %</span></div>'
            '<div class="elementor-progress-wrapper" role="progressbar" aria-valuenow="21"><span class="elementor-progress-text">Non — 21 %</span></div>'
            '<div class="elementor-progress-wrapper" role="progressbar" aria-valuenow="7"><span class="elementor-progress-text">Sans avis — 7 %</span></div></div>'
            '<p>Le sondage est terminé.</p>'),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/forum/", "Forum citoyen", m.para("Le forum citoyen est un espace d'échange entre habitants, modéré par la mairie. Merci de respecter la charte.")
             + m.wpforo_forums([("Vivre à Morne-à-l'Anse", [
                 ("/forum/cadre-de-vie/", "Cadre de vie", "Voirie, éclairage, propreté, environnement", 38),
                 ("/forum/cadre-de-vie/", "Entraide entre voisins", "Coups de main, prêts, covoiturage", 21)])]),
             {"forum"}),
        page("/forum/cadre-de-vie/", "Cadre de vie", m.wpforo_topics("Cadre de vie", [
            ("/forum/cadre-de-vie/eclairage-rue-schoelcher/", "Éclairage rue Schœlcher", "Marie-Line", 6, "il y a 2 jours"),
            ("/forum/cadre-de-vie/eclairage-rue-schoelcher/", "Chiens errants à Boisvin", "Joël", 11, "il y a 1 semaine")], "/forum/connexion/"),
             {"forum"}, parent=("Forum citoyen", "/forum/")),
        page("/forum/cadre-de-vie/eclairage-rue-schoelcher/", "Éclairage rue Schœlcher", m.wpforo_posts([
            ("Marie-Line", "Habitant", "3 avril 2025", "Depuis deux semaines, trois lampadaires sont éteints entre la pharmacie et l'église."),
            ("Fredy", "Habitant", "3 avril 2025", "Pareil côté école, c'est dangereux le soir pour les enfants."),
            ("Modérateur mairie", "Modérateur", "4 avril 2025", "Les services techniques interviennent jeudi. Merci pour le signalement.")], "/forum/connexion/"),
             {"forum"}, parent=("Forum citoyen", "/forum/")),
        # a board's login page carries its markup, but nobody posts there
        page("/forum/connexion/", "Connexion au forum", m.wpforo_login("/forum/connexion/"), decoys={"forum", "contact_form"},
             parent=("Forum citoyen", "/forum/")),
        page("/mairie/recrutement/", "Recrutement", m.para(
            "La commune lance un appel à candidatures pour un poste de chargé(e) de mission démocratie participative (catégorie B), "
            "ainsi que pour des animateurs de centre de loisirs pour les vacances de juillet.",
            "Candidature (CV et lettre) à adresser à M. le Maire avant le 30 avril."),
             decoys={"suggestion_call"}),
        page("/contact/", "Contact", m.para("Mairie de Morne-à-l'Anse, rue de la République. Du lundi au vendredi, 7 h 30 - 13 h, et le mercredi après-midi.")
             + m.elementor_form("c3d9f10", 18, "Formulaire de contact", [
                 ("name", "Nom", "text"), ("email", "E-mail", "email"), ("tel", "Téléphone", "tel"),
                 ("subject", "Objet", "text"), ("message", "Message", "textarea")], "Envoyer"),
             {"contact_form"}),
        page("/newsletter/", "Newsletter", m.para("Inscrivez-vous pour recevoir les tours d'eau, les alertes météo et l'agenda de la commune.")
             + m.newsletter_box("/newsletter/", "mailpoet"), decoys={"contact_form"}),
    ]
    www = Site(MA, "garrigues_elementor", "Morne-à-l'Anse", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Participer", "/la-ville/democratie-participative/"),
                     ("Forum", "/forum/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleMorneALAnse"), social("instagram", "morne_a_lanse"),
                         social("tiktok", "villemorneanse"), social("youtube", "MorneALAnseOfficiel")],
               address="Mairie, rue de la République, 97180 Morne-à-l'Anse")

    dec = [
        page("/", "Je participe — Morne-à-l'Anse", m.decidim_process_cards([
            (f"/processes/{_MA_SLUG}", "Budget participatif Men Ansanm 2025", "Vote des projets", "Jusqu'au 30/04/2025"),
            (f"/processes/{_MA_BOURG}", "Aménagement du bourg", "Propositions", "Jusqu'au 31/05/2025")])
             + '<section class="content-block"><h2 class="h2 decorator">Chiffres clés</h2><p>1 942 participants · 61 projets · 118 propositions</p></section>'
             + '<p><a href="/processes">Tous les processus</a></p>'),
        page("/processes", "Processus participatifs", m.decidim_process_cards([
            (f"/processes/{_MA_SLUG}", "Budget participatif Men Ansanm 2025", "Vote des projets", "Jusqu'au 30/04/2025"),
            (f"/processes/{_MA_BOURG}", "Aménagement du bourg", "Propositions", "Jusqu'au 31/05/2025")])),
        page(f"/processes/{_MA_SLUG}", "Budget participatif Men Ansanm 2025", m.decidim_process(
            _MA_SLUG, "Budget participatif Men Ansanm 2025",
            m.para("200 000 € pour des projets proposés par les habitants et choisis par eux.",
                   "Dépôt des projets en janvier, étude technique en février et mars, vote en avril, réalisation avant la fin 2026."),
            [("Dépôt des projets", False), ("Étude", False), ("Vote", True), ("Réalisation", False)],
            [(_MA_PROJECTS, "Voter pour les projets")]),
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page(_MA_PROJECTS, "Projets — Men Ansanm 2025", m.decidim_budget_projects(_MA_BUDGET, "200 000 €", [
            (41, "Un carbet et des tables de pique-nique à Pointe-Allègre", "38 000 €"),
            (44, "Éclairage solaire du chemin de Boisvin", "52 000 €"),
            (47, "Un jardin créole pédagogique à l'école du Bourg", "24 000 €")], _MA_SLUG, _MA_BUDGET_COMP),
             {"participatory_budget"}, parent=("Men Ansanm 2025", f"/processes/{_MA_SLUG}")),
        page(f"{_MA_PROJECTS}/41", "Un carbet et des tables de pique-nique à Pointe-Allègre", m.para(
            "Proposé par l'association des riverains de Pointe-Allègre : un carbet de 40 m² et six tables, au bord de l'anse, pour les familles.",
            "Coût estimé : 38 000 €.")
             + '<p><button class="button button__lg button__secondary" data-add="true">Ajouter à mon vote</button></p>'
             + m.decidim_comments("Z2lkOi8vZGVjaWRpbS9CdWRnZXQvNDE", [
                 (901, "Sandrine L.", "12/04/2025", "Très bonne idée, il n'y a aucun abri sur cette plage."),
                 (902, "Patrick M.", "13/04/2025", "Pensez aux poubelles et au ramassage, sinon ce sera vite sale.")]),
             {"participatory_budget", "comments"}, parent=("Projets", _MA_PROJECTS)),
        page(f"{_MA_PROJECTS}/44", "Éclairage solaire du chemin de Boisvin", m.para(
            "Douze lampadaires solaires le long du chemin de Boisvin, emprunté chaque soir par les collégiens qui descendent du car.",
            "Coût estimé : 52 000 €. Projet déposé par le comité de section de Boisvin.")
             + '<p><button class="button button__lg button__secondary" data-add="true">Ajouter à mon vote</button></p>'
             + m.decidim_comments("Z2lkOi8vZGVjaWRpbS9CdWRnZXQvNDQ", [(905, "Rosan P.", "14/04/2025", "On en a vraiment besoin, le chemin est tout noir.")]),
             {"participatory_budget", "comments"}, parent=("Projets", _MA_PROJECTS)),
        # a project of the budget with no comment yet and comments open only to signed-in users: no comments here
        page(f"{_MA_PROJECTS}/47", "Un jardin créole pédagogique à l'école du Bourg", m.para(
            "Un jardin créole dans la cour de l'école du Bourg : plantes médicinales, arbres fruitiers, potager tenu par les classes.",
            "Coût estimé : 24 000 €. Projet déposé par l'association des parents d'élèves.")
             + '<p><button class="button button__lg button__secondary" data-add="true">Ajouter à mon vote</button></p>'
             + '<div class="comments"><h2 class="h4">0 commentaire</h2><p>Les commentaires sont fermés pendant la phase de vote.</p></div>',
             {"participatory_budget"}, decoys={"comments"}, parent=("Projets", _MA_PROJECTS)),
        page(f"/processes/{_MA_BOURG}", "Aménagement du bourg", m.decidim_process(
            _MA_BOURG, "Aménagement du bourg",
            m.para("La place de la mairie, le marché et la rue principale seront réaménagés à partir de 2026.",
                   "Jusqu'au 31 mai, proposez vos idées pour le futur bourg et répondez au questionnaire sur vos usages."),
            [("Propositions", True), ("Ateliers", False), ("Restitution", False)],
            [(f"/processes/{_MA_BOURG}/f/15/proposals", "Propositions"), (f"/processes/{_MA_BOURG}/f/16/", "Questionnaire")]),
             {"participation_displayed"}, parent=("Processus", "/processes")),
        page(f"/processes/{_MA_BOURG}/f/15/proposals", "Propositions — Aménagement du bourg",
             m.para("Comment imaginez-vous le bourg de demain ? Déposez vos propositions : elles seront discutées lors des ateliers de juin.")
             + m.decidim_proposals([
                 (88, f"/processes/{_MA_BOURG}/f/15/proposals/88", "Un marché couvert ombragé", "Gilles R.", 9, "En évaluation"),
                 (91, f"/processes/{_MA_BOURG}/f/15/proposals/88", "Rendre la rue principale piétonne le samedi", "Nadia B.", 14, "Publiée")],
                 "/users/sign_in"),
             {"suggestion_call"}, parent=("Aménagement du bourg", f"/processes/{_MA_BOURG}")),
        # one resident's proposal: comments under it, no call for proposals on this page
        page(f"/processes/{_MA_BOURG}/f/15/proposals/88", "Un marché couvert ombragé", m.para(
            "Le marché du samedi se tient en plein soleil. Je propose une halle légère, ouverte, avec des panneaux solaires sur le toit.",
            "Proposition de Gilles R. — 34 soutiens")
             + m.decidim_comments("Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC84OA", [
                 (911, "Karine T.", "02/04/2025", "Oui ! Et des points d'eau pour les marchands."),
                 (912, "Alex D.", "03/04/2025", "Attention aux places de stationnement autour.")]),
             {"comments"}, decoys={"suggestion_call"}, parent=("Propositions", f"/processes/{_MA_BOURG}/f/15/proposals")),
        page(f"/processes/{_MA_BOURG}/f/16/", "Questionnaire : vos usages du bourg", m.decidim_survey(_MA_BOURG, 16, [
            ("À quelle fréquence venez-vous dans le bourg ?", "single_option", ["Tous les jours", "Chaque semaine", "Rarement"]),
            ("Pour quoi faire ?", "multiple_option", ["Courses et marché", "Démarches en mairie", "Loisirs", "Travail"]),
            ("Que manque-t-il au bourg aujourd'hui ?", "long_answer", [])]),
             {"poll"}, parent=("Aménagement du bourg", f"/processes/{_MA_BOURG}")),
    ]
    decidim = Site(MA_DEC, "decidim", "Je participe — Morne-à-l'Anse", dec,
                   menu=[("Accueil", "/"), ("Processus", "/processes"), ("Site de la ville", f"http://{MA}/")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99902", "Morne-à-l'Anse", 17_800, "971", "01", "Guadeloupe", f"http://{MA}/", [www, decidim])


# =============================================================================================================
# 99903 Vaudremont (Meurthe-et-Moselle): SPIP 4 with a residents' forum section, article forums, the
# signature (petition) form, Formidable questionnaires and the contact form.
# =============================================================================================================

VD = "www.vaudremont.fr"


def vaudremont() -> City:
    news = [("/Conseil-municipal-du-12-mars", "Conseil municipal du 12 mars", "5 mars 2025", "Ordre du jour et délibérations."),
            ("/Budget-primitif-2025", "Budget primitif 2025", "20 mars 2025", "Les comptes de la commune."),
            ("/Enquete-publique-PLU", "Enquête publique sur la révision du PLU", "1er avril 2025", "Du 7 avril au 9 mai en mairie."),
            ("/Forum-des-associations-2025", "Forum des associations", "15 avril 2025", "Le 6 septembre à la salle polyvalente."),
            ("/Participation-citoyenne", "Participation citoyenne : la commune adhère", "22 avril 2025", "Protocole signé avec la gendarmerie."),
            ("/Application-IntraMuros", "Suivez la commune sur IntraMuros", "2 mai 2025", "Alertes et agenda sur votre téléphone.")]
    forum_topics = [("/Forum-des-habitants/Stationnement-rue-de-la-Gare", "Stationnement rue de la Gare", "12 mars 2025", 3),
                    ("/Forum-des-habitants/Fibre-optique-ou-en-est-on", "Fibre optique : où en est-on ?", "2 février 2025", 2)]
    pages = [
        page("/", "Accueil", m.cookie_notice() + m.para("Bienvenue à Vaudremont, village lorrain de 4 200 habitants entre Meurthe et Moselle.")
             + m.quick_links([("/Democratie-locale", "Démocratie locale"), ("/Forum-des-habitants", "Forum des habitants"),
                              ("/Boite-a-idees", "Boîte à idées"), ("/Sondage-horaires-de-la-mairie", "Sondage horaires"),
                              ("/Petitions-locales", "Pétitions locales"), ("/Location-salle-des-fetes", "Louer une salle"), ("/Contact", "Contact")])
             + m.news_list(news, "Dernières nouvelles") + '<p><a href="/Actualites">Toutes les actualités</a></p>'),
        page("/Actualites", "Actualités", m.news_list(news, "Actualités")),
        page("/Democratie-locale", "Démocratie locale", m.para(
            "La municipalité a fait de la démocratie locale un engagement : commissions extra-municipales ouvertes aux habitants, "
            "réunions publiques deux fois par an, forum des habitants sur ce site, boîte à idées et pétitions locales.",
            "Toutes les instances sont ouvertes ; leurs comptes rendus sont publiés ci-dessous.")
             + m.quick_links([("/Commissions-extra-municipales", "Les commissions extra-municipales"), ("/Forum-des-habitants", "Le forum des habitants"),
                              ("/Petitions-locales", "Les pétitions locales"), ("/Boite-a-idees", "La boîte à idées")], "Dans cette rubrique"),
             {"participation_displayed"}),
        page("/Commissions-extra-municipales", "Les commissions extra-municipales", m.para(
            "Trois commissions associent élus et habitants volontaires : cadre de vie et environnement, vie associative et fêtes, école et jeunesse.",
            "Chacune compte jusqu'à huit habitants désignés pour la durée du mandat après un appel aux volontaires. Elles préparent les dossiers "
            "soumis au conseil municipal et organisent des réunions de quartier.")
             + m.downloads([("Compte rendu de la commission cadre de vie du 4 février", "180 Ko")]),
             {"participation_displayed"}, parent=("Démocratie locale", "/Democratie-locale")),
        page("/Forum-des-habitants", "Forum des habitants", m.para(
            "Le forum des habitants permet à chacun d'ouvrir une discussion sur la vie du village. Les messages sont modérés a priori.")
             + m.spip_forum_section(forum_topics)
             + '<p><a href="/spip.php?page=forum&amp;id_article=42">Ouvrir une nouvelle discussion</a></p>',
             {"forum"}, parent=("Démocratie locale", "/Democratie-locale")),
        # SPIP forum under an article, in a section used as the village's board: both a thread and comments
        page("/Forum-des-habitants/Stationnement-rue-de-la-Gare", "Stationnement rue de la Gare", m.para(
            "Sujet ouvert par un habitant : les voitures garées des deux côtés de la rue de la Gare empêchent le passage du car scolaire.")
             + m.spip_forum_thread(42, [
                 ("Stationnement rue de la Gare", "Christophe", "12 mars 2025", "Le car a dû faire marche arrière deux fois cette semaine."),
                 ("Re : Stationnement rue de la Gare", "Aurélie", "13 mars 2025", "Un marquage au sol d'un seul côté suffirait."),
                 ("Re : Stationnement rue de la Gare", "La mairie", "15 mars 2025", "La commission cadre de vie étudiera la question le 2 avril.")]),
             {"forum", "comments"}, parent=("Forum des habitants", "/Forum-des-habitants")),
        page("/Forum-des-habitants/Fibre-optique-ou-en-est-on", "Fibre optique : où en est-on ?", m.para(
            "Sujet ouvert par un habitant du lotissement des Vignes.")
             + m.spip_forum_thread(43, [
                 ("Fibre optique : où en est-on ?", "Gérard", "2 février 2025", "Toujours pas raccordables aux Vignes, alors que le centre l'est."),
                 ("Re : Fibre optique", "Sophie", "4 février 2025", "L'opérateur annonce la fin des travaux pour juin.")]),
             {"forum", "comments"}, parent=("Forum des habitants", "/Forum-des-habitants")),
        # the posting form of the article forum
        page("/spip.php?page=forum&id_article=42", "Écrire dans le forum des habitants", m.para(
            "Votre message sera publié après validation par le modérateur.") + m.spip_forum_form(42),
             {"forum", "comments"}, parent=("Forum des habitants", "/Forum-des-habitants")),
        page("/spip.php?page=forum&id_article=43", "Répondre : Fibre optique, où en est-on ?", m.para(
            "Votre message sera publié après validation par le modérateur.") + m.spip_forum_form(43),
             {"forum", "comments"}, parent=("Forum des habitants", "/Forum-des-habitants")),
        page("/Boite-a-idees", "Boîte à idées", m.para(
            "Vous avez une idée pour Vaudremont ? Une fête, un aménagement, un service ? Faites-la nous connaître : "
            "les idées reçues sont étudiées en commission et la réponse est publiée dans le bulletin municipal.")
             + m.spip_formidable("/Boite-a-idees", "idees", [
                 ("input_1", "Votre nom", "text", []), ("email_1", "Votre courriel", "email", []),
                 ("radio_1", "Thème", "radio", ["Cadre de vie", "Fêtes et animations", "École et jeunesse", "Autre"]),
                 ("textarea_1", "Votre idée", "textarea", [])], "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Démocratie locale", "/Democratie-locale")),
        page("/Sondage-horaires-de-la-mairie", "Sondage : les horaires de la mairie", m.para(
            "À partir de septembre, le secrétariat de mairie pourrait ouvrir un samedi matin sur deux. Dites-nous quels horaires vous conviennent. "
            "Sondage ouvert jusqu'au 30 juin.")
             + m.spip_formidable("/Sondage-horaires-de-la-mairie", "horaires", [
                 ("radio_1", "Seriez-vous intéressé(e) par une ouverture le samedi matin ?", "radio", ["Oui", "Non", "Sans avis"]),
                 ("checkbox_1", "Quels créneaux en semaine vous conviennent ?", "checkbox", ["8 h - 10 h", "12 h - 14 h", "17 h - 19 h"])], "Valider"),
             {"poll"}),
        # the commune runs its own petition space: residents open petitions, the SPIP signature form counts them
        page("/Petitions-locales", "Pétitions locales", m.para(
            "Tout habitant peut proposer une pétition sur un sujet de compétence communale en écrivant à la mairie ; elle est publiée ici et "
            "ouverte à la signature pendant deux mois. À 150 signatures, le sujet est inscrit à l'ordre du jour du conseil municipal.")
             + '<ul class="liste-items"><li><a href="/Petitions-locales/Pour-un-abri-bus-route-de-Nancy">Pour un abri-bus route de Nancy</a> — 97 signatures</li></ul>',
             {"petition"}, parent=("Démocratie locale", "/Democratie-locale")),
        page("/Petitions-locales/Pour-un-abri-bus-route-de-Nancy", "Pour un abri-bus route de Nancy", m.para(
            "Pétition déposée le 10 mars 2025 par des parents d'élèves.")
             + m.spip_signature(57, 97, "Nous demandons l'installation d'un abri à l'arrêt du car scolaire route de Nancy, "
                                        "où une trentaine d'enfants attendent chaque matin sous la pluie."),
             {"petition"}, parent=("Pétitions locales", "/Petitions-locales")),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.para(
            "Le conseil municipal a voté le 19 mars le budget primitif 2025 : 3,1 M€ en fonctionnement et 1,4 M€ en investissement.",
            "Principaux investissements : toiture de l'école, enfouissement des réseaux rue Haute, acquisition d'un tracteur.")
             + m.downloads([("Budget primitif 2025", "1,1 Mo"), ("Compte administratif 2024", "950 Ko")]),
             decoys={"participatory_budget"}, parent=("Actualités", "/Actualites")),
        page("/Enquete-publique-PLU", "Enquête publique sur la révision du PLU", m.para(
            "Une enquête publique sur le projet de révision du plan local d'urbanisme se tient du 7 avril au 9 mai 2025.",
            "Le dossier et le registre sont à la disposition du public en mairie. La commissaire enquêtrice recevra le public le 7 avril, le 24 avril et le 9 mai."),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/Actualites")),
        page("/Forum-des-associations-2025", "Forum des associations", m.para(
            "Le forum des associations aura lieu le samedi 6 septembre à la salle polyvalente de 14 h à 18 h. Une vingtaine d'associations y présenteront leurs activités."),
             decoys={"forum"}, parent=("Actualités", "/Actualites")),
        page("/Participation-citoyenne", "Participation citoyenne : la commune adhère", m.para(
            "Le conseil municipal a approuvé l'adhésion de la commune au dispositif de participation citoyenne de la gendarmerie nationale.",
            "Des habitants référents seront le relais entre la population et la brigade de gendarmerie pour lutter contre les cambriolages."),
             decoys={"participation_displayed"}, parent=("Actualités", "/Actualites")),
        # a one-way alert app: the city informs, residents do not talk to each other there
        page("/Application-IntraMuros", "Suivez la commune sur IntraMuros", m.para(
            "Téléchargez l'application IntraMuros et choisissez Vaudremont : vous recevrez les alertes (coupures d'eau, travaux, météo), "
            "l'agenda des manifestations et les informations de la mairie sur votre téléphone."),
             decoys={"territorial_social_network"}, parent=("Actualités", "/Actualites")),
        page("/Conseil-municipal-du-12-mars", "Conseil municipal du 12 mars", m.para(
            "Le conseil municipal se réunira le mercredi 12 mars à 20 h 30 en mairie. La séance est publique.",
            "Ordre du jour : approbation du compte administratif ; vote des taux ; convention avec la communauté de communes ; questions diverses."),
             decoys={"participation_displayed"}, parent=("Actualités", "/Actualites")),
        page("/Location-salle-des-fetes", "Louer une salle communale", m.para(
            "Les salles communales sont louées aux habitants et aux associations. Tarifs votés par le conseil municipal.")
             + m.spip_booking("/Location-salle-des-fetes"), decoys={"contact_form"}),
        page("/Contact", "Contact", m.para("Secrétariat de mairie : lundi, mardi, jeudi 9 h - 12 h, vendredi 14 h - 18 h.")
             + m.spip_contact("/Contact"), {"contact_form"}),
    ]
    site = Site(VD, "spip", "Commune de Vaudremont", pages,
                menu=[("Accueil", "/"), ("Actualités", "/Actualites"), ("Démocratie locale", "/Democratie-locale"), ("Contact", "/Contact")],
                accounts=[social("facebook", "CommuneDeVaudremont")], address="Mairie, 1 place de l'Église, 54630 Vaudremont")
    return City("99903", "Vaudremont", 4_200, "54", "44", "Grand Est", f"http://{VD}/", [site])


# =============================================================================================================
# 99904 Belcastel-en-Forez (Loire): Joomla 4 with com_contact, JComments, a Kunena board and a Framaforms
# questionnaire; a Go Vocal space on the vendor's domain for the town centre's ideas and a mobility survey.
# =============================================================================================================

BC = "www.belcastel-en-forez.fr"
BC_GV = "belcastel-en-forez.govocal.com"


def belcastel() -> City:
    news = [("/index.php/actualites/142-renovation-de-la-halle", "Rénovation de la halle : les travaux commencent", "7 avril 2025", "Fin du chantier prévue à l'automne."),
            ("/index.php/actualites/145-nouveau-plan-de-circulation", "Nouveau plan de circulation", "28 mars 2025", "Sens unique rue des Tilleuls dès le 1er mai."),
            ("/index.php/actualites/155-coeur-de-ville-vos-idees", "Cœur de ville : vos idées en ligne", "20 mars 2025", "La consultation est ouverte."),
            ("/index.php/actualites/150-appel-a-projets-associations", "Appel à projets associatifs 2025", "10 mars 2025", "Subventions : dossiers avant le 30 avril."),
            ("/index.php/actualites/151-participation-citoyenne-gendarmerie", "Participation citoyenne : réunion publique", "3 mars 2025", "Avec la brigade de Boën."),
            ("/index.php/actualites/153-forum-de-l-emploi", "Forum de l'emploi", "20 février 2025", "Le 13 mars à l'espace Forez.")]
    forum_reply = "/index.php/connexion"
    pages = [
        page("/", "Accueil", m.tarteaucitron() + m.quick_links([
            ("/index.php/participez", "Participez !"), ("/index.php/forum", "Forum citoyen"), ("/index.php/participez/questionnaire-cantine", "Questionnaire cantine"),
            (f"http://{BC_GV}/fr-FR/", "Plateforme de concertation"), ("/index.php/mairie/budget", "Budget communal"), ("/index.php/newsletter", "Lettre d'info"),
            ("/index.php/contact", "Nous contacter")])
             + m.news_list(news, "Actualités") + m.agenda([("15 avril", "Comité d'habitants des Granges", "Salle des Granges"),
                                                            ("26 avril", "Marché aux fleurs", "Place de la Halle")])
             + '<p><a href="/index.php/actualites">Toutes les actualités</a></p>'),
        page("/index.php/actualites", "Actualités", m.news_list(news, "Toutes les actualités")),
        page("/index.php/participez", "Participez !", m.para(
            "Belcastel-en-Forez associe ses habitants à la vie de la commune : cinq comités d'habitants, un forum citoyen, des questionnaires "
            "et une plateforme de concertation en ligne pour le projet cœur de ville.",
            "Les élus rendent compte chaque année des suites données aux propositions des habitants.")
             + m.quick_links([("/index.php/participez/comites-d-habitants", "Les comités d'habitants"), ("/index.php/forum", "Le forum citoyen"),
                              ("/index.php/participez/questionnaire-cantine", "Questionnaire sur la cantine"),
                              ("/index.php/participez/resultats-sondage-marche", "Résultats du sondage sur le marché"),
                              (f"http://{BC_GV}/fr-FR/", "La plateforme de concertation")], "Participer"),
             {"participation_displayed"}),
        page("/index.php/participez/comites-d-habitants", "Les comités d'habitants", m.para(
            "Cinq comités d'habitants couvrent le territoire : le Bourg, les Granges, Chazelles, le Pont et les hameaux de la montagne.",
            "Ouverts à tous, ils se réunissent au moins trois fois par an avec l'adjoint à la démocratie locale, font remonter les besoins "
            "et sont consultés sur les travaux de leur secteur."),
             {"participation_displayed"}, parent=("Participez !", "/index.php/participez")),
        page("/index.php/participez/questionnaire-cantine", "Questionnaire : la restauration scolaire", m.para(
            "Parents, la commission restauration scolaire souhaite votre avis sur les repas, les tarifs et l'inscription en ligne. "
            "Le questionnaire est anonyme et ouvert jusqu'au 16 mai.")
             + m.framaforms("questionnaire-restauration-scolaire-belcastel-1741875600", "Questionnaire restauration scolaire"),
             {"poll"}, parent=("Participez !", "/index.php/participez")),
        page("/index.php/participez/resultats-sondage-marche", "Résultats du sondage sur le marché", m.para(
            "Vous avez été 418 à répondre au sondage sur le jour du marché, clos le 28 février. Le marché restera le samedi matin.")
             + '<table class="table table-striped"><caption>Quel jour pour le marché ?</caption><tbody><tr><td>Samedi matin</td><td>64 %</td></tr>'
               '<tr><td>Mercredi matin</td><td>22 %</td></tr><tr><td>Vendredi soir</td><td>14 %</td></tr></tbody></table>',
             decoys={"poll"}, parent=("Participez !", "/index.php/participez")),
        page("/index.php/forum", "Forum citoyen", m.kunena_categories([("Vie de la commune", [
            ("/index.php/forum/mobilites", "Mobilités", "Circulation, stationnement, vélo, transports", 41),
            ("/index.php/forum/mobilites", "Cadre de vie", "Propreté, espaces verts, bruit", 33)])])
             + '<p><a href="/index.php/forum/regles">Règles du forum</a></p>', {"forum"}),
        page("/index.php/forum/mobilites", "Mobilités", m.kunena_topics("Mobilités", [
            ("/index.php/forum/mobilites/18-piste-cyclable-vers-montbrison", "Piste cyclable vers Montbrison", "velo42", 9, "il y a 3 jours"),
            ("/index.php/forum/mobilites/18-piste-cyclable-vers-montbrison", "Vitesse excessive aux Granges", "Maryse", 15, "il y a 1 semaine")], forum_reply),
             {"forum"}, parent=("Forum citoyen", "/index.php/forum")),
        page("/index.php/forum/mobilites/18-piste-cyclable-vers-montbrison", "Piste cyclable vers Montbrison", m.kunena_topic("Piste cyclable vers Montbrison", [
            ("velo42", "2 avril 2025 18:12", "Le département a-t-il prévu de prolonger la voie verte jusqu'à Belcastel ?"),
            ("Jean-Pierre", "2 avril 2025 20:40", "D'après le dernier comité d'habitants, les études sont lancées."),
            ("Maryse", "3 avril 2025 08:05", "En attendant, un marquage sur la D8 serait déjà bien.")], forum_reply),
             {"forum"}, parent=("Mobilités", "/index.php/forum/mobilites")),
        page("/index.php/forum/regles", "Règles du forum", m.para(
            "Le forum citoyen est modéré par la mairie. Sont interdits : les propos injurieux, la publicité, les messages sans rapport avec la commune.",
            "Pour écrire, créez un compte : l'inscription est réservée aux habitants."),
             decoys={"forum"}, parent=("Forum citoyen", "/index.php/forum")),
        page("/index.php/connexion", "Connexion", m.joomla_login("/index.php/connexion?task=user.login"), decoys={"contact_form", "forum"}),
        page("/index.php/actualites/142-renovation-de-la-halle", "Rénovation de la halle : les travaux commencent", m.para(
            "La halle du XIXe siècle sera restaurée : charpente, couverture en tuiles et éclairage. Le marché s'installe place de la Poste pendant les travaux.")
             + m.jcomments(142, [("Odile", "08.04.2025 09:14", "Enfin ! La charpente faisait peur."),
                                 ("Bruno", "08.04.2025 18:30", "Le marché place de la Poste, il y aura assez de place ?")]),
             {"comments"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/145-nouveau-plan-de-circulation", "Nouveau plan de circulation", m.para(
            "Après la concertation avec le comité d'habitants du Bourg, la rue des Tilleuls passe en sens unique le 1er mai.")
             + m.jcomments(145, [("Lucie", "29.03.2025 12:02", "Et pour les livraisons de la boulangerie ?")]),
             {"comments"}, parent=("Actualités", "/index.php/actualites")),
        # subsidies for associations' projects: a grant application window, not a call for residents' ideas
        page("/index.php/actualites/150-appel-a-projets-associations", "Appel à projets associatifs 2025", m.para(
            "Les associations belcastelloises peuvent déposer leur dossier de demande de subvention au titre de l'appel à projets 2025 "
            "(animation, sport, culture) avant le 30 avril. Le formulaire CERFA n° 12156 est à joindre au dossier."),
             decoys={"suggestion_call"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/151-participation-citoyenne-gendarmerie", "Participation citoyenne : réunion publique", m.para(
            "La gendarmerie présentera le dispositif de participation citoyenne le 20 mars à 19 h, salle du conseil.",
            "Les habitants volontaires deviendront référents de leur quartier pour signaler les faits suspects à la brigade."),
             decoys={"participation_displayed"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/153-forum-de-l-emploi", "Forum de l'emploi", m.para(
            "Le forum de l'emploi de la communauté d'agglomération se tient le 13 mars à l'espace Forez. 60 entreprises recrutent."),
             decoys={"forum"}, parent=("Actualités", "/index.php/actualites")),
        # a news item whose whole point is to call for residents' ideas, pointing to the vendor platform
        page("/index.php/actualites/155-coeur-de-ville-vos-idees", "Cœur de ville : vos idées en ligne", m.para(
            "Quelle place pour la voiture, les arbres, les terrasses ? La commune lance la concertation sur le réaménagement du cœur de ville.",
            "Jusqu'au 31 mai, proposez vos idées et soutenez celles des autres sur notre plateforme de concertation.")
             + f'<p><a class="btn btn-primary" href="http://{BC_GV}/fr-FR/projects/coeur-de-ville">Je propose une idée</a></p>',
             {"suggestion_call"}, decoys={"participatory_platform"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/mairie/budget", "Budget communal", m.para(
            "Budget primitif 2025 : 9,8 M€ en fonctionnement, 4,2 M€ en investissement. Compte administratif 2024 approuvé le 27 mars.")
             + m.downloads([("Budget primitif 2025 — présentation synthétique", "640 Ko")]),
             decoys={"participatory_budget"}),
        page("/index.php/newsletter", "Lettre d'information", m.newsletter_box("/index.php/newsletter", "acymailing"), decoys={"contact_form"}),
        page("/index.php/contact", "Nous contacter", m.para("Mairie de Belcastel-en-Forez, 2 place de la Halle. Du lundi au samedi matin.")
             + m.joomla_contact("/index.php/contact", "Mairie de Belcastel-en-Forez"), {"contact_form"}),
    ]
    www = Site(BC, "joomla", "Belcastel-en-Forez", pages,
               menu=[("Accueil", "/"), ("Actualités", "/index.php/actualites"), ("Participez !", "/index.php/participez"),
                     ("Forum", "/index.php/forum"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "BelcastelEnForez"), social("youtube", "belcastelenforez"), social("linkedin", "mairie-de-belcastel-en-forez")],
               address="Mairie, 2 place de la Halle, 42130 Belcastel-en-Forez")
    gv = [
        page("/fr-FR/", "Belcastel participe", m.para("Bienvenue sur la plateforme de concertation de Belcastel-en-Forez.")
             + '<div class="e2e-project-cards"><a class="e2e-project-card" href="/fr-FR/projects/coeur-de-ville">Cœur de ville : vos idées</a>'
               '<a class="e2e-project-card" href="/fr-FR/projects/enquete-mobilites/survey">Enquête mobilités</a></div>'
             + '<p><a href="/fr-FR/projects">Tous les projets</a></p>'),
        page("/fr-FR/projects", "Projets", '<div class="e2e-project-cards"><a class="e2e-project-card" href="/fr-FR/projects/coeur-de-ville">Cœur de ville : vos idées — Phase d\'idéation</a>'
             '<a class="e2e-project-card" href="/fr-FR/projects/enquete-mobilites/survey">Enquête mobilités — Sondage</a></div>'),
        page("/fr-FR/projects/coeur-de-ville", "Cœur de ville : vos idées", m.para(
            "Partagez vos idées pour le futur cœur de ville : commerces, circulation, nature, animations. Votez pour les idées que vous préférez. "
            "Phase d'idéation jusqu'au 31 mai.")
             + m.govocal_ideas([(301, "/fr-FR/ideas/une-halle-ouverte-le-dimanche", "Une halle ouverte le dimanche", 47, 8),
                                (302, "/fr-FR/ideas/une-halle-ouverte-le-dimanche", "Plus d'arbres place de la Poste", 39, 5)], "/fr-FR/projects/coeur-de-ville"),
             {"suggestion_call"}, parent=("Projets", "/fr-FR/projects")),
        # one resident's idea: people comment it, the page calls for nothing
        page("/fr-FR/ideas/une-halle-ouverte-le-dimanche", "Une halle ouverte le dimanche", m.para(
            "Idée de Clémence R. : une fois rénovée, la halle pourrait accueillir un marché de producteurs le dimanche matin.")
             + m.govocal_comments([(1, "Thierry", "il y a 4 jours", "Bonne idée, avec une buvette associative."),
                                   (2, "Anne", "il y a 2 jours", "Il faudra des toilettes publiques à côté.")]),
             {"comments"}, decoys={"suggestion_call"}, parent=("Cœur de ville", "/fr-FR/projects/coeur-de-ville")),
        page("/fr-FR/projects/enquete-mobilites/survey", "Enquête mobilités", m.para("Aidez-nous à mieux connaître vos déplacements. 5 minutes.")
             + m.govocal_survey([("Quel mode de transport utilisez-vous le plus ?", "select", ["Voiture", "Car", "Vélo", "Marche"]),
                                 ("Sur 5, quelle note donnez-vous à la sécurité des trajets à vélo ?", "linear_scale", []),
                                 ("Qu'aimeriez-vous améliorer ?", "text", [])]),
             {"poll"}, parent=("Projets", "/fr-FR/projects")),
    ]
    govocal = Site(BC_GV, "govocal", "Belcastel participe", gv, menu=[("Accueil", "/fr-FR/"), ("Projets", "/fr-FR/projects")],
                   redirects={"/": "/fr-FR/"},
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"go_vocal"}))
    return City("99904", "Belcastel-en-Forez", 12_600, "42", "84", "Auvergne-Rhône-Alpes", f"http://{BC}/", [www, govocal])


# =============================================================================================================
# 99905 Lanvézec (Finistère, .bzh): Drupal 10 with Webform, Poll, comments, a participatory budget under a
# local name, e-petitions of the commune's own, a Google Forms questionnaire, and "Voisins de Lanvézec",
# the neighbours' network the commune runs.
# =============================================================================================================

LV = "www.lanvezec.bzh"
LV_NET = "voisins.lanvezec.bzh"


def lanvezec() -> City:
    news = [("/actualites/travaux-du-bourg", "Travaux du bourg : point d'étape", "8 avril 2025", "La rue de Brest rouvre le 22 avril."),
            ("/actualites/fest-noz-de-la-saint-jean", "Fest-noz de la Saint-Jean", "2 avril 2025", "Le 21 juin sur la place."),
            ("/actualites/budget-2025", "Budget 2025 voté", "27 mars 2025", "Budget primitif adopté à l'unanimité."),
            ("/actualites/forum-des-associations", "Forum des associations", "20 mars 2025", "Le 6 septembre à la salle Ar Vro."),
            ("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'Insee sur le cadre de vie", "10 mars 2025", "Des ménages tirés au sort."),
            ("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", "1er mars 2025", "Inscriptions jusqu'au 31 mai.")]
    bp = "/vie-citoyenne/mon-projet-pour-lanvezec"
    pages = [
        page("/", "Degemer mat — Bienvenue", m.tarteaucitron() + m.para("Bienvenue à Lanvézec, commune littorale du pays de Morlaix.")
             + m.quick_links([("/vie-citoyenne", "Vie citoyenne"), (bp, "Mon projet pour Lanvézec"), ("/vie-citoyenne/petitions", "Pétitions"),
                              ("/vie-citoyenne/sondage", "Sondage du mois"), ("/vie-citoyenne/voisins", "Voisins de Lanvézec"),
                              (f"http://{LV_NET}/", "Le réseau des voisins"), ("/contact", "Contact")])
             + m.news_list(news) + m.agenda([("19 avril", "Comité consultatif littoral", "Mairie"), ("21 juin", "Fest-noz de la Saint-Jean", "Place de l'Église")])
             + '<p><a href="/actualites">Toutes les actualités</a></p>'),
        page("/actualites", "Actualités", m.news_list(news, "Toutes les actualités")),
        page("/vie-citoyenne", "Vie citoyenne", m.para(
            "À Lanvézec, la participation des habitants passe par quatre comités consultatifs, un budget participatif, Mon projet pour Lanvézec, "
            "un droit de pétition local et un réseau d'entraide entre voisins.",
            "La charte de la vie citoyenne, adoptée en 2022, fixe le rôle de chacun.")
             + m.quick_links([("/vie-citoyenne/comites-consultatifs", "Les comités consultatifs"), (bp, "Mon projet pour Lanvézec"),
                              ("/vie-citoyenne/petitions", "Les pétitions"), ("/vie-citoyenne/sondage", "Le sondage du mois"),
                              ("/vie-citoyenne/questionnaire-jeunesse", "Questionnaire jeunesse"), ("/vie-citoyenne/voisins", "Voisins de Lanvézec")], "Participer"),
             {"participation_displayed"}),
        page("/vie-citoyenne/comites-consultatifs", "Les comités consultatifs", m.para(
            "Quatre comités consultatifs réunissent élus et habitants : littoral et environnement, solidarités, culture et langue bretonne, jeunesse.",
            "Chaque comité compte dix habitants volontaires. Il est consulté avant les décisions du conseil municipal dans son domaine et peut s'autosaisir."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page(bp, "Mon projet pour Lanvézec — budget participatif", m.para(
            "Mon projet pour Lanvézec, c'est le budget participatif de la commune : 40 000 € par an pour des projets d'intérêt général "
            "imaginés et choisis par les habitants.",
            "Dépôt des projets jusqu'au 30 avril, étude de faisabilité en mai, vote en juin à la fête de la musique et en ligne.")
             + f'<p><a class="button" href="{bp}/deposer">Déposer un projet</a> <a class="button" href="{bp}/vote">Voter</a></p>',
             {"participatory_budget"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        # the budget's filing form: a call for projects whose form is a free-text message to the commune
        page(f"{bp}/deposer", "Déposer un projet", m.para("Tout habitant de plus de 10 ans peut déposer un ou deux projets.")
             + m.drupal_webform(f"{bp}/deposer", "depot_projet_bp", [
                 ("titre", "Titre du projet", "textfield"), ("lieu", "Lieu", "select:Bourg|Port|Kerbrat|Toute la commune"),
                 ("description", "Description du projet", "textarea"), ("cout", "Coût estimé (€)", "number"),
                 ("nom", "Nom", "textfield"), ("courriel", "Courriel", "email")], "Déposer mon projet"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Mon projet pour Lanvézec", bp)),
        page(f"{bp}/vote", "Voter pour les projets", m.para("Le vote ouvrira le 1er juin. Projets de l'édition 2024 réalisés :")
             + '<form class="bp-vote" method="post" action="/vie-citoyenne/mon-projet-pour-lanvezec/vote"><fieldset><legend>Projets soumis au vote (2 choix maximum)</legend>'
               '<label><input type="checkbox" name="projets[]" value="1"> Des racks à vélos au port (4 000 €)</label>'
               '<label><input type="checkbox" name="projets[]" value="2"> Une table d\'orientation à la pointe de Kerbrat (9 000 €)</label>'
               '<label><input type="checkbox" name="projets[]" value="3"> Un jardin partagé derrière l\'école (6 500 €)</label></fieldset>'
               '<label for="bp-mail">Courriel</label><input type="email" id="bp-mail" name="courriel"><button type="submit">Voter</button></form>',
             {"participatory_budget"}, parent=("Mon projet pour Lanvézec", bp)),
        page("/vie-citoyenne/petitions", "Les pétitions citoyennes", m.para(
            "Toute personne de 16 ans et plus qui habite, travaille ou étudie à Lanvézec peut lancer une pétition sur ce site. "
            "À 150 signatures, la pétition reçoit une réponse du maire ; à 400, elle est débattue en conseil municipal.")
             + m.drupal_petition_list([("/vie-citoyenne/petitions/ouverture-de-la-mediatheque-le-dimanche", "Ouverture de la médiathèque le dimanche", 212, 400, "En cours"),
                                       ("/vie-citoyenne/petitions/ouverture-de-la-mediatheque-le-dimanche", "Éclairage du parking de la plage", 151, 150, "Réponse du maire publiée")])
             + '<p><a href="/contact">Proposer une pétition</a></p>',
             {"petition"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/petitions/ouverture-de-la-mediatheque-le-dimanche", "Ouverture de la médiathèque le dimanche", m.para(
            "Nous demandons l'ouverture de la médiathèque le dimanche après-midi d'octobre à mars, pour les familles et les personnes qui travaillent en semaine.",
            "Pétition lancée le 2 mars 2025 par Gwenola K. — clôture le 2 juin.")
             + m.drupal_petition_sign(318, 212, 400),
             {"petition"}, parent=("Pétitions", "/vie-citoyenne/petitions")),
        page("/vie-citoyenne/sondage", "Le sondage du mois", m.para("Chaque mois, une question aux habitants.")
             + m.drupal_poll(77, "Faut-il piétonniser le quai du port en juillet et août ?", ["Oui, tout l'été", "Oui, le week-end seulement", "Non"]),
             {"poll"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/questionnaire-jeunesse", "Questionnaire jeunesse", m.para(
            "Tu as entre 11 et 25 ans et tu vis à Lanvézec ? Le comité jeunesse veut savoir ce qui te manque : lieux, activités, transports. "
            "Réponds avant le 15 mai.")
             + m.google_forms("1FAIpQLSe7pXkVh3QmZr9wT2yLb8uN0aDcF4gHjK1lMnOpQrStUvWx", "Questionnaire jeunesse Lanvézec"),
             {"poll"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        # the commune's page presenting the neighbours' network it runs, with the way in
        page("/vie-citoyenne/voisins", "Voisins de Lanvézec, le réseau d'entraide", m.para(
            "Voisins de Lanvézec est le réseau social de la commune, réservé aux habitants : on s'y prête une échelle, on y propose un covoiturage, "
            "on y signale un chat perdu, on y organise la fête de quartier.",
            "L'inscription est gratuite ; votre adresse est vérifiée pour que seuls les voisins se retrouvent entre eux.")
             + f'<p><a class="button" href="http://{LV_NET}/">Rejoindre mes voisins</a></p>',
             {"territorial_social_network"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/actualites/travaux-du-bourg", "Travaux du bourg : point d'étape", m.para(
            "Les réseaux sont enfouis ; les enrobés de la rue de Brest sont posés le 18 avril et la rue rouvre le 22.",
            "Merci aux riverains pour leur patience. Vos questions en commentaire, les services vous répondent.")
             + m.drupal_comments(204, [("Yann", "9 avril 2025", "Et le stationnement devant la boulangerie, il revient ?"),
                                       ("Mairie de Lanvézec", "10 avril 2025", "Oui, quatre places minute seront tracées.")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/fest-noz-de-la-saint-jean", "Fest-noz de la Saint-Jean", m.para(
            "Le comité des fêtes organise le fest-noz de la Saint-Jean le 21 juin à partir de 20 h : trois groupes, crêpes et feu de la Saint-Jean.")
             + m.drupal_comments(207, [("Nolwenn", "3 avril 2025", "Qui joue cette année ?")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-2025", "Budget 2025 voté", m.para(
            "Le budget primitif 2025 a été adopté le 26 mars : 5,2 M€ en fonctionnement, 2,9 M€ en investissement, sans hausse des taux."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-des-associations", "Forum des associations", m.para(
            "Le forum des associations se tient le samedi 6 septembre à la salle Ar Vro : inscriptions aux activités, démonstrations de danse bretonne."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'Insee sur le cadre de vie", m.para(
            "L'Insee réalise jusqu'au 30 avril une enquête statistique sur le cadre de vie et la sécurité. Quelques ménages de la commune, tirés au sort, "
            "seront contactés par un enquêteur muni d'une carte officielle. Merci de lui réserver un bon accueil."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", m.para(
            "Inscrivez-vous au concours des maisons fleuries avant le 31 mai : jardins, balcons, façades. Le jury passera en juillet."),
             decoys={"suggestion_call", "poll"}, parent=("Actualités", "/actualites")),
        page("/contact", "Contact", m.para("Mairie de Lanvézec — Ti-kêr Lanvezeg. Ouverte du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.")
             + m.drupal_webform("/contact", "contact", [("nom", "Votre nom", "textfield"), ("email", "Votre courriel", "email"),
                                                       ("sujet", "Sujet", "textfield"), ("message", "Message", "textarea")], "Envoyer"),
             {"contact_form"}),
    ]
    www = Site(LV, "drupal", "Lanvézec", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Vie citoyenne", "/vie-citoyenne"), ("Contact", "/contact")],
               accounts=[social("facebook", "lanvezec"), social("instagram", "lanvezec_bzh"), social("mastodon", "lanvezec@piaille.fr")],
               address="Mairie, 3 straed an Iliz, 29660 Lanvézec")
    feed = [(1, "Gaëlle", "Le Port", "il y a 2 h", "Prêt et don", "Je donne un lit d'enfant en bon état, à venir chercher.", 3),
            (2, "Erwan", "Kerbrat", "il y a 5 h", "Entraide", "Quelqu'un pour m'aider à monter une armoire samedi ? Je fournis le café.", 6),
            (3, "Mairie de Lanvézec", "Toute la commune", "hier", "Vie du quartier", "Coupure d'électricité rue de Brest jeudi de 9 h à 11 h.", 1)]
    net = [
        page("/", "Le fil des voisins", m.network_feed(feed) + '<p><a href="/groupes">Les groupes</a> · <a href="/annonces">Les annonces</a></p>'),
        page("/groupes", "Les groupes", '<ul class="groups"><li><a href="/groupes/quartier-du-port">Quartier du Port</a> — 84 membres</li>'
             '<li><a href="/groupes/quartier-du-port">Parents de l\'école Jules-Verne</a> — 57 membres</li></ul>'
             + m.para("Créez un groupe pour votre rue, votre immeuble ou votre association.")),
        page("/groupes/quartier-du-port", "Quartier du Port", m.network_feed([
            (11, "Loïc", "Le Port", "il y a 1 jour", "Vie du quartier", "Apéro de quartier samedi 17 mai sur le quai, chacun apporte quelque chose !", 9)], group="Quartier du Port"),
             parent=("Groupes", "/groupes")),
        page("/annonces", "Annonces entre voisins", m.network_feed([
            (21, "Morgane", "Bourg", "il y a 3 jours", "Prêt et don", "Prête une remorque pour la déchetterie le week-end.", 2),
            (22, "Alain", "Kerbrat", "il y a 4 jours", "Objets perdus", "Trouvé un trousseau de clés près de la chapelle.", 4)])),
    ]
    network = Site(LV_NET, "community", "Voisins de Lanvézec", net,
                   menu=[("Fil", "/"), ("Groupes", "/groupes"), ("Annonces", "/annonces"), ("Site de la commune", f"http://{LV}/")],
                   features=frozenset({"territorial_social_network"}))
    return City("99905", "Lanvézec", 7_900, "29", "53", "Bretagne", f"http://{LV}/", [www, network])


# =============================================================================================================
# 99906 Pérouvert (Essonne): a vendor CMS with a city magazine, "Pérouvert participe", a Cap Collectif space on
# the vendor's domain (budget, petitions under the right of interpellation, a questionnaire) and a LimeSurvey
# server of the city's own.
# =============================================================================================================

PV = "www.perouvert.fr"
PV_CAPCO = "perouvert.cap-collectif.com"
PV_LS = "enquetes.perouvert.fr"
_PV_BP = "/project/perouvert-en-projets-2025"
_PV_INT = "/project/droit-d-interpellation"


def perouvert() -> City:
    news = [("/magazine/dossier-la-ville-a-velo", "Dossier : la ville à vélo", "Avril 2025", "Pérouvert Mag n° 84."),
            ("/actualites/budget-primitif-2025", "Budget primitif 2025", "4 avril 2025", "Priorité aux écoles et à la rénovation énergétique."),
            ("/actualites/forum-des-metiers", "Forum des métiers", "28 mars 2025", "Collégiens et lycéens, rendez-vous le 12 avril."),
            ("/actualites/petition-nationale-hopital", "Hôpital : le conseil municipal adopte un vœu", "20 mars 2025", "Urgences de nuit."),
            ("/actualites/revue-de-presse", "Revue de presse de mars", "2 avril 2025", "Pérouvert dans les médias."),
            ("/ma-ville/perouvert-participe/concertation-quartier-gare", "Quartier de la gare : la concertation continue", "15 mars 2025", "Atelier le 5 avril.")]
    part = "/ma-ville/perouvert-participe"
    pages = [
        page("/", "Accueil", m.tarteaucitron() + m.quick_links([
            (part, "Pérouvert participe"), (f"{part}/budget-participatif", "Budget participatif"), (f"{part}/droit-d-interpellation", "Droit d'interpellation"),
            ("/e-services/prendre-rendez-vous", "Prendre rendez-vous"), ("/mairie/marches-publics", "Marchés publics"), ("/mairie/recrutement", "Recrutement"),
            ("/newsletter", "Newsletter"), ("/ma-ville/reseaux-sociaux", "Nos réseaux sociaux"), ("/contact", "Contact")], "Vos services en 1 clic")
             + m.news_list(news, "À la une") + m.agenda([("5 avril", "Atelier de concertation quartier de la gare", "Centre social Jacques-Prévert"),
                                                         ("12 avril", "Forum des métiers", "Gymnase Colette-Besson"),
                                                         ("17 avril", "Conseil citoyen des Hautes-Bruyères", "Maison de quartier")])
             + '<p><a href="/magazine">Le magazine</a></p>'),
        page("/magazine", "Pérouvert Mag", m.para("Le magazine municipal paraît chaque mois. Retrouvez ses dossiers en ligne.")
             + m.news_list([news[0]], "Dernier numéro") + m.downloads([("Pérouvert Mag n° 84 — avril 2025", "6,8 Mo")])),
        page("/magazine/dossier-la-ville-a-velo", "Dossier : la ville à vélo", m.para(
            "12 km de pistes nouvelles d'ici 2027, des arceaux devant chaque école, une vélo-école pour adultes : le plan vélo se met en place.",
            "Le plan a été construit avec les habitants : 2 300 réponses au questionnaire en ligne, trois ateliers et une balade à vélo avec les élus.")
             + m.share(f"http://{PV}/magazine/dossier-la-ville-a-velo", "La ville à vélo"),
             parent=("Pérouvert Mag", "/magazine")),
        page(part, "Pérouvert participe", m.para(
            "Conseils citoyens, concertations de projet, budget participatif, droit d'interpellation : Pérouvert participe rassemble les démarches "
            "qui permettent aux habitants de prendre part aux décisions de la ville.",
            "La Ville s'appuie sur une plateforme en ligne et sur des rencontres dans les quartiers : vous pouvez participer en ligne comme en personne.")
             + m.quick_links([(f"{part}/conseils-citoyens", "Les conseils citoyens"), (f"{part}/concertation-quartier-gare", "Concertation quartier de la gare"),
                              (f"{part}/budget-participatif", "Pérouvert en projets"), (f"{part}/droit-d-interpellation", "Le droit d'interpellation"),
                              (f"{part}/enquete-proprete", "Enquête propreté"), (f"http://{PV_CAPCO}/", "La plateforme participative")], "Les démarches"),
             {"participation_displayed"}),
        page(f"{part}/conseils-citoyens", "Les conseils citoyens", m.para(
            "Les quartiers des Hautes-Bruyères et du Val-Fleuri ont chacun un conseil citoyen, composé d'habitants tirés au sort et d'acteurs locaux, "
            "comme le prévoit la politique de la ville.",
            "Les conseils citoyens participent au contrat de ville et donnent leur avis sur les projets de renouvellement urbain."),
             {"participation_displayed"}, parent=("Pérouvert participe", part)),
        page(f"{part}/concertation-quartier-gare", "Quartier de la gare : la concertation", m.para(
            "Le quartier de la gare va se transformer d'ici 2030. Avant tout permis de construire, la Ville mène une concertation avec les riverains : "
            "réunion publique, ateliers, exposition et registre en mairie.",
            "Prochain atelier le 5 avril au centre social Jacques-Prévert. Le bilan de la concertation sera publié en juin."),
             {"participation_displayed"}, parent=("Pérouvert participe", part)),
        # the right of interpellation with its thresholds; petitions are filed and signed on the platform
        page(f"{part}/droit-d-interpellation", "Le droit d'interpellation", m.para(
            "Depuis 2023, les Pérouvertois de 16 ans et plus peuvent interpeller le conseil municipal par une pétition en ligne.",
            "À 500 signatures en quatre mois, le maire reçoit les pétitionnaires ; à 1 500 signatures, la question est débattue en séance du conseil municipal.")
             + f'<p><a class="btn btn--primary" href="http://{PV_CAPCO}{_PV_INT}/collect/petitions">Déposer ou signer une pétition</a></p>',
             {"petition", "participation_displayed"}, parent=("Pérouvert participe", part)),
        page(f"{part}/budget-participatif", "Pérouvert en projets, le budget participatif", m.para(
            "Pérouvert en projets consacre 800 000 € aux idées des habitants. Déposez vos projets jusqu'au 30 avril ; après l'étude par les services, "
            "le vote a lieu en septembre, en ligne et dans les bureaux de vote installés dans les quartiers.")
             + f'<p><a class="btn btn--primary" href="http://{PV_CAPCO}{_PV_BP}/collect/deposez-vos-projets">Je dépose mon projet</a></p>',
             {"participatory_budget"}, parent=("Pérouvert participe", part)),
        page(f"{part}/enquete-proprete", "Enquête : la propreté dans votre quartier", m.para(
            "Propreté des rues, dépôts sauvages, corbeilles : donnez votre avis pour préparer le plan propreté 2026. L'enquête est ouverte jusqu'au 20 mai.")
             + f'<iframe src="http://{PV_LS}/index.php/482913?lang=fr" title="Enquête propreté" width="100%" height="900"></iframe>'
             + f'<p><a href="http://{PV_LS}/index.php/482913?lang=fr">Ouvrir l\'enquête dans une nouvelle fenêtre</a></p>',
             {"poll"}, parent=("Pérouvert participe", part)),
        page("/actualites/budget-primitif-2025", "Budget primitif 2025", m.para(
            "Le conseil municipal a adopté le budget primitif 2025 : 96 M€, dont 27 M€ d'investissement. Les écoles et la rénovation énergétique "
            "des bâtiments sont les deux priorités.")
             + m.downloads([("Budget primitif 2025 — rapport de présentation", "2,1 Mo")]),
             decoys={"participatory_budget"}),
        page("/actualites/forum-des-metiers", "Forum des métiers", m.para(
            "Le forum des métiers réunit le 12 avril plus de 50 professionnels pour présenter leur métier aux collégiens et lycéens."),
             decoys={"forum"}),
        page("/actualites/petition-nationale-hopital", "Hôpital : le conseil municipal adopte un vœu", m.para(
            "Le conseil municipal a adopté un vœu pour le maintien des urgences de nuit à l'hôpital du secteur.",
            "Une pétition nationale pour les hôpitaux de proximité circule par ailleurs sur une plateforme de pétitions en ligne ; la Ville n'en est pas l'organisatrice."),
             decoys={"petition"}),
        # a page naming a local newspaper's account, which is not the city's
        page("/actualites/revue-de-presse", "Revue de presse de mars", m.para(
            "Pérouvert dans les médias ce mois-ci : le plan vélo dans Le Parisien, le budget participatif sur France Bleu.",
            'Suivez aussi l\'hebdomadaire local L\'Écho de Pérouvert, journal indépendant de la Ville, sur '
            '<a href="https://www.facebook.com/lechodeperouvert" target="_blank" rel="noopener">sa page Facebook</a>.')),
        # the city's accounts on global platforms: social accounts, not a network of neighbours
        page("/ma-ville/reseaux-sociaux", "La Ville sur les réseaux sociaux", m.para(
            "Suivez l'actualité de Pérouvert au quotidien sur nos réseaux sociaux : Facebook pour les informations pratiques, "
            "Instagram pour les photos des événements, LinkedIn pour les offres d'emploi et YouTube pour les conseils municipaux en vidéo.",
            "Nos comptes sont modérés par le service communication du lundi au vendredi.")
             + '<ul class="reseaux"><li><a href="https://www.facebook.com/VilleDePerouvert">Facebook</a></li>'
               '<li><a href="https://www.instagram.com/villedeperouvert">Instagram</a></li>'
               '<li><a href="https://www.linkedin.com/company/ville-de-perouvert">LinkedIn</a></li>'
               '<li><a href="https://www.youtube.com/@VilleDePerouvert">YouTube</a></li></ul>',
             decoys={"territorial_social_network"}),
        page("/mairie/marches-publics", "Marchés publics", m.para(
            "Avis d'appel public à la concurrence en cours : marché de travaux de rénovation du groupe scolaire Condorcet (appel d'offres ouvert, 6 lots). "
            "Les dossiers de consultation sont téléchargeables sur la plateforme des marchés publics."),
             decoys={"suggestion_call"}),
        page("/mairie/recrutement", "Recrutement", m.para(
            "La Ville recrute : un(e) chef(fe) de projet participation citoyenne, des animateurs périscolaires, un(e) policier(ère) municipal(e).",
            "Appel à candidatures ouvert jusqu'au 15 mai. Candidature par courriel à la direction des ressources humaines."),
             decoys={"suggestion_call"}),
        page("/contact", "Contact", m.para("Hôtel de ville, 1 place du Général-de-Gaulle. Accueil du lundi au samedi.") + m.vendor_contact("/contact"),
             {"contact_form"}),
        page("/newsletter", "Newsletter", m.newsletter_box("/newsletter", "brevo"), decoys={"contact_form"}),
        page("/e-services/prendre-rendez-vous", "Prendre rendez-vous", m.para("Titres d'identité : prenez rendez-vous en ligne.")
             + m.vendor_booking("/e-services/prendre-rendez-vous"), decoys={"contact_form"}),
    ]
    www = Site(PV, "vendor", "Ville de Pérouvert", pages,
               menu=[("Ma ville", part), ("Le magazine", "/magazine"), ("Participer", part), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDePerouvert"), social("x", "Perouvert"), social("instagram", "villedeperouvert"),
                         social("linkedin", "ville-de-perouvert"), social("youtube", "VilleDePerouvert")],
               address="Hôtel de ville, 1 place du Général-de-Gaulle, 91190 Pérouvert")
    steps_bp = m.capco_steps([(f"{_PV_BP}/collect/deposez-vos-projets", "Dépôt des projets", "1er mars - 30 avril", True),
                              (f"{_PV_BP}/selection/vote", "Vote", "1er - 30 septembre", False)])
    prop = f"{_PV_BP}/collect/deposez-vos-projets/proposals/un-jardin-partage-aux-tilleuls"
    pet = f"{_PV_INT}/collect/petitions/proposals/sauvegarder-le-marche-couvert"
    capco = [
        page("/", "Pérouvert participe", m.para("La plateforme participative de la Ville de Pérouvert.")
             + '<div class="project-list"><a class="project-preview" href="' + _PV_BP + '/collect/deposez-vos-projets">Pérouvert en projets 2025</a>'
             + '<a class="project-preview" href="' + _PV_INT + '/collect/petitions">Droit d\'interpellation</a>'
             + '<a class="project-preview" href="/project/plan-velo/questionnaire/votre-avis-sur-le-plan-velo">Plan vélo : votre avis</a></div>'
             + '<p><a href="/projects">Tous les projets</a></p>'),
        page("/projects", "Projets", '<ul class="project-list"><li><a href="' + _PV_BP + '/collect/deposez-vos-projets">Pérouvert en projets 2025 — Budget participatif</a></li>'
             '<li><a href="' + _PV_INT + '/collect/petitions">Droit d\'interpellation — Pétitions</a></li>'
             '<li><a href="/project/plan-velo/questionnaire/votre-avis-sur-le-plan-velo">Plan vélo — Questionnaire</a></li></ul>'),
        # the budget's collect step: residents file projects for the budget
        page(f"{_PV_BP}/collect/deposez-vos-projets", "Pérouvert en projets 2025 — Dépôt des projets", steps_bp + m.para(
            "Vous avez une idée pour votre quartier ? Déposez votre projet d'investissement (jusqu'à 150 000 €) avant le 30 avril.")
             + m.capco_proposals([(5101, prop, "Un jardin partagé aux Tilleuls", "Association Les Tilleuls en fleurs", 0, "projet", 6, "Nature en ville"),
                                  (5102, prop, "Des boîtes à livres dans les parcs", "Inès B.", 0, "projet", 2, "Culture")],
                                 "Déposer un projet", "/login"),
             {"participatory_budget", "suggestion_call"}, parent=("Projets", "/projects")),
        page(f"{_PV_BP}/selection/vote", "Pérouvert en projets 2025 — Vote", steps_bp + m.para(
            "Le vote aura lieu du 1er au 30 septembre. Vous disposerez de 5 votes à répartir entre les projets retenus de votre quartier et de la ville.")
             + m.capco_proposals([(5101, prop, "Un jardin partagé aux Tilleuls", "Association Les Tilleuls en fleurs", 0, "votes", 6, "Nature en ville")],
                                 "Voter", "/login"),
             {"participatory_budget"}, parent=("Projets", "/projects")),
        # one resident's project within the budget, with its comments
        page(prop, "Un jardin partagé aux Tilleuls", m.para(
            "Transformer la pelouse inutilisée derrière la résidence des Tilleuls en jardin partagé : 20 parcelles, un récupérateur d'eau, un composteur.",
            "Coût estimé : 45 000 €. Déposé par l'association Les Tilleuls en fleurs.")
             + m.capco_comments([(1, "Hélène", "il y a 3 jours", "Super projet, je m'inscris pour une parcelle."),
                                 (2, "Samir", "il y a 1 jour", "Prévoir un accès pour les personnes à mobilité réduite.")]),
             {"participatory_budget", "comments"}, decoys={"suggestion_call"}, parent=("Dépôt des projets", f"{_PV_BP}/collect/deposez-vos-projets")),
        page(f"{_PV_INT}/collect/petitions", "Droit d'interpellation — Pétitions", m.para(
            "Déposez une pétition adressée au conseil municipal ou signez celles des autres habitants. 500 signatures : rencontre avec le maire ; "
            "1 500 signatures : débat en conseil municipal.")
             + m.capco_proposals([(6201, pet, "Sauvegarder le marché couvert", "Collectif des commerçants du marché", 812, "signatures", 14, "Commerce")],
                                 "Déposer une pétition", "/login"),
             {"petition"}, parent=("Projets", "/projects")),
        page(pet, "Sauvegarder le marché couvert", m.para(
            "Nous demandons au conseil municipal de renoncer à la démolition du marché couvert et d'étudier sa rénovation.",
            "812 signatures sur 1 500 — pétition ouverte jusqu'au 30 juin.")
             + '<div class="proposal__vote"><a class="btn btn-success" href="/login">Signer la pétition</a></div>'
             + m.capco_comments([(11, "Claude", "il y a 5 jours", "Signé. Ce marché fait vivre le quartier.")]),
             {"petition", "comments"}, parent=("Pétitions", f"{_PV_INT}/collect/petitions")),
        page("/project/plan-velo/questionnaire/votre-avis-sur-le-plan-velo", "Plan vélo : votre avis", m.para(
            "Le plan vélo entre dans sa deuxième phase. Répondez au questionnaire avant le 31 mai.")
             + m.capco_questionnaire(88, [("Faites-vous du vélo à Pérouvert ?", "radio", ["Tous les jours", "De temps en temps", "Jamais"]),
                                          ("Classez ces priorités", "ranking", ["Pistes séparées", "Stationnement", "Zones 30", "Vélo-école"]),
                                          ("Une remarque ?", "text", [])]),
             {"poll"}, parent=("Projets", "/projects")),
    ]
    capsite = Site(PV_CAPCO, "capcollectif", "Pérouvert participe", capco, menu=[("Accueil", "/"), ("Projets", "/projects")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    ls = [page("/index.php/482913?lang=fr", "Enquête propreté 2025 — Ville de Pérouvert", m.limesurvey_page(
        482913, "Enquête propreté 2025", "<p>Ville de Pérouvert — direction de l'environnement urbain</p>",
        [("Comment jugez-vous la propreté de votre rue ?", "L", ["Très propre", "Plutôt propre", "Plutôt sale", "Très sale"]),
         ("Quels problèmes rencontrez-vous ?", "M", ["Dépôts sauvages", "Déjections canines", "Corbeilles pleines", "Mégots"]),
         ("Vos suggestions pour améliorer la propreté", "T", [])],
        "<p>Merci de prendre quelques minutes pour répondre. Il y a 3 questions dans ce questionnaire.</p>"), {"poll"})]
    lssite = Site(PV_LS, "garrigues_limesurvey", "Enquêtes de la Ville de Pérouvert", ls, address="Ville de Pérouvert")
    return City("99906", "Pérouvert", 52_300, "91", "11", "Île-de-France", f"http://{PV}/", [www, capsite, lssite],
                decoy_accounts=("https://www.facebook.com/lechodeperouvert",))


# =============================================================================================================
# 99907 Roquesalte (Var): TYPO3 with powermail, Disqus and a Tally questionnaire; "Décidons Roquesalte", a CONSUL
# Democracy instance on the city's domain; and the commune's Ensembl' network of neighbours.
# =============================================================================================================

RQ = "www.roquesalte.fr"
RQ_CONSUL = "decidons.roquesalte.fr"
RQ_NET = "roquesalte.ensembl.fr"


def roquesalte() -> City:
    news = [("/actualites/requalification-du-cours", "Requalification du cours Victor-Hugo", "9 avril 2025", "Les plans définitifs présentés."),
            ("/actualites/saison-culturelle", "La saison culturelle 2025", "1er avril 2025", "Théâtre, jazz et cinéma en plein air."),
            ("/actualites/budget-primitif", "Budget primitif 2025", "25 mars 2025", "Un budget de 31 M€."),
            ("/actualites/enquete-publique-station-epuration", "Enquête publique : station d'épuration", "18 mars 2025", "Du 24 mars au 25 avril."),
            ("/actualites/concours-photo", "Concours photo « Roquesalte au fil des saisons »", "10 mars 2025", "Envoyez vos clichés."),
            ("/actualites/participation-citoyenne-police-municipale", "Participation citoyenne : 40 référents", "3 mars 2025", "Avec la police municipale."),
            ("/actualites/forum-des-associations", "Forum des associations", "1er mars 2025", "Le 7 septembre au gymnase.")]
    pages = [
        page("/", "Accueil", m.cookie_notice() + m.quick_links([
            ("/citoyennete/democratie-locale", "Démocratie locale"), ("/citoyennete/decidons-roquesalte", "Décidons Roquesalte"),
            ("/citoyennete/reseau-de-voisins", "Réseau de voisins"), ("/citoyennete/questionnaire-seniors", "Questionnaire seniors"),
            ("/demarches/inscription-cantine", "Inscription cantine"), ("/lettre-d-information", "Lettre d'information"), ("/contact", "Contact")])
             + m.news_list(news, "Actualités") + m.agenda([("24 avril", "Conseil de quartier des Aires", "Salle Frédéric-Mistral"),
                                                            ("10 mai", "Marché provençal", "Cours Victor-Hugo")])
             + '<p><a href="/actualites">Toutes les actualités</a></p>'),
        page("/actualites", "Actualités", m.news_list(news, "Toutes les actualités")),
        page("/citoyennete/democratie-locale", "Démocratie locale", m.para(
            "Roquesalte développe la démocratie de proximité : cinq conseils de quartier, une plateforme de participation, Décidons Roquesalte, "
            "des questionnaires thématiques et un réseau d'entraide entre voisins.",
            "Chaque année, une assemblée citoyenne fait le bilan de ces démarches avec le maire.")
             + m.quick_links([("/citoyennete/conseils-de-quartier", "Les conseils de quartier"), ("/citoyennete/decidons-roquesalte", "Décidons Roquesalte"),
                              ("/citoyennete/reseau-de-voisins", "Le réseau de voisins"), ("/citoyennete/questionnaire-seniors", "Questionnaire seniors")], "Participer"),
             {"participation_displayed"}),
        page("/citoyennete/conseils-de-quartier", "Les conseils de quartier", m.para(
            "Cinq conseils de quartier — Centre, les Aires, Saint-Roch, la Plaine et les Collines — réunissent habitants, commerçants et associations.",
            "Ils sont consultés sur les aménagements de leur secteur et gèrent un fonds de 8 000 € pour de petits projets.")
             + m.dl([("Centre", "Salle des fêtes — 2e mardi du trimestre"), ("Les Aires", "Salle Frédéric-Mistral"), ("Saint-Roch", "École Saint-Roch")]),
             {"participation_displayed"}, parent=("Démocratie locale", "/citoyennete/democratie-locale")),
        # the city's page presenting its platform: the approach, the platform itself is elsewhere
        page("/citoyennete/decidons-roquesalte", "Décidons Roquesalte, la plateforme de participation", m.para(
            "Sur Décidons Roquesalte, vous pouvez ouvrir un débat, déposer une proposition, voter pour les projets du budget participatif "
            "et répondre aux votations citoyennes. La plateforme repose sur le logiciel libre CONSUL Democracy.",
            "L'inscription demande une adresse à Roquesalte ; un accueil en mairie aide celles et ceux qui le souhaitent.")
             + f'<p><a class="btn btn-primary" href="http://{RQ_CONSUL}/">Accéder à Décidons Roquesalte</a></p>',
             {"participation_displayed"}, decoys={"participatory_platform"}, parent=("Démocratie locale", "/citoyennete/democratie-locale")),
        # the city's page presenting the neighbours' network it pays for, with the way in
        page("/citoyennete/reseau-de-voisins", "Ensembl', le réseau d'entraide entre voisins", m.para(
            "La Ville met gratuitement à disposition des habitants Ensembl', un réseau social de proximité : entraide, prêt d'objets, "
            "bons plans et informations de quartier, entre voisins vérifiés.",
            "Le CCAS y relaie les demandes d'aide des personnes isolées.")
             + f'<p><a class="btn btn-primary" href="http://{RQ_NET}/">Rejoindre le réseau</a></p>',
             {"territorial_social_network"}, parent=("Démocratie locale", "/citoyennete/democratie-locale")),
        page("/citoyennete/questionnaire-seniors", "Questionnaire : bien vieillir à Roquesalte", m.para(
            "Vous avez plus de 60 ans ou vous aidez un proche âgé ? Le CCAS prépare son plan seniors. Répondez à ce questionnaire avant le 15 juin.")
             + m.tally("mDx4Pa", "Questionnaire bien vieillir à Roquesalte"),
             {"poll"}, parent=("Démocratie locale", "/citoyennete/democratie-locale")),
        page("/actualites/requalification-du-cours", "Requalification du cours Victor-Hugo", m.para(
            "Les plans définitifs du cours ont été présentés en conseil de quartier : platanes conservés, trottoirs élargis, stationnement réduit de moitié.")
             + m.disqus("roquesalte", f"http://{RQ}/actualites/requalification-du-cours", "actu-1842"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/saison-culturelle", "La saison culturelle 2025", m.para(
            "Théâtre au Forum, jazz sur le cours et cinéma en plein air : découvrez la programmation. Billetterie à l'office de tourisme.")
             + m.disqus("roquesalte", f"http://{RQ}/actualites/saison-culturelle", "actu-1838"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-primitif", "Budget primitif 2025", m.para(
            "Le conseil municipal a voté un budget primitif de 31 M€. La dette par habitant continue de baisser."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-publique-station-epuration", "Enquête publique : station d'épuration", m.para(
            "Une enquête publique relative à l'extension de la station d'épuration se déroule du 24 mars au 25 avril. "
            "Le public peut consigner ses observations sur le registre en mairie ou par courrier au commissaire enquêteur."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/concours-photo", "Concours photo « Roquesalte au fil des saisons »", m.para(
            "Amateurs de photographie, envoyez jusqu'à trois clichés avant le 30 juin. Le jury récompensera trois lauréats ; les photos seront exposées en septembre."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/participation-citoyenne-police-municipale", "Participation citoyenne : 40 référents", m.para(
            "Quarante habitants référents participent désormais au dispositif de participation citoyenne, en lien avec la gendarmerie et la police municipale.",
            "Leur rôle : signaler tout fait inhabituel pour prévenir les cambriolages."),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-des-associations", "Forum des associations", m.para(
            "Le forum des associations se tient le dimanche 7 septembre au gymnase Pagnol, de 9 h à 17 h."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/demarches/inscription-cantine", "Inscription à la cantine", m.para("Inscriptions pour la rentrée jusqu'au 30 juin.")
             + '<form class="form-inscription" method="post" action="/demarches/inscription-cantine"><label for="ic-enfant">Nom de l\'enfant</label><input id="ic-enfant" name="enfant">'
               '<label for="ic-ecole">École</label><select id="ic-ecole" name="ecole"><option>Centre</option><option>Saint-Roch</option></select>'
               '<label for="ic-jours">Jours</label><select id="ic-jours" name="jours" multiple><option>Lundi</option><option>Mardi</option><option>Jeudi</option><option>Vendredi</option></select>'
               '<button type="submit">Inscrire</button></form>',
             decoys={"contact_form"}),
        page("/lettre-d-information", "Lettre d'information", m.newsletter_box("/lettre-d-information", "mailjet"), decoys={"contact_form"}),
        page("/contact", "Contact", m.para("Hôtel de ville, place de la Libération. Du lundi au vendredi de 8 h à 12 h et de 13 h 30 à 17 h.")
             + m.powermail("/contact?tx_powermail_pi1%5Baction%5D=create&amp;tx_powermail_pi1%5Bcontroller%5D=Form", 3,
                           [("nom", "Nom", "text"), ("email", "E-mail", "email"), ("objet", "Objet", "text"), ("message", "Message", "textarea")], "Envoyer"),
             {"contact_form"}),
    ]
    www = Site(RQ, "typo3", "Ville de Roquesalte", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Citoyenneté", "/citoyennete/democratie-locale"), ("Contact", "/contact")],
               accounts=[social("facebook", "Roquesalte"), social("instagram", "ville_de_roquesalte"), social("bluesky", "roquesalte.fr")],
               address="Hôtel de ville, place de la Libération, 83470 Roquesalte")
    debate = "/debates/12-quelles-animations-pour-le-cours"
    proposal = "/proposals/31-des-fontaines-a-eau-potable"
    consul = [
        page("/", "Décidons Roquesalte", m.para("Bienvenue sur Décidons Roquesalte : débattez, proposez, votez.")
             + m.quick_links([("/debates", "Débats"), ("/proposals", "Propositions"), ("/budgets/2/investments", "Budget participatif"), ("/polls", "Votations")], "Participer")),
        page("/debates", "Débats", m.para("Ouvrez un débat sur un sujet qui concerne Roquesalte et échangez avec les autres habitants.")
             + m.consul_debates([(12, "quelles-animations-pour-le-cours", "Quelles animations pour le cours rénové ?", "Mireille", "il y a 3 jours", 17,
                                  "Une fois le cours rénové, que voudriez-vous y voir le soir en été ?")]),
             {"forum"}),
        # a CONSUL debate: a resident's thread and the replies below it
        page(debate, "Quelles animations pour le cours rénové ?", m.para(
            "Débat ouvert par Mireille : une fois le cours rénové, que voudriez-vous y voir le soir en été ? Concerts, marché nocturne, cinéma ?")
             + m.consul_comments("debate", 12, [(771, "Julien", "il y a 2 jours", "Un marché nocturne le jeudi, comme à Hyères."),
                                                 (772, "Sabine", "il y a 1 jour", "Surtout pas de sono tard, il y a des riverains.")]),
             {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/proposals", "Propositions citoyennes", m.para(
            "Proposez vos idées pour Roquesalte ! Une proposition qui réunit 1 200 soutiens est étudiée par le conseil municipal.")
             + m.consul_proposals([(31, "des-fontaines-a-eau-potable", "Des fontaines à eau potable", "Lucas", 9, 342, "Installer des fontaines dans les parcs et sur le cours.")]),
             {"suggestion_call"}, decoys={"petition"}),
        # one resident's proposal: supports and comments, no call; its support threshold is no petition
        page(proposal, "Des fontaines à eau potable", m.para(
            "Proposition de Lucas : installer des fontaines à eau potable dans les trois parcs et sur le cours, pour l'été.", "342 soutiens sur 1 200 nécessaires.")
             + m.consul_comments("proposal", 31, [(781, "Nadine", "il y a 6 jours", "Indispensable avec les canicules.")]),
             {"comments"}, decoys={"suggestion_call", "petition"}, parent=("Propositions", "/proposals")),
        page("/budgets/2/investments", "Budget participatif 2025 — projets", m.consul_investments("Budget participatif 2025 : 400 000 €", [
            (201, "Ombrières sur la cour de l'école Saint-Roch", "Saint-Roch", "Parents d'élèves", "85 000 €", "Des voiles d'ombrage pour la cour."),
            (204, "Un skate-park aux Aires", "Les Aires", "Conseil des jeunes", "120 000 €", "Un espace de glisse pour les ados.")]),
             {"participatory_budget"}),
        page("/polls", "Votations", m.para("Les votations citoyennes en cours.")
             + '<div class="poll-list"><h3><a href="/polls/4-nom-de-la-future-mediatheque">Quel nom pour la future médiathèque ?</a></h3><p>Jusqu\'au 31 mai</p></div>',
             {"poll"}),
        page("/polls/4-nom-de-la-future-mediatheque", "Quel nom pour la future médiathèque ?", m.para("Votation ouverte aux habitants de 16 ans et plus, jusqu'au 31 mai.")
             + m.consul_poll_question(4, "Quel nom donner à la future médiathèque ?", ["Médiathèque Lucie-Aubrac", "Médiathèque Jean-Giono", "La Fabrique à lire"]),
             {"poll"}, parent=("Votations", "/polls")),
    ]
    consul_site = Site(RQ_CONSUL, "consul", "Décidons Roquesalte", consul,
                       menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budget participatif", "/budgets/2/investments"), ("Votations", "/polls")],
                       features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    net = [
        page("/", "Ensembl' Roquesalte", m.network_feed([
            (31, "Fabienne", "Saint-Roch", "il y a 1 h", "Entraide", "Je cherche quelqu'un pour arroser mes plantes du 10 au 20 juillet.", 4),
            (32, "CCAS de Roquesalte", "Toute la ville", "il y a 3 h", "Vie du quartier", "Plan canicule : inscrivez vos proches isolés au registre.", 2)])
             + '<p><a href="/entraide">Demandes d\'entraide</a></p>'),
        page("/entraide", "Entraide", m.network_feed([
            (41, "Henri", "Les Collines", "hier", "Entraide", "Besoin d'un covoiturage pour l'hôpital de Toulon mardi matin.", 3)], composer=True)),
    ]
    net_site = Site(RQ_NET, "community", "Ensembl' Roquesalte", net, menu=[("Fil", "/"), ("Entraide", "/entraide")],
                    features=frozenset({"territorial_social_network"}))
    return City("99907", "Roquesalte", 24_700, "83", "93", "Provence-Alpes-Côte d'Azur", f"http://{RQ}/", [www, consul_site, net_site])


# =============================================================================================================
# 99908 Chanteloube (Indre-et-Loire): a village's WordPress site with a Democracy Poll widget, native comments,
# Formidable forms and a Microsoft Forms questionnaire.
# =============================================================================================================

CH = "www.chanteloube.fr"


def chanteloube() -> City:
    poll = m.democracy_poll(3, "Quel jour pour la fête du village ?", ["Samedi 28 juin", "Dimanche 29 juin", "Samedi 5 juillet"], 7)
    posts = [("/2025/04/02/fete-du-village-vos-idees/", "Fête du village : proposez vos idées !", "2 avril 2025", "Le comité des fêtes attend vos envies."),
             ("/2025/03/12/travaux-eglise/", "Travaux de l'église Saint-Martin", "12 mars 2025", "Le clocher sous échafaudage."),
             ("/2025/05/15/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats", "15 mai 2025", "Le sondage est clos."),
             ("/2025/05/05/participation-citoyenne/", "Participation citoyenne", "5 mai 2025", "Réunion avec la gendarmerie."),
             ("/2025/04/20/recensement/", "Recensement : merci !", "20 avril 2025", "Taux de réponse de 98 %."),
             ("/2025/02/10/petition-ligne-ter/", "Ligne TER Tours-Loches", "10 février 2025", "Le conseil municipal s'inquiète."),
             ("/2025/01/20/voeux-du-maire/", "Les vœux du maire", "20 janvier 2025", "Retour sur la cérémonie."),
             ("/2025/06/01/forum-des-associations/", "Forum des associations", "1er juin 2025", "Le 6 septembre sous la halle.")]
    sidebar = f'<aside id="secondary" class="widget-area"><section id="democracy-2" class="widget widget_democracy"><h2 class="widget-title">Sondage</h2>{poll}</section></aside>'
    pages = [
        # the sidebar's poll widget is open on the home page
        page("/", "Accueil", m.cookie_notice() + m.para("Bienvenue sur le site de la commune de Chanteloube, 1 150 habitants, au cœur de la Touraine du Sud.")
             + m.quick_links([("/vie-municipale/", "Vie municipale"), ("/questionnaire-mutuelle-communale/", "Questionnaire mutuelle"),
                              ("/location-salle/", "Louer la salle des fêtes"), ("/contact/", "Contact")])
             + m.news_list(posts, "Dernières nouvelles") + '<p><a href="/actualites/">Toutes les actualités</a></p>' + sidebar,
             {"poll"}),
        page("/actualites/", "Actualités", m.news_list(posts, "Actualités")),
        page("/vie-municipale/", "Vie municipale", m.para(
            "Le conseil municipal compte 15 élus. Il se réunit une fois par mois en mairie ; les séances sont publiques.",
            "Commissions : finances, voirie et bâtiments, école, fêtes et cérémonies.")
             + '<p><a href="/vie-municipale/compte-rendu-conseil-mars/">Compte rendu du conseil de mars</a></p>',
             decoys={"participation_displayed"}),
        page("/vie-municipale/compte-rendu-conseil-mars/", "Compte rendu du conseil municipal du 18 mars", m.para(
            "Présents : 13. Délibérations : vote du budget primitif 2025 ; tarifs de la salle des fêtes ; convention de fourrière ; adhésion au groupement de commandes d'énergie.",
            "Questions diverses : fleurissement, entretien des chemins ruraux."),
             decoys={"participation_displayed", "participatory_budget"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/2025/03/12/travaux-eglise/", "Travaux de l'église Saint-Martin", m.para(
            "Le clocher de l'église est sous échafaudage jusqu'en juillet pour la restauration de la charpente. Les cloches ne sonneront plus pendant les travaux.")
             + m.wp_comments(214, [("Josiane", "13 mars 2025 à 9 h 02", "Les cloches vont nous manquer !"),
                                   ("Le secrétariat", "13 mars 2025 à 11 h 40", "Elles reviennent pour le 14 juillet.")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        # an idea call for the village fête: the form is a free-text message to the commune
        page("/2025/04/02/fete-du-village-vos-idees/", "Fête du village : proposez vos idées !", m.para(
            "Le comité des fêtes et la municipalité préparent la fête du village. Une animation, un concours, un repas ? "
            "Envoyez-nous vos idées avant le 15 mai ; les meilleures seront retenues.")
             + m.formidable(4, "idees", [(21, "Votre nom", "text"), (22, "Votre e-mail", "email"), (23, "Votre idée", "textarea")], "Envoyer mon idée", "/2025/04/02/fete-du-village-vos-idees/"),
             {"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites/")),
        page("/2025/05/15/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats", m.para(
            "Vous étiez 212 à répondre au sondage sur l'extinction de l'éclairage public entre minuit et 5 h. Le conseil municipal suivra l'avis majoritaire.")
             + m.democracy_results(2, "Faut-il éteindre l'éclairage public la nuit ?", [("Oui", 71, 151), ("Non", 24, 51), ("Sans avis", 5, 10)], 212),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/2025/05/05/participation-citoyenne/", "Participation citoyenne", m.para(
            "La gendarmerie a présenté le dispositif de participation citoyenne aux habitants le 29 avril. Cinq référents ont été désignés dans les hameaux."),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        page("/2025/04/20/recensement/", "Recensement : merci !", m.para(
            "Le recensement de la population mené avec l'Insee s'est terminé le 15 février : 98 % des foyers ont répondu, dont 71 % par internet."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/2025/02/10/petition-ligne-ter/", "Ligne TER Tours-Loches", m.para(
            "La suppression annoncée de deux allers-retours sur la ligne Tours-Loches inquiète le conseil municipal, qui a adopté une motion.",
            "Une pétition régionale des usagers circule sur un site de pétitions en ligne ; elle n'est pas organisée par la commune.")
             + m.wp_comments(198, [], open_=False),
             decoys={"petition", "comments"}, parent=("Actualités", "/actualites/")),
        # comments are closed, but residents' comments stand published under the post
        page("/2025/01/20/voeux-du-maire/", "Les vœux du maire", m.para(
            "Merci aux 180 habitants venus à la cérémonie des vœux. Le maire a présenté les projets de l'année : école, voirie, fleurissement.")
             + m.wp_comments(187, [("Michel", "21 janvier 2025 à 18 h 15", "Belle soirée, merci pour la galette !")], open_=False),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/2025/06/01/forum-des-associations/", "Forum des associations", m.para(
            "Le forum des associations de la communauté de communes se tient sous la halle le samedi 6 septembre."),
             decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/questionnaire-mutuelle-communale/", "Questionnaire : une mutuelle communale ?", m.para(
            "La commune étudie la mise en place d'une mutuelle communale. Pour évaluer l'intérêt des habitants, merci de répondre à ce court questionnaire avant le 30 juin.")
             + m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__hN7ZxBUMFlHSEI3NUtYV1M1MDA0RlY2UTZYWlhFTy4u", "Questionnaire mutuelle communale"),
             {"poll"}),
        page("/location-salle/", "Louer la salle des fêtes", m.para("La salle des fêtes (100 places) se loue le week-end. Tarif habitant : 180 €.")
             + m.formidable(6, "resa", [(31, "Nom", "text"), (32, "E-mail", "email"), (33, "Date souhaitée", "date"), (34, "Nombre de personnes", "number")],
                            "Demander une réservation", "/location-salle/"),
             decoys={"contact_form"}),
        page("/contact/", "Contact", m.para("Mairie de Chanteloube, 4 place de l'Église. Ouverte le lundi, le mercredi et le vendredi de 9 h à 12 h.")
             + m.formidable(2, "contact", [(11, "Nom", "text"), (12, "E-mail", "email"), (13, "Objet", "text"), (14, "Message", "textarea")],
                            "Envoyer", "/contact/"),
             {"contact_form"}),
    ]
    site = Site(CH, "wordpress", "Commune de Chanteloube", pages,
                menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Vie municipale", "/vie-municipale/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "communedechanteloube")], address="Mairie, 4 place de l'Église, 37240 Chanteloube")
    return City("99908", "Chanteloube", 1_150, "37", "24", "Centre-Val de Loire", f"http://{CH}/", [site])


def cities():
    return [montferrier(), morne_a_lanse(), vaudremont(), belcastel(), lanvezec(), perouvert(), roquesalte(), chanteloube()]


def hosts():
    """The host whose pages are drawn by a script: Montferrier-la-Combe's participation site."""
    return {MF_APP: CustomHost(_mf_app_site(), _mf_special)}
