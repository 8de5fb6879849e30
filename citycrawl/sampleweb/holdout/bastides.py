"""Holdout part "bastides" (99361-99368): small towns and communes nouvelles of Nouvelle-Aquitaine, Occitanie,
Normandie and Pays de la Loire on simple sites (an agency's WordPress theme, a turnkey site of the département or of
the mayors' association, Drupal, SPIP, Joomla, TYPO3), sharing services with their communauté de communes.

Participation there is told as public meetings in each commune déléguée, extra-municipal commissions, youth and
elders' councils, idea boxes, questionnaires on paper and online, a neighbours' network, a participatory budget
(the town's or the intercommunality's), a right of petition, a residents' forum, comments under news. Lookalikes:
the information apps the towns use (alerts), the gendarmerie's "participation citoyenne", enquête publique,
tenders and jobs, the associations' forum day, contests, closed polls, budget primitif, newsletters, bookings,
payments and registrations."""
from ..site import City, Site, page, social
from . import bastides_markup as m


def _home(intro, quick, news, events, extra=""):
    return (m.cookie_banner("complianz" if len(intro) % 2 else "tac") + m.prose(intro) + m.quick_links(quick)
            + m.teasers(news) + m.agenda(events) + extra)


def _app_site(host, commune, app, alerts):
    """The information app a town uses (a PanneauPocket or IntraMuros kind): alerts pushed to residents' phones,
    nobody writes back. Its pages are decoys of a neighbours' network and of a participation space."""
    items = "".join(f'<article class="panneau"><header class="panneau__head"><span class="panneau__cat">{c}</span>'
                    f'<time>{d}</time></header><h2 class="panneau__title">{t}</h2><p>{x}</p></article>' for c, d, t, x in alerts)
    pages = [
        page("/", f"{commune} sur {app}", m.prose(
            f"Les panneaux de la mairie de {commune}, en direct sur votre téléphone. Téléchargez l'application {app}, "
            "ajoutez la commune à vos favoris et recevez les alertes : coupures d'eau, travaux, météo, fermeture de la mairie.",
            "L'application est gratuite, sans compte ni publicité. Elle sert à informer : la mairie ne reçoit pas de messages par ce canal.")
             + f'<section class="panneaux">{items}</section>'
             + '<p><a href="/application">Télécharger l\'application</a> · <a href="/aide">Aide</a></p>',
             decoys={"territorial_social_network", "participation_displayed"}),
        page("/application", f"Télécharger {app}", m.prose(
            f"{app} est disponible sur les magasins d'applications des téléphones Android et iPhone. "
            "Recherchez votre commune puis touchez le cœur pour la suivre. Vous pouvez suivre plusieurs communes et l'école de vos enfants."),
             decoys={"territorial_social_network"}),
        page("/aide", "Aide", m.prose(
            "Je ne reçois pas les notifications : vérifiez les réglages de votre téléphone.",
            "Puis-je répondre à un panneau ? Non, l'application est à sens unique ; pour écrire à la mairie, utilisez son site.")
             + '<p><a href="/">Retour aux panneaux</a></p>', decoys={"contact_form"}),
    ]
    return Site(host, "vendor", f"{app} – {commune}", pages, menu=[("Panneaux", "/"), ("Application", "/application"), ("Aide", "/aide")],
                address=f"Service édité pour la commune de {commune}")


# ---- 1. Saint-Orbelin-sur-Dronne (24): WordPress by a local agency, commune nouvelle of four villages ---------

def saint_orbelin() -> City:
    host = "www.saint-orbelin.fr"
    news = [("/actualites/reunions-publiques-communes-deleguees", "Réunions publiques dans les quatre communes déléguées", "12 février",
             "Le maire et les maires délégués viennent à votre rencontre."),
            ("/actualites/questionnaire-commune-nouvelle", "Cinq ans de commune nouvelle : votre avis", "3 février", "Un questionnaire papier et en ligne."),
            ("/actualites/travaux-route-de-bourdeilles", "Travaux route de Bourdeilles", "28 janvier", "Circulation alternée jusqu'au 15 mars."),
            ("/actualites/voeux-du-maire", "Retour sur la cérémonie des vœux", "15 janvier", "Plus de 250 habitants réunis à la salle des fêtes.")]
    sidebar = (m.sidebar_links("Vivre ensemble", [("/vivre-ensemble/commissions-extra-municipales", "Commissions extra-municipales"),
                                                  ("/vivre-ensemble/boite-a-idees", "Boîte à idées"),
                                                  ("/vivre-ensemble/participation-citoyenne-gendarmerie", "Participation citoyenne (gendarmerie)")])
               + m.mailpoet(3))
    comments_fibre = [("Odile R.", "30 janvier 2025", "Est-ce que le lieu-dit Les Peyrières est concerné par la déviation ?"),
                      ("Mairie de Saint-Orbelin", "30 janvier 2025", "Oui, la déviation passe par la route des Peyrières pendant trois semaines."),
                      ("Bernard L.", "1 février 2025", "Merci de penser au ramassage scolaire le matin.")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Saint-Orbelin-sur-Dronne, commune nouvelle née en 2019 de Saint-Orbelin, Lussac-la-Forêt, Champeyrac et Vieux-Mareuil-le-Bas.",
            [("/mairie/communes-deleguees", "Communes déléguées"), ("/demarches/reservation-salle-des-fetes", "Réserver une salle"),
             ("/vivre-ensemble/boite-a-idees", "Boîte à idées"), ("/vivre-ensemble/questionnaire", "Questionnaire"),
             ("/contact", "Contacter la mairie"), ("/infos-pratiques/panneau-commune", "Alertes sur votre téléphone"),
             ("/mairie/budget-2025", "Budget 2025"), ("/mairie/marches-publics", "Marchés publics"),
             ("/vivre-ensemble/voisins-solidaires", "Voisins solidaires")],
            news, [("/agenda/concours-logo", "Concours du logo", "jusqu'au 30 avril"), ("/agenda/forum-des-associations", "Forum des associations", "6 septembre"),
                   ("/actualites/reunions-publiques-communes-deleguees", "Réunion publique à Champeyrac", "20 février")])),
        page("/mairie/communes-deleguees", "Les communes déléguées", m.prose(
            "Depuis la création de la commune nouvelle, chacune des quatre anciennes communes est une commune déléguée avec son maire délégué "
            "et sa mairie annexe, où vous pouvez faire vos démarches d'état civil.",
            "Mairie annexe de Lussac-la-Forêt : mardi et jeudi matin. Mairie annexe de Champeyrac : lundi après-midi. "
            "Mairie annexe de Vieux-Mareuil-le-Bas : vendredi matin.")
             + m.with_sidebar("<h2>Les maires délégués</h2><ul><li>Lussac-la-Forêt : Mme Josiane Peyrat</li><li>Champeyrac : M. Alain Dubreuil</li>"
                              "<li>Vieux-Mareuil-le-Bas : M. Pierre Lacoste</li></ul>", sidebar)),
        # a page presenting how the town involves residents: public meetings in each commune déléguée, twice a year
        page("/actualites/reunions-publiques-communes-deleguees", "Réunions publiques dans les quatre communes déléguées", m.prose(
            "Comme chaque année, l'équipe municipale organise une réunion publique dans chaque commune déléguée. C'est le moment "
            "d'échanger avec vos élus sur les projets de votre village, de poser vos questions et de faire remonter vos attentes.",
            "Les comptes rendus de ces rencontres sont publiés sur le site et affichés dans les mairies annexes. Les demandes "
            "exprimées sont examinées en commission et chaque réunion commence par les réponses données à celles de l'année précédente.",
            "Calendrier : Lussac-la-Forêt le 18 février, Champeyrac le 20 février, Vieux-Mareuil-le-Bas le 25 février, "
            "Saint-Orbelin le 27 février, à 19 h dans chaque salle communale.")
             + m.share(f"http://{host}/actualites/reunions-publiques-communes-deleguees"), {"participation_displayed"}),
        page("/vivre-ensemble/commissions-extra-municipales", "Commissions extra-municipales", m.with_sidebar(m.prose(
            "Le conseil municipal a créé quatre commissions extra-municipales ouvertes aux habitants qui ne sont pas élus : "
            "cadre de vie et fleurissement, vie associative et fêtes, chemins de randonnée, patrimoine.",
            "Chaque commission réunit des élus et des habitants volontaires de toutes les communes déléguées. Elle donne un avis "
            "au conseil municipal sur les projets de son domaine et peut lui proposer des actions.",
            "Pour rejoindre une commission, faites-vous connaître à l'accueil de la mairie ou par le formulaire de contact."), sidebar),
             {"participation_displayed"}),
        page("/vivre-ensemble/boite-a-idees", "Boîte à idées", m.with_sidebar(m.prose(
            "Une boîte à idées est installée à l'accueil de la mairie et dans chaque mairie annexe. Vous pouvez aussi nous transmettre "
            "vos idées en ligne : aménagement d'un village, animation, service qui vous manque… Toutes les propositions sont lues par la "
            "commission concernée.")
            + m.cf7("/vivre-ensemble/boite-a-idees/", 214, [("text", "your-name", "Votre nom (facultatif)"),
                                                            ("select:Saint-Orbelin|Lussac-la-Forêt|Champeyrac|Vieux-Mareuil-le-Bas", "commune-deleguee", "Votre commune déléguée"),
                                                            ("email", "your-email", "Votre e-mail (pour une réponse)"),
                                                            ("textarea", "votre-idee", "Votre idée")], "Déposer mon idée"), sidebar),
             {"suggestion_call", "contact_form"}),
        # announces the questionnaire and links to it; the form is on its own page
        page("/actualites/questionnaire-commune-nouvelle", "Cinq ans de commune nouvelle : votre avis", m.prose(
            "Cinq ans après la création de la commune nouvelle, la municipalité souhaite savoir comment vous vivez le regroupement : "
            "services de proximité, mairies annexes, fêtes de village, travaux.",
            "Le questionnaire a été distribué dans toutes les boîtes aux lettres avec le bulletin municipal. Vous pouvez le déposer "
            "en mairie ou y répondre <a href=\"/vivre-ensemble/questionnaire\">en ligne</a> jusqu'au 31 mars.")
             + m.share(f"http://{host}/actualites/questionnaire-commune-nouvelle"), decoys={"poll"}),
        page("/vivre-ensemble/questionnaire", "Questionnaire : la commune nouvelle et vous", m.prose(
            "Répondez en cinq minutes. Les réponses sont anonymes ; les résultats seront présentés lors des réunions publiques de l'automne.",
            'Voir aussi <a href="/vivre-ensemble/resultats-enquete-2021">les résultats de l\'enquête de 2021 sur les déchets</a>.')
             + m.wpforms_survey(388, "/vivre-ensemble/questionnaire/", "La commune nouvelle et vous", [
                 ("Dans quelle commune déléguée habitez-vous ?", ["Saint-Orbelin", "Lussac-la-Forêt", "Champeyrac", "Vieux-Mareuil-le-Bas"]),
                 ("Les horaires des mairies annexes vous conviennent-ils ?", ["Oui", "Plutôt oui", "Plutôt non", "Non"]),
                 ("Depuis la fusion, les services de proximité se sont :", ["Améliorés", "Maintenus", "Dégradés", "Je ne sais pas"]),
                 ("Quel service aimeriez-vous voir dans votre village ?", None)]), {"poll"}),
        page("/vivre-ensemble/resultats-enquete-2021", "Résultats de l'enquête sur les déchets (2021)", m.prose(
            "L'enquête de 2021 sur la collecte des déchets est close. 318 foyers y ont répondu. Voici les résultats présentés au conseil.")
             + m.poll_results("Préférez-vous une collecte des ordures tous les quinze jours ?", [("Oui", 41, 130), ("Non", 52, 165), ("Sans avis", 7, 23)], "30 juin 2021"),
             decoys={"poll"}),
        page("/actualites/travaux-route-de-bourdeilles", "Travaux route de Bourdeilles", m.prose(
            "Le Département renouvelle la chaussée de la RD 939 entre le bourg et Lussac-la-Forêt. Circulation alternée par feux "
            "jusqu'au 15 mars, déviation des poids lourds par la route des Peyrières.")
             + m.wp_comments(comments_fibre, 512), {"comments"}),
        # comments closed and none left: the WordPress "comments are closed" note is no comment section
        page("/actualites/voeux-du-maire", "Retour sur la cérémonie des vœux", m.prose(
            "Plus de 250 habitants ont assisté aux vœux du maire. Il a rappelé les projets de l'année : la maison de santé, "
            "la réfection de l'église de Champeyrac et les réunions publiques dans chaque commune déléguée.")
             + m.wp_comments([], 498, open_form=False), decoys={"comments", "participation_displayed"}),
        # the gendarmerie's watch scheme, which carries the word "participation" but is no participatory approach
        page("/vivre-ensemble/participation-citoyenne-gendarmerie", "Participation citoyenne : le dispositif de vigilance", m.prose(
            "La commune a signé avec la préfecture et la gendarmerie un protocole « participation citoyenne ». Des habitants référents "
            "signalent aux gendarmes de la brigade de Mareuil tout fait inhabituel dans leur secteur (démarchage, véhicules suspects).",
            "Ce dispositif de prévention des cambriolages est encadré par la gendarmerie ; les référents sont désignés par le maire.")
             + m.with_sidebar("", sidebar), decoys={"participation_displayed", "territorial_social_network"}),
        page("/infos-pratiques/panneau-commune", "Les alertes de la mairie sur votre téléphone", m.prose(
            "La mairie publie ses informations et alertes sur l'application PanoCommune : coupures d'eau, travaux, alertes météo, "
            "animations. Pas besoin de créer un compte.",
            'Consultez <a href="http://saint-orbelin.panocommune.fr/">les panneaux de Saint-Orbelin-sur-Dronne</a>.'),
             decoys={"territorial_social_network"}),
        page("/demarches/reservation-salle-des-fetes", "Réserver la salle des fêtes", m.prose(
            "Les salles des fêtes de Saint-Orbelin et de Champeyrac se louent aux habitants et aux associations. Tarifs : 150 € le week-end "
            "pour les habitants de la commune, 300 € pour les extérieurs. Caution de 500 €.")
             + m.cf7("/demarches/reservation-salle-des-fetes/", 233, [("text", "your-name", "Nom et prénom"), ("email", "your-email", "E-mail"),
                                                                    ("tel", "your-tel", "Téléphone"),
                                                                    ("select:Salle de Saint-Orbelin|Salle de Champeyrac", "salle", "Salle souhaitée"),
                                                                    ("date", "date-debut", "Date de la manifestation"),
                                                                    ("select:Repas familial|Mariage|Assemblée d'association|Autre", "type", "Type de manifestation")],
                     "Demander la réservation"), decoys={"contact_form"}),
        page("/mairie/budget-2025", "Budget primitif 2025", m.prose(
            "Le conseil municipal a voté le budget primitif le 8 avril : 3,1 M€ en fonctionnement, 1,4 M€ en investissement. "
            "Principaux investissements : maison de santé, voirie, toiture de l'école de Lussac.")
             + m.downloads([("/wp-content/uploads/2025/04/budget-primitif-2025.pdf", "Budget primitif 2025", "1,2 Mo"),
                            ("/wp-content/uploads/2025/04/note-synthese-bp2025.pdf", "Note de présentation synthétique", "240 Ko")]),
             decoys={"participatory_budget"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : réfection de la toiture de l'école de Lussac-la-Forêt. Procédure adaptée. "
            "Date limite de remise des offres : 14 mars à 12 h. Le dossier de consultation est sur la plateforme des marchés de la Dordogne.",
            "Appel à candidatures : la commune recherche un exploitant pour le multiple rural de Champeyrac."),
             decoys={"suggestion_call"}),
        page("/agenda/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations de la commune nouvelle aura lieu le samedi 6 septembre de 10 h à 17 h à la salle des fêtes de "
            "Saint-Orbelin : sport, musique, randonnée, comités des fêtes des quatre villages. Démonstrations et buvette."),
             decoys={"forum"}),
        # a neighbourly-help scheme run on paper and by phone: no social network, nothing to join online
        page("/vivre-ensemble/voisins-solidaires", "Voisins solidaires", m.prose(
            "Avec le CCAS, la commune relaie l'opération « Voisins solidaires » : un kit (affiches, carnet de contacts) est remis aux habitants "
            "qui veulent veiller sur un voisin âgé ou isolé pendant l'été et les épisodes de canicule.",
            "Le kit est disponible à l'accueil de la mairie et dans les mairies annexes. Le registre des personnes vulnérables est tenu par le CCAS."),
             decoys={"territorial_social_network"}),
        # a contest for the new commune's logo: entries judged by a jury, no call for residents' ideas about the town
        page("/agenda/concours-logo", "Concours : le logo de la commune nouvelle", m.prose(
            "Graphistes amateurs, écoliers, artistes : proposez le logo de Saint-Orbelin-sur-Dronne ! Le règlement du concours est disponible "
            "en mairie. Envoi des créations avant le 30 avril ; le jury désignera le lauréat, qui recevra un bon d'achat de 300 €."),
             decoys={"suggestion_call"}),
        page("/contact", "Contacter la mairie", m.prose(
            "Mairie de Saint-Orbelin-sur-Dronne, place de la Halle. Ouverte du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h.")
             + m.cf7("/contact/", 12, [("text", "your-name", "Votre nom"), ("email", "your-email", "Votre e-mail"),
                                       ("text", "your-subject", "Objet"), ("textarea", "your-message", "Votre message"),
                                       ("checkbox", "rgpd", "J'accepte que mes données soient utilisées pour répondre à ma demande")]),
             {"contact_form"}),
    ]
    www = Site(host, "wordpress", "Saint-Orbelin-sur-Dronne", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie/communes-deleguees"), ("Vivre ensemble", "/vivre-ensemble/commissions-extra-municipales"),
                     ("Démarches", "/demarches/reservation-salle-des-fetes"), ("Contact", "/contact")],
               accounts=[social("facebook", "SaintOrbelinSurDronne")], address="Place de la Halle, 24340 Saint-Orbelin-sur-Dronne")
    app = _app_site("saint-orbelin.panocommune.fr", "Saint-Orbelin-sur-Dronne", "PanoCommune", [
        ("Travaux", "28/01", "Route de Bourdeilles", "Circulation alternée jusqu'au 15 mars."),
        ("Eau", "21/01", "Coupure d'eau à Champeyrac", "Mercredi de 8 h à 12 h, rue du Lavoir."),
        ("Météo", "14/01", "Vigilance orange neige", "Prudence sur les routes des coteaux.")])
    return City("99361", "Saint-Orbelin-sur-Dronne", 5_820, "24", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, app])


