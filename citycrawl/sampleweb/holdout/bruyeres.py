"""Twenty-second holdout part (bruyeres, 99751-99758): eight communes of 10,000 to 30,000 inhabitants in
Brittany, Occitanie, Hauts-de-France, Corsica, La Réunion, Grand Est, Centre-Val de Loire and Auvergne-Rhône-Alpes,
on WordPress (Divi, Astra), SPIP, Joomla with a Kunena board, a site builder, Drupal, a departmental CMS shared by
small communes and an intercommunality's TYPO3, TYPO3 with a Decidim space, a home-made participation application
drawn by a script from a JSON API, a Discourse forum and a neighbours' network; with the lookalikes real sites hold.

Written from the codebook alone, by an author who has not read the detection rules."""
import json
import zlib
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import bruyeres_markup as m

F_CONTACT, F_SHOWN, F_FORUM, F_COMMENTS, F_POLL = "contact_form", "participation_displayed", "forum", "comments", "poll"
F_PETITION, F_IDEAS, F_BUDGET, F_PLATFORM, F_NETWORK = ("petition", "suggestion_call", "participatory_budget",
                                                       "participatory_platform", "territorial_social_network")
SOCIAL = "social_account"


def P(path, title, body, f=(), d=(), parent=(), platforms=()):
    return page(path, title, body, features=f, decoys=d, parent=parent, platforms=platforms)


def home(intro, quick, news, events, extra="", cookie="tarteaucitron"):
    return (m.cookie_banner(cookie) + f'<div class="hero"><p class="hero__intro">{intro}</p></div>'
            + m.quick_links(quick) + m.news_teasers(news, more=None) + m.agenda(events) + extra)


# =====================================================================================================
# 99751 Quimerlé (Finistère): WordPress with the Divi builder; a participatory budget under the brand
# "Quimerlé à vous !" at every stage, neighbourhood councils, a call for ideas to name a square, a local
# right of petition, WP-Polls, native comments, and the lookalikes.
# =====================================================================================================

QUIMERLE = "www.quimerle.bzh"
_Q_BP_STEPS = [("Dépôt des idées", "du 2 avril au 31 mai"), ("Étude par les services", "juin - août"),
               ("Vote des habitants", "du 16 septembre au 13 octobre"), ("Réalisation", "à partir de 2026")]
_Q_NEWS = [("/actualites/nouveaux-bancs-parc-de-kervoal/", "Des bancs et une table de pique-nique au parc de Kervoal", "12 mars", "Les aménagements ont été posés cette semaine."),
           ("/actualites/travaux-rue-de-brest/", "Rue de Brest : les travaux entrent dans leur deuxième phase", "4 mars", "Circulation alternée jusqu'au 30 avril."),
           ("/actualites/budget-2025/", "Le budget 2025 adopté en conseil municipal", "27 février", "Les grandes orientations de l'année."),
           ("/actualites/fest-noz-de-printemps/", "Fest-noz de printemps à la salle Ty Kreiz", "20 février", "Entrée libre, buvette tenue par le comité des fêtes.")]


