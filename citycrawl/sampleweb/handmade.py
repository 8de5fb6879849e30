"""The handmade cities: fictional French municipalities, each built with a CMS French cities use.

Truth is declared with each page: ``features`` it holds, ``decoys`` it must not trigger.
Together the cities cover every codebook feature, every ladder level and the classic false positives.
"""
import functools
from html import escape

from . import widgets as w
from .site import Account, City, Site, page, social

PLATFORM = frozenset({"participatory_platform"})


def home(intro, teasers):
    """A start page: an introduction and 'À la une' teasers linking to the site's main pages."""
    items = "".join(f'<li class="teaser"><a class="teaser__link" href="{escape(href)}">{escape(label)}</a>'
                    f'<p class="teaser__text">{text}</p></li>' for href, label, text in teasers)
    return (f'<section class="home-intro"><p>{intro}</p></section>'
            f'<section class="home-news"><h2>À la une</h2><ul class="teasers">{items}</ul></section>')


def listing(items):
    return '<ul class="list">' + "".join(f'<li><a href="{escape(href)}">{escape(label)}</a></li>' for href, label in items) + "</ul>"


DEMARCHES = ("<p>Retrouvez ici les démarches administratives : état civil, cartes d'identité et passeports, "
             "inscriptions scolaires, urbanisme.</p><ul><li>Actes d'état civil : sur place ou par courrier.</li>"
             "<li>Carte d'identité : sur rendez-vous à l'accueil de l'hôtel de ville.</li></ul>")


def vallon_la_foret():
    """Level 0: no feature at all; only look-alikes (share buttons, mailto, newsletter, budget, forum event)."""
    www = Site(
        "www.vallon-la-foret.fr", "vendor", "Ville de Vallon-la-Forêt", address="1 place de la Mairie, 87990 Vallon-la-Forêt",
        menu=[("Actualités", "/actualites/"), ("Agenda", "/agenda/"), ("Démarches", "/demarches/"),
              ("Ma mairie", "/ma-mairie/budget/"), ("Contact", "/ma-mairie/contact/")],
        redirects={"/accueil": "/"},
        pages=[
            page("/", "Accueil", home("Bienvenue sur le site officiel de Vallon-la-Forêt.", [
                ("/actualites/nouvelle-mediatheque/", "La nouvelle médiathèque ouvre ses portes", "Inauguration samedi 12 avril."),
                ("/agenda/forum-des-associations/", "Forum des associations 2025", "Rendez-vous au gymnase le 6 septembre."),
                ("/ma-mairie/budget/", "Budget primitif 2025", "Le conseil municipal a voté le budget.")]) + w.newsletter()),
            page("/actualites/", "Actualités", listing([("/actualites/nouvelle-mediatheque/", "La nouvelle médiathèque ouvre ses portes")])),
            page("/actualites/nouvelle-mediatheque/", "La nouvelle médiathèque ouvre ses portes",
                 "<p>Après deux ans de travaux, la médiathèque accueille le public du mardi au samedi.</p>"
                 + w.share_buttons("http://www.vallon-la-foret.fr/actualites/nouvelle-mediatheque/", "La nouvelle médiathèque"),
                 decoys={"social_account"}, parent=("Actualités", "/actualites/")),
            page("/agenda/", "Agenda", listing([("/agenda/forum-des-associations/", "Forum des associations 2025")])),
            page("/agenda/forum-des-associations/", "Forum des associations 2025",
                 "<p>Le Forum des associations se tient au gymnase Jean-Moulin le samedi 6 septembre de 10 h à 18 h : "
                 "plus de 80 associations sportives, culturelles et solidaires présentent leurs activités.</p>",
                 decoys={"forum"}, parent=("Agenda", "/agenda/")),
            page("/demarches/", "Démarches", DEMARCHES),
            page("/ma-mairie/contact/", "Nous contacter",
                 '<p>Hôtel de ville, 1 place de la Mairie. Tél. 05 55 00 00 00.</p>'
                 '<p>Courriel : <a href="mailto:accueil@vallon-la-foret.fr">accueil@vallon-la-foret.fr</a></p>'
                 "<p>Ouvert du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.</p>" + w.newsletter(),
                 decoys={"contact_form"}),
            page("/ma-mairie/budget/", "Budget primitif 2025",
                 "<p>Le budget primitif 2025 a été adopté par le conseil municipal le 27 mars. Section de fonctionnement : "
                 "21,4 M€ ; investissement : 6,8 M€.</p><p>Le compte administratif 2024 retrace l'exécution du budget de l'année.</p>",
                 decoys={"participatory_budget"}),
        ])
    return City("99001", "Vallon-la-Forêt", 54210, "87", "75", "Nouvelle-Aquitaine",
                "http://www.vallon-la-foret.fr/accueil", [www])


