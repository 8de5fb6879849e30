"""Holdout part: mountain, spa and seaside towns (99181-99188) whose sites serve residents and visitors alike.

Comités de hameau and de quartier, conseils des jeunes and des sages, réunions publiques, participatory budgets of a
town or of its communauté de communes under a local brand (Decidim, Cap Collectif), idea boxes, questionnaires on
seasonal traffic and housing for seasonal workers, a SPIP petition and an interpellation right, a board and article
comments, neighbours' networks, contact forms; and the lookalikes such towns hold: the tourist office, ski-pass
shops, snow bulletins, the gendarmerie's participation citoyenne, job fairs called forums, enquêtes publiques for a
lift, budgets primitifs, closed polls, newsletters, bookings and guest reviews."""
from ..site import City, Site, page, social
from . import moraines_markup as m

P = page


def _home(intro, quick, news, events, extra=""):
    return (m.cookie_banner() + m.prose(*intro) + m.quick_access(quick) + m.teasers(news) + m.agenda(events) + extra
            + '<p class="plan"><a href="/plan-du-site/">Plan du site</a></p>')


def _plan(pages):
    """A site map listing every page of the site (as the CMS generates it)."""
    items = [(p.path, p.title) for p in pages if p.path != "/"]
    return P("/plan-du-site/", "Plan du site", m.links(items, "plan-du-site"))


def _site(host, theme, title, pages, menu, accounts=(), address="", **kw):
    pages = list(pages)
    if theme in ("wordpress", "drupal", "spip", "joomla", "typo3", "vendor"):
        pages.append(_plan(pages))
    return Site(host, theme, title, pages, menu=list(menu), accounts=list(accounts), address=address, **kw)


# ==== 99181 Valmorin-les-Neiges (Savoie): WordPress, a ski resort, and the communauté de communes' Decidim ==========

VALMORIN = "www.valmorin-les-neiges.fr"
ORSIERE = "participer.cc-haute-orsiere.fr"


