"""Holdout part "galets": eight towns of 20,000 to 90,000 inhabitants whose participation is about the politique
de la ville (conseils citoyens, maisons de quartier, comités de quartier, fonds de participation des habitants), mostly on
old plain sites (an old SPIP, a home-made table-layout site drawn by a script, Joomla 3, an old WordPress, Drupal 7,
TYPO3 with ?id= URLs, many PDF links served by script) beside two modern ones (a vendor CMS with Publik e-services, a
recent WordPress). Outside hosts: Decidim, Cap Collectif, CONSUL, Go Vocal, a phpBB board, a Flarum forum and two
neighbours' networks; lookalikes: CAF and social-centre registration forms, contrat de ville documents, forums de l'emploi
and des associations, subsidies, ordinary and departmental budgets, closed consultations and their results, a social
landlord's survey, tenders, national petitions and share buttons."""
import functools
import re

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import galets_markup as m

PF = "participatory_platform"


# =====================================================================================================
# 99521 Val-de-Brosne (95): an old SPIP site, article forums and a SPIP petition; Decidim next to it
# =====================================================================================================

VDB = "www.valdebrosne.fr"
VDB_DECIDIM = "participer.valdebrosne.fr"


def _vdb_www():
    breves = m.spip_breves([
        ("/spip.php?article99", "12/02/2025", "La participation citoyenne passe au numérique"),
        ("/spip.php?article63", "03/02/2025", "Bureau de poste des Tilleuls : signez la pétition"),
        ("/spip.php?article70", "28/01/2025", "Forum de l'emploi et de l'alternance le 13 mars"),
        ("/spip.php?article95", "20/01/2025", "Fête de quartier à la Croix-Blanche"),
        ("/spip.php?article97", "14/01/2025", "Travaux rue Jean-Jaurès : circulation alternée"),
    ])
    pages = [
        page("/", "Accueil", m.prose(
            "<strong>Bienvenue sur le site de la Ville de Val-de-Brosne.</strong>",
            "Horaires de l'Hôtel de Ville : du lundi au vendredi de 8h30 à 12h00 et de 13h30 à 17h30, le samedi de 9h00 à 12h00 "
            "(état civil uniquement).")
             + m.links([("/spip.php?rubrique2", "Vie des quartiers"), ("/spip.php?rubrique5", "Démocratie locale"),
                        ("/spip.php?rubrique8", "La mairie"), ("/spip.php?article90", "Nous écrire"),
                        (f"http://{VDB_DECIDIM}/", "Je participe : la plateforme participer.valdebrosne.fr")], "menu-liste")
             + breves),
        page("/spip.php?rubrique2", "Vie des quartiers", m.prose(
            "Val-de-Brosne compte deux quartiers prioritaires de la politique de la ville (QPV) : <strong>Les Tilleuls - Bois-Joli</strong> "
            "et <strong>La Croix-Blanche</strong>, soit près de 9 000 habitants. Retrouvez ici les équipements de proximité, "
            "les aides aux projets d'habitants et les documents du contrat de ville.")
             + m.spip_rubrique([
                 ("/spip.php?article83", "Maison de quartier des Tilleuls", "Horaires, activités, permanences."),
                 ("/spip.php?article85", "Centre social Nelson-Mandela : pré-inscriptions", "Accueil de loisirs, ateliers, sorties familles."),
                 ("/spip.php?article57", "Le Fonds de participation des habitants (FPH)", "Jusqu'à 1 500 € pour vos projets de quartier."),
                 ("/spip.php?article72", "Le contrat de ville 2024-2030", "Les documents cadres et les annexes."),
                 ("/spip.php?article64", "Square Paul-Éluard : le projet de réaménagement", "Donnez votre avis sur les plans."),
                 ("/spip.php?article95", "Fête de quartier à la Croix-Blanche", "Samedi 14 juin, place des Peupliers."),
             ])),
        page("/spip.php?rubrique5", "Démocratie locale", m.prose(
            "La Ville a fait le choix d'associer les habitants aux décisions qui concernent leur cadre de vie. "
            "Depuis 2015, <strong>deux conseils citoyens</strong> siègent dans les instances du contrat de ville ; "
            "six <strong>comités de quartier</strong> couvrent l'ensemble du territoire communal et se réunissent au moins trois fois par an.",
            "En 2023, le conseil municipal a adopté une <strong>charte de la participation citoyenne</strong> qui fixe les règles du jeu : "
            "information en amont des projets, réunions publiques, compte rendu systématique, droit de pétition locale.",
            f"Les concertations en cours, le budget participatif et les pétitions citoyennes sont sur la plateforme "
            f"<a href=\"http://{VDB_DECIDIM}/\">participer.valdebrosne.fr</a>.")
             + m.spip_rubrique([
                 ("/spip.php?article41", "Les conseils citoyens", "Composition, réunions, comptes rendus."),
                 ("/spip.php?article44", "Les comités de quartier", "Six comités, un par secteur."),
                 ("/spip.php?article63", "Pétition : le bureau de poste des Tilleuls", "Signez en ligne."),
                 ("/spip.php?article93", "Concertation sur le parc de la Brosne : le bilan", "Ce que vous nous avez dit."),
                 ("/spip.php?article99", "La participation citoyenne passe au numérique", "Une plateforme pour participer."),
             ]) + m.pdf_list([("/IMG/pdf/charte_participation_citoyenne_2023.pdf", "Charte de la participation citoyenne", "1,1 Mo")]),
             {"participation_displayed"}),
        page("/spip.php?rubrique8", "La mairie", m.prose("Le conseil municipal, le budget, les marchés publics.")
             + m.spip_rubrique([
                 ("/spip.php?article80", "Budget 2025 : le budget primitif voté", "Les grands équilibres."),
                 ("/spip.php?article75", "Subventions aux associations : campagne 2025", "Dossier de demande."),
                 ("/spip.php?article70", "Forum de l'emploi et de l'alternance", "Le 13 mars à l'Espace Brassens."),
                 ("/spip.php?article90", "Nous contacter", "Écrire à la mairie."),
             ])),
        page("/spip.php?article41", "Les conseils citoyens", m.prose(
            "Créés par la loi de programmation pour la ville et la cohésion urbaine du 21 février 2014, les conseils citoyens "
            "réunissent des habitants tirés au sort, des volontaires et des acteurs locaux (associations, commerçants) de chaque quartier prioritaire.",
            "À Val-de-Brosne, le <strong>conseil citoyen des Tilleuls - Bois-Joli</strong> compte 18 membres et celui de "
            "<strong>la Croix-Blanche</strong> 14 membres. Ils participent au comité de pilotage du contrat de ville, donnent leur avis "
            "sur les projets de renouvellement urbain et portent leurs propres actions (diagnostic en marchant, café citoyen, "
            "nettoyage de printemps).",
            "Les conseils citoyens sont indépendants de la municipalité. Ils sont accompagnés par le centre social Nelson-Mandela.",
            "<strong>Vous souhaitez rejoindre le conseil citoyen de votre quartier ?</strong> Adressez-vous à l'accueil de la "
            "Maison de quartier ou écrivez au service Politique de la ville.")
             + m.h3("Comptes rendus")
             + m.pdf_list([("/IMG/pdf/cc_tilleuls_cr_2024-11.pdf", "Conseil citoyen des Tilleuls - séance du 19 novembre 2024", "312 Ko"),
                           ("/IMG/pdf/cc_tilleuls_cr_2024-09.pdf", "Conseil citoyen des Tilleuls - séance du 24 septembre 2024", "287 Ko"),
                           ("/IMG/pdf/cc_croixblanche_cr_2024-10.pdf", "Conseil citoyen de la Croix-Blanche - séance du 8 octobre 2024", "198 Ko")]),
             {"participation_displayed"}, parent=("Démocratie locale", "/spip.php?rubrique5")),
        page("/spip.php?article44", "Les comités de quartier", m.prose(
            "Les six comités de quartier sont des lieux d'échange entre les habitants, les élus de secteur et les services municipaux. "
            "Ouverts à tous, ils se réunissent en séance publique au moins trois fois par an. Chaque comité dispose d'une enveloppe "
            "annuelle de 5 000 € pour de petits aménagements décidés en séance.")
             + m.old_table([["Centre-ville", "M. Laurent Dubreuil", "Salle des fêtes"],
                            ["Les Tilleuls - Bois-Joli", "Mme Fatou Camara", "Maison de quartier des Tilleuls"],
                            ["La Croix-Blanche", "M. Hervé Pinson", "École Paul-Langevin"],
                            ["Les Coteaux", "Mme Isabelle Royer", "Salle Jacques-Prévert"],
                            ["La Gare - Les Prés", "M. Karim Benali", "Gymnase Coubertin"],
                            ["Le Moulin", "Mme Chantal Lefort", "Foyer du Moulin"]],
                           ["Secteur", "Élu référent", "Lieu des réunions"])
             + m.prose("Prochaines réunions : voir l'agenda de la page d'accueil."),
             {"participation_displayed"}, parent=("Démocratie locale", "/spip.php?rubrique5")),
        # the FPH is a standing call to residents for their own projects (codebook: appel à projets citoyens)
        page("/spip.php?article57", "Le Fonds de participation des habitants (FPH)", m.prose(
            "<strong>Vous avez une idée pour animer votre quartier ?</strong> Le Fonds de participation des habitants finance les "
            "petits projets portés par des habitants des quartiers des Tilleuls - Bois-Joli et de la Croix-Blanche : repas de rue, "
            "sortie familiale, atelier de réparation de vélos, fresque, tournoi de foot inter-immeubles...",
            "Le projet doit être porté par au moins trois habitants, être ouvert à tous et ne pas avoir de but lucratif. "
            "L'aide peut aller jusqu'à 1 500 €. Un comité d'attribution composé d'habitants se réunit chaque mois.",
            "<strong>Comment déposer votre projet ?</strong> Téléchargez la fiche projet ci-dessous, remplissez-la "
            "(seul ou avec l'aide d'un animateur de la Maison de quartier) et déposez-la à l'accueil ou envoyez-la à "
            "<a href=\"mailto:fph@valdebrosne.fr\">fph@valdebrosne.fr</a>.")
             + m.pdf_list([("/IMG/pdf/fph_fiche_projet_2025.pdf", "Fiche projet FPH 2025", "156 Ko"),
                           ("/IMG/pdf/fph_reglement.pdf", "Règlement du FPH", "203 Ko"),
                           ("/IMG/pdf/fph_projets_finances_2024.pdf", "Les 23 projets financés en 2024", "1,4 Mo")]),
             {"suggestion_call"}, parent=("Vie des quartiers", "/spip.php?rubrique2")),
        page("/spip.php?article63", "Pétition : pour le maintien du bureau de poste des Tilleuls", m.prose(
            "La Poste envisage de transformer le bureau de poste de l'avenue des Tilleuls en simple point relais chez un commerçant. "
            "Pour les 6 000 habitants du quartier, c'est la fin des services bancaires de proximité.",
            "Conformément à la charte de la participation citoyenne, la Ville ouvre sur son site une pétition que chacun peut signer. "
            "Elle sera remise à la direction régionale de La Poste par les conseils citoyens et le maire.")
             + m.spip_signature(63, 7, m.prose(
                 "Nous, habitants et usagers, demandons le maintien d'un bureau de poste de plein exercice dans le quartier des Tilleuls, "
                 "avec ses horaires actuels et ses services financiers."),
                 [("05/02/2025", "Mireille T.", "Ma mère a 84 ans, elle ne peut pas aller au centre-ville."),
                  ("05/02/2025", "Association des locataires Bois-Joli", ""),
                  ("04/02/2025", "Saïd B.", "Indispensable pour le quartier.")]),
             {"petition"}, parent=("Démocratie locale", "/spip.php?rubrique5")),
        # SPIP's forum attached to an article is comments under content (codebook: SPIP native comments)
        page("/spip.php?article64", "Square Paul-Éluard : le projet de réaménagement", m.prose(
            "Le square Paul-Éluard, au cœur du quartier des Tilleuls, va être entièrement réaménagé en 2025 : nouveaux jeux pour enfants, "
            "îlot de fraîcheur, bancs et éclairage. Les plans ont été présentés au conseil citoyen le 19 novembre.",
            "Consultez l'esquisse et réagissez en bas de cet article : vos messages seront transmis au paysagiste.")
             + m.pdf_list([("/IMG/pdf/square_eluard_esquisse.pdf", "Esquisse du projet", "3,2 Mo")])
             + m.spip_forum_thread(64, [
                 (212, "Les jeux", "22 novembre 2024", "Monique R.", "Pensez aux tout-petits, les jeux actuels sont pour les 6-12 ans."),
                 (215, "Éclairage", "25 novembre 2024", "Yacine", "Un éclairage oui mais pas toute la nuit, les riverains dorment."),
                 (219, "Fontaine", "2 décembre 2024", "Collectif parents école Langevin", "Une fontaine à boire serait utile l'été.")]),
             {"comments"}, parent=("Vie des quartiers", "/spip.php?rubrique2")),
        page("/spip.php?page=forum&id_article=64", "Répondre à l'article : Square Paul-Éluard", m.prose(
            "<a href=\"/spip.php?article64\">Retour à l'article</a>")
             + m.spip_forum_form(64, "Square Paul-Éluard : le projet de réaménagement"),
             {"comments"}, parent=("Square Paul-Éluard", "/spip.php?article64")),
        page("/spip.php?article70", "Forum de l'emploi et de l'alternance", m.prose(
            "Le 13 mars de 9h30 à 16h30, l'Espace Georges-Brassens accueille le 9e forum de l'emploi et de l'alternance, "
            "organisé avec France Travail, la Mission locale de la vallée de la Brosne et le PLIE.",
            "Plus de 50 entreprises et centres de formation, des offres dans le commerce, la logistique, l'aide à la personne et le BTP. "
            "Venez avec plusieurs CV ! Un atelier « réussir son entretien » est proposé le matin.",
            "Entrée libre. Navette gratuite depuis la Croix-Blanche toutes les 30 minutes."),
             decoys={"forum"}, parent=("La mairie", "/spip.php?rubrique8")),
        page("/spip.php?article72", "Le contrat de ville 2024-2030", m.prose(
            "Signé le 12 avril 2024 par l'État, la Communauté d'agglomération, la Ville, le Département, la CAF et les bailleurs sociaux, "
            "le contrat de ville « Engagements Quartiers 2030 » fixe les priorités d'intervention dans les quartiers prioritaires : "
            "emploi et insertion, réussite éducative, tranquillité publique, cadre de vie, santé. La participation des habitants "
            "y est affirmée comme un principe transversal.",
            "Les documents ci-dessous sont consultables en mairie et téléchargeables.")
             + m.pdf_list([("/IMG/pdf/contrat_de_ville_2024-2030.pdf", "Contrat de ville 2024-2030", "4,8 Mo"),
                           ("/IMG/pdf/cdv_annexe1_diagnostic.pdf", "Annexe 1 : diagnostic territorial", "2,6 Mo"),
                           ("/IMG/pdf/cdv_annexe2_programmation_2025.pdf", "Annexe 2 : programmation 2025", "890 Ko"),
                           ("/IMG/pdf/cdv_avis_conseils_citoyens.pdf", "Avis des conseils citoyens", "340 Ko")]),
             decoys={"participation_displayed"}, parent=("Vie des quartiers", "/spip.php?rubrique2")),
        page("/spip.php?article75", "Subventions aux associations : campagne 2025", m.prose(
            "Les associations val-de-brosniennes peuvent solliciter une subvention de fonctionnement ou de projet pour l'année 2025. "
            "Les projets au bénéfice des habitants des quartiers prioritaires relèvent de l'appel à projets du contrat de ville, "
            "lancé par l'État et l'agglomération sur la plateforme Dauphin.",
            "Date limite de dépôt des dossiers : vendredi 31 janvier 2025, 17h00.")
             + m.pdf_list([("/IMG/pdf/dossier_subvention_2025.pdf", "Dossier de demande de subvention (Cerfa n° 12156*06)", "420 Ko"),
                           ("/IMG/pdf/appel_projets_cdv_2025.pdf", "Appel à projets contrat de ville 2025", "610 Ko")]),
             decoys={"suggestion_call"}, parent=("La mairie", "/spip.php?rubrique8")),
        page("/spip.php?article80", "Budget 2025 : le budget primitif voté", m.prose(
            "Le conseil municipal a adopté le 18 décembre 2024 le budget primitif 2025, qui s'élève à 78,4 millions d'euros : "
            "61,2 M€ en fonctionnement et 17,2 M€ en investissement. Les taux d'imposition restent inchangés pour la huitième année.",
            "Principaux investissements : groupe scolaire de la Croix-Blanche (5,1 M€), réfection de la voirie (2,3 M€), "
            "square Paul-Éluard (0,6 M€).")
             + m.pdf_list([("/IMG/pdf/bp2025_presentation_breve.pdf", "Présentation brève et synthétique du BP 2025", "780 Ko"),
                           ("/IMG/pdf/ca2023.pdf", "Compte administratif 2023", "2,1 Mo")]),
             decoys={"participatory_budget"}, parent=("La mairie", "/spip.php?rubrique8")),
        page("/spip.php?article83", "Maison de quartier des Tilleuls", m.prose(
            "12, allée des Charmes - Tél. 01 34 00 00 12.",
            "Ouverte du lundi au vendredi de 9h à 12h et de 14h à 19h, le samedi de 14h à 18h.",
            "Permanences : écrivain public (mardi matin), CAF du Val-d'Oise (jeudi sur rendez-vous), médiatrice santé (vendredi), "
            "point d'accès au droit (1er mercredi du mois).",
            "Activités : aide aux devoirs, cours de français langue étrangère, atelier couture, gym douce, sorties familles.")
             + m.pdf_list([("/IMG/pdf/mdq_tilleuls_programme_hiver.pdf", "Programme janvier-mars", "1,2 Mo")]),
             parent=("Vie des quartiers", "/spip.php?rubrique2")),
        # a registration form with a remarks box is a registration form, not a message to the city
        page("/spip.php?article85", "Centre social Nelson-Mandela : pré-inscriptions", m.prose(
            "Les pré-inscriptions à l'accueil de loisirs des mercredis et aux ateliers du centre social se font en ligne. "
            "L'inscription ne sera définitive qu'après passage à l'accueil avec votre attestation de quotient familial CAF.")
             + '<div class="formulaire_spip formulaire_formidable" id="formulaire_formidable-4"><form method="post" action="/spip.php?article85">'
               '<input name="formulaire_action" type="hidden" value="formidable" /><input name="formulaire_action_args" type="hidden" value="4" />'
               '<fieldset><legend>Le responsable légal</legend><div class="editer-groupe">'
               '<div class="editer editer_input_1 obligatoire"><label for="champ_input_1">Nom et prénom</label><input type="text" name="input_1" id="champ_input_1" class="text" /></div>'
               '<div class="editer editer_email_1 obligatoire"><label for="champ_email_1">Courriel</label><input type="email" name="email_1" id="champ_email_1" class="text email" /></div>'
               '<div class="editer editer_input_2 obligatoire"><label for="champ_input_2">Numéro d\'allocataire CAF</label><input type="text" name="input_2" id="champ_input_2" class="text" /></div>'
               '</div></fieldset><fieldset><legend>L\'enfant</legend><div class="editer-groupe">'
               '<div class="editer editer_input_3 obligatoire"><label for="champ_input_3">Nom et prénom de l\'enfant</label><input type="text" name="input_3" id="champ_input_3" class="text" /></div>'
               '<div class="editer editer_date_1 obligatoire"><label for="champ_date_1">Date de naissance</label><input type="text" name="date_1" id="champ_date_1" class="date" placeholder="jj/mm/aaaa" /></div>'
               '<div class="editer editer_selection_1 obligatoire"><label for="champ_selection_1">Activité</label><select name="selection_1" id="champ_selection_1">'
               '<option>Accueil de loisirs du mercredi (6-11 ans)</option><option>Aide aux devoirs</option><option>Atelier théâtre ados</option></select></div>'
               '<div class="editer editer_textarea_1"><label for="champ_textarea_1">Allergies, régime alimentaire, PAI</label><textarea name="textarea_1" id="champ_textarea_1" rows="3" cols="40"></textarea></div>'
               '</div></fieldset><p class="boutons"><input type="submit" class="submit" value="Envoyer la pré-inscription" /></p></form></div>',
             decoys={"contact_form"}, parent=("Vie des quartiers", "/spip.php?rubrique2")),
        page("/spip.php?article90", "Nous contacter", m.prose(
            "Hôtel de Ville, 1 place de la République, 95470 Val-de-Brosne. Standard : 01 34 00 00 00.",
            "Pour toute question, utilisez le formulaire ci-dessous. Votre message sera transmis au service concerné.")
             + m.spip_ecrire_auteur(90),
             {"contact_form"}, parent=("La mairie", "/spip.php?rubrique8")),
        # a consultation's report on the city's site presents its concertation; nothing can be answered any more
        page("/spip.php?article93", "Concertation sur le parc de la Brosne : le bilan", m.prose(
            "De mars à juin 2024, la Ville a mené une large concertation sur l'avenir du parc de la Brosne : trois ateliers, "
            "deux balades urbaines et un questionnaire qui a recueilli 1 146 réponses. Merci à tous les participants !",
            "<strong>Ce que vous avez dit :</strong> 71 % souhaitent plus d'ombre et de bancs, 64 % des toilettes publiques, "
            "52 % une aire de jeux d'eau ; le parking est jugé suffisant par 58 % des répondants.",
            "Le questionnaire est clos. Le bilan complet de la concertation a été présenté en comité de quartier le 3 octobre.")
             + m.pdf_list([("/IMG/pdf/bilan_concertation_parc_brosne.pdf", "Bilan de la concertation", "2,4 Mo")]),
             {"participation_displayed"}, decoys={"poll"}, parent=("Démocratie locale", "/spip.php?rubrique5")),
        page("/spip.php?article95", "Fête de quartier à la Croix-Blanche", m.prose(
            "Samedi 14 juin de 14h à 22h, place des Peupliers : structures gonflables, scène ouverte, repas partagé et concert. "
            "Organisée par le comité des fêtes, la Maison de quartier et les associations du quartier.",
            "Les habitants qui souhaitent tenir un stand peuvent s'inscrire auprès de la Maison de quartier avant le 30 mai."),
             parent=("Vie des quartiers", "/spip.php?rubrique2")),
        page("/spip.php?article97", "Travaux rue Jean-Jaurès : circulation alternée", m.prose(
            "Du 20 janvier au 14 mars, le Syndicat des eaux renouvelle la canalisation rue Jean-Jaurès, entre la rue Pasteur et la place du Marché. "
            "La circulation se fera en alternat par feux. Le stationnement sera interdit au droit du chantier.")
             + m.pdf_list([("/IMG/pdf/arrete_2025_014.pdf", "Arrêté municipal n° 2025-014", "98 Ko")])),
        page("/spip.php?article99", "La participation citoyenne passe au numérique", m.prose(
            "Depuis le 1er février, la Ville dispose d'une plateforme de participation en ligne, "
            f"<a href=\"http://{VDB_DECIDIM}/\">participer.valdebrosne.fr</a>, construite avec le logiciel libre Decidim, "
            "déjà utilisé par Barcelone, Lyon ou Grenoble.",
            "Vous pourrez y voter pour les projets du budget participatif, répondre aux questionnaires des quartiers et "
            "signer les pétitions citoyennes. Des permanences d'aide à l'inscription sont organisées dans les maisons de quartier."),
             decoys={PF}, parent=("Démocratie locale", "/spip.php?rubrique5")),
    ]
    return Site(VDB, "spip", "Ville de Val-de-Brosne", pages,
                menu=[("Accueil", "/"), ("Vie des quartiers", "/spip.php?rubrique2"), ("Démocratie locale", "/spip.php?rubrique5"),
                      ("La mairie", "/spip.php?rubrique8"), ("Contact", "/spip.php?article90"), ("Je participe", f"http://{VDB_DECIDIM}/")],
                accounts=[social("facebook", "VilleDeValDeBrosne", "http://www.facebook.com/VilleDeValDeBrosne"),
                          social("instagram", "valdebrosne", "https://instagram.com/valdebrosne/")],
                address="Hôtel de Ville, 1 place de la République, 95470 Val-de-Brosne")


