"""The fifteenth holdout part: eight communes 99501-99508, written from the codebook alone (see HOLDOUT.md).

Each commune is a function returning its City; every page carries the features it holds and the lookalikes it
must not trigger. A borderline page has a one-line reason just above it.
"""
import json

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import coteaux_markup as m

# ===============================================================================================================
# 99501 Mirandol-Sérignac (Tarn): a village on WordPress
# ===============================================================================================================

MIRANDOL = "www.mirandol-serignac.fr"


def mirandol_serignac() -> City:
    news = m.news_list([
        ("/2025/04/eclairage-nocturne/", "14 avril 2025", "Éclairage nocturne : donnez votre avis",
         "Le conseil envisage d'éteindre les lampadaires au cœur de la nuit."),
        ("/2025/03/travaux-place-de-la-halle/", "28 mars 2025", "Place de la Halle : les travaux démarrent",
         "Pavage, plantations et nouvel abri pour le marché du jeudi."),
        ("/2025/02/repas-des-aines/", "3 février 2025", "Le repas des aînés a réuni 96 convives",
         "Merci aux bénévoles du comité des fêtes."),
        ("/2025/01/voeux-du-maire/", "12 janvier 2025", "Les vœux du maire", "Retour sur la cérémonie à la salle des fêtes."),
    ], heading="Dernières nouvelles")
    sidebar_poll = m.forminator_poll(
        418, "Faut-il éteindre l'éclairage public entre 23 h et 6 h ?",
        ["Oui, toute l'année", "Oui, sauf en été", "Non", "Sans avis"])
    pages = [
        page("/", "Accueil", m.complianz() + m.p(
            "Bienvenue à Mirandol-Sérignac, village de 1 480 habitants entre Viaur et Cérou, à vingt minutes de Carmaux.")
             + m.quick_links([("/la-mairie/", "La mairie"), ("/vie-pratique/salle-des-fetes/", "Réserver la salle"),
                              ("/la-mairie/commissions-ouvertes/", "Commissions ouvertes"), ("/contact/", "Nous écrire"),
                              ("/vie-pratique/recensement-2026/", "Recensement 2026"), ("/lettre-d-information/", "La lettre du village")])
             + news + m.agenda([("/vie-du-village/forum-des-associations/", "6", "sept.", "Forum des associations", "Salle des fêtes"),
                                ("/vie-du-village/concours-maisons-fleuries/", "15", "juin", "Inscriptions maisons fleuries", "Mairie")])
             + m.infos_pratiques("Lundi, mardi, jeudi : 9 h - 12 h ; vendredi 14 h - 17 h", "05 63 76 41 20")
             + m.p(m.a("/actualites/", "Toutes les actualités") + " · " + m.a("/vie-du-village/associations/", "Les associations")
                   + " · " + m.a("/emploi/agent-technique/", "La commune recrute")
                   + " · " + m.a("/urbanisme/plui-enquete-publique/", "Enquête publique du PLUi"))),
        page("/la-mairie/", "La mairie", m.p(
            "La mairie vous accueille au 2, place de la Halle. Le secrétariat répond aussi par téléphone aux heures d'ouverture.")
             + m.ul(m.a("/la-mairie/conseil-municipal/", "Le conseil municipal"), m.a("/la-mairie/budget-2025/", "Le budget 2025"),
                    m.a("/la-mairie/commissions-ouvertes/", "Les commissions ouvertes aux habitants"),
                    m.a("/securite/participation-citoyenne/", "Sécurité : le dispositif participation citoyenne"))),
        page("/la-mairie/conseil-municipal/", "Le conseil municipal", m.p(
            "Le conseil municipal compte 15 élus. Il se réunit environ une fois par mois, le mardi à 20 h 30, salle du conseil.",
            "Prochaine séance : mardi 13 mai. Ordre du jour : vote des subventions aux associations, convention de déneigement "
            "avec la communauté de communes, tarifs de la cantine.",
            "Les séances sont publiques ; les procès-verbaux sont affichés en mairie et publiés sur ce site.")
             + m.downloads(("/wp-content/uploads/2025/04/pv-conseil-2025-03.pdf", "Procès-verbal du 18 mars 2025", "212 Ko")),
             decoys={"participation_displayed"}, parent=("La mairie", "/la-mairie/")),
        page("/la-mairie/budget-2025/", "Budget primitif 2025", m.p(
            "Le budget primitif 2025 a été voté le 8 avril : 1,21 M€ en fonctionnement et 640 000 € en investissement.",
            "Principaux investissements : réfection de la place de la Halle (310 000 €), toiture de l'école (95 000 €), "
            "voirie communale (120 000 €). Les taux communaux des taxes foncières restent inchangés.")
             + m.downloads(("/wp-content/uploads/2025/04/bp-2025.pdf", "Budget primitif 2025", "1,4 Mo"),
                           ("/wp-content/uploads/2025/04/ca-2024.pdf", "Compte administratif 2024", "980 Ko")),
             decoys={"participatory_budget"}, parent=("La mairie", "/la-mairie/")),
        # a village's extra-municipal commissions and hamlet meetings: its participatory approach, without the word
        page("/la-mairie/commissions-ouvertes/", "Les commissions ouvertes aux habitants", m.p(
            "Depuis 2021, trois commissions extra-municipales associent des habitants volontaires aux élus : cadre de vie et "
            "chemins, animation et culture, école et jeunesse. Chacune compte jusqu'à huit habitants tirés au sort parmi les volontaires.",
            "Deux fois par an, une réunion publique se tient dans chaque hameau (Sérignac, le Ségala, la Borie) pour présenter "
            "les projets et recueillir l'avis des habitants avant les décisions du conseil.",
            "Vous souhaitez rejoindre une commission ? Signalez-vous à l'accueil de la mairie ou par le "
            + m.a("/contact/", "formulaire de contact") + "."), {"participation_displayed"}, parent=("La mairie", "/la-mairie/")),
        page("/vie-du-village/associations/", "Les associations", m.p(
            "Une vingtaine d'associations font vivre le village : comité des fêtes, club des aînés, ACCA, foyer rural, "
            "école de musique intercommunale, tennis de table.")
             + m.ul("Comité des fêtes : 06 12 45 78 90", "Foyer rural : foyer.mirandol@orange.fr", "Club des aînés : salle du presbytère")),
        page("/vie-du-village/forum-des-associations/", "Forum des associations 2025", m.p(
            "Le forum des associations se tiendra le samedi 6 septembre de 14 h à 18 h à la salle des fêtes.",
            "Venez rencontrer les bénévoles, découvrir les activités et vous inscrire pour la saison. Buvette tenue par le comité des fêtes."),
             decoys={"forum"}),
        page("/vie-du-village/concours-maisons-fleuries/", "Concours des maisons fleuries", m.p(
            "Le concours est ouvert à tous les habitants : jardins, balcons, façades et fermes fleuries. Le jury passera fin juillet.",
            "Inscription avant le 30 juin :")
             + m.ninja_contact(7, [("textbox", "nom", "Nom et prénom"), ("textbox", "adresse", "Adresse"),
                                   ("textbox", "categorie", "Catégorie (jardin, balcon, façade, ferme)")], submit="Je m'inscris"),
             decoys={"suggestion_call", "contact_form"}),
        page("/actualites/", "Actualités", news + m.p(m.a("/2024/11/resultats-sondage-cantine/", "Novembre 2024 : résultats du sondage sur la cantine"))),
        page("/2025/04/eclairage-nocturne/", "Éclairage nocturne : donnez votre avis", m.sidebar(m.p(
            "Pour réduire la facture d'électricité et préserver le ciel nocturne, le conseil municipal étudie l'extinction de "
            "l'éclairage public au cœur de la nuit, comme l'ont déjà fait plusieurs communes du Ségala.",
            "Avant de décider, nous souhaitons connaître votre préférence : répondez au sondage ci-contre jusqu'au 31 mai.",
            "Les hameaux de la Borie et du Ségala seraient équipés de détecteurs de présence sur les passages piétons.")
            + m.share("http://" + MIRANDOL + "/2025/04/eclairage-nocturne/", "Éclairage nocturne"), sidebar_poll), {"poll"}),
        page("/2024/11/resultats-sondage-cantine/", "Résultats du sondage sur la cantine", m.p(
            "Le sondage sur les menus de la cantine est terminé. 118 familles ont répondu ; un menu végétarien sera servi "
            "chaque semaine à partir de janvier.")
             + m.forminator_results(377, "Souhaitez-vous un repas végétarien par semaine ?",
                                    [("Oui", 71, 84), ("Non", 22, 26), ("Sans avis", 7, 8)], 118),
             decoys={"poll"}),
        page("/2025/03/travaux-place-de-la-halle/", "Place de la Halle : les travaux démarrent", m.p(
            "Les travaux de la place de la Halle commencent le 7 avril pour quatre mois. Le marché du jeudi est déplacé "
            "sur le parking de l'école pendant le chantier.",
            "Le projet a été présenté en réunion publique en janvier ; il prévoit un pavage en pierre du pays, six tilleuls "
            "et un abri couvert pour les producteurs.")
             + m.wp_comment_list([(201, "Martine R.", "29 mars 2025 à 18 h 04", "Pensez au stationnement des personnes âgées le jeudi matin."),
                                  (202, "Mairie", "30 mars 2025 à 9 h 12", "Quatre places réservées seront marquées devant l'école."),
                                  (205, "Didier", "1 avril 2025 à 21 h 40", "Enfin ! La place le mérite.")])
             + m.wp_comment_form(512), {"comments"}),
        # comments are closed on this post: no form, no comment
        page("/2025/02/repas-des-aines/", "Le repas des aînés a réuni 96 convives", m.p(
            "Dimanche 2 février, 96 aînés ont partagé le repas offert par la commune et le CCAS, animé par l'accordéon de "
            "Jean-Louis Fabre.", "Les colis ont été distribués à domicile aux personnes qui n'ont pu se déplacer.")
             + m.wp_comments_closed(), decoys={"comments"}),
        page("/2025/01/voeux-du-maire/", "Les vœux du maire", m.p(
            "Plus de deux cents habitants ont assisté à la cérémonie des vœux. Le maire a présenté les chantiers de l'année : "
            "place de la Halle, toiture de l'école et fibre optique dans les hameaux.")
             + m.wp_comment_list([(181, "Sylvie B.", "13 janvier 2025 à 10 h 21", "Belle soirée, merci pour le vin chaud !")])
             + m.wp_comment_form(498) + m.share("http://" + MIRANDOL + "/2025/01/voeux-du-maire/", "Les vœux du maire"), {"comments"}),
        page("/contact/", "Contact", m.p("Mairie de Mirandol-Sérignac, 2 place de la Halle, 81190 Mirandol-Sérignac.",
                                         "Pour toute question, écrivez-nous : réponse sous trois jours ouvrés.")
             + m.ninja_contact(3, [("textbox", "nom", "Nom"), ("email", "email", "E-mail"), ("textbox", "objet", "Objet"),
                                   ("textarea", "message", "Message")]), {"contact_form"}, decoys={"suggestion_call"}),
        page("/securite/participation-citoyenne/", "Participation citoyenne : la commune s'engage avec la gendarmerie", m.p(
            "La commune a signé avec la gendarmerie et la préfecture le protocole « participation citoyenne ». Quatre "
            "référents de quartier relaient auprès de la brigade de Carmaux les faits inhabituels (démarchages, repérages).",
            "Ce dispositif de vigilance n'a pas de rôle d'intervention. Pour une urgence, composez le 17."),
             decoys={"participation_displayed"}),
        page("/vie-pratique/recensement-2026/", "Recensement de la population 2026", m.p(
            "Le recensement aura lieu du 15 janvier au 14 février 2026. Deux agents recenseurs, munis d'une carte officielle, "
            "passeront dans chaque foyer.",
            "Vous pourrez répondre au questionnaire en ligne sur le site de l'Insee avec les codes remis par l'agent. "
            "Vos réponses sont confidentielles."), decoys={"poll"}),
        page("/vie-pratique/salle-des-fetes/", "Réserver la salle des fêtes", m.p(
            "La salle des fêtes (180 places) se loue aux habitants et aux associations. Tarif habitant : 150 € le week-end.")
             + m.ninja_contact(9, [("textbox", "nom", "Nom"), ("textbox", "date", "Date souhaitée"),
                                   ("textbox", "personnes", "Nombre de personnes")], submit="Demander la réservation"),
             decoys={"contact_form"}),
        page("/lettre-d-information/", "La lettre du village", m.p(
            "Recevez chaque mois la lettre d'information de la mairie : travaux, animations, arrêtés, menus de la cantine.")
             + m.mailpoet(2), decoys={"contact_form"}),
        page("/emploi/agent-technique/", "Offre d'emploi : agent technique polyvalent", m.p(
            "La commune recrute un agent technique polyvalent (espaces verts, bâtiments, voirie), à temps complet.",
            "Appel à candidatures : lettre de motivation et CV à adresser à M. le Maire avant le 20 mai."),
             decoys={"suggestion_call"}),
        # an enquête publique is a legal consultation on a file, not an online survey
        page("/urbanisme/plui-enquete-publique/", "PLUi : enquête publique", m.p(
            "L'enquête publique sur le plan local d'urbanisme intercommunal se déroule du 2 au 31 juin. Le commissaire "
            "enquêteur tiendra permanence en mairie le 10 juin de 9 h à 12 h.",
            "Le dossier est consultable en mairie et au siège de la communauté de communes ; les observations peuvent être "
            "portées sur le registre papier."), decoys={"poll"}),
    ]
    www = Site(MIRANDOL, "wordpress", "Mirandol-Sérignac", pages,
               menu=[("Accueil", "/"), ("La mairie", "/la-mairie/"), ("Vie du village", "/vie-du-village/associations/"),
                     ("Actualités", "/actualites/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "MairieMirandolSerignac")],
               address="Mairie, 2 place de la Halle, 81190 Mirandol-Sérignac")
    return City("99501", "Mirandol-Sérignac", 1480, "81", "76", "Occitanie", f"http://{MIRANDOL}/", [www])


# ===============================================================================================================
# 99502 Kerdrevan-Plouzélo (Finistère): SPIP, on a .bzh domain
# ===============================================================================================================

KERDREVAN = "www.kerdrevan-plouzelo.bzh"


def kerdrevan_plouzelo() -> City:
    news = m.news_list([
        ("/Amenagement-du-front-de-mer", "2 avril 2025", "Front de mer : le projet en débat", "Trois scénarios sont à l'étude."),
        ("/Questionnaire-mobilites", "24 mars 2025", "Vos déplacements au quotidien", "Un questionnaire de dix minutes."),
        ("/Semaine-bleue", "10 mars 2025", "Semaine bleue : le programme", "Ateliers, balade contée et thé dansant."),
        ("/Droit-de-petition-locale", "1er mars 2025", "Deux pétitions en cours", "Le droit de pétition locale fête ses deux ans."),
    ], heading="À la une", cls="liste-articles")
    forum_msgs = [
        (311, "Et les piétons ?", "Anne-Marie", "4 avril 2025", "Le scénario 2 supprime le trottoir côté mer, c'est dommage.", [
            (314, "Re : Et les piétons ?", "Loïc", "5 avril 2025", "Il garde une promenade de 4 mètres sur la digue, non ?", [])]),
        (318, "Stationnement", "Jean-Yves T.", "6 avril 2025", "Où iront les camping-cars l'été ? Il faut y penser dès maintenant.", []),
    ]
    petitions = m.ul(
        m.a("/Petition-Abri-velos-couvert-a-la-gare", "Pour un abri vélos couvert à la halte ferroviaire") + " — 187 signatures",
        m.a("/Petition-Rouvrir-la-cale-de-Porz-Glaz", "Rouvrir la cale de Porz Glaz aux petites embarcations") + " — 94 signatures",
        m.a("/Petition-Horaires-de-la-mediatheque", "Élargir les horaires de la médiathèque") + " — close (312 signatures)")
    pages = [
        page("/", "Accueil", m.tarteaucitron() + m.p(
            "Degemer mat ! Bienvenue sur le site de Kerdrevan-Plouzélo, commune littorale de 6 900 habitants au fond de l'aber.")
             + m.quick_links([("/Contact", "Contacter la mairie"), ("/Conseils-de-quartier", "Conseils de quartier"),
                              ("/Droit-de-petition-locale", "Pétitions locales"), ("/Forum-des-habitants", "Forum des habitants"),
                              ("/Sondage-menus-cantine", "Sondage cantine"), ("/Lettre-d-information", "Lettre d'information")])
             + news + m.agenda([("/Forum-de-l-emploi-et-de-la-formation", "17", "avr.", "Forum de l'emploi et de la formation", "Espace Ar Mor"),
                                ("/Conseils-de-quartier", "22", "avr.", "Conseil de quartier du Port", "Salle Tud ar Mor")])
             + m.p(m.a("/-Vie-municipale-", "Vie municipale") + " · " + m.a("/Actualites", "Toutes les actualités") + " · "
                   + m.a("/Kerdrevan-sur-les-reseaux", "Kerdrevan sur les réseaux"))),
        page("/-Vie-municipale-", "Vie municipale", m.ul(
            m.a("/Conseils-de-quartier", "Conseils de quartier"), m.a("/Charte-de-la-participation", "Charte de la participation"),
            m.a("/Droit-de-petition-locale", "Droit de pétition locale"), m.a("/Budget-primitif-2025", "Budget primitif 2025"),
            m.a("/Marches-publics", "Marchés publics"), m.a("/Appel-a-projets-associatifs-2025", "Subventions : appel à projets associatifs"))),
        page("/Conseils-de-quartier", "Les conseils de quartier", m.p(
            "Trois conseils de quartier — le Bourg, le Port et Kerlaz-Lanvian — réunissent chacun une vingtaine d'habitants "
            "volontaires, renouvelés tous les trois ans, et deux élus référents.",
            "Ils sont consultés sur les projets d'aménagement de leur secteur, disposent d'une enveloppe annuelle de 8 000 € "
            "pour de petits travaux et peuvent saisir le conseil municipal d'une question.",
            "Les réunions sont ouvertes au public. Prochaine séance du conseil du Port : mardi 22 avril, 18 h 30.")
             + m.downloads(("/IMG/pdf/cr-conseil-port-2025-01.pdf", "Compte rendu du conseil du Port, janvier 2025", "180 Ko")),
             {"participation_displayed"}, parent=("Vie municipale", "/-Vie-municipale-")),
        page("/Charte-de-la-participation", "Charte de la participation citoyenne", m.p(
            "Adoptée en conseil municipal en juin 2023 après six ateliers ouverts, la charte fixe les règles de la démocratie "
            "participative à Kerdrevan-Plouzélo : information préalable, concertation avant toute décision d'aménagement, "
            "retour systématique aux habitants sur les suites données.",
            "Elle institue les conseils de quartier, le droit de pétition locale et une assemblée annuelle des habitants.")
             + m.downloads(("/IMG/pdf/charte-participation.pdf", "La charte (8 pages)", "420 Ko")),
             {"participation_displayed"}, parent=("Vie municipale", "/-Vie-municipale-")),
        page("/Droit-de-petition-locale", "Le droit de pétition locale", m.p(
            "Toute personne de plus de 16 ans habitant la commune peut lancer une pétition sur un sujet relevant des "
            "compétences municipales. Déposez votre texte auprès du service vie citoyenne : il est publié ici sous 15 jours.",
            "À 150 signatures, les élus reçoivent les pétitionnaires ; à 300 signatures, la question est inscrite à l'ordre du "
            "jour du conseil municipal. Les signatures sont recueillies en ligne pendant six mois.")
             + m.h2("Pétitions en cours et récentes") + petitions, {"petition"}, parent=("Vie municipale", "/-Vie-municipale-")),
        page("/Petition-Abri-velos-couvert-a-la-gare", "Pétition : pour un abri vélos couvert à la halte ferroviaire", m.p(
            "Nous demandons un abri couvert et sécurisé pour une trentaine de vélos à la halte ferroviaire, afin de faciliter "
            "les trajets quotidiens vers Brest.", "Pétition déposée le 3 février 2025 par l'association Kerdrevan à vélo.")
             + m.spip_signature(57, 187), {"petition"}, decoys={"contact_form"}, parent=("Droit de pétition", "/Droit-de-petition-locale")),
        page("/Petition-Rouvrir-la-cale-de-Porz-Glaz", "Pétition : rouvrir la cale de Porz Glaz", m.p(
            "La cale de Porz Glaz est fermée depuis la tempête de 2023. Nous demandons sa remise en état pour les kayaks et "
            "les petites embarcations.") + m.spip_signature(61, 94), {"petition"}, decoys={"contact_form"},
             parent=("Droit de pétition", "/Droit-de-petition-locale")),
        # a closed petition: nobody can sign any more
        page("/Petition-Horaires-de-la-mediatheque", "Pétition close : horaires de la médiathèque", m.p(
            "Cette pétition a recueilli 312 signatures. Le conseil municipal en a débattu le 4 mars 2025 et a voté l'ouverture "
            "le samedi après-midi à partir de septembre.") + m.spip_signature(44, 312, open_=False), decoys={"petition"},
             parent=("Droit de pétition", "/Droit-de-petition-locale")),
        # SPIP's forum under an article: a threaded board of residents' messages and the article's comments at once
        page("/Amenagement-du-front-de-mer", "Aménagement du front de mer : trois scénarios", m.p(
            "La commune prépare la requalification du front de mer entre la cale et la plage du Vourc'h. Trois scénarios ont "
            "été présentés lors de la réunion publique du 1er avril.",
            "Les panneaux restent exposés en mairie jusqu'à fin avril. Réagissez ci-dessous : les messages sont publiés après modération.")
             + m.spip_forum_thread(41, forum_msgs), {"forum", "comments"}),
        # the posting page of an article's forum: the form that publishes a comment
        page("/spip.php?page=forum&id_article=41", "Répondre à l'article : Aménagement du front de mer",
             m.spip_forum_form(41), {"forum", "comments"}),
        page("/spip.php?page=forum&id_article=41&id_forum=311", "Répondre au message : Et les piétons ?",
             m.spip_forum_form(41, 311), {"forum", "comments"}),
        page("/spip.php?page=forum&id_article=41&id_forum=314", "Répondre au message : Re : Et les piétons ?",
             m.spip_forum_form(41, 314), {"forum", "comments"}),
        page("/spip.php?page=forum&id_article=41&id_forum=318", "Répondre au message : Stationnement",
             m.spip_forum_form(41, 318), {"forum", "comments"}),
        page("/Forum-des-habitants", "Forum des habitants", m.p(
            "Un espace pour échanger entre habitants sur la vie de la commune. Charte d'utilisation : courtoisie, pas de "
            "propos personnels, modération par le service communication.")
             + '<ul class="liste-items forums-sujets">'
             + "".join(f'<li class="item"><a href="{href}">{title}</a> <small>{n} messages — dernier le {last}</small></li>' for href, title, n, last in (
                 ("/Forum-des-habitants/Stationnement-rue-de-Brest", "Stationnement rue de Brest le jour du marché", 9, "8 avril"),
                 ("/Forum-des-habitants/Covoiturage-vers-Brest", "Covoiturage vers Brest : qui est partant ?", 14, "6 avril")))
             + '</ul><p class="repondre-article"><a href="/spip.php?page=forum&id_article=12">Ouvrir un nouveau sujet</a></p>',
             {"forum"}),
        page("/spip.php?page=forum&id_article=12", "Nouveau sujet dans le forum des habitants", m.spip_forum_form(12), {"forum"}),
        page("/Forum-des-habitants/Stationnement-rue-de-Brest", "Stationnement rue de Brest le jour du marché",
             m.spip_forum_thread(12, [(402, "Stationnement rue de Brest", "Mikaël", "2 avril", "Le jeudi matin, impossible de sortir de chez soi.", [
                 (405, "Re : Stationnement", "Nolwenn", "3 avril", "Un arrêté interdisant le stationnement côté pair suffirait.", [])])]),
             {"forum"}, parent=("Forum des habitants", "/Forum-des-habitants")),
        page("/Forum-des-habitants/Covoiturage-vers-Brest", "Covoiturage vers Brest : qui est partant ?",
             m.spip_forum_thread(12, [(390, "Covoiturage", "Tanguy", "30 mars", "Je pars à 7 h 40 de Kerlaz, deux places libres.", [])]),
             {"forum"}, parent=("Forum des habitants", "/Forum-des-habitants")),
        page("/spip.php?page=forum&id_article=12&id_forum=402", "Répondre : Stationnement rue de Brest", m.spip_forum_form(12, 402), {"forum"}),
        page("/spip.php?page=forum&id_article=12&id_forum=405", "Répondre : Re : Stationnement", m.spip_forum_form(12, 405), {"forum"}),
        page("/spip.php?page=forum&id_article=12&id_forum=390", "Répondre : Covoiturage", m.spip_forum_form(12, 390), {"forum"}),
        page("/Forum-de-l-emploi-et-de-la-formation", "Forum de l'emploi et de la formation", m.p(
            "Jeudi 17 avril, de 9 h 30 à 13 h, espace Ar Mor : une quarantaine d'employeurs du pays des Abers, des organismes "
            "de formation et France Travail. Apportez votre CV !"), decoys={"forum"}),
        page("/Questionnaire-mobilites", "Questionnaire : vos déplacements au quotidien", m.p(
            "Dans le cadre du plan de mobilité simplifié, la commune et la communauté de communes lancent un questionnaire "
            "sur vos déplacements : voiture, car, vélo, train. Dix minutes suffisent ; réponses jusqu'au 30 avril.")
             + m.framaforms("questionnaire-mobilites-kerdrevan-1712345678"), {"poll"}),
        page("/Sondage-menus-cantine", "Sondage : les menus de la cantine", m.formidable(
            9, "/Sondage-menus-cantine", "Parents, votre avis compte : trois questions sur le restaurant scolaire.",
            [("Votre enfant déjeune-t-il à la cantine ?", ["Chaque jour", "Parfois", "Jamais"]),
             ("La qualité des repas vous paraît :", ["Très bonne", "Correcte", "Insuffisante"]),
             ("Faut-il augmenter la part de produits locaux, quitte à payer 20 centimes de plus par repas ?", ["Oui", "Non"])],
            "Une remarque ?"), {"poll"}),
        page("/Resultats-du-questionnaire-rythmes-scolaires", "Résultats du questionnaire sur les rythmes scolaires", m.p(
            "Le questionnaire de décembre a recueilli 241 réponses. 62 % des familles souhaitent revenir à la semaine de "
            "quatre jours ; le conseil d'école a émis un avis favorable.", "Le questionnaire est clos."), decoys={"poll"}),
        page("/Contact", "Contacter la mairie", m.p("Mairie, 1 place de l'Église, 29870 Kerdrevan-Plouzélo. Tél. 02 98 04 12 30.")
             + m.spip_contact_avance("/Contact"), {"contact_form"}),
        page("/Lettre-d-information", "La lettre d'information", m.p("Chaque quinzaine, l'essentiel de l'actualité municipale dans votre boîte mail.")
             + m.spip_newsletter("/Lettre-d-information"), decoys={"contact_form"}),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.p(
            "Le conseil municipal a adopté le budget primitif le 27 mars : 7,8 M€ en fonctionnement, 3,1 M€ en investissement, "
            "dont 1,2 M€ pour l'extension de l'école de Kerlaz.", "La section d'investissement est financée sans hausse d'impôts."),
             decoys={"participatory_budget"}),
        # a grant call to associations is no call for residents' ideas
        page("/Appel-a-projets-associatifs-2025", "Subventions 2025 : appel à projets associatifs", m.p(
            "Les associations de la commune peuvent déposer leur dossier de demande de subvention de projet jusqu'au 15 mai. "
            "Critères : intérêt local, ouverture à tous les publics, cofinancements.",
            "Dossier à télécharger et à renvoyer au service vie associative."), decoys={"suggestion_call"}),
        page("/Marches-publics", "Marchés publics", m.p(
            "Appel d'offres en cours : travaux de réfection de la toiture de la salle Tud ar Mor (procédure adaptée). "
            "Date limite de remise des offres : 12 mai, 12 h, sur la plateforme Mégalis Bretagne."), decoys={"suggestion_call"}),
        page("/Enquete-Insee-loyers-et-charges", "Enquête de l'Insee sur les loyers et charges", m.p(
            "L'Insee réalise jusqu'au 30 juin une enquête sur les loyers et charges. Quelques ménages de la commune seront "
            "contactés par un enquêteur muni d'une carte officielle. Merci de lui réserver un bon accueil."), decoys={"poll"}),
        page("/Semaine-bleue", "Semaine bleue : le programme", m.p(
            "Du 6 au 12 octobre, la semaine des retraités et des personnes âgées : atelier mémoire, balade contée sur le "
            "sentier côtier, thé dansant et repas partagé au foyer-logement.")),
        page("/Actualites", "Actualités", news + m.p(m.a("/Resultats-du-questionnaire-rythmes-scolaires", "Rythmes scolaires : les résultats")
                                                   + " · " + m.a("/Enquete-Insee-loyers-et-charges", "Enquête Insee"))),
        page("/Kerdrevan-sur-les-reseaux", "Kerdrevan sur les réseaux", m.p(
            "Suivez l'actualité de la commune sur ses comptes officiels :")
             + m.ul('<a href="https://www.facebook.com/kerdrevanplouzelo">Facebook de la commune</a>',
                    '<a href="https://www.instagram.com/kerdrevan_plouzelo/">Instagram de la commune</a>')
             + m.p("L'office de tourisme du pays des Abers a aussi sa page : "
                   '<a href="https://www.facebook.com/abers.tourisme.officiel">office de tourisme (Facebook)</a>.')),
    ]
    www = Site(KERDREVAN, "spip", "Kerdrevan-Plouzélo", pages,
               menu=[("Accueil", "/"), ("Vie municipale", "/-Vie-municipale-"), ("Forum des habitants", "/Forum-des-habitants"),
                     ("Actualités", "/Actualites"), ("Contact", "/Contact")],
               accounts=[social("facebook", "kerdrevanplouzelo"), social("instagram", "kerdrevan_plouzelo")],
               address="Mairie, 1 place de l'Église, 29870 Kerdrevan-Plouzélo")
    return City("99502", "Kerdrevan-Plouzélo", 6900, "29", "53", "Bretagne", f"http://{KERDREVAN}/", [www],
                decoy_accounts=("https://www.facebook.com/abers.tourisme.officiel",))


# ===============================================================================================================
# 99503 Brassac-Montcelet (Puy-de-Dôme): Drupal 10 and a Decidim platform
# ===============================================================================================================

BRASSAC = "www.brassac-montcelet.fr"
BRASSAC_DECIDIM = "participez.brassac-montcelet.fr"


def brassac_montcelet() -> City:
    dec = f"http://{BRASSAC_DECIDIM}"
    news = m.news_list([
        ("/actualites/renovation-du-gymnase-pierre-sauvat", "9 avril 2025", "Gymnase Pierre-Sauvat : la rénovation commence",
         "Dix mois de travaux pour l'isolation et les vestiaires."),
        ("/actualites/participez-fait-peau-neuve", "20 mars 2025", "La plateforme « Participez » fait peau neuve",
         "Une nouvelle version plus simple sur mobile."),
        ("/actualites/marche-de-noel-2024", "18 décembre 2024", "Marché de Noël : merci !", "Plus de 6 000 visiteurs."),
    ], cls="views-row")
    proposals = [("/processes/brassac-en-projets/f/12/proposals/87", "Des bancs et de l'ombre au square des Tilleuls", "Quartier Gare · 48 soutiens", "Recevable"),
                 ("/processes/brassac-en-projets/f/12/proposals/91", "Un composteur partagé à Montcelet-Haut", "Montcelet · 31 soutiens", "En analyse"),
                 ("/processes/brassac-en-projets/f/12/proposals/96", "Une boîte à livres au lavoir", "Centre · 22 soutiens", "Recevable")]
    dpages = [
        page("/", "Participez à Brassac-Montcelet", m.p(
            "Bienvenue sur la plateforme de participation de la ville. Proposez, débattez, votez : les processus en cours sont ci-dessous.")
             + m.decidim_cards([("/processes/brassac-en-projets", "Brassac en Projets 2025 — budget citoyen", "Phase : dépôt des projets", "Processus"),
                                ("/processes/plan-velo", "Plan vélo 2030", "Phase : concertation", "Processus"),
                                ("/initiatives", "Initiatives citoyennes", "2 initiatives en cours de signature", "Initiatives")])),
        page("/processes/brassac-en-projets", "Brassac en Projets 2025", m.decidim_phases(
            [("Dépôt des projets", "1er mars - 30 avril"), ("Analyse technique", "mai - juin"), ("Vote", "15 sept. - 15 oct."),
             ("Réalisation", "2026")], 0)
             + m.p("Brassac en Projets, c'est le budget citoyen de la ville : 150 000 € d'investissement dont les habitants "
                   "décident. Proposez un projet d'intérêt général pour votre quartier, puis votez pour vos préférés à l'automne.")
             + m.ul(m.a("/processes/brassac-en-projets/f/12/proposals", "Voir et déposer des projets"),
                    m.a("/processes/brassac-en-projets/f/13/budgets/4/projects", "Vote des projets (édition 2024)")),
             {"participatory_budget"}),
        page("/processes/brassac-en-projets/f/12/proposals", "Projets proposés", m.p(
            "Vous avez une idée pour votre quartier ? Déposez votre projet jusqu'au 30 avril. Il doit relever des compétences "
            "de la ville, être d'intérêt général et coûter moins de 40 000 €.")
             + '<a href="/processes/brassac-en-projets/f/12/proposals/new" class="button button__lg button__secondary">Nouveau projet</a>'
             + m.decidim_cards(proposals), {"participatory_budget", "suggestion_call"}),
        page("/processes/brassac-en-projets/f/12/proposals/new", "Déposer un projet", m.p(
            "Décrivez votre projet pour Brassac en Projets. Vous devez être connecté pour publier.")
             + '<form class="form new_proposal" action="/processes/brassac-en-projets/f/12/proposals" method="post">'
               '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="150">'
               '<label for="proposal_body">Description du projet</label><textarea name="proposal[body]" id="proposal_body" rows="10"></textarea>'
               '<label for="proposal_scope">Quartier</label><select name="proposal[scope_id]" id="proposal_scope"><option>Centre</option>'
               '<option>Gare</option><option>Montcelet</option><option>Les Vergnes</option></select>'
               '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}),
        page("/processes/brassac-en-projets/f/12/proposals/87", "Des bancs et de l'ombre au square des Tilleuls", m.p(
            "Le square des Tilleuls manque de bancs et d'ombre l'été. Je propose six bancs et deux pergolas végétalisées. "
            "Coût estimé : 18 000 €.") + '<div class="proposal__aside"><button class="button button__sm button__secondary">Soutenir</button> 48 soutiens</div>'
             + m.decidim_comments("Z2lkOi8vYnJhc3NhYy9EZWNpZGltOjpQcm9wb3NhbHM6OlByb3Bvc2FsLzg3", [
                 (1201, "Hélène V.", "12/03/2025", "Oui ! Avec des bancs à dossier pour les aînés."),
                 (1206, "Karim B.", "14/03/2025", "Pourquoi pas aussi une fontaine à eau ?")]),
             {"participatory_budget", "comments"}),
        page("/processes/brassac-en-projets/f/12/proposals/91", "Un composteur partagé à Montcelet-Haut", m.p(
            "Installer un composteur de quartier géré par les habitants, avec l'aide du SICTOM.")
             + m.decidim_comments("Z2lkOi8vYnJhc3NhYy9Qcm9wb3NhbC85MQ", [(1230, "Lucie", "20/03/2025", "Je veux bien être référente du composteur.")]),
             {"participatory_budget", "comments"}),
        page("/processes/brassac-en-projets/f/12/proposals/96", "Une boîte à livres au lavoir", m.p(
            "Transformer l'ancienne cabine du lavoir en boîte à livres.")
             + m.decidim_comments("Z2lkOi8vYnJhc3NhYy9Qcm9wb3NhbC85Ng", [(1244, "Marc D.", "22/03/2025", "Belle idée, simple et peu coûteuse.")]),
             {"participatory_budget", "comments"}),
        page("/processes/brassac-en-projets/f/13/budgets/4/projects", "Vote : Brassac en Projets", m.p(
            "Répartissez l'enveloppe de votre quartier entre les projets de votre choix, puis validez votre vote.")
             + '<div class="budget-summary"><p>Budget attribué : <strong>0 €</strong> sur 150 000 €</p></div>'
             + m.decidim_cards([("/processes/brassac-en-projets/f/12/proposals/87", "Bancs et ombre au square des Tilleuls", "18 000 €", "Ajouter"),
                                ("/processes/brassac-en-projets/f/12/proposals/91", "Composteur partagé à Montcelet-Haut", "6 500 €", "Ajouter")])
             + '<button class="button button__sm button__secondary" disabled>Voter</button>', {"participatory_budget"}),
        # a process page that presents a concertation (phases, workshops): the approach displayed
        page("/processes/plan-velo", "Plan vélo 2030", m.decidim_phases(
            [("Diagnostic", "janvier - février"), ("Concertation", "mars - mai"), ("Restitution", "juin")], 1)
             + m.p("La ville et la communauté de communes élaborent le plan vélo. Répondez au questionnaire, débattez des "
                   "itinéraires et venez aux ateliers de concertation du 12 et du 26 avril.")
             + m.ul(m.a("/processes/plan-velo/f/21/surveys/5", "Questionnaire"), m.a("/processes/plan-velo/f/22/debates", "Débats")),
             {"participation_displayed"}),
        page("/processes/plan-velo/f/21/surveys/5", "Questionnaire : vous et le vélo", m.decidim_survey(
            "/processes/plan-velo/f/21/surveys/5/answer",
            [("À quelle fréquence circulez-vous à vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
             ("Qu'est-ce qui vous freine ?", ["Le manque de pistes", "Le relief", "Le stationnement", "La sécurité"]),
             ("Quel itinéraire faudrait-il aménager en priorité ?", [])]), {"poll"}),
        # Decidim's debates: residents open threads and answer each other, a discussion board
        page("/processes/plan-velo/f/22/debates", "Débats", m.p("Ouvrez un débat ou réagissez à ceux en cours.")
             + '<a href="/processes/plan-velo/f/22/debates/new" class="button button__sm button__secondary">Nouveau débat</a>'
             + m.decidim_cards([("/processes/plan-velo/f/22/debates/9", "Faut-il une piste cyclable avenue de Clermont ?", "14 commentaires", "Ouvert")]),
             {"forum"}),
        page("/processes/plan-velo/f/22/debates/new", "Nouveau débat", '<form class="form new_debate" action="/processes/plan-velo/f/22/debates" method="post">'
             '<label for="debate_title">Titre</label><input type="text" name="debate[title]" id="debate_title">'
             '<label for="debate_description">Description</label><textarea name="debate[description]" id="debate_description" rows="8"></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Créer le débat</button></form>', {"forum"}),
        page("/processes/plan-velo/f/22/debates/9", "Faut-il une piste cyclable avenue de Clermont ?", m.p(
            "L'avenue de Clermont est la seule liaison directe entre la gare et le collège. Une piste supprimerait 40 places de stationnement.")
             + m.decidim_comments("Z2lkOi8vYnJhc3NhYy9EZWJhdGUvOQ", [
                 (1301, "Thomas", "02/04/2025", "Oui, mes enfants vont au collège à vélo et c'est dangereux."),
                 (1305, "Commerçants du centre", "03/04/2025", "Attention aux places de livraison."),
                 (1311, "Élodie M.", "05/04/2025", "Une zone 30 serait un bon compromis.")]),
             {"forum", "comments"}),
        page("/initiatives", "Initiatives citoyennes", m.p(
            "Une initiative citoyenne réunissant 500 signatures d'habitants de plus de 16 ans en quatre mois est inscrite à "
            "l'ordre du jour du conseil municipal. Créez la vôtre ou signez celles en cours.")
             + '<a href="/create_initiative/select_initiative_type" class="button button__sm button__secondary">Lancer une initiative</a>'
             + m.decidim_cards([("/initiatives/i-14", "Pour une cantine 100 % bio au collège et dans les écoles", "312 / 500 signatures", "Signer"),
                                ("/initiatives/i-15", "Ouvrir la piscine le dimanche matin", "97 / 500 signatures", "Signer")]),
             {"petition"}),
        page("/create_initiative/select_initiative_type", "Lancer une initiative", m.p(
            "Choisissez le type d'initiative : pétition au conseil municipal (500 signatures) ou demande de réunion publique (150 signatures).")
             + '<form action="/create_initiative/previous_form" method="get"><label><input type="radio" name="type_id" value="1"> Pétition au conseil municipal</label>'
               '<label><input type="radio" name="type_id" value="2"> Demande de réunion publique</label><button class="button">Je lance mon initiative</button></form>',
             {"petition"}),
        page("/initiatives/i-14", "Pour une cantine 100 % bio", m.p(
            "Nous demandons que la ville porte à 100 % la part des produits biologiques dans les repas servis dans les écoles.")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">312</span>'
               '<span class="progress-bar__total">/500 signatures</span></div><form action="/initiatives/i-14/initiative_signatures" method="post">'
               '<button type="submit" class="button button__xl button__secondary">Signer</button></form></div>', {"petition"}),
        page("/initiatives/i-15", "Ouvrir la piscine le dimanche matin", m.p("Pour les familles et les nageurs qui travaillent en semaine.")
             + '<div class="initiative__aside"><span class="progress-bar__number">97</span>/500 signatures'
               '<form action="/initiatives/i-15/initiative_signatures" method="post"><button type="submit" class="button">Signer</button></form></div>',
             {"petition"}),
    ]
    decidim = Site(BRASSAC_DECIDIM, "decidim", "Participez ! Brassac-Montcelet", dpages,
                   menu=[("Accueil", "/"), ("Processus", "/processes/brassac-en-projets"), ("Initiatives", "/initiatives"),
                         ("Site de la ville", f"http://{BRASSAC}/")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    pages = [
        page("/", "Accueil", m.orejime() + m.p("Ville de 14 200 habitants au pied des monts du Livradois.")
             + m.quick_links([("/democratie-locale", "Démocratie locale"), ("/democratie-locale/budget-citoyen", "Budget citoyen"),
                              (dec + "/", "Participez !"), ("/contact", "Contact"), ("/services/signaler-un-probleme", "Signaler un problème"),
                              ("/services/inscription-ecole", "Inscriptions scolaires"), ("/newsletter", "Lettre d'information")])
             + news + m.agenda([("/agenda/forum-des-metiers", "24", "avr.", "Forum des métiers", "Collège Jules-Ferry"),
                                ("/sondages/frequence-collecte-dechets", "30", "avr.", "Fin du sondage sur la collecte", "En ligne")])
             + m.p(m.a("/mairie/finances/budget-primitif-2025", "Budget 2025") + " · " + m.a("/emploi/animateur-periscolaire", "Offres d'emploi")
                   + " · " + m.a("/securite/participation-citoyenne", "Participation citoyenne (gendarmerie)") + " · "
                   + m.a("/sondages/horaires-piscine-resultats", "Résultats : horaires de la piscine"))),
        page("/democratie-locale", "Démocratie locale", m.p(
            "Brassac-Montcelet associe ses habitants aux décisions : six conseils de quartier, un conseil citoyen des jeunes, "
            "un budget citoyen annuel et une plateforme en ligne, « Participez ! », où sont menées les concertations.",
            "Chaque projet d'aménagement important fait l'objet d'une concertation préalable : réunion publique, ateliers, "
            "contributions en ligne, puis restitution.")
             + m.ul(m.a("/democratie-locale/conseils-de-quartier", "Les conseils de quartier"),
                    m.a("/democratie-locale/budget-citoyen", "Le budget citoyen Brassac en Projets"),
                    m.a(dec + "/", "La plateforme Participez !")), {"participation_displayed"}),
        page("/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Six conseils de quartier (Centre, Gare, Montcelet, les Vergnes, la Croix-Blanche, les Barrières) se réunissent "
            "quatre fois par an. Ouverts à tous les habitants, ils sont animés par un binôme habitant-élu.",
            "Ils donnent leur avis sur les projets du quartier et portent des projets au budget citoyen."),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/budget-citoyen", "Brassac en Projets : le budget citoyen", m.p(
            "Pour la cinquième année, 150 000 € du budget d'investissement sont confiés aux habitants. Tout habitant de plus "
            "de 11 ans peut déposer un projet jusqu'au 30 avril, puis voter à l'automne.",
            "Dépôt et vote se font sur " + m.a(dec + "/processes/brassac-en-projets", "la plateforme Participez !")
            + " ou sur papier à l'accueil de la mairie."), {"participatory_budget", "participation_displayed"},
             parent=("Démocratie locale", "/democratie-locale")),
        page("/mairie/finances/budget-primitif-2025", "Budget primitif 2025", m.p(
            "Voté le 25 mars 2025, le budget primitif s'élève à 21,4 M€. L'investissement (6,2 M€) finance la rénovation du "
            "gymnase, la voirie et la part de 150 000 € du budget citoyen.")
             + m.downloads(("/sites/default/files/2025-03/bp2025-note.pdf", "Note de présentation brève et synthétique", "640 Ko")),
             decoys={"participatory_budget"}),
        page("/mairie/finances/compte-administratif-2024", "Compte administratif 2024", m.p(
            "Le compte administratif 2024 fait apparaître un excédent de fonctionnement de 1,9 M€ affecté à l'investissement."),
             decoys={"participatory_budget"}),
        page("/actualites", "Actualités", news + m.p(m.a("/mairie/finances/compte-administratif-2024", "Compte administratif 2024"))),
        page("/actualites/participez-fait-peau-neuve", "La plateforme « Participez » fait peau neuve", m.p(
            "La plateforme de participation de la ville passe à la version 0.28 du logiciel libre Decidim : navigation "
            "repensée, meilleure lecture sur téléphone. Vos comptes et contributions sont conservés."), decoys={"participatory_platform"}),
        page("/actualites/renovation-du-gymnase-pierre-sauvat", "Gymnase Pierre-Sauvat : la rénovation commence", m.p(
            "Les travaux d'isolation, de chauffage et de vestiaires débutent le 14 avril. Les clubs sont relogés au gymnase du collège.")
             + m.drupal_comments(214, [(77, "Nathalie", "10/04/2025 - 08:12", "Et les créneaux du club de badminton ?"),
                                       (79, "Service des sports", "10/04/2025 - 14:30", "Ils sont maintenus au gymnase du collège le mardi.")]),
             {"comments"}),
        page("/comment/reply/node/214/comment/77", "Répondre au commentaire", m.p(
            "<strong>Nathalie</strong> — Et les créneaux du club de badminton ?") + m.drupal_comment_form(214, 77), {"comments"}),
        page("/comment/reply/node/214/comment/79", "Répondre au commentaire", m.p(
            "<strong>Service des sports</strong> — Ils sont maintenus au gymnase du collège le mardi.")
             + m.drupal_comment_form(214, 79), {"comments"}),
        page("/actualites/marche-de-noel-2024", "Marché de Noël : merci !", m.p(
            "Plus de 6 000 visiteurs sont venus au marché de Noël. Rendez-vous l'an prochain pour une édition sur trois jours.")),
        page("/sondages/frequence-collecte-dechets", "Sondage : la collecte des ordures ménagères", m.p(
            "Le SICTOM propose de passer à une collecte toutes les deux semaines. Votre avis :")
             + m.drupal_poll(6, "Êtes-vous favorable à une collecte des ordures ménagères tous les quinze jours ?",
                             ["Oui", "Oui, si le tri des biodéchets est proposé", "Non"]), {"poll"}),
        page("/sondages/horaires-piscine-resultats", "Résultats : les horaires de la piscine", m.drupal_poll_results(
            4, "Quels horaires pour la piscine l'été ?", [("10 h - 19 h", 58, 402), ("12 h - 20 h", 42, 291)], 693, "31 mai 2024"),
             decoys={"poll"}),
        page("/contact", "Contact", m.p("Hôtel de ville, 3 place de la République. Accueil du lundi au samedi matin.")
             + m.webform("contact", "/contact", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                                                  ("select:Accueil|Urbanisme|Écoles|Services techniques", "service", "Service"),
                                                  ("textarea", "message", "Message")]), {"contact_form"}),
        # a problem report with a free-text description reaches the city like a message
        page("/services/signaler-un-probleme", "Signaler un problème", m.p(
            "Nid-de-poule, éclairage en panne, dépôt sauvage : signalez-le aux services techniques.")
             + m.webform("signalement", "/services/signaler-un-probleme",
                         [("select:Voirie|Éclairage|Propreté|Espaces verts", "type", "Type de problème"), ("text", "lieu", "Lieu"),
                          ("email", "courriel", "Votre courriel"), ("textarea", "description", "Description")]), {"contact_form"}),
        page("/services/inscription-ecole", "Inscriptions scolaires", m.p("Première inscription en maternelle ou changement d'école :")
             + m.webform("inscription", "/services/inscription-ecole",
                         [("text", "enfant", "Nom et prénom de l'enfant"), ("date", "naissance", "Date de naissance"),
                          ("select:Jules-Ferry|Les Vergnes|Montcelet", "ecole", "École souhaitée"), ("email", "courriel", "Courriel du responsable")],
                         submit="Valider l'inscription"), decoys={"contact_form"}),
        page("/agenda/forum-des-metiers", "Forum des métiers", m.p(
            "Le forum des métiers réunit le 24 avril au collège une trentaine de professionnels pour les élèves de 4e et 3e."),
             decoys={"forum"}),
        page("/securite/participation-citoyenne", "Le dispositif « participation citoyenne »", m.p(
            "En lien avec la brigade de gendarmerie d'Ambert, des habitants référents signalent les faits suspects dans leur "
            "quartier. Le dispositif complète la vidéoprotection du centre-ville."), decoys={"participation_displayed"}),
        page("/emploi/animateur-periscolaire", "La ville recrute", m.p(
            "Appel à candidatures : animateurs périscolaires (CDD, rentrée de septembre), un agent d'accueil à la médiathèque. "
            "Candidature (CV et lettre) par courrier ou à rh@brassac-montcelet.fr."), decoys={"suggestion_call"}),
        page("/newsletter", "Lettre d'information", m.p("Recevez l'actualité de la ville chaque mois.") + m.simplenews(),
             decoys={"contact_form"}),
    ]
    www = Site(BRASSAC, "drupal", "Ville de Brassac-Montcelet", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/democratie-locale"), ("Actualités", "/actualites"),
                     ("Participez !", dec + "/"), ("Contact", "/contact")],
               accounts=[social("facebook", "brassacmontcelet"), social("youtube", "VilledeBrassacMontcelet"),
                         social("linkedin", "ville-de-brassac-montcelet")],
               address="Hôtel de ville, 3 place de la République, 63590 Brassac-Montcelet")
    return City("99503", "Brassac-Montcelet", 14200, "63", "84", "Auvergne-Rhône-Alpes", f"http://{BRASSAC}/", [www, decidim])


# ===============================================================================================================
# 99504 Orvillers-Mérencourt (Oise): a vendor CMS, Publik e-services and Cap Collectif on the vendor's domain
# ===============================================================================================================

ORVILLERS = "www.orvillers-merencourt.fr"
ORVILLERS_DEMARCHES = "demarches.orvillers-merencourt.fr"
ORVILLERS_CAPCO = "orvillers-merencourt.cap-collectif.com"


def orvillers_merencourt() -> City:
    capco, publik = f"http://{ORVILLERS_CAPCO}", f"http://{ORVILLERS_DEMARCHES}"
    bp = "/project/mon-projet-pour-orvillers-2025"
    steps = [(bp + "/presentation/le-reglement", "Règlement", "janvier"),
             (bp + "/collect/depot-des-projets", "Dépôt des projets", "1er févr. - 31 mars"),
             (bp + "/selection/vote", "Vote", "1er - 30 juin")]
    petitions_step = "/project/droit-d-interpellation/collect/petitions"
    cpages = [
        page("/", "Orvillers participe", m.p(
            "La plateforme de participation de la ville d'Orvillers-Mérencourt : budget participatif, consultations, pétitions.")
             + '<div class="project-list">' + "".join(
                 f'<div class="card project-preview"><h3><a href="{href}">{t}</a></h3><p class="excerpt">{s}</p></div>' for href, t, s in (
                     (bp + "/collect/depot-des-projets", "Mon projet pour Orvillers 2025", "Budget participatif · Dépôt des projets"),
                     ("/project/plan-arbres/questionnaire/votre-avis", "Plan arbres : 1 000 arbres en ville", "Questionnaire"),
                     (petitions_step, "Droit d'interpellation", "Pétitions citoyennes")))
             + "</div>"),
        page(bp + "/presentation/le-reglement", "Mon projet pour Orvillers : le règlement", m.capco_steps(steps, 0) + m.p(
            "400 000 € sont réservés aux projets des habitants. Chaque projet doit relever des compétences municipales, "
            "être un investissement et coûter au plus 80 000 €. Tous les habitants de plus de 12 ans peuvent déposer et voter."),
             {"participatory_budget"}),
        page(bp + "/collect/depot-des-projets", "Dépôt des projets", m.capco_steps(steps, 1)
             + m.p("Déposez votre projet pour la ville jusqu'au 31 mars !")
             + f'<a class="btn btn-primary" href="{bp}/collect/depot-des-projets/new">Déposer un projet</a>'
             + m.capco_proposals([
                 (bp + "/collect/depot-des-projets/proposals/kiosque-a-livres-square-hugo", "Un kiosque à livres au square Victor-Hugo",
                  "Inès G.", "Quartier Mérencourt", "34 commentaires"),
                 (bp + "/collect/depot-des-projets/proposals/city-stade-des-tilleuls", "Rénover le city-stade des Tilleuls",
                  "Conseil citoyen Tilleuls", "Quartier des Tilleuls", "12 commentaires")], "2 projets"),
             {"participatory_budget", "suggestion_call"}),
        page(bp + "/collect/depot-des-projets/new", "Déposer un projet", m.capco_steps(steps, 1)
             + '<form id="proposal-form" class="form-horizontal"><label for="proposal_title">Titre du projet</label>'
               '<input id="proposal_title" name="title" type="text" class="form-control"><label for="proposal_summary">Résumé</label>'
               '<input id="proposal_summary" name="summary" type="text" class="form-control"><label for="proposal_body">Description</label>'
               '<textarea id="proposal_body" name="body" class="form-control" rows="8"></textarea><label for="proposal_district">Quartier</label>'
               '<select id="proposal_district" name="district"><option>Centre</option><option>Mérencourt</option><option>Les Tilleuls</option>'
               '<option>La Vallée</option></select><button type="submit" class="btn btn-primary">Publier</button></form>',
             {"participatory_budget", "suggestion_call"}),
        page(bp + "/collect/depot-des-projets/proposals/kiosque-a-livres-square-hugo", "Un kiosque à livres au square Victor-Hugo",
             m.capco_steps(steps, 1) + m.p("Un kiosque en bois où chacun dépose et emprunte des livres, entretenu par l'association des parents d'élèves.",
                                           "Estimation : 12 000 €.")
             + m.capco_comments([(5011, "Paul M.", "3 mars 2025", "Excellente idée, avec un banc à côté ?"),
                                 (5014, "Inès G.", "4 mars 2025", "Oui, c'est prévu dans la description complète.")]),
             {"participatory_budget", "comments"}),
        page(bp + "/collect/depot-des-projets/proposals/city-stade-des-tilleuls", "Rénover le city-stade des Tilleuls",
             m.capco_steps(steps, 1) + m.p("Le revêtement est abîmé et les buts sont cassés. Estimation : 65 000 €.")
             + m.capco_comments([(5020, "Yanis", "10 mars 2025", "On y joue tous les soirs, il faut le refaire.")]),
             {"participatory_budget", "comments"}),
        page(bp + "/selection/vote", "Vote des projets", m.capco_steps(steps, 2) + m.p(
            "Du 1er au 30 juin, votez pour trois projets au maximum. Les projets les plus votés sont réalisés dans la limite de l'enveloppe.")
             + m.capco_proposals([(bp + "/collect/depot-des-projets/proposals/kiosque-a-livres-square-hugo", "Un kiosque à livres",
                                   "Inès G.", "Mérencourt", '<button class="btn btn-success">Voter</button>')], "Projets soumis au vote"),
             {"participatory_budget"}),
        page("/project/plan-arbres/questionnaire/votre-avis", "Plan arbres : votre avis", m.p(
            "La ville veut planter 1 000 arbres d'ici 2030. Où et quelles essences ? Répondez au questionnaire (5 minutes).")
             + '<form id="reply-form" class="questionnaire">' + "".join(
                 f'<fieldset class="form-group"><legend>{q}</legend>' + "".join(
                     f'<div class="radio"><label><input type="radio" name="responses[{n}]" value="{o}"> {o}</label></div>' for o in opts)
                 + "</fieldset>" for n, (q, opts) in enumerate((
                     ("Où planter en priorité ?", ["Cours d'école", "Parkings", "Rues commerçantes", "Parcs"]),
                     ("Seriez-vous prêt à parrainer un arbre devant chez vous ?", ["Oui", "Non", "Peut-être"]))))
             + '<label for="responses-free">Vos remarques</label><textarea id="responses-free" name="responses[2]" class="form-control"></textarea>'
               '<button type="submit" class="btn btn-primary">Envoyer mes réponses</button></form>', {"poll"}),
        page(petitions_step, "Droit d'interpellation : les pétitions", m.p(
            "Interpellez le conseil municipal ! Une pétition qui réunit 150 signatures en trois mois vaut rencontre avec "
            "le maire ; à 1 500 signatures, elle est inscrite à l'ordre du jour du conseil municipal.")
             + f'<a class="btn btn-primary" href="{petitions_step}/new">Lancer une pétition</a>'
             + m.capco_proposals([(petitions_step + "/proposals/eclairer-le-passage-des-tanneurs", "Éclairer le passage des Tanneurs",
                                   "Collectif des Tanneurs", "Centre", "212 signatures"),
                                  (petitions_step + "/proposals/navette-gare-le-dimanche", "Une navette vers la gare le dimanche",
                                   "Anne-Sophie R.", "La Vallée", "88 signatures")], "2 pétitions"), {"petition"}),
        page(petitions_step + "/new", "Lancer une pétition", '<form id="petition-form"><label for="p-title">Titre de la pétition</label>'
             '<input id="p-title" name="title" class="form-control"><label for="p-body">Votre demande au conseil municipal</label>'
             '<textarea id="p-body" name="body" class="form-control" rows="8"></textarea><button type="submit" class="btn btn-primary">Publier</button></form>',
             {"petition"}),
        page(petitions_step + "/proposals/eclairer-le-passage-des-tanneurs", "Éclairer le passage des Tanneurs", m.p(
            "Le passage des Tanneurs, emprunté par les collégiens, n'est pas éclairé. Nous demandons l'installation de lampadaires.")
             + '<div class="proposal__vote"><p><strong>212</strong> signatures sur 1 500</p><div class="progress"><div class="progress-bar" style="width:14%"></div></div>'
               '<button class="btn btn-success proposal__button__vote">Signer</button></div>', {"petition"}),
        page(petitions_step + "/proposals/navette-gare-le-dimanche", "Une navette vers la gare le dimanche", m.p(
            "Aucun bus ne dessert la gare le dimanche.") + '<div class="proposal__vote"><strong>88</strong> signatures '
             '<button class="btn btn-success proposal__button__vote">Signer</button></div>', {"petition"}),
    ]
    capsite = Site(ORVILLERS_CAPCO, "capcollectif", "Orvillers participe", cpages,
                   menu=[("Accueil", "/"), ("Budget participatif", bp + "/collect/depot-des-projets"), ("Pétitions", petitions_step),
                         ("Ville d'Orvillers-Mérencourt", f"http://{ORVILLERS}/")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    ppages = [
        page("/", "Mes démarches", m.p("Vos démarches en ligne avec la ville, 24 h/24.")
             + m.ul(m.a("/contacter-la-mairie/", "Contacter la mairie"), m.a("/signaler-un-probleme-sur-la-voie-publique/", "Signaler un problème"),
                    m.a("/proposer-une-idee/", "Proposer une idée"), m.a("/inscription-periscolaire/", "Inscription périscolaire"))),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", [
            ("string", 1, "Nom"), ("string", 2, "Prénom"), ("email", 3, "Courriel"),
            ("item:Accueil général|État civil|Urbanisme|Cabinet du maire", 4, "Destinataire"), ("text", 5, "Votre message")]),
             {"contact_form"}),
        # a problem report with its free-text description is a message to the city
        page("/signaler-un-probleme-sur-la-voie-publique/", "Signaler un problème sur la voie publique", m.wcs_form(
            "/signaler-un-probleme-sur-la-voie-publique/", [("item:Voirie|Éclairage|Propreté|Tags", 1, "Catégorie"), ("string", 2, "Adresse"),
                                                             ("file", 3, "Photo"), ("text", 4, "Description"), ("email", 5, "Courriel")],
            steps=("Signalement", "Coordonnées", "Validation")), {"contact_form"}),
        # an idea box: a call for suggestions, written to the city in free text
        page("/proposer-une-idee/", "Boîte à idées", m.p(
            "Une idée pour améliorer la ville ou un service municipal ? Proposez-la : chaque idée est étudiée et reçoit une réponse.")
             + m.wcs_form("/proposer-une-idee/", [("string", 1, "Titre de votre idée"), ("item:Cadre de vie|Mobilité|Jeunesse|Culture|Autre", 2, "Thème"),
                                                  ("text", 3, "Votre idée"), ("email", 4, "Courriel")], submit="Envoyer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/inscription-periscolaire/", "Inscription périscolaire", m.wcs_form("/inscription-periscolaire/", [
            ("string", 1, "Nom de l'enfant"), ("item:Accueil du matin|Cantine|Accueil du soir|Mercredi", 2, "Activité"),
            ("bool", 3, "J'accepte le règlement intérieur")], steps=("Enfant", "Activités", "Paiement")), decoys={"contact_form"}),
    ]
    demarches = Site(ORVILLERS_DEMARCHES, "publik", "Orvillers-Mérencourt — Mes démarches", ppages,
                     menu=[("Accueil", "/"), ("Site de la ville", f"http://{ORVILLERS}/")],
                     address="Hôtel de ville, place du Général-de-Gaulle, 60270 Orvillers-Mérencourt")
    news = m.news_list([
        ("/actualites/budget-participatif-2025", "1er février 2025", "Budget participatif : à vos projets !", "400 000 € pour vos idées."),
        ("/actualites/bilan-de-la-plateforme", "15 janvier 2025", "Orvillers participe : le bilan 2024", "3 800 participants."),
        ("/magazine/n-112/dossier-jardins-partages", "5 janvier 2025", "Orvillers Mag : les jardins partagés", "Le dossier du mois."),
    ], cls="news")
    pages = [
        page("/", "Ville d'Orvillers-Mérencourt", m.axeptio() + m.quick_links(
            [(publik + "/", "Mes démarches"), (publik + "/contacter-la-mairie/", "Contacter la mairie"),
             ("/ma-ville/orvillers-participe", "Orvillers participe"), (capco + "/", "La plateforme participative"),
             ("/magazine", "Orvillers Mag"), ("/recrutement", "Recrutement"), ("/marches-publics", "Marchés publics"),
             ("/newsletter", "Newsletter")]) + news
             + m.agenda([("/agenda/forum-de-l-emploi", "15", "mai", "Forum de l'emploi", "Salle Jean-Vilar"),
                         ("/ma-ville/enquete-publique-zac", "2", "juin", "Enquête publique ZAC des Prés", "Hôtel de ville")])
             + m.p(m.a("/ma-ville/budget/budget-primitif", "Budget primitif") + " · " + m.a("/vie-quotidienne/tranquillite/participation-citoyenne", "Tranquillité publique")
                   + " · " + m.a("/ma-ville/recensement", "Recensement") + " · " + m.a("/contact", "Contact"))),
        page("/ma-ville/orvillers-participe", "Orvillers participe", m.p(
            "« Orvillers participe » réunit tous les dispositifs de démocratie participative de la ville : six conseils de "
            "quartier, le conseil municipal des jeunes, le budget participatif « Mon projet pour Orvillers », le droit "
            "d'interpellation et les concertations sur les grands projets.",
            "La plateforme en ligne " + m.a(capco + "/", "orvillers-merencourt.cap-collectif.com") + " permet de participer "
            "à distance ; des permanences participatives ont lieu chaque samedi matin au marché.")
             + m.ul(m.a("/ma-ville/orvillers-participe/conseils-de-quartier", "Les conseils de quartier"),
                    m.a("/ma-ville/orvillers-participe/droit-d-interpellation", "Le droit d'interpellation")),
             {"participation_displayed"}),
        page("/ma-ville/orvillers-participe/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Chaque conseil réunit des habitants volontaires, des représentants d'associations et des commerçants. Ils se "
            "réunissent en séance publique et sont consultés sur les projets de leur quartier.",
            "Centre, Mérencourt, les Tilleuls, la Vallée, le Plateau, les Marronniers : retrouvez les dates des réunions dans l'agenda."),
             {"participation_displayed"}, parent=("Orvillers participe", "/ma-ville/orvillers-participe")),
        # the city's page of its right of interpellation: where petitions are started and signed, on its own platform
        page("/ma-ville/orvillers-participe/droit-d-interpellation", "Le droit d'interpellation", m.p(
            "Depuis 2022, les habitants de plus de 16 ans peuvent interpeller le conseil municipal par pétition. 150 signatures "
            "en trois mois : rencontre avec le maire. 1 500 signatures : la question est débattue en conseil municipal.",
            m.a(capco + petitions_step, "Lancez ou signez une pétition sur Orvillers participe") + "."),
             {"petition", "participation_displayed"}, parent=("Orvillers participe", "/ma-ville/orvillers-participe")),
        page("/ma-ville/budget/budget-primitif", "Budget primitif 2025", m.p(
            "Le budget primitif 2025 (58,3 M€) a été adopté le 12 décembre 2024. Priorités : écoles, sécurité, rénovation "
            "énergétique des bâtiments. Taux d'imposition inchangés pour la huitième année.")
             + m.downloads(("/uploads/finances/bp-2025-rapport.pdf", "Rapport de présentation", "2,1 Mo")), decoys={"participatory_budget"}),
        page("/magazine", "Orvillers Mag", m.p("Le magazine municipal, chaque mois dans votre boîte aux lettres et en ligne.")
             + m.ul(m.a("/magazine/n-112/dossier-jardins-partages", "Dossier : les jardins partagés"),
                    m.a("/magazine/n-112/portrait-boulangerie-des-tilleuls", "Portrait : la boulangerie des Tilleuls"))),
        page("/magazine/n-112/dossier-jardins-partages", "Dossier : les jardins partagés", m.p(
            "Cinq jardins partagés, 140 parcelles, une liste d'attente : la ville prépare deux nouveaux jardins en 2025.")
             + m.disqus("orvillers-mag", f"http://{ORVILLERS}/magazine/n-112/dossier-jardins-partages", "mag-112-jardins"),
             {"comments"}),
        page("/magazine/n-112/portrait-boulangerie-des-tilleuls", "Portrait : la boulangerie des Tilleuls", m.p(
            "Depuis trente ans, Michel et Sandrine Lefèvre font le pain du quartier des Tilleuls.")
             + m.disqus("orvillers-mag", f"http://{ORVILLERS}/magazine/n-112/portrait-boulangerie-des-tilleuls", "mag-112-boulangerie"),
             {"comments"}),
        page("/actualites", "Actualités", news),
        # a news item, but one whose whole subject is the open budget and its call to file projects: the budget, not a passing mention
        page("/actualites/budget-participatif-2025", "Budget participatif : à vos projets !", m.p(
            "La troisième édition de « Mon projet pour Orvillers » est lancée : 400 000 € pour les projets des habitants. "
            "Déposez le vôtre jusqu'au 31 mars sur " + m.a(capco + bp + "/collect/depot-des-projets", "la plateforme Orvillers participe")
            + ", puis votez en juin.") + m.share(f"http://{ORVILLERS}/actualites/budget-participatif-2025", "Budget participatif"),
             {"participatory_budget"}),
        page("/actualites/bilan-de-la-plateforme", "Orvillers participe : le bilan 2024", m.p(
            "Ouverte en 2022 avec Cap Collectif, la plateforme a compté 3 800 participants en 2024 et 212 projets déposés."),
             decoys={"participatory_platform"}),
        page("/agenda/forum-de-l-emploi", "Forum de l'emploi", m.p(
            "Plus de 60 entreprises et organismes recrutent le 15 mai à la salle Jean-Vilar."), decoys={"forum"}),
        page("/vie-quotidienne/tranquillite/participation-citoyenne", "Participation citoyenne", m.p(
            "Le dispositif de participation citoyenne associe des habitants à la sécurité de leur quartier, en lien avec la "
            "police nationale et la police municipale. Les référents sont désignés par le maire."), decoys={"participation_displayed"}),
        page("/recrutement", "Recrutement", m.p("La ville recrute : un(e) responsable des espaces verts, deux ATSEM, des animateurs. "
                                                "Appel à candidatures ouvert jusqu'au 30 avril."), decoys={"suggestion_call"}),
        page("/marches-publics", "Marchés publics", m.p(
            "Consultez les appels d'offres en cours : restauration scolaire (lot unique), entretien des espaces verts (2 lots)."),
             decoys={"suggestion_call"}),
        page("/contact", "Contact", m.p("Hôtel de ville, place du Général-de-Gaulle. Tél. 03 44 21 00 00.",
                                        "Écrivez-nous via " + m.a(publik + "/contacter-la-mairie/", "le formulaire en ligne")
                                        + ' ou à <a href="mailto:accueil@orvillers-merencourt.fr">accueil@orvillers-merencourt.fr</a>.'),
             decoys={"contact_form"}),
        page("/ma-ville/enquete-publique-zac", "Enquête publique : ZAC des Prés", m.p(
            "Une enquête publique sur la création de la ZAC des Prés se tient du 2 juin au 3 juillet. Le dossier et le registre "
            "sont à disposition à l'hôtel de ville."), decoys={"poll"}),
        page("/ma-ville/recensement", "Recensement de la population", m.p(
            "Chaque année, 8 % des logements sont recensés. Si vous êtes concerné, un agent recenseur vous remettra vos codes "
            "pour répondre en ligne."), decoys={"poll"}),
        page("/newsletter", "Newsletter", m.rgaa_form("/newsletter", "S'abonner à la newsletter",
                                                      [("email", "email", "Adresse e-mail", "Format attendu : nom@domaine.fr")],
                                                      submit="S'abonner", cls="form-newsletter"), decoys={"contact_form"}),
    ]
    www = Site(ORVILLERS, "coteaux_kosmos", "Ville d'Orvillers-Mérencourt", pages,
               menu=[("Ma ville", "/ma-ville/orvillers-participe"), ("Actualités", "/actualites"), ("Orvillers Mag", "/magazine"),
                     ("Démarches", publik + "/"), ("Participer", capco + "/")],
               accounts=[social("facebook", "VilleOrvillersMerencourt"), social("instagram", "orvillers_merencourt"),
                         social("x", "OrvillersM", "https://twitter.com/OrvillersM"), social("youtube", "OrvillersMerencourt")],
               address="Hôtel de ville, place du Général-de-Gaulle, 60270 Orvillers-Mérencourt")
    return City("99504", "Orvillers-Mérencourt", 38500, "60", "32", "Hauts-de-France", f"http://{ORVILLERS}/",
                [www, demarches, capsite])


