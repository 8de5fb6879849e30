"""The twelfth holdout part: eight communes 99801-99808, written from the codebook alone (HOLDOUT.md).

A Breton bourg on WordPress with its own neighbours' network, a Lorraine city on Drupal with a Decidim space, a
commune of La Réunion on a vendor CMS with Publik e-services and a Jenparle space, a Quercy village on SPIP, a
Provençal town on Joomla with a city-run SMF board and e-petitions on Publik, an Oise town on TYPO3 with a Cap
Collectif budget, an Isère city on an accessibility-first vendor CMS with a magazine and a participation space
drawn by a script, and a Charente-Maritime village on WordPress/Elementor with an id-city space.
Every page says which codebook features it holds and which lookalikes it must not trigger.
"""
import json
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import bocages_markup as m

PART_HUNDRED = 998


def _home(banner, intro, links, news, events, extra="", side=""):
    main = m.prose(*intro) + m.tiles(links) + m.news(news, more=None) + m.agenda(events) + extra
    return banner + (m.columns(main, side) if side else main)


# =====================================================================================================
# 99801 Saint-Aubin-des-Landiers (Ille-et-Vilaine): WordPress (Astra, Fluent Forms, Poll Maker),
# native comments, and "Landiers Voisins", the commune's own neighbours' network on a subdomain.
# =====================================================================================================

SAINT_AUBIN = "www.saint-aubin-des-landiers.fr"
SAINT_AUBIN_VOISINS = "voisins.saint-aubin-des-landiers.fr"


