"""Holdout part "friches" (99591-99598): suburban communes of Île-de-France and of the Lyon, Lille and
Marseille areas under urban renewal (NPNRU).

Conseils citoyens of the quartiers prioritaires, maisons du projet, concertations with ateliers and
balades urbaines, a fonds de participation des habitants, participatory and youth budgets, questionnaires
(Webform, Typeform, Tally, Google Forms, Microsoft Forms, Formidable, w.c.s., platform surveys, one drawn
by a script from a JSON API), petitions and interpellations with a threshold, calls for ideas for a friche
or a tiers-lieu, white-label platforms (Go Vocal, Fluicity) and vendor-hosted ones (id-city, Jenparle,
Cap Collectif), Decidim, a Flarum board, comments, a neighbours' network and social accounts; and their
lookalikes: the EPT's, the métropole's and the Région's consultations and budgets, enquêtes publiques,
ANRU pages, the police's participation citoyenne, housing and job forms, a landlord's satisfaction
survey, a sports club's vote, newsletters, closed consultations' results, news naming a feature in passing.

Labelling conventions of this part (from docs/CODEBOOK.md):
- a form sent privately to the city with a free-text message field and the sender's name or e-mail is a
  ``contact_form`` whatever its heading (a suggestion box, a report of a problem); a form whose text is
  published (a comment, a forum post, an idea on a platform) is not, nor a questionnaire's answer fields;
- the pages of a platform, a board or a neighbours' network carry ``participatory_platform``, ``forum``
  and ``territorial_social_network``; a city page that only links to a platform or a board does not, but a
  city page presenting its neighbours' network and asking residents to join it does;
- a city page whose subject is its petition right, its participatory budget or its call for ideas carries
  that feature; a news item naming it in passing does not.
"""
import json

from ..site import City, Site, page, social
from ..web import Reply, SiteHost
from . import friches_markup as m

P = m.prose


class _LayoutHost(SiteHost):
    """Serves a site with a layout of this part (the software's own page furniture), and its JSON API if any."""

    def __init__(self, site, layout, api=None):
        super().__init__(site)
        self.layout = layout
        self.api = api or {}

    def respond(self, request):
        path = request.target
        if path in self.api:
            content_type, body = self.api[path]
            return Reply(200, [("Content-Type", content_type)], body.encode())
        if path == "/robots.txt" or path in self.site.redirects:
            return super().respond(request)
        body = self._rendered.get(path)
        if body is None:
            found = self.site.by_path.get(path)
            if found is None:
                return super().respond(request)
            body = self._rendered[path] = self.layout(self.site, found).encode()
        return Reply(200, [("Content-Type", "text/html; charset=utf-8")], body)


# =============================================================================================
# 99591 Noisy-les-Fontaines (93): Drupal 10 and Webform; Go Vocal on a host of the city
# =============================================================================================

NOISY = "www.noisy-les-fontaines.fr"
NOISY_GV = "participer.noisy-les-fontaines.fr"
_NOISY_NEWS = [
    ("/actualites/friche-des-messageries", "Friche des Messageries : à vous d'imaginer la suite", "2025-04-14",
     "Jusqu'au 15 juin, la Ville recueille les idées des habitants pour l'ancien site de fret."),
    ("/actualites/fete-des-peupliers", "Retour sur la fête de quartier des Peupliers", "2025-06-23",
     "Plus de 1 500 personnes ont profité du soleil, des concerts et du vide-greniers."),
    ("/actualites/ligne-15-est-enquete-publique", "Ligne 15 Est : l'enquête publique complémentaire est ouverte", "2025-05-06",
     "Le dossier est consultable en mairie et en ligne jusqu'au 7 juin."),
    ("/actualites/ept-plan-climat-consultation", "Plan climat : le Territoire consulte ses habitants", "2025-03-18",
     "L'établissement public territorial Terres de l'Ourcq ouvre une consultation en ligne."),
    ("/actualites/budget-participatif-ecologique-region", "Budget participatif écologique : la Région lance sa nouvelle saison", "2025-02-10",
     "Associations et collectifs peuvent déposer leurs projets sur la plateforme régionale."),
]


def _noisy_www():
    gv = f"http://{NOISY_GV}"
    pages = [
        page("/", "Accueil", P(
            "Bienvenue sur le site officiel de la Ville de Noisy-les-Fontaines, 68 000 habitants, au cœur de la Seine-Saint-Denis.")
            + m.drupal_paragraph_text(
                "<strong>Peupliers 2030</strong> : le projet de renouvellement urbain entre dans sa phase opérationnelle. "
                '<a href="/renouvellement-urbain">Tout savoir sur le projet</a>.', kind="mise-en-avant")
            + m.h2("À la une") + m.drupal_views_list(_NOISY_NEWS[:3])
            + m.h2("Accès rapides") + m.link_list([
                ("/demarches", "Mes démarches"), ("/participation", "Démocratie locale"),
                ("/renouvellement-urbain/maison-du-projet", "Maison du projet"), ("/ma-ville/budget", "Budget de la ville"),
                ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/lettre-d-information", "Lettre d'information"),
                ("/actualites", "Toutes les actualités"), (f"{gv}/", "Noisy participe")], cls="acces-rapides")),
        page("/contact", "Contactez la mairie", P(
            "Hôtel de ville, 1 place de la République. Accueil du lundi au vendredi de 8 h 30 à 17 h 30, le samedi matin pour l'état civil.",
            "Pour une démarche d'état civil ou d'urbanisme, utilisez de préférence les <a href=\"/demarches\">formulaires dédiés</a>.")
            + m.drupal_contact("/contact"), features={"contact_form"}),
        page("/participation", "Démocratie locale", P(
            "La municipalité a fait de la participation des habitants un fil rouge du mandat. Elle s'appuie sur trois piliers : "
            "les conseils citoyens des quartiers prioritaires, les concertations sur les grands projets et la plateforme en ligne Noisy participe.",
            "Chaque année, un « forum de la participation » réunit élus, agents et habitants pour faire le bilan des démarches engagées "
            "et décider de celles de l'année suivante. Le compte rendu 2024 est disponible à l'accueil de la mairie.")
            + m.drupal_accordion([
                ("Les conseils citoyens", "Deux conseils citoyens, aux Peupliers et sur le Plateau-Sud, associent habitants et acteurs locaux "
                 "au contrat de ville. <a href=\"/participation/conseils-citoyens\">En savoir plus</a>."),
                ("La concertation Peupliers 2030", "Ateliers, balades urbaines et permanences à la maison du projet : "
                 "<a href=\"/renouvellement-urbain\">le projet de renouvellement urbain</a>."),
                ("La participation en ligne", "Budget participatif, appels à idées, questionnaires : "
                 "<a href=\"/participation/noisy-participe\">découvrez Noisy participe</a>."),
            ]),
             # the "forum de la participation" is a yearly meeting, not a board
             features={"participation_displayed"}, decoys={"forum"}),
        page("/participation/conseils-citoyens", "Les conseils citoyens", P(
            "Créés par la loi de programmation pour la ville et la cohésion urbaine du 21 février 2014, les conseils citoyens "
            "réunissent, dans chaque quartier prioritaire, des habitants tirés au sort et des représentants d'associations et de commerces.",
            "À Noisy-les-Fontaines, le conseil citoyen des Peupliers compte 24 membres et celui du Plateau-Sud 17. Ils siègent au comité "
            "de pilotage du contrat de ville et du projet de renouvellement urbain, et disposent d'un local au centre social Louise-Michel.",
            "Vous habitez l'un de ces quartiers et souhaitez rejoindre le conseil citoyen ? Les inscriptions sont ouvertes toute l'année : "
            "présentez-vous à la maison du projet ou écrivez à " + m.mailto("conseils.citoyens@noisy-les-fontaines.fr") + ".")
            + m.table(["Quartier", "Réunions", "Lieu"], [["Les Peupliers", "1er mardi du mois, 18 h 30", "Centre social Louise-Michel"],
                                                           ["Plateau-Sud", "3e jeudi du mois, 18 h", "Maison de quartier Jean-Ferrat"]]),
             features={"participation_displayed"}, parent=("Démocratie locale", "/participation")),
        # the page presents the city's platform and links into it; the platform itself is on its own host
        page("/participation/noisy-participe", "Noisy participe, la plateforme de participation", P(
            "Depuis 2023, Noisy participe rassemble en un seul endroit les démarches de participation ouvertes par la Ville : "
            "budget participatif, appels à idées, questionnaires et calendrier des ateliers de concertation.",
            "Il suffit de créer un compte avec une adresse e-mail pour proposer un projet, voter ou commenter. "
            "Les habitants sans accès à internet peuvent participer depuis les bornes de la médiathèque et des maisons de quartier.")
            + m.link_list([(f"{gv}/", "Accéder à Noisy participe"), (f"{gv}/fr-FR/projects/budget-participatif-2025", "Le budget participatif 2025"),
                           (f"{gv}/fr-FR/pages/faq", "Questions fréquentes")]),
             features={"participation_displayed"}, parent=("Démocratie locale", "/participation")),
        page("/renouvellement-urbain", "Peupliers 2030, le renouvellement urbain", P(
            "Le quartier des Peupliers fait partie des 450 quartiers retenus par le Nouveau programme national de renouvellement urbain. "
            "D'ici 2030, 312 logements seront démolis, 540 réhabilités et 280 construits, l'école Jules-Vallès sera reconstruite et "
            "un parc de deux hectares reliera le quartier au centre-ville.",
            "Le projet se construit avec les habitants. La concertation, engagée dès 2021, se poursuit à chaque étape : "
            "ateliers thématiques, balades urbaines, réunions publiques et permanences à la maison du projet. "
            "Le conseil citoyen des Peupliers siège au comité de pilotage.")
            + m.h2("Participer") + m.link_list([
                ("/renouvellement-urbain/maison-du-projet", "La maison du projet"),
                ("/renouvellement-urbain/balade-urbaine", "S'inscrire à la prochaine balade urbaine"),
                ("/renouvellement-urbain/questionnaire", "Répondre au questionnaire sur les espaces publics"),
                ("/renouvellement-urbain/anru", "Le financement du projet")]),
             features={"participation_displayed"}),
        page("/renouvellement-urbain/maison-du-projet", "La maison du projet", P(
            "Installée au pied de la tour B2, la maison du projet est le lieu d'information et d'échange sur Peupliers 2030. "
            "Maquette du futur quartier, plans, calendrier des travaux : tout y est consultable librement.",
            "L'équipe du projet y tient des permanences et y anime les ateliers de concertation, le plus souvent en soirée. "
            "Un cahier est à votre disposition pour laisser vos remarques ; elles sont relues à chaque comité de suivi.")
            + m.horaires(("Mardi", "14 h - 19 h"), ("Mercredi", "9 h 30 - 12 h 30"), ("Jeudi", "16 h - 19 h"), ("Samedi", "10 h - 12 h (1er samedi du mois)")),
             features={"participation_displayed"}, parent=("Peupliers 2030", "/renouvellement-urbain")),
        # a booking-only form (name, e-mail, date, number of people): not a contact form
        page("/renouvellement-urbain/balade-urbaine", "Balade urbaine : le futur parc des Peupliers", P(
            "Venez arpenter le quartier avec les paysagistes du projet et dites-leur sur place ce qui compte pour vous : "
            "les cheminements, les jeux, l'ombre, les lieux où l'on s'assoit. La balade dure environ 1 h 30 ; départ de la maison du projet.",
            "Les remarques recueillies pendant la balade nourrissent l'atelier de restitution du mois suivant.")
            + m.drupal_webform("inscription_balade", 412, "/renouvellement-urbain/balade-urbaine", [
                ("text", "nom", "Nom et prénom", True), ("email", "courriel", "Adresse e-mail", True),
                ("tel", "telephone", "Téléphone"),
                ("radios", "date", "Date choisie", ["Samedi 17 mai, 10 h", "Mercredi 21 mai, 17 h 30"], True),
                ("number", "nombre", "Nombre de personnes")], submit="Je m'inscris"),
             features={"participation_displayed"}, decoys={"contact_form"}, parent=("Peupliers 2030", "/renouvellement-urbain")),
        # a questionnaire; its free-answer field answers a question, it is not a message to the city
        page("/renouvellement-urbain/questionnaire", "Questionnaire : les espaces publics des Peupliers", P(
            "Dix minutes pour nous dire comment vous utilisez aujourd'hui les espaces extérieurs du quartier et ce que vous attendez des futurs aménagements. "
            "Questionnaire anonyme, ouvert jusqu'au 30 juin.")
            + m.drupal_webform("questionnaire_espaces_publics", 398, "/renouvellement-urbain/questionnaire", [
                ("radios", "habitant", "Vous êtes :", ["Habitant des Peupliers", "Habitant d'un autre quartier", "Vous travaillez dans le quartier"], True),
                ("checkboxes", "usages", "Quels espaces fréquentez-vous ?", ["Le square Vallès", "Le terrain multisport", "Le mail commerçant", "Les pieds d'immeubles"]),
                ("radios", "securite", "Vous sentez-vous en sécurité dans le quartier le soir ?", ["Oui", "Plutôt oui", "Plutôt non", "Non"]),
                ("select", "priorite", "Votre priorité pour le futur parc", ["Des jeux pour enfants", "Des arbres et de l'ombre", "Des équipements sportifs", "Des jardins partagés"]),
                ("textarea", "idee_parc", "Selon vous, que faudrait-il absolument prévoir dans le parc ?")],
                submit="Envoyer mes réponses"),
             features={"poll"}, decoys={"contact_form"}, parent=("Peupliers 2030", "/renouvellement-urbain")),
        page("/renouvellement-urbain/anru", "Le financement du projet", P(
            "Peupliers 2030 fait l'objet d'une convention pluriannuelle signée le 12 octobre 2022 entre la Ville, l'établissement public territorial, "
            "l'Agence nationale pour la rénovation urbaine (ANRU), l'État, la Région, Action Logement et les bailleurs sociaux.",
            "Le coût total est estimé à 186 millions d'euros, dont 61 millions de subventions de l'ANRU et 18 millions de prêts bonifiés d'Action Logement. "
            "La Ville apporte 22 millions d'euros sur dix ans.",
            "Les relogements sont conduits par les bailleurs selon la charte de relogement signée en 2022 ; chaque ménage concerné "
            "est reçu individuellement par un chargé de relogement.")
            + m.table(["Financeur", "Montant"], [["ANRU (subventions)", "61 M€"], ["Bailleurs sociaux", "58 M€"], ["Ville", "22 M€"],
                                                 ["Action Logement (prêts)", "18 M€"], ["Région Île-de-France", "14 M€"], ["Autres", "13 M€"]]),
             decoys={"participation_displayed"}, parent=("Peupliers 2030", "/renouvellement-urbain")),
        page("/actualites", "Actualités", m.drupal_views_list(_NOISY_NEWS)),
    ]
    return pages


def _noisy_www_more():
    gv = f"http://{NOISY_GV}"
    news = ("Actualités", "/actualites")
    return [
        # a news item whose subject is the call and which asks residents for their ideas: the call itself
        page("/actualites/friche-des-messageries", "Friche des Messageries : à vous d'imaginer la suite",
             m.dated("2025-04-14", "14 avril 2025", "Urbanisme") + P(
                 "Fermé depuis 2016, l'ancien centre de tri des Messageries, rue de la Gare, a été racheté par la Ville l'an dernier. "
                 "Avant d'écrire le programme de sa reconversion, la municipalité veut entendre celles et ceux qui vivent à côté.",
                 "Tiers-lieu, halle alimentaire, ateliers d'artisans, jardin, salle pour les associations ? Toutes les idées sont bienvenues. "
                 f'Proposez les vôtres jusqu\'au 15 juin sur <a href="{gv}/fr-FR/projects/friche-des-messageries">Noisy participe</a>, '
                 "ou déposez-les dans l'urne de la médiathèque.",
                 "Les propositions seront présentées lors d'une réunion publique à la rentrée, avant le lancement d'une étude de programmation.")
             + m.share_buttons(f"http://{NOISY}/actualites/friche-des-messageries", "Friche des Messageries"),
             features={"suggestion_call"}, parent=news),
        # comments open under the item; the participatory budget and the conseil citoyen are only named in passing
        page("/actualites/fete-des-peupliers", "Retour sur la fête de quartier des Peupliers",
             m.dated("2025-06-23", "23 juin 2025", "Vie des quartiers") + P(
                 "Samedi, le square Vallès et le mail commerçant ont vécu au rythme de la fête des Peupliers. Plus de 1 500 personnes "
                 "sont passées entre le vide-greniers du matin, les démonstrations de hip-hop de l'association Pas de côté et le grand "
                 "concert du soir.",
                 "Les enfants ont pu inaugurer la fresque du préau, financée par le budget participatif l'an dernier, et le conseil citoyen "
                 "tenait un stand pour présenter ses actions. La maison du projet avait sorti la maquette du futur quartier : "
                 "l'occasion pour beaucoup de découvrir l'emplacement du parc.",
                 "Merci aux bénévoles, aux commerçants et aux services municipaux qui ont rendu cette journée possible. "
                 "Rendez-vous l'an prochain, et d'ici là, à la fête de la musique le 21 juin au kiosque.")
             + m.drupal_comments(521, [
                 (3301, "Samira B.", "23/06/2025 - 19:12", "Super journée", "Bravo aux jeunes de Pas de côté, mes enfants en parlent encore !"),
                 (3302, "Gérard", "24/06/2025 - 08:40", "Stationnement", "Dommage que le parking du centre commercial ait été fermé toute la journée."),
             ]),
             features={"comments"}, decoys={"participatory_budget", "participation_displayed", "contact_form"}, parent=news),
        page("/actualites/ligne-15-est-enquete-publique", "Ligne 15 Est : l'enquête publique complémentaire est ouverte",
             m.dated("2025-05-06", "6 mai 2025", "Transports") + P(
                 "Par arrêté préfectoral, une enquête publique complémentaire sur les modifications du tracé de la ligne 15 Est "
                 "se tient du 5 mai au 7 juin 2025. Elle est conduite par une commission d'enquête désignée par le tribunal administratif.",
                 "Le dossier peut être consulté à l'hôtel de ville aux heures d'ouverture et sur le registre dématérialisé ouvert par la préfecture, "
                 "où chacun peut déposer ses observations. Un commissaire enquêteur tiendra une permanence en mairie le 20 mai de 14 h à 17 h.",
                 "La Ville n'est pas l'organisatrice de cette enquête ; elle donnera son avis par délibération du conseil municipal."),
             decoys={"poll", "participation_displayed"}, parent=news),
        page("/actualites/ept-plan-climat-consultation", "Plan climat : le Territoire consulte ses habitants",
             m.dated("2025-03-18", "18 mars 2025", "Environnement") + P(
                 "L'établissement public territorial Terres de l'Ourcq, qui regroupe neuf communes dont Noisy-les-Fontaines, révise son plan "
                 "climat-air-énergie. Il invite les habitants à donner leur avis sur les actions envisagées : rénovation des logements, "
                 "pistes cyclables, îlots de fraîcheur.",
                 "La consultation se déroule jusqu'au 30 avril sur le site du Territoire, ainsi que lors de trois ateliers organisés par l'EPT à Pantin, "
                 "Bobigny et Noisy-les-Fontaines. Pour toute question, adressez-vous directement aux services du Territoire.")
             + P('<a href="https://x.com/terresdelourcq" rel="noopener">Suivre l\'actualité du Territoire sur X</a>'),
             decoys={"participation_displayed", "poll"}, parent=news),
        page("/actualites/budget-participatif-ecologique-region", "Budget participatif écologique : la Région lance sa nouvelle saison",
             m.dated("2025-02-10", "10 février 2025", "Environnement") + P(
                 "La Région Île-de-France ouvre une nouvelle édition de son budget participatif écologique et solidaire. "
                 "Associations, collectifs et habitants peuvent déposer des projets de végétalisation, de réemploi ou de mobilité douce, "
                 "puis les Franciliens votent pour leurs préférés.",
                 "Les dépôts se font exclusivement sur la plateforme de la Région, jusqu'au 14 mars. Le service Vie associative de la Ville "
                 "peut aider les associations noiséennes à monter leur dossier."),
             decoys={"participatory_budget"}, parent=news),
        page("/ma-ville/budget", "Le budget de la ville", P(
            "Le budget primitif 2025 a été adopté par le conseil municipal le 13 mars. Il s'élève à 112 millions d'euros, dont 31 millions "
            "d'investissement, consacrés en priorité au groupe scolaire Jules-Vallès et au parc des Peupliers.",
            "Les taux communaux de la taxe foncière restent inchangés pour la cinquième année consécutive.")
            + m.table(["Section", "Montant"], [["Fonctionnement", "81 M€"], ["Investissement", "31 M€"]], caption="Budget primitif 2025")
            + P("Documents : rapport d'orientation budgétaire, budget primitif, compte administratif 2024 (PDF, à télécharger en mairie ou sur demande)."),
             decoys={"participatory_budget"}),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", P(
            "Le conseil municipal compte 43 élus. Ses séances sont publiques et retransmises en direct sur la chaîne YouTube de la Ville.",
            "Prochaines séances : jeudi 26 juin à 19 h, jeudi 25 septembre à 19 h, salle des fêtes. L'ordre du jour est affiché "
            "en mairie cinq jours francs avant chaque séance.")
            + m.link_list([("/ma-ville/budget", "Le budget voté"), ("/ma-ville/securite/participation-citoyenne", "Sécurité et tranquillité")]),
             decoys={"participation_displayed"}),
        page("/ma-ville/securite/participation-citoyenne", "Le dispositif « participation citoyenne »", P(
            "Le protocole « participation citoyenne », signé entre le maire, le préfet et la police nationale, associe des habitants "
            "référents à la prévention de la délinquance dans leur quartier : ils signalent au commissariat les faits inhabituels.",
            "Ce dispositif de vigilance est piloté par la police nationale. Pour devenir référent, adressez-vous au commissariat de Noisy-les-Fontaines "
            "ou à la police municipale, 4 rue Saint-Just."),
             decoys={"participation_displayed"}, parent=("Le conseil municipal", "/ma-ville/conseil-municipal")),
        page("/demarches", "Mes démarches", P("Les démarches les plus demandées, accessibles en ligne 24 h/24.")
             + m.link_list([("/demarches/demande-logement-social", "Déposer une demande de logement social"),
                            ("/ma-ville/emploi/candidature-spontanee", "Candidature spontanée"),
                            ("/lettre-d-information", "S'abonner à la lettre d'information"),
                            ("/contact", "Écrire à la mairie")])),
        page("/demarches/demande-logement-social", "Demande de logement social", P(
            "Le service Habitat enregistre les demandes de logement social et vous délivre un numéro unique régional. "
            "Joignez les pièces justificatives demandées ; un agent vous recontactera sous quinze jours.")
            + m.drupal_webform("demande_logement", 233, "/demarches/demande-logement-social", [
                ("text", "nom", "Nom", True), ("text", "prenom", "Prénom", True), ("email", "courriel", "Courriel", True),
                ("text", "numero_unique", "Numéro unique (si renouvellement)"),
                ("select", "composition", "Composition du foyer", ["1 personne", "2 personnes", "3 personnes", "4 personnes", "5 personnes et plus"], True),
                ("select", "typologie", "Logement recherché", ["T1", "T2", "T3", "T4", "T5"]),
                ("number", "revenus", "Revenu fiscal de référence du foyer", True),
                ("file", "avis_imposition", "Avis d'imposition", True), ("file", "piece_identite", "Pièce d'identité", True)],
                submit="Transmettre ma demande"),
             decoys={"contact_form"}, parent=("Mes démarches", "/demarches")),
        page("/ma-ville/emploi/candidature-spontanee", "Candidature spontanée", P(
            "La Ville recrute régulièrement dans les domaines de l'animation, de la petite enfance, de l'entretien et de l'administration. "
            "Déposez votre CV et votre lettre de motivation ; ils seront conservés deux ans.")
            + m.drupal_webform("candidature_spontanee", 87, "/ma-ville/emploi/candidature-spontanee", [
                ("text", "nom", "Nom et prénom", True), ("email", "courriel", "Courriel", True), ("tel", "telephone", "Téléphone"),
                ("select", "filiere", "Filière", ["Animation", "Petite enfance", "Technique", "Administrative", "Culturelle", "Sportive"], True),
                ("file", "cv", "CV", True, "Formats acceptés : pdf, doc, docx. 2 Mo maximum."),
                ("file", "lettre", "Lettre de motivation", True)], submit="Envoyer ma candidature"),
             decoys={"contact_form"}, parent=("Mes démarches", "/demarches")),
        page("/lettre-d-information", "La lettre d'information", P(
            "Chaque mois, recevez Noisy Mag par courriel : l'agenda, les travaux, les inscriptions scolaires et les dates des réunions publiques.")
            + m.drupal_simplenews("/lettre-d-information"), decoys={"contact_form"}),
    ]


