"""Forty-seventh holdout part (remparts, 99321-99328): suburban communes of Île-de-France (Essonne, Val-d'Oise,
Seine-Saint-Denis, Val-de-Marne) on vendor CMSs, WordPress and Drupal, where participation runs through the
politique de la ville and neighbourhood structures; with a Decidim and a CONSUL instance, an intercommunal
consultation on Cap Collectif, a Publik e-services portal, a neighbours' network and a phpBB board, and the
lookalikes such towns hold."""
from ..site import City, Site, page, social
from . import remparts_markup as m

PB, SC, CF, PD = "participatory_budget", "suggestion_call", "contact_form", "participation_displayed"
POLL, COM, FOR, PET = "poll", "comments", "forum", "petition"
PF, TSN = "participatory_platform", "territorial_social_network"

IDF = ("11", "Île-de-France")


def _ordinary(town, kind):
    """Everyday pages every town holds, worded per town (no feature)."""
    return [
        page("/demarches/etat-civil", "État civil", m.prose(
            f"Le service État civil de {town} délivre les actes de naissance, de mariage et de décès.",
            "Les demandes de carte d'identité et de passeport se font uniquement sur rendez-vous, après une pré-demande en ligne.")
             + m.bullets("Acte de naissance : gratuit, délai 48 h", "Reconnaissance anticipée : sur rendez-vous",
                         "Livret de famille : duplicata sur demande écrite")),
        page("/education/restauration-scolaire", "Restauration scolaire", m.prose(
            f"Les {('onze' if kind else 'neuf')} groupes scolaires de {town} servent chaque jour plus de 3 000 repas.",
            "Les menus sont élaborés par une diététicienne et comprennent un repas végétarien par semaine.",
            "Le tarif dépend du quotient familial, calculé chaque année au guichet unique.")),
        page("/cadre-de-vie/dechets", "Collecte des déchets", m.prose(
            "Ordures ménagères : collecte deux fois par semaine. Emballages : le mercredi. Encombrants : sur rendez-vous.",
            "Les déchèteries du territoire sont accessibles gratuitement aux habitants sur présentation d'un justificatif.")),
        page("/culture/mediatheque", "Médiathèque", m.prose(
            f"La médiathèque de {town} prête livres, jeux, films et partitions. L'inscription est gratuite pour les moins de 18 ans.",
            "Heure du conte le mercredi à 10 h 30, club lecture ados un samedi sur deux.")),
    ]


def _home(intro, quick, news, events, extra="", contact="/contact"):
    return (m.cookie_banner() + m.prose(intro) + m.quick_access(quick) + m.news_teasers(news) + m.agenda(events)
            + extra + m.links([("/plan-du-site", "Plan du site"), (contact, "Contact")], "liens-pied-accueil"))


def _sitemap(pages, skip=("/",)):
    return page("/plan-du-site", "Plan du site", m.links([(p.path, p.title) for p in pages if p.path not in skip], "plan-du-site"))


def _with_sitemap(pages):
    return pages + [_sitemap(pages)]


# ----------------------------------------------------------------------------------------------------------------
# 99321 Morsang-les-Tilleuls (Essonne): vendor CMS, "Agir pour sa ville" under a generic heading, an idea box.