def saint_aubin() -> City:
    ck = m.cookie_banner("cookieyes")
    poll = m.side_block("Votre avis", m.ays_poll(3, "Faut-il ouvrir la médiathèque le dimanche matin ?",
                                                ["Oui, chaque dimanche", "Oui, un dimanche par mois", "Non"]))
    news = [("/2025/03/12/travaux-rue-des-ecoles/", "Travaux rue des Écoles : ce qui change", "12 mars 2025",
             "La rue sera en sens unique du 17 mars au 30 avril pendant la reprise des réseaux."),
            ("/2025/02/20/nouvelle-aire-de-jeux/", "Une nouvelle aire de jeux au Clos Mouton", "20 février 2025",
             "Toboggan, tyrolienne et jeux pour les tout-petits : ouverture prévue aux vacances de printemps."),
            ("/2025/01/15/voeux-du-maire/", "Cérémonie des vœux : retour en images", "15 janvier 2025",
             "Plus de 300 habitants ont assisté à la cérémonie à l'Espace des Landes."),
            ("/2024/11/08/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats du sondage", "8 novembre 2024",
             "Vous avez été 486 à répondre. Découvrez les résultats.")]
    events = [("/agenda/", "Conseil municipal", "27 mars", "Salle du conseil"),
              ("/vie-associative/forum-des-associations/", "Forum des associations", "6 sept.", "Salle des sports"),
              ("/agenda/", "Repas des aînés", "13 avril", "Espace des Landes")]
    side_news = m.side_block("À la une", "".join(f'<p><a href="{h}">{escape(t)}</a></p>' for h, t, _, _ in news[:3]))
    pages = [
        page("/", "Accueil", _home(ck, ["Bienvenue à Saint-Aubin-des-Landiers, commune de 7 400 habitants aux portes de Rennes."],
             [("/mairie/horaires/", "Horaires de la mairie"), ("/enfance/restauration-scolaire/", "Cantine et menus"),
              ("/services/salle-des-fetes/", "Réserver une salle"), ("/participer/boite-a-idees/", "Boîte à idées"),
              ("/participer/landiers-voisins/", "Landiers Voisins"), ("/urbanisme/plu/", "PLU"), ("/lettre-d-information/", "Lettre d'info")],
             news, events, extra=m.side_block("Liens utiles", m.bullets(['<a href="/mairie/budget/">Budget 2025</a>',
             '<a href="/mairie/marches-publics/">Marchés publics</a>', '<a href="/mairie/recrutement/">La commune recrute</a>',
             '<a href="/securite/participation-citoyenne/">Participation citoyenne (gendarmerie)</a>'])), side=poll + side_news), {"poll"}),
        page("/actualites/", "Actualités", ck + m.columns(m.news(news, title="Toutes les actualités"), poll), {"poll"}),
        page("/2025/03/12/travaux-rue-des-ecoles/", "Travaux rue des Écoles : ce qui change", ck + m.prose(
            "Du 17 mars au 30 avril, Eau du Bassin Rennais renouvelle la conduite d'eau potable sous la rue des Écoles.",
            "La circulation se fera en sens unique, de la place de l'Église vers la route de Liffré. L'accès aux écoles reste "
            "assuré à pied ; le dépose-minute est déplacé sur le parking de la salle des sports.",
            "Les riverains ont reçu un courrier détaillant les horaires du chantier.")
             + m.wp_thread(412, [("Gaëlle R.", "13 mars", "Est-ce que le car scolaire passera toujours par la rue ?"),
                                 ("Mairie de Saint-Aubin", "13 mars", "Oui, l'arrêt est maintenu, le car arrivera par la route de Liffré.")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/2025/02/20/nouvelle-aire-de-jeux/", "Une nouvelle aire de jeux au Clos Mouton", ck + m.prose(
            "Réclamée par le comité du hameau de la Touche, l'aire de jeux du Clos Mouton sera ouverte pour les vacances de printemps.",
            "Le chantier, d'un montant de 68 000 € HT, est financé pour moitié par la Région.") + m.wp_thread(398, []),
             {"comments"}, parent=("Actualités", "/actualites/")),
        # comments closed, and none were posted: the codebook's "comments closed with no form and no existing comments"
        page("/2025/01/15/voeux-du-maire/", "Cérémonie des vœux : retour en images", ck + m.prose(
            "Le maire a présenté les projets de l'année : extension de l'école des Tilleuls, piste cyclable vers la gare, "
            "rénovation de l'Espace des Landes.", "Merci aux bénévoles du comité des fêtes pour le vin d'honneur.")
             + m.wp_thread(377, [], open_form=False), decoys={"comments"}, parent=("Actualités", "/actualites/")),
        # results of a closed poll, no way to answer
        page("/2024/11/08/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats du sondage", ck + m.prose(
            "Le sondage sur l'extinction de l'éclairage public entre 23 h et 6 h est clos depuis le 31 octobre.")
             + m.ays_poll_results(2, "Êtes-vous favorable à l'extinction de l'éclairage public la nuit ?",
                                  [("Oui", 61), ("Non", 31), ("Sans opinion", 8)], 486)
             + m.prose("Le conseil municipal a décidé l'extinction à partir du 1er décembre, sauf sur la route départementale."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/mairie/conseil-municipal/", "Le conseil municipal", ck + m.prose(
            "Le conseil municipal compte 27 élus. Il se réunit environ une fois par mois, en séance publique, salle du conseil.",
            "Prochaine séance : jeudi 27 mars à 20 h 30. Ordre du jour : vote du budget primitif, tarifs de l'accueil de loisirs, "
            "convention avec le Sdis.") + m.downloads([("/mairie/conseil-municipal/", "Compte rendu du 30 janvier 2025", 412)]),
             decoys={"participation_displayed"}),
        page("/mairie/budget/", "Budget 2025", ck + m.prose(
            "Le budget primitif 2025 a été voté le 27 mars : 9,8 M€ en fonctionnement et 4,1 M€ en investissement.",
            "Principaux investissements : extension de l'école des Tilleuls (1,6 M€), voirie (620 000 €), piste cyclable (410 000 €).",
            "Les taux d'imposition communaux restent inchangés.") + m.downloads([("/mairie/budget/", "Note de présentation du budget primitif", 880)]),
             decoys={"participatory_budget"}),
        page("/participer/", "Saint-Aubin participe", ck + m.prose(
            "La municipalité a fait de la participation des habitants un axe de son mandat. Plusieurs instances vous permettent "
            "de donner votre avis et de construire des projets avec les élus.")
             + m.bullets(['<a href="/participer/comites-de-hameaux/">Les comités de hameaux</a> : cinq comités ouverts à tous, réunis trois fois par an',
                          "Le conseil municipal des jeunes, élu dans les classes de CM1-CM2",
                          '<a href="/participer/boite-a-idees/">La boîte à idées</a>, en ligne et en mairie',
                          '<a href="/participer/landiers-voisins/">Landiers Voisins</a>, le réseau d\'entraide entre voisins']),
             {"participation_displayed"}),
        page("/participer/comites-de-hameaux/", "Les comités de hameaux", ck + m.prose(
            "Saint-Aubin compte cinq comités de hameaux : le Bourg, la Touche, Bel-Air, les Landiers et la Croix-Rouge.",
            "Chaque comité réunit les habitants volontaires, un élu référent et un agent des services techniques. Il fait remonter "
            "les besoins du quartier (voirie, sécurité, animations) et donne son avis sur les projets qui le concernent.",
            "Pour rejoindre le comité de votre hameau, il suffit de venir à la prochaine réunion ou de le signaler à l'accueil de la mairie.")
             + m.section("Prochaines réunions", "La Touche : 2 avril, 20 h, salle annexe. Bel-Air : 9 avril, 20 h, école."),
             {"participation_displayed"}, parent=("Saint-Aubin participe", "/participer/")),
        # an idea box whose form also lets a resident write freely to the city (free text and e-mail)
        page("/participer/boite-a-idees/", "Boîte à idées", ck + m.prose(
            "Une idée pour améliorer la vie de la commune ? Un projet pour votre hameau ? Proposez-la ici : chaque idée est lue "
            "par les élus, et les comités de hameaux étudient celles qui les concernent.")
             + m.fluent_form(4, 218, [("text", "titre_idee", "Votre idée en quelques mots"),
                                      ("select:Cadre de vie|Déplacements|Enfance et jeunesse|Environnement|Animations", "theme", "Thème"),
                                      ("textarea", "description", "Décrivez votre idée"), ("text", "nom", "Nom"),
                                      ("email", "email", "E-mail"), ("checkbox", "rgpd", "J'accepte que mes données soient utilisées pour le suivi de mon idée")],
                             "Envoyer mon idée", "Proposez votre idée"),
             {"suggestion_call", "contact_form"}, parent=("Saint-Aubin participe", "/participer/")),
        # the commune's page presenting its own neighbours' network
        page("/participer/landiers-voisins/", "Landiers Voisins, le réseau social de la commune", ck + m.prose(
            "Prêter une échelle, proposer un covoiturage vers Rennes, signaler un chat perdu : Landiers Voisins est le réseau social "
            "de proximité de Saint-Aubin, ouvert par la commune en 2024 et réservé aux habitants.",
            "Chaque hameau a son groupe. Les échanges sont modérés par la mairie et par des habitants volontaires.",
            f'<a class="bouton" href="http://{SAINT_AUBIN_VOISINS}/">Rejoindre Landiers Voisins</a>'),
             {"territorial_social_network"}, parent=("Saint-Aubin participe", "/participer/")),
        # a contact form: a message box, but nothing is published under any content
        page("/contact/", "Contacter la mairie", ck + m.columns(m.fluent_form(1, 16, [
            ("text", "nom", "Nom et prénom"), ("email", "email", "Adresse e-mail"), ("tel", "telephone", "Téléphone"),
            ("select:Accueil|État civil|Urbanisme|Services techniques|Enfance", "service", "Service concerné"),
            ("text", "objet", "Objet"), ("textarea", "message", "Votre message")], "Envoyer"),
            m.side_block("Mairie", m.opening_hours([("Lundi - vendredi", "8 h 30 - 12 h / 13 h 30 - 17 h"), ("Samedi", "9 h - 12 h")]))),
             {"contact_form"}, decoys={"comments"}),
        page("/vie-associative/forum-des-associations/", "Forum des associations 2025", ck + m.prose(
            "Le forum des associations aura lieu le samedi 6 septembre, de 10 h à 17 h, à la salle des sports.",
            "Une cinquantaine d'associations sportives, culturelles et solidaires présenteront leurs activités. Inscriptions sur place."),
             decoys={"forum"}),
        page("/securite/participation-citoyenne/", "Dispositif participation citoyenne", ck + m.prose(
            "La commune a signé avec la gendarmerie nationale et la préfecture un protocole « participation citoyenne ».",
            "Des habitants référents, volontaires, signalent aux gendarmes de la brigade de Liffré les faits inhabituels observés "
            "dans leur hameau. Ce dispositif de prévention des cambriolages ne remplace pas l'appel au 17."),
             decoys={"participation_displayed"}),
        page("/lettre-d-information/", "La lettre d'information", ck + m.prose(
            "Recevez chaque mois l'essentiel de l'actualité saint-aubinaise dans votre boîte mail.")
             + m.brevo_newsletter("Lettre mensuelle de Saint-Aubin-des-Landiers"), decoys={"contact_form"}),
        page("/enfance/restauration-scolaire/", "Restauration scolaire", ck + m.prose(
            "Le restaurant scolaire sert 540 repas par jour, préparés sur place avec 40 % de produits bio et locaux.",
            "Les menus sont affichés à l'école et publiés chaque vendredi.")
             + m.registration_form("/enfance/restauration-scolaire/", "Inscription à la restauration scolaire"),
             decoys={"contact_form"}),
        page("/urbanisme/plu/", "Plan local d'urbanisme", ck + m.prose(
            "La modification n° 2 du PLU est soumise à enquête publique du 3 au 28 mars 2025.",
            "Le commissaire enquêteur tiendra trois permanences en mairie. Le dossier et le registre dématérialisé sont "
            "accessibles sur le site de la préfecture. Vos observations peuvent aussi être adressées par courrier au commissaire enquêteur."),
             decoys={"poll"}),
        page("/mairie/recrutement/", "La commune recrute", ck + m.prose(
            "Appel à candidatures : agent d'animation périscolaire (h/f), contrat de 28 h hebdomadaires à partir du 1er septembre.",
            "Candidature (CV et lettre de motivation) à adresser à M. le Maire avant le 15 mai, par courrier ou à "
            '<a href="mailto:rh@saint-aubin-des-landiers.fr">rh@saint-aubin-des-landiers.fr</a>.'),
             decoys={"suggestion_call"}),
        page("/mairie/marches-publics/", "Marchés publics", ck + m.prose(
            "Avis d'appel public à la concurrence : extension de l'école des Tilleuls, lots 1 à 9.",
            "Date limite de remise des offres : 22 avril 2025, 12 h. Le dossier de consultation est téléchargeable sur la plateforme Mégalis Bretagne."),
             decoys={"suggestion_call"}),
        page("/services/salle-des-fetes/", "Location de l'Espace des Landes", ck + m.prose(
            "L'Espace des Landes (salle de 300 places, cuisine équipée) est loué aux particuliers et aux associations.")
             + m.booking_form("/services/salle-des-fetes/", "Espace des Landes"), decoys={"contact_form"}),
        page("/mairie/horaires/", "Horaires et coordonnées", ck + m.opening_hours(
            [("Lundi - vendredi", "8 h 30 - 12 h / 13 h 30 - 17 h"), ("Samedi", "9 h - 12 h (état civil uniquement)")])
             + m.prose('Téléphone : 02 99 00 41 41 — Courriel : <a href="mailto:mairie@saint-aubin-des-landiers.fr">mairie@saint-aubin-des-landiers.fr</a>'),
             decoys={"contact_form"}),
        page("/agenda/", "Agenda", ck + m.agenda(events + [("/participer/comites-de-hameaux/", "Comité du hameau de la Touche", "2 avril", "Salle annexe")],
                                                 "Agenda des manifestations")),
        page("/vie-locale/commerces/", "Commerces et marché", ck + m.prose(
            "Marché le vendredi de 16 h à 19 h place de l'Église : maraîchers, fromager, boucher, food-truck.",
            "Boulangerie, pharmacie, bar-tabac, coiffeurs et supérette sont installés dans le bourg.")),
    ]
    www = Site(SAINT_AUBIN, "wordpress", "Saint-Aubin-des-Landiers", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie/conseil-municipal/"), ("Actualités", "/actualites/"),
                     ("Participer", "/participer/"), ("Agenda", "/agenda/"), ("Commerces", "/vie-locale/commerces/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "SaintAubinDesLandiers"), social("instagram", "saintaubin_landiers")],
               address="Mairie, 1 place de l'Église, 35240 Saint-Aubin-des-Landiers")
    voisins_pages = [
        page("/", "Bienvenue sur Landiers Voisins", m.prose(
            "Landiers Voisins met en relation les habitants de Saint-Aubin-des-Landiers : entraide, prêt d'objets, covoiturage, "
            "alertes du quotidien.") + m.bullets([
                '<a href="/groupes/hameau-de-la-touche">Groupe : hameau de la Touche</a> (84 membres)',
                '<a href="/annonces">Les dernières annonces</a>', f'<a href="http://{SAINT_AUBIN}/participer/">Saint-Aubin participe</a>'])),
        page("/groupes/hameau-de-la-touche", "Hameau de la Touche", '<div class="fil">' + "".join(
            f'<article class="publication"><p class="publication__auteur">{who} · {when}</p><p>{text}</p>'
            f'<p class="publication__reactions">{n} réponses</p></article>'
            for who, when, text, n in [("Yann", "hier", "Qui aurait une remorque à prêter samedi pour la déchetterie ?", 3),
                                       ("Solenn", "il y a 3 jours", "Chat tigré trouvé près du lavoir, il a un collier rouge.", 5)])
             + '</div><form class="publier" method="post" action="/groupes/hameau-de-la-touche"><label for="pub">Publier dans le groupe</label>'
               '<textarea id="pub" name="contenu" rows="3"></textarea><button type="submit">Publier</button></form>'),
        page("/annonces", "Annonces entre voisins", m.bullets([
            "Donne plants de tomates — Bel-Air", "Cherche covoiturage vers Rennes le matin — Le Bourg",
            "Prête perceuse et escabeau — Les Landiers"])),
    ]
    voisins = Site(SAINT_AUBIN_VOISINS, "community", "Landiers Voisins", voisins_pages,
                   menu=[("Accueil", "/"), ("Groupes", "/groupes/hameau-de-la-touche"), ("Annonces", "/annonces")],
                   features=frozenset({"territorial_social_network"}))
    return City("99801", "Saint-Aubin-des-Landiers", 7420, "35", "53", "Bretagne", f"http://{SAINT_AUBIN}/", [www, voisins])


# =====================================================================================================
# 99802 Vaudrecourt (Meurthe-et-Moselle): Drupal 10 (Poll module block, comments, Webform) and the
# "Vaudrecourt participe" Decidim space with its participatory budget "Les Projets d'Ici".
# =====================================================================================================

VAUDRECOURT = "www.vaudrecourt.fr"
VAUDRECOURT_DECIDIM = "participer.vaudrecourt.fr"


def vaudrecourt() -> City:
    ck = m.cookie_banner("tarteaucitron")
    dec = f"http://{VAUDRECOURT_DECIDIM}"
    bp = "/processes/les-projets-d-ici-2025"
    mob = "/processes/mobilites-douces"
    poll = m.drupal_poll_block(7, "Quel nom pour la future passerelle sur la Meurthe ?",
                               ["Passerelle des Tanneurs", "Passerelle Simone-Veil", "Passerelle de l'Île-aux-Saules"])
    news = [("/actualites/la-piscine-rouvre", "La piscine du Charmois rouvre ses bassins", "3 mars 2025",
             "Après quatorze mois de travaux, le centre aquatique accueille à nouveau le public."),
            ("/actualites/plan-lumiere", "Plan lumière : les rues éclairées autrement", "18 février 2025",
             "Passage aux LED et abaissement de l'intensité la nuit dans 40 rues."),
            ("/actualites/resultats-consultation-marche", "Marché couvert : les résultats du vote", "4 février 2025",
             "Les habitants ont choisi les nouveaux horaires."),
            ("/vaudrecourt-participe/les-projets-d-ici", "Les Projets d'Ici : déposez vos idées", "20 janvier 2025",
             "Le budget participatif revient avec 600 000 euros.")]
    events = [("/ville/conseil-municipal", "Séance du conseil municipal", "31 mars", "Hôtel de ville"),
              ("/agenda/forum-emploi", "Forum de l'emploi et de l'alternance", "10 avril", "Salle Jean-Prouvé"),
              ("/vaudrecourt-participe/conseils-de-quartier", "Conseil de quartier Charmois-Gare", "15 avril", "Maison de quartier")]
    pages = [
        page("/", "Accueil", _home(ck, ["Ville de Vaudrecourt, 46 800 habitants, au cœur du bassin de Nancy."],
             [("/demarches", "Démarches"), ("/cadre-de-vie/dechets", "Collecte des déchets"), ("/vaudrecourt-participe", "Vaudrecourt participe"),
              ("/vaudrecourt-participe/les-projets-d-ici", "Les Projets d'Ici"), ("/ville/emploi", "Offres d'emploi"),
              ("/newsletter", "Newsletter"), ("/contact", "Contact"), (dec + "/", "La plateforme participative")], news, events)),
        page("/actualites", "Actualités", ck + m.columns(m.news(news, title="Dernières actualités"), poll), {"poll"}),
        page("/actualites/la-piscine-rouvre", "La piscine du Charmois rouvre ses bassins", ck + m.prose(
            "Le centre aquatique du Charmois a rouvert le 1er mars : bassin sportif rénové, nouvel espace bien-être, pataugeoire couverte.",
            "Les tarifs restent inchangés pour les Vaudrecourtois. Les créneaux scolaires reprennent après les vacances.")
             + m.drupal_thread(214, [("Marc", "4 mars 2025", "Bravo pour la rénovation, mais les horaires du dimanche sont trop courts."),
                                     ("Nadia", "5 mars 2025", "Les vestiaires familles sont enfin accessibles en poussette, merci.")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/plan-lumiere", "Plan lumière : les rues éclairées autrement", ck + m.prose(
            "D'ici fin 2025, 2 300 points lumineux passeront en LED. Dans 40 rues résidentielles, l'intensité baissera de 70 % entre minuit et 5 h.",
            "La liste des rues concernées est disponible en mairie.") + m.drupal_thread(219, []),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/resultats-consultation-marche", "Marché couvert : les résultats du vote", ck + m.prose(
            "Le vote sur les horaires du marché couvert s'est terminé le 31 janvier.")
             + m.drupal_poll_closed(5, "Quels horaires pour le marché couvert ?", [("Mardi et samedi matin", 58, 1043),
                                    ("Mercredi après-midi et samedi", 42, 755)], 1798),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/vaudrecourt-participe", "Vaudrecourt participe", ck + m.prose(
            "Depuis 2021, la Ville associe les habitants aux décisions qui les concernent : six conseils de quartier, un budget "
            "participatif annuel, des concertations sur les grands projets et une plateforme en ligne.",
            "La charte de la participation fixe les règles du jeu : information, écoute, retour sur les avis donnés.")
             + m.bullets(['<a href="/vaudrecourt-participe/conseils-de-quartier">Les conseils de quartier</a>',
                          '<a href="/vaudrecourt-participe/les-projets-d-ici">Le budget participatif « Les Projets d\'Ici »</a>',
                          '<a href="/vaudrecourt-participe/charte">La charte de la participation</a>',
                          f'<a href="{dec}/">participer.vaudrecourt.fr, la plateforme des démarches en cours</a>']),
             {"participation_displayed"}),
        page("/vaudrecourt-participe/conseils-de-quartier", "Les conseils de quartier", ck + m.prose(
            "Six conseils de quartier couvrent la ville : Centre, Charmois-Gare, Haut-du-Lièvre, Les Saules, Vieux-Vaudrecourt, Plateau.",
            "Chaque conseil réunit 30 habitants (moitié volontaires, moitié tirés au sort), des représentants d'associations et deux élus. "
            "Il dispose d'une enveloppe de 20 000 € par an pour de petits aménagements.",
            "Les séances plénières sont ouvertes au public."), {"participation_displayed"},
             parent=("Vaudrecourt participe", "/vaudrecourt-participe")),
        page("/vaudrecourt-participe/charte", "La charte de la participation citoyenne", ck + m.prose(
            "Adoptée par le conseil municipal en juin 2021, la charte engage la Ville à consulter les habitants avant toute opération "
            "d'aménagement de plus de 500 000 €, à publier un bilan de chaque concertation et à répondre à chaque avis.")
             + m.downloads([("/vaudrecourt-participe/charte", "Charte de la participation citoyenne", 1230)]),
             {"participation_displayed"}, parent=("Vaudrecourt participe", "/vaudrecourt-participe")),
        # the city's page of its participatory budget under a local name, leading to filing and voting
        page("/vaudrecourt-participe/les-projets-d-ici", "Les Projets d'Ici, budget participatif 2025", ck + m.prose(
            "600 000 € pour réaliser les projets des habitants : c'est le budget participatif de Vaudrecourt, Les Projets d'Ici.",
            "Du 20 janvier au 15 mars, tout habitant de plus de 11 ans peut déposer un projet d'intérêt général. Après étude de "
            "faisabilité, les projets retenus sont soumis au vote en mai.",
            f'<a href="{dec}{bp}">Déposer ou voter sur participer.vaudrecourt.fr</a>'),
             {"participatory_budget"}, parent=("Vaudrecourt participe", "/vaudrecourt-participe")),
        page("/ville/budget", "Budget de la Ville", ck + m.prose(
            "Le budget primitif 2025 s'élève à 78,4 M€. Le compte administratif 2024 fait apparaître un excédent de fonctionnement de 3,1 M€.",
            "Les documents budgétaires sont publiés conformément à la loi NOTRe.")
             + m.downloads([("/ville/budget", "Budget primitif 2025 - rapport", 2300), ("/ville/budget", "Compte administratif 2024", 1870)]),
             decoys={"participatory_budget"}),
        page("/ville/conseil-municipal", "Conseil municipal", ck + m.prose(
            "Le conseil municipal se réunit à l'hôtel de ville. Les séances sont publiques et retransmises en direct.",
            "Séance du 31 mars : débat d'orientation budgétaire, attribution des subventions aux associations, rapport sur l'égalité."),
             decoys={"participation_displayed"}),
        page("/contact", "Nous contacter", ck + m.prose("Une question, une demande ? Écrivez aux services municipaux.")
             + m.drupal_webform_custom("nous_contacter", "/contact", [
                 ("textfield", "nom", "Nom"), ("email", "courriel", "Courriel"),
                 ("select:Accueil|État civil|Voirie|Écoles|Sports|Culture", "service", "Service destinataire"),
                 ("textarea", "message", "Votre message")], "Envoyer"), {"contact_form"}),
        page("/agenda/forum-emploi", "Forum de l'emploi et de l'alternance", ck + m.prose(
            "Jeudi 10 avril, salle Jean-Prouvé : 60 entreprises et organismes de formation recrutent. Entrée libre, venez avec votre CV."),
             decoys={"forum"}),
        page("/ville/emploi", "Offres d'emploi", ck + m.bullets([
            "Appel à candidatures : éducateur des activités physiques et sportives (h/f) — date limite 30 avril",
            "Chargé de mission démocratie participative (h/f), catégorie A — date limite 12 mai",
            "Agents saisonniers pour les espaces verts — candidatures avant le 15 avril"]), decoys={"suggestion_call"}),
        page("/enquete-insee", "Enquête de l'Insee sur l'emploi", ck + m.prose(
            "L'Insee réalise jusqu'au 30 juin une enquête sur l'emploi, le chômage et l'inactivité. Certains ménages vaudrecourtois "
            "seront interrogés par une enquêtrice munie d'une carte officielle. Merci de lui réserver un bon accueil."),
             decoys={"poll"}),
        page("/cadre-de-vie/enquete-publique-zac", "Enquête publique : ZAC des Saules", ck + m.prose(
            "Une enquête publique préalable à la déclaration d'utilité publique de la ZAC des Saules se tient du 7 avril au 9 mai.",
            "Le dossier est consultable en mairie aux heures d'ouverture ; les observations sont reçues par la commissaire enquêtrice."),
             decoys={"poll"}),
        page("/newsletter", "Newsletter", ck + '<form class="simplenews-subscriber-form" action="/newsletter" method="post" id="simplenews-subscriptions-block">'
             '<div class="form-item form-type-email"><label for="edit-mail-0-value">Adresse e-mail</label><input type="email" id="edit-mail-0-value" name="mail[0][value]" class="form-email required" required></div>'
             '<input type="submit" name="op" value="S\'abonner" class="button form-submit"><input type="hidden" name="form_id" value="simplenews_subscriptions_block_vaudrecourt"></form>',
             decoys={"contact_form"}),
        page("/demarches", "Démarches", ck + m.bullets([
            "Carte d'identité et passeport : sur rendez-vous", "Actes d'état civil : demande en ligne sur service-public.fr",
            "Inscription sur les listes électorales", '<a href="/cadre-de-vie/dechets">Collecte des encombrants</a>',
            '<a href="/enquete-insee">Enquête de l\'Insee sur l\'emploi</a>', '<a href="/cadre-de-vie/enquete-publique-zac">Enquête publique ZAC des Saules</a>'])),
        page("/cadre-de-vie/dechets", "Collecte des déchets", ck + m.prose(
            "Ordures ménagères : collecte hebdomadaire. Bacs jaunes : une semaine sur deux. La déchetterie de la Métropole est ouverte 7 jours sur 7.")),
    ]
    www = Site(VAUDRECOURT, "drupal", "Ville de Vaudrecourt", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Démarches", "/demarches"), ("Vaudrecourt participe", "/vaudrecourt-participe"),
                     ("La Ville", "/ville/conseil-municipal"), ("Budget", "/ville/budget"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeVaudrecourt"), social("x", "Vaudrecourt", "https://twitter.com/Vaudrecourt"),
                         social("youtube", "villedevaudrecourt"), social("linkedin", "ville-de-vaudrecourt")],
               address="Hôtel de ville, 2 place Stanislas-Leszczynski, 54870 Vaudrecourt")
    budget_projects = [(57, "Un verger partagé aux Saules", "18 000"), (58, "Boîtes à livres dans les six quartiers", "6 500"),
                       (61, "Fresque participative au skatepark", "12 000"), (64, "Abris vélos sécurisés à la gare", "45 000")]
    dpages = [
        page("/", "Vaudrecourt participe", m.prose("Bienvenue sur la plateforme de participation de la Ville de Vaudrecourt.")
             + m.decidim_process_cards([(bp, "Les Projets d'Ici 2025", "Vote des projets", "Le budget participatif de Vaudrecourt : 600 000 € pour vos projets."),
                                        (mob, "Mobilités douces", "Concertation", "Pistes cyclables, zones 30, marche : donnez votre avis.")])
             + m.prose('<a href="/initiatives">Initiatives citoyennes</a> · <a href="/pages/faq">Aide</a>')),
        page(bp, "Les Projets d'Ici 2025", m.prose(
            "Les Projets d'Ici, c'est le budget participatif de Vaudrecourt. Étapes : dépôt des projets (20 janvier - 15 mars), "
            "analyse (mars - avril), vote (5 - 25 mai), réalisation (à partir de septembre).")
             + m.bullets([f'<a href="{bp}/f/30/proposals">Projets déposés</a>', f'<a href="{bp}/f/31/budgets/4/projects">Voter</a>']),
             {"participatory_budget"}),
        # the filing step of the budget: residents are called to propose projects
        page(f"{bp}/f/30/proposals", "Déposez votre projet", m.prose(
            "Vous avez une idée pour votre quartier ? Déposez votre projet avant le 15 mars : il doit relever des compétences de la Ville, "
            "servir l'intérêt général et coûter moins de 80 000 €.")
             + '<div class="layout-main__buttons"><a class="button button__sm button__secondary" href="/users/sign_in">Nouveau projet</a></div>'
             + m.bullets([f'<a href="{bp}/f/31/budgets/4/projects/{pid}">{t}</a>' for pid, t, _ in budget_projects]),
             {"participatory_budget", "suggestion_call"}),
        page(f"{bp}/f/31/budgets/4/projects", "Votez pour vos projets", m.decidim_budget_projects(f"{bp}/f/31/budgets/4/projects", budget_projects, "150 000"),
             {"participatory_budget"}),
    ]
    for pid, t, amount in budget_projects:
        dpages.append(page(f"{bp}/f/31/budgets/4/projects/{pid}", t, m.prose(
            f"Budget estimé : {amount} €. Porté par des habitants du quartier, ce projet a été jugé réalisable par les services de la Ville.")
            + m.decidim_comments("Budgets::Project", pid, [("Claire M.", "12/04/2025", "Très bonne idée, j'espère qu'il sera retenu."),
                                                           ("Hugo", "14/04/2025", "Quel entretien est prévu ensuite ?")][: 1 + pid % 2]),
            {"participatory_budget", "comments"}))
    dpages += [
        page(mob, "Mobilités douces", m.prose(
            "La Ville prépare son plan vélo 2026-2030. Répondez au questionnaire et débattez des propositions avant le 30 juin.")
             + m.bullets([f'<a href="{mob}/f/40/surveys/9">Questionnaire</a>', f'<a href="{mob}/f/41/debates">Débats</a>'])),
        page(f"{mob}/f/40/surveys/9", "Questionnaire : vos déplacements", m.decidim_survey(f"{mob}/f/40/surveys/9/answer", [
            ("Comment vous rendez-vous le plus souvent au travail ou à l'école ?", ["Voiture", "Transports en commun", "Vélo", "À pied"]),
            ("Vous sentez-vous en sécurité à vélo en ville ?", ["Oui", "Plutôt oui", "Plutôt non", "Non"])]), {"poll"}),
        # Decidim debates: residents open threads that others answer, a discussion board in the codebook's sense
        page(f"{mob}/f/41/debates", "Débats", m.decidim_debates(f"{mob}/f/41/debates", [
            (12, "Faut-il une zone 30 dans tout le centre ?", "Collectif Vélo Vaudrecourt", 14),
            (13, "Quelle place pour les trottinettes en libre-service ?", "Anne-Sophie L.", 9)]), {"forum"}),
        # one debate: a thread with residents' replies (forum) posted as comments under it
        page(f"{mob}/f/41/debates/12", "Faut-il une zone 30 dans tout le centre ?", m.prose(
            "Ouvert par le Collectif Vélo Vaudrecourt. La rue Gambetta et le boulevard Foch concentrent le trafic : une zone 30 apaiserait-elle le centre ?")
             + m.decidim_comments("Debates::Debate", 12, [("Jérôme", "02/05/2025", "Oui, et il faut des contrôles."),
                                                          ("Lina", "03/05/2025", "Pas sur les boulevards, ça reporterait la circulation.")]),
             {"forum", "comments"}),
        page(f"{mob}/f/41/debates/13", "Quelle place pour les trottinettes en libre-service ?", m.prose(
            "Ouvert par Anne-Sophie L. Les trottinettes stationnées sur les trottoirs gênent les piétons : faut-il des emplacements dédiés ?")
             + m.decidim_comments("Debates::Debate", 13, [("Samir", "06/05/2025", "Des emplacements marqués au sol près des arrêts de tram.")]),
             {"forum", "comments"}),
        page("/initiatives", "Initiatives citoyennes", m.prose(
            "Une initiative citoyenne qui recueille 1 500 signatures d'habitants de plus de 16 ans en six mois est inscrite à l'ordre "
            "du jour du conseil municipal.") + m.bullets(['<a href="/initiatives/i-7">Pour une cantine 100 % bio dans les écoles</a> — 412 signatures']),
             {"petition"}),
        page("/initiatives/i-7", "Pour une cantine 100 % bio dans les écoles", m.prose(
            "Nous demandons que la restauration scolaire passe à 100 % de produits bio d'ici 2028, en priorité issus de producteurs lorrains.")
             + m.decidim_initiative("Pour une cantine 100 % bio", 412, 1500, "/initiatives/i-7/initiative_signatures"), {"petition"}),
        page("/pages/faq", "Aide", m.prose("Pour participer, créez un compte avec votre adresse e-mail. Les mineurs de plus de 11 ans peuvent voter au budget participatif.")),
    ]
    decidim = Site(VAUDRECOURT_DECIDIM, "decidim", "Vaudrecourt participe", dpages,
                   menu=[("Accueil", "/"), ("Processus", bp), ("Initiatives", "/initiatives"), ("Aide", "/pages/faq"), ("Site de la Ville", f"http://{VAUDRECOURT}/")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99802", "Vaudrecourt", 46800, "54", "44", "Grand Est", f"http://{VAUDRECOURT}/", [www, decidim])


# =====================================================================================================
# 99803 Bras-Fleuri (La Réunion): a vendor CMS, Publik e-services, and a Jenparle space carrying the
# participatory budget "Nout Projet pou Nout Kartié".
# =====================================================================================================

BRAS_FLEURI = "www.brasfleuri.re"
BRAS_FLEURI_PUBLIK = "demarches.brasfleuri.re"
BRAS_FLEURI_JENPARLE = "brasfleuri.jenparle.net"
BRAS_FLEURI_NEWSPAPER = "https://www.facebook.com/echodeshauts974"


def bras_fleuri() -> City:
    ck = m.cookie_banner("tarteaucitron")
    jp = f"http://{BRAS_FLEURI_JENPARLE}"
    pk = f"http://{BRAS_FLEURI_PUBLIK}"
    news = [("/actualites/fete-du-letchi", "Fête du letchi : le programme", "28 novembre 2024",
             "Trois jours de concerts, de marché péi et d'animations au stade de la Ravine."),
            ("/actualites/journee-des-oceans", "Journée des océans : les écoles mobilisées", "10 juin 2025",
             "Ramassage de déchets sur le littoral avec 400 élèves."),
            ("/participation-citoyenne/budget-participatif", "Budget participatif : 300 000 € pour vos kartiés", "3 mars 2025",
             "Déposez vos projets jusqu'au 30 avril."),
            ("/participation-citoyenne/questionnaire-mobilite", "Transports : répondez au questionnaire", "17 mars 2025",
             "Cars jaunes, navettes, covoiturage : vos déplacements nous intéressent.")]
    events = [("/ma-ville/conseil-municipal", "Conseil municipal", "29 mars", "Hôtel de ville"),
              ("/jeunesse/forum-jeunesse", "Forum de la jeunesse", "12 avril", "Case communale de la Ravine"),
              ("/participation-citoyenne/conseils-citoyens", "Assemblée des conseils citoyens", "26 avril", "Médiathèque")]
    pages = [
        page("/", "Accueil", _home(ck, ["Bienvenue sur le site officiel de la commune de Bras-Fleuri, 24 300 habitants."],
             [(pk + "/", "E-services"), (pk + "/contacter-la-mairie/", "Écrire à la mairie"), ("/vie-pratique/cantine", "Restauration scolaire"),
              ("/participation-citoyenne", "Participation citoyenne"), ("/emploi/offres", "Emploi"), ("/recensement-insee", "Recensement"),
              (jp + "/", "Jenparle Bras-Fleuri")], news, events, extra=m.section("Liens utiles", m.bullets([
                 '<a href="/ma-ville/budget-2025">Budget 2025</a>', '<a href="/environnement/enquete-publique-ravine">Enquête publique : la Ravine</a>',
                 '<a href="/securite/participation-citoyenne">Participation citoyenne et gendarmerie</a>'])))),
        page("/actualites", "Actualités", ck + m.news(news, title="Toutes les actualités")),
        page("/actualites/fete-du-letchi", "Fête du letchi : le programme", ck + m.prose(
            "Du 13 au 15 décembre, la fête du letchi revient au stade de la Ravine : concerts de maloya et de séga, marché des producteurs, "
            "concours de la plus belle grappe.", "Navettes gratuites depuis le centre-ville toutes les 20 minutes.")
             + m.prose(f'Retrouvez aussi le reportage de nos confrères de <a href="{BRAS_FLEURI_NEWSPAPER}">L\'Écho des Hauts</a>.')
             + m.share(f"http://{BRAS_FLEURI}/actualites/fete-du-letchi", "Fête du letchi"), parent=("Actualités", "/actualites")),
        # a national petition on a petition site, named and linked in a news item
        page("/actualites/journee-des-oceans", "Journée des océans : les écoles mobilisées", ck + m.prose(
            "Le 8 juin, 400 élèves des écoles de Bras-Fleuri ont ramassé 1,2 tonne de déchets sur le littoral.",
            "Une pétition nationale contre les plastiques à usage unique circule par ailleurs sur "
            '<a href="https://www.mesopinions.com/petition/nature-environnement/interdire-plastiques-usage-unique/210000">mesopinions.com</a>.'),
             decoys={"petition"}, parent=("Actualités", "/actualites")),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", ck + m.prose(
            "Le conseil municipal compte 35 élus. Séance du 29 mars à 17 h : compte administratif 2024, budget primitif 2025, "
            "tarifs de la restauration scolaire."), decoys={"participation_displayed"}),
        page("/ma-ville/budget-2025", "Budget 2025", ck + m.prose(
            "Le budget primitif 2025 s'équilibre à 52 M€. Priorités : rénovation des écoles, routes des Hauts, eau potable.",
            "Le compte administratif 2024 sera présenté au conseil du 29 mars."), decoys={"participatory_budget"}),
        page("/participation-citoyenne", "Participation citoyenne", ck + m.prose(
            "La commune fait vivre la démocratie de proximité : conseils citoyens dans chaque kartié, réunions publiques, budget "
            "participatif et consultations en ligne sur Jenparle, la plateforme choisie par la commune en 2023.")
             + m.bullets(['<a href="/participation-citoyenne/conseils-citoyens">Les conseils citoyens de kartié</a>',
                          '<a href="/participation-citoyenne/budget-participatif">Le budget participatif</a>',
                          f'<a href="{jp}/">La plateforme Jenparle Bras-Fleuri</a>']),
             # names and links the platform, but is a page of the city's site
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participation-citoyenne/conseils-citoyens", "Les conseils citoyens de kartié", ck + m.prose(
            "Sept conseils citoyens, un par kartié (Centre, Ravine, Bois-Noir, Les Hauts, Grand-Fond, Bellevue, Front de mer), "
            "réunissent habitants volontaires et associations.",
            "Ils sont consultés sur les projets d'aménagement et peuvent saisir le maire de toute question d'intérêt local."),
             {"participation_displayed"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/budget-participatif", "Budget participatif « Nout Projet pou Nout Kartié »", ck + m.prose(
            "300 000 € sont réservés aux projets proposés et choisis par les habitants. Dépôt des projets jusqu'au 30 avril, vote en septembre.",
            "Tout habitant de plus de 12 ans peut proposer un projet et voter, en ligne ou dans les mairies annexes.",
            f'<a href="{jp}/fr/budget-participatif">Déposer ou voter sur Jenparle</a>'),
             {"participatory_budget"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/participation-citoyenne/questionnaire-mobilite", "Questionnaire : vos déplacements", ck + m.prose(
            "Pour préparer le schéma communal des mobilités, la commune vous interroge sur vos déplacements quotidiens. "
            "Le questionnaire prend dix minutes et reste ouvert jusqu'au 30 mai.")
             + m.limesurvey("brasfleuri.limesurvey.net", "482913", "Questionnaire mobilité"),
             {"poll"}, parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/contact", "Contact", ck + m.prose(
            "Hôtel de ville : du lundi au vendredi, 7 h 30 - 15 h 30. Téléphone : 0262 00 12 34.",
            'Courriel : <a href="mailto:contact@brasfleuri.re">contact@brasfleuri.re</a>',
            f'Pour une demande écrite, utilisez le <a href="{pk}/contacter-la-mairie/">formulaire des e-services</a>.'),
             decoys={"contact_form"}),
        page("/securite/participation-citoyenne", "Participation citoyenne : le protocole avec la gendarmerie", ck + m.prose(
            "La commune et la gendarmerie ont signé un protocole de participation citoyenne : des habitants référents alertent "
            "la brigade des faits suspects dans leur quartier. Ce dispositif vise la prévention des cambriolages."),
             decoys={"participation_displayed"}),
        page("/recensement-insee", "Recensement de la population", ck + m.prose(
            "Le recensement de la population a lieu du 16 janvier au 15 février. Un agent recenseur recruté par la mairie vous remettra "
            "vos codes pour répondre en ligne sur le site de l'Insee."), decoys={"poll"}),
        page("/emploi/offres", "Offres d'emploi et de stage", ck + m.bullets([
            "Appel à candidatures : animateurs pour les vacances de juillet", "Recrutement d'un agent de police municipale",
            "Appel d'offres : restauration de la case créole du Bois-Noir"]), decoys={"suggestion_call"}),
        page("/jeunesse/forum-jeunesse", "Forum de la jeunesse", ck + m.prose(
            "Le forum de la jeunesse réunit les services d'orientation, la mission locale et les associations sportives le 12 avril. "
            "Stands, ateliers CV et démonstrations de danse."), decoys={"forum"}),
        page("/environnement/enquete-publique-ravine", "Enquête publique : endiguement de la Ravine", ck + m.prose(
            "Une enquête publique sur le projet d'endiguement de la Ravine est ouverte du 2 au 31 mai. Le registre est tenu en mairie."),
             decoys={"poll"}),
        page("/vie-pratique/cantine", "Restauration scolaire", ck + m.prose(
            "Les menus sont élaborés par une diététicienne et font la part belle aux produits péi : cari, rougail, fruits de saison.",
            f'Inscriptions et paiement sur les <a href="{pk}/inscription-periscolaire/">e-services</a>.')),
    ]
    www = Site(BRAS_FLEURI, "vendor", "Commune de Bras-Fleuri", pages,
               menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/conseil-municipal"), ("Actualités", "/actualites"),
                     ("Participation citoyenne", "/participation-citoyenne"), ("Vie pratique", "/vie-pratique/cantine"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeBrasFleuri"), social("instagram", "brasfleuri974"), social("youtube", "BrasFleuriTV")],
               address="Hôtel de ville, 1 rue de l'Hôtel-de-Ville, 97400 Bras-Fleuri")
    ppages = [
        page("/", "Mes démarches", m.wcs_list([("/contacter-la-mairie/", "Écrire à la mairie", "Formulaire", "cat-contact"),
                                                ("/signaler-un-probleme/", "Signaler un problème sur la voie publique", "Formulaire", "cat-voirie"),
                                                ("/inscription-periscolaire/", "Inscription périscolaire", "Enfance", "cat-enfance"),
                                                ("/paiement/", "Payer une facture", "Paiement", "cat-paiement")], "Toutes les démarches")),
        page("/contacter-la-mairie/", "Écrire à la mairie", m.wcs_form("/contacter-la-mairie/", ["Votre message", "Validation"], [
            ("string", "Nom"), ("email", "Courriel"), ("string", "Objet"), ("text", "Votre message")]), {"contact_form"}),
        # a report of a problem on the street, written freely to the city's services
        page("/signaler-un-probleme/", "Signaler un problème sur la voie publique", m.wcs_form("/signaler-un-probleme/",
             ["Localisation", "Description", "Validation"], [("string", "Adresse ou lieu"), ("text", "Décrivez le problème"),
                                                               ("email", "Courriel pour le suivi")]), {"contact_form"}),
        page("/inscription-periscolaire/", "Inscription périscolaire", m.registration_form("/inscription-periscolaire/", "Inscription à la garderie et à la cantine"),
             decoys={"contact_form"}),
        page("/paiement/", "Payer une facture", m.payfip_form("/paiement/"), decoys={"contact_form"}),
    ]
    publik = Site(BRAS_FLEURI_PUBLIK, "publik", "Bras-Fleuri - E-services", ppages,
                  menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/"), ("Site de la commune", f"http://{BRAS_FLEURI}/")],
                  address="Hôtel de ville de Bras-Fleuri")
    jpages = [
        page("/", "Jenparle Bras-Fleuri", m.prose("Informez-vous, donnez votre avis, proposez : la plateforme de participation de la commune.")
             + m.jenparle_cards([("/fr/consultation/front-de-mer", "Réaménagement du front de mer", "consultation", "Consultation",
                                  "Promenade, kiosques, parkings : quel front de mer pour demain ?", "38 contributions"),
                                 ("/fr/questionnaire/transport-scolaire", "Transport scolaire", "questionnaire", "Questionnaire",
                                  "Parents, aidez-nous à revoir les circuits de cars.", "Jusqu'au 15 juin"),
                                 ("/fr/budget-participatif", "Nout Projet pou Nout Kartié", "budget", "Budget participatif",
                                  "300 000 € pour les projets des habitants.", "Dépôt ouvert"),
                                 ("/fr/resultats/consultation-marche-forain", "Marché forain", "resultats", "Terminé",
                                  "Les résultats de la consultation.", "Clôturée")])),
        page("/fr/consultation/front-de-mer", "Réaménagement du front de mer", m.prose(
            "Le front de mer doit être réaménagé d'ici 2027. Partagez vos attentes : ombrages, jeux, stationnement, commerces.")
             + m.jenparle_contributions([("Rosemay", "2 avril", "Plus d'ombre et des bancs pour les gramounes."),
                                         ("Johan", "3 avril", "Une piste cyclable continue jusqu'au port.")], 81), {"comments"}),
        page("/fr/questionnaire/transport-scolaire", "Questionnaire : transport scolaire", m.jenparle_questionnaire("/fr/questionnaire/transport-scolaire", [
            ("Votre enfant prend-il le car scolaire ?", ["Tous les jours", "Parfois", "Jamais"]),
            ("L'horaire de passage vous convient-il ?", ["Oui", "Non, trop tôt", "Non, trop tard"])]), {"poll"}),
        page("/fr/budget-participatif", "Nout Projet pou Nout Kartié", m.prose(
            "Déposez vos projets jusqu'au 30 avril. En septembre, chaque habitant pourra voter pour trois projets.")
             + m.idea_cards([("/fr/budget-participatif/deposer", "Un jardin partagé au Bois-Noir", "Porté par l'association Lakour Bois-Noir.", 54),
                             ("/fr/budget-participatif/deposer", "Éclairage du sentier de la Ravine", "Proposé par des habitants de la Ravine.", 31)])
             + m.prose('<a href="/fr/budget-participatif/deposer" class="jp-btn">Déposer un projet</a>'), {"participatory_budget"}),
        page("/fr/budget-participatif/deposer", "Déposer un projet", m.prose(
            "Votre projet doit être d'intérêt général, situé sur la commune et coûter moins de 50 000 €.")
             + '<form class="jp-depot" method="post" action="/fr/budget-participatif/deposer"><label for="jp-t">Titre du projet</label><input id="jp-t" name="titre" required>'
               '<label for="jp-k">Kartié</label><select id="jp-k" name="kartie"><option>Centre</option><option>Ravine</option><option>Bois-Noir</option><option>Les Hauts</option></select>'
               '<label for="jp-d">Description</label><textarea id="jp-d" name="description" rows="6" required></textarea><button type="submit" class="jp-btn">Déposer mon projet</button></form>',
             {"participatory_budget", "suggestion_call"}),
        page("/fr/resultats/consultation-marche-forain", "Résultats : marché forain", m.prose(
            "La consultation sur le jour du marché forain est close. 1 204 participants.")
             + m.bullets(["Samedi matin : 63 %", "Dimanche matin : 29 %", "Mercredi soir : 8 %"]) + m.prose("Merci pour votre participation."),
             decoys={"poll"}),
        page("/fr/connexion", "Connexion", m.login_form("/fr/connexion"), decoys={"contact_form"}),
    ]
    jenparle = Site(BRAS_FLEURI_JENPARLE, "vendor", "Jenparle Bras-Fleuri", jpages,
                    menu=[("Accueil", "/"), ("Budget participatif", "/fr/budget-participatif"), ("Se connecter", "/fr/connexion")],
                    address="Plateforme de participation de la commune de Bras-Fleuri",
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}))
    return City("99803", "Bras-Fleuri", 24300, "974", "04", "La Réunion", f"http://{BRAS_FLEURI}/", [www, publik, jenparle],
                decoy_accounts=(BRAS_FLEURI_NEWSPAPER,))