def _vdb_decidim():
    bp = "/processes/budget-participatif-2025"
    projects = [("Des bancs et de l'ombre le long de la coulée verte", "Les Tilleuls - Bois-Joli", "28 000 €", 312),
                ("Un terrain multisports rénové à la Croix-Blanche", "La Croix-Blanche", "75 000 €", 289),
                ("Des boîtes à livres dans chaque quartier", "Toute la ville", "6 000 €", 251),
                ("Un jardin partagé au pied des tours du Bois-Joli", "Les Tilleuls - Bois-Joli", "18 000 €", 198)]
    rows = "".join(
        f'<div class="budget__list-item" id="project-item-{40 + k}"><div class="budget__list-item-text">'
        f'<h3 class="h4 text-secondary">{t}</h3><span class="budget__list-item-data">{q}</span></div>'
        f'<div class="budget__list-item-data"><strong class="budget__list-item-amount">{a}</strong>'
        f'<span class="budget__list-item-votes">{v} votes</span>'
        f'<button class="button button__sm button__secondary" data-add="true" data-budget-project-id="{40 + k}">Ajouter</button></div></div>'
        for k, (t, q, a, v) in enumerate(projects))
    pages = [
        page("/", "Accueil", m.prose(
            "<strong>Participer.valdebrosne.fr</strong> est la plateforme de participation citoyenne de la Ville de Val-de-Brosne. "
            "Proposez, votez, débattez, signez : chaque habitant de plus de 11 ans peut s'inscrire.")
             + '<section class="content-block"><h2 class="h2 decorator">Processus en cours</h2><div class="card__grid-home">'
             + m.decidim_process_card(bp, "Budget participatif 2025", "Phase 3 sur 4 : vote des projets", "Jusqu'au 30 avril")
             + m.decidim_process_card("/processes/quartier-croix-blanche", "La Croix-Blanche demain", "Questionnaire aux habitants", "Jusqu'au 15 mai")
             + m.decidim_process_card("/processes/conseils-citoyens", "Les conseils citoyens", "Espace permanent", "")
             + m.decidim_process_card("/processes/renouvellement-tilleuls", "Renouvellement urbain des Tilleuls", "Terminé", "2023")
             + '</div></section>'
             + '<section class="content-block"><h2 class="h2 decorator">Pétitions citoyennes</h2>'
               '<p>Une pétition qui réunit 500 signatures d\'habitants est inscrite à l\'ordre du jour du conseil municipal.</p>'
               '<a href="/initiatives" class="button button__sm button__secondary">Voir les pétitions</a></section>',
             platforms={"decidim"}),
        page(bp, "Budget participatif 2025", m.prose(
            "300 000 € pour réaliser les projets imaginés par les habitants, dont un tiers réservé aux deux quartiers prioritaires.",
            "<strong>Calendrier :</strong> dépôt des idées (octobre-novembre 2024), étude de faisabilité par les services (décembre-février), "
            "<strong>vote des habitants du 1er au 30 avril 2025</strong>, réalisation des projets lauréats en 2025-2026.")
             + '<div class="process-header__phase"><span>Phase actuelle :</span> <strong>Vote des projets</strong></div>'
             + m.links([(f"{bp}/f/12/budgets/3/projects", "Voter pour les projets"), (f"{bp}/f/11/proposals", "Les idées déposées")], "tab-x-container"),
             {"participatory_budget"}, platforms={"decidim"}),
        page(f"{bp}/f/11/proposals", "Les idées déposées", m.prose("142 idées ont été déposées. Le dépôt est clos ; les idées retenues "
                                                                   "après étude sont soumises au vote.")
             + '<div id="proposals" class="card__list-list">'
             + f'<a href="{bp}/f/11/proposals/87" class="card__list" id="proposals__proposal_87"><div class="card__list-content">'
               '<h3 class="card__list-title">Un jardin partagé au pied des tours du Bois-Joli</h3><div class="card__list-metadata">'
               '<span>3 commentaires</span> <span>Retenue</span></div></div></a>'
             + "".join(f'<div class="card__list" id="proposals__proposal_{pid}"><div class="card__list-content"><h3 class="card__list-title">{t}</h3>'
                       f'<div class="card__list-metadata"><span>{c} commentaires</span> <span>{st}</span></div></div></div>'
                       for pid, t, c, st in [(91, "Réparer les ascenseurs de la tour 4", 5, "Non retenue : relève du bailleur"),
                                             (96, "Des boîtes à livres dans chaque quartier", 2, "Retenue")]) + "</div>",
             {"participatory_budget"}, platforms={"decidim"}),
        page(f"{bp}/f/11/proposals/87", "Un jardin partagé au pied des tours du Bois-Joli", m.prose(
            "Sur la pelouse entre les tours 2 et 3, créer un jardin partagé avec des bacs surélevés accessibles aux personnes âgées, "
            "un cabanon à outils et un récupérateur d'eau. L'association des locataires est prête à en assurer la gestion.",
            "<strong>Réponse de la Ville :</strong> idée retenue pour le vote, coût estimé 18 000 €, accord de principe du bailleur Val-d'Oise Habitat.")
             + m.decidim_comments("Proposal", 87, [
                 (1201, "Nadia K.", "03/11/2024", "Super idée, on pourrait associer l'école maternelle."),
                 (1204, "Bernard", "05/11/2024", "Attention à l'arrosage l'été, il faut prévoir qui s'en occupe."),
                 (1210, "Association des locataires Bois-Joli", "07/11/2024", "Nous avons déjà 12 familles intéressées !")]),
             {"participatory_budget", "comments"}, platforms={"decidim"}),
        page(f"{bp}/f/12/budgets/3/projects", "Votez pour vos projets préférés", m.prose(
            "Vous disposez de 300 000 € : sélectionnez les projets que vous souhaitez voir réalisés, puis confirmez votre vote.")
             + '<div class="budget-summary" data-progress-reference="budget-summary"><div class="budget-summary__progressbar">'
               '<span class="budget-summary__total">Attribué : 0 €</span> / 300 000 €</div></div>'
             + f'<div class="budget__list">{rows}</div>'
             + '<button class="button button__lg button__secondary" disabled="disabled" data-toggle="budget-confirm">Voter</button>',
             {"participatory_budget"}, platforms={"decidim"}),
        page("/processes/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Cet espace est celui des conseils citoyens des Tilleuls - Bois-Joli et de la Croix-Blanche : ordres du jour, "
            "comptes rendus, réunions publiques et appels à rejoindre les conseils.",
            "Les conseils citoyens sont des instances indépendantes créées par la loi du 21 février 2014. Ils co-construisent "
            "le contrat de ville avec l'État, l'agglomération et la Ville.")
             + '<div class="meeting-list"><h2 class="h4">Prochaines réunions</h2><ul>'
               '<li class="card__list">Conseil citoyen des Tilleuls - mardi 18 mars, 18h30, Maison de quartier</li>'
               '<li class="card__list">Conseil citoyen de la Croix-Blanche - jeudi 20 mars, 18h30, école Langevin</li></ul></div>',
             {"participation_displayed"}, platforms={"decidim"}),
        page("/processes/quartier-croix-blanche", "La Croix-Blanche demain : votre avis", m.prose(
            "Avant l'étude urbaine du quartier, la Ville et le conseil citoyen veulent connaître vos usages et vos attentes. "
            "Le questionnaire prend 10 minutes. Il est aussi disponible sur papier à l'école Paul-Langevin.")
             + '<div class="questionnaire"><form class="form answer-questionnaire" id="new_questionnaire" action="/processes/quartier-croix-blanche/f/15/questionnaire/answer" accept-charset="UTF-8" method="post">'
               '<div class="questionnaire-question" id="questionnaire_question_1"><label class="questionnaire-question__label">1. Depuis combien de temps habitez-vous le quartier ?</label>'
               '<div class="radio-button-collection"><label><input type="radio" name="questionnaire[responses][0][choices][][answer_option_id]" value="11" /> Moins de 2 ans</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][answer_option_id]" value="12" /> De 2 à 10 ans</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][answer_option_id]" value="13" /> Plus de 10 ans</label></div></div>'
               '<div class="questionnaire-question" id="questionnaire_question_2"><label class="questionnaire-question__label">2. Qu\'est-ce qui manque le plus au quartier ?</label>'
               '<textarea name="questionnaire[responses][1][body]" rows="4"></textarea></div>'
               '<div class="questionnaire-question" id="questionnaire_question_3"><label class="questionnaire-question__label">3. Vous sentez-vous en sécurité le soir ?</label>'
               '<div class="radio-button-collection"><label><input type="radio" name="questionnaire[responses][2][choices][][answer_option_id]" value="21" /> Oui</label>'
               '<label><input type="radio" name="questionnaire[responses][2][choices][][answer_option_id]" value="22" /> Plutôt oui</label>'
               '<label><input type="radio" name="questionnaire[responses][2][choices][][answer_option_id]" value="23" /> Plutôt non</label>'
               '<label><input type="radio" name="questionnaire[responses][2][choices][][answer_option_id]" value="24" /> Non</label></div></div>'
               '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1" /> J\'accepte les conditions d\'utilisation</label>'
               '<button type="submit" class="button button__lg button__secondary">Envoyer</button></form></div>',
             {"poll"}, platforms={"decidim"}),
        page("/initiatives", "Pétitions citoyennes", m.prose(
            "Tout habitant peut lancer une pétition locale sur un sujet de compétence communale. Si elle recueille 500 signatures "
            "en trois mois, elle est examinée en conseil municipal.")
             + '<div class="card__list-list">'
               '<a href="/initiatives/i-7" class="card__list" id="initiatives__initiative_7"><div class="card__list-content"><h3 class="card__list-title">'
               'Pour un passage piéton sécurisé devant le collège Jean-Moulin</h3><div class="card__list-metadata"><span>Signatures : 386 / 500</span> <span>Ouverte</span></div></div></a>'
               '<a href="/initiatives/i-5" class="card__list" id="initiatives__initiative_5"><div class="card__list-content"><h3 class="card__list-title">'
               'Rouvrir les toilettes publiques du parc</h3><div class="card__list-metadata"><span>Signatures : 512 / 500</span> <span>Réponse donnée</span></div></div></a></div>'
             + '<a href="/users/sign_in" class="button button__sm button__secondary">Lancer une pétition</a>',
             {"petition"}, platforms={"decidim"}),
        page("/initiatives/i-7", "Pour un passage piéton sécurisé devant le collège Jean-Moulin", m.prose(
            "Chaque matin, plus de 600 collégiens traversent l'avenue de la Libération sans feu ni ralentisseur. "
            "Nous demandons un plateau surélevé et un passage piéton éclairé devant l'entrée du collège.",
            "Pétition lancée par l'association des parents d'élèves FCPE du collège Jean-Moulin.")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">386</span>'
               '<span class="progress-bar__total">/ 500 signatures</span></div>'
               '<form class="button_to" method="post" action="/initiatives/i-7/initiative_signatures"><button class="button button__lg button__secondary" type="submit">'
               'Signer</button></form><p class="text-sm">Clôture le 31 mai 2025</p></div>'
             + m.decidim_comments("Initiative", 7, [(1288, "Sophie L.", "12/02/2025", "Mon fils a failli être renversé en janvier.")], logged_in_form=False),
             {"petition", "comments"}, platforms={"decidim"}),
        # an answered petition: signatures are closed, nothing can be signed or started on this page
        page("/initiatives/i-5", "Rouvrir les toilettes publiques du parc", m.prose(
            "<strong>Signatures closes - réponse donnée.</strong> Cette pétition a recueilli 512 signatures et a été examinée "
            "par le conseil municipal du 12 décembre 2024.",
            "<strong>Réponse de la Ville :</strong> les toilettes du parc de la Brosne seront rénovées et rouvertes au printemps, "
            "avec une ouverture de 8h à 20h d'avril à octobre.")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">512</span>'
               '<span class="progress-bar__total">/ 500 signatures</span></div><span class="label success">Acceptée</span></div>',
             decoys={"petition"}, platforms={"decidim"}),
        page("/processes/renouvellement-tilleuls", "Renouvellement urbain des Tilleuls", m.prose(
            "<strong>Ce processus est terminé.</strong> La concertation sur le projet de renouvellement urbain s'est déroulée "
            "de janvier à juin 2023. Le questionnaire a recueilli 634 réponses.",
            "<strong>Résultats :</strong> 58 % des répondants approuvent la démolition de la barre Utrillo, 77 % souhaitent "
            "des commerces en rez-de-chaussée, 81 % demandent des espaces verts. Le bilan de la concertation a été approuvé "
            "par le conseil municipal du 28 septembre 2023.")
             + '<div class="process-header__phase"><span>Phase :</span> <strong>Terminé</strong></div>'
             + m.links([("/uploads/decidim/attachment/file/58/bilan_concertation_npnru.pdf", "Bilan de la concertation (PDF, 3,1 Mo)")]),
             decoys={"poll"}, platforms={"decidim"}),
    ]
    return Site(VDB_DECIDIM, "decidim", "Participer à Val-de-Brosne", pages,
                menu=[("Accueil", "/"), ("Budget participatif", "/processes/budget-participatif-2025"), ("Pétitions", "/initiatives"),
                      ("Site de la Ville", f"http://{VDB}/")],
                features=frozenset({PF}), platforms=frozenset({"decidim"}))


def val_de_brosne() -> City:
    return City("99521", "Val-de-Brosne", 61240, "95", "11", "Île-de-France", f"http://{VDB}/",
                [_vdb_www(), _vdb_decidim()])


# =====================================================================================================
# 99522 Liévrecourt (62): a home-made site of the 2000s, drawn by a script; a phpBB board for residents
# =====================================================================================================

LIE = "www.ville-lievrecourt.fr"
LIE_FORUM = "forum.ville-lievrecourt.fr"
LIE_MENU = [("Accueil", "/"), ("La Mairie", "/mairie/"), ("Politique de la ville", "/quartiers/"),
            ("Actualités", "/actualites/"), ("Vie pratique", "/vie-pratique/"), ("Nous écrire", "/mairie/contact.php"),
            ("Forum des habitants", f"http://{LIE_FORUM}/")]
LIE_ADDRESS = "Mairie de Liévrecourt - Place Jean-Jaurès - 62790 Liévrecourt - Tél. 03 21 00 00 00"


def _lie_news(items):
    return m.old_table([[d, f'<a href="{h}">{t}</a>'] for h, d, t in items], ["Date", "Information"])