def morsang() -> City:
    host = "www.morsang-les-tilleuls.fr"
    town = "Morsang-les-Tilleuls"
    pages = [
        # a generic heading, no "démocratie participative" label: the page presents the neighbourhood councils,
        # the conseil citoyen and the charter, so it presents the approach
        page("/agir-pour-sa-ville", "Agir pour sa ville", m.prose(
            "Habitants, associations, commerçants : chacun peut prendre part aux décisions qui touchent son quartier.",
            "Quatre conseils de quartier se réunissent trois fois par an, un conseil citoyen suit le contrat de ville "
            "dans le quartier prioritaire Bel-Air – Les Tilleuls, et une charte adoptée en 2022 fixe les règles du dialogue entre élus et habitants.")
             + m.links([("/agir-pour-sa-ville/conseils-de-quartier", "Les conseils de quartier"),
                        ("/agir-pour-sa-ville/conseil-citoyen-bel-air", "Le conseil citoyen Bel-Air – Les Tilleuls"),
                        ("/agir-pour-sa-ville/boite-a-idees", "La boîte à idées")]), {PD}),
        page("/agir-pour-sa-ville/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Centre, Plateau, Bel-Air et Les Prés : chaque conseil de quartier réunit 20 habitants volontaires ou tirés au sort "
            "sur les listes électorales, deux élus référents et un agent de la mission démocratie de proximité.",
            "Les réunions sont publiques. Les prochaines séances :")
             + m.bullets("Centre : mardi 14 octobre, 19 h, salle des fêtes", "Plateau : jeudi 16 octobre, 19 h, école Jean-Zay",
                         "Bel-Air : lundi 20 octobre, 18 h 30, maison de quartier", "Les Prés : mercredi 22 octobre, 19 h, gymnase Coubertin"),
             {PD}, parent=("Agir pour sa ville", "/agir-pour-sa-ville")),
        page("/agir-pour-sa-ville/conseil-citoyen-bel-air", "Conseil citoyen Bel-Air – Les Tilleuls", m.prose(
            "Créé dans le cadre de la politique de la ville, le conseil citoyen associe un collège d'habitants tirés au sort et un collège "
            "d'associations et d'acteurs locaux. Il siège au comité de pilotage du contrat de ville de l'agglomération.",
            "Il a porté cette année le réaménagement des abords du centre social et la création d'un jardin partagé rue Lamartine.",
            "Vous habitez le quartier et souhaitez rejoindre le collège habitants ? Présentez-vous à l'accueil de la maison de quartier Bel-Air."),
             {PD}, parent=("Agir pour sa ville", "/agir-pour-sa-ville")),
        page("/agir-pour-sa-ville/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour embellir votre rue, animer votre quartier ou simplifier une démarche ? Déposez-la ici : "
            "chaque proposition est lue par le service concerné et les idées retenues sont présentées en conseil de quartier.")
             + m.vendor_contact("/agir-pour-sa-ville/boite-a-idees", ["Cadre de vie", "Animation", "Mobilités", "Autre idée"]),
             {SC, CF}, parent=("Agir pour sa ville", "/agir-pour-sa-ville")),
        page("/solidarites/maisons-de-quartier", "Maisons de quartier", m.prose(
            "Les maisons de quartier Bel-Air et Les Prés, agréées centres sociaux par la CAF, proposent accompagnement scolaire, "
            "ateliers sociolinguistiques, sorties familiales et permanences d'écrivain public.")
             + m.registration("/solidarites/maisons-de-quartier", "sorties familiales"), decoys={CF}),
        # "jeunesse" page: the youth council is a participation body of the town
        page("/jeunesse/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM2 et de 6e, les 33 jeunes conseillers travaillent en commissions "
            "(environnement, solidarité, sport) et présentent leurs projets au conseil municipal une fois par an.",
            "Le CMJ fait partie des instances de participation de la ville, à côté des conseils de quartier."), {PD}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le dispositif « Participation citoyenne », signé avec la gendarmerie nationale et la préfecture de l'Essonne, "
            "associe des habitants référents à la prévention des cambriolages dans leur rue.",
            "Les référents signalent tout fait inhabituel à la brigade ; ils n'ont aucun pouvoir de police.",
            "Pour devenir référent, adressez-vous à la police municipale."), decoys={PD, TSN}),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit au moins une fois par trimestre en salle du conseil. Les séances sont publiques.",
            "Prochaine séance : jeudi 9 octobre à 20 h. Ordre du jour : décision modificative n°2, tarifs des centres de loisirs, "
            "convention avec le syndicat des eaux.") + m.links([("/mairie/budget", "Budget de la ville")]), decoys={PD}),
        page("/mairie/budget", "Budget de la ville", m.prose(
            "Le budget primitif 2025 s'élève à 68,4 millions d'euros, dont 14,2 millions d'investissement.",
            "Priorités : rénovation thermique des écoles, voirie du Plateau, extension du centre technique municipal.",
            "Le compte administratif 2024 a été approuvé en juin."), decoys={PB}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Les consultations en cours sont publiées sur la plateforme de dématérialisation de la ville.",
            "Appel d'offres ouvert : entretien des espaces verts (4 lots), date limite de remise des offres le 3 novembre.")
             + m.bullets("Avis d'appel public à la concurrence", "Dossier de consultation des entreprises", "Questions-réponses"),
             decoys={SC}),
        page("/demarches/recensement", "Recensement de la population", m.prose(
            "Comme chaque année, 8 % des logements de la commune sont recensés entre janvier et février.",
            "Un agent recenseur muni d'une carte officielle vous remettra vos codes pour répondre en ligne au questionnaire de l'INSEE.",
            "Votre participation est obligatoire et vos réponses restent confidentielles."), decoys={POLL}),
        page("/actualites/resultats-enquete-restauration", "Restauration scolaire : les résultats de l'enquête de satisfaction", m.prose(
            "Du 2 au 30 mai, 1 146 familles ont répondu à l'enquête de satisfaction sur la cantine. L'enquête est close.")
             + m.poll_results("Êtes-vous satisfait de la qualité des repas ?", [("Très satisfait", 21, 241), ("Satisfait", 52, 596),
                              ("Peu satisfait", 19, 218), ("Pas satisfait", 8, 91)], "Enquête terminée le 30 mai.")
             + m.prose("Suite donnée : plus de produits locaux et un second choix de légume à partir de la rentrée."), decoys={POLL}),
        page("/actualites/pistes-cyclables-plateau", "Des pistes cyclables sur le Plateau", m.prose(
            "Les travaux de la piste bidirectionnelle avenue de Fromont débutent le 6 octobre pour trois mois.",
            "Cet aménagement, souhaité de longue date par les riverains lors d'une réunion du conseil de quartier, reliera la gare au collège.")
             + m.share(f"http://{host}/actualites/pistes-cyclables-plateau", "Des pistes cyclables sur le Plateau"), decoys={PD}),
        page("/agenda/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Le forum de l'emploi revient le jeudi 13 novembre au gymnase Coubertin : 40 entreprises et centres de formation recrutent.",
            "Apportez plusieurs CV. Un atelier de préparation aux entretiens a lieu la veille à la maison de l'emploi."), decoys={FOR}),
        page("/agenda/fete-des-tilleuls", "Fête des Tilleuls", m.prose(
            "Concerts, manège, repas partagé : la fête du quartier des Tilleuls a lieu le samedi 27 septembre à partir de 14 h.")),
        page("/cadre-de-vie/signaler-un-probleme", "Signaler un problème sur l'espace public", m.prose(
            "Nid-de-poule, dépôt sauvage, éclairage en panne : indiquez le lieu et le type de problème, les services interviennent sous 72 h.")
             + '<form class="form form--signalement" action="/cadre-de-vie/signaler-un-probleme" method="post">'
               '<label for="sg-type">Type de problème</label><select id="sg-type" name="signalement[type]"><option>Voirie</option>'
               '<option>Propreté</option><option>Éclairage</option><option>Mobilier urbain</option></select>'
               '<label for="sg-adresse">Adresse ou lieu</label><input id="sg-adresse" name="signalement[adresse]" type="text">'
               '<label for="sg-photo">Photo</label><input id="sg-photo" name="signalement[photo]" type="file" accept="image/*">'
               '<button type="submit">Signaler</button></form>', decoys={CF}),
        page("/lettre-d-information", "Lettre d'information", m.prose(
            "Chaque mois, l'essentiel de l'actualité municipale dans votre boîte aux lettres électronique.") + m.newsletter(), decoys={CF}),
        page("/contact", "Contacter la mairie", m.prose(
            "Hôtel de ville, 1 place du Général-de-Gaulle. Ouvert du lundi au vendredi de 8 h 30 à 17 h 30, le samedi de 9 h à 12 h.")
             + m.vendor_contact("/contact", ["Demande d'information", "État civil", "Urbanisme", "Autre"]), {CF}),
    ] + _ordinary(town, True)
    home = page("/", "Accueil", _home(
        f"Bienvenue sur le site officiel de la ville de {town}.",
        [("/demarches/etat-civil", "État civil"), ("/education/restauration-scolaire", "Cantine"), ("/cadre-de-vie/signaler-un-probleme", "Signaler"),
         ("/agir-pour-sa-ville", "Agir pour sa ville"), ("/lettre-d-information", "Newsletter"), ("/mairie/marches-publics", "Marchés publics")],
        [("/actualites/resultats-enquete-restauration", "Cantine : vos réponses", "12 juin", "Les résultats de l'enquête de satisfaction."),
         ("/actualites/pistes-cyclables-plateau", "Pistes cyclables", "2 octobre", "Début des travaux avenue de Fromont."),
         ("/demarches/recensement", "Recensement 2026", "5 janvier", "Réservez bon accueil aux agents recenseurs.")],
        [("/agenda/fete-des-tilleuls", "Fête des Tilleuls", "27 septembre", "Square des Tilleuls"),
         ("/agenda/forum-emploi", "Forum de l'emploi", "13 novembre", "Gymnase Coubertin"),
         ("/mairie/conseil-municipal", "Conseil municipal", "9 octobre", "Hôtel de ville")],
        m.newsletter("/lettre-d-information")), decoys={CF})
    pages = _with_sitemap([home] + pages)
    www = Site(host, "vendor", f"Ville de {town}", pages,
               menu=[("Ma ville", "/mairie/conseil-municipal"), ("Démarches", "/demarches/etat-civil"), ("Agir pour sa ville", "/agir-pour-sa-ville"),
                     ("Solidarités", "/solidarites/maisons-de-quartier"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleMorsangLesTilleuls"), social("instagram", "morsang_les_tilleuls")],
               address="1 place du Général-de-Gaulle, 91390 Morsang-les-Tilleuls")
    return City("99321", town, 41_200, "91", *IDF, f"http://{host}/", [www])


# ----------------------------------------------------------------------------------------------------------------
# 99322 Villebrun-sur-Orge (Essonne): WordPress, a local brand ("Villebrun en commun"), a YOP poll in a sidebar,
# a questionnaire, a fonds de participation des habitants, native comments.

def villebrun() -> City:
    host = "www.villebrun-sur-orge.fr"
    town = "Villebrun-sur-Orge"
    questionnaire = m.webform("mobilites", "/villebrun-en-commun/questionnaire-mobilites/", [
        ("deplacement", "Comment vous rendez-vous le plus souvent au travail ?", "radios:Voiture|Transports en commun|Vélo|À pied"),
        ("frein", "Qu'est-ce qui vous empêche d'utiliser le vélo ?", "checkboxes:Manque de pistes|Sécurité|Stationnement|Distance"),
        ("quartier", "Votre quartier", "text"),
        ("remarque", "Une remarque sur les déplacements à Villebrun ?", "textarea")], "Envoyer mes réponses")
    pages = [
        page("/villebrun-en-commun/", "Villebrun en commun", m.prose(
            "« Villebrun en commun » rassemble toutes les façons de participer à la vie de la commune : comités d'habitants "
            "dans les cinq quartiers, ateliers de concertation sur les projets urbains, questionnaires en ligne et fonds de participation des habitants.",
            "Les avis recueillis sont présentés chaque année lors d'une soirée de restitution ouverte à tous.")
             + m.links([("/villebrun-en-commun/comites-d-habitants/", "Les comités d'habitants"),
                        ("/villebrun-en-commun/fonds-participation-habitants/", "Fonds de participation des habitants"),
                        ("/villebrun-en-commun/questionnaire-mobilites/", "Questionnaire mobilités")]), {PD}),
        page("/villebrun-en-commun/comites-d-habitants/", "Les comités d'habitants", m.prose(
            "Ouverts à tous les habitants de plus de 16 ans, les comités d'habitants se réunissent dans chaque quartier. "
            "Ils donnent leur avis sur les aménagements et disposent d'une enveloppe d'animation.",
            "Le comité du quartier des Bords-de-l'Orge, classé quartier prioritaire, travaille avec le conseil citoyen et le centre social Marie-Curie."),
             {PD}, parent=("Villebrun en commun", "/villebrun-en-commun/")),
        # a fund for residents' micro-projects (politique de la ville): an explicit call for residents' projects, not a grant to associations
        page("/villebrun-en-commun/fonds-participation-habitants/", "Fonds de participation des habitants", m.prose(
            "Vous avez une idée pour animer votre quartier : une fête de rue, un atelier cuisine, une sortie pour les enfants ? "
            "Le fonds de participation des habitants finance jusqu'à 800 € les projets portés par au moins trois habitants.",
            "Proposez votre projet toute l'année : le comité d'attribution, composé d'habitants, se réunit tous les deux mois.")
             + m.cf7(412, "/villebrun-en-commun/fonds-participation-habitants/",
                     '<p><label> Titre de votre projet<br /><span class="wpcf7-form-control-wrap" data-name="projet-titre"><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="projet-titre" /></span></label></p>'),
             {SC, CF}, parent=("Villebrun en commun", "/villebrun-en-commun/")),
        page("/villebrun-en-commun/questionnaire-mobilites/", "Questionnaire : vos déplacements", m.prose(
            "Dans le cadre du plan local de mobilité, la commune interroge les habitants sur leurs trajets quotidiens. "
            "Le questionnaire est ouvert jusqu'au 15 novembre et prend cinq minutes.") + questionnaire,
             {POLL}, parent=("Villebrun en commun", "/villebrun-en-commun/")),
        page("/vie-pratique/stationnement/", "Stationnement en centre-ville", m.with_sidebar(m.prose(
            "Zone bleue rue de la République et place du Marché : stationnement limité à 1 h 30 avec disque, du lundi au samedi.",
            "Le parking de la gare est gratuit pour les abonnés Navigo résidant à Villebrun."),
            m.yop_poll(6, "Faut-il étendre la zone bleue aux abords de la gare ?", ["Oui", "Non", "Je ne sais pas"])), {POLL}),
        page("/actualites/resultats-du-sondage-piscine/", "Piscine : les résultats du sondage", m.prose(
            "Vous avez été 873 à répondre au sondage sur les nouveaux horaires de la piscine intercommunale. Le sondage est maintenant fermé.")
             + m.poll_results("Quel créneau supplémentaire préférez-vous ?", [("Mardi soir", 44, 384), ("Dimanche après-midi", 38, 332),
                              ("Jeudi midi", 18, 157)], "Ce sondage est clos."), decoys={POLL}),
        page("/actualites/parc-des-berges/", "Le parc des Berges rouvre ses allées", m.prose(
            "Après huit mois de travaux, le parc des Berges rouvre avec une aire de jeux, des bancs et 120 arbres plantés.",
            "Les comités d'habitants avaient choisi l'emplacement des jeux lors d'une balade urbaine au printemps.")
             + m.wp_comments([("Nadia B.", "3 septembre 2025", "Très réussi, les enfants adorent la tyrolienne."),
                              ("Gérard", "4 septembre 2025", "Dommage qu'il n'y ait pas de toilettes publiques.")], 1287)
             + m.share(f"http://{host}/actualites/parc-des-berges/", "Le parc des Berges rouvre"), {COM}),
        page("/actualites/rentree-scolaire/", "Une rentrée scolaire sous le soleil", m.prose(
            "2 410 élèves ont fait leur rentrée dans les écoles de la commune. Deux classes ont ouvert à l'école Pasteur.")
             + m.wp_comments([], 1290, open_form=False), decoys={COM}),
        page("/agenda/forum-des-associations/", "Forum des associations", m.prose(
            "Samedi 6 septembre, de 10 h à 18 h, au complexe sportif : 90 associations sportives, culturelles et solidaires vous attendent.",
            "Démonstrations de judo, de hip-hop et de tennis de table tout au long de la journée."), decoys={FOR}),
        page("/associations/subventions/", "Subventions aux associations", m.prose(
            "L'appel à projets 2026 en direction des associations est ouvert jusqu'au 31 octobre.",
            "Les dossiers de demande de subvention (Cerfa n°12156) sont à déposer sur le portail associations, accompagnés des comptes de l'exercice écoulé."),
             decoys={SC}),
        page("/urbanisme/enquete-publique-plu/", "Enquête publique : modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique sur la modification n°3 du plan local d'urbanisme se tient du 6 au 21 octobre.",
            "Le commissaire enquêteur tiendra trois permanences en mairie. Le dossier est consultable aux heures d'ouverture."),
             decoys={POLL}),
        page("/mairie/budget/", "Budget communal", m.prose(
            "Voté le 8 avril, le budget primitif 2025 atteint 42 millions d'euros. Aucune hausse des taux d'imposition.",
            "Les principaux investissements : réhabilitation du gymnase Jean-Moulin et mise en accessibilité de la mairie annexe."),
             decoys={PB}),
        page("/espace-famille/", "Espace famille", m.prose("Réservez la cantine, le périscolaire et payez vos factures en ligne.")
             + m.login("/espace-famille/"), decoys={CF}),
        page("/contact/", "Contact", m.prose("Mairie de Villebrun-sur-Orge — 12 rue de la République — 01 69 00 00 00.") + m.cf7(98, "/contact/"), {CF}),
    ] + _ordinary(town, False)
    home = page("/", "Accueil", m.wp_cookie_notice() + _home(
        f"{town}, une ville au bord de l'Orge.",
        [("/espace-famille/", "Espace famille"), ("/vie-pratique/stationnement/", "Stationnement"), ("/villebrun-en-commun/", "Villebrun en commun"),
         ("/associations/subventions/", "Associations"), ("/urbanisme/enquete-publique-plu/", "Urbanisme"), ("/mairie/budget/", "Budget")],
        [("/actualites/parc-des-berges/", "Parc des Berges", "2 septembre", "Réouverture du parc."),
         ("/actualites/rentree-scolaire/", "Rentrée scolaire", "1er septembre", "Deux classes de plus."),
         ("/actualites/resultats-du-sondage-piscine/", "Piscine", "20 juin", "Les résultats du sondage.")],
        [("/agenda/forum-des-associations/", "Forum des associations", "6 septembre", "Complexe sportif"),
         ("/villebrun-en-commun/questionnaire-mobilites/", "Questionnaire mobilités", "jusqu'au 15 novembre", "En ligne")], contact="/contact/"))
    pages = _with_sitemap([home] + pages)
    www = Site(host, "wordpress", town, pages,
               menu=[("Accueil", "/"), ("Vie pratique", "/vie-pratique/stationnement/"), ("Villebrun en commun", "/villebrun-en-commun/"),
                     ("Associations", "/associations/subventions/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "villebrunsurorge"), social("youtube", "VillebrunSurOrge")],
               address="12 rue de la République, 91210 Villebrun-sur-Orge")
    return City("99322", town, 33_800, "91", *IDF, f"http://{host}/", [www])


# ----------------------------------------------------------------------------------------------------------------
# 99323 Montcerf-en-Parisis (Val-d'Oise): Drupal, a budget participatif under a local brand ("Montcerf'Idées") run on
# Decidim at participez.montcerf-en-parisis.fr, at every stage.

def montcerf() -> City:
    host, dec = "www.montcerf-en-parisis.fr", "participez.montcerf-en-parisis.fr"
    town = "Montcerf-en-Parisis"
    pages = [
        page("/participer", "Participer", m.prose(
            "La ville associe les Montcerfois aux choix qui les concernent : conseils citoyens des quartiers du Val-Fleuri et des Marronniers, "
            "réunions publiques de concertation, budget participatif Montcerf'Idées et consultations en ligne.",
            f"Toutes les démarches en cours sont sur la plateforme <a href=\"http://{dec}/\">participez.montcerf-en-parisis.fr</a>.")
             + m.links([("/participer/montcerf-idees", "Montcerf'Idées, le budget participatif"), ("/participer/conseils-citoyens", "Les conseils citoyens")]), {PD}),
        page("/participer/montcerf-idees", "Montcerf'Idées", m.prose(
            "Montcerf'Idées, c'est 400 000 € du budget d'investissement confiés aux habitants : vous proposez des projets, "
            "les services étudient leur faisabilité, puis tous les habitants de plus de 11 ans votent.",
            "Calendrier 2025 : dépôt des projets jusqu'au 30 avril, étude technique jusqu'en septembre, vote du 1er au 31 octobre.")
             + m.links([(f"http://{dec}/processes/montcerf-idees-2025", "Déposer ou voter sur la plateforme"),
                        (f"http://{dec}/pages/reglement-montcerf-idees", "Lire le règlement"),
                        ("/actualites/montcerf-idees-laureats-2024", "Les lauréats 2024")]), {PB}, parent=("Participer", "/participer")),
        page("/participer/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les deux quartiers prioritaires de la ville, un conseil citoyen réunit habitants tirés au sort et acteurs locaux. "
            "Indépendants de la mairie, ils sont accompagnés par le centre social Les Marronniers.",
            "Ils participent à l'écriture du contrat de ville 2024-2030 de l'agglomération et au suivi du renouvellement urbain du Val-Fleuri."),
             {PD}, parent=("Participer", "/participer")),
        page("/actualites/montcerf-idees-laureats-2024", "Montcerf'Idées : les 9 projets lauréats", m.prose(
            "3 812 votants ont désigné les projets réalisés en 2025 : un skatepark aux Marronniers, des boîtes à livres, "
            "un verger partagé, l'éclairage du city-stade, des bancs le long du ru…",
            "Les travaux commencent cet hiver. Suivez leur avancement sur la plateforme de participation.")
             + m.links([(f"http://{dec}/processes/montcerf-idees-2024/f/9/results", "Résultats détaillés")]), {PB}),
        page("/actualites/journee-numerique", "Journée du numérique : les services en ligne en démonstration", m.prose(
            "Samedi, la médiathèque accueille un après-midi consacré aux services numériques : prise de rendez-vous, paiement en ligne, "
            "et présentation des logiciels libres utilisés par les collectivités, comme Decidim ou Nextcloud.",
            "Des médiateurs numériques accompagnent les débutants."), decoys={PF}),
        page("/actualites/jardin-partage-val-fleuri", "Un jardin partagé au Val-Fleuri", m.prose(
            "Porté par des habitants du Val-Fleuri, le jardin partagé ouvre ses 24 parcelles au pied de la résidence des Tilleuls.")
             + m.drupal_comments(317, [("Samia", "12/05/2025", "Super initiative ! Comment s'inscrire pour une parcelle ?"),
                                       ("Le centre social", "13/05/2025", "Inscriptions à l'accueil du centre social, liste d'attente ouverte.")]), {COM}),
        page("/mairie/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 81 M€ en fonctionnement, 23 M€ en investissement.",
            "L'enveloppe de Montcerf'Idées y est inscrite en investissement, comme les années précédentes.",
            "Consultez le rapport d'orientations budgétaires et la présentation synthétique."), decoys={PB}),
        page("/mairie/conseil-municipal", "Séances du conseil municipal", m.prose(
            "Ordres du jour, procès-verbaux et liste des délibérations des séances du conseil municipal.")
             + m.bullets("Séance du 24 septembre : ordre du jour", "Séance du 25 juin : procès-verbal", "Séance du 2 avril : liste des délibérations"),
             decoys={PD}),
        page("/demarches/enquetes-insee", "Enquêtes de l'INSEE", m.prose(
            "L'INSEE réalise en ce moment une enquête sur le cadre de vie et la sécurité auprès d'un échantillon de ménages de la commune.",
            "Un enquêteur muni d'une carte officielle prendra contact avec les ménages tirés au sort. Ces enquêtes sont obligatoires."),
             decoys={POLL}),
        page("/sport/reservation-equipements", "Réserver un équipement sportif", m.prose(
            "Associations et habitants peuvent réserver les créneaux libres des gymnases et du terrain synthétique.")
             + m.booking("/sport/reservation-equipements", "gymnase ou terrain"), decoys={CF}),
        page("/contact", "Contact", m.prose("Hôtel de ville — 3 avenue du Parisis — accueil du lundi au samedi.") + m.webform("contact", "/contact", [
            ("nom", "Votre nom", "text"), ("courriel", "Votre adresse électronique", "email"), ("sujet", "Sujet", "text"),
            ("message", "Message", "textarea")]), {CF}),
    ] + _ordinary(town, True)
    home = page("/", "Accueil", _home(
        f"Ville de {town} — Val-d'Oise",
        [("/participer", "Participer"), ("/participer/montcerf-idees", "Montcerf'Idées"), ("/sport/reservation-equipements", "Réserver"),
         ("/demarches/etat-civil", "État civil"), ("/culture/mediatheque", "Médiathèque"), ("/cadre-de-vie/dechets", "Déchets")],
        [("/actualites/montcerf-idees-laureats-2024", "Montcerf'Idées", "3 décembre", "Les lauréats 2024."),
         ("/actualites/jardin-partage-val-fleuri", "Jardin partagé", "12 mai", "Au Val-Fleuri."),
         ("/actualites/journee-numerique", "Journée du numérique", "18 octobre", "À la médiathèque.")],
        [("/mairie/conseil-municipal", "Conseil municipal", "24 septembre", "Salle du conseil")],
        m.links([("/mairie/budget-primitif-2025", "Budget 2025"), ("/demarches/enquetes-insee", "Enquêtes INSEE")])))
    pages = _with_sitemap([home] + pages)
    www = Site(host, "drupal", f"{town}", pages,
               menu=[("Mairie", "/mairie/conseil-municipal"), ("Participer", "/participer"), ("Démarches", "/demarches/etat-civil"), ("Contact", "/contact")],
               accounts=[social("facebook", "MontcerfEnParisis"), social("x", "MontcerfParisis", "https://twitter.com/MontcerfParisis")],
               address="3 avenue du Parisis, 95330 Montcerf-en-Parisis")

    pb, new = "/processes/montcerf-idees-2025", "/users/sign_in"
    dpages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de Montcerf-en-Parisis.")
             + m.links([(pb, "Montcerf'Idées 2025 — budget participatif"), ("/processes/montcerf-idees-2024", "Montcerf'Idées 2024 (terminé)"),
                        ("/processes/coeur-de-ville", "Concertation : le cœur de ville de demain"), ("/pages/reglement-montcerf-idees", "Règlement")],
                       "processes-grid")),
        page(pb, "Montcerf'Idées 2025", '<div class="process-header"><p class="process-header__phase">Phase actuelle : Vote des projets (1/10 – 31/10)</p></div>'
             + m.prose("Troisième édition du budget participatif : 400 000 € pour des projets d'intérêt général proposés par les habitants.")
             + '<ol class="process-steps"><li>Dépôt des projets</li><li>Étude de faisabilité</li><li class="is-active">Vote</li><li>Résultats</li></ol>'
             + m.links([(f"{pb}/f/12/proposals", "Projets déposés"), (f"{pb}/f/14/budgets", "Voter")]), {PB}),
        # the filing step's list: it calls for projects ("Nouvelle proposition") within the budget
        page(f"{pb}/f/12/proposals", "Projets déposés", m.prose("162 projets déposés. Le dépôt est ouvert à tout habitant de plus de 11 ans jusqu'au 30 avril.")
             + f'<a class="button button__secondary" href="{new}">Nouvelle proposition</a>'
             + '<div class="card__list">' + "".join(
                 f'<a class="card__list" href="{pb}/f/12/proposals/{n}"><h3 class="card__list-title">{t}</h3><span class="card__list-metadata">{c} commentaires</span></a>'
                 for n, t, c in ((341, "Un skatepark couvert aux Marronniers", 12), (356, "Des fontaines à eau dans les parcs", 4))) + "</div>",
             {PB, SC}),
        page(f"{pb}/f/12/proposals/341", "Un skatepark couvert aux Marronniers", m.prose(
            "Les jeunes du quartier n'ont aucun lieu abrité pour la glisse. Nous proposons de couvrir une partie du skatepark existant.",
            "Coût estimé : 85 000 €.")
             + '<div id="comments" class="comments"><h2 class="comments__header">12 commentaires</h2>'
               '<div class="comment" id="comment_2201"><div class="comment__header"><span class="author__name">Yanis D.</span></div>'
               '<div class="comment__content"><p>Enfin un projet pour les ados !</p></div></div>'
               '<div class="add-comment" id="add-comment-anchor"><form class="new_comment" id="new_comment_for_Proposal_341" action="/comments" method="post">'
               '<label for="add-comment-Proposal-341">Ajouter un commentaire</label>'
               '<textarea id="add-comment-Proposal-341" name="comment[body]" maxlength="1000"></textarea>'
               '<input type="hidden" name="comment[commentable_gid]" value="gid-proposal-341"><button type="submit" class="button">Publier le commentaire</button></form></div></div>',
             {PB, COM}, parent=("Projets déposés", f"{pb}/f/12/proposals")),
        page(f"{pb}/f/12/proposals/356", "Des fontaines à eau dans les parcs", m.prose(
            "Installer trois fontaines d'eau potable dans les parcs de la ville pour les promeneurs et les sportifs.", "Coût estimé : 30 000 €."),
             {PB}, parent=("Projets déposés", f"{pb}/f/12/proposals")),
        page(f"{pb}/f/14/budgets", "Voter pour les projets", m.prose(
            "Choisissez les projets que vous soutenez dans la limite de 400 000 €. Connectez-vous pour confirmer votre vote.")
             + '<div class="budget-summary" data-total-budget="400000"><p class="budget-summary__progressbar-marks">0 € / 400 000 €</p></div>'
             + f'<a class="button" href="{new}">Commencer à voter</a>', {PB}),
        page("/processes/montcerf-idees-2024", "Montcerf'Idées 2024", m.prose("Édition terminée : 118 projets déposés, 31 soumis au vote, 9 lauréats.")
             + m.links([("/processes/montcerf-idees-2024/f/9/results", "Résultats")]), {PB}),
        page("/processes/montcerf-idees-2024/f/9/results", "Résultats de Montcerf'Idées 2024", '<table class="results-table"><tr><th>Projet</th><th>Votes</th><th>Statut</th></tr>'
             '<tr><td>Skatepark des Marronniers</td><td>1 204</td><td>Sélectionné</td></tr><tr><td>Verger partagé</td><td>988</td><td>Sélectionné</td></tr>'
             '<tr><td>Boîtes à livres</td><td>802</td><td>Sélectionné</td></tr></table>', {PB}),
        page("/processes/coeur-de-ville", "Le cœur de ville de demain", m.prose(
            "Concertation préalable sur le réaménagement de la place de la Mairie et de la rue du Parisis.")
             + m.links([("/processes/coeur-de-ville/f/20/surveys", "Répondre au questionnaire")]), {PD}),
        page("/processes/coeur-de-ville/f/20/surveys", "Questionnaire cœur de ville", '<div class="survey"><form class="answer-questionnaire" action="/processes/coeur-de-ville/f/20/surveys/answer" method="post">'
             '<div class="questionnaire-question"><label>Venez-vous au centre-ville pour :</label>'
             '<input type="checkbox" name="questionnaire[responses][0][choices][]" value="commerces"> Les commerces '
             '<input type="checkbox" name="questionnaire[responses][0][choices][]" value="marche"> Le marché '
             '<input type="checkbox" name="questionnaire[responses][0][choices][]" value="services"> Les services publics</div>'
             '<div class="questionnaire-question"><label>Que faudrait-il changer en priorité ?</label><textarea name="questionnaire[responses][1][body]"></textarea></div>'
             '<input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions'
             '<button type="submit" class="button">Envoyer</button></form></div>', {POLL}),
        page("/pages/reglement-montcerf-idees", "Règlement de Montcerf'Idées", m.prose(
            "Article 1 : le budget participatif permet aux habitants de proposer et de choisir des projets d'investissement d'intérêt général.",
            "Article 4 : tout habitant de plus de 11 ans peut déposer un projet, seul ou en collectif. Article 7 : chaque votant dispose d'une enveloppe virtuelle de 400 000 €."),
             {PB}),
    ]
    decidim = Site(dec, "decidim", "Participez à Montcerf", dpages,
                   menu=[("Accueil", "/"), ("Processus", pb), ("Aide", "/pages/reglement-montcerf-idees")],
                   features=frozenset({PF}), platforms=frozenset({"decidim"}))
    return City("99323", town, 52_400, "95", *IDF, f"http://{host}/", [www, decidim])