# =====================================================================================================
# 99804 Lespinasse-en-Quercy (Lot): SPIP 4, its article forum, Formidable forms and a Framaforms survey.
# =====================================================================================================

LESPINASSE = "www.lespinasse-en-quercy.fr"


def lespinasse() -> City:
    ck = m.cookie_banner("bandeau")
    art = "/spip.php?article"
    news = [(f"{art}45", "Traversée du bourg : le projet présenté", "2 mars 2025", "Les plans du réaménagement de la RD 19 sont en ligne. Donnez votre avis."),
            (f"{art}58", "Agence postale : sondage sur les horaires", "15 février 2025", "Matin ou fin d'après-midi ? Répondez au sondage."),
            (f"{art}61", "Vos suggestions pour le village", "6 janvier 2025", "Un formulaire pour nous faire part de vos idées."),
            (f"{art}71", "Concours photo : Lespinasse au fil des saisons", "2 décembre 2024", "Envoyez vos clichés avant le 31 mars.")]
    events = [(f"{art}12", "Conseil municipal", "4 avril", "Mairie"), (f"{art}70", "Forum de l'emploi du Grand Figeac", "17 avril", "Figeac"),
              (f"{art}90", "Fête votive", "12 juillet", "Place du Foirail")]
    forum_msgs = [("Sécurité devant l'école", "Martine", "3 mars 2025", "Un plateau ralentisseur devant l'école serait bienvenu, les voitures roulent vite."),
                  ("Et les camions ?", "Bernard", "5 mars 2025", "Il faudrait aussi interdire la traversée du bourg aux poids lourds le matin.")]
    pages = [
        page("/", "Accueil", _home(ck, ["Lespinasse-en-Quercy, 1 130 habitants, entre causse et vallée du Célé."],
             [("/spip.php?rubrique2", "Vie municipale"), ("/spip.php?rubrique5", "Associations"), (f"{art}80", "Déchets"),
              (f"{art}81", "École et cantine"), ("/spip.php?page=contact", "Contact"), ("/spip.php?page=plan", "Plan du site"),
              (f"{art}63", "Commissions ouvertes")], news, events)),
        page("/spip.php?rubrique2", "Vie municipale", ck + m.bullets([
            f'<a href="{art}12">Conseil municipal du 4 avril</a>', f'<a href="{art}14">Budget primitif 2025</a>',
            f'<a href="{art}63">Les commissions ouvertes aux habitants</a>', f'<a href="{art}45">Traversée du bourg</a>',
            f'<a href="{art}95">Participation citoyenne avec la gendarmerie</a>'])),
        page(f"{art}45", "Traversée du bourg : le projet présenté", ck + m.prose(
            "Le réaménagement de la traversée du bourg (RD 19) entre la place du Foirail et le pont du Célé sera réalisé en 2026.",
            "Trottoirs élargis, plateau devant l'école, plantations : les plans sont consultables en mairie. Vous pouvez réagir ci-dessous ; "
            "les messages sont lus avant publication.") + m.spip_forum_thread(45, forum_msgs), {"forum", "comments"},
             parent=("Vie municipale", "/spip.php?rubrique2")),
        # the posting pages of the article's forum: where residents post under the article
        page("/spip.php?page=forum&id_article=45", "Répondre à l'article : Traversée du bourg", ck + m.spip_forum_post(45), {"forum", "comments"}),
        page("/spip.php?page=forum&id_article=45&id_forum=451", "Répondre au message : Sécurité devant l'école", ck
             + m.prose("<em>Sécurité devant l'école</em> — Martine") + m.spip_forum_post(45, 451), {"forum", "comments"}),
        page("/spip.php?page=forum&id_article=45&id_forum=452", "Répondre au message : Et les camions ?", ck
             + m.prose("<em>Et les camions ?</em> — Bernard") + m.spip_forum_post(45, 452), {"forum", "comments"}),
        page(f"{art}52", "Salle des fêtes : nouveaux tarifs", ck + m.prose(
            "À compter du 1er janvier, la location de la salle des fêtes est fixée à 150 € le week-end pour les habitants, 300 € pour les extérieurs.")),
        page(f"{art}58", "Agence postale communale : sondage sur les horaires", ck + m.prose(
            "L'agence postale communale est ouverte le matin. Faut-il l'ouvrir plutôt en fin d'après-midi ? Répondez au sondage avant le 15 mars.")
             + m.framaforms("agence-postale-lespinasse-1739520000", "Sondage agence postale"), {"poll"}),
        # the page calls for residents' suggestions, and its form carries free text and an e-mail to the city
        page(f"{art}61", "Vos suggestions pour le village", ck + m.prose(
            "Vous avez une idée pour améliorer la vie au village, une suggestion d'animation ou d'aménagement ? Le conseil municipal "
            "examine toutes les propositions lors de sa commission « cadre de vie ».")
             + m.spip_formidable("suggestions", f"{art}61", [("input", "nom", "Votre nom"), ("email", "email", "Votre courriel"),
                                                            ("textarea", "suggestion", "Votre suggestion")], "Envoyer ma suggestion"),
             {"suggestion_call", "contact_form"}),
        page(f"{art}63", "Des commissions ouvertes aux habitants", ck + m.prose(
            "Depuis 2020, trois commissions extra-municipales associent les habitants aux élus : cadre de vie, animation, patrimoine.",
            "Chacun peut y participer : les réunions sont annoncées sur ce site et au tableau d'affichage. Les propositions des commissions "
            "sont présentées en conseil municipal."), {"participation_displayed"}, parent=("Vie municipale", "/spip.php?rubrique2")),
        page(f"{art}12", "Conseil municipal du 4 avril", ck + m.prose(
            "Ordre du jour : vote du budget primitif, travaux de l'église, convention avec le SDAIL. La séance est publique."),
             decoys={"participation_displayed"}, parent=("Vie municipale", "/spip.php?rubrique2")),
        page(f"{art}14", "Budget primitif 2025", ck + m.prose(
            "Le budget primitif 2025 s'équilibre à 1,1 M€ en fonctionnement et 640 000 € en investissement, dont la toiture de l'église."),
             decoys={"participatory_budget"}, parent=("Vie municipale", "/spip.php?rubrique2")),
        page("/spip.php?page=contact", "Contact", ck + m.prose("Mairie ouverte les lundi, mardi, jeudi et vendredi de 9 h à 12 h.")
             + m.spip_formidable("contact", "/spip.php?page=contact", [("input", "nom", "Nom"), ("email", "email", "Courriel"),
                                                                       ("input", "sujet", "Sujet"), ("textarea", "message", "Message")]),
             {"contact_form"}),
        page(f"{art}70", "Forum de l'emploi du Grand Figeac", ck + m.prose(
            "Le forum de l'emploi du Grand Figeac se tient le 17 avril à l'espace Mitterrand : offres saisonnières, agriculture, aide à domicile."),
             decoys={"forum"}),
        page(f"{art}71", "Concours photo : Lespinasse au fil des saisons", ck + m.prose(
            "Le comité des fêtes organise un concours photo ouvert à tous. Trois prix seront remis lors de la fête votive.")
             + m.contest_form(f"{art}71", "concours photo 2025"), decoys={"suggestion_call", "contact_form"}),
        page(f"{art}72", "Résultats du sondage sur le marché de producteurs", ck + m.prose(
            "Le sondage de l'automne est clos : 71 % des 214 votants souhaitent un marché le jeudi soir en été. Il débutera le 3 juillet."),
             decoys={"poll"}),
        page(f"{art}73", "Déserts médicaux : l'appel des maires ruraux", ck + m.prose(
            "Le conseil municipal soutient l'appel national des maires ruraux pour l'accès aux soins.",
            'La pétition nationale est en ligne sur <a href="https://www.change.org/p/acces-aux-soins-dans-les-territoires-ruraux">change.org</a>.'),
             decoys={"petition"}),
        page(f"{art}80", "Déchets et tri", ck + m.prose("Collecte des ordures ménagères le mardi, bacs jaunes le vendredi des semaines impaires. "
                                                        "Déchetterie de Cajarc ouverte du mardi au samedi.")),
        page(f"{art}81", "École et cantine", ck + m.prose("L'école du Célé accueille 62 élèves en trois classes. Cantine tous les jours, garderie dès 7 h 30.")
             + m.registration_form(f"{art}81", "Inscription à la cantine et à la garderie"), decoys={"contact_form"}),
        page("/spip.php?rubrique5", "Vie associative", ck + m.bullets([
            f'<a href="{art}90">Comité des fêtes</a>', "Club des aînés du Célé", "Association de chasse", "Les Amis de l'église Saint-Martin"])),
        page(f"{art}90", "Comité des fêtes", ck + m.prose("Le comité des fêtes organise la fête votive, le réveillon et le vide-greniers. Nouveaux bénévoles bienvenus.")),
        page(f"{art}95", "Participation citoyenne avec la gendarmerie", ck + m.prose(
            "La commune adhère au dispositif de participation citoyenne de la gendarmerie : trois référents de hameau relaient les "
            "informations de prévention et signalent les démarchages suspects."), decoys={"participation_displayed"}),
        page(f"{art}96", "Recevoir les nouvelles du village", ck + m.prose("Inscrivez-vous pour recevoir la lettre trimestrielle par courriel.")
             + '<div class="formulaire_spip formulaire_newsletter_subscribe" id="formulaire_newsletter_subscribe"><form method="post" action="/spip.php?article96"><div>'
               '<input name="formulaire_action" type="hidden" value="newsletter_subscribe" /><div class="editer saisie_session_email"><label for="session_email_nl">Votre email</label>'
               '<input type="email" name="session_email" id="session_email_nl" class="text email" /></div><p class="boutons"><input type="submit" class="submit" value="S\'inscrire" /></p></div></form></div>',
             decoys={"contact_form"}),
        page("/spip.php?page=plan", "Plan du site", ck + m.bullets([
            '<a href="/spip.php?rubrique2">Vie municipale</a>', '<a href="/spip.php?rubrique5">Vie associative</a>',
            f'<a href="{art}52">Salle des fêtes</a>', f'<a href="{art}72">Marché de producteurs</a>', f'<a href="{art}73">Accès aux soins</a>',
            f'<a href="{art}96">Lettre du village</a>', '<a href="/spip.php?page=contact">Contact</a>'])),
    ]
    site = Site(LESPINASSE, "spip", "Lespinasse-en-Quercy", pages,
                menu=[("Accueil", "/"), ("Vie municipale", "/spip.php?rubrique2"), ("Associations", "/spip.php?rubrique5"),
                      ("Plan du site", "/spip.php?page=plan"), ("Contact", "/spip.php?page=contact")],
                accounts=[social("facebook", "lespinasseenquercy"), social("mastodon", "lespinasse@piaille.fr")],
                address="Mairie, le Bourg, 46160 Lespinasse-en-Quercy")
    return City("99804", "Lespinasse-en-Quercy", 1130, "46", "76", "Occitanie", f"http://{LESPINASSE}/", [site])