def valmorin() -> City:
    poll = m.wp_polls(12, "Navettes gratuites en hiver : faut-il un départ toutes les 15 minutes le samedi ?",
                      ["Oui, toutes les 15 minutes", "Toutes les 20 minutes suffisent", "Sans avis"])
    side_news = m.teasers([("/actualites/logement-des-saisonniers/", "Loger les saisonniers : où en est-on ?", "12 nov.", ""),
                           ("/station/bulletin-neige/", "Bulletin neige du jour", "chaque matin", "")], "À la une")
    pages = [
        P("/", "Accueil", m.with_sidebar(_home(
            ["Bienvenue à Valmorin-les-Neiges, 9 800 habitants à l'année et dix fois plus en février.",
             "Mairie, services, station et vie des hameaux : tout ce qui fait la commune."],
            [("/vie-municipale/valmorin-ensemble/", "Valmorin ensemble"), ("/vie-municipale/cimes-en-projets/", "Cimes en projets"),
             ("/station/bulletin-neige/", "Neige et avalanches"), ("/station/forfaits/", "Forfaits de ski"),
             ("/contact/", "Écrire à la mairie"), ("/office-de-tourisme/", "Office de tourisme"), ("/marches-publics/", "Marchés publics")],
            [("/actualites/circulation-hiver-questionnaire/", "Circulation en hiver : votre avis compte", "3 déc.", "Un questionnaire en ligne jusqu'au 20 décembre."),
             ("/actualites/logement-des-saisonniers/", "Loger les saisonniers", "12 nov.", "Point d'étape sur la résidence des Granges."),
             ("/actualites/reunion-publique-parkings/", "Stationnement : compte rendu de la réunion du Villard", "28 oct.", "Ce qui a été dit et la suite."),
             ("/actualites/resultats-sondage-navettes/", "Navettes : les résultats du sondage de l'été", "2 oct.", "Merci aux 540 votants."),
             ("/actualites/enquete-publique-telesiege/", "Télésiège de la Pointe : enquête publique", "15 sept.", "Le dossier est consultable en mairie.")],
            [("14 déc.", "Réunion publique du comité de hameau des Granges"), ("21 déc.", "Descente aux flambeaux"),
             ("9 janv.", "Conseil municipal")]), poll + side_news), {"poll"}),
        P("/vie-municipale/valmorin-ensemble/", "Valmorin ensemble : associer les habitants", m.prose(
            "Depuis 2021, la municipalité a fait de la participation des habitants permanents un axe de son mandat. "
            "Sous la bannière « Valmorin ensemble », elle réunit plusieurs instances : les comités de hameau, le conseil des jeunes et des réunions publiques de secteur avant chaque grand chantier.",
            "Une charte de la participation, adoptée en conseil municipal, fixe le rôle de chacun : les comités donnent un avis, les élus y répondent par écrit dans les deux mois.")
          + m.links([("/vie-municipale/comites-de-hameau/", "Les comités de hameau"), ("/vie-municipale/conseil-des-jeunes/", "Le conseil des jeunes"),
                     ("/vie-municipale/reunions-publiques/", "Réunions publiques de secteur"), ("/vie-municipale/cimes-en-projets/", "Le budget participatif intercommunal")]),
          {"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/conseil-municipal/")),
        P("/vie-municipale/comites-de-hameau/", "Les comités de hameau", m.prose(
            "Six comités couvrent le chef-lieu, le Villard, les Granges, la Ravoire, le Crêt et la station. Chacun rassemble une quinzaine d'habitants volontaires, tirés au sort pour moitié.",
            "Ils se réunissent quatre fois par an avec l'élu référent et peuvent saisir le maire de toute question touchant la vie du hameau : déneigement, chemins, éclairage, stationnement des saisonniers.",
            "Pour rejoindre le comité de votre hameau, inscrivez-vous à l'accueil de la mairie."),
          {"participation_displayed"}, parent=("Valmorin ensemble", "/vie-municipale/valmorin-ensemble/")),
        # a youth council presented as one of the town's participation bodies: the approach displayed
        P("/vie-municipale/conseil-des-jeunes/", "Le conseil des jeunes", m.prose(
            "Vingt collégiens élus pour deux ans siègent au conseil des jeunes. Ils portent leurs projets devant le conseil municipal et sont consultés sur l'aménagement du skatepark et des navettes.",
            "Le conseil des jeunes fait partie des instances de « Valmorin ensemble », la démarche de démocratie locale de la commune."),
          {"participation_displayed"}, parent=("Valmorin ensemble", "/vie-municipale/valmorin-ensemble/")),
        P("/vie-municipale/reunions-publiques/", "Réunions publiques de secteur", m.prose(
            "Avant chaque chantier important, la commune organise une réunion publique dans le secteur concerné : présentation du projet, questions de la salle, puis atelier en petits groupes.",
            "Les comptes rendus sont publiés ici et les remarques recueillies sont reprises dans le cahier des charges des travaux.")
          + m.links([("/actualites/reunion-publique-parkings/", "Compte rendu : stationnement au Villard")]),
          {"participation_displayed"}, parent=("Valmorin ensemble", "/vie-municipale/valmorin-ensemble/")),
        P("/vie-municipale/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 27 élus. Ses séances sont publiques et se tiennent en salle du conseil, le lundi à 19 h.",
            "Ordre du jour de la séance du 9 janvier : approbation du procès-verbal, tarifs des remontées mécaniques, convention de déneigement, budget annexe des parkings.")
          + m.links([("/vie-municipale/budget/", "Budget primitif 2025"), ("/vie-municipale/valmorin-ensemble/", "Valmorin ensemble")]),
          decoys={"participation_displayed"}),
        P("/vie-municipale/budget/", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 a été voté le 16 décembre : 18,4 M€ en fonctionnement, 7,2 M€ en investissement, dont la réfection du front de neige.",
            "Le compte administratif 2024 et le rapport d'orientation budgétaire sont téléchargeables ci-dessous (PDF)."),
          decoys={"participatory_budget"}, parent=("Le conseil municipal", "/vie-municipale/conseil-municipal/")),
        P("/vie-municipale/cimes-en-projets/", "Cimes en projets, le budget participatif de la Haute-Orsière", m.prose(
            "La communauté de communes de la Haute-Orsière consacre 150 000 € par an à des projets imaginés et choisis par les habitants de ses sept communes.",
            "Tout habitant de plus de 12 ans peut déposer un projet d'intérêt collectif jusqu'au 31 janvier ; les projets recevables sont soumis au vote en avril.",
            f'Tout se passe sur la plateforme intercommunale : <a href="http://{ORSIERE}/processes/cimes-en-projets-2025">participer.cc-haute-orsiere.fr</a>.'),
          {"participatory_budget"}, parent=("Valmorin ensemble", "/vie-municipale/valmorin-ensemble/")),
        P("/actualites/circulation-hiver-questionnaire/", "Circulation en hiver : votre avis compte", m.prose(
            "Bouchons du samedi, stationnement des cars, navettes : la commune prépare son plan de circulation pour les prochaines saisons.",
            "Habitants, saisonniers et commerçants, répondez à ce court sondage avant le 20 décembre.")
          + m.crowdsignal_embed(11873402, "Quel est, pour vous, le principal problème de circulation en saison ?",
                                ["Les bouchons du samedi", "Le stationnement", "Le manque de navettes", "La sécurité des piétons"])
          + m.share(f"http://{VALMORIN}/actualites/circulation-hiver-questionnaire/", "Circulation en hiver"), {"poll"},
          parent=("Actualités", "/")),
        P("/actualites/resultats-sondage-navettes/", "Navettes : les résultats du sondage de l'été", m.prose(
            "Le sondage sur les horaires des navettes estivales est clos. Voici les résultats, présentés au comité de hameau de la station.")
          + m.wp_polls_closed(9, "Faut-il prolonger les navettes jusqu'à 21 h en juillet et août ?",
                              [("Oui", 71, 383), ("Non", 18, 97), ("Sans avis", 11, 60)], 540), decoys={"poll"}, parent=("Actualités", "/")),
        P("/actualites/logement-des-saisonniers/", "Loger les saisonniers : où en est-on ?", m.prose(
            "La résidence des Granges ouvrira 48 studios aux saisonniers à partir de décembre prochain. Le chantier a pris trois semaines de retard à cause des pluies d'octobre.",
            "Les employeurs intéressés peuvent réserver des logements pour leurs salariés auprès du service logement.")
          + m.wp_comments(412, [("Lucie M.", "13 novembre", "Les loyers seront-ils plafonnés pour les saisonniers de l'hôtellerie ?"),
                                ("Service logement", "14 novembre", "Oui : 380 € charges comprises pour un studio.")])
          + m.share(f"http://{VALMORIN}/actualites/logement-des-saisonniers/", "Loger les saisonniers"), {"comments"}, parent=("Actualités", "/")),
        # a news item that names the participation bodies and the budget in passing
        P("/actualites/reunion-publique-parkings/", "Stationnement : compte rendu de la réunion du Villard", m.prose(
            "Une soixantaine d'habitants ont assisté le 24 octobre à la réunion sur le stationnement au Villard. Le parking de la chapelle sera réservé aux résidents le week-end.",
            "Les idées déposées dans le cadre de Cimes en projets sur ce thème seront étudiées par la communauté de communes.")
          + m.wp_comments(398, [], open_=False), decoys={"participation_displayed", "participatory_budget", "comments"}, parent=("Actualités", "/")),
        # an enquête publique is a legal inquiry with a paper register, not an online questionnaire nor the town's approach
        P("/actualites/enquete-publique-telesiege/", "Télésiège de la Pointe : enquête publique", m.prose(
            "Par arrêté préfectoral, une enquête publique sur le remplacement du télésiège de la Pointe (unité touristique nouvelle) se tient du 1er au 31 octobre.",
            "Le commissaire enquêteur tiendra des permanences en mairie ; les observations peuvent être consignées au registre ou adressées par courrier à la préfecture."),
          decoys={"poll", "participation_displayed"}, parent=("Actualités", "/")),
        P("/station/bulletin-neige/", "Bulletin neige et avalanches", m.prose(
            "Hauteur de neige : 85 cm en bas de station, 160 cm au sommet. Risque d'avalanche : 3 (marqué) au-dessus de 2 000 m.",
            "Pistes ouvertes : 42 sur 51. Remontées ouvertes : 17 sur 19. Prochain bulletin demain à 8 h.")
          + m.newsletter("/station/bulletin-neige/?abonnement=1", "8"), decoys={"contact_form"}),
        P("/station/forfaits/", "Forfaits de ski en ligne", m.prose(
            "Achetez votre forfait en ligne et retirez-le aux bornes du front de neige. Tarif résident sur justificatif de domicile.")
          + m.woo_checkout("/station/forfaits/commande/"), decoys={"contact_form"}),
        # the tourist office asks visitors for their opinion at its desk: no questionnaire online
        P("/office-de-tourisme/", "Office de tourisme", m.prose(
            "L'office de tourisme vous accueille tous les jours en saison, place de la Poste.",
            "Suivez ses actualités sur son compte <a href=\"https://www.instagram.com/valmorin_tourisme\">Instagram de l'office de tourisme</a> "
            "et donnez votre avis sur votre séjour à l'accueil."), decoys={"poll"}),
        P("/emploi/forum-des-saisonniers/", "Forum de l'emploi saisonnier", m.prose(
            "Le forum de l'emploi saisonnier se tient le samedi 19 octobre à la salle des fêtes : 60 employeurs de la station y recrutent pour l'hiver.",
            "Apportez votre CV ; des ateliers logement et transport sont proposés sur place."), decoys={"forum"}),
        P("/vivre/securite/participation-citoyenne/", "Participation citoyenne avec la gendarmerie", m.prose(
            "La commune a signé avec la préfecture et la gendarmerie un protocole « participation citoyenne ». Des habitants référents signalent aux gendarmes les faits inhabituels.",
            "Ce dispositif de prévention des cambriolages ne remplace pas l'appel au 17."), decoys={"participation_displayed", "territorial_social_network"}),
        P("/marches-publics/", "Marchés publics et appels à candidatures", m.prose(
            "Avis d'appel public à la concurrence : déneigement des voiries communales (lot 1) et des parkings (lot 2). Date limite : 6 novembre, 12 h.",
            "Appel à candidatures : occupation temporaire du domaine public pour les chalets du marché de Noël.")
          , decoys={"suggestion_call"}),
        P("/contact/", "Écrire à la mairie", m.prose("Mairie de Valmorin-les-Neiges, 1 place de l'Église. Du lundi au vendredi, 8 h 30 - 12 h et 14 h - 17 h.")
          + m.cf7("/contact/", 57, ("your-name", "your-email", "your-hamlet", "your-subject")), {"contact_form"}),
    ]
    www = _site(VALMORIN, "wordpress", "Valmorin-les-Neiges", pages,
                [("Accueil", "/"), ("Vie municipale", "/vie-municipale/conseil-municipal/"), ("Valmorin ensemble", "/vie-municipale/valmorin-ensemble/"),
                 ("Station", "/station/bulletin-neige/"), ("Emploi", "/emploi/forum-des-saisonniers/"), ("Contact", "/contact/")],
                [social("facebook", "ValmorinLesNeiges"), social("instagram", "mairie_valmorin")],
                "Mairie, 1 place de l'Église, 73000 Valmorin-les-Neiges")
    steps = [("Dépôt des projets", "1er nov. - 31 janv."), ("Analyse de recevabilité", "février - mars"), ("Vote", "1er - 30 avril"), ("Résultats", "mai")]
    dp = [
        P("/", "Participer en Haute-Orsière", m.prose(
            "La plateforme de participation de la communauté de communes de la Haute-Orsière : budget participatif, concertations et consultations des sept communes.")
          + m.links([("/processes/cimes-en-projets-2025", "Cimes en projets 2025 - dépôt des projets ouvert"),
                     ("/processes/cimes-en-projets-2024", "Cimes en projets 2024 - résultats"), ("/pages/reglement", "Règlement du budget participatif"),
                     ("/processes/cimes-en-projets-2025/f/31/proposals", "Voir les projets déposés")]), {"participatory_budget"}),
        P("/processes/cimes-en-projets-2025", "Cimes en projets 2025", m.prose(
            "Troisième édition du budget participatif intercommunal : 150 000 € pour des projets proposés puis votés par les habitants.")
          + m.decidim_steps(steps, 0) + m.links([("/processes/cimes-en-projets-2025/f/31/proposals", "Projets"), ("/pages/reglement", "Règlement")]),
          {"participatory_budget"}),
        # the filing step of the budget calls residents for their projects
        P("/processes/cimes-en-projets-2025/f/31/proposals", "Projets déposés", m.prose(
            "Vous avez une idée pour votre village ou votre vallée ? Proposez votre projet jusqu'au 31 janvier.")
          + '<a class="button button__sm button__secondary" href="/processes/cimes-en-projets-2025/f/31/proposals/new">Nouvelle proposition</a>'
          + m.decidim_cards([("/processes/cimes-en-projets-2025/f/31/proposals/214", "Un abri pour les vélos à la gare routière", "Valmorin · 12 soutiens · 4 commentaires"),
                             ("/processes/cimes-en-projets-2025/f/31/proposals", "Des toilettes sèches au col", "Saint-Orsier · 5 soutiens")]),
          {"participatory_budget", "suggestion_call"}),
        # the budget's proposal form: a call for projects, not a message to the town
        P("/processes/cimes-en-projets-2025/f/31/proposals/new", "Déposer un projet", m.prose(
            "Décrivez votre projet en quelques lignes ; il doit relever d'une compétence de la communauté de communes et coûter moins de 50 000 €.")
          + m.decidim_proposal_form("/processes/cimes-en-projets-2025/f/31/proposals"), {"participatory_budget", "suggestion_call"}),
        P("/processes/cimes-en-projets-2025/f/31/proposals/214", "Un abri pour les vélos à la gare routière", m.prose(
            "Proposé par Élodie R. Un abri couvert et sécurisé pour une trentaine de vélos, près de l'arrêt des cars de la vallée.")
          + '<div id="comments" class="comments"><h2 class="h4">4 commentaires</h2><div class="comment" id="comment_88"><p class="comment__author">Marc D.</p><p>Avec des prises pour les vélos électriques ?</p></div>'
          + '<form class="new_comment" id="new_comment_for_Proposal_214" action="/comments" method="post"><label for="add-comment-Proposal-214">Ajouter un commentaire</label>'
          + '<textarea id="add-comment-Proposal-214" name="comment[body]" maxlength="1000"></textarea><input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vUHJvcG9zYWwvMjE0">'
          + '<button type="submit" class="button button__sm button__secondary">Publier un commentaire</button></form></div>',
          {"participatory_budget", "comments"}),
        # a past edition and its winners: the budget where residents proposed and voted projects
        P("/processes/cimes-en-projets-2024", "Cimes en projets 2024 : les lauréats", m.prose(
            "1 830 habitants ont voté en avril 2024. Sept projets lauréats seront réalisés d'ici fin 2025 : aire de jeux des Granges, four à pain du Crêt, sentier accessible du lac...")
          + m.decidim_steps(steps, 3) + m.links([("/processes/cimes-en-projets-2024/f/28/budgets", "Résultats du vote")]), {"participatory_budget"}),
        P("/processes/cimes-en-projets-2024/f/28/budgets", "Résultats du vote 2024", m.prose(
            "Le vote est terminé. Projets retenus, par nombre de voix : aire de jeux des Granges (612), four à pain du Crêt (540), sentier accessible du lac (497).",
            "Le suivi de réalisation est mis à jour chaque trimestre."), {"participatory_budget"}),
        P("/pages/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 : la communauté de communes consacre chaque année une enveloppe d'investissement à des projets proposés et votés par les habitants.",
            "Article 4 : chaque votant choisit au plus trois projets. Le vote a lieu en ligne et sur papier dans chaque mairie."), {"participatory_budget"}),
    ]
    plat = Site(ORSIERE, "decidim", "Participer en Haute-Orsière", dp, menu=[("Accueil", "/"), ("Processus", "/processes/cimes-en-projets-2025"), ("Règlement", "/pages/reglement")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99181", "Valmorin-les-Neiges", 9800, "73", "84", "Auvergne-Rhône-Alpes", f"http://{VALMORIN}/", [www, plat],
                decoy_accounts=("https://www.instagram.com/valmorin_tourisme",))




# ==== 99182 Lureuil-les-Bains (Vosges): Joomla, a spa town, an idea box and RSForm questionnaires ====================

LUREUIL = "www.lureuil-les-bains.fr"


def _jcomments(object_id, existing):
    items = "".join(f'<div class="comment" id="comment-item-{object_id * 10 + i}"><div class="comment-box"><span class="comment-author">{who}</span>'
                    f'<span class="comment-date">{when}</span><div class="comment-body" id="comment-body-{object_id * 10 + i}">{text}</div></div></div>'
                    for i, (who, when, text) in enumerate(existing))
    return (f'<div id="jc"><div id="comments"><h4>Commentaires</h4><div id="comments-list" class="comments-list">{items}</div></div>'
            '<h4>Ajouter un commentaire</h4><a id="addcomments" href="#addcomments"></a>'
            '<form id="comments-form" name="comments-form" action="javascript:void(null);"><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />'
            '<label for="comments-form-name">Nom (requis)</label></span></p><p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />'
            '<label for="comments-form-email">E-mail (requis, non publié)</label></span></p><p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>'
            f'<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;">Envoyer</a></div></div></div>'
            f'<div><input type="hidden" name="object_id" value="{object_id}" /><input type="hidden" name="object_group" value="com_content" /></div></form></div>')


def lureuil() -> City:
    pages = [
        P("/", "Accueil", _home(
            ["Lureuil-les-Bains, station thermale des Vosges : 6 400 habitants, 9 000 curistes par an.",
             "Retrouvez les services municipaux, la vie des quartiers et tout pour préparer votre cure."],
            [("/vie-municipale/democratie-locale", "Démocratie locale"), ("/vie-municipale/boite-a-idees", "Boîte à idées"),
             ("/thermes/les-thermes", "Les thermes"), ("/thermes/reserver-une-cure", "Réserver une cure"),
             ("/vie-pratique/contact", "Contacter la mairie"), ("/tourisme/office-de-tourisme", "Office de tourisme")],
            [("/vie-municipale/questionnaire-quartier-thermal", "Quartier thermal : répondez au questionnaire", "8 mars", "Dix questions sur l'avenir du parc et des galeries."),
             ("/actualites/la-source-renovee", "La source Sainte-Odile rénovée", "1er mars", "La buvette rouvre au printemps."),
             ("/actualites/resultats-consultation-marche", "Marché du dimanche : les résultats", "20 févr.", "La consultation est close."),
             ("/actualites/ligne-ferroviaire", "Ligne ferroviaire : les élus mobilisés", "12 févr.", "Motion du conseil municipal."),
             ("/actualites/concours-photo", "Concours photo « Lureuil au fil de l'eau »", "5 févr.", "Envoyez vos clichés avant le 30 avril."),
             ("/actualites/recensement", "Recensement de la population", "15 janv.", "Les agents recenseurs passent chez vous.")],
            [("16 mars", "Conseil des sages en séance plénière"), ("22 mars", "Ouverture de la saison thermale"), ("4 avril", "Conseil municipal")])),
        P("/vie-municipale/democratie-locale", "Démocratie locale", m.prose(
            "La ville associe ses habitants aux décisions qui les concernent. Trois instances consultatives se réunissent régulièrement : le conseil des sages, le conseil municipal des jeunes et les comités de quartier.",
            "Chacun peut aussi déposer ses propositions dans la boîte à idées en ligne ou à l'accueil de la mairie.")
          + m.links([("/vie-municipale/conseil-des-sages", "Le conseil des sages"), ("/vie-municipale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"),
                     ("/vie-municipale/comites-de-quartier", "Les comités de quartier"), ("/vie-municipale/boite-a-idees", "La boîte à idées")]),
          {"participation_displayed"}),
        P("/vie-municipale/conseil-des-sages", "Le conseil des sages", m.prose(
            "Composé de seize retraités de la commune, le conseil des sages rend des avis au maire sur les sujets qu'il lui soumet et sur ceux dont il se saisit : accessibilité des thermes, transport à la demande, mémoire de la ville.",
            "Ses avis sont publiés chaque année dans un rapport présenté en conseil municipal."),
          {"participation_displayed"}, parent=("Démocratie locale", "/vie-municipale/democratie-locale")),
        P("/vie-municipale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Les élèves de CM2 et de 6e élisent chaque automne vingt-deux conseillers. En commissions, ils montent leurs projets : parcours de santé, journée propreté, rencontre avec les curistes.",
            "Le CMJ est l'une des instances de démocratie locale de la ville."),
          {"participation_displayed"}, parent=("Démocratie locale", "/vie-municipale/democratie-locale")),
        P("/vie-municipale/comites-de-quartier", "Les comités de quartier", m.prose(
            "Quatre comités de quartier (Thermes, Haut-Lureuil, la Gare, les Sorbiers) réunissent habitants, commerçants et élus deux fois par an en réunion ouverte à tous.",
            "Dernière réunion du comité des Thermes : circulation rue des Bains, terrasses, bancs dans le parc. Le compte rendu est disponible à l'accueil."),
          {"participation_displayed"}, parent=("Démocratie locale", "/vie-municipale/democratie-locale")),
        # an idea box: a call for suggestions whose form also lets a resident write to the town
        P("/vie-municipale/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Lureuil ? Un aménagement, une animation, un service qui manque ? Déposez-la ici : chaque idée reçoit une réponse sous un mois.")
          + m.rsform(4, "Proposer une idée", [("text", "Nom", "Votre nom", ()), ("email", "Email", "Votre e-mail", ()),
                                              ("select", "Theme", "Thème", ("Cadre de vie", "Animations", "Thermes et tourisme", "Autre")),
                                              ("textarea", "Idee", "Votre idée", ())], "Déposer mon idée"),
          {"suggestion_call", "contact_form"}, parent=("Démocratie locale", "/vie-municipale/democratie-locale")),
        P("/vie-municipale/questionnaire-quartier-thermal", "Questionnaire : l'avenir du quartier thermal", m.prose(
            "La ville prépare la requalification du parc thermal et des galeries. Avant les premières esquisses, elle interroge les habitants : répondez avant le 15 avril.")
          + m.rsform(7, "Questionnaire habitants", [
              ("radio", "Frequence", "À quelle fréquence fréquentez-vous le parc ?", ("Chaque jour", "Chaque semaine", "Rarement")),
              ("radio", "Priorite", "Quelle priorité pour les galeries ?", ("Commerces", "Expositions", "Espace de repos couvert")),
              ("radio", "Kiosque", "Faut-il rénover le kiosque à musique ?", ("Oui", "Non", "Sans avis"))], "Valider mes réponses"),
          {"poll"}),
        P("/actualites/resultats-consultation-marche", "Marché du dimanche : les résultats", m.prose(
            "La consultation sur le déplacement du marché du dimanche est close. 612 réponses : 58 % pour la place des Sources, 35 % pour la rue des Bains, 7 % sans avis.",
            "Le marché s'installera place des Sources à partir du 1er mai."), decoys={"poll"}),
        P("/vie-municipale/conseil-municipal", "Conseil municipal : comptes rendus", m.prose(
            "Compte rendu de la séance du 28 février : vote des taux d'imposition, subvention à l'office de tourisme, convention avec la société thermale.",
            "Les séances du conseil municipal sont publiques."), decoys={"participation_displayed"}),
        P("/vie-municipale/budget-primitif", "Budget primitif", m.prose(
            "Le budget primitif s'équilibre à 9,1 M€. Principaux investissements : toiture de l'établissement thermal, voirie du Haut-Lureuil, vidéoprotection."),
          decoys={"participatory_budget"}),
        P("/thermes/les-thermes", "Les thermes", m.prose(
            "Rhumatologie et phlébologie : l'établissement thermal accueille les curistes de mars à novembre. Cures conventionnées de 18 jours et mini-cures.")
          + m.links([("/thermes/reserver-une-cure", "Réserver une cure"), ("/thermes/residence-des-sources", "Se loger : la résidence des Sources")])),
        P("/thermes/reserver-une-cure", "Réserver une cure", m.booking("/thermes/reserver-une-cure", "cure thermale conventionnée"), decoys={"contact_form"}),
        # guest reviews imported from a booking partner: shown, nobody can post one here
        P("/thermes/residence-des-sources", "Résidence des Sources", m.prose(
            "Studios et deux-pièces à 200 m des thermes, gérés par l'office de tourisme.")
          + m.joomla_reviews([("Monique, Nancy", 5, "Très calme, idéal pour la cure."), ("Gérard, Épinal", 4, "Bien placé, literie à changer."),
                              ("Annie, Metz", 4, "Accueil chaleureux.")], "4,3"), decoys={"comments"}),
        P("/tourisme/office-de-tourisme", "Office de tourisme", m.prose(
            "L'office de tourisme de Lureuil-les-Bains vous renseigne sur les balades, les hébergements et les animations de la saison.",
            "Votre séjour s'est-il bien passé ? Aidez-nous en répondant à l'<a href=\"/tourisme/enquete-de-satisfaction\">enquête de satisfaction des visiteurs</a>.")),
        # a tourist office's satisfaction survey for visitors about their stay, not a poll open to residents
        P("/tourisme/enquete-de-satisfaction", "Enquête de satisfaction des visiteurs", m.rsform(9, "Votre séjour", [
            ("radio", "Accueil", "Comment jugez-vous l'accueil à l'office ?", ("Très bien", "Bien", "Moyen", "Mauvais")),
            ("radio", "Duree", "Durée de votre séjour", ("Moins de 3 jours", "Une cure (18 jours)", "Plus")),
            ("text", "Departement", "Votre département de résidence", ())], "Envoyer"), decoys={"poll"},
          parent=("Office de tourisme", "/tourisme/office-de-tourisme")),
        P("/actualites/la-source-renovee", "La source Sainte-Odile rénovée", m.prose(
            "Après huit mois de travaux, la buvette de la source Sainte-Odile retrouve ses boiseries d'origine. Inauguration le 22 mars avec l'ouverture de la saison.")
          + _jcomments(311, [("Hélène", "2 mars", "Bravo, elle était bien abîmée !"), ("Jean-Paul", "3 mars", "Sera-t-elle ouverte le dimanche ?")]),
          {"comments"}),
        P("/actualites/ligne-ferroviaire", "Ligne ferroviaire : les élus mobilisés", m.prose(
            "Le conseil municipal a adopté une motion pour le maintien de la desserte ferroviaire vers Épinal, indispensable aux curistes.",
            "Une pétition nationale sur les petites lignes circule par ailleurs sur un site de pétitions en ligne ; la commune n'en est pas à l'origine."),
          decoys={"petition"}),
        P("/actualites/concours-photo", "Concours photo « Lureuil au fil de l'eau »", m.prose(
            "Amateurs, envoyez jusqu'à trois photographies sur le thème de l'eau avant le 30 avril. Les lauréats seront exposés dans les galeries thermales.",
            "Règlement du concours disponible en mairie."), decoys={"suggestion_call"}),
        P("/actualites/recensement", "Recensement de la population", m.prose(
            "Le recensement a lieu du 16 janvier au 15 février. Vous pouvez répondre en ligne avec les codes remis par l'agent recenseur. Les réponses sont confidentielles et transmises à l'Insee."),
          decoys={"poll"}),
        P("/associations/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations se tiendra le samedi 6 septembre à la salle des Thermes. Plus de 50 associations présentes."), decoys={"forum"}),
        P("/vie-pratique/newsletter", "Lettre d'information", m.newsletter("/vie-pratique/newsletter?acy=subscribe", "2"), decoys={"contact_form"}),
        P("/vie-pratique/contact", "Contacter la mairie", m.prose("Hôtel de ville, 3 rue des Bains. Ouvert du lundi au samedi matin.")
          + m.joomla_contact("/vie-pratique/contact"), {"contact_form"}),
    ]
    www = _site(LUREUIL, "joomla", "Ville de Lureuil-les-Bains", pages,
                [("Accueil", "/"), ("Démocratie locale", "/vie-municipale/democratie-locale"), ("Thermes", "/thermes/les-thermes"),
                 ("Associations", "/associations/forum-des-associations"), ("Lettre d'info", "/vie-pratique/newsletter"), ("Contact", "/vie-pratique/contact")],
                [social("facebook", "villedelureuil"), social("youtube", "LureuilLesBains")], "Hôtel de ville, 3 rue des Bains, 88000 Lureuil-les-Bains")
    return City("99182", "Lureuil-les-Bains", 6400, "88", "44", "Grand Est", f"http://{LUREUIL}/", [www])