# ----------------------------------------------------------------------------------------------------------------
# 99324 Aubreuil-sous-Bois (Seine-Saint-Denis): vendor CMS, the city's own right of petition, conseils citoyens,
# a youth questionnaire, and the territory's (EPT) consultation on Cap Collectif.

def aubreuil() -> City:
    host, capco = "www.aubreuil-sous-bois.fr", "plaine-et-canal.cap-collectif.com"
    town = "Aubreuil-sous-Bois"
    base = "/citoyennete/droit-de-petition"
    pages = [
        page("/citoyennete", "Citoyenneté", m.prose(
            "Élections, recensement citoyen, démocratie locale : toutes les informations pour exercer vos droits à Aubreuil.")
             + m.links([(base, "Le droit de pétition"), ("/citoyennete/conseils-citoyens", "Conseils citoyens"),
                        ("/citoyennete/consultations", "Consultations en cours"), ("/citoyennete/elections", "Élections")])),
        page("/citoyennete/elections", "Élections", m.prose(
            "L'inscription sur les listes électorales est possible en ligne ou en mairie jusqu'au sixième vendredi précédant le scrutin.",
            "Les 31 bureaux de vote sont ouverts de 8 h à 20 h.")),
        page(base, "Le droit de pétition citoyen", m.prose(
            "Depuis 2023, toute personne habitant Aubreuil-sous-Bois, dès 16 ans, peut lancer une pétition sur un sujet relevant de la commune.",
            "Une pétition qui recueille 500 signatures en six mois est inscrite à l'ordre du jour du conseil municipal, qui en débat en présence de son auteur.")
             + m.h2("Pétitions en cours")
             + m.links([(f"{base}/eclairage-rue-des-glycines", "Pour l'éclairage de l'allée des Glycines (312 signatures)"),
                        (f"{base}/deposer", "Déposer une pétition")]), {PET}, parent=("Citoyenneté", "/citoyennete")),
        page(f"{base}/eclairage-rue-des-glycines", "Pour l'éclairage de l'allée des Glycines", m.prose(
            "Le soir, l'allée piétonne qui relie la cité des Glycines au tramway est plongée dans le noir. Nous demandons l'installation de candélabres.",
            "Pétition déposée le 4 mars par un collectif d'habitants.")
             + m.petition_form(f"{base}/eclairage-rue-des-glycines", "Signer la pétition", 312, 500), {PET}, parent=("Le droit de pétition", base)),
        page(f"{base}/deposer", "Déposer une pétition", m.prose(
            "Décrivez votre demande ; le service démocratie locale vérifie sous 15 jours qu'elle relève des compétences de la ville avant de la mettre en ligne.")
             + m.vendor_contact(f"{base}/deposer", ["Cadre de vie", "Équipements", "Tranquillité", "Autre"]), {PET, CF},
             parent=("Le droit de pétition", base)),
        page("/citoyennete/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Trois conseils citoyens représentent les habitants des quartiers prioritaires de la ville : La Fosse-aux-Loups, Le Canal et Les Vergers.",
            "Ils sont consultés sur les programmes de renouvellement urbain et sur la gestion urbaine de proximité, et tiennent une permanence mensuelle à la maison de quartier."),
             {PD}, parent=("Citoyenneté", "/citoyennete")),
        page("/citoyennete/consultations", "Consultations en cours", m.prose(
            "La ville et l'établissement public territorial Plaine et Canal consultent régulièrement les habitants. En ce moment :")
             + m.links([(f"http://{capco}/project/plan-climat-territorial/presentation/presentation-1",
                         "Plan climat du territoire : donnez votre avis (jusqu'au 30 novembre)"),
                        ("/jeunesse/questionnaire-jeunes", "Questionnaire : les 15-25 ans et la ville")]), {PD}, parent=("Citoyenneté", "/citoyennete")),
        page("/jeunesse/questionnaire-jeunes", "Questionnaire : les 15-25 ans et la ville", m.prose(
            "Le service jeunesse prépare son projet pour 2026-2030. Dis-nous ce que tu attends de la ville : le questionnaire est anonyme.")
             + '<form class="form form--questionnaire" action="/jeunesse/questionnaire-jeunes" method="post"><fieldset><legend>Tu as</legend>'
               '<input type="radio" id="q1a" name="questionnaire[age]" value="15-17"><label for="q1a">15-17 ans</label>'
               '<input type="radio" id="q1b" name="questionnaire[age]" value="18-21"><label for="q1b">18-21 ans</label>'
               '<input type="radio" id="q1c" name="questionnaire[age]" value="22-25"><label for="q1c">22-25 ans</label></fieldset>'
               '<fieldset><legend>Ce qui manque le plus</legend><input type="checkbox" id="q2a" name="questionnaire[manque][]" value="sport">'
               '<label for="q2a">Équipements sportifs</label><input type="checkbox" id="q2b" name="questionnaire[manque][]" value="emploi">'
               '<label for="q2b">Aide à l\'emploi</label><input type="checkbox" id="q2c" name="questionnaire[manque][]" value="sorties">'
               '<label for="q2c">Lieux de sortie</label></fieldset><button type="submit">Envoyer mes réponses</button></form>', {POLL}),
        page("/jeunesse/forum-jeunesse", "Forum jeunesse 2025", m.prose(
            "Le forum jeunesse réunit le 15 octobre à l'espace Lumière les structures qui accompagnent les 15-25 ans : BAFA, service civique, "
            "jobs d'été, logement, santé. Entrée libre."), decoys={FOR}),
        page("/actualites/hopital-intercommunal", "Urgences de l'hôpital intercommunal : le maire mobilisé", m.prose(
            "Le maire a écrit au ministre de la Santé pour demander le maintien des urgences de nuit.",
            "Une pétition nationale pour les hôpitaux de proximité circule par ailleurs sur un site de pétitions en ligne."), decoys={PET}),
        page("/securite/tranquillite-publique", "Tranquillité publique", m.prose(
            "La police municipale patrouille 7 jours sur 7. Le dispositif de participation citoyenne avec la police nationale réunit "
            "des habitants relais dans cinq secteurs de la ville, qui signalent les situations suspectes au commissariat."), decoys={PD}),
        page("/mairie/appels-a-candidatures", "Appels à candidatures", m.prose(
            "Appel à manifestation d'intérêt : occupation d'une cellule commerciale en rez-de-chaussée, place du Canal.",
            "Appel à candidatures : recrutement d'animateurs pour les centres de loisirs des vacances d'hiver."), decoys={SC}),
        page("/mairie/comptes-rendus", "Comptes rendus du conseil municipal", m.prose(
            "Le compte rendu sommaire de chaque séance est affiché en mairie et publié ici dans la semaine qui suit.")
             + m.bullets("Compte rendu du 30 septembre", "Compte rendu du 1er juillet", "Compte rendu du 27 mai"), decoys={PD}),
        page("/solidarites/maisons-de-quartier", "Maisons de quartier", m.prose(
            "Les maisons de quartier du Canal et des Vergers accueillent les familles : aide aux devoirs, cours de français, ateliers parents-enfants, sorties.",
            "Adhésion annuelle : 5 € par famille.")),
        page("/cadre-de-vie/signaler", "Signaler une anomalie", m.prose(
            "Pour un dépôt sauvage, un tag ou un candélabre en panne, utilisez l'application de signalement ou appelez le numéro vert 0 800 00 00 00.")
             + m.login("/cadre-de-vie/signaler"), decoys={CF}),
        page("/contact", "Contact", m.prose("Hôtel de ville — 45 boulevard Jean-Jaurès.")
             + m.vendor_contact("/contact", ["Question générale", "Démocratie locale", "Jeunesse", "Autre"]), {CF}),
    ] + _ordinary(town, True)
    home = page("/", "Accueil", _home(
        f"Bienvenue à {town}",
        [("/citoyennete", "Citoyenneté"), (base, "Pétitions"), ("/cadre-de-vie/signaler", "Signaler"),
         ("/solidarites/maisons-de-quartier", "Maisons de quartier"), ("/mairie/appels-a-candidatures", "Appels à candidatures"), ("/demarches/etat-civil", "État civil")],
        [("/actualites/hopital-intercommunal", "Hôpital", "8 octobre", "Le maire mobilisé pour les urgences."),
         ("/citoyennete/consultations", "Plan climat", "1er octobre", "Le territoire vous consulte."),
         ("/jeunesse/questionnaire-jeunes", "Jeunes", "20 septembre", "Réponds au questionnaire.")],
        [("/jeunesse/forum-jeunesse", "Forum jeunesse", "15 octobre", "Espace Lumière"),
         ("/mairie/comptes-rendus", "Conseil municipal", "18 novembre", "Hôtel de ville"),
         ("/securite/tranquillite-publique", "Réunion sécurité", "4 novembre", "Maison de quartier du Canal")]))
    pages = _with_sitemap([home] + pages)
    www = Site(host, "vendor", f"Ville d'{town}", pages,
               menu=[("Citoyenneté", "/citoyennete"), ("Solidarités", "/solidarites/maisons-de-quartier"), ("Jeunesse", "/jeunesse/questionnaire-jeunes"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "aubreuilsousbois"), social("instagram", "ville_aubreuil"), social("tiktok", "aubreuilsousbois")],
               address="45 boulevard Jean-Jaurès, 93270 Aubreuil-sous-Bois")

    pc = "/project/plan-climat-territorial"
    cpages = [
        page("/", "Accueil", m.prose("La plateforme de participation de l'établissement public territorial Plaine et Canal.")
             + m.links([(f"{pc}/presentation/presentation-1", "Plan climat du territoire")])),
        page(f"{pc}/presentation/presentation-1", "Plan climat air énergie territorial", m.prose(
            "Le territoire élabore son plan climat. Habitants des neuf communes, donnez votre avis en deux étapes : un questionnaire, puis le dépôt de propositions.")
             + '<ul class="step-tabs__list"><li><a href="' + pc + '/questionnaire/questionnaire-habitants">Questionnaire</a></li>'
               '<li><a href="' + pc + '/collect/deposez-vos-propositions">Vos propositions</a></li></ul>', {PD}),
        page(f"{pc}/questionnaire/questionnaire-habitants", "Questionnaire habitants", '<div id="questionnaire-form" class="questionnaire">'
             '<form action="' + pc + '/questionnaire/questionnaire-habitants" method="post"><div class="form-group"><label class="control-label">Vos déplacements quotidiens se font surtout</label>'
             '<div class="radio"><label><input type="radio" name="responses[0]" value="voiture"> en voiture</label></div>'
             '<div class="radio"><label><input type="radio" name="responses[0]" value="tc"> en transports en commun</label></div>'
             '<div class="radio"><label><input type="radio" name="responses[0]" value="actifs"> à pied ou à vélo</label></div></div>'
             '<div class="form-group"><label class="control-label">Votre logement est-il bien isolé ?</label><select name="responses[1]"><option>Oui</option><option>Non</option><option>Je ne sais pas</option></select></div>'
             '<button type="submit" class="btn btn-primary">Envoyer</button></form></div>', {POLL}),
        page(f"{pc}/collect/deposez-vos-propositions", "Déposez vos propositions", m.prose(
            "Une idée pour réduire les émissions du territoire ou adapter nos villes aux fortes chaleurs ? Proposez-la : les plus soutenues seront étudiées par les élus.")
             + '<a class="btn btn-primary" href="/login">Déposer une proposition</a>'
             + m.links([(f"{pc}/collect/deposez-vos-propositions/proposals/ombrieres-cours-ecoles", "Végétaliser les cours d'écoles")], "proposal-preview-list"),
             {SC}),
        page(f"{pc}/collect/deposez-vos-propositions/proposals/ombrieres-cours-ecoles", "Végétaliser les cours d'écoles", m.prose(
            "Remplacer l'enrobé des cours par des sols perméables et planter des arbres pour faire de l'ombre.")
             + '<div id="proposal-comments" class="comments-section"><h3>Commentaires (3)</h3><div class="opinion opinion--comment"><p class="opinion__user">Inès</p>'
               '<p class="opinion__text">Oui, avec les enfants pour les plantations !</p></div>'
               '<form class="comment-form" action="/comments" method="post"><label for="CommentForm-body">Votre commentaire</label><textarea id="CommentForm-body" name="body"></textarea>'
               '<button type="submit" class="btn btn-primary">Commenter</button></form></div>', {COM},
             parent=("Déposez vos propositions", f"{pc}/collect/deposez-vos-propositions")),
    ]
    capsite = Site(capco, "capcollectif", "Plaine et Canal — Participez", cpages, menu=[("Accueil", "/"), ("Plan climat", f"{pc}/presentation/presentation-1")],
                   features=frozenset({PF}), platforms=frozenset({"cap collectif"}))
    return City("99324", town, 47_900, "93", *IDF, f"http://{host}/", [www, capsite])


