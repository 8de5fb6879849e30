"""The fifth part of the holdout: eight communes, 98401-98408, with their own markup (``bourgs_markup``).

Labelled from docs/CODEBOOK.md alone: ``features`` are the codes a page holds, ``decoys`` the codes it looks
close to but does not hold. A borderline page carries a one-line comment with the codebook's reason.

- 98401 Saint-Orens-de-Lisle: WordPress (WP-Polls, Gravity Forms, native comments, a Google Forms survey)
  and a Fluicity space.
- 98402 Kerbellec: SPIP (forums under articles and a residents' forum, Forms & Tables poll, écrire à
  l'auteur, a Framaforms survey, a boîte à idées); no account of its own on social platforms.
- 98403 Chassagne-la-Rivière: Joomla (poll module, Convert Forms, Disqus, a Typeform survey) and a Jenparle space.
- 98404 Beaurivage-sur-Drôme: Drupal (Poll, comments, core contact form), conseils de quartier, and a Decidim
  platform whose budget is known only by its local name.
- 98405 Hautmesnil: TYPO3 (form framework, a Microsoft Forms survey), a droit d'interpellation, conseils de
  quartier, and a CONSUL Democracy platform.
- 98406 Lorvignac: a vendor CMS, its approach under its own brand, a Tally survey and the city's own
  questionnaire, a Cap Collectif platform and the city's neighbours' network.
- 98407 Vallon-Sainte-Brune: WordPress (YOP Poll, Crowdsignal, Fluent Forms, a home-made reactions box) and an
  id-city space.
- 98408 Thézac-en-Sologne: a vendor CMS, its own e-petitions space, a LimeSurvey server and a Consultvox space.
"""
from ..site import City, Site, page, social
from . import bourgs_markup as m

REGIONS = {"24": ("75", "Nouvelle-Aquitaine"), "56": ("53", "Bretagne"), "71": ("27", "Bourgogne-Franche-Comté"),
           "26": ("84", "Auvergne-Rhône-Alpes"), "80": ("32", "Hauts-de-France"), "44": ("52", "Pays de la Loire"),
           "88": ("44", "Grand Est"), "41": ("24", "Centre-Val de Loire")}
PLATFORM = frozenset({"participatory_platform"})
NETWORK = frozenset({"territorial_social_network"})


def _city(code, name, population, departement, sites, **kw):
    region, region_name = REGIONS[departement]
    return City(code, name, population, departement, region, region_name, f"http://{sites[0].host}/", sites,
                population_year=2022, **kw)


def hosts():
    """No page of this part is drawn by a script."""
    return {}


# =================================================================================================
# 98401 Saint-Orens-de-Lisle (Dordogne): WordPress, and "Saint-Orens & vous", a Fluicity space
# =================================================================================================

SO = "www.saint-orens-de-lisle.fr"
SO_FLUI = "saint-orens-de-lisle.flui.city"


def saint_orens() -> City:
    fl = f"http://{SO_FLUI}"
    sidebar_poll = ('<aside id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Sondage du mois</h2>'
                    + m.wp_polls(7, "Le marché du jeudi devrait-il se tenir en fin d'après-midi l'été ?",
                                 ["Oui, de 16 h à 20 h de juin à septembre", "Non, le matin me convient", "Sans opinion"]) + "</aside>")
    pages = [
        page("/", "Accueil", m.accueil(
            "Bienvenue sur le site de la mairie de Saint-Orens-de-Lisle, au bord de l'Isle, entre Périgueux et Mussidan.",
            [("Écrire à la mairie", "/demarches/contact/"), ("Démarches", "/demarches/"), ("Médiathèque", "/services/mediatheque/"),
             ("Saint-Orens &amp; vous", "/vie-municipale/saint-orens-et-vous/"), ("Enquête mobilités", "/cadre-de-vie/enquete-mobilites/"),
             ("Lettre d'information", "/lettre-d-information/")],
            [("Commerce", "Le marché de producteurs s'installe place du Foirail", "/actualites/marche-de-producteurs-place-du-foirail/",
              "14 mars 2025", "Douze producteurs chaque jeudi matin."),
             ("Vie associative", "Forum des associations : 48 stands le 6 septembre", "/actualites/forum-des-associations-2025/",
              "28 août 2025", "Sport, culture, solidarité : venez rencontrer les bénévoles."),
             ("Éducation", "Une rentrée sous le signe des travaux", "/actualites/une-rentree-sous-le-signe-des-travaux/",
              "2 septembre 2025", "Cour d'école désimperméabilisée et nouvelle cantine."),
             ("Cadre de vie", "Éclairage nocturne : ce que vous avez répondu", "/actualites/eclairage-nocturne-resultats/",
              "10 février 2025", "Les résultats du sondage de janvier.")],
            encart=sidebar_poll), {"poll"}),
        page("/actualites/", "Actualités", m.liste_actus([
            ("Le marché de producteurs s'installe place du Foirail", "/actualites/marche-de-producteurs-place-du-foirail/", "14 mars 2025",
             "Douze producteurs chaque jeudi matin."),
            ("Forum des associations : 48 stands le 6 septembre", "/actualites/forum-des-associations-2025/", "28 août 2025", "Rendez-vous au gymnase."),
            ("Une rentrée sous le signe des travaux", "/actualites/une-rentree-sous-le-signe-des-travaux/", "2 septembre 2025", "Ce qui change à l'école."),
            ("Éclairage nocturne : ce que vous avez répondu", "/actualites/eclairage-nocturne-resultats/", "10 février 2025", "Résultats.")])),
        page("/actualites/marche-de-producteurs-place-du-foirail/", "Le marché de producteurs s'installe place du Foirail",
             m.p("Depuis le 20 mars, le marché de producteurs quitte le parking de la salle des fêtes pour la place du Foirail, plus ombragée "
                 "et plus proche des commerces du bourg. Douze exploitants y vendent chaque jeudi de 8 h à 12 h 30 fruits, légumes, "
                 "fromages de chèvre, noix et miel du Périgord.",
                 "La rue du Foirail est fermée à la circulation pendant le marché ; le stationnement est possible sur le parking de la Poste.")
             + m.wp_comments(412, [
                 (3101, "Sylvie M.", "14 mars 2025 à 19 h 02", "Très bonne idée, on pourra enfin se garer sans tourner vingt minutes."),
                 (3104, "Jean-Pierre", "15 mars 2025 à 8 h 47", "Y aura-t-il un point d'eau pour les maraîchers ? La place n'en a pas.")],
                 "Le marché de producteurs s'installe place du Foirail")
             + m.partage(f"http://{SO}/actualites/marche-de-producteurs-place-du-foirail/", "Marché de producteurs"),
             {"comments"}, parent=("Actualités", "/actualites/")),
        # Results of a closed WP-Polls poll: bars and counts, nothing left to answer.
        page("/actualites/eclairage-nocturne-resultats/", "Éclairage nocturne : ce que vous avez répondu",
             m.p("En janvier, la mairie vous demandait s'il fallait éteindre l'éclairage public entre minuit et cinq heures. "
                 "Le sondage est clos : 684 personnes ont répondu.",
                 "L'extinction sera testée pendant un an dans les hameaux, le bourg restant éclairé le long de la route départementale.")
             + m.wp_polls_results(5, "Faut-il éteindre l'éclairage public au cœur de la nuit ?",
                                  [("Oui, partout", 288, 42), ("Oui, sauf dans le bourg", 241, 35), ("Non", 155, 23)], 684, "31 janvier 2025"),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/forum-des-associations-2025/", "Forum des associations : 48 stands le 6 septembre",
             m.p("Le forum des associations revient au gymnase Jean-Moulin le samedi 6 septembre de 10 h à 17 h. Quarante-huit associations "
                 "sportives, culturelles et solidaires présenteront leurs activités et prendront les inscriptions pour la saison.",
                 "Démonstrations de judo et de danse à 11 h et 15 h ; buvette tenue par le comité des fêtes.")
             + m.wp_comments_closed(), decoys={"forum", "comments"}, parent=("Actualités", "/actualites/")),
        # A long news item naming the city's participation tools in passing: mentions, not the features.
        page("/actualites/une-rentree-sous-le-signe-des-travaux/", "Une rentrée sous le signe des travaux",
             m.p("Les 212 élèves des écoles Jules-Ferry et des Tilleuls ont retrouvé lundi une cour transformée : l'enrobé a laissé place "
                 "à des copeaux, des massifs et deux grands chênes, pour rafraîchir l'espace les jours de chaleur.",
                 "La nouvelle cantine, dont la construction a débuté en février, ouvrira après les vacances de la Toussaint. En attendant, "
                 "les repas sont servis en deux services dans la salle polyvalente.",
                 "L'idée d'une cour plus verte était revenue souvent lors du dernier conseil de quartier des Tilleuls, puis sur l'espace "
                 "Saint-Orens &amp; vous, où une proposition des parents avait recueilli de nombreux votes ; elle n'a pas été financée par "
                 "un budget participatif mais par le budget d'investissement de la commune, avec l'aide de l'agence de l'eau.",
                 "Le périscolaire ouvre dès 7 h 15 ; les inscriptions se font sur le portail famille.")
             + m.wp_comments_closed(),
             decoys={"participation_displayed", "participatory_budget", "participatory_platform", "comments"},
             parent=("Actualités", "/actualites/")),
        page("/demarches/", "Démarches", m.p("Toutes vos démarches auprès de la mairie : état civil, urbanisme, inscriptions scolaires.")
             + m.links([("Écrire à la mairie", "/demarches/contact/"), ("Médiathèque", "/services/mediatheque/")])),
        page("/demarches/contact/", "Écrire à la mairie",
             m.p("Une question, une remarque, un signalement ? Remplissez ce formulaire : le service concerné vous répond sous huit jours ouvrés.",
                 "Accueil de la mairie : du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h.")
             + m.gravity_form(2, "/demarches/contact/#gf_2", [
                 ("Nom et prénom", "text", True), ("Adresse e-mail", "email", True), ("Téléphone", "tel", False),
                 (("Service concerné", ["Accueil", "État civil", "Urbanisme", "Services techniques", "Affaires scolaires"]), "select", True),
                 ("Votre message", "textarea", True)]),
             {"contact_form"}, parent=("Démarches", "/demarches/")),
        page("/services/mediatheque/", "Médiathèque de l'Isle",
             m.p("La médiathèque vous accueille le mardi de 14 h à 18 h, le mercredi et le samedi de 10 h à 18 h. L'inscription est gratuite "
                 "pour les habitants de la commune.", "Heure du conte le premier mercredi du mois à 10 h 30.")),
        # The city's page on its approach: it presents the councils and consultations and links to the platform.
        page("/vie-municipale/saint-orens-et-vous/", "Saint-Orens &amp; vous",
             m.h2("Une commune qui décide avec ses habitants",
                  "Depuis 2021, la municipalité associe les habitants aux projets qui changent leur quotidien : trois conseils de quartier "
                  "(le Bourg, les Tilleuls, les hameaux de l'Isle) se réunissent deux fois par an, et chaque grand projet fait l'objet "
                  "d'une concertation avant le vote du conseil municipal.",
                  "Une charte de la participation, adoptée en 2022, fixe les règles : information préalable, retour écrit sur chaque avis.")
             + m.h2("En ligne", f'Proposez une idée, votez pour celles des autres et répondez aux consultations sur l\'application '
                    f'{m.a(fl + "/", "Saint-Orens &amp; vous")}, disponible sur ordinateur et téléphone.'),
             {"participation_displayed"}, decoys={"participatory_platform"}, parent=("Vie municipale", "/vie-municipale/conseil-municipal/")),
        page("/vie-municipale/conseil-municipal/", "Conseil municipal",
             m.p("Le conseil municipal se réunit en séance publique à la salle du conseil, en général le dernier mardi du mois à 20 h 30.")
             + m.ul(["25 mars 2025 : vote du budget primitif", "27 mai 2025 : tarifs de la cantine", "24 juin 2025 : compte administratif 2024"])
             + m.links([("Budget et finances", "/vie-municipale/budget/")]), decoys={"participation_displayed"}),
        page("/vie-municipale/budget/", "Budget et finances",
             m.p("Le budget primitif 2025 s'élève à 9,4 millions d'euros, dont 2,7 millions en investissement. Les taux communaux de la taxe "
                 "foncière sont inchangés.", "Le compte administratif 2024 dégage un excédent de fonctionnement de 612 000 euros."),
             decoys={"participatory_budget"}, parent=("Vie municipale", "/vie-municipale/conseil-municipal/")),
        page("/cadre-de-vie/enquete-mobilites/", "Comment vous déplacez-vous ?",
             m.p("La commune prépare son plan de mobilité avec la communauté de communes. Pour savoir où créer des pistes cyclables et "
                 "des arrêts de covoiturage, nous avons besoin de connaître vos trajets quotidiens.",
                 "Ce questionnaire anonyme prend cinq minutes ; il est ouvert jusqu'au 30 avril.")
             + m.google_form("1FAIpQLSd7kR2vXq9mTnB4cW8yH3LpZ0aEoJ6uGf1sN5tVbY2xQwKjA", "Questionnaire mobilités de Saint-Orens-de-Lisle"),
             {"poll"}),
        page("/lettre-d-information/", "Lettre d'information", m.lettre_info("/lettre-d-information/?inscription=1"), decoys={"contact_form"}),
    ]
    site = Site(SO, "wordpress", "Saint-Orens-de-Lisle", pages,
                menu=[("Actualités", "/actualites/"), ("Démarches", "/demarches/"), ("Saint-Orens & vous", "/vie-municipale/saint-orens-et-vous/"),
                      ("Contact", "/demarches/contact/")],
                accounts=[social("facebook", "VilleSaintOrensDeLisle", "https://fr-fr.facebook.com/VilleSaintOrensDeLisle/"),
                          social("instagram", "saintorensdelisle", "https://www.instagram.com/saintorensdelisle/"),
                          social("youtube", "SaintOrensDeLisle")],
                address="Mairie, 1 place de la Mairie, 24400 Saint-Orens-de-Lisle")
    fl_pages = [
        page("/", "Saint-Orens &amp; vous",
             m.p("L'espace de dialogue de la commune : les habitants y proposent leurs idées, votent pour celles des autres, répondent aux "
                 "sondages de la mairie et suivent l'avancement des projets.")
             + m.links([("Les idées des habitants", "/ideas"), ("Sondage : la future aire de jeux", "/polls/41-aire-de-jeux-des-tilleuls"),
                        ("Idée : un abri vélo à la gare", "/ideas/1187-un-abri-velo-a-la-gare")])
             + m.propulse("Fluicity", "https://www.flui.city/")),
        page("/ideas", "Les idées des habitants",
             m.p("Vous avez une idée pour améliorer la vie à Saint-Orens-de-Lisle ? Proposez-la : au-delà de 50 soutiens, la mairie "
                 "s'engage à l'étudier et à vous répondre publiquement.")
             + '<a class="btn btn--cta" href="/ideas/new">Proposer une idée</a>'
             + m.ul([m.a("/ideas/1187-un-abri-velo-a-la-gare", "Un abri vélo sécurisé à la gare") + " — 63 soutiens",
                     "Des bancs le long de la voie verte — 31 soutiens", "Une boîte à livres aux Tilleuls — 18 soutiens"]),
             {"suggestion_call"}, parent=("Accueil", "/")),
        page("/ideas/new", "Proposer une idée",
             m.formulaire_ville("/ideas", "Votre idée", [("titre", "Titre de l'idée", "text", True), ("description", "Décrivez votre idée", "textarea", True),
                                                          ("quartier", "Quartier", ("select", ["Le Bourg", "Les Tilleuls", "Les hameaux"]), False)],
                                "Publier mon idée"),
             {"suggestion_call"}, parent=("Les idées", "/ideas")),
        # One resident's idea with its comments: not a call for ideas itself.
        page("/ideas/1187-un-abri-velo-a-la-gare", "Un abri vélo sécurisé à la gare",
             m.p("Proposée par Nathalie R., quartier du Bourg. Beaucoup d'entre nous prennent le TER pour Périgueux ; un abri fermé "
                 "éviterait les vols et encouragerait à venir à vélo.", "<strong>63 soutiens</strong> — Réponse de la mairie attendue.")
             + '<section class="comments"><h2>Commentaires (2)</h2><ul><li><b>Marc</b> : Avec des casiers pour les casques !</li>'
               '<li><b>Aline</b> : Le parking de la gare a la place, côté quai 2.</li></ul>'
               '<form action="/ideas/1187/comments" method="post"><label for="c-body">Votre commentaire</label>'
               '<textarea id="c-body" name="comment[body]" rows="3" required></textarea><button type="submit">Commenter</button></form></section>',
             {"comments"}, decoys={"suggestion_call"}, parent=("Les idées", "/ideas")),
        page("/polls/41-aire-de-jeux-des-tilleuls", "Sondage : la future aire de jeux des Tilleuls",
             m.p("L'aire de jeux des Tilleuls sera refaite au printemps. Quels équipements souhaitez-vous en priorité ?")
             + m.formulaire_ville("/polls/41/answers", "Votre réponse", [
                 ("choix", "Équipement prioritaire", ("radio", ["Une structure d'escalade", "Des jeux pour les tout-petits",
                                                                "Une table de ping-pong", "Des bancs ombragés pour les parents"]), True)], "Voter"),
             {"poll"}, parent=("Accueil", "/")),
    ]
    flui = Site(SO_FLUI, "vendor", "Saint-Orens & vous", fl_pages,
                menu=[("Idées", "/ideas"), ("Sondages", "/polls/41-aire-de-jeux-des-tilleuls")],
                address="Une application Fluicity pour la commune de Saint-Orens-de-Lisle",
                features=PLATFORM, platforms=frozenset({"fluicity"}))
    return _city("98401", "Saint-Orens-de-Lisle", 14_200, "24", [site, flui])


