"""Holdout part "chaumes": eight communes of 50,000 to 140,000 inhabitants (INSEE 99411-99418), each with a
participation platform of its own (Decidim, CONSUL Democracy, Cap Collectif, Go Vocal, Fluicity, Jenparle,
id-city, a home-made one), the city's CMS pages that lead there, and the lookalikes such sites hold."""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import chaumes_markup as m

P = "participation_displayed"
C = "contact_form"
F = "forum"
CM = "comments"
POLL = "poll"
PET = "petition"
SUG = "suggestion_call"
PB = "participatory_budget"
PLAT = "participatory_platform"
TSN = "territorial_social_network"
SOC = "social_account"


def _home(intro, quick, news, events, extra="", banner="tarteaucitron"):
    return (m.cookie_banner(banner) + f'<div class="hero"><p class="hero__intro">{intro}</p></div>' + m.quick_links(quick)
            + m.news_teasers(news) + m.agenda(events) + extra)


# =====================================================================================================
# 1. Vaubrelande: WordPress city site, Decidim on participer.vaubrelande.fr ("Vaubrelande en commun")
# =====================================================================================================

def vaubrelande():
    www_host, dec = "www.vaubrelande.fr", "http://participer.vaubrelande.fr"
    news = [("/actualites/marche-de-noel/", "Le marché de Noël s'installe place Stendhal", "2 décembre",
             "Quarante chalets, une patinoire et des animations pour les enfants."),
            ("/actualites/ete-en-fete/", "Retour sur un été en fête", "3 septembre", "Concerts, cinéma en plein air : le bilan."),
            ("/actualites/laureats-budget-participatif-2024/", "Budget participatif : les 14 projets lauréats", "12 juillet",
             "Plus de 6 000 votants ont choisi les projets réalisés en 2025."),
            ("/agenda/forum-emploi/", "Forum de l'emploi et de l'alternance", "20 février", "Rencontrez les recruteurs du bassin.")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Vaubrelande, ville de 86 000 habitants au pied du Vercors.",
            [("/democratie-locale/", "Vaubrelande en commun"), ("/budget-participatif/", "Budget participatif"),
             ("/education/rythmes-scolaires/", "Rythmes scolaires"), ("/reservation-salles/", "Réserver une salle"),
             ("/contact/", "Contacter la mairie"), ("/newsletter/", "Lettre d'information"),
             ("/vie-municipale/budget-2025/", "Budget de la ville"), ("/securite/participation-citoyenne/", "Tranquillité publique"),
             ("/marches-publics/", "Marchés publics")],
            news, [("14", "déc.", "Conseil municipal", "Hôtel de ville"), ("18", "déc.", "Conseil de quartier Plaine-Sud", "Maison des habitants")],
            extra=m.links([(dec + "/", "La plateforme participative")], "footer-links"), banner="cli"), parent=()),
        page("/democratie-locale/", "Vaubrelande en commun", m.prose(
            "Depuis 2021, la municipalité associe les habitantes et les habitants aux décisions qui touchent leur quotidien. "
            "Cette démarche de démocratie participative s'appuie sur une charte votée en conseil municipal.",
            "Elle repose sur trois piliers : les six conseils de quartier, les concertations menées avant chaque grand projet "
            "et le budget participatif, doté de 800 000 euros par an.")
             + m.section("Où participer ?", "Toutes les démarches en cours sont réunies sur la plateforme "
                         f"<a href=\"{dec}/\">participer.vaubrelande.fr</a>, où vous pouvez déposer une proposition, répondre à une enquête "
                         "ou vous inscrire à une réunion.")
             + m.links([("/democratie-locale/conseils-de-quartier/", "Les conseils de quartier"),
                        ("/budget-participatif/", "Le budget participatif"),
                        ("/democratie-locale/charte/", "La charte de la participation")])
             + m.download("/wp-content/uploads/2023/03/charte-participation.pdf", "Télécharger la charte"),
             {P}),
        page("/democratie-locale/charte/", "La charte de la participation", m.prose(
            "La charte fixe les engagements réciproques de la ville et des habitants : information en amont, "
            "retour systématique sur les avis exprimés, respect de la parole de chacun.",
            "Elle s'applique aux conseils de quartier, aux ateliers de concertation et aux démarches en ligne.")
             + m.bullets(["Informer tôt et clairement", "Écouter toutes les paroles", "Rendre compte des décisions"]),
             {P}, parent=("Vaubrelande en commun", "/democratie-locale/")),
        page("/democratie-locale/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Six conseils de quartier réunissent des habitants volontaires, des représentants d'associations et des élus référents. "
            "Ils donnent leur avis sur les projets d'aménagement et portent leurs propres initiatives.",
            "Les séances plénières sont ouvertes à tous. Pour rejoindre un conseil, il suffit d'habiter le quartier et d'avoir 16 ans.")
             + m.links([("/democratie-locale/conseils-de-quartier/compte-rendu-plaine-sud/", "Compte rendu : Plaine-Sud, octobre"),
                        (dec + "/assemblies/conseils-de-quartier", "Les conseils de quartier sur la plateforme")]),
             {P}, parent=("Vaubrelande en commun", "/democratie-locale/")),
        # a council's minutes: it reports the neighbourhood council's work, which is the approach shown
        page("/democratie-locale/conseils-de-quartier/compte-rendu-plaine-sud/", "Conseil de quartier Plaine-Sud : compte rendu", m.prose(
            "Trente-deux habitants ont participé à la séance plénière du 9 octobre à la Maison des habitants.",
            "Ordre du jour : sécurisation de la rue des Tilleuls, avenir du terrain de boules, bilan de la fête de quartier.",
            "Le conseil de quartier a rendu un avis favorable au plateau piéton devant l'école Jean-Macé.")
             + m.download("/wp-content/uploads/2024/10/cq-plaine-sud-octobre.pdf", "Compte rendu complet"),
             {P}, parent=("Les conseils de quartier", "/democratie-locale/conseils-de-quartier/")),
        page("/budget-participatif/", "Le budget participatif", m.prose(
            "Chaque année, 800 000 euros du budget d'investissement sont consacrés à des projets imaginés et choisis par les habitants.",
            "Dépôt des projets en janvier et février, étude de faisabilité au printemps, vote en juin.")
             + m.steps([("janv.-févr.", "Dépôt des projets", "done"), ("mars-mai", "Analyse par les services", "current"),
                        ("juin", "Vote des habitants", "next"), ("2026", "Réalisation", "next")])
             + m.prose(f'<a class="btn" href="{dec}/processes/budget-participatif-2025">Participer sur la plateforme</a>')
             + m.links([("/actualites/laureats-budget-participatif-2024/", "Les lauréats de l'édition 2024")]),
             {PB}),
        # the winners of a past edition: residents proposed and voted these projects
        page("/actualites/laureats-budget-participatif-2024/", "Budget participatif : les 14 projets lauréats", m.prose(
            "Le vote de la quatrième édition du budget participatif s'est achevé le 30 juin : 6 214 Vaubrelandais ont choisi "
            "14 projets parmi les 52 soumis au vote.",
            "En tête : un verger partagé au parc Bayard, des abris vélos sécurisés près des collèges et une boîte à livres par quartier.")
             + m.bullets(["Verger partagé du parc Bayard — 1 412 voix", "Abris vélos près des collèges — 1 208 voix",
                          "Boîtes à livres — 987 voix"]),
             {PB}, parent=("Budget participatif", "/budget-participatif/")),
        page("/vie-municipale/budget-2025/", "Le budget 2025 de la ville", m.prose(
            "Le conseil municipal a adopté le budget primitif 2025 le 16 décembre : 142 millions d'euros, dont 38 millions d'investissement.",
            "Le compte administratif 2024 et le rapport d'orientation budgétaire sont consultables ci-dessous.")
             + m.download("/wp-content/uploads/2024/12/bp-2025.pdf", "Budget primitif 2025")
             + m.download("/wp-content/uploads/2024/06/ca-2024.pdf", "Compte administratif 2024"),
             decoys={PB}),
        page("/securite/participation-citoyenne/", "Le dispositif Participation citoyenne", m.prose(
            "La ville et la gendarmerie ont signé un protocole « Participation citoyenne » : des habitants référents, volontaires, "
            "signalent aux gendarmes tout fait inhabituel dans leur quartier.",
            "Ce dispositif de prévention des cambriolages ne remplace pas l'appel au 17. Pour devenir référent, adressez-vous à la police municipale.")
             + m.mailto("police.municipale@vaubrelande.fr"),
             decoys={P, TSN}),
        page("/actualites/marche-de-noel/", "Le marché de Noël s'installe place Stendhal", m.prose(
            "Du 6 au 24 décembre, quarante chalets d'artisans et de producteurs vous attendent place Stendhal.",
            "Nouveauté : une patinoire écologique sans eau gelée, ouverte de 10 h à 20 h.")
             + m.share_buttons(f"http://{www_host}/actualites/marche-de-noel/", "Marché de Noël")
             + m.wp_comments([("Sylvie R.", "3 décembre 2024", "Est-ce que la patinoire est gratuite pour les enfants ?"),
                              ("Ville de Vaubrelande", "3 décembre 2024", "Bonjour, l'accès est gratuit pour les moins de 12 ans.")], post_id=512),
             {CM}, parent=("Actualités", "/")),
        # a news item that names the platform once, in passing
        page("/actualites/ete-en-fete/", "Retour sur un été en fête", m.prose(
            "Douze concerts, huit séances de cinéma en plein air et plus de 20 000 spectateurs : l'édition 2024 a battu tous les records.",
            "Le programme avait été enrichi des suggestions recueillies l'an dernier sur participer.vaubrelande.fr. Rendez-vous l'été prochain !")
             + m.wp_comments_closed(), decoys={PLAT, SUG, CM}, parent=("Actualités", "/")),
        page("/education/rythmes-scolaires/", "Rythmes scolaires : votre avis compte", m.with_sidebar(
            m.prose("La semaine de quatre jours est en vigueur dans les écoles publiques depuis 2018. "
                    "Avant le conseil d'école de mars, la ville recueille l'avis des familles.",
                    "Votez dans l'encadré ; un questionnaire détaillé est aussi distribué dans les cartables."),
            m.widget("Sondage", m.wp_polls(12, "Faut-il revenir à la semaine de quatre jours et demi ?",
                                           ["Oui", "Non", "Je ne sais pas"]), "widget widget_polls-widget")),
             {POLL}),
        page("/contact/", "Contacter la mairie", m.prose("Hôtel de ville, 1 place de la Libération. Accueil du lundi au vendredi, 8 h 30 - 17 h 30.")
             + m.cf7_contact("/contact/"), {C}, decoys={SUG}),
        page("/newsletter/", "Lettre d'information", m.prose("Une lettre par mois, désinscription en un clic.")
             + m.newsletter("/newsletter/?subscribe=1", "La lettre de Vaubrelande"), decoys={C}),
        page("/reservation-salles/", "Réserver une salle municipale", m.prose(
            "Les associations vaubrelandaises et les particuliers peuvent réserver une salle en ligne, au moins trois semaines à l'avance.")
             + m.booking_form("/reservation-salles/"), decoys={C}),
        page("/marches-publics/", "Marchés publics et appels d'offres", m.prose(
            "Les consultations de la ville sont publiées sur le profil d'acheteur. Appel d'offres en cours : entretien des espaces verts, lots 1 à 4.",
            "Appel à candidatures : occupation du domaine public pour un food-truck place Bayard, dossiers avant le 31 janvier.")
             + m.download("/wp-content/uploads/2024/11/aapc-espaces-verts.pdf", "Avis d'appel public à la concurrence"),
             decoys={SUG}),
        page("/agenda/forum-emploi/", "Forum de l'emploi et de l'alternance", m.prose(
            "Le forum de l'emploi se tient le jeudi 20 février à la halle Clémentine, de 9 h à 17 h.",
            "Plus de 60 entreprises et organismes de formation présentent leurs offres. Entrée libre, pensez à votre CV."),
             decoys={F}),
    ]
    www = Site(www_host, "wordpress", "Ville de Vaubrelande", pages,
               menu=[("Accueil", "/"), ("Vaubrelande en commun", "/democratie-locale/"), ("Budget participatif", "/budget-participatif/"),
                     ("Éducation", "/education/rythmes-scolaires/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDeVaubrelande"), social("instagram", "vaubrelande"),
                         social("youtube", "VaubrelandeTV")],
               address="Hôtel de ville, 1 place de la Libération, 38950 Vaubrelande")

    bp = "/processes/budget-participatif-2025"
    velo = "/processes/plan-velo"
    proposals = [(f"{bp}/f/41/proposals/318", "Un verger partagé aux Glycines", "Léa M.", 48, ""),
                 (f"{bp}/f/41/proposals/322", "Des toilettes publiques au parc Bayard", "Karim B.", 31, ""),
                 (f"{bp}/f/41/proposals/329", "Éclairer le chemin du lycée", "Collectif Chaponnay", 27, "")]
    dpages = [
        page("/", "Vaubrelande en commun", m.prose("La plateforme participative de la ville de Vaubrelande : proposez, débattez, votez.")
             + '<section class="home__section"><h2 class="h2">Processus en cours</h2>'
             + m.decidim_process_card(bp, "Budget participatif 2025", "Dépôt des projets", "06/01/2025 - 28/02/2025")
             + m.decidim_process_card(velo, "Plan vélo 2030", "Concertation", "01/10/2024 - 31/01/2025")
             + m.decidim_process_card("/processes/budget-participatif-2023", "Budget participatif 2023", "Terminé", "2023", "past")
             + m.decidim_process_card("/processes/cantines", "Restauration scolaire", "Terminé", "2024", "past")
             + m.decidim_process_card("/processes/enquete-publique-plu", "Modification du PLU", "Enquête publique", "2024")
             + "</section>" + m.links([("/assemblies/conseils-de-quartier", "Conseils de quartier"), ("/pages/help", "Aide"),
                                       ("/users/sign_up", "Créer un compte"), ("/profiles/mlenoir/activity", "Participante du mois")])),
        page(bp, "Budget participatif 2025", m.prose(
            "Vous avez une idée pour votre quartier ? Déposez-la jusqu'au 28 février. Les projets recevables seront soumis au vote en juin.",
            "Enveloppe : 800 000 euros, dont 100 000 euros réservés aux projets portés par des jeunes de 11 à 25 ans.")
             + m.decidim_components([(f"{bp}/f/41/proposals", "Propositions"), (f"{bp}/f/42/budgets/7/projects", "Vote")]),
             {PB}),
        page(f"{bp}/f/41/proposals", "Propositions", m.prose("Dépôt des projets ouvert jusqu'au 28 février. 94 propositions déposées.")
             + f'<a class="button button__sm button__secondary" href="{bp}/f/41/proposals/new">Nouvelle proposition</a>'
             + m.decidim_proposal_cards(proposals), {PB, SUG}, parent=("Budget participatif 2025", bp)),
        page(f"{bp}/f/41/proposals/new", "Créer votre proposition", m.decidim_new_proposal(f"{bp}/f/41/proposals"),
             {PB, SUG}, decoys={C}, parent=("Propositions", f"{bp}/f/41/proposals")),
        page(f"{bp}/f/41/proposals/318", "Un verger partagé aux Glycines", m.prose(
            "Planter une vingtaine d'arbres fruitiers sur la pelouse de la résidence des Glycines, entretenus par les habitants avec l'aide des jardiniers de la ville.")
             + m.share_buttons(f"{dec}{bp}/f/41/proposals/318", "Un verger partagé")
             + m.decidim_comments([("Hugo", "il y a 3 jours", "Excellente idée, on pourrait aussi y mettre des ruches."),
                                   ("Annie V.", "il y a 2 jours", "Attention aux guêpes près de l'aire de jeux.")], rid=318)
             + m.decidim_report_form(318), {PB, CM}, decoys={C, SOC}, parent=("Propositions", f"{bp}/f/41/proposals")),
        page(f"{bp}/f/41/proposals/322", "Des toilettes publiques au parc Bayard", m.prose(
            "Le parc accueille de nombreuses familles le week-end mais n'a aucun sanitaire.")
             + m.decidim_comments([("Fatou", "il y a 5 jours", "Oui, indispensable !")], rid=322), {PB, CM},
             parent=("Propositions", f"{bp}/f/41/proposals")),
        page(f"{bp}/f/41/proposals/329", "Éclairer le chemin du lycée", m.prose(
            "Le chemin piéton entre l'avenue Berlioz et le lycée n'est pas éclairé ; l'hiver les élèves le parcourent de nuit.")
             + m.decidim_comments([], rid=329), {PB, CM}, parent=("Propositions", f"{bp}/f/41/proposals")),
        # the voting step of the same edition, announced but not yet open: still the participatory budget
        page(f"{bp}/f/42/budgets/7/projects", "Vote du budget participatif", m.prose(
            "Le vote ouvrira le 2 juin. Vous disposerez de 800 000 euros à répartir entre les projets de votre choix.")
             + m.decidim_budget_projects([(f"{bp}/f/41/proposals/318", "Un verger partagé aux Glycines", "35 000 €"),
                                          (f"{bp}/f/41/proposals/322", "Des toilettes publiques au parc Bayard", "90 000 €")],
                                         "800 000 €", "0 €", f"{bp}/f/42/budgets/7/order"),
             {PB}, parent=("Budget participatif 2025", bp)),
        # a past edition: residents voted; the page shows what was chosen
        page("/processes/budget-participatif-2023", "Budget participatif 2023", m.prose(
            "Troisième édition : 4 870 votants, 11 projets retenus pour 750 000 euros. Suivez leur réalisation ci-dessous.")
             + m.bullets(["Jardin partagé de la Capuche — réalisé", "Skatepark du Vernay — en travaux", "Fresque du tunnel Jaurès — réalisé"],
                         "accountability-results"), {PB}),
        page(velo, "Plan vélo 2030", m.prose(
            "La ville prépare son plan vélo pour les cinq prochaines années. Donnez votre avis sur les itinéraires, le stationnement et les services.")
             + m.decidim_components([(f"{velo}/f/55/surveys", "Questionnaire"), (f"{velo}/f/56/debates/12", "Débat"),
                                     (f"{velo}/f/57/meetings/9", "Réunion publique")]), {P}),
        page(f"{velo}/f/55/surveys", "Questionnaire : vos déplacements à vélo", m.decidim_survey(
            f"{velo}/f/55/surveys/answer", [("À quelle fréquence circulez-vous à vélo ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
                                            ("Qu'est-ce qui vous freine ?", ["Le danger", "Le stationnement", "Le relief", "Rien"])],
            "Un aménagement prioritaire à nous signaler ?"), {POLL}, decoys={C}, parent=("Plan vélo 2030", velo)),
        page(f"{velo}/f/56/debates/12", "Faut-il fermer la rue Thiers aux voitures ?", m.prose(
            "Débat ouvert jusqu'au 31 janvier. Partagez vos arguments, les élus y répondront lors de la réunion publique.")
             + m.decidim_comments([("Paul G.", "il y a 1 semaine", "Les commerçants vont souffrir, il faut garder des livraisons."),
                                   ("Inès", "il y a 6 jours", "Ailleurs, les piétonnisations ont fait venir du monde."),
                                   ("M. Lenoir", "il y a 2 jours", "Pourquoi pas un essai le samedi ?")],
                                  "Decidim::Debates::Debate", 12), {CM}, parent=("Plan vélo 2030", velo)),
        page(f"{velo}/f/57/meetings/9", "Réunion publique : plan vélo", m.prose(
            "Mardi 21 janvier, 19 h, salle des fêtes. Présentation du diagnostic et échanges avec les élus.")
             + m.decidim_meeting_registration(f"{velo}/f/57/meetings/9/registration"), decoys={C}, parent=("Plan vélo 2030", velo)),
        page("/processes/cantines", "Restauration scolaire : résultats de l'enquête", m.prose(
            "L'enquête auprès des familles est close depuis le 15 mai. 1 930 réponses ont été reçues.")
             + '<div class="questionnaire-answers"><p>Satisfaction globale : 71 % satisfaits ou très satisfaits.</p>'
               '<p>Souhaitent un repas végétarien de plus par semaine : 58 %.</p><p class="callout warning">Ce questionnaire est fermé.</p></div>',
             decoys={POLL}),
        page("/processes/enquete-publique-plu", "Modification n° 3 du PLU : enquête publique", m.prose(
            "L'enquête publique se déroule du 4 au 29 novembre sous l'autorité du commissaire enquêteur désigné par le tribunal administratif.",
            "Le dossier est consultable ici ; les observations se déposent sur le registre dématérialisé de la préfecture ou en mairie aux heures de permanence.")
             + m.download("/uploads/plu-modification-3-notice.pdf", "Notice de présentation"), decoys={POLL, SUG}),
        page("/assemblies/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les six conseils de quartier disposent chacun d'un espace : ordres du jour, comptes rendus, propositions en cours.")
             + m.bullets(["Centre-Gare", "Plaine-Sud", "Les Glycines", "Vernay", "Chaponnay", "Bayard"]), {P}),
        page("/profiles/mlenoir/activity", "Marcel Lenoir (@mlenoir)", '<div class="profile__details"><p>Membre depuis mars 2022 · 14 propositions suivies</p>'
             '<ul class="profile__activity"><li>A commenté « Faut-il fermer la rue Thiers aux voitures ? »</li><li>A soutenu « Un verger partagé aux Glycines »</li></ul></div>'),
        page("/users/sign_up", "Créer un compte", m.decidim_registration_form(), decoys={C}),
        page("/pages/help", "Aide", m.prose("Comment participer ? Créez un compte, vérifiez votre adresse électronique, puis choisissez un processus.",
                                            "Les propositions sont modérées selon les conditions d'utilisation.")),
    ]
    platform = Site("participer.vaubrelande.fr", "decidim", "Vaubrelande en commun", dpages,
                    menu=[("Accueil", "/"), ("Processus", bp), ("Assemblées", "/assemblies/conseils-de-quartier"), ("Aide", "/pages/help")],
                    features=frozenset({PLAT}), platforms=frozenset({"decidim"}))
    return City("99411", "Vaubrelande", 86_400, "38", "84", "Auvergne-Rhône-Alpes", f"http://{www_host}/", [www, platform])