# ==== 99183 Aulos-de-Bigorre (Hautes-Pyrénées): Drupal, conseils de quartier, "Aulos demain" on Cap Collectif =========

AULOS = "www.aulos-de-bigorre.fr"
AULOS_CAPCO = "aulos-de-bigorre.cap-collectif.com"


def aulos() -> City:
    pages = [
        P("/", "Accueil", _home(
            ["Aulos-de-Bigorre, ville thermale et porte de la station du Pic d'Aulos : 7 900 habitants.",
             "Démarches, actualités, vie des quartiers et de la station."],
            [("/participer", "Participer"), ("/participer/aulos-demain", "Aulos demain"), ("/contact", "Contact"),
             ("/station/bulletin-avalanche", "Bulletin avalanche"), ("/demarches/inscription-cantine", "Cantine"), ("/mairie/budget", "Budget")],
            [("/participer/questionnaire-logement-saisonnier", "Logement des saisonniers : questionnaire", "10 oct.", "Habitants, employeurs, saisonniers : dites-nous."),
             ("/actualites/marche-couvert", "Le marché couvert fait peau neuve", "2 oct.", "Travaux jusqu'en mars."),
             ("/actualites/piscine-rouverte", "La piscine rouvre ses bassins", "20 sept.", "Un chantier attendu."),
             ("/actualites/telecabine-enquete-publique", "Télécabine du Pic : enquête publique", "5 sept.", "Permanences du commissaire enquêteur."),
             ("/station/concours-ski", "Challenge des écoles de ski", "1er sept.", "Inscriptions ouvertes.")],
            [("18 oct.", "Conseil de quartier des Thermes"), ("25 oct.", "Conseil municipal"), ("8 nov.", "Réunion publique : plan neige")])),
        P("/participer", "Participer à la vie d'Aulos", m.prose(
            "La démocratie de proximité à Aulos repose sur cinq conseils de quartier, un conseil des sages et des réunions publiques avant chaque grand projet.",
            f'Depuis 2023, le budget participatif « Aulos demain » permet aux habitants de proposer et de choisir des projets, sur la plateforme <a href="http://{AULOS_CAPCO}/">aulos-de-bigorre.cap-collectif.com</a>.')
          + m.links([("/participer/conseils-de-quartier", "Les conseils de quartier"), ("/participer/conseil-des-sages", "Le conseil des sages"),
                     ("/participer/aulos-demain", "Aulos demain, le budget participatif"), ("/participer/questionnaire-logement-saisonnier", "Questionnaire logement saisonnier")]),
          {"participation_displayed"}),
        P("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Centre-Thermes, Lanne, Soubirous, Pic et Hameaux de l'Adour : chaque conseil de quartier réunit des habitants volontaires, des représentants d'associations et deux élus.",
            "Ils se réunissent en séance publique au moins trois fois par an et disposent d'une enveloppe de fonctionnement de 3 000 €.")
          + m.links([("/participer/conseils-de-quartier/centre-thermes", "Conseil de quartier Centre-Thermes : dernier compte rendu")]),
          {"participation_displayed"}, parent=("Participer", "/participer")),
        P("/participer/conseils-de-quartier/centre-thermes", "Conseil de quartier Centre-Thermes : séance du 14 septembre", m.prose(
            "Présents : 23 habitants, 2 élus. Points abordés : stationnement des camping-cars, bruit des terrasses l'été, fleurissement de l'allée des Thermes.",
            "Le conseil propose un sens unique rue du Bourg ; la proposition sera étudiée par les services techniques et présentée au prochain conseil de quartier."),
          {"participation_displayed"}, parent=("Les conseils de quartier", "/participer/conseils-de-quartier")),
        P("/participer/conseil-des-sages", "Le conseil des sages", m.prose(
            "Le conseil des sages réunit quatorze habitants de plus de 62 ans. Il travaille cette année sur l'accessibilité des navettes et sur la transmission de la mémoire pastorale."),
          {"participation_displayed"}, parent=("Participer", "/participer")),
        P("/participer/aulos-demain", "Aulos demain, le budget participatif", m.prose(
            "Chaque année, 60 000 € du budget d'investissement sont réservés à des projets proposés et votés par les Aulosiens de plus de 11 ans.",
            "Dépôt des projets jusqu'au 30 novembre, étude de faisabilité l'hiver, vote au printemps.",
            f'<a class="button" href="http://{AULOS_CAPCO}/project/aulos-demain-2025/collect/depot-des-projets">Déposer un projet</a> '
            f'<a href="http://{AULOS_CAPCO}/project/aulos-demain-2024/selection/vote">Les projets lauréats 2024</a>'),
          {"participatory_budget"}, parent=("Participer", "/participer")),
        P("/participer/questionnaire-logement-saisonnier", "Logement des saisonniers : questionnaire", m.prose(
            "La commune étudie la création de logements pour les travailleurs saisonniers de la station et des thermes. Aidez-nous à mesurer les besoins.")
          + m.webform("logement_saisonnier", [
              ("radios", "profil", "Vous êtes", ("Habitant", "Saisonnier", "Employeur")),
              ("radios", "besoin", "Avez-vous déjà eu du mal à vous loger pour une saison ?", ("Oui", "Non")),
              ("radios", "type", "Quel type de logement faut-il privilégier ?", ("Studios", "Colocations", "Chambres chez l'habitant"))],
              "Envoyer mes réponses"), {"poll"}, parent=("Participer", "/participer")),
        P("/actualites/marche-couvert", "Le marché couvert fait peau neuve", m.prose(
            "La rénovation du marché couvert commence le 14 octobre : isolation, verrière, nouveaux étals. Les commerçants s'installent sous les halles provisoires place de la Mairie.")
          + m.drupal_comments(218, [("Pierrette", "le 3 oct.", "Pensez aux places de stationnement pour les producteurs !")]), {"comments"}),
        # a news item that names the participatory budget in passing
        P("/actualites/piscine-rouverte", "La piscine rouvre ses bassins", m.prose(
            "Après deux ans de fermeture, la piscine municipale rouvre. Le solarium végétalisé, projet lauréat d'Aulos demain en 2023, a été réalisé en même temps que les travaux."),
          decoys={"participatory_budget"}),
        P("/actualites/telecabine-enquete-publique", "Télécabine du Pic : enquête publique", m.prose(
            "Le projet de télécabine reliant la ville à la station est soumis à enquête publique du 16 septembre au 18 octobre.",
            "Le dossier est consultable en mairie et sur le site de la préfecture ; le commissaire enquêteur reçoit le public les mardis."),
          decoys={"poll", "participation_displayed"}),
        P("/mairie/budget", "Le budget de la commune", m.prose(
            "Budget primitif voté le 4 avril : 12,6 M€. Compte administratif de l'exercice précédent approuvé le même jour. Détail des dépenses par politique publique."),
          decoys={"participatory_budget"}),
        P("/mairie/deliberations", "Délibérations du conseil municipal", m.prose(
            "Séance du 27 septembre : tarifs de la station, avenant au contrat de délégation des thermes, dénomination de voies.",
            "Prochaine séance : 25 octobre à 18 h 30."), decoys={"participation_displayed"}),
        P("/station/bulletin-avalanche", "Bulletin neige et avalanche", m.prose(
            "Bulletin d'estimation du risque d'avalanche, massif des Pyrénées centrales : risque 2 (limité), 3 au-dessus de 2 200 m en versant nord.",
            "Hauteur de neige au Pic d'Aulos : 120 cm. Routes : équipements obligatoires au-delà du village de Lanne.")),
        P("/station/concours-ski", "Challenge des écoles de ski", m.prose(
            "Le challenge des écoles de ski oppose les classes de neige du canton le 15 février. Inscriptions auprès de l'ESF avant le 15 janvier ; un jury décerne les prix."),
          decoys={"suggestion_call"}),
        P("/services/recensement", "Recensement", m.prose(
            "Le recensement de la population se déroule en début d'année. Les agents recenseurs sont munis d'une carte officielle. Vous pouvez répondre par internet sur le site officiel de l'Insee."),
          decoys={"poll"}),
        P("/demarches/inscription-cantine", "Inscription à la cantine", m.webform("inscription_cantine", [
            ("text", "nom_enfant", "Nom de l'enfant", ()), ("text", "ecole", "École", ()), ("email", "courriel", "Courriel du responsable", ()),
            ("radios", "jours", "Jours de cantine", ("Lundi-mardi-jeudi-vendredi", "Certains jours"))], "S'inscrire"), decoys={"contact_form"}),
        P("/contact", "Nous contacter", m.prose("Mairie d'Aulos-de-Bigorre, place de la Mairie. Tél. 05 62 00 00 00.")
          + m.webform("contact", [("text", "name", "Votre nom", ()), ("email", "email", "Votre adresse de courriel", ()),
                                  ("text", "subject", "Sujet", ()), ("textarea", "message", "Message", ())], "Envoyer le message"), {"contact_form"}),
    ]
    www = _site(AULOS, "drupal", "Ville d'Aulos-de-Bigorre", pages,
                [("Accueil", "/"), ("Participer", "/participer"), ("Mairie", "/mairie/deliberations"), ("Station", "/station/bulletin-avalanche"),
                 ("Recensement", "/services/recensement"), ("Contact", "/contact")],
                [social("facebook", "AulosDeBigorre"), social("x", "aulosdebigorre")], "Mairie, place de la Mairie, 65000 Aulos-de-Bigorre")
    steps25 = [("/project/aulos-demain-2025/presentation/presentation", "Présentation", "", "closed"),
               ("/project/aulos-demain-2025/collect/depot-des-projets", "Dépôt des projets", "1er oct. - 30 nov.", "open"),
               ("/project/aulos-demain-2025/presentation/presentation", "Vote", "avril", "future")]
    cp = [
        P("/", "Aulos demain", m.prose("Bienvenue sur la plateforme de participation de la ville d'Aulos-de-Bigorre.")
          + m.links([("/project/aulos-demain-2025/presentation/presentation", "Aulos demain 2025 : déposez vos projets"),
                     ("/project/aulos-demain-2024/selection/vote", "Aulos demain 2024 : les lauréats"),
                     ("/project/plan-neige/questionnaire/questionnaire", "Plan neige : questionnaire"), ("/pages/reglement", "Règlement")]),
          {"participatory_budget"}),
        P("/project/aulos-demain-2025/presentation/presentation", "Aulos demain 2025 - Présentation", m.prose(
            "Troisième édition du budget participatif. 60 000 € pour des projets d'intérêt général, d'investissement, situés sur la commune.") + m.capco_steps(steps25),
          {"participatory_budget"}),
        # the budget's filing step: residents are called to submit their projects
        P("/project/aulos-demain-2025/collect/depot-des-projets", "Aulos demain 2025 - Dépôt des projets", m.capco_steps(steps25) + m.prose(
            "Vous avez jusqu'au 30 novembre pour proposer vos projets. 14 propositions déposées.")
          + m.capco_proposal_form("/project/aulos-demain-2025/collect/depot-des-projets/proposals", ["Nature et environnement", "Sport et loisirs", "Cadre de vie", "Solidarité"]),
          {"participatory_budget", "suggestion_call"}),
        P("/project/aulos-demain-2024/selection/vote", "Aulos demain 2024 - Résultats du vote", m.prose(
            "Le vote est terminé : 1 204 participants. Projets lauréats :")
          + m.capco_vote_cards([("/project/aulos-demain-2024/selection/vote/proposals/abri-refuge-du-col", "Un abri au col de Lanne", "18 000 €", 402),
                                ("/project/aulos-demain-2024/selection/vote", "Des bancs le long de l'Adour", "9 000 €", 377)], "60 000 €"),
          {"participatory_budget"}),
        P("/project/aulos-demain-2024/selection/vote/proposals/abri-refuge-du-col", "Un abri au col de Lanne", m.prose(
            "Un abri en bois pour les randonneurs et les bergers au col de Lanne. Porté par l'association des Amis du Pic. Statut : lauréat, travaux prévus en juin.")
          + '<section class="comments-section"><h2>Commentaires (2)</h2><div class="opinion opinion--comment"><p class="opinion__user">Bastien L.</p><p>Super idée pour les jours de pluie.</p></div>'
          + '<form id="CommentForm" class="comment-form" method="post" action="/api/comments"><label for="comment-body">Votre commentaire</label><textarea id="comment-body" name="body"></textarea>'
          + '<button type="submit" class="btn btn-primary">Commenter</button></form></section>', {"participatory_budget", "comments"}),
        P("/project/plan-neige/questionnaire/questionnaire", "Plan neige - Questionnaire", m.prose(
            "La ville revoit l'ordre de déneigement des rues. Votre avis nous aide à fixer les priorités.")
          + '<form id="reply-form" class="questionnaire-form" method="post" action="/project/plan-neige/questionnaire/questionnaire/replies">'
          + '<fieldset><legend>Quelles rues déneiger en premier ?</legend><label><input type="radio" name="responses[0][value]" value="ecoles"> Abords des écoles</label>'
          + '<label><input type="radio" name="responses[0][value]" value="thermes"> Accès aux thermes</label><label><input type="radio" name="responses[0][value]" value="hameaux"> Routes des hameaux</label></fieldset>'
          + '<fieldset><legend>Êtes-vous satisfait du déneigement l\'hiver dernier ?</legend><label><input type="radio" name="responses[1][value]" value="oui"> Oui</label><label><input type="radio" name="responses[1][value]" value="non"> Non</label></fieldset>'
          + '<button type="submit" class="btn btn-primary" id="validate-questionnaire">Envoyer</button></form>', {"poll"}),
        P("/pages/reglement", "Règlement du budget participatif", m.prose(
            "Peut proposer un projet toute personne résidant à Aulos-de-Bigorre, âgée de 11 ans au moins. Les projets doivent relever des compétences communales.",
            "Chaque participant peut voter pour trois projets au plus."), {"participatory_budget"}),
    ]
    capco = Site(AULOS_CAPCO, "capcollectif", "Aulos demain", cp, menu=[("Accueil", "/"), ("Projets", "/project/aulos-demain-2025/presentation/presentation"),
                                                                      ("Règlement", "/pages/reglement")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    return City("99183", "Aulos-de-Bigorre", 7900, "65", "76", "Occitanie", f"http://{AULOS}/", [www, capco])


# ==== 99184 Chaux-des-Grilles (Jura): SPIP, article forums, a SPIP petition, the villagers' phpBB board ==================

CHAUX = "www.chaux-des-grilles.fr"
CHAUX_FORUM = "forum.chaux-des-grilles.fr"


def chaux() -> City:
    pages = [
        P("/", "Accueil", _home(
            ["Chaux-des-Grilles, 5 300 habitants, station de ski nordique du Haut-Jura.",
             "Le site de la mairie : actualités, démarches, pistes et vie des villages."],
            [("/-Vie-citoyenne-", "Vie citoyenne"), ("/Droit-de-petition", "Droit de pétition"), (f"http://{CHAUX_FORUM}/", "Le forum des habitants"),
             ("/Pistes-et-bulletin-neige", "Pistes et neige"), ("/Contact", "Contact"), ("/Lettre-d-information", "Lettre d'information")],
            [("/spip.php?article41", "Le chauffage au bois du groupe scolaire", "12 nov.", "Vos questions, nos réponses."),
             ("/Petition-piscine-en-soiree", "Pétition : la piscine ouverte le soir", "5 nov.", "Déjà 212 signatures."),
             ("/Sondage-mediatheque", "Horaires de la médiathèque : votre avis", "28 oct.", "Un sondage en trois questions."),
             ("/spip.php?article44", "Travaux de la route des Fourgs", "20 oct.", "Coupure jusqu'au 15 novembre."),
             ("/Forum-des-metiers-de-la-montagne", "Forum des métiers de la montagne", "10 oct.", "Rendez-vous au lycée.")],
            [("19 nov.", "Comité du village des Granges-Dessus"), ("26 nov.", "Conseil municipal"), ("7 déc.", "Ouverture du domaine nordique")])),
        P("/-Vie-citoyenne-", "Vie citoyenne", m.prose(
            "La commune nouvelle de Chaux-des-Grilles rassemble quatre anciens villages. Pour que chacun garde la parole, le conseil municipal a créé des comités de village et organise chaque année une réunion publique par village.",
            "Les habitants disposent aussi d'un droit de pétition auprès du conseil municipal et d'un forum en ligne pour échanger.")
          + m.links([("/Les-comites-de-village", "Les comités de village"), ("/Droit-de-petition", "Le droit de pétition"), (f"http://{CHAUX_FORUM}/", "Le forum des habitants")]),
          {"participation_displayed"}),
        P("/Les-comites-de-village", "Les comités de village", m.prose(
            "Chaque ancien village (Chaux, les Granges-Dessus, la Combe-Noire, le Bief) a son comité, ouvert à tous les habitants. Il se réunit au moins deux fois par an avec le maire délégué.",
            "Les comités sont consultés sur les travaux, le déneigement et l'entretien des chemins ; ils peuvent proposer des sujets à l'ordre du jour du conseil municipal."),
          {"participation_displayed"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        # the town's right of petition, with its petitions signed on the town's own site
        P("/Droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis la délibération du 3 mars, toute pétition signée par au moins 150 habitants de la commune inscrit son sujet à l'ordre du jour du conseil municipal.",
            "Les pétitions en cours sont publiées sur ce site et se signent en ligne.")
          + m.links([("/Petition-piscine-en-soiree", "Pétition en cours : la piscine ouverte le soir")]), {"petition"},
          parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        P("/Petition-piscine-en-soiree", "Pétition : la piscine ouverte le soir", m.prose(
            "Nous demandons l'ouverture de la piscine intercommunale deux soirs par semaine jusqu'à 21 h, pour les actifs et les saisonniers.")
          + m.spip_petition(52, 212, [("14 nov.", "Claire B."), ("13 nov.", "Thomas G."), ("13 nov.", "Famille Vuillet")]), {"petition"},
          parent=("Le droit de pétition", "/Droit-de-petition")),
        P("/spip.php?article41", "Le chauffage au bois du groupe scolaire", m.prose(
            "La nouvelle chaufferie bois du groupe scolaire sera alimentée par les forêts communales. Posez vos questions ci-dessous : la commission travaux y répond.")
          + m.spip_forum(41, [("Odile", "13 nov.", "Stockage", "Où sera stockée la plaquette ?"), ("La mairie", "14 nov.", "Réponse", "Dans le hangar des services techniques.")]),
          {"comments"}),
        P("/spip.php?article44", "Travaux de la route des Fourgs", m.prose(
            "La route des Fourgs est fermée à la circulation pour réfection de la chaussée jusqu'au 15 novembre. Déviation par la Combe-Noire.",
            "Les forums de cet article sont fermés."), decoys={"comments"}),
        P("/Sondage-mediatheque", "Horaires de la médiathèque : votre avis", m.prose("Trois questions pour adapter les horaires de la médiathèque à vos besoins.")
          + '<div class="formulaire_spip formulaire_formidable formulaire_formidable-3" id="formulaire_formidable-3"><form method="post" action="/Sondage-mediatheque#formulaire_formidable-3">'
          + '<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="f3Xq">'
          + '<div class="editer-groupe"><fieldset class="editer saisie_radio"><legend>Quel créneau vous conviendrait le mieux ?</legend>'
          + '<div class="choix"><input type="radio" name="radio_1" id="radio_1_1" value="choix1"><label for="radio_1_1">Samedi après-midi</label></div>'
          + '<div class="choix"><input type="radio" name="radio_1" id="radio_1_2" value="choix2"><label for="radio_1_2">Mercredi soir</label></div>'
          + '<div class="choix"><input type="radio" name="radio_1" id="radio_1_3" value="choix3"><label for="radio_1_3">Dimanche matin</label></div></fieldset>'
          + '<fieldset class="editer saisie_radio"><legend>Fréquentez-vous la médiathèque ?</legend><div class="choix"><input type="radio" name="radio_2" id="radio_2_1" value="oui"><label for="radio_2_1">Oui</label></div>'
          + '<div class="choix"><input type="radio" name="radio_2" id="radio_2_2" value="non"><label for="radio_2_2">Non</label></div></fieldset></div>'
          + '<p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></form></div>', {"poll"}),
        P("/Forum-des-metiers-de-la-montagne", "Forum des métiers de la montagne", m.prose(
            "Pisteur, moniteur, accompagnateur, dameur : le forum des métiers de la montagne présente les formations et les emplois saisonniers du massif, le 16 novembre au lycée."),
          decoys={"forum"}),
        P("/Participation-citoyenne", "Participation citoyenne : la vigilance entre voisins", m.prose(
            "En lien avec la brigade de gendarmerie, le dispositif « participation citoyenne » s'étend aux Granges-Dessus. Les référents de quartier relaient les conseils de prévention.",
            "Pour devenir référent, adressez-vous au maire délégué."), decoys={"participation_displayed", "territorial_social_network"}),
        P("/Budget-2025", "Budget 2025", m.prose(
            "Le budget primitif 2025 a été adopté le 14 avril : 6,8 M€ dont 2,1 M€ d'investissement (chaufferie bois, réseau d'eau des Granges, dameuse)."),
          decoys={"participatory_budget"}),
        P("/Compte-rendu-du-conseil-municipal", "Compte rendu du conseil municipal", m.prose(
            "Séance du 22 octobre : affouage, tarifs du domaine nordique, motion sur la ligne de car. Le compte rendu intégral est affiché en mairie."),
          decoys={"participation_displayed"}),
        P("/Recensement-de-la-population", "Recensement de la population", m.prose(
            "Le recensement partiel des communes nouvelles a lieu en janvier. Répondez en ligne grâce à la notice remise par l'agent recenseur."),
          decoys={"poll"}),
        # a national petition named in passing, not run by the town
        P("/Pistes-et-bulletin-neige", "Pistes et bulletin neige", m.prose(
            "Domaine nordique : 78 km de pistes damées, 32 km de raquettes. Enneigement 40 à 65 cm.",
            "Les amoureux du ski de fond relaient une pétition nationale pour l'aide aux domaines nordiques ; la commune soutient la démarche de l'association nationale mais ne l'organise pas."),
          decoys={"petition"}),
        P("/Lettre-d-information", "Lettre d'information", m.prose("Abonnez-vous à la lettre mensuelle de la commune.")
          + '<div class="formulaire_spip formulaire_newsletter_subscribe"><form method="post" action="/Lettre-d-information"><input name="formulaire_action" type="hidden" value="newsletter_subscribe">'
          + '<label for="session_email">Votre email</label><input type="email" class="text email" name="session_email" id="session_email"><input type="submit" class="submit" value="S\'inscrire"></form></div>',
          decoys={"contact_form"}),
        P("/Contact", "Contact", m.prose("Mairie de Chaux-des-Grilles, 2 Grande-Rue. Permanences des maires délégués le samedi matin.") + m.spip_contact(1),
          {"contact_form"}),
    ]
    www = _site(CHAUX, "spip", "Chaux-des-Grilles", pages,
                [("Accueil", "/"), ("Vie citoyenne", "/-Vie-citoyenne-"), ("Pistes", "/Pistes-et-bulletin-neige"), ("Sécurité", "/Participation-citoyenne"),
                 ("Budget", "/Budget-2025"), ("Contact", "/Contact")],
                [social("facebook", "ChauxDesGrilles")], "Mairie, 2 Grande-Rue, 39000 Chaux-des-Grilles")
    fp = [
        P("/", "Index du forum", m.prose("Bienvenue sur le forum des habitants de Chaux-des-Grilles. Modéré par des bénévoles, hébergé par la commune.")
          + '<div class="forabg"><ul class="topiclist forums">'
          + '<li class="row"><dl class="row-item forum_read"><dt><a href="/viewforum.php?f=2" class="forumtitle">Vie des villages</a><br />Travaux, déneigement, fêtes</dt><dd class="topics">48</dd><dd class="posts">391</dd></dl></li>'
          + '<li class="row"><dl class="row-item forum_read"><dt><a href="/viewforum.php?f=3" class="forumtitle">Covoiturage et entraide</a><br />Trajets vers la vallée, coups de main</dt><dd class="topics">27</dd><dd class="posts">164</dd></dl></li>'
          + '</ul></div>', {"forum"}),
        P("/viewforum.php?f=2", "Vie des villages", m.board_topics([
            ("/viewtopic.php?t=57", "Déneigement de la route des Granges", "Jacques39", 12, "hier"),
            ("/viewtopic.php?t=60", "Fête du Bief : qui aide au montage ?", "Sylvie", 6, "il y a 3 jours")], "/"), {"forum"}),
        P("/viewtopic.php?t=57", "Déneigement de la route des Granges", m.board_posts([
            ("Jacques39", "12 nov.", "Encore passé après 8 h ce matin, les enfants ont raté le car."), ("Mairie_Chaux", "12 nov.", "Nous revoyons le circuit avec l'entreprise.")],
            "/posting.php?mode=reply&amp;t=57"), {"forum"}),
        P("/viewtopic.php?t=60", "Fête du Bief : qui aide au montage ?", m.board_posts([("Sylvie", "10 nov.", "Il nous faut six personnes samedi à 9 h.")],
                                                                                      "/posting.php?mode=reply&amp;t=60"), {"forum"}),
        P("/viewforum.php?f=3", "Covoiturage et entraide", m.board_topics([
            ("/viewtopic.php?t=71", "Trajet quotidien vers Saint-Claude", "Marion", 3, "aujourd'hui")], "/"), {"forum"}),
        P("/viewtopic.php?t=71", "Trajet quotidien vers Saint-Claude", m.board_posts([("Marion", "14 nov.", "Je cherche un covoiturage à 7 h 15 depuis le Bief.")],
                                                                                     "/posting.php?mode=reply&amp;t=71"), {"forum"}),
    ]
    board = Site(CHAUX_FORUM, "phpbb", "Forum des habitants de Chaux-des-Grilles", fp, features=frozenset({"forum"}))
    return City("99184", "Chaux-des-Grilles", 5300, "39", "27", "Bourgogne-Franche-Comté", f"http://{CHAUX}/", [www, board])



# ==== 99185 Chaudezolles (Puy-de-Dôme): TYPO3, a spa town, Fluicity and the "Voisins des Volcans" network ==============

CHAUDEZOLLES = "www.chaudezolles.fr"
CHAUD_FLUI = "chaudezolles.flui.city"
CHAUD_VOISINS = "voisins.chaudezolles.fr"


def chaudezolles() -> City:
    pages = [
        P("/", "Accueil", _home(
            ["Chaudezolles, ville d'eaux au pied des volcans : 12 300 habitants, trois sources et un parc thermal classé.",
             "Services en ligne, actualités, agenda et vie des quartiers."],
            [("/ma-ville/democratie-participative", "Démocratie participative"), ("/ma-ville/vos-idees", "Vos idées"),
             (f"http://{CHAUD_FLUI}/", "Application Fluicity"), (f"http://{CHAUD_VOISINS}/", "Voisins des Volcans"),
             ("/thermes/cure-thermale", "Cure thermale"), ("/contact", "Contact")],
            [("/actualites/sondage-parc-thermal", "Parc thermal : trois minutes pour donner votre avis", "4 avril", "Sondage ouvert jusqu'au 30 avril."),
             ("/actualites/resultats-consultation-stationnement", "Stationnement en centre-ville : les résultats", "20 mars", "Merci pour vos 900 réponses."),
             ("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2025", "10 mars", "Subventions pour les animations d'été."),
             ("/actualites/nuit-des-thermes", "La Nuit des thermes revient", "1er mars", "Concerts et bains de nuit."),
             ("/tourisme/enquete-de-satisfaction", "Curistes : votre avis sur votre séjour", "15 févr.", "Enquête de l'office de tourisme.")],
            [("12 avril", "Réunion publique : quartier de la Gare"), ("18 avril", "Conseil municipal"), ("26 avril", "Ouverture des thermes")])),
        P("/ma-ville/democratie-participative", "Démocratie participative", m.prose(
            "La Ville de Chaudezolles associe les habitants à ses projets : conseils de quartier, réunions publiques, consultations en ligne sur l'application Fluicity et réseau d'entraide entre voisins.",
            "Une charte de la participation citoyenne, votée en 2022, précise les engagements de la municipalité.")
          + m.links([("/ma-ville/democratie-participative/conseils-de-quartier", "Conseils de quartier"),
                     ("/ma-ville/democratie-participative/fluicity", "Consultations en ligne avec Fluicity"),
                     ("/ma-ville/democratie-participative/voisins-des-volcans", "Voisins des Volcans, le réseau d'entraide")]),
          {"participation_displayed"}),
        P("/ma-ville/democratie-participative/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les six conseils de quartier sont composés d'habitants volontaires et tirés au sort. Ils se réunissent en assemblée ouverte trois fois par an et rendent des avis sur les projets de voirie et d'animation.",
            "Prochaine assemblée : quartier de la Gare, le 12 avril à 18 h 30, salle Volcania."),
          {"participation_displayed"}, parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        P("/ma-ville/democratie-participative/fluicity", "Consultations en ligne avec Fluicity", m.prose(
            "La ville consulte les habitants sur l'application Fluicity : questionnaires, idées, résultats. Téléchargez l'application ou rendez-vous sur "
            f'<a href="http://{CHAUD_FLUI}/">chaudezolles.flui.city</a>.',
            "Chaque consultation fait l'objet d'un retour public de la municipalité."),
          {"participation_displayed"}, parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        # the town's page presenting its neighbours' network, with the link to join it
        P("/ma-ville/democratie-participative/voisins-des-volcans", "Voisins des Volcans, le réseau d'entraide", m.prose(
            "Prêter une échelle, trouver un covoiturage pour les courses, signaler un chat perdu : le réseau social de proximité « Voisins des Volcans » met en relation les habitants d'un même quartier.",
            f'Gratuit et sans publicité, il est proposé par la Ville. <a href="http://{CHAUD_VOISINS}/">Rejoindre mes voisins</a>.'),
          {"territorial_social_network"}, parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        P("/ma-ville/vos-idees", "Vos idées pour Chaudezolles", m.prose(
            "Une idée pour votre quartier, pour les thermes, pour l'accueil des curistes ? Proposez-la : elle sera étudiée par le service concerné et vous recevrez une réponse.")
          + m.powermail(14, [("text", "name", "Nom", ()), ("email", "email", "E-mail", ()), ("text", "quartier", "Quartier", ()), ("textarea", "idee", "Votre idée", ())],
                        "Proposer mon idée"), {"suggestion_call", "contact_form"}),
        P("/ma-ville/conseil-municipal/seances", "Séances du conseil municipal", m.prose(
            "Ordre du jour de la séance du 18 avril : compte administratif, contrat de concession des thermes, tarifs des parkings.",
            "Retransmission en direct sur la chaîne vidéo de la ville."), decoys={"participation_displayed"}),
        P("/ma-ville/finances", "Finances de la ville", m.prose(
            "Le budget primitif s'élève à 21 M€. La dette par habitant est inférieure à la moyenne de la strate. Documents budgétaires en téléchargement."),
          decoys={"participatory_budget"}),
        P("/actualites/sondage-parc-thermal", "Parc thermal : trois minutes pour donner votre avis", m.prose(
            "Le parc thermal va être replanté. Quelles essences, quels usages, quel éclairage ? Répondez au sondage, ouvert à tous les habitants.")
          + m.powermail(21, [("radio", "usage", "Comment utilisez-vous le parc ?", ("Promenade", "Jeux d'enfants", "Lecture et repos")),
                             ("radio", "eclairage", "Faut-il éclairer le parc le soir ?", ("Oui", "Non", "Seulement l'allée centrale"))], "Voter"),
          {"poll"}),
        P("/actualites/resultats-consultation-stationnement", "Stationnement en centre-ville : les résultats", m.prose(
            "La consultation sur le stationnement est close. 61 % des 912 participants sont favorables à une zone bleue autour des thermes.",
            "Elle entrera en vigueur le 1er juin."), decoys={"poll"}),
        P("/actualites/appel-a-projets-associations", "Appel à projets associatifs 2025", m.prose(
            "Les associations peuvent présenter leurs projets d'animation estivale jusqu'au 15 mai pour obtenir une subvention. Dossier de demande à télécharger."),
          decoys={"suggestion_call"}),
        # a news item that names the platform in passing
        P("/actualites/nuit-des-thermes", "La Nuit des thermes revient", m.prose(
            "Le 21 juin, les thermes ouvrent de 20 h à 1 h : concerts, bains de nuit, visites de la buvette. L'idée, proposée l'an dernier sur Fluicity, a séduit."),
          decoys={"participatory_platform", "suggestion_call"}),
        P("/thermes/cure-thermale", "Cure thermale", m.prose(
            "Rhumatologie, voies respiratoires : cures de 18 jours conventionnées, séjours santé de 6 jours.")
          + m.booking("/thermes/cure-thermale/reservation", "séjour santé"), decoys={"contact_form"}),
        # guest reviews shown with their stars; nobody can post one here
        P("/tourisme/hebergements", "Hébergements", m.prose("Hôtels, résidences et meublés classés autour du parc thermal.")
          + m.joomla_reviews([("Dominique, Lyon", 5, "Parfait pour une cure."), ("Marc, Vichy", 3, "Un peu bruyant le samedi.")], "4,0"),
          decoys={"comments"}),
        # the tourist office's survey of visitors about their stay, not a poll of residents
        P("/tourisme/enquete-de-satisfaction", "Enquête de satisfaction des curistes", m.powermail(30, [
            ("radio", "note", "Note globale de votre séjour", ("Excellent", "Bon", "Moyen", "Décevant")),
            ("radio", "retour", "Reviendrez-vous ?", ("Oui", "Non", "Peut-être"))], "Envoyer"), decoys={"poll"}),
        P("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le protocole de participation citoyenne signé avec la gendarmerie associe des habitants volontaires à la prévention des cambriolages dans les quartiers pavillonnaires."),
          decoys={"participation_displayed", "territorial_social_network"}),
        P("/newsletter", "Newsletter", m.newsletter("/newsletter?subscribe=1", "5"), decoys={"contact_form"}),
        P("/contact", "Contact", m.prose("Hôtel de ville, place de la Source. Accueil du lundi au vendredi.")
          + m.powermail(1, [("text", "nom", "Nom", ()), ("email", "email", "E-mail", ()), ("text", "objet", "Objet", ()), ("textarea", "message", "Message", ())]),
          {"contact_form"}),
    ]
    www = _site(CHAUDEZOLLES, "typo3", "Ville de Chaudezolles", pages,
                [("Accueil", "/"), ("Démocratie participative", "/ma-ville/democratie-participative"), ("Thermes", "/thermes/cure-thermale"),
                 ("Hébergements", "/tourisme/hebergements"), ("Newsletter", "/newsletter"), ("Contact", "/contact")],
                [social("facebook", "chaudezolles"), social("instagram", "villedechaudezolles"), social("linkedin", "ville-de-chaudezolles")],
                "Hôtel de ville, place de la Source, 63000 Chaudezolles")
    fl = [
        P("/", "Chaudezolles sur Fluicity", m.prose("Consultations, idées et projets de la Ville de Chaudezolles.")
          + '<div class="fl-feed">' + m.links([("/projects/place-des-sources", "Consultation : la place des Sources"), ("/ideas", "Idées des habitants"),
                                               ("/projects/horaires-navette", "Résultats : horaires de la navette")], "fl-feed__list") + "</div>"),
        P("/projects/place-des-sources", "Consultation : la place des Sources", m.prose("Aidez-nous à imaginer la future place des Sources.")
          + m.vendor_form("/projects/place-des-sources/answers", "Questionnaire", [
              ("radio", "q1", "Priorité pour la place", ("Plus d'arbres", "Plus de terrasses", "Une fontaine")),
              ("radio", "q2", "Faut-il la rendre piétonne ?", ("Oui", "Non", "Le week-end seulement"))], "Envoyer", "fl-survey"), {"poll"}),
        P("/ideas", "Idées des habitants", m.prose("Proposez vos idées pour la ville : les plus soutenues reçoivent une réponse des élus.")
          + m.links([("/ideas/4821", "Des bancs à l'ombre avenue des Thermes (38 soutiens)")])
          + m.vendor_form("/ideas", "Proposer une idée", [("text", "title", "Titre de l'idée", ()), ("textarea", "description", "Description", ())],
                          "Publier", "fl-idea-form"), {"suggestion_call"}),
        P("/ideas/4821", "Des bancs à l'ombre avenue des Thermes", m.prose("Idée de Josette M. · 38 soutiens · Réponse de la mairie : à l'étude.")
          + '<section class="fl-comments"><h2>Commentaires</h2><div class="fl-comment"><b>René</b><p>Oui, surtout pour les curistes âgés.</p></div>'
          + '<form class="fl-comment-form" method="post" action="/ideas/4821/comments"><label for="c">Ajouter un commentaire</label><textarea id="c" name="comment"></textarea><button type="submit">Envoyer</button></form></section>',
          {"comments"}),
        P("/projects/horaires-navette", "Résultats : horaires de la navette", m.prose(
            "Consultation terminée. 64 % des répondants souhaitent une navette toutes les 30 minutes le samedi. Mise en place au printemps."), decoys={"poll"}),
    ]
    flui = Site(CHAUD_FLUI, "vendor", "Chaudezolles - Fluicity", fl, menu=[("Fil", "/"), ("Idées", "/ideas")],
                address="Ville de Chaudezolles", features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))
    vp = [
        P("/", "Voisins des Volcans", m.prose("Le réseau d'entraide des habitants de Chaudezolles.")
          + m.links([("/quartiers/les-thermes", "Quartier des Thermes"), ("/quartiers/la-gare", "Quartier de la Gare"), ("/a-propos", "Qui sommes-nous ?")])
          + m.neighbours_feed([("Sandrine", "Les Thermes", "Entraide", "Quelqu'un pour arroser mes plantes pendant ma cure à Vichy ?", 3),
                               ("Paul", "La Gare", "Prêt d'objet", "Je prête une remorque ce week-end.", 1)])),
        P("/quartiers/les-thermes", "Quartier des Thermes", m.neighbours_feed([
            ("Nadia", "Les Thermes", "Alerte", "Rue des Bains fermée demain matin pour un déménagement.", 0),
            ("Henri", "Les Thermes", "Événement", "Apéro des voisins vendredi au kiosque.", 6)])),
        P("/quartiers/la-gare", "Quartier de la Gare", m.neighbours_feed([("Lina", "La Gare", "Entraide", "Cherche covoiturage pour Clermont le mardi.", 2)])),
        P("/a-propos", "Qui sommes-nous ?", m.prose("Voisins des Volcans est le réseau social de proximité proposé par la Ville de Chaudezolles à ses habitants. Inscription gratuite, quartier vérifié.")),
    ]
    voisins = Site(CHAUD_VOISINS, "community", "Voisins des Volcans", vp, menu=[("Fil", "/"), ("Thermes", "/quartiers/les-thermes"), ("Gare", "/quartiers/la-gare")],
                   features=frozenset({"territorial_social_network"}))
    return City("99185", "Chaudezolles", 12300, "63", "84", "Auvergne-Rhône-Alpes", f"http://{CHAUDEZOLLES}/", [www, flui, voisins])


# ==== 99186 Ramberval (Vosges): agency CMS, a lake and ski town, id-city for consultations, ideas and interpellations ==

RAMBERVAL = "www.ramberval.fr"
RAMB_IDCITY = "ramberval.id-city.com"


def ramberval() -> City:
    pages = [
        P("/", "Accueil", _home(
            ["Ramberval, 8 700 habitants, son lac, ses pistes et ses forêts : bienvenue sur le site de la Ville.",
             "Toutes les démarches et l'actualité municipale, été comme hiver."],
            [("/ma-commune/vous-avez-la-parole", "Vous avez la parole"), (f"http://{RAMB_IDCITY}/", "Participer en ligne"),
             ("/ma-commune/droit-d-interpellation", "Droit d'interpellation"), ("/signaler-un-probleme", "Signaler un problème"),
             ("/tourisme/location-de-chalets", "Location de chalets"), ("/contact", "Contact"), ("/espace-famille/connexion", "Espace famille")],
            [("/actualites/avenir-du-domaine-skiable", "Quel avenir pour le domaine skiable ?", "2 déc.", "Réunions publiques et consultation."),
             ("/actualites/resultats-consultation-lac", "Baignade au lac : les résultats", "18 nov.", "Consultation close."),
             ("/actualites/concours-sculptures-sur-neige", "Concours de sculptures sur neige", "10 nov.", "Inscriptions des équipes."),
             ("/actualites/marche-de-noel-candidatures", "Marché de Noël : appel à candidatures", "2 nov.", "Exposants, à vos dossiers."),
             ("/actualites/forum-emplois-saisonniers", "Forum des emplois saisonniers", "25 oct.", "80 offres pour l'hiver."),
             ("/actualites/enquete-insee-emploi", "Enquête Insee sur l'emploi", "15 oct.", "Des ménages tirés au sort.")],
            [("9 déc.", "Réunion publique : domaine skiable"), ("12 déc.", "Conseil des jeunes"), ("16 déc.", "Conseil municipal")])),
        P("/ma-commune/vous-avez-la-parole", "Vous avez la parole", m.prose(
            "La municipalité consulte les Rambervalois avant chaque décision qui change leur quotidien. Conseil des jeunes, comités consultatifs, réunions publiques, droit d'interpellation et consultations en ligne : voici comment prendre part à la vie de la commune.")
          + m.links([("/ma-commune/conseil-des-jeunes", "Le conseil des jeunes"), ("/ma-commune/comites-consultatifs", "Les comités consultatifs"),
                     ("/ma-commune/reunions-publiques", "Les réunions publiques"), ("/ma-commune/droit-d-interpellation", "Le droit d'interpellation"),
                     (f"http://{RAMB_IDCITY}/", "La plateforme de participation")]), {"participation_displayed"}),
        P("/ma-commune/conseil-des-jeunes", "Le conseil des jeunes", m.prose(
            "Les 11-17 ans de Ramberval élisent leur conseil pour deux ans. Ils ont obtenu l'éclairage du city-stade et préparent une fête de la glisse.",
            "Le conseil des jeunes est consulté sur les projets qui concernent la jeunesse."),
          {"participation_displayed"}, parent=("Vous avez la parole", "/ma-commune/vous-avez-la-parole")),
        P("/ma-commune/comites-consultatifs", "Les comités consultatifs", m.prose(
            "Comité du lac, comité de la forêt, comité de la station : ouverts aux habitants et aux associations, ils préparent les décisions du conseil municipal et rendent des avis publics."),
          {"participation_displayed"}, parent=("Vous avez la parole", "/ma-commune/vous-avez-la-parole")),
        P("/ma-commune/reunions-publiques", "Les réunions publiques", m.prose(
            "Réunion publique sur l'avenir du domaine skiable : lundi 9 décembre, 20 h, salle des fêtes. Présentation de l'étude, puis échanges avec la salle.",
            "Les diaporamas des réunions précédentes sont en téléchargement."),
          {"participation_displayed"}, parent=("Vous avez la parole", "/ma-commune/vous-avez-la-parole")),
        # the town's right of interpellation: residents start and sign requests on its own space
        P("/ma-commune/droit-d-interpellation", "Le droit d'interpellation", m.prose(
            "Toute demande signée par 300 habitants de plus de 16 ans est inscrite à l'ordre du jour du conseil municipal, qui y répond en séance publique.",
            f'Les interpellations se déposent et se signent sur <a href="http://{RAMB_IDCITY}/interpellations">la plateforme de participation</a>.'),
          {"petition"}, parent=("Vous avez la parole", "/ma-commune/vous-avez-la-parole")),
        P("/ma-commune/budget", "Le budget", m.prose(
            "Budget primitif : 11,2 M€. Les grands projets : rénovation du télésiège du Haut-du-Lac, isolation de l'école, aménagement des berges."),
          decoys={"participatory_budget"}),
        # a news item that points to the consultation without holding it
        P("/actualites/avenir-du-domaine-skiable", "Quel avenir pour le domaine skiable ?", m.prose(
            "Moins de neige, plus de visiteurs l'été : la commune lance une réflexion sur l'avenir de la station. Réunion publique le 9 décembre ; le questionnaire en ligne est ouvert sur la plateforme de participation."),
          decoys={"poll", "participatory_platform"}),
        # the results of a closed consultation, with no way to answer
        P("/actualites/resultats-consultation-lac", "Baignade au lac : les résultats", m.prose(
            "La consultation sur la surveillance de la baignade est terminée : 70 % des 480 répondants souhaitent une seconde zone surveillée. Elle sera créée l'été prochain."),
          decoys={"poll"}),
        P("/actualites/concours-sculptures-sur-neige", "Concours de sculptures sur neige", m.prose(
            "Équipes de quatre, trois heures, un bloc de neige : inscriptions jusqu'au 20 janvier à l'office de tourisme. Prix du jury et prix du public."),
          decoys={"suggestion_call"}),
        P("/actualites/marche-de-noel-candidatures", "Marché de Noël : appel à candidatures", m.prose(
            "Artisans et producteurs, déposez votre candidature pour un chalet du marché de Noël avant le 15 novembre. Sélection par une commission."),
          decoys={"suggestion_call"}),
        P("/actualites/forum-emplois-saisonniers", "Forum des emplois saisonniers", m.prose(
            "Le forum des emplois saisonniers réunit les employeurs de la station, du lac et des hôtels le 26 octobre. Entretiens sur place."),
          decoys={"forum"}),
        P("/actualites/enquete-insee-emploi", "Enquête Insee sur l'emploi", m.prose(
            "L'Insee réalise une enquête sur l'emploi auprès de ménages tirés au sort. Un enquêteur muni d'une carte officielle peut vous contacter."),
          decoys={"poll"}),
        P("/tourisme/location-de-chalets", "Location de chalets", m.prose("Chalets communaux du bord du lac, à la semaine.")
          + m.booking("/tourisme/location-de-chalets/reserver", "chalet du lac"), decoys={"contact_form"}),
        P("/espace-famille/connexion", "Espace famille", m.prose("Inscriptions périscolaires et paiement des factures.")
          + '<form class="form form--login" method="post" action="/espace-famille/connexion"><label for="lg">Identifiant</label><input id="lg" name="login" type="text">'
          + '<label for="pw">Mot de passe</label><input id="pw" name="password" type="password"><button type="submit">Se connecter</button></form>', decoys={"contact_form"}),
        # a report-a-problem form: a free-text message to the town's services
        P("/signaler-un-probleme", "Signaler un problème", m.prose("Nid-de-poule, lampadaire éteint, dépôt sauvage : signalez-le aux services techniques.")
          + m.vendor_form("/signaler-un-probleme", "Votre signalement", [("select", "categorie", "Catégorie", ("Voirie", "Éclairage", "Propreté", "Autre")),
                                                                        ("text", "lieu", "Lieu", ()), ("email", "email", "Votre e-mail", ()),
                                                                        ("textarea", "description", "Description", ())]), {"contact_form"}),
        P("/contact", "Contact", m.prose("Mairie de Ramberval, 5 place du Lac.")
          + m.vendor_form("/contact", "Écrire à la mairie", [("text", "nom", "Nom", ()), ("email", "email", "E-mail", ()), ("text", "objet", "Objet", ()),
                                                             ("textarea", "message", "Message", ())]), {"contact_form"}),
    ]
    www = _site(RAMBERVAL, "vendor", "Ville de Ramberval", pages,
                [("Accueil", "/"), ("Vous avez la parole", "/ma-commune/vous-avez-la-parole"), ("Budget", "/ma-commune/budget"),
                 ("Tourisme", "/tourisme/location-de-chalets"), ("Contact", "/contact")],
                [social("facebook", "ramberval88"), social("youtube", "villederamberval")], "Mairie, 5 place du Lac, 88000 Ramberval")
    ic = [
        P("/", "Ramberval participe", m.prose("La plateforme de participation de la Ville de Ramberval.")
          + m.links([("/consultations/avenir-du-domaine-skiable", "Consultation : l'avenir du domaine skiable"), ("/boite-a-idees", "Boîte à idées"),
                     ("/interpellations", "Interpellations citoyennes"), ("/consultations/horaires-piscine", "Résultats : horaires de la piscine")])),
        P("/consultations/avenir-du-domaine-skiable", "Consultation : l'avenir du domaine skiable", m.prose("Répondez avant le 31 janvier.")
          + m.vendor_form("/consultations/avenir-du-domaine-skiable/reponse", "Questionnaire", [
              ("radio", "q1", "Faut-il garder le ski alpin sur le domaine ?", ("Oui", "Oui, mais réduit", "Non")),
              ("radio", "q2", "Quelles activités développer l'été ?", ("VTT", "Randonnée", "Luge sur rail"))], "Envoyer mes réponses", "idc-survey"), {"poll"}),
        P("/boite-a-idees", "Boîte à idées", m.prose("Partagez vos idées pour Ramberval ; les autres habitants peuvent les soutenir.")
          + m.links([("/boite-a-idees/idee-143", "Un ponton accessible au lac (52 soutiens)")])
          + m.vendor_form("/boite-a-idees/nouvelle", "Déposer une idée", [("text", "titre", "Titre", ()), ("textarea", "idee", "Votre idée", ())], "Déposer", "idc-idea"),
          {"suggestion_call"}),
        P("/boite-a-idees/idee-143", "Un ponton accessible au lac", m.prose("Idée de Karim B. · 52 soutiens.")
          + '<section class="idc-comments"><h2>Commentaires (1)</h2><div class="idc-comment"><b>Agathe</b><p>Très bonne idée pour les fauteuils.</p></div>'
          + '<form method="post" action="/boite-a-idees/idee-143/commenter"><label for="cm">Votre commentaire</label><textarea id="cm" name="commentaire"></textarea><button type="submit">Commenter</button></form></section>',
          {"comments"}),
        # the list of interpellations, each signed online: the town's petition space
        P("/interpellations", "Interpellations citoyennes", m.prose("300 signatures et votre question est débattue en conseil municipal.")
          + m.links([("/interpellations/eclairage-chemin-du-lac", "Éclairer le chemin du lac (184 signatures)"), ("/interpellations/nouvelle", "Lancer une interpellation")]),
          {"petition"}),
        P("/interpellations/eclairage-chemin-du-lac", "Éclairer le chemin du lac", m.prose("Nous demandons un éclairage à détection sur le chemin piéton du lac. 184 signatures sur 300.")
          + m.vendor_form("/interpellations/eclairage-chemin-du-lac/signer", "Signer", [("text", "nom", "Nom", ()), ("email", "email", "E-mail", ())], "Je signe", "idc-sign"),
          {"petition"}),
        P("/interpellations/nouvelle", "Lancer une interpellation", m.vendor_form("/interpellations", "Votre interpellation", [
            ("text", "titre", "Titre", ()), ("textarea", "texte", "Exposé de la demande", ()), ("email", "email", "E-mail", ())], "Publier", "idc-new-petition"),
          {"petition"}),
        P("/consultations/horaires-piscine", "Résultats : horaires de la piscine", m.prose(
            "Consultation close. Ouverture le dimanche après-midi retenue par 57 % des participants."), decoys={"poll"}),
    ]
    idcity = Site(RAMB_IDCITY, "vendor", "Ramberval participe", ic, menu=[("Accueil", "/"), ("Idées", "/boite-a-idees"), ("Interpellations", "/interpellations")],
                  address="Ville de Ramberval", features=frozenset({"participatory_platform"}), platforms=frozenset({"id_city"}))
    return City("99186", "Ramberval", 8700, "88", "44", "Grand Est", f"http://{RAMBERVAL}/", [www, idcity])



# ==== 99187 Pornizel-sur-Mer (Loire-Atlantique): WordPress, a seaside resort, its budget participatif on Go Vocal ========

PORNIZEL = "www.pornizel-sur-mer.fr"
PORN_GV = "pornizel.govocal.com"


def pornizel() -> City:
    poll = m.wp_polls(31, "Marché nocturne de l'été : quel soir préférez-vous ?", ["Mardi", "Jeudi", "Vendredi"], 120)
    pages = [
        P("/", "Accueil", _home(
            ["Pornizel-sur-Mer, 14 500 habitants l'hiver, 60 000 en août : la ville, ses plages et ses quartiers.",
             "Démarches, actualités, plages, participation : tout le site de la Ville."],
            [("/ma-ville/pornizel-participe/", "Pornizel participe"), ("/ma-ville/budget-participatif/", "Budget participatif"),
             ("/plages/qualite-des-eaux/", "Qualité des eaux"), ("/plages/cabines-de-plage/", "Louer une cabine"),
             ("/contact/", "Contact"), ("/newsletter/", "Newsletter")],
            [("/actualites/marche-nocturne/", "Marché nocturne : votez pour le soir", "2 mai", "Sondage ouvert."),
             ("/actualites/plan-plages-2025/", "Plan plages 2025", "25 avril", "Postes de secours, accès, propreté."),
             ("/actualites/resultats-sondage-feu-d-artifice/", "Feu d'artifice : les résultats du sondage", "10 avril", "Le 14 juillet reste sur la plage."),
             ("/actualites/concessions-de-plage/", "Concessions de plage : appel à candidatures", "1er avril", "Quatre lots."),
             ("/actualites/concours-chateaux-de-sable/", "Concours de châteaux de sable", "28 mars", "Inscriptions des familles."),
             ("/actualites/erosion-du-littoral/", "Érosion du littoral : la Ville mobilisée", "15 mars", "Rencontre avec l'État.")],
            [("14 mai", "Conseil de quartier de la Plage des Dames"), ("20 mai", "Vote du budget participatif"), ("21 juin", "Fête de la musique")])),
        P("/ma-ville/pornizel-participe/", "Pornizel participe", m.prose(
            "Conseils de quartier, budget participatif, consultations en ligne : la Ville invite ses habitants, permanents comme résidents secondaires, à construire avec elle les projets de la commune.",
            f'Les consultations en ligne ont lieu sur <a href="http://{PORN_GV}/">pornizel.govocal.com</a>.')
          + m.links([("/ma-ville/conseils-de-quartier/", "Les conseils de quartier"), ("/ma-ville/budget-participatif/", "Le budget participatif")]),
          {"participation_displayed"}),
        P("/ma-ville/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier : Centre, Plage des Dames, Les Pins, Le Port, La Corniche. Ils se réunissent en séance publique et portent les attentes des habitants auprès des élus.")
          + m.links([("/ma-ville/conseils-de-quartier/plage-des-dames/", "Plage des Dames : compte rendu de mars")]),
          {"participation_displayed"}, parent=("Pornizel participe", "/ma-ville/pornizel-participe/")),
        P("/ma-ville/conseils-de-quartier/plage-des-dames/", "Conseil de quartier Plage des Dames : compte rendu", m.prose(
            "Séance du 12 mars, 31 participants. Sujets : stationnement estival, accès PMR à la plage, nuisances des locations saisonnières.",
            "Le conseil a demandé un comptage des véhicules en juillet ; réponse de la Ville attendue au prochain conseil."),
          {"participation_displayed"}, parent=("Les conseils de quartier", "/ma-ville/conseils-de-quartier/")),
        P("/ma-ville/budget-participatif/", "Budget participatif : 4e édition", m.prose(
            "100 000 € pour vos projets ! Du 1er mars au 30 avril, déposez vos idées ; vote du 20 mai au 20 juin.",
            f'<a href="http://{PORN_GV}/fr-FR/projects/budget-participatif-2025">Déposer un projet</a> · <a href="/ma-ville/budget-participatif/laureats-2024/">Les lauréats 2024</a>'),
          {"participatory_budget"}, parent=("Pornizel participe", "/ma-ville/pornizel-participe/")),
        # the winners of a past edition: the budget residents voted
        P("/ma-ville/budget-participatif/laureats-2024/", "Budget participatif : les lauréats 2024", m.prose(
            "2 650 votants. Projets retenus : douches de plage accessibles, hôtel à insectes du parc des Pins, rack à planches au Port. Réalisation avant l'été."),
          {"participatory_budget"}, parent=("Budget participatif", "/ma-ville/budget-participatif/")),
        P("/ma-ville/budget-de-la-commune/", "Le budget de la commune", m.prose(
            "Budget primitif voté le 28 mars : 32 M€. Orientation budgétaire, compte administratif et annexes disponibles."), decoys={"participatory_budget"}),
        P("/actualites/marche-nocturne/", "Marché nocturne : votez pour le soir", m.with_sidebar(m.prose(
            "Le marché nocturne revient en juillet et août. Commerçants et habitants, choisissez le soir qui vous convient."), poll), {"poll"}),
        P("/actualites/resultats-sondage-feu-d-artifice/", "Feu d'artifice : les résultats du sondage", m.wp_polls_closed(
            27, "Où tirer le feu d'artifice du 14 juillet ?", [("Sur la plage", 66, 1320), ("Au port", 34, 680)], 2000), decoys={"poll"}),
        P("/actualites/plan-plages-2025/", "Plan plages 2025", m.prose(
            "Trois postes de secours, deux nouvelles rampes d'accès, cendriers de plage : la Ville présente son plan plages.")
          + m.wp_comments(907, [("Yann", "26 avril", "Et un poste de secours à la Corniche ?")])
          + m.share(f"http://{PORNIZEL}/actualites/plan-plages-2025/", "Plan plages 2025"), {"comments"}),
        P("/actualites/concessions-de-plage/", "Concessions de plage : appel à candidatures", m.prose(
            "La Ville attribue quatre lots de sous-concession de plage (location de matériel, buvette). Dossiers à déposer avant le 31 mai."),
          decoys={"suggestion_call"}),
        P("/actualites/concours-chateaux-de-sable/", "Concours de châteaux de sable", m.prose(
            "Le 3 août, plage des Dames : familles et amis, formez une équipe et inscrivez-vous au poste de secours. Le jury récompense les plus belles créations."),
          decoys={"suggestion_call"}),
        P("/actualites/erosion-du-littoral/", "Érosion du littoral : la Ville mobilisée", m.prose(
            "Le maire a rencontré le préfet au sujet du recul du trait de côte. Une pétition nationale des élus du littoral circule sur un site de pétitions ; la Ville n'en est pas à l'initiative."),
          decoys={"petition"}),
        P("/plages/qualite-des-eaux/", "Qualité des eaux de baignade", m.prose(
            "Résultats des prélèvements de l'ARS : toutes les plages en qualité excellente. Drapeaux : vert à la Plage des Dames et aux Pins.")),
        P("/plages/cabines-de-plage/", "Louer une cabine de plage", m.prose("Cabines à la saison ou à la semaine. Paiement en ligne.")
          + m.woo_checkout("/plages/cabines-de-plage/paiement/"), decoys={"contact_form"}),
        P("/vie-associative/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations aura lieu le 6 septembre à l'espace Océan."), decoys={"forum"}),
        P("/securite/participation-citoyenne/", "Participation citoyenne", m.prose(
            "Le dispositif de participation citoyenne, piloté par la gendarmerie, est actif dans les quartiers des Pins et de la Corniche pendant l'hiver, quand les résidences secondaires sont vides."),
          decoys={"participation_displayed", "territorial_social_network"}),
        P("/newsletter/", "Newsletter", m.newsletter("/newsletter/", "7"), decoys={"contact_form"}),
        P("/contact/", "Contact", m.prose("Hôtel de ville, 1 avenue de la Mer.") + m.cf7("/contact/", 88), {"contact_form"}),
    ]
    www = _site(PORNIZEL, "wordpress", "Pornizel-sur-Mer", pages,
                [("Accueil", "/"), ("Pornizel participe", "/ma-ville/pornizel-participe/"), ("Budget", "/ma-ville/budget-de-la-commune/"),
                 ("Plages", "/plages/qualite-des-eaux/"), ("Associations", "/vie-associative/forum-des-associations/"), ("Sécurité", "/securite/participation-citoyenne/"),
                 ("Contact", "/contact/")],
                [social("facebook", "pornizelsurmer"), social("instagram", "pornizel_sur_mer"), social("tiktok", "pornizelsurmer")],
                "Hôtel de ville, 1 avenue de la Mer, 44000 Pornizel-sur-Mer")
    gv = [
        P("/", "Pornizel participe", m.prose("Bienvenue sur la plateforme de participation de Pornizel-sur-Mer.")
          + m.links([("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025"), ("/fr-FR/projects/circulation-estivale", "Circulation estivale : enquête"),
                     ("/fr-FR/projects/front-de-mer", "Le front de mer de demain"), ("/fr-FR/projects/budget-participatif-2024", "Budget participatif 2024")])),
        # the filing phase of the budget: residents are asked for their projects
        P("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025", m.prose(
            "Phase en cours : dépôt des idées (jusqu'au 30 avril). Puis analyse, vote et réalisation.",
            '<a class="e2e-idea-button" href="/fr-FR/projects/budget-participatif-2025/ideas/new">Déposer votre idée</a>')
          + m.govocal_cards([("/fr-FR/ideas/douches-de-plage-accessibles", "Des douches de plage accessibles", 0, 3)]),
          {"participatory_budget", "suggestion_call"}),
        P("/fr-FR/projects/budget-participatif-2025/ideas/new", "Déposer votre idée", m.govocal_idea_form("budget-participatif-2025"),
          {"participatory_budget", "suggestion_call"}),
        P("/fr-FR/ideas/douches-de-plage-accessibles", "Des douches de plage accessibles", m.prose("Des douches adaptées aux fauteuils à chaque accès PMR.")
          + m.gov_comments([("Morgane", "Indispensable, bravo !"), ("Luc", "Et des tapis d'accès jusqu'à l'eau ?")]),
          {"participatory_budget", "comments"}),
        P("/fr-FR/projects/circulation-estivale", "Circulation estivale : enquête", m.prose("Votre avis sur la circulation en juillet et août.")
          + m.govocal_survey("circulation-estivale", [("Faut-il un sens unique sur la corniche l'été ?", ["Oui", "Non"]),
                                                      ("Utiliseriez-vous une navette plage-centre ?", ["Souvent", "Parfois", "Jamais"])]), {"poll"}),
        P("/fr-FR/projects/front-de-mer", "Le front de mer de demain", m.prose(
            "Appel à idées : comment réaménager le front de mer ? Partagez vos propositions jusqu'au 15 juin.",
            '<a class="e2e-idea-button" href="/fr-FR/projects/front-de-mer/ideas/new">Partager une idée</a>'), {"suggestion_call"}),
        P("/fr-FR/projects/front-de-mer/ideas/new", "Partager une idée", m.govocal_idea_form("front-de-mer"), {"suggestion_call"}),
        # a past edition of the budget on the platform
        P("/fr-FR/projects/budget-participatif-2024", "Budget participatif 2024", m.prose(
            "Édition terminée. Trois projets lauréats sur 41 idées déposées ; 2 650 votants.")
          + m.govocal_cards([("/fr-FR/projects/budget-participatif-2024", "Hôtel à insectes du parc des Pins", 812, 9)]), {"participatory_budget"}),
    ]
    govocal = Site(PORN_GV, "govocal", "Pornizel participe", gv, menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/budget-participatif-2025")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return City("99187", "Pornizel-sur-Mer", 14500, "44", "52", "Pays de la Loire", f"http://{PORNIZEL}/", [www, govocal])


# ==== 99188 Isoard-les-Mélèzes (Hautes-Alpes): Drupal, Publik e-services and a home-made participation space ==========

ISOARD = "www.isoard-les-melezes.fr"
ISOARD_PUBLIK = "demarches.isoard-les-melezes.fr"
ISOARD_JP = "jeparticipe.isoard-les-melezes.fr"


def isoard() -> City:
    pages = [
        P("/", "Accueil", _home(
            ["Isoard-les-Mélèzes, 5 600 habitants, village-station du Queyras et du Briançonnais.",
             "Le site de la commune : démarches, station, concertation."],
            [("/vivre-ensemble/concertation", "Concertation"), (f"http://{ISOARD_JP}/", "Je participe"), (f"http://{ISOARD_PUBLIK}/", "Démarches en ligne"),
             ("/station/forfaits-saison", "Forfaits saison"), ("/contact", "Contact"), ("/emploi/offres-saisonnieres", "Emplois saisonniers")],
            [("/vivre-ensemble/assises-de-la-montagne", "Assises de la montagne : l'avenir de la station", "5 nov.", "Trois soirées de débat."),
             ("/actualites/refuge-de-la-cabane", "Le refuge de la Cabane rénové", "28 oct.", "Réouverture en juin."),
             ("/actualites/enquete-publique-utn", "UTN du vallon : enquête publique", "15 oct.", "Dossier et permanences."),
             ("/actualites/deneigement", "Déneigement : les nouvelles règles", "10 oct.", "Stationnement alterné."),
             ("/station/concours-photo", "Concours photo de l'hiver", "1er oct.", "Thème : les mélèzes.")],
            [("12 nov.", "Assises de la montagne, 1re soirée"), ("19 nov.", "Comité de village du Roux"), ("28 nov.", "Conseil municipal")])),
        P("/vivre-ensemble/concertation", "Concertation", m.prose(
            "Faut-il investir dans la neige de culture ou préparer la station aux quatre saisons ? Pour une décision aussi lourde, la commune a choisi de concerter ses habitants : comités de village, assises de la montagne, espace en ligne « Je participe ».",
            "Chaque avis est versé au dossier remis au conseil municipal.")
          + m.links([("/vivre-ensemble/comites-de-village", "Les comités de village"), ("/vivre-ensemble/assises-de-la-montagne", "Les assises de la montagne"),
                     ("/vivre-ensemble/je-participe", "L'espace Je participe")]), {"participation_displayed"}),
        P("/vivre-ensemble/comites-de-village", "Les comités de village", m.prose(
            "Chaque hameau (le Roux, la Chalp, les Meyries, le Bourg) élit un comité de village de cinq membres. Les comités transmettent au maire les demandes des habitants et sont consultés sur les travaux."),
          {"participation_displayed"}, parent=("Concertation", "/vivre-ensemble/concertation")),
        P("/vivre-ensemble/assises-de-la-montagne", "Assises de la montagne : l'avenir de la station", m.prose(
            "Trois réunions publiques, trois thèmes : la neige et l'eau, le logement des saisonniers et des jeunes, les activités d'été. Chaque soirée commence par un exposé et se poursuit en tables rondes.",
            "Les contributions écrites peuvent aussi être déposées sur l'espace Je participe."),
          {"participation_displayed"}, parent=("Concertation", "/vivre-ensemble/concertation")),
        P("/vivre-ensemble/je-participe", "L'espace Je participe", m.prose(
            f'La commune a ouvert son propre espace de participation : pétitions, idées et sondages. <a href="http://{ISOARD_JP}/">jeparticipe.isoard-les-melezes.fr</a>.'),
          {"participation_displayed"}, parent=("Concertation", "/vivre-ensemble/concertation")),
        P("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Ordre du jour du 28 novembre : tarifs des remontées, budget annexe de l'eau, bail du refuge de la Cabane. Procès-verbaux des séances précédentes en téléchargement."),
          decoys={"participation_displayed"}),
        P("/mairie/budget-primitif", "Budget primitif", m.prose(
            "Budget principal : 7,4 M€ ; budget annexe des remontées mécaniques : 3,9 M€. Investissements : retenue collinaire, chalet d'accueil."),
          decoys={"participatory_budget"}),
        P("/actualites/enquete-publique-utn", "UTN du vallon : enquête publique", m.prose(
            "L'unité touristique nouvelle du vallon (un télésiège et une piste) fait l'objet d'une enquête publique du 4 novembre au 6 décembre.",
            "Observations au registre en mairie ou par courrier au commissaire enquêteur."), decoys={"poll", "participation_displayed"}),
        P("/actualites/refuge-de-la-cabane", "Le refuge de la Cabane rénové", m.prose(
            "Le refuge communal de la Cabane rouvrira en juin après une rénovation complète : 24 couchettes, panneaux solaires, toilettes sèches.")
          + m.drupal_comments(77, [("Guillaume", "le 29 oct.", "Les réservations ouvriront quand ?")]), {"comments"}),
        # comments closed: no form and none left under the article
        P("/actualites/deneigement", "Déneigement : les nouvelles règles", m.prose(
            "Du 1er décembre au 31 mars, le stationnement est alterné dans le Bourg pour permettre le passage des chasse-neige.",
            '<span class="comments-closed">Les commentaires sont fermés pour cet article.</span>'), decoys={"comments"}),
        # a payment form, not a message to the town
        P("/station/forfaits-saison", "Forfaits saison", m.prose("Forfait saison résident : 210 €. Achat en ligne, retrait à la caisse du Bourg.")
          + m.webform("forfait_saison", [("text", "nom", "Nom", ()), ("text", "carte", "Numéro de carte bancaire", ()), ("text", "expiration", "Expiration", ())], "Payer"),
          decoys={"contact_form"}),
        P("/station/concours-photo", "Concours photo de l'hiver", m.prose(
            "Envoyez votre plus belle photo des mélèzes sous la neige avant le 15 mars. Prix : un forfait saison."), decoys={"suggestion_call"}),
        P("/emploi/offres-saisonnieres", "Offres d'emplois saisonniers", m.prose(
            "Le forum des saisonniers de la station publie ici les offres des employeurs : perchman, serveur, femme de chambre, moniteur. Pour postuler, adressez votre CV à l'employeur."),
          decoys={"forum"}),
        P("/services/recensement", "Recensement", m.prose(
            "Le recensement de la population a lieu en janvier. Un agent recenseur recruté par la mairie vous remettra vos codes pour répondre en ligne."), decoys={"poll"}),
        # a contact page with a mailto and a link to the e-services form, but no form of its own
        P("/contact", "Contact", m.prose(
            f'Mairie, place du Bourg. Pour nous écrire, utilisez le <a href="http://{ISOARD_PUBLIK}/contacter-la-mairie/">formulaire en ligne</a> '
            'ou écrivez à <a href="mailto:mairie@isoard-les-melezes.fr">mairie@isoard-les-melezes.fr</a>.'), decoys={"contact_form"}),
    ]
    www = _site(ISOARD, "drupal", "Isoard-les-Mélèzes", pages,
                [("Accueil", "/"), ("Concertation", "/vivre-ensemble/concertation"), ("Mairie", "/mairie/conseil-municipal"), ("Budget", "/mairie/budget-primitif"),
                 ("Recensement", "/services/recensement"), ("Contact", "/contact")],
                [social("facebook", "IsoardLesMelezes"), social("mastodon", "isoard@piaille.fr")], "Mairie, place du Bourg, 05000 Isoard-les-Mélèzes")
    pp = [
        P("/", "Démarches en ligne", m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème"),
                                            ("/inscription-navette-scolaire/", "Inscription à la navette scolaire")], "list-of-forms")),
        P("/contacter-la-mairie/", "Contacter la mairie", '<form method="post" enctype="multipart/form-data" class="quixote" action="/contacter-la-mairie/">'
          '<div class="widget StringWidget template-nom"><div class="title"><label for="form_f1">Nom</label></div><div class="content"><input id="form_f1" name="f1" type="text"></div></div>'
          '<div class="widget EmailWidget"><div class="title"><label for="form_f2">Courriel</label></div><div class="content"><input id="form_f2" name="f2" type="email"></div></div>'
          '<div class="widget TextWidget"><div class="title"><label for="form_f3">Votre message</label></div><div class="content"><textarea id="form_f3" name="f3" rows="8"></textarea></div></div>'
          '<div class="buttons submit"><button name="submit" value="Envoyer">Envoyer</button></div></form>', {"contact_form"}),
        # a report form with a free-text description addressed to the town's services
        P("/signaler-un-probleme/", "Signaler un problème", '<form method="post" class="quixote" action="/signaler-un-probleme/">'
          '<div class="widget ItemWidget"><label for="form_f1">Type</label><select id="form_f1" name="f1"><option>Voirie</option><option>Déneigement</option><option>Éclairage</option></select></div>'
          '<div class="widget TextWidget"><label for="form_f2">Description</label><textarea id="form_f2" name="f2"></textarea></div>'
          '<div class="widget EmailWidget"><label for="form_f3">Courriel</label><input id="form_f3" name="f3" type="email"></div>'
          '<div class="buttons submit"><button name="submit" value="Envoyer">Envoyer</button></div></form>', {"contact_form"}),
        P("/inscription-navette-scolaire/", "Inscription à la navette scolaire", '<form method="post" class="quixote" action="/inscription-navette-scolaire/">'
          '<div class="widget StringWidget"><label for="form_f1">Nom de l\'enfant</label><input id="form_f1" name="f1" type="text"></div>'
          '<div class="widget ItemWidget"><label for="form_f2">Arrêt</label><select id="form_f2" name="f2"><option>Le Roux</option><option>La Chalp</option></select></div>'
          '<div class="buttons submit"><button name="submit" value="Valider">Valider</button></div></form>', decoys={"contact_form"}),
    ]
    publik = Site(ISOARD_PUBLIK, "publik", "Démarches - Isoard-les-Mélèzes", pp, menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")],
                  accounts=[social("facebook", "IsoardLesMelezes")], address="Mairie, place du Bourg")
    jp = [
        P("/", "Je participe", m.prose("L'espace de participation des habitants d'Isoard-les-Mélèzes.")
          + m.links([("/petitions", "Pétitions"), ("/idees", "Vos idées"), ("/sondages/avenir-du-domaine", "Sondage : l'avenir du domaine"),
                     ("/sondages/marche-hebdomadaire", "Résultats : marché hebdomadaire")])),
        P("/petitions", "Pétitions", m.prose("Une pétition qui recueille 200 signatures est examinée en conseil municipal.")
          + m.links([("/petitions/sentier-des-bergers", "Rouvrir le sentier des bergers (143 signatures)"), ("/petitions/nouvelle", "Lancer une pétition")]), {"petition"}),
        P("/petitions/sentier-des-bergers", "Rouvrir le sentier des bergers", m.prose("Le sentier des bergers est fermé depuis l'éboulement de 2023. Nous demandons sa réouverture.")
          + m.vendor_form("/petitions/sentier-des-bergers/signer", "Signer la pétition", [("text", "nom", "Nom", ()), ("email", "email", "Courriel", ())], "Signer", "jp-sign"),
          {"petition"}),
        P("/petitions/nouvelle", "Lancer une pétition", m.vendor_form("/petitions", "Votre pétition", [("text", "titre", "Titre", ()), ("textarea", "texte", "Texte", ())],
                                                                    "Soumettre", "jp-petition"), {"petition"}),
        P("/idees", "Vos idées", m.prose("Proposez vos idées pour la station de demain, été comme hiver.")
          + m.vendor_form("/idees", "Nouvelle idée", [("text", "titre", "Titre", ()), ("textarea", "idee", "Votre idée", ()), ("email", "email", "Courriel", ())],
                          "Proposer", "jp-idea"), {"suggestion_call"}),
        P("/sondages/avenir-du-domaine", "Sondage : l'avenir du domaine", m.vendor_form("/sondages/avenir-du-domaine", "Sondage", [
            ("radio", "q1", "Faut-il étendre la neige de culture ?", ("Oui", "Non", "Sans avis")),
            ("radio", "q2", "Quelle priorité pour l'été ?", ("Randonnée", "VTT", "Baignade au plan d'eau"))], "Voter", "jp-poll"), {"poll"}),
        P("/sondages/marche-hebdomadaire", "Résultats : marché hebdomadaire", m.prose(
            "Sondage clos. Le marché du jeudi est maintenu (68 % des 390 votants)."), decoys={"poll"}),
    ]
    jeparticipe = Site(ISOARD_JP, "vendor", "Je participe - Isoard-les-Mélèzes", jp, menu=[("Accueil", "/"), ("Pétitions", "/petitions"), ("Idées", "/idees")],
                       address="Mairie, place du Bourg", features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))
    return City("99188", "Isoard-les-Mélèzes", 5600, "05", "93", "Provence-Alpes-Côte d'Azur", f"http://{ISOARD}/", [www, publik, jeparticipe])


def cities():
    return [valmorin(), lureuil(), aulos(), chaux(), chaudezolles(), ramberval(), pornizel(), isoard()]


def hosts():
    return {}