def quimerle():
    news_aside = m.news_teasers(_Q_NEWS[:3], title="À la une")
    bp_links = m.links([("/budget-participatif/", "Présentation"), ("/budget-participatif/reglement/", "Le règlement"),
                        ("/budget-participatif/deposer-une-idee/", "Déposer une idée"), ("/budget-participatif/voter/", "Voter"),
                        ("/budget-participatif/edition-2023-les-laureats/", "Les lauréats 2023")], "bp-nav")
    bp = ("Budget participatif", "/budget-participatif/")
    dl = ("Démocratie locale", "/ma-ville/democratie-locale/")
    pages = [
        P("/", "Accueil", home(
            "Ville de Quimerlé — Kemperle Vihan : toutes les informations et démarches de votre commune.",
            [("/budget-participatif/", "Quimerlé à vous !"), ("/ma-ville/democratie-locale/", "Démocratie locale"),
             ("/vie-pratique/demarches/", "Démarches"), ("/enfance/portail-famille/", "Portail famille"),
             ("/contact/", "Contacter la mairie"), ("/cadre-de-vie/nommez-la-future-place/", "Nommez la future place"),
             ("/actualites/", "Actualités"), ("/tourisme/", "Tourisme")],
            _Q_NEWS, [("15 mars", "Conseil de quartier Kerlividic", "Maison de quartier"),
                      ("22 mars", "Collecte des encombrants", "Quartiers nord"),
                      ("29 mars", "Fest-noz de printemps", "Salle Ty Kreiz")], cookie="complianz")),
        P("/ma-ville/democratie-locale/", "Vivre ensemble, décider ensemble", m.divi(
            m.section("Notre démarche", "Depuis 2021, la municipalité associe les Quimerlois aux décisions qui touchent leur quotidien : "
                      "quatre conseils de quartier, un budget participatif annuel, des réunions publiques avant chaque grand projet d'aménagement.",
                      "Une charte de la participation, adoptée en conseil municipal, fixe les engagements de la ville : informer en amont, "
                      "rendre compte des avis recueillis, expliquer les choix."),
            m.links([("/ma-ville/democratie-locale/conseils-de-quartier/", "Les conseils de quartier"),
                     ("/budget-participatif/", "Le budget participatif « Quimerlé à vous ! »"),
                     ("/ma-ville/democratie-locale/droit-de-petition/", "Le droit de pétition locale"),
                     ("/cadre-de-vie/nommez-la-future-place/", "Appel à idées : le nom de la future place"),
                     ("/ma-ville/democratie-locale/charte-de-la-participation/", "La charte de la participation")])), f=[F_SHOWN]),
        P("/ma-ville/democratie-locale/charte-de-la-participation/", "La charte de la participation citoyenne", m.divi(
            m.section("Nos engagements", "Informer avant de décider : tout projet de plus de 300 000 € fait l'objet d'une réunion publique avant le vote du conseil municipal.",
                      "Écouter : les avis recueillis en conseil de quartier ou en atelier sont consignés et publiés.",
                      "Rendre compte : chaque année, un bilan de la participation est présenté en séance publique."),
            m.section("Les outils", "Conseils de quartier, budget participatif, réunions publiques, appels à idées, droit de pétition locale.")),
          f=[F_SHOWN], parent=dl),
        P("/ma-ville/democratie-locale/conseils-de-quartier/", "Les conseils de quartier", m.divi(
            m.prose("La ville compte quatre conseils de quartier : Centre-Gare, Kerlividic, Le Bourgneuf et Lanveur. Chacun réunit des habitants "
                    "volontaires, tirés au sort pour moitié, et deux élus référents.",
                    "Les conseils se réunissent en séance plénière trois fois par an. Leurs séances sont ouvertes au public ; "
                    "chacun peut y poser une question sur la vie du quartier."),
            m.links([("/ma-ville/democratie-locale/conseils-de-quartier/kerlividic-compte-rendu-janvier/", "Kerlividic : compte rendu de janvier"),
                     ("/ma-ville/democratie-locale/conseils-de-quartier/devenir-membre/", "Devenir membre d'un conseil de quartier")])),
          f=[F_SHOWN], parent=dl),
        P("/ma-ville/democratie-locale/conseils-de-quartier/kerlividic-compte-rendu-janvier/", "Conseil de quartier Kerlividic : séance du 18 janvier",
          m.prose("Vingt-deux habitants ont participé à la séance, aux côtés de l'adjointe à la vie des quartiers.",
                  "Ordre du jour : sécurisation de l'arrêt de car rue des Genêts, éclairage du chemin piéton vers le collège, "
                  "préparation de la fête de quartier de juin.",
                  "Le conseil de quartier a demandé un comptage de vitesse rue des Genêts ; les services techniques le réaliseront en février.")
          + m.section("Prochaine séance", "Samedi 15 mars, 10 h, maison de quartier. Ouverte à toutes et à tous."), f=[F_SHOWN], parent=dl),
        # a council's sign-up form: name, address, quartier, no free message to the city
        P("/ma-ville/democratie-locale/conseils-de-quartier/devenir-membre/", "Devenir membre d'un conseil de quartier",
          m.prose("Le renouvellement des conseils a lieu tous les deux ans. Les candidatures sont ouvertes jusqu'au 30 septembre.")
          + m.gravity_form(4, "/ma-ville/democratie-locale/conseils-de-quartier/devenir-membre/#gf_4", "Je me porte volontaire",
                           [("text", "Nom et prénom"), ("email", "E-mail"), ("text", "Adresse"),
                            ("select:Centre-Gare|Kerlividic|Le Bourgneuf|Lanveur", "Votre quartier")], "Envoyer ma candidature"),
          f=[F_SHOWN], d=[F_CONTACT, F_IDEAS], parent=dl),
        P("/budget-participatif/", "Quimerlé à vous ! — le budget participatif", m.divi(
            m.prose("<strong>Quimerlé à vous !</strong> revient pour une troisième édition : 80 000 € du budget d'investissement sont "
                    "réservés à des projets imaginés par les habitants, puis choisis par leur vote.",
                    "Un banc, un jardin partagé, un abri à vélos, une boîte à livres : toute idée d'intérêt général, "
                    "réalisable sur l'espace public et relevant des compétences de la commune, peut être proposée."),
            m.steps(_Q_BP_STEPS, 0), bp_links), f=[F_BUDGET]),
        P("/budget-participatif/reglement/", "Le règlement de Quimerlé à vous !", m.prose(
            "Article 1 — Objet. La ville consacre chaque année une enveloppe d'investissement à des projets proposés et votés par les habitants.",
            "Article 2 — Qui peut participer ? Toute personne habitant Quimerlé, âgée de 11 ans au moins, peut déposer une idée et voter.",
            "Article 3 — Recevabilité. Les idées doivent relever de l'intérêt général, être chiffrées à moins de 25 000 € et ne pas générer de frais de fonctionnement importants.",
            "Article 4 — Vote. Chaque votant choisit trois projets au plus, en ligne ou dans l'urne de l'hôtel de ville.") + bp_links,
          f=[F_BUDGET], parent=bp),
        # the filing step: a call for ideas within the budget; its form carries a free-text description sent to the city
        P("/budget-participatif/deposer-une-idee/", "Déposez votre idée", m.prose(
            "Jusqu'au 31 mai, proposez vos idées pour votre quartier ou pour toute la ville. Vous pouvez aussi déposer une fiche papier à l'accueil de la mairie.")
          + m.gravity_form(7, "/budget-participatif/deposer-une-idee/#gf_7", "Mon idée pour Quimerlé",
                           [("text", "Titre de votre idée"), ("select:Centre-Gare|Kerlividic|Le Bourgneuf|Lanveur|Toute la ville", "Quartier concerné"),
                            ("textarea", "Décrivez votre idée"), ("text", "Nom"), ("email", "E-mail")], "Déposer mon idée"),
          f=[F_BUDGET, F_IDEAS, F_CONTACT], parent=bp),
        P("/budget-participatif/voter/", "Votez pour vos projets préférés", m.prose(
            "Le vote sera ouvert du 16 septembre au 13 octobre. Vous pourrez choisir jusqu'à trois projets parmi ceux jugés réalisables.")
          + m.steps(_Q_BP_STEPS, 0) + m.prose("Les projets soumis au vote seront publiés sur cette page à la fin de l'été."), f=[F_BUDGET], parent=bp),
        P("/budget-participatif/edition-2023-les-laureats/", "Édition 2023 : les projets lauréats", m.prose(
            "1 412 habitants ont voté pour la deuxième édition. Cinq projets ont été retenus et sont en cours de réalisation.")
          + m.project_cards([("Un verger partagé à Lanveur", "Lanveur", "18 500 €", "Trente arbres fruitiers et deux bancs."),
                             ("Des abris vélos sécurisés à la gare", "Centre-Gare", "22 000 €", "Quarante places couvertes."),
                             ("Une boîte à livres au Bourgneuf", "Le Bourgneuf", "3 000 €", "Construite par le lycée professionnel.")]),
          f=[F_BUDGET], parent=bp),
        P("/ma-ville/democratie-locale/droit-de-petition/", "Le droit de pétition locale", m.prose(
            "Depuis la délibération du 30 juin 2022, les habitants peuvent demander l'inscription d'une question à l'ordre du jour du conseil municipal.",
            "Une pétition qui réunit 500 signatures d'habitants majeurs en six mois est examinée par le conseil municipal, qui en débat en séance publique.",
            "Pétition en cours, déposée le 3 février par le collectif des parents d'élèves :")
          + m.petition_sign("/ma-ville/democratie-locale/droit-de-petition/signer/", "Pour une rue scolaire devant l'école Jules-Ferry", 318, 500),
          f=[F_PETITION], parent=dl),
        P("/cadre-de-vie/nommez-la-future-place/", "Appel à idées : quel nom pour la future place ?", m.divi(
            m.prose("La place créée entre la médiathèque et le quai de la Laïta sera inaugurée à l'automne. La municipalité vous invite à lui trouver un nom.",
                    "Une personnalité liée à l'histoire de Quimerlé, un mot breton, un clin d'œil à la rivière : toutes les propositions sont bienvenues "
                    "jusqu'au 30 avril. Un jury de conseillers de quartier retiendra trois noms, soumis ensuite au vote."),
            m.gravity_form(9, "/cadre-de-vie/nommez-la-future-place/#gf_9", "Ma proposition de nom",
                           [("text", "Le nom que je propose"), ("text", "En quelques mots, pourquoi ce nom ?"), ("email", "E-mail (facultatif)")],
                           "Proposer")), f=[F_IDEAS]),
        P("/cadre-de-vie/le-marche-du-samedi/", "Le marché du samedi", m.with_sidebar(
            m.prose("Le marché se tient chaque samedi matin place Saint-Michel. Trente-cinq commerçants non sédentaires y sont présents.",
                    "Avec l'arrivée des beaux jours, la ville étudie une extension du marché sur le quai. Donnez-nous votre avis !"),
            m.wp_polls(12, "Souhaitez-vous que le marché s'étende sur le quai de mai à septembre ?", ["Oui", "Non", "Sans opinion"]) + news_aside), f=[F_POLL]),
        P("/cadre-de-vie/skatepark/", "Un skatepark rénové", m.with_sidebar(
            m.prose("Le skatepark de Kervoal, construit en 2004, sera rénové en 2026. Les services étudient deux options.",
                    "Jeunes riders et parents : dites-nous votre préférence dans le sondage ci-contre, ouvert jusqu'au 30 avril."),
            m.wp_polls(14, "Quelle option préférez-vous pour le futur skatepark ?", ["Un bowl en béton", "Des modules de street", "Les deux, sur une surface plus grande"])),
          f=[F_POLL]),
        P("/cadre-de-vie/consultation-eclairage-resultats/", "Extinction nocturne de l'éclairage : les résultats", m.prose(
            "La consultation menée en novembre est close. Voici les réponses recueillies ; le conseil municipal en a tenu compte dans sa décision du 12 décembre.")
          + m.wp_polls_results(9, "Êtes-vous favorable à l'extinction de l'éclairage public de 23 h à 6 h ?", [("Oui", 58, 412), ("Non", 35, 249), ("Sans avis", 7, 50)], 711),
          d=[F_POLL]),
        P("/actualites/", "Actualités", m.news_teasers(_Q_NEWS, title="Toutes les actualités")
          + m.links([("/cadre-de-vie/consultation-eclairage-resultats/", "Éclairage nocturne : les résultats de la consultation"),
                     ("/vie-associative/forum-des-associations/", "Forum des associations : le programme")]) + m.mailpoet()),
        # news naming the participatory budget in passing; native comments open under it
        P("/actualites/nouveaux-bancs-parc-de-kervoal/", "Des bancs et une table de pique-nique au parc de Kervoal", m.prose(
            "Les services techniques ont installé trois bancs en bois local et une table de pique-nique accessible aux fauteuils.",
            "Ce projet avait été proposé par des riverains lors de la précédente édition du budget participatif.")
          + m.share_buttons(f"http://{QUIMERLE}/actualites/nouveaux-bancs-parc-de-kervoal/")
          + m.wp_comments([("Morgane", "12 mars 2025", "Très bien, les enfants en profitent déjà."),
                           ("Yann L.", "13 mars 2025", "Une poubelle à côté serait utile.")], post_id=341),
          f=[F_COMMENTS], d=[F_BUDGET]),
        P("/actualites/travaux-rue-de-brest/", "Rue de Brest : deuxième phase des travaux", m.prose(
            "Les travaux de réseaux se poursuivent entre le rond-point de Kergoat et la rue du Pont. La circulation est alternée par feux.",
            "Les commerces restent accessibles ; un stationnement provisoire est aménagé place de la Poste.")
          + m.wp_comments([("Gwen", "5 mars 2025", "Les feux sont trop longs le matin, pensez aux cars scolaires.")], post_id=338),
          f=[F_COMMENTS]),
        P("/actualites/budget-2025/", "Le budget 2025 adopté", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 : 21,4 M€ en fonctionnement, 7,8 M€ en investissement.",
            "Les taux de fiscalité restent inchangés. Le compte administratif 2024 sera présenté en juin.",
            "Les documents budgétaires sont consultables en mairie et sur la page du conseil municipal.") + m.wp_comments_closed(),
          d=[F_BUDGET, F_COMMENTS]),
        P("/actualites/fest-noz-de-printemps/", "Fest-noz de printemps", m.prose(
            "Le comité des fêtes organise son fest-noz le samedi 29 mars à la salle Ty Kreiz, avec trois groupes de musique traditionnelle.")
          + m.wp_comments_closed(), d=[F_COMMENTS]),
        P("/vie-pratique/demarches/", "Vos démarches", m.links([
            ("/vie-pratique/marches-publics/", "Marchés publics"), ("/enfance/portail-famille/", "Inscriptions périscolaires"),
            ("/vie-pratique/reservation-de-salles/", "Réserver une salle"), ("/securite/participation-citoyenne/", "Participation citoyenne et sécurité"),
            ("/contact/", "Nous écrire")]) + m.prose("Cartes d'identité et passeports sur rendez-vous, du lundi au samedi matin.")),
        P("/vie-pratique/marches-publics/", "Marchés publics et appels d'offres", m.prose(
            "Avis d'appel public à la concurrence : réfection de la toiture de l'école du Bourgneuf. Date limite de remise des offres : 14 avril, 12 h.",
            "Appel à candidatures : occupation temporaire du kiosque du quai pour une activité de petite restauration, saison 2025.",
            "Les dossiers de consultation sont téléchargeables sur la plateforme Mégalis Bretagne."), d=[F_IDEAS]),
        P("/vie-pratique/reservation-de-salles/", "Réserver une salle municipale", m.prose(
            "Les associations quimerloises et les particuliers peuvent réserver les salles Ty Kreiz et Lanveur.")
          + m.booking_form("/vie-pratique/reservation-de-salles/", ["Salle Ty Kreiz", "Salle de Lanveur", "Salle du conseil"]), d=[F_CONTACT]),
        P("/enfance/portail-famille/", "Inscriptions périscolaires", m.prose(
            "Cantine, garderie et centre de loisirs du mercredi : les inscriptions pour l'année scolaire se font en ligne.")
          + m.registration_form("/enfance/portail-famille/", "Inscription à l'accueil périscolaire"), d=[F_CONTACT]),
        # the gendarmerie's watch scheme, not a participatory approach nor a neighbours' network
        P("/securite/participation-citoyenne/", "Dispositif « Participation citoyenne »", m.prose(
            "La commune a signé avec la gendarmerie et la préfecture un protocole « Participation citoyenne ».",
            "Des habitants référents, volontaires, signalent aux gendarmes tout fait inhabituel dans leur quartier. "
            "Ce dispositif de prévention des cambriolages est piloté par le maire et le commandant de la brigade de Quimperlé."),
          d=[F_SHOWN, F_NETWORK]),
        P("/vie-associative/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations aura lieu le samedi 6 septembre, de 10 h à 17 h, à la salle omnisports.",
            "Plus de soixante associations sportives, culturelles et solidaires y présentent leurs activités.") + m.wp_comments_closed(),
          d=[F_FORUM, F_COMMENTS]),
        P("/tourisme/", "Tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille quai Brizeux. Retrouvez ses bons plans sur "
            "<a href='https://www.facebook.com/OTQuimerleTerreOcean'>sa page Facebook</a> et "
            "<a href='https://www.instagram.com/quimerle_terre_ocean'>son compte Instagram</a>.")),
        P("/contact/", "Contacter la mairie", m.prose("Hôtel de ville, 1 place de la Mairie. Accueil du lundi au vendredi, 8 h 30 - 12 h 00 et 13 h 30 - 17 h 30.")
          + m.cf7_contact("/contact/"), f=[F_CONTACT], d=[F_IDEAS]),
    ]
    site = Site(QUIMERLE, "wordpress", "Ville de Quimerlé", pages,
                menu=[("Ma ville", "/ma-ville/democratie-locale/"), ("Quimerlé à vous !", "/budget-participatif/"),
                      ("Cadre de vie", "/cadre-de-vie/le-marche-du-samedi/"), ("Skatepark", "/cadre-de-vie/skatepark/"), ("Actualités", "/actualites/"),
                      ("Démarches", "/vie-pratique/demarches/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "VilledeQuimerle"), social("instagram", "ville_quimerle"),
                          social("youtube", "VilleQuimerle", "https://www.youtube.com/@VilleQuimerle/videos")],
                address="Hôtel de ville, 1 place de la Mairie, 29390 Quimerlé")
    return City("99751", "Quimerlé", 15_240, "29", "53", "Bretagne", f"http://{QUIMERLE}/", [site],
                decoy_accounts=("https://www.facebook.com/otquimerleterreocean", "https://www.instagram.com/quimerle_terre_ocean"))


# =====================================================================================================
# 99752 Mauzac-la-Garenne (Haute-Garonne): SPIP; article forums, a Formidable questionnaire, a young
# people's participatory budget, a PLU concertation, a Framaforms survey; public inquiry, census and
# council agenda as lookalikes.
# =====================================================================================================

MAUZAC = "www.mauzac-la-garenne.fr"


def _art(n):
    return f"/spip.php?article{n}"


def _rub(n):
    return f"/spip.php?rubrique{n}"


def mauzac():
    forum_action = lambda n: f"/spip.php?page=forum&amp;id_article={n}"
    rub_democratie = ("Citoyenneté", _rub(4))
    pages = [
        P("/", "Accueil", home(
            "Bienvenue à Mauzac-la-Garenne, au bord de la Lèze.",
            [(_rub(4), "Citoyenneté"), (_art(214), "Budget des jeunes"), (_art(220), "Révision du PLU"),
             (_art(231), "Questionnaire mobilités"), (_rub(7), "Vie pratique"), (_art(240), "Contact"),
             (_art(236), "Recensement"), (_art(250), "Conseil municipal")],
            [(_art(245), "Réfection du pont de la Lèze", "10 mars", "Le pont sera fermé du 7 au 25 avril."),
             (_art(246), "Retour en images sur le carnaval", "3 mars", "Plus de 400 enfants ont défilé."),
             (_art(247), "Nouvelle aire de jeux au parc du Castelet", "24 février", "Ouverture le 1er mars."),
             (_art(248), "Forum de l'emploi saisonnier", "18 février", "Le 22 mars à la salle des fêtes.")],
            [("22 mars", "Forum de l'emploi saisonnier", "Salle des fêtes"), ("27 mars", "Conseil municipal", "Mairie"),
             ("5 avril", "Atelier PLU", "Médiathèque")])),
        P(_rub(4), "Citoyenneté", m.prose("Retrouvez ici les instances et démarches qui permettent aux Mauzacais de prendre part aux choix de la commune.")
          + m.links([(_art(210), "Démocratie participative : nos engagements"), (_art(211), "Les comités de hameau"), (_art(212), "Le conseil municipal des enfants"),
                     (_art(214), "Budget des jeunes"), (_art(216), "Budget des jeunes : le vote"), (_art(215), "Budget des jeunes 2024 : les projets retenus"), (_art(220), "Concertation sur le PLU"),
                     (_art(231), "Questionnaire mobilités"), (_art(232), "Enquête : horaires de la médiathèque"), (_art(233), "Sondage cantine : résultats"), (_art(250), "Conseil municipal"),
                     (_art(238), "Enquête publique : station d'épuration")]), f=[F_SHOWN]),
        P(_art(210), "Démocratie participative : nos engagements", m.prose(
            "Le conseil municipal a adopté le 14 novembre une charte de la démocratie participative. Elle prévoit une réunion publique "
            "avant chaque projet d'aménagement, des comités de hameau et un budget des jeunes.",
            "Une adjointe est chargée de la démocratie participative et de la vie des hameaux ; elle tient une permanence le premier samedi du mois.")
          + m.spip_forum([("Pierre M.", "16 novembre", "Bonne initiative", "Pensez à publier les comptes rendus des comités en ligne."),
                          ("Mairie", "17 novembre", "Réponse", "Les comptes rendus seront mis en ligne dans la rubrique Citoyenneté.")], forum_action(210)),
          f=[F_SHOWN, F_COMMENTS], parent=rub_democratie),
        P(_art(211), "Les comités de hameau", m.prose(
            "Six comités de hameau (Le Castelet, Lasbordes, Bellegarde, Le Pesquié, La Bourdette, Le Bourg) réunissent habitants et élus deux fois par an.",
            "Ils font remonter les besoins : voirie, éclairage, ramassage des déchets, animations. Chacun peut y participer sans inscription.",
            "Prochaines réunions : Lasbordes le 12 avril, Bellegarde le 26 avril, à 18 h 30.") + m.spip_forum([], forum_action(211), open_=False),
          f=[F_SHOWN], d=[F_COMMENTS], parent=rub_democratie),
        P(_art(212), "Le conseil municipal des enfants", m.prose(
            "Élus par les élèves de CM1 et CM2 des deux écoles, quinze jeunes conseillers siègent pour deux ans.",
            "Ils travaillent en commissions (environnement, solidarité, loisirs) et présentent leurs projets au conseil municipal chaque printemps.")
          + m.spip_forum([], forum_action(212), open_=False), f=[F_SHOWN], d=[F_COMMENTS], parent=rub_democratie),
        # the young people's budget's filing form: a call for projects whose free-text description reaches the town hall
        P(_art(214), "Budget des jeunes : à vous de jouer !", m.prose(
            "Tu as entre 11 et 20 ans et tu habites Mauzac ? La commune réserve 15 000 € à des projets imaginés et votés par les jeunes.",
            "Dépose ton projet seul ou en groupe avant le 15 mai ; les projets réalisables seront présentés au vote des jeunes en juin, au collège et à l'espace jeunes.")
          + m.spip_formidable("budget_jeunes", _art(214), "Proposer un projet",
                              [("input", "input_1", "Nom du projet"), ("selection:11-14 ans|15-17 ans|18-20 ans", "selection_1", "Ton âge"),
                               ("textarea", "textarea_1", "Décris ton projet"), ("email", "email_1", "Ton e-mail ou celui de tes parents")], "Déposer"),
          f=[F_BUDGET, F_IDEAS, F_CONTACT], parent=rub_democratie),
        P(_art(215), "Budget des jeunes 2024 : les projets retenus", m.prose(
            "Pour la première édition, 286 jeunes ont voté. Trois projets seront réalisés : un terrain de basket 3x3, un espace de street workout et une fresque au skate-park.")
          + m.spip_forum([("Lucas", "2 juillet", "Trop bien", "Vivement le terrain de basket !")], forum_action(215)),
          f=[F_BUDGET, F_COMMENTS], parent=rub_democratie),
        P(_art(216), "Budget des jeunes : le vote", m.prose(
            "Le vote des jeunes a lieu du 2 au 13 juin au collège Pierre-Bayle et à l'espace jeunes, sur présentation de la carte jeune.",
            "Chaque votant classe trois projets. Les résultats seront proclamés le 20 juin lors de la fête de la jeunesse.")
          + m.project_cards([("Un terrain de padel", "Stade municipal", "9 000 €", "Proposé par l'association des lycéens."),
                             ("Des hamacs au bord de la Lèze", "Parc du Castelet", "2 500 €", "Proposé par un groupe de 3e.")]),
          f=[F_BUDGET], parent=rub_democratie),
        P(_art(220), "Révision du plan local d'urbanisme : la concertation", m.prose(
            "La commune a prescrit la révision de son PLU. Pendant toute la durée des études, une concertation est ouverte à tous.",
            "Un registre est disponible à l'accueil de la mairie ; deux ateliers publics ont lieu à la médiathèque le 5 avril et le 17 mai ; "
            "une exposition présente le diagnostic du territoire.",
            "Vous pouvez aussi écrire au maire, par courrier, en précisant « Révision du PLU ».")
          + m.links([(_art(221), "Compte rendu du premier atelier")]), f=[F_SHOWN], parent=rub_democratie),
        P(_art(221), "PLU : compte rendu de l'atelier du 8 février", m.prose(
            "Une cinquantaine d'habitants ont travaillé en groupes sur trois thèmes : les hameaux, les déplacements et les espaces agricoles.",
            "Les remarques recueillies alimenteront le projet d'aménagement et de développement durables (PADD).")
          + m.spip_forum([("Annie R.", "12 février", "Les chemins", "Il faudrait protéger les chemins ruraux dans le PLU.")], forum_action(221)),
          f=[F_SHOWN, F_COMMENTS], parent=rub_democratie),
        P(_art(231), "Questionnaire : vos déplacements au quotidien", m.prose(
            "Le conseil municipal prépare un schéma des mobilités douces. Aidez-nous en répondant à ce court questionnaire, ouvert jusqu'au 30 avril.")
          + m.spip_formidable("mobilites", _art(231), "Vos déplacements",
                              [("radio:Voiture|Vélo|À pied|Transport à la demande|Covoiturage", "radio_1", "Comment vous rendez-vous au travail ?"),
                               ("radio:Oui|Non|Peut-être", "radio_2", "Utiliseriez-vous une piste cyclable vers Muret ?"),
                               ("checkbox:Le Castelet|Lasbordes|Le Bourg|Bellegarde", "checkbox_1", "Quels trajets vous semblent dangereux ?")], "Valider mes réponses"),
          f=[F_POLL]),
        # a survey hosted on Framaforms and embedded in the article
        P(_art(232), "Enquête : les horaires de la médiathèque", m.prose(
            "La médiathèque envisage d'ouvrir le dimanche matin. Donnez votre avis dans ce questionnaire en ligne, jusqu'au 15 avril.")
          + m.framaforms_iframe("horaires-mediatheque-mauzac-1710412345", "Questionnaire horaires de la médiathèque"), f=[F_POLL]),
        P(_art(233), "Sondage cantine : les résultats", m.prose(
            "Merci aux 212 familles qui ont répondu au sondage de janvier sur la restauration scolaire. Le questionnaire est désormais fermé.",
            "73 % des familles souhaitent un repas végétarien par semaine ; 64 % jugent les portions suffisantes. La commission menus se réunira en avril."),
          d=[F_POLL]),
        P(_art(236), "Recensement de la population", m.prose(
            "Le recensement se déroule du 16 janvier au 15 février. Un agent recenseur, muni d'une carte officielle, passera chez vous.",
            "Vous pourrez répondre au questionnaire de l'INSEE en ligne sur le site le-recensement-et-moi.fr, avec les codes remis par l'agent."),
          d=[F_POLL]),
        P(_art(238), "Enquête publique : extension de la station d'épuration", m.prose(
            "Par arrêté préfectoral, une enquête publique est ouverte du 3 au 31 mars sur le projet d'extension de la station d'épuration.",
            "Le commissaire enquêteur tiendra trois permanences en mairie. Les observations peuvent être consignées sur le registre d'enquête."),
          d=[F_SHOWN, F_POLL]),
        P(_art(250), "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit environ six fois par an, en séance publique, dans la salle du conseil.",
            "Prochaine séance : jeudi 27 mars à 20 h 30. Ordre du jour : compte administratif 2024, budget primitif 2025, tarifs de la cantine.",
            "Les procès-verbaux sont affichés en mairie et publiés dans cette rubrique.")
          + m.links([(_art(249), "Séance du 30 janvier : ce qu'il faut retenir")]), d=[F_SHOWN, F_BUDGET]),
        # a council summary naming, in one sentence, the platform another body (the intercommunality) runs;
        # the town neither links to it nor runs one
        P(_art(249), "Conseil municipal du 30 janvier : ce qu'il faut retenir", m.prose(
            "Réuni en séance publique le jeudi 30 janvier sous la présidence du maire, le conseil municipal a examiné douze délibérations. "
            "Voici les principales décisions.",
            "<strong>Débat d'orientation budgétaire.</strong> Les priorités de 2025 ont été présentées : réfection du tablier du pont de la Lèze, "
            "rénovation énergétique de l'école du Bourg et poursuite de l'extension du réseau d'eau vers Bellegarde. Les taux communaux ne "
            "devraient pas augmenter. Le budget primitif sera voté le 27 mars.",
            "<strong>Tarifs.</strong> Le prix du repas à la cantine passe de 3,00 € à 3,10 € à compter du 1er mars ; le tarif réduit reste fixé à 1 €.",
            "<strong>Personnel.</strong> Un poste d'agent technique à temps complet est créé pour l'entretien des espaces verts et des chemins ruraux.",
            "<strong>Intercommunalité.</strong> Le conseil a approuvé le rapport de la commission locale d'évaluation des charges transférées. "
            "Le maire a par ailleurs informé l'assemblée que la communauté de communes des Coteaux de la Lèze ouvrira en mars la consultation "
            "sur son plan climat sur sa propre plateforme en ligne, bâtie avec le logiciel Decidim ; les dates des réunions seront affichées en mairie.",
            "<strong>Questions diverses.</strong> Une riveraine du chemin de Lasbordes a interrogé les élus sur l'état de la chaussée ; "
            "un point à temps est programmé au printemps.",
            "Le procès-verbal complet, approuvé lors de la séance suivante, est consultable à l'accueil de la mairie.")
          + m.spip_forum([], forum_action(249), open_=False),
          d=[F_PLATFORM, F_SHOWN, F_BUDGET, F_COMMENTS], parent=("Le conseil municipal", _art(250))),
        P(_art(245), "Réfection du pont de la Lèze", m.prose(
            "Le pont de la Lèze sera fermé à la circulation du 7 au 25 avril pour la réfection de son tablier. Une déviation est mise en place par Lasbordes.")
          + m.spip_forum([("Hélène", "11 mars", "Déviation", "Et pour le car scolaire ?"),
                          ("Mairie", "11 mars", "Re: Déviation", "Le car passera par Lasbordes, horaires avancés de 10 minutes.")], forum_action(245)),
          f=[F_COMMENTS]),
        P(_art(246), "Retour en images sur le carnaval", m.prose("Plus de 400 enfants ont défilé dimanche dans les rues du bourg, derrière le char de Monsieur Carnaval.")
          + m.spip_forum([], forum_action(246), open_=False), d=[F_COMMENTS]),
        # a news item naming a hamlet committee in passing; its article forum is open
        P(_art(247), "Nouvelle aire de jeux au parc du Castelet", m.prose(
            "L'aire de jeux du parc du Castelet a été entièrement renouvelée : toboggan, balançoires, jeux à ressort pour les plus petits.",
            "Cette aire avait été demandée par le comité de hameau du Castelet.")
          + m.spip_forum([("Julie P.", "25 février", "Merci", "Mes enfants adorent, merci !")], forum_action(247)), f=[F_COMMENTS], d=[F_SHOWN]),
        P(_art(248), "Forum de l'emploi saisonnier", m.prose(
            "Le forum de l'emploi saisonnier réunit le 22 mars une vingtaine d'employeurs du territoire : agriculture, tourisme, animation.",
            "Apportez votre CV ! Entrée libre de 9 h à 13 h."), d=[F_FORUM]),
        P(_rub(7), "Vie pratique", m.links([(_art(240), "Contacter la mairie"), (_art(241), "Lettre d'information"),
                                            (_art(242), "Subventions aux associations"), (_art(236), "Recensement")])
          + m.prose("La mairie est ouverte du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h 30, le samedi de 9 h à 12 h.")),
        P(_art(240), "Contacter la mairie", m.prose("Mairie de Mauzac-la-Garenne, 2 place de la République. Tél. 05 61 00 00 00.")
          + m.spip_formidable("contact", _art(240), "Écrire à la mairie",
                              [("input", "input_1", "Nom"), ("email", "email_1", "Adresse e-mail"), ("input", "input_2", "Objet"),
                               ("textarea", "textarea_1", "Votre message")]), f=[F_CONTACT], d=[F_IDEAS]),
        P(_art(241), "Lettre d'information", m.prose("Recevez chaque mois l'actualité de la commune dans votre boîte mail.")
          + m.spip_formidable("newsletter", _art(241), "S'abonner", [("email", "email_1", "Adresse e-mail")], "S'abonner"), d=[F_CONTACT]),
        P(_art(242), "Subventions aux associations : appel à projets 2025", m.prose(
            "Les associations mauzacaises peuvent déposer leur demande de subvention jusqu'au 31 janvier.",
            "Un appel à projets spécifique soutient les initiatives en faveur de la jeunesse et du lien intergénérationnel ; "
            "le dossier Cerfa n° 12156 est à adresser à la mairie."), d=[F_IDEAS, F_BUDGET]),
    ]
    site = Site(MAUZAC, "spip", "Mauzac-la-Garenne", pages,
                menu=[("La commune", _rub(7)), ("Citoyenneté", _rub(4)), ("Budget des jeunes", _art(214)),
                      ("PLU", _art(220)), ("Contact", _art(240))],
                accounts=[social("facebook", "mauzaclagarenne")],
                address="Mairie, 2 place de la République, 31410 Mauzac-la-Garenne")
    return City("99752", "Mauzac-la-Garenne", 10_420, "31", "76", "Occitanie", f"http://{MAUZAC}/", [site])