def noisy_les_fontaines() -> City:
    www = Site(NOISY, "drupal", "Ville de Noisy-les-Fontaines", _noisy_www() + _noisy_www_more(),
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Mes démarches", "/demarches"),
                     ("Peupliers 2030", "/renouvellement-urbain"), ("Démocratie locale", "/participation"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeNoisyLesFontaines", "https://www.facebook.com/VilleDeNoisyLesFontaines/"),
                         social("x", "NoisyFontaines", "https://twitter.com/NoisyFontaines"),
                         social("instagram", "noisylesfontaines"), social("youtube", "VilleDeNoisyLesFontaines")],
               address="Hôtel de ville, 1 place de la République, 93999 Noisy-les-Fontaines")
    return City("99591", "Noisy-les-Fontaines", 68412, "93", "11", "Île-de-France", f"http://{NOISY}/",
                [www, _noisy_govocal()], decoy_accounts=("https://x.com/terresdelourcq",))


def _noisy_govocal():
    bp = "/fr-FR/projects/budget-participatif-2025"
    friche = "/fr-FR/projects/friche-des-messageries"
    projects = ("Projets", "/fr-FR/projects")
    cards = [
        (bp, "Budget participatif 2025", "Vote en cours", 1843, "Voter"),
        (friche, "Friche des Messageries : vos idées", "Appel à idées", 402, "Proposer une idée"),
        ("/fr-FR/projects/mobilites-plateau-sud", "Se déplacer au Plateau-Sud", "Questionnaire", 236, "Répondre"),
        ("/fr-FR/projects/renovation-des-peupliers", "Peupliers 2030 : la concertation", "En cours", 611, "S'informer"),
        ("/fr-FR/projects/budget-participatif-2024", "Budget participatif 2024", "Terminé", 1520, "Voir les résultats"),
        ("/fr-FR/projects/cour-oasis-ecole-valles", "Cour oasis de l'école Vallès", "Terminé", 188, "Voir les résultats"),
    ]
    pages = [
        page("/", "Noisy participe", P(
            "Bienvenue sur Noisy participe, la plateforme de participation citoyenne de la Ville de Noisy-les-Fontaines. "
            "Proposez, votez, donnez votre avis sur les projets de votre quartier.") + m.gv_project_cards(cards[:4])),
        page("/fr-FR/projects", "Tous les projets", m.gv_project_cards(cards)),
        page(bp, "Budget participatif 2025", m.gv_project(
            ["500 000 € pour des projets proposés par les habitants. Après l'étude de faisabilité par les services, 38 projets sont soumis au vote.",
             "Chaque habitant de plus de 11 ans peut composer son panier dans la limite de l'enveloppe de son quartier, puis valider son vote."],
            [("Dépôt des projets", "15 janv. - 15 mars"), ("Étude de faisabilité", "mars - mai"), ("Vote", "2 juin - 30 juin"), ("Résultats", "juillet")], 2,
            m.gv_basket("500 000 €") + m.gv_idea_cards([
                ("/fr-FR/ideas/jardin-partage-des-peupliers", "Un jardin partagé au pied des tours", "Association Les Racines", "", 7, "45 000 €"),
                ("/fr-FR/ideas/eclairage-passage-colbert", "Éclairer le passage Colbert", "Yacine M.", "", 3, "28 000 €")], budget=True)),
             features={"participatory_budget"}, parent=projects),
        page("/fr-FR/ideas/jardin-partage-des-peupliers", "Un jardin partagé au pied des tours", m.gv_idea(
            "Un jardin partagé au pied des tours", "Association Les Racines",
            ["Nous proposons de transformer la pelouse entre les tours B2 et B3 en jardin partagé : bacs surélevés accessibles, "
             "récupérateurs d'eau, cabane à outils. L'association assurera l'animation avec l'école Vallès."],
            [("Fatou K.", "Oui ! Et pensez à un coin ombragé pour les anciens."), ("Marc", "Le bailleur est-il d'accord pour la pelouse ?"),
             ("Noisy participe (modération)", "Le bailleur a donné un accord de principe lors de l'étude de faisabilité.")], budget="45 000 €")
            + m.share_buttons(f"http://{NOISY_GV}/fr-FR/ideas/jardin-partage-des-peupliers", "Un jardin partagé au pied des tours"),
             # share intents of the platform: no account of the city
             features={"participatory_budget", "comments"}, decoys={"social_account"}, parent=("Budget participatif 2025", bp)),
        page("/fr-FR/ideas/eclairage-passage-colbert", "Éclairer le passage Colbert", m.gv_idea(
            "Éclairer le passage Colbert", "Yacine M.",
            ["Le passage entre la rue Colbert et la gare est plongé dans le noir dès 18 h en hiver. Des lampadaires à détection "
             "de présence rendraient le trajet plus sûr, surtout pour les lycéens."],
            [("Inès", "Je passe tous les jours par là, c'est indispensable.")], budget="28 000 €"),
             features={"participatory_budget", "comments"}, parent=("Budget participatif 2025", bp)),
        page(friche, "Friche des Messageries : vos idées", m.gv_project(
            ["Que faire des 4 000 m² de l'ancien centre de tri ? Proposez vos idées pour la friche des Messageries : usages, activités, "
             "aménagements. Vous pouvez aussi soutenir et commenter les idées des autres.",
             "Les idées seront analysées par les services et présentées en réunion publique en septembre."],
            [("Appel à idées", "14 avril - 15 juin"), ("Analyse", "été"), ("Restitution", "septembre")], 0,
            '<a id="e2e-ideation-cta-button" class="e2e-idea-button" href="' + friche + '/ideas/new">Proposer une idée</a>'
            + m.gv_idea_cards([
                ("/fr-FR/ideas/une-halle-alimentaire", "Une halle alimentaire avec des producteurs locaux", "Claire D.", 58, 12),
                ("/fr-FR/ideas/des-ateliers-pour-artisans", "Des ateliers pour les artisans du quartier", "Karim", 41, 6)])),
             features={"suggestion_call"}, parent=projects),
        page(friche + "/ideas/new", "Proposer une idée", P("Décrivez votre idée pour la friche des Messageries. Elle sera publiée après modération.")
             + m.gv_idea_form("friche-des-messageries"),
             features={"suggestion_call"}, decoys={"contact_form"}, parent=("Friche des Messageries", friche)),
        page("/fr-FR/ideas/une-halle-alimentaire", "Une halle alimentaire avec des producteurs locaux", m.gv_idea(
            "Une halle alimentaire avec des producteurs locaux", "Claire D.",
            ["Une halle couverte ouverte trois jours par semaine, avec des maraîchers d'Île-de-France et une épicerie solidaire."],
            [("Bruno", "Et une cantine le midi pour les salariés de la zone d'activités ?"), ("Aïcha", "Il faudrait des prix accessibles à tous.")]),
             features={"suggestion_call", "comments"}, parent=("Friche des Messageries", friche)),
        page("/fr-FR/ideas/des-ateliers-pour-artisans", "Des ateliers pour les artisans du quartier", m.gv_idea(
            "Des ateliers pour les artisans du quartier", "Karim",
            ["Des box à louer à petit prix pour les couturières, réparateurs de vélos et menuisiers qui travaillent aujourd'hui dans leur cave."],
            []),
             features={"suggestion_call", "comments"}, parent=("Friche des Messageries", friche)),
        page("/fr-FR/projects/mobilites-plateau-sud", "Se déplacer au Plateau-Sud", P(
            "La Ville prépare un plan de circulation pour le Plateau-Sud. Répondez à ce questionnaire de cinq minutes, ouvert jusqu'au 20 juillet.")
            + m.gv_survey([
                ("select", "Comment vous rendez-vous le plus souvent à la gare ?", ["À pied", "À vélo", "En bus", "En voiture"]),
                ("multiselect", "Quels aménagements vous manquent ?", ["Des trottoirs plus larges", "Une piste cyclable", "Des abris-vélos", "Des passages piétons"]),
                ("select", "La rue Édouard-Vaillant devrait-elle passer en sens unique ?", ["Oui", "Non", "Sans avis"]),
                ("text", "Votre rue (facultatif)")]),
             features={"poll"}, parent=projects),
        page("/fr-FR/projects/renovation-des-peupliers", "Peupliers 2030 : la concertation", m.gv_project(
            ["La concertation sur le renouvellement urbain des Peupliers se poursuit en 2025 : ateliers sur le parc, balades urbaines, "
             "réunions d'information sur les relogements et permanences à la maison du projet.",
             "Retrouvez ici les comptes rendus des ateliers et le calendrier des prochaines rencontres, et inscrivez-vous aux événements."],
            [("Diagnostic partagé", "2021"), ("Ateliers de programmation", "2022 - 2023"), ("Ateliers du parc", "2025"), ("Suivi des travaux", "2026 - 2030")], 2,
            m.gv_events([("Atelier « Le parc des Peupliers »", "Mardi 3 juin, 18 h 30", "Maison du projet", "Restitution de la balade urbaine et choix des ambiances.")])),
             features={"participation_displayed"}, parent=projects),
        # the city's participatory budget, past edition: the codebook excludes only the ordinary budget pages
        page("/fr-FR/projects/budget-participatif-2024", "Budget participatif 2024", P(
            "La deuxième édition est terminée : 1 520 habitants ont voté et 11 projets ont été retenus pour 450 000 €. "
            "Suivez ici l'avancement de leur réalisation.")
            + m.table(["Projet", "Quartier", "Avancement"], [["Fresque du préau de l'école Vallès", "Les Peupliers", "Réalisé"],
                                                           ["Boîtes à livres", "Centre-ville", "Réalisé"], ["Agrès de street workout", "Plateau-Sud", "En travaux"]]),
             features={"participatory_budget"}, parent=projects),
        page("/fr-FR/projects/cour-oasis-ecole-valles", "Cour oasis de l'école Vallès", P(
            "Cette consultation est terminée. Merci aux 188 participants ! Les familles ont choisi à 64 % un projet avec davantage d'arbres "
            "et un coin potager ; les travaux auront lieu pendant l'été 2025.")
            + m.table(["Proposition", "Voix"], [["Arbres et potager", "120"], ["Terrain de jeux agrandi", "51"], ["Sans avis", "17"]]),
             decoys={"poll"}, parent=projects),
        page("/fr-FR/events", "Événements", m.gv_events([
            ("Atelier « Le parc des Peupliers »", "Mardi 3 juin, 18 h 30", "Maison du projet", "Choisir les ambiances du futur parc."),
            ("Balade urbaine", "Samedi 17 mai, 10 h", "Départ de la maison du projet", "Parcours commenté avec les paysagistes."),
            ("Forum de la participation", "Samedi 11 octobre", "Salle des fêtes", "Bilan annuel des démarches de participation.")]),
             decoys={"forum"}),
        page("/fr-FR/pages/faq", "Questions fréquentes", m.drupal_accordion([
            ("Qui peut participer ?", "Toute personne qui habite, travaille ou étudie à Noisy-les-Fontaines, dès 11 ans pour le budget participatif."),
            ("Mes données sont-elles protégées ?", "La Ville est responsable du traitement ; les données sont hébergées en Europe."),
            ("Je n'ai pas d'ordinateur", "Des bornes sont à votre disposition à la médiathèque et dans les maisons de quartier.")])),
    ]
    return Site(NOISY_GV, "govocal", "Noisy participe", pages,
                menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects"), ("Événements", "/fr-FR/events"), ("FAQ", "/fr-FR/pages/faq")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"go_vocal"}))



# =============================================================================================
# 99592 Saulxieu-la-Rize (69): WordPress (Contact Form 7, WPForms, MailPoet, Typeform); a Flarum board
# =============================================================================================

SAULX = "www.saulxieu-la-rize.fr"
SAULX_FORUM = "forum.saulxieu-la-rize.fr"
_SAULX_POSTS = [
    ("/2025/05/12/noirettes-point-etape-du-renouvellement-urbain/", "Les Noirettes : point d'étape du renouvellement urbain", "2025-05-12", "12 mai 2025",
     "Démolition de la barre Mistral, premiers relogements, calendrier de l'été : où en est le chantier ?"),
    ("/2025/04/02/trophees-des-sports-votez/", "Trophées des sports : à vous de voter", "2025-04-02", "2 avril 2025",
     "Le public choisit le sportif de l'année parmi six nommés."),
    ("/2025/03/03/la-metropole-consulte-sur-le-plan-de-mobilite/", "La Métropole consulte sur son plan de mobilité", "2025-03-03", "3 mars 2025",
     "Jusqu'au 15 avril, chacun peut donner son avis sur les projets de transport de l'agglomération."),
    ("/2024/11/20/travaux-rue-jean-jaures/", "Travaux rue Jean-Jaurès : circulation alternée jusqu'en décembre", "2024-11-20", "20 novembre 2024",
     "Le renouvellement des canalisations d'eau potable impose une circulation alternée."),
]


def _saulx_www():
    forum = f"http://{SAULX_FORUM}"
    dp = ("Saulxieu en commun", "/democratie-participative/")
    bp = "/democratie-participative/budget-participatif/"
    pages = [
        page("/", "Accueil", m.wp_paragraphs(
            "Bienvenue à Saulxieu-la-Rize, ville de 47 800 habitants entre Rize et canal de Jonage, à l'est de la Métropole de Lyon.")
            + m.wp_columns(
                m.wp_heading("En ce moment", 2) + m.wp_post_list(_SAULX_POSTS[:2]),
                m.wp_heading("Saulxieu en commun", 2) + m.wp_paragraphs(
                    "Budget participatif, conseils citoyens, forum des habitants : la démocratie locale se vit aussi en ligne.")
                + m.wp_buttons((dp[1], "Participer"), (f"{forum}/", "Le forum des habitants")))
            + m.wp_heading("Services", 2) + m.link_list([
                ("/actualites/", "Actualités"), ("/agenda/forum-emploi-et-alternance/", "Forum emploi et alternance"),
                ("/vie-municipale/conseil-municipal/", "Le conseil municipal"), ("/vie-municipale/budget-2025/", "Le budget 2025"),
                ("/la-fabrique-tiers-lieu/", "La Fabrique, futur tiers-lieu"), ("/newsletter/", "Newsletter"), ("/contact/", "Contact")])),
        page("/contact/", "Contact", m.wp_paragraphs(
            "Mairie de Saulxieu-la-Rize, place de la Libération. Standard : 04 72 00 00 00.",
            "Une question, une remarque ? Écrivez-nous, nous vous répondrons dans les meilleurs délais.")
            + m.cf7_contact(118, 24, "/contact/", subjects=("Accueil", "État civil", "Urbanisme", "Voirie et propreté", "Autre")),
             features={"contact_form"}),
        page("/democratie-participative/", "Saulxieu en commun", m.wp_paragraphs(
            "« Saulxieu en commun », c'est le nom que nous avons donné à l'ensemble des démarches qui permettent aux habitants "
            "de prendre part aux décisions : six conseils de quartier, deux conseils citoyens dans les quartiers prioritaires, "
            "un budget participatif, un budget jeunes, des concertations sur les projets d'aménagement.",
            "Une charte de la participation, adoptée par le conseil municipal en 2021, fixe les règles du jeu : information préalable, "
            "retour systématique sur ce que la Ville a retenu ou non des avis exprimés, moyens donnés aux instances de quartier.")
            + m.wp_heading("Participer", 2) + m.link_list([
                ("/democratie-participative/conseils-de-quartier-et-conseils-citoyens/", "Les conseils de quartier et les conseils citoyens"),
                (bp, "Le budget participatif"), ("/democratie-participative/budget-jeunes/", "Le budget jeunes"),
                ("/democratie-participative/questionnaire-cadre-de-vie/", "Questionnaire : votre cadre de vie"),
                ("/democratie-participative/resultats-consultation-parc-de-la-rize/", "Résultats de la consultation sur le parc de la Rize"),
                ("/la-fabrique-tiers-lieu/vos-idees/", "La Fabrique : vos idées"),
                (f"{forum}/", "Le forum des habitants (espace de discussion en ligne)")]),
             features={"participation_displayed"}),
        page("/democratie-participative/conseils-de-quartier-et-conseils-citoyens/", "Conseils de quartier et conseils citoyens", m.wp_paragraphs(
            "Les six conseils de quartier sont ouverts à tous les habitants de plus de 16 ans. Ils se réunissent au moins trois fois par an, "
            "disposent d'une enveloppe de 8 000 € pour de petits aménagements et sont consultés sur les projets qui les concernent.",
            "Aux Noirettes et au Grand-Clos, quartiers prioritaires de la politique de la ville, les conseils citoyens associent habitants "
            "tirés au sort et acteurs locaux. Ils sont membres du comité de pilotage du projet de renouvellement urbain et du contrat de ville.")
            + m.table(["Instance", "Coordination"], [["Conseils de quartier", "Service Démocratie locale, 04 72 00 00 15"],
                                                     ["Conseil citoyen des Noirettes", "Centre social des Noirettes"],
                                                     ["Conseil citoyen du Grand-Clos", "Maison des habitants du Grand-Clos"]]),
             features={"participation_displayed"}, parent=dp),
        # the page of the city's budget while the deposit is open: a budget and an explicit call for projects
        page(bp, "Le budget participatif, 4e édition", m.wp_paragraphs(
            "Vous avez une idée pour améliorer votre quartier ? Le budget participatif vous donne la main sur 400 000 € d'investissement.",
            "Déposez votre projet jusqu'au 30 septembre : il doit relever des compétences de la commune, servir l'intérêt général et coûter "
            "moins de 80 000 €. Les projets jugés réalisables seront soumis au vote des habitants en janvier.")
            + m.table(["Étape", "Dates"], [["Dépôt des projets", "1er juin - 30 septembre"], ["Étude par les services", "octobre - décembre"],
                                           ["Vote", "janvier"], ["Réalisation", "à partir d'avril"]])
            + m.wp_buttons(("/democratie-participative/budget-participatif/deposer-un-projet/", "Déposer un projet")),
             features={"participatory_budget", "suggestion_call"}, parent=dp),
        # the deposit form goes privately to the city with a free description and the sender's e-mail
        page("/democratie-participative/budget-participatif/deposer-un-projet/", "Déposer un projet", m.wp_paragraphs(
            "Décrivez votre projet en quelques lignes. Le service Démocratie locale vous recontactera pour l'étude de faisabilité.")
            + m.wpforms(2231, 871, "/democratie-participative/budget-participatif/deposer-un-projet/", [
                ("name", "Nom et prénom", True), ("email", "E-mail", True),
                ("select", "Quartier concerné", ["Centre", "Les Noirettes", "Grand-Clos", "La Rize", "Les Balmes", "Le Canal"]),
                ("text", "Titre du projet", True), ("textarea", "Description du projet", True),
                ("text", "Lieu précis"), ("file", "Photo ou plan (facultatif)")], submit="Déposer mon projet"),
             features={"participatory_budget", "suggestion_call", "contact_form"},
             parent=("Le budget participatif", bp)),
        page("/democratie-participative/budget-jeunes/", "Le budget jeunes", m.wp_paragraphs(
            "Réservé aux 11-25 ans, le budget jeunes finance des projets imaginés par des jeunes pour les jeunes : un tournoi, un studio "
            "d'enregistrement, un séjour, un aménagement sportif. Enveloppe 2025 : 40 000 €.",
            "Les projets se déposent auprès des animateurs de l'espace jeunes et des deux centres sociaux. Le vote a lieu au printemps, "
            "dans les collèges, le lycée et l'espace jeunes : un jeune, trois voix.")
            + m.table(["Lauréats 2024", "Montant"], [["Studio de musique à l'espace jeunes", "14 000 €"], ["Tournoi inter-quartiers de futsal", "6 500 €"],
                                                      ["Terrain de street workout aux Noirettes", "19 000 €"]]),
             features={"participatory_budget"}, parent=dp),
        page("/democratie-participative/questionnaire-cadre-de-vie/", "Questionnaire : votre cadre de vie", m.wp_paragraphs(
            "Propreté, espaces verts, tranquillité, stationnement : comment jugez-vous votre cadre de vie ? Le questionnaire prend "
            "cinq minutes ; les résultats seront présentés dans les conseils de quartier en novembre.")
            + m.typeform_embed("k8Xq2LpT", "Questionnaire cadre de vie 2025"),
             features={"poll"}, parent=dp),
        page("/democratie-participative/resultats-consultation-parc-de-la-rize/", "Parc de la Rize : les résultats de la consultation", m.wp_paragraphs(
            "La consultation sur le réaménagement du parc de la Rize s'est achevée le 31 janvier. 874 personnes ont répondu au questionnaire.",
            "Principaux enseignements : 71 % souhaitent davantage d'ombre, 58 % une aire de jeux pour les 6-12 ans, 44 % des toilettes publiques. "
            "Le projet définitif sera présenté en réunion publique le 12 juin.")
            + m.table(["Attente", "Part des répondants"], [["Plus d'ombre", "71 %"], ["Aire de jeux 6-12 ans", "58 %"], ["Toilettes publiques", "44 %"]]),
             decoys={"poll"}, parent=dp),
    ]
    return pages


def _saulx_www_more():
    news = ("Actualités", "/actualites/")
    fab = ("La Fabrique", "/la-fabrique-tiers-lieu/")
    return [
        # an open call for operators (appel à manifestation d'intérêt), not a call for residents' ideas
        page("/la-fabrique-tiers-lieu/", "La Fabrique, futur tiers-lieu des Noirettes", m.wp_paragraphs(
            "L'ancienne usine de tissage Berthet, 2 800 m² au bord de la Rize, deviendra en 2027 un tiers-lieu : ateliers partagés, "
            "café associatif, espace de travail, salle de spectacle.",
            "La Ville lance un appel à manifestation d'intérêt pour désigner l'opérateur qui gérera le lieu. Les candidatures "
            "(associations, coopératives, entreprises de l'économie sociale et solidaire) sont attendues avant le 15 septembre ; "
            "le cahier des charges est disponible sur le profil d'acheteur de la commune.",
            "Et vous, qu'aimeriez-vous y trouver ? <a href=\"/la-fabrique-tiers-lieu/vos-idees/\">Dites-le-nous ici</a>."),
             decoys={"suggestion_call"}),
        # a Framaforms questionnaire that asks for ideas: both an online questionnaire and a call for ideas
        page("/la-fabrique-tiers-lieu/vos-idees/", "La Fabrique : vos idées", m.wp_paragraphs(
            "La Fabrique sera le lieu des habitants. Avant d'en écrire le projet avec l'opérateur, nous voulons connaître vos envies : "
            "quelles activités, quels horaires, quels services ? Toutes les idées sont les bienvenues, jusqu'au 31 octobre.")
            + '<iframe src="https://framaforms.org/la-fabrique-vos-idees-1716820442" width="100%" height="900" frameborder="0" '
              'title="La Fabrique : vos idées">Chargement du formulaire…</iframe>',
             features={"suggestion_call", "poll"}, parent=fab),
        page("/actualites/", "Actualités", m.wp_post_list(_SAULX_POSTS)),
        page(_SAULX_POSTS[0][0], _SAULX_POSTS[0][1], m.wp_paragraphs(
            "La démolition de la barre Mistral, 96 logements, a commencé le 5 mai. Elle durera jusqu'à fin juillet ; les engins "
            "accèderont au chantier par la rue des Tisserands, fermée à la circulation pendant toute la durée des travaux.",
            "Sur les 96 ménages concernés, 88 ont déjà été relogés, dont 31 dans des logements neufs ou récents. Les huit derniers "
            "relogements interviendront d'ici l'été, selon les souhaits exprimés lors des entretiens individuels.",
            "Comme l'avait demandé le conseil citoyen pendant la concertation, un cheminement piéton provisoire a été ouvert pour rejoindre "
            "l'école Pergaud sans longer le chantier. La future place centrale, elle, sera livrée au printemps 2026.",
            "Prochain rendez-vous : visite de chantier ouverte à tous le samedi 14 juin à 10 h.")
            + m.wp_comments(901, [
                (4412, "Nadia R.", "12 mai 2025 à 18 h 22", "Merci pour le cheminement provisoire, c'est bien plus sûr pour les enfants."),
                (4415, "J-P Morel", "13 mai 2025 à 9 h 05", "Le bruit commence dès 7 h, est-ce normal ?"),
                (4416, "Mairie de Saulxieu", "13 mai 2025 à 11 h 40", "Les horaires autorisés sont 7 h 30 - 19 h ; nous le rappelons à l'entreprise.", 4415)]),
             features={"comments"}, decoys={"participation_displayed", "contact_form"}, parent=news),
        page(_SAULX_POSTS[1][0], _SAULX_POSTS[1][1], m.wp_paragraphs(
            "Comme chaque année, l'Office municipal des sports organise les Trophées des sports. Six sportifs sont nommés, de la "
            "championne de France junior de boxe au capitaine de l'équipe de handball.",
            "Le vote du public se déroule sur la page Facebook de l'Office municipal des sports "
            "(<a href=\"https://www.facebook.com/OMS.Saulxieu\">OMS Saulxieu</a>) jusqu'au 20 avril. La cérémonie aura lieu le 26 avril au gymnase Pergaud."),
             decoys={"poll", "participatory_budget"}, parent=news),
        # the Métropole's consultation, on its own platform: neither the city's approach nor its questionnaire
        page(_SAULX_POSTS[2][0], _SAULX_POSTS[2][1], m.wp_paragraphs(
            "La Métropole de Lyon prépare son nouveau plan de mobilité pour 2026-2035. Jusqu'au 15 avril, elle invite les habitants "
            "des 58 communes à donner leur avis sur sa plateforme de participation, propulsée par Decidim.",
            "Tramway vers l'est, voies lyonnaises, zones à faibles émissions : les propositions de la Métropole sont détaillées dans un dossier "
            "de 80 pages. La Ville de Saulxieu-la-Rize transmettra sa propre contribution après délibération du conseil municipal."),
             decoys={"participation_displayed", "poll", "participatory_platform"}, parent=news),
        page(_SAULX_POSTS[3][0], _SAULX_POSTS[3][1], m.wp_paragraphs(
            "Le syndicat des eaux renouvelle 600 mètres de canalisations rue Jean-Jaurès. Une circulation alternée par feux est mise en place "
            "entre la rue Pasteur et l'avenue de la Rize jusqu'au 20 décembre. Les arrêts de bus sont maintenus.")
            + m.wp_comments(877, [], closed_after=True),
             decoys={"comments"}, parent=news),
        page("/vie-municipale/budget-2025/", "Le budget 2025", m.wp_paragraphs(
            "Voté le 27 mars, le budget primitif 2025 s'élève à 71,4 millions d'euros. L'investissement (19,2 M€) est consacré au groupe scolaire "
            "des Balmes, à la rénovation énergétique des bâtiments communaux et à la part communale du projet des Noirettes.",
            "Le budget participatif dispose d'une ligne propre de 400 000 €, votée chaque année.")
            + m.table(["", "Montant"], [["Fonctionnement", "52,2 M€"], ["Investissement", "19,2 M€"]]),
             decoys={"participatory_budget"}),
        page("/vie-municipale/conseil-municipal/", "Le conseil municipal", m.wp_paragraphs(
            "Le conseil municipal de Saulxieu-la-Rize compte 39 membres. Il se réunit environ tous les deux mois à l'hôtel de ville ; les séances "
            "sont publiques.",
            "Prochaine séance : jeudi 3 juillet à 18 h 30. Ordre du jour : compte administratif 2024, tarifs de la restauration scolaire, "
            "convention avec la Métropole pour le parc de la Rize."),
             decoys={"participation_displayed"}),
        page("/agenda/forum-emploi-et-alternance/", "Forum emploi et alternance", m.wp_paragraphs(
            "Le forum emploi et alternance revient le jeudi 18 septembre, de 9 h à 13 h, salle Jean-Vilar. Une cinquantaine d'entreprises "
            "du bassin d'emploi recrutent en CDI, CDD, intérim et alternance.",
            "Pensez à apporter plusieurs exemplaires de votre CV. Entrée libre."),
             decoys={"forum"}),
        page("/newsletter/", "Newsletter", m.wp_paragraphs("Recevez l'actualité de Saulxieu-la-Rize chaque vendredi.")
             + m.mailpoet(3, "saulxieu-newsletter"), decoys={"contact_form"}),
    ]


def _saulx_forum():
    d = [("/d/14-travaux-de-la-place-du-marche", "Travaux de la place du Marché : qui a des infos ?"),
         ("/d/21-stationnement-aux-noirettes", "Stationnement aux Noirettes pendant la démolition"),
         ("/d/9-jardins-partages-qui-est-partant", "Jardins partagés : qui est partant ?"),
         ("/d/27-la-fabrique-vos-envies", "La Fabrique : vos envies pour le tiers-lieu")]
    pages = [
        page("/", "Toutes les discussions", m.flarum_index(d)),
        page(d[0][0], d[0][1], m.flarum_discussion([
            ("Lucie69", "<p>Les barrières sont là depuis lundi, quelqu'un sait combien de temps va durer le chantier ?</p>"),
            ("Habib", "<p>D'après le panneau, jusqu'à fin août. Le marché du samedi est déplacé parking Pasteur.</p>"),
            ("Modération", "<p>La Ville a publié le calendrier dans la dernière lettre d'information.</p>")]), parent=("Discussions", "/")),
        page(d[1][0], d[1][1], m.flarum_discussion([
            ("sophie_r", "<p>Avec la rue des Tisserands fermée, impossible de se garer le soir. Des solutions ?</p>"),
            ("Mamadou", "<p>Le parking de la salle Vilar est ouvert la nuit depuis la semaine dernière.</p>")]), parent=("Discussions", "/")),
        page(d[2][0], d[2][1], m.flarum_discussion([
            ("Jardinier du dimanche", "<p>On est quatre au Grand-Clos à vouloir monter un jardin partagé. D'autres intéressés ?</p>"),
            ("Aurore", "<p>Moi ! On pourrait déposer le projet au budget participatif.</p>")]), parent=("Discussions", "/")),
        page(d[3][0], d[3][1], m.flarum_discussion([
            ("Théo", "<p>Un atelier vélo et une salle de répétition, ce serait génial.</p>"),
            ("Mireille", "<p>Pensez aux anciens : un café ouvert l'après-midi avec des jeux de société.</p>")]), parent=("Discussions", "/")),
        page("/t/quartier-des-noirettes", "Quartier des Noirettes", m.flarum_index(d[1:2] + d[3:], heading="Quartier des Noirettes")),
        # the board's rules: its markup, but nobody posts there
        page("/p/1-charte", "Charte du forum", P(
            "Ce forum est un espace d'échange entre habitants, modéré par le service Démocratie locale. Restez courtois, "
            "pas de propos injurieux ni de publicité. Les messages hors charte sont supprimés."), decoys={"forum"}),
    ]
    return Site(SAULX_FORUM, "flarum", "Le forum des habitants de Saulxieu", pages,
                menu=[("Discussions", "/"), ("Noirettes", "/t/quartier-des-noirettes"), ("Charte", "/p/1-charte")],
                features=frozenset({"forum"}))


def saulxieu_la_rize() -> City:
    www = Site(SAULX, "wordpress", "Saulxieu-la-Rize", _saulx_www() + _saulx_www_more(),
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Saulxieu en commun", "/democratie-participative/"),
                     ("Contact", "/contact/")],
               accounts=[social("facebook", "saulxieularize"), social("instagram", "saulxieu_la_rize"),
                         social("x", "SaulxieuRize"), social("linkedin", "ville-de-saulxieu-la-rize")],
               address="Mairie, place de la Libération, 69999 Saulxieu-la-Rize")
    return City("99592", "Saulxieu-la-Rize", 47860, "69", "84", "Auvergne-Rhône-Alpes", f"http://{SAULX}/",
                [www, _saulx_forum()], decoy_accounts=("https://www.facebook.com/oms.saulxieu",))