# ===============================================================================================================
# 99505 Ravine-Sèche-Bellepierre (La Réunion): Joomla 4 with Kunena, and an iD City space on the vendor's domain
# ===============================================================================================================

RAVINE = "www.ravineseche-bellepierre.re"
RAVINE_IDCITY = "ravineseche-bellepierre.id-city.com"


def ravine_seche_bellepierre() -> City:
    idc = f"http://{RAVINE_IDCITY}"
    bk = "/dialogues/budget-kartie-2025"
    ipages = [
        page("/", "Kozé Ansanm — la participation à Ravine-Sèche-Bellepierre", m.p(
            "Bienvenue sur l'espace participatif de la commune. Choisissez un dialogue pour proposer, voter ou donner votre avis.")
             + '<div class="row dialogues">' + "".join(
                 f'<div class="col-md-4"><div class="card dialogue-card"><div class="card-body"><h2 class="card-title h5">'
                 f'<a href="{href}">{t}</a></h2><p class="card-text">{s}</p><span class="badge badge-success">{b}</span></div></div></div>'
                 for href, t, s, b in ((bk, "Budget Kartié 2025", "Vos projets pour votre quartier", "Dépôt des idées"),
                                       ("/dialogues/sondage-marche-forain", "Le marché forain du samedi", "Sondage", "En cours"),
                                       ("/dialogues/boite-a-idees", "Boîte à idées", "Toute l'année", "Ouvert"))) + "</div>"),
        page(bk, "Budget Kartié 2025", m.p(
            "Le Budget Kartié confie 250 000 € aux habitants : 35 000 € par quartier. Déposez vos idées jusqu'au 15 mai ; "
            "après l'étude de faisabilité, les projets seront soumis au vote en septembre.")
             + f'<a class="btn btn-primary" href="{bk}/deposer">Déposer une idée</a>'
             + '<div class="proposals-mosaic">' + "".join(
                 f'<div class="proposal-card"><h3><a href="{href}">{t}</a></h3><p class="sector">{q}</p><p class="votes">{v} soutiens</p></div>'
                 for href, t, q, v in ((bk + "/propositions/jardin-creole-bras-long", "Un jardin créole partagé à Bras-Long", "Bras-Long", 57),
                                       (bk + "/propositions/kiosque-piton-calvaire", "Un kiosque ombragé au Piton-Calvaire", "Piton-Calvaire", 23)))
             + "</div>", {"participatory_budget", "suggestion_call"}),
        page(bk + "/deposer", "Déposer une idée — Budget Kartié", '<form name="proposition" method="post" class="form-proposition">'
             '<label for="proposition_titre" class="required">Nom de la proposition</label><input type="text" id="proposition_titre" name="proposition[titre]" required class="form-control">'
             '<label for="proposition_secteur">Secteur</label><select id="proposition_secteur" name="proposition[secteur]" class="form-control"><option>Ravine-Sèche</option>'
             '<option>Bellepierre</option><option>Bras-Long</option><option>Piton-Calvaire</option><option>Les Hauts</option></select>'
             '<label for="proposition_description">Description</label><textarea id="proposition_description" name="proposition[description]" rows="8" class="form-control"></textarea>'
             '<label for="proposition_budget">Budget estimé</label><input type="number" id="proposition_budget" name="proposition[budget]" class="form-control">'
             '<button type="submit" class="btn btn-primary">Publier ma proposition</button></form>', {"participatory_budget", "suggestion_call"},
             parent=("Budget Kartié 2025", bk)),
        page(bk + "/propositions/jardin-creole-bras-long", "Un jardin créole partagé à Bras-Long", m.p(
            "Sur le terrain vague derrière la case des jeunes : brèdes, songes, piments, arbres fruitiers, avec un bac de compost.",
            "Porté par l'association Lantant Bras-Long. Budget estimé : 28 000 €.")
             + '<div class="proposal-actions"><button class="btn btn-success">Soutenir</button> <span>57 soutiens</span></div>'
             + '<section class="comments"><h2>Commentaires (2)</h2><ul class="list-unstyled">'
               '<li class="comment"><strong>Josélita</strong> <small>il y a 3 jours</small><p>Mi di oui ! Les enfants de l\'école pourront venir.</p></li>'
               '<li class="comment"><strong>Fabrice H.</strong> <small>il y a 2 jours</small><p>Prévoir un point d\'eau, sinon impossible en saison sèche.</p></li></ul>'
               '<form method="post" class="comment-form"><label for="commentaire">Votre commentaire</label><textarea id="commentaire" name="commentaire[contenu]" '
               'rows="3" class="form-control"></textarea><button type="submit" class="btn btn-secondary">Commenter</button></form></section>',
             {"participatory_budget", "comments"}, parent=("Budget Kartié 2025", bk)),
        page(bk + "/propositions/kiosque-piton-calvaire", "Un kiosque ombragé au Piton-Calvaire", m.p(
            "Un kiosque avec tables pour pique-niquer à l'ombre près du terrain de boules.")
             + '<div class="proposal-actions"><button class="btn btn-success">Soutenir</button> <span>23 soutiens</span></div>'
               '<section class="comments"><h2>Commentaires (0)</h2><form method="post" class="comment-form"><label for="commentaire2">Votre commentaire</label>'
               '<textarea id="commentaire2" name="commentaire[contenu]" rows="3" class="form-control"></textarea>'
               '<button type="submit" class="btn btn-secondary">Commenter</button></form></section>',
             {"participatory_budget", "comments"}, parent=("Budget Kartié 2025", bk)),
        page("/dialogues/sondage-marche-forain", "Le marché forain du samedi", m.p(
            "Le marché forain pourrait déménager sur le parking de la mairie annexe. Qu'en pensez-vous ?")
             + '<form method="post" class="form-sondage"><fieldset><legend>Où doit se tenir le marché forain ?</legend>'
               '<div class="custom-control custom-radio"><input type="radio" id="s1" name="sondage[reponse]" value="1" class="custom-control-input">'
               '<label class="custom-control-label" for="s1">Rester rue du Général-de-Gaulle</label></div>'
               '<div class="custom-control custom-radio"><input type="radio" id="s2" name="sondage[reponse]" value="2" class="custom-control-input">'
               '<label class="custom-control-label" for="s2">Parking de la mairie annexe</label></div>'
               '<div class="custom-control custom-radio"><input type="radio" id="s3" name="sondage[reponse]" value="3" class="custom-control-input">'
               '<label class="custom-control-label" for="s3">Sans avis</label></div></fieldset>'
               '<button type="submit" class="btn btn-primary">Voter</button></form><p class="small">Sondage ouvert jusqu\'au 31 mai · 412 votants</p>',
             {"poll"}),
        # ideas are published on the platform for all to see: a call for ideas, not a message to the city
        page("/dialogues/boite-a-idees", "Boîte à idées", m.p(
            "Une idée pour votre quartier ou pour la commune ? Partagez-la ici : les services y répondent chaque mois.")
             + '<form method="post" class="form-proposition"><label for="idee_titre">Votre idée en une phrase</label>'
               '<input type="text" id="idee_titre" name="idee[titre]" class="form-control"><label for="idee_texte">Détaillez</label>'
               '<textarea id="idee_texte" name="idee[texte]" rows="6" class="form-control"></textarea>'
               '<button type="submit" class="btn btn-primary">Proposer</button></form>', {"suggestion_call"}),
    ]
    idcity = Site(RAVINE_IDCITY, "coteaux_idcity", "Kozé Ansanm", ipages,
                  menu=[("Dialogues", "/"), ("Budget Kartié", bk), ("Boîte à idées", "/dialogues/boite-a-idees"),
                        ("Site de la commune", f"http://{RAVINE}/")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"id_city"}))
    forum = "/index.php/forum"
    topics = [(forum + "/cadre-de-vie/118-chemin-des-goyaviers-inonde", "Chemin des Goyaviers inondé à chaque pluie", "Jean-Marc", 6, 241, "hier"),
              (forum + "/cadre-de-vie/121-bruit-du-kiosque", "Bruit au kiosque le vendredi soir", "Marie-Claude", 11, 388, "il y a 3 jours")]
    news = m.news_list([
        ("/index.php/actualites/142-travaux-radier-bras-long", "8 avril 2025", "Radier de Bras-Long : travaux en avril", "Circulation alternée."),
        ("/index.php/actualites/155-questionnaire-transport", "2 avril 2025", "Transport scolaire : votre avis", "Un questionnaire pour les familles."),
        ("/index.php/actualites/150-bilan-cyclone", "20 mars 2025", "Après le cyclone : le point sur les aides", "Permanences du CCAS."),
    ], cls="blog-items")
    pages = [
        page("/", "Accueil", m.tarteaucitron() + m.p("Commune de 24 700 habitants des hauts de l'ouest de La Réunion.")
             + m.quick_links([("/index.php/contact", "Contact"), ("/index.php/koze-ansanm", "Kozé Ansanm"),
                              (idc + "/", "Plateforme participative"), (forum, "Forum des habitants"), ("/index.php/newsletter", "Lettre d'info"),
                              ("/index.php/emploi", "Emploi"), ("/index.php/concours-photo-2025", "Concours photo")])
             + news + m.agenda([("/index.php/agenda/forum-des-associations", "13", "sept.", "Forum des associations", "Gymnase de Bellepierre"),
                                ("/index.php/enquete-publique-ppr", "5", "mai", "Enquête publique PPR", "Mairie")])
             + m.p(m.a("/index.php/mairie/conseil-municipal", "Conseil municipal") + " · " + m.a("/index.php/mairie/budget-primitif-2025", "Budget 2025"))),
        page("/index.php/mairie/conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal se réunit en séance publique à l'hôtel de ville. Prochaine séance : jeudi 24 avril à 17 h. "
            "Ordre du jour : attribution des subventions, tarifs de l'eau, avenant au marché de restauration scolaire.",
            "Les séances sont retransmises en direct sur la page Facebook de la commune."), decoys={"participation_displayed"}),
        page("/index.php/mairie/budget-primitif-2025", "Budget primitif 2025", m.p(
            "Le budget primitif 2025 (41,7 M€) a été voté le 27 mars. L'octroi de mer et la dotation globale de fonctionnement "
            "représentent la moitié des recettes de fonctionnement."), decoys={"participatory_budget"}),
        page("/index.php/koze-ansanm", "Kozé Ansanm : la démocratie de proximité", m.p(
            "Kozé Ansanm — « parler ensemble » — rassemble les outils de participation de la commune : sept comités de quartier, "
            "des réunions publiques dans les écarts, le Budget Kartié et la plateforme participative en ligne.",
            "Les comités de quartier sont composés d'habitants bénévoles ; ils rencontrent les élus de secteur chaque trimestre.")
             + m.ul(m.a("/index.php/koze-ansanm/comites-de-quartier", "Les comités de quartier"),
                    m.a("/index.php/koze-ansanm/budget-kartie", "Le Budget Kartié"), m.a(idc + "/", "La plateforme Kozé Ansanm")),
             {"participation_displayed"}),
        page("/index.php/koze-ansanm/comites-de-quartier", "Les comités de quartier", m.p(
            "Ravine-Sèche, Bellepierre, Bras-Long, Piton-Calvaire, Les Hauts, La Source, Le Bois-de-Nèfles : chaque comité "
            "de quartier se réunit dans sa case de quartier. Tout habitant peut y participer.",
            "Les comités relaient les demandes des habitants, donnent leur avis sur les travaux et animent la vie du quartier."),
             {"participation_displayed"}, parent=("Kozé Ansanm", "/index.php/koze-ansanm")),
        page("/index.php/koze-ansanm/budget-kartie", "Le Budget Kartié", m.p(
            "Avec le Budget Kartié, les habitants proposent et choisissent des projets pour leur quartier : 250 000 € en 2025.",
            "Déposez vos idées jusqu'au 15 mai sur " + m.a(idc + bk, "la plateforme Kozé Ansanm") + " ou dans l'urne de votre case de quartier."),
             {"participatory_budget"}, parent=("Kozé Ansanm", "/index.php/koze-ansanm")),
        page(forum, "Forum des habitants", m.kunena_index([
            (forum + "/cadre-de-vie", "Cadre de vie", "Routes, radiers, propreté, éclairage.", 42, 318, "Chemin des Goyaviers inondé…"),
            (forum + "/entraide", "Entraide", "Covoiturage, coups de main entre voisins.", 17, 96, "Cherche covoiturage vers Saint-Paul")])
             + m.p(m.a(forum + "/reglement", "Règlement du forum")), {"forum"}),
        page(forum + "/cadre-de-vie", "Cadre de vie", m.kunena_topics("Cadre de vie", topics, forum + "/cadre-de-vie/create"), {"forum"},
             parent=("Forum", forum)),
        page(forum + "/entraide", "Entraide", m.kunena_topics("Entraide", [
            (forum + "/entraide/130-covoiturage-saint-paul", "Cherche covoiturage vers Saint-Paul", "Kévin", 3, 77, "avant-hier")],
            forum + "/entraide/create"), {"forum"}, parent=("Forum", forum)),
        page(forum + "/cadre-de-vie/create", "Nouveau sujet", '<div id="kunena" class="layout"><form action="/index.php/forum" method="post" '
             'id="postform" class="form-horizontal"><label for="subject">Sujet</label><input type="text" id="subject" name="subject" class="form-control">'
             '<label for="editor">Message</label><textarea id="editor" name="message" rows="10" class="form-control"></textarea>'
             '<input type="hidden" name="catid" value="3"><button type="submit" class="btn btn-success">Envoyer</button></form></div>', {"forum"}),
        page(forum + "/entraide/create", "Nouveau sujet", '<div id="kunena" class="layout"><form action="/index.php/forum" method="post" '
             'id="postform"><label for="subject2">Sujet</label><input type="text" id="subject2" name="subject"><label for="editor2">Message</label>'
             '<textarea id="editor2" name="message" rows="10"></textarea><input type="hidden" name="catid" value="4">'
             '<button type="submit" class="btn btn-success">Envoyer</button></form></div>', {"forum"}),
        page(topics[0][0], topics[0][1], m.kunena_topic(topics[0][1], [
            ("Jean-Marc", "02 avr. 2025 07:14", "À chaque grosse pluie le chemin est coupé, les enfants ne peuvent plus aller à l'école à pied."),
            ("Service voirie", "03 avr. 2025 10:02", "Un curage du fossé est programmé la semaine prochaine."),
            ("Nadia", "05 avr. 2025 18:45", "Merci, c'est fait, ça coule beaucoup mieux.")], forum + "/cadre-de-vie"), {"forum"}),
        page(topics[1][0], topics[1][1], m.kunena_topic(topics[1][1], [
            ("Marie-Claude", "28 mars 2025 22:30", "La sono du kiosque tourne jusqu'à minuit le vendredi."),
            ("Teddy", "29 mars 2025 09:12", "C'est la seule animation du quartier, il faut trouver un compromis.")], forum + "/cadre-de-vie"), {"forum"}),
        page(forum + "/entraide/130-covoiturage-saint-paul", "Cherche covoiturage vers Saint-Paul", m.kunena_topic(
            "Cherche covoiturage vers Saint-Paul", [("Kévin", "06 avr. 2025 06:10", "Je travaille à Saint-Paul de 8 h à 16 h, je participe à l'essence.")],
            forum + "/entraide"), {"forum"}),
        page(forum + "/reglement", "Règlement du forum", m.p(
            "Le forum est modéré par le service communication. Sont interdits : propos injurieux, publicité, messages politiques "
            "en période électorale. Les messages sont publiés après validation."), decoys={"forum"}),
        page("/index.php/actualites", "Actualités", news),
        page("/index.php/actualites/142-travaux-radier-bras-long", "Radier de Bras-Long : travaux en avril", m.p(
            "Du 14 au 30 avril, le radier de Bras-Long est rehaussé. Circulation alternée de 8 h à 16 h ; itinéraire conseillé "
            "par le chemin Lebon.") + m.jcomments(142, [(3011, "Rose-May", "09.04.2025 08:22", "Pensez aux bus scolaires à 6 h 45 !"),
                                                        (3013, "Mairie", "09.04.2025 11:40", "Le chantier ne commence qu'à 8 h.")]),
             {"comments"}),
        page("/index.php/actualites/150-bilan-cyclone", "Après le cyclone : le point sur les aides", m.p(
            "Les permanences du CCAS pour les aides d'urgence se poursuivent dans les cases de quartier jusqu'au 30 avril.")),
        page("/index.php/actualites/155-questionnaire-transport", "Transport scolaire : votre avis", m.p(
            "Les horaires du transport scolaire changent à la rentrée. Parents et lycéens, répondez au questionnaire avant le 10 mai :")
             + m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__s7Ub2pURFhaWk5CWU8wRlBCNlNNTTBKQ0ZQTS4u"), {"poll"}),
        page("/index.php/contact", "Contact", m.p("Hôtel de ville, 12 rue de la Mairie, 97419 Ravine-Sèche-Bellepierre. Tél. 0262 45 00 00.")
             + m.joomla_contact("/index.php/contact"), {"contact_form"}),
        page("/index.php/agenda/forum-des-associations", "Forum des associations", m.p(
            "Le 13 septembre au gymnase de Bellepierre : sport, maloya, danse, soutien scolaire. Plus de 80 associations."),
             decoys={"forum"}),
        page("/index.php/enquete-publique-ppr", "Enquête publique : plan de prévention des risques", m.p(
            "Le plan de prévention des risques naturels (inondation, mouvements de terrain) est soumis à enquête publique du "
            "5 mai au 6 juin. Le commissaire enquêteur reçoit le public en mairie."), decoys={"poll"}),
        page("/index.php/emploi", "Emploi", m.p(
            "Appel à candidatures : contrats aidés (PEC) pour l'entretien des espaces verts et l'accompagnement scolaire. "
            "Dossiers au service des ressources humaines."), decoys={"suggestion_call"}),
        page("/index.php/concours-photo-2025", "Concours photo « Mon kartié »", m.p(
            "Photographiez votre quartier ! Concours ouvert aux amateurs, trois catégories, envoi des photos jusqu'au 30 juin. "
            "Les lauréats seront exposés à la médiathèque."), decoys={"suggestion_call"}),
        page("/index.php/newsletter", "Lettre d'information", m.p("Inscrivez-vous pour recevoir les alertes et l'actualité.") + m.acymailing(),
             decoys={"contact_form"}),
    ]
    www = Site(RAVINE, "joomla", "Ravine-Sèche-Bellepierre", pages,
               menu=[("Accueil", "/"), ("Mairie", "/index.php/mairie/conseil-municipal"), ("Kozé Ansanm", "/index.php/koze-ansanm"),
                     ("Forum", forum), ("Actualités", "/index.php/actualites"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "villeravinesechebellepierre"), social("youtube", "RavineSecheBellepierre"),
                         social("instagram", "ravineseche_bellepierre"), social("tiktok", "ravinesechebellepierre")],
               address="Hôtel de ville, 12 rue de la Mairie, 97419 Ravine-Sèche-Bellepierre")
    return City("99505", "Ravine-Sèche-Bellepierre", 24700, "974", "04", "La Réunion", f"http://{RAVINE}/", [www, idcity])


