"""Holdout part "brumes" (99621-99628): large towns of the inner and outer Paris suburbs, 50,000 to 115,000
inhabitants, with ambitious digital services and several participation spaces at once.

The communes (all fictional) and their software:
- 99621 Bondival-sous-Bois (93): a proprietary municipal CMS (layout ``brumes_portail``) and a Decidim
  instance on its own subdomain (participatory budget, surveys, a citizens' convention, initiatives).
- 99622 Nantelles (92): Drupal 10 with a DSFR-like theme, CONSUL Democracy on ``decide.`` (proposals,
  debates, budgets, a votation citoyenne) and a Publik e-services portal.
- 99623 Gennevaux (93): WordPress (block theme), Cap Collectif on the vendor's domain and a neighbours'
  network of its own (``voisins.``).
- 99624 Ivrac-sur-Seine (94): SPIP (forums under articles, e-petitions with a threshold, Formidable
  forms) and a custom participation platform drawn by a script from a JSON API (``budget.``).
- 99625 Argentval (95): Joomla 4 (Helix), Fluicity on flui.city and a residents' Discourse forum.
- 99626 Clairval-sur-Seine (92): TYPO3 with powermail, Go Vocal on govocal.com.
- 99627 Corbelles-Essonnes (91): WordPress with a page builder (Divi), Gravity/Ninja forms, Democracy Poll,
  Facebook comments, a Make.org consultation embed, Jenparle on jenparle.net.
- 99628 Chanteval-sur-Seine (78): a second proprietary CMS (``brumes_kiosque``), id-city on id-city.com
  and a home-made petitions space (``petitions.``).

Labelling conventions (from docs/CODEBOOK.md alone):
- Every page of a participation platform holds ``participatory_platform`` (set on the Site); its components
  add their own codes: proposals/ideas/boîte à idées = ``suggestion_call``; budgets = ``participatory_budget``
  (the phase of depositing budget projects is also a ``suggestion_call``); surveys/questionnaires/votations
  = ``poll``; initiatives, interpellations and Go Vocal proposals with a signature threshold = ``petition``;
  a page with an open comment form or thread = ``comments``; a debates space where residents open threads
  and others reply = ``forum``.
- A city page presenting its own open participatory budget (rules, calendar, how to propose or vote) holds
  ``participatory_budget``; a news item naming it in passing, the results of a closed edition, the ordinary
  budget, or another body's budget (Région, Métropole, Département, EPT) are decoys.
- City pages that link to the platform or tell about it are decoys of ``participatory_platform``.
- A suggestion or idea form with a free-text field addressed to the city holds both ``suggestion_call`` and
  ``contact_form`` (it lets a resident write a free-text message to the city).
- E-services forms with a free-text message (Publik contact, "signaler un problème" with a description)
  are contact forms; registration, booking, job-application and newsletter forms are decoys of it.
- Pages on conseils de quartier/citoyens, citizens' assemblies drawn by lot, youth and elders' councils,
  maisons de la citoyenneté, the city's own concertations hold ``participation_displayed``; the conseil
  municipal, the police's "participation citoyenne", other bodies' concertations (SGP, CNDP, EPT, prefect's
  enquête publique) are decoys.
- A poll's results with no way to answer, a contest's vote for a photo and a landlord's survey linked from
  a news item are decoys of ``poll``; "forum des associations/de l'emploi" decoys of ``forum``.
- Pages of a neighbours' network run for the city hold ``territorial_social_network``; the city's page
  that presents and links the network is a decoy of it.
"""
from ..site import City, Site, page, social
from . import brumes_markup as m
from .brumes_markup import p

IDF = ("11", "Île-de-France")


def _city(code, name, pop, dep, website, sites, **kw):
    return City(code, name, pop, dep, IDF[0], IDF[1], website, sites, **kw)


def _home(intro, quick, news, events, extra=""):
    return (m.p(intro) + m.quick_links(quick) + m.news_cards(news) + m.agenda(events) + extra)


# =========================================================================================================
# 99621 Bondival-sous-Bois: proprietary CMS + Decidim
# =========================================================================================================

