"""Holdout cities on ordinary municipal CMSs: polls from plugins and embeds, article forums,
petitions on the city's site, participation under a local brand, and their lookalikes."""
import re
from html import unescape

from ..site import City, Site, page, social
from . import towns_markup as m

_NEWS = m.news_list(m.CIVIC_NEWS)
_LOCAL_HREF = re.compile(r"""href=["'](/[^"'#]*)["']""")


def _home(intro, links):
    tiles = "".join(f'<li class="tile"><a href="{href}">{label}</a></li>' for href, label in links)
    return m.prose(intro) + f'<nav class="acces-rapides"><h2>En un clic</h2><ul>{tiles}</ul></nav>' + _NEWS


def roche_sur_lirette() -> City:
    """WordPress: WP-Polls in a sidebar, a closed poll's results, native comments, Contact Form 7,
    a forum of associations and a national petition link (negatives)."""
    poll = m.wp_polls(7, "Quel jour préférez-vous pour le marché ?", ["Mercredi", "Samedi", "Dimanche"])
    pages = [
        page("/", "Accueil", _home("Bienvenue sur le site de la commune de Roche-sur-Lirette.",
             [("/vie-locale/marche", "Le marché"), ("/contact", "Nous écrire"), ("/agenda/forum-associations", "Rentrée associative"),
              ("/actualites/sondage-2023-resultats", "Résultats 2023"), ("/actualites/fibre", "La fibre arrive"),
              ("/actualites/ligne-tgv", "Desserte ferroviaire")])),
        page("/vie-locale/marche", "Le marché hebdomadaire", m.page_with_aside(
            m.prose("Une vingtaine de producteurs locaux s'installent place du Foirail chaque semaine.",
                    "La municipalité réfléchit à un second jour de marché et souhaite connaître l'avis des habitants."),
            poll + _NEWS), {"poll"}),
        page("/actualites/sondage-2023-resultats", "Résultats : l'éclairage public la nuit", m.prose(
            "Le sondage de l'an dernier sur l'extinction de l'éclairage entre 1 h et 5 h est terminé. Merci aux 412 participants.")
             + m.wp_polls_results(5, "Faut-il éteindre l'éclairage public la nuit ?",
                                  [("Oui", 64, 264), ("Non", 29, 119), ("Sans avis", 7, 29)]) + _NEWS,
             decoys={"poll"}),
        page("/actualites/fibre", "La fibre arrive dans les hameaux", m.prose(
            "Les travaux de déploiement de la fibre optique commencent en septembre aux Granges et à Bel-Air.",
            "Les habitants peuvent tester leur éligibilité sur le site de l'opérateur.")
             + m.wp_comments([("Jeanine P.", "14 juin", "Enfin ! Et pour le Moulin, c'est prévu quand ?"),
                              ("Mairie", "15 juin", "Le Moulin sera raccordé au second semestre.")], "/wp-comments-post.php")
             + m.share_buttons("http://www.roche-sur-lirette.fr/actualites/fibre"), {"comments"}),
        page("/agenda/forum-associations", "Forum des associations", m.prose(
            "Le forum des associations se tient le samedi 7 septembre au gymnase, de 10 h à 17 h.",
            "Sport, culture, solidarité : une quarantaine d'associations présentent leurs activités.") + _NEWS,
             decoys={"forum"}),
        page("/actualites/ligne-tgv", "Desserte ferroviaire : la mobilisation continue", m.prose(
            "Le conseil municipal a voté une motion pour le maintien des arrêts en gare.",
            "Une pétition nationale sur les petites lignes circule aussi : "
            "<a href='https://www.change.org/p/sauvons-les-trains-du-quotidien'>change.org</a>.") + _NEWS,
             decoys={"petition"}),
        page("/contact", "Contact", m.prose("Mairie ouverte du lundi au vendredi, 8 h 30 - 12 h.")
             + m.contact_cf7("/contact/"), {"contact_form"}, decoys={"suggestion_call"}),
    ]
    www = Site("www.roche-sur-lirette.fr", "wordpress", "Roche-sur-Lirette", pages,
               menu=[("Accueil", "/"), ("Vie locale", "/vie-locale/marche"), ("Contact", "/contact")],
               accounts=[social("facebook", "RocheSurLirette")], address="Mairie, 2 rue du Foirail")
    return City("98001", "Roche-sur-Lirette", 2140, "24", "75", "Nouvelle-Aquitaine",
                "http://www.roche-sur-lirette.fr/", [www])