def saint_aubin():
    """Level 0 with social accounts; decoys: a partner's account, a tender call, a job fair."""
    www = Site(
        "www.saint-aubin-des-landes.fr", "typo3", "Saint-Aubin-des-Landes", address="Mairie, 2 rue de la République, 35999 Saint-Aubin-des-Landes",
        menu=[("Actualités", "/actualites"), ("Marchés publics", "/marches-publics"), ("Partenaires", "/partenaires"),
              ("Contact", "/contact")],
        accounts=[social("facebook", "SaintAubinDesLandes", "https://fr-fr.facebook.com/SaintAubinDesLandes/"),
                  social("x", "StAubinLandes", "https://twitter.com/StAubinLandes"),
                  social("instagram", "saintaubindeslandes", "https://www.instagram.com/saintaubindeslandes/"),
                  social("youtube", "SaintAubinTV")],
        pages=[
            page("/", "Accueil", home("Saint-Aubin-des-Landes, ville nature aux portes de Rennes.", [
                ("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", "Le 14 mars à l'espace Brocéliande."),
                ("/marches-publics/appel-offres-voirie", "Appel d'offres : travaux de voirie 2025", "Date limite le 30 avril.")])),
            page("/actualites", "Actualités", listing([("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance")])),
            page("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance",
                 "<p>Le forum de l'emploi réunit 40 entreprises du territoire qui recrutent. Apportez votre CV !</p>",
                 decoys={"forum"}, parent=("Actualités", "/actualites")),
            page("/marches-publics", "Marchés publics", listing([("/marches-publics/appel-offres-voirie", "Appel d'offres : travaux de voirie 2025")])),
            page("/marches-publics/appel-offres-voirie", "Appel d'offres : travaux de voirie 2025",
                 "<p>La commune lance un appel d'offres en procédure adaptée pour la réfection de la voirie communale. "
                 "Les candidatures et offres sont à déposer sur le profil acheteur avant le 30 avril.</p>",
                 decoys={"suggestion_call"}, parent=("Marchés publics", "/marches-publics")),
            page("/partenaires", "Nos partenaires",
                 "<p>L'Office de tourisme du Pays des Landes vous accueille toute l'année. Suivez l'Office de tourisme sur "
                 '<a href="https://www.facebook.com/OfficeTourismePaysDesLandes">sa page Facebook</a> '
                 'et le journal local sur <a href="https://x.com/LandesInfo">X</a>.</p>'),
            page("/contact", "Contact", '<p>Écrivez-nous : <a href="mailto:mairie@saint-aubin-des-landes.fr">mairie@saint-aubin-des-landes.fr</a></p>',
                 decoys={"contact_form"}),
        ])
    return City("99002", "Saint-Aubin-des-Landes", 61870, "35", "53", "Bretagne", "http://www.saint-aubin-des-landes.fr/", [www],
                decoy_accounts=("https://www.facebook.com/officetourismepaysdeslandes", "https://x.com/landesinfo"))


def montclar():
    """Level 1: a Contact Form 7 form; comments closed on news."""
    www = Site(
        "www.montclar-sur-orne.fr", "wordpress", "Ville de Montclar-sur-Orne", address="Hôtel de ville, 14 avenue de Verdun, 61999 Montclar-sur-Orne",
        menu=[("Actualités", "/actualites/"), ("Démarches", "/demarches/"), ("Contact", "/contact/")],
        accounts=[social("facebook", "montclarsurorne"), social("instagram", "villedemontclar"),
                  social("linkedin", "ville-de-montclar-sur-orne", "https://fr.linkedin.com/company/ville-de-montclar-sur-orne")],
        pages=[
            page("/", "Accueil", home("Montclar-sur-Orne, au cœur de la Normandie.", [
                ("/2025/03/14/travaux-rue-des-lilas/", "Travaux rue des Lilas", "Circulation alternée jusqu'au 30 mai."),
                ("/contact/", "Une question ? Écrivez-nous", "Le service accueil vous répond sous 48 h.")])),
            page("/actualites/", "Actualités", listing([("/2025/03/14/travaux-rue-des-lilas/", "Travaux rue des Lilas")])),
            page("/2025/03/14/travaux-rue-des-lilas/", "Travaux rue des Lilas",
                 "<p>Les travaux d'enfouissement des réseaux débutent le 17 mars.</p>" + w.wp_comments_closed(),
                 decoys={"comments"}, parent=("Actualités", "/actualites/")),
            page("/demarches/", "Démarches", DEMARCHES),
            page("/contact/", "Contact", "<p>Pour toute demande, utilisez le formulaire ci-dessous.</p>" + w.cf7_contact(214, 37, "/contact/"),
                 features={"contact_form"}),
        ])
    return City("99003", "Montclar-sur-Orne", 50870, "61", "28", "Normandie", "http://www.montclar-sur-orne.fr/", [www])


