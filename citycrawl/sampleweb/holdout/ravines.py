"""Holdout part "ravines": eight border towns of 10,000 to 40,000 inhabitants (Alsace, Moselle, the Jura,
Haute-Savoie) in cross-border agglomerations with Germany, Luxembourg and Switzerland. TYPO3, Drupal,
Joomla and vendor CMSs with German and English pages; municipal participation beside eurodistrict and
cross-border consultations (Go Vocal, Decidim, CONSUL Democracy, Cap Collectif, Consultvox), a village
phpBB board and a neighbours' network; and the lookalikes such sites hold (cross-border job fairs, Swiss
votations, a German Land's citizen-participation news, the gendarmerie's participation citoyenne,
grant calls, contests, closed polls, enquête publique, council minutes)."""
from ..site import City, Site, page, social
from . import ravines_markup as m

GRAND_EST = ("44", "Grand Est")
BFC = ("27", "Bourgogne-Franche-Comté")
ARA = ("84", "Auvergne-Rhône-Alpes")


def _home(intro, quick, news, agenda, extra="", banner="tarteaucitron"):
    return (m.cookie_banner(banner) + f'<div class="home-intro">{m.prose(intro)}</div>' + m.tiles(quick)
            + m.news(news) + m.agenda(agenda) + extra)


# ==== 1. Hohenwiller (Bas-Rhin): TYPO3, eurodistrict consultation on Go Vocal ======================

HOH = "www.hohenwiller.fr"
HOH_GV = "eurodistrict-lauter.govocal.com"