# =====================================================================================================
# 99753 Aubreville-la-Forêt (Oise): Joomla 4 with the town's own Kunena board, AcePolls in a module
# position, an RSForm idea box, a neighbours' network the town presents; a jobs forum, a relayed
# change.org petition, the council's agenda, a contest, booking and newsletter forms as lookalikes.
# =====================================================================================================

AUBREVILLE = "www.aubreville-la-foret.fr"


def _rsform(form_id, action, title, fields, submit="Envoyer"):
    rows = []
    for kind, name, label in fields:
        if kind == "textarea":
            ctl = f'<textarea cols="50" rows="5" name="form[{name}]" id="{name}" class="rsform-text-box form-control"></textarea>'
        elif kind.startswith("select:"):
            ctl = f'<select name="form[{name}][]" id="{name}" class="rsform-select-box form-select">' + "".join(f"<option>{o}</option>" for o in kind[7:].split("|")) + "</select>"
        else:
            ctl = f'<input type="{kind}" value="" size="20" name="form[{name}]" id="{name}" class="rsform-input-box form-control" />'
        rows.append(f'<div class="mb-3 rsform-block rsform-block-{name.lower()}"><label class="form-label formControlLabel" for="{name}">{label}</label>'
                    f'<div class="formControls">{ctl}<span class="formValidation"><span id="component{len(rows) + 40}" class="formNoError">Champ invalide</span></span></div></div>')
    return (f'<form method="post" id="userForm" action="{action}"><h2>{title}</h2><div id="rsform_error_{form_id}" style="display: none;"><p class="formRed">Veuillez compléter les champs obligatoires.</p></div>'
            f'<fieldset class="formHorizontal formContainer" id="rsform_{form_id}_page_0">{"".join(rows)}'
            f'<div class="mb-3 rsform-block rsform-block-submit"><div class="formControls"><button type="submit" name="form[Envoyer]" id="Envoyer" class="rsform-submit-button btn btn-primary">{submit}</button></div></div></fieldset>'
            f'<input type="hidden" name="form[formId]" value="{form_id}"/></form>')


def aubreville():
    vm = ("Vie municipale", "/vie-municipale/democratie-participative")
    fo = ("Forum des habitants", "/forum")
    poll = m.joomla_poll_module(3, "Pour la rentrée, préférez-vous la semaine de quatre jours ou de quatre jours et demi ?",
                                ["Quatre jours", "Quatre jours et demi", "Sans avis"])
    topics_q = [("/forum/la-vie-des-quartiers/87-stationnement-rue-de-senlis", "Stationnement rue de Senlis", "Karim_A", "3 mars", 14),
                ("/forum/la-vie-des-quartiers/91-eclairage-allee-des-charmes", "Éclairage allée des Charmes", "Bea60", "27 février", 6)]
    pages = [
        P("/", "Accueil", home(
            "Aubreville-la-Forêt, ville nature aux portes de la forêt de Compiègne.",
            [("/vie-municipale/democratie-participative", "Agir pour Aubreville"), ("/vie-municipale/boite-a-idees", "Boîte à idées"),
             ("/forum", "Forum des habitants"), ("/vie-municipale/sondage-rythmes-scolaires", "Votre avis"),
             ("/vie-pratique/location-salle-des-fetes", "Louer une salle"), ("/contact", "Contact"),
             ("/vie-municipale/aubreville-sur-smiile", "Entre voisins"), ("/actualites", "Actualités")],
            [("/actualites/inauguration-city-stade", "Le city-stade inauguré", "8 mars", "Un nouvel équipement pour les jeunes."),
             ("/actualites/forum-de-l-emploi", "Forum de l'emploi et de l'alternance", "1er mars", "Rendez-vous le 28 mars."),
             ("/actualites/petition-guichet-gare", "Guichet de la gare : la mobilisation", "22 février", "Le conseil municipal a voté une motion."),
             ("/actualites/concours-des-maisons-fleuries", "Concours des maisons fleuries", "15 février", "Inscriptions jusqu'au 31 mai.")],
            [("21 mars", "Réunion de quartier Les Charmes", "École Jean-Macé"), ("28 mars", "Forum de l'emploi", "Espace Coquelicot"),
             ("3 avril", "Conseil municipal", "Hôtel de ville")], cookie="axeptio")),
        P("/vie-municipale/democratie-participative", "Agir pour Aubreville", m.with_sidebar(
            m.prose("La municipalité a fait de la participation des habitants un axe fort du mandat. Réunions de quartier deux fois par an, "
                    "conseil citoyen du quartier prioritaire des Charmes, conseil municipal des jeunes, boîte à idées : plusieurs portes sont ouvertes.",
                    "Chaque proposition reçoit une réponse écrite de l'élu concerné dans un délai de deux mois.")
            + m.links([("/vie-municipale/reunions-de-quartier", "Les réunions de quartier"), ("/vie-municipale/conseil-citoyen", "Le conseil citoyen"),
                       ("/vie-municipale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"), ("/vie-municipale/boite-a-idees", "La boîte à idées")]),
            poll), f=[F_SHOWN, F_POLL]),
        P("/vie-municipale/reunions-de-quartier", "Les réunions de quartier", m.prose(
            "Le maire et les élus de secteur viennent à votre rencontre dans chacun des cinq secteurs de la ville, au printemps et à l'automne.",
            "Ces réunions permettent de faire le point sur les travaux réalisés, de présenter les projets et de recueillir les remarques des riverains.")
          + "<table class='table'><tr><th>Secteur</th><th>Date</th><th>Lieu</th></tr><tr><td>Les Charmes</td><td>21 mars, 18 h 30</td><td>École Jean-Macé</td></tr>"
            "<tr><td>Centre</td><td>28 mars, 18 h 30</td><td>Hôtel de ville</td></tr><tr><td>La Croix-Saint-Ouen</td><td>4 avril, 18 h 30</td><td>Salle Coquelicot</td></tr></table>"
          + m.links([("/vie-municipale/reunions-de-quartier/compte-rendu-les-charmes", "Compte rendu : Les Charmes, octobre")]),
          f=[F_SHOWN], parent=vm),
        P("/vie-municipale/reunions-de-quartier/compte-rendu-les-charmes", "Réunion de quartier Les Charmes : compte rendu", m.prose(
            "Une soixantaine d'habitants étaient présents le 14 octobre à l'école Jean-Macé.",
            "Questions posées : vitesse rue des Charmes, état des trottoirs, horaires de la ligne de bus 3, jeux pour enfants dans le square.",
            "Réponses des élus : pose de deux plateaux ralentisseurs au printemps, trottoirs refaits en 2026, demande transmise à l'agglomération pour la ligne 3."),
          f=[F_SHOWN], parent=vm),
        # a call for candidates to a participatory body: it displays the approach, but is not a call for ideas
        P("/vie-municipale/conseil-citoyen", "Le conseil citoyen des Charmes", m.prose(
            "Créé dans le cadre du contrat de ville, le conseil citoyen associe des habitants et des acteurs locaux du quartier des Charmes à la politique de la ville.",
            "Appel à candidatures : le conseil citoyen se renouvelle. Habitants du quartier, associations, commerçants, déposez votre candidature avant le 15 avril auprès du service politique de la ville."),
          f=[F_SHOWN], d=[F_IDEAS], parent=vm),
        P("/vie-municipale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM2 et de 6e, les 23 jeunes conseillers se réunissent chaque mois en commissions.",
            "Ils ont porté la création du city-stade et organisent chaque année une collecte pour les Restos du cœur."), f=[F_SHOWN], parent=vm),
        # a form asking for ideas, with a free-text field that reaches the town hall
        P("/vie-municipale/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Aubreville ? Un aménagement, une animation, un service qui vous manque ? Proposez-la !",
            "Vous pouvez aussi glisser votre idée dans la boîte installée dans le hall de l'hôtel de ville.")
          + _rsform(5, "/vie-municipale/boite-a-idees", "Je propose une idée",
                    [("text", "Nom", "Nom"), ("email", "Email", "E-mail"),
                     ("select:Cadre de vie|Voirie et déplacements|Jeunesse|Animation|Autre", "Theme", "Thème"),
                     ("textarea", "Idee", "Votre idée")], "Envoyer mon idée"),
          f=[F_IDEAS, F_CONTACT], parent=vm),
        P("/vie-municipale/sondage-rythmes-scolaires", "Rythmes scolaires : votre avis", m.with_sidebar(
            m.prose("Le conseil d'école et la municipalité réfléchissent à l'organisation de la semaine scolaire à la rentrée prochaine.",
                    "Parents, enseignants, habitants : votez dans le module ci-contre jusqu'au 30 avril."), poll), f=[F_POLL], parent=vm),
        P("/vie-municipale/sondage-cinema-resultats", "Cinéma de plein air : résultats du sondage", m.joomla_poll_results(
            "Quel film pour la séance de plein air du 14 juillet ?", [("Un film d'animation", 47, 188), ("Une comédie", 38, 152), ("Un classique", 15, 60)], 400),
          d=[F_POLL], parent=vm),
        # the town presents a neighbours' network run for its residents on a hosted platform and invites them to join it
        P("/vie-municipale/aubreville-sur-smiile", "Entre voisins : Aubreville sur Smiile", m.prose(
            "La ville a ouvert sa communauté sur Smiile, le réseau social de proximité : prêt d'objets, coups de main, informations de quartier, covoiturage.",
            "L'inscription est gratuite et réservée aux habitants ; la mairie y publie aussi ses alertes (travaux, coupures, événements).",
            "<a class='btn btn-primary' href='https://www.smiile.com/communaute/aubreville-la-foret'>Rejoindre la communauté Aubreville-la-Forêt</a>"),
          f=[F_NETWORK], parent=vm),
        P("/vie-municipale/enquete-publique-zac-des-tilleuls", "Enquête publique : ZAC des Tilleuls", m.prose(
            "Une enquête publique relative au dossier de réalisation de la ZAC des Tilleuls est ouverte du 17 mars au 18 avril.",
            "Le commissaire enquêteur reçoit le public en mairie les 17 mars, 2 avril et 18 avril. Les observations peuvent être adressées par courrier à son attention."),
          d=[F_SHOWN, F_POLL], parent=vm),
        P("/vie-municipale/budget-communal", "Le budget communal", m.prose(
            "Le budget primitif 2025 a été voté le 20 mars : 14,2 M€ en fonctionnement et 4,1 M€ en investissement.",
            "Principaux investissements : rénovation thermique de l'école Jean-Macé, voirie rue de Senlis, vidéoprotection.",
            "Le compte administratif et le rapport d'orientation budgétaire sont téléchargeables ci-dessous (PDF)."), d=[F_BUDGET], parent=vm),
        P("/vie-municipale/conseil-municipal", "Conseil municipal : séances et comptes rendus", m.prose(
            "Prochaine séance publique : jeudi 3 avril, 19 h, salle du conseil. Ordre du jour : budget supplémentaire, convention avec l'agglomération, tarifs du centre de loisirs.",
            "Les comptes rendus des séances précédentes sont affichés en mairie."), d=[F_SHOWN], parent=vm),
        P("/forum", "Forum des habitants", m.prose("Bienvenue sur le forum des Aubrevillois : échangez entre voisins, dans le respect de la charte du forum.")
          + m.kunena_index([("/forum/la-vie-des-quartiers", "La vie des quartiers", "Voirie, stationnement, propreté, fêtes de quartier.", 38, 412, "Stationnement rue de Senlis"),
                            ("/forum/entraide-et-bons-plans", "Entraide et bons plans", "Coups de main, objets perdus, bonnes adresses.", 55, 318, "Qui connaît un bon plombier ?")])
          + m.links([("/forum/charte-du-forum", "Charte du forum")]), f=[F_FORUM]),
        P("/forum/la-vie-des-quartiers", "La vie des quartiers", m.kunena_category(topics_q, "/forum/charte-du-forum"), f=[F_FORUM], parent=fo),
        P("/forum/la-vie-des-quartiers/87-stationnement-rue-de-senlis", "Stationnement rue de Senlis", m.kunena_topic(
            [("Karim_A", "3 mars 2025", "Depuis les travaux, impossible de se garer rue de Senlis après 18 h. Quelqu'un sait si des places sont prévues ?"),
             ("Bea60", "3 mars 2025", "Il paraît que le parking de l'ancienne poste va être ouvert au public."),
             ("Modérateur", "4 mars 2025", "La mairie confirme : ouverture du parking prévue fin avril.")], "/forum/la-vie-des-quartiers/87-stationnement-rue-de-senlis"),
          f=[F_FORUM], parent=fo),
        P("/forum/la-vie-des-quartiers/91-eclairage-allee-des-charmes", "Éclairage allée des Charmes", m.kunena_topic(
            [("Bea60", "27 février 2025", "Trois lampadaires sont éteints depuis deux semaines, c'est signalé ?"),
             ("Jojo_Aubreville", "28 février 2025", "Oui, signalé en mairie, réparation prévue la semaine prochaine.")], "/forum/la-vie-des-quartiers/91-eclairage-allee-des-charmes"),
          f=[F_FORUM], parent=fo),
        P("/forum/entraide-et-bons-plans", "Entraide et bons plans", m.kunena_category(
            [("/forum/entraide-et-bons-plans/93-qui-connait-un-bon-plombier", "Qui connaît un bon plombier ?", "Mado", "6 mars", 9)], "/forum/charte-du-forum"),
          f=[F_FORUM], parent=fo),
        P("/forum/entraide-et-bons-plans/93-qui-connait-un-bon-plombier", "Qui connaît un bon plombier ?", m.kunena_topic(
            [("Mado", "6 mars 2025", "Fuite sous l'évier, je cherche un artisan du coin disponible rapidement."),
             ("Thierry R.", "6 mars 2025", "Essayez l'entreprise de la rue des Tilleuls, très sérieux.")], "/forum/entraide-et-bons-plans/93-qui-connait-un-bon-plombier"),
          f=[F_FORUM], parent=fo),
        P("/forum/charte-du-forum", "Charte du forum", m.prose(
            "Le forum des habitants est modéré par le service communication. Les messages injurieux, diffamatoires ou commerciaux sont supprimés.",
            "Pour publier, créez un compte avec une adresse e-mail valide. Les questions adressées à la mairie doivent passer par le formulaire de contact."),
          d=[F_FORUM], parent=fo),
        P("/actualites", "Actualités", m.links([("/actualites/inauguration-city-stade", "Le city-stade inauguré"), ("/actualites/forum-de-l-emploi", "Forum de l'emploi"),
                                                ("/actualites/petition-guichet-gare", "Guichet de la gare"), ("/actualites/concours-des-maisons-fleuries", "Concours des maisons fleuries"),
                                                ("/vie-municipale/sondage-cinema-resultats", "Résultats du sondage cinéma"),
                                                ("/vie-municipale/enquete-publique-zac-des-tilleuls", "Enquête publique : ZAC des Tilleuls")])),
        # news naming the idea box in passing
        P("/actualites/inauguration-city-stade", "Le city-stade inauguré", m.prose(
            "Samedi, le maire et les jeunes élus du conseil municipal des jeunes ont inauguré le city-stade du parc des Tilleuls.",
            "Cette réalisation répond à une idée déposée dans la boîte à idées il y a deux ans.")
          + m.share_buttons(f"http://{AUBREVILLE}/actualites/inauguration-city-stade"), d=[F_IDEAS]),
        P("/actualites/forum-de-l-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Le forum de l'emploi se tient le vendredi 28 mars à l'espace Coquelicot, de 9 h à 16 h, avec France Travail et la mission locale.",
            "Plus de trente entreprises recrutent : logistique, services à la personne, BTP."), d=[F_FORUM]),
        P("/actualites/petition-guichet-gare", "Guichet de la gare : la mobilisation continue", m.prose(
            "Le conseil municipal a adopté à l'unanimité une motion contre la fermeture du guichet de la gare.",
            "Un collectif d'usagers a lancé une pétition sur <a href='https://www.change.org/p/sncf-maintenez-le-guichet-de-la-gare-d-aubreville'>change.org</a>."),
          d=[F_PETITION]),
        P("/actualites/concours-des-maisons-fleuries", "Concours des maisons fleuries", m.prose(
            "Le concours des maisons et balcons fleuris est ouvert à tous les habitants. Inscription gratuite en mairie jusqu'au 31 mai.",
            "Le jury passera en juillet ; remise des prix en septembre."), d=[F_IDEAS]),
        P("/vie-pratique/location-salle-des-fetes", "Louer une salle", m.booking_form("/vie-pratique/location-salle-des-fetes", ["Espace Coquelicot", "Salle des Tilleuls"]),
          d=[F_CONTACT]),
        P("/vie-pratique/newsletter", "Lettre d'information", m.prose("Chaque mois, l'essentiel de l'actualité municipale.") + m.acymailing(), d=[F_CONTACT]),
        P("/contact", "Contact", m.prose("Hôtel de ville, 12 rue de la République. Ouvert du lundi au vendredi 8 h 30 - 12 h / 13 h 30 - 17 h.")
          + m.joomla_contact("/contact", "Hôtel de ville d'Aubreville-la-Forêt") + m.links([("/vie-pratique/newsletter", "S'abonner à la lettre d'information")]),
          f=[F_CONTACT]),
    ]
    site = Site(AUBREVILLE, "joomla", "Aubreville-la-Forêt", pages,
                menu=[("Vie municipale", "/vie-municipale/democratie-participative"), ("Forum", "/forum"), ("Actualités", "/actualites"),
                      ("Conseil municipal", "/vie-municipale/conseil-municipal"), ("Budget", "/vie-municipale/budget-communal"), ("Contact", "/contact")],
                accounts=[social("facebook", "AubrevillelaForet"), social("x", "Aubreville60", "https://twitter.com/Aubreville60")],
                address="Hôtel de ville, 12 rue de la République, 60880 Aubreville-la-Forêt")
    return City("99753", "Aubreville-la-Forêt", 12_870, "60", "32", "Hauts-de-France", f"http://{AUBREVILLE}/", [site])


# =====================================================================================================
# 99754 Vallinco (Haute-Corse): a site made with a hosted site builder (its own layout, rendered here);
# Google Forms for a questionnaire and a call for ideas, Facebook comments under news, a paper idea box
# at the town hall; a relayed change.org petition, a closed consultation, bookings and payment.
# =====================================================================================================

VALLINCO = "www.vallinco.fr"


def _builder_page(site, pg):
    """A page as a hosted site builder renders it: generated ids, data-testid, inline styles, no generator of a CMS."""
    menu = "".join(f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{escape(h)}" class="StylableHorizontalMenu__link"><span class="wixui-dropdown-menu-item__label">{escape(label)}</span></a></li>'
                   for label, h in site.menu)
    socials = "".join(f'<li class="wixui-social-bar__item"><a data-testid="linkElement" href="{escape(a.href)}" target="_blank" aria-label="{a.platform}"><wix-image data-image-info=\'{{"alt":"{a.platform}"}}\'></wix-image></a></li>'
                      for a in site.accounts)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<meta http-equiv="X-Wix-Meta-Site-Id" content="7d2c1f0b-4a9e-4c3d-9b1e-5f6a7b8c9d0e">