def bellerive():
    """Level 2: a Drupal webform and a participatory-democracy section; a closed poll's results."""
    www = Site(
        "www.bellerive-en-val.fr", "drupal", "Bellerive-en-Val", address="Hôtel de ville, place du 8-Mai-1945, 45999 Bellerive-en-Val",
        menu=[("Actualités", "/actualites"), ("Démocratie participative", "/democratie-participative"),
              ("Conseil municipal", "/conseil-municipal"), ("Contact", "/contact")],
        accounts=[social("facebook", "BelleriveEnVal"), social("x", "BelleriveEnVal", "https://x.com/BelleriveEnVal"),
                  Account("youtube", "https://www.youtube.com/channel/UCx8Kq2mVb3Lr7Tn9Pw1Zc4A",
                          "https://www.youtube.com/channel/UCx8Kq2mVb3Lr7Tn9Pw1Zc4A")],
        pages=[
            page("/", "Accueil", home("Bienvenue à Bellerive-en-Val.", [
                ("/democratie-participative/conseils-de-quartier", "Conseils de quartier : appel à candidatures", "Rejoignez le conseil de votre quartier."),
                ("/actualites/resultats-sondage-marche", "Résultats du sondage sur le marché", "Vous avez été 1 200 à répondre.")])),
            page("/actualites", "Actualités", listing([("/actualites/resultats-sondage-marche", "Résultats du sondage sur le marché")])),
            page("/actualites/resultats-sondage-marche", "Résultats du sondage sur le marché du samedi",
                 w.poll_results("Souhaitez-vous que le marché ouvre aussi le mercredi ?", [("Oui", 64), ("Non", 29), ("Sans avis", 7)]),
                 decoys={"poll"}, parent=("Actualités", "/actualites")),
            page("/democratie-participative", "Démocratie participative",
                 "<p>La Ville associe les habitants aux décisions qui les concernent : six conseils de quartier, un conseil "
                 "citoyen, des réunions de concertation sur les grands projets et une charte de la participation adoptée en 2023.</p>"
                 + listing([("/democratie-participative/conseils-de-quartier", "Les conseils de quartier")]),
                 features={"participation_displayed"}),
            page("/democratie-participative/conseils-de-quartier", "Les conseils de quartier",
                 "<p>Chaque conseil de quartier réunit habitants, associations et élus quatre fois par an. Les séances sont "
                 "publiques. Pour devenir membre, contactez la mission démocratie locale.</p>",
                 features={"participation_displayed"}, parent=("Démocratie participative", "/democratie-participative")),
            page("/conseil-municipal", "Conseil municipal",
                 "<p>Prochaine séance du conseil municipal : jeudi 22 mai à 19 h. Ordre du jour : budget supplémentaire, "
                 "tarifs de la restauration scolaire.</p>", decoys={"participation_displayed"}),
            page("/contact", "Contacter la mairie", w.drupal_webform("/contact"), features={"contact_form"}),
        ])
    return City("99004", "Bellerive-en-Val", 73450, "45", "24", "Centre-Val de Loire", "http://www.bellerive-en-val.fr/", [www])


def roche_aiguille():
    """Level 3: a SPIP contact form and a phpBB forum on a subdomain; a passing mention of participation."""
    www = Site(
        "www.roche-aiguille.fr", "spip", "Mairie de Roche-Aiguille", address="Hôtel de ville, 5 cours Gambetta, 26999 Roche-Aiguille",
        menu=[("Actualités", "/Actualites"), ("Vie associative", "/Vie-associative"), ("Contact", "/Contactez-nous")],
        accounts=[social("facebook", "rocheaiguille"), social("mastodon", "RocheAiguille@piaille.fr"),
                  social("bluesky", "roche-aiguille.fr")],
        pages=[
            page("/", "Accueil", home("Roche-Aiguille, ville de la Drôme provençale.", [
                ("/spip.php?article42", "Rénovation de l'école Jean-Jaurès", "Les travaux s'achèveront à la rentrée."),
                ("http://forum.roche-aiguille.fr/", "Le forum des habitants", "Échangez entre voisins sur la vie de la commune.")])),
            page("/Actualites", "Actualités", listing([("/spip.php?article42", "Rénovation de l'école Jean-Jaurès")])),
            page("/spip.php?article42", "Rénovation de l'école Jean-Jaurès",
                 "<p>Le chantier de rénovation énergétique de l'école avance. Les parents d'élèves, réunis en mars dans "
                 "l'esprit de démocratie participative voulu par la municipalité, ont choisi les couleurs de la cour.</p>",
                 decoys={"participation_displayed"}, parent=("Actualités", "/Actualites")),
            page("/Vie-associative", "Vie associative",
                 '<p>Plus de 150 associations animent la ville. Pour échanger entre habitants, rendez-vous sur '
                 '<a href="http://forum.roche-aiguille.fr/">le forum de Roche-Aiguille</a>.</p>'),
            page("/Contactez-nous", "Contactez-nous", w.spip_contact("/Contactez-nous"), features={"contact_form"}),
        ])
    board = Site(
        "forum.roche-aiguille.fr", "phpbb", "Forum de Roche-Aiguille", features=frozenset({"forum"}),
        pages=[
            page("/", "Index du forum", w.phpbb_index([
                ("/viewforum.php?f=2", "Vie des quartiers", "Propreté, stationnement, voisinage", 48),
                ("/viewforum.php?f=3", "Culture et loisirs", "Sorties, associations, bons plans", 31)])),
            page("/viewforum.php?f=2", "Vie des quartiers", w.phpbb_viewforum([
                ("/viewtopic.php?t=15", "Stationnement place du Marché", "Lucie26", 12)]), parent=("Index du forum", "/")),
            page("/viewforum.php?f=3", "Culture et loisirs", w.phpbb_viewforum([
                ("/viewtopic.php?t=21", "Horaires de la piscine cet été", "Marco", 4)]), parent=("Index du forum", "/")),
            page("/viewtopic.php?t=15", "Stationnement place du Marché", w.phpbb_topic([
                ("Lucie26", "Le samedi matin il est impossible de se garer."), ("Bernard", "Le parking relais est gratuit.")]),
                 parent=("Vie des quartiers", "/viewforum.php?f=2")),
            page("/viewtopic.php?t=21", "Horaires de la piscine cet été", w.phpbb_topic([
                ("Marco", "Quelqu'un connaît les horaires de juillet ?")]), parent=("Culture et loisirs", "/viewforum.php?f=3")),
        ])
    return City("99005", "Roche-Aiguille", 118300, "26", "84", "Auvergne-Rhône-Alpes", "http://www.roche-aiguille.fr/", [www, board])


