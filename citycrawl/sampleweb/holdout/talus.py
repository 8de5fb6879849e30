"""Holdout part "talus": cities of 30,000 to 100,000 inhabitants inside an agglomeration or a metropolis,
whose participation is split between the city's own site and the intercommunality's (a PLUi concertation,
a mobility survey, a climate plan consultation), beside the city's conseils de quartier, participatory
budget, idea box, questionnaires, petitions and neighbours' network; and the lookalikes such sites hold."""
from ..site import City, Site, page, social
from . import talus_markup as m

DECIDIM = frozenset({"participatory_platform"})


def _home(intro, quick, news_items, agenda_items, cookie="tarteaucitron", extra=""):
    return (m.cookie_banner(cookie) + m.prose(intro) + m.quick_links(quick) + m.news(news_items)
            + m.agenda(agenda_items) + extra)


_AGENDA = [("12", "oct.", "Conseil municipal", "Salle du conseil, 19 h"),
           ("15", "oct.", "Collecte des encombrants", "Secteur nord"),
           ("19", "oct.", "Bourse aux vêtements", "Salle des fêtes"),
           ("24", "oct.", "Cinéma en plein air", "Parc municipal")]


# =====================================================================================================
# 1. Kervennec (Côtes-d'Armor): WordPress city site, agglomeration on Drupal, its Decidim for the PLUi
# =====================================================================================================

def kervennec() -> City:
    host, agglo, dec = "www.kervennec.bzh", "www.kervennec-agglo.bzh", "participer.kervennec-agglo.bzh"
    poll = m.wp_polls(14, "Quels horaires pour la médiathèque le samedi ?", ["9 h - 13 h", "10 h - 17 h", "14 h - 19 h"])
    sidebar = m.aside_block("Votre avis compte", poll) + m.aside_block("Lettre d'info", m.newsletter("/newsletter/"))
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Kervennec, ville de la baie et de Kervennec Armor Agglomération.",
            [("/kervennec-ensemble/", "Kervennec Ensemble"), ("/kervennec-ensemble/conseils-de-quartier/", "Conseils de quartier"),
             ("/kervennec-ensemble/boite-a-idees/", "Boîte à idées"), ("/culture/mediatheque/", "Médiathèque"),
             ("/demarches/etat-civil/", "État civil"), ("/contact/", "Contact"), ("/securite/participation-citoyenne/", "Participation citoyenne"),
             ("/mairie/budget/", "Budget de la ville"), ("/mairie/conseil-municipal/", "Conseil municipal")],
            [("/actualites/plui-concertation/", "PLUi : l'agglomération ouvre la concertation", "3 octobre", "Donnez votre avis en ligne."),
             ("/actualites/travaux-quai/", "Travaux du quai des Corsaires", "28 septembre", "Circulation alternée."),
             ("/actualites/forum-associations/", "Forum des associations", "2 septembre", "Plus de 90 associations."),
             ("/actualites/recrutement-animateurs/", "La ville recrute des animateurs", "20 septembre", "Accueils de loisirs.")],
            _AGENDA)),
        # the city's approach under its own brand: presented, nothing to answer on this page
        page("/kervennec-ensemble/", "Kervennec Ensemble : la participation citoyenne", m.prose(
            "Kervennec Ensemble rassemble les démarches de démocratie participative de la ville : six conseils de quartier, "
            "un conseil citoyen pour le quartier de Pen Ar Stang, une boîte à idées et des réunions publiques avant chaque grand projet.",
            "La charte de la participation, adoptée en 2022, fixe les engagements des élus : répondre à chaque avis dans un délai de deux mois.")
             + m.links([("/kervennec-ensemble/conseils-de-quartier/", "Les conseils de quartier"),
                        ("/kervennec-ensemble/boite-a-idees/", "La boîte à idées"),
                        ("/kervennec-ensemble/charte/", "La charte de la participation"),
                        (f"http://{dec}/", "La concertation du PLUi sur la plateforme de l'agglomération")]),
             {"participation_displayed"}),
        page("/kervennec-ensemble/conseils-de-quartier/", "Les conseils de quartier", m.with_aside(m.prose(
            "Chaque conseil de quartier réunit des habitants volontaires, tirés au sort pour moitié, et un élu référent.",
            "Prochaines séances : Centre-Port le 14 octobre, Pen Ar Stang le 17 octobre, Le Rohou le 21 octobre, à 18 h 30.")
            + m.h2("Comptes rendus") + m.links([("/kervennec-ensemble/conseils-de-quartier/compte-rendu-centre-port/", "Centre-Port, séance de juin")]),
            sidebar), {"participation_displayed", "poll"}, parent=("Kervennec Ensemble", "/kervennec-ensemble/")),
        page("/kervennec-ensemble/conseils-de-quartier/compte-rendu-centre-port/", "Conseil de quartier Centre-Port : compte rendu de juin",
             m.prose("Présents : 23 habitants, l'élue référente et le service voirie.",
                     "Points abordés : stationnement des camping-cars, éclairage de la cale, fête de quartier.",
                     "Le conseil a voté trois avis transmis au maire, qui répondra lors de la séance d'octobre."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/kervennec-ensemble/conseils-de-quartier/")),
        # an idea box sends a free-text message to the city: a call for ideas and a contact form at once
        page("/kervennec-ensemble/boite-a-idees/", "Boîte à idées", m.prose(
            "Une idée pour votre rue, votre quartier ou toute la ville ? Déposez-la ici : le conseil de quartier concerné l'étudie et vous répond.")
             + m.idea_box("/kervennec-ensemble/boite-a-idees/", ["Cadre de vie", "Mobilités", "Sport et loisirs", "Solidarités"]),
             {"suggestion_call", "contact_form"}, parent=("Kervennec Ensemble", "/kervennec-ensemble/")),
        page("/kervennec-ensemble/charte/", "La charte de la participation", m.prose(
            "La charte décrit les instances de participation, le rôle des habitants et les engagements de la municipalité.",
            "Article 3 : toute contribution reçoit une réponse motivée. Article 5 : les conseils de quartier disposent d'une enveloppe de fonctionnement."),
             {"participation_displayed"}, parent=("Kervennec Ensemble", "/kervennec-ensemble/")),
        page("/actualites/plui-concertation/", "PLUi : l'agglomération ouvre la concertation", m.prose(
            "Kervennec Armor Agglomération prépare son plan local d'urbanisme intercommunal. Jusqu'au 15 décembre, chacun peut déposer une "
            f"contribution sur la plateforme <a href=\"http://{dec}/processes/plui\">participer.kervennec-agglo.bzh</a> ou dans le registre en mairie.")
             + m.wp_comments([("Yann L.", "4 octobre", "Est-ce que les hameaux de Kerlo seront constructibles ?"),
                              ("Ville de Kervennec", "5 octobre", "La question est à poser sur la plateforme de l'agglomération, une réunion aura lieu le 20.")], 812)
             + m.share_buttons(f"http://{host}/actualites/plui-concertation/", "PLUi"),
             {"comments"}, decoys={"participatory_platform"}),
        page("/actualites/travaux-quai/", "Travaux du quai des Corsaires", m.prose(
            "Les travaux de réfection des réseaux durent jusqu'à fin novembre. La circulation est alternée entre 8 h et 17 h.")
             + m.wp_comments([], 815, open_=False) + m.share_buttons(f"http://{host}/actualites/travaux-quai/", "Travaux"),
             decoys={"comments"}),
        page("/actualites/forum-associations/", "Forum des associations 2024", m.prose(
            "Le forum des associations s'est tenu au complexe sportif de Kerhuel : 94 associations, plus de 3 000 visiteurs.",
            "Merci aux bénévoles ! Rendez-vous l'an prochain, le premier samedi de septembre."),
             decoys={"forum"}),
        page("/actualites/recrutement-animateurs/", "La ville recrute des animateurs", m.prose(
            "Appel à candidatures : la direction de l'enfance recrute des animateurs titulaires du BAFA pour les vacances.",
            "Envoyez CV et lettre de motivation au service des ressources humaines avant le 30 octobre."),
             decoys={"suggestion_call"}),
        # the gendarmerie's neighbourhood watch scheme is called "participation citoyenne": not the city's participation
        page("/securite/participation-citoyenne/", "Dispositif de participation citoyenne", m.prose(
            "La ville a signé avec la gendarmerie et la préfecture un protocole de participation citoyenne.",
            "Des habitants référents, dans chaque secteur, signalent aux gendarmes les faits inhabituels : démarchages suspects, véhicules en repérage."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/mairie/budget/", "Le budget de la ville", m.prose(
            "Le budget primitif 2024 s'élève à 62,4 millions d'euros, dont 14 millions d'investissement.",
            "Consultez le rapport d'orientation budgétaire et le compte administratif 2023 (PDF)."),
             decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit environ six fois par an. Les séances sont publiques et retransmises en direct.",
            "Ordre du jour de la séance du 12 octobre : décision modificative, tarifs des équipements, rapport de la commission d'accessibilité."),
             decoys={"participation_displayed"}),
        page("/culture/mediatheque/", "Médiathèque Anjela-Duval", m.with_aside(m.prose(
            "Horaires : mardi et vendredi 14 h - 18 h, mercredi et samedi 10 h - 18 h.",
            "La ville interroge les lecteurs sur l'ouverture du samedi : répondez au sondage ci-contre.")
            + m.booking_form("/culture/mediatheque/", "un poste informatique"), sidebar), {"poll"}, decoys={"contact_form"}),
        page("/demarches/etat-civil/", "État civil", m.prose(
            "Actes de naissance, de mariage et de décès : demandez-les en ligne sur service-public.fr ou à l'accueil de la mairie.")
             + m.newsletter("/newsletter/"), decoys={"contact_form"}),
        page("/contact/", "Contactez la mairie", m.prose("Hôtel de ville, place de la Liberté. Lundi-vendredi, 8 h 30 - 17 h 30.")
             + m.cf7_contact("/contact/"), {"contact_form"}, decoys={"suggestion_call"}),
    ]
    www = Site(host, "wordpress", "Ville de Kervennec", pages,
               menu=[("Accueil", "/"), ("Kervennec Ensemble", "/kervennec-ensemble/"), ("Culture", "/culture/mediatheque/"),
                     ("Démarches", "/demarches/etat-civil/"), ("Agglomération", f"http://{agglo}/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilledeKervennec"), social("instagram", "kervennec_ville")],
               address="Hôtel de ville, place de la Liberté, 22790 Kervennec")
    agglo_pages = [
        page("/", "Accueil", m.cookie_banner("axeptio") + m.prose("Kervennec Armor Agglomération : 24 communes, 98 000 habitants.")
             + m.quick_links([("/amenagement/plui/", "PLUi"), ("/amenagement/scot-enquete-publique/", "Enquête publique SCoT"),
                              ("/economie/aides-entreprises/", "Aides aux entreprises"), ("/dechets/enquete-satisfaction/", "Collecte des déchets"),
                              (f"http://{dec}/", "Participer")])
             + m.news([("/amenagement/plui/", "Le PLUi entre en concertation", "1er octobre", "Réunions publiques et plateforme.")])
             + '<p class="reseaux">L\'agglo sur <a href="https://www.facebook.com/KervennecArmorAgglo">Facebook</a></p>',
             decoys={"social_account"}),
        page("/amenagement/plui/", "Plan local d'urbanisme intercommunal", m.prose(
            "Le PLUi remplacera les plans locaux d'urbanisme des 24 communes. La concertation préalable est ouverte à tous jusqu'au 15 décembre.",
            "Participez aux ateliers de secteur, consultez le diagnostic et déposez vos contributions sur la plateforme de participation.")
             + m.links([(f"http://{dec}/processes/plui", "Contribuer en ligne")]), {"participation_displayed"}),
        # an enquête publique is a legal procedure with a register, not an online questionnaire
        page("/amenagement/scot-enquete-publique/", "Enquête publique sur la révision du SCoT", m.prose(
            "Par arrêté du président, une enquête publique est ouverte du 2 au 31 octobre sur le projet de schéma de cohérence territoriale.",
            "Le commissaire enquêteur tient des permanences au siège de l'agglomération. Observations écrites au registre ou par courrier."),
             decoys={"poll", "suggestion_call"}),
        page("/economie/aides-entreprises/", "Aides aux entreprises et appels à projets", m.prose(
            "Appel à projets « Commerce de centre-bourg » : subvention jusqu'à 10 000 € pour les commerces qui s'installent. Dossier avant le 30 novembre.",
            "Consultez aussi nos offres d'emploi et nos marchés publics (appels d'offres) sur le profil acheteur."),
             decoys={"suggestion_call"}),
        # a satisfaction survey of the waste service, closed, with its results only
        page("/dechets/enquete-satisfaction/", "Collecte des déchets : résultats de l'enquête de satisfaction", m.prose(
            "1 240 usagers ont répondu au questionnaire du printemps.")
             + m.results_table("Êtes-vous satisfait de la fréquence de collecte ?", [("Très satisfait", 31), ("Satisfait", 48), ("Pas satisfait", 21)]),
             decoys={"poll"}),
    ]
    ag = Site(agglo, "drupal", "Kervennec Armor Agglomération", agglo_pages,
              menu=[("Accueil", "/"), ("Aménagement", "/amenagement/plui/"), ("Économie", "/economie/aides-entreprises/"),
                    ("Déchets", "/dechets/enquete-satisfaction/")],
              address="Kervennec Armor Agglomération, 5 rue de l'Arsenal, 22790 Kervennec")
    proposals = [(101, "Préserver les prairies humides du Rohou", "Collectif Rohou Nature", 7, "En évaluation"),
                 (102, "Des logements pour les jeunes près de la gare", "Maëlle K.", 3, "En évaluation"),
                 (103, "Autoriser les petits collectifs dans les bourgs", "Association Bourg Vivant", 5, "Acceptée")]
    dec_pages = [
        page("/", "Participer avec Kervennec Armor Agglomération", m.prose("Bienvenue sur la plateforme de participation de l'agglomération.")
             + m.decidim_process_card("/processes/plui", "Concertation PLUi", "Phase en cours : contributions", "jusqu'au 15 décembre")
             + m.decidim_process_card("/processes/pdm-2022", "Plan de mobilité 2022", "Processus clôturé", "412 participants"),
             {"participation_displayed"}),
        page("/processes/plui", "Concertation PLUi", m.prose(
            "Comment voulons-nous habiter, travailler et nous déplacer en 2040 ? Cette concertation prépare le PLUi.")
             + m.links([("/processes/plui/f/41/proposals", "Contributions (38)"), ("/processes/plui/f/42/meetings", "Réunions publiques")]),
             {"participation_displayed"}),
        page("/processes/plui/f/41/proposals", "Contributions", m.prose("Déposez une contribution sur le futur PLUi.")
             + m.decidim_proposals(proposals, "/processes/plui/f/41/proposals")
             + m.links([("/processes/plui/f/41/proposals/new", "Nouvelle contribution")]), {"suggestion_call"}),
        page("/processes/plui/f/41/proposals/new", "Nouvelle contribution", m.decidim_new_proposal("/processes/plui/f/41/proposals"),
             {"suggestion_call"}, decoys={"contact_form"}),
        page("/processes/plui/f/41/proposals/102", "Des logements pour les jeunes près de la gare", m.prose(
            "Des petits logements pour apprentis et saisonniers, à deux pas du TER.") + m.decidim_comments([], "proposal102"), {"comments"}),
        # an answered proposal whose comments are closed: no form, no comment
        page("/processes/plui/f/41/proposals/103", "Autoriser les petits collectifs dans les bourgs", m.prose(
            "Réponse de l'agglomération : proposition retenue, elle sera intégrée au règlement écrit du PLUi.")
             + '<div class="callout warning"><p>Les commentaires sont fermés pour cette proposition.</p></div>', decoys={"comments"}),
        page("/processes/plui/f/41/proposals/101", "Préserver les prairies humides du Rohou", m.prose(
            "Nous demandons le classement en zone naturelle des prairies situées en aval du moulin.")
             + m.decidim_comments([("Hervé B.", "il y a 3 jours", "D'accord, ce sont des zones inondables."),
                                   ("Soizic M.", "il y a 2 jours", "Il faut aussi protéger les haies.")], "proposal101"),
             {"comments"}),
        page("/processes/plui/f/42/meetings", "Réunions publiques", m.prose(
            "Réunion de secteur littoral : 20 octobre, 18 h 30, salle Ti Kreiz, Kervennec. Atelier cartographique : 9 novembre."),
             {"participation_displayed"}),
        # a closed process: its pages stay online, nothing left to answer
        page("/processes/pdm-2022", "Plan de mobilité 2022 (clôturé)", m.prose(
            "Ce processus est terminé. Le questionnaire a recueilli 412 réponses ; la synthèse est disponible en PDF.")
             + m.results_table("Votre mode de déplacement principal", [("Voiture", 64), ("Vélo", 9), ("Car et TER", 17), ("Marche", 10)]),
             decoys={"poll"}),
    ]
    platform = Site(dec, "decidim", "Participer - Kervennec Armor Agglomération", dec_pages,
                    menu=[("Accueil", "/"), ("Processus", "/processes/plui"), ("Réunions", "/processes/plui/f/42/meetings")],
                    features=DECIDIM, platforms=frozenset({"decidim"}))
    return City("99451", "Kervennec", 48_300, "22", "53", "Bretagne", f"http://{host}/", [www, ag, platform],
                decoy_accounts=("https://www.facebook.com/kervennecarmoragglo",))