# =====================================================================================================
# 2. Sarmoise: Drupal city site, CONSUL Democracy on decidez.sarmoise.fr
# =====================================================================================================

def sarmoise():
    host, consul = "www.sarmoise.fr", "http://decidez.sarmoise.fr"
    news = [("/actualites/budget-participatif-saison-3", "Budget participatif : la saison 3 est lancée", "6 janvier", "Déposez vos projets jusqu'au 15 mars."),
            ("/actualites/pistes-cyclables-boulevard", "Boulevard de la Paix : une piste cyclable en 2025", "18 novembre", "Les travaux démarrent au printemps."),
            ("/actualites/hopital-petition", "Maternité : le conseil municipal s'engage", "4 novembre", "Une motion votée à l'unanimité."),
            ("/culture/appel-a-candidatures-artistes", "Résidences d'artistes : appel à candidatures", "28 octobre", "Date limite : 10 janvier.")]
    pages = [
        page("/", "Accueil", _home("Sarmoise, 112 000 habitants, capitale du vignoble champenois oriental.",
             [("/participation-citoyenne", "Participation citoyenne"), ("/participation-citoyenne/droit-de-petition", "Droit de pétition"),
              ("/sondages/proprete", "Sondage propreté"), ("/contact", "Nous contacter"), ("/e-services/paiement-cantine", "Payer la cantine"),
              ("/finances/compte-administratif", "Finances"), ("/recensement", "Recensement"), ("/vie-associative/forum-des-associations", "Forum des associations")],
             news, [("11", "janv.", "Comité d'habitants Croix-Rouge", "Maison de quartier"), ("23", "janv.", "Vœux du maire", "Opéra")],
             extra=m.links([(consul + "/", "Décidez Sarmoise"), ("/sondages/resultats-marche", "Résultats des sondages")]), banner="eu")),
        page("/participation-citoyenne", "Participation citoyenne", m.prose(
            "La Ville de Sarmoise a fait de la démocratie locale une priorité du mandat. La charte de la participation citoyenne, "
            "adoptée en 2021, garantit à chacun le droit d'être informé, consulté et associé.",
            "Comités d'habitants, consultations publiques, droit de pétition et budget participatif : découvrez les dispositifs.")
             + m.links([("/participation-citoyenne/comites-d-habitants", "Les comités d'habitants"),
                        ("/participation-citoyenne/droit-de-petition", "Le droit de pétition locale"),
                        (consul + "/", "La plateforme Décidez Sarmoise")]), {P}),
        page("/participation-citoyenne/comites-d-habitants", "Les comités d'habitants", m.prose(
            "Neuf comités d'habitants couvrent le territoire. Chacun se réunit au moins quatre fois par an, en présence de l'adjoint de quartier.",
            "Les comités disposent d'une enveloppe de 20 000 euros pour de petits aménagements et peuvent saisir le conseil municipal.")
             + m.bullets(["Croix-Rouge", "Orgeval", "Centre-ville", "Chemin-Vert", "Bois-d'Amour"]), {P},
             parent=("Participation citoyenne", "/participation-citoyenne")),
        # presents the city's own right of petition and where to sign
        page("/participation-citoyenne/droit-de-petition", "Le droit de pétition locale", m.prose(
            "Toute personne de plus de 16 ans habitant Sarmoise peut lancer une pétition sur la plateforme Décidez Sarmoise.",
            "Une pétition qui réunit 1 500 soutiens en six mois est inscrite à l'ordre du jour du conseil municipal, qui rend une réponse motivée.")
             + m.prose(f'<a class="button" href="{consul}/proposals">Signer ou lancer une pétition</a>'), {PET, P},
             parent=("Participation citoyenne", "/participation-citoyenne")),
        page("/actualites/budget-participatif-saison-3", "Budget participatif : la saison 3 est lancée", m.prose(
            "Pour sa troisième saison, le budget participatif dispose d'un million d'euros. Les Sarmoisiens peuvent déposer leurs projets "
            "d'investissement jusqu'au 15 mars sur la plateforme ; le vote aura lieu en octobre.")
             + m.prose(f'<a href="{consul}/budgets/3">Déposer un projet</a>'), {PB, SUG}),
        page("/actualites/pistes-cyclables-boulevard", "Boulevard de la Paix : une piste cyclable en 2025", m.prose(
            "Une piste bidirectionnelle de 1,8 km reliera la gare au campus. Les travaux dureront six mois.")
             + m.drupal_comments([("Nadia", "19/11/2024", "Enfin ! Et le stationnement vélo à la gare ?"),
                                  ("Jean-Luc", "20/11/2024", "Les arbres seront-ils conservés ?")], 231), {CM}),
        page("/actualites/hopital-petition", "Maternité : le conseil municipal s'engage", m.prose(
            "Le conseil municipal a voté une motion pour le maintien de la maternité. Une pétition nationale sur les maternités de proximité "
            "circule par ailleurs sur la plateforme de pétitions de l'Assemblée nationale (petitions.assemblee-nationale.fr)."),
             decoys={PET}),
        page("/sondages/proprete", "Sondage : la propreté dans votre quartier", m.prose(
            "Le service propreté réorganise ses tournées. Donnez votre avis en un clic.")
             + m.drupal_poll("Êtes-vous satisfait de la propreté de votre rue ?", ["Très satisfait", "Plutôt satisfait", "Peu satisfait", "Pas du tout"], 14),
             {POLL}),
        page("/sondages/resultats-marche", "Résultats : l'horaire du marché du samedi", m.prose("Le sondage s'est achevé le 30 septembre.")
             + m.drupal_poll_results("Quel horaire pour le marché du samedi ?", [("7 h - 13 h", 62), ("8 h - 14 h", 38)], 1874, 9),
             decoys={POLL}),
        page("/finances/compte-administratif", "Compte administratif et budget primitif", m.prose(
            "Le compte administratif 2024 retrace l'exécution du budget. Le budget primitif 2025 a été voté le 12 décembre.")
             + m.download("/sites/default/files/ca-2024.pdf", "Compte administratif 2024"), decoys={PB}),
        page("/culture/appel-a-candidatures-artistes", "Résidences d'artistes : appel à candidatures", m.prose(
            "La ville propose deux résidences de création de trois mois aux Ateliers du Port. Les artistes adressent leur dossier avant le 10 janvier."),
             decoys={SUG}),
        page("/recensement", "Recensement de la population", m.prose(
            "Le recensement annuel se déroule du 16 janvier au 22 février. Un agent recenseur muni d'une carte officielle remettra à 8 % des foyers "
            "leurs identifiants pour répondre au questionnaire en ligne sur le site de l'INSEE."), decoys={POLL}),
        page("/vie-associative/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations réunit 180 associations au parc des expositions le premier dimanche de septembre."), decoys={F}),
        page("/contact", "Nous contacter", m.webform_contact("/contact"), {C}),
        page("/e-services/paiement-cantine", "Payer la restauration scolaire", m.payment_form("/e-services/paiement-cantine"), decoys={C}),
    ]
    www = Site(host, "drupal", "Ville de Sarmoise", pages,
               menu=[("Accueil", "/"), ("Participation citoyenne", "/participation-citoyenne"), ("Sondages", "/sondages/proprete"), ("Contact", "/contact")],
               accounts=[social("facebook", "sarmoise"), social("x", "VilleSarmoise", "https://twitter.com/VilleSarmoise"), social("linkedin", "ville-de-sarmoise")],
               address="Hôtel de ville, place de l'Hôtel-de-Ville, 51900 Sarmoise")

    props = [("/proposals/27-ouvrir-les-cours-d-ecole-le-week-end", "Ouvrir les cours d'école le week-end", "Claire D.", 1122),
             ("/proposals/31-un-marche-de-producteurs-a-croix-rouge", "Un marché de producteurs à Croix-Rouge", "Amis de Croix-Rouge", 486)]
    cpages = [
        page("/", "Décidez Sarmoise", m.prose("Propositions citoyennes, débats, votations et budget participatif : c'est ici que Sarmoise décide avec vous.")
             + m.links([("/proposals", "Propositions citoyennes"), ("/debates", "Débats"), ("/polls", "Votations"), ("/budgets/3", "Budget participatif"),
                        ("/legislation/processes/4", "Législation collaborative"), ("/help", "Aide"), ("/users/sign_up", "S'inscrire"),
                        ("/budgets/2/results", "Résultats 2023")])),
        # CONSUL's citizen proposals carry the city's right of petition: supports up to a threshold
        page("/proposals", "Propositions citoyennes", m.prose(
            "Une proposition qui atteint 1 500 soutiens est examinée en conseil municipal.")
             + '<a class="button expanded" href="/proposals/new">Créer une proposition</a>' + m.consul_proposals(props), {PET, SUG}),
        page("/proposals/new", "Créer une proposition", m.consul_new_proposal("/proposals"), {PET, SUG}, decoys={C}, parent=("Propositions", "/proposals")),
        page(props[0][0], props[0][1], m.prose("Les cours d'écoles sont fermées le samedi et le dimanche alors que les quartiers manquent d'espaces de jeu.")
             + '<div class="supports"><span class="total-supports">1 122 soutiens</span><progress max="1500" value="1122"></progress>'
               '<a class="button button-support" href="/users/sign_in">Soutenir</a></div>'
             + m.consul_debate("", [("Marc", "12/10/2024", "Qui assurera la surveillance ?")], 27).split('<section', 1)[1].join(['<section', '']).replace('value="Debate"', 'value="Proposal"'),
             {PET, CM}, parent=("Propositions", "/proposals")),
        page(props[1][0], props[1][1], m.prose("Un marché hebdomadaire de producteurs locaux le mercredi soir sur la place Arago.")
             + '<div class="supports"><span class="total-supports">486 soutiens</span><a class="button button-support" href="/users/sign_in">Soutenir</a></div>',
             {PET}, parent=("Propositions", "/proposals")),
        # CONSUL's debates are threads residents open and reply to: the platform's board
        page("/debates", "Débats", '<a class="button" href="/debates/new">Lancer un débat</a>'
             + m.links([("/debates/15-quelle-place-pour-la-voiture-en-centre-ville", "Quelle place pour la voiture en centre-ville ?"),
                        ("/debates/16-eteindre-l-eclairage-la-nuit", "Éteindre l'éclairage public la nuit ?")], "debates-list"), {F}),
        page("/debates/new", "Lancer un débat", '<form class="new_debate" id="new_debate" action="/debates" method="post">'
             '<label for="debate_title">Titre du débat</label><input maxlength="80" type="text" name="debate[translations_attributes][0][title]" id="debate_title" />'
             '<label for="debate_description">Ouvrez le débat</label><textarea name="debate[translations_attributes][0][description]" id="debate_description"></textarea>'
             '<label><input type="checkbox" value="1" name="debate[terms_of_service]" /> J\'accepte les conditions d\'utilisation</label>'
             '<input type="submit" name="commit" value="Lancer un débat" class="button" /></form>', {F}, decoys={C}, parent=("Débats", "/debates")),
        page("/debates/15-quelle-place-pour-la-voiture-en-centre-ville", "Quelle place pour la voiture en centre-ville ?", m.consul_debate(
            "<p>Ouvert par Thierry V. — Le plan de circulation va être revu. Quelles rues faut-il apaiser en priorité ?</p>",
            [("Sabine", "02/11/2024", "La rue de Vesle, sans hésiter."), ("Ahmed", "03/11/2024", "Il faut d'abord des parkings relais."),
             ("Thierry V.", "04/11/2024", "Les deux vont ensemble, non ?")], 15), {F, CM}, parent=("Débats", "/debates")),
        page("/debates/16-eteindre-l-eclairage-la-nuit", "Éteindre l'éclairage public la nuit ?", m.consul_debate(
            "<p>Ouvert par Élodie P. — Plusieurs villes éteignent entre 1 h et 5 h. Et nous ?</p>", [("Rémi", "20/09/2024", "Oui pour les économies.")], 16),
             {F, CM}, parent=("Débats", "/debates")),
        page("/polls", "Votations", m.links([("/polls/3-nom-de-la-future-mediatheque", "Le nom de la future médiathèque — en cours"),
                                             ("/polls/1-jumelage", "Jumelage — terminé")]), {POLL}),
        page("/polls/3-nom-de-la-future-mediatheque", "Le nom de la future médiathèque", m.prose("Vote ouvert jusqu'au 31 janvier aux habitants de plus de 16 ans.")
             + m.consul_poll("/polls/3/answer", [("Quel nom pour la médiathèque du Chemin-Vert ?", ["Simone-Veil", "La Canopée", "Les Trois-Fontaines"])]),
             {POLL}, parent=("Votations", "/polls")),
        page("/polls/1-jumelage", "Jumelage : résultats", m.prose("Cette votation est terminée.")
             + m.consul_poll_results([("Ville portugaise", 1402, 54), ("Ville polonaise", 1194, 46)], 2596), decoys={POLL}, parent=("Votations", "/polls")),
        page("/budgets/3", "Budget participatif — saison 3", m.prose("Phase actuelle : dépôt des projets, jusqu'au 15 mars. Enveloppe : 1 000 000 €.")
             + m.links([("/budgets/3/investments", "Voir les projets"), ("/budgets/3/investments/new", "Déposer un projet")]), {PB}),
        page("/budgets/3/investments", "Projets d'investissement", m.consul_investments(
            [("/budgets/3/investments/71", "Des fontaines à eau dans les parcs", "45 000 €", 210), ("/budgets/3/investments/74", "Un pumptrack à Orgeval", "120 000 €", 388)], "Toute la ville"),
             {PB}, parent=("Budget participatif — saison 3", "/budgets/3")),
        page("/budgets/3/investments/new", "Déposer un projet", m.consul_new_investment("/budgets/3/investments"), {PB, SUG}, decoys={C},
             parent=("Budget participatif — saison 3", "/budgets/3")),
        page("/budgets/3/investments/71", "Des fontaines à eau dans les parcs", m.prose("Installer six fontaines à boire dans les parcs de la ville.")
             + '<div class="supports ballot"><span class="total-supports">210 soutiens</span></div>', {PB}, parent=("Projets d'investissement", "/budgets/3/investments")),
        page("/budgets/3/investments/74", "Un pumptrack à Orgeval", m.prose("Une piste de bosses pour vélos, trottinettes et skates."), {PB},
             parent=("Projets d'investissement", "/budgets/3/investments")),
        page("/budgets/2/results", "Budget participatif — saison 2 : résultats", m.prose("8 412 votants. 17 projets financés.")
             + '<table class="budget-investments-results"><tr><td>Forêt urbaine du Chemin-Vert</td><td>2 105 votes</td><td>Financé</td></tr>'
               '<tr><td>Boîtes à dons</td><td>1 880 votes</td><td>Financé</td></tr></table>', {PB}),
        page("/legislation/processes/4", "Règlement des terrasses : texte en débat", m.prose(
            "La ville soumet à la discussion le projet de règlement des terrasses. Annotez le texte jusqu'au 28 février.")
             + m.links([("/legislation/processes/4/draft_versions/4", "Lire et commenter le projet")]), {P}),
        page("/legislation/processes/4/draft_versions/4", "Projet de règlement des terrasses", m.consul_legislation_annotations(
            "<p>Article 3 — Les terrasses ferment à 23 h du dimanche au jeudi, à minuit le vendredi et le samedi.</p>",
            [("Café du Marché", "Minuit le jeudi aussi pour l'été ?")]), {CM}, parent=("Règlement des terrasses", "/legislation/processes/4")),
        page("/users/112", "Claire D.", '<div class="user-profile"><p>Inscrite depuis 2022</p><ul class="menu simple"><li>Propositions (2)</li><li>Commentaires (14)</li></ul></div>'),
        page("/users/sign_up", "S'inscrire", m.consul_registration(), decoys={C}),
        page("/help", "Aide", m.prose("Comment fonctionne Décidez Sarmoise ? Propositions, débats, votations : chaque section a ses règles.")
             + m.links([("/users/112", "Exemple de profil")])),
    ]
    platform = Site("decidez.sarmoise.fr", "consul", "Décidez Sarmoise", cpages,
                    menu=[("Propositions", "/proposals"), ("Débats", "/debates"), ("Votations", "/polls"), ("Budgets", "/budgets/3")],
                    features=frozenset({PLAT}), platforms=frozenset({"consul"}))
    return City("99412", "Sarmoise", 112_300, "51", "44", "Grand Est", f"http://{host}/", [www, platform])