def villeneuve_des_ormes():
    """Level 4: WordPress with CF7 and native comments, a Decidim participatory budget on a subdomain."""
    decidim_host = "jeparticipe.villeneuve-des-ormes.fr"
    www = Site(
        "www.villeneuve-des-ormes.fr", "wordpress", "Villeneuve-des-Ormes", address="Hôtel de ville, 1 esplanade de l'Europe, 59999 Villeneuve-des-Ormes",
        menu=[("Actualités", "/actualites/"), ("Participer", "/participer/"), ("Démarches", "/demarches/"), ("Contact", "/contact/")],
        accounts=[social("facebook", "villeneuvedesormes"), social("x", "VdOrmes", "https://twitter.com/VdOrmes"),
                  social("instagram", "villeneuvedesormes"), social("youtube", "VilleneuveDesOrmes"),
                  social("linkedin", "villeneuve-des-ormes"), social("tiktok", "villeneuvedesormes")],
        pages=[
            page("/", "Accueil", home("Villeneuve-des-Ormes, ville verte et solidaire.", [
                ("/2025/02/03/un-nouveau-parc-au-bord-du-lac/", "Un nouveau parc au bord du lac", "Donnez votre avis en commentaire."),
                ("/participer/budget-participatif/", "Budget participatif 2025 : votez !", "1 million d'euros pour vos projets."),
                (f"http://{decidim_host}/", "Jeparticipe.villeneuve-des-ormes.fr", "La plateforme de participation citoyenne.")])),
            page("/actualites/", "Actualités", listing([("/2025/02/03/un-nouveau-parc-au-bord-du-lac/", "Un nouveau parc au bord du lac")])),
            page("/2025/02/03/un-nouveau-parc-au-bord-du-lac/", "Un nouveau parc au bord du lac",
                 "<p>Le futur parc de 4 hectares ouvrira en 2026. Dites-nous ce que vous en pensez.</p>"
                 + w.wp_comments(87, "/2025/02/03/un-nouveau-parc-au-bord-du-lac/",
                                 [("Nadia", "Enfin des jeux pour les enfants de ce côté du lac !"), ("Paul V.", "Pensez aux toilettes publiques.")]),
                 features={"comments"}, decoys={"contact_form"}, parent=("Actualités", "/actualites/")),
            page("/participer/", "Participer",
                 "<p>Démocratie participative : conseils de quartier, conseil des jeunes, concertations et budget participatif. "
                 f'Toutes les démarches sont sur <a href="http://{decidim_host}/">la plateforme Jeparticipe</a>.</p>'
                 + listing([("/participer/budget-participatif/", "Le budget participatif")]),
                 features={"participation_displayed"}),
            page("/participer/budget-participatif/", "Budget participatif 2025",
                 "<p>Avec le budget participatif, les habitants proposent puis votent des projets pour leur quartier. "
                 f'Déposez vos projets jusqu\'au 30 avril sur <a href="http://{decidim_host}/processes/budget-participatif-2025">jeparticipe</a>.</p>',
                 # "déposez vos projets" while the call is open: the codebook's explicit call for ideas
                 features={"participatory_budget", "suggestion_call"}, parent=("Participer", "/participer/")),
            page("/demarches/", "Démarches", DEMARCHES),
            page("/contact/", "Contact", w.cf7_contact(311, 52, "/contact/"), features={"contact_form"}),
        ])
    platform = Site(
        decidim_host, "decidim", "Jeparticipe Villeneuve-des-Ormes", features=PLATFORM, platforms=frozenset({"decidim"}),
        menu=[("Accueil", "/"), ("Processus", "/processes")],
        pages=[
            page("/", "Accueil", home("Bienvenue sur la plateforme de participation de Villeneuve-des-Ormes.", [
                ("/processes/budget-participatif-2025", "Budget participatif 2025", "Proposez et votez vos projets.")])),
            page("/processes", "Processus participatifs", listing([("/processes/budget-participatif-2025", "Budget participatif 2025")])),
            page("/processes/budget-participatif-2025", "Budget participatif 2025",
                 "<p>Phase en cours : dépôt des projets. Les projets retenus seront soumis au vote des habitants en septembre.</p>"
                 + listing([("/processes/budget-participatif-2025/f/12/proposals", "Voir les propositions")]),
                 features={"participatory_budget"}, parent=("Processus", "/processes")),
            page("/processes/budget-participatif-2025/f/12/proposals", "Propositions",
                 '<div class="card__list"><a class="card__list-title" href="/processes/budget-participatif-2025">Des bancs au bord du lac</a>'
                 '<span class="card__list-metadata">12 soutiens</span></div>'
                 '<a href="/users/sign_in" class="button">Nouvelle proposition</a>',
                 features={"participatory_budget", "suggestion_call"}, parent=("Budget participatif 2025", "/processes/budget-participatif-2025")),
        ])
    return City("99006", "Villeneuve-des-Ormes", 212400, "59", "32", "Hauts-de-France", "http://www.villeneuve-des-ormes.fr/",
                [www, platform])


