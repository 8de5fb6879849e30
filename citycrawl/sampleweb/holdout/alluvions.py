"""Holdout part "alluvions": eight river towns of 20,000 to 80,000 inhabitants whose sites are modern web
applications or headless-CMS fronts. Participation goes through mobile-first tools mirrored on the web (an app's
idea box, polls and reports, QR-code consultations, a budget's project map, an embedded platform, a neighbours'
app), beside city pages in their own words, and the lookalikes such sites carry."""
import json
from urllib.parse import unquote

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import alluvions_markup as m

ALL = ("contact_form", "participation_displayed", "forum", "comments", "poll", "petition", "suggestion_call",
       "participatory_budget", "participatory_platform", "territorial_social_network")


# ---- serving helpers -------------------------------------------------------------------------------------------

def _rendered_host(site, render):
    """A headless front: every page of the site rendered by ``render`` (robots.txt and 404 fall back)."""
    def special(request):
        found = site.by_path.get(request.target)
        return Reply.html(render(site, found)) if found else None
    return CustomHost(site, special)


class _App:
    """A web app mirrored from a mobile app: shells at the listed paths, a bundle and a JSON API."""

    def __init__(self, host, name, pages, api="/api/v1/ecrans", param="route", bundle="/assets/index-8d41c2.js", platform=None):
        self.host, self.name, self.api, self.param, self.bundle = host, name, api, param, bundle
        self.platform = platform  # a custom participation platform: its name
        self.pages = pages  # path -> (title, chapo, bloc, features, decoys)

    def site(self):
        pages = [page(path, title, "", features, decoys) for path, (title, _c, _b, features, decoys) in self.pages.items()]
        extra = dict(features=frozenset({"participatory_platform"}), platforms=frozenset({self.platform})) if self.platform else {}
        return Site(self.host, "vendor", self.name, pages, address=self.name, **extra)

    def host_object(self, site):
        js = m.bundle_js(self.api, self.param)

        def special(request):
            path, _, query = request.target.partition("?")
            if path in self.pages and not query:
                return Reply.html(m.app_shell(self.name, bundle=self.bundle))
            if path == self.bundle:
                return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], js.encode())
            if path == self.api:
                wanted = unquote(query.removeprefix(self.param + "="))
                if wanted in self.pages:
                    title, chapo, bloc, *_ = self.pages[wanted]
                    body = json.dumps({"titre": title, "chapo": chapo, "bloc": bloc}).encode()
                    return Reply(200, [("Content-Type", "application/json; charset=utf-8")], body)
                return Reply.text(404, "écran inconnu")
            return None
        return CustomHost(site, special)


_HOSTS = {}


def _news(*items):
    return m.teasers(items)


def _home(intro, quick, news, events, extra=""):
    return (f'<section class="hero"><p class="hero__lead">{intro}</p></section>' + m.quick_links(quick)
            + news + m.agenda(events) + extra)


# ---- 1. Saint-Limeuil-des-Graves: Next.js front of a headless CMS, the "Limeuil & Vous" app --------------------

def saint_limeuil() -> City:
    host, app_host = "www.saint-limeuil-des-graves.fr", "appli.saint-limeuil-des-graves.fr"
    app = f"http://{app_host}"
    accounts = [social("facebook", "SaintLimeuilDesGraves"), social("instagram", "saintlimeuil_graves"),
                social("linkedin", "ville-de-saint-limeuil-des-graves")]
    news = _news(("/actualites/parc-des-graves-donnez-votre-avis", "Parc des Graves : à vous de dessiner le futur parc", "3 mars"),
                 ("/actualites/marche-nocturne-resultats", "Marché nocturne : les résultats de la consultation", "18 février"),
                 ("/actualites/travaux-quai-de-garonne", "Travaux du quai de Garonne", "9 février"))
    P = ("Participer", "/participer")
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Saint-Limeuil-des-Graves, ville de bord de Garonne : démarches, actualités et services en ligne.",
            [("/demarches", "Démarches"), ("/participer", "Participer"), ("/application-limeuil-et-vous", "L'application"),
             ("/contact", "Contact"), ("/emploi", "Offres d'emploi"), ("/infos-pratiques/alertes", "Alertes SMS")],
            news, [("12 mars", "Conseil de quartier Bourg – Port", "/participer/conseils-de-quartier"),
                   ("20 mars", "Conseil municipal", "/vie-municipale/conseil-municipal")],
            m.cookie_banner("Saint-Limeuil-des-Graves"))),
        page("/participer", "Limeuil & Vous : participer à la vie de la ville", m.prose(
            "Limeuil & Vous, c'est la démarche de participation citoyenne lancée par la municipalité en 2022. Elle rassemble "
            "les quatre conseils de quartier, les consultations sur les grands projets et les outils numériques qui permettent "
            "à chacun de donner son avis, où qu'il soit.",
            "Chaque projet d'aménagement important fait l'objet d'une concertation avec les habitants avant le vote du conseil municipal.")
            + m.bullets('<a href="/participer/conseils-de-quartier">Les conseils de quartier</a>',
                        '<a href="/application-limeuil-et-vous">L\'application Limeuil &amp; Vous</a>',
                        '<a href="/actualites/parc-des-graves-donnez-votre-avis">La consultation sur le parc des Graves</a>',
                        '<a href="/participer/charte">La charte de la participation</a>'),
            {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "La ville compte quatre conseils de quartier : Bourg – Port, Les Graves, Le Bouscat-Haut et Lartigue. Chacun réunit "
            "des habitants volontaires, des représentants d'associations et deux élus référents.",
            "Les conseils se réunissent trois fois par an en séance ouverte au public. Ils rendent des avis sur les projets du "
            "quartier et disposent d'une enveloppe de 8 000 € pour de petits aménagements.",
            "Pour rejoindre votre conseil, écrivez au service Vie des quartiers depuis la page <a href=\"/contact\">Contact</a>.")
            + '<p><a href="/participer/conseils-de-quartier/compte-rendu-bourg-port">Compte rendu de la dernière séance (Bourg – Port)</a></p>',
            {"participation_displayed"}, parent=P),
        page("/participer/conseils-de-quartier/compte-rendu-bourg-port", "Conseil de quartier Bourg – Port : séance du 14 novembre",
             m.prose("Vingt-six habitants étaient présents. Ordre du jour : stationnement rue des Chais, éclairage du chemin de halage, "
                     "fête de quartier.", "Le conseil a émis un avis favorable à la zone de rencontre proposée rue des Chais, "
                     "sous réserve d'un essai de six mois. Prochaine séance ouverte à tous le 12 mars à la salle du Port."),
             {"participation_displayed"}, parent=("Les conseils de quartier", "/participer/conseils-de-quartier")),
        page("/participer/charte", "Charte de la participation citoyenne", m.prose(
            "La charte adoptée en conseil municipal fixe les engagements de la ville : informer avant de décider, publier "
            "les contributions reçues, rendre compte de ce qui a été retenu et pourquoi.",
            "Elle s'applique aux conseils de quartier, aux consultations et aux concertations réglementaires."),
             {"participation_displayed"}, parent=P),
        # the page presents the app's idea box and polls and invites residents to send ideas: an explicit call
        page("/application-limeuil-et-vous", "L'application Limeuil & Vous", m.prose(
            "Avec l'application Limeuil &amp; Vous, la mairie tient dans votre poche. Proposez vos idées pour la ville dans la boîte "
            "à idées, répondez aux sondages du moment et signalez un problème sur l'espace public (nid-de-poule, dépôt sauvage, "
            "lampadaire en panne).",
            f"Pas de smartphone ? Tout est aussi accessible sur le web : <a href=\"{app}/idees\">boîte à idées</a>, "
            f"<a href=\"{app}/sondages\">sondages</a>, <a href=\"{app}/petitions\">pétitions</a>, <a href=\"{app}/signaler\">signaler un problème</a>.")
            + m.store_badges("Limeuil & Vous"), {"suggestion_call", "participation_displayed"}, parent=P),
        # news about a QR-code consultation: the questionnaire itself is in the app, this page only points to it
        page("/actualites/parc-des-graves-donnez-votre-avis", "Parc des Graves : à vous de dessiner le futur parc", m.prose(
            "La ville engage la concertation sur l'aménagement des 4 hectares de l'ancienne gravière. Des panneaux avec QR code "
            "sont installés à l'entrée du site, à la médiathèque et au marché : flashez-les pour répondre au questionnaire.",
            f"Vous pouvez aussi répondre directement en ligne <a href=\"{app}/sondages/parc-des-graves\">sur l'application</a>, "
            "jusqu'au 30 avril. Une réunion publique de restitution aura lieu en juin.")
            + m.share_buttons(f"http://{host}/actualites/parc-des-graves-donnez-votre-avis"),
            {"participation_displayed"}, decoys={"poll"}),
        page("/actualites/marche-nocturne-resultats", "Marché nocturne : les résultats de la consultation", m.prose(
            "Vous avez été 1 214 à répondre au sondage de l'application sur le marché nocturne de l'été.")
            + m.poll_results("Quel soir pour le marché nocturne ?", [("Jeudi", 46, 558), ("Vendredi", 41, 498), ("Samedi", 13, 158)], "31 janvier")
            + m.prose("Le marché aura donc lieu le jeudi, de juin à août, quai de Garonne."), decoys={"poll"}),
        page("/actualites/travaux-quai-de-garonne", "Travaux du quai de Garonne", m.prose(
            "Les travaux de réfection du quai se poursuivent jusqu'en mai. La circulation est alternée entre la cale et le pont.")
            + m.works_map([("Quai de Garonne", "réfection de chaussée", 44.69, -0.41), ("Rue des Chais", "réseau d'eau", 44.70, -0.42)])
            + m.rating_widget("travaux-quai"), decoys={"poll", "contact_form"}),
        page("/infos-pratiques/alertes", "Alertes SMS et notifications", m.prose(
            "Crue de la Garonne, canicule, coupure d'eau : recevez les alertes de la ville par SMS ou notification de l'application. "
            "Ce service est un canal d'information descendant : il ne permet pas d'écrire à la mairie.")
            + '<form class="sms-alert" method="post" action="/api/alertes"><label for="al-tel">Numéro de mobile</label>'
              '<input id="al-tel" name="telephone" type="tel"><label><input type="checkbox" name="crues" checked> Crues</label>'
              '<label><input type="checkbox" name="travaux"> Travaux</label><button type="submit">M\'inscrire</button></form>',
             decoys={"contact_form", "territorial_social_network"}),
        page("/demarches", "Démarches en ligne", m.prose("Retrouvez les démarches les plus demandées.")
             + m.bullets('<a href="/demarches/cantine">Payer la cantine</a>', '<a href="/mon-compte">Mon compte citoyen</a>',
                         '<a href="/contact">Écrire à la mairie</a>') + m.chatbot("Garonnette"), decoys={"contact_form"}),
        page("/demarches/cantine", "Payer la restauration scolaire", m.payment("/api/paiement", "la facture de cantine"),
             decoys={"contact_form"}, parent=("Démarches", "/demarches")),
        page("/mon-compte", "Mon compte citoyen", m.login("/api/auth/login"), decoys={"contact_form"}),
        page("/contact", "Contacter la mairie", m.prose("Hôtel de ville, 1 place de la Mairie. Du lundi au vendredi, 8 h 30 – 17 h.")
             + m.contact_form("/api/contact") + m.chatbot("Garonnette"), {"contact_form"}),
        page("/emploi", "Offres d'emploi et appels à candidatures", m.prose(
            "La ville recrute un agent de médiathèque (catégorie C) et lance un appel à candidatures pour l'occupation du "
            "kiosque du quai. Candidatures par courrier ou via le portail emploi territorial."), decoys={"suggestion_call"}),
        page("/vie-municipale/conseil-municipal", "Conseil municipal", m.prose(
            "Prochaine séance le 20 mars à 18 h 30. Ordre du jour : budget primitif 2025, tarifs de l'école de musique, "
            "convention avec la communauté de communes.", "La séance est publique et retransmise en direct."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/securite/participation-citoyenne", "Dispositif de participation citoyenne", m.prose(
            "En lien avec la gendarmerie, des habitants référents signalent les faits inhabituels dans leur quartier. "
            "Le protocole de participation citoyenne a été signé avec la préfecture de la Gironde.",
            "Ce dispositif de vigilance ne remplace pas l'appel au 17."), decoys={"participation_displayed", "territorial_social_network"}),
        page("/accessibilite", "Accessibilité", m.prose("Le site est non conforme au RGAA 4.1 : l'audit est prévu en 2025."), ),
        page("/plan-du-site", "Plan du site", m.bullets(*[f'<a href="{h}">{t}</a>' for h, t in (
            ("/", "Accueil"), ("/participer", "Participer"), ("/demarches", "Démarches"), ("/contact", "Contact"),
            ("/emploi", "Emploi"), ("/securite/participation-citoyenne", "Participation citoyenne (gendarmerie)"))])),
    ]
    site = Site(host, "vendor", "Saint-Limeuil-des-Graves", pages,
                menu=[("Démarches", "/demarches"), ("Participer", "/participer"), ("Vie municipale", "/vie-municipale/conseil-municipal"),
                      ("Contact", "/contact")], accounts=accounts, address="1 place de la Mairie, 33990 Saint-Limeuil-des-Graves")
    acc_html = m.accounts_list(accounts)
    _HOSTS[host] = _rendered_host(site, lambda s, p: m.next_document(s, p, "#0b5d7a", acc_html))

    cats = ["Voirie", "Éclairage public", "Propreté / dépôt sauvage", "Espaces verts", "Mobilier urbain"]
    appli = _App(app_host, "Limeuil & Vous", {
        "/": ("Limeuil & Vous", "Votre ville dans la poche.",
              '<ul class="tiles"><li>Boîte à idées</li><li>Sondages</li><li>Signaler</li><li>Agenda</li></ul>', set(), set()),
        "/idees": ("Boîte à idées", "Une idée pour améliorer la ville ? Proposez-la : chaque idée reçoit une réponse sous un mois.",
                   m.idea_form("/api/v1/idees", "Proposer une idée"), {"suggestion_call", "contact_form"}, set()),
        "/sondages": ("Sondages", "Les sondages en cours et terminés.",
                      '<ul class="polls"><li>Parc des Graves — en cours</li><li>Marché nocturne — terminé</li></ul>', set(), set()),
        "/sondages/parc-des-graves": ("Parc des Graves : votre avis", "Questionnaire ouvert jusqu'au 30 avril (QR code sur site).",
                                      m.questionnaire("/api/v1/sondages/12/reponses", "Cinq questions, deux minutes.", [
                                          ("Comment venez-vous au parc ?", ["À pied", "À vélo", "En voiture"]),
                                          ("Que souhaitez-vous en priorité ?", ["Aire de jeux", "Prairie ombragée", "Jardins partagés", "Guinguette"])],
                                          "Une autre idée pour ce lieu ?"), {"poll"}, set()),
        "/sondages/marche-nocturne": ("Marché nocturne (terminé)", "Ce sondage est clos.",
                                      m.poll_results("Quel soir pour le marché nocturne ?", [("Jeudi", 46, 558), ("Vendredi", 41, 498), ("Samedi", 13, 158)], "31 janvier"),
                                      set(), {"poll"}),
        "/petitions": ("Pétitions citoyennes", "Une pétition qui réunit 500 signatures d'habitants est débattue en conseil municipal.",
                       m.petition_form("/api/v1/petitions/3/signatures", "Pour un passage piéton devant le collège des Graves", 268, 500),
                       {"petition"}, set()),
        # a report of a problem carries a free-text description sent to the services: a message to the city
        "/signaler": ("Signaler un problème", "Photographiez, localisez, envoyez : les services techniques sont prévenus.",
                      m.report_form("/api/v1/signalements", cats), {"contact_form"}, set()),
    # idea box, polls and petitions of the town's own app: a custom participation platform
    }, platform="Limeuil & Vous")
    app_site = appli.site()
    _HOSTS[app_host] = appli.host_object(app_site)
    return City("99381", "Saint-Limeuil-des-Graves", 34_200, "33", "75", "Nouvelle-Aquitaine", f"http://{host}/", [site, app_site])


