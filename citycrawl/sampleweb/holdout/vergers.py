"""The vergers part of the holdout (99211-99218): towns of 15,000 to 70,000 inhabitants whose sites are old and
plain (Joomla 1.5 tables, SPIP 2 squelettes, a Twenty Ten WordPress, a home-made PHP site, phpBB, SMF and FluxBB
boards), with what such towns added later (a branded participatory budget, conseils de quartier, a conseil des
sages, calls for ideas, questionnaires, a right of petition, a neighbours' network) and their lookalikes."""
import functools

from ..site import City, Site, page, social
from . import vergers_markup as m
from .vergers_markup import ASIDE, p


def P(path, title, body, f="", d="", parent=(), platforms=()):
    return page(path, title, body, f.split(), d.split(), platforms, parent)


# ---- 99211 Pont-d'Hervelle: Joomla 1.5 tables, com_contact, mod_poll, JComments, a phpBB board ---------------

PH = "www.pont-dhervelle.fr"
PH_FORUM = "forum.pont-dhervelle.fr"


def _ph_art(n):
    return f"/index.php?option=com_content&view=article&id={n}&Itemid=3{n % 10}"


def _ph_href(n):
    return _ph_art(n).replace("&", "&amp;")


def pont_dhervelle():
    poll = m.j15_poll(14, "Faut-il ouvrir la piscine Guillaume-le-Conquérant le dimanche après-midi en été ?",
                      ["Oui, tout l'été", "Seulement en juillet", "Non, ce n'est pas nécessaire"])
    news = m.teasers([
        (_ph_href(61), "Place du Marché : le projet de réaménagement", "12/03/2024", "Les esquisses sont présentées en mairie."),
        (_ph_href(62), "Travaux rue de la Vire", "02/02/2024", "Circulation alternée pendant trois semaines."),
        (_ph_href(70), "Forum de l'emploi et de la formation", "18/01/2024", "Rendez-vous à la salle Arlette."),
        (_ph_href(63), "Résultats du sondage sur la semaine scolaire", "05/12/2023", "Merci aux 612 familles qui ont voté."),
        (_ph_href(64), "Participation citoyenne : signature du protocole", "20/11/2023", "Avec la gendarmerie de la compagnie de Vire."),
    ])
    contact = "/index.php?option=com_contact&view=contact&id=1&Itemid=12"
    acc = [social("facebook", "VilledePontdHervelle"), social("youtube", "pontdhervelle")]
    pages = [
        P("/", "Accueil", p("Bienvenue sur le site officiel de la ville de Pont-d'Hervelle, cité du bocage normand au bord de la Vire.",
                           "Retrouvez les démarches, l'actualité des quartiers et les rendez-vous de la vie locale.")
          + news + m.agenda([("23 mars", "Conseil de quartier Saint-Gilles, salle du Prieuré, 20h"),
                             ("28 mars", "Conseil municipal, hôtel de ville, 19h"), ("6 avril", "Foire aux greniers du Val")])
          + m.links([(_ph_href(41), "Démocratie locale"), (_ph_href(42), "Les conseils de quartier"), (_ph_href(51), "Écrire au maire"),
                     (f"http://{PH_FORUM}/", "Le forum des habitants"), (_ph_href(66), "Recensement 2025"), (_ph_href(67), "Lettre d'information"),
                     (_ph_href(68), "Budget primitif 2024"), (_ph_href(72), "Démocratie numérique")], "Accès rapides")
          + ASIDE + poll, "poll"),
        P(contact, "Contacter la mairie", p("Pour toute question, utilisez le formulaire ci-dessous. Le service concerné vous répondra sous huit jours ouvrés.",
                                           "Hôtel de ville — 1 place Charles-de-Gaulle — Tél. 02 31 68 40 00")
          + m.j15_contact("index.php", 1), "contact_form"),
        P(_ph_art(41), "Démocratie locale", p(
            "Depuis 2008, la municipalité a fait le choix d'associer les habitants aux décisions qui touchent leur cadre de vie.",
            "Cinq conseils de quartier, un conseil des sages et des réunions publiques avant chaque grand projet composent notre démocratie de proximité. "
            "Une charte de la participation, adoptée en conseil municipal, fixe les règles : information des habitants, réponse écrite de la ville à chaque avis, bilan annuel.",
            f'Pour en savoir plus : <a href="{_ph_href(42)}">les conseils de quartier</a>, <a href="{_ph_href(44)}">le conseil des sages</a>.'),
          "participation_displayed"),
        P(_ph_art(42), "Les conseils de quartier", p(
            "Chaque quartier dispose d'un conseil composé d'habitants volontaires, de représentants des associations et de deux élus référents.",
            "Les conseils se réunissent quatre fois par an en séance publique. Ils donnent leur avis sur les projets d'aménagement et disposent d'une enveloppe de 8 000 euros pour de petits travaux.",
            "Quartiers : Centre-Saint-Gilles, Le Val, La Briqueterie, Les Hauts-de-Vire, Cambremer.",
            f'<a href="{_ph_href(43)}">Dernier compte rendu : Saint-Gilles, mars 2024</a>'), "participation_displayed",
          parent=("Démocratie locale", _ph_art(41))),
        P(_ph_art(43), "Conseil de quartier Centre-Saint-Gilles : compte rendu du 14 mars", p(
            "Présents : 23 habitants, 2 élus référents, le responsable des services techniques.",
            "1. Stationnement rue Thiers : les habitants demandent une zone bleue ; la ville étudiera la proposition d'ici juin.",
            "2. Jardin du Prieuré : le conseil de quartier a retenu la plantation de fruitiers sur son enveloppe annuelle.",
            "Prochaine réunion publique : le 23 mai à 20h, salle du Prieuré. Tous les habitants du quartier sont les bienvenus."),
          "participation_displayed", parent=("Les conseils de quartier", _ph_art(42))),
        P(_ph_art(44), "Le conseil des sages", p(
            "Instance consultative créée en 2005, le conseil des sages réunit vingt habitants de plus de 60 ans, désignés pour trois ans.",
            "Il rend des avis au maire sur la mobilité, l'accessibilité et le lien entre générations. Ses travaux de l'an passé ont porté sur les bancs du centre-ville et le transport à la demande."),
          "participation_displayed", parent=("Démocratie locale", _ph_art(41))),
        # the opposition groups' political expression, not a forum where residents post
        P(_ph_art(50), "Tribune libre", p(
            "Conformément à l'article L2121-27-1 du Code général des collectivités territoriales, un espace est réservé à l'expression des groupes du conseil municipal.",
            "<strong>Groupe « Pont-d'Hervelle Autrement »</strong> : La majorité a une nouvelle fois refusé notre proposition d'étendre les horaires de la médiathèque...",
            "<strong>Groupe « Ensemble pour Pont-d'Hervelle »</strong> : Le budget voté en mars confirme nos priorités : écoles, voirie, sécurité."),
          d="forum comments"),
        P(_ph_art(51), "Écrire au maire", p(
            "Vous souhaitez faire part d'une remarque ou d'une demande au maire ?",
            'Adressez votre courrier à : Monsieur le Maire, Hôtel de ville, 1 place Charles-de-Gaulle, 14500 Pont-d\'Hervelle, ou par courriel à '
            '<a href="mailto:lemaire@pont-dhervelle.fr">lemaire@pont-dhervelle.fr</a>.',
            "Le maire reçoit sans rendez-vous le premier samedi du mois de 10h à 12h."), d="contact_form"),
        P(_ph_art(61), "Place du Marché : le projet de réaménagement", p(
            "Les esquisses du futur aménagement de la place du Marché sont exposées dans le hall de l'hôtel de ville jusqu'au 30 avril.",
            "Moins de voitures, davantage d'arbres et un espace pour le marché du jeudi : donnez votre avis dans les commentaires ci-dessous ou lors du conseil de quartier.")
          + m.jcomments(61, [("Françoise L.", "13.03.2024 09:12", "Très bien pour les arbres, mais où vont se garer les clients du marché ?"),
                             ("Bruno", "13.03.2024 18:40", "Enfin une place pour les piétons. Il faudra des bancs à l'ombre."),
                             ("Mairie de Pont-d'Hervelle", "14.03.2024 11:02", "Un parking de 60 places est prévu rue des Tanneurs, à 150 m.")]),
          "comments", "contact_form"),
        P(_ph_art(62), "Travaux rue de la Vire", p(
            "Les travaux de renouvellement du réseau d'eau potable débutent le 12 février pour trois semaines. La circulation sera alternée.",
            "Les riverains ont été informés par courrier.") + m.jcomments(62, [], open_=False), d="comments"),
        P(_ph_art(63), "Résultats du sondage sur la semaine scolaire", p(
            "Le sondage est terminé. La semaine de quatre jours sera maintenue à la rentrée prochaine.")
          + m.j15_poll_results("Quelle organisation de la semaine scolaire préférez-vous ?",
                               [("Quatre jours", 401, 66), ("Quatre jours et demi avec le mercredi matin", 187, 30), ("Sans avis", 24, 4)],
                               612, "02.11.2023", "30.11.2023"), d="poll"),
        P(_ph_art(64), "Participation citoyenne : signature du protocole", p(
            "Le maire et le commandant de la compagnie de gendarmerie ont signé le protocole « Participation citoyenne ».",
            "Des habitants référents, volontaires, signaleront aux gendarmes tout fait inhabituel dans leur rue. Ce dispositif de vigilance ne remplace pas l'appel au 17."),
          d="participation_displayed territorial_social_network"),
        P(_ph_art(66), "Recensement de la population 2025", p(
            "Du 16 janvier au 15 février, un agent recenseur recruté par la mairie se présentera à votre domicile.",
            "Vous pourrez répondre au questionnaire sur internet avec les codes qu'il vous remettra. Vos réponses sont confidentielles et transmises à l'INSEE."),
          d="poll"),
        P(_ph_art(67), "Lettre d'information", p("Recevez chaque mois l'actualité de la ville dans votre boîte aux lettres électronique.")
          + m.newsletter("index.php?option=com_acajoom"), d="contact_form"),
        P(_ph_art(68), "Budget primitif 2024", p(
            "Le conseil municipal a adopté le budget primitif 2024 le 28 mars : 28,4 millions d'euros, dont 7,1 millions d'investissement.",
            "Principales dépenses : rénovation de l'école Jules-Ferry, voirie, réseau de chaleur. Les taux de fiscalité restent inchangés."),
          d="participatory_budget"),
        P(_ph_art(70), "Forum de l'emploi et de la formation", p(
            "Le 8 février, de 9h à 13h, salle Arlette : une trentaine d'entreprises du bassin d'emploi et les organismes de formation vous accueillent.",
            "Apportez plusieurs exemplaires de votre CV."), d="forum"),
        # a news item naming platforms and a budget in passing: nothing is offered to residents here
        P(_ph_art(72), "Démocratie numérique : un débat en conseil municipal", p(
            "Lors de la séance du 28 mars, un élu d'opposition a proposé d'ouvrir une plateforme de participation en ligne, sur le modèle de Decidim ou de Cap Collectif, "
            "et de lancer un budget participatif comme à Caen ou à Rennes.",
            "Le maire a répondu que la question serait étudiée par la commission des finances en fin d'année. Aucune décision n'a été prise."),
          d="participatory_platform participatory_budget"),
        # presents the board and its rules; the discussions are on the forum's own host
        P(_ph_art(71), "Le forum des habitants", p(
            "Ouvert en 2007, le forum des habitants permet d'échanger sur la vie de la commune. Il est modéré par le service communication.",
            f'Accéder au forum : <a href="http://{PH_FORUM}/">{PH_FORUM}</a>. L\'inscription est gratuite.'), d="forum"),
    ]
    www = Site(PH, "vendor", "Pont-d'Hervelle", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", _ph_art(41)), ("Tribune libre", _ph_art(50)),
                     ("Le forum", _ph_art(71)), ("Contact", contact)],
               accounts=acc, address="Hôtel de ville, 1 place Charles-de-Gaulle, 14500 Pont-d'Hervelle")

    def topic_row(f, t, title, author, date, n):
        return (f'<li class="row bg{1 + t % 2}"><dl class="icon topic_read"><dt title="Aucun message non lu">'
                f'<a href="./viewtopic.php?f={f}&amp;t={t}" class="topictitle">{title}</a><br />par <span class="username">{author}</span> &raquo; {date}</dt>'
                f'<dd class="posts">{n} <dfn>Réponses</dfn></dd><dd class="views">{n * 37} <dfn>Vues</dfn></dd></dl></li>')

    def posts(items):
        return "".join(f'<div id="p{pid}" class="post bg{1 + i % 2}"><div class="inner"><div class="postbody"><h3>{t}</h3>'
                       f'<p class="author">par <strong>{a}</strong> &raquo; {d}</p><div class="content">{x}</div></div>'
                       f'<dl class="postprofile"><dt>{a}</dt><dd>Messages : {pid % 90 + 3}</dd></dl></div></div>'
                       for i, (pid, t, a, d, x) in enumerate(items))

    reply = ('<div class="action-bar bar-top"><a href="./ucp.php?mode=login" class="button" title="Répondre">Répondre</a></div>'
             '<p>Vous devez être <a href="./ucp.php?mode=login">connecté</a> pour répondre à ce sujet.</p>')
    forum_pages = [
        P("/", "Index du forum", '<div class="forabg"><ul class="topiclist"><li class="header"><dl class="icon"><dt>La vie à Pont-d\'Hervelle</dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul>'
          '<ul class="topiclist forums"><li class="row"><dl class="icon forum_read"><dt><a href="./viewforum.php?f=2" class="forumtitle">Cadre de vie et travaux</a><br />Voirie, propreté, espaces verts</dt><dd class="topics">148</dd><dd class="posts">1&nbsp;204</dd></dl></li>'
          '<li class="row"><dl class="icon forum_read"><dt><a href="./viewforum.php?f=3" class="forumtitle">Associations, sport et culture</a><br />Annonces et discussions</dt><dd class="topics">61</dd><dd class="posts">388</dd></dl></li></ul></div>'
          '<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total, il y a <strong>9</strong> utilisateurs en ligne :: 2 enregistrés, 0 invisible et 7 invités</p></div>'
          f'<p><a href="./ucp.php?mode=register">S\'enregistrer</a> — <a href="http://{PH}/">Retour au site de la ville</a></p>', "forum"),
        P("/viewforum.php?f=2", "Cadre de vie et travaux", '<div class="action-bar"><a href="./ucp.php?mode=login" class="button">Nouveau sujet</a></div>'
          '<div class="forumbg"><ul class="topiclist topics">'
          + topic_row(2, 41, "Bruit du chantier de la rue de la Vire", "marcel14", "04 févr. 2024, 19:22", 7)
          + topic_row(2, 44, "Dépôts sauvages derrière le gymnase", "Nadège", "21 janv. 2024, 08:05", 4) + "</ul></div>", "forum"),
        P("/viewforum.php?f=3", "Associations, sport et culture", '<div class="forumbg"><ul class="topiclist topics">'
          + topic_row(3, 57, "Le club de tennis de table recrute", "USPH_tt", "12 sept. 2023, 10:31", 2) + "</ul></div>", "forum"),
        P("/viewtopic.php?f=2&t=41", "Bruit du chantier de la rue de la Vire", posts([
            (311, "Bruit du chantier de la rue de la Vire", "marcel14", "04 févr. 2024, 19:22", "Les engins démarrent à 7h le samedi, c'est autorisé ?"),
            (315, "Re: Bruit du chantier", "Modérateur mairie", "05 févr. 2024, 09:10", "Bonjour, l'arrêté autorise les travaux de 8h à 18h du lundi au vendredi. Nous avons prévenu l'entreprise."),
            (320, "Re: Bruit du chantier", "Nadège", "05 févr. 2024, 12:47", "Merci pour la réponse rapide !")]) + reply, "forum"),
        P("/viewtopic.php?f=2&t=44", "Dépôts sauvages derrière le gymnase", posts([
            (330, "Dépôts sauvages derrière le gymnase", "Nadège", "21 janv. 2024, 08:05", "Encore des sacs et un matelas ce matin."),
            (332, "Re: Dépôts sauvages", "Loïc R.", "21 janv. 2024, 17:30", "Une caméra serait utile à cet endroit.")]) + reply, "forum"),
        P("/viewtopic.php?f=3&t=57", "Le club de tennis de table recrute", posts([
            (401, "Le club de tennis de table recrute", "USPH_tt", "12 sept. 2023, 10:31", "Entraînements le mardi et le jeudi à 18h30, salle Lechevallier."),
            (405, "Re: Le club recrute", "Jules", "13 sept. 2023, 20:02", "Y a-t-il un créneau pour les débutants adultes ?")]) + reply, "forum"),
        P("/ucp.php?mode=register", "S'enregistrer", '<form id="register" method="post" action="./ucp.php?mode=register"><fieldset class="fields2">'
          '<dl><dt><label for="username">Nom d\'utilisateur :</label></dt><dd><input type="text" name="username" id="username" size="25" class="inputbox autowidth" /></dd></dl>'
          '<dl><dt><label for="email">Adresse e-mail :</label></dt><dd><input type="email" name="email" id="email" size="25" class="inputbox autowidth" /></dd></dl>'
          '<dl><dt><label for="new_password">Mot de passe :</label></dt><dd><input type="password" name="new_password" id="new_password" size="25" class="inputbox autowidth" /></dd></dl>'
          '<dl><dt><label for="password_confirm">Confirmer le mot de passe :</label></dt><dd><input type="password" name="password_confirm" id="password_confirm" size="25" class="inputbox autowidth" /></dd></dl>'
          '</fieldset><fieldset class="submit-buttons"><input type="submit" name="submit" id="submit" value="Envoyer" class="button1 default-submit-action" /></fieldset></form>',
          d="forum contact_form"),
    ]
    forum = Site(PH_FORUM, "phpbb", "Forum des habitants de Pont-d'Hervelle", forum_pages)
    return City("99211", "Pont-d'Hervelle", 23_400, "14", "28", "Normandie", f"http://{PH}/", [www, forum]), {PH: "joomla15"}