# =============================================================================================
# 99593 Hellemont-lez-Lys (59): SPIP 4 (forums, Formidable, ecrire_auteur); id-city on the vendor's domain
# =============================================================================================

HELL = "www.hellemont-lez-lys.fr"
HELL_IDC = "hellemont.id-city.com"
HELL_SURVEYS_API = "/api/v2/surveys?status=open"
_HELL_ARTICLES = [
    ("/Charte-de-la-participation", "La charte de la participation", "mars 2022", "Les engagements de la Ville envers les habitants qui participent."),
    ("/Le-conseil-citoyen-du-Pont-Rouge", "Le conseil citoyen du Pont-Rouge", "septembre 2024", "Qui sont ses membres, comment le rejoindre."),
    ("/Pont-Rouge-le-renouvellement-urbain", "Pont-Rouge : le renouvellement urbain", "janvier 2025", "Le projet, la concertation, la maison du projet."),
    ("/Droit-d-interpellation-citoyenne", "Le droit d'interpellation citoyenne", "octobre 2023", "500 signatures pour inscrire un sujet au conseil municipal."),
    ("/Hellemont-dans-ma-poche-l-application", "Hellemont dans ma poche, l'application", "avril 2024", "Signaler, proposer, répondre aux sondages."),
]
_HELL_NEWS = [
    ("/Friche-de-la-Peignerie-appel-a-idees", "Friche de la Peignerie : appel à idées", "14 avril 2025", "Que voulez-vous voir naître dans l'ancienne peignerie Vandamme ?"),
    ("/Balade-urbaine-au-Pont-Rouge-ce-qu-on-a-entendu", "Balade urbaine au Pont-Rouge : ce qu'on a entendu", "28 mars 2025", "Quarante habitants ont arpenté le quartier avec les urbanistes."),
    ("/La-Peignerie-appel-a-candidatures-pour-l-occupation-temporaire", "La Peignerie : appel à candidatures pour l'occupation temporaire", "2 avril 2025", "Associations et artistes peuvent candidater jusqu'au 16 mai."),
    ("/La-MEL-consulte-sur-le-PLUi", "La MEL consulte sur la modification du PLUi", "10 mars 2025", "Enquête en ligne et registres jusqu'au 25 avril."),
    ("/Bureau-de-poste-du-Pont-Rouge-la-petition-des-habitants", "Bureau de poste du Pont-Rouge : la mobilisation continue", "20 février 2025", "Le maire a écrit à La Poste."),
    ("/Forum-des-associations-2025", "Forum des associations 2025", "1er septembre 2025", "Le rendez-vous de la rentrée, salle Jean-Macé."),
    ("/Conseil-municipal-du-25-septembre", "Conseil municipal du 25 septembre", "18 septembre 2025", "Ordre du jour et modalités."),
    ("/Rythmes-scolaires-les-resultats-de-la-consultation", "Rythmes scolaires : les résultats de la consultation", "15 janvier 2025", "Les familles ont choisi la semaine de quatre jours."),
]


def _hell_www():
    idc = f"http://{HELL_IDC}"
    dl = ("Démocratie locale", "/-Democratie-locale-")
    pages = [
        page("/", "Accueil", P("Bienvenue sur le site de la Ville de Hellemont-lez-Lys.")
             + m.spip_listing([(h, t, d, i) for h, t, d, i in _HELL_NEWS[:3]], title="À la une")
             + m.link_list([("/-Democratie-locale-", "Démocratie locale"), ("/-Actualites-", "Toutes les actualités"),
                            ("/Budget-primitif-2025", "Budget 2025"), ("/Lettre-d-information", "La lettre d'information"),
                            ("/Contact", "Contacter la mairie"), (f"{idc}/", "Hellemont dans ma poche")])),
        page("/-Democratie-locale-", "Démocratie locale", m.spip_chapo(
            "Conseils de quartier, conseil citoyen, concertations, droit d'interpellation : à Hellemont-lez-Lys, la participation des "
            "habitants est organisée par une charte adoptée en 2022.") + P(
            "Quatre conseils de quartier, ouverts à tous, donnent leur avis sur les projets d'aménagement et disposent d'un budget de fonctionnement. "
            "Au Pont-Rouge, quartier prioritaire, le conseil citoyen est associé au projet de renouvellement urbain.")
            + m.spip_listing(_HELL_ARTICLES), features={"participation_displayed"}),
        page("/Charte-de-la-participation", "La charte de la participation", m.spip_chapo(
            "Adoptée à l'unanimité par le conseil municipal le 17 mars 2022, la charte engage la Ville sur cinq principes.") + P(
            "<strong>1. Informer avant de décider.</strong> Tout projet important fait l'objet d'une information publique avant la décision.",
            "<strong>2. Rendre compte.</strong> La Ville explique ce qu'elle a retenu des avis des habitants, et pourquoi.",
            "<strong>3. Aller vers.</strong> Les concertations se font aussi au pied des immeubles, sur les marchés, à la sortie des écoles.",
            "<strong>4. Donner des moyens.</strong> Les conseils de quartier et le conseil citoyen disposent d'un local et d'un budget.",
            "<strong>5. Évaluer.</strong> Un bilan annuel de la participation est présenté en conseil municipal."),
             features={"participation_displayed"}, parent=dl),
        page("/Le-conseil-citoyen-du-Pont-Rouge", "Le conseil citoyen du Pont-Rouge", m.spip_chapo(
            "Instance indépendante prévue par la loi de 2014, le conseil citoyen fait entendre la voix des habitants du Pont-Rouge "
            "dans le contrat de ville.") + P(
            "Il compte aujourd'hui 19 membres : 12 habitants, dont 6 tirés au sort sur les listes des bailleurs, et 7 représentants "
            "d'associations et de commerces. Il se réunit chaque mois au centre social Nelson-Mandela et organise deux assemblées "
            "ouvertes à tous les habitants par an.",
            "Le conseil citoyen siège au comité de pilotage du projet de renouvellement urbain, où il a obtenu le maintien de la halle "
            "du marché et l'ouverture d'une maison du projet."),
             features={"participation_displayed"}, parent=dl),
        # the concertation presented in substance, with SPIP's article forum (its native comments) under it
        page("/Pont-Rouge-le-renouvellement-urbain", "Pont-Rouge : le renouvellement urbain", m.spip_chapo(
            "Le Pont-Rouge bénéficie du Nouveau programme national de renouvellement urbain. Le projet se construit avec ses habitants.") + P(
            "Le projet prévoit la démolition de 214 logements, la réhabilitation de 430 autres, la création d'un mail planté jusqu'à la Lys "
            "et la reconstruction du groupe scolaire Jean-Zay. Les travaux s'étaleront de 2025 à 2031.",
            "La concertation accompagne chaque étape : diagnostic en marchant, ateliers sur les espaces publics, réunions au pied des "
            "immeubles. La maison du projet, 12 rue de Roubaix, est ouverte le mercredi et le samedi matin ; on peut y consulter les plans "
            "et rencontrer l'équipe projet.",
            "Donnez aussi votre avis en répondant au <a href=\"/Questionnaire-le-Pont-Rouge-demain\">questionnaire « Le Pont-Rouge demain »</a>.")
            + m.spip_forum(57, "/Pont-Rouge-le-renouvellement-urbain", [
                (212, "Rachid", "3 février 2025", "Relogement", "Est-ce qu'on saura bientôt dans quel ordre les bâtiments seront démolis ?", 0),
                (214, "Équipe projet", "5 février 2025", "Relogement", "Le calendrier sera présenté à la réunion publique du 12 mars.", 1),
                (219, "Monique D.", "9 février 2025", "Le marché", "Merci d'avoir gardé la halle, c'est le cœur du quartier.", 0)]),
             features={"participation_displayed", "comments"}, decoys={"contact_form"}, parent=dl),
        page("/Questionnaire-le-Pont-Rouge-demain", "Questionnaire : le Pont-Rouge demain", P(
            "Ce questionnaire nous aide à préparer les ateliers sur les espaces publics du Pont-Rouge. Il est anonyme.")
            + m.spip_formidable(4, "pont_rouge_demain", "/Questionnaire-le-Pont-Rouge-demain", [
                ("radio", "Depuis combien de temps habitez-vous le Pont-Rouge ?", ["Moins de 2 ans", "2 à 10 ans", "Plus de 10 ans", "Je n'y habite pas"]),
                ("checkbox", "Qu'est-ce qui vous manque le plus dans le quartier ?", ["Des commerces", "Des espaces verts", "Des jeux pour enfants", "Des bancs", "De l'éclairage"]),
                ("selection", "Comment venez-vous au centre-ville ?", ["À pied", "À vélo", "En bus", "En voiture"]),
                ("textarea", "Un lieu du quartier auquel vous tenez ?")], submit="Envoyer mes réponses"),
             features={"poll"}, decoys={"contact_form"}, parent=("Pont-Rouge : le renouvellement urbain", "/Pont-Rouge-le-renouvellement-urbain")),
        page("/Contact", "Contacter la mairie", P(
            "Hôtel de ville, 1 Grand-Place, 59999 Hellemont-lez-Lys. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h 30.")
            + m.spip_contact("/Contact"), features={"contact_form"}),
        # the city's petition right (droit d'interpellation), how to start and sign one on the city's space
        page("/Droit-d-interpellation-citoyenne", "Le droit d'interpellation citoyenne", m.spip_chapo(
            "Depuis octobre 2023, les Hellemontois peuvent demander l'inscription d'un sujet à l'ordre du jour du conseil municipal.") + P(
            "Toute personne de plus de 16 ans habitant la commune peut lancer une interpellation depuis l'application Hellemont dans ma poche. "
            "Si elle recueille 500 signatures d'habitants en trois mois, le maire l'inscrit à l'ordre du jour du conseil municipal suivant ; "
            "le premier signataire vient la présenter en séance.",
            "Les interpellations ne peuvent porter que sur les compétences de la commune et doivent respecter la charte de modération.",
            f'<a href="{idc}/interpellations">Voir les interpellations en cours et en signer une</a>.'),
             features={"petition", "participation_displayed"}, parent=dl),
        # presents the city's app and its participation modules; the platform itself is on id-city's host
        page("/Hellemont-dans-ma-poche-l-application", "Hellemont dans ma poche, l'application", P(
            "Téléchargez gratuitement l'application de la Ville sur votre téléphone, ou utilisez-la depuis votre ordinateur. "
            "Vous pourrez y signaler un problème sur l'espace public, proposer une idée, répondre aux sondages et signer les interpellations citoyennes.",
            f'<a href="{idc}/">Accéder au portail web de l\'application</a>'),
             features={"participation_displayed"}, parent=dl),
    ]
    return pages