<title>{escape(pg.title)} | {escape(site.title)}</title>
<meta property="og:title" content="{escape(pg.title)} | {escape(site.title)}">
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="preconnect" href="https://static.parastorage.com" crossorigin>
<link rel="stylesheet" href="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">
<script src="https://static.parastorage.com/unpkg/react@18.3.1/umd/react.production.min.js"></script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root">
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xX2pT wixui-header" tabindex="-1">
<div id="comp-lhj2k8x1" class="comp-lhj2k8x1 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text"><a href="/">{escape(site.title)}</a></h2></div>
<nav id="comp-lhj2k8x3" aria-label="Site" class="wixui-horizontal-menu"><ul class="StylableHorizontalMenu__menu">{menu}</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="page-{zlib.crc32(pg.path.encode()) % 9000}">
<section id="comp-m1ks9d2e" class="wixui-section"><div data-testid="columns" class="wixui-column-strip"><div data-testid="column" class="wixui-column-strip__column">
<div id="comp-m1ks9d2f" class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">{escape(pg.title)}</h1></div>
<div id="comp-m1ks9d2g" class="wixui-rich-text" data-testid="richTextElement">{pg.body}</div>
</div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8">{escape(site.address)}</p>
<p class="font_8"><a href="/mentions-legales">Mentions légales</a> · <a href="/contact">Contact</a></p></div>
<ul class="wixui-social-bar" aria-label="Barre des réseaux sociaux">{socials}</ul></footer>
</div></div></div></div>
<script type="application/json" id="wix-viewer-model">{{"siteFeatures":["bookings","forms"],"language":"fr"}}</script>
</body></html>"""


def vallinco_site():
    news = [("/actualites/travaux-du-port", "Travaux du port de plaisance", "14 mars", "Le quai nord rouvre le 15 juin."),
            ("/actualites/navettes-estivales", "Navettes estivales vers les plages", "7 mars", "Horaires et arrêts de la saison."),
            ("/actualites/petition-hopital", "Urgences de nuit : la mobilisation", "28 février", "Le conseil municipal soutient la démarche."),
            ("/actualites/resultats-consultation-stationnement", "Stationnement au village : les résultats", "20 février", "Les réponses à la consultation de l'automne."),
            ("/actualites/fete-de-la-saint-georges", "Fête de la Saint-Georges", "14 février", "Le programme des festivités.")]
    fb = lambda path: m.facebook_comments(f"http://{VALLINCO}{path}")
    pages = [
        P("/", "Accueil", home(
            "Benvenuti in Vallinco — bienvenue à Vallinco, entre mer et montagne.",
            [("/a-merria-v-ascolta", "A merria v'ascolta"), ("/assemblee-des-hameaux", "Assemblée des hameaux"),
             ("/questionnaire-plages", "Questionnaire plages"), ("/idees-front-de-mer", "Vos idées pour le front de mer"),
             ("/reserver-une-salle", "Réserver une salle"), ("/payer-en-ligne", "Payer en ligne"),
             ("/office-de-tourisme", "Office de tourisme"), ("/marches-publics", "Marchés publics")],
            news, [("29 mars", "Assemblée des hameaux", "Salle polyvalente"), ("12 avril", "Conseil municipal", "Mairie"),
                   ("19 avril", "Fête de la Saint-Georges", "Place de l'église")], cookie="axeptio")),
        # no form: the page asks residents for their suggestions, on paper at the town hall or by post
        P("/a-merria-v-ascolta", "A merria v'ascolta — la mairie à l'écoute", m.prose(
            "Une remarque, une suggestion, une idée pour le village ou les hameaux ? La municipalité veut l'entendre.",
            "Déposez vos suggestions dans la boîte à idées installée à l'accueil de la mairie et à l'agence postale de Ficaja, "
            "ou écrivez au maire. Chaque mois, le conseil municipal étudie les propositions reçues et publie ses réponses au tableau d'affichage.",
            "Les élus tiennent aussi une permanence sans rendez-vous le samedi matin, de 9 h à 12 h.")
          + m.links([("/contact", "Écrire à la mairie")]), f=[F_IDEAS]),
        P("/assemblee-des-hameaux", "L'assemblée des hameaux", m.prose(
            "Deux fois par an, les habitants des sept hameaux de la commune sont invités à une assemblée ouverte avec le conseil municipal.",
            "On y débat des priorités : eau, pistes, transport scolaire, saison touristique. Les décisions prises en conseil municipal tiennent compte des avis exprimés.",
            "Prochaine assemblée : samedi 29 mars à 10 h, salle polyvalente, suivie d'un apéritif offert par la commune."), f=[F_SHOWN]),
        P("/questionnaire-plages", "Questionnaire : la saison sur nos plages", m.prose(
            "Accès, propreté, surveillance, stationnement : aidez-nous à préparer la saison en répondant à ce questionnaire (5 minutes), ouvert jusqu'au 30 avril.")
          + m.google_form_iframe("1FAIpQLSf3kVxR8mQ2pLz0vA7nWc4yT9bHd6eJ1uK5oG2sN8rX0qM4w", "Questionnaire plages de Vallinco"), f=[F_POLL]),
        P("/idees-front-de-mer", "Appel à idées : le futur front de mer", m.prose(
            "Le réaménagement du front de mer débutera en 2026. Avant que l'architecte ne dessine le projet, la commune lance un appel à idées auprès des habitants.",
            "Promenade, ombrages, jeux, terrasses, accès à la plage : proposez vos idées dans le formulaire ci-dessous jusqu'au 15 mai.")
          + m.google_form_iframe("1FAIpQLSe9QwT2zL5mN7bV0cX3kJ8hG4fD1sA6pO9iU2yT5rE8wQ3zA", "Vos idées pour le front de mer", 1100), f=[F_IDEAS]),
        P("/actualites", "Actualités", m.news_teasers(news, title="Toutes les actualités")),
        P("/actualites/travaux-du-port", "Travaux du port de plaisance", m.prose(
            "La réfection du quai nord se poursuit. Les plaisanciers sont accueillis provisoirement au ponton sud.",
            "Réouverture du quai prévue le 15 juin.") + fb("/actualites/travaux-du-port"), f=[F_COMMENTS]),
        P("/actualites/navettes-estivales", "Navettes estivales vers les plages", m.prose(
            "Du 1er juillet au 31 août, une navette gratuite relie le village aux plages de Ficaja et de la Marana toutes les 30 minutes.")
          + fb("/actualites/navettes-estivales"), f=[F_COMMENTS]),
        P("/actualites/petition-hopital", "Urgences de nuit : la mobilisation", m.prose(
            "Le conseil municipal a adopté une motion de soutien au maintien des urgences de nuit à l'hôpital de Bastia-Sud.",
            "Un collectif de soignants a lancé une <a href='https://www.change.org/p/ars-corse-maintenez-les-urgences-de-nuit'>pétition en ligne sur change.org</a>."),
          d=[F_PETITION]),
        P("/actualites/resultats-consultation-stationnement", "Stationnement au village : les résultats", m.prose(
            "La consultation de l'automne sur le stationnement payant en été est terminée : 386 personnes ont répondu.",
            "61 % sont favorables à un stationnement payant de juin à septembre, avec gratuité pour les résidents. Le conseil municipal délibérera en avril."),
          d=[F_POLL]),
        P("/actualites/fete-de-la-saint-georges", "Fête de la Saint-Georges", m.prose(
            "Procession, messe en langue corse et repas partagé sur la place de l'église le samedi 19 avril. Les associations tiennent les stands.")
          + fb("/actualites/fete-de-la-saint-georges"), f=[F_COMMENTS]),
        P("/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations se tient le 13 septembre sur le port : sports nautiques, polyphonies, randonnée, théâtre.",
            "Inscriptions des associations exposantes auprès du secrétariat de mairie."), d=[F_FORUM]),
        P("/budget-communal", "Le budget communal", m.prose(
            "Budget primitif 2025 : 11,8 M€. Principaux investissements : réfection du quai nord, réseau d'eau des hameaux, école de Ficaja.",
            "Le compte administratif 2024 a été approuvé le 28 février."), d=[F_BUDGET]),
        P("/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 27 membres. Prochaine séance : samedi 12 avril à 9 h 30. Ordre du jour : budget primitif, tarifs du port, subventions.",
            "Les délibérations sont affichées à la porte de la mairie."), d=[F_SHOWN, F_BUDGET]),
        P("/marches-publics", "Marchés publics", m.prose(
            "Appel d'offres : maîtrise d'œuvre pour le réaménagement du front de mer. Remise des candidatures avant le 30 avril.",
            "Appel à candidatures : attribution des concessions de plage pour la saison 2025."), d=[F_IDEAS]),
        P("/reserver-une-salle", "Réserver une salle", m.booking_form("/reserver-une-salle", ["Salle polyvalente", "Salle des associations"], "Réservation en ligne"),
          d=[F_CONTACT]),
        P("/payer-en-ligne", "Payer en ligne", m.payfip_form("/payer-en-ligne", "redevance de port"), d=[F_CONTACT]),
        P("/office-de-tourisme", "Office de tourisme", m.prose(
            "L'office de tourisme de Vallinco vous accueille d'avril à octobre sur le port. Suivez ses actualités sur "
            "<a href='https://www.facebook.com/VallincoTourisme'>Facebook</a> et "
            "<a href='https://www.instagram.com/vallinco_tourisme'>Instagram</a>.") + m.share_buttons(f"http://{VALLINCO}/office-de-tourisme")),
        P("/contact", "Contact", m.prose("Mairie de Vallinco, 1 place de l'Église. Ouvert du lundi au vendredi de 8 h à 12 h.")
          + '<form id="comp-lpx5c8ah" class="wixui-form" method="post" action="/_api/wix-forms/v1/submit-form" data-testid="form">'
            '<div class="wixui-text-input"><label for="input_comp-1">Prénom et nom</label><input id="input_comp-1" name="nom" type="text" class="wixui-text-input__input" required></div>'
            '<div class="wixui-text-input"><label for="input_comp-2">E-mail</label><input id="input_comp-2" name="email" type="email" class="wixui-text-input__input" required></div>'
            '<div class="wixui-text-input"><label for="input_comp-3">Objet</label><input id="input_comp-3" name="objet" type="text" class="wixui-text-input__input"></div>'
            '<div class="wixui-text-box"><label for="textarea_comp-4">Message</label><textarea id="textarea_comp-4" name="message" class="wixui-text-box__input"></textarea></div>'
            '<button type="submit" class="wixui-button" data-testid="buttonElement">Envoyer</button></form>',
          f=[F_CONTACT]),
    ]
    return Site(VALLINCO, "vendor", "Commune de Vallinco", pages,
                menu=[("Accueil", "/"), ("La mairie à l'écoute", "/a-merria-v-ascolta"), ("Actualités", "/actualites"),
                      ("Conseil municipal", "/conseil-municipal"), ("Budget", "/budget-communal"), ("Associations", "/forum-des-associations"),
                      ("Contact", "/contact")],
                accounts=[social("facebook", "CommunedeVallinco"), social("instagram", "commune_vallinco")],
                address="Mairie, 1 place de l'Église, 20213 Vallinco")


_VALLINCO_SITE = vallinco_site()


def _vallinco_special(request):
    pg = _VALLINCO_SITE.by_path.get(request.target)
    return Reply.html(_builder_page(_VALLINCO_SITE, pg)) if pg is not None else None


def vallinco():
    return City("99754", "Vallinco", 10_630, "2B", "94", "Corse", f"http://{VALLINCO}/", [_VALLINCO_SITE],
                decoy_accounts=("https://www.facebook.com/vallincotourisme", "https://www.instagram.com/vallinco_tourisme"))


# =====================================================================================================
# 99755 Bras-Mahot (La Réunion): Drupal 10 with Webform; a PLU concertation, a call for ideas to design
# a square (Typeform), a transport questionnaire, "mairie à l'écoute", a participatory budget of the
# schools, native comments; public inquiry, INSEE surveys, grant calls and a jobs forum as lookalikes.
# =====================================================================================================

BRAS_MAHOT = "www.bras-mahot.re"


def bras_mahot():
    dp = ("Démocratie participative", "/democratie-participative")
    bpe = ("Budget participatif des écoles", "/budget-participatif-des-ecoles")
    pages = [
        P("/", "Accueil", home(
            "Site officiel de la ville de Bras-Mahot, dans l'Est de La Réunion.",
            [("/democratie-participative", "Ensemble pour Bras-Mahot"), ("/mairie-a-l-ecoute", "Mairie à l'écoute"),
             ("/budget-participatif-des-ecoles", "Budget participatif des écoles"), ("/democratie-participative/square-des-filaos", "Le futur square des Filaos"),
             ("/democratie-participative/enquete-transports", "Enquête transports"), ("/contact", "Contact"),
             ("/appels-a-projets", "Appels à projets"), ("/budget", "Budget de la ville")],
            [("/actualites/apres-le-cyclone-le-bilan", "Après le cyclone : le bilan", "11 mars", "Les équipes restent mobilisées."),
             ("/actualites/marche-forain-nocturne", "Le marché forain nocturne revient", "6 mars", "Chaque premier vendredi du mois."),
             ("/actualites/inscriptions-vacances", "Vacances de juillet : inscriptions", "1er mars", "Centres aérés et séjours."),
             ("/actualites/forum-emploi", "Forum emploi et formation", "24 février", "Le 20 mars au gymnase Paul-Julius."),
             ("/actualites/resultats-sondage-fete-du-letchi", "Fête du letchi : résultats du sondage", "20 février", "Vous avez choisi la date.")],
            [("20 mars", "Forum emploi et formation", "Gymnase"), ("22 mars", "Conseil de quartier Ravine-Blanche", "Case de quartier"),
             ("28 mars", "Atelier PLU", "Hôtel de ville")])),
        P("/democratie-participative", "Ensemble pour Bras-Mahot", m.prose(
            "La ville associe les habitants aux décisions : sept conseils de quartier, des ateliers de concertation sur chaque grand projet, "
            "un budget participatif des écoles et un service « Mairie à l'écoute ».",
            "Le service Démocratie de proximité accompagne les conseils de quartier et organise les réunions publiques.")
          + m.links([("/democratie-participative/conseils-de-quartier", "Les conseils de quartier"), ("/democratie-participative/plu-concertation", "Concertation sur le PLU"),
                     ("/democratie-participative/square-des-filaos", "Imaginons le square des Filaos"), ("/democratie-participative/enquete-transports", "Enquête transports")]),
          f=[F_SHOWN]),
        P("/democratie-participative/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Sept conseils de quartier couvrent le territoire, des Hauts au littoral : Centre-ville, Ravine-Blanche, Bois-de-Nèfles, Bras-Canot, Piton-Bleu, La Cafrine et Beaufonds.",
            "Chaque conseil dispose d'une enveloppe de fonctionnement et se réunit au moins quatre fois par an dans la case de quartier.")
          + m.links([("/democratie-participative/conseils-de-quartier/ravine-blanche", "Ravine-Blanche : dernière réunion"),
                     ("/democratie-participative/conseil-des-gramounes", "Le conseil des gramounes")]), f=[F_SHOWN], parent=dp),
        P("/democratie-participative/conseil-des-gramounes", "Le conseil des gramounes", m.prose(
            "Instance consultative créée en 2022, le conseil des gramounes réunit trente habitants de plus de 65 ans, volontaires.",
            "Il donne son avis sur les projets qui concernent les aînés (transports, accès aux services, animations) et formule ses propres propositions au conseil municipal."),
          f=[F_SHOWN], parent=dp),
        P("/democratie-participative/conseils-de-quartier/ravine-blanche", "Conseil de quartier Ravine-Blanche", m.prose(
            "Réunion du 15 février : 31 participants. Points abordés : radier de la ravine, ramassage des déchets verts, éclairage du chemin Bois-Noir.",
            "Le conseil propose l'installation d'un abri au point de bus de la rue Jasmin ; la demande est transmise à la communauté d'agglomération.",
            "Prochaine réunion : samedi 22 mars à 9 h, case de quartier."), f=[F_SHOWN], parent=dp),
        P("/democratie-participative/plu-concertation", "Révision du PLU : la concertation", m.prose(
            "La révision générale du plan local d'urbanisme est engagée. Jusqu'à l'arrêt du projet, chacun peut s'informer et donner son avis.",
            "Des ateliers thématiques (agriculture, risques naturels, logement) se tiennent à l'hôtel de ville ; une exposition itinérante circule dans les cases de quartier ; "
            "un registre de concertation est ouvert à l'accueil de la mairie.",
            "Prochain atelier : vendredi 28 mars, 17 h 30."), f=[F_SHOWN], parent=dp),
        P("/democratie-participative/square-des-filaos", "Imaginons ensemble le square des Filaos", m.prose(
            "Le terrain libéré à l'angle de la rue des Filaos et du chemin Piton-Bleu deviendra un square. Avant de lancer les études, la ville fait appel à vos idées.",
            "Aire de jeux, kiosque, jardin créole, ombrières, espace pour les gramounes : proposez vos idées jusqu'au 30 avril. Une restitution publique aura lieu en mai.")
          + m.typeform_embed("q7Yx2LmB", "Vos idées pour le square des Filaos"), f=[F_IDEAS], parent=dp),
        P("/democratie-participative/enquete-transports", "Enquête : vos déplacements", m.prose(
            "Pour préparer le nouveau réseau de bus avec l'agglomération, répondez à cette enquête en ligne, ouverte jusqu'au 15 avril.")
          + m.drupal_webform("enquete_transports", "/democratie-participative/enquete-transports",
                             [("radios:Voiture|Bus|Covoiturage|Deux-roues|À pied", "mode", "Mode de déplacement principal"),
                              ("radios:Moins de 15 min|15 à 30 min|Plus de 30 min", "duree", "Durée de votre trajet quotidien"),
                              ("checkboxes:Fréquence|Horaires du soir|Arrêts abrités|Desserte des Hauts", "priorites", "Vos priorités pour le réseau"),
                              ("select:Centre-ville|Ravine-Blanche|Bois-de-Nèfles|Bras-Canot|Piton-Bleu|La Cafrine|Beaufonds", "quartier", "Votre quartier")],
                             "Valider"), f=[F_POLL], parent=dp),
        # one form for questions, reports and suggestions: a contact form that also asks for suggestions
        P("/mairie-a-l-ecoute", "Mairie à l'écoute", m.prose(
            "Une question, un signalement, une suggestion pour améliorer votre quartier ? Le service Mairie à l'écoute vous répond sous quinze jours.",
            "Vous pouvez aussi appeler le numéro vert 0800 00 00 00, du lundi au vendredi.")
          + m.drupal_webform("mairie_a_l_ecoute", "/mairie-a-l-ecoute",
                             [("select:Une question|Un signalement|Une suggestion", "type", "Type de demande"), ("textfield", "nom", "Nom et prénom"),
                              ("email", "courriel", "Courriel"), ("textfield", "adresse", "Adresse concernée"), ("textarea", "message", "Votre message")]),
          f=[F_CONTACT, F_IDEAS]),
        # the pupils, residents of the town, propose and vote projects for their schools
        P("/budget-participatif-des-ecoles", "Budget participatif des écoles", m.prose(
            "Dans les quatorze écoles élémentaires de la ville, les élèves de CM1 et de CM2 disposent d'une enveloppe de 3 000 € par école.",
            "En classe, ils imaginent des projets pour leur école (jeux de cour, coin lecture, potager), les présentent à leurs camarades, puis votent à bulletin secret en mairie, dans de vraies urnes.")
          + m.steps([("Propositions en classe", "octobre - décembre"), ("Étude par les services", "janvier"), ("Vote des élèves", "février"), ("Réalisation", "vacances d'avril")], 3)
          + m.links([("/budget-participatif-des-ecoles/projets-2025", "Les projets choisis en 2025")]), f=[F_BUDGET]),
        P("/budget-participatif-des-ecoles/projets-2025", "Les projets choisis par les élèves en 2025", m.project_cards([
            ("Un potager créole", "École Bois-de-Nèfles", "2 800 €", "Bacs surélevés et récupérateur d'eau."),
            ("Des jeux de cour peints", "École Jasmin", "1 900 €", "Marelles, labyrinthe et terrain de jeu."),
            ("Un coin lecture ombragé", "École Piton-Bleu", "3 000 €", "Bancs, voile d'ombrage et bibliothèque.")]), f=[F_BUDGET], parent=bpe),
        P("/actualites", "Actualités", m.links([
            ("/actualites/apres-le-cyclone-le-bilan", "Après le cyclone : le bilan"), ("/actualites/marche-forain-nocturne", "Le marché forain nocturne"),
            ("/actualites/inscriptions-vacances", "Inscriptions vacances"), ("/actualites/forum-emploi", "Forum emploi et formation"),
            ("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'INSEE"), ("/actualites/resultats-sondage-fete-du-letchi", "Résultats du sondage"),
            ("/recensement", "Recensement"), ("/enquete-publique-ravine", "Enquête publique"), ("/newsletter", "Newsletter"),
            ("/actualites/chantier-rue-des-filaos", "Rue des Filaos : le chantier démarre"),
            ("/application-mobile", "Alertes cyclone : téléchargez l'application Mon Bras-Mahot")])),
        # the town's information and alert application: one-way news from the town hall and shortcuts to the e-services;
        # nobody proposes, debates or votes there, and residents do not post to one another
        P("/application-mobile", "Mon Bras-Mahot, l'application de la ville", m.prose(
            "Vigilance cyclonique, fortes pluies, radiers submergés, coupures d'eau, routes fermées : avec l'application gratuite "
            "<strong>Mon Bras-Mahot</strong>, recevez les informations de la mairie directement sur votre téléphone, même quand vous êtes dans les Hauts.",
            "Choisissez vos quartiers et les sujets qui vous intéressent : vous ne recevez que les notifications qui vous concernent. "
            "Aucune création de compte n'est nécessaire.")
          + m.section("Dans l'application", "Tout ce qu'il faut savoir au quotidien, au même endroit :")
          + m.bullets(["<strong>Alertes</strong> : messages de la cellule de crise communale, ouverture des centres d'hébergement, état des radiers et des routes",
                       "<strong>Actualités et agenda</strong> : travaux, manifestations, marché forain nocturne, séances du conseil municipal",
                       "<strong>Déchets</strong> : jours de collecte des déchets verts et des encombrants dans votre quartier",
                       "<strong>Annuaire</strong> : horaires de la mairie, des mairies annexes et des cases de quartier, pharmacies de garde, numéros d'urgence",
                       "<strong>Démarches en ligne</strong> : actes d'état civil, inscriptions scolaires, paiement de la cantine, prise de rendez-vous pour les titres d'identité"],
                      "app-fonctions")
          + m.prose("L'application est un canal d'information de la mairie. Pour poser une question, faire une demande ou un signalement, "
                    "utilisez le service <a href='/mairie-a-l-ecoute'>Mairie à l'écoute</a> ou <a href='/contact'>écrivez-nous</a>.",
                    "En alerte rouge, les consignes sont aussi diffusées par SMS aux personnes inscrites au registre des personnes vulnérables du CCAS, "
                    "et par les véhicules équipés de haut-parleurs dans les quartiers isolés.")
          + m.store_badges("Mon Bras-Mahot", "mon-bras-mahot/id6449271530", "re.brasmahot.monbrasmahot"),
          d=[F_PLATFORM, F_NETWORK]),
        # works news naming the closed call for ideas in passing
        P("/actualites/chantier-rue-des-filaos", "Rue des Filaos : le chantier démarre", m.prose(
            "Les travaux d'enfouissement des réseaux rue des Filaos commencent le 17 mars, pour six semaines.",
            "Ils précèdent l'aménagement du futur square, pour lequel la ville a recueilli les idées des habitants cet hiver."), d=[F_IDEAS]),
        P("/actualites/apres-le-cyclone-le-bilan", "Après le cyclone : le bilan", m.prose(
            "Les équipes municipales ont dégagé plus de 120 tonnes de déchets verts. Les cases de quartier ont accueilli 85 familles.",
            "Les demandes d'aide peuvent être déposées au CCAS jusqu'au 31 mars.")
          + m.drupal_comments([("Marie-Josée", "11/03/2025", "Merci aux agents, très réactifs à Bras-Canot."),
                               ("Dany", "12/03/2025", "Le chemin Bois-Noir est encore bloqué.")], 481), f=[F_COMMENTS]),
        P("/actualites/marche-forain-nocturne", "Le marché forain nocturne revient", m.prose(
            "Chaque premier vendredi du mois, de 17 h à 22 h, producteurs, artisans et food-trucks se retrouvent sur le parvis de l'hôtel de ville.")
          + m.drupal_comments([("Sully", "07/03/2025", "Super ambiance, il faudrait plus de tables.")], 479), f=[F_COMMENTS]),
        P("/actualites/inscriptions-vacances", "Vacances de juillet : inscriptions", m.registration_form("/actualites/inscriptions-vacances", "Inscription aux centres aérés"),
          d=[F_CONTACT]),
        P("/actualites/forum-emploi", "Forum emploi et formation", m.prose(
            "Le forum emploi et formation se tient le jeudi 20 mars au gymnase Paul-Julius, avec la mission locale et France Travail.",
            "Ateliers CV, job dating et stands des organismes de formation."), d=[F_FORUM]),
        P("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'INSEE « Cadre de vie et sécurité »", m.prose(
            "L'INSEE réalise jusqu'au 30 avril une enquête statistique sur le cadre de vie et la sécurité. Quelques ménages de la commune seront sollicités.",
            "Un enquêteur de l'INSEE, muni d'une carte officielle, prendra contact avec eux. Les réponses restent confidentielles."), d=[F_POLL]),
        P("/actualites/resultats-sondage-fete-du-letchi", "Fête du letchi : résultats du sondage", m.prose(
            "Le sondage sur la date de la fête du letchi est clos. 58 % des votants ont choisi le deuxième week-end de décembre.",
            "Merci aux 640 participants !"), d=[F_POLL]),
        P("/recensement", "Recensement 2025", m.prose(
            "Le recensement de la population a lieu du 16 janvier au 22 février. Répondez en ligne sur le site officiel de l'INSEE avec les identifiants remis par l'agent recenseur."),
          d=[F_POLL]),
        P("/enquete-publique-ravine", "Enquête publique : endiguement de la ravine Sèche", m.prose(
            "Une enquête publique préalable à la déclaration d'utilité publique des travaux d'endiguement est ouverte du 10 mars au 11 avril.",
            "Le dossier est consultable en mairie ; le commissaire enquêteur recevra le public lors de quatre permanences."), d=[F_SHOWN, F_POLL]),
        P("/budget", "Le budget de la ville", m.prose(
            "Budget primitif 2025 : 58 M€, dont 16 M€ d'investissement. Priorités : écoles, voirie des Hauts, gestion des risques.",
            "Le débat d'orientation budgétaire a eu lieu le 6 février en conseil municipal."), d=[F_BUDGET]),
        P("/appels-a-projets", "Appels à projets", m.prose(
            "Appel à projets Contrat de ville 2025 : les associations peuvent déposer leurs projets jusqu'au 14 mars sur la plateforme Dauphin de l'État.",
            "Appel à candidatures : gestion de la buvette du stade pour la saison."), d=[F_IDEAS]),
        P("/newsletter", "Newsletter", m.brevo_newsletter("La lettre de Bras-Mahot"), d=[F_CONTACT]),
        P("/contact", "Contacter la ville", m.prose("Hôtel de ville, 2 rue de la Mairie. Du lundi au vendredi, 7 h 30 - 15 h 30.")
          + '<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" action="/contact" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Votre nom</label><input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="255" class="form-text required" required="required"></div>'
            '<div class="js-form-item form-item js-form-type-email form-item-mail"><label for="edit-mail" class="js-form-required form-required">Votre adresse de courriel</label><input data-drupal-selector="edit-mail" type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required" required="required"></div>'
            '<div class="js-form-item form-item js-form-type-textfield form-item-subject-0-value"><label for="edit-subject-0-value" class="js-form-required form-required">Sujet</label><input class="js-text-full text-full form-text required" data-drupal-selector="edit-subject-0-value" type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="100" required="required"></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-message-0-value"><label for="edit-message-0-value" class="js-form-required form-required">Message</label><div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" data-drupal-selector="edit-message-0-value" id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" required="required"></textarea></div></div>'
            '<input data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_feedback_form"><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Envoyer le message" class="button button--primary js-form-submit form-submit"></div></form>',
          f=[F_CONTACT]),
    ]
    site = Site(BRAS_MAHOT, "drupal", "Ville de Bras-Mahot", pages,
                menu=[("Ma ville", "/democratie-participative"), ("Actualités", "/actualites"), ("Budget", "/budget"),
                      ("Mairie à l'écoute", "/mairie-a-l-ecoute"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeBrasMahot"), social("youtube", "villebrasmahot"), social("tiktok", "villebrasmahot")],
                address="Hôtel de ville, 2 rue de la Mairie, 97470 Bras-Mahot")
    return City("99755", "Bras-Mahot", 24_310, "974", "04", "La Réunion", f"http://{BRAS_MAHOT}/", [site])


# =====================================================================================================
# 99756 Marnay-les-Essarts (Aube): a site on the departmental CMS offered to the communes, the
# intercommunality's TYPO3 site with a PLUi concertation, and the town's neighbours' network.
# =====================================================================================================

MARNAY = "www.marnay-les-essarts.fr"
CC_OTHE = "www.cc-othe-vanne.fr"
VOISINS_MARNAY = "www.voisins-marnay.fr"


def _dept_form(action, title, fields, submit="Envoyer"):
    """The departmental CMS's form module (accessible markup, fieldset per group)."""
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            out.append(f'<div class="fr-input-group"><label class="fr-label" for="f-{name}">{label}</label><textarea class="fr-input" id="f-{name}" name="{name}" rows="6"></textarea></div>')
        elif kind.startswith("radio:"):
            opts = "".join(f'<div class="fr-radio-group"><input type="radio" id="f-{name}-{i}" name="{name}" value="{escape(o)}"><label class="fr-label" for="f-{name}-{i}">{o}</label></div>'
                           for i, o in enumerate(kind[6:].split("|")))
            out.append(f'<fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">{label}</legend>{opts}</fieldset>')
        else:
            out.append(f'<div class="fr-input-group"><label class="fr-label" for="f-{name}">{label}</label><input class="fr-input" type="{kind}" id="f-{name}" name="{name}"></div>')
    return (f'<form class="module-formulaire" method="post" action="{action}"><h2>{title}</h2>{"".join(out)}'
            f'<input type="hidden" name="csrf" value="b4c1e9"><button class="fr-btn" type="submit">{submit}</button></form>')