def _lie_www():
    home_poll = ('<table width="100%" border="0" cellpadding="6" cellspacing="0" bgcolor="#F4F4E8"><tr><td>'
                 '<form name="sondage" method="post" action="/sondage/vote.php"><b><font color="#990000">SONDAGE DU MOIS</font></b><br>'
                 'Seriez-vous favorable à l\'ouverture de la médiathèque le dimanche matin ?<br>'
                 '<input type="radio" name="reponse" value="1"> Oui<br><input type="radio" name="reponse" value="2"> Non<br>'
                 '<input type="radio" name="reponse" value="3"> Sans opinion<br><input type="hidden" name="id_sondage" value="37">'
                 '<input type="submit" name="Submit" value="Voter"></form>'
                 '<a href="/sondage/resultats.php">R&eacute;sultats des sondages pr&eacute;c&eacute;dents</a></td></tr></table>')
    pages = [
        page("/", "Accueil", '<table width="100%" border="0" cellpadding="4"><tr><td valign="top" width="65%">'
             + m.prose("<b>Le mot du Maire</b>",
                       "Chères Liévrecourtoises, chers Liévrecourtois, le site de la Ville fait peau neuve... ou presque ! "
                       "Vous y trouverez toutes les informations utiles sur les services municipaux, les démarches et la vie de nos quartiers. "
                       "N'hésitez pas à nous écrire et à participer au forum des habitants.")
             + "<p><b>FLASH INFOS</b></p>"
             + _lie_news([("/actualites/2025/reunion-publique-npnru.php", "17/02/2025", "Réunion publique sur le renouvellement urbain des Provinces"),
                          ("/actualites/2025/forum-emploi.php", "03/02/2025", "Forum pour l'emploi le 6 mars à la salle Coubertin"),
                          ("/quartiers/questionnaire.php", "27/01/2025", "Cité des Provinces : répondez au questionnaire !"),
                          ("/quartiers/fih.php", "10/01/2025", "Fonds d'initiatives habitants : à vos projets")])
             + '</td><td valign="top" width="35%">' + home_poll
             + '<p><img src="/images/fb.gif" width="16" height="16" alt=""> Suivez l\'actualité du centre social Jean-Macé sur '
               '<a href="https://www.facebook.com/centresocialjeanmace" target="_blank">sa page Facebook</a></p></td></tr></table>',
             {"poll"}, decoys={"social_account"}),
        page("/mairie/", "La Mairie", m.prose("Horaires d'ouverture : lundi au vendredi 8h30-12h / 13h30-17h30. Samedi 9h-12h.")
             + m.links([("/mairie/conseil-municipal.php", "Le conseil municipal"), ("/mairie/budget.php", "Le budget communal"),
                        ("/mairie/marches-publics.php", "Marchés publics"), ("/mairie/contact.php", "Écrire à la mairie")])),
        page("/mairie/conseil-municipal.php", "Le conseil municipal", m.prose(
            "Le conseil municipal se compose de 33 élus. Les séances sont publiques ; l'ordre du jour est affiché en mairie "
            "cinq jours francs avant la séance. Le public peut y assister mais ne peut pas prendre la parole.",
            "<b>Prochaine séance : jeudi 27 mars 2025 à 18h30, salle du conseil.</b>")
             + m.old_table([[m.pdf("/documents/cm/cr_cm_2024-12-19.pdf", "Compte rendu du 19 décembre 2024", "412 Ko")],
                            [m.pdf("/documents/cm/cr_cm_2024-10-10.pdf", "Compte rendu du 10 octobre 2024", "388 Ko")],
                            [m.pdf("/documents/cm/cr_cm_2024-06-27.pdf", "Compte rendu du 27 juin 2024", "455 Ko")],
                            [m.pdf("/documents/cm/reglement_interieur_cm.pdf", "Règlement intérieur du conseil municipal", "210 Ko")]],
                           ["Documents"]),
             decoys={"participation_displayed"}),
        page("/mairie/budget.php", "Le budget communal", m.prose(
            "Budget primitif 2025 voté le 19 décembre 2024 : 34,6 M€ (fonctionnement 27,9 M€, investissement 6,7 M€).",
            "Le rapport d'orientation budgétaire et les comptes administratifs sont téléchargeables ci-dessous.")
             + m.old_table([["2025", m.pdf("/documents/budget/bp2025.pdf", "Budget primitif 2025", "1,8 Mo")],
                            ["2025", m.pdf("/documents/budget/rob2025.pdf", "Rapport d'orientation budgétaire", "940 Ko")],
                            ["2023", m.pdf("/documents/budget/ca2023.pdf", "Compte administratif 2023", "2,2 Mo")]],
                           ["Année", "Document"]),
             decoys={"participatory_budget"}),
        page("/mairie/marches-publics.php", "Marchés publics", m.prose(
            "Les avis d'appel public à la concurrence de la Ville sont publiés sur la plateforme de dématérialisation "
            "<a href=\"https://www.marches-publics.info\">marches-publics.info</a>. Les dossiers de consultation des entreprises (DCE) "
            "y sont téléchargeables gratuitement.")
             + m.old_table([["2025-03", "Réhabilitation de la maison de quartier Jean-Macé - lots 1 à 9", "14/03/2025 12h00"],
                            ["2025-02", "Fourniture de repas pour la restauration scolaire", "28/02/2025 12h00"],
                            ["2025-01", "Appel à candidatures : occupation du domaine public - kiosque du parc", "21/02/2025 17h00"]],
                           ["N°", "Objet", "Date limite"]),
             decoys={"suggestion_call"}),
        page("/mairie/contact.php", "Nous écrire", m.prose(
            "Vous pouvez écrire aux services municipaux en remplissant le formulaire ci-dessous. Les champs marqués d'une * sont obligatoires.")
             + '<form name="form1" method="post" action="/mairie/envoi_mail.php"><table width="100%" border="0" cellspacing="2" cellpadding="2">'
               '<tr><td width="30%">Nom * :</td><td><input name="nom" type="text" size="40"></td></tr>'
               '<tr><td>Prénom :</td><td><input name="prenom" type="text" size="40"></td></tr>'
               '<tr><td>Adresse e-mail * :</td><td><input name="email" type="text" size="40"></td></tr>'
               '<tr><td>Service concerné :</td><td><select name="service"><option>Accueil - État civil</option><option>Services techniques</option>'
               '<option>Politique de la ville</option><option>Enfance - Jeunesse</option><option>Cabinet du Maire</option></select></td></tr>'
               '<tr><td valign="top">Votre message * :</td><td><textarea name="message" cols="45" rows="8"></textarea></td></tr>'
               '<tr><td>&nbsp;</td><td><input type="submit" name="Submit" value="Envoyer"> <input type="reset" name="Reset" value="Effacer"></td></tr>'
               '</table></form>',
             {"contact_form"}),
        page("/quartiers/", "Politique de la ville", m.prose(
            "Deux quartiers de Liévrecourt sont classés quartiers prioritaires de la politique de la ville : la <b>Cité des Provinces</b> "
            "(3 900 habitants) et les <b>Hauts-Champs</b> (2 100 habitants). Le service Politique de la ville, installé à la maison "
            "de quartier Jean-Macé, coordonne les actions menées avec l'État, la Communauté d'agglomération, le Département, "
            "la CAF du Pas-de-Calais et les bailleurs.")
             + m.old_table([['<a href="/quartiers/conseil-citoyen.php">Les conseils citoyens</a>', "Les habitants dans le pilotage du contrat de ville"],
                            ['<a href="/quartiers/comites.php">Les comités de quartier</a>', "Réunions publiques par secteur"],
                            ['<a href="/quartiers/fih.php">Le Fonds d\'initiatives habitants</a>', "Une aide pour vos projets"],
                            ['<a href="/quartiers/questionnaire.php">Questionnaire Cité des Provinces</a>', "Donnez votre avis"],
                            ['<a href="/quartiers/maison-quartier.php">La maison de quartier Jean-Macé</a>', "Centre social agréé CAF"],
                            ['<a href="/quartiers/contrat-de-ville.php">Le contrat de ville</a>', "Documents à télécharger"]],
                           ["Rubrique", "Contenu"])),
        page("/quartiers/conseil-citoyen.php", "Les conseils citoyens", m.prose(
            "Chaque quartier prioritaire dispose d'un conseil citoyen, composé d'habitants tirés au sort sur les listes électorales "
            "et les fichiers des bailleurs, de volontaires et de représentants d'associations et de commerçants.",
            "Les conseils citoyens de la Cité des Provinces et des Hauts-Champs participent aux comités de pilotage du contrat de ville "
            "et au projet de renouvellement urbain. Ils organisent chaque année une « marche exploratoire » avec les services techniques "
            "et les bailleurs pour relever les problèmes d'éclairage, de propreté et de sécurité.",
            "Les conseils se réunissent une fois par mois à la maison de quartier Jean-Macé. Les réunions sont ouvertes aux habitants. "
            "Les membres échangent aussi sur le <a href=\"http://" + LIE_FORUM + "/viewforum.php?f=4\">forum des habitants</a>.")
             + m.old_table([[m.pdf("/documents/quartiers/cc_provinces_composition.pdf", "Composition du conseil citoyen des Provinces", "85 Ko")],
                            [m.pdf("/documents/quartiers/cc_marche_exploratoire_2024.pdf", "Compte rendu de la marche exploratoire 2024", "1,3 Mo")],
                            [m.pdf("/documents/quartiers/cc_hauts_champs_rapport_2024.pdf", "Rapport d'activité 2024 du conseil citoyen des Hauts-Champs", "620 Ko")]]),
             {"participation_displayed"}),
        page("/quartiers/comites.php", "Les comités de quartier", m.prose(
            "Quatre comités de quartier réunissent deux fois par an les habitants, les élus de secteur et les services : "
            "Centre - Gare, Cité des Provinces, Hauts-Champs, Le Marais. On y parle voirie, stationnement, propreté, animations. "
            "Chaque réunion fait l'objet d'un compte rendu diffusé dans les boîtes aux lettres et publié ci-dessous.")
             + m.old_table([["Centre - Gare", "Mardi 8 avril 2025, 18h30", "Salle des fêtes"],
                            ["Cité des Provinces", "Jeudi 10 avril 2025, 18h30", "Maison de quartier Jean-Macé"],
                            ["Hauts-Champs", "Mardi 15 avril 2025, 18h30", "École Jules-Ferry"],
                            ["Le Marais", "Jeudi 17 avril 2025, 18h30", "Foyer rural"]],
                           ["Comité", "Prochaine réunion", "Lieu"]),
             {"participation_displayed"}),
        page("/quartiers/fih.php", "Le Fonds d'initiatives habitants (FIH)", m.prose(
            "<b>Vous habitez la Cité des Provinces ou les Hauts-Champs et vous avez un projet pour votre quartier ?</b>",
            "Le Fonds d'initiatives habitants, financé par l'État et la Ville, soutient les projets collectifs d'habitants : "
            "fête des voisins, sortie à la mer, atelier cuisine, jardin, tournoi sportif, exposition... "
            "L'aide va de 100 € à 1 000 € par projet. Pas besoin d'être une association : il suffit d'être au moins trois habitants.",
            "Le dossier est à retirer à la maison de quartier Jean-Macé ou à télécharger ci-dessous. "
            "Le comité de gestion du FIH, composé d'habitants, examine les dossiers le premier lundi de chaque mois.")
             + m.old_table([[m.pdf("/documents/quartiers/fih_dossier_2025.pdf", "Dossier de demande FIH 2025", "120 Ko")],
                            [m.pdf("/documents/quartiers/fih_charte.pdf", "Charte du Fonds d'initiatives habitants", "96 Ko")]]),
             {"suggestion_call"}),
        page("/quartiers/maison-quartier.php", "La maison de quartier Jean-Macé", m.prose(
            "La maison de quartier Jean-Macé est un centre social agréé par la CAF du Pas-de-Calais. Elle accueille les familles, "
            "les jeunes et les seniors : accueil de loisirs, ateliers parents-enfants, cours d'alphabétisation, permanences de la CAF, "
            "de la Mission locale et d'un écrivain public.",
            "Inscriptions aux activités : sur place, muni de votre attestation de quotient familial et du carnet de santé de l'enfant.",
            "Rue de Bourgogne - Tél. 03 21 00 00 40 - Ouvert du lundi au vendredi de 9h à 12h et de 13h30 à 18h30.")
             + m.old_table([[m.pdf("/documents/quartiers/mq_fiche_inscription_2025.pdf", "Fiche d'inscription 2024-2025", "180 Ko")],
                            [m.pdf("/documents/quartiers/mq_programme_vacances_hiver.pdf", "Programme des vacances d'hiver", "2,1 Mo")]])),
        page("/quartiers/contrat-de-ville.php", "Le contrat de ville", m.prose(
            "Le contrat de ville de l'agglomération, signé en 2024 pour la période 2024-2030, prévoit la participation des habitants "
            "à toutes les étapes. Il est complété chaque année par un appel à projets destiné aux associations.")
             + m.old_table([[m.pdf("/documents/quartiers/contrat_ville_2024_2030.pdf", "Contrat de ville 2024-2030", "5,2 Mo")],
                            [m.pdf("/documents/quartiers/cdv_convention_gup.pdf", "Convention de gestion urbaine et sociale de proximité", "700 Ko")],
                            [m.pdf("/documents/quartiers/cdv_evaluation_2015_2023.pdf", "Évaluation du contrat 2015-2023", "3,0 Mo")]]),
             decoys={"participation_displayed"}),
        page("/quartiers/questionnaire.php", "Cité des Provinces : votre avis compte !", m.prose(
            "Dans le cadre du projet de renouvellement urbain, la Ville, Pas-de-Calais Habitat et le conseil citoyen lancent un questionnaire "
            "auprès des habitants de la Cité des Provinces : logement, espaces extérieurs, commerces, transports. "
            "Il est anonyme et ne prend que quelques minutes. Version papier disponible à la maison de quartier.")
             + m.google_form("1FAIpQLSd7xKq3mTg0pRz8WvN2bYc5hLs9JfE4uA6oQiD1kM0nXeVtCw", "Questionnaire habitants Cité des Provinces"),
             {"poll"}),
        page("/actualites/", "Actualités", _lie_news([
            ("/actualites/2025/reunion-publique-npnru.php", "17/02/2025", "Réunion publique sur le renouvellement urbain des Provinces"),
            ("/actualites/2025/forum-emploi.php", "03/02/2025", "Forum pour l'emploi le 6 mars"),
            ("/quartiers/questionnaire.php", "27/01/2025", "Questionnaire Cité des Provinces"),
            ("/sondage/resultats.php", "06/01/2025", "Résultats du sondage sur les illuminations de Noël")])),
        page("/actualites/2025/forum-emploi.php", "Forum pour l'emploi", m.prose(
            "Jeudi 6 mars 2025, de 9h à 13h, salle Coubertin : forum pour l'emploi et la formation organisé par la Ville, "
            "France Travail et la Maison de l'emploi de l'agglomération. Une trentaine d'employeurs recrutent : grande distribution, "
            "logistique, aide à domicile, bâtiment. Pensez à apporter votre CV !"),
             decoys={"forum"}),
        page("/actualites/2025/reunion-publique-npnru.php", "Réunion publique : le renouvellement urbain des Provinces", m.prose(
            "Le maire et Pas-de-Calais Habitat présenteront l'avancement du projet de renouvellement urbain de la Cité des Provinces "
            "le mardi 11 mars à 18h30 à la maison de quartier Jean-Macé : calendrier des démolitions, relogement, nouveaux espaces publics.",
            "Entrée libre.",
            "Le collectif des locataires de la rue de Bourgogne, opposé à la démolition de leur immeuble, a lancé une pétition "
            "sur <a href=\"https://www.change.org/p/non-a-la-demolition-de-la-rue-de-bourgogne\">change.org</a> ; "
            "le maire recevra ses représentants le 4 mars.")
             + m.old_table([[m.pdf("/documents/quartiers/npnru_plan_guide.pdf", "Plan guide du projet", "4,4 Mo")]]),
             decoys={"participation_displayed", "petition"}),
        page("/sondage/resultats.php", "Résultats des sondages", m.prose("Les sondages précédents sont clos. Merci de votre participation.")
             + m.old_table([["Décembre 2024", "Faut-il maintenir les illuminations de Noël jusqu'au 15 janvier ?", "Oui 61 % - Non 33 % - Sans opinion 6 % (214 votants)"],
                            ["Novembre 2024", "Utilisez-vous le parking relais de la gare ?", "Oui 28 % - Non 72 % (167 votants)"],
                            ["Octobre 2024", "Le marché du samedi doit-il s'agrandir ?", "Oui 70 % - Non 30 % (198 votants)"]],
                           ["Mois", "Question", "Résultats"]),
             decoys={"poll"}),
        page("/vie-pratique/", "Vie pratique", m.links([("/vie-pratique/etat-civil.php", "État civil : actes et démarches"),
                                                         ("/vie-pratique/cantine.php", "Restauration scolaire")])),
        page("/vie-pratique/etat-civil.php", "État civil", m.prose(
            "Demandes d'actes de naissance, de mariage ou de décès : à l'accueil de la mairie ou sur service-public.fr. "
            "Cartes d'identité et passeports : uniquement sur rendez-vous (03 21 00 00 00), après pré-demande sur le site de l'ANTS.")),
        page("/vie-pratique/cantine.php", "Restauration scolaire", m.prose(
            "Le dossier d'inscription à la restauration scolaire 2025-2026 est à déposer au service Enfance avant le 30 juin. "
            "Le tarif du repas dépend du quotient familial CAF (de 0,90 € à 3,80 €).")
             + m.old_table([[m.pdf("/documents/enfance/dossier_cantine_2025.pdf", "Dossier d'inscription", "230 Ko")],
                            [m.pdf("/documents/enfance/menus_mars_2025.pdf", "Menus de mars", "140 Ko")]])),
    ]
    return Site(LIE, "vendor", "Liévrecourt", pages, menu=LIE_MENU, address=LIE_ADDRESS)


def _lie_forum():
    pages = [
        page("/", "Index du forum", m.prose(
            "Bienvenue sur le forum des habitants de Liévrecourt. Il est animé par le service Politique de la ville et modéré "
            "selon la charte (voir la FAQ). Inscription gratuite. <a href=\"http://" + LIE + "/\">Retour au site de la Ville</a>")
             + m.phpbb_forumlist([
                 ("Vie des quartiers", [
                     (2, "Cité des Provinces - Hauts-Champs", "Propreté, voirie, animations, vie de tous les jours.", 48, 312, "mar. 18 févr. 2025 21:04"),
                     (3, "Centre - Gare - Le Marais", "Tout ce qui concerne le centre et la gare.", 21, 117, "dim. 16 févr. 2025 10:47")]),
                 ("Participation", [
                     (4, "Conseil citoyen des Provinces", "Les membres et les habitants échangent sur les travaux du conseil citoyen.", 17, 96, "ven. 14 févr. 2025 19:12")])]),
             {"forum"}),
        page("/viewforum.php?f=2", "Cité des Provinces - Hauts-Champs", m.phpbb_topiclist(2, [
            (112, "Éclairage rue de Normandie en panne depuis 3 semaines", "jeanmi62", 7, 241, "mar. 18 févr. 2025 21:04"),
            (98, "Dépôts sauvages derrière le bâtiment C", "Lulu", 9, 305, "lun. 10 févr. 2025 08:55")]),
             {"forum"}, parent=("Index du forum", "/")),
        page("/viewforum.php?f=3", "Centre - Gare - Le Marais", m.phpbb_topiclist(3, [
            (121, "Stationnement minute devant la boulangerie de la gare", "Marcel_L", 4, 133, "dim. 16 févr. 2025 10:47"),
]),
             {"forum"}, parent=("Index du forum", "/")),
        page("/viewforum.php?f=4", "Conseil citoyen des Provinces", m.phpbb_topiclist(4, [
            (131, "Préparation de la marche exploratoire 2025", "CC_Provinces", 5, 122, "ven. 14 févr. 2025 19:12"),
            (125, "Vos questions pour la réunion publique du 11 mars", "CC_Provinces", 8, 201, "jeu. 13 févr. 2025 18:40")]),
             {"forum"}, parent=("Index du forum", "/")),
        page("/viewtopic.php?t=112", "Éclairage rue de Normandie en panne depuis 3 semaines", m.phpbb_topic(2, 112, "Éclairage rue de Normandie en panne depuis 3 semaines", [
            (1501, "jeanmi62", "mar. 28 janv. 2025 20:15", "<p>Bonsoir, trois lampadaires sont éteints entre le n° 12 et le n° 30. Le soir c'est tout noir, les enfants rentrent du sport à pied.</p>"),
            (1507, "Lulu", "mer. 29 janv. 2025 07:42", "<p>Pareil côté parking. J'ai appelé la mairie la semaine dernière.</p>"),
            (1522, "Modération PdV", "ven. 31 janv. 2025 11:03", "<p>Bonjour, le signalement a été transmis aux services techniques. Une intervention est prévue lundi.</p>"),
            (1560, "jeanmi62", "mar. 18 févr. 2025 21:04", "<p>C'est réparé, merci !</p>")]),
             {"forum"}, parent=("Cité des Provinces - Hauts-Champs", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=98", "Dépôts sauvages derrière le bâtiment C", m.phpbb_topic(2, 98, "Dépôts sauvages derrière le bâtiment C", [
            (1410, "Lulu", "lun. 20 janv. 2025 18:20", "<p>Encore des matelas et un frigo derrière le C. Ça attire les rats.</p>"),
            (1413, "Karim59", "lun. 20 janv. 2025 19:02", "<p>Il faudrait que le bailleur mette une benne à encombrants une fois par mois.</p>"),
            (1438, "Sabrina", "lun. 10 févr. 2025 08:55", "<p>On peut en parler au conseil citoyen, ils voient le bailleur en mars.</p>")]),
             {"forum"}, parent=("Cité des Provinces - Hauts-Champs", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=131", "Préparation de la marche exploratoire 2025", m.phpbb_topic(4, 131, "Préparation de la marche exploratoire 2025", [
            (1588, "CC_Provinces", "lun. 10 févr. 2025 17:30", "<p>La marche exploratoire aura lieu le samedi 5 avril. Proposez ici les lieux à visiter.</p>"),
            (1590, "Fatima", "lun. 10 févr. 2025 18:45", "<p>Le passage sous la voie ferrée, il n'y a aucune lumière.</p>"),
            (1602, "Dédé", "ven. 14 févr. 2025 19:12", "<p>Les trottoirs de la rue d'Artois pour les poussettes.</p>")]),
             {"forum"}, parent=("Conseil citoyen des Provinces", "/viewforum.php?f=4")),
        page("/viewtopic.php?t=125", "Vos questions pour la réunion publique du 11 mars", m.phpbb_topic(4, 125, "Vos questions pour la réunion publique du 11 mars", [
            (1570, "CC_Provinces", "jeu. 6 févr. 2025 18:00", "<p>Le conseil citoyen rassemble les questions des habitants pour la réunion publique sur le renouvellement urbain. Postez-les ici.</p>"),
            (1574, "Nordine", "jeu. 6 févr. 2025 20:31", "<p>Est-ce que les locataires relogés garderont le même loyer ?</p>"),
            (1581, "Mme Delattre", "ven. 7 févr. 2025 10:15", "<p>Que deviendra l'école maternelle pendant les travaux ?</p>")]),
             {"forum"}, parent=("Conseil citoyen des Provinces", "/viewforum.php?f=4")),
        page("/viewtopic.php?t=121", "Stationnement minute devant la boulangerie de la gare", m.phpbb_topic(3, 121, "Stationnement minute devant la boulangerie de la gare", [
            (1540, "Marcel_L", "lun. 3 févr. 2025 08:12", "<p>Il faudrait deux places « arrêt minute » devant la boulangerie, les gens se garent en double file.</p>"),
            (1546, "Christelle", "lun. 3 févr. 2025 12:40", "<p>D'accord, et surtout le matin avant l'école.</p>")]),
             {"forum"}, parent=("Centre - Gare - Le Marais", "/viewforum.php?f=3")),
    ]
    return Site(LIE_FORUM, "phpbb", "Forum des habitants de Liévrecourt", pages)


@functools.lru_cache(maxsize=None)
def _lie_sites():
    return _lie_www(), _lie_forum()


def _lie_special(request):
    site = _lie_sites()[0]
    pg = site.by_path.get(request.target)
    if pg is None:
        return None
    doc = m.homemade_document("Liévrecourt", pg.title, LIE_MENU, pg.body, "24/02/2025",
                              [("Plan du site", "/"), ("Mentions légales", "/mentions-legales"), ("Contact", "/mairie/contact.php")],
                              LIE_ADDRESS, "Pas-de-Calais")
    return Reply(200, [("Content-Type", "text/html; charset=iso-8859-1")], doc.encode("iso-8859-1", "xmlcharrefreplace"))


def lievrecourt() -> City:
    return City("99522", "Liévrecourt", 28730, "62", "32", "Hauts-de-France", f"http://{LIE}/", list(_lie_sites()),
                decoy_accounts=("https://www.facebook.com/centresocialjeanmace",))


# =====================================================================================================
# 99523 Fontcharrier (42): Joomla 3 with com_contact and RSForm!; Cap Collectif for the participatory budget
# =====================================================================================================

FON = "www.fontcharrier.fr"
FON_CAPCO = "jeparticipe.fontcharrier.fr"
FQ = "/index.php/vie-des-quartiers"
FD = "/index.php/democratie-participative"
FA = "/index.php/actualites"


def _joomla_blog(items):
    """A Joomla category blog: (href, title, intro)."""
    return '<div class="blog" itemscope itemtype="https://schema.org/Blog">' + "".join(
        f'<div class="items-row cols-1 row-0 row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="page-header"><h2 itemprop="name"><a href="{h}" itemprop="url">{t}</a></h2></div><p>{i}</p>'
        f'<p class="readmore"><a class="btn" href="{h}" itemprop="url"><span class="icon-chevron-right" aria-hidden="true"></span> Lire la suite...</a></p>'
        '</div></div></div>' for h, t, i in items) + "</div>"