# =====================================================================================================
# 3. Castelnerac: SPIP city site, Cap Collectif on castelnerac.cap-collectif.com
# =====================================================================================================

def castelnerac():
    host, capco = "www.castelnerac.fr", "http://castelnerac.cap-collectif.com"
    bp = "/project/budget-participatif-2025"
    news = [("/Travaux-avenue-Jaures", "Avenue Jaurès : les travaux reprennent", "14 janvier", "Circulation alternée jusqu'en avril."),
            ("/Budget-participatif-le-reglement", "Budget participatif 2025 : à vos idées !", "3 janvier", "Dépôt en ligne jusqu'au 28 février."),
            ("/Appel-a-projets-associations", "Appel à projets associatifs 2025", "2 décembre", "Subventions de fonctionnement : dossiers avant le 31 janvier."),
            ("/Concours-photo", "Concours photo « Castelnerac au fil du Tarn »", "20 novembre", "Envoyez vos clichés avant le 15 février.")]
    pages = [
        page("/", "Accueil", _home("Bienvenue sur le site officiel de Castelnerac, 58 700 habitants, sur les rives du Tarn.",
             [("/Democratie-de-proximite", "Démocratie de proximité"), ("/Boite-a-idees", "Boîte à idées"), ("/Nous-contacter", "Nous contacter"),
              ("/Budget-primitif-2025", "Budget 2025"), ("/Enquete-INSEE-cadre-de-vie", "Enquête INSEE"), ("/Office-de-tourisme", "Office de tourisme"),
              ("/Les-conseils-citoyens", "Conseils citoyens")],
             news, [("8", "févr.", "Atelier budget participatif", "Médiathèque"), ("15", "févr.", "Conseil citoyen Rive gauche", "Centre social")],
             extra=m.links([(capco + "/", "Castelnerac participe")]))),
        page("/Democratie-de-proximite", "Démocratie de proximité", m.prose(
            "Castelnerac participe : c'est le nom de la démarche qui associe les habitants à la vie de la commune, à travers les conseils "
            "citoyens, les réunions publiques de quartier et les concertations sur les grands projets.",
            f"La plateforme <a href=\"{capco}/\">castelnerac.cap-collectif.com</a> accueille les consultations en ligne et le budget participatif.")
             + m.links([("/Les-conseils-citoyens", "Les conseils citoyens"), ("/Budget-participatif-le-reglement", "Le budget participatif")]), {P}),
        page("/Les-conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers prioritaires de la Rive gauche et du Pré-Vert, les conseils citoyens associent habitants tirés au sort et acteurs locaux "
            "au contrat de ville. Ils se réunissent tous les deux mois en assemblée ouverte."), {P}, parent=("Démocratie de proximité", "/Democratie-de-proximite")),
        page("/Budget-participatif-le-reglement", "Budget participatif 2025 : le règlement", m.prose(
            "Article 1 — Le budget participatif permet aux habitants de plus de 12 ans de proposer des projets d'investissement d'intérêt général.",
            "Article 4 — L'enveloppe est de 300 000 euros. Un projet ne peut dépasser 50 000 euros.",
            f"Article 6 — Les projets se déposent sur la plateforme <a href=\"{capco}{bp}/collect/depot-des-projets\">Castelnerac participe</a> ou sur papier en mairie.")
             , {PB}),
        page("/Travaux-avenue-Jaures", "Avenue Jaurès : les travaux reprennent", m.prose(
            "Après la pause hivernale, le chantier de requalification reprend le 20 janvier. Circulation alternée entre le pont Vieux et la place du Foirail.")
             + m.spip_forum([("Et les commerces ?", "15 janvier 2025", "Mireille", "Les livraisons seront-elles possibles le matin ?"),
                             ("Re : Et les commerces ?", "16 janvier 2025", "La rédaction", "Oui, de 6 h à 10 h.")], 57), {CM}),
        page("/Boite-a-idees", "Boîte à idées", m.prose("Une idée pour améliorer la vie à Castelnerac ? Déposez-la ici : chaque idée reçoit une réponse sous un mois.")
             + m.idea_box("/Boite-a-idees", "Vos suggestions sont lues par les élus de quartier."), {SUG}, decoys={C}),
        page("/Nous-contacter", "Nous contacter", m.prose("Mairie de Castelnerac, 2 rue de l'Hôtel-de-Ville.") + m.formidable_contact("/Nous-contacter"), {C}),
        page("/Appel-a-projets-associations", "Appel à projets associatifs 2025", m.prose(
            "La ville lance son appel à projets annuel à destination des associations : subventions pour des actions culturelles, sportives ou solidaires.",
            "Dossier à télécharger et à retourner avant le 31 janvier."), decoys={SUG}),
        page("/Concours-photo", "Concours photo « Castelnerac au fil du Tarn »", m.prose(
            "Ouvert aux photographes amateurs. Trois catégories, exposition des lauréats à la médiathèque en mai. Règlement en ligne."), decoys={SUG}),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.prose("Le budget primitif 2025 s'élève à 78 millions d'euros, sans hausse des taux d'imposition."),
             decoys={PB}),
        page("/Enquete-INSEE-cadre-de-vie", "Enquête INSEE « Cadre de vie et sécurité »", m.prose(
            "L'INSEE réalise jusqu'en avril une enquête statistique auprès de ménages tirés au sort. Un enquêteur muni d'une carte officielle prendra contact avec eux."),
             decoys={POLL}),
        page("/Office-de-tourisme", "Office de tourisme", m.prose(
            "L'office de tourisme intercommunal vous accueille place du Vigan. Suivez ses bons plans sur "
            "<a href=\"https://www.instagram.com/tarn_rivages_tourisme/\">Instagram</a> et "
            "<a href=\"https://www.facebook.com/TarnRivagesTourisme\">Facebook</a>.")),
    ]
    www = Site(host, "spip", "Castelnerac", pages,
               menu=[("Démocratie de proximité", "/Democratie-de-proximite"), ("Boîte à idées", "/Boite-a-idees"), ("Contact", "/Nous-contacter")],
               accounts=[social("facebook", "Castelnerac"), social("mastodon", "castelnerac@social.occitanie.fr")],
               address="Mairie, 2 rue de l'Hôtel-de-Ville, 81600 Castelnerac")

    steps = [(f"{bp}/presentation/presentation", "Présentation", "janvier", "closed"),
             (f"{bp}/collect/depot-des-projets", "Dépôt des projets", "6 janv. - 28 févr.", "open"),
             (f"{bp}/selection/vote", "Vote", "juin", "future")]
    ppages = [
        page("/", "Castelnerac participe", m.prose("Bienvenue sur la plateforme de participation de la ville de Castelnerac.")
             + m.links([(f"{bp}/presentation/presentation", "Budget participatif 2025"), ("/project/plan-mobilite/consultation/consultation", "Plan de mobilité"),
                        ("/project/questionnaire-seniors/questionnaire/questionnaire", "Questionnaire seniors"),
                        ("/project/questionnaire-jeunesse-2023/questionnaire/resultats", "Résultats : questionnaire jeunesse"),
                        ("/project/budget-participatif-2023/selection/laureats", "Lauréats 2023"), ("/pages/charte", "Charte"),
                        ("/contact", "Contact"), ("/register", "Inscription")])),
        page(f"{bp}/presentation/presentation", "Budget participatif 2025", m.capco_steps(steps) + m.prose(
            "300 000 euros pour vos projets. Déposez, soutenez, votez !"), {PB}),
        page(f"{bp}/collect/depot-des-projets", "Dépôt des projets", m.capco_steps(steps)
             + m.capco_proposal_list([(f"{bp}/collect/depot-des-projets/proposals/ombrieres-cour-ecole", "Des ombrières dans la cour de l'école Ferry", "Parents Ferry", 18, "Déposé"),
                                      (f"{bp}/collect/depot-des-projets/proposals/bancs-quais", "Des bancs sur les quais", "Bernard", 9, "Déposé")])
             + m.capco_proposal_form(f"{bp}/collect/depot-des-projets/proposals"), {PB, SUG}, decoys={C}),
        page(f"{bp}/collect/depot-des-projets/proposals/ombrieres-cour-ecole", "Des ombrières dans la cour de l'école Ferry", m.prose(
            "L'été, la cour dépasse 40 °C. Nous proposons des voiles d'ombrage et deux arbres.")
             + m.capco_argument_form("/proposals/ombrieres/arguments", [("Sandrine", "Indispensable avec les canicules.")]),
             {PB, CM}),
        page(f"{bp}/collect/depot-des-projets/proposals/bancs-quais", "Des bancs sur les quais", m.prose("Dix bancs entre le pont Vieux et la base nautique."),
             {PB}),
        page(f"{bp}/selection/vote", "Vote", m.capco_steps(steps) + m.prose("Le vote ouvrira en juin. Chaque habitant pourra soutenir trois projets.")
             + m.capco_vote_list([(f"{bp}/collect/depot-des-projets/proposals/ombrieres-cour-ecole", "Des ombrières dans la cour de l'école Ferry", "42 000 €", 0)], 3),
             {PB}),
        page("/project/budget-participatif-2023/selection/laureats", "Budget participatif 2023 : lauréats", m.prose(
            "2 340 votants ont retenu 8 projets. Six sont réalisés, deux en cours.")
             + m.capco_proposal_list([("/project/budget-participatif-2023/selection/laureats", "Jardin partagé du Pré-Vert", "Association Pré-Vert", 512, "Réalisé")]),
             {PB}),
        page("/project/plan-mobilite/consultation/consultation", "Plan de mobilité : donnez votre avis", m.prose(
            "Lisez les orientations du plan et réagissez : êtes-vous d'accord ? Ajoutez vos arguments.")
             + m.capco_opinions([("/project/plan-mobilite/consultation/consultation/opinions/orientations/navette-gratuite", "Une navette gratuite vers la gare", "Ville de Castelnerac", 214, 31)])
             + m.capco_opinion_form("/project/plan-mobilite/consultation/consultation/opinions"), {SUG, CM}, decoys={C}),
        page("/project/plan-mobilite/consultation/consultation/opinions/orientations/navette-gratuite", "Une navette gratuite vers la gare", m.prose(
            "Orientation 2 : une navette toutes les 20 minutes entre le centre et la gare.")
             + m.capco_argument_form("/opinions/navette/arguments", [("Lucas", "Pour : moins de voitures au centre."), ("Odile", "Contre : coût trop élevé.")]),
             {CM}),
        page("/project/questionnaire-seniors/questionnaire/questionnaire", "Questionnaire : bien vieillir à Castelnerac", m.capco_questionnaire(
            "/project/questionnaire-seniors/questionnaire/replies", [("Avez-vous plus de 65 ans ?", ["Oui", "Non"]),
                                                                    ("Utilisez-vous le transport à la demande ?", ["Souvent", "Parfois", "Jamais"])],
            "Que faudrait-il améliorer ?"), {POLL}, decoys={C}),
        page("/project/questionnaire-jeunesse-2023/questionnaire/resultats", "Questionnaire jeunesse 2023 : résultats", m.prose(
            "Ce questionnaire est terminé. 1 120 jeunes ont répondu.")
             + m.vendor_results("Quel équipement manque le plus ?", [("Un skatepark", 41), ("Une salle de concert", 33), ("Un espace de travail", 26)], "capco"),
             decoys={POLL}),
        page("/pages/charte", "Charte de la participation", m.prose(
            "La charte de la participation engage la ville à informer, écouter et rendre compte. Elle s'applique à toutes les démarches de la plateforme."), {P}),
        # the platform's contact form writes to the city's participation team
        page("/contact", "Contact", m.prose("Une question sur une démarche ? L'équipe participation de la ville vous répond.") + m.capco_contact("/contact"), {C}),
        page("/profile/camille-t", "Camille T.", '<div class="profile"><p>Membre depuis 2023 · 3 contributions · 12 votes</p></div>'),
        page("/register", "Inscription", m.capco_registration() + m.links([("/profile/camille-t", "Profil d'une participante")]), decoys={C}),
    ]
    platform = Site("castelnerac.cap-collectif.com", "capcollectif", "Castelnerac participe", ppages,
                    menu=[("Projets", "/"), ("Budget participatif", f"{bp}/presentation/presentation"), ("Charte", "/pages/charte"), ("Contact", "/contact")],
                    features=frozenset({PLAT}), platforms=frozenset({"capcollectif"}))
    return City("99413", "Castelnerac", 58_700, "81", "76", "Occitanie", f"http://{host}/", [www, platform],
                decoy_accounts=("https://www.instagram.com/tarn_rivages_tourisme", "https://www.facebook.com/tarnrivagestourisme"))