# ---- 2. Brévillon-sur-Loire: Drupal, a participatory budget on Go Vocal embedded in the city's page -------------

def brevillon() -> City:
    host, gv = "www.brevillon-sur-loire.fr", "brevillon.govocal.com"
    G = f"http://{gv}"
    P = ("Démocratie participative", "/democratie-participative")
    news = _news(("/actualites/budget-participatif-vote", "Brévillon en Projets : le vote est ouvert", "2 avril"),
                 ("/actualites/rentree-des-quais", "Les quais de Loire fêtent la rentrée", "28 août"),
                 ("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", "10 mars"))
    pages = [
        page("/", "Accueil", _home("Ville de Brévillon-sur-Loire : l'essentiel de vos services et de l'actualité.",
             [("/democratie-participative", "Participer"), ("/budget-participatif", "Brévillon en Projets"), ("/contact", "Contact"),
              ("/newsletter", "Newsletter"), ("/enquete-publique-plu", "Enquête publique PLU"), ("/finances/budget-2025", "Budget 2025")],
             news, [("15 avril", "Comité de quartier des Mauves", "/democratie-participative/comites-de-quartier"),
                    ("24 avril", "Conseil municipal", "/finances/budget-2025")])),
        page("/democratie-participative", "Démocratie participative", m.prose(
            "Associer les Brévillonnais aux décisions qui les concernent : c'est l'objet des comités de quartier, du budget "
            "participatif et des consultations en ligne menées sur la plateforme de la ville.",
            "Depuis 2023, les consultations se déroulent sur un espace en ligne dédié, ouvert à tous à partir de 12 ans.")
            + m.bullets('<a href="/democratie-participative/comites-de-quartier">Comités de quartier</a>',
                        '<a href="/budget-participatif">Brévillon en Projets, le budget participatif</a>',
                        f'<a href="{G}/fr-FR/">La plateforme participative</a>', '<a href="/democratie-participative/sondage-mobilite">Sondage du mois</a>'),
            {"participation_displayed"}),
        page("/democratie-participative/comites-de-quartier", "Comités de quartier", m.prose(
            "Cinq comités de quartier (Centre, Les Mauves, Saint-Aignan, La Levée, Les Hauts) réunissent chacun une vingtaine "
            "d'habitants tirés au sort ou volontaires, pour deux ans.",
            "Ils se réunissent en assemblée ouverte deux fois par an et peuvent saisir le maire d'une question d'intérêt local."),
             {"participation_displayed"}, parent=P),
        page("/democratie-participative/sondage-mobilite", "Sondage : se déplacer à Brévillon",
             '<div class="layout-sidebar"><div class="main-col">' + m.prose(
                 "La ville prépare son plan vélo. Votre avis compte : répondez au sondage du mois dans la colonne.")
             + '</div><aside class="region region-sidebar"><div id="block-poll" class="block block-poll">'
             + m.poll_widget("/poll/14/vote", "Utiliseriez-vous une piste cyclable continue le long de la Loire ?", ["Oui, souvent", "Parfois", "Jamais"], "poll")
             + '</div></aside></div>', {"poll"}, parent=P),
        # the city page embeds the Go Vocal project: it shows the budget and the platform in the page
        page("/budget-participatif", "Brévillon en Projets, le budget participatif", m.prose(
            "Brévillon en Projets consacre 300 000 € par an à des projets proposés puis votés par les habitants. Dépôt des idées "
            "en janvier-février, étude de faisabilité au printemps, vote en avril, réalisation dans l'année.",
            "Tout se passe sur la plateforme, intégrée ci-dessous.")
            + m.iframe_embed(f"{G}/fr-FR/projects/brevillon-en-projets-2025", "Brévillon en Projets 2025")
            + m.prose('<a href="/budget-participatif/reglement">Lire le règlement</a> · <a href="/budget-participatif/laureats-2024">Les lauréats 2024</a>'),
            {"participatory_budget", "participatory_platform"}),
        page("/budget-participatif/reglement", "Règlement de Brévillon en Projets", m.prose(
            "Peut déposer un projet toute personne habitant Brévillon, dès 12 ans. Les projets relèvent de l'investissement, "
            "d'intérêt général, et ne dépassent pas 60 000 €.", "Le vote a lieu en ligne ou dans les urnes des maisons de quartier ; "
            "chaque votant choisit jusqu'à trois projets."), {"participatory_budget"}, parent=("Brévillon en Projets", "/budget-participatif")),
        page("/budget-participatif/laureats-2024", "Les lauréats de l'édition 2024", m.prose(
            "Édition 2024 : 2 871 votants, 9 projets lauréats réalisés ou en cours.") + m.bullets(
            "Un verger partagé aux Mauves (18 000 €)", "Des bancs le long de la Levée (9 500 €)", "Une boîte à livres par quartier (6 000 €)"),
             {"participatory_budget"}, parent=("Brévillon en Projets", "/budget-participatif")),
        page("/actualites/budget-participatif-vote", "Brévillon en Projets : le vote est ouvert", m.prose(
            "Vingt-quatre projets sont soumis au vote jusqu'au 30 avril. Votez en ligne sur la plateforme ou dans les urnes des maisons de quartier.",
            f'<a href="{G}/fr-FR/projects/brevillon-en-projets-2025">Voter pour mes projets</a>')
            + m.drupal_comments([("Annick", "3 avril", "Bravo pour le verger de l'an dernier, il est superbe."),
                                 ("Lucas B.", "4 avril", "Peut-on voter pour un projet d'un autre quartier ?")], 412),
             {"participatory_budget", "comments"}),
        page("/actualites/rentree-des-quais", "Les quais de Loire fêtent la rentrée", m.prose(
            "Concerts, guinguette et forum des associations le 7 septembre sur les quais. Plus de 90 associations seront présentes.")
            + '<p class="comments-closed">Les commentaires sont fermés pour cet article.</p>', decoys={"forum", "comments"}),
        page("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Le forum de l'emploi réunit 40 entreprises du bassin le 21 mars à l'espace Loire. Apportez vos CV !"), decoys={"forum"}),
        page("/enquete-publique-plu", "Enquête publique sur la modification du PLU", m.prose(
            "Une enquête publique est ouverte du 2 au 31 mai. Le dossier est consultable en mairie ; le commissaire enquêteur "
            "tiendra trois permanences. Les observations sont adressées au commissaire enquêteur par courrier ou sur le registre dématérialisé de la préfecture."),
             decoys={"poll", "participation_displayed"}),
        page("/finances/budget-2025", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'élève à 41,2 M€, dont 9,8 M€ d'investissement. Il a été voté le 24 mars.",
            "Il comprend l'enveloppe de 300 000 € de Brévillon en Projets, sans en détailler les projets."), decoys={"participatory_budget"}),
        page("/newsletter", "Recevoir la lettre d'information", m.newsletter("/newsletter/subscribe"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Mairie de Brévillon-sur-Loire, 2 place du Martroi.")
             + m.contact_form("/webform/contact", cls="webform-submission-form webform-submission-contact-form"), {"contact_form"}),
    ]
    www = Site(host, "drupal", "Brévillon-sur-Loire", pages,
               menu=[("Participer", "/democratie-participative"), ("Budget participatif", "/budget-participatif"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleBrevillonSurLoire"), social("youtube", "VilleDeBrevillon")],
               address="2 place du Martroi, 45170 Brévillon-sur-Loire")
    pr = "/fr-FR/projects/brevillon-en-projets-2025"
    projects = [("Un verger au parc de la Levée", "La Levée", "22 000 €", f"{pr}/ideas/verger-levee", 47.90, 1.90),
                ("Abri vélos couvert à la gare", "Centre", "35 000 €", f"{pr}/ideas/abri-velos-gare", 47.91, 1.91),
                ("Fontaine à eau place des Mauves", "Les Mauves", "14 000 €", f"{pr}/ideas/fontaine-mauves", 47.89, 1.92)]
    gpages = [
        # the platform's home lists the town's participation projects: it presents the approach
        page("/fr-FR/", "Brévillon participe", m.prose("Bienvenue sur la plateforme de participation de Brévillon-sur-Loire.")
             + m.bullets(f'<a href="{pr}">Brévillon en Projets 2025 (vote en cours)</a>', '<a href="/fr-FR/projects/plan-velo">Plan vélo : enquête</a>',
                         '<a href="/fr-FR/projects/cour-ecole-jaures">Cour de l\'école Jaurès (terminé)</a>'), {"participation_displayed"}),
        page(pr, "Brévillon en Projets 2025", m.prose("Phase 3 sur 4 : vote. Choisissez jusqu'à trois projets dans votre panier.")
             + m.project_map(projects, f"{pr}/vote"), {"participatory_budget"}),
        page(f"{pr}/vote", "Mon panier de vote", '<form class="e2e-voting-basket" method="post" action="/web_api/v1/baskets">'
             + "".join(f'<label><input type="checkbox" name="idea_ids[]" value="{i}"> {t} ({c})</label>' for i, (t, _q, c, *_r) in enumerate(projects))
             + '<button type="submit" id="e2e-voting-submit-button">Soumettre mon vote</button></form>', {"participatory_budget"}),
        *[page(href, t, m.prose(f"Quartier : {q}. Coût estimé : {c}.", "Projet déposé par un habitant, jugé faisable par les services.")
               + '<div id="e2e-comments-container" class="comments"><h2>Commentaires</h2><ul><li class="e2e-comment">Très bonne idée !</li></ul>'
               '<form class="e2e-comment-form" method="post" action="/web_api/v1/ideas/comments"><textarea name="comment[body_multiloc][fr-FR]" aria-label="Votre commentaire"></textarea>'
               '<button type="submit">Publier</button></form></div>', {"participatory_budget", "comments"}, parent=("Brévillon en Projets 2025", pr))
          for t, q, c, href, *_ in projects],
        page("/fr-FR/projects/plan-velo", "Plan vélo : enquête", m.questionnaire("/web_api/v1/projects/plan-velo/survey", "Enquête ouverte jusqu'au 15 mai.", [
            ("Combien de fois par semaine faites-vous du vélo ?", ["Jamais", "1 à 2 fois", "3 fois ou plus"]),
            ("Quel aménagement manque le plus ?", ["Pistes séparées", "Stationnements", "Zones 30"])]), {"poll"}),
        page("/fr-FR/projects/cour-ecole-jaures", "Cour de l'école Jaurès (terminé)", m.prose(
            "Cette enquête est terminée. 312 réponses ont été reçues ; la cour sera végétalisée à l'été.")
            + m.poll_results("Quelle cour voulez-vous ?", [("Cour jardin", 61, 190), ("Cour sportive", 39, 122)], "12 décembre"), decoys={"poll"}),
    ]
    gsite = Site(gv, "govocal", "Brévillon participe", gpages, menu=[("Accueil", "/fr-FR/"), ("Projets", pr)], redirects={"/": "/fr-FR/"},
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"Go Vocal"}))
    return City("99382", "Brévillon-sur-Loire", 27_800, "45", "24", "Centre-Val de Loire", f"http://{host}/", [www, gsite])


