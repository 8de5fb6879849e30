"""The fourteenth holdout part: eight communes 99601-99608, written from the codebook alone (HOLDOUT.md).

Each page declares the codebook features it holds and the lookalikes it must not trigger; a borderline
page carries a one-line reason just above it. Clairvaux-les-Sablières's participation space
(``jeparticipe.clairvaux-les-sablieres.fr``) is drawn by a script: empty application shells that a
bundle fills from a JSON API, served through ``hosts()``.
"""
import json
from html import escape
from urllib.parse import unquote

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import estuaires_markup as m

PLAN = "/plan-du-site/"


def _plan(pages, path=PLAN, extra=()):
    """A "plan du site" listing every page of the host (and the city's other spaces)."""
    links = [(p.path, p.title) for p in pages if p.path not in ("/", path)]
    groups = [("Rubriques", links)] + ([("Nos autres sites", list(extra))] if extra else [])
    return page(path, "Plan du site", m.prose("Retrouvez ici l'ensemble des pages du site.") + m.sitemap(groups))


# =================================================================================================
# 99601 Vabrette-la-Sauvetat (Aveyron): WordPress + a Jenparle consultation space on the vendor's domain
# =================================================================================================

VB = "www.vabrette-la-sauvetat.fr"
VB_JP = "vabrette-la-sauvetat.jenparle.net"


def _vb_news():
    return m.news_list([
        ("/2025/03/travaux-avenue-du-rouergue/", "12 mars 2025", "Avenue du Rouergue : les travaux reprennent",
         "La deuxième tranche de réfection des trottoirs démarre le 17 mars."),
        ("/2025/02/marche-de-producteurs-le-vendredi/", "20 février 2025", "Un marché de producteurs le vendredi soir",
         "Dès avril, rendez-vous place de la Halle de 17 h à 20 h."),
        ("/2025/01/voeux-du-maire/", "15 janvier 2025", "Cérémonie des vœux : retour en images",
         "Plus de 300 personnes à la salle des fêtes pour la nouvelle année."),
    ], more="/actualites/")


def _vb_sidebar():
    return (m.forminator_poll(318, "Quels horaires préférez-vous pour la médiathèque le samedi ?",
                              ["9 h – 12 h comme aujourd'hui", "10 h – 13 h", "14 h – 17 h", "Journée continue 10 h – 16 h"],
                              "/actualites/")
            + '<div class="widget widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul>'
              '<li><a href="/2025/03/travaux-avenue-du-rouergue/">Avenue du Rouergue : les travaux reprennent</a></li>'
              '<li><a href="/2025/02/marche-de-producteurs-le-vendredi/">Un marché de producteurs le vendredi soir</a></li></ul></div>')


def vabrette_la_sauvetat() -> City:
    b = m.complianz_banner()
    pages = [
        page("/", "Accueil", m.chapo("Bienvenue à Vabrette-la-Sauvetat, bastide du Ségala aveyronnais.")
             + m.quick_links([("/mairie/horaires/", "Horaires de la mairie"), ("/services/salles-municipales/reservation/", "Réserver une salle"),
                              ("/participer/", "Vabrette en dialogue"), ("/contact/", "Contacter la mairie"),
                              ("/vie-municipale/conseil-municipal/", "Conseil municipal"), ("/emploi/offres/", "Offres d'emploi")])
             + _vb_news()
             + m.agenda([("5", "avril", "Marché aux plants", "Place de la Halle"), ("12", "avril", "Atelier Budget « Mon village en projets »", "Salle du Foirail"),
                         ("7", "sept.", "Forum des associations", "Gymnase")])
             + m.newsletter_mailchimp("https://vabrette-la-sauvetat.us21.list-manage.com/subscribe/post?u=5c1e&amp;id=8a2f") + b,
             decoys={"contact_form"}),
        page("/actualites/", "Actualités", m.two_columns(_vb_news() + m.news_list([
            ("/2024/11/resultats-consultation-eclairage/", "18 novembre 2024", "Extinction nocturne : les résultats", "Vous avez été 611 à répondre."),
            ("/2024/10/ligne-rodez-paris/", "3 octobre 2024", "Train Rodez – Paris : le conseil municipal soutient la ligne", "Une motion votée à l'unanimité.")],
            title="Archives"), _vb_sidebar()) + b, {"poll"}),
        page("/2025/03/travaux-avenue-du-rouergue/", "Avenue du Rouergue : les travaux reprennent",
             m.prose("Après la pause hivernale, l'entreprise reprend la réfection des trottoirs entre la poste et le rond-point de la Croix-Blanche.",
                     "La circulation sera alternée par feux du 17 mars au 25 avril. Les riverains peuvent joindre le conducteur de travaux au 05 65 00 41 12.",
                     "Une réunion d'information s'est tenue le 4 mars ; le compte rendu est disponible en mairie.")
             + m.wp_comment_area(1184, [("Martine R.", "12 mars 2025 à 18 h 40", "Pensez aux poussettes : le passage devant la boulangerie est très étroit."),
                                        ("Mairie de Vabrette", "13 mars 2025 à 9 h 02", "Merci, un cheminement provisoire sera balisé côté pair."),
                                        ("Alain B.", "14 mars 2025 à 7 h 55", "Et le ramassage des ordures, il passe quand même ?")])
             + m.share_links(f"http://{VB}/2025/03/travaux-avenue-du-rouergue/", "Avenue du Rouergue") + b, {"comments"}),
        # comments are closed and none was published: only the closing line and share buttons remain
        page("/2025/02/marche-de-producteurs-le-vendredi/", "Un marché de producteurs le vendredi soir",
             m.prose("À partir du 4 avril, une dizaine de producteurs du Ségala s'installeront sous la halle chaque vendredi de 17 h à 20 h.",
                     "Fromages, viande en vente directe, légumes de saison : les exposants intéressés peuvent déposer leur dossier en mairie.")
             + m.wp_comment_area(1177, closed=True)
             + m.share_links(f"http://{VB}/2025/02/marche-de-producteurs-le-vendredi/", "Marché de producteurs") + b, decoys={"comments"}),
        # a news item that names the consultation platform in passing: neither the platform nor the approach
        page("/2025/01/voeux-du-maire/", "Cérémonie des vœux : retour en images",
             m.prose("Le maire a rappelé les chantiers de l'année : la halle, l'avenue du Rouergue et la nouvelle cantine.",
                     "Il a aussi évoqué l'espace Jenparle ouvert l'an dernier, où plus de 200 habitants se sont inscrits, avant de passer la parole au conseil municipal des jeunes.",
                     "La soirée s'est achevée autour de la galette offerte par le comité des fêtes.")
             + m.wp_comment_area(1169, closed=True) + b, decoys={"participatory_platform", "participation_displayed"}),
        page("/2024/11/resultats-consultation-eclairage/", "Extinction nocturne : les résultats",
             m.prose("Le questionnaire sur l'extinction de l'éclairage public entre minuit et 5 h est clos depuis le 31 octobre. Merci aux 611 répondants.")
             + m.results_table("Êtes-vous favorable à l'extinction nocturne ?", [("Oui", 58), ("Non", 31), ("Sans opinion", 11)],
                               "Questionnaire clos le 31 octobre 2024 – 611 réponses.")
             + m.prose("Le conseil municipal a décidé d'étendre l'extinction à tout le bourg à compter du 1er janvier.") + b, decoys={"poll"}),
        page("/2024/10/ligne-rodez-paris/", "Train Rodez – Paris : le conseil municipal soutient la ligne",
             m.prose("Réuni le 30 septembre, le conseil municipal a adopté une motion pour le maintien du train de nuit et des liaisons directes.",
                     "Les habitants qui le souhaitent peuvent signer la pétition nationale lancée par un collectif d'usagers : "
                     "<a href=\"https://www.change.org/p/sauvons-les-trains-de-nuit\">change.org/sauvons-les-trains-de-nuit</a>.",
                     "Lire aussi l'article de nos confrères de Centre Presse sur <a href=\"https://www.facebook.com/centrepresseaveyron\">leur page Facebook</a>.")
             + b, decoys={"petition"}),
        page("/vie-municipale/conseil-municipal/", "Le conseil municipal",
             m.prose("Le conseil municipal compte 19 élus. Il se réunit en moyenne une fois par mois, en séance publique, salle d'honneur de la mairie.",
                     "Prochaine séance : jeudi 10 avril à 20 h 30. Ordre du jour : compte administratif 2024, tarifs de la cantine, convention avec le SIEDA.")
             + m.documents([("Procès-verbal de la séance du 13 mars 2025", "412 Ko"), ("Procès-verbal de la séance du 6 février 2025", "388 Ko")]) + b,
             decoys={"participation_displayed"}),
        page("/vie-municipale/budget/", "Le budget communal",
             m.prose("Le budget primitif 2025 a été voté le 13 mars : 3,9 M€ en fonctionnement et 1,6 M€ en investissement.",
                     "Principaux investissements : rénovation de la halle (620 000 €), avenue du Rouergue (410 000 €), toiture de l'école (150 000 €).")
             + m.documents([("Budget primitif 2025 – présentation synthétique", "1,1 Mo"), ("Compte administratif 2024", "860 Ko")]) + b,
             decoys={"participatory_budget"}),
        page("/participer/", "Vabrette en dialogue",
             m.chapo("Depuis 2022, la municipalité associe les habitants aux projets qui transforment la commune.")
             + m.prose("<h2>Des commissions ouvertes</h2>", "Les commissions extra-municipales (cadre de vie, jeunesse, mobilités) accueillent chacune six habitants volontaires, renouvelés tous les deux ans.",
                       "<h2>Une consultation en ligne</h2>", f"Sur notre espace de concertation <a href=\"http://{VB_JP}/\">vabrette-la-sauvetat.jenparle.net</a>, donnez votre avis sur le projet de centre-bourg et répondez aux questionnaires.",
                       "<h2>Un budget participatif</h2>", "30 000 € sont réservés chaque année à des projets proposés et votés par les habitants : <a href=\"/participer/budget-participatif/\">Mon village en projets</a>.",
                       "<h2>Une boîte à idées</h2>", "Une suggestion pour le village ? <a href=\"/participer/boite-a-idees/\">Déposez-la en ligne</a>, elle sera étudiée en commission.")
             + b, {"participation_displayed"}),
        page("/participer/boite-a-idees/", "Boîte à idées",
             m.prose("Vous avez une idée pour améliorer la vie à Vabrette-la-Sauvetat ? Proposez-la ! Chaque idée reçoit une réponse dans un délai de deux mois.")
             + m.forminator_form(402, "/participer/boite-a-idees/", [("text", "name-1", "Prénom et nom"), ("email", "email-1", "Adresse e-mail"),
                                 ("select:Cadre de vie|Jeunesse|Mobilités|Environnement|Autre", "select-1", "Thème"),
                                 ("text", "text-1", "Votre idée en une phrase"), ("textarea", "textarea-1", "Décrivez votre idée")],
                                 "Envoyer mon idée") + b, {"suggestion_call", "contact_form"}),
        page("/participer/budget-participatif/", "Budget participatif « Mon village en projets »",
             m.chapo("30 000 € pour les projets des habitants : vous proposez, la commune étudie, vous votez.")
             + m.prose("<h2>Calendrier 2025</h2>", "<ul><li>Du 1er mars au 30 avril : dépôt des projets en ligne ou sur papier en mairie</li>"
                       "<li>Mai – juin : analyse de faisabilité par les services</li><li>Du 1er au 30 septembre : vote des habitants dès 11 ans</li></ul>",
                       "Un projet doit relever de l'intérêt général, se situer sur le territoire communal et relever de l'investissement.",
                       f"<a class=\"wp-block-button__link\" href=\"http://{VB_JP}/budget-participatif/mon-village-en-projets\">Je dépose mon projet</a>")
             + b, {"participatory_budget"}),
        page("/contact/", "Contacter la mairie",
             m.prose("Mairie de Vabrette-la-Sauvetat, 1 place de la Halle – 05 65 00 41 00.", "Pour toute question, utilisez le formulaire ci-dessous.")
             + m.forminator_form(377, "/contact/", [("text", "name-1", "Nom"), ("email", "email-1", "E-mail"), ("text", "text-1", "Objet"),
                                                    ("textarea", "textarea-1", "Message")]) + b,
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/mairie/horaires/", "Horaires et coordonnées",
             m.prose("Accueil du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h, le samedi de 9 h à 12 h (sauf juillet-août).",
                     "Téléphone : 05 65 00 41 00 – Courriel : " + m.mailto("accueil@vabrette-la-sauvetat.fr")) + b, decoys={"contact_form"}),
        page("/vie-associative/forum-des-associations/", "Forum des associations 2025",
             m.prose("Le forum des associations aura lieu le dimanche 7 septembre au gymnase, de 10 h à 17 h.",
                     "Sport, musique, patrimoine, entraide : une cinquantaine d'associations vous attendent. Buvette tenue par l'APE.")
             + b, decoys={"forum"}),
        page("/services/salles-municipales/reservation/", "Réserver une salle municipale",
             m.prose("Salle des fêtes, salle du Foirail et foyer rural peuvent être louées par les particuliers et les associations.")
             + m.booking_form("/services/salles-municipales/reservation/", ["Salle des fêtes", "Salle du Foirail", "Foyer rural"]) + b,
             decoys={"contact_form"}),
        page("/emploi/offres/", "Offres d'emploi",
             m.prose("<h2>Agent polyvalent des services techniques (H/F)</h2>", "Appel à candidatures ouvert jusqu'au 18 avril. Poste à temps complet, cadre d'emplois des adjoints techniques.",
                     "<h2>Animateur périscolaire (H/F)</h2>", "Contrat de 10 mois. Adresser CV et lettre de motivation à M. le Maire.") + b,
             decoys={"suggestion_call"}),
        page("/vie-pratique/securite/", "Sécurité et tranquillité publique",
             m.prose("La commune a signé avec la gendarmerie un protocole « Participation citoyenne » : des habitants référents relaient les faits inhabituels à la brigade de Rignac.",
                     "Pendant vos vacances, pensez à l'Opération Tranquillité Vacances.") + b, decoys={"participation_displayed"}),
    ]
    pages.append(_plan(pages, extra=[(f"http://{VB_JP}/", "Espace de concertation")]))
    www = Site(VB, "wordpress", "Vabrette-la-Sauvetat", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Vie municipale", "/vie-municipale/conseil-municipal/"),
                     ("Participer", "/participer/"), ("Contact", "/contact/"), ("Plan du site", PLAN)],
               accounts=[social("facebook", "VabretteLaSauvetat"), social("instagram", "vabrette_la_sauvetat")],
               address="Mairie, 1 place de la Halle, 12390 Vabrette-la-Sauvetat")

    jp_pages = [
        page("/", "Accueil", m.chapo("Bienvenue sur l'espace de concertation de Vabrette-la-Sauvetat.")
             + '<ul class="jp-cards">'
               '<li class="jp-card"><a href="/consultation/avenir-du-centre-bourg">Quel avenir pour le centre-bourg ?</a> <span class="jp-tag">Concertation · en cours</span></li>'
               '<li class="jp-card"><a href="/questionnaire/mobilites-du-quotidien">Vos mobilités du quotidien</a> <span class="jp-tag">Questionnaire · en cours</span></li>'
               '<li class="jp-card"><a href="/budget-participatif/mon-village-en-projets">Mon village en projets 2025</a> <span class="jp-tag">Budget participatif · dépôt</span></li>'
               '<li class="jp-card"><a href="/idees">La boîte à idées</a> <span class="jp-tag">Idées · permanent</span></li></ul>'),
        page("/consultation/avenir-du-centre-bourg", "Quel avenir pour le centre-bourg ?",
             m.prose("La halle, la place et les rues commerçantes vont être réaménagées. Trois scénarios sont soumis à la concertation jusqu'au 30 juin.",
                     "Donnez votre avis sur chaque scénario ; l'équipe municipale publiera une synthèse des contributions.")
             + '<section class="jp-contributions"><h2>Contributions (3)</h2>'
               '<article class="jp-contribution"><p class="jp-contribution__author">Sylvie · 2 avril</p><p>Le scénario B garde le parking mais sacrifie les arbres, dommage.</p></article>'
               '<article class="jp-contribution"><p class="jp-contribution__author">Jean-Marc · 3 avril</p><p>Pour le scénario C : une place piétonne les jours de marché seulement.</p></article>'
               '<article class="jp-contribution"><p class="jp-contribution__author">Noé · 5 avril</p><p>Il faudrait des bancs et de l\'ombre pour les anciens.</p></article></section>'
             + '<form class="jp-form jp-form--contribution" method="post" action="/consultation/avenir-du-centre-bourg/contribuer">'
               '<label for="jp-avis">Votre contribution</label><textarea id="jp-avis" name="contribution[texte]" rows="5"></textarea>'
               '<label for="jp-scenario">Scénario concerné</label><select id="jp-scenario" name="contribution[scenario]"><option>A</option><option>B</option><option>C</option></select>'
               '<button class="jp-btn" type="submit">Publier ma contribution</button></form>',
             {"comments", "participation_displayed"}),
        page("/questionnaire/mobilites-du-quotidien", "Vos mobilités du quotidien",
             m.prose("Aidez-nous à préparer le plan de mobilité rurale : 8 questions, 4 minutes. Réponses anonymes, ouvert jusqu'au 15 mai.")
             + '<form class="jp-form jp-questionnaire" method="post" action="/questionnaire/mobilites-du-quotidien/repondre">'
               '<fieldset><legend>1. Comment vous rendez-vous le plus souvent à Rodez ?</legend><label><input type="radio" name="q1" value="voiture"> En voiture seul</label>'
               '<label><input type="radio" name="q1" value="covoiturage"> En covoiturage</label><label><input type="radio" name="q1" value="car"> En car liO</label><label><input type="radio" name="q1" value="jamais"> Je n\'y vais pas</label></fieldset>'
               '<fieldset><legend>2. Utiliseriez-vous un service de transport à la demande ?</legend><label><input type="radio" name="q2" value="oui"> Oui, chaque semaine</label>'
               '<label><input type="radio" name="q2" value="parfois"> De temps en temps</label><label><input type="radio" name="q2" value="non"> Non</label></fieldset>'
               '<button class="jp-btn" type="submit">Valider mes réponses</button></form>', {"poll"}),
        # the filing step of the budget: a call for residents' projects (most parts label it a call too)
        page("/budget-participatif/mon-village-en-projets", "Mon village en projets 2025",
             m.prose("Déposez votre projet jusqu'au 30 avril. Enveloppe : 30 000 €, 10 000 € maximum par projet. Le vote aura lieu en septembre.")
             + '<form class="jp-form jp-form--projet" method="post" action="/budget-participatif/mon-village-en-projets/deposer">'
               '<label for="jp-titre">Nom du projet</label><input id="jp-titre" name="projet[titre]" type="text">'
               '<label for="jp-lieu">Lieu</label><input id="jp-lieu" name="projet[lieu]" type="text">'
               '<label for="jp-desc">Description</label><textarea id="jp-desc" name="projet[description]" rows="6"></textarea>'
               '<label for="jp-cout">Coût estimé</label><input id="jp-cout" name="projet[cout]" type="number">'
               '<button class="jp-btn" type="submit">Déposer mon projet</button></form>'
             + '<h2>Projets déjà déposés</h2><ul><li>Un verger partagé derrière l\'école (4 200 €)</li><li>Des range-vélos à la halle (2 800 €)</li></ul>',
             {"participatory_budget", "suggestion_call"}),
        page("/idees", "La boîte à idées",
             m.prose("Proposez vos idées pour le village : elles sont publiées après modération et les autres habitants peuvent les soutenir.")
             + '<ul class="jp-ideas"><li>Une boîte à livres au lavoir – 14 soutiens</li><li>Un pédibus pour l\'école – 22 soutiens</li></ul>'
             + '<form class="jp-form" method="post" action="/idees/proposer"><label for="jp-idee-titre">Titre de l\'idée</label><input id="jp-idee-titre" name="idee[titre]">'
               '<label for="jp-idee">Votre idée</label><textarea id="jp-idee" name="idee[texte]" rows="5"></textarea><button class="jp-btn" type="submit">Proposer</button></form>',
             {"suggestion_call"}),
    ]
    jp = Site(VB_JP, "estuaires_jenparle", "Vabrette-la-Sauvetat – Jenparle", jp_pages,
              menu=[("Accueil", "/"), ("Concertations", "/consultation/avenir-du-centre-bourg"), ("Budget participatif", "/budget-participatif/mon-village-en-projets"),
                    ("Idées", "/idees")],
              features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}))
    return City("99601", "Vabrette-la-Sauvetat", 4870, "12", "76", "Occitanie", f"http://{VB}/", [www, jp],
                decoy_accounts=("https://www.facebook.com/centrepresseaveyron",))