def port_esquel():
    """Level 4: Joomla contact form, an online questionnaire and a city e-petition space."""
    www = Site(
        "www.port-esquel.fr", "joomla", "Ville de Port-Esquel", address="Hôtel de ville, quai Jean-Bart, 29999 Port-Esquel",
        menu=[("Actualités", "/index.php/actualites"), ("Participer", "/index.php/participer"), ("Contact", "/index.php/contact")],
        accounts=[social("facebook", "PortEsquel"), social("instagram", "port_esquel")],
        pages=[
            page("/", "Accueil", home("Port-Esquel, cité maritime du Finistère.", [
                ("/index.php/participer/questionnaire-mobilites", "Questionnaire : vos déplacements", "Répondez avant le 15 juin."),
                ("/index.php/participer/petitions", "E-pétitions", "Déposez ou signez une pétition citoyenne.")])),
            page("/index.php/actualites", "Actualités", "<p>Le port de plaisance s'agrandit : 120 anneaux supplémentaires.</p>"),
            page("/index.php/participer", "Participer", listing([
                ("/index.php/participer/questionnaire-mobilites", "Questionnaire sur les mobilités"),
                ("/index.php/participer/petitions", "Droit de pétition")])),
            page("/index.php/participer/questionnaire-mobilites", "Questionnaire sur les mobilités",
                 w.questionnaire("/index.php/participer/questionnaire-mobilites", "Enquête en ligne ouverte à tous les habitants.", [
                     ("Comment vous rendez-vous au travail ?", ["Voiture", "Bus", "Vélo", "À pied"]),
                     ("Souhaitez-vous plus de pistes cyclables ?", ["Oui", "Non"])]),
                 features={"poll"}, parent=("Participer", "/index.php/participer")),
            page("/index.php/participer/petitions", "Droit de pétition",
                 "<p>Depuis 2024, tout habitant peut déposer une pétition : au-delà de 500 signatures, elle est inscrite à "
                 "l'ordre du jour du conseil municipal.</p>"
                 + w.petition_form("/index.php/participer/petitions", "Pour un passage piéton devant l'école du Port", 312),
                 features={"petition"}, parent=("Participer", "/index.php/participer")),
            page("/index.php/contact", "Contact", w.joomla_contact("/index.php/contact"), features={"contact_form"}),
        ])
    return City("99007", "Port-Esquel", 88150, "29", "53", "Bretagne", "http://www.port-esquel.fr/", [www])


def champagnac():
    """Level 4: TYPO3 form, Disqus comments on news, a boîte à idées."""
    www = Site(
        "www.champagnac-les-mines.fr", "typo3", "Champagnac-les-Mines", address="Mairie, place de la Mine, 63999 Champagnac-les-Mines",
        menu=[("Actualités", "/actualites"), ("Boîte à idées", "/boite-a-idees"), ("Contact", "/contact")],
        accounts=[social("facebook", "champagnaclesmines"), social("youtube", "ChampagnacLesMines")],
        pages=[
            page("/", "Accueil", home("Champagnac-les-Mines, ville d'histoire ouvrière.", [
                ("/actualites/musee-de-la-mine", "Le musée de la mine rénové", "Réagissez à l'article."),
                ("/boite-a-idees", "Boîte à idées", "Proposez vos idées pour la ville.")])),
            page("/actualites", "Actualités", listing([("/actualites/musee-de-la-mine", "Le musée de la mine rénové")])),
            page("/actualites/musee-de-la-mine", "Le musée de la mine rénové",
                 "<p>Le musée rouvre avec une galerie immersive.</p>"
                 + w.disqus("champagnac-les-mines", "http://www.champagnac-les-mines.fr/actualites/musee-de-la-mine", "news-318"),
                 features={"comments"}, parent=("Actualités", "/actualites")),
            page("/boite-a-idees", "Boîte à idées",
                 "<p>Une idée pour améliorer la vie à Champagnac ? Proposez vos idées : chaque trimestre, les élus "
                 "étudient les suggestions reçues et répondent publiquement.</p>" + w.idea_box("/boite-a-idees"),
                 features={"suggestion_call", "contact_form"}),
            page("/contact", "Contact", w.typo3_form("/contact"), features={"contact_form"}),
        ])
    return City("99008", "Champagnac-les-Mines", 57320, "63", "84", "Auvergne-Rhône-Alpes", "http://www.champagnac-les-mines.fr/", [www])