# =====================================================================================================
# 99805 Chantemerle-lès-Sorgues (Vaucluse): Joomla 4 (Convert Forms, Komento), the city-run SMF board
# "Le Forum des Chantemerlois" (served whole, its own layout) and e-petitions on the Publik e-services.
# =====================================================================================================

CHANTEMERLE = "www.chantemerle-les-sorgues.fr"
CHANTEMERLE_FORUM = "forum.chantemerle-les-sorgues.fr"
CHANTEMERLE_SERVICES = "e-services.chantemerle-les-sorgues.fr"
_SMF_TITLE = "Le Forum des Chantemerlois"
_SMF_BOARDS = [(1, "Propreté et cadre de vie", "Rues, espaces verts, dépôts sauvages : parlons-en.", 64, 402),
               (2, "Circulation et stationnement", "Sens de circulation, parkings, vélos.", 41, 317)]
_SMF_TOPICS = {31: (1, "Dépôts sauvages chemin des Oliviers", "Fanny84", [("Fanny84", "2 mars 2025", "Encore des gravats jetés près du canal, qui peut intervenir ?"),
                                                                         ("Modération mairie", "3 mars 2025", "Les services techniques passent jeudi, merci du signalement.")]),
               32: (1, "Plus de poubelles au parc de la Sorgue ?", "Lucien", [("Lucien", "9 mars 2025", "Le week-end les poubelles débordent."),
                                                                               ("Anaïs_C", "9 mars 2025", "Et des cendriers près des bancs !")]),
               47: (2, "Zone bleue avenue Jean-Jaurès", "Pierre-Yves", [("Pierre-Yves", "1 mars 2025", "La zone bleue n'est jamais contrôlée."),
                                                                      ("Mireille", "4 mars 2025", "Pour les commerçants c'est pourtant vital.")])}


