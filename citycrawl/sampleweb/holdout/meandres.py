"""Holdout, meandres part: eight towns of 10,000-40,000 inhabitants in Centre-Val de Loire and
Bourgogne-Franche-Comté, on sites made by small agencies or town staff (WordPress with a page builder,
Drupal, SPIP, Joomla, TYPO3, home-made PHP), with modest participation told in the town's own words,
the platforms and boards they link to, and the lookalikes such sites hold."""
from ..site import City, Site, page, social
from . import meandres_markup as m

P, H2, UL = m.p, m.h2, m.ul


def _home(intro, pages, news=(), agenda=(), cookie="tarteaucitron", extra=""):
    """A home page: welcome, quick links to every page of the site, news teasers, agenda."""
    tiles = [(pg.path, pg.title) for pg in pages]
    body = (m.cookie_banner(cookie) + P(intro) + '<nav class="acces-rapides"><h2>Accès rapides</h2>'
            + m.links(tiles, "tiles") + "</nav>" + m.teasers(news) + m.agenda(agenda) + extra)
    return page("/", "Accueil", body)


def _site(host, theme, title, pages, news=(), agenda=(), intro="", cookie="tarteaucitron", extra="", **kw):
    return Site(host, theme, title, [_home(intro, pages, news, agenda, cookie, extra)] + pages, **kw)


