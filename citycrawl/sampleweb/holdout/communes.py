"""Third part of the holdout: eight communes (98201-98208) on WordPress, SPIP, Drupal, Joomla, TYPO3 and
vendor CMSs, with a Decidim, a CONSUL and a Cap Collectif platform, a phpBB board, a neighbours' network
and a participation space drawn by a script; their lookalikes sit beside them (HOLDOUT.md)."""
import json
from html import escape
from urllib.parse import unquote

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import communes_markup as m


# ---- 98201 Saint-Aurèle-sur-Vienne: WordPress -------------------------------------------------------

def saint_aurele() -> City:
    host = "www.saint-aurele-sur-vienne.fr"
    salle = "/2025/05/12/la-salle-des-fetes-fait-peau-neuve/"
    horaires = "/2025/04/28/nouveaux-horaires-d-ouverture-de-la-mairie/"
    resultats = "/sondages/resultats-fete-de-la-musique/"
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue à Saint-Aurèle-sur-Vienne, 7 400 habitants, entre les bords de Vienne et les monts de Blond.",
            [("/vie-associative/", "Vie associative"), ("/boite-a-idees/", "Boîte à idées"),
             ("/mairie/emploi/", "La mairie recrute"), ("/lettre-d-information/", "Lettre d'information"),
             ("/partenaires/", "Nos partenaires"), ("/contact/", "Contacter la mairie")],
            [(salle, "La salle des fêtes fait peau neuve", "12 mai 2025",
              "Isolation, accessibilité, nouvelle cuisine : la salle rouvre pour la rentrée."),
             (horaires, "Nouveaux horaires d'ouverture de la mairie", "28 avril 2025",
              "L'accueil est désormais ouvert le samedi matin."),
             (resultats, "Fête de la musique : les résultats du sondage", "2 avril 2025",
              "Vous avez choisi le lieu de la prochaine édition.")],
            [("21", "juin", "Fête de la musique au port de Lavaud", resultats),
             ("6", "sept.", "Forum des associations, gymnase Jean-Moulin", "/vie-associative/")])),
        page(salle, "La salle des fêtes fait peau neuve", m.paras(
            "Après huit mois de travaux, la salle des fêtes Marcel-Pagnol rouvrira ses portes le 1er septembre. "
            "Isolation des murs et de la toiture, rampe d'accès, sanitaires adaptés et cuisine neuve : le chantier a "
            "coûté 612 000 €, dont 40 % financés par l'État et le Département.",
            "Les associations pourront réserver la salle dès le mois de juin auprès du secrétariat de mairie.")
            + m.share_links(f"http://{host}{salle}", "La salle des fêtes fait peau neuve")
            + m.wp_comments(812, "La salle des fêtes fait peau neuve", [
                (57, "Martine R.", "12 mai 2025 à 18 h 40", "Très belle réalisation ! Est-ce que la salle sera "
                 "louable aux particuliers pour les mariages ?"),
                (58, "Mairie de Saint-Aurèle", "13 mai 2025 à 9 h 05", "Bonjour, oui : les tarifs de location aux "
                 "particuliers seront votés au conseil de juin."),
                (61, "Jean-Claude B.", "14 mai 2025 à 21 h 12", "Pensez au parking vélo devant l'entrée, il n'y en "
                 "avait pas avant.")]),
            {"comments"}, decoys={"contact_form"}),  # a comment form publishes under the post: no message to the city
        page(horaires, "Nouveaux horaires d'ouverture de la mairie", m.paras(
            "À compter du 5 mai, l'accueil de la mairie est ouvert du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 "
            "à 17 h, ainsi que le samedi de 9 h à 12 h.",
            "Les demandes de cartes d'identité et de passeports se font toujours sur rendez-vous.")
            + m.wp_comments_closed(), decoys={"comments"}),
        page("/vie-associative/", "Vie associative", m.with_sidebar(
            m.paras("Plus de cinquante associations font vivre Saint-Aurèle : sport, culture, solidarité, patrimoine.",
                    "Le forum des associations a lieu chaque année le premier samedi de septembre au gymnase "
                    "Jean-Moulin : c'est le moment de s'inscrire aux activités de la saison.",
                    "Les demandes de subvention pour 2026 sont à déposer avant le 31 octobre.")
            + m.link_list([("/contact/", "Demander une salle"), (resultats, "Résultats du dernier sondage")]),
            m.yop_poll(4, "Quel horaire préférez-vous pour le forum des associations ?",
                       ["Samedi 10 h - 17 h", "Samedi 14 h - 19 h", "Dimanche 10 h - 16 h"])),
            {"poll"}, decoys={"forum"}),
        page(resultats, "Fête de la musique : les résultats du sondage", m.paras(
            "Merci aux 318 habitants qui ont répondu ! La fête de la musique aura lieu au port de Lavaud.")
            + m.yop_poll_results(3, "Où organiser la fête de la musique 2025 ?",
                                 [("Place de la Mairie", 31, 99), ("Port de Lavaud", 54, 172), ("Parc du château", 15, 47)],
                                 "31 mars 2025"),
            decoys={"poll"}),
        page("/contact/", "Contacter la mairie", m.paras(
            "Mairie de Saint-Aurèle-sur-Vienne, 1 place de la Libération. Tél. 05 55 00 12 34.",
            "Pour toute question, utilisez le formulaire ci-dessous : le service concerné vous répond sous 5 jours ouvrés.")
            + m.wpforms(231, "/contact/", [("text", "Nom et prénom"), ("email", "E-mail"),
                                           ("select:État civil|Urbanisme|Écoles et périscolaire|Autre", "Objet"),
                                           ("textarea", "Votre message")]),
            {"contact_form"}),
        # A free-text message to the city with name and e-mail: a contact form too, besides the call for ideas.
        page("/boite-a-idees/", "Boîte à idées", m.paras(
            "Une idée pour améliorer la vie à Saint-Aurèle ? Un aménagement, une animation, un service qui manque ?",
            "Partagez-la avec l'équipe municipale : chaque idée est lue en commission et reçoit une réponse.")
            + m.gravity_form(3, "/boite-a-idees/", "Toutes les idées sont les bienvenues, petites ou grandes.",
                             [("text", "Prénom et nom"), ("email", "E-mail"),
                              ("select:Bourg|Lavaud|Les Essarts|La Bregère|Autre hameau", "Votre quartier"),
                              ("textarea", "Votre idée")], "Envoyer mon idée"),
            {"suggestion_call", "contact_form"}),
        page("/lettre-d-information/", "Lettre d'information", m.paras(
            "Recevez chaque mois l'actualité de la commune : travaux, agenda, démarches.")
            + m.mailpoet_form(2, "Inscrivez-vous à la lettre municipale. Désinscription en un clic."),
            decoys={"contact_form"}),
        page("/mairie/emploi/", "La mairie recrute", m.paras(
            "<strong>Appel à candidatures : animateur ou animatrice périscolaire (H/F)</strong>, 24 h par semaine, "
            "à pourvoir le 1er septembre. BAFA exigé.",
            "<strong>Agent des espaces verts (H/F)</strong>, contrat saisonnier de mai à septembre.",
            "Adressez votre lettre de motivation et votre CV à monsieur le Maire, par courrier ou à rh@saint-aurele-sur-"
            "vienne.fr, avant le 15 juin."),
            decoys={"suggestion_call"}),
        page("/partenaires/", "Nos partenaires", m.paras(
            "La commune travaille avec de nombreux partenaires pour l'animation du territoire.",
            "<strong>Office de tourisme Vienne-Glane</strong> : balades, hébergements, visites. Suivez-le sur "
            "<a href=\"https://www.facebook.com/OTVienneGlane\">sa page Facebook</a>.",
            "<strong>Comité des fêtes</strong> : fête votive, brocante, réveillon. Ses photos sur "
            "<a href=\"https://www.instagram.com/comitedesfetes_saintaurele/\">Instagram</a>.",
            "<strong>Communauté de communes</strong> : collecte des déchets, piscine, transport scolaire.")),
    ]
    www = Site(host, "wordpress", "Saint-Aurèle-sur-Vienne", pages,
               menu=[("Accueil", "/"), ("Vie associative", "/vie-associative/"), ("Boîte à idées", "/boite-a-idees/"),
                     ("Contact", "/contact/")],
               accounts=[social("facebook", "SaintAureleSurVienne"), social("instagram", "saintaurele87")],
               address="Mairie, 1 place de la Libération, 87520 Saint-Aurèle-sur-Vienne")
    return City("98201", "Saint-Aurèle-sur-Vienne", 7410, "87", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www],
                decoy_accounts=("https://www.facebook.com/otvienneglane",
                                "https://www.instagram.com/comitedesfetes_saintaurele"))


# ---- 98202 Rocamaure-d'Olt: SPIP ---------------------------------------------------------------------

