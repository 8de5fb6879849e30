"""Holdout, fortieth part (``estrans``, 99221-99228): mid-sized communes (25,000-60,000 inhabitants) that run
much of their participation through outside services (a Fluicity, id-city, Jenparle or Consultvox space, a Decidim
space hosted by the intercommunality, a Cap Collectif or Go Vocal space, a hosted neighbours' network, a survey
service, a petition service), and present them under their own brand on their own sites; with the lookalikes
such sites hold (alert apps, report-a-problem forms, classified ads between neighbours, the gendarmerie's
"participation citoyenne", budget primitif, enquête publique, census, tenders and grant calls, closed polls,
a tourist office's accounts, national petition sites named in passing).

Labelling conventions of this part: every page of a participation platform or a neighbours' network carries the
site's feature (``Site.features``); a city page that presents such a space and links to it is a decoy of that feature
(the space is elsewhere) but holds what it says itself (the approach, a call for ideas, the budget); forms filing an
idea or a project carry a free-text field sent to the city, so they are contact forms too; report-a-problem forms are
contact forms and decoys of a call for ideas."""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import estrans_markup as m

CF, PD, FO, CO, PO = "contact_form", "participation_displayed", "forum", "comments", "poll"
PE, SC, PB, PP, TSN = "petition", "suggestion_call", "participatory_budget", "participatory_platform", \
    "territorial_social_network"
SA = "social_account"

# Hosts served with an outside service's own layout (host -> (site, layout name)); filled as the cities are built.
_CUSTOM = {}


def _saas(host, layout, title, pages, menu, features=(), platforms=(), login=True):
    """A space on an outside service, served with the service's layout; its login and terms pages included."""
    extra = []
    if login:
        # a login form is not a contact form
        extra.append(page("/connexion", "Connexion", m.prose("Connectez-vous pour participer.") + m.login_page("/connexion"),
                          decoys={CF}))
        extra.append(page("/cgu", "Conditions générales d'utilisation", m.CGU))
    site = Site(host, "flarum", title, pages=list(pages) + extra, menu=menu, features=frozenset(features),
                platforms=frozenset(platforms), address=title)
    _CUSTOM[host] = (site, layout)
    return site


def _home(intro, quick, news, events, extra=""):
    return (m.cookie_banner() + m.prose(intro) + m.quick_links(quick) + extra + m.teasers(news) + m.agenda(events))


# ==== 99221 Plouzivec (Bretagne, Finistère): WordPress, a Fluicity space, a survey service =================

def plouzivec():
    host, flui, survey = "www.plouzivec.bzh", "plouzivec.flui.city", "www.sondages-express.fr"
    news = [("/actualites/sondage-stationnement/", "Stationnement place de l'Église : votre avis", "12 mars"),
            ("/actualites/voie-verte/", "La voie verte du Dourdu ouvre au printemps", "8 mars"),
            ("/actualites/resultats-sondage-marche/", "Marché du soir : les résultats", "2 mars"),
            ("/actualites/budget-primitif-2025/", "Budget primitif 2025 voté", "27 février"),
            ("/actualites/alertes-sur-votre-telephone/", "Les alertes de la mairie sur votre téléphone", "20 février"),
            ("/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne : une convention avec la gendarmerie", "14 février")]
    events = [("/actualites/conseil-municipal-mars/", "Conseil municipal", "28 mars, 18 h 30"),
              ("/agenda/forum-des-associations/", "Forum des associations", "7 septembre"),
              ("/ma-ville/participer/conseils-de-quartier/kerhuel/", "Conseil de quartier de Kerhuel", "3 avril")]
    comments = [("Annaïg L.", "9 mars", "Bonne nouvelle, on pourra enfin aller au collège à vélo sans passer par la départementale."),
                ("Yann", "9 mars", "Est-ce qu'il y aura un éclairage sur la portion le long de l'étang ?"),
                ("Mairie de Plouzivec", "10 mars", "Un éclairage à détection de présence est prévu sur 400 mètres.")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Plouzivec, ville littorale de 38 000 habitants au fond de la rade.",
            [("/ma-ville/participer/", "Plouzivec ensemble"), ("/ma-ville/participer/application-fluicity/", "Appli citoyenne"),
             ("/vie-pratique/signaler/", "Signaler un problème"), ("/contact/", "Contacter la mairie"),
             ("/lettre-d-information/", "Lettre d'information"), ("/ma-ville/participer/questionnaire-mobilites/", "Enquête mobilités")],
            news, events)),
        page("/ma-ville/participer/", "Plouzivec ensemble", m.prose(
            "Plouzivec ensemble, c'est la démarche de démocratie participative engagée par la municipalité depuis 2021 : "
            "associer les habitants aux décisions qui transforment leur quotidien, du choix d'un aménagement à l'évaluation d'un service.",
            "Elle repose sur six conseils de quartier, une application citoyenne où chacun peut proposer et voter, des "
            "questionnaires ponctuels et des réunions publiques avant chaque grand projet.")
             + m.h2("Les outils de la participation")
             + m.links([("/ma-ville/participer/conseils-de-quartier/", "Les conseils de quartier"),
                        ("/ma-ville/participer/application-fluicity/", "L'application citoyenne"),
                        ("/ma-ville/participer/questionnaire-mobilites/", "Le questionnaire mobilités"),
                        ("/ma-ville/participer/charte/", "La charte de la participation")]), {PD}),
        page("/ma-ville/participer/charte/", "Charte de la participation citoyenne", m.prose(
            "Adoptée par le conseil municipal, la charte fixe les engagements de la ville : informer en amont, rendre compte "
            "des avis recueillis, expliquer les choix retenus.",
            "Elle précise aussi le rôle des conseils de quartier et les règles de modération des espaces en ligne."), {PD},
             parent=("Plouzivec ensemble", "/ma-ville/participer/")),
        page("/ma-ville/participer/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Six conseils de quartier réunissent habitants volontaires, représentants d'associations et un élu référent. "
            "Ils se réunissent quatre fois par an et disposent d'une enveloppe de fonctionnement.",
            "Chaque habitant de plus de 16 ans peut y siéger : les candidatures sont reçues en septembre.")
             + m.links([("/ma-ville/participer/conseils-de-quartier/kerhuel/", "Kerhuel - Port"),
                        ("/ma-ville/participer/conseils-de-quartier/centre/", "Centre-ville")]), {PD},
             parent=("Plouzivec ensemble", "/ma-ville/participer/")),
        page("/ma-ville/participer/conseils-de-quartier/kerhuel/", "Conseil de quartier Kerhuel - Port", m.prose(
            "Prochaine réunion plénière le 3 avril à 18 h à la maison du quartier, ouverte à tous les habitants.",
            "À l'ordre du jour : sécurisation de la rue des Goémoniers, bilan de la fête de quartier, questions diverses.")
             + m.h2("Compte rendu de la séance du 12 décembre") + m.prose(
            "Quinze habitants présents. Les membres ont retenu deux priorités pour l'année : un abri vélos près de la cale et "
            "un parcours de santé le long du sentier côtier."), {PD},
             parent=("Les conseils de quartier", "/ma-ville/participer/conseils-de-quartier/")),
        page("/ma-ville/participer/conseils-de-quartier/centre/", "Conseil de quartier Centre-ville", m.prose(
            "Le conseil du centre-ville travaille sur la végétalisation des cours d'école et le plan de circulation.",
            "Ses membres animent aussi une permanence mensuelle au marché du samedi pour recueillir l'avis des passants."), {PD},
             parent=("Les conseils de quartier", "/ma-ville/participer/conseils-de-quartier/")),
        # presents the city's app and calls for ideas on it; the platform itself is the flui.city space, not this page
        page("/ma-ville/participer/application-fluicity/", "L'application citoyenne", m.prose(
            "Depuis votre téléphone ou votre ordinateur, l'espace citoyen de Plouzivec vous permet de suivre l'actualité de la "
            "ville, de répondre aux consultations et de déposer vos idées pour la commune.",
            "Une idée pour votre quartier ? Proposez-la : au-delà de 50 soutiens, elle est étudiée par les services et reçoit "
            "une réponse publique de l'élu concerné.",
            f'<a class="btn" href="http://{flui}/">Accéder à l\'espace citoyen</a> '
            f'<a href="http://{flui}/idees/nouvelle">Déposer une idée</a>'), {PD, SC}, decoys={PP},
             parent=("Plouzivec ensemble", "/ma-ville/participer/")),
        # the survey service's questionnaire embedded in the city's page: residents answer it here
        page("/ma-ville/participer/questionnaire-mobilites/", "Enquête sur vos déplacements", m.prose(
            "Comment vous déplacez-vous dans Plouzivec ? Pour préparer le plan de mobilité, la ville lance une enquête en ligne "
            "ouverte à tous les habitants jusqu'au 30 avril. Comptez cinq minutes.")
             + f'<iframe src="http://{survey}/s/plouzivec-mobilites" title="Questionnaire mobilités" width="100%" '
               f'height="900" loading="lazy"></iframe>'
             + m.prose(f'<a href="http://{survey}/s/plouzivec-mobilites" target="_blank">Ouvrir le questionnaire dans un nouvel onglet</a>'),
             {PO, PD}, parent=("Plouzivec ensemble", "/ma-ville/participer/")),
        page("/actualites/sondage-stationnement/", "Stationnement place de l'Église : votre avis", m.with_aside(
            m.prose("La place de l'Église sera réaménagée en 2026. La municipalité hésite entre plusieurs formules de "
                    "stationnement et vous demande votre préférence dans le sondage ci-contre.",
                    "Le sondage reste ouvert jusqu'au 15 avril.") + m.share(f"http://{host}/actualites/sondage-stationnement/"),
            m.wp_polls(14, "Quelle formule préférez-vous pour la place de l'Église ?",
                       ["Zone bleue gratuite 1 h 30", "Stationnement payant", "Place piétonne le week-end"])), {PO}),
        page("/actualites/resultats-sondage-marche/", "Marché du soir : les résultats", m.prose(
            "Vous avez été plus de 600 à répondre au sondage sur un marché du vendredi soir. Le conseil municipal en a tiré "
            "les conséquences : le marché ouvrira de juin à septembre.")
             + m.wp_polls_closed(11, "Faut-il un marché le vendredi soir en été ?",
                                 [("Oui", 71, 431), ("Non", 18, 109), ("Sans opinion", 11, 67)], 607), decoys={PO}),
        page("/actualites/voie-verte/", "La voie verte du Dourdu ouvre au printemps", m.prose(
            "Les 3,2 km de voie verte entre le bourg et le collège seront ouverts aux piétons et cyclistes fin avril.",
            "Le chantier a été financé avec le soutien de la région et du département.")
             + m.share(f"http://{host}/actualites/voie-verte/", "Voie verte") + m.wp_comments(412, comments), {CO}),
        page("/actualites/budget-primitif-2025/", "Budget primitif 2025 voté", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 41,2 millions d'euros, dont 9,8 millions d'investissement.",
            "Les taux d'imposition restent inchangés. Le document budgétaire est consultable en mairie et en ligne.")
             + m.wp_comments_closed(), decoys={PB, CO}),
        # an app that only pushes the town hall's alerts: nobody proposes, votes or answers anything in it
        page("/actualites/alertes-sur-votre-telephone/", "Les alertes de la mairie sur votre téléphone", m.prose(
            "Coupures d'eau, alertes météo, fermetures de routes : recevez les alertes de la mairie en temps réel en "
            "installant gratuitement l'application d'alertes municipales et en ajoutant Plouzivec à vos favoris.",
            "Aucune inscription n'est nécessaire et aucune donnée personnelle n'est collectée."), decoys={PP, TSN}),
        # the gendarmerie's watch scheme borrows the words of participation but is not the city's approach
        page("/actualites/participation-citoyenne-gendarmerie/", "Participation citoyenne : une convention avec la gendarmerie",
             m.prose("Le maire a signé avec la gendarmerie le protocole « participation citoyenne ». Des habitants référents, "
                     "désignés dans chaque quartier, relaieront auprès des gendarmes les faits inhabituels.",
                     "Le dispositif vise à prévenir les cambriolages ; il ne se substitue pas à l'action des forces de l'ordre."),
             decoys={PD, TSN}),
        page("/actualites/conseil-municipal-mars/", "Conseil municipal du 28 mars", m.prose(
            "Ordre du jour : approbation du procès-verbal, compte administratif 2024, subventions aux associations, tarifs "
            "des séjours d'été. La séance est publique et retransmise en direct."), decoys={PD, PB}),
        page("/agenda/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations se tiendra le samedi 7 septembre à la salle omnisports de 10 h à 18 h : plus de "
            "quatre-vingts associations sportives, culturelles et solidaires vous y attendent."), decoys={FO}),
        # a report form writes a free-text message to the city, but reports a fault: it calls for no idea
        page("/vie-pratique/signaler/", "Signaler un problème sur l'espace public", m.prose(
            "Nid-de-poule, éclairage en panne, dépôt sauvage : signalez-le aux services techniques, qui interviennent sous 72 h.")
             + m.gravity_form(3, "/vie-pratique/signaler/", [("Votre nom", "text"), ("Votre e-mail", "email"),
                                                            ("Adresse ou lieu", "text")], "Description du problème"),
             {CF}, decoys={SC}),
        page("/contact/", "Contacter la mairie", m.prose(
            "Hôtel de ville, place de la Résistance. Accueil du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30.")
             + m.cf7("/contact/"), {CF}, decoys={SC}),
        page("/lettre-d-information/", "Lettre d'information", m.prose(
            "Recevez chaque mois l'essentiel de l'actualité de Plouzivec dans votre boîte aux lettres électronique.")
             + m.newsletter("/lettre-d-information/"), decoys={CF}),
    ]
    www = Site(host, "wordpress", "Ville de Plouzivec", pages,
               menu=[("Accueil", "/"), ("Participer", "/ma-ville/participer/"), ("Actualités", "/actualites/voie-verte/"),
                     ("Signaler", "/vie-pratique/signaler/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilledePlouzivec"), social("instagram", "plouzivec_officiel"),
                         social("youtube", "VillePlouzivec")],
               address="Hôtel de ville, place de la Résistance, 29000 Plouzivec")
    ideas = [("Boîte à livres au square de Kerhuel", 84, "À l'étude"), ("Des toilettes publiques près de la plage", 132, "Réalisée"),
             ("Un composteur collectif rue de Brest", 41, "En vote")]
    wall = "".join(f'<article class="flui-card flui-card--idea"><h3><a href="/idees/1423-boite-a-livres-kerhuel">{t}</a></h3>'
                   f'<p class="flui-card__meta">{n} soutiens · <span class="flui-status">{s}</span></p></article>' for t, n, s in ideas)
    flui_pages = [
        page("/", "Plouzivec", m.prose("Bienvenue dans l'espace participatif de Plouzivec : suivez les projets de la ville, "
                                       "donnez votre avis et proposez vos idées.")
             + m.links([("/idees", "Idées des habitants"), ("/consultations/port-de-plaisance", "Consultation : le port de demain"),
                        ("/consultations/rythmes-scolaires", "Rythmes scolaires : les résultats"), ("/actualites", "Actualités"),
                        ("/a-propos", "À propos")], "flui-shortcuts")),
        page("/idees", "Idées des habitants", m.prose("Les idées proposées par les habitants. Soutenez celles qui vous "
                                                      "plaisent ou proposez la vôtre.")
             + '<a class="flui-btn flui-btn--primary" href="/idees/nouvelle">Proposer une idée</a>' + wall, {SC}),
        page("/idees/nouvelle", "Proposer une idée", m.prose("Votre idée doit concerner la commune et relever de ses compétences.")
             + m.vendor_form("/idees", "flui-idea", "Nouvelle idée", [("Titre de votre idée", "title", "text"),
                             ("Quartier", "area", ("select", ["Centre", "Kerhuel - Port", "Le Dourdu", "Penn ar Guer"]))],
                             "Décrivez votre idée", "Publier mon idée"), {SC, CF}, parent=("Idées des habitants", "/idees")),
        page("/idees/1423-boite-a-livres-kerhuel", "Boîte à livres au square de Kerhuel", m.prose(
            "Proposée par Maëlle K. : installer une boîte à livres sous l'abri du square, entretenue par l'amicale du quartier.",
            "<strong>84 soutiens</strong> · Réponse de la ville attendue")
             + '<button class="flui-btn flui-support">Je soutiens</button>'
             + '<section class="flui-comments"><h2>Commentaires (2)</h2><ul><li><b>Erwan</b> Très bonne idée, je peux fabriquer '
               'la boîte.</li><li><b>Sophie</b> Et pourquoi pas une deuxième près de l\'école ?</li></ul>'
               '<form class="flui-comment-form" method="post" action="/idees/1423-boite-a-livres-kerhuel/commentaires">'
               '<label for="flui-c">Votre commentaire</label><textarea id="flui-c" name="comment[body]"></textarea>'
               '<button type="submit">Commenter</button></form></section>', {CO}, parent=("Idées des habitants", "/idees")),
        page("/consultations/port-de-plaisance", "Consultation : le port de demain", m.prose(
            "La ville et la région préparent la rénovation du port de plaisance. Répondez en quelques minutes.")
             + m.questionnaire("/consultations/port-de-plaisance/reponses", "Consultation ouverte jusqu'au 20 mai.",
                               [("Fréquentez-vous le port ?", ["Chaque semaine", "Parfois", "Jamais"]),
                                ("Quelle priorité pour les quais ?", ["Promenade", "Stationnement", "Terrasses"])],
                               "flui-survey", free_text="Une remarque ?"), {PO}),
        page("/consultations/rythmes-scolaires", "Rythmes scolaires : les résultats", m.prose(
            "La consultation sur l'organisation de la semaine scolaire est close depuis le 15 janvier.")
             + m.results("Semaine de quatre jours ou de quatre jours et demi ?", [("Quatre jours", 62), ("Quatre jours et demi", 38)]),
             decoys={PO}),
        page("/actualites", "Actualités", m.prose("Travaux du front de mer : la circulation est alternée jusqu'au 30 avril.",
                                                  "Réunion publique sur le port le 18 avril à la salle du Ponant.")),
        page("/a-propos", "À propos", m.prose("Cet espace est animé par le service démocratie participative de la ville. "
                                              "Chaque idée reçoit une réponse et chaque consultation un compte rendu.",
                                              f'<a href="http://{host}/ma-ville/participer/">Retour au site de la ville</a>'), {PD}),
    ]
    space = _saas(flui, "fluicity", "Plouzivec", flui_pages,
                  [("Accueil", "/"), ("Idées", "/idees"), ("Consultations", "/consultations/port-de-plaisance"),
                   ("Actualités", "/actualites")], features={PP}, platforms={"fluicity"})
    survey_pages = [
        page("/s/plouzivec-mobilites", "Vos déplacements à Plouzivec", m.questionnaire(
            "/s/plouzivec-mobilites/submit", "Questionnaire de la ville de Plouzivec - réponses anonymes.",
            [("Quel mode de transport utilisez-vous le plus ?", ["Voiture", "Vélo", "Marche", "Bus"]),
             ("Seriez-vous prêt à laisser la voiture pour les trajets courts ?", ["Oui", "Peut-être", "Non"]),
             ("Combien de temps mettez-vous pour aller au travail ?", ["Moins de 15 min", "15 à 30 min", "Plus de 30 min"])],
            "sv-form", "Terminer", "Qu'est-ce qui vous aiderait à changer vos habitudes ?"), {PO}),
        page("/", "Sondages Express", m.prose("Créez, diffusez et analysez vos questionnaires en ligne. Service utilisé par "
                                              "des collectivités, des associations et des entreprises.",
                                              "Vous avez reçu un lien vers un questionnaire ? Il s'ouvre directement.")),
        page("/confidentialite", "Confidentialité", m.prose("Les réponses sont conservées douze mois puis supprimées.",
                                                            "Le responsable du traitement est l'organisme qui publie le questionnaire.")),
    ]
    svc = _saas(survey, "survey_service", "Sondages Express", survey_pages, [], login=False)
    return City("99221", "Plouzivec", 38_400, "29", "53", "Bretagne", f"http://{host}/", [www, space, svc])


