"""Holdout part "cols": eight communes of 20,000 to 45,000 inhabitants in the mountains, Alsace, the Nord,
the Atlantic coast and Martinique, on WordPress, TYPO3, Drupal, Joomla, SPIP and agency or site-builder CMSs,
with Decidim, Cap Collectif, Go Vocal, Jenparle and ID City spaces, boards and a neighbours' network.
Participation under local brands and generic headings, budgets at every stage, petitions under another name,
and the lookalikes that real municipal sites hold."""
from ..site import City, Site, page, social
from . import cols_markup as m


def _home(intro, quick, news, dates, extra="", cookie="tarteaucitron"):
    return (m.cookie_banner(cookie) + m.prose(intro) + m.quick_access(quick) + m.teasers(news) + m.agenda(dates) + extra)


# =================================================================================================
# 99151 Montcharvin (Haute-Savoie): WordPress + a Decidim space for its budget "Les Cimes citoyennes"
# =================================================================================================
MC_WWW, MC_DEC = "www.montcharvin.fr", "participer.montcharvin.fr"
MC_PROC = "/processes/cimes-citoyennes-2025"


def montcharvin():
    P = f"http://{MC_DEC}"
    news = [("/actualites/deneigement-hiver-2025/", "Déneigement : ce qui change cet hiver", "12/11/2025", "Nouveaux circuits pour les hameaux d'altitude."),
            ("/actualites/bilan-saison-estivale/", "Bilan de la saison estivale", "28/09/2025", "Fréquentation en hausse au lac."),
            ("/actualites/convention-participation-citoyenne/", "Signature d'une convention avec la gendarmerie", "03/09/2025", "Le dispositif arrive aux Granges."),
            ("/agenda/forum-emploi-saisonnier/", "Forum de l'emploi saisonnier", "15/10/2025", "Les stations recrutent.")]
    www = [
        page("/", "Accueil", _home(
            "Bienvenue à Montcharvin, porte des alpages entre lac et sommets.",
            [("/montcharvin-ensemble/", "Montcharvin Ensemble"), ("/montcharvin-ensemble/les-cimes-citoyennes/", "Les Cimes citoyennes"),
             ("/mairie/conseil-municipal/", "Conseil municipal"), ("/mairie/budget-2025/", "Budget 2025"), ("/mairie/marches-publics/", "Marchés publics"),
             ("/contact/", "Contacter la mairie"), ("/lettre-d-information/", "Lettre d'information"), ("/actualites/", "Toutes les actualités")],
            news, [("18 nov.", "Conseil municipal", "salle du conseil"), ("22 nov.", "Marché de Noël des producteurs", "place de l'Église")],
            cookie="wp")),
        # the brand page: the approach is named only in its running text
        page("/montcharvin-ensemble/", "Montcharvin Ensemble", m.prose(
            "Montcharvin Ensemble, c'est la façon dont la municipalité associe les habitants aux décisions qui les concernent.",
            "Depuis 2021, chaque grand projet passe par une phase de concertation : réunions publiques, ateliers dans les hameaux et consultations en ligne sur notre plateforme participative.",
            "Les comités de hameau, composés d'habitants volontaires et tirés au sort, donnent leur avis sur la voirie, le déneigement et l'animation de leur secteur.",
            "Une charte de la participation, adoptée en conseil municipal, fixe les engagements de la ville : répondre à chaque avis, publier les comptes rendus, rendre compte des suites données.")
            + m.links([("/montcharvin-ensemble/comites-de-hameau/", "Les comités de hameau"), ("/montcharvin-ensemble/les-cimes-citoyennes/", "Les Cimes citoyennes, le budget des habitants"),
                       (P + "/", "La plateforme participer.montcharvin.fr")]), {"participation_displayed"}),
        page("/montcharvin-ensemble/comites-de-hameau/", "Les comités de hameau", m.prose(
            "Six comités couvrent la commune : Chef-lieu, Les Granges, Le Praz, Vers-le-Lac, Les Chalets et La Combe.",
            "Chaque comité se réunit trois fois par an en présence de l'élu référent. Tout habitant peut assister aux séances et poser ses questions.",
            "Prochaine réunion du comité des Granges : jeudi 27 novembre à 19 h, salle hors-sac.")
            + m.links([(P + "/assemblies/comites-de-hameau", "Ordres du jour et comptes rendus")]), {"participation_displayed"},
            parent=("Montcharvin Ensemble", "/montcharvin-ensemble/")),
        # presents the budget and asks for ideas ("déposez-la"), the filing itself is on the platform
        page("/montcharvin-ensemble/les-cimes-citoyennes/", "Les Cimes citoyennes", m.prose(
            "Avec Les Cimes citoyennes, la commune confie aux habitants 150 000 € de son budget d'investissement.",
            "Vous avez une idée pour votre hameau ? Déposez-la jusqu'au 15 décembre ; les services étudient sa faisabilité, puis tous les habitants de plus de 12 ans votent au printemps.",
            "Les projets lauréats sont réalisés dans l'année qui suit.")
            + m.links([(P + MC_PROC, "Participer sur la plateforme"), (P + "/processes/cimes-citoyennes-2024", "Édition 2024 : les projets réalisés")]),
            {"participatory_budget", "suggestion_call"}, parent=("Montcharvin Ensemble", "/montcharvin-ensemble/")),
        page("/actualites/", "Actualités", m.teasers(news, "Toutes les actualités")),
        page("/actualites/deneigement-hiver-2025/", "Déneigement : ce qui change cet hiver", m.prose(
            "Les circuits de déneigement sont réorganisés : les routes des hameaux d'altitude seront traitées en priorité dès 5 h.",
            "Merci de ne pas stationner le long des voies étroites les nuits de chutes de neige.")
            + m.wp_comments(412, [("Gilles R.", "13 novembre 2025", "Et le chemin des Chalets, il passe avant ou après l'école ?"),
                                  ("Mairie de Montcharvin", "13 novembre 2025", "Après l'école : il est sur le deuxième circuit.")]),
            {"comments"}, parent=("Actualités", "/actualites/")),
        # names the comités de hameau in passing: a news item, not the approach
        page("/actualites/bilan-saison-estivale/", "Bilan de la saison estivale", m.prose(
            "La plage du lac a accueilli 48 000 baigneurs cet été, un record.",
            "Le parking relais sera agrandi, comme l'avait souhaité le comité de hameau de Vers-le-Lac lors de sa dernière séance.")
            + m.teasers(news[:2], "À lire aussi"), decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        page("/actualites/convention-participation-citoyenne/", "Participation citoyenne : une convention avec la gendarmerie", m.prose(
            "Le maire et le commandant de la brigade ont signé la convention « Participation citoyenne ».",
            "Des habitants référents, volontaires, signalent à la gendarmerie les faits inhabituels observés dans leur quartier. Le dispositif ne remplace pas l'action des forces de l'ordre.")
            , decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites/")),
        page("/agenda/forum-emploi-saisonnier/", "Forum de l'emploi saisonnier", m.prose(
            "Le forum de l'emploi saisonnier réunit les remontées mécaniques, les écoles de ski et les hébergeurs le 15 octobre à la salle polyvalente.",
            "Venez avec votre CV : une centaine de postes sont à pourvoir pour l'hiver."), decoys={"forum"}),
        page("/mairie/conseil-municipal/", "Conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique environ une fois par mois.",
            "Prochaine séance : mardi 18 novembre à 20 h. Ordre du jour : décision modificative n° 2, tarifs des remontées mécaniques, convention de déneigement.")
            + m.links([("/mairie/budget-2025/", "Le budget 2025")]), decoys={"participation_displayed"}),
        page("/mairie/budget-2025/", "Budget 2025", m.prose(
            "Le budget primitif 2025 a été voté le 8 avril : 21,4 M€ en fonctionnement et 9,8 M€ en investissement.",
            "Principaux investissements : rénovation de l'école du Praz, réfection de la route des Chalets, nouveaux équipements du lac.",
            "Le compte administratif 2024 et les annexes budgétaires sont téléchargeables ci-dessous."), decoys={"participatory_budget"}),
        page("/mairie/marches-publics/", "Marchés publics", m.prose(
            "Appel d'offres en cours : travaux de réfection de la toiture du gymnase. Date limite de remise des offres : 5 décembre 2025, 12 h.",
            "Le dossier de consultation des entreprises est disponible sur le profil acheteur de la commune."), decoys={"suggestion_call"}),
        page("/contact/", "Contacter la mairie", m.prose("Mairie de Montcharvin, ouverte du lundi au vendredi de 8 h 30 à 12 h et de 14 h à 17 h.")
             + m.wpforms_contact(88, "/contact/"), {"contact_form"}),
        page("/lettre-d-information/", "Lettre d'information", m.prose("Chaque mois, l'actualité de Montcharvin dans votre boîte aux lettres électronique.")
             + m.newsletter("/lettre-d-information/"), decoys={"contact_form"}),
    ]
    card = lambda href, title, meta: (f'<div class="card__list"><a href="{href}" class="card__list-content"><h3 class="card__list-title">{title}</h3>'
                                      f'<div class="card__list-metadata">{meta}</div></a></div>')
    steps = ('<ol class="process__phases"><li class="phase-item">1. Dépôt des idées <span>jusqu\'au 15/12/2025</span></li>'
             '<li class="phase-item">2. Étude de faisabilité</li><li class="phase-item">3. Vote <span>mars 2026</span></li><li class="phase-item">4. Réalisation</li></ol>')
    dec = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme participative de la commune de Montcharvin.")
             + '<section class="home__section"><h2 class="h2">Processus en cours</h2>'
             + card(MC_PROC, "Les Cimes citoyennes 2025", "Phase actuelle : dépôt des idées")
             + card("/processes/plan-mobilite", "Plan de mobilité des vallées", "Questionnaire ouvert")
             + card("/processes/cimes-citoyennes-2024", "Les Cimes citoyennes 2024", "Terminé")
             + card("/assemblies/comites-de-hameau", "Comités de hameau", "Assemblée") + "</section>"),
        page(MC_PROC, "Les Cimes citoyennes 2025", '<div class="process__hero">' + m.prose(
            "Imaginez les projets de vos hameaux : 150 000 € sont réservés aux propositions des habitants.") + steps + "</div>"
            + m.links([(MC_PROC + "/f/12/pages/reglement", "Le règlement"), (MC_PROC + "/f/13/proposals", "Voir et déposer les idées")], "process__nav"),
            {"participatory_budget", "suggestion_call"}),
        page(MC_PROC + "/f/12/pages/reglement", "Règlement des Cimes citoyennes", m.prose(
            "Article 1 — Toute personne de 12 ans et plus habitant Montcharvin peut déposer une idée et voter.",
            "Article 2 — Les projets relèvent de l'investissement, sont d'intérêt général et ne dépassent pas 40 000 €.",
            "Article 3 — Chaque votant choisit trois projets ; les plus soutenus sont retenus dans la limite de l'enveloppe."),
            {"participatory_budget"}, parent=("Les Cimes citoyennes 2025", MC_PROC)),
        page(MC_PROC + "/f/13/proposals", "Idées", '<a class="button button__sm button__secondary" href="' + MC_PROC + '/f/13/proposals/new">Déposer une idée</a>'
             + '<div id="proposals" class="card__list-list">'
             + card(MC_PROC + "/f/13/proposals/214", "Un abri pour le car scolaire aux Granges", "12 commentaires · Évaluation")
             + card(MC_PROC + "/f/13/proposals/new", "Votre idée ici", "Déposez votre proposition") + "</div>",
             {"participatory_budget", "suggestion_call"}, parent=("Les Cimes citoyennes 2025", MC_PROC)),
        # the platform publishes the proposal; it is not a message to the city (no contact_form claimed either way)
        page(MC_PROC + "/f/13/proposals/new", "Déposer une idée",
             '<form class="new_proposal form-defaults" id="new_proposal" action="' + MC_PROC + '/f/13/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input maxlength="150" type="text" name="proposal[title]" id="proposal_title">'
             '<label for="proposal_body">Description de votre idée</label><textarea rows="10" name="proposal[body]" id="proposal_body"></textarea>'
             '<label for="proposal_scope_id">Hameau</label><select name="proposal[scope_id]" id="proposal_scope_id"><option>Chef-lieu</option><option>Les Granges</option><option>Le Praz</option></select>'
             '<button type="submit" class="button button__lg button__secondary">Continuer</button></form>',
             {"participatory_budget", "suggestion_call"}, parent=("Idées", MC_PROC + "/f/13/proposals")),
        page(MC_PROC + "/f/13/proposals/214", "Un abri pour le car scolaire aux Granges", m.prose(
            "Les enfants des Granges attendent le car au bord de la route, sans abri. Un abribus en bois local les protégerait de la neige.")
             + '<div class="proposal__aside"><span class="label">Coût estimé : 18 000 €</span></div>'
             + m.decidim_comments(214, [("Sandrine B.", "02/11/2025", "Indispensable en hiver, je soutiens."), ("Paul M.", "04/11/2025", "Pourquoi pas aussi au Praz ?")]),
             {"participatory_budget", "comments"}, parent=("Idées", MC_PROC + "/f/13/proposals")),
        # a past edition: residents voted its projects, the page shows them
        page("/processes/cimes-citoyennes-2024", "Les Cimes citoyennes 2024", m.prose(
            "Édition terminée : 1 312 habitants ont voté. Voici les projets retenus et leur avancement.")
             + '<ul class="budget-list">' + "".join(f'<li class="budget-list__item"><strong>{t}</strong> — {c} € <span class="label success">Sélectionné</span> {s}</li>'
                                                 for t, c, s in [("Fontaine au Praz", "22 000", "Réalisé"), ("Aire de pique-nique au lac", "31 000", "Réalisé"),
                                                                 ("Sentier des écoliers", "36 000", "En cours")]) + "</ul>",
             {"participatory_budget"}),
        page("/processes/plan-mobilite", "Plan de mobilité des vallées", m.prose(
            "Comment vous déplacez-vous ? Aidez-nous à préparer le plan de mobilité en répondant à ce questionnaire (5 minutes).")
             + '<div class="survey">' + m.questionnaire("/processes/plan-mobilite/f/20/survey/answer", [
                 ("Quel mode utilisez-vous le plus souvent ?", ["Voiture", "Navette", "Vélo", "À pied"]),
                 ("Utiliseriez-vous une navette entre les hameaux ?", ["Oui, souvent", "Parfois", "Jamais"])],
                 "answer", "Vos remarques", "Envoyer") + "</div>", {"poll"}),
        page("/assemblies/comites-de-hameau", "Comités de hameau", m.prose(
            "Les comités de hameau sont des instances de démocratie de proximité : habitants volontaires et tirés au sort y débattent des projets de leur secteur.",
            "Retrouvez ici les ordres du jour, les comptes rendus et les membres de chaque comité."), {"participation_displayed"}),
    ]
    return City("99151", "Montcharvin", 24_800, "74", "84", "Auvergne-Rhône-Alpes", f"http://{MC_WWW}/", [
        Site(MC_WWW, "wordpress", "Ville de Montcharvin", www,
             menu=[("Accueil", "/"), ("Montcharvin Ensemble", "/montcharvin-ensemble/"), ("Actualités", "/actualites/"), ("Mairie", "/mairie/conseil-municipal/"),
                   ("Contact", "/contact/")],
             accounts=[social("facebook", "VilledeMontcharvin"), social("instagram", "montcharvin_officiel")],
             address="Hôtel de ville, 1 place de la Mairie, 74999 Montcharvin"),
        Site(MC_DEC, "decidim", "Participer à Montcharvin", dec, menu=[("Accueil", "/"), ("Processus", MC_PROC), ("Assemblées", "/assemblies/comites-de-hameau")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))])