def haute_sorgue():
    """Level 4: contact through a Publik e-services portal; CONSUL on a domain of its own."""
    consul_host = "www.decidons-hautesorgue.fr"
    www = Site(
        "www.haute-sorgue.fr", "vendor", "Ville de Haute-Sorgue", address="Hôtel de ville, 3 boulevard Pasteur, 84999 Haute-Sorgue",
        menu=[("Actualités", "/actualites/"), ("Démocratie locale", "/democratie-locale/"),
              ("E-services", "http://demarches.haute-sorgue.fr/")],
        redirects={"/accueil": "/"},
        accounts=[social("facebook", "villehautesorgue"), social("x", "HauteSorgue", "https://twitter.com/HauteSorgue"),
                  social("linkedin", "ville-de-haute-sorgue")],
        pages=[
            page("/", "Accueil", home("Haute-Sorgue, capitale du Vaucluse vert.", [
                ("/democratie-locale/", "Démocratie locale", "Concertations, conseils citoyens, plateforme Décidons."),
                ("http://demarches.haute-sorgue.fr/contacter-la-mairie/", "Contacter la mairie", "Votre demande en ligne.")])),
            page("/actualites/", "Actualités", "<p>Le marché provençal revient chaque jeudi sur les quais.</p>"),
            page("/democratie-locale/", "Démocratie locale",
                 "<p>La démocratie locale à Haute-Sorgue : conseils citoyens, assemblées d'habitants et concertations "
                 f'publiques. Débattez et proposez sur <a href="http://{consul_host}/">Décidons Haute-Sorgue</a>.</p>',
                 features={"participation_displayed"}),
        ])
    eservices = Site(
        "demarches.haute-sorgue.fr", "publik", "Haute-Sorgue — Mes démarches",
        menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/")],
        pages=[
            page("/", "Mes démarches", listing([("/contacter-la-mairie/", "Contacter la mairie"),
                                                ("/acte-de-naissance/", "Demande d'acte de naissance")])),
            page("/contacter-la-mairie/", "Contacter la mairie", w.publik_form("/contacter-la-mairie/"), features={"contact_form"}),
            page("/acte-de-naissance/", "Demande d'acte de naissance",
                 "<p>Demande d'acte de naissance en ligne : munissez-vous de votre livret de famille.</p>"),
        ])
    platform = Site(
        consul_host, "consul", "Décidons Haute-Sorgue", features=PLATFORM, platforms=frozenset({"consul"}),
        menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budgets participatifs", "/budgets")],
        pages=[
            page("/", "Accueil", home("Participez aux décisions de votre ville.", [
                ("/proposals", "Propositions citoyennes", "Soutenez les propositions des habitants.")])),
            page("/debates", "Débats", '<div id="debates" class="debates-list"><div class="debate"><h3><a href="/proposals">Faut-il piétonniser le centre ?</a></h3><p>48 commentaires</p></div></div>',
                 features={"forum"}),
            page("/proposals", "Propositions", '<div id="proposals" class="proposals-list"><div class="proposal"><h3><a href="/debates">Un jardin partagé au Clos</a></h3><p>231 soutiens</p></div></div>',
                 features={"suggestion_call"}),
            page("/budgets", "Budgets participatifs", "<p>Budget participatif 2025 : 500 000 € pour les projets des habitants. Votez jusqu'au 1er juin.</p>",
                 features={"participatory_budget"}),
        ])
    return City("99009", "Haute-Sorgue", 96420, "84", "93", "Provence-Alpes-Côte d'Azur", "http://www.haute-sorgue.fr/accueil",
                [www, eservices, platform])


def lorvenne():
    """Level 3: Drupal webform, native Drupal comments and a Discourse forum."""
    www = Site(
        "www.lorvenne.fr", "drupal", "Lorvenne", address="Hôtel de ville, 10 rue Nationale, 57999 Lorvenne",
        menu=[("Actualités", "/actualites"), ("Forum", "http://forum.lorvenne.fr/"), ("Contact", "/contact")],
        accounts=[social("mastodon", "lorvenne@mastodon.social"), social("youtube", "VilleDeLorvenne")],
        pages=[
            page("/", "Accueil", home("Lorvenne, ville frontalière et dynamique.", [
                ("/node/112", "Le nouveau plan de circulation", "Qu'en pensez-vous ? Commentez."),
                ("http://forum.lorvenne.fr/", "Le forum citoyen", "Débattez entre habitants.")])),
            page("/actualites", "Actualités", listing([("/node/112", "Le nouveau plan de circulation")])),
            page("/node/112", "Le nouveau plan de circulation",
                 "<p>Le plan de circulation entre en vigueur le 2 juin.</p>" + w.drupal_comments(112),
                 features={"comments"}, decoys={"contact_form"}, parent=("Actualités", "/actualites")),
            page("/contact", "Contact", w.drupal_webform("/contact"), features={"contact_form"}),
        ])
    board = Site(
        "forum.lorvenne.fr", "discourse", "Forum citoyen de Lorvenne", features=frozenset({"forum"}),
        pages=[
            page("/", "Derniers sujets", w.discourse_latest([("/t/pistes-cyclables-rue-de-metz/41", "Pistes cyclables rue de Metz", 17)])),
            page("/t/pistes-cyclables-rue-de-metz/41", "Pistes cyclables rue de Metz",
                 w.discourse_topic([("claire_l", "Il manque une liaison vers la gare."), ("jpm57", "D'accord, surtout le soir.")])),
        ])
    return City("99010", "Lorvenne", 104870, "57", "44", "Grand Est", "http://www.lorvenne.fr/", [www, board])