def hohenwiller() -> City:
    gv = f"http://{HOH_GV}"
    pages = [
        page("/", "Accueil", _home(
            "Ville frontalière au pied des Vosges du Nord, Hohenwiller compte 14 200 habitants et partage avec ses voisins "
            "palatins l'Eurodistrict Lauter-Palatinat.",
            [("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier"), ("/vie-citoyenne/boite-a-idees", "Boîte à idées"),
             ("/pratique/etat-civil", "État civil"), ("/pratique/dechets", "Collecte des déchets"), ("/contact", "Contact"),
             ("/newsletter", "Lettre d'information"), ("/mairie/conseil-municipal", "Conseil municipal"),
             ("/securite/participation-citoyenne", "Sécurité"), ("/de/", "Deutsch"), ("/en/", "English")],
            [("/actualites/piste-cyclable-lauter", "Piste cyclable de la Lauter : les travaux démarrent", "12/03/2025",
              "La liaison vers la frontière sera ouverte à l'automne."),
             ("/vie-citoyenne/consultation-eurodistrict", "Mobilité transfrontalière : l'Eurodistrict vous consulte", "03/03/2025",
              "Un questionnaire ouvert aux habitants des deux rives jusqu'au 30 avril."),
             ("/actualites/salon-emploi-transfrontalier", "Salon de l'emploi transfrontalier", "20/02/2025",
              "Employeurs français et allemands réunis à la salle polyvalente."),
             ("/actualites/rheinland-pfalz-beteiligung", "Le Land voisin lance son portail de participation", "14/02/2025",
              "Rhénanie-Palatinat : une réforme suivie de près."),
             ("/actualites/fete-de-la-musique", "Retour en images sur la fête de la musique", "25/06/2024", "Merci aux 40 groupes.")],
            [("/actualites/salon-emploi-transfrontalier", "Salon de l'emploi transfrontalier", "22 mars", "Salle polyvalente"),
             ("/vie-citoyenne/conseils-de-quartier", "Conseil de quartier Altstadt", "27 mars", "École du Centre"),
             ("/mairie/conseil-municipal", "Séance du conseil municipal", "31 mars", "Hôtel de ville")])
             + m.languages([("fr", "/", "Français"), ("de", "/de/", "Deutsch"), ("en", "/en/", "English")])),
        page("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Depuis 2021, quatre conseils de quartier (Altstadt, Faubourg de Landau, Cité des Tilleuls, Hameau de Schweighof) "
            "réunissent des habitants volontaires, tirés au sort pour moitié, et deux élus référents.",
            "Chaque conseil se réunit au moins trois fois par an en séance publique. Il donne un avis sur les projets "
            "d'aménagement de son secteur, peut saisir le maire de toute question d'intérêt local et dispose d'une enveloppe "
            "de 5 000 € pour de petits travaux.",
            "La charte des conseils de quartier, adoptée en conseil municipal, fixe leur composition et leur fonctionnement. "
            "Pour rejoindre le conseil de votre quartier, inscrivez-vous auprès du service Démocratie locale.")
             + m.table(["Quartier", "Prochaine séance", "Lieu"], [["Altstadt", "27 mars, 19 h", "École du Centre"],
                                                                 ["Faubourg de Landau", "3 avril, 19 h", "Maison des associations"],
                                                                 ["Cité des Tilleuls", "10 avril, 18 h 30", "Salle des Tilleuls"]])
             + m.links([("/vie-citoyenne/boite-a-idees", "Déposer une idée dans la boîte à idées"),
                        ("/de/buergerbeteiligung", "Diese Seite auf Deutsch")]),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne/conseils-de-quartier")),
        # an idea form with a free-text field: a call for suggestions, and a message to the city
        page("/vie-citoyenne/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie dans votre rue, votre quartier ou en ville ? Déposez-la ici : chaque proposition "
            "est lue par le service Démocratie locale et transmise au conseil de quartier concerné, qui vous répond.")
             + m.powermail("/vie-citoyenne/boite-a-idees", 7, [
                 ("text", "nom", "Nom et prénom"), ("email", "email", "Adresse e-mail"),
                 ("select:Altstadt|Faubourg de Landau|Cité des Tilleuls|Schweighof|Toute la ville", "quartier", "Quartier concerné"),
                 ("text", "titre", "Votre idée en une phrase"), ("textarea", "description", "Décrivez votre idée"),
                 ("check", "rgpd", "J'accepte que mes données soient traitées pour répondre à ma proposition")], "Déposer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Vie citoyenne", "/vie-citoyenne/conseils-de-quartier")),
        # the city relays and co-organises a consultation of the eurodistrict it belongs to: a public consultation presented
        page("/vie-citoyenne/consultation-eurodistrict", "Consultation transfrontalière sur les mobilités", m.prose(
            "La Ville et ses partenaires de l'Eurodistrict Lauter-Palatinat consultent les habitants des deux côtés de la "
            "frontière sur les déplacements quotidiens : bus transfrontaliers, vélo, covoiturage des travailleurs frontaliers.",
            "Le questionnaire, bilingue, est en ligne jusqu'au 30 avril sur la plateforme participative de l'Eurodistrict. "
            "Vous pouvez aussi y proposer des idées. Une réunion publique de restitution aura lieu en juin à Hohenwiller.",
            f'<a class="btn btn-primary" href="{gv}/fr-FR/projects/mobilite-transfrontaliere">Répondre au questionnaire</a> '
            f'<a href="{gv}/">Plateforme de l\'Eurodistrict</a>'),
             {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne/conseils-de-quartier")),
        page("/de/", "Willkommen in Hohenwiller", m.prose(
            "Herzlich willkommen auf der Internetseite der Stadt Hohenwiller, nur wenige Kilometer von der deutschen Grenze.",
            "Hier finden Sie Informationen zu Rathaus, Öffnungszeiten, Veranstaltungen und zum Eurodistrikt.")
             + m.links([("/de/buergerbeteiligung", "Bürgerbeteiligung"), ("/de/rathaus", "Rathaus und Öffnungszeiten"), ("/", "Version française")])),
        page("/de/buergerbeteiligung", "Bürgerbeteiligung: die Stadtteilräte", m.prose(
            "In Hohenwiller gibt es vier Stadtteilräte (conseils de quartier). Interessierte Einwohnerinnen und Einwohner "
            "beraten dort gemeinsam mit zwei Stadträten über Vorhaben in ihrem Viertel.",
            "Die Sitzungen sind öffentlich; deutschsprachige Grenzgänger, die in Hohenwiller wohnen, sind ausdrücklich eingeladen. "
            "Die Charta der Bürgerbeteiligung regelt Zusammensetzung und Arbeitsweise.")
             + m.links([("/vie-citoyenne/conseils-de-quartier", "Französische Fassung")]), {"participation_displayed"},
             parent=("Deutsch", "/de/")),
        page("/de/rathaus", "Rathaus", m.prose("Öffnungszeiten: Montag bis Freitag, 8.30–12 Uhr und 13.30–17 Uhr.",
                                               "Standesamt, Meldewesen und Ausweise: Termin nach Vereinbarung."), parent=("Deutsch", "/de/")),
        page("/en/", "Welcome to Hohenwiller", m.prose(
            "Hohenwiller is a small town in northern Alsace, on the border with Germany, known for its old town and the Lauter valley.",
            "Town hall opening hours, tourist information and events are available in French; the tourist office answers in English.")
             + m.links([("/pratique/etat-civil", "Civil registry (in French)"), ("/", "French version")])),
        page("/actualites/piste-cyclable-lauter", "Piste cyclable de la Lauter : les travaux démarrent", m.prose(
            "Les travaux de la piste cyclable entre le quartier des Tilleuls et le pont frontalier commencent le 17 mars. "
            "La circulation sera alternée rue du Moulin pendant six semaines.",
            "Cet aménagement avait été demandé par le conseil de quartier des Tilleuls en 2023.")
             + m.pw_comments([("Sabine K.", "12/03/2025 18:02", "Très bonne nouvelle, je traverse la frontière tous les jours à vélo."),
                              ("Marc", "13/03/2025 07:45", "Est-ce qu'un éclairage est prévu sous le pont ?")], "/actualites/piste-cyclable-lauter")
             + m.share("http%3A%2F%2Fwww.hohenwiller.fr%2Factualites%2Fpiste-cyclable-lauter"),
             {"comments"}, parent=("Actualités", "/")),
        page("/actualites/fete-de-la-musique", "Retour en images sur la fête de la musique", m.prose(
            "Quarante groupes et plus de 3 000 spectateurs : la fête de la musique a animé la vieille ville jusqu'à minuit.")
             + m.pw_comments([], "/actualites/fete-de-la-musique", open_=False), decoys={"comments"}, parent=("Actualités", "/")),
        page("/actualites/salon-emploi-transfrontalier", "Salon de l'emploi transfrontalier", m.prose(
            "Le 22 mars, le Forum transfrontalier de l'emploi réunit une soixantaine d'employeurs alsaciens et palatins à la salle "
            "polyvalente, de 9 h à 16 h.",
            "Offres en CDI, apprentissage franco-allemand, conseils sur le statut de travailleur frontalier : venez avec votre CV "
            "en français et en allemand. Entrée libre.")
             + m.share("http%3A%2F%2Fwww.hohenwiller.fr%2Factualites%2Fsalon-emploi-transfrontalier"),
             decoys={"forum"}, parent=("Actualités", "/")),
        # news about the neighbouring German Land: its participation portal is not the city's
        page("/actualites/rheinland-pfalz-beteiligung", "Le Land voisin lance son portail de participation", m.prose(
            "Le Land de Rhénanie-Palatinat a ouvert un portail de participation citoyenne (Beteiligungsportal) où ses habitants "
            "commentent les projets de loi et les plans régionaux.",
            "Plusieurs communes palatines de l'Eurodistrict s'en servent déjà. Les élus de Hohenwiller suivront la démarche "
            "lors de la prochaine rencontre franco-allemande des maires."), decoys={"participatory_platform", "participation_displayed"},
             parent=("Actualités", "/")),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 29 élus. Ses séances sont publiques et se tiennent en salle des délibérations.",
            "Ordre du jour de la séance du 31 mars : compte administratif 2024, budget primitif 2025, subventions aux associations, "
            "convention avec l'Eurodistrict.")
             + m.links([("/mairie/conseil-municipal/pv-2025-02", "Procès-verbal de la séance du 10 février 2025")]),
             decoys={"participation_displayed"}),
        page("/mairie/conseil-municipal/pv-2025-02", "Procès-verbal du conseil municipal du 10 février 2025", m.prose(
            "Présents : 25. Secrétaire de séance : M. Adam.",
            "Point 1 – Débat d'orientation budgétaire : le maire présente les grandes orientations du budget 2025. Adopté à l'unanimité.",
            "Point 4 – Renouvellement de la charte des conseils de quartier : reporté à une séance ultérieure.")
             + m.table(["Point", "Vote"], [["Débat d'orientation budgétaire", "Unanimité"], ["Tarifs périscolaires", "27 pour, 2 abstentions"]]),
             decoys={"participation_displayed", "participatory_budget"}, parent=("Conseil municipal", "/mairie/conseil-municipal")),
        # the gendarmerie's watch scheme carries the word "participation citoyenne": not the city's participatory approach
        page("/securite/participation-citoyenne", "Dispositif participation citoyenne", m.prose(
            "La Ville a signé avec la gendarmerie et la sous-préfecture un protocole « participation citoyenne ». Des habitants "
            "référents, volontaires, signalent aux gendarmes tout fait inhabituel dans leur quartier.",
            "Ce dispositif de vigilance ne remplace pas l'appel au 17. Renseignements auprès de la police municipale.")
             + m.links([("/pratique/etat-civil", "Démarches"), ("/contact", "Contacter la police municipale")]),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/pratique/etat-civil", "État civil", m.prose(
            "Cartes d'identité et passeports sur rendez-vous. Actes de naissance, mariage et décès : demande en ligne sur service-public.fr.",
            "Le service est ouvert le samedi matin de 9 h à 11 h 30.")),
        page("/pratique/dechets", "Collecte des déchets", m.prose(
            "Bacs gris le lundi, bacs jaunes le jeudi des semaines paires. La déchèterie intercommunale est ouverte du mardi au samedi.")
             + m.table(["Secteur", "Ordures ménagères", "Tri"], [["Altstadt", "lundi", "jeudi"], ["Tilleuls", "mardi", "vendredi"]])),
        page("/contact", "Nous contacter", m.prose("Hôtel de ville, 1 place de la République. Du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h.")
             + m.powermail("/contact", 1, [("text", "nom", "Nom"), ("email", "email", "E-mail"),
                                           ("select:Accueil|Urbanisme|Police municipale|Services techniques", "service", "Service"),
                                           ("text", "objet", "Objet"), ("textarea", "message", "Votre message")]),
             {"contact_form"}),
        page("/newsletter", "Lettre d'information", m.prose("Recevez chaque mois l'actualité de Hohenwiller dans votre boîte aux lettres électronique.")
             + m.powermail("/newsletter", 3, [("email", "email", "Votre e-mail"), ("check", "accord", "J'accepte de recevoir la lettre d'information")],
                           "S'abonner"), decoys={"contact_form"}),
    ]
    www = Site(HOH, "typo3", "Ville de Hohenwiller", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne/conseils-de-quartier"), ("Mairie", "/mairie/conseil-municipal"),
                     ("Pratique", "/pratique/etat-civil"), ("Contact", "/contact"), ("DE", "/de/"), ("EN", "/en/")],
               accounts=[social("facebook", "VilleDeHohenwiller"), social("instagram", "hohenwiller_officiel")],
               address="Hôtel de ville, 1 place de la République, 67000 Hohenwiller")
    gv_pages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de l'Eurodistrict Lauter-Palatinat. "
                                     "Willkommen auf der Beteiligungsplattform des Eurodistrikts.")
             + '<div class="e2e-projects-list">' + m.decidim_cards([
                 ("/fr-FR/projects/mobilite-transfrontaliere", "Mobilité transfrontalière / Grenzüberschreitende Mobilität", "Questionnaire · ouvert"),
                 ("/fr-FR/projects/berges-de-la-lauter", "Les berges de la Lauter (2023)", "Terminé")]) + "</div>"),
        page("/fr-FR/projects/mobilite-transfrontaliere", "Mobilité transfrontalière", m.prose(
            "Comment vous déplacez-vous entre la France et l'Allemagne ? Répondez à notre enquête en ligne (10 minutes).")
             + '<div id="e2e-native-survey">' + m.questionnaire("/fr-FR/projects/mobilite-transfrontaliere/survey", [
                 ("Combien de fois par semaine traversez-vous la frontière ?", ["Jamais", "1 à 2 fois", "3 à 5 fois", "Tous les jours"], False),
                 ("Quel mode de transport utilisez-vous ?", ["Voiture", "Bus", "Train", "Vélo", "À pied"], True),
                 ("Un bus transfrontalier cadencé vous ferait-il renoncer à la voiture ?", ["Oui", "Peut-être", "Non"], False)],
                 "Envoyer", "e2e-survey-form") + "</div>"
             + f'<p><a href="/fr-FR/projects/mobilite-transfrontaliere/ideas">Voir et proposer des idées</a></p>', {"poll"}),
        page("/fr-FR/projects/mobilite-transfrontaliere/ideas", "Idées : mobilité transfrontalière", m.prose(
            "Partagez vos idées pour faciliter les trajets entre les deux rives. Les idées les plus soutenues seront étudiées par le conseil de l'Eurodistrict.")
             + '<a class="e2e-idea-button" href="/fr-FR/projects/mobilite-transfrontaliere/ideas/new">Soumettre une idée</a>'
             + m.links([("/fr-FR/ideas/navette-gare-hohenwiller", "Une navette entre la gare de Hohenwiller et le Palatinat – 48 votes")], "e2e-idea-cards"),
             {"suggestion_call"}),
        page("/fr-FR/projects/mobilite-transfrontaliere/ideas/new", "Soumettre une idée", m.form("/fr-FR/projects/mobilite-transfrontaliere/ideas/new", [
            ("text", "idea[title_multiloc][fr-FR]", "Titre de votre idée"), ("textarea", "idea[body_multiloc][fr-FR]", "Description"),
            ("text", "idea[location_description]", "Lieu")], "Publier", "e2e-idea-form"), {"suggestion_call", "contact_form"}),
        page("/fr-FR/ideas/navette-gare-hohenwiller", "Une navette entre la gare de Hohenwiller et le Palatinat", m.prose(
            "Beaucoup de frontaliers prennent la voiture faute de correspondance le matin. Une navette à 6 h 40 et 7 h 10 suffirait.")
             + '<div id="e2e-comments-container"><div class="e2e-comment">Klaus W. : Sehr gute Idee, ich würde sie täglich nutzen.</div>'
               '<form class="e2e-comment-form"><label for="submit-comment">Écrire un commentaire</label><textarea id="submit-comment" name="comment"></textarea>'
               '<button type="submit" class="e2e-submit-comment">Publier</button></form></div>', {"comments", "suggestion_call"}),
        page("/fr-FR/projects/berges-de-la-lauter", "Les berges de la Lauter (2023)", m.prose(
            "Cette consultation est terminée. Merci aux 612 participants ! Voici les résultats du questionnaire.")
             + m.poll_results("Quel aménagement prioritaire pour les berges ?", [("Cheminement piéton", 46, 281), ("Aire de pique-nique", 31, 190),
                                                                                  ("Ponton de pêche", 23, 141)], 612, "Le questionnaire est clos."),
             decoys={"poll"}),
    ]
    gvs = Site(HOH_GV, "govocal", "Eurodistrict Lauter-Palatinat – Participation", gv_pages,
               menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/mobilite-transfrontaliere")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"Go Vocal"}))
    return City("99421", "Hohenwiller", 14_200, "67", *GRAND_EST, f"http://{HOH}/", [www, gvs])


# ==== 2. Sarrelonge (Moselle): Drupal, a participatory budget under a local brand =================

SAR = "www.sarrelonge.fr"
_SAR_BRAND = "Sarrelonge Demain"


def sarrelonge() -> City:
    bp = "/participation/sarrelonge-demain"
    pages = [
        page("/", "Accueil", _home(
            "Sarrelonge, 18 600 habitants, ville de la vallée de la Sarre, à dix minutes de Sarrebruck.",
            [(bp, _SAR_BRAND), ("/participation", "Démocratie de proximité"), ("/enfance/inscription-periscolaire", "Périscolaire"),
             ("/finances/budget-primitif-2025", "Budget de la ville"), ("/contact", "Contact"), ("/de", "Deutsch"),
             ("/participation/comites-consultatifs", "Comités consultatifs")],
            [(f"{bp}/voter", f"{_SAR_BRAND} : votez pour vos projets préférés !", "02/04/2025", "Vote ouvert jusqu'au 30 avril."),
             ("/actualites/marche-de-noel", "Marché de Noël : donnez votre avis", "10/12/2024", "Quel emplacement l'an prochain ?"),
             ("/actualites/passerelle-sarre", "La passerelle sur la Sarre rouvre", "15/11/2024", "Après huit mois de travaux."),
             ("/actualites/sondage-stationnement-resultats", "Stationnement : les résultats du sondage", "03/10/2024", "1 204 réponses."),
             ("/actualites/saarland-buergerbeteiligung", "La Sarre voisine mise sur la participation", "12/09/2024", "Un regard outre-frontière."),
             ("/actualites/appel-a-projets-associations", "Subventions aux associations : appel à projets 2025", "01/09/2024", "Dossiers avant le 15 octobre.")],
            [("/agenda/journee-citoyenne", "Journée citoyenne", "24 mai", "Tous quartiers"),
             (f"{bp}/laureats-2024", "Inauguration du jardin partagé (lauréat 2024)", "7 juin", "Quartier de la Gare")], banner="eu")),
        page("/participation", "Démocratie de proximité", m.prose(
            "La municipalité associe les habitants aux décisions : comités consultatifs thématiques, réunions publiques de "
            "quartier deux fois par an, concertation préalable à chaque grand projet et budget participatif « Sarrelonge Demain ».",
            "Une adjointe à la démocratie de proximité et un agent dédié coordonnent la démarche, dont la charte a été votée en 2022.")
             + m.links([(bp, _SAR_BRAND + " – budget participatif"), ("/participation/comites-consultatifs", "Les comités consultatifs")]),
             {"participation_displayed"}),
        page("/participation/comites-consultatifs", "Les comités consultatifs", m.prose(
            "Trois comités consultatifs (cadre de vie, seniors, vie associative et sportive) réunissent élus, associations et "
            "habitants. Ils émettent des avis sur les projets que leur soumet le conseil municipal.",
            "Les comptes rendus sont publiés après chaque réunion ; toute personne domiciliée à Sarrelonge peut demander à y siéger.")
             + m.table(["Comité", "Président", "Réunions 2025"], [["Cadre de vie", "Adjoint à l'urbanisme", "4"], ["Seniors", "Conseillère déléguée", "3"]]),
             {"participation_displayed"}, parent=("Démocratie de proximité", "/participation")),
        page(bp, _SAR_BRAND + " : le budget participatif", m.prose(
            "Avec « Sarrelonge Demain », la Ville consacre 100 000 € de son budget d'investissement à des projets imaginés "
            "puis choisis par les habitants à partir de 11 ans.",
            "Le calendrier de l'édition 2025 : dépôt des projets du 15 janvier au 15 mars, étude de faisabilité par les services, "
            "vote du 2 au 30 avril, annonce des lauréats en mai.")
             + m.phases([("Dépôt des projets", "15/01 – 15/03"), ("Étude", "16/03 – 01/04"), ("Vote", "02/04 – 30/04"), ("Lauréats", "mai")], 2)
             + m.links([(f"{bp}/reglement", "Lire le règlement"), (f"{bp}/deposer", "Déposer un projet (phase close)"),
                        (f"{bp}/voter", "Voter"), (f"{bp}/laureats-2024", "Les lauréats 2024")]),
             {"participatory_budget"}, parent=("Démocratie de proximité", "/participation")),
        page(f"{bp}/reglement", "Règlement de Sarrelonge Demain", m.prose(
            "Article 1 – Objet. Le budget participatif permet aux habitants de proposer des projets d'investissement d'intérêt général.",
            "Article 3 – Recevabilité. Un projet doit relever des compétences communales, être situé sur le territoire et ne pas "
            "dépasser 30 000 €. Il ne peut générer de frais de fonctionnement importants.",
            "Article 5 – Vote. Chaque votant choisit trois projets au plus ; les projets les plus soutenus sont retenus dans la limite de l'enveloppe."),
             {"participatory_budget"}, parent=(_SAR_BRAND, bp)),
        # the budget's filing step: a call for project ideas, sent by a form with a free-text field
        page(f"{bp}/deposer", "Déposer un projet", m.prose(
            "Vous avez une idée de projet pour votre quartier ? Décrivez-la ci-dessous. Un agent vous recontactera si des précisions sont nécessaires.")
             + m.webform("projet_sarrelonge_demain", f"{bp}/deposer", [
                 ("text", "nom_porteur", "Nom du porteur de projet"), ("email", "courriel", "Courriel"),
                 ("select:Centre|Gare|Hohberg|Saint-Éloi|Toute la ville", "quartier", "Quartier"),
                 ("text", "titre_projet", "Titre du projet"), ("textarea", "description_projet", "Description du projet"),
                 ("number", "cout_estime", "Coût estimé (€)"), ("file", "photo", "Photo ou plan")], "Déposer mon projet"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=(_SAR_BRAND, bp)),
        # the vote on the budget's projects belongs to the participatory budget, not a poll of opinion
        page(f"{bp}/voter", "Votez pour vos projets", m.prose("21 projets ont été jugés recevables. Choisissez jusqu'à trois projets.")
             + m.webform("vote_sarrelonge_demain", f"{bp}/voter", [
                 ("checkbox", "projet_1", "Boîtes à livres dans les quatre quartiers (6 000 €)"),
                 ("checkbox", "projet_2", "Jardin partagé rue de la Sarre (18 000 €)"),
                 ("checkbox", "projet_3", "Éclairage du city-stade du Hohberg (25 000 €)"),
                 ("text", "numero_electeur", "Votre code de vote reçu par courrier")], "Valider mon vote"),
             {"participatory_budget"}, parent=(_SAR_BRAND, bp)),
        page(f"{bp}/laureats-2024", "Les lauréats de l'édition 2024", m.prose(
            "2 318 habitants ont voté en 2024. Cinq projets ont été retenus et seront réalisés d'ici fin 2025.")
             + m.table(["Projet", "Quartier", "Voix", "Montant"], [["Jardin partagé", "Gare", "612", "18 000 €"],
                                                                 ["Nichoirs et hôtels à insectes", "Saint-Éloi", "455", "4 500 €"],
                                                                 ["Fontaine à eau", "Centre", "398", "12 000 €"]]),
             {"participatory_budget"}, parent=(_SAR_BRAND, bp)),
        page("/finances/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'élève à 31,4 M€ : 22,1 M€ en fonctionnement, 9,3 M€ en investissement.",
            "Les taux d'imposition restent inchangés. Principaux investissements : rénovation de l'école du Hohberg, voirie, "
            "et enveloppe du budget participatif reconduite.")
             + m.table(["Section", "Montant"], [["Fonctionnement", "22,1 M€"], ["Investissement", "9,3 M€"]]),
             decoys={"participatory_budget"}),
        page("/actualites/marche-de-noel", "Marché de Noël : donnez votre avis", m.aside(m.prose(
            "Le marché de Noël a accueilli 45 chalets place de la Sarre. Pour l'édition prochaine, la Ville envisage un "
            "déplacement vers le parvis de la gare.",
            "Dites-nous ce que vous préférez grâce au sondage ci-contre."),
            m.drupal_poll(12, "Où installer le marché de Noël l'an prochain ?", ["Place de la Sarre", "Parvis de la gare", "Parc municipal"])),
             {"poll"}, parent=("Actualités", "/")),
        page("/actualites/sondage-stationnement-resultats", "Stationnement : les résultats du sondage", m.prose(
            "Le sondage sur la zone bleue du centre-ville est clos. Le conseil municipal en tirera les conclusions en novembre.")
             + m.poll_results("Faut-il étendre la zone bleue ?", [("Oui", 38, 457), ("Non", 54, 650), ("Sans avis", 8, 97)], 1204),
             decoys={"poll"}, parent=("Actualités", "/")),
        page("/actualites/passerelle-sarre", "La passerelle sur la Sarre rouvre", m.prose(
            "Fermée depuis mars pour le remplacement de son tablier, la passerelle piétonne relie de nouveau les deux rives.")
             + m.drupal_comments([("Gérard", "16/11/2024", "Enfin, on peut aller au marché à pied !"),
                                  ("Anne-Marie", "17/11/2024", "Bravo, et l'éclairage est très réussi.")], 48),
             {"comments"}, parent=("Actualités", "/")),
        page("/actualites/saarland-buergerbeteiligung", "La Sarre voisine mise sur la participation", m.prose(
            "Le Land de Sarre a adopté une loi qui facilite les référendums communaux et les consultations d'habitants "
            "dans ses communes. Saarbrücken a réuni un « Bürgerrat » tiré au sort sur le climat.",
            "Une délégation de l'Eurodistrict SaarMoselle présentera ces expériences au printemps.")
             + m.share("http%3A%2F%2Fwww.sarrelonge.fr%2Factualites%2Fsaarland-buergerbeteiligung"),
             decoys={"participation_displayed", "participatory_platform"}, parent=("Actualités", "/")),
        # a grant call for associations is not a call for residents' ideas
        page("/actualites/appel-a-projets-associations", "Subventions aux associations : appel à projets 2025", m.prose(
            "Les associations sarrelongeoises peuvent solliciter une subvention de fonctionnement ou de projet pour 2025.",
            "Le dossier (statuts, budget prévisionnel, bilan) est à déposer avant le 15 octobre au service Vie associative.")
             + m.links([("/contact", "Contacter le service Vie associative")]), decoys={"suggestion_call"}, parent=("Actualités", "/")),
        # a day of volunteer works in the streets: civic engagement, not a presentation of the participatory approach
        page("/agenda/journee-citoyenne", "Journée citoyenne", m.prose(
            "Le 24 mai, habitants, associations et élus retroussent leurs manches : peinture des bancs, plantations, nettoyage des berges.",
            "Inscription des bénévoles à l'accueil de la mairie. Repas offert à midi."), decoys={"participation_displayed"}),
        page("/enfance/inscription-periscolaire", "Inscription au périscolaire", m.prose(
            "Les inscriptions à l'accueil du matin, à la cantine et aux mercredis se font avant le 30 juin.")
             + m.webform("inscription_periscolaire", "/enfance/inscription-periscolaire", [
                 ("text", "nom_enfant", "Nom de l'enfant"), ("date", "date_naissance", "Date de naissance"),
                 ("select:Centre|Gare|Hohberg", "ecole", "École"), ("radios:Matin|Midi|Soir|Mercredi", "accueil", "Accueils souhaités"),
                 ("email", "courriel", "Courriel du responsable légal")], "Inscrire mon enfant"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Mairie de Sarrelonge, 2 rue de l'Hôtel-de-Ville. Tél. 03 87 00 00 00.")
             + m.webform("contact", "/contact", [("text", "name", "Votre nom"), ("email", "email", "Votre adresse électronique"),
                                                 ("text", "subject", "Sujet"), ("textarea", "message", "Message")], "Envoyer le message"),
             {"contact_form"}),
        page("/de", "Willkommen in Sarrelonge", m.prose(
            "Sarrelonge liegt an der Saar, nur wenige Minuten von Saarbrücken. Viele Einwohner arbeiten im Saarland.",
            "Das Rathaus ist montags bis freitags geöffnet; Auskünfte erhalten Sie auch auf Deutsch.")
             + m.links([("/", "Startseite (Französisch)"), ("/contact", "Kontakt")])),
    ]
    www = Site(SAR, "drupal", "Ville de Sarrelonge", pages,
               menu=[("Accueil", "/"), ("Participation", "/participation"), (_SAR_BRAND, bp), ("Enfance", "/enfance/inscription-periscolaire"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "sarrelonge"), social("youtube", "VilleDeSarrelonge")],
               address="Mairie, 2 rue de l'Hôtel-de-Ville, 57000 Sarrelonge")
    return City("99422", "Sarrelonge", 18_600, "57", *GRAND_EST, f"http://{SAR}/", [www])


# ==== 3. Audunval (Moselle, near Luxembourg): Joomla, Decidim ======================================

AUD = "www.audunval.fr"
AUD_DEC = "participez.audunval.fr"


def audunval() -> City:
    dec = f"http://{AUD_DEC}"
    j = "/index.php"
    pages = [
        page("/", "Accueil", _home(
            "Audunval, 22 400 habitants, au cœur du bassin de vie transfrontalier avec le Luxembourg.",
            [(f"{j}/ma-ville/audunval-ensemble", "Audunval Ensemble"), (f"{j}/ma-ville/comites-consultatifs", "Comités consultatifs"),
             (f"{j}/services/reservation-salles", "Réserver une salle"), (f"{j}/contact", "Contact"), (f"{j}/ma-ville/finances", "Finances"),
             (f"{j}/ma-ville/vie-locale", "Vie locale"), (f"{j}/de", "Deutsch"), (dec + "/", "Plateforme participative")],
            [(f"{j}/actualites/nouvelle-ligne-bus", "Nouvelle ligne de bus vers Esch-sur-Alzette", "05/03/2025", "Départ toutes les 20 minutes."),
             (f"{j}/actualites/forum-emploi-luxembourg", "Forum de l'emploi frontalier", "18/02/2025", "Recruteurs luxembourgeois présents."),
             (f"{j}/actualites/conseil-municipal-janvier", "Conseil municipal : ce qu'il faut retenir", "30/01/2025", "Sept délibérations."),
             (f"{j}/ma-ville/comites-consultatifs/appel-a-candidatures", "Rejoignez un comité consultatif", "10/01/2025", "Candidatures jusqu'au 15 février.")],
            [(f"{j}/actualites/forum-emploi-luxembourg", "Forum de l'emploi frontalier", "22 mars", "Espace Moselle"),
             (dec + "/processes/budget-participatif-2025", "Budget participatif : dépôt des projets", "jusqu'au 31 mars", "En ligne")])),
        page(f"{j}/ma-ville/audunval-ensemble", "Audunval Ensemble : participer à la vie de la ville", m.prose(
            "« Audunval Ensemble » réunit les outils de démocratie participative de la commune : comités consultatifs, "
            "réunions publiques, concertations et budget participatif.",
            "Depuis 2023, la plateforme participez.audunval.fr permet de proposer des projets, de répondre aux questionnaires "
            "et de débattre en ligne. Des permanences en mairie accompagnent ceux qui ne sont pas à l'aise avec le numérique.")
             + m.links([(dec + "/", "Accéder à la plateforme participative"), (f"{j}/ma-ville/comites-consultatifs", "Les comités consultatifs")]),
             {"participation_displayed"}, parent=("Ma ville", f"{j}/ma-ville/vie-locale")),
        page(f"{j}/ma-ville/comites-consultatifs", "Les comités consultatifs", m.prose(
            "Quatre comités consultatifs associent les habitants aux réflexions municipales : environnement, mobilités "
            "transfrontalières, jeunesse, commerce et artisanat.",
            "Composés d'élus et d'habitants, ils sont consultés sur les projets de la commune et peuvent faire des propositions au maire.")
             + m.links([(f"{j}/ma-ville/comites-consultatifs/appel-a-candidatures", "Appel à candidatures 2025")]),
             {"participation_displayed"}, parent=("Ma ville", f"{j}/ma-ville/vie-locale")),
        # a call for candidates to sit on a consultative committee: the approach is presented, but no ideas are called for
        page(f"{j}/ma-ville/comites-consultatifs/appel-a-candidatures", "Appel à candidatures : comités consultatifs 2025", m.prose(
            "Vous habitez Audunval et souhaitez vous impliquer ? La Ville renouvelle la moitié des membres de ses comités "
            "consultatifs, où les habitants donnent leur avis sur les projets municipaux.",
            "Envoyez une courte lettre de motivation à l'accueil de la mairie avant le 15 février en précisant le comité choisi. "
            "Un tirage au sort aura lieu si les candidatures dépassent le nombre de places."),
             {"participation_displayed"}, decoys={"suggestion_call"}, parent=("Comités consultatifs", f"{j}/ma-ville/comites-consultatifs")),
        page(f"{j}/ma-ville/vie-locale", "Vie locale", m.aside(m.prose(
            "Associations, marchés, culture : Audunval vit au rythme de ses 140 associations.",
            "Le marché hebdomadaire se tient le samedi matin place de la Fontaine."),
            m.joomla_poll(4, "Souhaitez-vous un second marché en semaine ?", ["Oui, le mercredi", "Oui, le vendredi soir", "Non"])),
             {"poll"}),
        page(f"{j}/ma-ville/sondage-resultats", "Résultats du sondage : horaires de la médiathèque", m.prose(
            "Sondage clos le 31 décembre. Merci de votre participation.")
             + m.poll_results("Quels horaires pour la médiathèque ?", [("Ouverture le dimanche", 41, 203), ("Fermeture à 20 h", 44, 218),
                                                                      ("Sans changement", 15, 74)], 495, "Ce sondage est terminé.", "pollstableborder"),
             decoys={"poll"}, parent=("Vie locale", f"{j}/ma-ville/vie-locale")),
        page(f"{j}/ma-ville/finances", "Finances : compte administratif 2024", m.prose(
            "Le compte administratif 2024 fait apparaître un excédent de fonctionnement de 1,2 M€, affecté à l'investissement.",
            "Les documents budgétaires sont consultables en mairie.") + m.links([(f"{j}/ma-ville/sondage-resultats", "Résultats du dernier sondage")]),
             decoys={"participatory_budget"}),
        page(f"{j}/actualites/nouvelle-ligne-bus", "Nouvelle ligne de bus vers Esch-sur-Alzette", m.prose(
            "À partir du 1er avril, une ligne transfrontalière relie la gare d'Audunval à Esch-sur-Alzette toutes les 20 minutes en heure de pointe.")
             + m.jcomments([("Patrick", "06/03/2025", "Et le week-end ?"), ("Mairie d'Audunval", "06/03/2025", "Une navette toutes les heures le samedi.")], 211),
             {"comments"}, parent=("Actualités", "/")),
        page(f"{j}/actualites/forum-emploi-luxembourg", "Forum de l'emploi frontalier", m.prose(
            "Le forum de l'emploi frontalier revient le 22 mars à l'Espace Moselle : banques, logistique, santé, construction.",
            "Des conseillers de l'ADEM luxembourgeoise et de France Travail renseignent sur le statut de frontalier.")
             + m.share("http%3A%2F%2Fwww.audunval.fr%2Findex.php%2Factualites%2Fforum-emploi-luxembourg"),
             decoys={"forum"}, parent=("Actualités", "/")),
        # a council summary that names the platform's software in passing
        page(f"{j}/actualites/conseil-municipal-janvier", "Conseil municipal : ce qu'il faut retenir", m.prose(
            "Le conseil municipal du 28 janvier a voté les tarifs 2025, une convention avec la commune luxembourgeoise voisine "
            "et le renouvellement du contrat d'hébergement du logiciel Decidim, utilisé par la plateforme participative.",
            "Prochaine séance : 25 mars à 19 h."), decoys={"participatory_platform", "participation_displayed"}, parent=("Actualités", "/")),
        page(f"{j}/services/reservation-salles", "Réserver une salle municipale", m.prose("Les associations et les particuliers peuvent louer quatre salles.")
             + m.form(f"{j}/services/reservation-salles", [("select:Salle des fêtes|Salle Schuman|Foyer du Val|Club-house", "salle", "Salle"),
                                                          ("date", "date", "Date souhaitée"), ("number", "personnes", "Nombre de personnes"),
                                                          ("text", "nom", "Nom"), ("email", "email", "E-mail")], "Vérifier la disponibilité",
                      "form form--booking"), decoys={"contact_form"}),
        page(f"{j}/contact", "Contact", m.prose("Mairie d'Audunval, place de l'Europe. Accueil du lundi au samedi matin.")
             + m.joomla_contact(f"{j}/contact"), {"contact_form"}),
        page(f"{j}/de", "Willkommen in Audunval", m.prose(
            "Audunval liegt an der Grenze zu Luxemburg. Zahlreiche Grenzgänger wohnen hier.",
            "Informationen über Bürgerdienste erhalten Sie im Rathaus, auch auf Deutsch und Luxemburgisch.")
             + m.links([("/", "Startseite"), (f"{j}/contact", "Kontakt")])),
    ]
    www = Site(AUD, "joomla", "Ville d'Audunval", pages,
               menu=[("Accueil", "/"), ("Audunval Ensemble", f"{j}/ma-ville/audunval-ensemble"), ("Vie locale", f"{j}/ma-ville/vie-locale"),
                     ("Services", f"{j}/services/reservation-salles"), ("Contact", f"{j}/contact")],
               accounts=[social("facebook", "audunval.officiel"), social("linkedin", "ville-d-audunval")],
               address="Mairie, place de l'Europe, 57000 Audunval")
    bp = "/processes/budget-participatif-2025"
    dpages = [
        page("/", "Accueil", m.prose("Bienvenue sur participez.audunval.fr, la plateforme de participation citoyenne de la Ville d'Audunval.")
             + m.decidim_cards([(bp, "Budget participatif 2025", "Phase : dépôt des projets"),
                                ("/processes/plan-velo", "Plan vélo transfrontalier", "Phase : concertation"),
                                ("/processes/budget-participatif-2023", "Budget participatif 2023", "Terminé"),
                                ("/processes/consultation-2022", "Consultation sur les rythmes scolaires", "Terminé")]), {"participatory_budget"}),
        page("/processes", "Processus participatifs", m.decidim_cards([
            (bp, "Budget participatif 2025", "2 phases sur 4"), ("/processes/plan-velo", "Plan vélo transfrontalier", "1 phase sur 3")]),
             {"participatory_budget"}),
        page(bp, "Budget participatif 2025", m.prose(
            "150 000 € pour vos projets ! Proposez jusqu'au 31 mars des projets d'investissement pour la ville, puis votez à l'automne.")
             + m.phases([("Dépôt des projets", "01/02 – 31/03"), ("Analyse", "avril – juin"), ("Vote", "septembre"), ("Résultats", "octobre")], 0)
             + m.links([(f"{bp}/f/12/proposals", "Voir les projets proposés"), (f"{bp}/f/13/budgets", "Voter (à partir de septembre)")]),
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page(f"{bp}/f/12/proposals", "Projets proposés", m.prose(
            '<a class="button button__sm button__secondary" href="/users/sign_in">Nouveau projet</a> '
            "Déposez votre projet : il sera étudié par les services avant d'être soumis au vote.")
             + m.decidim_proposals([(f"{bp}/f/12/proposals/301", "Un verger partagé au parc du Val", "Collectif Val Vert", 57),
                                    (f"{bp}/f/12/proposals/302", "Bancs et ombrières rue de Luxembourg", "Nadia B.", 23)]),
             {"participatory_budget", "suggestion_call"}, parent=("Budget participatif 2025", bp)),
        page(f"{bp}/f/12/proposals/301", "Un verger partagé au parc du Val", m.prose(
            "Planter une trentaine d'arbres fruitiers en libre cueillette, avec l'aide des écoles. Coût estimé : 14 000 €.")
             + m.decidim_comments([("Lucie", "il y a 3 jours", "Très belle idée pour les enfants du quartier."),
                                   ("Jean-Paul", "il y a 2 jours", "Qui entretiendra les arbres ?")], "proposal-301"),
             {"participatory_budget", "comments"}, parent=("Projets proposés", f"{bp}/f/12/proposals")),
        page(f"{bp}/f/12/proposals/302", "Bancs et ombrières rue de Luxembourg", m.prose(
            "Installer des bancs ombragés le long de la rue de Luxembourg pour les personnes âgées qui attendent le bus."),
             {"participatory_budget"}, parent=("Projets proposés", f"{bp}/f/12/proposals")),
        page(f"{bp}/f/13/budgets", "Vote du budget participatif", m.prose(
            "Le vote ouvrira en septembre. Vous pourrez répartir l'enveloppe de 150 000 € entre les projets retenus.")
             + '<div class="budget-summary"><p class="budget-summary__total">Budget : 150 000 €</p><p>Le vote n\'est pas encore ouvert.</p></div>',
             {"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page("/processes/plan-velo", "Plan vélo transfrontalier", m.prose(
            "La Ville et ses voisines luxembourgeoises préparent un plan vélo commun. Concertation ouverte jusqu'au 15 mai : "
            "répondez au questionnaire et participez au débat en ligne.")
             + m.links([("/processes/plan-velo/f/21/surveys/5", "Questionnaire"), ("/processes/plan-velo/f/22/debates/8", "Débat : quelles liaisons prioritaires ?")]),
             {"participation_displayed"}, parent=("Processus", "/processes")),
        page("/processes/plan-velo/f/21/surveys/5", "Questionnaire : vos trajets à vélo", m.questionnaire(
            "/processes/plan-velo/f/21/surveys/5/answer", [
                ("Utilisez-vous le vélo pour aller au travail ?", ["Tous les jours", "Parfois", "Jamais"], False),
                ("Quels freins ?", ["Sécurité", "Distance", "Absence de stationnement", "Météo"], True)],
            "Envoyer", "answer-questionnaire form"), {"poll"}, parent=("Plan vélo", "/processes/plan-velo")),
        page("/processes/plan-velo/f/22/debates/8", "Débat : quelles liaisons prioritaires ?", m.prose(
            "Quelles liaisons cyclables faut-il réaliser en premier ? Donnez votre avis et répondez aux autres participants.")
             + m.decidim_comments([("Thierry", "il y a 1 semaine", "La liaison vers la gare de Bettembourg, sans hésiter."),
                                   ("Sonia", "il y a 5 jours", "D'accord, mais il faut d'abord sécuriser le carrefour du collège.")], "debate-8"),
             {"comments"}, parent=("Plan vélo", "/processes/plan-velo")),
        page("/processes/budget-participatif-2023", "Budget participatif 2023", m.prose(
            "Première édition : 87 projets déposés, 3 112 votants, 9 projets lauréats réalisés.")
             + m.table(["Projet lauréat", "Votes"], [["Skate-park du Val", "803"], ["Boîtes à livres", "655"], ["Jardin pédagogique", "498"]]),
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page("/processes/consultation-2022", "Consultation sur les rythmes scolaires", m.prose(
            "Consultation terminée.") + m.links([("/processes/consultation-2022/f/9/surveys/2", "Le questionnaire (clos)")]),
             parent=("Processus", "/processes")),
        page("/processes/consultation-2022/f/9/surveys/2", "Questionnaire : rythmes scolaires", m.prose(
            "Le formulaire est fermé et ne peut plus être rempli. 1 045 familles ont répondu ; la semaine de quatre jours a été retenue.")
             + m.poll_results("Semaine scolaire souhaitée", [("Quatre jours", 63, 658), ("Quatre jours et demi", 37, 387)], 1045, "Questionnaire clos."),
             decoys={"poll"}, parent=("Consultation 2022", "/processes/consultation-2022")),
    ]
    ds = Site(AUD_DEC, "decidim", "Participez Audunval", dpages, menu=[("Accueil", "/"), ("Processus", "/processes")],
              features=frozenset({"participatory_platform"}), platforms=frozenset({"Decidim"}))
    return City("99423", "Audunval", 22_400, "57", *GRAND_EST, f"http://{AUD}/", [www, ds])


# ==== 4. Les Rousselières (Jura): vendor CMS, right of petition, questionnaires, Swiss news ==========

ROU = "www.lesrousselieres.fr"


def rousselieres() -> City:
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue aux Rousselières, 11 300 habitants, ville horlogère du Haut-Jura à la frontière suisse.",
            [("/participer", "Participer"), ("/ma-mairie/droit-de-petition", "Droit de pétition"),
             ("/participer/questionnaire-mobilites", "Questionnaire mobilités"), ("/enfance/cantine-paiement", "Payer la cantine"),
             ("/vie-locale/associations", "Associations"), ("/contact", "Contact"), ("/urbanisme/enquete-publique-plu", "Urbanisme"),
             ("/marches-publics/appel-d-offres-voirie", "Marchés publics")],
            [("/actualites/votation-federale", "Votation fédérale : ce que cela change pour les frontaliers", "10/03/2025", "Les Suisses votent le 18 mai."),
             ("/actualites/initiative-populaire-vaud", "Une initiative populaire vaudoise sur les transports", "01/03/2025", "Signatures en cours côté suisse."),
             ("/actualites/recensement-2026", "Recensement de la population 2026", "15/01/2025", "Les agents recenseurs passeront chez vous."),
             ("/actualites/concours-photo", "Concours photo « Le Haut-Jura en hiver »", "05/01/2025", "Envoyez vos clichés."),
             ("/actualites/petition-nationale-hopital", "Maternités de montagne : une pétition nationale", "12/12/2024", "Position du conseil municipal.")],
            [("/participer/questionnaire-mobilites", "Fin du questionnaire mobilités", "31 mars", "En ligne"),
             ("/urbanisme/enquete-publique-plu", "Permanence du commissaire enquêteur", "4 avril", "Mairie")])),
        page("/participer", "Participer à la vie locale", m.prose(
            "La démocratie locale aux Rousselières s'appuie sur un conseil des habitants de 24 membres, des réunions de hameau, "
            "des questionnaires en ligne et un droit de pétition inscrit dans le règlement intérieur du conseil municipal.",
            "Chacun peut s'impliquer, qu'il travaille en France ou en Suisse.")
             + m.links([("/participer/questionnaire-mobilites", "Questionnaire sur les mobilités"), ("/ma-mairie/droit-de-petition", "Le droit de pétition"),
                        ("/participer/conseil-des-habitants", "Le conseil des habitants")]),
             {"participation_displayed"}),
        page("/participer/conseil-des-habitants", "Le conseil des habitants", m.prose(
            "Le conseil des habitants réunit 24 Rousselois tirés au sort sur les listes électorales et volontaires. "
            "Il est saisi par le maire ou s'autosaisit de sujets d'intérêt communal, et présente chaque année un rapport au conseil municipal.",
            "Ses réunions sont ouvertes au public ; les comptes rendus sont affichés en mairie."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/ma-mairie/droit-de-petition", "Le droit de pétition", m.prose(
            "Toute personne majeure inscrite sur les listes électorales de la commune ou y résidant peut déposer une pétition "
            "demandant l'inscription d'une question à l'ordre du jour du conseil municipal.",
            "Lorsqu'une pétition recueille la signature de 3 % des habitants, le maire l'inscrit à l'ordre du jour d'une prochaine séance.")
             + m.form("/ma-mairie/droit-de-petition", [("text", "titre", "Titre de la pétition"), ("textarea", "texte", "Objet et motifs"),
                                                     ("text", "nom", "Nom du premier signataire"), ("email", "email", "E-mail"),
                                                     ("text", "adresse", "Adresse aux Rousselières")], "Déposer la pétition", "form form--petition")
             + m.links([("/ma-mairie/petitions-en-cours", "Voir et signer les pétitions en cours")]),
             {"petition", "contact_form"}),
        page("/ma-mairie/petitions-en-cours", "Pétitions en cours", m.prose("Pétitions déposées par les habitants, ouvertes à la signature.")
             + m.table(["Pétition", "Signatures", "Clôture"], [['<a href="/ma-mairie/petitions-en-cours/eclairage-rue-des-combes">Éclairage de la rue des Combes</a>', "214 / 340", "30/04/2025"],
                                                              ["Abri-bus au hameau des Essarts (transmise au conseil)", "362 / 340", "close"]]),
             {"petition"}, parent=("Droit de pétition", "/ma-mairie/droit-de-petition")),
        page("/ma-mairie/petitions-en-cours/eclairage-rue-des-combes", "Pétition : éclairage de la rue des Combes", m.prose(
            "Nous demandons l'installation d'un éclairage public le long de la rue des Combes, empruntée à pied par les collégiens.",
            "214 signatures sur 340 nécessaires.")
             + m.form("/ma-mairie/petitions-en-cours/eclairage-rue-des-combes", [("text", "nom", "Nom"), ("text", "prenom", "Prénom"),
                                                                              ("email", "email", "E-mail"), ("check:Je réside aux Rousselières", "residence", "Résidence")],
                      "Je signe", "form form--petition-sign"), {"petition"}, parent=("Pétitions en cours", "/ma-mairie/petitions-en-cours")),
        page("/participer/questionnaire-mobilites", "Questionnaire : vos déplacements", m.prose(
            "Plus de 4 000 Rousselois travaillent en Suisse. Pour préparer le plan de mobilité, la Ville lance une enquête en ligne "
            "ouverte à tous jusqu'au 31 mars.")
             + m.questionnaire("/participer/questionnaire-mobilites", [
                 ("Où travaillez-vous ?", ["Aux Rousselières", "Ailleurs dans le Jura", "En Suisse", "Je ne travaille pas"], False),
                 ("Comment vous rendez-vous au travail ?", ["Voiture seul", "Covoiturage", "Train", "Bus", "Vélo"], True),
                 ("Utiliseriez-vous un parking relais près de la gare ?", ["Oui", "Non", "Peut-être"], False)])
             + m.links([("/participer/questionnaire-mobilites/resultats-2023", "Résultats de l'enquête 2023 sur les commerces")]),
             {"poll"}, parent=("Participer", "/participer")),
        page("/participer/questionnaire-mobilites/resultats-2023", "Résultats de l'enquête 2023 sur les commerces", m.prose(
            "L'enquête sur le commerce de proximité est close. 736 réponses ont été analysées.")
             + m.poll_results("Où faites-vous vos courses ?", [("Centre-ville", 34, 250), ("Zone commerciale", 41, 302), ("En Suisse", 25, 184)], 736,
                              "Enquête terminée."), decoys={"poll"}, parent=("Questionnaire", "/participer/questionnaire-mobilites")),
        # Swiss federal votes reported in the news: a vote of another country, nothing to answer here
        page("/actualites/votation-federale", "Votation fédérale : ce que cela change pour les frontaliers", m.prose(
            "Le 18 mai, les citoyens suisses se prononcent sur une initiative relative à la libre circulation. Les frontaliers "
            "ne votent pas, mais le résultat peut modifier leurs conditions de travail.",
            "Une réunion d'information du Groupement transfrontalier européen aura lieu en mairie le 5 mai.")
             + m.share("http%3A%2F%2Fwww.lesrousselieres.fr%2Factualites%2Fvotation-federale"),
             decoys={"poll", "petition"}, parent=("Actualités", "/")),
        page("/actualites/initiative-populaire-vaud", "Une initiative populaire vaudoise sur les transports", m.prose(
            "Dans le canton de Vaud, un comité récolte les 12 000 signatures nécessaires à une initiative populaire pour "
            "un RER franco-suisse. Seuls les électeurs vaudois peuvent la signer."), decoys={"petition"}, parent=("Actualités", "/")),
        page("/actualites/petition-nationale-hopital", "Maternités de montagne : une pétition nationale", m.prose(
            "Une pétition déposée sur la plateforme de pétitions du Sénat demande le maintien des maternités de montagne. "
            "Le conseil municipal a adopté une motion de soutien le 10 décembre.",
            "La Ville ne gère pas cette pétition."), decoys={"petition"}, parent=("Actualités", "/")),
        page("/actualites/recensement-2026", "Recensement de la population 2026", m.prose(
            "Du 15 janvier au 21 février 2026, des agents recenseurs munis d'une carte officielle déposeront vos identifiants "
            "pour répondre au questionnaire de l'Insee en ligne. Vos réponses sont confidentielles."),
             decoys={"poll"}, parent=("Actualités", "/")),
        page("/actualites/concours-photo", "Concours photo « Le Haut-Jura en hiver »", m.prose(
            "Participez au concours photo de la médiathèque : trois photos par personne, avant le 28 février. "
            "Les lauréats seront exposés en mars.", "Règlement disponible à la médiathèque."), decoys={"suggestion_call"}, parent=("Actualités", "/")),
        # the statutory public inquiry into the local plan: an official procedure, neither a questionnaire nor the city's approach
        page("/urbanisme/enquete-publique-plu", "Enquête publique : modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique sur la modification n° 3 du plan local d'urbanisme se déroule du 17 mars "
            "au 18 avril. Le dossier est consultable en mairie.",
            "Le commissaire enquêteur recevra le public le 4 avril de 9 h à 12 h. Les observations peuvent être consignées sur "
            "le registre papier ou adressées par courrier au commissaire enquêteur."), decoys={"poll", "participation_displayed"}),
        page("/marches-publics/appel-d-offres-voirie", "Appel d'offres : travaux de voirie 2025", m.prose(
            "Procédure adaptée. Objet : réfection de la chaussée rue des Horlogers. Date limite de remise des offres : 14 avril, 12 h.",
            "Le dossier de consultation des entreprises est disponible sur le profil acheteur."), decoys={"suggestion_call"}),
        page("/enfance/cantine-paiement", "Payer la cantine en ligne", m.prose("Réglez vos factures de restauration scolaire par carte bancaire.")
             + m.form("/enfance/cantine-paiement", [("text", "reference", "Numéro de facture"), ("text", "montant", "Montant (€)"),
                                                   ("email", "email", "E-mail pour le reçu")], "Payer", "form form--payment"),
             decoys={"contact_form"}),
        page("/vie-locale/associations", "Associations", m.prose(
            "Ski de fond, horlogerie ancienne, fanfare : plus de 80 associations animent la commune.",
            "Annuaire consultable en mairie ; les associations peuvent demander un créneau au gymnase.")),
        page("/contact", "Contact", m.prose("Mairie des Rousselières, 3 Grande-Rue. Tél. 03 84 00 00 00.")
             + m.form("/contact", [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("select:Accueil|État civil|Urbanisme|Services techniques", "service", "Service"),
                                   ("textarea", "message", "Message")], "Envoyer", "form form--contact"), {"contact_form"}),
    ]
    www = Site(ROU, "vendor", "Ville des Rousselières", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Ma mairie", "/ma-mairie/droit-de-petition"), ("Contact", "/contact")],
               accounts=[social("facebook", "LesRousselieres"), social("x", "Rousselieres39", "https://twitter.com/Rousselieres39")],
               address="3 Grande-Rue, 39000 Les Rousselières")
    return City("99424", "Les Rousselières", 11_300, "39", *BFC, f"http://{ROU}/", [www])