# ==== 99222 Saint-Aubrelin (Normandie, Calvados): Drupal, a budget on id-city, a hosted neighbours' network ====

def saint_aubrelin():
    host, idc, net = "www.saint-aubrelin.fr", "saint-aubrelin.id-city.com", "saint-aubrelin.voisinades.fr"
    news = [("/actualites/nouveau-skatepark", "Le skatepark des Prés-Salés ouvre ses portes", "15 mars"),
            ("/actualites/enquete-publique-plu", "PLU : ouverture de l'enquête publique", "10 mars"),
            ("/actualites/recensement-2025", "Recensement : les agents recenseurs passent chez vous", "3 mars"),
            ("/actualites/voisins-vigilants-gendarmerie", "Sécurité : le dispositif de participation citoyenne étendu", "25 février"),
            ("/actualites/appel-a-candidatures-marche-de-noel", "Marché de Noël : appel à candidatures exposants", "20 février")]
    events = [("/agenda/forum-emploi", "Forum de l'emploi saisonnier", "9 avril"),
              ("/democratie-locale/budget-participatif", "Budget participatif : dépôt des projets", "jusqu'au 30 avril"),
              ("/democratie-locale/conseil-des-sages", "Séance du conseil des sages", "17 avril")]
    pages = [
        page("/", "Accueil", _home(
            "Saint-Aubrelin, 27 000 habitants, entre bocage et côte de Nacre.",
            [("/democratie-locale", "Démocratie locale"), ("/democratie-locale/budget-participatif", "Mon projet pour Saint-Aubrelin"),
             ("/vivre-ensemble/voisins", "Réseau des voisins"), ("/contact", "Nous écrire"),
             ("/e-services/reservation-salle", "Réserver une salle"), ("/e-services/paiement-cantine", "Payer la cantine")],
            news, events)),
        page("/democratie-locale", "Démocratie locale", m.prose(
            "La ville associe les habitants à ses choix à travers plusieurs instances : le conseil des sages, le conseil "
            "municipal des jeunes, des réunions publiques de quartier et un budget participatif annuel.",
            "Les comptes rendus de chaque instance sont publiés ici.")
             + m.links([("/democratie-locale/conseil-des-sages", "Conseil des sages"),
                        ("/democratie-locale/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                        ("/democratie-locale/reunions-de-quartier", "Réunions de quartier"),
                        ("/democratie-locale/budget-participatif", "Budget participatif")]), {PD}),
        page("/democratie-locale/conseil-des-sages", "Conseil des sages", m.prose(
            "Vingt-quatre habitants de plus de 62 ans, désignés pour trois ans, rendent des avis au maire sur les projets de la "
            "ville. Ils ont travaillé cette année sur les bancs et les haltes le long des rues commerçantes."), {PD},
             parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Élus par leurs camarades de CM2 et de 6e, les jeunes conseillers montent leurs propres projets : collecte de "
            "jouets, journée sans voiture, aménagement du city-stade."), {PD}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/reunions-de-quartier", "Réunions de quartier", m.prose(
            "Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants dans chaque quartier. Prochaines "
            "dates : Prés-Salés le 22 avril, Bourg-l'Abbé le 29 avril, La Gare le 6 mai.",
            "Vous pouvez transmettre vos questions à l'avance au service démocratie locale."), {PD},
             parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/budget-participatif", "Mon projet pour Saint-Aubrelin", m.prose(
            "Avec « Mon projet pour Saint-Aubrelin », la ville consacre 150 000 € de son budget d'investissement à des projets "
            "proposés puis choisis par les habitants.",
            "Calendrier : dépôt des projets jusqu'au 30 avril, étude de faisabilité en mai et juin, vote en septembre.",
            f'<a class="button" href="http://{idc}/budget-participatif/deposer">Déposer un projet sur la plateforme</a>')
             + m.links([("/democratie-locale/budget-participatif/reglement", "Le règlement"),
                        ("/democratie-locale/budget-participatif/edition-2023", "L'édition 2023 et ses lauréats"),
                        (f"http://{idc}/", "La plateforme participative")]), {PB, PD}, decoys={PP},
             parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/budget-participatif/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 - Toute personne de plus de 11 ans résidant à Saint-Aubrelin peut déposer un projet et voter.",
            "Article 2 - Les projets relèvent de l'investissement, des compétences communales, et ne dépassent pas 40 000 €.",
            "Article 3 - Chaque votant choisit trois projets ; les plus soutenus sont réalisés dans la limite de l'enveloppe."),
             {PB}, parent=("Mon projet pour Saint-Aubrelin", "/democratie-locale/budget-participatif")),
        # a past edition: the scheme is still running, the page describes projects residents proposed and voted
        page("/democratie-locale/budget-participatif/edition-2023", "Budget participatif 2023 : les lauréats", m.prose(
            "1 840 habitants ont voté en 2023. Six projets lauréats ont été réalisés : un verger partagé, des agrès de "
            "plein air, une boîte à dons, des bancs à la gare, un abri pour les chats errants et une fresque."), {PB},
             parent=("Mon projet pour Saint-Aubrelin", "/democratie-locale/budget-participatif")),
        # the city's page presenting the hosted network: the network is its own site, this page points to it
        page("/vivre-ensemble/voisins", "Un réseau pour s'entraider entre voisins", m.prose(
            "La ville soutient Voisinades, un réseau social de proximité réservé aux habitants : prêter une perceuse, trouver "
            "un covoiturage, organiser la fête des voisins.",
            f'<a href="http://{net}/">Rejoindre le réseau de Saint-Aubrelin</a> - '
            f'<a href="http://{net}/decouvrir">Comment ça marche ?</a>'), decoys={TSN}),
        page("/actualites/voisins-vigilants-gendarmerie", "Sécurité : le dispositif de participation citoyenne étendu", m.prose(
            "Trois nouveaux quartiers rejoignent le dispositif de participation citoyenne piloté par la gendarmerie. Les "
            "référents sont en lien avec la brigade et reçoivent les alertes cambriolage."), decoys={PD, TSN}),
        page("/actualites/enquete-publique-plu", "PLU : ouverture de l'enquête publique", m.prose(
            "L'enquête publique sur la révision du plan local d'urbanisme se déroule du 1er au 31 avril. Le commissaire "
            "enquêteur tiendra quatre permanences en mairie ; le registre est ouvert aux heures d'accueil."), decoys={PD, PO}),
        page("/actualites/recensement-2025", "Recensement : les agents recenseurs passent chez vous", m.prose(
            "Le recensement de la population, organisé avec l'INSEE, a lieu jusqu'au 22 février. Vous pouvez répondre au "
            "questionnaire sur le site officiel du recensement avec les codes remis par l'agent."), decoys={PO}),
        page("/actualites/appel-a-candidatures-marche-de-noel", "Marché de Noël : appel à candidatures exposants", m.prose(
            "Artisans et producteurs, déposez votre candidature pour un chalet au marché de Noël avant le 30 septembre. "
            "Le dossier comprend une présentation de vos produits et une attestation d'assurance."), decoys={SC}),
        page("/actualites/nouveau-skatepark", "Le skatepark des Prés-Salés ouvre ses portes", m.prose(
            "Conçu avec les jeunes du quartier, le skatepark a été inauguré samedi. Il est ouvert tous les jours de 9 h à 21 h.")
             + m.drupal_comments(318, [("Lucas", "16 mars", "Trop bien le bowl ! Merci à ceux qui ont défendu le projet."),
                                       ("Christine M.", "16 mars", "Pensez à installer une poubelle près de l'entrée.")]), {CO}),
        page("/agenda/forum-emploi", "Forum de l'emploi saisonnier", m.prose(
            "Hôtellerie, restauration, animation : rencontrez les employeurs de la côte le 9 avril à la salle des fêtes."),
             decoys={FO}),
        page("/contact", "Contact", m.prose("Mairie de Saint-Aubrelin, 1 place du Général-de-Gaulle.")
             + m.drupal_webform("contact", "/contact", [("Nom", "name", "text"), ("Courriel", "email", "email"),
                                                       ("Objet", "subject", "text")]), {CF}),
        page("/e-services/reservation-salle", "Réserver une salle municipale", m.prose(
            "Les salles des Prés-Salés et de la Gare se louent aux habitants et associations.")
             + m.booking("/e-services/reservation-salle", "salle municipale", ["Matin", "Après-midi", "Soirée", "Journée"]),
             decoys={CF}),
        page("/e-services/paiement-cantine", "Payer la restauration scolaire", m.prose(
            "Réglez vos factures de cantine et de garderie en ligne, 24 h sur 24.") + m.payment("/e-services/paiement-cantine",
                                                                                              "facture périscolaire"), decoys={CF}),
    ]
    www = Site(host, "drupal", "Saint-Aubrelin", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/democratie-locale"), ("Vivre ensemble", "/vivre-ensemble/voisins"),
                     ("Actualités", "/actualites/nouveau-skatepark"), ("Contact", "/contact")],
               accounts=[social("facebook", "saintaubrelin"), social("linkedin", "ville-de-saint-aubrelin")],
               address="1 place du Général-de-Gaulle, 14000 Saint-Aubrelin")
    projects = [("87-verger-des-pres-sales", "Un verger partagé aux Prés-Salés", "12 000 €"),
                ("91-eclairage-passage-gare", "Éclairer le passage de la gare", "18 500 €"),
                ("95-jeux-inclusifs", "Des jeux inclusifs au parc", "35 000 €")]
    cards = "".join(f'<div class="idc-card idc-card--project"><h3><a href="/budget-participatif/projets/{slug}">{t}</a></h3>'
                    f'<p>Coût estimé : {c}</p></div>' for slug, t, c in projects)
    idc_pages = [
        page("/", "Saint-Aubrelin participe", m.prose("La plateforme de participation de la ville de Saint-Aubrelin.")
             + m.links([("/budget-participatif", "Budget participatif 2025"), ("/consultations/centre-ville", "Consultation centre-ville"),
                        ("/budget-participatif/laureats-2023", "Lauréats 2023")], "idc-tiles")),
        page("/budget-participatif", "Budget participatif 2025", m.prose(
            "150 000 € pour vos projets. Étape en cours : dépôt des projets (jusqu'au 30 avril).")
             + '<ol class="idc-steps"><li class="is-active">Dépôt</li><li>Analyse</li><li>Vote</li><li>Résultats</li></ol>'
             + m.links([("/budget-participatif/deposer", "Déposer un projet"), ("/budget-participatif/projets", "Voir les projets"),
                        ("/budget-participatif/laureats-2023", "Édition précédente")]), {PB}),
        page("/budget-participatif/deposer", "Déposer un projet", m.prose(
            "Vous avez une idée pour votre quartier ? Décrivez-la : les services vérifieront sa faisabilité.")
             + m.vendor_form("/budget-participatif/deposer", "idc-depot", "Votre projet",
                             [("Titre", "titre", "text"), ("Lieu", "lieu", "text"),
                              ("Thème", "theme", ("select", ["Cadre de vie", "Nature", "Sport", "Solidarité"]))],
                             "Description du projet", "Déposer"), {PB, SC, CF}, parent=("Budget participatif 2025", "/budget-participatif")),
        page("/budget-participatif/projets", "Les projets déposés", m.prose("42 projets déposés, 3 présentés ci-dessous.") + cards,
             {PB}, parent=("Budget participatif 2025", "/budget-participatif")),
        page("/budget-participatif/projets/87-verger-des-pres-sales", "Un verger partagé aux Prés-Salés", m.prose(
            "Planter une vingtaine d'arbres fruitiers sur la pelouse derrière l'école, avec des bancs et un panneau pédagogique.")
             + '<div class="idc-comments"><h2>Commentaires</h2><p><b>Hélène</b> - Les enfants de l\'école pourraient parrainer '
               'les arbres.</p><form method="post" action="/budget-participatif/projets/87-verger-des-pres-sales/commentaires" '
               'class="idc-comment-form"><textarea name="commentaire" aria-label="Votre commentaire"></textarea>'
               '<button type="submit">Publier</button></form></div>', {PB, CO},
             parent=("Les projets déposés", "/budget-participatif/projets")),
        page("/budget-participatif/projets/91-eclairage-passage-gare", "Éclairer le passage de la gare", m.prose(
            "Installer un éclairage LED dans le passage souterrain de la gare, peu rassurant le soir."), {PB},
             parent=("Les projets déposés", "/budget-participatif/projets")),
        page("/budget-participatif/projets/95-jeux-inclusifs", "Des jeux inclusifs au parc", m.prose(
            "Une balançoire nid et un carrousel accessible aux fauteuils au parc du Moulin."), {PB},
             parent=("Les projets déposés", "/budget-participatif/projets")),
        page("/budget-participatif/laureats-2023", "Lauréats 2023", m.prose(
            "Les six projets choisis par les habitants en 2023 sont tous réalisés.")
             + m.results("Votes 2023 (part des votants)", [("Verger partagé", 38), ("Agrès de plein air", 31), ("Fresque", 22)],
                         "Le vote est clos."), {PB}, decoys={PO}),
        page("/consultations/centre-ville", "Consultation : le centre-ville de demain", m.prose(
            "Dites-nous comment vous vivez le centre-ville.")
             + m.questionnaire("/consultations/centre-ville/repondre", "Ouvert jusqu'au 15 mai.",
                               [("À quelle fréquence venez-vous au centre-ville ?", ["Tous les jours", "Chaque semaine", "Rarement"]),
                                ("Que manque-t-il ?", ["Des commerces", "Des terrasses", "Des arbres", "Du stationnement"])],
                               "idc-survey"), {PO}),
    ]
    space = _saas(idc, "idcity", "Saint-Aubrelin participe", idc_pages,
                  [("Accueil", "/"), ("Budget participatif", "/budget-participatif"), ("Consultations", "/consultations/centre-ville")],
                  features={PP}, platforms={"id-city"})
    net_pages = [
        page("/", "Voisinades Saint-Aubrelin", m.prose("Le réseau social des voisins de Saint-Aubrelin : 2 300 membres, 14 groupes.")
             + m.links([("/decouvrir", "Découvrir le réseau"), ("/rejoindre", "Rejoindre"), ("/groupes", "Les groupes"),
                        ("/entraide", "Entraide et prêts")])),
        page("/decouvrir", "Comment ça marche ?", m.prose(
            "Voisinades met en relation les habitants d'un même quartier. Chaque membre est vérifié par son adresse.",
            "On y échange des services, on s'y prête des objets, on y organise des événements de quartier.")),
        page("/rejoindre", "Rejoindre mes voisins", m.prose("L'inscription est gratuite et réservée aux habitants.")
             + m.registration("/rejoindre", "Créer mon compte", [("Prénom", "prenom", "text"), ("Adresse", "adresse", "text"),
                                                                ("E-mail", "email", "email"), ("Mot de passe", "password", "password")]),
             decoys={CF}),
        page("/groupes", "Les groupes", m.links([("/groupes/quartier-de-la-gare", "Quartier de la Gare (412 membres)"),
                                                 ("/groupes/jardiniers", "Jardiniers de Saint-Aubrelin (188 membres)")])),
        page("/groupes/quartier-de-la-gare", "Quartier de la Gare", m.prose(
            "<b>Nadia</b> : quelqu'un a-t-il trouvé un chat tigré rue Pasteur ?",
            "<b>Gérard</b> (réponse) : je l'ai vu ce matin près de la boulangerie.",
            "<b>Association de quartier</b> : vide-grenier le 12 mai, inscriptions ouvertes !"), parent=("Les groupes", "/groupes")),
        page("/groupes/jardiniers", "Jardiniers de Saint-Aubrelin", m.prose(
            "Troc de graines samedi au jardin partagé. Apportez vos semis de tomates !"), parent=("Les groupes", "/groupes")),
        page("/entraide", "Entraide et prêts", m.prose("Prête : tondeuse (Prés-Salés). Cherche : covoiturage vers Caen le lundi.",
                                                        "Propose : aide aux devoirs de mathématiques, niveau collège.")),
    ]
    network = Site(net, "community", "Voisinades Saint-Aubrelin", net_pages,
                   menu=[("Accueil", "/"), ("Groupes", "/groupes"), ("Entraide", "/entraide")], features=frozenset({TSN}))
    return City("99222", "Saint-Aubrelin", 27_300, "14", "28", "Normandie", f"http://{host}/", [www, space, network])