def bondival() -> City:
    www_host, dec_host = "www.bondival-sous-bois.fr", "jeparticipe.bondival-sous-bois.fr"
    dec = f"http://{dec_host}"
    dl = ("Démocratie locale", "/ma-ville/democratie-locale")
    news = [("/actualites/gare-bondival-nord", "Gare Bondival-Nord : la concertation de la ligne 16 reprend", "12 mars",
             "Réunions publiques et registre en ligne de la maîtrise d'ouvrage."),
            ("/actualites/budget-participatif-saison-3", "Budget participatif : 38 projets soumis au vote", "4 mars",
             "Les habitants départagent les projets jusqu'au 6 avril."),
            ("/actualites/fete-des-voisins", "Fête des voisins : inscrivez votre immeuble", "28 février",
             "Kits de fête à retirer dans les maisons de la citoyenneté."),
            ("/actualites/banquet-des-aines", "Banquet des aînés : retour en images", "15 février",
             "Près de 900 convives au gymnase Jean-Zay.")]
    events = [("18", "mars", "Conseil de quartier Centre-Gare", "Maison de la citoyenneté Hoche"),
              ("21", "mars", "Séance plénière de la convention citoyenne", "Hôtel de ville"),
              ("27", "mars", "Conseil municipal", "Salle du conseil")]
    home = _home("Bienvenue sur le site officiel de Bondival-sous-Bois, 104 000 habitants au cœur de la Seine-Saint-Denis.",
                 [("/ma-ville/democratie-locale", "Bondival participe"), ("/demarches/inscription-scolaire", "Inscriptions scolaires"),
                  ("/contact", "Contacter la mairie"), (dec + "/", "Plateforme Je participe"), ("/budget/budget-primitif-2025", "Budget 2025"),
                  ("/securite/participation-citoyenne", "Tranquillité publique"), ("/jeunesse/conseil-des-jeunes", "Conseil des jeunes"),
                  ("/actualites", "Toutes les actualités")], news, events)
    www_pages = [
        page("/", "Accueil", home),
        page("/actualites", "Actualités", m.news_cards(news, "Toutes les actualités") + m.p(
            "Retrouvez aussi chaque mois le magazine <em>Bondival Mag</em> dans votre boîte aux lettres.")
             + m.links([("/actualites/repas-quartier-vignes", "Repas de quartier aux Vignes"), ("/actualites/bailleur-enquete", "Logement : enquête de satisfaction")])),
        page("/ma-ville/democratie-locale", "Bondival participe : la démocratie locale", m.p(
            "Depuis 2021, la Ville s'est dotée d'une charte de la participation citoyenne, adoptée après six mois d'ateliers avec les habitants. "
            "Elle engage la municipalité à associer les Bondivaliennes et les Bondivaliens à chaque projet qui transforme leur quotidien.",
            "Plusieurs instances font vivre cette démarche : les neuf conseils de quartier, les deux conseils citoyens des quartiers prioritaires, "
            "le conseil des jeunes, le conseil des aînés et, depuis 2024, une convention citoyenne de 60 habitants tirés au sort.",
            "En ligne, la plateforme <a href='" + dec + "/'>Je participe</a> accueille les concertations, le budget participatif, les questionnaires "
            "et les initiatives citoyennes. Le service Démocratie locale vous accompagne dans les quatre maisons de la citoyenneté.")
             + m.links([("/ma-ville/democratie-locale/conseils-de-quartier", "Les conseils de quartier"),
                        ("/ma-ville/democratie-locale/conseils-citoyens", "Les conseils citoyens"),
                        ("/ma-ville/democratie-locale/convention-citoyenne", "La convention citoyenne"),
                        ("/ma-ville/democratie-locale/maisons-de-la-citoyennete", "Les maisons de la citoyenneté"),
                        ("/ma-ville/democratie-locale/boite-a-idees", "La boîte à idées"),
                        ("/ma-ville/conseil-municipal", "Le conseil municipal")]),
             {"participation_displayed"}, decoys={"participatory_platform"}, parent=("Ma ville", "/ma-ville/democratie-locale")),
        page("/ma-ville/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Neuf conseils de quartier couvrent l'ensemble du territoire. Chacun réunit des habitants volontaires, des représentants "
            "d'associations et un élu référent, et dispose d'une enveloppe de 15 000 euros pour des petits aménagements.",
            "Les séances sont publiques : tout habitant peut y assister, poser une question ou proposer un point à l'ordre du jour.")
             + m.ul(["Centre-Gare : 3e mardi du mois", "Les Vignes - Pasteur : 1er jeudi", "Bois-Saint-Martin : 2e mercredi",
                     "La Fosse-aux-Loups : 4e lundi", "Plateau - Hoche : 1er mardi"]),
             {"participation_displayed"}, parent=dl),
        page("/ma-ville/democratie-locale/conseils-citoyens", "Les conseils citoyens", m.p(
            "Créés par la loi de programmation pour la ville de 2014, les conseils citoyens associent les habitants des quartiers "
            "prioritaires au contrat de ville. À Bondival, celui de la Fosse-aux-Loups et celui du Plateau comptent chacun un collège "
            "d'habitants tirés au sort et un collège d'acteurs locaux.",
            "Ils siègent au comité de pilotage du renouvellement urbain et rendent un avis sur chaque programme de l'ANRU."),
             {"participation_displayed"}, parent=dl),
        page("/ma-ville/democratie-locale/convention-citoyenne", "La convention citoyenne sur les mobilités", m.p(
            "Soixante habitants tirés au sort sur les listes électorales et parmi les résidents étrangers se réunissent six week-ends "
            "pour répondre à une question : comment se déplacer mieux et plus sûrement à Bondival d'ici 2030 ?",
            "Leurs travaux, les auditions d'experts et les propositions finales sont publiés sur la plateforme. Le maire s'est engagé "
            "à répondre publiquement à chaque proposition en conseil municipal.",
            "Suivre les travaux : <a href='" + dec + "/processes/convention-mobilites'>la convention sur Je participe</a>."),
             {"participation_displayed"}, decoys={"participatory_platform"}, parent=dl),
        page("/ma-ville/democratie-locale/maisons-de-la-citoyennete", "Les maisons de la citoyenneté", m.p(
            "Lieux d'accueil, d'information et d'initiatives, les quatre maisons de la citoyenneté accompagnent les habitants qui "
            "veulent porter un projet, s'impliquer dans leur conseil de quartier ou déposer une idée au budget participatif.",
            "On y trouve aussi des permanences d'écrivain public et un point numérique pour s'inscrire sur la plateforme.")
             + m.ul(["Maison Hoche, 12 rue Hoche", "Maison des Vignes, 3 allée des Vendanges", "Maison du Bois, 40 avenue du Bois-Saint-Martin",
                     "Maison de la Fosse, place Louise-Michel"]), {"participation_displayed"}, parent=dl),
        page("/ma-ville/democratie-locale/boite-a-idees", "La boîte à idées", m.p(
            "Une idée pour votre rue, votre quartier, la ville ? Proposez-la : chaque suggestion est lue par le service Démocratie locale "
            "et transmise au conseil de quartier concerné, qui vous répond sous deux mois.")
             + '<form class="kit-form" method="post" action="/ma-ville/democratie-locale/boite-a-idees"><fieldset><legend>Votre idée</legend>'
               '<label for="bi-quartier">Quartier concerné</label><select id="bi-quartier" name="quartier"><option>Centre-Gare</option><option>Les Vignes - Pasteur</option><option>Bois-Saint-Martin</option><option>Toute la ville</option></select>'
               '<label for="bi-titre">Titre de votre idée</label><input id="bi-titre" name="titre" type="text" required>'
               '<label for="bi-idee">Décrivez votre idée</label><textarea id="bi-idee" name="idee" rows="7" required></textarea>'
               '<label for="bi-nom">Nom</label><input id="bi-nom" name="nom" type="text"><label for="bi-mel">Courriel</label><input id="bi-mel" name="courriel" type="email" required></fieldset>'
               '<button type="submit">Envoyer mon idée</button></form>',
             # an idea box addressed to the city: a call for suggestions and a free-text message form
             {"suggestion_call", "contact_form"}, parent=dl),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal compte 53 élus. Il se réunit environ six fois par an ; les séances sont publiques et retransmises en direct.",
            "Ordres du jour, délibérations et procès-verbaux sont publiés dans le recueil des actes administratifs.")
             + m.ul(["Séance du 27 mars : budget primitif, tarifs périscolaires", "Séance du 12 février : débat d'orientation budgétaire"]),
             decoys={"participation_displayed"}, parent=("Ma ville", "/ma-ville/democratie-locale")),
        page("/actualites/gare-bondival-nord", "Gare Bondival-Nord : la concertation de la ligne 16 reprend", m.p(
            "La Société des grands projets, maître d'ouvrage du métro, organise une nouvelle phase de concertation sur les abords de la "
            "future gare Bondival-Nord : parvis, correspondances de bus, stationnement vélo.",
            "Deux réunions publiques sont prévues à l'espace Jean-Zay. La Société des grands projets ouvre également un questionnaire "
            "sur son propre site ; les contributions seront versées au bilan de la concertation, publié à l'automne.",
            "La Ville y portera les demandes exprimées par le conseil de quartier Centre-Gare.")
             + m.share(f"http://{www_host}/actualites/gare-bondival-nord", "Gare Bondival-Nord"),
             # another body's concertation and its questionnaire, told in a news item
             decoys={"participation_displayed", "poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-participatif-saison-3", "Budget participatif : 38 projets soumis au vote", m.p(
            "Après l'étude de faisabilité par les services, 38 projets proposés par des habitants sont soumis au vote jusqu'au 6 avril : "
            "jardins partagés, fresques, aires de jeux, boîtes à livres.",
            "Le vote se fait sur la plateforme Je participe ou sur papier dans les maisons de la citoyenneté. Résultats le 15 avril.")
             + f'<p><a class="kit-btn" href="{dec}/processes/budget-participatif-2025">Je vote</a></p>',
             # a news item naming the budget and the platform in passing
             decoys={"participatory_budget", "participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/actualites/fete-des-voisins", "Fête des voisins : inscrivez votre immeuble", m.p(
            "Le vendredi 30 mai, la Fête des voisins revient dans toute la ville. Les gardiens, amicales de locataires et habitants qui "
            "organisent un moment convivial peuvent retirer un kit (nappes, ballons, affiches) dans les maisons de la citoyenneté.",
            "Inscription avant le 20 mai auprès de votre maison de quartier."),
             decoys={"territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/actualites/banquet-des-aines", "Banquet des aînés : retour en images", m.p(
            "Près de 900 convives ont partagé le traditionnel banquet des aînés, animé par l'orchestre du conservatoire.",
            "Merci aux agents du CCAS et aux bénévoles qui ont assuré le service.")
             + '<div class="kit-comments"><h2>Commentaires</h2><p>Les commentaires sont désactivés pour cet article.</p></div>',
             decoys={"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/repas-quartier-vignes", "Repas de quartier aux Vignes", m.p(
            "Le conseil de quartier des Vignes - Pasteur organise son repas partagé le dimanche 8 juin, square Pasteur.",
            "Chacun apporte un plat ; la Ville fournit tables et barnums. Animations pour les enfants dès 12 h."),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/bailleur-enquete", "Logement : enquête de satisfaction de Bondival Habitat", m.p(
            "Le bailleur Bondival Habitat interroge ses locataires sur la propreté des parties communes, le chauffage et la réactivité "
            "de l'accueil. Les locataires reçoivent un lien personnel par SMS pour répondre au questionnaire du bailleur.",
            "Pour toute réclamation, contactez directement votre agence de proximité."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/budget/budget-primitif-2025", "Budget primitif 2025", m.p(
            "Le budget primitif 2025 s'élève à 198 millions d'euros, dont 52 millions d'investissement : groupe scolaire des Vignes, "
            "rénovation thermique des gymnases, voirie.",
            "Les taux d'imposition restent inchangés. Une enveloppe de 1 million d'euros est réservée au budget participatif.")
             + m.links([("/budget/budget-primitif-2025", "Télécharger la présentation (PDF)")]),
             decoys={"participatory_budget"}),
        page("/securite/participation-citoyenne", "Tranquillité publique : le dispositif participation citoyenne", m.p(
            "En lien avec le commissariat, le dispositif « participation citoyenne » permet à des habitants référents de signaler à la "
            "police nationale les faits inhabituels observés dans leur rue. Il ne s'agit pas de patrouiller mais d'alerter.",
            "Le protocole est signé entre le maire, le préfet et le directeur territorial de la sécurité de proximité."),
             decoys={"participation_displayed"}),
        page("/jeunesse/conseil-des-jeunes", "Le conseil des jeunes", m.p(
            "Le conseil des jeunes réunit 40 Bondivaliens de 13 à 17 ans, élus dans les collèges pour deux ans. Ils montent des projets "
            "(festival, journée du sport, actions solidaires) et sont consultés sur les équipements qui les concernent.",
            "Appel à candidatures : les collégiens intéressés peuvent se présenter auprès de leur CPE avant le 15 octobre."),
             # a youth council is a participation body; its call for candidates is not a call for ideas
             {"participation_displayed"}, decoys={"suggestion_call"}),
        page("/demarches/inscription-scolaire", "Inscription scolaire et périscolaire", m.p(
            "Les inscriptions pour la rentrée se font en ligne jusqu'au 31 mai. Munissez-vous du livret de famille et d'un justificatif de domicile.")
             + '<form class="kit-form" method="post" action="/demarches/inscription-scolaire"><label for="is-enf">Nom et prénom de l\'enfant</label><input id="is-enf" name="enfant" type="text">'
               '<label for="is-naiss">Date de naissance</label><input id="is-naiss" name="naissance" type="date"><label for="is-ecole">École de secteur</label><select id="is-ecole" name="ecole"><option>Jean-Jaurès</option><option>Pasteur</option><option>Les Vignes</option></select>'
               '<label for="is-obs">Observations (allergies, PAI)</label><textarea id="is-obs" name="observations"></textarea><button type="submit">Valider l\'inscription</button></form>',
             decoys={"contact_form"}),
        page("/newsletter", "Lettre d'information", m.newsletter_generic("/newsletter", "Chaque vendredi, l'essentiel de l'actualité bondivalienne dans votre boîte mail."),
             decoys={"contact_form"}),
        page("/contact", "Contacter la mairie", m.p("Une question, une demande ? Le standard répond au 01 48 00 00 00 ; vous pouvez aussi nous écrire.")
             + '<form class="kit-form" method="post" action="/contact"><label for="c-objet">Objet</label><select id="c-objet" name="objet"><option>Demande d\'information</option><option>État civil</option><option>Voirie, propreté</option><option>Autre</option></select>'
               '<label for="c-nom">Nom</label><input id="c-nom" name="nom" type="text" required><label for="c-mel">Courriel</label><input id="c-mel" name="email" type="email" required>'
               '<label for="c-msg">Votre message</label><textarea id="c-msg" name="message" rows="8" required></textarea><button type="submit">Envoyer</button></form>',
             {"contact_form"}),
    ]
    www = Site(www_host, "brumes_portail", "Bondival-sous-Bois", www_pages,
               menu=[("Ma ville", "/ma-ville/democratie-locale"), ("Actualités", "/actualites"), ("Démarches", "/demarches/inscription-scolaire"),
                     ("Je participe", dec + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeBondival"), social("x", "Bondival93", "https://twitter.com/Bondival93"),
                         social("instagram", "bondivalsousbois"), social("youtube", "VilleBondivalSousBois")],
               address="Hôtel de ville, place de la République, 93390 Bondival-sous-Bois")

    bp = "/processes/budget-participatif-2025"
    conv = "/processes/convention-mobilites"
    card = lambda href, title, meta: (f'<div class="card card--process"><div class="card__content"><a href="{href}" class="card__link"><h3 class="card__title">{title}</h3></a>'
                                      f'<div class="card__text">{meta}</div></div></div>')
    def proj(i, t, cost, votes):
        head = (f'<a href="{bp}/f/13/budgets/4/projects/{i}" class="card__link"><h4 class="card--list__heading">{t}</h4></a>' if i == 89
                else f'<h4 class="card--list__heading">{t}</h4>')
        return (f'<div class="card card--list__item budget-list__item" id="project-{i}"><div class="card--list__text">{head}</div>'
                f'<div class="budget-list__data"><span class="budget-list__number">{cost} €</span><span class="text-small">{votes} soutiens</span></div>'
                f'<div class="budget-list__action"><form class="button_to" method="post" action="{bp}/f/13/budgets/4/order/line_item?project_id={i}"><button class="button tiny button--sc success budget--list__action" type="submit">Ajouter au vote</button></form></div></div>')
    dec_pages = [
        page("/", "Je participe à Bondival", m.p("Bienvenue sur la plateforme participative de la Ville de Bondival-sous-Bois. Concertations, budget participatif, "
                                                  "questionnaires et initiatives citoyennes : donnez votre avis et faites vos propositions.")
             + '<section class="highlighted_processes"><h2 class="section-heading">Processus mis en avant</h2><div class="row small-up-1 medium-up-3 card-grid">'
             + card(bp, "Budget participatif 2025", "Phase de vote en cours · 38 projets")
             + card(conv, "Convention citoyenne sur les mobilités", "Travaux en cours · 60 membres tirés au sort")
             + card("/processes/plan-climat", "Plan climat communal", "Questionnaire ouvert jusqu'au 30 avril") + "</div></section>"
             + m.links([("/processes", "Voir tous les processus"), ("/initiatives", "Initiatives citoyennes"), ("/processes/budget-participatif-2022", "Budget participatif 2022 (terminé)")]),
             {"participation_displayed"}),
        page("/processes", "Processus participatifs", '<div class="row small-up-1 medium-up-2 card-grid">'
             + card(bp, "Budget participatif 2025", "Vote jusqu'au 6 avril")
             + card(conv, "Convention citoyenne sur les mobilités", "Phase 2 : délibération")
             + card("/processes/plan-climat", "Plan climat communal", "Questionnaire")
             + card("/processes/budget-participatif-2022", "Budget participatif 2022", "Terminé") + "</div>"),
        page(bp, "Budget participatif 2025", m.p(
            "Un million d'euros pour des projets d'intérêt général proposés par les habitants. Après le dépôt des idées en automne et l'étude "
            "par les services, les projets recevables sont soumis au vote de tous les habitants de plus de 11 ans.")
             + '<div class="process-header__phase"><span>Phase actuelle :</span> <strong>Vote des projets</strong> (du 10 mars au 6 avril)</div>'
             + m.links([(f"{bp}/f/12/proposals", "Les idées déposées"), (f"{bp}/f/13/budgets/4/projects", "Voter pour les projets")]),
             {"participatory_budget"}, platforms={"decidim"}),
        page(f"{bp}/f/12/proposals", "Idées déposées", m.p("212 idées ont été déposées du 15 septembre au 15 novembre. Le dépôt est clos ; les idées retenues sont devenues des projets soumis au vote.")
             + "".join(f'<div class="card card--proposal"><div class="card__content">'
                       + (f'<a class="card__link" href="{bp}/f/12/proposals/{i}"><h3 class="card__title">{t}</h3></a>' if i == 301 else f'<h3 class="card__title">{t}</h3>')
                       + f'<div class="card__status"><span class="label {cls}">{st}</span></div></div><div class="card__footer"><span class="card__support__data">{s} soutiens</span></div></div>'
                       for i, t, st, cls, s in [(301, "Un verger partagé au parc des Sports", "Retenue", "success", 87),
                                                (302, "Des bancs le long de l'avenue Hoche", "Retenue", "success", 54),
                                                (303, "Une piscine à vagues", "Non recevable", "alert", 12)]),
             # the deposit phase is closed: this list belongs to the budget but no longer calls for ideas
             {"participatory_budget"}, decoys={"suggestion_call"}),
        page(f"{bp}/f/12/proposals/301", "Un verger partagé au parc des Sports", m.p(
            "Planter une trentaine d'arbres fruitiers entretenus avec l'association du quartier et les écoles voisines.",
            "Estimation des services : 42 000 euros. Statut : retenue pour le vote.")
             + '<div class="comments" id="comments"><h2 class="order-by__text section-heading">3 commentaires</h2><div class="comment-thread">'
               '<div class="comment" id="comment_4012"><div class="comment__header"><div class="author-data"><span class="author__name">Nadia B.</span> <span class="author-data__extra">il y a 3 jours</span></div></div><div class="comment__content"><p>Super idée, les enfants de Pasteur pourront participer à la cueillette.</p></div></div>'
               '<div class="comment" id="comment_4013"><div class="comment__header"><div class="author-data"><span class="author__name">Karim L.</span></div></div><div class="comment__content"><p>Qui arrosera l\'été ?</p></div></div></div>'
               '<div class="add-comment"><h3 class="section-heading">Ajouter un commentaire</h3><form class="new_comment" id="new_comment_for_Proposal_301" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
               '<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vYm9uZGl2YWwvUHJvcG9zYWwvMzAx"><label for="add-comment-Proposal-301">Commentaire</label>'
               '<textarea minlength="15" maxlength="1000" id="add-comment-Proposal-301" name="comment[body]" placeholder="Que pensez-vous de cela ?"></textarea>'
               '<button type="submit" class="button button--sc small hollow">Envoyer</button></form></div></div>',
             {"participatory_budget", "comments"}),
        page(f"{bp}/f/13/budgets/4/projects", "Voter pour les projets", m.p("Vous disposez de 1 000 000 € à répartir. Sélectionnez les projets de votre choix puis confirmez votre vote.")
             + '<div class="budget-summary"><div class="budget-summary__progressbox"><span class="budget-summary__total">Attribué : <strong>0 €</strong> / 1 000 000 €</span><div class="progress budget-progress"><div class="progress-meter" style="width:0%"></div></div>'
               '<a class="button small button--sc" href="/users/sign_in">Se connecter pour voter</a></div></div><div class="card card--list budget-list">'
             + proj(88, "Fresque monumentale rue de la Gare", "65 000", 412) + proj(89, "Aire de jeux inclusive square Pasteur", "180 000", 651)
             + proj(90, "Boîtes à livres dans les 9 quartiers", "12 000", 305) + "</div>",
             {"participatory_budget"}),
        page(f"{bp}/f/13/budgets/4/projects/89", "Aire de jeux inclusive square Pasteur", m.p(
            "Des jeux accessibles aux enfants en situation de handicap, un sol souple et des bancs ombragés pour les parents.",
            "Budget : 180 000 €. Porté par l'association Parents des Vignes.")
             + f'<form class="button_to" method="post" action="{bp}/f/13/budgets/4/order/line_item?project_id=89"><button class="button expanded button--sc success" type="submit">Ajouter à mon vote</button></form>'
             + '<div class="comments" id="comments"><h2 class="section-heading">Commentaires</h2><p>Aucun commentaire pour le moment.</p>'
               '<form class="new_comment" action="/comments" method="post"><label for="c-89">Ajouter un commentaire</label><textarea id="c-89" name="comment[body]"></textarea><button type="submit" class="button">Envoyer</button></form></div>',
             {"participatory_budget", "comments"}),
        page("/processes/budget-participatif-2022", "Budget participatif 2022", m.p(
            "Édition terminée. 24 projets lauréats ont été réalisés ou sont en cours de réalisation : suivez leur avancement ci-dessous.")
             + m.results_bars("Projets lauréats", [("Jardin des Vignes", 100, 1288), ("Éclairage du city-stade", 100, 1104), ("Nichoirs et hôtels à insectes", 100, 977)],
                              "Le vote est clos depuis le 30 avril 2022."),
             decoys={"participatory_budget", "poll"}),
        page("/processes/plan-climat", "Plan climat communal", m.p("La Ville prépare son plan climat. Avant les ateliers de mai, dites-nous quelles actions vous semblent prioritaires.")
             + m.links([("/processes/plan-climat/f/21/surveys", "Répondre au questionnaire")]),
             {"participation_displayed"}),
        page("/processes/plan-climat/f/21/surveys", "Questionnaire : vos priorités pour le climat", m.p("Temps de réponse : 6 minutes. Réponses anonymes.")
             + '<form class="answer-questionnaire" id="new_questionnaire_21" action="/processes/plan-climat/f/21/surveys/answer" method="post"><div class="questionnaire-step" data-toggler=".hide">'
               '<div class="question" data-max-choices="1"><label class="questionnaire-question">1. Quelle action est la plus urgente ?</label>'
               '<div class="radio-button-collection"><label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Végétaliser les cours d\'école"> Végétaliser les cours d\'école</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Rénover les logements"> Rénover les logements</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Pistes cyclables"> Développer les pistes cyclables</label></div></div>'
               '<div class="question"><label class="questionnaire-question" for="q2">2. Une autre idée ?</label><textarea id="q2" name="questionnaire[responses][1][body]"></textarea></div>'
               '<label><input type="checkbox" name="questionnaire[tos_agreement]"> J\'accepte les conditions d\'utilisation</label><button type="submit" class="button">Envoyer</button></div></form>',
             {"poll"}),
        page(conv, "Convention citoyenne sur les mobilités", m.p(
            "Soixante habitants tirés au sort délibèrent de janvier à juin. Cet espace publie leurs séances, les auditions et leurs débats ouverts.",
            "Les autres habitants peuvent suivre les travaux et participer aux débats en ligne.")
             + m.links([(f"{conv}/f/31/debates", "Les débats ouverts")]),
             {"participation_displayed"}),
        page(f"{conv}/f/31/debates", "Débats", '<a class="button" href="/users/sign_in">Nouveau débat</a><div class="card card--list">'
             + "".join(f'<div class="card--list__item">' + (f'<a href="{conv}/f/31/debates/{i}" class="card__link"><h4>{t}</h4></a>' if i == 7 else f'<h4>{t}</h4>') + f'<span class="card__comments">{c} commentaires</span></div>'
                       for i, t, c in [(7, "Faut-il une zone 30 dans toute la ville ?", 46), (8, "Navette de quartier le dimanche", 12), (9, "Trottinettes en libre-service : pour ou contre ?", 31)]) + "</div>",
             # residents open debate threads and others reply: a discussion board inside the platform
             {"forum"}),
        page(f"{conv}/f/31/debates/7", "Faut-il une zone 30 dans toute la ville ?", m.p("Débat ouvert par Thomas G., membre de la convention. La ville de Bondival envisage d'étendre la zone 30 ; qu'en pensez-vous ?")
             + '<div class="comments"><div class="comment"><span class="author__name">Mireille</span><p>Oui, surtout devant les écoles.</p></div>'
               '<div class="comment comment--nested"><span class="author__name">Rachid</span><p>Les bus seront ralentis, il faut y penser.</p></div>'
               '<form class="new_comment" action="/comments" method="post"><textarea name="comment[body]" aria-label="Commentaire"></textarea><button class="button" type="submit">Envoyer</button></form></div>',
             {"forum", "comments"}),
        page("/initiatives", "Initiatives citoyennes", m.p(
            "Le droit d'initiative permet à tout habitant de plus de 16 ans de proposer un sujet au conseil municipal. Une initiative qui "
            "recueille 1 500 signatures en trois mois est inscrite à l'ordre du jour d'une séance.")
             + '<a class="button" href="/create_initiative/select_initiative_type">Lancer une initiative</a>'
             + '<div class="card card--initiative"><a href="/initiatives/i-14"><h3>Rouvrir les bains-douches de la Fosse</h3></a><div class="progress__bar"><span>1 112 / 1 500 signatures</span></div></div>'
             + '<div class="card card--initiative"><a href="/initiatives/i-15"><h3>Un marché bio le mercredi</h3></a><div class="progress__bar"><span>386 / 1 500 signatures</span></div></div>',
             {"petition"}),
        page("/initiatives/i-14", "Rouvrir les bains-douches de la Fosse", m.p(
            "Les bains-douches municipaux sont fermés depuis 2019. Nous demandons leur réouverture pour les habitants sans salle de bain et les personnes à la rue.",
            "Initiative portée par le collectif Fosse Solidaire. Date limite : 30 juin.")
             + '<div class="initiative-signatures"><span class="progress__bar__number">1 112</span> signatures sur 1 500</div>'
               '<form class="button_to" method="post" action="/initiatives/i-14/initiative_signatures"><button class="button expanded" type="submit">Signer</button></form>',
             {"petition"}),
        page("/initiatives/i-15", "Un marché bio le mercredi", m.p("Initiative en collecte de signatures : un marché de producteurs bio le mercredi après-midi sur le parvis de la gare.")
             + '<form class="button_to" method="post" action="/initiatives/i-15/initiative_signatures"><button class="button expanded" type="submit">Signer</button></form>',
             {"petition"}),
        page("/create_initiative/select_initiative_type", "Lancer une initiative", m.p("Étape 1 sur 4 : choisissez le type d'initiative, puis rédigez votre texte et invitez un comité de promotion de 5 personnes.")
             + '<form method="post" action="/create_initiative/previous_form"><label><input type="radio" name="type_id" value="1"> Initiative pour le conseil municipal</label>'
               '<label for="ini-title">Titre</label><input id="ini-title" name="initiative[title]"><label for="ini-desc">Description</label><textarea id="ini-desc" name="initiative[description]"></textarea><button class="button" type="submit">Continuer</button></form>',
             {"petition"}),
    ]
    jp = Site(dec_host, "brumes_decidim", "Je participe - Bondival-sous-Bois", dec_pages,
              menu=[("Accueil", "/"), ("Processus", "/processes"), ("Initiatives", "/initiatives"), ("Aide", "/pages")],
              features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return _city("99621", "Bondival-sous-Bois", 104300, "93", f"http://{www_host}/", [www, jp])


# =========================================================================================================
# 99622 Nantelles: Drupal + CONSUL Democracy + Publik
# =========================================================================================================

def nantelles() -> City:
    www_host, dec_host, gru_host = "www.nantelles.fr", "decide.nantelles.fr", "demarches.nantelles.fr"
    dec, gru = f"http://{dec_host}", f"http://{gru_host}"
    part = ("Participer", "/participer")
    news = [("/actualites/votation-tramway", "Votation citoyenne : le tracé du tramway", "2 avril", "Les Nantellois votent du 12 au 25 mai."),
            ("/actualites/jardins-familiaux", "Jardins familiaux : la liste d'attente s'ouvre", "28 mars", "Vingt nouvelles parcelles aux Bruyères."),
            ("/actualites/metropole-consultation", "La Métropole consulte sur son plan vélo", "21 mars", "Un questionnaire métropolitain jusqu'au 30 avril."),
            ("/actualites/saison-culturelle", "Saison culturelle : le programme du printemps", "15 mars", "Théâtre, danse et concerts à La Rotonde.")]
    home = _home("Nantelles, 112 600 habitants, ville des bords de Seine dans les Hauts-de-Seine.",
                 [("/participer", "Participer"), (dec + "/", "Nantelles Décide"), (gru + "/", "Mes démarches en ligne"), ("/contact", "Contact"),
                  ("/emploi", "La ville recrute"), ("/territoire/plui", "PLUi : enquête publique"), ("/actualites", "Actualités")],
                 news, [("5", "avril", "Assemblée de quartier Les Bruyères", "Gymnase Voltaire"), ("12", "mai", "Ouverture de la votation", "En ligne et en mairie"),
                        ("17", "mai", "Jury citoyen : restitution", "Salle des fêtes")])
    www_pages = [
        page("/", "Accueil", home),
        page("/actualites", "Actualités", m.news_cards(news, "Dernières actualités") + m.links([("/actualites/fibre-travaux", "Travaux de voirie rue Gambetta")])),
        page("/participer", "Participer à la vie de Nantelles", m.p(
            "La démocratie participative est l'affaire de tous. Assemblées de quartier, jury citoyen, votations, budget participatif : la Ville "
            "multiplie les occasions de décider ensemble. Un adjoint au maire et une direction de la participation en ont la charge.",
            "La plateforme en ligne <a href='" + dec + "/'>Nantelles Décide</a> permet de proposer, débattre et voter entre deux réunions.")
             + m.links([("/participer/assemblees-de-quartier", "Les assemblées de quartier"), ("/participer/jury-citoyen", "Le jury citoyen"),
                        ("/participer/votation-citoyenne", "La votation citoyenne"), ("/participer/conseil-des-seniors", "Le conseil des seniors")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participer/assemblees-de-quartier", "Les assemblées de quartier", m.p(
            "Sept assemblées de quartier se réunissent deux fois par an en séance plénière et, entre deux, en commissions thématiques ouvertes à tous.",
            "Chaque assemblée élit un bureau de huit habitants et peut saisir le conseil municipal d'un vœu.")
             + m.ul(["Centre - Hôtel de ville", "Les Bruyères", "Le Port", "Petit-Nanterre", "Les Coteaux", "La Boule", "Le Chemin de l'Île"]),
             {"participation_displayed"}, parent=part),
        page("/participer/jury-citoyen", "Le jury citoyen", m.p(
            "Vingt-quatre habitants tirés au sort ont été réunis pour rendre un avis sur l'avenir du parc des Anciennes-Papeteries. Après quatre "
            "samedis d'auditions et de débats, ils remettront leurs recommandations le 17 mai.",
            "Le tirage au sort est réalisé par un huissier à partir de numéros de téléphone générés aléatoirement, pour refléter la diversité de la ville."),
             {"participation_displayed"}, parent=part),
        page("/participer/votation-citoyenne", "La votation citoyenne du tramway", m.p(
            "Pour la première fois, la Ville organise une votation citoyenne. La question : « Êtes-vous favorable au tracé du tramway T10 par le boulevard du Havre ? »",
            "Peuvent voter tous les habitants de 16 ans et plus, quelle que soit leur nationalité. Le vote a lieu en ligne sur Nantelles Décide et dans six bureaux physiques, du 12 au 25 mai.",
            "Le conseil municipal s'est engagé à suivre le résultat si la participation dépasse 20 %.")
             + f'<p><a class="fr-btn" href="{dec}/polls/9">Voter en ligne</a></p>',
             # the city's own local consultation presented; the vote itself is on the platform
             {"participation_displayed"}, decoys={"poll"}, parent=part),
        page("/participer/conseil-des-seniors", "Le conseil des seniors", m.p(
            "Trente Nantellois de plus de 60 ans, volontaires, s'engagent pour trois ans. Ils travaillent sur le lien entre générations, l'accessibilité de la voirie "
            "et la lutte contre l'isolement, et sont consultés sur les projets de résidences autonomie."),
             {"participation_displayed"}, parent=part),
        page("/actualites/votation-tramway", "Votation citoyenne : le tracé du tramway", m.p(
            "Du 12 au 25 mai, les Nantellois se prononcent sur le tracé du tramway. Réunion d'information le 5 mai à l'Hôtel de ville.")
             + m.drupal_comments(412, [("Sophie", "3 avril", "Enfin une vraie consultation, j'irai voter."), ("J.-P.", "3 avril", "Pourquoi pas un vote papier dans chaque école ?")]),
             # news naming the votation in passing, with an open Drupal comment form
             {"comments"}, decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/jardins-familiaux", "Jardins familiaux : la liste d'attente s'ouvre", m.aside(
            m.p("Vingt parcelles supplémentaires sont créées aux Bruyères. Les demandes se font sur le portail des démarches en ligne."),
            m.drupal_poll(77, "Quel atelier aimeriez-vous aux jardins ?", ["Compost", "Semences", "Apiculture", "Taille des fruitiers"])),
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/metropole-consultation", "La Métropole consulte sur son plan vélo", m.p(
            "La Métropole du Grand Paris ouvre jusqu'au 30 avril une consultation sur son plan vélo métropolitain. Le questionnaire est en ligne sur le site de la Métropole.",
            "La Ville de Nantelles contribuera au nom des assemblées de quartier.")
             + m.drupal_comments(415, [], open_=False),
             decoys={"poll", "participation_displayed", "comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/saison-culturelle", "Saison culturelle : le programme du printemps", m.p(
            "Huit spectacles à La Rotonde, un festival de jazz au parc et des lectures dans les médiathèques. Billetterie en ligne."),
             parent=("Actualités", "/actualites")),
        page("/actualites/fibre-travaux", "Travaux de voirie rue Gambetta", m.p(
            "La rue Gambetta sera fermée à la circulation du 14 au 25 avril. Déviation par la rue de la Paix."),
             parent=("Actualités", "/actualites")),
        page("/territoire/plui", "PLUi : enquête publique", m.p(
            "L'établissement public territorial Paris Ouest Seine soumet son plan local d'urbanisme intercommunal à enquête publique, sur arrêté du président du territoire.",
            "Le commissaire enquêteur tient des permanences en mairie ; les observations peuvent aussi être déposées sur le registre dématérialisé du territoire."),
             # the EPT's statutory enquiry: not the city's own approach, no questionnaire
             decoys={"participation_displayed", "poll"}),
        page("/emploi", "La ville recrute", m.p("Consultez nos offres et déposez votre candidature spontanée.")
             + m.drupal_webform("candidature", "/emploi", [("Nom", "text", ()), ("Poste visé", "select", ("Animateur", "Agent d'entretien", "Candidature spontanée")),
                                                          ("CV (lien)", "url", ()), ("Lettre de motivation", "textarea", ())], "Postuler"),
             decoys={"contact_form", "suggestion_call"}),
        page("/contact", "Nous contacter", m.p("Pour une démarche précise, utilisez le <a href='" + gru + "/'>portail des démarches</a>. Pour toute autre question, écrivez-nous.")
             + m.drupal_webform("contact", "/contact", [("Votre nom", "text", ()), ("Votre adresse électronique", "email", ()), ("Sujet", "text", ()), ("Message", "textarea", ())]),
             {"contact_form"}),
    ]
    www = Site(www_host, "brumes_drupal", "Ville de Nantelles", www_pages,
               menu=[("Actualités", "/actualites"), ("Participer", "/participer"), ("Démarches", gru + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "nantelles"), social("instagram", "ville_nantelles"), social("linkedin", "ville-de-nantelles"),
                         social("bluesky", "nantelles.fr")],
               address="Hôtel de ville, 88 rue du Onze-Novembre, 92000 Nantelles")

    def prop(i, t, sup, body=""):
        return (f'<div id="proposal_{i}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row"><div class="small-12 medium-9 column"><div class="proposal-content">'
                + (f'<h3><a href="/proposals/{i}">{t}</a></h3>' if i == 123 else f'<h3>{t}</h3>') + f'<p class="proposal-info"><span>{sup} soutiens</span></p>{body}</div></div>'
                f'<div id="proposal_{i}_votes" class="small-12 medium-3 column supports-container"><div class="supports"><div class="progress small-12 round"><span class="meter" style="width: {min(sup // 30, 100)}%"></span></div>'
                f'<a class="button button-support small expanded" title="Soutenir cette proposition" href="/users/sign_in">Soutenir</a></div></div></div></div></div>')
    consul_pages = [
        page("/", "Nantelles Décide", m.p("Débattez, proposez, votez : Nantelles Décide est l'espace de démocratie participative en ligne de la Ville.")
             + m.links([("/debates", "Débats"), ("/proposals", "Propositions citoyennes"), ("/budgets", "Budget participatif"), ("/polls", "Votations"), ("/help", "Aide")]),
             {"participation_displayed"}),
        page("/proposals", "Propositions citoyennes", m.p("Toute personne inscrite peut publier une proposition. Celles qui atteignent 2 000 soutiens (1 % des habitants) sont soumises à votation.")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
             + prop(123, "Piétonniser la rue Maurice-Thorez le dimanche", 684) + prop(124, "Un composteur dans chaque résidence", 241),
             # a threshold of supports leading to a vote: a call for proposals with petition-like signatures
             {"suggestion_call", "petition"}),
        page("/proposals/123", "Piétonniser la rue Maurice-Thorez le dimanche", m.p("Le dimanche, la rue commerçante deviendrait piétonne de 9 h à 14 h pour le marché et les familles.")
             + '<div class="supports"><a class="button button-support" href="/users/sign_in">Soutenir</a><span class="total-supports">684 soutiens</span></div>'
             + '<section class="comments"><h2>Commentaires (2)</h2><div id="comment_881" class="comment"><span class="user-name">Éloïse</span><p>Oui, le marché étouffe entre les voitures.</p></div>'
               '<form class="new_comment" id="new_comment" action="/comments" method="post"><textarea id="comment-body-proposal_123" name="comment[body]" aria-label="Laisser votre commentaire"></textarea>'
               '<input type="hidden" name="comment[commentable_type]" value="Proposal"><input type="hidden" name="comment[commentable_id]" value="123"><input type="submit" class="button" value="Publier le commentaire"></form></section>',
             {"suggestion_call", "petition", "comments"}),
        page("/debates", "Débats", '<a class="button" href="/users/sign_in">Commencer un débat</a>'
             + '<div id="debate_45" class="debate"><h3><a href="/debates/45">Quelle place pour la voiture en centre-ville ?</a></h3><span class="comments-count">58 commentaires</span></div>'
             + '<div class="debate"><h3>Des horaires d\'été pour les médiathèques ?</h3><span class="comments-count">9 commentaires</span></div>',
             # residents open threads and reply: a board inside the platform
             {"forum"}),
        page("/debates/45", "Quelle place pour la voiture en centre-ville ?", m.p("Débat lancé par Lucas M. : les places de stationnement disparaissent, les commerçants s'inquiètent. Qu'en pensez-vous ?")
             + '<div class="votes"><a class="like" href="/users/sign_in">Je suis d\'accord</a> <a class="unlike" href="/users/sign_in">Je ne suis pas d\'accord</a></div>'
             + '<section class="comments"><div class="comment"><span class="user-name">Fatou</span><p>Un parking relais à la gare réglerait beaucoup de choses.</p></div>'
               '<form class="new_comment" action="/comments" method="post"><textarea name="comment[body]" aria-label="Laisser votre commentaire"></textarea><input type="submit" class="button" value="Publier le commentaire"></form></section>',
             {"forum", "comments"}),
        page("/budgets", "Budget participatif 2025", m.p("1,5 million d'euros, dont 200 000 euros par quartier. Phase actuelle : dépôt des projets, jusqu'au 30 avril.")
             + '<a class="button" href="/users/sign_in">Proposer un projet</a>' + m.links([("/budgets/3/investments", "Voir les projets déposés")]),
             {"participatory_budget", "suggestion_call"}),
        page("/budgets/3/investments", "Projets déposés", "".join(
            f'<div class="budget-investment"><h3>{t}</h3><p class="investment-project-info">{q} · {c} €</p><a class="button" href="/users/sign_in">Soutenir</a></div>'
            for t, q, c in [("Tables de ping-pong au parc du Port", "Le Port", "14 000"), ("Fontaine à eau place de la Boule", "La Boule", "25 000"), ("Piste de skate aux Coteaux", "Les Coteaux", "160 000")]),
             {"participatory_budget"}),
        page("/polls", "Votations", m.p("Votations en cours et passées.") + m.links([("/polls/9", "Votation sur le tracé du tramway (12-25 mai)")])
             + m.results_bars("Votation 2023 : nom de la nouvelle médiathèque", [("Simone-Veil", 58, 3120), ("Les Papeteries", 42, 2260)], "Terminée."),
             {"poll"}),
        page("/polls/9", "Votation : le tracé du tramway", m.p("Êtes-vous favorable au tracé du tramway T10 par le boulevard du Havre ?")
             + '<form class="poll-question" action="/polls/9/answers" method="post"><fieldset><legend>Votre réponse</legend>'
               '<label><input type="radio" name="answer" value="oui"> Oui</label><label><input type="radio" name="answer" value="non"> Non</label><label><input type="radio" name="answer" value="blanc"> Vote blanc</label></fieldset>'
               '<p>Vous devez <a href="/users/sign_in">vous connecter</a> et vérifier votre compte pour voter.</p><input type="submit" class="button" value="Voter"></form>',
             {"poll"}),
        page("/help", "Aide", m.p("Comment fonctionne Nantelles Décide ? Les débats servent à échanger, les propositions à recueillir des soutiens, "
                                   "le budget participatif à proposer et choisir des projets, les votations à décider.", "Pour participer, créez un compte et vérifiez votre résidence.")),
    ]
    consul = Site(dec_host, "brumes_consul", "Nantelles Décide", consul_pages,
                  menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls"), ("Budgets participatifs", "/budgets"), ("Aide", "/help")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))

    gru_pages = [
        page("/", "Mes démarches en ligne", m.p("Effectuez vos démarches 24 h sur 24 avec votre compte citoyen.")
             + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur l'espace public"),
                        ("/inscriptions-periscolaires/", "Inscriptions périscolaires"), ("/jardins-familiaux/", "Demande de jardin familial")])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", [("Nom", "text", ()), ("Courriel", "email", ()),
                                                                                                  ("Service concerné", "select", ("Accueil", "État civil", "Urbanisme", "Autre")), ("Votre message", "textarea", ())]),
             {"contact_form"}),
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.p("Dépôt sauvage, éclairage en panne, nid-de-poule : localisez le problème et décrivez-le.")
             + m.wcs_form("/signaler-un-probleme/", [("Adresse", "text", ()), ("Type de problème", "select", ("Propreté", "Éclairage", "Voirie")), ("Description", "textarea", ()), ("Courriel", "email", ())], "Envoyer le signalement", "signalement"),
             # a free-text message to the city's services through its e-services portal
             {"contact_form"}),
        page("/inscriptions-periscolaires/", "Inscriptions périscolaires", m.wcs_form("/inscriptions-periscolaires/", [("Nom de l'enfant", "text", ()), ("École", "select", ("Voltaire", "Jaurès", "Les Bruyères")),
                                                                                                                     ("Jours d'accueil", "text", ())], "Inscrire", "periscolaire"),
             decoys={"contact_form"}),
        page("/jardins-familiaux/", "Demande de jardin familial", m.wcs_form("/jardins-familiaux/", [("Nom", "text", ()), ("Adresse", "text", ()), ("Surface souhaitée", "select", ("50 m²", "100 m²"))], "Déposer ma demande", "jardins"),
             decoys={"contact_form"}),
    ]
    gru = Site(gru_host, "brumes_publik", "Nantelles - démarches", gru_pages,
               menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/"), ("Site de la ville", f"http://{www_host}/")],
               address="Hôtel de ville, 88 rue du Onze-Novembre, 92000 Nantelles")
    return _city("99622", "Nantelles", 112600, "92", f"http://{www_host}/", [www, consul, gru])