# ==== 5. Arbonnex (Haute-Savoie, Grand Genève): Drupal, CONSUL Democracy, LimeSurvey embed ==========

ARB = "www.arbonnex.fr"
ARB_CONSUL = "budget.arbonnex.fr"
ARB_LS = "enquetes.arbonnex.fr"


def arbonnex() -> City:
    consul = f"http://{ARB_CONSUL}"
    pages = [
        page("/", "Accueil", _home(
            "Arbonnex, 31 000 habitants, ville du Genevois français au cœur de l'agglomération du Grand Genève.",
            [("/participer", "Participer"), ("/participer/conseils-de-quartier", "Conseils de quartier"), (consul + "/", "Budget participatif"),
             ("/mairie/conseil-municipal", "Conseil municipal"), ("/contact", "Contact"), ("/newsletter", "Newsletter"), ("/en", "English"),
             ("/associations/subventions", "Subventions")],
            [("/participer/grand-geneve-consultation", "Grand Genève : consultation sur le plan climat", "06/03/2025", "Questionnaire en ligne."),
             ("/actualites/votation-geneve", "Votation genevoise sur le Léman Express", "20/02/2025", "Le point pour les frontaliers."),
             ("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", "15/02/2025", "Inscriptions ouvertes."),
             ("/actualites/marche-transfrontalier", "Le marché transfrontalier fait le plein", "10/10/2024", "Producteurs des deux pays.")],
            [("/participer/conseils-de-quartier", "Conseil de quartier Chef-lieu", "19 mars", "Salle du Salève"),
             (consul + "/budgets/3", "Vote du budget participatif", "à partir du 1er avril", "En ligne")], banner="klaro")),
        page("/participer", "Participer", m.prose(
            "À Arbonnex, la participation des habitants prend plusieurs formes : six conseils de quartier, une concertation "
            "pour chaque projet d'aménagement, un budget participatif annuel et des questionnaires en ligne.",
            "La charte de la participation citoyenne, adoptée en 2021, engage la Ville à rendre compte des avis recueillis.")
             + m.links([("/participer/conseils-de-quartier", "Les conseils de quartier"), (consul + "/", "La plateforme du budget participatif"),
                        ("/participer/grand-geneve-consultation", "Consultation du Grand Genève")]), {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Six conseils de quartier couvrent la ville. Ouverts à tous les habitants, ils se réunissent en assemblée plénière "
            "deux fois par an et en groupes de travail selon les sujets.",
            "Chaque conseil dispose d'un budget de fonctionnement et d'un élu référent.")
             + m.links([("/participer/conseils-de-quartier/compte-rendu-chef-lieu", "Compte rendu : conseil de quartier du Chef-lieu, janvier 2025")]),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/conseils-de-quartier/compte-rendu-chef-lieu", "Compte rendu du conseil de quartier du Chef-lieu", m.prose(
            "22 habitants présents, 2 élus. Points abordés : stationnement aux abords de l'école, sécurisation de la traversée de la route de Genève, "
            "projet de jardin partagé.",
            "Le conseil de quartier propose d'expérimenter une rue scolaire ; la proposition sera étudiée par les services."),
             {"participation_displayed"}, parent=("Conseils de quartier", "/participer/conseils-de-quartier")),
        # the Grand Genève consultation relayed by the city, with its questionnaire embedded from the city's survey server
        page("/participer/grand-geneve-consultation", "Grand Genève : consultation sur le plan climat", m.prose(
            "Le Grand Genève, agglomération franco-valdo-genevoise, consulte les habitants sur son plan climat. La Ville "
            "d'Arbonnex relaie le questionnaire, que vous pouvez remplir ci-dessous.")
             + f'<iframe src="http://{ARB_LS}/index.php/548213?lang=fr" title="Questionnaire plan climat" width="100%" height="900" class="limesurvey-embed"></iframe>'
             + f'<p><a href="http://{ARB_LS}/index.php/548213?lang=fr">Ouvrir le questionnaire dans une nouvelle page</a></p>',
             {"participation_displayed", "poll"}, parent=("Participer", "/participer")),
        page("/actualites/votation-geneve", "Votation genevoise sur le Léman Express", m.prose(
            "Le 9 février, les électeurs genevois ont accepté à 58 % le financement de nouvelles cadences du Léman Express. "
            "Un train toutes les quinze minutes desservira la gare d'Arbonnex dès 2027.",
            "Les habitants d'Arbonnex n'étaient pas appelés à voter.")
             + m.poll_results("Résultat de la votation (canton de Genève)", [("Oui", 58, 61240), ("Non", 42, 44350)], 105590, "Résultats officiels."),
             decoys={"poll"}, parent=("Actualités", "/")),
        page("/actualites/concours-maisons-fleuries", "Concours des maisons fleuries", m.prose(
            "Balcons, jardins, façades : inscrivez-vous au concours des maisons et balcons fleuris avant le 31 mai. "
            "Le jury passera en juillet."), decoys={"suggestion_call"}, parent=("Actualités", "/")),
        page("/associations/subventions", "Subventions : appel à projets associatifs", m.prose(
            "La Ville soutient les projets des associations (culture, sport, solidarité, transfrontalier). "
            "Appel à projets 2025 : dossiers à déposer avant le 30 novembre sur le portail associations."), decoys={"suggestion_call"}),
        page("/actualites/marche-transfrontalier", "Le marché transfrontalier fait le plein", m.prose(
            "Plus de 50 producteurs savoyards et genevois ont participé au premier marché transfrontalier place de l'Église.")
             + m.drupal_comments([], 77, open_=False) + '<p class="comments-closed">Les commentaires sont fermés.</p>',
             decoys={"comments"}, parent=("Actualités", "/")),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Les séances du conseil municipal sont publiques et retransmises en direct. Ordre du jour de la séance du 24 mars : "
            "budget primitif, tarifs des services, convention avec le Pôle métropolitain du Genevois français."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/contact", "Contact", m.prose("Hôtel de ville d'Arbonnex, 10 place de la Mairie.")
             + m.webform("contact", "/contact", [("text", "name", "Nom"), ("email", "email", "Courriel"), ("text", "subject", "Objet"),
                                                 ("textarea", "message", "Message")]), {"contact_form"}),
        page("/newsletter", "Newsletter", m.prose("Abonnez-vous à la newsletter hebdomadaire.") + m.newsletter("/newsletter"),
             decoys={"contact_form"}),
        page("/en", "Welcome to Arbonnex", m.prose(
            "Arbonnex is a town of 31,000 in the French part of Greater Geneva, 15 minutes from Geneva by Léman Express.",
            "Many international residents live here: the town hall offers an English welcome desk on Wednesday afternoons.")
             + m.links([("/", "French version"), ("/contact", "Contact (in French)")])),
    ]
    www = Site(ARB, "drupal", "Ville d'Arbonnex", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Mairie", "/mairie/conseil-municipal"), ("Contact", "/contact"), ("EN", "/en")],
               accounts=[social("facebook", "VilleArbonnex"), social("instagram", "arbonnex"), social("linkedin", "ville-arbonnex")],
               address="Hôtel de ville, 10 place de la Mairie, 74000 Arbonnex")
    ls = Site(ARB_LS, "vendor", "Enquêtes – Ville d'Arbonnex", [
        page("/", "Enquêtes en ligne", m.prose("Liste des questionnaires publics de la Ville d'Arbonnex.")
             + m.links([("/index.php/548213?lang=fr", "Plan climat du Grand Genève (ouvert)")])),
        page("/index.php/548213?lang=fr", "Plan climat du Grand Genève", '<div class="survey-container ls-survey">'
             + m.questionnaire("/index.php/548213?lang=fr", [
                 ("Quelles actions climat sont prioritaires pour vous ?", ["Transports publics transfrontaliers", "Rénovation des logements",
                                                                          "Nature en ville", "Alimentation locale"], True),
                 ("Seriez-vous prêt à utiliser davantage le Léman Express ?", ["Oui", "Non", "Je l'utilise déjà"], False)],
                 "Envoyer", "ls-form survey-form") + "</div>", {"poll"}),
    ], address="Ville d'Arbonnex")
    cpages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme du budget participatif d'Arbonnex.")
             + m.links([("/budgets", "Budgets participatifs"), ("/proposals", "Propositions citoyennes"), ("/debates", "Débats"), ("/polls", "Votations")]), {"participatory_budget"}),
        page("/budgets", "Budgets participatifs", m.links([("/budgets/3", "Budget participatif 2025 – en cours"),
                                                          ("/budgets/2/results", "Budget participatif 2024 – résultats")]),
             {"participatory_budget"}),
        page("/budgets/3", "Budget participatif 2025", m.prose(
            "300 000 € répartis entre les six quartiers. Phase actuelle : sélection des projets. Le vote final aura lieu en avril.")
             + m.phases([("Propositions", "janvier"), ("Sélection", "février – mars"), ("Vote final", "avril"), ("Résultats", "mai")], 1)
             + m.links([("/budgets/3/investments", "Voir les projets")]), {"participatory_budget"}, parent=("Budgets", "/budgets")),
        page("/budgets/3/investments", "Projets d'investissement", '<div id="budget-investments">' + "".join(
            f'<div class="budget-investment clear" id="budget_investment_{n}"><div class="budget-investment-content"><h3><a href="/budgets/3/investments/{n}">{t}</a></h3>'
            f'<p class="investment-project-info">{h}</p><div class="supports"><span class="total-supports">{s} soutiens</span>'
            f'<a class="button button-support small expanded" href="/users/sign_in">Soutenir</a></div></div></div>'
            for n, t, h, s in [(57, "Passerelle piétonne sur le Foron", "Quartier des Rives · 80 000 €", 312),
                               (58, "Composteurs collectifs", "Toute la ville · 15 000 €", 201)]) + "</div>",
             {"participatory_budget"}, parent=("Budget participatif 2025", "/budgets/3")),
        page("/budgets/3/investments/57", "Passerelle piétonne sur le Foron", m.prose(
            "Relier à pied le quartier des Rives à la gare sans passer par la route départementale.")
             + '<section class="comments"><h2>Commentaires (2)</h2><div class="comment"><span class="user-name">Hélène</span><p>Indispensable pour les écoliers.</p></div>'
               '<div class="comment"><span class="user-name">Marco</span><p>Attention aux crues du Foron.</p></div>'
               '<form class="new_comment" action="/comments" method="post"><label for="comment_body">Laisse ton commentaire</label>'
               '<textarea id="comment_body" name="comment[body]"></textarea><input type="submit" value="Publier le commentaire" class="button"></form></section>',
             {"participatory_budget", "comments"}, parent=("Projets", "/budgets/3/investments")),
        page("/budgets/3/investments/58", "Composteurs collectifs", m.prose("Dix composteurs partagés au pied des immeubles."),
             {"participatory_budget"}, parent=("Projets", "/budgets/3/investments")),
        page("/budgets/2/results", "Résultats du budget participatif 2024", m.table(
            ["Projet", "Votes", "Statut"], [["Aire de jeux du Salève", "1 204", "Réalisé"], ["Pistes cyclables rue des Alpes", "988", "En cours"]]),
             {"participatory_budget"}, parent=("Budgets", "/budgets")),
        page("/proposals", "Propositions citoyennes", m.prose(
            "Faites vos propositions pour Arbonnex ! Une proposition qui obtient 1 % de soutiens des habitants est étudiée par le conseil municipal.")
             + '<a class="button expanded" href="/proposals/new">Créer une proposition</a>'
             + m.links([("/proposals/19", "Un marché de producteurs le mercredi soir")]), {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", m.form("/proposals", [
            ("text", "proposal[title]", "Titre de la proposition"), ("textarea", "proposal[summary]", "Résumé"),
            ("textarea", "proposal[description]", "Texte de la proposition")], "Créer la proposition", "new_proposal"),
             {"suggestion_call", "contact_form"}, parent=("Propositions", "/proposals")),
        page("/proposals/19", "Un marché de producteurs le mercredi soir", m.prose(
            "Pour les actifs qui rentrent tard de Genève, un petit marché de 17 h à 20 h place de la Gare.") + '<p class="supports">86 soutiens</p>',
             {"suggestion_call"}, parent=("Propositions", "/proposals")),
        page("/debates", "Débats", m.links([("/debates/12", "Faut-il piétonniser la Grande-Rue le samedi ?")])),
        page("/debates/12", "Faut-il piétonniser la Grande-Rue le samedi ?", m.prose("Lancé par Stéphanie R. · 14 commentaires")
             + '<section class="comments"><div class="comment"><span class="user-name">Yves</span><p>Oui, comme à Annemasse.</p></div>'
               '<form class="new_comment" action="/comments" method="post"><label for="comment_body_d">Laisse ton commentaire</label>'
               '<textarea id="comment_body_d" name="comment[body]"></textarea><input type="submit" value="Publier le commentaire" class="button"></form></section>',
             {"comments"}, parent=("Débats", "/debates")),
        page("/polls", "Votations", m.prose("Votations ouvertes aux habitants inscrits.")
             + m.links([("/polls/5", "Nom de la future médiathèque (ouverte)"), ("/polls/4", "Horaires de la piscine (terminée)")])),
        page("/polls/5", "Nom de la future médiathèque", m.questionnaire("/polls/5/answer", [
            ("Quel nom pour la médiathèque ?", ["Médiathèque du Salève", "L'Alambic", "Médiathèque Simone-Veil"], False)], "Voter", "poll-question-form"),
             {"poll"}, parent=("Votations", "/polls")),
        page("/polls/4", "Horaires de la piscine", m.prose("Cette votation est terminée.")
             + m.poll_results("Ouvrir la piscine le dimanche après-midi ?", [("Oui", 71, 842), ("Non", 29, 344)], 1186, "Votation terminée."),
             decoys={"poll"}, parent=("Votations", "/polls")),
    ]
    cs = Site(ARB_CONSUL, "consul", "Arbonnex participe", cpages,
              menu=[("Budgets", "/budgets"), ("Propositions", "/proposals"), ("Débats", "/debates"), ("Votations", "/polls")],
              features=frozenset({"participatory_platform"}), platforms=frozenset({"CONSUL Democracy"}))
    return City("99425", "Arbonnex", 31_000, "74", *ARA, f"http://{ARB}/", [www, ls, cs])