def _smf_pages():
    """(path, title, body, features, decoys) of the board: the whole HTML is written by ``smf_page``."""
    out = [("/", "Index", m.smf_board_index(_SMF_BOARDS), (), ()),
           ("/index.php", "Index", m.smf_board_index(_SMF_BOARDS), (), ())]
    for bid, name, _d, _t, _p in _SMF_BOARDS:
        topics = [(tid, t, who, len(posts) - 1) for tid, (b, t, who, posts) in _SMF_TOPICS.items() if b == bid]
        out.append((f"/index.php?board={bid}.0", name, m.smf_message_index(bid, name, topics), (), ()))
        out.append((f"/index.php?action=post;board={bid}.0", "Nouveau sujet", m.smf_post_form(f"/index.php?action=post2;board={bid}.0"), (), ()))
    for tid, (_b, subject, _who, posts) in _SMF_TOPICS.items():
        out.append((f"/index.php?topic={tid}.0", subject, m.smf_display(tid, subject, posts), (), ()))
        out.append((f"/index.php?action=post;topic={tid}.0", f"Répondre : {subject}",
                    m.smf_post_form(f"/index.php?action=post2;topic={tid}.0", f"Re: {subject}"), (), ()))
    # the board's login page carries its markup (the board counts there, as on every board page) but is no contact form
    out.append(("/index.php?action=login", "Connexion", m.smf_login(), (), ("contact_form",)))
    # help, rules and credits: the board's furniture, nobody posts there
    out.append(("/index.php?action=help", "Aide", m.prose("Pour ouvrir un sujet, créez un compte puis cliquez sur « Nouveau sujet » dans la section de votre choix."), (), ("forum",)))
    out.append(("/index.php?action=agreement", "Conditions et règles", m.prose(
        "Ce forum est ouvert par la Ville de Chantemerle-lès-Sorgues. Les messages injurieux ou hors sujet sont supprimés par la modération."), (), ("forum",)))
    out.append(("/index.php?action=credits", "Crédits", m.prose("Propulsé par SMF 2.1.4. Hébergement : prestataire de la Ville."), (), ("forum",)))
    return out


def _smf_special(request):
    for path, title, body, _f, _d in _smf_pages():
        if request.target == path:
            return Reply.html(m.smf_page(_SMF_TITLE, f"{title} - {_SMF_TITLE}", body, CHANTEMERLE_FORUM, f"http://{CHANTEMERLE}/"))
    return None


def chantemerle() -> City:
    ck = m.cookie_banner("axeptio")
    art = "/index.php/actualites"
    dl = "/index.php/democratie-locale"
    es = f"http://{CHANTEMERLE_SERVICES}"
    news = [(f"{art}/142-reamenagement-cours-jean-jaures", "Cours Jean-Jaurès : les travaux démarrent", "10 mars 2025",
             "Platanes préservés, trottoirs élargis, terrasses : le cours fait peau neuve."),
            (f"{art}/147-nouveaux-horaires-mediatheque", "La médiathèque ouvre le samedi après-midi", "24 février 2025",
             "Nouveaux horaires à partir du 1er mars."),
            (f"{art}/150-concert-ete", "Les Nuits de la Sorgue : la programmation", "5 février 2025", "Six concerts gratuits en juillet."),
            (f"{art}/151-resultats-questionnaire-stationnement", "Stationnement : les résultats du questionnaire", "20 janvier 2025",
             "Vous avez été 930 à répondre.")]
    events = [("/index.php/mairie/conseil-municipal", "Conseil municipal", "26 mars", "Hôtel de ville"),
              ("/index.php/jeunesse/forum-des-metiers", "Forum des métiers", "3 avril", "Collège Pétrarque"),
              (f"{dl}/comites-d-habitants", "Comité d'habitants Centre ancien", "8 avril", "Salle des Templiers")]
    pages = [
        page("/", "Accueil", _home(ck, ["Bienvenue à Chantemerle-lès-Sorgues, 18 900 habitants, entre Luberon et Monts de Vaucluse."],
             [("/index.php/services/etat-civil", "État civil"), ("/index.php/contact", "Contact"), (f"{dl}", "Démocratie locale"),
              (f"http://{CHANTEMERLE_FORUM}/index.php", "Le Forum des Chantemerlois"), (es + "/petitions/", "Pétitions citoyennes"),
              ("/index.php/services/newsletter", "Newsletter"), ("/index.php/mairie/marches-publics", "Marchés publics")], news, events,
             extra=m.section("En ce moment", m.bullets(['<a href="/index.php/cadre-de-vie/concours-maisons-fleuries">Concours des maisons fleuries</a>',
                                                        f'<a href="http://{CHANTEMERLE_FORUM}/">Le forum : derniers sujets</a>'])))),
        page(art, "Actualités", ck + m.news(news, title="Actualités")),
        page(f"{art}/142-reamenagement-cours-jean-jaures", "Cours Jean-Jaurès : les travaux démarrent", ck + m.prose(
            "Les travaux de réaménagement du cours Jean-Jaurès débutent le 17 mars pour huit mois. Les 42 platanes sont préservés.",
            "Le stationnement est reporté sur le parking de la Gare, gratuit pendant toute la durée du chantier.")
             + m.komento(142, [("Régine", "11 mars 2025", "Et le marché du jeudi, il est déplacé où ?"),
                               ("Mairie de Chantemerle", "11 mars 2025", "Il s'installe place de la République pendant les travaux.")]),
             {"comments"}, parent=("Actualités", art)),
        page(f"{art}/147-nouveaux-horaires-mediatheque", "La médiathèque ouvre le samedi après-midi", ck + m.prose(
            "À partir du 1er mars, la médiathèque Louise-Michel est ouverte le samedi de 10 h à 18 h sans interruption.")
             + m.komento(147, []), {"comments"}, parent=("Actualités", art)),
        page(f"{art}/150-concert-ete", "Les Nuits de la Sorgue : la programmation", ck + m.prose(
            "Jazz, musiques du monde et chanson : six concerts gratuits sur la place de la Fontaine, les jeudis de juillet.")
             + m.share(f"http://{CHANTEMERLE}{art}/150-concert-ete", "Les Nuits de la Sorgue"), parent=("Actualités", art)),
        page(f"{art}/151-resultats-questionnaire-stationnement", "Stationnement : les résultats du questionnaire", ck + m.prose(
            "Le questionnaire sur le stationnement en centre-ville est clos. 930 réponses : 64 % sont favorables à une première demi-heure gratuite, "
            "22 % souhaitent davantage de places pour les vélos.", "La mesure de la demi-heure gratuite entrera en vigueur en mai."),
             decoys={"poll"}, parent=("Actualités", art)),
        page(dl, "Chantemerle en dialogue", ck + m.prose(
            "La démocratie locale à Chantemerle-lès-Sorgues repose sur les comités d'habitants, les consultations, un forum en ligne "
            "ouvert par la Ville et un droit de pétition reconnu par délibération.")
             + m.bullets([f'<a href="{dl}/comites-d-habitants">Les comités d\'habitants</a>',
                          f'<a href="{dl}/droit-de-petition">Le droit de pétition</a>',
                          f'<a href="{dl}/appel-a-idees-place-fontaine">Appel à idées : la place de la Fontaine</a>',
                          f'<a href="{dl}/questionnaire-jeunesse">Questionnaire jeunesse</a>',
                          f'<a href="{dl}/forum-des-chantemerlois">Le Forum des Chantemerlois</a>']), {"participation_displayed"}),
        page(f"{dl}/comites-d-habitants", "Les comités d'habitants", ck + m.prose(
            "Quatre comités d'habitants (Centre ancien, Les Vignères, La Sorgue, Les Hauts de Chantemerle) se réunissent chaque trimestre.",
            "Ouverts à tous les habitants de plus de 16 ans, ils sont consultés sur les projets de leur secteur et disposent d'un budget d'animation.")
             , {"participation_displayed"}, parent=("Chantemerle en dialogue", dl)),
        # the right of petition's own page: residents sign and file petitions on the city's e-services, with a threshold
        page(f"{dl}/droit-de-petition", "Le droit de pétition", ck + m.prose(
            "Par délibération du 14 décembre 2023, le conseil municipal a créé un droit de pétition locale.",
            "Toute pétition déposée sur les e-services de la Ville et signée par au moins 500 habitants de plus de 16 ans dans un délai "
            "de quatre mois est inscrite à l'ordre du jour du conseil municipal suivant. Le maire y répond publiquement.",
            f'<a href="{es}/petitions/">Consulter et signer les pétitions en cours</a> · <a href="{es}/petitions/deposer/">Déposer une pétition</a>'),
             {"petition"}, parent=("Chantemerle en dialogue", dl)),
        # an appeal for residents' ideas on one square; the form takes free text and an e-mail
        page(f"{dl}/appel-a-idees-place-fontaine", "Appel à idées : la place de la Fontaine", ck + m.prose(
            "La place de la Fontaine sera réaménagée en 2026. Avant de lancer les études, la Ville lance un appel à idées : "
            "ombrage, jeux d'eau, marché, terrasses… Proposez vos idées jusqu'au 30 avril.")
             + m.convert_forms(7, [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("textarea", "idee", "Votre idée pour la place")],
                               "Proposer mon idée", "<h3>Vos idées pour la place</h3>"),
             {"suggestion_call", "contact_form"}, parent=("Chantemerle en dialogue", dl)),
        page(f"{dl}/questionnaire-jeunesse", "Questionnaire : les 11-25 ans et leur ville", ck + m.prose(
            "Le service jeunesse prépare son projet 2025-2028 : ce questionnaire s'adresse aux 11-25 ans qui vivent ou étudient à Chantemerle.")
             + m.convert_forms(9, [("radio:11-14 ans|15-17 ans|18-25 ans", "age", "Votre âge"),
                                   ("radio:Oui|Non|Je ne le connais pas", "pij", "Fréquentez-vous le Point information jeunesse ?"),
                                   ("radio:Sport|Culture|Emploi|Sorties", "priorite", "Votre priorité pour la ville")], "Envoyer mes réponses"),
             {"poll"}, parent=("Chantemerle en dialogue", dl)),
        # a page about the board: it presents the approach, it is not the board itself
        page(f"{dl}/forum-des-chantemerlois", "Le Forum des Chantemerlois", ck + m.prose(
            "Ouvert en 2022 par la Ville, le Forum des Chantemerlois permet aux habitants d'échanger sur la vie de la commune. "
            "Les services municipaux y répondent aux questions. Il est modéré selon une charte publiée en ligne.",
            f'<a href="http://{CHANTEMERLE_FORUM}/index.php">Accéder au forum</a>'),
             {"participation_displayed"}, decoys={"forum"}, parent=("Chantemerle en dialogue", dl)),
        page("/index.php/mairie/conseil-municipal", "Le conseil municipal", ck + m.prose(
            "Le conseil municipal compte 33 élus. Séance du 26 mars à 18 h 30 : budget primitif, subventions, délégation du service de l'eau."),
             decoys={"participation_displayed"}),
        page("/index.php/mairie/budget", "Budget communal", ck + m.prose(
            "Le budget primitif 2025, voté le 26 mars, s'élève à 31,2 M€. Le compte administratif 2024 a été approuvé en février.")
             + m.downloads([("/index.php/mairie/budget", "Présentation du budget primitif 2025", 1540)]), decoys={"participatory_budget"}),
        page("/index.php/contact", "Contact", ck + m.prose("Hôtel de ville : lundi - vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.")
             + m.convert_forms(2, [("text", "nom", "Nom et prénom"), ("email", "email", "Adresse e-mail"), ("text", "objet", "Objet"),
                                   ("textarea", "message", "Message")]), {"contact_form"}, decoys={"comments"}),
        page("/index.php/jeunesse/forum-des-metiers", "Forum des métiers", ck + m.prose(
            "Le forum des métiers du collège Pétrarque réunit 40 professionnels le 3 avril pour présenter leur métier aux élèves de 4e et 3e."),
             decoys={"forum"}),
        page("/index.php/mairie/marches-publics", "Marchés publics", ck + m.prose(
            "Appel d'offres ouvert : fourniture de repas pour la restauration scolaire (2025-2029). Remise des offres avant le 18 avril sur le profil acheteur."),
             decoys={"suggestion_call"}),
        page("/index.php/cadre-de-vie/concours-maisons-fleuries", "Concours des maisons fleuries", ck + m.prose(
            "Le concours des maisons et balcons fleuris est ouvert jusqu'au 15 juin. Le jury passera fin juin.")
             + m.contest_form("/index.php/cadre-de-vie/concours-maisons-fleuries", "maisons fleuries 2025"), decoys={"suggestion_call", "contact_form"}),
        page("/index.php/services/newsletter", "Newsletter", ck + '<form action="/index.php/services/newsletter" method="post" class="newsletter-module">'
             '<label for="nl-mail">Votre e-mail</label><input type="email" id="nl-mail" name="email" required><label><input type="checkbox" name="rgpd" required> '
             'J\'accepte de recevoir la lettre de la Ville</label><button type="submit" class="btn btn-primary">S\'inscrire</button></form>', decoys={"contact_form"}),
        page("/index.php/services/etat-civil", "État civil", ck + m.prose(
            "Naissances, mariages, décès : les actes sont délivrés à l'accueil ou sur demande en ligne via service-public.fr.")),
    ]
    www = Site(CHANTEMERLE, "joomla", "Chantemerle-lès-Sorgues", pages,
               menu=[("Accueil", "/"), ("Actualités", art), ("Démocratie locale", dl), ("Mairie", "/index.php/mairie/conseil-municipal"),
                     ("Budget", "/index.php/mairie/budget"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "ChantemerleLesSorgues"), social("instagram", "chantemerle_sorgues")],
               address="Hôtel de ville, place de la Mairie, 84250 Chantemerle-lès-Sorgues")
    forum = Site(CHANTEMERLE_FORUM, "flarum", _SMF_TITLE,
                 [page(path, title, body, features, decoys) for path, title, body, features, decoys in _smf_pages()],
                 features=frozenset({"forum"}))
    petitions = [("/petitions/pour-un-passage-pieton-ecole-des-tilleuls/", "Pour un passage piéton devant l'école des Tilleuls", 318),
                 ("/petitions/ombrieres-parking-gare/", "Des ombrières sur le parking de la Gare", 127)]
    epages = [
        page("/", "E-services", m.wcs_list([("/contact/", "Écrire à la Ville", "Formulaire", "contact"),
                                            ("/petitions/", "Pétitions citoyennes", "Signer ou déposer", "petitions")], "Vos démarches en ligne")),
        page("/petitions/", "Pétitions citoyennes", m.prose(
            "Une pétition signée par 500 habitants en quatre mois est inscrite à l'ordre du jour du conseil municipal.")
             + m.wcs_list([(h, t, f"{n} signatures", "petition") for h, t, n in petitions] + [("/petitions/deposer/", "Déposer une pétition", "", "depot")],
                          "Pétitions en cours"), {"petition"}),
        *[page(h, t, m.wcs_petition_sign(h, t, n, 500), {"petition"}) for h, t, n in petitions],
        page("/petitions/deposer/", "Déposer une pétition", m.wcs_form("/petitions/deposer/", ["Votre pétition", "Vos coordonnées", "Validation"], [
            ("string", "Titre de la pétition"), ("text", "Texte de la pétition"), ("string", "Nom du premier signataire"), ("email", "Courriel")],
            "Déposer"), {"petition"}),
        page("/contact/", "Écrire à la Ville", m.wcs_form("/contact/", ["Message", "Validation"], [
            ("string", "Nom"), ("email", "Courriel"), ("text", "Message")], "Envoyer"), {"contact_form"}),
    ]
    services = Site(CHANTEMERLE_SERVICES, "publik", "Chantemerle-lès-Sorgues - E-services", epages,
                    menu=[("Accueil", "/"), ("Pétitions", "/petitions/"), ("Site de la Ville", f"http://{CHANTEMERLE}/")],
                    address="Hôtel de ville de Chantemerle-lès-Sorgues")
    return City("99805", "Chantemerle-lès-Sorgues", 18900, "84", "93", "Provence-Alpes-Côte d'Azur", f"http://{CHANTEMERLE}/",
                [www, forum, services])