# ---- 2. Montgaravel (32): the département's turnkey site; the intercommunality's budget on Cap Collectif -----

def montgaravel() -> City:
    host = "www.montgaravel.fr"
    cc = "gimone-arrats.cap-collectif.com"
    news = [("/actualites/budget-participatif-intercommunal", "Budget participatif de la communauté de communes", "10 mars",
             "Déposez vos projets jusqu'au 30 avril."),
            ("/actualites/conseil-municipal-jeunes-elu", "Le nouveau conseil municipal des jeunes est élu", "2 mars", "Onze jeunes élus pour deux ans."),
            ("/actualites/petition-ligne-auch-agen", "Ligne de car Auch-Agen", "20 février", "Le conseil soutient le maintien de la ligne."),
            ("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", "12 février", "Inscriptions ouvertes.")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Montgaravel, bastide de Lomagne et chef-lieu de la communauté de communes Gimone-Arrats.",
            [("/vie-municipale/conseil-des-sages", "Conseil des sages"), ("/vie-municipale/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
             ("/vie-municipale/droit-de-petition", "Droit de pétition"), ("/vie-municipale/questionnaire-services", "Questionnaire"),
             ("/services/cantine-paiement", "Payer la cantine"), ("/contact", "Contact"),
             ("/vie-municipale/conseil-municipal", "Conseil municipal"), ("/intercommunalite/offres-emploi", "Offres d'emploi")],
            news, [("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", "jusqu'au 31 mai"),
                   ("/vie-municipale/conseil-municipal", "Conseil municipal", "27 mars")])),
        page("/vie-municipale/conseil-des-sages", "Le conseil des sages", m.prose(
            "Créé en 2016, le conseil des sages réunit quinze habitants de plus de 62 ans, volontaires, qui ne siègent pas au conseil "
            "municipal. Il étudie les sujets que lui confie le maire et ceux qu'il choisit : accessibilité des commerces de la bastide, "
            "transport à la demande, mémoire du village.",
            "Ses avis sont présentés chaque année au conseil municipal. Il se réunit une fois par mois à la mairie."),
             {"participation_displayed"}),
        page("/vie-municipale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Le conseil municipal des jeunes (CMJ) donne la parole aux 10-15 ans. Élus pour deux ans par les élèves de l'école et du collège, "
            "ses onze membres montent des projets pour la commune : city-stade, journée propreté, boîte à livres.",
            "Les jeunes conseillers présentent leurs projets au conseil municipal, qui leur réserve une enveloppe de 3 000 € par an."),
             {"participation_displayed"}),
        # a news item naming the youth council in passing: the approach is presented on the council's own page
        page("/actualites/conseil-municipal-jeunes-elu", "Le nouveau conseil municipal des jeunes est élu", m.prose(
            "Onze jeunes ont été élus le 28 février. Ils ont tenu leur première séance en présence du maire. "
            "<a href=\"/vie-municipale/conseil-municipal-des-jeunes\">En savoir plus sur le CMJ</a>."),
             decoys={"participation_displayed"}),
        # the town's own right of petition, with a form to sign: the city runs the space
        page("/vie-municipale/droit-de-petition", "Le droit de pétition", m.prose(
            "Par délibération du 14 novembre 2023, le conseil municipal a ouvert un droit de pétition aux habitants de Montgaravel âgés de 16 ans et plus. "
            "Une pétition qui réunit la signature de 5 % des habitants (environ 190 signatures) est inscrite à l'ordre du jour d'un conseil municipal.",
            "Pour déposer une pétition, remettez son texte en mairie ; elle est publiée ici sous quinze jours. Pétition en cours :")
             + m.petition_sign("/vie-municipale/droit-de-petition/signer", "Pour un passage piéton devant la halle aux grains", 112, 190),
             {"petition"}),
        # a national petition site about an unrelated topic, linked from a news item: not a city-run petition space
        page("/actualites/petition-ligne-auch-agen", "Ligne de car Auch-Agen : le conseil soutient son maintien", m.prose(
            "Le conseil municipal a adopté une motion pour le maintien de la ligne de car régionale Auch-Agen.",
            "Une pétition régionale circule également sur <a href=\"http://www.petitions-en-ligne-occitanie.fr/petition/ligne-auch-agen\">un site de pétitions</a>."),
             decoys={"petition"}),
        page("/vie-municipale/questionnaire-services", "Questionnaire : les services de la mairie", m.prose(
            "La mairie veut adapter ses horaires et ses services. Merci de prendre quelques minutes pour répondre : le questionnaire est "
            "aussi disponible en version papier à l'accueil et à l'agence postale.")
             + m.simple_form("/vie-municipale/questionnaire-services/envoyer", "form-questionnaire", [
                 ("radio:Moins de 25 ans|25-60 ans|Plus de 60 ans", "age", "Votre âge"),
                 ("radio:Matin|Après-midi|Samedi matin", "horaires", "Quand préférez-vous venir en mairie ?"),
                 ("radio:Oui|Non", "demarches_en_ligne", "Faites-vous des démarches en ligne ?"),
                 ("radio:Très satisfait|Satisfait|Peu satisfait|Pas satisfait", "accueil", "Êtes-vous satisfait de l'accueil ?")],
                 "Valider mes réponses"), {"poll"}),
        # the town's page on the intercommunality's budget: it says who may propose and where, and links to the filing
        page("/actualites/budget-participatif-intercommunal", "Budget participatif de la communauté de communes", m.prose(
            "La communauté de communes Gimone-Arrats lance son premier budget participatif : 60 000 € pour des projets proposés par les "
            "habitants des 22 communes. Les projets se déposent sur la plateforme de la communauté de communes ou sur papier dans les mairies.",
            f'Rendez-vous sur <a href="http://{cc}/">la plateforme de participation Gimone-Arrats</a>.'),
             {"participatory_budget"}),
        page("/vie-municipale/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 19 élus. Prochaine séance le 27 mars à 20 h 30 : vote du compte administratif 2024, "
            "du budget primitif 2025, tarifs de la cantine. Les séances sont publiques.")
             + m.downloads([("/medias/cr-conseil-2025-02.pdf", "Compte rendu du conseil du 6 février", "180 Ko"),
                            ("/medias/bp-2025.pdf", "Budget primitif 2025", "900 Ko")]),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", m.prose(
            "Le concours communal des maisons et balcons fleuris est ouvert. Inscription gratuite en mairie jusqu'au 31 mai. "
            "Le jury passera en juillet ; remise des prix lors de la fête de la bastide.")
             + m.simple_form("/actualites/concours-maisons-fleuries/inscription", "form-inscription", [
                 ("text", "nom", "Nom"), ("text", "adresse", "Adresse"), ("tel", "telephone", "Téléphone"),
                 ("select:Maison avec jardin|Balcon ou fenêtre|Commerce", "categorie", "Catégorie")], "M'inscrire"),
             decoys={"suggestion_call", "contact_form"}),
        page("/services/cantine-paiement", "Payer la cantine et la garderie", m.prose(
            "Les factures de cantine et de garderie se règlent en ligne par carte bancaire avec la référence de votre facture.")
             + m.simple_form("/services/cantine-paiement/tipi", "form-paiement", [
                 ("text", "reference", "Référence de la facture"), ("number", "montant", "Montant (€)"), ("email", "mel", "E-mail pour le reçu")],
                 "Payer"), decoys={"contact_form"}),
        page("/intercommunalite/offres-emploi", "Offres d'emploi et appels d'offres de la communauté de communes", m.prose(
            "La communauté de communes Gimone-Arrats recrute un animateur jeunesse (CDD un an) et un agent de déchetterie.",
            "Appel d'offres en cours : transport scolaire, lots 1 à 4. Appel à projets « Mobilités rurales » pour les associations : "
            "subventions jusqu'à 5 000 €, dossier avant le 15 avril."), decoys={"suggestion_call", "participatory_budget"}),
        page("/contact", "Contact", m.prose("Mairie de Montgaravel, 1 place de la Bastide. Du lundi au samedi de 9 h à 12 h.")
             + m.simple_form("/contact/envoyer", "form-contact", [
                 ("text", "nom", "Nom"), ("email", "courriel", "Courriel"), ("text", "objet", "Objet"),
                 ("textarea", "message", "Message"), ("hidden:contact", "formulaire", "")], "Envoyer"), {"contact_form"}),
    ]
    www = Site(host, "vendor", "Mairie de Montgaravel", pages,
               menu=[("Accueil", "/"), ("Vie municipale", "/vie-municipale/conseil-municipal"), ("Participer", "/vie-municipale/droit-de-petition"),
                     ("Services", "/services/cantine-paiement"), ("Contact", "/contact")],
               accounts=[social("facebook", "mairie.montgaravel", "https://fr-fr.facebook.com/mairie.montgaravel/")],
               address="1 place de la Bastide, 32500 Montgaravel")
    bp = "/project/budget-participatif-gimone-arrats-2025"
    projects = [("Abri vélo à la gare de Montgaravel", "Montgaravel", "8 000 €", "Un abri couvert et sécurisé pour une douzaine de vélos."),
                ("Verger partagé à Saint-Cricq", "Saint-Cricq", "6 500 €", "Planter 30 arbres fruitiers anciens sur le terrain communal."),
                ("Boîtes à livres dans les villages", "Toutes communes", "3 000 €", "Une boîte à livres dans chaque commune de la communauté.")]
    cap = Site(cc, "capcollectif", "Je participe en Gimone-Arrats", [
        page("/", "Accueil", m.prose(
            "Bienvenue sur la plateforme de participation de la communauté de communes Gimone-Arrats. Proposez, débattez, votez : "
            "le territoire se construit avec ses habitants.")
             + f'<section class="projects-list"><h2>Projets participatifs</h2><div class="project-preview"><a href="{bp}/presentation">Budget participatif 2025</a>'
               f'<span class="label label-info">Dépôt en cours</span></div><div class="project-preview"><a href="/project/consultation-pcaet/consultation/questionnaire">'
               'Plan climat : questionnaire</a><span class="label label-default">Terminé</span></div></section>',
             {"participatory_budget"}),
        page(f"{bp}/presentation", "Budget participatif 2025 – Présentation", m.prose(
            "60 000 € pour vos projets ! Habitants, associations et écoles des 22 communes peuvent proposer des projets d'investissement "
            "d'intérêt général, jusqu'à 15 000 € par projet.")
             + m.steps([("Dépôt des projets", "1er mars – 30 avril"), ("Analyse", "mai – juin"), ("Vote", "1er – 30 septembre"),
                        ("Lauréats", "octobre")], current=1)
             + f'<p><a href="{bp}/collect/depot-des-projets">Déposer un projet</a> · <a href="{bp}/reglement">Lire le règlement</a></p>',
             {"participatory_budget"}),
        page(f"{bp}/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 : la communauté de communes consacre 60 000 € de son budget d'investissement aux projets choisis par les habitants.",
            "Article 2 : toute personne de plus de 11 ans résidant sur le territoire peut déposer un projet et voter.",
            "Article 3 : les projets doivent relever des compétences de la communauté de communes et être réalisables en deux ans."),
             {"participatory_budget"}),
        page(f"{bp}/collect/depot-des-projets", "Dépôt des projets", m.prose(
            "Déposez votre projet avant le 30 avril. Vous devez être connecté pour proposer.")
             + '<div id="proposal-form-root" class="collect-step"><form class="proposal-form" action="/graphql" method="post">'
               '<label for="proposal_title">Titre du projet</label><input id="proposal_title" name="title" type="text">'
               '<label for="proposal_body">Description</label><textarea id="proposal_body" name="body" rows="8"></textarea>'
               '<label for="proposal_district">Commune</label><select id="proposal_district" name="district"><option>Montgaravel</option><option>Saint-Cricq</option><option>Autre commune</option></select>'
               '<label for="proposal_estimation">Coût estimé</label><input id="proposal_estimation" name="estimation" type="number">'
               '<button type="submit" class="btn btn-primary">Publier ma proposition</button></form></div>'
             + m.project_cards(projects) + f'<p><a href="{bp}/proposals/abri-velo-gare">Voir le projet « Abri vélo à la gare »</a> · '
               f'<a href="{bp}/selection/vote">Étape de vote</a></p>', {"participatory_budget", "suggestion_call", "contact_form"}),
        page(f"{bp}/proposals/abri-velo-gare", "Abri vélo à la gare de Montgaravel", m.prose(
            "Proposé par Claire B. – Montgaravel – coût estimé 8 000 €. Beaucoup de lycéens prennent le car à la gare routière : "
            "un abri couvert et fermé leur permettrait d'y laisser leur vélo.")
             + '<section id="proposal-page-comments" class="comments-section"><h2>Commentaires (2)</h2>'
               '<div class="opinion opinion--comment"><p class="opinion__user">Hervé</p><p class="opinion__body">Très bonne idée, avec des arceaux pour les cadenas.</p></div>'
               '<div class="opinion opinion--comment"><p class="opinion__user">Lucie</p><p class="opinion__body">Je soutiens, mon fils en a besoin tous les jours.</p></div>'
               '<form class="comment-form" action="/graphql" method="post"><label for="commentBody">Votre commentaire</label>'
               '<textarea id="commentBody" name="body" rows="4"></textarea><button type="submit" class="btn btn-primary">Commenter</button></form></section>',
             {"participatory_budget", "comments"}),
        # the vote step, announced but not open yet: the budget is there, no ballot
        page(f"{bp}/selection/vote", "Vote des projets", m.prose(
            "Le vote ouvrira le 1er septembre. Les projets retenus après l'analyse des services seront présentés ici ; chaque habitant pourra "
            "soutenir trois projets."), {"participatory_budget"}),
        # a closed questionnaire of the platform: its step is over, only the results remain
        page("/project/consultation-pcaet/consultation/questionnaire", "Plan climat : questionnaire (terminé)", m.prose(
            "Ce questionnaire est terminé. 214 personnes ont répondu. La synthèse a été présentée au conseil communautaire du 12 décembre.")
             + m.poll_results("Quelle action climat prioritaire ?", [("Rénovation des logements", 46, 98), ("Transport à la demande", 33, 71), ("Haies et bocage", 21, 45)], "30 novembre"),
             decoys={"poll"}),
    ], menu=[("Accueil", "/"), ("Budget participatif", f"{bp}/presentation"), ("Déposer un projet", f"{bp}/collect/depot-des-projets")],
        features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    petitions = Site("www.petitions-en-ligne-occitanie.fr", "wordpress", "Pétitions en ligne Occitanie", [
        page("/", "Accueil", m.prose("Site associatif de pétitions sur les transports et services publics de la région.")
             + '<ul><li><a href="/petition/ligne-auch-agen">Maintien de la ligne Auch-Agen</a></li></ul>', decoys={"petition"}),
        # a petition about a regional matter on a site no town runs
        page("/petition/ligne-auch-agen", "Maintien de la ligne de car Auch-Agen", m.prose(
            "Nous demandons à la Région le maintien des six allers-retours quotidiens de la ligne Auch-Agen.")
             + m.petition_sign("/petition/ligne-auch-agen/signer", "Maintien de la ligne Auch-Agen", 2310, 5000), decoys={"petition"}),
    ], menu=[("Accueil", "/")], address="Association Usagers Gascogne")
    return City("99362", "Montgaravel", 3_870, "32", "76", "Occitanie", f"http://{host}/", [www, cap, petitions])