# ===============================================================================================================
# 99506 Verzeuil-Sainte-Bathilde (Marne): TYPO3 and a neighbours' network the commune runs
# ===============================================================================================================

VERZEUIL = "www.verzeuil-sainte-bathilde.fr"
VERZEUIL_VOISINS = "voisins.verzeuil-sainte-bathilde.fr"


def verzeuil_sainte_bathilde() -> City:
    net = f"http://{VERZEUIL_VOISINS}"
    npages = [
        page("/", "Verzeuil entre voisins", m.p(
            "Le réseau des habitants de Verzeuil-Sainte-Bathilde : prêtez, donnez, entraidez-vous, partagez les nouvelles de votre rue.")
             + m.neighbour_publish() + m.neighbour_posts([
                 ("Agnès", "Rue des Crayères", "il y a 2 h", "Prêt", "Je prête une remorque pour le week-end, il suffit de demander.", 3),
                 ("Thierry", "Sainte-Bathilde", "hier", "Entraide", "Quelqu'un pour arroser mes tomates du 10 au 20 juillet ?", 5),
                 ("Mairie", "Tout le village", "hier", "Vie du village", "Rappel : la rue du Moulin est fermée jeudi pour l'élagage.", 0)])
             + m.ul(m.a("/groupes/quartier-des-crayeres", "Groupe : quartier des Crayères"), m.a("/annonces", "Annonces"),
                    m.a("/evenements", "Événements"), m.a("/a-propos", "À propos"))),
        # a group of the neighbours' network: posts and replies between neighbours, the network itself rather than a forum
        page("/groupes/quartier-des-crayeres", "Groupe : quartier des Crayères", m.neighbour_publish() + m.neighbour_posts([
            ("Béatrice", "Allée des Pressoirs", "lundi", "Vie du quartier", "Fête des voisins le 30 mai dans l'allée, chacun apporte un plat !", 8),
            ("Romain", "Rue des Crayères", "samedi", "Objets perdus", "Trouvé un trousseau de clés près de l'arrêt de bus.", 2)])),
        page("/annonces", "Annonces entre voisins", m.neighbour_posts([
            ("Claire", "Grande-Rue", "mardi", "Don", "Je donne des plants de fraisiers.", 4),
            ("Jean-Pierre", "Sainte-Bathilde", "dimanche", "Prêt", "Prête perceuse et échelle.", 1)])),
        page("/evenements", "Événements du village", m.neighbour_posts([
            ("Comité des fêtes", "Salle polyvalente", "12 avril", "Événement", "Brocante le 1er mai : inscriptions ouvertes.", 6)])),
        page("/a-propos", "À propos du réseau", m.p(
            "Verzeuil entre voisins est un réseau social de proximité mis en place par la commune en 2024, réservé aux "
            "habitants. Il est modéré par deux agents de la mairie. Vos données ne sont ni revendues ni utilisées à des fins commerciales.")),
    ]
    network = Site(VERZEUIL_VOISINS, "community", "Verzeuil entre voisins", npages,
                   menu=[("Fil du village", "/"), ("Annonces", "/annonces"), ("Événements", "/evenements"), ("À propos", "/a-propos")],
                   features=frozenset({"territorial_social_network"}))
    news = m.news_list([
        ("/actualites/vendanges-2025-circulation", "18 août 2025", "Vendanges : circulation et stationnement",
         "Les rues du coteau réservées aux engins agricoles."),
        ("/actualites/fete-du-champagne", "2 juillet 2025", "Fête du champagne : le programme", "Défilé, dégustation, bal."),
        ("/vivre/questionnaire-salle-polyvalente", "20 juin 2025", "Salle polyvalente : votre avis", "Un questionnaire en ligne."),
    ], cls="news-list")
    pages = [
        page("/", "Accueil", m.p("Verzeuil-Sainte-Bathilde, 3 100 habitants, village viticole de la Montagne de Reims.")
             + m.quick_links([("/contact", "Contacter la mairie"), ("/vos-idees", "Vos idées"), ("/vivre/entre-voisins", "Entre voisins"),
                              (net + "/", "Le réseau des voisins"), ("/demarches/reservation-salle", "Réserver une salle"),
                              ("/vivre/comite-consultatif", "Comité consultatif")]) + news
             + m.agenda([("/associations/forum-des-associations", "6", "sept.", "Forum des associations", "Salle polyvalente"),
                         ("/mairie/seances-du-conseil", "16", "sept.", "Conseil municipal", "Mairie")])
             + m.p(m.a("/mairie/budget", "Budget") + " · " + m.a("/vivre/questionnaire-jeunesse", "Questionnaire jeunesse") + " · "
                   + m.a("/vivre/enquete-insee-cadre-de-vie", "Enquête Insee") + " · " + m.a("/vivre/application-mobile", "Application mobile")
                   + " · " + m.a("/actualites", "Actualités"))),
        page("/mairie/seances-du-conseil", "Séances du conseil municipal", m.p(
            "Le conseil municipal se réunit le mardi à 20 h. Prochaines séances : 16 septembre, 21 octobre, 9 décembre.",
            "Les délibérations sont affichées en mairie et publiées ci-dessous sous huit jours.")
             + m.downloads(("/fileadmin/deliberations/2025-06-17.pdf", "Délibérations du 17 juin 2025", "310 Ko")),
             decoys={"participation_displayed"}),
        page("/mairie/budget", "Budget communal", m.p(
            "Budget primitif 2025 : 2,9 M€ en fonctionnement, 1,1 M€ en investissement (voirie du coteau, école, éclairage LED).",
            "Le compte administratif 2024 a été approuvé à l'unanimité le 17 juin."), decoys={"participatory_budget"}),
        page("/vivre/entre-voisins", "Verzeuil entre voisins : le réseau social du village", m.p(
            "Depuis 2024, la commune met à disposition de tous les habitants un réseau social de proximité : Verzeuil entre voisins. "
            "Prêter une tondeuse, proposer un covoiturage vers Reims, signaler un chat perdu, organiser la fête de la rue…",
            "Inscription gratuite, réservée aux habitants (adresse vérifiée). " + m.a(net + "/", "Rejoindre Verzeuil entre voisins") + "."),
             {"territorial_social_network"}),
        page("/vivre/comite-consultatif", "Le comité consultatif des habitants", m.p(
            "Créé en 2021, le comité consultatif des habitants réunit douze habitants volontaires et quatre élus. Il est "
            "consulté avant chaque projet d'aménagement et peut proposer des sujets au conseil municipal.",
            "Ses avis sont publiés ; il organise chaque année une réunion publique de bilan.")
             + m.downloads(("/fileadmin/comite/avis-2025-01-traversee.pdf", "Avis sur la traversée du village", "95 Ko")),
             {"participation_displayed"}),
        page("/vivre/questionnaire-salle-polyvalente", "Salle polyvalente : votre avis", m.p(
            "La salle polyvalente sera rénovée en 2026. Quels usages faut-il privilégier ? Répondez au questionnaire (3 minutes) :")
             + m.tally("wkJ8eA"), {"poll"}),
        page("/vivre/questionnaire-jeunesse", "Questionnaire : les 11-17 ans", m.typo3_form_questionnaire(
            "questionnaireJeunesse-88", "/vivre/questionnaire-jeunesse",
            [("Quel âge as-tu ?", ["11-13 ans", "14-15 ans", "16-17 ans"]),
             ("Que manque-t-il au village pour les jeunes ?", ["Un local", "Un skate-park", "Des sorties", "Rien"])],
            "Tes idées pour le village"), {"poll"}),
        page("/actualites", "Actualités", news),
        page("/actualites/vendanges-2025-circulation", "Vendanges : circulation et stationnement", m.p(
            "Du 25 août au 20 septembre, la rue des Pressoirs et le chemin du Coteau sont réservés aux engins agricoles de 7 h à 19 h.")
             + m.remark42("https://remark42.mairies-en-ligne.net", "verzeuil",
                          f"http://{VERZEUIL}/actualites/vendanges-2025-circulation"), {"comments"}),
        page("/actualites/fete-du-champagne", "Fête du champagne : le programme", m.p(
            "Samedi 26 juillet : défilé des confréries, dégustation chez les vignerons, bal populaire sur la place.")),
        page("/contact", "Contact", m.p("Mairie, 1 place de l'Église. Ouverte lundi, mercredi, vendredi de 9 h à 12 h.")
             + m.powermail(3, "/contact", [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("text", "objet", "Objet"),
                                           ("textarea", "message", "Message")]), {"contact_form"}, decoys={"suggestion_call"}),
        # a suggestion form: the call for ideas, written to the city in free text
        page("/vos-idees", "Vos suggestions pour le village", m.p(
            "Vous avez une suggestion pour améliorer la vie du village ? Écrivez-nous : le comité consultatif étudie toutes les "
            "propositions et publie ses réponses chaque trimestre.")
             + m.powermail(5, "/vos-idees", [("text", "nom", "Nom"), ("email", "email", "E-mail"),
                                             ("radio:Cadre de vie|Jeunesse|Animations|Autre", "theme", "Thème"),
                                             ("textarea", "suggestion", "Votre suggestion")], submit="Envoyer ma suggestion"),
             {"suggestion_call", "contact_form"}),
        page("/associations/forum-des-associations", "Forum des associations", m.p(
            "Samedi 6 septembre, salle polyvalente, de 10 h à 17 h : inscriptions aux activités de la saison."), decoys={"forum"}),
        page("/demarches/reservation-salle", "Réserver une salle", m.p("Demande de réservation de la salle polyvalente ou de la salle des associations.")
             + m.powermail(7, "/demarches/reservation-salle", [("text", "nom", "Nom"), ("text", "date", "Date"),
                                                               ("radio:Salle polyvalente|Salle des associations", "salle", "Salle")],
                           submit="Envoyer la demande"), decoys={"contact_form"}),
        page("/vivre/enquete-insee-cadre-de-vie", "Enquête Insee « cadre de vie et sécurité »", m.p(
            "L'Insee mène jusqu'au 30 avril une enquête statistique sur le cadre de vie et la sécurité. Quelques foyers de la "
            "commune seront sollicités par un enquêteur."), decoys={"poll"}),
        # a one-way alert app is no network of residents
        page("/vivre/application-mobile", "L'application mobile de la commune", m.p(
            "Téléchargez l'application PanneauPocket pour recevoir sur votre téléphone les alertes et informations de la "
            "mairie : coupures d'eau, travaux, arrêtés. Gratuite et sans inscription."), decoys={"territorial_social_network"}),
    ]
    www = Site(VERZEUIL, "typo3", "Verzeuil-Sainte-Bathilde", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie/seances-du-conseil"), ("Vivre à Verzeuil", "/vivre/entre-voisins"),
                     ("Actualités", "/actualites"), ("Contact", "/contact")],
               accounts=[social("facebook", "verzeuilsaintebathilde"), social("mastodon", "verzeuil@piaille.fr"),
                         social("bluesky", "verzeuil-sainte-bathilde.fr")],
               address="Mairie, 1 place de l'Église, 51380 Verzeuil-Sainte-Bathilde")
    return City("99506", "Verzeuil-Sainte-Bathilde", 3100, "51", "44", "Grand Est", f"http://{VERZEUIL}/", [www, network])