# =====================================================================================================
# 99806 Rivecourt-la-Forêt (Oise): TYPO3 (form framework, Tally survey) and the participatory budget
# "Rivecourt en Projets" on a Cap Collectif space of the vendor's domain.
# =====================================================================================================

RIVECOURT = "www.rivecourt-la-foret.fr"
RIVECOURT_CAPCO = "rivecourt.cap-collectif.com"


def rivecourt() -> City:
    ck = m.cookie_banner("tarteaucitron")
    cc = f"http://{RIVECOURT_CAPCO}"
    proj = "/project/rivecourt-en-projets-2025"
    props = "/projects/rivecourt-en-projets-2025/collect/depot-des-idees/proposals"
    news = [("/actualites/detail/renovation-de-la-halle", "La halle rénovée pour l'été", "4 mars 2025", "Charpente consolidée et nouvel éclairage."),
            ("/actualites/detail/questionnaire-rythmes-scolaires", "Rythmes scolaires : votre avis compte", "18 février 2025",
             "Semaine de quatre jours ou de quatre jours et demi ? Répondez au questionnaire."),
            ("/actualites/detail/resultats-enquete-mobilite", "Enquête mobilité : les résultats", "30 janvier 2025", "Synthèse des 612 réponses."),
            ("/participer/budget-participatif", "Rivecourt en Projets revient", "13 janvier 2025", "200 000 € pour vos idées.")]
    events = [("/ma-mairie/conseil-municipal", "Conseil municipal", "3 avril", "Mairie"),
              ("/agenda/forum-sante", "Forum santé et bien-être", "12 avril", "Salle polyvalente"),
              ("/participer/reunions-publiques", "Réunion publique : révision du PLU", "22 avril", "Salle polyvalente")]
    pages = [
        page("/", "Accueil", _home(ck, ["Rivecourt-la-Forêt, 11 700 habitants, en lisière de la forêt de Compiègne."],
             [("/services/inscriptions-ecoles", "Inscriptions scolaires"), ("/services/urbanisme", "Urbanisme"), ("/participer", "Participer"),
              ("/participer/budget-participatif", "Budget participatif"), ("/contact", "Contact"), ("/newsletter", "Newsletter"),
              ("/ma-mairie/recrutement", "Recrutement")], news, events, extra=m.section("À savoir", m.bullets([
                 '<a href="/services/enquete-insee-cadre-de-vie">Enquête Insee « Cadre de vie et sécurité »</a>'])))),
        page("/actualites", "Actualités", ck + m.news(news, title="Actualités")),
        page("/actualites/detail/renovation-de-la-halle", "La halle rénovée pour l'été", ck + m.prose(
            "La halle du XIXe siècle rouvrira en juin après consolidation de sa charpente. Le marché du dimanche y reviendra.")
             + m.share(f"http://{RIVECOURT}/actualites/detail/renovation-de-la-halle", "La halle rénovée"), parent=("Actualités", "/actualites")),
        page("/actualites/detail/questionnaire-rythmes-scolaires", "Rythmes scolaires : votre avis compte", ck + m.prose(
            "La commune doit transmettre à l'Éducation nationale l'organisation de la semaine scolaire pour la rentrée 2026. "
            "Parents, enseignants, animateurs : répondez au questionnaire avant le 21 mars.")
             + m.tally("mRk4Xa", "Questionnaire rythmes scolaires"), {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/detail/resultats-enquete-mobilite", "Enquête mobilité : les résultats", ck + m.prose(
            "L'enquête sur les déplacements, close le 15 décembre, a recueilli 612 réponses. 48 % des répondants utilisent la voiture "
            "pour aller à la gare ; 35 % seraient prêts à prendre un vélo si un abri sécurisé existait.") + m.downloads(
            [("/actualites/detail/resultats-enquete-mobilite", "Synthèse de l'enquête mobilité", 640)]), decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/ma-mairie/conseil-municipal", "Conseil municipal", ck + m.prose(
            "Le conseil municipal se réunit en mairie. Prochaine séance le 3 avril : budget primitif, création d'un poste de policier municipal."),
             decoys={"participation_displayed"}),
        page("/ma-mairie/finances", "Finances communales", ck + m.prose(
            "Budget primitif 2025 : 14,6 M€. Dette par habitant : 412 €. Le rapport d'orientation budgétaire est consultable en mairie."),
             decoys={"participatory_budget"}),
        page("/participer", "Rivecourt, ville participative", ck + m.prose(
            "Conseils de quartier, comité consultatif des habitants, budget participatif, réunions publiques : la municipalité associe "
            "les Rivecourtois aux projets de la ville.")
             + m.bullets(['<a href="/participer/comite-consultatif-des-habitants">Le comité consultatif des habitants</a>',
                          '<a href="/participer/budget-participatif">Le budget participatif Rivecourt en Projets</a>',
                          '<a href="/participer/reunions-publiques">Concertation sur le PLU</a>']), {"participation_displayed"}),
        page("/participer/comite-consultatif-des-habitants", "Le comité consultatif des habitants", ck + m.prose(
            "Créé en 2021, le comité consultatif compte 24 habitants tirés au sort sur les listes électorales et 12 volontaires.",
            "Il rend des avis sur les grands projets (halle, PLU, plan vélo) et peut s'autosaisir de tout sujet d'intérêt communal."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/reunions-publiques", "Révision du PLU : la concertation", ck + m.prose(
            "La révision du plan local d'urbanisme fait l'objet d'une concertation avec les habitants : deux réunions publiques, "
            "une exposition en mairie et un registre de concertation. Réunion publique le 22 avril à 19 h."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/budget-participatif", "Rivecourt en Projets, le budget participatif", ck + m.prose(
            "Rivecourt en Projets consacre 200 000 € aux idées des habitants. Dépôt des idées jusqu'au 31 mars, vote du 2 au 30 juin.",
            "Tout Rivecourtois dès 12 ans peut déposer une idée et voter pour trois projets, sur la plateforme Cap Collectif de la ville.",
            f'<a href="{cc}{proj}/presentation/presentation">Participer sur la plateforme</a>'),
             # presents the budget; names the platform it runs on without being it
             {"participatory_budget"}, decoys={"participatory_platform"}, parent=("Participer", "/participer")),
        page("/contact", "Contact", ck + m.typo3_form("contact-71", "/contact", [
            ("text", "nom", "Nom"), ("email", "email", "Courriel"), ("select:Accueil|Urbanisme|Enfance|Services techniques", "service", "Service"),
            ("textarea", "message", "Message")]), {"contact_form"}),
        page("/ma-mairie/recrutement", "Recrutement", ck + m.prose(
            "La ville recrute un policier municipal (h/f) et des animateurs BAFA pour l'été. Appel à candidatures ouvert jusqu'au 30 avril."),
             decoys={"suggestion_call"}),
        page("/agenda/forum-sante", "Forum santé et bien-être", ck + m.prose(
            "Dépistages, ateliers nutrition, associations de patients : le forum santé se tient le 12 avril de 10 h à 17 h."), decoys={"forum"}),
        # neighbour watch with the gendarmerie: neither the participatory approach nor a neighbours' network
        page("/securite/voisins-vigilants", "Participation citoyenne", ck + m.prose(
            "La commune a rejoint le dispositif « participation citoyenne » piloté par la gendarmerie : les habitants référents sont le relais "
            "de la brigade dans chaque quartier pour lutter contre les cambriolages."), decoys={"participation_displayed", "territorial_social_network"}),
        page("/services/enquete-insee-cadre-de-vie", "Enquête Insee « Cadre de vie et sécurité »", ck + m.prose(
            "L'Insee mène jusqu'au 30 avril l'enquête statistique « Cadre de vie et sécurité ». Quelques ménages de la commune seront "
            "contactés par un enquêteur de l'Insee muni d'une carte officielle."), decoys={"poll"}),
        page("/newsletter", "S'inscrire à la lettre d'information", ck + '<form class="tx-directmail-subscription" method="post" action="/newsletter">'
             '<label for="dm-email">Courriel</label><input id="dm-email" type="email" name="FE[tt_address][email]" required>'
             '<label for="dm-name">Nom</label><input id="dm-name" type="text" name="FE[tt_address][name]">'
             '<input type="submit" name="submit" value="S\'abonner" class="btn btn-primary"></form>', decoys={"contact_form"}),
        page("/services/inscriptions-ecoles", "Inscriptions scolaires", ck + m.prose(
            "Les inscriptions en petite section et au CP se font en mairie du 3 mars au 11 avril, sur présentation du livret de famille.")),
        page("/services/urbanisme", "Urbanisme", ck + m.prose(
            "Permis de construire et déclarations préalables se déposent en ligne sur le guichet numérique des autorisations d'urbanisme.")),
    ]
    www = Site(RIVECOURT, "typo3", "Rivecourt-la-Forêt", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Ma mairie", "/ma-mairie/conseil-municipal"), ("Finances", "/ma-mairie/finances"),
                     ("Participer", "/participer"), ("Sécurité", "/securite/voisins-vigilants"), ("Contact", "/contact")],
               accounts=[social("facebook", "RivecourtLaForet"), social("x", "RivecourtForet", "https://x.com/RivecourtForet"),
                         social("linkedin", "ville-de-rivecourt-la-foret")],
               address="Mairie, 8 rue de la Forêt, 60200 Rivecourt-la-Forêt")
    ideas = [(301, f"{props}/un-verger-partage", "Un verger partagé au parc des Tanneurs", "Planter 30 arbres fruitiers ouverts à la cueillette.", 88, 2),
             (302, f"{props}/abri-velos-gare", "Un abri vélos sécurisé à la gare", "40 places couvertes et fermées, accessibles avec le pass Navigo.", 121, 1)]
    cpages = [
        page("/", "Rivecourt en Projets", m.prose("La plateforme de participation de Rivecourt-la-Forêt.")
             + m.bullets([f'<a href="{proj}/presentation/presentation">Budget participatif 2025</a>',
                          '<a href="/project/consultation-parc-des-tanneurs/questionnaire/votre-avis">Consultation : le parc des Tanneurs</a>',
                          '<a href="/pages/faq">Questions fréquentes</a>'])),
        page(f"{proj}/presentation/presentation", "Budget participatif 2025 : présentation", m.prose(
            "200 000 € pour des projets imaginés par les habitants. Étapes : dépôt des idées (jusqu'au 31 mars), analyse technique, vote (juin).")
             + m.bullets([f'<a href="{proj}/collect/depot-des-idees">Déposer une idée</a>', f'<a href="{proj}/selection/vote">Voter</a>']),
             {"participatory_budget"}),
        # the budget's filing step: residents are asked for their ideas
        page(f"{proj}/collect/depot-des-idees", "Dépôt des idées", m.prose(
            "Proposez votre idée pour Rivecourt ! Elle doit relever des compétences communales et coûter moins de 40 000 €.")
             + '<p><a class="btn btn-primary" href="/login">Déposer une idée</a></p>'
             + m.capco_proposals(ideas, f"{proj}/presentation/presentation"), {"participatory_budget", "suggestion_call"}),
        *[page(h, t, m.prose(ex) + m.capco_vote_box(votes, "25 000") + m.capco_comments(
            [("Sandrine B.", "14 mars", "Je soutiens, c'est une vraie demande du quartier."), ("Thomas", "15 mars", "Qui entretiendra ?")][:n], pid),
            {"participatory_budget", "comments"}) for pid, h, t, ex, votes, n in ideas],
        page(f"{proj}/selection/vote", "Vote", m.prose("Le vote ouvrira le 2 juin. Chaque participant dispose de trois votes.")
             + m.capco_proposals(ideas, f"{proj}/presentation/presentation"), {"participatory_budget"}),
        page("/project/consultation-parc-des-tanneurs/questionnaire/votre-avis", "Le parc des Tanneurs : votre avis",
             '<form class="questionnaire-form" id="reply-form" method="post" action="/project/consultation-parc-des-tanneurs/questionnaire/votre-avis">'
             + "".join(f'<div class="form-group"><p class="control-label">{q}</p>' + "".join(
                 f'<div class="radio"><label><input type="radio" name="responses[{i}]" value="{o}"> {o}</label></div>' for o in opts) + "</div>"
                 for i, (q, opts) in enumerate([("Fréquentez-vous le parc ?", ["Chaque semaine", "Parfois", "Jamais"]),
                                                ("Que faut-il y ajouter en priorité ?", ["Jeux pour enfants", "Bancs et ombrages", "Toilettes", "Éclairage"])]))
             + '<button type="submit" class="btn btn-primary">Envoyer mes réponses</button></form>', {"poll"}),
        page("/pages/faq", "Questions fréquentes", m.prose("Qui peut participer ? Tout habitant de Rivecourt-la-Forêt de plus de 12 ans.")),
    ]
    capco = Site(RIVECOURT_CAPCO, "capcollectif", "Rivecourt en Projets", cpages,
                 menu=[("Accueil", "/"), ("Budget participatif", f"{proj}/presentation/presentation"), ("Site de la ville", f"http://{RIVECOURT}/")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    return City("99806", "Rivecourt-la-Forêt", 11700, "60", "32", "Hauts-de-France", f"http://{RIVECOURT}/", [www, capco])


# =====================================================================================================
# 99807 Valbrune (Isère): an accessibility-first vendor CMS in the State design system's classes, the city
# magazine on WordPress with Hyvor Talk, and "Valbrune Ensemble", a participation space drawn by a script:
# every page is an empty application shell that its bundle fills from a JSON API.
# =====================================================================================================

VALBRUNE = "www.valbrune.fr"
VALBRUNE_MAG = "mag.valbrune.fr"
VALBRUNE_ENSEMBLE = "ensemble.valbrune.fr"
VALBRUNE_NEWSPAPER = "https://x.com/courrierdevalbrune"
APP_BUNDLE = "/assets/ensemble.7c41d2.js"
APP_API = "/api/v1/contenus"
_APP_NAV = [("Accueil", "/"), ("Idées", "/idees"), ("Budget citoyen", "/budget-citoyen"), ("Interpellations", "/interpellations"),
            ("Enquêtes", "/enquetes/mobilites"), ("Mentions légales", "/mentions-legales")]

# path -> (title, lead, block the bundle inserts, features of the drawn page)
APP_PAGES = {
    "/": ("Valbrune Ensemble", "La plateforme de participation de la Ville de Valbrune : proposez, votez, interpellez.",
          m.bullets(['<a href="/idees">Proposer une idée</a>', '<a href="/budget-citoyen">Voter au Budget citoyen</a>',
                     '<a href="/interpellations">Signer une interpellation</a>', '<a href="/enquetes/mobilites">Répondre à l\'enquête mobilités</a>']),
          frozenset()),
    # ideas box of the platform: a call for ideas whose form also carries free text and an e-mail
    "/idees": ("Proposez vos idées pour Valbrune", "Une idée pour votre quartier ou pour toute la ville ? Déposez-la : chaque idée qui "
               "recueille 100 soutiens reçoit une réponse écrite de l'adjointe à la participation.",
               m.dsfr_form("/api/v1/idees", "Votre idée", [("text", "idee-titre", "Titre de l'idée"),
                                                            ("select:Nature en ville|Mobilités|Solidarités|Culture|Sport", "idee-theme", "Thème"),
                                                            ("textarea", "idee-texte", "Décrivez votre idée"), ("email", "idee-courriel", "Votre courriel")],
                           "Publier mon idée", "idee-form"),
               frozenset({"suggestion_call", "contact_form"})),
    "/budget-citoyen": ("Budget citoyen 2025 : votez !", "1,2 million d'euros pour 28 projets déposés par les habitants. Vous avez cinq voix.",
                        '<ul class="projets-vote">' + "".join(
                            f'<li class="projet"><h3>{t}</h3><p>{c} €</p><button type="button" class="fr-btn fr-btn--secondary" data-projet="{i}">Je vote</button></li>'
                            for i, (t, c) in enumerate([("Un îlot de fraîcheur cour de l'école Jean-Macé", "85 000"),
                                                        ("Des fontaines à eau dans les parcs", "40 000"),
                                                        ("Une recyclerie de quartier à Champ-Fleuri", "120 000")], 1)) + "</ul>",
                        frozenset({"participatory_budget"})),
    "/interpellations": ("Interpellations citoyennes", "Une interpellation signée par 1 500 Valbrunois de plus de 16 ans est débattue en conseil municipal.",
                         '<div class="interpellation"><h3>Pour la gratuité des transports le samedi</h3><p>1 122 signatures sur 1 500</p>'
                         + m.dsfr_form("/api/v1/interpellations/18/signatures", "Signer cette interpellation",
                                       [("text", "sig-nom", "Nom et prénom"), ("email", "sig-courriel", "Courriel"), ("text", "sig-cp", "Code postal"),
                                        ("checkbox", "sig-habitant", "J'atteste résider, travailler ou étudier à Valbrune")], "Signer", "signature-form") + "</div>",
                         frozenset({"petition"})),
    "/enquetes/mobilites": ("Enquête : vos déplacements dans Valbrune", "Quinze questions, cinq minutes : aidez-nous à préparer le plan de mobilité 2026-2032.",
                            m.dsfr_form("/api/v1/enquetes/mobilites/reponses", "Vos déplacements", [
                                ("radio:Voiture|Tram ou bus|Vélo|Marche", "q1", "Votre mode de déplacement principal"),
                                ("radio:Moins de 15 minutes|15 à 30 minutes|Plus de 30 minutes", "q2", "Durée de votre trajet quotidien"),
                                ("radio:Oui|Non", "q3", "Utiliseriez-vous un vélo en libre-service ?")], "Envoyer mes réponses", "enquete-form"),
                            frozenset({"poll"})),
}

_APP_JS = """(function () {
  var root = document.getElementById("ensemble-root");
  function draw(data) {
    var nav = document.createElement("nav");
    nav.setAttribute("aria-label", "Menu de la plateforme");
    data.navigation.forEach(function (item) {
      var a = document.createElement("a");
      a.href = item[1];
      a.textContent = item[0];
      nav.appendChild(a);
    });
    var main = document.createElement("main");
    var h1 = document.createElement("h1");
    h1.textContent = data.page.titre;
    var lead = document.createElement("p");
    lead.className = "fr-text--lead";
    lead.textContent = data.page.accroche;
    var body = document.createElement("div");
    body.className = "ensemble-contenu";
    body.innerHTML = data.page.html;
    main.append(h1, lead, body);
    root.replaceChildren(nav, main);
    document.title = data.page.titre + " | Valbrune Ensemble";
  }
  fetch("%s?route=" + encodeURIComponent(location.pathname), {headers: {"Accept": "application/json"}})
    .then(function (r) { return r.json(); }).then(draw);
})();
""" % APP_API


def _app_shell():
    return Reply.html('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Valbrune Ensemble</title>'
                      '<meta name="viewport" content="width=device-width, initial-scale=1">'
                      '<link rel="stylesheet" href="/assets/ensemble.7c41d2.css"></head><body>'
                      '<noscript>Activez JavaScript pour participer.</noscript><div id="ensemble-root"></div>'
                      f'<script src="{APP_BUNDLE}" defer></script></body></html>')


def _ensemble_special(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES and not query:
        return _app_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "text/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        from urllib.parse import parse_qs
        route = (parse_qs(query).get("route") or [""])[0]
        if route in APP_PAGES:
            title, lead, block, _features = APP_PAGES[route]
            data = {"page": {"titre": title, "accroche": lead, "html": block}, "navigation": [list(item) for item in _APP_NAV]}
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")], json.dumps(data, ensure_ascii=False).encode())
        return Reply(404, [("Content-Type", "application/json; charset=utf-8")], b'{"erreur": "page inconnue"}')
    return None


def valbrune() -> City:
    ck = m.cookie_banner("tarteaucitron")
    en = f"http://{VALBRUNE_ENSEMBLE}"
    mag = f"http://{VALBRUNE_MAG}"
    ve = "/valbrune-ensemble"
    news = [("/actualites/le-tram-arrive-en-2027", "Le tram arrive à Champ-Fleuri en 2027", "11 mars 2025",
             "La ligne C sera prolongée de 3,2 km avec six nouvelles stations."),
            (f"{ve}/budget-citoyen", "Budget citoyen : 28 projets soumis au vote", "3 mars 2025", "Votez jusqu'au 6 avril."),
            (f"{ve}/enquete-proprete", "Propreté : la Ville vous interroge", "24 février 2025", "Un questionnaire en ligne jusqu'au 31 mars."),
            (f"{mag}/2025/04/jardins-partages-quartier-nord/", "Valbrune Mag : les jardins partagés du quartier Nord", "2 avril 2025",
             "Reportage dans le magazine de la Ville.")]
    events = [("/ma-ville/conseil-municipal", "Conseil municipal", "31 mars", "Hôtel de ville"),
              ("/agenda/forum-entreprendre", "Forum Entreprendre à Valbrune", "9 avril", "Halle Berlioz"),
              (f"{ve}/conseils-de-quartier", "Assemblée des conseils de quartier", "17 avril", "Salle Stendhal")]
    pages = [
        page("/", "Accueil", _home(ck + m.alert("Épisode de pollution : circulation différenciée jeudi et vendredi."),
             ["Valbrune, 93 400 habitants, ville de l'agglomération grenobloise."],
             [("/demarches/prendre-rendez-vous-passeport", "Passeport et CNI"), ("/contact", "Contacter la Ville"), (ve, "Valbrune Ensemble"),
              (en + "/idees", "Proposer une idée"), ("/emploi", "Offres d'emploi"), ("/vie-economique/appels-d-offres", "Marchés publics"),
              ("/recherche?q=budget+participatif", "Recherches fréquentes : budget participatif"), (mag + "/", "Valbrune Mag")], news, events)),
        page("/actualites", "Actualités", ck + m.news(news, title="Toute l'actualité")),
        page("/actualites/le-tram-arrive-en-2027", "Le tram arrive à Champ-Fleuri en 2027", ck + m.prose(
            "Le prolongement de la ligne C desservira Champ-Fleuri et le campus Sud à l'automne 2027.",
            f'Retrouvez l\'interview du maire chez nos confrères du <a href="{VALBRUNE_NEWSPAPER}">Courrier de Valbrune</a>.')
             + m.share(f"http://{VALBRUNE}/actualites/le-tram-arrive-en-2027", "Le tram arrive à Champ-Fleuri"), parent=("Actualités", "/actualites")),
        page(ve, "Valbrune Ensemble : la participation citoyenne", ck + m.prose(
            "Valbrune Ensemble rassemble les démarches de participation de la Ville : conseils de quartier, assemblées citoyennes, "
            "Budget citoyen, droit d'interpellation et consultations en ligne.")
             + m.bullets([f'<a href="{ve}/conseils-de-quartier">Les neuf conseils de quartier</a>',
                          f'<a href="{ve}/budget-citoyen">Le Budget citoyen</a>', f'<a href="{ve}/interpellation-citoyenne">L\'interpellation citoyenne</a>',
                          f'<a href="{ve}/enquete-proprete">Enquête propreté</a>', f'<a href="{ve}/voisins-solidaires-smiile">Voisins solidaires avec Smiile</a>',
                          f'<a href="{en}/">La plateforme ensemble.valbrune.fr</a>', f'<a href="{en}/enquetes/mobilites">Enquête mobilités</a>',
                          f'<a href="/suivez-nous">La Ville sur les réseaux sociaux</a>']), {"participation_displayed"}),
        page(f"{ve}/conseils-de-quartier", "Les conseils de quartier", ck + m.prose(
            "Neuf conseils de quartier, composés d'habitants volontaires et tirés au sort, se réunissent au moins quatre fois par an.",
            "Ils sont saisis des projets d'aménagement de leur secteur et peuvent proposer des projets au Budget citoyen. Leurs séances sont ouvertes au public."),
             {"participation_displayed"}, parent=("Valbrune Ensemble", ve)),
        # the city's page of its participatory budget under a local name, leading to the vote
        page(f"{ve}/budget-citoyen", "Le Budget citoyen", ck + m.prose(
            "Chaque année, 1,2 M€ du budget d'investissement est consacré aux projets proposés puis votés par les Valbrunois de plus de 11 ans.",
            "Édition 2025 : 28 projets sont soumis au vote jusqu'au 6 avril.",
            f'<a class="fr-btn" href="{en}/budget-citoyen">Voter sur ensemble.valbrune.fr</a>'),
             {"participatory_budget"}, parent=("Valbrune Ensemble", ve)),
        # the right of interpellation's own page, with its signature threshold and the way to sign on the city's space
        page(f"{ve}/interpellation-citoyenne", "L'interpellation citoyenne", ck + m.prose(
            "Le droit d'interpellation permet aux habitants de saisir le conseil municipal d'une question qui relève de la compétence de la Ville.",
            "Une interpellation qui recueille 1 500 signatures de Valbrunois de plus de 16 ans en trois mois est débattue en séance publique.",
            f'<a class="fr-btn" href="{en}/interpellations">Signer ou déposer une interpellation</a>'),
             {"petition"}, parent=("Valbrune Ensemble", ve)),
        page(f"{ve}/enquete-proprete", "Enquête propreté : votre avis", ck + m.prose(
            "Rues, parcs, dépôts sauvages : la Ville prépare son plan propreté 2025-2030 et vous interroge jusqu'au 31 mars.")
             + m.ms_forms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__g7lVqNUQ1BFVjJZV0pMSFk3TkRHTzc3MDhXM0Q5Ry4u", "Enquête propreté"),
             {"poll"}, parent=("Valbrune Ensemble", ve)),
        # the city's page presenting the neighbours' network it endorses (hosted by the vendor)
        page(f"{ve}/voisins-solidaires-smiile", "Voisins solidaires : la Ville s'associe à Smiile", ck + m.prose(
            "Pour favoriser l'entraide entre voisins, la Ville a choisi Smiile, un réseau social de proximité : prêt d'objets, covoiturage, "
            "groupes de quartier, annonces de la mairie.",
            "L'inscription est gratuite et réservée aux habitants de Valbrune. Chaque conseil de quartier y anime son groupe.",
            '<a class="fr-btn" href="https://www.smiile.com/app/valbrune">Rejoindre Valbrune sur Smiile</a>'),
             {"territorial_social_network"}, parent=("Valbrune Ensemble", ve)),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", ck + m.prose(
            "Le conseil municipal compte 45 élus. Les séances sont publiques et diffusées en direct. Prochaine séance le 31 mars : "
            "compte administratif, tarifs des équipements sportifs, vœu sur le logement étudiant."), decoys={"participation_displayed"}),
        page("/ma-ville/budget", "Le budget de la Ville", ck + m.prose(
            "Budget primitif 2025 : 168 M€, dont 41 M€ d'investissement. Le compte administratif 2024 sera voté le 31 mars.",
            "Retrouvez les données budgétaires en open data."), decoys={"participatory_budget"}),
        page("/contact", "Contacter la Ville", ck + m.dsfr_form("/contact", "Votre demande", [
            ("select:Madame|Monsieur|Ne se prononce pas", "civilite", "Civilité"), ("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
            ("select:Voirie et propreté|État civil|Écoles|Culture|Autre", "thematique", "Thématique"), ("textarea", "message", "Votre message"),
            ("checkbox", "rgpd", "J'accepte que mes données soient traitées pour répondre à ma demande")]), {"contact_form"}),
        page("/vie-economique/appels-d-offres", "Marchés publics", ck + m.prose(
            "Consultations en cours : entretien des espaces verts (lots 1 à 4), maîtrise d'œuvre pour la rénovation du gymnase Stendhal.",
            "Les dossiers de consultation sont disponibles sur le profil acheteur de la Ville."), decoys={"suggestion_call"}),
        page("/emploi", "La Ville recrute", ck + m.bullets([
            "Appel à candidatures : responsable du service propreté urbaine (h/f)", "Auxiliaires de puériculture pour les crèches",
            "Jobs d'été : appel à candidatures pour les piscines municipales"]), decoys={"suggestion_call"}),
        page("/agenda/forum-entreprendre", "Forum Entreprendre à Valbrune", ck + m.prose(
            "Créateurs d'entreprise, commerçants, artisans : rendez-vous le 9 avril à la halle Berlioz pour rencontrer les réseaux "
            "d'accompagnement et les financeurs."), decoys={"forum"}),
        page("/securite/participation-citoyenne", "Participation citoyenne et tranquillité publique", ck + m.prose(
            "Dans le cadre du protocole de participation citoyenne signé avec la police nationale et la préfecture, des habitants "
            "référents relaient les informations de prévention dans leur résidence."), decoys={"participation_displayed"}),
        # a search results page that lists participation pages: the search form and the hits are no feature
        page("/recherche?q=budget+participatif", "Résultats de recherche", ck + m.search_results("budget participatif", [
            (f"{ve}/budget-citoyen", "Le Budget citoyen", "Chaque année, 1,2 M€ du budget d'investissement est consacré aux projets..."),
            ("/ma-ville/budget", "Le budget de la Ville", "Budget primitif 2025 : 168 M€...")]), decoys={"participatory_budget", "contact_form"}),
        # the city's accounts on global platforms: social accounts, not a local network
        page("/suivez-nous", "La Ville sur les réseaux sociaux", ck + m.prose(
            "Suivez l'actualité de Valbrune sur Facebook, Instagram, LinkedIn, TikTok, Bluesky et YouTube, et retrouvez les "
            "vidéos des conseils municipaux en direct.") + m.bullets([
                '<a href="https://www.facebook.com/VilleDeValbrune">Facebook</a>', '<a href="https://www.instagram.com/villedevalbrune">Instagram</a>',
                '<a href="https://www.youtube.com/@VilleDeValbrune">YouTube</a>', '<a href="https://bsky.app/profile/valbrune.fr">Bluesky</a>']),
             decoys={"territorial_social_network"}),
        page("/newsletter", "Newsletter", ck + m.dsfr_form("/newsletter", "Abonnement", [("email", "nl-courriel", "Votre adresse électronique")],
                                                           "S'abonner", "newsletter"), decoys={"contact_form"}),
        page("/demarches/prendre-rendez-vous-passeport", "Passeport et carte d'identité : prendre rendez-vous", ck + m.prose(
            "Les demandes se font uniquement sur rendez-vous, après une pré-demande sur le site de l'ANTS.")
             + m.booking_form("/demarches/prendre-rendez-vous-passeport", "un rendez-vous en mairie"), decoys={"contact_form"}),
    ]
    accounts = [social("facebook", "VilleDeValbrune"), social("x", "Valbrune", "https://twitter.com/Valbrune"),
                social("instagram", "villedevalbrune"), social("youtube", "VilleDeValbrune", "https://www.youtube.com/@VilleDeValbrune"),
                social("linkedin", "ville-de-valbrune"), social("tiktok", "valbrune"), social("bluesky", "valbrune.fr")]
    www = Site(VALBRUNE, "vendor", "Ville de Valbrune", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Valbrune Ensemble", ve), ("Ma ville", "/ma-ville/conseil-municipal"),
                     ("Budget", "/ma-ville/budget"), ("Sécurité", "/securite/participation-citoyenne"), ("Newsletter", "/newsletter"), ("Contact", "/contact")],
               accounts=accounts, address="Hôtel de ville, 1 place de la République, 38400 Valbrune")
    mpages = [
        page("/", "Valbrune Mag", m.news([
            ("/2025/04/jardins-partages-quartier-nord/", "Les jardins partagés du quartier Nord", "2 avril 2025", "Trente parcelles cultivées par les habitants."),
            ("/2025/03/portrait-benevoles-banque-alimentaire/", "Portrait : les bénévoles de la banque alimentaire", "20 mars 2025", "Ils sont 140 à donner de leur temps."),
            ("/2025/02/resultats-questionnaire-marches/", "Marchés : ce que vous avez répondu", "12 février 2025", "Les résultats du questionnaire.")],
            title="Le magazine de la Ville") + m.prose(f'<a href="http://{VALBRUNE}/">Retour au site de la Ville</a>')),
        page("/2025/04/jardins-partages-quartier-nord/", "Les jardins partagés du quartier Nord", m.prose(
            "Au pied des tours du quartier Nord, trente parcelles sont cultivées par des familles, des retraités et l'école voisine.",
            "Le projet, lauréat du Budget citoyen 2023, a été inauguré en mars.") + m.hyvor_talk(11482, "jardins-partages-quartier-nord"), {"comments"}),
        page("/2025/03/portrait-benevoles-banque-alimentaire/", "Portrait : les bénévoles de la banque alimentaire", m.prose(
            "Chaque mardi, ils trient, rangent et distribuent. Rencontre avec les 140 bénévoles de l'antenne valbrunoise.")
             + m.hyvor_talk(11482, "portrait-benevoles-banque-alimentaire"), {"comments"}),
        page("/2025/02/resultats-questionnaire-marches/", "Marchés : ce que vous avez répondu", m.prose(
            "Le questionnaire sur les marchés de plein vent, clos le 31 janvier, a recueilli 2 130 réponses. Le marché du mercredi "
            "sera prolongé jusqu'à 14 h.") + m.bullets(["Satisfaits de l'offre : 71 %", "Souhaitent un marché le soir : 38 %"]), decoys={"poll"}),
    ]
    mag_site = Site(VALBRUNE_MAG, "wordpress", "Valbrune Mag", mpages, menu=[("À la une", "/"), ("La Ville", f"http://{VALBRUNE}/")],
                    accounts=accounts, address="Direction de la communication, Ville de Valbrune")
    epages = [page(path, title, "", features) for path, (title, _l, _b, features) in APP_PAGES.items()]
    ensemble = Site(VALBRUNE_ENSEMBLE, "vendor", "Valbrune Ensemble", epages, address="Ville de Valbrune",
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))
    return City("99807", "Valbrune", 93400, "38", "84", "Auvergne-Rhône-Alpes", f"http://{VALBRUNE}/", [www, mag_site, ensemble],
                decoy_accounts=(VALBRUNE_NEWSPAPER,))