# =====================================================================================================
# 4. Port-Avenel: TYPO3 city site, Go Vocal on portavenel.govocal.com
# =====================================================================================================

def port_avenel():
    host, gv = "www.port-avenel.fr", "http://portavenel.govocal.com"
    news = [("/actualites/reunion-publique-quai-sud", "Quai Sud : retour sur la réunion publique", "9 décembre", "Le projet présenté aux riverains."),
            ("/participer/questionnaire-plages", "Plages : répondez au questionnaire", "2 décembre", "Horaires de surveillance, accès, propreté."),
            ("/actualites/enquete-publique-digue", "Digue du Perrey : enquête publique", "25 novembre", "Du 2 au 20 décembre en mairie."),
            ("/marches-publics", "Marchés publics", "15 novembre", "Consultations en cours.")]
    pages = [
        page("/", "Accueil", _home("Port-Avenel, 73 900 habitants, ville portuaire de la Côte d'Albâtre.",
             [("/participer", "Participer"), ("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/reunions-publiques", "Réunions de quartier"),
              ("/contact", "Contact"), ("/newsletter", "Newsletter"), ("/finances/budget", "Budget"), ("/marches-publics", "Marchés publics")],
             news, [("16", "janv.", "Réunion de quartier Saint-Nicolas", "École Pasteur"), ("30", "janv.", "Conseil municipal", "Hôtel de ville")],
             extra=m.links([(gv + "/fr-FR/", "Port-Avenel participe"), (gv + "/fr-FR/projects/budget-quartiers-2025", "Budget des quartiers")]))),
        page("/participer", "Participer à la vie de la ville", m.prose(
            "Vous habitez Port-Avenel ? Votre avis compte. La ville vous donne la parole à chaque étape des projets qui vous concernent : "
            "concertations, réunions de quartier, ateliers, consultations en ligne.",
            f"La plateforme <a href=\"{gv}/fr-FR/\">Port-Avenel participe</a> rassemble toutes les concertations ouvertes.")
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/reunions-publiques", "Réunions de quartier"),
                        ("/participer/questionnaire-plages", "Questionnaire plages")]), {P}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier, composés d'habitants volontaires et tirés au sort, sont renouvelés tous les trois ans. "
            "Ils se réunissent en séance publique et disposent d'un budget de fonctionnement.",
            f"Leurs comptes rendus sont publiés sur <a href=\"{gv}/fr-FR/projects/conseils-de-quartier\">la plateforme</a>."), {P},
             parent=("Participer", "/participer")),
        page("/participer/reunions-publiques", "Les réunions de quartier", m.prose(
            "Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants dans chaque quartier. "
            "Questions, propositions, signalements : tout peut être abordé.")
             + m.bullets(["Saint-Nicolas : jeudi 16 janvier, 18 h 30", "Les Falaises : mardi 28 janvier, 18 h 30", "Port-Est : jeudi 6 février, 18 h 30"]),
             {P}, parent=("Participer", "/participer")),
        # the questionnaire of the platform embedded in a city page: residents answer here
        page("/participer/questionnaire-plages", "Plages : répondez au questionnaire", m.prose(
            "Horaires de surveillance, sanitaires, accès pour les personnes à mobilité réduite : aidez-nous à préparer la saison.")
             + m.embed_iframe(gv + "/fr-FR/projects/questionnaire-plages/survey", "Questionnaire plages"), {POLL},
             parent=("Participer", "/participer")),
        page("/actualites/reunion-publique-quai-sud", "Quai Sud : retour sur la réunion publique", m.prose(
            "Près de 150 personnes ont assisté à la présentation du réaménagement du quai Sud. Le projet sera aussi présenté au conseil de quartier Port-Est.",
            "Les travaux débuteront à l'automne.") + m.share_buttons(f"http://{host}/actualites/reunion-publique-quai-sud", "Quai Sud"),
             decoys={P, CM}),
        page("/actualites/enquete-publique-digue", "Digue du Perrey : enquête publique", m.prose(
            "Par arrêté préfectoral, une enquête publique relative au confortement de la digue du Perrey est ouverte du 2 au 20 décembre. "
            "Le commissaire enquêteur tiendra trois permanences en mairie ; le registre est à disposition à l'accueil."), decoys={POLL, P}),
        page("/finances/budget", "Le budget de la ville", m.prose("Budget primitif 2025 : 96 M€. Investissement : 24 M€, dont la rénovation du front de mer."),
             decoys={PB}),
        page("/marches-publics", "Marchés publics", m.prose("Appel d'offres ouvert : fourniture de mobilier urbain. Date limite de réception des offres : 24 janvier."),
             decoys={SUG}),
        page("/contact", "Contact", m.prose("Hôtel de ville, quai Lamartine.") + m.powermail_contact("/contact?tx_powermail_pi1[action]=create"), {C}),
        page("/newsletter", "Newsletter", m.newsletter("/newsletter?subscribe", "L'hebdo de Port-Avenel"), decoys={C}),
    ]
    www = Site(host, "typo3", "Ville de Port-Avenel", pages,
               menu=[("Ma ville", "/"), ("Participer", "/participer"), ("Contact", "/contact")],
               accounts=[social("facebook", "PortAvenel"), social("instagram", "portavenel"), social("bluesky", "port-avenel.fr")],
               address="Hôtel de ville, quai Lamartine, 76640 Port-Avenel")

    fm = "/fr-FR/projects/reinventons-le-front-de-mer"
    gpages = [
        page("/fr-FR/", "Port-Avenel participe", m.prose("Donnez votre avis sur les projets de la ville.")
             + m.govocal_project_cards([(fm, "Réinventons le front de mer", "ideation", "Plus que 24 jours"),
                                        ("/fr-FR/projects/budget-quartiers-2025", "Budget des quartiers 2025", "voting", "Vote ouvert"),
                                        ("/fr-FR/projects/questionnaire-plages", "Questionnaire plages", "native_survey", "Plus que 12 jours"),
                                        ("/fr-FR/projects/consultation-stationnement-2023", "Stationnement résidentiel", "survey", "Terminé"),
                                        ("/fr-FR/projects/conseils-de-quartier", "Conseils de quartier", "information", "")])
             + m.links([("/fr-FR/pages/faq", "FAQ"), ("/fr-FR/sign-up", "S'inscrire"), ("/fr-FR/events/atelier-front-de-mer", "Atelier le 25 janvier")])),
        page(fm, "Réinventons le front de mer", m.prose(
            "Quels usages pour la promenade rénovée ? Partagez vos idées et votez pour celles des autres jusqu'au 31 janvier.")
             + f'<a id="e2e-idea-button" href="{fm}/ideas/new">Soumettre une idée</a>'
             + m.govocal_ideas([("/fr-FR/ideas/des-bancs-face-a-la-mer", "Des bancs face à la mer", 87, 12), ("/fr-FR/ideas/un-kiosque-a-musique", "Un kiosque à musique", 41, 5)]),
             {SUG}),
        page(f"{fm}/ideas/new", "Soumettre une idée", m.govocal_idea_form("/web_api/v1/ideas"), {SUG}, decoys={C}, parent=("Réinventons le front de mer", fm)),
        page("/fr-FR/ideas/des-bancs-face-a-la-mer", "Des bancs face à la mer", m.prose("Installer des bancs tournés vers le large, avec dossier.")
             + m.govocal_comments([("Yann L.", "il y a 4 jours", "Et à l'abri du vent si possible."), ("Morgane", "il y a 2 jours", "Oui !")], "/web_api/v1/ideas/1/comments"),
             {CM}, parent=("Réinventons le front de mer", fm)),
        page("/fr-FR/ideas/un-kiosque-a-musique", "Un kiosque à musique", m.prose("Un kiosque pour les concerts d'été.")
             + m.govocal_comments([], "/web_api/v1/ideas/2/comments"), {CM}, parent=("Réinventons le front de mer", fm)),
        page("/fr-FR/projects/budget-quartiers-2025", "Budget des quartiers 2025", m.prose(
            "Répartissez 250 000 € entre les projets retenus par les conseils de quartier. Vote jusqu'au 15 février.")
             + m.govocal_budget([("/fr-FR/ideas/aire-de-jeux-les-falaises", "Aire de jeux des Falaises", "60 000 €")], "250 000 €"), {PB}),
        page("/fr-FR/ideas/aire-de-jeux-les-falaises", "Aire de jeux des Falaises", m.prose("Remplacer les jeux vétustes du square des Falaises."),
             {PB}, parent=("Budget des quartiers 2025", "/fr-FR/projects/budget-quartiers-2025")),
        page("/fr-FR/projects/questionnaire-plages", "Questionnaire plages", m.prose("Questionnaire ouvert jusqu'au 15 janvier.")
             + m.links([("/fr-FR/projects/questionnaire-plages/survey", "Répondre au questionnaire")]), {POLL}),
        page("/fr-FR/projects/questionnaire-plages/survey", "Questionnaire plages", m.govocal_survey(
            "/web_api/v1/projects/plages/survey_responses", [("Fréquentez-vous les plages de Port-Avenel ?", ["L'été seulement", "Toute l'année", "Jamais"]),
                                                             ("Faut-il prolonger la surveillance jusqu'à 19 h ?", ["Oui", "Non"])],
            "Autre remarque"), {POLL}, decoys={C}),
        page("/fr-FR/projects/consultation-stationnement-2023", "Stationnement résidentiel : résultats", m.prose("Cette enquête est terminée. Merci aux 2 300 participants.")
             + m.vendor_results("Êtes-vous favorable au stationnement résidentiel payant ?", [("Oui", 44), ("Non", 56)], "e2e"), decoys={POLL}),
        page("/fr-FR/projects/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Retrouvez les ordres du jour, les comptes rendus et les projets des cinq conseils de quartier de Port-Avenel."), {P}),
        page("/fr-FR/events/atelier-front-de-mer", "Atelier front de mer", m.prose("Samedi 25 janvier, 10 h, Maison de la mer.")
             + m.registration_form("/web_api/v1/events/12/attendances", "S'inscrire à l'atelier"), decoys={C}),
        page("/fr-FR/profile/yann-lefloch", "Yann L.", '<div id="e2e-usersshowpage"><p>A publié 3 idées et 11 commentaires.</p></div>'),
        page("/fr-FR/sign-up", "S'inscrire", m.govocal_signup(), decoys={C}),
        page("/fr-FR/pages/faq", "Foire aux questions", m.prose("Qui peut participer ? Toute personne habitant, travaillant ou étudiant à Port-Avenel.")
             + m.links([("/fr-FR/profile/yann-lefloch", "Exemple de profil")])),
    ]
    platform = Site("portavenel.govocal.com", "govocal", "Port-Avenel participe", gpages,
                    menu=[("Accueil", "/fr-FR/"), ("Projets", fm), ("FAQ", "/fr-FR/pages/faq")],
                    redirects={"/": "/fr-FR/"},
                    features=frozenset({PLAT}), platforms=frozenset({"govocal"}))
    return City("99414", "Port-Avenel", 73_900, "76", "28", "Normandie", f"http://{host}/", [www, platform])