# ==== 99223 Marsenac (Nouvelle-Aquitaine, Gironde): SPIP, a Jenparle space, a petition service =============

def marsenac():
    host, jp, pet = "www.ville-marsenac.fr", "marsenac.jenparle.net", "marsenac.petitionner.fr"
    news = [("/Travaux-avenue-Gambetta", "Travaux avenue Gambetta : le point", "14 mars"),
            ("/Fete-de-la-musique-2024-retour-en-images", "Fête de la musique : retour en images", "2 mars"),
            ("/Motion-pour-la-maternite", "Maternité : le conseil vote une motion", "26 février"),
            ("/Compte-administratif-2024", "Compte administratif 2024", "19 février"),
            ("/Appel-a-projets-associations-2025", "Appel à projets associatif 2025", "12 février"),
            ("/Concours-photo-Marsenac-au-fil-de-l-eau", "Concours photo : Marsenac au fil de l'eau", "5 février")]
    events = [("/Forum-des-metiers-et-de-l-orientation", "Forum des métiers et de l'orientation", "4 avril"),
              ("/Reunion-publique-quartier-des-Chais", "Réunion publique - quartier des Chais", "10 avril"),
              ("/Comites-de-quartier", "Assemblées des comités de quartier", "avril-mai")]
    pages = [
        page("/", "Accueil", _home(
            "Marsenac, 31 800 habitants, sur la rive droite de la Garonne.",
            [("/Participer-a-la-vie-locale", "Participer"), ("/Droit-de-petition-locale", "Droit de pétition"),
             ("/Boite-a-idees", "Boîte à idées"), ("/Jenparle-donnez-votre-avis", "Donnez votre avis"),
             ("/Petites-annonces-entre-habitants", "Petites annonces"), ("/Contact", "Contact")], news, events)),
        page("/Participer-a-la-vie-locale", "Participer à la vie locale", m.prose(
            "Comités de quartier, réunions publiques, concertations en ligne, droit de pétition : la ville a fait de la "
            "concertation une méthode de travail. Chaque projet d'aménagement fait l'objet d'une phase de dialogue avec les "
            "riverains avant la décision du conseil municipal.")
             + m.links([("/Comites-de-quartier", "Les comités de quartier"), ("/Jenparle-donnez-votre-avis", "Concertations en ligne"),
                        ("/Droit-de-petition-locale", "Le droit de pétition"), ("/Boite-a-idees", "La boîte à idées")]), {PD}),
        page("/Comites-de-quartier", "Les comités de quartier", m.prose(
            "Cinq comités de quartier, ouverts à tous les habitants, se réunissent en assemblée au printemps et à l'automne. "
            "Un bureau élu prépare les assemblées et suit les demandes adressées à la mairie.",
            "Assemblées de printemps : les Chais le 10 avril, Bel-Air le 17 avril, Centre le 24 avril.")
             + m.links([("/Reunion-publique-quartier-des-Chais", "Réunion publique des Chais")]), {PD},
             parent=("Participer à la vie locale", "/Participer-a-la-vie-locale")),
        page("/Reunion-publique-quartier-des-Chais", "Réunion publique - quartier des Chais", m.prose(
            "Le 10 avril à 18 h 30, école des Chais : présentation du projet de réaménagement des quais et échanges avec les "
            "habitants. Les remarques recueillies seront versées au dossier de concertation."), {PD},
             parent=("Les comités de quartier", "/Comites-de-quartier")),
        # describes the city's right of petition and sends to its petition space: a city-run petition scheme
        page("/Droit-de-petition-locale", "Le droit de pétition local", m.prose(
            "Depuis 2022, toute pétition signée par 1 000 habitants de plus de 16 ans est inscrite à l'ordre du jour du "
            "conseil municipal. Les pétitions sont déposées et signées en ligne sur l'espace pétitions de la ville.",
            f'<a href="http://{pet}/">Consulter les pétitions en cours</a> - <a href="http://{pet}/deposer">Lancer une pétition</a>'),
             {PE, PD}, parent=("Participer à la vie locale", "/Participer-a-la-vie-locale")),
        page("/Boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Marsenac ? Partagez-la avec l'équipe municipale : chaque proposition est lue "
            "et reçoit une réponse.")
             + m.spip_formidable("/Boite-a-idees", 4, "Votre suggestion sera transmise au service concerné.",
                                 [("Votre nom", "input_1", "text"), ("Votre e-mail", "email_1", "email"),
                                  ("Quartier", "input_2", "text")], "Votre idée", "Envoyer mon idée"), {SC, CF},
             parent=("Participer à la vie locale", "/Participer-a-la-vie-locale")),
        # presents the Jenparle space; the platform is on its own host
        page("/Jenparle-donnez-votre-avis", "Concertations en ligne : donnez votre avis", m.prose(
            "Les concertations de la ville se déroulent sur notre espace en ligne : avenir des halles, plan vélo, "
            "aménagement des quais. Inscrivez-vous pour contribuer et suivre les réponses de la municipalité.",
            f'<a href="http://{jp}/">Accéder à l\'espace de concertation</a>'), {PD}, decoys={PP},
             parent=("Participer à la vie locale", "/Participer-a-la-vie-locale")),
        page("/Contact", "Contact", m.prose("Mairie de Marsenac, 5 cours de la République. Du lundi au vendredi.")
             + m.spip_contact("/Contact"), {CF}),
        # classified ads between residents: exchanges between neighbours but no network of the city's residents
        page("/Petites-annonces-entre-habitants", "Petites annonces entre habitants", m.prose(
            "Vends vélo enfant 20 pouces, 40 €. Donne meuble TV. Cherche garde d'enfants le mercredi.",
            "Les annonces sont publiées après modération, pour une durée d'un mois, et ne peuvent avoir un caractère commercial.")
             + m.spip_formidable("/Petites-annonces-entre-habitants", 6, "Déposer une annonce",
                                 [("Titre", "input_1", "text"), ("Prix", "input_2", "text"), ("Téléphone", "telephone_1", "tel")],
                                 None, "Publier l'annonce"), decoys={TSN, FO, CF}),
        page("/Compte-administratif-2024", "Compte administratif 2024", m.prose(
            "Le compte administratif retrace l'exécution du budget de l'année : 38,6 M€ de dépenses de fonctionnement et "
            "11,2 M€ d'investissement. Il a été approuvé le 18 février."), decoys={PB}),
        page("/Appel-a-projets-associations-2025", "Appel à projets associatif 2025", m.prose(
            "Les associations marsenacaises peuvent solliciter une subvention de projet avant le 31 mars. Le dossier Cerfa "
            "n°12156 est à déposer sur le portail des associations."), decoys={SC}),
        page("/Concours-photo-Marsenac-au-fil-de-l-eau", "Concours photo : Marsenac au fil de l'eau", m.prose(
            "Amateurs, envoyez jusqu'à trois photos avant le 15 mai. Le jury récompensera les trois meilleures ; elles seront "
            "exposées à la médiathèque."), decoys={SC}),
        page("/Motion-pour-la-maternite", "Maternité : le conseil vote une motion", m.prose(
            "Le conseil municipal a voté à l'unanimité une motion pour le maintien de la maternité de l'hôpital de secteur.",
            "Un collectif de soignants a par ailleurs lancé une pétition sur un site national de pétitions."), decoys={PE}),
        page("/Travaux-avenue-Gambetta", "Travaux avenue Gambetta : le point", m.prose(
            "Les travaux de l'avenue Gambetta entrent dans leur dernière phase : plantation des arbres et pose du mobilier "
            "urbain. La circulation reste alternée jusqu'au 5 avril.")
             + m.spip_forum(214, [("Pierre", "15 mars", "Et les places de livraison ?",
                                   "Les commerçants attendent toujours les emplacements promis."),
                                  ("Service voirie", "16 mars", "Réponse", "Deux emplacements sont créés devant le n°40.")]),
             {CO}),
        page("/Fete-de-la-musique-2024-retour-en-images", "Fête de la musique : retour en images", m.prose(
            "Douze scènes, trente groupes et une belle soirée : merci à tous ! Retrouvez la galerie photo de la soirée.",
            "Les forums de cet article sont fermés."), decoys={CO}),
        page("/Forum-des-metiers-et-de-l-orientation", "Forum des métiers et de l'orientation", m.prose(
            "Collégiens et lycéens, rencontrez des professionnels de quarante métiers le 4 avril à l'espace Garonne."),
             decoys={FO}),
    ]
    www = Site(host, "spip", "Ville de Marsenac", pages,
               menu=[("Accueil", "/"), ("Participer", "/Participer-a-la-vie-locale"), ("Actualités", "/Travaux-avenue-Gambetta"),
                     ("Contact", "/Contact")],
               accounts=[social("facebook", "VilleDeMarsenac"), social("x", "marsenac33", "https://twitter.com/Marsenac33")],
               address="5 cours de la République, 33000 Marsenac")
    jp_pages = [
        page("/", "Marsenac, j'en parle", m.prose("Espace de concertation de la ville de Marsenac.")
             + m.links([("/consultations", "Concertations en cours"), ("/idees", "Proposer une idée"),
                        ("/consultations/plan-velo/synthese", "Plan vélo : la synthèse")], "jp-cards")),
        page("/consultations", "Concertations en cours", m.links([("/consultations/avenir-des-halles", "L'avenir des halles"),
                                                                  ("/consultations/plan-velo/synthese", "Plan vélo (terminée)")],
                                                                 "jp-list")),
        page("/consultations/avenir-des-halles", "L'avenir des halles", m.prose(
            "Les halles du XIXe siècle doivent être rénovées. Quels usages voulez-vous y voir ?")
             + m.questionnaire("/consultations/avenir-des-halles/repondre", "Questionnaire - 6 questions",
                               [("Fréquentez-vous le marché couvert ?", ["Chaque semaine", "Parfois", "Jamais"]),
                                ("Quel usage en plus du marché ?", ["Tiers-lieu", "Salle de spectacle", "Restauration"])],
                               "jp-questionnaire", free_text="Votre suggestion pour les halles")
             + m.links([("/consultations/avenir-des-halles/contributions", "Lire les contributions")]), {PO},
             parent=("Concertations en cours", "/consultations")),
        page("/consultations/avenir-des-halles/contributions", "Contributions des habitants", m.prose(
            "<b>Léa</b> : un espace pour les producteurs bio le mercredi.", "<b>Marc</b> : gardons la charpente apparente !")
             + '<form class="jp-reaction" method="post" action="/consultations/avenir-des-halles/contributions"><label for="jp-r">'
               'Réagir</label><textarea id="jp-r" name="reaction[texte]"></textarea><button type="submit">Publier ma réaction'
               '</button></form>', {CO}, parent=("L'avenir des halles", "/consultations/avenir-des-halles")),
        page("/consultations/plan-velo/synthese", "Plan vélo : la synthèse", m.prose(
            "La concertation est close. 812 contributions ont été reçues ; la synthèse a été présentée au conseil du 3 février.")
             + m.results("Priorité n°1 selon les répondants", [("Pistes séparées", 54), ("Stationnement vélo", 27),
                                                                ("Zones 30", 19)]), decoys={PO}),
        page("/idees", "Proposer une idée", m.prose("Vos idées pour Marsenac, hors des concertations en cours.")
             + m.vendor_form("/idees", "jp-idee", "Mon idée", [("Titre", "titre", "text")], "Décrivez votre idée", "Proposer"),
             {SC, CF}),
    ]
    space = _saas(jp, "jenparle", "Marsenac, j'en parle", jp_pages,
                  [("Accueil", "/"), ("Concertations", "/consultations"), ("Idées", "/idees")], features={PP},
                  platforms={"jenparle"})
    pet_pages = [
        page("/", "Pétitions de Marsenac", m.prose("Espace officiel des pétitions adressées au conseil municipal de Marsenac. "
                                                   "Seuil d'inscription à l'ordre du jour : 1 000 signatures.")
             + m.links([("/petitions/piscine-le-dimanche", "Ouvrir la piscine le dimanche matin (642 signatures)"),
                        ("/deposer", "Lancer une pétition"), ("/fonctionnement", "Comment ça marche ?")]), {PE}),
        page("/petitions/piscine-le-dimanche", "Ouvrir la piscine le dimanche matin", m.prose(
            "Nous demandons l'ouverture du centre aquatique le dimanche de 9 h à 12 h pour les familles.")
             + m.petition_sign("/petitions/piscine-le-dimanche/signer", "Ouvrir la piscine le dimanche matin", 642, 1000), {PE}),
        # the petition's text goes to the moderation of the petition space: a petition, not a message to the city
        page("/deposer", "Lancer une pétition", m.prose("Votre pétition doit relever des compétences de la commune.")
             + m.vendor_form("/deposer", "pt-depot", "Nouvelle pétition", [("Titre", "titre", "text"), ("E-mail", "email", "email")],
                             "Texte de la pétition", "Soumettre à la modération"), {PE}),
        page("/fonctionnement", "Comment ça marche ?", m.prose(
            "1. Un habitant dépose sa pétition. 2. Elle est publiée après vérification. 3. Au-delà de 1 000 signatures, elle "
            "est débattue en conseil municipal."), {PE}),
    ]
    petitions = _saas(pet, "petition_service", "Pétitions de Marsenac", pet_pages,
                      [("Pétitions", "/"), ("Lancer une pétition", "/deposer"), ("Fonctionnement", "/fonctionnement")])
    return City("99223", "Marsenac", 31_800, "33", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, space, petitions])