def rocamaure() -> City:
    host = "www.rocamaure-dolt.fr"
    parking = "/Un-parking-derriere-la-Poste"
    messages = [(112, "Plutôt pour", "14 mars, 18:42", "Sylvie M.", "Le matin, impossible de se garer pour aller à la "
                 "pharmacie. Un parking derrière la Poste rendrait service, à condition de garder le grand tilleul."),
                (115, "Et les arbres ?", "15 mars, 09:10", "Bernard", "Le terrain des Calvet sert de jardin à tout le "
                 "quartier. Pourquoi pas plutôt des places le long de la route d'Espalion ?")]
    pages = [
        page("/", "Accueil", m.home(
            "Rocamaure-d'Olt, village de la vallée du Lot, 2 300 habitants.",
            [(parking, "Un parking derrière la Poste ?"), ("/Questionnaire-transport-a-la-demande", "Transport à la demande"),
             ("/Maintien-de-la-deuxieme-classe", "Pétition pour l'école"), ("/Recensement-de-la-population-2026", "Recensement"),
             ("/Seances-du-conseil-municipal", "Conseil municipal"), ("/Contact", "Écrire à la mairie")],
            [(parking, "Un parking derrière la Poste ?", "12 mars 2026", "Le projet est ouvert à vos remarques."),
             ("/Enquete-publique-modification-du-PLU", "Enquête publique : modification du PLU", "2 mars 2026",
              "Le commissaire enquêteur tiendra trois permanences."),
             ("/Forum-des-associations-2026", "Forum des associations", "20 février 2026", "Rendez-vous le 5 septembre.")],
            [("15", "janv.", "Début du recensement", "/Recensement-de-la-population-2026"),
             ("26", "mars", "Conseil municipal", "/Seances-du-conseil-municipal")])),
        # The messages under an article and its posting form are SPIP's forum (codebook: SPIP forums).
        page(parking, "Un parking derrière la Poste ?", m.paras(
            "La commune étudie l'achat du terrain situé derrière la Poste pour y créer une vingtaine de places de "
            "stationnement. Le plan provisoire est affiché en mairie.",
            "Avant toute décision, le conseil municipal souhaite recueillir l'avis des habitants : exprimez-vous "
            "ci-dessous, les messages sont publiés après relecture.")
            + m.spip_forum_thread(34, messages) + "<h2>Un message, un commentaire ?</h2>"
            + m.spip_forum_form(parking, 34), {"forum"}),
        # Residents sign on the city's own site (SPIP's petitions plugin): a petition by the codebook.
        page("/Maintien-de-la-deuxieme-classe", "Pour le maintien de la deuxième classe de l'école", m.paras(
            "L'inspection académique envisage de fermer l'une des deux classes de l'école Jean-Jaurès à la rentrée. "
            "Le conseil municipal s'y oppose à l'unanimité.",
            "Parents, grands-parents, habitants : signez la pétition ci-dessous. Elle sera remise à la directrice "
            "académique avec la motion du conseil.")
            + m.spip_petition(3, "/Maintien-de-la-deuxieme-classe",
                              "Nous demandons le maintien des deux classes de l'école publique de Rocamaure-d'Olt.",
                              [("18 mars", "Nathalie Fabre"), ("18 mars", "Louis Bousquet"), ("17 mars", "A. Delmas")]),
            {"petition"}),
        page("/Recensement-de-la-population-2026", "Recensement de la population 2026", m.paras(
            "Le recensement de la population a lieu du 15 janvier au 14 février 2026. Deux agents recenseurs, recrutés "
            "par la mairie, passeront dans chaque foyer pour vous remettre vos codes de connexion.",
            "Le plus simple est de répondre en ligne sur <a href=\"https://www.le-recensement-et-moi.fr/\">"
            "le-recensement-et-moi.fr</a>. Vous pouvez aussi remplir les questionnaires papier.",
            "Vos réponses sont confidentielles et transmises à l'Insee. Participer est obligatoire."),
            decoys={"poll"}),
        page("/Enquete-publique-modification-du-PLU", "Enquête publique : modification n° 2 du PLU", m.paras(
            "Par arrêté du 20 février 2026, le maire a prescrit une enquête publique sur la modification n° 2 du plan "
            "local d'urbanisme, du 16 mars au 17 avril 2026 inclus.",
            "Le dossier est consultable en mairie aux heures d'ouverture. Le commissaire enquêteur recevra le public "
            "les 16 mars, 1er avril et 17 avril, de 9 h à 12 h.",
            "Les observations peuvent être consignées sur le registre papier, adressées par courrier au commissaire "
            "enquêteur ou déposées sur le <a href=\"https://www.registre-dematerialise.fr/5123\">registre "
            "dématérialisé</a>."), decoys={"poll"}),
        page("/Questionnaire-transport-a-la-demande", "Questionnaire : un transport à la demande ?", m.paras(
            "La commune étudie, avec la communauté de communes, un service de transport à la demande vers Espalion. "
            "Trois minutes pour nous dire si vous l'utiliseriez : réponses jusqu'au 30 avril.")
            + m.spip_formidable(5, "transport-a-la-demande", "/Questionnaire-transport-a-la-demande", [
                ("radio_1", "Utiliseriez-vous un transport à la demande vers Espalion ?",
                 ["Oui, chaque semaine", "Oui, de temps en temps", "Non"]),
                ("radio_2", "Quel jour vous conviendrait le mieux ?", ["Mardi (jour de marché)", "Jeudi", "Samedi"]),
                ("radio_3", "Avez-vous un véhicule ?", ["Oui", "Non"]),
                ("textarea_1", "Une précision ?", "textarea")], "Envoyer mes réponses"),
            {"poll"}, decoys={"comments", "contact_form"}),
        page("/Forum-des-associations-2026", "Forum des associations", m.paras(
            "Le forum des associations se tiendra le samedi 5 septembre à la salle polyvalente, de 10 h à 17 h.",
            "Rugby, randonnée, occitan, couture, pétanque : venez rencontrer les bénévoles et vous inscrire."),
            decoys={"forum"}),
        page("/Seances-du-conseil-municipal", "Séances du conseil municipal", m.paras(
            "Le conseil municipal se réunit en séance publique à la mairie, salle du conseil.",
            "<strong>Jeudi 26 mars 2026 à 20 h 30</strong> — ordre du jour : vote du budget primitif, subventions aux "
            "associations, acquisition du terrain Calvet, tarifs de la cantine.",
            "<strong>Jeudi 28 mai 2026 à 20 h 30</strong> — compte administratif 2025, questions diverses.",
            "Les procès-verbaux sont affichés en mairie et publiés sur ce site dans la semaine qui suit la séance."),
            decoys={"participation_displayed"}),
        page("/Contact", "Écrire à la mairie", m.paras("Secrétariat ouvert le lundi, le mercredi et le vendredi matin.")
             + m.spip_formidable(1, "contact", "/Contact", [("input_1", "Votre nom", "input"),
                                                           ("email_1", "Votre adresse email", "email"),
                                                           ("input_2", "Objet", "input"),
                                                           ("textarea_1", "Votre message", "textarea")]),
             {"contact_form"}),
    ]
    for fid, title, _date, author, text in messages:  # "Répondre à ce message": the same forum, one page a message
        path = f"/spip.php?page=forum&id_article=34&id_forum={fid}"
        pages.append(page(path, f"Répondre à : {title}", m.paras("Vous répondez au message suivant :")
                          + f'<blockquote class="forum-message"><p><strong>{escape(title)}</strong>, par {escape(author)}'
                            f'</p><p>{text}</p></blockquote>' + m.spip_forum_form(path, 34, fid),
                          {"forum"}, parent=("Un parking derrière la Poste ?", parking)))
    www = Site(host, "spip", "Rocamaure-d'Olt", pages,
               menu=[("Accueil", "/"), ("Vie municipale", "/Seances-du-conseil-municipal"), ("Contact", "/Contact")],
               accounts=[social("mastodon", "rocamaure@piaille.fr"), social("facebook", "MairieDeRocamaure")],
               address="Mairie, place du Foirail, 12500 Rocamaure-d'Olt")
    return City("98202", "Rocamaure-d'Olt", 2310, "12", "76", "Occitanie", f"http://{host}/", [www])


# ---- 98203 Val-de-Brienne: Drupal, and a Decidim platform ---------------------------------------------

def val_de_brienne() -> City:
    host, decidim = "www.val-de-brienne.fr", "participons.val-de-brienne.fr"
    platform = f"http://{decidim}/"
    conseil = "/agenda/conseil-municipal-du-12-juin-2025"
    piscine = "/actualites/la-piscine-rouvre-ses-portes"
    pages = [
        page("/", "Accueil", m.home(
            "Val-de-Brienne, ville de 24 600 habitants au bord de l'Aube.",
            [("/vivre-son-quartier", "Vivre son quartier"), ("/participons", "Participons !"),
             (platform, "La plateforme Participons !"), ("/mediatheque", "Médiathèque"),
             ("/questionnaire-petite-enfance", "Questionnaire petite enfance"), ("/newsletter", "Lettre d'information"),
             ("/contact", "Contact")],
            [(piscine, "La piscine rouvre ses portes", "2 juin 2025", "Nouveaux bassins et horaires d'été."),
             (conseil, "Conseil municipal du 12 juin", "30 mai 2025", "L'ordre du jour est en ligne."),
             (f"{platform}processes/budget-participatif-2025", "Budget participatif : à vous de voter", "15 mai 2025",
              "Vingt-deux projets soumis au vote jusqu'au 30 juin.")],
            [("12", "juin", "Conseil municipal", conseil),
             ("21", "juin", "Réunion du conseil de quartier Sud", "/vivre-son-quartier")])),
        # Conseils de quartier presented under a title without the usual words.
        page("/vivre-son-quartier", "Vivre son quartier", m.paras(
            "La ville est découpée en six secteurs. Dans chacun, un conseil de quartier réunit des habitants volontaires, "
            "des habitants tirés au sort sur les listes électorales et deux élus référents.",
            "Les conseils se réunissent quatre fois par an, en séance ouverte à tous. Ils donnent leur avis sur les "
            "projets de la ville, proposent des aménagements et disposent chacun d'une enveloppe de 15 000 € par an.",
            "Vous souhaitez rejoindre le conseil de votre quartier ? Écrivez au service Démocratie locale.")
            + m.link_list([("/contact", "Écrire au service Démocratie locale"),
                           ("/participons", "Toutes les façons de participer")]),
            {"participation_displayed"}),
        # Presents the city's approach and its participatory budget (envelope, who proposes and votes, when).
        page("/participons", "Participons !", m.paras(
            "Participons ! rassemble toutes les démarches qui associent les habitants aux décisions : conseils de quartier, "
            "concertations sur les grands projets, budget participatif et pétitions citoyennes.",
            "Le budget participatif consacre 150 000 € par an à des projets proposés par les habitants de plus de 11 ans, "
            "puis choisis par leur vote. Le vote 2025 est ouvert jusqu'au 30 juin.",
            "Toutes ces démarches sont accessibles en ligne sur la plateforme Participons !, construite avec le logiciel "
            "libre Decidim, et en mairie pour ceux qui préfèrent le papier.")
            + m.link_list([(platform, "Accéder à la plateforme"), (f"{platform}processes/budget-participatif-2025",
                                                                   "Voter pour le budget participatif"),
                           ("/vivre-son-quartier", "Les conseils de quartier")]),
            {"participation_displayed", "participatory_budget"}, decoys={"participatory_platform"}),
        page(piscine, "La piscine rouvre ses portes", m.paras(
            "Fermée depuis l'automne pour le remplacement de ses bassins, la piscine des Tanneurs rouvre le 14 juin.",
            "Horaires d'été : tous les jours de 10 h à 19 h 30, nocturne le jeudi jusqu'à 21 h.")
            + m.drupal_comments(412, [
                (88, "Karine", "3 juin 2025 - 18:02", "Et les cours d'aquagym ?", "Les cours d'aquagym reprennent-ils "
                 "dès l'été ou seulement en septembre ?"),
                (91, "Thomas L.", "4 juin 2025 - 07:45", "Créneaux du matin", "Merci pour l'ouverture à 10 h, mais un "
                 "créneau à 7 h pour les nageurs qui travaillent serait bienvenu.")]),
            {"comments"}, decoys={"contact_form"}),
        page("/mediatheque", "Médiathèque Louise-Michel", m.with_sidebar(
            m.paras("Ouverte du mardi au samedi. Prêt gratuit pour tous les habitants de Val-de-Brienne.",
                    "Heure du conte le mercredi à 10 h 30, atelier numérique le samedi à 14 h."),
            m.drupal_poll_block(3, "Quelle ouverture supplémentaire souhaitez-vous ?",
                                ["Le dimanche matin", "Le jeudi jusqu'à 20 h", "Le lundi après-midi"], "/mediatheque")),
            {"poll"}),
        page("/questionnaire-petite-enfance", "Questionnaire : vos besoins de garde", m.drupal_webform(
            "questionnaire_petite_enfance", "/questionnaire-petite-enfance", [
                ("mode-de-garde", "Quel mode de garde utilisez-vous aujourd'hui ?",
                 [("creche", "Crèche"), ("assistante", "Assistante maternelle"), ("famille", "Famille"), ("aucun", "Aucun")]),
                ("horaires", "Les horaires d'accueil vous conviennent-ils ?",
                 [("oui", "Oui"), ("plutot", "Plutôt"), ("non", "Non")])],
            "Vos remarques (facultatif)",
            "Parents de jeunes enfants, aidez-nous à préparer l'ouverture de la future crèche des Tanneurs : "
            "ce questionnaire anonyme prend cinq minutes."),
            {"poll"}, decoys={"comments", "contact_form"}),
        page(conseil, "Conseil municipal du 12 juin 2025", m.paras(
            "Le conseil municipal se réunira le jeudi 12 juin 2025 à 19 h, salle des fêtes de l'hôtel de ville.",
            "Ordre du jour : approbation du procès-verbal de la séance du 10 avril ; compte administratif 2024 ; décision "
            "modificative n° 1 ; tarifs des accueils de loisirs ; convention avec le syndicat des eaux ; motions.",
            "La séance est publique et retransmise en direct sur la chaîne vidéo de la ville."),
            decoys={"participation_displayed"}),
        page("/newsletter", "Lettre d'information", m.paras("Chaque vendredi, l'essentiel de l'actualité dans votre boîte.")
             + m.drupal_simplenews("/newsletter"), decoys={"contact_form"}),
        page("/contact", "Contact", m.paras("Hôtel de ville, 2 place Jean-Jaurès. Accueil du lundi au samedi matin.")
             + m.drupal_contact("/contact", ["Accueil", "Démocratie locale", "Enfance", "Urbanisme", "Voirie"]),
             {"contact_form"}),
    ]
    www = Site(host, "drupal", "Ville de Val-de-Brienne", pages,
               menu=[("Accueil", "/"), ("Vivre son quartier", "/vivre-son-quartier"), ("Participons !", "/participons"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "valdebrienne"), social("x", "ValDeBrienne"), social("youtube", "VilleDeValDeBrienne")],
               address="Hôtel de ville, 2 place Jean-Jaurès, 51300 Val-de-Brienne")
    return City("98203", "Val-de-Brienne", 24630, "51", "44", "Grand Est", f"http://{host}/",
                [www, _brienne_decidim(decidim, f"http://{host}/")])