# ==== 6. Chablenay (Haute-Savoie): vendor CMS, Cap Collectif ======================================

CHA = "www.chablenay.fr"
CHA_CAP = "chablenay.cap-collectif.com"


def chablenay() -> City:
    cap = f"http://{CHA_CAP}"
    pages = [
        page("/", "Accueil", _home(
            "Chablenay, 27 500 habitants, entre Arve et frontière genevoise.",
            [("/chablenay-participative", "Chablenay participative"), ("/chablenay-participative/boite-a-idees", "Boîte à idées"),
             ("/services/portail-familles", "Portail familles"), ("/mairie/budget", "Budget"), ("/tourisme", "Tourisme"),
             ("/contact", "Contact"), ("/urbanisme/enquete-publique-zac", "Enquête publique"), (cap + "/", "Plateforme participative")],
            [("/actualites/salon-emploi-frontalier", "Salon de l'emploi frontalier", "12/03/2025", "Cent recruteurs attendus."),
             ("/actualites/bilan-plateforme", "Deux ans de participation en ligne", "01/03/2025", "Le bilan de la plateforme."),
             ("/actualites/resultats-consultation-marche", "Marché couvert : les résultats de la consultation", "15/01/2025", "Plus de 900 avis.")],
            [("/chablenay-participative/reunions-de-quartier", "Réunion de quartier Vernaz", "26 mars", "École de la Vernaz"),
             ("/actualites/salon-emploi-frontalier", "Salon de l'emploi frontalier", "29 mars", "Halle des sports")])),
        page("/chablenay-participative", "Chablenay participative", m.prose(
            "Parce que la ville se construit avec ceux qui la vivent, Chablenay a fait de la participation une méthode : "
            "conseils citoyens, réunions de quartier, boîte à idées et consultations sur la plateforme en ligne.",
            "Les avis recueillis sont présentés en conseil municipal et chaque contribution reçoit une réponse.")
             + m.links([("/chablenay-participative/conseils-citoyens", "Conseils citoyens"), ("/chablenay-participative/reunions-de-quartier", "Réunions de quartier"),
                        ("/chablenay-participative/boite-a-idees", "Boîte à idées"), (cap + "/", "La plateforme participative")]),
             {"participation_displayed"}),
        page("/chablenay-participative/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers prioritaires de la Vernaz et des Iles, les conseils citoyens associent habitants et acteurs "
            "locaux au contrat de ville. Ils sont indépendants et disposent d'un local.",
            "Pour y participer, contactez la Maison des habitants."), {"participation_displayed"},
             parent=("Chablenay participative", "/chablenay-participative")),
        page("/chablenay-participative/reunions-de-quartier", "Réunions de quartier", m.prose(
            "Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants dans chaque quartier pour "
            "échanger sur les projets et répondre aux questions.")
             + m.table(["Quartier", "Date", "Lieu"], [["Vernaz", "26 mars, 19 h", "École de la Vernaz"], ["Centre", "2 avril, 19 h", "Salle d'honneur"],
                                                    ["Les Iles", "9 avril, 18 h 30", "Maison des habitants"]]),
             {"participation_displayed"}, parent=("Chablenay participative", "/chablenay-participative")),
        page("/chablenay-participative/boite-a-idees", "Boîte à idées", m.prose(
            "Une suggestion pour votre quartier, un service à améliorer ? Écrivez-nous : vos idées sont étudiées chaque mois.")
             + m.form("/chablenay-participative/boite-a-idees", [("text", "nom", "Nom (facultatif)"), ("email", "email", "E-mail"),
                                                                 ("select:Cadre de vie|Mobilité|Jeunesse|Culture|Autre", "theme", "Thème"),
                                                                 ("textarea", "idee", "Votre idée")], "Envoyer mon idée", "form form--ideas"),
             {"suggestion_call", "contact_form"}, parent=("Chablenay participative", "/chablenay-participative")),
        page("/actualites/salon-emploi-frontalier", "Salon de l'emploi frontalier", m.prose(
            "Le 29 mars, le Forum de l'emploi franco-genevois accueille une centaine de recruteurs à la halle des sports : "
            "hôtellerie, santé, horlogerie, BTP.", "Navettes gratuites depuis la gare."), decoys={"forum"}, parent=("Actualités", "/")),
        page("/actualites/bilan-plateforme", "Deux ans de participation en ligne", m.prose(
            "Lancée en 2023 avec la société Cap Collectif, la plateforme a reçu 2 400 contributions. Le conseil municipal en "
            "a présenté le bilan le 25 février.",
            "Prochaine étape : une consultation sur l'avenir du centre-ville."), decoys={"participatory_platform"}, parent=("Actualités", "/")),
        page("/actualites/resultats-consultation-marche", "Marché couvert : les résultats de la consultation", m.prose(
            "La consultation sur le marché couvert est close : 912 habitants ont répondu.")
             + m.poll_results("Quel jour pour le marché couvert ?", [("Samedi matin", 55, 502), ("Vendredi soir", 30, 274), ("Dimanche", 15, 136)], 912,
                              "Consultation close."), decoys={"poll"}, parent=("Actualités", "/")),
        page("/tourisme", "Tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille place du Marché. Suivez ses actualités sur "
            '<a href="https://www.instagram.com/arve_montagnes_tourisme">Instagram</a> et '
            '<a href="https://www.facebook.com/ArveMontagnesTourisme">Facebook</a>.'), decoys={"social_account"}),
        page("/services/portail-familles", "Portail familles", m.prose("Connectez-vous pour gérer vos réservations de cantine et de centre de loisirs.")
             + m.form("/services/portail-familles", [("text", "identifiant", "Identifiant"), ("password", "motdepasse", "Mot de passe")], "Connexion",
                      "form form--login"), decoys={"contact_form"}),
        page("/mairie/budget", "Budget de la ville", m.prose(
            "Budget primitif 2025 : 42 M€. Découvrez la répartition des dépenses par politique publique et le plan pluriannuel d'investissement."),
             decoys={"participatory_budget"}),
        page("/urbanisme/enquete-publique-zac", "Enquête publique : ZAC des Prés", m.prose(
            "Une enquête publique préalable à la déclaration d'utilité publique de la ZAC des Prés se tient du 3 au 28 mars. "
            "Le registre est ouvert en mairie aux heures d'ouverture."), decoys={"participation_displayed", "poll"}),
        page("/contact", "Contact", m.prose("Mairie de Chablenay, 1 rue de la Paix.")
             + m.form("/contact", [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("text", "objet", "Objet"), ("textarea", "message", "Message")],
                      "Envoyer", "form form--contact"), {"contact_form"}),
    ]
    www = Site(CHA, "vendor", "Ville de Chablenay", pages,
               menu=[("Accueil", "/"), ("Participer", "/chablenay-participative"), ("Services", "/services/portail-familles"), ("Contact", "/contact")],
               accounts=[social("facebook", "villedechablenay"), social("instagram", "chablenay74")],
               address="Mairie, 1 rue de la Paix, 74000 Chablenay")
    av = "/project/avenir-centre-ville"
    cpages = [
        page("/", "Accueil", m.prose("Construisons ensemble Chablenay.")
             + m.links([("/projects", "Tous les projets"), (f"{av}/consultation/questionnaire", "Questionnaire : l'avenir du centre-ville"),
                        (f"{av}/collect/appel-a-idees", "Appel à idées")])),
        page("/projects", "Projets", m.links([(f"{av}/consultation/questionnaire", "L'avenir du centre-ville – en cours"),
                                            ("/project/marche-couvert-2024/questionnaire/resultats", "Marché couvert – terminé")])),
        page(f"{av}/consultation/questionnaire", "Questionnaire : l'avenir du centre-ville", m.prose(
            "Donnez votre avis sur le centre-ville de demain. Étape ouverte jusqu'au 30 avril.")
             + '<div id="questionnaire-step" class="questionnaire">' + m.questionnaire(f"{av}/consultation/questionnaire", [
                 ("À quelle fréquence venez-vous au centre-ville ?", ["Chaque jour", "Chaque semaine", "Rarement"], False),
                 ("Qu'est-ce qui vous manque ?", ["Commerces", "Espaces verts", "Stationnement", "Terrasses"], True)],
                 "Envoyer mes réponses", "form-horizontal reply-form") + "</div>", {"poll"}),
        page(f"{av}/collect/appel-a-idees", "Appel à idées : le centre-ville", m.prose(
            "Proposez vos idées pour animer et embellir le centre-ville. Les idées les plus soutenues seront présentées au conseil municipal.")
             + '<a class="btn btn-primary" href="/login">Déposer une idée</a>'
             + m.links([(f"{av}/collect/appel-a-idees/proposals/fontaine-place-du-marche", "Remettre en eau la fontaine de la place du Marché")], "proposal-list"),
             {"suggestion_call"}),
        page(f"{av}/collect/appel-a-idees/proposals/fontaine-place-du-marche", "Remettre en eau la fontaine de la place du Marché", m.prose(
            "Déposée par Odile M. · 64 votes", "La fontaine est à sec depuis dix ans ; la remettre en eau rendrait la place plus agréable l'été.")
             + '<div class="comment-section"><div class="opinion">Rémi : Oui, avec un circuit fermé pour économiser l\'eau.</div>'
               '<form class="comment-form" action="/comments" method="post"><textarea name="body" aria-label="Votre commentaire"></textarea>'
               '<button type="submit" class="btn btn-primary">Commenter</button></form></div>',
             {"suggestion_call", "comments"}, parent=("Appel à idées", f"{av}/collect/appel-a-idees")),
        page("/project/marche-couvert-2024/questionnaire/resultats", "Marché couvert : résultats", m.prose("Cette étape est terminée.")
             + m.poll_results("Quel jour pour le marché couvert ?", [("Samedi matin", 55, 502), ("Vendredi soir", 30, 274), ("Dimanche", 15, 136)], 912,
                              "Questionnaire clos."), decoys={"poll"}, parent=("Projets", "/projects")),
    ]
    cs = Site(CHA_CAP, "capcollectif", "Chablenay participe", cpages, menu=[("Accueil", "/"), ("Projets", "/projects")],
              features=frozenset({"participatory_platform"}), platforms=frozenset({"Cap Collectif"}))
    return City("99426", "Chablenay", 27_500, "74", *ARA, f"http://{CHA}/", [www, cs],
                decoy_accounts=("https://www.instagram.com/arve_montagnes_tourisme", "https://www.facebook.com/arvemontagnestourisme"))


