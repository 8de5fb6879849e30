"""The sixteenth part of the holdout (``landes``, 99701-99708): eight fictional communes on WordPress (with
bbPress and a neighbours' network), SPIP (.bzh), Drupal with Decidim, Joomla with Kunena, TYPO3 with a
vendor-hosted Go Vocal space and a neighbours' network, a vendor CMS with Publik e-services and a vendor-hosted
Cap Collectif space (La Réunion), an accessibility-first vendor CMS with CONSUL Democracy and a LimeSurvey
server, and WordPress with Discourse and a participation space drawn by a script from a JSON API.
Every page is labelled from the codebook alone; a borderline page carries a one-line reason."""
import json

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import landes_markup as m

F = m.field


def _home(intro, quick, news_items, events, extra=""):
    return (m.cookie_banner() + m.p(intro) + m.tiles(quick) + extra + m.news(news_items) + m.agenda(events)
            + '<section class="bloc-kiosque"><h2>Kiosque</h2><p>Retrouvez le dernier numéro du magazine municipal et les '
              'arrêtés du maire en mairie ou au format PDF.</p></section>')


# =====================================================================================================
# 99701 Salvetat-Morgelieu (Tarn): WordPress, bbPress board, YOP Poll, Gravity/Fluent forms, neighbours' network
# =====================================================================================================
SM = "www.salvetat-morgelieu.fr"
SM_NET = "entraide.salvetat-morgelieu.fr"


def salvetat_morgelieu() -> City:
    poll = m.yop_poll(14, "Faut-il prolonger la navette du mercredi jusqu'à la zone des Tuileries ?",
                      ["Oui, toute l'année", "Oui, l'été seulement", "Non", "Je ne l'utilise pas"])
    side = poll + m.mailpoet("La lettre de Salvetat")
    news_items = [("/actualites/reamenagement-place-du-foirail/", "12 mars 2025", "Place du Foirail : le projet se précise",
                   "Présentation de l'esquisse retenue et premiers retours des riverains."),
                  ("/actualites/rentree-scolaire/", "2 septembre 2024", "Rentrée scolaire : les nouveautés",
                   "Un nouveau self à l'école Jean-Jaurès et des horaires de garderie élargis."),
                  ("/actualites/forum-des-associations/", "28 août 2024", "Forum des associations le 7 septembre",
                   "Plus de soixante associations vous attendent à la halle."),
                  ("/actualites/resultats-sondage-eclairage/", "4 juin 2024", "Éclairage nocturne : les résultats",
                   "Vous avez été 611 à répondre au sondage du printemps.")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Salvetat-Morgelieu, bastide du Tarn entre Agout et Dadou.",
            [("/demarches/", "Démarches"), ("/participer/", "Salvetat participe"), ("/forums/", "Forum des habitants"),
             ("/vie-pratique/transports/", "Navette"), ("/vie-pratique/entraide-entre-voisins/", "Entraide"),
             ("/contact/", "Contacter la mairie"), ("/marches-publics/", "Marchés publics"), ("/emploi/", "Emploi")],
            news_items, [("14", "mars", "Conseil municipal, salle des Consuls"), ("22", "mars", "Bourse aux plants"),
                         ("5", "avril", "Réunion du conseil de quartier des Tuileries")])),
        page("/actualites/", "Actualités", m.news(news_items, "Toutes les actualités")
             + m.p('Les actualités plus anciennes sont consultables dans <a href="/la-mairie/bulletins/">les bulletins municipaux</a>.')),
        page("/la-mairie/bulletins/", "Bulletins municipaux", m.p("Le « Salvetat Infos » paraît chaque trimestre.")
             + m.ul(["Salvetat Infos n° 61 — hiver 2025 (PDF, 4 Mo)", "Salvetat Infos n° 60 — automne 2024 (PDF, 5 Mo)",
                     "Salvetat Infos n° 59 — été 2024 (PDF, 3 Mo)"])),
        page("/demarches/", "Démarches en ligne", m.p("État civil, urbanisme, inscriptions scolaires : retrouvez vos démarches.")
             + m.links([("/contact/", "Poser une question à la mairie"), ("/la-mairie/conseil-municipal/", "Délibérations"),
                        ("/lettre-information/", "Recevoir la lettre d'information")])),
        page("/la-mairie/conseil-municipal/", "Le conseil municipal",
             m.p("Le conseil municipal se réunit une fois par mois, salle des Consuls. Les séances sont publiques.",
                 "Ordre du jour de la séance du 14 mars : vote du budget primitif, tarifs de la cantine, convention avec le SDIS.")
             + m.ul(["Procès-verbal du 13 février 2025", "Procès-verbal du 16 janvier 2025"])
             + m.links([("/la-mairie/budget-2025/", "Le budget primitif 2025")]),
             decoys={"participation_displayed"}),  # the council's own agenda
        page("/la-mairie/budget-2025/", "Budget primitif 2025",
             m.p("Le budget primitif 2025 a été voté le 14 mars : 6,2 M€ en fonctionnement, 2,1 M€ en investissement.",
                 "Principales dépenses d'investissement : réfection de la toiture de l'école, voirie du chemin de Cabrol.")
             + m.info_box("Le compte administratif 2024 sera présenté en juin."), decoys={"participatory_budget"}),
        page("/participer/", "Salvetat participe", m.p(
            "Depuis 2021, la municipalité associe les habitants aux décisions qui changent leur quotidien : c'est « Salvetat participe ».",
            "Trois conseils de quartier, une boîte à idées permanente, des réunions publiques avant chaque grand chantier et un forum "
            "des habitants animé par la mairie : chacun peut prendre part à la vie de la commune.")
             + m.links([("/participer/conseils-de-quartier/", "Les conseils de quartier"),
                        ("/participer/boite-a-idees/", "La boîte à idées"), ("/forums/", "Le forum des habitants"),
                        ("/participer/charte/", "La charte de la participation")]),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier/", "Les conseils de quartier", m.p(
            "Bastide, Tuileries, Hameaux du Dadou : chaque conseil de quartier réunit douze habitants tirés au sort et volontaires.",
            "Ils se réunissent quatre fois par an, donnent leur avis sur les projets de voirie et disposent d'une enveloppe d'animation.")
             + m.ul(["Conseil de quartier de la Bastide : prochaine réunion le 2 avril à 18 h 30",
                     "Conseil de quartier des Tuileries : 5 avril, salle Calvet",
                     "Conseil des Hameaux du Dadou : 9 avril, école de Morgelieu"]),
             {"participation_displayed"}, parent=("Salvetat participe", "/participer/")),
        page("/participer/charte/", "Charte de la participation citoyenne", m.p(
            "Adoptée en conseil municipal le 8 juillet 2021, la charte fixe les engagements de la commune : informer en amont, "
            "écouter, rendre compte des avis recueillis.", "Elle s'applique aux conseils de quartier comme aux concertations.")
             + m.ul(["Transparence : chaque avis reçoit une réponse motivée.", "Inclusion : réunions accessibles et ouvertes à tous.",
                     "Redevabilité : un bilan annuel de la participation est publié."]),
             {"participation_displayed"}, parent=("Salvetat participe", "/participer/")),
        page("/participer/boite-a-idees/", "La boîte à idées", m.p(
            "Une idée pour votre rue, votre quartier, la bastide ? Déposez-la ici : chaque proposition est lue par les élus et "
            "soumise au conseil de quartier concerné.") + m.fluent_form(3, [
                F("text", "names[first_name]", "Prénom"), F("email", "email", "Adresse e-mail", True),
                F("select", "quartier", "Quartier", options=["Bastide", "Tuileries", "Hameaux du Dadou"]),
                F("text", "titre_idee", "Votre idée en une phrase", True),
                F("textarea", "description", "Décrivez votre idée", True), m.rgpd()]),
             {"suggestion_call", "contact_form"}, parent=("Salvetat participe", "/participer/")),
        page("/vie-pratique/transports/", "La navette municipale", m.aside(m.p(
            "La navette gratuite dessert le marché, la maison de santé et la gare routière du mardi au samedi.",
            "Horaires d'hiver : départ place du Foirail à 9 h, 10 h 30 et 14 h.") + m.ul(["Arrêt Foirail", "Arrêt Maison de santé",
                                                                                   "Arrêt Gare routière", "Arrêt Tuileries"]), side),
             {"poll"}),
        page("/actualites/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats du sondage", m.p(
            "Le sondage sur l'extinction de l'éclairage public entre minuit et 5 h s'est achevé le 31 mai.")
             + m.yop_results("Êtes-vous favorable à l'extinction de l'éclairage la nuit ?",
                             [("Oui", 58, 354), ("Non", 35, 214), ("Sans opinion", 7, 43)], "31 mai 2024")
             + m.p("L'extinction sera expérimentée dès l'automne dans les hameaux."), decoys={"poll"}),
        page("/actualites/reamenagement-place-du-foirail/", "Place du Foirail : le projet se précise", m.p(
            "Le cabinet d'architectes a présenté l'esquisse retenue : moins de stationnement, plus d'ombre et une fontaine.",
            "Les travaux devraient débuter au printemps 2026.") + m.share(f"http://{SM}/actualites/reamenagement-place-du-foirail/")
             + m.wp_comments(812, [("Hélène R.", "13 mars 2025 à 9 h 12", "Et les places pour les personnes à mobilité réduite ?"),
                                   ("Mairie de Salvetat", "13 mars 2025 à 14 h 40", "Six places PMR sont prévues devant la halle."),
                                   ("Bruno", "15 mars 2025 à 19 h 05", "Enfin des arbres sur cette place !")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/rentree-scolaire/", "Rentrée scolaire : les nouveautés", m.p(
            "Les 312 élèves de la commune ont retrouvé leurs classes. Nouveau self à Jean-Jaurès, garderie dès 7 h 15.")
             + m.wp_comments(790, [], closed=True),
             decoys={"comments"}, parent=("Actualités", "/actualites/")),  # comments closed, none published
        page("/actualites/forum-des-associations/", "Forum des associations", m.p(
            "Samedi 7 septembre, de 9 h à 13 h, la halle accueille le forum des associations : sport, culture, solidarité.",
            "Démonstrations de rugby à XIII et d'occitan chanté à 11 h."), decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/contact/", "Contacter la mairie", m.p("Mairie de Salvetat-Morgelieu, ouverte du lundi au vendredi de 8 h 30 à 12 h "
                                                       "et de 13 h 30 à 17 h.") + m.gravity_form(1, [
            F("text", "input_1", "Nom", True), F("email", "input_2", "Courriel", True),
            F("select", "input_3", "Service concerné", options=["Accueil", "État civil", "Urbanisme", "Services techniques"]),
            F("text", "input_4", "Objet"), F("textarea", "input_5", "Votre message", True), m.rgpd()]),
             {"contact_form"}, decoys={"suggestion_call"}),
        page("/forums/", "Forum des habitants", m.p(
            "Le forum des habitants est animé par la mairie. Inscrivez-vous pour ouvrir un sujet ou répondre.")
             + m.bbp_forums([("/forums/forum/vie-des-quartiers/", "Vie des quartiers", "Voirie, stationnement, voisinage", 24, 131),
                             ("/forums/forum/environnement/", "Environnement et jardins", "Jardins partagés, compost, rivière", 9, 47)]),
             {"forum"}),
        page("/forums/forum/vie-des-quartiers/", "Vie des quartiers", m.bbp_topics(
            [("/forums/topic/stationnement-rue-des-tanneurs/", "Stationnement rue des Tanneurs", "Gilles", 6, 11),
             ("/forums/topic/jardins-partages-au-pre-haut/", "Des jardins partagés au Pré-Haut ?", "Maïté", 8, 14)], 21, "/wp-login.php"),
             {"forum"}, parent=("Forum des habitants", "/forums/")),
        page("/forums/forum/environnement/", "Environnement et jardins", m.bbp_topics(
            [("/forums/topic/jardins-partages-au-pre-haut/", "Des jardins partagés au Pré-Haut ?", "Maïté", 8, 14)], 22, "/wp-login.php"),
             {"forum"}, parent=("Forum des habitants", "/forums/")),
        page("/forums/topic/stationnement-rue-des-tanneurs/", "Stationnement rue des Tanneurs", m.bbp_topic(2301, [
            ("Gilles", "3 février 2025 à 18 h 20", "Le soir, impossible de se garer rue des Tanneurs. Une zone bleue ?"),
            ("Sandrine", "4 février 2025 à 8 h 02", "Une zone bleue pénaliserait les riverains sans garage."),
            ("Modérateur mairie", "5 février 2025 à 11 h", "Le sujet sera à l'ordre du jour du conseil de quartier de la Bastide.")]),
             {"forum"}, parent=("Vie des quartiers", "/forums/forum/vie-des-quartiers/")),
        page("/forums/topic/jardins-partages-au-pre-haut/", "Des jardins partagés au Pré-Haut ?", m.bbp_topic(2340, [
            ("Maïté", "20 janvier 2025", "Le terrain communal du Pré-Haut est en friche. Qui serait partant pour des jardins partagés ?"),
            ("Louis", "21 janvier 2025", "Partant ! Il faudrait un point d'eau.")]),
             {"forum"}, parent=("Vie des quartiers", "/forums/forum/vie-des-quartiers/")),
        page("/wp-login.php", "Se connecter", '<form name="loginform" id="loginform" action="/wp-login.php" method="post">'
             '<p><label for="user_login">Identifiant ou adresse e-mail</label><input type="text" name="log" id="user_login"></p>'
             '<p><label for="user_pass">Mot de passe</label><input type="password" name="pwd" id="user_pass"></p>'
             '<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="Se connecter">'
             '</p></form>' + m.p("Pas encore de compte ? L'inscription au forum est gratuite et réservée aux habitants."),
             decoys={"contact_form"}),
        page("/vie-pratique/entraide-entre-voisins/", "Entraide entre voisins", m.p(
            "La commune a ouvert « Entraide Salvetat », un réseau social de proximité réservé aux habitants : prêter une échelle, "
            "proposer un covoiturage vers Castres, signaler un chat perdu ou organiser une fête de rue.",
            f'Inscription gratuite avec votre adresse : <a href="http://{SM_NET}/">rejoindre Entraide Salvetat</a>.')
             + m.info_box("Le réseau est modéré par le centre communal d'action sociale. Il ne remplace pas les services d'urgence."),
             # the city's page presenting its own neighbours' network, with the way in
             {"territorial_social_network"}),
        page("/lettre-information/", "La lettre d'information", m.p("Chaque mois, l'essentiel de l'actualité dans votre boîte aux lettres "
                                                                     "électronique.") + m.mailpoet(), decoys={"contact_form"}),
        page("/emploi/", "Offres d'emploi", m.p(
            "Appel à candidatures : la commune recrute un animateur ou une animatrice périscolaire (CDD de 10 mois, 28 h/semaine).",
            "Candidature (CV et lettre de motivation) à adresser au maire avant le 30 juin.", "Poste de saisonnier au camping : candidatures jusqu'au 15 avril."),
             decoys={"suggestion_call"}),
        page("/marches-publics/", "Marchés publics", m.p(
            "Avis d'appel public à la concurrence : réfection de la toiture de l'école Jean-Jaurès (procédure adaptée).",
            "Date limite de remise des offres : 28 avril 2025, 12 h. Dossier de consultation sur la plateforme des marchés publics."),
             decoys={"suggestion_call"}),
        page("/suivez-nous/", "Suivez-nous", m.p(
            "La mairie publie ses informations sur ses comptes officiels :",
            '<a href="https://www.facebook.com/SalvetatMorgelieu">Facebook</a>, '
            '<a href="https://www.instagram.com/salvetat_morgelieu/">Instagram</a>.',
            "Ces comptes ne sont pas un espace d'échange entre voisins : pour cela, rendez-vous sur le réseau d'entraide de la commune."),
             {"social_account"}, decoys={"territorial_social_network"}),
    ]
    menu = [("Accueil", "/"), ("Actualités", "/actualites/"), ("Démarches", "/demarches/"), ("Salvetat participe", "/participer/"),
            ("Forum", "/forums/"), ("Contact", "/contact/"), ("Suivez-nous", "/suivez-nous/")]
    www = Site(SM, "wordpress", "Salvetat-Morgelieu", pages, menu=menu,
               accounts=[social("facebook", "SalvetatMorgelieu"), social("instagram", "salvetat_morgelieu")],
               address="Hôtel de ville, 1 place des Consuls, 81250 Salvetat-Morgelieu")
    net_pages = [
        page("/", "Le fil du quartier", m.p("Bienvenue sur Entraide Salvetat, le réseau des voisins de Salvetat-Morgelieu.")
             + m.links([("/groupes/bastide/", "Groupe Bastide"), ("/annonces/", "Petites annonces d'entraide")])
             + m.community_feed([("Claire", "Bastide", "il y a 2 h", "Quelqu'un aurait une remorque à prêter samedi ?", 3),
                                 ("Jean-Marc", "Tuileries", "hier", "Covoiturage vers Castres tous les matins à 7 h 40, 2 places.", 5),
                                 ("CCAS", "Tous", "lundi", "Permanence aide numérique jeudi à la médiathèque.", 0)]),
             {"territorial_social_network"}),
        page("/groupes/bastide/", "Groupe Bastide", m.p("Le groupe des voisins de la Bastide : 214 membres.")
             + m.community_feed([("Ana", "Bastide", "mardi", "Fête de la rue des Tanneurs le 21 juin, qui apporte les tables ?", 9)]),
             {"territorial_social_network"}),
        page("/annonces/", "Petites annonces d'entraide", m.ul(["Je donne : plants de tomates (Pré-Haut)",
                                                                 "Je cherche : aide pour porter un meuble (Bastide)",
                                                                 "Je prête : nettoyeur haute pression (Tuileries)"]),
             {"territorial_social_network"}),
    ]
    net = Site(SM_NET, "community", "Entraide Salvetat", net_pages,
               menu=[("Le fil", "/"), ("Groupes", "/groupes/bastide/"), ("Annonces", "/annonces/")])
    return City("99701", "Salvetat-Morgelieu", 9_840, "81", "76", "Occitanie", f"http://{SM}/", [www, net])