# =================================================================================================
# 99152 Ostwiller-sur-Moder (Bas-Rhin): TYPO3, its budget "Mach mit !" on its own site, a right of interpellation
# =================================================================================================
OS_WWW = "www.ostwiller-sur-moder.fr"


def ostwiller():
    news = [("/actualites/resultats-enquete-stationnement/", "Stationnement : les résultats de l'enquête", "05/11/2025", "Plus de 900 réponses."),
            ("/actualites/enquete-publique-plu/", "Enquête publique sur la modification du PLU", "20/10/2025", "Du 3 au 28 novembre."),
            ("/actualites/recensement-2026/", "Recensement 2026 : des agents recrutés", "14/10/2025", "Ils passeront chez vous en janvier."),
            ("/actualites/appel-a-projets-associations/", "Appel à projets associatif 2026", "01/10/2025", "Subventions pour les associations."),
            ("/actualites/ligne-ferroviaire/", "Ligne Strasbourg - Haguenau : le maire soutient les usagers", "22/09/2025", "Motion du conseil.")]
    mm = "/mach-mit/"
    vote_rows = [("Jardin partagé du Kirchberg", "12 500 €"), ("Boîtes à livres dans les trois quartiers", "4 800 €"), ("Fresque du passage de la Moder", "9 000 €"),
                 ("Abri vélos à l'école Pfister", "15 000 €")]
    pages = [
        page("/", "Accueil", _home("Ostwiller-sur-Moder, ville d'eau et de vergers au cœur de l'Alsace du Nord.",
             [("/citoyennete/", "Citoyenneté"), (mm, "Mach mit !"), ("/citoyennete/interpellation/", "Interpeller le conseil"),
              ("/citoyennete/questionnaire-rythmes-scolaires/", "Rythmes scolaires : répondez"), ("/mairie/budget/", "Budget"), ("/mairie/salles/", "Louer une salle"),
              ("/contact/", "Contact"), ("/actualites/", "Actualités")], news,
             [("24 nov.", "Conseil de quartier Rives de Moder", "salle des fêtes"), ("6 déc.", "Marché de Noël", "place du Marché")], cookie="klaro")),
        # generic heading: the approach is in the running text
        page("/citoyennete/", "Citoyenneté", m.prose(
            "Voter, s'informer, donner son avis : la ville vous ouvre plusieurs portes.",
            "La démocratie locale s'appuie à Ostwiller sur trois conseils de quartier, des réunions publiques avant chaque grand chantier et des consultations ouvertes à tous.")
             + m.links([("/citoyennete/conseils-de-quartier/", "Les conseils de quartier"), ("/citoyennete/interpellation/", "Le droit d'interpellation"),
                        (mm, "Mach mit ! le budget participatif"), ("/citoyennete/questionnaire-rythmes-scolaires/", "Questionnaire : rythmes scolaires")]),
             {"participation_displayed"}),
        page("/citoyennete/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Centre-Vergers, Rives de Moder et Kirchberg ont chacun leur conseil de quartier : 20 habitants volontaires, renouvelés tous les trois ans.",
            "Les conseils sont consultés sur les aménagements de voirie, les espaces verts et la sécurité routière. Leurs séances sont ouvertes au public.")
             + m.links([("/citoyennete/conseils-de-quartier/compte-rendu-rives-de-moder/", "Dernier compte rendu : Rives de Moder")]),
             {"participation_displayed"}, parent=("Citoyenneté", "/citoyennete/")),
        # minutes of a neighbourhood council: the council's own work, shown to residents
        page("/citoyennete/conseils-de-quartier/compte-rendu-rives-de-moder/", "Compte rendu du conseil de quartier Rives de Moder", m.prose(
            "Séance du 2 octobre 2025 — 17 membres présents, 9 habitants dans le public.",
            "Les membres ont examiné le projet de zone 30 rue des Tanneurs et demandé un plateau surélevé devant l'école. Prochaine séance le 24 novembre."),
             {"participation_displayed"}, parent=("Les conseils de quartier", "/citoyennete/conseils-de-quartier/")),
        page(mm, "Mach mit ! — le budget participatif", m.prose(
            "Mach mit ! (« participe ! ») : 80 000 € pour réaliser les projets des habitants.",
            "Les étapes : dépôt des projets jusqu'au 31 janvier, étude technique en février-mars, vote du 1er au 30 avril, réalisation dès l'été.")
             + m.links([(mm + "reglement/", "Lire le règlement"), (mm + "deposer-un-projet/", "Déposer un projet"), (mm + "vote/", "Voter pour les projets"),
                        (mm + "laureats-2024/", "Les lauréats 2024")]), {"participatory_budget"}),
        page(mm + "reglement/", "Mach mit ! — règlement", m.prose(
            "Peut participer toute personne de plus de 11 ans résidant ou travaillant à Ostwiller-sur-Moder.",
            "Un projet est recevable s'il relève des compétences de la commune, s'il est d'intérêt collectif et si son coût ne dépasse pas 20 000 €.",
            "Chaque participant vote pour trois projets au plus ; le classement se fait au nombre de voix."),
             {"participatory_budget"}, parent=("Mach mit !", mm)),
        # the filing step of the budget, a city form that sends the resident's free text to the city
        page(mm + "deposer-un-projet/", "Mach mit ! — déposer un projet", m.prose(
            "Vous avez une envie pour votre rue ou votre quartier ? Décrivez-la, la ville l'étudie avec vous.")
             + m.powermail_contact(mm + "deposer-un-projet/").replace("Écrire à la mairie", "Mon projet").replace("Votre demande", "Description du projet")
               .replace("[objet]", "[titre_projet]").replace(">Objet<", ">Titre du projet<"),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=("Mach mit !", mm)),
        page(mm + "vote/", "Mach mit ! — je vote", m.prose("Choisissez jusqu'à trois projets parmi les 14 retenus après l'étude technique.")
             + '<form class="vote-projets" action="' + mm + 'vote/" method="post"><fieldset><legend>Mes trois projets</legend>'
             + "".join(f'<label><input type="checkbox" name="projets[]" value="{i}"> {t} ({c})</label>' for i, (t, c) in enumerate(vote_rows))
             + '</fieldset><label for="v-mail">Votre e-mail (un vote par personne)</label><input id="v-mail" type="email" name="email"><button type="submit">Valider mon vote</button></form>',
             {"participatory_budget"}, parent=("Mach mit !", mm)),
        page(mm + "laureats-2024/", "Mach mit ! 2024 : les lauréats", m.prose(
            "1 046 votants ont désigné six projets. Trois sont déjà réalisés.")
             + '<ol class="laureats">' + "".join(f"<li>{t} — {c}</li>" for t, c in vote_rows[:3]) + "</ol>", {"participatory_budget"}, parent=("Mach mit !", mm)),
        page("/citoyennete/interpellation/", "Le droit d'interpellation", m.prose(
            "Depuis 2023, toute personne de plus de 16 ans habitant la commune peut lancer une interpellation citoyenne.",
            "Si elle recueille 300 soutiens en trois mois, elle est inscrite à l'ordre du jour du conseil municipal suivant et ses auteurs y sont entendus.")
             + '<ul class="interpellations">'
             + '<li><a href="/citoyennete/interpellation/eclairage-rue-des-vergers/">Éclairer le chemin piéton de la rue des Vergers</a> — <span class="compteur">143 soutiens</span> sur 300</li>'
             + '<li>Une traversée sécurisée devant la piscine — <span class="compteur">312 soutiens</span> — inscrite au conseil du 9 décembre</li></ul>'
             + '<p><a class="btn" href="/citoyennete/interpellation/eclairage-rue-des-vergers/">Soutenir une interpellation</a></p>',
             {"petition"}, parent=("Citoyenneté", "/citoyennete/")),
        page("/citoyennete/interpellation/eclairage-rue-des-vergers/", "Éclairer le chemin piéton de la rue des Vergers", m.prose(
            "Le chemin entre la rue des Vergers et la gare n'est pas éclairé ; les lycéens l'empruntent à la nuit tombée.",
            "<strong>143 soutiens</strong> — encore 157 pour une inscription au conseil municipal.")
             + '<form class="soutien" action="/citoyennete/interpellation/eclairage-rue-des-vergers/" method="post"><label for="s-nom">Nom et prénom</label><input id="s-nom" name="nom">'
               '<label for="s-adr">Adresse à Ostwiller</label><input id="s-adr" name="adresse"><label for="s-mail">E-mail</label><input id="s-mail" type="email" name="email">'
               '<button type="submit">Je soutiens</button></form>', {"petition"}, parent=("Le droit d'interpellation", "/citoyennete/interpellation/")),
        page("/citoyennete/questionnaire-rythmes-scolaires/", "Rythmes scolaires : votre avis", m.prose(
            "La semaine de quatre jours ou de quatre jours et demi ? Parents, enseignants, associations : le questionnaire est ouvert jusqu'au 12 décembre.")
             + m.questionnaire("/citoyennete/questionnaire-rythmes-scolaires/", [
                 ("Vous êtes :", ["Parent d'élève", "Enseignant", "Membre d'une association", "Autre"]),
                 ("Quelle organisation préférez-vous ?", ["4 jours", "4 jours et demi"]),
                 ("Le mercredi matin devrait être consacré à :", ["L'école", "Les activités périscolaires", "Le repos"])], "frm-questionnaire",
                 "Une remarque ?"), {"poll"}, parent=("Citoyenneté", "/citoyennete/")),
        page("/actualites/", "Actualités", m.teasers(news, "Toutes les actualités")),
        page("/actualites/resultats-enquete-stationnement/", "Stationnement : les résultats de l'enquête", m.prose(
            "L'enquête sur le stationnement au centre-ville est close. Merci aux 912 participants.")
             + m.poll_results("Êtes-vous favorable à une zone bleue place du Marché ?", [("Oui", 58, 529), ("Non", 35, 319), ("Sans opinion", 7, 64)]),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/enquete-publique-plu/", "Enquête publique sur la modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique est ouverte du 3 au 28 novembre sur la modification n° 3 du plan local d'urbanisme.",
            "Le commissaire enquêteur tiendra des permanences en mairie ; les observations peuvent être consignées dans le registre ou adressées par courrier."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/recensement-2026/", "Recensement 2026", m.prose(
            "Le recensement de la population, organisé avec l'Insee, se déroulera du 15 janvier au 21 février.",
            "Un agent recenseur vous remettra vos codes pour répondre au questionnaire sur le-recensement-et-moi.fr."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/appel-a-projets-associations/", "Appel à projets associatif 2026", m.prose(
            "Les associations ostwilleroises peuvent solliciter une subvention de projet avant le 15 décembre.",
            "Dossier de demande, critères d'attribution et calendrier de la commission sont disponibles en mairie."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites/")),
        page("/actualites/ligne-ferroviaire/", "Ligne Strasbourg - Haguenau : le maire soutient les usagers", m.prose(
            "Le conseil municipal a adopté une motion pour des trains plus fréquents aux heures de pointe.",
            "Une pétition régionale des usagers est en ligne sur <a href=\"https://www.mesopinions.com/petition/politique/trains-alsace-nord/24517\">mesopinions.com</a>."),
             decoys={"petition"}, parent=("Actualités", "/actualites/")),
        page("/mairie/budget/", "Budget de la ville", m.prose(
            "Le budget primitif 2025 s'élève à 38 M€. Les taux d'imposition restent inchangés.",
            "Retrouvez la note de présentation brève et synthétique, le rapport d'orientation budgétaire et le compte administratif."), decoys={"participatory_budget"}),
        page("/mairie/salles/", "Louer une salle", m.prose("Trois salles communales sont louées aux associations et aux particuliers.")
             + m.booking("/mairie/salles/", ["Salle des fêtes", "Salle Moder", "Foyer du Kirchberg"]), decoys={"contact_form"}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, 3 place du Marché. Accueil du lundi au vendredi, 8 h - 12 h et 13 h 30 - 17 h 30.")
             + m.powermail_contact("/contact/"), {"contact_form"}),
    ]
    return City("99152", "Ostwiller-sur-Moder", 31_200, "67", "44", "Grand Est", f"http://{OS_WWW}/", [
        Site(OS_WWW, "typo3", "Ville d'Ostwiller-sur-Moder", pages,
             menu=[("Accueil", "/"), ("Citoyenneté", "/citoyennete/"), ("Mach mit !", mm), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
             accounts=[social("facebook", "ostwillersurmoder"), social("youtube", "OstwillerTV")],
             address="3 place du Marché, 67999 Ostwiller-sur-Moder")])


# =================================================================================================
# 99153 Wambrecourt (Nord): Drupal + a Cap Collectif space (idea box, interpellations, questionnaire, consultation)
# =================================================================================================
WB_WWW, WB_CAP = "www.wambrecourt.fr", "wambrecourt.cap-collectif.com"


def wambrecourt():
    C = f"http://{WB_CAP}"
    news = [("/actualites/nouvelle-plateforme", "Une plateforme pour vos idées", "10/11/2025", "Ouverture le 15 novembre."),
            ("/actualites/forum-emploi", "Forum pour l'emploi", "04/11/2025", "Salle Jean-Bart, le 20 novembre."),
            ("/actualites/recrutement-animateurs", "La ville recrute des animateurs", "28/10/2025", "Centres de loisirs d'hiver."),
            ("/actualites/maisons-fleuries", "Concours des maisons fleuries 2026", "15/10/2025", "Inscriptions ouvertes."),
            ("/actualites/sondage-piscine-resultats", "Horaires de la piscine : vous avez choisi", "02/10/2025", "Résultats du sondage.")]
    www = [
        page("/", "Accueil", _home("Wambrecourt, ville de la métropole, entre canal et terrils.",
             [("/democratie-locale", "Démocratie locale"), ("/democratie-locale/conseils-citoyens", "Conseils citoyens"), ("/democratie-locale/reunions-de-quartier", "Réunions de quartier"),
              ("/mairie/conseil-municipal", "Conseil municipal"), ("/e-services/inscription-cantine", "Inscription cantine"), ("/contact", "Contact"),
              (C + "/", "Je participe"), ("/actualites", "Actualités")], news,
             [("20 nov.", "Forum pour l'emploi", "salle Jean-Bart"), ("27 nov.", "Réunion de quartier Cité Delattre", "école Curie")])),
        page("/democratie-locale", "Démocratie locale", m.prose(
            "La ville associe les Wambrecourtois à ses choix : réunions de quartier deux fois par an, conseils citoyens dans les quartiers prioritaires, consultations sur les grands projets.",
            "Depuis novembre, une plateforme en ligne permet aussi de déposer des idées, d'interpeller le conseil municipal et de répondre aux questionnaires de la ville.")
             + m.links([("/democratie-locale/conseils-citoyens", "Les conseils citoyens"), ("/democratie-locale/reunions-de-quartier", "Les réunions de quartier"), (C + "/", "La plateforme Je participe")]),
             {"participation_displayed"}),
        page("/democratie-locale/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Créés par la loi de 2014, les conseils citoyens de la Cité Delattre et du Marais réunissent habitants tirés au sort et acteurs locaux.",
            "Ils participent au contrat de ville et donnent leur avis sur le renouvellement urbain."), {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/democratie-locale/reunions-de-quartier", "Les réunions de quartier", m.prose(
            "Le maire et les élus de secteur viennent à votre rencontre dans chacun des six quartiers.",
            "Ordre du jour : travaux, propreté, sécurité, questions des habitants. Prochaine réunion : Cité Delattre, jeudi 27 novembre, 18 h 30, école Curie."),
             {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale")),
        page("/actualites", "Actualités", m.teasers(news, "Toutes les actualités")),
        # a news item that names the platform: the article is not the platform
        page("/actualites/nouvelle-plateforme", "Une plateforme pour vos idées", m.prose(
            "La ville ouvre le 15 novembre sa plateforme participative, réalisée avec la société Cap Collectif.",
            "Elle sera présentée lors des réunions de quartier. <a href=\"" + C + "/\">Découvrir la plateforme</a>."),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-emploi", "Forum pour l'emploi", m.prose(
            "Quarante entreprises et organismes de formation seront présents au forum pour l'emploi le 20 novembre, salle Jean-Bart.",
            "Ateliers CV et simulations d'entretien avec la Mission locale."), decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/recrutement-animateurs", "La ville recrute des animateurs", m.prose(
            "Appel à candidatures : la ville recrute des animateurs titulaires du BAFA pour les vacances d'hiver.",
            "Envoyez CV et lettre de motivation avant le 15 décembre au service des ressources humaines."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        # a contest with a registration form: neither a call for ideas nor a contact form
        page("/actualites/maisons-fleuries", "Concours des maisons fleuries 2026", m.prose("Jardins, balcons, façades : inscrivez-vous au concours avant le 31 mai.")
             + m.registration("/actualites/maisons-fleuries", "Bulletin d'inscription", [("text", "nom", "Nom"), ("text", "adresse", "Adresse"),
                                                                                         ("text", "categorie", "Catégorie (jardin, balcon, façade)"), ("email", "email", "E-mail")]),
             decoys={"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites")),
        page("/actualites/sondage-piscine-resultats", "Horaires de la piscine : vous avez choisi", m.prose("Le sondage est terminé ; les nouveaux horaires s'appliquent dès janvier.")
             + m.poll_results("Quel créneau supplémentaire ?", [("Mardi soir", 46, 388), ("Samedi matin", 38, 321), ("Dimanche après-midi", 16, 135)]),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Le conseil municipal compte 39 élus. Séances publiques salle d'honneur, retransmises en direct.",
            "Prochaine séance : lundi 15 décembre, 19 h. Ordre du jour : budget primitif 2026, garantie d'emprunt, motion sur la ligne de bus 14."),
             decoys={"participation_displayed"}),
        page("/e-services/inscription-cantine", "Inscription à la restauration scolaire", m.prose("Inscrivez votre enfant pour l'année scolaire.")
             + m.webform("inscription_cantine", "/e-services/inscription-cantine", [("text", "nom_enfant", "Nom de l'enfant"), ("select:Curie|Jaurès|Pasteur", "ecole", "École"),
                                                                                       ("checkbox", "regime", "Repas sans porc"), ("email", "email", "E-mail du parent")], "Inscrire"),
             decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, place Roger-Salengro. Accueil du lundi au samedi matin.")
             + m.webform("contact", "/contact", [("text", "name", "Nom"), ("email", "email", "Courriel"), ("text", "subject", "Sujet"), ("textarea", "message", "Message")]),
             {"contact_form"}),
    ]
    proj = "/project/boite-a-idees-wambrecourt/collect/deposez-vos-idees"
    interp = "/project/interpellations-citoyennes/collect/interpellez-le-conseil"
    cap = [
        page("/", "Accueil", m.prose("Je participe à Wambrecourt : proposez, soutenez, donnez votre avis.")
             + '<section class="projects-section"><h2>Les projets participatifs</h2><ul class="project-list">'
             + "".join(f'<li class="project-preview"><a href="{h}" class="project-preview__title">{t}</a> <span class="tag">{s}</span></li>' for h, t, s in [
                 (proj, "Boîte à idées", "En cours"), (interp, "Interpellations citoyennes", "En cours"),
                 ("/project/questionnaire-centre-ville/questionnaire/votre-avis", "Le centre-ville de demain", "Questionnaire"),
                 ("/project/parc-des-tilleuls/consultation/consultation", "Parc des Tilleuls", "Consultation"),
                 ("/project/marche-du-dimanche/questionnaire/resultats", "Marché du dimanche", "Terminé")]) + "</ul></section>"),
        page(proj, "Boîte à idées — Déposez vos idées", m.prose(
            "Une idée pour rendre la ville plus agréable ? Proposez-la ! Les idées les plus soutenues sont étudiées par les élus.")
             + '<a class="btn btn-primary" id="main_proposal_create" href="/login">Proposer une idée</a>'
             + '<ul class="proposal-list">' + '<li class="proposal-preview"><a href="/projects/boite-a-idees-wambrecourt/proposals/bancs-canal">Des bancs le long du canal</a> · 38 votes · 6 commentaires</li></ul>',
             {"suggestion_call"}),
        page("/projects/boite-a-idees-wambrecourt/proposals/bancs-canal", "Des bancs le long du canal", m.prose(
            "Le chemin de halage est très fréquenté mais il n'y a aucun endroit pour s'asseoir entre l'écluse et le pont Jean-Bart.")
             + '<section class="proposal__comments"><h3>Commentaires (2)</h3><div class="opinion">Marie D. — Oui, pour les personnes âgées surtout.</div>'
               '<div class="opinion">Karim L. — Et des poubelles aussi !</div><form class="comment-form" action="/graphql" method="post"><label for="comment-body">Votre commentaire</label>'
               '<textarea id="comment-body" name="body"></textarea><button type="submit" class="btn btn-primary">Commenter</button></form></section>',
             {"suggestion_call", "comments"}, parent=("Boîte à idées", proj)),
        page(interp, "Interpellations citoyennes", m.prose(
            "Interpellez le conseil municipal : une interpellation qui réunit 500 soutiens en 60 jours reçoit une réponse publique du maire en séance.")
             + '<ul class="proposal-list"><li class="proposal-preview"><a href="/projects/interpellations-citoyennes/proposals/piste-cyclable-rue-jaures">Une piste cyclable rue Jean-Jaurès</a>'
               ' <span class="proposal__counter">412 soutiens</span> / 500</li></ul>', {"petition"}),
        page("/projects/interpellations-citoyennes/proposals/piste-cyclable-rue-jaures", "Une piste cyclable rue Jean-Jaurès", m.prose(
            "Nous demandons au conseil municipal d'étudier une piste cyclable séparée entre la gare et le lycée.")
             + '<div class="interpellation-counter"><span class="counter-value">412</span> soutiens — objectif 500</div>'
               '<form class="proposal-support" action="/graphql" method="post"><input type="hidden" name="proposalId" value="UHJvcG9zYWw6NDI="><button type="submit" class="btn btn-success">Soutenir</button></form>',
             {"petition"}, parent=("Interpellations citoyennes", interp)),
        page("/project/questionnaire-centre-ville/questionnaire/votre-avis", "Le centre-ville de demain", m.prose("Quelques minutes pour nous dire comment vous vivez le centre-ville.")
             + m.questionnaire("/graphql", [("À quelle fréquence venez-vous au centre-ville ?", ["Tous les jours", "Chaque semaine", "Rarement"]),
                                           ("Qu'est-ce qui manque le plus ?", ["Des commerces", "Des espaces verts", "Du stationnement", "Des animations"])],
                               "questionnaire-reply", "Vos suggestions", "Envoyer"), {"poll"}),
        # residents publish arguments under each orientation, with a form: comments on content
        page("/project/parc-des-tilleuls/consultation/consultation", "Consultation : le parc des Tilleuls", m.prose(
            "La ville réaménage le parc des Tilleuls. Donnez votre avis sur chacune des orientations et argumentez.")
             + '<div class="opinion-list"><div class="opinion opinion--section"><h3>Orientation 1 : une aire de jeux pour les 6-12 ans</h3>'
               '<div class="argument argument--for">Pour — « Il n\'y a rien pour les plus grands. » (Éric)</div>'
               '<form class="argument-create" action="/graphql" method="post"><label for="arg">Ajouter un argument</label><textarea id="arg" name="body"></textarea><button type="submit">Publier</button></form></div></div>',
             {"participation_displayed", "comments"}),
        page("/project/marche-du-dimanche/questionnaire/resultats", "Marché du dimanche : résultats", m.prose("Ce questionnaire est terminé. Merci pour vos 640 réponses.")
             + m.poll_results("Souhaitez-vous un marché le dimanche matin ?", [("Oui", 71, 454), ("Non", 29, 186)], note="Questionnaire clos le 30 juin 2025."),
             decoys={"poll"}),
    ]
    return City("99153", "Wambrecourt", 42_300, "59", "32", "Hauts-de-France", f"http://{WB_WWW}/", [
        Site(WB_WWW, "drupal", "Ville de Wambrecourt", www,
             menu=[("Accueil", "/"), ("Démocratie locale", "/democratie-locale"), ("Actualités", "/actualites"), ("Mairie", "/mairie/conseil-municipal"), ("Contact", "/contact")],
             accounts=[social("facebook", "VilleWambrecourt"), social("x", "Wambrecourt"), social("linkedin", "ville-de-wambrecourt")],
             address="Place Roger-Salengro, 59999 Wambrecourt"),
        Site(WB_CAP, "capcollectif", "Je participe à Wambrecourt", cap, menu=[("Accueil", "/"), ("Boîte à idées", proj), ("Interpellations", interp)],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))])