# ==== 7. Rheinwiller (Haut-Rhin, near Basel): TYPO3, budget under a local brand on Consultvox =======

RHE = "www.rheinwiller.fr"
RHE_CV = "rheinwiller.consultvox.co"


def rheinwiller() -> City:
    cv = f"http://{RHE_CV}"
    brand = "/participation/rheinwiller-a-vos-projets"
    pages = [
        page("/", "Accueil", _home(
            "Rheinwiller, 16 800 habitants, dans l'agglomération trinationale de Bâle.",
            [(brand, "Rheinwiller à vos projets"), ("/participation/conseil-des-aines", "Conseil des aînés"),
             ("/participation/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"), ("/mairie/seances-du-conseil", "Séances du conseil"),
             ("/contact", "Contact"), ("/en/welcome", "English"), ("/de/willkommen", "Deutsch"), ("/marches/appel-d-offres-ecole", "Marchés publics")],
            [("/actualites/sondage-rythmes-scolaires", "Rythmes scolaires : donnez votre avis", "05/03/2025", "Questionnaire aux familles."),
             ("/actualites/nouveau-parc", "Le parc des Cigognes est ouvert", "20/02/2025", "Un nouvel espace vert."),
             ("/actualites/votation-bale", "Bâle-Ville vote sur le tram transfrontalier", "10/02/2025", "Résultat serré."),
             ("/actualites/beteiligungsportal-bw", "Le Bade-Wurtemberg et son portail de participation", "28/01/2025", "Ce que font nos voisins."),
             ("/actualites/forum-trinational-emploi", "Forum trinational de l'emploi", "15/01/2025", "France, Allemagne, Suisse.")],
            [(cv + "/dialog/budget-participatif-2025", "Dépôt des projets du budget participatif", "jusqu'au 15 avril", "En ligne"),
             ("/actualites/forum-trinational-emploi", "Forum trinational de l'emploi", "5 avril", "Salle du Rhin")], banner="klaro")),
        page(brand, "Rheinwiller à vos projets", m.prose(
            "« Rheinwiller à vos projets » est le budget participatif de la commune : 80 000 € chaque année pour des projets "
            "proposés par les habitants, étudiés par les services puis soumis au vote de tous.",
            "Dépôt, vote et suivi se font sur notre espace en ligne ; des urnes sont aussi installées en mairie pendant le vote.")
             + m.links([(f"{brand}/etapes", "Les étapes"), (f"{brand}/laureats-2024", "Les projets lauréats 2024"),
                        (cv + "/dialog/budget-participatif-2025", "Déposer un projet en ligne")]), {"participatory_budget"}),
        page(f"{brand}/etapes", "Les étapes du budget participatif", m.phases([
            ("Dépôt des idées", "1er mars – 15 avril"), ("Étude de recevabilité", "mai – juin"), ("Vote", "septembre"),
            ("Annonce des lauréats", "octobre")], 0) + m.prose("Tout habitant de plus de 12 ans peut déposer un projet et voter."),
             {"participatory_budget"}, parent=("Rheinwiller à vos projets", brand)),
        page(f"{brand}/laureats-2024", "Les projets lauréats 2024", m.table(
            ["Projet", "Voix", "Avancement"], [["Nichoirs à cigognes", "512", "Réalisé"], ["Skate-park", "478", "Travaux en cours"],
                                              ["Fresque du passage souterrain", "301", "Réalisé"]]),
             {"participatory_budget"}, parent=("Rheinwiller à vos projets", brand)),
        page("/participation/conseil-des-aines", "Le conseil des aînés", m.prose(
            "Le conseil des aînés rassemble 18 retraités rheinwillerois. Instance consultative, il donne son avis sur les projets "
            "qui concernent les seniors (mobilité, logement, animations) et formule des propositions au conseil municipal."),
             {"participation_displayed"}),
        page("/participation/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Élus par leurs camarades de CM2 et de 6e, 22 jeunes conseillers siègent pour deux ans. Ils mènent des projets "
            "et sont consultés sur les aménagements qui les concernent."), {"participation_displayed"}),
        page("/actualites/sondage-rythmes-scolaires", "Rythmes scolaires : donnez votre avis", m.prose(
            "Avant de décider de l'organisation de la semaine scolaire à la rentrée 2026, la Ville interroge les familles. "
            "Questionnaire ouvert jusqu'au 31 mars.")
             + m.powermail("/actualites/sondage-rythmes-scolaires", 9, [
                 ("radio:Quatre jours|Quatre jours et demi|Sans avis", "semaine", "Quelle semaine scolaire préférez-vous ?"),
                 ("radio:Oui|Non", "mercredi", "Inscririez-vous votre enfant au centre de loisirs le mercredi ?"),
                 ("select:Maternelle|Élémentaire|Les deux", "niveau", "Niveau de vos enfants")], "Envoyer mes réponses"),
             {"poll"}, parent=("Actualités", "/")),
        page("/actualites/nouveau-parc", "Le parc des Cigognes est ouvert", m.prose(
            "Deux hectares de prairies, une aire de jeux et un verger : le parc des Cigognes est ouvert tous les jours de 8 h à 21 h.")
             + m.pw_comments([("Claudine", "21/02/2025 10:14", "Magnifique ! Il manque juste des toilettes."),
                              ("Mathis", "22/02/2025 16:40", "Les enfants adorent la tyrolienne.")], "/actualites/nouveau-parc"),
             {"comments"}, parent=("Actualités", "/")),
        page("/actualites/votation-bale", "Bâle-Ville vote sur le tram transfrontalier", m.prose(
            "Les électeurs de Bâle-Ville ont approuvé à 51,8 % le crédit pour le prolongement du tram vers la France. "
            "Le chantier côté français débutera en 2026."), decoys={"poll"}, parent=("Actualités", "/")),
        page("/actualites/beteiligungsportal-bw", "Le Bade-Wurtemberg et son portail de participation", m.prose(
            "Outre-Rhin, le Land de Bade-Wurtemberg invite ses habitants à commenter les projets de loi sur son "
            "« Beteiligungsportal ». Lörrach et Weil am Rhein y ont mené des consultations sur leurs plans de mobilité.",
            "Les élus de Rheinwiller ont visité le dispositif en janvier."), decoys={"participatory_platform", "participation_displayed"},
             parent=("Actualités", "/")),
        page("/actualites/forum-trinational-emploi", "Forum trinational de l'emploi", m.prose(
            "Le 5 avril, le forum trinational de l'emploi réunit des entreprises françaises, allemandes et suisses à la salle du Rhin. "
            "Chimie, pharmacie, logistique, commerce : plus de 600 postes à pourvoir."), decoys={"forum"}, parent=("Actualités", "/")),
        page("/marches/appel-d-offres-ecole", "Appel d'offres : extension de l'école des Cigognes", m.prose(
            "Marché de travaux en 8 lots. Remise des offres avant le 22 avril à 12 h sur la plateforme des marchés publics d'Alsace."),
             decoys={"suggestion_call"}),
        page("/mairie/seances-du-conseil", "Séances du conseil municipal", m.prose(
            "Prochaine séance : jeudi 27 mars à 19 h 30. Ordre du jour : budget primitif, tarifs, rapport du conseil des aînés, "
            "convention avec l'Eurodistrict trinational.") + m.links([("/mairie/seances-du-conseil/pv-janvier", "Procès-verbal de janvier")]),
             decoys={"participation_displayed"}),
        page("/mairie/seances-du-conseil/pv-janvier", "Procès-verbal de la séance du 23 janvier", m.prose(
            "Le conseil approuve l'enveloppe de 80 000 € du budget participatif au budget 2025 (24 voix pour, 5 abstentions).",
            "Il adopte le règlement de la salle du Rhin et une motion sur le tram transfrontalier."),
             decoys={"participatory_budget", "participation_displayed"}, parent=("Séances du conseil", "/mairie/seances-du-conseil")),
        page("/en/welcome", "Welcome to Rheinwiller", m.prose(
            "Rheinwiller lies on the Rhine, in the trinational area of Basel. Many residents work in Switzerland or Germany.",
            "The town hall is open Monday to Friday; an English-speaking agent can help with registration.")
             + m.links([("/", "French version"), ("/contact", "Contact")])),
        page("/de/willkommen", "Willkommen in Rheinwiller", m.prose(
            "Rheinwiller liegt am Rhein im trinationalen Raum Basel. Das Rathaus ist montags bis freitags geöffnet.")
             + m.links([("/", "Französische Version")])),
        page("/contact", "Contact", m.prose("Mairie de Rheinwiller, 4 rue du Rhin.")
             + m.powermail("/contact", 2, [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("text", "objet", "Objet"),
                                           ("textarea", "message", "Message")]), {"contact_form"}),
    ]
    www = Site(RHE, "typo3", "Commune de Rheinwiller", pages,
               menu=[("Accueil", "/"), ("Participation", brand), ("Mairie", "/mairie/seances-du-conseil"), ("Contact", "/contact")],
               accounts=[social("facebook", "CommuneRheinwiller"), social("youtube", "rheinwiller")],
               address="Mairie, 4 rue du Rhin, 68000 Rheinwiller")
    bp = "/dialog/budget-participatif-2025"
    cvpages = [
        page("/", "Accueil", m.prose("Bienvenue sur l'espace de participation de Rheinwiller.")
             + m.decidim_cards([(bp, "Budget participatif 2025", "Dépôt des idées jusqu'au 15/04/2025"),
                                ("/blog/311/reglement-du-budget-participatif", "Règlement du budget participatif", "Article"),
                                ("/dialog/questionnaire-berges-du-rhin", "Questionnaire : les berges du Rhin", "Ouvert")]), {"participatory_budget"}),
        page(bp, "Budget participatif 2025", m.prose("Rheinwiller à vos projets : déposez vos idées jusqu'au 15 avril.")
             + m.phases([("Dépôt des idées", "01/03/2025 -> 15/04/2025"), ("Étude de recevabilité", "16/04/2025 -> 30/06/2025"),
                         ("Vote", "01/09/2025 -> 30/09/2025"), ("Annonce des lauréats", "01/10/2025 -> 31/10/2025")], 0)
             + m.links([(f"{bp}/deposer", "Déposer une idée")]), {"participatory_budget", "suggestion_call"}),
        page(f"{bp}/deposer", "Déposer une idée", m.form(f"{bp}/deposer", [
            ("text", "title", "Titre de l'idée"), ("textarea", "description", "Description"),
            ("select:Centre|Cigognes|Rhin|Toute la commune", "district", "Secteur"), ("email", "email", "E-mail")], "Déposer", "dialog-form"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Budget participatif 2025", bp)),
        page("/blog/311/reglement-du-budget-participatif", "Règlement du budget participatif", m.prose(
            "Le budget participatif permet aux habitants de proposer puis de choisir des projets d'intérêt général. "
            "Enveloppe : 80 000 €. Un projet ne peut dépasser 25 000 €.",
            "Les projets collectifs portés par une association doivent désigner un référent unique."), {"participatory_budget"}),
        page("/dialog/questionnaire-berges-du-rhin", "Questionnaire : les berges du Rhin", m.questionnaire(
            "/dialog/questionnaire-berges-du-rhin", [
                ("Fréquentez-vous les berges du Rhin ?", ["Souvent", "Parfois", "Jamais"], False),
                ("Quels aménagements souhaitez-vous ?", ["Bancs", "Piste cyclable", "Guinguette", "Sentier nature"], True)],
            "Valider", "survey-form"), {"poll"}),
    ]
    cvs = Site(RHE_CV, "vendor", "Rheinwiller participe", cvpages, menu=[("Accueil", "/"), ("Budget participatif", bp)],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"Consultvox"}), address="Commune de Rheinwiller")
    return City("99427", "Rheinwiller", 16_800, "68", *GRAND_EST, f"http://{RHE}/", [www, cvs])