# ===============================================================================================================
# 99507 Chanteloup-Villebarou (Loir-et-Cher): a vendor CMS, CONSUL Democracy and a neighbours' network it endorses
# ===============================================================================================================

CHANTELOUP = "www.chanteloup-villebarou.fr"
CHANTELOUP_CONSUL = "decidez.chanteloup-villebarou.fr"
CHANTELOUP_VOISINS = "chanteloup-villebarou.voisinage-ensemble.fr"


def chanteloup_villebarou() -> City:
    consul, net = f"http://{CHANTELOUP_CONSUL}", f"http://{CHANTELOUP_VOISINS}"
    cpages = [
        page("/", "Décidez à Chanteloup-Villebarou", m.p(
            "Débattez, proposez, votez : l'espace de participation en ligne de la ville.")
             + m.ul(m.a("/debates", "Débats"), m.a("/proposals", "Propositions citoyennes"), m.a("/budgets/3", "Budget des quartiers 2025"),
                    m.a("/polls", "Votations"))),
        # CONSUL's debates: residents open threads and answer each other, a discussion board
        page("/debates", "Débats", '<a class="button expanded" href="/debates/new">Ouvrir un débat</a>' + "".join(
            f'<div class="debate"><div class="panel"><h3><a href="{href}">{t}</a></h3><p class="debate-info">{n} commentaires · {d}</p></div></div>'
            for href, t, n, d in (("/debates/14", "Quelle place pour la voiture en centre-ville ?", 3, "4 avril 2025"),
                                  ("/debates/15", "Les terrasses doivent-elles fermer à 23 h ?", 1, "6 avril 2025"))), {"forum"}),
        page("/debates/new", "Ouvrir un débat", '<form class="new_debate" id="new_debate" action="/debates" method="post">'
             '<label for="debate_title">Titre du débat</label><input type="text" name="debate[title]" id="debate_title" maxlength="80">'
             '<label for="debate_description">Texte initial du débat</label><textarea name="debate[description]" id="debate_description" rows="10"></textarea>'
             '<input type="submit" name="commit" value="Ouvrir le débat" class="button"></form>', {"forum"}),
        page("/debates/14", "Quelle place pour la voiture en centre-ville ?", m.p(
            "La rue Denis-Papin pourrait devenir piétonne le samedi. Qu'en pensez-vous ?")
             + m.consul_comments(("Debate", 14), [(801, "Gaëlle", "04/04/2025", "Oui, mais avec un parking relais gratuit."),
                                                  (804, "Commerçant rue Papin", "05/04/2025", "Nos clients viennent en voiture, attention."),
                                                  (809, "Louis R.", "06/04/2025", "Essayons d'abord un samedi par mois.")]),
             {"forum", "comments"}),
        page("/debates/15", "Les terrasses doivent-elles fermer à 23 h ?", m.p("Un débat ouvert par le conseil citoyen du centre.")
             + m.consul_comments(("Debate", 15), [(812, "Mathis", "06/04/2025", "Minuit le week-end, 23 h en semaine.")]),
             {"forum", "comments"}),
        page("/proposals", "Propositions citoyennes", m.p(
            "Faites une proposition pour la ville. Si elle recueille le soutien de 2 % des habitants de plus de 16 ans, elle "
            "est soumise au vote de tous.") + '<a class="button expanded" href="/proposals/new">Créer une proposition</a>'
             + "".join(f'<div class="proposal clear"><h3><a href="{href}">{t}</a></h3><p>{s} soutiens · {c} commentaires</p></div>'
                       for href, t, s, c in (("/proposals/31", "Des toilettes publiques au parc des Mées", 214, 2),
                                             ("/proposals/33", "Une boîte à livres dans chaque quartier", 96, 1))),
             {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", '<form class="new_proposal" id="new_proposal" action="/proposals" method="post">'
             '<label for="proposal_title">Titre de la proposition</label><input type="text" name="proposal[title]" id="proposal_title">'
             '<label for="proposal_summary">Résumé</label><textarea name="proposal[summary]" id="proposal_summary" rows="4"></textarea>'
             '<label for="proposal_description">Texte de la proposition</label><textarea name="proposal[description]" id="proposal_description" rows="10"></textarea>'
             '<input type="submit" name="commit" value="Créer la proposition" class="button"></form>', {"suggestion_call"}),
        # one resident's proposal, with its comments: not itself a call for ideas
        page("/proposals/31", "Des toilettes publiques au parc des Mées", m.p(
            "Le parc des Mées accueille des familles toute la journée sans toilettes. Je propose l'installation de toilettes sèches.")
             + '<div class="supports"><div class="progress"><span class="meter" style="width: 22%"></span></div>'
               '<p>214 soutiens / 960 nécessaires</p><a class="button button-support" href="/users/sign_in">Soutenir</a></div>'
             + m.consul_comments(("Proposal", 31), [(820, "Inès", "08/03/2025", "Indispensable pour les enfants."),
                                                    (823, "Patrick", "09/03/2025", "Et qui les entretient ?")]),
             {"comments"}),
        page("/proposals/33", "Une boîte à livres dans chaque quartier", m.p("Des boîtes à livres gérées par les conseils citoyens.")
             + '<div class="supports"><p>96 soutiens / 960 nécessaires</p><a class="button button-support" href="/users/sign_in">Soutenir</a></div>'
             + m.consul_comments(("Proposal", 33), [(830, "Océane", "12/03/2025", "On en a une à Villebarou, elle marche très bien.")]),
             {"comments"}),
        page("/budgets/3", "Budget des quartiers 2025", m.p(
            "300 000 € pour des projets proposés par les habitants. Phase actuelle : propositions de projets (jusqu'au 15 mai), "
            "puis soutiens, analyse technique et vote final en octobre.")
             + m.ul(m.a("/budgets/3/investments", "Voir les projets"), m.a("/budgets/3/investments/new", "Proposer un projet")),
             {"participatory_budget"}),
        page("/budgets/3/investments", "Projets du Budget des quartiers", "".join(
            f'<div class="budget-investment clear"><h3><a href="{href}">{t}</a></h3><p>{q} · {e}</p>'
            f'<a class="button button-support small" href="/users/sign_in">Soutenir</a></div>'
            for href, t, q, e in (("/budgets/3/investments/52", "Un jardin pédagogique à l'école des Grouets", "Les Grouets", "24 000 €"),))
             + m.p(m.a("/budgets/3/investments/new", "Proposer un projet")), {"participatory_budget"}),
        page("/budgets/3/investments/new", "Proposer un projet", '<form class="budget-investment-form" action="/budgets/3/investments" method="post">'
             '<label for="budget_investment_title">Titre du projet</label><input type="text" id="budget_investment_title" name="budget_investment[title]">'
             '<label for="budget_investment_description">Description</label><textarea id="budget_investment_description" name="budget_investment[description]" rows="8"></textarea>'
             '<label for="budget_investment_heading_id">Quartier</label><select id="budget_investment_heading_id" name="budget_investment[heading_id]">'
             '<option>Centre</option><option>Les Grouets</option><option>Villebarou</option><option>La Chaussée</option></select>'
             '<input type="submit" value="Créer le projet" class="button"></form>', {"participatory_budget", "suggestion_call"}),
        page("/budgets/3/investments/52", "Un jardin pédagogique à l'école des Grouets", m.p(
            "Des bacs potagers et un hôtel à insectes pour les 180 élèves de l'école.")
             + m.consul_comments(("Budget::Investment", 52), [(840, "Parents d'élèves", "14/04/2025", "Les enseignants sont partants !")]),
             {"participatory_budget", "comments"}),
        page("/polls", "Votations", m.p("Les votations en cours. Vous devez être vérifié comme habitant pour voter.")
             + m.ul(m.a("/polls/7", "Nom de la future médiathèque") + " — jusqu'au 30 avril"), {"poll"}),
        page("/polls/7", "Nom de la future médiathèque", m.p("Choisissez le nom de la médiathèque qui ouvrira en 2026.")
             + '<form class="poll-question-form" action="/polls/7/answer" method="post"><fieldset><legend>Quel nom pour la médiathèque ?</legend>'
             + "".join(f'<label><input type="radio" name="answer" value="{o}"> {o}</label>' for o in (
                 "Médiathèque Maurice-Genevoix", "Médiathèque de la Loire", "La Fabrique à lire"))
             + '</fieldset><input type="submit" class="button" value="Voter"></form>', {"poll"}),
    ]
    consul_site = Site(CHANTELOUP_CONSUL, "consul", "Décidez ! Chanteloup-Villebarou", cpages,
                       menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budget des quartiers", "/budgets/3"),
                             ("Votations", "/polls")],
                       features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    npages = [
        page("/", "Chanteloup-Villebarou — Voisinage Ensemble", m.p(
            "Le réseau d'entraide des habitants de Chanteloup-Villebarou, soutenu par la ville.") + m.neighbour_publish()
             + m.neighbour_posts([("Sandrine", "Les Grouets", "ce matin", "Entraide", "Qui pourrait garder mon chat une semaine en août ?", 4),
                                  ("Ahmed", "Centre", "hier", "Prêt", "Je prête un nettoyeur haute pression.", 2)])
             + m.ul(m.a("/quartiers/les-grouets", "Quartier des Grouets"), m.a("/quartiers/villebarou", "Quartier de Villebarou"))),
        page("/quartiers/les-grouets", "Quartier des Grouets", m.neighbour_posts([
            ("Lucienne", "Rue des Grouets", "lundi", "Vie du quartier", "Atelier réparation de vélos samedi au centre social.", 6)])),
        page("/quartiers/villebarou", "Quartier de Villebarou", m.neighbour_posts([
            ("Franck", "Route de Marolles", "dimanche", "Don", "Je donne des cartons de déménagement.", 1)])),
    ]
    network = Site(CHANTELOUP_VOISINS, "community", "Voisinage Ensemble — Chanteloup-Villebarou", npages,
                   menu=[("Fil", "/"), ("Les Grouets", "/quartiers/les-grouets"), ("Villebarou", "/quartiers/villebarou")],
                   features=frozenset({"territorial_social_network"}))
    news = m.news_list([
        ("/actualites/quartier-des-grouets-renovation", "10 avril 2025", "Les Grouets : le projet de rénovation présenté", "Réunion publique le 24 avril."),
        ("/actualites/petition-nationale-hopitaux", "2 avril 2025", "Hôpitaux de proximité : le conseil s'associe à l'appel", "Motion votée à l'unanimité."),
        ("/participer/resultats-votation-nom-du-pont", "15 mars 2025", "Le nouveau pont s'appellera « Pont des Mariniers »", "Résultats de la votation."),
    ], cls="news")
    pages = [
        page("/", "Ville de Chanteloup-Villebarou", m.tarteaucitron() + m.quick_links(
            [("/participer", "Chanteloup participe"), (consul + "/", "Décidez !"), ("/contact", "Nous contacter"),
             ("/contact/rendez-vous-etat-civil", "Prendre rendez-vous"), ("/emploi", "Offres d'emploi"), ("/newsletter", "Newsletter"),
             ("/participer/reseau-de-voisins", "Réseau de voisins"), ("/participer/questionnaire-proprete", "Questionnaire propreté")])
             + news + m.agenda([("/agenda/forum-sante", "14", "mai", "Forum santé", "Halle aux grains"),
                                ("/agenda/forum-des-associations", "7", "sept.", "Forum des associations", "Parc des expositions")])
             + m.p(m.a("/ville/budget-et-finances", "Budget et finances") + " · " + m.a("/ville/appel-a-manifestation-d-interet", "Appel à manifestation d'intérêt")
                   + " · " + m.a("/actualites", "Toutes les actualités"))),
        page("/participer", "Chanteloup participe", m.p(
            "Conseils citoyens de quartier, budget des quartiers, votations, débats en ligne : la ville de Chanteloup-Villebarou "
            "fait de la participation des habitants une méthode de travail, inscrite dans sa charte de la participation.",
            "Participez en ligne sur " + m.a(consul + "/", "Décidez !") + " ou lors des assemblées de quartier.")
             + m.ul(m.a("/participer/conseils-citoyens-de-quartier", "Les conseils citoyens de quartier"), m.a("/participer/charte", "La charte"),
                    m.a("/participer/budget-des-quartiers", "Le budget des quartiers"), m.a("/participer/reseau-de-voisins", "Le réseau de voisins")),
             {"participation_displayed"}),
        page("/participer/conseils-citoyens-de-quartier", "Les conseils citoyens de quartier", m.p(
            "Huit conseils citoyens de quartier, composés d'habitants tirés au sort et de volontaires, se réunissent tous les "
            "deux mois. Ils disposent d'un budget de fonctionnement et sont consultés sur tous les projets de leur quartier."),
             {"participation_displayed"}, parent=("Chanteloup participe", "/participer")),
        page("/participer/charte", "La charte de la participation", m.p(
            "La charte, adoptée en 2022, engage la ville : informer en amont, concerter avant de décider, rendre compte des avis "
            "recueillis. Elle est évaluée chaque année par un comité de suivi ouvert aux habitants."),
             {"participation_displayed"}, parent=("Chanteloup participe", "/participer")),
        page("/participer/budget-des-quartiers", "Le budget des quartiers", m.p(
            "300 000 € par an pour les projets des habitants. Proposez votre projet jusqu'au 15 mai sur "
            + m.a(consul + "/budgets/3", "Décidez !") + ", soutenez ceux des autres, puis votez en octobre."),
             {"participatory_budget"}, parent=("Chanteloup participe", "/participer")),
        page("/participer/reseau-de-voisins", "Voisinage Ensemble, le réseau des voisins", m.p(
            "La ville soutient Voisinage Ensemble, un réseau social de proximité gratuit pour s'entraider entre voisins : "
            "prêts d'objets, gardes d'animaux, covoiturage, informations de quartier.",
            m.a(net + "/", "Rejoindre le réseau de votre quartier") + "."), {"territorial_social_network"},
             parent=("Chanteloup participe", "/participer")),
        page("/participer/resultats-votation-nom-du-pont", "Votation : le nom du nouveau pont", m.p(
            "La votation est close. 4 312 habitants ont voté : « Pont des Mariniers » l'emporte avec 46 % des voix devant "
            "« Pont de la Loire » (31 %) et « Pont Jeanne-Barret » (23 %)."), decoys={"poll"},
             parent=("Chanteloup participe", "/participer")),
        page("/participer/questionnaire-proprete", "Questionnaire : la propreté de votre quartier", m.p(
            "Aidez-nous à mieux organiser le nettoiement : répondez à ce questionnaire de 12 questions d'ici le 31 mai.")
             + m.google_forms("1FAIpQLSe8Kd2xqL4mN0vPq7rT3uW5yZ6aB9cD1eF2gH3iJ4kL5mN6oP"), {"poll"},
             parent=("Chanteloup participe", "/participer")),
        # BP here is the budget primitif, the city's ordinary budget
        page("/ville/budget-et-finances", "Budget et finances", m.p(
            "Le BP 2025 (budget primitif) a été voté le 16 décembre : 96 M€, dont 24 M€ d'investissement. Le débat d'orientation "
            "budgétaire s'est tenu le 18 novembre.")
             + m.downloads(("/medias/finances/bp-2025.pdf", "BP 2025 — présentation", "3,2 Mo")), decoys={"participatory_budget"}),
        page("/ville/appel-a-manifestation-d-interet", "Appel à manifestation d'intérêt : cellules commerciales", m.p(
            "La ville lance un appel à manifestation d'intérêt pour l'occupation de trois cellules commerciales place Louis-XII. "
            "Les candidatures des porteurs de projet sont attendues avant le 30 mai."), decoys={"suggestion_call"}),
        page("/actualites", "Actualités", news),
        page("/actualites/quartier-des-grouets-renovation", "Les Grouets : le projet de rénovation présenté", m.p(
            "Le projet de renouvellement urbain des Grouets sera présenté en réunion publique le 24 avril au centre social.")
             + m.facebook_comments(f"http://{CHANTELOUP}/actualites/quartier-des-grouets-renovation"), {"comments"}),
        page("/actualites/petition-nationale-hopitaux", "Hôpitaux de proximité : le conseil s'associe à l'appel", m.p(
            "Le conseil municipal a voté une motion de soutien aux hôpitaux de proximité. Une pétition nationale circule : "
            '<a href="https://www.change.org/p/sauvons-nos-hopitaux-de-proximite">change.org</a>.'), decoys={"petition"}),
        page("/contact", "Nous contacter", m.rgaa_form("/contact", "Votre demande", [
            ("text", "nom", "Nom", ""), ("email", "courriel", "Courriel", "Exemple : prenom.nom@domaine.fr"),
            ("select:Accueil|État civil|Urbanisme|Voirie|Cabinet du maire", "service", "Service concerné", ""),
            ("textarea", "message", "Votre message", "")]), {"contact_form"}),
        page("/contact/rendez-vous-etat-civil", "Prendre rendez-vous : passeport et carte d'identité", m.rgaa_form(
            "/contact/rendez-vous-etat-civil", "Votre rendez-vous", [("text", "nom", "Nom", ""), ("date", "jour", "Jour souhaité", ""),
                                                                    ("select:Passeport|Carte d'identité", "titre", "Titre demandé", "")],
            submit="Réserver", cls="form-rdv"), decoys={"contact_form"}),
        page("/agenda/forum-sante", "Forum santé", m.p("Dépistages, prévention, associations de patients : le forum santé le 14 mai."),
             decoys={"forum"}),
        page("/agenda/forum-des-associations", "Forum des associations", m.p("250 associations au parc des expositions le 7 septembre."),
             decoys={"forum"}),
        page("/emploi", "Offres d'emploi", m.p("La ville recrute : policier municipal, auxiliaire de puériculture, technicien bâtiment. "
                                               "Candidatures en ligne avant la date indiquée sur chaque offre."), decoys={"suggestion_call"}),
        page("/newsletter", "Newsletter", m.rgaa_form("/newsletter", "Recevoir la newsletter", [("email", "email", "Courriel", "")],
                                                      submit="S'inscrire", cls="form-newsletter"), decoys={"contact_form"}),
    ]
    www = Site(CHANTELOUP, "vendor", "Ville de Chanteloup-Villebarou", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Actualités", "/actualites"), ("Décidez !", consul + "/"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "ChanteloupVillebarou"), social("instagram", "chanteloupvillebarou"),
                         social("x", "ChanteloupVB", "https://x.com/ChanteloupVB"), social("youtube", "VilleChanteloupVillebarou"),
                         social("linkedin", "ville-de-chanteloup-villebarou"), social("tiktok", "chanteloupvillebarou")],
               address="Hôtel de ville, 2 place Saint-Louis, 41260 Chanteloup-Villebarou")
    return City("99507", "Chanteloup-Villebarou", 71400, "41", "24", "Centre-Val de Loire", f"http://{CHANTELOUP}/",
                [www, consul_site, network])


