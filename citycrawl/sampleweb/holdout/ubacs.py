"""Holdout part ``ubacs`` (99251-99258): eight large fictional French cities and their districts, on vendor CMSs,
Drupal, a portal, WordPress and SPIP sites, with their participation portals (Decidim, CONSUL Democracy,
Cap Collectif, Go Vocal, a Make.org consultation), e-services portals (Publik), a Discourse board and
neighbours' networks, and the lookalikes such sites hold. Written apart from the detection rules."""
from ..site import City, Site, page, social
from . import ubacs_markup as m

DECIDIM, CONSUL, CAPCO, GOVOCAL, MAKE = "decidim", "consul", "cap_collectif", "govocal", "make.org"


def _home(intro, links, news, events, banner="tarteaucitron"):
    return (m.cookie_banner(banner) + f'<div class="hero"><p class="hero__intro">{intro}</p></div>' + m.quick_links(links)
            + m.teasers(news) + m.agenda(events))


# ====================================================================================================
# 99251 Castelbruyère: a vendor CMS (Stratis-like), Decidim on jeparticipe., Publik on demarches.
# ====================================================================================================

CB = "www.castelbruyere.fr"
CB_JP = "jeparticipe.castelbruyere.fr"
CB_DM = "demarches.castelbruyere.fr"