# =====================================================================================================
# 5. Montferrine: Joomla city site, Fluicity on montferrine.flui.city
# =====================================================================================================

def montferrine():
    host, fl = "www.montferrine.fr", "http://montferrine.flui.city"
    news = [("/actualites/fete-des-voisins", "Fête des voisins : inscrivez votre rue", "2 mai", "Kits de fête disponibles en mairie."),
            ("/vie-citoyenne/les-idees-montferrinoises", "Les Idées montferrinoises, saison 2", "15 avril", "Vos projets pour 400 000 euros."),
            ("/securite/participation-citoyenne", "Participation citoyenne : 12 nouveaux référents", "2 avril", "Le protocole avec la gendarmerie renouvelé."),
            ("/agenda/forum-des-associations", "Forum des associations", "1er septembre", "Salle Jean-Bart.")]
    pages = [
        page("/", "Accueil", _home("Ville de Montferrine, 64 200 habitants, aux portes de la métropole lilloise.",
             [("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier"),
              ("/vie-citoyenne/les-idees-montferrinoises", "Budget participatif"), ("/contact", "Contact"), ("/finances/compte-administratif", "Finances"),
              ("/espace-famille/paiement", "Espace famille"), ("/securite/participation-citoyenne", "Sécurité")],
             news, [("7", "juin", "Conseil de quartier Bourg", "Salle Delattre"), ("21", "juin", "Fête de la musique", "Centre-ville")],
             extra=m.links([(fl + "/", "Montferrine & vous")]))),
        page("/vie-citoyenne", "Vie citoyenne", m.prose(
            "Montferrine & vous : sous ce nom, la ville rassemble ses démarches de concertation. Conseils de quartier, conseil municipal des jeunes, "
            "ateliers de co-construction et budget participatif permettent à chacun de prendre part aux décisions.",
            f"Les idées, sondages et projets se retrouvent sur l'application <a href=\"{fl}/\">Montferrine &amp; vous</a>.")
             + m.links([("/vie-citoyenne/conseils-de-quartier", "Conseils de quartier"), ("/vie-citoyenne/les-idees-montferrinoises", "Les Idées montferrinoises")]), {P}),
        page("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier — Bourg, Bas-Champ, Haute-Borne, Le Pavé — se réunissent chaque trimestre. Toute personne de plus de 16 ans peut y siéger.",
            "Prochaine séance : conseil de quartier du Bourg, samedi 7 juin à 10 h."), {P}, parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/vie-citoyenne/les-idees-montferrinoises", "Les Idées montferrinoises", m.prose(
            "Deuxième saison de notre budget participatif : 400 000 euros pour des projets proposés par les habitants, puis choisis par leur vote.",
            f"Dépôt des idées jusqu'au 30 mai sur <a href=\"{fl}/projects/budget-participatif-2025\">Montferrine &amp; vous</a>, vote en octobre."), {PB},
             parent=("Vie citoyenne", "/vie-citoyenne")),
        page("/actualites/fete-des-voisins", "Fête des voisins : inscrivez votre rue", m.prose(
            "Le vendredi 30 mai, la ville prête tables et bancs aux habitants qui organisent une fête de rue.")
             + m.share_buttons(f"http://{host}/actualites/fete-des-voisins", "Fête des voisins")
             + m.disqus("ville-montferrine", f"http://{host}/actualites/fete-des-voisins"), {CM}),
        page("/securite/participation-citoyenne", "Participation citoyenne : 12 nouveaux référents", m.prose(
            "Le maire, le préfet et le commandant de la brigade de gendarmerie ont renouvelé le protocole de participation citoyenne. "
            "Les référents de quartier relaient les signalements de faits suspects."), decoys={P, TSN}),
        page("/agenda/forum-des-associations", "Forum des associations", m.prose("Dimanche 1er septembre, salle Jean-Bart : 90 associations."), decoys={F}),
        page("/finances/compte-administratif", "Compte administratif 2024", m.prose("Le compte administratif retrace les recettes et dépenses réalisées en 2024."),
             decoys={PB}),
        page("/contact", "Contact", m.joomla_contact("/contact"), {C}),
        page("/espace-famille/paiement", "Espace famille : paiement", m.payment_form("/espace-famille/paiement", "Facture périscolaire"), decoys={C}),
    ]
    www = Site(host, "joomla", "Ville de Montferrine", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Contact", "/contact")],
               accounts=[social("facebook", "villedemontferrine"), social("tiktok", "montferrine")],
               address="Hôtel de ville, 1 place Roger-Salengro, 59230 Montferrine")

    fpages = [
        page("/", "Montferrine & vous", '<div class="fluicity-app">' + m.prose("L'actualité participative de votre ville.")
             + m.vendor_post_cards([("/ideas", "idée", "Les idées des habitants", "124 idées"), ("/surveys/velo-dimanche", "sondage", "Centre-ville sans voiture le dimanche ?", "Ouvert"),
                                    ("/surveys/horaires-piscine", "sondage", "Horaires de la piscine", "Terminé"),
                                    ("/projects/budget-participatif-2025", "projet", "Les Idées montferrinoises 2025", "Dépôt en cours"),
                                    ("/projects/budget-participatif-2023/vote", "projet", "Saison 1 : résultats du vote", "Terminé")], "flui")
             + m.links([("/help", "Aide"), ("/signup", "Créer un compte"), ("/terms", "CGU")]) + "</div>"),
        page("/ideas", "Les idées des habitants", '<a class="flui-btn" href="/ideas/new">Publier une idée</a>'
             + m.vendor_post_cards([("/ideas/7716-des-bacs-a-compost-partages", "idée", "Des bacs à compost partagés", "52 soutiens · 9 commentaires")], "flui"), {SUG}),
        page("/ideas/new", "Publier une idée", m.vendor_idea_form("/api/posts", "flui"), {SUG}, decoys={C}),
        page("/ideas/7716-des-bacs-a-compost-partages", "Des bacs à compost partagés", m.prose("Un bac par résidence, géré par des volontaires.")
             + m.vendor_comments([("Julie", "12 avril", "Chez nous ça marche très bien."), ("Ville de Montferrine", "14 avril", "Le service déchets étudie la demande.")],
                                 "/api/posts/7716/comments", "flui"), {CM}),
        page("/surveys/velo-dimanche", "Centre-ville sans voiture le dimanche ?", m.vendor_vote("/api/surveys/88/answers", "Êtes-vous favorable à un centre-ville piéton le dimanche ?",
                                                                                              ["Oui, chaque dimanche", "Un dimanche par mois", "Non"], "flui"), {POLL}),
        page("/surveys/horaires-piscine", "Horaires de la piscine : résultats", m.vendor_results("Quel créneau supplémentaire ?", [("Le midi", 47), ("Le soir", 53)], "flui"),
             decoys={POLL}),
        page("/projects/budget-participatif-2025", "Les Idées montferrinoises 2025", m.prose(
            "Déposez vos projets d'investissement jusqu'au 30 mai. Les projets faisables seront soumis au vote des habitants en octobre.")
             + m.vendor_idea_form("/api/projects/bp-2025/proposals", "flui", "Déposer mon projet"), {PB, SUG}, decoys={C}),
        page("/projects/budget-participatif-2023/vote", "Saison 1 : résultats du vote", m.prose(
            "3 100 votants, 9 projets lauréats. La réalisation s'achève cette année.")
             + m.bullets(["Un city-stade au Bas-Champ", "Des nichoirs dans les écoles", "Une grainothèque"]), {PB}),
        page("/users/4421", "Julie P.", '<div class="flui-profile"><p>Membre depuis 2023 · 4 idées · 19 votes</p></div>'),
        page("/signup", "Créer un compte", m.registration_form("/api/users", "Créer un compte", '<label for="i-pw">Mot de passe</label><input type="password" id="i-pw" name="password">'),
             decoys={C}),
        page("/terms", "Conditions générales d'utilisation", m.prose("Les contributions sont modérées a posteriori. Tout contenu injurieux est retiré.")),
        page("/help", "Aide", m.prose("Comment publier une idée ? Comment voter ?") + m.links([("/users/4421", "Exemple de profil")])),
    ]
    platform = Site("montferrine.flui.city", "vendor", "Montferrine & vous", fpages,
                    menu=[("Fil", "/"), ("Idées", "/ideas"), ("Sondages", "/surveys/velo-dimanche")],
                    address="Montferrine & vous — propulsé par Fluicity",
                    features=frozenset({PLAT}), platforms=frozenset({"fluicity"}))
    return City("99415", "Montferrine", 64_200, "59", "32", "Hauts-de-France", f"http://{host}/", [www, platform])