# =====================================================================================================
# 99702 Kerlouan-Trévidic (Finistère): SPIP on .bzh, forums under articles, SPIP petition, Framaforms, Formidable
# =====================================================================================================
KT = "www.kerlouan-trevidic.bzh"


def kerlouan_trevidic() -> City:
    a = lambda n: f"/spip.php?article{n}"  # noqa: E731
    news_items = [(a(58), "10 février 2025", "Port de Trévidic : donnez votre avis", "Trois scénarios pour l'aire de carénage."),
                  (a(62), "3 février 2025", "Pétition pour l'agence postale", "La municipalité appelle à signer."),
                  (a(70), "20 janvier 2025", "Enquête mobilité", "Dix minutes pour nous dire comment vous vous déplacez."),
                  (a(90), "12 janvier 2025", "Forum de l'emploi saisonnier", "Recrutements pour la saison estivale.")]
    pages = [
        page("/", "Accueil", _home(
            "Degemer mat ! Bienvenue sur le site de Kerlouan-Trévidic, commune littorale du pays des Abers.",
            [("/spip.php?rubrique2", "Vie municipale"), ("/spip.php?rubrique5", "Participation citoyenne"),
             ("/spip.php?page=contact", "Écrire à la mairie"), (a(88), "Ar Gazetenn"), (a(80), "Emplois saisonniers"),
             (a(99), "Lettre d'information"), (a(82), "Concours photo")],
            news_items, [("15", "février", "Conseil municipal"), ("1er", "mars", "Fest-deiz à la salle Ty Kreiz"),
                         ("8", "mars", "Nettoyage de la grève de Meneham")])),
        page("/spip.php?rubrique2", "Vie municipale", m.p("Élus, conseil municipal, budget et bulletin municipal.")
             + m.links([(a(45), "Les séances du conseil municipal"), (a(47), "Budget primitif 2025"), (a(88), "Ar Gazetenn, le bulletin"),
                        (a(101), "Participation citoyenne avec la gendarmerie"), (a(71), "Recensement 2025"),
                        (a(93), "Résultats du questionnaire cantine"), (a(95), "Travaux route de Meneham"),
                        (a(85), "Motion sur le fret ferroviaire")])),
        page(a(45), "Les séances du conseil municipal", m.p(
            "Séance du 15 février 2025 à 20 h 30 : ordre du jour — approbation du compte de gestion, subventions aux associations, "
            "convention de mouillage.", "Les comptes rendus sont affichés en mairie et publiés ici sous huit jours."),
             decoys={"participation_displayed"}, parent=("Vie municipale", "/spip.php?rubrique2")),
        page(a(47), "Budget primitif 2025", m.p("Le budget primitif s'équilibre à 3,4 M€. Investissements : cale de mise à l'eau, "
                                                "rénovation énergétique de la salle omnisports."),
             decoys={"participatory_budget"}, parent=("Vie municipale", "/spip.php?rubrique2")),
        page("/spip.php?rubrique5", "Participation citoyenne", m.p(
            "La commune associe les habitants à ses projets : commissions extra-municipales, conseil municipal des jeunes, "
            "consultations en ligne et droit de pétition locale.")
             + m.links([(a(51), "Commissions extra-municipales"), (a(97), "Conseil municipal des jeunes"),
                        (a(58), "Concertation sur le port de Trévidic"), (a(63), "Le droit de pétition locale"),
                        (a(74), "La boîte à idées"), (a(70), "Enquête mobilité")]),
             {"participation_displayed"}),
        page(a(51), "Les commissions extra-municipales", m.p(
            "Littoral, vie associative, patrimoine : trois commissions extra-municipales ouvertes aux habitants préparent les "
            "décisions du conseil.", "Chaque commission compte six élus et six habitants volontaires, renouvelés tous les deux ans.",
            "Candidatures libres auprès de l'accueil de la mairie."), {"participation_displayed"},
             parent=("Participation citoyenne", "/spip.php?rubrique5")),
        page(a(97), "Le conseil municipal des jeunes", m.p(
            "Dix-huit jeunes de 9 à 14 ans élus pour deux ans portent des projets pour la commune : piste de pumptrack, "
            "boîtes à livres, journée de ramassage des déchets."), {"participation_displayed"},
             parent=("Participation citoyenne", "/spip.php?rubrique5")),
        # a SPIP forum under an article: threads and replies (forum), and residents' messages under content (comments)
        page(a(58), "Port de Trévidic : donnez votre avis", m.p(
            "La concertation sur l'avenir de l'aire de carénage est ouverte jusqu'au 31 mars. Trois scénarios sont présentés.",
            "Exprimez-vous dans le forum ci-dessous : la commission littoral fera la synthèse des messages.") + m.spip_forum(58, [
                ("Scénario 2", "Yann", "11 février 2025", "Le scénario 2 garde les mouillages à l'abri, c'est le plus raisonnable."),
                ("Re : Scénario 2", "Soazig", "12 février 2025", "Mais il supprime le parking des pêcheurs à pied.")]),
             {"forum", "comments", "participation_displayed"}, parent=("Participation citoyenne", "/spip.php?rubrique5")),
        page("/spip.php?page=forum&id_article=58", "Répondre à l'article : Port de Trévidic", m.spip_forum_form(58),
             {"forum", "comments"}),
        page("/spip.php?page=forum&id_article=58&id_forum=581", "Répondre au message : Scénario 2",
             m.p("<strong>Scénario 2</strong>, par Yann : « Le scénario 2 garde les mouillages à l'abri. »") + m.spip_forum_form(58),
             {"forum", "comments"}),
        page("/spip.php?page=forum&id_article=58&id_forum=582", "Répondre au message : Re : Scénario 2",
             m.p("<strong>Re : Scénario 2</strong>, par Soazig : « Mais il supprime le parking des pêcheurs à pied. »")
             + m.spip_forum_form(58), {"forum", "comments"}),
        page(a(62), "Pétition : gardons notre agence postale", m.p(
            "L'agence postale de Trévidic est menacée de fermeture. Le conseil municipal a lancé cette pétition sur le site de la "
            "commune ; elle sera remise à la direction régionale de La Poste.")
             + m.spip_petition(62, [("12 février", "Annick L.", "Indispensable pour les anciens."),
                                    ("11 février", "Pierre-Yves", ""), ("10 février", "Famille Guéguen", "Soutien total.")], 874, 1000),
             {"petition"}),
        page(a(63), "Le droit de pétition locale", m.p(
            "Toute personne de plus de 16 ans habitant la commune peut déposer une pétition sur une question relevant du conseil "
            "municipal. Si elle recueille 300 signatures en trois mois, elle est inscrite à l'ordre du jour du conseil suivant.")
             + m.formidable("petition", [F("text", "input_1", "Titre de la pétition", True),
                                         F("textarea", "textarea_1", "Texte de la pétition", True),
                                         F("text", "input_2", "Nom et prénom du premier signataire", True),
                                         F("email", "email_1", "Courriel", True)], "Déposer ma pétition"),
             {"petition"}, parent=("Participation citoyenne", "/spip.php?rubrique5")),
        page(a(70), "Enquête sur vos déplacements", m.p(
            "La commune prépare son schéma des mobilités douces. Répondez à l'enquête en ligne avant le 15 mars.")
             + m.iframe("https://framaforms.org/enquete-mobilite-kerlouan-trevidic-1736938211", "Enquête mobilité"),
             {"poll"}, parent=("Participation citoyenne", "/spip.php?rubrique5")),
        page(a(71), "Recensement de la population 2025", m.p(
            "Le recensement se déroule du 16 janvier au 15 février. Un agent recenseur recruté par la mairie vous remettra vos "
            "codes pour répondre au questionnaire sur le-recensement-et-moi.fr.", "Vos réponses sont confidentielles et transmises à l'Insee."),
             decoys={"poll"}),
        page(a(93), "Questionnaire cantine : les résultats", m.p(
            "Merci aux 146 familles qui ont répondu au questionnaire de novembre, aujourd'hui clos.",
            "82 % sont satisfaites des repas ; 64 % souhaitent davantage de produits locaux. Un menu breton par mois sera proposé."),
             decoys={"poll"}),
        page(a(74), "La boîte à idées", m.p(
            "Vous avez une idée pour améliorer la vie à Kerlouan-Trévidic ? Proposez-la : les commissions extra-municipales "
            "étudient chaque suggestion.") + m.formidable("idees", [
                F("text", "input_1", "Votre nom"), F("email", "email_1", "Votre courriel", True),
                F("select", "selection_1", "Thème", options=["Littoral", "Voirie", "Jeunesse", "Culture", "Autre"]),
                F("textarea", "textarea_1", "Votre idée", True)], "Proposer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Participation citoyenne", "/spip.php?rubrique5")),
        page("/spip.php?page=contact", "Écrire à la mairie", m.p("Mairie — 2 straed an Iliz, 29890 Kerlouan-Trévidic. "
                                                                  "Ouverte du lundi au samedi matin.") + m.spip_ecrire("/spip.php?page=contact"),
             {"contact_form"}),
        page(a(80), "Appel à candidatures : emplois saisonniers", m.p(
            "La commune recrute pour l'été : deux surveillants de baignade (BNSSA) et un agent d'entretien des plages.",
            "Envoyez votre candidature avant le 31 mars."), decoys={"suggestion_call"}),
        page(a(82), "Concours photo « Kerlouan vu de la grève »", m.p(
            "Le concours photo est ouvert aux amateurs jusqu'au 30 avril. Trois photos par participant, format paysage.",
            "Le jury désignera les lauréats exposés cet été à la chapelle Saint-Egarec.")
             + m.formidable("concours", [F("text", "input_1", "Nom", True), F("email", "email_1", "Courriel", True),
                                         F("file", "fichiers_1", "Vos photos", True)], "Participer"),
             decoys={"suggestion_call", "poll"}),
        page(a(85), "Fret ferroviaire : le conseil soutient la motion", m.p(
            "Le conseil municipal a adopté une motion de soutien au fret ferroviaire en Bretagne.",
            "Une pétition nationale est ouverte sur le site du Sénat : "
            '<a href="https://petitions.senat.fr/initiatives/i-1482">petitions.senat.fr</a>.'), decoys={"petition"}),
        page(a(88), "Ar Gazetenn, le bulletin municipal", m.p("Le bulletin paraît deux fois par an, en français et en breton.")
             + m.ul(["Ar Gazetenn n° 38 — hiver 2025 (PDF)", "Ar Gazetenn n° 37 — été 2024 (PDF)"]),
             parent=("Vie municipale", "/spip.php?rubrique2")),
        page(a(90), "Forum de l'emploi saisonnier", m.p(
            "Le forum de l'emploi saisonnier se tient le 22 mars à la salle Ty Kreiz : campings, criée, restaurants et ostréiculteurs "
            "recrutent."), decoys={"forum"}),
        page(a(95), "Travaux de la route de Meneham", m.p(
            "La route de Meneham sera fermée du 3 au 21 mars pour la reprise de la chaussée. Déviation par Kerurus.")
             + '<div class="forum-repondre"><p>Les forums sont fermés pour cet article.</p></div>', decoys={"comments", "forum"}),
        page(a(99), "Lettre d'information", m.p("Recevez l'actualité de la commune chaque mois.")
             + '<div class="formulaire_spip formulaire_newsletter_subscribe"><form method="post" action="/spip.php?article99">'
               '<input type="hidden" name="formulaire_action" value="newsletter_subscribe"><label for="session_email">Votre email</label>'
               '<input type="email" name="session_email" id="session_email"><input type="submit" class="submit" value="S\'inscrire">'
               '</form></div>', decoys={"contact_form"}),
        page(a(101), "Participation citoyenne avec la gendarmerie", m.p(
            "La commune a signé avec la gendarmerie le protocole « participation citoyenne » : des habitants référents signalent "
            "les faits inhabituels dans leur quartier.", "Ce dispositif de prévention de la délinquance est coordonné par le maire."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Vie municipale", "/spip.php?rubrique2")),
    ]
    menu = [("Accueil", "/"), ("Vie municipale", "/spip.php?rubrique2"), ("Participation", "/spip.php?rubrique5"),
            ("Contact", "/spip.php?page=contact")]
    www = Site(KT, "spip", "Kerlouan-Trévidic", pages, menu=menu,
               accounts=[social("facebook", "KerlouanTrevidic"), social("mastodon", "kerlouantrevidic@mastodon.bzh")],
               address="Mairie, 2 straed an Iliz, 29890 Kerlouan-Trévidic")
    return City("99702", "Kerlouan-Trévidic", 4_210, "29", "53", "Bretagne", f"http://{KT}/", [www])


# =====================================================================================================
# 99703 Montferrand-Lagrive (Puy-de-Dôme): Drupal 10 and Decidim (budget, proposals, survey, debates, initiatives)
# =====================================================================================================
ML = "www.montferrand-lagrive.fr"
ML_DEC = "participez.montferrand-lagrive.fr"


def montferrand_lagrive() -> City:
    D = f"http://{ML_DEC}"
    news_items = [("/actualites/nouvelle-halle-gourmande", "18 mars 2025", "La halle gourmande ouvre en juin",
                   "Douze commerçants s'installent dans l'ancienne gare de marchandises."),
                  ("/actualites/rencontres-logiciels-libres", "6 mars 2025", "La ville aux Rencontres du numérique public",
                   "Retour d'expérience présenté à Lyon."),
                  ("/ma-ville/urbanisme/enquete-publique-plu", "1er mars 2025", "Modification du PLU : enquête publique",
                   "Le commissaire enquêteur tient cinq permanences.")]
    pages = [
        page("/", "Accueil", _home(
            "Montferrand-Lagrive, ville de 58 000 habitants au pied des Combrailles.",
            [("/ma-ville/democratie-participative", "Démocratie participative"), (D + "/", "Plateforme de participation"),
             ("/contact", "Contact"), ("/emploi/offres", "Offres d'emploi"), ("/newsletter", "Newsletter"),
             ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/ma-ville/securite/participation-citoyenne", "Sécurité")],
            news_items, [("20", "mars", "Conseil municipal"), ("29", "mars", "Carnaval des quartiers"),
                         ("3", "avril", "Atelier « Lagrive à vous ! » à la maison de quartier des Vergnes")])),
        page("/actualites", "Actualités", m.news(news_items, "Toutes les actualités")),
        page("/ma-ville/democratie-participative", "Démocratie participative", m.p(
            "La ville s'est dotée d'une politique de participation citoyenne : conseils de quartier, budget participatif "
            "« Lagrive à vous ! », concertations et droit d'interpellation citoyenne.",
            f'Tout se passe sur la plateforme <a href="{D}/">participez.montferrand-lagrive.fr</a>, et en réunions publiques.')
             + m.links([("/ma-ville/democratie-participative/conseils-de-quartier", "Les huit conseils de quartier"),
                        ("/ma-ville/democratie-participative/charte", "La charte de la participation"),
                        (D + "/processes/lagrive-a-vous", "Le budget participatif"), (D + "/initiatives", "Les initiatives citoyennes")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-participative/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Huit conseils de quartier réunissent habitants, associations et commerçants. Ils sont consultés sur les projets "
            "d'aménagement et gèrent un fonds d'initiative de quartier de 8 000 €.")
             + m.ul(["Centre-Montferrand", "Lagrive-Gare", "Les Vergnes", "La Combaude", "Champ-Rond", "Puy-Bas", "Les Salins",
                     "Saint-Hippolyte"]), {"participation_displayed"},
             parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        page("/ma-ville/democratie-participative/charte", "La charte de la participation", m.p(
            "Votée en 2022 après six mois de co-construction, la charte engage la ville à consulter les habitants avant tout projet "
            "structurant et à publier un bilan de chaque concertation."), {"participation_displayed"},
             parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        page("/ma-ville/budget/budget-primitif-2025", "Budget primitif 2025", m.p(
            "Le budget primitif 2025 s'élève à 112 M€. L'investissement atteint 31 M€, dont 1 M€ réservé aux projets du budget "
            "participatif.", "Taux de fiscalité inchangés pour la cinquième année."), decoys={"participatory_budget"}),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.p(
            "Prochaine séance le 20 mars à 18 h : orientations budgétaires, tarifs des piscines, dénomination de voies.",
            "Les séances sont retransmises en direct.") + m.links([("/ma-ville/budget/budget-primitif-2025", "Le budget primitif 2025")]),
             decoys={"participation_displayed"}),
        page("/actualites/nouvelle-halle-gourmande", "La halle gourmande ouvre en juin", m.p(
            "L'ancienne gare de marchandises devient une halle gourmande : primeurs, fromagers, boulanger et deux restaurants.")
             + m.drupal_comments(418, [("Lucie", "19/03/2025 - 08:41", "Pensez au stationnement vélo devant l'entrée !"),
                                       ("Hervé M.", "19/03/2025 - 12:02", "Horaires le dimanche ?")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/rencontres-logiciels-libres", "La ville aux Rencontres du numérique public", m.p(
            "Invitée à Lyon, la direction du numérique a présenté le choix de logiciels libres par les collectivités : Decidim, "
            "CONSUL Democracy, Nextcloud.", "Une table ronde a réuni une dizaine de villes sur la mutualisation des développements."),
             decoys={"participatory_platform", "participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/ma-ville/urbanisme/enquete-publique-plu", "Modification du PLU : enquête publique", m.p(
            "Par arrêté du maire, une enquête publique sur la modification n° 3 du plan local d'urbanisme se tient du 1er au 31 mars.",
            "Le dossier est consultable en mairie ; le commissaire enquêteur reçoit le public lors de cinq permanences. Les "
            "observations peuvent être consignées sur le registre papier ou adressées par courrier au commissaire enquêteur."),
             decoys={"poll"}),
        page("/contact", "Contact", m.p("Hôtel de ville, 10 place de la Halle. Accueil du lundi au vendredi, 8 h 30 - 17 h 30.")
             + m.webform("contact", "/contact", [F("text", "name", "Votre nom", True), F("email", "email", "Votre adresse de courriel", True),
                                                 F("text", "subject", "Sujet", True), F("textarea", "message", "Message", True)],
                         "Envoyer le message"), {"contact_form"}),
        page("/ma-ville/securite/participation-citoyenne", "Participation citoyenne et tranquillité publique", m.p(
            "Le dispositif « participation citoyenne », piloté par la police nationale et la police municipale, s'appuie sur des "
            "habitants référents dans chaque quartier pour signaler les comportements suspects."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/emploi/offres", "Offres d'emploi", m.ul([
            "Appel à candidatures — Chargé(e) de participation citoyenne (catégorie A) — date limite : 15 avril",
            "Agent de médiathèque (catégorie C) — date limite : 30 mars",
            "Éducateur sportif des activités physiques (catégorie B)"]), decoys={"suggestion_call"}),
        page("/newsletter", "Newsletter", m.p("Inscrivez-vous à la lettre hebdomadaire de la ville.")
             + '<form class="simplenews-subscriptions-block" action="/newsletter" method="post"><label for="edit-mail">Courriel</label>'
               '<input type="email" id="edit-mail" name="mail[0][value]"><input type="submit" name="op" value="S\'abonner" '
               'class="button form-submit"><input type="hidden" name="form_id" value="simplenews_subscriptions_block"></form>',
             decoys={"contact_form"}),
    ]
    menu = [("Accueil", "/"), ("Actualités", "/actualites"), ("Démocratie participative", "/ma-ville/democratie-participative"),
            ("Conseil municipal", "/ma-ville/conseil-municipal"), ("Contact", "/contact")]
    www = Site(ML, "drupal", "Ville de Montferrand-Lagrive", pages, menu=menu,
               accounts=[social("facebook", "VilledeMontferrandLagrive"), social("x", "MontferrandLgv", "https://twitter.com/MontferrandLgv"),
                         social("instagram", "montferrandlagrive"), social("youtube", "MontferrandLagrive"),
                         social("linkedin", "ville-de-montferrand-lagrive")],
               address="Hôtel de ville, 10 place de la Halle, 63370 Montferrand-Lagrive")

    bp = "/processes/lagrive-a-vous"
    dec_pages = [
        page("/", "Participez", m.p("La plateforme de participation citoyenne de Montferrand-Lagrive.") + m.decidim_cards([
            (bp, "Lagrive à vous ! Budget participatif 2025", "1 M€ pour vos projets de quartier.", "Phase : vote"),
            ("/processes/plan-velo", "Plan vélo 2025-2030", "Concertation sur les itinéraires cyclables.", "Phase : questionnaire"),
            ("/initiatives", "Initiatives citoyennes", "Interpellez le conseil municipal.", "2 initiatives ouvertes")])
             + m.links([("/processes", "Tous les processus")])),
        page("/processes", "Processus participatifs", m.decidim_cards([
            (bp, "Lagrive à vous ! Budget participatif 2025", "Proposez puis votez.", "Vote jusqu'au 30 avril"),
            ("/processes/plan-velo", "Plan vélo 2025-2030", "Donnez votre avis.", "Questionnaire jusqu'au 15 avril")])),
        page(bp, "Lagrive à vous ! Budget participatif 2025", m.p(
            "Avec « Lagrive à vous ! », la ville consacre 1 M€ de son budget d'investissement à des projets proposés et votés par "
            "les habitants de plus de 11 ans.", "Calendrier : dépôt des idées en janvier, analyse technique en février-mars, vote en avril.")
             + m.links([(bp + "/f/11/proposals", "Les idées déposées"), (bp + "/f/12/projects", "Voter pour les projets")]),
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page(bp + "/f/11/proposals", "Idées déposées", m.p("Phase de dépôt : déposez vos idées pour votre quartier (clôturée le 31 janvier "
                                                           "pour cette édition, réouverte en janvier prochain).")
             + m.decidim_cards([(bp + "/f/11/proposals/215", "Un verger partagé aux Vergnes", "Planter trente fruitiers.", "42 soutiens")])
             + m.links([(bp + "/f/11/proposals/new", "Déposer une idée")]),
             {"participatory_budget", "suggestion_call"}, parent=("Lagrive à vous !", bp)),
        page(bp + "/f/11/proposals/new", "Déposer une idée", m.p("Votre idée doit relever des compétences de la ville et coûter moins de "
                                                                 "150 000 €.")
             + '<form class="new_proposal" id="new_proposal" action="/processes/lagrive-a-vous/f/11/proposals" method="post">'
               + F("text", "proposal[title]", "Titre", True) + F("textarea", "proposal[body]", "Décrivez votre idée", True)
               + F("select", "proposal[scope_id]", "Quartier", options=["Centre-Montferrand", "Les Vergnes", "La Combaude"])
               + '<button type="submit" class="button button__lg button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}, parent=("Idées déposées", bp + "/f/11/proposals")),
        # one resident's idea with its supports: not a petition, not a call for ideas
        page(bp + "/f/11/proposals/215", "Un verger partagé aux Vergnes", m.p(
            "Planter une trentaine d'arbres fruitiers sur la pelouse derrière la maison de quartier, entretenus par une association.")
             + '<div class="proposal__aside-vote"><span class="progress-bar__number">42</span> soutiens</div>'
             + m.decidim_comments("proposal-215", [("Marion", "02/02/2025", "Très bonne idée, les écoles pourraient participer."),
                                                   ("Karim", "03/02/2025", "Attention à l'arrosage l'été.")]),
             {"participatory_budget", "comments"}, decoys={"petition"}, parent=("Idées déposées", bp + "/f/11/proposals")),
        page(bp + "/f/12/projects", "Voter pour les projets", m.p("Vous disposez d'un budget de 1 000 000 € : sélectionnez les projets "
                                                                  "que vous soutenez puis validez votre vote.")
             + '<div class="budget-summary"><div class="budget-summary__progressbar">0 € / 1 000 000 €</div></div>'
             + m.decidim_cards([(bp + "/f/12/projects/87", "Îlot de fraîcheur place du Marché", "Arbres et brumisateurs.", "180 000 €")])
             + '<button class="button button__sm button__secondary budget-list__action">Ajouter au vote</button>',
             {"participatory_budget"}, parent=("Lagrive à vous !", bp)),
        page(bp + "/f/12/projects/87", "Îlot de fraîcheur place du Marché", m.p("Budget : 180 000 €. Quartier : Centre-Montferrand.")
             + m.decidim_comments("project-87", [("Élodie", "10/04/2025", "J'ai voté pour, la place est une fournaise en juillet.")]),
             {"participatory_budget", "comments"}, parent=("Voter pour les projets", bp + "/f/12/projects")),
        page("/processes/plan-velo", "Plan vélo 2025-2030", m.p(
            "La ville élabore son plan vélo avec les habitants : questionnaire en ligne, débats et balades urbaines.")
             + m.links([("/processes/plan-velo/f/21/surveys", "Répondre au questionnaire"),
                        ("/processes/plan-velo/f/22/debates", "Les débats")]),
             {"participation_displayed"}, parent=("Processus", "/processes")),
        page("/processes/plan-velo/f/21/surveys", "Questionnaire plan vélo", m.p("Répondez avant le 15 avril.")
             + '<form class="answer-questionnaire" action="/processes/plan-velo/f/21/surveys/answer" method="post">'
               + F("radio", "questionnaire[responses][0][choices][]", "À quelle fréquence utilisez-vous un vélo ?",
                   options=["Tous les jours", "Chaque semaine", "Rarement", "Jamais"])
               + F("checkbox", "questionnaire[responses][1][choices][]", "Qu'est-ce qui vous freine ?",
                   options=["Sécurité", "Stationnement", "Relief", "Distance"])
               + F("textarea", "questionnaire[responses][2][body]", "Un itinéraire à aménager en priorité ?")
               + '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form>',
             {"poll"}, parent=("Plan vélo", "/processes/plan-velo")),
        # residents open debates and reply to each other: a board within the platform
        page("/processes/plan-velo/f/22/debates", "Débats", m.decidim_cards([
            ("/processes/plan-velo/f/22/debates/4", "Faut-il une rue cyclable avenue de la Gare ?", "Ouvert par Sébastien", "17 commentaires")])
             + '<a href="/users/sign_in" class="button button__sm button__secondary">Nouveau débat</a>',
             {"forum"}, parent=("Plan vélo", "/processes/plan-velo")),
        page("/processes/plan-velo/f/22/debates/4", "Faut-il une rue cyclable avenue de la Gare ?", m.p(
            "L'avenue de la Gare est large mais très fréquentée. Une rue cyclable limiterait le trafic de transit.")
             + m.decidim_comments("debate-4", [("Nadia", "05/03/2025", "Oui, à condition de garder l'accès livraisons."),
                                               ("Thierry", "06/03/2025", "Les bus passent par là, c'est compliqué.")]),
             {"forum", "comments"}, parent=("Débats", "/processes/plan-velo/f/22/debates")),
        page("/initiatives", "Initiatives citoyennes", m.p(
            "Le droit d'interpellation permet aux habitants de plus de 16 ans de lancer une initiative. Avec 1 500 signatures en "
            "six mois, elle est inscrite à l'ordre du jour du conseil municipal.")
             + m.decidim_cards([("/initiatives/i-7", "Rouvrir les bains-douches de la rue Blatin", "Collecte de signatures", "612 / 1 500")])
             + '<a href="/create_initiative/select_initiative_type" class="button">Lancer une initiative</a>',
             {"petition"}),
        page("/initiatives/i-7", "Rouvrir les bains-douches de la rue Blatin", m.p(
            "Les bains-douches municipaux sont fermés depuis 2020. Nous demandons leur réouverture avec des horaires adaptés.")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">612</span>'
               '<span class="progress-bar__total">/1 500 signatures</span></div><form action="/initiatives/i-7/initiative_signatures" '
               'method="post"><button type="submit" class="button button__xl button__secondary">Signer</button></form></div>'
             + m.decidim_comments("initiative-7", [("Jeanne", "14/02/2025", "Signé. Un service vital pour certains voisins.")]),
             {"petition", "comments"}, parent=("Initiatives citoyennes", "/initiatives")),
        page("/create_initiative/select_initiative_type", "Lancer une initiative", m.p(
            "Choisissez le type d'initiative : interpellation du conseil municipal ou demande de consultation locale.")
             + '<form action="/create_initiative/select_initiative_type" method="post">'
               + F("radio", "type_id", "Type", options=["Interpellation", "Consultation locale"])
               + F("text", "initiative[title]", "Titre", True) + F("textarea", "initiative[description]", "Description", True)
               + '<button type="submit" class="button">Continuer</button></form>', {"petition"},
             parent=("Initiatives citoyennes", "/initiatives")),
    ]
    dec = Site(ML_DEC, "decidim", "Participez ! Montferrand-Lagrive", dec_pages,
               menu=[("Accueil", "/"), ("Processus", "/processes"), ("Initiatives", "/initiatives")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99703", "Montferrand-Lagrive", 58_300, "63", "84", "Auvergne-Rhône-Alpes", f"http://{ML}/", [www, dec])


# =====================================================================================================
# 99704 Beaucourt-Vernelle (Somme): Joomla 4, Kunena, JComments, AcePolls, RSForm, Google Forms
# =====================================================================================================
BV = "www.beaucourt-vernelle.fr"


def beaucourt_vernelle() -> City:
    j = "/index.php"
    news_items = [(j + "/actualites/142-travaux-rue-de-l-eglise", "14/03/2025", "Travaux rue de l'Église", "Début du chantier le 24 mars."),
                  (j + "/actualites/145-repas-des-aines", "2/03/2025", "Repas des aînés", "Cent vingt convives à la salle des fêtes."),
                  (j + "/actualites/147-fibre", "20/02/2025", "Fibre optique", "Point d'étape du déploiement."),
                  (j + "/vie-locale/forum-des-associations", "10/02/2025", "Forum des associations", "Rendez-vous en septembre.")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Beaucourt-Vernelle, village de la vallée de l'Avre.",
            [(j + "/la-mairie/conseil-municipal", "Conseil municipal"), (j + "/forum", "Forum du village"),
             (j + "/la-mairie/sondage-horaires", "Votre avis"), (j + "/vie-locale/boite-a-idees", "Boîte à idées"),
             (j + "/contact", "Contact"), (j + "/la-mairie/budget", "Budget"), (j + "/vie-locale/maisons-fleuries", "Maisons fleuries")],
            news_items, [("22", "mars", "Chasse aux œufs"), ("5", "avril", "Conseil municipal"), ("1er", "mai", "Brocante")])),
        page(j + "/actualites", "Actualités", m.news(news_items)),
        page(j + "/actualites/142-travaux-rue-de-l-eglise", "Travaux rue de l'Église", m.p(
            "Le réseau d'eau potable de la rue de l'Église sera remplacé du 24 mars au 30 mai. Circulation alternée.")
             + m.jcomments(142, [("Josiane", "15.03.2025 10:12", "Les poubelles seront-elles ramassées normalement ?"),
                                 ("La mairie", "15.03.2025 16:30", "Oui, les agents les déplaceront en bout de rue.")]),
             {"comments"}, parent=("Actualités", j + "/actualites")),
        page(j + "/actualites/145-repas-des-aines", "Repas des aînés", m.p(
            "Le repas des aînés a réuni 120 convives. Merci au comité des fêtes et aux élèves qui ont décoré la salle.")
             + m.jcomments(145, [("Marcel D.", "03.03.2025 09:00", "Bravo pour l'organisation, et merci aux enfants !")]),
             {"comments"}, parent=("Actualités", j + "/actualites")),
        page(j + "/actualites/147-fibre", "Fibre optique : point d'étape", m.p(
            "Le déploiement de la fibre est achevé à 80 %. Vos commentaires et questions sur le raccordement sont à adresser à "
            "l'opérateur Somme Numérique ; la mairie n'en assure pas le suivi."), decoys={"comments"},
             parent=("Actualités", j + "/actualites")),
        page(j + "/forum", "Forum du village", m.p("Le forum est ouvert à tous les habitants inscrits. Merci de respecter "
                                                   '<a href="/index.php/forum/reglement">le règlement</a>.')
             + m.kunena_categories([(j + "/forum/vie-du-village", "Vie du village", "Travaux, voisinage, propreté", 18, 96),
                                    (j + "/forum/petites-annonces", "Entraide et petites annonces", "Prêts, dons, covoiturage", 11, 40)]),
             {"forum"}),
        page(j + "/forum/vie-du-village", "Vie du village", m.kunena_topics([
            (j + "/forum/vie-du-village/31-eclairage-du-lotissement", "Éclairage du lotissement des Prés", "Didier", "12 Mars 2025", 7)],
            j + "/forum/vie-du-village/create"), {"forum"}, parent=("Forum", j + "/forum")),
        page(j + "/forum/petites-annonces", "Entraide et petites annonces", m.kunena_topics([
            (j + "/forum/petites-annonces/36-covoiturage-amiens", "Covoiturage vers Amiens le matin", "Océane", "2 Mars 2025", 3)],
            j + "/forum/vie-du-village/create"), {"forum"}, parent=("Forum", j + "/forum")),
        page(j + "/forum/vie-du-village/31-eclairage-du-lotissement", "Éclairage du lotissement des Prés", m.kunena_topic(31, [
            ("Didier", "12 Mars 2025 18:44", "Trois lampadaires sont en panne depuis janvier rue des Prés."),
            ("Administrateur", "13 Mars 2025 09:10", "Signalé au syndicat d'énergie, intervention prévue semaine 12.")]),
             {"forum"}, parent=("Vie du village", j + "/forum/vie-du-village")),
        page(j + "/forum/petites-annonces/36-covoiturage-amiens", "Covoiturage vers Amiens le matin", m.kunena_topic(36, [
            ("Océane", "2 Mars 2025 07:15", "Je pars à 7 h 30 vers Amiens, deux places libres.")]),
             {"forum"}, parent=("Entraide et petites annonces", j + "/forum/petites-annonces")),
        page(j + "/forum/vie-du-village/create", "Nouveau sujet", '<div id="kunena" class="layout"><form action="/index.php?option='
             'com_kunena&amp;view=topic&amp;layout=edit" method="post" class="form-validate" id="postform"><label for="subject">Sujet'
             '</label><input type="text" id="subject" name="subject" maxlength="50"><label for="kbbcode-message">Message</label>'
             '<textarea id="kbbcode-message" name="message" rows="12"></textarea><input type="submit" class="btn btn-success" '
             'value="Envoyer"></form></div>', {"forum"}, parent=("Vie du village", j + "/forum/vie-du-village")),
        page(j + "/forum/reglement", "Règlement du forum", m.p(
            "Les messages injurieux, publicitaires ou hors sujet sont supprimés.", "Le forum est modéré par le secrétariat de mairie."),
             decoys={"forum"}, parent=("Forum", j + "/forum")),
        page(j + "/contact", "Contact", m.p("Secrétariat de mairie : lundi, mardi, jeudi de 9 h à 12 h et vendredi de 14 h à 18 h.")
             + m.joomla_contact(j + "/contact"), {"contact_form"}),
        page(j + "/la-mairie/sondage-horaires", "Horaires de la mairie : votre avis", m.aside(m.p(
            "La municipalité envisage d'ouvrir le secrétariat le samedi matin une semaine sur deux. Donnez votre avis dans le module "
            "ci-contre."), m.joomla_poll(4, "Préférez-vous une ouverture le samedi matin ou le mercredi soir ?",
                                         ["Samedi matin", "Mercredi soir jusqu'à 19 h", "Les horaires actuels me conviennent"])),
             {"poll"}),
        page(j + "/la-mairie/resultats-consultation-ecole", "Rythmes scolaires : résultat de la consultation", m.p(
            "La consultation des familles sur la semaine de quatre jours est close.")
             + '<table class="table"><tr><th>Réponse</th><th>Voix</th></tr><tr><td>Quatre jours</td><td>61</td></tr><tr><td>'
               'Quatre jours et demi</td><td>23</td></tr></table>', decoys={"poll"}),
        page(j + "/la-mairie/questionnaire-salle-des-fetes", "Questionnaire : rénovation de la salle des fêtes", m.p(
            "Aidez-nous à définir les travaux de la salle des fêtes. Le questionnaire prend cinq minutes.")
             + m.iframe("https://docs.google.com/forms/d/e/1FAIpQLSf3kR8bVwq2Yh7Lm0ZtXc4NpQ9sD1eU6aJ2oG5rT8yHnKwB/viewform?embedded=true",
                        "Questionnaire salle des fêtes", 1200), {"poll"}),
        page(j + "/vie-locale/boite-a-idees", "Boîte à idées", m.p(
            "Une suggestion pour le village ? Les élus examinent les idées reçues lors de chaque réunion de commission.")
             + m.rsform(3, [F("text", "form[Nom]", "Nom"), F("email", "form[Email]", "E-mail", True),
                            F("textarea", "form[Idee]", "Votre suggestion", True)], "Envoyer ma suggestion"),
             {"suggestion_call", "contact_form"}),
        page(j + "/vie-locale/maisons-fleuries", "Concours des maisons fleuries", m.p(
            "Inscrivez-vous au concours des maisons fleuries avant le 15 juin. Le jury passera début juillet.")
             + m.rsform(5, [F("text", "form[Nom]", "Nom", True), F("text", "form[Adresse]", "Adresse", True),
                            F("select", "form[Categorie]", "Catégorie", options=["Maison avec jardin", "Balcon", "Façade"])], "S'inscrire"),
             decoys={"suggestion_call", "contact_form"}),
        page(j + "/la-mairie/budget", "Budget communal", m.p("Budget primitif 2025 : 1,1 M€ en fonctionnement. Compte administratif "
                                                             "2024 approuvé le 4 mars."), decoys={"participatory_budget"}),
        page(j + "/la-mairie/commissions", "Comité consultatif des habitants", m.p(
            "Le comité consultatif des habitants, créé en 2020, réunit des volontaires autour des élus pour préparer les projets "
            "du village : sécurité routière, aire de jeux, fleurissement.", "Il se réunit en mairie chaque trimestre ; tous les "
            "habitants peuvent y siéger."), {"participation_displayed"}),
        page(j + "/vie-locale/forum-des-associations", "Forum des associations", m.p(
            "Le forum des associations aura lieu le 6 septembre à la salle des fêtes."), decoys={"forum"}),
        page(j + "/la-mairie/conseil-municipal", "Conseil municipal", m.p(
            "Ordre du jour du 5 avril : vote du budget, travaux de voirie, adhésion au syndicat des eaux.")
             + m.links([(j + "/la-mairie/commissions", "Le comité consultatif des habitants"), (j + "/la-mairie/budget", "Le budget"),
                        (j + "/la-mairie/resultats-consultation-ecole", "Résultat de la consultation scolaire"),
                        (j + "/la-mairie/questionnaire-salle-des-fetes", "Questionnaire salle des fêtes")]),
             decoys={"participation_displayed"}),
        page(j + "/vie-locale/ligne-ter", "Ligne TER Amiens–Montdidier", m.p(
            "Une pétition régionale circule pour le maintien des arrêts : "
            '<a href="https://www.mesopinions.com/petition/politique/maintien-arrets-ter-vallee-avre/241877">mesopinions.com</a>.',
            "La commune n'en est pas l'organisatrice."), decoys={"petition"}),
        page(j + "/component/users/login", "Connexion", '<div class="com-users-login login"><form action="/index.php/component/users/'
             'login?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well">'
             '<label for="username">Identifiant</label><input type="text" name="username" id="username"><label for="password">'
             'Mot de passe</label><input type="password" name="password" id="password"><button type="submit" class="btn btn-primary">'
             'Connexion</button></form></div>', decoys={"contact_form"}),
    ]
    menu = [("Accueil", "/"), ("Actualités", j + "/actualites"), ("Forum", j + "/forum"), ("Vie locale", j + "/vie-locale/ligne-ter"),
            ("Contact", j + "/contact"), ("Connexion", j + "/component/users/login")]
    www = Site(BV, "joomla", "Beaucourt-Vernelle", pages, menu=menu, accounts=[social("facebook", "beaucourtvernelle80")],
               address="Mairie, 3 place du Calvaire, 80110 Beaucourt-Vernelle")
    return City("99704", "Beaucourt-Vernelle", 2_310, "80", "32", "Hauts-de-France", f"http://{BV}/", [www])


# =====================================================================================================
# 99705 Rosenwiller-Altmatt (Bas-Rhin): TYPO3 with powermail, a city petition space, Go Vocal, neighbours' network
# =====================================================================================================
RA = "www.rosenwiller-altmatt.fr"
RA_NET = "voisins.rosenwiller-altmatt.fr"
RA_GV = "rosenwiller-altmatt.govocal.com"


def rosenwiller_altmatt() -> City:
    G = f"http://{RA_GV}"
    pet = "/mairie/democratie-locale/petitions"
    news_items = [(pet + "/piste-cyclable-route-de-brumath", "11.03.2025", "Pétition : piste cyclable route de Brumath",
                   "412 signatures à mi-parcours."),
                  ("/vivre/enquete-periscolaire", "4.03.2025", "Enquête périscolaire", "Parents, répondez avant le 4 avril."),
                  ("/economie/forum-emploi", "25.02.2025", "Forum emploi-formation", "Le 27 mars à la Maison des associations.")]
    pages = [
        page("/", "Accueil", _home(
            "Willkomme ! Rosenwiller-Altmatt, ville de 23 000 habitants aux portes des Vosges du Nord.",
            [("/mairie/democratie-locale", "Démocratie locale"), (G + "/fr-FR/", "Altmatt participe"), ("/vivre/voisins", "Voisins d'Altmatt"),
             ("/contact", "Contact"), ("/mairie/finances", "Finances"), ("/economie/marches-publics", "Marchés publics"),
             ("/vivre/lettre-info", "Lettre d'info"), ("/securite/participation-citoyenne", "Sécurité")],
            news_items, [("17", "mars", "Conseil municipal"), ("27", "mars", "Forum emploi-formation"), ("12", "avril", "Osterputz")])),
        page("/actualites", "Actualités", m.news(news_items) + m.links([("/vivre/enquete-insee", "Enquête de l'Insee")])),
        page("/mairie/democratie-locale", "Démocratie locale", m.p(
            "Conseil citoyen, conseils de quartier, budget participatif et droit de pétition : la ville donne la parole à ses habitants.",
            f'Les concertations en ligne et le budget participatif se déroulent sur <a href="{G}/fr-FR/">Altmatt participe</a>.')
             + m.links([(pet, "Le droit de pétition"), ("/mairie/democratie-locale/conseil-citoyen", "Le conseil citoyen"),
                        ("/mairie/conseil-municipal", "Le conseil municipal")]), {"participation_displayed"}),
        page("/mairie/democratie-locale/conseil-citoyen", "Le conseil citoyen", m.p(
            "Le conseil citoyen de 40 membres (20 tirés au sort, 20 volontaires) rend des avis sur les grands projets et peut "
            "s'autosaisir. Ses avis sont publiés et présentés au conseil municipal."), {"participation_displayed"},
             parent=("Démocratie locale", "/mairie/democratie-locale")),
        page(pet, "Le droit de pétition", m.p(
            "Les habitants de 16 ans et plus peuvent lancer une pétition. À 300 signatures, les élus reçoivent les pétitionnaires ; "
            "à 1 000 signatures, la question est inscrite à l'ordre du jour du conseil municipal.")
             + m.h2("Pétitions en cours") + m.links([(pet + "/piste-cyclable-route-de-brumath", "Une piste cyclable route de Brumath — 612 signatures")])
             + m.links([(pet + "/deposer", "Déposer une pétition")]), {"petition"},
             parent=("Démocratie locale", "/mairie/democratie-locale")),
        page(pet + "/piste-cyclable-route-de-brumath", "Une piste cyclable route de Brumath", m.p(
            "Nous demandons l'aménagement d'une piste cyclable sécurisée entre le collège et la zone d'activités.",
            "612 signatures sur 1 000 — clôture le 30 juin.") + m.powermail(12, pet + "/piste-cyclable-route-de-brumath", [
                F("text", "tx_powermail_pi1[field][nom]", "Nom", True), F("text", "tx_powermail_pi1[field][prenom]", "Prénom", True),
                F("email", "tx_powermail_pi1[field][email]", "Courriel", True),
                F("checkbox", "tx_powermail_pi1[field][habitant]", "Attestation", True, ["J'habite Rosenwiller-Altmatt et j'ai 16 ans ou plus"])],
                "Je signe"), {"petition"}, parent=("Le droit de pétition", pet)),
        page(pet + "/deposer", "Déposer une pétition", m.powermail(13, pet + "/deposer", [
            F("text", "tx_powermail_pi1[field][titre]", "Titre de la pétition", True),
            F("textarea", "tx_powermail_pi1[field][texte]", "Texte et demande adressée à la ville", True),
            F("text", "tx_powermail_pi1[field][porteur]", "Porteur de la pétition", True),
            F("email", "tx_powermail_pi1[field][email]", "Courriel", True)], "Soumettre"), {"petition"},
             parent=("Le droit de pétition", pet)),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.p(
            "Séance du 17 mars : débat d'orientation budgétaire, rapport sur l'égalité femmes-hommes, subventions.")
             + m.links([("/mairie/finances", "Finances")]), decoys={"participation_displayed"}),
        page("/mairie/finances", "Finances communales", m.p("Budget primitif 2025 : 38 M€. Dette par habitant : 612 €."),
             decoys={"participatory_budget"}),
        page("/contact", "Contact", m.p("Centre administratif, 1 Rathausplatz. Du lundi au vendredi de 8 h à 12 h et de 13 h 30 à 17 h 30.")
             + m.powermail(2, "/contact", [F("select", "tx_powermail_pi1[field][civilite]", "Civilité", options=["Madame", "Monsieur"]),
                                           F("text", "tx_powermail_pi1[field][nom]", "Nom", True),
                                           F("email", "tx_powermail_pi1[field][email]", "Courriel", True),
                                           F("textarea", "tx_powermail_pi1[field][message]", "Votre message", True), m.rgpd()]),
             {"contact_form"}),
        page("/vivre/enquete-periscolaire", "Enquête périscolaire 2025", m.p(
            "Parents, votre avis compte pour organiser l'accueil du mercredi. Questionnaire anonyme.")
             + m.powermail(21, "/vivre/enquete-periscolaire", [
                 F("radio", "tx_powermail_pi1[field][frequence]", "Utilisez-vous l'accueil du mercredi ?", options=["Chaque semaine", "Parfois", "Jamais"]),
                 F("radio", "tx_powermail_pi1[field][horaire]", "Horaire de fin souhaité", options=["17 h 30", "18 h", "18 h 30"]),
                 F("textarea", "tx_powermail_pi1[field][remarques]", "Remarques")], "Envoyer mes réponses"), {"poll"}),
        page("/vivre/enquete-insee", "Enquête de l'Insee auprès des ménages", m.p(
            "L'Insee réalise jusqu'au 30 avril une enquête sur l'emploi. Quelques ménages de la commune seront sollicités par un "
            "enquêteur muni d'une carte officielle."), decoys={"poll"}),
        page("/vivre/voisins", "Voisins d'Altmatt, le réseau d'entraide", m.p(
            "Avec « Voisins d'Altmatt », la ville propose un réseau social de quartier gratuit : entraide, prêts d'objets, "
            f'informations de la mairie. <a href="http://{RA_NET}/">Je rejoins mes voisins</a>.'),
             {"territorial_social_network"}),  # the city's page presenting its neighbours' network, with the way in
        page("/securite/participation-citoyenne", "Dispositif participation citoyenne", m.p(
            "Protocole signé avec la gendarmerie : des citoyens référents relaient l'information de sécurité dans leur quartier."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/economie/forum-emploi", "Forum emploi-formation", m.p("Le 27 mars, 45 entreprises et centres de formation à la Maison "
                                                                     "des associations."), decoys={"forum"}),
        page("/economie/marches-publics", "Marchés publics", m.p(
            "Appel d'offres ouvert : maîtrise d'œuvre pour la rénovation de la piscine Rosenbad. Remise des offres le 14 avril."),
             decoys={"suggestion_call"}),
        page("/vivre/lettre-info", "Lettre d'information", m.powermail(30, "/vivre/lettre-info", [
            F("email", "tx_powermail_pi1[field][email]", "Votre courriel", True)], "S'abonner"), decoys={"contact_form"}),
    ]
    menu = [("Accueil", "/"), ("Actualités", "/actualites"), ("Démocratie locale", "/mairie/democratie-locale"),
            ("Vivre", "/vivre/voisins"), ("Contact", "/contact")]
    www = Site(RA, "typo3", "Ville de Rosenwiller-Altmatt", pages, menu=menu,
               accounts=[social("facebook", "RosenwillerAltmatt"), social("instagram", "rosenwiller.altmatt"),
                         social("linkedin", "ville-rosenwiller-altmatt")],
               address="Centre administratif, 1 Rathausplatz, 67170 Rosenwiller-Altmatt")
    net = Site(RA_NET, "community", "Voisins d'Altmatt", [
        page("/", "Fil d'actualité", m.community_feed([
            ("Isabelle", "Centre", "il y a 1 h", "Perdu un trousseau de clés près de la boulangerie Koenig.", 2),
            ("Mairie", "Tous", "hier", "Coupure d'eau rue des Tilleuls jeudi de 9 h à 12 h.", 4),
            ("Thomas", "Altmatt-Nord", "lundi", "Je prête ma tondeuse, à récupérer rue du Moulin.", 1)])
             + m.links([("/quartiers/centre", "Quartier Centre"), ("/entraide", "Entraide")]), {"territorial_social_network"}),
        page("/quartiers/centre", "Quartier Centre", m.p("382 voisins inscrits.") + m.community_feed([
            ("Marie-Claude", "Centre", "mardi", "Qui est partant pour un Osterputz de la rue des Roses ?", 6)]),
             {"territorial_social_network"}),
        page("/entraide", "Entraide", m.ul(["Aide aux courses pour une voisine âgée (Centre)", "Cours de français contre cours d'alsacien"]),
             {"territorial_social_network"})],
        menu=[("Fil", "/"), ("Quartiers", "/quartiers/centre"), ("Entraide", "/entraide")])
    bp = "/fr-FR/projects/budget-participatif-2025"
    gv = Site(RA_GV, "govocal", "Altmatt participe", [
        page("/", "Altmatt participe", m.p("Plateforme de participation citoyenne de Rosenwiller-Altmatt.")
             + m.links([("/fr-FR/", "Entrer (français)")])),
        page("/fr-FR/", "Altmatt participe", m.p("Bienvenue sur la plateforme de participation de Rosenwiller-Altmatt.")
             + m.links([(bp, "Budget participatif « Mon quartier, mes idées »"),
                        ("/fr-FR/projects/cour-oasis-ecole-des-tilleuls", "Cour oasis de l'école des Tilleuls")])),
        page(bp, "Mon quartier, mes idées — budget participatif 2025", m.p(
            "300 000 € pour les projets des habitants. Déposez vos idées jusqu'au 30 avril, le vote aura lieu en septembre.")
             + m.links([(bp + "/ideas", "Voir les idées et en proposer")]), {"participatory_budget"}),
        page(bp + "/ideas", "Idées", '<div class="e2e-ideas-list">' + m.links([
            ("/fr-FR/ideas/banc-ombrage-parc-du-moulin", "Des bancs ombragés au parc du Moulin — 37 votes")])
             + '<a class="e2e-idea-button" href="/fr-FR/projects/budget-participatif-2025/ideas/new">Soumettre une idée</a></div>',
             {"participatory_budget", "suggestion_call"}),
        page(bp + "/ideas/new", "Soumettre une idée", '<form id="idea-form">' + F("text", "title_multiloc", "Titre", True)
             + F("textarea", "body_multiloc", "Description", True) + F("text", "location_description", "Adresse")
             + '<button type="submit" class="e2e-submit-idea-form">Publier</button></form>', {"participatory_budget", "suggestion_call"}),
        page("/fr-FR/ideas/banc-ombrage-parc-du-moulin", "Des bancs ombragés au parc du Moulin", m.p(
            "Installer quatre bancs sous les tilleuls du parc du Moulin pour les personnes âgées.")
            + '<div class="e2e-comments"><div class="e2e-comment">Suzanne : Oui, et une fontaine à eau !</div>'
              '<form class="e2e-comment-form"><textarea name="comment" aria-label="Écrire un commentaire"></textarea>'
              '<button type="submit">Publier</button></form></div>', {"participatory_budget", "comments"}),
        page("/fr-FR/projects/cour-oasis-ecole-des-tilleuls", "Cour oasis de l'école des Tilleuls", m.p(
            "La cour de l'école sera désimperméabilisée en 2026. Élèves, parents et voisins sont consultés sur son aménagement.")
             + m.links([("/fr-FR/projects/cour-oasis-ecole-des-tilleuls/survey", "Répondre à l'enquête")]), {"participation_displayed"}),
        page("/fr-FR/projects/cour-oasis-ecole-des-tilleuls/survey", "Enquête : la cour oasis", '<form class="e2e-survey">'
             + F("radio", "q1", "Que souhaitez-vous en priorité ?", options=["Des arbres", "Un potager", "Un espace calme", "Des jeux"])
             + F("textarea", "q2", "Une autre idée ?") + '<button type="submit">Envoyer</button></form>', {"poll"}),
    ], menu=[("Accueil", "/fr-FR/"), ("Budget participatif", bp)],
        features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return City("99705", "Rosenwiller-Altmatt", 23_150, "67", "44", "Grand Est", f"http://{RA}/", [www, net, gv])


# =====================================================================================================
# 99706 Bellemène-les-Orangers (La Réunion): vendor CMS, Publik e-services, Cap Collectif on the vendor's host
# =====================================================================================================
BO = "www.bellemene-les-orangers.re"
BO_PUB = "demarches.bellemene-les-orangers.re"
BO_CAP = "bellemene-les-orangers.cap-collectif.com"


def bellemene_les_orangers() -> City:
    P, C = f"http://{BO_PUB}", f"http://{BO_CAP}"
    prj = "/project/nout-kartie-nout-projet-2025"
    news_items = [("/actualites/kabar-des-jeunes", "10 mars 2025", "Kabar des jeunes", "Les jeunes ont présenté leurs projets."),
                  ("/actualites/fete-du-letchi", "1er mars 2025", "Fête du letchi", "Programme de l'édition 2025."),
                  ("/ma-ville/questionnaire-transport", "20 février 2025", "Transport scolaire : votre avis", "Questionnaire en ligne.")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Bellemène-les-Orangers, ville des Hauts de l'Est réunionnais.",
            [(P + "/", "Mes démarches"), ("/ma-ville/democratie-de-proximite", "Démocratie de proximité"),
             ("/ma-ville/budget-participatif-nout-kartie", "Nout Kartié, Nout Projet"), ("/contact", "Contact"),
             ("/emploi/appel-a-candidatures", "Emploi"), ("/culture/concours-de-sega", "Concours de séga"), ("/ma-ville/social", "Réseaux sociaux")],
            news_items, [("15", "mars", "Conseil municipal"), ("22", "mars", "Marché forain de la Plaine"),
                         ("5", "avril", "Atelier Nout Kartié à la case de Bras-Canot")])),
        page("/actualites", "Actualités", m.news(news_items)),
        page("/ma-ville/democratie-de-proximite", "Démocratie de proximité", m.p(
            "Six conseils citoyens de quartier et des comités d'habitants dans les écarts associent la population aux décisions : "
            "aménagement des chemins, cases de quartier, animation.",
            "Le budget participatif « Nout Kartié, Nout Projet » complète ces instances.")
             + m.links([("/ma-ville/democratie-de-proximite/comites-d-habitants", "Les comités d'habitants"),
                        ("/ma-ville/budget-participatif-nout-kartie", "Le budget participatif")]), {"participation_displayed"}),
        page("/ma-ville/democratie-de-proximite/comites-d-habitants", "Les comités d'habitants", m.p(
            "Dans les écarts (Bras-Canot, Ravine-Longue, Piton-Bleu), les comités d'habitants se réunissent à la case de quartier "
            "avec l'élu de secteur. Ils font remonter les besoins et suivent les chantiers."), {"participation_displayed"},
             parent=("Démocratie de proximité", "/ma-ville/democratie-de-proximite")),
        # the city's own page of its participatory budget: residents propose and vote, the page leads to it
        page("/ma-ville/budget-participatif-nout-kartie", "Nout Kartié, Nout Projet", m.p(
            "Le budget participatif de la ville : 500 000 € pour des projets proposés et choisis par les habitants de plus de 12 ans.",
            f'Déposez votre projet puis votez sur <a href="{C}{prj}/presentation/presentation">la plateforme de participation</a>.')
             + m.ul(["Dépôt des projets : jusqu'au 15 avril", "Étude de faisabilité : mai-juin", "Vote : septembre"]),
             {"participatory_budget", "participation_displayed"}),
        page("/ma-ville/finances/budget-primitif", "Budget primitif 2025", m.p("Le budget primitif 2025 atteint 58 M€, dont 14 M€ "
                                                                               "d'investissement (écoles, radiers, réseau d'eau)."),
             decoys={"participatory_budget"}),
        page("/ma-ville/conseil-municipal", "Conseil municipal", m.p(
            "Séance publique le 15 mars à 17 h : budget primitif, attribution de subventions, convention avec la Cirest.")
             + m.links([("/ma-ville/finances/budget-primitif", "Budget primitif 2025")]), decoys={"participation_displayed"}),
        page("/actualites/kabar-des-jeunes", "Kabar des jeunes", m.p(
            "Plus de 200 jeunes se sont retrouvés au gymnase pour le kabar des jeunes : concerts, débats et présentation des projets "
            "du conseil municipal des jeunes.") + m.fb_comments(f"http://{BO}/actualites/kabar-des-jeunes"),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/fete-du-letchi", "Fête du letchi 2025", m.p(
            "Du 13 au 15 décembre, la fête du letchi investit le front de mer : producteurs, maloya, feu d'artifice.",
            "Partagez vos photos et vos commentaires sur nos réseaux sociaux avec #FeteDuLetchi."),
             decoys={"comments"}, parent=("Actualités", "/actualites")),
        page("/contact", "Contact", m.p("Hôtel de ville, 12 rue des Orangers. Standard : 0262 00 00 00.",
                                        'Écrire : <a href="mailto:contact@bellemene-les-orangers.re">contact@bellemene-les-orangers.re</a> '
                                        f'ou par le <a href="{P}/contacter-la-mairie/">formulaire en ligne</a>.'),
             decoys={"contact_form"}),
        page("/emploi/appel-a-candidatures", "Appel à candidatures", m.p(
            "La ville recrute des animateurs BAFA pour les vacances de juillet-août. Candidatures avant le 30 avril.",
            "Appel à projets associatifs « Politique de la ville » : dossiers de subvention avant le 31 mars."),
             decoys={"suggestion_call"}),
        page("/culture/concours-de-sega", "Concours de séga", m.p(
            "Chanteurs et groupes amateurs : inscrivez-vous au concours de séga de la fête communale. Le jury départagera les "
            "finalistes le 14 juillet."), decoys={"suggestion_call", "poll"}),
        page("/ma-ville/questionnaire-transport", "Transport scolaire : votre avis", m.p(
            "La ville réorganise les circuits de transport scolaire vers les écarts. Parents et élèves, répondez au questionnaire.")
             + m.iframe("https://forms.office.com/Pages/ResponsePage.aspx?id=Xy7a3Qe1kUqL0bVn2mRt8AbC9dEfGhIjKlMnOpQrStU&amp;embed=true",
                        "Questionnaire transport scolaire", 1100), {"poll"}),
        page("/ma-ville/social", "La ville sur les réseaux sociaux", m.p(
            'Facebook : <a href="https://www.facebook.com/VilleBellemeneLesOrangers">@VilleBellemeneLesOrangers</a> — '
            'Instagram : <a href="https://www.instagram.com/bellemene.orangers/">@bellemene.orangers</a>.',
            'Suivez aussi nos partenaires : l\'office de tourisme intercommunal '
            '(<a href="https://www.facebook.com/OTIEstReunion">Facebook de l\'OTI</a>).'),
             {"social_account"}, decoys={"territorial_social_network"}),
    ]
    www = Site(BO, "vendor", "Ville de Bellemène-les-Orangers", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Démocratie de proximité", "/ma-ville/democratie-de-proximite"),
                     ("Conseil municipal", "/ma-ville/conseil-municipal"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleBellemeneLesOrangers"), social("instagram", "bellemene.orangers"),
                         social("youtube", "bellemeneorangers"), social("tiktok", "bellemene974")],
               address="Hôtel de ville, 12 rue des Orangers, 97470 Bellemène-les-Orangers")
    pub = Site(BO_PUB, "publik", "Mes démarches — Bellemène-les-Orangers", [
        page("/", "Mes démarches", m.p("Effectuez vos démarches en ligne, 24 h/24.") + m.links([
            ("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur la voie publique"),
            ("/reserver-une-salle/", "Réserver une salle communale"), ("/paiement-cantine/", "Payer la cantine"),
            ("/boite-a-idees/", "Boîte à idées")])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("contacter-la-mairie", [
            F("text", "f1", "Nom", True), F("email", "f2", "Courriel", True),
            F("select", "f3", "Service", options=["Accueil", "État civil", "Urbanisme", "CCAS"]), F("textarea", "f4", "Message", True)]),
             {"contact_form"}),
        # a report form with a free-text description addressed to the city: a message to the city
        page("/signaler-un-probleme/", "Signaler un problème sur la voie publique", m.wcs_form("signaler-un-probleme", [
            F("select", "f1", "Type", options=["Éclairage", "Chaussée", "Dépôt sauvage", "Radier"]), F("text", "f2", "Adresse", True),
            F("textarea", "f3", "Description", True), F("file", "f4", "Photo"), F("email", "f5", "Courriel")]),
             {"contact_form"}),
        page("/reserver-une-salle/", "Réserver une salle communale", m.wcs_form("reserver-une-salle", [
            F("select", "f1", "Salle", options=["Case de Bras-Canot", "Salle polyvalente"]), F("date", "f2", "Date", True),
            F("text", "f3", "Nombre de personnes")], "Réserver"), decoys={"contact_form"}),
        page("/paiement-cantine/", "Payer la cantine", m.wcs_form("paiement-cantine", [
            F("text", "f1", "Numéro de facture", True), F("text", "f2", "Montant", True)], "Payer"), decoys={"contact_form"}),
        page("/boite-a-idees/", "Boîte à idées", m.p("Partagez vos idées pour améliorer la ville : elles sont transmises aux élus de "
                                                      "secteur.") + m.wcs_form("boite-a-idees", [
            F("text", "f1", "Votre idée en quelques mots", True), F("textarea", "f2", "Détaillez votre idée", True),
            F("select", "f3", "Quartier", options=["Centre", "Bras-Canot", "Ravine-Longue", "Piton-Bleu"])]),
             {"suggestion_call", "contact_form"}),
    ], menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")],
        accounts=[social("facebook", "VilleBellemeneLesOrangers")],
        address="Hôtel de ville, 12 rue des Orangers, 97470 Bellemène-les-Orangers")
    cap = Site(BO_CAP, "capcollectif", "Bellemène participe", [
        page("/", "Bellemène participe", m.p("La plateforme de participation de la ville de Bellemène-les-Orangers.") + m.links([
            (prj + "/presentation/presentation", "Nout Kartié, Nout Projet 2025"),
            ("/project/plan-de-deplacements/questionnaire/votre-avis", "Plan de déplacements : votre avis")])),
        page(prj + "/presentation/presentation", "Nout Kartié, Nout Projet 2025", m.p(
            "Étape 1 : dépôt des projets. Étape 2 : analyse. Étape 3 : vote des habitants.")
             + m.links([(prj + "/collect/depot-des-projets", "Déposer ou consulter les projets"), (prj + "/selection/vote", "Voter")]),
             {"participatory_budget"}),
        page(prj + "/collect/depot-des-projets", "Dépôt des projets", m.p("Proposez un projet pour votre quartier (jusqu'au 15 avril).")
             + '<button class="btn btn-primary" id="add-proposal">Déposer une proposition</button>'
             + m.links([(prj + "/collect/depot-des-projets/proposals/ombrieres-terrain-de-boules", "Ombrières au terrain de boules")]),
             {"participatory_budget", "suggestion_call"}),
        page(prj + "/collect/depot-des-projets/proposals/ombrieres-terrain-de-boules", "Ombrières au terrain de boules", m.p(
            "Installer des ombrières au terrain de boules de Ravine-Longue. Estimation : 35 000 €.")
             + '<div class="opinion__comments"><h3>2 commentaires</h3><ul class="media-list"><li class="opinion">Régis : le soleil '
               'tape trop l\'après-midi, bonne idée.</li><li class="opinion">Ginette : et des bancs !</li></ul><form class="comment-form">'
               '<textarea name="body" aria-label="Votre commentaire"></textarea><button class="btn btn-primary">Commenter</button>'
               '</form></div>', {"participatory_budget", "comments"}),
        page(prj + "/selection/vote", "Vote", m.p("Le vote ouvrira en septembre. Chaque habitant dispose de trois votes."),
             {"participatory_budget"}),
        page("/project/plan-de-deplacements/questionnaire/votre-avis", "Plan de déplacements : votre avis", '<form class="questionnaire">'
             + F("radio", "responses[0]", "Comment vous rendez-vous au centre-ville ?", options=["Voiture", "Car jaune", "À pied", "Deux-roues"])
             + F("textarea", "responses[1]", "Vos attentes") + '<button class="btn btn-primary">Envoyer</button></form>', {"poll"}),
    ], menu=[("Accueil", "/"), ("Projets", prj + "/presentation/presentation")],
        features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    city = City("99706", "Bellemène-les-Orangers", 31_480, "974", "04", "La Réunion", f"http://{BO}/", [www, pub, cap])
    city.decoy_accounts = ("https://www.facebook.com/otiestreunion",)
    return city


# =====================================================================================================
# 99707 Palaiseuil-sur-Yvette (Essonne): accessibility-first vendor theme, CONSUL Democracy, LimeSurvey server
# =====================================================================================================
PY = "www.palaiseuil-sur-yvette.fr"
PY_CONSUL = "decidons.palaiseuil-sur-yvette.fr"
PY_LS = "enquetes.palaiseuil-sur-yvette.fr"


def _dsfr(title, *paras):
    return (f'<div class="fr-container"><div class="fr-grid-row"><div class="fr-col-12 fr-col-md-8"><p class="fr-text--lead">{title}</p>'
            + "".join(f'<p class="fr-text">{x}</p>' for x in paras) + "</div></div></div>")


def palaiseuil_sur_yvette() -> City:
    K, L = f"http://{PY_CONSUL}", f"http://{PY_LS}"
    news_items = [("/actualites/travaux-rd118", "17 mars 2025", "Travaux sur la RD 118", "Déviation pendant six semaines."),
                  ("/vie-citoyenne/questionnaire-marche", "10 mars 2025", "Le marché du dimanche", "Questionnaire en ligne."),
                  ("/vie-citoyenne/forum-des-associations", "2 mars 2025", "Forum des associations", "Inscriptions des exposants.")]
    pages = [
        page("/", "Accueil", _home(
            "Palaiseuil-sur-Yvette, 34 000 habitants dans la vallée de l'Yvette.",
            [("/vie-citoyenne", "Palaiseuil participe"), (K + "/", "Décidons ensemble"), ("/contact", "Contact"),
             ("/newsletter", "Lettre d'information"), ("/emploi", "Emploi"), ("/ville/conseil-municipal", "Conseil municipal"),
             ("/ville/finances/budget-2025", "Budget 2025")],
            news_items, [("19", "mars", "Conseil municipal"), ("26", "mars", "Conseil de quartier Lozère-Plateau"),
                         ("6", "avril", "Vide-greniers des Joncherettes")])),
        page("/actualites", "Actualités", m.news(news_items)),
        page("/vie-citoyenne", "Palaiseuil participe", _dsfr(
            "Palaiseuil participe : la démarche de participation citoyenne de la ville.",
            "Conseils de quartier, conseil des sages, budget citoyen, débats et propositions en ligne : la ville construit ses "
            "projets avec ses habitants.", f'La plateforme <a class="fr-link" href="{K}/">Décidons ensemble</a> accueille débats, '
            "propositions, votations et budget citoyen.")
             + m.links([("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier"), ("/vie-citoyenne/conseil-des-sages", "Le conseil des sages"),
                        ("/vie-citoyenne/budget-citoyen", "Le budget citoyen"), ("/vie-citoyenne/questionnaire-marche", "Questionnaire")],
                       "fr-links-group"), {"participation_displayed"}),
        page("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", _dsfr(
            "Cinq conseils de quartier, ouverts à toutes et tous.", "Chaque conseil élit deux coprésidents habitants et dispose "
            "d'un budget de fonctionnement. Les comptes rendus sont publiés en ligne."), {"participation_displayed"},
             parent=("Palaiseuil participe", "/vie-citoyenne")),
        page("/vie-citoyenne/conseil-des-sages", "Le conseil des sages", _dsfr(
            "Vingt-quatre habitants de plus de 60 ans éclairent le conseil municipal.", "Ils travaillent sur la mobilité, "
            "l'habitat et les liens entre générations."), {"participation_displayed"}, parent=("Palaiseuil participe", "/vie-citoyenne")),
        page("/vie-citoyenne/questionnaire-marche", "Le marché du dimanche : votre avis", _dsfr(
            "Le marché du dimanche doit-il évoluer ?", "Répondez au questionnaire (5 minutes) avant le 15 avril.")
             + m.iframe(L + "/index.php/482915?lang=fr", "Questionnaire marché", 900)
             + m.p(f'Le questionnaire ne s\'affiche pas ? <a href="{L}/index.php/482915?lang=fr">Ouvrir le questionnaire</a>.'),
             {"poll"}, parent=("Palaiseuil participe", "/vie-citoyenne")),
        page("/vie-citoyenne/budget-citoyen", "Le budget citoyen", _dsfr(
            "Budget citoyen 2025 : 400 000 € pour vos projets.", "Les habitants proposent des projets d'investissement, les services "
            "les étudient, puis chacun vote pour ses préférés.", f'Proposer et voter : <a href="{K}/budgets">Décidons ensemble</a>.'),
             {"participatory_budget", "participation_displayed"}, parent=("Palaiseuil participe", "/vie-citoyenne")),
        page("/vie-citoyenne/forum-des-associations", "Forum des associations", _dsfr(
            "Forum des associations le 6 septembre au complexe sportif.", "Les associations peuvent s'inscrire comme exposantes "
            "jusqu'au 30 juin."), decoys={"forum"}),
        page("/ville/finances/budget-2025", "Budget 2025", _dsfr("Budget primitif 2025 : 61 M€.", "Section d'investissement : 17 M€, "
                                                                 "dont la rénovation du groupe scolaire Pasteur."),
             decoys={"participatory_budget"}),
        page("/ville/conseil-municipal", "Conseil municipal", _dsfr("Séance du 19 mars à 20 h, salle du conseil.",
                                                                    "Ordre du jour : budget primitif, tarifs municipaux, "
                                                                    "convention avec la communauté d'agglomération."),
             decoys={"participation_displayed"}),
        page("/contact", "Nous contacter", _dsfr("Formulaire de contact", "Les champs marqués d'un astérisque sont obligatoires.")
             + '<form class="fr-form" action="/contact" method="post"><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">'
               'Vos coordonnées</legend>' + F("text", "nom", "Nom", True) + F("email", "courriel", "Adresse électronique", True)
             + F("select", "objet", "Objet", options=["Question", "Réclamation", "Autre"]) + F("textarea", "message", "Votre message", True)
             + '</fieldset><button class="fr-btn" type="submit">Envoyer</button></form>', {"contact_form"}),
        page("/actualites/travaux-rd118", "Travaux sur la RD 118", _dsfr(
            "Le département rénove la chaussée de la RD 118 du 24 mars au 2 mai.", "Une déviation est mise en place par la rue "
            "de Lozère.", "La ville remercie les riverains qui ont signalé ce besoin, notamment dans les débats de la plateforme CONSUL."),
             decoys={"participatory_platform"}),
        page("/newsletter", "Lettre d'information", '<form class="fr-form" action="/newsletter" method="post">'
             + F("email", "email", "Votre adresse électronique", True) + '<button class="fr-btn">S\'abonner</button></form>',
             decoys={"contact_form"}),
        page("/emploi", "La ville recrute", _dsfr("Offres d'emploi", "Appel à candidatures : responsable du service jeunesse "
                                                  "(catégorie A).", "Appel à projets « Été jeunes » réservé aux associations "
                                                  "sportives agréées."), decoys={"suggestion_call"}),
    ]
    www = Site(PY, "vendor", "Ville de Palaiseuil-sur-Yvette", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Palaiseuil participe", "/vie-citoyenne"),
                     ("Conseil municipal", "/ville/conseil-municipal"), ("Contact", "/contact")],
               accounts=[social("x", "Palaiseuil91"), social("bluesky", "palaiseuil-sur-yvette.fr"),
                         social("linkedin", "ville-de-palaiseuil-sur-yvette"), social("youtube", "PalaiseuilsurYvette"),
                         social("instagram", "palaiseuil91")],
               address="Hôtel de ville, 4 place de l'Église, 91120 Palaiseuil-sur-Yvette")
    ls = Site(PY_LS, "vendor", "Enquêtes en ligne — Palaiseuil-sur-Yvette", [
        page("/", "Enquêtes disponibles", m.p("Liste des questionnaires ouverts au public.")
             + m.links([("/index.php/482915?lang=fr", "Le marché du dimanche")])),
        page("/index.php/482915?lang=fr", "Le marché du dimanche", '<div class="survey-container"><form id="limesurvey" name="limesurvey" '
             'action="/index.php/482915" method="post" class="survey-form-container form">'
             + F("radio", "482915X12X101", "Fréquentez-vous le marché du dimanche ?", options=["Chaque semaine", "De temps en temps", "Jamais"])
             + F("checkbox", "482915X12X102", "Que souhaiteriez-vous y trouver ?", options=["Plus de producteurs", "Un food-truck", "Des animations"])
             + F("textarea", "482915X12X103", "Commentaire libre")
             + '<button type="submit" id="ls-button-submit" class="ls-move-submit-btn btn btn-primary">Envoyer</button>'
             '<input type="hidden" name="sid" value="482915"></form></div>', {"poll"}),
    ], menu=[("Enquêtes", "/")])
    pb = "/budgets/2"
    consul = Site(PY_CONSUL, "consul", "Décidons ensemble — Palaiseuil-sur-Yvette", [
        page("/", "Décidons ensemble", m.p("Débattez, proposez, votez : la participation citoyenne à Palaiseuil-sur-Yvette.")
             + m.links([("/debates", "Débats"), ("/proposals", "Propositions"), ("/polls", "Votations"), ("/budgets", "Budget citoyen")])),
        page("/debates", "Débats", '<a class="button expanded" href="/users/sign_in">Ouvrir un débat</a>' + m.consul_debates([
            ("/debates/12-eclairage-square-des-tilleuls", "Éclairage du square des Tilleuls", "Faut-il éclairer le square la nuit ?",
             "Laurence V.", "12/02/2025", 23)]), {"forum"}),
        page("/debates/12-eclairage-square-des-tilleuls", "Éclairage du square des Tilleuls", m.p(
            "Le square est sombre dès 18 h en hiver. Un éclairage à détection de présence serait-il une solution ?")
             + m.consul_comments("debate", 12, [("Yves", "13/02/2025", "Oui, avec une lumière douce pour la faune."),
                                               ("Agnès", "14/02/2025", "Plutôt fermer le square la nuit.")]), {"forum", "comments"}),
        page("/proposals", "Propositions citoyennes", m.p(
            "Proposez vos idées pour la ville ! Une proposition qui obtient 1 % de soutiens des habitants est étudiée par le "
            "conseil municipal.") + '<a class="button" href="/users/sign_in">Créer une proposition</a>'
             + m.links([("/proposals/34-un-composteur-par-residence", "Un composteur par résidence — 118 soutiens")]),
             {"suggestion_call"}),
        # one resident's proposal and its supports: not a petition
        page("/proposals/34-un-composteur-par-residence", "Un composteur par résidence", m.p(
            "Installer un composteur collectif dans chaque résidence de plus de 20 logements.")
             + '<div class="supports"><div class="progress-bar"><span class="meter" style="width: 34%"></span></div>'
               '<span class="total-supports">118 soutiens</span><a class="button button-support" href="/users/sign_in">Soutenir</a></div>'
             + m.consul_comments("proposal", 34, [("Farid", "20/01/2025", "Il faudrait des référents compost.")]),
             {"comments"}, decoys={"petition"}),
        page("/polls", "Votations", m.links([("/polls/5-nom-de-la-mediatheque", "Quel nom pour la future médiathèque ? (en cours)"),
                                              ("/polls/3-horaires-piscine", "Horaires d'été de la piscine (terminée)")]), {"poll"}),
        page("/polls/5-nom-de-la-mediatheque", "Quel nom pour la future médiathèque ?", m.p("Votation ouverte jusqu'au 20 avril.")
             + '<div class="poll-question"><h3>Choisissez un nom</h3><form action="/polls/5/answers" method="post">'
             + F("radio", "answer", "Nom", options=["Médiathèque Marie-Curie", "Médiathèque de l'Yvette", "La Fabrique à lire"])
             + '<input type="submit" class="button" value="Voter"></form></div>', {"poll"}),
        page("/polls/3-horaires-piscine", "Horaires d'été de la piscine — résultats", m.p("Votation terminée le 30 juin 2024.")
             + '<table class="poll-results"><tr><td>Ouverture à 9 h</td><td>61 %</td></tr><tr><td>Ouverture à 10 h</td><td>39 %</td>'
               '</tr></table>', decoys={"poll"}),
        page("/budgets", "Budget citoyen", m.p("Budget citoyen 2025 : 400 000 €. Phase actuelle : soutien des projets.")
             + m.links([(pb + "/investments", "Voir et soutenir les projets")]), {"participatory_budget"}),
        page(pb + "/investments", "Projets du budget citoyen", m.links([
            (pb + "/investments/58-aire-de-jeux-inclusive", "Une aire de jeux inclusive au parc Galoubet — 65 000 €")])
             + '<a class="button" href="/users/sign_in">Proposer un projet</a>', {"participatory_budget", "suggestion_call"}),
        page(pb + "/investments/58-aire-de-jeux-inclusive", "Une aire de jeux inclusive au parc Galoubet", m.p(
            "Des jeux accessibles aux enfants en situation de handicap. Coût estimé : 65 000 €.")
             + '<div class="supports"><a class="button button-support" href="/users/sign_in">Soutenir</a> 204 soutiens</div>'
             + m.consul_comments("budget_investment", 58, [("Hugo", "02/03/2025", "Mon fils en fauteuil pourrait enfin jouer au parc !")]),
             {"participatory_budget", "comments"}),
    ], menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls"), ("Budget citoyen", "/budgets")],
        features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return City("99707", "Palaiseuil-sur-Yvette", 34_060, "91", "11", "Île-de-France", f"http://{PY}/", [www, ls, consul])


# =====================================================================================================
# 99708 Lussac-Vieillevigne (Vienne): WordPress and its magazine, Discourse, a space drawn by a script
# =====================================================================================================
LV = "www.lussac-vieillevigne.fr"
LV_FORUM = "forum.lussac-vieillevigne.fr"
LV_APP = "participer.lussac-vieillevigne.fr"
APP_BUNDLE = "/assets/lussac-en-commun.7f3b2e.js"
APP_API = "/api/v1/pages"

# path -> (title, chapo, block the script inserts, features)
APP_PAGES = {
    "/": ("Lussac en commun", "L'espace de participation des habitants de Lussac-Vieillevigne.",
          '<ul class="tuiles"><li><a href="/idees">Boîte à idées</a></li><li><a href="/budget-participatif">Le Budget des Lussacois</a>'
          '</li><li><a href="/petitions">Pétitions</a></li><li><a href="/consultations/berges">Consultation sur les berges</a></li></ul>',
          {"participatory_platform"}),
    "/idees": ("Boîte à idées", "Une idée pour Lussac ? Proposez-la : chaque idée reçoit une réponse sous deux mois.",
               '<form class="form-idee" method="post" action="/api/v1/idees"><label for="idee-titre">Titre de votre idée</label>'
               '<input id="idee-titre" name="titre" required><label for="idee-texte">Votre proposition</label>'
               '<textarea id="idee-texte" name="texte" rows="6" required></textarea><label for="idee-mail">Courriel</label>'
               '<input id="idee-mail" type="email" name="courriel" required><button type="submit">Proposer</button></form>',
               {"participatory_platform", "suggestion_call", "contact_form"}),
    "/budget-participatif": ("Le Budget des Lussacois", "150 000 € pour vos projets : déposez jusqu'au 31 mai, votez en octobre.",
                             '<div class="projets"><article class="projet"><h2>Un ponton de pêche accessible</h2><p>28 000 €</p>'
                             '<button type="button" class="btn-vote">Je vote</button></article><a class="btn" href="/idees">'
                             'Déposer un projet</a></div>', {"participatory_platform", "participatory_budget"}),
    "/petitions": ("Pétitions", "À 250 signatures, une pétition est présentée au conseil municipal.",
                   '<article class="petition"><h2>Un passage piéton devant la boulangerie du Pont</h2><p>173 / 250 signatures</p>'
                   '<form method="post" action="/api/v1/petitions/9/signatures"><label for="sig-nom">Nom</label><input id="sig-nom" '
                   'name="nom" required><label for="sig-mail">Courriel</label><input id="sig-mail" type="email" name="courriel" required>'
                   '<button type="submit">Signer la pétition</button></form></article>', {"participatory_platform", "petition"}),
    "/consultations/berges": ("Consultation : les berges de la Vienne", "Comment aménager les berges entre le pont et le moulin ?",
                              '<form class="questionnaire" method="post" action="/api/v1/reponses"><fieldset><legend>Priorité</legend>'
                              '<label><input type="radio" name="q1" value="promenade"> Une promenade</label><label><input type="radio" '
                              'name="q1" value="nature"> Un espace naturel</label><label><input type="radio" name="q1" value="loisirs">'
                              ' Des loisirs nautiques</label></fieldset><button type="submit">Valider mes réponses</button></form>',
                              {"participatory_platform", "poll"}),
}

_APP_JS = """(function () {
  var root = document.getElementById("root");
  fetch("%s?page=" + encodeURIComponent(location.pathname), {headers: {"Accept": "application/json"}})
    .then(function (r) { return r.json(); })
    .then(function (d) {
      document.title = d.titre + " | Lussac en commun";
      root.innerHTML = "<main class=\\"lec-page\\"><h1>" + d.titre + "</h1><p class=\\"chapo\\">" + d.chapo + "</p>" + d.bloc + "</main>";
    });
})();
""" % APP_API


def _app_shell():
    return Reply.html(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Lussac en commun</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Espace de '
        'participation citoyenne de la ville de Lussac-Vieillevigne : idées, budget participatif, pétitions, consultations.">'
        '<meta name="theme-color" content="#1d5c63"><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">'
        '<link rel="manifest" href="/manifest.webmanifest"><link rel="preload" href="/assets/fonts/inter-var.woff2" as="font" '
        'type="font/woff2" crossorigin><link rel="stylesheet" href="/assets/lussac-en-commun.4a91c0.css">'
        f'<script type="module" src="{APP_BUNDLE}"></script></head><body><noscript>Lussac en commun a besoin de JavaScript '
        'pour fonctionner. Activez-le dans votre navigateur pour proposer une idée, signer une pétition ou répondre à une '
        'consultation.</noscript><div id="root"></div></body></html>')


def _app_special(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES:
        return _app_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        from urllib.parse import parse_qs
        wanted = parse_qs(query).get("page", [""])[0]
        if wanted in APP_PAGES:
            title, chapo, block, _features = APP_PAGES[wanted]
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps({"titre": title, "chapo": chapo, "bloc": block}).encode())
        return Reply.text(404, "page inconnue")
    return None


def _app_site():
    return Site(LV_APP, "vendor", "Lussac en commun",
                [page(path, title, "", features, platforms={"custom"}) for path, (title, _c, _b, features) in APP_PAGES.items()],
                platforms=frozenset({"custom"}))


def _frm(form_id, fields, button):
    return (f'<div class="frm_forms with_frm_style frm_style_formidable-style" id="frm_form_{form_id}_container"><form '
            f'enctype="multipart/form-data" method="post" class="frm-show-form frm_pro_form" id="form_contact{form_id}">'
            f'<input type="hidden" name="frm_action" value="create"><input type="hidden" name="form_id" value="{form_id}">'
            '<div class="frm_form_fields"><fieldset>' + "".join(f'<div class="frm_form_field form-field">{f}</div>' for f in fields)
            + f'<div class="frm_submit"><button class="frm_button_submit" type="submit">{button}</button></div></fieldset></div></form></div>')


def lussac_vieillevigne() -> City:
    A, FO = f"http://{LV_APP}", f"http://{LV_FORUM}"
    news_items = [("/actualites/piscine-reouverture/", "14 mars 2025", "La piscine rouvre", "Après huit mois de travaux."),
                  ("/magazine/n-42-dossier-ecoles/", "1er mars 2025", "Lussac Mag n° 42", "Dossier : nos écoles."),
                  ("/actualites/forum-orientation/", "20 février 2025", "Forum de l'orientation", "Lycéens et apprentis."),
                  ("/actualites/marche-de-noel/", "5 décembre 2024", "Marché de Noël", "Quarante exposants place du Marché.")]
    pages = [
        page("/", "Accueil", _home(
            "Lussac-Vieillevigne, 14 500 habitants au bord de la Vienne.",
            [("/participer/", "Lussac en commun"), (A + "/", "Espace participatif"), (FO + "/", "Forum citoyen"),
             ("/magazine/", "Lussac Mag"), ("/contact/", "Contact"), ("/la-mairie/budget/", "Budget"),
             ("/la-mairie/recensement/", "Recensement")],
            news_items, [("18", "mars", "Conseil municipal"), ("29", "mars", "Nettoyage des berges"), ("12", "avril", "Foire aux vins")])),
        page("/actualites/", "Actualités", m.news(news_items) + m.links([("/actualites/petition-nationale-pharmacies/",
                                                                         "Pharmacies de garde : le point")])),
        page("/magazine/", "Lussac Mag", m.p("Le magazine municipal paraît tous les deux mois.")
             + m.links([("/magazine/n-42-dossier-ecoles/", "N° 42 — Dossier : nos écoles"), ("/magazine/n-42-tribunes/", "N° 42 — Tribunes")])),
        page("/magazine/n-42-dossier-ecoles/", "Dossier : nos écoles", m.p(
            "Quatre groupes scolaires, 1 140 élèves, une cantine qui cuisine 70 % de produits locaux : plongée dans les écoles.",
            "Réagissez à ce dossier ci-dessous.") + m.disqus("lussac-mag", "mag-42-ecoles", f"http://{LV}/magazine/n-42-dossier-ecoles/"),
             {"comments"}, parent=("Lussac Mag", "/magazine/")),
        page("/magazine/n-42-tribunes/", "Tribunes de l'opposition et de la majorité", m.p(
            "Expression des groupes politiques du conseil municipal (article L2121-27-1 du CGCT).",
            "Lussac Avenir : « Le budget 2025 préserve les services publics. » Lussac Autrement : « Nous demandons une vraie "
            "concertation sur les berges. »"), decoys={"participation_displayed", "forum"}, parent=("Lussac Mag", "/magazine/")),
        page("/participer/", "Lussac en commun", m.p(
            "« Lussac en commun », c'est la démarche de participation de la ville : boîte à idées, Budget des Lussacois, pétitions, "
            "consultations, forum citoyen et comités de quartier.",
            f'Rendez-vous sur <a href="{A}/">l\'espace participatif</a> et sur <a href="{FO}/">le forum citoyen</a>.')
             + m.links([("/participer/questionnaire-cantine/", "Questionnaire cantine"), ("/participer/sondage-fetes/", "Sondage fêtes"),
                        ("/participer/comites-de-quartier/", "Les comités de quartier")]),
             {"participation_displayed"}),
        page("/participer/comites-de-quartier/", "Les comités de quartier", m.p(
            "Quatre comités de quartier (Vieillevigne, Le Pont, Les Chaumes, Centre) réunissent les habitants volontaires deux fois "
            "par an avec le maire-adjoint à la démocratie locale."), {"participation_displayed"}, parent=("Lussac en commun", "/participer/")),
        page("/participer/questionnaire-cantine/", "Questionnaire : la cantine de demain", m.p(
            "Parents, enfants, agents : dites-nous ce que vous attendez de la restauration scolaire.")
             + m.tally("mKz4Qp", "Questionnaire cantine"), {"poll"}, parent=("Lussac en commun", "/participer/")),
        page("/participer/sondage-fetes/", "Sondage : les fêtes de l'été", m.p("Quelles animations pour la fête de la Vienne ? "
                                                                               "Répondez en deux minutes.")
             + m.typeform("Yk2bX9pQ"), {"poll"}, parent=("Lussac en commun", "/participer/")),
        page("/actualites/piscine-reouverture/", "La piscine rouvre", m.p(
            "Bassin nordique, toboggan et pataugeoire : la piscine intercommunale rouvre le 5 avril.")
             + m.hyvor(10452, "piscine-reouverture"), {"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/marche-de-noel/", "Marché de Noël", m.p("Quarante exposants et une patinoire place du Marché du 13 au 15 "
                                                                   "décembre.") + m.share(f"http://{LV}/actualites/marche-de-noel/"),
             parent=("Actualités", "/actualites/")),
        page("/actualites/forum-orientation/", "Forum de l'orientation", m.p(
            "Le forum de l'orientation accueille collégiens et lycéens le 8 mars au gymnase : métiers, apprentissage, études."),
             decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/actualites/petition-nationale-pharmacies/", "Pharmacies de garde : le point", m.p(
            "L'ordre des pharmaciens a publié le nouveau tour de garde.", "Une pétition nationale sur la désertification médicale "
            'circule sur <a href="https://www.change.org/p/sauvons-nos-pharmacies-rurales">change.org</a> ; elle n\'est pas portée '
            "par la commune."), decoys={"petition"}, parent=("Actualités", "/actualites/")),
        page("/la-mairie/budget/", "Budget 2025", m.p("Budget primitif 2025 : 19 M€. Compte administratif 2024 : excédent de 1,2 M€.",
                                                      "Le Budget des Lussacois (150 000 €) est inscrit en section d'investissement."),
             decoys={"participatory_budget"}),
        page("/la-mairie/conseil-municipal/", "Conseil municipal", m.p("Séance du 18 mars : budget primitif, convention piscine, "
                                                                       "motion sur la maternité.")
             + m.links([("/la-mairie/budget/", "Le budget")]), decoys={"participation_displayed"}),
        page("/la-mairie/recensement/", "Recensement 2025", m.p(
            "Le recensement de la population a lieu du 16 janvier au 15 février. Répondez en ligne avec les codes remis par l'agent "
            "recenseur."), decoys={"poll"}),
        page("/contact/", "Contact", m.p("Mairie, 1 place du Marché. Du lundi au vendredi, 8 h 30 - 17 h 30 ; samedi 9 h - 12 h.")
             + _frm(2, [F("text", "item_meta[6]", "Nom", True), F("email", "item_meta[7]", "E-mail", True),
                        F("text", "item_meta[8]", "Objet", True), F("textarea", "item_meta[9]", "Message", True)], "Envoyer"),
             {"contact_form"}),
    ]
    www = Site(LV, "wordpress", "Lussac-Vieillevigne", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Lussac en commun", "/participer/"), ("Magazine", "/magazine/"),
                     ("Conseil municipal", "/la-mairie/conseil-municipal/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "LussacVieillevigne"), social("instagram", "lussacvieillevigne"),
                         social("youtube", "lussacvieillevigne"), social("mastodon", "lussacvieillevigne@piaille.fr")],
               address="Mairie, 1 place du Marché, 86320 Lussac-Vieillevigne")

    def topics(rows):
        return ('<div class="topic-list"><table><thead><tr><th>Sujet</th><th>Réponses</th><th>Activité</th></tr></thead><tbody>'
                + "".join(f'<tr class="topic-list-item"><td class="main-link"><a href="{h}" class="title raw-link raw-topic-link">{t}</a>'
                          f'</td><td class="replies">{r}</td><td class="activity">{d}</td></tr>' for h, t, r, d in rows) + "</tbody></table></div>")

    def posts(rows):
        return "".join(f'<div class="topic-body crawler-post" itemprop="comment"><div class="crawler-post-meta"><span class="creator" '
                       f'itemprop="author"><span itemprop="name">{who}</span></span> <time class="post-time">{d}</time></div>'
                       f'<div class="post" itemprop="text"><p>{txt}</p></div></div>' for who, d, txt in rows)
    t1, t2 = "/t/stationnement-place-du-marche/118", "/t/idees-pour-les-berges-de-la-vienne/131"
    forum = Site(LV_FORUM, "discourse", "Forum citoyen de Lussac-Vieillevigne", [
        page("/", "Derniers sujets", topics([(t1, "Stationnement place du Marché", 14, "2 j"),
                                             (t2, "Des idées pour les berges de la Vienne", 22, "5 h")])
             + m.links([("/c/quartiers/5", "Catégorie Quartiers")]), {"forum"}),
        page("/c/quartiers/5", "Quartiers", topics([(t1, "Stationnement place du Marché", 14, "2 j")]), {"forum"}),
        page(t1, "Stationnement place du Marché", posts([
            ("yvonne_l", "3 mars 2025", "Le samedi matin, la place est saturée. Un parking relais au stade ?"),
            ("mairie_lussac", "4 mars 2025", "Merci, la question est transmise au comité de quartier du Centre.")]), {"forum"}),
        page(t2, "Des idées pour les berges de la Vienne", posts([
            ("pascal86", "10 mars 2025", "Une passerelle vers l'île aux Moines serait magnifique."),
            ("lea_v", "11 mars 2025", "Attention aux crues, il faut rester léger.")]), {"forum"}),
    ], menu=[("Derniers", "/"), ("Catégories", "/c/quartiers/5")])
    return City("99708", "Lussac-Vieillevigne", 14_520, "86", "75", "Nouvelle-Aquitaine", f"http://{LV}/", [www, forum, _app_site()])


def cities():
    return [salvetat_morgelieu(), kerlouan_trevidic(), montferrand_lagrive(), beaucourt_vernelle(), rosenwiller_altmatt(),
            bellemene_les_orangers(), palaiseuil_sur_yvette(), lussac_vieillevigne()]


def hosts():
    """The participation space of Lussac-Vieillevigne, drawn by a script from a JSON API."""
    return {LV_APP: CustomHost(_app_site(), _app_special)}