def _hell_www_more():
    idc = f"http://{HELL_IDC}"
    act = ("Actualités", "/-Actualites-")
    return [
        page("/-Actualites-", "Actualités", m.spip_listing(_HELL_NEWS, title="Les dernières actualités")),
        page("/Friche-de-la-Peignerie-appel-a-idees", "Friche de la Peignerie : appel à idées", m.spip_chapo(
            "Que voulez-vous voir naître dans l'ancienne peignerie Vandamme ? Jusqu'au 30 juin, la Ville lance un appel à idées auprès des habitants.") + P(
            "Fermée en 1998, la peignerie occupe un îlot de 1,6 hectare entre le canal et le Pont-Rouge. La Ville en est devenue propriétaire "
            "par l'intermédiaire de l'établissement public foncier.",
            f'Proposez vos idées dans la <a href="{idc}/idees">boîte à idées de l\'application</a>, ou sur papier à la maison du projet. '
            "Les idées les plus soutenues seront étudiées avec les architectes chargés de l'étude de reconversion."),
             features={"suggestion_call"}, parent=act),
        page("/Balade-urbaine-au-Pont-Rouge-ce-qu-on-a-entendu", "Balade urbaine au Pont-Rouge : ce qu'on a entendu", P(
            "Samedi 22 mars, une quarantaine d'habitants ont suivi les urbanistes du projet sur un parcours de deux kilomètres, "
            "de la halle du marché aux berges de la Lys. Cette balade ouvrait la deuxième phase de la concertation sur le renouvellement urbain.",
            "Ce qui est ressorti : l'envie de rejoindre la Lys à pied sans traverser le boulevard, l'inquiétude sur le stationnement pendant les travaux, "
            "le besoin de lieux pour les adolescents. Ces remarques seront reprises dans les ateliers d'avril, ouverts à tous, à la maison du projet."),
             features={"participation_displayed"}, parent=act),
        # a call for applications to occupy the site, addressed to organisations: not a call for residents' ideas
        page("/La-Peignerie-appel-a-candidatures-pour-l-occupation-temporaire", "La Peignerie : appel à candidatures pour l'occupation temporaire", P(
            "En attendant les travaux, une partie de la peignerie accueillera des occupants temporaires à partir de septembre. La Ville lance un "
            "appel à candidatures auprès des associations, collectifs d'artistes et structures de l'économie sociale et solidaire.",
            "Les dossiers (note d'intention, budget prévisionnel, attestation d'assurance) sont à déposer avant le 16 mai. "
            "Règlement de consultation disponible auprès du service Patrimoine."),
             decoys={"suggestion_call"}, parent=act),
        page("/La-MEL-consulte-sur-le-PLUi", "La MEL consulte sur la modification du PLUi", P(
            "La Métropole européenne de Lille engage une modification de son plan local d'urbanisme intercommunal. Elle invite les habitants "
            "des 95 communes à s'exprimer jusqu'au 25 avril, par une enquête en ligne sur le site de la MEL et sur les registres disponibles dans les mairies.",
            "À Hellemont-lez-Lys, le registre est à votre disposition à l'accueil de l'hôtel de ville. Les réponses sont traitées par la MEL."),
             decoys={"participation_displayed", "poll"}, parent=act),
        # a collective's petition on a petition site about a local matter: not a space run by the city
        page("/Bureau-de-poste-du-Pont-Rouge-la-petition-des-habitants", "Bureau de poste du Pont-Rouge : la mobilisation continue", P(
            "La Poste a annoncé la transformation du bureau du Pont-Rouge en simple point de contact. Le maire a écrit à la direction régionale "
            "pour demander le maintien d'un bureau de plein exercice.",
            "De leur côté, des habitants réunis dans le collectif « Touche pas à ma Poste » ont lancé une pétition en ligne "
            "(<a href=\"https://www.change.org/p/la-poste-gardez-le-bureau-du-pont-rouge\">sur change.org</a>), qui a dépassé 2 300 signatures."),
             decoys={"petition"}, parent=act),
        page("/Forum-des-associations-2025", "Forum des associations 2025", P(
            "Le forum des associations se tiendra le samedi 6 septembre, de 10 h à 18 h, salle Jean-Macé. Plus de 90 associations sportives, "
            "culturelles et solidaires vous y attendent. Démonstrations toute la journée, restauration sur place."),
             decoys={"forum"}, parent=act),
        page("/Conseil-municipal-du-25-septembre", "Conseil municipal du 25 septembre", P(
            "Le conseil municipal se réunira le jeudi 25 septembre à 19 h en salle du conseil. Ordre du jour : décision modificative n° 2, "
            "tarifs périscolaires, dénomination de voies, rapport annuel de la délégation de service public du chauffage urbain.",
            "La séance est publique et retransmise en direct sur la page Facebook de la Ville."),
             decoys={"participation_displayed"}, parent=act),
        page("/Rythmes-scolaires-les-resultats-de-la-consultation", "Rythmes scolaires : les résultats de la consultation", P(
            "La consultation des familles sur l'organisation du temps scolaire s'est terminée le 20 décembre. 2 114 familles ont répondu, "
            "soit 61 % des familles concernées. 68 % se sont prononcées pour la semaine de quatre jours, qui s'appliquera à la rentrée 2025.")
            + m.table(["Organisation", "Part"], [["Quatre jours", "68 %"], ["Quatre jours et demi", "29 %"], ["Sans avis", "3 %"]]),
             decoys={"poll"}, parent=act),
        page("/Budget-primitif-2025", "Budget primitif 2025", P(
            "Le budget primitif 2025 de la commune s'équilibre à 58,6 millions d'euros. Les dépenses d'investissement (14,1 M€) financent "
            "principalement la part communale du projet du Pont-Rouge et la rénovation de la piscine.",
            "Le document budgétaire complet et sa présentation synthétique sont consultables en mairie.")
            + m.spip_ps("Présentation synthétique prévue par l'article L. 2313-1 du code général des collectivités territoriales."),
             decoys={"participatory_budget"}),
        page("/Lettre-d-information", "La lettre d'information", P(
            "Inscrivez-vous pour recevoir chaque quinzaine la lettre d'information de la Ville.") + m.spip_newsletter("/Lettre-d-information"),
             decoys={"contact_form"}),
    ]


def _hell_idcity():
    inter = ("Interpellations", "/interpellations")
    ideas = ("Idées", "/idees")
    pages = [
        page("/", "Hellemont dans ma poche", P("Le portail citoyen de la Ville de Hellemont-lez-Lys.") + m.idc_tiles([
            ("/signalements", "Signaler", "Un problème sur l'espace public ? Signalez-le aux services."),
            ("/idees", "Boîte à idées", "Proposez vos idées pour la ville et soutenez celles des autres."),
            ("/sondages", "Sondages", "Donnez votre avis en quelques clics."),
            ("/interpellations", "Interpellations", "Lancez ou signez une interpellation citoyenne.")])),
        page("/idees", "Boîte à idées", P(
            "Une idée pour votre quartier, pour la friche de la Peignerie, pour la vie de la ville ? Proposez-la ! "
            "Les idées qui recueillent 50 soutiens reçoivent une réponse argumentée des élus.",
            '<a class="idc-btn idc-btn--primary" href="/idees/proposer">Proposer une idée</a>')
            + m.idc_cards([("/idees/312-un-verger-sur-la-friche", "Un verger sur la friche de la Peignerie", "Environnement · Pont-Rouge", "64 soutiens"),
                           ("/idees/proposer", "Votre idée ici ?", "Toutes catégories", "")], "idees"),
             features={"suggestion_call"}),
        # the idea is published on the portal after moderation; no name or e-mail: not a message to the city
        page("/idees/proposer", "Proposer une idée", m.idc_form("/api/v2/ideas", [
            ("text", "title", "Titre de votre idée"), ("select", "category", "Catégorie", ["Cadre de vie", "Environnement", "Friche de la Peignerie", "Solidarité", "Sport et culture"]),
            ("textarea", "description", "Décrivez votre idée"), ("file", "photo", "Ajouter une photo")], "Publier mon idée", "idc-form--idea"),
             features={"suggestion_call"}, decoys={"contact_form"}, parent=ideas),
        page("/idees/312-un-verger-sur-la-friche", "Un verger sur la friche de la Peignerie", P(
            "Proposée par Élodie, habitante du Pont-Rouge : planter un verger partagé sur la partie non bâtie de la friche, "
            "entretenu avec l'école Jean-Zay et le centre social.")
            + '<p class="idc-support"><button class="idc-btn" type="button">Soutenir (64)</button></p>'
            + m.idc_comments([("Ahmed", "16/04/2025", "Très bonne idée, et des ruches ?"), ("Conseil citoyen", "18/04/2025", "Nous soutenons, à étudier avec la pollution des sols.")]),
             features={"suggestion_call", "comments"}, parent=ideas),
        # open surveys drawn by a script from the portal's API
        page("/sondages", "Sondages", m.idc_scripted_surveys(HELL_SURVEYS_API), features={"poll"}),
        page("/interpellations", "Interpellations citoyennes", P(
            "Une interpellation qui recueille 500 signatures d'habitants en trois mois est inscrite à l'ordre du jour du conseil municipal.",
            '<a class="idc-btn idc-btn--primary" href="/interpellations/nouvelle">Lancer une interpellation</a>')
            + m.idc_cards([("/interpellations/45-eclairage-rue-de-la-lys", "Rétablir l'éclairage nocturne rue de la Lys", "Lancée le 2 mai 2025", "318 / 500 signatures")], "interpellations"),
             features={"petition"}),
        page("/interpellations/nouvelle", "Lancer une interpellation", P(
            "Votre interpellation sera publiée après vérification de sa recevabilité (compétence communale, respect de la charte).")
            + m.idc_form("/api/v2/petitions", [("text", "title", "Titre"), ("textarea", "body", "Texte de l'interpellation"),
                                                ("select", "theme", "Thème", ["Cadre de vie", "Mobilité", "Éducation", "Solidarité"])],
                         "Soumettre mon interpellation", "idc-form--petition"),
             features={"petition"}, decoys={"contact_form"}, parent=inter),
        page("/interpellations/45-eclairage-rue-de-la-lys", "Rétablir l'éclairage nocturne rue de la Lys", P(
            "Depuis l'extinction de l'éclairage public entre minuit et 5 h, les riverains de la rue de la Lys, qui mène à la gare, se sentent "
            "en insécurité. Nous demandons que l'éclairage soit maintenu toute la nuit sur cet axe.",
            "318 signatures sur les 500 nécessaires · clôture le 2 août 2025",
            '<button class="idc-btn idc-btn--primary" type="button">Signer l\'interpellation</button>'),
             features={"petition"}, parent=inter),
        # a report of a problem: free description sent privately to the services, with the sender's e-mail
        page("/signalements", "Signaler un problème", P(
            "Dépôt sauvage, lampadaire en panne, nid-de-poule : décrivez le problème, ajoutez une photo, nous le transmettons au service compétent.")
            + m.idc_form("/api/v2/reports", [
                ("select", "category", "Type de problème", ["Propreté", "Éclairage", "Voirie", "Espaces verts", "Mobilier urbain"]),
                ("text", "address", "Adresse ou lieu"), ("textarea", "description", "Description"),
                ("file", "photo", "Photo"), ("email", "email", "Votre e-mail pour suivre le traitement")], "Envoyer le signalement", "idc-form--report"),
             features={"contact_form"}),
    ]
    return Site(HELL_IDC, "vendor", "Hellemont dans ma poche", pages,
                menu=[("Accueil", "/"), ("Idées", "/idees"), ("Sondages", "/sondages"), ("Interpellations", "/interpellations"),
                      ("Signaler", "/signalements")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"id_city"}),
                address="Portail citoyen de Hellemont-lez-Lys")


def _hell_api():
    surveys = {"surveys": [
        {"id": 88, "title": "Marché du samedi", "question": "Souhaitez-vous que le marché du Pont-Rouge ouvre aussi le mercredi après-midi ?",
         "choices": [{"id": 1, "label": "Oui"}, {"id": 2, "label": "Non"}, {"id": 3, "label": "Sans avis"}],
         "answers_count": 412, "closes_on": "30/06/2025", "answer_url": "/api/v2/surveys/88/answers"},
        {"id": 91, "title": "Horaires de la médiathèque", "question": "Quel créneau supplémentaire vous serait le plus utile ?",
         "choices": [{"id": 1, "label": "Le dimanche matin"}, {"id": 2, "label": "Le mardi soir jusqu'à 20 h"}, {"id": 3, "label": "Le lundi après-midi"}],
         "answers_count": 167, "closes_on": "15/07/2025", "answer_url": "/api/v2/surveys/91/answers"}]}
    return {HELL_SURVEYS_API: ("application/json; charset=utf-8", json.dumps(surveys, ensure_ascii=False))}


def hellemont_lez_lys() -> City:
    www = Site(HELL, "spip", "Ville de Hellemont-lez-Lys", _hell_www() + _hell_www_more(),
               menu=[("Accueil", "/"), ("Actualités", "/-Actualites-"), ("Démocratie locale", "/-Democratie-locale-"), ("Contact", "/Contact")],
               accounts=[social("facebook", "VilleHellemontLezLys"), social("instagram", "hellemontlezlys"),
                         social("mastodon", "hellemont@mastodon.social")],
               address="Hôtel de ville, 1 Grand-Place, 59999 Hellemont-lez-Lys")
    return City("99593", "Hellemont-lez-Lys", 41230, "59", "32", "Hauts-de-France", f"http://{HELL}/", [www, _hell_idcity()])



# =============================================================================================
# 99594 Castelvieil-les-Pins (13): Joomla 5 (com_contact, JComments, AcyMailing, RSForm!Pro); Jenparle
# =============================================================================================

CASTEL = "www.castelvieil-les-pins.fr"
CASTEL_JP = "castelvieil.jenparle.net"
_CASTEL_NEWS = [
    ("/index.php/actualites/nouveau-gymnase-les-travaux-commencent", "Nouveau gymnase des Oliviers : les travaux commencent", "2025-04-07",
     "Premier coup de pelle pour l'équipement sportif le plus attendu du quartier."),
    ("/index.php/actualites/bhns-enquete-publique", "Ligne de bus à haut niveau de service : enquête publique", "2025-03-24",
     "La Métropole soumet le projet de BHNS Castelvieil - Vitrolles à enquête publique."),
    ("/index.php/actualites/provence-logis-enquete-satisfaction", "Locataires de Provence Logis : enquête de satisfaction", "2025-02-17",
     "Le bailleur interroge ses locataires sur l'entretien des résidences."),
    ("/index.php/agenda/forum-des-metiers", "Forum des métiers et de l'orientation", "2025-01-20",
     "Collégiens et lycéens rencontrent des professionnels le 5 février."),
]