def aubrac_les_vignes() -> City:
    """SPIP: a forum under an article, its posting page, a sondage in a form, and the forum de l'emploi."""
    forum = m.spip_forum(118, [("Stationnement", "Paul", "3 mars", "Le parking de la poste est toujours plein le matin."),
                               ("Re : Stationnement", "Aline", "4 mars", "Un arrêt minute réglerait une partie du problème.")])
    pages = [
        page("/", "Accueil", _home("Aubrac-les-Vignes, village du plateau.",
             [("/spip.php?article118", "Centre-bourg"), ("/spip.php?article131", "Sondage cantine"),
              ("/spip.php?article140", "Emploi"), ("/spip.php?page=contact", "Contact")])),
        page("/spip.php?article118", "Aménagement du centre-bourg", m.prose(
            "Le projet de réaménagement de la place de l'Église est présenté en réunion publique le 12 mars.",
            "Les plans sont consultables en mairie. Donnez votre avis ci-dessous.") + forum, {"forum", "participation_displayed"}),
        page("/spip.php?page=forum&id_article=118", "Répondre à : Aménagement du centre-bourg",
             m.prose("Votre message sera publié après modération.") + m.spip_forum_form(118), {"forum"}),
        page("/spip.php?article131", "Sondage : la cantine scolaire", m.prose(
            "Parents, aidez-nous à préparer la rentrée : répondez à ces trois questions avant le 30 juin.")
             + '<div class="formulaire_spip formulaire_sondage"><form method="post" action="/spip.php?article131">'
             + m.radio_question("q1", "Votre enfant mange-t-il à la cantine ?", ["Tous les jours", "Parfois", "Jamais"])
             + m.radio_question("q2", "Êtes-vous satisfait des menus ?", ["Oui", "Plutôt", "Non"])
             + m.radio_question("q3", "Souhaitez-vous un menu végétarien par semaine ?", ["Oui", "Non"])
             + '<input type="submit" class="submit" value="Valider"></form></div>', {"poll"}, decoys={"comments"}),
        page("/spip.php?article140", "Forum de l'emploi saisonnier", m.prose(
            "Le forum de l'emploi saisonnier réunit les employeurs du canton le 18 avril à la salle des fêtes.",
            "Viticulture, tourisme, restauration : venez avec votre CV.") + _NEWS, decoys={"forum"}),
        page("/spip.php?page=contact", "Contact", m.contact_generic("/spip.php?page=contact", "formulaire_spip formulaire_contact",
                                                                    "texte_message"), {"contact_form"}),
    ]
    www = Site("www.aubrac-les-vignes.fr", "spip", "Aubrac-les-Vignes", pages,
               menu=[("Accueil", "/"), ("Actualités", "/spip.php?article118"), ("Contact", "/spip.php?page=contact")])
    return City("98002", "Aubrac-les-Vignes", 890, "12", "76", "Occitanie", "http://www.aubrac-les-vignes.fr/", [www])