def marnay():
    vm = ("Vie municipale", "/vie-municipale/participation-des-habitants")
    cms_credit = '<p class="credit-plateforme">Site réalisé avec la plateforme numérique proposée aux communes par le Département de l\'Aube.</p>'
    pages = [
        P("/", "Accueil", home(
            "Marnay-les-Essarts, porte du pays d'Othe.",
            [("/vie-municipale/participation-des-habitants", "Participer"), ("/vie-municipale/reseau-voisins-marnay", "Voisins de Marnay"),
             ("/actualites/questionnaire-commerces", "Questionnaire commerces"), ("/demarches/contact", "Contact"),
             ("/demarches/inscription-cantine", "Cantine"), ("/demarches/espace-citoyen", "Espace citoyen"),
             ("/intercommunalite", "Intercommunalité"), (f"http://{CC_OTHE}/plui/concertation", "PLUi : donnez votre avis")],
            [("/actualites/questionnaire-commerces", "Commerces du centre : votre avis", "10 mars", "Un questionnaire pour préparer la revitalisation."),
             ("/actualites/nouvelle-boulangerie", "Une nouvelle boulangerie rue Gambetta", "5 mars", "Ouverture le 1er avril."),
             ("/actualites/concours-photo", "Concours photo « Marnay au fil des saisons »", "26 février", "Envoyez vos clichés."),
             ("/actualites/enquete-insee-emploi", "Enquête de l'INSEE sur l'emploi", "18 février", "Quelques foyers seront contactés.")],
            [("25 mars", "Comité consultatif cadre de vie", "Mairie"), ("1er avril", "Conseil municipal", "Mairie"),
             ("6 avril", "Troc aux plantes", "Place du marché")]) + cms_credit),
        P("/vie-municipale/participation-des-habitants", "Participer à la vie de la commune", m.prose(
            "Parce que les habitants sont les premiers experts de leur commune, le conseil municipal a ouvert ses comités consultatifs à des habitants volontaires "
            "et réunit chaque année les quartiers en assemblée publique.",
            "Vous souhaitez vous impliquer ? Les comités accueillent de nouveaux membres toute l'année.")
          + m.links([("/vie-municipale/comites-consultatifs", "Les comités consultatifs"), ("/vie-municipale/droit-de-petition", "Le droit de pétition"),
                     ("/vie-municipale/reseau-voisins-marnay", "Le réseau Voisins de Marnay"),
                     ("/vie-municipale/participation-citoyenne", "Sécurité : le protocole participation citoyenne")]) + cms_credit, f=[F_SHOWN]),
        P("/vie-municipale/comites-consultatifs", "Les comités consultatifs", m.prose(
            "Trois comités consultatifs réunissent élus et habitants : cadre de vie et environnement, vie associative et animation, solidarités.",
            "Ils étudient les projets avant leur passage en conseil municipal et peuvent faire des propositions. Leurs avis sont publiés.") + cms_credit,
          f=[F_SHOWN], parent=vm),
        # no signing form: the page sets out the town's own right of petition and how residents file one at the town hall
        P("/vie-municipale/droit-de-petition", "Le droit de pétition", m.prose(
            "Les électeurs de la commune peuvent, par une pétition, demander l'inscription d'une question à l'ordre du jour du conseil municipal.",
            "Comment faire ? Rédigez votre demande, recueillez les signatures d'au moins un dixième des électeurs (nom, adresse, signature) sur le formulaire "
            "téléchargeable ci-dessous et déposez-le à l'accueil de la mairie. Le maire en informe le conseil à sa séance suivante.") + cms_credit,
          f=[F_PETITION], parent=vm),
        P("/vie-municipale/reseau-voisins-marnay", "Voisins de Marnay, le réseau d'entraide", m.prose(
            "La commune a lancé « Voisins de Marnay », un réseau social de proximité réservé aux habitants : entraide, prêt d'outils, covoiturage vers Troyes, informations de quartier.",
            "Le réseau est animé par le CCAS et une équipe de bénévoles. Inscription gratuite avec un justificatif de domicile.",
            f"<a class='fr-btn' href='http://{VOISINS_MARNAY}/'>Rejoindre Voisins de Marnay</a>") + cms_credit, f=[F_NETWORK], parent=vm),
        P("/vie-municipale/participation-citoyenne", "Protocole participation citoyenne", m.prose(
            "La commune adhère au dispositif « participation citoyenne » de la gendarmerie nationale. Des référents de quartier relaient les informations utiles à la brigade d'Estissac.",
            "Ce dispositif de vigilance ne remplace pas l'appel au 17 en cas d'urgence.") + cms_credit, d=[F_SHOWN, F_NETWORK], parent=vm),
        P("/vie-municipale/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 29 élus. Prochaine séance : mardi 1er avril à 20 h. Ordre du jour : vote du budget, subventions aux associations, convention avec la communauté de communes.") + cms_credit,
          d=[F_SHOWN], parent=vm),
        P("/vie-municipale/budget", "Budget communal", m.prose(
            "Le budget primitif 2025 s'équilibre à 9,6 M€. Les taux d'imposition sont maintenus. Le compte administratif 2024 fait apparaître un excédent de 410 000 €.") + cms_credit,
          d=[F_BUDGET], parent=vm),
        P("/actualites/questionnaire-commerces", "Commerces du centre : votre avis", m.prose(
            "Dans le cadre du programme Petites villes de demain, la commune prépare un plan de revitalisation du centre. Répondez à ce questionnaire avant le 20 avril.")
          + _dept_form("/actualites/questionnaire-commerces", "Questionnaire",
                       [("radio:Chaque jour|Chaque semaine|Rarement|Jamais", "frequence", "À quelle fréquence faites-vous vos achats dans le centre ?"),
                        ("radio:Boucherie|Librairie|Poissonnerie|Magasin de vêtements", "manque", "Quel commerce manque le plus ?"),
                        ("radio:Oui|Non", "marche", "Fréquentez-vous le marché du jeudi ?")], "Envoyer mes réponses") + cms_credit, f=[F_POLL]),
        P("/actualites/nouvelle-boulangerie", "Une nouvelle boulangerie rue Gambetta", m.prose(
            "Après dix-huit mois de fermeture, la boulangerie de la rue Gambetta rouvre le 1er avril avec un jeune couple d'artisans.") + cms_credit
          + m.share_buttons(f"http://{MARNAY}/actualites/nouvelle-boulangerie")),
        P("/actualites/concours-photo", "Concours photo « Marnay au fil des saisons »", m.prose(
            "Amateurs de photographie, envoyez jusqu'à trois clichés avant le 30 juin. Les lauréats seront exposés à la médiathèque.") + cms_credit, d=[F_IDEAS]),
        P("/actualites/enquete-insee-emploi", "Enquête de l'INSEE sur l'emploi", m.prose(
            "L'INSEE réalise tout au long de l'année une enquête sur l'emploi. Certains logements de la commune ont été tirés au sort ; un enquêteur prendra contact avec leurs occupants.") + cms_credit,
          d=[F_POLL]),
        P("/demarches/contact", "Contacter la mairie", m.prose("Mairie, 1 place de l'Hôtel-de-Ville. Lundi-vendredi 9 h - 12 h, 14 h - 17 h.")
          + _dept_form("/demarches/contact", "Formulaire de contact",
                       [("text", "nom", "Nom"), ("email", "courriel", "Courriel"), ("text", "objet", "Objet"), ("textarea", "message", "Message")]) + cms_credit,
          f=[F_CONTACT]),
        P("/demarches/inscription-cantine", "Inscription à la cantine", m.registration_form("/demarches/inscription-cantine", "Inscription restauration scolaire") + cms_credit,
          d=[F_CONTACT]),
        P("/demarches/espace-citoyen", "Espace citoyen", m.prose("Connectez-vous pour suivre vos démarches et payer vos factures.")
          + '<form method="post" action="/demarches/espace-citoyen" class="connexion"><label for="ec-id">Identifiant</label><input id="ec-id" name="identifiant" type="text">'
            '<label for="ec-mdp">Mot de passe</label><input id="ec-mdp" name="motdepasse" type="password"><button type="submit">Se connecter</button></form>' + cms_credit,
          d=[F_CONTACT]),
        P("/intercommunalite", "Intercommunalité", m.prose(
            "Marnay-les-Essarts fait partie de la communauté de communes Othe et Vanne (24 communes). Elle exerce les compétences urbanisme, déchets, petite enfance et tourisme.",
            f"Le plan local d'urbanisme intercommunal est en cours d'élaboration : <a href='http://{CC_OTHE}/plui/concertation'>participez à la concertation</a>.",
            f"<a href='http://{CC_OTHE}/'>Site de la communauté de communes</a>") + cms_credit),
    ]
    www = Site(MARNAY, "vendor", "Mairie de Marnay-les-Essarts", pages,
               menu=[("Vie municipale", "/vie-municipale/participation-des-habitants"), ("Conseil municipal", "/vie-municipale/conseil-municipal"),
                     ("Budget", "/vie-municipale/budget"), ("Intercommunalité", "/intercommunalite"), ("Contact", "/demarches/contact")],
               accounts=[social("facebook", "MarnayLesEssarts")],
               address="Mairie, 1 place de l'Hôtel-de-Ville, 10190 Marnay-les-Essarts")
    plui = ("PLUi", "/plui/concertation")
    cc_pages = [
        P("/", "Accueil", home(
            "Communauté de communes Othe et Vanne : 24 communes, 21 000 habitants.",
            [("/plui/concertation", "PLUi : la concertation"), ("/plui/reunions-publiques", "Réunions publiques"),
             ("/plui/registre-de-concertation", "Registre en ligne"), ("/enquete-publique-zonage", "Enquête publique"),
             ("/marches-publics", "Marchés publics"), ("/appel-a-projets-leader", "Programme LEADER"), ("/contact", "Contact"),
             (f"http://{MARNAY}/", "Marnay-les-Essarts")],
            [("/plui/reunions-publiques", "PLUi : trois réunions publiques en avril", "12 mars", "Venez découvrir le projet."),
             ("/appel-a-projets-leader", "Programme LEADER : appel à projets", "3 mars", "Dépôt jusqu'au 30 mai."),
             ("/enquete-publique-zonage", "Zonage d'assainissement : enquête publique", "21 février", "Du 3 au 31 mars.")],
            [("8 avril", "Réunion publique PLUi", "Marnay-les-Essarts"), ("10 avril", "Réunion publique PLUi", "Aix-en-Othe"),
             ("15 avril", "Conseil communautaire", "Siège de la CC")])),
        P("/plui/concertation", "Plan local d'urbanisme intercommunal : la concertation", m.prose(
            "Le PLUi fixera pour dix à quinze ans les règles de construction dans les 24 communes. Pendant son élaboration, une concertation est ouverte à tous les habitants.",
            "Moyens mis à disposition : registres papier dans chaque mairie, registre numérique, réunions publiques, ateliers en petits groupes, lettre d'information du PLUi.")
          + m.links([("/plui/reunions-publiques", "Les réunions publiques"), ("/plui/registre-de-concertation", "Déposer une observation")]), f=[F_SHOWN]),
        P("/plui/reunions-publiques", "PLUi : les réunions publiques", m.prose(
            "Trois réunions publiques présentent le projet d'aménagement et de développement durables : 8 avril à Marnay-les-Essarts, 10 avril à Aix-en-Othe, 15 avril à Estissac, à 19 h.",
            "Les élus et le bureau d'études répondront à vos questions."), f=[F_SHOWN], parent=plui),
        # the concertation's online register: a free-text observation addressed to the intercommunality
        P("/plui/registre-de-concertation", "Registre numérique de concertation", m.prose(
            "Vos observations sur le PLUi sont enregistrées et versées au bilan de la concertation, présenté au conseil communautaire.")
          + '<div class="tx-powermail"><form data-powermail-validate="data-powermail-validate" action="/plui/registre-de-concertation?tx_powermail_pi1%5Baction%5D=create" method="post" class="powermail_form powermail_form_7 layout1">'
            '<fieldset class="powermail_fieldset powermail_fieldset_7"><legend class="powermail_legend">Votre observation</legend>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_nom" class="powermail_label">Nom</label><input class="powermail_input" id="powermail_field_nom" type="text" name="tx_powermail_pi1[field][nom]" value="" /></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_input"><label for="powermail_field_commune" class="powermail_label">Commune</label><input class="powermail_input" id="powermail_field_commune" type="text" name="tx_powermail_pi1[field][commune]" value="" /></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_textarea"><label for="powermail_field_observation" class="powermail_label">Observation</label><textarea rows="8" cols="40" class="powermail_textarea" id="powermail_field_observation" name="tx_powermail_pi1[field][observation]"></textarea></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_submit"><input class="powermail_submit" type="submit" value="Déposer mon observation" /></div></fieldset></form></div>',
          f=[F_SHOWN, F_CONTACT], parent=plui),
        P("/enquete-publique-zonage", "Enquête publique : zonage d'assainissement", m.prose(
            "Une enquête publique sur le zonage d'assainissement collectif et non collectif se déroule du 3 au 31 mars. Le dossier et le registre d'enquête sont disponibles au siège de la communauté de communes.",
            "La commissaire enquêtrice rendra son rapport dans un délai d'un mois."), d=[F_SHOWN, F_POLL]),
        P("/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : collecte des ordures ménagères, lot 1 et lot 2. Date limite de réception des offres : 22 avril."), d=[F_IDEAS]),
        P("/appel-a-projets-leader", "Programme LEADER : appel à projets", m.prose(
            "Le groupe d'action locale lance un appel à projets pour soutenir le tourisme rural et les circuits courts. Les porteurs de projets publics et privés peuvent candidater jusqu'au 30 mai."),
          d=[F_IDEAS]),
        P("/contact", "Contact", m.prose("Communauté de communes Othe et Vanne, 3 rue de la Gare.")
          + '<div class="tx-powermail"><form action="/contact?tx_powermail_pi1%5Baction%5D=create" method="post" class="powermail_form powermail_form_1">'
            '<fieldset class="powermail_fieldset"><div class="powermail_fieldwrap"><label class="powermail_label" for="pm-nom">Nom</label><input class="powermail_input" id="pm-nom" type="text" name="tx_powermail_pi1[field][nom]" /></div>'
            '<div class="powermail_fieldwrap"><label class="powermail_label" for="pm-mail">E-mail</label><input class="powermail_input" id="pm-mail" type="email" name="tx_powermail_pi1[field][email]" /></div>'
            '<div class="powermail_fieldwrap"><label class="powermail_label" for="pm-msg">Votre message</label><textarea class="powermail_textarea" id="pm-msg" name="tx_powermail_pi1[field][message]"></textarea></div>'
            '<input class="powermail_submit" type="submit" value="Envoyer" /></fieldset></form></div>', f=[F_CONTACT]),
    ]
    cc = Site(CC_OTHE, "typo3", "Communauté de communes Othe et Vanne", cc_pages,
              menu=[("PLUi", "/plui/concertation"), ("Marchés publics", "/marches-publics"), ("Contact", "/contact")],
              accounts=[social("linkedin", "cc-othe-vanne")], address="3 rue de la Gare, 10190 Estissac")
    vm_pages = [
        P("/", "Le fil du voisinage", m.prose("Bienvenue sur Voisins de Marnay, le réseau des habitants de Marnay-les-Essarts.")
          + m.community_post_form("/publier")
          + m.community_feed([("entraide", "Claire D.", "Le Moulin", "il y a 2 h", "Quelqu'un peut-il me prêter une remorque samedi ?", 3),
                              ("info", "Mairie de Marnay", "Toute la commune", "hier", "Coupure d'eau rue Gambetta jeudi de 9 h à 12 h.", 1),
                              ("evenement", "Comité des fêtes", "Centre", "il y a 3 jours", "Troc aux plantes le 6 avril place du marché.", 7)])
          + m.links([("/quartiers/le-moulin", "Quartier du Moulin"), ("/quartiers/centre", "Centre"), ("/entraide", "Entraide"),
                     ("/evenements", "Événements"), ("/charte", "Charte du réseau")])),
        P("/quartiers/le-moulin", "Quartier du Moulin", m.community_feed([
            ("entraide", "Claire D.", "Le Moulin", "il y a 2 h", "Quelqu'un peut-il me prêter une remorque samedi ?", 3),
            ("pret", "Hervé", "Le Moulin", "il y a 5 jours", "Je prête volontiers mon broyeur à végétaux.", 4)]) + m.community_post_form("/publier")),
        P("/quartiers/centre", "Centre", m.community_feed([
            ("info", "Sylvie M.", "Centre", "hier", "La pharmacie est de garde ce dimanche.", 0),
            ("evenement", "Comité des fêtes", "Centre", "il y a 3 jours", "Troc aux plantes le 6 avril place du marché.", 7)]) + m.community_post_form("/publier")),
        P("/entraide", "Entraide", m.community_feed([
            ("entraide", "Josiane", "Les Essarts", "il y a 1 jour", "Besoin d'un covoiturage pour Troyes mardi matin, hôpital.", 2),
            ("entraide", "Nicolas", "Centre", "il y a 4 jours", "Je propose de l'aide aux devoirs le mercredi.", 5)])),
        # the network's own page; its share buttons are not the town's accounts
        P("/evenements", "Événements", m.community_feed([
            ("evenement", "Association des parents", "Toute la commune", "il y a 6 jours", "Carnaval de l'école le 29 mars.", 9)])
          + m.share_buttons(f"http://{VOISINS_MARNAY}/evenements", "Partager cette page"), d=[SOCIAL]),
        P("/charte", "Charte du réseau", m.prose(
            "Voisins de Marnay est réservé aux habitants de la commune. On y échange avec bienveillance ; les annonces commerciales sont interdites.",
            "Le réseau est modéré par le CCAS de Marnay-les-Essarts.")),
    ]
    voisins = Site(VOISINS_MARNAY, "community", "Voisins de Marnay", vm_pages,
                   menu=[("Le fil", "/"), ("Entraide", "/entraide"), ("Événements", "/evenements"), ("Charte", "/charte")],
                   features=frozenset({F_NETWORK}))
    return City("99756", "Marnay-les-Essarts", 10_280, "10", "44", "Grand Est", f"http://{MARNAY}/", [www, cc, voisins])