# ==== 99224 Vallauzan (Provence-Alpes-Côte d'Azur, Var): Joomla, a Consultvox space with the budget ======

def vallauzan():
    host, cvx = "www.vallauzan.fr", "vallauzan.consultvox.co"
    news = [("/actualites/piste-cyclable-des-plaines", "Piste cyclable des Plaines : c'est parti", "11 mars"),
            ("/actualites/resultats-sondage-illuminations", "Illuminations de Noël : vous avez choisi", "28 février"),
            ("/actualites/enquete-satisfaction-reseau-bus", "Réseau de bus : l'enquête de satisfaction", "21 février"),
            ("/actualites/office-de-tourisme-reseaux", "L'office de tourisme sur les réseaux", "14 février"),
            ("/mairie/budget-primitif-2025", "Budget primitif 2025", "7 février")]
    events = [("/mairie/conseil-municipal", "Conseil municipal", "27 mars"),
              ("/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier/ciq-des-plaines", "Assemblée du CIQ des Plaines", "5 avril"),
              ("/ma-ville/vallauzan-c-est-vous", "Vallauzan, c'est vous ! - dépôt des projets", "jusqu'au 15 mai")]
    pages = [
        page("/", "Accueil", _home(
            "Vallauzan, 44 600 habitants, entre mer et massif des Maures.",
            [("/ma-ville/democratie-de-proximite", "Démocratie de proximité"), ("/ma-ville/vallauzan-c-est-vous", "Vallauzan, c'est vous !"),
             ("/ma-ville/application-mobile", "L'appli de la ville"), ("/contact", "Contact"),
             ("/inscriptions/centre-de-loisirs", "Inscriptions centre de loisirs"), ("/mairie/marches-publics", "Marchés publics")],
            news, events)),
        page("/ma-ville/democratie-de-proximite", "Démocratie de proximité", m.prose(
            "La ville s'appuie sur les comités d'intérêt de quartier (CIQ), associations d'habitants reconnues par la commune, "
            "sur des concertations en ligne et sur un budget participatif. Un adjoint est délégué à la démocratie de proximité.")
             + m.links([("/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier"),
                        ("/ma-ville/vallauzan-c-est-vous", "Le budget participatif")]), {PD}),
        page("/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier", m.prose(
            "Onze CIQ couvrent la commune. Leurs présidents sont réunis chaque trimestre par le maire pour faire le point sur "
            "les demandes des quartiers : voirie, propreté, sécurité, animations.")
             + m.links([("/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier/ciq-des-plaines", "CIQ des Plaines"),
                        ("/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier/ciq-du-port", "CIQ du Port")]), {PD},
             parent=("Démocratie de proximité", "/ma-ville/democratie-de-proximite")),
        page("/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier/ciq-des-plaines", "CIQ des Plaines", m.prose(
            "Assemblée générale le 5 avril à 18 h, salle Frédéric-Mistral : bilan de la piste cyclable, projet de jardin "
            "partagé, élection du bureau. Tous les habitants du quartier sont invités."), {PD},
             parent=("Les comités d'intérêt de quartier", "/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier")),
        page("/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier/ciq-du-port", "CIQ du Port", m.prose(
            "Le CIQ du Port suit le chantier de la capitainerie et organise la fête de la Saint-Pierre."), {PD},
             parent=("Les comités d'intérêt de quartier", "/ma-ville/democratie-de-proximite/comites-d-interet-de-quartier")),
        # the budget under its local brand; filing and voting happen on the Consultvox space it links to
        page("/ma-ville/vallauzan-c-est-vous", "Vallauzan, c'est vous !", m.prose(
            "Troisième édition du budget participatif : 300 000 € pour des projets imaginés par les Vallauzanais et choisis par eux.",
            "Jusqu'au 15 mai, proposez votre projet pour la ville ; le vote aura lieu en octobre.",
            f'<a class="btn btn-primary" href="http://{cvx}/project/vallauzan-c-est-vous/presentation">Participer sur la plateforme</a>')
             + m.links([(f"http://{cvx}/project/vallauzan-c-est-vous/laureats-2024", "Les lauréats 2024")]), {PB, SC}, decoys={PP}),
        # the app's page presents alerts, reports and in-app polls: nothing to answer or propose here
        page("/ma-ville/application-mobile", "L'application Vallauzan dans ma poche", m.prose(
            "Téléchargez l'application gratuite de la ville : agenda, menus des cantines, alertes, signalements d'anomalies "
            "sur la voie publique, et le sondage du mois.",
            "Le sondage du mois est aussi accessible sur ce site.")
             + m.links([("/ma-ville/application-mobile/sondage-du-mois", "Répondre au sondage du mois")]), decoys={PO, PP}),
        page("/ma-ville/application-mobile/sondage-du-mois", "Le sondage du mois", m.joomla_poll(
            9, "Faut-il étendre les horaires de la médiathèque le samedi ?", ["Oui, jusqu'à 19 h", "Oui, le dimanche matin", "Non"]),
             {PO}, parent=("L'application Vallauzan dans ma poche", "/ma-ville/application-mobile")),
        page("/actualites/resultats-sondage-illuminations", "Illuminations de Noël : vous avez choisi", m.prose(
            "Le sondage du mois de novembre est clos. Les illuminations seront installées du 1er décembre au 6 janvier.")
             + m.results("Thème des illuminations", [("Provence et santons", 48), ("Féerie blanche", 33), ("Lumières marines", 19)],
                         "Sondage clos le 30 novembre."), decoys={PO}),
        # the bus operator's satisfaction survey, named with no way to answer here
        page("/actualites/enquete-satisfaction-reseau-bus", "Réseau de bus : l'enquête de satisfaction", m.prose(
            "L'exploitant du réseau intercommunal mène son enquête annuelle de satisfaction auprès des voyageurs, à bord des "
            "bus et dans son agence commerciale, jusqu'au 31 mars."), decoys={PO}),
        # the tourist office's accounts, not the city's (listed as decoy accounts of the city)
        page("/actualites/office-de-tourisme-reseaux", "L'office de tourisme sur les réseaux", m.prose(
            "Plages, randonnées, marchés provençaux : l'office de tourisme partage ses plus belles images sur "
            '<a href="https://www.instagram.com/vallauzan_tourisme/">Instagram</a> et '
            '<a href="https://www.facebook.com/OfficeTourismeVallauzan">Facebook</a>. Abonnez-vous !')),
        page("/actualites/piste-cyclable-des-plaines", "Piste cyclable des Plaines : c'est parti", m.prose(
            "Deux kilomètres de piste bidirectionnelle relieront le quartier des Plaines au lycée à la rentrée.")
             + m.jcomments(77, [("Sandrine", "11/03", "Enfin ! Mes enfants pourront aller au lycée à vélo."),
                                ("Bruno83", "12/03", "Et l'entretien des bas-côtés ?")]), {CO}),
        page("/mairie/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Adopté le 6 février : 62 M€ dont 17 M€ d'investissement. Principales opérations : groupe scolaire des Plaines, "
            "rénovation de la capitainerie, vidéoprotection."), decoys={PB}),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Prochaine séance le 27 mars à 18 h. Ordre du jour, procès-verbaux et délibérations sont publiés ici."), decoys={PD}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence en cours : entretien des espaces verts (lot 1 et 2), fourniture de repas "
            "pour la restauration scolaire. Les dossiers de consultation sont sur la plateforme des marchés publics."), decoys={SC}),
        page("/inscriptions/centre-de-loisirs", "Inscriptions au centre de loisirs", m.prose("Vacances de printemps : inscriptions du 1er au 20 mars.")
             + m.registration("/inscriptions/centre-de-loisirs", "Inscrire mon enfant",
                              [("Nom de l'enfant", "nom", "text"), ("Date de naissance", "naissance", "date"),
                               ("E-mail du responsable", "email", "email")]), decoys={CF}),
        page("/contact", "Contact", m.prose("Hôtel de ville, avenue des Maures. Standard : 04 94 00 00 00.")
             + m.joomla_contact("/contact"), {CF}),
    ]
    www = Site(host, "joomla", "Ville de Vallauzan", pages,
               menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/democratie-de-proximite"), ("Mairie", "/mairie/conseil-municipal"),
                     ("Actualités", "/actualites/piste-cyclable-des-plaines"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeVallauzan"), social("instagram", "villedevallauzan"),
                         social("tiktok", "vallauzan")],
               address="Hôtel de ville, avenue des Maures, 83000 Vallauzan")
    base = "/project/vallauzan-c-est-vous"
    cvx_pages = [
        page("/", "Vallauzan participe", m.prose("La plateforme de participation citoyenne de la ville de Vallauzan.")
             + m.links([(f"{base}/presentation", "Budget participatif : Vallauzan, c'est vous !"),
                        ("/project/plage-des-salins/questionnaire", "Plage des Salins : votre avis")], "cv-projects")),
        page(f"{base}/presentation", "Vallauzan, c'est vous ! - Présentation", m.prose(
            "Étapes : 1. Dépôt des projets (en cours) 2. Analyse 3. Vote 4. Résultats.")
             + m.links([(f"{base}/collect/deposez-vos-projets", "Déposer un projet"), (f"{base}/vote", "Étape de vote"),
                        (f"{base}/laureats-2024", "Les lauréats 2024")]), {PB}),
        page(f"{base}/collect/deposez-vos-projets", "Déposez vos projets", m.prose("Étape ouverte jusqu'au 15 mai.")
             + m.vendor_form(f"{base}/collect/deposez-vos-projets", "cv-proposal", "Votre projet",
                             [("Titre du projet", "proposal[title]", "text"),
                              ("Quartier", "proposal[district]", ("select", ["Centre", "Les Plaines", "Le Port", "Les Collines"])),
                              ("Coût estimé (€)", "proposal[estimation]", "text")], "Description", "Déposer mon projet"),
             {PB, SC, CF}, parent=("Présentation", f"{base}/presentation")),
        # the vote opens in October: the page says how to vote, the projects are listed, the ballot is not yet open
        page(f"{base}/vote", "Étape de vote", m.prose(
            "Du 1er au 31 octobre, chaque habitant de plus de 12 ans pourra soutenir jusqu'à cinq projets.",
            "Les projets recevables seront publiés ici à l'issue de l'analyse."), {PB}, parent=("Présentation", f"{base}/presentation")),
        page(f"{base}/laureats-2024", "Les lauréats 2024", m.prose(
            "2 950 votants. Lauréats : ombrières au boulodrome, fontaine à eau au stade, refuge à insectes, table de "
            "ping-pong au Port, aire de fitness aux Plaines."), {PB}, parent=("Présentation", f"{base}/presentation")),
        page("/project/plage-des-salins/questionnaire", "Plage des Salins : votre avis", m.questionnaire(
            "/project/plage-des-salins/questionnaire/reponse", "Avant le réaménagement de l'accès à la plage, donnez votre avis.",
            [("Comment venez-vous à la plage ?", ["À pied", "À vélo", "En voiture", "En navette"]),
             ("Faut-il interdire les voitures l'été ?", ["Oui", "Non", "Seulement le week-end"])], "cv-questionnaire",
            free_text="Autres remarques"), {PO}),
    ]
    space = _saas(cvx, "consultvox", "Vallauzan participe", cvx_pages,
                  [("Accueil", "/"), ("Budget participatif", f"{base}/presentation"),
                   ("Consultations", "/project/plage-des-salins/questionnaire")], features={PP}, platforms={"consultvox"})
    return City("99224", "Vallauzan", 44_600, "83", "93", "Provence-Alpes-Côte d'Azur", f"http://{host}/", [www, space],
                decoy_accounts=("https://www.instagram.com/vallauzan_tourisme", "https://www.facebook.com/officetourismevallauzan"))