# ---- 3. Mérange-la-Rivière: vendor CMS, "Mérange Imagine" on Decidim, an information-only app ---------------------

def merange() -> City:
    host, dc = "www.merange-la-riviere.fr", "participer.merange-la-riviere.fr"
    D = f"http://{dc}"
    bp = "/processes/merange-imagine-2025"
    P = ("Citoyenneté", "/citoyennete")
    news = _news(("/actualites/merange-imagine-depot", "Mérange Imagine : déposez vos projets !", "6 janvier"),
                 ("/actualites/passerelle-qr-consultation", "Passerelle de la Seille : scannez, répondez", "14 février"),
                 ("/actualites/appli-merange-mobile", "Mérange Mobile : la nouvelle appli d'information", "2 décembre"))
    pages = [
        page("/", "Accueil", _home("Mérange-la-Rivière, ville de Moselle au bord de la Seille.",
             [("/citoyennete", "Citoyenneté"), ("/citoyennete/merange-imagine", "Mérange Imagine"), ("/contact", "Nous écrire"),
              ("/marches-publics", "Marchés publics"), ("/recensement", "Recensement"), ("/application-merange-mobile", "Appli Mérange Mobile")],
             news, [("8 février", "Conseil de quartier Rive Gauche", "/citoyennete/conseils-de-quartier")])),
        page("/citoyennete", "Citoyenneté et participation", m.prose(
            "Conseils de quartier, conseil municipal des jeunes, concertations et budget participatif : la ville associe les habitants "
            "aux projets qui transforment Mérange.") + m.bullets(
            '<a href="/citoyennete/conseils-de-quartier">Les conseils de quartier</a>', '<a href="/citoyennete/merange-imagine">Mérange Imagine</a>',
            f'<a href="{D}/">La plateforme participer.merange-la-riviere.fr</a>'), {"participation_displayed"}),
        page("/citoyennete/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Rive Gauche, Rive Droite, Les Coteaux : chaque conseil de quartier tient une réunion publique par trimestre. "
            "Les habitants y interpellent les élus et suivent les petits travaux du quartier.",
            "Les comptes rendus sont publiés sur la plateforme participative."), {"participation_displayed"}, parent=P),
        page("/citoyennete/merange-imagine", "Mérange Imagine, notre budget participatif", m.prose(
            "Avec Mérange Imagine, 250 000 € du budget d'investissement sont confiés aux idées des habitants. Quatre étapes : dépôt des "
            "projets, analyse par les services, vote, réalisation.", f'Tout se passe sur <a href="{D}{bp}">participer.merange-la-riviere.fr</a>.'),
             {"participatory_budget"}, parent=P),
        page("/actualites/merange-imagine-depot", "Mérange Imagine : déposez vos projets !", m.prose(
            "Du 6 janvier au 28 février, proposez vos projets pour la ville sur la plateforme : un banc, un jardin, une fresque…",
            f'<a href="{D}{bp}/f/3/proposals/new">Déposer mon projet</a>'), {"participatory_budget", "suggestion_call"}),
        # the QR-code consultation is answered on this page: a questionnaire form on the city's own page
        page("/actualites/passerelle-qr-consultation", "Passerelle de la Seille : scannez, répondez", m.prose(
            "Les QR codes posés aux deux rives renvoient vers ce questionnaire sur la future passerelle piétonne.")
            + m.questionnaire("/formulaires/passerelle", "Consultation ouverte jusqu'au 31 mars.", [
                ("Traversez-vous la Seille à pied ?", ["Tous les jours", "Parfois", "Jamais"]),
                ("Quelle largeur privilégier ?", ["Passerelle piétonne", "Passerelle mixte piétons-vélos"])]), {"poll"}),
        page("/actualites/appli-merange-mobile", "Mérange Mobile : la nouvelle appli d'information", m.prose(
            "Menus de la cantine, collectes, alertes météo et fermetures : Mérange Mobile envoie les informations de la ville sur votre téléphone.",
            "L'application est un outil d'information : pour participer, rendez-vous sur la plateforme participative.")
            + m.store_badges("Mérange Mobile"), decoys={"participatory_platform", "territorial_social_network"}),
        page("/application-merange-mobile", "Application Mérange Mobile", m.prose(
            "Téléchargez l'application pour recevoir les alertes (inondation, travaux, collectes). Aucune inscription nécessaire.")
            + m.store_badges("Mérange Mobile") + m.rating_widget("appli"), decoys={"participatory_platform", "poll", "contact_form"}),
        page("/marches-publics", "Marchés publics et appels d'offres", m.prose(
            "Appel d'offres : entretien des espaces verts 2025-2028. Date limite de réception des offres : 14 mars, 12 h.",
            "Appel à projets culturels 2025 pour les compagnies professionnelles : dossier à télécharger."), decoys={"suggestion_call"}),
        page("/recensement", "Recensement de la population", m.prose(
            "Le recensement a lieu du 16 janvier au 22 février. Un agent recenseur vous remettra vos codes pour répondre en ligne "
            "au questionnaire de l'INSEE."), decoys={"poll"}),
        page("/contact", "Nous écrire", m.contact_form("/formulaires/contact", ("Question", "Réclamation", "Conseil de quartier", "Autre")),
             {"contact_form"}),
    ]
    www = Site(host, "vendor", "Ville de Mérange-la-Rivière", pages,
               menu=[("Citoyenneté", "/citoyennete"), ("Actualités", "/actualites/merange-imagine-depot"), ("Contact", "/contact")],
               accounts=[social("facebook", "MerangeLaRiviere"), social("x", "MerangeRiviere")], address="Place de la République, 57420 Mérange-la-Riviere")
    props = [("Une fresque sous le pont", "Fresque participative avec les jeunes du quartier.", 64, f"{bp}/f/3/proposals/41"),
             ("Jardin partagé des Coteaux", "Des bacs potagers en accès libre.", 112, f"{bp}/f/3/proposals/42")]
    dpages = [
        # the platform's home lists the town's processes and initiatives: it presents the approach
        page("/", "Participer à Mérange", m.prose("La plateforme de participation de la ville de Mérange-la-Rivière.")
             + m.bullets(f'<a href="/processes">Les processus</a>', f'<a href="{bp}">Mérange Imagine 2025</a>',
                         '<a href="/processes/merange-imagine-2024">Mérange Imagine 2024 (terminé)</a>', '<a href="/initiatives">Initiatives citoyennes</a>',
                         '<a href="/processes/comptes-rendus-quartiers">Comptes rendus des conseils de quartier</a>'), {"participation_displayed"}),
        page("/processes", "Processus participatifs", m.bullets(f'<a href="{bp}">Mérange Imagine 2025 — dépôt des projets</a>',
             '<a href="/processes/ecoute-seille">Écoute Seille : questionnaire</a>'), {"participation_displayed"}),
        page(bp, "Mérange Imagine 2025", m.prose("Étape en cours : dépôt des projets (6 janvier – 28 février). Étapes suivantes : analyse, vote en mai.")
             + m.bullets(f'<a href="{bp}/f/3/proposals">Voir les projets déposés</a>', f'<a href="{bp}/f/3/proposals/new">Déposer un projet</a>',
                         f'<a href="{bp}/pages/reglement">Règlement</a>'), {"participatory_budget"}),
        page(f"{bp}/pages/reglement", "Règlement de Mérange Imagine", m.prose(
            "Porteurs : habitants de 11 ans et plus, associations. Projets d'investissement de 80 000 € au plus, sur le domaine communal."),
             {"participatory_budget"}),
        page(f"{bp}/f/3/proposals", "Projets déposés", "".join(m.decidim_card(t, b, s, h, 2) for t, b, s, h in props), {"participatory_budget"}),
        page(f"{bp}/f/3/proposals/new", "Déposer un projet", '<form class="new_proposal" action="' + bp + '/f/3/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input id="proposal_title" name="proposal[title]">'
             '<label for="proposal_body">Description du projet</label><textarea id="proposal_body" name="proposal[body]" rows="8"></textarea>'
             '<label for="proposal_address">Adresse</label><input id="proposal_address" name="proposal[address]">'
             '<button type="submit" class="button button__secondary">Continuer</button></form>', {"participatory_budget", "suggestion_call"}),
        *[page(h, t, m.prose(b, f"{s} soutiens.") + m.decidim_comments([("Hélène M.", "12/01", "Bonne idée pour les ados."), ("Karim", "15/01", "Et l'entretien ?")], f"proposal-{h[-2:]}"),
               {"participatory_budget", "comments"}, parent=("Projets déposés", f"{bp}/f/3/proposals")) for t, b, s, h in props],
        page("/processes/merange-imagine-2024", "Mérange Imagine 2024 (terminé)", m.prose("Édition 2024 : 1 940 votants, 7 projets lauréats.")
             + m.bullets("Aire de fitness des Coteaux — 31 000 €", "Îlot de fraîcheur place Verte — 44 000 €", "Nichoirs et hôtels à insectes — 5 000 €"),
             {"participatory_budget"}),
        page("/processes/ecoute-seille", "Écoute Seille : questionnaire", '<div class="survey">' + m.questionnaire(
            "/processes/ecoute-seille/f/8/survey/answer", "Berges de la Seille : dites-nous comment vous les utilisez.", [
                ("Fréquentez-vous les berges ?", ["Chaque semaine", "Chaque mois", "Rarement"]),
                ("Souhaitez-vous une baignade surveillée ?", ["Oui", "Non", "Je ne sais pas"])]) + "</div>", {"poll"}),
        page("/processes/comptes-rendus-quartiers", "Comptes rendus des conseils de quartier", m.prose(
            "Rive Gauche, 8 février : 34 participants, avis sur le plan de circulation. Les Coteaux, 15 février : sécurité aux abords de l'école."),
             {"participation_displayed"}),
        page("/initiatives", "Initiatives citoyennes", m.prose("Une initiative qui recueille 500 signatures d'habitants en trois mois est inscrite à l'ordre du jour du conseil municipal.")
             + m.petition_form("/initiatives/i-7/signatures", "Pour une navette gratuite le samedi", 322, 500), {"petition"}),
    ]
    dsite = Site(dc, "decidim", "Participer à Mérange", dpages, menu=[("Accueil", "/"), ("Processus", "/processes"), ("Initiatives", "/initiatives")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"Decidim"}))
    return City("99383", "Mérange-la-Rivière", 41_500, "57", "44", "Grand Est", f"http://{host}/", [www, dsite])