def _fon_www():
    pages = [
        page("/", "Accueil", m.prose(
            "<strong>Bienvenue à Fontcharrier !</strong> Retrouvez l'actualité de la ville, vos démarches et la vie de vos quartiers.")
             + _joomla_blog([
                 (f"{FD}/budget-participatif", "Budget participatif : à vous de voter !", "Du 2 au 31 mai, choisissez les projets qui seront réalisés."),
                 (f"{FQ}/conseils-citoyens/appel-a-candidatures", "Rejoignez le conseil citoyen de Montplaisir", "Le conseil citoyen recrute de nouveaux membres."),
                 (f"{FA}/forum-des-associations", "Forum des associations", "Samedi 6 septembre au gymnase Jean-Moulin."),
                 (f"{FA}/enquete-forez-habitat", "Enquête de satisfaction de Forez Habitat", "Les locataires vont être sollicités par téléphone."),
             ])),
        page(FQ, "Vie des quartiers", m.prose(
            "Fontcharrier compte deux quartiers prioritaires de la politique de la ville : <strong>Montplaisir</strong> et "
            "<strong>le Crêt-Rond</strong>. Trois centres sociaux, agréés par la CAF de la Loire, y animent la vie locale.")
             + _joomla_blog([
                 (f"{FQ}/conseils-citoyens", "Les conseils citoyens", "Deux conseils citoyens pour deux quartiers."),
                 (f"{FQ}/fonds-participation-habitants", "Le Fonds de participation des habitants", "Déposez votre projet en ligne."),
                 (f"{FQ}/centres-sociaux", "Les centres sociaux", "Adresses, horaires et activités."),
                 (f"{FQ}/centres-sociaux/inscriptions", "Inscriptions aux activités des centres sociaux", "Formulaire d'inscription."),
             ])),
        page(f"{FQ}/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Les conseils citoyens de <strong>Montplaisir</strong> et du <strong>Crêt-Rond</strong> ont été installés en 2015 et renouvelés en 2024. "
            "Ils réunissent chacun une quinzaine d'habitants et d'acteurs locaux.",
            "Leur rôle : porter la parole des habitants dans le contrat de ville, participer aux comités de pilotage, "
            "donner un avis sur le projet de renouvellement urbain du Crêt-Rond et mener leurs propres actions "
            "(permanences sur le marché, enquêtes auprès des habitants, réunions publiques).",
            "Les conseils citoyens sont accompagnés par une animatrice du centre social de Montplaisir.")
             + '<table class="table table-striped"><thead><tr><th>Conseil citoyen</th><th>Réunions</th><th>Contact</th></tr></thead><tbody>'
               '<tr><td>Montplaisir</td><td>1er mardi du mois, 18h, centre social</td><td>cc.montplaisir@fontcharrier.fr</td></tr>'
               '<tr><td>Crêt-Rond</td><td>2e jeudi du mois, 18h, salle Jean-Ferrat</td><td>cc.cretrond@fontcharrier.fr</td></tr></tbody></table>'
             + m.links([(f"{FQ}/conseils-citoyens/appel-a-candidatures", "Appel à candidatures 2025")]),
             {"participation_displayed"}, parent=("Vie des quartiers", FQ)),
        # an appel à candidatures to sit on the council presents participation, but is not a call for ideas
        page(f"{FQ}/conseils-citoyens/appel-a-candidatures", "Rejoignez le conseil citoyen de Montplaisir", m.prose(
            "Le conseil citoyen de Montplaisir renouvelle une partie de ses membres. <strong>Appel à candidatures</strong> ouvert "
            "jusqu'au 15 mars 2025 aux habitants de plus de 16 ans résidant dans le quartier, aux associations et aux commerçants.",
            "Être membre du conseil citoyen, c'est participer aux réunions mensuelles, aux instances du contrat de ville et "
            "aux actions du conseil. Une formation est proposée aux nouveaux membres.",
            "Candidature : fiche à retirer au centre social de Montplaisir ou à télécharger ci-dessous.")
             + m.links([("/images/documents/cc_montplaisir_fiche_candidature.pdf", "Fiche de candidature (PDF, 110 Ko)")]),
             {"participation_displayed"}, decoys={"suggestion_call"}, parent=("Les conseils citoyens", f"{FQ}/conseils-citoyens")),
        # an online form for residents' projects: a call for projects; its free-text box is the project, not a message
        page(f"{FQ}/fonds-participation-habitants", "Le Fonds de participation des habitants", m.prose(
            "Le <strong>Fonds de participation des habitants (FPH)</strong> de Montplaisir et du Crêt-Rond aide les habitants "
            "à réaliser des projets collectifs qui favorisent le lien social : repas de quartier, sortie, atelier, embellissement. "
            "Montant maximum : 800 € par projet. Il est géré par un comité d'habitants, avec l'appui des centres sociaux.",
            "<strong>Proposez votre projet</strong> avec le formulaire ci-dessous : l'animateur du FPH vous recontactera pour préparer "
            "le passage devant le comité.")
             + m.rsform(4, f"{FQ}/fonds-participation-habitants", [
                 ("text", "Nom", "Nom du porteur de projet *", ()), ("email", "Email", "Courriel *", ()),
                 ("radio", "Quartier", "Quartier *", ("Montplaisir", "Crêt-Rond")),
                 ("text", "Titre", "Titre du projet *", ()),
                 ("textarea", "Description", "Décrivez votre projet : quoi, pour qui, quand ? *", ()),
                 ("text", "Montant", "Montant demandé (€)", ())], submit="Proposer mon projet"),
             {"suggestion_call"}, parent=("Vie des quartiers", FQ)),
        page(f"{FQ}/centres-sociaux", "Les centres sociaux", m.prose(
            "<strong>Centre social de Montplaisir</strong> - 4, place des Tilleuls - 04 77 00 00 21 - lundi au vendredi 8h30-12h, 13h30-18h30.",
            "<strong>Centre social du Crêt-Rond</strong> - 27, rue Claude-Fauriel - 04 77 00 00 22.",
            "<strong>Espace de vie sociale des Chaumes</strong> - 3, allée des Rosiers - 04 77 00 00 23.",
            "Accueil de loisirs, accompagnement à la scolarité, ateliers sociolinguistiques, sorties familiales, point numérique, "
            "permanences CAF et CPAM. Les tarifs sont calculés selon le quotient familial.")
             + m.links([(f"{FQ}/centres-sociaux/inscriptions", "S'inscrire aux activités")]),
             parent=("Vie des quartiers", FQ)),
        # a registration form, even with a free comment box, is excluded (codebook: registration forms)
        page(f"{FQ}/centres-sociaux/inscriptions", "Inscriptions aux activités des centres sociaux", m.prose(
            "Pré-inscription en ligne. Le dossier complet (attestation CAF, carnet de vaccination, assurance) sera demandé au premier accueil.")
             + m.rsform(7, f"{FQ}/centres-sociaux/inscriptions", [
                 ("text", "NomParent", "Nom du parent *", ()), ("text", "NumAllocataire", "N° allocataire CAF *", ()),
                 ("text", "NomEnfant", "Nom et prénom de l'enfant *", ()), ("date", "DateNaissance", "Date de naissance *", ()),
                 ("select", "Activite", "Activité *", ("Accueil de loisirs 3-5 ans", "Accueil de loisirs 6-11 ans", "Accompagnement à la scolarité", "Atelier sociolinguistique adultes")),
                 ("textarea", "Remarques", "Remarques (santé, allergies)", ())], submit="Envoyer ma pré-inscription"),
             decoys={"contact_form"}, parent=("Les centres sociaux", f"{FQ}/centres-sociaux")),
        page(FD, "Démocratie participative", m.prose(
            "La Ville de Fontcharrier associe les habitants aux projets qui les concernent. La <strong>charte de la démocratie participative</strong>, "
            "adoptée en 2021, prévoit : les conseils citoyens dans les quartiers prioritaires, quatre conseils de quartier, "
            "un conseil des sages, un conseil municipal des jeunes et un <strong>budget participatif</strong> annuel.",
            f"Les consultations et le budget participatif se déroulent sur la plateforme <a href=\"http://{FON_CAPCO}/\">jeparticipe.fontcharrier.fr</a>.")
             + _joomla_blog([(f"{FD}/budget-participatif", "Le budget participatif", "250 000 € pour vos projets."),
                             (f"{FQ}/conseils-citoyens", "Les conseils citoyens", "Dans les quartiers Montplaisir et Crêt-Rond.")]),
             {"participation_displayed"}),
        page(f"{FD}/budget-participatif", "Budget participatif 2024", m.prose(
            "<strong>250 000 €</strong> pour réaliser vos idées ! Le budget participatif permet à tous les Fontcharriérois "
            "de plus de 12 ans de proposer des projets d'intérêt général, puis de voter pour leurs préférés.",
            "<strong>Étape 1</strong> - dépôt des projets : du 15 janvier au 15 mars. <strong>Étape 2</strong> - analyse par les services. "
            "<strong>Étape 3</strong> - vote du 2 au 31 mai, en ligne ou dans les urnes des centres sociaux et de la mairie.",
            f"<a class=\"btn btn-primary\" href=\"http://{FON_CAPCO}/project/budget-participatif-2024/collect/deposez-vos-projets\">Je dépose mon projet</a> "
            f"<a class=\"btn\" href=\"http://{FON_CAPCO}/project/budget-participatif-2024/selection/vote\">Je vote</a>"),
             {"participatory_budget", "participation_displayed"}, parent=("Démocratie participative", FD)),
        page(FA, "Actualités", _joomla_blog([
            (f"{FA}/forum-des-associations", "Forum des associations", "Samedi 6 septembre au gymnase Jean-Moulin."),
            (f"{FA}/enquete-forez-habitat", "Enquête de satisfaction de Forez Habitat", "Les locataires vont être sollicités."),
            (f"{FA}/budget-departement", "Le Département vote son budget", "Ce qui change pour Fontcharrier."),
            (f"{FA}/fete-des-voisins", "Fête des voisins le 30 mai", "Kits disponibles en mairie."),
        ])),
        page(f"{FA}/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations revient le <strong>samedi 6 septembre de 10h à 18h</strong> au gymnase Jean-Moulin. "
            "Plus de 120 associations sportives, culturelles et solidaires vous y attendent pour les inscriptions de la rentrée. "
            "Démonstrations toute la journée, buvette tenue par le comité des fêtes."),
             decoys={"forum"}, parent=("Actualités", FA)),
        page(f"{FA}/enquete-forez-habitat", "Enquête de satisfaction de Forez Habitat", m.prose(
            "Le bailleur social Forez Habitat réalise du 10 au 28 mars son enquête triennale de satisfaction auprès de ses locataires. "
            "Un échantillon de locataires sera appelé par l'institut mandaté : propreté des parties communes, ascenseurs, "
            "traitement des réclamations, qualité du logement. Les résultats seront présentés en conseil de concertation locative.",
            "Plus d'informations sur <a href=\"https://www.forez-habitat.fr\">le site de Forez Habitat</a> ou sur sa page "
            "<a href=\"https://www.facebook.com/ForezHabitat\">Facebook</a>."),
             decoys={"poll"}, parent=("Actualités", FA)),
        page(f"{FA}/budget-departement", "Le Département vote son budget", m.prose(
            "Le Conseil départemental de la Loire a adopté son budget 2025 le 16 décembre. Pour Fontcharrier, il prévoit "
            "la rénovation du collège Jules-Vallès (4,2 M€), la poursuite de l'aménagement de la RD 8 et le financement "
            "des actions de prévention spécialisée dans les quartiers prioritaires."),
             decoys={"participatory_budget"}, parent=("Actualités", FA)),
        page(f"{FA}/fete-des-voisins", "Fête des voisins le 30 mai", m.prose(
            "Vendredi 30 mai, c'est la fête des voisins ! Kits (affiches, ballons, gobelets) disponibles à l'accueil de la mairie "
            "et dans les centres sociaux à partir du 12 mai. Pensez à prévenir la police municipale si vous occupez la voie publique."),
             parent=("Actualités", FA)),
        page("/index.php/mairie/budget", "Budget de la Ville", m.prose(
            "Le budget primitif 2025 de la Ville s'élève à 62,8 M€. La section d'investissement (14,1 M€) finance notamment "
            "la rénovation thermique des écoles et le projet de renouvellement urbain du Crêt-Rond.")
             + m.links([("/images/documents/bp2025_note_synthese.pdf", "Note de synthèse du budget primitif 2025 (PDF)"),
                        ("/images/documents/ca2023.pdf", "Compte administratif 2023 (PDF)")]),
             decoys={"participatory_budget"}),
        page("/index.php/contact", "Contactez la mairie", m.prose(
            "Hôtel de Ville - 2, place de l'Hôtel-de-Ville - 42360 Fontcharrier - 04 77 00 00 00.")
             + m.joomla_contact("/index.php/contact", "1:hotel-de-ville"),
             {"contact_form"}),
    ]
    return Site(FON, "joomla", "Ville de Fontcharrier", pages,
                menu=[("Accueil", "/"), ("Vie des quartiers", FQ), ("Démocratie participative", FD), ("Actualités", FA),
                      ("Budget", "/index.php/mairie/budget"), ("Contact", "/index.php/contact"), ("Je participe", f"http://{FON_CAPCO}/")],
                accounts=[social("facebook", "VilleDeFontcharrier", "https://fr-fr.facebook.com/VilleDeFontcharrier/"),
                          social("youtube", "villedefontcharrier")],
                address="Hôtel de Ville, 2 place de l'Hôtel-de-Ville, 42360 Fontcharrier")


def _fon_capco():
    bp = "/project/budget-participatif-2024"
    steps = [("Présentation", None, "Terminé"),
             ("Dépôt des projets", f"{bp}/collect/deposez-vos-projets", "Terminé"),
             ("Vote", f"{bp}/selection/vote", "En cours")]
    prop = "/projects/budget-participatif-2024/collect/deposez-vos-projets/proposals"
    pages = [
        page("/", "Accueil", m.prose(
            "<strong>Je participe à Fontcharrier</strong> : la plateforme de participation citoyenne de la Ville. "
            "Proposez, votez, donnez votre avis.")
             + '<section class="section--projects"><h2>Projets participatifs</h2><ul class="project-list">'
             + f'<li class="project-preview"><a href="{bp}/selection/vote"><h3>Budget participatif 2024</h3><span class="label label-success">Vote en cours</span></a></li>'
             + '<li class="project-preview"><a href="/project/montplaisir-demain/questionnaire/votre-avis"><h3>Montplaisir demain</h3><span class="label label-info">Questionnaire ouvert</span></a></li>'
             + '<li class="project-preview"><a href="/project/plu-2022/consultation/consultation"><h3>Révision du PLU</h3><span class="label label-default">Terminé</span></a></li>'
             + '</ul></section>',
             platforms={"capcollectif"}),
        page(f"{bp}/collect/deposez-vos-projets", "Dépôt des projets", m.capco_step_nav("Budget participatif 2024", steps, "Dépôt des projets")
             + m.prose("Le dépôt des projets est terminé : 187 projets ont été déposés. Retrouvez-les ci-dessous et suivez leur analyse.")
             + '<ul class="media-list proposal-preview-list">'
             + m.capco_proposal_card(f"{prop}/des-bancs-et-des-fontaines-a-montplaisir", "Des bancs et des fontaines à Montplaisir", "Rachid M.", "Montplaisir", 214, 6)
             + m.capco_proposal_card(f"{prop}/un-skatepark-au-cret-rond", "Un skatepark au Crêt-Rond", "Les jeunes du Crêt-Rond", "Crêt-Rond", 388, 11)
             + "</ul>",
             {"participatory_budget"}, platforms={"capcollectif"}),
        page(f"{prop}/des-bancs-et-des-fontaines-a-montplaisir", "Des bancs et des fontaines à Montplaisir",
             '<div id="proposal-page-header" class="proposal__header"><p class="proposal__author">Déposé par <span class="author__name">Rachid M.</span> le 3 février 2024</p>'
             '<span class="label label-primary">Recevable - soumis au vote</span></div>'
             + m.prose("Installer six bancs et deux fontaines à boire le long de l'allée piétonne de Montplaisir, entre l'école et le centre social. "
                       "Les personnes âgées n'ont nulle part où s'asseoir et il fait très chaud l'été.",
                       "<strong>Estimation des services :</strong> 24 000 €.")
             + '<div class="proposal__vote"><button class="btn btn-success proposal__vote-button" id="proposal-vote-btn">Voter pour ce projet</button>'
               '<span class="proposal__vote-count">214 votes</span></div>'
             + m.capco_comments([(901, "Josiane", "il y a 2 mois", "Oui ! Et un peu d'ombre aussi."),
                                 (907, "Centre social Montplaisir", "il y a 2 mois", "Les seniors du club du jeudi soutiennent ce projet.")]),
             {"participatory_budget", "comments"}, platforms={"capcollectif"}),
        page(f"{bp}/selection/vote", "Vote", m.capco_step_nav("Budget participatif 2024", steps, "Vote")
             + m.prose("Vous pouvez voter pour 3 projets au maximum. Le vote est ouvert du 2 au 31 mai.")
             + '<ul class="media-list proposal-preview-list">'
             + m.capco_proposal_card(f"{prop}/des-bancs-et-des-fontaines-a-montplaisir", "Des bancs et des fontaines à Montplaisir", "Rachid M.", "Montplaisir", 214, 2)
             + m.capco_proposal_card(f"{prop}/un-skatepark-au-cret-rond", "Un skatepark au Crêt-Rond", "Les jeunes du Crêt-Rond", "Crêt-Rond", 388, 11)
             + "</ul>",
             {"participatory_budget"}, platforms={"capcollectif"}),
        page(f"{prop}/un-skatepark-au-cret-rond", "Un skatepark au Crêt-Rond",
             '<div id="proposal-page-header" class="proposal__header"><p class="proposal__author">Déposé par <span class="author__name">Les jeunes du Crêt-Rond</span></p>'
             '<span class="label label-primary">Recevable - soumis au vote</span></div>'
             + m.prose("Un petit skatepark en béton sur le terrain vague derrière la salle Jean-Ferrat, pour les jeunes du quartier qui n'ont rien.")
             + '<div class="proposal__vote"><button class="btn btn-success proposal__vote-button">Voter pour ce projet</button><span class="proposal__vote-count">388 votes</span></div>'
             + m.capco_comments([(930, "Mehdi", "il y a 3 mois", "Enfin un projet pour les ados !"),
                                 (934, "Un riverain", "il y a 3 mois", "Attention au bruit le soir pour les immeubles à côté.")], form=False),
             {"participatory_budget", "comments"}, platforms={"capcollectif"}),
        page("/project/montplaisir-demain/questionnaire/votre-avis", "Montplaisir demain : votre avis",
             m.prose("Le conseil citoyen et la Ville préparent le projet de quartier 2025-2030. Répondez à ce questionnaire (5 minutes).")
             + '<form id="reply-form" class="questionnaire-form" method="post" action="/graphql/internal">'
               '<div class="form-group"><label class="control-label" for="reply-form-responses0">Qu\'aimez-vous dans votre quartier ?</label>'
               '<textarea id="reply-form-responses0" name="responses.0.value" class="form-control"></textarea></div>'
               '<div class="form-group"><fieldset><legend>Quelle est votre priorité ?</legend>'
               '<div class="radio"><label><input type="radio" name="responses.1.value" value="proprete" /> La propreté</label></div>'
               '<div class="radio"><label><input type="radio" name="responses.1.value" value="commerces" /> Les commerces</label></div>'
               '<div class="radio"><label><input type="radio" name="responses.1.value" value="jeunesse" /> Les activités pour les jeunes</label></div>'
               '<div class="radio"><label><input type="radio" name="responses.1.value" value="securite" /> La tranquillité</label></div></fieldset></div>'
               '<button type="submit" id="validate-questionnaire" class="btn btn-primary">Envoyer</button></form>',
             {"poll"}, platforms={"capcollectif"}),
        page("/project/plu-2022/consultation/consultation", "Révision du PLU : consultation",
             '<div class="alert alert-info">La participation est terminée. Merci pour vos 412 contributions.</div>'
             + m.prose("Les contributions ont été analysées par le bureau d'études et versées au dossier d'enquête publique. "
                       "Synthèse : la préservation des jardins ouvriers et la limitation de la hauteur des immeubles reviennent le plus souvent.")
             + '<ul class="opinion__list"><li class="opinion">Section 1 - Les zones à urbaniser : 138 contributions</li>'
               '<li class="opinion">Section 2 - La trame verte : 201 contributions</li><li class="opinion">Section 3 - Le stationnement : 73 contributions</li></ul>',
             decoys={"poll"}, platforms={"capcollectif"}),
    ]
    return Site(FON_CAPCO, "capcollectif", "Je participe à Fontcharrier", pages,
                menu=[("Accueil", "/"), ("Budget participatif", "/project/budget-participatif-2024/selection/vote"), ("Site de la Ville", f"http://{FON}/")],
                features=frozenset({PF}), platforms=frozenset({"capcollectif"}))


def fontcharrier() -> City:
    return City("99523", "Fontcharrier", 47150, "42", "84", "Auvergne-Rhône-Alpes", f"http://{FON}/",
                [_fon_www(), _fon_capco()], decoy_accounts=("https://www.facebook.com/forezhabitat",))


# =====================================================================================================
# 99524 Marvejac (30): an old WordPress with native comments, WP-Polls, SpeakOut! and a Framaforms embed
# =====================================================================================================

MAR = "www.marvejac.fr"


def _wp_loop(items):
    """An old WordPress theme's post loop: (href, date, title, excerpt, comments)."""
    out = []
    for h, d, t, x, c in items:
        count = f' <span class="comments-link"><a href="{h}#comments">{c} commentaires</a></span>' if c else ""
        out.append(f'<article class="post type-post status-publish format-standard hentry category-actualites"><header class="entry-header">'
                   f'<h2 class="entry-title"><a href="{h}" rel="bookmark">{t}</a></h2><div class="entry-meta"><span class="posted-on">'
                   f'<time class="entry-date published">{d}</time></span>{count}</div></header>'
                   f'<div class="entry-summary"><p>{x} […]</p></div></article>')
    return "".join(out)