def mirabelle():
    """Level 4: Facebook comments plugin, Cap Collectif on another domain, a neighbourhood network."""
    capco = "mirabelle-sur-loue.cap-collectif.com"
    network = "voisins.mirabelle-sur-loue.fr"
    www = Site(
        "www.mirabelle-sur-loue.fr", "wordpress", "Mirabelle-sur-Loue", address="Hôtel de ville, 2 rue Courbet, 25999 Mirabelle-sur-Loue",
        menu=[("Actualités", "/actualites/"), ("Je participe", "/je-participe/"), ("Contact", "/contact/")],
        accounts=[social("facebook", "mirabellesurloue"), social("instagram", "mirabellesurloue"),
                  social("bluesky", "mirabelle-sur-loue.bsky.social")],
        pages=[
            page("/", "Accueil", home("Mirabelle-sur-Loue, ville d'eau et de vergers.", [
                ("/2025/04/22/fete-des-vergers/", "La fête des vergers revient", "Vos réactions sur la page."),
                ("/je-participe/", "Je participe", "Consultations, idées, réseau de voisins.")])),
            page("/actualites/", "Actualités", listing([("/2025/04/22/fete-des-vergers/", "La fête des vergers revient")])),
            page("/2025/04/22/fete-des-vergers/", "La fête des vergers revient",
                 "<p>Dégustations et concerts le 14 septembre.</p>"
                 + w.facebook_comments("http://www.mirabelle-sur-loue.fr/2025/04/22/fete-des-vergers/"),
                 features={"comments"}, parent=("Actualités", "/actualites/")),
            page("/je-participe/", "Je participe",
                 f'<p>Consultez les projets et déposez vos idées sur <a href="http://{capco}/">la plateforme de consultation</a>. '
                 f'Entraide entre habitants : rejoignez <a href="http://{network}/">Mirabelle Voisins</a>, le réseau social '
                 "de proximité de la ville.</p>",
                 # "déposez vos idées" is a call, and the city presents its neighbours' network and
                 # asks to join it, wherever residents then act
                 features={"suggestion_call", "territorial_social_network"}),
            page("/contact/", "Contact", w.cf7_contact(98, 12, "/contact/"), features={"contact_form"}),
        ])
    platform = Site(
        capco, "capcollectif", "Mirabelle consulte", features=PLATFORM, platforms=frozenset({"cap_collectif"}),
        menu=[("Projets", "/projects")],
        pages=[
            page("/", "Accueil", home("La plateforme de consultation de Mirabelle-sur-Loue.", [
                ("/project/appel-a-idees-centre-ville/presentation/appel-a-idees", "Appel à idées : le centre-ville de demain", "Proposez vos idées.")])),
            page("/projects", "Tous les projets", listing([("/project/appel-a-idees-centre-ville/presentation/appel-a-idees", "Appel à idées : le centre-ville de demain")])),
            page("/project/appel-a-idees-centre-ville/presentation/appel-a-idees", "Appel à idées : le centre-ville de demain",
                 "<p>Appel à idées ouvert jusqu'au 30 juin : proposez vos idées pour le centre-ville, puis votez pour vos préférées.</p>"
                 '<a class="btn btn-primary" href="/login">Déposer une proposition</a>',
                 features={"suggestion_call"}, parent=("Projets", "/projects")),
        ])
    neighbours = Site(
        network, "community", "Mirabelle Voisins", features=frozenset({"territorial_social_network"}),
        pages=[
            page("/", "Le réseau des voisins de Mirabelle",
                 "<p>Prêtez, empruntez, entraidez-vous : le réseau social de proximité des habitants de Mirabelle-sur-Loue, "
                 "proposé par la Ville.</p><ul><li>Quartier des Vergers : 412 membres</li><li>Centre : 655 membres</li></ul>"),
        ])
    return City("99011", "Mirabelle-sur-Loue", 64980, "25", "27", "Bourgogne-Franche-Comté", "http://www.mirabelle-sur-loue.fr/",
                [www, platform, neighbours])