# =====================================================================================================
# 99757 Villebreuil (Loiret): WordPress with Astra; the town's own "Participez" application, drawn in the
# browser from a JSON API (ideas, a participatory budget "Cœur de Villebreuil", a questionnaire,
# petitions); a Tally questionnaire; the residents' Discourse forum; wpDiscuz comments; lookalikes.
# =====================================================================================================

VILLEBREUIL = "www.villebreuil.fr"
PARTICIPEZ = "participez.villebreuil.fr"
FORUM_VB = "forum.villebreuil.fr"
APP_BUNDLE = "/assets/participez-app.7c41e2.js"
APP_API = "/api/v2/pages"


def _app_form(action, fields, submit):
    out = []
    for kind, name, label in fields:
        if kind == "textarea":
            out.append(f'<label class="pz-label" for="pz-{name}">{label}</label><textarea class="pz-textarea" id="pz-{name}" name="{name}" rows="6"></textarea>')
        elif kind.startswith(("radio:", "checkbox:")):
            typ, opts = kind.split(":", 1)
            out.append(f'<fieldset class="pz-choices"><legend>{label}</legend>' + "".join(
                f'<label class="pz-choice"><input type="{typ}" name="{name}" value="{escape(o)}"> {o}</label>' for o in opts.split("|")) + "</fieldset>")
        else:
            out.append(f'<label class="pz-label" for="pz-{name}">{label}</label><input class="pz-input" type="{kind}" id="pz-{name}" name="{name}">')
    return f'<form class="pz-form" method="post" action="{action}" data-pz-form>{"".join(out)}<button type="submit" class="pz-btn pz-btn--primary">{submit}</button></form>'


# path -> (title, chapo, block the application draws, features)
APP_PAGES = {
    "/": ("Participez à Villebreuil", "L'espace de participation des Villebreuillois : idées, budget participatif, questionnaires et pétitions.",
          '<ul class="pz-cards"><li><a href="/idees">Boîte à idées</a></li><li><a href="/budget-coeur-de-ville/deposer">Cœur de Villebreuil : déposer un projet</a></li>'
          '<li><a href="/budget-coeur-de-ville/voter">Cœur de Villebreuil : voter</a></li><li><a href="/questionnaire-mobilites">Questionnaire mobilités</a></li>'
          '<li><a href="/petitions">Pétitions citoyennes</a></li></ul>', {F_SHOWN}),
    # the app's forms with a free-text field addressed to the town count as contact forms too
    "/idees": ("Boîte à idées", "Une idée pour votre quartier ou pour la ville ? Déposez-la : chaque idée reçoit une réponse des élus dans les deux mois.",
               _app_form("/api/v2/idees", [("text", "titre", "Titre de l'idée"), ("textarea", "description", "Votre idée en quelques lignes"),
                                           ("text", "quartier", "Quartier"), ("email", "email", "E-mail")], "Déposer mon idée"),
               {F_IDEAS, F_CONTACT}),
    "/budget-coeur-de-ville/deposer": ("Cœur de Villebreuil — déposez votre projet",
                                       "100 000 € pour des projets d'habitants. Dépôt des projets jusqu'au 15 juin ; vote en octobre.",
                                       _app_form("/api/v2/budget/projets", [("text", "titre", "Nom du projet"), ("textarea", "description", "Description et localisation"),
                                                                             ("text", "cout", "Coût estimé (€)"), ("email", "email", "E-mail")], "Déposer le projet"),
                                       {F_BUDGET, F_IDEAS, F_CONTACT}),
    "/budget-coeur-de-ville/voter": ("Cœur de Villebreuil — votez", "Choisissez jusqu'à trois projets parmi les 18 projets retenus. Vote ouvert du 1er au 31 octobre.",
                                     m.project_cards([("Des fontaines à eau dans les parcs", "Toute la ville", "12 000 €", "Quatre fontaines accessibles."),
                                                      ("Un jardin partagé aux Aubépines", "Les Aubépines", "20 000 €", "Parcelles et cabane à outils."),
                                                      ("Un préau pour la cour de l'école Prévert", "Centre", "45 000 €", "Abri contre la pluie et le soleil.")], "projets")
                                     + '<button type="submit" class="pz-btn">Valider mon vote</button>', {F_BUDGET}),
    "/questionnaire-mobilites": ("Questionnaire : se déplacer à Villebreuil", "Dix questions pour préparer le plan vélo. Ouvert jusqu'au 30 avril.",
                                 _app_form("/api/v2/questionnaires/4/reponses", [("radio:Tous les jours|Parfois|Jamais", "velo", "Utilisez-vous le vélo ?"),
                                                                                  ("radio:Oui|Non", "piste", "Une piste vers la gare vous ferait-elle changer d'habitude ?"),
                                                                                  ("checkbox:Sécurité|Stationnement vélo|Éclairage|Continuité des pistes", "freins", "Qu'est-ce qui vous freine ?")],
                                           "Envoyer mes réponses"), {F_POLL}),
    "/petitions": ("Pétitions citoyennes", "Lancez ou signez une pétition : à 400 signatures, la question est inscrite à l'ordre du jour du conseil municipal.",
                   '<ul class="pz-petitions"><li><a href="/petitions/eclairage-du-stade">Éclairer le chemin du stade</a> — 252 signatures</li></ul>'
                   + _app_form("/api/v2/petitions", [("text", "titre", "Titre de votre pétition"), ("text", "demande", "Ce que vous demandez au conseil municipal"),
                                                    ("email", "email", "E-mail")], "Lancer ma pétition"), {F_PETITION}),
    "/petitions/eclairage-du-stade": ("Éclairer le chemin du stade", "Pétition lancée le 12 février par des parents de jeunes footballeurs.",
                                      m.petition_sign("/api/v2/petitions/17/signatures", "Éclairer le chemin du stade", 252, 400), {F_PETITION}),
    "/mentions-legales": ("Mentions légales", "Éditeur : ville de Villebreuil. Application développée par le service numérique de la ville.",
                          "<p>Données hébergées en France. Vos contributions sont publiées après modération.</p>", set()),
}

_APP_JS = """(function () {
  var root = document.getElementById("pz-root");
  fetch("%s?page=" + encodeURIComponent(location.pathname), {headers: {"Accept": "application/json"}})
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var h = document.createElement("h1"); h.textContent = data.titre;
      var p = document.createElement("p"); p.className = "pz-chapo"; p.textContent = data.chapo;
      var b = document.createElement("div"); b.className = "pz-bloc"; b.innerHTML = data.bloc;
      root.replaceChildren(h, p, b); document.title = data.titre + " - Participez à Villebreuil";
    });
})();
""" % APP_API


def _app_shell():
    return Reply.html(
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Participez à Villebreuil</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#0b6e4f">'
        '<meta name="description" content="Plateforme de participation de la ville de Villebreuil">'
        '<link rel="manifest" href="/manifest.webmanifest"><link rel="icon" href="/favicon.svg" type="image/svg+xml">'
        '<link rel="preload" href="/assets/fonts/inter-var.woff2" as="font" type="font/woff2" crossorigin>'
        '<link rel="stylesheet" href="/assets/participez-app.2b9f10.css">'
        '<script>window.__PZ_CONFIG__={"api":"%s","ville":"Villebreuil","locale":"fr-FR","matomo":{"site":3}};</script>'
        '</head><body class="pz"><noscript>Activez JavaScript pour utiliser la plateforme Participez à Villebreuil.</noscript>'
        '<div id="pz-root"></div><script type="module" src="%s"></script></body></html>' % (APP_API, APP_BUNDLE))