def _castel_www():
    jp = f"http://{CASTEL_JP}"
    dl = ("Démocratie locale", "/index.php/democratie-locale")
    news = ("Actualités", "/index.php/actualites")
    return [
        page("/", "Accueil", P("Bienvenue à Castelvieil-les-Pins, entre étang de Berre et massif de l'Arbois.")
             + m.joomla_blog(_CASTEL_NEWS[:2])
             + m.link_list([("/index.php/democratie-locale", "Démocratie locale"), ("/index.php/renovation-urbaine/les-oliviers", "Rénovation des Oliviers"),
                            ("/index.php/jeunesse/budget-participatif-jeunes", "Budget participatif jeunes"),
                            ("/index.php/vie-pratique/questionnaire-marche-provencal", "Questionnaire : le marché provençal"),
                            ("/index.php/mairie/budget", "Budget communal"), ("/index.php/mairie/offres-d-emploi/candidature", "Offres d'emploi"),
                            ("/index.php/vie-pratique/newsletter", "Newsletter"), ("/index.php/actualites", "Toutes les actualités")])),
        page("/index.php/contact", "Contact", '<div class="com-contact contact"><div class="com-contact__container">'
             + P("Mairie de Castelvieil-les-Pins, cours Jean-Jaurès, 13999 Castelvieil-les-Pins. Tél. 04 42 00 00 00.")
             + m.joomla_contact("/index.php/contact") + "</div></div>", features={"contact_form"}),
        page("/index.php/democratie-locale", "Démocratie locale", P(
            "La démocratie de proximité s'appuie à Castelvieil-les-Pins sur une tradition ancienne, celle des comités d'intérêt de quartier, "
            "et sur des outils plus récents : le conseil citoyen des Oliviers, la plateforme de concertation « Castelvieil, on en parle » et "
            "le budget participatif des jeunes.",
            "Deux fois par an, le maire et ses adjoints tiennent une réunion publique dans chaque quartier : on y parle travaux, propreté, "
            "sécurité, et on y prend des engagements qui sont suivis d'une réunion à l'autre.")
            + m.link_list([("/index.php/democratie-locale/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier"),
                           ("/index.php/democratie-locale/conseil-citoyen", "Le conseil citoyen des Oliviers"),
                           (f"{jp}/", "Castelvieil, on en parle : la plateforme de concertation")]),
             features={"participation_displayed"}),
        page("/index.php/democratie-locale/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier", P(
            "Associations d'habitants régies par la loi de 1901, les comités d'intérêt de quartier (CIQ) sont les interlocuteurs de la mairie "
            "pour tout ce qui touche à la vie des quartiers. La Ville en reconnaît huit, réunis au sein d'une confédération communale.",
            "Chaque CIQ est reçu deux fois par an par le maire. Les CIQ sont consultés sur les projets d'urbanisme et participent au comité "
            "de suivi de la rénovation des Oliviers.")
            + m.table(["CIQ", "Président(e)"], [["Centre ancien", "M. Giraud"], ["Les Oliviers - La Bastide-Neuve", "Mme Benali"],
                                                ["Les Pins", "M. Roux"], ["La Gare", "Mme Esposito"]]),
             features={"participation_displayed"}, parent=dl),
        page("/index.php/democratie-locale/conseil-citoyen", "Le conseil citoyen des Oliviers", P(
            "Le conseil citoyen des Oliviers - La Bastide-Neuve réunit 15 habitants et 6 acteurs locaux. Il participe aux instances du contrat "
            "de ville et du projet de renouvellement urbain, et organise chaque année une « fête des voisins » géante sur la place centrale.",
            "Il se réunit le premier lundi du mois à 18 h au centre social La Garrigue, où il tient aussi une permanence le mercredi après-midi."),
             features={"participation_displayed"}, parent=dl),
        page("/index.php/renovation-urbaine/les-oliviers", "La rénovation des Oliviers", P(
            "Construite en 1968, la cité des Oliviers fait partie des quartiers d'intérêt régional du Nouveau programme national de renouvellement urbain. "
            "Le projet prévoit la réhabilitation de ses 620 logements, la démolition de la tour 7 et l'ouverture du quartier sur la ville par une "
            "nouvelle rue et un parc.",
            "La concertation se déroule en deux temps : des ateliers et des réunions au pied des immeubles, animés par l'équipe de la maison du projet, "
            f'et une consultation en ligne sur <a href="{jp}/consultations/renovation-des-oliviers">Castelvieil, on en parle</a>. '
            "Le comité de suivi, où siègent le conseil citoyen et le CIQ, se réunit chaque trimestre.")
            + m.link_list([("/index.php/renovation-urbaine/maison-du-projet", "La maison du projet")]),
             features={"participation_displayed"}),
        page("/index.php/renovation-urbaine/maison-du-projet", "La maison du projet", P(
            "Installée au rez-de-chaussée de la tour 3, la maison du projet accueille les habitants le lundi et le jeudi de 14 h à 18 h. "
            "On y trouve la maquette du projet, les plans des futurs logements et les comptes rendus des ateliers de concertation.",
            "Un atelier est organisé chaque mois sur un thème : la future rue, le parc, les parkings, les locaux commerciaux. Ouvert à tous, sans inscription."),
             features={"participation_displayed"}, parent=("La rénovation des Oliviers", "/index.php/renovation-urbaine/les-oliviers")),
        page("/index.php/actualites", "Actualités", m.joomla_blog(_CASTEL_NEWS)),
        page(_CASTEL_NEWS[0][0], _CASTEL_NEWS[0][1], P(
            "Le chantier du nouveau gymnase des Oliviers a démarré le 7 avril. D'une surface de 2 400 m², il comprendra une salle "
            "omnisports, une salle de boxe et un mur d'escalade, et sera ouvert aux clubs comme aux scolaires.",
            "Le bâtiment a été dessiné pour être frais en été : toitures végétalisées, brise-soleil, ventilation naturelle. Comme l'avaient souhaité "
            "les habitants lors de la concertation, son parvis accueillera un terrain de basket en accès libre.",
            "Livraison prévue à la rentrée 2026. Coût : 6,8 millions d'euros, dont 2,1 millions de la Région et 1,4 million de l'ANRU.")
            + m.jcomments(214, [(901, "Sofiane", "08.04.2025 09:14", "Enfin ! Les jeunes du quartier l'attendent depuis dix ans."),
                                (907, "Marie-Jo", "09.04.2025 17:52", "Y aura-t-il des créneaux pour le club de gym volontaire ?")]),
             features={"comments"}, decoys={"participation_displayed", "contact_form"}, parent=news),
        page(_CASTEL_NEWS[1][0], _CASTEL_NEWS[1][1], P(
            "La Métropole Aix-Marseille-Provence soumet à enquête publique le projet de bus à haut niveau de service entre Castelvieil-les-Pins "
            "et Vitrolles. L'enquête se déroule du 24 mars au 25 avril ; le dossier est consultable en mairie et sur le registre numérique de la Métropole.",
            "Le commissaire enquêteur recevra le public en mairie les 2 et 16 avril, de 9 h à 12 h. À l'issue de l'enquête, il rendra un rapport et "
            "des conclusions motivées, sur lesquels la Métropole s'appuiera pour déclarer le projet d'utilité publique."),
             decoys={"poll", "participation_displayed"}, parent=news),
        # the landlord's survey of its own tenants, on its own site: not a questionnaire of the city
        page(_CASTEL_NEWS[2][0], _CASTEL_NEWS[2][1], P(
            "Provence Logis, bailleur des résidences des Oliviers et de la Bastide-Neuve, mène son enquête annuelle de satisfaction auprès de ses "
            "locataires : propreté des parties communes, ascenseurs, traitement des réclamations.",
            "Les locataires sont contactés par téléphone par un institut de sondage mandaté par le bailleur, ou peuvent répondre depuis leur espace "
            "locataire. Pour toute question, contactez directement votre agence Provence Logis "
            "(<a href=\"https://www.facebook.com/ProvenceLogis\">Provence Logis sur Facebook</a>)."),
             decoys={"poll"}, parent=news),
        page(_CASTEL_NEWS[3][0], _CASTEL_NEWS[3][1], P(
            "Le forum des métiers et de l'orientation se tiendra le mercredi 5 février de 13 h 30 à 17 h au complexe Marcel-Pagnol. "
            "Une soixantaine de professionnels, d'entreprises et d'écoles présenteront leurs métiers et leurs formations aux collégiens et lycéens."),
             decoys={"forum"}, parent=news),
    ]


def _castel_www_more():
    jp = f"http://{CASTEL_JP}"
    return [
        page("/index.php/vie-pratique/questionnaire-marche-provencal", "Questionnaire : le marché provençal", P(
            "Le marché du jeudi va s'agrandir et pourrait changer de place. Avant de décider, nous voulons connaître vos habitudes et vos souhaits. "
            "Questionnaire ouvert jusqu'au 31 mai.")
            + m.google_form_embed("1FAIpQLSe3vT8kZq2mPbXc7RnW0yHd5LfGjA9uQeK1sVbN4tMxO6iDpw", "Questionnaire marché provençal")
            + P("Le questionnaire ne s'affiche pas sur votre téléphone ?") + m.google_form_link("Kq3vR8cWmZt2nB7y6", "Ouvrir le questionnaire dans Google Forms"),
             features={"poll"}),
        # the young people's budget, with the deposit open: a budget and a call for projects
        page("/index.php/jeunesse/budget-participatif-jeunes", "Budget participatif jeunes", P(
            "Tu as entre 12 et 25 ans et une idée pour Castelvieil ? La Ville consacre 50 000 € à des projets imaginés par les jeunes.",
            f'Dépose ton projet jusqu\'au 15 mai sur <a href="{jp}/budget-jeunes-2025">Castelvieil, on en parle</a>, seul ou avec des amis, '
            "avec l'aide des animateurs du Point Information Jeunesse. Les projets retenus seront soumis au vote des jeunes en juin."),
             features={"participatory_budget", "suggestion_call"}),
        page("/index.php/mairie/budget", "Budget communal", P(
            "Le budget 2025, voté le 8 avril, s'élève à 46,3 millions d'euros. Les principales dépenses d'investissement concernent le nouveau gymnase "
            "des Oliviers, la rénovation de l'école Marcel-Pagnol et la vidéoprotection.",
            "Le compte administratif 2024 fait apparaître un excédent de 2,4 millions d'euros.")
            + m.table(["", "2025"], [["Dépenses de fonctionnement", "33,9 M€"], ["Dépenses d'investissement", "12,4 M€"]]),
             decoys={"participatory_budget"}),
        page("/index.php/mairie/offres-d-emploi/candidature", "Candidature", P(
            "Postulez à une offre en cours ou envoyez une candidature spontanée. Joignez obligatoirement votre CV et votre lettre de motivation.")
            + m.rsform(3, "/index.php/mairie/offres-d-emploi/candidature", [
                ("text", "nom", "Nom"), ("text", "prenom", "Prénom"), ("email", "email", "E-mail"), ("tel", "telephone", "Téléphone"),
                ("select", "poste", "Poste", ["Candidature spontanée", "Animateur périscolaire (H/F)", "Agent des espaces verts (H/F)", "ATSEM (H/F)"]),
                ("file", "cv", "CV"), ("file", "lettre", "Lettre de motivation")], submit="Envoyer ma candidature"),
             decoys={"contact_form"}),
        page("/index.php/vie-pratique/newsletter", "Newsletter", P("Abonnez-vous à la lettre d'information de Castelvieil-les-Pins.")
             + m.acymailing(41207), decoys={"contact_form"}),
    ]


def _castel_jenparle():
    olv = "/consultations/renovation-des-oliviers"
    cons = ("Consultations", "/consultations")
    steps = [("Présentation", olv, True), ("Débat", olv + "/debat", False), ("Sondage", olv + "/sondage", False)]
    pages = [
        page("/", "Castelvieil, on en parle", P(
            "Bienvenue sur la plateforme de concertation de la Ville de Castelvieil-les-Pins. Informez-vous, débattez, votez.")
            + m.link_list([(olv, "Rénovation des Oliviers : la concertation"), ("/budget-jeunes-2025", "Budget participatif jeunes 2025"),
                           ("/consultations", "Toutes les consultations"), ("/charte", "La charte de participation")], cls="jp-home-list")),
        page("/consultations", "Consultations", m.link_list([
            (olv, "Rénovation des Oliviers : la concertation (en cours)"), ("/budget-jeunes-2025", "Budget participatif jeunes 2025 (en cours)"),
            ("/consultations/cour-oasis-ecole-pagnol", "Cour oasis de l'école Pagnol (terminée)")], cls="jp-list")),
        page(olv, "Rénovation des Oliviers : la concertation", m.jp_consultation_header("En cours", "3 mars - 30 juin 2025", 347, steps) + P(
            "La Ville, la Métropole et Provence Logis engagent la rénovation de la cité des Oliviers. Cette consultation prolonge en ligne les ateliers "
            "de la maison du projet : débattez des propositions, répondez au sondage sur les espaces extérieurs.",
            "Toutes les contributions seront lues par l'équipe projet ; un bilan de la concertation sera publié ici et présenté en réunion publique en septembre."),
             features={"participation_displayed"}, parent=cons),
        # residents' contributions and replies under the consultation's question: comments on its content
        page(olv + "/debat", "Débat : quelle place pour la voiture aux Oliviers ?", m.jp_consultation_header("En cours", "3 mars - 30 juin 2025", 347, steps)
             + m.jp_contributions("Le projet supprime 120 places de parking pour créer le parc. Qu'en pensez-vous ?", [
                 ("Karima B.", "12/03/2025", "Le parc oui, mais il faut un parking sécurisé pour les habitants de la tour 5.", [
                     ("Jean-Luc", "13/03/2025", "D'accord, un parking fermé avec badge réglerait les problèmes de voitures ventouses.")]),
                 ("Nordine", "15/03/2025", "Moins de voitures, c'est moins de rodéos. Je suis pour.", []),
                 ("Équipe projet", "18/03/2025", "Un parking résidentiel de 80 places est à l'étude sous le futur parc.", [])]),
             features={"comments"}, parent=("Rénovation des Oliviers", olv)),
        page(olv + "/sondage", "Sondage : les espaces extérieurs", m.jp_consultation_header("En cours", "3 mars - 30 juin 2025", 347, steps)
             + m.jp_poll("/api/polls/17/answers", [
                 ("unique", "Quel usage prioritaire pour le futur parc ?", ["Jeux pour enfants", "Sport en accès libre", "Jardins partagés", "Espace de détente ombragé"]),
                 ("multiple", "Quels équipements souhaitez-vous ?", ["Fontaine à boire", "Bancs", "Toilettes publiques", "Éclairage", "Tables de pique-nique"])]),
             features={"poll"}, parent=("Rénovation des Oliviers", olv)),
        page("/budget-jeunes-2025", "Budget participatif jeunes 2025", P(
            "50 000 € pour les projets des 12-25 ans. Dépôt des projets jusqu'au 15 mai, vote du 2 au 20 juin.",
            '<a class="jp-btn jp-btn--primary" href="/budget-jeunes-2025/deposer">Déposer mon projet</a>')
            + m.bullets("Un skatepark aux Pins · 30 000 € · 86 soutiens", "Un studio photo au Point Information Jeunesse · 6 000 € · 41 soutiens",
                        "Des concerts l'été au théâtre de verdure · 9 000 € · 37 soutiens", cls="jp-proposals"),
             features={"participatory_budget", "suggestion_call"}),
        page("/budget-jeunes-2025/deposer", "Déposer mon projet", m.jp_form("/api/proposals", [
            ("text", "titre", "Nom du projet"), ("textarea", "description", "Ton projet en quelques lignes"),
            ("select", "lieu", "Quartier", ["Centre ancien", "Les Oliviers", "La Bastide-Neuve", "Les Pins", "La Gare"]),
            ("text", "cout", "Coût estimé")], "Publier mon projet"),
             features={"participatory_budget", "suggestion_call"}, decoys={"contact_form"}, parent=("Budget participatif jeunes 2025", "/budget-jeunes-2025")),
        page("/consultations/cour-oasis-ecole-pagnol", "Cour oasis de l'école Pagnol", P(
            "Consultation terminée le 15 décembre 2024. 212 parents, enseignants et élèves ont participé. Le projet retenu, « la cour forêt », "
            "sera réalisé pendant les vacances d'été 2025.")
            + m.table(["Projet", "Votes"], [["La cour forêt", "118"], ["La cour aux jeux d'eau", "63"], ["La cour potagère", "31"]]),
             decoys={"poll"}, parent=cons),
        page("/charte", "La charte de participation", P(
            "En ouvrant cette plateforme, la Ville de Castelvieil-les-Pins s'engage à publier le bilan de chaque consultation, à répondre aux "
            "contributions les plus soutenues et à expliquer ses choix.",
            "Les participants s'engagent à respecter les autres, à rester dans le sujet de la consultation et à ne pas publier de données personnelles. "
            "Les contributions contraires à la charte sont retirées par les modérateurs de la Ville."),
             features={"participation_displayed"}),
        page("/connexion", "Se connecter", m.login_form("/connexion"), decoys={"contact_form"}),
    ]
    return Site(CASTEL_JP, "vendor", "Castelvieil, on en parle", pages,
                menu=[("Accueil", "/"), ("Consultations", "/consultations"), ("Budget jeunes", "/budget-jeunes-2025")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}),
                address="Plateforme de concertation de Castelvieil-les-Pins")


def castelvieil_les_pins() -> City:
    www = Site(CASTEL, "joomla", "Castelvieil-les-Pins", _castel_www() + _castel_www_more(),
               menu=[("Accueil", "/"), ("Actualités", "/index.php/actualites"), ("Démocratie locale", "/index.php/democratie-locale"),
                     ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "castelvieil.lespins"), social("instagram", "villedecastelvieil"),
                         social("tiktok", "villedecastelvieil")],
               address="Mairie, cours Jean-Jaurès, 13999 Castelvieil-les-Pins")
    return City("99594", "Castelvieil-les-Pins", 34910, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{CASTEL}/",
                [www, _castel_jenparle()], decoy_accounts=("https://www.facebook.com/provencelogis",))



# =============================================================================================
# 99595 Villiers-les-Aulnes (95): a vendor CMS, Publik e-services, Decidim (with initiatives)
# =============================================================================================

VILLIERS = "www.villiers-les-aulnes.fr"
VILLIERS_PUBLIK = "demarches.villiers-les-aulnes.fr"
VILLIERS_DC = "jeparticipe.villiers-les-aulnes.fr"
_VILLIERS_NEWS = [
    ("/actualites/les-sablons-premiere-pierre", "Les Sablons : la première pierre des nouveaux logements", "Urbanisme", "2025-05-20",
     "Les 64 premiers logements de la reconstitution de l'offre sortent de terre."),
    ("/actualites/budget-participatif-agglomeration", "L'Agglomération lance son budget participatif", "Intercommunalité", "2025-04-02",
     "Les habitants des douze communes de Val-d'Aulnes Agglomération peuvent proposer des projets."),
    ("/agenda/forum-renovation-energetique", "Forum de la rénovation énergétique", "Agenda", "2025-03-11",
     "Conseillers, artisans et aides financières réunis à l'espace Rosa-Parks."),
]