def _marvejac():
    def url(p):
        return f"http://{MAR}{p}"
    fph = "/2024/03/fonds-de-participation-des-habitants-a-vos-projets/"
    bus = "/2024/05/petition-pour-le-maintien-de-la-ligne-de-bus-b/"
    jardins = "/2024/06/sondage-jardins-partages-aux-oliviers/"
    travaux = "/2024/10/travaux-avenue-jean-moulin/"
    forum = "/2024/09/forum-des-associations-2024/"
    stat = "/2023/11/stationnement-resultats-du-questionnaire/"
    csoc = "/2024/04/semaine-des-centres-sociaux/"
    subv = "/2023/06/subventions-aux-associations-2024/"
    loop = _wp_loop([
        (travaux, "14 octobre 2024", "Travaux avenue Jean-Moulin", "Les travaux de requalification de l'avenue Jean-Moulin débutent le 4 novembre", 3),
        (forum, "2 septembre 2024", "Forum des associations 2024", "Le forum des associations se tiendra le samedi 7 septembre aux arènes", 0),
        (jardins, "11 juin 2024", "Sondage : des jardins partagés aux Oliviers ?", "Le conseil citoyen des Oliviers propose de créer des jardins partagés", 2),
        (bus, "21 mai 2024", "Pétition pour le maintien de la ligne de bus B", "La Région envisage de réduire la desserte de la ligne B", 0),
        (csoc, "15 avril 2024", "Semaine des centres sociaux", "Du 22 au 27 avril, le centre social Les Oliviers ouvre ses portes", 0),
        (fph, "4 mars 2024", "Fonds de participation des habitants : à vos projets !", "Vous habitez le centre ancien ou les Oliviers et vous avez un projet", 4),
        (stat, "20 novembre 2023", "Stationnement en centre ancien : les résultats du questionnaire", "Vous avez été 538 à répondre", 0),
        (subv, "12 juin 2023", "Subventions aux associations 2024", "Les demandes de subvention pour 2024 sont à déposer", 0),
    ])
    pages = [
        page("/", "Accueil", m.prose(
            "Bienvenue sur le site officiel de la Ville de Marvejac. Mairie ouverte du lundi au vendredi de 8h à 12h et de 13h30 à 17h.")
             + '<ul class="acces-rapides"><li><a href="/politique-de-la-ville/">Politique de la ville</a></li>'
               '<li><a href="/questionnaire-centre-ancien/">Questionnaire centre ancien</a></li>'
               '<li><a href="/centre-social-les-oliviers/">Centre social Les Oliviers</a></li><li><a href="/contact/">Contact</a></li></ul>'
             + "<h2>Dernières actualités</h2>" + loop),
        page("/actualites/", "Actualités", loop),
        page("/vie-municipale/", "Vie municipale", m.prose(
            "Le conseil municipal se réunit en moyenne une fois par mois à l'Hôtel de Ville. Les séances sont publiques.")
             + m.links([("/vie-municipale/budget/", "Le budget de la commune"), (subv, "Subventions aux associations"),
                        ("/wp-content/uploads/2024/12/PV-CM-2024-12-12.pdf", "Procès-verbal du conseil municipal du 12 décembre 2024 (PDF)")])),
        page("/vie-municipale/budget/", "Le budget de la commune", m.prose(
            "Budget primitif 2025 : 31,2 M€. Les dépenses de fonctionnement sont contenues (+1,2 %) malgré la hausse du coût de l'énergie. "
            "Les investissements portent sur la requalification de l'avenue Jean-Moulin, l'école des Oliviers et le centre ancien.")
             + m.links([("/wp-content/uploads/2024/12/BP-2025-rapport.pdf", "Rapport de présentation du BP 2025 (PDF)"),
                        ("/wp-content/uploads/2024/06/CA-2023.pdf", "Compte administratif 2023 (PDF)")]),
             decoys={"participatory_budget"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/politique-de-la-ville/", "Politique de la ville", m.prose(
            "Deux quartiers de Marvejac relèvent de la politique de la ville : le <strong>centre ancien</strong> et <strong>les Oliviers</strong>. "
            "Le contrat de ville de la Communauté d'agglomération du Pays de Marvejac y finance des actions "
            "d'insertion, d'éducation et de santé.",
            "Les habitants y ont leur mot à dire : <strong>deux conseils citoyens</strong>, une <strong>« table de quartier »</strong> "
            "aux Oliviers animée par le centre social, et le <strong>Fonds de participation des habitants</strong>. "
            "Chaque année, une réunion publique de bilan est organisée dans chaque quartier.")
             + m.links([("/politique-de-la-ville/conseil-citoyen-des-oliviers/", "Le conseil citoyen des Oliviers"),
                        (fph, "Le Fonds de participation des habitants"), ("/questionnaire-centre-ancien/", "Questionnaire sur le centre ancien"),
                        ("/wp-content/uploads/2024/05/contrat-de-ville-2024-2030.pdf", "Contrat de ville 2024-2030 (PDF)")]),
             {"participation_displayed"}),
        page("/politique-de-la-ville/conseil-citoyen-des-oliviers/", "Le conseil citoyen des Oliviers", m.prose(
            "Le conseil citoyen des Oliviers rassemble 12 habitants et 4 représentants d'associations. Il se réunit le dernier jeudi "
            "du mois au centre social. Il a notamment proposé les jardins partagés, obtenu la réfection de l'éclairage de l'allée des Cigales "
            "et participé au choix des jeux du square.",
            "Pour le contacter : <a href=\"mailto:conseilcitoyen.oliviers@gmail.com\">conseilcitoyen.oliviers@gmail.com</a> ou au centre social."),
             {"participation_displayed"}, parent=("Politique de la ville", "/politique-de-la-ville/")),
        page(fph, "Fonds de participation des habitants : à vos projets !", m.prose(
            "Vous habitez le centre ancien ou les Oliviers et vous avez un projet pour votre quartier ? Le Fonds de participation des habitants "
            "peut vous aider, jusqu'à 700 €. <strong>Proposez vos idées</strong> : sorties, fêtes, ateliers, embellissement d'une cour d'immeuble...",
            "Déposez votre dossier au centre social Les Oliviers (fiche projet ci-dessous). Vous pouvez aussi laisser vos idées en commentaire : "
            "l'équipe du centre social vous recontactera.")
             + m.links([("/wp-content/uploads/2024/03/FPH-fiche-projet.pdf", "Fiche projet FPH (PDF)")])
             + m.wp_comments(1184, "Fonds de participation des habitants : à vos projets !", [
                 (2201, "Samia", "5 mars 2024 à 18 h 12 min", "Un atelier couture pour les mamans le samedi, ce serait super."),
                 (2204, "Gérard L.", "6 mars 2024 à 9 h 40 min", "Une sortie à la mer pour les anciens du centre ancien ?"),
                 (2206, "Centre social Les Oliviers", "6 mars 2024 à 14 h 02 min", "Merci pour vos idées ! Venez nous voir pour monter le dossier."),
                 (2215, "Yanis", "11 mars 2024 à 20 h 31 min", "Un tournoi de foot entre les deux quartiers.")]),
             {"suggestion_call", "comments"}),
        page(bus, "Pétition pour le maintien de la ligne de bus B", m.prose(
            "La Région envisage de réduire la desserte de la ligne B (Oliviers - centre - gare) à un bus par heure à partir de septembre. "
            "Pour les habitants des Oliviers, dont beaucoup n'ont pas de voiture, ce serait un recul important.",
            "La Ville lance une pétition pour demander le maintien d'un bus toutes les 20 minutes. Signez-la ci-dessous : "
            "elle sera remise au président de la Région par le maire.")
             + m.speakout(2, "Pour le maintien d'un bus toutes les 20 minutes sur la ligne B", 2000, 1388)
             + m.share_links(url(bus), "Pétition ligne B"),
             {"petition"}, decoys={"social_account"}),
        page(jardins, "Sondage : des jardins partagés aux Oliviers ?", m.prose(
            "Le conseil citoyen des Oliviers propose de créer des jardins partagés sur le terrain de l'ancienne chaufferie. "
            "Avant de lancer le projet, la Ville et le bailleur veulent connaître votre avis.")
             + m.wp_polls(9, "Seriez-vous intéressé(e) par une parcelle de jardin partagé ?",
                          ["Oui, je cultiverais une parcelle", "Oui, pour participer de temps en temps", "Non, mais l'idée me plaît", "Non"], 51)
             + m.wp_comments(1302, "Sondage : des jardins partagés aux Oliviers ?", [
                 (2311, "Fatiha", "12 juin 2024 à 10 h 05 min", "Il faut un point d'eau, sinon c'est impossible l'été."),
                 (2319, "Jean-Paul", "14 juin 2024 à 17 h 48 min", "Très bonne idée, j'ai un peu d'expérience et je peux aider.")])
             + m.share_links(url(jardins), "Sondage jardins partagés"),
             {"poll", "comments"}, decoys={"social_account"}),
        page("/questionnaire-centre-ancien/", "Questionnaire : vivre dans le centre ancien", m.prose(
            "Dans le cadre de l'Opération programmée d'amélioration de l'habitat et de renouvellement urbain (OPAH-RU), la Ville "
            "interroge les habitants et les commerçants du centre ancien : logement, stationnement, commerces, propreté, sécurité. "
            "Le questionnaire est ouvert jusqu'au 30 avril.")
             + m.framaforms("vivre-dans-le-centre-ancien-de-marvejac-1709567412", "Questionnaire centre ancien"),
             {"poll"}),
        page(stat, "Stationnement en centre ancien : les résultats du questionnaire", m.prose(
            "Vous avez été 538 à répondre au questionnaire sur le stationnement en centre ancien, clos le 31 octobre. Merci !",
            "Principaux résultats : 62 % des résidents trouvent difficilement une place le soir ; 71 % sont favorables à un abonnement "
            "résidents au parking des Arènes ; 44 % souhaitent la piétonnisation de la rue de la République le samedi.")
             + m.wp_polls_results(6, "Êtes-vous favorable à un abonnement résidents au parking des Arènes ?",
                                  [("Oui", 71, 382), ("Non", 21, 113), ("Sans avis", 8, 43)], 538),
             decoys={"poll"}),
        page(forum, "Forum des associations 2024", m.prose(
            "Le forum des associations se tiendra le samedi 7 septembre de 9h à 17h aux arènes. Sport, culture, solidarité, loisirs : "
            "plus de 80 associations présenteront leurs activités. Restauration sur place par le comité des fêtes.")
             + m.wp_comments(1415, "Forum des associations 2024", [], form=False)
             + m.share_links(url(forum), "Forum des associations 2024"),
             decoys={"forum", "comments", "social_account"}),
        page(csoc, "Semaine des centres sociaux", m.prose(
            "Du 22 au 27 avril, le centre social Les Oliviers ouvre ses portes : ateliers, expositions, repas partagé le samedi midi.",
            "La Fédération des centres sociaux de France a lancé à cette occasion une pétition nationale pour la revalorisation "
            "de la prestation de service de la CNAF : <a href=\"https://www.change.org/p/soutenons-les-centres-sociaux\">à signer sur change.org</a>."),
             decoys={"petition"}),
        page(subv, "Subventions aux associations 2024", m.prose(
            "Les demandes de subvention pour 2024 sont à déposer avant le 30 septembre 2023 au service Vie associative. "
            "Un appel à projets spécifique « Politique de la ville » est lancé par l'agglomération pour les actions menées "
            "dans le centre ancien et aux Oliviers.")
             + m.links([("/wp-content/uploads/2023/06/dossier-subvention-2024.pdf", "Dossier de demande (PDF)")]),
             decoys={"suggestion_call"}),
        page("/centre-social-les-oliviers/", "Centre social Les Oliviers", m.prose(
            "Le centre social municipal Les Oliviers, agréé par la CAF du Gard, accueille tous les habitants : accueil de loisirs, "
            "accompagnement à la scolarité, ateliers de français, sorties familles, point d'accès numérique, permanences "
            "de la CAF et de l'assistante sociale du Département.",
            "Allée des Cigales - 04 66 00 00 31 - du lundi au vendredi de 9h à 12h et de 14h à 18h30.")
             + m.links([("/centre-social-les-oliviers/inscription-accueil-de-loisirs/", "Inscription à l'accueil de loisirs")])),
        page("/centre-social-les-oliviers/inscription-accueil-de-loisirs/", "Inscription à l'accueil de loisirs", m.prose(
            "Inscriptions pour les mercredis et les vacances scolaires. Le tarif dépend de votre quotient familial CAF.")
             + m.wpforms(212, "/centre-social-les-oliviers/inscription-accueil-de-loisirs/", [
                 ("text", "Nom du responsable légal", True, ()), ("email", "E-mail", True, ()),
                 ("text", "Numéro d'allocataire CAF", True, ()), ("text", "Nom et prénom de l'enfant", True, ()),
                 ("date", "Date de naissance de l'enfant", True, ()),
                 ("select", "Période", True, ("Mercredis", "Vacances d'hiver", "Vacances de printemps", "Été")),
                 ("textarea", "Informations médicales ou remarques", False, ())], submit="Inscrire mon enfant"),
             decoys={"contact_form"}, parent=("Centre social Les Oliviers", "/centre-social-les-oliviers/")),
        page(travaux, "Travaux avenue Jean-Moulin", m.prose(
            "Les travaux de requalification de l'avenue Jean-Moulin débutent le 4 novembre pour huit mois : trottoirs élargis, "
            "piste cyclable, plantations. La circulation sera maintenue dans un sens (vers le centre).")
             + m.wp_comments(1460, "Travaux avenue Jean-Moulin", [
                 (2402, "Commerçant du 14", "15 octobre 2024 à 8 h 55 min", "Et les livraisons pendant les travaux ?"),
                 (2405, "Ville de Marvejac", "15 octobre 2024 à 11 h 20 min", "Une aire de livraison provisoire sera créée devant le n° 20."),
                 (2411, "Lucie", "17 octobre 2024 à 19 h 03 min", "Enfin une piste cyclable !")])
             + m.share_links(url(travaux), "Travaux avenue Jean-Moulin"),
             {"comments"}, decoys={"social_account"}),
        page("/contact/", "Contact", m.prose("Hôtel de Ville - Place de l'Horloge - 30210 Marvejac - 04 66 00 00 00.")
             + m.cf7(87, 24, "/contact/"),
             {"contact_form"}),
    ]
    return Site(MAR, "wordpress", "Ville de Marvejac", pages,
                menu=[("Accueil", "/"), ("Vie municipale", "/vie-municipale/"), ("Politique de la ville", "/politique-de-la-ville/"),
                      ("Centre social", "/centre-social-les-oliviers/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
                address="Hôtel de Ville, place de l'Horloge, 30210 Marvejac")


def marvejac() -> City:
    return City("99524", "Marvejac", 26410, "30", "76", "Occitanie", f"http://{MAR}/", [_marvejac()])


# =====================================================================================================
# 99525 Quenneville-sur-Seine (76): Drupal 7 (webform, core comments, poll module); a Flarum forum
# =====================================================================================================

QUE = "www.quenneville-sur-seine.fr"
QUE_FORUM = "forum.quenneville-sur-seine.fr"


def _d7_teasers(items):
    """Drupal 7 node teasers in a view: (href, date, title, summary)."""
    return '<div class="view view-actualites view-id-actualites view-display-id-page"><div class="view-content">' + "".join(
        f'<div class="views-row views-row-{n + 1}"><div class="views-field views-field-created"><span class="field-content">{d}</span></div>'
        f'<div class="views-field views-field-title"><span class="field-content"><a href="{h}">{t}</a></span></div>'
        f'<div class="views-field views-field-body"><div class="field-content"><p>{x}</p></div></div></div>'
        for n, (h, d, t, x) in enumerate(items)) + "</div></div>"


def _que_www():
    news = [
        ("/actualites/mont-fleuri-la-concertation-est-ouverte", "10/02/2025", "Mont-Fleuri : la concertation est ouverte", "Donnez votre avis sur le réaménagement des espaces extérieurs."),
        ("/node/412", "03/02/2025", "Quel nom pour la future médiathèque ?", "Votez pour votre nom préféré."),
        ("/actualites/forum-emploi-2025", "27/01/2025", "Forum emploi 2025", "Le 20 mars à la salle Bourvil."),
        ("/actualites/enquete-insee-cadre-de-vie", "15/01/2025", "Enquête de l'Insee", "Des ménages quennevillais interrogés."),
        ("/actualites/rencontres-participation", "08/01/2025", "Retour sur les Rencontres de la participation", "La Ville était à Rouen."),
        ("/concertation-gare-resultats", "12/12/2024", "Pôle gare : le bilan de la concertation", "Les résultats sont en ligne."),
    ]
    pages = [
        page("/", "Accueil", m.prose("Bienvenue sur le site de la Ville de Quenneville-sur-Seine.")
             + "<h2>Actualités</h2>" + _d7_teasers(news[:4])
             + m.links([("/actualites", "Toutes les actualités"), ("/boite-a-idees", "La boîte à idées"), (f"http://{QUE_FORUM}/", "Le forum citoyen")])),
        page("/actualites", "Actualités", _d7_teasers(news)),
        page("/vie-des-quartiers", "Vie des quartiers", m.prose(
            "Deux quartiers quennevillais sont classés prioritaires : <strong>le Mont-Fleuri</strong> et <strong>les Bouleaux</strong>. "
            "La Maison des habitants Simone-Veil et le centre social des Bouleaux y proposent accueil, animations et accompagnement.")
             + m.links([("/vie-des-quartiers/conseils-citoyens", "Les conseils citoyens"), ("/vie-des-quartiers/comites-de-quartier", "Les comités de quartier"),
                        ("/vie-des-quartiers/fonds-initiatives-habitants", "Le Fonds d'initiatives habitants"), ("/node/312", "La Maison des habitants Simone-Veil"),
                        ("/questionnaire-mont-fleuri", "Questionnaire Mont-Fleuri"), (f"http://{QUE_FORUM}/", "Le forum citoyen des quartiers")])),
        page("/vie-des-quartiers/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Les <strong>conseils citoyens du Mont-Fleuri et des Bouleaux</strong> associent les habitants à l'élaboration, au suivi et à l'évaluation "
            "du contrat de ville. Ils sont composés pour moitié d'habitants tirés au sort et pour moitié d'acteurs locaux.",
            "Ils ont participé en 2024 à l'écriture du nouveau contrat de ville « Quartiers 2030 », à la convention de renouvellement urbain "
            "du Mont-Fleuri et à l'attribution du Fonds d'initiatives habitants. Leurs membres échangent avec les habitants sur le "
            f"<a href=\"http://{QUE_FORUM}/\">forum citoyen</a>.",
            "Chaque conseil se réunit une fois par mois, en séance ouverte au public, à la Maison des habitants.")
             + m.links([("/sites/default/files/documents/cc-rapport-activite-2024.pdf", "Rapport d'activité 2024 des conseils citoyens (PDF)")]),
             {"participation_displayed"}, parent=("Vie des quartiers", "/vie-des-quartiers")),
        page("/vie-des-quartiers/comites-de-quartier", "Les comités de quartier", m.prose(
            "Cinq comités de quartier, ouverts à tous les habitants, se réunissent deux fois par an avec le maire-adjoint délégué "
            "à la démocratie locale. Ils disposent chacun d'un budget de 10 000 € pour de petits travaux d'amélioration du cadre de vie, "
            "décidés en réunion.",
            "Vos remarques et propositions peuvent aussi être déposées dans la <a href=\"/boite-a-idees\">boîte à idées</a>."),
             {"participation_displayed"}, parent=("Vie des quartiers", "/vie-des-quartiers")),
        page("/vie-des-quartiers/fonds-initiatives-habitants", "Le Fonds d'initiatives habitants", m.prose(
            "Le <strong>Fonds d'initiatives habitants (FIH)</strong> finance, jusqu'à 1 000 €, les projets d'habitants du Mont-Fleuri "
            "et des Bouleaux qui créent du lien : fête de quartier, atelier cuisine du monde, chantier jeunes, sortie culturelle.",
            "<strong>Appel à projets permanent</strong> : retirez le formulaire à la Maison des habitants ou téléchargez-le ci-dessous. "
            "Le comité d'attribution, composé de membres des conseils citoyens, se réunit tous les deux mois.")
             + m.links([("/sites/default/files/documents/fih-formulaire-2025.pdf", "Formulaire de demande FIH (PDF)")]),
             {"suggestion_call"}, parent=("Vie des quartiers", "/vie-des-quartiers")),
        # an ideas box with a free message field is both a call for suggestions and a message form to the city
        page("/boite-a-idees", "La boîte à idées", m.prose(
            "<strong>Vous avez une idée pour améliorer la vie à Quenneville ?</strong> Proposez-la ! Chaque idée est lue par le service "
            "Démocratie locale, transmise à l'élu concerné et reçoit une réponse. Les idées les plus souvent proposées sont présentées "
            "en comité de quartier.")
             + m.drupal7_webform(187, "/boite-a-idees", [
                 ("textfield", "nom", "Nom", True, ()), ("email", "courriel", "Courriel", True, ()),
                 ("select", "quartier", "Quartier", True, ("Centre", "Mont-Fleuri", "Les Bouleaux", "Le Val", "Les Rives")),
                 ("select", "theme", "Thème", False, ("Cadre de vie", "Déplacements", "Jeunesse", "Solidarité", "Environnement", "Autre")),
                 ("textarea", "idee", "Votre idée", True, ())], submit="Proposer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/actualites/mont-fleuri-la-concertation-est-ouverte", "Mont-Fleuri : la concertation est ouverte", m.prose(
            "Dans le cadre du projet de renouvellement urbain, les espaces extérieurs du Mont-Fleuri vont être réaménagés. "
            "Jusqu'au 31 mars, répondez au <a href=\"/questionnaire-mont-fleuri\">questionnaire en ligne</a> et venez aux ateliers "
            "du 8 et du 22 mars à la Maison des habitants. Vous pouvez aussi réagir ci-dessous.")
             + m.drupal7_comments(398, [
                 (51, "Mounir", "lun, 10/02/2025 - 19:22", "Les jeux", "Il faut des jeux pour les plus grands, pas seulement pour les petits."),
                 (53, "Christiane B.", "mar, 11/02/2025 - 09:05", "Stationnement", "Et le parking devant la tour Rimbaud, il est toujours plein."),
                 (58, "Les Jardiniers du Mont", "jeu, 13/02/2025 - 17:41", "Jardins", "Nous souhaitons garder nos bacs potagers dans le nouveau projet.")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/questionnaire-mont-fleuri", "Questionnaire : les espaces extérieurs du Mont-Fleuri", m.prose(
            "Ce questionnaire est anonyme. Il est ouvert jusqu'au 31 mars 2025.")
             + m.drupal7_webform(402, "/questionnaire-mont-fleuri", [
                 ("radios", "usage", "Utilisez-vous les espaces verts du quartier ?", True, ("Tous les jours", "Chaque semaine", "Rarement", "Jamais")),
                 ("checkboxes", "priorites", "Vos priorités (3 au maximum)", False, ("Aires de jeux", "Bancs et ombre", "Éclairage", "Stationnement", "Jardins partagés", "Terrain de sport")),
                 ("radios", "securite", "Vous sentez-vous en sécurité dans les espaces extérieurs le soir ?", False, ("Oui", "Plutôt oui", "Plutôt non", "Non")),
                 ("textarea", "remarques", "Vos remarques", False, ())], submit="Envoyer mes réponses"),
             {"poll"}, parent=("Vie des quartiers", "/vie-des-quartiers")),
        page("/node/412", "Quel nom pour la future médiathèque ?", m.prose(
            "La médiathèque des Bouleaux ouvrira en septembre. Les membres du conseil citoyen ont retenu trois noms : à vous de choisir !")
             + m.drupal7_poll(412, "Quel nom pour la médiathèque des Bouleaux ?", ["Médiathèque Simone-de-Beauvoir", "Médiathèque La Passerelle", "Médiathèque Annie-Ernaux"])
             + '<div class="links"><span class="poll-results">Les résultats seront publiés à la clôture du vote, le 28 février.</span></div>',
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/concertation-gare-resultats", "Pôle gare : le bilan de la concertation", m.prose(
            "La concertation préalable sur le réaménagement du pôle gare s'est achevée le 30 novembre. 712 personnes ont répondu au "
            "questionnaire, 95 ont participé aux ateliers. Les avis sur le projet étaient à adresser au commissaire enquêteur ; "
            "vos commentaires sur le bilan peuvent être envoyés par courrier en mairie.",
            "Résultats : 68 % pour un parking vélos sécurisé, 54 % pour le déplacement de la gare routière, 81 % pour un passage souterrain accessible.")
             + '<table class="views-table cols-2"><thead><tr><th>Question</th><th>Résultat</th></tr></thead><tbody>'
               '<tr class="odd"><td>Parking vélos sécurisé</td><td>68 % pour</td></tr><tr class="even"><td>Déplacement de la gare routière</td><td>54 % pour</td></tr>'
               '<tr class="odd"><td>Passage souterrain accessible</td><td>81 % pour</td></tr></tbody></table>'
             + m.links([("/sites/default/files/documents/bilan-concertation-pole-gare.pdf", "Bilan complet (PDF, 2,8 Mo)")]),
             decoys={"poll", "comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-emploi-2025", "Forum emploi 2025", m.prose(
            "Le forum emploi 2025 aura lieu le jeudi 20 mars de 9h à 13h à la salle Bourvil, en partenariat avec France Travail, "
            "la Mission locale et le service emploi de la Métropole. Rencontrez directement des recruteurs du port, de la logistique "
            "et des services à la personne. Un espace « job d'été » est réservé aux 16-25 ans."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'Insee sur le cadre de vie et la sécurité", m.prose(
            "L'Insee réalise jusqu'au 30 avril l'enquête « Cadre de vie et sécurité ». Quelques ménages quennevillais, tirés au sort, "
            "seront contactés par un enquêteur muni d'une carte officielle. Merci de lui réserver un bon accueil. "
            "Les réponses restent strictement confidentielles."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/rencontres-participation", "Retour sur les Rencontres de la participation", m.prose(
            "Élus et agents du service Démocratie locale ont participé aux Rencontres régionales de la participation à Rouen. "
            "Au programme : les conseils citoyens dix ans après, le budget participatif et les plateformes numériques "
            "(Decidim, CONSUL, Cap Collectif) présentées par plusieurs villes de Normandie. La Ville réfléchit à s'équiper en 2026."),
             decoys={PF, "participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/node/312", "La Maison des habitants Simone-Veil", m.prose(
            "La Maison des habitants est un lieu ouvert à tous au cœur du Mont-Fleuri : accueil, information, permanences (CAF, CPAM, "
            "Mission locale, conciliateur de justice), ateliers numériques, aide aux devoirs, café des parents le vendredi matin.",
            "Elle anime aussi le réseau d'entraide « Voisins solidaires » : des bénévoles rendent visite aux personnes âgées isolées "
            "et les aident pour leurs courses. Pour en bénéficier ou devenir bénévole, appelez l'accueil.",
            "2, rue Arthur-Rimbaud - 02 35 00 00 50 - lundi au vendredi de 9h à 12h30 et de 13h30 à 18h."),
             decoys={"territorial_social_network"}, parent=("Vie des quartiers", "/vie-des-quartiers")),
        page("/mairie", "La mairie", m.links([("/mairie/budget-2025", "Budget 2025"), ("/mairie/appels-d-offres", "Appels d'offres"),
                                              ("/contact", "Contacter la mairie")])),
        page("/mairie/budget-2025", "Budget 2025", m.prose(
            "Voté le 12 décembre 2024, le budget 2025 s'établit à 52,7 M€. La Ville poursuit son désendettement et maintient "
            "un haut niveau d'investissement (12,4 M€), notamment pour la médiathèque des Bouleaux et le renouvellement urbain du Mont-Fleuri.")
             + m.links([("/sites/default/files/documents/budget-primitif-2025.pdf", "Budget primitif 2025 (PDF)")]),
             decoys={"participatory_budget"}, parent=("La mairie", "/mairie")),
        page("/mairie/appels-d-offres", "Appels d'offres", m.prose(
            "Consultations en cours : entretien des espaces verts (lots 1 à 3), maîtrise d'œuvre pour la réhabilitation du gymnase Anquetil, "
            "fourniture de mobilier pour la médiathèque. Dossiers sur le profil acheteur de la Ville.")
             + m.links([("https://www.marches-securises.fr", "Profil acheteur : marches-securises.fr")]),
             decoys={"suggestion_call"}, parent=("La mairie", "/mairie")),
        page("/contact", "Contacter la mairie", m.prose("Hôtel de Ville - 1, place de la Libération - 76480 Quenneville-sur-Seine - 02 35 00 00 00.")
             + m.drupal7_webform(45, "/contact", [
                 ("textfield", "nom", "Nom", True, ()), ("email", "courriel", "Courriel", True, ()),
                 ("textfield", "objet", "Objet", True, ()), ("textarea", "message", "Message", True, ())]),
             {"contact_form"}, parent=("La mairie", "/mairie")),
    ]
    return Site(QUE, "drupal", "Ville de Quenneville-sur-Seine", pages,
                menu=[("Accueil", "/"), ("Vie des quartiers", "/vie-des-quartiers"), ("Actualités", "/actualites"),
                      ("La mairie", "/mairie"), ("Boîte à idées", "/boite-a-idees"), ("Contact", "/contact")],
                accounts=[social("facebook", "QuennevilleSurSeine"),
                          social("x", "QuennevilleVille", "https://twitter.com/QuennevilleVille"),
                          social("linkedin", "ville-de-quenneville-sur-seine"),
                          social("youtube", "VilleDeQuenneville")],
                address="Hôtel de Ville, 1 place de la Libération, 76480 Quenneville-sur-Seine")


def _que_forum():
    pages = [
        page("/", "Toutes les discussions", m.prose(
            "Le forum citoyen des quartiers de Quenneville-sur-Seine, animé par les conseils citoyens avec l'appui de la Ville. "
            f"<a href=\"http://{QUE}/\">Site de la Ville</a>")
             + m.flarum_index("Toutes les discussions", [
                 ("42-eclairage-rue-des-tisserands", "Éclairage rue des Tisserands"),
                 ("57-jardin-partage-des-bouleaux", "Jardin partagé des Bouleaux : qui veut s'inscrire ?"),
                 ("61-navette-vers-le-marche", "Une navette vers le marché du samedi ?")])
             + m.links([("/t/mont-fleuri", "Étiquette : Mont-Fleuri"), ("/p/1-a-propos", "À propos du forum")]),
             {"forum"}),
        page("/t/mont-fleuri", "Mont-Fleuri", m.flarum_index("Mont-Fleuri", [
            ("42-eclairage-rue-des-tisserands", "Éclairage rue des Tisserands"),
            ("61-navette-vers-le-marche", "Une navette vers le marché du samedi ?")]),
             {"forum"}),
        page("/d/42-eclairage-rue-des-tisserands", "Éclairage rue des Tisserands", m.flarum_discussion("Éclairage rue des Tisserands", [
            ("Aïcha", "<p>Depuis les travaux, la moitié de la rue est dans le noir. Quelqu'un a signalé ?</p>"),
            ("Conseil citoyen Mont-Fleuri", "<p>Oui, nous l'avons remonté à la Ville lors de la réunion du 4 février. Intervention prévue semaine 8.</p>"),
            ("Pascal76", "<p>Merci. Il faudrait aussi éclairer le passage vers l'arrêt de bus.</p>")]),
             {"forum"}),
        page("/d/57-jardin-partage-des-bouleaux", "Jardin partagé des Bouleaux : qui veut s'inscrire ?", m.flarum_discussion(
            "Jardin partagé des Bouleaux : qui veut s'inscrire ?", [
                ("Odile", "<p>Le jardin ouvre en avril, il reste 6 parcelles. Inscriptions au centre social ou ici.</p>"),
                ("Sékou", "<p>Je suis intéressé pour une parcelle avec mes enfants.</p>"),
                ("Odile", "<p>Noté Sékou, passe au centre social mercredi.</p>")]),
             {"forum"}),
        page("/d/61-navette-vers-le-marche", "Une navette vers le marché du samedi ?", m.flarum_discussion(
            "Une navette vers le marché du samedi ?", [
                ("Germaine", "<p>Pour les personnes âgées du Mont-Fleuri, le marché est trop loin. Une navette le samedi matin, ce serait possible ?</p>"),
                ("Julien R.", "<p>On pourrait le proposer au comité de quartier de mars.</p>")]),
             {"forum"}),
        page("/p/1-a-propos", "À propos du forum", m.prose(
            "Ce forum est un espace d'échange entre habitants des quartiers. Les messages sont modérés a posteriori par les conseils citoyens. "
            "Pour participer, créez un compte. Les messages injurieux, publicitaires ou sans rapport avec la vie des quartiers sont supprimés."),
             decoys={"forum"}),
    ]
    return Site(QUE_FORUM, "flarum", "Forum citoyen de Quenneville", pages,
                menu=[("Toutes les discussions", "/"), ("Mont-Fleuri", "/t/mont-fleuri"), ("À propos", "/p/1-a-propos")])


def quenneville() -> City:
    return City("99525", "Quenneville-sur-Seine", 38920, "76", "28", "Normandie", f"http://{QUE}/", [_que_www(), _que_forum()])


# =====================================================================================================
# 99526 Hagondelle (57): an old TYPO3 (?id= URLs, tx_news, powermail, form framework); a neighbours' network
# =====================================================================================================

HAG = "www.hagondelle.fr"
HAG_NET = "voisins.hagondelle.fr"
HN = 41  # the tx_news detail page


def _t3_news_list(items):
    """tx_news list view: (news_id, date, title, teaser)."""
    return '<div class="news"><div class="news-list-view" id="news-container-118">' + "".join(
        f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3>'
        f'{m.tx_news_link(HN, nid, t)}</h3></div><div class="footer"><p><span class="news-list-date"><time itemprop="datePublished">{d}</time></span></p></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{x}</p></div></div></div>'
        for nid, d, t, x in items) + "</div></div>"


def _hag_www():
    news = [(322, "12.02.2025", "Sondage : quel nom pour la nouvelle place ?", "Trois noms proposés par le conseil citoyen."),
            (318, "05.02.2025", "Forum des métiers au collège", "Le 14 mars, les professionnels présentent leurs métiers."),
            (327, "28.01.2025", "L'agglomération lance sa plateforme de concertation", "Le futur plan de mobilité en débat."),
            (330, "20.01.2025", "Motion pour l'hôpital de proximité", "Le conseil municipal s'engage."),
            (305, "18.12.2024", "Rythmes scolaires : résultats de la consultation", "Les familles ont choisi.")]
    pages = [
        page("/", "Accueil", m.prose("<strong>Bienvenue à Hagondelle - Willkommen !</strong> Mairie ouverte du lundi au vendredi de 8h à 12h et de 14h à 17h.")
             + _t3_news_list(news[:3])
             + m.links([("/index.php?id=20", "Vie citoyenne"), ("/index.php?id=23", "Le réseau des voisins"), ("/index.php?id=30", "Contact")])),
        page("/index.php?id=20", "Vie citoyenne", m.prose(
            "À Hagondelle, la participation des habitants s'organise autour du <strong>conseil citoyen</strong> des quartiers Bellevue et Le Bruch, "
            "des <strong>réunions de quartier</strong> semestrielles avec le maire et du <strong>conseil municipal des enfants</strong>.",
            "La Ville soutient aussi les initiatives des habitants grâce au Fonds de participation des habitants et anime un réseau "
            "d'entraide entre voisins.")
             + '<ul class="subpages"><li><a href="/index.php?id=21">Le conseil citoyen Bellevue - Le Bruch</a></li>'
               '<li><a href="/index.php?id=22">Le Fonds de participation des habitants</a></li>'
               '<li><a href="/index.php?id=23">Le réseau des voisins</a></li><li><a href="/index.php?id=24">La maison de quartier Bellevue</a></li></ul>',
             {"participation_displayed"}),
        page("/index.php?id=21", "Le conseil citoyen Bellevue - Le Bruch", m.prose(
            "Le conseil citoyen de Bellevue - Le Bruch a été créé en 2015 dans le cadre du contrat de ville de l'agglomération. "
            "Il compte 16 membres : 10 habitants (dont 6 tirés au sort) et 6 représentants d'associations et de commerçants.",
            "Il donne son avis sur les actions du contrat de ville, participe aux diagnostics en marchant avec les services de la Ville "
            "et de Moselis, et organise chaque année la fête interculturelle du Bruch.",
            "Réunions : un mardi par mois à 18h à la maison de quartier Bellevue, ouvertes au public.")
             + '<ul class="documents"><li><a href="/fileadmin/user_upload/Vie_citoyenne/CC_Bellevue_rapport_2024.pdf">Rapport d\'activité 2024 (PDF)</a></li>'
               '<li><a href="/fileadmin/user_upload/Vie_citoyenne/CC_charte.pdf">Charte de fonctionnement (PDF)</a></li></ul>',
             {"participation_displayed"}, parent=("Vie citoyenne", "/index.php?id=20")),
        page("/index.php?id=22", "Le Fonds de participation des habitants", m.prose(
            "<strong>Un projet pour votre quartier ? Le FPH peut vous aider !</strong>",
            "Le Fonds de participation des habitants finance des micro-projets portés par des habitants de Bellevue et du Bruch : "
            "fête de rue, sortie familiale, atelier, décoration de Noël, tournoi... jusqu'à 600 € par projet. "
            "Les projets sont choisis par un comité de gestion composé d'habitants.",
            "Renseignements et dossier à la maison de quartier Bellevue (03 87 00 00 24) ou par courriel à "
            "<a href=\"mailto:fph@hagondelle.fr\">fph@hagondelle.fr</a>."),
             {"suggestion_call"}, parent=("Vie citoyenne", "/index.php?id=20")),
        # the page presents the city's network and links to it; the network itself is the other host
        page("/index.php?id=23", "Le réseau des voisins", m.prose(
            "Besoin d'une perceuse, d'un coup de main pour monter un meuble, d'une garde de chat ? Envie d'organiser une fête de rue ? "
            f"La Ville met à la disposition des Hagondellois un réseau social de voisinage : <a href=\"http://{HAG_NET}/\">voisins.hagondelle.fr</a>.",
            "Inscription gratuite et réservée aux habitants de la commune (adresse vérifiée). Les échanges sont modérés par la Ville."),
             parent=("Vie citoyenne", "/index.php?id=20")),
        page("/index.php?id=24", "La maison de quartier Bellevue", m.prose(
            "La maison de quartier Bellevue propose un accueil de loisirs, de l'aide aux devoirs, des cours de français et d'allemand, "
            "un atelier couture et des permanences (CAF de la Moselle, Mission locale, assistante sociale).",
            "Les inscriptions aux activités se font sur place, avec l'attestation de quotient familial CAF.")
             + '<ul class="documents"><li><a href="/fileadmin/user_upload/MQ/fiche_inscription_2025.pdf">Fiche d\'inscription (PDF)</a></li></ul>',
             parent=("Vie citoyenne", "/index.php?id=20")),
        page("/index.php?id=30", "Contact", m.prose("Mairie de Hagondelle - 1, rue de la Mairie - 57590 Hagondelle - 03 87 00 00 00.")
             + m.powermail(1, 30, [("input", "nom", "Nom", True), ("email", "email", "E-mail", True),
                                   ("input", "objet", "Objet", False), ("textarea", "message", "Votre message", True)]),
             {"contact_form"}),
        # booking-only forms are excluded even when they carry a description box
        page("/index.php?id=31", "Réservation de salles", m.prose(
            "Les associations et les particuliers hagondellois peuvent réserver la salle des fêtes ou la salle Robert-Schuman. "
            "Demande à faire au moins un mois à l'avance.")
             + m.powermail(3, 31, [("input", "demandeur", "Nom ou association", True), ("email", "email", "E-mail", True),
                                   ("input", "salle", "Salle souhaitée", True), ("date", "date", "Date", True),
                                   ("input", "personnes", "Nombre de personnes", True), ("textarea", "manifestation", "Nature de la manifestation", False)],
                          submit="Demander la réservation"),
             decoys={"contact_form"}, parent=("La mairie", "/index.php?id=49")),
        page(f"/index.php?id={HN}", "Actualités", _t3_news_list(news)),
        page(m.tx_news_path(HN, 322), "Sondage : quel nom pour la nouvelle place ?", m.prose(
            "La place créée devant la nouvelle école du Bruch doit recevoir un nom. Le conseil citoyen a retenu trois propositions ; "
            "votez jusqu'au 15 mars ! Le nom le plus choisi sera soumis au conseil municipal.")
             + m.typo3_form("sondage-322", HN, [
                 ("radio", "radiobutton-1", "Votre choix", ["Place Lucie-Aubrac", "Place de l'Amitié franco-allemande", "Place des Tisserands"]),
                 ("text", "text-1", "Votre quartier (facultatif)", [])], submit="Voter"),
             {"poll"}, parent=("Actualités", f"/index.php?id={HN}")),
        page(m.tx_news_path(HN, 318), "Forum des métiers au collège", m.prose(
            "Le vendredi 14 mars, le collège Jean-Moulin organise son forum des métiers pour les élèves de 4e et de 3e. "
            "Artisans, soignants, policiers, ingénieurs : une quarantaine de professionnels présentent leur métier. "
            "Les parents qui souhaitent intervenir peuvent se faire connaître auprès du collège."),
             decoys={"forum"}, parent=("Actualités", f"/index.php?id={HN}")),
        page(m.tx_news_path(HN, 327), "L'agglomération lance sa plateforme de concertation", m.prose(
            "La Communauté d'agglomération ouvre sa plateforme de concertation en ligne pour le futur plan de mobilité : "
            "chacun peut y déposer des contributions jusqu'au 30 avril. La plateforme est gérée par l'agglomération, "
            "pas par la Ville : <a href=\"https://jeparticipe.agglo-exemple.fr\">jeparticipe.agglo-exemple.fr</a>."),
             decoys={PF}, parent=("Actualités", f"/index.php?id={HN}")),
        page(m.tx_news_path(HN, 330), "Motion pour l'hôpital de proximité", m.prose(
            "Le conseil municipal a adopté à l'unanimité une motion pour le maintien des urgences de nuit à l'hôpital de secteur. "
            "Les élus invitent aussi à signer la pétition nationale déposée sur le site de l'Assemblée nationale pour le financement "
            "des hôpitaux de proximité : <a href=\"https://petitions.assemblee-nationale.fr/initiatives/i-2199\">petitions.assemblee-nationale.fr</a>."),
             decoys={"petition"}, parent=("Actualités", f"/index.php?id={HN}")),
        page(m.tx_news_path(HN, 305), "Rythmes scolaires : résultats de la consultation", m.prose(
            "La consultation des familles sur l'organisation de la semaine scolaire s'est terminée le 6 décembre. "
            "Sur 612 familles, 448 ont répondu (73 %). 64 % choisissent la semaine de quatre jours. Le conseil d'école a validé ce choix.")
             + '<table class="contenttable"><thead><tr><th>Organisation</th><th>Voix</th></tr></thead><tbody>'
               '<tr><td>Semaine de 4 jours</td><td>287</td></tr><tr><td>Semaine de 4,5 jours</td><td>161</td></tr></tbody></table>',
             decoys={"poll"}, parent=("Actualités", f"/index.php?id={HN}")),
        page("/index.php?id=49", "La mairie", '<ul class="subpages"><li><a href="/index.php?id=50">Le budget communal</a></li>'
             '<li><a href="/index.php?id=51">Le conseil municipal</a></li><li><a href="/index.php?id=31">Réservation de salles</a></li>'
             '<li><a href="/index.php?id=52">La Ville sur les réseaux sociaux</a></li></ul>'),
        page("/index.php?id=50", "Le budget communal", m.prose(
            "Le budget primitif 2025, voté le 18 décembre 2024, s'équilibre à 27,3 M€. Priorités : rénovation énergétique des écoles, "
            "voirie du Bruch, nouvelle place.")
             + '<ul class="documents"><li><a href="/fileadmin/user_upload/Finances/BP_2025.pdf">Budget primitif 2025 (PDF)</a></li>'
               '<li><a href="/fileadmin/user_upload/Finances/CA_2023.pdf">Compte administratif 2023 (PDF)</a></li></ul>',
             decoys={"participatory_budget"}, parent=("La mairie", "/index.php?id=49")),
        page("/index.php?id=51", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 29 membres. Il se réunit environ huit fois par an ; les séances sont publiques et "
            "retransmises en direct. Ordres du jour et procès-verbaux ci-dessous.")
             + '<ul class="documents"><li><a href="/fileadmin/user_upload/CM/PV_2024-12-18.pdf">Procès-verbal du 18 décembre 2024 (PDF)</a></li>'
               '<li><a href="/fileadmin/user_upload/CM/ODJ_2025-02-12.pdf">Ordre du jour du 12 février 2025 (PDF)</a></li></ul>',
             decoys={"participation_displayed"}, parent=("La mairie", "/index.php?id=49")),
        page("/index.php?id=52", "La Ville sur les réseaux sociaux", m.prose(
            "Retrouvez l'actualité de la Ville sur sa page Facebook : informations pratiques, alertes météo, travaux, événements. "
            "Pour échanger entre voisins, rendez-vous plutôt sur le réseau des voisins."),
             decoys={"territorial_social_network"}, parent=("La mairie", "/index.php?id=49")),
    ]
    return Site(HAG, "typo3", "Ville de Hagondelle", pages,
                menu=[("Accueil", "/"), ("Vie citoyenne", "/index.php?id=20"), ("Actualités", f"/index.php?id={HN}"),
                      ("La mairie", "/index.php?id=49"), ("Contact", "/index.php?id=30"), ("Réseau des voisins", f"http://{HAG_NET}/")],
                accounts=[social("facebook", "VilleHagondelle")],
                address="Mairie, 1 rue de la Mairie, 57590 Hagondelle")


def _hag_net():
    tsn = {"territorial_social_network"}
    pages = [
        page("/", "Le réseau des voisins de Hagondelle", m.prose(
            "Bienvenue sur le réseau social des habitants de Hagondelle, proposé par la Ville. 1 240 voisins inscrits. "
            f"<a href=\"http://{HAG}/\">Site de la Ville</a>")
             + m.links([("/quartier/bellevue", "Bellevue"), ("/quartier/le-bruch", "Le Bruch"),
                        ("/annonces/pret-et-don", "Prêt et don"), ("/evenements", "Événements")], "quartiers")
             + m.feed([("Martine S.", "Centre", "il y a 2 h", "entraide", "Quelqu'un pourrait-il arroser mes plantes du 3 au 10 mars ?", 3),
                       ("Ahmed", "Bellevue", "il y a 5 h", "pret", "Je prête un diable et une remorque, me contacter.", 1),
                       ("Comité des fêtes", "Le Bruch", "hier", "evenement", "Nettoyage de printemps du Bruch le 22 mars, rendez-vous 9h devant l'école.", 8)]),
             tsn),
        page("/quartier/bellevue", "Bellevue", m.feed([
            ("Ahmed", "Bellevue", "il y a 5 h", "pret", "Je prête un diable et une remorque, me contacter.", 1),
            ("Jeannine", "Bellevue", "il y a 2 jours", "alerte", "Chat gris perdu rue des Acacias, répond au nom de Minou.", 6),
            ("Kevin M.", "Bellevue", "il y a 3 jours", "entraide", "Cherche covoiturage pour Metz le matin, 7h30.", 2)]),
             tsn),
        page("/quartier/le-bruch", "Le Bruch", m.feed([
            ("Comité des fêtes", "Le Bruch", "hier", "evenement", "Nettoyage de printemps du Bruch le 22 mars, rendez-vous 9h devant l'école.", 8),
            ("Nadia", "Le Bruch", "il y a 4 jours", "bons-plans", "La boulangerie de la rue de Metz rouvre lundi !", 11)]),
             tsn),
        page("/annonces/pret-et-don", "Prêt et don", m.feed([
            ("Bernard", "Centre", "il y a 6 jours", "pret", "Donne vélo enfant 16 pouces, bon état.", 4),
            ("Ahmed", "Bellevue", "il y a 5 h", "pret", "Je prête un diable et une remorque, me contacter.", 1)], compose=False),
             tsn),
        page("/evenements", "Événements entre voisins", '<ul class="events">'
             '<li class="event-card"><time>22 mars</time> Nettoyage de printemps du Bruch - 12 participants</li>'
             '<li class="event-card"><time>30 mai</time> Fête des voisins rue des Acacias - 27 participants</li></ul>'
             + m.prose("<a href=\"/connexion\">Connectez-vous pour proposer un événement à vos voisins</a>"),
             tsn),
    ]
    return Site(HAG_NET, "community", "Voisins de Hagondelle", pages,
                menu=[("Fil du quartier", "/"), ("Prêt et don", "/annonces/pret-et-don"), ("Événements", "/evenements")])


def hagondelle() -> City:
    return City("99526", "Hagondelle", 22860, "57", "44", "Grand Est", f"http://{HAG}/", [_hag_www(), _hag_net()])


# =====================================================================================================
# 99527 Ploumerven (56): a modern vendor CMS; Publik e-services (contact, ideas box, petitions); Go Vocal
# =====================================================================================================

LAN = "www.ploumerven.bzh"
LAN_PUBLIK = "demarches.ploumerven.bzh"
LAN_GV = "participez.ploumerven.bzh"


def _cards(items):
    """A modern vendor CMS's card list: (href, tag, title, text)."""
    return '<ul class="cards">' + "".join(
        f'<li class="card"><div class="card__content"><p class="card__tag">{tag}</p><h3 class="card__title"><a href="{h}">{t}</a></h3>'
        f'<p class="card__text">{x}</p></div></li>' for h, tag, t, x in items) + "</ul>"


def _lan_www():
    news = [("/actualites/questionnaire-mobilites", "Mobilités", "Plan vélo : répondez au questionnaire", "Jusqu'au 15 avril."),
            ("/actualites/budget-participatif-les-laureats-2024", "Budget participatif", "Budget participatif 2024 : les 9 lauréats", "Les projets retenus."),
            ("/actualites/forum-des-associations", "Associations", "Forum des associations", "Samedi 6 septembre, salle Glenmor."),
            ("/actualites/enquete-publique-plu", "Urbanisme", "Modification du PLU : l'enquête publique est close", "Rapport du commissaire enquêteur."),
            ("/actualites/appel-a-projets-associations-2025", "Associations", "Appel à projets associatif 2025", "Date limite : 31 mars.")]
    newsletter = ('<form class="newsletter" action="/newsletter/inscription" method="post"><label for="nl-email">Recevez la lettre d\'information</label>'
                  '<input type="email" id="nl-email" name="email" placeholder="Votre e-mail" required><button type="submit">S\'abonner</button></form>')
    pages = [
        page("/", "Accueil", '<section class="home-quick"><h2 class="sr-only">Accès rapides</h2>'
             + m.links([(f"http://{LAN_PUBLIK}/", "Mes démarches en ligne"), ("/democratie-locale", "Démocratie locale"),
                        (f"http://{LAN_GV}/", "Je participe"), ("/solidarites/centres-sociaux", "Centres sociaux")], "quick-access")
             + "</section><section class=\"home-news\"><h2>Actualités</h2>" + _cards(news[:3])
             + '<a class="btn" href="/actualites">Toutes les actualités</a></section>' + newsletter),
        page("/actualites", "Actualités", _cards(news)),
        page("/democratie-locale", "Démocratie locale", m.prose(
            "La Ville de Ploumerven a adopté en 2022 une <strong>charte de la participation citoyenne</strong>. Elle garantit aux habitants "
            "une information claire, la possibilité de donner leur avis avant les grandes décisions et des réponses motivées.",
            "Les instances : <strong>cinq conseils de quartier</strong>, le <strong>conseil citoyen de Kervénan</strong> (quartier prioritaire), "
            "le conseil des jeunes et le conseil des aînés. Les outils : le <strong>budget participatif</strong>, le <strong>droit de pétition</strong>, "
            "la boîte à idées et les concertations en ligne.")
             + _cards([("/democratie-locale/conseil-citoyen-de-kervenan", "Instance", "Le conseil citoyen de Kervénan", "Les habitants au cœur du contrat de ville."),
                       ("/democratie-locale/budget-participatif", "Budget participatif", "Le budget participatif 2025", "400 000 € pour vos projets."),
                       ("/democratie-locale/droit-de-petition", "Pétitions", "Le droit de pétition", "Saisir le conseil municipal."),
                       (f"http://{LAN_PUBLIK}/boite-a-idees/", "Boîte à idées", "Proposez une idée", "Formulaire en ligne.")])
             + m.links([("/documents/charte-participation-citoyenne.pdf", "Télécharger la charte (PDF, 1,4 Mo)")]),
             {"participation_displayed"}),
        page("/democratie-locale/conseil-citoyen-de-kervenan", "Le conseil citoyen de Kervénan", m.prose(
            "Le quartier de Kervénan est le quartier prioritaire de la politique de la ville de Ploumerven (2 800 habitants). "
            "Son <strong>conseil citoyen</strong> réunit 14 habitants et 5 acteurs locaux. Il participe au comité de pilotage "
            "du contrat de ville de l'agglomération et mène ses propres projets : repair café, "
            "balades urbaines, gazette du quartier.",
            "Le conseil citoyen est accompagné par la Maison pour tous de Kervénan. Ses réunions sont ouvertes aux habitants."),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/budget-participatif", "Le budget participatif 2025", m.prose(
            "<strong>400 000 €</strong> du budget d'investissement sont réservés aux projets proposés et choisis par les habitants. "
            "Tout Ploumervenois de plus de 11 ans peut déposer une idée, puis voter.",
            "<strong>Calendrier 2025</strong> : dépôt des idées du 1er février au 31 mars ; analyse technique en avril-mai ; "
            "vote du 10 juin au 10 juillet ; réalisation à partir de l'automne.",
            f"<a class=\"btn btn--primary\" href=\"http://{LAN_GV}/fr-FR/projects/budget-participatif-2025\">Je dépose mon idée sur participez.ploumerven.bzh</a>"),
             {"participatory_budget", "participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        # the page explains the right of petition; petitions are started and signed on the e-services portal
        page("/democratie-locale/droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2022, les habitants de Ploumerven peuvent demander l'inscription d'une question à l'ordre du jour du conseil municipal. "
            "Une pétition doit recueillir la signature de 2 % des habitants de plus de 16 ans (environ 550 signatures) dans un délai de six mois.",
            f"Les pétitions se déposent et se signent sur le portail des démarches : <a href=\"http://{LAN_PUBLIK}/petitions/\">voir les pétitions en cours</a>."),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/actualites/budget-participatif-les-laureats-2024", "Budget participatif 2024 : les 9 lauréats", m.prose(
            "3 412 habitants ont voté pour la deuxième édition du budget participatif. Les neuf projets lauréats seront réalisés en 2025 : "
            "abri vélos de la gare, vergers partagés de Kervénan, boîtes à livres, éclairage du chemin de halage, table de ping-pong du Penher...",
            "Le vote est clos. Rendez-vous en février pour la prochaine édition.")
             + '<table class="table"><caption>Résultats du vote</caption><thead><tr><th>Projet</th><th>Voix</th><th>Coût</th></tr></thead><tbody>'
               '<tr><td>Abri vélos sécurisé à la gare</td><td>1 104</td><td>45 000 €</td></tr>'
               '<tr><td>Vergers partagés de Kervénan</td><td>986</td><td>22 000 €</td></tr>'
               '<tr><td>Éclairage du chemin de halage</td><td>874</td><td>90 000 €</td></tr></tbody></table>',
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Samedi 6 septembre, de 10h à 17h, salle Glenmor : 110 associations ploumervenoises vous présentent leurs activités. "
            "Démonstrations de danse bretonne, de judo et de gymnastique tout au long de la journée."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/questionnaire-mobilites", "Plan vélo : répondez au questionnaire", m.prose(
            "La Ville prépare son plan vélo 2025-2030. Comment vous déplacez-vous ? Qu'est-ce qui vous empêche de prendre le vélo ? "
            "Répondez au questionnaire en ligne jusqu'au 15 avril (10 minutes).")
             + m.limesurvey("enquetes.ploumerven.bzh", 548213, "Questionnaire plan vélo"),
             {"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-publique-plu", "Modification du PLU : l'enquête publique est close", m.prose(
            "L'enquête publique sur la modification n° 3 du plan local d'urbanisme s'est déroulée du 6 janvier au 7 février. "
            "Le commissaire enquêteur a rendu un avis favorable assorti de deux réserves. Son rapport et ses conclusions "
            "sont consultables en mairie et ci-dessous pendant un an.")
             + m.links([("/documents/plu-modif3-rapport-commissaire-enqueteur.pdf", "Rapport et conclusions du commissaire enquêteur (PDF)")]),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/appel-a-projets-associations-2025", "Appel à projets associatif 2025", m.prose(
            "La Ville lance son appel à projets 2025 à destination des associations : solidarité, transition écologique, "
            "animation des quartiers. Dossier à déposer avant le 31 mars sur le portail des démarches (compte association requis)."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/vie-municipale/budget", "Le budget de la Ville", m.prose(
            "Le budget 2025 (45,8 M€) a été adopté le 16 décembre 2024. Il intègre 400 000 € pour le budget participatif, "
            "dont le détail figure sur la page dédiée.")
             + m.links([("/documents/budget-primitif-2025.pdf", "Budget primitif 2025 (PDF)"), ("/documents/rapport-orientation-budgetaire-2025.pdf", "ROB 2025 (PDF)")]),
             decoys={"participatory_budget"}),
        page("/solidarites/centres-sociaux", "Les centres sociaux", m.prose(
            "Deux centres sociaux agréés par la CAF du Morbihan : la <a href=\"/solidarites/centres-sociaux/maison-pour-tous-kervenan\">Maison pour tous de Kervénan</a> "
            "et le centre social du Penher. Accueil des familles, activités pour tous les âges, accès aux droits.")),
        page("/solidarites/centres-sociaux/maison-pour-tous-kervenan", "Maison pour tous de Kervénan", m.prose(
            "Place Anjela-Duval - 02 97 00 00 60. Accueil du lundi au vendredi de 9h à 12h30 et de 13h30 à 18h30.",
            "Activités : accueil de loisirs, espace jeunes, ateliers sociolinguistiques, repair café, jardin partagé, sorties familles, "
            "permanences CAF et France Services. Adhésion annuelle : 5 € par famille.",
            "Inscription aux activités enfance : sur le <a href=\"http://" + LAN_PUBLIK + "/inscription-accueil-de-loisirs/\">portail des démarches</a>."),
             parent=("Les centres sociaux", "/solidarites/centres-sociaux")),
        page("/contact", "Contact", m.prose(
            "Hôtel de Ville - 1, place de la Mairie - 56380 Ploumerven. Tél. 02 97 00 00 00.",
            "Accueil du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h30.",
            "Courriel : <a href=\"mailto:mairie@ploumerven.bzh\">mairie@ploumerven.bzh</a> - ou utilisez le "
            f"<a href=\"http://{LAN_PUBLIK}/contacter-la-mairie/\">formulaire de contact</a> du portail des démarches.",
            "Suivez aussi la Ville sur ses réseaux sociaux : Facebook, Instagram, LinkedIn et Mastodon (liens en bas de page)."),
             decoys={"contact_form", "territorial_social_network"}),
    ]
    return Site(LAN, "vendor", "Ville de Ploumerven", pages,
                menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Démocratie locale", "/democratie-locale"),
                      ("Solidarités", "/solidarites/centres-sociaux"), ("Budget", "/vie-municipale/budget"),
                      ("Démarches", f"http://{LAN_PUBLIK}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "villedeploumerven"), social("instagram", "villedeploumerven"),
                          social("mastodon", "ploumerven@piaille.fr"), social("linkedin", "ville-de-ploumerven")],
                address="Hôtel de Ville, 1 place de la Mairie, 56380 Ploumerven")


def _lan_publik():
    pages = [
        page("/", "Mes démarches", m.prose("Bienvenue sur le portail des démarches en ligne de la Ville de Ploumerven.")
             + "<h2>Contacter la Ville</h2>" + m.publik_tiles([("/contacter-la-mairie/", "Contacter la mairie"), ("/boite-a-idees/", "Boîte à idées")])
             + "<h2>Participation citoyenne</h2>" + m.publik_tiles([("/petitions/", "Pétitions en cours"), ("/deposer-une-petition/", "Déposer une pétition")])
             + "<h2>Enfance</h2>" + m.publik_tiles([("/inscription-accueil-de-loisirs/", "Inscription à l'accueil de loisirs")])
             + m.prose(f"<a href=\"http://{LAN}/\">Retour au site de la Ville</a>")),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", [
            ("text", "Nom", True, ()), ("text", "Prénom", True, ()), ("email", "Courriel", True, ()),
            ("select", "Service concerné", True, ("Accueil - État civil", "Urbanisme", "Voirie - Propreté", "Enfance - Éducation", "Solidarités", "Autre")),
            ("textarea", "Votre message", True, ())], submit="Envoyer"),
             {"contact_form"}),
        # an ideas box with a free message to the city: both a call for suggestions and a message form
        page("/boite-a-idees/", "Boîte à idées", m.wcs_form("/boite-a-idees/", [
            ("text", "Nom ou pseudonyme", False, ()), ("email", "Courriel (pour recevoir une réponse)", False, ()),
            ("select", "Thème", True, ("Cadre de vie", "Mobilités", "Environnement", "Jeunesse", "Solidarités", "Culture et sport")),
            ("text", "Titre de votre idée", True, ()), ("textarea", "Décrivez votre idée", True, ())],
            submit="Proposer mon idée",
            intro=m.prose("<strong>Une idée pour Ploumerven ?</strong> Proposez-la : chaque idée reçoit une réponse du service Participation citoyenne dans un délai d'un mois.")),
             {"suggestion_call", "contact_form"}),
        page("/petitions/", "Pétitions en cours", m.prose(
            "Les pétitions ci-dessous ont été déposées par des habitants. Pour signer, indiquez votre nom et votre adresse à Ploumerven.")
             + '<div class="petition"><h2>Pour un passage piéton sécurisé rue de Kerbiquet</h2><p class="petition__progress">318 signatures / 550</p>'
             + m.wcs_form("/petitions/kerbiquet/signer/", [("text", "Nom et prénom", True, ()), ("text", "Adresse à Ploumerven", True, ()),
                                                             ("checkbox", "Je certifie habiter Ploumerven et avoir plus de 16 ans", True, ())], submit="Signer")
             + '</div><div class="petition"><h2>Ouverture de la piscine le dimanche après-midi</h2><p class="petition__progress">571 signatures / 550 - transmise au conseil municipal</p></div>'
             + m.prose("<a href=\"/deposer-une-petition/\">Déposer une nouvelle pétition</a>"),
             {"petition"}),
        # starting a petition means writing its text to the city: a petition and a free-text form
        page("/deposer-une-petition/", "Déposer une pétition", m.wcs_form("/deposer-une-petition/", [
            ("text", "Nom du premier signataire", True, ()), ("email", "Courriel", True, ()), ("text", "Titre de la pétition", True, ()),
            ("textarea", "Texte de la pétition", True, ()),
            ("checkbox", "Je certifie que la pétition porte sur une compétence de la commune", True, ())],
            submit="Déposer la pétition",
            intro=m.prose("La pétition sera publiée après vérification de sa recevabilité (compétence communale, respect de la loi).")),
             {"petition", "contact_form"}),
        page("/inscription-accueil-de-loisirs/", "Inscription à l'accueil de loisirs", m.wcs_form("/inscription-accueil-de-loisirs/", [
            ("text", "Nom de l'enfant", True, ()), ("text", "Prénom de l'enfant", True, ()), ("date", "Date de naissance", True, ()),
            ("text", "Numéro d'allocataire CAF", True, ()),
            ("select", "Accueil de loisirs", True, ("Maison pour tous de Kervénan", "Centre social du Penher")),
            ("radio", "Période", True, ("Mercredis", "Vacances scolaires")),
            ("textarea", "Informations de santé (allergies, PAI)", False, ())], submit="Valider l'inscription"),
             decoys={"contact_form"}),
    ]
    return Site(LAN_PUBLIK, "publik", "Ville de Ploumerven - Démarches", pages,
                menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/"), ("Pétitions", "/petitions/"), ("Site de la Ville", f"http://{LAN}/")],
                address="Hôtel de Ville, 1 place de la Mairie, 56380 Ploumerven")