# =========================================================================================================
# 99623 Gennevaux: WordPress + Cap Collectif + neighbours' network
# =========================================================================================================

def gennevaux() -> City:
    www_host, cap_host, vsn_host = "www.gennevaux.fr", "gennevaux.cap-collectif.com", "voisins.gennevaux.fr"
    cap, vsn = f"http://{cap_host}", f"http://{vsn_host}"
    news = [("/actualites/zac-des-lilas/", "ZAC des Lilas : la concertation est ouverte", "8 avril", "Ateliers, balades urbaines et contributions en ligne."),
            ("/actualites/piscine-reouverture/", "La piscine rouvre ses bassins", "1er avril", "Après dix mois de travaux."),
            ("/actualites/budget-regional/", "La Région lance son budget écologique citoyen", "25 mars", "Des projets à déposer sur le site régional."),
            ("/actualites/concours-photo/", "Concours photo : votez pour votre cliché préféré", "20 mars", "30 photos en lice.")]
    home = _home("Gennevaux, 86 400 habitants, en Seine-Saint-Denis : toute l'information municipale.",
                 [("/participation/", "Gennevaux Ensemble"), (cap + "/", "La plateforme participative"), ("/reseau-des-voisins/", "Le réseau des voisins"),
                  ("/contact/", "Écrire à la mairie"), ("/lettre-d-information/", "Lettre d'information"), ("/actualites/", "Actualités")],
                 news, [("12", "avril", "Balade urbaine ZAC des Lilas", "Départ place Thorez"), ("19", "avril", "Assemblée citoyenne", "Bourse du travail"),
                        ("24", "avril", "Conseil municipal", "Hôtel de ville")])
    www_pages = [
        page("/", "Accueil", home),
        page("/actualites/", "Actualités", m.news_cards(news, "Toutes les actualités") + m.links([("/actualites/cadre-de-vie/", "Cadre de vie : vos avis comptent"), ("/actualites/bailleur-questionnaire/", "Questionnaire du bailleur")])),
        page("/participation/", "Gennevaux Ensemble, notre démarche participative", m.p(
            "« Gennevaux Ensemble » rassemble tous les outils de la participation : conseils citoyens, assemblée citoyenne tirée au sort, budget participatif, "
            "concertations sur les grands projets urbains et la plateforme en ligne.",
            "Une charte, votée en 2022, fixe nos engagements : informer en amont, rendre compte des avis, expliquer les choix.")
             + m.links([("/participation/conseils-citoyens/", "Les conseils citoyens"), ("/participation/assemblee-citoyenne/", "L'assemblée citoyenne"),
                        ("/participation/budget-participatif/", "Le budget participatif"), (cap + "/", "Participer en ligne")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participation/conseils-citoyens/", "Les conseils citoyens", m.p(
            "Trois conseils citoyens couvrent les quartiers prioritaires : Le Chêne-Pointu, Les Lilas et La Rose-des-Vents. Habitants tirés au sort et associations y "
            "préparent les avis sur le contrat de ville.", "Les réunions sont ouvertes ; les comptes rendus sont affichés dans les centres sociaux."),
             {"participation_displayed"}, parent=("Participation", "/participation/")),
        page("/participation/assemblee-citoyenne/", "L'assemblée citoyenne", m.p(
            "Quarante habitants tirés au sort, renouvelés par moitié chaque année, se réunissent un samedi par mois. Ils peuvent se saisir de tout sujet et "
            "inscrire une question au conseil municipal.", "Le prochain tirage au sort aura lieu en septembre sur les listes électorales et les fichiers de la CAF."),
             {"participation_displayed"}, parent=("Participation", "/participation/")),
        page("/participation/budget-participatif/", "Le budget participatif", m.p(
            "800 000 euros pour vos projets. Déposez vos idées sur la plateforme participative jusqu'au 31 mai ; les projets réalisables seront soumis au vote en octobre.",
            "Qui peut participer ? Tout habitant dès 12 ans, seul ou en collectif.")
             + f'<p><a class="wp-block-button__link" href="{cap}/project/budget-participatif-2025/collect/depot-des-projets">Je dépose mon projet</a></p>',
             # the city's page of its own open budget: rules and calendar
             {"participatory_budget", "participation_displayed"}, decoys={"participatory_platform"}, parent=("Participation", "/participation/")),
        page("/actualites/zac-des-lilas/", "ZAC des Lilas : la concertation est ouverte", m.p(
            "La Ville et l'aménageur ouvrent la concertation préalable sur la ZAC des Lilas : 900 logements, un parc de 3 hectares, un groupe scolaire.",
            "Balades urbaines, ateliers et contributions en ligne nourriront le bilan de la concertation, délibéré en conseil municipal.")
             + m.wpdiscuz(2210, [("Malika", "9 avril", "Il faut garder les arbres du square Rimbaud."), ("Yann", "10 avril", "Et le stationnement des futurs habitants ?")]),
             {"participation_displayed", "comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/piscine-reouverture/", "La piscine rouvre ses bassins", m.p("Bassin nordique, pataugeoire et nouveaux vestiaires : la piscine Marcel-Cerdan rouvre le 14 avril.")
             + m.wp_comments(2214, [("Laurent", "2 avril", "Les horaires du dimanche changent-ils ?")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/budget-regional/", "La Région lance son budget écologique citoyen", m.p(
            "La Région Île-de-France ouvre une nouvelle saison de son budget participatif écologique. Associations et habitants peuvent déposer un projet sur le site régional jusqu'au 15 mai.",
            "Le service Vie associative de la Ville peut vous aider à monter votre dossier."),
             decoys={"participatory_budget", "suggestion_call"}, parent=("Actualités", "/actualites/")),
        page("/actualites/concours-photo/", "Concours photo : votez pour votre cliché préféré", m.p("Trente photos de Gennevaux sont en lice. Votez pour votre préférée ; le lauréat fera la une du magazine.")
             + '<form class="concours-vote" method="post" action="/actualites/concours-photo/"><label><input type="radio" name="photo" value="12"> Photo 12 : Le canal au petit matin</label>'
               '<label><input type="radio" name="photo" value="18"> Photo 18 : Marché du Chêne</label><label><input type="radio" name="photo" value="27"> Photo 27 : La tour Rimbaud</label><button type="submit">Voter</button></form>',
             # a contest vote: not an opinion poll
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/cadre-de-vie/", "Cadre de vie : vos avis comptent", m.aside(
            m.p("Propreté, éclairage, espaces verts : la Ville prépare son plan « Cadre de vie » et veut connaître vos priorités."),
            '<section class="widget widget_yop_poll"><h2 class="widget-title">Sondage</h2>' + m.yop_poll(4, "Quelle priorité pour votre quartier ?", ["Propreté", "Éclairage", "Espaces verts", "Sécurité routière"]) + "</section>"),
             {"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/bailleur-questionnaire/", "Questionnaire du bailleur Seine-Habitat", m.p(
            "Seine-Habitat, premier bailleur de la ville, mène son enquête annuelle de satisfaction auprès de ses locataires, par téléphone et sur son site internet.",
            "Les résultats seront présentés aux amicales de locataires en juin."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/reseau-des-voisins/", "Le réseau des voisins", m.p(
            "Prêter une perceuse, trouver un covoiturage, signaler un chat perdu : la Ville soutient « Voisins à Gennevaux », un réseau d'entraide réservé aux habitants.",
            f"Inscription gratuite sur <a href='{vsn}/'>voisins.gennevaux.fr</a>."),
             # presents and links the network, which is elsewhere
             decoys={"territorial_social_network"}),
        page("/lettre-d-information/", "Lettre d'information", m.p("Inscrivez-vous à la lettre hebdomadaire.")
             + m.wpforms(318, "/lettre-d-information/", [("Prénom", "text", ()), ("E-mail", "email", ()), ("Centres d'intérêt", "checkbox", ("Culture", "Sport", "Travaux"))], "S'inscrire"),
             decoys={"contact_form"}),
        page("/contact/", "Écrire à la mairie", m.p("Nos services vous répondent sous 10 jours ouvrés.")
             + m.wpforms(112, "/contact/", [("Nom", "text", ()), ("E-mail", "email", ()), ("Objet", "select", ("Renseignement", "Réclamation", "Félicitations")), ("Message", "textarea", ())]),
             {"contact_form"}),
    ]
    www = Site(www_host, "brumes_wp", "Ville de Gennevaux", www_pages,
               menu=[("Actualités", "/actualites/"), ("Gennevaux Ensemble", "/participation/"), ("Voisins", "/reseau-des-voisins/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "GennevauxOfficiel"), social("instagram", "gennevaux"), social("tiktok", "villedegennevaux"),
                         social("mastodon", "gennevaux@mastodon.social")],
               address="Hôtel de ville, 1 place de la Libération, 93300 Gennevaux")

    bp = "/project/budget-participatif-2025"
    cap_pages = [
        page("/", "Gennevaux Ensemble - participez", m.p("Bienvenue sur la plateforme participative de Gennevaux.")
             + m.links([("/projects", "Tous les projets"), (bp + "/presentation/presentation", "Budget participatif 2025"),
                        ("/project/zac-des-lilas/consultation/plan-guide", "Concertation ZAC des Lilas"), ("/project/sante/questionnaire/votre-sante", "Questionnaire santé"),
                        ("/project/interpellations/collect/interpellez-la-ville", "Interpellations citoyennes")])),
        page("/projects", "Projets participatifs", "".join(
            f'<div class="ProjectPreview"><a href="{h}"><h3 class="ProjectPreviewBody-title">{t}</h3></a><p class="ProjectPreviewCounter">{c}</p><span class="tag">{s}</span></div>'
            for h, t, c, s in [(bp + "/presentation/presentation", "Budget participatif 2025", "146 projets", "Dépôt en cours"),
                               ("/project/zac-des-lilas/consultation/plan-guide", "ZAC des Lilas", "312 contributions", "En cours"),
                               ("/project/sante/questionnaire/votre-sante", "Questionnaire santé", "1 204 réponses", "En cours"),
                               ("/project/interpellations/collect/interpellez-la-ville", "Interpellations citoyennes", "9 interpellations", "Permanent")])),
        page(bp + "/presentation/presentation", "Budget participatif 2025 - Présentation", m.p(
            "Étape 1 : dépôt des projets (avril-mai). Étape 2 : analyse. Étape 3 : vote (octobre). Étape 4 : réalisation.")
             + m.links([(bp + "/collect/depot-des-projets", "Déposer un projet"), (bp + "/selection/vote", "Voir l'étape de vote")]),
             {"participatory_budget"}),
        page(bp + "/collect/depot-des-projets", "Dépôt des projets", m.p("146 projets déposés. Vous avez une idée pour votre quartier ? Déposez-la !")
             + '<a class="btn btn-primary" href="/login">Déposer une proposition</a>'
             + "".join(f'<div class="ProposalPreview"><h4>{t}</h4><span class="ProposalPreviewFooter">{q}</span></div>' for t, q in
                       [("Des nichoirs dans les écoles", "Le Chêne-Pointu"), ("Un terrain de basket éclairé", "Les Lilas"), ("Une fresque sur le mur du collège", "Centre")]),
             {"participatory_budget", "suggestion_call"}),
        page(bp + "/selection/vote", "Vote des projets", m.p("L'étape de vote ouvrira le 1er octobre. Chaque habitant pourra soutenir 5 projets de son quartier."),
             {"participatory_budget"}),
        page("/project/zac-des-lilas/consultation/plan-guide", "Concertation ZAC des Lilas - Le plan guide", m.p(
            "Donnez votre avis sur chaque partie du plan guide. Votez pour, contre ou mitigé et argumentez.")
             + '<div class="opinion"><h4>Section 2 : le parc</h4><div class="opinion__votes"><button class="btn">D\'accord</button><button class="btn">Mitigé</button><button class="btn">Pas d\'accord</button></div>'
               '<div class="opinion__arguments"><p class="argument argument--yes">Pour : un vrai poumon vert. — Sarah K.</p><form class="argument-form" method="post" action="/login"><label for="arg-body">Ajouter un argument</label><textarea id="arg-body" name="argument[body]"></textarea><button class="btn" type="submit">Publier</button></form></div></div>',
             {"comments", "participation_displayed"}),
        page("/project/sante/questionnaire/votre-sante", "Questionnaire : votre santé à Gennevaux", m.p("Aidez-nous à préparer le contrat local de santé. 10 minutes, anonyme.")
             + '<form id="reply-form" class="questionnaire" method="post" action="/login"><div class="form-group"><label>Avez-vous un médecin traitant ?</label><label><input type="radio" name="q1" value="oui"> Oui</label><label><input type="radio" name="q1" value="non"> Non</label></div>'
               '<div class="form-group"><label for="q2">Délai pour un rendez-vous chez un spécialiste</label><select id="q2" name="q2"><option>Moins d\'un mois</option><option>1 à 6 mois</option><option>Plus de 6 mois</option></select></div><button class="btn btn-primary" type="submit">Envoyer mes réponses</button></form>',
             {"poll"}),
        page("/project/interpellations/collect/interpellez-la-ville", "Interpellez la Ville", m.p(
            "Une interpellation qui réunit 500 soutiens d'habitants en 60 jours reçoit une réponse du maire en conseil municipal.")
             + '<a class="btn btn-primary" href="/login">Lancer une interpellation</a><div class="ProposalPreview"><h4>Sécuriser la sortie de l\'école Jaurès</h4><span class="ProposalPreviewVotes">318 / 500 soutiens</span><a class="btn" href="/login">Soutenir</a></div>',
             # residents start an interpellation and collect supports up to a threshold: a petition
             {"petition"}),
    ]
    capsite = Site(cap_host, "brumes_capco", "Gennevaux Ensemble", cap_pages,
                   menu=[("Accueil", "/"), ("Projets", "/projects"), ("Site de la ville", f"http://{www_host}/")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))

    vsn_pages = [
        page("/", "Voisins à Gennevaux", m.p("Le réseau social de proximité des Gennevalois : entraide, prêts d'objets, événements de quartier.")
             + '<div class="vsn-feed">' + "".join(f'<article class="vsn-post"><header><b>{a}</b> · {q}</header><p>{t}</p><footer><a href="/connexion">Répondre</a> · {n} réponses</footer></article>'
                                                  for a, q, t, n in [("Amel", "Les Lilas", "Quelqu'un aurait un escabeau à prêter samedi ?", 4),
                                                                     ("Bernard", "Centre", "Chat roux trouvé rue Rimbaud, il attend ses maîtres.", 7)]) + "</div>"
             + m.links([("/quartiers/les-lilas", "Quartier des Lilas"), ("/annonces", "Petites annonces d'entraide"), ("/evenements", "Événements entre voisins")]),
             {"territorial_social_network"}),
        page("/quartiers/les-lilas", "Quartier des Lilas", m.p("1 284 voisins inscrits dans le quartier.")
             + '<form class="vsn-compose" method="post" action="/connexion"><label for="post-body">Publier dans le quartier</label><textarea id="post-body" name="post[body]"></textarea><button type="submit">Publier</button></form>'
             + '<article class="vsn-post"><b>Inès</b><p>Vide-grenier de la résidence dimanche, venez nombreux !</p><div class="vsn-replies"><p><b>Marc</b> : J\'aurai un stand de livres.</p></div></article>',
             {"territorial_social_network", "comments"}),
        page("/annonces", "Petites annonces d'entraide", m.ul(["Donne poussette en bon état", "Cherche covoiturage vers Roissy le matin", "Propose aide aux devoirs (lycéenne)"]),
             {"territorial_social_network"}),
        page("/evenements", "Événements entre voisins", m.ul(["Repair café - samedi 26 avril", "Pique-nique du canal - dimanche 11 mai"]), {"territorial_social_network"}),
    ]
    vsite = Site(vsn_host, "brumes_voisins", "Voisins à Gennevaux", vsn_pages,
                 menu=[("Fil", "/"), ("Annonces", "/annonces"), ("Événements", "/evenements")],
                 features=frozenset({"territorial_social_network"}))
    return _city("99623", "Gennevaux", 86400, "93", f"http://{www_host}/", [www, capsite, vsite])


# =========================================================================================================
# 99624 Ivrac-sur-Seine: SPIP + a custom participation platform drawn by a script
# =========================================================================================================

_IVRAC_BUDGET = "budget.ivrac-sur-seine.fr"

# What the script draws on each route of the custom platform (served as JSON by /api/v1/page).
_IVRAC_DRAWN = {
    "/": ("Ivrac en commun",
          "<section class='hero'><h1>Ivrac en commun</h1><p>La plateforme participative de la Ville d'Ivrac-sur-Seine : budget participatif, "
          "idées et concertations.</p></section><section class='phase'><h2>Budget participatif 2025</h2><p>Phase actuelle : <strong>vote</strong> "
          "jusqu'au 15 juin. 600 000 € à répartir entre 27 projets.</p><a href='/projets' class='btn'>Voter pour les projets</a> "
          "<a href='/deposer' class='btn btn-outline'>Proposer une idée pour 2026</a></section>"),
    "/projets": ("Les projets soumis au vote",
                 "<h1>Les projets soumis au vote</h1><p>Choisissez jusqu'à 4 projets. Vote réservé aux habitants de plus de 11 ans.</p>"
                 "<ul class='projects'><li class='project-card'><a href='/projets/42'><h3>Potager pédagogique à l'école Langevin</h3></a><p>35 000 €</p>"
                 "<button class='vote-btn' data-project='42'>Je vote</button></li><li class='project-card'><h3>Abri vélos sécurisé gare RER</h3><p>60 000 €</p>"
                 "<button class='vote-btn' data-project='43'>Je vote</button></li><li class='project-card'><h3>Ombrières au square des Berges</h3><p>48 000 €</p>"
                 "<button class='vote-btn' data-project='44'>Je vote</button></li></ul>"),
    "/projets/42": ("Potager pédagogique à l'école Langevin",
                    "<h1>Potager pédagogique à l'école Langevin</h1><p>Des bacs potagers et un récupérateur d'eau pour les classes et le centre de loisirs. "
                    "Proposé par l'association des parents d'élèves.</p><button class='vote-btn' data-project='42'>Je vote pour ce projet</button>"
                    "<section class='comments'><h2>Commentaires (2)</h2><div class='comment'><b>Hélène</b><p>Très bonne idée pour les enfants.</p></div>"
                    "<div class='comment'><b>Omar</b><p>Et pendant l'été, qui s'en occupe ?</p></div><form class='comment-form' method='post' action='/api/v1/comments'>"
                    "<label for='cbody'>Votre commentaire</label><textarea id='cbody' name='body'></textarea><button type='submit'>Publier</button></form></section>"),
    "/deposer": ("Proposer une idée",
                 "<h1>Proposer une idée pour le budget participatif 2026</h1><p>Vos idées d'investissement pour la ville (espaces verts, sport, culture, "
                 "solidarité) : les services étudient chaque proposition.</p><form class='idea-form' method='post' action='/api/v1/ideas'>"
                 "<label for='it'>Titre de l'idée</label><input id='it' name='title'><label for='iq'>Quartier</label><select id='iq' name='district'>"
                 "<option>Centre</option><option>Les Berges</option><option>Le Plateau</option></select><label for='id'>Description</label>"
                 "<textarea id='id' name='description'></textarea><button type='submit'>Envoyer mon idée</button></form>"),
}

_IVRAC_JS = """(function(){var c=window.__APP_CONFIG__||{};var root=document.getElementById('root');
fetch(c.api+'/page?path='+encodeURIComponent(c.route)).then(function(r){return r.json();}).then(function(d){
document.title=d.title+' — Ivrac en commun';root.innerHTML='<header class="app-bar"><a href="/">Ivrac en commun</a>'+
'<nav><a href="/projets">Projets</a> <a href="/deposer">Proposer</a></nav></header><main>'+d.html+'</main>'+
'<footer><a href="http://www.ivrac-sur-seine.fr/">Ville d\\'Ivrac-sur-Seine</a></footer>';});})();"""


class _ScriptedHost:
    """Serves the custom platform: the application shell on every route, its script and its JSON API."""

    def __init__(self, site):
        from ..web import SiteHost
        self.pages = SiteHost(site)

    def respond(self, request):
        import json
        from urllib.parse import parse_qs, urlsplit
        from ..web import Reply
        target = request.target
        if target.startswith("/static/js/"):
            return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _IVRAC_JS.encode())
        if target.startswith("/static/css/"):
            return Reply(200, [("Content-Type", "text/css")], b"body{font-family:Inter,sans-serif}.btn{padding:.5rem 1rem}")
        if target.startswith("/api/v1/page"):
            path = parse_qs(urlsplit(target).query).get("path", ["/"])[0]
            if path not in _IVRAC_DRAWN:
                return Reply(404, [("Content-Type", "application/json")], b'{"error":"not found"}')
            title, html = _IVRAC_DRAWN[path]
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps({"title": title, "html": html}, ensure_ascii=False).encode())
        return self.pages.respond(request)


def _ivrac_budget_site():
    pages = [
        page("/", "Ivrac en commun", "", {"participatory_budget", "suggestion_call"}),
        page("/projets", "Les projets soumis au vote", "", {"participatory_budget"}),
        page("/projets/42", "Potager pédagogique à l'école Langevin", "", {"participatory_budget", "comments"}),
        page("/deposer", "Proposer une idée", "", {"participatory_budget", "suggestion_call"}),
    ]
    return Site(_IVRAC_BUDGET, "brumes_shell", "Ivrac en commun", pages, features=frozenset({"participatory_platform"}),
                platforms=frozenset({"custom"}))


def ivrac() -> City:
    www_host = "www.ivrac-sur-seine.fr"
    bud = f"http://{_IVRAC_BUDGET}"
    dl = ("Démocratie locale", "/spip.php?rubrique2")
    news = [("/spip.php?article130", "Berges de Seine : parlons-en sur le forum", "9 avril", "Le projet de promenade est en discussion."),
            ("/spip.php?article121", "Pétition : un passage piéton avenue de Verdun", "3 avril", "La pétition a passé les 600 signatures."),
            ("/spip.php?article151", "Le Territoire ouvre son budget d'initiatives", "27 mars", "Dépôt des dossiers jusqu'au 30 avril."),
            ("/spip.php?article140", "Forum de l'emploi le 17 avril", "20 mars", "60 entreprises au gymnase Delaune.")]
    home = _home("Ivrac-sur-Seine, 71 200 habitants, dans le Val-de-Marne, entre Seine et plateau.",
                 [("/spip.php?rubrique2", "Démocratie locale"), (bud + "/", "Budget participatif"), ("/spip.php?article120", "Pétitions"),
                  ("/spip.php?article150", "Sondage rythmes scolaires"), ("/spip.php?page=contact", "Contact"), ("/spip.php?article160", "Subventions aux associations"),
                  ("/spip.php?article123", "Maternité : la pétition des soignants"), ("/spip.php?article131", "Les Ardoines : compte rendu")],
                 news, [("15", "avril", "Conseil de quartier des Berges", "École Langevin"), ("22", "avril", "Conseil des aînés", "Maison de la citoyenneté"),
                        ("30", "avril", "Conseil municipal", "Hôtel de ville")])
    forum_items = [("Promenade des berges", "Gilles", "9 avril", "Il faudrait séparer vélos et piétons, le chemin est étroit."),
                   ("Re : Promenade des berges", "Aïcha", "10 avril", "D'accord, et prévoir des bancs tous les 200 mètres."),
                   ("Re : Promenade des berges", "Marc", "10 avril", "Attention aux crues : pas de mobilier fixe en bas.")]
    spip_forum = ('<div class="forums"><h2>Forum</h2><ul class="forums-liste">' + "".join(
        f'<li class="forum-fil"><div class="forum-message" id="forum{300 + k}"><div class="forum-chapo"><strong class="forum-titre">{t}</strong> '
        f'<small>{d}, par <span class="auteur">{a}</span></small></div><div class="forum-texte"><p>{x}</p></div>'
        f'<p class="repondre"><a href="/spip.php?page=forum&amp;id_article=130" rel="nofollow">Répondre à ce message</a></p></div></li>'
        for k, (t, a, d, x) in enumerate(forum_items)) + '</ul><p class="repondre-article"><a href="/spip.php?page=forum&amp;id_article=130" rel="nofollow">Participer au forum</a></p></div>')
    signature = ('<div class="formulaire_spip formulaire_signature ajax" id="sp121"><h2>Signer cette pétition</h2><form method="post" action="/spip.php?article121#sp121">'
                 '<div><input name="formulaire_action" type="hidden" value="signature"><input name="formulaire_action_args" type="hidden" value="121"></div>'
                 '<fieldset><div class="editer-groupe"><div class="editer saisie_session_nom obligatoire"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" value="" size="20"></div>'
                 '<div class="editer saisie_session_email obligatoire"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value="" size="20"></div>'
                 '<div class="editer saisie_message"><label for="message">Un message (facultatif)</label><textarea name="message" id="message" rows="3" cols="40"></textarea></div></div></fieldset>'
                 '<p class="boutons"><input type="submit" class="submit" value="Valider"></p></form></div>')
    pages = [
        page("/", "Accueil", home),
        page("/spip.php?rubrique2", "Démocratie locale", m.p(
            "Ivrac-sur-Seine fait vivre la démocratie locale au quotidien : six conseils de quartier, un conseil des aînés, un conseil municipal des enfants, "
            "une maison de la citoyenneté, un budget participatif et un droit de pétition local.",
            "Chaque habitant, dès 16 ans et quelle que soit sa nationalité, peut s'y impliquer.")
             + m.links([("/spip.php?article101", "Les conseils de quartier"), ("/spip.php?article102", "La maison de la citoyenneté"),
                        ("/spip.php?article103", "Le conseil des aînés"), ("/spip.php?article110", "Le budget participatif"),
                        ("/spip.php?article120", "Le droit de pétition")]),
             {"participation_displayed"}),
        page("/spip.php?article101", "Les conseils de quartier", m.p(
            "Six conseils de quartier réunissent habitants, commerçants et associations autour d'un élu de quartier. Ils donnent leur avis sur les projets d'aménagement "
            "et disposent d'un budget d'animation.", "Les Berges, Centre, Le Plateau, Les Ardoines, Le Port-à-l'Anglais, Les Saules."),
             {"participation_displayed"}, parent=dl),
        page("/spip.php?article102", "La maison de la citoyenneté", m.p(
            "Ouverte en 2023 dans l'ancienne poste, la maison de la citoyenneté accueille les réunions des conseils de quartier, des permanences d'accès au droit "
            "et accompagne les porteurs de projets du budget participatif."), {"participation_displayed"}, parent=dl),
        page("/spip.php?article103", "Le conseil des aînés", m.p(
            "Vingt-cinq retraités ivraciens, désignés pour trois ans, travaillent sur la mobilité des seniors, la canicule et la vie des résidences. Ils sont consultés "
            "sur le plan d'accessibilité de la voirie."), {"participation_displayed"}, parent=dl),
        page("/spip.php?article110", "Le budget participatif", m.p(
            "Chaque année, 600 000 euros du budget d'investissement sont consacrés à des projets imaginés et choisis par les habitants. Le vote 2025 a lieu jusqu'au 15 juin ; "
            "les idées pour 2026 peuvent déjà être proposées.", f"Tout se passe sur <a href='{bud}/'>Ivrac en commun</a> ou à la maison de la citoyenneté."),
             # the city's page of its own open budget (rules, calendar)
             {"participatory_budget", "participation_displayed"}, decoys={"participatory_platform"}, parent=dl),
        page("/spip.php?article120", "Le droit de pétition local", m.p(
            "Depuis 2022, toute pétition signée par 1 000 habitants de plus de 16 ans oblige le maire à inscrire le sujet à l'ordre du jour du conseil municipal.",
            "Pour lancer une e-pétition, adressez votre texte à la maison de la citoyenneté : elle est publiée sur ce site sous quinze jours et ouverte aux signatures pendant quatre mois.")
             + m.links([("/spip.php?article121", "Pétition en cours : un passage piéton avenue de Verdun"), ("/spip.php?article122", "Pétition close : horaires de la piscine")]),
             {"petition", "participation_displayed"}, parent=dl),
        page("/spip.php?article121", "Pétition : un passage piéton sécurisé avenue de Verdun", m.p(
            "Nous, parents d'élèves et riverains, demandons un passage piéton surélevé et un feu devant le collège Wallon. 642 signatures sur les 1 000 requises.")
             + signature + '<div class="signatures"><h3>Dernières signatures</h3><ul><li>Nadia R. — « Nos enfants traversent ici tous les jours. »</li><li>Stéphane B.</li></ul></div>',
             {"petition"}, parent=("Pétitions", "/spip.php?article120")),
        page("/spip.php?article122", "Pétition close : horaires de la piscine", m.p(
            "La pétition pour l'ouverture de la piscine le dimanche après-midi a recueilli 1 137 signatures. Elle a été débattue au conseil municipal du 12 décembre : "
            "la piscine ouvre désormais le dimanche jusqu'à 17 h.", "Les signatures sont closes."),
             # a closed petition's outcome: nobody can sign
             decoys={"petition"}, parent=("Pétitions", "/spip.php?article120")),
        page("/spip.php?article123", "Fermeture de la maternité : le maire relaie la pétition", m.p(
            "Le maire soutient la pétition des soignants contre la fermeture de la maternité de l'hôpital intercommunal, lancée sur un site national de pétitions.",
            "<a href='https://www.change.org/p/sauvons-la-maternite-du-val-de-marne'>Signer sur change.org</a>"),
             decoys={"petition"}),
        page("/spip.php?article130", "Berges de Seine : parlons-en sur le forum", m.p(
            "Le projet de promenade des berges est présenté dans la salle du conseil jusqu'au 30 avril. Posez vos questions et donnez votre avis dans le forum de cet article.")
             + spip_forum, {"forum", "participation_displayed"}),
        page("/spip.php?page=forum&id_article=130", "Répondre à : Berges de Seine", m.p("Votre message sera publié après validation par un modérateur.")
             + '<div class="formulaire_spip formulaire_forum ajax" id="formulaire_forum"><form action="/spip.php?page=forum&amp;id_article=130" method="post" enctype="multipart/form-data">'
               '<div><input name="formulaire_action" type="hidden" value="forum"><input name="id_article" type="hidden" value="130"></div><fieldset class="saisie_texte"><legend>Votre message</legend>'
               '<div class="editer-groupe"><div class="editer saisie_titre obligatoire"><label for="titre">Titre</label><input type="text" class="text" name="titre" id="titre" value="Re : Berges de Seine" size="60"></div>'
               '<div class="editer saisie_texte obligatoire"><label for="texte">Texte de votre message</label><textarea name="texte" id="texte" rows="10" cols="60"></textarea></div></div></fieldset>'
               '<fieldset class="qui saisie_qui"><legend>Qui êtes-vous ?</legend><div class="editer saisie_session_nom"><label for="session_nom">Votre nom</label><input type="text" class="text" name="session_nom" id="session_nom" value=""></div>'
               '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text email" name="session_email" id="session_email" value=""></div></fieldset>'
               '<p class="boutons"><input type="submit" class="submit" name="previsualiser_message" value="Prévisualiser"></p></form></div>',
             {"forum"}, parent=("Berges de Seine", "/spip.php?article130")),
        page("/spip.php?article131", "Quartier des Ardoines : compte rendu de la réunion publique", m.p(
            "Le compte rendu de la réunion publique du 4 mars sur le quartier des Ardoines est en ligne. Le forum de cet article est désormais fermé ; pour vos questions, "
            "contactez le service urbanisme.") + '<div class="forums"><p class="forum-ferme">Les forums sont fermés pour cet article.</p></div>',
             {"participation_displayed"}, decoys={"forum", "comments"}),
        page("/spip.php?article140", "Forum de l'emploi le 17 avril", m.p(
            "Soixante entreprises et organismes de formation vous attendent au gymnase Delaune de 9 h 30 à 17 h. Ateliers CV et simulations d'entretien."),
             decoys={"forum"}),
        page("/spip.php?article150", "Sondage : les rythmes scolaires", m.p("Parents, enseignants, animateurs : la Ville prépare la rentrée 2026. Donnez votre avis avant le 31 mai.")
             + m.spip_formidable(7, "/spip.php?article150", [("Vous êtes", "radio", ("Parent", "Enseignant", "Animateur")),
                                                              ("Préférez-vous la semaine de 4 jours ou de 4 jours et demi ?", "radio", ("4 jours", "4 jours et demi", "Sans avis")),
                                                              ("Un commentaire ?", "textarea", ())], "Envoyer mes réponses"),
             {"poll"}),
        page("/spip.php?article151", "Le Territoire ouvre son budget d'initiatives", m.p(
            "L'établissement public territorial Seine-Amont lance un budget d'initiatives citoyennes intercommunal de 300 000 euros. Les dossiers se déposent sur le site "
            "du Territoire jusqu'au 30 avril ; le vote aura lieu en juin sur la même plateforme territoriale."),
             decoys={"participatory_budget", "participatory_platform"}),
        page("/spip.php?article160", "Subventions aux associations : appel à projets 2026", m.p(
            "Les associations ivraciennes peuvent déposer leurs demandes de subvention de fonctionnement et de projet avant le 15 octobre. Le dossier Cerfa 12156 est à joindre."),
             decoys={"suggestion_call"}),
        page("/spip.php?page=contact", "Contact", m.p("Écrivez-nous : la réponse est envoyée à l'adresse indiquée.")
             + m.spip_formidable(1, "/spip.php?page=contact", [("Nom", "input", ()), ("Adresse électronique", "email", ()), ("Sujet", "input", ()), ("Votre message", "textarea", ())],
                                 cls="formulaire_formidable formulaire_contact"),
             {"contact_form"}),
    ]
    www = Site(www_host, "brumes_spip", "Ivrac-sur-Seine", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/spip.php?rubrique2"), ("Budget participatif", bud + "/"), ("Contact", "/spip.php?page=contact")],
               accounts=[social("facebook", "ivracsurseine"), social("x", "IvracSurSeine", "https://x.com/IvracSurSeine"),
                         social("youtube", "ivracsurseine", "https://www.youtube.com/@IvracSurSeine")],
               address="Hôtel de ville, esplanade Georges-Marrane, 94200 Ivrac-sur-Seine")
    return _city("99624", "Ivrac-sur-Seine", 71200, "94", f"http://{www_host}/", [www, _ivrac_budget_site()])


# =========================================================================================================
# 99625 Argentval: Joomla + Fluicity + Discourse
# =========================================================================================================

def argentval() -> City:
    www_host, fl_host, fo_host = "www.argentval.fr", "argentval.flui.city", "forum.argentval.fr"
    fl, fo = f"http://{fl_host}", f"http://{fo_host}"
    vc = ("Vie citoyenne", "/vie-citoyenne")
    news = [("/actualites/nouvelle-plateforme", "Argentval lance sa plateforme citoyenne", "10 avril", "Idées, sondages et projets en un seul endroit."),
            ("/actualites/marche-de-noel", "Le marché de Noël a fait le plein", "20 décembre", "22 000 visiteurs en trois jours."),
            ("/actualites/referendum", "Référendum local : les résultats", "2 mars", "La halle du marché sera rénovée."),
            ("/agenda/forum-des-associations", "Forum des associations", "1er septembre", "150 associations au parc des sports.")]
    home = _home("Argentval, 68 300 habitants, ville nouvelle du Val-d'Oise.",
                 [("/vie-citoyenne", "Vie citoyenne"), (fl + "/", "Argentval Participe"), (fo + "/", "Le forum des habitants"), ("/sondage-proprete", "Sondage propreté"),
                  ("/enquete-jeunesse", "Enquête jeunesse"), ("/contact", "Contact"), ("/newsletter", "Newsletter"), ("/tranquillite-vacances", "Tranquillité vacances")],
                 news, [("14", "avril", "Conseil de quartier Les Touleuses", "Maison de quartier"), ("26", "avril", "Conseil municipal des jeunes", "Hôtel de ville")])
    www_pages = [
        page("/", "Accueil", home),
        page("/vie-citoyenne", "Vie citoyenne", m.p(
            "Conseils de quartier, conseil municipal des jeunes, référendum local, plateforme en ligne et forum des habitants : à Argentval, la participation se vit en "
            "réunion comme en ligne.")
             + m.links([("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier"), ("/vie-citoyenne/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                        ("/actualites/referendum", "Le référendum local de 2025")]),
             {"participation_displayed"}),
        page("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Huit conseils de quartier, composés d'habitants volontaires et tirés au sort, se réunissent quatre fois par an. Ils portent les projets de proximité "
            "et sont consultés sur les travaux."), {"participation_displayed"}, parent=vc),
        page("/vie-citoyenne/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.p(
            "Élus par leurs camarades de CM2 et de 6e, les 33 jeunes conseillers siègent deux ans. Ils ont obtenu cette année une piste de pumptrack au parc François-Mitterrand."),
             {"participation_displayed"}, parent=vc),
        page("/actualites/referendum", "Référendum local : les résultats", m.p(
            "Le 1er mars, les électeurs d'Argentval étaient appelés à se prononcer par référendum local sur la rénovation de la halle du marché. Le oui l'emporte avec 64 % "
            "des suffrages ; la participation atteint 38 %, au-delà du seuil légal.")
             + m.results_bars("Approuvez-vous le projet de rénovation de la halle ?", [("Oui", 64, 8912), ("Non", 36, 5013)], "Scrutin clos."),
             # the city's local referendum (its approach) with results: no way to vote any more
             {"participation_displayed"}, decoys={"poll"}),
        page("/actualites/nouvelle-plateforme", "Argentval lance sa plateforme citoyenne", m.p(
            "Avec Argentval Participe, hébergée par Fluicity, les habitants peuvent proposer des idées, répondre aux sondages et suivre les projets de leur quartier.",
            f"Rendez-vous sur <a href='{fl}/'>argentval.flui.city</a>.")
             + m.jcomments(88, [("Valérie", "10/04", "Bonne initiative, à condition que les idées soient vraiment étudiées."), ("Fred95", "11/04", "Et pour ceux qui n'ont pas de smartphone ?")]),
             {"comments"}, decoys={"participatory_platform", "suggestion_call"}),
        page("/actualites/marche-de-noel", "Le marché de Noël a fait le plein", m.p("Merci aux 80 exposants et aux bénévoles. Rendez-vous l'an prochain !")
             + m.jcomments(61, [("Sandrine", "21/12", "Magnifique édition !")], open_=False),
             # an old thread, closed to new comments
             decoys={"comments"}),
        page("/agenda/forum-des-associations", "Forum des associations", m.p("Le forum des associations se tient le samedi 6 septembre au parc des sports, de 10 h à 18 h."),
             decoys={"forum"}),
        page("/sondage-proprete", "Sondage : la propreté de votre quartier", m.aside(
            m.p("La Ville réorganise les tournées de ramassage. Votre avis compte."), m.joomla_poll(5, "Êtes-vous satisfait de la propreté de votre rue ?", ["Très satisfait", "Plutôt", "Pas du tout"])),
             {"poll"}),
        page("/enquete-jeunesse", "Enquête jeunesse 2025", m.p("Tu as entre 15 et 25 ans ? Dis-nous ce que tu attends de la ville : loisirs, emploi, logement. Questionnaire anonyme.")
             + m.iframe("https://forms.office.com/Pages/ResponsePage.aspx?id=Xk2vArgentvalJeunesse2025&amp;embed=true", "Enquête jeunesse", 1200),
             {"poll"}),
        page("/tranquillite-vacances", "Opération tranquillité vacances", m.p("Partez l'esprit tranquille : la police municipale surveille votre logement pendant votre absence.")
             + '<form class="form-otv" method="post" action="/tranquillite-vacances"><label for="otv-nom">Nom</label><input id="otv-nom" name="nom"><label for="otv-adr">Adresse</label><input id="otv-adr" name="adresse">'
               '<label for="otv-du">Absent du</label><input id="otv-du" name="du" type="date"><label for="otv-au">au</label><input id="otv-au" name="au" type="date">'
               '<label for="otv-rq">Remarques (alarme, clés confiées)</label><textarea id="otv-rq" name="remarques"></textarea><button type="submit">Enregistrer ma demande</button></form>',
             decoys={"contact_form"}),
        page("/newsletter", "Newsletter", m.newsletter_acy(), decoys={"contact_form"}),
        page("/contact", "Contact", m.p("Hôtel de ville - accueil du lundi au samedi.") + m.joomla_contact("/contact"), {"contact_form"}),
    ]
    www = Site(www_host, "brumes_joomla", "Argentval", www_pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Participer en ligne", fl + "/"), ("Forum", fo + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "argentval95"), social("instagram", "argentval_officiel"), social("linkedin", "ville-d-argentval")],
               address="Hôtel de ville, 3 place des Arts, 95000 Argentval")

    fl_pages = [
        page("/", "Argentval Participe", m.p("Proposez, votez, suivez : la participation citoyenne à Argentval.")
             + m.links([("/idees", "Boîte à idées"), ("/sondages/mobilites", "Sondage mobilités"), ("/projets/coeur-de-ville", "Projet Cœur de ville"), ("/evenements", "Événements")])),
        page("/idees", "Boîte à idées", m.p("Une idée pour Argentval ? Publiez-la, les habitants la soutiennent, la mairie y répond.")
             + '<a class="fl-btn fl-btn--primary" href="/connexion">Proposer une idée</a>'
             + '<div class="fl-card fl-card--idea"><a href="/idees/1834"><h3>Des toilettes publiques au parc</h3></a><span class="fl-card__likes">214 soutiens</span><span class="fl-badge">Réponse de la mairie</span></div>'
             + '<div class="fl-card fl-card--idea"><h3>Un cinéma en plein air l\'été</h3><span class="fl-card__likes">131 soutiens</span></div>',
             {"suggestion_call"}),
        page("/idees/1834", "Des toilettes publiques au parc", m.p("Idée de Sabrina L. : des sanitaires ouverts le week-end au parc François-Mitterrand.")
             + '<div class="fl-official-answer"><b>Réponse de la mairie</b><p>Des toilettes autonettoyantes seront installées à l\'automne.</p></div>'
             + '<div class="fl-comments"><div class="fl-comment"><b>Hugo</b> Enfin !</div><form class="fl-comment-form" method="post" action="/connexion"><textarea name="comment" placeholder="Écrire un commentaire"></textarea><button type="submit">Commenter</button></form></div>',
             {"suggestion_call", "comments"}),
        page("/sondages/mobilites", "Sondage : vos déplacements", m.p("Trois questions pour préparer le plan de mobilité.")
             + '<form class="fl-survey" method="post" action="/connexion"><fieldset><legend>Comment venez-vous au centre ?</legend><label><input type="radio" name="q1" value="bus"> Bus</label><label><input type="radio" name="q1" value="velo"> Vélo</label><label><input type="radio" name="q1" value="voiture"> Voiture</label></fieldset><button type="submit">Répondre</button></form>',
             {"poll"}),
        page("/projets/coeur-de-ville", "Projet Cœur de ville", m.p("Le réaménagement du centre : calendrier, réunions publiques et documents. Posez vos questions en commentaire.")
             + '<form class="fl-comment-form" method="post" action="/connexion"><textarea name="comment" placeholder="Votre question"></textarea><button type="submit">Publier</button></form>',
             {"participation_displayed", "comments"}),
        page("/evenements", "Événements", m.ul(["Atelier Cœur de ville - 22 avril", "Balade du conseil de quartier des Linandes - 3 mai"]), {"participation_displayed"}),
    ]
    flsite = Site(fl_host, "brumes_fluicity", "Argentval Participe", fl_pages,
                  menu=[("Accueil", "/"), ("Idées", "/idees"), ("Événements", "/evenements")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))

    def topic_row(href, t, n, last):
        link = f'<a href="{href}" class="title raw-link raw-topic-link" itemprop="url">{t}</a>' if href else f'<span class="title">{t}</span>'
        return f'<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement">{link}</td><td class="replies"><span class="posts">{n}</span></td><td class="views">{last}</td></tr>'
    topics = ('<div class="topic-list"><table><thead><tr><th>Sujet</th><th>Réponses</th><th>Activité</th></tr></thead><tbody>'
              + topic_row("/t/stationnement-rue-carnot/123", "Stationnement rue Carnot : ça devient impossible", 27, "2 h")
              + topic_row("/t/bruit-du-chantier-des-linandes/124", "Bruit du chantier des Linandes", 11, "1 j")
              + topic_row("", "Recherche club de course à pied", 5, "3 j") + "</tbody></table></div>")
    post = lambda n, a, d, t: (f'<div id="post_{n}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post"><div class="crawler-post-meta">'
                               f'<span class="creator" itemprop="author"><span itemprop="name">{a}</span></span><time itemprop="datePublished" class="post-time">{d}</time></div>'
                               f'<div class="post" itemprop="text"><p>{t}</p></div></div>')
    fo_pages = [
        page("/", "Le forum des habitants", m.p("Forum ouvert aux habitants d'Argentval, modéré par des bénévoles. La mairie y répond dans la catégorie « Questions à la mairie ».") + topics),
        page("/categories", "Catégories", m.ul(['<a href="/c/quartiers/5">Vie des quartiers</a> — 214 sujets', "Questions à la mairie — 88 sujets", "Entraide — 156 sujets"])),
        page("/c/quartiers/5", "Vie des quartiers", topics),
        page("/t/stationnement-rue-carnot/123", "Stationnement rue Carnot : ça devient impossible",
             post(1, "Julien_A", "8 avril", "Depuis la fermeture du parking de la gare, on tourne 20 minutes le soir.")
             + post(2, "Cathy95", "8 avril", "Pareil rue Pasteur. Un parking résidentiel est-il prévu ?") + post(3, "Mairie_Argentval", "9 avril", "Le parking rouvre le 2 mai après travaux.")),
        page("/t/bruit-du-chantier-des-linandes/124", "Bruit du chantier des Linandes",
             post(1, "Nora", "5 avril", "Les marteaux-piqueurs démarrent à 7 h, même le samedi.") + post(2, "Phil", "6 avril", "Les horaires autorisés sont 7 h 30 - 19 h en semaine.")),
    ]
    fosite = Site(fo_host, "brumes_discourse", "Forum des habitants d'Argentval", fo_pages,
                  menu=[("Derniers sujets", "/"), ("Catégories", "/categories")], features=frozenset({"forum"}))
    return _city("99625", "Argentval", 68300, "95", f"http://{www_host}/", [www, flsite, fosite])


# =========================================================================================================
# 99626 Clairval-sur-Seine: TYPO3 + Go Vocal
# =========================================================================================================

def clairval() -> City:
    www_host, gv_host = "www.clairval-sur-seine.fr", "clairval.govocal.com"
    gv = f"http://{gv_host}"
    pa = ("Participer", "/participer")
    news = [("/actualites/enquete-velo", "Plan vélo : répondez à l'enquête", "11 avril", "Dix questions pour dessiner le réseau cyclable."),
            ("/actualites/mediatheque-nocturnes", "La médiathèque ouvre en nocturne", "4 avril", "Jusqu'à 21 h le jeudi."),
            ("/actualites/debat-public-port", "Débat public sur le port fluvial", "28 mars", "La CNDP organise le débat jusqu'en juillet."),
            ("/actualites/budget-departemental", "Le Département lance son budget citoyen", "21 mars", "Des projets pour les collèges.")]
    home = _home("Clairval-sur-Seine, 63 100 habitants, dans une boucle de la Seine des Hauts-de-Seine.",
                 [("/participer", "Clairval participe"), (gv + "/fr-FR/", "La plateforme citoyenne"), ("/participer/boite-a-idees", "Boîte à idées"),
                  ("/contact", "Contact"), ("/actualites/budget-participatif-2023-bilan", "Bilan du budget 2023"), ("/emploi", "Offres d'emploi")],
                 news, [("16", "avril", "Atelier Rives de Seine", "Maison des projets"), ("23", "avril", "Conseil de quartier Plateau", "École Brossolette")])
    www_pages = [
        page("/", "Accueil", home),
        page("/participer", "Clairval participe", m.p(
            "La participation citoyenne est au cœur du projet municipal : cinq conseils de quartier, une maison des projets, des concertations sur chaque aménagement "
            "et une plateforme en ligne où proposer, voter et pétitionner.")
             + m.links([("/participer/conseils-de-quartier", "Les conseils de quartier"), ("/participer/concertation-rives-de-seine", "La concertation Rives de Seine"),
                        ("/participer/boite-a-idees", "La boîte à idées"), (gv + "/fr-FR/", "La plateforme Clairval participe")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Cinq conseils de quartier de 30 membres (moitié volontaires, moitié tirés au sort) se réunissent chaque trimestre. Ils rendent des avis sur les projets "
            "et gèrent un fonds d'initiatives de quartier."), {"participation_displayed"}, parent=pa),
        page("/participer/concertation-rives-de-seine", "La concertation Rives de Seine", m.p(
            "La ZAC Rives de Seine transformera 12 hectares d'anciens entrepôts. La Ville mène une concertation préalable : exposition à la maison des projets, ateliers "
            "thématiques, balades et un cahier de contributions.", "Le bilan sera présenté au conseil municipal en septembre."),
             {"participation_displayed"}, parent=pa),
        page("/participer/boite-a-idees", "La boîte à idées", m.p("Proposez vos idées pour améliorer la vie à Clairval : elles sont étudiées par les services et présentées en conseil de quartier.")
             + m.powermail(21, "/participer/boite-a-idees", [("Votre nom", "nom", "text", ()), ("Votre e-mail", "email", "email", ()),
                                                              ("Thème", "theme", "radio", ("Cadre de vie", "Solidarité", "Culture et sport")), ("Votre idée", "idee", "textarea", ())], "Envoyer mon idée"),
             # an idea box addressed to the city: a call for suggestions and a free-text message form
             {"suggestion_call", "contact_form"}, parent=pa),
        page("/contact", "Contact", m.p("Mairie de Clairval-sur-Seine, standard 01 47 00 00 00.")
             + m.powermail(3, "/contact", [("Nom", "nom", "text", ()), ("E-mail", "email", "email", ()), ("Objet", "objet", "text", ()), ("Message", "message", "textarea", ())]),
             {"contact_form"}),
        page("/actualites/enquete-velo", "Plan vélo : répondez à l'enquête", m.p("Vous êtes cycliste, ou aimeriez l'être ? Aidez-nous à définir les itinéraires prioritaires.")
             + m.tally("wMbR7q", "Enquête plan vélo Clairval"), {"poll"}),
        page("/actualites/mediatheque-nocturnes", "La médiathèque ouvre en nocturne", m.p("Le jeudi, la médiathèque Aragon reste ouverte jusqu'à 21 h. Qu'en pensez-vous ?")
             + m.disqus("clairval-sur-seine", "actu-1841", f"http://{www_host}/actualites/mediatheque-nocturnes"), {"comments"}),
        page("/actualites/debat-public-port", "Débat public sur le port fluvial", m.p(
            "La Commission nationale du débat public organise jusqu'en juillet le débat public sur le projet de port fluvial porté par Haropa. Réunions, cahiers d'acteurs "
            "et questions se déposent sur le site du débat.", "La Ville fera connaître sa position dans un cahier d'acteur."),
             decoys={"participation_displayed", "participatory_platform"}),
        page("/actualites/budget-departemental", "Le Département lance son budget citoyen", m.p(
            "Le Département des Hauts-de-Seine ouvre un budget citoyen pour les collèges : élèves et parents déposent des projets sur le site départemental."),
             decoys={"participatory_budget"}),
        page("/actualites/budget-participatif-2023-bilan", "Budget participatif 2023 : le bilan", m.p(
            "Les 14 projets lauréats de l'édition 2023 sont réalisés : city-stade des Fauvelles, jardin partagé du Plateau, bancs connectés. Merci aux 5 400 votants !")
             + m.results_bars("Les trois projets les plus votés", [("City-stade des Fauvelles", 31, 1674), ("Jardin partagé du Plateau", 24, 1296), ("Bancs ombragés quai Sisley", 18, 972)], "Vote clos en octobre 2023."),
             decoys={"participatory_budget", "poll"}),
        page("/emploi", "Offres d'emploi", m.p("La Ville recrute des animateurs périscolaires et un chargé de participation citoyenne (catégorie A).")
             + m.powermail(9, "/emploi", [("Nom", "nom", "text", ()), ("Poste", "poste", "text", ()), ("Message de motivation", "motivation", "textarea", ())], "Envoyer ma candidature"),
             decoys={"contact_form", "participation_displayed"}),
    ]
    www = Site(www_host, "brumes_typo3", "Clairval-sur-Seine", www_pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Plateforme", gv + "/fr-FR/"), ("Contact", "/contact")],
               accounts=[social("facebook", "ClairvalSurSeine"), social("instagram", "clairvalsurseine"), social("youtube", "clairvalsurseine"),
                         social("mastodon", "clairval@social.numerique.gouv.fr")],
               address="Mairie, 2 place Charles-de-Gaulle, 92600 Clairval-sur-Seine")

    bp = "/fr-FR/projects/budget-participatif-2025"
    card = lambda href, t, meta: f'<div class="e2e-project-card"><a href="{href}"><h3 class="e2e-project-card-project-title">{t}</h3></a><p class="e2e-project-card-meta">{meta}</p></div>'
    gv_pages = [
        page("/fr-FR/", "Clairval participe", m.p("Bienvenue sur la plateforme participative de Clairval-sur-Seine.")
             + card("/fr-FR/projects", "Tous les projets", "5 projets en cours") + m.links([("/fr-FR/proposals", "Propositions citoyennes"), ("/fr-FR/events", "Événements")])),
        page("/fr-FR/projects", "Projets", card(bp, "Budget participatif 2025", "Phase : dépôt des idées")
             + card("/fr-FR/projects/enquete-bords-de-seine", "Enquête : les bords de Seine", "Enquête ouverte")
             + card("/fr-FR/projects/plan-vegetalisation", "Plan de végétalisation", "Idées bienvenues")),
        page(bp, "Budget participatif 2025", m.p("750 000 € pour vos idées. Déposez une idée jusqu'au 15 mai ; le vote aura lieu en novembre.")
             + '<div class="e2e-timeline"><span class="current">1. Dépôt des idées</span> <span>2. Analyse</span> <span>3. Vote</span></div>'
             + '<a id="e2e-idea-button" class="e2e-idea-button" href="/fr-FR/sign-in">Soumettre une idée</a>'
             + '<div class="e2e-idea-card"><a href="/fr-FR/ideas/bancs-ombrages-quai-sisley"><h3>Bancs ombragés quai Sisley</h3></a><span class="e2e-ideacard-upvote-count">96</span></div>',
             {"participatory_budget", "suggestion_call"}),
        page("/fr-FR/ideas/bancs-ombrages-quai-sisley", "Bancs ombragés quai Sisley", m.p("Des bancs sous pergola le long du quai pour les promeneurs et les personnes âgées.")
             + '<button class="e2e-reaction-like">J\'aime (96)</button><div id="e2e-comments"><div class="e2e-comment"><b>Paul R.</b><p>Oui, et des fontaines !</p></div>'
               '<form id="e2e-comment-form"><textarea id="e2e-parent-comment-text-area" aria-label="Écrire un commentaire"></textarea><button type="submit">Publier</button></form></div>',
             {"participatory_budget", "suggestion_call", "comments"}),
        page("/fr-FR/projects/enquete-bords-de-seine", "Enquête : les bords de Seine", m.p("Comment utilisez-vous les bords de Seine ? 8 questions, 5 minutes.")
             + '<form id="e2e-survey-form" class="e2e-native-survey"><fieldset><legend>À quelle fréquence venez-vous sur les quais ?</legend><label><input type="radio" name="freq"> Chaque jour</label><label><input type="radio" name="freq"> Chaque semaine</label><label><input type="radio" name="freq"> Rarement</label></fieldset><button type="submit">Envoyer</button></form>',
             {"poll"}),
        page("/fr-FR/projects/plan-vegetalisation", "Plan de végétalisation", m.p("Où planter les 2 000 arbres du mandat ? Placez vos idées sur la carte et commentez celles des autres.")
             + '<a class="e2e-idea-button" href="/fr-FR/sign-in">Ajouter une idée</a>', {"suggestion_call"}),
        page("/fr-FR/proposals", "Propositions citoyennes", m.p("Une proposition qui recueille 800 votes en 90 jours reçoit une réponse officielle du conseil municipal.")
             + '<a class="e2e-initiative-button" href="/fr-FR/sign-in">Lancer une proposition</a>'
             + '<div class="e2e-initiative-card"><a href="/fr-FR/proposals/rue-aux-enfants-ecole-brossolette"><h3>Une rue aux enfants devant l\'école Brossolette</h3></a><span>512 / 800 votes</span></div>',
             # Go Vocal proposals: residents start them and gather votes up to a threshold
             {"petition"}),
        page("/fr-FR/proposals/rue-aux-enfants-ecole-brossolette", "Une rue aux enfants devant l'école Brossolette", m.p("Fermer la rue à la circulation aux heures d'entrée et de sortie des classes.")
             + '<button class="e2e-initiative-upvote-button">Voter pour cette proposition</button><p>512 votes sur 800 nécessaires · 41 jours restants</p>',
             {"petition"}),
        page("/fr-FR/events", "Événements", m.ul(["Atelier budget participatif - 24 avril, maison des projets", "Balade Rives de Seine - 10 mai"]), {"participation_displayed"}),
    ]
    gvsite = Site(gv_host, "brumes_govocal", "Clairval participe", gv_pages,
                  menu=[("Accueil", "/fr-FR/"), ("Projets", "/fr-FR/projects"), ("Propositions", "/fr-FR/proposals")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return _city("99626", "Clairval-sur-Seine", 63100, "92", f"http://{www_host}/", [www, gvsite])


# =========================================================================================================
# 99627 Corbelles-Essonnes: WordPress (Divi) + Jenparle + a Make.org consultation embed
# =========================================================================================================

def corbelles() -> City:
    www_host, jp_host = "www.corbelles-essonnes.fr", "corbelles.jenparle.net"
    jp = f"http://{jp_host}"
    dp = ("Démocratie participative", "/democratie-participative/")
    news = [("/actualites/piste-cyclable-rn7/", "Piste cyclable de la RN7 : les travaux commencent", "9 avril", "Quatre mois de chantier."),
            ("/actualites/enquete-transports/", "Transports : votre avis sur les bus", "2 avril", "Un questionnaire de 5 minutes."),
            ("/actualites/brocante-de-printemps/", "Brocante de printemps", "27 mars", "300 exposants le 18 mai."),
            ("/actualites/enquete-publique-zac/", "ZAC du Moulin : enquête publique", "20 mars", "Le commissaire enquêteur tient permanence.")]
    home = _home("Corbelles-Essonnes, 54 800 habitants, en Essonne, au bord de la Seine et de l'Essonne.",
                 [("/democratie-participative/", "Démocratie participative"), (jp + "/", "Jenparle Corbelles"), ("/vos-suggestions/", "Vos suggestions"),
                  ("/grande-consultation/", "La grande consultation"), ("/contact/", "Contact"), ("/recrutement/", "Recrutement")],
                 news, [("17", "avril", "Conseil de quartier Montconseil", "Salle Pablo-Neruda"), ("24", "avril", "Conseil des sages", "Hôtel de ville")])
    www_pages = [
        page("/", "Accueil", home),
        page("/democratie-participative/", "Démocratie participative", m.p(
            "Conseils de quartier, conseil des sages, consultations en ligne sur Jenparle, budget participatif : la Ville associe les habitants aux décisions qui les concernent.",
            "Une élue, adjointe à la démocratie participative, et une équipe de trois agents coordonnent la démarche.")
             + m.links([("/conseils-de-quartier/", "Conseils de quartier"), ("/conseil-des-sages/", "Conseil des sages"), (jp + "/", "Participer sur Jenparle")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/conseils-de-quartier/", "Conseils de quartier", m.p(
            "Six conseils de quartier se réunissent en séance publique. Ils sont consultés sur les aménagements et disposent chacun de 20 000 euros par an."),
             {"participation_displayed"}, parent=dp),
        page("/conseil-des-sages/", "Conseil des sages", m.p(
            "Le conseil des sages rassemble 24 retraités qui mettent leur expérience au service de la ville : mémoire locale, intergénération, mobilité."),
             {"participation_displayed"}, parent=dp),
        page("/vos-suggestions/", "Vos suggestions", m.p("Une suggestion pour améliorer votre ville ? Écrivez-nous : chaque proposition reçoit une réponse.")
             + m.ninja(4, [("Nom", "textbox"), ("E-mail", "email"), ("Votre suggestion", "textarea")], "Envoyer ma suggestion"),
             # a "vos suggestions" form addressed to the city: a call for suggestions and a free-text message form
             {"suggestion_call", "contact_form"}),
        page("/grande-consultation/", "La grande consultation : quelle ville en 2035 ?", m.p(
            "Avec Make.org, la Ville lance une grande consultation ouverte à tous : proposez vos idées et votez pour celles des autres (d'accord, pas d'accord, neutre).")
             + m.iframe("https://make.org/FR/consultation/corbelles-2035/selection?widget=1", "Consultation Make.org - Corbelles 2035", 760, "make-widget"),
             # the platform's consultation is embedded in the page: proposals open to all
             {"participatory_platform", "suggestion_call"}, platforms={"makeorg"}),
        page("/actualites/piste-cyclable-rn7/", "Piste cyclable de la RN7 : les travaux commencent", m.aside(
            m.p("Le Département aménage une piste cyclable bidirectionnelle sur la RN7 entre le centre et la gare.") + m.fb_comments(f"http://{www_host}/actualites/piste-cyclable-rn7/"),
            '<div class="et_pb_widget widget_democracy"><h4 class="widgettitle">Sondage</h4>' + m.democracy_poll(3, "Utiliserez-vous la nouvelle piste ?", ["Tous les jours", "De temps en temps", "Jamais"]) + "</div>"),
             {"comments", "poll"}),
        page("/actualites/enquete-transports/", "Transports : votre avis sur les bus", m.p("Fréquence, horaires, arrêts : répondez au questionnaire de la Ville avant le 30 avril.")
             + m.iframe("https://docs.google.com/forms/d/e/1FAIpQLSc0rbEll3sTransp0rts2025/viewform?embedded=true", "Questionnaire transports", 1400),
             {"poll"}),
        page("/actualites/brocante-de-printemps/", "Brocante de printemps", m.p("300 exposants, centre-ville piéton de 7 h à 18 h. Inscriptions closes.")
             + m.wp_comments(512, [("Josiane", "28 mars", "Y aura-t-il des stands pour les enfants ?"), ("Ville de Corbelles", "28 mars", "Oui, un espace jeux place de la Mairie.")]),
             {"comments"}),
        page("/actualites/enquete-publique-zac/", "ZAC du Moulin : enquête publique", m.p(
            "Par arrêté préfectoral, une enquête publique sur la ZAC du Moulin est ouverte du 2 au 30 avril. Le dossier et le registre sont consultables en mairie et sur le site de la préfecture de l'Essonne.",
            "Le journal <a href='https://www.facebook.com/leparisienessonne'>Le Parisien Essonne</a> a publié une présentation du projet."),
             # the prefect's statutory enquiry, not the city's participatory approach nor a questionnaire
             decoys={"participation_displayed", "poll"}),
        page("/actualites/jenparle-budget/", "Budget participatif : c'est parti sur Jenparle", m.p(
            "La deuxième édition du budget participatif est lancée. Toutes les informations sont sur Jenparle."),
             decoys={"participatory_budget", "participatory_platform"}),
        page("/recrutement/", "Recrutement", m.p("Candidatez en ligne à nos offres d'emploi ou adressez une candidature spontanée.")
             + m.gravity(6, "/recrutement/", [("Nom", "text", ()), ("E-mail", "email", ()), ("Poste souhaité", "text", ()), ("Motivation", "textarea", ())], "Candidater", "Candidature"),
             decoys={"contact_form", "suggestion_call"}),
        page("/contact/", "Contact", m.p("Posez votre question aux services municipaux.")
             + m.gravity(1, "/contact/", [("Nom", "text", ()), ("E-mail", "email", ()), ("Service", "radio", ("Accueil", "Urbanisme", "Enfance")), ("Message", "textarea", ())]),
             {"contact_form"}),
    ]
    www = Site(www_host, "brumes_divi", "Corbelles-Essonnes", www_pages,
               menu=[("Accueil", "/"), ("Démocratie participative", "/democratie-participative/"), ("Actualités", "/actualites/jenparle-budget/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "corbellesessonnes"), social("x", "Corbelles91", "https://twitter.com/Corbelles91"), social("instagram", "corbelles.essonnes")],
               address="Hôtel de ville, 2 place Galignani, 91100 Corbelles-Essonnes")

    jp_pages = [
        page("/", "Jenparle Corbelles-Essonnes", m.p("L'espace de participation des Corbellois : consultations, sondages, idées et budget participatif.")
             + m.links([("/consultations", "Consultations"), ("/idees", "Idées"), ("/budget-participatif", "Budget participatif"), ("/sondages/horaires-mairie", "Sondage : horaires de la mairie")])),
        page("/consultations", "Consultations", m.links([("/consultations/parc-des-sports", "Réaménagement du parc des sports (en cours)")])
             + m.p("Consultation terminée : nom du nouveau groupe scolaire (résultats publiés).")),
        page("/consultations/parc-des-sports", "Consultation : réaménagement du parc des sports", m.p("Répondez aux 6 questions sur les futurs équipements du parc.")
             + '<form class="jp-consultation" method="post" action="/compte/connexion"><fieldset><legend>Quel équipement manque le plus ?</legend><label><input type="checkbox" name="q1[]" value="fitness"> Agrès de fitness</label><label><input type="checkbox" name="q1[]" value="skate"> Skatepark</label><label><input type="checkbox" name="q1[]" value="piste"> Piste d\'athlétisme</label></fieldset><button type="submit">Valider</button></form>',
             {"poll"}),
        page("/idees", "Idées", m.p("Partagez vos idées pour Corbelles ; les plus soutenues sont étudiées par la municipalité.")
             + '<a class="jp-btn" href="/compte/connexion">Proposer une idée</a><div class="jp-idee"><a href="/idees/57"><h3>Navette électrique vers la gare</h3></a><span>88 soutiens</span></div>',
             {"suggestion_call"}),
        page("/idees/57", "Navette électrique vers la gare", m.p("Une navette gratuite entre le plateau et la gare aux heures de pointe.")
             + '<div class="jp-commentaires"><p><b>Lina</b> : indispensable pour les lycéens.</p><form method="post" action="/compte/connexion"><textarea name="commentaire" aria-label="Votre commentaire"></textarea><button type="submit">Commenter</button></form></div>',
             {"suggestion_call", "comments"}),
        page("/budget-participatif", "Budget participatif 2025", m.p("400 000 € pour des projets d'habitants. Vote du 1er au 31 mai : choisissez 3 projets.")
             + m.links([("/budget-participatif/projets", "Voir les projets et voter")]), {"participatory_budget"}),
        page("/budget-participatif/projets", "Projets soumis au vote", "".join(
            f'<div class="jp-projet"><h3>{t}</h3><p>{c} €</p><a class="jp-btn" href="/compte/connexion">Voter</a></div>'
            for t, c in [("Fresque du passage Galignani", "18 000"), ("Jardin des senteurs", "42 000"), ("Tables de pique-nique en bord d'Essonne", "9 000")]),
             {"participatory_budget"}),
        page("/sondages/horaires-mairie", "Sondage : les horaires de la mairie", m.p("Faut-il ouvrir l'accueil le samedi après-midi ?")
             + '<form class="jp-sondage" method="post" action="/compte/connexion"><label><input type="radio" name="r" value="oui"> Oui</label><label><input type="radio" name="r" value="non"> Non</label><button type="submit">Voter</button></form>',
             {"poll"}),
    ]
    jpsite = Site(jp_host, "brumes_jenparle", "Corbelles-Essonnes", jp_pages,
                  menu=[("Accueil", "/"), ("Consultations", "/consultations"), ("Idées", "/idees"), ("Budget participatif", "/budget-participatif")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}))
    return _city("99627", "Corbelles-Essonnes", 54800, "91", f"http://{www_host}/", [www, jpsite],
                 decoy_accounts=("https://www.facebook.com/leparisienessonne",))


# =========================================================================================================
# 99628 Chanteval-sur-Seine: proprietary CMS + id-city + a petitions space
# =========================================================================================================

def chanteval() -> City:
    www_host, idc_host, pet_host = "www.chanteval-sur-seine.fr", "chanteval.id-city.com", "petitions.chanteval-sur-seine.fr"
    idc, pet = f"http://{idc_host}", f"http://{pet_host}"
    pa = ("Participation", "/participation")
    news = [("/actualites/sondage-marche", "Le marché du dimanche : votre avis", "10 avril", "Un sondage de 2 minutes."),
            ("/actualites/questionnaire-seniors", "Seniors : un questionnaire pour mieux vous accompagner", "3 avril", "Portage de repas, transport, loisirs."),
            ("/actualites/tram-t13", "Tram T13 : concertation sur le prolongement", "26 mars", "Île-de-France Mobilités consulte jusqu'en mai."),
            ("/actualites/forum-emploi", "Forum emploi et alternance", "19 mars", "Le 24 avril à l'espace Lumière.")]
    home = _home("Chanteval-sur-Seine, 51 400 habitants, dans les Yvelines, au bord de la Seine.",
                 [("/participation", "Participer"), (idc + "/", "Chanteval Ensemble"), (pet + "/", "Pétitions citoyennes"), ("/contact", "Écrire à la mairie"),
                  ("/actualites/budget-participatif-bilan", "Budget participatif : le bilan"), ("/actualites/region-lycees", "Lycées : la Région consulte")],
                 news, [("15", "avril", "Conseil de quartier Centre", "Salle des mariages"), ("29", "avril", "Réunion publique PLU", "Espace Lumière")])
    www_pages = [
        page("/", "Accueil", home),
        page("/participation", "Participer à la vie locale", m.p(
            "À Chanteval, la participation passe par les conseils de quartier, les comités consultatifs, une plateforme en ligne (Chanteval Ensemble) et un droit "
            "de pétition : 750 signatures d'habitants suffisent pour saisir le conseil municipal.")
             + m.links([("/participation/conseils-de-quartier", "Les conseils de quartier"), ("/participation/comites-consultatifs", "Les comités consultatifs"),
                        (idc + "/", "Chanteval Ensemble"), (pet + "/", "L'espace pétitions")]),
             {"participation_displayed"}, decoys={"participatory_platform", "petition"}),
        page("/participation/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Quatre conseils de quartier, animés par des habitants co-présidents aux côtés d'un élu. Ordre du jour ouvert, séances publiques, comptes rendus en ligne."),
             {"participation_displayed"}, parent=pa),
        page("/participation/comites-consultatifs", "Les comités consultatifs", m.p(
            "Comité vélo, comité des usagers de la restauration scolaire, commission accessibilité : ces comités ouverts aux habitants rendent des avis au maire."),
             {"participation_displayed"}, parent=pa),
        page("/actualites/sondage-marche", "Le marché du dimanche : votre avis", m.p("Horaires, emplacement, commerçants : dites-nous comment améliorer le marché.")
             + m.typeform("ChVmarche25", "Sondage marché"), {"poll"}),
        page("/actualites/questionnaire-seniors", "Seniors : un questionnaire pour mieux vous accompagner", m.p("Le CCAS interroge les Chantevalois de plus de 65 ans. Réponse en ligne ou sur papier en mairie.")
             + m.iframe("https://enquetes.chanteval-sur-seine.fr/index.php/482915?lang=fr", "Questionnaire seniors (LimeSurvey)", 1100), {"poll"}),
        page("/actualites/tram-t13", "Tram T13 : concertation sur le prolongement", m.p(
            "Île-de-France Mobilités organise la concertation sur le prolongement du tram T13 jusqu'en mai : réunions publiques et contributions sur le site de la concertation."),
             decoys={"participation_displayed", "suggestion_call"}),
        page("/actualites/forum-emploi", "Forum emploi et alternance", m.p("Rencontrez 50 recruteurs le 24 avril de 9 h à 13 h à l'espace Lumière."), decoys={"forum"}),
        page("/actualites/budget-participatif-bilan", "Budget participatif : le bilan", m.p(
            "La première et unique édition du budget participatif (2021-2023) s'achève : les 9 projets lauréats sont livrés. La municipalité a choisi de consacrer "
            "désormais cette enveloppe aux conseils de quartier.")
             + m.results_bars("Projets lauréats", [("Passerelle du ru", 22, 880), ("Verger des Grillons", 19, 760)], "Vote clos."),
             decoys={"participatory_budget", "poll"}),
        page("/actualites/region-lycees", "Lycées : la Région consulte", m.p(
            "La Région Île-de-France invite lycéens et parents à proposer leurs idées pour les lycées de demain sur son site. Le lycée Condorcet est concerné par la rénovation."),
             decoys={"suggestion_call", "participatory_platform"}),
        page("/contact", "Écrire à la mairie", m.p("Vous recevrez un accusé de réception par e-mail.")
             + '<form class="blk-form" id="form-contact" method="post" action="/contact"><div class="blk-field"><label for="f-civ">Civilité</label><select id="f-civ" name="civilite"><option>Madame</option><option>Monsieur</option></select></div>'
               '<div class="blk-field"><label for="f-nom">Nom</label><input id="f-nom" name="nom"></div><div class="blk-field"><label for="f-mail">E-mail</label><input id="f-mail" name="mail" type="email"></div>'
               '<div class="blk-field"><label for="f-demande">Votre demande</label><textarea id="f-demande" name="demande" rows="6"></textarea></div><div class="blk-captcha"><label for="f-cap">Recopiez le code</label><input id="f-cap" name="captcha"></div><input type="submit" value="Envoyer"></form>',
             {"contact_form"}),
    ]
    www = Site(www_host, "brumes_kiosque", "Chanteval-sur-Seine", www_pages,
               menu=[("Accueil", "/"), ("Participation", "/participation"), ("Chanteval Ensemble", idc + "/"), ("Pétitions", pet + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "chantevalsurseine"), social("instagram", "chanteval78"), social("linkedin", "mairie-chanteval-sur-seine"),
                         social("youtube", "ChantevalTV")],
               address="Hôtel de ville, 1 rue de la Mairie, 78500 Chanteval-sur-Seine")

    idc_pages = [
        page("/", "Chanteval Ensemble", m.p("Consultations, boîte à idées, budget des quartiers et signalements : votre espace citoyen.")
             + m.links([("/consultations/berges", "Consultation : les berges"), ("/idees", "Boîte à idées"), ("/budget-des-quartiers", "Budget des quartiers"), ("/signaler", "Signaler un problème")])),
        page("/consultations/berges", "Consultation : l'aménagement des berges", m.p("Quatre questions sur la future promenade des berges de Seine.")
             + '<form class="idc-consultation" method="post" action="/connexion"><fieldset><legend>Quelle ambiance souhaitez-vous ?</legend><label><input type="radio" name="q1" value="nature"> Naturelle</label><label><input type="radio" name="q1" value="anime"> Animée</label></fieldset><button type="submit">Participer</button></form>',
             {"poll"}),
        page("/idees", "Boîte à idées", m.p("Déposez une idée ; la mairie publie sa réponse sous un mois.")
             + '<a class="idc-btn" href="/connexion">Déposer une idée</a><ul class="idc-idees"><li>Un composteur collectif aux Grillons — 45 soutiens</li><li>Une boîte à livres à la gare — 31 soutiens</li></ul>',
             {"suggestion_call"}),
        page("/budget-des-quartiers", "Budget des quartiers", m.p("Chaque conseil de quartier dispose de 25 000 € : les habitants proposent puis votent les projets de leur quartier. Vote ouvert jusqu'au 20 mai.")
             + '<div class="idc-projet"><h3>Table de ping-pong square Colette</h3><a class="idc-btn" href="/connexion">Voter</a></div>',
             {"participatory_budget"}),
        page("/signaler", "Signaler un problème", m.p("Éclairage, voirie, propreté : décrivez le problème, la mairie vous tient informé.")
             + '<form class="idc-signalement" method="post" action="/signaler"><label for="s-cat">Catégorie</label><select id="s-cat" name="categorie"><option>Voirie</option><option>Propreté</option></select>'
               '<label for="s-desc">Description</label><textarea id="s-desc" name="description"></textarea><label for="s-mail">E-mail</label><input id="s-mail" name="email" type="email"><button type="submit">Envoyer</button></form>',
             # a free-text message to the city's services
             {"contact_form"}),
    ]
    idsite = Site(idc_host, "brumes_idcity", "Chanteval Ensemble", idc_pages,
                  menu=[("Accueil", "/"), ("Idées", "/idees"), ("Budget des quartiers", "/budget-des-quartiers")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"idcity"}))

    sign = ('<form class="petition-sign card p-3" method="post" action="/connexion"><label class="form-label" for="p-nom">Nom</label><input class="form-control" id="p-nom" name="nom">'
            '<label class="form-label" for="p-mail">E-mail</label><input class="form-control" id="p-mail" name="email" type="email"><div class="form-check"><input class="form-check-input" type="checkbox" id="p-res" name="resident"><label class="form-check-label" for="p-res">Je certifie habiter Chanteval-sur-Seine</label></div>'
            '<button class="btn btn-primary" type="submit">Signer la pétition</button></form>')
    pet_pages = [
        page("/", "Pétitions citoyennes", m.p("Lancez ou signez une pétition. À 750 signatures, le sujet est inscrit à l'ordre du jour du conseil municipal.")
             + '<a class="btn btn-success" href="/petitions/nouvelle">Lancer une pétition</a>'
             + '<div class="card"><a href="/petitions/12"><h3 class="h5">Un skatepark aux Grillons</h3></a><div class="progress"><div class="progress-bar" style="width:61%">458 / 750</div></div></div>'
             + '<div class="card"><a href="/petitions/7"><h3 class="h5">Éclairage du chemin de halage (close)</h3></a></div>',
             {"petition"}),
        page("/petitions/12", "Un skatepark aux Grillons", m.p("Les jeunes du quartier demandent un skatepark sur le terrain vague derrière le gymnase. 458 signatures.") + sign,
             {"petition"}),
        page("/petitions/nouvelle", "Lancer une pétition", m.p("Votre pétition doit concerner une compétence de la commune. Elle est publiée après vérification de recevabilité.")
             + '<form method="post" action="/petitions/nouvelle"><label for="np-t">Titre</label><input id="np-t" name="titre" class="form-control"><label for="np-x">Texte de la pétition</label><textarea id="np-x" name="texte" class="form-control"></textarea><button class="btn btn-primary" type="submit">Soumettre</button></form>',
             {"petition"}),
        page("/petitions/7", "Éclairage du chemin de halage (close)", m.p("Pétition close le 15 janvier avec 812 signatures. Réponse du conseil municipal du 6 février : l'éclairage sera posé en 2026."),
             # a closed petition's outcome on the petitions space: nobody can sign it any more
             decoys={"petition"}),
        page("/reglement", "Règlement du droit de pétition", m.p(
            "Article 1 : toute personne de plus de 16 ans résidant à Chanteval peut déposer une pétition. Article 2 : la pétition reste ouverte quatre mois. "
            "Article 3 : au-delà de 750 signatures, le maire inscrit la question au conseil municipal."),
             # the rules of the petitions space: no petition to start or sign on this page
             decoys={"petition"}),
    ]
    petsite = Site(pet_host, "brumes_petitions", "Pétitions - Chanteval-sur-Seine", pet_pages,
                   menu=[("Pétitions", "/"), ("Lancer une pétition", "/petitions/nouvelle"), ("Règlement", "/reglement")])
    return _city("99628", "Chanteval-sur-Seine", 51400, "78", f"http://{www_host}/", [www, idsite, petsite])


def cities():
    return [bondival(), nantelles(), gennevaux(), ivrac(), argentval(), clairval(), corbelles(), chanteval()]


def hosts():
    """The custom platform of Ivrac-sur-Seine: an application shell filled by a script from a JSON API."""
    return {_IVRAC_BUDGET: _ScriptedHost(_ivrac_budget_site())}