def _villiers_www():
    dc, pk = f"http://{VILLIERS_DC}", f"http://{VILLIERS_PUBLIK}"
    dp = ("Démocratie participative", "/ma-ville/democratie-participative")
    ru = ("Renouvellement urbain des Sablons", "/ma-ville/renouvellement-urbain-les-sablons")
    return [
        page("/", "Accueil", m.vendor_cards([
            (f"{pk}/", "Démarches en ligne"), ("/ma-ville/democratie-participative", "Je participe"),
            ("/ma-ville/renouvellement-urbain-les-sablons", "Les Sablons se transforment"), ("/ma-ville/emploi", "La Ville recrute"),
            ("/ma-ville/budget-communal", "Budget"), ("/contact", "Contact")])
            + "<h2>Actualités</h2>" + m.vendor_news_list(_VILLIERS_NEWS) + P('<a href="/actualites">Toutes les actualités</a>')),
        page("/ma-ville/democratie-participative", "Démocratie participative", P(
            "Villiers-les-Aulnes a choisi de donner aux habitants de vrais leviers : un budget participatif, un droit de pétition qui oblige le "
            "conseil municipal à débattre, des conseils citoyens dans les deux quartiers prioritaires et une concertation continue sur le "
            "renouvellement urbain des Sablons.",
            f'La plupart de ces démarches se font en ligne sur <a href="{dc}/">jeparticipe.villiers-les-aulnes.fr</a>, et toujours aussi en mairie '
            "et dans les maisons de quartier.")
            + m.vendor_cards([("/ma-ville/democratie-participative/conseils-citoyens", "Les conseils citoyens"),
                              ("/ma-ville/democratie-participative/droit-de-petition", "Le droit de pétition"),
                              ("/ma-ville/democratie-participative/budget-participatif", "Le budget participatif")], cls="cards"),
             features={"participation_displayed"}),
        page("/ma-ville/democratie-participative/conseils-citoyens", "Les conseils citoyens", P(
            "Les quartiers des Sablons et du Bois-Joli, classés quartiers prioritaires de la politique de la ville, ont chacun leur conseil citoyen. "
            "Habitants volontaires ou tirés au sort, associations et commerçants y travaillent ensemble sur la vie du quartier.",
            "Les conseils citoyens sont représentés au comité de pilotage du contrat de ville et au comité de suivi du renouvellement urbain. "
            f'Retrouvez leurs comptes rendus sur <a href="{dc}/assemblies/conseil-citoyen-des-sablons">leur espace en ligne</a>.'),
             features={"participation_displayed"}, parent=dp),
        page("/ma-ville/democratie-participative/droit-de-petition", "Le droit de pétition", P(
            "Depuis la délibération du 14 décembre 2023, toute personne inscrite sur les listes électorales de la commune ou y résidant, dès 16 ans, "
            "peut déposer une pétition. Si elle réunit 1 000 signatures en 90 jours, elle est inscrite à l'ordre du jour du conseil municipal, "
            "qui en débat en présence de ses auteurs.",
            f'Les pétitions se déposent et se signent sur <a href="{dc}/initiatives">jeparticipe.villiers-les-aulnes.fr</a>. '
            "Des formulaires papier sont disponibles à l'accueil de la mairie pour les personnes qui n'utilisent pas internet.")
            + m.vendor_accordion([("Quels sujets ?", "Toute question relevant des compétences de la commune."),
                                  ("Qui vérifie les signatures ?", "Le service des élections, avant l'inscription à l'ordre du jour.")]),
             features={"petition", "participation_displayed"}, parent=dp),
        page("/ma-ville/democratie-participative/budget-participatif", "Le budget participatif", P(
            "Troisième édition : 600 000 € pour des projets d'habitants. Les 27 projets retenus après étude sont soumis au vote jusqu'au 29 juin.",
            f'<a href="{dc}/processes/budget-participatif-2025">Voter pour vos projets préférés</a> (à partir de 12 ans), ou dans l\'urne de la mairie.'),
             features={"participatory_budget"}, parent=dp),
        page("/ma-ville/renouvellement-urbain-les-sablons", "Renouvellement urbain des Sablons", P(
            "Avec le soutien de l'ANRU, le quartier des Sablons engage sa transformation : 180 logements démolis et reconstruits ailleurs dans la ville, "
            "310 réhabilités, une nouvelle place, un groupe scolaire agrandi et une maison de santé.",
            "Les habitants sont associés à chaque étape. La maison du projet, 3 allée des Sablons, accueille les permanences de l'équipe et les ateliers ; "
            "les balades urbaines permettent de parler des espaces publics sur le terrain.")
            + m.link_list([("/ma-ville/renouvellement-urbain-les-sablons/concertation-prealable", "La concertation préalable"),
                           (f"{pk}/inscription-balade-urbaine/", "S'inscrire à une balade urbaine"),
                           (f"{pk}/questionnaire-maison-du-projet/", "Donner son avis sur la maison du projet"),
                           (f"{dc}/processes/concertation-les-sablons", "Les ateliers et comptes rendus")]),
             features={"participation_displayed"}),
        page("/ma-ville/renouvellement-urbain-les-sablons/concertation-prealable", "La concertation préalable", P(
            "Le projet d'aménagement des Sablons fait l'objet d'une concertation préalable au titre du code de l'urbanisme, du 2 juin au 11 juillet. "
            "Le dossier de concertation et un registre sont à disposition à la maison du projet et en mairie ; deux réunions publiques sont prévues.",
            "Vous pouvez aussi répondre au questionnaire en ligne ci-dessous. Le bilan de la concertation sera approuvé par le conseil municipal à l'automne.")
            + m.ms_forms_embed("Xq7PdW2lYkOeR3vN9sA1uFb8cTz0hJmQ5iGnKyE4UQlJMVRRMjZHN0ZaUw", "Questionnaire concertation préalable des Sablons"),
             features={"participation_displayed", "poll"}, parent=ru),
        page("/actualites", "Actualités", m.vendor_news_list(_VILLIERS_NEWS)),
        page(_VILLIERS_NEWS[0][0], _VILLIERS_NEWS[0][1], m.vendor_news("2025-05-20", "20 mai 2025", "Urbanisme",
             "Vendredi 16 mai, le maire a posé la première pierre des 64 logements de la résidence Les Tilleuls.",
             P("Cette résidence fait partie de la reconstitution de l'offre de logements sociaux démolis aux Sablons. Elle accueillera en priorité des "
               "familles relogées, qui ont pu choisir leur logement sur plan.",
               "Étaient présents le sous-préfet, la présidente de l'office HLM, des représentants du conseil citoyen et de nombreux habitants. "
               "Livraison prévue fin 2026.")
             + m.share_buttons(f"http://{VILLIERS}{_VILLIERS_NEWS[0][0]}", _VILLIERS_NEWS[0][1])),
             decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        page(_VILLIERS_NEWS[1][0], _VILLIERS_NEWS[1][1], m.vendor_news("2025-04-02", "2 avril 2025", "Intercommunalité",
             "Val-d'Aulnes Agglomération lance le premier budget participatif intercommunal : 1 million d'euros pour des projets liés à l'environnement.",
             P("Les projets peuvent être déposés jusqu'au 31 mai sur le site de l'Agglomération, par des habitants ou des associations des douze communes. "
               "Le vote aura lieu en octobre. Ce budget est distinct de celui de la Ville, dont la troisième édition est en cours.")),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page(_VILLIERS_NEWS[2][0], _VILLIERS_NEWS[2][1], m.vendor_news("2025-03-11", "11 mars 2025", "Agenda",
             "Samedi 22 mars, de 10 h à 17 h, espace Rosa-Parks : tout pour rénover son logement.",
             P("Isolation, chauffage, aides de l'Anah : conseillers France Rénov' et artisans labellisés répondent à vos questions. Entrée libre.")),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/ma-ville/budget-communal", "Budget communal", P(
            "Le budget primitif 2025 s'établit à 94 millions d'euros. La section d'investissement (27 M€) porte la part communale du renouvellement "
            "urbain des Sablons, l'agrandissement du groupe scolaire Condorcet et la réfection de la voirie.",
            "Retrouvez les documents budgétaires (rapport d'orientation, budget primitif, compte administratif) à l'accueil de la mairie."),
             decoys={"participatory_budget"}),
        # a bare e-mail address and a link to the e-services form: no form on this page
        page("/contact", "Contact", P(
            "Hôtel de ville, 2 place du Général-de-Gaulle, 95999 Villiers-les-Aulnes. Tél. 01 34 00 00 00. Courriel : "
            + m.mailto("mairie@villiers-les-aulnes.fr") + ".",
            f'Pour écrire à un service, utilisez le <a href="{pk}/contacter-la-mairie/">formulaire de contact en ligne</a>.'),
             decoys={"contact_form"}),
        page("/ma-ville/emploi", "La Ville recrute", P("Offres en cours : animateur périscolaire, agent d'entretien des espaces verts, auxiliaire de puériculture.",
             f'<a href="{pk}/candidature-spontanee/">Postuler en ligne</a>')),
    ]


def _villiers_publik():
    pages = [
        page("/", "Démarches en ligne", P("Vos démarches avec la Ville de Villiers-les-Aulnes, 24 h/24.") + m.combo_tiles([
            ("Nous contacter", [("/contacter-la-mairie/", "Contacter la mairie")]),
            ("Emploi", [("/candidature-spontanee/", "Candidature spontanée")]),
            ("Renouvellement urbain", [("/inscription-balade-urbaine/", "Inscription à une balade urbaine"),
                                       ("/questionnaire-maison-du-projet/", "Questionnaire sur la maison du projet")])])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("contacter-la-mairie", ["Votre message", "Validation"], [
            ("String", "Nom"), ("String", "Prénom"), ("Email", "Courriel"),
            ("Select", "Service concerné", ["Accueil", "État civil", "Scolaire", "Urbanisme", "Voirie", "Autre"]),
            ("String", "Objet"), ("Text", "Votre message")]), features={"contact_form"}),
        page("/candidature-spontanee/", "Candidature spontanée", m.wcs_form("candidature-spontanee", ["Identité", "Pièces", "Validation"], [
            ("String", "Nom"), ("String", "Prénom"), ("Email", "Courriel"), ("Tel", "Téléphone"),
            ("Select", "Métier recherché", ["Animation", "Entretien", "Petite enfance", "Administratif"]),
            ("File", "CV"), ("File", "Lettre de motivation")]), decoys={"contact_form"}),
        # a booking: name, e-mail, date, number of places; nothing to write to the city
        page("/inscription-balade-urbaine/", "Inscription à une balade urbaine", m.wcs_form("inscription-balade-urbaine", ["Inscription", "Validation"], [
            ("String", "Nom"), ("Email", "Courriel"), ("Radio", "Date", ["Samedi 14 juin, 10 h", "Mercredi 18 juin, 17 h"]),
            ("Select", "Nombre de participants", ["1", "2", "3", "4"])], submit="Valider",
            intro="Départ de la maison du projet des Sablons. Durée : 1 h 30."), decoys={"contact_form"}),
        page("/questionnaire-maison-du-projet/", "Questionnaire sur la maison du projet", m.wcs_form("questionnaire-maison-du-projet", ["Questionnaire", "Validation"], [
            ("Radio", "Êtes-vous déjà venu(e) à la maison du projet ?", ["Oui, plusieurs fois", "Oui, une fois", "Non, jamais"]),
            ("Checkboxes", "Quels horaires vous conviendraient le mieux ?", ["En semaine après 18 h", "Le samedi matin", "Le mercredi après-midi"]),
            ("Radio", "L'information sur le projet vous semble-t-elle suffisante ?", ["Tout à fait", "Plutôt", "Pas vraiment", "Pas du tout"])],
            submit="Envoyer", intro="Questionnaire anonyme, trois questions."), features={"poll"}),
    ]
    return Site(VILLIERS_PUBLIK, "publik", "Villiers-les-Aulnes - Démarches", pages,
                menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/")],
                address="Hôtel de ville, 2 place du Général-de-Gaulle, 95999 Villiers-les-Aulnes")


def _villiers_decidim():
    bp = "/processes/budget-participatif-2025"
    cs = "/processes/concertation-les-sablons"
    procs = ("Processus", "/processes")
    pages = [
        page("/", "Accueil", P("Bienvenue sur la plateforme de participation de Villiers-les-Aulnes.") + m.dc_space_cards([
            (bp, "Budget participatif 2025", "Vote", "27 projets"), (cs, "Concertation : les Sablons de demain", "Ateliers", "14 rencontres"),
            ("/initiatives", "Pétitions citoyennes", "Collecte de signatures", "3 pétitions"),
            ("/assemblies/conseil-citoyen-des-sablons", "Conseil citoyen des Sablons", "Assemblée", "21 membres")])),
        page("/processes", "Processus participatifs", m.dc_space_cards([
            (bp, "Budget participatif 2025", "Vote", "27 projets"), (cs, "Concertation : les Sablons de demain", "Ateliers", "14 rencontres")])),
        page(bp, "Budget participatif 2025", m.dc_process(
            "600 000 € pour vos projets.", ["Les projets déposés en début d'année ont été étudiés par les services. 27 sont soumis au vote des habitants "
                                           "de plus de 12 ans jusqu'au 29 juin. Chacun répartit une enveloppe de 600 000 € entre ses projets préférés."],
            "Vote (2 - 29 juin)", [(bp + "/f/31/proposals", "Propositions"), (bp + "/f/32/budgets/4/projects", "Voter")]),
             features={"participatory_budget"}, parent=procs),
        page(bp + "/f/31/proposals", "Propositions", m.dc_proposal_list([
            (412, "Une aire de jeux inclusive au parc des Aulnes", 233, 4, "Acceptée"),
            (418, "Des fontaines à eau dans les squares", 141, 0, "Acceptée"),
            (425, "Un terrain de pétanque éclairé au Bois-Joli", 52, 2, "Rejetée")], bp + "/f/31/proposals", linked={412}),
             features={"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page(bp + "/f/31/proposals/412", "Une aire de jeux inclusive au parc des Aulnes", '<div class="layout-main__section"><div class="editor-content">' + P(
            "Des jeux accessibles aux enfants en fauteuil roulant : balançoire nid, tourniquet au ras du sol, sol souple. Coût estimé : 95 000 €.")
            + "</div></div>" + m.dc_comments("Decidim::Proposals::Proposal", 412, [
                ("Claire Fontaine", "Mon fils serait tellement content de jouer avec les autres enfants."),
                ("Association APF du Val-d'Aulnes", "Nous pouvons aider à choisir les équipements."),
                ("Olivier", "Pensez aussi aux bancs pour les parents à l'ombre."), ("Service démocratie participative", "Projet jugé réalisable.")]),
             features={"participatory_budget", "comments"}, parent=("Propositions", bp + "/f/31/proposals")),
        page(bp + "/f/32/budgets/4/projects", "Voter", m.dc_budget_projects("600 000 €", [
            (56, "Une aire de jeux inclusive au parc des Aulnes", "Parc des Aulnes", "95 000 €"),
            (57, "Des fontaines à eau dans les squares", "Toute la ville", "48 000 €"),
            (58, "Une ressourcerie de quartier aux Sablons", "Les Sablons", "120 000 €")]),
             features={"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page("/initiatives", "Pétitions citoyennes", P(
            "Une pétition qui atteint 1 000 signatures en 90 jours est débattue en conseil municipal.",
            '<a class="button button__sm button__secondary" href="/users/sign_in">Créer une pétition</a>')
            + m.dc_initiative_cards([("/initiatives/i-7", "Pour une piscine ouverte le dimanche toute l'année", 742, 1000, "Collecte en cours")]),
             features={"petition"}),
        page("/initiatives/i-7", "Pour une piscine ouverte le dimanche toute l'année", m.dc_initiative([
            "La piscine municipale ferme le dimanche de septembre à juin. Nous demandons une ouverture le dimanche matin toute l'année, "
            "au moins pour les familles et les nageurs."], 742, 1000, "12 août 2025")
            + m.share_buttons(f"http://{VILLIERS_DC}/initiatives/i-7", "Pour une piscine ouverte le dimanche"),
             features={"petition"}, decoys={"social_account"}, parent=("Pétitions citoyennes", "/initiatives")),
        page(cs, "Concertation : les Sablons de demain", m.dc_process(
            "Construire avec les habitants le projet de renouvellement urbain des Sablons.",
            ["La concertation se poursuit jusqu'en 2026 : ateliers thématiques à la maison du projet, balades urbaines, réunions publiques. "
             "Chaque rencontre fait l'objet d'un compte rendu publié ici, et les propositions retenues sont signalées dans le projet.",
             "Le conseil citoyen des Sablons est associé à la préparation de chaque atelier."],
            "Ateliers sur les espaces publics", [(cs + "/f/40/meetings", "Rencontres"), (cs + "/f/41/", "Questionnaire")]),
             features={"participation_displayed"}, parent=procs),
        page(cs + "/f/40/meetings", "Rencontres", m.dc_meetings([
            ("Atelier : la future place des Sablons", "mardi 10 juin 2025, 18 h 30", "Maison du projet", "En présentiel"),
            ("Balade urbaine", "samedi 14 juin 2025, 10 h", "Départ maison du projet", "En présentiel"),
            ("Réunion publique de restitution", "jeudi 3 juillet 2025, 19 h", "Espace Rosa-Parks", "Hybride")]),
             parent=("Concertation : les Sablons de demain", cs)),
        page(cs + "/f/41/", "Questionnaire : se déplacer dans le quartier", m.dc_survey(8, cs + "/f/41/questionnaire/answer", [
            ("single_option", "Comment vous déplacez-vous le plus souvent dans le quartier ?", ["À pied", "À vélo ou trottinette", "En bus", "En voiture"]),
            ("multiple_option", "Quels aménagements souhaitez-vous ?", ["Des trottoirs élargis", "Des pistes cyclables", "Des zones 30", "Plus de stationnement"]),
            ("short_answer", "Un endroit dangereux à signaler ?")]),
             features={"poll"}, parent=("Concertation : les Sablons de demain", cs)),
        page("/assemblies/conseil-citoyen-des-sablons", "Conseil citoyen des Sablons", P(
            "Le conseil citoyen des Sablons réunit 14 habitants et 7 représentants d'associations et de commerces. Il se réunit chaque mois "
            "et publie ici ses ordres du jour et comptes rendus.",
            "Il est membre du comité de pilotage du contrat de ville et prépare avec l'équipe projet les ateliers de concertation du renouvellement urbain."),
             features={"participation_displayed"}),
    ]
    return Site(VILLIERS_DC, "decidim", "Jeparticipe Villiers-les-Aulnes", pages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Pétitions", "/initiatives")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))


def villiers_les_aulnes() -> City:
    www = Site(VILLIERS, "vendor", "Ville de Villiers-les-Aulnes", _villiers_www(),
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Je participe", "/ma-ville/democratie-participative"),
                     ("Démarches", f"http://{VILLIERS_PUBLIK}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "villiers.les.aulnes"), social("x", "VilliersAulnes"), social("instagram", "villierslesaulnes"),
                         social("youtube", "VillierslesAulnes"), social("linkedin", "ville-de-villiers-les-aulnes")],
               address="Hôtel de ville, 2 place du Général-de-Gaulle, 95999 Villiers-les-Aulnes")
    return City("99595", "Villiers-les-Aulnes", 58320, "95", "11", "Île-de-France", f"http://{VILLIERS}/",
                [www, _villiers_publik(), _villiers_decidim()])



# =============================================================================================
# 99596 Valmorin-sur-Marne (94): TYPO3 (tx_news, powermail, direct_mail); Cap Collectif on the vendor's domain
# =============================================================================================

VALM = "www.valmorin-sur-marne.fr"
VALM_CC = "valmorin.cap-collectif.com"
_VALM_NEWS = [
    ("/actualites/detail/budget-participatif-saison-3-c-est-parti", "Budget participatif, saison 3 : c'est parti !", "2025-05-05",
     "Vous avez jusqu'au 30 juin pour déposer vos projets."),
    ("/actualites/detail/friche-eiffel-un-tiers-lieu-a-imaginer", "Friche Eiffel : un tiers-lieu à imaginer ensemble", "2025-04-22",
     "L'ancienne chaudronnerie deviendra un tiers-lieu. Quelles activités y voulez-vous ?"),
    ("/actualites/detail/inauguration-du-skatepark", "Le skatepark des bords de Marne inauguré", "2025-04-12",
     "Une foule de riders pour l'ouverture du nouvel équipement."),
    ("/actualites/detail/le-territoire-consulte-sur-son-plui", "Le Territoire consulte sur son plan local d'urbanisme", "2025-03-27",
     "L'EPT Grand Marne-et-Bois soumet son projet de PLUi à la concertation."),
    ("/actualites/detail/visite-du-directeur-general-de-l-anru", "Le directeur général de l'ANRU en visite aux Coudraies", "2025-02-14",
     "Visite du chantier et signature d'un avenant à la convention."),
]


def _valm_www():
    cc = f"http://{VALM_CC}"
    vc = ("Valmorin en commun", "/ma-ville/valmorin-en-commun")
    news = ("Actualités", "/actualites")
    ru = ("Les Coudraies", "/ma-ville/renouvellement-urbain/les-coudraies")
    return [
        page("/", "Accueil", m.t3_text("Bienvenue sur le site de Valmorin-sur-Marne, 112 000 habitants, troisième ville du Val-de-Marne.", uid=12)
             + m.t3_news_list(_VALM_NEWS[:3])
             + m.link_list([("/ma-ville/valmorin-en-commun", "Valmorin en commun"), ("/ma-ville/renouvellement-urbain/les-coudraies", "Cœur de Coudraies"),
                            ("/jeunesse/budget-jeunes", "Budget jeunes"), ("/actualites", "Toutes les actualités"),
                            ("/ma-ville/vie-municipale/conseil-municipal", "Le conseil municipal"), ("/ma-ville/reseaux-sociaux", "Nos réseaux sociaux"),
                            ("/lettre-d-information", "Valmorin l'Hebdo"), ("/contact", "Contact")])),
        page("/contact", "Contact", m.t3_text("Hôtel de ville, place de la Résistance, 94999 Valmorin-sur-Marne. Standard : 01 45 00 00 00.", uid=31)
             + m.powermail(1, "/contact", [("input", "nom", "Nom"), ("email", "e_mail", "E-mail"),
                                           ("select", "service", "Service", ["Accueil", "Citoyenneté", "Éducation", "Urbanisme", "Voirie", "Autre"]),
                                           ("input", "objet", "Objet"), ("textarea", "message", "Message")]),
             features={"contact_form"}),
        page("/ma-ville/valmorin-en-commun", "Valmorin en commun", m.t3_text(
            "Valmorin en commun rassemble tous les outils de la démocratie locale : dix conseils de quartier, deux conseils citoyens, le budget "
            "participatif, le budget jeunes, l'interpellation citoyenne et les concertations sur les projets urbains.",
            "Une adjointe au maire est chargée de la démocratie participative et un service de six agents accompagne les instances. "
            f'Les démarches en ligne sont regroupées sur <a href="{cc}/">la plateforme Valmorin en commun</a>.', uid=40, header="La participation à Valmorin")
            + m.link_list([("/ma-ville/valmorin-en-commun/conseils-de-quartier", "Conseils de quartier et conseils citoyens"),
                           ("/ma-ville/valmorin-en-commun/interpellation-citoyenne", "L'interpellation citoyenne"),
                           ("/ma-ville/valmorin-en-commun/boite-a-idees", "La boîte à idées")]),
             features={"participation_displayed"}),
        page("/ma-ville/valmorin-en-commun/conseils-de-quartier", "Conseils de quartier et conseils citoyens", m.t3_text(
            "La ville est découpée en dix quartiers, chacun doté d'un conseil de quartier composé d'habitants volontaires, d'habitants tirés au sort "
            "et de représentants d'associations. Les conseils se réunissent en assemblée plénière trois fois par an et en commissions entre-temps.",
            "Aux Coudraies et à la Fosse-aux-Loups, quartiers prioritaires, les conseils citoyens prennent le relais dans le cadre du contrat de ville. "
            "Ils disposent chacun d'un local et d'un budget de fonctionnement de 5 000 €.", uid=41)
            + m.t3_textmedia("Assemblée plénière du conseil de quartier des Bords-de-Marne, mars 2025.", "Assemblée du conseil de quartier"),
             features={"participation_displayed"}, parent=vc),
        page("/ma-ville/valmorin-en-commun/interpellation-citoyenne", "L'interpellation citoyenne", m.t3_text(
            "Vous souhaitez que le conseil municipal se saisisse d'une question ? Déposez une interpellation citoyenne sur la plateforme Valmorin en commun. "
            "Si elle recueille 1 500 soutiens d'habitants de plus de 16 ans en quatre mois, elle sera débattue en séance du conseil municipal.",
            f'<a href="{cc}/project/interpellation-citoyenne/collect/interpellations">Voir les interpellations et les soutenir</a>.', uid=42),
             features={"petition", "participation_displayed"}, parent=vc),
        # a suggestion box sent privately to the city with the sender's name and e-mail: a call for ideas and a contact form
        page("/ma-ville/valmorin-en-commun/boite-a-idees", "La boîte à idées", m.t3_text(
            "Une idée pour améliorer la vie à Valmorin ? Proposez-la ! Chaque idée reçoit une réponse du service concerné sous un mois.", uid=43)
            + m.powermail(4, "/ma-ville/valmorin-en-commun/boite-a-idees", [
                ("input", "nom", "Nom"), ("email", "e_mail", "E-mail"),
                ("select", "quartier", "Votre quartier", ["Centre", "Bords-de-Marne", "Les Coudraies", "La Fosse-aux-Loups", "Le Plateau", "Autre"]),
                ("textarea", "idee", "Votre idée")], submit="Envoyer mon idée", legend="Ma proposition"),
             features={"suggestion_call", "contact_form"}, parent=vc),
        page("/ma-ville/renouvellement-urbain/les-coudraies", "Cœur de Coudraies, le renouvellement urbain", m.t3_text(
            "Le quartier des Coudraies est engagé dans le Nouveau programme national de renouvellement urbain. Le projet Cœur de Coudraies "
            "prévoit la démolition de deux barres, la réhabilitation de 780 logements, la création d'une place commerçante et d'un parc linéaire.",
            "Rien ne se fait sans les habitants : ateliers à la maison du projet, balades urbaines, réunions en pied d'immeuble, questionnaire en ligne. "
            "Le conseil citoyen est membre du comité de pilotage.", uid=50)
            + m.link_list([("/ma-ville/renouvellement-urbain/les-coudraies/atelier-espaces-publics", "Compte rendu de l'atelier « espaces publics »"),
                           (f"{cc}/project/questionnaire-les-coudraies/questionnaire/vos-espaces-publics", "Répondre au questionnaire en ligne")]),
             features={"participation_displayed"}),
        page("/ma-ville/renouvellement-urbain/les-coudraies/atelier-espaces-publics", "Atelier « espaces publics » : le compte rendu", m.t3_text(
            "Le 15 avril, 52 habitants ont participé à l'atelier consacré aux espaces publics de Cœur de Coudraies, à la maison du projet.",
            "Répartis en quatre tables, ils ont travaillé sur plan : emplacement des jeux, parcours piétons, stationnement, éclairage. Les paysagistes "
            "reviendront en juin avec deux scénarios qui tiennent compte des propositions ; ils seront soumis à une nouvelle réunion de concertation.", uid=51),
             features={"participation_displayed"}, parent=ru),
        page("/jeunesse/budget-jeunes", "Le budget jeunes", m.t3_text(
            "Pour sa deuxième édition, le budget jeunes dispose de 80 000 €. Les 20 projets imaginés par des 11-25 ans sont soumis au vote des jeunes "
            f'jusqu\'au 15 juin sur <a href="{cc}/project/budget-jeunes-2025/selection/vote">la plateforme</a> et dans les trois espaces jeunesse.', uid=60),
             features={"participatory_budget"}),
        page("/ma-ville/vie-municipale/conseil-municipal", "Le conseil municipal", m.t3_text(
            "Le conseil municipal de Valmorin-sur-Marne compte 53 conseillers. Ses séances, publiques, ont lieu à l'hôtel de ville et sont retransmises "
            "en direct sur YouTube.",
            "Prochaine séance : mercredi 25 juin à 19 h 30. Les procès-verbaux sont publiés dans le recueil des actes administratifs.", uid=70)
            + m.youtube_embed("q3Vx8LmT0aE", "Séance du conseil municipal du 9 avril 2025"),
             decoys={"participation_displayed"}),
        # the city's accounts on global platforms, not a local network
        page("/ma-ville/reseaux-sociaux", "Nos réseaux sociaux", m.t3_text(
            "Suivez l'actualité de Valmorin-sur-Marne sur les réseaux sociaux : alertes, événements, coulisses des services.", uid=71)
            + m.link_list([("https://www.facebook.com/valmorinsurmarne", "Facebook"), ("https://www.instagram.com/valmorin_sur_marne", "Instagram"),
                           ("https://x.com/Valmorin94", "X"), ("https://www.youtube.com/@VilledeValmorin", "YouTube"),
                           ("https://bsky.app/profile/valmorin-sur-marne.fr", "Bluesky")]),
             decoys={"territorial_social_network"}),
        page("/lettre-d-information", "Valmorin l'Hebdo", m.t3_text("Chaque jeudi, l'essentiel de la semaine dans votre boîte aux lettres électronique.", uid=72)
             + m.t3_direct_mail("/lettre-d-information"), decoys={"contact_form"}),
        page("/actualites", "Actualités", m.t3_news_list(_VALM_NEWS)),
        # a news item whose subject is the budget, while the deposit is open: the budget and its call for projects
        page(_VALM_NEWS[0][0], _VALM_NEWS[0][1], m.t3_news_detail("2025-05-05", "05/05/2025", "Valmorin en commun", _VALM_NEWS[0][3], P(
            "La troisième saison du budget participatif est lancée : 1 million d'euros, soit près de 9 € par habitant, pour des projets proposés "
            "et votés par les Valmorinois.",
            f'Déposez vos projets jusqu\'au 30 juin sur <a href="{cc}/project/budget-participatif-saison-3/collect/depot-des-projets">la plateforme '
            "Valmorin en commun</a>. Des ateliers d'aide au dépôt sont organisés dans les médiathèques les samedis 17 et 24 mai.",
            "Le vote aura lieu en novembre ; les projets lauréats seront réalisés en 2026.")),
             features={"participatory_budget", "suggestion_call"}, parent=news),
        # a Tally form that only collects ideas for the site: a call for ideas, not a questionnaire
        page(_VALM_NEWS[1][0], _VALM_NEWS[1][1], m.t3_news_detail("2025-04-22", "22/04/2025", "Urbanisme", _VALM_NEWS[1][3], P(
            "Acquise par la Ville en 2023, l'ancienne chaudronnerie Eiffel deviendra un tiers-lieu en 2027. Avant de lancer le concours d'architectes, "
            "nous faisons appel à vos idées : ateliers, restauration, culture, sport, services… Décrivez-nous le lieu que vous aimeriez fréquenter.")
            + m.tally_embed("mYxK9a", "Friche Eiffel : vos idées")),
             features={"suggestion_call"}, parent=news),
        page(_VALM_NEWS[2][0], _VALM_NEWS[2][1], m.t3_news_detail("2025-04-12", "12/04/2025", "Sport", _VALM_NEWS[2][3], P(
            "Samedi, plusieurs centaines de riders et de curieux ont assisté à l'inauguration du skatepark des bords de Marne : 1 200 m² de béton "
            "lissé, un bowl, des modules de street et un espace pour les débutants.",
            "Ce projet, porté par trois lycéens, avait été plébiscité lors de la deuxième saison du budget participatif. Les cours d'initiation "
            "du club Valmorin Glisse reprennent dès le mois de mai.")),
             decoys={"participatory_budget"}, parent=news),
        page(_VALM_NEWS[3][0], _VALM_NEWS[3][1], m.t3_news_detail("2025-03-27", "27/03/2025", "Intercommunalité", _VALM_NEWS[3][3], P(
            "L'établissement public territorial Grand Marne-et-Bois élabore son plan local d'urbanisme intercommunal. La concertation est ouverte "
            "jusqu'au 30 mai : registre en mairie, réunions publiques de l'EPT et questionnaire en ligne sur le site du Territoire.",
            "Les contributions sont recueillies et analysées par l'EPT, qui en tirera le bilan avant l'arrêt du projet.")),
             decoys={"participation_displayed", "poll"}, parent=news),
        page(_VALM_NEWS[4][0], _VALM_NEWS[4][1], m.t3_news_detail("2025-02-14", "14/02/2025", "Renouvellement urbain", _VALM_NEWS[4][3], P(
            "Le directeur général de l'Agence nationale pour la rénovation urbaine a visité le chantier de Cœur de Coudraies le 13 février, "
            "accompagné du préfet et du maire.",
            "Un avenant à la convention a été signé à cette occasion : il porte la participation de l'ANRU à 74 millions d'euros et intègre la "
            "reconstruction du gymnase Delaune.")),
             decoys={"participation_displayed"}, parent=news),
    ]


def _valm_capco():
    bp = "/project/budget-participatif-saison-3"
    collect = bp + "/collect/depot-des-projets"
    inter = "/project/interpellation-citoyenne/collect/interpellations"
    projects = ("Projets", "/projects")
    bp_steps = [("Présentation", bp + "/presentation/presentation"), ("Dépôt des projets", collect)]
    cards = [(bp + "/presentation/presentation", "Budget participatif - saison 3", "Budget participatif", "En cours"),
             ("/project/budget-jeunes-2025/selection/vote", "Budget jeunes 2025", "Budget participatif", "En cours"),
             (inter, "Interpellation citoyenne", "Pétitions", "En cours"),
             ("/project/questionnaire-les-coudraies/questionnaire/vos-espaces-publics", "Cœur de Coudraies : vos espaces publics", "Questionnaire", "En cours"),
             ("/project/plan-velo/consultation/consultation", "Plan vélo 2030", "Consultation", "Terminé")]
    pages = [
        page("/", "Valmorin en commun", P("La plateforme de participation citoyenne de la Ville de Valmorin-sur-Marne.") + m.cc_project_cards(cards[:4])),
        page("/projects", "Tous les projets", m.cc_project_cards(cards)),
        page(bp + "/presentation/presentation", "Budget participatif - saison 3", m.cc_project_header("Budget participatif - saison 3", bp_steps, 0, 1210, 164) + P(
            "1 million d'euros pour réaliser les projets des habitants. Toute personne habitant Valmorin peut déposer un projet d'investissement "
            "d'intérêt général, d'un coût maximal de 150 000 €. Les projets réalisables seront soumis au vote en novembre."),
             features={"participatory_budget"}, parent=projects),
        page(collect, "Dépôt des projets", m.cc_project_header("Budget participatif - saison 3", bp_steps, 1, 1210, 164) + P(
            "Déposez votre projet jusqu'au 30 juin. Vous pouvez aussi commenter et soutenir les projets déjà proposés.",
            '<a class="btn btn-primary" href="/login">Déposer un projet</a>')
            + m.cc_proposals([("une-fresque-aux-coudraies", "Une fresque géante sur le pignon de la tour Vercors", "Collectif Couleurs", 48, "35 000 €")], collect),
             features={"participatory_budget", "suggestion_call"}, parent=("Budget participatif - saison 3", bp + "/presentation/presentation")),
        page(collect + "/proposals/une-fresque-aux-coudraies", "Une fresque géante sur le pignon de la tour Vercors", P(
            "Proposé par le Collectif Couleurs : réaliser avec des graffeurs et les jeunes du quartier une fresque de 400 m² sur le pignon aveugle "
            "de la tour Vercors, visible depuis la future place des Coudraies. Budget estimé : 35 000 €.")
            + m.cc_comments([("Lina", "08/05/2025", "Très belle idée, ce mur est si triste."),
                             ("Patrick G.", "09/05/2025", "Il faudrait demander l'avis des locataires de la tour.")]),
             features={"participatory_budget", "comments"}, parent=("Dépôt des projets", collect)),
        page("/project/budget-jeunes-2025/selection/vote", "Budget jeunes 2025 : le vote", P(
            "Tu as entre 11 et 25 ans et tu habites Valmorin ? Vote pour trois projets parmi les 20 retenus, jusqu'au 15 juin.")
            + m.cc_proposals([("studio-podcast", "Un studio de podcast à l'espace jeunesse Aragon", "Les Ondes de Valmo", 212, "12 000 €"),
                              ("tournoi-esport", "Un tournoi e-sport inter-quartiers", "Ryan et ses amis", 187, "4 500 €")],
                             "/project/budget-jeunes-2025/selection/vote", vote=True, linked=False),
             features={"participatory_budget"}, parent=projects),
        page(inter, "Interpellation citoyenne", P(
            "Déposez une interpellation ou soutenez celles des autres : à 1 500 soutiens en quatre mois, le conseil municipal en débat.",
            '<a class="btn btn-primary" href="/login">Déposer une interpellation</a>')
            + m.cc_proposals([("un-medecin-aux-coudraies", "Un centre de santé aux Coudraies", "Association des locataires Vercors", 1122, "")], inter),
             features={"petition"}, parent=projects),
        page(inter + "/proposals/un-medecin-aux-coudraies", "Un centre de santé aux Coudraies", P(
            "Depuis le départ en retraite des deux généralistes du quartier, 9 000 habitants n'ont plus de médecin à moins de 2 km. "
            "Nous demandons à la Ville d'ouvrir un centre municipal de santé aux Coudraies.",
            "1 122 soutiens sur 1 500 · clôture le 31 juillet 2025",
            '<button type="button" class="btn btn-success proposal__button__vote">Soutenir</button>'),
             features={"petition"}, parent=("Interpellation citoyenne", inter)),
        page("/project/questionnaire-les-coudraies/questionnaire/vos-espaces-publics", "Cœur de Coudraies : vos espaces publics", P(
            "Ce questionnaire prolonge l'atelier du 15 avril. Il est ouvert à tous jusqu'au 15 juillet.")
            + m.cc_questionnaire("coudraies", [
                ("radio", "Vous êtes :", ["Habitant des Coudraies", "Habitant d'un autre quartier", "Commerçant ou salarié du quartier"]),
                ("checkbox", "Qu'attendez-vous de la future place ?", ["Un marché", "Des terrasses", "Des jeux d'eau", "De l'ombre", "Des bancs"]),
                ("select", "Quel éclairage pour le parc linéaire ?", ["Toute la nuit", "Jusqu'à minuit", "Détection de présence"])]),
             features={"poll"}, parent=projects),
        page("/project/plan-velo/consultation/consultation", "Plan vélo 2030", P(
            "Cette consultation est terminée. 2 340 contributions ont été recueillies entre janvier et mars 2025. La synthèse a été présentée au conseil "
            "municipal du 9 avril ; le plan vélo adopté retient 18 des 25 itinéraires soumis à l'avis des habitants.")
            + m.table(["Itinéraire", "Avis favorables"], [["Bords de Marne - gare RER", "87 %"], ["Centre - Coudraies", "74 %"], ["Plateau - lycée Delacroix", "69 %"]]),
             decoys={"poll"}, parent=projects),
    ]
    return Site(VALM_CC, "capcollectif", "Valmorin en commun", pages, menu=[("Accueil", "/"), ("Projets", "/projects")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))


def valmorin_sur_marne() -> City:
    www = Site(VALM, "typo3", "Valmorin-sur-Marne", _valm_www(),
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Valmorin en commun", "/ma-ville/valmorin-en-commun"), ("Contact", "/contact")],
               accounts=[social("facebook", "valmorinsurmarne"), social("instagram", "valmorin_sur_marne"), social("x", "Valmorin94"),
                         social("youtube", "VilledeValmorin"), social("bluesky", "valmorin-sur-marne.fr")],
               address="Hôtel de ville, place de la Résistance, 94999 Valmorin-sur-Marne")
    return City("99596", "Valmorin-sur-Marne", 112430, "94", "11", "Île-de-France", f"http://{VALM}/", [www, _valm_capco()])



# =============================================================================================
# 99597 Ris-les-Coteaux (91): a hand-written site; a neighbours' network on a host of the city
# =============================================================================================

RIS = "www.ris-les-coteaux.fr"
RIS_VOISINS = "voisins.ris-les-coteaux.fr"
_RIS_NEWS = [
    ("/actualites/2025-02-friche-sucrerie.php", "La Sucrerie : donnez vos idées !", "février 2025"),
    ("/actualites/2025-03-conseil-municipal.php", "Conseil municipal du 27 mars", "mars 2025"),
    ("/actualites/2025-04-gendarmerie-participation-citoyenne.php", "La gendarmerie présente le dispositif « participation citoyenne »", "avril 2025"),
    ("/actualites/2025-05-fete-des-voisins.php", "Fête des voisins le 23 mai", "mai 2025"),
    ("/actualites/2025-06-forum-jobs-ete.php", "Forum jobs d'été", "juin 2025"),
    ("/actualites/2024-11-resultats-questionnaire-marche.php", "Résultats du questionnaire sur le marché", "novembre 2024"),
]


def _ris_www():
    vz = f"http://{RIS_VOISINS}"
    vl = ("Vie locale", "/vie-locale/ris-ensemble.php")
    act = ("Actualités", "/actualites.php")
    return [
        page("/", "Accueil", P(
            "<strong>Bienvenue sur le site officiel de la commune de Ris-les-Coteaux.</strong>",
            "Rénovation du Grand-Bois, fonds de participation des habitants, réseau d'entraide entre voisins : découvrez la rubrique "
            '<a href="/vie-locale/ris-ensemble.php">Ris Ensemble</a>.')
            + "<h2>Dernières nouvelles</h2>" + m.bullets(*(f'<a href="{h}">{t}</a> ({d})' for h, t, d in _RIS_NEWS[:4]))
            + P('<a href="/actualites.php">Toutes les actualités</a> - <a href="/mairie/budget.php">Le budget</a> - '
                '<a href="/pratique/lettre.php">Recevoir la lettre d\'information</a>')),
        page("/mairie/contact.php", "Nous écrire", P(
            "Pour toute demande, remplissez le formulaire ci-dessous. Les champs marqués d'une * sont obligatoires.")
            + m.handmade_form("/mairie/envoi.php", [("text", "nom", "Nom *"), ("text", "prenom", "Prénom"), ("email", "email", "E-mail *"),
                                                    ("text", "objet", "Objet *"), ("textarea", "message", "Votre message *")], captcha=True),
             features={"contact_form"}),
        page("/vie-locale/ris-ensemble.php", "Ris Ensemble", P(
            "<em>Ris Ensemble</em> : c'est sous ce nom que la municipalité regroupe depuis 2021 tout ce qui permet aux Rissois de s'impliquer dans la vie "
            "de la commune.",
            "Au Grand-Bois, quartier prioritaire, le conseil citoyen réunit une vingtaine d'habitants et d'associations ; il est consulté sur le "
            "projet de rénovation et gère avec le centre social le fonds de participation des habitants. Dans les autres quartiers, des comités "
            "d'habitants se réunissent deux fois par an avec les élus référents.",
            "Chaque projet important fait l'objet d'une réunion publique et, quand c'est possible, d'un questionnaire.")
            + m.bullets('<a href="/vie-locale/grand-bois.php">La rénovation du Grand-Bois</a>',
                        '<a href="/vie-locale/fph.php">Le fonds de participation des habitants</a>',
                        '<a href="/vie-locale/questionnaire-grand-bois.php">Questionnaire : le Grand-Bois après les travaux</a>',
                        '<a href="/vie-locale/voisins.php">Ris Voisins, le réseau d\'entraide</a>'),
             features={"participation_displayed"}),
        # a fund for residents' micro-projects, decided by a committee of residents: a call for residents'
        # projects, not a participatory budget put to the vote
        page("/vie-locale/fph.php", "Le fonds de participation des habitants", P(
            "Vous avez un projet pour animer votre quartier : une fête, une sortie, un atelier, un repas partagé ? Le fonds de participation des "
            "habitants (FPH) peut le financer jusqu'à 800 €.",
            "Les demandes sont examinées chaque mois par un comité composé d'habitants et de membres du conseil citoyen, au centre social Les Tilleuls. "
            "Il suffit de remplir une fiche projet d'une page, disponible à l'accueil du centre social. Aucune association n'est nécessaire : "
            "un groupe de trois habitants suffit.",
            "En 2024, le FPH a soutenu 23 projets, dont le repas de quartier de l'Amicale des locataires "
            '(<a href="https://www.facebook.com/amicale.grandbois">leur page Facebook</a>) et la sortie à la mer des familles du Grand-Bois.'),
             features={"participation_displayed", "suggestion_call"}, parent=vl),
        # the city presents its neighbours' network and asks residents to join it
        page("/vie-locale/voisins.php", "Ris Voisins, le réseau d'entraide", P(
            "Prêter une perceuse, trouver quelqu'un pour arroser les plantes, organiser un covoiturage pour le marché : <strong>Ris Voisins</strong> est "
            "le réseau social de proximité proposé par la Ville à tous les habitants.",
            "L'inscription est gratuite et réservée aux habitants de la commune (vérification de l'adresse). Chaque quartier a son fil d'annonces.",
            f'<a href="{vz}/">Rejoindre Ris Voisins</a>'),
             features={"territorial_social_network"}, parent=vl),
        page("/vie-locale/questionnaire-grand-bois.php", "Questionnaire : le Grand-Bois après les travaux", P(
            "Les premiers immeubles rénovés ont été livrés. Dites-nous ce que vous en pensez ! Réponses anonymes.")
            + m.handmade_form("/vie-locale/reponse-questionnaire.php", [
                ("radio", "q1", "Êtes-vous satisfait(e) de la rénovation de votre immeuble ?", ["Très satisfait(e)", "Plutôt satisfait(e)", "Peu satisfait(e)", "Pas du tout"]),
                ("checkbox", "q2", "Qu'est-ce qui s'est amélioré ?", ["Le chauffage", "L'isolation phonique", "Les halls d'entrée", "Les ascenseurs"]),
                ("select", "q3", "Votre bâtiment", ["Bâtiment A", "Bâtiment B", "Bâtiment C", "Bâtiment D", "Autre"])],
                submit="Envoyer mes réponses", name="questionnaire"),
             features={"poll"}, parent=vl),
        page("/vie-locale/grand-bois.php", "La rénovation du Grand-Bois", P(
            "Le Grand-Bois (1 100 logements) est rénové dans le cadre du Nouveau programme national de renouvellement urbain : réhabilitation de "
            "tous les immeubles, résidentialisation, nouvelle école maternelle, parc central.",
            "La maison du projet, 5 place du Marché, accueille les habitants le mercredi et le samedi matin. Des ateliers y sont organisés avec "
            "le conseil citoyen pour discuter des espaces extérieurs, et des balades urbaines ont lieu à chaque nouvelle phase de travaux."),
             features={"participation_displayed"}, parent=vl),
        page("/actualites.php", "Actualités", m.bullets(*(f'<a href="{h}">{t}</a> - {d}' for h, t, d in _RIS_NEWS))),
        # a call for ideas with a small form sent privately to the town hall (name, e-mail, idea)
        page(_RIS_NEWS[0][0], _RIS_NEWS[0][1], P(
            "L'ancienne sucrerie, au bord de la Seine, a été rachetée par la commune. Avant d'engager les études, nous lançons un appel à idées "
            "auprès des habitants : que voudriez-vous y trouver ? Jardins, salle de fêtes, ateliers, guinguette ? Toutes les idées sont bonnes à prendre.",
            "Envoyez-nous la vôtre avant le 30 avril :")
            + m.handmade_form("/actualites/envoi-idee.php", [("text", "nom", "Nom"), ("email", "email", "E-mail"),
                                                              ("textarea", "idee", "Votre idée pour la Sucrerie")], submit="Envoyer mon idée", name="idees"),
             features={"suggestion_call", "contact_form"}, parent=act),
        page(_RIS_NEWS[1][0], _RIS_NEWS[1][1], P(
            "Le conseil municipal se réunira le jeudi 27 mars à 20 h 30 en mairie. Ordre du jour : vote du budget primitif, subventions aux associations, "
            "tarifs de la cantine, convention avec le Département pour la voirie. Séance publique."), decoys={"participation_displayed"}, parent=act),
        page(_RIS_NEWS[2][0], _RIS_NEWS[2][1], P(
            "La brigade de gendarmerie a présenté en réunion publique le dispositif « participation citoyenne ». Des habitants volontaires, appelés "
            "référents, deviennent le relais de la gendarmerie dans leur rue pour signaler les comportements suspects et prévenir les cambriolages.",
            "Le protocole sera signé entre le maire, le préfet et le commandant du groupement. Les personnes intéressées peuvent se faire connaître à la brigade."),
             decoys={"participation_displayed"}, parent=act),
        page(_RIS_NEWS[3][0], _RIS_NEWS[3][1], P(
            "La fête des voisins aura lieu le vendredi 23 mai. La mairie prête tables, chaises et kits (affiches, ballons, gobelets) : réservez-les à "
            "l'accueil avant le 16 mai. Un concours de la plus belle table est organisé avec les commerçants du centre."),
             decoys={"territorial_social_network"}, parent=act),
        page(_RIS_NEWS[4][0], _RIS_NEWS[4][1], P(
            "Le forum jobs d'été se tiendra le samedi 7 juin de 9 h à 12 h à la salle des fêtes, avec le Point information jeunesse : offres d'emploi "
            "saisonnier, aide au CV, BAFA."), decoys={"forum"}, parent=act),
        page(_RIS_NEWS[5][0], _RIS_NEWS[5][1], P(
            "Le questionnaire sur le marché du dimanche est clos. 356 Rissois ont répondu. 62 % souhaitent davantage de producteurs locaux, 48 % un "
            "élargissement des horaires jusqu'à 13 h 30. Ces deux demandes seront mises en œuvre au printemps. Merci à tous !"),
             decoys={"poll"}, parent=act),
        page("/pratique/lettre.php", "La lettre d'information", P("Recevez la lettre mensuelle de la commune par e-mail.")
             + m.handmade_form("/pratique/inscription.php", [("email", "email", "Votre adresse e-mail")], submit="S'inscrire", name="lettre"),
             decoys={"contact_form"}),
        page("/mairie/budget.php", "Le budget communal", P(
            "Budget primitif 2025 : 31,2 millions d'euros, dont 8,4 millions d'investissement (école maternelle du Grand-Bois, voirie, éclairage LED).",
            "Le compte administratif et les annexes sont consultables en mairie aux heures d'ouverture."), decoys={"participatory_budget"}),
    ]


def _ris_voisins():
    pages = [
        page("/", "Ris Voisins", P("Le réseau social de proximité des habitants de Ris-les-Coteaux, proposé par la Ville. 1 482 voisins inscrits.")
             + m.link_list([("/quartiers/grand-bois", "Le Grand-Bois (612 membres)"), ("/quartiers/centre-ville", "Centre-ville (540 membres)")])
             + m.nb_feed([("Corinne", "Centre-ville", "Prêt", "Je prête un escabeau et une ponceuse, à récupérer rue Pasteur.", 2),
                          ("Malik", "Grand-Bois", "Entraide", "Qui peut aider Mme Diallo, bât. C, à porter ses courses le jeudi ?", 5)])),
        page("/quartiers/grand-bois", "Le Grand-Bois", m.nb_feed([
            ("Malik", "Grand-Bois", "Entraide", "Qui peut aider Mme Diallo, bât. C, à porter ses courses le jeudi ?", 5),
            ("Jessica", "Grand-Bois", "Objet trouvé", "Trouvé un trousseau de clés devant l'école maternelle.", 1),
            ("Amicale des locataires", "Grand-Bois", "Événement", "Repas partagé samedi 21 juin au parc central, apportez un plat !", 9)]),
             parent=("Quartiers", "/")),
        page("/quartiers/centre-ville", "Centre-ville", m.nb_feed([
            ("Corinne", "Centre-ville", "Prêt", "Je prête un escabeau et une ponceuse, à récupérer rue Pasteur.", 2),
            ("Henri", "Centre-ville", "Covoiturage", "Je vais au marché de Corbeil le samedi, deux places libres.", 3)]),
             parent=("Quartiers", "/")),
        page("/evenements", "Événements entre voisins", m.nb_feed([
            ("Amicale des locataires", "Grand-Bois", "Événement", "Repas partagé samedi 21 juin au parc central.", 9),
            ("Les jardiniers de la Sucrerie", "Centre-ville", "Atelier", "Atelier semis dimanche 10 h, jardin partagé.", 4)])),
        page("/a-propos", "À propos", P(
            "Ris Voisins est un service proposé par la Ville de Ris-les-Coteaux, hébergé par un prestataire français. Les échanges sont modérés. "
            "Pour vous inscrire, vous devez résider dans la commune.")),
    ]
    return Site(RIS_VOISINS, "community", "Ris Voisins", pages,
                menu=[("Accueil", "/"), ("Grand-Bois", "/quartiers/grand-bois"), ("Centre-ville", "/quartiers/centre-ville"),
                      ("Événements", "/evenements"), ("À propos", "/a-propos")],
                features=frozenset({"territorial_social_network"}))


def ris_les_coteaux() -> City:
    www = Site(RIS, "vendor", "Ville de Ris-les-Coteaux", _ris_www(),
               menu=[("Accueil", "/"), ("Actualités", "/actualites.php"), ("Ris Ensemble", "/vie-locale/ris-ensemble.php"),
                     ("Ris Voisins", f"http://{RIS_VOISINS}/"), ("Nous écrire", "/mairie/contact.php")],
               accounts=[social("facebook", "VilleRisLesCoteaux", "http://www.facebook.com/VilleRisLesCoteaux")],
               address="Mairie, 1 place de l'Église, 91999 Ris-les-Coteaux")
    return City("99597", "Ris-les-Coteaux", 26840, "91", "11", "Île-de-France", f"http://{RIS}/", [www, _ris_voisins()],
                decoy_accounts=("https://www.facebook.com/amicale.grandbois",))



# =============================================================================================
# 99598 Vernay-Parilly (69): a vendor CMS (Facebook comments plugin); Fluicity on a host of the city
# =============================================================================================

VERNAY = "www.vernay-parilly.fr"
VERNAY_FC = "jeparticipe.vernay-parilly.fr"
_VERNAY_NEWS = [
    ("/actualites/le-marche-de-parilly-fait-peau-neuve", "Le marché de Parilly fait peau neuve", "Commerce", "2025-05-28",
     "Nouvelle halle, nouveaux horaires, nouveaux commerçants."),
    ("/actualites/jeparticipe-une-nouvelle-plateforme", "Je participe : une nouvelle plateforme pour donner votre avis", "Démocratie locale", "2025-03-03",
     "Idées, sondages, budget participatif : tout se passe désormais sur jeparticipe.vernay-parilly.fr."),
    ("/actualites/prolongement-du-metro-concertation", "Prolongement du métro : la concertation du Sytral est ouverte", "Transports", "2025-02-12",
     "Le Sytral Mobilités consulte sur le prolongement de la ligne jusqu'à Parilly-Sud."),
    ("/actualites/handball-club-vote-du-nouveau-logo", "Le Handball Club vous fait voter pour son nouveau logo", "Sport", "2025-01-20",
     "Trois propositions, un vote ouvert à tous sur le site du club."),
]


def _vernay_www():
    fc = f"http://{VERNAY_FC}"
    dl = ("Démocratie locale", "/democratie-locale")
    ps = ("Parilly-Sud", "/grands-projets/parilly-sud")
    news = ("Actualités", "/actualites")
    return [
        page("/", "Accueil", m.vendor_cards([
            ("/democratie-locale", "Démocratie locale"), ("/grands-projets/parilly-sud", "Parilly-Sud se renouvelle"),
            ("/budget-participatif", "Budget participatif"), ("/actualites", "Actualités"), ("/newsletter", "Newsletter"), ("/contact", "Contact")])
            + "<h2>À la une</h2>" + m.vendor_news_list(_VERNAY_NEWS[:2])),
        page("/contact", "Contact", P("Mairie de Vernay-Parilly, 20 avenue Jean-Jaurès, 69999 Vernay-Parilly. Du lundi au vendredi, 8 h 30 - 17 h.")
             + m.vendor_form("/contact/envoyer", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"), ("tel", "telephone", "Téléphone"),
                                                  ("select", "sujet", "Sujet", ["Renseignement", "État civil", "Urbanisme", "Réclamation", "Autre"]),
                                                  ("textarea", "message", "Message")], form_id="contact",
                             note="Vos données sont utilisées uniquement pour répondre à votre demande."),
             features={"contact_form"}),
        page("/democratie-locale", "Démocratie locale", P(
            "À Vernay-Parilly, la participation des habitants s'organise autour de quatre conseils de quartier, des conseils citoyens des Clochettes et "
            "de Parilly-Sud, d'un budget participatif annuel et de la concertation sur le renouvellement urbain.",
            f'Depuis mars 2025, la plateforme <a href="{fc}/">jeparticipe.vernay-parilly.fr</a> permet aussi de proposer des idées, de répondre aux sondages '
            "et de suivre les projets.")
            + m.vendor_cards([("/democratie-locale/conseils-citoyens", "Les conseils citoyens"), ("/budget-participatif", "Le budget participatif")], cls="cards"),
             features={"participation_displayed"}),
        page("/democratie-locale/conseils-citoyens", "Les conseils citoyens", P(
            "Les conseils citoyens des Clochettes et de Parilly-Sud associent des habitants tirés au sort, des volontaires et des acteurs locaux. "
            "Autonomes, ils sont accompagnés par une association d'éducation populaire financée par la Ville et l'État.",
            "Ils participent aux comités de pilotage du contrat de ville et du projet de renouvellement urbain, et organisent chaque année des "
            "« cafés citoyens » en pied d'immeuble."),
             features={"participation_displayed"}, parent=dl),
        page("/grands-projets/parilly-sud", "Parilly-Sud se renouvelle", P(
            "Le quartier de Parilly-Sud fait l'objet d'un projet de renouvellement urbain soutenu par l'ANRU : 250 logements démolis, 600 réhabilités, "
            "une nouvelle école, un mail piéton jusqu'au parc de Parilly.",
            "Une concertation est menée à chaque étape avec les habitants, le conseil citoyen et les associations : ateliers à la maison du projet, "
            f'balades urbaines et consultation en ligne sur <a href="{fc}/consultations/parilly-sud-demain">Je participe</a>.')
            + m.link_list([("/grands-projets/parilly-sud/balades-urbaines", "Les balades urbaines de l'hiver : ce qu'il faut retenir")]),
             features={"participation_displayed"}),
        page("/grands-projets/parilly-sud/balades-urbaines", "Balades urbaines : ce qu'il faut retenir", P(
            "Trois balades urbaines ont réuni 85 habitants en janvier et février, avec l'urbaniste en chef du projet. Les participants ont pointé "
            "les traversées dangereuses de l'avenue du 8-Mai, le manque de bancs et l'envie d'un jardin sur la butte.",
            "Ces propositions ont été intégrées au cahier des charges des espaces publics, qui sera présenté lors d'un atelier de concertation le 12 juin."),
             features={"participation_displayed"}, parent=ps),
        # the city's budget page while the deposit is open: the budget and its call for projects
        page("/budget-participatif", "Le budget participatif", P(
            "300 000 € pour les projets des habitants : la deuxième édition du budget participatif est lancée.",
            f'Proposez vos projets jusqu\'au 15 septembre sur <a href="{fc}/projets/budget-participatif-2025">Je participe</a> ou à l\'accueil de la mairie. '
            "Les habitants voteront en novembre pour désigner les lauréats."),
             features={"participatory_budget", "suggestion_call"}),
        page("/actualites", "Actualités", m.vendor_news_list(_VERNAY_NEWS)),
        page(_VERNAY_NEWS[0][0], _VERNAY_NEWS[0][1], m.vendor_news("2025-05-28", "28 mai 2025", "Commerce",
             "Depuis samedi, le marché de Parilly s'installe sous sa nouvelle halle, place Salvador-Allende.",
             P("La halle de 900 m², couverte et ventilée, abrite 34 étals. Le marché ouvre désormais le mercredi et le samedi de 7 h à 13 h, "
               "et un marché de producteurs s'y tient le premier vendredi soir du mois.",
               "Qu'en pensez-vous ? Laissez-nous vos impressions ci-dessous.")
             + m.facebook_comments(f"http://{VERNAY}{_VERNAY_NEWS[0][0]}")),
             features={"comments"}, parent=news),
        # the subject of the item is the city's participation and its new platform; the platform itself is on its host
        page(_VERNAY_NEWS[1][0], _VERNAY_NEWS[1][1], m.vendor_news("2025-03-03", "3 mars 2025", "Démocratie locale",
             "La Ville ouvre jeparticipe.vernay-parilly.fr, sa plateforme de participation en ligne, conçue avec la société Fluicity.",
             P("Vous pourrez y déposer vos idées pour la ville, répondre aux sondages, suivre les projets de concertation et, à partir de juin, "
               "proposer des projets au budget participatif. Une application mobile est également disponible.",
               "Pour la municipalité, il s'agit de compléter les conseils de quartier et les réunions publiques, pas de les remplacer : "
               "chaque contribution recevra une réponse.")),
             features={"participation_displayed"}, decoys={"participatory_platform"}, parent=news),
        page(_VERNAY_NEWS[2][0], _VERNAY_NEWS[2][1], m.vendor_news("2025-02-12", "12 février 2025", "Transports",
             "Sytral Mobilités, l'autorité organisatrice des transports, lance la concertation préalable sur le prolongement du métro.",
             P("La concertation se tient du 10 février au 21 mars. Le dossier, les dates des réunions publiques et le questionnaire sont sur le site du Sytral. "
               "La Ville soutient le projet et a demandé une station au cœur de Parilly-Sud.")),
             decoys={"participation_displayed", "poll"}, parent=news),
        page(_VERNAY_NEWS[3][0], _VERNAY_NEWS[3][1], m.vendor_news("2025-01-20", "20 janvier 2025", "Sport",
             "Le Handball Club Vernay-Parilly change de logo pour ses 50 ans.",
             P("Trois propositions ont été dessinées par des élèves du lycée Mendès-France. Le vote est ouvert à tous sur le site du club jusqu'au 10 février ; "
               "le logo gagnant sera dévoilé lors du match du 15 février.")),
             decoys={"poll"}, parent=news),
        page("/newsletter", "Newsletter", P("Recevez chaque mois l'actualité de Vernay-Parilly.")
             + m.vendor_form("/newsletter/inscription", [("email", "email", "Adresse e-mail")], submit="S'abonner", form_id="newsletter"),
             decoys={"contact_form"}),
    ]


def _vernay_fluicity():
    bp = "/projets/budget-participatif-2025"
    ideas = ("Idées", "/idees")
    pages = [
        page("/", "Je participe à Vernay-Parilly", P("Bienvenue sur la plateforme de participation de Vernay-Parilly.") + m.fc_cards([
            (bp, "Budget participatif 2025", "Dépôt des projets jusqu'au 15 septembre", "23 projets"),
            ("/idees", "Boîte à idées", "Proposez, soutenez", "71 idées"),
            ("/sondages/marche-du-dimanche", "Un marché le dimanche à Parilly-Sud ?", "Sondage", "389 votes"),
            ("/consultations/parilly-sud-demain", "Parilly-Sud demain", "Concertation", "214 participants")], "home")),
        page(bp, "Budget participatif 2025", P(
            "300 000 € pour vos projets. Déposez un projet jusqu'au 15 septembre ; après étude, les habitants voteront en novembre.",
            f'<a class="fc-btn fc-btn--primary" href="{bp}/proposer">Proposer un projet</a>')
            + m.bullets("Des bancs le long du mail · proposé par Gisèle · 34 soutiens",
                        "Un abri pour les vélos devant le collège · proposé par les parents d'élèves · 21 soutiens", cls="fc-project-list"),
             features={"participatory_budget", "suggestion_call"}),
        page(bp + "/proposer", "Proposer un projet", m.fc_form("/api/projects", [
            ("text", "title", "Titre du projet"), ("textarea", "description", "Description"),
            ("select", "district", "Quartier", ["Centre", "Les Clochettes", "Parilly-Sud", "Les Vergers"]), ("text", "budget", "Coût estimé")], "Publier mon projet"),
             features={"participatory_budget", "suggestion_call"}, decoys={"contact_form"}, parent=("Budget participatif 2025", bp)),
        page("/idees", "Boîte à idées", P("Proposez vos idées pour Vernay-Parilly et soutenez celles des autres habitants. La Ville répond aux idées qui dépassent 30 soutiens.")
             + m.fc_cards([("/idees/un-composteur-collectif-aux-clochettes", "Un composteur collectif aux Clochettes", "Environnement", "42 soutiens")], "idees"),
             features={"suggestion_call"}),
        page("/idees/un-composteur-collectif-aux-clochettes", "Un composteur collectif aux Clochettes", P(
            "Installer un composteur partagé au pied des immeubles, avec un guide composteur formé par la Métropole.")
            + m.fc_comments([("Samir", "03/04/2025", "Je suis volontaire pour m'en occuper."),
                             ("Ville de Vernay-Parilly", "10/04/2025", "Idée retenue : installation prévue en juin avec le bailleur.")]),
             features={"suggestion_call", "comments"}, parent=ideas),
        page("/sondages/marche-du-dimanche", "Un marché le dimanche à Parilly-Sud ?", m.fc_poll(
            "/api/polls/12/answers", "Souhaitez-vous un marché le dimanche matin à Parilly-Sud ?", ["Oui", "Non", "Sans avis"], "30 juin 2025"),
             features={"poll"}),
        page("/consultations/parilly-sud-demain", "Parilly-Sud demain", P(
            "La concertation sur le renouvellement urbain de Parilly-Sud se poursuit en ligne. Retrouvez les comptes rendus des ateliers et des balades "
            "urbaines, le calendrier des prochaines rencontres et les réponses de l'équipe projet à vos questions.",
            "Prochain atelier : jeudi 12 juin, 18 h 30, maison du projet."),
             features={"participation_displayed"}),
        page("/connexion", "Se connecter", m.login_form("/connexion"), decoys={"contact_form"}),
    ]
    return Site(VERNAY_FC, "vendor", "Je participe - Vernay-Parilly", pages,
                menu=[("Accueil", "/"), ("Budget participatif", bp), ("Idées", "/idees")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}),
                address="Plateforme de participation de Vernay-Parilly")