def _lan_govocal():
    bp = "/fr-FR/projects/budget-participatif-2025"
    pages = [
        page("/", "Participez à Ploumerven", m.prose(
            "La plateforme de participation de la Ville de Ploumerven : déposez vos idées, votez, répondez aux consultations.")
             + '<div id="e2e-projects-container">'
             + f'<a href="{bp}" class="e2e-project-card"><h3>Budget participatif 2025</h3><span>Dépôt des idées jusqu\'au 31 mars</span></a>'
             + '<a href="/fr-FR/projects/kervenan-2030" class="e2e-project-card"><h3>Kervénan 2030</h3><span>Partagez vos idées</span></a>'
             + '<a href="/fr-FR/projects/plan-velo/survey" class="e2e-project-card"><h3>Plan vélo : l\'enquête</h3><span>Enquête ouverte</span></a></div>',
             platforms={"govocal"}),
        page(bp, "Budget participatif 2025", '<div id="e2e-project-page">' + m.prose(
            "400 000 € pour vos idées. Phase en cours : <strong>dépôt des idées</strong> (jusqu'au 31 mars). Vote en juin.")
             + '<button type="button" class="e2e-idea-button" data-href="/fr-FR/projects/budget-participatif-2025/ideas/new">Proposer une idée</button>'
             + '<div id="e2e-ideas-list">'
             + m.govocal_idea_card("/fr-FR/ideas/un-abri-velo-couvert-pres-du-college", "Un abri vélo couvert près du collège", 87, 4)
             + m.govocal_idea_card("/fr-FR/ideas/des-toilettes-publiques-au-port", "Des toilettes publiques au port", 64, 2)
             + "</div></div>",
             {"participatory_budget", "suggestion_call"}, platforms={"govocal"}),
        page("/fr-FR/ideas/un-abri-velo-couvert-pres-du-college", "Un abri vélo couvert près du collège",
             '<div id="e2e-idea-show"><h1 id="e2e-idea-title">Un abri vélo couvert près du collège</h1>'
             '<div id="e2e-idea-description"><p>Les collégiens laissent leurs vélos sous la pluie. Un abri couvert de 40 places, '
             'avec arceaux, devant le collège Jean-Jaurès.</p></div>'
             '<button class="e2e-idea-upvote" aria-label="Voter pour">Voter (87)</button></div>'
             + m.govocal_comments([(5511, "Gwenaëlle", "il y a 3 jours", "Indispensable, mon fils y va à vélo toute l'année."),
                                   (5514, "Yann L.", "il y a 2 jours", "Et un abri à l'école primaire aussi ?")]),
             {"participatory_budget", "comments"}, platforms={"govocal"}),
        page("/fr-FR/ideas/des-toilettes-publiques-au-port", "Des toilettes publiques au port",
             '<div id="e2e-idea-show"><h1 id="e2e-idea-title">Des toilettes publiques au port</h1>'
             '<div id="e2e-idea-description"><p>Le port accueille beaucoup de promeneurs le week-end et il n\'y a aucune toilette.</p></div>'
             '<button class="e2e-idea-upvote" aria-label="Voter pour">Voter (64)</button></div>'
             + m.govocal_comments([(5530, "Marie-Anne", "il y a 1 semaine", "Oui, avec un accès PMR.")]),
             {"participatory_budget", "comments"}, platforms={"govocal"}),
        page("/fr-FR/projects/kervenan-2030", "Kervénan 2030", '<div id="e2e-project-page">' + m.prose(
            "Le conseil citoyen et la Ville préparent le projet de quartier de Kervénan pour les cinq prochaines années. "
            "<strong>Partagez vos idées</strong> : commerces, espaces verts, jeunesse, tranquillité. Elles seront discutées "
            "lors de l'atelier public du 5 avril à la Maison pour tous.")
             + '<button type="button" class="e2e-idea-button" data-href="/fr-FR/projects/kervenan-2030/ideas/new">Partager une idée</button></div>',
             {"suggestion_call", "participation_displayed"}, platforms={"govocal"}),
        page("/fr-FR/projects/plan-velo/survey", "Plan vélo : l'enquête", '<div id="e2e-project-survey">' + m.prose(
            "Enquête ouverte jusqu'au 15 avril. Elle complète le questionnaire diffusé sur le site de la Ville.")
             + '<form class="e2e-native-survey" id="e2e-survey-form"><fieldset><legend>À quelle fréquence utilisez-vous le vélo ?</legend>'
               '<label><input type="radio" name="frequence" value="quotidien"> Tous les jours</label>'
               '<label><input type="radio" name="frequence" value="hebdo"> Chaque semaine</label>'
               '<label><input type="radio" name="frequence" value="jamais"> Jamais</label></fieldset>'
               '<label for="frein">Qu\'est-ce qui vous freine ?</label><textarea id="frein" name="frein"></textarea>'
               '<button type="submit" id="e2e-submit-survey">Envoyer</button></form></div>',
             {"poll"}, platforms={"govocal"}),
    ]
    return Site(LAN_GV, "govocal", "Participez à Ploumerven", pages,
                menu=[("Accueil", "/"), ("Budget participatif", "/fr-FR/projects/budget-participatif-2025"), ("Site de la Ville", f"http://{LAN}/")],
                features=frozenset({PF}), platforms=frozenset({"govocal"}))