def _brienne_decidim(host, city_site) -> Site:
    process, pb = "/processes/coeur-de-ville", "/processes/budget-participatif-2025"
    proposals, debates = f"{process}/f/41/proposals", f"{process}/f/43/debates"
    pages = [
        page("/", "Accueil", '<section class="home__section hero"><div class="hero__container"><h2 class="hero__title">'
             'Participons à Val-de-Brienne !</h2>' + m.paras(
                 "Participons ! est la plateforme de participation citoyenne de la ville : concertations sur les projets, "
                 "budget participatif, pétitions. Proposez, débattez, votez, et suivez ce que deviennent vos contributions.")
             + '<a href="/processes" class="button button__lg button__secondary">Voir les concertations</a></div></section>'
             '<section class="home__section"><h2 class="h3 decorator">Processus en cours</h2>'
             + m.decidim_cards([(process, "Cœur de ville 2030", ["Concertation", "Jusqu'au 15 juin"]),
                                (pb, "Budget participatif 2025", ["Vote", "Jusqu'au 30 juin"])])
             + '</section><section class="home__section statistics"><h2 class="h3 decorator">Statistiques</h2>'
               '<ul class="statistics__container"><li><strong>1 204</strong> participants</li><li><strong>87</strong> '
               f'propositions</li><li><strong>412</strong> commentaires</li></ul><p><a href="{city_site}">Retour au site '
               'de la ville</a></p></section>',
             {"participation_displayed"}),
        page("/processes", "Processus participatifs", '<div class="layout-main__section"><p class="text-lg">'
             '2 processus actifs</p>' + m.decidim_cards([
                 (process, "Cœur de ville 2030", ["Phase 1 sur 3 : questionnaire, propositions et débats"]),
                 (pb, "Budget participatif 2025", ["Phase 3 sur 4 : vote des projets"])]) + '</div>'),
        page(process, "Cœur de ville 2030", m.paras(
            "La ville engage la transformation de son centre : place du Marché, Grand'Rue, bords de l'Aube. Avant que les "
            "architectes ne dessinent le projet, elle ouvre une concertation à tous les habitants.",
            "Jusqu'au 15 juin, répondez au questionnaire sur vos usages, déposez vos propositions et débattez. Des "
            "ateliers suivront fin juin ; un bilan de la concertation sera publié à l'automne.")
            + '<section class="layout-main__section"><h2 class="h4">Phases</h2><ol class="participatory-space__phase">'
              '<li class="is-active">Questionnaire, propositions et débats — jusqu\'au 15 juin</li><li>Ateliers</li>'
              '<li>Bilan de la concertation</li></ol></section><nav class="participatory-space__nav"><ul>'
              f'<li><a href="{proposals}">Propositions</a></li><li><a href="{process}/f/42/">Questionnaire</a></li>'
              f'<li><a href="{debates}">Débats</a></li></ul></nav>',
            {"participation_displayed"}, parent=("Processus", "/processes")),
        page(proposals, "Propositions", m.paras(
            "Déposez vos propositions pour le cœur de ville jusqu'au 15 juin. Chaque proposition peut recevoir des "
            "soutiens et des commentaires ; les plus soutenues seront étudiées par les services.")
            + m.decidim_login_button("Nouvelle proposition")
            + '<p class="text-lg">2 propositions</p>' + m.decidim_cards([
                (f"{proposals}/318", "Des bancs et de l'ombre place du Marché", ["Justine R.", "128 soutiens", "3 commentaires"]),
                (f"{proposals}/322", "Une rue scolaire devant l'école Jules-Ferry", ["Collectif des parents", "46 soutiens"])]),
            {"suggestion_call"}, parent=("Cœur de ville 2030", process)),
        page(f"{proposals}/318", "Des bancs et de l'ombre place du Marché", m.paras(
            "L'été, la place du Marché est une fournaise. Je propose de planter une dizaine d'arbres et d'installer des bancs "
            "pour que les anciens puissent s'y asseoir le jour du marché.")
            + '<div class="proposal__aside"><span class="proposal__supports">128 soutiens</span>'
            + m.decidim_login_button("Soutenir") + '</div>'
            + m.decidim_comments("Proposal", 318, [
                (2041, "Marc D.", "03/06/2025 21:14", "Oui ! Et un point d'eau potable serait bienvenu."),
                (2046, "Aline", "04/06/2025 08:02", "Attention aux racines et aux réseaux sous la place."),
                (2058, "Ville de Val-de-Brienne", "05/06/2025 11:30", "Merci, la proposition sera étudiée avec les "
                 "paysagistes du projet.")]),
            {"comments"}, parent=("Propositions", proposals)),
        # Comments are open behind a login and none was posted yet: residents can still publish, so it holds comments.
        page(f"{proposals}/322", "Une rue scolaire devant l'école Jules-Ferry", m.paras(
            "Fermer la rue des Écoles à la circulation aux heures d'entrée et de sortie, comme l'ont fait d'autres villes, "
            "pour la sécurité des enfants.")
            + '<div class="proposal__aside"><span class="proposal__supports">46 soutiens</span>'
            + m.decidim_login_button("Soutenir") + '</div>' + m.decidim_comments("Proposal", 322, []),
            {"comments"}, parent=("Propositions", proposals)),
        page(f"{process}/f/42/", "Questionnaire : vos usages du centre-ville", m.decidim_survey(
            f"{process}/f/42/survey", "<p>Trois questions pour mieux connaître vos habitudes dans le centre-ville.</p>", [
                ("À quelle fréquence venez-vous dans le centre-ville ?",
                 ["Tous les jours", "Chaque semaine", "Moins souvent"]),
                ("Comment vous y rendez-vous le plus souvent ?", ["À pied", "À vélo", "En bus", "En voiture"]),
                ("Faut-il réserver la Grand'Rue aux piétons le samedi ?", ["Oui", "Non", "Sans avis"])]),
            {"poll"}, decoys={"contact_form"}, parent=("Cœur de ville 2030", process)),
        page(debates, "Débats", m.decidim_login_button("Nouveau débat") + '<p class="text-lg">1 débat</p>'
             + m.decidim_cards([(f"{debates}/27", "Faut-il rendre la Grand'Rue piétonne le samedi ?",
                                 ["Ouvert par Paul G.", "4 commentaires"])]),
             {"forum"}, parent=("Cœur de ville 2030", process)),
        # A debate opened by a resident and its replies: a thread of a board (forum); the replies are comments.
        page(f"{debates}/27", "Faut-il rendre la Grand'Rue piétonne le samedi ?", m.paras(
            "Les commerçants sont partagés, les familles plutôt pour. Qu'en pensez-vous ? Quelles conditions pour les "
            "livraisons et les personnes à mobilité réduite ?")
            + m.decidim_comments("Debate", 27, [
                (2101, "Hélène P.", "28/05/2025 19:40", "Pour, à condition de garder les places handicapées rue Neuve."),
                (2104, "Boulangerie du Pont", "29/05/2025 06:55", "Contre le samedi matin : c'est notre plus grosse "
                 "matinée et les clients viennent en voiture."),
                (2110, "Yanis", "29/05/2025 12:21", "Essayons un samedi par mois cet été, et on fait le bilan."),
                (2117, "Paul G.", "30/05/2025 18:03", "Bonne idée, un test en juillet et en août.")]),
            {"forum", "comments"}, parent=("Débats", debates)),
        page(pb, "Budget participatif 2025", m.paras(
            "150 000 € pour réaliser les projets des habitants. Les projets ont été déposés en janvier, étudiés par les "
            "services en mars : 22 projets sont soumis au vote.",
            "Chaque habitant de plus de 11 ans peut voter pour trois projets, jusqu'au 30 juin.")
            + f'<p><a class="button button__lg button__secondary" href="{pb}/f/45/budgets/7/projects">Voter</a></p>',
            {"participatory_budget"}, parent=("Processus", "/processes")),
        page(f"{pb}/f/45/budgets/7/projects", "Projets pour Budget participatif 2025", m.decidim_projects("150 000 €", [
            (31, "Un verger partagé au parc de la Source", "18 000 €"),
            (34, "Des arceaux à vélos devant les écoles", "9 500 €"),
            (36, "Une boîte à livres par quartier", "4 200 €"),
            (40, "Rénover le terrain de basket des Tanneurs", "46 000 €")]),
            {"participatory_budget"}, parent=("Budget participatif 2025", pb)),
        page("/initiatives", "Pétitions", m.paras(
            "Une pétition qui réunit 500 signatures d'habitants en quatre mois est inscrite à l'ordre du jour du conseil "
            "municipal.") + m.decidim_login_button("Nouvelle pétition") + '<p class="text-lg">1 pétition</p>'
            + m.decidim_cards([("/initiatives/i-9", "Pour une navette gratuite le jour du marché",
                                ["Pétition citoyenne", "Publiée", "312 / 500 signatures"])]),
            {"petition"}),
        page("/initiatives/i-9", "Pour une navette gratuite le jour du marché", m.paras(
            "Nous demandons une navette gratuite entre les quartiers Sud et la place du Marché le mercredi et le samedi "
            "matin, pour les personnes âgées et celles qui n'ont pas de voiture.")
            + m.decidim_progress(312, 500)
            + '<div class="initiative__aside">' + m.decidim_login_button("Signer") + '<p>Collecte des signatures du '
              '2 avril au 2 août 2025.</p></div>',
            {"petition"}, parent=("Pétitions", "/initiatives")),
    ]
    return Site(host, "decidim", "Participons ! Val-de-Brienne", pages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Pétitions", "/initiatives")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))


# ---- 98204 Plouvenec: Joomla, and a CONSUL Democracy platform -----------------------------------------

def plouvenec() -> City:
    host, consul = "www.plouvenec.fr", "participation.plouvenec.fr"
    platform = f"http://{consul}/"
    velo = "/index.php/actualites/enquete-deplacements-a-velo"
    aidants = "/index.php/actualites/soutien-aux-aidants"
    pages = [
        page("/", "Accueil", m.home(
            "Plouvenec, cité maritime de 15 800 habitants, entre rade et bocage.",
            [("/index.php/vie-municipale/plouvenec-participe", "Plouvenec participe"), (platform, "Débattre et voter en ligne"),
             (velo, "Enquête vélo"), ("/index.php/marches-publics", "Marchés publics"),
             ("/index.php/finances/budget-primitif-2025", "Budget de la ville"), ("/index.php/contact", "Contact")],
            [(velo, "Enquête : vos déplacements à vélo", "3 avril 2025", "Dix minutes pour préparer le schéma cyclable."),
             ("/index.php/emploi/forum-emploi-saisonnier", "Forum de l'emploi saisonnier", "20 mars 2025",
              "Cent offres dans le tourisme et la restauration."),
             (aidants, "Soutien aux aidants familiaux", "10 mars 2025", "Permanences du CCAS et appel national.")],
            [("29", "mars", "Forum de l'emploi saisonnier", "/index.php/emploi/forum-emploi-saisonnier"),
             ("2", "juin", "Ouverture de la votation sur le port", f"{platform}polls/amenagement-du-port")])),
        page("/index.php/vie-municipale/plouvenec-participe", "Plouvenec participe", m.paras(
            "Plouvenec participe, c'est l'engagement de la municipalité à associer les habitants à la vie de la cité, tout "
            "au long du mandat.",
            "Trois conseils consultatifs — jeunes, aînés, usagers du port — sont réunis au moins deux fois par an. Chaque "
            "grand projet donne lieu à une concertation, avec réunions publiques et ateliers.",
            "En ligne, l'espace Plouvenec participe, qui repose sur le logiciel libre CONSUL Democracy, permet de débattre, "
            "de déposer des propositions et de voter.")
            + m.link_list([(platform, "Aller sur l'espace Plouvenec participe"), ("/index.php/contact", "Nous écrire")]),
            {"participation_displayed"}, decoys={"participatory_platform"}),
        page(velo, "Enquête : vos déplacements à vélo", m.paras(
            "La ville prépare son schéma cyclable. Que vous rouliez tous les jours ou jamais, votre avis compte : le "
            "questionnaire est ouvert jusqu'au 31 mai.")
            + m.limesurvey_iframe("plouvenec.limesurvey.net", 483921, "Enquête sur les déplacements à vélo"),
            {"poll"}),
        page("/index.php/emploi/forum-emploi-saisonnier", "Forum de l'emploi saisonnier", m.paras(
            "Le forum de l'emploi saisonnier se tient le samedi 29 mars à la salle Avel Vor, de 9 h 30 à 13 h.",
            "Campings, restaurants, centres nautiques : une quarantaine d'employeurs recrutent pour l'été. Pensez à "
            "apporter plusieurs CV."),
            decoys={"forum"}),
        page(aidants, "Soutien aux aidants familiaux", m.paras(
            "Le CCAS tient une permanence pour les aidants familiaux chaque premier mardi du mois.",
            "Une pétition nationale pour un meilleur statut des aidants est ouverte sur la "
            "<a href=\"https://petitions.senat.fr/\">plateforme des e-pétitions du Sénat</a>."),
            decoys={"petition"}),
        page("/index.php/marches-publics", "Marchés publics", m.paras(
            "<strong>Appel d'offres</strong> : travaux de réfection de la cale du port de Kerbrat. Remise des offres avant "
            "le 12 mai à 12 h sur la plateforme des marchés publics de Bretagne.",
            "<strong>Avis d'appel public à la concurrence</strong> : fourniture de repas pour la restauration scolaire."),
            decoys={"suggestion_call"}),
        page("/index.php/finances/budget-primitif-2025", "Budget primitif 2025", m.paras(
            "Le budget primitif 2025 a été voté le 27 mars : 19,8 M€ en fonctionnement, 6,1 M€ en investissement.",
            "Principaux investissements : rénovation de l'école du Bourg, cale de Kerbrat, voirie rurale.",
            "Le rapport d'orientation budgétaire et le compte administratif 2024 sont consultables en mairie."),
            decoys={"participatory_budget"}),
        page("/index.php/contact", "Contact", m.joomla_contact("/index.php/contact", "1:mairie"), {"contact_form"}),
    ]
    www = Site(host, "joomla", "Ville de Plouvenec", pages,
               menu=[("Accueil", "/"), ("Plouvenec participe", "/index.php/vie-municipale/plouvenec-participe"),
                     ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "VilledePlouvenec"), social("instagram", "plouvenec"),
                         social("linkedin", "ville-de-plouvenec")],
               address="Hôtel de ville, 1 rue de la Mairie, 22610 Plouvenec")
    return City("98204", "Plouvenec", 15820, "22", "53", "Bretagne", f"http://{host}/",
                [www, _plouvenec_consul(consul, f"http://{host}/")])