def kerbrennec():
    """Level 3: SPIP contact form, a WP-Polls-like poll, a Flarum board on its own domain."""
    agora = "www.agora-kerbrennec.bzh"
    www = Site(
        "www.kerbrennec.bzh", "spip", "Kerbrennec", address="Ti-kêr, 1 plasenn an Ti-kêr, 56999 Kerbrennec",
        menu=[("Actualités", "/Actualites"), ("Sondage", "/Sondage-rythmes-scolaires"), ("Contact", "/Contact")],
        accounts=[social("facebook", "kerbrennec"), social("instagram", "kerbrennec")],
        pages=[
            page("/", "Accueil", home("Kerbrennec / Kerbrenneg.", [
                ("/Sondage-rythmes-scolaires", "Sondage : les rythmes scolaires", "Votre avis compte."),
                (f"http://{agora}/", "L'Agora, forum des habitants", "Discutez de la vie locale.")])),
            page("/Actualites", "Actualités", "<p>Le festival de musique bretonne aura lieu le 21 juin.</p>"),
            page("/Sondage-rythmes-scolaires", "Sondage : les rythmes scolaires",
                 w.wp_poll(3, "Êtes-vous favorable à la semaine de quatre jours ?", ["Oui", "Non", "Sans avis"]), features={"poll"}),
            page("/Contact", "Contact", w.spip_contact("/Contact"), features={"contact_form"}),
        ])
    board = Site(
        agora, "flarum", "L'Agora de Kerbrennec", features=frozenset({"forum"}),
        pages=[
            page("/", "Toutes les discussions", w.flarum_list([("/d/7-le-marche-du-dimanche", "Le marché du dimanche")])),
            page("/d/7-le-marche-du-dimanche", "Le marché du dimanche",
                 '<div class="Post"><p>Soizic : le marché pourrait-il rester jusqu\'à 14 h ?</p></div>'
                 '<div class="Post"><p>Yann : bonne idée en été.</p></div>'),
        ])
    return City("99012", "Kerbrennec", 51230, "56", "53", "Bretagne", "http://www.kerbrennec.bzh/", [www, board])


def sainte_odile():
    """Level 4 without any contact form: an idea call on Go Vocal."""
    platform_host = "sainte-odile-du-lac.govocal.com"
    www = Site(
        "www.sainte-odile-du-lac.fr", "vendor", "Sainte-Odile-du-Lac", address="Mairie, 1 rue du Lac, 67999 Sainte-Odile-du-Lac",
        menu=[("Actualités", "/actualites/"), ("Vos idées", "/vos-idees/")],
        accounts=[social("facebook", "SainteOdileDuLac"), social("tiktok", "sainteodiledulac")],
        pages=[
            page("/", "Accueil", home("Sainte-Odile-du-Lac, ville lacustre.", [
                ("/vos-idees/", "Appel à idées citoyennes", "Sur notre plateforme participative.")])),
            page("/actualites/", "Actualités", "<p>La base nautique ouvre le 1er juin.</p>"),
            page("/vos-idees/", "Vos idées pour le lac",
                 f'<p>Rendez-vous sur <a href="http://{platform_host}/">la plateforme participative</a> pour proposer vos idées.</p>',
                 features={"suggestion_call"}),
        ])
    platform = Site(
        platform_host, "govocal", "Sainte-Odile participe", features=PLATFORM, platforms=frozenset({"go_vocal"}),
        menu=[("Projets", "/fr-FR/projects")],
        pages=[
            page("/", "Accueil", home("Participez à l'avenir de Sainte-Odile-du-Lac.", [
                ("/fr-FR/projects/idees-pour-le-lac", "Des idées pour le lac", "Proposez vos idées.")])),
            page("/fr-FR/projects", "Projets", listing([("/fr-FR/projects/idees-pour-le-lac", "Des idées pour le lac")])),
            page("/fr-FR/projects/idees-pour-le-lac", "Des idées pour le lac",
                 "<p>Appel à idées : partagez vos idées pour les berges du lac. Les idées les plus soutenues seront étudiées "
                 "par le conseil municipal.</p>", features={"suggestion_call"}, parent=("Projets", "/fr-FR/projects")),
        ])
    return City("99013", "Sainte-Odile-du-Lac", 148900, "67", "44", "Grand Est", "http://www.sainte-odile-du-lac.fr/", [www, platform])


def fontclaire():
    """Level 2 without a contact form: a Joomla site presenting its neighbourhood councils."""
    www = Site(
        "www.fontclaire.fr", "joomla", "Fontclaire", address="Hôtel de ville, cours Mirabeau, 13999 Fontclaire",
        menu=[("Actualités", "/index.php/actualites"), ("Conseils de quartier", "/index.php/conseils-de-quartier")],
        accounts=[social("x", "Fontclaire", "https://x.com/Fontclaire")],
        pages=[
            page("/", "Accueil", home("Fontclaire, ville de Provence.", [
                ("/index.php/conseils-de-quartier", "Conseils de quartier", "Les dates des prochaines réunions.")])),
            page("/index.php/actualites", "Actualités", "<p>Les vendanges de la ville le 20 septembre.</p>"),
            page("/index.php/conseils-de-quartier", "Conseils de quartier",
                 "<p>Les conseils de quartier et la commission extra-municipale de concertation font vivre la démocratie "
                 "de proximité. Réunions publiques ouvertes à tous les habitants.</p>", features={"participation_displayed"}),
        ])
    return City("99014", "Fontclaire", 201340, "13", "93", "Provence-Alpes-Côte d'Azur", "http://www.fontclaire.fr/", [www])


BUILDERS = [vallon_la_foret, saint_aubin, montclar, bellerive, roche_aiguille, villeneuve_des_ormes,
            port_esquel, champagnac, haute_sorgue, lorvenne, mirabelle, kerbrennec, sainte_odile, fontclaire]


@functools.lru_cache(maxsize=1)
def _cities():
    return tuple(build() for build in BUILDERS)


def cities():
    return list(_cities())