# =====================================================================================================
# 6. Aigrefonds: proprietary CMS, Publik e-services, Jenparle consultations, a phpBB board of residents
# =====================================================================================================

def aigrefonds():
    host, jp, forum, demarches = "www.aigrefonds.fr", "http://aigrefonds.jenparle.net", "http://forum.aigrefonds.fr", "http://demarches.aigrefonds.fr"
    news = [("/ma-ville/petitions/navette-hopital", "Pétition : une navette vers l'hôpital", "10 mars", "Signez jusqu'au 30 juin."),
            ("/actualites/consultation-arbres", "Plan Arbres : participez à la consultation", "3 mars", "En ligne jusqu'au 15 avril."),
            ("/ma-ville/appels-a-projets-associatifs", "Appel à projets associatifs", "20 février", "Dossiers avant le 31 mars."),
            ("/agenda/forum-des-metiers", "Forum des métiers", "12 février", "Parc des expositions.")]
    pages = [
        page("/", "Accueil", _home("Aigrefonds, 131 500 habitants, ville d'art et d'histoire au bord de la Maine.",
             [("/ma-ville/democratie-participative", "Démocratie participative"), ("/ma-ville/conseils-de-quartier", "Conseils de quartier"),
              ("/ma-ville/petitions", "Pétitions citoyennes"), ("/ma-ville/budget-participatif", "Budget participatif"),
              ("/ma-ville/forum-citoyen", "Forum citoyen"), (demarches + "/", "Démarches en ligne"), (demarches + "/contacter-la-mairie/", "Contacter la mairie"),
              ("/actualites/petition-nationale", "Petites lignes")],
             news, [("18", "mars", "Conseil de quartier Doutre", "Maison de quartier"), ("22", "mars", "Balade urbaine", "Place du Ralliement")])),
        page("/ma-ville/democratie-participative", "Démocratie participative", m.prose(
            "Aigrefonds mise sur l'intelligence collective. La démocratie participative y prend plusieurs formes : dix conseils de quartier, "
            "un droit de pétition locale, un budget participatif, des consultations en ligne sur Jenparle.",
            f"Consultez les démarches en cours sur <a href=\"{jp}/\">aigrefonds.jenparle.net</a>.")
             + m.links([("/ma-ville/conseils-de-quartier", "Conseils de quartier"), ("/ma-ville/petitions", "Pétitions"), ("/ma-ville/budget-participatif", "Budget participatif")]),
             {P}),
        page("/ma-ville/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Dix conseils de quartier, composés de 30 membres chacun, associent les habitants aux projets de proximité. "
            "Ils se réunissent en assemblée plénière ouverte au public trois fois par an."), {P},
             parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        page("/ma-ville/petitions", "Pétitions citoyennes", m.prose(
            "Toute personne domiciliée à Aigrefonds peut déposer une pétition auprès du maire. Au-delà de 2 000 signatures, "
            "la pétition est débattue en conseil municipal.")
             + m.links([("/ma-ville/petitions/navette-hopital", "Une navette vers l'hôpital — 1 412 signatures"),
                        ("/ma-ville/petitions/deposer", "Déposer une pétition")]), {PET},
             parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        page("/ma-ville/petitions/navette-hopital", "Pétition : une navette vers l'hôpital", m.prose(
            "Déposée par le comité de quartier Monplaisir. Nous demandons une navette gratuite entre le quartier et le CHU.")
             + m.petition_form("/ma-ville/petitions/navette-hopital/signer", "Une navette vers l'hôpital", 1412, 2000), {PET},
             parent=("Pétitions citoyennes", "/ma-ville/petitions")),
        page("/ma-ville/petitions/deposer", "Déposer une pétition", m.publik_form("/ma-ville/petitions/deposer", "Déposer une pétition locale",
             m.publik_field("titre", "Titre de la pétition") + m.publik_field("texte", "Texte de la pétition", "text")
             + m.publik_field("nom", "Nom du premier signataire") + m.publik_field("email", "Courriel", "email")), {PET}, decoys={C},
             parent=("Pétitions citoyennes", "/ma-ville/petitions")),
        page("/actualites/petition-nationale", "Petites lignes ferroviaires : la ville soutient l'appel", m.prose(
            "Le conseil municipal soutient l'appel des élus ligériens pour les petites lignes. Une pétition nationale est en ligne sur "
            "<a href=\"https://www.change.org/p/sauvons-nos-petites-lignes\">change.org</a>."), decoys={PET}),
        page("/ma-ville/budget-participatif", "Le budget participatif", m.prose(
            "Un million d'euros pour les projets des habitants. Dépôt des projets en ligne jusqu'au 31 mai, vote en novembre dans les maisons de quartier et en ligne.")
             + m.steps([("mars-mai", "Dépôt", "current"), ("juin-sept.", "Étude", "next"), ("nov.", "Vote", "next")]), {PB},
             parent=("Démocratie participative", "/ma-ville/democratie-participative")),
        page("/actualites/consultation-arbres", "Plan Arbres : participez à la consultation", m.prose(
            f"Où planter les 10 000 arbres du mandat ? Répondez à la consultation sur <a href=\"{jp}/consultations/plan-arbres\">Jenparle</a> jusqu'au 15 avril."),
             decoys={POLL, PLAT}),
        # presents the residents' board and leads to it; nobody posts on this page
        page("/ma-ville/forum-citoyen", "Le forum citoyen", m.prose(
            f"Échangez entre habitants sur le <a href=\"{forum}/\">forum citoyen d'Aigrefonds</a>, modéré par la ville. Inscription libre.",
            "Charte de modération : respect, pas de publicité, pas d'attaques personnelles."), decoys={F}),
        page("/ma-ville/appels-a-projets-associatifs", "Appel à projets associatifs", m.prose(
            "La ville soutient les projets des associations en faveur de la cohésion sociale. Dossier à déposer avant le 31 mars."), decoys={SUG}),
        page("/agenda/forum-des-metiers", "Forum des métiers", m.prose("Collégiens et lycéens rencontrent 120 professionnels le 12 février."), decoys={F}),
    ]
    www = Site(host, "vendor", "Ville d'Aigrefonds", pages,
               menu=[("Ma ville", "/"), ("Démocratie participative", "/ma-ville/democratie-participative"), ("Démarches", demarches + "/")],
               accounts=[social("facebook", "aigrefonds"), social("x", "aigrefonds"), social("youtube", "VilleAigrefonds"), social("linkedin", "ville-d-aigrefonds")],
               address="Hôtel de ville, boulevard de la Résistance, 49100 Aigrefonds")
    publik = Site("demarches.aigrefonds.fr", "publik", "Aigrefonds - démarches", [
        page("/", "Mes démarches", m.prose("Vos démarches en ligne, 24 h sur 24.")
             + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème sur l'espace public"),
                        ("/reserver-une-salle/", "Réserver une salle"), ("/inscription-periscolaire/", "Inscription périscolaire")])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.publik_form("/contacter-la-mairie/", "Contacter la mairie",
             m.publik_field("nom", "Nom") + m.publik_field("courriel", "Courriel", "email") + m.publik_field("objet", "Objet", "item", ["Question", "Réclamation", "Autre"])
             + m.publik_field("message", "Votre message", "text")), {C}),
        # a report on public space carries a free-text message to the city's services
        page("/signaler-un-probleme/", "Signaler un problème", m.publik_form("/signaler-un-probleme/", "Signaler un problème sur l'espace public",
             m.publik_field("type", "Type", "item", ["Dépôt sauvage", "Éclairage", "Voirie"]) + m.publik_field("adresse", "Adresse")
             + m.publik_field("description", "Description", "text") + m.publik_field("courriel", "Courriel", "email")), {C}),
        page("/reserver-une-salle/", "Réserver une salle", m.publik_form("/reserver-une-salle/", "Réserver une salle",
             m.publik_field("salle", "Salle", "item", ["Salle Chemellier", "Salle Daviers"]) + m.publik_field("date", "Date", "date")
             + m.publik_field("courriel", "Courriel", "email")), decoys={C}),
        page("/inscription-periscolaire/", "Inscription périscolaire", m.publik_form("/inscription-periscolaire/", "Inscription à l'accueil périscolaire",
             m.publik_field("enfant", "Nom de l'enfant") + m.publik_field("ecole", "École", "item", ["Jean-Macé", "Les Justices"])
             + m.publik_field("courriel", "Courriel", "email")), decoys={C}),
    ], menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")], address="Ville d'Aigrefonds",
                    accounts=[social("facebook", "aigrefonds")])
    jpages = [
        page("/", "J'en parle à Aigrefonds", m.prose("Consultations, idées et débats : la ville vous écoute.")
             + m.vendor_post_cards([("/consultations/plan-arbres", "consultation", "Plan Arbres", "Jusqu'au 15 avril"),
                                    ("/idees", "idées", "Boîte à idées", "87 idées"), ("/consultations/marche-nocturne", "consultation", "Marché nocturne", "Terminée")], "jp")
             + m.links([("/aide", "Aide"), ("/cgu", "CGU"), ("/inscription", "Inscription")])),
        page("/consultations/plan-arbres", "Plan Arbres", m.prose("Où planter en priorité ? Quelles essences ?")
             + m.questionnaire("/consultations/plan-arbres/repondre", "Consultation ouverte à tous jusqu'au 15 avril.",
                               [("Où planter en priorité ?", ["Cours d'école", "Grands boulevards", "Parkings"]), ("Participeriez-vous à une plantation ?", ["Oui", "Non"])],
                               "Un lieu à proposer ?", "jp-questionnaire"), {POLL}, decoys={C}),
        page("/consultations/marche-nocturne", "Marché nocturne : résultats", m.vendor_results("Un marché nocturne le jeudi en été ?", [("Oui", 81), ("Non", 19)], "jp"),
             decoys={POLL}),
        page("/idees", "Boîte à idées", m.prose("Proposez vos idées pour Aigrefonds : les plus soutenues sont étudiées par les services.")
             + '<a class="jp-btn" href="/idees/proposer">Proposer une idée</a>'
             + m.vendor_post_cards([("/idees/412", "idée", "Des fontaines à eau en centre-ville", "64 soutiens")], "jp"), {SUG}),
        page("/idees/proposer", "Proposer une idée", m.vendor_idea_form("/idees", "jp", "Proposer une idée"), {SUG}, decoys={C}),
        page("/idees/412", "Des fontaines à eau en centre-ville", m.prose("Pour les jours de chaleur.")
             + m.vendor_comments([("Pierre", "2 mars", "Oui, et près des aires de jeux.")], "/idees/412/commentaires", "jp"), {CM}),
        page("/inscription", "Inscription", m.registration_form("/inscription", "Créer mon compte"), decoys={C}),
        page("/cgu", "Conditions d'utilisation", m.prose("Jenparle est édité pour la ville d'Aigrefonds. Les contributions sont publiques.")),
        page("/aide", "Aide", m.prose("Pour participer, créez un compte ou connectez-vous avec FranceConnect.")),
    ]
    jenparle = Site("aigrefonds.jenparle.net", "vendor", "J'en parle à Aigrefonds", jpages,
                    menu=[("Accueil", "/"), ("Consultations", "/consultations/plan-arbres"), ("Idées", "/idees")],
                    address="Plateforme Jenparle", features=frozenset({PLAT}), platforms=frozenset({"jenparle"}))
    board = Site("forum.aigrefonds.fr", "phpbb", "Forum citoyen d'Aigrefonds", [
        page("/", "Index du forum", m.phpbb_forumlist([("/viewforum.php?f=2", "Vie des quartiers", "Propreté, voirie, voisinage", 214, 1893),
                                                       ("/viewforum.php?f=3", "Transports et stationnement", "Bus, vélo, parkings", 96, 702)]), {F}),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topiclist([("/viewtopic.php?t=118", "Stationnement rue Saint-Laud le dimanche", "gillesD", 14)]), {F}),
        page("/viewforum.php?f=3", "Transports et stationnement", m.phpbb_topiclist([("/viewtopic.php?t=118", "Stationnement rue Saint-Laud le dimanche", "gillesD", 14)]), {F}),
        page("/viewtopic.php?t=118", "Stationnement rue Saint-Laud le dimanche", m.phpbb_posts(
            [("gillesD", "3 mars 2025", "Depuis le marché, impossible de se garer."), ("Maud49", "3 mars 2025", "Le parking Molière est gratuit le dimanche.")],
            "/posting.php?mode=reply&amp;t=118"), {F}),
        page("/posting.php?mode=post&f=2", "Écrire un nouveau sujet", '<form id="postform" method="post" action="/posting.php?mode=post&amp;f=2">'
             '<label for="subject">Sujet :</label><input type="text" name="subject" id="subject" size="45" maxlength="120" />'
             '<textarea name="message" id="message" rows="15" cols="76"></textarea><input type="submit" name="post" value="Envoyer" class="button1" /></form>', {F}, decoys={C}),
    ], menu=[("Index", "/")], features=frozenset())
    return City("99416", "Aigrefonds", 131_500, "49", "52", "Pays de la Loire", f"http://{host}/", [www, publik, jenparle, board])