# ---------------------------------------------------------------------------------------------------
def fontclaret():
    """WordPress with a page builder: WP-Polls in a sidebar, native comments, CF7, an idea box."""
    host = "www.fontclaret-sur-loir.fr"
    side = (m.wp_polls(14, "Le marché du jeudi : quel horaire vous convient le mieux ?",
                       ["7 h - 12 h (actuel)", "8 h - 13 h", "15 h - 19 h"])
            + m.newsletter("/?na=s", "ne", "tnp"))
    pages = [
        page("/actualites/", "Actualités", m.links([
            ("/actualites/travaux-avenue-de-la-loire/", "Travaux avenue de la Loire"),
            ("/actualites/fete-des-mariniers/", "Fête des mariniers"),
            ("/actualites/recensement-2025/", "Recensement 2025"),
            ("/actualites/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats")])),
        page("/actualites/travaux-avenue-de-la-loire/", "Travaux avenue de la Loire : ce qui change", m.elementor(
            P("Les travaux de reprise des réseaux et de la chaussée débutent le 3 mars pour dix semaines.",
              "La circulation sera alternée entre la rue des Tanneurs et le rond-point du Pont. "
              "Les services techniques répondent à vos questions sous cet article."))
             + m.wp_comments(311, [("Gérard M.", "4 mars 2025", "Les livraisons de la boulangerie pourront-elles passer ?"),
                                   ("Mairie de Fontclaret", "5 mars 2025", "Oui, un accès est maintenu le matin avant 9 h.")]),
             {"comments"}, decoys={"contact_form"}),
        # comments are closed and none was ever posted: only the share bar and the word remain
        page("/actualites/fete-des-mariniers/", "Fête des mariniers : le programme", m.elementor(
            P("Joutes, guinguette et feu d'artifice sur les quais le samedi 21 juin.",
              "Partagez l'événement avec vos proches !"))
             + m.share(f"http://{host}/actualites/fete-des-mariniers/") + m.wp_comments(312, [], closed=True),
             decoys={"comments"}),
        page("/actualites/recensement-2025/", "Recensement de la population 2025", m.elementor(
            P("Du 16 janvier au 15 février, des agents recenseurs recrutés par la mairie passent dans 8 % des logements.",
              "Vous pouvez répondre au questionnaire de l'INSEE en ligne avec les codes remis par l'agent.",
              "L'INSEE mène aussi une enquête sur le cadre de vie et la sécurité : un enquêteur muni d'une carte officielle peut vous contacter.")),
             decoys={"poll"}),
        page("/actualites/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats du sondage", m.elementor(
            P("Vous avez été 538 à donner votre avis cet hiver. Merci ! L'extinction entre minuit et 5 h sera maintenue.")
            + m.wp_polls_closed(11, "Êtes-vous favorable à l'extinction de l'éclairage public la nuit ?",
                                [("Oui", 61, 328), ("Non", 33, 178), ("Sans opinion", 6, 32)], 538)),
             decoys={"poll"}),
        page("/vie-municipale/mot-du-maire/", "Le mot du maire", m.elementor(
            P("Chères Fontclarétoises, chers Fontclarétois,",
              "Cette année sera celle de la rénovation de l'école Jules-Ferry et de l'ouverture de la maison de santé.",
              "Mon équipe et moi restons à votre écoute, en mairie comme lors des rencontres dans vos quartiers."))),
        # the municipal council's agenda and a vote on the budget primitif: not the participation approach
        page("/vie-municipale/conseil-municipal/", "Conseil municipal", m.elementor(
            P("Prochaine séance : jeudi 27 mars à 19 h, salle du conseil. Séance publique.")
            + H2("Ordre du jour") + UL(["Vote du budget primitif 2025", "Compte administratif 2024",
                                         "Subventions aux associations", "Questions diverses"])
            + m.links([("/vie-municipale/budget-2025/", "Le budget 2025 en détail")])),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/vie-municipale/budget-2025/", "Budget 2025", m.elementor(
            P("Le budget primitif 2025 s'équilibre à 18,4 M€ dont 5,1 M€ d'investissement.",
              "Les taux de fiscalité restent inchangés pour la sixième année.")
            + m.results_table([("Fonctionnement", "13,3 M€"), ("Investissement", "5,1 M€")], ("Section", "Montant"))),
             decoys={"participatory_budget"}),
        page("/fontclaret-ensemble/", "Fontclaret ensemble", m.elementor(
            P("Fontclaret ensemble, c'est la façon dont la municipalité associe les habitants aux décisions qui les concernent.",
              "Rencontres dans les quartiers deux fois par an, Conseil des sages, boîte à idées, questionnaires ponctuels : "
              "chacun peut prendre part à la vie de la commune."),
            m.links([("/fontclaret-ensemble/rencontres-de-quartier/", "Les rencontres de quartier"),
                     ("/fontclaret-ensemble/conseil-des-sages/", "Le Conseil des sages"),
                     ("/fontclaret-ensemble/boite-a-idees/", "La boîte à idées")])),
             {"participation_displayed"}),
        page("/fontclaret-ensemble/rencontres-de-quartier/", "Les rencontres de quartier", m.elementor(
            P("Le maire et les adjoints viennent à votre rencontre dans chacun des cinq secteurs de la ville : "
              "Centre-bourg, Les Varennes, Le Port, La Butte et les hameaux.",
              "Ces réunions publiques permettent de faire le point sur les travaux et de recueillir vos remarques.")
            + m.results_table([("Les Varennes", "mardi 8 avril, salle des Varennes"),
                               ("Le Port", "jeudi 10 avril, maison de Loire")], ("Secteur", "Date et lieu"))),
             {"participation_displayed"}, parent=("Fontclaret ensemble", "/fontclaret-ensemble/")),
        page("/fontclaret-ensemble/conseil-des-sages/", "Le Conseil des sages", m.elementor(
            P("Créé en 2016, le Conseil des sages réunit vingt habitants de plus de 62 ans, volontaires, qui travaillent "
              "sur des sujets confiés par le conseil municipal ou choisis par eux : mobilité, accessibilité, mémoire locale.",
              "Il rend chaque année un avis consultatif présenté en conseil municipal.")),
             {"participation_displayed"}, parent=("Fontclaret ensemble", "/fontclaret-ensemble/")),
        page("/fontclaret-ensemble/boite-a-idees/", "La boîte à idées", m.elementor(
            P("Une idée pour votre rue, votre quartier, la commune ? Déposez-la ici : chaque proposition est lue "
              "et reçoit une réponse des élus dans le mois.")
            + m.idea_form("/fontclaret-ensemble/boite-a-idees/#envoi")),
             {"suggestion_call", "contact_form"}, parent=("Fontclaret ensemble", "/fontclaret-ensemble/")),
        page("/cadre-de-vie/marche/", "Le marché du jeudi", m.with_sidebar(
            P("Une trentaine d'exposants place de la Halle chaque jeudi matin.",
              "La commune souhaite connaître votre avis sur les horaires : votez dans l'encadré."), side,
            "widget-area"), {"poll"}, decoys={"contact_form"}),
        page("/services/restauration-scolaire/", "Restauration scolaire", m.elementor(
            P("Les menus sont élaborés avec une diététicienne. Inscriptions et paiement sur l'espace famille.")
            + m.login("/espace-famille/connexion", "identifiant", "mdp") + m.payment("/espace-famille/payer", "facture de cantine")),
             decoys={"contact_form"}),
        page("/agenda/forum-des-associations/", "Forum des associations", m.elementor(
            P("Samedi 6 septembre, de 10 h à 17 h au gymnase des Varennes : plus de 60 associations vous accueillent.",
              "Inscriptions aux activités sur place, démonstrations toute la journée.")),
             decoys={"forum"}),
        # the gendarmerie's watch scheme, not the town's participatory approach nor a neighbours' network
        page("/securite/participation-citoyenne/", "Dispositif participation citoyenne", m.elementor(
            P("La commune a signé avec la gendarmerie un protocole « participation citoyenne ».",
              "Des référents volontaires signalent aux gendarmes les faits inhabituels dans leur quartier.")),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/magazine/", "Fontclaret Mag", m.elementor(
            P("Le magazine municipal paraît quatre fois par an. Retrouvez les derniers numéros en PDF.")
            + m.links([("/magazine/numero-58/", "Fontclaret Mag n° 58")])
            + m.newsletter("/?na=s", "ne", "tnp")), decoys={"contact_form"}),
        page("/contact/", "Contacter la mairie", m.elementor(
            P("Mairie de Fontclaret-sur-Loir, 1 place de l'Hôtel-de-Ville. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.")
            + m.wp_cf7("/contact/", 89)), {"contact_form"}),
    ]
    pages.append(page("/magazine/numero-58/", "Fontclaret Mag n° 58",
                      P("Version texte du magazine : dossier sur la rénovation de l'école, portrait d'une artisane.")))
    www = _site(host, "wordpress", "Fontclaret-sur-Loir", pages,
                news=[("/actualites/travaux-avenue-de-la-loire/", "Travaux avenue de la Loire", "3 mars 2025", "Dix semaines de chantier."),
                      ("/actualites/fete-des-mariniers/", "Fête des mariniers", "2 juin 2025", "Joutes et guinguette.")],
                agenda=[("/agenda/forum-des-associations/", "Forum des associations", "6 sept."),
                        ("/fontclaret-ensemble/rencontres-de-quartier/", "Rencontre de quartier Les Varennes", "8 avril")],
                intro="Bienvenue sur le site officiel de Fontclaret-sur-Loir, ville ligérienne de 14 800 habitants.",
                cookie="complianz",
                menu=[("Accueil", "/"), ("Vie municipale", "/vie-municipale/mot-du-maire/"),
                      ("Fontclaret ensemble", "/fontclaret-ensemble/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "VilleFontclaret"), social("instagram", "fontclaret_sur_loir")],
                address="Hôtel de ville, 1 place de l'Hôtel-de-Ville, 41190 Fontclaret-sur-Loir")
    return City("99291", "Fontclaret-sur-Loir", 14_800, "41", "24", "Centre-Val de Loire", f"http://{host}/", [www])


# ---------------------------------------------------------------------------------------------------
MB = "www.montbrezal.fr"
MB_PART = "participer.montbrezal.fr"


def _decidim_card(href, title, meta):
    return (f'<a href="{href}" class="card__list"><div class="card__list-content"><div class="card__list-title">{title}</div>'
            f'<div class="card__list-metadata"><span>{meta}</span></div></div></a>')


def montbrezal():
    """Drupal town site with conseils de quartier, a Drupal poll and a parents' questionnaire (webform);
    its participatory budget runs on a Decidim instance on a sub-domain."""
    pages = [
        page("/actualites", "Actualités", m.links([
            ("/actualites/budget-participatif-2025-deposez-vos-projets", "Budget participatif : déposez vos projets"),
            ("/actualites/nouvelle-aire-de-jeux-square-balzac", "Une nouvelle aire de jeux square Balzac"),
            ("/actualites/enquete-publique-plu", "Enquête publique sur la modification du PLU"),
            ("/actualites/enquete-insee-emploi", "Enquête INSEE sur l'emploi")])),
        # a news item wholly about the filing step, with its call to file projects: not a mention in passing
        page("/actualites/budget-participatif-2025-deposez-vos-projets", "Budget participatif : déposez vos projets",
             P("Deuxième édition du budget participatif de Montbrézal : 150 000 € pour des projets imaginés par les habitants.",
               "Le dépôt est ouvert jusqu'au 30 avril sur la plateforme participative de la ville.")
             + m.links([(f"http://{MB_PART}/processes/bp-2025", "Déposer un projet sur participer.montbrezal.fr"),
                        ("/participation/budget-participatif", "Tout savoir sur le budget participatif")]),
             {"participatory_budget", "suggestion_call"}),
        page("/actualites/nouvelle-aire-de-jeux-square-balzac", "Une nouvelle aire de jeux square Balzac",
             P("Projet lauréat du premier budget participatif, l'aire de jeux inclusive du square Balzac a été inaugurée le 12 octobre.",
               "Donnez votre avis sur l'aménagement ci-dessous.")
             + m.drupal_comments(482, [("Sonia", "13/10/2024", "Bravo, mes enfants l'adorent."),
                                       ("Patrice L.", "14/10/2024", "Il manque un peu d'ombre l'été.")]),
             {"comments"}, decoys={"contact_form"}),
        # an enquête publique of the State procedure: neither an online poll nor the town's own participation
        page("/actualites/enquete-publique-plu", "Enquête publique sur la modification du PLU",
             P("Par arrêté du maire, une enquête publique est ouverte du 2 au 31 mai sur la modification n° 3 du plan local d'urbanisme.",
               "Le commissaire enquêteur tiendra ses permanences en mairie. Le dossier est consultable aux heures d'ouverture "
               "et les observations peuvent être consignées sur le registre papier."),
             decoys={"poll", "participation_displayed"}),
        page("/actualites/enquete-insee-emploi", "Enquête INSEE sur l'emploi",
             P("L'INSEE réalise jusqu'en décembre une enquête statistique sur l'emploi, le chômage et l'inactivité.",
               "Quelques ménages de Montbrézal seront interrogés par une enquêtrice de l'institut. Merci de lui réserver le meilleur accueil."),
             decoys={"poll"}),
        page("/participation", "Participation citoyenne",
             P("La Ville s'est dotée en 2021 d'une charte de la participation. Elle organise la concertation des habitants "
               "à travers quatre conseils de quartier, un budget participatif et des consultations sur les projets d'aménagement.")
             + m.links([("/participation/conseils-de-quartier", "Les conseils de quartier"),
                        ("/participation/budget-participatif", "Le budget participatif"),
                        ("/participation/charte", "La charte de la participation"),
                        (f"http://{MB_PART}/", "La plateforme participer.montbrezal.fr")]),
             {"participation_displayed"}),
        page("/participation/conseils-de-quartier", "Les conseils de quartier",
             P("Quatre conseils de quartier : Rabelais, Les Douves, Saint-Gatien et Vallée du Cher.",
               "Chacun réunit un collège d'habitants tirés au sort, un collège d'associations et deux élus référents. "
               "Les séances plénières sont ouvertes au public ; les comptes rendus sont publiés ci-dessous.")
             + UL(["Compte rendu Rabelais - 14 janvier", "Compte rendu Les Douves - 21 janvier"])
             + m.drupal_webform("/participation/conseils-de-quartier", "candidature_cq", [
                 ("nom", "Nom", "text"), ("email", "Courriel", "email"),
                 ("quartier", "Quartier", "select:Rabelais|Les Douves|Saint-Gatien|Vallée du Cher")], "Je me porte volontaire"),
             {"participation_displayed"}, decoys={"contact_form"}, parent=("Participation", "/participation")),
        page("/participation/charte", "La charte de la participation",
             P("Adoptée à l'unanimité par le conseil municipal, la charte fixe les engagements de la Ville : informer en amont, "
               "rendre compte des avis recueillis, motiver les décisions prises après concertation."),
             {"participation_displayed"}, parent=("Participation", "/participation")),
        page("/participation/budget-participatif", "Le budget participatif",
             P("Chaque habitant de 12 ans et plus peut proposer un projet d'investissement d'intérêt général, dans la limite de 40 000 €.",
               "Étapes : dépôt des projets (mars-avril), étude de faisabilité (mai-juin), vote (septembre), réalisation (année suivante).")
             + m.links([(f"http://{MB_PART}/processes/bp-2025", "Participer sur la plateforme"),
                        ("/participation/budget-participatif/edition-2023", "L'édition 2023 et ses lauréats")]),
             {"participatory_budget", "participation_displayed"}, parent=("Participation", "/participation")),
        page("/participation/budget-participatif/edition-2023", "Budget participatif 2023 : les lauréats",
             P("1 874 votants ont choisi six projets parmi les 31 soumis au vote.")
             + m.results_table([("Aire de jeux inclusive square Balzac", "612"), ("Boîtes à livres", "455"),
                                ("Vergers partagés des Douves", "401")]),
             {"participatory_budget"}, decoys={"poll"}, parent=("Budget participatif", "/participation/budget-participatif")),
        page("/enfance/questionnaire-rythmes-scolaires", "Rythmes scolaires : questionnaire aux parents",
             P("La Ville consulte les familles sur l'organisation de la semaine scolaire à la rentrée prochaine. "
               "Questionnaire ouvert jusqu'au 15 février, un par famille.")
             + m.drupal_webform("/enfance/questionnaire-rythmes-scolaires", "rythmes_scolaires", [
                 ("ecole", "École de votre enfant", "select:Rabelais|Jean-Zay|Les Douves|Sainte-Radegonde"),
                 ("semaine", "Vous préférez", "radios:Semaine de 4 jours|Semaine de 4 jours et demi"),
                 ("mercredi", "Votre enfant fréquente l'accueil du mercredi", "radios:Oui|Non")], "Envoyer mes réponses"),
             {"poll"}),
        page("/cadre-de-vie/marche-de-noel", "Marché de Noël",
             P("Le marché de Noël revient place Anatole-France. Et vous, quel week-end préférez-vous ?")
             + m.drupal_poll(77, "Quel week-end pour le marché de Noël ?", ["Le premier week-end de décembre", "Le deuxième", "Le troisième"]),
             {"poll"}),
        page("/mairie/conseil-municipal", "Conseil municipal",
             P("Le conseil municipal se réunit environ six fois par an. Prochaine séance le 3 avril : débat d'orientations budgétaires.")
             + m.links([("/mairie/appel-a-candidatures-agent-urbanisme", "Offre d'emploi : instructeur droit des sols")]),
             decoys={"participation_displayed"}),
        page("/mairie/appel-a-candidatures-agent-urbanisme", "Appel à candidatures : instructeur droit des sols",
             P("La Ville recrute un instructeur des autorisations d'urbanisme (catégorie B). Candidature et CV avant le 15 mars."),
             decoys={"suggestion_call"}),
        page("/mairie/mot-du-maire", "Le mot du maire",
             P("Montbrézal change et ce sont ses habitants qui dessinent son avenir : je vous invite à prendre part aux "
               "conseils de quartier et au budget participatif.", "Votre maire")),
        page("/contact", "Nous contacter",
             P("Hôtel de ville, 5 rue Nationale. Accueil du lundi au vendredi de 8 h 30 à 17 h 30, le samedi de 9 h à 12 h.")
             + m.drupal_webform("/contact", "contact", [("name", "Votre nom", "text"), ("email", "Votre adresse de courriel", "email"),
                                                        ("subject", "Sujet", "text"), ("message", "Message", "textarea")]),
             {"contact_form"}),
    ]
    www = _site(MB, "drupal", "Ville de Montbrézal", pages,
                news=[("/actualites/budget-participatif-2025-deposez-vos-projets", "Budget participatif 2025", "3 mars", "Déposez vos projets."),
                      ("/actualites/nouvelle-aire-de-jeux-square-balzac", "Aire de jeux square Balzac", "12 oct.", "Inaugurée.")],
                agenda=[("/participation/conseils-de-quartier", "Conseil de quartier Rabelais", "14 janv."),
                        ("/mairie/conseil-municipal", "Conseil municipal", "3 avril")],
                intro="Montbrézal, 22 400 habitants, aux portes de Tours.",
                menu=[("Mairie", "/mairie/mot-du-maire"), ("Participation", "/participation"),
                      ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=[social("facebook", "montbrezal"), social("youtube", "VilledeMontbrezal"),
                          social("linkedin", "ville-de-montbrezal")],
                address="Hôtel de ville, 5 rue Nationale, 37300 Montbrézal")
    proposals = [("/processes/bp-2025/f/12/proposals/41", "Des bancs le long du Cher", "Quartier Vallée du Cher", 6),
                 ("/processes/bp-2025/f/12/proposals/43", "Un composteur collectif aux Douves", "Quartier Les Douves", 3)]
    dpages = [
        page("/processes", "Processus participatifs",
             _decidim_card("/processes/bp-2025", "Budget participatif 2025", "Phase actuelle : dépôt des projets")
             + _decidim_card("/processes/quartier-gare", "Concertation : le quartier de la gare", "Phase actuelle : questionnaire")),
        page("/processes/bp-2025", "Budget participatif 2025",
             '<div class="process__hero"><p>150 000 € pour vos projets. Dépôt jusqu\'au 30 avril, vote en septembre.</p></div>'
             '<ol class="process__steps"><li class="is-active">Dépôt des projets</li><li>Analyse</li><li>Vote</li><li>Lauréats</li></ol>'
             + m.links([("/processes/bp-2025/f/12/proposals", "Voir les projets déposés")]),
             {"participatory_budget"}),
        # the open filing step of the budget, with its "new proposal" button: a call for projects
        page("/processes/bp-2025/f/12/proposals", "Projets déposés",
             '<a href="/processes/bp-2025/f/12/proposals/new" class="button button__sm button__secondary">Nouvelle proposition</a>'
             + "".join(_decidim_card(h, t, f"{q} · {c} commentaires") for h, t, q, c in proposals),
             {"participatory_budget", "suggestion_call"}),
        page("/processes/bp-2025/f/12/proposals/new", "Déposer un projet",
             '<form class="new_proposal proposal_form_admin" id="new_proposal" action="/processes/bp-2025/f/12/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="150">'
             '<label for="proposal_body">Description</label><textarea name="proposal[body]" id="proposal_body" rows="10"></textarea>'
             '<label for="proposal_address">Adresse</label><input type="text" name="proposal[address]" id="proposal_address">'
             '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}),
    ]
    for h, t, q, c in proposals:
        dpages.append(page(h, t, f'<div class="layout-item__main"><p>{q}. Proposition déposée par un habitant.</p>'
                           '<div id="comments-for-Proposal-41" data-decidim-comments="{}" class="comments"><div class="comment-thread">'
                           '<div class="comment"><p class="comment__author">Un voisin</p><div class="comment__content"><p>Très bonne idée.</p></div></div></div>'
                           '<form class="new_comment" action="/comments" method="post"><textarea name="comment[body]" id="add-comment-Proposal" rows="4"></textarea>'
                           '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div>',
                           {"participatory_budget", "comments"}))
    dpages += [
        page("/processes/quartier-gare", "Concertation : le quartier de la gare",
             P("La Ville prépare le réaménagement du parvis de la gare et consulte les habitants et usagers.")
             + m.links([("/processes/quartier-gare/f/15/", "Répondre au questionnaire")]), {"participation_displayed"}),
        page("/processes/quartier-gare/f/15/", "Questionnaire : le parvis de la gare",
             '<form class="answer-questionnaire" id="edit_questionnaire_15" action="/processes/quartier-gare/f/15/questionnaire/answer" method="post">'
             '<div class="answer question" data-max-choices=""><label class="questionnaire-question">Comment venez-vous à la gare ?</label>'
             '<div class="radio-button-collection"><label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="A pied"> A pied</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Vélo"> A vélo</label>'
             '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Voiture"> En voiture</label></div></div>'
             '<div class="answer question"><label class="questionnaire-question">Le parvis doit-il devenir piéton ?</label>'
             '<div class="radio-button-collection"><label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="Oui"> Oui</label>'
             '<label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="Non"> Non</label></div></div>'
             '<input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement"> <label for="questionnaire_tos_agreement">J\'accepte les conditions</label>'
             '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form>', {"poll"}),
    ]
    dpages += [
        page("/initiatives", "Initiatives citoyennes",
             P("Une initiative citoyenne qui recueille 500 signatures en trois mois est examinée par le conseil municipal.")
             + '<a href="/create_initiative/select_initiative_type" class="button button__sm button__secondary">Lancer une initiative</a>'
             + _decidim_card("/initiatives/i-3", "Un marché de producteurs le vendredi soir", "312 / 500 signatures"),
             {"petition"}),
        page("/initiatives/i-3", "Un marché de producteurs le vendredi soir",
             P("Nous demandons l'organisation d'un marché de producteurs locaux le vendredi de 16 h à 20 h, place du Commerce.")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">312</span>'
               '<span class="progress-bar__text">/ 500 signatures</span></div>'
               '<form class="button_to" method="post" action="/initiatives/i-3/initiative_signatures"><button class="button button__xl button__secondary" type="submit">Signer</button>'
               '<input type="hidden" name="authenticity_token" value="k3yX9Qd2" /></form></div>',
             {"petition"}),
        page("/create_initiative/select_initiative_type", "Lancer une initiative",
             '<form class="new_initiative" action="/create_initiative/fill_data" method="post">'
             '<label for="initiative_title">Titre</label><input type="text" name="initiative[title]" id="initiative_title">'
             '<label for="initiative_description">Description</label><textarea name="initiative[description]" id="initiative_description" rows="8"></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>',
             {"petition"}),
    ]
    part = _site(MB_PART, "decidim", "Participer à Montbrézal", dpages,
                 intro="La plateforme de participation citoyenne de la Ville de Montbrézal.",
                 news=[("/processes/bp-2025", "Budget participatif 2025", "mars", "Le dépôt est ouvert.")],
                 agenda=[("/processes/quartier-gare", "Questionnaire parvis de la gare", "mai")],
                 menu=[("Accueil", "/"), ("Processus", "/processes"), ("Initiatives", "/initiatives")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99292", "Montbrézal", 22_400, "37", "24", "Centre-Val de Loire", f"http://{MB}/", [www, part])


# ---------------------------------------------------------------------------------------------------
def chatelmoux():
    """SPIP, made by the town's communication officer: article forums, a Formidable questionnaire,
    a youth council, an open call for ideas without a form, a board of residents, tenders and contests."""
    host = "www.chatelmoux.fr"
    a = lambda n: f"/spip.php?article{n}"
    r = lambda n: f"/spip.php?rubrique{n}"
    pages = [
        page(r(2), "Vie municipale", m.links([(a(11), "Le mot du maire"), (a(12), "Séances du conseil municipal"),
                                               (a(19), "Marchés publics")])),
        page(a(11), "Le mot du maire", P("Le centre-ville de Châtelmoux se transforme : nouvelle halle, rues apaisées, "
                                         "commerces soutenus. Ces projets, nous voulons les mener avec vous.")),
        page(a(12), "Séances du conseil municipal",
             P("Procès-verbal de la séance du 12 février : vote du budget primitif, tarifs municipaux, convention avec le SDIS.",
               "Les séances sont publiques et se tiennent salle d'honneur de la mairie."),
             decoys={"participation_displayed", "participatory_budget"}),
        # a call for tenders, not a call for residents' ideas
        page(a(19), "Marchés publics : appel d'offres pour la halle",
             P("Avis d'appel public à la concurrence : travaux de rénovation de la halle du marché, 6 lots.",
               "Date limite de remise des offres : 17 avril à 12 h, sur la plateforme de dématérialisation."),
             decoys={"suggestion_call"}),
        page(r(5), "S'impliquer", m.links([(a(21), "Le conseil municipal des jeunes"), (a(22), "La halle : vos idées"),
                                           (a(23), "Questionnaire commerces du centre"), (a(24), "Les ateliers de la halle"),
                                           ("/spip.php?page=forum-habitants", "Le forum des habitants")])),
        page(a(21), "Le conseil municipal des jeunes",
             P("Vingt-quatre collégiens élus pour deux ans siègent au conseil municipal des jeunes. Ils ont obtenu "
               "l'installation d'un city-stade et organisent chaque année une collecte solidaire.",
               "Le CMJ est une instance de démocratie locale qui associe les jeunes aux projets de la ville."),
             {"participation_displayed"}, parent=("S'impliquer", r(5))),
        # an explicit call for ideas with no form: ideas are sent by mail or left at the town hall
        page(a(22), "La halle : on attend vos idées !",
             P("Commerçants, habitants, associations : comment voulez-vous faire vivre la future halle ? "
               "Marché de producteurs, lieu d'animation, café associatif... Toutes vos suggestions sont les bienvenues.",
               "Proposez vos idées avant le 30 juin : par courriel à <a href=\"mailto:halle@chatelmoux.fr\">halle@chatelmoux.fr</a> "
               "ou dans l'urne installée à l'accueil de la mairie."),
             {"suggestion_call"}, parent=("S'impliquer", r(5))),
        page(a(23), "Questionnaire : les commerces du centre-ville",
             P("Aidez-nous à mieux connaître vos habitudes d'achat. Le questionnaire est anonyme et prend cinq minutes.")
             + m.spip_formidable(3, "commerces", [
                 ("radio_1", "À quelle fréquence venez-vous en centre-ville ?", ["Tous les jours", "Chaque semaine", "Rarement"]),
                 ("radio_2", "Qu'est-ce qui vous manque le plus ?", ["Du stationnement", "Des commerces de bouche", "Des terrasses"]),
                 ("radio_3", "Fréquentez-vous le marché du samedi ?", ["Oui", "Non"])]),
             {"poll"}, parent=("S'impliquer", r(5))),
        page(a(24), "Les ateliers de la halle",
             P("Trois ateliers participatifs se tiendront en mai à la salle des fêtes pour imaginer la halle avec les habitants.",
               "Entrée libre. Les propositions seront présentées en réunion publique en septembre.")
             + m.spip_forum(24, [("Maryse", "3 mai", "Horaires", "Pourriez-vous prévoir un atelier le samedi ?"),
                                  ("Webmestre", "4 mai", "Re: Horaires", "Un atelier est prévu le samedi 24 mai à 10 h.")]),
             {"participation_displayed", "comments"}, parent=("S'impliquer", r(5))),
        page("/spip.php?page=forum-habitants", "Le forum des habitants",
             P("Un espace pour échanger entre Castelmoussins. Les messages sont modérés a posteriori.")
             + '<ul class="liste-items sujets">'
             + "".join(f'<li class="item"><a href="{h}">{t}</a> <small>{n} réponses</small></li>' for h, t, n in
                       [("/spip.php?page=forum-sujet&amp;id_forum=301", "Stationnement rue du Château", 7),
                        ("/spip.php?page=forum-sujet&amp;id_forum=302", "Ramassage des encombrants", 3)])
             + '</ul><p><a class="bouton" href="/spip.php?page=forum-sujet&amp;id_forum=301#formulaire_forum">Ouvrir un nouveau sujet</a></p>',
             {"forum"}, parent=("S'impliquer", r(5))),
        page("/spip.php?page=forum-sujet&id_forum=301", "Stationnement rue du Château",
             m.spip_forum(301, [("Alain", "2 mars", "Stationnement rue du Château", "Les voitures ventouses empêchent de se garer."),
                                ("Nadia", "3 mars", "Re: Stationnement", "Une zone bleue serait une solution."),
                                ("Alain", "4 mars", "Re: Stationnement", "D'accord, à proposer en réunion publique.")]),
             {"forum"}, parent=("Le forum des habitants", "/spip.php?page=forum-habitants")),
        page("/spip.php?page=forum-sujet&id_forum=302", "Ramassage des encombrants",
             m.spip_forum(302, [("Lucien", "9 mars", "Encombrants", "Quelle est la prochaine date de collecte ?"),
                                ("Bernadette", "9 mars", "Re: Encombrants", "Sur rendez-vous auprès de la communauté de communes.")]),
             {"forum"}, parent=("Le forum des habitants", "/spip.php?page=forum-habitants")),
        page(r(7), "Culture et loisirs", m.links([(a(31), "Concours photo"), (a(32), "Office de tourisme"),
                                                 (a(33), "Pétition pour la ligne Paris-Orléans-Limoges-Toulouse")])),
        # a photo contest: not a call for residents' ideas
        page(a(31), "Concours photo « Châtelmoux au fil de l'Indre »",
             P("Participez au concours photo de la médiathèque ! Envoyez jusqu'à trois clichés avant le 31 août.",
               "Règlement et bulletin de participation disponibles à la médiathèque."),
             decoys={"suggestion_call"}),
        page(a(32), "Office de tourisme",
             P("L'office de tourisme du Val d'Indre vous accueille place de la République.",
               'Suivez ses actualités : <a href="https://www.facebook.com/tourisme.valdindre">Facebook</a> et '
               '<a href="https://www.instagram.com/valdindre_tourisme">Instagram</a> de l\'office.'),
             decoys={"social_account"}),
        # a national petition site on a rail line: not a city-run petition space
        page(a(33), "Pétition pour la ligne Paris-Orléans-Limoges-Toulouse",
             P("Le conseil municipal soutient la mobilisation des élus du Centre pour la ligne POLT.",
               'Une pétition est en ligne sur <a href="https://www.mesopinions.com/petition/politique/sauvons-ligne-polt/12345">mesopinions.com</a>.'),
             decoys={"petition"}),
        page(a(40), "Contact", P("Mairie de Châtelmoux, 1 place du Général-de-Gaulle, 36200 Châtelmoux.")
             + m.spip_contact("/spip.php?article40"), {"contact_form"}),
    ]
    www = _site(host, "spip", "Ville de Châtelmoux", pages,
                news=[(a(22), "La halle : vos idées", "avril", "Comment faire vivre la future halle ?"),
                      (a(24), "Les ateliers de la halle", "mai", "Trois ateliers ouverts à tous.")],
                agenda=[(a(24), "Atelier de la halle", "24 mai"), (a(31), "Clôture du concours photo", "31 août")],
                intro="Bienvenue à Châtelmoux, 11 200 habitants, au bord de l'Indre.",
                menu=[("Vie municipale", r(2)), ("S'impliquer", r(5)), ("Culture et loisirs", r(7)), ("Contact", a(40))],
                accounts=[social("facebook", "chatelmoux36")],
                address="Mairie, 1 place du Général-de-Gaulle, 36200 Châtelmoux")
    return City("99293", "Châtelmoux", 11_200, "36", "24", "Centre-Val de Loire", f"http://{host}/", [www],
                decoy_accounts=("https://www.facebook.com/tourisme.valdindre", "https://www.instagram.com/valdindre_tourisme"))


# ---------------------------------------------------------------------------------------------------
OB = "www.ormeval-le-bourg.fr"
OB_FORUM = "forum.ormeval-le-bourg.fr"


def ormeval():
    """Joomla: a poll module, JComments, the com_contact form, neighbourhood workshops, a phpBB board of
    residents on a sub-domain, a jobs forum, an AcyMailing sign-up and a room booking."""
    J = lambda alias, itemid: f"/index.php/{alias}"
    pages = [
        page(J("actualites", 0), "Actualités", m.links([
            ("/index.php/actualites/245-reouverture-piscine", "Réouverture de la piscine"),
            ("/index.php/actualites/246-forum-emploi", "Forum de l'emploi"),
            ("/index.php/actualites/247-resultats-sondage-parc", "Résultats du sondage sur le parc")])),
        page("/index.php/actualites/245-reouverture-piscine", "Réouverture de la piscine des Tilleuls",
             P("Après huit mois de travaux, la piscine rouvre le 2 juin avec un bassin ludique et des horaires élargis.")
             + m.joomla_jcomments(245, [("Coralie", "2025-06-03 18:12", "Enfin ! Les horaires du dimanche sont parfaits."),
                                        ("jp45", "2025-06-04 09:40", "Le tarif famille a augmenté, dommage.")]),
             {"comments"}, decoys={"contact_form"}),
        page("/index.php/actualites/246-forum-emploi", "Forum de l'emploi et de l'alternance",
             P("Le 14 mars, salle Jeanne-d'Arc : trente entreprises du Loiret recrutent. Venez avec votre CV !"),
             decoys={"forum"}),
        page("/index.php/actualites/247-resultats-sondage-parc", "Parc des Grèves : les résultats du sondage",
             P("Le sondage est terminé. Vous avez choisi à 58 % un espace pique-nique plutôt qu'un parcours sportif.")
             + m.results_table([("Espace pique-nique", "58 %"), ("Parcours sportif", "31 %"), ("Sans avis", "11 %")], ("Réponse", "Part")),
             decoys={"poll"}),
        page(J("vivre-a-ormeval", 0), "Vivre à Ormeval",
             m.with_sidebar(P("Ormeval-le-Bourg, 17 900 habitants entre Loire et forêt d'Orléans.",
                              "Services, équipements, associations : tout pour bien vivre à Ormeval."),
                            m.joomla_poll(4, "Souhaitez-vous un marché le dimanche matin ?", ["Oui", "Non", "Peu importe"])),
             {"poll"}),
        page(J("ateliers-de-quartier", 0), "Les ateliers de quartier",
             P("Depuis 2022, la municipalité réunit trois fois par an les habitants de chaque quartier (Bourg, Les Grèves, "
               "La Chênaie, Les Aulnaies) pour des ateliers ouverts à tous.",
               "On y parle voirie, sécurité routière, animations ; les élus rendent compte des suites données. "
               "Les habitants qui le souhaitent peuvent aussi échanger sur le forum des habitants.")
             + m.links([(f"http://{OB_FORUM}/", "Le forum des habitants")]),
             {"participation_displayed"}),
        # the gendarmerie's scheme, named as in its circular
        page(J("participation-citoyenne", 0), "Participation citoyenne : devenez référent",
             P("En lien avec la brigade de gendarmerie, le dispositif de participation citoyenne s'étend aux Aulnaies.",
               "Les référents de quartier relaient les conseils de prévention des cambriolages."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page(J("lettre-d-information", 0), "Lettre d'information",
             P("Recevez chaque mois l'actualité de la commune par courriel.")
             + '<div class="acymailing_module" id="acymailing_module_formAcymailing1"><form id="formAcymailing1" action="/index.php?option=com_acym" method="post" name="formAcymailing1">'
               '<input id="user_email_formAcymailing1" type="text" class="inputbox" name="user[email]" placeholder="E-mail" />'
               '<input type="hidden" name="ctrl" value="sub" /><input type="hidden" name="task" value="notask" />'
               '<input class="button subbutton btn btn-primary" type="submit" value="S\'abonner" name="Submit" /></form></div>',
             decoys={"contact_form"}),
        page(J("reserver-une-salle", 0), "Réserver une salle",
             P("Les salles municipales se réservent en ligne, au moins trois semaines à l'avance.")
             + m.booking("/index.php/reserver-une-salle", "salle des fêtes", ["Journée", "Soirée", "Week-end"]),
             decoys={"contact_form"}),
        page(J("conseil-municipal", 0), "Le conseil municipal",
             P("Composition du conseil, délégations des adjoints, comptes rendus des séances. "
               "Séance du 18 mars : budget primitif, subventions, rapport sur l'eau."),
             decoys={"participation_displayed", "participatory_budget"}),
        # the poll module's results view: percentages only, the vote form is on the other page
        page("/index.php?option=com_sondage&view=poll&id=4", "Sondage : résultats provisoires",
             m.results_table([("Oui", "47 %"), ("Non", "38 %"), ("Peu importe", "15 %")], ("Réponse", "Votes"))
             + P("Nombre de votants : 233. Premier vote : 2 mai. Dernier vote : 19 mai."),
             decoys={"poll"}),
        page(J("mot-du-maire", 0), "Le mot du maire", P("Ormeval avance. Merci à toutes celles et ceux qui font vivre nos quartiers.")),
        page(J("contact", 0), "Contact", P("Mairie d'Ormeval-le-Bourg, 12 rue Royale. Tél. 02 38 00 00 00.")
             + m.joomla_contact("/index.php/contact"), {"contact_form"}),
    ]
    www = _site(OB, "joomla", "Ormeval-le-Bourg", pages,
                news=[("/index.php/actualites/245-reouverture-piscine", "La piscine rouvre", "2 juin", "Nouveau bassin ludique."),
                      ("/index.php/actualites/246-forum-emploi", "Forum de l'emploi", "14 mars", "Trente entreprises recrutent.")],
                agenda=[("/index.php/ateliers-de-quartier", "Atelier de quartier Les Grèves", "11 avril")],
                intro="Site officiel de la commune d'Ormeval-le-Bourg (Loiret).",
                menu=[("Accueil", "/"), ("Vivre à Ormeval", "/index.php/vivre-a-ormeval"),
                      ("Ateliers de quartier", "/index.php/ateliers-de-quartier"), ("Contact", "/index.php/contact")],
                accounts=[social("facebook", "OrmevalLeBourg"), social("x", "ormeval45", "https://twitter.com/ormeval45")],
                address="Mairie, 12 rue Royale, 45430 Ormeval-le-Bourg")
    fpages = [
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics(2, [
            ("/viewtopic.php?t=18", "Vitesse rue des Aulnaies", "riverain45", "12 mars", 9),
            ("/viewtopic.php?t=21", "Jardins partagés aux Grèves ?", "Cath", "2 avril", 4)])),
        page("/viewforum.php?f=3", "Petites annonces entre voisins", m.phpbb_topics(3, [
            ("/viewtopic.php?t=25", "Prête remorque contre coup de main", "Bernard", "20 avril", 2)])),
        page("/viewtopic.php?t=18", "Vitesse rue des Aulnaies", m.phpbb_posts(2, 18, [
            ("riverain45", "12 mars", "Les voitures roulent trop vite devant l'école."), ("Cath", "13 mars", "Un plateau surélevé serait utile."),
            ("modo_ob", "14 mars", "Le sujet sera évoqué à l'atelier de quartier du 11 avril.")])),
        page("/viewtopic.php?t=21", "Jardins partagés aux Grèves ?", m.phpbb_posts(2, 21, [
            ("Cath", "2 avril", "Qui serait partant pour un jardin partagé ?"), ("Lina", "3 avril", "Moi ! Il y a un terrain libre rue du Port.")])),
        page("/viewtopic.php?t=25", "Prête remorque contre coup de main", m.phpbb_posts(3, 25, [
            ("Bernard", "20 avril", "Remorque disponible le week-end."), ("Mo", "21 avril", "Intéressé pour samedi.")])),
    ]
    forum = Site(OB_FORUM, "phpbb", "Forum des habitants d'Ormeval",
                 [page("/", "Index du forum", m.phpbb_index([
                     ("/viewforum.php?f=2", "Vie des quartiers", "Travaux, voirie, animations : parlons-en.", 14, 96, "Cath"),
                     ("/viewforum.php?f=3", "Petites annonces entre voisins", "Prêts, dons, coups de main.", 6, 21, "Mo")]))] + fpages,
                 features=frozenset({"forum"}))
    return City("99294", "Ormeval-le-Bourg", 17_900, "45", "24", "Centre-Val de Loire", f"http://{OB}/", [www, forum])



# ---------------------------------------------------------------------------------------------------
LU = "www.lurcigny.fr"
LU_CAPCO = "lurcigny.cap-collectif.com"


def _capco_card(href, title, meta):
    return (f'<div class="proposal-preview card"><div class="card__body"><h4 class="card__title"><a href="{href}">{title}</a></h4>'
            f'<p class="excerpt small">{meta}</p></div></div>')


def lurcigny():
    """TYPO3 built by a Dijon agency: powermail, a page on "démocratie de proximité", council minutes and
    a grant call for associations; the participatory budget "Lurcigny à vous de jouer" runs on Cap Collectif."""
    pages = [
        page("/actualites", "Actualités", m.links([
            ("/actualites/detail/a-vous-de-jouer-le-vote-est-ouvert", "À vous de jouer : le vote est ouvert"),
            ("/actualites/detail/appel-a-projets-associatifs-2025", "Appel à projets associatifs 2025"),
            ("/actualites/detail/conseil-municipal-du-24-mars", "Conseil municipal du 24 mars")])),
        page("/actualites/detail/a-vous-de-jouer-le-vote-est-ouvert", "« Lurcigny à vous de jouer » : le vote est ouvert",
             P("Vingt-deux projets ont été jugés réalisables par les services. Du 1er au 30 septembre, chaque habitant "
               "de plus de 11 ans peut voter pour trois projets, en ligne ou dans les urnes de la mairie et de la médiathèque.")
             + m.links([(f"http://{LU_CAPCO}/project/lurcigny-a-vous-de-jouer-2025/selection/vote", "Je vote")]),
             {"participatory_budget"}),
        # a grant call for associations: not a call for residents' ideas
        page("/actualites/detail/appel-a-projets-associatifs-2025", "Appel à projets associatifs 2025",
             P("La Ville soutient les associations qui portent des actions en faveur de la jeunesse et du lien social.",
               "Dossier de demande de subvention à déposer avant le 15 novembre auprès du service vie associative."),
             decoys={"suggestion_call"}),
        page("/actualites/detail/conseil-municipal-du-24-mars", "Conseil municipal du 24 mars",
             P("Ordre du jour : approbation du compte administratif 2024, budget primitif 2025, tarifs de la restauration scolaire.",
               "Le compte rendu sommaire sera affiché en mairie sous huit jours."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/ma-ville/democratie-de-proximite", "Démocratie de proximité",
             P("Parce que les habitants sont les premiers experts de leur quartier, la municipalité a mis en place plusieurs "
               "instances de concertation : les comités de quartier, le conseil des jeunes et des rencontres publiques "
               "avant chaque grand projet.",
               "Depuis 2024, un budget participatif baptisé « Lurcigny à vous de jouer » permet de décider de projets.")
             + m.links([("/ma-ville/democratie-de-proximite/comites-de-quartier", "Les comités de quartier"),
                        ("/ma-ville/democratie-de-proximite/lurcigny-a-vous-de-jouer", "Lurcigny à vous de jouer")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-de-proximite/comites-de-quartier", "Les comités de quartier",
             P("Cinq comités (Les Perrières, Centre, Champ-Bourdon, Les Vignes, Montmain) composés de bénévoles se réunissent "
               "quatre fois par an avec l'adjoint à la vie des quartiers. Ils relaient les demandes des riverains et donnent "
               "leur avis sur les aménagements.", "Pour rejoindre le comité de votre quartier, adressez-vous à la mairie."),
             {"participation_displayed"}, parent=("Démocratie de proximité", "/ma-ville/democratie-de-proximite")),
        page("/ma-ville/democratie-de-proximite/lurcigny-a-vous-de-jouer", "Lurcigny à vous de jouer",
             P("100 000 € pour des projets proposés et choisis par les Lurcignois.",
               "1. Dépôt des idées (mars-avril) · 2. Étude par les services (mai-juillet) · 3. Vote (septembre) · 4. Réalisation.")
             + m.links([(f"http://{LU_CAPCO}/", "La plateforme Lurcigny à vous de jouer"),
                        ("/ma-ville/democratie-de-proximite/lurcigny-a-vous-de-jouer/edition-2024", "Les projets lauréats 2024")]),
             {"participatory_budget"}, parent=("Démocratie de proximité", "/ma-ville/democratie-de-proximite")),
        page("/ma-ville/democratie-de-proximite/lurcigny-a-vous-de-jouer/edition-2024", "Édition 2024 : les projets lauréats",
             P("Pour sa première édition, 1 212 habitants ont voté. Cinq projets sont en cours de réalisation.")
             + m.results_table([("Fontaine à eau au skatepark", "389"), ("Nichoirs dans les écoles", "341"),
                                ("Bancs connectés place du Marché", "302")]),
             {"participatory_budget"}, decoys={"poll"},
             parent=("Lurcigny à vous de jouer", "/ma-ville/democratie-de-proximite/lurcigny-a-vous-de-jouer")),
        page("/ma-ville/le-maire", "Le maire et les élus", P("Votre maire vous reçoit sur rendez-vous le samedi matin.",
                                                            "Liste des adjoints et de leurs délégations.")),
        page("/services/etat-civil", "État civil", P("Actes de naissance, mariage, décès : demandes en ligne sur service-public.fr.",
                                                     "Cartes d'identité et passeports sur rendez-vous.")
             + m.booking("/services/etat-civil", "rendez-vous carte d'identité", ["9 h", "10 h", "11 h", "14 h"]),
             decoys={"contact_form"}),
        page("/magazine", "Lurcigny Infos", P("Le magazine municipal, tous les deux mois dans vos boîtes aux lettres.")
             + m.newsletter("/magazine", "tx_news_subscribe[email]", "newsletter"), decoys={"contact_form"}),
        page("/contact", "Contact", P("Mairie de Lurcigny, 2 place de la République, 21160 Lurcigny.")
             + m.powermail("/contact", 12), {"contact_form"}),
    ]
    www = _site(LU, "typo3", "Ville de Lurcigny", pages,
                news=[("/actualites/detail/a-vous-de-jouer-le-vote-est-ouvert", "Le vote est ouvert", "1er sept.", "22 projets."),
                      ("/actualites/detail/appel-a-projets-associatifs-2025", "Appel à projets associatifs", "2 oct.", "Avant le 15 novembre.")],
                agenda=[("/actualites/detail/conseil-municipal-du-24-mars", "Conseil municipal", "24 mars")],
                intro="Lurcigny, 26 300 habitants, aux portes de Dijon.",
                menu=[("Ma ville", "/ma-ville/democratie-de-proximite"), ("Services", "/services/etat-civil"),
                      ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=[social("facebook", "villedelurcigny"), social("instagram", "lurcigny"),
                          social("mastodon", "lurcigny@social.numerique-bfc.fr", "https://social.numerique-bfc.fr/@lurcigny")],
                address="Hôtel de ville, 2 place de la République, 21160 Lurcigny")
    props = [("/project/lurcigny-a-vous-de-jouer-2025/collect/depot-des-idees/proposals/un-verger-aux-perrieres", "Un verger aux Perrières", 4),
             ("/project/lurcigny-a-vous-de-jouer-2025/collect/depot-des-idees/proposals/abri-velos-gare", "Un abri vélos à la gare", 2)]
    cpages = [
        page("/projects", "Tous les projets", _capco_card("/project/lurcigny-a-vous-de-jouer-2025/presentation/presentation",
                                                          "Lurcigny à vous de jouer 2025", "Budget participatif · Vote en cours")
             + _capco_card("/project/questionnaire-mobilites/questionnaire/vos-deplacements", "Vos déplacements au quotidien", "Questionnaire · Ouvert")),
        page("/project/lurcigny-a-vous-de-jouer-2025/presentation/presentation", "Lurcigny à vous de jouer 2025",
             P("Le budget participatif de Lurcigny : 100 000 € pour vos projets d'investissement.")
             + '<ul class="step-list"><li class="step step--closed"><a href="/project/lurcigny-a-vous-de-jouer-2025/collect/depot-des-idees">Dépôt des idées</a></li>'
               '<li class="step step--open"><a href="/project/lurcigny-a-vous-de-jouer-2025/selection/vote">Vote</a></li></ul>',
             {"participatory_budget"}),
        # the filing step is closed: its proposals stay listed, nobody can file a new one
        page("/project/lurcigny-a-vous-de-jouer-2025/collect/depot-des-idees", "Dépôt des idées (terminé)",
             '<div class="alert alert-info">Cette étape est terminée.</div>'
             + "".join(_capco_card(h, t, f"{n} commentaires") for h, t, n in props),
             {"participatory_budget"}, decoys={"suggestion_call"}),
        page("/project/lurcigny-a-vous-de-jouer-2025/selection/vote", "Vote",
             P("Votez pour trois projets au maximum jusqu'au 30 septembre.")
             + m.vote_list("/project/lurcigny-a-vous-de-jouer-2025/selection/vote", [
                 ("Un verger aux Perrières", "12 000", "Vingt arbres fruitiers en accès libre."),
                 ("Un abri vélos à la gare", "18 000", "Abri sécurisé de 30 places."),
                 ("Des toilettes sèches au parc", "25 000", "Sanitaires écologiques au parc du Château.")])
             + m.links([(h, t) for h, t, _ in props]),
             {"participatory_budget"}),
    ]
    for h, t, n in props:
        cpages.append(page(h, t, P("Idée déposée par une habitante pendant l'étape de dépôt.")
                           + '<div class="opinion__comments"><h3>Commentaires</h3><div class="comment"><p>Excellente idée !</p></div>'
                             '<form class="comment-form" method="post"><textarea name="body" placeholder="Écrire un commentaire…" rows="3"></textarea>'
                             '<button type="submit" class="btn btn-primary">Commenter</button></form></div>',
                           {"participatory_budget", "comments"}))
    cpages.append(page("/project/questionnaire-mobilites/questionnaire/vos-deplacements", "Vos déplacements au quotidien",
                       '<form id="reply-form" class="form-horizontal questionnaire"><div class="form-group"><label>Quel mode de transport utilisez-vous le plus ?</label>'
                       '<div class="radio"><label><input type="radio" name="responses[0]" value="voiture"> Voiture</label></div>'
                       '<div class="radio"><label><input type="radio" name="responses[0]" value="bus"> Bus Divia</label></div>'
                       '<div class="radio"><label><input type="radio" name="responses[0]" value="velo"> Vélo</label></div></div>'
                       '<div class="form-group"><label>Seriez-vous prêt à utiliser un service de vélos en libre-service ?</label>'
                       '<div class="radio"><label><input type="radio" name="responses[1]" value="oui"> Oui</label></div>'
                       '<div class="radio"><label><input type="radio" name="responses[1]" value="non"> Non</label></div></div>'
                       '<button type="submit" class="btn btn-primary">Envoyer mes réponses</button></form>', {"poll"}))
    capco = _site(LU_CAPCO, "capcollectif", "Lurcigny à vous de jouer", cpages,
                  intro="Bienvenue sur l'espace de participation de la Ville de Lurcigny.",
                  news=[("/project/lurcigny-a-vous-de-jouer-2025/selection/vote", "Le vote est ouvert", "sept.", "Trois voix par habitant.")],
                  agenda=[("/project/questionnaire-mobilites/questionnaire/vos-deplacements", "Questionnaire mobilités", "oct.")],
                  menu=[("Accueil", "/"), ("Projets", "/projects")],
                  features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    return City("99295", "Lurcigny", 26_300, "21", "27", "Bourgogne-Franche-Comté", f"http://{LU}/", [www, capco])


# ---------------------------------------------------------------------------------------------------
def brechaumont():
    """A home-made PHP site kept by the town's IT officer: the right of petition and a petition space,
    a suggestions form, a youth council, an online questionnaire, a paper satisfaction survey."""
    host = "www.brechaumont.fr"
    pages = [
        page("/actualites.php", "Actualités", m.links([
            ("/actualite.php?id=318", "Nouvelle pétition : un passage piéton rue Lamartine"),
            ("/actualite.php?id=321", "Piscine : donnez-nous votre avis"),
            ("/actualite.php?id=322", "Concours des maisons fleuries")])),
        page("/actualite.php?id=318", "Nouvelle pétition : un passage piéton rue Lamartine",
             P("Une pétition déposée par des parents d'élèves est ouverte à la signature sur l'espace pétitions de la ville.")
             + m.links([("/petitions/voir.php?id=7", "Lire et signer la pétition")]) + m.share(f"http://{host}/actualite.php?id=318"),
             decoys={"social_account"}),
        # a satisfaction survey about a service, answered on a paper card at the pool: no online poll
        page("/actualite.php?id=321", "Piscine : donnez-nous votre avis",
             P("Une enquête de satisfaction est menée auprès des usagers de la piscine municipale jusqu'au 30 juin.",
               "Les fiches sont à remplir à l'accueil de l'établissement et à déposer dans l'urne."),
             decoys={"poll"}),
        page("/actualite.php?id=322", "Concours des maisons fleuries",
             P("Inscrivez-vous avant le 15 juin au concours des maisons et balcons fleuris : le jury passera en juillet.")
             + m.registration("/actualite.php?id=322", "concours des maisons fleuries",
                              [("nom", "Nom", "text"), ("adresse", "Adresse", "text"), ("categorie", "Catégorie", "text")]),
             decoys={"suggestion_call", "contact_form"}),
        page("/participer.php", "Participer à la vie de la commune",
             P("À Bréchaumont, la démocratie locale passe par le droit de pétition, le conseil communal des jeunes, "
               "la boîte à suggestions et des questionnaires sur les projets de la ville.")
             + m.links([("/petitions/", "Le droit de pétition"), ("/cmj.php", "Le conseil communal des jeunes"),
                        ("/suggestions.php", "Vos suggestions"), ("/questionnaire-mobilite.php", "Questionnaire mobilité")]),
             {"participation_displayed"}),
        page("/petitions/", "Le droit de pétition",
             P("Depuis la délibération du 9 novembre 2023, toute pétition signée par au moins 300 habitants de 16 ans et plus "
               "est inscrite à l'ordre du jour du conseil municipal.",
               "Déposez votre pétition ou signez celles qui sont en cours.")
             + m.links([("/petitions/voir.php?id=7", "Un passage piéton rue Lamartine (184 signatures)"),
                        ("/petitions/voir.php?id=5", "Un éclairage au stade (pétition close)"),
                        ("/petitions/deposer.php", "Déposer une pétition")]),
             {"petition", "participation_displayed"}),
        page("/petitions/voir.php?id=7", "Un passage piéton rue Lamartine",
             P("Nous demandons un passage piéton sécurisé devant l'école Lamartine.")
             + m.petition_form("/petitions/signer.php?id=7", "Un passage piéton rue Lamartine", 184, 300),
             {"petition"}, parent=("Le droit de pétition", "/petitions/")),
        # a closed petition: no signature form is left, only its outcome
        page("/petitions/voir.php?id=5", "Un éclairage au stade (close)",
             P("Cette pétition a recueilli 312 signatures. Elle a été débattue au conseil municipal du 14 mars, "
               "qui a voté l'installation de l'éclairage."),
             decoys={"petition"}, parent=("Le droit de pétition", "/petitions/")),
        # filing a petition on the town's space; its text goes to the petition space, not a message to the city
        page("/petitions/deposer.php", "Déposer une pétition",
             '<form method="post" action="/petitions/deposer.php" class="petition-depot">'
             '<p><label for="pd-titre">Titre de la pétition</label><input type="text" id="pd-titre" name="titre"></p>'
             '<p><label for="pd-texte">Texte de la pétition</label><textarea id="pd-texte" name="texte" rows="8" cols="60"></textarea></p>'
             '<p><label for="pd-nom">Nom du premier signataire</label><input type="text" id="pd-nom" name="nom"></p>'
             '<p><label for="pd-mail">E-mail</label><input type="email" id="pd-mail" name="email"></p>'
             '<p><input type="submit" value="Soumettre ma pétition"></p></form>',
             {"petition"}, parent=("Le droit de pétition", "/petitions/")),
        page("/cmj.php", "Le conseil communal des jeunes",
             P("Élus par leurs camarades de CM1, CM2 et 6e, les jeunes conseillers se réunissent une fois par mois en commissions "
               "et présentent leurs projets au conseil municipal : fresque du préau, journée propreté, boîte à livres."),
             {"participation_displayed"}),
        page("/suggestions.php", "Vos suggestions",
             P("Une idée pour améliorer la vie à Bréchaumont ? Écrivez-nous : les suggestions sont étudiées chaque mois par la commission municipale.")
             + m.homemade_contact("/suggestions.php", '<p><label for="sug-quartier">Quartier concerné</label><br><input type="text" name="quartier" id="sug-quartier"></p>'),
             {"suggestion_call", "contact_form"}),
        page("/questionnaire-mobilite.php", "Questionnaire : se déplacer à Bréchaumont",
             P("La commune prépare son schéma des déplacements. Répondez à quelques questions (3 minutes).")
             + m.homemade_questionnaire("/questionnaire-mobilite.php", [
                 ("Combien de fois par semaine utilisez-vous votre voiture en ville ?", ["Jamais", "1 à 3 fois", "Tous les jours"]),
                 ("Une navette gratuite vers la gare vous intéresserait-elle ?", ["Oui", "Non", "Peut-être"]),
                 ("Vous sentez-vous en sécurité à vélo ?", ["Oui", "Plutôt non", "Non"])]),
             {"poll"}),
        page("/mairie/budget.php", "Les finances communales",
             P("Budget primitif 2025 : 14,2 M€. Le compte administratif 2024 fait apparaître un excédent de 1,1 M€.",
               "Retrouvez les documents budgétaires et les rapports d'orientation."),
             decoys={"participatory_budget"}),
        page("/mairie/paiement.php", "Payer en ligne", P("Cantine, accueil périscolaire, école de musique : réglez vos factures en ligne.")
             + m.payment("/mairie/paiement.php", "factures municipales"),
             decoys={"contact_form"}),
        page("/mairie/edito.php", "L'édito du maire", P("Une ville qui écoute, c'est une ville qui avance. Merci aux 1 200 signataires des pétitions de l'année.")),
        page("/contact.php", "Contact", P("Mairie de Bréchaumont, 4 rue de l'Hôtel-de-Ville, 71500 Bréchaumont. Tél. 03 85 00 00 00.")
             + m.homemade_contact("/contact.php"), {"contact_form"}),
    ]
    www = _site(host, "vendor", "Ville de Bréchaumont", pages,
                news=[("/actualite.php?id=318", "Nouvelle pétition", "12 mars", "Un passage piéton rue Lamartine."),
                      ("/actualite.php?id=321", "Piscine : votre avis", "2 juin", "Enquête de satisfaction.")],
                agenda=[("/actualite.php?id=322", "Clôture des inscriptions maisons fleuries", "15 juin")],
                intro="Bréchaumont, 12 600 habitants, en Bresse bourguignonne.",
                menu=[("Accueil", "/"), ("Participer", "/participer.php"), ("Actualités", "/actualites.php"), ("Contact", "/contact.php")],
                address="4 rue de l'Hôtel-de-Ville, 71500 Bréchaumont")
    return City("99296", "Bréchaumont", 12_600, "71", "27", "Bourgogne-Franche-Comté", f"http://{host}/", [www])


# ---------------------------------------------------------------------------------------------------
PF = "www.pontalier-les-forges.fr"
PF_VOISINS = "www.voisins-pontalier.fr"


def pontalier():
    """WordPress by a Besançon agency: hamlet committees, a call for candidates to a citizens' council,
    a sidebar poll, comments, and the neighbours' network the town set up with a local association."""
    side = m.wp_polls(3, "Faut-il ouvrir la médiathèque le dimanche après-midi ?", ["Oui", "Non", "Seulement l'hiver"])
    pages = [
        page("/actualites/", "Actualités", m.links([
            ("/2025/04/14/le-reseau-des-voisins-est-lance/", "Le réseau des voisins est lancé"),
            ("/2025/05/02/conseil-citoyen-appel-a-candidatures/", "Conseil citoyen : appel à candidatures"),
            ("/2025/05/20/la-plateforme-de-participation-de-la-region/", "Budget participatif régional")])),
        # a news item presenting the neighbours' network and how to join it, with open comments
        page("/2025/04/14/le-reseau-des-voisins-est-lance/", "Le réseau des voisins est lancé",
             P("Prêter une échelle, signaler un chat perdu, organiser la fête des voisins : le réseau « Voisins de Pontalier » "
               "est ouvert à tous les habitants de la commune.")
             + m.links([(f"http://{PF_VOISINS}/", "Rejoindre Voisins de Pontalier")])
             + m.wp_comments(702, [("Élise", "15 avril 2025", "Inscrite ! Déjà trois voisins de ma rue.")]),
             {"comments", "territorial_social_network"}, decoys={"contact_form"}),
        # a call for candidates, but to sit on a council of residents: the approach is shown, no ideas are asked for
        page("/2025/05/02/conseil-citoyen-appel-a-candidatures/", "Conseil citoyen : appel à candidatures",
             P("Le conseil citoyen du quartier des Forges se renouvelle. Habitants, commerçants, associations : "
               "portez-vous candidat avant le 31 mai pour participer aux décisions qui concernent le quartier prioritaire."),
             {"participation_displayed"}, decoys={"suggestion_call"}),
        # a news item naming a regional platform in passing
        page("/2025/05/20/la-plateforme-de-participation-de-la-region/", "Budget participatif régional : deux projets doubiens",
             P("Deux associations du secteur ont déposé un projet sur la plateforme de participation de la Région. "
               "Le vote régional se déroule en ligne jusqu'à la fin du mois."),
             decoys={"participatory_platform", "participatory_budget"}),
        page("/vivre-ensemble/", "Vivre ensemble",
             P("Pontalier-les-Forges associe ses habitants à la vie communale : comités de hameaux, conseil citoyen des Forges, "
               "réunions publiques avant les chantiers et réseau de voisins.")
             + m.links([("/vivre-ensemble/comites-de-hameaux/", "Les comités de hameaux"),
                        ("/vivre-ensemble/voisins-de-pontalier/", "Voisins de Pontalier")]),
             {"participation_displayed"}),
        page("/vivre-ensemble/comites-de-hameaux/", "Les comités de hameaux",
             P("Les six hameaux (La Combe, Les Essarts, Rochejean-Bas...) ont chacun leur comité, réuni deux fois par an avec le maire.",
               "Les comités font remonter les besoins : déneigement, fontaines, chemins communaux."),
             {"participation_displayed"}, parent=("Vivre ensemble", "/vivre-ensemble/")),
        page("/vivre-ensemble/voisins-de-pontalier/", "Voisins de Pontalier, le réseau social de la commune",
             P("Avec l'association Forges Solidaires, la commune propose un réseau social de proximité réservé aux habitants : "
               "entraide, prêts d'objets, annonces, informations de la mairie.")
             + m.links([(f"http://{PF_VOISINS}/", "Accéder au réseau"), (f"http://{PF_VOISINS}/connexion", "Créer mon compte")]),
             {"territorial_social_network"}, parent=("Vivre ensemble", "/vivre-ensemble/")),
        page("/culture/mediatheque/", "La médiathèque", m.with_sidebar(
            P("30 000 documents, un espace numérique et des animations pour tous les âges.",
              "Nous réfléchissons à de nouveaux horaires : votre avis compte."), side, "widget-area"),
             {"poll"}, decoys={"contact_form"}),
        page("/securite/voisins-vigilants/", "Participation citoyenne et voisins vigilants",
             P("La gendarmerie et la commune ont reconduit le protocole de participation citoyenne. "
               "Les référents vigilants sont les relais de la brigade de Morteau dans leur secteur."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/mairie/le-maire/", "Le mot du maire", P("Bienvenue à Pontalier-les-Forges, commune du Haut-Doubs fière de ses forges et de ses hameaux.")),
        page("/enfance/inscriptions/", "Inscriptions scolaires et périscolaires",
             P("Inscriptions pour la rentrée : remplissez le formulaire puis déposez les justificatifs en mairie.")
             + m.registration("/enfance/inscriptions/", "école maternelle", [("enfant", "Nom de l'enfant", "text"),
                                                                              ("naissance", "Date de naissance", "date"),
                                                                              ("parent_email", "E-mail du parent", "email")]),
             decoys={"contact_form"}),
        page("/contact/", "Nous écrire", P("Mairie, 1 Grande-Rue, 25500 Pontalier-les-Forges.") + m.wp_cf7("/contact/", 57),
             {"contact_form"}),
    ]
    www = _site(PF, "wordpress", "Pontalier-les-Forges", pages,
                news=[("/2025/04/14/le-reseau-des-voisins-est-lance/", "Le réseau des voisins est lancé", "14 avril", "Entraide et prêts."),
                      ("/2025/05/02/conseil-citoyen-appel-a-candidatures/", "Conseil citoyen", "2 mai", "Candidatures jusqu'au 31 mai.")],
                agenda=[("/vivre-ensemble/comites-de-hameaux/", "Comité du hameau de La Combe", "6 juin")],
                intro="Pontalier-les-Forges, 19 700 habitants, dans le Haut-Doubs.",
                menu=[("Accueil", "/"), ("Vivre ensemble", "/vivre-ensemble/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "pontalierlesforges"), social("youtube", "pontalierlesforges")],
                address="Mairie, 1 Grande-Rue, 25500 Pontalier-les-Forges")
    vpages = [
        page("/fil", "Le fil du quartier",
             '<div class="feed">' + "".join(
                 f'<article class="post"><p class="post__author">{a} · {q}</p><p>{t}</p><p class="post__meta">{n} réponses · '
                 f'<a href="/fil/{i}">Répondre</a></p></article>' for i, (a, q, t, n) in enumerate([
                     ("Martine", "Les Essarts", "Quelqu'un aurait-il une tronçonneuse à prêter samedi ?", 3),
                     ("Karim", "Centre", "Chat roux trouvé rue des Forges, il attend son maître.", 5)], 1)) + "</div>",
             {"territorial_social_network"}),
        page("/fil/1", "Prêt de tronçonneuse", P("Martine (Les Essarts) : Quelqu'un aurait-il une tronçonneuse à prêter samedi ?")
             + '<div class="replies"><p>Jean-Paul : Oui, passez à la maison.</p></div>'
               '<form method="post" action="/fil/1/repondre" class="reply-form"><textarea name="message" rows="3"></textarea><button>Répondre</button></form>',
             {"territorial_social_network"}),
        page("/fil/2", "Chat roux trouvé", P("Karim (Centre) : Chat roux trouvé rue des Forges.")
             + '<div class="replies"><p>Sophie : C\'est peut-être celui des voisins du 12.</p></div>'
               '<form method="post" action="/fil/2/repondre" class="reply-form"><textarea name="message" rows="3"></textarea><button>Répondre</button></form>',
             {"territorial_social_network"}),
        page("/groupes", "Groupes", m.links([("/fil", "Les Essarts"), ("/fil", "Centre-bourg")]) + P("Rejoignez le groupe de votre hameau."),
             {"territorial_social_network"}),
    ]
    voisins = _site(PF_VOISINS, "community", "Voisins de Pontalier", vpages,
                    intro="Le réseau social des habitants de Pontalier-les-Forges : entraide, prêts, bons plans entre voisins.",
                    news=[("/fil", "Le fil du quartier", "aujourd'hui", "Les derniers messages de vos voisins.")],
                    agenda=[("/groupes", "Fête des voisins", "30 mai")],
                    menu=[("Le fil", "/fil"), ("Groupes", "/groupes")],
                    features=frozenset({"territorial_social_network"}))
    return City("99297", "Pontalier-les-Forges", 19_700, "25", "27", "Bourgogne-Franche-Comté", f"http://{PF}/", [www, voisins])


# ---------------------------------------------------------------------------------------------------
SX = "www.saulxigny.fr"
SX_GV = "saulxigny.govocal.com"
SX_DEM = "demarches.saulxigny.fr"


def saulxigny():
    """Drupal for the town, Publik for e-services (a contact form and a booking), and Go Vocal for
    "Saulxigny en commun": an ideas project and a survey."""
    gv = lambda s: f"/fr-FR/projects/{s}"
    pages = [
        page("/actualites", "Actualités", m.links([
            ("/actualites/saulxigny-en-commun-premier-bilan", "Saulxigny en commun : premier bilan"),
            ("/actualites/vide-grenier-des-quais", "Vide-grenier des quais"),
            ("/actualites/forum-des-metiers", "Forum des métiers")])),
        page("/actualites/saulxigny-en-commun-premier-bilan", "Saulxigny en commun : premier bilan",
             P("Un an après son lancement, la démarche a recueilli 412 idées et 1 900 réponses au questionnaire sur les quais de l'Yonne.")
             + m.drupal_comments(913, [("Anne-Laure", "03/06/2025", "Et les idées non retenues, que deviennent-elles ?")]),
             {"comments"}, decoys={"contact_form"}),
        page("/actualites/vide-grenier-des-quais", "Vide-grenier des quais",
             P("Dimanche 7 septembre, 250 exposants sur les quais. Réservation des emplacements sur le portail des démarches.")
             + m.links([(f"http://{SX_DEM}/reserver-un-emplacement/", "Réserver un emplacement")]) + m.share(f"http://{SX}/actualites/vide-grenier-des-quais")),
        page("/actualites/forum-des-metiers", "Forum des métiers",
             P("Les collégiens rencontrent des professionnels au forum des métiers, salle Vauban, le 20 mars."),
             decoys={"forum"}),
        page("/ma-ville/saulxigny-en-commun", "Saulxigny en commun",
             P("« Saulxigny en commun » est la démarche de démocratie participative de la ville : des concertations sur "
               "chaque grand projet, des réunions publiques dans les quartiers et une plateforme en ligne pour proposer, "
               "débattre et répondre aux questionnaires.")
             + m.links([(f"http://{SX_GV}/", "La plateforme Saulxigny en commun"),
                        ("/ma-ville/saulxigny-en-commun/reunions-publiques", "Les réunions publiques")]),
             {"participation_displayed"}),
        page("/ma-ville/saulxigny-en-commun/reunions-publiques", "Réunions publiques de quartier",
             P("Chaque automne, les élus tiennent une réunion publique dans chacun des quatre quartiers : Rive gauche, "
               "Saint-Pierre, Les Clos et Vaux. L'occasion de présenter les projets et d'entendre vos remarques."),
             {"participation_displayed"}, parent=("Saulxigny en commun", "/ma-ville/saulxigny-en-commun")),
        page("/ma-ville/conseil-municipal", "Conseil municipal",
             P("Ordre du jour de la séance du 10 avril : budget primitif, vote des taux, rapport d'activité de la régie de l'eau."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/ma-ville/le-maire", "Le maire", P("Votre maire et son équipe : délégations et permanences.")),
        page("/services", "Services en ligne", P("Vos démarches en ligne sont regroupées sur le portail citoyen.")
             + m.links([(f"http://{SX_DEM}/", "Le portail des démarches"), (f"http://{SX_DEM}/contact/", "Écrire à la mairie")])),
        # the contact page only links to the e-services form: no form on it
        page("/contact", "Contact",
             P("Hôtel de ville, 3 quai de la République, 89100 Saulxigny. Pour nous écrire, utilisez le formulaire du portail des démarches.")
             + m.links([(f"http://{SX_DEM}/contact/", "Formulaire de contact")]), decoys={"contact_form"}),
    ]
    www = _site(SX, "drupal", "Saulxigny", pages,
                news=[("/actualites/saulxigny-en-commun-premier-bilan", "Premier bilan", "2 juin", "412 idées."),
                      ("/actualites/vide-grenier-des-quais", "Vide-grenier", "7 sept.", "250 exposants.")],
                agenda=[("/ma-ville/saulxigny-en-commun/reunions-publiques", "Réunion publique Rive gauche", "14 oct.")],
                intro="Saulxigny, 33 500 habitants, au bord de l'Yonne.",
                menu=[("Ma ville", "/ma-ville/saulxigny-en-commun"), ("Services", "/services"),
                      ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=[social("facebook", "saulxigny"), social("instagram", "villedesaulxigny"), social("bluesky", "saulxigny.fr")],
                address="Hôtel de ville, 3 quai de la République, 89100 Saulxigny")
    dem = Site(SX_DEM, "publik", "Saulxigny - mes démarches", [
        page("/", "Mes démarches", P("Bienvenue sur le portail des démarches en ligne de la ville de Saulxigny.")
             + m.links([("/contact/", "Écrire à la mairie"), ("/reserver-un-emplacement/", "Réserver un emplacement au vide-grenier"),
                        ("/signaler/", "Signaler un problème sur la voie publique")])),
        page("/contact/", "Écrire à la mairie",
             '<form method="post" enctype="multipart/form-data" class="quixote" action="/contact/"><div class="page">'
             '<div class="widget StringWidget template-field"><div class="title"><label for="form_f1">Nom</label></div><div class="content"><input id="form_f1" name="f1" type="text"></div></div>'
             '<div class="widget EmailWidget"><div class="title"><label for="form_f2">Courriel</label></div><div class="content"><input id="form_f2" name="f2" type="email"></div></div>'
             '<div class="widget TextWidget"><div class="title"><label for="form_f3">Votre message</label></div><div class="content"><textarea id="form_f3" name="f3" rows="8" cols="70"></textarea></div></div>'
             '<div class="buttons submit"><button name="submit" value="Envoyer">Envoyer</button></div></div></form>',
             {"contact_form"}),
        page("/reserver-un-emplacement/", "Réserver un emplacement au vide-grenier",
             m.booking("/reserver-un-emplacement/", "emplacement de 3 m", ["Matin", "Journée"])
             + m.payment("/reserver-un-emplacement/payer", "emplacement"), decoys={"contact_form"}),
        # a report form with a free-text description sent to the town: a message to the city
        page("/signaler/", "Signaler un problème sur la voie publique",
             '<form method="post" class="quixote" action="/signaler/"><div class="widget ItemWidget"><label for="form_f1">Type</label>'
             '<select id="form_f1" name="f1"><option>Éclairage</option><option>Voirie</option><option>Propreté</option></select></div>'
             '<div class="widget StringWidget"><label for="form_f2">Adresse</label><input id="form_f2" name="f2" type="text"></div>'
             '<div class="widget TextWidget"><label for="form_f3">Description</label><textarea id="form_f3" name="f3" rows="5"></textarea></div>'
             '<div class="widget EmailWidget"><label for="form_f4">Courriel</label><input id="form_f4" name="f4" type="email"></div>'
             '<div class="buttons submit"><button name="submit">Envoyer</button></div></form>', {"contact_form"}),
    ], address="Hôtel de ville, 3 quai de la République, 89100 Saulxigny")
    gpages = [
        page("/fr-FR/projects", "Tous les projets",
             m.links([(gv("vos-idees-pour-les-quais"), "Vos idées pour les quais de l'Yonne"),
                      (gv("questionnaire-cantine"), "Questionnaire : la cantine de demain"),
                      (gv("budget-participatif-2024"), "Budget participatif 2024 (terminé)")], "e2e-projects-list")),
        page(gv("vos-idees-pour-les-quais"), "Vos idées pour les quais de l'Yonne",
             '<div id="e2e-project-page"><p>Comment voulez-vous vivre les quais demain ? Partagez vos idées, votez pour celles des autres.</p>'
             '<a id="e2e-idea-button" class="e2e-idea-button" href="/fr-FR/projects/vos-idees-pour-les-quais/ideas/new">Soumettre une idée</a>'
             '<div class="e2e-idea-card"><a href="/fr-FR/ideas/une-guinguette-l-ete">Une guinguette l\'été</a> · 34 votes · 6 commentaires</div></div>',
             {"suggestion_call"}),
        page("/fr-FR/projects/vos-idees-pour-les-quais/ideas/new", "Soumettre une idée",
             '<form id="idea-form" class="e2e-idea-form"><label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" name="title_multiloc" type="text">'
             '<label for="body_multiloc">Description</label><textarea id="body_multiloc" name="body_multiloc" rows="8"></textarea>'
             '<button type="submit" id="e2e-idea-form-submit">Publier</button></form>', {"suggestion_call"}),
        page("/fr-FR/ideas/une-guinguette-l-ete", "Une guinguette l'été",
             '<div id="e2e-idea-show"><p>Une guinguette éphémère sur le quai Vauban en juillet-août.</p>'
             '<div id="e2e-comments-container"><div class="e2e-comment-thread"><p>Super idée pour animer le centre !</p></div>'
             '<form class="e2e-comment-form"><textarea id="e2e-parent-comment-text-area" name="comment" rows="3"></textarea><button id="e2e-submit-parentcomment">Publier</button></form></div></div>',
             {"suggestion_call", "comments"}),
        page(gv("questionnaire-cantine"), "Questionnaire : la cantine de demain",
             '<div id="e2e-project-survey"><p>Parents, élèves : donnez votre avis sur la restauration scolaire (5 minutes).</p>'
             '<form class="e2e-native-survey"><fieldset><legend>Votre enfant mange-t-il à la cantine ?</legend>'
             '<label><input type="radio" name="q1" value="tous"> Tous les jours</label><label><input type="radio" name="q1" value="parfois"> Parfois</label>'
             '<label><input type="radio" name="q1" value="jamais"> Jamais</label></fieldset>'
             '<fieldset><legend>Souhaitez-vous un menu végétarien quotidien ?</legend><label><input type="radio" name="q2" value="oui"> Oui</label>'
             '<label><input type="radio" name="q2" value="non"> Non</label></fieldset><button type="submit" id="e2e-submit-survey">Envoyer</button></form></div>',
             {"poll"}),
        # a finished budget: its winners are shown, the vote is over
        page(gv("budget-participatif-2024"), "Budget participatif 2024 (terminé)",
             '<div id="e2e-project-page"><p>Le premier budget participatif de Saulxigny (80 000 €) est terminé. Voici les projets retenus par les votes des habitants.</p>'
             + m.results_table([("Une boîte à dons aux Clos", "512"), ("Un terrain de pétanque éclairé", "447")]) + "</div>",
             {"participatory_budget"}, decoys={"poll"}),
    ]
    govocal = _site(SX_GV, "govocal", "Saulxigny en commun", gpages,
                    intro="Saulxigny en commun : la plateforme de participation des habitants de Saulxigny.",
                    news=[(gv("vos-idees-pour-les-quais"), "Vos idées pour les quais", "mai", "Proposez et votez.")],
                    agenda=[(gv("questionnaire-cantine"), "Questionnaire cantine", "jusqu'au 30 juin")],
                    menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects")],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return City("99298", "Saulxigny", 33_500, "89", "27", "Bourgogne-Franche-Comté", f"http://{SX}/", [www, dem, govocal])


# ---------------------------------------------------------------------------------------------------
_BUILDERS = (fontclaret, montbrezal, chatelmoux, ormeval, lurcigny, brechaumont, pontalier, saulxigny)


def cities():
    return [build() for build in _BUILDERS]


def hosts():
    return {}