def ploumerven() -> City:
    return City("99527", "Ploumerven", 33570, "56", "53", "Bretagne", f"http://{LAN}/", [_lan_www(), _lan_publik(), _lan_govocal()])


# =====================================================================================================
# 99528 Mauvrières-sur-Sarthe (72): a recent WordPress (WPForms, Tally, Typeform); CONSUL; a neighbours' network
# =====================================================================================================

MAU = "www.mauvrieres.fr"
MAU_CONSUL = "decidons.mauvrieres.fr"
MAU_NET = "mauvrieres.quartiers-connectes.fr"
PC = "/participation-citoyenne"


def _wp_blocks(items):
    """Gutenberg 'latest posts' block: (href, date, title, excerpt)."""
    return '<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">' + "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{h}">{t}</a><time class="wp-block-latest-posts__post-date">{d}</time>'
        f'<div class="wp-block-latest-posts__post-excerpt">{x}</div></li>' for h, d, t, x in items) + "</ul>"


def _mau_www():
    q = "/2025/02/questionnaire-tranquillite-publique/"
    nru = "/2025/03/renouvellement-urbain-de-la-pierre-blanche/"
    emploi = "/2025/01/forum-emploi-des-quartiers/"
    landlord = "/2024/12/enquete-de-satisfaction-sarthe-logis/"
    posts = [(nru, "3 mars 2025", "Renouvellement urbain de la Pierre-Blanche : les travaux commencent", "Premières démolitions en avril."),
             (q, "10 février 2025", "Tranquillité publique : répondez au questionnaire", "Votre avis sur la sécurité dans votre quartier."),
             (emploi, "20 janvier 2025", "Forum emploi des quartiers", "Le 13 février à la Maison des Ormeaux."),
             (landlord, "9 décembre 2024", "Sarthe Logis interroge ses locataires", "Enquête de satisfaction.")]
    pages = [
        page("/", "Accueil", '<div class="wp-block-group is-layout-constrained"><h2 class="wp-block-heading">En ce moment</h2>'
             + _wp_blocks(posts)
             + '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="' + PC + '/">La participation citoyenne</a></div>'
               '<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/actualites/">Toutes les actualités</a></div></div></div>'),
        page("/actualites/", "Actualités", _wp_blocks(posts)),
        page(f"{PC}/", "Participation citoyenne", m.prose(
            "Mauvrières-sur-Sarthe fait le pari de l'intelligence collective. Depuis 2020, la Ville a mis en place : "
            "<strong>six conseils de quartier</strong>, les <strong>conseils citoyens</strong> de la Pierre-Blanche et des Ormeaux, "
            "un <strong>budget participatif</strong> annuel, des <strong>appels à projets habitants</strong> et une plateforme numérique, "
            f"<a href=\"http://{MAU_CONSUL}/\">decidons.mauvrieres.fr</a>.",
            "La Maison de la citoyenneté, place du Marché, accompagne les habitants dans leurs démarches de participation.")
             + '<div class="wp-block-columns">'
             + "".join(f'<div class="wp-block-column"><h3 class="wp-block-heading"><a href="{h}">{t}</a></h3><p>{x}</p></div>' for h, t, x in [
                 (f"{PC}/conseils-citoyens/", "Les conseils citoyens", "Dans les deux quartiers prioritaires."),
                 (f"{PC}/budget-participatif/", "Le budget participatif", "500 000 € pour vos projets."),
                 (f"{PC}/appel-a-projets-habitants/", "Appel à projets habitants", "Jusqu'à 2 000 € pour votre initiative."),
                 (f"{PC}/reseau-des-voisins/", "Le réseau des voisins", "S'entraider dans son quartier.")]) + "</div>",
             {"participation_displayed"}),
        page(f"{PC}/conseils-citoyens/", "Les conseils citoyens", m.prose(
            "Les quartiers de la <strong>Pierre-Blanche</strong> et des <strong>Ormeaux</strong> sont les deux quartiers prioritaires de la ville. "
            "Chacun a son conseil citoyen, composé d'habitants tirés au sort ou volontaires et d'acteurs locaux.",
            "Les conseils citoyens siègent au comité de pilotage du contrat de ville, suivent le projet de renouvellement urbain de la "
            "Pierre-Blanche et gèrent, avec les centres sociaux, le fonds d'initiatives des habitants.",
            "Leurs réunions sont publiques. Calendrier et comptes rendus sur la plateforme decidons.mauvrieres.fr."),
             {"participation_displayed"}, parent=("Participation citoyenne", f"{PC}/")),
        page(f"{PC}/budget-participatif/", "Le budget participatif", m.prose(
            "<strong>500 000 €</strong> chaque année pour réaliser les projets des habitants. Tout habitant de plus de 12 ans peut proposer "
            "un projet d'investissement d'intérêt général, puis voter pour ses projets préférés.",
            "Édition 2025 : dépôt des projets jusqu'au 15 mars, analyse technique au printemps, <strong>vote en septembre</strong>.",
            f"<a href=\"http://{MAU_CONSUL}/budgets/3\">Accéder au budget participatif sur decidons.mauvrieres.fr</a>"),
             {"participatory_budget", "participation_displayed"}, parent=("Participation citoyenne", f"{PC}/")),
        # the Tally form is embedded: the page issues the call for projects; the form itself lives on tally.so
        page(f"{PC}/appel-a-projets-habitants/", "Appel à projets habitants 2025", m.prose(
            "<strong>Vous avez une idée pour faire vivre votre quartier ?</strong> L'appel à projets habitants soutient les initiatives "
            "collectives des Mauvriérois : fête de quartier, jardin, atelier, action solidaire. Jusqu'à 2 000 € et l'accompagnement "
            "d'un agent de la Maison de la citoyenneté. Les projets des quartiers prioritaires sont financés par le fonds d'initiatives des habitants.",
            "Déposez votre projet avec le formulaire ci-dessous avant le 30 avril.")
             + m.tally("w2Kx9P", "Appel à projets habitants 2025"),
             {"suggestion_call"}, parent=("Participation citoyenne", f"{PC}/")),
        # the page presents the network and links to it; the network is the other host
        page(f"{PC}/reseau-des-voisins/", "Le réseau des voisins", m.prose(
            "Prêter une échelle, trouver un covoiturage, organiser la fête des voisins : la Ville a ouvert avec la plateforme "
            f"Quartiers connectés un réseau social réservé aux habitants : <a href=\"http://{MAU_NET}/\">mauvrieres.quartiers-connectes.fr</a>. "
            "Inscription gratuite avec un justificatif de domicile."),
             parent=("Participation citoyenne", f"{PC}/")),
        page(q, "Tranquillité publique : répondez au questionnaire", m.prose(
            "La Ville élabore sa stratégie locale de sécurité et de prévention de la délinquance. Elle souhaite recueillir l'avis "
            "des habitants sur la tranquillité de leur quartier : sentiment de sécurité, incivilités, présence de la police municipale.",
            "Le questionnaire est anonyme et ouvert jusqu'au 31 mars.")
             + m.typeform("Xy7Qw3Lm", "Questionnaire tranquillité publique")
             + m.share_links(f"http://{MAU}{q}", "Questionnaire tranquillité publique"),
             {"poll"}, parent=("Actualités", "/actualites/")),
        page(nru, "Renouvellement urbain de la Pierre-Blanche : les travaux commencent", m.prose(
            "Les premières démolitions de la tour Mistral commenceront en avril. Le projet, présenté aux habitants lors de plusieurs "
            "réunions, prévoit 180 logements neufs, un parc et une nouvelle école d'ici 2030. Les locataires concernés sont accompagnés "
            "par Sarthe Logis pour leur relogement.")
             + m.wp_comments(2871, "Renouvellement urbain de la Pierre-Blanche : les travaux commencent", [
                 (3101, "Leïla", "3 mars 2025 à 19 h 22 min", "Et où vont se garer les habitants pendant les travaux ?"),
                 (3104, "Ville de Mauvrières", "4 mars 2025 à 9 h 10 min", "Un parking provisoire de 60 places sera ouvert rue de Bretagne.")]),
             {"comments"}, decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        page(emploi, "Forum emploi des quartiers", m.prose(
            "Le forum emploi des quartiers se tiendra le jeudi 13 février de 9h à 12h30 à la Maison des Ormeaux. "
            "France Travail, la Mission locale, des entreprises de l'agglomération et des organismes de formation seront présents. "
            "Job dating, simulations d'entretien et aide au CV.")
             + m.wp_comments(2790, "Forum emploi des quartiers", [], form=False),
             decoys={"forum", "comments"}, parent=("Actualités", "/actualites/")),
        page(landlord, "Sarthe Logis interroge ses locataires", m.prose(
            "Le bailleur social Sarthe Logis mène jusqu'au 20 janvier une enquête de satisfaction auprès de ses locataires de la "
            "Pierre-Blanche et des Ormeaux. Les locataires sont interrogés par téléphone par un institut indépendant. "
            "La Ville n'est pas à l'origine de cette enquête.")
             + m.wp_comments(2702, "Sarthe Logis interroge ses locataires", [], form=False),
             decoys={"poll", "comments"}, parent=("Actualités", "/actualites/")),
        page("/budget-2025/", "Budget 2025", m.prose(
            "Le budget primitif 2025 s'élève à 84,6 M€. La Ville consacre 21 M€ à l'investissement : école de la Pierre-Blanche, "
            "rénovation énergétique, voirie. Retrouvez la présentation détaillée et le rapport d'orientation budgétaire.")
             + m.links([("/wp-content/uploads/2024/12/budget-primitif-2025.pdf", "Budget primitif 2025 (PDF)")]),
             decoys={"participatory_budget"}),
        page("/marches-publics/", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence, avis d'attribution et appels à candidatures (occupation du domaine public, "
            "délégations de service public) : toutes les consultations de la Ville sont publiées sur la salle des marchés "
            "<a href=\"https://www.achatpublic.com\">achatpublic.com</a>."),
             decoys={"suggestion_call"}),
        page("/centres-sociaux/", "Les centres sociaux", m.prose(
            "La Ville soutient deux centres sociaux associatifs agréés par la CAF de la Sarthe : le centre social de la Pierre-Blanche "
            "et la Maison des Ormeaux. Ils proposent accueil de loisirs, animations familles, accompagnement scolaire et ateliers.",
            "Pour le calcul de vos tarifs, transmettez votre quotient familial CAF via le formulaire en ligne.")
             + m.links([("/centres-sociaux/quotient-familial/", "Transmettre mon quotient familial")])),
        page("/centres-sociaux/quotient-familial/", "Transmettre mon quotient familial", m.prose(
            "Ce formulaire permet de transmettre votre attestation CAF pour le calcul des tarifs des activités municipales.")
             + m.wpforms(431, "/centres-sociaux/quotient-familial/", [
                 ("text", "Nom et prénom", True, ()), ("email", "E-mail", True, ()), ("text", "Numéro d'allocataire CAF", True, ()),
                 ("text", "Quotient familial", True, ()), ("textarea", "Précisions éventuelles", False, ())], submit="Transmettre"),
             decoys={"contact_form"}, parent=("Les centres sociaux", "/centres-sociaux/")),
        page("/contact/", "Contact", m.prose("Hôtel de Ville - place de la République - 72230 Mauvrières-sur-Sarthe - 02 43 00 00 00.")
             + m.wpforms(118, "/contact/", [("text", "Nom", True, ()), ("email", "E-mail", True, ()), ("text", "Objet", True, ()),
                                           ("textarea", "Message", True, ())]),
             {"contact_form"}),
    ]
    return Site(MAU, "wordpress", "Mauvrières-sur-Sarthe", pages,
                menu=[("Accueil", "/"), ("Participation citoyenne", f"{PC}/"), ("Actualités", "/actualites/"), ("Budget", "/budget-2025/"),
                      ("Centres sociaux", "/centres-sociaux/"), ("Marchés publics", "/marches-publics/"), ("Contact", "/contact/"),
                      ("Décidons", f"http://{MAU_CONSUL}/")],
                accounts=[social("facebook", "mauvrieressursarthe"), social("instagram", "mauvrieres_sur_sarthe"),
                          social("youtube", "mauvrieressursarthe"), social("bluesky", "mauvrieres.fr")],
                address="Hôtel de Ville, place de la République, 72230 Mauvrières-sur-Sarthe")