# =================================================================================================
# 99154 Pornesson-sur-Mer (Loire-Atlantique): Joomla with a Kunena board, an idea box, a sidebar poll
# =================================================================================================
PO_WWW = "www.pornesson-sur-mer.fr"


def pornesson():
    J = "/index.php"
    poll = m.joomla_poll(3, "Faut-il prolonger la navette estivale jusqu'à fin septembre ?", ["Oui", "Non", "Seulement le week-end"])
    news = [(J + "/actualites/erosion-du-trait-de-cote", "Érosion : le point sur la plage des Sablons", "08/11/2025", "Réunion publique le 2 décembre."),
            (J + "/actualites/questionnaire-plages", "Plages : répondez au questionnaire", "30/10/2025", "Jusqu'au 30 novembre."),
            (J + "/actualites/forum-des-associations", "Forum des associations", "01/09/2025", "Une soixantaine d'associations."),
            (J + "/actualites/resultats-marche-nocturne", "Marché nocturne : les résultats", "20/09/2025", "Sondage clos."),
            (J + "/actualites/concours-photo", "Concours photo « Pornesson vu d'en haut »", "15/09/2025", "Envoyez vos clichés.")]
    forum = J + "/forum"
    cat = forum + "/stationnement-front-de-mer"
    pages = [
        page("/", "Accueil", _home("Station balnéaire et port de pêche, Pornesson-sur-Mer vit à l'année.",
             [(J + "/vie-municipale", "Vie municipale"), (J + "/vie-municipale/vous-avez-la-parole", "Vous avez la parole"), (J + "/vie-municipale/une-idee-pour-pornesson", "Une idée ?"),
              (forum, "Forum des habitants"), (J + "/tourisme", "Tourisme"), (J + "/contact", "Contact"), (J + "/newsletter", "Newsletter"), (J + "/actualites", "Actualités")],
             news, [("2 déc.", "Réunion publique sur le trait de côte", "salle de la Criée"), ("13 déc.", "Téléthon", "port")], extra=poll),
             {"poll"}),
        page(J + "/vie-municipale", "Vie municipale", m.aside(m.prose("Le maire, les adjoints, le conseil et les services municipaux.")
             + m.links([(J + "/vie-municipale/vous-avez-la-parole", "Vous avez la parole"), (J + "/vie-municipale/une-idee-pour-pornesson", "Une idée pour Pornesson ?"),
                        (J + "/vie-municipale/enquete-publique-digue", "Enquête publique : digue du Nord")]), poll), {"poll"}),
        # generic heading; conseils/ateliers named only in the running text
        page(J + "/vie-municipale/vous-avez-la-parole", "Vous avez la parole", m.prose(
            "Les élus ont fait de l'écoute des habitants une règle : ateliers de quartier au printemps, comités consultatifs sur le port et la plage, concertation avant chaque aménagement du front de mer.",
            "Les comptes rendus des ateliers sont publiés sur cette page ; chaque atelier est ouvert à tous, sans inscription.")
             + m.links([(J + "/vie-municipale/une-idee-pour-pornesson", "Déposer une idée"), (forum, "Échanger sur le forum")]),
             {"participation_displayed"}, parent=("Vie municipale", J + "/vie-municipale")),
        # an idea box built from the CMS's contact form: free text to the city, and an explicit call for ideas
        page(J + "/vie-municipale/une-idee-pour-pornesson", "Une idée pour Pornesson ?", m.prose(
            "Vous voyez quelque chose à améliorer, à créer, à réparer ? Écrivez-nous votre idée : elle sera lue par l'élu concerné et vous recevrez une réponse.")
             + m.joomla_contact(J + "/vie-municipale/une-idee-pour-pornesson").replace("Envoyer un e-mail", "Votre idée").replace(">Message<", ">Mon idée<")
             + m.links([(J + "/vie-municipale/une-idee-pour-pornesson/idees-retenues", "Les idées déjà retenues")]),
             {"suggestion_call", "contact_form"}, parent=("Vie municipale", J + "/vie-municipale")),
        # a list of retained ideas that still calls for new ones and links to the box
        page(J + "/vie-municipale/une-idee-pour-pornesson/idees-retenues", "Les idées retenues", m.prose(
            "Racks à planches de surf au parking des Sablons (réalisé), douches de plage solaires (à l'étude), cendriers de plage (réalisé).",
            "La boîte à idées reste ouverte toute l'année : <a href=\"" + J + "/vie-municipale/une-idee-pour-pornesson\">proposez la vôtre</a>."),
             {"suggestion_call"}, parent=("Une idée pour Pornesson ?", J + "/vie-municipale/une-idee-pour-pornesson")),
        page(J + "/vie-municipale/enquete-publique-digue", "Enquête publique : confortement de la digue du Nord", m.prose(
            "Une enquête publique préalable à l'autorisation environnementale se tient du 10 novembre au 12 décembre.",
            "Le dossier est consultable en mairie et sur le site de la préfecture ; la commissaire enquêtrice reçoit le public les mardis."),
             decoys={"poll"}, parent=("Vie municipale", J + "/vie-municipale")),
        page(forum, "Forum des habitants", m.prose("Un espace d'échange entre Pornessonais, modéré par la mairie.")
             + m.kunena_category([(cat, "Stationnement et front de mer", "Modération", 14, "Aujourd'hui 09:12"),
                                  (forum + "/charte", "Charte d'utilisation du forum", "Modération", 0, "Épinglé")]), {"forum"}),
        page(cat, "Stationnement et front de mer", m.kunena_category([(cat + "/128-navettes-estivales", "Navettes estivales : vos retours", "Yann_44", 9, "Hier 18:40"),
                                                                     (cat + "/131-parking-criee", "Parking de la Criée payant ?", "Sophie", 5, "04/11 21:02")]),
             {"forum"}, parent=("Forum des habitants", forum)),
        page(cat + "/128-navettes-estivales", "Navettes estivales : vos retours", m.kunena_topic(cat + "/128-navettes-estivales", [
            ("Yann_44", "28/10/2025", "La navette a très bien marché en août, mais elle s'arrêtait trop tôt le soir."),
            ("Bernadette", "29/10/2025", "D'accord, et il faudrait un arrêt au camping des Pins."),
            ("Modérateur", "30/10/2025", "Vos remarques sont transmises au service mobilité.")]), {"forum"}, parent=("Stationnement et front de mer", cat)),
        page(cat + "/131-parking-criee", "Parking de la Criée payant ?", m.kunena_topic(cat + "/131-parking-criee", [
            ("Sophie", "04/11/2025", "J'ai entendu que le parking de la Criée deviendrait payant l'été : quelqu'un sait ?"),
            ("Marc P.", "04/11/2025", "C'est à l'ordre du jour du conseil de décembre.")]), {"forum"}, parent=("Stationnement et front de mer", cat)),
        page(forum + "/charte", "Charte d'utilisation du forum", m.prose(
            "Restez courtois, pas de publicité, pas d'attaques personnelles. Les messages contraires à la charte sont supprimés.",
            "Pour écrire sur le forum, créez un compte citoyen."), decoys={"forum"}, parent=("Forum des habitants", forum)),
        page(J + "/actualites", "Actualités", m.teasers(news, "Toutes les actualités")),
        page(J + "/actualites/erosion-du-trait-de-cote", "Érosion : le point sur la plage des Sablons", m.prose(
            "Les tempêtes de l'hiver dernier ont fait reculer la dune de trois mètres. Des ganivelles seront posées en janvier.")
             + m.share("http://" + PO_WWW + J + "/actualites/erosion-du-trait-de-cote", "Érosion")
             + m.jcomments(57, [("Alain", "09/11/2025", "Merci pour l'info, on peut aider à la pose ?"), ("Mairie", "10/11/2025", "Oui ! Un chantier bénévole est prévu le 17 janvier.")]),
             {"comments"}, parent=("Actualités", J + "/actualites")),
        page(J + "/actualites/questionnaire-plages", "Plages : répondez au questionnaire", m.prose(
            "Propreté, surveillance, accès pour tous : la ville prépare la saison 2026 et vous demande votre avis.")
             + m.google_form("1FAIpQLSd7pornessonPlages2026xK3", "Questionnaire plages 2026"), {"poll"}, parent=("Actualités", J + "/actualites")),
        page(J + "/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations a lieu le samedi 6 septembre au complexe sportif : voile, chorale, sauvetage côtier et bien d'autres."),
             decoys={"forum"}, parent=("Actualités", J + "/actualites")),
        page(J + "/actualites/resultats-marche-nocturne", "Marché nocturne : les résultats", m.prose("Le sondage de juillet est clos.")
             + m.poll_results("Faut-il reconduire le marché nocturne du jeudi ?", [("Oui", 83, 702), ("Non", 17, 144)]), decoys={"poll"}, parent=("Actualités", J + "/actualites")),
        page(J + "/actualites/concours-photo", "Concours photo « Pornesson vu d'en haut »", m.prose(
            "Participez au concours photo de l'été ! Trois catégories, un jury, des prix offerts par les commerçants. Envoi des photos avant le 15 octobre."),
             decoys={"suggestion_call"}, parent=("Actualités", J + "/actualites")),
        page(J + "/tourisme", "Tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille quai Garnier. Suivez-le sur ses réseaux : "
            "<a href=\"https://www.facebook.com/OTCotedeJade44\">Facebook de l'office</a>, <a href=\"https://www.instagram.com/otcotedejade\">Instagram de l'office</a>.")),
        page(J + "/contact", "Contact", m.prose("Mairie de Pornesson-sur-Mer, 1 quai de la Mairie.") + m.joomla_contact(J + "/contact"), {"contact_form"}),
        page(J + "/newsletter", "Newsletter", m.newsletter(J + "/newsletter", "acymailing"), decoys={"contact_form"}),
    ]
    return City("99154", "Pornesson-sur-Mer", 21_700, "44", "52", "Pays de la Loire", f"http://{PO_WWW}/", [
        Site(PO_WWW, "joomla", "Pornesson-sur-Mer", pages,
             menu=[("Accueil", "/"), ("Vie municipale", J + "/vie-municipale"), ("Forum", forum), ("Actualités", J + "/actualites"), ("Contact", J + "/contact")],
             accounts=[social("facebook", "pornessonsurmer"), social("instagram", "pornesson_sur_mer")],
             address="1 quai de la Mairie, 44999 Pornesson-sur-Mer")],
        decoy_accounts=("https://www.facebook.com/otcotedejade44", "https://www.instagram.com/otcotedejade"))