def val_d_essigny() -> City:
    """Drupal: a poll block, a Webform survey, a branded participation page, neighbourhood meetings,
    and the gendarmerie's neighbourhood watch and the ordinary budget (negatives)."""
    pages = [
        page("/", "Accueil", _home("Val-d'Essigny, ville de 18 000 habitants aux portes de la métropole.",
             [("/essigny-participe", "Essigny participe"), ("/vos-quartiers", "Vos quartiers"),
              ("/enquete-mobilites", "Vos déplacements"), ("/securite/participation-citoyenne", "Sécurité"),
              ("/finances/budget-primitif-2024", "Budget 2024"), ("/bibliotheque", "Médiathèque")])),
        page("/essigny-participe", "Essigny participe", m.prose(
            "Parce que la ville se construit avec celles et ceux qui la vivent, la municipalité a mis en place plusieurs "
            "dispositifs participatifs : les rencontres de quartier, le conseil des jeunes et le conseil des sages.",
            "Chaque grand projet fait l'objet d'une réunion publique et d'un temps d'échange avec les habitants.",
            "Les instances participatives se réunissent deux fois par an ; leurs comptes rendus sont publiés en ligne."),
             {"participation_displayed"}),
        page("/vos-quartiers", "Vos quartiers, vos rendez-vous", m.prose(
            "Quatre fois par an, les élus de secteur viennent à votre rencontre lors des réunions de quartier.",
            "Ordre du jour ouvert : voirie, propreté, animations. Chacun peut y prendre la parole et faire remonter ses attentes.",
            "Prochaines rencontres : Les Tilleuls le 4 octobre, Centre le 11 octobre, La Garenne le 18 octobre.") + _NEWS,
             {"participation_displayed"}),
        page("/enquete-mobilites", "Enquête : vos déplacements", m.prose(
            "Comment vous déplacez-vous dans Val-d'Essigny ? Cette enquête nous aide à préparer le plan vélo.")
             + m.webform("enquete_mobilites", "Questionnaire anonyme, 5 minutes.",
                         [("Quel mode utilisez-vous le plus ?", ["Voiture", "Vélo", "Bus", "Marche"]),
                          ("Vous sentez-vous en sécurité à vélo ?", ["Oui", "Non", "Je ne fais pas de vélo"])]),
             {"poll"}, decoys={"comments", "contact_form"}),
        page("/bibliotheque", "Médiathèque", m.page_with_aside(
            m.prose("La médiathèque est ouverte le mardi, le mercredi et le samedi. Prêt gratuit pour les moins de 18 ans."),
            m.drupal_poll("Quel nouvel horaire vous conviendrait ?", ["Jeudi soir", "Dimanche matin", "Aucun"], 54)),
             {"poll"}),
        page("/securite/participation-citoyenne", "Dispositif participation citoyenne", m.prose(
            "En lien avec la gendarmerie, le dispositif de participation citoyenne associe des habitants référents à la "
            "sécurité de leur quartier : ils signalent tout fait inhabituel à la brigade.",
            "Une convention a été signée entre le maire, le préfet et le commandant de groupement."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/finances/budget-primitif-2024", "Budget primitif 2024", m.prose(
            "Le budget primitif 2024 a été adopté en conseil municipal le 28 mars : 21,4 M€ en fonctionnement.",
            "Les taux d'imposition restent inchangés. Le compte administratif 2023 est également consultable."),
             decoys={"participatory_budget", "participation_displayed"}),
        page("/contact", "Nous contacter", m.contact_generic("/contact", "contact-message-feedback-form contact-form"),
             {"contact_form"}),
    ]
    www = Site("www.val-d-essigny.fr", "drupal", "Ville de Val-d'Essigny", pages,
               menu=[("Accueil", "/"), ("Essigny participe", "/essigny-participe"), ("Contact", "/contact")],
               accounts=[social("instagram", "valdessigny"), social("youtube", "ValdEssignyTV")])
    return City("98003", "Val-d'Essigny", 18230, "95", "11", "Île-de-France", "http://www.val-d-essigny.fr/", [www])