def _plouvenec_consul(host, city_site) -> Site:
    piscine, marche = "/debates/14-les-horaires-d-ete-de-la-piscine", "/debates/17-un-marche-le-dimanche-sur-le-port"
    toilettes, port = "/proposals/23-des-toilettes-publiques-a-la-plage-du-moulin", "/polls/amenagement-du-port"
    pages = [
        page("/", "Accueil", m.paras(
            "Bienvenue sur Plouvenec participe, l'espace où les habitants débattent, proposent et votent. La ville y "
            "soumet ses projets et s'engage à répondre à chaque proposition qui atteint 300 soutiens.")
            + m.link_list([("/debates", "Débats"), ("/proposals", "Propositions citoyennes"), ("/polls", "Votations"),
                           ("/budgets", "Budget participatif"), (city_site, "Site de la ville")], "home-links"),
            {"participation_displayed"}),
        page("/debates", "Débats", '<a class="button expanded" href="/users/sign_in">Commencer un débat</a>'
             + m.consul_debate_item(14, piscine, "Les horaires d'été de la piscine", "Ouvrir plus tôt le matin ou plus "
                                    "tard le soir ?", 5, 62, 38)
             + m.consul_debate_item(17, marche, "Un marché le dimanche sur le port ?", "Les producteurs sont prêts, les "
                                    "riverains s'inquiètent du bruit.", 3, 71, 29),
             {"forum"}),
        page(piscine, "Les horaires d'été de la piscine", m.paras(
            "La piscine ouvre à 10 h en juillet et en août. Beaucoup de nageurs aimeraient un créneau avant le travail. "
            "Qu'en pensez-vous ?") + m.consul_comments(5, [
                (301, "Maëlle", "02/06/2025", "Oui, 7 h - 9 h deux fois par semaine, ce serait parfait."),
                (305, "Goulven", "03/06/2025", "Plutôt une nocturne le vendredi pour les familles.")]),
            {"forum", "comments"}, parent=("Débats", "/debates")),
        page(marche, "Un marché le dimanche sur le port ?", m.paras(
            "Un marché de producteurs le dimanche matin sur le quai Surcouf animerait le port toute l'année.")
            + m.consul_comments(3, [(322, "Annick R.", "10/05/2025", "Le quai est déjà bruyant l'été, pensez aux riverains."),
                                    (327, "Loïc", "11/05/2025", "Commencer à 8 h, finir à 13 h, ça reste raisonnable.")]),
            {"forum", "comments"}, parent=("Débats", "/debates")),
        page("/proposals", "Propositions citoyennes", m.paras(
            "Vous avez une idée pour Plouvenec ? Créez une proposition : si elle réunit 300 soutiens d'habitants, la ville "
            "l'étudie et la soumet au vote.")
            + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
            + f'<div id="proposal_23" class="proposal clear"><div class="panel"><div class="proposal-content"><h3>'
              f'<a href="{toilettes}">Des toilettes publiques à la plage du Moulin</a></h3><p class="proposal-info">Marc '
              f'Le Goff &bull; 4 commentaires</p><p class="proposal-description">Il n\'y a aucun sanitaire sur la plage la '
              f'plus fréquentée de la commune.</p></div>' + m.consul_supports(184, 300) + '</div></div>',
            {"suggestion_call"}),
        page(toilettes, "Des toilettes publiques à la plage du Moulin", m.paras(
            "Il n'y a aucun sanitaire sur la plage du Moulin, la plus fréquentée de la commune l'été. Je propose des "
            "toilettes sèches ouvertes de juin à septembre.") + m.consul_supports(184, 300)
            + m.consul_comments(4, [(340, "Solenn", "22/05/2025", "Indispensable, surtout pour les enfants."),
                                    (344, "Hervé M.", "23/05/2025", "Et une douche pour se rincer ?")]),
            {"comments"}, parent=("Propositions", "/proposals")),
        page("/budgets", "Budget participatif", m.paras(
            "Budget participatif 2025 : 100 000 € pour des projets proposés par les habitants. Phase en cours : vote final, "
            "jusqu'au 15 juin.") + '<a class="button" href="/budgets/2/investments">Voir les projets et voter</a>',
            {"participatory_budget"}),
        page("/budgets/2/investments", "Projets d'investissement", m.paras("Vous pouvez voter pour des projets jusqu'à "
             "100 000 €. Il vous reste 100 000 € à dépenser.") + "".join(
                f'<div id="budget_investment_{iid}" class="budget-investment clear"><div class="panel"><div class="row">'
                f'<div class="small-12 medium-9 column"><div class="budget-investment-content"><h3>{escape(title)}</h3>'
                f'<p class="investment-project-amount">{amount}</p></div></div><div class="small-12 medium-3 column '
                f'text-center"><div class="supports ballot"><a class="button button-support small expanded" '
                f'href="/users/sign_in">Voter</a></div></div></div></div></div>'
                for iid, title, amount in ((54, "Un skatepark au stade de Kerhuel", "45 000 €"),
                                           (57, "Des récupérateurs d'eau pour les jardins familiaux", "8 000 €"),
                                           (61, "Un abri pour les kayaks du club", "22 000 €"))),
            {"participatory_budget"}, parent=("Budget participatif", "/budgets")),
        page("/polls", "Votations", m.paras("Les votations permettent aux habitants de trancher une question posée par la "
             "ville. Pour voter, il faut être inscrit et résider à Plouvenec.")
             + f'<div class="poll with-image"><h4><a href="{port}">Aménagement du port : quel scénario ?</a></h4><p>Du 2 au '
               f'16 juin 2025</p><a class="button" href="{port}">Participer à ce vote</a></div>',
             {"poll"}),
        page(port, "Aménagement du port : quel scénario ?", m.paras(
            "Le quai Surcouf doit être réaménagé en 2026. Trois scénarios ont été élaborés avec le conseil des usagers du "
            "port.") + '<div class="poll-question"><h3>Quel scénario préférez-vous ?</h3><ul class="poll-question-answers">'
            '<li>A : quai piéton, stationnement déplacé</li><li>B : quai partagé, zone 20</li><li>C : statu quo, '
            'rénovation des revêtements</li></ul><div class="callout primary">Vous devez <a href="/users/sign_in">vous '
            'connecter</a> pour participer.</div></div>',
            {"poll"}, parent=("Votations", "/polls")),
    ]
    return Site(host, "consul", "Plouvenec participe", pages,
                menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls"),
                      ("Budget participatif", "/budgets")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))