# =====================================================================================================
# 2. Vaulnoy-sur-Aisne: Drupal city site, agglomeration on TYPO3, its Cap Collectif for the mobility plan
# =====================================================================================================

def vaulnoy() -> City:
    host, agglo, capco = "www.vaulnoy.fr", "www.agglo-vaulnois.fr", "vaulnois.cap-collectif.com"
    pages = [
        page("/", "Accueil", _home(
            "Ville de Vaulnoy-sur-Aisne : toute l'information municipale.",
            [("/ma-ville/democratie-locale", "Démocratie locale"), ("/ma-ville/droit-de-petition", "Droit de pétition"),
             ("/ma-ville/democratie-locale/comites-de-quartier", "Comités de quartier"), ("/questionnaire-rythmes-scolaires", "Questionnaire rythmes scolaires"),
             ("/vie-pratique/inscriptions-scolaires", "Inscriptions scolaires"), ("/vie-pratique/facture-eau", "Payer une facture"),
             ("/nous-contacter", "Nous contacter"), ("/ma-ville/recensement", "Recensement"), ("/ma-ville/seances-du-conseil", "Conseil municipal")],
            [("/actualites/plan-mobilite-agglo", "Plan de mobilité : répondez à l'enquête de l'agglo", "6 octobre", "Jusqu'au 30 novembre."),
             ("/actualites/nouvelle-passerelle", "Une nouvelle passerelle sur l'Aisne", "29 septembre", "Ouverture en décembre."),
             ("/actualites/petition-nationale-hopital", "Maternité : le maire soutient la mobilisation", "15 septembre", "Motion du conseil."),
             ("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", "12 septembre", "Au gymnase Coubertin.")],
            _AGENDA, cookie="banner")),
        page("/ma-ville/democratie-locale", "Démocratie locale", m.prose(
            "La ville associe les habitants à ses décisions : comités de quartier, conseil des sages, conseil municipal des jeunes, droit de pétition "
            "et consultations sur les projets d'aménagement.",
            "Les comités de quartier sont ouverts à tous les habitants de plus de 16 ans.")
             + m.links([("/ma-ville/democratie-locale/comites-de-quartier", "Les comités de quartier"),
                        ("/ma-ville/droit-de-petition", "Le droit de pétition"), ("/ma-ville/democratie-locale/consultation-place-hotel-de-ville", "Consultation : la place de l'hôtel de ville")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-locale/comites-de-quartier", "Les comités de quartier", m.prose(
            "Cinq comités : Centre, Saint-Crépin, Les Prés-Hauts, Faubourg de Reims, Bellevue. Ils se réunissent chaque trimestre en assemblée ouverte.",
            "Chaque comité dispose d'un budget d'animation de 3 000 € et rend des avis sur les projets du quartier.",
            "Assemblée du comité Bellevue : mardi 22 octobre, 19 h, maison de quartier."),
             {"participation_displayed"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        # a consultation that is over: presented and its results published, no way to answer any more
        page("/ma-ville/democratie-locale/consultation-place-hotel-de-ville", "Consultation : la place de l'hôtel de ville (terminée)", m.prose(
            "La consultation sur le réaménagement de la place s'est tenue du 1er mars au 15 avril. 1 870 habitants ont donné leur avis.")
             + m.results_table("Scénario préféré", [("Place piétonne avec arbres", 58), ("Place mixte avec stationnement", 42)]),
             {"participation_displayed"}, decoys={"poll"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        # the petition filing form publishes a petition, it is not a message to the city
        page("/ma-ville/droit-de-petition", "Le droit de pétition", m.prose(
            "Toute pétition signée par 500 habitants de plus de 16 ans demandant l'inscription d'une question à l'ordre du jour est examinée par le conseil municipal.",
            "Déposez votre pétition avec le formulaire ci-dessous : après vérification de recevabilité, elle est publiée et ouverte aux signatures.")
             + m.webform("/ma-ville/droit-de-petition", "depot_petition", [("titre", "Titre de la pétition", "text"),
                         ("texte", "Texte de la pétition", "textarea"), ("nom", "Nom du premier signataire", "text"), ("email", "E-mail", "email")],
                         "Déposer la pétition")
             + m.h2("Pétitions en cours") + m.petition_form("/ma-ville/droit-de-petition/signer/12", "Pour un passage piéton rue de Soissons", 286, 500),
             {"petition"}, decoys={"contact_form"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        page("/questionnaire-rythmes-scolaires", "Questionnaire : les rythmes scolaires", m.prose(
            "Parents, enseignants, animateurs : la ville vous interroge avant de réorganiser la semaine scolaire. Questionnaire ouvert jusqu'au 8 novembre.")
             + m.webform("/questionnaire-rythmes-scolaires", "rythmes_scolaires", [
                 ("profil", "Vous êtes", "radios:Parent|Enseignant|Animateur|Autre"),
                 ("semaine", "Quelle organisation préférez-vous ?", "radios:4 jours|4 jours et demi"),
                 ("mercredi", "Le mercredi matin devrait être", "radios:Libre|Consacré à l'école|Consacré au périscolaire"),
                 ("remarques", "Vos remarques", "textarea")], "Envoyer mes réponses"),
             {"poll"}),
        page("/actualites/plan-mobilite-agglo", "Plan de mobilité : répondez à l'enquête de l'agglo", m.prose(
            "L'agglomération du Vaulnois élabore son plan de mobilité. Une enquête en ligne est ouverte sur "
            f"<a href=\"http://{capco}/project/plan-de-mobilite/questionnaire/enquete-deplacements\">la plateforme participative de l'agglo</a>.")
             + m.drupal_comments([("Claire", "7 octobre", "Il faudrait un bus le dimanche vers la gare."),
                                  ("Marc D.", "8 octobre", "Et des pistes cyclables sur la rocade !")], 311),
             {"comments"}, decoys={"participatory_platform"}),
        page("/actualites/nouvelle-passerelle", "Une nouvelle passerelle sur l'Aisne", m.prose(
            "La passerelle piétonne et cyclable reliera le quai Saint-Crépin au parc des Prés-Hauts dès décembre.")
             + m.share_buttons(f"http://{host}/actualites/nouvelle-passerelle", "Passerelle"),
             decoys={"social_account", "comments"}),
        # a national petition named, with no space of the city where residents sign
        page("/actualites/petition-nationale-hopital", "Maternité : le maire soutient la mobilisation", m.prose(
            "Le conseil municipal a adopté à l'unanimité une motion pour le maintien de la maternité du centre hospitalier.",
            "Une pétition a été lancée par le comité de défense sur une plateforme nationale de pétitions en ligne ; la ville n'en est pas l'organisatrice."),
             decoys={"petition"}),
        page("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Le forum de l'emploi réunit 60 entreprises et organismes de formation le jeudi 17 octobre. Entrée libre, venez avec votre CV."),
             decoys={"forum"}),
        # the INSEE census: a survey, but not the city's questionnaire for residents' opinion
        page("/ma-ville/recensement", "Recensement de la population", m.prose(
            "Le recensement se déroule du 16 janvier au 22 février. Un agent recenseur vous remettra vos codes pour répondre en ligne sur le site officiel.",
            "Les enquêtes statistiques de l'INSEE sont obligatoires et confidentielles."),
             decoys={"poll"}),
        page("/ma-ville/seances-du-conseil", "Séances du conseil municipal", m.prose(
            "Prochaine séance : lundi 14 octobre à 18 h 30. Ordre du jour : budget supplémentaire, subventions aux associations, "
            "dénomination de voies. Procès-verbaux des séances précédentes en téléchargement."),
             decoys={"participation_displayed"}),
        page("/vie-pratique/inscriptions-scolaires", "Inscriptions scolaires", m.prose("Inscriptions pour la rentrée : jusqu'au 31 mai.")
             + m.registration_form("/vie-pratique/inscriptions-scolaires", "école maternelle ou élémentaire"), decoys={"contact_form"}),
        page("/vie-pratique/facture-eau", "Payer sa facture en ligne", m.prose("Cantine, périscolaire, conservatoire : réglez vos factures.")
             + m.payment_form("/vie-pratique/facture-eau"), decoys={"contact_form"}),
        page("/nous-contacter", "Nous contacter", m.prose("Une question ? Écrivez aux services municipaux.")
             + m.webform("/nous-contacter", "contact", [("name", "Votre nom", "text"), ("email", "Votre adresse de courriel", "email"),
                         ("subject", "Sujet", "select:État civil|Urbanisme|Voirie|Autre"), ("message", "Message", "textarea")]),
             {"contact_form"}),
    ]
    www = Site(host, "drupal", "Vaulnoy-sur-Aisne", pages,
               menu=[("Ma ville", "/ma-ville/democratie-locale"), ("Vie pratique", "/vie-pratique/inscriptions-scolaires"),
                     ("Agglomération", f"http://{agglo}/"), ("Contact", "/nous-contacter")],
               accounts=[social("facebook", "vaulnoysuraisne"), social("youtube", "VilleDeVaulnoy")],
               address="Hôtel de ville, 1 place du Général-de-Gaulle, 02290 Vaulnoy-sur-Aisne")
    agglo_pages = [
        page("/", "Accueil", m.prose("Communauté d'agglomération du Vaulnois : 31 communes.")
             + m.quick_links([("/mobilite/plan-de-mobilite", "Plan de mobilité"), ("/transport/enquete-satisfaction-bus", "Réseau Vaulibus"),
                              ("/agglo/offres-emploi", "Offres d'emploi"), ("/agglo/conseil-communautaire", "Conseil communautaire")])
             + m.news([("/mobilite/plan-de-mobilite", "Plan de mobilité : l'enquête est ouverte", "2 octobre", "Dix minutes pour répondre.")])),
        page("/mobilite/plan-de-mobilite", "Plan de mobilité du Vaulnois", m.prose(
            "Le plan de mobilité fixera pour dix ans l'organisation des transports. L'agglomération consulte les habitants : "
            "enquête en ligne, ateliers en communes, réunions publiques.")
             + m.links([(f"http://{capco}/project/plan-de-mobilite/presentation/presentation", "Participer sur la plateforme")]),
             {"participation_displayed"}),
        # a customer-satisfaction survey of the bus network with its results, closed
        page("/transport/enquete-satisfaction-bus", "Vaulibus : résultats de l'enquête de satisfaction", m.prose(
            "Enquête menée auprès de 900 voyageurs en mai par un institut.")
             + m.results_table("Note globale du réseau", [("Bonne ou très bonne", 72), ("Moyenne", 19), ("Mauvaise", 9)], "Enquête terminée."),
             decoys={"poll"}),
        page("/agglo/offres-emploi", "Offres d'emploi", m.prose(
            "L'agglomération recrute : chauffeur de benne (H/F), chargé de mission mobilité, instructeur du droit des sols.",
            "Candidatures : lettre et CV via le formulaire de la plateforme emploi du centre de gestion."),
             decoys={"suggestion_call"}),
        page("/agglo/conseil-communautaire", "Le conseil communautaire", m.prose(
            "62 conseillers communautaires représentent les 31 communes. Séance du 17 octobre : plan de mobilité (arrêt du diagnostic), budget annexe transports."),
             decoys={"participation_displayed"}),
    ]
    ag = Site(agglo, "typo3", "Agglomération du Vaulnois", agglo_pages,
              menu=[("Mobilité", "/mobilite/plan-de-mobilite"), ("Transports", "/transport/enquete-satisfaction-bus"),
                    ("Emploi", "/agglo/offres-emploi")], address="Agglomération du Vaulnois, 8 rue Racine, 02290 Vaulnoy-sur-Aisne")
    steps = [("/project/plan-de-mobilite/presentation/presentation", "Présentation", "septembre"),
             ("/project/plan-de-mobilite/questionnaire/enquete-deplacements", "Enquête déplacements", "2 oct. - 30 nov."),
             ("/project/plan-de-mobilite/collect/vos-propositions", "Vos propositions", "2 oct. - 30 nov.")]
    capco_pages = [
        page("/", "Vaulnois Participation", m.prose("La plateforme de participation de l'agglomération du Vaulnois.")
             + m.links([("/project/plan-de-mobilite/presentation/presentation", "Plan de mobilité : participez")]),
             {"participation_displayed"}),
        page("/project/plan-de-mobilite/presentation/presentation", "Plan de mobilité : présentation", m.capco_steps(steps, 0) + m.prose(
            "L'agglomération vous consulte sur vos déplacements et vos attentes."), {"participation_displayed"}),
        page("/project/plan-de-mobilite/questionnaire/enquete-deplacements", "Enquête déplacements", m.capco_steps(steps, 1)
             + m.capco_questionnaire("/project/plan-de-mobilite/questionnaire/enquete-deplacements", [
                 ("Comment vous rendez-vous au travail ?", ["Voiture", "Bus", "Vélo", "À pied", "Train"]),
                 ("Utiliseriez-vous un bus toutes les 15 minutes ?", ["Oui", "Non", "Peut-être"]),
                 ("Qu'est-ce qui vous ferait laisser la voiture ?", [])]), {"poll"}),
        page("/project/plan-de-mobilite/collect/vos-propositions", "Vos propositions pour la mobilité", m.capco_steps(steps, 2) + m.prose(
            "Proposez une idée pour mieux se déplacer dans le Vaulnois. Les propositions les plus soutenues seront étudiées.")
             + m.capco_proposals([("/project/plan-de-mobilite/collect/vos-propositions/proposals/navette-gare", "Une navette gare - zone d'activités",
                                   "Paul R.", 48, "-")]) + m.links([("/project/plan-de-mobilite/collect/vos-propositions/new", "Déposer une proposition")]),
             {"suggestion_call"}),
        page("/project/plan-de-mobilite/collect/vos-propositions/new", "Déposer une proposition", m.vendor_form(
            "/project/plan-de-mobilite/collect/vos-propositions/new", [("proposal[title]", "Titre", "text"), ("proposal[body]", "Description", "textarea")],
            "Publier", cls="proposal-form"), {"suggestion_call"}, decoys={"contact_form"}),
        page("/project/plan-de-mobilite/collect/vos-propositions/proposals/navette-gare", "Une navette gare - zone d'activités", m.prose(
            "Une navette aux heures de pointe entre la gare et la zone des Longues Raies.")
             + '<div class="opinion__votes"><button class="btn btn-success proposal__vote">Voter pour</button> 48 votes</div>', {"suggestion_call"}),
    ]
    cp = Site(capco, "capcollectif", "Vaulnois Participation", capco_pages,
              menu=[("Accueil", "/"), ("Plan de mobilité", "/project/plan-de-mobilite/presentation/presentation")],
              features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    return City("99452", "Vaulnoy-sur-Aisne", 41_200, "02", "32", "Hauts-de-France", f"http://{host}/", [www, ag, cp])


# =====================================================================================================
# 3. Montbrugès: TYPO3 city site, its neighbours' network, the metropolis on WordPress and Go Vocal (PCAET)
# =====================================================================================================

def montbruges() -> City:
    host, voisins, metro, gv = "www.montbruges.fr", "www.voisins-montbruges.fr", "www.lestrac-metropole.fr", "lestrac.govocal.com"
    bp = "/participer/budget-participatif"
    pages = [
        page("/", "Accueil", _home(
            "Montbrugès, deuxième ville de Lestrac Métropole.",
            [(bp, "Budget participatif"), (f"{bp}/vote", "Voter"), ("/participer/voisins", "Réseau de voisins"),
             ("/participer/ateliers-de-quartier", "Ateliers de quartier"), ("/participer", "Participer"),
             ("/services/contact", "Contact"), ("/finances/budget-2024", "Budget 2024"), ("/services/tranquillite", "Tranquillité publique")],
            [(f"{bp}/vote", "Budget participatif : à vous de voter !", "1er octobre", "42 projets en lice."),
             ("/actualites/plan-climat-metropole", "Plan climat : la Métropole consulte", "25 septembre", "Sur sa plateforme."),
             ("/actualites/appel-offres-groupe-scolaire", "Groupe scolaire : appel d'offres", "18 septembre", "Marché de maîtrise d'œuvre."),
             ("/actualites/concours-balcons", "Concours des balcons fleuris", "3 septembre", "Les lauréats.")],
            _AGENDA, cookie="axeptio")),
        page("/participer", "Participer à la vie de la ville", m.prose(
            "À Montbrugès, la participation passe par les ateliers de quartier, le budget participatif et le réseau de voisins. "
            "Les grands projets de la métropole font aussi l'objet de concertations.")
             + m.links([("/participer/ateliers-de-quartier", "Ateliers de quartier"), (bp, "Budget participatif"),
                        ("/participer/voisins", "Réseau de voisins"), (f"http://{gv}/fr-FR/projects/plan-climat", "Plan climat métropolitain")]),
             {"participation_displayed"}),
        page("/participer/ateliers-de-quartier", "Ateliers de quartier", m.prose(
            "Les ateliers de quartier sont des réunions ouvertes où habitants, élus et techniciens travaillent ensemble sur les projets de proximité.",
            "Prochains ateliers : Les Ramiers (aménagement du square), 16 octobre ; Saint-Gény (sécurité aux abords des écoles), 23 octobre."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page(bp, "Budget participatif : « Montbrugès, à vous de jouer ! »", m.prose(
            "Un million d'euros pour les projets des habitants : la 4e édition est lancée. Dépôt des projets au printemps, étude par les services, vote à l'automne.")
             + m.links([(f"{bp}/reglement", "Le règlement"), (f"{bp}/vote", "Voter pour vos projets"), (f"{bp}/laureats-2023", "Les lauréats 2023")]),
             {"participatory_budget", "participation_displayed"}, parent=("Participer", "/participer")),
        page(f"{bp}/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 : tout habitant de plus de 11 ans peut déposer un projet d'investissement d'intérêt général, d'un coût maximal de 150 000 €.",
            "Article 4 : les projets recevables sont soumis au vote ; chaque votant choisit de 1 à 5 projets."),
             {"participatory_budget"}, parent=("Budget participatif", bp)),
        page(f"{bp}/vote", "Votez pour les projets", m.prose("Choisissez jusqu'à cinq projets. Vote ouvert jusqu'au 3 novembre.")
             + m.powermail(f"{bp}/vote", 31, [("projets", "Vos projets", "select:Un verger partagé aux Ramiers|Des bancs le long du canal|Une boîte à livres par quartier|Un skate-park à Saint-Gény"),
                                              ("email", "Votre e-mail (un vote par personne)", "email")], "Valider mon vote"),
             {"participatory_budget"}, decoys={"contact_form"}, parent=("Budget participatif", bp)),
        # a past edition's winners: the budget is presented, residents proposed and voted these projects
        page(f"{bp}/laureats-2023", "Les lauréats du budget participatif 2023", m.prose(
            "12 projets lauréats, choisis par 6 480 votants : ombrières sur la cour de l'école Jules-Ferry, jardin partagé du Barry, fontaines à eau."),
             {"participatory_budget"}, parent=("Budget participatif", bp)),
        # the city presents the neighbours' network and sends residents to join it
        page("/participer/voisins", "Voisins de Montbrugès, le réseau d'entraide", m.prose(
            "La ville a lancé un réseau social de proximité réservé aux habitants : prêter une perceuse, signaler une fuite, organiser la fête des voisins.",
            f"Inscription gratuite sur <a href=\"http://{voisins}/\">voisins-montbruges.fr</a> avec une adresse à Montbrugès."),
             {"territorial_social_network"}, parent=("Participer", "/participer")),
        page("/actualites/plan-climat-metropole", "Plan climat : la Métropole consulte", m.prose(
            "Lestrac Métropole révise son plan climat-air-énergie territorial. Elle consulte les habitants des 28 communes sur sa plateforme Go Vocal.")
             + m.share_buttons(f"http://{host}/actualites/plan-climat-metropole", "Plan climat"),
             decoys={"participatory_platform"}),
        page("/actualites/appel-offres-groupe-scolaire", "Groupe scolaire des Ramiers : appel d'offres", m.prose(
            "La ville lance un appel d'offres pour la maîtrise d'œuvre du futur groupe scolaire. Dossier de consultation sur le profil acheteur."),
             decoys={"suggestion_call"}),
        page("/actualites/concours-balcons", "Concours des balcons fleuris : les lauréats", m.prose(
            "Bravo aux 18 participants du concours ! Inscriptions pour l'édition suivante au printemps."),
             decoys={"suggestion_call"}),
        page("/finances/budget-2024", "Budget 2024", m.prose(
            "Le conseil municipal a voté le budget primitif : 98 M€, dont 1 M€ réservé au budget participatif.",
            "Documents budgétaires : budget primitif, compte administratif, rapport d'orientation."),
             decoys={"participatory_budget"}),
        page("/services/tranquillite", "Tranquillité publique", m.prose(
            "Police municipale, vidéoprotection et dispositif « voisins vigilants et solidaires » signé avec la police nationale."),
             decoys={"territorial_social_network", "participation_displayed"}),
        page("/services/contact", "Contact", m.prose("Mairie de Montbrugès, du lundi au vendredi.")
             + m.powermail("/services/contact", 2, [("nom", "Nom", "input"), ("email", "E-mail", "email"),
                                                   ("objet", "Objet", "select:Demande d'information|Réclamation|Autre"), ("message", "Votre message", "textarea")]),
             {"contact_form"}),
    ]
    www = Site(host, "typo3", "Ville de Montbrugès", pages,
               menu=[("Participer", "/participer"), ("Budget participatif", bp), ("Métropole", f"http://{metro}/"), ("Contact", "/services/contact")],
               accounts=[social("facebook", "montbruges"), social("x", "VilleMontbruges"), social("linkedin", "ville-de-montbruges")],
               address="Hôtel de ville, 2 allée des Platanes, 31790 Montbrugès")
    v_pages = [
        page("/", "Voisins de Montbrugès", m.prose("Le réseau social des habitants de Montbrugès. Échangez avec vos voisins.")
             + m.network_feed([("pret", "Nadia", "Les Ramiers", "Je prête un diable pour un déménagement ce week-end."),
                               ("alerte", "Julien", "Saint-Gény", "Chat tigré perdu rue des Lilas, merci de regarder dans vos garages.")])
             + m.links([("/quartiers/les-ramiers", "Quartier Les Ramiers"), ("/comment-ca-marche", "Comment ça marche ?")]),
             {"territorial_social_network"}),
        page("/quartiers/les-ramiers", "Les Ramiers", m.network_feed([("evenement", "Comité des fêtes", "Les Ramiers", "Fête des voisins le 30 mai dans le square."),
                                                                       ("don", "Odile", "Les Ramiers", "Je donne des plants de tomates.")]),
             {"territorial_social_network"}),
        page("/comment-ca-marche", "Comment ça marche ?", m.prose(
            "Inscrivez-vous avec votre adresse ; un justificatif est vérifié par la mairie. Vous rejoignez le groupe de votre quartier."),
             {"territorial_social_network"}),
    ]
    vs = Site(voisins, "community", "Voisins de Montbrugès", v_pages, menu=[("Fil", "/"), ("Quartiers", "/quartiers/les-ramiers")])
    metro_pages = [
        page("/", "Accueil", m.cookie_banner() + m.prose("Lestrac Métropole : 28 communes, 310 000 habitants.")
             + m.quick_links([("/climat/pcaet/", "Plan climat"), ("/subventions/associations/", "Subventions aux associations"),
                              ("/economie/forum-entreprises/", "Forum des entreprises")])),
        page("/climat/pcaet/", "Plan climat-air-énergie territorial", m.prose(
            "Le PCAET est révisé en concertation avec les habitants, les communes et les entreprises. La consultation en ligne est ouverte jusqu'au 15 janvier.")
             + m.links([(f"http://{gv}/fr-FR/projects/plan-climat", "Donner mon avis sur la plateforme")]), {"participation_displayed"}),
        page("/subventions/associations/", "Subventions aux associations", m.prose(
            "Appel à projets 2025 « Transition écologique » : subventions de 2 000 à 15 000 € pour les associations. Dépôt des dossiers jusqu'au 31 janvier."),
             decoys={"suggestion_call"}),
        page("/economie/forum-entreprises/", "Forum des entreprises", m.prose(
            "Le forum des entreprises de la Métropole se tient au parc des expositions le 21 novembre : rencontres, conférences, job dating."),
             decoys={"forum"}),
    ]
    mt = Site(metro, "wordpress", "Lestrac Métropole", metro_pages,
              menu=[("Climat", "/climat/pcaet/"), ("Subventions", "/subventions/associations/")],
              address="Lestrac Métropole, 1 cours du Midi, 31000 Lestrac")
    gv_pages = [
        page("/", "Lestrac Métropole participe", m.prose("Bienvenue sur la plateforme de participation de Lestrac Métropole.")
             + m.links([("/fr-FR/", "Entrer sur la plateforme"), ("/fr-FR/projects/plan-climat", "Plan climat")]), {"participation_displayed"}),
        page("/fr-FR/", "Lestrac Métropole participe", m.prose("La plateforme de participation de la Métropole.")
             + m.links([("/fr-FR/projects/plan-climat", "Plan climat : consultation"), ("/fr-FR/projects/voies-vertes", "Voies vertes (terminé)")]),
             {"participation_displayed"}),
        page("/fr-FR/projects/plan-climat", "Plan climat : vos idées et votre avis", m.prose(
            "Partagez vos idées pour réduire nos émissions et répondez au questionnaire.")
             + m.govocal_cards([("/fr-FR/ideas/covoiturage-zones-activite", "Covoiturage vers les zones d'activité", 37, 6)])
             + m.links([("/fr-FR/projects/plan-climat/ideas/new", "Ajouter une idée"), ("/fr-FR/projects/plan-climat/survey", "Répondre au questionnaire")]),
             {"suggestion_call", "participation_displayed"}),
        page("/fr-FR/projects/plan-climat/ideas/new", "Ajouter une idée", m.vendor_form(
            "/fr-FR/projects/plan-climat/ideas/new", [("title_multiloc", "Titre", "text"), ("body_multiloc", "Description", "textarea")],
            "Publier", cls="e2e-idea-form"), {"suggestion_call"}, decoys={"contact_form"}),
        page("/fr-FR/projects/plan-climat/survey", "Questionnaire plan climat", m.govocal_survey("/fr-FR/projects/plan-climat/survey", [
            ("Quelle priorité pour la Métropole ?", ["Rénovation des logements", "Transports en commun", "Énergies renouvelables"]),
            ("Êtes-vous prêt à changer de mode de chauffage ?", ["Oui", "Non", "Je ne sais pas"])]), {"poll"}),
        page("/fr-FR/ideas/covoiturage-zones-activite", "Covoiturage vers les zones d'activité", m.prose(
            "Des aires de covoiturage et une application commune pour les salariés.")
             + '<section id="e2e-comments"><div class="e2e-comment-thread"><p class="e2e-comment-body">Excellente idée, je travaille à Lestrac-Sud.</p></div>'
               '<form class="e2e-comment-form" method="post" action="/fr-FR/ideas/covoiturage-zones-activite/comments"><textarea name="body" aria-label="Écrire un commentaire"></textarea>'
               '<button type="submit">Publier</button></form></section>', {"comments"}),
        page("/fr-FR/projects/voies-vertes", "Voies vertes (terminé)", m.prose(
            "Cette consultation est terminée. Merci pour vos 214 idées ; le rapport de synthèse sera publié en décembre."),
             decoys={"suggestion_call", "poll"}),
    ]
    g = Site(gv, "govocal", "Lestrac Métropole participe", gv_pages,
             menu=[("Accueil", "/fr-FR/"), ("Projets", "/fr-FR/projects/plan-climat")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return City("99453", "Montbrugès", 63_400, "31", "76", "Occitanie", f"http://{host}/", [www, vs, mt, g])


# =====================================================================================================
# 4. Rieutord-lès-Vignes: vendor CMS, a phpBB board of the city, the agglomeration's vendor site
# =====================================================================================================

def rieutord() -> City:
    host, forum, agglo = "www.rieutord-les-vignes.fr", "forum.rieutord-les-vignes.fr", "www.vignes-et-saone.fr"
    pages = [
        page("/", "Accueil", _home(
            "Rieutord-lès-Vignes, ville de Vignes et Saône Agglomération.",
            [("/citoyennete/conseils-citoyens", "Conseils citoyens"), (f"http://{forum}/", "Forum des habitants"),
             ("/citoyennete/appel-a-projets-citoyens", "Appel à projets citoyens"), ("/citoyennete/sondage-cantine", "Sondage cantine"),
             ("/citoyennete/consultation-marche", "Marché : résultats"), ("/services/contact", "Contact"),
             ("/services/salles", "Réserver une salle"), ("/services/espace-famille", "Espace famille"), ("/mairie/elus", "Les élus")],
            [("/actualites/scot", "SCoT : enquête publique à l'agglo", "4 octobre", "Permanences en mairie."),
             ("/actualites/vendanges", "Fête des vendanges", "20 septembre", "Programme complet."),
             ("/actualites/decidim-voisine", "Participation : ce que font nos voisins", "10 septembre", "Retour sur une rencontre."),
             ("/actualites/office-tourisme", "L'office de tourisme sur les réseaux", "2 septembre", "Suivez-le.")],
            _AGENDA, cookie="banner")),
        page("/citoyennete/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Quatre conseils citoyens, composés d'habitants volontaires et tirés au sort, donnent leur avis sur les projets de la ville et de l'agglomération.",
            "Le forum en ligne de la ville prolonge leurs débats : chacun peut y ouvrir un sujet.")
             + m.links([(f"http://{forum}/viewforum.php?f=2", "Débattre sur le forum")]), {"participation_displayed"}),
        # a call for residents' projects funded by the city, sent privately to it: not a participatory budget (no vote)
        page("/citoyennete/appel-a-projets-citoyens", "Appel à projets citoyens « Faites-le pour Rieutord »", m.prose(
            "Vous avez une idée pour animer votre quartier, embellir une rue, créer du lien ? La ville finance jusqu'à 5 000 € par projet porté par des habitants.",
            "Décrivez votre projet avant le 15 décembre, le comité citoyen choisira les projets retenus.")
             + m.vendor_form("/citoyennete/appel-a-projets-citoyens", [("porteur", "Nom du porteur", "text"), ("email", "E-mail", "email"),
                             ("projet", "Votre projet en quelques lignes", "textarea"), ("cout", "Coût estimé", "text")], "Proposer mon projet"),
             {"suggestion_call", "contact_form"}, decoys={"participatory_budget"}),
        page("/citoyennete/sondage-cantine", "Sondage : la cantine de vos enfants", m.prose(
            "Quatre questions pour améliorer la restauration scolaire. Sondage anonyme, ouvert jusqu'au 20 octobre.")
             + m.vendor_form("/citoyennete/sondage-cantine", [("q1", "Votre enfant aime-t-il les repas ?", "radio:Souvent|Parfois|Rarement"),
                             ("q2", "Un repas végétarien par semaine, c'est", "radio:Pas assez|Bien|Trop"),
                             ("q3", "Vos suggestions", "textarea")], "Envoyer", cls="form-sondage"),
             {"poll"}, decoys={"contact_form"}),
        page("/citoyennete/consultation-marche", "Consultation sur le marché : les résultats", m.prose(
            "Vous avez été 640 à répondre : le marché du dimanche matin est maintenu place de la Halle.")
             + m.results_table("Souhaitez-vous un second marché en semaine ?", [("Oui, le mercredi", 47), ("Oui, le vendredi soir", 38), ("Non", 15)]),
             decoys={"poll"}),
        page("/actualites/scot", "SCoT : enquête publique à l'agglomération", m.prose(
            "L'enquête publique sur la modification du SCoT se tient jusqu'au 8 novembre. Le dossier est consultable en mairie et sur le site de l'agglomération.")
             + m.links([(f"http://{agglo}/amenagement/scot-enquete-publique", "Le dossier d'enquête")]), decoys={"poll"}),
        page("/actualites/vendanges", "Fête des vendanges", m.prose("Défilé des chars, pressoir, bal : rendez-vous le 28 septembre."),
             decoys={"comments"}),
        page("/actualites/decidim-voisine", "Participation : ce que font nos voisins", m.prose(
            "Des élus de Rieutord ont rencontré leurs homologues d'une commune voisine qui utilise la plateforme Decidim pour son budget participatif.",
            "Une réflexion est engagée ; aucune plateforme n'est prévue à ce stade."),
             decoys={"participatory_platform", "participatory_budget"}),
        # the tourist office's accounts, not the city's
        page("/actualites/office-tourisme", "L'office de tourisme sur les réseaux", m.prose(
            "L'office de tourisme intercommunal publie chaque jour les idées de sorties : "
            "<a href=\"https://www.instagram.com/vignesetsaone_tourisme\">son compte Instagram</a>."),
             decoys={"territorial_social_network"}),
        page("/services/salles", "Réserver une salle municipale", m.booking_form("/services/salles", "salle des fêtes ou salle Montgolfier"),
             decoys={"contact_form"}),
        page("/services/espace-famille", "Espace famille", m.prose("Connectez-vous pour gérer les inscriptions périscolaires.")
             + m.login_form("/services/espace-famille"), decoys={"contact_form"}),
        page("/mairie/elus", "Les élus", m.prose("Le maire et ses 9 adjoints. L'adjointe à la démocratie locale reçoit sur rendez-vous.")
             + '<p>Écrire au maire : <a href="mailto:maire@rieutord-les-vignes.fr">maire@rieutord-les-vignes.fr</a></p>',
             decoys={"contact_form", "participation_displayed"}),
        page("/services/contact", "Contact", m.vendor_form("/services/contact", [("nom", "Nom", "text"), ("courriel", "Courriel", "email"),
             ("objet", "Objet", "text"), ("message", "Message", "textarea")]), {"contact_form"}),
    ]
    www = Site(host, "vendor", "Rieutord-lès-Vignes", pages,
               menu=[("Citoyenneté", "/citoyennete/conseils-citoyens"), ("Forum", f"http://{forum}/"), ("Services", "/services/contact"),
                     ("Agglomération", f"http://{agglo}/")],
               accounts=[social("facebook", "RieutordLesVignes"), social("mastodon", "rieutord@mastodon.social")],
               address="Hôtel de ville, 10 Grande Rue, 69790 Rieutord-lès-Vignes")
    f_pages = [
        page("/", "Index du forum", m.phpbb_forums([("/viewforum.php?f=2", "Vie des quartiers", "Travaux, propreté, voisinage", 84, 612),
                                                     ("/viewforum.php?f=3", "Projets de la ville", "Questions aux élus", 27, 198)]), {"forum"}),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, [("/viewtopic.php?t=58", "Stationnement devant l'école du Bourg", "Karine69", 14)]),
             {"forum"}),
        page("/viewforum.php?f=3", "Projets de la ville", m.phpbb_topics(3, [("/viewtopic.php?t=61", "Le futur parc de la Saône", "pierre.b", 9)]),
             {"forum"}),
        page("/viewtopic.php?t=58", "Stationnement devant l'école du Bourg", m.phpbb_topic(2, 58, [
            ("Karine69", "3 oct.", "Tous les matins c'est la même pagaille, il faudrait un dépose-minute."),
            ("Modérateur mairie", "4 oct.", "La question est inscrite au conseil citoyen du Bourg.")]), {"forum"}),
        page("/viewtopic.php?t=61", "Le futur parc de la Saône", m.phpbb_topic(3, 61, [
            ("pierre.b", "28 sept.", "Quelqu'un a vu les plans ? Y aura-t-il des jeux pour les petits ?")]), {"forum"}),
    ]
    for f in (2, 3):  # posting asks an anonymous visitor to log in: the board's login, not a thread
        f_pages.append(page(f"/posting.php?mode=post&f={f}", "Connexion", m.prose(
            "Vous devez être inscrit et connecté pour publier un nouveau sujet sur ce forum.") + m.login_form("/ucp.php?mode=login"),
            decoys={"contact_form", "forum"}))
    fs = Site(forum, "phpbb", "Forum des habitants de Rieutord", f_pages)
    agglo_pages = [
        page("/", "Accueil", m.prose("Vignes et Saône Agglomération, 19 communes.")
             + m.quick_links([("/amenagement/scot-enquete-publique", "Enquête publique SCoT"), ("/subventions/appel-a-projets-culture", "Appel à projets culture"),
                              ("/agglo/forum-emploi", "Forum de l'emploi")])),
        page("/amenagement/scot-enquete-publique", "Enquête publique : modification du SCoT", m.prose(
            "Le commissaire enquêteur reçoit le public lors de permanences. Observations au registre dématérialisé du prestataire agréé ou par courrier."),
             decoys={"poll", "participation_displayed"}),
        page("/subventions/appel-a-projets-culture", "Appel à projets culture", m.prose(
            "Les associations culturelles peuvent candidater pour une aide aux festivals. Dossier à déposer avant le 1er février."),
             decoys={"suggestion_call"}),
        page("/agglo/forum-emploi", "Forum de l'emploi saisonnier", m.prose("Vendanges, tourisme, logistique : 40 recruteurs le 5 mars."),
             decoys={"forum"}),
    ]
    ag = Site(agglo, "vendor", "Vignes et Saône Agglomération", agglo_pages,
              menu=[("Aménagement", "/amenagement/scot-enquete-publique"), ("Subventions", "/subventions/appel-a-projets-culture")],
              address="Vignes et Saône Agglomération, 69790 Rieutord-lès-Vignes")
    return City("99454", "Rieutord-lès-Vignes", 52_800, "69", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [www, fs, ag],
                decoy_accounts=("https://www.instagram.com/vignesetsaone_tourisme",))


# =====================================================================================================
# 5. Ambrecy: WordPress city site, its Cap Collectif budget participatif, the agglomeration on Drupal
# =====================================================================================================

def ambrecy() -> City:
    host, capco, agglo = "www.ambrecy.fr", "ambrecy.cap-collectif.com", "www.orge-yvette-agglo.fr"
    bp = "/project/budget-participatif-2025"
    pages = [
        page("/", "Accueil", _home(
            "Ambrecy, ville de l'Essonne au cœur de l'agglomération Orge-Yvette.",
            [("/ma-ville/democratie-participative/", "Démocratie participative"), (f"http://{capco}/", "J'participe"),
             ("/ma-ville/democratie-participative/assises-de-la-jeunesse/", "Assises de la jeunesse"), ("/ma-ville/vos-suggestions/", "Vos suggestions"),
             ("/actualites/", "Actualités"), ("/contact/", "Contact"), ("/ma-ville/finances/", "Finances"), ("/ma-ville/budget-participatif-2021/", "Budget participatif 2021")],
            [("/actualites/budget-participatif-depot/", "Budget participatif : déposez vos projets", "2 octobre", "Jusqu'au 30 novembre."),
             ("/actualites/concertation-plan-climat/", "Plan climat de l'agglo : donnez votre avis", "26 septembre", "Questionnaire en ligne."),
             ("/actualites/appel-candidatures-conseil-jeunes/", "Conseil des jeunes : appel à candidatures", "12 septembre", "11-17 ans.")],
            _AGENDA, extra=m.with_aside("", m.aside_block("Sondage", m.wp_polls(3, "Faut-il ouvrir le parc de la Bièvre le soir en été ?", ["Oui, jusqu'à 22 h", "Non"])))),
             {"poll"}),
        page("/ma-ville/democratie-participative/", "Démocratie participative", m.prose(
            "Assises de la jeunesse, conseils de quartier, budget participatif, concertation sur les projets urbains : la ville associe les Ambréciens à ses choix.",
            "Toutes les démarches en ligne sont rassemblées sur J'participe, la plateforme participative de la ville.")
             + m.links([(f"http://{capco}/", "Aller sur J'participe"), ("/ma-ville/democratie-participative/assises-de-la-jeunesse/", "Assises de la jeunesse")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-participative/assises-de-la-jeunesse/", "Assises de la jeunesse", m.prose(
            "Trois soirées de débats avec les 15-25 ans sur le logement, l'emploi et les loisirs, les 5, 12 et 19 novembre à l'espace Colette."),
             {"participation_displayed"}),
        # a suggestions form is a contact form that explicitly asks for ideas
        page("/ma-ville/vos-suggestions/", "Vos suggestions", m.prose(
            "Une idée pour améliorer la vie à Ambrecy ? Un service à créer, un aménagement à revoir ? Proposez-la aux élus avec ce formulaire.")
             + m.cf7_contact("/ma-ville/vos-suggestions/", 318, extra='<p><label> Quartier<br /><span class="wpcf7-form-control-wrap" data-name="quartier">'
                             '<select class="wpcf7-form-control wpcf7-select" name="quartier"><option>Centre</option><option>Les Graviers</option><option>Le Plateau</option></select></span></label></p>'),
             {"suggestion_call", "contact_form"}),
        # a past edition, presented on the city's site: residents proposed and voted those projects
        page("/ma-ville/budget-participatif-2021/", "Budget participatif 2021 : les projets réalisés", m.prose(
            "Première édition : 140 idées déposées, 2 900 votants, 9 projets réalisés dont la ferme urbaine des Graviers et les composteurs collectifs."),
             {"participatory_budget"}),
        page("/ma-ville/finances/", "Finances de la ville", m.prose(
            "Budget primitif 2024 voté en mars, orientations budgétaires, dette : consultez les documents financiers."),
             decoys={"participatory_budget"}),
        page("/actualites/", "Actualités", m.news([("/actualites/budget-participatif-depot/", "Budget participatif : déposez vos projets", "2 octobre", ""),
                                                  ("/actualites/concertation-plan-climat/", "Plan climat de l'agglo", "26 septembre", ""),
                                                  ("/actualites/appel-candidatures-conseil-jeunes/", "Conseil des jeunes", "12 septembre", "")])),
        page("/actualites/budget-participatif-depot/", "Budget participatif : déposez vos projets", m.prose(
            "La deuxième édition du budget participatif est lancée : 500 000 € pour vos projets. Dépôt sur J'participe jusqu'au 30 novembre.")
             + m.links([(f"http://{capco}{bp}/collect/depot-des-projets", "Déposer un projet")])
             + m.wp_comments([("Léa", "3 oct.", "Super, on va proposer une aire de jeux aux Graviers !")], 904), {"participatory_budget", "comments"}),
        page("/actualites/concertation-plan-climat/", "Plan climat de l'agglo : donnez votre avis", m.prose(
            "L'agglomération Orge-Yvette révise son plan climat et interroge les habitants.")
             + m.links([(f"http://{agglo}/plan-climat/questionnaire", "Répondre au questionnaire de l'agglomération")]),
             decoys={"poll"}),
        page("/actualites/appel-candidatures-conseil-jeunes/", "Conseil des jeunes : appel à candidatures", m.prose(
            "Tu as entre 11 et 17 ans ? Candidate pour siéger au conseil municipal des jeunes : dossier à retirer au service jeunesse."),
             decoys={"suggestion_call"}),
        page("/contact/", "Contact", m.cf7_contact("/contact/", 12), {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Ville d'Ambrecy", pages,
               menu=[("Ma ville", "/ma-ville/democratie-participative/"), ("J'participe", f"http://{capco}/"), ("Actualités", "/actualites/"),
                     ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleAmbrecy"), social("instagram", "ambrecy91"), social("tiktok", "ambrecy")],
               address="Hôtel de ville, 3 rue Pasteur, 91790 Ambrecy")
    steps = [(f"{bp}/presentation/le-budget-participatif", "Présentation", "octobre"),
             (f"{bp}/collect/depot-des-projets", "Dépôt des projets", "2 oct. - 30 nov."),
             (f"{bp}/selection/vote", "Vote", "mars")]
    cpages = [
        page("/", "J'participe Ambrecy", m.prose("La plateforme participative de la ville d'Ambrecy.")
             + m.links([(f"{bp}/presentation/le-budget-participatif", "Budget participatif 2025"),
                        ("/project/parc-bievre/questionnaire/avis", "Parc de la Bièvre : votre avis")]), {"participation_displayed", "participatory_budget"}),
        page(f"{bp}/presentation/le-budget-participatif", "Budget participatif 2025", m.capco_steps(steps, 0) + m.prose(
            "Proposez, votez, réalisez : 500 000 € pour des projets d'intérêt général, d'un montant maximal de 80 000 €."),
             {"participatory_budget"}),
        page(f"{bp}/collect/depot-des-projets", "Dépôt des projets", m.capco_steps(steps, 1)
             + m.capco_proposals([(f"{bp}/collect/depot-des-projets/proposals/ferme-pedagogique", "Une ferme pédagogique au Plateau", "Samia B.", 0, "60 000")])
             + m.links([(f"{bp}/collect/depot-des-projets/new", "Déposer un projet")]), {"participatory_budget", "suggestion_call"}),
        page(f"{bp}/collect/depot-des-projets/new", "Déposer un projet", m.vendor_form(f"{bp}/collect/depot-des-projets/new",
             [("proposal[title]", "Titre du projet", "text"), ("proposal[summary]", "Résumé", "text"), ("proposal[body]", "Description", "textarea"),
              ("proposal[estimation]", "Estimation (€)", "text")], "Déposer", cls="proposal-form"),
             {"participatory_budget", "suggestion_call"}, decoys={"contact_form"}),
        page(f"{bp}/collect/depot-des-projets/proposals/ferme-pedagogique", "Une ferme pédagogique au Plateau", m.prose(
            "Chèvres, poules et potager, animés avec les écoles.")
             + '<div class="proposal__comments"><h2>Commentaires (1)</h2><div class="opinion">Mes enfants adoreraient !</div>'
               '<form class="comment-form" method="post" action="/comments"><textarea name="body"></textarea><button type="submit">Commenter</button></form></div>',
             {"participatory_budget", "comments"}),
        page(f"{bp}/selection/vote", "Vote (à venir)", m.capco_steps(steps, 2) + m.prose("Le vote ouvrira en mars, une fois les projets étudiés."),
             {"participatory_budget"}),
        page("/project/parc-bievre/questionnaire/avis", "Parc de la Bièvre : votre avis", m.capco_questionnaire("/project/parc-bievre/questionnaire/avis", [
            ("Fréquentez-vous le parc ?", ["Chaque semaine", "Parfois", "Jamais"]), ("Que manque-t-il ?", [])]), {"poll"}),
    ]
    cp = Site(capco, "capcollectif", "J'participe Ambrecy", cpages, menu=[("Accueil", "/"), ("Budget participatif", f"{bp}/presentation/le-budget-participatif")],
              features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    apages = [
        page("/", "Accueil", m.prose("Communauté d'agglomération Orge-Yvette.")
             + m.quick_links([("/plan-climat", "Plan climat"), ("/plan-climat/questionnaire", "Questionnaire"), ("/agglo/marches-publics", "Marchés publics")])),
        page("/plan-climat", "Plan climat-air-énergie", m.prose(
            "Concertation sur le plan climat : ateliers publics dans six communes et questionnaire en ligne jusqu'au 10 décembre."),
             {"participation_displayed"}),
        page("/plan-climat/questionnaire", "Questionnaire du plan climat", m.webform("/plan-climat/questionnaire", "pcaet", [
            ("commune", "Votre commune", "select:Ambrecy|Saint-Vrain-sur-Orge|Autre"),
            ("priorite", "Votre priorité", "radios:Isolation des logements|Vélo et transports|Arbres et îlots de fraîcheur"),
            ("idee", "Une idée pour le climat ?", "textarea")], "Envoyer"), {"poll"}),
        page("/agglo/marches-publics", "Marchés publics", m.prose("Avis d'appel public à la concurrence et consultations en cours."),
             decoys={"suggestion_call"}),
    ]
    ag = Site(agglo, "drupal", "Agglomération Orge-Yvette", apages, menu=[("Plan climat", "/plan-climat"), ("Marchés", "/agglo/marches-publics")],
              address="Agglomération Orge-Yvette, 91790 Ambrecy")
    return City("99455", "Ambrecy", 34_600, "91", "11", "Île-de-France", f"http://{host}/", [www, cp, ag])


# =====================================================================================================
# 6. Pontvallier: Drupal city site, a white-label participation space of its own, agglomeration on TYPO3
# =====================================================================================================

def pontvallier() -> City:
    host, part_, agglo = "www.pontvallier.fr", "participez.pontvallier.fr", "www.erdre-pontvallier-agglo.fr"
    pages = [
        page("/", "Accueil", _home(
            "Ville de Pontvallier, au bord de l'Erdre.",
            [(f"http://{part_}/", "Participez !"), ("/vivre-ensemble/concertation", "Concertation"), ("/vivre-ensemble/assemblees-de-quartier", "Assemblées de quartier"),
             ("/mairie/budget", "Budget"), ("/mairie/conseil-municipal", "Conseil municipal"), ("/contact", "Contact"),
             ("/culture/piscine", "Piscine"), ("/vivre-ensemble/petitions-nationales", "Pétitions")],
            [("/actualites/pdu-agglo", "Mobilité : l'agglo lance son enquête", "5 octobre", "Ouverte à tous."),
             ("/actualites/plateforme-lancee", "Participez ! La plateforme est en ligne", "1er septembre", "Idées, sondages, pétitions."),
             ("/actualites/enquete-plui", "PLUi : enquête publique", "20 septembre", "Registre en mairie.")], _AGENDA)),
        page("/vivre-ensemble/concertation", "La concertation à Pontvallier", m.prose(
            "Pour chaque projet d'aménagement, la ville organise une concertation : réunions publiques, balades urbaines, ateliers. "
            "Les habitants peuvent aussi s'exprimer toute l'année sur Participez !, l'espace participatif de la ville.")
             + m.links([(f"http://{part_}/", "Participez !")]), {"participation_displayed"}),
        page("/vivre-ensemble/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
            "Deux fois par an, le maire et les élus de secteur tiennent une assemblée de quartier ouverte à tous.",
            "Automne : Barbotière le 8 novembre, Île-Héron le 15 novembre, Centre le 22 novembre."),
             {"participation_displayed"}),
        page("/actualites/pdu-agglo", "Mobilité : l'agglo lance son enquête", m.prose(
            "L'agglomération Erdre et Pontvallier interroge les habitants sur leurs déplacements.")
             + m.links([(f"http://{agglo}/mobilite/enquete", "L'enquête mobilité")]) + m.drupal_comments([("Anne", "6 oct.", "Enfin !")], 77),
             {"comments"}, decoys={"poll"}),
        page("/actualites/plateforme-lancee", "Participez ! La plateforme est en ligne", m.prose(
            "Boîte à idées, sondages et pétitions : la nouvelle plateforme participative de la ville est ouverte depuis le 1er septembre.")
             + m.links([(f"http://{part_}/", "Découvrir la plateforme")]), decoys={"participatory_platform", "petition", "poll"}),
        page("/actualites/enquete-plui", "PLUi : enquête publique", m.prose(
            "L'enquête publique sur le plan local d'urbanisme intercommunal est ouverte jusqu'au 12 novembre."),
             decoys={"poll"}),
        page("/vivre-ensemble/petitions-nationales", "Pétitions : ce qui relève de la ville", m.prose(
            "Les pétitions adressées au Parlement se déposent sur les plateformes de l'Assemblée nationale et du Sénat. "
            f"Pour les questions municipales, utilisez l'espace pétitions de <a href=\"http://{part_}/petitions\">Participez !</a>."),
             decoys={"petition"}),
        page("/mairie/budget", "Budget de la ville", m.prose("Budget primitif 2024 : 112 M€. Compte administratif et annexes en téléchargement."),
             decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose("Calendrier des séances, ordres du jour et délibérations."),
             decoys={"participation_displayed"}),
        page("/culture/piscine", "Piscine des Bords d'Erdre", m.prose("Horaires et tarifs. Réservez un créneau d'aquagym.")
             + m.booking_form("/culture/piscine", "un cours d'aquagym"), decoys={"contact_form"}),
        page("/contact", "Contact", m.webform("/contact", "contact", [("nom", "Nom", "text"), ("courriel", "Courriel", "email"),
             ("message", "Votre message", "textarea")]), {"contact_form"}),
    ]
    www = Site(host, "drupal", "Pontvallier", pages,
               menu=[("Vivre ensemble", "/vivre-ensemble/concertation"), ("Participez !", f"http://{part_}/"), ("Mairie", "/mairie/budget"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "pontvallier"), social("bluesky", "pontvallier.fr")],
               address="Hôtel de ville, 44790 Pontvallier")
    ppages = [
        page("/", "Participez ! Pontvallier", m.prose("L'espace de participation citoyenne de la ville de Pontvallier.")
             + m.links([("/idees", "Boîte à idées"), ("/sondages/eclairage", "Sondage en cours"), ("/petitions", "Pétitions"),
                        ("/sondages/terrasses", "Sondage terrasses (clos)")]), {"participation_displayed"}),
        # the idea box of the city's own space (its subdomain): a free-text message to the city
        page("/idees", "Boîte à idées", m.prose("Proposez vos idées pour Pontvallier ; les plus soutenues sont étudiées par les services.")
             + m.idea_box("/idees", ["Environnement", "Mobilité", "Culture", "Jeunesse"], "Proposer"), {"suggestion_call", "contact_form"}),
        page("/sondages/eclairage", "Sondage : l'éclairage nocturne", m.vendor_form("/sondages/eclairage", [
            ("reponse", "Faut-il éteindre l'éclairage public entre 1 h et 5 h ?", "radio:Oui|Non|Sans avis")], "Voter", cls="sondage-form"), {"poll"}),
        page("/sondages/terrasses", "Sondage : les terrasses (clos)", m.results_table("Faut-il étendre les terrasses l'été ?", [("Oui", 71), ("Non", 29)],
             "Sondage clos le 30 juin."), decoys={"poll"}),
        page("/petitions", "Pétitions", m.prose("Une pétition qui recueille 1 000 signatures est inscrite à l'ordre du jour du conseil municipal.")
             + m.petition_form("/petitions/18/signer", "Pour une piste cyclable boulevard de l'Erdre", 642, 1000)
             + m.links([("/petitions/18", "Piste cyclable boulevard de l'Erdre"), ("/petitions/nouvelle", "Lancer une pétition")]), {"petition"}),
        page("/petitions/18", "Pour une piste cyclable boulevard de l'Erdre", m.prose(
            "Portée par l'association Erdre à vélo : nous demandons une piste séparée entre le pont de la Motte et le lycée.")
             + m.petition_form("/petitions/18/signer", "Pour une piste cyclable boulevard de l'Erdre", 642, 1000), {"petition"}),
        page("/petitions/nouvelle", "Lancer une pétition", m.vendor_form("/petitions/nouvelle", [("titre", "Titre", "text"), ("texte", "Texte", "textarea")],
             "Soumettre", cls="petition-new"), {"petition"}, decoys={"contact_form"}),
    ]
    ps = Site(part_, "vendor", "Participez ! Pontvallier", ppages, menu=[("Accueil", "/"), ("Idées", "/idees"), ("Pétitions", "/petitions")],
              features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}), address="Ville de Pontvallier")
    apages = [
        page("/", "Accueil", m.prose("Erdre et Pontvallier Agglomération.") + m.quick_links([("/mobilite/enquete", "Enquête mobilité"),
             ("/habitat/aides", "Aides à l'habitat")])),
        page("/mobilite/enquete", "Enquête mobilité", m.prose("Aidez-nous à préparer le plan de mobilité : questionnaire ouvert jusqu'au 30 novembre.")
             + m.powermail("/mobilite/enquete", 9, [("mode", "Votre mode principal", "radio:Voiture|Bus|Vélo|Marche"),
                                                    ("freq", "Prenez-vous le bus ?", "radio:Chaque jour|Parfois|Jamais"),
                                                    ("attentes", "Vos attentes", "textarea")]), {"poll"}),
        page("/habitat/aides", "Aides à l'habitat", m.prose("Appel à candidatures pour la rénovation énergétique : subventions aux propriétaires."),
             decoys={"suggestion_call"}),
    ]
    ag = Site(agglo, "typo3", "Erdre et Pontvallier Agglomération", apages, menu=[("Mobilité", "/mobilite/enquete")],
              address="Erdre et Pontvallier Agglomération")
    return City("99456", "Pontvallier", 71_900, "44", "52", "Pays de la Loire", f"http://{host}/", [www, ps, ag])


# =====================================================================================================
# 7. Sainte-Oranne: Joomla city site, a Flarum board, the agglomeration on WordPress with a Decidim space
# =====================================================================================================

def sainte_oranne() -> City:
    host, debat, agglo, dec = "www.sainte-oranne.fr", "debat.sainte-oranne.fr", "www.landes-oranne.fr", "participation.landes-oranne.fr"
    pages = [
        page("/", "Accueil", _home(
            "Sainte-Oranne, ville de la communauté d'agglomération Landes d'Oranne.",
            [("/index.php/citoyennete", "Citoyenneté"), ("/index.php/citoyennete/conseil-des-sages", "Conseil des sages"),
             (f"http://{debat}/", "Le débat citoyen"), ("/index.php/citoyennete/petition", "Droit de pétition"),
             ("/index.php/actualites/cafe-citoyen", "Café citoyen"), ("/index.php/contact", "Contact"),
             ("/index.php/actualites/participation-citoyenne-gendarmerie", "Voisins vigilants"), ("/index.php/agenda/conseil", "Conseil municipal")],
            [("/index.php/actualites/cafe-citoyen", "Café citoyen sur la sécurité routière", "1er octobre", "Samedi matin."),
             ("/index.php/actualites/plui-agglo", "PLUi : participez sur la plateforme de l'agglo", "22 septembre", ""),
             ("/index.php/actualites/forum-associations", "Forum des associations", "5 septembre", "")], _AGENDA, cookie="axeptio")),
        page("/index.php/citoyennete", "Citoyenneté et participation", m.prose(
            "Conseil des sages, cafés citoyens, droit de pétition et débat en ligne : la ville donne la parole aux habitants."),
             {"participation_displayed"}),
        page("/index.php/citoyennete/conseil-des-sages", "Le conseil des sages", m.prose(
            "Vingt habitants de plus de 60 ans émettent des avis sur les projets municipaux : mobilité, aménagement du centre, liens entre générations."),
             {"participation_displayed"}),
        page("/index.php/citoyennete/petition", "Le droit de pétition local", m.prose(
            "Les habitants peuvent demander, par une pétition signée par 2 % des électeurs, l'inscription d'un sujet au conseil municipal.")
             + m.petition_form("/index.php/citoyennete/petition/signer", "Rouvrir le bureau de poste de la Lande", 318, 420),
             {"petition", "participation_displayed"}),
        page("/index.php/actualites/cafe-citoyen", "Café citoyen sur la sécurité routière", m.prose(
            "Samedi 12 octobre, 10 h, au café de la Halle : venez débattre avec les élus de la vitesse en ville.")
             + m.joomla_comments([("Bernard", "2 oct.", "Les zones 30 ne sont jamais respectées avenue de la Gare.")], 245),
             {"comments", "participation_displayed"}),
        page("/index.php/actualites/plui-agglo", "PLUi : participez sur la plateforme de l'agglo", m.prose(
            f"Landes d'Oranne a ouvert une concertation sur <a href=\"http://{dec}/processes/plui-landes\">sa plateforme</a>. Réunion publique le 18 octobre."),
             decoys={"participatory_platform"}),
        page("/index.php/actualites/forum-associations", "Forum des associations", m.prose("Samedi 7 septembre, halle des sports : 70 associations."),
             decoys={"forum"}),
        page("/index.php/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : la convention signée", m.prose(
            "Le maire, le préfet et le commandant de gendarmerie ont signé la convention « participation citoyenne ». Des référents de quartier relaieront les alertes."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/index.php/agenda/conseil", "Séance du conseil municipal", m.prose("Ordre du jour du 10 octobre : budget supplémentaire, tarifs de la cantine."),
             decoys={"participation_displayed"}),
        page("/index.php/contact", "Contact", m.joomla_contact("/index.php/contact"), {"contact_form"}),
    ]
    www = Site(host, "joomla", "Sainte-Oranne", pages,
               menu=[("Citoyenneté", "/index.php/citoyennete"), ("Débat citoyen", f"http://{debat}/"), ("Agglo", f"http://{agglo}/"),
                     ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "SainteOranne"), social("youtube", "sainteoranne")],
               address="Mairie, place de l'Église, 33790 Sainte-Oranne")
    dpages = [
        page("/", "Le débat citoyen", m.flarum_list([("/d/12-la-place-du-marche", "La place du marché", 18), ("/d/15-pistes-cyclables", "Pistes cyclables", 9)]),
             {"forum"}),
        page("/d/12-la-place-du-marche", "La place du marché", m.flarum_discussion([
            ("Sylvie", "2 oct.", "Je suis pour la piétonnisation le samedi."), ("Thomas", "3 oct.", "Et les commerçants ?")]), {"forum"}),
        page("/d/15-pistes-cyclables", "Pistes cyclables", m.flarum_discussion([("Lucas", "29 sept.", "La route de Mios est dangereuse à vélo.")]),
             {"forum"}),
    ]
    ds = Site(debat, "flarum", "Le débat citoyen de Sainte-Oranne", dpages, menu=[("Discussions", "/")])
    apages = [
        page("/", "Accueil", m.prose("Communauté d'agglomération Landes d'Oranne.") + m.quick_links([
            ("/plui/", "PLUi"), ("/concertations/bilan-pdm/", "Bilan de la concertation mobilité"), (f"http://{dec}/", "Plateforme participative")])),
        page("/plui/", "Le PLUi", m.prose("Le PLUi est en concertation : registres en mairie, réunions publiques et contributions en ligne.")
             + m.links([(f"http://{dec}/processes/plui-landes", "Contribuer")]), {"participation_displayed"}),
        # a consultation's closing report: nothing to answer any more
        page("/concertations/bilan-pdm/", "Bilan de la concertation sur la mobilité", m.prose(
            "La concertation de 2023 a réuni 1 100 contributions. Le bilan a été approuvé par le conseil communautaire."),
             {"participation_displayed"}, decoys={"poll", "suggestion_call"}),
    ]
    ag = Site(agglo, "wordpress", "Landes d'Oranne Agglomération", apages, menu=[("PLUi", "/plui/")], address="Landes d'Oranne, 33790 Sainte-Oranne")
    depages = [
        page("/", "Landes d'Oranne participe", m.decidim_process_card("/processes/plui-landes", "Concertation PLUi", "Contributions", "jusqu'au 20 déc."),
             {"participation_displayed"}),
        page("/processes/plui-landes", "Concertation PLUi", m.prose("Déposez vos contributions sur le futur PLUi.")
             + m.decidim_proposals([(7, "Protéger la forêt de la Lande", "Anaïs", 2, "En évaluation")], "/processes/plui-landes/f/3/proposals")
             + m.links([("/processes/plui-landes/f/3/proposals/new", "Nouvelle contribution")]), {"suggestion_call", "participation_displayed"}),
        page("/processes/plui-landes/f/3/proposals/new", "Nouvelle contribution", m.decidim_new_proposal("/processes/plui-landes/f/3/proposals"),
             {"suggestion_call"}, decoys={"contact_form"}),
        page("/processes/plui-landes/f/3/proposals/7", "Protéger la forêt de la Lande", m.prose("Classer la forêt en espace boisé.")
             + m.decidim_comments([("Paul", "hier", "Tout à fait d'accord.")], "proposal7"), {"comments"}),
    ]
    de = Site(dec, "decidim", "Landes d'Oranne participe", depages, menu=[("Processus", "/processes/plui-landes")],
              features=DECIDIM, platforms=frozenset({"decidim"}))
    return City("99457", "Sainte-Oranne", 38_900, "33", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, ds, ag, de])


# =====================================================================================================
# 8. Ferrouville: vendor CMS, Publik e-services, the agglomeration's Jenparle space
# =====================================================================================================

def ferrouville() -> City:
    host, gru, agglo, jp = "www.ferrouville.fr", "demarches.ferrouville.fr", "www.caux-estuaire.fr", "cauxestuaire.jenparle.net"
    voisins = "www.entrevoisins-ferrouville.fr"
    pages = [
        page("/", "Accueil", _home(
            "Ferrouville, ville de Caux Estuaire Communauté.",
            [("/participation", "Participation"), ("/participation/budget-participatif", "Budget participatif"),
             ("/participation/conseils-de-quartier", "Conseils de quartier"), (f"http://{gru}/contact/", "Contacter la mairie"),
             (f"http://{gru}/signalement/", "Signaler un problème"), ("/actualites/recensement", "Recensement"),
             ("/actualites/appel-offres", "Marchés publics"), ("/mairie/budget", "Budget")],
            [("/participation/budget-participatif/projets-2024", "Budget participatif : les projets 2024 votés", "20 septembre", ""),
             ("/actualites/jenparle-agglo", "L'agglo consulte sur l'eau", "12 septembre", ""),
             ("/actualites/recensement", "Recensement 2025", "1er septembre", "")], _AGENDA, cookie="banner")),
        page("/participation", "Participation citoyenne", m.prose(
            "Ferrouville s'est dotée d'une charte de la démocratie locale : conseils de quartier, budget participatif annuel, réunions publiques.")
             + m.links([("/participation/conseils-de-quartier", "Conseils de quartier"), ("/participation/budget-participatif", "Budget participatif"),
                        ("/participation/entre-voisins", "Ferrouville entre voisins")]),
             {"participation_displayed"}),
        # the city presents the neighbours' network it set up and links to it
        page("/participation/entre-voisins", "Ferrouville entre voisins", m.prose(
            "Besoin d'un coup de main, envie de prêter un outil ou de partager un potager ? La ville a ouvert un réseau d'entraide entre habitants.",
            f"Rejoignez-le sur <a href=\"http://{voisins}/\">entrevoisins-ferrouville.fr</a> : inscription gratuite, adresse vérifiée."),
             {"territorial_social_network"}, parent=("Participation", "/participation")),
        page("/participation/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Six conseils de quartier se réunissent chaque trimestre. Comptes rendus et dates des prochaines réunions."),
             {"participation_displayed"}),
        page("/participation/budget-participatif", "Budget participatif", m.prose(
            "300 000 € par an pour les projets des Ferrouvillais. Dépôt des idées en janvier-février, vote en juin.",
            f"Déposez votre projet en ligne : <a href=\"http://{gru}/budget-participatif/deposer-un-projet/\">formulaire de dépôt</a>.")
             + m.links([("/participation/budget-participatif/projets-2024", "Les projets 2024")]), {"participatory_budget", "participation_displayed"}),
        page("/participation/budget-participatif/projets-2024", "Budget participatif : les projets votés en 2024", m.prose(
            "Lauréats : un city-stade au Val-Fleuri, des nichoirs dans les écoles, une rampe d'accès à la plage."),
             {"participatory_budget"}),
        page("/actualites/jenparle-agglo", "L'agglo consulte sur l'eau", m.prose(
            f"Caux Estuaire consulte les habitants sur sa politique de l'eau sur <a href=\"http://{jp}/\">sa plateforme</a>."),
             decoys={"participatory_platform", "poll"}),
        page("/actualites/recensement", "Recensement 2025", m.prose("Le recensement se déroule en janvier. Répondez en ligne avec les codes remis par l'agent recenseur."),
             decoys={"poll"}),
        page("/actualites/appel-offres", "Marchés publics", m.prose("Appel d'offres : entretien des espaces verts, lot 1 et lot 2."),
             decoys={"suggestion_call"}),
        page("/mairie/budget", "Budget", m.prose("Budget primitif 2024 et compte administratif."), decoys={"participatory_budget"}),
    ]
    www = Site(host, "vendor", "Ferrouville", pages,
               menu=[("Participation", "/participation"), ("Démarches", f"http://{gru}/"), ("Agglo", f"http://{agglo}/")],
               accounts=[social("facebook", "ferrouville"), social("instagram", "ferrouville76")],
               address="Hôtel de ville, 76790 Ferrouville")
    gpages = [
        page("/", "Démarches en ligne", m.links([("/contact/", "Contacter la mairie"), ("/signalement/", "Signaler un problème"),
                                                 ("/budget-participatif/deposer-un-projet/", "Budget participatif : déposer un projet")])),
        page("/contact/", "Contacter la mairie", m.vendor_form("/contact/", [("f1", "Nom", "text"), ("f2", "Courriel", "email"),
             ("f3", "Message", "textarea")], "Valider", cls="quixote"), {"contact_form"}),
        page("/signalement/", "Signaler un problème sur la voie publique", m.vendor_form("/signalement/", [("f1", "Type", "select:Nid de poule|Dépôt sauvage|Éclairage"),
             ("f2", "Adresse", "text"), ("f3", "Description", "textarea"), ("f4", "Courriel", "email")], "Envoyer", cls="quixote"), {"contact_form"}),
        # a Publik form on the city's host: the project goes to the city as a free-text request
        page("/budget-participatif/deposer-un-projet/", "Budget participatif : déposer un projet", m.vendor_form("/budget-participatif/deposer-un-projet/", [
            ("f1", "Titre du projet", "text"), ("f2", "Description", "textarea"), ("f3", "Quartier", "select:Centre|Val-Fleuri|Le Port")], "Déposer", cls="quixote"),
             {"participatory_budget", "suggestion_call", "contact_form"}),
    ]
    g = Site(gru, "publik", "Démarches Ferrouville", gpages, address="Ville de Ferrouville")
    apages = [
        page("/", "Accueil", m.prose("Caux Estuaire Communauté.") + m.quick_links([("/eau/schema-directeur", "Schéma de l'eau"), (f"http://{jp}/", "Je participe")])),
        page("/eau/schema-directeur", "Schéma directeur de l'eau", m.prose("Consultation des habitants jusqu'au 30 novembre.")
             + m.links([(f"http://{jp}/consultations/eau", "Donner mon avis")]), {"participation_displayed"}),
    ]
    ag = Site(agglo, "drupal", "Caux Estuaire Communauté", apages, menu=[("Eau", "/eau/schema-directeur")], address="Caux Estuaire Communauté")
    jpages = [
        page("/", "Caux Estuaire, j'en parle", m.prose("Les consultations de la communauté.") + m.links([("/consultations/eau", "L'eau, notre bien commun")]),
             {"participation_displayed"}),
        page("/consultations/eau", "L'eau, notre bien commun", m.vendor_form("/consultations/eau", [
            ("q1", "Êtes-vous favorable à une tarification progressive ?", "radio:Oui|Non|Sans avis"),
            ("q2", "Vos propositions pour économiser l'eau", "textarea")], "Envoyer", cls="consultation-form"), {"poll", "suggestion_call"}),
    ]
    j = Site(jp, "vendor", "Caux Estuaire, j'en parle", jpages, menu=[("Consultations", "/consultations/eau")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}), address="Caux Estuaire Communauté")
    vpages = [
        page("/", "Ferrouville entre voisins", m.prose("Le réseau d'entraide des habitants de Ferrouville.")
             + m.network_feed([("pret", "Gilles", "Le Port", "Qui peut me prêter une échelle samedi ?"),
                               ("service", "Amina", "Val-Fleuri", "Je propose de l'aide aux devoirs le mercredi.")])
             + m.links([("/groupes/val-fleuri", "Groupe Val-Fleuri")]), {"territorial_social_network"}),
        page("/groupes/val-fleuri", "Groupe Val-Fleuri", m.network_feed([("evenement", "Amicale du Val", "Val-Fleuri", "Vide-grenier le 6 octobre, inscrivez-vous !")]),
             {"territorial_social_network"}),
    ]
    vn = Site(voisins, "community", "Ferrouville entre voisins", vpages, menu=[("Fil", "/"), ("Groupes", "/groupes/val-fleuri")])
    return City("99458", "Ferrouville", 45_100, "76", "28", "Normandie", f"http://{host}/", [www, g, ag, j, vn])


def cities():
    return [kervennec(), vaulnoy(), montbruges(), rieutord(), ambrecy(), pontvallier(), sainte_oranne(), ferrouville()]


def hosts():
    return {}