def pont_ardelle() -> City:
    """Joomla: the poll module, Framaforms and Google Forms embeds, a menu link to a survey,
    an e-services portal (negatives: espace citoyen)."""
    pages = [
        page("/", "Accueil", m.page_with_aside(_home("Pont-Ardelle, au bord de l'Ardelle.",
             [("/index.php/vie-pratique/espace-citoyen", "Espace citoyen"), ("/index.php/jeunesse/consultation-jeunes", "Jeunes"),
              ("/index.php/culture/saison", "Saison culturelle"), ("/index.php/contact", "Contact")]),
             m.joomla_poll("Êtes-vous satisfait du nouveau site ?", ["Oui", "Moyennement", "Non"])), {"poll"}),
        page("/index.php/jeunesse/consultation-jeunes", "Jeunes : on vous écoute", m.prose(
            "Tu as entre 11 et 25 ans ? Dis-nous quelles activités tu voudrais à l'espace jeunes.")
             + m.iframe("https://framaforms.org/questionnaire-jeunes-pont-ardelle-1712345678", "Questionnaire jeunesse"),
             {"poll"}),
        page("/index.php/culture/saison", "Saison culturelle", m.prose(
            "Théâtre, concerts, cinéma en plein air : la saison s'ouvre le 20 septembre.",
            "Aidez-nous à bâtir la programmation de l'an prochain en répondant à ce court formulaire.")
             + m.iframe("https://docs.google.com/forms/d/e/1FAIpQLSf-pontardelle-culture/viewform?embedded=true",
                        "Formulaire saison culturelle"), {"poll"}),
        page("/index.php/vie-pratique", "Vie pratique", m.prose(
            "Retrouvez ici les horaires des services, les démarches et les liens utiles.")
             + '<ul class="menu"><li><a href="/index.php/vie-pratique/espace-citoyen">Espace citoyen</a></li>'
               '<li><a href="https://framaforms.org/enquete-transport-scolaire">Enquête transport scolaire</a></li>'
               '<li><a href="/index.php/contact">Contact</a></li></ul>' + _NEWS, decoys={"poll"}),
        page("/index.php/vie-pratique/espace-citoyen", "Espace citoyen", m.prose(
            "L'espace citoyen vous permet de réaliser vos démarches en ligne : inscriptions scolaires, paiement de la "
            "cantine, demandes d'actes d'état civil.") + m.login_form("/espace-citoyen/login"),
             decoys={"participatory_platform", "participation_displayed", "contact_form"}),
        page("/index.php/contact", "Contact", m.contact_generic("/index.php/contact", "form-validate contact-form",
                                                                "jform[contact_message]"), {"contact_form"}),
    ]
    www = Site("www.pont-ardelle.fr", "joomla", "Mairie de Pont-Ardelle", pages,
               menu=[("Accueil", "/"), ("Vie pratique", "/index.php/vie-pratique"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "pontardelle"), social("x", "PontArdelle")])
    return City("98004", "Pont-Ardelle", 6120, "08", "44", "Grand Est", "http://www.pont-ardelle.fr/", [www])