# ---- 4. Castelgrave: WordPress, an idea box and polls on Fluicity -------------------------------------------------

def _flui_render(site, pg):
    menu = "".join(f'<a class="flui-nav__link" href="{h}">{l}</a>' for l, h in site.menu)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{pg.title} | {site.title} – Fluicity</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/main.f1c2a3.css">
<script defer src="/static/js/main.9e8d7c.js"></script></head><body class="flui-app">
<div id="root"><header class="flui-header"><a class="flui-header__brand" href="/">{site.title}</a><nav class="flui-nav">{menu}</nav>
<a class="flui-header__login" href="/login">Se connecter</a></header>
<main class="flui-main"><h1>{pg.title}</h1>{pg.body}</main>
<footer class="flui-footer"><a href="/cgu">CGU</a> · Propulsé par Fluicity · Téléchargez l'application Fluicity</footer></div></body></html>"""


def castelgrave() -> City:
    host, fl = "www.castelgrave.fr", "castelgrave.flui.city"
    F = f"http://{fl}"
    news_items = (("/2025/02/nouvelle-boite-a-idees", "La boîte à idées passe sur Fluicity", "11 février"),
                  ("/2025/01/voeux-du-maire", "Les vœux du maire", "15 janvier"),
                  ("/2024/12/forum-des-associations", "Retour sur le forum des associations", "12 décembre"))
    sidebar = ('<aside id="secondary" class="widget-area"><section class="widget widget_polls-widget">'
               + m.poll_widget("/wp-admin/admin-ajax.php?action=polls", "Faut-il piétonniser la place de la Halle le samedi ?", ["Oui", "Non", "Seulement l'été"], "wp-polls")
               + '</section></aside>')
    pages = [
        page("/", "Accueil", _home("Castelgrave, cité de la Garonne et du Tarn.",
             [("/mairie/participation", "Participation citoyenne"), ("/mairie/comites-de-quartier", "Comités de quartier"),
              ("/contact", "Contact"), ("/vie-associative/subventions", "Subventions aux associations"), ("/vie-pratique/place-de-la-halle", "Place de la Halle"),
              ("/vie-pratique/reservation-salles", "Réserver une salle")], m.teasers(news_items), [("22 mars", "Réunion de quartier Saint-Roch", "/mairie/comites-de-quartier")])),
        page("/mairie/participation", "Participation citoyenne", m.prose(
            "La municipalité a choisi l'application Fluicity pour dialoguer avec les Castelgravais : boîte à idées, sondages et "
            "informations sur les projets, sur mobile comme sur ordinateur.",
            f'Rejoignez l\'espace de Castelgrave : <a href="{F}/">castelgrave.flui.city</a>. Les comités de quartier complètent ce dispositif.'),
             {"participation_displayed"}),
        page("/mairie/comites-de-quartier", "Comités de quartier", m.prose(
            "Quatre comités (Saint-Roch, Le Port, La Bastide, Les Albarèdes) se réunissent chaque trimestre avec l'adjoint à la vie des quartiers.",
            "Les réunions sont ouvertes à tous les habitants du quartier ; l'ordre du jour est fixé avec les référents bénévoles."),
             {"participation_displayed"}),
        page("/vie-pratique/place-de-la-halle", "Place de la Halle : votre avis",
             '<div class="content-area">' + m.prose("Le marché du samedi attire de plus en plus de monde. La ville étudie une piétonnisation.") + "</div>" + sidebar,
             {"poll"}),
        page("/2025/02/nouvelle-boite-a-idees", "La boîte à idées passe sur Fluicity", m.prose(
            "L'ancienne boîte à idées en papier de l'accueil laisse la place à un espace en ligne. Vous avez une idée pour Castelgrave ? "
            f'Proposez-la sur <a href="{F}/idees">l\'espace Fluicity de la ville</a> : les autres habitants peuvent la soutenir et la mairie y répond.')
             + m.wp_comments([("Mireille", "12 février", "Et pour ceux qui n'ont pas internet ?"),
                              ("Mairie de Castelgrave", "12 février", "Les fiches papier restent disponibles à l'accueil.")], 311)
             + m.share_buttons(f"http://{host}/2025/02/nouvelle-boite-a-idees"), {"suggestion_call", "comments"}),
        page("/2025/01/voeux-du-maire", "Les vœux du maire", m.prose(
            "Dans ses vœux, le maire a rappelé les chantiers de l'année : la halle, les quais, et la poursuite du dialogue avec les habitants, "
            "notamment via la boîte à idées en ligne.") + m.wp_comments_closed(), decoys={"suggestion_call", "participation_displayed", "comments"}),
        page("/2024/12/forum-des-associations", "Retour sur le forum des associations", m.prose(
            "Plus de 1 500 visiteurs au forum des associations du 7 septembre au gymnase Jean-Bouin.")
             + m.wp_comments([("Club de canoë", "13 décembre", "Merci à tous, 40 inscrits !")], 298), {"comments"}, decoys={"forum"}),
        page("/vie-associative/subventions", "Subventions aux associations : appel à projets 2025", m.prose(
            "L'appel à projets associatifs est ouvert jusqu'au 15 mars. Les associations déposent leur dossier de demande de subvention en ligne.",
            "Ce dispositif concerne les associations ; il ne s'agit pas d'un appel à idées des habitants."), decoys={"suggestion_call"}),
        page("/vie-pratique/reservation-salles", "Réserver une salle municipale", m.booking("/reservation", "une salle", ["Salle des fêtes", "Salle du Port", "Maison des Albarèdes"]),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.contact_form("/contact/#wpcf7-f12-o1", cls="wpcf7-form init"), {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Ville de Castelgrave", pages,
               menu=[("Mairie", "/mairie/participation"), ("Vie pratique", "/vie-pratique/place-de-la-halle"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeCastelgrave"), social("instagram", "castelgrave_officiel")], address="Hôtel de ville, 82450 Castelgrave")
    ideas = [("Des toilettes publiques au port", "Il n'y en a aucune entre le port et la halle.", 87, "/idees/1412"),
             ("Un parcours santé aux Albarèdes", "Quelques agrès le long du chemin du bord de l'eau.", 54, "/idees/1418")]
    fpages = [
        page("/", "Castelgrave", m.prose("Bienvenue sur l'espace participatif de la ville de Castelgrave.")
             + m.bullets('<a href="/idees">Boîte à idées</a>', '<a href="/sondages/eclairage-nocturne">Sondage : éclairage nocturne</a>',
                         '<a href="/sondages/nom-de-la-passerelle">Nom de la passerelle (terminé)</a>'), {"participation_displayed"}),
        page("/idees", "Boîte à idées", m.prose("Une idée pour la ville ? Publiez-la, soutenez celles des autres.")
             + "".join(m.fluicity_card(t, e, l, h) for t, e, l, h in ideas) + m.idea_form("/api/ideas", "Proposer une idée"),
             {"suggestion_call", "contact_form"}),
        # one idea and its comments: the call for ideas is on the idea box's page, not on each idea
        *[page(h, t, m.prose(e, f"{l} soutiens — La mairie étudie cette idée.") + '<section class="flui-comments"><h2>Commentaires</h2>'
               '<p class="flui-comment">Tout à fait d\'accord.</p><form method="post" action="/api/comments"><textarea name="content" aria-label="Commenter"></textarea>'
               '<button type="submit">Commenter</button></form></section>', {"comments"}, parent=("Boîte à idées", "/idees")) for t, e, l, h in ideas],
        page("/sondages/eclairage-nocturne", "Sondage : éclairage nocturne", m.questionnaire("/api/polls/77/answers", "Sondage ouvert jusqu'au 10 avril.", [
            ("Êtes-vous favorable à l'extinction de l'éclairage de 0 h à 5 h ?", ["Oui", "Non", "Sans avis"])]), {"poll"}),
        page("/sondages/nom-de-la-passerelle", "Nom de la passerelle (terminé)", m.poll_results(
            "Quel nom pour la passerelle ?", [("Passerelle des Bateliers", 52, 404), ("Passerelle Olympe de Gouges", 48, 373)], "15 novembre"), decoys={"poll"}),
        page("/login", "Se connecter", m.login("/api/auth", label="Connexion à Fluicity"), decoys={"contact_form"}),
        page("/cgu", "Conditions générales d'utilisation", m.prose("Les contributions respectent la charte de modération de la ville.")),
    ]
    fsite = Site(fl, "vendor", "Castelgrave", fpages, menu=[("Accueil", "/"), ("Idées", "/idees")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"Fluicity"}))
    _HOSTS[fl] = _rendered_host(fsite, _flui_render)
    return City("99384", "Castelgrave", 23_900, "82", "76", "Occitanie", f"http://{host}/", [www, fsite])


# ---- 5. Pontaubert-les-Îles: TYPO3, a right of petition, "Les Îles à projets" on Cap Collectif --------------------

def pontaubert() -> City:
    host, cc = "www.pontaubert-les-iles.fr", "pontaubert-les-iles.cap-collectif.com"
    C = f"http://{cc}"
    bp = "/project/les-iles-a-projets-2025"
    news = _news(("/actualites/les-iles-a-projets-vote", "Les Îles à projets : votez jusqu'au 15 juin", "20 mai"),
                 ("/actualites/petition-halte-fluviale", "Pétition citoyenne : la halte fluviale au conseil", "7 mai"),
                 ("/actualites/petitions-nationales", "Pétitions nationales : comment ça marche ?", "2 avril"))
    pages = [
        page("/", "Accueil", _home("Pontaubert-les-Îles, ville de Saône : services, démarches, agenda.",
             [("/vivre-ensemble/participer", "Participer"), ("/vivre-ensemble/droit-de-petition", "Droit de pétition"),
              ("/vivre-ensemble/assemblees-de-quartier", "Assemblées de quartier"), ("/contact", "Contact"), ("/inscriptions-scolaires", "Inscriptions scolaires"),
              ("/concours-photo", "Concours photo")], news, [("3 juin", "Assemblée de quartier de l'Île Saint-Laurent", "/vivre-ensemble/assemblees-de-quartier")])),
        page("/vivre-ensemble/participer", "Participer à la vie locale", m.prose(
            "Assemblées de quartier, droit de pétition, budget participatif : la ville a fait de la participation une méthode de travail.",
            f'Le budget participatif se déroule sur <a href="{C}/">la plateforme de participation</a>.')
            + m.bullets('<a href="/vivre-ensemble/assemblees-de-quartier">Assemblées de quartier</a>', '<a href="/vivre-ensemble/droit-de-petition">Droit de pétition</a>'),
             {"participation_displayed"}),
        page("/vivre-ensemble/assemblees-de-quartier", "Assemblées de quartier", m.prose(
            "Six assemblées de quartier sont ouvertes à tous les habitants. Un bureau de huit membres prépare les réunions et porte les "
            "propositions auprès du maire. Chaque assemblée dispose d'un budget de fonctionnement de 3 000 €."),
             {"participation_displayed"}, parent=("Participer", "/vivre-ensemble/participer")),
        page("/vivre-ensemble/droit-de-petition", "Le droit de pétition local", m.prose(
            "Toute pétition signée par 1 % des habitants majeurs est examinée en conseil municipal. Déposez votre pétition ou signez celles en cours.")
            + m.petition_form("/vivre-ensemble/droit-de-petition/signer", "Pour une halte fluviale aménagée quai Saint-Cosme", 412, 400),
             {"petition"}, parent=("Participer", "/vivre-ensemble/participer")),
        page("/actualites/petition-halte-fluviale", "Pétition citoyenne : la halte fluviale au conseil", m.prose(
            "Avec 412 signatures, la pétition pour une halte fluviale a franchi le seuil du droit de pétition : elle sera examinée au conseil municipal du 26 juin.",
            '<a href="/vivre-ensemble/droit-de-petition">En savoir plus sur le droit de pétition</a>'), decoys={"petition"}),
        page("/actualites/petitions-nationales", "Pétitions nationales : comment ça marche ?", m.prose(
            "Les pétitions adressées à l'Assemblée nationale ou au Sénat se déposent sur leurs sites respectifs. La mairie n'intervient pas dans ces procédures."),
             decoys={"petition"}),
        page("/actualites/les-iles-a-projets-vote", "Les Îles à projets : votez jusqu'au 15 juin", m.prose(
            "32 projets sont soumis au vote. Chaque habitant de plus de 11 ans dispose de 3 voix.", f'<a href="{C}{bp}/vote">Je vote</a>'),
             {"participatory_budget"}),
        page("/concours-photo", "Concours photo « Reflets de Saône »", m.prose(
            "Envoyez jusqu'à trois photos avant le 30 juin ; un jury désignera les lauréats exposés à la médiathèque."), decoys={"suggestion_call"}),
        page("/inscriptions-scolaires", "Inscriptions scolaires", m.registration("/inscriptions-scolaires/formulaire", "rentrée 2025"), decoys={"contact_form"}),
        page("/contact", "Contact", m.contact_form("/contact?tx_powermail_pi1%5Baction%5D=create", cls="powermail_form powermail_form_1"), {"contact_form"}),
    ]
    www = Site(host, "typo3", "Pontaubert-les-Îles", pages,
               menu=[("Vivre ensemble", "/vivre-ensemble/participer"), ("Actualités", "/actualites/les-iles-a-projets-vote"), ("Contact", "/contact")],
               accounts=[social("facebook", "PontaubertLesIles"), social("mastodon", "pontaubert@social.sciences.re")],
               address="Hôtel de ville, quai Saint-Cosme, 71200 Pontaubert-les-Îles")
    cpages = [
        page("/", "Pontaubert participe", m.prose("La plateforme de participation de Pontaubert-les-Îles.")
             + m.bullets(f'<a href="{bp}/presentation">Les Îles à projets 2025</a>', '<a href="/project/questionnaire-mobilites/questionnaire">Questionnaire mobilités</a>',
                         '<a href="/project/les-iles-a-projets-2024/laureats">Édition 2024 : les lauréats</a>'), {"participation_displayed"}),
        page(f"{bp}/presentation", "Les Îles à projets : présentation", m.prose(
            "400 000 € pour vos projets. Étape 1 : dépôt (terminé). Étape 2 : analyse (terminé). Étape 3 : vote (en cours)."),
             {"participatory_budget"}),
        # the filing step is over: the budget is shown, but ideas can no longer be sent
        page(f"{bp}/depot", "Étape de dépôt (terminée)", m.prose("Le dépôt des projets est clos depuis le 31 mars : 87 projets déposés, 32 retenus pour le vote."),
             {"participatory_budget"}, decoys={"suggestion_call"}),
        page(f"{bp}/vote", "Voter", '<div class="proposal-list">' + "".join(
            f'<div class="proposal__preview"><h3 class="proposal__title">{t}</h3><p>{q} · {c}</p>'
            f'<form method="post" action="/graphql"><input type="hidden" name="proposalId" value="{i}"><button class="proposal__button-vote">Voter</button></form></div>'
            for i, (t, q, c) in enumerate([("Ponton de pêche accessible", "Île Saint-Laurent", "28 000 €"), ("Fresque du quai", "Centre", "12 000 €")]))
             + '</div>' + '<p><a href="' + bp + '/depot">Revoir l\'étape de dépôt</a></p>', {"participatory_budget"}),
        page("/project/les-iles-a-projets-2024/laureats", "Édition 2024 : les lauréats", m.bullets(
            "Table de pique-nique en bord de Saône", "Composteurs de quartier", "Skatepark des Chavannes"), {"participatory_budget"}),
        page("/project/questionnaire-mobilites/questionnaire", "Questionnaire mobilités", m.questionnaire("/graphql", "Répondez avant le 30 juin.", [
            ("Comment allez-vous au travail ?", ["Voiture", "Bus", "Vélo", "À pied"]), ("Le bus passe-t-il assez souvent ?", ["Oui", "Non"])],
            "Vos remarques"), {"poll"}),
    ]
    csite = Site(cc, "capcollectif", "Pontaubert participe", cpages, menu=[("Accueil", "/"), ("Budget participatif", f"{bp}/presentation")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"Cap Collectif"}))
    return City("99385", "Pontaubert-les-Îles", 52_300, "71", "27", "Bourgogne-Franche-Comté", f"http://{host}/", [www, csite])


# ---- 6. Villerame: Nuxt front, a neighbours' app, Publik e-services -----------------------------------------------

def villerame() -> City:
    host, vo, pub = "www.villerame.fr", "voisins.villerame.fr", "demarches.villerame.fr"
    V, Pb = f"http://{vo}", f"http://{pub}"
    P = ("Ville participative", "/ville-participative")
    accounts = [social("facebook", "Villerame"), social("instagram", "villerame"), social("bluesky", "villerame.fr")]
    news = _news(("/actualites/voisins-de-villerame", "Voisins de Villerame : l'appli qui rapproche", "4 mars"),
                 ("/actualites/assises-de-la-participation", "Assises de la participation : le bilan", "12 février"),
                 ("/actualites/sondage-satisfaction-resultats", "Enquête de satisfaction : les résultats", "30 janvier"))
    pages = [
        page("/", "Accueil", _home("Villerame, 68 000 habitants entre Saône et monts du Lyonnais.",
             [("/ville-participative", "Ville participative"), ("/ville-participative/reseau-de-voisins", "Réseau de voisins"),
              (f"{Pb}/", "Démarches en ligne"), ("/contact", "Contact"), ("/ville-participative/conseils-de-quartier", "Conseils de quartier"),
              ("/aide", "Besoin d'aide ?")], news, [("18 mars", "Conseil de quartier Gerland-Nord", "/ville-participative/conseils-de-quartier")],
             m.cookie_banner("Ville de Villerame"))),
        page("/ville-participative", "Villerame, ville participative", m.prose(
            "Nos engagements : consulter avant chaque grand projet, rendre compte des avis reçus, soutenir les initiatives d'habitants.",
            "La charte de la participation, adoptée après les Assises de la participation, organise les conseils de quartier, les comités "
            "d'habitants et les concertations.") + m.bullets('<a href="/ville-participative/conseils-de-quartier">Conseils de quartier</a>',
            '<a href="/ville-participative/reseau-de-voisins">Le réseau Voisins de Villerame</a>', f'<a href="{Pb}/boite-a-idees/">Boîte à idées</a>'),
             {"participation_displayed"}),
        page("/ville-participative/conseils-de-quartier", "Conseils de quartier et comités d'habitants", m.prose(
            "Neuf conseils de quartier, composés d'habitants tirés au sort sur les listes électorales et de volontaires, rendent des avis "
            "sur les projets d'aménagement. Les comités d'habitants des résidences sociales complètent ce maillage.",
            "Les réunions plénières sont publiques ; les dates figurent à l'agenda."), {"participation_displayed"}, parent=P),
        page("/ville-participative/reseau-de-voisins", "Voisins de Villerame, le réseau social de quartier", m.prose(
            "Prêter une perceuse, trouver un covoiturage, organiser la fête des voisins : la ville met à disposition de ses habitants un réseau "
            "social de proximité, gratuit et sans publicité, modéré par le service Vie des quartiers.",
            f'Inscrivez-vous sur <a href="{V}/">voisins.villerame.fr</a> ou téléchargez l\'application.') + m.store_badges("Voisins de Villerame"),
             {"territorial_social_network"}, parent=P),
        page("/actualites/voisins-de-villerame", "Voisins de Villerame : l'appli qui rapproche", m.prose(
            "Lancé en septembre, le réseau compte déjà 4 200 membres. Les plus actifs sont à Gerland-Nord et aux Tanneries.",
            f'<a href="{V}/">Rejoindre le réseau</a>'), {"territorial_social_network"}),
        page("/actualites/assises-de-la-participation", "Assises de la participation : le bilan", m.prose(
            "En passant : 600 habitants ont participé aux ateliers. Le détail des engagements est présenté sur la page Ville participative."),
             decoys={"participation_displayed"}),
        page("/actualites/sondage-satisfaction-resultats", "Enquête de satisfaction : les résultats", m.poll_results(
            "Êtes-vous satisfait de l'accueil en mairie ?", [("Très satisfait", 38, 570), ("Satisfait", 44, 660), ("Peu ou pas satisfait", 18, 270)], "15 janvier"),
             decoys={"poll"}),
        page("/securite/voisins-vigilants", "Participation citoyenne et vigilance", m.prose(
            "La police municipale et la gendarmerie animent le dispositif de participation citoyenne dans trois quartiers pavillonnaires. "
            "Il ne s'agit pas du réseau Voisins de Villerame."), decoys={"participation_displayed", "territorial_social_network"}),
        page("/aide", "Besoin d'aide ?", m.prose("Questions fréquentes : horaires, papiers d'identité, collecte des déchets.") + m.chatbot("Rami"),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose(f'Pour toute question, utilisez le <a href="{Pb}/contact/">formulaire de contact en ligne</a> ou appelez le 04 72 00 00 00.')),
        page("/mentions-legales", "Mentions légales", m.prose("Directeur de la publication : le maire de Villerame. Hébergement en France.")),
        page("/donnees-personnelles", "Données personnelles", m.prose("Vos données sont traitées conformément au RGPD.")),
    ]
    site = Site(host, "vendor", "Ville de Villerame", pages,
                menu=[("Ville participative", "/ville-participative"), ("Démarches", f"{Pb}/"), ("Contact", "/contact")],
                accounts=accounts, address="Hôtel de ville, 69300 Villerame")
    acc_html = m.accounts_list(accounts)
    _HOSTS[host] = _rendered_host(site, lambda s, p: m.nuxt_document(s, p, acc_html))
    vpages = [
        page("/", "Voisins de Villerame", m.prose("Le réseau social des habitants de Villerame : entraide, prêts, annonces et événements de quartier.")
             + m.bullets('<a href="/quartiers/gerland-nord">Gerland-Nord</a>', '<a href="/quartiers/tanneries">Les Tanneries</a>', '<a href="/entraide">Entraide</a>')),
        page("/quartiers/gerland-nord", "Gerland-Nord", '<ul class="feed"><li class="post">Qui aurait une échelle à prêter samedi ? — Sophie</li>'
             '<li class="post">Vide-grenier de la rue Pasteur le 6 avril ! — Comité des fêtes</li></ul>'
             '<form class="post-form" method="post" action="/api/posts"><textarea name="body" aria-label="Écrire à vos voisins"></textarea><button>Publier</button></form>'),
        page("/quartiers/tanneries", "Les Tanneries", '<ul class="feed"><li class="post">Perdu chat tigré vers le square — Ahmed</li></ul>'),
        page("/entraide", "Entraide", m.prose("Courses pour un voisin, aide aux devoirs, covoiturage : proposez ou demandez un coup de main.")),
    ]
    vsite = Site(vo, "community", "Voisins de Villerame", vpages, menu=[("Accueil", "/"), ("Entraide", "/entraide")],
                 features=frozenset({"territorial_social_network"}))
    ppages = [
        page("/", "Démarches en ligne", m.bullets('<a href="/contact/">Contacter la mairie</a>', '<a href="/boite-a-idees/">Boîte à idées</a>',
                                                  '<a href="/reservation-gymnase/">Réserver un créneau de gymnase</a>', '<a href="/paiement-facture/">Payer une facture</a>',
                                                  '<a href="/signalement/">Signaler un problème sur l\'espace public</a>')),
        page("/contact/", "Contacter la mairie", m.contact_form("/contact/", cls="quixote wcs-form"), {"contact_form"}),
        page("/boite-a-idees/", "Boîte à idées", m.prose("Une idée pour votre quartier ou pour la ville ? Elle sera transmise au conseil de quartier concerné.")
             + m.idea_form("/boite-a-idees/", "Votre idée"), {"suggestion_call", "contact_form"}),
        page("/signalement/", "Signaler un problème sur l'espace public", m.report_form("/signalement/", ["Voirie", "Propreté", "Éclairage", "Tags"]),
             {"contact_form"}),
        page("/reservation-gymnase/", "Réserver un créneau de gymnase", m.booking("/reservation-gymnase/", "un créneau", ["Lundi 18 h", "Mercredi 20 h"]),
             decoys={"contact_form"}),
        page("/paiement-facture/", "Payer une facture", m.payment("/paiement-facture/", "une facture"), decoys={"contact_form"}),
    ]
    psite = Site(pub, "publik", "Villerame — démarches", ppages, menu=[("Accueil", "/"), ("Contact", "/contact/")])
    return City("99386", "Villerame", 68_700, "69", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [site, vsite, psite])


# ---- 7. Saulnières-en-Brie: Joomla, CONSUL Democracy and a Discourse board ----------------------------------------

def saulnieres() -> City:
    host, cs, fo = "www.saulnieres-en-brie.fr", "participez.saulnieres-en-brie.fr", "forum.saulnieres-en-brie.fr"
    CS, FO = f"http://{cs}", f"http://{fo}"
    news = _news(("/actualites/appel-a-idees-centre-bourg", "Appel à idées pour le centre-bourg : c'est terminé", "5 mars"),
                 ("/actualites/budget-participatif-vote", "Budget participatif : à vos votes", "1er avril"),
                 ("/actualites/forum-habitants", "Un forum pour les habitants", "15 janvier"))
    pages = [
        page("/", "Accueil", _home("Saulnières-en-Brie : toute l'actualité de votre ville.",
             [("/vie-citoyenne", "Vie citoyenne"), (f"{CS}/", "Participez !"), (f"{FO}/", "Forum des habitants"), ("/contact", "Contact"),
              ("/vie-citoyenne/appel-a-idees", "Appel à idées jeunesse"), ("/vie-citoyenne/conseil-municipal", "Conseil municipal")],
             news, [("28 mars", "Réunion de quartier des Prés-Hauts", "/vie-citoyenne")])),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "Réunions de quartier, plateforme « Participez ! », forum des habitants : la ville multiplie les occasions de dialogue.",
            "Les réunions de quartier ont lieu deux fois par an dans chacun des cinq secteurs, en présence du maire."),
             {"participation_displayed"}),
        page("/vie-citoyenne/appel-a-idees", "Appel à idées : un lieu pour les 15-25 ans", m.prose(
            "La ville lance un appel à idées auprès des jeunes : que voudriez-vous trouver dans le futur tiers-lieu jeunesse ? "
            "Envoyez vos propositions avant le 30 mai.") + m.idea_form("/index.php?option=com_rsform&formId=4", "Votre proposition", ("Activités", "Aménagement", "Horaires")),
             {"suggestion_call", "contact_form"}),
        # the call is over and the page holds only its outcome: no way to send an idea any more
        page("/actualites/appel-a-idees-centre-bourg", "Appel à idées pour le centre-bourg : c'est terminé", m.prose(
            "L'appel à idées sur le centre-bourg s'est clos le 28 février avec 146 contributions. Synthèse : plus d'arbres, une halle couverte, "
            "des bancs. Les architectes en tiennent compte dans l'esquisse présentée en juin."), decoys={"suggestion_call"}),
        page("/actualites/budget-participatif-vote", "Budget participatif : à vos votes", m.prose(
            f'Quinze projets sont en lice jusqu\'au 30 avril. <a href="{CS}/budgets/2/investments">Voir les projets et voter</a>.'),
             {"participatory_budget"}),
        page("/actualites/forum-habitants", "Un forum pour les habitants", m.prose(
            f'Le <a href="{FO}/">forum des habitants</a> permet d\'échanger sur la vie locale. Il est modéré par la ville selon une charte.'),
             decoys={"forum"}),
        page("/vie-citoyenne/conseil-municipal", "Conseil municipal", m.prose(
            "Ordres du jour et procès-verbaux des séances. Prochaine séance : 10 avril (budget primitif, subventions)."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/contact", "Contact", m.contact_form("/index.php?option=com_contact&task=contact.submit", cls="com-contact__form contact-form"),
             {"contact_form"}),
    ]
    www = Site(host, "joomla", "Saulnières-en-Brie", pages,
               menu=[("Vie citoyenne", "/vie-citoyenne"), ("Actualités", "/actualites/forum-habitants"), ("Contact", "/contact")],
               accounts=[social("facebook", "SaulnieresEnBrie")], address="Mairie, 77340 Saulnières-en-Brie")
    inv = [("Piste de BMX aux Prés-Hauts", "18 000 €", "/budgets/2/investments/31"), ("Jardin de pluie rue de la Gare", "25 000 €", "/budgets/2/investments/32")]
    cpages = [
        page("/", "Participez !", m.prose("L'espace de participation de Saulnières-en-Brie : débats, propositions, budget participatif.")
             + m.bullets('<a href="/debates">Débats</a>', '<a href="/proposals">Propositions</a>', '<a href="/budgets/2/investments">Budget participatif</a>',
                         '<a href="/polls">Votations</a>'), {"participation_displayed"}),
        page("/debates", "Débats", '<div id="debates" class="debates-list"><div class="debate"><h3><a href="/debates/12">Faut-il une zone 30 dans tout le centre ?</a></h3>'
             '<p class="debate-info">24 commentaires</p></div></div>'),
        page("/debates/12", "Faut-il une zone 30 dans tout le centre ?", m.prose("Débat ouvert par un habitant.")
             + '<section id="comments" class="comments"><ul>' + m.comments_list([("Nadia", "3 mars", "Oui, pour les enfants."), ("Pierre", "4 mars", "Les bus seront ralentis.")])
             + '</ul><form class="new_comment" action="/comments" method="post"><textarea name="comment[body]" aria-label="Laisser un commentaire"></textarea>'
             '<input type="submit" class="button" value="Publier le commentaire"></form></section>', {"comments"}),
        page("/proposals", "Propositions citoyennes", m.prose("Présentez une proposition : si elle atteint 300 soutiens, la mairie l'étudie.")
             + '<a class="button" href="/proposals/new">Créer une proposition</a>', {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", '<form class="new_proposal" action="/proposals" method="post"><label>Titre<input name="proposal[title]"></label>'
             '<label>Résumé<textarea name="proposal[summary]"></textarea></label><label>Description<textarea name="proposal[description]"></textarea></label>'
             '<input type="submit" value="Créer la proposition"></form>', {"suggestion_call"}),
        page("/budgets/2/investments", "Budget participatif 2025 : projets", '<div class="budget-investments">' + "".join(
            f'<div class="budget-investment"><h3><a href="{h}">{t}</a></h3><p>{c}</p><a class="button button-support" href="{h}">Voter</a></div>' for t, c, h in inv) + "</div>",
             {"participatory_budget"}),
        *[page(h, t, m.prose(f"Coût : {c}. Projet retenu pour la phase de vote.") + '<form action="' + h + '/ballot_lines" method="post"><input type="submit" value="Ajouter à mon vote"></form>',
               {"participatory_budget"}) for t, c, h in inv],
        page("/polls", "Votations", m.bullets('<a href="/polls/5">Nom du futur gymnase (clos)</a>')),
        page("/polls/5", "Nom du futur gymnase (clos)", m.poll_results("Quel nom pour le gymnase ?", [("Gymnase Alice Milliat", 58, 640), ("Gymnase des Prés", 42, 463)], "20 décembre"),
             decoys={"poll"}),
    ]
    csite = Site(cs, "consul", "Participez ! Saulnières-en-Brie", cpages, menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budgets", "/budgets/2/investments")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"CONSUL Democracy"}))
    fpages = [
        page("/", "Forum des habitants", '<table class="topic-list"><tbody>'
             '<tr class="topic-list-item"><td><a href="/t/travaux-rue-de-melun/41" class="title">Travaux rue de Melun : combien de temps ?</a></td><td>12 réponses</td></tr>'
             '<tr class="topic-list-item"><td><a href="/c/vie-des-quartiers/4" class="title">Vie des quartiers</a></td><td>catégorie</td></tr></tbody></table>'),
        page("/c/vie-des-quartiers/4", "Vie des quartiers", '<div class="topic-list"><a href="/t/travaux-rue-de-melun/41">Travaux rue de Melun : combien de temps ?</a>'
             ' · <a href="/t/marche-du-dimanche/44">Un marché le dimanche ?</a></div>'),
        page("/t/travaux-rue-de-melun/41", "Travaux rue de Melun : combien de temps ?", '<div class="topic-body crawler-post" itemprop="comment"><span class="creator">jmarc</span>'
             '<p>Quelqu\'un sait quand la rue rouvre ?</p></div><div class="topic-body crawler-post"><span class="creator">mairie_saulnieres</span>'
             '<p>Réouverture prévue le 15 mai.</p></div>'),
        page("/t/marche-du-dimanche/44", "Un marché le dimanche ?", '<div class="topic-body crawler-post"><span class="creator">lea77</span><p>Ce serait bien un petit marché le dimanche matin.</p></div>'
             '<div class="topic-body crawler-post"><span class="creator">bernard</span><p>Oui, place de l\'église !</p></div>'),
    ]
    fsite = Site(fo, "discourse", "Forum des habitants de Saulnières", fpages, menu=[("Dernières", "/"), ("Catégories", "/c/vie-des-quartiers/4")],
                 features=frozenset({"forum"}))
    return City("99387", "Saulnières-en-Brie", 31_400, "77", "11", "Île-de-France", f"http://{host}/", [www, csite, fsite])


# ---- 8. Landivel: SPIP, a QR-code consultation app, a neighbourhood board ----------------------------------------

def landivel() -> City:
    host, qr = "www.landivel.bzh", "consultation.landivel.bzh"
    Q = f"http://{qr}"
    news = _news(("/spip.php?article214", "Port de Landivel : flashez le QR code et donnez votre avis", "2 mai"),
                 ("/spip.php?article209", "Conseils de quartier : compte rendu de Kerhuel", "18 avril"),
                 ("/spip.php?article201", "Enquête INSEE sur les ressources des ménages", "3 avril"))
    pages = [
        page("/", "Accueil", _home("Landivel / Landivel-Vor, ville du Finistère sur l'Aber.",
             [("/spip.php?rubrique12", "Démocratie locale"), ("/spip.php?article220", "Droit de pétition"), ("/spip.php?page=forum-quartiers", "Forum des quartiers"),
              ("/spip.php?page=contact", "Contact"), ("/spip.php?article225", "Newsletter"), (f"{Q}/", "Consultations")],
             news, [("24 mai", "Conseil de quartier de Kerhuel", "/spip.php?article209")])),
        page("/spip.php?rubrique12", "Démocratie locale", m.prose(
            "Conseils de quartier, forum des quartiers, consultations par QR code et droit de pétition : la démocratie locale à Landivel.")
            + m.bullets('<a href="/spip.php?article209">Conseils de quartier</a>', '<a href="/spip.php?article220">Droit de pétition</a>',
                        f'<a href="{Q}/">Consultations en cours</a>'), {"participation_displayed"}),
        page("/spip.php?article209", "Conseils de quartier : compte rendu de Kerhuel", m.prose(
            "Le conseil de quartier de Kerhuel s'est réuni le 10 avril avec 31 habitants : aménagement du sentier côtier, vitesse rue de Brest.",
            "Les conseils de quartier sont ouverts à tous ; prochaine réunion le 24 mai.")
             + m.spip_forum([("Yann", "19 avril", "Merci pour le compte rendu, et le ralentisseur ?")], 209), {"participation_displayed", "comments"}),
        page("/spip.php?article214", "Port de Landivel : flashez le QR code et donnez votre avis", m.prose(
            "Des affiches avec QR code sont posées sur le port et à la capitainerie : elles mènent au questionnaire sur le réaménagement des quais.",
            f'Depuis un ordinateur : <a href="{Q}/c/port-2025">répondre en ligne</a>.'), {"participation_displayed"}, decoys={"poll"}),
        page("/spip.php?article201", "Enquête INSEE sur les ressources des ménages", m.prose(
            "L'INSEE réalise une enquête statistique auprès de ménages tirés au sort. Un enquêteur muni d'une carte officielle peut vous contacter."),
             decoys={"poll"}),
        page("/spip.php?article220", "Droit de pétition", m.prose(
            "Toute pétition rassemblant 300 habitants de Landivel peut demander l'inscription d'une question à l'ordre du jour du conseil municipal.")
            + '<div class="formulaire_spip formulaire_signature" id="sp220">' + m.petition_form("/spip.php?article220", "Pour un abri de bus à Kerhuel", 144, 300) + "</div>",
             {"petition"}),
        page("/spip.php?page=forum-quartiers", "Forum des quartiers", '<div class="forum-liste"><ul class="forums">'
             '<li class="forum-fil"><a href="/spip.php?page=forum-quartiers&amp;id_forum=88">Stationnement au bourg le dimanche</a> — 9 messages</li>'
             '<li class="forum-fil"><a href="/spip.php?page=forum-quartiers&amp;id_forum=91">Nettoyage de la plage du Corréjou</a> — 4 messages</li></ul>'
             '<form class="formulaire_forum" method="post" action="/spip.php?page=forum-quartiers"><label>Titre du sujet<input name="titre"></label>'
             '<label>Message<textarea name="texte"></textarea></label><input type="submit" value="Ouvrir un sujet"></form></div>', {"forum"}),
        page("/spip.php?page=forum-quartiers&id_forum=88", "Stationnement au bourg le dimanche", '<ul class="forum-thread">'
             + m.comments_list([("Gwen", "2 mai", "Impossible de se garer les jours de marché."), ("Loïc", "3 mai", "Le parking de la salle est souvent vide."),
                                ("Modérateur", "3 mai", "Question transmise au conseil de quartier du bourg.")])
             + '</ul><form class="formulaire_forum" method="post" action="/spip.php?page=forum-quartiers"><textarea name="texte" aria-label="Répondre"></textarea><input type="submit" value="Répondre"></form>',
             {"forum"}),
        page("/spip.php?page=forum-quartiers&id_forum=91", "Nettoyage de la plage du Corréjou", '<ul class="forum-thread">'
             + m.comments_list([("Anne", "28 avril", "Qui vient samedi ?"), ("Erwan", "28 avril", "Moi, avec des sacs.")]) + "</ul>", {"forum"}),
        page("/spip.php?article225", "Lettre d'information", m.newsletter("/spip.php?page=newsletter_subscribe"), decoys={"contact_form"}),
        page("/spip.php?page=contact", "Contact", '<div class="formulaire_spip formulaire_ecrire_auteur">'
             + m.contact_form("/spip.php?page=contact", cls="formulaire_ecrire_auteur") + "</div>", {"contact_form"}),
    ]
    www = Site(host, "spip", "Landivel", pages,
               menu=[("Démocratie locale", "/spip.php?rubrique12"), ("Forum", "/spip.php?page=forum-quartiers"), ("Contact", "/spip.php?page=contact")],
               accounts=[social("facebook", "Landivel"), social("instagram", "landivel_bzh")], address="Ti-kêr, 29870 Landivel")
    qapp = _App(qr, "Consultations Landivel", {
        # the app's home lists the town's consultations, open and closed: it presents the approach
        "/": ("Consultations", "Les consultations de la ville de Landivel.", '<ul><li>Port 2025 — ouverte</li><li>Fête de la mer — close</li></ul>',
              {"participation_displayed"}, set()),
        "/c/port-2025": ("Réaménagement du port", "Questionnaire ouvert jusqu'au 15 juin.", m.questionnaire("/api/c/port-2025/reponses", "Vous avez flashé le QR code du port : merci !", [
            ("Vous venez au port…", ["Pour travailler", "Pour naviguer", "Pour se promener"]),
            ("Faut-il réduire le stationnement sur les quais ?", ["Oui", "Non", "En été seulement"])], "Autre remarque"), {"poll"}, set()),
        "/c/fete-de-la-mer": ("Fête de la mer (terminée)", "Cette consultation est close : merci aux 388 participants.",
                              m.poll_results("Quel week-end pour la fête de la mer ?", [("Mi-juillet", 64, 248), ("Fin août", 36, 140)], "30 mars"), set(), {"poll"}),
    # the town's own consultation space (QR-code questionnaires): a custom participation platform
    }, api="/api/ecran", param="chemin", bundle="/build/consult.4e1a.js", platform="Consultations Landivel")
    qsite = qapp.site()
    _HOSTS[qr] = qapp.host_object(qsite)
    return City("99388", "Landivel", 22_600, "29", "53", "Bretagne", f"http://{host}/", [www, qsite])


_CITIES = None


def cities():
    global _CITIES
    if _CITIES is None:
        _CITIES = [saint_limeuil(), brevillon(), merange(), castelgrave(), pontaubert(), villerame(), saulnieres(), landivel()]
    return list(_CITIES)


def hosts():
    cities()
    return dict(_HOSTS)