# ==== 99225 Brétignac (Centre-Val de Loire, Indre-et-Loire): TYPO3, the intercommunality's Decidim ==========

def bretignac():
    host, dec = "www.bretignac.fr", "participer.touraine-confluences.fr"
    proc = "/processes/pacte-mobilites"
    news = [("/actualites/journee-citoyenne", "Journée citoyenne : 300 bénévoles attendus", "16 mars"),
            ("/actualites/enquete-insee-emploi", "L'INSEE enquête sur l'emploi", "9 mars"),
            ("/vie-municipale/appel-a-idees-coeur-de-ville", "Cœur de ville : à vous d'imaginer", "1er mars"),
            ("/vie-municipale/appel-a-idees-2023-bilan", "Appel à idées 2023 : le bilan", "20 février")]
    events = [("/vie-municipale/participation-citoyenne/ateliers-de-quartier-nord", "Atelier de quartier Nord", "2 avril"),
              ("/actualites/forum-des-associations", "Forum des associations", "6 septembre"),
              ("/vie-municipale/comptes-rendus-conseil", "Conseil municipal", "31 mars")]
    pages = [
        page("/", "Accueil", _home(
            "Brétignac, 29 100 habitants, au confluent de la Loire et de la Brenne.",
            [("/vie-municipale/participation-citoyenne", "Participation citoyenne"),
             ("/vie-municipale/appel-a-idees-coeur-de-ville", "Appel à idées"),
             ("/vie-municipale/questionnaire-seniors", "Questionnaire seniors"), ("/contact", "Contact"),
             ("/culture/mediatheque/reservation", "Réserver à la médiathèque"),
             ("/vie-municipale/participation-citoyenne/plateforme-intercommunale", "Plateforme de l'agglo")], news, events)),
        page("/vie-municipale/participation-citoyenne", "Participation citoyenne", m.prose(
            "La municipalité a fait de la participation des habitants un principe de son action : conseils de quartier, "
            "ateliers de concertation, appels à idées et questionnaires, et une plateforme en ligne partagée avec la "
            "communauté de communes.",
            "Attention : le dispositif de sécurité du même nom, conduit avec la gendarmerie, est présenté sur une page à part.")
             + m.links([("/vie-municipale/participation-citoyenne/conseils-de-quartier", "Conseils de quartier"),
                        ("/vie-municipale/participation-citoyenne/ateliers-de-quartier-nord", "Ateliers de quartier"),
                        ("/vie-municipale/participation-citoyenne/plateforme-intercommunale", "La plateforme en ligne"),
                        ("/vie-municipale/participation-citoyenne/dispositif-gendarmerie", "Le dispositif de la gendarmerie")]), {PD}),
        page("/vie-municipale/participation-citoyenne/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Quatre conseils de quartier (Nord, Centre, Bords de Loire, Les Varennes) composés d'habitants tirés au sort et "
            "de volontaires. Mandat de deux ans, quatre réunions par an, une enveloppe de 10 000 € chacun."), {PD},
             parent=("Participation citoyenne", "/vie-municipale/participation-citoyenne")),
        page("/vie-municipale/participation-citoyenne/ateliers-de-quartier-nord", "Atelier de quartier Nord", m.prose(
            "Le 2 avril à 18 h au centre social : atelier sur l'aménagement du square des Tilleuls. Plans à l'appui, les "
            "habitants choisiront l'emplacement des jeux et des plantations."), {PD},
             parent=("Participation citoyenne", "/vie-municipale/participation-citoyenne")),
        page("/vie-municipale/participation-citoyenne/dispositif-gendarmerie", "Le dispositif « participation citoyenne »", m.prose(
            "Ce dispositif de vigilance, encadré par un protocole entre le maire, le préfet et la gendarmerie, s'appuie sur "
            "des habitants référents qui signalent les comportements suspects. Il ne s'agit pas d'une instance de concertation."),
             decoys={PD, TSN}, parent=("Participation citoyenne", "/vie-municipale/participation-citoyenne")),
        # presents the intercommunality's Decidim space and links to it; the platform is the other host
        page("/vie-municipale/participation-citoyenne/plateforme-intercommunale", "Participer en ligne", m.prose(
            "La communauté de communes Touraine Confluences ouvre sa plateforme de participation aux habitants de ses "
            "communes : pacte des mobilités, budget participatif intercommunal, conseil de développement.",
            f'<a href="http://{dec}/">Accéder à la plateforme</a> · <a href="http://{dec}{proc}">Le pacte des mobilités</a>'),
             {PD}, decoys={PP}, parent=("Participation citoyenne", "/vie-municipale/participation-citoyenne")),
        page("/vie-municipale/appel-a-idees-coeur-de-ville", "Cœur de ville : à vous d'imaginer", m.prose(
            "La place du Mail va être repensée. Avant de lancer les études, la ville lance un appel à idées : usages, "
            "animations, végétalisation, toutes vos propositions sont bienvenues jusqu'au 30 avril.")
             + m.powermail("/vie-municipale/appel-a-idees-coeur-de-ville", 12,
                           [("Nom", "nom", "text"), ("E-mail", "email", "email"), ("Âge", "age", "number")],
                           "Votre idée pour la place du Mail", "Envoyer mon idée"), {SC, CF}),
        # the call is over: the page reports what came of it and takes no new idea
        page("/vie-municipale/appel-a-idees-2023-bilan", "Appel à idées 2023 : le bilan", m.prose(
            "L'appel à idées sur les bords de Loire, clos en juin 2023, a reçu 214 propositions. Trois ont été retenues : "
            "une guinguette saisonnière, un ponton de pêche et des bancs ombragés."), decoys={SC}),
        page("/vie-municipale/questionnaire-seniors", "Questionnaire : bien vieillir à Brétignac", m.prose(
            "Vous avez plus de 60 ans ? Aidez-nous à adapter les services de la ville en répondant à ce questionnaire.")
             + m.questionnaire("/vie-municipale/questionnaire-seniors", "Réponses jusqu'au 31 mai.",
                               [("Vivez-vous seul(e) ?", ["Oui", "Non"]),
                                ("Utilisez-vous le transport à la demande ?", ["Souvent", "Rarement", "Jamais"]),
                                ("Participez-vous aux activités du club ?", ["Oui", "Non"])],
                               "tx-form questionnaire", free_text="Vos attentes"), {PO}),
        page("/contact", "Contact", m.prose("Mairie de Brétignac, 2 rue Nationale.")
             + m.powermail("/contact", 3, [("Nom", "nom", "text"), ("E-mail", "email", "email"), ("Objet", "objet", "text")],
                           "Message"), {CF}),
        page("/actualites/journee-citoyenne", "Journée citoyenne : 300 bénévoles attendus", m.prose(
            "Le 25 mai, habitants, associations et agents nettoieront les berges et repeindront les bancs. Inscriptions à "
            "l'accueil de la mairie. Les idées de chantier du budget participatif de l'agglo seront aussi présentées."),
             decoys={PB}),
        page("/actualites/enquete-insee-emploi", "L'INSEE enquête sur l'emploi", m.prose(
            "L'INSEE réalise une enquête sur l'emploi auprès d'un échantillon de logements. Un enquêteur muni d'une carte "
            "officielle prendra contact avec les ménages concernés."), decoys={PO}),
        page("/culture/mediatheque/reservation", "Réserver un document", m.prose("Réservez un livre ou un DVD en ligne.")
             + m.booking("/culture/mediatheque/reservation", "document", ["Retrait mardi", "Retrait mercredi", "Retrait samedi"]),
             decoys={CF}),
        page("/vie-municipale/comptes-rendus-conseil", "Comptes rendus du conseil municipal", m.prose(
            "Séance du 24 février : vote du budget, tarifs municipaux, convention avec le SDIS. Prochaine séance le 31 mars."),
             decoys={PD, PB}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Rendez-vous le 6 septembre au complexe sportif pour découvrir les 120 associations brétignacoises."), decoys={FO}),
    ]
    www = Site(host, "typo3", "Ville de Brétignac", pages,
               menu=[("Accueil", "/"), ("Vie municipale", "/vie-municipale/participation-citoyenne"),
                     ("Culture", "/culture/mediatheque/reservation"), ("Contact", "/contact")],
               accounts=[social("facebook", "bretignac37"), social("mastodon", "bretignac@piaille.fr",
                                                                   "https://piaille.fr/@Bretignac")],
               address="2 rue Nationale, 37000 Brétignac")
    dec_pages = [
        page("/", "Touraine Confluences participe", m.prose("Bienvenue sur la plateforme de participation de la communauté "
                                                            "de communes.")
             + m.links([(proc, "Pacte des mobilités"), ("/processes/budget-participatif-2025", "Budget participatif 2025"),
                        ("/assemblies/conseil-de-developpement", "Conseil de développement")], "card__list")),
        page(proc, "Pacte des mobilités", m.prose("Processus participatif : phase 2 sur 3, propositions jusqu'au 30 avril.")
             + m.links([(f"{proc}/f/12/proposals", "Propositions"), (f"{proc}/f/13/surveys", "Enquête")]), {PD}),
        page(f"{proc}/f/12/proposals", "Propositions", m.prose("Faites vos propositions pour les déplacements de demain.")
             + '<a class="button button__sm button__secondary" href="/processes/pacte-mobilites/f/12/proposals/new">Nouvelle proposition</a>'
             + '<div class="card__list"><a class="card__list-title" href="/processes/pacte-mobilites/f/12/proposals/341">'
               'Une navette entre Brétignac et la gare</a><span class="card__list-metadata">12 commentaires · 86 soutiens</span></div>',
             {SC}, parent=("Pacte des mobilités", proc)),
        page(f"{proc}/f/12/proposals/new", "Nouvelle proposition", m.vendor_form(
            f"{proc}/f/12/proposals", "new_proposal", "Créer votre proposition", [("Titre", "proposal[title]", "text")],
            "Corps du texte", "Continuer"), {SC, CF}, parent=("Propositions", f"{proc}/f/12/proposals")),
        page(f"{proc}/f/12/proposals/341", "Une navette entre Brétignac et la gare", m.prose(
            "Une navette toutes les 30 minutes aux heures de pointe, financée par la communauté de communes.")
             + '<div id="comments"><div class="comment-thread"><div class="comment"><p><b>J. Moreau</b> Indispensable pour les '
               'lycéens.</p></div></div><form class="new_comment" action="/comments" method="post"><textarea '
               'name="comment[body]" id="add-comment-Proposal-341" aria-label="Ajouter un commentaire"></textarea>'
               '<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vUHJvcG9zYWwvMzQx"><button type="submit" '
               'class="button">Publier un commentaire</button></form></div>', {CO}, parent=("Propositions", f"{proc}/f/12/proposals")),
        page(f"{proc}/f/13/surveys", "Enquête mobilités", m.questionnaire(
            f"{proc}/f/13/surveys/answer", "Dix minutes pour décrire vos trajets.",
            [("Combien de kilomètres faites-vous par jour ?", ["Moins de 10", "10 à 30", "Plus de 30"]),
             ("Utiliseriez-vous un service de covoiturage ?", ["Oui", "Non"])], "answer-questionnaire"), {PO},
             parent=("Pacte des mobilités", proc)),
        page("/processes/budget-participatif-2025", "Budget participatif 2025", m.prose(
            "400 000 € pour des projets intercommunaux. Vote des projets ouvert jusqu'au 20 avril.")
             + m.links([("/processes/budget-participatif-2025/f/20/budgets/3/projects", "Voter pour les projets")]), {PB}),
        page("/processes/budget-participatif-2025/f/20/budgets/3/projects", "Voter pour les projets", m.prose(
            "Votre budget : 400 000 €. Ajoutez des projets puis confirmez votre vote.")
             + '<div class="budget-summary"><div class="budget-summary__progressbar"></div><button class="button" '
               'data-dialog-open="budget-confirm">Voter</button></div><ul class="budget-list"><li>Passerelle sur la Brenne - '
               '180 000 € <button class="budget-list__action">Ajouter</button></li><li>Vergers intercommunaux - 60 000 € '
               '<button class="budget-list__action">Ajouter</button></li></ul>', {PB},
             parent=("Budget participatif 2025", "/processes/budget-participatif-2025")),
        page("/assemblies/conseil-de-developpement", "Conseil de développement", m.prose(
            "Instance de citoyens bénévoles qui rend des avis sur les projets de la communauté de communes."), {PD}),
    ]
    space = Site(dec, "decidim", "Touraine Confluences participe", dec_pages,
                 menu=[("Accueil", "/"), ("Processus", proc), ("Assemblées", "/assemblies/conseil-de-developpement")],
                 features=frozenset({PP}), platforms=frozenset({"decidim"}))
    return City("99225", "Brétignac", 29_100, "37", "24", "Centre-Val de Loire", f"http://{host}/", [www, space])