# =====================================================================================================
# 99808 Marsillac-les-Étangs (Charente-Maritime): WordPress with Elementor, a Google Forms questionnaire,
# an id-city space on the vendor's domain and a neighbours' network the commune endorses.
# =====================================================================================================

MARSILLAC = "www.marsillac-les-etangs.fr"
MARSILLAC_IDCITY = "marsillac.id-city.com"


def marsillac() -> City:
    ck = m.cookie_banner("axeptio")
    ic = f"http://{MARSILLAC_IDCITY}"
    news = [("/actualites/la-cantine-passe-au-bio/", "La cantine passe au bio : parents, donnez votre avis", "10 mars 2025",
             "Un questionnaire pour préparer la rentrée."),
            ("/actualites/nouveau-city-stade/", "Le city-stade inauguré", "22 février 2025", "Le terrain multisport est ouvert à tous."),
            ("/actualites/marche-nocturne/", "Marchés nocturnes : les dates de l'été", "3 février 2025", "Chaque mardi de juillet et d'août."),
            ("/vivre-ensemble/application-id-city/", "Marsillac dans votre poche", "15 janvier 2025", "L'application id-city de la commune.")]
    events = [("/mairie/conseil-municipal/", "Conseil municipal", "1er avril", "Mairie"),
              ("/vie-associative/forum-des-associations/", "Forum des associations", "6 septembre", "Salle des Étangs"),
              ("/vivre-ensemble/conseil-des-sages/", "Conseil des sages", "10 avril", "Mairie")]
    pages = [
        page("/", "Accueil", _home(ck, ["Marsillac-les-Étangs, 3 650 habitants, entre marais et Saintonge."],
             [("/mairie/horaires/", "Horaires de la mairie"), ("/services/location-salle/", "Location de salle"), ("/vivre-ensemble/", "Marsillac participe"),
              (ic + "/idees", "Boîte à idées"), ("/contact/", "Contact"), ("/mairie/offres-emploi/", "Emploi"), ("/actualites/", "Actualités")],
             news, events, extra=m.section("Environnement", m.bullets(['<a href="/environnement/enquete-publique-eolien/">Enquête publique : parc éolien des Prés-Salés</a>'])))),
        page("/actualites/", "Actualités", ck + m.news(news, title="Actualités")),
        page("/actualites/la-cantine-passe-au-bio/", "La cantine passe au bio : parents, donnez votre avis", ck + m.prose(
            "À la rentrée, le restaurant scolaire proposera 50 % de produits bio et locaux. Avant de fixer les menus, la commune interroge les familles.")
             + m.google_forms("1FAIpQLSe8kXq2Lr0Vb3mN5pT7wY9zA1cD4fG6hJ8kL0nP2rS4tU6vQ", "Questionnaire restauration scolaire"),
             {"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/nouveau-city-stade/", "Le city-stade inauguré", ck + m.prose(
            "Le terrain multisport de la rue des Marais a été inauguré le 22 février. Il est ouvert tous les jours de 9 h à 21 h.")
             + m.wp_thread(87, [("Kévin", "23 février", "Super ! Il manque juste un point d'eau."),
                                ("Amandine", "24 février", "Mes enfants y vont tous les mercredis, merci.")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/marche-nocturne/", "Marchés nocturnes : les dates de l'été", ck + m.prose(
            "Producteurs, artisans et restauration sur place : les marchés nocturnes ont lieu chaque mardi de juillet et d'août sur le port."),
             parent=("Actualités", "/actualites/")),
        page("/mairie/conseil-municipal/", "Conseil municipal", ck + m.prose(
            "Le conseil municipal compte 23 membres. Séance du 1er avril à 19 h : budget primitif, travaux de la digue, tarifs du camping."),
             decoys={"participation_displayed"}),
        page("/mairie/budget-2025/", "Budget 2025", ck + m.prose(
            "Le budget primitif 2025 s'élève à 4,2 M€. Investissements : digue du Port (380 000 €), école (210 000 €), voirie (150 000 €)."),
             decoys={"participatory_budget"}),
        page("/vivre-ensemble/", "Marsillac participe", ck + m.prose(
            "La commune associe les habitants à ses choix : conseil des sages, comités de village, réunions publiques et une application "
            "pour proposer vos idées et répondre aux sondages.")
             + m.bullets(['<a href="/vivre-ensemble/conseil-des-sages/">Le conseil des sages</a>',
                          '<a href="/vivre-ensemble/application-id-city/">L\'application id-city</a>',
                          '<a href="/vivre-ensemble/voisins-de-marsillac/">Voisins de Marsillac</a>']), {"participation_displayed"}),
        page("/vivre-ensemble/conseil-des-sages/", "Le conseil des sages", ck + m.prose(
            "Le conseil des sages réunit quinze habitants de plus de 62 ans. Il rend des avis au conseil municipal sur la mobilité, "
            "le logement des aînés et le patrimoine, et organise chaque année une réunion publique."),
             {"participation_displayed"}, parent=("Marsillac participe", "/vivre-ensemble/")),
        # the commune's page about its app: the approach is displayed; the page itself is not the platform
        page("/vivre-ensemble/application-id-city/", "Marsillac dans votre poche", ck + m.prose(
            "Avec l'application id-city, téléchargeable gratuitement, recevez les alertes de la mairie, signalez un problème, "
            "répondez aux sondages et proposez vos idées.", f'<a href="{ic}/">Accéder à Marsillac sur id-city</a>'),
             {"participation_displayed"}, decoys={"participatory_platform"}, parent=("Marsillac participe", "/vivre-ensemble/")),
        # the commune's page presenting the neighbours' network it endorses (hosted by the vendor)
        page("/vivre-ensemble/voisins-de-marsillac/", "Voisins de Marsillac, le réseau d'entraide", ck + m.prose(
            "La commune soutient « Voisins de Marsillac », le réseau social d'entraide du village sur l'application Ensembl'. "
            "Prêt d'outils, garde d'animaux, covoiturage vers Rochefort : inscrivez-vous pour rejoindre vos voisins.",
            '<a href="https://app.ensembl.fr/communaute/marsillac-les-etangs">Rejoindre Voisins de Marsillac</a>'),
             {"territorial_social_network"}, parent=("Marsillac participe", "/vivre-ensemble/")),
        page("/contact/", "Contact", ck + m.elementor_form("Contact mairie", 14, "7c3a9f2", [
            ("text", "name", "Nom"), ("email", "email", "E-mail"), ("text", "subject", "Objet"), ("textarea", "message", "Message")]),
             {"contact_form"}),
        page("/vie-associative/forum-des-associations/", "Forum des associations", ck + m.prose(
            "Le forum des associations se déroule le 6 septembre, salle des Étangs : voile, pêche, danse, théâtre, entraide."), decoys={"forum"}),
        page("/mairie/offres-emploi/", "Offres d'emploi", ck + m.prose(
            "Appel à candidatures : agent d'accueil du camping municipal (saison 2025). Appel à candidatures : exposants du marché de Noël.")
             , decoys={"suggestion_call"}),
        page("/environnement/enquete-publique-eolien/", "Enquête publique : parc éolien des Prés-Salés", ck + m.prose(
            "Une enquête publique sur le projet de parc éolien des Prés-Salés se tient du 14 avril au 16 mai. Permanences du commissaire enquêteur en mairie."),
             decoys={"poll"}),
        page("/services/location-salle/", "Location de la salle des Étangs", ck + m.booking_form("/services/location-salle/", "salle des Étangs"),
             decoys={"contact_form"}),
        page("/mairie/horaires/", "Horaires de la mairie", ck + m.opening_hours([("Lundi, mardi, jeudi", "9 h - 12 h / 14 h - 17 h"),
                                                                                  ("Mercredi, vendredi", "9 h - 12 h")])
             + m.prose('Courriel : <a href="mailto:accueil@marsillac-les-etangs.fr">accueil@marsillac-les-etangs.fr</a>'), decoys={"contact_form"}),
    ]
    www = Site(MARSILLAC, "wordpress", "Marsillac-les-Étangs", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Mairie", "/mairie/conseil-municipal/"), ("Budget", "/mairie/budget-2025/"),
                     ("Marsillac participe", "/vivre-ensemble/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "MarsillacLesEtangs"), social("instagram", "marsillac_les_etangs")],
               address="Mairie, 3 place du Marché, 17780 Marsillac-les-Étangs")
    ipages = [
        page("/", "Marsillac-les-Étangs sur id-city", m.bullets([
            '<a href="/idees">Les idées des habitants</a>', '<a href="/sondages/14">Sondage en cours</a>',
            '<a href="/sondages/11/resultats">Résultats du dernier sondage</a>', '<a href="/signalements">Signaler un problème</a>',
            '<a href="/connexion">Se connecter</a>', f'<a href="http://{MARSILLAC}/">Site de la mairie</a>'])),
        page("/idees", "Les idées des habitants", m.prose("Proposez vos idées pour la commune et soutenez celles des autres habitants.")
             + m.idea_cards([("/idees/proposer", "Des bancs le long du chemin des Écluses", "Pour les promeneurs et les aînés.", 23),
                             ("/idees/proposer", "Une boîte à livres place du Marché", "Échanger des livres librement.", 17)])
             + m.prose('<a class="idc-btn" href="/idees/proposer">Proposer une idée</a>'), {"suggestion_call"}),
        page("/idees/proposer", "Proposer une idée", m.idcity_ideas_form("/idees/proposer"), {"suggestion_call", "contact_form"}),
        page("/sondages/14", "Sondage : horaires de la bibliothèque", m.idcity_poll("/sondages/14", "Quels horaires pour la bibliothèque ?",
                                                                                  ["Mercredi toute la journée", "Samedi matin", "Mardi soir"]), {"poll"}),
        page("/sondages/11/resultats", "Résultats : fête du village", m.prose("Ce sondage est terminé. Merci aux 312 participants.")
             + m.bullets(["Fête le premier week-end de juillet : 57 %", "Fête le 15 août : 43 %"]), decoys={"poll"}),
        # a report of a problem, written freely to the town hall's services
        page("/signalements", "Signaler un problème", '<form class="idc-form idc-form--signalement" method="post" action="/signalements">'
             '<label for="sg-cat">Catégorie</label><select id="sg-cat" name="signalement[categorie]"><option>Voirie</option><option>Éclairage</option><option>Propreté</option></select>'
             '<label for="sg-desc">Description</label><textarea id="sg-desc" name="signalement[description]" rows="5" required></textarea>'
             '<label for="sg-mail">Votre e-mail</label><input type="email" id="sg-mail" name="signalement[email]" required>'
             '<button type="submit" class="idc-btn">Envoyer le signalement</button></form>', {"contact_form"}),
        page("/connexion", "Connexion", m.login_form("/connexion", "email"), decoys={"contact_form"}),
    ]
    idcity = Site(MARSILLAC_IDCITY, "vendor", "Marsillac-les-Étangs - id-city", ipages,
                  menu=[("Accueil", "/"), ("Idées", "/idees"), ("Sondages", "/sondages/14")], address="Commune de Marsillac-les-Étangs",
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"id_city"}))
    return City("99808", "Marsillac-les-Étangs", 3650, "17", "75", "Nouvelle-Aquitaine", f"http://{MARSILLAC}/", [www, idcity])


def cities():
    return [saint_aubin(), vaudrecourt(), bras_fleuri(), lespinasse(), chantemerle(), rivecourt(), valbrune(), marsillac()]


def hosts():
    """The hosts that answer more than their declared pages: the SMF board (its own layout) and Valbrune Ensemble."""
    by_host = {site.host: site for city in cities() for site in city.sites}
    return {CHANTEMERLE_FORUM: CustomHost(by_host[CHANTEMERLE_FORUM], _smf_special),
            VALBRUNE_ENSEMBLE: CustomHost(by_host[VALBRUNE_ENSEMBLE], _ensemble_special)}
