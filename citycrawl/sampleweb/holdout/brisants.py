"""Holdout part "brisants": eight university towns (30,000 to 90,000 inhabitants) whose participation speaks
to students and young people as well as to residents, and the lookalikes such towns hold (the university's
own surveys, student union elections, student jobs and housing calls, a student association fair called a
forum, library booking, the CROUS, the gendarmerie's participation citoyenne, budget primitif...)."""
from ..site import City, Site, page, social
from ..web import Reply
from . import brisants_markup as m


def _home(intro, quick, news, events, extra=""):
    return (m.prose(intro) + m.tiles(quick) + m.news(news) + m.agenda(events) + extra)


# =====================================================================================================
# 99481 Kerbrivel (Bretagne): WordPress, a Decidim of the city under the brand "Kerbrivel en commun".
# =====================================================================================================

def kerbrivel() -> City:
    host, dec = "www.kerbrivel.bzh", "jeparticipe.kerbrivel.bzh"
    D = f"http://{dec}"
    bp = "/processes/budget-participatif-2025"
    camp = "/processes/quartier-des-facultes"
    www = [
        page("/", "Accueil", _home(
            "Ville universitaire de 52 000 habitants, dont 14 000 étudiants, Kerbrivel vit au rythme de son campus et de son port.",
            [("/ma-ville/kerbrivel-en-commun/", "Kerbrivel en commun"), ("/jeunesse/vie-etudiante/", "Vie étudiante"),
             ("/mairie/contact/", "Contacter la mairie"), ("/culture/mediatheque/", "Médiathèque"), ("/mairie/budget-2025/", "Budget de la ville"),
             ("/securite/participation-citoyenne/", "Tranquillité publique")],
            [("/actualites/navette-de-nuit/", "Une navette de nuit entre le port et le campus", "12 mars 2025", "Testée jusqu'en juin, donnez votre avis."),
             ("/actualites/skatepark-de-pen-ar-bed/", "Le skatepark de Pen-ar-Bed inauguré", "2 mars 2025", "Un équipement très attendu par les jeunes."),
             ("/agenda/forum-des-associations-etudiantes/", "Forum des associations étudiantes", "20 février 2025", "Rendez-vous à la halle Saint-Yves.")],
            [("15 mars", "Conseil municipal", "Hôtel de ville"), ("22 mars", "Fest-noz étudiant", "Halle Saint-Yves")],
            m.cookies_complianz() + m.newsletter("/newsletter/inscription/")),
            # the newsletter sign-up of the home page is no contact form
            decoys={"contact_form"}),
        page("/ma-ville/kerbrivel-en-commun/", "Kerbrivel en commun", m.prose(
            "Kerbrivel en commun rassemble les façons de prendre part aux décisions de la ville : conseils de quartier, "
            "conseil local de la jeunesse, budget participatif et concertations sur les grands projets.",
            "Depuis 2021, une charte de la participation fixe les engagements des élus : répondre à chaque avis, rendre compte des suites données.")
            + m.h2("Les instances") + m.links([("/ma-ville/kerbrivel-en-commun/conseils-de-quartier/", "Les sept conseils de quartier"),
                                             ("/jeunesse/conseil-local-de-la-jeunesse/", "Le conseil local de la jeunesse")])
            + m.h2("La plateforme") + m.prose(f'Propositions, votes et concertations se passent sur <a href="{D}/">jeparticipe.kerbrivel.bzh</a>.'),
            {"participation_displayed"}),
        page("/ma-ville/kerbrivel-en-commun/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Chaque quartier a son conseil : vingt habitants tirés au sort, dix volontaires et des représentants des associations. "
            "Les étudiants logés dans le quartier peuvent y siéger.",
            "Les conseils se réunissent quatre fois par an en séance publique ; les comptes rendus sont publiés ci-dessous.")
            + m.bullets("Centre-Port", "Quartier des Facultés", "Kerhallet", "Pen-ar-Bed", "Saint-Yves", "Kervéguen", "Lanrédec"),
            {"participation_displayed"}, parent=("Kerbrivel en commun", "/ma-ville/kerbrivel-en-commun/")),
        page("/jeunesse/conseil-local-de-la-jeunesse/", "Conseil local de la jeunesse", m.prose(
            "Le conseil local de la jeunesse réunit quarante jeunes de 16 à 25 ans, lycéens, étudiants ou jeunes actifs. "
            "Il donne son avis sur les projets de la ville et porte ses propres actions : navette de nuit, fête de la rentrée, prévention.",
            "Candidatures chaque année en septembre auprès du service jeunesse."), {"participation_displayed"}),
        page("/jeunesse/vie-etudiante/", "Vie étudiante", m.with_sidebar(
            m.prose("Logement, transports, santé, culture : le Point Accueil Étudiants vous oriente dès la rentrée.",
                    "La ville prépare un service de navette de nuit le jeudi et souhaite connaître vos habitudes de sortie.")
            + m.links([("/jeunesse/vie-etudiante/jobs-d-ete/", "Jobs d'été à la ville"), ("/jeunesse/conseil-local-de-la-jeunesse/", "Conseil local de la jeunesse")]),
            m.wp_polls(14, "À quelle heure rentrez-vous le jeudi soir ?", ["Avant minuit", "Entre minuit et 2 h", "Après 2 h", "Je ne sors pas"])),
            {"poll"}),
        # a call for applications to jobs: no call for ideas, and the sign-up form writes no message
        page("/jeunesse/vie-etudiante/jobs-d-ete/", "Jobs d'été : appel à candidatures", m.prose(
            "La ville recrute 60 étudiants pour l'été : animation, plages, espaces verts. Appel à candidatures ouvert jusqu'au 31 mars.")
            + m.registration_form("/jeunesse/vie-etudiante/jobs-d-ete/", "jobs d'été 2025", ["Poste souhaité", "Disponibilités"]),
            decoys={"suggestion_call", "contact_form"}),
        page("/actualites/navette-de-nuit/", "Une navette de nuit entre le port et le campus", m.prose(
            "Proposée par le conseil local de la jeunesse, une navette gratuite relie le port au campus le jeudi de 22 h à 3 h.",
            "Le test dure jusqu'en juin. Dites ce que vous en pensez en commentaire.")
            + m.wp_comments([("Maëlle", "13 mars 2025", "Super idée, il faudrait aussi un arrêt à Kerhallet."),
                             ("Yann L.", "14 mars 2025", "Et le samedi ? Les étudiants sortent aussi le week-end.")], post_id=311)
            + m.share("http://www.kerbrivel.bzh/actualites/navette-de-nuit/", "Navette de nuit"),
            {"comments"}, decoys={"contact_form"}),
        # names the participatory budget in passing (a finished project), comments closed
        page("/actualites/skatepark-de-pen-ar-bed/", "Le skatepark de Pen-ar-Bed inauguré", m.prose(
            "Projet lauréat d'une édition passée du budget participatif, le skatepark a été inauguré samedi en présence des riders du club.",
            "Il est ouvert tous les jours de 9 h à 21 h.") + m.wp_comments_closed()
            + m.share("http://www.kerbrivel.bzh/actualites/skatepark-de-pen-ar-bed/", "Skatepark"),
            decoys={"participatory_budget", "comments"}),
        page("/agenda/forum-des-associations-etudiantes/", "Forum des associations étudiantes", m.prose(
            "Sport, culture, humanitaire, bureau des élèves : une cinquantaine d'associations étudiantes vous attendent au forum, halle Saint-Yves, le 20 février de 11 h à 18 h."),
            decoys={"forum"}),
        page("/mairie/budget-2025/", "Budget 2025 de la ville", m.prose(
            "Le budget primitif 2025 a été voté le 16 décembre : 78 M€ de fonctionnement, 24 M€ d'investissement.",
            "Documents : rapport d'orientation budgétaire, budget primitif, compte administratif 2023.")
            + m.links([("/mairie/conseil-municipal/", "Séances du conseil municipal")]),
            decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 43 élus. Prochaine séance : 15 mars à 18 h 30. Ordre du jour : budget supplémentaire, tarifs de la restauration scolaire, "
            "convention avec l'université.", "Les séances sont publiques et retransmises en direct."),
            decoys={"participation_displayed"}),
        # the gendarmerie's watch scheme shares the name, not the approach
        page("/securite/participation-citoyenne/", "Dispositif participation citoyenne", m.prose(
            "Avec la gendarmerie, la ville a signé un protocole « participation citoyenne » : des habitants référents signalent "
            "les faits inhabituels aux gendarmes dans leur secteur.", "Pour devenir référent, adressez-vous à la brigade de Kerbrivel."),
            decoys={"participation_displayed", "territorial_social_network"}),
        page("/culture/mediatheque/", "Médiathèque Anjela-Duval", m.prose(
            "Salles de travail en groupe pour les étudiants : réservation en ligne, deux heures maximum.")
            + m.booking_form("/culture/mediatheque/reserver/", "salle de travail", ["9 h - 11 h", "11 h - 13 h", "14 h - 16 h", "16 h - 18 h"]),
            decoys={"contact_form"}),
        page("/mairie/contact/", "Contacter la mairie", m.prose("Hôtel de ville, ouvert du lundi au vendredi de 8 h 30 à 17 h.")
             + m.cf7_contact("/mairie/contact/", ["Accueil", "Jeunesse", "Vie étudiante", "Urbanisme"]), {"contact_form"}),
    ]
    decidim = [
        page("/", "Kerbrivel en commun", m.prose("La plateforme de participation de la ville de Kerbrivel.")
             + m.decidim_process_card(bp, "Budget participatif 2025", "Vote", "600 000 € pour des projets proposés par les habitants.")
             + m.decidim_process_card(camp, "Quartier des Facultés : vos idées", "Dépôt des idées", "Comment aménager les abords du campus ?")
             + m.decidim_process_card("/processes/budget-participatif-2022", "Budget participatif 2022", "Terminé", "Les résultats de la deuxième édition.")
             + m.decidim_process_card("/processes/enquete-vie-nocturne-2023", "Enquête vie nocturne 2023", "Terminé", "Les résultats de l'enquête.")
             + m.links([("/assemblies/conseil-local-jeunesse", "Assemblée : conseil local de la jeunesse"), ("/initiatives", "Pétitions citoyennes")])),
        page(bp, "Budget participatif 2025", m.prose(
            "Troisième édition : 600 000 € pour des projets d'investissement proposés par les habitants de plus de 11 ans, étudiants compris. "
            "Les 84 projets recevables sont soumis au vote jusqu'au 30 avril.")
            + m.decidim_steps(["Dépôt des projets", "Analyse technique", "Vote", "Réalisation"], 2)
            + m.links([(f"{bp}/f/12/projects", "Voir les projets et voter"), (f"{bp}/reglement", "Le règlement")]),
            {"participatory_budget"}),
        page(f"{bp}/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 : le budget participatif finance des projets d'intérêt général relevant des compétences de la ville.",
            "Article 2 : toute personne de plus de 11 ans habitant, étudiant ou travaillant à Kerbrivel peut déposer un projet et voter.",
            "Article 3 : chaque votant répartit l'enveloppe de 600 000 € entre les projets de son choix."),
            {"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page(f"{bp}/f/12/projects", "Projets soumis au vote", m.decidim_budget_projects(f"{bp}/f/12/projects", [
            (41, "Des abris vélos sécurisés à la cité U de Kerhallet", 85000), (42, "Un verger partagé à Saint-Yves", 32000),
            (43, "Éclairer le chemin du campus", 120000), (44, "Fontaines à eau sur le port", 24000)], 600000),
            {"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page(f"{bp}/f/12/projects/41", "Des abris vélos sécurisés à la cité U de Kerhallet", m.prose(
            "Proposé par un collectif d'étudiants : trois abris fermés de 40 places près des résidences universitaires. Coût estimé : 85 000 €.")
            + m.decidim_comments([("Gaëlle B.", "4 avril 2025", "Indispensable, deux vélos volés dans ma résidence ce mois-ci."),
                                  ("Tanguy", "5 avril 2025", "Et pourquoi pas aussi à la gare ?")], "Decidim::Budgets::Project", 41),
            {"participatory_budget", "comments"}, parent=("Projets", f"{bp}/f/12/projects")),
        page(camp, "Quartier des Facultés : vos idées", m.prose(
            "La ville et l'université lancent un appel à idées pour les abords du campus : placettes, liaisons piétonnes, lieux pour se retrouver le soir. "
            "Déposez vos idées jusqu'au 15 mai ; un atelier public les reprendra en juin.")
            + m.decidim_steps(["Dépôt des idées", "Atelier public", "Restitution"], 0)
            + m.links([(f"{camp}/f/7/proposals", "Voir les idées déposées")]),
            {"suggestion_call", "participation_displayed"}),
        page(f"{camp}/f/7/proposals", "Idées déposées", m.decidim_proposals(f"{camp}/f/7/proposals", [
            (88, "Une placette avec des tables devant la BU", "Lucie M.", 6, ""), (89, "Un passage piéton éclairé rue de Brest", "Erwan", 3, "evaluating"),
            (90, "Des bancs et prises USB au jardin des Facultés", "Asso Kerbrivel Campus", 2, "")]),
            {"suggestion_call"}, parent=("Quartier des Facultés", camp)),
        page(f"{camp}/f/7/proposals/88", "Une placette avec des tables devant la BU", m.prose(
            "Le parvis de la bibliothèque universitaire est un parking. On pourrait y mettre des tables, de l'ombre et des arceaux vélos.")
            + m.decidim_comments([("Nolwenn", "20 mars 2025", "Oui, et un point d'eau."), ("Ronan K.", "21 mars 2025", "Attention aux livraisons du restaurant U.")], mid=88),
            {"comments"}, parent=("Idées déposées", f"{camp}/f/7/proposals")),
        # a past edition: the city's participatory budget, its vote over, with its winners
        page("/processes/budget-participatif-2022", "Budget participatif 2022", m.prose(
            "Deuxième édition : 5 412 votants ont choisi 11 projets parmi 63, dont le skatepark de Pen-ar-Bed et un atelier vélo solidaire.")
            + m.decidim_steps(["Dépôt des projets", "Analyse technique", "Vote", "Réalisation"], 3),
            {"participatory_budget"}),
        page("/processes/enquete-vie-nocturne-2023", "Enquête vie nocturne 2023 : les résultats", m.prose(
            "L'enquête en ligne est close depuis le 30 juin 2023. 2 130 réponses, dont 61 % d'étudiants.",
            "Résultats : 72 % souhaitent une desserte de nuit le jeudi ; 48 % se sentent en insécurité sur le chemin du campus.")
            + m.decidim_steps(["Questionnaire", "Analyse", "Résultats"], 2),
            decoys={"poll"}),
        page("/initiatives", "Pétitions citoyennes", m.prose(
            "Avec 1 000 signatures d'habitants de plus de 16 ans, une pétition est examinée par le conseil municipal. Créez la vôtre ou signez celles en cours.")
            + '<div class="card__list-list"><a href="/initiatives/i-12" class="card__list"><div class="card__list-content"><h3 class="card__list-title">'
              'Gratuité des bus pour les moins de 26 ans</h3><div class="card__list-metadata"><span>642 / 1 000 signatures</span><span class="label">Collecte de signatures</span></div></div></a></div>'
            + '<a href="/users/sign_in" class="button button__sm button__secondary">Lancer une pétition</a>', {"petition"}),
        page("/initiatives/i-12", "Gratuité des bus pour les moins de 26 ans", m.prose(
            "Les étudiants et jeunes actifs de Kerbrivel demandent la gratuité du réseau de bus pour les moins de 26 ans, comme dans plusieurs villes bretonnes.")
            + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">642</span> <span class="progress-bar__units">/ 1 000 signatures</span></div>'
              '<form class="button_to" method="post" action="/initiatives/i-12/initiative_signatures"><button class="button button__lg button__secondary" type="submit">Signer</button>'
              '<input type="hidden" name="authenticity_token" value="k3yX9Qd2sVb7Lw0NfA1jRmZp4uTc8HeG" /></form></div>',
            {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/assemblies/conseil-local-jeunesse", "Conseil local de la jeunesse", m.prose(
            "L'assemblée du conseil local de la jeunesse publique ici ses avis et ses comptes rendus de séance.")
            + m.bullets("Avis sur la navette de nuit (janvier 2025)", "Avis sur le plan vélo (octobre 2024)"),
            {"participation_displayed"}),
    ]
    # projects and ideas with no comment yet: the comment form is there all the same
    decidim += [page(f"{bp}/f/12/projects/{pid}", title, m.prose(text) + m.decidim_comments([], "Decidim::Budgets::Project", pid),
                     {"participatory_budget", "comments"}, parent=("Projets", f"{bp}/f/12/projects"))
                for pid, title, text in [
                    (42, "Un verger partagé à Saint-Yves", "Quinze arbres fruitiers et des bacs de plantes aromatiques sur la pelouse du square, entretenus par les habitants. Coût estimé : 32 000 €."),
                    (43, "Éclairer le chemin du campus", "Un éclairage à détection de présence sur le chemin piéton entre la cité U et la faculté des sciences. Coût estimé : 120 000 €."),
                    (44, "Fontaines à eau sur le port", "Quatre fontaines d'eau potable le long des quais, pour les promeneurs et les sportifs. Coût estimé : 24 000 €.")]]
    decidim += [page(f"{camp}/f/7/proposals/{pid}", title, m.prose(text) + m.decidim_comments([], mid=pid), {"comments"},
                     parent=("Idées déposées", f"{camp}/f/7/proposals"))
                for pid, title, text in [
                    (89, "Un passage piéton éclairé rue de Brest", "Le passage devant l'arrêt Facultés est très sombre le soir ; un éclairage renforcé éviterait des accidents."),
                    (90, "Des bancs et prises USB au jardin des Facultés", "Pour travailler dehors aux beaux jours : bancs, tables et bornes de recharge solaires.")]]
    return City("99481", "Kerbrivel", 52_400, "29", "53", "Bretagne", f"http://{host}/", [
        Site(host, "wordpress", "Ville de Kerbrivel", www,
             menu=[("Ma ville", "/ma-ville/kerbrivel-en-commun/"), ("Jeunesse", "/jeunesse/vie-etudiante/"), ("Mairie", "/mairie/conseil-municipal/"),
                   ("Je participe", D + "/"), ("Contact", "/mairie/contact/")],
             accounts=[social("facebook", "VilleDeKerbrivel"), social("instagram", "kerbrivel_ville")],
             address="Hôtel de ville, 1 place de la Résistance, 29230 Kerbrivel"),
        Site(dec, "decidim", "Kerbrivel en commun", decidim,
             menu=[("Accueil", "/"), ("Processus", bp), ("Assemblées", "/assemblies/conseil-local-jeunesse"), ("Site de la ville", f"http://{host}/")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"})),
    ])


# =====================================================================================================
# 99482 Montbrécy (Centre-Val de Loire): Drupal; CONSUL Democracy; a right of petition on the city's site.
# =====================================================================================================

def montbrecy() -> City:
    host, con = "www.montbrecy.fr", "decidez.montbrecy.fr"
    C = f"http://{con}"
    www = [
        page("/", "Accueil", _home(
            "Montbrécy, 68 900 habitants, 21 000 étudiants : bienvenue sur le site officiel de la ville.",
            [("/participer", "Participer"), ("/participer/droit-de-petition", "Droit de pétition"), ("/jeunesse/maison-des-etudiants", "Maison des étudiants"),
             ("/contact", "Nous contacter"), ("/demarches/recensement", "Recensement")],
            [("/actualites/enquete-publique-plu", "Enquête publique sur le PLU", "3 avril 2025", "Du 7 avril au 9 mai."),
             ("/actualites/cvec-appel-a-projets", "Appel à projets CVEC", "28 mars 2025", "Les associations étudiantes peuvent candidater."),
             ("/actualites/tram-des-facs", "Le tram des facs : résultat de la concertation", "20 mars 2025", "Le bilan est publié.")],
            [("10 avril", "Conseil de quartier Les Tanneurs", "Salle Rabelais"), ("12 avril", "Nuit des étudiants", "Place du Grand-Marché")],
            m.cookies_tarteaucitron())),
        page("/participer", "Participer à la vie de la cité", m.prose(
            "La démocratie participative à Montbrécy s'appuie sur neuf conseils de quartier, un conseil de la vie étudiante et des concertations publiques sur chaque grand projet.",
            f'Propositions citoyennes, débats et budget participatif étudiant se tiennent sur la plateforme <a href="{C}/">Décidez Montbrécy</a>.')
            + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/conseil-de-la-vie-etudiante", "Conseil de la vie étudiante"),
                       ("/participer/droit-de-petition", "Droit de pétition")]),
            {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les neuf conseils de quartier sont ouverts à tous les habitants. Ils se réunissent en assemblée plénière au moins deux fois par an "
            "et en commissions thématiques (cadre de vie, animation, mobilité).", "Prochaine assemblée : Les Tanneurs, jeudi 10 avril, 19 h.")
            + m.drupal_comments([("Habitante des Tanneurs", "2 avril 2025", "Pourra-t-on parler du stationnement rue Nationale ?")], 412),
            {"participation_displayed", "comments"}, parent=("Participer", "/participer")),
        page("/participer/conseil-de-la-vie-etudiante", "Conseil de la vie étudiante", m.prose(
            "Créé avec l'université et le CROUS, le conseil de la vie étudiante associe 30 étudiants élus aux décisions de la ville : logement, transports, culture, santé.",
            "Il prépare chaque automne le budget participatif étudiant."), {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/droit-de-petition", "Droit de pétition", m.prose(
            "Toute personne de plus de 16 ans habitant ou étudiant à Montbrécy peut déposer une pétition. Au-delà de 1 500 signatures, "
            "la question est inscrite à l'ordre du jour du conseil municipal.", "Pétition en cours :")
            + m.petition_sign("/participer/droit-de-petition/signer", "Ouvrir la bibliothèque universitaire et la médiathèque le dimanche", 1124, 1500)
            + m.links([("/participer/droit-de-petition/reglement", "Règlement du droit de pétition")]),
            {"petition"}, parent=("Participer", "/participer")),
        page("/participer/droit-de-petition/reglement", "Règlement du droit de pétition", m.prose(
            "Article 1 : la pétition est déposée en ligne avec un texte de 2 000 caractères au plus. Article 2 : la ville vérifie sa recevabilité sous quinze jours. "
            "Article 3 : la pétition est ouverte aux signatures pendant six mois."), {"petition"},
            parent=("Droit de pétition", "/participer/droit-de-petition")),
        # student union elections to the university's councils: not the city's participation
        page("/jeunesse/maison-des-etudiants", "Maison des étudiants", m.prose(
            "Accueil, logement, aides : la Maison des étudiants est ouverte du lundi au samedi. Élections étudiantes aux conseils de l'université : "
            "le vote a lieu sur l'ENT, pas sur ce site.")
            + m.links([("/jeunesse/logement-etudiant", "Se loger"), ("/jeunesse/elections-etudiantes", "Élections aux conseils centraux")]),
            decoys={"participation_displayed"}),
        page("/jeunesse/logement-etudiant", "Se loger à Montbrécy", m.prose(
            "Résidences du CROUS, logements chez l'habitant, colocations : la demande de logement CROUS se fait sur le dossier social étudiant.",
            "La ville réserve aussi 40 studios : dépôt des demandes en ligne.")
            + m.registration_form("/jeunesse/logement-etudiant/demande", "demande de studio", ["Établissement", "Année d'études"]),
            decoys={"contact_form"}),
        page("/jeunesse/elections-etudiantes", "Élections étudiantes", m.prose(
            "Les élections aux conseils centraux de l'université ont lieu du 18 au 20 mars. Le scrutin électronique se fait sur l'ENT de l'université.")
            + m.login_form("/jeunesse/elections-etudiantes/ent"),
            decoys={"poll", "contact_form"}),
        # an enquête publique is a legal procedure with a paper register: no online questionnaire, no participation approach
        page("/actualites/enquete-publique-plu", "Enquête publique sur le PLU", m.prose(
            "Une enquête publique sur la révision du plan local d'urbanisme se tient du 7 avril au 9 mai. Le commissaire enquêteur tiendra cinq permanences.",
            "Les observations peuvent être consignées sur le registre papier en mairie ou adressées par courrier."),
            decoys={"poll", "participation_displayed"}),
        # a grant call to student associations, judged by a jury: neither a call for ideas nor a participatory budget
        page("/actualites/cvec-appel-a-projets", "Appel à projets CVEC 2025", m.prose(
            "Les associations étudiantes peuvent solliciter une subvention financée par la contribution de vie étudiante et de campus. "
            "Dossiers à déposer avant le 30 avril ; un jury attribue les aides en juin."),
            decoys={"suggestion_call", "participatory_budget"}),
        # a closed consultation's report: nothing left to answer
        page("/actualites/tram-des-facs", "Le tram des facs : bilan de la concertation", m.prose(
            "La concertation préalable sur le prolongement du tram vers le campus est close. 1 870 contributions ont été recueillies ; "
            "le bilan et les réponses de la ville sont en ligne.", "Le questionnaire n'est plus ouvert."), decoys={"poll"}),
        page("/demarches/recensement", "Recensement de la population", m.prose(
            "Le recensement a lieu du 16 janvier au 22 février. Un agent recenseur vous remet vos codes pour répondre en ligne sur le site de l'INSEE.",
            "Les étudiants sont recensés à l'adresse de leur logement à Montbrécy."), decoys={"poll"}),
        page("/contact", "Nous contacter", m.prose("Une question, une demande ? Écrivez-nous, réponse sous huit jours ouvrés.")
             + m.webform_contact("/contact"), {"contact_form"}),
    ]
    bud = "/budgets/3"
    consul = [
        page("/", "Décidez Montbrécy", m.prose("Proposez, débattez, votez : l'espace de participation de Montbrécy.")
             + m.links([("/proposals", "Propositions citoyennes"), ("/debates", "Débats"), (bud, "Budget participatif étudiant 2025"),
                        ("/polls", "Votations"), ("/legislation/processes/4", "Charte de la vie nocturne")])),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Vous avez une idée pour Montbrécy ? Publiez une proposition : si elle recueille 2 % de soutiens des habitants, la ville l'étudie.")
            + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
            + m.consul_proposal_list([(211, "Une laverie solidaire au campus des Deux-Lions", "Pour les étudiants sans machine.", 14, 382),
                                       (212, "Des toilettes publiques place du Grand-Marché", "Ouvertes la nuit.", 9, 240)]),
            {"suggestion_call"}),
        page("/proposals/211", "Une laverie solidaire au campus des Deux-Lions", m.prose(
            "Beaucoup d'étudiants n'ont pas de machine à laver. Une laverie à prix réduit gérée par une association du campus rendrait service.")
            + m.consul_comments([("Inès", "3 mars 2025", "Je soutiens, la plus proche est à 2 km."), ("Paul R.", "4 mars 2025", "Le CROUS en a une, mais toujours en panne.")], "proposal", 211),
            {"comments"}, parent=("Propositions", "/proposals")),
        # the list of debates: the comment form is on each debate's page
        page("/debates", "Débats", m.prose("Lancez un débat sur un sujet qui concerne la ville.")
             + m.links([("/debates/57", "Faut-il piétonniser la rue Nationale le samedi ?")])),
        page("/debates/57", "Faut-il piétonniser la rue Nationale le samedi ?", m.prose("Débat ouvert par le conseil de quartier Centre.")
             + m.consul_comments([("Commerçant", "2 février 2025", "Nos clients viennent en voiture."),
                                  ("Chloé", "3 février 2025", "Les étudiants viennent à pied ou en tram !")], "debate", 57),
             {"comments"}, parent=("Débats", "/debates")),
        page(bud, "Budget participatif étudiant 2025", m.prose(
            "100 000 € pour des projets proposés par les étudiants pour la vie étudiante à Montbrécy. Phase actuelle : vote, jusqu'au 15 avril.")
            + m.links([(f"{bud}/investments", "Voir les projets et voter"), ("/budgets/2", "L'édition 2024 et ses lauréats")]),
            {"participatory_budget"}),
        page(f"{bud}/investments", "Projets du budget participatif étudiant", m.consul_proposal_list([
            (3101, "Une épicerie solidaire au campus", "Coût : 30 000 €", 5, 611), (3102, "Des casiers sécurisés à la gare", "Coût : 18 000 €", 2, 244)], f"{bud}/investments"),
            {"participatory_budget"}, parent=("Budget participatif étudiant", bud)),
        page("/budgets/2", "Budget participatif étudiant 2024 : les lauréats", m.prose(
            "L'édition 2024 est terminée. Projets retenus : fontaines à eau au campus, ateliers de réparation de vélos, mobilier au jardin des Deux-Lions."),
            {"participatory_budget"}),
        page("/polls", "Votations", m.prose("Donnez votre avis sur les questions posées par la ville.")
             + m.questionnaire("/polls/9/answers", [("Quel horaire pour la piscine universitaire le dimanche ?", ["9 h - 13 h", "13 h - 18 h", "Toute la journée"])],
                               "Voter", "poll-question")
             + m.links([("/polls/7", "Votation terminée : nom de la passerelle")]), {"poll"}),
        # a closed vote's result
        page("/polls/7", "Votation terminée : le nom de la passerelle", m.prose(
            "La votation est close. Résultat : « Passerelle Simone-Veil » (54 %), « Passerelle des Facs » (31 %), « Passerelle du Loir » (15 %)."),
            decoys={"poll"}),
        page("/legislation/processes/4", "Charte de la vie nocturne", m.prose(
            "La ville soumet à la concertation son projet de charte de la vie nocturne, préparée avec les bars, les associations étudiantes et les riverains. "
            "Annotez le texte et commentez chaque article."), {"participation_displayed"}),
    ]
    consul += [
        page("/proposals/212", "Des toilettes publiques place du Grand-Marché", m.prose(
            "Le jeudi soir, la place est noire de monde et il n'y a aucune toilette publique ouverte après 20 h.")
            + m.consul_comments([("Riverain", "12 mars 2025", "Cela réglerait bien des problèmes dans les porches.")], "proposal", 212),
            {"comments"}, parent=("Propositions", "/proposals")),
        page(f"{bud}/investments/3101", "Une épicerie solidaire au campus", m.prose(
            "Une épicerie à prix coûtant tenue par des étudiants bénévoles, dans un local de la ville près du campus. Coût : 30 000 €.")
            + m.consul_comments([("Amandine", "2 avril 2025", "Avec des produits locaux, ce serait parfait.")], "budget_investment", 3101),
            {"participatory_budget", "comments"}, parent=("Projets", f"{bud}/investments")),
        page(f"{bud}/investments/3102", "Des casiers sécurisés à la gare", m.prose(
            "Des casiers pour laisser ses affaires le vendredi avant de rentrer chez ses parents. Coût : 18 000 €."),
            {"participatory_budget"}, parent=("Projets", f"{bud}/investments")),
    ]
    return City("99482", "Montbrécy", 68_900, "37", "24", "Centre-Val de Loire", f"http://{host}/", [
        Site(host, "drupal", "Ville de Montbrécy", www,
             menu=[("Participer", "/participer"), ("Jeunesse", "/jeunesse/maison-des-etudiants"), ("Démarches", "/demarches/recensement"),
                   ("Décidez Montbrécy", C + "/"), ("Contact", "/contact")],
             accounts=[social("facebook", "montbrecy"), social("x", "VilleMontbrecy", "https://twitter.com/VilleMontbrecy"),
                       social("youtube", "villedemontbrecy")],
             address="Hôtel de ville, place Jean-Jaurès, 37150 Montbrécy"),
        Site(con, "consul", "Décidez Montbrécy", consul,
             menu=[("Propositions", "/proposals"), ("Débats", "/debates"), ("Budget participatif", bud), ("Votations", "/polls")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"})),
    ])


# =====================================================================================================
# 99483 Orvize (Grand Est): TYPO3; Cap Collectif on the vendor's domain; the city's neighbours' network.
# =====================================================================================================

def orvize() -> City:
    host, cap, voi = "www.orvize.fr", "orvize.cap-collectif.com", "voisins.orvize.fr"
    CAP, VOI = f"http://{cap}", f"http://{voi}"
    www = [
        page("/", "Accueil", _home(
            "Orvize, 41 200 habitants, ville étudiante au cœur de la Lorraine : 9 000 étudiants, deux écoles d'ingénieurs et un IUT.",
            [("/vivre-ensemble/orvize-a-l-ecoute", "Orvize à l'écoute"), ("/vivre-ensemble/voisins-d-orvize", "Voisins d'Orvize"),
             ("/etudier/accueil-etudiants", "Étudier à Orvize"), ("/mairie/ecrire-au-maire", "Écrire au maire"), ("/sortir/forum-emploi", "Forum de l'emploi")],
            [("/actualites/consultation-place-stanislas", "Place Stanislas : les résultats de la consultation", "1er avril 2025", "Le projet retenu."),
             ("/actualites/concours-photo", "Concours photo « Orvize la nuit »", "25 mars 2025", "Envoyez vos clichés."),
             ("/actualites/conseil-municipal-avril", "Conseil municipal du 14 avril", "20 mars 2025", "L'ordre du jour.")],
            [("14 avril", "Conseil municipal", "Hôtel de ville"), ("17 avril", "Forum de l'emploi et des jobs étudiants", "Espace Lorraine")],
            m.cookies_axeptio())),
        page("/vivre-ensemble/orvize-a-l-ecoute", "Orvize à l'écoute", m.prose(
            "Orvize à l'écoute, c'est la démarche de concertation de la ville : assemblées d'habitants par secteur, consultations en ligne, "
            "ateliers avec les étudiants et les lycéens.",
            f'Les consultations se déroulent sur <a href="{CAP}/">orvize.cap-collectif.com</a>. Le réseau <a href="/vivre-ensemble/voisins-d-orvize">Voisins d\'Orvize</a> relie les habitants d\'un même quartier.')
            + m.links([("/vivre-ensemble/assemblees-de-secteur", "Les assemblées de secteur")]), {"participation_displayed"}),
        page("/vivre-ensemble/assemblees-de-secteur", "Les assemblées de secteur", m.prose(
            "Quatre assemblées de secteur réunissent habitants, associations et élus de quartier. Elles se tiennent en mars et en octobre ; "
            "chacune dispose d'une enveloppe de 20 000 € pour de petits aménagements choisis avec les habitants.",
            "Secteur Nord - Faubourg : mardi 8 avril, 19 h, école Jules-Ferry."), {"participation_displayed"}),
        page("/vivre-ensemble/voisins-d-orvize", "Voisins d'Orvize, le réseau de proximité", m.prose(
            "Prêter une perceuse, trouver un covoiturage vers le campus, signaler un chat perdu : Voisins d'Orvize est le réseau social de proximité "
            "proposé par la ville à tous les habitants, gratuit et sans publicité.",
            f'Inscrivez-vous avec votre adresse sur <a href="{VOI}/">voisins.orvize.fr</a> et rejoignez le groupe de votre quartier.'),
            {"territorial_social_network"}),
        # the university's own survey, answered on its intranet: not a poll of this site
        page("/etudier/accueil-etudiants", "Étudier à Orvize", m.prose(
            "Le guide de l'étudiant, le pass culture étudiant et la soirée d'accueil en septembre. L'université mène chaque année sa propre enquête sur "
            "les conditions de vie étudiante : elle se remplit sur l'ENT."), decoys={"poll"}),
        page("/mairie/ecrire-au-maire", "Écrire au maire", m.prose("Vous souhaitez saisir le maire ou un adjoint ? Utilisez ce formulaire.")
             + m.powermail_contact("/mairie/ecrire-au-maire"), {"contact_form"}),
        page("/sortir/forum-emploi", "Forum de l'emploi et des jobs étudiants", m.prose(
            "Le 17 avril à l'Espace Lorraine, 70 employeurs recrutent pour l'été : jobs étudiants, alternance, saisonniers. Entrée libre."),
            decoys={"forum"}),
        page("/actualites/consultation-place-stanislas", "Place Stanislas : les résultats", m.prose(
            "La consultation sur le réaménagement de la place est close depuis le 28 février. 1 420 participants ont choisi le scénario « jardin » à 57 %.",
            "Merci à toutes et à tous ; les travaux commenceront en 2026.") + m.share("http://www.orvize.fr/actualites/consultation-place-stanislas"),
            decoys={"poll"}),
        # a contest, not a call for ideas
        page("/actualites/concours-photo", "Concours photo « Orvize la nuit »", m.prose(
            "Le service jeunesse organise un concours photo ouvert aux 15-25 ans. Envoyez jusqu'à trois clichés avant le 30 avril ; les lauréats seront exposés."),
            decoys={"suggestion_call"}),
        page("/actualites/conseil-municipal-avril", "Conseil municipal du 14 avril", m.prose(
            "Ordre du jour : compte administratif 2024, subventions aux associations, convention avec l'école d'ingénieurs, dénomination de voies."),
            decoys={"participation_displayed", "participatory_budget"}),
    ]
    proj = "/project/le-campus-en-ville"
    capco = [
        page("/", "Orvize à l'écoute", m.prose("La plateforme de consultation de la ville d'Orvize.")
             + m.links([(proj + "/presentation/presentation", "Le campus en ville : appel à idées"),
                        ("/project/vie-nocturne/questionnaire/questionnaire-vie-nocturne", "Questionnaire : la vie nocturne"),
                        ("/project/place-stanislas/presentation/bilan", "Place Stanislas (terminé)")])),
        page(proj + "/presentation/presentation", "Le campus en ville", m.capco_project_header("Le campus en ville", ["Présentation", "Dépôt des idées", "Analyse", "Résultats"], 0)
             + m.prose("Comment mieux relier le campus au centre-ville ? Étudiants, riverains, commerçants : proposez vos idées jusqu'au 31 mai.")
             + m.links([(proj + "/collect/depot-des-idees", "Déposer une idée")]), {"suggestion_call", "participation_displayed"}),
        page(proj + "/collect/depot-des-idees", "Dépôt des idées", m.capco_project_header("Le campus en ville", ["Présentation", "Dépôt des idées", "Analyse", "Résultats"], 1)
             + '<a href="/login" class="btn btn-primary" id="add-proposal">Proposer une idée</a>'
             + m.capco_proposals(proj + "/collect/depot-des-idees/proposals", [
                 ("un-parcours-lumineux", "Un parcours lumineux entre la gare et le campus", "Léa D.", 87, 4),
                 ("des-bancs-rue-gambetta", "Des bancs rue Gambetta", "Karim", 31, 1)]),
             {"suggestion_call"}),
        page(proj + "/collect/depot-des-idees/proposals/un-parcours-lumineux", "Un parcours lumineux entre la gare et le campus", m.prose(
            "Le soir, le trajet à pied entre la gare et le campus est mal éclairé. Un balisage au sol et des lampadaires à détection rassureraient.")
            + '<section class="opinion__comments"><h2>4 commentaires</h2><div class="comment-section"><div class="comment"><p class="comment__author">Théo</p><p>Oui, surtout l\'hiver.</p></div>'
              '<form class="comment-form" action="/graphql" method="post"><label for="commentBody">Votre commentaire</label><textarea id="commentBody" name="body"></textarea>'
              '<button type="submit" class="btn btn-primary">Commenter</button></form></div></section>',
            {"comments"}),
        page("/project/vie-nocturne/questionnaire/questionnaire-vie-nocturne", "Questionnaire : la vie nocturne à Orvize", m.prose(
            "Bruit, sécurité, transports, horaires des bars : dix minutes pour dire comment vous vivez les nuits d'Orvize. Ouvert jusqu'au 20 mai.")
            + m.capco_questionnaire("/project/vie-nocturne/questionnaire/questionnaire-vie-nocturne/reply", 12, [
                ("Vous êtes :", ["Étudiant(e)", "Riverain(e) du centre", "Professionnel(le) de la nuit", "Autre"]),
                ("Vous sentez-vous en sécurité en rentrant la nuit ?", ["Toujours", "Souvent", "Rarement", "Jamais"]),
                ("Vos suggestions", None)]),
            {"poll"}),
        # a closed consultation: its report presents the approach, the vote is over
        page("/project/place-stanislas/presentation/bilan", "Place Stanislas : bilan de la consultation", m.prose(
            "La consultation est terminée. Le scénario « jardin » l'emporte avec 57 % des voix. Retrouvez la synthèse des 312 commentaires."),
            {"participation_displayed"}, decoys={"poll"}),
        page(proj + "/collect/depot-des-idees/proposals/des-bancs-rue-gambetta", "Des bancs rue Gambetta", m.prose(
            "La rue Gambetta mène au campus mais on ne peut s'y asseoir nulle part. Quelques bancs à l'ombre suffiraient.")
            + '<section class="opinion__comments"><h2>1 commentaire</h2><div class="comment-section"><div class="comment"><p class="comment__author">Mme Roux</p><p>Pour les personnes âgées aussi.</p></div>'
              '<p class="comment-section__closed">Pour commenter, <a href="/login">connectez-vous</a>.</p></div></section>',
            {"comments"}),
    ]
    voisins = [
        page("/", "Voisins d'Orvize", m.prose("Le réseau social des habitants d'Orvize : entraide, prêts, bons plans de quartier.")
             + m.community_feed([("Camille", "Faubourg", "hier", "Je donne un bureau, idéal pour un étudiant. À venir chercher."),
                                 ("Jean-Marc", "Saint-Epvre", "il y a 2 jours", "Quelqu'un pour covoiturer vers le campus le matin ?")])
             + m.links([("/quartiers/faubourg", "Groupe du Faubourg"), ("/comment-ca-marche", "Comment ça marche")]),
             {"territorial_social_network"}),
        page("/quartiers/faubourg", "Groupe du Faubourg", m.community_feed([
            ("Aurélie", "Faubourg", "ce matin", "Vide-grenier de la rue des Tanneurs dimanche, qui tient un stand ?"),
            ("Lucas", "Faubourg", "hier", "Colocation cherche aspirateur à emprunter le week-end.")]), {"territorial_social_network"}),
        page("/comment-ca-marche", "Comment ça marche", m.prose(
            "Inscrivez-vous avec votre adresse : nous vérifions que vous habitez Orvize. Vous rejoignez alors le groupe de votre quartier et pouvez publier, répondre, prêter."),
            {"territorial_social_network"}),
    ]
    return City("99483", "Orvize", 41_200, "54", "44", "Grand Est", f"http://{host}/", [
        Site(host, "typo3", "Ville d'Orvize", www,
             menu=[("Vivre ensemble", "/vivre-ensemble/orvize-a-l-ecoute"), ("Étudier", "/etudier/accueil-etudiants"), ("Sortir", "/sortir/forum-emploi"),
                   ("Consultations", CAP + "/"), ("Écrire au maire", "/mairie/ecrire-au-maire")],
             accounts=[social("facebook", "villedorvize"), social("instagram", "orvize.ville"), social("linkedin", "ville-d-orvize")],
             address="Hôtel de ville, 2 rue Héré, 54390 Orvize"),
        Site(cap, "capcollectif", "Orvize à l'écoute", capco, menu=[("Accueil", "/"), ("Site de la ville", f"http://{host}/")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"})),
        Site(voi, "community", "Voisins d'Orvize", voisins, menu=[("Fil", "/"), ("Aide", "/comment-ca-marche")]),
    ])


# =====================================================================================================
# 99484 Vaubrune (Hauts-de-France): vendor CMS; Go Vocal; a budget under the brand "Vaubrune en grand".
# =====================================================================================================

def vaubrune() -> City:
    host, gv = "www.ville-vaubrune.fr", "vaubrune.govocal.com"
    G = f"http://{gv}"
    www = [
        page("/", "Accueil", _home(
            "Vaubrune, 57 300 habitants, ville universitaire de la Somme.",
            [("/ma-ville/vaubrune-en-grand", "Vaubrune en grand"), ("/ma-ville/conseils-citoyens", "Conseils citoyens"),
             ("/jeunes/point-information-jeunesse", "Point information jeunesse"), ("/contact", "Contact"), ("/services/paiement-en-ligne", "Payer en ligne")],
            [("/actualites/petition-nationale-apl", "APL : une pétition nationale circule", "2 avril 2025", "Le point sur la réforme."),
             ("/actualites/vaubrune-en-grand-laureats", "Vaubrune en grand : les lauréats", "15 mars 2025", "Huit projets retenus."),
             ("/actualites/appel-offres-restauration", "Appel d'offres restauration scolaire", "10 mars 2025", "Marché public.")],
            [("9 avril", "Conseil citoyen Les Hortillons", "Maison de quartier"), ("26 avril", "Fête de l'université", "Campus de la Citadelle")],
            m.cookies_tarteaucitron())),
        page("/ma-ville/vaubrune-en-grand", "Vaubrune en grand", m.prose(
            "Vaubrune en grand, c'est le budget participatif de la ville : 500 000 € par an pour réaliser les projets des habitants, dès 12 ans. "
            "Étudiants, vous pouvez proposer et voter dès lors que vous étudiez à Vaubrune.",
            "Calendrier 2025 : dépôt des projets du 1er avril au 31 mai, étude en été, vote en octobre.",
            f'Déposez votre projet sur <a href="{G}/fr-FR/projects/vaubrune-en-grand-2025">la plateforme participative</a>.')
            + m.links([("/ma-ville/vaubrune-en-grand/reglement", "Le règlement")]), {"participatory_budget"}),
        page("/ma-ville/vaubrune-en-grand/reglement", "Règlement de Vaubrune en grand", m.prose(
            "Les projets relèvent de l'investissement, sont situés sur le territoire communal et ne dépassent pas 100 000 €. "
            "Un comité composé d'habitants tirés au sort et d'élus examine la faisabilité ; le vote est ouvert à tous les habitants et étudiants de plus de 12 ans."),
            {"participatory_budget"}, parent=("Vaubrune en grand", "/ma-ville/vaubrune-en-grand")),
        page("/ma-ville/conseils-citoyens", "Conseils citoyens", m.prose(
            "Dans les trois quartiers prioritaires, les conseils citoyens associent habitants et acteurs locaux au contrat de ville. "
            "Ils se réunissent chaque mois et co-construisent les projets de renouvellement urbain."), {"participation_displayed"}),
        page("/jeunes/point-information-jeunesse", "Point information jeunesse", m.prose(
            "Le PIJ accompagne les 15-30 ans : jobs, logement, mobilité internationale, BAFA. Le conseil des jeunes vaubrunois, 35 jeunes de 15 à 25 ans élus pour deux ans, y tient ses séances : "
            "il rend des avis au maire et porte ses projets devant le conseil municipal.",
            f'Les jeunes ont aussi leur questionnaire sur <a href="{G}/fr-FR/projects/enquete-jeunesse">la plateforme</a>.')
            + m.links([("/jeunes/bafa", "Formation BAFA")]), {"participation_displayed"}),
        page("/jeunes/bafa", "Formation BAFA aidée", m.prose("La ville finance 20 formations BAFA par an. Inscription en ligne :")
             + m.registration_form("/jeunes/bafa", "aide au BAFA", ["Adresse"]), decoys={"contact_form"}),
        # a national petition on a petition site, relayed; the city runs no petition space
        page("/actualites/petition-nationale-apl", "APL : une pétition nationale circule", m.prose(
            "Une pétition nationale contre la baisse des aides au logement est relayée par des syndicats étudiants sur "
            "<a href=\"https://www.change.org/p/non-a-la-baisse-des-apl\">change.org</a>. La ville n'en est pas à l'origine.",
            "Pour toute question sur vos droits, le PIJ vous reçoit sans rendez-vous."), decoys={"petition"}),
        # the winners of the city's participatory budget, voted by residents
        page("/actualites/vaubrune-en-grand-laureats", "Vaubrune en grand : les lauréats 2024", m.prose(
            "Huit projets ont été retenus par 4 800 votants : une boîte à livres au campus, des agrès de sport au parc Saint-Pierre, un jardin partagé aux Hortillons...",
            "Les réalisations commencent cet été."), {"participatory_budget"}),
        page("/actualites/appel-offres-restauration", "Appel d'offres : restauration scolaire", m.prose(
            "La ville lance un appel d'offres pour la fourniture de repas aux écoles. Les offres sont à déposer sur la plateforme des marchés publics avant le 30 avril."),
            decoys={"suggestion_call"}),
        page("/services/paiement-en-ligne", "Payer en ligne", m.prose("Cantine, crèche, conservatoire : réglez vos factures en ligne.")
             + m.payment_form("/services/paiement-en-ligne", "factures de la ville"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Écrivez aux services municipaux.")
             + m.vendor_contact("/contact", ("Vie étudiante", "Voirie", "Vaubrune en grand", "Autre")), {"contact_form"}),
    ]
    bp = "/fr-FR/projects/vaubrune-en-grand-2025"
    gov = [
        page("/", "Vaubrune participe", m.prose("La plateforme participative de la ville de Vaubrune.")
             + m.links([(bp, "Vaubrune en grand 2025"), ("/fr-FR/projects/enquete-jeunesse", "Enquête jeunesse"),
                        ("/fr-FR/projects/quais-de-somme", "Quais de Somme : concertation")])),
        page(bp, "Vaubrune en grand 2025", m.prose(
            "Phase 1 : dépôt des projets jusqu'au 31 mai. Décrivez votre projet, ajoutez une image et localisez-le sur la carte.")
            + '<button class="e2e-idea-button" type="button" data-href="/fr-FR/projects/vaubrune-en-grand-2025/ideas/new">Déposer un projet</button>'
            + m.govocal_ideas([("une-boite-a-dons-au-campus", "Une boîte à dons au campus", 42, 5), ("des-arceaux-velos-gare", "Des arceaux vélos à la gare", 28, 2)]),
            {"participatory_budget", "suggestion_call"}),
        page("/fr-FR/ideas/une-boite-a-dons-au-campus", "Une boîte à dons au campus", m.prose(
            "Un meuble couvert près du restaurant universitaire pour déposer et prendre livres, vaisselle, vêtements.")
            + m.govocal_comments([("Sarah", "8 avril 2025", "Génial pour les fins d'année quand tout le monde déménage."),
                                  ("Marc", "9 avril 2025", "Qui s'occupe de l'entretien ?")], "une-boite-a-dons-au-campus"),
            {"participatory_budget", "comments"}),
        page("/fr-FR/projects/enquete-jeunesse", "Enquête jeunesse 2025", m.prose(
            "Tu as entre 15 et 30 ans ? Dis-nous ce qui manque à Vaubrune : lieux, horaires, activités. Le questionnaire prend cinq minutes.")
            + m.questionnaire("/web_api/v1/projects/enquete-jeunesse/survey_responses", [
                ("Tu es :", ["Lycéen(ne)", "Étudiant(e)", "En emploi", "En recherche d'emploi"]),
                ("Ce qui manque le plus :", ["Un lieu pour se retrouver le soir", "Des transports tardifs", "Des salles de travail", "Des événements"])],
                cls="e2e-survey"),
            {"poll"}),
        page("/fr-FR/projects/quais-de-somme", "Quais de Somme : concertation", m.prose(
            "La concertation sur l'aménagement des quais s'est terminée le 15 janvier. Les 230 contributions ont été synthétisées ; les ateliers reprendront à l'automne."),
            {"participation_displayed"}),
        page("/fr-FR/ideas/des-arceaux-velos-gare", "Des arceaux vélos à la gare", m.prose(
            "Les arceaux de la gare sont saturés dès 8 h : en ajouter une cinquantaine côté parvis nord.")
            + m.govocal_comments([("Julien", "10 avril 2025", "Et couverts, si possible.")], "des-arceaux-velos-gare"),
            {"participatory_budget", "comments"}),
    ]
    return City("99484", "Vaubrune", 57_300, "80", "32", "Hauts-de-France", f"http://{host}/", [
        Site(host, "vendor", "Ville de Vaubrune", www,
             menu=[("Ma ville", "/ma-ville/conseils-citoyens"), ("Vaubrune en grand", "/ma-ville/vaubrune-en-grand"), ("Jeunes", "/jeunes/point-information-jeunesse"),
                   ("Je participe", G + "/"), ("Contact", "/contact")],
             accounts=[social("facebook", "VilleDeVaubrune"), social("tiktok", "vaubrune_officiel"), social("instagram", "villedevaubrune")],
             address="Hôtel de ville, place de l'Hôtel-de-Ville, 80470 Vaubrune"),
        Site(gv, "govocal", "Vaubrune participe", gov, menu=[("Projets", "/"), ("Vaubrune en grand", bp)],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"})),
    ])


# =====================================================================================================
# 99485 Brenouillac (Occitanie): SPIP with its forums under articles; a phpBB board of the youth council.
# =====================================================================================================

def brenouillac() -> City:
    host, fo = "www.brenouillac.fr", "forum.brenouillac.fr"
    F = f"http://{fo}"
    www = [
        page("/", "Accueil", _home(
            "Brenouillac, 36 800 habitants, ville universitaire de l'Hérault : son campus des Garrigues accueille 8 000 étudiants.",
            [("/spip.php?rubrique12", "Démocratie locale"), ("/spip.php?article88", "Boîte à idées"), ("/spip.php?article40", "Vie étudiante"),
             ("/spip.php?article3", "Contact"), ("/spip.php?article71", "Le CROUS à Brenouillac")],
            [("/spip.php?article95", "Comités de quartier : renouvellement", "1er avril 2025", "Portez-vous candidat."),
             ("/spip.php?article97", "La piste cyclable du campus en travaux", "25 mars 2025", "Votre avis en commentaire."),
             ("/spip.php?article99", "Sondage de la région sur les TER", "18 mars 2025", "La région consulte les usagers.")],
            [("11 avril", "Comité de quartier Garrigues", "Maison du campus"), ("19 avril", "Féria étudiante", "Arènes")])),
        page("/spip.php?rubrique12", "Démocratie locale", m.prose(
            "À Brenouillac, la démocratie locale repose sur six comités de quartier, un conseil des jeunes et une boîte à idées permanente.",
            f'Le conseil des jeunes anime un <a href="{F}/">forum de discussion</a> ouvert à tous les jeunes Brenouillacois.')
            + m.links([("/spip.php?article95", "Les comités de quartier"), ("/spip.php?article88", "La boîte à idées")]),
            {"participation_displayed"}),
        # a call for candidates to the neighbourhood committees: presents them, asks for no idea
        page("/spip.php?article95", "Comités de quartier : appel à candidatures", m.prose(
            "Les six comités de quartier se renouvellent. Habitants, étudiants, commerçants : portez-vous candidat avant le 30 avril pour trois ans.",
            "Les comités donnent leur avis sur les aménagements et organisent une réunion publique par trimestre."),
            {"participation_displayed"}, decoys={"suggestion_call"}),
        page("/spip.php?article88", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Brenouillac ? Transmettez-la : chaque idée reçoit une réponse, et les plus soutenues sont présentées en comité de quartier.")
            + m.idea_form("/spip.php?article88", ["Cadre de vie", "Campus et vie étudiante", "Mobilité", "Culture", "Autre"]),
            # an idea box: a call for ideas whose form also carries a free-text message to the city
            {"suggestion_call", "contact_form"}),
        page("/spip.php?article97", "La piste cyclable du campus en travaux", m.prose(
            "Les travaux de la piste cyclable entre la gare et le campus des Garrigues dureront jusqu'en juillet. Une déviation est balisée.")
            + m.spip_forum([("Jordi", "26 mars 2025", "Déviation", "La déviation passe par la nationale, c'est dangereux le soir."),
                            ("Mairie de Brenouillac", "27 mars 2025", "Réponse", "Un éclairage provisoire est installé cette semaine.")], 97),
            {"comments"}, decoys={"forum", "contact_form"}),
        # the Region's survey, answered on the Region's site
        page("/spip.php?article99", "La région consulte les usagers des TER", m.prose(
            "La Région mène une enquête auprès des usagers des trains régionaux, notamment les étudiants. Le questionnaire est sur le site de la Région ; "
            "la ville relaie l'information."), decoys={"poll"}),
        page("/spip.php?article40", "Vie étudiante", m.prose(
            "Santé, logement, sport, culture : tout ce qu'il faut savoir pour bien vivre ses études à Brenouillac. Inscriptions aux cours de langues de la ville en ligne.")
            + m.registration_form("/spip.php?article40", "cours de langues du soir", ["Langue", "Niveau"]), decoys={"contact_form"}),
        page("/spip.php?article71", "Le CROUS à Brenouillac", m.prose(
            "Le CROUS gère deux résidences et le restaurant universitaire des Garrigues. Les demandes de logement et de bourse passent par le dossier social étudiant, "
            "sur le site du CROUS."), decoys={"participation_displayed"}),
        page("/spip.php?article3", "Contact", m.prose("Mairie de Brenouillac, 4 place de la République.") + m.spip_ecrire_auteur("/spip.php?article3"),
             {"contact_form"}),
    ]
    forum = [
        page("/", "Forum des jeunes de Brenouillac", m.phpbb_index([
            (2, "Propositions au conseil des jeunes", "Vos idées pour la ville, débattues en séance.", 38, 214, "Clara34"),
            (3, "Vie étudiante", "Logement, transports, bons plans.", 112, 905, "Nico_G"),
            (4, "Sorties et culture", "Concerts, soirées, expos.", 57, 330, "Maya")])
            + '<p><a href="./viewforum.php?f=2">Propositions</a> · <a href="./viewforum.php?f=3">Vie étudiante</a></p>',
            {"forum"}),
        page("/viewforum.php?f=2", "Propositions au conseil des jeunes", m.phpbb_viewforum(2, [
            (51, "Un city stade éclairé au campus", "Clara34", 12, 340), (52, "Des concerts gratuits aux arènes l'été", "Younes", 7, 210)]),
            {"forum"}),
        page("/viewforum.php?f=3", "Vie étudiante", m.phpbb_viewforum(3, [
            (61, "Colocs : quel quartier pour une première année ?", "Nico_G", 23, 1200), (62, "Bus de nuit le jeudi ?", "Léna", 15, 640)]),
            {"forum"}),
        page("/viewtopic.php?t=51", "Un city stade éclairé au campus", m.phpbb_topic(51, [
            ("Clara34", "2 mars 2025", "Le terrain derrière la résidence est plongé dans le noir dès 18 h l'hiver."),
            ("Younes", "3 mars 2025", "On pourrait le présenter au prochain conseil des jeunes."),
            ("Modérateur CDJ", "4 mars 2025", "Proposition inscrite à la séance d'avril.")]), {"forum"}),
        page("/viewtopic.php?t=61", "Colocs : quel quartier pour une première année ?", m.phpbb_topic(61, [
            ("Nico_G", "10 février 2025", "Je cherche une coloc pour septembre, vous conseillez quoi ?"),
            ("Inès", "11 février 2025", "Le quartier des Garrigues, à dix minutes à pied de la fac.")]), {"forum"}),
        page("/viewforum.php?f=4", "Sorties et culture", m.phpbb_viewforum(4, [
            (71, "Programme de la féria étudiante", "Maya", 9, 450)]), {"forum"}),
        page("/viewtopic.php?t=71", "Programme de la féria étudiante", m.phpbb_topic(71, [
            ("Maya", "1er avril 2025", "Quelqu'un a le programme des concerts aux arènes ?"),
            ("Tom", "1er avril 2025", "Il sort la semaine prochaine sur le site de la ville.")]), {"forum"}),
        page("/viewtopic.php?t=52", "Des concerts gratuits aux arènes l'été", m.phpbb_topic(52, [
            ("Younes", "5 mars 2025", "Les arènes sont vides tout l'été, pourquoi pas des concerts gratuits le vendredi ?"),
            ("Clara34", "6 mars 2025", "Bonne idée, il faudrait chiffrer le coût pour le conseil des jeunes.")]), {"forum"}),
        page("/viewtopic.php?t=62", "Bus de nuit le jeudi ?", m.phpbb_topic(62, [
            ("Léna", "14 février 2025", "Le dernier bus part à 21 h 40, c'est trop tôt."),
            ("Pierre", "15 février 2025", "La métropole voisine a des bus jusqu'à 1 h le jeudi.")]), {"forum"}),
    ]
    return City("99485", "Brenouillac", 36_800, "34", "76", "Occitanie", f"http://{host}/", [
        Site(host, "spip", "Ville de Brenouillac", www,
             menu=[("Démocratie locale", "/spip.php?rubrique12"), ("Vie étudiante", "/spip.php?article40"), ("Forum des jeunes", F + "/"), ("Contact", "/spip.php?article3")],
             accounts=[social("facebook", "brenouillac"), social("mastodon", "brenouillac@mastodon.social")],
             address="Mairie, 4 place de la République, 34790 Brenouillac"),
        Site(fo, "phpbb", "Forum des jeunes de Brenouillac", forum, menu=[("Index", "/")],
             features=frozenset({"forum"})),
    ])


# =====================================================================================================
# 99486 Ambrézy (Auvergne-Rhône-Alpes): Joomla; a questionnaire on a city page; a youth budget; Publik.
# =====================================================================================================

def ambrezy() -> City:
    host, pub = "www.ambrezy.fr", "demarches.ambrezy.fr"
    P = f"http://{pub}"
    www = [
        page("/", "Accueil", _home(
            "Ambrézy, 33 500 habitants au pied des volcans, accueille une antenne universitaire et 6 000 étudiants.",
            [("/index.php/participer", "Participer"), ("/index.php/participer/budget-jeunes", "Budget jeunes"),
             ("/index.php/participer/questionnaire-logement", "Questionnaire logement"), ("/index.php/contact", "Contact"), (P + "/", "Démarches en ligne")],
            [("/index.php/actualites/budget-primitif", "Le budget primitif 2025 adopté", "18 décembre 2024", "Les grandes orientations."),
             ("/index.php/actualites/sondage-marche-resultats", "Marché du soir : les résultats du sondage", "5 mars 2025", "Vous avez voté."),
             ("/index.php/actualites/forum-jobs-ete", "Forum jobs d'été", "1er mars 2025", "Au gymnase Pascal."),
             ("/index.php/actualites/plateforme-numerique", "Une plateforme participative à l'étude", "20 février 2025", "Décision en septembre.")],
            [("8 avril", "Réunion publique du quartier des Volcans", "École Pasteur"), ("24 avril", "Forum jobs d'été", "Gymnase Pascal")],
            m.cookies_tarteaucitron())),
        page("/index.php/participer", "Participer", m.prose(
            "Ambrézy associe ses habitants aux décisions : réunions publiques de quartier deux fois par an, concertations sur les projets d'aménagement, "
            "budget jeunes et questionnaires en ligne.", "Le comité consultatif de la vie étudiante rend un avis chaque année sur la politique jeunesse.")
            + m.links([("/index.php/participer/budget-jeunes", "Budget jeunes"), ("/index.php/participer/questionnaire-logement", "Questionnaire logement"),
                       ("/index.php/participer/reunions-de-quartier", "Réunions de quartier")]), {"participation_displayed"}),
        page("/index.php/participer/reunions-de-quartier", "Réunions publiques de quartier", m.prose(
            "Deux fois par an, le maire et les élus de secteur rencontrent les habitants de chaque quartier : questions, propositions, suivi des demandes.",
            "Prochaine réunion : quartier des Volcans, le 8 avril à 19 h."), {"participation_displayed"}),
        page("/index.php/participer/budget-jeunes", "Budget jeunes : déposez votre projet", m.prose(
            "Tu as entre 15 et 25 ans, tu habites ou tu étudies à Ambrézy ? La ville consacre 40 000 € aux projets des jeunes, choisis par le vote des jeunes.",
            "Dépôt des projets jusqu'au 30 avril, vote en juin au PIJ et en ligne.")
            + m.idea_form("/index.php/participer/budget-jeunes", ["Sport", "Culture", "Environnement", "Campus"], "Déposer un projet")
            + m.links([("/index.php/participer/budget-jeunes/edition-2024", "Édition 2024")]),
            # filing step of a budget: a project form with a free-text description
            {"participatory_budget", "suggestion_call", "contact_form"}),
        page("/index.php/participer/budget-jeunes/edition-2024", "Budget jeunes 2024 : les projets réalisés", m.prose(
            "L'édition 2024 a financé un studio de musique au PIJ, des tables de ping-pong au campus et un festival de courts métrages. 612 jeunes ont voté."),
            {"participatory_budget"}),
        page("/index.php/participer/questionnaire-logement", "Questionnaire : se loger à Ambrézy", m.prose(
            "Étudiants, jeunes actifs : la ville prépare son plan local de l'habitat. Répondez à ce questionnaire avant le 15 mai.")
            + m.questionnaire("/index.php/participer/questionnaire-logement", [
                ("Quel est votre type de logement ?", ["Résidence CROUS", "Studio privé", "Colocation", "Chez mes parents"]),
                ("Quel loyer payez-vous, charges comprises ?", ["Moins de 350 €", "350 à 500 €", "Plus de 500 €"]),
                ("Votre quartier", None)]),
            {"poll"}),
        page("/index.php/actualites/budget-primitif", "Le budget primitif 2025 adopté", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 41 M€, dont 9 M€ d'investissement. Les taux d'imposition sont inchangés."),
            decoys={"participatory_budget"}),
        # a closed poll's results
        page("/index.php/actualites/sondage-marche-resultats", "Marché du soir : les résultats du sondage", m.prose(
            "Le sondage est clos. 68 % des 940 répondants souhaitent un marché le jeudi soir de mai à septembre. Premier marché le 15 mai."),
            decoys={"poll"}),
        # names platforms the city is only comparing: no platform of its own yet
        page("/index.php/actualites/plateforme-numerique", "Une plateforme participative à l'étude", m.prose(
            "La commission jeunesse et vie étudiante a comparé plusieurs outils de participation en ligne : Decidim, Cap Collectif, Fluicity. "
            "Un groupe d'étudiants de l'antenne universitaire a testé chacun d'eux ; le choix sera fait en septembre.",
            "D'ici là, questionnaires et budget jeunes restent sur ce site."),
            decoys={"participatory_platform"}),
        page("/index.php/actualites/forum-jobs-ete", "Forum jobs d'été", m.prose(
            "Le forum jobs d'été réunit employeurs et étudiants au gymnase Pascal le 24 avril. Apportez votre CV !"), decoys={"forum"}),
        page("/index.php/contact", "Contact", m.prose("Mairie d'Ambrézy, 1 place de la Mairie.") + m.joomla_contact("/index.php/contact"),
             {"contact_form"}),
    ]
    publik = [
        page("/", "Démarches en ligne", m.prose("Vos démarches auprès de la ville d'Ambrézy, 24 h sur 24.")
             + m.links([("/contact-mairie/", "Contacter la mairie"), ("/petition/", "Déposer ou signer une pétition"),
                        ("/inscription-periscolaire/", "Inscription périscolaire"), ("/signalement/", "Signaler un problème")])),
        page("/contact-mairie/", "Contacter la mairie", m.wcs_form("/contact-mairie/", "contact-mairie", [
            ("text", "nom", "Nom"), ("email", "courriel", "Courriel"), ("select:Accueil|Jeunesse|Urbanisme", "service", "Service"),
            ("textarea", "message", "Votre message")], "Envoyer"), {"contact_form"}),
        page("/petition/", "Pétition citoyenne", m.prose(
            "Le droit de pétition permet aux habitants de demander l'inscription d'une question à l'ordre du jour du conseil municipal dès 500 signatures.")
            + m.petition_sign("/petition/signer", "Un abri pour les vélos devant l'antenne universitaire", 287, 500),
            {"petition"}),
        page("/inscription-periscolaire/", "Inscription périscolaire", m.wcs_form("/inscription-periscolaire/", "inscription-periscolaire", [
            ("text", "enfant", "Nom de l'enfant"), ("select:Maternelle|Élémentaire", "niveau", "Niveau"), ("checkbox", "cantine", "Cantine")], "Inscrire"),
            decoys={"contact_form"}),
        page("/signalement/", "Signaler un problème", m.wcs_form("/signalement/", "signalement", [
            ("select:Éclairage|Voirie|Propreté", "type", "Type"), ("text", "adresse", "Adresse"), ("textarea", "description", "Description"),
            ("email", "courriel", "Courriel")], "Signaler"),
            # a report addressed to the city with a free-text description: a contact form, not a call for ideas
            {"contact_form"}, decoys={"suggestion_call"}),
    ]
    return City("99486", "Ambrézy", 33_500, "63", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [
        Site(host, "joomla", "Ville d'Ambrézy", www,
             menu=[("Participer", "/index.php/participer"), ("Actualités", "/index.php/actualites/budget-primitif"), ("Démarches", P + "/"), ("Contact", "/index.php/contact")],
             accounts=[social("facebook", "ambrezy63"), social("instagram", "ville_ambrezy")],
             address="Mairie, 1 place de la Mairie, 63410 Ambrézy"),
        Site(pub, "publik", "Ambrézy démarches", publik, menu=[("Accueil", "/"), ("Site de la ville", f"http://{host}/")]),
    ])


# =====================================================================================================
# 99487 Sorvilliers (Normandie): WordPress; a Discourse of the city; a neighbours' network on its domain.
# =====================================================================================================

def sorvilliers() -> City:
    host, dis, voi = "www.sorvilliers.fr", "debats.sorvilliers.fr", "entre-voisins.sorvilliers.fr"
    DI, VO = f"http://{dis}", f"http://{voi}"
    enq = "enquetes.sorvilliers.fr"
    EQ = f"http://{enq}"
    www = [
        page("/", "Accueil", _home(
            "Sorvilliers, 74 100 habitants, 25 000 étudiants : une ville-campus entre Orne et littoral.",
            [("/participation/", "La participation"), ("/participation/consultation-rythmes-etudiants/", "Consultation en cours"),
             ("/vie-etudiante/", "Vie étudiante"), ("/contact/", "Contact"), ("/securite/voisins-vigilants-gendarmerie/", "Sécurité")],
            [("/actualites/conseil-de-quartier-universite/", "Conseil de quartier Université : compte rendu", "3 avril 2025", "Les échanges du 27 mars."),
             ("/actualites/forum-des-associations/", "Forum des associations", "30 mars 2025", "Plus de 200 associations."),
             ("/actualites/prix-jeunes-talents/", "Prix jeunes talents 2025", "22 mars 2025", "Candidatures ouvertes.")],
            [("27 mars", "Conseil de quartier Université", "Amphi Daure"), ("5 avril", "Forum des associations", "Parc des expositions")],
            m.cookies_complianz())),
        page("/participation/", "La participation citoyenne à Sorvilliers", m.with_sidebar(
            m.prose("Douze conseils de quartier, un conseil sorvillais de la vie étudiante, des consultations sur les projets : "
                    "la ville fait de la participation des habitants une méthode de travail.",
                    f'Pour débattre entre habitants, la ville a ouvert <a href="{DI}/">un espace de discussion</a> et un réseau d\'entraide, '
                    f'<a href="{VO}/">Entre voisins</a>.')
            + m.links([("/participation/conseils-de-quartier/", "Les conseils de quartier"), ("/participation/consultation-rythmes-etudiants/", "Consultation en cours")]),
            m.wp_polls(31, "Quel sujet pour le prochain débat public ?", ["Logement étudiant", "Vélo", "Vie nocturne", "Propreté"])),
            {"participation_displayed", "poll"}),
        page("/participation/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Les conseils de quartier sont ouverts à tout habitant de plus de 16 ans. Chaque conseil a deux coprésidents, un élu et un habitant.",
            "Dans le quartier Université, un collège étudiant de dix membres est élu chaque automne.")
            + m.links([("/actualites/conseil-de-quartier-universite/", "Dernier compte rendu")]), {"participation_displayed"}),
        # the questionnaire is embedded from the city's own survey server
        page("/participation/consultation-rythmes-etudiants/", "Consultation : les rythmes de la ville et les étudiants", m.prose(
            "Horaires des bibliothèques, des transports, des piscines : la ville consulte les étudiants et les habitants jusqu'au 31 mai.")
            + m.framaforms_embed(f"{EQ}/index.php/482913?lang=fr", "Questionnaire rythmes de la ville"),
            {"poll", "participation_displayed"}),
        page("/actualites/conseil-de-quartier-universite/", "Conseil de quartier Université : compte rendu", m.prose(
            "Le 27 mars, 85 habitants et étudiants ont débattu du stationnement des trottinettes et de la propreté autour des résidences.")
            + m.wp_comments([("Hugo", "4 avril 2025", "Merci pour le compte rendu, les arceaux vont arriver quand ?"),
                             ("Anne-Sophie", "5 avril 2025", "Il faudrait une réunion à une heure où les étudiants sont disponibles.")], post_id=522),
            {"participation_displayed", "comments"}, decoys={"contact_form"}),
        page("/actualites/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations réunit plus de 200 associations sportives, culturelles et étudiantes le 5 avril au parc des expositions.")
            + m.wp_comments_closed(), decoys={"forum", "comments"}),
        # a prize for young people, not a call for ideas
        page("/actualites/prix-jeunes-talents/", "Prix jeunes talents 2025", m.prose(
            "Jeunes artistes, entrepreneurs ou bénévoles de 16 à 30 ans : candidatez au prix jeunes talents avant le 30 avril. Dotation : 3 000 €."),
            decoys={"suggestion_call"}),
        page("/vie-etudiante/", "Vie étudiante", m.prose(
            "Pass culture étudiant, aides au permis, service de santé universitaire : les services de la ville pour les étudiants. "
            "Réservez une place au restaurant universitaire via l'application du CROUS.")
            + m.booking_form("/vie-etudiante/reserver-salle/", "salle de répétition musique", ["18 h - 20 h", "20 h - 22 h"]),
            decoys={"contact_form"}),
        # the state's watch scheme, not the city's neighbours' network
        page("/securite/voisins-vigilants-gendarmerie/", "Participation citoyenne et sécurité", m.prose(
            "Le dispositif de participation citoyenne, piloté par la police nationale et la préfecture, associe des habitants volontaires à la prévention des cambriolages.",
            "Ce dispositif n'est pas le réseau Entre voisins de la ville.")
            , decoys={"participation_displayed", "territorial_social_network"}),
        page("/contact/", "Contact", m.prose("Posez votre question aux services de la ville.") + m.cf7_contact("/contact/"), {"contact_form"}),
    ]
    disc = [
        page("/", "Débats sorvillais", m.discourse_list([
            (101, "logement-etudiant-encadrement-des-loyers", "Logement étudiant : faut-il encadrer les loyers ?", "logement", 34, 1280),
            (102, "pistes-cyclables-avenue-de-la-cote", "Pistes cyclables avenue de la Côte", "mobilite", 21, 760),
            (103, "bruit-nocturne-centre-ville", "Bruit nocturne en centre-ville", "vie-nocturne", 48, 2100)])
            + '<p><a href="/c/logement">Catégorie logement</a></p>', {"forum"}),
        page("/t/logement-etudiant-encadrement-des-loyers/101", "Logement étudiant : faut-il encadrer les loyers ?", m.discourse_topic([
            ("Mathis", "2 mars 2025", "Un studio à 520 € près du campus, ça devient impossible."),
            ("Propriétaire14", "2 mars 2025", "Les charges ont beaucoup augmenté aussi."),
            ("Élue au logement", "4 mars 2025", "Le sujet sera à l'ordre du jour de la commission du 20 mars.")]), {"forum"}),
        page("/t/pistes-cyclables-avenue-de-la-cote/102", "Pistes cyclables avenue de la Côte", m.discourse_topic([
            ("Bastien", "10 février 2025", "La piste s'arrête net au rond-point."), ("Nadia", "11 février 2025", "Il faudrait la prolonger jusqu'au campus 2.")]), {"forum"}),
        page("/t/bruit-nocturne-centre-ville/103", "Bruit nocturne en centre-ville", m.discourse_topic([
            ("Riverain rue Écuyère", "5 janvier 2025", "Impossible de dormir le jeudi."), ("BDE Droit", "6 janvier 2025", "Nous proposons des médiateurs de nuit.")]), {"forum"}),
        page("/c/logement", "Catégorie logement", m.discourse_list([
            (101, "logement-etudiant-encadrement-des-loyers", "Logement étudiant : faut-il encadrer les loyers ?", "logement", 34, 1280)]), {"forum"}),
    ]
    voisins = [
        page("/", "Entre voisins Sorvilliers", m.prose("Le réseau d'entraide des habitants de Sorvilliers, proposé par la ville.")
             + m.community_feed([("Françoise", "Université", "il y a 1 h", "Je peux arroser vos plantes pendant les vacances universitaires."),
                                 ("Axel", "Vaucelles", "hier", "Qui a un diable à prêter pour un déménagement samedi ?")])
             + m.links([("/groupes/universite", "Groupe Université"), ("/a-propos", "À propos")]), {"territorial_social_network"}),
        page("/groupes/universite", "Groupe Université", m.community_feed([
            ("Zoé", "Université", "ce matin", "Dons de livres de première année de droit, à récupérer résidence Lebisey."),
            ("Gérard", "Université", "hier", "Merci aux étudiants qui ont nettoyé le square dimanche !")]), {"territorial_social_network"}),
        page("/a-propos", "À propos d'Entre voisins", m.prose(
            "Entre voisins est le réseau social de proximité de la ville de Sorvilliers : gratuit, réservé aux habitants, modéré par la ville."),
            {"territorial_social_network"}),
    ]
    return City("99487", "Sorvilliers", 74_100, "14", "28", "Normandie", f"http://{host}/", [
        Site(host, "wordpress", "Ville de Sorvilliers", www,
             menu=[("Participation", "/participation/"), ("Vie étudiante", "/vie-etudiante/"), ("Débats", DI + "/"), ("Contact", "/contact/")],
             accounts=[social("facebook", "sorvilliers"), social("bluesky", "sorvilliers.fr"), social("youtube", "VilleDeSorvilliers")],
             address="Hôtel de ville, esplanade Jean-Marie-Louvel, 14200 Sorvilliers"),
        Site(dis, "discourse", "Débats sorvillais", disc, menu=[("Derniers", "/"), ("Logement", "/c/logement")],
             features=frozenset({"forum"})),
        Site(voi, "community", "Entre voisins Sorvilliers", voisins, menu=[("Fil", "/"), ("Université", "/groupes/universite")]),
        Site(enq, "vendor", "Enquêtes de la ville de Sorvilliers", [
            page("/index.php/482913?lang=fr", "Les rythmes de la ville et les étudiants", m.limesurvey(482913, [
                ("Vous êtes :", ["Étudiant(e)", "Habitant(e)", "Les deux"]),
                ("À quelle heure la bibliothèque devrait-elle fermer en semaine ?", ["19 h", "21 h", "23 h"]),
                ("Le dernier bus de nuit devrait partir :", ["À minuit", "À 1 h", "À 2 h"])]), {"poll"}),
            page("/", "Enquêtes en ligne", m.prose("Les enquêtes en cours de la ville de Sorvilliers.")
                 + m.links([("/index.php/482913?lang=fr", "Les rythmes de la ville et les étudiants (ouverte jusqu'au 31 mai)")])
                 + m.prose("Enquête terminée : « Propreté des quartiers 2024 », résultats publiés sur le site de la ville."))],
             menu=[("Enquêtes", "/"), ("Site de la ville", f"http://{host}/")]),
    ])


# =====================================================================================================
# 99488 Méravel (Pays de la Loire): vendor CMS; a white-label platform of the city; Disqus under news.
# =====================================================================================================

def meravel() -> City:
    host, plat = "www.meravel.fr", "jeparticipe.meravel.fr"
    J = f"http://{plat}"
    www = [
        page("/", "Accueil", _home(
            "Méravel, 49 600 habitants, dont 11 000 étudiants de l'université et des écoles d'art et d'agronomie.",
            [("/participation-citoyenne", "Participation citoyenne"), ("/jeunesse/conseil-meravelais-des-jeunes", "Conseil des jeunes"),
             ("/etudiants/guide", "Guide de l'étudiant"), ("/nous-contacter", "Nous contacter"), ("/culture/bibliotheque-universitaire", "Bibliothèques")],
            [("/actualites/rentree-etudiante", "Une rentrée étudiante festive", "2 septembre 2025", "Le programme."),
             ("/actualites/elections-bde", "Élections au conseil de la vie étudiante", "20 mars 2025", "Résultats."),
             ("/actualites/petition-gare", "Une pétition pour la gare", "10 mars 2025", "La ville signe.")],
            [("12 avril", "Atelier citoyen : berges de la Maine", "Maison des projets"), ("3 mai", "Nuit des musées", "Musée des Beaux-Arts")],
            m.cookies_axeptio())),
        page("/participation-citoyenne", "Participation citoyenne", m.prose(
            "Ateliers citoyens, conseils de quartier, budget participatif, boîte à idées : à Méravel, chacun peut contribuer aux projets de la ville.",
            f'Tout se passe sur <a href="{J}/">jeparticipe.meravel.fr</a>, la plateforme participative de la ville.')
            + m.links([("/participation-citoyenne/conseils-de-quartier", "Les conseils de quartier"), ("/participation-citoyenne/charte", "La charte de la participation")]),
            {"participation_displayed"}),
        page("/participation-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Huit conseils de quartier, de 15 à 30 membres chacun, renouvelés tous les trois ans. Ils sont consultés sur les projets d'aménagement et disposent d'un budget d'animation.",
            "Ordre du jour et comptes rendus de chaque séance sont publiés en ligne."), {"participation_displayed"}),
        page("/participation-citoyenne/charte", "La charte de la participation", m.prose(
            "Adoptée en 2022, la charte engage la ville à informer en amont, consulter sur les projets structurants et rendre compte des avis recueillis."),
            {"participation_displayed"}),
        page("/jeunesse/conseil-meravelais-des-jeunes", "Conseil méravelais des jeunes", m.prose(
            "Trente jeunes de 13 à 20 ans, élus dans les collèges et lycées, travaillent sur trois commissions : environnement, solidarité, loisirs.",
            "Ils présentent leurs projets au conseil municipal une fois par an."), {"participation_displayed"}),
        page("/etudiants/guide", "Guide de l'étudiant", m.prose(
            "Le guide de l'étudiant recense les aides de la ville, les transports, les lieux de culture. L'université diffuse aussi son propre questionnaire "
            "de satisfaction sur la restauration : il est réservé aux étudiants inscrits et se remplit sur l'ENT.")
            + m.login_form("/etudiants/ent"), decoys={"poll", "contact_form"}),
        page("/culture/bibliotheque-universitaire", "Bibliothèques", m.prose(
            "Le réseau des bibliothèques de la ville et la bibliothèque universitaire partagent un catalogue. Réservez un box de travail :")
            + m.booking_form("/culture/bibliotheque-universitaire/box", "box de travail", ["Matin", "Après-midi", "Soirée"]), decoys={"contact_form"}),
        page("/actualites/rentree-etudiante", "Une rentrée étudiante festive", m.prose(
            "Concerts, village des associations, visites du centre historique : la ville accueille les nouveaux étudiants du 8 au 14 septembre.")
            + m.disqus("meravel-fr", "rentree-etudiante-2025"), {"comments"}),
        # student elections and their turnout: no poll open to residents
        page("/actualites/elections-bde", "Élections au conseil de la vie étudiante", m.prose(
            "Les étudiants ont élu leurs représentants au conseil de la vie étudiante de l'université : 19 % de participation. Les listes syndicales se partagent les sièges."),
            decoys={"poll", "participation_displayed"}),
        page("/actualites/petition-gare", "Une pétition pour la desserte de la gare", m.prose(
            "Le maire a signé la pétition lancée par une association d'usagers pour le maintien des trains directs vers Paris, sur "
            "<a href=\"https://www.mesopinions.com/petition/politique/maintien-trains-directs-meravel-paris/24001\">un site de pétitions</a>."),
            # a petition of an association on a petition site, not a city-run space
            decoys={"petition"}),
        page("/nous-contacter", "Nous contacter", m.prose("Une question ? Un service vous répond.") + m.vendor_contact("/nous-contacter"),
             {"contact_form"}),
    ]
    plateforme = [
        page("/", "Je participe à Méravel", m.prose("La plateforme participative de la ville de Méravel.")
             + m.tiles([("/budget-participatif", "Budget participatif 2025"), ("/boite-a-idees", "Boîte à idées"),
                        ("/concertations/berges-de-la-maine", "Concertation : berges de la Maine"), ("/sondages/velo-campus", "Sondage vélo")], "En ce moment")),
        page("/budget-participatif", "Budget participatif 2025", m.prose(
            "350 000 € pour vos projets. Étape en cours : vote des habitants, du 1er au 31 mai. Chaque votant choisit jusqu'à cinq projets.")
            + m.links([("/budget-participatif/projets", "Les 32 projets soumis au vote"), ("/budget-participatif/laureats-2024", "Lauréats 2024")]),
            {"participatory_budget"}),
        page("/budget-participatif/projets", "Projets soumis au vote", '<form class="vote-bp" action="/budget-participatif/voter" method="post">'
             + "".join(f'<div class="projet-card"><h3><a href="/budget-participatif/projets/{i}">{t}</a></h3><p>{c}</p>'
                       f'<label><input type="checkbox" name="projets[]" value="{i}"> Je vote pour ce projet</label></div>'
                       for i, t, c in [(1, "Un jardin partagé au campus de Belle-Beille", "22 000 €"), (2, "Des ateliers de réparation d'ordinateurs", "8 000 €"),
                                       (3, "Une aire de jeux inclusive à la Roseraie", "60 000 €")])
             + '<button type="submit">Valider mon vote</button></form>', {"participatory_budget"}),
        page("/budget-participatif/projets/1", "Un jardin partagé au campus de Belle-Beille", m.prose(
            "Porté par l'association étudiante Graines de campus : 400 m² de potager partagé ouvert aux étudiants et aux riverains.")
            + '<section class="commentaires"><h2>Commentaires (2)</h2><div class="commentaire"><p class="auteur">Hélène</p><p>Avec un composteur collectif ?</p></div>'
              '<div class="commentaire"><p class="auteur">Graines de campus</p><p>Oui, c\'est prévu !</p></div>'
              '<form class="form-commentaire" action="/budget-participatif/projets/1/commenter" method="post"><label for="c-texte">Votre commentaire</label>'
              '<textarea id="c-texte" name="commentaire"></textarea><button type="submit">Publier</button></form></section>',
            {"participatory_budget", "comments"}),
        page("/budget-participatif/projets/2", "Des ateliers de réparation d'ordinateurs", m.prose(
            "Des ateliers mensuels à la médiathèque pour réparer ordinateurs et téléphones, animés par une association d'étudiants en informatique. 8 000 €."),
            {"participatory_budget"}),
        page("/budget-participatif/projets/3", "Une aire de jeux inclusive à la Roseraie", m.prose(
            "Une aire de jeux accessible aux enfants en fauteuil, au cœur du parc de la Roseraie. 60 000 €."),
            {"participatory_budget"}),
        page("/budget-participatif/laureats-2024", "Lauréats 2024", m.prose(
            "Neuf projets lauréats en 2024, dont des boîtes à livres et une fresque au skatepark. Suivez l'avancement des réalisations."),
            {"participatory_budget"}),
        page("/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour votre quartier, pour le campus, pour la ville ? Proposez-la ; les idées les plus soutenues sont étudiées par les services.")
            + m.idea_form("/boite-a-idees", ["Quartier", "Campus", "Environnement", "Mobilité"], "Proposer une idée"),
            {"suggestion_call", "contact_form"}),
        page("/concertations/berges-de-la-maine", "Concertation : les berges de la Maine", m.prose(
            "La ville engage une concertation sur le réaménagement des berges : atelier citoyen le 12 avril, balade urbaine le 26 avril, "
            "puis synthèse des contributions en juin."), {"participation_displayed"}),
        page("/sondages/velo-campus", "Sondage : aller au campus à vélo", m.prose("Trois questions pour préparer le plan vélo.")
             + m.questionnaire("/sondages/velo-campus/repondre", [
                 ("Allez-vous au campus à vélo ?", ["Tous les jours", "Parfois", "Jamais"]),
                 ("Qu'est-ce qui vous en empêche ?", ["Pas de piste sécurisée", "Pas de stationnement", "La distance", "Rien"])]),
             {"poll"}),
    ]
    return City("99488", "Méravel", 49_600, "49", "52", "Pays de la Loire", f"http://{host}/", [
        Site(host, "vendor", "Ville de Méravel", www,
             menu=[("Participation", "/participation-citoyenne"), ("Jeunesse", "/jeunesse/conseil-meravelais-des-jeunes"), ("Étudiants", "/etudiants/guide"),
                   ("Je participe", J + "/"), ("Contact", "/nous-contacter")],
             accounts=[social("facebook", "VilleDeMeravel"), social("instagram", "meravel_ville"), social("linkedin", "ville-de-meravel")],
             address="Hôtel de ville, boulevard de la Résistance, 49100 Méravel"),
        Site(plat, "vendor", "Je participe à Méravel", plateforme,
             menu=[("Accueil", "/"), ("Budget participatif", "/budget-participatif"), ("Boîte à idées", "/boite-a-idees"), ("Site de la ville", f"http://{host}/")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"})),
    ])


class _Outside:
    """A national petition site the cities' news items link to: outside every city's web presence."""

    def __init__(self, host, pages):
        self.host, self.pages = host, pages

    def respond(self, request):
        if request.target == "/robots.txt":
            return Reply(200, [("Content-Type", "text/plain")], b"User-agent: *\nDisallow:\n")
        found = self.pages.get(request.target)
        if found is None:
            return Reply.html("<!DOCTYPE html><html lang=\"fr\"><head><title>Page introuvable</title></head><body><h1>Page introuvable</h1></body></html>", 404)
        title, body = found
        return Reply.html(f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>'
                          '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
                          f'<body><header class="site-header"><a href="/">{self.host}</a></header><main><h1>{title}</h1>{body}</main>'
                          '<footer><a href="/">Accueil</a></footer></body></html>')


def cities():
    return [kerbrivel(), montbrecy(), orvize(), vaubrune(), brenouillac(), ambrezy(), sorvilliers(), meravel()]


def hosts():
    return {
        "www.change.org": _Outside("www.change.org", {"/p/non-a-la-baisse-des-apl": (
            "Non à la baisse des APL", m.prose("Pétition adressée au ministre du Logement. 48 213 personnes ont signé.")
            + m.petition_sign("/p/non-a-la-baisse-des-apl/sign", "Non à la baisse des APL", 48213, 50000))}),
        "www.mesopinions.com": _Outside("www.mesopinions.com", {"/petition/politique/maintien-trains-directs-meravel-paris/24001": (
            "Maintien des trains directs Méravel - Paris", m.prose("Pétition de l'association des usagers du rail. 6 410 signatures.")
            + m.petition_sign("/petition/politique/maintien-trains-directs-meravel-paris/24001/signer", "Trains directs", 6410, 10000))}),
    }