# =================================================================================================
# 99602 Ploumorvan-Kerhuel (Finistère, .bzh): SPIP 4 + CONSUL Democracy on a subdomain
# =================================================================================================

PK = "www.ploumorvan-kerhuel.bzh"
PK_CONSUL = "divizomp.ploumorvan-kerhuel.bzh"


def _pk_news():
    return m.news_list([
        ("/Le-port-de-Kerhuel-demain", "4 avril 2025", "Le port de Kerhuel demain", "Le projet de réaménagement du terre-plein est présenté."),
        ("/Questionnaire-transport-scolaire", "28 mars 2025", "Transport scolaire : votre avis compte", "Un questionnaire pour les familles."),
        ("/Fermeture-de-la-rue-de-l-Aber", "10 mars 2025", "Fermeture de la rue de l'Aber", "Travaux de réseaux du 17 au 28 mars."),
        ("/Enquete-INSEE-sur-les-conditions-de-vie", "2 mars 2025", "Enquête de l'INSEE", "Des ménages seront sollicités."),
    ])


def ploumorvan_kerhuel() -> City:
    pages = [
        page("/", "Accueil", m.chapo("Degemer mat ! Bienvenue à Ploumorvan-Kerhuel, entre Abers et mer d'Iroise.")
             + m.quick_links([("/Democratie-locale", "Démocratie locale"), ("/Contact", "Écrire à la mairie"), ("/Inscription-a-l-ecole", "Inscriptions scolaires"),
                              ("/Lettre-d-information", "Lettre d'information"), ("/Budget-primitif-2025", "Budget"), ("/Conseil-municipal-du-14-mars", "Conseil municipal")],
                             "Raccourcis") + _pk_news()
             + m.agenda([("12", "avril", "Fest-noz de printemps", "Salle Ti Kerhuel"), ("26", "avril", "Conseil de quartier du Port", "Maison des associations"),
                         ("15", "mai", "Forum de l'emploi et de la formation", "Espace Iroise")])),
        page("/Democratie-locale", "Démocratie locale",
             m.chapo("Ploumorvan-Kerhuel a fait le choix d'une démocratie de proximité, construite avec les habitants.")
             + m.prose("<h2>Trois conseils de quartier</h2>", "Le Bourg, le Port et les Hameaux ont chacun leur conseil de quartier, ouvert à tout habitant de plus de 16 ans. "
                       "<a href=\"/Conseils-de-quartier-mode-d-emploi\">Mode d'emploi des conseils de quartier</a>.",
                       "<h2>Divizomp : décidons ensemble</h2>", f"Débats, propositions et votations se tiennent sur <a href=\"http://{PK_CONSUL}/\">divizomp.ploumorvan-kerhuel.bzh</a>.",
                       "<h2>Le droit de pétition</h2>", "Les habitants peuvent saisir le conseil municipal par une pétition : <a href=\"/Droit-de-petition-locale\">les règles</a>.")
             + m.infobox("Contact", ["Service vie citoyenne – 02 98 00 12 30", m.mailto("vie-citoyenne@ploumorvan-kerhuel.bzh")]),
             {"participation_displayed"}),
        page("/Conseils-de-quartier-mode-d-emploi", "Conseils de quartier : mode d'emploi",
             m.prose("Chaque conseil de quartier se réunit au moins trois fois par an, en séance ouverte au public. Un binôme d'élus et un habitant co-animateur en préparent l'ordre du jour.",
                     "Les conseils disposent d'une enveloppe de 8 000 € par an pour de petits aménagements et donnent un avis sur les projets qui touchent leur secteur.",
                     "Pour rejoindre un conseil, il suffit de s'inscrire auprès du service vie citoyenne.")
             + m.documents([("Charte des conseils de quartier", "240 Ko"), ("Compte rendu – conseil du Port, février 2025", "180 Ko")]),
             {"participation_displayed"}),
        # SPIP's forum under an article: residents post and reply (a forum and comments, as most parts label it)
        page("/Le-port-de-Kerhuel-demain", "Le port de Kerhuel demain",
             m.prose("Le terre-plein du port doit être réaménagé d'ici 2027 : stationnement, cale de mise à l'eau, espace pour les pêcheurs à pied.",
                     "Les esquisses sont affichées en mairie. Vos remarques sont les bienvenues dans le forum ci-dessous.")
             + m.spip_forum_thread(42, [("Et la cale ?", "Yannick", "5 avril 2025", "La cale actuelle est glissante à marée basse, il faut la prolonger."),
                                        ("Re : Et la cale ?", "Maïwenn", "6 avril 2025", "D'accord, et garder un accès pour les kayaks du club."),
                                        ("Parking", "Hervé L.", "7 avril 2025", "L'été, les camping-cars prennent toute la place.")]),
             {"forum", "comments"}),
        page("/spip.php?page=forum&id_article=42", "Répondre à l'article : Le port de Kerhuel demain",
             m.prose("Votre message sera publié après validation par un modérateur.") + m.spip_forum_post(42), {"forum", "comments"}),
        # the article forum is closed: no form and no message
        page("/Fermeture-de-la-rue-de-l-Aber", "Fermeture de la rue de l'Aber",
             m.prose("Du 17 au 28 mars, la rue de l'Aber est fermée à la circulation pour le renouvellement des canalisations d'eau potable.",
                     "Une déviation est mise en place par la route de Kerbrat. Les riverains gardent l'accès à leur domicile.")
             + '<div class="forum-repondre"><p>Les commentaires sont fermés pour cet article.</p></div>', decoys={"comments", "forum"}),
        page("/Droit-de-petition-locale", "Le droit de pétition locale",
             m.prose("Toute personne inscrite sur les listes électorales de la commune peut lancer ou signer une pétition sur le site de la commune.",
                     "<strong>Seuils :</strong> une pétition qui réunit 150 signatures reçoit une réponse écrite du maire ; à 10 % des électeurs inscrits (environ 560 signatures), "
                     "la question est inscrite à l'ordre du jour du conseil municipal.",
                     "Pour déposer une pétition, adressez son texte au service vie citoyenne ; elle est mise en ligne sous huit jours si elle relève de la compétence communale.",
                     "<h2>Pétitions ouvertes</h2><ul><li><a href=\"/Petition-pour-un-abri-au-canot-de-sauvetage\">Pour un abri au canot de sauvetage</a> – 97 signatures</li></ul>"),
             {"petition", "participation_displayed"}),
        page("/Petition-pour-un-abri-au-canot-de-sauvetage", "Pétition : pour un abri au canot de sauvetage",
             m.prose("Pétition déposée le 3 février 2025 par l'association des Amis du canot, au titre du droit de pétition locale.",
                     "Nous demandons que la commune étudie la construction d'un abri pour protéger le canot historique Itron Varia, aujourd'hui stocké à l'air libre.")
             + m.spip_petition(57, 97, [("Gwenaëlle K.", "8 avril 2025"), ("Pierre-Yves M.", "7 avril 2025"), ("Soazig", "6 avril 2025")]),
             {"petition"}),
        # the petition's list of signatures: it links to the signing form but holds none (no feature either way)
        page("/spip.php?page=signatures&id_article=57", "Signatures : pour un abri au canot de sauvetage",
             '<ul class="signatures">' + "".join(f"<li>{n}</li>" for n in ["Gwenaëlle K.", "Pierre-Yves M.", "Soazig", "Loïc T.", "Anne-Marie P.", "Erwan"]) + "</ul>"
             + m.prose("97 signatures au total. <a href=\"/Petition-pour-un-abri-au-canot-de-sauvetage\">Signer la pétition</a>.")),
        page("/Questionnaire-transport-scolaire", "Transport scolaire : votre avis compte",
             m.prose("La commune et Pays des Abers préparent la rentrée 2025. Parents, répondez à ce questionnaire avant le 30 avril.")
             + m.formidable_questionnaire(6, "/Questionnaire-transport-scolaire", [
                 ("Votre enfant prend-il le car scolaire ?", ["Tous les jours", "Quelquefois", "Jamais"]),
                 ("L'horaire du matin vous convient-il ?", ["Oui", "Non, trop tôt", "Non, trop tard"]),
                 ("Un arrêt supplémentaire à Kerbrat serait-il utile ?", ["Oui", "Non", "Sans avis"])]), {"poll"}),
        page("/Resultats-du-sondage-sur-la-cantine", "Résultats du sondage sur la cantine",
             m.prose("Le sondage mené en janvier auprès des familles est clos. 214 familles ont répondu.")
             + m.results_table("Souhaitez-vous un repas végétarien deux fois par semaine ?", [("Oui", 47), ("Non", 38), ("Sans avis", 15)], "Sondage clos le 31 janvier 2025."),
             decoys={"poll"}),
        page("/Enquete-publique-PLU", "Enquête publique : modification du PLU",
             m.prose("Une enquête publique sur la modification n° 2 du plan local d'urbanisme se tient du 2 au 30 mai.",
                     "Le commissaire enquêteur tiendra trois permanences en mairie. Le dossier et le registre dématérialisé sont accessibles sur le site de la préfecture."),
             decoys={"poll"}),
        page("/Enquete-INSEE-sur-les-conditions-de-vie", "Enquête de l'INSEE sur les ressources et conditions de vie",
             m.prose("L'INSEE réalise jusqu'au 30 juin une enquête statistique. Quelques ménages de la commune seront contactés par une enquêtrice munie d'une carte officielle.",
                     "Merci de lui réserver un bon accueil ; vos réponses restent strictement confidentielles."), decoys={"poll"}),
        page("/Forum-de-l-emploi-et-de-la-formation", "Forum de l'emploi et de la formation",
             m.prose("Le 15 mai, de 9 h 30 à 16 h, l'Espace Iroise accueille le forum de l'emploi : entreprises du territoire, agences d'intérim, organismes de formation.",
                     "Apportez votre CV ! Navette gratuite depuis la place de l'Église."), decoys={"forum"}),
        page("/Conseil-municipal-du-14-mars", "Conseil municipal du 14 mars 2025",
             m.prose("Ordre du jour : vote du budget primitif, subventions aux associations, convention avec Pays des Abers pour le transport scolaire.",
                     "La séance est publique et retransmise en direct sur la chaîne YouTube de la commune.")
             + m.documents([("Procès-verbal du conseil municipal du 14 mars 2025", "520 Ko")]), decoys={"participation_displayed"}),
        page("/Budget-primitif-2025", "Budget primitif 2025",
             m.prose("Le budget primitif 2025 s'équilibre à 7,2 M€. La taxe foncière reste inchangée.",
                     "En investissement : réaménagement du port (1re tranche), extension de l'école Diwan, voirie des hameaux."),
             decoys={"participatory_budget"}),
        # a city page that leads to its platform: the approach, not the platform itself
        page("/Divizomp-decidons-ensemble", "Divizomp : décidons ensemble",
             m.prose("Divizomp (« décidons » en breton) est l'espace numérique de participation de la commune, ouvert depuis 2023.",
                     "On peut y lancer un débat, déposer une proposition ou voter lors des votations citoyennes.",
                     f"<a href=\"http://{PK_CONSUL}/\">Accéder à Divizomp</a>"),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/Contact", "Écrire à la mairie",
             m.prose("Mairie de Ploumorvan-Kerhuel, 2 plasenn an Iliz – 02 98 00 12 00.")
             + m.spip_contact_avance("/Contact", ["Accueil", "Urbanisme", "Écoles", "Vie citoyenne"]), {"contact_form"}),
        page("/Lettre-d-information", "Lettre d'information",
             m.prose("Recevez chaque mois les nouvelles de la commune.")
             + '<div class="formulaire_spip formulaire_newsletter_subscribe"><form method="post" action="/Lettre-d-information">'
               '<input name="formulaire_action" type="hidden" value="newsletter_subscribe" /><label for="session_email">Votre adresse email</label>'
               '<input type="email" name="session_email" id="session_email" value="" /><input type="submit" class="submit" value="M\'abonner" /></form></div>',
             decoys={"contact_form"}),
        page("/Inscription-a-l-ecole", "Inscription à l'école",
             m.prose("Les inscriptions pour la rentrée de septembre se font en ligne jusqu'au 31 mai.")
             + m.registration_form("/Inscription-a-l-ecole", "Inscrire mon enfant", [("Nom de l'enfant", "text"), ("Prénom", "text"), ("Date de naissance", "date"),
                                                                                  ("Courriel du responsable légal", "email"), ("Téléphone", "tel")]),
             decoys={"contact_form"}),
    ]
    pages.append(_plan(pages, extra=[(f"http://{PK_CONSUL}/", "Divizomp")]))
    www = Site(PK, "spip", "Ploumorvan-Kerhuel", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/Democratie-locale"), ("Divizomp", "/Divizomp-decidons-ensemble"),
                     ("Contact", "/Contact"), ("Plan du site", PLAN)],
               accounts=[social("facebook", "ploumorvankerhuel"), social("mastodon", "ploumorvankerhuel@mastodon.bzh"),
                         social("youtube", "PloumorvanKerhuelTV")],
               address="Mairie, 2 plasenn an Iliz, 29870 Ploumorvan-Kerhuel")

    debate = "/debates/12-faut-il-pieton-niser-le-bourg-l-ete"
    proposal = "/proposals/31-des-toilettes-publiques-au-port"
    consul_pages = [
        page("/", "Accueil", m.chapo("Divizomp – décidons ensemble pour Ploumorvan-Kerhuel.")
             + '<div class="row"><div class="small-12 medium-4 column"><h2><a href="/debates">Débats</a></h2><p>Lancez une discussion.</p></div>'
               '<div class="small-12 medium-4 column"><h2><a href="/proposals">Propositions</a></h2><p>Proposez, soutenez.</p></div>'
               '<div class="small-12 medium-4 column"><h2><a href="/polls">Votations</a></h2><p>Votez sur les projets de la commune.</p></div></div>'),
        # a list of residents' debates with a button to start one: a discussion board of threads and replies
        page("/debates", "Débats",
             '<div class="debates-list"><a class="button expanded" href="/users/sign_in">Commencer un débat</a>'
             f'<div class="debate clear"><h3><a href="{debate}">Faut-il piétonniser le bourg l\'été ?</a></h3><p class="debate-info">18 commentaires • Bourg</p></div>'
             '<div class="debate clear"><h3>Quelle place pour les camping-cars ?</h3><p class="debate-info">9 commentaires • Port</p></div></div>',
             {"forum"}),
        page(debate, "Faut-il piétonniser le bourg l'été ?",
             m.prose("Débat lancé par Katell M. le 2 mars 2025.", "Chaque été, la rue principale est saturée. Une piétonnisation de juillet à août permettrait d'installer des terrasses.")
             + m.consul_comment_block("debate", 12, [("Jakez", "3 mars", "Oui mais il faut un parking relais à l'entrée du bourg."),
                                                     ("Morgane", "4 mars", "Les livraisons du matin doivent rester possibles.")]),
             {"forum", "comments"}),
        page("/proposals", "Propositions citoyennes",
             m.prose("Une proposition qui recueille 200 soutiens est étudiée par le conseil municipal. <a href=\"/users/sign_in\">Créer une proposition</a>.")
             + f'<div id="proposals"><div class="proposal clear"><h3><a href="{proposal}">Des toilettes publiques au port</a></h3><p>64 soutiens</p></div></div>',
             {"suggestion_call"}),
        # one resident's proposal with its supports and comments: not a call, not a petition
        page(proposal, "Des toilettes publiques au port",
             m.prose("Proposition de Ronan P. – Port", "Il n'y a aucune toilette publique entre la cale et la plage de Porz Gwenn. Je propose une installation sèche près de la capitainerie.",
                     '<div class="supports"><span class="total-supports">64 soutiens</span> / 200 nécessaires <a class="button" href="/users/sign_in">Soutenir</a></div>')
             + m.consul_comment_block("proposal", 31, [("Annaig", "12 mars", "Indispensable l'été !")]),
             {"comments"}, decoys={"suggestion_call", "petition"}),
        page("/polls", "Votations",
             '<div class="poll-list"><div class="poll"><h3><a href="/polls/4-nom-de-la-future-mediatheque">Le nom de la future médiathèque</a></h3><p>En cours jusqu\'au 30 avril</p></div>'
             '<div class="poll"><h3><a href="/polls/2-couleur-des-volets-de-la-mairie">La couleur des volets de la mairie</a></h3><p>Terminée</p></div></div>',
             {"poll"}),
        page("/polls/4-nom-de-la-future-mediatheque", "Le nom de la future médiathèque",
             m.prose("Votation ouverte aux habitants de 12 ans et plus, jusqu'au 30 avril.")
             + '<form class="poll-question-form" action="/polls/4/answer" method="post"><fieldset><legend>Quel nom pour la médiathèque ?</legend>'
               '<label><input type="radio" name="answer" value="Ti al Levrioù"> Ti al Levrioù</label><label><input type="radio" name="answer" value="La Vigie"> La Vigie</label>'
               '<label><input type="radio" name="answer" value="Les Abers"> Les Abers</label></fieldset><input type="submit" class="button" value="Voter"></form>',
             {"poll"}),
        page("/polls/2-couleur-des-volets-de-la-mairie", "La couleur des volets de la mairie",
             m.prose("Cette votation est terminée. Résultats : bleu marine 54 %, vert bouteille 31 %, gris 15 % (412 votants)."), decoys={"poll"}),
    ]
    consul = Site(PK_CONSUL, "consul", "Divizomp", consul_pages,
                  menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return City("99602", "Ploumorvan-Kerhuel", 7340, "29", "53", "Bretagne", f"http://{PK}/", [www, consul])


# =================================================================================================
# 99603 Lauragnac-Tolosane (Haute-Garonne): Drupal 10 with e-petitions + Decidim on a subdomain
# =================================================================================================

LT = "www.lauragnac-tolosane.fr"
LT_DEC = "participer.lauragnac-tolosane.fr"
LT_BP = "/processes/budget-des-quartiers-2025"
LT_VELO = "/processes/plan-velo"


def _lt_news():
    return m.news_list([
        ("/actualites/renovation-de-la-halle-aux-grains", "9 avril 2025", "Rénovation de la halle aux grains", "Le chantier débute en juin pour dix-huit mois."),
        ("/actualites/nouveau-plan-de-circulation", "1er avril 2025", "Un nouveau plan de circulation au centre", "Sens uniques, zone 30 et nouvelles pistes cyclables."),
        ("/sondages/horaires-d-ete-de-la-piscine", "25 mars 2025", "Piscine : quels horaires cet été ?", "Votez dans notre sondage."),
        ("/lauragnac-participe/budget-des-quartiers", "10 mars 2025", "Budget des quartiers : à vos idées !", "1 M€ pour les projets des habitants."),
    ], more="/actualites/renovation-de-la-halle-aux-grains")


def lauragnac_tolosane() -> City:
    hub = "/lauragnac-participe"
    pet = f"{hub}/petitions"
    pages = [
        page("/", "Accueil", m.chapo("Lauragnac-Tolosane, ville du Lauragais aux portes de Toulouse.")
             + m.quick_links([("/contact", "Contacter la mairie"), ("/demarches/inscription-periscolaire", "Inscription périscolaire"),
                              (hub, "Lauragnac participe"), (pet, "E-pétitions"), ("/marches-publics", "Marchés publics"), ("/budget/budget-primitif-2025", "Budget 2025"),
                              ("/sondages", "Sondages")], "Services en ligne")
             + _lt_news() + m.agenda([("14", "avril", "Conseil de quartier Nord", "Maison de quartier des Pradettes"),
                                      ("6", "sept.", "Forum des associations", "Parc des expositions")])),
        page(hub, "Lauragnac participe",
             m.chapo("Construire la ville avec celles et ceux qui la vivent : c'est l'ambition de la démarche « Lauragnac participe », lancée en 2021.")
             + m.prose("<h2>Les instances</h2>", f"Six <a href=\"{hub}/conseils-de-quartier\">conseils de quartier</a>, un conseil des aînés, un conseil municipal des enfants.",
                       "<h2>Les outils</h2>", f"Le <a href=\"{hub}/budget-des-quartiers\">Budget des quartiers</a>, les <a href=\"{pet}\">e-pétitions</a> et la plateforme "
                       f"<a href=\"http://{LT_DEC}/\">participer.lauragnac-tolosane.fr</a>.",
                       "<h2>Nos engagements</h2>", f"Ils sont écrits dans la <a href=\"{hub}/charte-de-la-participation\">charte de la participation citoyenne</a>."),
             {"participation_displayed"}),
        page(f"{hub}/conseils-de-quartier", "Les conseils de quartier",
             m.prose("Les six conseils de quartier réunissent habitants tirés au sort, volontaires et représentants d'associations. Ils sont consultés sur les projets d'aménagement et portent leurs propres initiatives.",
                     "Chaque conseil dispose d'un budget de fonctionnement de 5 000 € et se réunit en plénière publique deux fois par an.")
             + m.infobox("Prochaines plénières", ["Nord – 14 avril, 18 h 30", "Canal – 22 avril, 18 h 30", "Centre – 6 mai, 19 h"]),
             {"participation_displayed"}),
        page(f"{hub}/charte-de-la-participation", "Charte de la participation citoyenne",
             m.prose("Adoptée par le conseil municipal le 17 juin 2021, la charte fixe les règles de la participation : information préalable, transparence des suites données, "
                     "retour systématique aux participants, évaluation annuelle par un comité de suivi mixte élus-habitants.")
             + m.documents([("Charte de la participation citoyenne", "1,3 Mo"), ("Bilan annuel 2024 de la participation", "2,1 Mo")]),
             {"participation_displayed"}),
        page(pet, "E-pétitions",
             m.prose("Le droit de pétition permet à toute personne de 16 ans ou plus habitant, travaillant ou étudiant à Lauragnac-Tolosane de saisir la municipalité.",
                     "<strong>300 signatures</strong> en trois mois : réponse écrite du maire sous deux mois. <strong>1 500 signatures</strong> : inscription à l'ordre du jour du conseil municipal.",
                     f"<a class=\"button\" href=\"{pet}/deposer\">Déposer une pétition</a> · <a href=\"{pet}/archives\">Pétitions closes</a>")
             + '<ul class="epetitions">'
             + m.epetition_card(f"{pet}/piste-cyclable-route-de-revel", "Une piste cyclable sécurisée route de Revel", 1184, 1500, "En cours", "30 juin 2025")
             + m.epetition_card(f"{pet}/ombriere-cour-ecole-jean-jaures", "Des ombrières dans la cour de l'école Jean-Jaurès", 212, 300, "En cours", "15 mai 2025")
             + "</ul>", {"petition"}),
        page(f"{pet}/piste-cyclable-route-de-revel", "Une piste cyclable sécurisée route de Revel",
             m.prose("Pétition déposée par le collectif Vélo Lauragnac le 2 février 2025.",
                     "Nous demandons l'aménagement d'une piste cyclable séparée entre le collège Pierre-Paul-Riquet et la zone de la Ménude, où circulent chaque jour 400 collégiens.")
             + m.sign_form(f"{pet}/piste-cyclable-route-de-revel", "Une piste cyclable sécurisée route de Revel", 1184, 1500), {"petition"}),
        page(f"{pet}/ombriere-cour-ecole-jean-jaures", "Des ombrières dans la cour de l'école Jean-Jaurès",
             m.prose("Pétition déposée par des parents d'élèves le 14 février 2025.", "La cour est en plein soleil ; en juin, la température dépasse 35 °C à la récréation.")
             + m.sign_form(f"{pet}/ombriere-cour-ecole-jean-jaures", "Des ombrières dans la cour de l'école Jean-Jaurès", 212, 300), {"petition"}),
        # a petition's filing form: starting a petition on the city's space (the text is no message to the city)
        page(f"{pet}/deposer", "Déposer une pétition",
             m.prose("Votre pétition doit relever des compétences de la commune. Elle est vérifiée par le service démocratie locale avant publication (sous 10 jours).")
             + m.drupal_webform_form("depot_petition", f"{pet}/deposer", [("textfield", "titre", "Titre de la pétition"),
                                     ("textarea", "texte", "Texte de la pétition"), ("textfield", "nom", "Nom du premier signataire"),
                                     ("email", "courriel", "Courriel"), ("select:Mobilités|Écoles|Environnement|Quartiers|Autre", "theme", "Thème")],
                                     "Soumettre ma pétition"), {"petition"}),
        page(f"{pet}/archives", "Pétitions closes",
             m.prose("Ces pétitions sont closes ; la réponse de la municipalité est publiée sous chacune.")
             + '<ul><li><strong>Pour l\'ouverture du parc Vauban le soir</strong> – 1 612 signatures – débattue au conseil du 12 décembre 2024 : ouverture jusqu\'à 22 h l\'été.</li>'
               '<li><strong>Contre la suppression du marché du mercredi</strong> – 340 signatures – réponse du maire du 3 octobre 2024 : le marché est maintenu.</li></ul>',
             decoys={"petition"}),
        page(f"{hub}/budget-des-quartiers", "Budget des quartiers 2025",
             m.chapo("1 million d'euros pour réaliser les projets des Lauragnacois.")
             + m.prose("Vous avez une idée pour votre quartier ? Du 1er mars au 15 avril, déposez-la sur la plateforme de participation. "
                       "Les projets recevables seront soumis au vote de tous les habitants en octobre.",
                       f"<a class=\"button\" href=\"http://{LT_DEC}{LT_BP}\">Participer au Budget des quartiers</a>",
                       "Édition 2024 : 312 projets déposés, 27 lauréats, 8 914 votants."), {"participatory_budget"}),
        page("/sondages", "Sondages",
             m.prose("Donnez votre avis sur les petites et grandes décisions de la ville.")
             + '<ul><li><a href="/sondages/horaires-d-ete-de-la-piscine">Piscine : quels horaires cet été ?</a> (en cours)</li>'
               '<li><a href="/sondages/marche-nocturne-resultats">Marché nocturne : résultats</a> (clos)</li></ul>'),
        page("/sondages/horaires-d-ete-de-la-piscine", "Piscine : quels horaires cet été ?",
             m.prose("La piscine Alex-Jany rouvre le 14 juin. Aidez-nous à choisir ses horaires d'été.")
             + m.drupal_poll_block(7, "Quelle ouverture préférez-vous ?", ["10 h – 19 h", "11 h – 20 h", "12 h – 21 h (nocturne)"], "/sondages/horaires-d-ete-de-la-piscine"),
             {"poll"}),
        page("/sondages/marche-nocturne-resultats", "Marché nocturne : résultats",
             m.drupal_poll_results("Souhaitez-vous un marché nocturne le jeudi en juillet-août ?", [("Oui", 71, 902), ("Non", 22, 280), ("Sans avis", 7, 89)], 1271),
             decoys={"poll"}),
        page("/actualites/renovation-de-la-halle-aux-grains", "Rénovation de la halle aux grains",
             m.prose("Classée en 1926, la halle aux grains va retrouver sa charpente d'origine. Le chantier durera dix-huit mois ; le marché du samedi sera déplacé allée des Platanes.",
                     "Coût : 3,4 M€, dont 1,2 M€ de l'État et de la Région.")
             + m.drupal_comment_section(318, [("Claudine", "9 avril 2025", "Enfin ! Pensez à garder les anneaux d'attache des charrettes."),
                                              ("Thierry G.", "10 avril 2025", "Où se garer le samedi pendant le chantier ?")]),
             {"comments"}),
        page("/actualites/nouveau-plan-de-circulation", "Un nouveau plan de circulation au centre",
             m.prose("À compter du 2 juin, le centre-ville passe en zone 30 et trois rues changent de sens.",
                     "Ce plan a été discuté l'an dernier avec les conseils de quartier et sur notre plateforme Decidim, où 1 100 contributions avaient été recueillies.",
                     "Les plans détaillés sont disponibles à l'accueil de la mairie."),
             decoys={"participatory_platform", "participation_displayed"}),
        page("/contact", "Contacter la mairie",
             m.prose("Hôtel de ville, 1 place du Capitoul – 05 61 00 33 00. Accueil du lundi au vendredi, 8 h 30 – 17 h 30.")
             + m.drupal_webform_form("contact", "/contact", [("textfield", "nom", "Nom et prénom"), ("email", "courriel", "Adresse électronique"),
                                     ("select:Accueil|État civil|Urbanisme|Voirie|Écoles|Autre", "service", "Service"), ("textfield", "objet", "Objet"),
                                     ("textarea", "message", "Votre message")], "Envoyer"), {"contact_form"}),
        page("/demarches/inscription-periscolaire", "Inscription aux activités périscolaires",
             m.registration_form("/demarches/inscription-periscolaire", "Inscrire mon enfant",
                                 [("Nom de l'enfant", "text"), ("École", "text"), ("Classe", "text"), ("Numéro d'allocataire CAF", "text"), ("Courriel", "email")]),
             decoys={"contact_form"}),
        page("/vie-associative/forum-des-associations", "Forum des associations",
             m.prose("Plus de 180 associations vous donnent rendez-vous le samedi 6 septembre au parc des expositions, de 10 h à 18 h. Démonstrations toute la journée."),
             decoys={"forum"}),
        page("/marches-publics", "Marchés publics",
             m.prose("Appel d'offres en cours : restauration de la charpente de la halle aux grains (lots 1 à 4), date limite de remise des offres le 5 mai à 12 h.",
                     "Les dossiers de consultation sont téléchargeables sur le profil acheteur de la ville."), decoys={"suggestion_call"}),
        page("/budget/budget-primitif-2025", "Budget primitif 2025",
             m.prose("Voté le 27 mars, le budget primitif 2025 s'élève à 98 M€. Les taux d'imposition sont stables pour la sixième année.",
                     "Investissements : halle aux grains, groupe scolaire des Pradettes, plan vélo.")
             + m.documents([("Rapport de présentation du budget primitif 2025", "2,4 Mo")]), decoys={"participatory_budget"}),
        page("/securite/participation-citoyenne", "Dispositif participation citoyenne",
             m.prose("En lien avec la police nationale, le dispositif « Participation citoyenne » associe des habitants référents à la sécurité de leur quartier.",
                     "Les référents signalent tout fait suspect au commissariat ; ils ne se substituent jamais aux forces de l'ordre."),
             decoys={"participation_displayed"}),
        page("/vie-municipale/conseil-municipal", "Le conseil municipal",
             m.prose("Le conseil municipal se réunit environ huit fois par an. Les séances sont publiques et diffusées en direct.",
                     "Prochaine séance : jeudi 22 mai à 18 h, salle des Illustres.")
             + m.documents([("Ordre du jour du conseil du 22 mai 2025", "120 Ko"), ("Délibérations du 27 mars 2025", "3,2 Mo")]),
             decoys={"participation_displayed"}),
    ]
    pages.append(_plan(pages, extra=[(f"http://{LT_DEC}/", "Plateforme de participation")]))
    www = Site(LT, "drupal", "Ville de Lauragnac-Tolosane", pages,
               menu=[("Accueil", "/"), ("Ma ville", "/vie-municipale/conseil-municipal"), ("Lauragnac participe", hub), ("E-pétitions", pet),
                     ("Contact", "/contact"), ("Plan du site", PLAN)],
               accounts=[social("facebook", "VilleLauragnacTolosane"), social("x", "Lauragnac31"), social("instagram", "lauragnac_tolosane"),
                         social("linkedin", "ville-de-lauragnac-tolosane"), social("youtube", "LauragnacTolosane")],
               address="Hôtel de ville, 1 place du Capitoul, 31290 Lauragnac-Tolosane")

    prop = f"{LT_BP}/f/11/proposals/214"
    deb = f"{LT_VELO}/f/22/debates/9"
    dec_pages = [
        page("/", "Accueil", m.chapo("Participer à Lauragnac-Tolosane")
             + m.decidim_cards([(LT_BP, "Budget des quartiers 2025", "Processus · phase 2 sur 4"), (LT_VELO, "Plan vélo 2030", "Processus · concertation")])),
        page("/processes", "Processus participatifs",
             m.decidim_cards([(LT_BP, "Budget des quartiers 2025", "Dépôt des idées jusqu'au 15 avril"), (LT_VELO, "Plan vélo 2030", "Questionnaire et débats")])),
        page(LT_BP, "Budget des quartiers 2025",
             m.prose("1 M€ pour les projets des habitants. Phases : dépôt (mars – avril), analyse (mai – septembre), vote (octobre), réalisation (2026).")
             + m.decidim_cards([(f"{LT_BP}/f/11/proposals", "Propositions", "418 propositions"), (f"{LT_BP}/f/12/budgets/3/projects", "Vote", "ouvre le 1er octobre")]),
             {"participatory_budget"}),
        page(f"{LT_BP}/f/11/proposals", "Propositions",
             m.prose("Déposez votre idée pour votre quartier : un projet d'investissement de 150 000 € maximum.",
                     f'<a class="button button__sm button__secondary" href="/users/sign_in">Nouvelle proposition</a>')
             + m.decidim_cards([(prop, "Un jardin partagé au square Belfort", "Quartier Canal · 12 commentaires")]),
             {"participatory_budget", "suggestion_call"}),
        # one resident's proposal with its comments: part of the budget, not a call for ideas
        page(prop, "Un jardin partagé au square Belfort",
             m.prose("Proposition de l'association Les Pousses du Canal.", "Transformer la pelouse du square en jardin partagé de 20 parcelles, avec un récupérateur d'eau et un abri.")
             + m.decidim_comments(214, [("Léa", "2 avril", "Super idée, il manque des espaces verts dans le quartier."),
                                       ("Habitant du Canal", "3 avril", "Et les chiens du square, on les met où ?")]),
             {"participatory_budget", "comments"}, decoys={"suggestion_call"}),
        page(f"{LT_BP}/f/12/budgets/3/projects", "Vote du Budget des quartiers",
             m.prose("Le vote est ouvert : choisissez les projets de votre quartier dans la limite de 150 000 €.")
             + '<div class="budget-summary"><p>Vous avez attribué <strong>0 €</strong> sur 150 000 €</p></div>'
               '<ul class="budget-list"><li class="budget-list__item">Jeux d\'eau au parc Vauban – 85 000 € <button class="button">Ajouter</button></li>'
               '<li class="budget-list__item">Abri vélos sécurisé à la gare – 40 000 € <button class="button">Ajouter</button></li></ul>'
               '<button class="button button__lg button__secondary">Voter</button>', {"participatory_budget"}),
        page(LT_VELO, "Plan vélo 2030",
             m.prose("La ville prépare son plan vélo 2030. Répondez au questionnaire et échangez dans les débats.")
             + m.decidim_cards([(f"{LT_VELO}/f/21/surveys", "Questionnaire", "ouvert jusqu'au 31 mai"), (f"{LT_VELO}/f/22/debates", "Débats", "4 débats")]),
             {"participation_displayed"}),
        page(f"{LT_VELO}/f/21/surveys", "Questionnaire : vos déplacements à vélo",
             m.decidim_survey(f"{LT_VELO}/f/21/surveys/answer", [("À quelle fréquence circulez-vous à vélo ?", ["Chaque jour", "Chaque semaine", "Rarement", "Jamais"]),
                                                                ("Qu'est-ce qui vous freine ?", ["Le manque de pistes", "La sécurité", "Le stationnement", "Rien"])]),
             {"poll"}),
        # Decidim debates: residents open threads and others reply under them
        page(f"{LT_VELO}/f/22/debates", "Débats",
             m.prose('<a class="button button__sm button__secondary" href="/users/sign_in">Nouveau débat</a>')
             + m.decidim_cards([(deb, "Faut-il une rue cyclable avenue de Castres ?", "23 commentaires"), (f"{LT_VELO}/f/22/debates", "Vélos et trottoirs", "7 commentaires")]),
             {"forum"}),
        page(deb, "Faut-il une rue cyclable avenue de Castres ?",
             m.prose("Débat ouvert par Mathieu R. : l'avenue de Castres pourrait devenir une « rue cyclable » où les voitures sont invitées.")
             + m.decidim_comments(9, [("Sophie", "5 avril", "Oui, avec des chicanes pour ralentir."), ("Gérard", "6 avril", "Les commerçants ont besoin de stationnement.")],
                                  "Z2lkOi8vZGVjaWRpbS9EZWJhdGUvOQ"),
             {"forum", "comments"}),
    ]
    dec = Site(LT_DEC, "decidim", "Participer à Lauragnac-Tolosane", dec_pages,
               menu=[("Accueil", "/"), ("Processus", "/processes")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99603", "Lauragnac-Tolosane", 68400, "31", "76", "Occitanie", f"http://{LT}/", [www, dec])


# =================================================================================================
# 99604 Aiguebelle-sur-Lauzon (Drôme): Joomla 4 with a Kunena board + an Ensembl' neighbours' network
# =================================================================================================

AL = "www.aiguebelle-sur-lauzon.fr"
AL_NET = "aiguebelle-sur-lauzon.ensembl.fr"
AL_F = "/index.php/forum-des-habitants"


def aiguebelle_sur_lauzon() -> City:
    ck = m.cookie_notice_joomla()
    topic = f"{AL_F}/vie-du-village/37-eclairage-du-chemin-des-vignes"
    news = m.news_list([
        ("/index.php/actualites/42-fete-de-la-lavande", "2 juillet 2025", "Fête de la lavande : le programme", "Trois jours de fête au village."),
        ("/index.php/actualites/45-questionnaire-jeunesse", "12 mai 2025", "Questionnaire jeunesse", "Ados et parents, donnez votre avis."),
        ("/index.php/actualites/39-resultats-enquete-cantine-2024", "3 février 2025", "Cantine : les résultats de l'enquête", "Ce que vous nous avez dit."),
    ], more="/index.php/actualites")
    pages = [
        page("/", "Accueil", m.chapo("Aiguebelle-sur-Lauzon, village perché de la Drôme provençale.")
             + m.quick_links([("/index.php/la-mairie/nous-contacter", "Nous contacter"), (AL_F, "Forum des habitants"),
                              ("/index.php/vivre-ensemble/voisins-solidaires", "Voisins solidaires"), ("/index.php/vivre-ensemble/boite-a-idees", "Boîte à idées"),
                              ("/index.php/la-mairie/marches-publics", "Marchés publics"), ("/index.php/alertes-panneaupocket", "Alertes PanneauPocket")])
             + news + m.agenda([("5", "juil.", "Fête de la lavande", "Place de la Fontaine"), ("6", "sept.", "Forum des associations", "Salle polyvalente")])
             + m.acymailing_module("/index.php/lettre-d-information") + ck, decoys={"contact_form"}),
        page("/index.php/actualites", "Actualités", news + ck),
        page("/index.php/actualites/42-fete-de-la-lavande", "Fête de la lavande : le programme",
             m.prose("Du 4 au 6 juillet, le village fête la lavande : marché paysan, distillation à l'ancienne, bal le samedi soir.",
                     "Le comité des fêtes cherche encore des bénévoles pour la buvette.")
             + m.jcomments(42, [("Odile", "3 juillet", "Le bal sera-t-il maintenu en cas de mistral ?"), ("Comité des fêtes", "3 juillet", "Oui, repli dans la salle polyvalente.")]) + ck,
             {"comments"}),
        page("/index.php/actualites/45-questionnaire-jeunesse", "Questionnaire jeunesse",
             m.prose("La commune réfléchit à un local pour les 11-17 ans. Jeunes et parents, répondez à ce questionnaire avant le 15 juin.")
             + m.google_form("1FAIpQLSe7xA2k9Lauzon0jeunesse2025Qv", "Questionnaire jeunesse – Aiguebelle-sur-Lauzon") + ck, {"poll"}),
        page("/index.php/actualites/39-resultats-enquete-cantine-2024", "Cantine : les résultats de l'enquête",
             m.prose("L'enquête menée en décembre auprès des familles est terminée : 87 réponses.")
             + m.results_table("Êtes-vous satisfait des repas ?", [("Très satisfait", 34), ("Plutôt satisfait", 48), ("Pas satisfait", 18)], "Enquête close le 20 décembre 2024.") + ck,
             decoys={"poll"}),
        page("/index.php/la-mairie/nous-contacter", "Nous contacter",
             m.prose("Mairie d'Aiguebelle-sur-Lauzon – 04 75 00 27 10 – ouverte lundi, mardi, jeudi et vendredi matin.")
             + m.joomla_contact_form("/index.php/la-mairie/nous-contacter", "1:mairie") + ck, {"contact_form"}),
        page("/index.php/vivre-ensemble/comites-de-hameau", "Les comités de hameau",
             m.prose("Le Plan, les Granges, Saint-Roch : chaque hameau a son comité d'habitants, réuni deux fois par an avec le maire et les adjoints.",
                     "Les comités font remonter les besoins (voirie, éclairage, ramassage) et préparent les priorités de travaux votées ensuite par le conseil municipal.",
                     "Les comptes rendus sont affichés en mairie et publiés dans le bulletin municipal.") + ck,
             {"participation_displayed"}),
        page("/index.php/vivre-ensemble/voisins-solidaires", "Voisins solidaires : rejoignez le réseau du village",
             m.prose("Depuis janvier, la commune met à disposition des habitants un réseau social de voisinage, gratuit et sans publicité, hébergé par Ensembl'.",
                     "Prêter une échelle, proposer un covoiturage vers Montélimar, signaler un chat perdu, organiser la fête des voisins : tout se passe entre habitants du village.",
                     f"<a class=\"btn btn-primary\" href=\"http://{AL_NET}/\">Rejoindre mes voisins</a>") + ck,
             {"territorial_social_network"}),
        page("/index.php/vivre-ensemble/boite-a-idees", "Boîte à idées",
             m.prose("Une idée pour le village ? Partagez-la avec l'équipe municipale. Les idées retenues sont présentées en comité de hameau.")
             + m.rsform(7, "Votre idée pour Aiguebelle", [("text", "Nom", "Nom"), ("email", "Email", "Courriel"),
                                                          ("select:Village|Hameaux|Jeunesse|Patrimoine|Environnement", "Theme", "Thème"),
                                                          ("textarea", "Idee", "Votre idée")], "Proposer") + ck,
             {"suggestion_call", "contact_form"}),
        page("/index.php/vivre-ensemble/participation-citoyenne", "Participation citoyenne avec la gendarmerie",
             m.prose("La commune adhère au dispositif de participation citoyenne de la gendarmerie nationale. Cinq référents de quartier sont en lien avec la brigade de Dieulefit.",
                     "Un panneau signale le dispositif aux entrées du village.") + ck, decoys={"participation_displayed"}),
        page(AL_F, "Forum des habitants",
             m.kunena_index([(f"{AL_F}/vie-du-village", "Vie du village", "Travaux, voirie, propreté, stationnement.", 84, 512, "Fanny"),
                             (f"{AL_F}/vie-du-village", "Petites annonces et entraide", "Prêts, dons, covoiturage.", 63, 301, "Gilles R."),
                             (f"{AL_F}/vie-du-village", "Associations et animations", "Les associations parlent aux habitants.", 41, 187, "Comité des fêtes")]),
             {"forum"}),
        page(f"{AL_F}/vie-du-village", "Vie du village",
             m.kunena_category("Vie du village", [(topic, "Éclairage du chemin des Vignes", "Paulette", 6),
                                                  (topic, "Ramassage des encombrants", "Marc", 3)], f"{AL_F}/nouveau-sujet"),
             {"forum"}),
        page(topic, "Éclairage du chemin des Vignes",
             m.kunena_topic("Éclairage du chemin des Vignes", [("Paulette", "3 mars 2025", "Le lampadaire près du lavoir est en panne depuis un mois.", 24),
                                                               ("Mairie", "4 mars 2025", "Signalement transmis au SDED, intervention prévue le 12 mars.", 112),
                                                               ("Jules", "13 mars 2025", "C'est réparé, merci !", 8)], f"{AL_F}/nouveau-sujet"),
             {"forum"}),
        page(f"{AL_F}/nouveau-sujet", "Nouveau sujet", m.kunena_post_form(2, [(2, "Vie du village"), (3, "Petites annonces et entraide"), (4, "Associations et animations")]),
             {"forum"}),
        page(f"{AL_F}/charte", "Charte du forum",
             m.prose("Le forum est modéré par la mairie. Les messages injurieux, publicitaires ou politiques en période électorale sont supprimés.",
                     "Pour écrire, créez un compte avec une adresse valide."), decoys={"forum"}),
        page(f"{AL_F}/connexion", "Connexion au forum", m.login_form(f"{AL_F}/connexion", "username", "password"), decoys={"contact_form", "forum"}),
        page("/index.php/la-mairie/marches-publics", "Marchés publics",
             m.prose("Avis d'appel public à la concurrence : réfection de la toiture de l'église Saint-Roch. Remise des plis avant le 30 mai à 12 h.") + ck,
             decoys={"suggestion_call"}),
        page("/index.php/la-mairie/budget", "Budget communal",
             m.prose("Le budget primitif 2025 a été adopté le 8 avril : 1,4 M€ en fonctionnement, 0,9 M€ en investissement (toiture de l'église, réseau d'eau des Granges).")
             + m.documents([("Budget primitif 2025", "640 Ko")]) + ck, decoys={"participatory_budget"}),
        page("/index.php/agenda/forum-des-associations", "Forum des associations",
             m.prose("Samedi 6 septembre, salle polyvalente, de 9 h à 13 h : venez rencontrer les 25 associations du village et vous inscrire aux activités.") + ck,
             decoys={"forum"}),
        page("/index.php/lettre-d-information", "Lettre d'information", m.prose("Abonnez-vous à la lettre mensuelle du village.")
             + m.acymailing_module("/index.php/lettre-d-information") + ck, decoys={"contact_form"}),
        page("/index.php/alertes-panneaupocket", "Alertes PanneauPocket",
             m.prose("Recevez les alertes et informations de la mairie sur votre téléphone grâce à l'application PanneauPocket : coupures d'eau, routes fermées, vigilance météo.",
                     "L'application est gratuite, sans création de compte. Il n'est pas possible d'y publier des messages.") + ck,
             decoys={"territorial_social_network"}),
    ]
    pages.append(_plan(pages, "/index.php/plan-du-site", extra=[(f"http://{AL_NET}/", "Voisins solidaires")]))
    www = Site(AL, "joomla", "Aiguebelle-sur-Lauzon", pages,
               menu=[("Accueil", "/"), ("Actualités", "/index.php/actualites"), ("Vivre ensemble", "/index.php/vivre-ensemble/comites-de-hameau"),
                     ("Forum", AL_F), ("Contact", "/index.php/la-mairie/nous-contacter"), ("Plan du site", "/index.php/plan-du-site")],
               accounts=[social("facebook", "aiguebellesurlauzon"), social("youtube", "AiguebelleLauzon")],
               address="Mairie, place de la Fontaine, 26160 Aiguebelle-sur-Lauzon")

    net_pages = [
        page("/", "Les voisins d'Aiguebelle",
             m.prose("Le réseau social des habitants d'Aiguebelle-sur-Lauzon, proposé par la mairie. 286 voisins inscrits.")
             + m.community_composer("Une question, un service à rendre, un objet à prêter ?")
             + m.community_posts([("Gilles R.", "Les Granges", "il y a 2 h", "Prêt", "Je prête ma remorque ce week-end, faites signe.", 3),
                                  ("Amandine", "Le Plan", "hier", "Entraide", "Quelqu'un monte à Montélimar mardi matin ? Rendez-vous médical.", 5)])
             + '<p><a href="/groupes/hameau-des-granges">Groupe du hameau des Granges</a> · <a href="/evenements">Événements</a> · <a href="/annonces">Annonces</a></p>'),
        page("/groupes/hameau-des-granges", "Groupe : hameau des Granges",
             m.community_posts([("Paulette", "Les Granges", "3 jours", "Question", "Le ramassage des encombrants passe quand chez nous ?", 4)])
             + m.community_composer("Écrire aux voisins des Granges")),
        page("/evenements", "Événements entre voisins",
             m.community_posts([("Amicale du Plan", "Le Plan", "1 semaine", "Événement", "Fête des voisins le 30 mai, chacun apporte un plat.", 11)])),
        page("/annonces", "Annonces",
             m.community_posts([("Jules", "Village", "2 jours", "Don", "Donne plants de tomates, à venir chercher.", 2),
                                ("Fanny", "Saint-Roch", "5 jours", "Perdu / trouvé", "Trouvé un trousseau de clés près du lavoir.", 1)])),
    ]
    net = Site(AL_NET, "community", "Ensembl' – Aiguebelle-sur-Lauzon", net_pages,
               menu=[("Fil", "/"), ("Événements", "/evenements"), ("Annonces", "/annonces")],
               features=frozenset({"territorial_social_network"}))
    return City("99604", "Aiguebelle-sur-Lauzon", 3150, "26", "84", "Auvergne-Rhône-Alpes", f"http://{AL}/", [www, net])


# =================================================================================================
# 99605 Rosheimbach-Haslau (Bas-Rhin): TYPO3 + a LimeSurvey server + Cap Collectif + a Discourse board
# =================================================================================================

RH = "www.rosheimbach-haslau.fr"
RH_LS = "enquetes.rosheimbach-haslau.fr"
RH_CAP = "rosheimbach-haslau.cap-collectif.com"
RH_AGORA = "agora.rosheimbach-haslau.fr"
RH_BUDGET = "/project/budget-citoyen-2025"


def rosheimbach_haslau() -> City:
    news_items = [
        ("/actualites/detail/piste-cyclable-vers-obernai", "8 avril 2025", "Piste cyclable vers Obernai : c'est parti", "Premier coup de pelle le 22 avril."),
        ("/actualites/detail/enquete-mobilite", "2 avril 2025", "Enquête mobilité : 10 minutes pour la ville", "Questionnaire en ligne jusqu'au 31 mai."),
        ("/actualites/detail/recensement-2025", "15 janvier 2025", "Recensement de la population", "Les agents recenseurs passent chez vous."),
        ("/actualites/detail/concours-maisons-fleuries", "3 mars 2025", "Concours des maisons fleuries", "Inscriptions ouvertes."),
        ("/actualites/detail/enquete-publique-zac-des-tilleuls", "20 février 2025", "Enquête publique : ZAC des Tilleuls", "Du 3 au 31 mars."),
        ("/actualites/detail/resultats-enquete-marche", "5 février 2025", "Marché hebdomadaire : les résultats", "Votre avis sur le marché."),
    ]
    pages = [
        page("/", "Accueil", m.chapo("Rosheimbach-Haslau, ville du piémont des Vosges, entre vignoble et plaine d'Alsace.")
             + m.quick_links([("/contact", "Nous écrire"), ("/citoyennete/democratie-participative", "Démocratie participative"), ("/citoyennete/budget-citoyen", "Budget citoyen"),
                              (f"http://{RH_AGORA}/", "L'Agora, forum des habitants"), ("/services/reservation-de-salles", "Réserver une salle"), ("/mairie/emploi", "Emploi")])
             + m.news_list(news_items[:4], more="/actualites")
             + m.agenda([("26", "avril", "Conseil des jeunes – séance plénière", "Hôtel de ville"), ("17", "mai", "Forum emploi du piémont", "Salle des fêtes")])),
        page("/actualites", "Actualités", m.news_list(news_items, title="Toutes les actualités")),
        page("/actualites/detail/piste-cyclable-vers-obernai", "Piste cyclable vers Obernai : c'est parti",
             m.prose("La future piste cyclable reliera le centre à la gare d'Obernai sur 4,2 km, en site propre le long du canal.",
                     "Les travaux dureront jusqu'en octobre. Coût : 1,9 M€, financé à 60 % par la Collectivité européenne d'Alsace.",
                     "Les DNA y consacrent un reportage à voir sur <a href=\"https://www.facebook.com/DNA.Obernai\">leur page Facebook</a>.")
             + m.disqus_thread("rosheimbach-haslau", f"http://{RH}/actualites/detail/piste-cyclable-vers-obernai", "news-1184"),
             {"comments"}),
        page("/actualites/detail/enquete-mobilite", "Enquête mobilité : 10 minutes pour la ville",
             m.prose("Comment vous déplacez-vous ? La ville lance une grande enquête en ligne pour préparer son plan de mobilité. Anonyme, ouverte jusqu'au 31 mai.")
             + m.limesurvey_embed(f"http://{RH_LS}/index.php/458213?lang=fr", "Enquête mobilité 2025"), {"poll"}),
        page("/actualites/detail/recensement-2025", "Recensement de la population",
             m.prose("Du 16 janvier au 22 février, des agents recenseurs munis d'une carte officielle passeront dans les foyers tirés au sort par l'INSEE.",
                     "Vous pouvez répondre en ligne sur le site le-recensement-et-moi.fr avec les codes remis par l'agent."), decoys={"poll"}),
        page("/actualites/detail/concours-maisons-fleuries", "Concours des maisons fleuries",
             m.prose("Balcons, jardins, façades : inscrivez-vous au concours des maisons fleuries avant le 15 juin. Le jury passera en juillet.")
             + m.vendor_form("/actualites/detail/concours-maisons-fleuries", "Inscription au concours",
                             [("text", "nom", "Nom"), ("text", "adresse", "Adresse"), ("select:Balcon|Jardin visible de la rue|Façade", "categorie", "Catégorie")],
                             "S'inscrire"), decoys={"suggestion_call", "contact_form"}),
        page("/actualites/detail/enquete-publique-zac-des-tilleuls", "Enquête publique : ZAC des Tilleuls",
             m.prose("Par arrêté préfectoral, une enquête publique préalable à la déclaration d'utilité publique de la ZAC des Tilleuls se déroule du 3 au 31 mars.",
                     "Le commissaire enquêteur reçoit le public en mairie les 5, 15 et 29 mars."), decoys={"poll"}),
        page("/actualites/detail/resultats-enquete-marche", "Marché hebdomadaire : les résultats",
             m.prose("Merci aux 743 personnes qui ont répondu à notre questionnaire sur le marché du mardi, clos le 15 janvier.")
             + m.results_table("Faut-il déplacer le marché au samedi matin ?", [("Oui", 62), ("Non", 29), ("Sans avis", 9)], "Questionnaire clos – 743 réponses")
             + m.prose(f"<a href=\"http://{RH_LS}/index.php/391742?lang=fr\">Le questionnaire (clos)</a>"), decoys={"poll"}),
        page("/citoyennete/democratie-participative", "Démocratie participative",
             m.chapo("Conseil des sages, conseil des jeunes, conseils de quartier, budget citoyen : à Rosheimbach-Haslau, la décision se prépare avec les habitants.")
             + m.prose("<h2>Les conseils</h2>", "Quatre conseils de quartier (Centre, Haslau, Gare, Vignoble) et un <a href=\"/citoyennete/conseil-des-jeunes\">conseil des jeunes</a>.",
                       "<h2>Le budget citoyen</h2>", "<a href=\"/citoyennete/budget-citoyen\">150 000 € pour vos projets</a>.",
                       "<h2>L'Agora</h2>", f"Un <a href=\"http://{RH_AGORA}/\">forum en ligne</a> pour échanger entre habitants, modéré par la ville.",
                       "<h2>Les appels à idées</h2>", "<a href=\"/citoyennete/appel-a-idees-cour-ecole\">Réinventons la cour de l'école Jean-Arp</a>."),
             {"participation_displayed"}),
        page("/citoyennete/conseil-des-jeunes", "Conseil des jeunes",
             m.prose("Vingt-quatre jeunes de 11 à 17 ans, élus pour deux ans dans les collèges et le lycée, portent des projets et donnent leur avis au conseil municipal.",
                     "Derniers projets : un skate-park au parc du Moulin, une journée « zéro déchet » au collège."), {"participation_displayed"}),
        page("/citoyennete/budget-citoyen", "Budget citoyen 2025",
             m.prose("150 000 € pour des projets proposés et choisis par les habitants de plus de 12 ans.",
                     "Dépôt des projets jusqu'au 30 avril sur la plateforme de participation, vote en septembre.",
                     f"<a class=\"btn btn-primary\" href=\"http://{RH_CAP}{RH_BUDGET}/collect/depot-des-projets\">Déposer un projet</a>"),
             {"participatory_budget"}),
        page("/citoyennete/appel-a-idees-cour-ecole", "Appel à idées : réinventons la cour de l'école Jean-Arp",
             m.prose("La cour de l'école Jean-Arp sera désimperméabilisée et végétalisée en 2026. Parents, enfants, voisins : quelles idées pour cette nouvelle cour ?",
                     "Envoyez-nous vos propositions avant le 15 juin ; elles nourriront le travail de l'architecte paysagiste.")
             + m.powermail(41, "/citoyennete/appel-a-idees-cour-ecole", [("text", "nom", "Nom"), ("email", "email", "E-mail"),
                                                                        ("textarea", "idee", "Votre idée pour la cour")], "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/contact", "Nous écrire",
             m.prose("Hôtel de ville, 1 place de la Mairie – 03 88 00 51 00.")
             + m.powermail(12, "/contact", [("text", "nom", "Nom et prénom"), ("email", "email", "E-mail"), ("text", "objet", "Objet"), ("textarea", "message", "Message")]),
             {"contact_form"}),
        page("/mairie/conseil-municipal/seances", "Séances du conseil municipal",
             m.prose("Le conseil municipal se réunit en séance publique à l'hôtel de ville. Prochaine séance : lundi 19 mai à 19 h.")
             + m.documents([("Compte rendu sommaire – séance du 31 mars 2025", "210 Ko"), ("Procès-verbal – séance du 10 février 2025", "480 Ko")]),
             decoys={"participation_displayed"}),
        page("/mairie/emploi", "La ville recrute",
             m.prose("Appel à candidatures : un(e) responsable du service jeunesse (catégorie B), un(e) agent(e) d'entretien des espaces verts (catégorie C).",
                     "Candidatures (CV et lettre) à adresser avant le 10 mai à M. le Maire."), decoys={"suggestion_call"}),
        page("/services/reservation-de-salles", "Réserver une salle",
             m.booking_form("/services/reservation-de-salles", ["Salle des fêtes", "Salle Haslau", "Caveau du Moulin"]), decoys={"contact_form"}),
        page("/agenda/forum-emploi-du-piemont", "Forum emploi du piémont",
             m.prose("Le 17 mai à la salle des fêtes : 40 employeurs du piémont recrutent. Ateliers CV et simulations d'entretien toute la journée."), decoys={"forum"}),
    ]
    pages.append(_plan(pages, extra=[(f"http://{RH_AGORA}/", "L'Agora"), (f"http://{RH_CAP}/", "Plateforme de participation")]))
    www = Site(RH, "typo3", "Ville de Rosheimbach-Haslau", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Citoyenneté", "/citoyennete/democratie-participative"),
                     ("Mairie", "/mairie/conseil-municipal/seances"), ("Contact", "/contact"), ("Plan du site", PLAN)],
               accounts=[social("facebook", "RosheimbachHaslau"), social("instagram", "rosheimbach.haslau"),
                         social("linkedin", "ville-de-rosheimbach-haslau")],
               address="Hôtel de ville, 1 place de la Mairie, 67560 Rosheimbach-Haslau")

    ls_pages = [
        # the survey server's list of open surveys: it leads to a questionnaire but asks nothing itself
        page("/", "Questionnaires de la ville",
             m.prose("Les questionnaires publics suivants sont disponibles :")
             + '<ul class="surveys-list"><li><a href="/index.php/458213?lang=fr" class="surveytitle">Enquête mobilité 2025</a></li></ul>'
             + m.prose("Pour toute question, contactez l'administrateur : " + m.mailto("enquetes@rosheimbach-haslau.fr"))),
        page("/index.php/458213?lang=fr", "Enquête mobilité 2025",
             m.prose("Ce questionnaire est anonyme. Il y a 12 questions dans ce questionnaire.")
             + m.limesurvey_questions(458213, 12, [("Quel est votre principal mode de déplacement pour aller travailler ?", ["Voiture", "Train", "Vélo", "Bus", "À pied"]),
                                                   ("Utiliseriez-vous une navette vers la gare d'Obernai ?", ["Oui, chaque jour", "Occasionnellement", "Non"])]),
             {"poll"}),
        page("/index.php/391742?lang=fr", "Marché hebdomadaire",
             '<div class="alert alert-warning">Ce questionnaire n\'est plus actif. Merci de votre intérêt.</div>'
             + m.prose("Les résultats sont publiés sur le site de la ville."), decoys={"poll"}),
    ]
    ls = Site(RH_LS, "estuaires_limesurvey", "Enquêtes – Rosheimbach-Haslau", ls_pages)

    prop = f"{RH_BUDGET}/collect/depot-des-projets/proposals/aire-de-jeux-inclusive-au-parc-du-moulin"
    cap_pages = [
        page("/", "Accueil", m.chapo("La plateforme de participation de Rosheimbach-Haslau")
             + '<ul class="project-list"><li><a href="' + RH_BUDGET + '/presentation/presentation">Budget citoyen 2025</a> – dépôt en cours</li>'
               '<li><a href="/project/quartier-de-la-gare/questionnaire/votre-avis">Quartier de la gare : votre avis</a> – questionnaire</li></ul>'
               '<p><a href="/projects">Tous les projets</a></p>'),
        page("/projects", "Projets", '<ul class="project-list"><li><a href="' + RH_BUDGET + '/presentation/presentation">Budget citoyen 2025</a></li>'
             '<li><a href="/project/quartier-de-la-gare/questionnaire/votre-avis">Quartier de la gare</a></li></ul>'),
        page(f"{RH_BUDGET}/presentation/presentation", "Budget citoyen 2025 – présentation",
             m.prose("Étapes : dépôt des projets (mars – avril), analyse (mai – juillet), vote (septembre), réalisation (2026).",
                     f"<a href=\"{RH_BUDGET}/collect/depot-des-projets\">Déposer un projet</a> · <a href=\"{RH_BUDGET}/selection/vote\">Le vote</a>"),
             {"participatory_budget", "participation_displayed"}),
        # the filing step of the budget: a call for residents' projects
        page(f"{RH_BUDGET}/collect/depot-des-projets", "Dépôt des projets",
             m.prose("Déposez votre projet d'investissement (15 000 € maximum) pour la ville.")
             + m.capco_proposal_form(f"{RH_BUDGET}/collect/depot-des-projets", ["Nature en ville", "Sport et loisirs", "Mobilités", "Solidarités"])
             + f'<h2>Projets déposés (58)</h2><ul><li><a href="{prop}">Aire de jeux inclusive au parc du Moulin</a></li></ul>',
             {"participatory_budget", "suggestion_call"}),
        page(prop, "Aire de jeux inclusive au parc du Moulin",
             m.prose("Déposé par Céline W. – Sport et loisirs – 14 000 €", "Des jeux accessibles aux enfants en fauteuil, près de l'aire existante.")
             + m.capco_comments([("Bernard", "3 avril", "Très bonne idée, mon petit-fils en aurait besoin."), ("Nadia", "4 avril", "Prévoir de l'ombre !")]),
             {"participatory_budget", "comments"}, decoys={"suggestion_call"}),
        page(f"{RH_BUDGET}/selection/vote", "Vote",
             m.prose("Le vote ouvrira le 1er septembre : chaque habitant pourra soutenir jusqu'à trois projets.")
             + '<ul class="proposal-list"><li>Aire de jeux inclusive au parc du Moulin <button class="btn btn-success" disabled>Voter</button></li></ul>',
             {"participatory_budget"}),
        page("/project/quartier-de-la-gare/questionnaire/votre-avis", "Quartier de la gare : votre avis",
             m.prose("La ville prépare le réaménagement du parvis de la gare. Répondez avant le 20 mai.")
             + m.capco_questionnaire("/project/quartier-de-la-gare/questionnaire/votre-avis", [("Comment venez-vous à la gare ?", ["À pied", "À vélo", "En voiture", "En bus"]),
                                                                                            ("Que manque-t-il sur le parvis ?", ["Des abris vélos", "Des bancs", "Des arbres", "Un kiosque"])]),
             {"poll"}),
    ]
    cap = Site(RH_CAP, "capcollectif", "Rosheimbach-Haslau participe", cap_pages,
               menu=[("Accueil", "/"), ("Projets", "/projects")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))

    cats = {"/c/quartiers/5": "Quartiers", "/c/environnement/7": "Environnement"}
    topic = "/t/stationnement-rue-des-vosges/41"
    agora_pages = [
        page("/", "Derniers sujets", m.discourse_list([(topic, "Stationnement rue des Vosges", "/c/quartiers/5", 14),
                                                       ("/t/compost-collectif-a-haslau/38", "Compost collectif à Haslau", "/c/environnement/7", 6)], cats), {"forum"}),
        page("/c/quartiers/5", "Quartiers", m.discourse_list([(topic, "Stationnement rue des Vosges", "/c/quartiers/5", 14)], cats), {"forum"}),
        page("/c/environnement/7", "Environnement", m.discourse_list([("/t/compost-collectif-a-haslau/38", "Compost collectif à Haslau", "/c/environnement/7", 6)], cats), {"forum"}),
        page(topic, "Stationnement rue des Vosges",
             m.discourse_posts("Stationnement rue des Vosges", [("michel_k", "2 avr. 2025", "Depuis la zone bleue, plus une place le soir pour les riverains."),
                                                                 ("Ville_Rosheimbach", "3 avr. 2025", "Un macaron résident est à l'étude, le conseil de quartier Centre en parlera le 14 avril."),
                                                                 ("anne_s", "3 avr. 2025", "Et un parking vélo devant la boulangerie ?")]),
             {"forum"}),
        page("/t/compost-collectif-a-haslau/38", "Compost collectif à Haslau",
             m.discourse_posts("Compost collectif à Haslau", [("jardinier67", "20 mars 2025", "Qui serait partant pour un composteur partagé square des Tilleuls ?"),
                                                               ("lucie", "21 mars 2025", "Moi ! Le SMICTOM fournit les bacs gratuitement.")]),
             {"forum"}),
    ]
    agora = Site(RH_AGORA, "discourse", "L'Agora de Rosheimbach-Haslau", agora_pages, menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5")])
    return City("99605", "Rosheimbach-Haslau", 18900, "67", "44", "Grand Est", f"http://{RH}/", [www, ls, cap, agora],
                decoy_accounts=("https://www.facebook.com/dna.obernai",))


# =================================================================================================
# 99606 Clairvaux-les-Sablières (Loire-Atlantique): a vendor CMS, Publik e-services, a city magazine,
# a neighbours' network of its own and "Je participe", a space drawn by a script from a JSON API
# =================================================================================================

CS = "www.clairvaux-les-sablieres.fr"
CS_DEM = "demarches.clairvaux-les-sablieres.fr"
CS_MAG = "mag.clairvaux-les-sablieres.fr"
CS_NET = "voisins.clairvaux-les-sablieres.fr"
CS_APP = "jeparticipe.clairvaux-les-sablieres.fr"
APP_BUNDLE = "/assets/main.7c41e0b2.js"
APP_API = "/api/v2/page"
APP_NAME = "Je participe – Clairvaux-les-Sablières"

# path -> (title, chapo, block the script inserts, features beyond the platform's)
APP_PAGES = {
    "/": ("Je participe à Clairvaux-les-Sablières",
          "Budget participatif, idées, consultations et pétitions : la ville se construit avec vous.",
          '<ul class="jp-home"><li><a href="/budget-participatif">Budget participatif « Les Sablières à vous d\'inventer »</a></li>'
          '<li><a href="/idees">La boîte à idées</a></li><li><a href="/consultations/plan-vert">Consultation : le plan vert</a></li>'
          '<li><a href="/petitions">Pétitions citoyennes</a></li></ul>',
          {"participation_displayed"}),
    "/budget-participatif": ("Les Sablières à vous d'inventer – budget participatif 2025",
                             "600 000 € pour des projets proposés et votés par les habitants dès 11 ans. Vote du 2 au 30 juin.",
                             '<ul class="projets"><li class="projet"><a href="/projets/112">Une forêt urbaine rue des Salorges</a> – 48 000 € '
                             '<button type="button" class="vote">Je vote pour ce projet</button></li>'
                             '<li class="projet">Des bancs et fontaines le long de l\'estuaire – 35 000 € <button type="button" class="vote">Je vote pour ce projet</button></li></ul>'
                             '<p><a href="/budget-participatif/deposer">Déposer un projet pour l\'édition 2026</a></p>',
                             {"participatory_budget"}),
    "/budget-participatif/deposer": ("Déposer un projet",
                                     "Les projets pour l'édition 2026 sont reçus jusqu'au 31 octobre : un projet d'investissement, d'intérêt général, de moins de 80 000 €.",
                                     '<form method="post" action="/api/v2/projets" class="form-projet"><label for="p-titre">Titre du projet</label><input id="p-titre" name="titre">'
                                     '<label for="p-quartier">Quartier</label><select id="p-quartier" name="quartier"><option>Centre</option><option>Les Sablières</option><option>Port-Lavigne</option></select>'
                                     '<label for="p-desc">Description</label><textarea id="p-desc" name="description" rows="6"></textarea>'
                                     '<button type="submit">Déposer mon projet</button></form>',
                                     {"participatory_budget", "suggestion_call"}),
    "/projets/112": ("Une forêt urbaine rue des Salorges",
                     "Projet lauréat proposé par le collectif Salorges en vert – 48 000 €.",
                     '<p>Planter 600 arbres en méthode Miyawaki sur la friche de la rue des Salorges.</p><section class="commentaires"><h2>Commentaires (2)</h2>'
                     '<div class="commentaire"><strong>Maëlle</strong><p>Bravo, le quartier en a besoin.</p></div>'
                     '<div class="commentaire"><strong>Hugo</strong><p>Qui entretiendra les arbres les premières années ?</p></div>'
                     '<form method="post" action="/api/v2/commentaires" class="form-commentaire"><label for="c-texte">Votre commentaire</label>'
                     '<textarea id="c-texte" name="texte" rows="3"></textarea><button type="submit">Commenter</button></form></section>',
                     {"participatory_budget", "comments"}),
    "/idees": ("La boîte à idées",
               "Proposez vos idées pour la ville : chaque mois, les élus répondent aux idées les plus soutenues.",
               '<form method="post" action="/api/v2/idees" class="boite-idees"><label for="i-titre">Votre idée en une phrase</label><input id="i-titre" name="titre">'
               '<label for="i-theme">Thème</label><select id="i-theme" name="theme"><option>Nature en ville</option><option>Déplacements</option><option>Vie de quartier</option></select>'
               '<label for="i-texte">Expliquez votre idée</label><textarea id="i-texte" name="texte" rows="6"></textarea>'
               '<label for="i-mail">Votre courriel</label><input id="i-mail" type="email" name="courriel"><button type="submit">Proposer mon idée</button></form>',
               {"suggestion_call", "contact_form"}),
    "/consultations/plan-vert": ("Consultation : le plan vert",
                                 "Où planter, que protéger ? Répondez au questionnaire avant le 15 juillet.",
                                 '<form method="post" action="/api/v2/reponses" class="questionnaire"><fieldset><legend>Quel espace vert fréquentez-vous le plus ?</legend>'
                                 '<label><input type="radio" name="q1" value="1"> Le parc de la Gournerie</label><label><input type="radio" name="q1" value="2"> Les bords de l\'estuaire</label>'
                                 '<label><input type="radio" name="q1" value="3"> Le square du Marché</label></fieldset><fieldset><legend>Faut-il ouvrir les parcs la nuit l\'été ?</legend>'
                                 '<label><input type="radio" name="q2" value="1"> Oui</label><label><input type="radio" name="q2" value="2"> Non</label></fieldset>'
                                 '<button type="submit">Envoyer mes réponses</button></form>',
                                 {"poll"}),
    "/petitions": ("Pétitions citoyennes",
                   "À 500 signatures, une pétition reçoit une réponse du maire ; à 2 000, elle est débattue en conseil municipal.",
                   '<article class="petition"><h2>Un passage piéton sécurisé devant le collège Anne-de-Bretagne</h2><p><strong>342</strong> signatures / 500</p>'
                   '<form method="post" action="/api/v2/signatures" class="signer"><label for="s-nom">Nom</label><input id="s-nom" name="nom">'
                   '<label for="s-mail">Courriel</label><input id="s-mail" type="email" name="courriel"><label><input type="checkbox" name="habitant"> J\'habite Clairvaux-les-Sablières</label>'
                   '<button type="submit">Signer</button></form></article>',
                   {"petition"}),
    "/mentions-legales": ("Mentions légales", "Je participe est édité par la Ville de Clairvaux-les-Sablières.",
                          "<p>Directeur de la publication : le maire. Hébergement en France. Vos données ne servent qu'à la participation.</p>", set()),
}

_APP_JS = """(function () {
  var root = document.querySelector("app-root");
  var url = "%s?url=" + encodeURIComponent(location.pathname);
  fetch(url, {headers: {"Accept": "application/json"}})
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (data) {
      var main = document.createElement("main");
      main.className = "jp-page";
      var nav = document.createElement("nav");
      nav.innerHTML = '<a href="/">Accueil</a> <a href="/budget-participatif">Budget participatif</a> <a href="/idees">Idées</a> <a href="/petitions">Pétitions</a>';
      var h1 = document.createElement("h1");
      h1.textContent = data.titre;
      var chapo = document.createElement("p");
      chapo.className = "chapo";
      chapo.textContent = data.chapo;
      var bloc = document.createElement("div");
      bloc.innerHTML = data.bloc;
      main.append(h1, chapo, bloc);
      root.replaceChildren(nav, main);
      document.title = data.titre + " – Je participe";
    })
    .catch(function () { root.textContent = "Le service est momentanément indisponible."; });
})();
""" % APP_API


def _app_shell():
    return Reply.html(
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{escape(APP_NAME)}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><base href="/">'
        '<link rel="stylesheet" href="/assets/styles.1a9e33.css"></head><body>'
        f'<app-root></app-root><noscript>Activez JavaScript pour utiliser Je participe.</noscript>'
        f'<script src="{APP_BUNDLE}" type="module"></script></body></html>')


def _app_special(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES and not query:
        return _app_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        wanted = unquote(query.removeprefix("url="))
        if wanted in APP_PAGES:
            title, chapo_text, block, _features = APP_PAGES[wanted]
            body = json.dumps({"titre": title, "chapo": chapo_text, "bloc": block}).encode()
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")], body)
        return Reply(404, [("Content-Type", "application/json")], b'{"erreur": "page inconnue"}')
    return None


def _app_site():
    pages = [page(path, title, "", features) for path, (title, _c, _b, features) in APP_PAGES.items()]
    return Site(CS_APP, "vendor", "Je participe", pages, address="Hôtel de ville, Clairvaux-les-Sablières",
                features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))


_APP_SITE = _app_site()


def clairvaux_les_sablieres() -> City:
    news_items = [
        ("/actualites/je-participe-fait-peau-neuve", "7 avril 2025", "Je participe fait peau neuve", "La plateforme de participation change d'allure."),
        ("/actualites/hopital-de-proximite-mobilisation", "28 mars 2025", "Hôpital de proximité : la ville mobilisée", "Motion votée à l'unanimité."),
        ("/actualites/enquete-insee-emploi", "14 mars 2025", "Enquête Emploi de l'INSEE", "Des ménages seront interrogés."),
    ]
    pages = [
        page("/", "Accueil", m.chapo("Clairvaux-les-Sablières, ville de l'estuaire.")
             + m.quick_links([(f"http://{CS_DEM}/", "Mes démarches"), ("/participer", "Clairvaux participe"), ("/contact", "Contacter la ville"),
                              (f"http://{CS_MAG}/", "Le magazine"), ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/emploi-et-marches/offres-d-emploi", "Emploi")], "En 1 clic")
             + m.news_list(news_items, more="/actualites")
             + m.agenda([("22", "mai", "Assemblée de quartier Port-Lavigne", "Salle des Salorges"), ("13", "sept.", "Forum des métiers", "Parc des expositions")])),
        page("/actualites", "Actualités", m.news_list(news_items, title="Toutes les actualités")),
        page("/actualites/je-participe-fait-peau-neuve", "Je participe fait peau neuve",
             m.prose("Depuis lundi, la plateforme Je participe a une nouvelle interface, plus lisible sur mobile. Les comptes existants sont conservés.",
                     "Le prestataire a aussi amélioré l'accessibilité pour les personnes malvoyantes."),
             decoys={"participatory_platform", "participation_displayed"}),
        page("/actualites/hopital-de-proximite-mobilisation", "Hôpital de proximité : la ville mobilisée",
             m.prose("Le conseil municipal a voté à l'unanimité une motion pour le maintien des urgences de nuit.",
                     "Une pétition nationale pour les hôpitaux de proximité circule par ailleurs sur "
                     "<a href=\"https://www.mesopinions.com/petition/sante/sauvons-hopitaux-proximite/23411\">mesopinions.com</a>."),
             decoys={"petition"}),
        page("/actualites/enquete-insee-emploi", "Enquête Emploi de l'INSEE",
             m.prose("L'INSEE conduit son enquête Emploi en continu. Certains ménages de la commune seront contactés par un enquêteur ou une enquêtrice de l'institut.",
                     "La participation est obligatoire ; les réponses sont confidentielles."), decoys={"poll"}),
        page("/participer", "Clairvaux participe",
             m.chapo("Assemblées de quartier, conseils citoyens, budget participatif, plateforme Je participe : la participation à Clairvaux-les-Sablières.")
             + m.prose("<h2>Huit assemblées de quartier</h2>", "Ouvertes à tous, elles se réunissent deux fois par an avec les élus de secteur. <a href=\"/participer/conseils-citoyens\">Conseils citoyens et assemblées</a>.",
                       "<h2>Le budget participatif</h2>", "<a href=\"/participer/budget-participatif\">Les Sablières à vous d'inventer</a>.",
                       "<h2>Je participe</h2>", f"<a href=\"http://{CS_APP}/\">jeparticipe.clairvaux-les-sablieres.fr</a> : idées, consultations et pétitions.",
                       "<h2>Entre voisins</h2>", "<a href=\"/participer/reseau-voisins\">Le réseau social des voisins</a>."),
             {"participation_displayed"}),
        page("/participer/conseils-citoyens", "Conseils citoyens et assemblées de quartier",
             m.prose("Dans les deux quartiers prioritaires (Les Sablières et Port-Lavigne), un conseil citoyen composé d'habitants tirés au sort et d'acteurs locaux participe au contrat de ville.",
                     "Les huit assemblées de quartier sont ouvertes à tous ; elles rendent des avis sur les projets d'aménagement et disposent d'un fonds d'initiatives de 10 000 €.")
             + m.infobox("Prochaines assemblées", ["Port-Lavigne – 22 mai", "Centre – 5 juin", "Les Sablières – 12 juin"]),
             {"participation_displayed"}),
        page("/participer/budget-participatif", "Budget participatif : les Sablières à vous d'inventer",
             m.prose("Chaque année, 600 000 € du budget d'investissement sont consacrés à des projets imaginés par les habitants.",
                     "Déposez vos idées d'octobre à décembre, votez en juin. En 2024, 4 211 votants ont choisi 14 projets.",
                     f"<a class=\"btn btn--primary\" href=\"http://{CS_APP}/budget-participatif\">Voir les projets et voter</a>"),
             {"participatory_budget"}),
        page("/participer/reseau-voisins", "Voisins de Clairvaux : le réseau social de proximité",
             m.prose("La ville a créé un réseau social réservé aux habitants : entraide, prêts d'objets, événements de quartier, groupes par rue.",
                     "Il est gratuit, sans publicité, et les données restent hébergées en France.",
                     f"<a class=\"btn btn--primary\" href=\"http://{CS_NET}/\">Rejoindre Voisins de Clairvaux</a>"),
             {"territorial_social_network"}),
        page("/ma-ville/budget-2025", "Budget 2025",
             m.prose("Le budget primitif 2025 a été voté le 13 février : 112 M€, dont 31 M€ d'investissement.",
                     "Le compte administratif 2024 sera présenté au conseil de juin.")
             + m.documents([("Budget primitif 2025 – note de présentation", "3,1 Mo")]), decoys={"participatory_budget"}),
        page("/ma-ville/conseil-municipal", "Conseil municipal",
             m.prose("Le conseil municipal compte 49 élus. Ses séances sont publiques et retransmises en direct.",
                     "Prochaine séance le jeudi 26 juin à 18 h 30, salle du conseil.")
             + m.documents([("Ordre du jour – séance du 26 juin 2025", "140 Ko")]), decoys={"participation_displayed"}),
        page("/contact", "Contacter la ville",
             m.prose("Hôtel de ville, 2 rue de l'Estuaire – 02 40 00 60 00.")
             + m.vendor_form("/contact", "Votre demande", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                                                            ("select:Accueil|Propreté|Voirie|Culture|Sport|Autre", "service", "Service concerné"),
                                                            ("textarea", "message", "Votre message")], "Envoyer ma demande"),
             {"contact_form"}),
        page("/emploi-et-marches/offres-d-emploi", "Offres d'emploi et appels à candidatures",
             m.prose("Appel à candidatures : directeur ou directrice du conservatoire (catégorie A). Date limite : 30 mai.",
                     "Appel à candidatures pour le marché de Noël : les artisans peuvent candidater jusqu'au 15 septembre."),
             decoys={"suggestion_call"}),
        # a page of the city's own accounts on global networks: not a neighbours' network
        page("/suivez-nous", "Suivez-nous",
             m.prose("Retrouvez l'actualité de la ville sur les réseaux sociaux.")
             + '<ul class="reseaux"><li><a href="https://www.facebook.com/ClairvauxLesSablieres">Facebook</a></li>'
               '<li><a href="https://www.instagram.com/clairvaux_sablieres">Instagram</a></li><li><a href="https://www.youtube.com/@ClairvauxLesSablieres">YouTube</a></li>'
               '<li><a href="https://bsky.app/profile/clairvaux-sablieres.bsky.social">Bluesky</a></li></ul>',
             decoys={"territorial_social_network"}),
        page("/agenda/forum-des-metiers", "Forum des métiers",
             m.prose("Collégiens et lycéens, rendez-vous au forum des métiers le 13 septembre : 70 professionnels présentent leur métier."), decoys={"forum"}),
    ]
    pages.append(_plan(pages, extra=[(f"http://{CS_DEM}/", "Démarches en ligne"), (f"http://{CS_MAG}/", "Le magazine"),
                                     (f"http://{CS_NET}/", "Voisins de Clairvaux"), (f"http://{CS_APP}/", "Je participe")]))
    accounts = [social("facebook", "ClairvauxLesSablieres"), social("instagram", "clairvaux_sablieres"), social("youtube", "ClairvauxLesSablieres"),
                social("bluesky", "clairvaux-sablieres.bsky.social")]
    www = Site(CS, "vendor", "Ville de Clairvaux-les-Sablières", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Participer", "/participer"), ("Démarches", f"http://{CS_DEM}/"),
                     ("Suivez-nous", "/suivez-nous"), ("Contact", "/contact"), ("Plan du site", PLAN)],
               accounts=accounts, address="Hôtel de ville, 2 rue de l'Estuaire, 44000 Clairvaux-les-Sablières")

    dem_pages = [
        page("/", "Mes démarches en ligne",
             '<div class="cell list-of-forms"><h2>Démarches</h2><ul>'
             '<li><a href="/contacter-la-mairie/">Contacter la mairie</a></li><li><a href="/signaler-un-probleme/">Signaler un problème sur l\'espace public</a></li>'
             '<li><a href="/deposer-une-petition/">Déposer une pétition citoyenne</a></li><li><a href="/inscription-restauration-scolaire/">Inscription à la restauration scolaire</a></li>'
             '<li><a href="/payer-une-facture/">Payer une facture</a></li></ul></div>'),
        page("/contacter-la-mairie/", "Contacter la mairie",
             m.publik_wcs("/contacter-la-mairie/", ["Votre message", "Validation"], [("text", "Nom"), ("email", "Courriel"), ("select:Accueil|Élus|Services techniques", "Destinataire"), ("text", "Message")]),
             {"contact_form"}),
        # a problem report: a free-text message to the city, sent through its e-services
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public",
             m.publik_wcs("/signaler-un-probleme/", ["Localisation", "Description", "Validation"],
                          [("select:Voirie|Éclairage|Propreté|Espaces verts", "Type de problème"), ("string", "Adresse"), ("text", "Description du problème"), ("email", "Courriel")]),
             {"contact_form"}),
        page("/deposer-une-petition/", "Déposer une pétition citoyenne",
             m.prose("Toute personne de 16 ans et plus habitant la commune peut déposer une pétition. Après vérification, elle est publiée sur Je participe et ouverte aux signatures.")
             + m.publik_wcs("/deposer-une-petition/", ["Votre pétition", "Vos coordonnées", "Validation"],
                            [("string", "Titre de la pétition"), ("text", "Texte de la pétition"), ("string", "Nom du dépositaire"), ("email", "Courriel")]),
             {"petition"}),
        page("/inscription-restauration-scolaire/", "Inscription à la restauration scolaire",
             m.publik_wcs("/inscription-restauration-scolaire/", ["Enfant", "Jours", "Validation"],
                          [("string", "Nom de l'enfant"), ("string", "École"), ("select:Lundi|Mardi|Jeudi|Vendredi|Tous les jours", "Jours de présence")]),
             decoys={"contact_form"}),
        page("/payer-une-facture/", "Payer une facture", m.payment_form("/payer-une-facture/"), decoys={"contact_form"}),
    ]
    dem = Site(CS_DEM, "publik", "Démarches – Clairvaux-les-Sablières", dem_pages,
               menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/")], address="Hôtel de ville, 2 rue de l'Estuaire")

    mag_pages = [
        page("/", "Sablières Mag",
             m.news_list([("/2025/04/la-friche-des-tanneurs-renait/", "avril 2025", "La friche des Tanneurs renaît", "Un tiers-lieu ouvre en septembre."),
                          ("/2025/03/portrait-la-voix-des-sablieres/", "mars 2025", "Portrait : la voix des Sablières", "Rencontre avec une conseillère citoyenne.")],
                         title="À la une du magazine")
             + m.prose(f"<a href=\"http://{CS}/\">Retour au site de la ville</a>")),
        page("/2025/04/la-friche-des-tanneurs-renait/", "La friche des Tanneurs renaît",
             m.prose("Ateliers d'artistes, recyclerie, café associatif : l'ancienne tannerie deviendra en septembre un tiers-lieu géré par une coopérative d'habitants.",
                     "Le projet a été choisi lors du budget participatif 2023.")
             + m.fb_comments(f"http://{CS_MAG}/2025/04/la-friche-des-tanneurs-renait/"), {"comments"}),
        # a magazine portrait of a resident who sits on a conseil citoyen: a news item, not the approach's page
        page("/2025/03/portrait-la-voix-des-sablieres/", "Portrait : la voix des Sablières",
             m.prose("Fatou, 43 ans, aide-soignante, a été tirée au sort pour le conseil citoyen des Sablières il y a trois ans.",
                     "« Au début je n'osais pas parler. Aujourd'hui je présente nos avis aux élus. » Elle raconte la rénovation de l'école Jules-Verne et la fête de quartier.")
             + m.wp_comment_area(2207, closed=True), decoys={"participation_displayed", "comments"}),
    ]
    mag = Site(CS_MAG, "wordpress", "Sablières Mag", mag_pages, menu=[("À la une", "/")], accounts=accounts,
               address="Direction de la communication, Hôtel de ville")

    net_pages = [
        page("/", "Voisins de Clairvaux",
             m.prose("Le réseau social des habitants de Clairvaux-les-Sablières, proposé par la ville. 3 412 voisins, 38 groupes de rue.")
             + m.community_composer("Besoin d'un coup de main, envie de proposer une sortie ?")
             + m.community_posts([("Yves", "Port-Lavigne", "il y a 1 h", "Prêt", "Je prête une perceuse, rue des Cordiers.", 2),
                                  ("Sarah B.", "Centre", "hier", "Événement", "Vide-grenier de la rue Crébillon dimanche, venez nombreux !", 9)])
             + '<p><a href="/quartiers/les-sablieres">Quartier des Sablières</a> · <a href="/entraide">Entraide</a></p>'),
        page("/quartiers/les-sablieres", "Quartier des Sablières",
             m.community_posts([("Conseil citoyen", "Les Sablières", "2 jours", "Événement", "Atelier de réparation de vélos samedi au pied de la tour B.", 6)])
             + m.community_composer("Écrire aux voisins des Sablières")),
        page("/entraide", "Entraide",
             m.community_posts([("Lucienne", "Centre", "4 jours", "Entraide", "Quelqu'un pour m'aider à porter mes courses le mardi ?", 5)])),
    ]
    net = Site(CS_NET, "community", "Voisins de Clairvaux", net_pages, menu=[("Fil", "/"), ("Entraide", "/entraide")],
               features=frozenset({"territorial_social_network"}))
    return City("99606", "Clairvaux-les-Sablières", 54600, "44", "52", "Pays de la Loire", f"http://{CS}/", [www, dem, mag, net, _APP_SITE])


# =================================================================================================
# 99607 Anse-Cayol-Morne-Galba (Martinique): WordPress with a Divi-like builder + Go Vocal on the vendor's domain
# =================================================================================================

AC = "www.anse-cayol-morne-galba.fr"
AC_GV = "anse-cayol-morne-galba.govocal.com"


def _divi(inner, cls="et_pb_text"):
    return (f'<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4">'
            f'<div class="et_pb_module {cls} et_pb_text_align_left"><div class="et_pb_text_inner">{inner}</div></div></div></div></div>')


def anse_cayol_morne_galba() -> City:
    ax = m.axeptio_stub("64f0c2ae9b1d3e0012ac7f55")
    news_items = [
        ("/2025/05/sondage-transport-communal/", "6 mai 2025", "Transport communal : répondez au sondage", "Navettes vers les quartiers des hauteurs."),
        ("/2025/04/front-de-mer-les-travaux/", "18 avril 2025", "Front de mer : les travaux avancent", "Le nouveau ponton est posé."),
        ("/2025/03/carnaval-2025/", "10 mars 2025", "Carnaval 2025 : merci à tous !", "Vaval a brûlé sur la plage."),
        ("/2025/02/continuite-territoriale/", "20 février 2025", "Continuité territoriale : le conseil municipal s'exprime", "Une motion sur le prix des billets."),
        ("/2025/01/resultats-sondage-cantine/", "14 janvier 2025", "Cantine : les résultats du sondage", "Produits locaux plébiscités."),
    ]
    pages = [
        page("/", "Accueil", _divi(m.chapo("Anse-Cayol-Morne-Galba, entre mornes et mer Caraïbe."))
             + m.quick_links([("/la-ville/democratie-de-proximite/", "Démocratie de proximité"), ("/la-ville/democratie-de-proximite/budget-lakou/", "Budget Lakou"),
                              ("/contact/", "Contact"), ("/services/etat-civil/prise-de-rendez-vous/", "Rendez-vous état civil"), ("/la-ville/finances/", "Finances")])
             + m.news_list(news_items[:4], more="/actualites/")
             + m.agenda([("24", "mai", "Assemblée des comités de quartier", "Salle Bèlè"), ("14", "sept.", "Forum des associations", "Front de mer")]) + ax),
        page("/actualites/", "Actualités", m.news_list(news_items, title="Toutes les actualités") + ax),
        page("/la-ville/democratie-de-proximite/", "Démocratie de proximité",
             _divi(m.prose("La commune compte onze comités de quartier – des hauteurs de Morne-Galba au bourg de l'Anse – qui réunissent les habitants autour des élus de secteur.",
                           "Deux fois par an, l'assemblée des comités de quartier fait le point sur les travaux, les transports et la vie associative.",
                           "<a href=\"/la-ville/democratie-de-proximite/budget-lakou/\">Le Budget Lakou</a> · "
                           "<a href=\"/la-ville/democratie-de-proximite/boite-a-idees/\">La boîte à idées</a> · "
                           "<a href=\"/la-ville/democratie-de-proximite/questionnaire-jeunesse/\">Questionnaire jeunesse</a>")) + ax,
             {"participation_displayed"}),
        page("/la-ville/democratie-de-proximite/budget-lakou/", "Budget Lakou : vos projets pour la commune",
             _divi(m.prose("Le Budget Lakou, c'est le budget participatif de la commune : 100 000 € pour des projets proposés par les habitants et choisis par leur vote.",
                           "Le vote 2025 est ouvert jusqu'au 15 juin sur notre plateforme de participation.",
                           f"<a class=\"et_pb_button\" href=\"http://{AC_GV}/fr-FR/projects/budget-lakou-2025\">Je vote</a>")) + ax,
             {"participatory_budget"}),
        page("/la-ville/democratie-de-proximite/boite-a-idees/", "Boîte à idées",
             _divi(m.prose("Vous avez une idée pour votre quartier ou pour la commune ? Écrivez-nous, nous vous répondrons.")
                   + m.ninja_form(4, "Boîte à idées", [("text", "Nom"), ("email", "E-mail"), ("text", "Quartier"), ("textarea", "Votre idée")], "Envoyer mon idée")) + ax,
             {"suggestion_call", "contact_form"}),
        page("/la-ville/democratie-de-proximite/questionnaire-jeunesse/", "Questionnaire jeunesse",
             _divi(m.prose("Jeunes de 15 à 25 ans : quels équipements, quelles activités, quels horaires ? Répondez au questionnaire, 3 minutes.")
                   + m.typeform_embed("kJ7wQe2R", "Questionnaire jeunesse")) + ax, {"poll"}),
        page("/2025/05/sondage-transport-communal/", "Transport communal : répondez au sondage",
             _divi(m.prose("La commune étudie des navettes vers les quartiers des hauteurs. Dites-nous vos besoins avant le 31 mai.")
                   + m.ms_form("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__kCeAx1UMFNBT0FYNzc", "Sondage transport communal")) + ax, {"poll"}),
        page("/2025/04/front-de-mer-les-travaux/", "Front de mer : les travaux avancent",
             _divi(m.prose("Le nouveau ponton est posé et les carbets de la plage sont en cours de rénovation. Fin des travaux prévue pour les vacances de juillet.",
                           "Martinique la 1ère y a consacré un reportage, à revoir sur <a href=\"https://www.facebook.com/martinique1ere\">sa page Facebook</a>."))
             + m.wp_comment_area(902, [("Josiane", "19 avril 2025 à 8 h 10", "Très beau travail, pensez aux douches de plage."),
                                       ("Ti-Paul", "19 avril 2025 à 13 h 44", "Et l'éclairage le soir ?")]) + ax, {"comments"}),
        page("/2025/03/carnaval-2025/", "Carnaval 2025 : merci à tous !",
             _divi(m.prose("Quatre jours de vidé, des groupes à peau et à caisse claire, et Vaval brûlé sur la plage mercredi des Cendres. Merci aux bénévoles !"))
             + m.wp_comment_area(887, closed=True) + m.share_links(f"http://{AC}/2025/03/carnaval-2025/", "Carnaval 2025") + ax, decoys={"comments"}),
        page("/2025/02/continuite-territoriale/", "Continuité territoriale : le conseil municipal s'exprime",
             _divi(m.prose("Le conseil municipal a adopté une motion sur le prix des billets d'avion entre les Antilles et l'Hexagone.",
                           "Une pétition nationale sur le sujet circule sur <a href=\"https://www.change.org/p/continuite-territoriale-billets-abordables\">change.org</a>.")) + ax,
             decoys={"petition"}),
        page("/2025/01/resultats-sondage-cantine/", "Cantine : les résultats du sondage",
             _divi(m.results_table("Souhaitez-vous plus de produits locaux à la cantine ?", [("Oui", 88), ("Non", 4), ("Sans avis", 8)], "Sondage clos le 20 décembre 2024 – 356 réponses")) + ax,
             decoys={"poll"}),
        page("/contact/", "Contact",
             _divi(m.prose("Hôtel de ville, rue Schœlcher – 05 96 00 70 00.")
                   + m.ninja_form(2, "Écrire à la mairie", [("text", "Nom"), ("email", "E-mail"), ("text", "Objet"), ("textarea", "Message")])) + ax,
             {"contact_form"}),
        page("/la-ville/finances/", "Finances communales",
             _divi(m.prose("Le budget primitif 2025 s'élève à 14,6 M€. L'effort d'investissement porte sur le front de mer, les routes des mornes et l'école de Morne-Galba.")) + ax,
             decoys={"participatory_budget"}),
        page("/la-ville/conseil-municipal/", "Le conseil municipal",
             _divi(m.prose("Le conseil municipal compte 29 membres. Séances publiques à l'hôtel de ville ; prochaine séance le 12 juin à 18 h.")
                   + m.documents([("Procès-verbal du 10 avril 2025", "330 Ko")])) + ax, decoys={"participation_displayed"}),
        page("/vie-locale/forum-des-associations/", "Forum des associations",
             _divi(m.prose("Le 14 septembre sur le front de mer : associations sportives, culturelles, de quartier. Démonstration de danmyé à 16 h.")) + ax,
             decoys={"forum"}),
        page("/vie-locale/concours-photo/", "Concours photo « Ma commune vue d'en haut »",
             _divi(m.prose("Envoyez vos plus belles photos de la commune avant le 30 juin. Trois prix, exposition en mairie en septembre.")) + ax,
             decoys={"suggestion_call"}),
        page("/services/etat-civil/prise-de-rendez-vous/", "Prendre rendez-vous – état civil",
             m.appointment_form("/services/etat-civil/prise-de-rendez-vous/", ["Carte d'identité", "Passeport", "Mariage", "Reconnaissance"]) + ax,
             decoys={"contact_form"}),
    ]
    pages.append(_plan(pages, extra=[(f"http://{AC_GV}/fr-FR/", "Plateforme de participation")]))
    www = Site(AC, "wordpress", "Anse-Cayol-Morne-Galba", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Démocratie de proximité", "/la-ville/democratie-de-proximite/"),
                     ("Contact", "/contact/"), ("Plan du site", PLAN)],
               accounts=[social("facebook", "AnseCayolMorneGalba"), social("instagram", "ansecayol_mornegalba"),
                         social("youtube", "AnseCayolMorneGalba"), social("tiktok", "ansecayol972")],
               address="Hôtel de ville, rue Schœlcher, 97200 Anse-Cayol-Morne-Galba")

    idea = "/fr-FR/ideas/un-abri-couvert-pour-les-dominos-a-fond-lahaye"
    gv_pages = [
        page("/fr-FR/", "Accueil", m.chapo("Participez à la vie de votre commune.")
             + '<div class="e2e-projects-list"><a href="/fr-FR/projects/budget-lakou-2025">Budget Lakou 2025</a>'
               '<a href="/fr-FR/projects/idees-pour-le-bourg">Des idées pour le bourg</a><a href="/fr-FR/projects/enquete-eau-potable">Enquête : l\'eau au robinet</a></div>'
               '<p><a href="/fr-FR/sign-in">Se connecter</a></p>'),
        page("/fr-FR/projects/budget-lakou-2025", "Budget Lakou 2025",
             m.prose("Phase de vote : répartissez 100 000 € entre les projets retenus.")
             + m.govocal_idea_cards([(idea, "Un abri couvert pour les dominos à Fond-Lahaye", 214, 12)])
             + '<div class="e2e-voting-form"><p>Budget restant : 100 000 €</p><button class="e2e-add-to-basket">Ajouter au panier</button><button class="e2e-submit-basket">Soumettre mon vote</button></div>',
             {"participatory_budget"}),
        page(idea, "Un abri couvert pour les dominos à Fond-Lahaye",
             m.prose("Proposé par Max-Henri – 18 000 €", "Les anciens jouent aux dominos sous un manguier ; un abri couvert et des tables permettraient de jouer à l'abri des averses.")
             + m.govocal_comments([("Line", "Bon projet, le quartier en a besoin."), ("Didier", "Avec un point d'eau, ce serait parfait.")]),
             {"participatory_budget", "comments"}, decoys={"suggestion_call"}),
        page("/fr-FR/projects/idees-pour-le-bourg", "Des idées pour le bourg",
             m.prose("Comment rendre le bourg plus agréable ? Partagez vos idées, commentez et votez pour celles des autres.",
                     '<a class="e2e-idea-button" href="/fr-FR/sign-in">Soumettez votre idée</a>')
             + m.govocal_idea_cards([(idea, "Un abri couvert pour les dominos", 214, 12)]), {"suggestion_call"}),
        page("/fr-FR/projects/enquete-eau-potable", "Enquête : l'eau au robinet",
             m.prose("Coupures, goût, pression : dites-nous comment vous vivez l'eau au robinet. 6 questions.")
             + '<form id="e2e-native-survey" class="e2e-survey-form"><fieldset><legend>Avez-vous subi des coupures ce mois-ci ?</legend>'
               '<label><input type="radio" name="q1" value="jamais"> Jamais</label><label><input type="radio" name="q1" value="une"> Une fois</label>'
               '<label><input type="radio" name="q1" value="souvent"> Plusieurs fois</label></fieldset><button type="submit" class="e2e-submit-form">Envoyer</button></form>',
             {"poll"}),
        page("/fr-FR/sign-in", "Se connecter", m.login_form("/fr-FR/sign-in", "email", "password"), decoys={"contact_form"}),
    ]
    gv = Site(AC_GV, "govocal", "Anse-Cayol-Morne-Galba participe", gv_pages,
              menu=[("Accueil", "/fr-FR/"), ("Budget Lakou", "/fr-FR/projects/budget-lakou-2025")], redirects={"/": "/fr-FR/"},
              features=frozenset({"participatory_platform"}), platforms=frozenset({"go_vocal"}))
    return City("99607", "Anse-Cayol-Morne-Galba", 11240, "972", "02", "Martinique", f"http://{AC}/", [www, gv],
                decoy_accounts=("https://www.facebook.com/martinique1ere",))


# =================================================================================================
# 99608 Montcabrier-Pechbelle (Lot): a village on a hosted site builder for small communes
# =================================================================================================

MP = "www.montcabrier-pechbelle.fr"


def _sb(html):
    return f'<div class="sb-block sb-block--text">{html}</div>'


def montcabrier_pechbelle() -> City:
    pages = [
        page("/", "Accueil", _sb(m.chapo("Bienvenue à Montcabrier-Pechbelle, 640 habitants, entre causse et vallée du Lot."))
             + m.quick_links([("/mairie/contact", "Contacter la mairie"), ("/vie-du-village/vos-idees", "Vos idées pour le village"),
                              ("/vie-du-village/questionnaire-salle-des-fetes", "Questionnaire salle des fêtes"), ("/mairie/location-salle", "Louer la salle"),
                              ("/infos-pratiques/panneaupocket", "PanneauPocket"), ("/mairie/budget", "Budget")], "Infos rapides")
             + m.news_list([("/vie-du-village/questionnaire-salle-des-fetes", "avril 2025", "Salle des fêtes : votre avis", "Un questionnaire pour préparer la rénovation."),
                            ("/vie-du-village/resultats-questionnaire-ecole", "février 2025", "Horaires de l'école : les résultats", "Merci aux familles."),
                            ("/infos-pratiques/recensement", "janvier 2025", "Recensement 2025", "L'agente recenseuse passe chez vous.")], "Les nouvelles du village")
             + m.agenda([("18", "mai", "Réunion publique : la salle des fêtes", "Salle des fêtes"), ("7", "sept.", "Forum des associations du causse", "Pechbelle")])),
        page("/mairie/contact", "Contacter la mairie",
             _sb(m.prose("Mairie ouverte lundi, mardi et jeudi de 9 h à 12 h. Tél. 05 65 00 18 40."))
             + m.builder_form("/mairie/contact", [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("text", "sujet", "Sujet"), ("textarea", "message", "Message")]),
             {"contact_form"}),
        page("/vie-du-village/questionnaire-salle-des-fetes", "Salle des fêtes : votre avis",
             _sb(m.prose("La salle des fêtes doit être rénovée en 2026. Avant de choisir entre deux projets, le conseil municipal veut connaître vos usages. Répondez avant le 15 mai."))
             + m.framaform("salle-des-fetes-montcabrier-1712", "Questionnaire salle des fêtes"), {"poll"}),
        page("/vie-du-village/vos-idees", "Vos idées pour le village",
             _sb(m.prose("Une idée pour Montcabrier-Pechbelle ? Fleurissement, chemins de randonnée, animations, commerces : déposez vos suggestions, le conseil les examine à chaque séance."))
             + m.tally_embed("wMxb2P", "Boîte à idées du village"), {"suggestion_call"}),
        page("/vie-du-village/commissions-ouvertes", "Les commissions ouvertes aux habitants",
             _sb(m.prose("Trois commissions municipales sont ouvertes aux habitants non élus : chemins et patrimoine, animation, école et jeunesse.",
                         "Chacun peut y participer ; les réunions sont annoncées sur PanneauPocket et au panneau de la mairie. "
                         "Une réunion publique a lieu chaque année avant le vote du budget.")), {"participation_displayed"}),
        page("/vie-du-village/resultats-questionnaire-ecole", "Horaires de l'école : les résultats",
             _sb(m.results_table("Préférez-vous la semaine de 4 jours ?", [("Oui", 72), ("Non", 28)], "Questionnaire clos le 31 janvier 2025 – 46 familles"))),
        page("/mairie/budget", "Budget de la commune",
             _sb(m.prose("Budget primitif 2025 : 520 000 € en fonctionnement, 310 000 € en investissement (toiture de l'église, chemin de Pechbelle)."))),
        page("/mairie/comptes-rendus", "Comptes rendus du conseil municipal",
             _sb(m.prose("Séance du 3 avril 2025 : vote du budget, subvention au comité des fêtes, devis pour la salle des fêtes.") + m.documents([("Compte rendu du 3 avril 2025", "96 Ko")])),
             decoys={"participation_displayed"}),
        page("/infos-pratiques/panneaupocket", "PanneauPocket",
             _sb(m.prose("Téléchargez l'application PanneauPocket et ajoutez Montcabrier-Pechbelle à vos favoris pour recevoir les alertes de la mairie (coupures, travaux, météo)."))),
        page("/infos-pratiques/gendarmerie", "Participation citoyenne avec la gendarmerie",
             _sb(m.prose("Le village participe au dispositif « participation citoyenne » : trois référents sont en contact avec la brigade de Puy-l'Évêque."))),
        page("/infos-pratiques/recensement", "Recensement 2025",
             _sb(m.prose("Le recensement a lieu du 16 janvier au 15 février. Notre agente recenseuse, Mme Delpech, vous remettra vos codes pour répondre en ligne."))),
        page("/agenda/forum-des-associations", "Forum des associations du causse",
             _sb(m.prose("Le 7 septembre à Pechbelle, les associations des cinq communes du causse présentent leurs activités : randonnée, théâtre, gym douce, chorale."))),
        page("/mairie/location-salle", "Louer la salle des fêtes",
             _sb(m.prose("Tarifs : 120 € le week-end pour les habitants, 250 € pour les extérieurs."))
             + m.booking_form("/mairie/location-salle", ["Salle des fêtes", "Petite salle de la mairie"], "Demande de location")),
    ]
    decoys = {"/vie-du-village/resultats-questionnaire-ecole": {"poll"}, "/mairie/budget": {"participatory_budget"},
              "/infos-pratiques/panneaupocket": {"territorial_social_network"}, "/infos-pratiques/gendarmerie": {"participation_displayed"},
              "/infos-pratiques/recensement": {"poll"}, "/agenda/forum-des-associations": {"forum"}, "/mairie/location-salle": {"contact_form"}}
    pages = [page(p.path, p.title, p.body, p.features, decoys.get(p.path, p.decoys)) for p in pages]
    pages.append(_plan(pages, "/plan-du-site"))
    www = Site(MP, "estuaires_sitebuilder", "Montcabrier-Pechbelle", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie/contact"), ("Vie du village", "/vie-du-village/commissions-ouvertes"),
                     ("Infos pratiques", "/infos-pratiques/panneaupocket")],
               accounts=[social("facebook", "MontcabrierPechbelle")], address="Mairie, le Bourg, 46700 Montcabrier-Pechbelle")
    return City("99608", "Montcabrier-Pechbelle", 640, "46", "76", "Occitanie", f"http://{MP}/", [www])


def cities():
    return [vabrette_la_sauvetat(), ploumorvan_kerhuel(), lauragnac_tolosane(), aiguebelle_sur_lauzon(),
            rosheimbach_haslau(), clairvaux_les_sablieres(), anse_cayol_morne_galba(), montcabrier_pechbelle()]


def hosts():
    """The space drawn by a script answers its shells, its bundle and its API before its pages."""
    return {CS_APP: CustomHost(_APP_SITE, _app_special)}