# ---- 3. Valdorgne (47): Drupal, its own participatory budget under a local brand ------------------------------

def valdorgne() -> City:
    host = "www.valdorgne47.fr"
    bp = "/valdorgne-en-projets"
    news = [(f"{bp}/vote", "Valdorgne en projets : à vous de voter", "1er octobre", "Dix-huit projets soumis au vote."),
            ("/actualites/enquete-publique-plui", "Enquête publique du PLUi", "15 septembre", "Le commissaire enquêteur tient permanence."),
            ("/actualites/recensement-2026", "Recensement de la population", "5 septembre", "Les agents recenseurs passent en janvier."),
            ("/actualites/nouveau-city-stade", "Le city-stade du Pech inauguré", "28 août", "Un projet lauréat de 2023.")]
    winners23 = [("City-stade du Pech", "Sainte-Foy-d'Orgne", "35 000 €", "Terrain multisports en accès libre."),
                 ("Jardin partagé de la Poste", "Valdorgne-centre", "9 000 €", "Bacs, cabane et récupérateur d'eau."),
                 ("Éclairage solaire du chemin de halage", "Lamothe", "14 000 €", "Douze bornes solaires le long du canal.")]
    candidates = [("Aire de jeux à Lamothe", "Lamothe", "20 000 €", "Des jeux pour les 3-10 ans près de l'école."),
                  ("Fontaine à eau place du Marché", "Valdorgne-centre", "6 000 €", "Un point d'eau potable pour les marcheurs et cyclistes."),
                  ("Nichoirs et hôtel à insectes", "Sainte-Foy-d'Orgne", "2 500 €", "Avec les écoliers, le long de la voie verte.")]
    pages = [
        page("/", "Accueil", _home(
            "Valdorgne, commune nouvelle du Lot-et-Garonne, réunit depuis 2017 Valdorgne-centre, Lamothe-d'Orgne et Sainte-Foy-d'Orgne.",
            [(bp, "Valdorgne en projets"), ("/ma-mairie/democratie-locale", "Démocratie locale"), ("/ma-mairie/comites-consultatifs", "Comités consultatifs"),
             ("/actualites/enquete-publique-plui", "Enquête publique"), ("/demarches/contact", "Nous contacter"),
             ("/demarches/inscriptions-scolaires", "Inscriptions scolaires"), ("/ma-mairie/budget-communal", "Budget communal")],
            news, [(f"{bp}/vote", "Vote du budget participatif", "1er - 31 octobre"),
                   ("/actualites/enquete-publique-plui", "Permanence du commissaire enquêteur", "22 septembre")])),
        page("/ma-mairie/democratie-locale", "Démocratie locale", m.prose(
            "La municipalité associe les habitants à ses décisions : comités consultatifs dans chacune des trois communes déléguées, "
            "budget participatif « Valdorgne en projets », réunions publiques avant chaque grand chantier, charte de la participation "
            "adoptée en 2021.",
            f'<a href="/ma-mairie/comites-consultatifs">Les comités consultatifs</a> · <a href="{bp}">Valdorgne en projets</a> · '
            '<a href="/ma-mairie/charte-de-la-participation">La charte de la participation</a> · <a href="/actualites/fleurissement-vos-idees">Fleurissement : vos idées</a>'),
             {"participation_displayed"}),
        page("/ma-mairie/charte-de-la-participation", "La charte de la participation", m.prose(
            "Adoptée par le conseil municipal en 2021 après un an de travail avec les comités consultatifs, la charte fixe les engagements de la "
            "commune : informer avant de décider, consulter sur les projets qui changent la vie des habitants, rendre compte des avis reçus.",
            "Elle s'applique aux comités consultatifs, aux réunions publiques, aux questionnaires et au budget participatif.")
             + m.downloads([("/sites/default/files/charte-participation.pdf", "Charte de la participation", "420 Ko")]), {"participation_displayed"}),
        page("/actualites/fleurissement-vos-idees", "Fleurissement : vos idées pour la commune", m.prose(
            "Massifs, jardinières, pieds de murs : où et comment fleurir Valdorgne ? La commission cadre de vie invite les habitants à envoyer "
            "leurs idées avant le 15 mars. Les meilleures seront mises en œuvre par les agents des espaces verts, avec les volontaires.")
             + m.webform("idees_fleurissement", "/actualites/fleurissement-vos-idees", [
                 ("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                 ("radios:Valdorgne-centre|Lamothe-d'Orgne|Sainte-Foy-d'Orgne", "village", "Village"),
                 ("textarea", "idee", "Votre idée")], "Envoyer mon idée"), {"suggestion_call", "contact_form"}),
        page("/ma-mairie/comites-consultatifs", "Les comités consultatifs des communes déléguées", m.prose(
            "Dans chaque commune déléguée, un comité consultatif réunit le maire délégué, des élus et douze habitants tirés au sort "
            "parmi les volontaires. Il est consulté sur les projets du village et se réunit au moins trois fois par an, en séance ouverte au public.",
            "Les relevés de décisions sont publiés en ligne. Pour vous porter volontaire, écrivez à la mairie."),
             {"participation_displayed"}),
        page(bp, "Valdorgne en projets", m.prose(
            "« Valdorgne en projets » est le budget participatif de la commune : chaque année, 50 000 € de l'investissement sont réservés "
            "à des projets imaginés et choisis par les habitants. 3e édition en 2025.")
             + m.steps([("Dépôt des idées", "avril – mai"), ("Étude de faisabilité", "juin – août"), ("Vote", "octobre"), ("Réalisation", "2026")], current=3)
             + f'<ul><li><a href="{bp}/reglement">Le règlement</a></li><li><a href="{bp}/deposer">Déposer une idée (clos)</a></li>'
               f'<li><a href="{bp}/vote">Voter</a></li><li><a href="{bp}/edition-2024">L\'édition 2024</a></li><li><a href="{bp}/laureats-2023">Les lauréats 2023</a></li></ul>',
             {"participatory_budget"}),
        page(f"{bp}/reglement", "Règlement de Valdorgne en projets", m.prose(
            "Qui peut participer ? Toute personne habitant Valdorgne, dès 12 ans.",
            "Quels projets ? Des dépenses d'investissement d'intérêt général, sur le domaine public, d'un coût maximal de 20 000 €.",
            "Comment sont choisis les projets ? Les projets jugés faisables par les services sont soumis au vote ; chaque votant choisit trois projets.")
             + m.downloads([("/sites/default/files/2025-03/reglement-valdorgne-en-projets.pdf", "Règlement approuvé le 18 mars 2025", "310 Ko")]),
             {"participatory_budget"}),
        # the filing step of the budget, closed for this edition: the form is gone, the call is over
        page(f"{bp}/deposer", "Déposer une idée", m.prose(
            "Le dépôt des idées pour l'édition 2025 s'est terminé le 31 mai : 41 idées ont été reçues, merci ! "
            "Le prochain appel à idées ouvrira en avril 2026."), {"participatory_budget"}, decoys={"contact_form"}),
        page(f"{bp}/vote", "Valdorgne en projets : à vous de voter", m.prose(
            "Dix-huit projets ont été retenus après l'étude des services. Votez pour trois projets au maximum, en ligne ou dans les urnes "
            "des trois mairies, jusqu'au 31 octobre.")
             + m.webform("vote_bp_2025", f"{bp}/vote", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                                                         ("checkbox", "projet_1", "Aire de jeux à Lamothe"),
                                                         ("checkbox", "projet_2", "Fontaine à eau place du Marché"),
                                                         ("checkbox", "projet_3", "Nichoirs et hôtel à insectes")], "Voter")
             + m.project_cards(candidates), {"participatory_budget"}),
        # a past edition, still showing what residents proposed and chose
        page(f"{bp}/edition-2024", "Valdorgne en projets 2024 : le bilan", m.prose(
            "La 2e édition a reçu 36 idées ; 14 ont été soumises au vote et 987 habitants ont voté. Quatre projets ont été retenus : "
            "rampe d'accès à la halle, boîtes à livres, tables de pique-nique au lac, panneaux du sentier des moulins. Trois sont déjà réalisés."),
             {"participatory_budget"}),
        page(f"{bp}/laureats-2023", "Les lauréats de l'édition 2023", m.prose(
            "1 206 habitants ont voté en 2023. Trois projets ont été retenus et sont aujourd'hui réalisés.")
             + m.project_cards(winners23), {"participatory_budget"}),
        page("/actualites/nouveau-city-stade", "Le city-stade du Pech inauguré", m.prose(
            "Proposé par les jeunes de Sainte-Foy-d'Orgne dans le cadre du budget participatif 2023, le city-stade a été inauguré samedi.")
             + m.drupal_comments(214, [("Lucas", "29 août", "Merci à tous ceux qui ont voté pour nous !"),
                                       ("Nadine M.", "30 août", "Bravo, il manque juste un banc pour les parents.")]),
             {"comments"}),
        page("/actualites/enquete-publique-plui", "Enquête publique du PLUi", m.prose(
            "L'enquête publique sur le plan local d'urbanisme intercommunal se tient du 15 septembre au 17 octobre. Le dossier est consultable "
            "en mairie et les observations peuvent être consignées dans le registre ou adressées au commissaire enquêteur.",
            "Permanences : 22 septembre à Valdorgne-centre, 3 octobre à Lamothe-d'Orgne."),
             decoys={"participation_displayed", "poll"}),
        page("/actualites/recensement-2026", "Recensement de la population 2026", m.prose(
            "Du 15 janvier au 14 février, des agents recenseurs munis d'une carte officielle passeront dans tous les foyers. "
            "Vous pourrez répondre au questionnaire de l'Insee en ligne ou sur papier. Répondre est obligatoire."), decoys={"poll"}),
        page("/ma-mairie/budget-communal", "Budget communal", m.prose(
            "Budget primitif 2025 : 6,8 M€. Le compte administratif 2024 a été approuvé le 26 juin. "
            "La part consacrée au budget participatif (50 000 €) figure en section d'investissement."), decoys={"participatory_budget"}),
        page("/demarches/inscriptions-scolaires", "Inscriptions scolaires", m.prose("Inscription en mairie puis admission à l'école.")
             + m.webform("inscription_scolaire", "/demarches/inscriptions-scolaires", [
                 ("text", "nom_enfant", "Nom de l'enfant"), ("date", "naissance", "Date de naissance"),
                 ("radios:Lamothe|Valdorgne-centre|Sainte-Foy", "ecole", "École"), ("email", "courriel", "Courriel du responsable légal"),
                 ("file", "justificatif", "Justificatif de domicile")], "Inscrire"), decoys={"contact_form"}),
        page("/demarches/contact", "Nous contacter", m.prose("Mairie de Valdorgne, 4 cours de l'Orgne.")
             + m.webform("contact", "/demarches/contact", [("text", "name", "Votre nom"), ("email", "email", "Votre adresse de courriel"),
                                                           ("text", "subject", "Sujet"), ("textarea", "message", "Message")], "Envoyer le message"),
             {"contact_form"}),
    ]
    www = Site(host, "drupal", "Ville de Valdorgne", pages,
               menu=[("Ma mairie", "/ma-mairie/democratie-locale"), ("Valdorgne en projets", bp), ("Démarches", "/demarches/contact")],
               accounts=[social("facebook", "VilleDeValdorgne"), social("instagram", "valdorgne47")],
               address="4 cours de l'Orgne, 47320 Valdorgne")
    return City("99363", "Valdorgne", 7_420, "47", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www])