# ==== 8. Behrenbach (Moselle, near Saarland): Joomla, phpBB village forum, neighbours' network ======

BEH = "www.behrenbach.fr"
BEH_FORUM = "forum.behrenbach.fr"
BEH_VOISINS = "voisins.behrenbach.fr"


def behrenbach() -> City:
    j = "/index.php"
    forum, voisins = f"http://{BEH_FORUM}", f"http://{BEH_VOISINS}"
    pages = [
        page("/", "Accueil", _home(
            "Behrenbach, 12 900 habitants, ancienne cité minière de la frontière sarroise.",
            [(f"{j}/vivre/reseau-de-voisins", "Réseau de voisins"), (forum + "/", "Forum du village"), (f"{j}/vivre/sondage-cantine", "Sondage"),
             (f"{j}/mairie/commissions-extra-municipales", "Commissions"), (f"{j}/mairie/conseil-municipal", "Conseil municipal"),
             (f"{j}/mairie/nos-reseaux", "Nos réseaux"), (f"{j}/contact", "Contact"), (f"{j}/de/willkommen", "Deutsch")],
            [(f"{j}/actualites/fete-du-village", "Fête du village : merci à tous !", "02/09/2024", "Plus de 2 000 visiteurs."),
             (f"{j}/actualites/resultats-sondage-ecole", "Résultats du sondage sur l'école", "20/06/2024", "Merci aux parents."),
             (f"{j}/vivre/participation-citoyenne", "Participation citoyenne : nouveaux référents", "10/05/2024", "Avec la gendarmerie."),
             (f"{j}/vivre/forum-des-associations", "Forum des associations", "01/09/2024", "Le 7 septembre.")],
            [(f"{j}/vivre/forum-des-associations", "Forum des associations", "7 sept.", "Salle Saint-Barbe"),
             (f"{j}/services/marche-aux-puces", "Marché aux puces", "15 sept.", "Cité des mineurs")])),
        page(f"{j}/vivre/reseau-de-voisins", "Le réseau de voisins", m.prose(
            "Prêter une échelle, covoiturer jusqu'à Sarrebruck, trouver quelqu'un pour arroser ses plantes : la Ville a ouvert "
            "un réseau social de voisinage réservé aux habitants de Behrenbach.",
            "L'inscription est gratuite ; chaque quartier a son fil d'entraide, modéré par des habitants relais.")
             + m.links([(voisins + "/", "Rejoindre le réseau voisins.behrenbach.fr")]), {"territorial_social_network"}),
        page(f"{j}/vivre/participation-citoyenne", "Participation citoyenne : nouveaux référents", m.prose(
            "Le dispositif « participation citoyenne », piloté par la gendarmerie, compte douze référents de quartier. "
            "Ils relaient les conseils de prévention et signalent les comportements suspects.",
            "Les habitants intéressés peuvent se faire connaître à la police municipale."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page(f"{j}/vivre/forum-des-associations", "Forum des associations", m.prose(
            "Le samedi 7 septembre, de 10 h à 17 h, une cinquantaine d'associations présentent leurs activités salle Sainte-Barbe.",
            "Démonstrations de judo, chorale, club de mineurs : entrée libre."), decoys={"forum"}),
        page(f"{j}/vivre/sondage-cantine", "Votre avis sur la cantine", m.aside(m.prose(
            "Depuis janvier, la cantine scolaire propose deux repas végétariens par semaine. Qu'en pensent les familles ?"),
            m.joomla_poll(7, "Deux repas végétariens par semaine, c'est :", ["Très bien", "Trop", "Pas assez"])), {"poll"}),
        page(f"{j}/actualites/resultats-sondage-ecole", "Résultats du sondage sur l'école", m.prose("Le sondage est terminé.")
             + m.poll_results("Horaire de sortie souhaité", [("16 h", 48, 132), ("16 h 30", 52, 143)], 275, "Ce sondage est fermé.", "pollstableborder"),
             decoys={"poll"}, parent=("Actualités", "/")),
        page(f"{j}/actualites/fete-du-village", "Fête du village : merci à tous !", m.prose(
            "Défilé, bal et feu d'artifice : la fête du village a réuni plus de 2 000 personnes.")
             + m.jcomments([("Nathalie", "03/09/2024", "Superbe soirée, bravo aux bénévoles !")], 88), {"comments"}, parent=("Actualités", "/")),
        page(f"{j}/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Comptes rendus des séances. Séance du 12 septembre : adoption du budget supplémentaire, dénomination de rues, "
            "création d'une commission extra-municipale de la mémoire minière."), decoys={"participation_displayed"}),
        page(f"{j}/mairie/commissions-extra-municipales", "Les commissions extra-municipales", m.prose(
            "Trois commissions extra-municipales ouvrent le travail municipal aux habitants : environnement, mémoire minière, "
            "fêtes et animations. Chacune comprend des élus et des habitants volontaires, qui y débattent et font des propositions.",
            "Les réunions ont lieu en mairie ; inscription auprès du secrétariat."), {"participation_displayed"}),
        # the city's accounts on global platforms: not a local social network
        page(f"{j}/mairie/nos-reseaux", "Nos réseaux sociaux", m.prose(
            "Suivez la Ville sur Facebook pour les alertes météo, les travaux et les animations.")
             + '<p><a href="https://www.facebook.com/behrenbach57">Page Facebook de la Ville de Behrenbach</a></p>',
             decoys={"territorial_social_network"}),
        page(f"{j}/services/marche-aux-puces", "Inscription au marché aux puces", m.prose("Emplacement de 3 m : 9 €. Paiement en ligne à l'inscription.")
             + m.form(f"{j}/services/marche-aux-puces", [("text", "nom", "Nom"), ("email", "email", "E-mail"), ("number", "metres", "Nombre de mètres"),
                                                       ("text", "immatriculation", "Immatriculation du véhicule")], "Réserver et payer", "form form--registration"),
             decoys={"contact_form"}),
        page(f"{j}/contact", "Contact", m.prose("Mairie de Behrenbach, 5 rue de la Mine.") + m.joomla_contact(f"{j}/contact"), {"contact_form"}),
        page(f"{j}/de/willkommen", "Willkommen in Behrenbach", m.prose(
            "Behrenbach liegt direkt an der Grenze zum Saarland. Das Rathaus ist von Montag bis Freitag geöffnet.")
             + m.links([("/", "Startseite")])),
    ]
    www = Site(BEH, "joomla", "Ville de Behrenbach", pages,
               menu=[("Accueil", "/"), ("Vivre à Behrenbach", f"{j}/vivre/reseau-de-voisins"), ("Mairie", f"{j}/mairie/conseil-municipal"),
                     ("Contact", f"{j}/contact")],
               accounts=[social("facebook", "behrenbach57")], address="Mairie, 5 rue de la Mine, 57000 Behrenbach")
    fpages = [
        page("/", "Index du forum", m.phpbb_index([
            ("/viewforum.php?f=2", "Vie du village", "Discussions sur la vie de Behrenbach", 41, 388, "Rudi57"),
            ("/viewforum.php?f=3", "Entraide et bons plans", "Covoiturage vers la Sarre, objets perdus", 27, 162, "Mireille")])),
        page("/viewforum.php?f=2", "Vie du village", m.phpbb_topics([
            ("/viewtopic.php?t=14", "Travaux rue de la Mine : jusqu'à quand ?", "Joël", "02 sept. 2024", 12),
            ("/viewtopic.php?t=15", "Cigognes sur le chevalement", "Mireille", "28 août 2024", 5)], 2)),
        page("/viewtopic.php?t=14", "Travaux rue de la Mine : jusqu'à quand ?", m.phpbb_posts([
            ("Joël", "02 sept. 2024", "Quelqu'un sait quand la rue rouvre ? Le bus est dévié depuis trois semaines."),
            ("Rudi57", "02 sept. 2024", "D'après la mairie, fin septembre."),
            ("Mairie de Behrenbach", "03 sept. 2024", "Réouverture prévue le 27 septembre.")], 14, 2), parent=("Vie du village", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=15", "Cigognes sur le chevalement", m.phpbb_posts([
            ("Mireille", "28 août 2024", "Un couple de cigognes a niché sur le chevalement du puits !")], 15, 2), parent=("Vie du village", "/viewforum.php?f=2")),
        page("/viewforum.php?f=3", "Entraide et bons plans", m.phpbb_topics([
            ("/viewtopic.php?t=21", "Covoiturage Behrenbach – Sarrebruck", "Kevin", "01 sept. 2024", 8)], 3)),
        page("/viewtopic.php?t=21", "Covoiturage Behrenbach – Sarrebruck", m.phpbb_posts([
            ("Kevin", "01 sept. 2024", "Je pars à 7 h tous les jours vers Sarrebruck, deux places libres."),
            ("Sandra", "01 sept. 2024", "Intéressée pour le lundi et le mardi !")], 21, 3), parent=("Entraide et bons plans", "/viewforum.php?f=3")),
    ]
    fs = Site(BEH_FORUM, "phpbb", "Forum de Behrenbach", fpages, features=frozenset({"forum"}))
    vpages = [
        page("/", "Le réseau des voisins de Behrenbach", m.prose("Entraide, prêts, covoiturage et bons plans entre voisins.")
             + m.links([("/quartiers/cite", "Quartier de la Cité"), ("/quartiers/centre", "Centre"), ("/evenements", "Événements")])
             + m.feed([("Paulette", "Cité", "entraide", "Qui pourrait m'aider à monter une armoire samedi ?", 3),
                       ("Yannick", "Centre", "prêt", "Je prête ma tondeuse, passez la prendre.", 1)])),
        page("/quartiers/cite", "Quartier de la Cité", m.feed([
            ("Ahmed", "Cité", "alerte", "Coupure d'eau prévue jeudi matin rue des Mineurs.", 4),
            ("Gisèle", "Cité", "don", "Je donne des pots de confiture vides.", 2)])),
        page("/quartiers/centre", "Centre", m.feed([("Lena", "Centre", "covoiturage", "Quelqu'un va au marché de Forbach samedi ?", 2)])),
        page("/evenements", "Événements entre voisins", m.feed([
            ("Comité des fêtes", "Tous quartiers", "événement", "Fête des voisins le 30 mai : inscrivez votre rue !", 9)])),
    ]
    vs = Site(BEH_VOISINS, "community", "Voisins de Behrenbach", vpages,
              menu=[("Fil", "/"), ("Quartiers", "/quartiers/cite"), ("Événements", "/evenements")],
              features=frozenset({"territorial_social_network"}))
    return City("99428", "Behrenbach", 12_900, "57", *GRAND_EST, f"http://{BEH}/", [www, fs, vs])


def cities():
    return [hohenwiller(), sarrelonge(), audunval(), rousselieres(), arbonnex(), chablenay(), rheinwiller(), behrenbach()]


def hosts():
    return {}