# ----------------------------------------------------------------------------------------------------------------
# 99325 Noisy-la-Chênaie (Seine-Saint-Denis): WordPress, a neighbours' network (its own site), conseils de quartier,
# an idea box, the police's "participation citoyenne", a tourist office's accounts.

def noisy() -> City:
    host, net = "www.noisy-la-chenaie.fr", "voisins.noisy-la-chenaie.fr"
    town = "Noisy-la-Chênaie"
    pages = [
        page("/ma-ville/voisins-de-la-chenaie/", "Voisins de la Chênaie, le réseau d'entraide", m.prose(
            "La ville a lancé « Voisins de la Chênaie », un réseau social de proximité réservé aux habitants : prêter une perceuse, "
            "trouver un covoiturage, proposer une aide aux courses, annoncer une fête d'immeuble.",
            f"L'inscription est gratuite et se fait avec une adresse de la commune sur <a href=\"http://{net}/\">voisins.noisy-la-chenaie.fr</a>.",
            "Les maisons de quartier accompagnent les personnes peu à l'aise avec le numérique."), {TSN}),
        page("/ma-ville/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Noisy-la-Chênaie compte six conseils de quartier, lieux d'échange entre habitants, associations et élus. Leurs membres sont renouvelés tous les trois ans.",
            "Ils émettent des avis sur les projets d'aménagement et organisent des marches exploratoires avec les bailleurs.")
             + m.links([("/ma-ville/conseils-de-quartier/compte-rendu-quartier-gare/", "Compte rendu : quartier de la Gare, 23 septembre")]), {PD}),
        # the minutes of one neighbourhood council: it shows the council at work
        page("/ma-ville/conseils-de-quartier/compte-rendu-quartier-gare/", "Conseil de quartier de la Gare : compte rendu du 23 septembre", m.prose(
            "Présents : 17 habitants, 2 élus. Points abordés : stationnement aux abords de la gare RER, sécurisation du passage sous voie, projet de fresque.",
            "Le conseil propose une marche exploratoire de nuit le 14 octobre ; la prochaine réunion se tiendra en janvier."), {PD},
             parent=("Les conseils de quartier", "/ma-ville/conseils-de-quartier/")),
        page("/ma-ville/boite-a-idees/", "Boîte à idées", m.prose(
            "Vos suggestions nous intéressent ! Proposez une idée pour améliorer la vie à Noisy-la-Chênaie : elle sera transmise à l'élu concerné, qui vous répondra.")
             + m.cf7(233, "/ma-ville/boite-a-idees/", '<p><label> Votre quartier<br /><span class="wpcf7-form-control-wrap" data-name="quartier"><select class="wpcf7-form-control wpcf7-select" name="quartier"><option>Centre</option><option>La Gare</option><option>Les Coudreaux</option></select></span></label></p>'),
             {SC, CF}),
        page("/securite/participation-citoyenne/", "Participation citoyenne : voisins vigilants", m.prose(
            "La commune a signé avec la préfecture et la police nationale un protocole de participation citoyenne.",
            "Des habitants volontaires, les citoyens référents, relaient auprès du commissariat les faits inhabituels observés dans leur quartier. "
            "Ce dispositif de vigilance n'a rien à voir avec le réseau d'entraide entre voisins."), decoys={PD, TSN}),
        page("/actualites/suivez-la-ville-sur-les-reseaux/", "Suivez la ville sur les réseaux sociaux", m.prose(
            "Actualités, alertes météo, coupures de circulation : retrouvez la ville sur Facebook, Instagram et LinkedIn.",
            "Abonnez-vous pour ne rien manquer."), decoys={TSN}),
        page("/actualites/nouvelle-passerelle/", "La passerelle des Coudreaux est ouverte", m.prose(
            "La nouvelle passerelle piétonne au-dessus de l'A3 relie désormais les Coudreaux au parc départemental.")
             + m.wp_comments([("Karim", "14 octobre 2025", "Bravo, on gagne 15 minutes à pied."),
                              ("Sylvie M.", "15 octobre 2025", "Il manque un éclairage côté parc.")], 2044), {COM}),
        page("/agenda/forum-emploi/", "Forum emploi et formation", m.prose(
            "Le forum emploi, organisé avec France Travail et la mission locale, se tient le 20 novembre à l'espace Jacques-Brel."), decoys={FOR}),
        page("/tourisme/", "Tourisme et patrimoine", m.prose(
            "L'office de tourisme intercommunal propose des visites du château de la Chênaie et des bords de canal.",
            "Suivez l'office de tourisme sur <a href=\"https://www.facebook.com/OTPaysDeLaChenaie\">sa page Facebook</a>.")),
        page("/espace-citoyen/", "Espace citoyen", m.prose("Vos démarches en ligne, 24 h sur 24.") + m.login("/espace-citoyen/"), decoys={CF}),
        page("/mairie/budget/", "Budget primitif", m.prose(
            "Le budget primitif 2025 a été voté le 27 mars : 54 M€, dont 12 M€ consacrés à l'investissement (écoles, voirie, gymnase des Coudreaux)."),
             decoys={PB}),
        page("/contact/", "Contact", m.prose("Mairie — 2 place de la République. Tél. 01 48 00 00 00.") + m.cf7(51, "/contact/"), {CF}),
    ] + _ordinary(town, False)
    home = page("/", "Accueil", m.wp_cookie_notice() + _home(
        f"{town}, ville solidaire",
        [("/espace-citoyen/", "Espace citoyen"), ("/ma-ville/voisins-de-la-chenaie/", "Voisins de la Chênaie"), ("/ma-ville/conseils-de-quartier/", "Conseils de quartier"),
         ("/ma-ville/boite-a-idees/", "Boîte à idées"), ("/tourisme/", "Tourisme"), ("/mairie/budget/", "Budget")],
        [("/actualites/nouvelle-passerelle/", "Passerelle des Coudreaux", "13 octobre", "Ouverture de la passerelle."),
         ("/actualites/suivez-la-ville-sur-les-reseaux/", "Réseaux sociaux", "1er octobre", "Suivez la ville."),
         ("/securite/participation-citoyenne/", "Participation citoyenne", "22 septembre", "Signature du protocole.")],
        [("/agenda/forum-emploi/", "Forum emploi", "20 novembre", "Espace Jacques-Brel")], contact="/contact/"))
    pages = _with_sitemap([home] + pages)
    www = Site(host, "wordpress", town, pages,
               menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/conseils-de-quartier/"), ("Sécurité", "/securite/participation-citoyenne/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "NoisyLaChenaie"), social("instagram", "noisylachenaie"), social("linkedin", "ville-de-noisy-la-chenaie")],
               address="2 place de la République, 93360 Noisy-la-Chênaie")
    npages = [
        page("/", "Accueil", m.prose("Bienvenue sur le réseau des voisins de Noisy-la-Chênaie : entraide, prêts, bons plans entre habitants.")
             + m.links([("/quartiers/la-gare", "Quartier de la Gare"), ("/quartiers/les-coudreaux", "Les Coudreaux"), ("/a-propos", "À propos")]), {TSN}),
        page("/quartiers/la-gare", "Quartier de la Gare", '<div class="feed">' + "".join(
            f'<article class="feed-post"><p class="feed-post__author">{a}</p><p class="feed-post__text">{t}</p><a class="feed-post__reply" href="/connexion">Répondre</a></article>'
            for a, t in (("Lucie", "Je prête une tondeuse ce week-end, qui en a besoin ?"), ("Omar", "Quelqu'un pour un covoiturage vers Roissy lundi 6 h ?")))
             + "</div>", {TSN}),
        page("/quartiers/les-coudreaux", "Les Coudreaux", '<div class="feed"><article class="feed-post"><p class="feed-post__author">Marie-Claire</p>'
             '<p class="feed-post__text">Fête des voisins bâtiment C samedi, apportez un plat !</p><a class="feed-post__reply" href="/connexion">Répondre</a></article></div>', {TSN}),
        page("/a-propos", "À propos", m.prose("Ce réseau de proximité est proposé par la ville aux habitants de Noisy-la-Chênaie. Modération par l'équipe municipale."), {TSN}),
    ]
    network = Site(net, "community", "Voisins de la Chênaie", npages, menu=[("Accueil", "/"), ("À propos", "/a-propos")])
    return City("99325", town, 28_600, "93", *IDF, f"http://{host}/", [www, network],
                decoy_accounts=("https://www.facebook.com/otpaysdelachenaie",))