def _mau_consul():
    inv = [(142, "Une aire de jeux inclusive au parc des Ormeaux", "Les Ormeaux", "65 000 €", 412),
           (151, "Des arceaux vélos devant chaque école", "Toute la ville", "18 000 €", 377),
           (158, "Un terrain de street workout à la Pierre-Blanche", "La Pierre-Blanche", "35 000 €", 298)]
    pages = [
        page("/", "Décidons Mauvrières", m.prose(
            "<strong>Décidons</strong> est l'espace de participation en ligne de Mauvrières-sur-Sarthe : budget participatif, propositions "
            "citoyennes, débats et votes.")
             + '<div class="row"><div class="small-12 medium-4 column"><h3><a href="/budgets/3">Budget participatif 2025</a></h3><p>Soutenez les projets jusqu\'au 31 mai.</p></div>'
               '<div class="small-12 medium-4 column"><h3><a href="/proposals">Propositions citoyennes</a></h3><p>Proposez, soutenez.</p></div>'
               '<div class="small-12 medium-4 column"><h3><a href="/debates">Débats</a></h3><p>Échangez sur les sujets de la ville.</p></div>'
               '<div class="small-12 medium-4 column"><h3><a href="/polls">Votations</a></h3><p>Votez sur les questions posées par la Ville.</p></div></div>',
             platforms={"consul"}),
        page("/budgets/3", "Budget participatif 2025", m.prose(
            "<strong>Phase actuelle : soutiens.</strong> Soutenez les projets que vous souhaitez voir passer au vote final de septembre. "
            "500 000 € répartis entre une enveloppe « toute la ville » et une enveloppe par quartier.")
             + '<ul class="budget-headings"><li><a href="/budgets/3/investments?heading_id=7">Toutes les propositions (500 000 €)</a></li></ul>',
             {"participatory_budget"}, platforms={"consul"}),
        page("/budgets/3/investments?heading_id=7", "Projets - Toute la ville", '<div id="budget-investments" class="budget-investments-list">'
             + "".join(m.consul_investment_card(3, *x) for x in inv) + "</div>",
             {"participatory_budget"}, platforms={"consul"}),
        page("/budgets/3/investments/142", "Une aire de jeux inclusive au parc des Ormeaux",
             '<section class="budget-investment-show" id="budget_investment_142"><div class="row"><div class="small-12 medium-9 column">'
             + m.prose("Une aire de jeux accessible aux enfants en situation de handicap : balançoire nacelle, jeux sonores, sol souple, "
                       "tables de pique-nique accessibles. Proposé par l'association des parents du quartier des Ormeaux.")
             + '<p class="investment-project-info">Quartier : Les Ormeaux &bull; Coût estimé : 65 000 €</p></div>'
               '<aside class="small-12 medium-3 column"><div class="supports js-participation"><span class="total-supports">412 soutiens</span>'
               '<a class="button button-support" href="/users/sign_in" rel="nofollow">Connectez-vous pour soutenir</a></div></aside></div></section>'
             + m.consul_comments("Budget::Investment", 142, [
                 (3301, "Nathalie P.", "18/03/2025", "Enfin ! Mon fils ne peut jouer nulle part dans le quartier."),
                 (3307, "rémi72", "20/03/2025", "Il faudrait aussi de l'ombre, le parc est en plein soleil.")]),
             {"participatory_budget", "comments"}, platforms={"consul"}),
        page("/budgets/3/investments/151", "Des arceaux vélos devant chaque école",
             '<section class="budget-investment-show" id="budget_investment_151"><div class="row"><div class="small-12 medium-9 column">'
             + m.prose("Installer une dizaine d'arceaux vélos devant chacune des neuf écoles de la ville, pour que les parents et les enfants "
                       "puissent venir à vélo. Proposé par le collectif Vélo Mauvrières.")
             + '<p class="investment-project-info">Quartier : Toute la ville &bull; Coût estimé : 18 000 €</p></div></div></section>'
             + m.consul_comments("Budget::Investment", 151, [(3320, "Sylvie", "22/03/2025", "Oui, à l'école Jules-Verne il n'y a rien.")]),
             {"participatory_budget", "comments"}, platforms={"consul"}),
        # comments need an account and none is posted yet; no form is shown to visitors: not coded comments
        page("/budgets/3/investments/158", "Un terrain de street workout à la Pierre-Blanche",
             '<section class="budget-investment-show" id="budget_investment_158"><div class="row"><div class="small-12 medium-9 column">'
             + m.prose("Des barres de traction, des espaliers et un sol souple près du city-stade de la Pierre-Blanche, pour faire du sport gratuitement. "
                       "Proposé par les jeunes de l'espace jeunesse.")
             + '<p class="investment-project-info">Quartier : La Pierre-Blanche &bull; Coût estimé : 35 000 €</p></div></div></section>'
             + m.consul_comments("Budget::Investment", 158, []),
             {"participatory_budget"}, platforms={"consul"}),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Proposez une idée pour la ville. Si elle obtient le soutien de 1 % des habitants (500 soutiens) en un an, "
            "la Ville l'étudie et la soumet à la votation.")
             + '<a class="button expanded" href="/users/sign_in">Créer une proposition</a>'
             + '<div id="proposals" class="proposals-list">'
               '<div id="proposal_55" class="proposal clear"><div class="panel"><h3><a href="/proposals/55-un-marche-du-soir-l-ete">Un marché du soir l\'été</a></h3>'
               '<p class="proposal-info">12 commentaires &bull; 318 soutiens</p></div></div>'
               '<div id="proposal_61" class="proposal clear"><div class="panel"><h3><a href="/proposals/61-des-toilettes-publiques-au-centre-ville">Des toilettes publiques au centre-ville</a></h3>'
               '<p class="proposal-info">7 commentaires &bull; 204 soutiens</p></div></div></div>',
             {"suggestion_call"}, platforms={"consul"}),
        page("/proposals/55-un-marche-du-soir-l-ete", "Un marché du soir l'été", m.prose(
            "Un marché de producteurs et de food-trucks le jeudi soir en juillet et août sur la place du Marché, pour animer le centre-ville.")
             + '<div class="supports"><span class="total-supports">318 soutiens</span> <span>Soutiens nécessaires : 500</span>'
               '<a class="button button-support" href="/users/sign_in" rel="nofollow">Connectez-vous pour soutenir</a></div>'
             + m.consul_comments("Proposal", 55, [(3350, "Claudine", "02/04/2025", "Très bonne idée pour les familles."),
                                                  (3356, "Commerçant", "04/04/2025", "Les commerçants de la place seraient partants.")]),
             {"suggestion_call", "comments"}, platforms={"consul"}),
        page("/proposals/61-des-toilettes-publiques-au-centre-ville", "Des toilettes publiques au centre-ville", m.prose(
            "Il n'y a aucune toilette publique entre la gare et la place du Marché. Une sanisette accessible près de la halle serait utile "
            "aux personnes âgées, aux familles et aux visiteurs.")
             + '<div class="supports"><span class="total-supports">204 soutiens</span> <span>Soutiens nécessaires : 500</span>'
               '<a class="button button-support" href="/users/sign_in" rel="nofollow">Connectez-vous pour soutenir</a></div>'
             + m.consul_comments("Proposal", 61, [(3371, "Marcel", "15/04/2025", "Indispensable les jours de marché.")]),
             {"suggestion_call", "comments"}, platforms={"consul"}),
        # CONSUL's debates: residents open threads and others reply (a board); replies are comments under the debate
        page("/debates", "Débats", '<div id="debates" class="debates-list">'
             '<div id="debate_18" class="debate clear"><div class="panel"><h3><a href="/debates/18-stationnement-en-centre-ville">Stationnement en centre-ville : payant ou zone bleue ?</a></h3>'
             '<p class="debate-info">34 commentaires</p></div></div></div>'
             '<a class="button expanded" href="/users/sign_in">Lancer un débat</a>',
             {"forum"}, platforms={"consul"}),
        page("/debates/18-stationnement-en-centre-ville", "Stationnement en centre-ville : payant ou zone bleue ?", m.prose(
            "Débat lancé par un habitant : la Ville envisage de rendre le stationnement payant autour de la place du Marché. "
            "Zone bleue gratuite ou stationnement payant avec 30 minutes gratuites ?")
             + m.consul_comments("Debate", 18, [(3401, "Paul-Henri", "10/03/2025", "La zone bleue, c'est plus simple pour les commerces."),
                                                (3404, "Inès", "10/03/2025", "Payant, sinon les voitures ventouses restent toute la journée."),
                                                (3410, "Jean", "12/03/2025", "Et un vrai parking relais à l'entrée de ville ?")]),
             {"comments", "forum"}, platforms={"consul"}),
        # the votations index only links to the open votation; the ballot is on the votation's own page
        page("/polls", "Votations", '<div class="poll-question"><h3><a href="/polls/horaires-piscine">Horaires d\'été de la piscine</a></h3><p>Votation ouverte jusqu\'au 30 avril.</p></div>'
             '<div class="poll-question"><h3>Nom du nouveau parc de la Pierre-Blanche</h3><p>Votation terminée - <a href="/polls/nom-du-parc/results">voir les résultats</a></p></div>',
             platforms={"consul"}),
        page("/polls/nom-du-parc/results", "Nom du nouveau parc de la Pierre-Blanche : résultats", m.prose(
            "<strong>Votation terminée.</strong> 1 286 participants. Le nom retenu est « Parc des Tisserands ».")
             + '<table class="poll-results"><thead><tr><th>Réponse</th><th>Votes</th></tr></thead><tbody>'
               '<tr class="win"><td>Parc des Tisserands</td><td>604 (47 %)</td></tr><tr><td>Parc Olympe-de-Gouges</td><td>451 (35 %)</td></tr>'
               '<tr><td>Parc de la Pierre-Blanche</td><td>231 (18 %)</td></tr></tbody></table>',
             decoys={"poll"}, platforms={"consul"}),
        page("/polls/horaires-piscine", "Horaires d'été de la piscine", m.prose("Quels horaires d'ouverture préférez-vous pour la piscine en juillet et août ?")
             + '<form class="poll-form" action="/polls/horaires-piscine/answer" method="post"><fieldset><legend>Votre choix</legend>'
               '<label><input type="radio" name="answer" value="10h-19h"> 10h - 19h</label>'
               '<label><input type="radio" name="answer" value="12h-21h"> 12h - 21h</label>'
               '<label><input type="radio" name="answer" value="nocturnes"> 10h - 19h avec deux nocturnes jusqu\'à 22h</label></fieldset>'
               '<input type="submit" class="button" value="Voter"></form>',
             {"poll"}, platforms={"consul"}),
    ]
    return Site(MAU_CONSUL, "consul", "Décidons Mauvrières", pages,
                menu=[("Accueil", "/"), ("Budget participatif", "/budgets/3"), ("Propositions", "/proposals"), ("Débats", "/debates"),
                      ("Votations", "/polls"), ("Site de la Ville", f"http://{MAU}/")],
                features=frozenset({PF}), platforms=frozenset({"consul"}))


def _mau_net():
    tsn = {"territorial_social_network"}
    pages = [
        page("/", "Quartiers connectés - Mauvrières-sur-Sarthe", m.prose(
            "Le réseau social des voisins de Mauvrières-sur-Sarthe, en partenariat avec la Ville. 2 310 membres.")
             + m.links([("/groupes/la-pierre-blanche", "La Pierre-Blanche"), ("/groupes/les-ormeaux", "Les Ormeaux"),
                        ("/entraide", "Entraide")], "groupes")
             + m.feed([("Hélène", "Centre-ville", "il y a 1 h", "entraide", "Cherche quelqu'un pour promener mon chien le midi cette semaine.", 2),
                       ("Maison des Ormeaux", "Les Ormeaux", "il y a 4 h", "evenement", "Repair café samedi 14h, apportez vos objets cassés !", 5)]),
             tsn),
        page("/groupes/la-pierre-blanche", "Groupe La Pierre-Blanche", m.feed([
            ("Amina", "La Pierre-Blanche", "hier", "entraide", "Je donne des cours de couture gratuits le mardi, qui est intéressé ?", 9),
            ("Conseil citoyen", "La Pierre-Blanche", "il y a 3 jours", "evenement", "Réunion publique sur le relogement jeudi 18h.", 4)]),
             tsn),
        page("/groupes/les-ormeaux", "Groupe Les Ormeaux", m.feed([
            ("Maison des Ormeaux", "Les Ormeaux", "il y a 4 h", "evenement", "Repair café samedi 14h, apportez vos objets cassés !", 5)]),
             tsn),
        page("/entraide", "Entraide", m.feed([
            ("Amina", "La Pierre-Blanche", "hier", "entraide", "Je donne des cours de couture gratuits le mardi, qui est intéressé ?", 9),
            ("Hélène", "Centre-ville", "il y a 1 h", "entraide", "Cherche quelqu'un pour promener mon chien le midi cette semaine.", 2)], compose=False),
             tsn),
    ]
    return Site(MAU_NET, "community", "Quartiers connectés - Mauvrières", pages,
                menu=[("Accueil", "/"), ("Entraide", "/entraide"), ("Site de la Ville", f"http://{MAU}/")])


def mauvrieres() -> City:
    return City("99528", "Mauvrières-sur-Sarthe", 52340, "72", "52", "Pays de la Loire", f"http://{MAU}/",
                [_mau_www(), _mau_consul(), _mau_net()])


# =====================================================================================================

_PDF_HREF = re.compile(r"""href=["']([^"'#?]+\.pdf)["']""")


def _linked_files(site):
    """The PDF documents the site's pages link to on the site's own host."""
    files = set()
    for pg in site.pages:
        for href in _PDF_HREF.findall(pg.body):
            if href.startswith(f"http://{site.host}/"):
                href = href[len(f"http://{site.host}"):]
            if href.startswith("/"):
                files.add(href)
    return files


def _with_files(site, pages=None):
    """Serves the site's linked PDF documents (old municipal sites link dozens of them), then its pages."""
    files = _linked_files(site)

    def special(request):
        if request.target in files:
            return Reply(200, [("Content-Type", "application/pdf")], m.PDF_BYTES)
        return pages(request) if pages else None
    return CustomHost(site, special)


@functools.lru_cache(maxsize=None)
def _cities():
    return (val_de_brosne(), lievrecourt(), fontcharrier(), marvejac(), quenneville(), hagondelle(), ploumerven(), mauvrieres())


def cities():
    return list(_cities())


def hosts():
    out = {}
    for city in _cities():
        for site in city.sites:
            if site.host == LIE:
                out[site.host] = _with_files(site, _lie_special)
            elif _linked_files(site):
                out[site.host] = _with_files(site)
    return out