# =================================================================================================
# 99155 Le Morne-Carbet (Martinique): a site-builder site, a Jenparle space, the neighbours' network "Lakou Voisins"
# =================================================================================================
MO_WWW, MO_JEN, MO_LAK = "www.ville-mornecarbet.fr", "mornecarbet.jenparle.net", "lakou.ville-mornecarbet.fr"


def mornecarbet():
    J, L = f"http://{MO_JEN}", f"http://{MO_LAK}"
    news = [("/pages/actualites/vigilance-cyclonique.html", "Vigilance cyclonique : les bons réflexes", "02/09/2025", "Préparez votre kit."),
            ("/pages/actualites/voisins-vigilants-gendarmerie.html", "Participation citoyenne : réunion avec la gendarmerie", "18/10/2025", "Quartier Bellevue."),
            ("/pages/actualites/forum-emploi.html", "Forum emploi et formation", "05/11/2025", "Au Ti-Marché."),
            ("/pages/participez/consultations.html", "Front de mer : la consultation est ouverte", "12/11/2025", "Sur jenparle.")]
    sh = lambda p, t: m.share("http://" + MO_WWW + p, t)
    www = [
        page("/", "Accueil", _home("Bienvenue au Morne-Carbet, entre mornes et mer Caraïbe.",
             [("/pages/mairie/", "La mairie"), ("/pages/participez/", "Participez"), ("/pages/participez/lakou-voisins.html", "Lakou Voisins"),
              ("/pages/mairie/budget-primitif.html", "Budget"), ("/pages/mairie/marches-publics.html", "Marchés publics"), ("/pages/mairie/demande-acte.html", "Actes d'état civil"),
              ("/pages/mairie/contact.html", "Contact"), ("/pages/actualites/", "Actualités")], news,
             [("29 nov.", "Chanté Nwel du bourg", "place de l'Église"), ("6 déc.", "Atelier compost", "jardin créole")]) + sh("/", "Le Morne-Carbet"),
             decoys={"social_account"}),
        page("/pages/mairie/", "La mairie", m.prose("Horaires, élus, services : tout sur votre mairie.")
             + m.links([("/pages/mairie/contact.html", "Nous contacter"), ("/pages/mairie/budget-primitif.html", "Le budget"), ("/pages/mairie/marches-publics.html", "Marchés publics"),
                        ("/pages/mairie/demande-acte.html", "Demande d'acte")]), decoys={"social_account"}),
        # generic heading; the approach only in running text
        page("/pages/participez/", "Participez", m.prose(
            "La municipalité veut construire la commune avec ses habitants. Des comités de quartier se réunissent au bourg, à Bellevue, à Fond-Lahaye et à l'Anse-Noire.",
            "Avant chaque projet important, une concertation est organisée : réunions publiques et consultations en ligne sur notre espace jenparle.")
             + m.links([("/pages/participez/consultations.html", "Les consultations en ligne"), ("/pages/participez/lakou-voisins.html", "Lakou Voisins, le réseau d'entraide")]),
             {"participation_displayed"}, decoys={"social_account"}),
        page("/pages/participez/lakou-voisins.html", "Lakou Voisins", m.prose(
            "Lakou Voisins est le réseau social de proximité de la commune : prêter une échelle, proposer un covoiturage vers Fort-de-France, alerter sur un chemin coupé après une pluie.",
            "Il est gratuit, réservé aux habitants et animé par la mairie avec les comités de quartier.")
             + f'<p><a class="btn" href="{L}/">Rejoindre Lakou Voisins</a></p>', {"territorial_social_network"}, decoys={"social_account"},
             parent=("Participez", "/pages/participez/")),
        page("/pages/participez/consultations.html", "Les consultations en ligne", m.prose(
            "Consultations, boîte à idées et budget participatif « Mon quartier, mon projet » : tout se passe sur notre espace en ligne.")
             + m.links([(J + "/", "Accéder à l'espace jenparle du Morne-Carbet")]), {"participation_displayed"}, decoys={"social_account"},
             parent=("Participez", "/pages/participez/")),
        # the site's footer has no account; this page links the city's own Facebook page (also in the platform's footer)
        page("/pages/mairie/contact.html", "Contact", m.prose("Mairie du Morne-Carbet, rue Schœlcher. Suivez aussi la ville sur <a href=\"https://www.facebook.com/VilleduMorneCarbet\">Facebook</a>.")
             + m.emonsite_contact("/pages/mairie/contact.html"), {"contact_form", "social_account"}),
        page("/pages/actualites/", "Actualités", m.teasers(news, "Toutes les actualités"), decoys={"social_account"}),
        page("/pages/actualites/vigilance-cyclonique.html", "Vigilance cyclonique : les bons réflexes", m.prose(
            "Eau, piles, radio, papiers à l'abri : préparez votre kit avant la saison des pluies.") + sh("/pages/actualites/vigilance-cyclonique.html", "Vigilance cyclonique"),
             decoys={"social_account"}, parent=("Actualités", "/pages/actualites/")),
        page("/pages/actualites/voisins-vigilants-gendarmerie.html", "Participation citoyenne : réunion avec la gendarmerie", m.prose(
            "La gendarmerie présente le dispositif « Participation citoyenne » aux habitants de Bellevue : des référents de quartier signalent les comportements suspects.",
            "Réunion le 25 octobre à 18 h à la salle polyvalente.") + sh("/pages/actualites/voisins-vigilants-gendarmerie.html", "Participation citoyenne"),
             decoys={"social_account", "participation_displayed", "territorial_social_network"}, parent=("Actualités", "/pages/actualites/")),
        page("/pages/actualites/forum-emploi.html", "Forum emploi et formation", m.prose(
            "Le forum emploi et formation se tient le 21 novembre au Ti-Marché avec France Travail et le RSMA.") + sh("/pages/actualites/forum-emploi.html", "Forum emploi"),
             decoys={"social_account", "forum"}, parent=("Actualités", "/pages/actualites/")),
        page("/pages/mairie/budget-primitif.html", "Budget primitif", m.prose(
            "Le budget primitif 2025, voté le 14 avril, s'équilibre à 29 M€. L'octroi de mer représente une part importante des recettes."),
             decoys={"social_account", "participatory_budget"}, parent=("La mairie", "/pages/mairie/")),
        page("/pages/mairie/marches-publics.html", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : réhabilitation du marché couvert. Remise des offres avant le 19 décembre, 12 h."),
             decoys={"social_account", "suggestion_call"}, parent=("La mairie", "/pages/mairie/")),
        page("/pages/mairie/demande-acte.html", "Demande d'acte d'état civil", m.prose("Demandez une copie ou un extrait d'acte de naissance, de mariage ou de décès.")
             + m.registration("/pages/mairie/demande-acte.html", "Demande d'acte", [("text", "type_acte", "Type d'acte"), ("text", "nom", "Nom de la personne concernée"),
                                                                                   ("date", "date_evenement", "Date de l'événement"), ("email", "email", "E-mail")]),
             decoys={"social_account", "contact_form"}, parent=("La mairie", "/pages/mairie/")),
    ]
    jen_nav = '<nav class="jp-tabs">' + "".join(f'<a class="jp-tab" href="{h}">{t}</a>' for h, t in [
        ("/consultation/front-de-mer", "Consultations"), ("/boite-a-idees", "Boîte à idées"), ("/budget-participatif", "Mon quartier, mon projet")]) + "</nav>"
    jen = [
        page("/", "Accueil", jen_nav + m.prose("Bienvenue sur l'espace de participation du Morne-Carbet.")
             + m.links([("/consultation/front-de-mer", "Aménagement du front de mer"), ("/boite-a-idees", "Boîte à idées"), ("/budget-participatif", "Mon quartier, mon projet"),
                        ("/consultation/marche-couvert/resultats", "Marché couvert : résultats")], "jp-cards")),
        page("/consultation/front-de-mer", "Aménagement du front de mer", jen_nav + m.prose("Répondez aux questions avant le 20 décembre.")
             + m.questionnaire("/consultation/front-de-mer/repondre", [("Que souhaitez-vous le plus sur le front de mer ?", ["Des ombrières", "Des jeux", "Un marché de pêcheurs", "Des bancs"]),
                                                                      ("Faut-il réduire la place de la voiture ?", ["Oui", "Non", "Le week-end seulement"])], "jp-survey"),
             {"poll"}),
        page("/boite-a-idees", "Boîte à idées", jen_nav + m.prose("Et si on… ? Partagez vos idées pour la commune, votez pour celles des autres.")
             + '<form class="jp-idea-form" action="/boite-a-idees/nouvelle" method="post"><label for="idea-t">Mon idée en une phrase</label><input id="idea-t" name="titre">'
               '<label for="idea-d">Détails</label><textarea id="idea-d" name="description"></textarea><button type="submit">Partager mon idée</button></form>',
             {"suggestion_call"}),
        page("/budget-participatif", "Mon quartier, mon projet", jen_nav + m.prose(
            "Vote ouvert : 100 000 € pour les projets des habitants. Choisissez vos deux projets préférés.")
             + '<form class="jp-vote" action="/budget-participatif/vote" method="post">'
             + "".join(f'<label><input type="checkbox" name="projet" value="{i}"> {t}</label>' for i, t in enumerate(
                 ["Carbets de pique-nique à l'Anse-Noire", "Éclairage solaire à Fond-Lahaye", "Jardin créole partagé au bourg"]))
             + '<button type="submit">Voter</button></form>', {"participatory_budget"}),
        page("/consultation/marche-couvert/resultats", "Marché couvert : résultats", jen_nav + m.prose("Consultation close le 30 juin 2025.")
             + m.poll_results("Horaires préférés du marché couvert", [("6 h - 12 h", 64, 301), ("7 h - 13 h", 36, 169)]), decoys={"poll"}),
    ]
    lak = [
        page("/", "Accueil", m.prose("Le fil de vos voisins : entraide, objets à prêter, alertes du quartier.")
             + m.links([("/groupes/bourg", "Groupe Le Bourg"), ("/annonces/entraide", "Annonces d'entraide")])
             + '<div class="feed"><article class="post"><strong>Josiane (Bellevue)</strong> : quelqu\'un aurait une tronçonneuse à prêter samedi ?</article></div>',
             {"territorial_social_network"}),
        page("/groupes/bourg", "Groupe Le Bourg", '<div class="feed">'
             + "".join(f'<article class="post"><strong>{a}</strong> <time>{d}</time><p>{t}</p><a class="post__reply" href="/connexion">Répondre</a></article>' for a, d, t in [
                 ("Rémy", "il y a 2 h", "Coupure d'eau rue Schœlcher jusqu'à 16 h."), ("Laure", "hier", "Je donne des plants de piment, passez les prendre.")]) + "</div>",
             {"territorial_social_network"}),
        page("/annonces/entraide", "Annonces d'entraide", '<ul class="annonces">'
             + "".join(f"<li class=\"annonce\"><strong>{t}</strong> — {q}</li>" for t, q in [("Covoiturage Fort-de-France, lundi 7 h", "Fond-Lahaye"),
                                                                                           ("Aide aux devoirs CM2", "Le Bourg"), ("Prêt de bâche", "Anse-Noire")]) + "</ul>",
             {"territorial_social_network"}),
    ]
    return City("99155", "Le Morne-Carbet", 20_400, "972", "02", "Martinique", f"http://{MO_WWW}/", [
        Site(MO_WWW, "vendor", "Ville du Morne-Carbet", www,
             menu=[("Accueil", "/"), ("La mairie", "/pages/mairie/"), ("Participez", "/pages/participez/"), ("Actualités", "/pages/actualites/")],
             address="Rue Schœlcher, 97299 Le Morne-Carbet"),
        Site(MO_JEN, "vendor", "Jenparle — Le Morne-Carbet", jen, menu=[("Accueil", "/")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}), address="Espace de participation de la ville du Morne-Carbet",
             accounts=[social("facebook", "VilleduMorneCarbet")]),
        Site(MO_LAK, "community", "Lakou Voisins", lak, menu=[("Fil", "/"), ("Groupes", "/groupes/bourg"), ("Annonces", "/annonces/entraide")],
             features=frozenset({"territorial_social_network"}))])