# ---- 99212 Saint-Quérande: SPIP 2, a branded participatory budget, Formidable forms, article forums -----------

SQ = "www.saint-querande.fr"


def _a(n):
    return f"/spip.php?article{n}"


def saint_querande():
    side = ASIDE + ('<div class="menu"><h2>Quérande à vous !</h2><ul>'
                    f'<li><a href="{_a(101)}">Le budget participatif</a></li><li><a href="{_a(102)}">Le règlement</a></li>'
                    f'<li><a href="{_a(103)}">Déposer un projet</a></li><li><a href="{_a(105)}">Les lauréats 2023</a></li></ul></div>')
    news = m.teasers([
        (_a(103), "Budget participatif : déposez vos projets jusqu'au 31 mai", "02/04/2024", "Troisième édition de Quérande à vous !"),
        (_a(120), "La passerelle du Gouët rouverte", "25/03/2024", "Après six mois de travaux."),
        (_a(112), "Vos déplacements à vélo : répondez au questionnaire", "18/03/2024", "Dix questions, cinq minutes."),
        (_a(116), "Enquête publique : révision du PLU", "11/03/2024", "Le commissaire enquêteur tient ses permanences."),
        (_a(119), "Maternité de Lannodez : le conseil municipal vote un vœu", "01/03/2024", ""),
    ])
    acc = [social("facebook", "saintquerande"), social("instagram", "ville_saint_querande")]
    pages = [
        P("/", "Accueil", p("Bienvenue à Saint-Quérande, ville des Côtes-d'Armor entre terre et mer.") + news
          + m.agenda([("9 avril", "Atelier budget participatif, maison de quartier de Kerlann"), ("16 avril", "Conseil municipal"),
                      ("20 avril", "Fest-noz de printemps, salle Avel-Vor")])
          + m.links([("/spip.php?rubrique5", "Démocratie participative"), (_a(110), "Conseils de quartier"), (_a(114), "Boîte à idées"),
                     (_a(115), "Nous contacter"), (_a(117), "Subventions aux associations"), (_a(118), "Concours photo"),
                     (_a(121), "Lettre d'information"), (_a(113), "Résultats : rythmes scolaires")], "En un clic") + side),
        P("/spip.php?rubrique5", "Démocratie participative", p(
            "La Ville de Saint-Quérande associe ses habitants à la construction des projets : conseils de quartier, ateliers de concertation, budget participatif.")
          + '<ul class="liste-articles">'
          + "".join(f'<li><a href="{_a(n)}">{t}</a></li>' for n, t in (
              (101, "Quérande à vous ! Le budget participatif"), (110, "Les conseils de quartier"), (111, "Conseil de quartier de Kerlann : compte rendu"),
              (112, "Questionnaire : vos déplacements à vélo"), (114, "La boîte à idées"), (106, "Budget participatif 2021 : où en sont les projets ?")))
          + "</ul>" + side, "participation_displayed"),
        P(_a(101), "Quérande à vous ! Le budget participatif", p(
            "Pour la troisième année, la Ville consacre 150 000 euros de son budget d'investissement à des projets imaginés et choisis par les habitants.",
            "Étape 1 : dépôt des projets du 2 avril au 31 mai. Étape 2 : étude de faisabilité par les services (juin-août). "
            "Étape 3 : vote des habitants du 15 septembre au 15 octobre. Étape 4 : réalisation des projets lauréats l'année suivante.",
            f'<a href="{_a(103)}">Déposer un projet</a> — <a href="{_a(102)}">Lire le règlement</a>') + side, "participatory_budget"),
        P(_a(102), "Règlement du budget participatif", p(
            "Article 1 — Peut déposer un projet toute personne de plus de 11 ans habitant, travaillant ou étudiant à Saint-Quérande.",
            "Article 2 — Les projets relèvent de l'investissement, concernent un lieu public de la commune et ne dépassent pas 40 000 euros.",
            "Article 3 — Un comité de suivi composé d'habitants tirés au sort et d'élus vérifie la recevabilité des projets.",
            "Article 4 — Chaque habitant peut voter pour trois projets, en ligne ou sur papier dans les accueils municipaux.") + side,
          "participatory_budget"),
        P(_a(103), "Déposez votre projet", p("Vous avez une idée pour votre quartier ? Décrivez-la en quelques lignes : les services vous recontacteront pour la préciser.")
          + m.formidable(7, _a(103), [("nom", "Nom et prénom", "input", ()), ("mail", "Courriel", "input", ()),
                                      ("titre", "Titre du projet", "input", ()),
                                      ("quartier", "Quartier concerné", "selection", ("Centre", "Kerlann", "Port-Morvan", "Le Légué", "Toute la ville")),
                                      ("desc", "Description du projet", "textarea", ()), ("cout", "Coût estimé (si connu)", "input", ())],
                          "Déposer mon projet") + side,
          "participatory_budget suggestion_call contact_form"),
        P(_a(104), "Vote : les 18 projets soumis aux habitants (édition 2023)", p(
            "Le vote de l'édition 2023 est clos. 2 114 habitants ont voté, sur internet et dans les urnes des mairies annexes.",
            f'<a href="{_a(105)}">Découvrir les lauréats</a>') + side, "participatory_budget"),
        P(_a(105), "Les lauréats 2023", p(
            "Sept projets ont été retenus : un verger partagé à Kerlann (12 000 €), des abris vélos au lycée (18 000 €), "
            "une aire de jeux inclusive au Légué (38 000 €), des toilettes sèches à la plage du Valais (25 000 €)...",
            "Les travaux commencent ce printemps.", f'<a href="{_a(104)}">Le vote 2023</a>') + side, "participatory_budget"),
        P(_a(106), "Budget participatif 2021 : où en sont les projets ?", p(
            "Première édition : 9 projets lauréats, 8 réalisés. La boîte à livres du Port-Morvan et le skatepark sont en service, "
            "le jardin pédagogique de l'école Diwan sera achevé en juin.") + side, "participatory_budget"),
        P(_a(110), "Les conseils de quartier", p(
            "Quatre conseils de quartier réunissent habitants volontaires, associations et élus. Ils sont consultés sur les projets de leur secteur "
            "et organisent chaque année une réunion publique.", f'<a href="{_a(111)}">Compte rendu du conseil de quartier de Kerlann</a>') + side,
          "participation_displayed"),
        # a SPIP article forum under a page is the site's comment system, not a discussion board
        P(_a(111), "Conseil de quartier de Kerlann : compte rendu", p(
            "Séance du 6 février, 31 participants. Points abordés : sécurité aux abords de l'école, éclairage du chemin creux, fête de quartier.",
            "Les habitants peuvent réagir à ce compte rendu ci-dessous.")
          + m.spip_forum_thread([(512, "Chemin creux", "7 février", "Annick", "Merci d'avoir pris en compte l'éclairage, c'est attendu depuis longtemps."),
                                 (515, "Fête de quartier", "8 février", "Yann", "Je veux bien aider à l'organisation, qui contacter ?")])
          + m.spip_forum_form(_a(111), 111), "participation_displayed comments", "contact_form"),
        P(_a(112), "Questionnaire : vos déplacements à vélo", p("La ville prépare son schéma cyclable. Aidez-nous à connaître vos habitudes : dix questions, cinq minutes.")
          + m.formidable(9, _a(112), [("freq", "À quelle fréquence circulez-vous à vélo ?", "radio", ("Tous les jours", "Chaque semaine", "Rarement", "Jamais")),
                                      ("motif", "Pour quels trajets ?", "checkbox", ("Travail", "École", "Courses", "Loisirs")),
                                      ("frein", "Qu'est-ce qui vous freine le plus ?", "radio", ("La sécurité", "Le relief", "Le stationnement", "La météo")),
                                      ("quartier", "Votre quartier", "selection", ("Centre", "Kerlann", "Port-Morvan", "Le Légué"))],
                          "Envoyer mes réponses") + side, "poll"),
        P(_a(113), "Résultats de la consultation sur les rythmes scolaires", p(
            "La consultation des familles s'est terminée le 15 décembre. 71 % des répondants souhaitent conserver la semaine de quatre jours.",
            "Le conseil d'école a suivi cet avis.") + side, d="poll"),
        P(_a(114), "La boîte à idées", p("Une idée pour améliorer la vie à Saint-Quérande ? Proposez-la : chaque idée reçoit une réponse de l'élu concerné.")
          + m.formidable(11, _a(114), [("nom", "Votre nom", "input", ()), ("mail", "Votre courriel", "input", ()),
                                       ("theme", "Thème", "selection", ("Environnement", "Déplacements", "Jeunesse", "Culture", "Autre")),
                                       ("idee", "Votre idée", "textarea", ())], "Proposer mon idée") + side,
          "suggestion_call contact_form"),
        P(_a(115), "Nous contacter", p("Mairie de Saint-Quérande, 3 rue de la République. Accueil du lundi au vendredi, 8h30-12h et 13h30-17h30.")
          + m.formidable(2, _a(115), [("nom", "Nom", "input", ()), ("mail", "Courriel", "input", ()), ("sujet", "Objet", "input", ()),
                                      ("message", "Message", "textarea", ())]), "contact_form", "suggestion_call"),
        P(_a(116), "Enquête publique : révision du PLU", p(
            "Par arrêté du 4 mars, le maire a prescrit l'enquête publique sur la révision du plan local d'urbanisme, du 2 avril au 3 mai.",
            "Le dossier et le registre d'enquête sont consultables en mairie. Le commissaire enquêteur tiendra quatre permanences."),
          d="poll"),
        P(_a(117), "Subventions aux associations : appel à projets 2025", p(
            "Les associations quérandaises peuvent solliciter une subvention de fonctionnement ou de projet avant le 15 novembre.",
            "Le dossier CERFA n°12156 est à déposer au service vie associative."), d="suggestion_call"),
        P(_a(118), "Concours photo « Ma ville au fil des saisons »", p(
            "Amateurs de photographie, participez au concours organisé par la médiathèque : trois photos par personne, avant le 30 juin.",
            "Les lauréats seront exposés à l'office de tourisme."), d="suggestion_call"),
        P(_a(119), "Maternité de Lannodez : le conseil municipal vote un vœu", p(
            "À l'unanimité, le conseil municipal a adopté un vœu pour le maintien de la maternité de Lannodez.",
            "Un collectif d'usagers a par ailleurs lancé une pétition nationale sur le site change.org.") + side, d="petition"),
        P(_a(120), "La passerelle du Gouët rouverte", p(
            "Après six mois de travaux, la passerelle piétonne du Gouët a rouvert le 22 mars. Coût : 340 000 euros, dont 40 % de subventions.")
          + m.spip_forum_thread([(530, "Bravo", "23 mars", "Gwen", "Belle réalisation, et l'éclairage est discret.")])
          + m.spip_forum_form(_a(120), 120) + side, "comments", "contact_form"),
        P(_a(121), "Lettre d'information", p("Abonnez-vous à la lettre mensuelle de la ville.") + m.newsletter("spip.php?page=newsletter") + side,
          d="contact_form"),
    ]
    www = Site(SQ, "vendor", "Saint-Quérande", pages,
               menu=[("Accueil", "/"), ("Démocratie participative", "/spip.php?rubrique5"), ("Quérande à vous !", _a(101)), ("Contact", _a(115))],
               accounts=acc, address="Mairie, 3 rue de la République, 22190 Saint-Quérande")
    return City("99212", "Saint-Quérande", 31_800, "22", "53", "Bretagne", f"http://{SQ}/", [www]), {SQ: "spip2"}