# ===============================================================================================================
# 99508 Gradignac-les-Palus (Gironde): WordPress, a Discourse board, a LimeSurvey server and the city's own
# participation space drawn by a script ("La Fabrique des Palus", an empty shell filled from a JSON API)
# ===============================================================================================================

GRADIGNAC = "www.gradignac-les-palus.fr"
GRADIGNAC_FORUM = "forum.gradignac-les-palus.fr"
GRADIGNAC_ENQUETES = "enquetes.gradignac-les-palus.fr"
FABRIQUE = "participer.gradignac-les-palus.fr"
FABRIQUE_BUNDLE = "/assets/index-B7c4e1Qa.js"
FABRIQUE_API = "/api/v2/contenus"

_PETITION_SIGN = (
    '<form class="fp-petition__sign" method="post" action="/api/v2/petitions/{id}/signatures"><h3>Signer la pétition</h3>'
    '<label for="fp-nom">Nom et prénom</label><input id="fp-nom" name="nom" required><label for="fp-mail">Courriel</label>'
    '<input id="fp-mail" name="courriel" type="email" required><label><input type="checkbox" name="habitant" required> '
    'J\'habite Gradignac-les-Palus et j\'ai plus de 16 ans</label><button type="submit">Je signe</button></form>')

# route -> (title, lead, block the application inserts, features)
FABRIQUE_PAGES = {
    "/": ("La Fabrique des Palus", "La plateforme de participation de Gradignac-les-Palus : idées, budget participatif, pétitions, questionnaires.",
          '<nav class="fp-tiles"><a class="fp-tile" href="/idees">Proposer une idée</a><a class="fp-tile" href="/budget-des-palus">'
          'Budget des Palus</a><a class="fp-tile" href="/petitions">Pétitions</a><a class="fp-tile" href="/questionnaires/mobilites">'
          'Questionnaire mobilités</a></nav><section class="fp-demarche"><h2>La participation à Gradignac-les-Palus</h2><p>Conseils de '
          'quartier, ateliers de concertation et plateforme en ligne : la ville associe les habitants à ses projets, et rend compte '
          'des avis recueillis.</p></section>', {"participation_displayed"}),
    "/idees": ("Vos idées pour la ville", "Une idée pour votre quartier ? Proposez-la : chaque mois, les élus répondent aux idées les plus soutenues.",
               '<form class="fp-idea" method="post" action="/api/v2/idees"><label for="fp-titre">Votre idée</label><input id="fp-titre" '
               'name="titre" required><label for="fp-desc">Décrivez-la</label><textarea id="fp-desc" name="description" rows="6"></textarea>'
               '<label for="fp-quartier">Quartier</label><select id="fp-quartier" name="quartier"><option>Centre</option><option>Les Palus</option>'
               '<option>Malartic</option><option>Le Bourg</option></select><button type="submit">Publier mon idée</button></form>'
               '<ul class="fp-list"><li>Un marché bio le mercredi soir — 64 soutiens</li><li>Des fontaines à eau dans les parcs — 41 soutiens</li></ul>',
               {"suggestion_call"}),
    "/budget-des-palus": ("Budget des Palus 2025", "200 000 € pour les projets des habitants : dépôt jusqu'au 30 avril, vote en juin.",
                          '<ol class="fp-steps"><li class="is-current">Dépôt des projets</li><li>Analyse</li><li>Vote</li><li>Réalisation</li></ol>'
                          '<form class="fp-project" method="post" action="/api/v2/budget/projets"><label for="fp-ptitre">Titre du projet</label>'
                          '<input id="fp-ptitre" name="titre" required><label for="fp-pdesc">Description</label><textarea id="fp-pdesc" '
                          'name="description" rows="6"></textarea><label for="fp-pcout">Coût estimé (€)</label><input id="fp-pcout" '
                          'name="cout" type="number"><button type="submit">Déposer mon projet</button></form>',
                          {"participatory_budget", "suggestion_call"}),
    "/petitions": ("Pétitions citoyennes", "Une pétition signée par 500 habitants est inscrite à l'ordre du jour du conseil municipal.",
                   '<article class="fp-petition"><h2>Pour un passage piéton devant le collège des Palus</h2><p class="fp-petition__count">'
                   '<strong>356</strong> signatures sur 500</p>' + _PETITION_SIGN.format(id=12) + '</article>'
                   '<p><a href="/petitions/nouvelle">Lancer une pétition</a></p>', {"petition"}),
    "/petitions/nouvelle": ("Lancer une pétition", "Votre pétition sera publiée après vérification de sa recevabilité (compétence de la commune).",
                            '<form class="fp-petition-new" method="post" action="/api/v2/petitions"><label for="fp-ptt">Titre</label>'
                            '<input id="fp-ptt" name="titre" required><label for="fp-ptx">Votre demande</label><textarea id="fp-ptx" '
                            'name="texte" rows="8"></textarea><button type="submit">Déposer la pétition</button></form>', {"petition"}),
    "/questionnaires/mobilites": ("Questionnaire : vos mobilités", "Dix questions sur vos trajets quotidiens, jusqu'au 15 mai.",
                                  '<form class="fp-survey" method="post" action="/api/v2/questionnaires/4/reponses"><fieldset><legend>'
                                  'Comment allez-vous au travail ?</legend><label><input type="radio" name="q1" value="voiture"> Voiture</label>'
                                  '<label><input type="radio" name="q1" value="tram"> Tram ou bus</label><label><input type="radio" name="q1" '
                                  'value="velo"> Vélo</label><label><input type="radio" name="q1" value="pied"> À pied</label></fieldset>'
                                  '<fieldset><legend>Utiliseriez-vous une navette vers la gare ?</legend><label><input type="radio" name="q2" '
                                  'value="oui"> Oui</label><label><input type="radio" name="q2" value="non"> Non</label></fieldset>'
                                  '<button type="submit">Envoyer mes réponses</button></form>', {"poll"}),
}