# =================================================================================================
# 99156 Aspin-en-Aure (Hautes-Pyrénées): agency CMS with a home-made board + a Go Vocal space ("Coup de pouce quartiers")
# =================================================================================================
AS_WWW, AS_GV = "www.aspin-en-aure.fr", "aspinenaure.govocal.com"


def aspin():
    G = f"http://{AS_GV}"
    news = [("/actualites/avenir-de-la-station/", "L'avenir de la station en débat", "10/11/2025", "Donnez votre avis."),
            ("/actualites/transhumance-2025/", "Fête de la transhumance", "15/06/2025", "Retour en images."),
            ("/actualites/enquete-insee-emploi/", "Enquête de l'Insee sur l'emploi", "01/10/2025", "Un enquêteur peut vous contacter."),
            ("/actualites/appel-a-projets-culture/", "Appel à projets culturels 2026", "20/09/2025", "Pour les associations.")]
    ee = "/espace-echanges/"
    www = [
        page("/", "Accueil", _home("Aspin-en-Aure, ville de vallée au pied des cols pyrénéens.",
             [("/ma-ville/", "Ma ville"), ("/ma-ville/aure-demain/", "Aure Demain"), ("/ma-ville/conseils-de-vallee/", "Conseils de vallée"), (ee, "Espace d'échanges"),
              ("/demarches/contact/", "Contact"), ("/demarches/navette-des-cols/", "Navette des cols"), ("/demarches/paiement/", "Paiement en ligne"), ("/actualites/", "Actualités")],
             news, [("25 nov.", "Conseil de vallée du Louron", "salle des fêtes"), ("1er déc.", "Ouverture de la station", "Pla d'Adet")])),
        page("/ma-ville/", "Ma ville", m.prose("Découvrir Aspin-en-Aure, ses quartiers et ses projets.")
             + m.links([("/ma-ville/aure-demain/", "Aure Demain"), ("/ma-ville/conseils-de-vallee/", "Les conseils de vallée"), ("/ma-ville/budget-communal/", "Le budget communal")])),
        # a brand heading: the participatory approach in running text only
        page("/ma-ville/aure-demain/", "Aure Demain", m.prose(
            "Aure Demain, c'est notre manière de préparer l'avenir de la vallée avec celles et ceux qui y vivent.",
            "Concertation sur la station, ateliers avec les éleveurs, consultations en ligne : les habitants donnent leur avis et la municipalité rend compte de ce qu'elle en fait.",
            "Le dispositif « Coup de pouce quartiers » permet en outre aux habitants de proposer puis de choisir par vote des projets financés par la commune.")
             + m.links([("/ma-ville/aure-demain/coup-de-pouce-quartiers/", "Coup de pouce quartiers"), (G + "/", "Participer en ligne")]),
             {"participation_displayed"}, parent=("Ma ville", "/ma-ville/")),
        page("/ma-ville/aure-demain/coup-de-pouce-quartiers/", "Coup de pouce quartiers", m.prose(
            "60 000 € par an pour des projets proposés et votés par les habitants.",
            "Édition 2025 : vote en ligne ou en mairie jusqu'au 14 décembre. Les projets 2024 sont en cours de réalisation.")
             + m.links([(G + "/fr-FR/projects/coup-de-pouce-quartiers-2025", "Voter"), (G + "/fr-FR/projects/coup-de-pouce-quartiers-2024", "Édition 2024")]),
             {"participatory_budget"}, parent=("Aure Demain", "/ma-ville/aure-demain/")),
        page("/ma-ville/conseils-de-vallee/", "Les conseils de vallée", m.prose(
            "Nos quartiers s'étendent le long de trois vallées : chacune a son conseil, ouvert à tous les habitants, qui se réunit chaque trimestre.",
            "Les conseils de vallée émettent des avis sur les travaux, les transports et la vie locale ; un élu référent y répond."),
             {"participation_displayed"}, parent=("Ma ville", "/ma-ville/")),
        page("/ma-ville/budget-communal/", "Le budget communal", m.prose(
            "Budget primitif 2025 : 27,5 M€. La taxe de séjour finance une part des équipements touristiques.",
            "Le rapport d'orientation budgétaire est présenté en conseil municipal en février."), decoys={"participatory_budget"}, parent=("Ma ville", "/ma-ville/")),
        page(ee, "Espace d'échanges", m.prose("Entre habitants : posez vos questions, partagez vos bons plans. Inscription gratuite, messages modérés.")
             + m.board_index([(ee + "sujet-412/", "Route du col fermée : des nouvelles ?", "Pierrot65", 7, "aujourd'hui 08:40"),
                              (ee + "sujet-398/", "Covoiturage vers Lannemezan", "Claire", 12, "hier 19:15"),
                              (ee + "regles/", "Règles de l'espace d'échanges", "Modération", 0, "épinglé")])
             + '<p><a class="btn" href="' + ee + 'sujet-412/">Lire le dernier sujet</a></p>', {"forum"}),
        page(ee + "sujet-412/", "Route du col fermée : des nouvelles ?", m.board_thread(ee + "sujet-412/", [
            ("Pierrot65", "12/11/2025", "La route du col est fermée depuis l'éboulement, quelqu'un sait quand elle rouvre ?"),
            ("Anne-Marie", "12/11/2025", "Le Département parle de fin novembre."),
            ("Modération", "13/11/2025", "Réouverture prévue le 28 novembre, sous réserve de la météo.")]), {"forum"}, parent=("Espace d'échanges", ee)),
        page(ee + "sujet-398/", "Covoiturage vers Lannemezan", m.board_thread(ee + "sujet-398/", [
            ("Claire", "03/11/2025", "Je cherche un covoiturage pour Lannemezan en semaine, départ 7 h 15."),
            ("Jo", "04/11/2025", "Je fais le trajet lundi et jeudi, écris-moi.")]), {"forum"}, parent=("Espace d'échanges", ee)),
        page(ee + "regles/", "Règles de l'espace d'échanges", m.prose(
            "Un sujet par question, un ton respectueux, pas de données personnelles d'autrui. Les modérateurs peuvent fermer un sujet."),
             decoys={"forum"}, parent=("Espace d'échanges", ee)),
        page("/actualites/", "Actualités", m.teasers(news, "Toutes les actualités")),
        page("/actualites/avenir-de-la-station/", "L'avenir de la station en débat", m.prose(
            "Neige de culture, activités quatre saisons, navettes : l'avenir de la station se prépare. Réagissez sous cet article.")
             + m.disqus("aspin-en-aure", "actu-avenir-station"), {"comments"}, parent=("Actualités", "/actualites/")),
        # comments closed, no form and no existing comment
        page("/actualites/transhumance-2025/", "Fête de la transhumance", m.prose(
            "Plus de 3 000 personnes ont accompagné les troupeaux vers les estives le 15 juin.") + m.comments_closed(),
             decoys={"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/enquete-insee-emploi/", "Enquête de l'Insee sur l'emploi", m.prose(
            "L'Insee réalise une enquête statistique sur l'emploi et le chômage. Quelques ménages de la commune seront interrogés par un enquêteur muni d'une carte officielle."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/appel-a-projets-culture/", "Appel à projets culturels 2026", m.prose(
            "La commune soutient les projets culturels des associations. Dossiers de demande de subvention à déposer avant le 31 janvier."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites/")),
        page("/demarches/contact/", "Contact", m.prose("Une question, une demande ? Écrivez aux services municipaux.") + m.vendor_contact("/demarches/contact/"), {"contact_form"}),
        page("/demarches/navette-des-cols/", "Navette des cols : inscription", m.registration("/demarches/navette-des-cols/", "Inscription à la navette", [
            ("text", "nom", "Nom"), ("text", "arret", "Arrêt de montée"), ("date", "date", "Date"), ("email", "email", "E-mail")]), decoys={"contact_form"}),
        page("/demarches/paiement/", "Paiement en ligne", m.payment("/demarches/paiement/"), decoys={"contact_form"}),
    ]
    pj = "/fr-FR/projects/coup-de-pouce-quartiers-2025"
    gv = [
        page("/", "Accueil", m.prose("Aspin-en-Aure participe : projets en cours.")
             + '<div id="e2e-projects-container">' + "".join(f'<a class="e2e-project-card" href="{h}"><h3>{t}</h3><span>{s}</span></a>' for h, t, s in [
                 (pj, "Coup de pouce quartiers 2025", "Vote en cours"), ("/fr-FR/projects/plan-neige", "Plan neige : votre avis", "Enquête"),
                 ("/fr-FR/projects/coup-de-pouce-quartiers-2024", "Coup de pouce quartiers 2024", "Terminé")]) + "</div>"),
        page(pj, "Coup de pouce quartiers 2025", '<div class="e2e-project-description">' + m.prose(
            "Phase 3 sur 4 : vote. Vous disposez de 60 000 € à répartir entre les projets retenus.") + "</div>"
             + '<div id="e2e-ideas-list">' + '<a class="e2e-idea-card" href="/fr-FR/ideas/banc-belvedere-soulan">Un banc au belvédère de Soulan · 8 000 €</a>'
             + '<button class="e2e-assign-budget-button">Ajouter à mon panier</button></div>', {"participatory_budget"}),
        page("/fr-FR/ideas/banc-belvedere-soulan", "Un banc au belvédère de Soulan", m.prose(
            "Installer deux bancs et une table d'orientation au belvédère, très fréquenté par les randonneurs.")
             + m.govocal_comments("5c1e", [("Lucie", "il y a 3 jours", "Super idée, la vue est magnifique."), ("Henri", "il y a 2 jours", "Et une poubelle aussi.")]),
             {"participatory_budget", "comments"}, parent=("Coup de pouce quartiers 2025", pj)),
        page("/fr-FR/projects/plan-neige", "Plan neige : votre avis", m.prose("Questionnaire ouvert jusqu'au 31 décembre.")
             + m.questionnaire("/web_api/v1/phases/plan-neige/survey", [("Le déneigement de votre rue est-il satisfaisant ?", ["Oui", "Plutôt", "Non"]),
                                                                       ("Priorité à donner", ["Écoles", "Routes des hameaux", "Centre-ville"])], "e2e-survey"), {"poll"}),
        page("/fr-FR/projects/coup-de-pouce-quartiers-2024", "Coup de pouce quartiers 2024", m.prose("Projet terminé. 874 participants ont choisi :")
             + '<ol class="e2e-winners"><li>Aire de jeux de l\'Arrieu — 24 000 €</li><li>Boîte à livres de la gare — 3 000 €</li><li>Verger partagé — 15 000 €</li></ol>',
             {"participatory_budget"}),
    ]
    return City("99156", "Aspin-en-Aure", 22_100, "65", "76", "Occitanie", f"http://{AS_WWW}/", [
        Site(AS_WWW, "vendor", "Ville d'Aspin-en-Aure", www,
             menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/"), ("Espace d'échanges", ee), ("Actualités", "/actualites/"), ("Contact", "/demarches/contact/")],
             accounts=[social("facebook", "AspinEnAure"), social("instagram", "aspinenaure")], address="Place de la Mairie, 65999 Aspin-en-Aure"),
        Site(AS_GV, "govocal", "Aspin-en-Aure participe", gv, menu=[("Accueil", "/"), ("Projets", pj)],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))])


# =================================================================================================
# 99157 Kembsheim (Haut-Rhin): Drupal, an ID City space (budget "Kembs'idées", petitions, polls), a phpBB board
# =================================================================================================
KE_WWW, KE_IDC, KE_BB = "www.kembsheim.fr", "kembsheim.id-city.com", "forum.kembsheim.fr"


def kembsheim():
    I, B = f"http://{KE_IDC}", f"http://{KE_BB}"
    side = m.drupal_poll(21, "Faut-il ouvrir la médiathèque le dimanche ?", ["Oui", "Non", "Un dimanche sur deux"])
    news = [("/actualites/piste-cyclable-du-rhin", "Piste cyclable du Rhin : les travaux commencent", "09/11/2025", "Jusqu'en mars."),
            ("/actualites/resultats-sondage-cantine", "Cantine : les résultats du sondage", "20/10/2025", "Plus de bio."),
            ("/actualites/convention-gendarmerie", "Participation citoyenne : la convention signée", "02/10/2025", "Quartier du Canal."),
            ("/actualites/forum-des-associations", "Forum des associations", "30/08/2025", "Gymnase Vauban.")]
    www = [
        page("/", "Accueil", _home("Kembsheim, sur les rives du Rhin, à deux pas de la Suisse et de l'Allemagne.",
             [("/participation", "Kembs'Agir"), ("/participation/conseils-de-quartier", "Conseils de quartier"), ("/participation/et-si-on", "Et si on… ?"),
              (I + "/", "Kembs'idées"), (B + "/", "Forum"), ("/mairie/compte-administratif", "Finances"), ("/mairie/marches-publics", "Marchés publics"), ("/contact", "Contact")],
             news, [("26 nov.", "Conseil de quartier Canal", "Maison des associations"), ("4 déc.", "Conseil municipal", "hôtel de ville")])),
        page("/participation", "Kembs'Agir", m.aside(m.prose(
            "Kembs'Agir rassemble les outils de la démocratie participative à Kembsheim : conseils de quartier, consultations, budget participatif Kembs'idées et pétitions citoyennes.",
            "La ville s'engage à répondre publiquement à chaque contribution.")
             + m.links([("/participation/conseils-de-quartier", "Conseils de quartier"), ("/participation/et-si-on", "Et si on… ? Vos idées"), (I + "/", "Kembs'idées en ligne")]), side),
             {"participation_displayed", "poll"}),
        page("/participation/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Quatre conseils de quartier — Canal, Centre, Rhin et Petite-Camargue — réunissent habitants et élus six fois par an.",
            "Vous souhaitez y siéger ? Les candidatures sont ouvertes à tous les habitants majeurs."), {"participation_displayed"}, parent=("Kembs'Agir", "/participation")),
        # a call for ideas worded as a question, with its form
        page("/participation/et-si-on", "Et si on… ?", m.prose(
            "Et si on plantait des arbres fruitiers dans les squares ? Et si on fermait la rue de l'école aux voitures à l'heure de la sortie ?",
            "Vous aussi, complétez la phrase : dites-nous ce que vous aimeriez changer à Kembsheim.")
             + m.webform("et_si_on", "/participation/et-si-on", [("text", "prenom", "Prénom"), ("email", "email", "Courriel"),
                                                                ("select:Canal|Centre|Rhin|Petite-Camargue", "quartier", "Quartier"), ("textarea", "idee", "Et si on…")], "Proposer"),
             {"suggestion_call", "contact_form"}, parent=("Kembs'Agir", "/participation")),
        page("/actualites", "Actualités", m.teasers(news, "Toutes les actualités")),
        page("/actualites/piste-cyclable-du-rhin", "Piste cyclable du Rhin : les travaux commencent", m.prose(
            "La piste cyclable entre le centre et l'écluse sera élargie à 3 mètres. Circulation alternée pendant les travaux.")
             + m.drupal_comments(311, [("Fabienne", "10/11/2025", "Enfin ! Pensez à l'éclairage."), ("Thierry", "11/11/2025", "Quel itinéraire de déviation pour les vélos ?")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/resultats-sondage-cantine", "Cantine : les résultats du sondage", m.prose("Sondage clos le 15 octobre. Merci aux 530 familles.")
             + m.poll_results("Souhaitez-vous un repas végétarien par semaine ?", [("Oui", 67, 355), ("Non", 24, 127), ("Sans avis", 9, 48)], "poll-results"),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/convention-gendarmerie", "Participation citoyenne : la convention signée", m.prose(
            "Le maire, le préfet et la gendarmerie ont signé le protocole « Participation citoyenne » pour le quartier du Canal.",
            "Trois habitants référents relaient les informations de sécurité auprès de la brigade de proximité."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Rendez-vous au gymnase Vauban le 6 septembre pour le forum des associations : démonstrations, inscriptions, buvette."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/mairie/compte-administratif", "Compte administratif et budget", m.prose(
            "Le compte administratif 2024 fait apparaître un excédent de fonctionnement de 2,1 M€, affecté à l'investissement.",
            "Le budget primitif 2025 est consultable en mairie."), decoys={"participatory_budget"}),
        page("/mairie/marches-publics", "Marchés publics", m.prose(
            "Consultation en cours : fourniture de repas pour la restauration scolaire (procédure adaptée). Date limite : 12 décembre."), decoys={"suggestion_call"}),
        page("/contact", "Contact", m.prose("Mairie de Kembsheim, 2 rue du Général-de-Gaulle.")
             + m.webform("contact", "/contact", [("text", "name", "Votre nom"), ("email", "email", "Votre adresse de courriel"),
                                                ("select:Accueil|Urbanisme|Écoles|Police municipale", "service", "Service"), ("textarea", "message", "Message")]),
             {"contact_form"}),
    ]
    idc = [
        page("/", "Accueil", '<div class="idc-home">' + m.prose("Kembs'idées : proposez, votez, signez.")
             + m.links([("/budget-participatif", "Budget participatif Kembs'idées"), ("/budget-participatif/vote", "Voter"), ("/petitions", "Pétitions"),
                        ("/sondages/horaires-mediatheque", "Sondage : horaires de la médiathèque")], "idc-tiles") + "</div>"),
        page("/budget-participatif", "Budget participatif Kembs'idées", m.prose(
            "Kembs'idées 2025 : 100 000 € pour les projets des habitants. Dépôt terminé ; 22 projets retenus sont soumis au vote jusqu'au 30 novembre.")
             + m.links([("/budget-participatif/vote", "Je vote")]), {"participatory_budget"}),
        page("/budget-participatif/vote", "Kembs'idées : je vote", '<form class="idc-vote" action="/budget-participatif/vote" method="post">'
             + "".join(f'<div class="idc-project"><input type="checkbox" name="projects[]" id="p{i}" value="{i}"><label for="p{i}">{t} — {c}</label></div>'
                       for i, (t, c) in enumerate([("Nichoirs dans la Petite-Camargue", "3 500 €"), ("Table de ping-pong square Vauban", "6 000 €"), ("Fontaine à eau au city-stade", "9 000 €")]))
             + '<button type="submit">Valider mes choix</button></form>', {"participatory_budget"}, parent=("Budget participatif", "/budget-participatif")),
        page("/petitions", "Pétitions citoyennes", m.prose(
            "Lancez une pétition locale : à 400 signatures, elle est examinée par le conseil municipal.")
             + '<ul class="idc-petitions"><li><a href="/petitions/ombrage-cour-ecole">De l\'ombre dans la cour de l\'école du Centre</a> — 266 signatures</li></ul>'
             + '<a class="btn" href="/petitions/ombrage-cour-ecole">Signer</a>', {"petition"}),
        page("/petitions/ombrage-cour-ecole", "De l'ombre dans la cour de l'école du Centre", m.prose(
            "Nous demandons la plantation d'arbres et la pose de voiles d'ombrage dans la cour.", "<strong>266</strong> signatures sur 400.")
             + '<form class="idc-sign" action="/petitions/ombrage-cour-ecole/signer" method="post"><label for="sg-n">Nom</label><input id="sg-n" name="name">'
               '<label for="sg-e">E-mail</label><input id="sg-e" type="email" name="email"><button type="submit">Signer la pétition</button></form>',
             {"petition"}, parent=("Pétitions", "/petitions")),
        page("/sondages/horaires-mediatheque", "Sondage : horaires de la médiathèque", m.questionnaire("/sondages/horaires-mediatheque/repondre", [
            ("Quel créneau vous conviendrait ?", ["Mardi soir", "Samedi après-midi", "Dimanche matin"])], "idc-poll"), {"poll"}),
    ]
    bb = [
        page("/", "Index du forum", '<div class="forabg"><ul class="topiclist forums"><li class="row"><dl class="row-item forum_read"><dt>'
             '<a href="/viewforum.php?f=3" class="forumtitle">Vie des quartiers</a><br />Travaux, circulation, voisinage</dt><dd class="topics">24</dd><dd class="posts">187</dd></dl></li></ul></div>',
             {"forum"}),
        page("/viewforum.php?f=3", "Vie des quartiers", '<div class="forumbg"><ul class="topiclist topics"><li class="row bg1"><dl class="row-item topic_read"><dt>'
             '<a href="/viewtopic.php?t=57" class="topictitle">Bruit du chantier du pont la nuit</a><br />par <span class="username">Rheinländer</span></dt>'
             '<dd class="posts">6</dd><dd class="views">240</dd></dl></li></ul></div><a href="/ucp.php?mode=login" class="button">Nouveau sujet</a>',
             {"forum"}, parent=("Index du forum", "/")),
        page("/viewtopic.php?t=57", "Bruit du chantier du pont la nuit", "".join(
            f'<div id="p{570 + i}" class="post has-profile bg{i % 2 + 1}"><div class="inner"><dl class="postprofile"><dt><span class="username">{a}</span></dt></dl>'
            f'<div class="postbody"><p class="author">{d}</p><div class="content">{t}</div></div></div></div>' for i, (a, d, t) in enumerate([
                ("Rheinländer", "lun. 10 nov. 2025 22:14", "Les travaux de nuit sur le pont durent jusqu'à 2 h. Quelqu'un a des infos ?"),
                ("Mireille68", "mar. 11 nov. 2025 07:40", "La mairie dit que c'est pour ne pas couper la circulation le jour.")]))
             + '<form method="post" action="/posting.php?mode=reply&amp;t=57" id="qr_postform"><fieldset class="fields1"><textarea name="message" rows="7" class="inputbox"></textarea>'
               '<input type="submit" name="post" value="Envoyer" class="button1" /></fieldset></form>', {"forum"}, parent=("Vie des quartiers", "/viewforum.php?f=3")),
    ]
    return City("99157", "Kembsheim", 26_900, "68", "44", "Grand Est", f"http://{KE_WWW}/", [
        Site(KE_WWW, "drupal", "Ville de Kembsheim", www,
             menu=[("Accueil", "/"), ("Kembs'Agir", "/participation"), ("Actualités", "/actualites"), ("Forum", B + "/"), ("Contact", "/contact")],
             accounts=[social("facebook", "Kembsheim"), social("mastodon", "kembsheim@piaille.fr"), social("bluesky", "kembsheim.fr")],
             address="2 rue du Général-de-Gaulle, 68999 Kembsheim"),
        Site(KE_IDC, "vendor", "Kembs'idées", idc, menu=[("Accueil", "/"), ("Budget participatif", "/budget-participatif"), ("Pétitions", "/petitions")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"id-city"}), address="Plateforme participative de la ville de Kembsheim"),
        Site(KE_BB, "phpbb", "Forum de Kembsheim", bb, features=frozenset({"forum"}))])


# =================================================================================================
# 99158 Port-Ardilaire (Charente-Maritime): SPIP, e-pétitions, an idea call as a question, a Flarum agora
# =================================================================================================
PA_WWW, PA_AG = "www.port-ardilaire.fr", "agora.port-ardilaire.fr"


def ardilaire():
    A = f"http://{PA_AG}"
    news = [("/Travaux-du-port", "Travaux du port : la première tranche s'achève", "07/11/2025", "Quai des Pêcheurs."),
            ("/Questionnaire-mobilite", "Mobilité : votre avis compte", "28/10/2025", "Questionnaire en ligne."),
            ("/Forum-des-metiers-de-la-mer", "Forum des métiers de la mer", "15/10/2025", "Au lycée maritime."),
            ("/Enquete-publique-dragage", "Dragage du chenal : enquête publique", "01/10/2025", "Jusqu'au 31 octobre."),
            ("/Marais-salants-le-sel-a-l-honneur", "Marais salants : le sel à l'honneur", "20/09/2025", "Fête du sel.")]
    pages = [
        page("/", "Accueil", _home("Port-Ardilaire, entre marais et océan.",
             [("/Participer", "Participer"), ("/Conseils-de-quartier", "Conseils de quartier"), ("/Ardilaire-en-projets", "Ardilaire en projets"), ("/E-petitions", "E-pétitions"),
              ("/Voisins-solidaires", "Voisins solidaires"), (A + "/", "L'agora"), ("/Budget-primitif-2025", "Budget"), ("/Contact", "Contact"), ("/Actualites", "Actualités"),
              ("/Lettre-d-information", "Lettre d'information"), ("/Appel-a-candidatures-saisonniers", "Emplois saisonniers")],
             news, [("22 nov.", "Conseil de quartier Les Salines", "école des Salines"), ("30 nov.", "Marché de la mer", "quai")])),
        page("/Participer", "Participer", m.prose(
            "Rubrique Participer : conseils de quartier, concertations sur le port, pétitions en ligne, budget participatif et agora des habitants.",
            "Les habitants sont associés aux projets dès leur conception ; chaque concertation donne lieu à un bilan publié ici.")
             + m.links([("/Conseils-de-quartier", "Les conseils de quartier"), ("/Comment-imaginez-vous-le-quai-des-Pecheurs", "Le quai des Pêcheurs : vos idées"),
                        ("/E-petitions", "E-pétitions"), ("/Ardilaire-en-projets", "Ardilaire en projets"), ("/Voisins-solidaires", "Voisins solidaires")]),
             {"participation_displayed"}),
        page("/Conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier — Centre, Les Salines, La Pointe, Le Chenal, Beaulieu — se réunissent en séance publique chaque trimestre.",
            "Ils formulent des avis et portent des projets ; ils disposent d'un petit budget d'animation.") + m.links([("/Participer", "Retour à Participer")]),
             {"participation_displayed"}, parent=("Participer", "/Participer")),
        page("/Comment-imaginez-vous-le-quai-des-Pecheurs", "Comment imaginez-vous le quai des Pêcheurs ?", m.prose(
            "Le quai sera réaménagé en 2027. Plus de terrasses ? Un marché aux poissons ? Des arbres ? Racontez-nous le quai dont vous rêvez.")
             + '<div class="formulaire_spip formulaire_formidable formulaire_formidable-quai"><form method="post" action="/Comment-imaginez-vous-le-quai-des-Pecheurs">'
               '<input type="hidden" name="formulaire_action" value="formidable" /><div class="editer saisie_input_1"><label for="champ_input_1">Votre prénom</label><input type="text" name="input_1" id="champ_input_1" /></div>'
               '<div class="editer saisie_textarea_1"><label for="champ_textarea_1">Votre idée pour le quai</label><textarea name="textarea_1" id="champ_textarea_1" rows="6"></textarea></div>'
               '<p class="boutons"><input type="submit" class="submit" value="Envoyer mon idée" /></p></form></div>',
             {"suggestion_call", "contact_form"}, parent=("Participer", "/Participer")),
        page("/E-petitions", "E-pétitions", m.prose(
            "Le règlement de la démocratie locale ouvre aux habitants un droit de pétition : une e-pétition qui recueille 500 signatures en quatre mois est débattue en conseil municipal.")
             + m.links([("/Petition-pour-un-abri-velos-a-la-gare", "Pour un abri vélos sécurisé à la gare — 338 signatures")]), {"petition"}, parent=("Participer", "/Participer")),
        page("/Petition-pour-un-abri-velos-a-la-gare", "Pour un abri vélos sécurisé à la gare", m.prose(
            "Nous demandons un abri vélos fermé à la gare pour les travailleurs qui prennent le train vers La Rochelle.")
             + '<div class="formulaire_spip formulaire_signature" id="sp42"><h2>Signer cette pétition</h2><p class="nombre_signatures">338 signatures</p>'
               '<form method="post" action="/Petition-pour-un-abri-velos-a-la-gare#sp42"><input type="hidden" name="formulaire_action" value="signature" />'
               '<div class="editer saisie_session_nom"><label for="session_nom">Votre nom ou pseudo</label><input type="text" class="text" name="session_nom" id="session_nom" /></div>'
               '<div class="editer saisie_session_email"><label for="session_email">Votre adresse email</label><input type="email" class="text" name="session_email" id="session_email" /></div>'
               '<p class="boutons"><input type="submit" class="submit" value="Valider" /></p></form></div>',
             {"petition"}, parent=("E-pétitions", "/E-petitions")),
        page("/Voisins-solidaires", "Voisins solidaires", m.prose(
            "La ville a ouvert avec l'application Smiile un réseau d'entraide entre voisins : prêt d'objets, petits services, covoiturage, informations du quartier.",
            "Chaque quartier a son groupe, animé par un habitant relais. Inscription gratuite sur <a href=\"https://www.smiile.com/communaute/port-ardilaire\">smiile.com</a>."),
             {"territorial_social_network"}, parent=("Participer", "/Participer")),
        page("/Ardilaire-en-projets", "Ardilaire en projets", m.prose(
            "Ardilaire en projets est le budget participatif de la ville : 120 000 € pour des projets imaginés par les habitants puis choisis par leur vote.",
            "La 3e édition ouvre le dépôt des projets en janvier 2026.") + m.links([("/Ardilaire-en-projets-les-laureats-2024", "Les lauréats 2024")]),
             {"participatory_budget"}, parent=("Participer", "/Participer")),
        page("/Ardilaire-en-projets-les-laureats-2024", "Ardilaire en projets : les lauréats 2024", m.prose(
            "2 104 votants. Projets retenus : carrelets pédagogiques (22 000 €), pumptrack de Beaulieu (48 000 €), bancs ombragés du Chenal (11 000 €)."),
             {"participatory_budget"}, parent=("Ardilaire en projets", "/Ardilaire-en-projets")),
        page("/Actualites", "Actualités", m.teasers(news, "Toutes les actualités", "liste-articles")),
        page("/Travaux-du-port", "Travaux du port : la première tranche s'achève", m.prose(
            "Le quai des Pêcheurs est rendu aux piétons ; la seconde tranche commencera au printemps.")
             + m.spip_forum(118, [("Odile", "8 novembre", "Et les places handicapés ?", "Où seront-elles après les travaux ?"),
                                  ("La rédaction", "9 novembre", "Réponse", "Quatre places sont prévues devant la criée.")]),
             {"comments"}, parent=("Actualités", "/Actualites")),
        page("/Questionnaire-mobilite", "Mobilité : votre avis compte", m.prose("Le questionnaire est ouvert jusqu'au 15 décembre.")
             + m.questionnaire("/Questionnaire-mobilite", [("Comment venez-vous au centre-ville ?", ["Voiture", "Vélo", "Bus", "À pied"]),
                                                           ("Souhaitez-vous une navette électrique l'été ?", ["Oui", "Non"])], "formulaire_formidable", "Vos remarques"),
             {"poll"}, parent=("Actualités", "/Actualites")),
        page("/Forum-des-metiers-de-la-mer", "Forum des métiers de la mer", m.prose(
            "Le forum des métiers de la mer réunit armateurs, ostréiculteurs et chantiers navals au lycée maritime le 22 novembre."),
             decoys={"forum"}, parent=("Actualités", "/Actualites")),
        page("/Enquete-publique-dragage", "Dragage du chenal : enquête publique", m.prose(
            "Une enquête publique relative au dragage d'entretien du chenal se déroule jusqu'au 31 octobre. Le registre est à la disposition du public en mairie."),
             decoys={"poll"}, parent=("Actualités", "/Actualites")),
        page("/Marais-salants-le-sel-a-l-honneur", "Marais salants : le sel à l'honneur", m.prose(
            "La fête du sel a attiré 6 000 visiteurs. Une pétition nationale pour la protection des zones humides circule sur "
            "<a href=\"https://www.change.org/p/proteger-les-zones-humides-de-france\">change.org</a>."), decoys={"petition"}, parent=("Actualités", "/Actualites")),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Voté le 27 mars, le budget primitif 2025 s'élève à 46 M€ dont 14 M€ d'investissement, notamment pour le port."), decoys={"participatory_budget"}),
        page("/Appel-a-candidatures-saisonniers", "Appel à candidatures : emplois saisonniers", m.prose(
            "La ville recrute pour l'été : surveillants de baignade, agents d'accueil, animateurs. Candidatures avant le 28 février."), decoys={"suggestion_call"}),
        page("/Contact", "Contact", m.prose("Hôtel de ville, 1 cours des Salines.") + m.spip_contact("/Contact"), {"contact_form"}),
        page("/Lettre-d-information", "Lettre d'information", m.newsletter("/Lettre-d-information", "formulaire_newsletter"), decoys={"contact_form"}),
    ]
    ag = [
        page("/", "Toutes les discussions", '<ul class="DiscussionList-discussions">'
             + "".join(f'<li class="DiscussionListItem"><a href="{h}" class="DiscussionListItem-main"><h3 class="DiscussionListItem-title">{t}</h3></a>'
                       f'<span class="DiscussionListItem-count">{n}</span></li>' for h, t, n in [("/d/14-horaires-du-bac", "Horaires du bac vers l'île", 11),
                                                                                                ("/t/quartiers", "Tag : quartiers", "")]) + "</ul>", {"forum"}),
        page("/d/14-horaires-du-bac", "Horaires du bac vers l'île", '<div class="PostStream">' + "".join(
            f'<article class="Post CommentPost"><header class="Post-header"><span class="username">{a}</span> <time>{d}</time></header><div class="Post-body"><p>{t}</p></div></article>'
            for a, d, t in [("Gwen", "3 nov.", "Le bac de 7 h 10 est supprimé en hiver ?"), ("Luc", "3 nov.", "Oui, remplacé par celui de 7 h 40.")]) + "</div>"
             + '<a class="Button Button--primary" href="/">Répondre</a>', {"forum"}),
        page("/t/quartiers", "Quartiers", '<ul class="DiscussionList-discussions"><li class="DiscussionListItem"><a href="/d/14-horaires-du-bac">Horaires du bac vers l\'île</a></li></ul>',
             {"forum"}),
    ]
    return City("99158", "Port-Ardilaire", 33_500, "17", "75", "Nouvelle-Aquitaine", f"http://{PA_WWW}/", [
        Site(PA_WWW, "spip", "Port-Ardilaire", pages,
             menu=[("Accueil", "/"), ("Participer", "/Participer"), ("Actualités", "/Actualites"), ("Contact", "/Contact")],
             accounts=[social("facebook", "PortArdilaire"), social("instagram", "port_ardilaire"), social("youtube", "VillePortArdilaire")],
             address="1 cours des Salines, 17999 Port-Ardilaire"),
        Site(PA_AG, "flarum", "L'agora de Port-Ardilaire", ag, menu=[("Discussions", "/"), ("Quartiers", "/t/quartiers")], features=frozenset({"forum"}))])


def cities():
    return [montcharvin(), ostwiller(), wambrecourt(), pornesson(), mornecarbet(), aspin(), kembsheim(), ardilaire()]


def hosts():
    return {}