# ----------------------------------------------------------------------------------------------------------------
# 99326 Vitremont (Val-de-Marne): Drupal, a questionnaire (webform) and an open Drupal poll on the city's site,
# a budget participatif presented by the city and run on CONSUL at decidons.vitremont.fr.

def vitremont() -> City:
    host, consul = "www.vitremont.fr", "decidons.vitremont.fr"
    town = "Vitremont"
    pages = [
        page("/democratie-participative", "Démocratie participative", m.prose(
            "Assemblées de quartier, conseil des seniors, conseil citoyen du Bas-Vitremont, budget participatif, consultations : "
            "la ville s'est dotée en 2021 d'une charte de la participation qui engage les élus à rendre compte des avis des habitants.",
            f"Les projets du budget participatif, les propositions et les débats se trouvent sur <a href=\"http://{consul}/\">Décidons Vitremont</a>.")
             + m.links([("/democratie-participative/budget-participatif", "Budget participatif"),
                        ("/democratie-participative/questionnaire-proprete", "Questionnaire propreté"),
                        ("/democratie-participative/sondage-rythmes-scolaires", "Sondage : rythmes scolaires")]), {PD}),
        page("/democratie-participative/budget-participatif", "Budget participatif : à vous de jouer", m.prose(
            "Un million d'euros par an pour des projets imaginés par les Vitremontais. Déposez votre projet, soutenez ceux des autres, puis votez.",
            "Édition 2026 : dépôt du 15 janvier au 15 mars sur la plateforme Décidons Vitremont.")
             + m.links([(f"http://{consul}/budgets/4", "Accéder au budget participatif"),
                        ("/democratie-participative/budget-participatif/edition-2023", "Bilan de l'édition 2023")]), {PB},
             parent=("Démocratie participative", "/democratie-participative")),
        page("/democratie-participative/budget-participatif/edition-2023", "Budget participatif 2023 : le bilan", m.prose(
            "Première édition : 214 projets déposés, 6 218 votants, 14 projets réalisés, dont la végétalisation de la cour de l'école Condorcet et un terrain de padel.",
            "Tous les projets lauréats ont été livrés en 2024."), {PB}, parent=("Budget participatif", "/democratie-participative/budget-participatif")),
        page("/democratie-participative/questionnaire-proprete", "Questionnaire : la propreté dans votre quartier", m.prose(
            "Aidez-nous à mieux organiser le nettoiement des rues : le questionnaire est ouvert jusqu'au 12 décembre.")
             + m.webform("proprete", "/democratie-participative/questionnaire-proprete", [
                 ("quartier", "Votre quartier", "radios:Centre|Bas-Vitremont|Les Hautes-Bornes|Port-aux-Lins"),
                 ("note", "Comment jugez-vous la propreté de votre rue ?", "radios:Très bonne|Correcte|Insuffisante"),
                 ("priorites", "Vos priorités", "checkboxes:Déjections canines|Dépôts sauvages|Mégots|Tags"),
                 ("commentaire", "Commentaire libre", "textarea")], "Envoyer"), {POLL}, parent=("Démocratie participative", "/democratie-participative")),
        page("/democratie-participative/sondage-rythmes-scolaires", "Sondage : la semaine de quatre jours", m.prose(
            "Parents d'élèves, faut-il revenir à la semaine de quatre jours à la rentrée 2026 ? Le sondage reste ouvert jusqu'au 20 janvier.")
             + m.drupal_poll(18, "Êtes-vous favorable à la semaine de quatre jours ?", ["Oui", "Non", "Sans opinion"]), {POLL},
             parent=("Démocratie participative", "/democratie-participative")),
        page("/actualites/resultats-consultation-marche", "Marché du Port-aux-Lins : les résultats de la consultation", m.prose(
            "La consultation sur le déplacement du marché est terminée. Merci aux 1 530 participants.")
             + m.poll_results("Où installer le marché du dimanche ?", [("Place Danton", 58, 887), ("Quai de Marne", 42, 643)], "Consultation close le 15 septembre."),
             decoys={POLL}),
        page("/finances/budget-primitif", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 de la ville s'établit à 112 M€. Il finance notamment la reconstruction du groupe scolaire Condorcet.",
            "Le budget participatif représente 1 M€ sur les 31 M€ de dépenses d'équipement."), decoys={PB}),
        page("/marches-publics", "Marchés publics", m.prose(
            "Appel d'offres : fourniture de denrées alimentaires pour la restauration collective (8 lots). Remise des plis avant le 17 novembre, 12 h.",
            "Avis d'attribution : maîtrise d'œuvre du gymnase des Hautes-Bornes."), decoys={SC}),
        page("/demarches/recensement", "Recensement", m.prose(
            "Du 15 janvier au 21 février, les agents recenseurs passent dans les logements tirés au sort par l'INSEE. Répondre par internet, c'est plus simple."),
             decoys={POLL}),
        page("/urbanisme/enquete-publique-zac", "Enquête publique : ZAC des Bords-de-Marne", m.prose(
            "Une enquête publique préalable à la déclaration d'utilité publique de la ZAC est ouverte du 3 au 28 novembre.",
            "Observations : registre papier en mairie ou registre dématérialisé de la préfecture."), decoys={POLL}),
        page("/paiement-en-ligne", "Paiement en ligne", m.prose("Réglez vos factures de cantine, de crèche et de conservatoire.") + m.payment("/paiement-en-ligne"),
             decoys={CF}),
        page("/contact", "Nous écrire", m.webform("contact", "/contact", [
            ("nom", "Nom", "text"), ("email", "Courriel", "email"), ("service", "Service concerné", "radios:Accueil|Urbanisme|Enfance|Autre"),
            ("message", "Votre message", "textarea")]), {CF}),
    ] + _ordinary(town, True)
    home = page("/", "Accueil", _home(
        f"Ville de {town}, Val-de-Marne",
        [("/democratie-participative", "Démocratie participative"), ("/democratie-participative/budget-participatif", "Budget participatif"),
         ("/paiement-en-ligne", "Paiement en ligne"), ("/marches-publics", "Marchés publics"), ("/demarches/recensement", "Recensement"),
         ("/urbanisme/enquete-publique-zac", "Enquête publique")],
        [("/actualites/resultats-consultation-marche", "Marché du dimanche", "20 septembre", "Les résultats de la consultation."),
         ("/democratie-participative/sondage-rythmes-scolaires", "Rythmes scolaires", "5 décembre", "Donnez votre avis."),
         ("/finances/budget-primitif", "Budget 2025", "10 avril", "Le budget voté.")],
        [("/democratie-participative/questionnaire-proprete", "Questionnaire propreté", "jusqu'au 12 décembre", "En ligne")]))
    pages = _with_sitemap([home] + pages)
    www = Site(host, "drupal", f"Ville de {town}", pages,
               menu=[("Accueil", "/"), ("Participer", "/democratie-participative"), ("Finances", "/finances/budget-primitif"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeVitremont"), social("x", "Vitremont94"), social("linkedin", "ville-de-vitremont")],
               address="Place de l'Hôtel-de-Ville, 94270 Vitremont")

    inv = "/budgets/4/investments"
    cpages = [
        page("/", "Accueil", m.prose("Décidons Vitremont : proposez, débattez, votez.")
             + m.links([("/budgets/4", "Budget participatif 2026"), ("/proposals", "Propositions citoyennes"),
                        ("/debates", "Débats"), ("/polls", "Votations")])),
        page("/budgets/4", "Budget participatif 2026", '<div class="budget-header"><p>Phase : dépôt des projets (15 janvier – 15 mars)</p></div>'
             + m.prose("Présentez un projet d'investissement pour Vitremont : 1 000 000 € répartis entre la ville entière et les quartiers.")
             + m.links([(inv, "Voir les projets"), ("/users/sign_in", "Créer un projet")]), {PB}),
        page(inv, "Projets du budget participatif", '<div id="budget-investments" class="budget-investments-list">'
             f'<div class="budget-investment clear"><h3><a href="{inv}/118">Une boîte à dons aux Hautes-Bornes</a></h3><p class="investment-project-amount">12 000 €</p>'
             '<div class="supports"><span class="total-supports">147 soutiens</span></div></div></div>', {PB}),
        page(f"{inv}/118", "Une boîte à dons aux Hautes-Bornes", m.prose("Un abri en bois où déposer et prendre gratuitement objets et vêtements.")
             + '<div id="comments" class="comments"><h2>Commentaires (2)</h2><div class="comment"><span class="user-name">Fatou</span><p>Bonne idée, il faudra un entretien régulier.</p></div>'
               '<form class="new_comment" action="/comments" method="post"><label for="comment-body-budget_investment_118">Laisser votre commentaire</label>'
               '<textarea id="comment-body-budget_investment_118" name="comment[body]"></textarea><input type="hidden" name="comment[commentable_type]" value="Budget::Investment">'
               '<input type="submit" value="Publier le commentaire" class="button"></form></div>', {PB, COM}, parent=("Projets", inv)),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Vous avez une idée pour Vitremont ? Publiez une proposition : si elle réunit 1 % des habitants en soutiens, elle est soumise à votation.")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
             + '<div class="proposal clear"><h3>Un marché nocturne l\'été sur le quai de Marne</h3><span class="total-supports">212 soutiens</span></div>', {SC}),
        # debates are threads started by residents with replies underneath: a discussion board
        page("/debates", "Débats", '<div id="debates">' + "".join(
            f'<div class="debate clear"><h3>{t}</h3><p class="debate-info">{n} commentaires</p></div>'
            for t, n in (("Faut-il piétonniser la rue Danton le samedi ?", 48), ("Quelle place pour les trottinettes ?", 19))) + "</div>"
             + '<a class="button" href="/users/sign_in">Ouvrir un débat</a>', {FOR}),
        page("/polls", "Votations", m.prose("Votation en cours : nom du futur parc des Bords-de-Marne, jusqu'au 31 janvier.")
             + '<form class="poll-question-form" action="/polls/9/answer" method="post"><fieldset><legend>Quel nom pour le parc ?</legend>'
               '<input type="radio" name="answer" value="Parc des Lavandières"> Parc des Lavandières <input type="radio" name="answer" value="Parc Simone-Veil"> Parc Simone-Veil</fieldset>'
               '<input type="submit" class="button" value="Voter"></form>' + m.links([("/polls/7", "Votation terminée : horaires de la piscine")]), {POLL}),
        page("/polls/7", "Horaires de la piscine (terminée)", m.poll_results("Horaires d'ouverture le dimanche", [("8 h – 13 h", 61, 934), ("10 h – 18 h", 39, 597)],
             "Votation terminée le 30 juin."), decoys={POLL}),
    ]
    consul_site = Site(consul, "consul", "Décidons Vitremont", cpages, menu=[("Accueil", "/"), ("Budget participatif", "/budgets/4"), ("Débats", "/debates")],
                       features=frozenset({PF}), platforms=frozenset({"consul"}))
    return City("99326", town, 71_300, "94", *IDF, f"http://{host}/", [www, consul_site])


# ----------------------------------------------------------------------------------------------------------------
# 99327 Orlanges (Val-de-Marne): vendor CMS "Vivre ensemble" (a generic heading), calls for ideas open and closed,
# a Publik e-services portal (contact form, idea form, booking, registration), grant calls and a contest.

def orlanges() -> City:
    host, pub = "www.orlanges.fr", "demarches.orlanges.fr"
    town = "Orlanges"
    pages = [
        page("/vivre-ensemble", "Vivre ensemble", m.prose(
            "Assemblées de quartier deux fois par an, conseil citoyen du quartier des Sablons, conseil local de la jeunesse, "
            "appels à idées sur les projets de la ville : à Orlanges, les habitants sont associés aux décisions.",
            "La délégation à la vie des quartiers est confiée à une adjointe au maire.")
             + m.links([("/vivre-ensemble/appel-a-idees-parc-des-sablons", "Imaginons le parc des Sablons"),
                        ("/vivre-ensemble/appel-a-idees-fete-de-la-ville", "Fête de la ville : vos idées (terminé)"),
                        ("/vivre-ensemble/conseil-local-jeunesse", "Conseil local de la jeunesse")]), {PD}),
        page("/vivre-ensemble/appel-a-idees-parc-des-sablons", "Imaginons ensemble le parc des Sablons", m.prose(
            "Le parc des Sablons va être réaménagé en 2026. Avant de dessiner le projet, la ville lance un appel à idées : jeux, sport, jardins, "
            "ombre, lieux de rencontre… dites-nous ce que vous voulez y trouver.",
            f"Envoyez vos idées jusqu'au 31 janvier grâce au <a href=\"http://{pub}/deposer-une-idee-parc-des-sablons/\">formulaire en ligne</a> "
            "ou déposez-les dans l'urne de la maison de quartier."), {SC}, parent=("Vivre ensemble", "/vivre-ensemble")),
        # the call is closed, but the page still is the city's explicit call to residents, with its outcome
        page("/vivre-ensemble/appel-a-idees-fete-de-la-ville", "Fête de la ville : l'appel à idées est clos", m.prose(
            "Du 1er mars au 15 avril, la ville vous invitait à proposer des idées pour la fête de la ville. 146 idées ont été reçues.",
            "Retenues : un bal des quartiers, une scène ouverte aux jeunes talents, un repas partagé sur le mail. Merci à tous !"),
             {SC}, parent=("Vivre ensemble", "/vivre-ensemble")),
        page("/vivre-ensemble/conseil-local-jeunesse", "Conseil local de la jeunesse", m.prose(
            "Le conseil local de la jeunesse réunit 25 jeunes de 16 à 25 ans qui donnent leur avis sur les politiques de la ville et mènent leurs propres projets.",
            "Il est consulté sur le projet éducatif local et a organisé cette année un débat sur la santé mentale des jeunes."), {PD},
             parent=("Vivre ensemble", "/vivre-ensemble")),
        page("/agenda/forum-des-associations", "Forum des associations", m.prose(
            "Retrouvez plus de 70 associations orlangeoises au forum du 7 septembre, au parc des sports. Inscriptions aux activités sur place."),
             decoys={FOR}),
        page("/culture/concours-photo", "Concours photo « Orlanges au fil de l'eau »", m.prose(
            "Amateurs de photographie, participez au concours de la ville ! Trois photos maximum par participant, avant le 30 novembre. "
            "Les lauréats seront exposés à la médiathèque."), decoys={SC}),
        page("/associations/subventions", "Appel à projets associatif", m.prose(
            "Les associations peuvent solliciter une subvention de fonctionnement ou de projet pour 2026. Date limite de dépôt des dossiers : 15 novembre.",
            "Un appel à projets spécifique finance les actions menées dans le quartier prioritaire des Sablons (contrat de ville)."), decoys={SC}),
        page("/actualites/budget-2025", "Budget 2025 : les grandes orientations", m.prose(
            "Le conseil municipal a adopté le budget primitif le 2 avril. Les taux restent stables ; l'investissement atteint 9,8 M€.",
            "Parmi les projets : le réaménagement du parc des Sablons et la rénovation de l'école Jules-Ferry."), decoys={PB}),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Les séances du conseil municipal sont retransmises en direct. Prochaine séance : mercredi 15 octobre, 19 h.")
             + m.bullets("Ordre du jour", "Délibérations", "Procès-verbaux"), decoys={PD}),
        # the contact page only gives the address, a mailto and a link to the e-services' form: no form here
        page("/contact", "Contact", m.prose(
            "Hôtel de ville — 10 rue Paul-Vaillant-Couturier — 94310 Orlanges.",
            "Courriel : <a href=\"mailto:accueil@orlanges.fr\">accueil@orlanges.fr</a>",
            f"Pour écrire à un service, utilisez le <a href=\"http://{pub}/ecrire-a-la-mairie/\">formulaire de contact du portail démarches</a>."),
             decoys={CF}),
    ] + _ordinary(town, False)
    home = page("/", "Accueil", _home(
        f"Bienvenue sur le site de la ville d'{town}",
        [(f"http://{pub}/", "Mes démarches"), ("/vivre-ensemble", "Vivre ensemble"), ("/associations/subventions", "Associations"),
         ("/culture/concours-photo", "Concours photo"), ("/demarches/etat-civil", "État civil"), ("/cadre-de-vie/dechets", "Déchets")],
        [("/vivre-ensemble/appel-a-idees-parc-des-sablons", "Parc des Sablons", "10 novembre", "Un appel à idées est lancé."),
         ("/actualites/budget-2025", "Budget 2025", "4 avril", "Les grandes orientations."),
         ("/vivre-ensemble/appel-a-idees-fete-de-la-ville", "Fête de la ville", "30 avril", "Bilan de l'appel à idées.")],
        [("/agenda/forum-des-associations", "Forum des associations", "7 septembre", "Parc des sports"),
         ("/mairie/conseil-municipal", "Conseil municipal", "15 octobre", "Salle des mariages")]))
    pages = _with_sitemap([home] + pages)
    www = Site(host, "vendor", f"Ville d'{town}", pages,
               menu=[("Démarches", f"http://{pub}/"), ("Vivre ensemble", "/vivre-ensemble"), ("Culture", "/culture/mediatheque"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleOrlanges"), social("instagram", "ville.orlanges")],
               address="10 rue Paul-Vaillant-Couturier, 94310 Orlanges")
    ppages = [
        page("/", "Mes démarches", m.prose("Le portail des démarches en ligne de la ville d'Orlanges.")
             + m.links([("/ecrire-a-la-mairie/", "Écrire à la mairie"), ("/deposer-une-idee-parc-des-sablons/", "Parc des Sablons : déposer une idée"),
                        ("/reserver-une-salle/", "Réserver une salle municipale"), ("/inscription-centre-de-loisirs/", "Inscription au centre de loisirs"),
                        ("/signaler-un-encombrant/", "Signaler un dépôt sauvage")])),
        page("/ecrire-a-la-mairie/", "Écrire à la mairie", m.publik_form("ecrire-a-la-mairie", "Votre demande", [
            ("1", "Nom", "string"), ("2", "Courriel", "email"), ("3", "Service", "item:Accueil|État civil|Urbanisme|Vie des quartiers"),
            ("4", "Votre message", "text")], "Envoyer"), {CF}),
        page("/deposer-une-idee-parc-des-sablons/", "Parc des Sablons : déposer une idée", m.publik_form("deposer-une-idee-parc-des-sablons", "Votre idée pour le parc", [
            ("1", "Nom ou pseudonyme", "string"), ("2", "Courriel", "email"), ("3", "Thème", "item:Jeux|Sport|Nature|Rencontre"),
            ("4", "Décrivez votre idée", "text")], "Envoyer mon idée"), {SC, CF}),
        page("/reserver-une-salle/", "Réserver une salle municipale", m.publik_form("reserver-une-salle", "Réservation", [
            ("1", "Salle", "item:Salle Gérard-Philipe|Salle des Sablons|Maison des associations"), ("2", "Date", "string"),
            ("3", "Courriel", "email")], "Réserver"), decoys={CF}),
        page("/inscription-centre-de-loisirs/", "Inscription au centre de loisirs", m.publik_form("inscription-centre-de-loisirs", "Inscription", [
            ("1", "Nom de l'enfant", "string"), ("2", "École", "item:Jules-Ferry|Sablons|Langevin"), ("3", "Période", "item:Mercredis|Vacances d'hiver"),
            ("4", "Courriel du responsable", "email")], "Inscrire"), decoys={CF}),
        page("/signaler-un-encombrant/", "Signaler un dépôt sauvage", m.publik_form("signaler-un-encombrant", "Signalement", [
            ("1", "Adresse", "string"), ("2", "Type", "item:Encombrant|Gravats|Déchets verts"), ("3", "Courriel", "email")], "Signaler"), decoys={CF}),
    ]
    publik = Site(pub, "publik", "Orlanges — Mes démarches", ppages, menu=[("Accueil", "/"), ("Écrire à la mairie", "/ecrire-a-la-mairie/")],
                  address="10 rue Paul-Vaillant-Couturier, 94310 Orlanges")
    return City("99327", town, 26_900, "94", *IDF, f"http://{host}/", [www, publik])


# ----------------------------------------------------------------------------------------------------------------
# 99328 Herbières-la-Forêt (Val-d'Oise): WordPress, a budget participatif on the city's own site under a local brand
# ("Budget des quartiers") at every stage, and the residents' phpBB board run by the city.

def herbieres() -> City:
    host, board = "www.herbieres-la-foret.fr", "forum.herbieres-la-foret.fr"
    town = "Herbières-la-Forêt"
    bq = "/participer/budget-des-quartiers/"
    pages = [
        page("/participer/", "Participer", m.prose(
            "Réunions publiques de quartier, budget des quartiers, forum des habitants : la municipalité a fait de la participation des Herbiérois "
            "un axe de son mandat. Un adjoint à la démocratie locale reçoit sur rendez-vous.")
             + m.links([(bq, "Le budget des quartiers"), ("/participer/forum-des-habitants/", "Le forum des habitants")]), {PD}),
        page(bq, "Le budget des quartiers", m.prose(
            "Chaque année, 250 000 € sont réservés aux projets des habitants, répartis entre les quatre quartiers. Vous proposez, la ville étudie, vous votez.")
             + m.links([(bq + "reglement/", "Règlement"), (bq + "deposer-un-projet/", "Déposer un projet"), (bq + "vote/", "Voter"),
                        (bq + "laureats-2024/", "Les lauréats 2024")]), {PB}, parent=("Participer", "/participer/")),
        page(bq + "reglement/", "Règlement du budget des quartiers", m.prose(
            "Peut déposer un projet toute personne de plus de 12 ans habitant, étudiant ou travaillant à Herbières-la-Forêt.",
            "Les projets doivent relever de l'investissement, des compétences de la commune et ne pas dépasser 60 000 €.",
            "Le vote a lieu en ligne et dans les accueils municipaux ; chaque votant choisit trois projets dans son quartier."), {PB},
             parent=("Le budget des quartiers", bq)),
        page(bq + "deposer-un-projet/", "Déposer un projet", m.prose(
            "Le dépôt des projets est ouvert jusqu'au 28 février. Décrivez votre projet, son lieu et son coût approximatif.")
             + m.cf7(715, bq + "deposer-un-projet/", '<p><label> Quartier<br /><span class="wpcf7-form-control-wrap" data-name="quartier"><select class="wpcf7-form-control wpcf7-select" name="quartier"><option>La Forêt</option><option>Le Bourg</option><option>Les Sablières</option><option>La Butte</option></select></span></label></p>'),
             {PB, SC, CF}, parent=("Le budget des quartiers", bq)),
        page(bq + "vote/", "Voter pour les projets", m.prose("Le vote est ouvert du 2 au 31 mai. Choisissez trois projets de votre quartier.")
             + '<form class="vote-projets" action="' + bq + 'vote/" method="post"><fieldset><legend>Quartier de La Forêt</legend>'
               '<input type="checkbox" name="projets[]" value="11" id="p11"><label for="p11">Un abri à vélos à la gare</label>'
               '<input type="checkbox" name="projets[]" value="12" id="p12"><label for="p12">Des tables de pique-nique au lavoir</label>'
               '<input type="checkbox" name="projets[]" value="13" id="p13"><label for="p13">Une fresque participative</label></fieldset>'
               '<label for="v-mail">Courriel</label><input type="email" id="v-mail" name="email"><button type="submit">Valider mon vote</button></form>', {PB},
             parent=("Le budget des quartiers", bq)),
        page(bq + "laureats-2024/", "Budget des quartiers : les lauréats 2024", m.prose(
            "2 140 habitants ont voté. Sont lauréats : l'aire de fitness des Sablières, les bacs potagers du Bourg, l'éclairage du chemin de la Butte et la boîte à livres de La Forêt."),
             {PB}, parent=("Le budget des quartiers", bq)),
        page("/participer/forum-des-habitants/", "Le forum des habitants", m.prose(
            f"Le forum des habitants est un espace de discussion en ligne ouvert à tous, modéré par la mairie : <a href=\"http://{board}/\">forum.herbieres-la-foret.fr</a>.",
            "Charte : on débat des idées, pas des personnes.")),
        page("/actualites/cinema-plein-air/", "Cinéma en plein air au parc de la Forêt", m.prose(
            "Trois séances gratuites en août. Apportez plaids et pique-nique !")
             + m.wp_comments([("Léa", "2 août 2025", "Quels films cette année ?"), ("Mairie d'Herbières", "2 août 2025", "Le programme est sur la page agenda.")], 3310),
             {COM}),
        page("/agenda/forum-des-associations/", "Forum des associations et du bénévolat", m.prose(
            "Samedi 13 septembre, salle Louis-Aragon : rencontrez les associations et trouvez une activité pour l'année."), decoys={FOR}),
        page("/mairie/budget-primitif/", "Budget primitif 2025", m.prose(
            "Le budget primitif voté le 31 mars s'équilibre à 38 M€. L'enveloppe du budget des quartiers est reconduite."), decoys={PB}),
        page("/actualites/petitions-en-ligne/", "Pétitions : ce que la mairie peut faire", m.prose(
            "Des habitants nous interrogent sur une pétition nationale en ligne concernant la ligne H. La ville ne gère pas ce type de pétition ; "
            "le maire a toutefois saisi Île-de-France Mobilités."), decoys={PET}),
        page("/lettre-d-information/", "Lettre d'information", m.newsletter("/lettre-d-information/"), decoys={CF}),
        page("/contact/", "Contact", m.prose("Mairie — 1 rue de la Forêt — 95220 Herbières-la-Forêt.") + m.cf7(12, "/contact/"), {CF}),
    ] + _ordinary(town, False)
    home = page("/", "Accueil", m.wp_cookie_notice() + _home(
        f"Bienvenue à {town}",
        [("/participer/", "Participer"), (bq, "Budget des quartiers"), ("/participer/forum-des-habitants/", "Forum des habitants"),
         ("/lettre-d-information/", "Lettre d'information"), ("/demarches/etat-civil", "État civil"), ("/culture/mediatheque", "Médiathèque")],
        [(bq + "laureats-2024/", "Budget des quartiers", "3 juin", "Les lauréats 2024."),
         ("/actualites/cinema-plein-air/", "Cinéma plein air", "1er août", "Trois séances gratuites."),
         ("/actualites/petitions-en-ligne/", "Pétitions", "15 octobre", "Ce que la mairie peut faire.")],
        [("/agenda/forum-des-associations/", "Forum des associations", "13 septembre", "Salle Louis-Aragon"),
         ("/mairie/budget-primitif/", "Budget 2025", "31 mars", "Conseil municipal")], contact="/contact/"))
    pages = _with_sitemap([home] + pages)
    www = Site(host, "wordpress", town, pages,
               menu=[("Accueil", "/"), ("Participer", "/participer/"), ("Budget des quartiers", bq), ("Contact", "/contact/")],
               accounts=[social("facebook", "HerbieresLaForet"), social("instagram", "herbiereslaforet")],
               address="1 rue de la Forêt, 95220 Herbières-la-Forêt")
    bpages = [
        page("/", "Index du forum", '<div class="forabg"><ul class="topiclist forums">'
             '<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="/viewforum.php?f=2" class="forumtitle">Vie des quartiers</a>'
             '<br />Travaux, propreté, animations</div></dt><dd class="topics">2 <dfn>Sujets</dfn></dd></dl></li>'
             '<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="/viewforum.php?f=3" class="forumtitle">Transports et stationnement</a>'
             '</div></dt><dd class="topics">1 <dfn>Sujets</dfn></dd></dl></li></ul></div>'),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics([("/viewtopic.php?t=15", "Crottes de chien rue des Sablières", "Mireille95", 7),
                                                                        ("/viewtopic.php?t=22", "Une boulangerie à la Butte ?", "jpcolin", 12)])),
        page("/viewforum.php?f=3", "Transports et stationnement", m.phpbb_topics([("/viewtopic.php?t=31", "Bus 95-17 : horaires du dimanche", "Axel_H", 4)])),
        page("/viewtopic.php?t=15", "Crottes de chien rue des Sablières", m.phpbb_posts([
            ("Mireille95", "mar. 7 oct. 2025 18:02", "C'est de pire en pire sur le trottoir côté école."),
            ("Modération mairie", "mer. 8 oct. 2025 09:15", "Le service propreté a ajouté un distributeur de sacs au croisement.")], 15, 2)),
        page("/viewtopic.php?t=22", "Une boulangerie à la Butte ?", m.phpbb_posts([
            ("jpcolin", "dim. 21 sept. 2025 10:40", "Depuis la fermeture, il faut prendre la voiture pour une baguette."),
            ("Sofiane", "dim. 21 sept. 2025 12:03", "Le local de l'ancienne pharmacie est libre, non ?")], 22, 2)),
        page("/viewtopic.php?t=31", "Bus 95-17 : horaires du dimanche", m.phpbb_posts([
            ("Axel_H", "lun. 6 oct. 2025 07:55", "Un bus par heure le dimanche, c'est trop peu.")], 31, 3)),
    ]
    forum = Site(board, "phpbb", "Forum des Herbiérois", bpages, features=frozenset({FOR}))
    return City("99328", town, 31_700, "95", *IDF, f"http://{host}/", [www, forum])


def cities():
    return [morsang(), villebrun(), montcerf(), aubreuil(), noisy(), vitremont(), orlanges(), herbieres()]


def hosts():
    return {}