# ---- 99213 Villebrêche: a home-made PHP site with tables, a closed guestbook, an SMF board ------------------

VB = "www.villebreche.fr"
VB_FORUM = "forum.villebreche.fr"


def villebreche():
    news = m.teasers([
        ("/actualites.php?id=212", "Brocante du 1er mai : inscriptions ouvertes", "10/04/2024", "Emplacements réservés aux Bréchois jusqu'au 20 avril."),
        ("/actualites.php?id=215", "Réunion publique avec la gendarmerie", "02/04/2024", "Le dispositif Participation citoyenne présenté aux habitants."),
        ("/actualites.php?id=219", "Cantine : payez en ligne", "15/03/2024", "Le paiement des factures est possible sur le site."),
        ("/sondage.php", "Sondage : le marché du samedi", "01/03/2024", "Donnez votre avis !"),
    ])
    pages = [
        P("/index.php", "Accueil", p("<b>Bienvenue sur le site de la mairie de Villebrêche</b>, au cœur de la vallée de la Brêche.",
                                     "Mairie ouverte du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h30, le samedi de 9h à 12h.")
          + news + m.agenda([("13 avril", "Comité de quartier de la Gare, 18h30"), ("1er mai", "Brocante"), ("8 mai", "Cérémonie au monument aux morts")])
          + m.links([("/democratie.php", "La parole aux habitants"), ("/comites.php?quartier=gare", "Comité de quartier de la Gare"),
                     ("/comites.php?quartier=bois", "Comité de quartier du Bois-Saint-Jean"), ("/idees.php", "Vos suggestions"),
                     ("/livre-or.php", "Livre d'or"), ("/ecrire-au-maire.php", "Écrire au maire"), ("/salle.php", "Louer une salle"),
                     ("/conseil.php", "Conseil municipal"), ("/liens.php", "Liens utiles"), (f"http://{VB_FORUM}/index.php", "Forum des Bréchois")], "Raccourcis")
          + ASIDE + '<p class="meteo">Météo : 14°C</p>'),
        P("/contact.php", "Contact", p("Vous pouvez contacter les services municipaux à l'aide du formulaire ci-dessous.")
          + '<form name="formcontact" method="post" action="contact.php?envoi=1"><table width="100%" border="0" cellpadding="3">'
          '<tr><td width="120">Nom :</td><td><input type="text" name="nom" size="35"></td></tr>'
          '<tr><td>E-mail :</td><td><input type="text" name="email" size="35"></td></tr>'
          '<tr><td>Service :</td><td><select name="service"><option>Accueil</option><option>État civil</option><option>Urbanisme</option><option>Services techniques</option></select></td></tr>'
          '<tr><td valign="top">Message :</td><td><textarea name="message" cols="45" rows="8"></textarea></td></tr>'
          '<tr><td>&nbsp;</td><td><input type="submit" name="Submit" value="Envoyer"> <input type="reset" value="Effacer"></td></tr></table></form>',
          "contact_form"),
        # a closed guestbook: no form left and its messages taken down
        P("/livre-or.php", "Livre d'or", p("Le livre d'or du site est fermé depuis le 1er janvier 2019. Les anciens messages ont été archivés.",
                                           'Pour nous écrire, utilisez la page <a href="/contact.php">Contact</a>.'), d="comments forum"),
        P("/ecrire-au-maire.php", "Écrire au maire", p("Monsieur le Maire répond personnellement aux courriers des habitants.",
                                                       '<a href="mailto:maire@villebreche.fr?subject=Courrier%20au%20maire">maire@villebreche.fr</a>',
                                                       "Ou par courrier : Mairie de Villebrêche, 2 place de l'Hôtel de Ville, 60330 Villebrêche."),
          d="contact_form"),
        P("/democratie.php", "La parole aux habitants", p(
            "Démocratie locale : la municipalité a créé en 2009 trois comités de quartier ouverts à tous les habitants.",
            "Ils se réunissent deux fois par an avec les élus pour examiner les problèmes de voirie, de propreté et de sécurité, et proposer des aménagements.",
            'Voir : <a href="/comites.php?quartier=gare">la Gare</a>, <a href="/comites.php?quartier=bois">le Bois-Saint-Jean</a>, '
            '<a href="/comites.php?quartier=centre">le Centre</a>.',
            "Des réunions publiques sont organisées avant chaque projet important (assainissement, zone d'activités)."), "participation_displayed"),
        P("/comites.php?quartier=gare", "Comité de quartier de la Gare", p(
            "Référent : M. Dufossé, conseiller municipal. Prochaine réunion le 13 avril à 18h30, école Jean-Macé.",
            "Dernière réunion : les habitants ont demandé un passage piéton rue Pasteur, réalisé en février.",
            "Tous les habitants du quartier peuvent participer au comité."), "participation_displayed"),
        P("/comites.php?quartier=bois", "Comité de quartier du Bois-Saint-Jean", p(
            "Référente : Mme Carlier, adjointe. Le comité a travaillé sur la sécurisation de l'arrêt de bus et sur le city-stade.",
            "Compte rendu de la réunion du 12 octobre disponible en mairie."), "participation_displayed"),
        P("/comites.php?quartier=centre", "Comité de quartier du Centre", p(
            "Le comité du Centre se réunit à la salle des fêtes. Sujets en cours : stationnement place Foch, illuminations de Noël.",
            "Pour rejoindre le comité, inscrivez-vous à l'accueil de la mairie."), "participation_displayed"),
        P("/sondage.php", "Sondage", p("<b>Le marché du samedi matin</b> : faut-il le déplacer place Foch ?")
          + '<form method="post" action="sondage.php?vote=1"><table border="0" cellpadding="2">'
          '<tr><td><input type="radio" name="reponse" value="1"> Oui, place Foch</td></tr>'
          '<tr><td><input type="radio" name="reponse" value="2"> Non, il doit rester rue Carnot</td></tr>'
          '<tr><td><input type="radio" name="reponse" value="3"> Sans opinion</td></tr>'
          '<tr><td><input type="submit" value="Voter"></td></tr></table></form>'
          + p('Un vote par foyer. <a href="/sondage.php?archives=1">Voir les anciens sondages</a>'), "poll"),
        P("/sondage.php?archives=1", "Anciens sondages", p("<b>Horaires de la mairie le samedi</b> (clos le 30/09/2023) : 9h-12h 58 % — 10h-12h 31 % — sans avis 11 % (302 votes).",
                                                          "<b>Nom de la salle polyvalente</b> (clos le 15/05/2022) : Salle Simone-Veil 47 % — Espace Brêche 39 % — autre 14 % (418 votes)."),
          d="poll"),
        P("/actualites.php?id=212", "Brocante du 1er mai : inscriptions ouvertes", p(
            "La brocante annuelle se tiendra rue Carnot et place Foch. 5 euros les 2 mètres. Inscriptions en mairie avec une pièce d'identité.")
          + m.share("http://www.villebreche.fr/actualites.php?id=212"), d="social_account"),
        P("/actualites.php?id=215", "Réunion publique avec la gendarmerie", p(
            "Le 28 mars, une cinquantaine d'habitants ont assisté à la présentation du dispositif Participation citoyenne par la brigade de Clermont.",
            "Des citoyens référents seront désignés dans chaque quartier pour relayer les informations de sécurité.")
          + m.share("http://www.villebreche.fr/actualites.php?id=215"), d="participation_displayed social_account"),
        P("/actualites.php?id=219", "Cantine : payez en ligne", p("Les factures de restauration scolaire et de garderie peuvent désormais être réglées en ligne.")
          + m.payment("paiement.php", "Numéro de facture"), d="contact_form"),
        P("/idees.php", "Vos suggestions", p("Vous avez une idée pour améliorer la vie à Villebrêche ? Faites-nous part de vos suggestions, elles seront étudiées en commission.")
          + '<form method="post" action="idees.php?envoi=1"><table border="0" cellpadding="3">'
          '<tr><td>Nom :</td><td><input type="text" name="nom" size="30"></td></tr><tr><td>E-mail :</td><td><input type="text" name="email" size="30"></td></tr>'
          '<tr><td valign="top">Votre suggestion :</td><td><textarea name="suggestion" cols="40" rows="6"></textarea></td></tr>'
          '<tr><td></td><td><input type="submit" value="Envoyer ma suggestion"></td></tr></table></form>', "suggestion_call contact_form"),
        P("/conseil.php", "Conseil municipal", p(
            "Le conseil municipal se réunit environ six fois par an. Les séances sont publiques.",
            "Ordre du jour de la séance du 11 avril : compte administratif 2023, budget primitif 2024, tarifs du centre de loisirs, subventions aux associations.",
            "Les procès-verbaux des séances sont affichés en mairie."), d="participation_displayed participatory_budget"),
        P("/salle.php", "Louer une salle", p("La salle des fêtes et la salle Simone-Veil peuvent être louées par les particuliers et les associations.")
          + m.booking("salle.php?demande=1", "une salle municipale", ["Salle des fêtes (150 pers.)", "Salle Simone-Veil (60 pers.)"]), d="contact_form"),
        # the tourist office's page, not the city's
        P("/liens.php", "Liens utiles", p("Office de tourisme de la vallée de la Brêche, sur Facebook : "
                                         '<a href="https://www.facebook.com/TourismeValleeBreche" target="_blank">facebook.com/TourismeValleeBreche</a>.',
                                         'Communauté de communes : <a href="http://www.cc-vallee-breche.fr/" target="_blank">cc-vallee-breche.fr</a>',
                                         f'Le forum des Bréchois : <a href="http://{VB_FORUM}/index.php">{VB_FORUM}</a>'), d="social_account"),
    ]
    www = Site(VB, "vendor", "Villebrêche", pages,
               menu=[("Accueil", "/index.php"), ("La parole aux habitants", "/democratie.php"), ("Sondage", "/sondage.php"),
                     ("Liens", "/liens.php"), ("Contact", "/contact.php")],
               address="2 place de l'Hôtel de Ville, 60330 Villebrêche", redirects={"/": "/index.php"})

    def topics(rows):
        return ('<div class="tborder topic_table" id="messageindex"><table class="table_grid" cellspacing="0"><thead><tr class="catbg"><th scope="col" class="smalltext">Sujet / Initié par</th>'
                '<th scope="col" class="smalltext center">Réponses / Vues</th></tr></thead><tbody>'
                + "".join(f'<tr><td class="subject windowbg2"><div><span id="msg_{t * 7}"><a href="/index.php?topic={t}.0">{s}</a></span>'
                          f'<p>Initié par {a}</p></div></td><td class="stats windowbg">{n} Réponses<br />{n * 29} Vues</td></tr>' for t, s, a, n in rows)
                + "</tbody></table></div>")

    def messages(items):
        return "".join(f'<div class="windowbg{"" if i % 2 else "2"}"><span class="topslice"><span></span></span><div class="post_wrapper">'
                       f'<div class="poster"><h4>{a}</h4></div><div class="postarea"><div class="keyinfo"><h5 id="subject_{mid}">{t}</h5>'
                       f'<div class="smalltext">&#171; <strong> le :</strong> {d} &#187;</div></div><div class="post"><div class="inner" id="msg_{mid}">{x}</div></div></div></div></div>'
                       for i, (mid, t, a, d, x) in enumerate(items))

    board_index = ('<div id="boardindex_table"><table class="table_list"><tbody class="header"><tr><td colspan="4"><div class="cat_bar"><h3 class="catbg">La vie à Villebrêche</h3></div></td></tr></tbody>'
                   '<tbody class="content" id="category_1_boards">'
                   '<tr id="board_1" class="windowbg2"><td class="info"><a class="subject" href="/index.php?board=1.0" name="b1">Questions aux élus et à la mairie</a>'
                   '<p>Posez vos questions, les élus y répondent.</p></td><td class="stats windowbg"><p>312 Messages <br /> 58 Sujets</p></td></tr>'
                   '<tr id="board_2" class="windowbg2"><td class="info"><a class="subject" href="/index.php?board=2.0" name="b2">Entraide entre habitants</a>'
                   '<p>Objets perdus, covoiturage, bons plans.</p></td><td class="stats windowbg"><p>190 Messages <br /> 44 Sujets</p></td></tr></tbody></table></div>')
    forum_pages = [
        P("/index.php", "Index", board_index, "forum"),
        P("/index.php?board=1.0", "Questions aux élus et à la mairie", '<div class="pagesection"><div class="buttonlist floatright"><ul><li><a class="button_strip_new_topic active" href="/index.php?action=login"><span>Nouveau sujet</span></a></li></ul></div></div>'
          + topics([(88, "Éclairage de la rue Pasteur éteint depuis 15 jours", "Christophe60", 5), (91, "Horaires de la déchetterie l'été", "martine.b", 2)]), "forum"),
        P("/index.php?board=2.0", "Entraide entre habitants", topics([(95, "Covoiturage vers Beauvais le matin", "Ludo", 6)]), "forum"),
        P("/index.php?topic=88.0", "Éclairage de la rue Pasteur éteint depuis 15 jours", messages([
            (880, "Éclairage de la rue Pasteur", "Christophe60", "03 Mars 2024, 21:14", "Toute la rue est dans le noir depuis deux semaines, quelqu'un a signalé ?"),
            (884, "Re: Éclairage de la rue Pasteur", "Mairie - services techniques", "04 Mars 2024, 10:02", "Bonjour, le prestataire intervient jeudi. Merci pour le signalement."),
            (887, "Re: Éclairage de la rue Pasteur", "Christophe60", "08 Mars 2024, 19:30", "C'est réparé, merci.")])
          + '<p><a href="/index.php?action=login">Connectez-vous pour répondre</a></p>', "forum"),
        P("/index.php?topic=91.0", "Horaires de la déchetterie l'été", messages([
            (910, "Horaires de la déchetterie", "martine.b", "12 Mai 2024, 08:45", "Est-ce que la déchetterie ouvre le dimanche matin cet été ?"),
            (913, "Re: Horaires de la déchetterie", "Ludo", "12 Mai 2024, 11:20", "Oui, de 9h à 12h jusqu'à fin août.")]), "forum"),
        P("/index.php?topic=95.0", "Covoiturage vers Beauvais le matin", messages([
            (950, "Covoiturage vers Beauvais", "Ludo", "20 Avril 2024, 18:00", "Je pars à 7h15 de la place Foch, deux places libres.")]), "forum"),
        P("/index.php?action=register", "Inscription", '<form action="/index.php?action=register2" method="post" id="registration"><div class="cat_bar"><h3 class="catbg">Inscription - Champs requis</h3></div>'
          '<dl class="register_form"><dt><strong><label for="smf_autov_username">Identifiant :</label></strong></dt><dd><input type="text" name="user" id="smf_autov_username" size="30" maxlength="25" class="input_text" /></dd>'
          '<dt><strong><label for="smf_autov_reserve1">Courriel :</label></strong></dt><dd><input type="text" name="email" id="smf_autov_reserve1" size="30" class="input_text" /></dd>'
          '<dt><strong><label for="smf_autov_pwmain">Mot de passe :</label></strong></dt><dd><input type="password" name="passwrd1" id="smf_autov_pwmain" size="30" class="input_password" /></dd></dl>'
          '<input type="submit" name="regSubmit" value="Inscription" class="button_submit" /></form>', d="forum contact_form"),
        P("/index.php?action=login", "Connexion", '<form action="/index.php?action=login2" name="frmLogin" id="frmLogin" method="post"><div class="cat_bar"><h3 class="catbg">Connexion</h3></div>'
          '<dl><dt>Identifiant :</dt><dd><input type="text" name="user" size="20" class="input_text" /></dd><dt>Mot de passe :</dt><dd><input type="password" name="passwrd" size="20" class="input_password" /></dd></dl>'
          '<p><input type="submit" value="Connexion" class="button_submit" /></p></form>', d="forum contact_form"),
    ]
    forum = Site(VB_FORUM, "vendor", "Forum des Bréchois", forum_pages, address="forum.villebreche.fr")
    return (City("99213", "Villebrêche", 17_600, "60", "32", "Hauts-de-France", f"http://{VB}/index.php", [www, forum],
                 decoy_accounts=("https://www.facebook.com/tourismevalleebreche",)),
            {VB: "homemade", VB_FORUM: "smf"})