# =====================================================================================================
# 7. Valfrénet: Drupal city site, id-city platform, a neighbours' network voisins.valfrenet.fr
# =====================================================================================================

def valfrenet():
    host, idc, vois = "www.valfrenet.fr", "http://valfrenet.id-city.com", "http://voisins.valfrenet.fr"
    news = [("/participation/questionnaire-mobilite", "Mobilités : 5 minutes pour répondre", "12 mars", "Questionnaire ouvert jusqu'au 12 avril."),
            ("/actualites/concertation-gare", "Quartier de la gare : la concertation s'achève", "2 mars", "Synthèse publiée en avril."),
            ("/participation/reseau-des-voisins", "Voisins de Valfrénet : 2 000 inscrits", "20 février", "Le réseau d'entraide grandit."),
            ("/actualites/office-de-tourisme", "L'office de tourisme sur les réseaux", "5 février", "Suivez les bons plans du Loiret.")]
    pages = [
        page("/", "Accueil", _home("Valfrénet, 52 400 habitants, entre Loire et forêt d'Orléans.",
             [("/participation", "Participation"), ("/participation/assemblees-de-quartier", "Assemblées de quartier"), ("/participation/reseau-des-voisins", "Voisins de Valfrénet"),
              ("/contact", "Contact"), ("/finances/budget-2025", "Budget 2025"), ("/actualites/office-de-tourisme", "Tourisme"), (idc + "/", "Valfrénet Ensemble")],
             news, [("19", "mars", "Assemblée de quartier Les Aulnaies", "Gymnase"), ("29", "mars", "Troc de plantes", "Parc du Château")], banner="eu")),
        page("/participation", "La participation à Valfrénet", m.prose(
            "Valfrénet Ensemble est la démarche de démocratie locale de la ville : assemblées de quartier, consultations publiques, "
            "réseau d'entraide entre voisins et budget participatif.",
            f"Les consultations en ligne se déroulent sur <a href=\"{idc}/\">valfrenet.id-city.com</a>.")
             + m.links([("/participation/assemblees-de-quartier", "Assemblées de quartier"), ("/participation/reseau-des-voisins", "Réseau des voisins"),
                        ("/participation/questionnaire-mobilite", "Questionnaire mobilités")]), {P}),
        page("/participation/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
            "Trois assemblées de quartier ouvertes à tous les habitants se réunissent deux fois par an pour débattre des projets de proximité "
            "et suivre les engagements de la municipalité."), {P}, parent=("La participation", "/participation")),
        # the city's page presenting the neighbours' network it runs, with the way in
        page("/participation/reseau-des-voisins", "Voisins de Valfrénet, le réseau d'entraide", m.prose(
            "Prêter une perceuse, trouver un covoiturage, signaler un chat perdu : Voisins de Valfrénet est le réseau social de proximité "
            "ouvert par la ville à tous ses habitants.",
            f"Inscription gratuite sur <a href=\"{vois}/\">voisins.valfrenet.fr</a>, avec vérification de l'adresse."), {TSN},
             parent=("La participation", "/participation")),
        page("/participation/questionnaire-mobilite", "Questionnaire mobilités", m.prose("Vos déplacements quotidiens nous aident à préparer le plan de mobilité.")
             + m.questionnaire("/participation/questionnaire-mobilite", "Cinq minutes suffisent. Réponses anonymes.",
                               [("Comment allez-vous au travail ?", ["Voiture", "Bus", "Vélo", "À pied"]), ("Le bus passe-t-il assez souvent ?", ["Oui", "Non"])],
                               "Vos suggestions"), {POLL}, decoys={C}),
        page("/actualites/concertation-gare", "Quartier de la gare : la concertation s'achève", m.prose(
            "Les ateliers sur le futur quartier de la gare se sont achevés. La synthèse sera présentée en avril.")
             + m.drupal_comments([("Thomas", "03/03/2025", "Pensez aux vélos !")], 77), {CM}, decoys={P}),
        page("/actualites/office-de-tourisme", "L'office de tourisme sur les réseaux", m.prose(
            "Suivez l'office de tourisme Loire-Forêt sur <a href=\"https://www.instagram.com/loireforet_tourisme/\">Instagram</a>.")),
        page("/finances/budget-2025", "Budget 2025", m.prose("Le budget primitif 2025 a été adopté le 14 mars : 61 M€."), decoys={PB}),
        page("/contact", "Contact", m.webform_contact("/contact", "webform-submission-ecrire-au-maire-add-form"), {C}),
    ]
    www = Site(host, "drupal", "Ville de Valfrénet", pages,
               menu=[("Accueil", "/"), ("Participation", "/participation"), ("Contact", "/contact")],
               accounts=[social("facebook", "valfrenet"), social("instagram", "ville_valfrenet")],
               address="Hôtel de ville, 1 rue de la République, 45590 Valfrénet")
    ipages = [
        page("/", "Valfrénet Ensemble", m.prose("La plateforme de participation citoyenne de Valfrénet.")
             + m.vendor_post_cards([("/idees", "idées", "Vos idées", "Ouvert"), ("/consultations/nom-mediatheque", "vote", "Nom de la médiathèque", "Ouvert"),
                                    ("/consultations/sens-unique", "consultation", "Sens unique rue Pasteur", "Terminé"),
                                    ("/budget-participatif", "budget", "Budget participatif 2025", "Vote en mai")], "idc")
             + m.links([("/contact", "Contact"), ("/cgu", "CGU"), ("/connexion", "Connexion")])),
        page("/idees", "Vos idées", m.prose("Une idée pour la ville ? Partagez-la, elle sera étudiée.")
             + '<a class="idc-btn" href="/idees/deposer">Déposer une idée</a>', {SUG}),
        page("/idees/deposer", "Déposer une idée", m.vendor_idea_form("/idees", "idc", "Déposer une idée"), {SUG}, decoys={C}),
        page("/consultations/nom-mediatheque", "Nom de la médiathèque", m.vendor_vote("/consultations/nom-mediatheque/vote", "Quel nom ?", ["George-Sand", "La Passerelle", "Les Tilleuls"], "idc"),
             {POLL}),
        page("/consultations/sens-unique", "Sens unique rue Pasteur : résultats", m.vendor_results("Mettre la rue Pasteur en sens unique ?", [("Oui", 61), ("Non", 39)], "idc"),
             decoys={POLL}),
        page("/budget-participatif", "Budget participatif 2025", m.prose("150 000 € : vote des habitants en mai sur les 18 projets retenus.")
             + m.vendor_post_cards([("/budget-participatif", "projet", "Un rucher pédagogique", "8 000 €")], "idc"), {PB}),
        page("/contact", "Contact", m.city_contact("/contact"), {C}),
        page("/cgu", "CGU", m.prose("Conditions d'utilisation de la plateforme.")),
        page("/connexion", "Connexion", '<form method="post" action="/connexion" class="login-form"><label for="l-mail">Courriel</label><input id="l-mail" name="email" type="email">'
             '<label for="l-pw">Mot de passe</label><input id="l-pw" name="password" type="password"><button type="submit">Se connecter</button></form>', decoys={C}),
    ]
    idcity = Site("valfrenet.id-city.com", "vendor", "Valfrénet Ensemble", ipages, menu=[("Accueil", "/"), ("Idées", "/idees")],
                  address="Plateforme id-city", features=frozenset({PLAT}), platforms=frozenset({"idcity"}))
    network = Site("voisins.valfrenet.fr", "community", "Voisins de Valfrénet", [
        page("/", "Voisins de Valfrénet", m.prose("Le réseau social des habitants de Valfrénet : entraide, prêts, événements de quartier.")
             + m.network_feed([("Entraide", "Hélène", "Les Aulnaies", "Quelqu'un pour arroser mes plantes du 10 au 20 ?"),
                               ("Prêt", "Marc", "Centre", "Je prête une remorque le week-end.")])
             + m.links([("/quartiers/les-aulnaies", "Les Aulnaies"), ("/a-propos", "À propos")])),
        page("/quartiers/les-aulnaies", "Les Aulnaies", m.network_feed([("Événement", "Comité des Aulnaies", "Les Aulnaies", "Vide-grenier le 6 avril !")])
             + m.network_post_form("/quartiers/les-aulnaies/publier")),
        page("/a-propos", "À propos", m.prose("Un réseau proposé par la ville de Valfrénet, réservé aux habitants.")),
    ], menu=[("Fil", "/"), ("Quartiers", "/quartiers/les-aulnaies")], features=frozenset({TSN}))
    return City("99417", "Valfrénet", 52_400, "45", "24", "Centre-Val de Loire", f"http://{host}/", [www, idcity, network],
                decoy_accounts=("https://www.instagram.com/loireforet_tourisme",))