def marcillac_sur_dronne() -> City:
    """TYPO3: petitions on the city's site, an interpellation with supporters, a budget under a local
    brand, calls worded as verbs, and a tender call (negative)."""
    petitions = "".join(
        f'<article class="petition-item"><h3><a href="/petitions/{slug}">{title}</a></h3><p>{count} signatures sur 300 '
        f'requises</p><progress max="300" value="{count}"></progress></article>'
        for slug, title, count in (("pistes-cyclables", "Des pistes cyclables rue de Périgueux", 214),
                                   ("ombre-cours-ecole", "Des arbres dans la cour de l'école", 301)))
    sign = ('<form class="petition-sign" method="post" action="/petitions/pistes-cyclables/signer">'
            '<label for="s-nom">Nom</label><input id="s-nom" name="nom"><label for="s-mail">Courriel</label>'
            '<input id="s-mail" name="email" type="email"><label><input type="checkbox" name="resident"> Je réside à '
            'Marcillac-sur-Dronne</label><button type="submit">Je signe</button></form>')
    pages = [
        page("/", "Accueil", _home("Marcillac-sur-Dronne, ville de caractère.",
             [("/ensemble", "Ensemble pour Marcillac"), ("/petitions", "Pétitions"), ("/idees-marcillacoises", "Les Idées Marcillacoises"),
              ("/interpellation", "Interpellation"), ("/marches-publics", "Marchés publics")])),
        page("/ensemble", "Ensemble pour Marcillac", m.prose(
            "Ensemble pour Marcillac, c'est la démarche qui donne la parole aux habitants entre deux élections.",
            "Ateliers dans les quartiers, comité d'usagers des transports, rencontres avec le maire chaque trimestre : "
            "la ville associe les Marcillacois aux décisions qui les concernent.",
            "Une charte fixe les engagements de la municipalité envers les habitants qui participent."),
             {"participation_displayed"}),
        page("/petitions", "Pétitions citoyennes", m.prose(
            "Toute personne résidant dans la commune peut déposer une pétition. Au-delà de 300 signatures, le conseil "
            "municipal en débat.") + petitions, {"petition"}),
        page("/petitions/pistes-cyclables", "Des pistes cyclables rue de Périgueux", m.prose(
            "Déposée le 2 février par un collectif d'habitants.", "214 personnes ont déjà signé.") + sign, {"petition"}),
        page("/interpellation", "Interpellation citoyenne", m.prose(
            "Un habitant peut demander l'inscription d'un sujet à l'ordre du jour du conseil municipal. La demande est "
            "recevable lorsqu'elle réunit 150 soutiens.",
            "En cours : « Réouverture du bureau de poste de la Gare » — 97 soutiens."
            " <a href='/interpellation/soutenir'>Soutenir</a>"), {"petition"}),
        page("/idees-marcillacoises", "Les Idées Marcillacoises", m.prose(
            "50 000 € chaque année pour réaliser les projets des habitants.",
            "Déposez votre projet avant le 15 mai, puis votez en septembre pour vos trois projets préférés.",
            "Projets réalisés en 2023 : un jardin partagé, des bancs le long de la Dronne, une boîte à livres.")
             + '<form method="post" action="/idees-marcillacoises/deposer"><label for="p-titre">Titre du projet</label>'
               '<input id="p-titre" name="titre"><label for="p-desc">Description</label><textarea id="p-desc" '
               'name="description"></textarea><label for="p-cout">Coût estimé</label><input id="p-cout" name="cout">'
               '<button>Déposer mon projet</button></form>', {"participatory_budget", "suggestion_call"}),
        page("/marches-publics", "Marchés publics", m.prose(
            "Appel d'offres : réfection de la toiture de la halle. Date limite de remise des offres : 30 juin.",
            "Appel à candidatures : occupation du kiosque du parc pour la saison estivale.") + _NEWS,
             decoys={"suggestion_call", "participatory_budget"}),
        page("/contact", "Contact", m.contact_generic("/contact", "tx-powermail"), {"contact_form"}),
    ]
    www = Site("www.marcillac-sur-dronne.fr", "typo3", "Marcillac-sur-Dronne", pages,
               menu=[("Accueil", "/"), ("Participer", "/ensemble"), ("Contact", "/contact")],
               accounts=[social("facebook", "marcillacsurdronne"), social("mastodon", "marcillac@mastodon.social")])
    return City("98005", "Marcillac-sur-Dronne", 9870, "24", "75", "Nouvelle-Aquitaine",
                "http://www.marcillac-sur-dronne.fr/", [www])