# ---- 4. Bréhalou (50): SPIP turnkey site of the mayors' association, article forums, neighbours' network ------

def brehalou() -> City:
    host = "www.brehalou.fr"
    net = "brehalou.voisinsdici.fr"
    news = [("/spip.php?article41", "Réunion de quartier au Val-Saint-Pair", "8 mai", "Aménagement de la rue des Écoles."),
            ("/spip.php?article44", "Le réseau Voisins d'ici arrive à Bréhalou", "2 mai", "Un réseau d'entraide entre voisins."),
            ("/spip.php?article38", "Sondage : fête de la mer (résultats)", "20 avril", "Vous avez choisi la date."),
            ("/spip.php?article36", "Inscription à la lettre d'information", "1er avril", "Recevez les nouvelles de la commune.")]
    pages = [
        page("/", "Accueil", _home(
            "Bréhalou, commune littorale de la Manche, 4 300 habitants, membre de la communauté de communes Granville Terre et Mer du Sud.",
            [("/spip.php?rubrique3", "Vie citoyenne"), ("/spip.php?article41", "Réunions de quartier"), ("/spip.php?article44", "Voisins d'ici"),
             ("/spip.php?article47", "Écrire à la mairie"), ("/spip.php?article50", "Bulletin municipal"), ("/spip.php?article52", "Marchés et emplois")],
            news, [("/spip.php?article41", "Réunion de quartier, salle du Pont", "15 mai"), ("/spip.php?article53", "Collecte de sang", "22 mai")])),
        page("/spip.php?rubrique3", "Vie citoyenne", m.prose(
            "La commune a découpé son territoire en quatre secteurs : le Bourg, le Val-Saint-Pair, la Plage et les Hameaux. Dans chacun, "
            "une réunion de quartier ouverte à tous se tient au moins deux fois par an avec les élus référents du secteur.",
            "Les habitants y font remonter leurs demandes (voirie, sécurité, animations). Chaque demande reçoit une réponse écrite publiée dans le bulletin.")
             + '<ul class="liste-articles"><li><a href="/spip.php?article41">Réunion de quartier au Val-Saint-Pair</a></li>'
               '<li><a href="/spip.php?article44">Le réseau Voisins d\'ici</a></li><li><a href="/spip.php?article39">Le conseil des enfants</a></li><li><a href="/spip.php?article57">Compte rendu : réunion du Bourg</a></li>'
               '<li><a href="/spip.php?article55">Enquête publique : digue de la Plage</a></li></ul>',
             {"participation_displayed"}),
        # a neighbourhood meeting announced as an article, with the article forum open under it
        page("/spip.php?article41", "Réunion de quartier au Val-Saint-Pair", m.prose(
            "Les habitants du Val-Saint-Pair sont invités à la réunion de quartier du 15 mai à 18 h 30, salle du Pont. À l'ordre du jour : "
            "l'aménagement de la rue des Écoles et la vitesse sur la route de la Plage. Vos élus référents : Mme Hélène Lecoq et M. Thierry Hamel.",
            "Vous ne pouvez pas venir ? Laissez vos questions sous cet article, elles seront lues en réunion.")
             + m.spip_forum(41, [("Maryvonne", "9 mai", "Stationnement", "Les voitures garées devant l'école gênent le car."),
                                 ("J.-P. Ruault", "10 mai", "Ralentisseur", "Un plateau surélevé route de la Plage serait bienvenu.")]),
             {"participation_displayed", "comments"}),
        page("/spip.php?article57", "Compte rendu : réunion de quartier du Bourg", m.prose(
            "Trente-deux habitants ont participé à la réunion de quartier du Bourg le 4 mars. Demandes exprimées et réponses des élus : "
            "stationnement place de l'Église (étude en cours), éclairage de l'allée des Tilleuls (travaux en juin), poubelles du parking de la plage (ajoutées).",
            "Prochaine réunion de quartier du Bourg : à l'automne. Chaque secteur a ses élus référents, joignables en mairie."),
             {"participation_displayed"}),
        page("/spip.php?article55", "Enquête publique : confortement de la digue de la Plage", m.prose(
            "Par arrêté préfectoral, une enquête publique est ouverte du 2 au 30 juin sur le projet de confortement de la digue. Le dossier et le "
            "registre d'enquête sont à la mairie ; le commissaire enquêteur recevra le public les 5 et 24 juin."),
             decoys={"participation_displayed", "poll"}),
        page("/spip.php?article39", "Le conseil des enfants", m.prose(
            "Les élèves de CM1 et CM2 élisent chaque année le conseil des enfants de Bréhalou. Les huit conseillers se réunissent en mairie "
            "et portent des projets pour les enfants de la commune : fresque du préau, nettoyage de la plage."),
             {"participation_displayed"}),
        # the city's page presenting the neighbours' network it set up, with the link to join it
        page("/spip.php?article44", "Le réseau Voisins d'ici arrive à Bréhalou", m.prose(
            "La commune s'associe au réseau social de proximité Voisins d'ici : un site réservé aux habitants de Bréhalou pour s'entraider, "
            "prêter un outil, proposer un covoiturage ou signaler un chat perdu. L'inscription est gratuite et l'adresse est vérifiée.",
            f'<a href="http://{net}/">Rejoindre le réseau des voisins de Bréhalou</a>'),
             {"territorial_social_network"}),
        page("/spip.php?article38", "Sondage : fête de la mer (résultats)", m.prose(
            "Le sondage sur la date de la fête de la mer est clos. Merci aux 287 participants.")
             + m.poll_results("Quand organiser la fête de la mer ?", [("Dernier week-end de juin", 58, 166), ("14 juillet", 30, 86), ("15 août", 12, 35)], "15 avril"),
             decoys={"poll"}),
        page("/spip.php?article36", "Inscription à la lettre d'information", m.prose("Recevez chaque mois les nouvelles de la commune par courriel.")
             + '<div class="formulaire_spip formulaire_newsletter_subscribe"><form method="post" action="/spip.php?article36">'
               '<input type="hidden" name="formulaire_action" value="newsletter_subscribe"><label for="session_email">Votre courriel</label>'
               '<input type="email" name="session_email" id="session_email" class="text email"><input type="submit" class="submit" value="S\'inscrire"></form></div>',
             decoys={"contact_form"}),
        page("/spip.php?article47", "Écrire à la mairie", m.prose("Mairie de Bréhalou, 3 rue de la Mairie. Ouverte du lundi au vendredi de 9 h à 12 h 30.")
             + m.spip_contact(47), {"contact_form"}),
        page("/spip.php?article50", "Bulletin municipal", m.prose(
            "Le bulletin « Bréhalou Infos » paraît trois fois par an. Au sommaire du n° 58 : les réunions de quartier, le budget, "
            "la saison culturelle, le compte rendu du conseil municipal.")
             + m.downloads([("IMG/pdf/brehalou-infos-58.pdf", "Bréhalou Infos n° 58", "4,2 Mo")]), decoys={"participation_displayed"}),
        page("/spip.php?article52", "Marchés publics et emplois", m.prose(
            "Appel d'offres : entretien des espaces verts 2025-2027. Réponses avant le 30 mai.",
            "La commune recrute deux saisonniers pour le poste de secours de la plage. Candidature (CV et lettre) en mairie."),
             decoys={"suggestion_call"}),
        page("/spip.php?article53", "Collecte de sang", m.prose("Collecte de l'Établissement français du sang le 22 mai de 15 h à 19 h, salle du Pont.")),
    ]
    www = Site(host, "spip", "Bréhalou", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/spip.php?rubrique3"), ("Bulletin", "/spip.php?article50"), ("Contact", "/spip.php?article47")],
               accounts=[social("facebook", "CommuneDeBrehalou")], address="3 rue de la Mairie, 50290 Bréhalou")
    posts = [("Marie L.", "il y a 2 h", "Prête une tondeuse", "Je prête ma tondeuse aux voisins de la rue des Mouettes ce week-end."),
             ("Yann", "hier", "Covoiturage Granville", "Je vais à Granville tous les matins vers 8 h, deux places libres."),
             ("Association des Hameaux", "il y a 3 jours", "Chat trouvé", "Chat tigré trouvé près du lavoir, il attend son maître.")]
    feed = "".join(f'<article class="post-card"><header><strong class="post-card__author">{a}</strong> <span class="post-card__time">{d}</span></header>'
                   f'<h2 class="post-card__title">{t}</h2><p>{x}</p><footer><a href="/connexion" class="post-card__reply">Répondre</a></footer></article>'
                   for a, d, t, x in posts)
    network = Site(net, "community", "Voisins d'ici – Bréhalou", [
        page("/", "Le fil des voisins de Bréhalou", m.prose(
            "Bienvenue sur le réseau des voisins de Bréhalou : entraide, prêts, dons, covoiturage, événements du quartier. Connectez-vous "
            "pour publier une annonce ou répondre à vos voisins.")
             + f'<section class="feed">{feed}</section><p><a href="/groupes">Groupes de quartier</a> · <a href="/a-propos">À propos</a></p>',
             {"territorial_social_network"}),
        page("/groupes", "Groupes de quartier", m.prose("Rejoignez le groupe de votre quartier pour échanger avec vos voisins les plus proches.")
             + '<ul class="groups"><li>Le Bourg (214 membres)</li><li>Val-Saint-Pair (97 membres)</li><li>La Plage (151 membres)</li><li>Les Hameaux (63 membres)</li></ul>',
             {"territorial_social_network"}),
        page("/a-propos", "À propos", m.prose(
            "Voisins d'ici est un réseau social de proximité proposé aux communes. À Bréhalou, il est animé avec la mairie. "
            "Les annonces commerciales sont interdites."), {"territorial_social_network"}),
    ], menu=[("Le fil", "/"), ("Groupes", "/groupes"), ("À propos", "/a-propos")])
    return City("99364", "Bréhalou", 4_310, "50", "28", "Normandie", f"http://{host}/", [www, network])