# =====================================================================================================
# 8. Brignolat: WordPress city site, a home-made platform (La Fabrique) and a Flarum agora
# =====================================================================================================

def brignolat():
    host, fab, agora = "www.brignolat.fr", "http://fabrique.brignolat.fr", "http://agora.brignolat.fr"
    news = [("/actualites/piscine-ete", "Piscine Jean-Bouin : horaires d'été", "28 mai", "Ouverture prolongée jusqu'à 20 h."),
            ("/actualites/plage-sans-tabac", "Plages sans tabac", "20 mai", "Trois plages labellisées."),
            ("/appels-d-offres", "Appels d'offres", "12 mai", "Consultations en cours."),
            ("/actualites/enquete-publique-zac", "ZAC des Pins : enquête publique", "2 mai", "Du 15 mai au 14 juin.")]
    pages = [
        page("/", "Accueil", _home("Brignolat, 97 600 habitants, entre mer et massif des Maures.",
             [("/citoyennete/", "Citoyenneté"), ("/citoyennete/comites-de-quartier/", "Comités de quartier"), ("/citoyennete/a-vous-de-jouer/", "À vous de jouer !"),
              ("/citoyennete/questionnaire-plages/", "Questionnaire plages"), ("/contact/", "Contact"), ("/emploi/offres/", "Offres d'emploi"),
              (fab + "/", "La Fabrique"), (agora + "/", "L'Agora")], news,
             [("3", "juin", "Comité de quartier Les Pins", "Salle Mistral"), ("14", "juin", "Fête de la mer", "Port")], banner="cli")),
        page("/citoyennete/", "Citoyenneté", m.prose(
            "Brignolat s'est dotée en 2022 d'une démarche de démocratie participative : comités de quartier, concertation sur les grands projets, "
            "budget participatif « À vous de jouer ! » et La Fabrique, notre plateforme citoyenne.")
             + m.links([("/citoyennete/comites-de-quartier/", "Comités de quartier"), ("/citoyennete/a-vous-de-jouer/", "À vous de jouer !"),
                        (fab + "/", "La Fabrique brignolaise"), (agora + "/", "L'Agora, forum des habitants")]), {P}),
        page("/citoyennete/comites-de-quartier/", "Les comités de quartier", m.prose(
            "Huit comités de quartier relaient les attentes des habitants. Leurs réunions sont publiques ; chacun peut y prendre la parole."), {P},
             parent=("Citoyenneté", "/citoyennete/")),
        page("/citoyennete/a-vous-de-jouer/", "À vous de jouer !", m.prose(
            "« À vous de jouer ! » est le budget participatif de Brignolat : 500 000 euros pour les projets des habitants. "
            "Proposez jusqu'au 30 juin, votez en novembre.")
             + m.links([("/citoyennete/a-vous-de-jouer/edition-2023/", "Les projets réalisés de l'édition 2023")]), {PB},
             parent=("Citoyenneté", "/citoyennete/")),
        # a past edition's projects, chosen by the residents' vote
        page("/citoyennete/a-vous-de-jouer/edition-2023/", "À vous de jouer ! 2023 : les projets réalisés", m.prose(
            "Choisis par 3 900 votants, les 10 projets de 2023 sont tous réalisés : table de ping-pong aux Pins, ombrières au marché, nichoirs à martinets...")
             , {PB}, parent=("À vous de jouer !", "/citoyennete/a-vous-de-jouer/")),
        page("/citoyennete/questionnaire-plages/", "Questionnaire plages", m.prose("Aidez-nous à préparer la saison balnéaire.")
             + m.embed_iframe(fab + "/questionnaires/plages", "Questionnaire plages"), {POLL}),
        page("/actualites/piscine-ete", "Piscine Jean-Bouin : horaires d'été", m.prose("Du 1er juillet au 31 août, la piscine ouvre de 10 h à 20 h.")
             + m.wp_comments([("Nathalie", "29 mai 2025", "Et le dimanche ?")], post_id=877), {CM}),
        page("/actualites/plage-sans-tabac", "Plages sans tabac", m.prose("Les plages du Lavandou, des Salins et de la Garonnette sont labellisées sans tabac.")
             + m.wp_comments_closed('<h2 class="comments-title">Commentaires</h2>'), decoys={CM}),
        page("/actualites/enquete-publique-zac", "ZAC des Pins : enquête publique", m.prose(
            "L'enquête publique préalable à la déclaration d'utilité publique se tient du 15 mai au 14 juin. Registre en mairie, permanences du commissaire enquêteur."),
             decoys={POLL, P}),
        page("/appels-d-offres", "Appels d'offres", m.prose("Appel d'offres : restauration scolaire 2026-2029. Appel à manifestation d'intérêt : paillotes de plage."),
             decoys={SUG}),
        page("/emploi/offres/", "Offres d'emploi", m.prose("La ville recrute : agent d'entretien, éducateur sportif, maîtres-nageurs saisonniers. Retrouvez-nous au forum de l'emploi saisonnier le 15 mars."),
             decoys={F}),
        page("/contact/", "Contact", m.cf7_contact("/contact/", ("Accueil", "État civil", "Urbanisme", "Plages")), {C}),
    ]
    www = Site(host, "wordpress", "Ville de Brignolat", pages,
               menu=[("Accueil", "/"), ("Citoyenneté", "/citoyennete/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDeBrignolat"), social("instagram", "brignolat"), social("youtube", "brignolat")],
               address="Hôtel de ville, place Gambetta, 83980 Brignolat")
    fpages = [
        page("/", "La Fabrique brignolaise", m.prose("Pétitions, idées, questionnaires : la plateforme citoyenne de Brignolat.")
             + m.links([("/petitions", "Pétitions"), ("/idees", "Idées"), ("/questionnaires/plages", "Questionnaire plages"),
                        ("/questionnaires/marche-resultats", "Résultats : marché nocturne"), ("/inscription", "Inscription"), ("/charte", "Charte")])),
        page("/petitions", "Pétitions", m.prose("À partir de 1 000 signatures, la pétition est inscrite à l'ordre du jour du conseil municipal.")
             + m.links([("/petitions/ombrage-cours-gambetta", "De l'ombre sur le cours Gambetta — 642 signatures"), ("/petitions/deposer", "Lancer une pétition")]), {PET}),
        page("/petitions/ombrage-cours-gambetta", "De l'ombre sur le cours Gambetta", m.petition_form("/petitions/ombrage-cours-gambetta/signer", "De l'ombre sur le cours Gambetta", 642, 1000)
             + '<form class="signalement" action="/signaler" method="post"><label for="sig-motif">Signaler ce contenu</label><select id="sig-motif" name="motif"><option>Propos injurieux</option><option>Spam</option></select>'
               '<textarea name="precisions" aria-label="Précisions"></textarea><button type="submit">Signaler</button></form>', {PET}, decoys={C}),
        page("/petitions/deposer", "Lancer une pétition", '<form class="petition-new" action="/petitions" method="post"><label for="pn-t">Titre</label><input id="pn-t" name="titre">'
             '<label for="pn-x">Texte</label><textarea id="pn-x" name="texte"></textarea><button type="submit">Publier</button></form>', {PET}, decoys={C}),
        page("/idees", "Idées", m.prose("Proposez vos idées pour la ville. Les services répondent à chacune.")
             + m.vendor_idea_form("/idees", "fab", "Proposer une idée"), {SUG}, decoys={C}),
        page("/questionnaires/plages", "Questionnaire plages", m.questionnaire("/questionnaires/plages", "Questionnaire ouvert jusqu'au 30 juin.",
             [("Quelle plage fréquentez-vous ?", ["Le Lavandou", "Les Salins", "La Garonnette"]), ("Faut-il plus de poubelles de tri ?", ["Oui", "Non"])], None, "fab-q"), {POLL}),
        page("/questionnaires/marche-resultats", "Marché nocturne : résultats", m.vendor_results("Un marché nocturne l'été ?", [("Oui", 77), ("Non", 23)], "fab"),
             decoys={POLL}),
        page("/inscription", "Inscription", m.registration_form("/inscription", "Créer un compte"), decoys={C}),
        page("/charte", "Charte", m.prose("La Fabrique est un espace d'expression respectueux. Les contributions sont modérées.")),
    ]
    fabrique = Site("fabrique.brignolat.fr", "vendor", "La Fabrique brignolaise", fpages, menu=[("Accueil", "/"), ("Pétitions", "/petitions"), ("Idées", "/idees")],
                    address="Ville de Brignolat", features=frozenset({PLAT}), platforms=frozenset({"custom"}))
    board = Site("agora.brignolat.fr", "flarum", "L'Agora de Brignolat", [
        page("/", "Toutes les discussions", m.flarum_discussions([("/d/12-parking-du-port", "Parking du port : trop cher ?", 23), ("/d/15-bruit-des-scooters", "Bruit des scooters", 9)]), {F}),
        page("/d/12-parking-du-port", "Parking du port : trop cher ?", m.flarum_posts([("marius83", "2 mai", "4 euros l'heure en saison, c'est trop."),
                                                                                       ("Sandrine", "2 mai", "Il y a la navette gratuite depuis les Pins.")]), {F}),
        page("/d/15-bruit-des-scooters", "Bruit des scooters", m.flarum_posts([("leo", "10 mai", "Le soir c'est infernal boulevard de la Mer.")]), {F}),
    ], menu=[("Discussions", "/")])
    return City("99418", "Brignolat", 97_600, "83", "93", "Provence-Alpes-Côte d'Azur", f"http://{host}/", [www, fabrique, board])


# =====================================================================================================

_BUILDERS = (vaubrelande, sarmoise, castelnerac, port_avenel, montferrine, aigrefonds, valfrenet, brignolat)
_CITIES = None


def cities():
    global _CITIES
    if _CITIES is None:
        _CITIES = [build() for build in _BUILDERS]
    return list(_CITIES)


def _documents(request):
    # the PDFs the pages offer for download
    if request.target.split("?")[0].endswith(".pdf"):
        return Reply(200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n% document\n%%EOF\n")
    return None


def hosts():
    served = {}
    for city in cities():
        for site in city.sites:
            if any("/uploads/" in p.body or "/files/" in p.body for p in site.pages):
                served[site.host] = CustomHost(site, _documents)
    return served