# ---- 99214 Montcalvel: a Twenty Ten WordPress, WP-Polls, a LimeSurvey, a Cap Collectif budget ------------------

MC = "www.montcalvel.fr"
MC_LS = "enquetes.montcalvel.fr"
MC_CAP = "montcalvel.cap-collectif.com"


def montcalvel():
    poll = m.wp_polls(4, "Quel nom pour la future halle gourmande ?", ["La Halle du Thoré", "Les Arcades", "Le Carreau", "Autre"])
    side = ASIDE + ('<li id="text-3" class="widget-container widget_text"><h3 class="widget-title">Montcalvel Demain</h3><div class="textwidget">'
                    '<p>Le budget participatif de la ville : <a href="/democratie-locale/montcalvel-demain/">tout savoir</a></p></div></li>')
    news = m.teasers([
        ("/2024/03/12/travaux-avenue-jaures/", "Avenue Jean-Jaurès : les travaux commencent", "12 mars 2024", "Une voie cyclable entre la gare et le lycée."),
        ("/2023/11/05/resultats-sondage-marche-nocturne/", "Sondage : les résultats", "5 novembre 2023", "Le marché nocturne reviendra en juillet."),
        ("/2024/01/20/budget-primitif-2024/", "Budget primitif 2024 adopté", "20 janvier 2024", ""),
        ("/2024/02/08/exposants-marche-de-noel/", "Marché de Noël : appel à candidatures exposants", "8 février 2024", ""),
    ], "recent-posts")
    acc = [social("facebook", "VilleDeMontcalvel"), social("x", "Montcalvel81", "https://twitter.com/Montcalvel81"),
           social("instagram", "montcalvel")]
    pages = [
        P("/", "Accueil", p("Bienvenue à Montcalvel, sous-préfecture du Tarn au bord du Thoré.") + news
          + m.agenda([("15 mars", "Réunion du conseil de quartier Saint-Roch"), ("22 mars", "Conseil municipal"), ("5 avril", "Carnaval des écoles")])
          + m.links([("/democratie-locale/", "Démocratie locale"), ("/democratie-locale/conseils-de-quartier/", "Conseils de quartier"),
                     ("/democratie-locale/conseil-des-sages/", "Conseil des sages"), ("/questionnaire-jeunesse/", "Questionnaire jeunesse"),
                     ("/contact/", "Contact"), ("/tribune-libre/", "Tribune libre"), ("/marches-publics/", "Marchés publics"),
                     ("/newsletter/", "Newsletter")], "Accès directs") + ASIDE + poll, "poll"),
        P("/democratie-locale/", "Démocratie locale", p(
            "La démocratie locale à Montcalvel repose sur trois piliers : les conseils de quartier, le conseil des sages et le budget participatif Montcalvel Demain.",
            "Chaque année, la ville organise aussi des concertations avant les grands projets d'aménagement. Une charte de la démocratie locale précise les engagements de la municipalité.")
          + m.links([("/democratie-locale/conseils-de-quartier/", "Les conseils de quartier"), ("/democratie-locale/conseil-des-sages/", "Le conseil des sages"),
                     ("/democratie-locale/montcalvel-demain/", "Montcalvel Demain, le budget participatif")]) + side, "participation_displayed"),
        P("/democratie-locale/conseils-de-quartier/", "Les conseils de quartier", p(
            "Six conseils de quartier, de 15 à 25 membres chacun, tirés au sort parmi les volontaires. Ils se réunissent en séance ouverte au public et rendent des avis sur les projets de leur quartier.",
            "Prochaines séances : Saint-Roch le 15 mars, La Bouriette le 21 mars, Centre-Ancien le 4 avril.") + side, "participation_displayed"),
        P("/democratie-locale/conseil-des-sages/", "Le conseil des sages", p(
            "Composé de 24 Montcalvelois de plus de 62 ans, le conseil des sages apporte son expérience à la municipalité. Il travaille en commissions : cadre de vie, solidarités, mémoire.",
            "Il a notamment proposé le banc de l'amitié et le guide des promenades accessibles.") + side, "participation_displayed"),
        P("/democratie-locale/montcalvel-demain/", "Montcalvel Demain : le budget participatif", p(
            "Avec Montcalvel Demain, 200 000 euros sont réservés chaque année à des projets proposés puis choisis par les habitants.",
            "Édition 2025 : dépôt des projets jusqu'au 30 avril sur la plateforme en ligne, analyse des projets en mai et juin, vote en septembre.",
            f'<a href="http://{MC_CAP}/project/montcalvel-demain-2025/presentation/presentation">Participer sur la plateforme Montcalvel Demain</a>') + side,
          "participatory_budget"),
        P("/2024/03/12/travaux-avenue-jaures/", "Avenue Jean-Jaurès : les travaux commencent", p(
            "Les travaux de l'avenue Jean-Jaurès débutent lundi : trottoirs élargis, plantations et une voie cyclable entre la gare et le lycée Las Cases.",
            "Durée prévue : cinq mois. Une déviation est mise en place par la rue de Verdun.")
          + m.wp_comments(512, [("Sylvie", "13 mars 2024 à 8 h 41 min", "Et pour les commerçants, des places de livraison sont prévues ?"),
                                ("Ville de Montcalvel", "13 mars 2024 à 14 h 05 min", "Oui, deux aires de livraison, au n°12 et au n°48.")]) + side,
          "comments", "contact_form"),
        P("/2023/11/05/resultats-sondage-marche-nocturne/", "Sondage : les résultats", p("Vous avez été 954 à répondre à notre sondage de l'été.")
          + m.wp_polls_results(3, "Souhaitez-vous le retour du marché nocturne ?", [("Oui", 81, 773), ("Non", 12, 114), ("Sans avis", 7, 67)], 954)
          + m.wp_comments(498, [], open_=False) + side, d="poll comments"),
        P("/2024/01/20/budget-primitif-2024/", "Budget primitif 2024 adopté", p(
            "Le budget primitif 2024 s'élève à 61 millions d'euros. L'investissement atteint 14 millions, notamment pour la halle et le groupe scolaire du Travet.",
            "Le document de présentation est consultable en mairie.") + side, d="participatory_budget"),
        P("/2024/02/08/exposants-marche-de-noel/", "Marché de Noël : appel à candidatures exposants", p(
            "Artisans et producteurs, la ville lance l'appel à candidatures pour le marché de Noël des 14 et 15 décembre. Dossier à retourner avant le 30 septembre.")
          + side, d="suggestion_call"),
        P("/contact/", "Contact", p("Hôtel de ville, place Jean-Jaurès. Standard : 05 63 98 12 00.")
          + m.cf7(23, 14, [("your-name", "Votre nom (obligatoire)", "text"), ("your-email", "Votre email (obligatoire)", "email"),
                           ("your-subject", "Sujet", "text"), ("your-message", "Votre message", "textarea")]) + side, "contact_form"),
        P("/tribune-libre/", "Tribune libre", p(
            "Expression des groupes politiques du conseil municipal.",
            "<strong>Montcalvel en commun (opposition)</strong> : Nous demandons que les conseils de quartier disposent d'un vrai budget...",
            "<strong>Agir pour Montcalvel (majorité)</strong> : Les travaux de l'avenue Jean-Jaurès montrent notre engagement pour les mobilités douces.") + side,
          d="forum comments participation_displayed"),
        P("/marches-publics/", "Marchés publics", p(
            "Les avis d'appel public à la concurrence de la ville sont publiés sur le profil acheteur.",
            "En cours : marché de travaux pour la halle gourmande (lots 1 à 9), date limite de remise des offres le 26 avril ; fourniture de repas pour les écoles.")
          + side, d="suggestion_call"),
        P("/newsletter/", "Newsletter", p("Inscrivez-vous à la lettre d'information de la ville.") + m.cf7(31, 88, [("your-email", "Votre email", "email")], "S'inscrire")
          + side, d="contact_form"),
        P("/questionnaire-jeunesse/", "Questionnaire jeunesse", p(
            "Tu as entre 11 et 25 ans ? La ville prépare son projet jeunesse et veut connaître tes attentes : loisirs, transports, emploi.",
            f'<iframe src="http://{MC_LS}/index.php/384751?lang=fr" width="100%" height="900" frameborder="0"></iframe>',
            f'<a href="http://{MC_LS}/index.php/384751?lang=fr" target="_blank">Ouvrir le questionnaire dans une nouvelle fenêtre</a> — '
            f'<a href="http://{MC_LS}/index.php/227104?lang=fr">Questionnaire 2022 (clos)</a>') + side, "poll"),
    ]
    www = Site(MC, "vendor", "Ville de Montcalvel", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/democratie-locale/"), ("Montcalvel Demain", "/democratie-locale/montcalvel-demain/"),
                     ("Contact", "/contact/")],
               accounts=acc, address="Hôtel de ville, place Jean-Jaurès, 81200 Montcalvel")
    ls_pages = [
        P("/index.php/384751?lang=fr", "Questionnaire jeunesse 2024",
          '<div id="description">Ce questionnaire est anonyme. Il comporte 12 questions.</div>'
          '<form id="limesurvey" name="limesurvey" action="/index.php/survey/index" method="post"><input type="hidden" name="sid" value="384751" />'
          '<div id="question512" class="question-container list-radio mandatory"><div class="question-title-container"><span class="asterisk">*</span> Quel âge as-tu ?</div>'
          '<ul class="answers-list radio-list"><li><input class="radio" type="radio" name="384751X21X512" id="answer384751X21X512A1" value="A1" /><label for="answer384751X21X512A1">11-14 ans</label></li>'
          '<li><input class="radio" type="radio" name="384751X21X512" id="answer384751X21X512A2" value="A2" /><label for="answer384751X21X512A2">15-17 ans</label></li>'
          '<li><input class="radio" type="radio" name="384751X21X512" id="answer384751X21X512A3" value="A3" /><label for="answer384751X21X512A3">18-25 ans</label></li></ul></div>'
          '<div id="question513" class="question-container multiple-opt"><div class="question-title-container">Quels lieux fréquentes-tu ?</div>'
          '<ul class="answers-list checkbox-list"><li><input class="checkbox" type="checkbox" name="384751X21X513SQ001" id="answer384751X21X513SQ001" value="Y" /><label for="answer384751X21X513SQ001">La médiathèque</label></li>'
          '<li><input class="checkbox" type="checkbox" name="384751X21X513SQ002" id="answer384751X21X513SQ002" value="Y" /><label for="answer384751X21X513SQ002">Le skatepark</label></li>'
          '<li><input class="checkbox" type="checkbox" name="384751X21X513SQ003" id="answer384751X21X513SQ003" value="Y" /><label for="answer384751X21X513SQ003">L\'espace jeunes</label></li></ul></div>'
          '<div class="navigator"><button type="submit" id="movenextbtn" value="movenext" name="move" class="submit button">Suivant</button></div></form>', "poll"),
        P("/index.php/227104?lang=fr", "Questionnaire jeunesse 2022", '<div class="survey-closed"><p>Ce questionnaire n\'est plus actif. Merci de votre participation.</p>'
          f'<p>Les résultats ont été présentés au conseil municipal. <a href="http://{MC}/questionnaire-jeunesse/">Retour au site de la ville</a></p></div>', d="poll"),
    ]
    ls = Site(MC_LS, "vendor", "Enquêtes de la Ville de Montcalvel", ls_pages)
    proj = "/project/montcalvel-demain-2025"
    steps = ('<ul class="step-list"><li><a href="' + proj + '/presentation/presentation">Présentation</a></li>'
             f'<li><a href="{proj}/collect/depot-des-projets">Dépôt des projets</a></li><li class="step--future">Analyse</li>'
             f'<li><a href="{proj}/selection/vote">Vote</a></li></ul>')
    cap_pages = [
        P("/", "Accueil", '<section class="section--custom"><h2>Bienvenue sur Montcalvel Demain</h2><p>La plateforme du budget participatif de la Ville de Montcalvel.</p></section>'
          f'<section class="projects"><h2>Projets participatifs</h2><ul><li class="project-preview"><a href="{proj}/presentation/presentation">Montcalvel Demain 2025</a> — <span class="step">Dépôt en cours</span></li>'
          '<li class="project-preview"><a href="/project/montcalvel-demain-2024/selection/laureats">Montcalvel Demain 2024</a> — <span class="step">Terminé</span></li>'
          '<li class="project-preview"><a href="/project/coeur-de-ville/questionnaire/questionnaire">Cœur de ville : votre avis</a> — <span class="step">Questionnaire</span></li></ul></section>'
          f'<p><a href="/pages/reglement">Règlement</a> — <a href="http://{MC}/">Site de la ville</a></p>', "participatory_budget"),
        P(f"{proj}/presentation/presentation", "Montcalvel Demain 2025 — Présentation", steps + p(
            "200 000 euros pour vos projets ! Proposez jusqu'au 30 avril des projets d'intérêt général pour la ville. Les projets recevables seront soumis au vote en septembre."),
          "participatory_budget"),
        P(f"{proj}/collect/depot-des-projets", "Dépôt des projets", steps + p("Déposez votre projet : titre, description, localisation, estimation du coût.")
          + '<a href="/login" class="btn btn-primary" id="main-proposal-create">Déposer un projet</a>'
          + '<div class="proposal-list"><div class="card proposal-preview"><h3><a href="' + proj + '/collect/depot-des-projets/proposals/un-abri-pour-les-boulistes">Un abri pour les boulistes du Foirail</a></h3><p>Par Gérard M. · 14 soutiens</p></div>'
          '<div class="card proposal-preview"><h3><a href="' + proj + '/collect/depot-des-projets/proposals/des-fontaines-a-eau">Des fontaines à eau au parc de la Verrerie</a></h3><p>Par Inès · 22 soutiens</p></div></div>',
          "participatory_budget suggestion_call"),
        P(f"{proj}/collect/depot-des-projets/proposals/un-abri-pour-les-boulistes", "Un abri pour les boulistes du Foirail", steps + p(
            "Installer un abri couvert au boulodrome du Foirail pour jouer par tous les temps. Coût estimé : 25 000 euros.")
          + '<div class="opinion__votes"><a href="/login" class="btn">Soutenir</a> 14 soutiens</div>'
          '<section id="comments"><h3>Commentaires (2)</h3><ul class="comments"><li class="opinion">Pierre : Bonne idée, le club compte 80 licenciés.</li>'
          '<li class="opinion">Mathilde : Pensez à l\'éclairage.</li></ul><p><a href="/login">Connectez-vous pour commenter</a></p></section>',
          "participatory_budget suggestion_call"),
        P(f"{proj}/collect/depot-des-projets/proposals/des-fontaines-a-eau", "Des fontaines à eau au parc de la Verrerie", steps + p(
            "Deux fontaines d'eau potable près de l'aire de jeux et du parcours sportif. Coût estimé : 9 000 euros.")
          + '<div class="opinion__votes"><a href="/login" class="btn">Soutenir</a> 22 soutiens</div>', "participatory_budget suggestion_call"),
        P(f"{proj}/selection/vote", "Vote", steps + p("Le vote ouvrira le 1er septembre. Chaque participant disposera de 5 votes à répartir entre les projets retenus."),
          "participatory_budget"),
        P("/project/montcalvel-demain-2024/selection/laureats", "Montcalvel Demain 2024 — Les lauréats", p(
            "3 412 votants. Projets lauréats : jardins partagés de la Bouriette (38 000 €), éclairage du chemin des Berges (45 000 €), "
            "boîtes à livres dans les six quartiers (6 000 €), abris vélos à la gare (30 000 €)."), "participatory_budget"),
        P("/project/coeur-de-ville/questionnaire/questionnaire", "Cœur de ville : votre avis", p("Comment rendre le centre-ville plus agréable ? Répondez à ce questionnaire de 8 questions.")
          + '<form id="reply-form" class="form-horizontal" method="post"><div class="form-group"><label class="control-label">Venez-vous en centre-ville au moins une fois par semaine ?</label>'
          '<div class="radio"><label><input type="radio" name="responses[0]" value="oui" /> Oui</label></div><div class="radio"><label><input type="radio" name="responses[0]" value="non" /> Non</label></div></div>'
          '<div class="form-group"><label class="control-label">Ce qui vous manque le plus :</label><div class="checkbox"><label><input type="checkbox" name="responses[1][]" value="ombre" /> De l\'ombre</label></div>'
          '<div class="checkbox"><label><input type="checkbox" name="responses[1][]" value="commerces" /> Des commerces</label></div><div class="checkbox"><label><input type="checkbox" name="responses[1][]" value="bancs" /> Des bancs</label></div></div>'
          '<button type="submit" class="btn btn-primary" id="confirm-opinion-create">Envoyer</button></form>', "poll"),
        P("/pages/reglement", "Règlement du budget participatif", p(
            "Article 1 : tout habitant de Montcalvel de plus de 12 ans peut déposer un projet. Article 2 : le projet relève de l'investissement et coûte moins de 60 000 euros. "
            "Article 3 : les projets sont analysés par les services et une commission citoyenne. Article 4 : le vote est ouvert à tous les habitants."),
          "participatory_budget"),
    ]
    cap = Site(MC_CAP, "capcollectif", "Montcalvel Demain", cap_pages,
               menu=[("Accueil", "/"), ("Montcalvel Demain 2025", f"{proj}/presentation/presentation"), ("Règlement", "/pages/reglement")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    return (City("99214", "Montcalvel", 44_200, "81", "76", "Occitanie", f"http://{MC}/", [www, ls, cap]),
            {MC: "twentyten", MC_LS: "limesurvey"})


# ---- 99215 Sorvillers: Drupal, a right of petition, a webform questionnaire, a neighbours' network ---------------

SV = "www.sorvillers.fr"
SV_VOISINS = "voisins.sorvillers.fr"


def _webform(wid, fields, submit="Envoyer"):
    rows = []
    for n, lab, kind, opts in fields:
        if kind == "textarea":
            ctrl = f'<textarea data-drupal-selector="edit-{n}" id="edit-{n}" name="{n}" rows="5" cols="60" class="form-textarea"></textarea>'
        elif kind == "radios":
            ctrl = "".join(f'<div class="js-form-item form-item form-type-radio"><input type="radio" id="edit-{n}-{j}" name="{n}" value="{j}" class="form-radio" />'
                           f'<label for="edit-{n}-{j}" class="option">{o}</label></div>' for j, o in enumerate(opts))
        else:
            ctrl = f'<input type="{kind}" id="edit-{n}" name="{n}" value="" size="60" class="form-{kind}" />'
        rows.append(f'<div class="js-form-item form-item js-form-type-{kind} form-item-{n}"><label for="edit-{n}">{lab}</label>{ctrl}</div>')
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{wid}-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{wid}-add-form" action="" method="post" id="webform-submission-{wid}-add-form" accept-charset="UTF-8">'
            + "".join(rows) + f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="{submit}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-x7k" type="hidden" name="form_build_id" value="form-x7kQ2b1" /><input type="hidden" name="form_id" value="webform_submission_{wid}_add_form" /></form>')


def sorvillers():
    news = ('<div class="view view-actualites"><h2>Actualités</h2><div class="view-content">'
            + "".join(f'<div class="views-row"><article class="node node--type-actualite node--view-mode-teaser"><h3><a href="{h}">{t}</a></h3><p>{x}</p></article></div>'
                      for h, t, x in (("/actualites/consultation-rythmes-resultats", "Rythmes scolaires : les résultats de la consultation", "Plus de 1 800 familles ont répondu."),
                                      ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : un nouveau protocole", "Avec la police nationale."),
                                      ("/actualites/enquete-insee-emploi", "Enquête de l'Insee sur l'emploi", "Des enquêteurs à Sorvillers."),
                                      ("/vie-citoyenne/petitions/eclairage-parc-des-sources", "Pétition : éclairer le parc des Sources", "312 signatures déjà."),
                                      ("/agenda/forum-des-associations", "Forum des associations", "Samedi 7 septembre.")))
            + "</div></div>")
    acc = [social("facebook", "VilleDeSorvillers"), social("instagram", "sorvillers_officiel"), social("linkedin", "ville-de-sorvillers")]
    pet = "/vie-citoyenne/petitions"
    pages = [
        P("/", "Accueil", p("Sorvillers, ville du Val-d'Oise, 59 000 habitants.") + news
          + m.links([("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier"),
                     ("/vie-citoyenne/droit-de-petition", "Droit de pétition"), ("/vie-citoyenne/voisins-solidaires", "Voisins solidaires"),
                     ("/questionnaire-mobilites", "Questionnaire mobilités"), ("/contact", "Contact"), ("/demarches/reservation-salle", "Réserver une salle"),
                     ("/mon-compte", "Mon compte")], "Accès rapides")),
        P("/vie-citoyenne", "Vie citoyenne", p(
            "Participer, c'est agir pour sa ville. Sorvillers a adopté en 2021 une charte de la participation citoyenne : conseils de quartier, conseil des sages, "
            "droit de pétition, consultations et réunions publiques.")
          + m.links([("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier"), ("/vie-citoyenne/conseil-des-sages", "Conseil des sages"),
                     ("/vie-citoyenne/droit-de-petition", "Le droit de pétition"), (pet, "Les pétitions en cours"),
                     ("/vie-citoyenne/voisins-solidaires", "Voisins solidaires")]), "participation_displayed"),
        P("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier", p(
            "Les sept conseils de quartier sont des lieux d'échange entre habitants et élus. Chacun se réunit en assemblée plénière ouverte à tous deux fois par an.",
            '<a href="/vie-citoyenne/conseils-de-quartier/centre-gare">Conseil de quartier Centre-Gare</a>'), "participation_displayed"),
        P("/vie-citoyenne/conseils-de-quartier/centre-gare", "Conseil de quartier Centre-Gare", p(
            "Coprésidé par une habitante et l'adjoint au maire. Dernière plénière le 18 janvier : projet de parvis de la gare, sécurité des cheminements piétons.",
            "Prochaine plénière : le 4 avril à 19h, salle Camille-Claudel. Ouverte à tous."), "participation_displayed"),
        P("/vie-citoyenne/conseil-des-sages", "Conseil des sages", p(
            "Le conseil des sages réunit 30 Sorvillois retraités. Il est consulté sur les projets de la ville et peut s'autosaisir de toute question d'intérêt communal."),
          "participation_displayed"),
        P("/vie-citoyenne/droit-de-petition", "Le droit de pétition", p(
            "Depuis 2022, toute personne de plus de 16 ans habitant Sorvillers peut lancer une pétition sur le site de la ville.",
            "À 300 signatures, les pétitionnaires sont reçus par le maire. À 1 500 signatures, la question est inscrite à l'ordre du jour du conseil municipal.",
            f'<a href="{pet}">Voir les pétitions en cours</a> — <a href="{pet}/deposer">Déposer une pétition</a>'), "petition participation_displayed"),
        P(pet, "Pétitions en cours", '<div class="view view-petitions">'
          + "".join(f'<div class="views-row"><h3><a href="{pet}/{s}">{t}</a></h3><p>{n} signatures — clôture le {d}</p></div>'
                    for s, t, n, d in (("eclairage-parc-des-sources", "Éclairer le parc des Sources le soir", 312, "30 juin"),
                                       ("navette-hopital", "Une navette vers l'hôpital le samedi", 1_604, "15 mai")))
          + f'</div><p><a href="{pet}/deposer" class="button">Lancer une pétition</a></p>', "petition"),
        P(f"{pet}/eclairage-parc-des-sources", "Éclairer le parc des Sources le soir", p(
            "Nous demandons l'éclairage de l'allée principale du parc des Sources jusqu'à 22h, pour la sécurité des joggeurs et des familles.",
            "<strong>312 signatures</strong> sur 300 nécessaires pour une rencontre avec le maire.")
          + _webform("petition_signature", [("nom", "Nom", "text", ()), ("prenom", "Prénom", "text", ()), ("email", "Courriel", "email", ()),
                                           ("code_postal", "Code postal", "text", ())], "Je signe"), "petition"),
        P(f"{pet}/navette-hopital", "Une navette vers l'hôpital le samedi", p(
            "La pétition a atteint 1 604 signatures. Elle sera examinée au conseil municipal du 23 mai.")
          + _webform("petition_signature_2", [("nom", "Nom", "text", ()), ("email", "Courriel", "email", ())], "Je signe"), "petition"),
        # filing a petition sends a free text to the city through a form
        P(f"{pet}/deposer", "Déposer une pétition", p("Rédigez votre pétition : elle sera publiée après vérification de sa recevabilité (compétence communale, respect de la charte).")
          + _webform("petition_depot", [("titre", "Titre de la pétition", "text", ()), ("texte", "Texte de la pétition", "textarea", ()),
                                       ("nom", "Votre nom", "text", ()), ("email", "Votre courriel", "email", ())], "Soumettre"),
          "petition contact_form"),
        # the city's page presenting its neighbours' network, with the way in
        P("/vie-citoyenne/voisins-solidaires", "Voisins solidaires", p(
            "Voisins solidaires, c'est le réseau social de proximité des Sorvillois : prêter une perceuse, proposer un covoiturage, organiser la fête des voisins.",
            "Le réseau est gratuit, réservé aux habitants, et animé par la maison des solidarités.",
            f'<a href="http://{SV_VOISINS}/">Rejoindre Voisins solidaires</a>'), "territorial_social_network"),
        P("/questionnaire-mobilites", "Questionnaire : vos mobilités", p("La ville prépare son plan de mobilité. Répondez à ce questionnaire d'ici le 15 juin.")
          + _webform("questionnaire_mobilites", [("transport", "Comment vous rendez-vous au travail ?", "radios", ("Voiture", "Transports en commun", "Vélo", "À pied")),
                                                ("duree", "Durée de votre trajet", "radios", ("Moins de 15 min", "15 à 30 min", "Plus de 30 min")),
                                                ("quartier", "Votre quartier", "text", ())], "Valider mes réponses"), "poll"),
        P("/actualites/consultation-rythmes-resultats", "Rythmes scolaires : les résultats de la consultation", p(
            "1 812 familles ont répondu. 68 % sont favorables à la semaine de quatre jours. La consultation est close."), d="poll"),
        P("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : un nouveau protocole", p(
            "Le maire, le préfet et le commissaire de police ont signé le protocole de participation citoyenne. Des habitants volontaires deviennent référents de leur quartier."),
          d="participation_displayed territorial_social_network"),
        P("/actualites/enquete-insee-emploi", "Enquête de l'Insee sur l'emploi", p(
            "L'Insee réalise une enquête statistique sur l'emploi. Quelques ménages sorvillois seront interrogés par un enquêteur muni d'une carte officielle."), d="poll"),
        P("/agenda/forum-des-associations", "Forum des associations", p("Samedi 7 septembre, gymnase Pierre-de-Coubertin : 120 associations vous attendent."),
          d="forum"),
        P("/contact", "Contact", p("Hôtel de ville, 1 rue de la Mairie. Écrivez-nous :")
          + _webform("contact", [("name", "Nom", "text", ()), ("email", "Courriel", "email", ()), ("subject", "Objet", "text", ()),
                                 ("message", "Message", "textarea", ())]), "contact_form"),
        P("/demarches/reservation-salle", "Réserver une salle", m.booking("/demarches/reservation-salle", "une salle municipale",
                                                                           ["Salle Camille-Claudel", "Salle des Tilleuls"]), d="contact_form"),
        P("/mon-compte", "Mon compte", m.login("/user/login", "name", "pass"), d="contact_form"),
    ]
    www = Site(SV, "drupal", "Ville de Sorvillers", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Pétitions", pet), ("Contact", "/contact")],
               accounts=acc, address="Hôtel de ville, 1 rue de la Mairie, 95370 Sorvillers")
    vpages = [
        P("/", "Voisins solidaires", p("Bienvenue sur le réseau des voisins de Sorvillers : 2 340 membres, 7 quartiers.")
          + '<ul class="feed">'
          + "".join(f'<li class="feed-item"><a href="{h}">{t}</a></li>' for h, t in (
              ("/annonces/pret-echelle", "Prête une échelle de 3 m — quartier des Tilleuls"), ("/evenements/fete-des-voisins", "Fête des voisins rue Berlioz"),
              ("/quartiers/centre-gare", "Quartier Centre-Gare")))
          + '</ul><p><a href="/annonces">Toutes les annonces</a> · <a href="/evenements">Les événements</a></p>'
          + f'<p><a href="http://{SV}/">Site de la ville</a></p>', "territorial_social_network"),
        P("/annonces", "Annonces", '<ul class="feed"><li><a href="/annonces/pret-echelle">Prête une échelle de 3 m</a></li><li>Cherche covoiturage vers Cergy le matin</li></ul>',
          "territorial_social_network"),
        P("/annonces/pret-echelle", "Prête une échelle de 3 m", p("Je prête volontiers mon échelle aux voisins du quartier des Tilleuls. — Michel")
          + '<div class="comments"><p>Claire : Merci Michel, je peux passer samedi ?</p><a href="/connexion">Connectez-vous pour répondre</a></div>',
          "territorial_social_network"),
        P("/evenements", "Événements", '<ul><li><a href="/evenements/fete-des-voisins">Fête des voisins rue Berlioz — 31 mai</a></li></ul>', "territorial_social_network"),
        P("/evenements/fete-des-voisins", "Fête des voisins rue Berlioz", p("Rendez-vous le 31 mai à 19h, chacun apporte un plat. 18 participants inscrits."),
          "territorial_social_network"),
        P("/quartiers/centre-gare", "Quartier Centre-Gare", p("412 voisins inscrits dans ce quartier. Dernières annonces et entraide."), "territorial_social_network"),
    ]
    voisins = Site(SV_VOISINS, "community", "Voisins solidaires Sorvillers", vpages, menu=[("Accueil", "/"), ("Annonces", "/annonces"), ("Événements", "/evenements")],
                   features=frozenset({"territorial_social_network"}))
    return City("99215", "Sorvillers", 58_900, "95", "11", "Île-de-France", f"http://{SV}/", [www, voisins]), {}


# ---- 99216 Orgelas: Joomla 3, Komento, a poll module, a FluxBB board, a closed call for ideas --------------------

OR = "www.orgelas.fr"
OR_FORUM = "forum.orgelas.fr"


def orgelas():
    poll = m.acepolls(6, "Quel aménagement pour la place de la Fontaine ?", ["Plus d'ombre et de bancs", "Un espace piéton le dimanche", "Des places de stationnement", "Ne rien changer"])
    vl = "/index.php/vie-locale"
    news = ('<div class="blog-featured"><h2>À la une</h2>'
            + "".join(f'<div class="item"><h3><a href="{h}">{t}</a></h3><p>{x}</p><p class="readmore"><a class="btn" href="{h}">Lire la suite...</a></p></div>'
                      for h, t, x in (("/index.php/actualites/123-fontaine-restauree", "La fontaine des Quatre-Saisons restaurée", "Le chantier s'achève."),
                                      ("/index.php/actualites/124-travaux-rd942", "Travaux sur la RD942", "Déviation jusqu'au 15 mai."),
                                      (f"{vl}/sondage-resultats", "Résultats du sondage sur les feux d'artifice", ""),
                                      (f"{vl}/appel-a-idees-coeur-de-village", "Cœur de village : merci pour vos idées", "")))
            + "</div>")
    pages = [
        P("/", "Accueil", p("Bienvenue à Orgelas, ville provençale au pied des Monts de Vaucluse.") + news
          + m.links([(f"{vl}/la-parole-aux-habitants", "La parole aux habitants"), (f"{vl}/reunions-de-quartier", "Réunions de quartier"),
                     (f"{vl}/sondage", "Votre avis"), ("/index.php/mairie/contact", "Contact"), ("/index.php/mairie/ecrire-au-maire", "Écrire au maire"),
                     ("/index.php/mairie/marches-publics", "Marchés publics"), ("/index.php/enfance/inscriptions-periscolaire", "Périscolaire"),
                     ("/index.php/tourisme", "Tourisme"), ("/index.php/actualites/126-ligne-ter", "Ligne TER"), (f"http://{OR_FORUM}/index.php", "Forum citoyen")], "Accès rapides")
),
        P("/index.php/mairie/contact", "Contacter la mairie", p("Mairie d'Orgelas, cours Jean-Moulin. Du lundi au vendredi de 8h à 12h et de 13h30 à 17h.")
          + m.j3_contact("/index.php/mairie/contact"), "contact_form"),
        P("/index.php/mairie/ecrire-au-maire", "Écrire au maire", p('Le maire vous répond : <a href="mailto:cabinet.maire@orgelas.fr">cabinet.maire@orgelas.fr</a>. '
                                                                     "Permanence sans rendez-vous le mardi de 16h à 18h."), d="contact_form"),
        P(f"{vl}/la-parole-aux-habitants", "La parole aux habitants", p(
            "Depuis 2014, Orgelas organise chaque printemps des réunions publiques dans chaque quartier et un comité consultatif des usagers des services publics.",
            "Les habitants sont associés aux projets : concertation sur le cœur de village, ateliers sur les jardins familiaux, forum citoyen en ligne.",
            f'<a href="{vl}/reunions-de-quartier">Les réunions de quartier</a>') + ASIDE + poll, "participation_displayed poll"),
        P(f"{vl}/reunions-de-quartier", "Les réunions de quartier", p(
            "Quatre secteurs : Les Aires, Le Plan, Saint-Véran, Les Bourguets. Une réunion publique par secteur chaque année, avec le maire et les élus de secteur.",
            f'<a href="{vl}/reunions-de-quartier/compte-rendu-les-aires">Compte rendu : Les Aires</a>'), "participation_displayed"),
        P(f"{vl}/reunions-de-quartier/compte-rendu-les-aires", "Réunion de quartier des Aires : compte rendu", p(
            "62 habitants présents le 8 avril. Questions posées : vitesse avenue des Cerisiers, entretien du canal, ramassage des encombrants.",
            "Engagements : deux ralentisseurs avant l'été, nettoyage du canal en octobre."), "participation_displayed"),
        P("/index.php/actualites/123-fontaine-restauree", "La fontaine des Quatre-Saisons restaurée", p(
            "Après quatre mois de travaux, la fontaine du XVIIIe siècle a retrouvé ses mascarons. Elle sera remise en eau le 1er mai.")
          + m.komento(123, [("Odile", "12 avril 2024", "Magnifique travail des tailleurs de pierre !"), ("Patrick R.", "13 avril 2024", "Et l'eau sera-t-elle potable ?")]),
          "comments", "contact_form"),
        P("/index.php/actualites/124-travaux-rd942", "Travaux sur la RD942", p("Le Département refait la chaussée entre le rond-point des Vignes et le pont de l'Ouvèze.")
          + m.komento(124, [], open_=False), d="comments"),
        P(f"{vl}/sondage", "Votre avis", p("Chaque trimestre, la ville vous pose une question sur un projet en cours.") + ASIDE + poll, "poll"),
        P(f"{vl}/sondage-resultats", "Résultats du sondage sur les feux d'artifice", p(
            "Question : faut-il maintenir le feu d'artifice du 14 juillet ? Oui : 74 % — Non : 19 % — Sans avis : 7 % (1 006 votes). Le sondage est terminé."), d="poll"),
        # a closed call for ideas: the call is still shown, with its outcome
        P(f"{vl}/appel-a-idees-coeur-de-village", "Cœur de village : l'appel à idées", p(
            "Du 1er février au 15 mars, la ville a invité les habitants à proposer leurs idées pour le cœur de village : 84 contributions ont été reçues.",
            "L'appel à idées est clos. La synthèse sera présentée en réunion publique le 25 avril ; les idées retenues seront intégrées au projet d'aménagement."),
          "suggestion_call participation_displayed"),
        P("/index.php/actualites/126-ligne-ter", "Ligne TER Avignon-Carpentras : le conseil soutient les usagers", p(
            "Le conseil municipal a adopté une motion pour le renforcement des dessertes du matin.",
            "Une association d'usagers fait aussi signer une pétition sur un site national de pétitions ; la ville n'en est pas l'organisatrice."),
          d="petition"),
        P("/index.php/mairie/marches-publics", "Marchés publics", p("Consultation en cours : entretien des espaces verts (MAPA), remise des offres avant le 3 mai.",
                                                                    "Appel à candidatures : occupation du kiosque de la place de la Fontaine pour la saison estivale."),
          d="suggestion_call"),
        P("/index.php/enfance/inscriptions-periscolaire", "Inscriptions périscolaires", p("Réglez vos factures de cantine et de garderie en ligne.")
          + m.payment("/index.php/enfance/paiement", "Identifiant famille"), d="contact_form"),
        P("/index.php/tourisme", "Tourisme", p("L'office de tourisme intercommunal vous accueille place de la Mairie.",
                                               'Suivez l\'office de tourisme : <a href="https://www.facebook.com/OTMontsdeVaucluse">Facebook</a> · '
                                               '<a href="https://www.instagram.com/montsdevaucluse_tourisme/">Instagram</a>')),
        P(f"{vl}/tribune", "Expression des groupes", p("Groupe Orgelas Ensemble : ...", "Groupe Un nouvel élan pour Orgelas : ..."), d="forum comments"),
    ]
    www = Site(OR, "joomla", "Ville d'Orgelas", pages,
               menu=[("Accueil", "/"), ("La parole aux habitants", f"{vl}/la-parole-aux-habitants"), ("Expression des groupes", f"{vl}/tribune"),
                     ("Contact", "/index.php/mairie/contact")],
               accounts=[social("facebook", "orgelas.ville"), social("instagram", "ville_orgelas")],
               address="Mairie, cours Jean-Moulin, 84210 Orgelas")

    def table(head, rows):
        return (f'<div class="blocktable"><h2><span>{head}</span></h2><div class="box"><div class="inbox"><table cellspacing="0">'
                '<thead><tr><th class="tcl" scope="col">Sujet</th><th class="tc2" scope="col">Réponses</th><th class="tcr" scope="col">Dernier message</th></tr></thead><tbody>'
                + "".join(f'<tr class="row{"odd" if i % 2 else "even"}"><td class="tcl"><div class="tclcon"><div><a href="{h}">{t}</a> <span class="byuser">par {a}</span></div></div></td>'
                          f'<td class="tc2">{n}</td><td class="tcr">{d}</td></tr>' for i, (h, t, a, n, d) in enumerate(rows))
                + "</tbody></table></div></div></div>")

    def posts(items):
        return "".join(f'<div id="p{pid}" class="blockpost row{"odd" if i % 2 else "even"}"><h2><span>{d}</span></h2><div class="box"><div class="inbox">'
                       f'<div class="postbody"><div class="postleft"><dl><dt><strong>{a}</strong></dt></dl></div><div class="postright"><h3>{t}</h3>'
                       f'<div class="postmsg"><p>{x}</p></div></div></div></div></div></div>' for i, (pid, t, a, d, x) in enumerate(items))

    fpages = [
        P("/index.php", "Index", '<div id="idx1" class="blocktable"><h2><span>Orgelas</span></h2><div class="box"><div class="inbox"><table cellspacing="0">'
          '<thead><tr><th class="tcl" scope="col">Forum</th><th class="tc2" scope="col">Discussions</th><th class="tc3" scope="col">Messages</th></tr></thead><tbody>'
          '<tr class="rowodd"><td class="tcl"><div class="tclcon"><div><h3><a href="viewforum.php?id=2">Vie du village</a></h3><div class="forumdesc">Propreté, voirie, animations</div></div></div></td><td class="tc2">37</td><td class="tc3">259</td></tr>'
          '<tr class="roweven"><td class="tcl"><div class="tclcon"><div><h3><a href="viewforum.php?id=3">Questions à la mairie</a></h3><div class="forumdesc">Les services vous répondent</div></div></div></td><td class="tc2">21</td><td class="tc3">96</td></tr>'
          '</tbody></table></div></div></div>', "forum"),
        P("/viewforum.php?id=2", "Vie du village", '<div class="linkst"><p class="postlink conr"><a href="login.php">Nouvelle discussion</a></p></div>'
          + table("Vie du village", [("viewtopic.php?id=17", "Chiens non tenus en laisse au parc", "Mireille84", 6, "Aujourd'hui 09:12"),
                                     ("viewtopic.php?id=19", "Vide-grenier de l'école", "APE Orgelas", 3, "Hier 18:40")]), "forum"),
        P("/viewforum.php?id=3", "Questions à la mairie", table("Questions à la mairie", [("viewtopic.php?id=22", "Horaires de la déchetterie", "Jean-Luc", 2, "02-04-2024 11:15")]),
          "forum"),
        P("/viewtopic.php?id=17", "Chiens non tenus en laisse au parc", posts([
            (171, "Chiens non tenus en laisse", "Mireille84", "Aujourd'hui 08:02", "Au parc Saint-Véran, les enfants ont peur. Peut-on rappeler la règle ?"),
            (174, "Re: Chiens non tenus en laisse", "Modération mairie", "Aujourd'hui 09:12", "Un panneau va être posé et la police municipale passera plus souvent.")])
          + '<p class="postlink"><a href="login.php">Identifiez-vous pour répondre</a></p>', "forum"),
        P("/viewtopic.php?id=19", "Vide-grenier de l'école", posts([(190, "Vide-grenier", "APE Orgelas", "Hier 18:40", "Inscriptions jusqu'au 10 mai auprès de l'APE.")]),
          "forum"),
        P("/viewtopic.php?id=22", "Horaires de la déchetterie", posts([(220, "Horaires", "Jean-Luc", "02-04-2024 10:31", "La déchetterie ouvre-t-elle le lundi ?"),
                                                                       (221, "Re: Horaires", "Modération mairie", "02-04-2024 11:15", "Non, du mardi au samedi.")]),
          "forum"),
        P("/register.php", "Inscription", '<div class="blockform"><h2><span>Inscription</span></h2><div class="box"><form id="register" method="post" action="register.php?action=register">'
          '<div class="inform"><fieldset><legend>Saisissez un nom d\'utilisateur</legend><label class="required"><strong>Nom d\'utilisateur</strong><input type="text" name="req_user" size="25" maxlength="25" /></label></fieldset></div>'
          '<div class="inform"><fieldset><legend>Adresse e-mail</legend><label class="required"><strong>E-mail</strong><input type="text" name="req_email1" size="50" maxlength="80" /></label></fieldset></div>'
          '<p class="buttons"><input type="submit" name="register" value="Inscription" /></p></form></div></div>', d="forum contact_form"),
        P("/login.php", "Identification", '<div class="blockform"><h2><span>Identification</span></h2><div class="box"><form id="login" method="post" action="login.php?action=in">'
          '<div class="inform"><fieldset><label class="conl required"><strong>Nom d\'utilisateur</strong><input type="text" name="req_username" size="25" /></label>'
          '<label class="conl required"><strong>Mot de passe</strong><input type="password" name="req_password" size="25" /></label></fieldset></div>'
          '<p class="buttons"><input type="submit" name="login" value="Identification" /></p></form></div></div>', d="forum contact_form"),
    ]
    forum = Site(OR_FORUM, "vendor", "Forum citoyen d'Orgelas", fpages)
    city = City("99216", "Orgelas", 19_200, "84", "93", "Provence-Alpes-Côte d'Azur", f"http://{OR}/", [www, forum],
                decoy_accounts=("https://www.facebook.com/otmontsdevaucluse", "https://www.instagram.com/montsdevaucluse_tourisme"))
    return city, {OR_FORUM: "fluxbb"}


# ---- 99217 Saint-Amblard: SPIP 3, a SPIP petition, a forum rubrique, a sondage, an idea box -----------------------

SA = "www.saint-amblard.fr"


def saint_amblard():
    def a(n):
        return f"/spip.php?article{n}"

    news = m.teasers([
        (a(302), "Pétition : un passage piéton rue Vendôme", "04/04/2024", "Signez en ligne."),
        (a(304), "Sondage : le nom de la future médiathèque", "28/03/2024", "Trois noms en lice."),
        (a(313), "Réunion publique sur le PLU", "20/03/2024", "Compte rendu et vos réactions."),
        (a(310), "Forum des associations", "15/03/2024", ""),
        (a(314), "Recensement : merci !", "01/03/2024", ""),
    ])
    acc = [social("facebook", "SaintAmblard42"), social("mastodon", "saintamblard@piaille.fr")]
    pages = [
        P("/", "Accueil", p("Saint-Amblard, ville du Forez, 27 000 habitants.") + news
          + m.links([("/spip.php?rubrique12", "Espace citoyen"), ("/spip.php?rubrique20", "Forum des habitants"), (a(306), "Boîte à idées"),
                     (a(309), "Contact"), (a(307), "Budget participatif 2022"), (a(311), "Compte administratif"), (a(315), "Tranquillité vacances")], "Raccourcis")),
        P("/spip.php?rubrique12", "Espace citoyen", p(
            "L'espace citoyen rassemble les outils de la démocratie locale à Saint-Amblard : conseils de quartier, comité consultatif, droit de pétition, sondages et boîte à idées.")
          + m.links([(a(301), "Conseils de quartier et comité consultatif"), (a(303), "Le droit de pétition"), (a(302), "Pétition en cours"),
                     (a(304), "Sondage en cours"), (a(305), "Résultats des sondages"), (a(306), "Boîte à idées"), (a(308), "Appel à candidatures : conseil des sages")]),
          "participation_displayed"),
        P(a(301), "Conseils de quartier et comité consultatif", p(
            "Cinq conseils de quartier se réunissent chaque trimestre. Le comité consultatif de la vie locale, composé d'habitants tirés au sort et d'associations, "
            "donne son avis sur le budget et les grands projets avant leur passage en conseil municipal."), "participation_displayed"),
        P(a(302), "Pétition : un passage piéton sécurisé rue Vendôme", p(
            "Les parents d'élèves de l'école Jean-Rostand demandent un passage piéton surélevé rue Vendôme. Cette pétition est hébergée par la ville dans le cadre du droit de pétition.")
          + m.spip_petition(a(302), 302, 187, [("05/04/2024", "Hélène B.", "Indispensable le matin."), ("05/04/2024", "Karim", ""),
                                               ("06/04/2024", "J. Forissier", "Les voitures roulent trop vite.")]), "petition"),
        P(a(303), "Le droit de pétition", p(
            "Le règlement intérieur du conseil municipal prévoit un droit de pétition : toute pétition hébergée sur le site et signée par 500 habitants est examinée en conseil municipal.",
            f'Pour déposer une pétition, écrivez au service démocratie locale. <a href="{a(302)}">Pétition en cours</a>'), "petition participation_displayed"),
        P(a(304), "Sondage : le nom de la future médiathèque", p("La médiathèque ouvrira en 2025. Votez pour son nom :")
          + m.formidable(14, a(304), [("nom_media", "Votre choix", "radio", ("Médiathèque Honoré-d'Urfé", "L'Astrée", "La Grange aux livres"))], "Voter"), "poll"),
        P(a(305), "Résultats des sondages", p("Sondage sur le jour de marché (clos) : samedi 61 %, mercredi 27 %, dimanche 12 %.",
                                              "Sondage sur les illuminations de Noël (clos) : garder les illuminations 78 %."), d="poll"),
        P("/spip.php?rubrique20", "Forum des habitants", p("Un espace de discussion ouvert à tous, modéré a priori. Choisissez un sujet ou proposez-en un nouveau.")
          + m.links([(a(320), "Stationnement en centre-ville (14 messages)"), (a(321), "Pistes cyclables vers Montbrison (9 messages)")], "Sujets"),
          "forum"),
        P(a(320), "Stationnement en centre-ville", p("Sujet lancé par la rédaction : que pensez-vous du stationnement payant place de la Grenette ?")
          + m.spip_forum_thread([(901, "Trop cher", "2 avril", "Robert", "Un euro de l'heure, c'est trop pour faire ses courses."),
                                 (903, "Re : Trop cher", "2 avril", "Sandrine", "La première demi-heure est gratuite, non ?"),
                                 (905, "Zone bleue", "3 avril", "Alain", "Une zone bleue serait plus simple.")])
          + m.spip_forum_form(a(320), 320), "forum", "contact_form"),
        P(a(321), "Pistes cyclables vers Montbrison", m.spip_forum_thread([(920, "Piste", "1er avril", "Léa", "Il manque 2 km de piste sûre le long de la départementale.")])
          + m.spip_forum_form(a(321), 321), "forum", "contact_form"),
        P(a(306), "Boîte à idées", p("Une idée pour Saint-Amblard ? Déposez-la dans notre boîte à idées en ligne.")
          + m.formidable(15, a(306), [("nom", "Nom", "input", ()), ("mail", "Courriel", "input", ()), ("idee", "Votre idée", "textarea", ())], "Envoyer mon idée"),
          "suggestion_call contact_form"),
        P(a(307), "Budget participatif 2022 : le bilan", p(
            "Pour sa première édition, le budget participatif a permis de réaliser six projets choisis par 1 450 votants : "
            "tables de pique-nique au bord du Lignon, jeux d'eau au parc, composteurs partagés...", "Une nouvelle édition est à l'étude."),
          "participatory_budget"),
        # a call for candidates to a participatory body: it presents the body, it asks for no ideas
        P(a(308), "Appel à candidatures : conseil des sages", p(
            "Vous avez plus de 60 ans et souhaitez vous investir pour votre ville ? Le conseil des sages renouvelle la moitié de ses membres.",
            "Le conseil des sages rend des avis au maire et mène des projets sur la mémoire, la mobilité et le lien entre générations. Candidatures avant le 31 mai."),
          "participation_displayed", "suggestion_call"),
        P(a(309), "Contact", p("Hôtel de ville, 2 place de l'Hôtel de Ville.")
          + m.formidable(1, a(309), [("nom", "Nom", "input", ()), ("mail", "Courriel", "input", ()), ("message", "Message", "textarea", ())]), "contact_form"),
        P(a(310), "Forum des associations", p("Samedi 7 septembre, halle des sports : 90 associations sportives, culturelles et solidaires."), d="forum"),
        P(a(311), "Compte administratif 2023", p("Le conseil municipal a approuvé le compte administratif 2023 : excédent de fonctionnement de 2,1 millions d'euros."),
          d="participatory_budget"),
        P(a(313), "Réunion publique sur le PLU : compte rendu", p("150 personnes ont assisté à la réunion publique du 19 mars sur le projet de PLU. Réagissez ci-dessous.")
          + m.spip_forum_thread([(940, "Zones agricoles", "20 mars", "Paul V.", "Merci de préserver les terres du plateau.")])
          + m.spip_forum_form(a(313), 313), "comments", "contact_form"),
        P(a(314), "Recensement : merci !", p("Le recensement de la population s'est achevé le 15 février. Merci d'avoir répondu en ligne ou sur papier aux agents recenseurs."),
          d="poll"),
        P(a(315), "Opération tranquillité vacances", p("Signalez votre absence à la police municipale. Le dispositif Participation citoyenne est aussi actif dans trois quartiers."),
          d="participation_displayed"),
    ]
    www = Site(SA, "spip", "Saint-Amblard", pages,
               menu=[("Accueil", "/"), ("Espace citoyen", "/spip.php?rubrique12"), ("Forum", "/spip.php?rubrique20"), ("Contact", a(309))],
               accounts=acc, address="Hôtel de ville, 2 place de l'Hôtel de Ville, 42600 Saint-Amblard")
    return City("99217", "Saint-Amblard", 27_300, "42", "84", "Auvergne-Rhône-Alpes", f"http://{SA}/", [www]), {}


# ---- 99218 Vaudrenay: a vendor CMS, Publik e-services, a Decidim platform -----------------------------------------

VD = "www.vaudrenay.fr"
VD_PUB = "demarches.vaudrenay.fr"
VD_DEC = "participer.vaudrenay.fr"


def vaudrenay():
    news = ('<section class="news"><h2>Actualités</h2><ul class="news__list">'
            + "".join(f'<li class="news__item"><a href="{h}">{t}</a></li>' for h, t in (
                ("/actualites/vote-budget-participatif", "Budget participatif : le vote est ouvert"),
                ("/actualites/conseil-municipal-12-decembre", "Conseil municipal du 12 décembre"),
                ("/actualites/enquete-publique-zac-des-varennes", "Enquête publique : ZAC des Varennes"),
                ("/actualites/piscine-enquete-satisfaction", "Piscine : votre avis compte"),
                ("/actualites/appel-a-projets-associatifs", "Appel à projets associatifs")))
            + "</ul></section>")
    acc = [social("facebook", "VilleDeVaudrenay"), social("x", "vaudrenay", "https://x.com/Vaudrenay"), social("youtube", "VilleDeVaudrenay"),
           social("linkedin", "ville-de-vaudrenay")]
    pages = [
        P("/", "Accueil", p("Vaudrenay, 66 500 habitants, sur les bords de la Loire.") + news
          + m.links([("/participer", "Participer"), ("/participer/conseils-citoyens", "Conseils citoyens"), ("/participer/budget-participatif", "Budget participatif"),
                     ("/participer/concertation-quais-de-loire", "Concertation des quais"), ("/contact", "Contact"), ("/newsletter", "Newsletter"),
                     (f"http://{VD_PUB}/", "Démarches en ligne"), (f"http://{VD_DEC}/", "Plateforme participative")], "En un clic")),
        P("/participer", "Participer", p(
            "La Ville de Vaudrenay fait vivre la démocratie participative : conseils citoyens dans les six quartiers, budget participatif « Vaudrenay, c'est vous ! », "
            "concertations sur les projets urbains, et une plateforme de participation en ligne.",
            f'<a href="http://{VD_DEC}/">Accéder à participer.vaudrenay.fr</a>')
          + m.links([("/participer/conseils-citoyens", "Les conseils citoyens"), ("/participer/budget-participatif", "Le budget participatif"),
                     ("/participer/concertation-quais-de-loire", "Concertation : les quais de Loire")]), "participation_displayed"),
        P("/participer/conseils-citoyens", "Les conseils citoyens", p(
            "Dans chaque quartier, un conseil citoyen de 20 à 30 membres, dont la moitié tirés au sort, travaille avec les élus sur les projets du quartier.",
            f'Ses travaux sont publiés sur <a href="http://{VD_DEC}/assemblies/conseils-citoyens">la plateforme</a>.'), "participation_displayed"),
        P("/participer/budget-participatif", "Vaudrenay, c'est vous ! — le budget participatif", p(
            "1 million d'euros pour les projets des habitants. Dépôt des idées en janvier-février, analyse au printemps, vote en mai, réalisation dans les deux ans.",
            f'<a href="http://{VD_DEC}/processes/bp-2025">Participer à l\'édition 2025</a> — <a href="http://{VD_DEC}/processes/bp-2023">Les projets de 2023</a>'),
          "participatory_budget"),
        P("/participer/concertation-quais-de-loire", "Concertation : les quais de Loire", p(
            "Comment réaménager les quais entre le pont Wilson et la guinguette ? La ville ouvre une concertation : réunions publiques, balades urbaines et questionnaire en ligne.",
            f'<a href="http://{VD_DEC}/processes/quais-de-loire">Contribuer en ligne</a>'), "participation_displayed"),
        P("/actualites/vote-budget-participatif", "Budget participatif : le vote est ouvert", p(
            "Du 2 au 31 mai, votez pour vos projets préférés parmi les 42 retenus : en ligne sur la plateforme participative ou dans les mairies de quartier.",
            f'<a href="http://{VD_DEC}/processes/bp-2025/f/15/budgets">Je vote</a>'), "participatory_budget"),
        P("/actualites/conseil-municipal-12-decembre", "Conseil municipal du 12 décembre", p(
            "Ordre du jour : débat d'orientation budgétaire, tarifs 2025, subventions, rapport annuel sur le budget participatif et les conseils citoyens.",
            "La séance est retransmise en direct sur la chaîne YouTube de la ville."), d="participation_displayed participatory_budget"),
        P("/actualites/enquete-publique-zac-des-varennes", "Enquête publique : ZAC des Varennes", p(
            "L'enquête publique préalable à la déclaration d'utilité publique se déroule du 3 au 28 juin. Le registre dématérialisé est ouvert sur le site de la préfecture."),
          d="poll participation_displayed"),
        P("/actualites/piscine-enquete-satisfaction", "Piscine : votre avis compte", p(
            "Des fiches de satisfaction sont à votre disposition à l'accueil du centre aquatique jusqu'au 30 juin. Déposez-les dans l'urne à la sortie."), d="poll"),
        P("/actualites/appel-a-projets-associatifs", "Appel à projets associatifs 2025", p(
            "Les associations peuvent déposer une demande de subvention pour un projet d'animation locale avant le 15 octobre, sur le portail des démarches."),
          d="suggestion_call"),
        P("/contact", "Contact", p("Accueil de l'hôtel de ville : 02 47 00 00 00.",
                                   f'Pour écrire à la mairie, utilisez le <a href="http://{VD_PUB}/contacter-la-mairie/">formulaire de contact</a> du portail des démarches.'),
          d="contact_form"),
        P("/newsletter", "Newsletter", m.newsletter("/newsletter/inscription"), d="contact_form"),
    ]
    www = Site(VD, "vendor", "Ville de Vaudrenay", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Démarches", f"http://{VD_PUB}/"), ("Contact", "/contact")],
               accounts=acc, address="Hôtel de ville, place de la Résistance, 37700 Vaudrenay")

    def wcs(fields, submit="Valider"):
        rows = "".join(
            f'<div class="field {"text" if k != "textarea" else "textarea"} widget-required"><div class="title"><label for="form_{n}">{lab}</label></div><div class="content">'
            + (f'<textarea id="form_{n}" name="{n}" cols="72" rows="8"></textarea>' if k == "textarea" else f'<input id="form_{n}" name="{n}" type="{k}" value="" />')
            + "</div></div>" for n, lab, k in fields)
        return (f'<form method="post" class="quixote" enctype="multipart/form-data" action="" novalidate="novalidate"><div class="form-page">{rows}</div>'
                f'<div class="buttons submit"><button name="submit" value="{submit}">{submit}</button></div><input type="hidden" name="_form_id" value="wcs-form" /></form>')

    pub_pages = [
        P("/", "Démarches en ligne", p("Faites vos démarches 24h/24.") + m.links([
            ("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur l'espace public"),
            ("/reserver-une-salle/", "Réserver une salle"), ("/paiement-cantine/", "Payer la cantine"), (f"http://{VD}/", "Site de la ville")])),
        P("/contacter-la-mairie/", "Contacter la mairie", wcs([("f1", "Nom", "text"), ("f2", "Courriel", "email"), ("f3", "Objet", "text"), ("f4", "Votre message", "textarea")]),
          "contact_form"),
        P("/signaler-un-probleme/", "Signaler un problème sur l'espace public", wcs([("f1", "Adresse", "text"), ("f2", "Nature du problème", "text"),
                                                                                   ("f3", "Description", "textarea"), ("f4", "Courriel", "email")]), "contact_form"),
        P("/reserver-une-salle/", "Réserver une salle", m.booking("/reserver-une-salle/", "salle municipale", ["Salle des Fêtes", "Salle Rabelais"]), d="contact_form"),
        P("/paiement-cantine/", "Payer la cantine", m.payment("/paiement-cantine/", "Numéro de facture"), d="contact_form"),
    ]
    pub = Site(VD_PUB, "publik", "Vaudrenay — Démarches", pub_pages, menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")])

    def card(h, t, x):
        return f'<div class="card__list"><a href="{h}" class="card__link"><h3 class="card__title">{t}</h3></a><p>{x}</p></div>'

    bp = "/processes/bp-2025"
    dec_pages = [
        P("/", "Accueil", '<section class="home__section"><h2 class="h2">Processus en cours</h2>'
          + card(bp, "Budget participatif 2025", "Vote du 2 au 31 mai") + card("/processes/quais-de-loire", "Les quais de Loire", "Concertation")
          + card("/assemblies/conseils-citoyens", "Conseils citoyens", "Assemblées de quartier") + "</section>"
          + f'<p><a href="/processes">Tous les processus</a> · <a href="http://{VD}/">Site de la ville</a></p>', "participation_displayed"),
        P("/processes", "Processus", card(bp, "Budget participatif 2025", "") + card("/processes/quais-de-loire", "Les quais de Loire", "")
          + card("/processes/bp-2023", "Budget participatif 2023", "Terminé"), "participation_displayed"),
        P(bp, "Budget participatif 2025", p("1 million d'euros pour vos projets. Phase en cours : vote.")
          + '<div class="process__phase">Phase 3 sur 4 : Vote</div>'
          + m.links([(f"{bp}/f/14/proposals", "Propositions"), (f"{bp}/f/15/budgets", "Voter")]), "participatory_budget"),
        P(f"{bp}/f/14/proposals", "Propositions", p("128 propositions déposées pendant la phase de dépôt (close le 28 février).")
          + card(f"{bp}/f/14/proposals/231", "Un verger partagé aux Rives", "Quartier des Rives · 46 soutiens")
          + card(f"{bp}/f/14/proposals/236", "Des bancs le long du Cher", "Quartier Saint-Éloi · 31 soutiens"), "participatory_budget suggestion_call"),
        P(f"{bp}/f/14/proposals/231", "Un verger partagé aux Rives", p("Planter 30 arbres fruitiers sur la pelouse rue des Rives, entretenus par les habitants. Coût : 18 000 €.")
          + '<div id="comments" class="comments"><h2>3 commentaires</h2><div class="comment"><p>Super idée pour les enfants de l\'école.</p></div>'
          '<div class="comment"><p>Il faudra un point d\'eau.</p></div><div class="comment"><p>Je suis volontaire pour l\'entretien.</p></div>'
          '<div class="add-comment"><form class="new_comment" action="/comments" method="post"><textarea name="comment[body]" id="add-comment-Proposal-231" '
          'aria-label="Ajouter un commentaire" placeholder="Ajouter un commentaire"></textarea><button type="submit" class="button">Publier le commentaire</button></form></div></div>',
          "participatory_budget suggestion_call comments", "contact_form"),
        P(f"{bp}/f/14/proposals/236", "Des bancs le long du Cher", p("Six bancs entre la passerelle et l'écluse. Coût : 9 000 €."),
          "participatory_budget suggestion_call"),
        P(f"{bp}/f/15/budgets", "Voter pour les projets", p("Vous disposez d'un budget de 1 000 000 €. Sélectionnez les projets que vous souhaitez voir réalisés.")
          + '<div class="budget-summary"><a href="/users/sign_in" class="button">Se connecter pour voter</a></div>', "participatory_budget"),
        P("/processes/bp-2023", "Budget participatif 2023", p("Édition terminée : 14 projets lauréats, 6 812 votants. Suivi des réalisations : 9 projets terminés."),
          "participatory_budget"),
        P("/processes/quais-de-loire", "Les quais de Loire", p("Concertation préalable au réaménagement des quais. Participez au questionnaire en ligne et aux ateliers.")
          + m.links([("/processes/quais-de-loire/f/21/surveys", "Questionnaire")]), "participation_displayed"),
        P("/processes/quais-de-loire/f/21/surveys", "Questionnaire : les quais de demain", '<form class="answer-questionnaire" action="/processes/quais-de-loire/f/21/surveys/answer" method="post">'
          '<div class="questionnaire-step"><fieldset><legend>1. À quelle fréquence allez-vous sur les quais ?</legend><label><input type="radio" name="questionnaire[responses][0][choices][]" value="1" /> Chaque jour</label>'
          '<label><input type="radio" name="questionnaire[responses][0][choices][]" value="2" /> Chaque semaine</label><label><input type="radio" name="questionnaire[responses][0][choices][]" value="3" /> Rarement</label></fieldset>'
          '<fieldset><legend>2. Quelles activités souhaitez-vous ?</legend><label><input type="checkbox" name="questionnaire[responses][1][choices][]" value="4" /> Promenade</label>'
          '<label><input type="checkbox" name="questionnaire[responses][1][choices][]" value="5" /> Guinguettes</label><label><input type="checkbox" name="questionnaire[responses][1][choices][]" value="6" /> Sport</label></fieldset></div>'
          '<button type="submit" class="button">Envoyer</button></form>', "poll"),
        P("/assemblies/conseils-citoyens", "Conseils citoyens", p("Les six conseils citoyens de Vaudrenay publient ici leurs ordres du jour, comptes rendus et avis."),
          "participation_displayed"),
    ]
    dec = Site(VD_DEC, "decidim", "Participer à Vaudrenay", dec_pages,
               menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies/conseils-citoyens")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99218", "Vaudrenay", 66_500, "37", "24", "Centre-Val de Loire", f"http://{VD}/", [www, pub, dec]), {}


@functools.lru_cache(maxsize=1)
def _built():
    return [f() for f in (pont_dhervelle, saint_querande, villebreche, montcalvel, sorvillers, orgelas, saint_amblard, vaudrenay)]


def cities():
    return [city for city, _ in _built()]


def hosts():
    served = {}
    for city, layouts in _built():
        for site in city.sites:
            if site.host in layouts:
                served[site.host] = m.custom_host(site, layouts[site.host])
    return served