def _castelbruyere():
    dl = ("Démocratie locale", "/ma-ville/democratie-locale")
    news = [("/actualites/parc-des-oliviers", "Le parc des Oliviers rouvre ses allées", "Cadre de vie", "12 mars 2024"),
            ("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", "Économie", "8 mars 2024"),
            ("/actualites/tramway-ligne-3", "Ligne 3 du tramway : les travaux avancent", "Mobilités", "2 mars 2024")]
    events = [("16 mars", "Conseil municipal", "Hôtel de ville"), ("21 mars", "Réunion du conseil de quartier Écusson", "Salle Pétrarque"),
              ("30 mars", "Fête de la soupe", "Halles Laissac")]
    www = [
        page("/", "Accueil", _home(
            "Castelbruyère, 187 000 habitants, capitale du Bas-Languedoc.",
            [("/ma-ville/democratie-locale", "Castelbruyère Ensemble"), ("/ma-ville/democratie-locale/budget-participatif", "Budget participatif"),
             ("/ma-ville/democratie-locale/conseils-de-quartier", "Conseils de quartier"), (f"http://{CB_DM}/", "Mes démarches"),
             ("/contact", "Contacter la mairie"), ("/ma-ville/budget/budget-2024", "Budget de la ville"),
             ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/ma-ville/tranquillite/participation-citoyenne", "Tranquillité publique"),
             ("/ma-ville/recensement", "Recensement"), ("/urbanisme/enquete-publique-plu", "Enquête publique PLU"),
             ("/marches-publics", "Marchés publics"), ("/culture/concours-photo", "Concours photo"), ("/actualites", "Actualités"),
             ("/lettre-information", "Lettre d'information"), ("/ma-ville/democratie-locale/questionnaire-mobilites", "Questionnaire mobilités")],
            news, events)),
        page("/actualites", "Actualités", m.teasers(news + [("/actualites/budget-2024-vote", "Le budget 2024 adopté", "Finances", "1 mars 2024")], "Toutes les actualités")
             + m.newsletter("/lettre-information/inscription"), decoys={"contact_form"}),
        page("/ma-ville/democratie-locale", "Castelbruyère Ensemble : la participation citoyenne", m.with_sidebar(
            m.prose("Castelbruyère Ensemble réunit toutes les façons de prendre part aux décisions de la Ville : conseils de quartier, "
                    "budget participatif, concertations sur les grands projets et ateliers citoyens.",
                    "La charte de la participation, votée en 2021, fixe les engagements de la municipalité : informer en amont, "
                    "rendre compte des avis recueillis, expliquer les choix retenus.")
            + m.quick_links([("/ma-ville/democratie-locale/conseils-de-quartier", "Les 7 conseils de quartier"),
                             ("/ma-ville/democratie-locale/charte", "La charte de la participation"),
                             ("/ma-ville/democratie-locale/budget-participatif", "Le budget participatif"),
                             ("/ma-ville/democratie-locale/questionnaire-mobilites", "Questionnaire : vos déplacements"),
                             (f"http://{CB_JP}/", "La plateforme jeparticipe")], "Participer"),
            m.encart("Une question ?", "La mission démocratie locale vous répond du lundi au vendredi.", "/contact", "Écrire à la mission")),
             {"participation_displayed"}),
        page("/ma-ville/democratie-locale/charte", "La charte de la participation", m.prose(
            "Adoptée par le conseil municipal du 14 octobre 2021, la charte de la participation décrit les instances et les outils de la démocratie de proximité.",
            "Elle garantit à chaque habitant, dès 16 ans, le droit d'être informé, consulté et associé aux projets qui transforment son quartier.")
             + m.downloads([("/medias/charte-participation.pdf", "Télécharger la charte", "1,2 Mo")]), {"participation_displayed"}, parent=dl),
        page("/ma-ville/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Sept conseils de quartier réunissent habitants volontaires, associations et élus référents. Ils se réunissent en séance plénière trois fois par an et travaillent en commissions.",
            "Chaque conseil dispose d'une enveloppe de fonctionnement et donne son avis sur les projets d'aménagement.")
             + m.quick_links([("/ma-ville/democratie-locale/conseils-de-quartier/ecusson", "Écusson - Centre"),
                              ("/ma-ville/democratie-locale/conseils-de-quartier/croix-d-argent", "Croix-d'Argent")], "Les quartiers"),
             {"participation_displayed"}, parent=dl),
        page("/ma-ville/democratie-locale/conseils-de-quartier/ecusson", "Conseil de quartier Écusson - Centre", m.prose(
            "Prochaine séance plénière le jeudi 21 mars à 18 h 30, salle Pétrarque. Ordre du jour : piétonnisation de la rue de l'Aiguillerie, bilan de la commission propreté.",
            "Pour rejoindre le conseil, il suffit d'habiter le quartier et de s'inscrire auprès de la mairie de proximité.")
             + m.agenda([("21 mars", "Séance plénière", "Salle Pétrarque"), ("4 avril", "Commission cadre de vie", "Maison de quartier")], "Prochaines réunions"),
             {"participation_displayed"}, parent=dl),
        page("/ma-ville/democratie-locale/conseils-de-quartier/croix-d-argent", "Conseil de quartier Croix-d'Argent", m.prose(
            "Les comptes rendus des séances du conseil de quartier sont publiés ci-dessous. La dernière séance a porté sur l'aménagement des berges de la Mosson.")
             + m.downloads([("/medias/cq-croix-argent-cr-janvier.pdf", "Compte rendu de janvier", "340 Ko"),
                            ("/medias/cq-croix-argent-cr-octobre.pdf", "Compte rendu d'octobre", "310 Ko")]),
             {"participation_displayed"}, parent=dl),
        page("/ma-ville/democratie-locale/budget-participatif", "Le budget participatif", m.prose(
            "Un million d'euros par an pour des projets imaginés et choisis par les habitants : c'est le budget participatif de Castelbruyère.",
            "Chaque habitant de plus de 11 ans peut déposer un projet d'intérêt général puis voter pour ses projets préférés sur la plateforme jeparticipe.")
             + m.steps([("Dépôt des projets", "janvier - février"), ("Étude de faisabilité", "mars - mai"), ("Vote", "juin"), ("Réalisation", "à partir de septembre")], 0)
             + m.quick_links([(f"http://{CB_JP}/processes/bp-2024", "Déposer un projet sur jeparticipe"),
                              ("/ma-ville/democratie-locale/budget-participatif/laureats-2023", "Les lauréats 2023")], "Participer"),
             {"participatory_budget", "participation_displayed"}, parent=dl),
        # A past edition's winners: no longer open, but it presents the city's participatory budget and its voted projects.
        page("/ma-ville/democratie-locale/budget-participatif/laureats-2023", "Budget participatif 2023 : les projets lauréats", m.prose(
            "Plus de 14 000 votants ont choisi 23 projets lors de la troisième édition. Parmi eux : des jardins partagés à Figuerolles, un skatepark aux Cévennes, des fontaines à boire dans l'Écusson.",
            "Suivez l'avancement de leur réalisation quartier par quartier.")
             + '<table class="table"><thead><tr><th>Projet</th><th>Quartier</th><th>Votes</th><th>État</th></tr></thead><tbody>'
               '<tr><td>Jardins partagés de Figuerolles</td><td>Figuerolles</td><td>1 842</td><td>Réalisé</td></tr>'
               '<tr><td>Skatepark des Cévennes</td><td>Cévennes</td><td>1 610</td><td>En travaux</td></tr>'
               '<tr><td>Fontaines à boire</td><td>Écusson</td><td>1 377</td><td>Réalisé</td></tr></tbody></table>',
             {"participatory_budget"}, parent=("Budget participatif", "/ma-ville/democratie-locale/budget-participatif")),
        page("/ma-ville/democratie-locale/questionnaire-mobilites", "Questionnaire : vos déplacements au quotidien", m.prose(
            "Dans le cadre du plan local de mobilité, la Ville interroge les habitants sur leurs trajets. Le questionnaire est ouvert jusqu'au 30 avril.")
             + m.questionnaire("/ma-ville/democratie-locale/questionnaire-mobilites/envoyer", "Dix minutes suffisent, les réponses sont anonymes.", [
                 ("Comment vous rendez-vous le plus souvent au travail ?", ["Voiture", "Tramway ou bus", "Vélo", "À pied"]),
                 ("Êtes-vous satisfait des pistes cyclables de votre quartier ?", ["Oui", "Plutôt", "Non"]),
                 ("Que faudrait-il améliorer en priorité ?", None)]),
             {"poll", "participation_displayed"}, parent=dl),
        page("/ma-ville/budget/budget-2024", "Le budget 2024 de la ville", m.prose(
            "Le budget primitif 2024 s'élève à 412 millions d'euros, dont 118 millions d'investissement. Il a été voté par le conseil municipal le 18 décembre.",
            "Retrouvez le rapport d'orientation budgétaire, le compte administratif 2022 et la présentation croisée par fonction.")
             + m.downloads([("/medias/bp-2024.pdf", "Budget primitif 2024", "4,8 Mo"), ("/medias/ca-2022.pdf", "Compte administratif 2022", "5,1 Mo")]),
             decoys={"participatory_budget"}),
        page("/actualites/budget-2024-vote", "Le budget 2024 adopté", m.prose(
            "Réuni le 18 décembre, le conseil municipal a adopté le budget primitif 2024. La taxe foncière reste stable.",
            "L'investissement financera notamment la rénovation de trois groupes scolaires et la ligne 3 du tramway.")
             + m.share_buttons(f"http://{CB}/actualites/budget-2024-vote", "Budget 2024"), decoys={"participatory_budget"}),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 65 élus. Ses séances sont publiques et retransmises en direct.",
            "Prochaine séance : samedi 16 mars à 9 h. Ordre du jour : subventions aux associations, convention avec la Métropole, dénomination de voies.")
             + m.downloads([("/medias/odj-cm-16-mars.pdf", "Ordre du jour du 16 mars", "220 Ko")]), decoys={"participation_displayed"}),
        page("/ma-ville/tranquillite/participation-citoyenne", "Dispositif « Participation citoyenne »", m.prose(
            "Le dispositif de participation citoyenne, piloté par la police nationale, associe des habitants référents à la vigilance de leur quartier.",
            "Les référents signalent tout fait inhabituel aux forces de l'ordre. Il ne s'agit en aucun cas de se substituer à elles.")
             + m.encart("Devenir référent", "Adressez votre candidature au commissariat central.", None), decoys={"participation_displayed"}),
        page("/ma-ville/recensement", "Le recensement de la population", m.prose(
            "Chaque année, 8 % des logements de la ville sont recensés. Un agent recenseur muni d'une carte officielle vous remet vos codes pour répondre en ligne sur le site de l'Insee.",
            "Vos réponses sont confidentielles et ne servent qu'à établir des statistiques.")
             + '<p><a href="https://www.le-recensement-et-moi.fr/">Répondre au questionnaire du recensement</a></p>', decoys={"poll"}),
        page("/urbanisme/enquete-publique-plu", "Enquête publique : modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique sur la modification n° 4 du plan local d'urbanisme se tient du 2 au 31 avril.",
            "Le dossier est consultable en mairie ; le commissaire enquêteur tiendra quatre permanences. Les observations peuvent être consignées sur le registre papier.")
             + m.downloads([("/medias/arrete-enquete-plu.pdf", "Arrêté d'ouverture", "180 Ko")]), decoys={"poll"}),
        page("/marches-publics", "Marchés publics", m.prose(
            "Les appels d'offres de la Ville sont publiés sur le profil acheteur. Consultation en cours : entretien des espaces verts (lot 1 à 4), date limite de remise des offres le 12 avril.",
            "Un appel à candidatures pour l'occupation du domaine public (kiosques du parc) est également ouvert.")
             , decoys={"suggestion_call"}),
        page("/culture/concours-photo", "Concours photo « Ma ville au fil des saisons »", m.prose(
            "Amateurs de photographie, envoyez jusqu'à trois clichés de Castelbruyère avant le 15 mai. Un jury désignera cinq lauréats exposés aux Halles.",
            "Règlement du concours et bulletin de participation ci-dessous.")
             + m.downloads([("/medias/reglement-concours-photo.pdf", "Règlement", "150 Ko")]), decoys={"suggestion_call"}),
        page("/actualites/parc-des-oliviers", "Le parc des Oliviers rouvre ses allées", m.prose(
            "Après huit mois de travaux, le parc rouvre avec des aires de jeux neuves. Les bancs ombragés avaient été votés lors du budget participatif 2022.",
            "Inauguration samedi à 11 h en présence des élus du quartier.") + m.share_buttons(f"http://{CB}/actualites/parc-des-oliviers", "Parc des Oliviers"),
             decoys={"participatory_budget"}),
        page("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Le forum de l'emploi réunit 80 entreprises au Corum le jeudi 28 mars. Apportez vos CV !",
            "Ateliers de simulation d'entretien sur inscription.") + m.share_buttons(f"http://{CB}/actualites/forum-emploi", "Forum emploi"), decoys={"forum"}),
        page("/actualites/tramway-ligne-3", "Ligne 3 du tramway : les travaux avancent", m.prose(
            "Les rails sont posés avenue de la Liberté. La circulation sera rétablie à double sens à la fin du mois.",
            "Une réunion publique d'information se tiendra le 5 avril à la maison pour tous Albert-Camus.")),
        page("/contact", "Contacter la mairie", m.with_sidebar(m.prose(
            "Hôtel de ville, 1 place Georges-Frêche. Accueil du lundi au vendredi de 8 h 30 à 17 h 30. Téléphone : 04 67 00 00 00.",
            "Pour écrire aux services, utilisez le formulaire en ligne du portail des démarches.")
            + f'<p><a class="btn btn--primary" href="http://{CB_DM}/contacter-la-mairie/">Écrire à la mairie</a></p>'
            + '<p>Presse : <a href="mailto:presse@castelbruyere.fr">presse@castelbruyere.fr</a></p>',
            m.encart("Mairies de proximité", "Sept mairies de proximité vous accueillent dans les quartiers.")), decoys={"contact_form"}),
        page("/lettre-information", "Lettre d'information", m.prose("Chaque vendredi, l'essentiel de l'actualité de la ville dans votre boîte aux lettres électronique.")
             + m.newsletter("/lettre-information/inscription"), decoys={"contact_form"}),
    ]
    jp_base = "/processes/bp-2024/f/12/proposals"
    jp = [
        page("/", "Accueil", m.prose("Bienvenue sur jeparticipe, la plateforme de participation de la Ville de Castelbruyère.")
             + m.decidim_process_cards([("/processes/bp-2024", "Budget participatif 2024", "Dépôt des projets - jusqu'au 29 février"),
                                        ("/processes/plan-velo", "Plan vélo : donnez votre avis", "Concertation - jusqu'au 15 avril"),
                                        ("/processes/bp-2021", "Budget participatif 2021", "Processus terminé"),
                                        ("/assemblies/conseil-jeunes", "Conseil municipal des jeunes", "Assemblée")])
             + '<p><a href="/pages/faq">Aide et questions fréquentes</a></p>'),
        page("/processes/bp-2024", "Budget participatif 2024", m.decidim_process(
            "Budget participatif 2024", "Un million d'euros pour vos projets. Déposez vos idées d'investissement jusqu'au 29 février ; le vote aura lieu en juin.",
            "Dépôt des projets", [(jp_base, "Propositions"), ("/processes/bp-2024/f/14/budgets", "Vote"), ("/processes/bp-2024/f/13/pages", "Règlement")]),
             {"participatory_budget", "suggestion_call"}),
        page("/processes/bp-2024/f/13/pages", "Règlement du budget participatif", m.prose(
            "Article 1 : tout habitant de Castelbruyère âgé d'au moins 11 ans peut déposer un projet. Article 2 : le projet relève de l'investissement, "
            "d'intérêt général, et ne dépasse pas 150 000 euros.", "Article 3 : les projets recevables sont soumis au vote des habitants en juin."),
             {"participatory_budget"}, parent=("Budget participatif 2024", "/processes/bp-2024")),
        # The budget's filing step: residents are asked for their projects, an open call as well as the budget itself.
        page(jp_base, "Propositions", m.decidim_proposal_list(jp_base, [
            (341, "Des abris vélos sécurisés près des écoles", "Sandrine M.", "En évaluation", 6, 54),
            (342, "Un verger partagé au parc Montcalm", "Collectif Montcalm", "En évaluation", 3, 41),
            (343, "Éclairer le passage sous la voie ferrée", "Karim B.", "Publiée", 0, 12)]),
             {"participatory_budget", "suggestion_call"}, parent=("Budget participatif 2024", "/processes/bp-2024")),
        page(f"{jp_base}/341", "Des abris vélos sécurisés près des écoles", m.prose(
            "Beaucoup d'enfants viendraient à vélo s'ils pouvaient le garer en sécurité. Je propose des abris fermés devant les écoles Jules-Ferry et Condorcet.")
             + m.decidim_comments("Proposal-341", [("Lucie", "il y a 3 jours", "Excellente idée, à étendre aux collèges."),
                                                  ("Marc R.", "il y a 2 jours", "Attention à l'emprise sur le trottoir.")]),
             {"participatory_budget", "comments"}, parent=("Propositions", jp_base)),
        page(f"{jp_base}/342", "Un verger partagé au parc Montcalm", m.prose(
            "Planter une vingtaine d'arbres fruitiers entretenus par les habitants et l'école voisine.")
             + m.decidim_comments("Proposal-342", [("Anaïs", "il y a 5 jours", "Le collectif peut assurer l'arrosage l'été.")]),
             {"participatory_budget", "comments"}, parent=("Propositions", jp_base)),
        page(f"{jp_base}/343", "Éclairer le passage sous la voie ferrée", m.prose(
            "Le passage souterrain de la rue du Faubourg est très sombre le soir. Un éclairage LED le rendrait plus sûr.")
             + m.decidim_comments("Proposal-343", []), {"participatory_budget", "comments"}, parent=("Propositions", jp_base)),
        page("/processes/bp-2024/f/14/budgets", "Vote du budget participatif", m.prose("Le vote ouvrira le 3 juin. Voici les projets retenus à l'issue de l'étude de faisabilité de l'édition précédente, pour exemple.")
             + m.decidim_budget_projects([(71, "Fontaines à boire dans l'Écusson", "85 000"), (72, "Skatepark des Cévennes", "140 000")], "1 000 000"),
             {"participatory_budget"}, parent=("Budget participatif 2024", "/processes/bp-2024")),
        page("/processes/plan-velo", "Plan vélo : donnez votre avis", m.decidim_process(
            "Plan vélo", "La Ville prépare son plan vélo 2025-2030. Répondez au questionnaire et venez aux ateliers de quartier.",
            "Concertation", [("/processes/plan-velo/f/20/surveys", "Questionnaire"), ("/processes/plan-velo/f/21/meetings", "Rencontres")]),
             {"participation_displayed"}),
        page("/processes/plan-velo/f/20/surveys", "Questionnaire du plan vélo", m.decidim_survey("/processes/plan-velo/f/20/surveys/answer", [
            ("À quelle fréquence utilisez-vous un vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
            ("Quel aménagement vous ferait pédaler davantage ?", ["Pistes séparées", "Stationnement", "Zones 30"]),
            ("Un commentaire libre", None)]), {"poll"}, parent=("Plan vélo", "/processes/plan-velo")),
        page("/processes/plan-velo/f/21/meetings", "Rencontres du plan vélo", m.decidim_meetings([
            ("09", "avr.", "Atelier de quartier Hôpitaux-Facultés", "Maison pour tous Voltaire"),
            ("11", "avr.", "Balade à vélo commentée", "Départ place de la Comédie")]), {"participation_displayed"},
             parent=("Plan vélo", "/processes/plan-velo")),
        # A finished edition of the participatory budget: nothing to file or vote any more, but still the city's budget.
        page("/processes/bp-2021", "Budget participatif 2021", m.decidim_process(
            "Budget participatif 2021", "Première édition : 612 projets déposés, 9 800 votants, 19 projets réalisés.",
            "Processus terminé", [("/processes/bp-2021/f/5/results", "Suivi des réalisations")]), {"participatory_budget"}),
        page("/processes/bp-2021/f/5/results", "Suivi des réalisations", '<div class="accountability">'
             + m.decidim_budget_projects([(11, "Boîtes à livres dans les parcs", "12 000"), (12, "Ombrières de la cour Painlevé", "96 000")], "0", voting=False) + "</div>",
             {"participatory_budget"}, parent=("Budget participatif 2021", "/processes/bp-2021")),
        page("/assemblies/conseil-jeunes", "Conseil municipal des jeunes", m.prose(
            "Le conseil municipal des jeunes réunit 49 collégiens élus pour deux ans. Ils portent des projets de solidarité, d'environnement et de sport.")
             + m.decidim_meetings([("15", "mai", "Séance plénière du CMJ", "Salle du conseil")]), {"participation_displayed"}),
        page("/pages/faq", "Aide", m.accordion([("Comment créer un compte ?", "Cliquez sur « S'inscrire » et confirmez votre adresse."),
                                                ("Qui peut participer ?", "Toute personne habitant, travaillant ou étudiant à Castelbruyère.")])),
    ]
    dm = [
        page("/", "Mes démarches", m.search_form("/recherche") + m.quick_links([
            ("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur l'espace public"),
            ("/reserver-une-salle/", "Réserver une salle municipale"), ("/inscription-periscolaire/", "Inscription au périscolaire"),
            ("/payer-une-facture/", "Payer une facture")], "Démarches en ligne"), decoys={"contact_form"}),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", "Votre demande", [
            ("select:Madame|Monsieur", "Civilité"), ("text", "Nom"), ("email", "Courriel"),
            ("select:Question générale|État civil|Propreté|Autre", "Thème"), ("textarea", "Votre message")]), {"contact_form"}),
        # A report form: the resident writes a free-text description to the city's services, which is a message to the city.
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.wcs_form("/signaler-un-probleme/", "Le problème", [
            ("select:Dépôt sauvage|Éclairage|Voirie|Tag", "Nature du problème"), ("text", "Adresse"), ("file", "Photo"),
            ("textarea", "Description"), ("email", "Courriel pour le suivi")]), {"contact_form"}),
        page("/reserver-une-salle/", "Réserver une salle municipale", m.booking_form("/reserver-une-salle/", "une salle municipale"), decoys={"contact_form"}),
        page("/inscription-periscolaire/", "Inscription au périscolaire", m.registration_form("/inscription-periscolaire/", "accueil périscolaire"), decoys={"contact_form"}),
        page("/payer-une-facture/", "Payer une facture", m.payment_form("/payer-une-facture/"), decoys={"contact_form"}),
    ]
    return City("99251", "Castelbruyère", 187_400, "34", "76", "Occitanie", f"http://{CB}/", [
        Site(CB, "vendor", "Ville de Castelbruyère", www,
             menu=[("Ma ville", "/ma-ville/democratie-locale"), ("Actualités", "/actualites"), ("Démarches", f"http://{CB_DM}/"), ("Contact", "/contact")],
             accounts=[social("facebook", "VilledeCastelbruyere"), social("x", "Castelbruyere", "https://twitter.com/Castelbruyere"),
                       social("instagram", "castelbruyere_officiel"), social("linkedin", "ville-de-castelbruyere")],
             address="1 place Georges-Frêche, 34000 Castelbruyère"),
        Site(CB_JP, "decidim", "Jeparticipe Castelbruyère", jp, menu=[("Processus", "/"), ("Aide", "/pages/faq")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({DECIDIM})),
        Site(CB_DM, "publik", "Démarches - Castelbruyère", dm, menu=[("Accueil", "/"), ("Site de la ville", f"http://{CB}/")],
             address="Hôtel de ville de Castelbruyère"),
    ])


# ====================================================================================================
# 99252 Vernazelle: Drupal, CONSUL Democracy on decidons. ("Budget des Vernazellois"), a Discourse board.
# ====================================================================================================

VZ = "www.vernazelle.fr"
VZ_DC = "decidons.vernazelle.fr"
VZ_EX = "echanges.vernazelle.fr"


def _vernazelle():
    dp = ("Démocratie participative", "/democratie-participative")
    news = [("/actualites/renovation-piscine", "Piscine Jean-Bron : le chantier démarre", "Sports", "4 avril 2024"),
            ("/actualites/fermeture-pont", "Pont de la Gère fermé pour inspection", "Travaux", "2 avril 2024"),
            ("/actualites/forum-associations", "Forum des associations le 7 septembre", "Associations", "28 mars 2024"),
            ("/actualites/desserte-ferroviaire", "Desserte ferroviaire : la Ville mobilisée", "Mobilités", "20 mars 2024")]
    events = [("10 avril", "Comité d'habitants Mistral-Eaux-Claires", "Maison des habitants"),
              ("13 avril", "Balade urbaine du PLU", "Place Notre-Dame")]
    www = [
        page("/", "Accueil", _home("Ville de Vernazelle, 158 000 habitants, au pied du Vercors.",
             [("/democratie-participative", "Vernazelle en commun"), ("/democratie-participative/budget-des-vernazellois", "Budget des Vernazellois"),
              (f"http://{VZ_DC}/", "Décidons Vernazelle"), (f"http://{VZ_EX}/", "Le forum des quartiers"),
              ("/jeunesse/questionnaire-jeunes", "Jeunes : votre avis"), ("/finances/compte-administratif", "Finances"),
              ("/vie-associative/appel-a-projets-associations", "Subventions aux associations"), ("/sondages/rythmes-scolaires", "Rythmes scolaires : résultats"),
              ("/contact", "Contact"), ("/actualites", "Actualités")], news, events, "axeptio")),
        page("/actualites", "Actualités", m.teasers(news, "Actualités")),
        page("/democratie-participative", "Vernazelle en commun", m.prose(
            "Vernazelle en commun, c'est la démarche de démocratie participative de la Ville : des comités d'habitants dans chaque secteur, "
            "un budget participatif, des conseils citoyens dans les quartiers prioritaires et une plateforme en ligne, Décidons Vernazelle.",
            "La Ville s'engage à publier un retour sur chaque concertation.")
             + m.quick_links([("/democratie-participative/comites-habitants", "Les comités d'habitants"),
                              ("/democratie-participative/conseils-citoyens", "Les conseils citoyens"),
                              ("/democratie-participative/budget-des-vernazellois", "Le Budget des Vernazellois"),
                              (f"http://{VZ_DC}/", "Participer en ligne")], "Vos instances"), {"participation_displayed"}),
        page("/democratie-participative/comites-habitants", "Les comités d'habitants", m.prose(
            "Six comités d'habitants, un par secteur, sont ouverts à toute personne vivant ou travaillant dans le secteur. Ils se réunissent au moins quatre fois par an.",
            "Ils sont consultés sur les projets d'aménagement et peuvent saisir le conseil municipal d'une question.")
             + m.agenda(events, "Prochaines réunions"), {"participation_displayed"}, parent=dp),
        page("/democratie-participative/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Créés par la loi de programmation pour la ville de 2014, les conseils citoyens associent habitants tirés au sort et acteurs locaux des quartiers prioritaires.",
            "À Vernazelle, trois conseils citoyens siègent au comité de pilotage du contrat de ville : Villeneuve, Mistral et Teisseire."),
             {"participation_displayed"}, parent=dp),
        page("/democratie-participative/budget-des-vernazellois", "Le Budget des Vernazellois", m.prose(
            "Avec le Budget des Vernazellois, 800 000 euros sont réservés chaque année à des projets proposés par les habitants. "
            "Cette année, la phase de soutien est en cours : choisissez les projets qui iront au vote final.")
             + m.steps([("Propositions", "janvier"), ("Soutiens", "mars - avril"), ("Vote final", "mai")], 1)
             + f'<p><a class="button" href="http://{VZ_DC}/budgets/3">Soutenir des projets</a> <a href="/democratie-participative/budget-des-vernazellois/reglement">Lire le règlement</a></p>',
             {"participatory_budget"}, parent=dp),
        page("/democratie-participative/budget-des-vernazellois/reglement", "Règlement du Budget des Vernazellois", m.prose(
            "Peuvent proposer et voter les personnes âgées de 12 ans et plus, habitant à Vernazelle. Les projets relèvent de la compétence de la Ville et de l'investissement.",
            "Chaque votant dispose de trois voix à répartir. Les projets les mieux classés sont retenus dans la limite de l'enveloppe.")
             + m.downloads([("/sites/default/files/reglement-bdv.pdf", "Règlement complet", "420 Ko")]),
             {"participatory_budget"}, parent=("Le Budget des Vernazellois", "/democratie-participative/budget-des-vernazellois")),
        page("/actualites/renovation-piscine", "Piscine Jean-Bron : le chantier démarre", m.prose(
            "La rénovation de la piscine Jean-Bron commence lundi pour dix-huit mois. Les clubs sont relogés à la piscine des Dauphins.")
             + m.drupal_comments([("Nageuse du dimanche", "5 avril 2024", "Et les créneaux du public le week-end ?"),
                                  ("Service des sports", "5 avril 2024", "Ils sont maintenus aux Dauphins le samedi matin.")], 512), {"comments"}),
        page("/actualites/fermeture-pont", "Pont de la Gère fermé pour inspection", m.prose(
            "Le pont sera fermé à la circulation les 15 et 16 avril pour son inspection décennale. Une déviation est mise en place.")
             + '<section class="field field--name-comment"><p class="comments-closed">Les commentaires sont fermés pour ce contenu.</p></section>',
             decoys={"comments"}),
        page("/actualites/forum-associations", "Forum des associations le 7 septembre", m.prose(
            "Plus de 200 associations vous attendent à l'Alpexpo pour le forum des associations. Démonstrations et inscriptions toute la journée."),
             decoys={"forum"}),
        page("/actualites/desserte-ferroviaire", "Desserte ferroviaire : la Ville mobilisée", m.prose(
            "Le maire a écrit au président de la région pour le maintien des TER du soir. Une pétition nationale pour les petites lignes circule : "
            "<a href='https://www.change.org/p/pour-des-trains-du-quotidien'>signer sur change.org</a>."), decoys={"petition"}),
        page("/finances/compte-administratif", "Compte administratif et budget", m.prose(
            "Le compte administratif 2023 fait apparaître un excédent de fonctionnement de 21 millions d'euros. Le budget primitif 2024 a été voté le 11 décembre.",
            "Ces documents budgétaires sont consultables en mairie et téléchargeables ci-dessous.")
             + m.downloads([("/sites/default/files/ca-2023.pdf", "Compte administratif 2023", "6 Mo")]), decoys={"participatory_budget"}),
        page("/vie-associative/appel-a-projets-associations", "Appel à projets associatif 2025", m.prose(
            "Les associations vernazelloises peuvent solliciter une subvention de projet jusqu'au 31 octobre. Les dossiers sont instruits par la direction de la vie associative.",
            "Critères : intérêt local, cofinancements, public des quartiers prioritaires."), decoys={"suggestion_call"}),
        page("/jeunesse/questionnaire-jeunes", "Jeunes : donnez votre avis sur les loisirs", m.prose(
            "Tu as entre 11 et 25 ans ? Aide la Ville à imaginer les loisirs de demain en répondant à ce questionnaire.")
             + m.drupal_webform("/jeunesse/questionnaire-jeunes", [
                 ("age", "radios:11-14 ans|15-17 ans|18-25 ans", "Ton âge"),
                 ("activite", "radios:Sport|Musique|Jeux vidéo|Sorties", "Ce que tu fais le plus"),
                 ("idee", "textarea", "Ce qui manque à Vernazelle")], "Envoyer mes réponses"), {"poll"}),
        page("/sondages/rythmes-scolaires", "Rythmes scolaires : les résultats de la consultation", m.prose(
            "La consultation des familles sur les rythmes scolaires est close. Voici les résultats ; le conseil municipal en a tenu compte.")
             + m.poll_results("Êtes-vous favorable à la semaine de quatre jours ?", [("Oui", 61), ("Non", 33), ("Sans avis", 6)], "4 212", "15 janvier"),
             decoys={"poll"}),
        page("/contact", "Contact", m.prose("Une question, une demande ? Les services municipaux vous répondent sous huit jours ouvrés.")
             + m.drupal_webform("/contact", [("nom", "text", "Nom"), ("email", "email", "Courriel"), ("sujet", "text", "Sujet"),
                                             ("message", "textarea", "Message")]), {"contact_form"}),
    ]
    inv = "/budgets/3/investments"
    dc = [
        page("/", "Décidons Vernazelle", m.prose("La plateforme de participation de la Ville de Vernazelle : propositions, débats, votes et Budget des Vernazellois.")
             + m.quick_links([("/budgets/3", "Budget des Vernazellois 2024"), ("/proposals", "Propositions citoyennes"), ("/debates", "Débats"),
                              ("/polls", "Votations"), ("/budgets/2", "Budget 2023"), ("/legislation/processes/5", "Charte de la vie nocturne")], "Participer")),
        page("/budgets/3", "Budget des Vernazellois 2024", m.prose("Phase de soutiens : sélectionnez les projets qui passeront au vote final. 800 000 € à répartir.")
             + f'<p><a class="button" href="{inv}">Voir les projets</a></p>', {"participatory_budget"}),
        page(inv, "Projets d'investissement", m.consul_investments(inv, [
            (118, "Un jardin de pluie rue Thiers", "Centre-Gares", 4, 212, "Désimperméabiliser un parking pour créer un jardin."),
            (119, "Agrès sportifs au parc Paul-Mistral", "Île-Verte", 2, 187, "Un espace de musculation en plein air."),
            (120, "Bancs et ombrages place Saint-Bruno", "Berriat", 0, 95, "Pour que les anciens puissent s'asseoir à l'ombre.")], "Soutiens"),
             {"participatory_budget"}, parent=("Budget 2024", "/budgets/3")),
        page(f"{inv}/118", "Un jardin de pluie rue Thiers", m.prose("Remplacer vingt places de parking par un jardin qui absorbe les eaux de pluie et rafraîchit la rue.")
             + m.consul_comments(118, [("Élise", "il y a 2 jours", "Oui ! La rue est une fournaise en été."),
                                       ("Jean-Marc", "hier", "Où se garer ensuite ?")]), {"participatory_budget", "comments"}, parent=("Projets", inv)),
        page(f"{inv}/119", "Agrès sportifs au parc Paul-Mistral", m.prose("Installer six agrès de musculation près du stade.")
             + m.consul_comments(119, [("Yanis", "il y a 4 jours", "Pensez aux personnes à mobilité réduite.")]),
             {"participatory_budget", "comments"}, parent=("Projets", inv)),
        page(f"{inv}/120", "Bancs et ombrages place Saint-Bruno", m.prose("Dix bancs et des voiles d'ombrage sur la place du marché.")
             + m.consul_comments(120, []), {"participatory_budget", "comments"}, parent=("Projets", inv)),
        page("/budgets/2", "Budget des Vernazellois 2023 - résultats", m.prose("Édition terminée. 11 projets lauréats sur 64 soumis au vote, 7 300 participants.")
             + '<table class="table"><tr><th>Projet</th><th>Voix</th></tr><tr><td>Composteurs collectifs</td><td>2 104</td></tr><tr><td>Fresques du quartier Berriat</td><td>1 880</td></tr></table>',
             {"participatory_budget"}),
        page("/proposals", "Propositions citoyennes", m.prose("Vous avez une idée pour Vernazelle ? Publiez une proposition : si elle recueille 1 % de soutiens, la Ville l'étudie.")
             + '<p><a class="button" href="/users/sign_in">Créer une proposition</a></p>'
             + '<div id="proposals"><div class="proposal clear" id="proposal_45"><h3><a href="/proposals/45">Des toilettes publiques au jardin de Ville</a></h3><p>312 soutiens</p></div>'
               '<div class="proposal clear" id="proposal_46"><h3><a href="/proposals/46">Une navette pour le marché de l\'Estacade</a></h3><p>88 soutiens</p></div></div>',
             {"suggestion_call"}),
        page("/proposals/45", "Des toilettes publiques au jardin de Ville", m.prose("Il n'existe aucun sanitaire public dans le jardin, très fréquenté par les familles.")
             + m.consul_comments(45, [("Claire", "il y a 6 jours", "Indispensable, je soutiens.")], "Proposal"),
             {"suggestion_call", "comments"}, parent=("Propositions", "/proposals")),
        page("/proposals/46", "Une navette pour le marché de l'Estacade", m.prose("Une navette le samedi matin pour les personnes âgées des Eaux-Claires.")
             + m.consul_comments(46, [], "Proposal"), {"suggestion_call", "comments"}, parent=("Propositions", "/proposals")),
        # CONSUL debates: residents open threads and others reply below; a board in all but name.
        page("/debates", "Débats", m.prose("Lancez un débat sur un sujet qui concerne la ville et échangez avec les autres habitants.")
             + '<p><a class="button" href="/users/sign_in">Lancer un débat</a></p><div id="debates">'
               '<div class="debate clear" id="debate_27"><h3><a href="/debates/27">Faut-il piétonniser la Grande-Rue ?</a></h3><p>34 commentaires</p></div></div>',
             {"forum"}),
        page("/debates/27", "Faut-il piétonniser la Grande-Rue ?", m.prose("La Grande-Rue est saturée le samedi. La rendre piétonne serait-il bon pour les commerces ?")
             + m.consul_comments(27, [("Paul", "il y a 3 jours", "Les commerçants craignent de perdre leurs clients motorisés."),
                                      ("Nora", "il y a 2 jours", "À Annecy cela a très bien marché.")], "Debate"),
             {"forum", "comments"}, parent=("Débats", "/debates")),
        # The platform's index of votes, one of them open and answered one click away: the poll space itself.
        page("/polls", "Votations", m.prose("Votations en cours et terminées.")
             + '<ul class="polls-list"><li><a href="/polls/4">Quel nom pour la future passerelle ?</a> (en cours)</li>'
               '<li><a href="/polls/2/results">Horaires d\'été des parcs</a> (terminée)</li></ul>', {"poll"}),
        page("/polls/4", "Quel nom pour la future passerelle ?", m.prose("Votez jusqu'au 30 avril pour le nom de la passerelle piétonne sur l'Isère.")
             + '<form class="poll-question" action="/polls/4/answers" method="post"><fieldset><legend>Votre choix</legend>'
               '<label><input type="radio" name="answer" value="1"> Passerelle Simone-Veil</label><label><input type="radio" name="answer" value="2"> Passerelle des Deux-Rives</label>'
               '<label><input type="radio" name="answer" value="3"> Passerelle Stendhal</label></fieldset><input type="submit" class="button" value="Voter"></form>',
             {"poll"}, parent=("Votations", "/polls")),
        page("/polls/2/results", "Horaires d'été des parcs : résultats", m.poll_results(
            "Faut-il fermer les parcs à 23 h en été ?", [("Oui", 58), ("Non", 42)], "2 930", "31 mai 2023"), decoys={"poll"}, parent=("Votations", "/polls")),
        page("/legislation/processes/5", "Charte de la vie nocturne", m.prose(
            "La Ville co-écrit avec les habitants, les bars et les étudiants une charte de la vie nocturne. Commentez le projet de texte article par article jusqu'au 20 mai.")
             + '<div class="legislation-draft"><h2>Article 1 - Horaires</h2><p>Les terrasses ferment à 1 h du jeudi au samedi.</p></div>',
             {"participation_displayed"}),
    ]
    ex = [
        page("/", "Derniers sujets", m.prose("Le forum des quartiers de Vernazelle : posez vos questions, partagez vos idées, échangez entre voisins. Modéré par la Ville.")
             + m.discourse_topic_list([(31, "parking-velo-gare", "Stationnement vélo à la gare : retours d'expérience", "mobilites", 14, 530),
                                       (32, "jardins-partages-berriat", "Jardins partagés à Berriat : qui est partant ?", "cadre-de-vie", 9, 288)])
             + '<p><a href="/c/mobilites">Catégorie Mobilités</a></p>'),
        page("/c/cadre-de-vie", "Cadre de vie", m.discourse_topic_list([(32, "jardins-partages-berriat", "Jardins partagés à Berriat : qui est partant ?", "cadre-de-vie", 9, 288)])),
        page("/c/mobilites", "Mobilités", m.discourse_topic_list([(31, "parking-velo-gare", "Stationnement vélo à la gare : retours d'expérience", "mobilites", 14, 530)])),
        # A thread where one reply names the city's participatory budget in passing: a board, not the budget.
        page("/t/parking-velo-gare/31", "Stationnement vélo à la gare : retours d'expérience", m.discourse_topic([
            ("velotaf38", "3 avril 2024", "Le nouveau parking sécurisé est plein dès 8 h. Quelqu'un sait s'il sera agrandi ?"),
            ("m_rousset", "3 avril 2024", "Il y a un projet dans le Budget des Vernazellois, allez le soutenir."),
            ("Ville_de_Vernazelle", "4 avril 2024", "Une extension de 200 places est prévue en 2025.")]), decoys={"participatory_budget"}),
        page("/t/jardins-partages-berriat/32", "Jardins partagés à Berriat : qui est partant ?", m.discourse_topic([
            ("lea_b", "28 mars 2024", "Nous cherchons des voisins pour créer une association de jardiniers."),
            ("Gaston", "29 mars 2024", "Je suis à deux rues, comptez sur moi.")])),
    ]
    return City("99252", "Vernazelle", 158_300, "38", "84", "Auvergne-Rhône-Alpes", f"http://{VZ}/", [
        Site(VZ, "drupal", "Ville de Vernazelle", www,
             menu=[("Démocratie participative", "/democratie-participative"), ("Actualités", "/actualites"), ("Contact", "/contact"), ("Décidons", f"http://{VZ_DC}/")],
             accounts=[social("facebook", "vernazelle"), social("instagram", "villedevernazelle"), social("youtube", "VilleDeVernazelle"),
                       social("mastodon", "vernazelle@social.vernazelle.fr")],
             address="11 boulevard Jean-Pain, 38000 Vernazelle"),
        Site(VZ_DC, "consul", "Décidons Vernazelle", dc, menu=[("Accueil", "/"), ("Budget", "/budgets/3"), ("Propositions", "/proposals"), ("Débats", "/debates"), ("Votations", "/polls")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({CONSUL})),
        Site(VZ_EX, "discourse", "Le forum des quartiers de Vernazelle", ex, menu=[("Derniers", "/"), ("Mobilités", "/c/mobilites")],
             features=frozenset({"forum"})),
    ])


# ====================================================================================================
# 99253 Saint-Olrique: TYPO3, a right of petition and a Cap Collectif space ("Saint-Olrique Participe").
# ====================================================================================================

SO = "www.saint-olrique.fr"
SO_CC = "saintolrique.cap-collectif.com"


def _saint_olrique():
    pa = ("Participer", "/participer")
    cc = f"http://{SO_CC}"
    news = [("/actualites/enquete-insee-cadre-de-vie", "L'Insee enquête sur le cadre de vie et la sécurité", "Vie pratique", "9 avril 2024"),
            ("/actualites/conseil-municipal-11-avril", "Conseil municipal du 11 avril", "Institution", "5 avril 2024"),
            ("/actualites/hopital-de-la-lys", "Hôpital de la Lys : la maternité en question", "Santé", "29 mars 2024")]
    www = [
        page("/", "Accueil", _home("Bienvenue à Saint-Olrique, 121 000 habitants, porte des Flandres.",
             [("/participer", "Saint-Olrique participe"), ("/participer/budget-citoyen", "Budget citoyen"), ("/participer/droit-de-petition", "Droit de pétition"),
              ("/participer/boite-a-idees", "Boîte à idées"), ("/participer/conseils-citoyens", "Conseils citoyens"), ("/participer/maisons-de-quartier", "Maisons de quartier"),
              ("/emploi", "La Ville recrute"), ("/contact", "Nous contacter"), ("/actualites", "Toutes les actualités"), (cc + "/", "La plateforme participative")],
             news, [("13 avril", "Braderie de printemps", "Centre-ville"), ("18 avril", "Atelier du budget citoyen", "Maison de quartier du Pile")])),
        page("/actualites", "Actualités", m.teasers(news, "Actualités")),
        page("/participer", "Saint-Olrique participe", m.prose(
            "Habitants, associations, commerçants : la Ville vous associe à ses décisions. Conseils citoyens, budget citoyen, droit de pétition, "
            "concertations en ligne et en réunion publique composent notre démarche de participation.",
            "Un adjoint au maire est chargé de la démocratie participative et un service dédié accompagne vos initiatives.")
             + m.quick_links([("/participer/conseils-citoyens", "Conseils citoyens"), ("/participer/budget-citoyen", "Budget citoyen"),
                              ("/participer/droit-de-petition", "Droit de pétition"), ("/participer/boite-a-idees", "Boîte à idées"),
                              (cc + "/project/quartier-gare/consultation/consultation", "Concertation quartier de la gare")], "Comment participer ?"),
             {"participation_displayed"}),
        page("/participer/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans chacun des quatre quartiers prioritaires de la politique de la ville (Pile, Épeule, Alma, Trois-Ponts), un conseil citoyen réunit habitants tirés au sort et acteurs locaux.",
            "Les conseils citoyens participent au pilotage du contrat de ville et portent des projets pour leur quartier. Ils sont accompagnés par le centre social."),
             {"participation_displayed"}, parent=pa),
        # Maisons de quartier here are social and leisure centres: activities and registrations, no say in decisions.
        page("/participer/maisons-de-quartier", "Les maisons de quartier", m.prose(
            "Les six maisons de quartier proposent accueil de loisirs, ateliers cuisine, aide aux devoirs et sorties familles.",
            "Inscriptions aux activités à l'accueil de chaque maison, sur présentation d'un justificatif de domicile.")
             + m.agenda([("17 avril", "Atelier couture", "Maison de quartier de l'Alma"), ("20 avril", "Sortie à la mer", "Maison de quartier du Pile")]),
             decoys={"participation_displayed"}, parent=pa),
        # The city's right of petition presented, with its threshold and the space where residents file and sign.
        page("/participer/droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2022, toute personne de 16 ans et plus habitant Saint-Olrique peut déposer une pétition sur la plateforme participative de la Ville.",
            "Une pétition qui réunit 1 500 signatures en six mois est inscrite à l'ordre du jour du conseil municipal, en présence de son auteur.")
             + f'<p><a class="btn btn-primary" href="{cc}/project/petitions/collect/petitions">Déposer ou signer une pétition</a></p>',
             {"petition", "participation_displayed"}, parent=pa),
        page("/participer/budget-citoyen", "Le budget citoyen", m.prose(
            "Le budget citoyen consacre 600 000 euros aux projets des habitants. Dépôt des projets jusqu'au 30 avril sur la plateforme, vote en octobre.")
             + m.steps([("Dépôt", "mars - avril"), ("Analyse", "mai - août"), ("Vote", "octobre"), ("Réalisation", "2025")], 0)
             + f'<p><a href="{cc}/project/budget-citoyen-2024/presentation/presentation">Participer au budget citoyen 2024</a></p>',
             {"participatory_budget", "suggestion_call"}, parent=pa),
        # An idea box: an explicit call for suggestions whose free-text field is also a message to the city's services.
        page("/participer/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Saint-Olrique ? Déposez-la dans la boîte à idées : chaque idée reçoit une réponse du service concerné.")
             + m.vendor_contact("/participer/boite-a-idees", ("Propreté", "Mobilités", "Sport et loisirs", "Autre idée")).replace("Votre message *", "Votre idée *"),
             {"suggestion_call", "contact_form"}, parent=pa),
        page("/actualites/enquete-insee-cadre-de-vie", "L'Insee enquête sur le cadre de vie et la sécurité", m.prose(
            "L'Insee réalise jusqu'au 30 juin une enquête sur le cadre de vie et la sécurité. Quelques ménages de la commune seront sollicités par un enquêteur muni d'une carte officielle.",
            "Merci de lui réserver le meilleur accueil ; les réponses restent strictement confidentielles."), decoys={"poll"}),
        page("/actualites/conseil-municipal-11-avril", "Conseil municipal du 11 avril", m.prose(
            "Le conseil municipal se réunit jeudi 11 avril à 18 h en salle des fêtes. À l'ordre du jour : tarifs de la restauration scolaire, subventions aux clubs sportifs, "
            "rapport de la commission des finances. La séance est publique."), decoys={"participation_displayed"}),
        page("/actualites/hopital-de-la-lys", "Hôpital de la Lys : la maternité en question", m.prose(
            "Le conseil de surveillance de l'hôpital examinera en mai l'avenir de la maternité. Un collectif d'usagers a lancé une pétition sur "
            "<a href='https://www.mesopinions.com/petition/sante/maternite-lys/210000'>mesopinions.com</a>.",
            "La municipalité a demandé à être reçue par l'agence régionale de santé."), decoys={"petition"}),
        page("/emploi", "La Ville recrute", m.prose(
            "Appel à candidatures : animateur périscolaire (H/F), agent des espaces verts (H/F), chargé de mission participation citoyenne (H/F).",
            "Envoyez CV et lettre de motivation avant le 30 avril à la direction des ressources humaines.")
             + '<p><a href="mailto:recrutement@saint-olrique.fr">recrutement@saint-olrique.fr</a></p>', decoys={"suggestion_call", "contact_form"}),
        page("/contact", "Nous contacter", m.prose("Hôtel de ville, place Foch. Standard : 03 20 00 00 00.") + m.vendor_contact("/contact"), {"contact_form"}),
    ]
    bp, pet = "/project/budget-citoyen-2024", "/project/petitions"
    bp_steps = [("presentation", "presentation", "Présentation", ""), ("collect", "depot-des-projets", "Dépôt des projets", "1 mars - 30 avril"),
                ("selection", "vote", "Vote", "1 - 31 octobre")]
    capco = [
        page("/", "Saint-Olrique Participe", m.prose("La plateforme participative de la Ville de Saint-Olrique.")
             + m.quick_links([(bp + "/presentation/presentation", "Budget citoyen 2024"), (pet + "/collect/petitions", "Pétitions"),
                              ("/project/quartier-gare/consultation/consultation", "Quartier de la gare : concertation"),
                              ("/project/idees-ete/collect/vos-idees", "Un été à Saint-Olrique : vos idées"),
                              ("/project/budget-citoyen-2022/selection/laureats", "Budget citoyen 2022")], "Projets participatifs")),
        page(bp + "/presentation/presentation", "Budget citoyen 2024", m.capco_steps("budget-citoyen-2024", bp_steps, 0)
             + m.prose("Vous avez une idée de projet pour votre quartier ? Déposez-la : 600 000 € sont réservés aux projets des habitants."),
             {"participatory_budget", "suggestion_call"}),
        page(bp + "/collect/depot-des-projets", "Dépôt des projets", m.capco_steps("budget-citoyen-2024", bp_steps, 1)
             + m.capco_proposals("budget-citoyen-2024", "collect/depot-des-projets", [
                 ("une-fresque-rue-de-lille", "Une fresque participative rue de Lille", "Amandine", "Centre", 42, 3),
                 ("ruches-parc-barbieux", "Des ruches au parc Barbieux", "Rucher école", "Barbieux", 28, 1)]) + m.capco_opinion_form("/proposals/new"),
             {"participatory_budget", "suggestion_call"}, parent=("Budget citoyen 2024", bp + "/presentation/presentation")),
        page(bp + "/collect/depot-des-projets/proposals/une-fresque-rue-de-lille", "Une fresque participative rue de Lille", m.prose(
            "Inviter les enfants des écoles à peindre avec un artiste le mur aveugle de la rue de Lille.")
             + '<div id="proposal-page-comments" class="comments"><h3>Commentaires (2)</h3><div class="opinion opinion--comment"><p class="opinion__user">Hervé</p><p>Magnifique idée pour ce mur triste.</p></div>'
               '<div class="opinion opinion--comment"><p class="opinion__user">Sonia</p><p>Mon fils participera !</p></div>'
               '<form class="comment-form" action="/comments" method="post"><textarea name="body" aria-label="Votre commentaire"></textarea><button class="btn btn-primary" type="submit">Commenter</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Dépôt des projets", bp + "/collect/depot-des-projets")),
        page(bp + "/collect/depot-des-projets/proposals/ruches-parc-barbieux", "Des ruches au parc Barbieux", m.prose(
            "Installer quatre ruches pédagogiques gérées par le rucher école, avec des visites pour les classes.")
             + '<div id="proposal-page-comments" class="comments"><h3>Commentaires (0)</h3><p>Soyez le premier à commenter.</p>'
               '<form class="comment-form" action="/comments" method="post"><textarea name="body" aria-label="Votre commentaire"></textarea><button class="btn btn-primary" type="submit">Commenter</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Dépôt des projets", bp + "/collect/depot-des-projets")),
        page("/project/budget-citoyen-2022/selection/laureats/proposals/street-workout", "Aire de street workout à l'Épeule", m.prose(
            "Projet lauréat 2022, réalisé en juin 2023 : dix agrès de street workout en accès libre près du collège.")
             + '<p class="label label-success">Réalisé</p>', {"participatory_budget"},
             parent=("Budget citoyen 2022", "/project/budget-citoyen-2022/selection/laureats")),
        # An idea filed during a call that has closed: the call is over and no comment can be added.
        page("/project/idees-ete/collect/vos-idees/proposals/cinema-plein-air", "Cinéma en plein air au parc", m.prose(
            "Trois séances de cinéma en plein air en juillet, avec des films choisis par les habitants.")
             + '<div class="comments"><p>Les commentaires sont fermés pour cette étape.</p></div>', decoys={"comments"},
             parent=("Vos idées", "/project/idees-ete/collect/vos-idees")),
        page(bp + "/selection/vote", "Vote", m.capco_steps("budget-citoyen-2024", bp_steps, 2)
             + m.prose("Le vote ouvrira le 1er octobre. Chaque habitant pourra soutenir jusqu'à cinq projets."), {"participatory_budget"},
             parent=("Budget citoyen 2024", bp + "/presentation/presentation")),
        # Results of a finished edition: the participatory budget itself is still what the page is about.
        page("/project/budget-citoyen-2022/selection/laureats", "Budget citoyen 2022 : les lauréats", m.prose("Édition 2022 terminée : 14 projets lauréats, 5 600 votants.")
             + m.capco_proposals("budget-citoyen-2022", "selection/laureats", [("street-workout", "Aire de street workout à l'Épeule", "Yassine", "Épeule", 612, 8)], open_=False),
             {"participatory_budget"}),
        page(pet + "/collect/petitions", "Pétitions", m.prose("Déposez une pétition ou signez celles des autres habitants. Seuil : 1 500 signatures en six mois.")
             + m.petition_card(pet + "/collect/petitions/proposals/sauvons-le-kiosque", "Rénover le kiosque du parc Barbieux", 934, 1500)
             + m.petition_card(pet + "/collect/petitions/proposals/navette-cimetiere", "Une navette vers le cimetière le dimanche", 211, 1500)
             + m.petition_new("/petitions/new"), {"petition"}),
        page(pet + "/collect/petitions/proposals/sauvons-le-kiosque", "Rénover le kiosque du parc Barbieux", m.prose(
            "Le kiosque à musique de 1905 se dégrade. Nous demandons à la Ville de le restaurer et d'y programmer des concerts l'été.")
             + m.petition_sign("/petitions/sauvons-le-kiosque/sign", 934, 1500), {"petition"}, parent=("Pétitions", pet + "/collect/petitions")),
        page(pet + "/collect/petitions/proposals/navette-cimetiere", "Une navette vers le cimetière le dimanche", m.prose(
            "Les personnes âgées du quartier de l'Alma ne peuvent pas se rendre au cimetière le dimanche, faute de bus.")
             + m.petition_sign("/petitions/navette-cimetiere/sign", 211, 1500), {"petition"}, parent=("Pétitions", pet + "/collect/petitions")),
        page("/project/quartier-gare/consultation/consultation", "Quartier de la gare : concertation", m.prose(
            "La Ville engage la concertation préalable sur le réaménagement du quartier de la gare. Donnez votre avis sur les trois scénarios et répondez au questionnaire.")
             + '<p><a href="/project/quartier-gare/questionnaire/questionnaire">Répondre au questionnaire</a></p>', {"participation_displayed"}),
        page("/project/quartier-gare/questionnaire/questionnaire", "Questionnaire quartier de la gare", m.questionnaire(
            "/project/quartier-gare/questionnaire/reply", "Cinq questions pour orienter le projet.", [
                ("Quel scénario préférez-vous ?", ["Parc central", "Place minérale et halles", "Gare routière agrandie"]),
                ("Combien de fois par semaine passez-vous par la gare ?", ["Jamais", "1 à 2 fois", "Tous les jours"]),
                ("Vos remarques", None)]), {"poll"}, parent=("Quartier de la gare", "/project/quartier-gare/consultation/consultation")),
        # A call for ideas whose filing step has ended: still an explicit call, the ideas stay on show.
        page("/project/idees-ete/collect/vos-idees", "Un été à Saint-Olrique : vos idées", m.prose(
            "Nous vous avions demandé vos idées d'animations pour l'été. Le dépôt est terminé : merci pour vos 187 idées, que la Ville étudie.")
             + m.capco_proposals("idees-ete", "collect/vos-idees", [("cinema-plein-air", "Cinéma en plein air au parc", "Léo", "Barbieux", 77, 4)], open_=False),
             {"suggestion_call"}),
    ]
    return City("99253", "Saint-Olrique", 121_200, "59", "32", "Hauts-de-France", f"http://{SO}/", [
        Site(SO, "typo3", "Ville de Saint-Olrique", www, menu=[("Participer", "/participer"), ("Actualités", "/actualites"), ("Emploi", "/emploi"), ("Contact", "/contact")],
             accounts=[social("facebook", "SaintOlrique"), social("x", "VilleStOlrique", "https://x.com/VilleStOlrique"), social("youtube", "SaintOlriqueTV")],
             address="Place Foch, 59100 Saint-Olrique"),
        Site(SO_CC, "capcollectif", "Saint-Olrique Participe", capco, menu=[("Accueil", "/"), ("Pétitions", pet + "/collect/petitions")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({CAPCO})),
    ])


# ====================================================================================================
# 99254 Brévigny-sur-Lande: WordPress, neighbourhood assemblies, a Smiile neighbours' network on voisins.
# ====================================================================================================

BV = "www.brevigny.bzh"
BV_SM = "voisins.brevigny.bzh"


def _cf7(action):
    """A Contact Form 7 form as the WordPress plugin prints it."""
    return (f'<div class="wpcf7 no-js" id="wpcf7-f214-p88-o1" lang="fr-FR" dir="ltr"><form action="{action}#wpcf7-f214-p88-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<div style="display: none;"><input type="hidden" name="_wpcf7" value="214"><input type="hidden" name="_wpcf7_version" value="5.9.3"><input type="hidden" name="_wpcf7_locale" value="fr_FR"></div>'
            '<p><label> Votre nom<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name"></span></label></p>'
            '<p><label> Votre e-mail<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text wpcf7-validates-as-email" value="" type="email" name="your-email"></span></label></p>'
            '<p><label> Objet<br><span class="wpcf7-form-control-wrap" data-name="your-subject"><input size="40" class="wpcf7-form-control wpcf7-text" value="" type="text" name="your-subject"></span></label></p>'
            '<p><label> Votre message<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Envoyer"></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>')


def _brevigny():
    ve = ("Vivre ensemble", "/vivre-ensemble/democratie-de-proximite/")
    news = [("/actualites/piste-cyclable-rue-de-nantes/", "Rue de Nantes : une piste cyclable à l'essai", "Mobilités", "11 avril 2024"),
            ("/actualites/travaux-mail/", "Travaux du mail : phase 2", "Travaux", "6 avril 2024"),
            ("/actualites/resultats-sondage-marche-noel/", "Marché de Noël : vous avez choisi", "Animations", "15 janvier 2024")]
    sm = f"http://{BV_SM}"
    www = [
        page("/", "Accueil", _home("Brévigny-sur-Lande, 112 000 habitants, capitale de la Haute-Bretagne intérieure.",
             [("/vivre-ensemble/democratie-de-proximite/", "Vivre ensemble"), ("/vivre-ensemble/assemblees-de-quartier/", "Assemblées de quartier"),
              ("/vivre-ensemble/voisins-solidaires/", "Voisins solidaires"), ("/vivre-ensemble/fonds-initiatives-habitants/", "Fonds d'initiatives habitants"),
              ("/vivre-ensemble/conseil-des-sages/", "Conseil des sages"), ("/culture/festival-des-landes/", "Festival des Landes"),
              ("/tourisme/", "Tourisme"), ("/espace-famille/", "Espace famille"), ("/contact/", "Contact"), ("/actualites/", "Actualités"), (sm + "/", "Réseau des voisins")],
             news, [("19 avril", "Assemblée de quartier Maurepas", "Salle de la Cité"), ("25 avril", "Fest-noz de printemps", "Place des Lices")])),
        page("/actualites/", "Actualités", m.teasers(news, "Actualités")),
        page("/vivre-ensemble/democratie-de-proximite/", "Vivre ensemble", m.prose(
            "Six mairies de quartier, six assemblées de quartier ouvertes à tous, un conseil des sages et un fonds pour les initiatives des habitants : "
            "à Brévigny, la proximité se construit avec vous.",
            "Les assemblées de quartier donnent leur avis sur les projets de la Ville et suivent leur réalisation ; leurs propositions sont présentées au conseil municipal chaque année.")
             + m.quick_links([("/vivre-ensemble/assemblees-de-quartier/", "Les assemblées de quartier"), ("/vivre-ensemble/conseil-des-sages/", "Le conseil des sages"),
                              ("/vivre-ensemble/fonds-initiatives-habitants/", "Le fonds d'initiatives habitants"), ("/vivre-ensemble/voisins-solidaires/", "Voisins solidaires")], "Agir dans mon quartier"),
             {"participation_displayed"}),
        page("/vivre-ensemble/assemblees-de-quartier/", "Les assemblées de quartier", m.prose(
            "Chaque assemblée de quartier se réunit trois fois par an en séance publique, animée par l'élu de quartier et un bureau de six habitants.",
            "Vous pouvez y poser vos questions, proposer des sujets et participer aux groupes de travail.")
             + m.quick_links([("/vivre-ensemble/assemblees-de-quartier/compte-rendu-maurepas/", "Compte rendu : Maurepas-Gayeulles")], "Derniers comptes rendus"),
             {"participation_displayed"}, parent=ve),
        # A meeting report of a neighbourhood assembly: it presents the assembly's work and invites residents to join.
        page("/vivre-ensemble/assemblees-de-quartier/compte-rendu-maurepas/", "Assemblée de quartier Maurepas-Gayeulles : compte rendu", m.prose(
            "Une centaine d'habitants ont participé à l'assemblée du 8 février. Les échanges ont porté sur la sécurité aux abords du collège et le réaménagement de la place du marché.",
            "Le groupe de travail « place du marché » se réunira le 4 mars ; toute personne intéressée peut le rejoindre.")
             + _cf7_closed(), {"participation_displayed"}, parent=("Assemblées de quartier", "/vivre-ensemble/assemblees-de-quartier/")),
        page("/vivre-ensemble/conseil-des-sages/", "Le conseil des sages", m.prose(
            "Le conseil des sages réunit 30 Brévignais de plus de 60 ans. Instance consultative, il rend des avis au maire sur les sujets qu'il choisit ou dont il est saisi : "
            "accessibilité, lien entre générations, mobilités."), {"participation_displayed"}, parent=ve),
        # The fund finances small projects that residents bring for their neighbourhood: an open call for residents' projects,
        # not a grant call for associations.
        page("/vivre-ensemble/fonds-initiatives-habitants/", "Le fonds d'initiatives habitants", m.prose(
            "Un projet pour animer votre rue ou votre quartier ? Fête de voisins, chantier de jardinage, atelier de réparation : le fonds d'initiatives habitants "
            "finance jusqu'à 1 500 euros vos idées collectives. Proposez votre projet toute l'année auprès de votre mairie de quartier.")
             + _cf7("/vivre-ensemble/fonds-initiatives-habitants/"), {"suggestion_call", "contact_form"}, parent=ve),
        page("/vivre-ensemble/voisins-solidaires/", "Voisins solidaires : rejoignez le réseau", m.prose(
            "Prêter une perceuse, trouver un covoiturage, proposer un coup de main : la Ville met à votre disposition un réseau social de voisinage, gratuit et sans publicité, "
            "développé avec Smiile.", "Inscrivez-vous avec votre adresse : vous rejoindrez automatiquement la communauté de votre quartier.")
             + f'<p><a class="wp-block-button__link" href="{sm}/">Rejoindre mes voisins</a></p>', {"territorial_social_network"}, parent=ve),
        page("/actualites/piste-cyclable-rue-de-nantes/", "Rue de Nantes : une piste cyclable à l'essai", m.prose(
            "Pendant six mois, une piste cyclable provisoire est testée rue de Nantes. Un bilan sera présenté à l'assemblée de quartier en octobre.")
             + m.wp_comments([("Gwenaëlle", "12 avril 2024 à 8 h 14", "Enfin, on se sent en sécurité le matin."),
                              ("Thierry L.", "12 avril 2024 à 19 h 02", "Et les livraisons des commerces ?")], 1204), {"comments"}),
        page("/actualites/travaux-mail/", "Travaux du mail : phase 2", m.prose(
            "La deuxième phase des travaux du mail François-Mitterrand commence le 15 avril. Le marché du samedi est déplacé place Hoche.")
             + m.wp_comments_closed(), decoys={"comments"}),
        page("/actualites/resultats-sondage-marche-noel/", "Marché de Noël : vous avez choisi", m.prose(
            "Vous avez été 2 300 à voter pour l'emplacement du marché de Noël. Le sondage est terminé ; le marché s'installera place des Lices.")
             + m.poll_results("Où installer le marché de Noël ?", [("Place des Lices", 57), ("Parc du Thabor", 31), ("Esplanade", 12)], "2 300", "10 janvier 2024"),
             decoys={"poll"}),
        page("/culture/festival-des-landes/", "Festival des Landes", m.with_sidebar(m.prose(
            "Trois jours de concerts gratuits fin juin au parc des Gayeulles. La programmation sera dévoilée en mai.",
            "Bénévoles, rejoignez l'équipe d'accueil !"),
            m.poll_widget(12, "Quel style de musique voulez-vous en tête d'affiche ?", ["Musique bretonne", "Rock", "Électro", "Chanson française"])),
             {"poll"}),
        # The tourist office's accounts, not the city's: to be recorded neither as the city's accounts nor as a network.
        page("/tourisme/", "Tourisme", m.prose(
            "L'office de tourisme de Brévigny vous accueille rue Saint-Malo. Suivez ses bons plans sur "
            "<a href='https://www.facebook.com/BrevignyTourisme'>la page Facebook de l'office de tourisme</a> et "
            "<a href='https://www.instagram.com/brevigny_tourisme'>son compte Instagram</a>."), decoys={"social_account"}),
        page("/espace-famille/", "Espace famille", m.prose("Inscriptions scolaires, cantine et centres de loisirs : connectez-vous à votre espace famille.")
             + '<form class="login-form" method="post" action="/espace-famille/connexion"><label for="ef-id">Identifiant</label><input type="text" id="ef-id" name="log">'
               '<label for="ef-pw">Mot de passe</label><input type="password" id="ef-pw" name="pwd"><input type="submit" value="Se connecter"></form>',
             decoys={"contact_form"}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, place de la Mairie. Du lundi au vendredi, 8 h 30 - 17 h.") + _cf7("/contact/"), {"contact_form"}),
    ]
    smiile = [
        page("/", "Mes voisins à Brévigny", m.prose("Bienvenue sur le réseau social des voisins de Brévigny-sur-Lande, proposé par la Ville.")
             + m.quick_links([("/quartiers/maurepas", "Maurepas-Gayeulles"), ("/quartiers/centre", "Centre"), ("/entraide", "Entraide"), ("/evenements", "Événements")], "Communautés")
             + m.community_feed([("Yvonne", "il y a 2 h", "Je donne un lot de pots de fleurs, à récupérer rue de Fougères.", 3),
                                 ("Mathis", "hier", "Quelqu'un pour un covoiturage vers la gare le matin ?", 5)], "Brévigny")),
        page("/quartiers/maurepas", "Maurepas-Gayeulles", m.community_feed([
            ("Fatou", "il y a 3 h", "Perdu un chat tigré près de la piscine.", 4), ("Bernard", "il y a 1 jour", "Atelier vélo samedi au local associatif !", 2)], "Maurepas-Gayeulles")),
        page("/quartiers/centre", "Centre", m.community_feed([("Inès", "il y a 5 h", "Je prête une échelle, n'hésitez pas.", 1)], "Centre")),
        page("/entraide", "Entraide", m.community_feed([("Hélène", "hier", "Je peux faire les courses pour une personne âgée le jeudi.", 6)], "Entraide")),
        page("/evenements", "Événements du quartier", m.agenda([("27 avril", "Troc de plantes", "Square de la Motte"), ("4 mai", "Repas de rue", "Rue d'Antrain")], "À venir")
             + '<p><a href="/connexion">Se connecter pour proposer un événement</a></p>'),
    ]
    return City("99254", "Brévigny-sur-Lande", 112_600, "35", "53", "Bretagne", f"http://{BV}/", [
        Site(BV, "wordpress", "Brévigny-sur-Lande", www, menu=[("Vivre ensemble", "/vivre-ensemble/democratie-de-proximite/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
             accounts=[social("facebook", "BrevignySurLande"), social("instagram", "brevigny_sur_lande"), social("bluesky", "brevigny.bzh")],
             address="Place de la Mairie, 35000 Brévigny-sur-Lande"),
        Site(BV_SM, "community", "Mes voisins à Brévigny", smiile, menu=[("Fil", "/"), ("Entraide", "/entraide"), ("Événements", "/evenements")],
             features=frozenset({"territorial_social_network"})),
    ], decoy_accounts=("https://www.facebook.com/brevignytourisme", "https://www.instagram.com/brevigny_tourisme"))


def _cf7_closed():
    return '<p class="wp-block-paragraph"><em>Les inscriptions au groupe de travail se font auprès de la mairie de quartier.</em></p>'


# ====================================================================================================
# 99255 Mirevaux: a Liferay-like portal on a vendor layout, Go Vocal for its participatory budget
# ("Mirevaux & Vous"), a Make.org consultation embedded, the Ensembl' neighbours' network presented.
# ====================================================================================================

MV = "www.mirevaux.fr"
MV_GV = "mirevaux.govocal.com"
_W = "/web/guest"


def _liferay_form(action):
    return (f'<div class="portlet-forms"><form class="ddm-form-builder-app" action="{action}" method="post" id="_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_fm">'
            '<input type="hidden" name="_com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_formInstanceId" value="48213">'
            '<div class="ddm-field-container"><label for="ddm-nom">Nom et prénom</label><input class="ddm-field-text form-control" id="ddm-nom" name="_DDMFormPortlet_nom" type="text"></div>'
            '<div class="ddm-field-container"><label for="ddm-mail">Adresse électronique</label><input class="ddm-field-text form-control" id="ddm-mail" name="_DDMFormPortlet_email" type="email"></div>'
            '<div class="ddm-field-container"><label for="ddm-service">Service concerné</label><select class="form-control" id="ddm-service" name="_DDMFormPortlet_service"><option>Accueil</option><option>Propreté</option><option>Urbanisme</option><option>Culture</option></select></div>'
            '<div class="ddm-field-container"><label for="ddm-msg">Votre message</label><textarea class="ddm-field-text form-control" id="ddm-msg" name="_DDMFormPortlet_message" rows="6"></textarea></div>'
            '<div class="lfr-ddm-form-submit"><button class="btn btn-primary lfr-ddm-form-submit" type="submit">Envoyer</button></div></form></div>')


def _fb_comments(url):
    return ('<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&amp;version=v19.0"></script>'
            f'<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="10" data-order-by="reverse_time"></div>')


def _mirevaux():
    mv = ("Mirevaux & Vous", f"{_W}/mirevaux-et-vous")
    gv = f"http://{MV_GV}"
    news = [(f"{_W}/actualites/plage-du-prado", "Plage du Prado : la saison est lancée", "Loisirs", "14 avril 2024"),
            (f"{_W}/actualites/forum-de-la-rentree", "Forum de la rentrée sportive", "Sport", "10 avril 2024"),
            (f"{_W}/actualites/plan-climat-adopte", "Le plan climat adopté", "Environnement", "3 avril 2024"),
            (f"{_W}/actualites/barometre-ifop", "Baromètre : les Mirevalais et leur ville", "Ville", "28 mars 2024")]
    P = m.portlet
    www = [
        page("/", "Accueil", _home("Mirevaux, 143 000 habitants, entre calanques et Sainte-Victoire.",
             [(f"{_W}/mirevaux-et-vous", "Mirevaux & Vous"), (f"{_W}/mirevaux-et-vous/budget-participatif", "Vos projets pour Mirevaux"),
              (f"{_W}/mirevaux-et-vous/comites-de-quartier", "Comités de quartier"), (f"{_W}/mirevaux-et-vous/grande-consultation", "Grande consultation jeunesse"),
              (f"{_W}/mirevaux-et-vous/voisins", "Entre voisins"), (f"{_W}/finances/rapport-orientation-budgetaire", "Finances"),
              (f"{_W}/economie/appel-a-manifestation-interet", "Occupation du domaine public"), (f"{_W}/lettre-information", "Newsletter"),
              (f"{_W}/contact", "Contact"), (f"{_W}/actualites", "Actualités"), (gv + "/", "La plateforme participative")],
             news, [("20 avril", "Comité de quartier Saint-Barnabé", "Salle paroissiale"), ("26 avril", "Nuit des musées", "Musée Granet")])),
        page(f"{_W}/actualites", "Actualités", P("Toutes les actualités", m.teasers(news, "Actualités"), "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet")),
        page(f"{_W}/mirevaux-et-vous", "Mirevaux & Vous", P("Mirevaux & Vous", m.prose(
            "Mirevaux & Vous rassemble les dispositifs qui permettent aux habitants de construire la ville avec les élus : comités de quartier, "
            "budget participatif « Vos projets pour Mirevaux », grandes consultations et réseau d'entraide entre voisins.",
            "Chaque année, un bilan public de la participation est présenté au conseil municipal."))
             + P("Participer", m.quick_links([(f"{_W}/mirevaux-et-vous/comites-de-quartier", "Comités de quartier"),
                                              (f"{_W}/mirevaux-et-vous/budget-participatif", "Vos projets pour Mirevaux"),
                                              (f"{_W}/mirevaux-et-vous/grande-consultation", "Grande consultation jeunesse"),
                                              (f"{_W}/mirevaux-et-vous/voisins", "Entre voisins")], "Les dispositifs")),
             {"participation_displayed"}),
        page(f"{_W}/mirevaux-et-vous/comites-de-quartier", "Les comités de quartier", P("Comités de quartier", m.prose(
            "Douze comités de quartier, composés d'habitants volontaires et de représentants associatifs, se réunissent chaque trimestre avec l'adjoint de secteur.",
            "Ils font remonter les besoins du quartier et sont consultés sur les projets d'aménagement.")
            + m.agenda([("20 avril", "Comité Saint-Barnabé", "Salle paroissiale"), ("23 avril", "Comité Les Milles", "Maison des associations")], "Prochaines réunions")),
             {"participation_displayed"}, parent=mv),
        page(f"{_W}/mirevaux-et-vous/budget-participatif", "Vos projets pour Mirevaux", P("Le budget participatif", m.prose(
            "« Vos projets pour Mirevaux » : 1,5 million d'euros pour les idées des habitants. Déposez votre projet jusqu'au 15 mai sur la plateforme participative, "
            "puis votez à l'automne.")
            + f'<p><a class="btn btn-primary" href="{gv}/fr-FR/projects/vos-projets-2024">Je dépose mon projet</a></p>'),
             {"participatory_budget", "suggestion_call"}, parent=mv),
        page(f"{_W}/mirevaux-et-vous/grande-consultation", "Grande consultation jeunesse", P("Grande consultation jeunesse", m.prose(
            "Comment mieux accompagner les 16-25 ans à Mirevaux ? La Ville lance avec Make.org une grande consultation : proposez vos idées et votez pour celles des autres, jusqu'au 31 mai.")
            + '<div class="make-widget"><iframe src="https://widget.make.org/?questionId=4f2a7c91-mirevaux-jeunesse&amp;source=widget&amp;country=FR&amp;language=fr" '
              'title="Consultation Make.org" width="100%" height="540" frameborder="0"></iframe></div>'
            + '<p><a href="https://make.org/FR/consultation/mirevaux-jeunesse/selection" target="_blank" rel="noopener">Participer sur make.org</a></p>'),
             {"participatory_platform", "suggestion_call", "participation_displayed"}, platforms={MAKE}, parent=mv),
        page(f"{_W}/mirevaux-et-vous/voisins", "Entre voisins", P("Entre voisins", m.prose(
            "La Ville s'associe à Ensembl' pour proposer à chaque quartier un réseau social de voisinage : échanges de services, prêts d'objets, petites annonces entre voisins, "
            "informations de la mairie de secteur.", "L'inscription est gratuite et réservée aux habitants ; une adresse est vérifiée à l'inscription.")
            + '<p><a href="https://ensembl.fr/mirevaux" target="_blank" rel="noopener">Rejoindre les voisins de Mirevaux sur Ensembl\'</a></p>'),
             {"territorial_social_network"}, parent=mv),
        page(f"{_W}/actualites/plage-du-prado", "Plage du Prado : la saison est lancée", P("Plage du Prado", m.prose(
            "Postes de secours ouverts tous les week-ends dès le 1er mai, puis tous les jours en été. Nouveauté : un tapis d'accès pour les fauteuils.")
            + _fb_comments(f"http://{MV}{_W}/actualites/plage-du-prado")), {"comments"}),
        page(f"{_W}/actualites/forum-de-la-rentree", "Forum de la rentrée sportive", P("Forum de la rentrée sportive", m.prose(
            "Le forum de la rentrée sportive réunit 120 clubs au palais des sports le 7 septembre. Inscriptions sur place.")), decoys={"forum"}),
        # A news item naming a past concertation in passing.
        page(f"{_W}/actualites/plan-climat-adopte", "Le plan climat adopté", P("Le plan climat adopté", m.prose(
            "Le conseil municipal a adopté le plan climat 2024-2030 : 40 mesures, dont la végétalisation de 30 cours d'école.",
            "Le plan a été enrichi par la concertation menée l'an dernier. Il sera évalué chaque année.")), decoys={"participation_displayed"}),
        # A newspaper's telephone poll reported with its results: residents cannot answer it on the page.
        page(f"{_W}/actualites/barometre-ifop", "Baromètre : les Mirevalais et leur ville", P("Baromètre", m.prose(
            "Selon le baromètre annuel réalisé par l'Ifop pour le quotidien régional, 78 % des Mirevalais se disent satisfaits de leur cadre de vie. "
            "L'enquête a été menée par téléphone auprès de 800 personnes.")
            + m.poll_results("Êtes-vous satisfait de votre cadre de vie ?", [("Satisfait", 78), ("Pas satisfait", 22)], "800", "15 mars 2024")), decoys={"poll"}),
        page(f"{_W}/finances/rapport-orientation-budgetaire", "Rapport d'orientation budgétaire", P("Débat d'orientation budgétaire", m.prose(
            "Le débat d'orientation budgétaire précède le vote du budget primitif. Il présente la dette, les dépenses de personnel et le programme d'investissement pluriannuel.")
            + m.downloads([("/documents/rob-2024.pdf", "Rapport d'orientation budgétaire 2024", "2,3 Mo")])), decoys={"participatory_budget"}),
        page(f"{_W}/economie/appel-a-manifestation-interet", "Appel à manifestation d'intérêt : kiosques des plages", P("AMI kiosques", m.prose(
            "La Ville lance un appel à manifestation d'intérêt pour l'exploitation de quatre kiosques de plage. Les candidats remettent leur dossier avant le 30 avril.",
            "Cahier des charges disponible sur la plateforme des marchés publics.")), decoys={"suggestion_call"}),
        page(f"{_W}/lettre-information", "Lettre d'information", P("Newsletter", m.prose("Recevez chaque mois les actualités de Mirevaux.") + m.newsletter(f"{_W}/lettre-information")),
             decoys={"contact_form"}),
        page(f"{_W}/contact", "Contact", P("Écrire à la mairie", m.prose("Vous pouvez aussi appeler Allô Mairie au 04 42 00 00 00.") + _liferay_form(f"{_W}/contact"),
                                           "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet"), {"contact_form"}),
    ]
    bp = "/fr-FR/projects/vos-projets-2024"
    gvp = [
        page("/", "Mirevaux & Vous", m.prose("La plateforme de participation de Mirevaux.")
             + m.quick_links([(bp, "Vos projets pour Mirevaux 2024"), ("/fr-FR/projects/plan-chaleur", "Plan chaleur : votre avis"),
                              ("/fr-FR/projects/vos-projets-2022", "Vos projets 2022"), ("/fr-FR/pages/faq", "FAQ")], "Projets")),
        page(bp, "Vos projets pour Mirevaux 2024", m.prose("Phase en cours : dépôt des idées, jusqu'au 15 mai. 1,5 million d'euros pour les projets des habitants.")
             + m.govocal_ideas("vos-projets-2024", [("ombre-cours-ecole", "De l'ombre dans les cours d'école", 128, 6), ("navette-maritime", "Une navette maritime vers l'Estaque", 96, 11)]),
             {"participatory_budget", "suggestion_call"}),
        page(bp + "/ideas/new", "Soumettre votre idée", m.govocal_idea_form("vos-projets-2024"), {"participatory_budget", "suggestion_call"},
             parent=("Vos projets 2024", bp)),
        page("/fr-FR/ideas/ombre-cours-ecole", "De l'ombre dans les cours d'école", m.prose("Planter des arbres et poser des voiles d'ombrage dans les écoles du 3e secteur.")
             + '<div id="e2e-comments-container"><h2>Commentaires</h2><div class="e2e-comment"><p>Les enfants cuisent dès le mois de mai, merci !</p></div>'
               '<form id="e2e-parent-comment-form" action="/web_api/v1/ideas/ombre-cours-ecole/comments" method="post"><textarea name="comment[body_multiloc][fr-FR]" aria-label="Ajouter un commentaire"></textarea><button type="submit">Publier</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Vos projets 2024", bp)),
        page("/fr-FR/ideas/navette-maritime", "Une navette maritime vers l'Estaque", m.prose("Relier le Vieux-Port à l'Estaque en bateau-bus pour désengorger la corniche.")
             + '<div id="e2e-comments-container"><h2>Commentaires</h2><div class="e2e-comment"><p>Ça existe l\'été, il faudrait toute l\'année.</p></div>'
               '<form id="e2e-parent-comment-form" action="/web_api/v1/ideas/navette-maritime/comments" method="post"><textarea name="comment[body_multiloc][fr-FR]" aria-label="Ajouter un commentaire"></textarea><button type="submit">Publier</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Vos projets 2024", bp)),
        page("/fr-FR/projects/plan-chaleur", "Plan chaleur : votre avis", m.prose("Comment vivez-vous les épisodes de canicule ? Répondez à l'enquête en ligne jusqu'au 30 juin.")
             + '<div id="e2e-native-survey">' + m.questionnaire("/web_api/v1/projects/plan-chaleur/survey_responses", "Huit questions, cinq minutes.", [
                 ("Votre logement reste-t-il frais en été ?", ["Oui", "Non"]), ("Connaissez-vous les salles rafraîchies de la Ville ?", ["Oui", "Non"]),
                 ("Vos suggestions", None)]) + "</div>", {"poll"}),
        page("/fr-FR/projects/vos-projets-2022", "Vos projets pour Mirevaux 2022", m.prose("Édition terminée : 21 projets lauréats, dont la ressourcerie du Canet et les jardins de la Viste.")
             + '<p class="e2e-project-status">Terminé</p>', {"participatory_budget"}),
        page("/fr-FR/pages/faq", "Questions fréquentes", m.accordion([("Qui peut participer ?", "Toute personne de 15 ans et plus qui vit, étudie ou travaille à Mirevaux."),
                                                                       ("Mes données sont-elles protégées ?", "Oui, elles sont hébergées en Europe.")])),
    ]
    return City("99255", "Mirevaux", 143_100, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{MV}/", [
        Site(MV, "vendor", "Ville de Mirevaux", www, menu=[("Mirevaux & Vous", f"{_W}/mirevaux-et-vous"), ("Actualités", f"{_W}/actualites"), ("Contact", f"{_W}/contact")],
             accounts=[social("facebook", "MirevauxOfficiel"), social("instagram", "mirevaux"), social("tiktok", "villedemirevaux"), social("linkedin", "ville-de-mirevaux")],
             address="Hôtel de ville, place de l'Hôtel-de-Ville, 13100 Mirevaux"),
        Site(MV_GV, "govocal", "Mirevaux & Vous", gvp, menu=[("Accueil", "/"), ("Projets", bp)],
             features=frozenset({"participatory_platform"}), platforms=frozenset({GOVOCAL})),
    ])


# ====================================================================================================
# 99256 Chantebrie: a vendor CMS (Inovagora-like) with a participatory budget run on the city's own site
# ("Chantebrie en projets"), and the maisons de quartier on a Joomla site with a Kunena forum.
# ====================================================================================================

CH = "www.chantebrie.fr"
CH_MQ = "maisonsdequartier.chantebrie.fr"


def _ino_form(action, legend, fields, submit="Envoyer"):
    """A form block of an Inovagora-like CMS (fieldsets, 'champ' wrappers, a honeypot)."""
    out = []
    for i, (kind, label) in enumerate(fields):
        name = f"champ_{i + 1}"
        if kind == "textarea":
            w = f'<textarea id="{name}" name="{name}" rows="6"></textarea>'
        elif kind.startswith("check:"):
            w = "".join(f'<label class="checkbox"><input type="checkbox" name="{name}[]" value="{o}"> {o}</label>' for o in kind[6:].split("|"))
        else:
            w = f'<input type="{kind}" id="{name}" name="{name}">'
        out.append(f'<div class="champ champ-{kind.split(":")[0]}"><label for="{name}">{label}</label>{w}</div>')
    return (f'<form class="ino-formulaire" action="{action}" method="post"><fieldset><legend>{legend}</legend>' + "".join(out)
            + '<div class="champ-hp" aria-hidden="true"><input type="text" name="website" tabindex="-1"></div>'
            f'<div class="ino-actions"><button type="submit" class="bouton">{submit}</button></div></fieldset></form>')


def _kunena_topics(topics):
    rows = "".join(f'<tr class="category"><td class="kcol-topic"><a class="ktopic-title" href="{href}">{title}</a><div class="ktopic-details">par {author}</div></td>'
                   f'<td class="kcol-replies">{replies} réponses</td><td class="kcol-last">{last}</td></tr>' for href, title, author, replies, last in topics)
    return f'<div id="kunena" class="layout"><div class="kfrontend"><table class="table table-bordered kblocktable">{rows}</table></div></div>'


def _kunena_posts(posts):
    out = "".join(f'<div class="kmsg-wrapper" id="kmsg{i}"><div class="kmsg-header"><span class="kmsg-author">{a}</span> <span class="kmsgdate">{d}</span></div>'
                  f'<div class="kmsg"><div class="kmsgtext">{t}</div></div></div>' for i, (a, d, t) in enumerate(posts, 1))
    reply = ('<form action="/forum/post" method="post" name="postform" class="kform"><label for="kmessage">Répondre</label>'
             '<textarea id="kmessage" name="message" rows="6"></textarea><input type="submit" class="btn btn-primary" value="Envoyer la réponse"></form>')
    return f'<div id="kunena" class="layout"><div class="kfrontend">{out}{reply}</div></div>'


def _chantebrie():
    vc = ("Vie citoyenne", "/vie-citoyenne")
    cp = ("Chantebrie en projets", "/vie-citoyenne/chantebrie-en-projets")
    mq = f"http://{CH_MQ}"
    news = [("/actualites/forum-des-metiers", "Forum des métiers au lycée Joachim-du-Bellay", "Jeunesse", "9 avril 2024"),
            ("/actualites/contrat-de-ville-appel-a-projets", "Contrat de ville : appel à projets 2025", "Solidarités", "2 avril 2024"),
            ("/actualites/rencontres-de-quartier", "Le maire à la rencontre des quartiers", "Vie citoyenne", "26 mars 2024")]
    www = [
        page("/", "Accueil", _home("Chantebrie, 104 000 habitants, ville d'art et d'histoire au bord de la Maine.",
             [("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/chantebrie-en-projets", "Chantebrie en projets"), ("/vie-citoyenne/conseils-citoyens", "Conseils citoyens"),
              ("/vie-citoyenne/sondage-eclairage", "Sondage éclairage nocturne"), ("/securite/participation-citoyenne", "Sécurité"),
              ("/services/etat-civil", "État civil : prendre rendez-vous"), ("/contact", "Contact"), ("/actualites", "Actualités"), (mq + "/", "Maisons de quartier"),
              ("/reseaux-sociaux", "Nos réseaux sociaux")],
             news, [("18 avril", "Rencontre de quartier Monplaisir", "Gymnase Villoutreys"), ("27 avril", "Vote Chantebrie en projets", "Mairies annexes")])),
        page("/actualites", "Actualités", m.teasers(news, "Actualités")),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "Participer à la vie de sa ville, c'est possible de multiples façons à Chantebrie : rencontres de quartier avec le maire, conseils citoyens, "
            "budget participatif Chantebrie en projets, sondages et consultations.",
            "Le service Vie citoyenne accompagne les habitants dans leurs démarches et anime ces dispositifs.")
             + m.quick_links([("/vie-citoyenne/conseils-citoyens", "Conseils citoyens"), ("/vie-citoyenne/rencontres-de-quartier", "Rencontres de quartier"),
                              ("/vie-citoyenne/chantebrie-en-projets", "Chantebrie en projets"), ("/vie-citoyenne/sondage-eclairage", "Sondage : éclairage nocturne")], "Participer"),
             {"participation_displayed"}),
        page("/vie-citoyenne/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Les quartiers de Monplaisir, Belle-Beille et La Roseraie disposent chacun d'un conseil citoyen, instance indépendante créée dans le cadre du contrat de ville.",
            "Habitants tirés au sort et volontaires y préparent des avis sur le renouvellement urbain et les actions du contrat de ville."), {"participation_displayed"}, parent=vc),
        page("/vie-citoyenne/rencontres-de-quartier", "Rencontres de quartier", m.prose(
            "Deux fois par an, le maire et les élus viennent dans chaque quartier pour une réunion publique : questions libres, bilan des engagements, présentation des projets.")
             + m.agenda([("18 avril", "Monplaisir", "Gymnase Villoutreys"), ("25 avril", "Doutre - Saint-Jacques", "Salle Daviers")], "Calendrier"),
             {"participation_displayed"}, parent=vc),
        # A news item, but wholly about the neighbourhood meetings it announces: it presents them, not a passing mention.
        page("/actualites/rencontres-de-quartier", "Le maire à la rencontre des quartiers", m.prose(
            "Le cycle des rencontres de quartier reprend le 18 avril à Monplaisir. Venez poser vos questions aux élus.")
             + '<p><a href="/vie-citoyenne/rencontres-de-quartier">Voir le calendrier</a></p>', {"participation_displayed"}),
        page("/vie-citoyenne/chantebrie-en-projets", "Chantebrie en projets", m.prose(
            "Chantebrie en projets est le budget participatif de la Ville : 500 000 euros chaque année pour des projets déposés et choisis par les habitants de 12 ans et plus.",
            "Étape en cours : le vote, jusqu'au 30 avril, en ligne ou dans les mairies annexes.")
             + m.steps([("Dépôt des idées", "octobre - novembre"), ("Étude technique", "décembre - février"), ("Vote", "avril"), ("Réalisation", "à partir de juin")], 2)
             + m.quick_links([("/vie-citoyenne/chantebrie-en-projets/deposer", "Déposer une idée (prochaine édition)"), ("/vie-citoyenne/chantebrie-en-projets/voter", "Voter"),
                              ("/vie-citoyenne/chantebrie-en-projets/projets-2022", "Les projets réalisés")], "Chantebrie en projets"),
             {"participatory_budget"}, parent=vc),
        # The budget's filing form, on the city's own site: a call for projects whose free-text description goes to the city.
        page("/vie-citoyenne/chantebrie-en-projets/deposer", "Déposer une idée", m.prose(
            "Le dépôt des idées pour l'édition 2025 ouvrira en octobre, mais vous pouvez déjà nous envoyer la vôtre : elle sera étudiée dès l'ouverture.")
             + _ino_form("/vie-citoyenne/chantebrie-en-projets/deposer", "Mon idée pour Chantebrie", [
                 ("text", "Titre de l'idée"), ("text", "Quartier concerné"), ("textarea", "Description de l'idée"),
                 ("text", "Nom et prénom"), ("email", "Courriel")], "Déposer mon idée"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=cp),
        # A ballot form: ticks and an e-mail to identify the voter, no message to the city.
        page("/vie-citoyenne/chantebrie-en-projets/voter", "Voter pour les projets", m.prose("Cochez jusqu'à trois projets. Un code de confirmation vous sera envoyé par courriel.")
             + _ino_form("/vie-citoyenne/chantebrie-en-projets/voter", "Mon vote", [
                 ("check:Des toilettes sèches au parc Balzac|Une boîte à dons à Belle-Beille|Un terrain de pétanque éclairé à la Roseraie|Des nichoirs dans les écoles", "Projets soumis au vote"),
                 ("email", "Courriel"), ("text", "Code postal")], "Valider mon vote"),
             {"participatory_budget"}, decoys={"contact_form"}, parent=cp),
        page("/vie-citoyenne/chantebrie-en-projets/projets-2022", "Les projets réalisés", m.prose(
            "Édition 2022 : la fresque du pont de Verdun, le jardin partagé des Justices et les bancs connectés du mail ont été réalisés grâce à vos votes."),
             {"participatory_budget"}, parent=cp),
        page("/vie-citoyenne/sondage-eclairage", "Sondage : l'éclairage nocturne", m.prose(
            "Faut-il éteindre l'éclairage public au cœur de la nuit dans les quartiers résidentiels ? Donnez votre avis avant le 15 mai.")
             + m.survey_embed("https://framaforms.org/eclairage-nocturne-chantebrie-1712345678", "Sondage éclairage nocturne", 700),
             {"poll"}, parent=vc),
        page("/securite/participation-citoyenne", "Participation citoyenne et tranquillité", m.prose(
            "La police nationale et la Ville déploient le protocole « participation citoyenne » : des habitants volontaires, référents de leur rue, alertent la police "
            "en cas de comportement suspect.", "Une réunion d'information est organisée au commissariat le 3 mai."), decoys={"participation_displayed"}),
        # The city's accounts on global platforms: social accounts, not a local social network.
        page("/reseaux-sociaux", "Suivez Chantebrie sur les réseaux sociaux", m.prose(
            "La Ville publie chaque jour sur Facebook, X et Instagram : informations pratiques, photos des événements, alertes. Abonnez-vous pour ne rien manquer !",
            "Les messages privés ne sont pas traités : pour une demande, utilisez le formulaire de contact.")
             + '<ul><li><a href="https://www.facebook.com/VilleDeChantebrie">Facebook</a></li><li><a href="https://x.com/Chantebrie">X</a></li>'
               '<li><a href="https://www.instagram.com/chantebrie">Instagram</a></li></ul>', decoys={"territorial_social_network"}),
        page("/services/etat-civil", "État civil : prendre rendez-vous", m.prose("Cartes d'identité et passeports sur rendez-vous uniquement.")
             + m.booking_form("/services/etat-civil/rendez-vous", "un rendez-vous pour une carte d'identité ou un passeport"), decoys={"contact_form"}),
        page("/actualites/forum-des-metiers", "Forum des métiers au lycée Joachim-du-Bellay", m.prose(
            "Le forum des métiers permet aux collégiens et lycéens de rencontrer 60 professionnels. Entrée libre le 17 avril."), decoys={"forum"}),
        page("/actualites/contrat-de-ville-appel-a-projets", "Contrat de ville : appel à projets 2025", m.prose(
            "Les associations qui agissent dans les quartiers prioritaires peuvent déposer leur demande de subvention au titre du contrat de ville sur la plateforme de l'État avant le 15 novembre.",
            "Les dossiers sont examinés par le comité de pilotage."), decoys={"suggestion_call"}),
        page("/contact", "Contact", m.prose("Mairie de Chantebrie, boulevard de la Résistance. Tél. 02 41 00 00 00.")
             + _ino_form("/contact", "Écrire à la mairie", [("text", "Nom"), ("email", "Courriel"), ("text", "Objet"), ("textarea", "Message")]),
             {"contact_form"}),
    ]
    mqp = [
        page("/", "Maisons de quartier de Chantebrie", m.prose("Les six maisons de quartier de Chantebrie : loisirs, accompagnement scolaire, sorties familles et animations.")
             + m.quick_links([("/activites", "Activités"), ("/inscriptions", "Inscriptions"), ("/forum", "Le forum des familles"), ("/actualites/fete-de-quartier", "Fête de quartier"),
                              ("/nous-contacter", "Nous contacter")], "Menu")),
        page("/activites", "Activités", m.agenda([("Mercredi", "Accueil de loisirs 6-11 ans", "Maison de quartier Monplaisir"),
                                                  ("Mardi et jeudi", "Accompagnement scolaire", "Maison de quartier Belle-Beille")], "Activités de l'année")),
        page("/inscriptions", "Inscriptions", m.registration_form("/inscriptions", "activités des maisons de quartier"), decoys={"contact_form"}),
        page("/forum", "Le forum des familles", m.prose("Échangez entre parents : covoiturage pour les sorties, bourse aux vêtements, questions sur les activités.")
             + _kunena_topics([("/forum/2-sorties/15-sortie-a-la-mer", "Sortie à la mer du 6 juillet : covoiturage ?", "Céline_49", 7, "hier"),
                               ("/forum/3-entraide", "Catégorie : entraide aux devoirs", "Modération", 0, "—")]), {"forum"}),
        page("/forum/2-sorties/15-sortie-a-la-mer", "Sortie à la mer du 6 juillet : covoiturage ?", _kunena_posts([
            ("Céline_49", "12 avril", "Il reste des places dans le car ? Sinon je peux emmener deux enfants."),
            ("Rachid", "13 avril", "Le car est complet, je prends volontiers ta proposition pour mon fils.")]), {"forum"}, parent=("Forum", "/forum")),
        page("/forum/3-entraide", "Entraide aux devoirs", _kunena_topics([("/forum/2-sorties/15-sortie-a-la-mer", "Cherche aide en maths niveau 4e", "Sophie", 3, "lundi")]),
             {"forum"}, parent=("Forum", "/forum")),
        page("/actualites/fete-de-quartier", "Fête de quartier à Monplaisir", m.prose("Samedi 15 juin, jeux, repas partagé et concert sur l'esplanade.")
             + m.share_buttons(f"{mq}/actualites/fete-de-quartier", "Fête de quartier"), decoys={"social_account"}),
        page("/nous-contacter", "Nous contacter", '<div class="com-contact contact"><form id="contact-form" action="/nous-contacter" method="post" class="com-contact__form form-validate">'
             '<fieldset><legend>Envoyer un e-mail</legend><div class="control-group"><label for="jform_contact_name">Nom</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required"></div>'
             '<div class="control-group"><label for="jform_contact_email">E-mail</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required"></div>'
             '<div class="control-group"><label for="jform_contact_emailmsg">Sujet</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required"></div>'
             '<div class="control-group"><label for="jform_contact_message">Message</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required"></textarea></div>'
             '</fieldset><button class="btn btn-primary validate" type="submit">Envoyer</button><input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"></form></div>',
             {"contact_form"}),
    ]
    return City("99256", "Chantebrie", 104_800, "49", "52", "Pays de la Loire", f"http://{CH}/", [
        Site(CH, "vendor", "Ville de Chantebrie", www, menu=[("Vie citoyenne", "/vie-citoyenne"), ("Actualités", "/actualites"), ("Contact", "/contact")],
             accounts=[social("facebook", "VilleDeChantebrie"), social("x", "Chantebrie"), social("instagram", "chantebrie")],
             address="Boulevard de la Résistance, 49000 Chantebrie"),
        Site(CH_MQ, "joomla", "Maisons de quartier de Chantebrie", mqp, menu=[("Accueil", "/"), ("Activités", "/activites"), ("Forum", "/forum")],
             address="Fédération des maisons de quartier, 12 rue Saint-Lazare, Chantebrie"),
    ])


# ====================================================================================================
# 99257 Hautbourg-sur-Meuse: SPIP (article forums, a Formidable questionnaire, Disqus), a right of petition
# served by the Publik e-services portal, a Nextdoor community presented by the city.
# ====================================================================================================

HB = "www.hautbourg.fr"
HB_ES = "eservices.hautbourg.fr"


def _formidable(action, questions):
    """A questionnaire of the SPIP Formidable plugin (saisies, radio and textarea fields)."""
    blocks = []
    for i, (q, answers) in enumerate(questions, 1):
        if answers:
            w = "".join(f'<div class="choix choix_{j}"><input type="radio" name="radio_{i}" class="radio" id="radio_{i}_{j}" value="choix{j}">'
                        f'<label for="radio_{i}_{j}">{a}</label></div>' for j, a in enumerate(answers))
            blocks.append(f'<div class="editer saisie_radio editer_radio_{i}"><label>{q}</label>{w}</div>')
        else:
            blocks.append(f'<div class="editer saisie_textarea editer_textarea_{i}"><label for="textarea_{i}">{q}</label><textarea name="textarea_{i}" id="textarea_{i}" rows="4"></textarea></div>')
    return (f'<div class="formulaire_spip formulaire_formidable formulaire_formidable_3 ajax"><form method="post" action="{action}"><div>'
            '<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="a1f3c">'
            '<div class="editer-groupe">' + "".join(blocks) + '</div><p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></div></form></div>')


def _hautbourg():
    dl = ("Démocratie locale", "/spip.php?rubrique3")
    es = f"http://{HB_ES}"
    news = [("/spip.php?article46", "Piscine du Nord : les travaux votés", "Sports", "10 avril 2024"),
            ("/spip.php?article47", "Le Département lance son budget participatif", "Territoire", "4 avril 2024"),
            ("/spip.php?article49", "Salon de l'habitat : le forum de l'énergie", "Habitat", "30 mars 2024"),
            ("/spip.php?article50", "Conseil municipal du 22 avril", "Institution", "28 mars 2024")]
    www = [
        page("/", "Accueil", _home("Hautbourg-sur-Meuse, 131 000 habitants, cité lorraine au fil de la Meuse.",
             [("/spip.php?rubrique3", "Démocratie locale"), ("/spip.php?article41", "Conseils de quartier"), ("/spip.php?article43", "Droit de pétition"),
              ("/spip.php?article44", "Entre voisins sur Nextdoor"), ("/spip.php?article45", "Questionnaire propreté"), ("/spip.php?article52", "Les 800 ans : vos idées"),
              ("/spip.php?article48", "Pétitions nationales"), ("/spip.php?article53", "Rencontres de la démocratie locale"), ("/spip.php?article51", "Fête de la musique : appel à candidatures"),
              (es + "/", "Démarches en ligne"), ("/spip.php?page=contact", "Contact")], news,
             [("16 avril", "Conseil de quartier Centre - Gare", "Salle Poirel"), ("22 avril", "Conseil municipal", "Hôtel de ville")])),
        page("/spip.php?rubrique3", "Démocratie locale", m.prose(
            "La Ville associe les Hautbourgeois à ses décisions : neuf conseils de quartier, un droit de pétition, des questionnaires en ligne et des réunions publiques avant chaque grand projet.",
            "Une charte de la démocratie locale, révisée en 2023, encadre ces dispositifs.")
             + '<ul class="liste-items">' + "".join(f'<li class="item"><a href="{h}">{t}</a></li>' for h, t in [
                 ("/spip.php?article41", "Les conseils de quartier"), ("/spip.php?article42", "Conseil de quartier Centre - Gare"),
                 ("/spip.php?article43", "Le droit de pétition"), ("/spip.php?article45", "Questionnaire : la propreté de votre rue")]) + "</ul>",
             {"participation_displayed"}),
        page("/spip.php?article41", "Les conseils de quartier", m.prose(
            "Les neuf conseils de quartier sont composés d'habitants volontaires, d'habitants tirés au sort sur les listes électorales et de représentants associatifs.",
            "Ils disposent chacun d'un budget d'animation et sont consultés sur les aménagements de voirie et d'espaces verts."), {"participation_displayed"}, parent=dl),
        page("/spip.php?article42", "Conseil de quartier Centre - Gare", m.prose(
            "Prochaine réunion le 16 avril, salle Poirel : plan de circulation autour de la gare, propreté des cours. Les habitants peuvent réagir ci-dessous.")
             + m.spip_forum([("Odile", "3 avril", "Stationnement", "Les riverains de la rue Mazagran demandent des places résidentes."),
                             ("Collectif Gare", "5 avril", "Vélos", "Un garage à vélos fermé serait bienvenu côté Saint-Léon.")], 42),
             {"participation_displayed", "comments"}, parent=dl),
        # The city's right of petition presented, its filing and signing served by the city's own e-services portal.
        page("/spip.php?article43", "Le droit de pétition", m.prose(
            "Toute personne de plus de 16 ans domiciliée à Hautbourg peut déposer une pétition en ligne sur le portail des démarches. "
            "Lorsqu'elle recueille 1 000 signatures, elle est débattue en conseil municipal.")
             + f'<p><a class="spip_out" href="{es}/petitions/">Voir les pétitions et signer</a></p>', {"petition", "participation_displayed"}, parent=dl),
        page("/spip.php?article44", "Entre voisins sur Nextdoor", m.prose(
            "La Ville est présente sur Nextdoor, le réseau social de voisinage : chaque quartier y a sa communauté réservée aux habitants vérifiés.",
            "Les services municipaux y publient alertes travaux et informations pratiques ; entre voisins, on s'y échange conseils, objets et coups de main.")
             + '<p><a class="spip_out" href="https://nextdoor.fr/city/hautbourg-sur-meuse--fr/">Rejoindre la communauté de Hautbourg sur Nextdoor</a></p>',
             {"territorial_social_network"}),
        page("/spip.php?article45", "Questionnaire : la propreté de votre rue", m.prose("Aidez-nous à mieux organiser le nettoyage des rues : le questionnaire est ouvert jusqu'au 31 mai.")
             + _formidable("/spip.php?article45", [("Dans quel quartier habitez-vous ?", ["Centre", "Nord", "Rive droite", "Plateau"]),
                                                    ("La fréquence de nettoyage vous semble-t-elle suffisante ?", ["Oui", "Non"]),
                                                    ("Vos remarques", None)]), {"poll"}, parent=dl),
        page("/spip.php?article46", "Piscine du Nord : les travaux votés", m.prose(
            "Le conseil municipal a voté le financement de la rénovation de la piscine du Nord, fermée depuis 2022. Réouverture prévue à l'été 2026.")
             + m.disqus("hautbourg-sur-meuse", "article46", f"http://{HB}/spip.php?article46"), {"comments"}),
        page("/spip.php?article47", "Le Département lance son budget participatif", m.prose(
            "Le conseil départemental ouvre la troisième édition de son budget participatif à l'échelle de la Meuse. Les habitants de Hautbourg pourront y déposer des projets sur le site du Département."),
             decoys={"participatory_budget"}),
        page("/spip.php?article48", "Pétitions nationales : comment ça marche ?", m.prose(
            "Vous souhaitez interpeller le Parlement ? Les pétitions adressées à l'Assemblée nationale se déposent et se signent sur "
            "<a class='spip_out' href='https://petitions.assemblee-nationale.fr/'>petitions.assemblee-nationale.fr</a>. La mairie n'intervient pas dans cette procédure."),
             decoys={"petition"}),
        # An event that names platforms and other towns' participatory budgets: no platform or budget of the city's own.
        page("/spip.php?article53", "Rencontres de la démocratie locale", m.prose(
            "Les 24 et 25 mai, Hautbourg accueille les rencontres régionales de la démocratie locale. Au programme : retours d'expérience sur les budgets participatifs "
            "des communes voisines, démonstration de Decidim et de Fluicity par leurs éditeurs, table ronde sur le tirage au sort.",
            "Entrée libre sur inscription, salle Poirel."), decoys={"participatory_platform", "participatory_budget"}),
        page("/spip.php?article49", "Salon de l'habitat : le forum de l'énergie", m.prose(
            "Au salon de l'habitat, le forum de l'énergie propose conférences et conseils gratuits pour rénover son logement. Parc des expositions, 20 et 21 avril."), decoys={"forum"}),
        page("/spip.php?article50", "Conseil municipal du 22 avril", m.prose(
            "Ordre du jour : compte de gestion 2023, tarifs des cantines, désignation des représentants au syndicat des eaux, motion sur la ligne Paris-Hautbourg. Séance publique retransmise en direct."),
             decoys={"participation_displayed"}),
        page("/spip.php?article51", "Fête de la musique : appel à candidatures", m.prose(
            "Groupes et musiciens amateurs, candidatez pour jouer sur les scènes de la Ville le 21 juin. Dossier à renvoyer avant le 10 mai.")
             + '<p><a href="mailto:culture@hautbourg.fr">culture@hautbourg.fr</a></p>', decoys={"suggestion_call", "contact_form"}),
        page("/spip.php?article52", "Les 800 ans de la ville : vos idées", m.prose(
            "En 2026, Hautbourg fêtera ses 800 ans. Quelles animations, quels lieux, quelles histoires mettre à l'honneur ? Proposez vos idées jusqu'au 30 septembre.")
             + f'<p><a class="spip_out" href="{es}/suggestions-800-ans/">Proposer une idée</a></p>', {"suggestion_call"}),
        page("/spip.php?page=contact", "Contact", m.prose("Hôtel de ville, place Stanislas-Leszczynski. Tél. 03 83 00 00 00.") + m.spip_contact("/spip.php?page=contact"),
             {"contact_form"}),
    ]
    esp = [
        page("/", "Démarches en ligne", m.search_form("/recherche") + m.quick_links([
            ("/petitions/", "Pétitions"), ("/suggestions-800-ans/", "Les 800 ans : vos idées"), ("/contact/", "Contacter un service"),
            ("/demande-acte-etat-civil/", "Demander un acte d'état civil")], "Vos démarches"), decoys={"contact_form"}),
        # The index of the city's petition space: open petitions to sign and the way to file one.
        page("/petitions/", "Pétitions", m.prose("Pétitions ouvertes à la signature. Seuil de débat en conseil municipal : 1 000 signatures.")
             + m.petition_card("/petitions/signer-piscine-nord/", "Une piscine provisoire pendant les travaux du Nord", 642, 1000)
             + '<p><a href="/petitions/deposer-une-petition/">Déposer une pétition</a></p>', {"petition"}),
        # Filing a petition: the text is a public petition submitted to moderation, not a message to a service.
        page("/petitions/deposer-une-petition/", "Déposer une pétition", m.wcs_form("/petitions/deposer-une-petition/", "Votre pétition", [
            ("text", "Titre de la pétition"), ("textarea", "Texte de la pétition"), ("text", "Nom du premier signataire"), ("email", "Courriel"),
            ("checkbox", "Je certifie résider à Hautbourg-sur-Meuse")], "Soumettre"), {"petition"}, decoys={"contact_form"}),
        page("/petitions/signer-piscine-nord/", "Une piscine provisoire pendant les travaux du Nord", m.prose(
            "Les clubs et les écoles du nord de la ville n'ont plus de bassin. Nous demandons une piscine démontable pendant la durée des travaux.")
             + m.petition_sign("/petitions/signer-piscine-nord/", 642, 1000), {"petition"}),
        # A call for ideas answered through an e-services form with a free-text field sent to the city.
        page("/suggestions-800-ans/", "Les 800 ans : vos idées", m.wcs_form("/suggestions-800-ans/", "Votre idée", [
            ("select:Fête et spectacle|Patrimoine|Sport|Autre", "Thème"), ("textarea", "Votre idée"), ("text", "Nom"), ("email", "Courriel")], "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/contact/", "Contacter un service", m.wcs_form("/contact/", "Votre message", [
            ("select:Accueil|Culture|Voirie|Écoles", "Service"), ("text", "Nom"), ("email", "Courriel"), ("textarea", "Message")]), {"contact_form"}),
        page("/demande-acte-etat-civil/", "Demander un acte d'état civil", m.wcs_form("/demande-acte-etat-civil/", "L'acte", [
            ("select:Naissance|Mariage|Décès", "Type d'acte"), ("text", "Nom de la personne concernée"), ("date", "Date de l'événement"),
            ("radio:Copie intégrale|Extrait avec filiation|Extrait sans filiation", "Format"), ("email", "Courriel")]), decoys={"contact_form"}),
    ]
    return City("99257", "Hautbourg-sur-Meuse", 131_700, "54", "44", "Grand Est", f"http://{HB}/", [
        Site(HB, "spip", "Ville de Hautbourg-sur-Meuse", www, menu=[("Démocratie locale", "/spip.php?rubrique3"), ("Démarches", es + "/"), ("Contact", "/spip.php?page=contact")],
             accounts=[social("facebook", "hautbourgsurmeuse"), social("x", "Hautbourg", "https://twitter.com/Hautbourg"), social("mastodon", "ville@piaille.fr")],
             address="Place Stanislas-Leszczynski, 54000 Hautbourg-sur-Meuse"),
        Site(HB_ES, "publik", "Démarches en ligne - Hautbourg", esp, menu=[("Accueil", "/"), ("Pétitions", "/petitions/")], address="Hôtel de ville de Hautbourg-sur-Meuse"),
    ])


# ====================================================================================================
# 99258 Clairvent: Drupal for the city and for a district's mairie de quartier (Saint-Sever); participation
# shown and debated on the city's own sites, no platform.
# ====================================================================================================

CV = "www.clairvent.fr"
CV_SS = "saint-sever.clairvent.fr"


def _drupal_poll_block(nid, question, choices):
    """The Drupal Poll module's block, placed in a sidebar region."""
    radios = "".join(f'<div class="js-form-item form-item js-form-type-radio form-item-choice"><input type="radio" id="edit-choice-{nid}-{i}" name="choice" value="{i}" class="form-radio">'
                     f'<label for="edit-choice-{nid}-{i}" class="option">{c}</label></div>' for i, c in enumerate(choices, 1))
    return (f'<div id="block-pollrecent" class="block block-poll block-poll-recent-block"><h2>Sondage</h2><div class="poll">'
            f'<form class="poll-view-form poll-view-form-{nid}" data-drupal-selector="poll-view-form-{nid}" action="/poll/{nid}" method="post" accept-charset="UTF-8">'
            f'<div class="poll-question">{question}</div><fieldset class="fieldgroup form-composite js-form-item form-item"><div class="fieldset-wrapper"><div id="edit-choice" class="form-radios">{radios}</div></div></fieldset>'
            f'<input type="hidden" name="form_id" value="poll_view_form_{nid}"><div class="form-actions"><input type="submit" id="edit-vote" name="op" value="Voter" class="button js-form-submit form-submit"></div></form></div></div>')


def _clairvent():
    pa = ("Participer", "/ma-ville/participer")
    ss = f"http://{CV_SS}"
    news = [("/actualites/forum-enseignement-superieur", "Forum de l'enseignement supérieur", "Jeunesse", "8 avril 2024"),
            ("/ma-ville/participer/concertation-quais", "Quais de Seine : la concertation s'ouvre", "Urbanisme", "2 avril 2024"),
            ("/environnement/arbres-en-ville", "1 000 arbres plantés cet hiver", "Environnement", "25 mars 2024")]
    www = [
        page("/", "Accueil", _home("Clairvent, 109 000 habitants, ville portuaire et universitaire.",
             [("/ma-ville/participer", "Participer"), ("/ma-ville/participer/comites-consultatifs", "Comités consultatifs de quartier"),
              ("/ma-ville/participer/concertation-quais", "Concertation des quais"), ("/ma-ville/participer/conseil-des-enfants", "Conseil des enfants"),
              ("/environnement/arbres-en-ville", "Arbres en ville"), ("/environnement/consultation-arbres-resultats", "Résultats de la consultation"),
              ("/culture/appel-a-projets-artistiques", "Appel à projets artistiques"), ("/ma-ville/budget", "Budget"), ("/newsletter", "Lettre d'information"),
              ("/contact", "Contact"), ("/actualites", "Actualités"), (ss + "/", "Mairie de quartier Saint-Sever"),
              ("/actualites/participation-en-ligne", "Participation en ligne"), ("/actualites/reseaux-sociaux", "Nos réseaux sociaux")],
             news, [("15 avril", "Réunion publique des quais", "Hangar 106"), ("14 mai", "Conseil de quartier Saint-Sever", "Mairie de quartier")])),
        page("/actualites", "Actualités", m.teasers(news, "Actualités")),
        page("/ma-ville/participer", "Participer", m.prose(
            "À Clairvent, les habitants prennent part aux projets qui les concernent : comités consultatifs de quartier, concertations sur les grands aménagements, "
            "conseil municipal des enfants, boîtes à idées des mairies de quartier.",
            "Le bureau de la participation citoyenne, à l'hôtel de ville, vous informe et vous oriente.")
             + m.quick_links([("/ma-ville/participer/comites-consultatifs", "Les comités consultatifs de quartier"), ("/ma-ville/participer/concertation-quais", "La concertation des quais"),
                              ("/ma-ville/participer/conseil-des-enfants", "Le conseil municipal des enfants"), (ss + "/boite-a-idees", "Boîte à idées de Saint-Sever")], "Les dispositifs"),
             {"participation_displayed"}),
        # The candidacy form asks for a name, a district and an e-mail, no message: not a contact form.
        page("/ma-ville/participer/comites-consultatifs", "Les comités consultatifs de quartier", m.prose(
            "Dans chacun des six quartiers, un comité consultatif réunit habitants, associations et acteurs économiques. Il émet des avis sur les projets de la Ville et peut formuler des propositions.",
            "Les comités sont renouvelés tous les trois ans ; les candidatures sont ouvertes à tous les habitants majeurs.")
             + m.drupal_webform("/ma-ville/participer/comites-consultatifs", [("nom", "text", "Nom"), ("quartier", "text", "Quartier"), ("email", "email", "Courriel")], "Je candidate"),
             {"participation_displayed"}, decoys={"contact_form"}, parent=pa),
        page("/ma-ville/participer/concertation-quais", "Quais de Seine : la concertation s'ouvre", m.prose(
            "La concertation préalable au réaménagement des quais rive gauche se déroule jusqu'au 30 juin : réunions publiques, balades commentées, ateliers.",
            "Un registre est ouvert à l'accueil de l'hôtel de ville ; un bilan de la concertation sera rendu public.")
             + m.agenda([("15 avril", "Réunion publique de lancement", "Hangar 106"), ("27 avril", "Balade commentée", "Pont Boieldieu")], "Rendez-vous")
             + '<p><a href="/ma-ville/participer/concertation-quais/bilan-2021">Bilan de la concertation de la rive droite (2021)</a></p>',
             {"participation_displayed"}, parent=pa),
        page("/ma-ville/participer/concertation-quais/bilan-2021", "Bilan de la concertation de la rive droite", m.prose(
            "La concertation de 2021 a réuni 2 400 participants. Le bilan présente les 38 propositions des habitants et la réponse de la Ville à chacune.")
             + m.downloads([("/sites/default/files/bilan-concertation-rive-droite.pdf", "Bilan complet", "3,4 Mo")]), {"participation_displayed"},
             parent=("Concertation des quais", "/ma-ville/participer/concertation-quais")),
        page("/ma-ville/participer/conseil-des-enfants", "Le conseil municipal des enfants", m.prose(
            "Élus par leurs camarades de CM1 et CM2, 36 conseillers enfants se réunissent en commissions et présentent leurs projets en séance plénière à l'hôtel de ville."),
             {"participation_displayed"}, parent=pa),
        page("/environnement/arbres-en-ville", "1 000 arbres plantés cet hiver", m.with_sidebar(m.prose(
            "Mille arbres ont été plantés cet hiver dans les rues, les écoles et les parcs. L'objectif : 10 000 arbres d'ici 2030.",
            "Où planter les prochains ? Donnez votre avis dans le sondage."),
            _drupal_poll_block(7, "Où planter en priorité les prochains arbres ?", ["Cours d'école", "Places et parkings", "Bords de Seine"])), {"poll"}),
        page("/environnement/consultation-arbres-resultats", "Consultation sur les arbres : résultats", m.prose(
            "La consultation de l'automne dernier sur les essences d'arbres est terminée. Merci aux 1 900 participants.")
             + m.poll_results("Quelles essences privilégier ?", [("Arbres fruitiers", 44), ("Chênes et tilleuls", 38), ("Essences méditerranéennes", 18)], "1 900", "30 novembre 2023"),
             decoys={"poll"}),
        page("/culture/appel-a-projets-artistiques", "Appel à projets artistiques 2025", m.prose(
            "La Ville lance un appel à projets à destination des artistes et compagnies pour la saison culturelle 2025. Dossier de candidature à déposer avant le 1er juin.",
            "Les projets sont sélectionnés par un jury de professionnels."), decoys={"suggestion_call"}),
        page("/ma-ville/budget", "Le budget de la ville", m.prose(
            "Budget primitif 2024 : 198 millions d'euros. Les dépenses d'investissement progressent de 8 %, portées par le plan écoles et la rénovation énergétique."),
             decoys={"participatory_budget"}),
        page("/actualites/forum-enseignement-superieur", "Forum de l'enseignement supérieur", m.prose(
            "Le forum de l'enseignement supérieur accueille lycéens et parents au parc des expositions les 12 et 13 avril."), decoys={"forum"}),
        page("/actualites/participation-en-ligne", "Participation en ligne : la Ville étudie les outils", m.prose(
            "Faut-il une plateforme numérique de participation à Clairvent ? Une mission d'élus a rencontré des villes qui utilisent Decidim, Cap Collectif ou CONSUL Democracy.",
            "Ses conclusions seront présentées au conseil municipal à l'automne. D'ici là, les dispositifs existants restent en place.")
             + m.share_buttons(f"http://{CV}/actualites/participation-en-ligne", "Participation en ligne"), decoys={"participatory_platform"}),
        # The city's accounts on global platforms: social accounts, not a local social network.
        page("/actualites/reseaux-sociaux", "La Ville sur les réseaux sociaux", m.prose(
            "Retrouvez l'actualité de Clairvent sur Facebook, Instagram, YouTube et LinkedIn : alertes météo, travaux, événements. "
            "Ces comptes sont animés par le service communication, du lundi au vendredi.",
            "<a href='https://www.facebook.com/VilledeClairvent'>Facebook</a> · <a href='https://www.instagram.com/clairvent'>Instagram</a>"),
             decoys={"territorial_social_network"}),
        page("/newsletter", "Lettre d'information", m.prose("Abonnez-vous à la lettre d'information de la Ville.")
             + '<form class="simplenews-subscriber-form" action="/newsletter" method="post"><label for="edit-mail-0-value">Courriel</label>'
               '<input type="email" id="edit-mail-0-value" name="mail[0][value]" class="form-email"><input type="hidden" name="form_id" value="simplenews_subscriptions_block_form">'
               '<input type="submit" name="op" value="S\'abonner" class="button form-submit"></form>', decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, place du Général-de-Gaulle. Tél. 02 35 00 00 00.")
             + '<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" action="/contact" method="post" accept-charset="UTF-8">'
               '<div class="js-form-item form-item"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" class="form-text required"></div>'
               '<div class="js-form-item form-item"><label for="edit-mail">Votre adresse de courriel</label><input type="email" id="edit-mail" name="mail" class="form-email required"></div>'
               '<div class="js-form-item form-item"><label for="edit-subject-0-value">Sujet</label><input type="text" id="edit-subject-0-value" name="subject[0][value]" class="form-text required"></div>'
               '<div class="js-form-item form-item"><label for="edit-message-0-value">Message</label><textarea id="edit-message-0-value" name="message[0][value]" rows="12" class="form-textarea required"></textarea></div>'
               '<input type="hidden" name="form_id" value="contact_message_feedback_form"><div class="form-actions"><input type="submit" name="op" value="Envoyer le message" class="button button--primary form-submit"></div></form>',
             {"contact_form"}),
    ]
    ssp = [
        page("/", "Mairie de quartier Saint-Sever", m.prose("La mairie de quartier Saint-Sever vous accueille du mardi au samedi : état civil, permanences des élus, vie du quartier.")
             + m.quick_links([("/conseil-de-quartier", "Le conseil de quartier"), ("/boite-a-idees", "Boîte à idées"), ("/vie-du-quartier/fete-de-saint-sever", "Fête de Saint-Sever"),
                              ("/vie-du-quartier/vide-grenier", "Vide-grenier"), ("/vie-du-quartier/bureau-de-poste", "Bureau de poste")], "Le quartier")),
        page("/conseil-de-quartier", "Le conseil de quartier", m.prose(
            "Le conseil de quartier de Saint-Sever se réunit en séance publique quatre fois par an, sous la présidence de l'adjointe de quartier.",
            "Chaque habitant peut y inscrire une question en l'envoyant à la mairie de quartier dix jours avant la séance.")
             + '<p><a href="/conseil-de-quartier/seance-14-mai">Séance du 14 mai</a></p>', {"participation_displayed"}),
        page("/conseil-de-quartier/seance-14-mai", "Séance du 14 mai", m.prose(
            "Ordre du jour de la séance publique : sécurisation de la rue Lafayette, projet de jardin partagé place des Emmurées, questions des habitants. Salle de la mairie de quartier, 18 h 30."),
             {"participation_displayed"}, parent=("Conseil de quartier", "/conseil-de-quartier")),
        # The district's idea box: a call for suggestions and a free-text form to the mairie de quartier.
        page("/boite-a-idees", "Boîte à idées", m.prose("Une idée pour Saint-Sever ? Écrivez-nous : le conseil de quartier examine toutes les idées reçues à chaque séance.")
             + m.drupal_webform("/boite-a-idees", [("prenom", "text", "Prénom"), ("email", "email", "Courriel"), ("idee", "textarea", "Votre idée")], "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/vie-du-quartier/fete-de-saint-sever", "Fête de Saint-Sever", m.prose("Samedi 8 juin, place des Emmurées : concerts, jeux et repas partagé. Vos souvenirs des éditions passées sont bienvenus !")
             + m.drupal_comments([("Monique", "2 avril 2024", "La fanfare revient cette année ?"), ("Mairie de quartier", "3 avril 2024", "Oui, à 16 h !")], 88)
             + m.share_buttons(f"{ss}/vie-du-quartier/fete-de-saint-sever", "Fête de Saint-Sever"), {"comments"}, decoys={"social_account"}),
        page("/vie-du-quartier/vide-grenier", "Vide-grenier : réserver un emplacement", m.prose("Le vide-grenier du quartier a lieu le 22 septembre. Emplacement de 3 mètres : 10 euros.")
             + m.booking_form("/vie-du-quartier/vide-grenier", "un emplacement au vide-grenier") + m.payment_form("/vie-du-quartier/vide-grenier/paiement"),
             decoys={"contact_form"}),
        page("/vie-du-quartier/bureau-de-poste", "Bureau de poste : la mobilisation", m.prose(
            "La fermeture du bureau de poste de la rue Saint-Julien inquiète les habitants. Un collectif a lancé une pétition en ligne sur "
            "<a href='https://www.change.org/p/la-poste-gardez-le-bureau-saint-julien'>change.org</a> ; la Ville a demandé un rendez-vous à La Poste."),
             decoys={"petition"}),
    ]
    return City("99258", "Clairvent", 109_900, "76", "28", "Normandie", f"http://{CV}/", [
        Site(CV, "drupal", "Ville de Clairvent", www, menu=[("Participer", "/ma-ville/participer"), ("Actualités", "/actualites"), ("Contact", "/contact")],
             accounts=[social("facebook", "VilledeClairvent"), social("instagram", "clairvent"), social("youtube", "ClairventTV"), social("linkedin", "ville-de-clairvent")],
             address="Place du Général-de-Gaulle, 76100 Clairvent"),
        Site(CV_SS, "drupal", "Mairie de quartier Saint-Sever", ssp, menu=[("Accueil", "/"), ("Conseil de quartier", "/conseil-de-quartier"), ("Ville de Clairvent", f"http://{CV}/")],
             address="Mairie de quartier, 2 place Saint-Sever, Clairvent"),
    ])


# ==== the part ======================================================================================

_BUILDERS = ("_castelbruyere", "_vernazelle", "_saint_olrique", "_brevigny", "_mirevaux", "_chantebrie", "_hautbourg", "_clairvent")


def cities():
    return [globals()[name]() for name in _BUILDERS]


def hosts():
    return {}