def vernay_parilly() -> City:
    www = Site(VERNAY, "vendor", "Ville de Vernay-Parilly", _vernay_www(),
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Démocratie locale", "/democratie-locale"),
                     ("Je participe", f"http://{VERNAY_FC}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VernayParilly"), social("instagram", "vernay.parilly"),
                         social("linkedin", "ville-de-vernay-parilly")],
               address="Mairie, 20 avenue Jean-Jaurès, 69999 Vernay-Parilly")
    return City("99598", "Vernay-Parilly", 29710, "69", "84", "Auvergne-Rhône-Alpes", f"http://{VERNAY}/", [www, _vernay_fluicity()])


def cities():
    return [noisy_les_fontaines(), saulxieu_la_rize(), hellemont_lez_lys(), castelvieil_les_pins(), villiers_les_aulnes(),
            valmorin_sur_marne(), ris_les_coteaux(), vernay_parilly()]


def hosts():
    """The hosts served with this part's own layouts (id-city, Jenparle, Fluicity, the hand-written site), one with a JSON API."""
    sites = {s.host: s for c in cities() for s in c.sites}
    return {HELL_IDC: _LayoutHost(sites[HELL_IDC], m.layout_idcity, _hell_api()),
            CASTEL_JP: _LayoutHost(sites[CASTEL_JP], m.layout_jenparle),
            RIS: _LayoutHost(sites[RIS], m.layout_handmade),
            VERNAY_FC: _LayoutHost(sites[VERNAY_FC], m.layout_fluicity)}