# ---- 98205 Vernoux-sur-Sauldre: TYPO3, and a Cap Collectif platform -----------------------------------

def vernoux() -> City:
    host, capco = "www.vernoux-sur-sauldre.fr", "jeparticipe.vernoux-sur-sauldre.fr"
    platform = f"http://{capco}/"
    pages = [
        page("/", "Accueil", m.home(
            "Vernoux-sur-Sauldre, 11 200 habitants, porte de la Sologne.",
            [("/ensemble-pour-vernoux", "Ensemble pour Vernoux"), (platform, "Je participe"),
             ("/jeunesse/ton-avis-compte", "Jeunes : ton avis compte"),
             ("/associations/appel-a-projets-associatifs-2026", "Subventions aux associations"),
             ("/securite/participation-citoyenne", "Sécurité"), ("/contact", "Contact")],
            [(f"{platform}project/les-projets-de-mon-quartier/selection/vote-des-habitants", "Les projets de mon quartier :"
              " votez !", "5 mai 2025", "Trente projets en lice, vote jusqu'au 8 juin."),
             ("/culture/marche-de-noel-appel-a-candidatures", "Marché de Noël : appel à candidatures", "28 avril 2025",
              "Artisans et producteurs, inscrivez-vous."),
             ("/jeunesse/ton-avis-compte", "Espace jeunes : ton avis compte", "15 avril 2025", "Un questionnaire pour les "
              "11-17 ans.")],
            [("8", "juin", "Clôture du vote des projets de quartier",
              f"{platform}project/les-projets-de-mon-quartier/selection/vote-des-habitants"),
             ("14", "juin", "Balade urbaine sur les bords de Sauldre",
              f"{platform}project/a-vos-idees-les-bords-de-sauldre/collect/deposez-vos-idees")])),
        page("/ensemble-pour-vernoux", "Ensemble pour Vernoux", m.paras(
            "Ensemble pour Vernoux est la démarche de participation de la ville. Elle repose sur une charte adoptée par le "
            "conseil municipal en 2021 : informer avant de décider, écouter, rendre compte.",
            "Concrètement : des comités de quartier, un conseil municipal des jeunes, des balades urbaines avant chaque "
            "aménagement, et une plateforme en ligne, Je participe, hébergée par Cap Collectif, pour donner son avis à "
            "tout moment.",
            "Chaque année, un bilan public présente ce que la ville a retenu de vos contributions.")
            + m.link_list([(platform, "Aller sur Je participe"), ("/contact", "Rejoindre un comité de quartier")]),
            {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.paras(
            "Le dispositif de participation citoyenne, piloté par la gendarmerie, associe des habitants référents à la "
            "sécurité de leur quartier. Ils relaient auprès de la brigade les faits inhabituels : démarchage suspect, "
            "repérages, cambriolages.",
            "Un protocole a été signé le 12 janvier entre le maire, le préfet du Cher et le commandant de groupement. "
            "Pour devenir référent, adressez-vous à la police municipale."),
            decoys={"participation_displayed", "territorial_social_network"}),
        page("/associations/appel-a-projets-associatifs-2026", "Appel à projets associatifs 2026", m.paras(
            "La ville soutient les associations vernoliennes qui portent des actions d'intérêt local. Déposez votre dossier "
            "de demande de subvention avant le 30 novembre 2025.",
            "Pièces à fournir : statuts, budget prévisionnel de l'action, bilan de l'année écoulée, RIB. Les dossiers sont "
            "examinés par la commission Vie associative, puis votés au budget."),
            decoys={"suggestion_call", "participatory_budget"}),
        page("/jeunesse/ton-avis-compte", "Espace jeunes : ton avis compte", m.paras(
            "Tu as entre 11 et 17 ans ? L'espace jeunes rouvre en septembre et on veut savoir ce que tu en attends : "
            "horaires, activités, sorties. Réponds au questionnaire, ça prend deux minutes.")
            + m.tally_embed("wQ5xLp", "Questionnaire espace jeunes"),
            {"poll"}),
        page("/culture/marche-de-noel-appel-a-candidatures", "Marché de Noël : appel à candidatures", m.paras(
            "Le marché de Noël se tiendra place du Champ-de-Foire du 12 au 14 décembre.",
            "Artisans, créateurs et producteurs : déposez votre candidature avant le 15 septembre en joignant des photos de "
            "vos produits. Les exposants seront retenus par un jury."),
            decoys={"suggestion_call"}),
        page("/contact", "Contact", m.paras("Mairie de Vernoux-sur-Sauldre, 4 rue du Général-Leclerc.")
             + m.powermail(3, "/contact", ["Renseignement", "État civil", "Urbanisme", "Comités de quartier"]),
             {"contact_form"}),
    ]
    www = Site(host, "typo3", "Vernoux-sur-Sauldre", pages,
               menu=[("Accueil", "/"), ("Ensemble pour Vernoux", "/ensemble-pour-vernoux"), ("Contact", "/contact")],
               accounts=[social("facebook", "VernouxSurSauldre"), social("bluesky", "vernoux-sur-sauldre.bsky.social")],
               address="Mairie, 4 rue du Général-Leclerc, 18700 Vernoux-sur-Sauldre")
    return City("98205", "Vernoux-sur-Sauldre", 11230, "18", "24", "Centre-Val de Loire", f"http://{host}/",
                [www, _vernoux_capco(capco, f"http://{host}/")])


def _capco_project(steps, active, body):
    """A Cap Collectif project page: its steps as tabs, then the active step."""
    tabs = "".join(f'<li class="step-tab{" active" if label == active else ""}"><a href="{href}">{escape(label)}</a></li>'
                   for href, label in steps)
    return f'<nav class="project__steps"><ul class="nav nav-tabs">{tabs}</ul></nav><section class="step-page">{body}</section>'


def _vernoux_capco(host, city_site) -> Site:
    ideas = "/project/a-vos-idees-les-bords-de-sauldre/collect/deposez-vos-idees"
    quartier = "/project/les-projets-de-mon-quartier"
    quartier_steps = [(f"{quartier}/presentation/presentation", "Présentation"),
                      (f"{quartier}/selection/vote-des-habitants", "Vote des habitants")]
    survey = "/project/mobilites-2026/questionnaire/questionnaire"
    cards = [(ideas, "À vos idées : les bords de Sauldre", "Dépôt ouvert"),
             (f"{quartier}/presentation/presentation", "Les projets de mon quartier", "Vote en cours"),
             (survey, "Se déplacer à Vernoux en 2026", "Questionnaire")]
    project_list = "".join(f'<div class="project-preview card"><div class="card__body"><h3 class="card__title"><a '
                           f'href="{href}">{escape(title)}</a></h3><p class="project-preview__status">{escape(status)}</p>'
                           f'</div></div>' for href, title, status in cards)
    pages = [
        page("/", "Accueil", '<section class="section--custom"><h2>Je participe à Vernoux</h2>' + m.paras(
            "La plateforme Je participe vous permet de proposer vos idées, de voter pour les projets de votre quartier et "
            "de répondre aux consultations de la ville de Vernoux-sur-Sauldre.") + '</section><section class="section">'
            f'<h2>Projets en cours</h2><div class="project-list">{project_list}</div><p><a href="{city_site}">Site de la '
            'ville</a></p></section>', {"participation_displayed"}),
        page("/projects", "Tous les projets", f'<div class="project-list">{project_list}</div>'),
        page(ideas, "À vos idées : les bords de Sauldre", _capco_project([(ideas, "Dépôt des idées")], "Dépôt des idées", m.paras(
            "Promenade, guinguette, ponton de pêche, aire de jeux ? Les bords de Sauldre vont être réaménagés et la ville "
            "attend vos idées : déposez-les jusqu'au 30 juin, commentez et soutenez celles des autres.")
            + '<a class="btn btn-primary" href="/login">Déposer une idée</a><ul class="proposal-list">'
              '<li class="proposal-preview"><h4 class="proposal__title">Un ponton pour les pêcheurs et les kayaks</h4>'
              '<span class="proposal__votes">34 soutiens</span></li><li class="proposal-preview"><h4 '
              'class="proposal__title">Une guinguette l\'été près du pont</h4><span class="proposal__votes">57 soutiens'
              '</span></li></ul>'),
             {"suggestion_call"}, parent=("Projets", "/projects")),
        # A participatory budget known only by its local name: residents proposed projects, now they vote.
        page(f"{quartier}/presentation/presentation", "Les projets de mon quartier", _capco_project(
            quartier_steps, "Présentation", m.paras(
                "Chaque quartier dispose de 20 000 € pour réaliser des projets imaginés par ses habitants. Les idées "
                "déposées en hiver ont été étudiées par les services : trente projets sont soumis à votre vote.",
                "Tout habitant de plus de 12 ans peut voter pour trois projets de son quartier, en ligne ou à la mairie.")),
             {"participatory_budget"}, parent=("Projets", "/projects")),
        page(f"{quartier}/selection/vote-des-habitants", "Les projets de mon quartier — vote des habitants", _capco_project(
            quartier_steps, "Vote des habitants", m.paras("Vote ouvert jusqu'au 8 juin. Il vous reste 3 votes.")
            + "".join(f'<div class="proposal-preview card"><h4 class="proposal__title">{escape(title)}</h4><p '
                      f'class="proposal__district">{escape(district)}</p><p class="proposal__estimation">{cost}</p>'
                      f'<a class="btn btn-success proposal__button-vote" href="/login">Voter</a></div>'
                      for title, district, cost in (("Des bancs au square des Tilleuls", "Quartier Gare", "6 500 €"),
                                                    ("Un composteur collectif rue Pasteur", "Centre", "2 800 €"),
                                                    ("Éclairer le chemin de l'étang", "Les Aubiers", "14 000 €")))),
             {"participatory_budget"}, parent=("Les projets de mon quartier", f"{quartier}/presentation/presentation")),
        page(survey, "Se déplacer à Vernoux en 2026", _capco_project([(survey, "Questionnaire")], "Questionnaire", m.paras(
            "La ville prépare son plan de mobilité. Répondez à ce questionnaire avant le 15 juillet.")
            + '<form id="reply-form" class="form-vertical" method="post">'
              '<div class="form-group"><p class="control-label">Combien de fois par semaine prenez-vous la voiture pour '
              'un trajet de moins de 3 km ?</p>' + m.radios("responses[0]", ["Jamais", "1 à 3 fois", "Plus de 3 fois"])
            + '</div><div class="form-group"><p class="control-label">Une navette en centre-ville vous serait-elle utile ?'
              '</p>' + m.radios("responses[1]", ["Oui", "Non", "Je ne sais pas"])
            + '</div><button type="submit" class="btn btn-primary" id="confirm-opinion-create">Envoyer</button></form>'),
             {"poll"}, parent=("Projets", "/projects")),
    ]
    return Site(host, "capcollectif", "Je participe — Vernoux-sur-Sauldre", pages,
                menu=[("Accueil", "/"), ("Projets", "/projects")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))


# ---- 98206 Cerny-en-Brie: a vendor CMS, its petitions, and the neighbours' network -------------------

def cerny() -> City:
    host, network = "www.cerny-en-brie.fr", "www.cerny-entre-voisins.fr"
    petitions = "/participer/petitions"
    passage = f"{petitions}/un-passage-pieton-rue-des-ecoles"
    jeux = f"{petitions}/des-jeux-pour-les-petits-au-parc-des-sources"
    items = [(passage, "Un passage piéton surélevé rue des Écoles", "Association des parents d'élèves", 412, 500,
              "Chaque matin, des voitures passent à vive allure devant l'école Paul-Bert. Nous demandons un passage piéton "
              "surélevé et une zone 30 aux heures d'entrée et de sortie."),
             (jeux, "Des jeux pour les petits au parc des Sources", "Émilie V.", 187, 500,
              "Le parc des Sources n'a aucun jeu pour les moins de six ans. Nous demandons une aire de jeux clôturée près "
              "du bassin.")]
    listing = "".join(
        f'<article class="petition-card"><h3 class="petition-card__title"><a href="{href}">{escape(title)}</a></h3>'
        f'<p class="petition-card__author">Déposée par {escape(author)}</p><p class="petition-card__counter"><strong>'
        f'{count}</strong> signatures sur {goal}</p><progress max="{goal}" value="{count}">{count}</progress>'
        f'<a class="btn btn--secondary" href="{href}">Voir et signer</a></article>'
        for href, title, author, count, goal, _text in items)
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue sur le site de la ville de Cerny-en-Brie.",
            [(petitions, "Pétitions"), ("/participer/droit-d-interpellation", "Droit d'interpellation"),
             ("/participer/boite-a-idees", "À vos idées !"), ("/vivre-a-cerny/entre-voisins", "Cerny entre voisins"),
             ("/newsletter", "Newsletter"), ("/contact", "Contact")],
            [(passage, "Rue des Écoles : la pétition dépasse les 400 signatures", "4 juin 2025",
              "Elle sera examinée au conseil municipal dès qu'elle atteindra 500 signatures."),
             ("/vivre-a-cerny/entre-voisins", "Rejoignez Cerny entre voisins", "21 mai 2025",
              "Le réseau d'entraide des habitants compte déjà 1 800 membres."),
             ("/recherche?q=travaux", "Travaux de l'été : où et quand ?", "12 mai 2025", "Retrouvez tous les chantiers.")],
            [("19", "juin", "Conseil municipal", "/participer/droit-d-interpellation"),
             ("28", "juin", "Fête des voisins au parc des Sources", "/vivre-a-cerny/entre-voisins")])),
        page(petitions, "Pétitions citoyennes", m.paras(
            "Tout habitant de Cerny-en-Brie de plus de 16 ans peut déposer une pétition sur une question qui relève de la "
            "commune. Une pétition qui réunit 500 signatures est inscrite à l'ordre du jour du conseil municipal.",
            "Pour déposer une pétition, <a href=\"/contact\">écrivez-nous</a> en précisant son titre et son objet : elle "
            "sera publiée sous huit jours, après vérification de sa recevabilité.")
            + f'<div class="petitions-list">{listing}<article class="petition-card petition-card--closed"><h3 '
              'class="petition-card__title">Éclairer le city-stade le soir</h3><p class="petition-card__counter">'
              '<strong>523</strong> signatures — pétition close</p><p>Réponse du conseil municipal du 10 avril : '
              'éclairage installé à l\'automne.</p></article></div>',
            {"petition"}),
        # The council must put on its agenda a question backed by enough residents: a right of petition.
        page("/participer/droit-d-interpellation", "Droit d'interpellation", m.paras(
            "Depuis 2024, le règlement intérieur du conseil municipal ouvre aux habitants un droit d'interpellation.",
            "Une question ou une demande soutenue par 300 habitants de plus de 16 ans est inscrite à l'ordre du jour du "
            "conseil suivant ; ses auteurs viennent la présenter en séance et le maire y répond publiquement.",
            "Les interpellations et leurs soutiens sont recueillis en ligne comme les pétitions, ou sur papier en mairie.")
            + m.link_list([(petitions, "Voir les pétitions et interpellations en cours et les signer")]),
            {"petition"}),
        # A free-text idea sent to the city with name and e-mail: a call for ideas and a contact form.
        page("/participer/boite-a-idees", "À vos idées !", m.paras(
            "Une idée pour votre quartier, pour la ville ? Soumettez vos propositions : elles sont transmises aux élus de "
            "secteur et vous recevez une réponse sous un mois.")
            + m.rgaa_form("/participer/boite-a-idees", [
                ("text", "nom", "Nom et prénom"), ("email", "courriel", "Courriel"),
                ("select:Centre|Les Sources|Le Moulin|La Butte", "quartier", "Votre quartier"),
                ("select:Cadre de vie|Déplacements|Enfance et jeunesse|Solidarité|Autre", "theme", "Thème"),
                ("textarea", "idee", "Votre idée"),
                ("checkbox", "rgpd", "J'accepte que mes données soient utilisées pour traiter ma proposition")],
                "Envoyer mon idée", "form form--idees"),
            {"suggestion_call", "contact_form"}),
        page("/vivre-a-cerny/entre-voisins", "Cerny entre voisins", m.paras(
            "Cerny entre voisins est le réseau social de proximité des habitants de la ville, lancé par la municipalité "
            "avec les centres sociaux.",
            "On s'y prête une perceuse, on y propose un covoiturage, on y signale un chat perdu, on y organise la fête des "
            "voisins. Chaque membre est rattaché à son quartier.",
            "Pour le rejoindre, inscrivez-vous gratuitement avec votre adresse : un code de vérification vous est envoyé "
            "par courrier. Des animateurs veillent au respect de la charte.")
            + m.link_list([(f"http://{network}/", "Accéder à Cerny entre voisins"),
                           (f"http://{network}/comment-ca-marche", "Comment ça marche ?")]),
            {"territorial_social_network"}),
        page("/newsletter", "Newsletter", m.paras("Recevez la newsletter de la ville tous les quinze jours.")
             + m.rgaa_form("/newsletter", [("email", "courriel", "Votre adresse électronique"),
                                           ("checkbox", "consentement", "J'accepte de recevoir la newsletter")],
                           "S'abonner", "form form--newsletter"),
             decoys={"contact_form"}),
        page("/recherche?q=travaux", "Résultats de la recherche", '<form class="search-page" action="/recherche" '
             'method="get" role="search"><label for="q2">Rechercher</label><input id="q2" type="search" name="q" '
             'value="travaux"><button type="submit">Rechercher</button></form><p class="search-count">3 résultats pour '
             '« travaux »</p>' + m.link_list([(passage, "Un passage piéton surélevé rue des Écoles"),
                                             ("/participer/droit-d-interpellation", "Droit d'interpellation"),
                                             ("/contact", "Contact")], "search-results"),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.paras("Hôtel de ville, 1 place de la République. Du lundi au vendredi, 8 h 30 - 17 h 30.")
             + m.rgaa_form("/contact", [
                 ("select:Madame|Monsieur|Ne se prononce pas", "civilite", "Civilité"), ("text", "nom", "Nom"),
                 ("text", "prenom", "Prénom"), ("email", "courriel", "Courriel"), ("tel", "telephone", "Téléphone"),
                 ("select:Accueil|État civil|Urbanisme|Petite enfance|Pétitions", "objet", "Objet"),
                 ("textarea", "message", "Message")], "Envoyer", "form form--contact"),
             {"contact_form"}),
    ]
    for href, title, author, count, goal, text in items:  # each petition's page: its text, its counter, the form to sign
        pages.append(page(href, title, m.paras(f"Déposée par {escape(author)}.", text)
                          + f'<p class="petition__counter"><strong>{count}</strong> signatures sur {goal}</p>'
                          + m.rgaa_form(f"{href}/signer", [
                              ("text", "nom", "Nom"), ("text", "prenom", "Prénom"), ("email", "courriel", "Courriel"),
                              ("text", "code_postal", "Code postal"),
                              ("checkbox", "residence", "Je certifie habiter ou travailler à Cerny-en-Brie"),
                              ("checkbox", "publication", "J'accepte que mon nom figure dans la liste des signataires")],
                              "Je signe la pétition", "form form--petition"),
                          {"petition"}, parent=("Pétitions", petitions)))
    www = Site(host, "vendor", "Ville de Cerny-en-Brie", pages,
               menu=[("Accueil", "/"), ("Participer", petitions), ("Vivre à Cerny", "/vivre-a-cerny/entre-voisins"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeCernyenBrie"), social("x", "CernyEnBrie"),
                         social("instagram", "cernyenbrie"), social("tiktok", "villedecerny")],
               address="Hôtel de ville, 1 place de la République, 77240 Cerny-en-Brie")
    return City("98206", "Cerny-en-Brie", 31450, "77", "11", "Île-de-France", f"http://{host}/",
                [www, _cerny_network(network, f"http://{host}/")])


def _cerny_network(host, city_site) -> Site:
    posts = "".join(f'<li class="post"><span class="post__kind">{kind}</span> <strong>{escape(title)}</strong> — '
                    f'{escape(who)}, {escape(when)}</li>' for kind, title, who, when in (
                        ("Prêt", "Perceuse à percussion à prêter", "Mathieu, rue des Sources", "hier"),
                        ("Entraide", "Qui peut arroser mes tomates du 10 au 20 juillet ?", "Odile", "il y a 2 jours"),
                        ("Covoiturage", "Gare de Melun, départ 7 h 15 en semaine", "Samir", "il y a 3 jours")))
    pages = [
        page("/", "Le réseau des voisins de Cerny-en-Brie", m.paras(
            "Cerny entre voisins est le réseau social de proximité des habitants de Cerny-en-Brie, proposé par la Ville. "
            "Prêtez, empruntez, entraidez-vous, et retrouvez les événements de votre quartier.")
            + '<ul class="districts"><li><a href="/quartiers/les-sources">Les Sources</a> — 512 voisins</li>'
              '<li>Centre — 741 voisins</li><li>Le Moulin — 318 voisins</li><li>La Butte — 249 voisins</li></ul>'
            + f'<h2>Dernières annonces</h2><ul class="feed">{posts}</ul>'
            + m.link_list([("/comment-ca-marche", "Comment ça marche ?"), ("/connexion", "Rejoindre mes voisins"),
                           (city_site, "Site de la ville")])),
        page("/quartiers/les-sources", "Quartier Les Sources", m.paras("512 voisins · 3 annonces cette semaine")
             + f'<ul class="feed">{posts}</ul><a class="btn" href="/connexion">Rejoindre le quartier</a>',
             parent=("Quartiers", "/")),
        page("/comment-ca-marche", "Comment ça marche ?", m.paras(
            "L'inscription est gratuite et réservée aux personnes qui habitent ou travaillent à Cerny-en-Brie.",
            "Vous indiquez votre adresse : elle vous rattache à votre quartier et un code de vérification vous est envoyé "
            "par courrier. Vous pouvez ensuite publier des annonces, répondre à vos voisins et créer des groupes.",
            "Des animateurs de la ville et des centres sociaux modèrent les échanges selon la charte du réseau.")),
    ]
    return Site(host, "community", "Cerny entre voisins", pages,
                menu=[("Accueil", "/"), ("Comment ça marche ?", "/comment-ca-marche")],
                features=frozenset({"territorial_social_network"}))


# ---- 98207 Saint-Julien-des-Ormeaux: WordPress without accounts, and a phpBB board --------------------

def saint_julien() -> City:
    host, board = "www.saint-julien-des-ormeaux.fr", "forum.saint-julien-des-ormeaux.fr"
    aire = "/2025/03/14/la-nouvelle-aire-de-jeux-est-ouverte/"
    emploi = "/2025/02/20/forum-emploi-et-formation-des-mauges/"
    pages = [
        page("/", "Accueil", m.home(
            "Saint-Julien-des-Ormeaux, commune des Mauges, 5 300 habitants.",
            [(f"http://{board}/", "Forum des habitants"), ("/questionnaire-rythmes-scolaires/", "Questionnaire écoles"),
             ("/partenaires/", "Partenaires"), ("/contact/", "Contact"), (aire, "Aire de jeux"), (emploi, "Emploi")],
            [(aire, "La nouvelle aire de jeux est ouverte", "14 mars 2025", "Toboggan, balançoires et tables de "
              "pique-nique au jardin de la Cure."),
             (emploi, "Forum emploi et formation des Mauges", "20 février 2025", "Le 15 mars à la salle de l'Èvre."),
             ("/questionnaire-rythmes-scolaires/", "Rythmes scolaires : votre avis", "3 février 2025",
              "Un questionnaire pour les familles.")],
            [("15", "mars", "Forum emploi et formation", emploi),
             ("29", "mars", "Réunion des associations", f"http://{board}/viewforum.php?f=3")])),
        page(aire, "La nouvelle aire de jeux est ouverte", m.paras(
            "Demandée par le conseil municipal des enfants, la nouvelle aire de jeux du jardin de la Cure a ouvert le "
            "14 mars : toboggan, balançoires, jeux à ressort pour les petits et tables de pique-nique.",
            "Elle est ouverte tous les jours de 8 h à 20 h. Les chiens n'y sont pas admis.")
            + m.share_links(f"http://{host}{aire}", "La nouvelle aire de jeux est ouverte")
            + m.disqus_plugin("saint-julien-des-ormeaux", 1187, f"http://{host}{aire}", "La nouvelle aire de jeux est ouverte"),
            {"comments"}, decoys={"social_account"}),
        page(emploi, "Forum emploi et formation des Mauges", m.paras(
            "Le forum emploi et formation des Mauges se tiendra le samedi 15 mars, de 9 h à 13 h, salle de l'Èvre.",
            "Entreprises qui recrutent, organismes de formation, conseillers de France Travail : venez avec votre CV.")
            + m.share_links(f"http://{host}{emploi}", "Forum emploi et formation des Mauges"),
            decoys={"forum", "social_account"}),
        # A survey with a free remark field: neither a comment section nor a message to the city.
        page("/questionnaire-rythmes-scolaires/", "Questionnaire : les rythmes scolaires", m.paras(
            "La semaine de quatre jours et demi est-elle adaptée à vos enfants ? Avant de proposer un changement au "
            "conseil d'école, la municipalité consulte les familles. Réponses avant le 28 février.")
            + m.formidable_wp(6, "rythmes-scolaires", "/questionnaire-rythmes-scolaires/", [
                (41, "Quelle organisation de la semaine préférez-vous ?", ["4 jours", "4 jours et demi"]),
                (42, "Votre enfant fréquente-t-il l'accueil périscolaire le mercredi ?", ["Oui", "Non"]),
                (43, "Êtes-vous satisfait des activités périscolaires ?", ["Très satisfait", "Plutôt satisfait",
                                                                          "Pas satisfait"])],
                "Vos remarques", "Envoyer mes réponses"),
            {"poll"}, decoys={"comments", "contact_form"}),
        page("/contact/", "Contact", m.paras("Mairie de Saint-Julien-des-Ormeaux, 3 rue de l'Èvre. Tél. 02 41 00 00 00.")
             + m.jetpack_contact(27, "/contact/"), {"contact_form"}, decoys={"comments"}),
        page("/partenaires/", "Partenaires", m.paras(
            "<strong>Familles rurales</strong> organise l'accueil de loisirs et les ateliers parents-enfants : "
            "<a href=\"https://www.facebook.com/famillesruralessaintjulien\">sa page Facebook</a>.",
            "<strong>Mauges Communauté</strong> gère les déchets et les transports : suivez-la sur "
            "<a href=\"https://www.instagram.com/maugescommunaute/\">Instagram</a> et "
            "<a href=\"https://www.linkedin.com/company/mauges-communaute/\">LinkedIn</a>.",
            "<strong>L'école de musique intercommunale</strong> accueille les élèves dès 6 ans."),
            decoys={"social_account"}),
    ]
    www = Site(host, "wordpress", "Saint-Julien-des-Ormeaux", pages,
               menu=[("Accueil", "/"), ("Forum", f"http://{board}/"), ("Contact", "/contact/")],
               address="Mairie, 3 rue de l'Èvre, 49600 Saint-Julien-des-Ormeaux")
    return City("98207", "Saint-Julien-des-Ormeaux", 5290, "49", "52", "Pays de la Loire", f"http://{host}/",
                [www, _saint_julien_board(board, f"http://{host}/")],
                decoy_accounts=("https://www.facebook.com/famillesruralessaintjulien",
                                "https://www.instagram.com/maugescommunaute",
                                "https://www.linkedin.com/company/mauges-communaute"))


def _saint_julien_board(host, city_site) -> Site:
    topics = {
        41: ("Vie du village", "Éclairage public coupé la nuit : vous en pensez quoi ?", [
            (402, "Éclairage public coupé la nuit : vous en pensez quoi ?", "Christophe49", "lun. 3 févr. 2025 20:14",
             "Depuis janvier les lampadaires s'éteignent à 23 h. Moi ça ne me dérange pas, mais rue du Moulin on ne voit "
             "plus rien en rentrant du travail."),
            (405, "Re: Éclairage public coupé la nuit : vous en pensez quoi ?", "Nadège", "lun. 3 févr. 2025 21:02",
             "Pour les économies c'est bien. Une lampe frontale et c'est réglé !"),
            (411, "Re: Éclairage public coupé la nuit : vous en pensez quoi ?", "papy_jo", "mar. 4 févr. 2025 08:37",
             "On pourrait au moins garder la place de l'Église éclairée jusqu'à minuit le samedi.")]),
        38: ("Vie du village", "Dépôts sauvages chemin de la Gagnerie", [
            (380, "Dépôts sauvages chemin de la Gagnerie", "Lucie M.", "sam. 25 janv. 2025 14:50",
             "Encore des gravats déposés au bout du chemin. Quelqu'un sait qui prévenir ?"),
            (384, "Re: Dépôts sauvages chemin de la Gagnerie", "Christophe49", "sam. 25 janv. 2025 17:05",
             "La mairie a un formulaire de signalement, et la communauté de communes passe les enlever.")]),
        45: ("Associations, sport et loisirs", "Cherche joueurs pour l'équipe vétérans de foot", [
            (450, "Cherche joueurs pour l'équipe vétérans de foot", "Seb_USJ", "jeu. 6 mars 2025 19:22",
             "L'USJ relance une équipe vétérans le dimanche matin. Il nous manque quatre joueurs, tous niveaux."),
            (452, "Re: Cherche joueurs pour l'équipe vétérans de foot", "Karim", "ven. 7 mars 2025 12:10",
             "Partant ! Je passe à l'entraînement de jeudi.")]),
    }
    forums = {2: ("Vie du village", "Travaux, propreté, voisinage, vie quotidienne"),
              3: ("Associations, sport et loisirs", "Annonces des associations, sorties, covoiturage")}
    pages = [
        page("/", "Index du forum", m.phpbb_forums([
            (f"./viewforum.php?f={fid}", name, desc, sum(1 for t in topics.values() if t[0] == name),
             sum(len(t[2]) for t in topics.values() if t[0] == name), ("papy_jo", "mar. 4 févr. 2025"))
            for fid, (name, desc) in forums.items()])
            + '<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total, il y a <strong>7</strong> '
              'utilisateurs en ligne : 1 inscrit, 0 invisible et 6 invités.</p></div><div class="stat-block statistics">'
              '<h3>Statistiques</h3><p>Messages : <strong>1 284</strong> • Sujets : <strong>213</strong> • Membres : '
              f'<strong>167</strong></p></div><p><a href="{city_site}">Site de la mairie</a></p>'),
        page("/ucp.php?mode=login", "Connexion", m.phpbb_login(
            "./ucp.php?mode=login", "Vous devez être inscrit et connecté pour publier un message sur le forum des habitants."),
            decoys={"contact_form"}),  # the board's own login page: a page of the forum, not a message form
    ]
    for fid, (name, _desc) in forums.items():
        pages.append(page(f"/viewforum.php?f={fid}", name, m.phpbb_topics([
            (f"./viewtopic.php?t={tid}", title, posts[0][2], posts[0][3], len(posts) - 1, 40 + 9 * len(posts))
            for tid, (forum, title, posts) in topics.items() if forum == name])))
    for tid, (forum, title, posts) in topics.items():
        fid = next(f for f, (name, _d) in forums.items() if name == forum)
        pages.append(page(f"/viewtopic.php?t={tid}", title, m.phpbb_posts(tid, posts),
                          parent=(forum, f"/viewforum.php?f={fid}")))
    return Site(host, "phpbb", "Forum des habitants de Saint-Julien-des-Ormeaux", pages,
                features=frozenset({"forum"}))


# ---- 98208 Castelmaure-sur-Aude: a vendor CMS whose participation space is drawn by a script ---------

CASTELMAURE = "www.castelmaure-sur-aude.fr"
APP_BUNDLE = "/jeparticipe/assets/index-8f3a1c.js"
APP_API = "/jeparticipe/api/contenu"

# The application's pages: path -> (title, introduction, block the script inserts, features).
APP_PAGES = {
    "/jeparticipe/": (
        "Je participe",
        "Castelmaure vous donne la parole : conseils de quartier, réunions publiques et consultations en ligne. "
        "Retrouvez ici toutes les démarches ouvertes et ce que la ville a fait de vos avis.",
        '<ul class="consultations"><li class="consultation"><a href="/jeparticipe/questionnaire-proprete">Questionnaire : '
        'la propreté dans votre quartier</a> <span class="badge">Jusqu\'au 30 juin</span></li><li class="consultation">'
        '<a href="/jeparticipe/boite-a-idees">La boîte à idées</a> <span class="badge">Toute l\'année</span></li>'
        '<li class="consultation"><a href="/quartiers-en-projets">Quartiers en projets : le vote est ouvert</a></li></ul>'
        '<p class="bilan">En 2024, 1 350 habitants ont participé ; 38 de leurs propositions ont été réalisées.</p>',
        {"participation_displayed"}),
    "/jeparticipe/questionnaire-proprete": (
        "Questionnaire : la propreté dans votre quartier",
        "Aidez-nous à mieux organiser le nettoyage des rues et la collecte des encombrants. Réponses jusqu'au 30 juin.",
        '<form class="questionnaire" method="post" action="/jeparticipe/api/reponses"><fieldset><legend>Les rues de votre '
        'quartier sont-elles propres ?</legend>' + m.radios("q1", ["Oui", "Plutôt", "Pas vraiment", "Non"])
        + '</fieldset><fieldset><legend>Faut-il plus de corbeilles ?</legend>' + m.radios("q2", ["Oui", "Non", "Sans avis"])
        + '</fieldset><fieldset><legend>Connaissez-vous le ramassage des encombrants sur rendez-vous ?</legend>'
        + m.radios("q3", ["Oui, je l'utilise", "Oui, mais je ne l'utilise pas", "Non"])
        + '</fieldset><button type="submit">Envoyer mes réponses</button></form>',
        {"poll"}),
    # A free-text idea sent to the city with name and e-mail: a call for ideas and a contact form.
    "/jeparticipe/boite-a-idees": (
        "La boîte à idées",
        "Une idée pour Castelmaure ? Proposez-la : chaque idée reçoit une réponse de l'élu concerné.",
        m.rgaa_form("/jeparticipe/api/idees", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                                               ("select:Centre ancien|La Cité|Les Capucins|Saint-Martin", "quartier", "Quartier"),
                                               ("textarea", "idee", "Votre idée")], "Proposer mon idée", "form form--idee"),
        {"suggestion_call", "contact_form"}),
}