# ---- 5. Pontivière-sur-Risle (27): Joomla, a residents' forum on phpBB -----------------------------------------

def pontiviere() -> City:
    host = "www.pontiviere.fr"
    forum = "forum.pontiviere.fr"
    news = [("/index.php/actualites/boite-a-suggestions", "Une boîte à suggestions en ligne", "14 octobre", "Vos suggestions pour la commune."),
            ("/index.php/actualites/passerelle-de-la-risle", "La passerelle de la Risle rouvre", "8 octobre", "Après six mois de travaux."),
            ("/index.php/actualites/concours-photo", "Concours photo « Ma Risle »", "1er octobre", "Envoyez vos plus beaux clichés."),
            ("/index.php/actualites/forum-emploi", "Forum de l'emploi intercommunal", "25 septembre", "Quarante entreprises présentes.")]
    pages = [
        page("/", "Accueil", _home(
            "Pontivière-sur-Risle, 6 100 habitants au cœur de la vallée de la Risle, dans l'Eure.",
            [("/index.php/vie-locale/forum-des-habitants", "Forum des habitants"), ("/index.php/vie-locale/conseil-des-sages", "Conseil des sages"),
             ("/index.php/mairie/marches-publics", "Marchés publics"), ("/index.php/actualites/boite-a-suggestions", "Boîte à suggestions"),
             ("/index.php/vie-locale/sondage-marche", "Sondage"), ("/index.php/mairie/contact", "Contact"),
             ("/index.php/mairie/newsletter", "Lettre d'info"), ("/index.php/mairie/espace-famille", "Espace famille")],
            news, [("/index.php/actualites/forum-emploi", "Forum de l'emploi", "17 octobre"), ("/index.php/actualites/concours-photo", "Clôture du concours photo", "30 novembre")])),
        # the town's page presenting its board and linking to it: the board itself, where people post, is on its own host
        page("/index.php/vie-locale/forum-des-habitants", "Le forum des habitants", m.prose(
            "Depuis 2012, la commune héberge un forum de discussion ouvert à tous les Pontiviérois : vie des quartiers, bons plans, "
            "questions à la mairie, petites annonces entre habitants. Les élus y répondent régulièrement.",
            f'<a href="http://{forum}/">Accéder au forum</a>. Une inscription est nécessaire pour écrire ; la charte est à lire avant de poster.'),
             decoys={"forum"}),
        page("/index.php/actualites/boite-a-suggestions", "Une boîte à suggestions en ligne", m.prose(
            "Une remarque, une idée pour améliorer la vie à Pontivière ? La municipalité ouvre une boîte à suggestions en ligne, en plus de celle "
            "de l'accueil de la mairie. Chaque suggestion est étudiée par l'élu concerné.")
             + m.simple_form("/index.php/actualites/boite-a-suggestions?task=suggestion.submit", "form-suggestion", [
                 ("text", "jform[nom]", "Nom (facultatif)"), ("select:Voirie|Environnement|Jeunesse|Culture|Autre", "jform[theme]", "Thème"),
                 ("textarea", "jform[suggestion]", "Votre suggestion"), ("hidden:com_suggestions", "option", "")], "Envoyer ma suggestion")
             + m.jcomments(77, [("Gilles", "15/10", "Bonne initiative, j'ai proposé des bancs le long de la Risle.")]),
             {"suggestion_call", "contact_form", "comments"}),
        page("/index.php/actualites/passerelle-de-la-risle", "La passerelle de la Risle rouvre", m.prose(
            "Après six mois de travaux, la passerelle piétonne entre les deux rives est de nouveau ouverte. Coût : 240 000 €, financés à 60 % par le Département.")
             + m.jcomments(81, [("Sandrine V.", "09/10", "Enfin ! Les enfants vont pouvoir retourner à l'école à pied."),
                                ("Didier", "09/10", "Il faudrait un éclairage le soir.")]), {"comments"}),
        page("/index.php/vie-locale/sondage-marche", "Sondage : le marché du dimanche", m.prose(
            "La municipalité envisage de déplacer le marché du dimanche sur la place de la Mairie. Donnez votre avis avant le 15 novembre.")
             + '<div class="moduletable mod-poll"><form action="/index.php/vie-locale/sondage-marche" method="post" name="form2" class="acepolls">'
               '<h3 class="poll-question">Faut-il déplacer le marché place de la Mairie ?</h3>'
               '<label><input type="radio" name="voteid" value="1"> Oui</label><label><input type="radio" name="voteid" value="2"> Non</label>'
               '<label><input type="radio" name="voteid" value="3"> Sans opinion</label>'
               '<input type="hidden" name="option" value="com_acepolls"><input type="hidden" name="task" value="vote"><input type="hidden" name="id" value="4">'
               '<button type="submit" class="btn">Voter</button> <a href="/index.php/vie-locale/resultats-sondage-eclairage">Anciens sondages</a></form></div>',
             {"poll"}),
        page("/index.php/vie-locale/resultats-sondage-eclairage", "Résultats du sondage sur l'éclairage nocturne", m.prose(
            "Le sondage est clos depuis le 31 mars. Le conseil municipal a suivi l'avis majoritaire.")
             + m.poll_results("Faut-il éteindre l'éclairage de minuit à 5 h ?", [("Oui", 61, 402), ("Non", 39, 257)], "31 mars"),
             decoys={"poll"}),
        page("/index.php/actualites/concours-photo", "Concours photo « Ma Risle »", m.prose(
            "Le comité des fêtes organise un concours photo sur le thème de la rivière. Trois photos par participant, jusqu'au 30 novembre. "
            "Les lauréats seront exposés à la médiathèque. Règlement et bulletin de participation à l'accueil de la mairie."),
             decoys={"suggestion_call", "poll"}),
        page("/index.php/actualites/forum-emploi", "Forum de l'emploi intercommunal", m.prose(
            "La communauté de communes organise son forum de l'emploi le 17 octobre au gymnase : quarante entreprises, ateliers CV, "
            "offres d'alternance. Entrée libre."), decoys={"forum"}),
        page("/index.php/mairie/newsletter", "Lettre d'information", m.prose("Abonnez-vous à la lettre électronique de la commune.")
             + '<form action="/index.php/mairie/newsletter" method="post" class="acymailing_form"><input type="email" name="user[email]" placeholder="Votre e-mail">'
               '<input type="hidden" name="option" value="com_acym"><input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="subscribe">'
               '<button type="submit" class="btn">S\'abonner</button></form>', decoys={"contact_form"}),
        page("/index.php/mairie/espace-famille", "Espace famille", m.prose("Connectez-vous pour inscrire vos enfants à la cantine et payer vos factures.")
             + m.simple_form("/index.php/mairie/espace-famille?task=user.login", "form-login", [("text", "username", "Identifiant"), ("password", "password", "Mot de passe")],
                             "Se connecter"), decoys={"contact_form"}),
        page("/index.php/vie-locale/conseil-des-sages", "Le conseil des sages", m.prose(
            "Instance consultative de la commune, le conseil des sages réunit seize habitants retraités. Il rend des avis au maire sur la "
            "circulation, l'accessibilité et la vie des quartiers, et organise chaque année une rencontre avec les écoliers.")
             + m.jcomments(90, []), {"participation_displayed", "comments"}),
        page("/index.php/mairie/marches-publics", "Marchés publics et recrutements", m.prose(
            "Consultation en cours : maîtrise d'œuvre pour la rénovation de la salle Risle. Remise des offres avant le 12 décembre.",
            "Offre d'emploi : agent technique polyvalent (H/F), candidature avant le 30 novembre."), decoys={"suggestion_call"}),
        page("/index.php/mairie/contact", "Contact", m.prose("Mairie de Pontivière-sur-Risle, 12 rue du Moulin.") + m.joomla_contact("/index.php/mairie/contact"),
             {"contact_form"}),
    ]
    www = Site(host, "joomla", "Pontivière-sur-Risle", pages,
               menu=[("Accueil", "/"), ("Vie locale", "/index.php/vie-locale/forum-des-habitants"), ("Sondage", "/index.php/vie-locale/sondage-marche"),
                     ("Contact", "/index.php/mairie/contact")],
               accounts=[social("facebook", "Pontiviere"), social("youtube", "PontiviereSurRisle")],
               address="12 rue du Moulin, 27260 Pontivière-sur-Risle")

    def topics(rows):
        out = "".join(f'<li class="row bg{1 + n % 2}"><dl class="row-item topic_read"><dt><div class="list-inner">'
                      f'<a href="{h}" class="topictitle">{t}</a><br><div class="topic-poster">par <span class="username">{a}</span> » {d}</div></div></dt>'
                      f'<dd class="posts">{r} <dfn>Réponses</dfn></dd><dd class="views">{v} <dfn>Vues</dfn></dd></dl></li>'
                      for n, (h, t, a, d, r, v) in enumerate(rows))
        return f'<div class="forumbg"><div class="inner"><ul class="topiclist topics">{out}</ul></div></div>'

    def posts(rows):
        return "".join(f'<div id="p{900 + n}" class="post has-profile bg{1 + n % 2}"><div class="inner"><dl class="postprofile"><dt><a class="username">{a}</a></dt></dl>'
                       f'<div class="postbody"><h3><a href="#p{900 + n}">{t}</a></h3><p class="author">par <strong>{a}</strong> » {d}</p>'
                       f'<div class="content">{x}</div></div></div></div>' for n, (a, t, d, x) in enumerate(rows))

    reply_box = ('<form method="post" action="./posting.php?mode=reply&amp;f=2&amp;t=58" id="qr_postform"><div class="panel"><h2 class="quickreply-title">Réponse rapide</h2>'
                 '<fieldset class="fields1"><textarea name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea></fieldset>'
                 '<fieldset class="submit-buttons"><input type="submit" name="post" value="Envoyer" class="button1"></fieldset></div></form>')
    board = Site(forum, "phpbb", "Forum des Pontiviérois", [
        page("/", "Index du forum", '<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl><dt>Forums</dt><dd class="topics">Sujets</dd><dd class="posts">Messages</dd></dl></li></ul>'
             '<ul class="topiclist forums"><li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="./viewforum.php?f=2" class="forumtitle">Vie des quartiers</a>'
             '<br>Circulation, propreté, voisinage</div></dt><dd class="topics">134</dd><dd class="posts">1 208</dd></dl></li>'
             '<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner"><a href="./viewforum.php?f=3" class="forumtitle">Questions à la mairie</a>'
             '<br>Les élus vous répondent</div></dt><dd class="topics">58</dd><dd class="posts">402</dd></dl></li></ul></div></div>'
             '<p><a href="./viewtopic.php?t=12">Charte du forum</a></p>',
             {"forum"}),
        page("/viewforum.php?f=2", "Vie des quartiers", topics([
            ("./viewtopic.php?t=58", "Vitesse rue de la Papeterie", "riverain27", "12 oct. 2025", 14, 388),
            ("./viewtopic.php?t=55", "Ramassage des encombrants", "Mireille", "2 oct. 2025", 6, 140)]), {"forum"}),
        page("/viewforum.php?f=3", "Questions à la mairie", topics([
            ("./viewtopic.php?t=57", "Horaires de la déchetterie", "Paulo", "8 oct. 2025", 3, 95)]), {"forum"}),
        page("/viewtopic.php?t=58", "Vitesse rue de la Papeterie", posts([
            ("riverain27", "Vitesse rue de la Papeterie", "12 oct. 2025", "Les voitures roulent bien au-delà de 30 devant l'école. Un radar pédagogique ?"),
            ("Mairie - C. Duval", "Re: Vitesse rue de la Papeterie", "13 oct. 2025", "Un radar pédagogique sera posé en novembre. Nous ferons un point en réunion publique.")])
             + reply_box, {"forum"}),
        page("/viewtopic.php?t=55", "Ramassage des encombrants", posts([
            ("Mireille", "Ramassage des encombrants", "2 oct. 2025", "Quelqu'un connaît la date du prochain passage ?")]), {"forum"}),
        page("/viewtopic.php?t=57", "Horaires de la déchetterie", posts([
            ("Paulo", "Horaires de la déchetterie", "8 oct. 2025", "La déchetterie ferme-t-elle plus tôt l'hiver ?")]), {"forum"}),
        # the board's rules: its markup, but nobody posts there
        page("/viewtopic.php?t=12", "Charte du forum", m.prose(
            "Soyez courtois, pas de propos injurieux, pas de publicité. Les messages contraires à la charte sont supprimés par les modérateurs."),
             decoys={"forum"}),
    ])
    return City("99365", "Pontivière-sur-Risle", 6_140, "27", "28", "Normandie", f"http://{host}/", [www, board])