# ==== 99226 Wattremont (Hauts-de-France, Nord): a vendor CMS, a Cap Collectif space, a Discourse board ======

def wattremont():
    host, capco, board = "www.wattremont.fr", "wattremont.cap-collectif.com", "forum.wattremont.fr"
    proj = "/project/plan-climat-wattremont"
    news = [("/actualites/antennes-relais", "Antennes relais : ce qui va changer", "13 mars"),
            ("/actualites/nouveau-marche-couvert", "Le marché couvert rouvre", "6 mars"),
            ("/actualites/petition-hopital", "Urgences : la mobilisation continue", "27 février"),
            ("/mairie/recrutement", "La ville recrute", "20 février")]
    events = [("/participer/assemblee-des-quartiers", "Assemblée des quartiers", "11 avril"),
              ("/participer/conseils-citoyens", "Conseil citoyen du Blanc-Riez", "18 avril"),
              ("/newsletter", "Lettre d'information de mars", "1er mars")]
    pages = [
        page("/", "Accueil", _home(
            "Wattremont, 52 400 habitants, au cœur de la métropole.",
            [("/participer", "Wattremont en commun"), ("/participer/idees", "Vos idées"), ("/participer/forum", "Le forum"),
             ("/participer/plateforme", "Concertations en ligne"), ("/contact", "Contact"), ("/newsletter", "Newsletter")],
            news, events)),
        page("/participer", "Wattremont en commun", m.prose(
            "Wattremont en commun rassemble tous les lieux où les habitants prennent part aux décisions : l'assemblée des "
            "quartiers, les conseils citoyens des quartiers prioritaires, la concertation sur le plan climat, le forum des "
            "habitants et la boîte à idées.")
             + m.links([("/participer/assemblee-des-quartiers", "L'assemblée des quartiers"),
                        ("/participer/conseils-citoyens", "Les conseils citoyens"), ("/participer/idees", "Vos idées"),
                        ("/participer/forum", "Le forum des habitants"), ("/participer/plateforme", "Concertations en ligne")]), {PD}),
        page("/participer/assemblee-des-quartiers", "L'assemblée des quartiers", m.prose(
            "Chaque printemps, l'assemblée réunit des délégués de chaque quartier avec le maire pour débattre des priorités. "
            "Prochaine séance le 11 avril à l'hôtel de ville."), {PD}, parent=("Wattremont en commun", "/participer")),
        page("/participer/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers du Blanc-Riez et de la Lys, les conseils citoyens associent habitants et acteurs locaux au "
            "contrat de ville. Ils se réunissent une fois par mois au centre social."), {PD},
             parent=("Wattremont en commun", "/participer")),
        page("/participer/idees", "Vos idées pour Wattremont", m.prose(
            "Vous avez une idée pour votre quartier ou pour la ville ? Écrivez-nous : chaque trimestre, les idées les plus "
            "partagées sont étudiées en commission.")
             + m.vendor_form("/participer/idees", "idees", "Proposer une idée", [("Nom", "nom", "text"), ("E-mail", "email", "email"),
                             ("Quartier", "quartier", ("select", ["Centre", "Blanc-Riez", "La Lys", "Le Bourg"]))],
                             "Votre idée", "Envoyer"), {SC, CF}, parent=("Wattremont en commun", "/participer")),
        # a page about the board, not the board: the threads are on the forum's own host
        page("/participer/forum", "Le forum des habitants", m.prose(
            "Le forum des habitants permet d'échanger entre Wattremontois sur la vie des quartiers. Il est modéré par le "
            "service démocratie locale selon une charte.",
            f'<a href="http://{board}/">Aller sur le forum</a>'), {PD}, decoys={FO}, parent=("Wattremont en commun", "/participer")),
        page("/participer/plateforme", "Concertations en ligne", m.prose(
            "Plan climat, aménagement du parc de la Lys : les concertations de la ville se déroulent sur une plateforme dédiée.",
            f'<a href="http://{capco}/">Participer aux concertations</a>'), {PD}, decoys={PP},
             parent=("Wattremont en commun", "/participer")),
        page("/actualites/antennes-relais", "Antennes relais : ce qui va changer", m.prose(
            "Un opérateur va installer une antenne sur le château d'eau. Un dossier d'information est disponible en mairie.")
             + m.hyvor_talk("antennes-relais") + m.share(f"http://{host}/actualites/antennes-relais"), {CO}),
        # names the idea box in passing: the call is on its own page
        page("/actualites/nouveau-marche-couvert", "Le marché couvert rouvre", m.prose(
            "Après huit mois de travaux, le marché couvert rouvre samedi. L'idée d'une ouverture le dimanche, venue de la "
            "boîte à idées l'an dernier, sera testée cet été."), decoys={SC}),
        page("/actualites/petition-hopital", "Urgences : la mobilisation continue", m.prose(
            "Le maire soutient la mobilisation pour la réouverture de nuit des urgences. Une pétition circule sur un site "
            "national de pétitions en ligne ; la ville n'en est pas l'organisatrice."), decoys={PE}),
        # a job call that names "démocratie locale" in a job title: neither a call for ideas nor the approach itself
        page("/mairie/recrutement", "La ville recrute", m.prose(
            "Appel à candidatures : animateur périscolaire (H/F), agent des espaces verts, chargé de mission démocratie locale. "
            "Lettre de motivation et CV à adresser avant le 31 mars."), decoys={SC, PD}),
        page("/newsletter", "Lettre d'information", m.prose("Chaque mois, l'actualité de votre ville.")
             + m.newsletter("/newsletter", "newsletter-form"), decoys={CF}),
        page("/contact", "Contact", m.prose("Hôtel de ville, Grand'Place. Accueil du lundi au samedi matin.")
             + m.vendor_form("/contact", "contact", "Écrire à la mairie", [("Nom", "nom", "text"), ("E-mail", "email", "email"),
                             ("Service", "service", ("select", ["Accueil", "État civil", "Urbanisme", "Voirie"]))],
                             "Votre message"), {CF}),
    ]
    www = Site(host, "vendor", "Ville de Wattremont", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Actualités", "/actualites/antennes-relais"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "wattremont"), social("youtube", "VilledeWattremont"),
                         social("bluesky", "wattremont.fr")],
               address="Hôtel de ville, Grand'Place, 59000 Wattremont")
    capco_pages = [
        page("/", "Wattremont participe", m.prose("La plateforme de concertation de la ville de Wattremont.")
             + m.links([(f"{proj}/presentation/presentation", "Plan climat : à vous la parole"),
                        ("/project/parc-de-la-lys/questionnaire/resultats", "Parc de la Lys : résultats")], "project-list")),
        page(f"{proj}/presentation/presentation", "Plan climat : présentation", m.prose(
            "Concertation en trois étapes : propositions, questionnaire, synthèse. La ville s'engage à répondre à chaque "
            "proposition soutenue par plus de 30 habitants.")
             + m.links([(f"{proj}/collect/vos-propositions", "Vos propositions"), (f"{proj}/questionnaire/questionnaire-climat",
                                                                                   "Questionnaire")]), {PD}),
        page(f"{proj}/collect/vos-propositions", "Vos propositions", m.prose("Étape de dépôt ouverte jusqu'au 15 mai.")
             + '<a class="btn btn-primary" id="main-proposal-create" href="/project/plan-climat-wattremont/collect/vos-propositions/new">'
               'Déposer une proposition</a><ul class="proposal-preview-list"><li class="proposal-preview"><a href="/proposals/isoler-les-ecoles">'
               'Isoler les écoles en priorité</a> · 44 votes</li></ul>', {SC}, parent=("Présentation", f"{proj}/presentation/presentation")),
        page(f"{proj}/collect/vos-propositions/new", "Déposer une proposition", m.vendor_form(
            f"{proj}/collect/vos-propositions", "proposal-form", "Nouvelle proposition", [("Titre", "proposal_title", "text")],
            "Description", "Publier"), {SC, CF}, parent=("Vos propositions", f"{proj}/collect/vos-propositions")),
        page("/proposals/isoler-les-ecoles", "Isoler les écoles en priorité", m.prose(
            "Les écoles du Blanc-Riez sont des passoires thermiques : commençons par elles.")
             + '<div class="opinion__list"><h4>Commentaires (3)</h4><p><b>Sarah</b> D\'accord, ma fille a froid en classe.</p>'
               '<form id="CommentForm" method="post" action="/proposals/isoler-les-ecoles/comments"><textarea name="body" '
               'aria-label="Votre commentaire"></textarea><button type="submit" class="btn btn-primary">Commenter</button></form></div>',
             {CO}, parent=("Vos propositions", f"{proj}/collect/vos-propositions")),
        page(f"{proj}/questionnaire/questionnaire-climat", "Questionnaire climat", m.questionnaire(
            f"{proj}/questionnaire/questionnaire-climat/reply", "Huit questions sur vos habitudes.",
            [("Comment chauffez-vous votre logement ?", ["Gaz", "Électricité", "Bois", "Réseau de chaleur"]),
             ("Seriez-vous intéressé par une aide à la rénovation ?", ["Oui", "Non"])], "questionnaire"), {PO},
             parent=("Présentation", f"{proj}/presentation/presentation")),
        page("/project/parc-de-la-lys/questionnaire/resultats", "Parc de la Lys : résultats", m.results(
            "Quel équipement pour le parc ?", [("Aire de jeux", 41), ("Parcours sportif", 35), ("Guinguette", 24)],
            "Ce questionnaire est fermé depuis le 1er décembre."), decoys={PO}),
    ]
    space = Site(capco, "capcollectif", "Wattremont participe", capco_pages,
                 menu=[("Accueil", "/"), ("Plan climat", f"{proj}/presentation/presentation")],
                 features=frozenset({PP}), platforms=frozenset({"cap collectif"}))
    topics = [("/t/stationnement-rue-nationale/118", "Stationnement rue Nationale", 14),
              ("/t/ramassage-des-encombrants/121", "Ramassage des encombrants", 6)]
    rows = "".join(f'<tr class="topic-list-item"><td><a class="title raw-link raw-topic-link" href="{h}">{t}</a></td>'
                   f'<td class="replies"><span class="posts">{n}</span></td></tr>' for h, t, n in topics)
    board_pages = [
        page("/", "Derniers sujets", f'<table class="topic-list"><tbody>{rows}</tbody></table>'
             + m.links([("/c/quartiers/5", "Catégorie : Quartiers")])),
        page("/c/quartiers/5", "Quartiers", f'<table class="topic-list"><tbody>{rows}</tbody></table>'),
        page("/t/stationnement-rue-nationale/118", "Stationnement rue Nationale", (
            '<div id="post_1" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator">'
            '<b>marc_w</b></span> <time>10 mars</time></div><div class="post"><p>Depuis les travaux, impossible de se garer '
            'le soir. Quelqu\'un a des nouvelles ?</p></div></div><div id="post_2" class="topic-body crawler-post">'
            '<div class="crawler-post-meta"><span class="creator"><b>nathalie59</b></span></div><div class="post"><p>La mairie '
            'a parlé d\'un parking provisoire derrière la poste.</p></div></div>'), parent=("Quartiers", "/c/quartiers/5")),
        page("/t/ramassage-des-encombrants/121", "Ramassage des encombrants", (
            '<div id="post_1" class="topic-body crawler-post"><div class="post"><p>Le ramassage est-il toujours le premier '
            'lundi du mois ?</p></div></div><div id="post_2" class="topic-body crawler-post"><div class="post"><p>Non, il faut '
            'maintenant prendre rendez-vous.</p></div></div>'), parent=("Quartiers", "/c/quartiers/5")),
    ]
    forum = Site(board, "discourse", "Forum des habitants de Wattremont", board_pages,
                 menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5")], features=frozenset({FO}))
    return City("99226", "Wattremont", 52_400, "59", "32", "Hauts-de-France", f"http://{host}/", [www, space, forum])


# ==== 99227 Port-Varenne (Normandie, Seine-Maritime): WordPress, a Go Vocal budget, a neighbours' network ===

def port_varenne():
    host, gv, net = "www.port-varenne.fr", "port-varenne.govocal.com", "port-varenne.monvoisinage.fr"
    bp = "/fr-FR/projects/budget-participatif-2025"
    news = [("/actualites/sondage-horaires-piscine/", "Piscine : quels horaires cet été ?", "10 mars"),
            ("/actualites/quai-sud/", "Quai Sud : les travaux commencent", "4 mars"),
            ("/actualites/nouvelle-application-d-information/", "Une application pour suivre l'actualité de la ville", "25 février"),
            ("/enquete-publique-port-de-plaisance/", "Port de plaisance : enquête publique", "18 février")]
    events = [("/vivre-a-port-varenne/democratie-participative/conseils-de-quartier/", "Conseils de quartier", "avril"),
              ("/vivre-a-port-varenne/budget-participatif/", "Budget participatif : vote", "mai"),
              ("/services/reservation-navette/", "Navette des plages", "juillet-août")]
    pages = [
        page("/", "Accueil", _home(
            "Port-Varenne, 26 900 habitants, port de pêche et station balnéaire de la Côte d'Albâtre.",
            [("/vivre-a-port-varenne/democratie-participative/", "Démocratie participative"),
             ("/vivre-a-port-varenne/budget-participatif/", "Budget participatif"),
             ("/vivre-a-port-varenne/voisins-solidaires/", "Voisins solidaires"), ("/contact/", "Contact"),
             ("/services/reservation-navette/", "Réserver la navette"), ("/vivre-a-port-varenne/budget-participatif/edition-2022/", "Édition 2022")],
            news, events)),
        page("/vivre-a-port-varenne/democratie-participative/", "Démocratie participative", m.prose(
            "Conseils de quartier, budget participatif, réseau de voisins solidaires : la ville développe avec les habitants "
            "une démocratie du quotidien. Un comité de suivi, composé d'habitants tirés au sort, évalue chaque année la démarche."),
             {PD}),
        page("/vivre-a-port-varenne/democratie-participative/conseils-de-quartier/", "Conseils de quartier", m.prose(
            "Trois conseils (Le Port, La Falaise, Le Plateau) se réunissent en avril et en octobre. Les comptes rendus des "
            "séances d'automne sont disponibles à l'accueil de la mairie."), {PD},
             parent=("Démocratie participative", "/vivre-a-port-varenne/democratie-participative/")),
        # the budget's page on the city site: filing and voting take place on the Go Vocal space
        page("/vivre-a-port-varenne/budget-participatif/", "Budget participatif", m.prose(
            "100 000 € pour vos projets : les habitants ont proposé 63 projets, 18 sont soumis au vote du 1er au 31 mai.",
            f'<a class="wp-block-button__link" href="http://{gv}{bp}">Voter en ligne</a>')
             + m.links([("/vivre-a-port-varenne/budget-participatif/edition-2022/", "La première édition (2022)")]), {PB}, decoys={PP}),
        page("/vivre-a-port-varenne/budget-participatif/edition-2022/", "Budget participatif 2022", m.prose(
            "La première édition a financé sept projets votés par 1 200 habitants, dont des nichoirs sur la falaise et "
            "une rampe d'accès à la plage pour les fauteuils."), {PB},
             parent=("Budget participatif", "/vivre-a-port-varenne/budget-participatif/")),
        # presents the neighbours' network the city funds; the network is its own site
        page("/vivre-a-port-varenne/voisins-solidaires/", "Voisins solidaires", m.prose(
            "Pour rompre l'isolement et s'entraider, la ville s'associe à un réseau social de voisinage réservé aux habitants "
            "de Port-Varenne. Inscription gratuite avec justificatif de domicile.",
            f'<a href="http://{net}/">Rejoindre mes voisins</a>'), {PD}, decoys={TSN}),
        page("/actualites/nouvelle-application-d-information/", "Une application pour suivre l'actualité de la ville", m.prose(
            "Actualités, agenda, alertes : l'application d'information municipale est disponible gratuitement. Elle "
            "remplace le bulletin papier hebdomadaire."), decoys={PP, TSN}),
        page("/actualites/sondage-horaires-piscine/", "Piscine : quels horaires cet été ?", m.prose(
            "La piscine en plein air ouvre le 15 juin. Dites-nous quels horaires vous conviennent le mieux.")
             + m.ays_poll(5, "Quels horaires préférez-vous ?", ["10 h - 19 h", "11 h - 20 h", "9 h - 13 h et 15 h - 20 h"]), {PO}),
        page("/actualites/quai-sud/", "Quai Sud : les travaux commencent", m.prose(
            "Le réaménagement du quai Sud débute le 15 mars pour neuf mois. Le marché aux poissons est déplacé quai Nord.")
             + m.wpdiscuz(733, [("Hervé", "5 mars", "Et les pêcheurs, où décharger pendant les travaux ?"),
                                ("Ville de Port-Varenne", "6 mars", "Un ponton provisoire est installé au bassin Bérigny.")]), {CO}),
        page("/enquete-publique-port-de-plaisance/", "Port de plaisance : enquête publique", m.prose(
            "Enquête publique préalable à l'extension du port de plaisance du 3 au 31 mars. Le dossier et le registre sont "
            "consultables en mairie ; le commissaire enquêteur reçoit le public les 5, 15 et 29 mars."), decoys={PD, PO}),
        page("/services/reservation-navette/", "Réserver la navette des plages", m.booking(
            "/services/reservation-navette/", "navette des plages", ["9 h 30", "11 h", "14 h", "16 h 30"]), decoys={CF}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, quai Guy-de-Maupassant.")
             + m.gravity_form(1, "/contact/", [("Nom", "text"), ("E-mail", "email"), ("Objet", "text")]), {CF}),
    ]
    www = Site(host, "wordpress", "Port-Varenne", pages,
               menu=[("Accueil", "/"), ("Vivre à Port-Varenne", "/vivre-a-port-varenne/democratie-participative/"),
                     ("Actualités", "/actualites/quai-sud/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "portvarenne"), social("instagram", "portvarenne76")],
               address="Hôtel de ville, quai Guy-de-Maupassant, 76000 Port-Varenne")
    gv_pages = [
        page("/", "Port-Varenne participe", m.prose("Bienvenue sur la plateforme citoyenne de Port-Varenne.")
             + m.links([(bp, "Budget participatif 2025 - vote en cours"), (f"{bp}/ideas/new", "Proposer un projet")])),
        page(bp, "Budget participatif 2025", m.prose("Phase de vote : choisissez vos projets (100 000 € au total).")
             + '<div class="e2e-idea-card"><a href="/fr-FR/ideas/rampe-plage-du-casino">Rampe d\'accès à la plage du Casino</a>'
               ' <button class="e2e-vote-button">Voter</button></div>', {PB}),
        # filing is closed in this edition, the form stays for the next one: it still calls for projects
        page(f"{bp}/ideas/new", "Proposer un projet", m.prose("Prochain dépôt de projets : automne 2025. Vous pouvez déjà "
                                                               "enregistrer votre idée.")
             + m.vendor_form(f"{bp}/ideas", "e2e-idea-form", "Votre projet", [("Titre", "title_multiloc", "text")],
                             "Description", "Publier"), {PB, SC, CF}, parent=("Budget participatif 2025", bp)),
        page("/fr-FR/ideas/rampe-plage-du-casino", "Rampe d'accès à la plage du Casino", m.prose(
            "Une rampe en bois pour les fauteuils et les poussettes. Coût : 28 000 €.")
             + '<div id="e2e-comments-container"><p><b>Julie</b> Indispensable !</p><form id="e2e-comment-form" method="post" '
               'action="/web_api/v1/ideas/rampe-plage-du-casino/comments"><textarea id="submit-comment" name="body_multiloc" '
               'aria-label="Écrire un commentaire"></textarea><button type="submit">Publier</button></form></div>', {PB, CO},
             parent=("Budget participatif 2025", bp)),
    ]
    space = Site(gv, "govocal", "Port-Varenne participe", gv_pages, menu=[("Accueil", "/"), ("Budget participatif", bp)],
                 features=frozenset({PP}), platforms=frozenset({"go vocal"}))
    net_pages = [
        page("/", "Mon voisinage - Port-Varenne", m.prose("Le réseau des voisins de Port-Varenne : 1 150 membres.")
             + m.links([("/comment-ca-marche", "Comment ça marche"), ("/quartiers/la-falaise", "Quartier de la Falaise")])),
        page("/comment-ca-marche", "Comment ça marche", m.prose(
            "Inscrivez-vous, confirmez votre adresse et retrouvez les voisins de votre quartier pour échanger des services.")),
        page("/quartiers/la-falaise", "Quartier de la Falaise", m.prose(
            "<b>Odile</b> : Je cherche quelqu'un pour arroser mes plantes du 10 au 20 juillet.",
            "<b>Tom</b> : Je peux ! Je suis au 14.", "<b>Comité des fêtes</b> : Repas de quartier le 21 juin, chacun apporte un plat.")),
    ]
    network = Site(net, "community", "Mon voisinage - Port-Varenne", net_pages,
                   menu=[("Accueil", "/"), ("Quartiers", "/quartiers/la-falaise")], features=frozenset({TSN}))
    return City("99227", "Port-Varenne", 26_900, "76", "28", "Normandie", f"http://{host}/", [www, space, network])


# ==== 99228 Lanmeurec (Bretagne, Côtes-d'Armor): a vendor CMS, Publik e-services, its own petitions ==========

def lanmeurec():
    host, eserv = "www.lanmeurec.bzh", "demarches.lanmeurec.bzh"
    news = [("/actualites/sondage-rythmes-cantine", "Cantine : un sondage auprès des familles", "12 mars"),
            ("/actualites/conseil-des-jeunes", "Le conseil des jeunes installé", "5 mars"),
            ("/actualites/jeu-concours-carnaval", "Jeu-concours du carnaval", "26 février"),
            ("/actualites/groupe-facebook-non-officiel", "Groupes de quartier sur les réseaux", "19 février")]
    events = [("/participer/assises-de-la-ville", "Assises de la ville", "13 avril"),
              ("/participer/petitions", "Pétitions en cours", "en ligne"),
              ("/actualites/conseil-des-jeunes", "Conseil des jeunes", "20 avril")]
    pages = [
        page("/", "Degemer mat - Accueil", _home(
            "Lanmeurec, 33 700 habitants, ville de la côte de Granit.",
            [("/participer", "Participer"), ("/participer/petitions", "Pétitions"),
             (f"http://{eserv}/contact/", "Contacter la mairie"), (f"http://{eserv}/signalement/", "Signaler"),
             (f"http://{eserv}/paiement/", "Payer en ligne"), ("/participer/assises-de-la-ville", "Assises de la ville")],
            news, events)),
        page("/participer", "Participer", m.prose(
            "À Lanmeurec, la participation passe par les assises de la ville, le conseil des jeunes et un droit de pétition "
            "ouvert à tous les habitants de plus de 16 ans.")
             + m.links([("/participer/assises-de-la-ville", "Les assises de la ville"), ("/participer/petitions", "Les pétitions"),
                        ("/actualites/conseil-des-jeunes", "Le conseil des jeunes")]), {PD}),
        page("/participer/assises-de-la-ville", "Les assises de la ville", m.prose(
            "Une fois par an, les assises réunissent habitants, associations et élus pour faire le bilan des engagements et "
            "fixer les chantiers de l'année. Ateliers thématiques le 13 avril à l'espace Ar Vro."), {PD},
             parent=("Participer", "/participer")),
        page("/participer/petitions", "Pétitions citoyennes", m.prose(
            "Toute pétition réunissant 500 signatures d'habitants est examinée en conseil municipal. Pétition en cours :")
             + m.petition_sign("/participer/petitions", "Un passage piéton devant l'école de Kerbrat", 318, 500), {PE, PD},
             parent=("Participer", "/participer")),
        page("/actualites/conseil-des-jeunes", "Le conseil des jeunes installé", m.prose(
            "Vingt-deux collégiens ont été installés samedi. Ils travailleront sur la sécurité aux abords des collèges."), {PD}),
        page("/actualites/sondage-rythmes-cantine", "Cantine : un sondage auprès des familles", m.prose(
            "Repas végétarien, horaires du service : répondez au sondage avant le 31 mars.")
             + m.questionnaire("/actualites/sondage-rythmes-cantine", "Sondage anonyme.",
                               [("Combien de repas végétariens par semaine ?", ["1", "2", "Davantage"]),
                                ("Le service de 11 h 30 convient-il ?", ["Oui", "Non"])], "sondage"), {PO}),
        page("/actualites/jeu-concours-carnaval", "Jeu-concours du carnaval", m.prose(
            "Déguisez-vous, envoyez votre plus belle photo : le jury désignera trois gagnants. Règlement à l'accueil de la mairie."),
             decoys={SC, PO}),
        # residents' own groups on global social media, named by the city: neither its accounts nor its network
        page("/actualites/groupe-facebook-non-officiel", "Groupes de quartier sur les réseaux", m.prose(
            "Plusieurs groupes d'habitants existent sur les réseaux sociaux. Ils ne sont pas gérés par la ville, qui ne "
            "répond pas aux demandes qui y sont postées : utilisez le formulaire de contact."), decoys={TSN}),
    ]
    www = Site(host, "vendor", "Ville de Lanmeurec", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Démarches", f"http://{eserv}/"),
                     ("Actualités", "/actualites/conseil-des-jeunes")],
               accounts=[social("facebook", "Lanmeurec"), social("instagram", "ville_lanmeurec")],
               address="Hôtel de ville, place du Marhallac'h, 22000 Lanmeurec")
    publik_pages = [
        page("/", "Démarches en ligne", m.prose("Vos démarches auprès de la ville de Lanmeurec, 24 h sur 24.")
             + m.links([("/contact/", "Écrire à la mairie"), ("/signalement/", "Signaler une anomalie"),
                        ("/paiement/", "Payer une facture"), (f"http://{host}/", "Retour au site de la ville")])),
        page("/contact/", "Écrire à la mairie", m.vendor_form(
            "/contact/", "wcs-contact", "Votre demande", [("Nom", "f1", "text"), ("Courriel", "f2", "email"),
                                                           ("Objet", "f3", "text")], "Votre message", "Valider"), {CF}),
        page("/signalement/", "Signaler une anomalie", m.vendor_form(
            "/signalement/", "wcs-signalement", "Anomalie sur l'espace public",
            [("Type", "f1", ("select", ["Voirie", "Éclairage", "Propreté", "Espaces verts"])), ("Adresse", "f2", "text")],
            "Description", "Envoyer le signalement"), {CF}, decoys={SC}),
        page("/paiement/", "Payer une facture", m.payment("/paiement/", "facture de la ville"), decoys={CF}),
    ]
    eservices = Site(eserv, "publik", "Lanmeurec - démarches", publik_pages,
                     menu=[("Accueil", "/"), ("Contact", "/contact/"), ("Signalement", "/signalement/")],
                     address="Hôtel de ville de Lanmeurec")
    return City("99228", "Lanmeurec", 33_700, "22", "53", "Bretagne", f"http://{host}/", [www, eservices])


# ==== the part ============================================================================================

_BUILDERS = (plouzivec, saint_aubrelin, marsenac, vallauzan, bretignac, wattremont,
             port_varenne, lanmeurec)


def _special_for(site, layout):
    render = m.LAYOUTS[layout]

    def special(request):
        found = site.by_path.get(request.target)
        return Reply.html(render(site, found)) if found is not None else None
    return special


def cities():
    _CUSTOM.clear()
    return [build() for build in _BUILDERS]


def hosts():
    if not _CUSTOM:
        cities()
    return {host: CustomHost(site, _special_for(site, layout)) for host, (site, layout) in _CUSTOM.items()}