# The application: an empty shell; the bundle asks the API for the page's content and builds it.
APP_JS = """(function () {
  var root = document.getElementById("app");
  fetch("%s?chemin=" + encodeURIComponent(location.pathname), {headers: {"Accept": "application/json"}})
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var title = document.createElement("h1");
      title.textContent = data.titre;
      var intro = document.createElement("p");
      intro.className = "chapo";
      intro.textContent = data.chapo;
      var block = document.createElement("section");
      block.className = "participation";
      block.innerHTML = data.bloc;
      root.replaceChildren(title, intro, block);
      document.title = data.titre + " | Ville de Castelmaure-sur-Aude";
    });
})();
""" % APP_API


def _app_shell():
    return Reply.html(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
        'initial-scale=1"><title>Je participe | Ville de Castelmaure-sur-Aude</title><meta name="description" '
        'content="Consultations, boîte à idées et projets de quartier : participez à la vie de Castelmaure-sur-Aude.">'
        '<meta property="og:site_name" content="Ville de Castelmaure-sur-Aude"><meta name="theme-color" content="#8c1d40">'
        '<link rel="icon" type="image/svg+xml" href="/jeparticipe/favicon.svg"><link rel="manifest" '
        'href="/jeparticipe/manifest.webmanifest"><link rel="stylesheet" href="/jeparticipe/assets/index-2d7b90.css">'
        f'<script type="module" crossorigin src="{APP_BUNDLE}"></script></head><body><noscript>Je participe a besoin de '
        'JavaScript pour fonctionner. Vous pouvez aussi participer en mairie, aux heures d\'ouverture.</noscript>'
        '<div id="app"><div class="app-loading" role="status" aria-live="polite">Chargement…</div></div></body></html>')