# ---- 6. Loire-et-Thouaret (49): TYPO3 by an agency, a Decidim platform ----------------------------------------

def loire_thouaret() -> City:
    host = "www.loire-thouaret.fr"
    dec = "participons.loire-thouaret.fr"
    proc = "/processes/coeur-de-bourg"
    news = [("/actualites/concertation-coeur-de-bourg", "Concertation « Cœur de bourg »", "6 juin", "Ateliers, balades et contributions en ligne."),
            ("/actualites/assemblee-communes-deleguees", "Assemblées des communes déléguées", "29 mai", "Rendez-vous dans vos villages."),
            ("/actualites/appel-a-candidatures-conseil-de-developpement", "Conseil de développement : appel à candidatures", "20 mai", "Rejoignez l'instance."),
            ("/actualites/fete-de-la-musique", "Fête de la musique", "15 mai", "Scènes ouvertes dans les trois bourgs.")]
    pages = [
        page("/", "Accueil", _home(
            "Loire-et-Thouaret, commune nouvelle de Maine-et-Loire créée en 2016, réunit Saint-Martin-du-Thouaret, Montreuil-sur-Loire-Vieux et Les Noues.",
            [("/participer", "Participer"), (f"http://{dec}/", "Plateforme participative"), ("/participer/assemblees-communes-deleguees", "Assemblées de village"),
             ("/mairie/contact", "Contact"), ("/vivre/salles-municipales", "Salles municipales"), ("/mairie/deliberations", "Délibérations"),
             ("/vivre/application-mobile", "Application mobile")],
            news, [("/actualites/concertation-coeur-de-bourg", "Balade urbaine au cœur de bourg", "14 juin"),
                   ("/actualites/fete-de-la-musique", "Fête de la musique", "21 juin")])),
        page("/participer", "Participer à la vie de la commune", m.prose(
            "Loire-et-Thouaret a fait de la participation des habitants un principe de son projet de commune nouvelle : assemblées annuelles "
            "dans chaque commune déléguée, concertations avant les grands projets, questionnaires, et une plateforme en ligne, "
            f'« <a href="http://{dec}/">Participons</a> », où chacun peut contribuer.')
             + '<ul><li><a href="/participer/assemblees-communes-deleguees">Les assemblées des communes déléguées</a></li>'
               '<li><a href="/participer/commissions-ouvertes">Les commissions ouvertes</a></li></ul>', {"participation_displayed"}),
        page("/participer/assemblees-communes-deleguees", "Les assemblées des communes déléguées", m.prose(
            "Chaque printemps, une assemblée d'habitants se tient dans chacune des trois communes déléguées. Le maire délégué présente le bilan "
            "et les projets, puis la parole est aux habitants. Les propositions retenues sont inscrites au programme de l'année."),
             {"participation_displayed"}),
        page("/participer/commissions-ouvertes", "Les commissions ouvertes", m.prose(
            "Trois commissions municipales sont ouvertes à des habitants non élus : mobilités, transition écologique, vie associative. "
            "Les habitants y siègent pour trois ans après un appel à volontaires."), {"participation_displayed"}),
        page("/actualites/concertation-coeur-de-bourg", "Concertation « Cœur de bourg »", m.prose(
            "Comment réaménager la place de l'église et les rues commerçantes de Saint-Martin ? La concertation est ouverte jusqu'au 15 juillet : "
            "balade urbaine le 14 juin, atelier le 28 juin, et contributions en ligne sur "
            f'<a href="http://{dec}{proc}">la plateforme Participons</a>.'), {"participation_displayed"}),
        # the announcement itself says how the assemblies work: it presents the approach, not only a date
        page("/actualites/assemblee-communes-deleguees", "Assemblées des communes déléguées", m.prose(
            "Les assemblées d'habitants 2025 auront lieu le 3 juin aux Noues, le 5 juin à Montreuil-sur-Loire-Vieux et le 10 juin à Saint-Martin. "
            "Chaque assemblée est ouverte à tous : bilan de l'année, puis parole aux habitants, dont les propositions sont soumises au conseil municipal. "
            '<a href="/participer/assemblees-communes-deleguees">En savoir plus</a>.'), {"participation_displayed"}),
        # an open call for candidates to a board: a candidacy, not a call for ideas
        page("/actualites/appel-a-candidatures-conseil-de-developpement", "Conseil de développement : appel à candidatures", m.prose(
            "Le conseil de développement de la communauté d'agglomération renouvelle ses membres. Habitants, chefs d'entreprise, responsables "
            "associatifs : candidatez avant le 30 juin en adressant une lettre de motivation."),
             decoys={"suggestion_call", "participation_displayed"}),
        page("/actualites/fete-de-la-musique", "Fête de la musique", m.prose("Scènes ouvertes dans les trois bourgs le 21 juin, à partir de 18 h.")
             + m.share(f"http://{host}/actualites/fete-de-la-musique")),
        page("/vivre/salles-municipales", "Salles municipales", m.prose("Demande de réservation des salles de la commune, à faire au moins un mois avant.")
             + m.simple_form("/vivre/salles-municipales/reservation", "tx-powermail", [
                 ("text", "tx_powermail_pi1[field][nom]", "Nom"), ("email", "tx_powermail_pi1[field][email]", "E-mail"),
                 ("select:Salle des Noues|Espace Loire|Salle du Thouaret", "tx_powermail_pi1[field][salle]", "Salle"),
                 ("date", "tx_powermail_pi1[field][date]", "Date"), ("number", "tx_powermail_pi1[field][personnes]", "Nombre de personnes")],
                 "Envoyer la demande"), decoys={"contact_form"}),
        page("/mairie/deliberations", "Délibérations et comptes rendus", m.prose(
            "Conseil municipal du 22 mai : approbation du compte administratif, vote des subventions aux associations, lancement de la concertation "
            "« Cœur de bourg ». Le conseil se réunit une fois par mois à l'Espace Loire."),
             decoys={"participation_displayed"}),
        page("/vivre/application-mobile", "L'application mobile de la commune", m.prose(
            "Actualités, agenda, alertes : la commune informe ses habitants sur l'application IllicoVille, gratuite. Vous pouvez aussi y signaler "
            "un problème sur la voie publique (nid-de-poule, éclairage en panne) : le signalement est transmis aux services techniques.",
            '<a href="http://loire-thouaret.illicoville.fr/">La commune sur IllicoVille</a>'),
             decoys={"territorial_social_network", "participatory_platform"}),
        page("/mairie/contact", "Contact", m.prose("Mairie de Loire-et-Thouaret, 2 place de l'Église, Saint-Martin-du-Thouaret.")
             + m.simple_form("/mairie/contact/envoyer", "tx-powermail", [
                 ("text", "tx_powermail_pi1[field][nom]", "Nom"), ("email", "tx_powermail_pi1[field][email]", "E-mail"),
                 ("text", "tx_powermail_pi1[field][objet]", "Objet"), ("textarea", "tx_powermail_pi1[field][message]", "Message")], "Envoyer"),
             {"contact_form"}),
    ]
    www = Site(host, "typo3", "Loire-et-Thouaret", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Vivre", "/vivre/salles-municipales"), ("Mairie", "/mairie/contact")],
               accounts=[social("facebook", "LoireEtThouaret"), social("instagram", "loire_et_thouaret"), social("linkedin", "loire-et-thouaret")],
               address="2 place de l'Église, 49170 Loire-et-Thouaret")
    proposals = [("Des bancs à l'ombre sur la place", "12 soutiens"), ("Une zone de rencontre rue du Commerce", "27 soutiens"),
                 ("Garder le marché le jeudi soir", "18 soutiens")]
    cards = "".join(f'<a href="{proc}/f/12/proposals/{n}" class="card__list"><div class="card__list-content"><h3 class="card__list-title">{t}</h3>'
                    f'<div class="card__list-metadata"><span>{s}</span></div></div></a>' for n, (t, s) in enumerate(proposals, start=31))
    platform = Site(dec, "decidim", "Participons – Loire-et-Thouaret", [
        page("/", "Accueil", m.prose("Participons est la plateforme de participation citoyenne de Loire-et-Thouaret.")
             + f'<section class="home__section"><h2 class="h2">Processus en cours</h2><a href="{proc}" class="card__grid"><h3>Cœur de bourg</h3>'
               '<span class="card__grid-metadata">Phase 2 sur 3 : contributions</span></a>'
               '<a href="/processes/budget-jeunes" class="card__grid"><h3>Budget des jeunes</h3><span>Vote en cours</span></a></section>',
             {"participation_displayed"}),
        page(proc, "Cœur de bourg", m.prose(
            "Ce processus de concertation porte sur le réaménagement du cœur de bourg de Saint-Martin. Phase 1 : diagnostic partagé (terminée). "
            "Phase 2 : contributions et questionnaire. Phase 3 : restitution en réunion publique en septembre.")
             + f'<ul class="process-nav"><li><a href="{proc}/f/12/proposals">Propositions</a></li><li><a href="{proc}/f/13/surveys/4">Questionnaire</a></li>'
               f'<li><a href="{proc}/f/14/meetings">Rencontres</a></li></ul>', {"participation_displayed"}),
        page(f"{proc}/f/12/proposals", "Propositions", m.prose("Faites vos propositions pour le cœur de bourg ; soutenez celles des autres.")
             + f'<a href="{proc}/f/12/proposals/new" class="button button__sm button__secondary">Nouvelle proposition</a>'
             + f'<div id="proposals" class="card__list-list">{cards}</div>', {"suggestion_call"}),
        page(f"{proc}/f/12/proposals/new", "Nouvelle proposition", '<form class="new_proposal" id="new_proposal" action="' + proc + '/f/12/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title">'
             '<label for="proposal_body">Corps du texte</label><textarea name="proposal[body]" id="proposal_body" rows="10"></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>', {"suggestion_call", "contact_form"}),
        page(f"{proc}/f/12/proposals/31", "Des bancs à l'ombre sur la place", m.prose(
            "Il n'y a aucun banc à l'ombre sur la place de l'église. Des bancs sous les tilleuls permettraient aux aînés de se reposer.")
             + '<div class="proposal__aside-vote"><button class="button button__lg button__secondary">Soutenir</button></div>'
             + '<div class="comments" id="comments"><h2 class="h4">3 commentaires</h2><div class="comment" id="comment_201"><div class="comment__header">'
               '<span class="author__name">Agnès</span></div><div class="comment__content"><p>Oui, et une fontaine !</p></div></div>'
               '<form class="new_comment" id="new_comment_for_Proposal_31" action="/comments" method="post"><textarea name="comment[body]" id="add-comment-Proposal-31" rows="4"></textarea>'
               '<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vUHJvcG9zYWwvMzE"><button type="submit" class="button">Publier le commentaire</button></form></div>',
             {"suggestion_call", "comments"}),
        page(f"{proc}/f/12/proposals/32", "Une zone de rencontre rue du Commerce", m.prose(
            "Limiter la vitesse à 20 km/h rue du Commerce et donner la priorité aux piétons."), {"suggestion_call"}),
        page(f"{proc}/f/12/proposals/33", "Garder le marché le jeudi soir", m.prose("Le marché du jeudi soir est un moment de rencontre à préserver."),
             {"suggestion_call"}),
        page(f"{proc}/f/13/surveys/4", "Questionnaire Cœur de bourg", m.prose("Dix questions pour imaginer le futur cœur de bourg.")
             + f'<form class="answer-questionnaire" action="{proc}/f/13/surveys/4/answer" method="post"><div class="answer questionnaire__question">'
               '<label>Comment venez-vous dans le centre ?</label><label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="A pied"> À pied</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Voiture"> En voiture</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Velo"> À vélo</label></div>'
               '<div class="answer questionnaire__question"><label>Que manque-t-il sur la place ?</label><input type="text" name="questionnaire[responses][1][body]"></div>'
               '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form>', {"poll"}),
        page(f"{proc}/f/14/meetings", "Rencontres", m.prose("Balade urbaine le 14 juin à 10 h, départ place de l'église. Atelier le 28 juin à l'Espace Loire.")
             + '<div class="meeting__list"><a href="#" class="card__list"><h3>Balade urbaine</h3></a></div>', {"participation_displayed"}),
        page("/processes/budget-jeunes", "Budget des jeunes 2025", m.prose(
            "5 000 € pour les projets des 11-17 ans. Les jeunes ont déposé leurs projets en mars ; ils votent jusqu'au 30 juin.")
             + '<div class="budget-summary"><p>Vous avez attribué <strong>0 €</strong> sur 5 000 €.</p></div>'
             + m.project_cards([("Skate-park mobile", "Les Noues", "3 500 €", "Des modules déplaçables."),
                                ("Tables de ping-pong", "Saint-Martin", "1 800 €", "Deux tables en béton près du stade.")], vote=True,
                               action="/processes/budget-jeunes/f/20/budgets/1/order")
             + '<p><a href="/processes/budget-jeunes/f/20/budgets/1/projects/7">Détail : skate-park mobile</a> · '
               '<a href="/processes/budget-jeunes/f/21/surveys/2">Questionnaire des jeunes (clos)</a></p>', {"participatory_budget"}),
        page("/processes/budget-jeunes/f/20/budgets/1/projects/7", "Skate-park mobile", m.prose(
            "Budget : 3 500 €. Des modules de glisse déplaçables, installés l'été aux Noues et l'hiver sous le préau de la salle de sport. "
            "Projet proposé par le conseil des jeunes.")
             + '<div class="budget-list__action"><button class="button button__sm button__secondary">Ajouter au vote</button></div>', {"participatory_budget"}),
        # a closed survey of the platform: no way to answer any more
        page("/processes/budget-jeunes/f/21/surveys/2", "Questionnaire des jeunes (clos)", m.prose(
            "Ce questionnaire est fermé depuis le 15 février. Merci aux 143 jeunes qui ont répondu ; leurs réponses ont servi à préparer le budget des jeunes."),
             decoys={"poll"}),
    ], menu=[("Accueil", "/"), ("Processus", proc), ("Budget des jeunes", "/processes/budget-jeunes")],
        features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    app = _app_site("loire-thouaret.illicoville.fr", "Loire-et-Thouaret", "IllicoVille", [
        ("Agenda", "06/06", "Balade urbaine", "Samedi 14 juin, place de l'église."),
        ("Alerte", "02/06", "Canicule", "Le registre des personnes vulnérables est ouvert en mairie.")])
    return City("99366", "Loire-et-Thouaret", 11_230, "49", "52", "Pays de la Loire", f"http://{host}/", [www, platform, app])


# ---- 7. Sévrelande (85): a vendor's turnkey CMS, LimeSurvey questionnaires, youth council --------------------

def sevrelande() -> City:
    host = "www.sevrelande.fr"
    survey = "enquetes.sevrelande.fr"
    news = [("/actualites/questionnaire-mobilites", "Questionnaire sur les mobilités", "4 novembre", "Dites-nous comment vous vous déplacez."),
            ("/actualites/conseil-des-jeunes", "Le conseil des jeunes a deux ans", "25 octobre", "Bilan et nouveaux projets."),
            ("/actualites/resultats-consultation-rythmes", "Rythmes scolaires : résultats", "10 octobre", "La semaine de quatre jours retenue."),
            ("/actualites/repas-des-aines", "Repas des aînés", "2 octobre", "Inscriptions jusqu'au 20 novembre.")]
    pages = [
        page("/", "Accueil", _home(
            "Sévrelande, 8 700 habitants, au bord de la Sèvre nantaise en Vendée. Ville fleurie trois fleurs.",
            [("/vie-citoyenne", "Vie citoyenne"), ("/actualites/questionnaire-mobilites", "Questionnaire mobilités"),
             ("/vie-citoyenne/conseil-des-jeunes", "Conseil des jeunes"), ("/vie-citoyenne/idees-et-projets", "Vos idées"),
             ("/contact", "Contact"), ("/actualites/repas-des-aines", "Repas des aînés"), ("/vie-citoyenne/participation-citoyenne", "Voisins vigilants")],
            news, [("/actualites/repas-des-aines", "Repas des aînés", "7 décembre"),
                   ("/vie-citoyenne/idees-et-projets", "Réunion publique Sèvre et quartiers", "18 novembre")])),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "Construire Sévrelande ensemble : la municipalité donne la parole aux habitants par des réunions publiques de secteur, "
            "un conseil des jeunes, un conseil des aînés, des questionnaires sur les projets et un appel permanent à idées.")
             + m.quick_links([("/vie-citoyenne/conseil-des-jeunes", "Conseil des jeunes"), ("/vie-citoyenne/conseil-des-aines", "Conseil des aînés"),
                              ("/vie-citoyenne/idees-et-projets", "Idées et projets citoyens"), ("/actualites/questionnaire-mobilites", "Questionnaires"),
                              ("/vie-citoyenne/reunions-de-secteur", "Réunions de secteur"), ("/actualites/enquete-insee", "Enquête Insee")],
                             "Participer"), {"participation_displayed"}),
        page("/vie-citoyenne/reunions-de-secteur", "Les réunions publiques de secteur", m.prose(
            "La ville est découpée en trois secteurs : Centre, Les Rives, La Bretèche. Deux fois par an, les élus de secteur réunissent les "
            "habitants pour faire le point sur les travaux, écouter les demandes et présenter les idées citoyennes reçues.",
            "Prochaine réunion : secteur des Rives, 18 novembre à 20 h, salle de la Sèvre."), {"participation_displayed"}),
        # a statistical survey by the national institute: residents are asked, but it is no consultation of the town
        page("/actualites/enquete-insee", "Enquête de l'Insee sur le cadre de vie", m.prose(
            "L'Insee réalise jusqu'en avril une enquête sur le cadre de vie et la sécurité. Quelques foyers de Sévrelande, tirés au sort, seront "
            "contactés par un enquêteur muni d'une carte officielle. Merci de lui réserver un bon accueil."), decoys={"poll"}),
        page("/vie-citoyenne/conseil-des-jeunes", "Le conseil des jeunes", m.prose(
            "Vingt collégiens et lycéens de 12 à 17 ans, volontaires, forment le conseil des jeunes. Accompagnés par l'animateur jeunesse, "
            "ils proposent et mènent des projets : soirée jeux, parcours vélo, collecte solidaire. Ils rendent compte au conseil municipal chaque année."),
             {"participation_displayed"}),
        page("/vie-citoyenne/conseil-des-aines", "Le conseil des aînés", m.prose(
            "Le conseil des aînés réunit quatorze Sévrelandais de plus de 65 ans. Il donne son avis sur les projets qui concernent les seniors "
            "(logement, transports, lien social) et organise des rencontres entre générations."), {"participation_displayed"}),
        # a short news item naming the youth council in passing
        page("/actualites/conseil-des-jeunes", "Le conseil des jeunes a deux ans", m.prose(
            "Deux ans après sa création, le conseil des jeunes a réalisé cinq projets. "
            '<a href="/vie-citoyenne/conseil-des-jeunes">Découvrir le conseil des jeunes</a>.'), decoys={"participation_displayed"}),
        # an open call for residents' ideas, answered through a form that goes to the town
        page("/vie-citoyenne/idees-et-projets", "Idées et projets citoyens", m.prose(
            "Vous avez un projet pour votre rue, votre quartier ou toute la ville ? Une idée pour mieux vivre ensemble ? La municipalité "
            "lance un appel à idées permanent. Les idées sont présentées lors des réunions publiques de secteur ; les plus soutenues sont étudiées par les services.")
             + m.simple_form("/vie-citoyenne/idees-et-projets/deposer", "form-idee", [
                 ("text", "nom", "Nom et prénom"), ("email", "courriel", "Courriel"),
                 ("select:Centre|Les Rives|La Bretèche|Ensemble de la ville", "secteur", "Secteur concerné"),
                 ("text", "titre", "Titre de votre idée"), ("textarea", "description", "Décrivez votre idée")], "Proposer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/actualites/questionnaire-mobilites", "Questionnaire sur les mobilités", m.prose(
            "Comment vous déplacez-vous ? Pour préparer son plan vélo, la ville lance un questionnaire en ligne, ouvert jusqu'au 15 décembre. "
            "Version papier disponible en mairie.",
            f'<a href="http://{survey}/index.php/482193?lang=fr">Répondre au questionnaire</a>'), {"poll"}),
        page("/actualites/resultats-consultation-rythmes", "Rythmes scolaires : résultats de la consultation", m.prose(
            "La consultation des familles sur les rythmes scolaires est terminée. 612 familles ont répondu ; 71 % se sont prononcées pour la semaine "
            "de quatre jours, qui s'appliquera à la rentrée prochaine.")
             + m.poll_results("Quelle organisation de la semaine scolaire ?", [("Quatre jours", 71, 435), ("Quatre jours et demi", 29, 177)], "30 septembre"),
             decoys={"poll"}),
        page("/vie-citoyenne/participation-citoyenne", "Participation citoyenne et voisins vigilants", m.prose(
            "La ville adhère au dispositif de participation citoyenne de la gendarmerie nationale. Dans chaque secteur, des habitants référents "
            "relaient auprès de la brigade les faits suspects. Une réunion d'information se tient chaque année avec le commandant de brigade."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/repas-des-aines", "Repas des aînés", m.prose("Le repas des aînés aura lieu le 7 décembre. Inscription obligatoire.")
             + m.simple_form("/actualites/repas-des-aines/inscription", "form-inscription", [
                 ("text", "nom", "Nom"), ("text", "prenom", "Prénom"), ("tel", "tel", "Téléphone"),
                 ("number", "personnes", "Nombre de personnes"), ("radio:Oui|Non", "transport", "Besoin d'un transport ?")], "S'inscrire"),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville de Sévrelande, 1 rue de la Sèvre.")
             + m.simple_form("/contact/envoyer", "form-contact", [("text", "nom", "Nom"), ("email", "courriel", "Courriel"),
                                                                  ("tel", "tel", "Téléphone"), ("textarea", "message", "Votre message")], "Envoyer"),
             {"contact_form"}),
    ]
    www = Site(host, "vendor", "Ville de Sévrelande", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Actualités", "/actualites/conseil-des-jeunes"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeSevrelande"), social("instagram", "sevrelande"), social("x", "Sevrelande", "https://twitter.com/Sevrelande")],
               address="1 rue de la Sèvre, 85610 Sévrelande")
    lime = Site(survey, "vendor", "Enquêtes de la ville de Sévrelande", [
        page("/", "Enquêtes en cours", m.prose("Les enquêtes en ligne de la ville de Sévrelande.")
             + '<ul class="surveys-list"><li><a href="/index.php/482193?lang=fr">Questionnaire sur les mobilités (jusqu\'au 15 décembre)</a></li>'
               '<li><a href="/index.php/355210?lang=fr">Consultation sur les rythmes scolaires</a> (close)</li></ul>'),
        page("/index.php/482193?lang=fr", "Questionnaire sur les mobilités", m.limesurvey(482193, "Vos déplacements à Sévrelande", [
            ("Comment allez-vous le plus souvent au travail ou à l'école ?", ["Voiture", "Vélo", "À pied", "Car", "Covoiturage"]),
            ("Utiliseriez-vous une piste cyclable vers la zone des Rives ?", ["Oui, souvent", "Parfois", "Non"]),
            ("Vous sentez-vous en sécurité à vélo en ville ?", ["Oui", "Plutôt", "Non"])]), {"poll"}),
        page("/index.php/355210?lang=fr", "Consultation sur les rythmes scolaires", m.prose(
            "Cette enquête n'est plus active. Vous ne pouvez plus y répondre. Merci de votre participation."), decoys={"poll"}),
    ], menu=[("Enquêtes", "/")], address="Ville de Sévrelande – enquêtes en ligne")
    return City("99367", "Sévrelande", 8_690, "85", "52", "Pays de la Loire", f"http://{host}/", [www, lime])