_FABRIQUE_JS = """(()=>{const app=document.getElementById("root");
const route=location.pathname.length>1?location.pathname.replace(/\\/$/,""):"/";
fetch("%s?route="+encodeURIComponent(route),{headers:{Accept:"application/json"}})
.then(r=>{if(!r.ok)throw new Error(r.status);return r.json()})
.then(d=>{const h=document.createElement("h1");h.textContent=d.title;const l=document.createElement("p");l.className="fp-lead";
l.textContent=d.lead;const s=document.createElement("div");s.className="fp-content";s.innerHTML=d.html;
const n=document.createElement("nav");n.className="fp-nav";n.innerHTML='<a href="/">Accueil</a> <a href="/idees">Idées</a> '+
'<a href="/budget-des-palus">Budget des Palus</a> <a href="/petitions">Pétitions</a> <a href="/questionnaires/mobilites">Questionnaires</a>';
app.replaceChildren(n,h,l,s);document.title=d.title+" | La Fabrique des Palus"})
.catch(()=>{app.textContent="Page introuvable."});})();
""" % FABRIQUE_API


_FABRIQUE_ASSETS = {
    "/assets/vendor-react-Dq3x1Lm9.js": ("text/javascript; charset=utf-8", b"export{};\n"),
    "/assets/vendor-router-C2w8Yt0b.js": ("text/javascript; charset=utf-8", b"export{};\n"),
    "/assets/index-Xr5a2Kc1.css": ("text/css; charset=utf-8", b"#root{max-width:72rem;margin:0 auto;font-family:Marianne,sans-serif}\n"),
    "/favicon.svg": ("image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0b6e4f"/></svg>'),
    "/manifest.webmanifest": ("application/manifest+json", b'{"name":"La Fabrique des Palus","start_url":"/","display":"standalone"}'),
}


def _fabrique_shell():
    return Reply.html(
        '<!doctype html><html lang="fr"><head><meta charset="UTF-8"><link rel="icon" type="image/svg+xml" href="/favicon.svg">'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>La Fabrique des Palus</title>'
        '<meta name="description" content="Plateforme de participation citoyenne de la ville de Gradignac-les-Palus">'
        '<meta name="theme-color" content="#0b6e4f"><link rel="manifest" href="/manifest.webmanifest">'
        f'<script type="module" crossorigin src="{FABRIQUE_BUNDLE}"></script>'
        '<link rel="modulepreload" crossorigin href="/assets/vendor-react-Dq3x1Lm9.js">'
        '<link rel="modulepreload" crossorigin href="/assets/vendor-router-C2w8Yt0b.js">'
        '<link rel="stylesheet" crossorigin href="/assets/index-Xr5a2Kc1.css"></head>'
        '<body><noscript>Vous devez activer JavaScript pour utiliser La Fabrique des Palus.</noscript><div id="root"></div></body></html>')


# the application's layout: whatever the route, the server sends the same empty shell
m.themes.THEMES["coteaux_app"] = lambda site, page: _fabrique_shell().body.decode()
m.themes.CHROME["coteaux_app"] = []


def _fabrique(request):
    path, _, query = request.target.partition("?")
    if path in FABRIQUE_PAGES:
        return _fabrique_shell()
    if path == FABRIQUE_BUNDLE:
        return Reply(200, [("Content-Type", "text/javascript; charset=utf-8")], _FABRIQUE_JS.encode())
    if path in _FABRIQUE_ASSETS:  # the bundle's other files, so that a browser loading the shell meets no error
        kind, body = _FABRIQUE_ASSETS[path]
        return Reply(200, [("Content-Type", kind)], body)
    if path == FABRIQUE_API:
        from urllib.parse import parse_qs
        route = parse_qs(query).get("route", [""])[0]
        if route in FABRIQUE_PAGES:
            title, lead, html, _ = FABRIQUE_PAGES[route]
            body = json.dumps({"title": title, "lead": lead, "html": html}, ensure_ascii=False).encode()
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")], body)
        return Reply(404, [("Content-Type", "application/json; charset=utf-8")], b'{"error":"not_found"}')
    return None


def _fabrique_site():
    pages = [page(route, title, "", features) for route, (title, _l, _h, features) in FABRIQUE_PAGES.items()]
    return Site(FABRIQUE, "coteaux_app", "La Fabrique des Palus", pages, address="Hôtel de ville de Gradignac-les-Palus",
                features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))