def _app_special(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES:
        return _app_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "application/javascript; charset=utf-8")], APP_JS.encode())
    if path == APP_API:
        wanted = unquote(query.removeprefix("chemin="))
        if wanted not in APP_PAGES:
            return Reply.text(404, "contenu introuvable")
        title, chapo, block, _features = APP_PAGES[wanted]
        body = json.dumps({"titre": title, "chapo": chapo, "bloc": block}).encode()
        return Reply(200, [("Content-Type", "application/json; charset=utf-8")], body)
    return None


def castelmaure() -> City:
    quartiers = "/quartiers-en-projets"
    projects = "".join(f'<li class="projet"><label><input type="checkbox" name="projets[]" value="{pid}"> '
                       f'<strong>{escape(title)}</strong> — {escape(district)}, {cost}</label></li>'
                       for pid, title, district, cost in (
                           (12, "Des jeux d'eau au square Barbès", "La Cité", "38 000 €"),
                           (17, "Un jardin partagé derrière l'école Jean-Moulin", "Les Capucins", "12 000 €"),
                           (21, "Des bancs le long de l'Aude", "Centre ancien", "7 500 €"),
                           (26, "Une fresque sur le mur du gymnase", "Saint-Martin", "9 000 €")))
    pages = [
        page("/", "Accueil", m.home(
            "Bienvenue à Castelmaure-sur-Aude, ville de 19 800 habitants au pied des Corbières.",
            [("/jeparticipe/", "Je participe"), ("/jeparticipe/questionnaire-proprete", "Questionnaire propreté"),
             ("/jeparticipe/boite-a-idees", "Boîte à idées"), (quartiers, "Quartiers en projets"),
             ("/demarches", "Démarches en ligne"), ("/contact", "Contact")],
            [(quartiers, "Quartiers en projets : à vous de choisir", "2 juin 2025", "Quarante et un projets imaginés par les "
              "habitants, votez jusqu'au 6 juillet."),
             ("/jeparticipe/questionnaire-proprete", "Propreté : votre avis compte", "20 mai 2025", "Un questionnaire "
              "pour préparer le nouveau plan de nettoyage."),
             ("/demarches", "Les démarches en ligne s'enrichissent", "5 mai 2025", "Inscriptions scolaires et état civil.")],
            [("6", "juil.", "Fin du vote Quartiers en projets", quartiers),
             ("12", "juil.", "Marché nocturne des producteurs", "/demarches")])),
        *[page(path, title, "", features) for path, (title, _chapo, _block, features) in APP_PAGES.items()],
        # A participatory budget under a local name only: residents proposed the projects and now vote.
        page(quartiers, "Quartiers en projets", m.paras(
            "Vous avez proposé, à vous de choisir ! 300 000 € sont consacrés cette année aux projets imaginés par les "
            "habitants. Après l'étude de faisabilité, 41 projets sont soumis au vote.",
            "Chaque habitant de plus de 14 ans peut choisir jusqu'à trois projets, une seule fois, jusqu'au 6 juillet.")
            + f'<form class="form form--vote" method="post" action="{quartiers}/vote"><fieldset><legend>Choisissez '
              f'jusqu\'à trois projets</legend><ul class="projets">{projects}</ul></fieldset><div class="form__field">'
              '<label for="vote-nom">Nom et prénom</label><input id="vote-nom" name="nom" required></div><div '
              'class="form__field"><label for="vote-adresse">Adresse à Castelmaure</label><input id="vote-adresse" '
              'name="adresse" required></div><button type="submit" class="btn btn--primary">Je vote</button></form>'
            + m.link_list([(f"{quartiers}/reglement", "Lire le règlement")]),
            {"participatory_budget"}),
        page(f"{quartiers}/reglement", "Quartiers en projets : le règlement", m.paras(
            "Article 1 — La ville consacre chaque année une part de son budget d'investissement à des projets proposés et "
            "choisis par les habitants.",
            "Article 2 — Tout habitant ou collectif d'habitants peut déposer un projet d'intérêt général relevant des "
            "compétences de la commune, d'un coût inférieur à 50 000 €.",
            "Article 3 — Les projets recevables sont soumis au vote des habitants de plus de 14 ans. Les projets les plus "
            "votés sont réalisés dans la limite de l'enveloppe."),
            {"participatory_budget"}, parent=("Quartiers en projets", quartiers)),
        page("/demarches", "Démarches en ligne", m.paras("Effectuez vos démarches sans vous déplacer.")
             + m.link_list([("/contact", "Demande d'acte d'état civil"), ("/contact", "Inscription scolaire"),
                            ("https://forms.gle/cAst3lMaUr3Acc", "Questionnaire de satisfaction de l'accueil"),
                            ("/contact", "Signaler un problème sur la voie publique")], "menu-demarches"),
             decoys={"poll"}),
        page("/contact", "Contact", m.paras("Hôtel de ville, place Carnot. Du lundi au vendredi de 8 h à 17 h.")
             + m.rgaa_form("/contact", [("text", "nom", "Nom et prénom"), ("email", "courriel", "Courriel"),
                                        ("select:Accueil|État civil|Urbanisme|Propreté|Autre", "objet", "Objet"),
                                        ("textarea", "message", "Votre message")], "Envoyer", "form form--contact"),
             {"contact_form"}),
    ]
    www = Site(CASTELMAURE, "vendor", "Ville de Castelmaure-sur-Aude", pages,
               menu=[("Accueil", "/"), ("Je participe", "/jeparticipe/"), ("Quartiers en projets", quartiers),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "castelmaure"), social("instagram", "villedecastelmaure"),
                         social("linkedin", "ville-de-castelmaure-sur-aude")],
               address="Hôtel de ville, place Carnot, 11200 Castelmaure-sur-Aude")
    return City("98208", "Castelmaure-sur-Aude", 19840, "11", "76", "Occitanie", f"http://{CASTELMAURE}/", [www])


# ---- the part ---------------------------------------------------------------------------------------

def cities():
    return [saint_aurele(), rocamaure(), val_de_brienne(), plouvenec(), vernoux(), cerny(), saint_julien(), castelmaure()]


def hosts():
    """Hosts that answer more than their pages: Castelmaure's participation space and its script and API."""
    return {CASTELMAURE: CustomHost(castelmaure().sites[0], _app_special)}