# ---- 8. Labastide-Saubanère (40): WordPress site-builder template, Publik e-services, e-petitions -----------

def labastide() -> City:
    host = "www.labastide-saubanere.fr"
    demarches = "demarches.labastide-saubanere.fr"
    news = [("/actualites/reunion-publique-lotissement", "Réunion publique : le quartier du Moulin", "20 janvier", "Présentation du projet de lotissement."),
            ("/actualites/e-petitions-bilan", "E-pétitions : premier bilan", "12 janvier", "Deux pétitions ont atteint le seuil."),
            ("/actualites/sondage-cinema", "Cinéma en plein air : votre avis", "5 janvier", "Un sondage rapide."),
            ("/actualites/appel-a-projets-associations", "Subventions aux associations", "2 janvier", "Dossiers avant le 28 février.")]
    poll = m.yop_poll(9, "Souhaitez-vous un cinéma en plein air cet été ?", ["Oui, en juillet", "Oui, en août", "Non"])
    aside = poll + m.sidebar_links("Participer", [("/participer/e-petitions", "E-pétitions"), ("/participer/reunions-publiques", "Réunions publiques"),
                                                  ("/participer/vos-suggestions", "Vos suggestions")])
    pages = [
        page("/", "Accueil", _home(
            "Labastide-Saubanère, bastide landaise de 3 200 habitants entre forêt et Adour.",
            [("/participer/e-petitions", "E-pétitions"), ("/participer/reunions-publiques", "Réunions publiques"), ("/actualites/sondage-cinema", "Sondage"),
             (f"http://{demarches}/contact/", "Écrire à la mairie"), (f"http://{demarches}/salle-polyvalente/", "Réserver la salle"),
             ("/tourisme", "Tourisme"), ("/actualites/appel-a-projets-associations", "Subventions")],
            news, [("/actualites/reunion-publique-lotissement", "Réunion publique, foyer rural", "30 janvier"),
                   ("/tourisme", "Marché des producteurs", "chaque jeudi")])),
        page("/participer/reunions-publiques", "Réunions publiques et concertation", m.with_sidebar(m.prose(
            "Avant chaque projet important, la municipalité réunit les habitants : présentation, questions, puis un temps d'échange en petits groupes. "
            "Un registre de concertation est ouvert en mairie pendant un mois après chaque réunion, et un compte rendu est publié.",
            "En 2025 : quartier du Moulin (30 janvier), aménagement des berges (avril), plan de circulation du centre (juin)."), aside),
             {"participation_displayed", "poll"}),
        page("/actualites/reunion-publique-lotissement", "Réunion publique : le quartier du Moulin", m.with_sidebar(m.prose(
            "Le projet de lotissement du Moulin sera présenté aux habitants le 30 janvier à 19 h au foyer rural. Venez poser vos questions aux élus et à l'aménageur."),
            aside) + m.wp_comments([("Christophe D.", "21 janvier", "Combien de logements sont prévus ?"),
                                     ("Mairie", "22 janvier", "Quarante-deux lots, dont huit logements sociaux. Le détail sera présenté le 30.")], 733),
             {"comments", "poll"}),
        page("/participer/vos-suggestions", "Vos suggestions", m.prose(
            "Une suggestion pour améliorer la vie dans la bastide ? Un projet pour votre quartier ? Écrivez-nous : chaque suggestion est "
            "transmise à l'adjoint concerné et reçoit une réponse sous un mois. Les suggestions retenues sont présentées en réunion publique.")
             + m.cf7("/participer/vos-suggestions/", 61, [("text", "your-name", "Nom"), ("email", "your-email", "E-mail"),
                                                         ("select:Voirie|Environnement|Animations|Écoles|Autre", "theme", "Thème"),
                                                         ("textarea", "suggestion", "Votre suggestion")], "Envoyer"),
             {"suggestion_call", "contact_form"}),
        page("/participer/e-petitions", "E-pétitions", m.prose(
            "Les habitants de Labastide-Saubanère peuvent déposer une pétition en ligne. Si elle recueille 150 signatures d'habitants en trois mois, "
            "le maire l'inscrit à l'ordre du jour du conseil municipal et le pétitionnaire est invité à la présenter.")
             + '<div class="petitions-list"><article class="petition"><h3><a href="/participer/e-petitions/eclairage-stade">Éclairage du stade pour les entraînements du soir</a></h3>'
               '<p>98 signatures · ouverte jusqu\'au 31 mars</p></article><article class="petition petition--closed"><h3>Un abri au point d\'arrêt du car scolaire</h3>'
               '<p>163 signatures · examinée au conseil du 9 décembre</p></article></div>'
             + m.simple_form("/participer/e-petitions/deposer", "form-petition-depot", [
                 ("text", "titre", "Titre de la pétition"), ("textarea", "texte", "Texte de la pétition"),
                 ("text", "nom", "Votre nom"), ("email", "courriel", "Votre courriel")], "Déposer la pétition"),
             {"petition"}),
        page("/participer/e-petitions/eclairage-stade", "Éclairage du stade pour les entraînements du soir", m.prose(
            "Les jeunes du club de rugby s'entraînent l'hiver dans le noir. Nous demandons l'éclairage du terrain annexe.")
             + m.petition_sign("/participer/e-petitions/eclairage-stade/signer", "Éclairage du stade", 98, 150), {"petition"}),
        # a news item about the petitions, with no way to sign or file one on the page
        page("/actualites/e-petitions-bilan", "E-pétitions : premier bilan", m.prose(
            "Un an après l'ouverture des e-pétitions, six pétitions ont été déposées et deux ont atteint le seuil. "
            '<a href="/participer/e-petitions">Voir les pétitions</a>.'), decoys={"petition"}),
        page("/actualites/sondage-cinema", "Cinéma en plein air : votre avis", m.with_sidebar(m.prose(
            "Le comité des fêtes propose deux séances de cinéma en plein air dans les arènes. Répondez au sondage dans la colonne de droite."), aside),
             {"poll"}),
        # a grant call for associations, worded "appel à projets": a subsidy, not residents' ideas
        page("/actualites/appel-a-projets-associations", "Subventions aux associations : appel à projets 2025", m.prose(
            "Les associations de la commune peuvent déposer leur demande de subvention et leurs projets d'animation pour 2025 "
            "avant le 28 février. Dossier Cerfa n° 12156 à retourner en mairie."),
             decoys={"suggestion_call", "participatory_budget"}),
        page("/tourisme", "Tourisme", m.prose(
            "L'office de tourisme intercommunal Landes d'Adour vous accueille place des Arcades. Suivez ses actualités sur "
            '<a href="https://www.facebook.com/OTLandesAdour">sa page Facebook</a>.',
            "Marché des producteurs chaque jeudi soir en été ; visite de la bastide et de l'église fortifiée.")),
    ]
    www = Site(host, "wordpress", "Labastide-Saubanère", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer/reunions-publiques"), ("E-pétitions", "/participer/e-petitions"),
                     ("Démarches", f"http://{demarches}/"), ("Tourisme", "/tourisme")],
               accounts=[social("facebook", "LabastideSaubanere")], address="Place des Arcades, 40280 Labastide-Saubanère")
    publik = Site(demarches, "publik", "Démarches en ligne – Labastide-Saubanère", [
        page("/", "Démarches en ligne", m.prose("Vos démarches auprès de la mairie, 24 h sur 24.")
             + '<ul class="wcs-forms"><li><a href="/contact/">Écrire à la mairie</a></li><li><a href="/salle-polyvalente/">Réserver la salle polyvalente</a></li>'
               '<li><a href="/cantine/paiement/">Payer la cantine</a></li></ul>'),
        page("/contact/", "Écrire à la mairie", '<form method="post" enctype="multipart/form-data" class="quixote" action="/contact/">'
             '<div class="widget StringWidget template-nom"><div class="title"><label for="form_f1">Nom</label></div><div class="content"><input type="text" id="form_f1" name="f1"></div></div>'
             '<div class="widget EmailWidget template-email"><div class="title"><label for="form_f2">Courriel</label></div><div class="content"><input type="email" id="form_f2" name="f2"></div></div>'
             '<div class="widget TextWidget template-message"><div class="title"><label for="form_f3">Votre message</label></div><div class="content"><textarea id="form_f3" name="f3" rows="6"></textarea></div></div>'
             '<div class="buttons submit"><button name="submit" class="submit-button">Envoyer</button></div><input type="hidden" name="_form_id" value="contact"></form>',
             {"contact_form"}),
        page("/salle-polyvalente/", "Réserver la salle polyvalente", '<form method="post" class="quixote" action="/salle-polyvalente/">'
             '<div class="widget DateWidget"><div class="title"><label for="form_f1">Date souhaitée</label></div><div class="content"><input type="date" id="form_f1" name="f1"></div></div>'
             '<div class="widget ItemWidget"><div class="title"><label for="form_f2">Formule</label></div><div class="content"><select id="form_f2" name="f2"><option>Journée</option><option>Week-end</option></select></div></div>'
             '<div class="widget StringWidget"><div class="title"><label for="form_f3">Nom</label></div><div class="content"><input type="text" id="form_f3" name="f3"></div></div>'
             '<div class="buttons submit"><button name="submit" class="submit-button">Suivant</button></div></form>', decoys={"contact_form"}),
        page("/cantine/paiement/", "Payer la cantine", '<form method="post" class="quixote" action="/cantine/paiement/">'
             '<div class="widget StringWidget"><div class="title"><label for="form_f1">Numéro de facture</label></div><div class="content"><input type="text" id="form_f1" name="f1"></div></div>'
             '<div class="widget StringWidget"><div class="title"><label for="form_f2">Montant</label></div><div class="content"><input type="text" id="form_f2" name="f2"></div></div>'
             '<div class="buttons submit"><button name="submit" class="submit-button">Payer par carte</button></div></form>', decoys={"contact_form"}),
    ], menu=[("Accueil", "/"), ("Contact", "/contact/")], address="Mairie de Labastide-Saubanère")
    return City("99368", "Labastide-Saubanère", 3_240, "40", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, publik],
                decoy_accounts=("https://www.facebook.com/otlandesadour",))


def cities():
    return [saint_orbelin(), montgaravel(), valdorgne(), brehalou(), pontiviere(), loire_thouaret(), sevrelande(), labastide()]


def hosts():
    return {}