def gradignac_les_palus() -> City:
    forum, enq, fab = f"http://{GRADIGNAC_FORUM}", f"http://{GRADIGNAC_ENQUETES}", f"http://{FABRIQUE}"
    topics = [("/t/parking-de-la-gare-complet-des-7h/212", "Parking de la gare complet dès 7 h", "Déplacements", 3, 402, "2 j"),
              ("/t/une-boite-a-livres-au-parc-de-mandavit/230", "Une boîte à livres au parc de Mandavit ?", "Quartiers", 2, 188, "5 j")]
    fpages = [
        page("/", "Dernières discussions", m.p("Le forum des habitants de Gradignac-les-Palus, animé par la ville. Créez un compte pour "
                                               "ouvrir un sujet ou répondre.") + m.discourse_topics(topics)
             + m.p(m.a("/c/quartiers/5", "Catégorie Quartiers") + " · " + m.a("/c/deplacements/6", "Catégorie Déplacements")), {"forum"}),
        page("/c/quartiers/5", "Quartiers", m.discourse_topics([topics[1]]), {"forum"}),
        page("/c/deplacements/6", "Déplacements", m.discourse_topics([topics[0]]), {"forum"}),
        page(topics[0][0], topics[0][1], m.discourse_posts([
            ("Sébastien_G", "12 mai", "Impossible de trouver une place au parking de la gare après 7 h. Un parking relais est-il prévu ?"),
            ("Mairie_Gradignac", "13 mai", "Une extension de 80 places est à l'étude avec la métropole ; une réunion est prévue en juin."),
            ("Claire33", "13 mai", "Et des arceaux vélos couverts, ce serait déjà bien.")]), {"forum"}),
        page(topics[1][0], topics[1][1], m.discourse_posts([
            ("Juliette_P", "8 mai", "Et si on installait une boîte à livres près de l'aire de jeux du parc ?"),
            ("Noé", "9 mai", "Le conseil de quartier pourrait la financer, je propose d'en parler à la prochaine réunion.")]), {"forum"}),
    ]
    forum_site = Site(GRADIGNAC_FORUM, "discourse", "Forum des Gradignacais", fpages,
                      menu=[("Dernières", "/"), ("Quartiers", "/c/quartiers/5"), ("Déplacements", "/c/deplacements/6")])
    epages = [
        # the survey server's list of questionnaires: links to surveys, nothing to answer here
        page("/", "Questionnaires en ligne", m.p("Questionnaires actuellement proposés par la ville :")
             + m.ul(m.a("/index.php/482915?lang=fr", "Rythmes scolaires : votre avis"),
                    m.a("/index.php/739104?lang=fr", "Enquête de satisfaction de la médiathèque (2024)"))),
        page("/index.php/482915?lang=fr", "Rythmes scolaires : votre avis",
             '<form id="limesurvey" name="limesurvey" action="/index.php/482915?lang=fr" method="post" class="survey-form-container form">'
             '<div class="group-outer-container"><div class="group-container"><div class="group-title-container"><h2 class="group-title">'
             'Organisation de la semaine</h2></div>'
             '<div id="question101" class="question-container row list-radio mandatory"><div class="question-title-container col-12">'
             '<div class="ls-label-question">Quelle organisation de la semaine préférez-vous pour l\'école ?</div></div>'
             '<div class="answer-container col-12"><ul class="ls-answers answers-list radio-list" role="radiogroup">'
             + "".join(f'<li class="answer-item radio-item"><input class="radio" type="radio" value="A{k}" name="482915X12X101" '
                       f'id="answer482915X12X101A{k}"><label for="answer482915X12X101A{k}" class="control-label radio-label">{o}</label></li>'
                       for k, o in enumerate(("4 jours", "4 jours et demi avec mercredi matin", "Sans avis"), 1))
             + '</ul></div></div><div id="question102" class="question-container row text-long"><div class="ls-label-question">'
               'Vos remarques</div><textarea class="form-control" name="482915X12X102" id="answer482915X12X102" rows="5"></textarea></div>'
               '</div></div><div class="navigator row"><button type="submit" id="ls-button-submit" value="movesubmit" name="move" '
               'class="ls-move-btn ls-move-submit-btn btn btn-lg btn-primary">Envoyer</button></div>'
               '<input type="hidden" name="sid" value="482915"><input type="hidden" name="YII_CSRF_TOKEN" value="aG9sZG91dDE0"></form>',
             {"poll"}),
        page("/index.php/739104?lang=fr", "Enquête de satisfaction de la médiathèque (2024)",
             '<div class="survey-closed ls-message-box"><p class="lead">Ce questionnaire n\'est plus actif.</p>'
             '<p>L\'enquête s\'est terminée le 31 décembre 2024. Les résultats sont publiés sur le site de la ville.</p></div>',
             decoys={"poll"}),
    ]
    enq_site = Site(GRADIGNAC_ENQUETES, "coteaux_limesurvey", "Enquêtes — Ville de Gradignac-les-Palus", epages,
                    address="Ville de Gradignac-les-Palus — service participation")
    news = m.news_list([
        ("/actualites/piste-cyclable-des-palus/", "14 mai 2025", "Piste cyclable des Palus : c'est parti", "Deux kilomètres entre le bourg et la gare."),
        ("/actualites/nouveau-forum-des-habitants/", "2 mai 2025", "Un forum pour les habitants", "La ville ouvre un espace de discussion."),
        ("/actualites/questionnaire-rythmes-scolaires/", "22 avril 2025", "Rythmes scolaires : répondez au questionnaire", "Jusqu'au 20 mai."),
        ("/actualites/marche-des-palus-votre-avis/", "10 avril 2025", "Le marché des Palus : votre avis", "Un sondage de deux minutes."),
    ], heading="L'actu de Gradignac", cls="et_pb_blog_grid")
    pages = [
        page("/", "Accueil", m.complianz() + m.p("Gradignac-les-Palus, 19 800 habitants, entre vignes et marais, aux portes de Bordeaux.")
             + m.quick_links([("/ma-ville/la-fabrique-des-palus/", "La Fabrique des Palus"), (fab + "/", "Participer en ligne"),
                              (forum + "/", "Forum des habitants"), ("/contact/", "Contact"), ("/newsletter/", "Newsletter"),
                              ("/emploi/", "Emploi"), ("/ma-ville/conseils-de-quartier/", "Conseils de quartier")])
             + news + m.agenda([("/agenda/forum-des-associations/", "6", "sept.", "Forum des associations", "Parc de Mandavit"),
                                ("/concours-de-nouvelles/", "30", "juin", "Concours de nouvelles : date limite", "Médiathèque")])
             + m.p(m.a("/ma-ville/budget-2025/", "Budget 2025") + " · " + m.a("/securite/participation-citoyenne/", "Participation citoyenne")
                   + " · " + m.a("/actualites/enquete-insee-habitat/", "Enquête Insee") + " · " + m.a("/actualites/", "Toutes les actualités"))),
        page("/ma-ville/la-fabrique-des-palus/", "La Fabrique des Palus", m.p(
            "La Fabrique des Palus, c'est la démarche de participation de la ville : conseils de quartier, ateliers de "
            "concertation sur les grands projets, budget participatif « Budget des Palus », pétitions citoyennes et "
            "questionnaires en ligne.",
            "Tout se passe sur " + m.a(fab + "/", "participer.gradignac-les-palus.fr") + " et lors des rencontres de quartier.")
             + m.ul(m.a(fab + "/idees", "Proposer une idée"), m.a(fab + "/budget-des-palus", "Le Budget des Palus"),
                    m.a(fab + "/petitions", "Les pétitions")), {"participation_displayed"}),
        page("/ma-ville/conseils-de-quartier/", "Les conseils de quartier", m.p(
            "Quatre conseils de quartier — Centre, les Palus, Malartic, le Bourg — réunissent habitants volontaires et élus. "
            "Ils se réunissent en public et donnent leur avis sur les projets de leur secteur."), {"participation_displayed"}),
        page("/ma-ville/budget-2025/", "Budget 2025", m.p(
            "Le budget primitif 2025 de 31 M€ a été voté le 4 avril. Il intègre l'enveloppe de 200 000 € du Budget des Palus."),
             decoys={"participatory_budget"}),
        page("/actualites/", "Actualités", news + m.p(m.a("/actualites/enquete-insee-habitat/", "Enquête Insee sur l'habitat"))),
        page("/actualites/piste-cyclable-des-palus/", "Piste cyclable des Palus : c'est parti", m.p(
            "Les travaux de la piste cyclable entre le bourg et la gare débutent le 19 mai, pour quatre mois.")
             + m.wpdiscuz(884, [(1501, "Vincent", "15 mai 2025", "Enfin ! Mes enfants pourront aller au collège à vélo."),
                                (1504, "Mireille D.", "15 mai 2025", "Et l'éclairage le long de la piste ?")]), {"comments"}),
        page("/actualites/nouveau-forum-des-habitants/", "Un forum pour les habitants", m.p(
            "La ville ouvre un forum de discussion pour les habitants, modéré par le service participation : "
            + m.a(forum + "/", "forum.gradignac-les-palus.fr") + ". Inscription gratuite.")
             + m.wp_comments_closed(), decoys={"forum", "comments"}),
        page("/actualites/questionnaire-rythmes-scolaires/", "Rythmes scolaires : répondez au questionnaire", m.p(
            "Parents, enseignants, animateurs : donnez votre avis sur l'organisation de la semaine scolaire avant le 20 mai.",
            m.a(enq + "/index.php/482915?lang=fr", "Ouvrir le questionnaire dans une nouvelle page") + ".")
             + f'<iframe src="{enq}/index.php/482915?lang=fr" width="100%" height="780" title="Questionnaire rythmes scolaires"></iframe>',
             {"poll"}),
        page("/actualites/marche-des-palus-votre-avis/", "Le marché des Palus : votre avis", m.p(
            "Horaires, emplacement, producteurs : aidez-nous à faire évoluer le marché du dimanche.")
             + m.typeform("Xk3P9qZt", "Sondage marché des Palus"), {"poll"}),
        page("/actualites/enquete-insee-habitat/", "Enquête Insee sur l'habitat", m.p(
            "L'Insee réalise une enquête nationale sur le logement. Des ménages de la commune peuvent être interrogés par un "
            "enquêteur de l'Insee muni d'une carte officielle."), decoys={"poll"}),
        page("/contact/", "Contact", m.p("Hôtel de ville, 1 allée de la Mairie, 33170 Gradignac-les-Palus.") + m.gravity_contact(3, "/contact/"),
             {"contact_form"}),
        page("/agenda/forum-des-associations/", "Forum des associations", m.p(
            "Le 6 septembre au parc de Mandavit, de 10 h à 18 h : 120 associations, démonstrations et inscriptions."), decoys={"forum"}),
        page("/emploi/", "Emploi", m.p("Appel à candidatures : agents d'animation, éducateur sportif, gestionnaire RH."),
             decoys={"suggestion_call"}),
        page("/securite/participation-citoyenne/", "Participation citoyenne", m.p(
            "Le protocole de participation citoyenne signé avec la gendarmerie de Pessac associe des habitants référents à la "
            "prévention des cambriolages."), decoys={"participation_displayed"}),
        page("/newsletter/", "Newsletter", m.mailpoet(4), decoys={"contact_form"}),
        page("/concours-de-nouvelles/", "Concours de nouvelles 2025", m.p(
            "La médiathèque lance son concours de nouvelles sur le thème « Les marais » : appel à textes ouvert jusqu'au 30 juin, "
            "trois catégories d'âge, prix remis en septembre."), decoys={"suggestion_call"}),
    ]
    www = Site(GRADIGNAC, "wordpress", "Ville de Gradignac-les-Palus", pages,
               menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/la-fabrique-des-palus/"), ("Actualités", "/actualites/"),
                     ("Participer", fab + "/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "GradignacLesPalus"), social("instagram", "gradignac_les_palus"),
                         social("youtube", "VilledeGradignaclesPalus")],
               address="Hôtel de ville, 1 allée de la Mairie, 33170 Gradignac-les-Palus")
    return City("99508", "Gradignac-les-Palus", 19800, "33", "75", "Nouvelle-Aquitaine", f"http://{GRADIGNAC}/",
                [www, forum_site, enq_site, _FABRIQUE])


_FABRIQUE = _fabrique_site()


def cities():
    return [mirandol_serignac(), kerdrevan_plouzelo(), brassac_montcelet(), orvillers_merencourt(), ravine_seche_bellepierre(),
            verzeuil_sainte_bathilde(), chanteloup_villebarou(), gradignac_les_palus()]


def hosts():
    return {FABRIQUE: CustomHost(_FABRIQUE, _fabrique)}