# =================================================================================================
# 98402 Kerbellec (Morbihan): SPIP, forums under articles, a residents' forum behind a login page
# =================================================================================================

KB = "www.kerbellec.fr"


def kerbellec() -> City:
    forum_hab = "/spip.php?page=forum_habitants"
    sondage = ('<div class="aside"><h2 class="h2">Sondage</h2>'
               + m.spip_sondage(9, "La navette du port", "Faut-il prolonger la navette gratuite du port jusqu'à la plage de Porh Morvan en juillet-août ?",
                                ["Oui, tous les jours", "Oui, le week-end seulement", "Non"], "/spip.php?page=sommaire") + "</div>")
    quai = [
        (511, "Annick Le Goff", "mardi 4 mars 2025", "Et les pêcheurs ?",
         "Le projet est joli mais où déchargeront les caseyeurs ? Le quai est déjà étroit à marée basse.",
         [(514, "Mairie de Kerbellec", "mercredi 5 mars 2025", "Réponse", "Une zone de déchargement de 40 mètres reste réservée aux professionnels, côté cale.", [])]),
        (519, "Erwan", "jeudi 6 mars 2025", "Les arbres", "Merci de garder les deux tamaris devant l'abri du marin.", []),
    ]
    pages = [
        page("/", "Accueil", m.accueil(
            "Kerbellec, petite cité maritime de la ria, vous souhaite la bienvenue. Retrouvez ici l'actualité de la commune et les services de la mairie.",
            [("Contacter la mairie", "/spip.php?page=contact"), ("Boîte à idées de la halle", "/Boite-a-idees-halle-aux-poissons"),
             ("Forum des habitants", "/spip.php?page=login&url=spip.php%3Fpage%3Dforum_habitants"),
             ("Enquête garderie", "/Enquete-horaires-garderie"), ("Mairie pratique", "/Mairie-pratique"), ("Liens utiles", "/Liens-utiles")],
            [("Travaux", "Réaménagement du quai Saint-Yves : le projet présenté", "/spip.php?article34", "3 mars 2025", "Ce qui va changer sur le port."),
             ("Population", "Recensement de la population : les agents recenseurs passent", "/spip.php?article36", "15 janvier 2025", "Répondez en ligne."),
             ("Urbanisme", "Enquête publique sur la révision du PLU", "/spip.php?article38", "2 avril 2025", "Registre en mairie."),
             ("Animation", "La fête de la mer revient le 10 août", "/spip.php?article40", "20 juillet 2025", "Bénédiction des bateaux et fest-noz.")],
            encart=sondage), {"poll"}),
        # The results of the sidebar poll, reached from its link: counts only; the vote is on the home page.
        page("/spip.php?page=sondage_resultats&id_form=9", "Résultats du sondage : la navette du port",
             '<div class="spip_forms resultats_sondage"><h3 class="spip">La navette du port</h3><ul>'
             '<li>Oui, tous les jours : 58 % (142 votes)</li><li>Oui, le week-end seulement : 29 % (71 votes)</li>'
             '<li>Non : 13 % (32 votes)</li></ul><p>245 votants à ce jour.</p></div>', decoys={"poll"}),
        page("/spip.php?rubrique2", "Actualités", m.liste_actus([
            ("Réaménagement du quai Saint-Yves : le projet présenté", "/spip.php?article34", "3 mars 2025", "Le port."),
            ("Recensement de la population", "/spip.php?article36", "15 janvier 2025", "Agents recenseurs."),
            ("Enquête publique sur la révision du PLU", "/spip.php?article38", "2 avril 2025", "Registre."),
            ("La fête de la mer revient le 10 août", "/spip.php?article40", "20 juillet 2025", "Fest-noz.")])),
        # SPIP's forum under an article: the codebook names SPIP forums under forum and SPIP native comments under comments.
        page("/spip.php?article34", "Réaménagement du quai Saint-Yves : le projet présenté",
             m.p("Le quai Saint-Yves sera repris entre l'automne 2025 et le printemps 2026 : chaussée partagée limitée à 20 km/h, "
                 "trottoirs élargis côté commerces, bancs face à la ria et reprise des réseaux d'eaux pluviales.",
                 "Le stationnement est reporté sur le parking de Kerhuel, à quatre minutes à pied. Les plans sont consultables en mairie.")
             + m.spip_forum_messages(34, quai) + m.partage(f"http://{KB}/spip.php?article34", "Quai Saint-Yves"),
             {"comments", "forum"}, decoys={"social_account"}, parent=("Actualités", "/spip.php?rubrique2")),
        # The posting page of the same forum: SPIP's forum form, where residents write their message under the article.
        page("/spip.php?page=forum&id_article=34", "Répondre à l'article : Réaménagement du quai Saint-Yves",
             m.p("Votre message sera publié sous l'article après modération.") + m.spip_formulaire_forum(34, "/spip.php?page=forum&amp;id_article=34"),
             {"comments", "forum"}, parent=("Réaménagement du quai Saint-Yves", "/spip.php?article34")),
        # The residents' forum is reached through this login page; the page itself is a login form.
        page("/spip.php?page=login&url=spip.php%3Fpage%3Dforum_habitants", "Se connecter",
             m.p("Pour ouvrir un sujet sur le forum des habitants, identifiez-vous. Pas encore de compte ? "
                 "Demandez-le à l'accueil de la mairie.", f'Vous pouvez aussi {m.a(forum_hab, "lire les discussions sans vous connecter")}.')
             + m.spip_login("/spip.php?page=login"), decoys={"contact_form", "forum"}),
        page(forum_hab, "Forum des habitants",
             m.p("Entraide, questions pratiques, vie des quartiers : ce forum est à vous. Merci de respecter la charte : pas d'attaque "
                 "personnelle, pas de publicité.")
             + '<table class="spip forum-sujets"><thead><tr><th>Sujet</th><th>Réponses</th><th>Dernier message</th></tr></thead><tbody>'
               f'<tr><td>{m.a(forum_hab + "&sujet=18", "Covoiturage vers Vannes le matin")}</td><td>7</td><td>12 mars 2025, par Yannick</td></tr>'
               '<tr><td>Prêt de matériel pour la fête de quartier de Kerhuel</td><td>3</td><td>8 mars 2025, par Sophie</td></tr>'
               '<tr><td>Algues vertes à Porh Morvan ?</td><td>11</td><td>2 mars 2025, par Gwen</td></tr></tbody></table>'
             + f'<p>{m.a("/spip.php?page=login&url=spip.php%3Fpage%3Dforum_habitants", "Ouvrir un nouveau sujet (connexion requise)")}</p>',
             {"forum"}),
        page(forum_hab + "&sujet=18", "Covoiturage vers Vannes le matin",
             m.spip_forum_messages(61, [
                 (701, "Yannick", "lundi 10 mars 2025", "Covoiturage vers Vannes le matin",
                  "Je pars tous les jours à 7 h 20 vers la zone du Prat. Qui serait intéressé pour partager les trajets ?",
                  [(703, "Maëlle", "lundi 10 mars 2025", "Re : Covoiturage", "Moi, trois jours par semaine ! Je travaille à l'hôpital.", []),
                   (705, "Loïc", "mardi 11 mars 2025", "Re : Covoiturage", "L'aire de covoiturage de Kerhuel est pratique pour se retrouver.", [])])]),
             {"forum"}, parent=("Forum des habitants", forum_hab)),
        page("/spip.php?page=forum&id_article=61", "Répondre au sujet : Covoiturage vers Vannes le matin",
             m.spip_formulaire_forum(61, "/spip.php?page=forum&amp;id_article=61", "Re : Covoiturage"),
             {"forum"}, parent=("Forum des habitants", forum_hab)),
        page("/Boite-a-idees-halle-aux-poissons", "Boîte à idées : que faire de l'ancienne halle aux poissons ?",
             m.p("Depuis le départ de la criée en 2019, l'ancienne halle aux poissons du port est vide. La commune en est propriétaire "
                 "et veut lui donner une nouvelle vie : marché couvert, atelier d'artisans, salle pour les associations ?",
                 "Déposez vos idées jusqu'au 30 juin. Toutes seront présentées lors de la réunion publique de septembre.")
             + '<div class="formulaire_spip formulaire_boite_idees"><form method="post" action="/Boite-a-idees-halle-aux-poissons">'
               '<input name="formulaire_action" type="hidden" value="boite_idees" /><fieldset><legend>Votre idée pour la halle</legend>'
               '<div class="editer"><label for="bi-nom">Votre nom (facultatif)</label><input type="text" class="text" id="bi-nom" name="nom" /></div>'
               '<div class="editer obligatoire"><label for="bi-idee">Votre idée</label><textarea id="bi-idee" name="idee" rows="6" required="required"></textarea></div>'
               '</fieldset><p class="boutons"><input type="submit" class="submit" value="Déposer mon idée" /></p></form></div>',
             {"suggestion_call"}),
        page("/Enquete-horaires-garderie", "Enquête sur les horaires de la garderie",
             m.p("La garderie de l'école du Bourg ouvre aujourd'hui de 7 h 30 à 18 h 30. Plusieurs familles ont demandé une ouverture "
                 "plus matinale. Parents, donnez-nous votre avis en répondant à ce court questionnaire avant le 15 mai.")
             + m.framaforms("horaires-garderie-kerbellec-1741872051", "Questionnaire garderie"), {"poll"}),
        page("/spip.php?page=contact", "Contacter la mairie",
             m.p("Pour joindre les services municipaux, utilisez le formulaire ci-dessous. Pour une urgence le week-end, appelez l'élu d'astreinte.")
             + m.spip_ecrire_auteur(1, "/spip.php?page=contact"), {"contact_form"}),
        page("/spip.php?article36", "Recensement de la population : les agents recenseurs passent",
             m.p("Du 16 janvier au 15 février, la commune réalise le recensement de la population pour l'Insee. Trois agents recenseurs "
                 "munis d'une carte officielle déposeront vos codes de connexion.",
                 "Répondez en ligne sur le site le-recensement-et-moi.fr ou sur les questionnaires papier. Vos réponses sont confidentielles.")
             + m.partage(f"http://{KB}/spip.php?article36", "Recensement"),
             decoys={"poll", "social_account"}, parent=("Actualités", "/spip.php?rubrique2")),
        # A statutory public inquiry: a legal procedure on a plan, not a poll nor the city's own participatory approach.
        page("/spip.php?article38", "Enquête publique sur la révision du PLU",
             m.p("Par arrêté du maire, une enquête publique sur la révision du plan local d'urbanisme se tient du 22 avril au 23 mai. "
                 "Le commissaire enquêteur recevra le public en mairie les 22 avril, 7 mai et 23 mai de 9 h à 12 h.",
                 "Le dossier est consultable en mairie et les observations peuvent être consignées sur le registre papier ou adressées "
                 "par courrier au commissaire enquêteur."),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/spip.php?rubrique2")),
        page("/spip.php?article40", "La fête de la mer revient le 10 août",
             m.p("Bénédiction des bateaux à 11 h, régates de misainiers l'après-midi et fest-noz sur le quai à partir de 21 h avec les "
                 "sonneurs du pays d'Auray. Restauration par les bénévoles de la SNSM.")
             + m.partage(f"http://{KB}/spip.php?article40", "Fête de la mer"),
             decoys={"social_account"}, parent=("Actualités", "/spip.php?rubrique2")),
        page("/Mairie-pratique", "Mairie pratique",
             m.p("Mairie de Kerbellec, 2 rue de l'Église. Ouverte du lundi au vendredi de 9 h à 12 h, le mardi et le jeudi après-midi de 14 h à 17 h.",
                 "Agence postale communale dans le hall de la mairie.")),
        # The tourist office's accounts, named as such: a third party's, not the city's.
        page("/Liens-utiles", "Liens utiles",
             m.ul([f'Office de tourisme de la ria : {m.a("https://www.facebook.com/OfficeTourismeRiaKerbellec", "sa page Facebook", blank=True)}',
                   f'SNSM station de Kerbellec : {m.a("https://www.instagram.com/snsm_kerbellec/", "Instagram", blank=True)}',
                   "Communauté de communes : www.cc-ria-kerbellec.fr"]),
             decoys={"social_account"}),
    ]
    site = Site(KB, "spip", "Kerbellec", pages,
                menu=[("Actualités", "/spip.php?rubrique2"), ("Mairie pratique", "/Mairie-pratique"), ("Contact", "/spip.php?page=contact")],
                address="Mairie de Kerbellec, 2 rue de l'Église, 56400 Kerbellec")
    return _city("98402", "Kerbellec", 3_950, "56", [site],
                 decoy_accounts=("https://www.facebook.com/officetourismeriakerbellec", "https://www.instagram.com/snsm_kerbellec"))


# =================================================================================================
# 98403 Chassagne-la-Rivière (Saône-et-Loire): Joomla, and "Chassagne en parle", a Jenparle space
# =================================================================================================

CH = "www.chassagne-la-riviere.fr"
CH_JP = "chassagne-la-riviere.jenparle.net"


def chassagne() -> City:
    jp = f"http://{CH_JP}"
    poll = m.joomla_poll(3, "Quel usage pour l'ancienne gare après sa rénovation ?",
                         [(31, "Un tiers-lieu avec espace de travail partagé"), (32, "Une salle pour les associations"),
                          (33, "Un café associatif"), (34, "Une antenne de l'office de tourisme")], "ancienne-gare")
    pages = [
        page("/", "Accueil", m.accueil(
            "Chassagne-la-Rivière, au fil de la Grosne : toute l'information de votre mairie.",
            [("Nous contacter", "/contact"), ("Périscolaire", "/services/periscolaire"), ("Marchés publics", "/marches-publics"),
             ("Enquête déchets", "/cadre-de-vie/enquete-dechets"), ("Chassagne en parle", "/vie-municipale/chassagne-en-parle")],
            [("Travaux", "Une nouvelle passerelle sur la Grosne", "/actualites/52-nouvelle-passerelle-sur-la-grosne", "5 mai 2025", "Ouverture en juin."),
             ("Emploi", "Forum de l'emploi et de la formation le 14 octobre", "/actualites/55-forum-de-l-emploi", "1er octobre 2025", "Trente employeurs."),
             ("Sécurité", "Participation citoyenne : la commune signe avec la gendarmerie", "/actualites/58-participation-citoyenne-gendarmerie",
              "18 avril 2025", "Des référents dans chaque hameau."),
             ("Presse", "La commune dans la presse", "/actualites/60-revue-de-presse", "30 mai 2025", "Ce qu'en dit le journal.")],
            encart=poll), {"poll"}),
        # The results link of the poll module: counts so far, no radio and no vote button on this page.
        page("/index.php?option=com_poll&id=3:ancienne-gare", "Résultats du sondage",
             '<div class="com-poll"><h2>Quel usage pour l\'ancienne gare après sa rénovation ?</h2><table class="pollstableborder">'
             '<tr><td>Un tiers-lieu avec espace de travail partagé</td><td>41 %</td><td>96</td></tr>'
             '<tr><td>Une salle pour les associations</td><td>27 %</td><td>63</td></tr><tr><td>Un café associatif</td><td>24 %</td><td>56</td></tr>'
             '<tr><td>Une antenne de l\'office de tourisme</td><td>8 %</td><td>19</td></tr></table><p>Nombre de votants : 234</p>'
             '<p>Premier vote : 2 avril 2025 — Dernier vote : 11 mai 2025</p></div>', decoys={"poll"}),
        page("/actualites", "Actualités", m.liste_actus([
            ("Une nouvelle passerelle sur la Grosne", "/actualites/52-nouvelle-passerelle-sur-la-grosne", "5 mai 2025", "Ouverture en juin."),
            ("Forum de l'emploi et de la formation", "/actualites/55-forum-de-l-emploi", "1er octobre 2025", "Salle des fêtes."),
            ("Participation citoyenne : la commune signe avec la gendarmerie", "/actualites/58-participation-citoyenne-gendarmerie", "18 avril 2025", "Protocole."),
            ("La commune dans la presse", "/actualites/60-revue-de-presse", "30 mai 2025", "Revue de presse.")])),
        page("/actualites/52-nouvelle-passerelle-sur-la-grosne", "Une nouvelle passerelle sur la Grosne",
             m.p("La passerelle piétonne qui relie le bourg au lotissement des Saules, fermée depuis la crue de janvier 2024, est remplacée "
                 "par un ouvrage en acier et bois de 38 mètres, posé par grutage le 20 mai.",
                 "Coût : 410 000 euros, financés à 60 % par l'État au titre de la dotation de soutien à l'investissement local.")
             + m.disqus("chassagne-la-riviere", "article-52", f"http://{CH}/actualites/52-nouvelle-passerelle-sur-la-grosne"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/55-forum-de-l-emploi", "Forum de l'emploi et de la formation le 14 octobre",
             m.p("Trente employeurs du Clunisois, la Mission locale et France Travail seront présents à la salle des fêtes de 9 h à 13 h. "
                 "Apportez votre CV : des entretiens pourront avoir lieu sur place.",
                 "Ateliers : rédiger une lettre de motivation (10 h), préparer un entretien (11 h 30).")
             + m.disqus("chassagne-la-riviere", "article-55", f"http://{CH}/actualites/55-forum-de-l-emploi"),
             {"comments"}, decoys={"forum"}, parent=("Actualités", "/actualites")),
        # The gendarmerie's "participation citoyenne" scheme: neighbourhood watch referents, not residents' participation in decisions.
        page("/actualites/58-participation-citoyenne-gendarmerie", "Participation citoyenne : la commune signe avec la gendarmerie",
             m.p("Le maire et le commandant de la compagnie de gendarmerie de Mâcon ont signé le protocole « Participation citoyenne ». "
                 "Six habitants référents, un par hameau, relaieront auprès des gendarmes les faits inhabituels constatés dans leur secteur.",
                 "Ce dispositif de vigilance ne remplace pas l'appel au 17 en cas d'urgence. Réunion d'information le 6 mai à 19 h en mairie."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/actualites/60-revue-de-presse", "La commune dans la presse",
             m.p("L'inauguration de l'école rénovée a fait l'objet d'un article du quotidien local, repris sur sa page :")
             + m.embed_fb_post("EchoDeLaGrosne", "pfbid02Xy7"), parent=("Actualités", "/actualites")),
        page("/contact", "Nous contacter",
             m.p("Mairie de Chassagne-la-Rivière — 3 place de l'Église. Lundi, mercredi et vendredi de 9 h à 12 h ; mardi de 14 h à 18 h.")
             + m.convert_forms(4, "/contact", [("nom", "Nom", "text", True), ("email", "Courriel", "email", True),
                                               ("objet", "Objet", "text", True), ("message", "Message", "textarea", True)]),
             {"contact_form"}),
        page("/cadre-de-vie/enquete-dechets", "Enquête sur la collecte des déchets",
             m.p("La collecte des ordures ménagères passera en 2026 à un ramassage tous les quinze jours. Avant de fixer les jours "
                 "et l'emplacement des points d'apport, dites-nous comment vous triez aujourd'hui : dix questions, trois minutes.")
             + m.typeform("Xk3Lp9Qa", "Enquête collecte des déchets"), {"poll"}),
        # Presents the consultation tool and links to it; the platform's name alone is a mention.
        page("/vie-municipale/chassagne-en-parle", "Chassagne en parle",
             m.p("La municipalité s'est engagée à consulter les habitants avant chaque décision importante. Réunions publiques "
                 "dans les hameaux, ateliers sur le projet de la gare, consultations en ligne : chacun peut donner son avis.",
                 f'L\'espace en ligne {m.a(jp + "/", "Chassagne en parle")} accueille les débats et les votes de la commune.'),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/marches-publics", "Marchés publics",
             m.p("Avis d'appel public à la concurrence : maîtrise d'œuvre pour la réhabilitation de l'ancienne gare. Procédure adaptée, "
                 "remise des offres avant le 12 septembre à 12 h sur la plateforme de dématérialisation e-marchespublics.",
                 "Critères : valeur technique 60 %, prix 40 %."), decoys={"suggestion_call"}),
        page("/services/periscolaire", "Périscolaire et cantine",
             m.p("Accueil du matin dès 7 h 30, cantine en liaison chaude avec la cuisine centrale, accueil du soir jusqu'à 18 h 30.",
                 "Inscriptions auprès du secrétariat de mairie avant le 30 juin.")),
    ]
    site = Site(CH, "joomla", "Chassagne-la-Rivière", pages,
                menu=[("Actualités", "/actualites"), ("Chassagne en parle", "/vie-municipale/chassagne-en-parle"), ("Contact", "/contact")],
                accounts=[social("facebook", "chassagnelariviere", "https://www.facebook.com/chassagnelariviere"),
                          social("x", "ChassagneRiv", "https://twitter.com/ChassagneRiv")],
                address="Mairie, 3 place de l'Église, 71250 Chassagne-la-Rivière")
    jp_pages = [
        page("/", "Chassagne en parle",
             m.p("Bienvenue sur l'espace de concertation de Chassagne-la-Rivière. Débattez, votez, proposez.")
             + m.links([("Débat : l'avenir de l'ancienne gare", "/debats/14-avenir-de-l-ancienne-gare"),
                        ("Vote : le nom de la nouvelle salle", "/votes/9-nom-de-la-salle"), ("Vos propositions", "/propositions")])
             + m.propulse("Jenparle", "https://www.jenparle.net/")),
        page("/debats/14-avenir-de-l-ancienne-gare", "Débat : l'avenir de l'ancienne gare",
             m.p("La commune a racheté l'ancienne gare à SNCF Réseau. Quel projet y mener ? Échangez vos arguments avant l'atelier du 20 juin.")
             + '<div class="jp-contributions"><div class="jp-contribution"><p class="jp-auteur">Hélène B.</p><p>Un tiers-lieu, avec des bureaux '
               'pour les télétravailleurs qui prennent le train.</p></div><div class="jp-contribution"><p class="jp-auteur">Robert</p>'
               '<p>Attention au stationnement, la rue de la Gare est étroite.</p></div></div>'
               '<form class="jp-form-contribution" action="/debats/14/contributions" method="post"><label for="jp-msg">Votre contribution</label>'
               '<textarea id="jp-msg" name="contribution" rows="4" required></textarea><button type="submit">Publier</button></form>',
             {"comments"}, parent=("Accueil", "/")),
        page("/votes/9-nom-de-la-salle", "Vote : le nom de la nouvelle salle",
             m.formulaire_ville("/votes/9", "Quel nom pour la salle polyvalente ?", [
                 ("choix", "Votre choix", ("radio", ["Salle de la Grosne", "Espace des Saules", "Salle Lucie-Aubrac"]), True)], "Voter"),
             {"poll"}, parent=("Accueil", "/")),
        page("/propositions", "Vos propositions",
             m.p("Une idée pour la commune ? Soumettez-la : les propositions les plus soutenues sont étudiées en conseil municipal.")
             + m.formulaire_ville("/propositions", "Nouvelle proposition", [("titre", "Titre", "text", True), ("texte", "Votre proposition", "textarea", True)],
                                  "Soumettre"),
             {"suggestion_call"}, parent=("Accueil", "/")),
    ]
    jenparle = Site(CH_JP, "vendor", "Chassagne en parle", jp_pages, menu=[("Propositions", "/propositions")],
                    address="Espace de concertation de la commune de Chassagne-la-Rivière",
                    features=PLATFORM, platforms=frozenset({"jenparle"}))
    return _city("98403", "Chassagne-la-Rivière", 2_870, "71", [site, jenparle],
                 decoy_accounts=("https://www.facebook.com/echodelagrosne",))


# =================================================================================================
# 98404 Beaurivage-sur-Drôme (Drôme): Drupal, conseils de quartier, and a Decidim platform whose
# budget is known only as "Les Graines de Beaurivage"
# =================================================================================================

BR = "www.beaurivage-sur-drome.fr"
BR_DEC = "participez.beaurivage-sur-drome.fr"


def beaurivage() -> City:
    dp = f"http://{BR_DEC}"
    g = "/processes/graines-2025/f/11"
    pages = [
        page("/", "Accueil", m.accueil(
            "Ville de Beaurivage-sur-Drôme : services, démarches et vie des quartiers.",
            [("Contact", "/contact"), ("Conseils de quartier", "/democratie-locale/conseils-de-quartier"),
             ("Budget de la ville", "/finances/budget-primitif-2025"), ("Participez", f"{dp}/")],
            [("Environnement", "La voie verte prolongée jusqu'à Livron", "/actualites/voie-verte-prolongee", "12 juin 2025", "Six kilomètres de plus."),
             ("Projets", "Les Graines de Beaurivage : sept projets lauréats", "/actualites/graines-laureats-2024", "20 janvier 2025", "Résultats du vote."),
             ("Urbanisme", "Enquête publique : ZAC des Condamines", "/actualites/enquete-publique-zac-des-condamines", "3 mars 2025", "Registre ouvert."),
             ("Fête de la musique", "Résultats du sondage", "/sondages/fete-de-la-musique-resultats", "10 mai 2025", "Vous avez choisi.")],
            encart=m.drupal_poll_block(12, "Faut-il piétonniser la Grande-Rue le samedi après-midi ?",
                                       [(41, "Oui, toute l'année"), (42, "Oui, d'avril à octobre"), (43, "Non")])), {"poll"}),
        page("/poll", "Sondages", m.p("Les sondages de la ville : un sondage en cours (Grande-Rue piétonne, dans la colonne d'accueil) et "
                                      "les résultats des précédents.")
             + m.links([("Grande-Rue piétonne", "/poll/12"),
                        ("Fête de la musique : résultats", "/sondages/fete-de-la-musique-resultats")]), decoys={"poll"}),
        page("/poll/12", "Faut-il piétonniser la Grande-Rue le samedi après-midi ?",
             m.drupal_poll_block(12, "Faut-il piétonniser la Grande-Rue le samedi après-midi ?",
                                 [(41, "Oui, toute l'année"), (42, "Oui, d'avril à octobre"), (43, "Non")]), {"poll"}),
        page("/sondages/fete-de-la-musique-resultats", "Fête de la musique : résultats du sondage",
             m.drupal_poll_results(9, "Où organiser la scène principale de la fête de la musique ?",
                                   [("Place de la Mairie", 203, 48), ("Parc du Château", 161, 38), ("Quai de la Drôme", 59, 14)], 423),
             decoys={"poll"}),
        page("/actualites", "Actualités", m.liste_actus([
            ("La voie verte prolongée jusqu'à Livron", "/actualites/voie-verte-prolongee", "12 juin 2025", "Six kilomètres de plus."),
            ("Les Graines de Beaurivage : sept projets lauréats", "/actualites/graines-laureats-2024", "20 janvier 2025", "Résultats."),
            ("Enquête publique : ZAC des Condamines", "/actualites/enquete-publique-zac-des-condamines", "3 mars 2025", "Registre.")])),
        page("/actualites/voie-verte-prolongee", "La voie verte prolongée jusqu'à Livron",
             m.p("Six kilomètres de voie verte supplémentaires longent désormais la Drôme jusqu'à Livron. Revêtement stabilisé, "
                 "deux aires de pique-nique et une passerelle au-dessus du canal des Moulins.",
                 "La voie est interdite aux véhicules à moteur ; les chiens doivent être tenus en laisse.")
             + m.drupal_comments(318, [(902, "Fabienne", "12/06/2025 - 18:40", "Superbe ! Il manque juste un point d'eau à mi-parcours."),
                                       (905, "Paul R.", "13/06/2025 - 09:12", "Les cyclistes pourraient-ils ralentir près des bancs ?")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        # A news item reporting the vote's results: the vote is over and the page only names the platform.
        page("/actualites/graines-laureats-2024", "Les Graines de Beaurivage : sept projets lauréats",
             m.p("Vous avez été 2 318 à voter en décembre pour choisir les projets imaginés par des habitants. Sept projets seront "
                 "réalisés en 2025 pour 148 500 euros : un verger partagé aux Condamines, des nichoirs dans les écoles, une fresque "
                 "sous le pont de la gare, un abri pour le marché, deux tables de pique-nique au bord de la Drôme, une boîte à dons et "
                 "un éclairage solaire pour le city-stade.",
                 "Le vote s'est déroulé en ligne sur la plateforme Participez, construite avec le logiciel libre Decidim, et sur papier "
                 "à l'accueil de la mairie. Les porteurs de projets seront reçus en mairie le 7 février.")
             + m.drupal_comments(322, [], form=False).replace('<h2 class="comments__title">Commentaires</h2>', '<p>Les commentaires sont fermés.</p>'),
             decoys={"participatory_budget", "participatory_platform", "comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-publique-zac-des-condamines", "Enquête publique : ZAC des Condamines",
             m.p("Une enquête publique préalable à la déclaration d'utilité publique de la ZAC des Condamines est ouverte du 17 mars "
                 "au 18 avril. Le dossier et le registre sont à la disposition du public au service urbanisme.",
                 "Le commissaire enquêteur tiendra quatre permanences ; son rapport sera publié sur le site de la préfecture."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/democratie-locale/conseils-de-quartier", "Conseils de quartier",
             m.p("Beaurivage compte quatre conseils de quartier : le Centre, le Faubourg, les Condamines et la Rive gauche. Chacun "
                 "réunit une vingtaine d'habitants volontaires ou tirés au sort, pour deux ans.",
                 "Les conseils donnent leur avis sur les projets d'aménagement, proposent des actions et disposent d'un petit budget "
                 "d'animation. Leurs séances sont ouvertes au public.")
             + m.links([("Le conseil du Faubourg", "/democratie-locale/conseils-de-quartier/faubourg")]), {"participation_displayed"}),
        page("/democratie-locale/conseils-de-quartier/faubourg", "Conseil de quartier du Faubourg",
             m.p("Prochaine séance : jeudi 16 octobre à 18 h 30, école du Faubourg. Ordre du jour : sécurisation de la rue des Écoles, "
                 "fête de quartier, retour sur la concertation du plan vert.",
                 "Compte rendu de la séance du 12 juin : le conseil a proposé trois emplacements pour de nouveaux arceaux vélos.")
             + m.drupal_contact("/democratie-locale/conseils-de-quartier/faubourg").replace("Votre nom", "Votre nom (message au conseil)"),
             {"participation_displayed", "contact_form"}, parent=("Conseils de quartier", "/democratie-locale/conseils-de-quartier")),
        page("/contact", "Contact", m.p("Hôtel de ville, place Aristide-Briand. Du lundi au vendredi, 8 h 30 – 17 h.")
             + m.drupal_contact("/contact"), {"contact_form"}),
        page("/finances/budget-primitif-2025", "Budget primitif 2025",
             m.p("Le budget primitif 2025, voté le 3 avril, s'élève à 31,2 millions d'euros. Principaux investissements : rénovation "
                 "thermique du groupe scolaire Jean-Zay, voirie de la Rive gauche, extension de la vidéoprotection."),
             decoys={"participatory_budget"}),
    ]
    site = Site(BR, "drupal", "Beaurivage-sur-Drôme", pages,
                menu=[("Actualités", "/actualites"), ("Démocratie locale", "/democratie-locale/conseils-de-quartier"), ("Contact", "/contact")],
                accounts=[social("facebook", "BeaurivageSurDrome"), social("instagram", "beaurivage_sur_drome"),
                          social("mastodon", "beaurivage@piaille.fr", "https://piaille.fr/@beaurivage")],
                address="Hôtel de ville, place Aristide-Briand, 26270 Beaurivage-sur-Drôme")
    dpages = [
        page("/", "Participez",
             m.p("La plateforme de participation de Beaurivage-sur-Drôme.")
             + m.decidim_process_card("/processes/graines-2025", "Les Graines de Beaurivage 2025",
                                      "150 000 € pour des projets imaginés et choisis par les habitants.", "Vote")
             + m.decidim_process_card("/processes/plan-vert", "Plan vert", "Où planter 500 arbres d'ici 2030 ?", "Questionnaire et débats")),
        # The process's local name never says "budget participatif"; what it describes is one.
        page("/processes/graines-2025", "Les Graines de Beaurivage 2025",
             m.p("Chaque année, la ville réserve 150 000 euros de son budget d'investissement à des projets proposés par les habitants "
                 "de plus de onze ans. Les projets recevables sont soumis au vote de tous ; les plus soutenus sont réalisés dans l'année.")
             + m.decidim_component_nav("/processes/graines-2025", [("Propositions", "/f/11/proposals"), ("Vote", "/f/12/budgets/3/projects")]),
             {"participatory_budget"}),
        page(g + "/proposals", "Propositions",
             m.p("Le dépôt des projets est ouvert jusqu'au 31 mai. Proposez un projet d'intérêt général, sur l'espace public, "
                 "d'un coût maximal de 30 000 euros.")
             + '<a class="button button__sm button__secondary" href="/processes/graines-2025/f/11/proposals/new">Nouvelle proposition</a>'
             + m.decidim_proposal_cards([("Un verger partagé au parc du Château", g + "/proposals/208", "Collectif des Vergers", 57, "Évaluation", "label--warning")])
             + m.ul(["Des toilettes sèches au bord de la Drôme — 22 soutiens", "Un skate-park aux Condamines — 41 soutiens"]),
             {"participatory_budget", "suggestion_call"}, parent=("Les Graines de Beaurivage 2025", "/processes/graines-2025")),
        page(g + "/proposals/new", "Nouvelle proposition",
             '<form class="new_proposal" action="/processes/graines-2025/f/11/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input type="text" id="proposal_title" name="proposal[title]" minlength="15" maxlength="150" required>'
             '<label for="proposal_body">Description</label><textarea id="proposal_body" name="proposal[body]" rows="10" required></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}, parent=("Propositions", g + "/proposals")),
        # One resident's proposal and its comments: not a call for proposals.
        page(g + "/proposals/208", "Un verger partagé au parc du Château",
             m.p("Planter une vingtaine d'arbres fruitiers de variétés anciennes, entretenus avec les écoles et le centre social.",
                 "Coût estimé : 12 000 euros. 57 soutiens.")
             + m.decidim_comments(208, [(1501, "Maryse", "il y a 3 jours", "Et pourquoi pas des ruches à côté ?"),
                                        (1504, "Théo", "il y a 2 jours", "Le parc est très fréquenté, il faudra protéger les jeunes arbres.")]),
             {"participatory_budget", "comments"}, decoys={"suggestion_call"}, parent=("Propositions", g + "/proposals")),
        page("/processes/graines-2025/f/12/budgets/3/projects", "Vote",
             m.decidim_budget_projects("/processes/graines-2025/f/12", 3, [(51, "Verger partagé", "12 000"), (52, "Fresque sous le pont", "18 000"),
                                                                          (53, "Abri du marché", "29 500")], "150 000"),
             {"participatory_budget"}, parent=("Les Graines de Beaurivage 2025", "/processes/graines-2025")),
        page("/processes/plan-vert", "Plan vert",
             m.p("La ville veut planter 500 arbres d'ici 2030. Répondez au questionnaire et participez aux débats.")
             + m.decidim_component_nav("/processes/plan-vert", [("Questionnaire", "/f/21/"), ("Débats", "/f/22/debates")])),
        page("/processes/plan-vert/f/21/", "Questionnaire : où planter ?",
             m.decidim_survey("/processes/plan-vert/f/21", [("Quel lieu manque le plus d'ombre ?", ["La place de la Mairie", "Les cours d'école", "Le parking de la gare"]),
                                                            ("Une remarque ?", None)]),
             {"poll"}, parent=("Plan vert", "/processes/plan-vert")),
        page("/processes/plan-vert/f/22/debates", "Débats",
             '<a class="button button__sm button__secondary" href="/processes/plan-vert/f/22/debates/new">Nouveau débat</a>'
             '<div class="card__list-list" id="debates"><a class="card__list" href="/processes/plan-vert/f/22/debates/7">'
             '<div class="card__list-title">Des arbres fruitiers en ville : bonne ou mauvaise idée ?</div><div class="card__list-metadata"><span>14 commentaires</span></div></a></div>',
             {"forum"}, parent=("Plan vert", "/processes/plan-vert")),
        page("/processes/plan-vert/f/22/debates/new", "Nouveau débat",
             '<form class="new_debate" action="/processes/plan-vert/f/22/debates" method="post"><label for="debate_title">Titre</label>'
             '<input type="text" id="debate_title" name="debate[title]" required><label for="debate_description">Description</label>'
             '<textarea id="debate_description" name="debate[description]" rows="8" required></textarea><button type="submit" class="button">Créer</button></form>',
             {"forum"}, parent=("Débats", "/processes/plan-vert/f/22/debates")),
        # A debate opened by a resident, with its replies and a reply form: a thread of the platform's board.
        page("/processes/plan-vert/f/22/debates/7", "Des arbres fruitiers en ville : bonne ou mauvaise idée ?",
             m.p("Ouvert par Claire M. Les fruits attirent les guêpes, mais ce serait une ressource pour tous. Qu'en pensez-vous ?")
             + m.decidim_comments(7, [(1602, "Jules", "il y a 5 jours", "Bonne idée dans les parcs, pas le long des trottoirs."),
                                      (1608, "Nadia", "il y a 4 jours", "À Grenoble, une association organise la cueillette.")]),
             {"forum", "comments"}, parent=("Débats", "/processes/plan-vert/f/22/debates")),
    ]
    decidim = Site(BR_DEC, "decidim", "Participez – Beaurivage-sur-Drôme", dpages,
                   menu=[("Processus", "/processes/graines-2025"), ("Plan vert", "/processes/plan-vert")],
                   features=PLATFORM, platforms=frozenset({"decidim"}))
    return _city("98404", "Beaurivage-sur-Drôme", 21_400, "26", [site, decidim])


# =================================================================================================
# 98405 Hautmesnil (Somme): TYPO3, a droit d'interpellation, and "Décidons", a CONSUL Democracy platform
# =================================================================================================

HM = "www.hautmesnil.fr"
HM_CONSUL = "decidons.hautmesnil.fr"


def hautmesnil() -> City:
    dc = f"http://{HM_CONSUL}"
    pages = [
        page("/", "Accueil", m.accueil(
            "Hautmesnil, ville du Santerre : bienvenue sur le site de votre mairie.",
            [("Contact", "/contact"), ("Vie citoyenne", "/vie-citoyenne"), ("Droit d'interpellation", "/vie-citoyenne/droit-d-interpellation"),
             ("Questionnaire jeunesse", "/vie-citoyenne/questionnaire-jeunesse"), ("Décidons", f"{dc}/")],
            [("Équipements", "La nouvelle salle des sports ouvrira en janvier", "/actualites/nouvelle-salle-des-sports", "8 septembre 2025", "Point d'étape."),
             ("Marchés", "Appel d'offres : restauration scolaire", "/actualites/appel-d-offres-restauration-scolaire", "1er juillet 2025", "Avis de marché.")])),
        page("/actualites", "Actualités", m.liste_actus([
            ("La nouvelle salle des sports ouvrira en janvier", "/actualites/nouvelle-salle-des-sports", "8 septembre 2025", "Point d'étape."),
            ("Appel d'offres : restauration scolaire", "/actualites/appel-d-offres-restauration-scolaire", "1er juillet 2025", "Avis.")])),
        # Names the platform, a petition and the councils in passing: mentions in a news item.
        page("/actualites/nouvelle-salle-des-sports", "La nouvelle salle des sports ouvrira en janvier",
             m.p("Le gros œuvre de la salle des sports de la rue Delambre est terminé ; les entreprises attaquent le second œuvre. "
                 "La salle accueillera le handball, le badminton et le tennis de table, avec une tribune de 300 places.",
                 "Le projet avait fait l'objet d'une interpellation citoyenne en 2023, après une pétition de 620 signatures des clubs, "
                 "puis d'un débat sur Décidons et d'un avis favorable des conseils de quartier. Le parquet sportif sera posé en novembre.",
                 "Coût total : 4,1 millions d'euros, dont 1,2 million de subventions de la Région et du Département."),
             decoys={"petition", "participatory_platform", "participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/appel-d-offres-restauration-scolaire", "Appel d'offres : restauration scolaire",
             m.p("La commune lance un appel d'offres ouvert pour la fourniture et la livraison de repas en liaison froide aux écoles "
                 "et à l'accueil de loisirs, pour quatre ans à compter du 1er janvier.",
                 "Dossier de consultation des entreprises à télécharger sur le profil acheteur ; date limite de réception des offres : 15 septembre, 12 h."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/vie-citoyenne", "Vie citoyenne",
             m.p("À Hautmesnil, la démocratie ne s'arrête pas au jour des élections. La ville a créé cinq conseils de quartier, un conseil "
                 "municipal des jeunes et un droit d'interpellation ; elle soumet ses grands projets à la concertation sur Décidons.")
             + m.links([("Conseils de quartier", "/vie-citoyenne/conseils-de-quartier"), ("Droit d'interpellation", "/vie-citoyenne/droit-d-interpellation"),
                        ("Questionnaire jeunesse", "/vie-citoyenne/questionnaire-jeunesse"), ("La plateforme Décidons", f"{dc}/")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier",
             m.p("Cinq conseils de quartier — Centre, Gare, Saint-Fuscien, Les Prés, La Hêtraie — réunissent habitants, associations et "
                 "commerçants. Ils se réunissent quatre fois par an, en séance publique, avec l'élu de quartier.",
                 "Pour rejoindre votre conseil, inscrivez-vous à l'accueil de la mairie ou lors d'une séance."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        # Residents file an interpellation here and sign those open; 300 signatures put it on the council's agenda.
        page("/vie-citoyenne/droit-d-interpellation", "Droit d'interpellation",
             m.p("Tout habitant de plus de seize ans peut demander que le conseil municipal débatte d'une question d'intérêt local. "
                 "Lorsqu'une interpellation recueille 300 signatures d'habitants en trois mois, elle est inscrite à l'ordre du jour du conseil.")
             + m.h2("Interpellations en cours")
             + m.ul(["Sécuriser la traversée de la RD 934 devant le collège — 214 signatures", "Ouvrir la médiathèque le dimanche — 97 signatures"])
             + m.typo3_form("interpellation", 88, "/vie-citoyenne/droit-d-interpellation", [
                 ("nom", "Nom et prénom", "text", True), ("email", "Courriel", "email", True), ("adresse", "Adresse à Hautmesnil", "text", True),
                 ("objet", "Objet de l'interpellation", "text", True), ("texte", "Texte de l'interpellation", "textarea", True)],
                 "Déposer ou signer"),
             {"petition"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/questionnaire-jeunesse", "Questionnaire jeunesse",
             m.p("Tu as entre 11 et 25 ans et tu habites Hautmesnil ? Dis-nous ce que tu attends de la future maison des jeunes : "
                 "horaires, activités, lieu. Réponses jusqu'au 20 décembre.")
             + m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__hX8Q1JUOUxDNlQ1RjVRWkRHMlY2OEw0Mkg2Qy4u", "Questionnaire jeunesse"),
             {"poll"}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/contact", "Contact",
             m.p("Hôtel de ville, 12 rue Jean-Jaurès. Accueil du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30.")
             + m.typo3_form("contact", 41, "/contact", [("name", "Nom", "text", True), ("email", "Adresse e-mail", "email", True),
                                                      ("subject", "Objet", "text", False), ("message", "Message", "textarea", True)]),
             {"contact_form"}),
    ]
    site = Site(HM, "typo3", "Ville de Hautmesnil", pages,
                menu=[("Actualités", "/actualites"), ("Vie citoyenne", "/vie-citoyenne"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilledeHautmesnil"), social("x", "Hautmesnil80", "https://x.com/Hautmesnil80"),
                          social("youtube", "VilleHautmesnil", "https://www.youtube.com/@VilleHautmesnil")],
                address="Hôtel de ville, 12 rue Jean-Jaurès, 80200 Hautmesnil")
    cpages = [
        page("/", "Décidons",
             m.p("Décidons est l'espace de participation de Hautmesnil : débats, propositions, votations et budget des quartiers.")
             + m.links([("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls"), ("Budget des quartiers", "/budgets/1")])),
        page("/debates", "Débats",
             '<a class="button expanded" href="/debates/new">Lancer un débat</a>'
             + m.consul_debate_list([(12, "horaires-de-la-piscine", "Faut-il ouvrir la piscine plus tard le soir ?", 18, "Sandrine L.",
                                      "Les horaires actuels ne conviennent pas à ceux qui finissent à 18 h.")]),
             {"forum"}),
        page("/debates/new", "Lancer un débat",
             '<form class="new_debate" action="/debates" method="post"><label for="debate_title">Titre du débat</label>'
             '<input type="text" id="debate_title" name="debate[title]" maxlength="80" required><label for="debate_description">Texte initial</label>'
             '<textarea id="debate_description" name="debate[description]" required></textarea><input type="submit" class="button" value="Lancer un débat"></form>',
             {"forum"}, parent=("Débats", "/debates")),
        page("/debates/12-horaires-de-la-piscine", "Faut-il ouvrir la piscine plus tard le soir ?",
             m.p("Par Sandrine L. Les horaires actuels (fermeture à 19 h) ne conviennent pas à ceux qui finissent le travail à 18 h.")
             + m.consul_comments("Debate", 12, [(301, "Karim", "il y a 2 jours", "Au moins un soir par semaine jusqu'à 21 h."),
                                                (306, "Odile", "il y a 1 jour", "Et le samedi matin plus tôt pour les nageurs.")]),
             {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/proposals", "Propositions",
             m.p("Faites une proposition pour Hautmesnil. Si elle réunit 150 soutiens, elle est étudiée par le conseil municipal.")
             + '<a class="button expanded" href="/proposals/new">Créer une proposition</a>'
             + m.ul(["Des toilettes publiques au parc Saint-Fuscien — 88 soutiens", "Un marché le dimanche matin — 131 soutiens"]),
             {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition",
             '<form class="new_proposal" action="/proposals" method="post"><label for="proposal_title">Titre</label>'
             '<input type="text" id="proposal_title" name="proposal[title]" required><label for="proposal_description">Proposition</label>'
             '<textarea id="proposal_description" name="proposal[description]" required></textarea><input type="submit" class="button" value="Créer la proposition"></form>',
             {"suggestion_call"}, parent=("Propositions", "/proposals")),
        page("/polls", "Votations", m.links([("Rythmes scolaires : votre avis", "/polls/4-rythmes-scolaires"),
                                             ("Stationnement en centre-ville (terminé)", "/polls/2-stationnement")])),
        page("/polls/4-rythmes-scolaires", "Rythmes scolaires : votre avis",
             m.p("Ouvert jusqu'au 15 janvier. Familles et enseignants, choisissez l'organisation de la semaine à la rentrée prochaine.")
             + m.consul_poll_questions(4, [("Quelle semaine scolaire préférez-vous ?", ["Quatre jours", "Quatre jours et demi"])]),
             {"poll"}, parent=("Votations", "/polls")),
        # A finished poll: results only, no question left to answer.
        page("/polls/2-stationnement", "Stationnement en centre-ville (terminé)",
             '<div class="poll-results"><h3>Faut-il rendre le stationnement gratuit la première demi-heure ?</h3>'
             '<table><tr><th>Oui</th><td>1 204 votes (71 %)</td></tr><tr><th>Non</th><td>492 votes (29 %)</td></tr></table>'
             '<p>Cette votation est terminée depuis le 30 mars 2025.</p></div>', decoys={"poll"}, parent=("Votations", "/polls")),
        page("/budgets/1", "Budget des quartiers 2025",
             m.p("Votez pour les projets d'investissement de votre quartier : 200 000 euros répartis entre les cinq quartiers.")
             + m.consul_investments(1, 3, [(71, "Aire de jeux des Prés", "45 000", "Remplacer les jeux de 1998."),
                                           (74, "Piste cyclable rue de la Gare", "60 000", "Relier la gare au lycée.")]),
             {"participatory_budget"}),
    ]
    consul = Site(HM_CONSUL, "consul", "Décidons Hautmesnil", cpages,
                  menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls"), ("Budget", "/budgets/1")],
                  features=PLATFORM, platforms=frozenset({"consul"}))
    return _city("98405", "Hautmesnil", 33_800, "80", [site, consul])


# =================================================================================================
# 98406 Lorvignac (Loire-Atlantique): a vendor CMS, "Lorvignac en commun" (its approach under its
# own name), a Cap Collectif platform and the city's neighbours' network
# =================================================================================================

LV = "www.lorvignac.fr"
LV_CAPCO = "encommun.lorvignac.fr"
LV_VOISINS = "voisins.lorvignac.fr"


def lorvignac() -> City:
    cc, vo = f"http://{LV_CAPCO}", f"http://{LV_VOISINS}"
    pages = [
        page("/", "Accueil", m.accueil(
            "Lorvignac, entre Loire et bocage : services municipaux, démarches et actualités.",
            [("Nous écrire", "/contact"), ("Lorvignac en commun", "/lorvignac-en-commun"), ("Jardins familiaux", "/questionnaire-jardins-familiaux"),
             ("Sport santé", "/enquete-sport-sante"), ("Voisins solidaires", "/voisins-solidaires"), ("Lettre d'info", "/lettre"),
             ("Budget 2025", "/budget-2025"), ("Recherche fréquente : budget participatif", "/recherche?q=budget+participatif")],
            [("Numérique", "Rencontres du numérique : retour sur la journée", "/actualites/rencontres-du-numerique", "22 novembre 2025", "Ateliers et tables rondes.")])),
        page("/actualites", "Actualités", m.liste_actus([("Rencontres du numérique : retour sur la journée", "/actualites/rencontres-du-numerique",
                                                          "22 novembre 2025", "Ateliers.")])),
        # Names Cap Collectif and the network in a report on an event: mentions.
        page("/actualites/rencontres-du-numerique", "Rencontres du numérique : retour sur la journée",
             m.p("Près de 300 visiteurs ont participé samedi aux Rencontres du numérique à l'espace culturel : ateliers de réparation "
                 "de smartphones, initiation à la programmation pour les enfants, permanence de la conseillère numérique.",
                 "Lors de la table ronde sur la civic tech, l'éditeur Cap Collectif et des élus de communes voisines ont comparé leurs "
                 "outils de consultation ; l'association des Voisins solidaires a présenté son réseau d'entraide.")
             + m.partage(f"http://{LV}/actualites/rencontres-du-numerique", "Rencontres du numérique"),
             decoys={"participatory_platform", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        # The city's approach under its own brand; the title carries none of the usual words.
        page("/lorvignac-en-commun", "Lorvignac en commun",
             m.p("« Lorvignac en commun », c'est notre façon de construire la ville avec vous. Avant chaque projet qui change votre "
                 "quotidien, la municipalité vous informe, vous écoute et vous explique ce qu'elle a retenu de vos avis.",
                 "Ateliers de quartier au printemps, balades urbaines avec les élus, assemblée des habitants chaque automne, consultations "
                 f'en ligne sur {m.a(cc + "/", "encommun.lorvignac.fr")} : à vous de choisir comment vous impliquer.',
                 "Un comité de suivi de douze habitants tirés au sort veille au respect de nos engagements."),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/questionnaire-jardins-familiaux", "Jardins familiaux : donnez votre avis",
             m.p("La commune veut créer de nouvelles parcelles de jardins familiaux près de la coulée verte du Gesvres. Aidez-nous à "
                 "dimensionner le projet en répondant à ces quelques questions.")
             + m.formulaire_ville("/questionnaire-jardins-familiaux", "Questionnaire", [
                 ("interet", "Seriez-vous intéressé(e) par une parcelle ?", ("radio", ["Oui", "Peut-être", "Non"]), True),
                 ("taille", "Quelle surface vous conviendrait ?", ("radio", ["50 m²", "100 m²", "150 m²"]), False),
                 ("remarques", "Vos remarques", "textarea", False)], "Envoyer mes réponses"),
             {"poll"}),
        page("/enquete-sport-sante", "Enquête sport santé",
             m.p("Le service des sports prépare des créneaux « sport santé » pour les seniors et les personnes éloignées de la pratique. "
                 "Répondez à cette enquête en ligne avant le 31 janvier.") + m.tally("w4NqZ8", "Enquête sport santé"), {"poll"}),
        page("/contact", "Nous écrire",
             m.formulaire_ville("/contact", "Contacter la mairie", [
                 ("civilite", "Civilité", ("select", ["Madame", "Monsieur", "Ne pas préciser"]), False), ("nom", "Nom", "text", True),
                 ("courriel", "Courriel", "email", True), ("objet", "Objet", "text", True), ("message", "Votre message", "textarea", True)]),
             {"contact_form"}),
        page("/lettre", "Lettre d'information", m.lettre_info("/lettre", "courriel"), decoys={"contact_form"}),
        page("/recherche?q=budget+participatif", "Recherche",
             m.recherche("/recherche", "budget participatif", [("Budget 2025 : les grandes orientations", "/budget-2025",
                                                                "Aucun budget participatif n'est prévu cette année.")]),
             decoys={"participatory_budget", "contact_form"}),
        page("/budget-2025", "Budget 2025 : les grandes orientations",
             m.p("Le budget 2025 maintient les taux d'imposition et consacre 3,8 millions d'euros aux investissements, dont la rénovation "
                 "de l'école des Genêts. Aucun budget participatif n'est prévu cette année."), decoys={"participatory_budget"}),
        # Presents the neighbours' network and links to it; the network is on its own host.
        page("/voisins-solidaires", "Voisins solidaires",
             m.p("La ville a ouvert avec le centre social un réseau d'entraide entre voisins : prêter une perceuse, proposer un "
                 f'covoiturage, signaler un chat perdu. Inscription gratuite sur {m.a(vo + "/", "voisins.lorvignac.fr")}.'),
             decoys={"territorial_social_network"}),
    ]
    site = Site(LV, "vendor", "Ville de Lorvignac", pages,
                menu=[("Actualités", "/actualites"), ("Lorvignac en commun", "/lorvignac-en-commun"), ("Contact", "/contact")],
                accounts=[social("facebook", "LorvignacVille"), social("instagram", "ville_de_lorvignac"),
                          social("linkedin", "ville-de-lorvignac", "https://www.linkedin.com/company/ville-de-lorvignac/"),
                          social("tiktok", "lorvignac")],
                address="Hôtel de ville, 4 rue de la Mairie, 44119 Lorvignac")
    ccp = [
        page("/", "Lorvignac en commun",
             m.p("Les consultations de la ville de Lorvignac.")
             + m.links([("Plan vélo : questionnaire", "/project/plan-velo/questionnaire/questionnaire-plan-velo"),
                        ("Idées pour le centre-bourg", "/project/idees-centre-bourg/collect/depot-des-idees")])),
        page("/project/plan-velo/questionnaire/questionnaire-plan-velo", "Plan vélo : questionnaire",
             m.capco_step_nav("plan-velo", [("Questionnaire", "questionnaire", "questionnaire-plan-velo", True)])
             + m.capco_questionnaire(17, [("À quelle fréquence vous déplacez-vous à vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
                                          ("Quel aménagement manque le plus ?", None)]),
             {"poll"}),
        page("/project/idees-centre-bourg/collect/depot-des-idees", "Idées pour le centre-bourg",
             m.p("Déposez vos idées pour le centre-bourg jusqu'au 15 mars : place de l'Église, halles, stationnement, commerces.")
             + '<a class="btn btn-primary" href="/project/idees-centre-bourg/collect/depot-des-idees/new">Déposer une idée</a>'
             + m.capco_proposals("idees-centre-bourg", "depot-des-idees", [("des-bancs-sous-les-tilleuls", "Des bancs sous les tilleuls", "Gilles P.", 34, 5)]),
             {"suggestion_call"}),
        page("/project/idees-centre-bourg/collect/depot-des-idees/new", "Déposer une idée",
             '<form id="proposal-form" action="/project/idees-centre-bourg/collect/depot-des-idees/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input id="proposal_title" name="title" type="text" required>'
             '<label for="proposal_body">Description</label><textarea id="proposal_body" name="body" rows="8" required></textarea>'
             '<button type="submit" class="btn btn-primary">Publier</button></form>',
             {"suggestion_call"}, parent=("Idées pour le centre-bourg", "/project/idees-centre-bourg/collect/depot-des-idees")),
        page("/project/idees-centre-bourg/collect/depot-des-idees/proposals/des-bancs-sous-les-tilleuls", "Des bancs sous les tilleuls",
             m.p("Par Gilles P. Installer quatre bancs à l'ombre des tilleuls de la place, pour les anciens qui attendent le car.")
             + '<div class="proposal__comments"><h3>5 commentaires</h3><div class="opinion">Oui, et une poubelle !</div>'
               '<form class="comment-form" action="/comments" method="post"><textarea name="body" required></textarea><button type="submit">Commenter</button></form></div>',
             {"comments"}, decoys={"suggestion_call"}, parent=("Idées pour le centre-bourg", "/project/idees-centre-bourg/collect/depot-des-idees")),
    ]
    capco = Site(LV_CAPCO, "capcollectif", "Lorvignac en commun", ccp,
                 menu=[("Plan vélo", "/project/plan-velo/questionnaire/questionnaire-plan-velo"),
                       ("Centre-bourg", "/project/idees-centre-bourg/collect/depot-des-idees")],
                 features=PLATFORM, platforms=frozenset({"cap_collectif"}))
    vop = [
        page("/", "Voisins solidaires de Lorvignac",
             m.p("Le réseau d'entraide des habitants de Lorvignac : annonces, prêts d'objets, groupes de quartier.")
             + m.links([("Les dernières annonces", "/annonces")]), {"territorial_social_network"}),
        page("/annonces", "Annonces du quartier",
             m.ul(["Prête tondeuse le week-end — Quartier des Genêts", "Cherche covoiturage vers Nantes le mardi — Le Bourg",
                   "Atelier couture partagé jeudi 18 h — centre social"]), {"territorial_social_network"}),
    ]
    voisins = Site(LV_VOISINS, "community", "Voisins solidaires", vop, menu=[("Annonces", "/annonces")],
                   features=NETWORK)
    return _city("98406", "Lorvignac", 8_950, "44", [site, capco, voisins])


# =================================================================================================
# 98407 Vallon-Sainte-Brune (Vosges): WordPress, and "Vallon connect", an id-city space
# =================================================================================================

VS = "www.vallon-sainte-brune.fr"
VS_ID = "vallon-sainte-brune.id-city.com"


def vallon() -> City:
    ic = f"http://{VS_ID}"
    sidebar = ('<aside id="yop_poll_widget-3" class="widget widget_yop_poll_widget"><h2 class="widget-title">Votre avis</h2>'
               + m.yop_poll(6, "Quel jour pour le marché hebdomadaire ?", ["Le mercredi matin", "Le samedi matin", "Le vendredi soir"], "31 mai 2025")
               + "</aside>")
    pages = [
        page("/", "Accueil", m.accueil(
            "Bienvenue à Vallon-Sainte-Brune, au cœur des Vosges.",
            [("Contact", "/contact/"), ("École de musique", "/vie-locale/ecole-de-musique/"), ("Vallon connect", "/vallon-connect/"),
             ("Emploi", "/emploi/animateur-periscolaire/"), ("Recherche fréquente : pétition", "/?s=p%C3%A9tition")],
            [("Patrimoine", "La rénovation de la mairie commence", "/actualites/renovation-de-la-mairie/", "6 janvier 2025", "Douze mois de travaux."),
             ("Société", "Les Vallonnais et le grand débat sur l'eau", "/actualites/debat-sur-l-eau/", "17 mars 2025", "Une consultation nationale.")],
            encart=sidebar), {"poll"}),
        page("/actualites/", "Actualités", m.liste_actus([
            ("La rénovation de la mairie commence", "/actualites/renovation-de-la-mairie/", "6 janvier 2025", "Travaux."),
            ("Les Vallonnais et le grand débat sur l'eau", "/actualites/debat-sur-l-eau/", "17 mars 2025", "Consultation nationale.")])),
        page("/actualites/renovation-de-la-mairie/", "La rénovation de la mairie commence",
             m.p("Le bâtiment de 1902 va être isolé par l'intérieur, ses menuiseries changées et un ascenseur installé. Pendant les travaux, "
                 "l'accueil de la mairie est transféré à la salle Saint-Brune, 5 rue du Moulin.")
             + m.boite_reactions("/reactions/enregistrer", "actu-118", [
                 ("Denise", "6 janvier 2025", "Enfin accessible pour les fauteuils, merci !"),
                 ("Thierry V.", "7 janvier 2025", "Les vitraux de l'escalier seront-ils conservés ?")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        # A national consultation on another site and a national petition, named and linked: neither is the city's.
        page("/actualites/debat-sur-l-eau/", "Les Vallonnais et le grand débat sur l'eau",
             m.p("La consultation nationale sur le partage de l'eau, organisée sur Make.org, a reçu plus de 40 000 propositions. "
                 "Plusieurs habitants de la vallée y ont défendu la protection des captages de montagne.",
                 f'Une pétition nationale sur le prix de l\'eau circule aussi sur {m.a("https://www.change.org/p/prix-de-l-eau-pour-tous", "change.org", blank=True)}. '
                 "La commune, elle, garde la gestion de son eau en régie.")
             + m.partage(f"http://{VS}/actualites/debat-sur-l-eau/", "Le grand débat sur l'eau"),
             decoys={"participatory_platform", "petition"}, parent=("Actualités", "/actualites/")),
        page("/vie-locale/ecole-de-musique/", "École de musique",
             m.p("L'école de musique intercommunale accueille 140 élèves. Elle envisage d'ouvrir une classe de musiques actuelles : "
                 "votez pour l'instrument que vous aimeriez y apprendre.") + m.crowdsignal(11873402, "Quel instrument pour la nouvelle classe ?"),
             {"poll"}),
        page("/contact/", "Contact",
             m.p("Mairie de Vallon-Sainte-Brune (accueil provisoire salle Saint-Brune, 5 rue du Moulin).")
             + m.fluent_form(3, "/contact/", [("names", "Nom", "text", True), ("email", "E-mail", "email", True),
                                              ("subject", "Sujet", "text", False), ("message", "Message", "textarea", True)]),
             {"contact_form"}),
        page("/emploi/animateur-periscolaire/", "Appel à candidatures : animateur périscolaire",
             m.p("La commune recrute un animateur ou une animatrice périscolaire à temps non complet (24 h par semaine) à compter du 1er septembre. "
                 "BAFA exigé. Candidatures (CV et lettre) à adresser au maire avant le 30 juin."), decoys={"suggestion_call"}),
        page("/?s=p%C3%A9tition", "Résultats de recherche pour « pétition »",
             m.recherche("/", "pétition", [("Les Vallonnais et le grand débat sur l'eau", "/actualites/debat-sur-l-eau/",
                                           "Une pétition nationale sur le prix de l'eau…")], name="s"),
             decoys={"petition", "contact_form"}),
        page("/vallon-connect/", "Vallon connect",
             m.p("Vallon connect est l'application de la commune : signalez un problème de voirie, proposez une idée, répondez aux sondages "
                 "de la mairie. Téléchargez-la ou rendez-vous sur " + m.a(ic + "/", "l'espace en ligne") + "."),
             decoys={"participatory_platform"}),
    ]
    site = Site(VS, "wordpress", "Vallon-Sainte-Brune", pages,
                menu=[("Actualités", "/actualites/"), ("Vallon connect", "/vallon-connect/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "vallonsaintebrune"), social("bluesky", "vallon-sainte-brune.bsky.social")],
                address="Mairie, 2 place de la République, 88110 Vallon-Sainte-Brune")
    ipages = [
        page("/", "Vallon connect", m.p("Bienvenue sur l'espace citoyen de Vallon-Sainte-Brune.")
             + m.links([("Boîte à idées", "/boite-a-idees"), ("Sondage en cours", "/sondages/15"), ("Signaler un problème", "/signalements/nouveau")])
             + m.propulse("id-city", "https://www.id-city.com/")),
        page("/boite-a-idees", "Boîte à idées",
             m.p("Vos idées pour Vallon-Sainte-Brune : la mairie lit chaque idée et répond sous un mois.")
             + m.formulaire_ville("/boite-a-idees", "Partagez votre idée", [("theme", "Thème", ("select", ["Cadre de vie", "Jeunesse", "Culture", "Autre"]), True),
                                                                          ("idee", "Votre idée", "textarea", True)], "Envoyer mon idée"),
             {"suggestion_call"}),
        page("/sondages/15", "Sondage : horaires de la déchetterie",
             m.formulaire_ville("/sondages/15", "Quels horaires préférez-vous pour la déchetterie le samedi ?", [
                 ("choix", "Votre choix", ("radio", ["8 h – 12 h", "9 h – 13 h", "13 h – 17 h"]), True)], "Répondre"), {"poll"}),
        # A report form: free text addressed to the city, which the codebook counts as a contact form.
        page("/signalements/nouveau", "Signaler un problème",
             m.formulaire_ville("/signalements", "Nouveau signalement", [("categorie", "Catégorie", ("select", ["Voirie", "Éclairage", "Propreté"]), True),
                                                                          ("lieu", "Lieu", "text", True), ("description", "Description", "textarea", True),
                                                                          ("courriel", "Votre courriel", "email", True)]),
             {"contact_form"}),
    ]
    idcity = Site(VS_ID, "vendor", "Vallon connect", ipages, menu=[("Idées", "/boite-a-idees"), ("Sondages", "/sondages/15")],
                  address="Espace citoyen de Vallon-Sainte-Brune", features=PLATFORM, platforms=frozenset({"id_city"}))
    return _city("98407", "Vallon-Sainte-Brune", 6_300, "88", [site, idcity])


# =================================================================================================
# 98408 Thézac-en-Sologne (Loir-et-Cher): a vendor CMS, its own e-petitions space, a LimeSurvey
# server and a Consultvox space
# =================================================================================================

TZ = "www.thezac-en-sologne.fr"
TZ_PET = "petitions.thezac-en-sologne.fr"
TZ_LS = "enquetes.thezac-en-sologne.fr"
TZ_CV = "thezac-en-sologne.consultvox.co"


def thezac() -> City:
    pt, cv = f"http://{TZ_PET}", f"http://{TZ_CV}"
    survey = m.limesurvey_page(482913, "Enquête sur le transport à la demande", [
        "Le service de transport à la demande relie les hameaux au bourg et à la gare. Aidez-nous à l'améliorer."], [
        ("Utilisez-vous le transport à la demande ?", ["Chaque semaine", "Parfois", "Jamais"]),
        ("Que faudrait-il changer ?", None)])
    pages = [
        page("/", "Accueil", m.accueil(
            "Thézac-en-Sologne : la mairie à votre service, entre étangs et forêts.",
            [("Contact", "/contact"), ("Pétitions", "/droit-de-petition"), ("Enquête transport", "/enquete-transport"),
             ("Consultation centre-bourg", f"{cv}/")],
            [("Sécurité", "Participation citoyenne : huit référents", "/actualites/participation-citoyenne", "3 février 2025", "Avec la gendarmerie."),
             ("Conseil", "Conseil municipal du 24 juin : ce qu'il faut retenir", "/actualites/conseil-municipal-24-juin", "26 juin 2025", "Délibérations.")])),
        page("/actualites", "Actualités", m.liste_actus([
            ("Participation citoyenne : huit référents", "/actualites/participation-citoyenne", "3 février 2025", "Gendarmerie."),
            ("Conseil municipal du 24 juin", "/actualites/conseil-municipal-24-juin", "26 juin 2025", "Délibérations.")])),
        page("/actualites/participation-citoyenne", "Participation citoyenne : huit référents",
             m.p("La commune a rejoint le dispositif « Participation citoyenne » de la gendarmerie. Huit habitants référents, un par "
                 "hameau, transmettent aux gendarmes de la brigade de Romorantin les faits suspects constatés (démarchage, repérages).",
                 "Ce dispositif complète l'opération Tranquillité vacances."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        # The council's agenda reporting a petition's count: a count reported in a news item is no petition.
        page("/actualites/conseil-municipal-24-juin", "Conseil municipal du 24 juin : ce qu'il faut retenir",
             m.p("Le conseil a voté les tarifs de la cantine (+2 %), attribué les subventions aux associations et approuvé le plan de "
                 "financement de la rénovation de l'église Saint-Aignan.",
                 "Il a aussi débattu de la pétition sur l'éclairage du stade, qui avait dépassé le seuil de 150 signatures : les "
                 "projecteurs seront remplacés par des LED avec extinction à 22 h. Une consultation sur le centre-bourg est annoncée pour la rentrée."),
             decoys={"petition", "participation_displayed", "poll"}, parent=("Actualités", "/actualites")),
        # The city's right of petition, with its threshold and a link to sign: residents can petition.
        page("/droit-de-petition", "Droit de pétition",
             m.p("Depuis 2023, toute personne habitant Thézac-en-Sologne peut lancer une pétition en ligne sur un sujet de compétence "
                 "communale. Au-delà de 150 signatures en deux mois, le conseil municipal en débat lors de sa séance suivante.",
                 f'Consultez, signez ou déposez une pétition sur {m.a(pt + "/", "petitions.thezac-en-sologne.fr")}.',
                 f'Les pétitions nationales, elles, se déposent sur {m.a("https://petitions.assemblee-nationale.fr/", "le site de l’Assemblée nationale", blank=True)}.'),
             {"petition"}),
        page("/enquete-transport", "Enquête transport à la demande",
             m.p("Vous habitez un hameau ? Votre avis sur le transport à la demande nous intéresse.")
             + m.limesurvey_iframe(TZ_LS, 482913, "Enquête transport à la demande"), {"poll"}),
        page("/contact", "Contact",
             m.formulaire_ville("/contact", "Écrire au secrétariat de mairie", [("nom", "Nom", "text", True), ("mail", "Courriel", "email", True),
                                                                                  ("message", "Message", "textarea", True)]),
             {"contact_form"}),
    ]
    site = Site(TZ, "vendor", "Mairie de Thézac-en-Sologne", pages,
                menu=[("Actualités", "/actualites"), ("Droit de pétition", "/droit-de-petition"), ("Contact", "/contact")],
                accounts=[social("facebook", "thezacensologne"), social("instagram", "thezac_en_sologne")],
                address="Mairie, 1 rue de l'Église, 41200 Thézac-en-Sologne")
    ppages = [
        page("/", "Pétitions de Thézac-en-Sologne",
             m.p("Les pétitions des habitants. 150 signatures en deux mois : le conseil municipal en débat.")
             + '<table class="petitions"><thead><tr><th>Pétition</th><th>Signatures</th><th>Échéance</th></tr></thead><tbody>'
               f'<tr><td>{m.a("/petition/14-un-passage-pieton-devant-l-ecole", "Un passage piéton devant l’école des Étangs")}</td><td>87 / 150</td><td>30 novembre</td></tr>'
               '<tr><td>Éclairage LED au stade (seuil atteint, débattue le 24 juin)</td><td>163 / 150</td><td>close</td></tr></tbody></table>'
             + m.a("/petition/deposer", "Déposer une pétition", "btn"), {"petition"}),
        page("/petition/14-un-passage-pieton-devant-l-ecole", "Un passage piéton devant l'école des Étangs",
             m.p("Les enfants traversent la route de Salbris sans aucun marquage. Nous demandons un passage piéton surélevé.", "87 signatures sur 150.")
             + m.formulaire_ville("/petition/14/signer", "Signer cette pétition", [("nom", "Nom", "text", True), ("prenom", "Prénom", "text", True),
                                                                                 ("email", "Courriel", "email", True)], "Je signe"),
             {"petition"}, parent=("Pétitions", "/")),
        page("/petition/deposer", "Déposer une pétition",
             m.formulaire_ville("/petition/deposer", "Votre pétition", [("titre", "Titre", "text", True), ("texte", "Texte de la pétition", "textarea", True),
                                                                       ("email", "Votre courriel", "email", True)], "Déposer"),
             {"petition"}, parent=("Pétitions", "/")),
    ]
    petitions = Site(TZ_PET, "vendor", "Pétitions – Thézac-en-Sologne", ppages, address="Mairie de Thézac-en-Sologne")
    lpages = [
        page("/", "Enquêtes de la commune", m.links([("Enquête transport à la demande", "/index.php/482913?lang=fr")])),
        page("/index.php/482913?lang=fr", "Enquête transport à la demande", survey, {"poll"}),
    ]
    limesurvey = Site(TZ_LS, "vendor", "Enquêtes – Thézac-en-Sologne", lpages, address="Mairie de Thézac-en-Sologne")
    vpages = [
        page("/", "Consultation centre-bourg",
             m.p("Quel avenir pour le centre-bourg de Thézac ? La commune vous consulte jusqu'au 15 décembre.")
             + m.links([("Répondre au questionnaire", "/consultation/centre-bourg/questionnaire"),
                        ("Déposer une contribution sur la carte", "/consultation/centre-bourg/contributions")])
             + m.propulse("Consultvox", "https://www.consultvox.co/")),
        page("/consultation/centre-bourg/questionnaire", "Questionnaire centre-bourg",
             m.formulaire_ville("/consultation/centre-bourg/questionnaire", "Questionnaire", [
                 ("frequence", "Venez-vous au centre-bourg chaque semaine ?", ("radio", ["Oui", "Non"]), True),
                 ("priorite", "Votre priorité", ("radio", ["Commerces", "Stationnement", "Espaces verts", "Sécurité routière"]), True)],
                 "Valider mes réponses"), {"poll"}, parent=("Consultation", "/")),
        page("/consultation/centre-bourg/contributions", "Vos contributions",
             m.p("Placez un repère sur la carte et proposez une idée pour le centre-bourg.")
             + m.formulaire_ville("/consultation/centre-bourg/contributions", "Nouvelle contribution", [
                 ("lieu", "Lieu", "text", True), ("idee", "Votre idée", "textarea", True)], "Publier"),
             {"suggestion_call"}, parent=("Consultation", "/")),
    ]
    consultvox = Site(TZ_CV, "vendor", "Thézac consulte", vpages, address="Consultation de la commune de Thézac-en-Sologne",
                      features=PLATFORM, platforms=frozenset({"consultvox"}))
    return _city("98408", "Thézac-en-Sologne", 4_120, "41", [site, petitions, limesurvey, consultvox])


def cities():
    """The eight communes of this part, in seed order."""
    return [saint_orens(), kerbellec(), chassagne(), beaurivage(), hautmesnil(), lorvignac(), vallon(), thezac()]
