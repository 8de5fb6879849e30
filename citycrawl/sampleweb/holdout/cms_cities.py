"""Holdout cities on common CMSs: polls in sidebars, article forums, comments, contact forms, and their lookalikes."""
from ..site import Site, page, social
from . import markup as m
from .common import SERVICES, city, home, service_pages, with_decoys

CONTACT = {"contact_form"}


def brevannes():
    """WordPress: a WP-Polls widget in the sidebar, native comments, a closed poll's results, event 'forums'."""
    name = "Brévannes-sur-Lèze"
    poll = m.wp_polls(7, "Faut-il étendre les horaires de la médiathèque le samedi ?",
                      ["Oui, jusqu'à 18 h", "Oui, jusqu'à 19 h", "Non, c'est bien ainsi"])
    www = Site("www.brevannes-sur-leze.fr", "wordpress", f"Ville de {name}", menu=[
        ("Actualités", "/actualites/"), ("Vie associative", "/vie-associative/forum-des-associations/"),
        ("Contact", "/contact/")] + SERVICES,
        accounts=[social("facebook", "villebrevannes"), social("instagram", "brevannes_sur_leze")], pages=[
        page("/", f"Accueil", home(name, "Commune de 12 000 habitants au bord de la Lèze.", SERVICES, extra=poll),
             {"poll"}),
        page("/actualites/", "Actualités", m.news([("Nouveau marché de producteurs", "2 mai 2025",
                                                     "Chaque mercredi soir sur la place de l'église.")]) + poll, {"poll"}),
        page("/actualites/nouveau-marche-producteurs/", "Un marché de producteurs le mercredi soir",
             m.prose("Dès le 7 mai, une douzaine de producteurs locaux s'installent place de l'Église de 16 h à 20 h.",
                     "Fruits, légumes, fromages et pain : le marché a été demandé par de nombreux habitants.")
             + m.share_buttons("http%3A%2F%2Fwww.brevannes-sur-leze.fr%2Factualites%2Fnouveau-marche-producteurs%2F")
             + m.wp_comments(412, [("Josiane", "Enfin ! Merci pour cette belle initiative."),
                                   ("Karim", "Y aura-t-il un stand de poisson ?")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/fermeture-piscine/", "Fermeture technique de la piscine",
             m.prose("La piscine municipale sera fermée du 2 au 16 juin pour la vidange annuelle des bassins.")
             + m.wp_comments_closed(), decoys={"comments"}, parent=("Actualités", "/actualites/")),
        page("/sondages/horaires-creche-resultats/", "Résultats du sondage sur les horaires de la crèche",
             m.prose("Merci aux 214 familles qui ont répondu. Les nouveaux horaires s'appliquent depuis janvier.")
             + m.wp_polls_results(5, "Quelle heure d'ouverture pour la crèche ?",
                                  [("7 h 00", 48, 103), ("7 h 30", 39, 83), ("8 h 00", 13, 28)], 214),
             decoys={"poll"}),
        page("/vie-associative/forum-des-associations/", "Forum des associations 2025",
             m.prose("Le forum des associations se tient le samedi 6 septembre au gymnase Jean-Moulin, de 10 h à 17 h.",
                     "Plus de 60 associations sportives, culturelles et solidaires présentent leurs activités. "
                     "Inscriptions sur place, démonstrations toute la journée.")
             + m.newsletter(), decoys={"forum"}),
        page("/contact/", "Contactez la mairie",
             m.prose("Mairie de Brévannes-sur-Lèze, 1 place de la République. Accueil du lundi au vendredi.")
             + m.cf7(318), CONTACT),
        *service_pages(name),
    ])
    return city("98101", name, 12140, "31", [www])


def saint_ferreol():
    """SPIP: a forum under an article and its posting page, a sondage made with Formidable, the forum de l'emploi."""
    name = "Saint-Ferréol-les-Combes"
    www = Site("www.saint-ferreol-les-combes.fr", "spip", name, menu=[
        ("La mairie", "/spip.php?rubrique2"), ("Projets", "/spip.php?article84"),
        ("Contact", "/spip.php?page=contact")] + SERVICES,
        accounts=[social("facebook", "saintferreolcombes")], pages=[
        page("/", "Accueil", home(name, "Village de moyenne montagne, 3 200 habitants.", SERVICES,
                                  news=[("Projet de halle couverte", "3 mai 2025",
                                         "Découvrez le projet et donnez votre avis sous l'article.")])),
        page("/spip.php?rubrique2", "La mairie",
             m.prose("Le conseil municipal compte 23 élus. Les séances sont publiques.",
                     "Ordre du jour du prochain conseil municipal : vote du compte administratif, tarifs de la cantine.")),
        page("/spip.php?article84", "Projet de halle couverte place du Foirail",
             m.prose("La commune étudie la construction d'une halle couverte pour accueillir le marché et les fêtes.",
                     "Trois esquisses ont été présentées en réunion publique ; vous pouvez en discuter ci-dessous.")
             + m.spip_forum(84, [("Pour la version en bois", "Lucien", "La deuxième esquisse s'intègre mieux au bourg."),
                                 ("Stationnement", "Maryse", "Où se gareront les camions des forains ?"),
                                 ("Re : Stationnement", "Élu référent", "Le parking de la salle des fêtes sera agrandi.")]),
             {"forum"}),
        page("/spip.php?page=forum&id_article=84", "Répondre à : Projet de halle couverte",
             m.spip_forum_post(84), {"forum"}, parent=("Projet de halle couverte", "/spip.php?article84")),
        page("/spip.php?article91", "Sondage : la fête du village",
             m.prose("Le comité des fêtes souhaite connaître vos préférences pour l'édition 2025.")
             + m.spip_sondage("Quel week-end préférez-vous pour la fête du village ?",
                              ["Dernier week-end de juin", "Premier week-end de juillet", "Mi-août"]), {"poll"}),
        page("/spip.php?article95", "Forum de l'emploi saisonnier",
             m.prose("Le forum de l'emploi saisonnier réunit les employeurs de la vallée le 12 avril à la salle polyvalente.",
                     "Stations de ski, campings et restaurants recrutent : venez avec votre CV.")), 
        page("/spip.php?article97", "Idées de sorties pour les vacances",
             m.prose("Nos idées de sorties : randonnée au lac, visite de la fromagerie, marché du dimanche.",
                     "Retrouvez toutes les idées de balades auprès de l'office de tourisme.")),
        page("/spip.php?page=contact", "Écrire à la mairie", m.spip_contact(), CONTACT),
        *service_pages(name),
    ])
    return city("98102", name, 3210, "63", [with_decoys(www, {"/spip.php?article95": {"forum"},
                                                               "/spip.php?article97": {"suggestion_call"}})])


def pouzac():
    """Drupal: the Poll module's block, core comments, a Webform contact form, the gendarmerie's lookalike scheme."""
    name = "Pouzac-la-Rivière"
    block = m.drupal_poll(233, "Quel nom pour la nouvelle école ?",
                          ["École des Platanes", "École Simone-Veil", "École du Moulin"])
    www = Site("www.pouzac-la-riviere.fr", "drupal", f"Mairie de {name}", menu=[
        ("Actualités", "/actualites"), ("Sécurité", "/securite/participation-citoyenne"),
        ("Marchés publics", "/marches-publics"), ("Contact", "/contact")] + SERVICES,
        accounts=[social("facebook", "pouzaclariviere"), social("youtube", "pouzacTV")], pages=[
        page("/", "Accueil", home(name, "Bienvenue sur le site officiel de la commune.", SERVICES, extra=block),
             {"poll"}),
        page("/actualites", "Actualités", m.news([("Nom de la nouvelle école", "6 mai 2025",
                                                   "Votez dans le bloc sondage de la page d'accueil.")])),
        page("/actualites/nouveaux-horaires-mairie", "Nouveaux horaires de la mairie",
             m.prose("À partir du 1er juin, la mairie ouvre le mardi jusqu'à 19 h.", "Le samedi matin est maintenu.")
             + m.drupal_comments(128), {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/classe-maintenue", "La classe de l'école du Moulin est maintenue",
             m.prose("L'inspection académique est revenue sur la fermeture d'une classe à l'école du Moulin.",
                     "Les parents d'élèves avaient recueilli 1 300 signatures sur une pétition papier remise au "
                     "directeur académique en février ; le maire les avait accompagnés.",
                     "La rentrée se fera donc avec cinq classes. Les inscriptions sont ouvertes en mairie.")),
        page("/securite/participation-citoyenne", "Dispositif participation citoyenne",
             m.prose("Le dispositif de participation citoyenne, piloté par la gendarmerie, associe des habitants "
                     "référents à la surveillance de leur quartier contre les cambriolages.",
                     "Un protocole a été signé entre le maire, le préfet et le commandant de la brigade. "
                     "Les référents signalent tout fait inhabituel à la gendarmerie en composant le 17.",
                     "Pour devenir voisin référent, adressez-vous à la police municipale.")),
        page("/marches-publics", "Marchés publics",
             m.prose("Appel d'offres : réfection de la toiture du gymnase. Date limite de remise des offres : 30 juin.",
                     "Les dossiers de consultation des entreprises sont disponibles sur la plateforme de dématérialisation.")),
        page("/contact", "Contact", m.drupal_webform_contact(), CONTACT),
        *service_pages(name),
    ])
    return city("98103", name, 8450, "65", [with_decoys(www, {
        "/securite/participation-citoyenne": {"participation_displayed"},
        "/actualites/classe-maintenue": {"petition"},
        "/marches-publics": {"suggestion_call"}})])


def mervent():
    """Joomla: a poll module, a petition space on the city's own site, a national petition link, a branded approach page."""
    name = "Mervent-le-Haut"
    poll = m.joomla_poll("Êtes-vous favorable à une zone 30 dans le centre-bourg ?", ["Oui", "Non", "Sans avis"])
    www = Site("www.mervent-le-haut.fr", "joomla", f"Commune de {name}", menu=[
        ("Mervent participe", "/mervent-participe"), ("Pétitions", "/petitions"), ("Contact", "/contact")] + SERVICES,
        accounts=[social("facebook", "merventlehaut")], pages=[
        page("/", "Accueil", home(name, "Au cœur du bocage, une commune de 5 600 habitants.", SERVICES, extra=poll),
             {"poll"}),
        page("/mervent-participe", "Mervent participe",
             m.prose("Depuis 2021, la municipalité associe les habitants aux décisions qui les concernent.",
                     "Trois commissions extra-municipales ouvertes à tous, des réunions publiques avant chaque grand "
                     "projet et un comité consultatif des aînés font vivre cette démarche.",
                     "Chaque année, un bilan est présenté aux habitants lors d'une soirée d'échanges.",
                     "Pour rejoindre une commission, inscrivez-vous à l'accueil de la mairie."), {"participation_displayed"}),
        page("/petitions", "Pétitions citoyennes",
             m.prose("Toute personne de plus de 16 ans résidant à Mervent peut déposer une pétition. "
                     "À partir de 150 signatures, le sujet est inscrit à l'ordre du jour du conseil municipal.")
             + m.petition_list([("Un abri pour l'arrêt de car de la Croix-Blanche", "/petitions", 163, 150, "Seuil atteint"),
                                ("Des bancs le long de la voie verte", "/petitions/bancs-voie-verte", 87, 150, "En cours")]),
             {"petition"}),
        page("/petitions/bancs-voie-verte", "Des bancs le long de la voie verte",
             m.prose("Nous demandons l'installation de bancs tous les 500 mètres sur la voie verte.",
                     "<strong>87</strong> signatures sur 150.")
             + m.sign_form("/petitions/bancs-voie-verte/signer"), {"petition"}, parent=("Pétitions", "/petitions")),
        page("/actualites/ecole-musique", "Rentrée de l'école de musique",
             m.prose("L'école de musique intercommunale reprend ses cours le 15 septembre.",
                     "Pour soutenir l'enseignement artistique dans les petites communes, une pétition nationale adressée au "
                     "ministère de la Culture circule sur change.org (cherchez « sauvons les conservatoires »).")),
        page("/contact", "Contact", m.joomla_contact(), CONTACT),
        *service_pages(name),
    ])
    return city("98104", name, 5620, "85", [with_decoys(www, {"/actualites/ecole-musique": {"petition"}})])


def castelroux():
    """TYPO3: embedded Framaforms and LimeSurvey questionnaires; a menu link to a survey; passing mentions."""
    name = "Castelroux"
    www = Site("www.castelroux.fr", "typo3", f"Ville de {name}", menu=[
        ("Enquête mobilités", "/enquete-mobilites"), ("Questionnaire jeunesse", "/jeunesse/questionnaire"),
        ("Actualités", "/actualites")] + SERVICES,
        accounts=[social("facebook", "villedecastelroux"), social("linkedin", "ville-de-castelroux")], pages=[
        page("/", "Accueil", home(name, "Ville de 21 000 habitants, préfecture de l'Indre imaginaire.",
                                  [("Répondez à l'enquête mobilités", "/enquete-mobilites")] + SERVICES),
             decoys={"poll"}),
        page("/enquete-mobilites", "Enquête mobilités 2025",
             m.prose("Comment vous déplacez-vous au quotidien ? Vos réponses aideront à préparer le plan vélo.",
                     "Le questionnaire prend dix minutes. Il est ouvert jusqu'au 30 juin.")
             + m.iframe("https://framaforms.org/enquete-mobilites-castelroux-2025-1714567890", "Enquête mobilités"),
             {"poll"}),
        page("/jeunesse/questionnaire", "Questionnaire : les 15-25 ans et leur ville",
             m.prose("Le service jeunesse lance une enquête en ligne auprès des jeunes de la commune.")
             + m.iframe("https://enquetes.agglo-des-brandes.fr/index.php/469312?lang=fr", "Questionnaire jeunesse", 900)
             + '<p>Le questionnaire ne s\'affiche pas ? Il est hébergé par le service d\'enquêtes de l\'agglomération.</p>',
             {"poll"}),
        page("/actualites", "Actualités", m.news([
            ("Le conseil municipal du 12 mai", "13 mai 2025",
             "Vote des subventions aux associations et point sur la consultation du PLU, close en mars.")])),
        page("/actualites/conseil-municipal-12-mai", "Retour sur le conseil municipal du 12 mai",
             m.prose("Le conseil municipal a voté les subventions aux associations pour un montant de 412 000 euros.",
                     "Il a approuvé la convention avec le département pour l'entretien des routes, et la création "
                     "de deux postes d'animateurs. Le maire a rappelé que la consultation sur le PLU s'était achevée en mars "
                     "et que le commissaire enquêteur rendra son rapport à l'automne.",
                     "La séance s'est terminée par les questions diverses : stationnement rue Nationale, éclairage du stade.",
                     "Prochaine séance : le 30 juin à 19 h, salle du conseil.")),
        page("/demarches/enquete-publique-parc-eolien", "Enquête publique : parc éolien des Brandes",
             m.prose("Une enquête publique portant sur le projet de parc éolien se déroule du 2 au 31 mai.",
                     "Le dossier et le registre dématérialisé sont en ligne : consultez le site de la préfecture, "
                     "rubrique Publications, Enquêtes publiques.")),
        *service_pages(name),
    ])
    return city("98105", name, 21300, "36", [with_decoys(www, {
        "/actualites/conseil-municipal-12-mai": {"participation_displayed"},
        "/demarches/enquete-publique-parc-eolien": {"participation_displayed", "poll"}})])


def cities():
    return [brevannes(), saint_ferreol(), pouzac(), mervent(), castelroux()]