def lestrade_en_causse() -> City:
    """A vendor CMS: a neighbours' network page, a call for contributions, embeds of Microsoft Forms and
    Typeform, and lookalikes (outings ideas, préfecture, a consultation mentioned in passing)."""
    pages = [
        page("/", "Accueil", _home("Lestrade-en-Causse vous souhaite la bienvenue.",
             [("/voisins", "Lestrade Voisins"), ("/projet-de-ville", "Projet de ville"), ("/sortir", "Sortir"),
              ("/actualites/conseil-municipal-juin", "Conseil de juin"), ("/enquete-seniors", "Seniors")])),
        page("/voisins", "Lestrade Voisins", m.prose(
            "Lestrade Voisins est le réseau d'entraide entre habitants de la commune : prêt d'outils, covoiturage, "
            "petites annonces, alertes du quartier.",
            "Pour rejoindre le réseau, créez un compte gratuit avec votre adresse : vous êtes rattaché à votre quartier "
            "et pouvez échanger avec vos voisins.",
            "Le réseau est animé par la ville ; ses modérateurs veillent au respect de la charte.")
             + '<p><a class="btn" href="/voisins/inscription">Je m\'inscris</a></p>',
             {"territorial_social_network"}),
        page("/voisins/inscription", "Rejoindre Lestrade Voisins", m.prose(
            "Inscription gratuite, réservée aux habitants de la commune : votre adresse vous rattache à votre quartier.")
             + m.login_form("/voisins/inscription", "email", "nouveau_mot_de_passe"),
             {"territorial_social_network"}, decoys={"contact_form"}),
        page("/projet-de-ville", "Lestrade 2035 : à vos contributions !", m.prose(
            "La ville prépare son projet pour les dix prochaines années. Soumettez vos propositions : une idée pour le "
            "centre, un équipement qui manque, un lieu à protéger.")
             + '<form method="post" action="/projet-de-ville/contribuer"><label for="idee">Votre proposition</label>'
               '<textarea id="idee" name="proposition" rows="6"></textarea><label for="th">Thème</label><select id="th" '
               'name="theme"><option>Cadre de vie</option><option>Mobilités</option><option>Solidarités</option></select>'
               '<button>Envoyer ma contribution</button></form>', {"suggestion_call", "participation_displayed"}),
        page("/enquete-seniors", "Enquête : bien vieillir à Lestrade", m.prose(
            "Le CCAS lance une enquête auprès des plus de 65 ans sur leurs besoins (transport, loisirs, aide à domicile).")
             + m.iframe("https://forms.office.com/Pages/ResponsePage.aspx?id=lestradeCCAS2024", "Enquête seniors")
             + m.prose("Vous préférez le papier ? Le questionnaire est disponible à l'accueil de la mairie."),
             {"poll"}, decoys={"comments"}),
        page("/sortir", "Idées de sorties", m.prose(
            "Randonnées sur le causse, visites de la grotte, marchés de producteurs : toutes nos idées de sorties.",
            "Pour le reste du département, consultez le site de la préfecture et de l'office de tourisme.") + _NEWS,
             decoys={"suggestion_call"}),
        page("/actualites/conseil-municipal-juin", "Retour sur le conseil municipal de juin", m.prose(
            "Le conseil municipal du 24 juin a voté la rénovation du gymnase, pour un montant de 1,2 M€.",
            "Les élus ont aussi approuvé les tarifs de la cantine, la convention avec l'école de musique et la vente d'un "
            "terrain communal aux Combes.",
            "Le rapport sur la piscine intercommunale, qui avait fait l'objet d'une consultation l'an passé, sera présenté "
            "à l'automne.",
            "La séance s'est terminée par les questions diverses : stationnement rue Haute, fête du village.") + _NEWS,
             decoys={"participation_displayed"}),
        page("/club-lecture", "Club lecture : votre avis", m.prose(
            "Notez les livres du mois et dites-nous lesquels vous aimeriez lire.")
             + '<div data-tf-widget="lestradeLecture" data-tf-opacity="100" style="height:500px"></div>'
               '<script src="//embed.typeform.com/next/embed.js"></script>'
               '<noscript><a href="https://form.typeform.com/to/lestradeLecture">Répondre au questionnaire</a></noscript>',
             {"poll"}, decoys={"comments"}),
        page("/contact", "Contact", m.contact_generic("/contact", "rgaa-form"), {"contact_form"}),
    ]
    www = Site("www.lestrade-en-causse.fr", "vendor", "Lestrade-en-Causse", pages,
               menu=[("Accueil", "/"), ("Voisins", "/voisins"), ("Club lecture", "/club-lecture"), ("Contact", "/contact")],
               accounts=[social("facebook", "lestradeencausse")])
    return City("98006", "Lestrade-en-Causse", 3450, "46", "76", "Occitanie", "http://www.lestrade-en-causse.fr/", [www])


def cities():
    towns = [roche_sur_lirette(), aubrac_les_vignes(), val_d_essigny(), pont_ardelle(), marcillac_sur_dronne(),
             lestrade_en_causse()]
    for town in towns:
        _serve_news(town.sites[0])
        _serve_linked(town.sites[0])
    return towns


def _serve_linked(site):
    """A plain page, with no feature, at every address of the site its pages link to and it does not
    serve (a petition's own page, a results page): a full crawl of the town then ends ok."""
    for href in sorted({unescape(h) for p in list(site.pages) for h in _LOCAL_HREF.findall(p.body)}):
        _serve(site, page(href, "Information", m.prose("Cette page présente le détail de la démarche.",
                                                       "Renseignements à l'accueil de la mairie.")))


def _serve_news(site):
    """The news items every page's teaser block links to, served, so that a full crawl ends ok."""
    for href, title, date in m.CIVIC_NEWS:
        _serve(site, page(href, title, m.prose(f"Publié le {date}. {title}.", "Renseignements en mairie.")))


def _serve(site, item):
    if item.path not in site.by_path:
        site.pages.append(item)
        site.by_path[item.path] = item