def _participez_special(request):
    path, _, query = request.target.partition("?")
    if path in APP_PAGES:
        return _app_shell()
    if path == APP_BUNDLE:
        return Reply(200, [("Content-Type", "text/javascript; charset=utf-8")], _APP_JS.encode())
    if path == APP_API:
        wanted = query.removeprefix("page=").replace("%2F", "/")
        if wanted in APP_PAGES:
            title, chapo, bloc, _ = APP_PAGES[wanted]
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps({"titre": title, "chapo": chapo, "bloc": bloc}).encode())
        return Reply.text(404, "page inconnue")
    return None


def _participez_site():
    pages = [P(path, title, "", f=features) for path, (title, _c, _b, features) in APP_PAGES.items()]
    return Site(PARTICIPEZ, "vendor", "Participez à Villebreuil", pages, features=frozenset({F_PLATFORM}),
                address="Hôtel de ville de Villebreuil")


_PARTICIPEZ_SITE = _participez_site()


def villebreuil():
    pa = ("Participer", "/participer/")
    astra = lambda body: f'<div class="ast-container"><div id="primary" class="content-area primary"><div class="ast-article-single">{body}</div></div></div>'
    tally = m.tally_embed("mDqz8Y", "Questionnaire jeunesse Villebreuil")
    pages = [
        P("/", "Accueil", home(
            "Villebreuil, ville active au cœur du Loiret.",
            [("/participer/", "Villebreuil participe"), (f"http://{PARTICIPEZ}/", "Plateforme Participez"),
             (f"http://{FORUM_VB}/", "Forum des habitants"), ("/participer/questionnaire-jeunesse/", "Questionnaire jeunesse"),
             ("/contact/", "Contact"), ("/paiement-en-ligne/", "Paiement en ligne"), ("/marches-publics/", "Marchés publics"),
             ("/newsletter/", "Newsletter")],
            [("/actualites/rue-pietonne/", "La rue des Halles devient piétonne le samedi", "13 mars", "Essai jusqu'en septembre."),
             ("/actualites/piscine-travaux/", "Piscine : fermeture technique", "9 mars", "Réouverture le 14 avril."),
             ("/actualites/forum-jobs-ete/", "Forum jobs d'été", "4 mars", "Le 29 mars à l'Espace Loire."),
             ("/actualites/pharmacies-de-garde/", "Pharmacies de garde : une pétition nationale", "27 février", "Le point sur la situation."),
             ("/actualites/budget-2025/", "Le budget 2025 voté", "20 février", "Priorité à l'école et aux mobilités.")],
            [("27 mars", "Conseil municipal", "Hôtel de ville"), ("29 mars", "Forum jobs d'été", "Espace Loire"),
             ("2 avril", "Conseil de quartier Les Aubépines", "Maison des associations")], cookie="complianz")),
        P("/participer/", "Villebreuil participe", astra(m.prose(
            "Conseils de quartier, budget participatif « Cœur de Villebreuil », questionnaires, pétitions citoyennes, forum des habitants : "
            "la ville ouvre plusieurs espaces pour que chacun prenne part aux décisions.",
            f"La plupart des démarches se font sur la plateforme <a href='http://{PARTICIPEZ}/'>Participez à Villebreuil</a>, "
            "développée par le service numérique de la ville.")
            + m.links([("/participer/conseils-de-quartier/", "Les conseils de quartier"), ("/participer/reunions-publiques/", "Les réunions publiques"), ("/participer/coeur-de-villebreuil/", "Cœur de Villebreuil, le budget participatif"),
                       ("/participer/questionnaire-jeunesse/", "Questionnaire jeunesse"), (f"http://{PARTICIPEZ}/petitions", "Les pétitions citoyennes"), (f"http://{PARTICIPEZ}/idees", "La boîte à idées"),
                       (f"http://{PARTICIPEZ}/questionnaire-mobilites", "Questionnaire mobilités"),
                       (f"http://{FORUM_VB}/", "Le forum des habitants")])), f=[F_SHOWN]),
        P("/participer/reunions-publiques/", "Les réunions publiques", astra(m.prose(
            "Avant chaque projet important, la municipalité organise une réunion publique dans le quartier concerné : présentation, questions, échanges avec les élus.",
            "Prochaines réunions : réaménagement de la place du Martroi le 8 avril (salle des fêtes), plan vélo le 15 avril (Espace Loire).")),
          f=[F_SHOWN], parent=pa),
        P("/participer/conseils-de-quartier/", "Les conseils de quartier", astra(m.prose(
            "Cinq conseils de quartier (Centre, Les Aubépines, La Croix-Blanche, Saint-Loup, Les Prés) réunissent des habitants volontaires et des élus.",
            "Ils donnent leur avis sur les projets du quartier et portent leurs propres initiatives. Les réunions sont publiques ; le calendrier est publié dans l'agenda.")),
          f=[F_SHOWN], parent=pa),
        P("/participer/coeur-de-villebreuil/", "Cœur de Villebreuil, le budget participatif", astra(m.prose(
            "Pour sa deuxième édition, <strong>Cœur de Villebreuil</strong> consacre 100 000 € à des projets proposés puis votés par les habitants de plus de 12 ans.",
            "Calendrier : dépôt des projets jusqu'au 15 juin, étude de faisabilité pendant l'été, vote du 1er au 31 octobre, annonce des lauréats en novembre.")
            + m.links([(f"http://{PARTICIPEZ}/budget-coeur-de-ville/deposer", "Déposer un projet"), (f"http://{PARTICIPEZ}/budget-coeur-de-ville/voter", "Voter"),
                       ("/participer/coeur-de-villebreuil/laureats-2024/", "Les lauréats 2024")])), f=[F_BUDGET], parent=pa),
        P("/participer/coeur-de-villebreuil/laureats-2024/", "Cœur de Villebreuil 2024 : les lauréats", astra(
            m.prose("2 106 votants ont désigné sept projets lauréats pour la première édition.")
            + m.project_cards([("Une boîte à dons au marché couvert", "Centre", "4 000 €", "Installée en mars."),
                               ("Des nichoirs dans les écoles", "Toute la ville", "2 500 €", "Fabriqués avec les élèves.")])),
          f=[F_BUDGET], parent=pa),
        P("/participer/questionnaire-jeunesse/", "Questionnaire jeunesse", astra(
            m.prose("Tu as entre 11 et 25 ans ? Dis-nous ce que tu attends de la ville : lieux, activités, horaires. Le questionnaire est ouvert jusqu'au 20 avril.") + tally),
          f=[F_POLL], parent=pa),
        P("/actualites/", "Actualités", astra(m.links([
            ("/actualites/rue-pietonne/", "La rue des Halles piétonne le samedi"), ("/actualites/piscine-travaux/", "Piscine : fermeture technique"),
            ("/actualites/forum-jobs-ete/", "Forum jobs d'été"), ("/actualites/pharmacies-de-garde/", "Pharmacies de garde"),
            ("/actualites/budget-2025/", "Le budget 2025"), ("/actualites/conseil-municipal-27-mars/", "Conseil municipal du 27 mars"),
            ("/actualites/resultats-sondage-fete/", "Fête de la ville : résultats du sondage")]))),
        P("/actualites/rue-pietonne/", "La rue des Halles devient piétonne le samedi", astra(m.prose(
            "À titre d'essai, la rue des Halles sera réservée aux piétons chaque samedi de 9 h à 19 h, d'avril à septembre.",
            "Un bilan sera fait avec les commerçants et les riverains à l'automne.") + m.wpdiscuz(
            [("Laurent", "13 mars 2025", "Enfin ! Il faudrait le faire aussi le dimanche matin."),
             ("Commerçante des Halles", "14 mars 2025", "Attention aux livraisons, pensez à nous.")], 502)), f=[F_COMMENTS]),
        P("/actualites/piscine-travaux/", "Piscine : fermeture technique", astra(m.prose(
            "La piscine municipale ferme du 17 mars au 13 avril pour la vidange des bassins et le remplacement des filtres.") + m.wp_comments_closed()),
          d=[F_COMMENTS]),
        P("/actualites/forum-jobs-ete/", "Forum jobs d'été", astra(m.prose(
            "Le forum jobs d'été se tient le samedi 29 mars à l'Espace Loire, de 9 h 30 à 13 h. Une cinquantaine d'offres : animation, restauration, agriculture.")),
          d=[F_FORUM]),
        P("/actualites/pharmacies-de-garde/", "Pharmacies de garde : une pétition nationale", astra(m.prose(
            "La fermeture de pharmacies en zone rurale inquiète. Une pétition nationale a été lancée par un syndicat de pharmaciens sur "
            "<a href='https://www.mesopinions.com/petition/sante/sauvons-pharmacies-proximite/231458'>mesopinions.com</a>.",
            "La municipalité suit le dossier avec l'agence régionale de santé.")), d=[F_PETITION]),
        # the ordinary budget, naming the participatory budget's envelope in passing
        P("/actualites/budget-2025/", "Le budget 2025 voté", astra(m.prose(
            "Le conseil municipal a voté le budget primitif 2025 : 26 M€ de fonctionnement et 9 M€ d'investissement.",
            "L'enveloppe du budget participatif Cœur de Villebreuil est reconduite, au sein de la section d'investissement.")), d=[F_BUDGET]),
        P("/actualites/conseil-municipal-27-mars/", "Conseil municipal du 27 mars", astra(m.prose(
            "Le conseil municipal se réunira le jeudi 27 mars à 19 h à l'hôtel de ville. La séance est publique et retransmise en direct.",
            "Ordre du jour : compte administratif, subventions, convention de mutualisation avec la communauté de communes.")), d=[F_SHOWN]),
        P("/actualites/resultats-sondage-fete/", "Fête de la ville : résultats du sondage", astra(
            m.prose("Le sondage sur le thème de la fête de la ville est terminé.")
            + m.wp_polls_results(4, "Quel thème pour la fête de la ville ?", [("Les années 80", 44, 231), ("La Loire", 37, 194), ("Le cirque", 19, 100)], 525)),
          d=[F_POLL]),
        P("/marches-publics/", "Marchés publics", astra(m.prose(
            "Consultations en cours : fourniture de repas pour la restauration scolaire ; maîtrise d'œuvre pour la rénovation du gymnase. "
            "Appel à manifestation d'intérêt : occupation du domaine public pour une guinguette en bord de Loire.")), d=[F_IDEAS]),
        P("/paiement-en-ligne/", "Paiement en ligne", astra(m.payfip_form("/paiement-en-ligne/")), d=[F_CONTACT]),
        P("/newsletter/", "Newsletter", astra(m.brevo_newsletter("La lettre de Villebreuil")), d=[F_CONTACT]),
        P("/contact/", "Contact", astra(m.prose("Hôtel de ville, place du Martroi. Du lundi au vendredi, 8 h 30 - 17 h 30, samedi 9 h - 12 h.")
                                        + m.gravity_form(1, "/contact/#gf_1", "Nous contacter",
                                                         [("text", "Nom"), ("email", "E-mail"), ("select:Renseignement|Voirie|Enfance|Autre", "Objet"),
                                                          ("textarea", "Message")])), f=[F_CONTACT]),
    ]
    www = Site(VILLEBREUIL, "wordpress", "Ville de Villebreuil", pages,
               menu=[("Participer", "/participer/"), ("Actualités", "/actualites/"), ("Marchés publics", "/marches-publics/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "villebreuil"), social("instagram", "villedevillebreuil"),
                         social("mastodon", "villebreuil@social.numerique-centre.fr")],
               address="Hôtel de ville, place du Martroi, 45260 Villebreuil")
    qu = ("Quartiers", "/c/quartiers/5")
    forum_pages = [
        P("/", "Derniers sujets", m.discourse_list([
            ("/t/parking-de-la-gare-le-samedi/212", "Parking de la gare le samedi", "/c/quartiers/5", "Quartiers", 18, 640),
            ("/t/idees-pour-la-fete-des-voisins/219", "Idées pour la fête des voisins", "/c/entraide/6", "Entraide", 9, 233),
            ("/t/bruit-de-la-zone-artisanale/224", "Bruit de la zone artisanale", "/c/quartiers/5", "Quartiers", 12, 402)])),
        P("/c/quartiers/5", "Quartiers", m.discourse_list([
            ("/t/parking-de-la-gare-le-samedi/212", "Parking de la gare le samedi", "/c/quartiers/5", "Quartiers", 18, 640),
            ("/t/bruit-de-la-zone-artisanale/224", "Bruit de la zone artisanale", "/c/quartiers/5", "Quartiers", 12, 402)])),
        P("/c/entraide/6", "Entraide", m.discourse_list([
            ("/t/idees-pour-la-fete-des-voisins/219", "Idées pour la fête des voisins", "/c/entraide/6", "Entraide", 9, 233)])),
        P("/t/parking-de-la-gare-le-samedi/212", "Parking de la gare le samedi", m.discourse_topic([
            ("Mathilde_V", "8 mars 2025", "Le samedi matin, le parking de la gare est plein dès 8 h. Les usagers du marché s'y garent."),
            ("jp.leroux", "8 mars 2025", "Une zone bleue le samedi réglerait le problème, non ?"),
            ("Adjoint_Mobilites", "10 mars 2025", "Merci pour vos messages : le sujet sera abordé au conseil de quartier Centre du 2 avril.")], "Quartiers"), parent=qu),
        P("/t/bruit-de-la-zone-artisanale/224", "Bruit de la zone artisanale", m.discourse_topic([
            ("Riverain45", "11 mars 2025", "Depuis l'arrivée de la nouvelle entreprise, des camions dès 5 h du matin."),
            ("Mathilde_V", "11 mars 2025", "Pareil rue des Prés. Un signalement a été fait ?")], "Quartiers"), parent=qu),
        P("/t/idees-pour-la-fete-des-voisins/219", "Idées pour la fête des voisins", m.discourse_topic([
            ("Coralie", "2 mars 2025", "On organise la fête des voisins rue Pasteur le 30 mai, qui a des idées d'animations ?"),
            ("Bruno_B", "3 mars 2025", "Un tournoi de pétanque et un apéro partagé, ça marche toujours !")], "Entraide"), parent=("Entraide", "/c/entraide/6")),
    ]
    forum = Site(FORUM_VB, "discourse", "Forum des Villebreuillois", forum_pages,
                 menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5"), ("Entraide", "/c/entraide/6")], features=frozenset({F_FORUM}))
    return City("99757", "Villebreuil", 18_640, "45", "24", "Centre-Val de Loire", f"http://{VILLEBREUIL}/", [www, _PARTICIPEZ_SITE, forum])


# =====================================================================================================
# 99758 Sainte-Orsanne (Isère): TYPO3 with Powermail; participation under the brand "Orsanne Demain" on
# a Decidim space (a participatory budget at each stage, a cycle path concertation with a survey and
# meetings, neighbourhood councils as an assembly, initiatives for petitions); lookalikes.
# =====================================================================================================

ORSANNE = "www.sainte-orsanne.fr"
PARTICIPER_SO = "participer.sainte-orsanne.fr"


def _decidim_card(href, title, text, meta):
    return (f'<a href="{href}" class="card__list"><div class="card__list-content"><h3 class="card__list-title">{title}</h3>'
            f'<p class="card__list-text">{text}</p><div class="card__list-metadata">{meta}</div></div></a>')


def _decidim_comments(items, commentable):
    rows = "".join(f'<div id="comment_{900 + i}" class="comment" data-comment-id="{900 + i}"><div class="comment__header"><span class="author__name">{a}</span> <span class="comment__date">{d}</span></div>'
                   f'<div class="comment__content"><div class="editor-content"><p>{t}</p></div></div></div>' for i, (a, d, t) in enumerate(items))
    return (f'<div id="comments-for-{commentable}" class="comments" data-decidim-comments=\'{{"commentableGid":"{commentable}","rootDepth":0}}\'>'
            f'<h2 class="h2 comment__header-title">{len(items)} commentaires</h2><div class="comment-threads">{rows}</div>'
            f'<div class="add-comment" id="add-comment-{commentable}"><form class="new_comment" id="new_comment_for_{commentable}" action="/comments" accept-charset="UTF-8" data-remote="true" method="post">'
            f'<input type="hidden" name="comment[commentable_gid]" value="{commentable}" /><label for="add-comment-{commentable}-body">Ajouter un commentaire</label>'
            f'<textarea maxlength="1000" rows="4" placeholder="Ajouter un commentaire" name="comment[body]" id="add-comment-{commentable}-body"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Publier le commentaire</button></form></div></div>')


def sainte_orsanne():
    dm = lambda path: f"http://{PARTICIPER_SO}{path}"
    pages = [
        P("/", "Accueil", home(
            "Sainte-Orsanne, au pied du Vercors.",
            [("/ma-ville/orsanne-demain", "Orsanne Demain"), (dm("/"), "Plateforme de participation"),
             ("/ma-ville/conseils-de-quartier", "Conseils de quartier"), ("/ma-ville/questionnaire-proprete", "Questionnaire propreté"),
             ("/ma-ville/fete-des-voisins", "Fête des voisins"), ("/contact", "Contact"), ("/demarches/inscriptions-scolaires", "Inscriptions scolaires"),
             ("/securite/participation-citoyenne", "Participation citoyenne (gendarmerie)")],
            [("/actualites/travaux-avenue-du-vercors", "Avenue du Vercors : début des travaux", "12 mars", "Nouvel aménagement cyclable."),
             ("/actualites/budget-2025", "Le budget 2025", "5 mars", "Investissements dans les écoles."),
             ("/actualites/forum-des-associations", "Forum des associations", "1er mars", "Samedi 6 septembre."),
             ("/actualites/enquete-insee-logement", "Enquête de l'INSEE sur le logement", "25 février", "Des ménages seront interrogés."),
             ("/actualites/appel-a-projets-culture", "Appel à projets culture", "20 février", "Pour les associations culturelles."),
             ("/actualites/concours-des-illuminations", "Concours des illuminations", "12 février", "Le règlement est en ligne.")],
            [("18 mars", "Conseil de quartier Les Ruires", "Salle Belledonne"), ("25 mars", "Atelier piste cyclable", "Mairie annexe"),
             ("3 avril", "Conseil municipal", "Hôtel de ville")])),
        P("/ma-ville/orsanne-demain", "Orsanne Demain : la participation à Sainte-Orsanne", m.prose(
            "<strong>Orsanne Demain</strong> rassemble toutes les démarches de participation de la ville : le budget participatif, les concertations sur les projets, "
            "les conseils de quartier et le droit d'initiative citoyenne.",
            f"Elles sont ouvertes sur la plateforme <a href='{dm('/')}'>participer.sainte-orsanne.fr</a>, où chacun peut proposer, commenter, voter et suivre les suites données.")
          + m.links([(dm("/processes/orsanne-demain-2025"), "Budget participatif 2025"), (dm("/processes/piste-cyclable-rd1075"), "Concertation piste cyclable"),
                     (dm("/assemblies/conseils-de-quartier"), "Les conseils de quartier"), (dm("/initiatives"), "Initiatives citoyennes")]), f=[F_SHOWN]),
        P("/ma-ville/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Six conseils de quartier, composés d'habitants tirés au sort et de volontaires, se réunissent tous les deux mois.",
            f"Ordres du jour et comptes rendus sont publiés sur <a href='{dm('/assemblies/conseils-de-quartier')}'>la plateforme Orsanne Demain</a>."),
          f=[F_SHOWN]),
        P("/ma-ville/questionnaire-proprete", "Questionnaire : la propreté dans votre quartier", m.prose(
            "Votre avis nous aide à organiser le nettoiement. Répondez avant le 15 avril.")
          + '<div class="tx-powermail"><form action="/ma-ville/questionnaire-proprete?tx_powermail_pi1%5Baction%5D=create" method="post" class="powermail_form powermail_form_12">'
            '<fieldset class="powermail_fieldset"><legend class="powermail_legend">Propreté</legend>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_radio"><span class="powermail_label">Comment jugez-vous la propreté de votre rue ?</span>'
            '<div class="radio"><label><input type="radio" name="tx_powermail_pi1[field][note]" value="bonne" class="powermail_radio" /> Bonne</label></div>'
            '<div class="radio"><label><input type="radio" name="tx_powermail_pi1[field][note]" value="moyenne" class="powermail_radio" /> Moyenne</label></div>'
            '<div class="radio"><label><input type="radio" name="tx_powermail_pi1[field][note]" value="mauvaise" class="powermail_radio" /> Mauvaise</label></div></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_check"><span class="powermail_label">Qu\'est-ce qui vous gêne le plus ?</span>'
            '<div class="checkbox"><label><input type="checkbox" name="tx_powermail_pi1[field][gene][]" value="dechets" /> Dépôts sauvages</label></div>'
            '<div class="checkbox"><label><input type="checkbox" name="tx_powermail_pi1[field][gene][]" value="dejections" /> Déjections canines</label></div>'
            '<div class="checkbox"><label><input type="checkbox" name="tx_powermail_pi1[field][gene][]" value="tags" /> Tags</label></div></div>'
            '<div class="powermail_fieldwrap powermail_fieldwrap_type_select"><label class="powermail_label" for="pm-quartier">Quartier</label><select id="pm-quartier" name="tx_powermail_pi1[field][quartier]" class="powermail_select"><option>Centre</option><option>Les Ruires</option><option>Le Fontanil</option><option>Champ-Rond</option></select></div>'
            '<input class="powermail_submit" type="submit" value="Envoyer mes réponses" /></fieldset></form></div>', f=[F_POLL]),
        # a neighbours' party, an event, not a network of neighbours; share buttons only
        P("/ma-ville/fete-des-voisins", "Fête des voisins", m.prose(
            "Vendredi 30 mai, organisez la fête des voisins dans votre rue ou votre résidence ! La ville prête tables, bancs et kits de décoration.",
            "Réservation du matériel auprès du service vie associative jusqu'au 16 mai.") + m.share_buttons(f"http://{ORSANNE}/ma-ville/fete-des-voisins"),
          d=[F_NETWORK]),
        P("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le dispositif « Participation citoyenne », signé avec la gendarmerie, associe des habitants référents à la sécurité de leur quartier.",
            "Les référents signalent aux gendarmes les faits suspects ; ils ne disposent d'aucun pouvoir de police."), d=[F_SHOWN, F_NETWORK]),
        # works news naming last year's concertation in passing
        P("/actualites/travaux-avenue-du-vercors", "Avenue du Vercors : début des travaux", m.prose(
            "Les travaux de l'avenue du Vercors commencent le 24 mars pour huit mois. La chaussée sera réduite à deux voies et une piste cyclable bidirectionnelle sera créée.",
            "Le tracé retenu tient compte des remarques formulées pendant la concertation de l'an dernier."), d=[F_SHOWN]),
        P("/actualites/budget-2025", "Le budget 2025", m.prose(
            "Le budget primitif 2025 a été adopté le 4 mars : 41 M€ en fonctionnement et 13 M€ en investissement, sans hausse des taux communaux."),
          d=[F_BUDGET]),
        P("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Cent vingt associations vous attendent le samedi 6 septembre au gymnase des Ruires pour le forum des associations."), d=[F_FORUM]),
        P("/actualites/enquete-insee-logement", "Enquête de l'INSEE sur le logement", m.prose(
            "L'INSEE mène jusqu'en juin une enquête nationale sur le logement. Les ménages tirés au sort recevront un courrier avant la visite d'un enquêteur."),
          d=[F_POLL]),
        P("/actualites/appel-a-projets-culture", "Appel à projets culture", m.prose(
            "La ville lance un appel à projets pour soutenir les initiatives culturelles des associations orsannaises en 2025. Dossiers à déposer avant le 30 avril."),
          d=[F_IDEAS]),
        P("/actualites/concours-des-illuminations", "Concours des illuminations de Noël", m.prose(
            "Maisons, balcons, vitrines : participez au concours des illuminations. Inscription en ligne ou à l'accueil avant le 1er décembre.",
            "Le jury du comité des fêtes passera entre le 10 et le 20 décembre. Trois bons d'achat à gagner dans les commerces orsannais."),
          d=[F_IDEAS]),
        P("/demarches/inscriptions-scolaires", "Inscriptions scolaires", m.registration_form("/demarches/inscriptions-scolaires", "Pré-inscription à l'école"),
          d=[F_CONTACT]),
        P("/contact", "Contact", m.prose("Hôtel de ville, 5 place de la Libération. Du lundi au vendredi 8 h 30 - 17 h.")
          + '<div class="tx-powermail"><form action="/contact?tx_powermail_pi1%5Baction%5D=create" method="post" class="powermail_form powermail_form_2">'
            '<fieldset class="powermail_fieldset"><div class="powermail_fieldwrap"><label class="powermail_label" for="c-nom">Nom</label><input class="powermail_input" id="c-nom" type="text" name="tx_powermail_pi1[field][nom]" /></div>'
            '<div class="powermail_fieldwrap"><label class="powermail_label" for="c-mail">E-mail</label><input class="powermail_input" id="c-mail" type="email" name="tx_powermail_pi1[field][email]" /></div>'
            '<div class="powermail_fieldwrap"><label class="powermail_label" for="c-objet">Objet</label><input class="powermail_input" id="c-objet" type="text" name="tx_powermail_pi1[field][objet]" /></div>'
            '<div class="powermail_fieldwrap"><label class="powermail_label" for="c-msg">Message</label><textarea class="powermail_textarea" id="c-msg" name="tx_powermail_pi1[field][message]"></textarea></div>'
            '<input class="powermail_submit" type="submit" value="Envoyer" /></fieldset></form></div>', f=[F_CONTACT]),
    ]
    www = Site(ORSANNE, "typo3", "Ville de Sainte-Orsanne", pages,
               menu=[("Orsanne Demain", "/ma-ville/orsanne-demain"), ("Conseils de quartier", "/ma-ville/conseils-de-quartier"),
                     ("Budget", "/actualites/budget-2025"), ("Contact", "/contact")],
               accounts=[social("facebook", "SainteOrsanne"), social("linkedin", "ville-de-sainte-orsanne"),
                         social("bluesky", "sainte-orsanne.bsky.social")],
               address="Hôtel de ville, 5 place de la Libération, 38420 Sainte-Orsanne")
    bp = ("Orsanne Demain 2025", "/processes/orsanne-demain-2025")
    pc = ("Piste cyclable RD1075", "/processes/piste-cyclable-rd1075")
    dpages = [
        P("/", "Accueil", '<section class="home__section"><h2 class="h2">Démarches en cours</h2><div class="card__list-list">'
          + _decidim_card("/processes/orsanne-demain-2025", "Budget participatif Orsanne Demain 2025", "Proposez puis votez des projets pour votre ville.", "Phase en cours : dépôt des propositions")
          + _decidim_card("/processes/piste-cyclable-rd1075", "Concertation : piste cyclable de la RD1075", "Donnez votre avis sur le tracé et les aménagements.", "Jusqu'au 30 avril")
          + _decidim_card("/assemblies/conseils-de-quartier", "Conseils de quartier", "Les six conseils de quartier et leurs travaux.", "Assemblée")
          + _decidim_card("/initiatives", "Initiatives citoyennes", "Lancez ou signez une pétition adressée au conseil municipal.", "3 initiatives en cours")
          + '</div></section><section class="home__section"><h2 class="h2">Démarches terminées</h2>'
          + _decidim_card("/processes/orsanne-demain-2023", "Orsanne Demain 2023", "Les projets lauréats de la première édition.", "Terminé")
          + _decidim_card("/processes/consultation-marche-2024", "Consultation : le marché du dimanche", "Résultats de la consultation.", "Terminé")
          + '</section>' + m.links([("/processes", "Toutes les démarches"), ("/pages/faq", "Aide")]), f=[F_SHOWN]),
        P("/processes", "Démarches participatives", m.prose(
            "Retrouvez toutes les démarches de participation ouvertes par la ville : budget participatif, concertations, consultations.") + m.links([
            ("/processes/orsanne-demain-2025", "Orsanne Demain 2025"), ("/processes/piste-cyclable-rd1075", "Piste cyclable de la RD1075"),
            ("/processes/orsanne-demain-2023", "Orsanne Demain 2023"), ("/processes/consultation-marche-2024", "Consultation : le marché du dimanche")], "process-list"), f=[F_SHOWN]),
        P("/processes/orsanne-demain-2025", "Orsanne Demain 2025 — budget participatif", m.prose(
            "250 000 € sont consacrés à des projets d'investissement proposés par les habitants de plus de 11 ans, puis choisis par leur vote.")
          + m.steps([("Dépôt des propositions", "1er mars - 30 avril"), ("Analyse technique", "mai - juillet"), ("Vote", "15 septembre - 15 octobre"), ("Réalisation", "2026")], 0)
          + m.links([("/processes/orsanne-demain-2025/f/41/proposals", "Les propositions"), ("/processes/orsanne-demain-2025/f/42/budgets/7/projects", "Le vote")]),
          f=[F_BUDGET]),
        # the budget's filing step; its proposal form takes a free-text description addressed to the city
        P("/processes/orsanne-demain-2025/f/41/proposals", "Propositions", m.prose("Déposez votre proposition jusqu'au 30 avril, ou soutenez celles des autres habitants.")
          + '<a href="/processes/orsanne-demain-2025/f/41/proposals/318" class="card__list"><h3 class="card__list-title">Des bancs le long de la Gresse</h3><span>12 commentaires · 48 soutiens</span></a>'
          + '<a href="/processes/orsanne-demain-2025/f/41/proposals/322" class="card__list"><h3 class="card__list-title">Un abri pour les vélos au collège</h3><span>5 commentaires · 31 soutiens</span></a>'
          + '<form class="new_proposal" action="/processes/orsanne-demain-2025/f/41/proposals" method="post"><label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" />'
            '<label for="proposal_body">Décrivez votre proposition</label><textarea name="proposal[body]" id="proposal_body" rows="8"></textarea>'
            '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>',
          f=[F_BUDGET, F_IDEAS, F_CONTACT], parent=bp),
        P("/processes/orsanne-demain-2025/f/41/proposals/318", "Des bancs le long de la Gresse", m.prose(
            "Installer une dizaine de bancs le long du chemin de la Gresse, entre le pont des Ruires et le parc municipal, pour les promeneurs âgés.")
          + _decidim_comments([("Odile", "il y a 3 jours", "Très bonne idée, le chemin est long sans pause possible."),
                               ("Marc T.", "il y a 2 jours", "Et quelques poubelles aussi.")], "Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8zMTg"),
          f=[F_BUDGET, F_COMMENTS], parent=bp),
        P("/processes/orsanne-demain-2025/f/41/proposals/322", "Un abri pour les vélos au collège", m.prose(
            "Les élèves du collège Jean-Moulin laissent leurs vélos sous la pluie. Un abri couvert et sécurisé de 40 places est proposé.")
          + _decidim_comments([("Ines, 4e B", "il y a 5 jours", "Oui, et avec des arceaux solides !")], "Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8zMjI"),
          f=[F_BUDGET, F_COMMENTS], parent=bp),
        # the budget's vote step, not yet open, on the platform
        P("/processes/orsanne-demain-2025/f/42/budgets/7/projects", "Vote des projets", m.prose(
            "Le vote ouvrira le 15 septembre. Vous pourrez répartir le budget de votre quartier entre les projets retenus.")
          + '<div class="budget-summary" data-progress="0"><p>Budget attribué : 0 € sur 250 000 €</p></div>', f=[F_BUDGET], parent=bp),
        P("/processes/orsanne-demain-2023", "Orsanne Demain 2023 — les résultats", m.prose(
            "Première édition : 3 874 votants, 11 projets lauréats pour 200 000 €. Suivez leur réalisation ci-dessous.")
          + m.project_cards([("Un parcours sportif aux Ruires", "Les Ruires", "38 000 €", "Réalisé en 2024."),
                             ("Des fontaines à eau au centre", "Centre", "16 000 €", "Réalisé en 2024.")]), f=[F_BUDGET]),
        P("/processes/piste-cyclable-rd1075", "Concertation : la piste cyclable de la RD1075", m.prose(
            "Le Département et la ville concertent les habitants sur la future piste cyclable reliant Sainte-Orsanne à la gare de Vif.",
            "Trois variantes de tracé sont soumises à la concertation : répondez au questionnaire, participez aux ateliers, déposez vos remarques.")
          + m.links([("/processes/piste-cyclable-rd1075/f/51/surveys", "Questionnaire"), ("/processes/piste-cyclable-rd1075/f/52/meetings", "Réunions et ateliers")]),
          f=[F_SHOWN]),
        P("/processes/piste-cyclable-rd1075/f/51/surveys", "Questionnaire piste cyclable", m.prose("Ce questionnaire est ouvert jusqu'au 30 avril.")
          + '<form class="answer-questionnaire" action="/processes/piste-cyclable-rd1075/f/51/surveys/answer" method="post"><div class="questionnaire-step">'
            '<fieldset><legend>Quelle variante de tracé préférez-vous ?</legend><label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="A"> Variante A, le long de la route</label>'
            '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="B"> Variante B, par les berges</label>'
            '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="C"> Variante C, par le hameau des Granges</label></fieldset>'
            '<fieldset><legend>Utiliseriez-vous cette piste ?</legend><label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="quotidien"> Chaque jour</label>'
            '<label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="loisir"> Pour les loisirs</label><label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="non"> Non</label></fieldset>'
            '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions d\'utilisation</label><button type="submit" class="button button__sm button__secondary">Envoyer</button></div></form>',
          f=[F_POLL], parent=pc),
        P("/processes/piste-cyclable-rd1075/f/52/meetings", "Réunions et ateliers", m.prose(
            "Atelier de concertation le 25 mars à 18 h 30, mairie annexe des Ruires : travail sur plan des trois variantes.",
            "Balade à vélo commentée le 5 avril à 10 h, départ place de la Libération. Réunion publique de restitution le 20 mai."), f=[F_SHOWN], parent=pc),
        P("/assemblies/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les six conseils de quartier de Sainte-Orsanne : Centre, Les Ruires, Le Fontanil, Champ-Rond, Les Granges, La Gresse.",
            "Chaque conseil réunit 20 membres pour deux ans, tirés au sort sur les listes électorales et parmi les volontaires. Ses séances sont publiques.",
            "Dernière séance : conseil des Ruires du 18 mars — sécurité aux abords de l'école, projet de jardin partagé."), f=[F_SHOWN]),
        P("/initiatives", "Initiatives citoyennes", m.prose(
            "Le droit d'initiative citoyenne permet aux habitants de lancer une pétition. À 600 signatures en quatre mois, le conseil municipal en débat.")
          + '<a href="/initiatives/i-12" class="card__list"><h3 class="card__list-title">Pour une cantine 100 % bio</h3><span>412 / 600 signatures</span></a>'
          + '<a href="/create_initiative/select_initiative_type" class="button button__sm button__secondary">Lancer une initiative</a>', f=[F_PETITION]),
        P("/create_initiative/select_initiative_type", "Lancer une initiative", m.prose(
            "Choisissez le type d'initiative : pétition au conseil municipal ou demande de consultation locale. Connexion requise.")
          + '<form action="/create_initiative/select_initiative_type" method="post" class="form new_initiative"><label for="type_id">Type</label><select name="type_id" id="type_id"><option value="1">Pétition au conseil municipal</option><option value="2">Demande de consultation locale</option></select>'
            '<label for="initiative_title">Titre</label><input type="text" id="initiative_title" name="initiative[title]" /><button type="submit" class="button">Continuer</button></form>',
          f=[F_PETITION], parent=("Initiatives", "/initiatives")),
        P("/initiatives/i-12", "Pour une cantine 100 % bio", m.prose(
            "Nous demandons que la restauration scolaire passe à 100 % de produits bio et locaux d'ici 2027.")
          + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">412</span><span class="progress-bar__total">/600 signatures</span></div>'
            '<form class="button_to" method="post" action="/initiatives/i-12/initiative_signatures"><button class="button button__xl button__secondary" type="submit">Signer</button></form></div>',
          f=[F_PETITION], parent=("Initiatives", "/initiatives")),
        # a closed consultation showing its results, no way to answer
        P("/processes/consultation-marche-2024", "Consultation : le marché du dimanche (terminée)", m.prose(
            "La consultation est close depuis le 30 novembre 2024. 1 206 personnes ont répondu.",
            "Résultats : 68 % souhaitent un marché le dimanche matin place de la Libération ; 22 % préfèrent le samedi ; 10 % sans avis. Le marché du dimanche ouvre en avril."),
          d=[F_POLL]),
        P("/pages/faq", "Aide", m.prose(
            "Comment participer ? Créez un compte avec votre adresse e-mail, puis proposez, commentez, soutenez et votez.",
            "Vos données sont traitées par la ville de Sainte-Orsanne ; la plateforme utilise le logiciel libre Decidim.")),
    ]
    decidim = Site(PARTICIPER_SO, "decidim", "Orsanne Demain", dpages,
                   menu=[("Accueil", "/"), ("Démarches", "/processes"), ("Conseils de quartier", "/assemblies/conseils-de-quartier"),
                         ("Initiatives", "/initiatives"), ("Aide", "/pages/faq")],
                   features=frozenset({F_PLATFORM}), platforms=frozenset({"decidim"}))
    return City("99758", "Sainte-Orsanne", 27_420, "38", "84", "Auvergne-Rhône-Alpes", f"http://{ORSANNE}/", [www, decidim])


def cities():
    return [quimerle(), mauzac(), aubreville(), vallinco(), bras_mahot(), marnay(), villebreuil(), sainte_orsanne()]


def hosts():
    return {VALLINCO: CustomHost(_VALLINCO_SITE, _vallinco_special),
            PARTICIPEZ: CustomHost(_PARTICIPEZ_SITE, _participez_special)}
